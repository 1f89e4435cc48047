<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>activations</name>
    <message>
        <source>Linear</source>
        <translation>Linéaire</translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>Leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <source>ELU</source>
        <translation>ELU</translation>
    </message>
    <message>
        <source>Tanh</source>
        <translation>Tanh</translation>
    </message>
    <message>
        <source>Sigmoid</source>
        <translation>Sigmoïde</translation>
    </message>
    <message>
        <source>Softplus</source>
        <translation>Softplus</translation>
    </message>
    <message>
        <source>SiLU (swish)</source>
        <translation>SiLU (swish)</translation>
    </message>
    <message>
        <source>activation must be one of {choices}; got {value}</source>
        <translation>l'activation doit être l'une de {choices} ; reçu {value}</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>utilisation : </translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>arguments positionnels</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>afficher ce message d'aide et quitter</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>les arguments suivants sont obligatoires : %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>arguments non reconnus : %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>un argument est attendu</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix invalide : %(value)r (choisir parmi %(choices)s)</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s : %(message)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valeur %(type)s invalide : %(value)r</translation>
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
    <name>bias_marks</name>
    <message>
        <source>Bias of this neuron (blue positive, orange negative)</source>
        <translation>Biais de ce neurone (bleu positif, orange négatif)</translation>
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
    <name>checkpoint_store</name>
    <message>
        <source>Checkpoints: every epoch recorded for the last {recent}, then every 2nd, 4th, 8th … further back; {kept} kept, {size} MB of at most {limit} MB. Epochs between checkpoints are recomputed exactly from the nearest earlier one.</source>
        <translation>Points de sauvegarde : chaque époque est enregistrée pour les {recent} dernières, puis une sur 2, 4, 8… plus loin en arrière ; {kept} gardés, {size} Mo sur {limit} Mo au plus. Les époques entre deux points de sauvegarde sont recalculées exactement à partir du plus proche qui les précède.</translation>
    </message>
</context>
<context>
    <name>class_button</name>
    <message>
        <source>Paint class {number} ({colour}); key {key}. A third class makes the network multi-class, keeping what it learned.</source>
        <translation>Peindre la classe {number} ({colour}) ; touche {key}. Une troisième classe rend le réseau multiclasse, en gardant ce qu'il a appris.</translation>
    </message>
    <message>
        <source>Class {number}, {colour}</source>
        <translation>Classe {number}, {colour}</translation>
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
    <name>class_model</name>
    <message>
        <source>Student</source>
        <translation>Élève</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Leçon</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Époques</translation>
    </message>
    <message>
        <source>Train
loss</source>
        <translation>Perte
entraîn.</translation>
    </message>
    <message>
        <source>Test
loss</source>
        <translation>Perte
test</translation>
    </message>
    <message>
        <source>Train
accuracy</source>
        <translation>Exactitude
entraîn.</translation>
    </message>
    <message>
        <source>Test
accuracy</source>
        <translation>Exactitude
test</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Handed in
(UTC)</source>
        <translation>Rendu le
(UTC)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Cannot read {folder}: {problem}</source>
        <translation>Impossible de lire {folder} : {problem}</translation>
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
    <name>colors</name>
    <message>
        <source>orange</source>
        <translation>orange</translation>
    </message>
    <message>
        <source>blue</source>
        <translation>bleu</translation>
    </message>
    <message>
        <source>green</source>
        <translation>vert</translation>
    </message>
    <message>
        <source>purple</source>
        <translation>violet</translation>
    </message>
    <message>
        <source>red</source>
        <translation>rouge</translation>
    </message>
    <message>
        <source>sky</source>
        <translation>bleu ciel</translation>
    </message>
    <message>
        <source>yellow</source>
        <translation>jaune</translation>
    </message>
    <message>
        <source>grey</source>
        <translation>gris</translation>
    </message>
