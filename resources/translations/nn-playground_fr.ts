<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>activations</name>
    <message>
        <source>activation must be one of {choices}; got {value}</source>
        <translation>l'activation doit être l'une de {choices} ; reçu {value}</translation>
    </message>
</context>
<context>
    <name>autosave</name>
    <message>
        <source>Restore your work?</source>
        <translation>Restaurer ton travail ?</translation>
    </message>
    <message>
        <source>NN Playground did not close properly last time.

Restore “{name}”, saved automatically at {time} on {date}?</source>
        <translation>NN Playground ne s'est pas fermé correctement la dernière fois.

Restaurer « {name} », enregistré automatiquement à {time} le {date} ?</translation>
    </message>
    <message>
        <source>Cannot restore the autosave</source>
        <translation>Impossible de restaurer la sauvegarde automatique</translation>
    </message>
</context>
<context>
    <name>banner</name>
    <message>
        <source>{reason} Press play to continue.</source>
        <translation>{reason} Appuie sur Lecture pour continuer.</translation>
    </message>
</context>
<context>
    <name>bounded_json</name>
    <message>
        <source>the file is not valid JSON (line {line}, column {column}: {error})</source>
        <translation>le fichier n'est pas un JSON valide (ligne {line}, colonne {column} : {error})</translation>
    </message>
    <message>
        <source>the JSON is nested more than {limit} deep</source>
        <translation>le JSON est imbriqué sur plus de {limit} niveaux</translation>
    </message>
    <message>
        <source>the file holds {count} arrays and objects; a project holds at most {limit}</source>
        <translation>le fichier contient {count} tableaux et objets ; un projet en contient au plus {limit}</translation>
    </message>
    <message>
        <source>the file holds more than {limit} values, more than a project holds</source>
        <translation>le fichier contient plus de {limit} valeurs, plus qu'un projet n'en contient</translation>
    </message>
    <message>
        <source>the file holds {count} strings; a project holds at most {limit}</source>
        <translation>le fichier contient {count} chaînes ; un projet en contient au plus {limit}</translation>
    </message>
    <message>
        <source>the JSON is nested {depth} deep; a project nests at most {limit}</source>
        <translation>le JSON est imbriqué sur {depth} niveaux ; un projet en a au plus {limit}</translation>
    </message>
    <message>
        <source>the file holds a string of {length} characters (the value of "{key}"); at most {limit}</source>
        <translation>le fichier contient une chaîne de {length} caractères (la valeur de "{key}") ; au plus {limit}</translation>
    </message>
    <message>
        <source>the file holds a string of {length} characters; at most {limit}</source>
        <translation>le fichier contient une chaîne de {length} caractères ; au plus {limit}</translation>
    </message>
    <message>
        <source>the file holds a whole number of {count} digits; numbers in a project have at most {limit}</source>
        <translation>le fichier contient un nombre entier de {count} chiffres ; les nombres d'un projet en ont au plus {limit}</translation>
    </message>
    <message>
        <source>the file holds {name}, which is not a number a project may hold</source>
        <translation>le fichier contient {name}, qui n'est pas un nombre qu'un projet peut contenir</translation>
    </message>
</context>
<context>
    <name>class_folder</name>
    <message>
        <source>only the first {limit} names in the folder were looked at</source>
        <translation>seuls les {limit} premiers noms du dossier ont été examinés</translation>
    </message>
    <message>
        <source>{count} more hand-ins left out: a class folder shows at most {limit}</source>
        <translation>{count} travaux rendus de plus laissés de côté : un dossier de classe en affiche au plus {limit}</translation>
    </message>
    <message>
        <source>too large to read ({error})</source>
        <translation>trop volumineux pour être lu ({error})</translation>
    </message>
    <message>
        <source>cannot be read: {error}</source>
        <translation>illisible : {error}</translation>
    </message>
    <message>
        <source>a project, not a hand-in (no name or results in it)</source>
        <translation>un projet, pas un travail rendu (il ne contient ni nom ni résultats)</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>{prog}: error: {message} (see {prog} --help)</source>
        <translation>{prog} : erreur : {message} (voir {prog} --help)</translation>
    </message>
    <message>
        <source>{text} is not a whole number</source>
        <translation>{text} n'est pas un nombre entier</translation>
    </message>
    <message>
        <source>must be from 1 to {most}; got {value}</source>
        <translation>doit être entre 1 et {most} ; reçu {value}</translation>
    </message>
    <message>
        <source>must be from 32 to 4096 pixels; got {value}</source>
        <translation>doit être entre 32 et 4096 pixels ; reçu {value}</translation>
    </message>
    <message>
        <source>NN Playground: draw a network, pick or paint data, press play and watch backpropagation learn. With no command it opens the window.</source>
        <translation>NN Playground : dessine un réseau, choisis ou peins des données, appuie sur Lecture et regarde la rétropropagation apprendre. Sans commande, la fenêtre s'ouvre.</translation>
    </message>
    <message>
        <source>Examples:
  {prog}                                  open the window
  {prog} open lesson.nnplay               open a project or lesson in the window
  {prog} lessons                          list the bundled lessons
  {prog} run work.nnplay --epochs 500 --report out.json --export-boundary out.png
  {prog} check hand-ins/                  check every project and CSV in a folder
  {prog} class hand-ins/ --csv grades.csv  a folder of hand-ins as a grade book
  {prog} export work.nnplay --pytorch work.py   the network as a PyTorch script
  {prog} selftest                         check that this copy of the app works
Run '{prog} COMMAND --help' for a command's options.</source>
        <translation>Exemples :
  {prog}                                  ouvrir la fenêtre
  {prog} open lesson.nnplay               ouvrir un projet ou une leçon dans la fenêtre
  {prog} lessons                          lister les leçons fournies
  {prog} run work.nnplay --epochs 500 --report out.json --export-boundary out.png
  {prog} check hand-ins/                  vérifier chaque projet et CSV d'un dossier
  {prog} class hand-ins/ --csv grades.csv  un dossier de travaux rendus en carnet de notes
  {prog} export work.nnplay --pytorch work.py   le réseau en script PyTorch
  {prog} selftest                         vérifier que cette copie de l'application fonctionne