</context>
<context>
    <name>column_controls</name>
    <message>
        <source>Sigmoid</source>
        <translation>Sigmoïde</translation>
    </message>
    <message>
        <source>Softmax</source>
        <translation>Softmax</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>Linéaire</translation>
    </message>
    <message>
        <source>Hidden layer {layer} has the maximum of {most} neurons</source>
        <translation>La couche cachée {layer} a le maximum de {most} neurones</translation>
    </message>
    <message>
        <source>Add a neuron to hidden layer {layer} (starts training again)</source>
        <translation>Ajouter un neurone à la couche cachée {layer} (l'entraînement recommence)</translation>
    </message>
    <message>
        <source>Add a neuron to hidden layer {layer} (keeps what it has learned)</source>
        <translation>Ajouter un neurone à la couche cachée {layer} (garde ce qu'elle a appris)</translation>
    </message>
    <message>
        <source>Remove hidden layer {layer}: this is its last neuron</source>
        <translation>Retirer la couche cachée {layer} : c'est son dernier neurone</translation>
    </message>
    <message>
        <source>Remove a neuron from hidden layer {layer} (starts training again)</source>
        <translation>Retirer un neurone de la couche cachée {layer} (l'entraînement recommence)</translation>
    </message>
    <message>
        <source>Remove a neuron from hidden layer {layer} (keeps what it has learned)</source>
        <translation>Retirer un neurone de la couche cachée {layer} (garde ce qu'elle a appris)</translation>
    </message>
    <message>
        <source>dropout {rate}</source>
        <translation>dropout {rate}</translation>
    </message>
    <message>
        <source>drop {rate}</source>
        <translation>drop {rate}</translation>
    </message>
    <message>
        <source>Dropout {rate}: while training, each neuron of this layer is switched off for each training point with probability {rate}, and the others are scaled by 1/(1 − {rate}). Evaluation, the loss curve and the maps use every neuron. Right-click the layer to change it.</source>
        <translation>Dropout {rate} : pendant l'entraînement, chaque neurone de cette couche est éteint pour chaque point d'entraînement avec la probabilité {rate}, et les autres sont multipliés par 1/(1 − {rate}). L'évaluation, la courbe de perte et les cartes utilisent tous les neurones. Clic droit sur la couche pour le modifier.</translation>
    </message>
    <message>
        <source>OUTPUT</source>
        <translation>SORTIE</translation>
    </message>
    <message>
        <source>Tanh</source>
        <translation>Tanh</translation>
    </message>
    <message>
        <source>Add a hidden layer after the last one, with its activation.</source>
        <translation>Ajouter une couche cachée après la dernière, avec son activation.</translation>
    </message>
    <message>
        <source>The network has the maximum of {most} hidden layers</source>
        <translation>Le réseau a le maximum de {most} couches cachées</translation>
    </message>
    <message>
        <source>Remove the last hidden layer: the rest keeps its weights, and new random links join its neighbours, so the network no longer computes the same</source>
        <translation>Retirer la dernière couche cachée : les autres gardent leurs poids, et de nouveaux liens aléatoires relient ses voisines, donc le réseau ne calcule plus la même chose</translation>
    </message>
    <message>
        <source>There are no hidden layers to remove</source>
        <translation>Il n'y a aucune couche cachée à retirer</translation>
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
    <name>comparison</name>
    <message>
        <source>{optimizer} · rate {rate} · {activation} · batch {batch}</source>
        <translation>{optimizer} · taux {rate} · {activation} · lot {batch}</translation>
    </message>
    <message>
        <source>Every lane has stopped: {lanes} diverged, the others reached epoch {epoch}. Raise it or restart the race to go on.</source>
        <translation>Toutes les pistes se sont arrêtées : {lanes} ont divergé, les autres ont atteint l'époque {epoch}. Augmente-la ou relance la course pour continuer.</translation>
    </message>
    <message>
        <source>Every lane has reached epoch {epoch}, the stop-at-epoch setting. Raise it or restart the race to go on.</source>
        <translation>Toutes les pistes ont atteint l'époque {epoch}, le réglage « arrêter à l'époque ». Augmente-le ou relance la course pour continuer.</translation>
    </message>
    <message>
        <source>Every lane has diverged. Lower their learning rates and restart the race.</source>
        <translation>Toutes les pistes ont divergé. Baisse leurs taux d'apprentissage et relance la course.</translation>
    </message>
    <message>
        <source>there are no training points to race on yet; paint some first</source>
        <translation>il n'y a pas encore de points d'entraînement pour la course ; peins-en d'abord</translation>
    </message>
    <message>
        <source>Compare is off</source>
        <translation>Comparer est désactivé</translation>
    </message>
    <message>
        <source>at most {lanes} lanes</source>
        <translation>au plus {lanes} pistes</translation>
    </message>
    <message>
        <source>Compare keeps at least {lanes} lanes; turn Compare off instead</source>
        <translation>Comparer garde au moins {lanes} pistes ; désactive plutôt Comparer</translation>
    </message>
    <message>
        <source>there is no lane {lane}</source>
        <translation>il n'y a pas de piste {lane}</translation>
    </message>
    <message>
        <source>Lane {lane} ({summary}) is now the main network; it carries on from epoch {epoch}.</source>
        <translation>La piste {lane} ({summary}) est maintenant le réseau principal ; elle continue à partir de l'époque {epoch}.</translation>
    </message>
</context>
<context>
    <name>confusion_table</name>
    <message>
        <source>rec.</source>
        <translation>rap.</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>prec.</source>
        <translation>préc.</translation>
    </message>
    <message>
        <source>The training set's confusion matrix</source>
        <translation>La matrice de confusion des données d'entraînement</translation>
    </message>
    <message>
        <source>The test set's confusion matrix</source>
        <translation>La matrice de confusion des données de test</translation>
    </message>
    <message>
        <source>{matrix}: row i, column j counts the points of class i the network predicts as class j (the diagonal: right). Recall: the share of a class's points predicted right; precision (last row): the share of the points predicted as a class that are of it; F1: their harmonic mean; – where a share has no points to count (rec.: recall, prec.: precision). Click a cell to mark its points on the output plot.</source>
        <translation>{matrix} : la ligne i, colonne j compte les points de la classe i que le réseau prédit comme classe j (la diagonale : justes). Rappel : la part des points d'une classe prédits justes ; précision (dernière ligne) : la part des points prédits dans une classe qui en font vraiment partie ; F1 : leur moyenne harmonique ; – quand une part n'a aucun point à compter (rap. : rappel, préc. : précision). Clique sur une case pour marquer ses points sur le graphique de sortie.</translation>
    </message>
    <message>
        <source>predicted {name}</source>
        <translation>prédit {name}</translation>
    </message>
    <message>
        <source>true {name}</source>
        <translation>vrai {name}</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
</context>
<context>
    <name>controls</name>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Regression</source>
        <translation>Régression</translation>
    </message>
    <message>
        <source>Cross-entropy</source>
        <translation>Entropie croisée</translation>
    </message>
    <message>
        <source>TF Playground</source>
        <translation>TF Playground</translation>
    </message>
    <message>
        <source>Editing the network (inputs, layers, neurons)</source>
        <translation>Modifier le réseau (entrées, couches, neurones)</translation>
    </message>
    <message>
        <source>network editing</source>
        <translation>modification du réseau</translation>
    </message>
    <message>
        <source>Editing the data (datasets, painting, sliders)</source>
        <translation>Modifier les données (jeux de données, peinture, curseurs)</translation>
    </message>
    <message>
        <source>data editing</source>
        <translation>modification des données</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>Activation per layer</source>
        <translation>Activation par couche</translation>
    </message>
    <message>
        <source>Dropout per layer</source>
        <translation>Dropout par couche</translation>
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
    <name>csv_reading</name>
    <message>
        <source>Reading {file} was interrupted.</source>
        <translation>La lecture de {file} a été interrompue.</translation>
    </message>
</context>
<context>
    <name>data_controller</name>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation><numerusform>%n point</numerusform><numerusform>%n points</numerusform></translation>
    </message>
    <message>
        <source>&amp;Import Data from CSV…</source>
        <translation>&amp;Importer des données depuis un CSV…</translation>
    </message>
    <message>
        <source>Read points from a CSV file as your own points</source>
        <translation>Lire des points d'un fichier CSV comme tes propres points</translation>
    </message>
    <message>
        <source>&amp;Data as CSV…</source>
        <translation>&amp;Données en CSV…</translation>
    </message>
    <message>
        <source>switch to {dataset} data</source>
        <translation>passer aux données {dataset}</translation>
    </message>
    <message>
        <source>Showing the {dataset} data. Your own points are kept: Ctrl+Z or the My points tile brings them back.</source>
        <translation>Affichage des données {dataset}. Tes propres points sont conservés : Ctrl+Z ou la vignette Mes points les fait revenir.</translation>
    </message>
    <message>
        <source>switch to my points</source>
        <translation>passer à mes points</translation>
    </message>
    <message>
        <source>these</source>
        <translation>ceux-ci</translation>
    </message>
    <message>
        <source>Paint on which points?</source>
        <translation>Peindre sur quels points ?</translation>
    </message>
    <message>
        <source>You have {points} of your own from before. Paint on them, or on a copy of the {dataset} points on show?</source>
        <translation>Tu as {points} à toi d'avant. Peindre dessus, ou sur une copie des points {dataset} affichés ?</translation>
    </message>
    <message>
        <source>My points</source>
        <translation>Mes points</translation>
    </message>
    <message>
        <source>Copy of {dataset}</source>
        <translation>Copie de {dataset}</translation>
    </message>
    <message>
        <source>paint on a copy of {dataset} data</source>
        <translation>peindre sur une copie des données {dataset}</translation>
    </message>
    <message>
        <source>Painting on a copy of the {dataset} points: Clear empties the canvas, Ctrl+Z goes back.</source>
        <translation>Peinture sur une copie des points {dataset} : Effacer vide la toile, Ctrl+Z revient en arrière.</translation>
    </message>
    <message>
        <source>There are no points of your own to clear.</source>
        <translation>Tu n'as aucun point à toi à effacer.</translation>
    </message>
    <message>
        <source>clear {points}</source>
        <translation>effacer {points}</translation>
    </message>
    <message>
        <source>The data is locked in this lesson.</source>
        <translation>Les données sont verrouillées dans cette leçon.</translation>
    </message>
    <message>
        <source>Import data from CSV</source>
        <translation>Importer des données depuis un CSV</translation>
    </message>
    <message>
        <source>Cannot import {file}</source>
        <translation>Impossible d'importer {file}</translation>
    </message>
    <message>
        <source>{problem}

Nothing was imported; your data is as it was.</source>
        <translation>{problem}

Rien n'a été importé ; tes données sont telles qu'elles étaient.</translation>
    </message>
    <message>
        <source>import {points}</source>
        <translation>importer {points}</translation>
    </message>
    <message>
        <source>Imported {points} from {file}.</source>
        <translation>{points} importés depuis {file}.</translation>
    </message>
    <message>
        <source>Imported {points} from {file}. They were {fit}.</source>
        <translation>{points} importés depuis {file}. Ils ont été {fit}.</translation>
    </message>
    <message>
        <source>Points outside the view</source>
        <translation>Points hors de la vue</translation>
    </message>
    <message>
        <source>The points of {file} reach outside the view, which shows −6 to 6 on both axes.</source>
        <translation>Les points de {file} sortent de la vue, qui montre −6 à 6 sur les deux axes.</translation>
    </message>
    <message>
        <source>x₁ runs from {x1_low} to {x1_high}, x₂ from {x2_low} to {x2_high}.

Fit them into the view? Both axes are scaled alike (shapes stay as they are) and centred within ±{half_width}; the scaling is remembered and shown under the data controls.</source>
        <translation>x₁ va de {x1_low} à {x1_high}, x₂ de {x2_low} à {x2_high}.

Les ajuster à la vue ? Les deux axes sont mis à la même échelle (les formes restent telles quelles) et centrés dans ±{half_width} ; la mise à l'échelle est mémorisée et affichée sous les réglages des données.</translation>
    </message>
    <message>
        <source>Fit into the view</source>
        <translation>Ajuster à la vue</translation>
    </message>
    <message>
        <source>Import as they are</source>
        <translation>Importer tels quels</translation>
    </message>
    <message>
        <source>Points beyond ±{limit} must be fitted.</source>
        <translation>Les points au-delà de ±{limit} doivent être ajustés.</translation>
    </message>
    <message>
        <source>Points outside −6 to 6 are trained on but not drawn.</source>
        <translation>Les points hors de −6 à 6 servent à l'entraînement mais ne sont pas dessinés.</translation>
    </message>
    <message>
        <source>Cannot export the data</source>
        <translation>Impossible d'exporter les données</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>Rien à exporter</translation>
    </message>
    <message>
        <source>There are no points yet: paint or import some.</source>
        <translation>Il n'y a pas encore de points : peins-en ou importe-en.</translation>
    </message>
    <message>
        <source>Export data as CSV</source>
        <translation>Exporter les données en CSV</translation>
    </message>
    <message>
        <source>Cannot export {file}</source>
        <translation>Impossible d'exporter {file}</translation>
    </message>
    <message>
        <source>Exported {points} to {file}.</source>
        <translation>{points} exportés vers {file}.</translation>
    </message>
    <message>
        <source>My points were {fit}.</source>
        <translation>Mes points ont été {fit}.</translation>
    </message>
</context>
<context>
    <name>data_panel</name>
    <message>
        <source>DATA</source>
        <translation>DONNÉES</translation>
    </message>
    <message>
        <source>Which dataset do you want to use?</source>
        <translation>Quel jeu de données veux-tu utiliser ?</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Number of points</source>
        <translation>Nombre de points</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <source>Data seed</source>
        <translation>Graine des données</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importer CSV…</translation>
    </message>
    <message>
        <source>Read points from a CSV file with columns x1, x2 and label (classes) or value (numbers); a header line is optional. They become your own points (undo with Ctrl+Z).</source>
        <translation>Lire des points d'un fichier CSV avec les colonnes x1, x2 et label (classes) ou value (nombres) ; une ligne d'en-tête est facultative. Ils deviennent tes propres points (annuler avec Ctrl+Z).</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter CSV…</translation>
    </message>
    <message>
        <source>Write the points on show to a CSV file (x1, x2, label or value) that Import reads back exactly.</source>
        <translation>Écrire les points affichés dans un fichier CSV (x1, x2, label ou value) que Importer relit exactement.</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) so far.</source>
        <translation><numerusform>%n point pour l'instant.</numerusform><numerusform>%n points pour l'instant.</numerusform></translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;: {description}&lt;br&gt;{how}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; : {description}&lt;br&gt;{how}</translation>
    </message>
    <message>
        <source>Dataset {title}</source>
        <translation>Jeu de données {title}</translation>
    </message>
    <message>
        <source>My points ({task})</source>
        <translation>Mes points ({task})</translation>
    </message>
    <message>
        <source>Ratio of training to test data: &lt;b&gt;{percent} %&lt;/b&gt;</source>
        <translation>Proportion de données d'entraînement et de test : &lt;b&gt;{percent} %&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Noise: &lt;b&gt;{noise}&lt;/b&gt;</source>
        <translation>Bruit : &lt;b&gt;{noise}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>data_texts</name>
    <message>
        <source>Circle</source>
        <translation>Cercle</translation>
    </message>
    <message>
        <source>Exclusive or</source>
        <translation>Ou exclusif</translation>
    </message>
    <message>
        <source>Gaussian</source>
        <translation>Gaussienne</translation>
    </message>
    <message>
        <source>Spiral</source>
        <translation>Spirale</translation>
    </message>
    <message>
        <source>Moons</source>
        <translation>Lunes</translation>
    </message>
    <message>
        <source>Checkerboard</source>
        <translation>Damier</translation>
    </message>
    <message>
        <source>Spiral arms</source>
        <translation>Bras de spirale</translation>
    </message>
    <message>
        <source>Blobs</source>
        <translation>Taches</translation>
    </message>
    <message>
        <source>Rings</source>
        <translation>Anneaux</translation>
    </message>
    <message>
        <source>Plane</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Multi-Gaussian</source>
        <translation>Multi-gaussienne</translation>
    </message>
    <message>
        <source>Sine wave</source>
        <translation>Sinusoïde</translation>
    </message>
    <message>
        <source>A disc of one class inside a ring of the other.</source>
        <translation>Un disque d'une classe à l'intérieur d'un anneau de l'autre.</translation>
    </message>
    <message>
        <source>Opposite quadrants share a class: the label is 1 when x and y have the same sign.</source>
        <translation>Les quadrants opposés partagent une classe : l'étiquette vaut 1 quand x et y ont le même signe.</translation>
    </message>
    <message>
        <source>Two Gaussian clusters, around (2, 2) and (-2, -2); noise widens them.</source>
        <translation>Deux amas gaussiens, autour de (2, 2) et (-2, -2) ; le bruit les élargit.</translation>
    </message>
    <message>
        <source>Two interleaved spiral arms, one per class.</source>
        <translation>Deux bras de spirale entrelacés, un par classe.</translation>
    </message>
    <message>
        <source>Two interleaving half-moons, one per class.</source>
        <translation>Deux demi-lunes imbriquées, une par classe.</translation>
    </message>
    <message>
        <source>A 4 x 4 checkerboard of alternating classes, a bigger xor.</source>
        <translation>Un damier 4 x 4 de classes alternées, un xor plus grand.</translation>
    </message>
    <message>
        <source>Several interleaved spiral arms, one class per arm.</source>
        <translation>Plusieurs bras de spirale entrelacés, une classe par bras.</translation>
    </message>
    <message>
        <source>Gaussian blobs evenly spaced on a circle, one class per blob.</source>
        <translation>Des taches gaussiennes régulièrement espacées sur un cercle, une classe par tache.</translation>
    </message>
    <message>
        <source>Concentric rings, one class per ring.</source>
        <translation>Des anneaux concentriques, une classe par anneau.</translation>
    </message>
    <message>
        <source>A tilted plane: the value rises linearly towards the top right, (x + y) / 10.</source>
        <translation>Un plan incliné : la valeur augmente linéairement vers le haut à droite, (x + y) / 10.</translation>
    </message>
    <message>
        <source>Six bumps, alternately positive and negative, on two rows.</source>
        <translation>Six bosses, alternativement positives et négatives, sur deux rangées.</translation>
    </message>
    <message>
        <source>A sine wave along x1: the value is sin(x1) and ignores x2.</source>
        <translation>Une sinusoïde le long de x1 : la valeur est sin(x1) et ne dépend pas de x2.</translation>
    </message>
    <message>
        <source>How many classes (colours) the data has, from 2 to 8. Changing it starts again with fresh weights.</source>
        <translation>Combien de classes (couleurs) ont les données, de 2 à 8. La modifier recommence avec de nouveaux poids.</translation>
    </message>
    <message>
        <source>My points</source>
        <translation>Mes points</translation>
    </message>
    <message>
        <source>&lt;b&gt;My points&lt;/b&gt;: your own data. Turn on &lt;i&gt;Paint&lt;/i&gt; above the output to add points with the mouse, or import a CSV file. They are kept when you try a generator, and saved in the project.</source>
        <translation>&lt;b&gt;Mes points&lt;/b&gt; : tes propres données. Active &lt;i&gt;Peindre&lt;/i&gt; au-dessus de la sortie pour ajouter des points à la souris, ou importe un fichier CSV. Ils sont conservés quand tu essaies un générateur, et enregistrés dans le projet.</translation>
    </message>
    <message>
        <source>How many points the generator draws, training and test together. Starts again.</source>
        <translation>Combien de points le générateur tire, entraînement et test ensemble. Recommence.</translation>
    </message>
    <message>
        <source>Which random draw of the data: the same seed always gives the same points. Regenerate picks a new one. Starts again.</source>
        <translation>Quel tirage aléatoire des données : la même graine donne toujours les mêmes points. Régénérer en choisit une nouvelle. Recommence.</translation>
    </message>
    <message>
        <source>For generated data only; your own points keep where you put them.</source>
        <translation>Pour les données générées seulement ; tes propres points restent là où tu les as mis.</translation>
    </message>
    <message>
        <source>classification</source>
        <translation>classification</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>régression</translation>
    </message>
    <message>
        <source>Draw the same dataset again with a new random seed; noise, point count and ratio stay as they are. Starts again.</source>
        <translation>Tirer de nouveau le même jeu de données avec une nouvelle graine aléatoire ; le bruit, le nombre de points et la proportion ne changent pas. Recommence.</translation>
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
    <name>drag_drop</name>
    <message>
        <source>Not added: {reason}</source>
        <translation>Non ajouté : {reason}</translation>
    </message>
    <message>
        <source>the network already has the maximum of {most} hidden layers.</source>
        <translation>le réseau a déjà le maximum de {most} couches cachées.</translation>
    </message>
    <message>
        <source>Insert hidden layer {layer} here</source>
        <translation>Insérer la couche cachée {layer} ici</translation>
    </message>
    <message>
        <source>there is no hidden layer yet; drag “{part}” in first.</source>
        <translation>il n'y a pas encore de couche cachée ; fais d'abord glisser « {part} ».</translation>
    </message>
    <message>
        <source>drop the neuron onto a hidden layer.</source>
        <translation>dépose le neurone sur une couche cachée.</translation>
    </message>
    <message>
        <source>layer {layer} already has the maximum of {most} neurons.</source>
        <translation>la couche {layer} a déjà le maximum de {most} neurones.</translation>
    </message>
    <message>
        <source>Add a neuron to layer {layer}</source>
        <translation>Ajouter un neurone à la couche {layer}</translation>
    </message>
    <message>
        <source>Drag “{part}” onto the network: between two layers.</source>
        <translation>Fais glisser « {part} » sur le réseau : entre deux couches.</translation>
    </message>
    <message>
        <source>Drag “{part}” onto the network: onto a hidden layer.</source>
        <translation>Fais glisser « {part} » sur le réseau : sur une couche cachée.</translation>
    </message>
    <message>
        <source>The network is not ready yet.</source>
        <translation>Le réseau n'est pas encore prêt.</translation>
    </message>
    <message>
        <source>{part}: drop it on the network</source>
        <translation>{part} : dépose-le sur le réseau</translation>
    </message>
    <message>
        <source>Editing the network is locked in this lesson</source>
        <translation>La modification du réseau est verrouillée dans cette leçon</translation>
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
    <name>edit_commands</name>
    <message>
        <source>neuron {unit} of layer {layer}</source>
        <translation>neurone {unit} de la couche {layer}</translation>
    </message>
    <message>
        <source>output {unit} ({class_name})</source>
        <translation>sortie {unit} ({class_name})</translation>
    </message>
    <message>
        <source>the output</source>
        <translation>la sortie</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Non modifié</translation>
    </message>
    <message>
        <source>Cannot undo {edit}</source>
        <translation>Impossible d'annuler {edit}</translation>
    </message>
    <message>
        <source>the network changed shape before this edit arrived; try again</source>
        <translation>le réseau a changé de forme avant l'arrivée de cette modification ; réessaie</translation>
    </message>
    <message>
        <source>the network has another shape now</source>
        <translation>le réseau a maintenant une autre forme</translation>
    </message>
    <message>
        <source>neuron {unit} is the last of layer {layer}</source>
        <translation>le neurone {unit} est le dernier de la couche {layer}</translation>
    </message>
    <message>
        <source>add neuron to layer {layer}</source>
        <translation>ajouter un neurone à la couche {layer}</translation>
    </message>
    <message>
        <source>remove neuron {unit} from layer {layer}</source>
        <translation>retirer le neurone {unit} de la couche {layer}</translation>
    </message>
    <message>
        <source>add hidden layer {layer}</source>
        <translation>ajouter la couche cachée {layer}</translation>
    </message>
    <message>
        <source>insert hidden layer {layer}</source>
        <translation>insérer la couche cachée {layer}</translation>
    </message>
    <message>
        <source>remove hidden layer {layer}</source>
        <translation>retirer la couche cachée {layer}</translation>
    </message>
    <message>
        <source>set layer {layer} to {activation}</source>
        <translation>passer la couche {layer} en {activation}</translation>
    </message>
    <message>
        <source>set dropout of layer {layer} to {rate}</source>
        <translation>régler le dropout de la couche {layer} à {rate}</translation>
    </message>
    <message>
        <source>switch dropout of layer {layer} off</source>
        <translation>désactiver le dropout de la couche {layer}</translation>
    </message>
    <message>
        <source>switch {feature} on</source>
        <translation>activer {feature}</translation>
    </message>
    <message>
        <source>switch {feature} off</source>
        <translation>désactiver {feature}</translation>
    </message>
    <message>
        <source>enable link {link}</source>
        <translation>activer le lien {link}</translation>
    </message>
    <message>
        <source>disable link {link}</source>
        <translation>désactiver le lien {link}</translation>
    </message>
    <message>
        <source>set weight {link} to {value}</source>
        <translation>régler le poids {link} à {value}</translation>
    </message>
    <message>
        <source>set bias of {neuron} to {value}</source>
        <translation>régler le biais de {neuron} à {value}</translation>
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
    <name>folder_action</name>
    <message>
        <source>Open &amp;class folder…</source>
        <translation>Ouvrir un dossier de &amp;classe…</translation>
    </message>
    <message>
        <source>See a folder of hand-ins as a gallery, one card per student</source>
        <translation>Voir un dossier de travaux rendus sous forme de galerie, une carte par élève</translation>
    </message>
    <message>
        <source>Open a class folder</source>
        <translation>Ouvrir un dossier de classe</translation>
    </message>
</context>
<context>
    <name>gallery</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Leçon</translation>
    </message>
    <message>
        <source>Test accuracy, best first</source>
        <translation>Exactitude de test, meilleure d'abord</translation>
    </message>
    <message>
        <source>Train accuracy, best first</source>
        <translation>Exactitude d'entraînement, meilleure d'abord</translation>
    </message>
    <message>
        <source>Test loss, lowest first</source>
        <translation>Perte de test, plus basse d'abord</translation>
    </message>
    <message>
        <source>Train loss, lowest first</source>
        <translation>Perte d'entraînement, plus basse d'abord</translation>
    </message>
    <message>
        <source>Epochs, most first</source>
        <translation>Époques, plus nombreuses d'abord</translation>
    </message>
    <message>
        <source>Handed in, latest first</source>
        <translation>Rendu, plus récent d'abord</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Class: {folder}</source>
        <translation>Classe : {folder}</translation>
    </message>
    <message>
        <source>Hand-ins of the class</source>
        <translation>Travaux rendus de la classe</translation>
    </message>
    <message>
        <source>Click a column's title to sort by it; again to reverse</source>
        <translation>Clique sur le titre d'une colonne pour trier selon elle ; encore une fois pour inverser</translation>
    </message>
    <message>
        <source>Double-click a student's card, or press Enter, to open it</source>
        <translation>Double-clique sur la carte d'un élève, ou appuie sur Enter, pour l'ouvrir</translation>
    </message>
    <message>
        <source>Reading {folder}…</source>
        <translation>Lecture de {folder}…</translation>
    </message>
    <message>
        <source>The cards' order (a click on a column's title sorts too)</source>
        <translation>L'ordre des cartes (un clic sur le titre d'une colonne trie aussi)</translation>
    </message>
    <message>
        <source>&amp;Sort by:</source>
        <translation>&amp;Trier par :</translation>
    </message>
    <message>
        <source>&amp;Open read-only</source>
        <translation>&amp;Ouvrir en lecture seule</translation>
    </message>
    <message>
        <source>Open the chosen card's work; saving it asks for a new name</source>
        <translation>Ouvrir le travail de la carte choisie ; l'enregistrer demande un nouveau nom</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter CSV…</translation>
    </message>
    <message>
        <source>Save the table as a CSV file for a grade book</source>
        <translation>Enregistrer le tableau en fichier CSV pour un carnet de notes</translation>
    </message>
    <message>
        <source>Close the gallery</source>
        <translation>Fermer la galerie</translation>
    </message>
    <message>
        <source>No hand-ins (.nnplay files) in {folder}.</source>
        <translation>Aucun travail rendu (fichiers .nnplay) dans {folder}.</translation>
    </message>
    <message>
        <source>{hand_ins}, {others} (see their notes): reading {read} of {expected}… in {folder}.</source>
        <translation>{hand_ins}, {others} (voir leurs remarques) : lecture de {read} sur {expected}… dans {folder}.</translation>
    </message>
    <message>
        <source>{hand_ins}, {others} (see their notes) in {folder}.</source>
        <translation>{hand_ins}, {others} (voir leurs remarques) dans {folder}.</translation>
    </message>
    <message>
        <source>{hand_ins}: reading {read} of {expected}… in {folder}.</source>
        <translation>{hand_ins} : lecture de {read} sur {expected}… dans {folder}.</translation>
    </message>
    <message>
        <source>{hand_ins} in {folder}.</source>
        <translation>{hand_ins} dans {folder}.</translation>
    </message>
    <message numerus="yes">
        <source>%n hand-in(s)</source>
        <translation><numerusform>%n travail rendu</numerusform><numerusform>%n travaux rendus</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n other or damaged file(s)</source>
        <translation><numerusform>%n autre fichier ou fichier abîmé</numerusform><numerusform>%n autres fichiers ou fichiers abîmés</numerusform></translation>
    </message>
    <message>
        <source>{summary} ({why_short})</source>
        <translation>{summary} ({why_short})</translation>
    </message>
    <message>
        <source>Choose a student's card first.</source>
        <translation>Choisis d'abord la carte d'un élève.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: {why}</source>
        <translation>{file} ne peut pas être ouvert : {why}</translation>
    </message>
    <message>
        <source>{student} (hand-in)</source>
        <translation>{student} (travail rendu)</translation>
    </message>
    <message>
        <source>class</source>
        <translation>classe</translation>
    </message>
    <message>
        <source>{class_name} grades</source>
        <translation>Notes {class_name}</translation>
    </message>
    <message>
        <source>Export the class as CSV</source>
        <translation>Exporter la classe en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not save {file}: {problem}</source>
        <translation>Impossible d'enregistrer {file} : {problem}</translation>
    </message>
    <message>
        <source>Saved the class as {file}</source>
        <translation>Classe enregistrée sous {file}</translation>
    </message>
</context>
<context>
    <name>gradient_panel</name>
    <message>
        <source>‖∂L/∂W‖ / ‖W‖ of each layer: how fast its weights change for their size (the last batch's gradient, averaged over a few frames), against the training step, on a log scale. Each grid line down is 10× slower. The red dashed line is the output layer's ÷ 50: a layer below it learns too slowly to catch up, which matters while much is left to learn.</source>
        <translation>‖∂L/∂W‖ / ‖W‖ de chaque couche : à quelle vitesse ses poids changent par rapport à leur taille (le gradient du dernier lot, moyenné sur quelques images), en fonction du pas d'entraînement, sur une échelle log. Chaque ligne de la grille vers le bas est 10× plus lente. La ligne rouge en pointillés est celle de la couche de sortie ÷ 50 : une couche en dessous apprend trop lentement pour rattraper, ce qui compte tant qu'il reste beaucoup à apprendre.</translation>
    </message>
    <message>
        <source>training step</source>
        <translation>pas d'entraînement</translation>
    </message>
    <message>
        <source>Each layer's colour (h1 = the weights into hidden layer 1, out = into the output); the red dashed line: the output layer's ‖∂L/∂W‖ / ‖W‖ ÷ 50.</source>
        <translation>La couleur de chaque couche (h1 = les poids vers la couche cachée 1, out = vers la sortie) ; la ligne rouge en pointillés : ‖∂L/∂W‖ / ‖W‖ de la couche de sortie ÷ 50.</translation>
    </message>
    <message>
        <source>Which layer's weights the histograms show (the weights into that layer's neurons).</source>
        <translation>De quelle couche les histogrammes montrent les poids (les poids qui entrent dans les neurones de cette couche).</translation>
    </message>
    <message>
        <source>Weights w of this layer: how many have each value.</source>
        <translation>Poids w de cette couche : combien ont chaque valeur.</translation>
    </message>
    <message>
        <source>Gradients ∂L/∂w of this layer's weights (last batch): how many have each value. Look at the axis: for a vanishing layer they are all tiny.</source>
        <translation>Gradients ∂L/∂w des poids de cette couche (dernier lot) : combien ont chaque valeur. Regarde l'axe : pour une couche où le gradient disparaît, ils sont tous minuscules.</translation>
    </message>
    <message>
        <source>Weights w</source>
        <translation>Poids w</translation>
    </message>
    <message>
        <source>Gradients ∂L/∂w</source>
        <translation>Gradients ∂L/∂w</translation>
    </message>
    <message>
        <source>± their typical size (root mean square)</source>
        <translation>± leur taille typique (moyenne quadratique)</translation>
    </message>
    <message>
        <source>Close the gradient panel (G); the loss chart comes back</source>
        <translation>Fermer le panneau des gradients (G) ; la courbe de perte revient</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>Gradients</translation>
    </message>
    <message>
        <source>Histograms of</source>
        <translation>Histogrammes de</translation>
    </message>
    <message>
        <source>out ÷ 50</source>
        <translation>out ÷ 50</translation>
    </message>
    <message>
        <source>{layer} ({rows}×{columns} weights)</source>
        <translation>{layer} ({rows}×{columns} poids)</translation>
    </message>
    <message>
        <source>No gradient warning: no layer starves while much is left to learn, and no step is larger than the weights it changes. (Hover for the rule.)</source>
        <translation>Aucune alerte de gradient : aucune couche n'est affamée tant qu'il reste beaucoup à apprendre, et aucun pas n'est plus grand que les poids qu'il modifie. (Survole pour voir la règle.)</translation>
    </message>
    <message>
        <source>Press play: each layer's gradient size appears here as the network trains.</source>
        <translation>Appuie sur Lecture : la taille du gradient de chaque couche apparaît ici pendant l'entraînement du réseau.</translation>
    </message>
    <message>
        <source>Weights w: ±{size}</source>
        <translation>Poids w : ±{size}</translation>
    </message>
    <message>
        <source>Gradients ∂L/∂w: ±{size}</source>
        <translation>Gradients ∂L/∂w : ±{size}</translation>
    </message>
</context>
<context>
    <name>gradient_slot</name>
    <message>
        <source>&amp;Gradients</source>
        <translation>&amp;Gradients</translation>
    </message>
    <message>
        <source>Show each layer's gradient size over time, warnings for vanishing or exploding gradients, and histograms of weights and gradients, in the loss chart's place (G)</source>
        <translation>Afficher la taille du gradient de chaque couche au fil du temps, des alertes de disparition ou d'explosion du gradient, et des histogrammes des poids et des gradients, à la place de la courbe de perte (G)</translation>
    </message>
</context>
<context>
    <name>gradient_stats</name>
    <message>
        <source>output layer</source>
        <translation>couche de sortie</translation>
    </message>
    <message>
        <source>hidden layer {number}</source>
        <translation>couche cachée {number}</translation>
    </message>
    <message>
        <source>out</source>
        <translation>out</translation>
    </message>
</context>
<context>
    <name>hand_in</name>
    <message>
        <source>Your name goes into the file with your network, its results (epochs, loss and accuracy) and a small picture of its decision boundary, so that your teacher knows whose work it is. This computer remembers it for your next hand-in.</source>
        <translation>Ton nom va dans le fichier avec ton réseau, ses résultats (époques, perte et exactitude) et une petite image de sa frontière de décision, pour que ton enseignant sache à qui est ce travail. Cet ordinateur le retient pour ton prochain rendu.</translation>
    </message>
    <message>
        <source>Hand in your work</source>
        <translation>Rendre ton travail</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ton &amp;nom :</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Prénom et nom</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ton nom</translation>
    </message>
    <message>
        <source>Your name as your teacher knows it (at most {characters})</source>
        <translation>Ton nom tel que ton enseignant le connaît (au plus {characters})</translation>
    </message>
    <message>
        <source>Continue…</source>
        <translation>Continuer…</translation>
    </message>
    <message>
        <source>Choose where to save the hand-in file</source>
        <translation>Choisis où enregistrer le fichier à rendre</translation>
    </message>
    <message>
        <source>Please type your name on one line (letters, not symbols).</source>
        <translation>Écris ton nom sur une ligne (des lettres, pas de symboles).</translation>
    </message>
    <message>
        <source>&amp;Hand in…</source>
        <translation>&amp;Rendre le travail…</translation>
    </message>
    <message>
        <source>Save your work for your teacher: with your name, its results and a picture</source>
        <translation>Enregistrer ton travail pour ton enseignant : avec ton nom, ses résultats et une image</translation>
    </message>
    <message>
        <source>Hand in</source>
        <translation>Rendre</translation>
    </message>
    <message>
        <source>NN Playground hand-ins (*{suffix})</source>
        <translation>Travaux rendus NN Playground (*{suffix})</translation>
    </message>
    <message>
        <source>Cannot hand in {file}</source>
        <translation>Impossible de rendre {file}</translation>
    </message>
    <message>
        <source>Handed in as {student}: {file}</source>
        <translation>Rendu au nom de {student} : {file}</translation>
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
    <name>hover_tips</name>
    <message>
        <source>… ({count} more)</source>
        <translation>… ({count} de plus)</translation>
    </message>
    <message>
        <source>p(blue) = σ({sum})</source>
        <translation>p(bleu) = σ({sum})</translation>
    </message>
    <message>
        <source>aᵢ: the outputs of layer {layer}</source>
        <translation>aᵢ : les sorties de la couche {layer}</translation>
    </message>
    <message>
        <source>Its map fills the output view. Click, then Delete, or drag it off the network, to remove it; double-click to edit its bias.</source>
        <translation>Sa carte remplit la vue de sortie. Clique, puis Delete, ou fais-le glisser hors du réseau, pour le retirer ; double-clique pour modifier son biais.</translation>
    </message>
    <message>
        <source>Double-click to edit its bias.</source>
        <translation>Double-clique pour modifier son biais.</translation>
    </message>
    <message>
        <source>Link {link}: disabled (dashed)
Its weight stays 0 and it trains no more. Click to enable it.</source>
        <translation>Lien {link} : désactivé (pointillés)
Son poids reste à 0 et il ne s'entraîne plus. Clique pour l'activer.</translation>
    </message>
    <message>
        <source>Link {link}
weight w = {weight}
last gradient ∂L/∂w = {gradient}
Click to disable it; double-click to type a weight.</source>
        <translation>Lien {link}
poids w = {weight}
dernier gradient ∂L/∂w = {gradient}
Clique pour le désactiver ; double-clique pour saisir un poids.</translation>
    </message>
    <message>
        <source>Bias of {neuron}
b = {bias}
last gradient ∂L/∂b = {gradient}
Double-click to type a bias.</source>
        <translation>Biais de {neuron}
b = {bias}
dernier gradient ∂L/∂b = {gradient}
Double-clique pour saisir un biais.</translation>
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
    <name>layer_menu</name>
    <message>
        <source>Hidden layer {layer}: activation</source>
        <translation>Couche cachée {layer} : activation</translation>
    </message>
    <message>
        <source>{formula} — keeps every weight</source>
        <translation>{formula} — garde tous les poids</translation>
    </message>
    <message>
        <source>Add a neuron</source>
        <translation>Ajouter un neurone</translation>
    </message>
    <message>
        <source>Remove this layer</source>
        <translation>Retirer cette couche</translation>
    </message>
    <message>
        <source>Insert a layer after this one, with random weights</source>
        <translation>Insérer une couche après celle-ci, avec des poids aléatoires</translation>
    </message>
    <message>
        <source>A fresh layer as wide as this one, from random weights: the network starts learning what comes after this layer again. (The + button and the palette insert a layer that keeps what the network computes.)</source>
        <translation>Une nouvelle couche aussi large que celle-ci, à partir de poids aléatoires : le réseau recommence à apprendre ce qui vient après cette couche. (Le bouton + et la palette insèrent une couche qui garde ce que le réseau calcule.)</translation>
    </message>
    <message>
        <source>While training, each neuron of this layer is switched off for each training point with this probability, and the neurons kept are scaled up to make up for it (inverted dropout): the network cannot lean on any one neuron. Evaluation, the loss curve and the maps always use every neuron. Every weight is kept.</source>
        <translation>Pendant l'entraînement, chaque neurone de cette couche est éteint pour chaque point d'entraînement avec cette probabilité, et les neurones gardés sont amplifiés pour compenser (dropout inversé) : le réseau ne peut s'appuyer sur aucun neurone en particulier. L'évaluation, la courbe de perte et les cartes utilisent toujours tous les neurones. Tous les poids sont gardés.</translation>
    </message>
    <message>
        <source>Dropout: {rate}</source>
        <translation>Dropout : {rate}</translation>
    </message>
    <message>
        <source>Dropout: none</source>
        <translation>Dropout : aucun</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>No dropout: every neuron trains on every point</source>
        <translation>Pas de dropout : chaque neurone s'entraîne sur chaque point</translation>
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
    <name>metrics_export</name>
    <message>
        <source>&amp;Metrics as CSV…</source>
        <translation>&amp;Métriques en CSV…</translation>
    </message>
    <message>
        <source>Metrics as &amp;JSON…</source>
        <translation>Métriques en &amp;JSON…</translation>
    </message>
    <message>
        <source>The confusion matrices with each class's precision, recall and F1, or R², RMSE and MAE for regression, of the training and test sets</source>
        <translation>Les matrices de confusion avec la précision, le rappel et le F1 de chaque classe, ou R², RMSE et MAE en régression, des données d'entraînement et de test</translation>
    </message>
    <message>
        <source>{project} metrics</source>
        <translation>{project} métriques</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Tableau CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export the metrics</source>
        <translation>Exporter les métriques</translation>
    </message>
    <message>
        <source>Cannot export {file}</source>
        <translation>Impossible d'exporter {file}</translation>
    </message>
    <message>
        <source>Exported {path}</source>
        <translation>{path} exporté</translation>
    </message>
</context>
<context>
    <name>metrics_panel</name>
    <message>
        <source>&lt;b&gt;Training set&lt;/b&gt;: {share}</source>
        <translation>&lt;b&gt;Données d'entraînement&lt;/b&gt; : {share}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Test set&lt;/b&gt;: {share}</source>
        <translation>&lt;b&gt;Données de test&lt;/b&gt; : {share}</translation>
    </message>
    <message>
        <source>Confusion matrix of the training set</source>
        <translation>Matrice de confusion des données d'entraînement</translation>
    </message>
    <message>
        <source>Confusion matrix of the test set</source>
        <translation>Matrice de confusion des données de test</translation>
    </message>
    <message>
        <source>R²</source>
        <translation>R²</translation>
    </message>
    <message>
        <source>RMSE</source>
        <translation>RMSE</translation>
    </message>
    <message>
        <source>MAE</source>
        <translation>MAE</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Métriques</translation>
    </message>
    <message>
        <source>Row %</source>
        <translation>% par ligne</translation>
    </message>
    <message>
        <source>Show each row of the matrices as shares of its class's points instead of counts</source>
        <translation>Afficher chaque ligne des matrices en parts des points de sa classe au lieu d'effectifs</translation>
    </message>
    <message>
        <source>Clear marks</source>
        <translation>Effacer les marques</translation>
    </message>
    <message>
        <source>Take the marks off the points on the output plot</source>
        <translation>Retirer les marques des points sur le graphique de sortie</translation>
    </message>
    <message>
        <source>Close the metrics panel (M); the loss chart comes back</source>
        <translation>Fermer le panneau des métriques (M) ; la courbe de perte revient</translation>
    </message>
    <message>
        <source>Waiting for the network's predictions…</source>
        <translation>En attente des prédictions du réseau…</translation>
    </message>
    <message>
        <source>R², RMSE and MAE of the training and test sets</source>
        <translation>R², RMSE et MAE des données d'entraînement et de test</translation>
    </message>
    <message>
        <source>R²: the share of the targets' variance the network explains (1 is perfect, 0 no better than their mean, – when the targets do not vary); RMSE: the root mean squared error; MAE: the mean absolute error; – for an empty set.</source>
        <translation>R² : la part de la variance des cibles que le réseau explique (1 est parfait, 0 pas mieux que leur moyenne, – quand les cibles ne varient pas) ; RMSE : la racine de l'erreur quadratique moyenne ; MAE : l'erreur absolue moyenne ; – pour un ensemble vide.</translation>
    </message>
    <message>
        <source>training</source>
        <translation>entraînement</translation>
    </message>
    <message>
        <source>test</source>
        <translation>test</translation>
    </message>
    <message>
        <source>Epoch {epoch}: prediction against truth; grey lines are the residuals.</source>
        <translation>Époque {epoch} : prédiction par rapport à la vérité ; les lignes grises sont les résidus.</translation>
    </message>
    <message>
        <source>Epoch {epoch}. Rows: true class; columns: predicted. Click a cell to mark its points on the output plot.</source>
        <translation>Époque {epoch}. Lignes : vraie classe ; colonnes : classe prédite. Clique sur une case pour marquer ses points sur le graphique de sortie.</translation>
    </message>
    <message>
        <source>no points</source>
        <translation>aucun point</translation>
    </message>
    <message>
        <source>{percent} % of {count} right</source>
        <translation>{percent} % de {count} justes</translation>
    </message>
    <message>
        <source>Predicted against true value, with the residuals</source>
        <translation>Valeur prédite par rapport à la vraie valeur, avec les résidus</translation>
    </message>
    <message>
        <source>Each point's predicted value against its true one: on the dashed diagonal the prediction is right; the grey line from a point to the diagonal is its residual. Filled blue: training points; orange rings: test points.</source>
        <translation>La valeur prédite de chaque point par rapport à sa vraie valeur : sur la diagonale en pointillés, la prédiction est juste ; la ligne grise d'un point à la diagonale est son résidu. Bleu plein : points d'entraînement ; anneaux orange : points de test.</translation>
    </message>
    <message>
        <source>true value</source>
        <translation>vraie valeur</translation>
    </message>
    <message>
        <source>predicted</source>
        <translation>prédite</translation>
    </message>
</context>
<context>
    <name>metrics_slot</name>
    <message>
        <source>&amp;Metrics</source>
        <translation>&amp;Métriques</translation>
    </message>
    <message>
        <source>Show the confusion matrices of the training and test sets with each class's precision, recall and F1 (for regression: R², RMSE, MAE and predicted against true), in the loss chart's place (M)</source>
        <translation>Afficher les matrices de confusion des données d'entraînement et de test avec la précision, le rappel et le F1 de chaque classe (en régression : R², RMSE, MAE et prédit par rapport au vrai), à la place de la courbe de perte (M)</translation>
    </message>
    <message numerus="yes">
        <source>Marked on the plot: %n training set point(s) of {true} predicted {predicted} ({verdict}).</source>
        <translation><numerusform>Marqué sur le graphique : %n point d'entraînement de {true} prédit {predicted} ({verdict}).</numerusform><numerusform>Marqués sur le graphique : %n points d'entraînement de {true} prédits {predicted} ({verdict}).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Marked on the plot: %n test set point(s) of {true} predicted {predicted} ({verdict}).</source>
        <translation><numerusform>Marqué sur le graphique : %n point de test de {true} prédit {predicted} ({verdict}).</numerusform><numerusform>Marqués sur le graphique : %n points de test de {true} prédits {predicted} ({verdict}).</numerusform></translation>
    </message>
    <message>
        <source>right</source>
        <translation>juste</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>faux</translation>
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
    <name>network_editor</name>
    <message>
        <source>neuron</source>
        <translation>neurone</translation>
    </message>
    <message>
        <source>Release to remove {neuron}</source>
        <translation>Relâche pour retirer {neuron}</translation>
    </message>
    <message>
        <source>{neuron}: drag it off the network to remove it</source>
        <translation>{neuron} : fais-le glisser hors du réseau pour le retirer</translation>
    </message>
    <message>
        <source>Drag the neuron off the network to remove it (or select it and press Delete).</source>
        <translation>Fais glisser le neurone hors du réseau pour le retirer (ou sélectionne-le et appuie sur Delete).</translation>
    </message>
    <message>
        <source>Selected {neuron}: Delete removes it; drag it off the network to remove it too.</source>
        <translation>{neuron} sélectionné : Delete le retire ; le faire glisser hors du réseau le retire aussi.</translation>
    </message>
</context>
<context>
    <name>network_edits</name>
    <message>
        <source>Editing the network is locked in this lesson.</source>
        <translation>La modification du réseau est verrouillée dans cette leçon.</translation>
    </message>
    <message>
        <source>Weights are edited on one network: turn Compare off first.</source>
        <translation>Les poids se modifient sur un seul réseau : désactive d'abord Comparer.</translation>
    </message>
    <message>
        <source>Not added: layer {layer} already has the maximum of {most} neurons.</source>
        <translation>Non ajouté : la couche {layer} a déjà le maximum de {most} neurones.</translation>
    </message>
    <message>
        <source>Not added: the network already has the maximum of {most} hidden layers.</source>
        <translation>Non ajouté : le réseau a déjà le maximum de {most} couches cachées.</translation>
    </message>
    <message>
        <source>Not changed: at least one input feature must stay on.</source>
        <translation>Non modifié : au moins une caractéristique d'entrée doit rester active.</translation>
    </message>
</context>
<context>
    <name>neuron_focus</name>
    <message>
        <source>Input {feature} over the plane</source>
        <translation>Entrée {feature} sur le plan</translation>
    </message>
    <message>
        <source>{neuron}: its output over the plane</source>
        <translation>{neuron} : sa sortie sur le plan</translation>
    </message>
</context>
<context>
    <name>neuron_tiles</name>
    <message>
        <source>FEATURES</source>
        <translation>ENTRÉES</translation>
    </message>
    <message>
        <source>{feature} — click to switch this input on or off (starts training again)</source>
        <translation>{feature} — clique pour activer ou désactiver cette entrée (l'entraînement recommence)</translation>
    </message>
    <message>
        <source>{feature} — click to switch this input on or off (keeps what it has learned)</source>
        <translation>{feature} — clique pour activer ou désactiver cette entrée (garde ce qu'il a appris)</translation>
    </message>
    <message>
        <source>Neuron {u} of hidden layer {layer}: its output over the plane (blue positive, orange negative)</source>
        <translation>Neurone {u} de la couche cachée {layer} : sa sortie sur le plan (bleu positif, orange négatif)</translation>
    </message>
    <message>
        <source>The output: (1 + ŷ)/2 over the plane, with ŷ = tanh(z) (blue near 1, orange near 0)</source>
        <translation>La sortie : (1 + ŷ)/2 sur le plan, avec ŷ = tanh(z) (bleu près de 1, orange près de 0)</translation>
    </message>
    <message>
        <source>Output {u}: the probability of class {name} over the plane</source>
        <translation>Sortie {u} : la probabilité de la classe {name} sur le plan</translation>
    </message>
    <message>
        <source>The output: the predicted value over the plane (blue high, orange low)</source>
        <translation>La sortie : la valeur prédite sur le plan (bleu élevé, orange bas)</translation>
    </message>
    <message>
        <source>The output: the probability of blue over the plane</source>
        <translation>La sortie : la probabilité du bleu sur le plan</translation>
    </message>
</context>
<context>
    <name>number_editor</name>
    <message>
        <source>“{text}” is not a number; type one such as {one} or {other}</source>
        <translation>« {text} » n'est pas un nombre ; saisis-en un comme {one} ou {other}</translation>
    </message>
    <message>
        <source>a weight must be a finite number, not infinity or NaN</source>
        <translation>un poids doit être un nombre fini, pas l'infini ni NaN</translation>
    </message>
    <message>
        <source>a weight must be between {low} and {high}</source>
        <translation>un poids doit être entre {low} et {high}</translation>
    </message>
    <message>
        <source>Type a number and press Enter; Esc cancels</source>
        <translation>Saisis un nombre et appuie sur Enter ; Esc annule</translation>
    </message>
    <message>
        <source>This link is disabled: click it to enable it, then edit its weight.</source>
        <translation>Ce lien est désactivé : clique dessus pour l'activer, puis modifie son poids.</translation>
    </message>
    <message>
        <source>Weight {link}</source>
        <translation>Poids {link}</translation>
    </message>
    <message>
        <source>Bias of {neuron}</source>
        <translation>Biais de {neuron}</translation>
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
    <name>paint_strokes</name>
    <message numerus="yes">
        <source>paint %n point(s)</source>
        <translation><numerusform>peindre %n point</numerusform><numerusform>peindre %n points</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>erase %n point(s)</source>
        <translation><numerusform>effacer %n point</numerusform><numerusform>effacer %n points</numerusform></translation>
    </message>
</context>
<context>
    <name>paint_tool</name>
    <message>
        <source>Click: add a point
Drag: spray points</source>
        <translation>Clic : ajouter un point
Glisser : pulvériser des points</translation>
    </message>
    <message>
        <source>No points yet:
press ✎ Paint (P)
or import a CSV file</source>
        <translation>Aucun point pour l'instant :
appuie sur ✎ Peindre (P)
ou importe un fichier CSV</translation>
    </message>
    <message>
        <source>✎ Paint</source>
        <translation>✎ Peindre</translation>
    </message>
    <message>
        <source>Paint your own data on the output (key P): click to add a point, drag to spray. Starting from generated data paints on a copy of its points.</source>
        <translation>Peins tes propres données sur la sortie (touche P) : clique pour ajouter un point, fais glisser pour pulvériser. En partant de données générées, tu peins sur une copie de leurs points.</translation>
    </message>
    <message>
        <source>The value painted points carry, from −1 (orange) to +1 (blue).</source>
        <translation>La valeur que portent les points peints, de −1 (orange) à +1 (bleu).</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>Pinceau</translation>
    </message>
    <message>
        <source>Add points (key B): click for one, drag to spray.</source>
        <translation>Ajouter des points (touche B) : clique pour un seul, fais glisser pour pulvériser.</translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation>Gomme</translation>
    </message>
    <message>
        <source>Remove the points under the circle as you drag (key E).</source>
        <translation>Retirer les points sous le cercle pendant que tu fais glisser (touche E).</translation>
    </message>
    <message>
        <source>The brush and eraser radius, from 0.2 to 3 (the view is 12 wide).</source>
        <translation>Le rayon du pinceau et de la gomme, de 0.2 à 3 (la vue fait 12 de large).</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>How many points a drag sprays per unit it travels (a click always adds one).</source>
        <translation>Combien de points un glissement pulvérise par unité parcourue (un clic en ajoute toujours un).</translation>
    </message>
    <message>
        <source>Density</source>
        <translation>Densité</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Remove all your points (Ctrl+Z brings them back).</source>
        <translation>Retirer tous tes points (Ctrl+Z les fait revenir).</translation>
    </message>
    <message>
        <source>Value {value}</source>
        <translation>Valeur {value}</translation>
    </message>
    <message>
        <source>&amp;Paint Data</source>
        <translation>&amp;Peindre des données</translation>
    </message>
    <message>
        <source>&amp;Brush</source>
        <translation>&amp;Pinceau</translation>
    </message>
    <message>
        <source>&amp;Eraser</source>
        <translation>&amp;Gomme</translation>
    </message>
    <message>
        <source>&amp;Clear My Points</source>
        <translation>&amp;Effacer mes points</translation>
    </message>
    <message>
        <source>Paint class {number}</source>
        <translation>Peindre la classe {number}</translation>
    </message>
    <message>
        <source>Class {number} ({colour}) chosen: press P or ✎ Paint to paint it.</source>
        <translation>Classe {number} ({colour}) choisie : appuie sur P ou ✎ Peindre pour la peindre.</translation>
    </message>
</context>
<context>
    <name>palette</name>
    <message>
        <source>Hidden layer</source>
        <translation>Couche cachée</translation>
    </message>
    <message>
        <source>Neuron</source>
        <translation>Neurone</translation>
    </message>
    <message>
        <source>Links: weights</source>
        <translation>Liens : poids</translation>
    </message>
    <message>
        <source>Links show their weights: blue positive, orange negative, wider for larger values.</source>
        <translation>Les liens montrent leurs poids : bleu positif, orange négatif, plus larges pour les grandes valeurs.</translation>
    </message>
    <message>
        <source>Links: gradients</source>
        <translation>Liens : gradients</translation>
    </message>
    <message>
        <source>Links show the last gradient ∂L/∂w: wider where learning happens; blue where the step makes the weight larger, orange smaller.</source>
        <translation>Les liens montrent le dernier gradient ∂L/∂w : plus larges là où l'apprentissage a lieu ; bleus là où le pas augmente le poids, orange là où il le diminue.</translation>
    </message>
    <message>
        <source>Links: plain</source>
        <translation>Liens : simples</translation>
    </message>
    <message>
        <source>Links are drawn plain, to see the network's structure.</source>
        <translation>Les liens sont dessinés simplement, pour voir la structure du réseau.</translation>
    </message>
    <message>
        <source>Drag onto the network, between two layers, to insert a hidden layer there.</source>
        <translation>Fais glisser sur le réseau, entre deux couches, pour y insérer une couche cachée.</translation>
    </message>
    <message>
        <source>Ctrl+Z undoes it.</source>
        <translation>Ctrl+Z l'annule.</translation>
    </message>
    <message>
        <source>Drag onto a hidden layer to add a neuron to it. Nothing learned is lost: the new neuron starts with random incoming and zero outgoing weights. Ctrl+Z undoes it.</source>
        <translation>Fais glisser sur une couche cachée pour y ajouter un neurone. Rien de ce qui a été appris n'est perdu : le nouveau neurone commence avec des poids entrants aléatoires et des poids sortants nuls. Ctrl+Z l'annule.</translation>
    </message>
    <message>
        <source>What the links show: weights (colour by sign, width by size), the last gradients (where learning happens), or plain lines.</source>
        <translation>Ce que montrent les liens : les poids (couleur selon le signe, largeur selon la taille), les derniers gradients (là où l'apprentissage a lieu), ou des traits simples.</translation>
    </message>
    <message>
        <source>Drag a part from here onto the network · click an input to switch it · click a link to disable or enable it · click a neuron, then Delete, or drag it off the network, to remove it · right-click a layer for its activation · hover a neuron to see its map and formula · double-click a link or a bias to type a number · Ctrl+Z undoes</source>
        <translation>Fais glisser un élément d'ici sur le réseau · clique sur une entrée pour l'activer ou la désactiver · clique sur un lien pour le désactiver ou l'activer · clique sur un neurone, puis Delete, ou fais-le glisser hors du réseau, pour le retirer · clic droit sur une couche pour son activation · survole un neurone pour voir sa carte et sa formule · double-clique sur un lien ou un biais pour saisir un nombre · Ctrl+Z annule</translation>
    </message>
</context>
<context>
    <name>points</name>
    <message>
        <source>scaled to fit the view: x₁ → {x1} × {factor}, x₂ → {x2} × {factor}</source>
        <translation>mis à l'échelle pour tenir dans la vue : x₁ → {x1} × {factor}, x₂ → {x2} × {factor}</translation>
    </message>
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
    <name>scene_style</name>
    <message numerus="yes">
        <source>%n neuron</source>
        <translation><numerusform>%n neurone</numerusform><numerusform>%n neurones</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n neurons</source>
        <translation><numerusform>%n neurone</numerusform><numerusform>%n neurones</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n HIDDEN LAYER</source>
        <translation><numerusform>%n COUCHE CACHÉE</numerusform><numerusform>%n COUCHES CACHÉES</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n HIDDEN LAYERS</source>
        <translation><numerusform>%n COUCHE CACHÉE</numerusform><numerusform>%n COUCHES CACHÉES</numerusform></translation>
    </message>
    <message>
        <source>The new layer is as wide as the one before it and starts as the identity, so the network computes the same: exactly with linear, ReLU, leaky ReLU or ELU; nearly with softplus or SiLU (the loss moves by less than a hundredth) and with tanh or sigmoid (by a few hundredths at most). Right-click a layer to insert one with random weights instead.</source>
        <translation>La nouvelle couche est aussi large que la précédente et part de l'identité, donc le réseau calcule la même chose : exactement avec linéaire, ReLU, leaky ReLU ou ELU ; presque avec softplus ou SiLU (la perte bouge de moins d'un centième) et avec tanh ou sigmoïde (de quelques centièmes au plus). Clic droit sur une couche pour en insérer une avec des poids aléatoires.</translation>
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
    <name>session</name>
    <message>
        <source>the saved network does not match the saved settings</source>
        <translation>le réseau enregistré ne correspond pas aux réglages enregistrés</translation>
    </message>
    <message>
        <source>the {dataset} dataset is for {task}, not {problem}</source>
        <translation>le jeu de données {dataset} est pour {task}, pas pour {problem}</translation>
    </message>
    <message>
        <source>hidden layer must be from 1 to {layers}; got {layer}</source>
        <translation>la couche cachée doit être de 1 à {layers} ; reçu {layer}</translation>
    </message>
    <message>
        <source>the network has no hidden layers</source>
        <translation>le réseau n'a aucune couche cachée</translation>
    </message>
    <message>
        <source>the network already has the maximum of {layers} hidden layers</source>
        <translation>le réseau a déjà le maximum de {layers} couches cachées</translation>
    </message>
    <message>
        <source>there is no hidden layer to remove</source>
        <translation>il n'y a aucune couche cachée à retirer</translation>
    </message>
    <message>
        <source>hidden layer {layer} already has the maximum of {units} neurons</source>
        <translation>la couche cachée {layer} a déjà le maximum de {units} neurones</translation>
    </message>
    <message>
        <source>at least one input feature must stay on</source>
        <translation>au moins une caractéristique d'entrée doit rester active</translation>
    </message>
    <message>
        <source>weights are edited on one network; turn Compare off first</source>
        <translation>les poids se modifient sur un seul réseau ; désactive d'abord Comparer</translation>
    </message>
    <message>
        <source>the timeline follows the main network; turn Compare off first</source>
        <translation>la frise suit le réseau principal ; désactive d'abord Comparer</translation>
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
    <name>settings</name>
    <message>
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <source>settings must be a JSON object</source>
        <translation>settings doit être un objet JSON</translation>
    </message>
    <message>
        <source>settings: unknown fields {fields}</source>
        <translation>settings : champs inconnus {fields}</translation>
    </message>
    <message>
        <source>{field} must be a list</source>
        <translation>{field} doit être une liste</translation>
    </message>
    <message>
        <source>{field} must be one of {choices}; got {value}</source>
        <translation>{field} doit être l'un de {choices} ; reçu {value}</translation>
    </message>
    <message>
        <source>{field} must be from {least} to {most}; got {value}</source>
        <translation>{field} doit être compris entre {least} et {most} ; reçu {value}</translation>
    </message>
    <message>
        <source>{field} must be an integer from {least} to {most}; got {value}</source>
        <translation>{field} doit être un entier de {least} à {most} ; reçu {value}</translation>
    </message>
    <message>
        <source>{field} must be an integer &gt;= 0; got {value}</source>
        <translation>{field} doit être un entier &gt;= 0 ; reçu {value}</translation>
    </message>
    <message>
        <source>{field} must be 0 (the dataset's default) or from {least} to {most}; got {value}</source>
        <translation>{field} doit valoir 0 (la valeur par défaut du jeu de données) ou être compris entre {least} et {most} ; reçu {value}</translation>
    </message>
    <message>
        <source>{field} must be a number above 0 and at most {most}; got {value}</source>
        <translation>{field} doit être un nombre supérieur à 0 et au plus {most} ; reçu {value}</translation>
    </message>
    <message>
        <source>{field} must be up to {layers} layers of 1 to {most} neurons; got {value}</source>
        <translation>{field} doit compter au plus {layers} couches de 1 à {most} neurones ; reçu {value}</translation>
    </message>
    <message>
        <source>{field} must list at least one feature</source>
        <translation>{field} doit contenir au moins une caractéristique</translation>
    </message>
    <message>
        <source>{field} must name one activation per hidden layer ({choices}); got {value}</source>
        <translation>{field} doit nommer une activation par couche cachée ({choices}) ; reçu {value}</translation>
    </message>
    <message>
        <source>{field} must give one rate from 0 to {most} per hidden layer; got {value}</source>
        <translation>{field} doit donner un taux de 0 à {most} par couche cachée ; reçu {value}</translation>
    </message>
    <message>
        <source>{field} must be true or false; got {value}</source>
        <translation>{field} doit valoir true ou false ; reçu {value}</translation>
    </message>
</context>
<context>
    <name>settings_info</name>
    <message>
        <source>Learning rate</source>
        <translation>Taux d'apprentissage</translation>
    </message>
    <message>
        <source>How big a step each weight takes against its gradient. Too large and training diverges. Changing it keeps the weights and the epoch count; the next step uses it.</source>
        <translation>La taille du pas que fait chaque poids à l'opposé de son gradient. Trop grand, et l'entraînement diverge. Le modifier garde les poids et le nombre d'époques ; le pas suivant l'utilise.</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Activation</translation>
    </message>
    <message>
        <source>The function every hidden neuron applies to its weighted sum. Choosing one here starts again with fresh weights and this activation in every layer; right-click a layer in the network to change just that layer, keeping what it has learned.</source>
        <translation>La fonction que chaque neurone caché applique à sa somme pondérée. En choisir une ici recommence avec de nouveaux poids et cette activation dans toutes les couches ; clic droit sur une couche du réseau pour ne changer que celle-ci, en gardant ce qu'elle a appris.</translation>
    </message>
    <message>
        <source>Regularization</source>
        <translation>Régularisation</translation>
    </message>
    <message>
        <source>A penalty on large weights. L1 pulls every weight towards zero by the same amount, and a weight it carries across zero is set to exactly 0, so weights that do not help end at 0; L2 shrinks weights in proportion to their size, so they get small but not zero. Changing it keeps the weights and the epoch count (TensorFlow Playground starts again here).</source>
        <translation>Une pénalité sur les grands poids. L1 tire chaque poids vers zéro de la même quantité, et un poids qu'elle ferait passer de l'autre côté de zéro est mis exactement à 0, donc les poids inutiles finissent à 0 ; L2 réduit les poids proportionnellement à leur taille, donc ils deviennent petits mais pas nuls. La modifier garde les poids et le nombre d'époques (TensorFlow Playground recommence ici).</translation>
    </message>
    <message>
        <source>Regularization rate</source>
        <translation>Taux de régularisation</translation>
    </message>
    <message>
        <source>How strong the penalty on weights is. Changing it keeps the weights and the epoch count (TensorFlow Playground starts again here).</source>
        <translation>La force de la pénalité sur les poids. Le modifier garde les poids et le nombre d'époques (TensorFlow Playground recommence ici).</translation>
    </message>
    <message>
        <source>Problem type</source>
        <translation>Type de problème</translation>
    </message>
    <message>
        <source>Classification predicts a class; regression predicts a number. Changing it starts again.</source>
        <translation>La classification prédit une classe ; la régression prédit un nombre. Le modifier recommence.</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <source>Cross-entropy: a sigmoid output and the log loss, which punishes a confident mistake hard. TF Playground: TensorFlow Playground's tanh output, labels ±1 and ½ squared error, its starting weights, L1 rule and fixed order of the training points (with more than two classes: softmax and cross-entropy). Changing it starts again.</source>
        <translation>Entropie croisée : une sortie sigmoïde et la perte logarithmique, qui punit durement une erreur commise avec assurance. TF Playground : la sortie tanh de TensorFlow Playground, étiquettes ±1 et ½ erreur quadratique, ses poids de départ, sa règle L1 et l'ordre fixe des points d'entraînement (avec plus de deux classes : softmax et entropie croisée). La modifier recommence.</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimiseur</translation>
    </message>
    <message>
        <source>The rule that turns gradients into weight changes. Changing it keeps the weights; the optimizer's own memory (momentum) starts from zero.</source>
        <translation>La règle qui transforme les gradients en modifications des poids. Le modifier garde les poids ; la mémoire propre de l'optimiseur (inertie) repart de zéro.</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Taille de lot</translation>
    </message>
    <message>
        <source>How many training points are averaged for each weight update. Changing it keeps the weights and the epoch count (TensorFlow Playground starts again here).</source>
        <translation>Le nombre de points d'entraînement moyennés pour chaque mise à jour des poids. La modifier garde les poids et le nombre d'époques (TensorFlow Playground recommence ici).</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>Epochs trained per displayed frame: 1× is TensorFlow Playground's pace (about 60 epochs a second), 10× ten epochs a frame; Max trains as fast as the machine allows. An epoch that takes longer than a tenth of a second (large data) shows as it goes.</source>
        <translation>Époques entraînées par image affichée : 1× est le rythme de TensorFlow Playground (environ 60 époques par seconde), 10× dix époques par image ; Max entraîne aussi vite que la machine le permet. Une époque qui dure plus d'un dixième de seconde (grandes données) s'affiche au fur et à mesure.</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>Which data to learn. Changing it starts again.</source>
        <translation>Quelles données apprendre. Le modifier recommence.</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Bruit</translation>
    </message>
    <message>
        <source>How much the data is blurred or mislabelled (0 to 50 %). Starts again.</source>
        <translation>À quel point les données sont floues ou mal étiquetées (0 à 50 %). Recommence.</translation>
    </message>
    <message>
        <source>Training data</source>
        <translation>Données d'entraînement</translation>
    </message>
    <message>
        <source>The share of points used for training; the rest tests the network. Starts again.</source>
        <translation>La part des points utilisée pour l'entraînement ; le reste teste le réseau. Recommence.</translation>
    </message>
    <message>
        <source>Data seed</source>
        <translation>Graine des données</translation>
    </message>
    <message>
        <source>Which random draw of the data. Regenerate picks a new one.</source>
        <translation>Quel tirage aléatoire des données. Régénérer en choisit un nouveau.</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>How many points the dataset generator draws, training and test together. Starts again.</source>
        <translation>Combien de points le générateur de données tire, entraînement et test ensemble. Recommence.</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Source des données</translation>
    </message>
    <message>
        <source>A dataset generator, or your own points (painted on the output or imported from a CSV file). Switching keeps the network as it is.</source>
        <translation>Un générateur de données, ou tes propres points (peints sur la sortie ou importés d'un fichier CSV). Changer garde le réseau tel quel.</translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation>Couches cachées</translation>
    </message>
    <message>
        <source>The hidden layers' sizes. Changing them edits the network in place and keeps what it has learned; Reset starts again with fresh weights.</source>
        <translation>Les tailles des couches cachées. Les modifier change le réseau sur place et garde ce qu'il a appris ; Réinitialiser recommence avec de nouveaux poids.</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Caractéristiques</translation>
    </message>
    <message>
        <source>Which input features feed the network. Switching one keeps what the network has learned (a new input starts with zero weights); Reset starts again.</source>
        <translation>Quelles caractéristiques d'entrée alimentent le réseau. En changer une garde ce que le réseau a appris (une nouvelle entrée commence avec des poids nuls) ; Réinitialiser recommence.</translation>
    </message>
    <message>
        <source>Weight seed</source>
        <translation>Graine des poids</translation>
    </message>
    <message>
        <source>Which random draw of initial weights; reset picks a new one.</source>
        <translation>Quel tirage aléatoire des poids initiaux ; Réinitialiser en choisit un nouveau.</translation>
    </message>
    <message>
        <source>Stop at epoch</source>
        <translation>Arrêter à l'époque</translation>
    </message>
    <message>
        <source>Pause when this epoch is reached (0: never).</source>
        <translation>Mettre en pause quand cette époque est atteinte (0 : jamais).</translation>
    </message>
    <message>
        <source>Stop when stuck</source>
        <translation>Arrêter si bloqué</translation>
    </message>
    <message>
        <source>Pause when the test loss has not improved (by more than 0.1 %) for this many epochs (0: never).</source>
        <translation>Mettre en pause quand la perte de test ne s'est pas améliorée (de plus de 0.1 %) pendant ce nombre d'époques (0 : jamais).</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planification</translation>
    </message>
    <message>
        <source>How the learning rate changes as training goes on: constant, step decay, exponential or cosine, after an optional linear warm-up. It is a function of the epoch: rewinding puts back the rate of the epoch shown.</source>
        <translation>Comment le taux d'apprentissage change au fil de l'entraînement : constant, par paliers, exponentiel ou cosinus, après un échauffement linéaire facultatif. C'est une fonction de l'époque : revenir en arrière remet le taux de l'époque affichée.</translation>
    </message>
    <message>
        <source>Restore the best</source>
        <translation>Revenir au meilleur</translation>
    </message>
    <message>
        <source>When training stops because the test loss has stopped improving, go back to the weights of the epoch with the best test loss (the later epochs stay on the timeline).</source>
        <translation>Quand l'entraînement s'arrête parce que la perte de test ne s'améliore plus, revenir aux poids de l'époque avec la meilleure perte de test (les époques suivantes restent sur la frise).</translation>
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
    <name>stopping</name>
    <message>
        <source>Paused at epoch {epoch}: the stop-at-epoch setting is {stop}.</source>
        <translation>En pause à l'époque {epoch} : le réglage « arrêter à l'époque » vaut {stop}.</translation>
    </message>
    <message>
        <source>Paused at epoch {epoch}: the test loss has not improved for {patience} epochs (best {loss} at epoch {best_epoch}).</source>
        <translation>En pause à l'époque {epoch} : la perte de test ne s'est pas améliorée depuis {patience} époques (meilleure : {loss} à l'époque {best_epoch}).</translation>
    </message>
    <message>
        <source>Stopped at epoch {epoch}: the test loss had not improved for {patience} epochs; restored the weights of epoch {best_epoch} (test loss {loss}).</source>
        <translation>Arrêté à l'époque {epoch} : la perte de test ne s'était pas améliorée depuis {patience} époques ; les poids de l'époque {best_epoch} ont été restaurés (perte de test {loss}).</translation>
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
    <name>walkthrough</name>
    <message>
        <source>&amp;Backprop, step by step…</source>
        <translation>&amp;Rétropropagation pas à pas…</translation>
    </message>
    <message>
        <source>Walk through backpropagation on one data point, with this network's numbers (W)</source>
        <translation>Parcourir la rétropropagation sur un point de données, avec les nombres de ce réseau (W)</translation>
    </message>
    <message>
        <source>Compare is on: turn it off (C) to walk through one network.</source>
        <translation>Comparer est activé : désactive-le (C) pour parcourir un seul réseau.</translation>
    </message>
    <message>
        <source>Cannot walk through a point: {reason}.</source>
        <translation>Impossible de parcourir un point : {reason}.</translation>
    </message>
    <message>
        <source>Cannot walk through this point: {reason}</source>
        <translation>Impossible de parcourir ce point : {reason}</translation>
    </message>
    <message>
        <source>training point {number}</source>
        <translation>point d'entraînement {number}</translation>
    </message>
    <message>
        <source>test point {number}</source>
        <translation>point de test {number}</translation>
    </message>
    <message>
        <source>There are no training points to pick from yet.</source>
        <translation>Il n'y a pas encore de points d'entraînement parmi lesquels choisir.</translation>
    </message>
    <message>
        <source>No data point there: click on one of the dots.</source>
        <translation>Aucun point de données ici : clique sur l'un des points.</translation>
    </message>
    <message>
        <source>A point</source>
        <translation>Un point</translation>
    </message>
    <message>
        <source>&lt;b&gt;{point}&lt;/b&gt; at ({x1}, {x2}), {target}</source>
        <translation>&lt;b&gt;{point}&lt;/b&gt; en ({x1}, {x2}), {target}</translation>
    </message>
    <message>
        <source>The point ({x1}, {x2}), target {target}, through the network as it is after epoch {epoch} ({steps} steps). Click another point to change it.</source>
        <translation>Le point ({x1}, {x2}), cible {target}, à travers le réseau tel qu'il est après l'époque {epoch} ({steps} pas). Clique sur un autre point pour en changer.</translation>
    </message>
    <message>
        <source>value {value}</source>
        <translation>valeur {value}</translation>
    </message>
    <message>
        <source>class {glyph} {name}</source>
        <translation>classe {glyph} {name}</translation>
    </message>
    <message>
        <source>Pause autoplay</source>
        <translation>Mettre en pause la lecture auto</translation>
    </message>
    <message>
        <source>Autoplay</source>
        <translation>Lecture auto</translation>
    </message>
    <message>
        <source>Not applied: {reason}.</source>
        <translation>Non appliqué : {reason}.</translation>
    </message>
    <message>
        <source>Applied: every weight moved by the amount shown. {loss_change} Next (→) walks through again with the new weights.</source>
        <translation>Appliqué : chaque poids a bougé de la quantité indiquée. {loss_change} Suivant (→) refait le parcours avec les nouveaux poids.</translation>
    </message>
    <message>
        <source>The loss on this point before: {before}
after: {after}</source>
        <translation>La perte sur ce point avant : {before}
après : {after}</translation>
    </message>
    <message>
        <source>Not undone: {reason}</source>
        <translation>Non annulé : {reason}</translation>
    </message>
    <message>
        <source>Training is running, so these numbers are out of date. Pause (Space) and the walkthrough follows the new weights.</source>
        <translation>L'entraînement est en cours, donc ces nombres ne sont plus à jour. Mets en pause (Space) et le parcours suivra les nouveaux poids.</translation>
    </message>
</context>
<context>
    <name>walkthrough_apply</name>
    <message>
        <source>Apply a backprop step</source>
        <translation>Appliquer un pas de rétropropagation</translation>
    </message>
    <message>
        <source>Compare is on</source>
        <translation>Comparer est activé</translation>
    </message>
    <message>
        <source>the network changed since this point was traced</source>
        <translation>le réseau a changé depuis le tracé de ce point</translation>
    </message>
    <message>
        <source>the network has changed since</source>
        <translation>le réseau a changé depuis</translation>
    </message>
</context>
<context>
    <name>walkthrough_backward</name>
    <message>
        <source>f′(z) = 1 if z &gt; 0, else 0</source>
        <translation>f′(z) = 1 si z &gt; 0, sinon 0</translation>
    </message>
    <message>
        <source>f′(z) = 1 if z &gt; 0, else 0.01</source>
        <translation>f′(z) = 1 si z &gt; 0, sinon 0.01</translation>
    </message>
    <message>
        <source>f′(z) = 1 if z &gt; 0, else a + 1</source>
        <translation>f′(z) = 1 si z &gt; 0, sinon a + 1</translation>
    </message>
    <message>
        <source>dropped: δ = 0</source>
        <translation>éteint : δ = 0</translation>
    </message>
    <message>
        <source>{neuron}: dropped by dropout for this point: δ = 0</source>
        <translation>{neuron} : éteint par le dropout pour ce point : δ = 0</translation>
    </message>
    <message>
        <source>&lt;b&gt;{neuron}&lt;/b&gt; was dropped for this point: δ = 0 (its a was 0, so it did not change the loss, and no gradient flows back through it).</source>
        <translation>&lt;b&gt;{neuron}&lt;/b&gt; a été éteint pour ce point : δ = 0 (son a valait 0, il n'a donc pas modifié la perte, et aucun gradient ne repasse par lui).</translation>
    </message>
    <message>
        <source>m = {scale} (kept by dropout)
Σ w·δ (next layer) = {back}</source>
        <translation>m = {scale} (gardé par le dropout)
Σ w·δ (couche suivante) = {back}</translation>
    </message>
    <message>
        <source>For a sigmoid output with the cross-entropy loss, the chain rule ∂L/∂p · ∂p/∂z simplifies to just &lt;b&gt;δ = p − y&lt;/b&gt;.</source>
        <translation>Pour une sortie sigmoïde avec la perte d'entropie croisée, la règle de dérivation en chaîne ∂L/∂p · ∂p/∂z se simplifie en &lt;b&gt;δ = p − y&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>For softmax with the cross-entropy loss, the chain rule simplifies to &lt;b&gt;δ = p − y&lt;/b&gt; for every output (y is 1 for the point's class, 0 otherwise).</source>
        <translation>Pour softmax avec la perte d'entropie croisée, la règle de dérivation en chaîne se simplifie en &lt;b&gt;δ = p − y&lt;/b&gt; pour chaque sortie (y vaut 1 pour la classe du point, 0 sinon).</translation>
    </message>
    <message>
        <source>For a linear output with the squared error ½(ŷ − y)², the chain rule gives &lt;b&gt;δ = ŷ − y&lt;/b&gt;.</source>
        <translation>Pour une sortie linéaire avec l'erreur quadratique ½(ŷ − y)², la règle de dérivation en chaîne donne &lt;b&gt;δ = ŷ − y&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Now backwards, starting at the output. &lt;b&gt;δ = ∂L/∂z&lt;/b&gt; says how much the loss changes when a neuron's z changes. {why}</source>
        <translation>Maintenant en arrière, en partant de la sortie. &lt;b&gt;δ = ∂L/∂z&lt;/b&gt; dit de combien la perte change quand le z d'un neurone change. {why}</translation>
    </message>
    <message>
        <source>Backward from the output</source>
        <translation>En arrière depuis la sortie</translation>
    </message>
    <message>
        <source>δ = ∂L/∂z
on the links: ∂L/∂w = a × δ</source>
        <translation>δ = ∂L/∂z
sur les liens : ∂L/∂w = a × δ</translation>
    </message>
    <message>
        <source>Σ w·δ (next layer) = {back}</source>
        <translation>Σ w·δ (couche suivante) = {back}</translation>
    </message>
    <message>
        <source>Backward through hidden layer {layer} ({activation})</source>
        <translation>En arrière à travers la couche cachée {layer} ({activation})</translation>
    </message>
    <message>
        <source>The chain rule: a neuron's δ is the δ's of the next layer, each times the weight of the link it reached them by, added up, times the slope of its own activation at its z: &lt;b&gt;δ = f′(z) × Σ w·δ&lt;/b&gt;. For {activation}, {slope}.</source>
        <translation>La règle de dérivation en chaîne : le δ d'un neurone est la somme des δ de la couche suivante, chacun multiplié par le poids du lien qui les y relie, multipliée par la pente de sa propre activation en son z : &lt;b&gt;δ = f′(z) × Σ w·δ&lt;/b&gt;. Pour {activation}, {slope}.</translation>
    </message>
    <message>
        <source>With dropout, the factor by which the forward pass scaled the neuron comes in too: &lt;b&gt;δ = f′(z) × m × Σ w·δ&lt;/b&gt;, with m = 0 for a neuron dropped for this point and 1/(1 − {rate}) for one kept.</source>
        <translation>Avec le dropout, le facteur par lequel la propagation avant a multiplié le neurone intervient aussi : &lt;b&gt;δ = f′(z) × m × Σ w·δ&lt;/b&gt;, avec m = 0 pour un neurone éteint pour ce point et 1/(1 − {rate}) pour un neurone gardé.</translation>
    </message>
    <message>
        <source>δ = f′(z) × Σ w·δ
on the links: ∂L/∂w = a × δ</source>
        <translation>δ = f′(z) × Σ w·δ
sur les liens : ∂L/∂w = a × δ</translation>
    </message>
    <message>
        <source>Each link into this layer gets its gradient: the activation &lt;b&gt;a&lt;/b&gt; at the link's start times the &lt;b&gt;δ&lt;/b&gt; at its end, &lt;b&gt;∂L/∂w = a × δ&lt;/b&gt;.</source>
        <translation>Chaque lien qui entre dans cette couche reçoit son gradient : l'activation &lt;b&gt;a&lt;/b&gt; au départ du lien multipliée par le &lt;b&gt;δ&lt;/b&gt; à son arrivée, &lt;b&gt;∂L/∂w = a × δ&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>A bias is a link from a constant 1, so ∂L/∂b = δ: {biases}.</source>
        <translation>Un biais est un lien venant d'une constante 1, donc ∂L/∂b = δ : {biases}.</translation>
    </message>
</context>
<context>
    <name>walkthrough_forward</name>
    <message>
        <source>The point ({x1}, {x2}) goes in. Each input node passes one feature of it on: {values}.</source>
        <translation>Le point ({x1}, {x2}) entre. Chaque nœud d'entrée transmet une de ses caractéristiques : {values}.</translation>
    </message>
    <message>
        <source>These are the activations &lt;b&gt;a&lt;/b&gt; of the input layer. From here each layer works out its neurons from the layer before it.</source>
        <translation>Ce sont les activations &lt;b&gt;a&lt;/b&gt; de la couche d'entrée. À partir d'ici, chaque couche calcule ses neurones à partir de la couche précédente.</translation>
    </message>
    <message>
        <source>(the point is ({x1}, {x2}))</source>
        <translation>(le point est ({x1}, {x2}))</translation>
    </message>
    <message>
        <source>The inputs</source>
        <translation>Les entrées</translation>
    </message>
    <message>
        <source>a = the features of the point</source>
        <translation>a = les caractéristiques du point</translation>
    </message>
    <message>
        <source>carries a = {value} from {neuron}</source>
        <translation>transporte a = {value} depuis {neuron}</translation>
    </message>
    <message>
        <source> (the output is linear)</source>
        <translation> (la sortie est linéaire)</translation>
    </message>
    <message>
        <source>the output neuron (sigmoid)</source>
        <translation>le neurone de sortie (sigmoïde)</translation>
    </message>
    <message>
        <source>the output neurons (softmax)</source>
        <translation>les neurones de sortie (softmax)</translation>
    </message>
    <message>
        <source>the output neuron (linear)</source>
        <translation>le neurone de sortie (linéaire)</translation>
    </message>
    <message>
        <source>The output layer: {head}</source>
        <translation>La couche de sortie : {head}</translation>
    </message>
    <message>
        <source>The output neurons add up their inputs the same way, &lt;b&gt;z = Σ w·a + b&lt;/b&gt;, with the activations of the last layer as inputs.</source>
        <translation>Les neurones de sortie additionnent leurs entrées de la même façon, &lt;b&gt;z = Σ w·a + b&lt;/b&gt;, avec les activations de la dernière couche comme entrées.</translation>
    </message>
    <message>
        <source>Then the sigmoid turns z into a probability: &lt;b&gt;p = σ(z) = 1 / (1 + e⁻ᶻ)&lt;/b&gt;, the network's belief that the point is blue: p = {p}.</source>
        <translation>Puis la sigmoïde transforme z en probabilité : &lt;b&gt;p = σ(z) = 1 / (1 + e⁻ᶻ)&lt;/b&gt;, la croyance du réseau que le point est bleu : p = {p}.</translation>
    </message>
    <message>
        <source>Then softmax turns the z's into probabilities that add up to 1: &lt;b&gt;p = eᶻ / Σ eᶻ&lt;/b&gt;, over all outputs. Here: {parts}.</source>
        <translation>Puis softmax transforme les z en probabilités dont la somme vaut 1 : &lt;b&gt;p = eᶻ / Σ eᶻ&lt;/b&gt;, sur toutes les sorties. Ici : {parts}.</translation>
    </message>
    <message>
        <source>The output is linear: the prediction is z itself.</source>
        <translation>La sortie est linéaire : la prédiction est z lui-même.</translation>
    </message>
    <message>
        <source>z = Σ w·a + b, then {rule}
on the links: w</source>
        <translation>z = Σ w·a + b, puis {rule}
sur les liens : w</translation>
    </message>
    <message>
        <source>Hidden layer {layer} of {layers} ({activation})</source>
        <translation>Couche cachée {layer} sur {layers} ({activation})</translation>
    </message>
    <message>
        <source>Each neuron adds up its inputs, each times the weight of its link, plus its bias: &lt;b&gt;z = Σ w·a + b&lt;/b&gt;. Then it applies its activation: &lt;b&gt;a = f(z)&lt;/b&gt;, here {formula}.</source>
        <translation>Chaque neurone additionne ses entrées, chacune multipliée par le poids de son lien, plus son biais : &lt;b&gt;z = Σ w·a + b&lt;/b&gt;. Puis il applique son activation : &lt;b&gt;a = f(z)&lt;/b&gt;, ici {formula}.</translation>
    </message>
    <message>
        <source> (h1.2 is neuron 2 of hidden layer 1.)</source>
        <translation> (h1.2 est le neurone 2 de la couche cachée 1.)</translation>
    </message>
    <message>
        <source>z = Σ w·a + b,  a = f(z)
on the links: w</source>
        <translation>z = Σ w·a + b,  a = f(z)
sur les liens : w</translation>
    </message>
    <message>
        <source>, dropped for this point: &lt;b&gt;a = 0&lt;/b&gt;</source>
        <translation>, éteint pour ce point : &lt;b&gt;a = 0&lt;/b&gt;</translation>
    </message>
    <message>
        <source>dropped by dropout (f(z) = {value})</source>
        <translation>éteint par le dropout (f(z) = {value})</translation>
    </message>
    <message>
        <source>dropped: a = 0</source>
        <translation>éteint : a = 0</translation>
    </message>
    <message>
        <source>kept by dropout: a = f(z) × {scale}, f(z) = {value}</source>
        <translation>gardé par le dropout : a = f(z) × {scale}, f(z) = {value}</translation>
    </message>
    <message>
        <source>Here p is closer to 0 or 1 than 64-bit numbers can hold, so the engine works the loss out from z instead:</source>
        <translation>Ici p est plus proche de 0 ou de 1 que ce que les nombres sur 64 bits peuvent représenter, donc le moteur calcule la perte à partir de z :</translation>
    </message>
    <message>
        <source>loss L = {value}</source>
        <translation>perte L = {value}</translation>
    </message>
    <message>
        <source>The network says p = {p} for blue; the point is {name}, so y = {y}. </source>
        <translation>Le réseau dit p = {p} pour bleu ; le point est {name}, donc y = {y}. </translation>
    </message>
    <message>
        <source>The closer p gets to 1, the smaller the loss.</source>
        <translation>Plus p se rapproche de 1, plus la perte est petite.</translation>
    </message>
    <message>
        <source>The closer p gets to 0, the smaller the loss.</source>
        <translation>Plus p se rapproche de 0, plus la perte est petite.</translation>
    </message>
    <message>
        <source>cross-entropy</source>
        <translation>entropie croisée</translation>
    </message>
    <message>
        <source>The point is {target}. Only the probability the network gives that class counts: p({name}) = {p}. The closer it gets to 1, the smaller the loss.</source>
        <translation>Le point est {target}. Seule compte la probabilité que le réseau donne à cette classe : p({name}) = {p}. Plus elle se rapproche de 1, plus la perte est petite.</translation>
    </message>
    <message>
        <source>The network predicts ŷ = {prediction}; the point's value is y = {y}.</source>
        <translation>Le réseau prédit ŷ = {prediction} ; la valeur du point est y = {y}.</translation>
    </message>
    <message>
        <source>squared error</source>
        <translation>erreur quadratique</translation>
    </message>
    <message>
        <source>The loss ({name}) measures how wrong that is:</source>
        <translation>La perte ({name}) mesure à quel point c'est faux :</translation>
    </message>
    <message>
        <source>Regularization adds {penalty} over all weights, so in total {total}.</source>
        <translation>La régularisation ajoute {penalty} sur tous les poids, donc au total {total}.</translation>
    </message>
    <message>
        <source>Learning means changing the weights so that this number goes down. The backward pass works out which way each weight should move.</source>
        <translation>Apprendre, c'est modifier les poids pour que ce nombre diminue. La propagation arrière calcule dans quel sens chaque poids doit bouger.</translation>
    </message>
    <message>
        <source>L: how wrong
the prediction is</source>
        <translation>L : à quel point
la prédiction est fausse</translation>
    </message>
    <message>
        <source>The loss on this point</source>
        <translation>La perte sur ce point</translation>
    </message>
</context>
<context>
    <name>walkthrough_jobs</name>
    <message>
        <source>Compare is on: turn it off (C) to walk through one network</source>
        <translation>Comparer est activé : désactive-le (C) pour parcourir un seul réseau</translation>
    </message>
    <message>
        <source>there are no training points to pick from yet</source>
        <translation>il n'y a pas encore de points d'entraînement parmi lesquels choisir</translation>
    </message>
    <message>
        <source>training point {number}</source>
        <translation>point d'entraînement {number}</translation>
    </message>
</context>
<context>
    <name>walkthrough_overlay</name>
    <message>
        <source>Dropped by dropout for this point: it passes 0 on and gets δ = 0</source>
        <translation>Éteint par le dropout pour ce point : il transmet 0 et reçoit δ = 0</translation>
    </message>
</context>
<context>
    <name>walkthrough_panel</name>
    <message>
        <source>Backprop, step by step</source>
        <translation>Rétropropagation pas à pas</translation>
    </message>
    <message>
        <source>Close the walkthrough (Esc); the loss chart comes back</source>
        <translation>Fermer le parcours (Esc) ; la courbe de perte revient</translation>
    </message>
    <message>
        <source>Random point</source>
        <translation>Point au hasard</translation>
    </message>
    <message>
        <source>Take a random training point (or click any point on the plot above)</source>
        <translation>Prendre un point d'entraînement au hasard (ou clique sur n'importe quel point du graphique au-dessus)</translation>
    </message>
    <message>
        <source>The forward pass: each layer computes z = Σ w·a + b and a = f(z) (click to jump there)</source>
        <translation>La propagation avant : chaque couche calcule z = Σ w·a + b et a = f(z) (clique pour y aller)</translation>
    </message>
    <message>
        <source>The loss: how far the prediction is from the target (click to jump there)</source>
        <translation>La perte : l'écart entre la prédiction et la cible (clique pour y aller)</translation>
    </message>
    <message>
        <source>The backward pass: δ = ∂L/∂z from the output back, by the chain rule (click to jump there)</source>
        <translation>La propagation arrière : δ = ∂L/∂z depuis la sortie vers l'arrière, par la règle de dérivation en chaîne (clique pour y aller)</translation>
    </message>
    <message>
        <source>The weight update: each weight moves against its gradient (click to jump there)</source>
        <translation>La mise à jour des poids : chaque poids bouge à l'opposé de son gradient (clique pour y aller)</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Retour</translation>
    </message>
    <message>
        <source>The step before (←)</source>
        <translation>L'étape précédente (←)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Suivant ▶</translation>
    </message>
    <message>
        <source>The next step (→)</source>
        <translation>L'étape suivante (→)</translation>
    </message>
    <message>
        <source>Autoplay</source>
        <translation>Lecture auto</translation>
    </message>
    <message>
        <source>Go through the steps by itself, one every {seconds} seconds; it stops before the update</source>
        <translation>Parcourir les étapes tout seul, une toutes les {seconds} secondes ; s'arrête avant la mise à jour</translation>
    </message>
    <message>
        <source>Apply update</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Make exactly this update to the network's weights (A); the boundary moves. Undo with Ctrl+Z.</source>
        <translation>Faire exactement cette mise à jour des poids du réseau (A) ; la frontière bouge. Annuler avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>Which step of the walkthrough is on show</source>
        <translation>Quelle étape du parcours est affichée</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pick a point:&lt;/b&gt; Next (→) picks one worth a look and says why; or click a point on the plot above, or take a random one.</source>
        <translation>&lt;b&gt;Choisis un point :&lt;/b&gt; Suivant (→) en propose un ; ou clique sur un point, ou tire-le au hasard.</translation>
    </message>
    <message>
        <source>&lt;p style='font-size:{size}pt'&gt;Backpropagation in four steps, with this network's own numbers for one point:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Forward pass&lt;/b&gt;: the point goes through the network layer by layer.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Loss&lt;/b&gt;: how far the prediction is from the point's true label.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Backward pass&lt;/b&gt;: the chain rule finds how each weight changed the loss, from the output back.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Weight update&lt;/b&gt;: every weight moves a little against its gradient.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p style='font-size:{size}pt'&gt;La rétropropagation en quatre étapes, avec les nombres de ce réseau pour un point :&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Propagation avant&lt;/b&gt; : le point traverse le réseau couche par couche.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Perte&lt;/b&gt; : l'écart entre la prédiction et la vraie étiquette du point.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Propagation arrière&lt;/b&gt; : la règle de dérivation en chaîne trouve comment chaque poids a modifié la perte, depuis la sortie vers l'arrière.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Mise à jour des poids&lt;/b&gt; : chaque poids bouge un peu à l'opposé de son gradient.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>step {number} of {count}</source>
        <translation>étape {number} sur {count}</translation>
    </message>
</context>
<context>
    <name>walkthrough_pick</name>
    <message>
        <source>This point is one the network gets wrong: it calls it {predicted}, but the point is {target}.</source>
        <translation>Ce point est l'un de ceux sur lesquels le réseau se trompe : il le classe {predicted}, mais le point est {target}.</translation>
    </message>
    <message>
        <source> It is the only training point the network gets wrong.</source>
        <translation> C'est le seul point d'entraînement sur lequel le réseau se trompe.</translation>
    </message>
    <message numerus="yes">
        <source> Of the %n training points it gets wrong, this one has the largest loss.</source>
        <translation><numerusform> Des %n points d'entraînement sur lesquels il se trompe, celui-ci a la plus grande perte.</numerusform><numerusform> Des %n points d'entraînement sur lesquels il se trompe, celui-ci a la plus grande perte.</numerusform></translation>
    </message>
    <message>
        <source>This is the training point with the largest loss: the prediction is furthest from the point's value here.</source>
        <translation>C'est le point d'entraînement avec la plus grande perte : la prédiction est ici la plus éloignée de la valeur du point.</translation>
    </message>
    <message>
        <source>The network gets every training point right; this is the one with the largest loss.</source>
        <translation>Le réseau classe juste tous les points d'entraînement ; celui-ci est celui qui a la plus grande perte.</translation>
    </message>
    <message>
        <source>The walkthrough picked this point because the network got it wrong; with the weights as they are now, it gets it right.</source>
        <translation>Le parcours a choisi ce point parce que le réseau se trompait ; avec les poids actuels, il le classe juste.</translation>
    </message>
    <message>
        <source>The walkthrough picked this point because its loss was the largest; with the weights as they are now, another point's loss is larger.</source>
        <translation>Le parcours a choisi ce point parce que sa perte était la plus grande ; avec les poids actuels, la perte d'un autre point est plus grande.</translation>
    </message>
</context>
<context>
    <name>walkthrough_sample</name>
    <message>
        <source>it switched off none of them this time</source>
        <translation>il n'en a éteint aucun cette fois</translation>
    </message>
    <message>
        <source>it switched off {neurons} (crossed out): their a is 0, so nothing from them reaches the next layer, and they learn nothing from this point</source>
        <translation>il a éteint {neurons} (barrés) : leur a vaut 0, donc rien d'eux n'atteint la couche suivante, et ils n'apprennent rien de ce point</translation>
    </message>
    <message>
        <source>it switched off {neurons} (crossed out): its a is 0, so nothing from it reaches the next layer, and it learns nothing from this point</source>
        <translation>il a éteint {neurons} (barré) : son a vaut 0, donc rien de lui n'atteint la couche suivante, et il n'apprend rien de ce point</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dropout {rate}&lt;/b&gt; is on in this layer: while training, each neuron is switched off for each point with probability {rate}. For this point {which}. The neurons kept are scaled by 1/(1 − {rate}), so that the layer passes on as much on average. Evaluation, the loss curve and the maps use every neuron.</source>
        <translation>&lt;b&gt;Dropout {rate}&lt;/b&gt; est actif dans cette couche : pendant l'entraînement, chaque neurone est éteint pour chaque point avec la probabilité {rate}. Pour ce point, {which}. Les neurones gardés sont multipliés par 1/(1 − {rate}), pour que la couche transmette autant en moyenne. L'évaluation, la courbe de perte et les cartes utilisent tous les neurones.</translation>
    </message>
    <message>
        <source>out {name}</source>
        <translation>out {name}</translation>
    </message>
    <message>
        <source>out</source>
        <translation>out</translation>
    </message>
    <message>
        <source>the inputs</source>
        <translation>les entrées</translation>
    </message>
    <message>
        <source>the output layer</source>
        <translation>la couche de sortie</translation>
    </message>
    <message>
        <source>hidden layer {layer} of {layers}</source>
        <translation>couche cachée {layer} sur {layers}</translation>
    </message>
    <message>
        <source>y = {y} (the point is {name})</source>
        <translation>y = {y} (le point est {name})</translation>
    </message>
    <message>
        <source>class {number} ({name})</source>
        <translation>classe {number} ({name})</translation>
    </message>
</context>
<context>
    <name>walkthrough_text</name>
    <message>
        <source>Forward pass</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <source>Backward pass</source>
        <translation>Arrière</translation>
    </message>
    <message>
        <source>Weight update</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>The loss on this point stayed exactly {loss}.</source>
        <translation>La perte sur ce point est restée exactement {loss}.</translation>
    </message>
    <message>
        <source>The loss on this point fell by {change}: too little to show at {digits} digits, where it reads {loss} before and after.</source>
        <translation>La perte sur ce point a baissé de {change} : trop peu pour se voir à {digits} chiffres, où elle vaut {loss} avant et après.</translation>
    </message>
    <message>
        <source>The loss on this point rose by {change}: too little to show at {digits} digits, where it reads {loss} before and after.</source>
        <translation>La perte sur ce point a augmenté de {change} : trop peu pour se voir à {digits} chiffres, où elle vaut {loss} avant et après.</translation>
    </message>
    <message>
        <source>The loss on this point fell from {old} to {new}.</source>
        <translation>La perte sur ce point est passée de {old} à {new}.</translation>
    </message>
    <message>
        <source>The loss on this point rose from {old} to {new}.</source>
        <translation>La perte sur ce point est montée de {old} à {new}.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;i&gt;… and %n more links: hover over them in the network.&lt;/i&gt;</source>
        <translation><numerusform>&lt;i&gt;… et %n autre lien : survole-le dans le réseau.&lt;/i&gt;</numerusform><numerusform>&lt;i&gt;… et %n autres liens : survole-les dans le réseau.&lt;/i&gt;</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>&lt;i&gt;… and %n more neurons: hover over them in the network.&lt;/i&gt;</source>
        <translation><numerusform>&lt;i&gt;… et %n autre neurone : survole-le dans le réseau.&lt;/i&gt;</numerusform><numerusform>&lt;i&gt;… et %n autres neurones : survole-les dans le réseau.&lt;/i&gt;</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>… (%n more)</source>
        <translation><numerusform>… (%n de plus)</numerusform><numerusform>… (%n de plus)</numerusform></translation>
    </message>
</context>
<context>
    <name>walkthrough_tfp</name>
    <message>
        <source>the output neuron (tanh, as in TensorFlow Playground)</source>
        <translation>le neurone de sortie (tanh, comme dans TensorFlow Playground)</translation>
    </message>
    <message>
        <source>½ squared error</source>
        <translation>½ erreur quadratique</translation>
    </message>
    <message>
        <source>Then tanh turns z into the output &lt;b&gt;ŷ = tanh(z)&lt;/b&gt;, between −1 and 1, as TensorFlow Playground's does: near +1 says {yes}, near −1 says {no}. Here ŷ = {output}.</source>
        <translation>Puis tanh transforme z en sortie &lt;b&gt;ŷ = tanh(z)&lt;/b&gt;, entre −1 et 1, comme dans TensorFlow Playground : près de +1 signifie {yes}, près de −1 signifie {no}. Ici ŷ = {output}.</translation>
    </message>
    <message>
        <source>The network says ŷ = {output}; the point is {name}, so its target is t = {target} (TensorFlow Playground's labels are −1 and +1). The closer ŷ gets to t, the smaller the loss.</source>
        <translation>Le réseau dit ŷ = {output} ; le point est {name}, donc sa cible est t = {target} (les étiquettes de TensorFlow Playground sont −1 et +1). Plus ŷ se rapproche de t, plus la perte est petite.</translation>
    </message>
    <message>
        <source>For TensorFlow Playground's tanh output with the squared error ½(ŷ − t)², the chain rule gives &lt;b&gt;δ = (ŷ − t)·(1 − ŷ²)&lt;/b&gt;: the slope of tanh, 1 − ŷ², makes δ small whenever ŷ is near +1 or −1, even near the wrong one.</source>
        <translation>Pour la sortie tanh de TensorFlow Playground avec l'erreur quadratique ½(ŷ − t)², la règle de dérivation en chaîne donne &lt;b&gt;δ = (ŷ − t)·(1 − ŷ²)&lt;/b&gt; : la pente de tanh, 1 − ŷ², rend δ petit dès que ŷ est près de +1 ou −1, même près de la mauvaise valeur.</translation>
    </message>
    <message>
        <source>w = 0 stays &lt;b&gt;0&lt;/b&gt;: in TensorFlow Playground's L1 rule a weight that L1 has set to zero stays there.</source>
        <translation>w = 0 reste &lt;b&gt;0&lt;/b&gt; : dans la règle L1 de TensorFlow Playground, un poids que L1 a mis à zéro y reste.</translation>
    </message>
    <message>
        <source>: L1's own pull, η·λ₁ = {pull}, carries it across zero, so TensorFlow Playground's L1 rule sets it to exactly &lt;b&gt;0&lt;/b&gt;.</source>
        <translation> : l'attraction propre de L1, η·λ₁ = {pull}, le fait passer de l'autre côté de zéro, donc la règle L1 de TensorFlow Playground le met exactement à &lt;b&gt;0&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>L1's own pull, η·λ₁ = {pull}, carries w = {weight} across zero in this {optimizer} step, so TensorFlow Playground's L1 rule sets it to exactly &lt;b&gt;0&lt;/b&gt;.</source>
        <translation>L'attraction propre de L1, η·λ₁ = {pull}, fait passer w = {weight} de l'autre côté de zéro dans ce pas de {optimizer}, donc la règle L1 de TensorFlow Playground le met exactement à &lt;b&gt;0&lt;/b&gt;.</translation>
    </message>
</context>
<context>
    <name>walkthrough_update</name>
    <message>
        <source>&lt;b&gt;w ← w − η·∂L/∂w&lt;/b&gt;, with the learning rate η = {rate}.</source>
        <translation>&lt;b&gt;w ← w − η·∂L/∂w&lt;/b&gt;, avec le taux d'apprentissage η = {rate}.</translation>
    </message>
    <message>
        <source>The optimizer is {optimizer}, with g = ∂L/∂w: &lt;b&gt;{rule}&lt;/b&gt; ({constants}); m′ and v′ are m and v corrected for the first steps. Its memory of earlier steps changes how far each weight moves.</source>
        <translation>L'optimiseur est {optimizer}, avec g = ∂L/∂w : &lt;b&gt;{rule}&lt;/b&gt; ({constants}) ; m′ et v′ sont m et v corrigés pour les premiers pas. Sa mémoire des pas précédents change la distance que parcourt chaque poids.</translation>
    </message>
    <message>
        <source>The optimizer is {optimizer}, with g = ∂L/∂w: &lt;b&gt;{rule}&lt;/b&gt; ({constants}). Its memory of earlier steps changes how far each weight moves.</source>
        <translation>L'optimiseur est {optimizer}, avec g = ∂L/∂w : &lt;b&gt;{rule}&lt;/b&gt; ({constants}). Sa mémoire des pas précédents change la distance que parcourt chaque poids.</translation>
    </message>
    <message>
        <source>w = 0 stays &lt;b&gt;0&lt;/b&gt;: the data pull it with ∂L/∂w = {gradient}, no harder than L1's pull back to zero, λ₁ = {l1}.</source>
        <translation>w = 0 reste &lt;b&gt;0&lt;/b&gt; : les données le tirent avec ∂L/∂w = {gradient}, pas plus fort que l'attraction de L1 vers zéro, λ₁ = {l1}.</translation>
    </message>
    <message>
        <source>, across zero, so L1 sets it to exactly &lt;b&gt;0&lt;/b&gt;.</source>
        <translation>, de l'autre côté de zéro, donc L1 le met exactement à &lt;b&gt;0&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>the {optimizer} step would carry w = {weight} across zero, so L1 sets it to exactly &lt;b&gt;0&lt;/b&gt;.</source>
        <translation>le pas de {optimizer} ferait passer w = {weight} de l'autre côté de zéro, donc L1 le met exactement à &lt;b&gt;0&lt;/b&gt;.</translation>
    </message>
    <message>
        <source> (changes by {change})</source>
        <translation> (change de {change})</translation>
    </message>
    <message>
        <source>new w = {weight}</source>
        <translation>nouveau w = {weight}</translation>
    </message>
    <message>
        <source>{neuron}: bias b = {bias}</source>
        <translation>{neuron} : biais b = {bias}</translation>
    </message>
    <message>
        <source>new b = {bias}</source>
        <translation>nouveau b = {bias}</translation>
    </message>
    <message>
        <source>bias of {neuron}: {update}</source>
        <translation>biais de {neuron} : {update}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Into {layer}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vers {layer}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Where a change is too small to show at {digits} digits, it is written after the new value: “(changes by …)”.</source>
        <translation>Quand un changement est trop petit pour se voir à {digits} chiffres, il est écrit après la nouvelle valeur : « (change de …) ».</translation>
    </message>
    <message>
        <source>Every weight and bias now moves a small step against its gradient, which lowers the loss on this point unless the step is too large. {rule}</source>
        <translation>Chaque poids et chaque biais fait maintenant un petit pas à l'opposé de son gradient, ce qui diminue la perte sur ce point sauf si le pas est trop grand. {rule}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Apply&lt;/b&gt; makes exactly this update in the network, and the boundary on the right is drawn again with the new weights.</source>
        <translation>&lt;b&gt;Appliquer&lt;/b&gt; fait exactement cette mise à jour dans le réseau, et la frontière à droite est redessinée avec les nouveaux poids.</translation>
    </message>
    <message>
        <source>{rule}
on the links: the change Δw</source>
        <translation>{rule}
sur les liens : le changement Δw</translation>
    </message>
    <message>
        <source>The weight update ({optimizer})</source>
        <translation>La mise à jour des poids ({optimizer})</translation>
    </message>
</context>
<context>
    <name>warnings_check</name>
    <message>
        <source>The rule: while much is left to learn (training accuracy under 90 %, or a regression loss above half its start), a hidden layer is starved (vanishing) when its weights change less than 1/50 as fast for their size as the output layer's, ‖∂L/∂W‖/‖W‖ on the whole training set. A network that has learned has small gradients everywhere, and that is not vanishing. Exploding: one step (learning rate × gradient) would change a layer's weights by more than their own size, or training diverged.</source>
        <translation>La règle : tant qu'il reste beaucoup à apprendre (exactitude d'entraînement sous 90 %, ou perte de régression au-dessus de la moitié de celle du départ), une couche cachée est affamée (disparition du gradient) quand ses poids changent, par rapport à leur taille, moins de 1/50 aussi vite que ceux de la couche de sortie, ‖∂L/∂W‖/‖W‖ sur toutes les données d'entraînement. Un réseau qui a appris a de petits gradients partout, et ce n'est pas une disparition. Explosion : un pas (taux d'apprentissage × gradient) changerait les poids d'une couche de plus que leur propre taille, ou l'entraînement a divergé.</translation>
    </message>
    <message>
        <source>Dead ReLU: it outputs 0 on every training point, so it passes nothing on and its weights get no gradient; it will not come back by itself. The usual cause is a learning rate too large, which threw its weights far negative. Leaky ReLU never dies.</source>
        <translation>ReLU morte : elle sort 0 sur chaque point d'entraînement, donc elle ne transmet rien et ses poids ne reçoivent aucun gradient ; elle ne reviendra pas d'elle-même. La cause habituelle est un taux d'apprentissage trop grand, qui a envoyé ses poids loin dans le négatif. Leaky ReLU ne meurt jamais.</translation>
    </message>
    <message>
        <source>View › Gradients (G) shows which layers hardly learn.</source>
        <translation>Affichage › Gradients (G) montre quelles couches n'apprennent presque pas.</translation>
    </message>
    <message>
        <source>hidden layer {number}</source>
        <translation>la couche cachée {number}</translation>
    </message>
    <message>
        <source>hidden layers {numbers}</source>
        <translation>les couches cachées {numbers}</translation>
    </message>
    <message>
        <source>the output layer</source>
        <translation>la couche de sortie</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} et {last}</translation>
    </message>
    <message>
        <source>so the network gives every point the same answer and cannot learn</source>
        <translation>donc le réseau donne la même réponse à chaque point et ne peut pas apprendre</translation>
    </message>
    <message>
        <source>so they get no gradient and will not come back</source>
        <translation>donc ils ne reçoivent aucun gradient et ne reviendront pas</translation>
    </message>
    <message>
        <source>Likely cause: the learning rate ({rate}) is so large that a step threw their weights far negative; lower it and press reset, or use leaky ReLU.</source>
        <translation>Cause probable : le taux d'apprentissage ({rate}) est si grand qu'un pas a envoyé leurs poids loin dans le négatif ; baisse-le et réinitialise, ou utilise leaky ReLU.</translation>
    </message>
    <message>
        <source>Likely cause: a large step or a negative bias pushed their weighted sums below zero for every point; try leaky ReLU, a smaller learning rate, or reset.</source>
        <translation>Cause probable : un grand pas ou un biais négatif a poussé leurs sommes pondérées sous zéro pour chaque point ; essaie leaky ReLU, un taux d'apprentissage plus petit, ou réinitialise.</translation>
    </message>
    <message>
        <source>Dead ReLUs: 1 neuron of {where} outputs 0 on every training point, {effect}. {cause}</source>
        <translation>ReLU mortes : 1 neurone de {where} sort 0 sur chaque point d'entraînement, {effect}. {cause}</translation>
    </message>
    <message>
        <source>Dead ReLUs: {count} of {where} output 0 on every training point, {effect}. {cause}</source>
        <translation>ReLU mortes : {count} de {where} sortent 0 sur chaque point d'entraînement, {effect}. {cause}</translation>
    </message>
    <message>
        <source>both neurons</source>
        <translation>les deux neurones</translation>
    </message>
    <message numerus="yes">
        <source>all %n neurons</source>
        <translation><numerusform>le neurone (%n)</numerusform><numerusform>les %n neurones</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n neurons</source>
        <translation><numerusform>%n neurone</numerusform><numerusform>%n neurones</numerusform></translation>
    </message>
    <message>
        <source>Exploding gradients: one step would change the weights of {layer} by {ratio}× their own size (learning rate × gradient); each such step makes the next gradient larger. Lower the learning rate.</source>
        <translation>Explosion du gradient : un pas changerait les poids de {layer} de {ratio}× leur propre taille (taux d'apprentissage × gradient) ; chaque pas de ce genre agrandit le gradient suivant. Baisse le taux d'apprentissage.</translation>
    </message>
    <message>
        <source>accuracy {accuracy}</source>
        <translation>exactitude {accuracy}</translation>
    </message>
    <message>
        <source>the loss is still {loss}</source>
        <translation>la perte vaut encore {loss}</translation>
    </message>
    <message>
        <source> (≤ 0.25 for sigmoid): try fewer layers, tanh or ReLU.</source>
        <translation> (≤ 0.25 pour la sigmoïde) : essaie moins de couches, tanh ou ReLU.</translation>
    </message>
    <message>
        <source>, near 0 for saturated neurons: try a smaller learning rate or fewer layers.</source>
        <translation>, proche de 0 pour les neurones saturés : essaie un taux d'apprentissage plus petit ou moins de couches.</translation>
    </message>
    <message>
        <source>Vanishing gradients: {layers} learns under 1/50 as fast as the output layer (layer {worst}: 1/{ratio}) with much left to learn ({left}). Each layer back multiplies the gradient by w·f′(z){advice}</source>
        <translation>Disparition du gradient : {layers} apprend moins de 1/50 aussi vite que la couche de sortie (couche {worst} : 1/{ratio}) alors qu'il reste beaucoup à apprendre ({left}). Chaque couche vers l'arrière multiplie le gradient par w·f′(z){advice}</translation>
    </message>
    <message>
        <source>Vanishing gradients: {layers} learn under 1/50 as fast as the output layer (layer {worst}: 1/{ratio}) with much left to learn ({left}). Each layer back multiplies the gradient by w·f′(z){advice}</source>
        <translation>Disparition du gradient : {layers} apprennent moins de 1/50 aussi vite que la couche de sortie (couche {worst} : 1/{ratio}) alors qu'il reste beaucoup à apprendre ({left}). Chaque couche vers l'arrière multiplie le gradient par w·f′(z){advice}</translation>
    </message>
    <message>
        <source>Stuck: no better loss for {epochs} epochs, because of the dead neurons.</source>
        <translation>Bloqué : aucune meilleure perte depuis {epochs} époques, à cause des neurones morts.</translation>
    </message>
    <message>
        <source>Stuck: accuracy at chance ({chance}) for {epochs} epochs, because of the dead neurons.</source>
        <translation>Bloqué : exactitude au niveau du hasard ({chance}) depuis {epochs} époques, à cause des neurones morts.</translation>
    </message>
    <message>
        <source>Stuck: no better loss in the last {epochs} epochs. Try another learning rate, tanh or ReLU rather than sigmoid, fewer layers, or reset for new starting weights.</source>
        <translation>Bloqué : aucune meilleure perte lors des {epochs} dernières époques. Essaie un autre taux d'apprentissage, tanh ou ReLU plutôt que sigmoïde, moins de couches, ou réinitialise pour de nouveaux poids de départ.</translation>
    </message>
    <message>
        <source>Stuck: no better loss in the last {epochs} epochs and accuracy at chance ({chance}, the commonest class's share). Try another learning rate, tanh or ReLU rather than sigmoid, fewer layers, or reset for new starting weights.</source>
        <translation>Bloqué : aucune meilleure perte lors des {epochs} dernières époques et exactitude au niveau du hasard ({chance}, la part de la classe la plus fréquente). Essaie un autre taux d'apprentissage, tanh ou ReLU plutôt que sigmoïde, moins de couches, ou réinitialise pour de nouveaux poids de départ.</translation>
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