Lance « {prog} COMMANDE --help » pour les options d'une commande.</translation>
    </message>
    <message>
        <source>the language of the window and of these messages: {codes} (default: as chosen in View &gt; Language, else the system's)</source>
        <translation>la langue de la fenêtre et de ces messages : {codes} (par défaut : celle choisie dans Affichage &gt; Langue, sinon celle du système)</translation>
    </message>
    <message>
        <source>open the window in projector mode: larger type, thicker lines, bigger points (View &gt; Projector mode switches it; it is remembered)</source>
        <translation>ouvrir la fenêtre en mode projecteur : texte plus grand, traits plus épais, points plus gros (Affichage &gt; Mode projecteur le bascule ; il est mémorisé)</translation>
    </message>
    <message>
        <source>open the window, optionally with a project or lesson file (the default)</source>
        <translation>ouvrir la fenêtre, éventuellement avec un fichier de projet ou de leçon (par défaut)</translation>
    </message>
    <message>
        <source>Open the NN Playground window, optionally with a project or lesson file.</source>
        <translation>Ouvrir la fenêtre de NN Playground, éventuellement avec un fichier de projet ou de leçon.</translation>
    </message>
    <message>
        <source>a .nnplay project or lesson file, or a bundled lesson's name</source>
        <translation>un fichier de projet ou de leçon .nnplay, ou le nom d'une leçon fournie</translation>
    </message>
    <message>
        <source>train a project without a window and report the result</source>
        <translation>entraîner un projet sans fenêtre et afficher le résultat</translation>
    </message>
    <message>
        <source>Train a project or lesson without a window, showing a progress bar on stderr, then write the final losses and accuracies. Training stops early if it diverges. A project with Compare on trains every lane for N epochs and reports each lane. A project whose data holds no training point is refused.</source>
        <translation>Entraîne un projet ou une leçon sans fenêtre, avec une barre de progression sur stderr, puis écrit les pertes et exactitudes finales. L'entraînement s'arrête plus tôt s'il diverge. Un projet avec Comparer actif entraîne chaque piste pendant N époques et donne le résultat de chaque piste. Un projet dont les données ne contiennent aucun point d'entraînement est refusé.</translation>
    </message>
    <message>
        <source>The report is JSON: {epochs, final_epoch, train_loss, test_loss, train_accuracy, test_accuracy, diverged, seconds, warnings}; epochs counts this run's epochs, accuracy is null for regression; warnings lists {kind, layers, message} for what went wrong by the end (the window's rules: vanishing, exploding, dead_neurons, stuck, diverged). With Compare on it adds lanes, a list with each lane's {name, settings, overrides} and the same figures, and focus, the name of the lane the window shows, whose figures are the top-level ones (and the exported pictures). Exit codes: 0 done (even if training diverged), 1 an error (unreadable or invalid file, no training data, a file that cannot be written), 2 a usage mistake.</source>
        <translation>Le rapport est en JSON : {epochs, final_epoch, train_loss, test_loss, train_accuracy, test_accuracy, diverged, seconds, warnings} ; epochs compte les époques de cette exécution, accuracy vaut null en régression ; warnings liste {kind, layers, message} pour ce qui s'est mal passé à la fin (les règles de la fenêtre : vanishing, exploding, dead_neurons, stuck, diverged). Avec Comparer actif, il ajoute lanes, une liste avec pour chaque piste {name, settings, overrides} et les mêmes chiffres, et focus, le nom de la piste que montre la fenêtre, dont les chiffres sont ceux du niveau principal (et des images exportées). Codes de sortie : 0 terminé (même si l'entraînement a divergé), 1 une erreur (fichier illisible ou invalide, aucune donnée d'entraînement, fichier impossible à écrire), 2 une erreur d'utilisation.</translation>
    </message>
    <message>
        <source>the .nnplay project or lesson to train (or a bundled lesson's name)</source>
        <translation>le projet ou la leçon .nnplay à entraîner (ou le nom d'une leçon fournie)</translation>
    </message>
    <message>
        <source>how many epochs to train (1 to {most})</source>
        <translation>nombre d'époques d'entraînement (1 à {most})</translation>
    </message>
    <message>
        <source>write the final figures to this JSON file</source>
        <translation>écrire les chiffres finaux dans ce fichier JSON</translation>
    </message>
    <message>
        <source>save the decision boundary with the training data as a picture (.png, or .svg by suffix)</source>
        <translation>enregistrer la frontière de décision avec les données d'entraînement en image (.png, ou .svg selon l'extension)</translation>
    </message>
    <message>
        <source>save an animated GIF of the boundary as it changes during these epochs</source>
        <translation>enregistrer un GIF animé de la frontière qui évolue pendant ces époques</translation>
    </message>
    <message>
        <source>save the trained project to this file</source>
        <translation>enregistrer le projet entraîné dans ce fichier</translation>
    </message>
    <message>
        <source>width and height of exported pictures (default 480)</source>
        <translation>largeur et hauteur des images exportées (par défaut 480)</translation>
    </message>
    <message>
        <source>also draw the test points in exported pictures</source>
        <translation>dessiner aussi les points de test dans les images exportées</translation>
    </message>
    <message>
        <source>no progress bar</source>
        <translation>pas de barre de progression</translation>
    </message>
    <message>
        <source>check that projects, lessons and CSV files open, without opening a window</source>
        <translation>vérifier que les projets, leçons et fichiers CSV s'ouvrent, sans ouvrir de fenêtre</translation>
    </message>
    <message>
        <source>Check each file as the window would open it: a project or lesson (.nnplay, its lesson text included) or a CSV file of points. Prints one line per file, 'FILE: ok' or 'FILE: the reason', on stdout. A folder stands for the .nnplay and .csv files in it and its subfolders (a folder of hand-ins, say).</source>
        <translation>Vérifie chaque fichier comme la fenêtre l'ouvrirait : un projet ou une leçon (.nnplay, texte de la leçon compris) ou un fichier CSV de points. Affiche une ligne par fichier, « FILE: ok » ou « FILE: la raison », sur stdout. Un dossier désigne les fichiers .nnplay et .csv qu'il contient, sous-dossiers compris (un dossier de travaux rendus, par exemple).</translation>
    </message>
    <message>
        <source>Exit codes: 0 every file is fine, 1 some file is not, 2 a usage mistake.</source>
        <translation>Codes de sortie : 0 tous les fichiers sont bons, 1 un fichier ne l'est pas, 2 une erreur d'utilisation.</translation>
    </message>
    <message>
        <source>a .nnplay project or lesson, a .csv file, or a folder of them</source>
        <translation>un projet ou une leçon .nnplay, un fichier .csv, ou un dossier qui en contient</translation>
    </message>
    <message>
        <source>write the project's network as a PyTorch or NumPy script</source>
        <translation>écrire le réseau du projet en script PyTorch ou NumPy</translation>
    </message>
    <message>
        <source>Write the project's network, its trained weights and its data as one readable Python file: --pytorch for an nn.Module, --numpy for a script that needs only NumPy. Run on its own, the script prints one JSON line {"train_loss", "test_loss", "train_accuracy", "test_accuracy"}, the figures 'run' reports for the project; with --train N it then trains N more epochs as 'run --epochs N' would.</source>
        <translation>Écrit le réseau du projet, ses poids entraînés et ses données dans un seul fichier Python lisible : --pytorch pour un nn.Module, --numpy pour un script qui n'a besoin que de NumPy. Lancé seul, le script affiche une ligne JSON {"train_loss", "test_loss", "train_accuracy", "test_accuracy"}, les chiffres que « run » donne pour le projet ; avec --train N, il entraîne ensuite N époques de plus, comme le ferait « run --epochs N ».</translation>
    </message>
    <message>
        <source>Exit codes: 0 written, 1 an error (unreadable project, unwritable output), 2 a usage mistake.</source>
        <translation>Codes de sortie : 0 écrit, 1 une erreur (projet illisible, sortie impossible à écrire), 2 une erreur d'utilisation.</translation>
    </message>
    <message>
        <source>list the bundled lessons</source>
        <translation>lister les leçons fournies</translation>
    </message>
    <message>
        <source>List the bundled lessons: file name and title. Open one with 'open NAME'.</source>
        <translation>Liste les leçons fournies : nom de fichier et titre. Ouvres-en une avec « open NOM ».</translation>
    </message>
    <message>
        <source>a folder of hand-ins as a grade book (CSV), without a window</source>
        <translation>un dossier de travaux rendus en carnet de notes (CSV), sans fenêtre</translation>
    </message>
    <message>
        <source>check that this copy of the app works: window, lesson, training, export</source>
        <translation>vérifier que cette copie de l'application fonctionne : fenêtre, leçon, entraînement, export</translation>
    </message>
    <message>
        <source>Open the window offscreen (no screen needed), open a bundled lesson, train it for a few hundred steps and export PNG pictures. Exit code 0 when every step passed; otherwise the failed step is named and the exit code is 1.</source>
        <translation>Ouvre la fenêtre hors écran (aucun écran nécessaire), ouvre une leçon fournie, l'entraîne pendant quelques centaines de pas et exporte des images PNG. Code de sortie 0 si chaque étape a réussi ; sinon l'étape en échec est nommée et le code de sortie est 1.</translation>
    </message>
    <message>
        <source>no window can be opened from here</source>
        <translation>aucune fenêtre ne peut être ouverte ici</translation>
    </message>
    <message>
        <source>{prog}: interrupted</source>
        <translation>{prog} : interrompu</translation>
    </message>
    <message>
        <source>{prog}: no language {lang}; these are offered: {codes}</source>
        <translation>{prog} : pas de langue {lang} ; langues proposées : {codes}</translation>
    </message>
    <message>
        <source>{prog}: error: {message}</source>
        <translation>{prog} : erreur : {message}</translation>
    </message>
</context>
<context>
    <name>cli_check</name>
    <message>
        <source>no .nnplay or .csv file in this folder</source>
        <translation>aucun fichier .nnplay ou .csv dans ce dossier</translation>
    </message>
    <message>
        <source>too large or too deeply nested to read ({error})</source>
        <translation>trop volumineux ou trop imbriqué pour être lu ({error})</translation>
    </message>
    <message>
        <source>cannot be opened: an internal error ({error})</source>
        <translation>ouverture impossible : une erreur interne ({error})</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
</context>
<context>
    <name>cli_class</name>
    <message>
        <source>the folder of hand-ins (.nnplay files)</source>
        <translation>le dossier des travaux rendus (fichiers .nnplay)</translation>
    </message>
    <message>
        <source>write the grade book to this file (default: print it on stdout)</source>
        <translation>écrire le carnet de notes dans ce fichier (par défaut : l'afficher sur stdout)</translation>
    </message>
    <message>
        <source>the rows' order (default: name; test_accuracy puts the best first)</source>
        <translation>l'ordre des lignes (par défaut : name ; test_accuracy met les meilleurs en premier)</translation>
    </message>
    <message>
        <source>Read every hand-in (.nnplay) in FOLDER, as File &gt; Open class folder does, and write one CSV row per file: file, name, lesson, handed_in (UTC), epochs, train_loss, test_loss, train_accuracy, test_accuracy, note. A damaged file or a project without a hand-in part gets its reason in the note column and the other files are read on.</source>
        <translation>Lit chaque travail rendu (.nnplay) de FOLDER, comme Fichier &gt; Ouvrir un dossier de classe, et écrit une ligne CSV par fichier : file, name, lesson, handed_in (UTC), epochs, train_loss, test_loss, train_accuracy, test_accuracy, note. Un fichier abîmé ou un projet sans partie « travail rendu » reçoit sa raison dans la colonne note, et la lecture des autres fichiers continue.</translation>
    </message>
    <message>
        <source>Exit codes: 0 the folder was read (even with damaged files; the summary on stderr counts them), 1 the folder cannot be read or the CSV cannot be written, 2 a usage mistake.</source>
        <translation>Codes de sortie : 0 le dossier a été lu (même avec des fichiers abîmés ; le résumé sur stderr les compte), 1 le dossier est illisible ou le CSV ne peut pas être écrit, 2 une erreur d'utilisation.</translation>
    </message>
    <message>
        <source>{folder} is not a folder</source>
        <translation>{folder} n'est pas un dossier</translation>
    </message>
    <message>
        <source>cannot write {file}: the folder {folder} does not exist</source>
        <translation>impossible d'écrire {file} : le dossier {folder} n'existe pas</translation>
    </message>
    <message>
        <source>cannot read the folder {folder}: {reason}</source>
        <translation>impossible de lire le dossier {folder} : {reason}</translation>
    </message>
    <message numerus="yes">
        <source>{read} hand-ins read, {damaged} other or damaged files noted</source>
        <translation><numerusform>{read} travail rendu lu, {damaged} autres fichiers ou fichiers abîmés signalés</numerusform><numerusform>{read} travaux rendus lus, {damaged} autres fichiers ou fichiers abîmés signalés</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{read} hand-ins read</source>
        <translation><numerusform>{read} travail rendu lu</numerusform><numerusform>{read} travaux rendus lus</numerusform></translation>
    </message>
    <message>
        <source>{summary}; {note}</source>
        <translation>{summary} ; {note}</translation>
    </message>
</context>
<context>
    <name>cli_common</name>
    <message>
        <source>{name} names several lessons: {lessons}</source>
        <translation>{name} désigne plusieurs leçons : {lessons}</translation>
    </message>
</context>
<context>
    <name>cli_export</name>
    <message>
        <source>the .nnplay project or lesson (or a bundled lesson's name)</source>
        <translation>le projet ou la leçon .nnplay (ou le nom d'une leçon fournie)</translation>
    </message>
    <message>
        <source>write a PyTorch script (an nn.Module) to this file</source>
        <translation>écrire un script PyTorch (un nn.Module) dans ce fichier</translation>
    </message>
    <message>
        <source>write a script that needs only NumPy to this file</source>
        <translation>écrire un script qui n'a besoin que de NumPy dans ce fichier</translation>
    </message>
    <message>
        <source>say nothing when done</source>
        <translation>ne rien afficher une fois terminé</translation>
    </message>
    <message>
        <source>nn-playground export: error: say which script to write: --pytorch OUT.py, --numpy OUT.py, or both (see nn-playground export --help)</source>
        <translation>nn-playground export : erreur : indique quel script écrire : --pytorch OUT.py, --numpy OUT.py, ou les deux (voir nn-playground export --help)</translation>
    </message>
    <message>
        <source>--{kind} {file} would overwrite the project itself</source>
        <translation>--{kind} {file} écraserait le projet lui-même</translation>
    </message>
    <message>
        <source>{file}: cannot export: {reason}</source>
        <translation>{file} : export impossible : {reason}</translation>
    </message>
    <message>
        <source>Wrote {file}: a {kind} script of the {sizes} network at epoch {epoch}</source>
        <translation>{file} écrit : un script {kind} du réseau {sizes} à l'époque {epoch}</translation>
    </message>
</context>
<context>
    <name>cli_run</name>
    <message>
        <source>Training [{bar}] {percent}  epoch {epoch}/{epochs}  loss {loss}</source>
        <translation>Entraînement [{bar}] {percent}  époque {epoch}/{epochs}  perte {loss}</translation>
    </message>
    <message>
        <source>cannot write the report {path}: the folder {folder} does not exist</source>
        <translation>impossible d'écrire le rapport {path} : le dossier {folder} n'existe pas</translation>
    </message>
    <message>
        <source>cannot write the picture {path}: the folder {folder} does not exist</source>
        <translation>impossible d'écrire l'image {path} : le dossier {folder} n'existe pas</translation>
    </message>
    <message>
        <source>cannot write the GIF {path}: the folder {folder} does not exist</source>
        <translation>impossible d'écrire le GIF {path} : le dossier {folder} n'existe pas</translation>
    </message>
    <message>
        <source>cannot write the project {path}: the folder {folder} does not exist</source>
        <translation>impossible d'écrire le projet {path} : le dossier {folder} n'existe pas</translation>
    </message>
    <message>
        <source>--export-boundary must end in .png or .svg; got {file}</source>
        <translation>--export-boundary doit se terminer par .png ou .svg ; reçu {file}</translation>
    </message>
    <message>
        <source>{file}: nothing to train: its data holds no training point (only test points, or none); add training points in the window first</source>
        <translation>{file} : rien à entraîner : ses données ne contiennent aucun point d'entraînement (seulement des points de test, ou aucun) ; ajoute d'abord des points d'entraînement dans la fenêtre</translation>
    </message>
    <message>
        <source>Lane {lane}: {message}</source>
        <translation>Piste {lane} : {message}</translation>
    </message>
    <message>
        <source>  Lane {lane} ({settings}): {figures}</source>
        <translation>  Piste {lane} ({settings}) : {figures}</translation>
    </message>
    <message>
        <source>train loss {train_loss}, test loss {test_loss}</source>
        <translation>perte d'entraînement {train_loss}, perte de test {test_loss}</translation>
    </message>
    <message>
        <source>test accuracy {accuracy} %</source>
        <translation>exactitude de test {accuracy} %</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>divergé</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>{epochs} epochs in {seconds} s, {lanes} lanes:</source>
        <translation><numerusform>{epochs} époque en {seconds} s, {lanes} pistes :</numerusform><numerusform>{epochs} époques en {seconds} s, {lanes} pistes :</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{epochs} epochs in {seconds} s, {figures}</source>
        <translation><numerusform>{epochs} époque en {seconds} s, {figures}</numerusform><numerusform>{epochs} époques en {seconds} s, {figures}</numerusform></translation>
    </message>
</context>
<context>
    <name>client</name>
    <message>
        <source>Not changed</source>
        <translation>Non modifié</translation>
    </message>
    <message>
        <source>{refusal}: {reason}</source>
        <translation>{refusal} : {reason}</translation>
    </message>
    <message>
        <source>{refusal}: an internal error ({error})</source>
        <translation>{refusal} : une erreur interne ({error})</translation>
    </message>
    <message>
        <source>the training thread did not answer in time</source>
        <translation>le fil d'entraînement n'a pas répondu à temps</translation>
    </message>
</context>
<context>
    <name>compare</name>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Race 2 to 4 copies of the network side by side (C): every lane starts from the same weights on the same data and differs only in the settings you give it (optimizer, learning rate, activation, batch size, regularization). Stop at epoch applies to every lane; stop when stuck waits until Compare is off.</source>
        <translation>Fais courir 2 à 4 copies du réseau côte à côte (C) : chaque piste part des mêmes poids sur les mêmes données et ne diffère que par les réglages que tu lui donnes (optimiseur, taux d'apprentissage, activation, taille de lot, régularisation). « Arrêter à l'époque » s'applique à chaque piste ; « arrêter si bloqué » attend que Comparer soit désactivé.</translation>
    </message>
    <message>
        <source>Add lane</source>
        <translation>Ajouter une piste</translation>
    </message>
    <message>
        <source>Add a lane (up to 4) that races an optimizer not raced yet. The race starts again.</source>
        <translation>Ajoute une piste (jusqu'à 4) qui fait courir un optimiseur pas encore en course. La course recommence.</translation>
    </message>
    <message>
        <source>Restart race</source>
        <translation>Relancer la course</translation>
    </message>
    <message>
        <source>Every lane back to epoch 0 and the same starting weights (R picks new weights).</source>
        <translation>Toutes les pistes reviennent à l'époque 0 et aux mêmes poids de départ (R tire de nouveaux poids).</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Same start, same data: only the lanes' settings differ (bold: a lane's own; the others follow the top bar).</source>
        <translation>Même départ, mêmes données : seuls les réglages des pistes diffèrent (en gras : propre à la piste ; les autres suivent la barre du haut).</translation>
    </message>
    <message>
        <source>&amp;Compare lanes</source>
        <translation>&amp;Comparer des pistes</translation>
    </message>
    <message>
        <source>Stop comparing?</source>
        <translation>Arrêter la comparaison ?</translation>
    </message>
    <message>
        <source>The race has trained to epoch {trained}. Keep one lane's network (it carries on as the main network, with its settings and loss history), or go back to the network as it was before the race (epoch {before})?</source>
        <translation>La course s'est entraînée jusqu'à l'époque {trained}. Garder le réseau d'une piste (il continue comme réseau principal, avec ses réglages et son historique de perte), ou revenir au réseau tel qu'il était avant la course (époque {before}) ?</translation>
    </message>
    <message>
        <source>Keep lane {lane}</source>
        <translation>Garder la piste {lane}</translation>
    </message>
    <message>
        <source>Back to before the race</source>
        <translation>Revenir à avant la course</translation>
    </message>
    <message>
        <source>Make this lane the main network?</source>
        <translation>Faire de cette piste le réseau principal ?</translation>
    </message>
    <message>
        <source>Lane {lane} ({summary}) becomes the main network: its settings, weights and loss history carry on, and Compare closes. The other lanes are dropped.</source>
        <translation>La piste {lane} ({summary}) devient le réseau principal : ses réglages, ses poids et son historique de perte continuent, et Comparer se ferme. Les autres pistes sont abandonnées.</translation>
    </message>
    <message>
        <source>Stop comparing</source>
        <translation>Arrêter la comparaison</translation>
    </message>
</context>
<context>
    <name>compare_curves</name>
    <message>
        <source>Lane {lane}</source>
        <translation>Piste {lane}</translation>
    </message>
    <message>
        <source>{lane}: {differences}</source>
        <translation>{lane} : {differences}</translation>
    </message>
</context>
<context>
    <name>compare_table</name>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimiseur</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Taux d'apprentissage</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Activation</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Reg.</source>
        <translation>Régul.</translation>
    </message>
    <message>
        <source>Reg. rate</source>
        <translation>Taux de régul.</translation>
    </message>
    <message>
        <source>Lane {lane}'s optimizer. The rule that turns gradients into weight changes. Bold: the lane's own value; otherwise it follows the top bar. Changing it restarts the race from the same starting weights.</source>
        <translation>Optimiseur de la piste {lane}. La règle qui transforme les gradients en modifications des poids. En gras : la valeur propre à la piste ; sinon elle suit la barre du haut. La modifier relance la course depuis les mêmes poids de départ.</translation>
    </message>
    <message>
        <source>Lane {lane}'s learning rate. How big a step each weight takes against its gradient. Bold: the lane's own value; otherwise it follows the top bar. Changing it restarts the race from the same starting weights.</source>
        <translation>Taux d'apprentissage de la piste {lane}. La taille du pas que fait chaque poids à l'opposé de son gradient. En gras : la valeur propre à la piste ; sinon elle suit la barre du haut. La modifier relance la course depuis les mêmes poids de départ.</translation>
    </message>
    <message>
        <source>Lane {lane}'s activation. The function every hidden neuron applies to its weighted sum. Bold: the lane's own value; otherwise it follows the top bar. Changing it restarts the race from the same starting weights.</source>
        <translation>Activation de la piste {lane}. La fonction que chaque neurone caché applique à sa somme pondérée. En gras : la valeur propre à la piste ; sinon elle suit la barre du haut. La modifier relance la course depuis les mêmes poids de départ.</translation>
    </message>
    <message>
        <source>Lane {lane}'s batch size. How many training points are averaged for each weight update. Bold: the lane's own value; otherwise it follows the top bar. Changing it restarts the race from the same starting weights.</source>
        <translation>Taille de lot de la piste {lane}. Le nombre de points d'entraînement moyennés pour chaque mise à jour des poids. En gras : la valeur propre à la piste ; sinon elle suit la barre du haut. La modifier relance la course depuis les mêmes poids de départ.</translation>
    </message>
    <message>
        <source>Lane {lane}'s regularization. A penalty on large weights. Bold: the lane's own value; otherwise it follows the top bar. Changing it restarts the race from the same starting weights.</source>
        <translation>Régularisation de la piste {lane}. Une pénalité sur les grands poids. En gras : la valeur propre à la piste ; sinon elle suit la barre du haut. La modifier relance la course depuis les mêmes poids de départ.</translation>
    </message>
    <message>
        <source>Lane {lane}'s regularization rate. How strong the penalty on weights is. Bold: the lane's own value; otherwise it follows the top bar. Changing it restarts the race from the same starting weights.</source>
        <translation>Taux de régularisation de la piste {lane}. La force de la pénalité sur les poids. En gras : la valeur propre à la piste ; sinon elle suit la barre du haut. La modifier relance la course depuis les mêmes poids de départ.</translation>
    </message>
    <message>
        <source>Lane {lane}</source>
        <translation>Piste {lane}</translation>
    </message>
    <message>
        <source>Show lane {lane}'s network (weights, neurons) in the network diagram.</source>
        <translation>Afficher le réseau de la piste {lane} (poids, neurones) dans le schéma du réseau.</translation>
    </message>
    <message>
        <source>Lane {lane} {setting}</source>
        <translation>Piste {lane} {setting}</translation>
    </message>
    <message>
        <source>Make main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Make lane {lane} the main network: its settings, weights and loss history carry on outside Compare.</source>
        <translation>Faire de la piste {lane} le réseau principal : ses réglages, ses poids et son historique de perte continuent hors de Comparer.</translation>
    </message>
    <message>
        <source>Remove lane {lane}</source>
        <translation>Retirer la piste {lane}</translation>
    </message>
    <message>
        <source>Remove lane {lane} (the race starts again).</source>
        <translation>Retirer la piste {lane} (la course recommence).</translation>
    </message>
    <message>
        <source>Lane {lane}: make main or remove</source>
        <translation>Piste {lane} : rendre principale ou retirer</translation>
    </message>
    <message>
        <source>Make lane {lane} the main network, or remove it.</source>
        <translation>Faire de la piste {lane} le réseau principal, ou la retirer.</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Piste</translation>
    </message>
    <message>
        <source>Click a lane's letter to show its network in the diagram.</source>
        <translation>Clique sur la lettre d'une piste pour afficher son réseau dans le schéma.</translation>
    </message>
</context>
<context>
    <name>compare_view</name>
    <message>
        <source>rate {rate}</source>
        <translation>taux {rate}</translation>
    </message>
    <message>
        <source>batch {size}</source>
        <translation>lot {size}</translation>
    </message>
    <message>
        <source>no reg.</source>
        <translation>sans régul.</translation>
    </message>
    <message>
        <source>reg. {rate}</source>
        <translation>régul. {rate}</translation>
    </message>
    <message>
        <source>Lane {lane}'s prediction over the plane, with the training points. Click to show this lane's network in the diagram.</source>
        <translation>Prédiction de la piste {lane} sur le plan, avec les points d'entraînement. Clique pour afficher le réseau de cette piste dans le schéma.</translation>
    </message>
    <message>
        <source>&lt;span style='color:#8a1c12'&gt;&lt;b&gt;diverged&lt;/b&gt; at epoch {epoch}&lt;/span&gt;</source>
        <translation>&lt;span style='color:#8a1c12'&gt;&lt;b&gt;divergé&lt;/b&gt; à l'époque {epoch}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>test loss &lt;b&gt;{loss}&lt;/b&gt;</source>
        <translation>perte de test &lt;b&gt;{loss}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>Lane {lane}: {summary}</source>
        <translation>Piste {lane} : {summary}</translation>
    </message>
    <message numerus="yes">
        <source>Epoch {epoch}, {steps} steps</source>
        <translation><numerusform>Époque {epoch}, {steps} pas</numerusform><numerusform>Époque {epoch}, {steps} pas</numerusform></translation>
    </message>
    <message>
        <source>Test loss {test}, training loss {train}</source>
        <translation>Perte de test {test}, perte d'entraînement {train}</translation>
    </message>
    <message>
        <source>Test accuracy {test}, training accuracy {train}</source>
        <translation>Exactitude de test {test}, exactitude d'entraînement {train}</translation>
    </message>
</context>
<context>
    <name>csv_io</name>
    <message>
        <source>1 point with values (regression)</source>
        <translation>1 point avec des valeurs (régression)</translation>
    </message>
    <message>
        <source>{count} points with values (regression)</source>
        <translation>{count} points avec des valeurs (régression)</translation>
    </message>
    <message>
        <source>1 point in {classes} classes</source>
        <translation>1 point en {classes} classes</translation>
    </message>
    <message>
        <source>{count} points in {classes} classes</source>
        <translation>{count} points en {classes} classes</translation>
    </message>
    <message>
        <source>{label} as {name}</source>
        <translation>{label} en tant que {name}</translation>
    </message>
    <message>
        <source>{description} (labels {renumbered})</source>
        <translation>{description} (étiquettes {renumbered})</translation>
    </message>
    <message>
        <source>{name} is a folder, not a CSV file</source>
        <translation>{name} est un dossier, pas un fichier CSV</translation>
    </message>
    <message>
        <source>The file is too large ({size} MB); a data file is at most {limit} MB.</source>
        <translation>Le fichier est trop volumineux ({size} Mo) ; un fichier de données fait au plus {limit} Mo.</translation>
    </message>
    <message>
        <source>Cannot read {name}: {error}</source>
        <translation>Impossible de lire {name} : {error}</translation>
    </message>
    <message>
        <source>The file is too large; a data file is at most {limit} MB.</source>
        <translation>Le fichier est trop volumineux ; un fichier de données fait au plus {limit} Mo.</translation>
    </message>
    <message>
        <source>Line {line} holds a NUL byte: this looks like a binary file, not CSV text.</source>
        <translation>La ligne {line} contient un octet NUL : cela ressemble à un fichier binaire, pas à du texte CSV.</translation>
    </message>
    <message>
        <source>The file is empty: it holds no points.</source>
        <translation>Le fichier est vide : il ne contient aucun point.</translation>
    </message>
    <message>
        <source>Line {line} is a header, but no points follow it.</source>
        <translation>La ligne {line} est un en-tête, mais aucun point ne la suit.</translation>
    </message>
    <message>
        <source>Line {line}: the file has more than {limit} points; at most {limit} can be imported.</source>
        <translation>Ligne {line} : le fichier contient plus de {limit} points ; au plus {limit} peuvent être importés.</translation>
    </message>
    <message>
        <source>label or value</source>
        <translation>étiquette ou valeur</translation>
    </message>
    <message>
        <source>Line {line} has 1 field, but 3 are needed ({expected}): {problem}.</source>
        <translation>La ligne {line} a 1 champ, mais il en faut 3 ({expected}) : {problem}.</translation>
    </message>
    <message>
        <source>Line {line} has {count} fields, but 3 are needed ({expected}): {problem}.</source>
        <translation>La ligne {line} a {count} champs, mais il en faut 3 ({expected}) : {problem}.</translation>
    </message>
    <message>
        <source>x1, x2 and a label or value</source>
        <translation>x1, x2 et une étiquette ou une valeur</translation>
    </message>
    <message>
        <source>a column is missing</source>
        <translation>il manque une colonne</translation>
    </message>
    <message>
        <source>there are too many columns</source>
        <translation>il y a trop de colonnes</translation>
    </message>
    <message>
        <source>Line {line}, column {column} (label): {text} is not a whole number, and a class label must be one (0, 1, 2, …). For numbers to predict, name the column value.</source>
        <translation>Ligne {line}, colonne {column} (étiquette) : {text} n'est pas un nombre entier, alors qu'une étiquette de classe doit en être un (0, 1, 2, …). Pour des nombres à prédire, nomme la colonne value.</translation>
    </message>
    <message>
        <source>Line {line}, column {column} (label): {text} is a {nth}th class; at most {limit} classes can be learned.</source>
        <translation>Ligne {line}, colonne {column} (étiquette) : {text} serait une {nth}e classe ; au plus {limit} classes peuvent être apprises.</translation>
    </message>
    <message>
        <source>If the third column holds numbers to predict, start the file with the header x1,x2,value.</source>
        <translation>Si la troisième colonne contient des nombres à prédire, commence le fichier par l'en-tête x1,x2,value.</translation>
    </message>
    <message>
        <source>x1, x2, and label (classes) or value (numbers)</source>
        <translation>x1, x2, et étiquette (classes) ou valeur (nombres)</translation>
    </message>
    <message>
        <source>Line {line} is a header of 1 column, but 3 are needed: {expected}.</source>
        <translation>La ligne {line} est un en-tête d'1 colonne, mais il en faut 3 : {expected}.</translation>
    </message>
    <message>
        <source>Line {line} is a header of {count} columns, but 3 are needed: {expected}.</source>
        <translation>La ligne {line} est un en-tête de {count} colonnes, mais il en faut 3 : {expected}.</translation>
    </message>
    <message>
        <source>Line {line}, column {column}: the header name {name} is not known; the columns are {expected}.</source>
        <translation>Ligne {line}, colonne {column} : le nom d'en-tête {name} est inconnu ; les colonnes sont {expected}.</translation>
    </message>
    <message>
        <source>Line {line}, column {column}: the header names {name} twice; the columns are {expected}.</source>
        <translation>Ligne {line}, colonne {column} : l'en-tête nomme {name} deux fois ; les colonnes sont {expected}.</translation>
    </message>
    <message>
        <source>Line {line}: the header must name {expected}.</source>
        <translation>Ligne {line} : l'en-tête doit nommer {expected}.</translation>
    </message>
    <message>
        <source>Line {line}, column {column} ({name})</source>
        <translation>Ligne {line}, colonne {column} ({name})</translation>
    </message>
    <message>
        <source>{where}: the field is empty; every point needs a number here.</source>
        <translation>{where} : le champ est vide ; chaque point a besoin d'un nombre ici.</translation>
    </message>
    <message>
        <source>{where}: {text} is too large to be a number here.</source>
        <translation>{where} : {text} est trop grand pour être un nombre ici.</translation>
    </message>
    <message>
        <source>{where}: {text} is not a finite number; every point needs a real value.</source>
        <translation>{where} : {text} n'est pas un nombre fini ; chaque point a besoin d'une valeur réelle.</translation>
    </message>
    <message>
        <source>{where}: {text} is not a number.</source>
        <translation>{where} : {text} n'est pas un nombre.</translation>
    </message>
    <message>
        <source>Line {line}, column {column} ({name}): {text} is too large; at most ±{limit}.</source>
        <translation>Ligne {line}, colonne {column} ({name}) : {text} est trop grand ; au plus ±{limit}.</translation>
    </message>
    <message>
        <source>The file starts as UTF-16 text but breaks off inside a character (byte {byte}); save it again as CSV UTF-8.</source>
        <translation>Le fichier commence comme du texte UTF-16 mais s'interrompt au milieu d'un caractère (octet {byte}) ; enregistre-le à nouveau en CSV UTF-8.</translation>
    </message>
    <message>
        <source>Line {line} is not UTF-8 text (byte 0x{byte} cannot be read): save the file as CSV UTF-8, or as plain numbers.</source>
        <translation>La ligne {line} n'est pas du texte UTF-8 (l'octet 0x{byte} est illisible) : enregistre le fichier en CSV UTF-8, ou en nombres simples.</translation>
    </message>
</context>
<context>
    <name>datasets</name>
    <message>
        <source>seed must be a non-negative integer, got {value}</source>
        <translation>seed doit être un entier positif ou nul, reçu {value}</translation>
    </message>
    <message>
        <source>dataset: unknown name {name}; choose one of {choices}</source>
        <translation>jeu de données : nom inconnu {name} ; choisis parmi {choices}</translation>
    </message>
    <message>
        <source>classes must be an integer from {low} to {high} for {dataset}, got {value}</source>
        <translation>classes doit être un entier de {low} à {high} pour {dataset}, reçu {value}</translation>
    </message>
    <message>
        <source>classes cannot be set for {dataset} (it is a regression dataset)</source>
        <translation>classes ne peut pas être réglé pour {dataset} (c'est un jeu de données de régression)</translation>
    </message>
    <message>
        <source>classes cannot be set for {dataset} (it has {classes} classes)</source>
        <translation>classes ne peut pas être réglé pour {dataset} (il a {classes} classes)</translation>
    </message>
    <message>
        <source>n_points must be an integer from {low} to {high}, got {value}</source>
        <translation>n_points doit être un entier de {low} à {high}, reçu {value}</translation>
    </message>
    <message>
        <source>noise must be between 0 and {high}, got {value}</source>
        <translation>noise doit être entre 0 et {high}, reçu {value}</translation>
    </message>
    <message>
        <source>n_points must be at least the number of classes ({classes}) for {dataset}, got {value}</source>
        <translation>n_points doit valoir au moins le nombre de classes ({classes}) pour {dataset}, reçu {value}</translation>
    </message>
    <message>
        <source>X must be a numeric array of shape (n, 2)</source>
        <translation>X doit être un tableau numérique de forme (n, 2)</translation>
    </message>
    <message>
        <source>X must be a numeric array of shape (n, 2), got shape {shape}</source>
        <translation>X doit être un tableau numérique de forme (n, 2), reçu la forme {shape}</translation>
    </message>
    <message>
        <source>y must be a 1-D array with one value per row of X ({rows}), got shape {shape}</source>
        <translation>y doit être un tableau 1-D avec une valeur par ligne de X ({rows}), reçu la forme {shape}</translation>
    </message>
    <message>
        <source>X must have at least {low} rows to split, got {value}</source>
        <translation>X doit avoir au moins {low} lignes pour être séparé, reçu {value}</translation>
    </message>
    <message>
        <source>train_ratio must be between {low} and {high}, got {value}</source>
        <translation>train_ratio doit être entre {low} et {high}, reçu {value}</translation>
    </message>
</context>
<context>
    <name>dropout</name>
    <message>
        <source>{field} must be a number from 0 to {high}; got {value}</source>
        <translation>{field} doit être un nombre de 0 à {high} ; reçu {value}</translation>
    </message>
</context>
<context>
    <name>edits</name>
    <message>
        <source>hidden layer must be from 0 to {high}; got {value}</source>
        <translation>la couche cachée doit être de 0 à {high} ; reçu {value}</translation>
    </message>
    <message>
        <source>the network has no hidden layers</source>
        <translation>le réseau n'a aucune couche cachée</translation>
    </message>
    <message>
        <source>start must be 'identity' or 'random'; got {value}</source>
        <translation>start doit être 'identity' ou 'random' ; reçu {value}</translation>
    </message>
    <message>
        <source>the network already has the maximum of {count} hidden layers</source>
        <translation>le réseau a déjà le maximum de {count} couches cachées</translation>
    </message>
    <message>
        <source>layer index must be from 0 to {high}; got {value}</source>
        <translation>l'indice de couche doit être de 0 à {high} ; reçu {value}</translation>
    </message>
    <message>
        <source>hidden layer {layer} already has the maximum of {count} neurons</source>
        <translation>la couche cachée {layer} a déjà le maximum de {count} neurones</translation>
    </message>
    <message>
        <source>neuron must be from 0 to {high} in hidden layer {layer}; got {value}</source>
        <translation>le neurone doit être de 0 à {high} dans la couche cachée {layer} ; reçu {value}</translation>
    </message>
    <message>
        <source>feature must be one of {choices}; got {value}</source>
        <translation>la caractéristique doit être l'une de {choices} ; reçu {value}</translation>
    </message>
    <message>
        <source>at least one input feature must stay on</source>
        <translation>au moins une caractéristique d'entrée doit rester active</translation>
    </message>
</context>
<context>
    <name>exports</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>Image SVG (*.svg)</translation>
    </message>
    <message>
        <source>Decision boundary as &amp;PNG…</source>
        <translation>Frontière de décision en &amp;PNG…</translation>
    </message>
    <message>
        <source>Decision boundary as &amp;SVG…</source>
        <translation>Frontière de décision en &amp;SVG…</translation>
    </message>
    <message>
        <source>&amp;Network diagram as PNG…</source>
        <translation>Schéma du &amp;réseau en PNG…</translation>
    </message>
    <message>
        <source>Network diagram as S&amp;VG…</source>
        <translation>Schéma du réseau en S&amp;VG…</translation>
    </message>
    <message>
        <source>&amp;Loss history as CSV…</source>
        <translation>&amp;Historique de la perte en CSV…</translation>
    </message>
    <message>
        <source>&amp;Weights as JSON…</source>
        <translation>&amp;Poids en JSON…</translation>
    </message>
    <message>
        <source>Animated &amp;GIF of training…</source>
        <translation>&amp;GIF animé de l'entraînement…</translation>
    </message>
    <message>
        <source>Cannot export {name}</source>
        <translation>Impossible d'exporter {name}</translation>
    </message>
    <message>
        <source>Exported {path}</source>
        <translation>{path} exporté</translation>
    </message>
    <message>
        <source>Export the decision boundary</source>
        <translation>Exporter la frontière de décision</translation>
    </message>
    <message>
        <source>{name} boundary</source>
        <translation>{name} frontière</translation>
    </message>
    <message>
        <source>Export the network diagram</source>
        <translation>Exporter le schéma du réseau</translation>
    </message>
    <message>
        <source>{name} network</source>
        <translation>{name} réseau</translation>
    </message>
    <message>
        <source>the picture could not be written</source>
        <translation>l'image n'a pas pu être écrite</translation>
    </message>
    <message>
        <source>Export the loss history</source>
        <translation>Exporter l'historique de la perte</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Tableau CSV (*.csv)</translation>
    </message>
    <message>
        <source>{name} loss</source>
        <translation>{name} perte</translation>
    </message>
    <message>
        <source>Export the weights</source>
        <translation>Exporter les poids</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>{name} weights</source>
        <translation>{name} poids</translation>
    </message>
    <message>
        <source>Animated GIF</source>
        <translation>GIF animé</translation>
    </message>
    <message>
        <source>Train a copy of this network for how many epochs?
(Your own work is not changed.)</source>
        <translation>Entraîner une copie de ce réseau pendant combien d'époques ?
(Ton propre travail n'est pas modifié.)</translation>
    </message>
    <message>
        <source>Export an animated GIF</source>
        <translation>Exporter un GIF animé</translation>
    </message>
    <message>
        <source>GIF animation (*.gif)</source>
        <translation>Animation GIF (*.gif)</translation>
    </message>
    <message>
        <source>{name} training</source>
        <translation>{name} entraînement</translation>
    </message>
    <message>
        <source>Training a copy and drawing the frames…</source>
        <translation>Entraînement d'une copie et dessin des images…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>file_actions</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>{title}: {message}</source>
        <translation>{title} : {message}</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to “{name}” first?</source>
        <translation>Enregistrer d'abord les modifications de « {name} » ?</translation>
    </message>
    <message numerus="yes">
        <source>New playground. Your {count} own points are kept: the My points tile.</source>
        <translation><numerusform>Nouveau terrain de jeu. Ton point ({count}) est conservé : la vignette Mes points.</numerusform><numerusform>Nouveau terrain de jeu. Tes {count} points sont conservés : la vignette Mes points.</numerusform></translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>Still opening another file; {name} was not opened.</source>
        <translation>Un autre fichier est encore en cours d'ouverture ; {name} n'a pas été ouvert.</translation>
    </message>
    <message>
        <source>Cannot open {name}</source>
        <translation>Impossible d'ouvrir {name}</translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation>{name} ouvert</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>Impossible d'ouvrir le projet</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>Enregistrer le projet</translation>
    </message>
    <message>
        <source>Cannot save {name}</source>
        <translation>Impossible d'enregistrer {name}</translation>
    </message>
    <message>
        <source>it was opened read-only; save a copy instead</source>
        <translation>il a été ouvert en lecture seule ; enregistre plutôt une copie</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} enregistré</translation>
    </message>
    <message>
        <source>Autosave failed: {why}</source>
        <translation>Échec de la sauvegarde automatique : {why}</translation>
    </message>
</context>
<context>
    <name>file_names</name>
    <message>
        <source>NN Playground projects ({pattern})</source>
        <translation>Projets NN Playground ({pattern})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>NN Playground lessons ({pattern})</source>
        <translation>Leçons NN Playground ({pattern})</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
</context>
<context>
    <name>handin</name>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>must be one line without control characters; got {value}</source>
        <translation>doit tenir sur une ligne sans caractères de contrôle ; reçu {value}</translation>
    </message>
    <message>
        <source>must be one line; got {value}</source>
        <translation>doit tenir sur une ligne ; reçu {value}</translation>
    </message>
    <message>
        <source>says {said} epochs, but the network in the file was trained {epochs}</source>
        <translation>indique {said} époques, mais le réseau du fichier a été entraîné {epochs}</translation>
    </message>
    <message>
        <source>must be a UTC time such as 2026-12-04T22:10:05Z; got {value}</source>
        <translation>doit être une heure UTC comme 2026-12-04T22:10:05Z ; reçu {value}</translation>
    </message>
    <message>
        <source>is not a real date and time; got {value}</source>
        <translation>n'est pas une date et une heure réelles ; reçu {value}</translation>
    </message>
    <message>
        <source>must be a finite number or null; got {value}</source>
        <translation>doit être un nombre fini ou null ; reçu {value}</translation>
    </message>
    <message>
        <source>must be from 0 to {high}; got {value}</source>
        <translation>doit être de 0 à {high} ; reçu {value}</translation>
    </message>
    <message>
        <source>must be a PNG picture as base64 text; got {value}</source>
        <translation>doit être une image PNG en texte base64 ; reçu {value}</translation>
    </message>
    <message>
        <source>is {length} characters long; a thumbnail is at most {limit}</source>
        <translation>fait {length} caractères ; une miniature en fait au plus {limit}</translation>
    </message>
    <message>
        <source>is not base64 text; it starts {start}</source>
        <translation>n'est pas du texte base64 ; il commence par {start}</translation>
    </message>
    <message>
        <source>is not a PNG picture</source>
        <translation>n'est pas une image PNG</translation>
    </message>
    <message>
        <source>is {width}×{height} pixels; at most {limit} on each side</source>
        <translation>fait {width}×{height} pixels ; au plus {limit} de chaque côté</translation>
    </message>
    <message>
        <source>is a damaged PNG picture</source>
        <translation>est une image PNG abîmée</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <source>Top bar</source>
        <translation>Barre du haut</translation>
    </message>
    <message>
        <source>Play (Space) trains and pauses; Step by step (W) walks backpropagation through one point. The boxes set how the network learns.</source>
        <translation>Lecture (Space) entraîne et met en pause ; Pas à pas (W) parcourt la rétropropagation pour un point. Les cases règlent la façon dont le réseau apprend.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Pick a data set, its number of points and its noise; or paint your own points (P).</source>
        <translation>Choisis un jeu de données, son nombre de points et son bruit ; ou peins tes propres points (P).</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Inputs on the left, hidden layers, the output on the right; + and − add layers and neurons. Blue links are positive weights, orange negative, thicker ones stronger.</source>
        <translation>Les entrées à gauche, les couches cachées, la sortie à droite ; + et − ajoutent des couches et des neurones. Les liens bleus sont des poids positifs, les orange des poids négatifs, les plus épais sont plus forts.</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>What the network predicts over the plane, with the data on top: each class in its colour and shape; training points filled, test points hollow (Show test data).</source>
        <translation>Ce que le réseau prédit sur le plan, avec les données par-dessus : chaque classe avec sa couleur et sa forme ; points d'entraînement pleins, points de test creux (Afficher les données de test).</translation>
    </message>
    <message>
        <source>Loss chart and timeline</source>
        <translation>Courbe de perte et frise</translation>
    </message>
    <message>
        <source>The loss over the epochs. Drag the timeline under it to rewind; Left steps back one epoch.</source>
        <translation>La perte au fil des époques. Fais glisser la frise en dessous pour revenir en arrière ; ← recule d'une époque.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>(keys only)</source>
        <translation>(touches seulement)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Ce qu'elles font</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Every key of the window and what it does</source>
        <translation>Chaque touche de la fenêtre et ce qu'elle fait</translation>
    </message>
    <message>
        <source>Tab and Shift+Tab move between the controls; Space or Enter presses the one with the focus ring.</source>
        <translation>Tab et Shift+Tab passent d'une commande à l'autre ; Space ou Enter appuie sur celle qui a le cadre de focus.</translation>
    </message>
    <message>
        <source>About NN Playground</source>
        <translation>À propos de NN Playground</translation>
    </message>
    <message>
        <source>Draw a network, pick or paint data, press play and watch backpropagation learn. Works offline.</source>
        <translation>Dessine un réseau, choisis ou peins des données, appuie sur Lecture et regarde la rétropropagation apprendre. Fonctionne hors ligne.</translation>
    </message>
    <message>
        <source>Help › Quick start shows the window's parts; Help › Keyboard shortcuts lists the keys.</source>
        <translation>Aide › Prise en main montre les parties de la fenêtre ; Aide › Raccourcis clavier liste les touches.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the versions, e.g. into a bug report</source>
        <translation>Copier les versions, par exemple dans un rapport de bogue</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Quick start</source>
        <translation>Prise en main</translation>
    </message>
    <message>
        <source>Picture of the window with its regions numbered</source>
        <translation>Image de la fenêtre avec ses zones numérotées</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;{number}. {title}&lt;/b&gt;&lt;br&gt;{text}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;{number}. {title}&lt;/b&gt;&lt;br&gt;{text}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What each region is for</source>
        <translation>À quoi sert chaque zone</translation>
    </message>
    <message>
        <source>&amp;Quick start</source>
        <translation>&amp;Prise en main</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About NN Playground</source>
        <translation>À &amp;propos de NN Playground</translation>
    </message>
</context>
<context>
    <name>inert_text</name>
    <message>
        <source>&lt;p&gt;&lt;i&gt;These instructions cannot be shown: {reason}&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Ces consignes ne peuvent pas être affichées : {reason}&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>language_menu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Show NN Playground in {language} (after a restart)</source>
        <translation>Afficher NN Playground en {language} (après redémarrage)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>NN Playground will be in {language} when it starts again. Restart now?</source>
        <translation>NN Playground sera en {language} au prochain démarrage. Redémarrer maintenant ?</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Redémarrer</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
</context>
<context>
    <name>lesson_locks</name>
    <message>
        <source>Locked by lesson ‘{title}’. Lessons › Leave lesson to play freely.</source>
        <translation>Verrouillé par la leçon « {title} ». Leçons › Quitter la leçon pour jouer librement.</translation>
    </message>
    <message>
        <source>Locked in this lesson. Lessons › Leave lesson to play freely.</source>
        <translation>Verrouillé dans cette leçon. Leçons › Quitter la leçon pour jouer librement.</translation>
    </message>
    <message numerus="yes">
        <source>Locked in this lesson: {controls} and %n more (greyed out).</source>
        <translation><numerusform>Verrouillé dans cette leçon : {controls} et %n autre (grisés).</numerusform><numerusform>Verrouillé dans cette leçon : {controls} et %n autres (grisés).</numerusform></translation>
    </message>
    <message>
        <source>Locked in this lesson: {controls}.</source>
        <translation>Verrouillé dans cette leçon : {controls}.</translation>
    </message>
</context>
<context>
    <name>lesson_panel</name>
    <message>
        <source>Play freely from here: every control unlocks, the data and the network stay as they are, and what you save is your own project (Ctrl+Shift+L). The teacher's password is asked for first</source>
        <translation>Jouer librement à partir d'ici : toutes les commandes se déverrouillent, les données et le réseau restent tels quels, et ce que tu enregistres est ton propre projet (Ctrl+Shift+L). Le mot de passe de l'enseignant est d'abord demandé</translation>
    </message>
    <message>
        <source>Play freely from here: every control unlocks, the data and the network stay as they are, and what you save is your own project (Ctrl+Shift+L)</source>
        <translation>Jouer librement à partir d'ici : toutes les commandes se déverrouillent, les données et le réseau restent tels quels, et ce que tu enregistres est ton propre projet (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>LESSON</source>
        <translation>LEÇON</translation>
    </message>
    <message>
        <source>Hide the instructions (Lessons → Show instructions brings them back). The lesson's locks stay: Leave lesson ends them.</source>
        <translation>Masquer les consignes (Leçons → Afficher les consignes les fait revenir). Les verrous de la leçon restent : Quitter la leçon les lève.</translation>
    </message>
    <message>
        <source>Start the lesson again</source>
        <translation>Recommencer la leçon</translation>
    </message>
    <message>
        <source>Back to the lesson's starting point: its data, network and settings</source>
        <translation>Revenir au point de départ de la leçon : ses données, son réseau et ses réglages</translation>
    </message>
    <message>
        <source>Leave lesson</source>
        <translation>Quitter la leçon</translation>
    </message>
    <message>
        <source>Welcome to NN Playground</source>
        <translation>Bienvenue dans NN Playground</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to NN Playground&lt;/h2&gt;&lt;p&gt;New here? Start with lesson 1. Or pick any lesson, paint your own data on an empty canvas, or play freely with the default playground.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenue dans NN Playground&lt;/h2&gt;&lt;p&gt;Tu découvres ? Commence par la leçon 1. Ou choisis n'importe quelle leçon, peins tes propres données sur une toile vide, ou joue librement avec le terrain de jeu par défaut.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Show this at start</source>
        <translation>Afficher au démarrage</translation>
    </message>
    <message>
        <source>Start with lesson 1</source>
        <translation>Commencer par la leçon 1</translation>
    </message>
    <message>
        <source>Open chosen lesson</source>
        <translation>Ouvrir la leçon choisie</translation>
    </message>
    <message>
        <source>Empty canvas for painting</source>
        <translation>Toile vide à peindre</translation>
    </message>
    <message>
        <source>No points yet: paint your own on the output, with the default network (two hidden layers). No lesson, nothing locked.</source>
        <translation>Aucun point pour l'instant : peins les tiens sur la sortie, avec le réseau par défaut (deux couches cachées). Pas de leçon, rien de verrouillé.</translation>
    </message>
    <message>
        <source>Default playground</source>
        <translation>Terrain de jeu par défaut</translation>
    </message>
    <message>
        <source>TensorFlow Playground's start: Circle data and two hidden layers (4 and 2 neurons). No lesson, nothing locked.</source>
        <translation>Le départ de TensorFlow Playground : données Cercle et deux couches cachées (4 et 2 neurones). Pas de leçon, rien de verrouillé.</translation>
    </message>
    <message>
        <source>Start &amp;page…</source>
        <translation>&amp;Page d'accueil…</translation>
    </message>
    <message>
        <source>Start this lesson &amp;again</source>
        <translation>Recommencer cette leçon &amp;à zéro</translation>
    </message>
    <message>
        <source>&amp;Leave lesson</source>
        <translation>&amp;Quitter la leçon</translation>
    </message>
    <message>
        <source>Show &amp;instructions</source>
        <translation>Afficher les &amp;consignes</translation>
    </message>
    <message>
        <source>Type it to leave the lesson.</source>
        <translation>Saisis-le pour quitter la leçon.</translation>
    </message>
    <message>
        <source>Left the lesson ‘{title}’: every control is yours, the data and the network stay. File › Save keeps them as your own project.</source>
        <translation>Leçon « {title} » quittée : toutes les commandes sont à toi, les données et le réseau restent. Fichier › Enregistrer les garde comme ton propre projet.</translation>
    </message>
</context>
<context>
    <name>lesson_preview</name>
    <message>
        <source>&amp;Back to editing the lesson</source>
        <translation>&amp;Retour à l'édition de la leçon</translation>
    </message>
    <message>
        <source>End the preview: your work and the teacher dialog come back as they were</source>
        <translation>Terminer l'aperçu : ton travail et la fenêtre enseignant reviennent tels qu'ils étaient</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview: the lesson as students get it.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aperçu : la leçon telle que les élèves la reçoivent.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Back to editing</source>
        <translation>Retour à l'édition</translation>
    </message>
    <message>
        <source>A preview is already showing.</source>
        <translation>Un aperçu est déjà affiché.</translation>
    </message>
    <message>
        <source>Cannot preview: {error}</source>
        <translation>Aperçu impossible : {error}</translation>
    </message>
    <message>
        <source>Cannot preview: the lesson did not open.</source>
        <translation>Aperçu impossible : la leçon ne s'est pas ouverte.</translation>
    </message>
    <message>
        <source>Preview: the lesson as students get it. Lessons › Back to editing the lesson ends it.</source>
        <translation>Aperçu : la leçon telle que les élèves la reçoivent. Leçons › Retour à l'édition de la leçon le termine.</translation>
    </message>
    <message>
        <source>Back to editing the lesson: your work is as it was.</source>
        <translation>Retour à l'édition de la leçon : ton travail est tel qu'il était.</translation>
    </message>
</context>
<context>
    <name>lesson_texts</name>
    <message>
        <source>must be text or texts by language code; got {value}</source>
        <translation>doit être un texte ou des textes par code de langue ; reçu {value}</translation>
    </message>
    <message>
        <source>has no text in any language</source>
        <translation>n'a de texte dans aucune langue</translation>
    </message>
    <message>
        <source>has {count} languages; at most {limit}</source>
        <translation>a {count} langues ; au plus {limit}</translation>
    </message>
    <message>
        <source>{code} is not a language code (such as en, de or pt_BR)</source>
        <translation>{code} n'est pas un code de langue (comme en, de ou pt_BR)</translation>
    </message>
</context>
<context>
    <name>lock_password</name>
    <message>
        <source>must be {count} lowercase hexadecimal digits; got {value}</source>
        <translation>doit être {count} chiffres hexadécimaux en minuscules ; reçu {value}</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>at most {limit} characters</source>
        <translation>au plus {limit} caractères</translation>
    </message>
    <message>
        <source>must be from {low} to {high}; got {value}</source>
        <translation>doit être de {low} à {high} ; reçu {value}</translation>
    </message>
</context>
<context>
    <name>lock_password_dialog</name>
    <message>
        <source>The password stops students switching the lesson's locks off in the app: Leave lesson and Teacher mode ask for it. It does not stop someone who edits the lesson file by hand: they can remove the lesson, locks and all. The file keeps only a salted hash of the password, never the password itself.</source>
        <translation>Le mot de passe empêche les élèves de désactiver les verrous de la leçon dans l'application : Quitter la leçon et le mode enseignant le demandent. Il n'arrête pas quelqu'un qui modifie le fichier de la leçon à la main : il peut supprimer la leçon, verrous compris. Le fichier ne garde qu'une empreinte salée du mot de passe, jamais le mot de passe lui-même.</translation>
    </message>
    <message>
        <source>Password on the lesson's locks</source>
        <translation>Mot de passe sur les verrous de la leçon</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Répète le mot de passe</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Répète-le</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Définir le mot de passe</translation>
    </message>
    <message>
        <source>Type a password, or Cancel to keep the lesson without one.</source>
        <translation>Saisis un mot de passe, ou Annuler pour garder la leçon sans mot de passe.</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same one twice.</source>
        <translation>Les deux mots de passe diffèrent : saisis deux fois le même.</translation>
    </message>
    <message>
        <source>This lesson's locks have a password</source>
        <translation>Les verrous de cette leçon ont un mot de passe</translation>
    </message>
    <message>
        <source>The teacher put a password on the locks of ‘{title}’. {ask}</source>
        <translation>L'enseignant a mis un mot de passe sur les verrous de « {title} ». {ask}</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Wrong password: nothing changed. The locks stay on.</source>
        <translation>Mauvais mot de passe : rien n'a changé. Les verrous restent.</translation>
    </message>
</context>
<context>
    <name>loss_chart</name>
    <message>
        <source>About: measured on {sampled} of the {total} points while the exact figures are computed (a moment on this much data).</source>
        <translation>Environ : mesuré sur {sampled} des {total} points pendant le calcul des chiffres exacts (un instant avec autant de données).</translation>
    </message>
    <message>
        <source>Test loss</source>
        <translation>Perte de test</translation>
    </message>
    <message>
        <source>{whose}: test loss</source>
        <translation>{whose} : perte de test</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>Perte d'entraînement</translation>
    </message>
    <message>
        <source>{whose}: training loss</source>
        <translation>{whose} : perte d'entraînement</translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>Exactitude de test</translation>
    </message>
    <message>
        <source>{whose}: test accuracy</source>
        <translation>{whose} : exactitude de test</translation>
    </message>
    <message>
        <source>Training accuracy</source>
        <translation>Exactitude d'entraînement</translation>
    </message>
    <message>
        <source>{whose}: training accuracy</source>
        <translation>{whose} : exactitude d'entraînement</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>Échelle log</translation>
    </message>
    <message>
        <source>Show the loss on a logarithmic scale, where small losses and their changes stay visible.</source>
        <translation>Afficher la perte sur une échelle logarithmique, où les petites pertes et leurs variations restent visibles.</translation>
    </message>
    <message>
        <source>epoch {epoch} · train {train} · test {test}</source>
        <translation>époque {epoch} · entraînement {train} · test {test}</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Époque</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
</context>
<context>
    <name>loss_choice</name>
    <message>
        <source>choose the {loss} loss</source>
        <translation>choisis la perte {loss}</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>An empty canvas: click or drag on the output to paint points (keys 1-8 pick the class). Then Training › Backprop, step by step (W) walks one point through.</source>
        <translation>Une toile vide : clique ou fais glisser sur la sortie pour peindre des points (les touches 1-8 choisissent la classe). Ensuite, Entraînement › Rétropropagation pas à pas (W) fait passer un point.</translation>
    </message>
    <message>
        <source>NN Playground</source>
        <translation>NN Playground</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>Step by
step</source>
        <translation>Pas à
pas</translation>
    </message>
    <message>
        <source>Step by step</source>
        <translation>Pas à pas</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Play / Pause</source>
        <translation>&amp;Lecture / Pause</translation>
    </message>
    <message>
        <source>&amp;Step one epoch</source>
        <translation>Avancer d'une é&amp;poque</translation>
    </message>
    <message>
        <source>&amp;Reset network</source>
        <translation>&amp;Réinitialiser le réseau</translation>
    </message>
    <message>
        <source>Re&amp;generate data</source>
        <translation>Ré&amp;générer les données</translation>
    </message>
    <message>
        <source>Show &amp;test data</source>
        <translation>Afficher les données de &amp;test</translation>
    </message>
    <message>
        <source>&amp;Discretize output</source>
        <translation>&amp;Discrétiser la sortie</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Ouvrir le dossier des &amp;journaux</translation>
    </message>
    <message>
        <source>Network diagram</source>
        <translation>Schéma du réseau</translation>
    </message>
    <message>
        <source>Output: the prediction over the plane</source>
        <translation>Sortie : la prédiction sur le plan</translation>
    </message>
    <message>
        <source>Loss chart</source>
        <translation>Courbe de perte</translation>
    </message>
    <message>
        <source>{rate} steps/s</source>
        <translation>{rate} pas/s</translation>
    </message>
</context>
<context>
    <name>markup</name>
    <message>
        <source>the instructions hold more than {limit} tags and comments; split them into fewer paragraphs</source>
        <translation>les consignes contiennent plus de {limit} balises et commentaires ; découpe-les en moins de paragraphes</translation>
    </message>
    <message>
        <source>the instructions hold more than {limit} elements (tags); split them into fewer paragraphs</source>
        <translation>les consignes contiennent plus de {limit} éléments (balises) ; découpe-les en moins de paragraphes</translation>
    </message>
    <message>
        <source>the instructions nest elements more than {limit} deep (&lt;{tag}&gt; inside {count} others)</source>
        <translation>les consignes imbriquent des éléments sur plus de {limit} niveaux (&lt;{tag}&gt; dans {count} autres)</translation>
    </message>
    <message>
        <source>the instructions hold more than {limit} characters of text; shorten them</source>
        <translation>les consignes contiennent plus de {limit} caractères de texte ; raccourcis-les</translation>
    </message>
    <message>
        <source>the instructions hold more than {limit} images</source>
        <translation>les consignes contiennent plus de {limit} images</translation>
    </message>
    <message>
        <source>image {number} is not valid base64 data</source>
        <translation>l'image {number} n'est pas une donnée base64 valide</translation>
    </message>
    <message>
        <source>the images hold more than {limit} pixels in all; use fewer or smaller pictures</source>
        <translation>les images contiennent plus de {limit} pixels en tout ; utilise des images moins nombreuses ou plus petites</translation>
    </message>
    <message>
        <source>image {number} is larger than {limit} kB; use a smaller picture</source>
        <translation>l'image {number} dépasse {limit} Ko ; utilise une image plus petite</translation>
    </message>
    <message>
        <source>image {number} is not a PNG or JPEG picture</source>
        <translation>l'image {number} n'est pas une image PNG ou JPEG</translation>
    </message>
    <message>
        <source>image {number} is a {kind} picture; only PNG and JPEG are shown</source>
        <translation>l'image {number} est une image {kind} ; seules les images PNG et JPEG sont affichées</translation>
    </message>
    <message>
        <source>image {number} is {width} × {height} pixels; at most {limit} on a side</source>
        <translation>l'image {number} fait {width} × {height} pixels ; au plus {limit} de côté</translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Entraînement</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Leçons</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
</context>
<context>
    <name>network</name>
    <message>
        <source>params must have {count} layers for this spec; got {value}</source>
        <translation>params doit avoir {count} couches pour cette spécification ; reçu {value}</translation>
    </message>
    <message>
        <source>masks must have {count} layers; got {value}</source>
        <translation>masks doit avoir {count} couches ; reçu {value}</translation>
    </message>
    <message>
        <source>masks[{layer}] must have shape {shape}; got {value}</source>
        <translation>masks[{layer}] doit avoir la forme {shape} ; reçu {value}</translation>
    </message>
    <message>
        <source>init must be one of {choices}; got {value}</source>
        <translation>init doit être l'un de {choices} ; reçu {value}</translation>
    </message>
    <message>
        <source>network data must be a dict with spec and params</source>
        <translation>les données du réseau doivent être un dictionnaire avec spec et params</translation>
    </message>
    <message>
        <source>network params must be a list of {W, b} per layer</source>
        <translation>les params du réseau doivent être une liste de {W, b} par couche</translation>
    </message>
    <message>
        <source>network params[{layer}] must have W and b</source>
        <translation>params[{layer}] du réseau doit avoir W et b</translation>
    </message>
    <message>
        <source>network masks must be a list of 0/1 arrays per layer</source>
        <translation>les masks du réseau doivent être une liste de tableaux de 0/1 par couche</translation>
    </message>
</context>
<context>
    <name>opening</name>
    <message>
        <source>the file could not be read: {error}</source>
        <translation>le fichier n'a pas pu être lu : {error}</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>Ouverture de {name}…</translation>
    </message>
    <message>
        <source>opening was interrupted</source>
        <translation>l'ouverture a été interrompue</translation>
    </message>
</context>
<context>
    <name>optimizers</name>
    <message>
        <source>optimizer must be one of {choices}; got {value}</source>
        <translation>l'optimiseur doit être l'un de {choices} ; reçu {value}</translation>
    </message>
    <message>
        <source>optimizer {name}: bad options {options} ({error})</source>
        <translation>optimiseur {name} : options incorrectes {options} ({error})</translation>
    </message>
</context>
<context>
    <name>output_view</name>
    <message>
        <source>Show test data</source>
        <translation>Afficher les données de test</translation>
    </message>
    <message>
        <source>Also draw the test points (hollow shapes), which the network never trains on.</source>
        <translation>Dessiner aussi les points de test (formes creuses), sur lesquels le réseau ne s'entraîne jamais.</translation>
    </message>
    <message>
        <source>Discretize output</source>
        <translation>Discrétiser la sortie</translation>
    </message>
    <message>
        <source>Colour each place by the class the network picks, instead of shading by how sure it is.</source>
        <translation>Colorier chaque endroit selon la classe choisie par le réseau, au lieu de nuancer selon sa certitude.</translation>
    </message>
    <message>
        <source>&lt;span style='color:{orange}'&gt;■&lt;/span&gt; −1 &amp;nbsp;&lt;span style='color:#999'&gt;□&lt;/span&gt; 0 &amp;nbsp;&lt;span style='color:{blue}'&gt;■&lt;/span&gt; +1 &amp;nbsp; predicted value</source>
        <translation>&lt;span style='color:{orange}'&gt;■&lt;/span&gt; −1 &amp;nbsp;&lt;span style='color:#999'&gt;□&lt;/span&gt; 0 &amp;nbsp;&lt;span style='color:{blue}'&gt;■&lt;/span&gt; +1 &amp;nbsp; valeur prédite</translation>
    </message>
</context>
<context>
    <name>points</name>
    <message>
        <source>a data set holds at most {limit} points; this would make {count}</source>
        <translation>un jeu de données contient au plus {limit} points ; cela en ferait {count}</translation>
    </message>
    <message>
        <source>these points are already in the data</source>
        <translation>ces points sont déjà dans les données</translation>
    </message>
</context>
<context>
    <name>project_apply</name>
    <message>
        <source>the project could not be opened: {error}</source>
        <translation>le projet n'a pas pu être ouvert : {error}</translation>
    </message>
</context>
<context>
    <name>project_checks</name>
    <message>
        <source>has unknown fields {names}</source>
        <translation>a des champs inconnus {names}</translation>
    </message>
    <message>
        <source>is too large or too deeply nested to be a setting</source>
        <translation>est trop volumineux ou trop imbriqué pour être un réglage</translation>
    </message>
    <message>
        <source>must be a name of at most {limit} characters; got {value}</source>
        <translation>doit être un nom d'au plus {limit} caractères ; reçu {value}</translation>
    </message>
    <message>
        <source>must be a whole number of at most 19 digits; got {value}</source>
        <translation>doit être un nombre entier d'au plus 19 chiffres ; reçu {value}</translation>
    </message>
    <message>
        <source>has an unknown field {name}</source>
        <translation>a un champ inconnu {name}</translation>
    </message>
    <message>
        <source>must be a whole number from {low} to {high}; got {value}</source>
        <translation>doit être un nombre entier de {low} à {high} ; reçu {value}</translation>
    </message>
    <message>
        <source>must be text; got {value}</source>
        <translation>doit être du texte ; reçu {value}</translation>
    </message>
    <message>
        <source>is {length} characters long; at most {limit}</source>
        <translation>fait {length} caractères ; au plus {limit}</translation>
    </message>
    <message>
        <source>must be a JSON object; got {value}</source>
        <translation>doit être un objet JSON ; reçu {value}</translation>
    </message>
    <message>
        <source>is missing {fields}</source>
        <translation>il manque {fields}</translation>
    </message>
    <message>
        <source>must be a list; got {value}</source>
        <translation>doit être une liste ; reçu {value}</translation>
    </message>
    <message>
        <source>must have {rows} rows for this network; got {count}</source>
        <translation>doit avoir {rows} lignes pour ce réseau ; reçu {count}</translation>
    </message>
    <message>
        <source>must be a list of {count} numbers; got {value}</source>
        <translation>doit être une liste de {count} nombres ; reçu {value}</translation>
    </message>
    <message>
        <source>must hold only numbers; got {value}</source>
        <translation>ne doit contenir que des nombres ; reçu {value}</translation>
    </message>
    <message>
        <source>must hold {n} numbers; got {count}</source>
        <translation>doit contenir {n} nombres ; reçu {count}</translation>
    </message>
    <message>
        <source>must be a number; got {value}</source>
        <translation>doit être un nombre ; reçu {value}</translation>
    </message>
    <message>
        <source>holds a number too large to use</source>
        <translation>contient un nombre trop grand pour être utilisé</translation>
    </message>
    <message>
        <source>holds a number that is not finite</source>
        <translation>contient un nombre qui n'est pas fini</translation>
    </message>
    <message>
        <source>holds a value beyond ±{bound}</source>
        <translation>contient une valeur au-delà de ±{bound}</translation>
    </message>
</context>
<context>
    <name>project_parts</name>
    <message>
        <source>must be a list of numbers; got {value}</source>
        <translation>doit être une liste de nombres ; reçu {value}</translation>
    </message>
    <message>
        <source>must be a list of whole numbers; got {value}</source>
        <translation>doit être une liste de nombres entiers ; reçu {value}</translation>
    </message>
    <message>
        <source>must be a list of names; got {value}</source>
        <translation>doit être une liste de noms ; reçu {value}</translation>
    </message>
    <message>
        <source>must be true or false; got {value}</source>
        <translation>doit être true ou false ; reçu {value}</translation>
    </message>
    <message>
        <source>must be an object with a kind; got {value}</source>
        <translation>doit être un objet avec un kind ; reçu {value}</translation>
    </message>
    <message>
        <source>must be a number; got {value}</source>
        <translation>doit être un nombre ; reçu {value}</translation>
    </message>
    <message>
        <source>must be a whole number; got {value}</source>
        <translation>doit être un nombre entier ; reçu {value}</translation>
    </message>
    <message>
        <source>must be text; got {value}</source>
        <translation>doit être du texte ; reçu {value}</translation>
    </message>
    <message>
        <source>the {dataset} dataset is for {task}, not {problem}</source>
        <translation>le jeu de données {dataset} est pour {task}, pas pour {problem}</translation>
    </message>
    <message>
        <source>generated data keeps no {fields}</source>
        <translation>les données générées ne gardent pas de {fields}</translation>
    </message>
    <message>
        <source>is "generated" but settings.data_source is "painted"</source>
        <translation>vaut "generated" mais settings.data_source vaut "painted"</translation>
    </message>
    <message>
        <source>must be "generated" or "points"; got {value}</source>
        <translation>doit être "generated" ou "points" ; reçu {value}</translation>
    </message>
    <message>
        <source>points data needs {fields}</source>
        <translation>des données de points ont besoin de {fields}</translation>
    </message>
    <message>
        <source>must be "classification" or "regression"; got {value}</source>
        <translation>doit être "classification" ou "regression" ; reçu {value}</translation>
    </message>
    <message>
        <source>the points are for {task} but settings.problem is {problem}</source>
        <translation>les points sont pour {task} mais settings.problem vaut {problem}</translation>
    </message>
    <message>
        <source>must hold at least one point</source>
        <translation>doit contenir au moins un point</translation>
    </message>
    <message>
        <source>must be [offset x1, offset x2, factor]; got {value}</source>
        <translation>doit être [décalage x1, décalage x2, facteur] ; reçu {value}</translation>
    </message>
    <message>
        <source>the factor must be above 0; got {value}</source>
        <translation>le facteur doit être supérieur à 0 ; reçu {value}</translation>
    </message>
    <message>
        <source>belongs to points data</source>
        <translation>appartient aux données de points</translation>
    </message>
    <message>
        <source>repeats the points on show; keep them in X_train and X_test</source>
        <translation>répète les points affichés ; garde-les dans X_train et X_test</translation>
    </message>
    <message>
        <source>must hold {n} true/false values, one per point</source>
        <translation>doit contenir {n} valeurs true/false, une par point</translation>
    </message>
    <message>
        <source>must hold {n} values, one per point; got {count}</source>
        <translation>doit contenir {n} valeurs, une par point ; reçu {count}</translation>
    </message>
    <message>
        <source>must be a class label from 0 to {high}; got {value}</source>
        <translation>doit être une étiquette de classe de 0 à {high} ; reçu {value}</translation>
    </message>
    <message>
        <source>the network ({network}) does not match the settings ({settings})</source>
        <translation>le réseau ({network}) ne correspond pas aux réglages ({settings})</translation>
    </message>
    <message>
        <source>must be a list of {count} layers of {{W, b}}; got {value}</source>
        <translation>doit être une liste de {count} couches de {{W, b}} ; reçu {value}</translation>
    </message>
    <message>
        <source>must be a list of {count} layers of 0/1 arrays</source>
        <translation>doit être une liste de {count} couches de tableaux de 0/1</translation>
    </message>
    <message>
        <source>must hold only 0 (link off) and 1 (link on)</source>
        <translation>ne doit contenir que 0 (lien coupé) et 1 (lien actif)</translation>
    </message>
    <message>
        <source>must be a list of rows; got {value}</source>
        <translation>doit être une liste de lignes ; reçu {value}</translation>
    </message>
    <message>
        <source>holds {count} rows, more than its limit of {limit}</source>
        <translation>contient {count} lignes, plus que sa limite de {limit}</translation>
    </message>
    <message>
        <source>must be a list of {count} values ({fields})</source>
        <translation>doit être une liste de {count} valeurs ({fields})</translation>
    </message>
    <message>
        <source>must be a finite number or null; got {value}</source>
        <translation>doit être un nombre fini ou null ; reçu {value}</translation>
    </message>
    <message>
        <source>must be a finite number; got {value}</source>
        <translation>doit être un nombre fini ; reçu {value}</translation>
    </message>
    <message>
        <source>the epoch must be a whole number from 0 to {high}; got {value}</source>
        <translation>l'époque doit être un nombre entier de 0 à {high} ; reçu {value}</translation>
    </message>
    <message>
        <source>must list {low} to {high} lanes; got {value}</source>
        <translation>doit lister de {low} à {high} pistes ; reçu {value}</translation>
    </message>
    <message>
        <source>{count} points; at most {limit} are allowed</source>
        <translation>{count} points ; au plus {limit} sont permis</translation>
    </message>
</context>
<context>
    <name>project_schema</name>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>the project is too large: at most {limit} MB</source>
        <translation>le projet est trop volumineux : au plus {limit} Mo</translation>
    </message>
    <message>
        <source>a project comes from a path or text, not {type}</source>
        <translation>un projet vient d'un chemin ou d'un texte, pas de {type}</translation>
    </message>
    <message>
        <source>the project is too large ({length} characters; at most {limit})</source>
        <translation>le projet est trop volumineux ({length} caractères ; au plus {limit})</translation>
    </message>
    <message>
        <source>the file is not a project: its data is nested too deeply</source>
        <translation>le fichier n'est pas un projet : ses données sont trop imbriquées</translation>
    </message>
    <message>
        <source>the project is damaged: {error}</source>
        <translation>le projet est abîmé : {error}</translation>
    </message>
    <message>
        <source>this is not an NN Playground project: it holds a JSON {type}, not an object</source>
        <translation>ce n'est pas un projet NN Playground : il contient un {type} JSON, pas un objet</translation>
    </message>
    <message>
        <source>this is not an NN Playground project: it has no "format": "{format}"</source>
        <translation>ce n'est pas un projet NN Playground : il n'a pas de "format": "{format}"</translation>
    </message>
    <message>
        <source>this is not an NN Playground project (its format is {format})</source>
        <translation>ce n'est pas un projet NN Playground (son format est {format})</translation>
    </message>
    <message>
        <source>must be a whole number of at least 1; got {value}</source>
        <translation>doit être un nombre entier d'au moins 1 ; reçu {value}</translation>
    </message>
    <message>
        <source>This file was made by a newer NN Playground (format {format}); this version reads format {version}.</source>
        <translation>Ce fichier a été créé par une version plus récente de NN Playground (format {format}) ; cette version lit le format {version}.</translation>
    </message>
    <message>
        <source>the project has unknown parts {names}; allowed: {allowed}</source>
        <translation>le projet a des parties inconnues {names} ; permises : {allowed}</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (byte {byte})</source>
        <translation>le fichier n'est pas du texte UTF-8 (octet {byte})</translation>
    </message>
    <message>
        <source>{name} is {size} MB; a project is at most {limit} MB</source>
        <translation>{name} fait {size} Mo ; un projet fait au plus {limit} Mo</translation>
    </message>
    <message>
        <source>{path} is a folder, not a project file</source>
        <translation>{path} est un dossier, pas un fichier de projet</translation>
    </message>
    <message>
        <source>{name} is too large: a project is at most {limit} MB</source>
        <translation>{name} est trop volumineux : un projet fait au plus {limit} Mo</translation>
    </message>
    <message>
        <source>cannot read {path}: {error}</source>
        <translation>impossible de lire {path} : {error}</translation>
    </message>
</context>
<context>
    <name>project_view</name>
    <message>
        <source>has {count} entries; at most {limit}</source>
        <translation>a {count} entrées ; au plus {limit}</translation>
    </message>
    <message>
        <source>has a bad option name {name}</source>
        <translation>a un nom d'option incorrect {name}</translation>
    </message>
    <message>
        <source>must be true/false, a number or a short text; got {value}</source>
        <translation>doit être true/false, un nombre ou un texte court ; reçu {value}</translation>
    </message>
    <message>
        <source>must be a list of control names; got {value}</source>
        <translation>doit être une liste de noms de commandes ; reçu {value}</translation>
    </message>
    <message>
        <source>unknown control {name}; choose from {choices}</source>
        <translation>commande inconnue {name} ; choisis parmi {choices}</translation>
    </message>
</context>
<context>
    <name>projector</name>
    <message>
        <source>&amp;Projector mode</source>
        <translation>Mode &amp;projecteur</translation>
    </message>
    <message>
        <source>Larger type, thicker lines, bigger points and stronger contrast, for a projector in a lit room ({shortcut})</source>
        <translation>Texte plus grand, traits plus épais, points plus gros et contraste plus fort, pour un projecteur dans une salle éclairée ({shortcut})</translation>
    </message>
</context>
<context>
    <name>qt_check</name>
    <message>
        <source>NN Playground cannot open a window: Qt's X11 support needs system libraries that are not installed.
Install them with:

    sudo apt-get install {packages}

(or run without a screen: QT_QPA_PLATFORM=offscreen)</source>
        <translation>NN Playground ne peut pas ouvrir de fenêtre : la prise en charge X11 de Qt a besoin de bibliothèques système qui ne sont pas installées.
Installe-les avec :

    sudo apt-get install {packages}

(ou lance sans écran : QT_QPA_PLATFORM=offscreen)</translation>
    </message>
</context>
<context>
    <name>recent_files</name>
    <message>
        <source>Clear list</source>
        <translation>Vider la liste</translation>
    </message>
    <message>
        <source>(no recent files)</source>
        <translation>(aucun fichier récent)</translation>
    </message>
</context>
<context>
    <name>saving</name>
    <message>
        <source>Could not save: the project holds a value JSON cannot store ({error})</source>
        <translation>Enregistrement impossible : le projet contient une valeur que JSON ne peut pas stocker ({error})</translation>
    </message>
    <message>
        <source>Could not save {file}: the folder {folder} does not exist</source>
        <translation>Impossible d'enregistrer {file} : le dossier {folder} n'existe pas</translation>
    </message>
    <message>
        <source>Could not save {file}: {reason}</source>
        <translation>Impossible d'enregistrer {file} : {reason}</translation>
    </message>
    <message>
        <source>the file could not be written completely (is the disk full?)</source>
        <translation>le fichier n'a pas pu être écrit entièrement (le disque est-il plein ?)</translation>
    </message>
</context>
<context>
    <name>schedule_editor</name>
    <message>
        <source>Constant</source>
        <translation>Constant</translation>
    </message>
    <message>
        <source>Step decay</source>
        <translation>Par paliers</translation>
    </message>
    <message>
        <source>Exponential</source>
        <translation>Exponentiel</translation>
    </message>
    <message>
        <source>Cosine</source>
        <translation>Cosinus</translation>
    </message>
    <message>
        <source>Every (epochs)</source>
        <translation>Tous les (époques)</translation>
    </message>
    <message>
        <source>Step decay: the rate is multiplied by the factor this often.</source>
        <translation>Par paliers : le taux est multiplié par le facteur à cette fréquence.</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Facteur</translation>
    </message>
    <message>
        <source>Step decay: what each decay multiplies the rate by (0 to 1).</source>
        <translation>Par paliers : ce par quoi chaque palier multiplie le taux (0 à 1).</translation>
    </message>
    <message>
        <source>Factor per epoch</source>
        <translation>Facteur par époque</translation>
    </message>
    <message>
        <source>Exponential: the rate is multiplied by this every epoch.</source>
        <translation>Exponentiel : le taux est multiplié par ce nombre à chaque époque.</translation>
    </message>
    <message>
        <source>Over (epochs)</source>
        <translation>Sur (époques)</translation>
    </message>
    <message>
        <source>Cosine: the epochs it takes from the full rate to the minimum.</source>
        <translation>Cosinus : le nombre d'époques pour passer du taux plein au minimum.</translation>
    </message>
    <message>
        <source>Minimum rate</source>
        <translation>Taux minimum</translation>
    </message>
    <message>
        <source>Cosine: the rate it ends at (never above the learning rate).</source>
        <translation>Cosinus : le taux final (jamais au-dessus du taux d'apprentissage).</translation>
    </message>
    <message>
        <source>Warm-up (epochs)</source>
        <translation>Échauffement (époques)</translation>
    </message>
    <message>
        <source>Epochs before the schedule starts in which the rate rises in a straight line to the full learning rate (0: none).</source>
        <translation>Époques avant le début de la planification, pendant lesquelles le taux monte en ligne droite jusqu'au taux d'apprentissage plein (0 : aucune).</translation>
    </message>
    <message>
        <source>Schedule kind</source>
        <translation>Type de planification</translation>
    </message>
    <message>
        <source>How the learning rate changes from epoch to epoch</source>
        <translation>Comment le taux d'apprentissage change d'une époque à l'autre</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planification</translation>
    </message>
    <message>
        <source>{kind} schedule</source>
        <translation>Planification {kind}</translation>
    </message>
    <message>
        <source>{kind} schedule; the current rate is {rate}</source>
        <translation>Planification {kind} ; le taux actuel est {rate}</translation>
    </message>
</context>
<context>
    <name>schedules</name>
    <message>
        <source>{field} must be an integer from {low} to {high}; got {value}</source>
        <translation>{field} doit être un entier de {low} à {high} ; reçu {value}</translation>
    </message>
    <message>
        <source>schedule.kind must be one of {choices}; got {value}</source>
        <translation>schedule.kind doit être l'un de {choices} ; reçu {value}</translation>
    </message>
    <message>
        <source>{field} must be a number above {low} to {high}; got {value}</source>
        <translation>{field} doit être un nombre supérieur à {low} et jusqu'à {high} ; reçu {value}</translation>
    </message>
    <message>
        <source>{field} must be a number from {low} to {high}; got {value}</source>
        <translation>{field} doit être un nombre de {low} à {high} ; reçu {value}</translation>
    </message>
    <message>
        <source>schedule must be an object with a kind; got {value}</source>
        <translation>schedule doit être un objet avec un kind ; reçu {value}</translation>
    </message>
    <message>
        <source>schedule.{name} is not a parameter of the {kind} schedule (it takes {allowed})</source>
        <translation>schedule.{name} n'est pas un paramètre de la planification {kind} (elle accepte {allowed})</translation>
    </message>
</context>
<context>
    <name>script_export</name>
    <message>
        <source>kind must be one of {choices}; got {value}</source>
        <translation>kind doit être l'un de {choices} ; reçu {value}</translation>
    </message>
    <message>
        <source>cannot write {path}: the folder {folder} does not exist</source>
        <translation>impossible d'écrire {path} : le dossier {folder} n'existe pas</translation>
    </message>
    <message>
        <source>cannot write {path}: {error}</source>
        <translation>impossible d'écrire {path} : {error}</translation>
    </message>
</context>
<context>
    <name>script_exports</name>
    <message>
        <source>P&amp;yTorch script…</source>
        <translation>Script P&amp;yTorch…</translation>
    </message>
    <message>
        <source>Save the network, its weights and its data as a PyTorch script (an nn.Module) that prints the figures and can train further</source>
        <translation>Enregistrer le réseau, ses poids et ses données en script PyTorch (un nn.Module) qui affiche les chiffres et peut continuer l'entraînement</translation>
    </message>
    <message>
        <source>N&amp;umPy script…</source>
        <translation>Script N&amp;umPy…</translation>
    </message>
    <message>
        <source>Save the network, its weights and its data as a Python script that needs only NumPy</source>
        <translation>Enregistrer le réseau, ses poids et ses données en script Python qui n'a besoin que de NumPy</translation>
    </message>
    <message>
        <source>Cannot export {name}</source>
        <translation>Impossible d'exporter {name}</translation>
    </message>
    <message>
        <source>Exported {path}</source>
        <translation>{path} exporté</translation>
    </message>
    <message>
        <source>Export a PyTorch script</source>
        <translation>Exporter un script PyTorch</translation>
    </message>
    <message>
        <source>Export a NumPy script</source>
        <translation>Exporter un script NumPy</translation>
    </message>
    <message>
        <source>Python script (*.py)</source>
        <translation>Script Python (*.py)</translation>
    </message>
</context>
<context>
    <name>script_model</name>
    <message>
        <source>hidden layer {layer} uses {what}, which the script export does not know yet</source>
        <translation>la couche cachée {layer} utilise {what}, que l'export en script ne connaît pas encore</translation>
    </message>
    <message>
        <source>the output uses {what}, which the script export does not know yet</source>
        <translation>la sortie utilise {what}, que l'export en script ne connaît pas encore</translation>
    </message>
    <message>
        <source>the script export does not know the loss {name}</source>
        <translation>l'export en script ne connaît pas la perte {name}</translation>
    </message>
    <message>
        <source>the script export does not know the feature {name}</source>
        <translation>l'export en script ne connaît pas la caractéristique {name}</translation>
    </message>
    <message>
        <source>the script export does not know the optimizer {name}</source>
        <translation>l'export en script ne connaît pas l'optimiseur {name}</translation>
    </message>
    <message>
        <source>the script export does not know the learning-rate schedule {name}</source>
        <translation>l'export en script ne connaît pas la planification du taux d'apprentissage {name}</translation>
    </message>
    <message>
        <source>the project's data holds no training point (only test points, or none): add training points in the window first</source>
        <translation>les données du projet ne contiennent aucun point d'entraînement (seulement des points de test, ou aucun) : ajoute d'abord des points d'entraînement dans la fenêtre</translation>
    </message>
</context>
<context>
    <name>script_text</name>
    <message>
        <source>cannot write {value} as a number in a script</source>
        <translation>impossible d'écrire {value} comme un nombre dans un script</translation>
    </message>
</context>
<context>
    <name>selftest</name>
    <message>
        <source>{text} is not a whole number</source>
        <translation>{text} n'est pas un nombre entier</translation>
    </message>
    <message>
        <source>{text} is not a number</source>
        <translation>{text} n'est pas un nombre</translation>
    </message>
    <message>
        <source>must be above 0; got {text}</source>
        <translation>doit être supérieur à 0 ; reçu {text}</translation>
    </message>
    <message>
        <source>the bundled lesson to train (its file name or the start of it; default {lesson})</source>
        <translation>la leçon fournie à entraîner (son nom de fichier ou son début ; par défaut {lesson})</translation>
    </message>
    <message>
        <source>how many training steps (batches) to train (default {steps})</source>
        <translation>nombre de pas d'entraînement (lots) (par défaut {steps})</translation>
    </message>
    <message>
        <source>keep the exported pictures in this folder (default: a temporary one, removed)</source>
        <translation>garder les images exportées dans ce dossier (par défaut : un dossier temporaire, supprimé)</translation>
    </message>
    <message>
        <source>give up on a step that takes longer than this (default {seconds})</source>
        <translation>abandonner une étape qui dure plus longtemps que cela (par défaut {seconds})</translation>
    </message>
</context>
<context>
    <name>session_data</name>
    <message>
        <source>painted points must lie inside the view</source>
        <translation>les points peints doivent se trouver dans la vue</translation>
    </message>
    <message>
        <source>a class is from 1 to {high}</source>
        <translation>une classe va de 1 à {high}</translation>
    </message>
    <message>
        <source>a painted value must be a number</source>
        <translation>une valeur peinte doit être un nombre</translation>
    </message>
</context>
<context>
    <name>setting_undo</name>
    <message>
        <source>change the learning-rate schedule</source>
        <translation>modifier la planification du taux d'apprentissage</translation>
    </message>
</context>
<context>
    <name>spec</name>
    <message>
        <source>{field} has unknown keys {keys}; allowed: {allowed}</source>
        <translation>{field} a des clés inconnues {keys} ; permises : {allowed}</translation>
    </message>
    <message>
        <source>spec must be a dict with features, hidden and output; got {type}</source>
        <translation>spec doit être un dictionnaire avec features, hidden et output ; reçu {type}</translation>
    </message>
    <message>
        <source>spec has unknown fields {fields}; allowed: features, hidden, output</source>
        <translation>spec a des champs inconnus {fields} ; permis : features, hidden, output</translation>
    </message>
    <message>
        <source>spec.features must be a non-empty list of {choices}</source>
        <translation>spec.features doit être une liste non vide parmi {choices}</translation>
    </message>
    <message>
        <source>spec.features: unknown feature {name}; choose from {choices}</source>
        <translation>spec.features : caractéristique inconnue {name} ; choisis parmi {choices}</translation>
    </message>
    <message>
        <source>spec.features lists a feature twice: {features}</source>
        <translation>spec.features liste une caractéristique deux fois : {features}</translation>
    </message>
    <message>
        <source>spec.hidden must be a list of {'units': n, 'activation': name}</source>
        <translation>spec.hidden doit être une liste de {'units': n, 'activation': name}</translation>
    </message>
    <message>
        <source>spec.hidden: at most {limit} hidden layers; got {count}</source>
        <translation>spec.hidden : au plus {limit} couches cachées ; reçu {count}</translation>
    </message>
    <message>
        <source>{field} must be a dict with units and activation</source>
        <translation>{field} doit être un dictionnaire avec units et activation</translation>
    </message>
    <message>
        <source>{field}.units must be an integer from 1 to {high}; got {value}</source>
        <translation>{field}.units doit être un entier de 1 à {high} ; reçu {value}</translation>
    </message>
    <message>
        <source>{field}.activation must be one of {choices}; got {value}</source>
        <translation>{field}.activation doit être l'une de {choices} ; reçu {value}</translation>
    </message>
    <message>
        <source>{field}.dropout must be a number from 0 to {high}; got {value}</source>
        <translation>{field}.dropout doit être un nombre de 0 à {high} ; reçu {value}</translation>
    </message>
    <message>
        <source>spec.output.kind must be one of {choices}; got {value}</source>
        <translation>spec.output.kind doit être l'un de {choices} ; reçu {value}</translation>
    </message>
    <message>
        <source>spec.output.classes must be an integer from {low} to {high} for multiclass; got {value}</source>
        <translation>spec.output.classes doit être un entier de {low} à {high} pour multiclass ; reçu {value}</translation>
    </message>
    <message>
        <source>spec.output.classes applies only to multiclass, not {kind}</source>
        <translation>spec.output.classes ne s'applique qu'à multiclass, pas à {kind}</translation>
    </message>
    <message>
        <source>spec.output.loss must be one of {choices}; got {value}</source>
        <translation>spec.output.loss doit être l'une de {choices} ; reçu {value}</translation>
    </message>
    <message>
        <source>spec.output.loss 'tfp' (TensorFlow Playground's tanh output and squared error) is for binary output only, not {kind}</source>
        <translation>spec.output.loss 'tfp' (sortie tanh et erreur quadratique de TensorFlow Playground) est réservé à une sortie binaire, pas à {kind}</translation>
    </message>
</context>
<context>
    <name>teacher_dialog</name>
    <message>
        <source>&lt;p&gt;What this lesson is about, in one or two sentences.&lt;/p&gt;&lt;h4&gt;Try&lt;/h4&gt;&lt;ol&gt;&lt;li&gt;Press &lt;b&gt;Play&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Change one thing and play again.&lt;/li&gt;&lt;/ol&gt;&lt;h4&gt;Notice&lt;/h4&gt;&lt;p&gt;What should the students see?&lt;/p&gt;&lt;h4&gt;Question&lt;/h4&gt;&lt;p&gt;A question to answer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;De quoi parle cette leçon, en une ou deux phrases.&lt;/p&gt;&lt;h4&gt;Essaie&lt;/h4&gt;&lt;ol&gt;&lt;li&gt;Appuie sur &lt;b&gt;Lecture&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Change une chose et relance.&lt;/li&gt;&lt;/ol&gt;&lt;h4&gt;Observe&lt;/h4&gt;&lt;p&gt;Que doivent voir les élèves ?&lt;/p&gt;&lt;h4&gt;Question&lt;/h4&gt;&lt;p&gt;Une question à laquelle répondre.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Teacher mode: make a lesson</source>
        <translation>Mode enseignant : créer une leçon</translation>
    </message>
    <message>
        <source>The lesson keeps the playground &lt;b&gt;as it is now&lt;/b&gt;: data, network, weights and settings. Write what students should do, choose what they may change, and save.</source>
        <translation>La leçon garde le terrain de jeu &lt;b&gt;tel qu'il est maintenant&lt;/b&gt; : données, réseau, poids et réglages. Écris ce que les élèves doivent faire, choisis ce qu'ils peuvent modifier, et enregistre.</translation>
    </message>
    <message>
        <source>Lesson title, e.g. 3. Why XOR needs a hidden layer</source>
        <translation>Titre de la leçon, ex. 3. Pourquoi XOR a besoin d'une couche cachée</translation>
    </message>
    <message>
        <source>B</source>
        <comment>the Bold button's letter</comment>
        <translation>G</translation>
    </message>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation>Gras (Ctrl+B)</translation>
    </message>
    <message>
        <source>I</source>
        <comment>the Italic button's letter</comment>
        <translation>I</translation>
    </message>
    <message>
        <source>Italic (Ctrl+I)</source>
        <translation>Italique (Ctrl+I)</translation>
    </message>
    <message>
        <source>H</source>
        <comment>the Heading button's letter</comment>
        <translation>T</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Plain paragraph</source>
        <translation>Paragraphe simple</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Liste à puces</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Liste numérotée</translation>
    </message>
    <message>
        <source>Instructions for the students</source>
        <translation>Consignes pour les élèves</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>Students do not see “{control}”</source>
        <translation>Les élèves ne voient pas « {control} »</translation>
    </message>
    <message>
        <source>Students see “{control}” but cannot change it</source>
        <translation>Les élèves voient « {control} » mais ne peuvent pas le modifier</translation>
    </message>
    <message>
        <source>The network diagram always shows; lock it instead</source>
        <translation>Le schéma du réseau est toujours affiché ; verrouille-le plutôt</translation>
    </message>
    <message>
        <source>What students may change</source>
        <translation>Ce que les élèves peuvent modifier</translation>
    </message>
    <message>
        <source>Try it here</source>
        <translation>Essayer ici</translation>
    </message>
    <message>
        <source>Show the instructions and apply the hidden and locked controls in this window</source>
        <translation>Afficher les consignes et appliquer les commandes masquées et verrouillées dans cette fenêtre</translation>
    </message>
    <message>
        <source>Preview as student</source>
        <translation>Aperçu élève</translation>
    </message>
    <message>
        <source>Open the lesson in this window exactly as students get it: its start state, its locks and its instructions. Back to editing (a button above the instructions) brings your work and this dialog back as they were; the undo history starts afresh</source>
        <translation>Ouvrir la leçon dans cette fenêtre exactement comme les élèves la reçoivent : son état de départ, ses verrous et ses consignes. Retour à l'édition (un bouton au-dessus des consignes) fait revenir ton travail et cette fenêtre tels qu'ils étaient ; l'historique d'annulation repart de zéro</translation>
    </message>
    <message>
        <source>Save lesson…</source>
        <translation>Enregistrer la leçon…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Students may leave the lesson freely again</source>
        <translation>Les élèves pourront de nouveau quitter librement la leçon</translation>
    </message>
    <message>
        <source>Remove the password</source>
        <translation>Retirer le mot de passe</translation>
    </message>
    <message>
        <source>Password on the locks: &lt;b&gt;set&lt;/b&gt;.</source>
        <translation>Mot de passe sur les verrous : &lt;b&gt;défini&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>Changer le mot de passe…</translation>
    </message>
    <message>
        <source>No password: students may leave the lesson.</source>
        <translation>Pas de mot de passe : les élèves peuvent quitter la leçon.</translation>
    </message>
    <message>
        <source>Set password…</source>
        <translation>Définir un mot de passe…</translation>
    </message>
    <message>
        <source>Give the lesson a title first.</source>
        <translation>Donne d'abord un titre à la leçon.</translation>
    </message>
    <message>
        <source>Applied to this window. Open a project or choose New to lift the restrictions.</source>
        <translation>Appliqué à cette fenêtre. Ouvre un projet ou choisis Nouveau pour lever les restrictions.</translation>
    </message>
    <message>
        <source>Save lesson</source>
        <translation>Enregistrer la leçon</translation>
    </message>
    <message>
        <source>Could not save the lesson: {error}</source>
        <translation>Impossible d'enregistrer la leçon : {error}</translation>
    </message>
    <message>
        <source>Saved {path}. Students open it with File → Open or by dropping it on the window.</source>
        <translation>{path} enregistré. Les élèves l'ouvrent avec Fichier → Ouvrir ou en le déposant sur la fenêtre.</translation>
    </message>
    <message>
        <source>&amp;Teacher mode…</source>
        <translation>Mode &amp;enseignant…</translation>
    </message>
    <message>
        <source>Write instructions, hide or lock controls, and save the playground as a lesson</source>
        <translation>Écrire des consignes, masquer ou verrouiller des commandes, et enregistrer le terrain de jeu comme leçon</translation>
    </message>
    <message>
        <source>Type it to edit the lesson.</source>
        <translation>Saisis-le pour modifier la leçon.</translation>
    </message>
</context>
<context>
    <name>threads</name>
    <message>
        <source>blas_threads must be None or an integer of at least 1; got {value}</source>
        <translation>blas_threads doit être None ou un entier d'au moins 1 ; reçu {value}</translation>
    </message>
</context>
<context>
    <name>timeline</name>
    <message>
        <source>Rewound: the network, its weights and the boundary as they were at that epoch. Resume from here (or Play) continues from it and replaces the later epochs; Back to latest returns.</source>
        <translation>Retour en arrière : le réseau, ses poids et la frontière tels qu'ils étaient à cette époque. Reprendre ici (ou Lecture) continue à partir de là et remplace les époques suivantes ; Revenir au plus récent y retourne.</translation>
    </message>
    <message>
        <source>Rewind now starts at epoch {epoch}, where the network changed: the epochs before it were trained by the network as it was, so they cannot be shown on this one.</source>
        <translation>Le retour en arrière commence désormais à l'époque {epoch}, où le réseau a changé : les époques d'avant ont été entraînées par le réseau tel qu'il était, elles ne peuvent donc pas être affichées sur celui-ci.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Frise</translation>
    </message>
    <message>
        <source>Rewind: drag to see the network, its weights and the boundary as they were at that epoch. Training pauses. Keys when the slider has focus: ←/→ one epoch, Page Up/Down ten, Home the first, End the latest.</source>
        <translation>Retour en arrière : fais glisser pour voir le réseau, ses poids et la frontière tels qu'ils étaient à cette époque. L'entraînement se met en pause. Touches quand le curseur a le focus : ←/→ une époque, Page Up/Down dix, Home la première, End la plus récente.</translation>
    </message>
    <message>
        <source>Rewind</source>
        <translation>Revenir</translation>
    </message>
    <message>
        <source>epoch {epoch}</source>
        <translation>époque {epoch}</translation>
    </message>
    <message>
        <source>epoch {epoch} (latest)</source>
        <translation>époque {epoch} (la plus récente)</translation>
    </message>
    <message>
        <source>The epoch on show, and the newest one trained.</source>
        <translation>L'époque affichée, et la plus récente entraînée.</translation>
    </message>
    <message>
        <source>Resume from here</source>
        <translation>Reprendre ici</translation>
    </message>
    <message>
        <source>Continue training from the epoch on show, from exactly its state. The epochs after it are replaced by the new training. (Play does the same.)</source>
        <translation>Continuer l'entraînement à partir de l'époque affichée, exactement dans son état. Les époques suivantes sont remplacées par le nouvel entraînement. (Lecture fait la même chose.)</translation>
    </message>
    <message>
        <source>Back to latest</source>
        <translation>Au plus récent</translation>
    </message>
    <message>
        <source>Show the newest state again, as if you had never rewound (End).</source>
        <translation>Afficher de nouveau l'état le plus récent, comme si tu n'étais jamais revenu en arrière (End).</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} Mo</translation>
    </message>
    <message>
        <source>{size} kB</source>
        <translation>{size} Ko</translation>
    </message>
    <message>
        <source>{count} checkpoint, {size}</source>
        <translation>{count} point de sauvegarde, {size}</translation>
    </message>
    <message numerus="yes">
        <source>{count} checkpoints, {size}</source>
        <translation><numerusform>{count} point de sauvegarde, {size}</numerusform><numerusform>{count} points de sauvegarde, {size}</numerusform></translation>
    </message>
    <message>
        <source>epoch {epoch} of {latest} …</source>
        <translation>époque {epoch} sur {latest} …</translation>
    </message>
    <message>
        <source>epoch {epoch} of {latest}</source>
        <translation>époque {epoch} sur {latest}</translation>
    </message>
    <message>
        <source>Rewind &amp;one epoch</source>
        <translation>Reculer d'&amp;une époque</translation>
    </message>
    <message>
        <source>Show the epoch before the one on show (training pauses)</source>
        <translation>Afficher l'époque précédant celle affichée (l'entraînement se met en pause)</translation>
    </message>
    <message>
        <source>Resume &amp;from here</source>
        <translation>Reprendre &amp;ici</translation>
    </message>
    <message>
        <source>Back to &amp;latest</source>
        <translation>Revenir au plus &amp;récent</translation>
    </message>
</context>
<context>
    <name>top_bar</name>
    <message>
        <source>Regularization, rate</source>
        <translation>Régularisation, taux</translation>
    </message>
    <message>
        <source>The hidden layers use different activations (each is named under its layer in the network). Choose one here to give it to every layer; that resets the network.</source>
        <translation>Les couches cachées utilisent des activations différentes (chacune est nommée sous sa couche dans le réseau). Choisis-en une ici pour la donner à toutes les couches ; cela réinitialise le réseau.</translation>
    </message>
    <message>
        <source>Reset the network: fresh random weights, back to epoch 0 (R)</source>
        <translation>Réinitialiser le réseau : nouveaux poids aléatoires, retour à l'époque 0 (R)</translation>
    </message>
    <message>
        <source>Play or pause training (Space)</source>
        <translation>Lancer ou mettre en pause l'entraînement (Space)</translation>
    </message>
    <message>
        <source>Train exactly one epoch, then pause (Right arrow)</source>
        <translation>Entraîner exactement une époque, puis mettre en pause (flèche droite)</translation>
    </message>
    <message>
        <source>Epochs completed: full passes over the training data</source>
        <translation>Époques terminées : passages complets sur les données d'entraînement</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Époque</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêt</translation>
    </message>
    <message>
        <source>test epoch's weights</source>
        <translation>poids de la meilleure époque de test</translation>
    </message>
    <message>
        <source>Set ▾</source>
        <translation>Réglé ▾</translation>
    </message>
    <message>
        <source>Never ▾</source>
        <translation>Jamais ▾</translation>
    </message>
    <message numerus="yes">
        <source>Training stops at epoch {epoch} or after {patience} epochs without a better test loss, back to the best test epoch. Click to change the stopping rules.</source>
        <translation><numerusform>L'entraînement s'arrête à l'époque {epoch} ou après {patience} époque sans meilleure perte de test, en revenant à la meilleure époque de test. Clique pour changer les règles d'arrêt.</numerusform><numerusform>L'entraînement s'arrête à l'époque {epoch} ou après {patience} époques sans meilleure perte de test, en revenant à la meilleure époque de test. Clique pour changer les règles d'arrêt.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Training stops at epoch {epoch} or after {patience} epochs without a better test loss. Click to change the stopping rules.</source>
        <translation><numerusform>L'entraînement s'arrête à l'époque {epoch} ou après {patience} époque sans meilleure perte de test. Clique pour changer les règles d'arrêt.</numerusform><numerusform>L'entraînement s'arrête à l'époque {epoch} ou après {patience} époques sans meilleure perte de test. Clique pour changer les règles d'arrêt.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Training stops after {patience} epochs without a better test loss, back to the best test epoch. Click to change the stopping rules.</source>
        <translation><numerusform>L'entraînement s'arrête après {patience} époque sans meilleure perte de test, en revenant à la meilleure époque de test. Clique pour changer les règles d'arrêt.</numerusform><numerusform>L'entraînement s'arrête après {patience} époques sans meilleure perte de test, en revenant à la meilleure époque de test. Clique pour changer les règles d'arrêt.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Training stops after {patience} epochs without a better test loss. Click to change the stopping rules.</source>
        <translation><numerusform>L'entraînement s'arrête après {patience} époque sans meilleure perte de test. Clique pour changer les règles d'arrêt.</numerusform><numerusform>L'entraînement s'arrête après {patience} époques sans meilleure perte de test. Clique pour changer les règles d'arrêt.</numerusform></translation>
    </message>
    <message>
        <source>Training stops at epoch {epoch}. Click to change the stopping rules.</source>
        <translation>L'entraînement s'arrête à l'époque {epoch}. Clique pour changer les règles d'arrêt.</translation>
    </message>
    <message>
        <source>Training never stops itself. Click to change the stopping rules.</source>
        <translation>L'entraînement ne s'arrête jamais de lui-même. Clique pour changer les règles d'arrêt.</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Mixte</translation>
    </message>
    <message>
        <source>Pause training (Space)</source>
        <translation>Mettre l'entraînement en pause (Space)</translation>
    </message>
    <message>
        <source>Play: start training (Space)</source>
        <translation>Lecture : lancer l'entraînement (Space)</translation>
    </message>
</context>
<context>
    <name>train_process</name>
    <message>
        <source>the training process was stopped for {seconds} s</source>
        <translation>le processus d'entraînement a été arrêté pendant {seconds} s</translation>
    </message>
    <message>
        <source>the training process did not answer in {seconds} s</source>
        <translation>le processus d'entraînement n'a pas répondu en {seconds} s</translation>
    </message>
    <message>
        <source>the training process failed:
{traceback}</source>
        <translation>le processus d'entraînement a échoué :
{traceback}</translation>
    </message>
    <message>
        <source>the training process is gone ({error})</source>
        <translation>le processus d'entraînement a disparu ({error})</translation>
    </message>
</context>
<context>
    <name>trainer</name>
    <message>
        <source>X_train must hold at least one point</source>
        <translation>X_train doit contenir au moins un point</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>{field} must be numbers of shape (n, 2)</source>
        <translation>{field} doit être des nombres de forme (n, 2)</translation>
    </message>
    <message>
        <source>{field} must have shape (n, 2); got {shape}</source>
        <translation>{field} doit avoir la forme (n, 2) ; reçu {shape}</translation>
    </message>
    <message>
        <source>{field} has {count} points; at most {limit} are allowed</source>
        <translation>{field} a {count} points ; au plus {limit} sont permis</translation>
    </message>
    <message>
        <source>{field} must be numbers of shape (n,)</source>
        <translation>{field} doit être des nombres de forme (n,)</translation>
    </message>
    <message>
        <source>{field} must have shape ({n},) to match the points; got {shape}</source>
        <translation>{field} doit avoir la forme ({n},) pour correspondre aux points ; reçu {shape}</translation>
    </message>
    <message>
        <source>{field} must hold integer labels from 0 to {high} for {kind} output; got values from {low_seen} to {high_seen}</source>
        <translation>{field} doit contenir des étiquettes entières de 0 à {high} pour une sortie {kind} ; reçu des valeurs de {low_seen} à {high_seen}</translation>
    </message>
    <message>
        <source>{field} must be a finite number greater than {low} and at most {high}; got {value}</source>
        <translation>{field} doit être un nombre fini supérieur à {low} et au plus {high} ; reçu {value}</translation>
    </message>
    <message>
        <source>{field} must be a finite number at least {low} and at most {high}; got {value}</source>
        <translation>{field} doit être un nombre fini d'au moins {low} et au plus {high} ; reçu {value}</translation>
    </message>
    <message>
        <source>params[{layer}] must be W of shape {w_shape} and b of shape {b_shape}; got {w_got} and {b_got}</source>
        <translation>params[{layer}] doit être W de forme {w_shape} et b de forme {b_shape} ; reçu {w_got} et {b_got}</translation>
    </message>
    <message>
        <source>seed must be an integer; got {value}</source>
        <translation>seed doit être un entier ; reçu {value}</translation>
    </message>
    <message>
        <source>shuffle must be True or False; got {value}</source>
        <translation>shuffle doit être True ou False ; reçu {value}</translation>
    </message>
    <message>
        <source>batch_size must be an integer of at least 1; got {value}</source>
        <translation>batch_size doit être un entier d'au moins 1 ; reçu {value}</translation>
    </message>
    <message>
        <source>link ({i}, {j}) of layer {layer} is disabled; enable it first</source>
        <translation>le lien ({i}, {j}) de la couche {layer} est désactivé ; active-le d'abord</translation>
    </message>
    <message>
        <source>{field} contains NaN or infinity</source>
        <translation>{field} contient NaN ou l'infini</translation>
    </message>
    <message>
        <source>dtype must be one of {choices}; got {value}</source>
        <translation>dtype doit être l'un de {choices} ; reçu {value}</translation>
    </message>
    <message>
        <source>network {field} must be a list of numbers</source>
        <translation>{field} du réseau doit être une liste de nombres</translation>
    </message>
    <message>
        <source>{field} must be a finite number &gt;= 0; got {value}</source>
        <translation>{field} doit être un nombre fini &gt;= 0 ; reçu {value}</translation>
    </message>
</context>
<context>
    <name>worker</name>
    <message>
        <source>Internal error, training paused: {error}</source>
        <translation>Erreur interne, entraînement en pause : {error}</translation>
    </message>
    <message>
        <source>Not changed: {reason}</source>
        <translation>Non modifié : {reason}</translation>
    </message>
    <message>
        <source>Training goes on in the window's own process ({reason}).</source>
        <translation>L'entraînement continue dans le processus propre de la fenêtre ({reason}).</translation>
    </message>
</context>
</TS>