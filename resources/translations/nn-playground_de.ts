<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>activations</name>
    <message>
        <source>activation must be one of {choices}; got {value}</source>
        <translation>Aktivierung muss eine von {choices} sein; erhalten: {value}</translation>
    </message>
</context>
<context>
    <name>autosave</name>
    <message>
        <source>Restore your work?</source>
        <translation>Deine Arbeit wiederherstellen?</translation>
    </message>
    <message>
        <source>NN Playground did not close properly last time.

Restore “{name}”, saved automatically at {time} on {date}?</source>
        <translation>NN Playground wurde beim letzten Mal nicht richtig beendet.

„{name}“ wiederherstellen, automatisch gespeichert um {time} am {date}?</translation>
    </message>
    <message>
        <source>Cannot restore the autosave</source>
        <translation>Die automatische Sicherung lässt sich nicht wiederherstellen</translation>
    </message>
</context>
<context>
    <name>banner</name>
    <message>
        <source>{reason} Press play to continue.</source>
        <translation>{reason} Drücke Start, um weiterzumachen.</translation>
    </message>
</context>
<context>
    <name>bounded_json</name>
    <message>
        <source>the file is not valid JSON (line {line}, column {column}: {error})</source>
        <translation>Die Datei ist kein gültiges JSON (Zeile {line}, Spalte {column}: {error})</translation>
    </message>
    <message>
        <source>the JSON is nested more than {limit} deep</source>
        <translation>Das JSON ist mehr als {limit} Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>the file holds {count} arrays and objects; a project holds at most {limit}</source>
        <translation>Die Datei enthält {count} Arrays und Objekte; ein Projekt enthält höchstens {limit}</translation>
    </message>
    <message>
        <source>the file holds more than {limit} values, more than a project holds</source>
        <translation>Die Datei enthält mehr als {limit} Werte, mehr als ein Projekt enthält</translation>
    </message>
    <message>
        <source>the file holds {count} strings; a project holds at most {limit}</source>
        <translation>Die Datei enthält {count} Zeichenketten; ein Projekt enthält höchstens {limit}</translation>
    </message>
    <message>
        <source>the JSON is nested {depth} deep; a project nests at most {limit}</source>
        <translation>Das JSON ist {depth} Ebenen tief verschachtelt; ein Projekt höchstens {limit}</translation>
    </message>
    <message>
        <source>the file holds a string of {length} characters (the value of "{key}"); at most {limit}</source>
        <translation>Die Datei enthält eine Zeichenkette mit {length} Zeichen (den Wert von „{key}“); höchstens {limit}</translation>
    </message>
    <message>
        <source>the file holds a string of {length} characters; at most {limit}</source>
        <translation>Die Datei enthält eine Zeichenkette mit {length} Zeichen; höchstens {limit}</translation>
    </message>
    <message>
        <source>the file holds a whole number of {count} digits; numbers in a project have at most {limit}</source>
        <translation>Die Datei enthält eine ganze Zahl mit {count} Ziffern; Zahlen in einem Projekt haben höchstens {limit}</translation>
    </message>
    <message>
        <source>the file holds {name}, which is not a number a project may hold</source>
        <translation>Die Datei enthält {name}, keine Zahl, die ein Projekt enthalten darf</translation>
    </message>
</context>
<context>
    <name>class_folder</name>
    <message>
        <source>only the first {limit} names in the folder were looked at</source>
        <translation>Nur die ersten {limit} Namen im Ordner wurden angesehen</translation>
    </message>
    <message>
        <source>{count} more hand-ins left out: a class folder shows at most {limit}</source>
        <translation>{count} weitere Abgaben ausgelassen: Ein Klassenordner zeigt höchstens {limit}</translation>
    </message>
    <message>
        <source>too large to read ({error})</source>
        <translation>zu groß zum Lesen ({error})</translation>
    </message>
    <message>
        <source>cannot be read: {error}</source>
        <translation>kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>a project, not a hand-in (no name or results in it)</source>
        <translation>ein Projekt, keine Abgabe (kein Name und keine Ergebnisse darin)</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>{prog}: error: {message} (see {prog} --help)</source>
        <translation>{prog}: Fehler: {message} (siehe {prog} --help)</translation>
    </message>
    <message>
        <source>{text} is not a whole number</source>
        <translation>{text} ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>must be from 1 to {most}; got {value}</source>
        <translation>muss zwischen 1 und {most} liegen; erhalten: {value}</translation>
    </message>
    <message>
        <source>must be from 32 to 4096 pixels; got {value}</source>
        <translation>muss zwischen 32 und 4096 Pixeln liegen; erhalten: {value}</translation>
    </message>
    <message>
        <source>NN Playground: draw a network, pick or paint data, press play and watch backpropagation learn. With no command it opens the window.</source>
        <translation>NN Playground: Zeichne ein Netz, wähle oder male Daten, drücke Start und sieh zu, wie Backpropagation lernt. Ohne Befehl öffnet sich das Fenster.</translation>
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
        <translation>Beispiele:
  {prog}                                  Fenster öffnen
  {prog} open lesson.nnplay               ein Projekt oder eine Lektion im Fenster öffnen
  {prog} lessons                          die mitgelieferten Lektionen auflisten
  {prog} run work.nnplay --epochs 500 --report out.json --export-boundary out.png
  {prog} check hand-ins/                  jedes Projekt und jede CSV-Datei in einem Ordner prüfen
  {prog} class hand-ins/ --csv grades.csv  ein Ordner mit Abgaben als Notenbuch
  {prog} export work.nnplay --pytorch work.py   das Netz als PyTorch-Skript
  {prog} selftest                         prüfen, ob diese Kopie der App funktioniert
'{prog} BEFEHL --help' zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>the language of the window and of these messages: {codes} (default: as chosen in View &gt; Language, else the system's)</source>
        <translation>die Sprache des Fensters und dieser Meldungen: {codes} (Standard: wie unter Ansicht &gt; Sprache gewählt, sonst die des Systems)</translation>
    </message>
    <message>
        <source>open the window in projector mode: larger type, thicker lines, bigger points (View &gt; Projector mode switches it; it is remembered)</source>
        <translation>das Fenster im Beamer-Modus öffnen: größere Schrift, dickere Linien, größere Punkte (Ansicht &gt; Beamer-Modus schaltet ihn um; er wird gespeichert)</translation>
    </message>
    <message>
        <source>open the window, optionally with a project or lesson file (the default)</source>
        <translation>das Fenster öffnen, wahlweise mit einer Projekt- oder Lektionsdatei (Standard)</translation>
    </message>
    <message>
        <source>Open the NN Playground window, optionally with a project or lesson file.</source>
        <translation>Das NN-Playground-Fenster öffnen, wahlweise mit einer Projekt- oder Lektionsdatei.</translation>
    </message>
    <message>
        <source>a .nnplay project or lesson file, or a bundled lesson's name</source>
        <translation>eine .nnplay-Projekt- oder Lektionsdatei oder der Name einer mitgelieferten Lektion</translation>
    </message>
    <message>
        <source>train a project without a window and report the result</source>
        <translation>ein Projekt ohne Fenster trainieren und das Ergebnis melden</translation>
    </message>
    <message>
        <source>Train a project or lesson without a window, showing a progress bar on stderr, then write the final losses and accuracies. Training stops early if it diverges. A project with Compare on trains every lane for N epochs and reports each lane. A project whose data holds no training point is refused.</source>
        <translation>Ein Projekt oder eine Lektion ohne Fenster trainieren, mit einem Fortschrittsbalken auf stderr, dann die letzten Verluste und Genauigkeiten ausgeben. Das Training bricht vorzeitig ab, wenn es divergiert. Ein Projekt mit eingeschaltetem Vergleich trainiert jede Spur N Epochen lang und meldet jede Spur. Ein Projekt ohne Trainingspunkte in den Daten wird abgelehnt.</translation>
    </message>
    <message>
        <source>The report is JSON: {epochs, final_epoch, train_loss, test_loss, train_accuracy, test_accuracy, diverged, seconds, warnings}; epochs counts this run's epochs, accuracy is null for regression; warnings lists {kind, layers, message} for what went wrong by the end (the window's rules: vanishing, exploding, dead_neurons, stuck, diverged). With Compare on it adds lanes, a list with each lane's {name, settings, overrides} and the same figures, and focus, the name of the lane the window shows, whose figures are the top-level ones (and the exported pictures). Exit codes: 0 done (even if training diverged), 1 an error (unreadable or invalid file, no training data, a file that cannot be written), 2 a usage mistake.</source>
        <translation>Der Bericht ist JSON: {epochs, final_epoch, train_loss, test_loss, train_accuracy, test_accuracy, diverged, seconds, warnings}; epochs zählt die Epochen dieses Laufs, accuracy ist bei Regression null; warnings listet {kind, layers, message} für das, was am Ende schiefgelaufen ist (die Regeln des Fensters: vanishing, exploding, dead_neurons, stuck, diverged). Mit eingeschaltetem Vergleich kommen lanes hinzu, eine Liste mit {name, settings, overrides} und denselben Zahlen für jede Spur, sowie focus, der Name der Spur, die das Fenster zeigt und deren Zahlen die obersten sind (und die exportierten Bilder). Exit-Codes: 0 fertig (auch wenn das Training divergiert ist), 1 ein Fehler (unlesbare oder ungültige Datei, keine Trainingsdaten, eine Datei, die nicht geschrieben werden kann), 2 ein Bedienfehler.</translation>
    </message>
    <message>
        <source>the .nnplay project or lesson to train (or a bundled lesson's name)</source>
        <translation>das .nnplay-Projekt oder die Lektion zum Trainieren (oder der Name einer mitgelieferten Lektion)</translation>
    </message>
    <message>
        <source>how many epochs to train (1 to {most})</source>
        <translation>wie viele Epochen trainiert wird (1 bis {most})</translation>
    </message>
    <message>
        <source>write the final figures to this JSON file</source>
        <translation>die Endergebnisse in diese JSON-Datei schreiben</translation>
    </message>
    <message>
        <source>save the decision boundary with the training data as a picture (.png, or .svg by suffix)</source>
        <translation>die Entscheidungsgrenze mit den Trainingsdaten als Bild speichern (.png oder .svg, je nach Endung)</translation>
    </message>
    <message>
        <source>save an animated GIF of the boundary as it changes during these epochs</source>
        <translation>ein animiertes GIF der Entscheidungsgrenze speichern, wie sie sich in diesen Epochen verändert</translation>
    </message>
    <message>
        <source>save the trained project to this file</source>
        <translation>das trainierte Projekt in diese Datei speichern</translation>
    </message>
    <message>
        <source>width and height of exported pictures (default 480)</source>
        <translation>Breite und Höhe der exportierten Bilder (Standard 480)</translation>
    </message>
    <message>
        <source>also draw the test points in exported pictures</source>
        <translation>auch die Testpunkte in exportierte Bilder zeichnen</translation>
    </message>
    <message>
        <source>no progress bar</source>
        <translation>kein Fortschrittsbalken</translation>
    </message>
    <message>
        <source>check that projects, lessons and CSV files open, without opening a window</source>
        <translation>prüfen, ob sich Projekte, Lektionen und CSV-Dateien öffnen lassen, ohne ein Fenster zu öffnen</translation>
    </message>
    <message>
        <source>Check each file as the window would open it: a project or lesson (.nnplay, its lesson text included) or a CSV file of points. Prints one line per file, 'FILE: ok' or 'FILE: the reason', on stdout. A folder stands for the .nnplay and .csv files in it and its subfolders (a folder of hand-ins, say).</source>
        <translation>Jede Datei so prüfen, wie das Fenster sie öffnen würde: ein Projekt oder eine Lektion (.nnplay, samt Lektionstext) oder eine CSV-Datei mit Punkten. Gibt eine Zeile pro Datei auf stdout aus, 'DATEI: ok' oder 'DATEI: der Grund'. Ein Ordner steht für die .nnplay- und .csv-Dateien darin und in seinen Unterordnern (etwa ein Ordner mit Abgaben).</translation>
    </message>
    <message>
        <source>Exit codes: 0 every file is fine, 1 some file is not, 2 a usage mistake.</source>
        <translation>Exit-Codes: 0 jede Datei ist in Ordnung, 1 eine Datei ist es nicht, 2 ein Bedienfehler.</translation>
    </message>
    <message>
        <source>a .nnplay project or lesson, a .csv file, or a folder of them</source>
        <translation>ein .nnplay-Projekt oder eine Lektion, eine .csv-Datei oder ein Ordner davon</translation>
    </message>
    <message>
        <source>write the project's network as a PyTorch or NumPy script</source>
        <translation>das Netz des Projekts als PyTorch- oder NumPy-Skript schreiben</translation>
    </message>
    <message>
        <source>Write the project's network, its trained weights and its data as one readable Python file: --pytorch for an nn.Module, --numpy for a script that needs only NumPy. Run on its own, the script prints one JSON line {"train_loss", "test_loss", "train_accuracy", "test_accuracy"}, the figures 'run' reports for the project; with --train N it then trains N more epochs as 'run --epochs N' would.</source>
        <translation>Das Netz des Projekts, seine trainierten Gewichte und seine Daten als eine lesbare Python-Datei schreiben: --pytorch für ein nn.Module, --numpy für ein Skript, das nur NumPy braucht. Allein ausgeführt gibt das Skript eine JSON-Zeile {"train_loss", "test_loss", "train_accuracy", "test_accuracy"} aus, die Zahlen, die 'run' für das Projekt meldet; mit --train N trainiert es danach N weitere Epochen, wie 'run --epochs N' es täte.</translation>
    </message>
    <message>
        <source>Exit codes: 0 written, 1 an error (unreadable project, unwritable output), 2 a usage mistake.</source>
        <translation>Exit-Codes: 0 geschrieben, 1 ein Fehler (unlesbares Projekt, nicht schreibbare Ausgabe), 2 ein Bedienfehler.</translation>
    </message>
    <message>
        <source>list the bundled lessons</source>
        <translation>die mitgelieferten Lektionen auflisten</translation>
    </message>
    <message>
        <source>List the bundled lessons: file name and title. Open one with 'open NAME'.</source>
        <translation>Die mitgelieferten Lektionen auflisten: Dateiname und Titel. Öffne eine mit 'open NAME'.</translation>
    </message>
    <message>
        <source>a folder of hand-ins as a grade book (CSV), without a window</source>
        <translation>ein Ordner mit Abgaben als Notenbuch (CSV), ohne Fenster</translation>
    </message>
    <message>
        <source>check that this copy of the app works: window, lesson, training, export</source>
        <translation>prüfen, ob diese Kopie der App funktioniert: Fenster, Lektion, Training, Export</translation>
    </message>
    <message>
        <source>Open the window offscreen (no screen needed), open a bundled lesson, train it for a few hundred steps and export PNG pictures. Exit code 0 when every step passed; otherwise the failed step is named and the exit code is 1.</source>
        <translation>Das Fenster unsichtbar öffnen (kein Bildschirm nötig), eine mitgelieferte Lektion öffnen, einige hundert Schritte trainieren und PNG-Bilder exportieren. Exit-Code 0, wenn jeder Schritt gelungen ist; sonst wird der fehlgeschlagene Schritt genannt und der Exit-Code ist 1.</translation>
    </message>
    <message>
        <source>no window can be opened from here</source>
        <translation>von hier aus kann kein Fenster geöffnet werden</translation>
    </message>
    <message>
        <source>{prog}: interrupted</source>
        <translation>{prog}: abgebrochen</translation>
    </message>
    <message>
        <source>{prog}: no language {lang}; these are offered: {codes}</source>
        <translation>{prog}: keine Sprache {lang}; angeboten werden: {codes}</translation>
    </message>
    <message>
        <source>{prog}: error: {message}</source>
        <translation>{prog}: Fehler: {message}</translation>
    </message>
</context>
<context>
    <name>cli_check</name>
    <message>
        <source>no .nnplay or .csv file in this folder</source>
        <translation>keine .nnplay- oder .csv-Datei in diesem Ordner</translation>
    </message>
    <message>
        <source>too large or too deeply nested to read ({error})</source>
        <translation>zu groß oder zu tief verschachtelt zum Lesen ({error})</translation>
    </message>
    <message>
        <source>cannot be opened: an internal error ({error})</source>
        <translation>kann nicht geöffnet werden: ein interner Fehler ({error})</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
</context>
<context>
    <name>cli_class</name>
    <message>
        <source>the folder of hand-ins (.nnplay files)</source>
        <translation>der Ordner mit den Abgaben (.nnplay-Dateien)</translation>
    </message>
    <message>
        <source>write the grade book to this file (default: print it on stdout)</source>
        <translation>das Notenbuch in diese Datei schreiben (Standard: auf stdout ausgeben)</translation>
    </message>
    <message>
        <source>the rows' order (default: name; test_accuracy puts the best first)</source>
        <translation>die Reihenfolge der Zeilen (Standard: name; test_accuracy stellt die besten nach oben)</translation>
    </message>
    <message>
        <source>Read every hand-in (.nnplay) in FOLDER, as File &gt; Open class folder does, and write one CSV row per file: file, name, lesson, handed_in (UTC), epochs, train_loss, test_loss, train_accuracy, test_accuracy, note. A damaged file or a project without a hand-in part gets its reason in the note column and the other files are read on.</source>
        <translation>Jede Abgabe (.nnplay) in ORDNER lesen, wie Datei &gt; Klassenordner öffnen es tut, und eine CSV-Zeile pro Datei schreiben: file, name, lesson, handed_in (UTC), epochs, train_loss, test_loss, train_accuracy, test_accuracy, note. Bei einer beschädigten Datei oder einem Projekt ohne Abgabeteil steht der Grund in der Spalte note, und die übrigen Dateien werden weiter gelesen.</translation>
    </message>
    <message>
        <source>Exit codes: 0 the folder was read (even with damaged files; the summary on stderr counts them), 1 the folder cannot be read or the CSV cannot be written, 2 a usage mistake.</source>
        <translation>Exit-Codes: 0 der Ordner wurde gelesen (auch mit beschädigten Dateien; die Zusammenfassung auf stderr zählt sie), 1 der Ordner kann nicht gelesen oder die CSV nicht geschrieben werden, 2 ein Bedienfehler.</translation>
    </message>
    <message>
        <source>{folder} is not a folder</source>
        <translation>{folder} ist kein Ordner</translation>
    </message>
    <message>
        <source>cannot write {file}: the folder {folder} does not exist</source>
        <translation>{file} kann nicht geschrieben werden: Der Ordner {folder} existiert nicht</translation>
    </message>
    <message>
        <source>cannot read the folder {folder}: {reason}</source>
        <translation>Der Ordner {folder} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>{read} hand-ins read, {damaged} other or damaged files noted</source>
        <translation type="unfinished"><numerusform>{read} Abgabe gelesen, {damaged} andere oder beschädigte Dateien vermerkt</numerusform><numerusform /></translation>
    </message>
    <message numerus="yes">
        <source>{read} hand-ins read</source>
        <translation type="unfinished"><numerusform>{read} Abgabe gelesen</numerusform><numerusform /></translation>
    </message>
    <message>
        <source>{summary}; {note}</source>
        <translation>{summary}; {note}</translation>
    </message>
</context>
<context>
    <name>cli_common</name>
    <message>
        <source>{name} names several lessons: {lessons}</source>
        <translation>{name} bezeichnet mehrere Lektionen: {lessons}</translation>
    </message>
</context>
<context>
    <name>cli_export</name>
    <message>
        <source>the .nnplay project or lesson (or a bundled lesson's name)</source>
        <translation>das .nnplay-Projekt oder die Lektion (oder der Name einer mitgelieferten Lektion)</translation>
    </message>
    <message>
        <source>write a PyTorch script (an nn.Module) to this file</source>
        <translation>ein PyTorch-Skript (ein nn.Module) in diese Datei schreiben</translation>
    </message>
    <message>
        <source>write a script that needs only NumPy to this file</source>
        <translation>ein Skript, das nur NumPy braucht, in diese Datei schreiben</translation>
    </message>
    <message>
        <source>say nothing when done</source>
        <translation>nach getaner Arbeit nichts ausgeben</translation>
    </message>
    <message>
        <source>nn-playground export: error: say which script to write: --pytorch OUT.py, --numpy OUT.py, or both (see nn-playground export --help)</source>
        <translation>nn-playground export: Fehler: Gib an, welches Skript geschrieben werden soll: --pytorch OUT.py, --numpy OUT.py oder beide (siehe nn-playground export --help)</translation>
    </message>
    <message>
        <source>--{kind} {file} would overwrite the project itself</source>
        <translation>--{kind} {file} würde das Projekt selbst überschreiben</translation>
    </message>
    <message>
        <source>{file}: cannot export: {reason}</source>
        <translation>{file}: Export nicht möglich: {reason}</translation>
    </message>
    <message>
        <source>Wrote {file}: a {kind} script of the {sizes} network at epoch {epoch}</source>
        <translation>{file} geschrieben: ein {kind}-Skript des {sizes}-Netzes in Epoche {epoch}</translation>
    </message>
</context>
<context>
    <name>cli_run</name>
    <message>
        <source>Training [{bar}] {percent}  epoch {epoch}/{epochs}  loss {loss}</source>
        <translation>Training [{bar}] {percent}  Epoche {epoch}/{epochs}  Verlust {loss}</translation>
    </message>
    <message>
        <source>cannot write the report {path}: the folder {folder} does not exist</source>
        <translation>Der Bericht {path} kann nicht geschrieben werden: Der Ordner {folder} existiert nicht</translation>
    </message>
    <message>
        <source>cannot write the picture {path}: the folder {folder} does not exist</source>
        <translation>Das Bild {path} kann nicht geschrieben werden: Der Ordner {folder} existiert nicht</translation>
    </message>
    <message>
        <source>cannot write the GIF {path}: the folder {folder} does not exist</source>
        <translation>Das GIF {path} kann nicht geschrieben werden: Der Ordner {folder} existiert nicht</translation>
    </message>
    <message>
        <source>cannot write the project {path}: the folder {folder} does not exist</source>
        <translation>Das Projekt {path} kann nicht geschrieben werden: Der Ordner {folder} existiert nicht</translation>
    </message>
    <message>
        <source>--export-boundary must end in .png or .svg; got {file}</source>
        <translation>--export-boundary muss auf .png oder .svg enden; erhalten: {file}</translation>
    </message>
    <message>
        <source>{file}: nothing to train: its data holds no training point (only test points, or none); add training points in the window first</source>
        <translation>{file}: nichts zu trainieren: Die Daten enthalten keinen Trainingspunkt (nur Testpunkte oder gar keine); füge zuerst im Fenster Trainingspunkte hinzu</translation>
    </message>
    <message>
        <source>Lane {lane}: {message}</source>
        <translation>Spur {lane}: {message}</translation>
    </message>
    <message>
        <source>  Lane {lane} ({settings}): {figures}</source>
        <translation>  Spur {lane} ({settings}): {figures}</translation>
    </message>
    <message>
        <source>train loss {train_loss}, test loss {test_loss}</source>
        <translation>Trainingsverlust {train_loss}, Testverlust {test_loss}</translation>
    </message>
    <message>
        <source>test accuracy {accuracy} %</source>
        <translation>Testgenauigkeit {accuracy} %</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>divergiert</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>{epochs} epochs in {seconds} s, {lanes} lanes:</source>
        <translation type="unfinished"><numerusform>{epochs} Epoche in {seconds} s, {lanes} Spuren:</numerusform><numerusform /></translation>
    </message>
    <message numerus="yes">
        <source>{epochs} epochs in {seconds} s, {figures}</source>
        <translation type="unfinished"><numerusform>{epochs} Epoche in {seconds} s, {figures}</numerusform><numerusform /></translation>
    </message>
</context>
<context>
    <name>client</name>
    <message>
        <source>Not changed</source>
        <translation>Nicht geändert</translation>
    </message>
    <message>
        <source>{refusal}: {reason}</source>
        <translation>{refusal}: {reason}</translation>
    </message>
    <message>
        <source>{refusal}: an internal error ({error})</source>
        <translation>{refusal}: ein interner Fehler ({error})</translation>
    </message>
    <message>
        <source>the training thread did not answer in time</source>
        <translation>Der Trainings-Thread hat nicht rechtzeitig geantwortet</translation>
    </message>
</context>
<context>
    <name>compare</name>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Race 2 to 4 copies of the network side by side (C): every lane starts from the same weights on the same data and differs only in the settings you give it (optimizer, learning rate, activation, batch size, regularization). Stop at epoch applies to every lane; stop when stuck waits until Compare is off.</source>
        <translation>Lass 2 bis 4 Kopien des Netzes nebeneinander um die Wette laufen (C): Jede Spur startet mit denselben Gewichten auf denselben Daten und unterscheidet sich nur in den Einstellungen, die du ihr gibst (Optimierer, Lernrate, Aktivierung, Batchgröße, Regularisierung). „Bei Epoche anhalten“ gilt für jede Spur; „Anhalten, wenn es hängt“ wartet, bis Vergleichen aus ist.</translation>
    </message>
    <message>
        <source>Add lane</source>
        <translation>Spur hinzufügen</translation>
    </message>
    <message>
        <source>Add a lane (up to 4) that races an optimizer not raced yet. The race starts again.</source>
        <translation>Eine Spur hinzufügen (bis zu 4), die einen Optimierer antreten lässt, der noch nicht dabei ist. Das Rennen beginnt von vorn.</translation>
    </message>
    <message>
        <source>Restart race</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <source>Every lane back to epoch 0 and the same starting weights (R picks new weights).</source>
        <translation>Jede Spur zurück auf Epoche 0 und dieselben Startgewichte (R wählt neue Gewichte).</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Same start, same data: only the lanes' settings differ (bold: a lane's own; the others follow the top bar).</source>
        <translation>Gleicher Start, gleiche Daten: Nur die Einstellungen der Spuren unterscheiden sich (fett: eigene Einstellung einer Spur; die übrigen folgen der oberen Leiste).</translation>
    </message>
    <message>
        <source>&amp;Compare lanes</source>
        <translation>Spuren &amp;vergleichen</translation>
    </message>
    <message>
        <source>Stop comparing?</source>
        <translation>Vergleich beenden?</translation>
    </message>
    <message>
        <source>The race has trained to epoch {trained}. Keep one lane's network (it carries on as the main network, with its settings and loss history), or go back to the network as it was before the race (epoch {before})?</source>
        <translation>Das Rennen hat bis Epoche {trained} trainiert. Das Netz einer Spur behalten (es macht als Hauptnetz weiter, mit seinen Einstellungen und seinem Verlustverlauf) oder zum Netz zurückkehren, wie es vor dem Rennen war (Epoche {before})?</translation>
    </message>
    <message>
        <source>Keep lane {lane}</source>
        <translation>Spur {lane} behalten</translation>
    </message>
    <message>
        <source>Back to before the race</source>
        <translation>Zurück zu vor dem Rennen</translation>
    </message>
    <message>
        <source>Make this lane the main network?</source>
        <translation>Diese Spur zum Hauptnetz machen?</translation>
    </message>
    <message>
        <source>Lane {lane} ({summary}) becomes the main network: its settings, weights and loss history carry on, and Compare closes. The other lanes are dropped.</source>
        <translation>Spur {lane} ({summary}) wird zum Hauptnetz: Ihre Einstellungen, Gewichte und ihr Verlustverlauf bleiben erhalten, und Vergleichen wird geschlossen. Die anderen Spuren entfallen.</translation>
    </message>
    <message>
        <source>Stop comparing</source>
        <translation>Vergleich beenden</translation>
    </message>
</context>
<context>
    <name>compare_curves</name>
    <message>
        <source>Lane {lane}</source>
        <translation>Spur {lane}</translation>
    </message>
    <message>
        <source>{lane}: {differences}</source>
        <translation>{lane}: {differences}</translation>
    </message>
</context>
<context>
    <name>compare_table</name>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Reg.</source>
        <translation>Reg.</translation>
    </message>
    <message>
        <source>Reg. rate</source>
        <translation>Reg.-Rate</translation>
    </message>
    <message>
        <source>Lane {lane}'s optimizer. The rule that turns gradients into weight changes. Bold: the lane's own value; otherwise it follows the top bar. Changing it restarts the race from the same starting weights.</source>
        <translation>Optimierer von Spur {lane}. Die Regel, die aus Gradienten Gewichtsänderungen macht. Fett: der eigene Wert der Spur; sonst folgt sie der oberen Leiste. Eine Änderung startet das Rennen neu mit denselben Startgewichten.</translation>
    </message>
    <message>
        <source>Lane {lane}'s learning rate. How big a step each weight takes against its gradient. Bold: the lane's own value; otherwise it follows the top bar. Changing it restarts the race from the same starting weights.</source>
        <translation>Lernrate von Spur {lane}. Wie groß der Schritt ist, den jedes Gewicht gegen seinen Gradienten macht. Fett: der eigene Wert der Spur; sonst folgt sie der oberen Leiste. Eine Änderung startet das Rennen neu mit denselben Startgewichten.</translation>
    </message>
    <message>
        <source>Lane {lane}'s activation. The function every hidden neuron applies to its weighted sum. Bold: the lane's own value; otherwise it follows the top bar. Changing it restarts the race from the same starting weights.</source>
        <translation>Aktivierung von Spur {lane}. Die Funktion, die jedes verdeckte Neuron auf seine gewichtete Summe anwendet. Fett: der eigene Wert der Spur; sonst folgt sie der oberen Leiste. Eine Änderung startet das Rennen neu mit denselben Startgewichten.</translation>
    </message>
    <message>
        <source>Lane {lane}'s batch size. How many training points are averaged for each weight update. Bold: the lane's own value; otherwise it follows the top bar. Changing it restarts the race from the same starting weights.</source>
        <translation>Batchgröße von Spur {lane}. Wie viele Trainingspunkte für jede Gewichtsänderung gemittelt werden. Fett: der eigene Wert der Spur; sonst folgt sie der oberen Leiste. Eine Änderung startet das Rennen neu mit denselben Startgewichten.</translation>
    </message>
    <message>
        <source>Lane {lane}'s regularization. A penalty on large weights. Bold: the lane's own value; otherwise it follows the top bar. Changing it restarts the race from the same starting weights.</source>
        <translation>Regularisierung von Spur {lane}. Eine Strafe für große Gewichte. Fett: der eigene Wert der Spur; sonst folgt sie der oberen Leiste. Eine Änderung startet das Rennen neu mit denselben Startgewichten.</translation>
    </message>
    <message>
        <source>Lane {lane}'s regularization rate. How strong the penalty on weights is. Bold: the lane's own value; otherwise it follows the top bar. Changing it restarts the race from the same starting weights.</source>
        <translation>Regularisierungsrate von Spur {lane}. Wie stark die Strafe für Gewichte ist. Fett: der eigene Wert der Spur; sonst folgt sie der oberen Leiste. Eine Änderung startet das Rennen neu mit denselben Startgewichten.</translation>
    </message>
    <message>
        <source>Lane {lane}</source>
        <translation>Spur {lane}</translation>
    </message>
    <message>
        <source>Show lane {lane}'s network (weights, neurons) in the network diagram.</source>
        <translation>Das Netz von Spur {lane} (Gewichte, Neuronen) im Netzdiagramm zeigen.</translation>
    </message>
    <message>
        <source>Lane {lane} {setting}</source>
        <translation>Spur {lane} {setting}</translation>
    </message>
    <message>
        <source>Make main</source>
        <translation>Zum Hauptnetz</translation>
    </message>
    <message>
        <source>Make lane {lane} the main network: its settings, weights and loss history carry on outside Compare.</source>
        <translation>Spur {lane} zum Hauptnetz machen: Ihre Einstellungen, Gewichte und ihr Verlustverlauf bleiben außerhalb von Vergleichen erhalten.</translation>
    </message>
    <message>
        <source>Remove lane {lane}</source>
        <translation>Spur {lane} entfernen</translation>
    </message>
    <message>
        <source>Remove lane {lane} (the race starts again).</source>
        <translation>Spur {lane} entfernen (das Rennen beginnt von vorn).</translation>
    </message>
    <message>
        <source>Lane {lane}: make main or remove</source>
        <translation>Spur {lane}: zum Hauptnetz oder entfernen</translation>
    </message>
    <message>
        <source>Make lane {lane} the main network, or remove it.</source>
        <translation>Spur {lane} zum Hauptnetz machen oder sie entfernen.</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Spur</translation>
    </message>
    <message>
        <source>Click a lane's letter to show its network in the diagram.</source>
        <translation>Klicke auf den Buchstaben einer Spur, um ihr Netz im Diagramm zu zeigen.</translation>
    </message>
</context>
<context>
    <name>compare_view</name>
    <message>
        <source>rate {rate}</source>
        <translation>Rate {rate}</translation>
    </message>
    <message>
        <source>batch {size}</source>
        <translation>Batch {size}</translation>
    </message>
    <message>
        <source>no reg.</source>
        <translation>keine Reg.</translation>
    </message>
    <message>
        <source>reg. {rate}</source>
        <translation>Reg. {rate}</translation>
    </message>
    <message>
        <source>Lane {lane}'s prediction over the plane, with the training points. Click to show this lane's network in the diagram.</source>
        <translation>Vorhersage von Spur {lane} über der Ebene, mit den Trainingspunkten. Klicke, um das Netz dieser Spur im Diagramm zu zeigen.</translation>
    </message>
    <message>
        <source>&lt;span style='color:#8a1c12'&gt;&lt;b&gt;diverged&lt;/b&gt; at epoch {epoch}&lt;/span&gt;</source>
        <translation>&lt;span style='color:#8a1c12'&gt;&lt;b&gt;divergiert&lt;/b&gt; in Epoche {epoch}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>test loss &lt;b&gt;{loss}&lt;/b&gt;</source>
        <translation>Testverlust &lt;b&gt;{loss}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>Lane {lane}: {summary}</source>
        <translation>Spur {lane}: {summary}</translation>
    </message>
    <message numerus="yes">
        <source>Epoch {epoch}, {steps} steps</source>
        <translation type="unfinished"><numerusform>Epoche {epoch}, {steps} Schritt</numerusform><numerusform /></translation>
    </message>
    <message>
        <source>Test loss {test}, training loss {train}</source>
        <translation>Testverlust {test}, Trainingsverlust {train}</translation>
    </message>
    <message>
        <source>Test accuracy {test}, training accuracy {train}</source>
        <translation>Testgenauigkeit {test}, Trainingsgenauigkeit {train}</translation>
    </message>
</context>
<context>
    <name>csv_io</name>
    <message>
        <source>1 point with values (regression)</source>
        <translation>1 Punkt mit Werten (Regression)</translation>
    </message>
    <message>
        <source>{count} points with values (regression)</source>
        <translation>{count} Punkte mit Werten (Regression)</translation>
    </message>
    <message>
        <source>1 point in {classes} classes</source>
        <translation>1 Punkt in {classes} Klassen</translation>
    </message>
    <message>
        <source>{count} points in {classes} classes</source>
        <translation>{count} Punkte in {classes} Klassen</translation>
    </message>
    <message>
        <source>{label} as {name}</source>
        <translation>{label} als {name}</translation>
    </message>
    <message>
        <source>{description} (labels {renumbered})</source>
        <translation>{description} (Labels {renumbered})</translation>
    </message>
    <message>
        <source>{name} is a folder, not a CSV file</source>
        <translation>{name} ist ein Ordner, keine CSV-Datei</translation>
    </message>
    <message>
        <source>The file is too large ({size} MB); a data file is at most {limit} MB.</source>
        <translation>Die Datei ist zu groß ({size} MB); eine Datendatei hat höchstens {limit} MB.</translation>
    </message>
    <message>
        <source>Cannot read {name}: {error}</source>
        <translation>{name} kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>The file is too large; a data file is at most {limit} MB.</source>
        <translation>Die Datei ist zu groß; eine Datendatei hat höchstens {limit} MB.</translation>
    </message>
    <message>
        <source>Line {line} holds a NUL byte: this looks like a binary file, not CSV text.</source>
        <translation>Zeile {line} enthält ein NUL-Byte: Das sieht nach einer Binärdatei aus, nicht nach CSV-Text.</translation>
    </message>
    <message>
        <source>The file is empty: it holds no points.</source>
        <translation>Die Datei ist leer: Sie enthält keine Punkte.</translation>
    </message>
    <message>
        <source>Line {line} is a header, but no points follow it.</source>
        <translation>Zeile {line} ist eine Kopfzeile, aber es folgen keine Punkte.</translation>
    </message>
    <message>
        <source>Line {line}: the file has more than {limit} points; at most {limit} can be imported.</source>
        <translation>Zeile {line}: Die Datei hat mehr als {limit} Punkte; höchstens {limit} können importiert werden.</translation>
    </message>
    <message>
        <source>label or value</source>
        <translation>Label oder Wert</translation>
    </message>
    <message>
        <source>Line {line} has 1 field, but 3 are needed ({expected}): {problem}.</source>
        <translation>Zeile {line} hat 1 Feld, aber 3 sind nötig ({expected}): {problem}.</translation>
    </message>
    <message>
        <source>Line {line} has {count} fields, but 3 are needed ({expected}): {problem}.</source>
        <translation>Zeile {line} hat {count} Felder, aber 3 sind nötig ({expected}): {problem}.</translation>
    </message>
    <message>
        <source>x1, x2 and a label or value</source>
        <translation>x1, x2 und ein Label oder Wert</translation>
    </message>
    <message>
        <source>a column is missing</source>
        <translation>eine Spalte fehlt</translation>
    </message>
    <message>
        <source>there are too many columns</source>
        <translation>es gibt zu viele Spalten</translation>
    </message>
    <message>
        <source>Line {line}, column {column} (label): {text} is not a whole number, and a class label must be one (0, 1, 2, …). For numbers to predict, name the column value.</source>
        <translation>Zeile {line}, Spalte {column} (Label): {text} ist keine ganze Zahl, ein Klassenlabel muss aber eine sein (0, 1, 2, …). Für vorherzusagende Zahlen nenne die Spalte value.</translation>
    </message>
    <message>
        <source>Line {line}, column {column} (label): {text} is a {nth}th class; at most {limit} classes can be learned.</source>
        <translation>Zeile {line}, Spalte {column} (Label): {text} wäre die {nth}. Klasse; höchstens {limit} Klassen können gelernt werden.</translation>
    </message>
    <message>
        <source>If the third column holds numbers to predict, start the file with the header x1,x2,value.</source>
        <translation>Wenn die dritte Spalte vorherzusagende Zahlen enthält, beginne die Datei mit der Kopfzeile x1,x2,value.</translation>
    </message>
    <message>
        <source>x1, x2, and label (classes) or value (numbers)</source>
        <translation>x1, x2 und label (Klassen) oder value (Zahlen)</translation>
    </message>
    <message>
        <source>Line {line} is a header of 1 column, but 3 are needed: {expected}.</source>
        <translation>Zeile {line} ist eine Kopfzeile mit 1 Spalte, aber 3 sind nötig: {expected}.</translation>
    </message>
    <message>
        <source>Line {line} is a header of {count} columns, but 3 are needed: {expected}.</source>
        <translation>Zeile {line} ist eine Kopfzeile mit {count} Spalten, aber 3 sind nötig: {expected}.</translation>
    </message>
    <message>
        <source>Line {line}, column {column}: the header name {name} is not known; the columns are {expected}.</source>
        <translation>Zeile {line}, Spalte {column}: Der Spaltenname {name} ist unbekannt; die Spalten sind {expected}.</translation>
    </message>
    <message>
        <source>Line {line}, column {column}: the header names {name} twice; the columns are {expected}.</source>
        <translation>Zeile {line}, Spalte {column}: Die Kopfzeile nennt {name} zweimal; die Spalten sind {expected}.</translation>
    </message>
    <message>
        <source>Line {line}: the header must name {expected}.</source>
        <translation>Zeile {line}: Die Kopfzeile muss {expected} nennen.</translation>
    </message>
    <message>
        <source>Line {line}, column {column} ({name})</source>
        <translation>Zeile {line}, Spalte {column} ({name})</translation>
    </message>
    <message>
        <source>{where}: the field is empty; every point needs a number here.</source>
        <translation>{where}: Das Feld ist leer; jeder Punkt braucht hier eine Zahl.</translation>
    </message>
    <message>
        <source>{where}: {text} is too large to be a number here.</source>
        <translation>{where}: {text} ist zu groß, um hier eine Zahl zu sein.</translation>
    </message>
    <message>
        <source>{where}: {text} is not a finite number; every point needs a real value.</source>
        <translation>{where}: {text} ist keine endliche Zahl; jeder Punkt braucht einen reellen Wert.</translation>
    </message>
    <message>
        <source>{where}: {text} is not a number.</source>
        <translation>{where}: {text} ist keine Zahl.</translation>
    </message>
    <message>
        <source>Line {line}, column {column} ({name}): {text} is too large; at most ±{limit}.</source>
        <translation>Zeile {line}, Spalte {column} ({name}): {text} ist zu groß; höchstens ±{limit}.</translation>
    </message>
    <message>
        <source>The file starts as UTF-16 text but breaks off inside a character (byte {byte}); save it again as CSV UTF-8.</source>
        <translation>Die Datei beginnt als UTF-16-Text, bricht aber mitten in einem Zeichen ab (Byte {byte}); speichere sie erneut als CSV UTF-8.</translation>
    </message>
    <message>
        <source>Line {line} is not UTF-8 text (byte 0x{byte} cannot be read): save the file as CSV UTF-8, or as plain numbers.</source>
        <translation>Zeile {line} ist kein UTF-8-Text (Byte 0x{byte} kann nicht gelesen werden): Speichere die Datei als CSV UTF-8 oder als reine Zahlen.</translation>
    </message>
</context>
<context>
    <name>datasets</name>
    <message>
        <source>seed must be a non-negative integer, got {value}</source>
        <translation>seed muss eine nicht negative ganze Zahl sein; erhalten: {value}</translation>
    </message>
    <message>
        <source>dataset: unknown name {name}; choose one of {choices}</source>
        <translation>Datensatz: unbekannter Name {name}; wähle einen von {choices}</translation>
    </message>
    <message>
        <source>classes must be an integer from {low} to {high} for {dataset}, got {value}</source>
        <translation>classes muss für {dataset} eine ganze Zahl von {low} bis {high} sein; erhalten: {value}</translation>
    </message>
    <message>
        <source>classes cannot be set for {dataset} (it is a regression dataset)</source>
        <translation>classes kann für {dataset} nicht gesetzt werden (es ist ein Regressionsdatensatz)</translation>
    </message>
    <message>
        <source>classes cannot be set for {dataset} (it has {classes} classes)</source>
        <translation>classes kann für {dataset} nicht gesetzt werden (er hat {classes} Klassen)</translation>
    </message>
    <message>
        <source>n_points must be an integer from {low} to {high}, got {value}</source>
        <translation>n_points muss eine ganze Zahl von {low} bis {high} sein; erhalten: {value}</translation>
    </message>
    <message>
        <source>noise must be between 0 and {high}, got {value}</source>
        <translation>noise muss zwischen 0 und {high} liegen; erhalten: {value}</translation>
    </message>
    <message>
        <source>n_points must be at least the number of classes ({classes}) for {dataset}, got {value}</source>
        <translation>n_points muss für {dataset} mindestens die Anzahl der Klassen ({classes}) sein; erhalten: {value}</translation>
    </message>
    <message>
        <source>X must be a numeric array of shape (n, 2)</source>
        <translation>X muss ein numerisches Array der Form (n, 2) sein</translation>
    </message>
    <message>
        <source>X must be a numeric array of shape (n, 2), got shape {shape}</source>
        <translation>X muss ein numerisches Array der Form (n, 2) sein; erhalten: Form {shape}</translation>
    </message>
    <message>
        <source>y must be a 1-D array with one value per row of X ({rows}), got shape {shape}</source>
        <translation>y muss ein 1-D-Array mit einem Wert pro Zeile von X ({rows}) sein; erhalten: Form {shape}</translation>
    </message>
    <message>
        <source>X must have at least {low} rows to split, got {value}</source>
        <translation>X muss zum Aufteilen mindestens {low} Zeilen haben; erhalten: {value}</translation>
    </message>
    <message>
        <source>train_ratio must be between {low} and {high}, got {value}</source>
        <translation>train_ratio muss zwischen {low} und {high} liegen; erhalten: {value}</translation>
    </message>
</context>
<context>
    <name>dropout</name>
    <message>
        <source>{field} must be a number from 0 to {high}; got {value}</source>
        <translation>{field} muss eine Zahl von 0 bis {high} sein; erhalten: {value}</translation>
    </message>
</context>
<context>
    <name>edits</name>
    <message>
        <source>hidden layer must be from 0 to {high}; got {value}</source>
        <translation>Die verdeckte Schicht muss zwischen 0 und {high} liegen; erhalten: {value}</translation>
    </message>
    <message>
        <source>the network has no hidden layers</source>
        <translation>Das Netz hat keine verdeckten Schichten</translation>
    </message>
    <message>
        <source>start must be 'identity' or 'random'; got {value}</source>
        <translation>start muss 'identity' oder 'random' sein; erhalten: {value}</translation>
    </message>
    <message>
        <source>the network already has the maximum of {count} hidden layers</source>
        <translation>Das Netz hat bereits die Höchstzahl von {count} verdeckten Schichten</translation>
    </message>
    <message>
        <source>layer index must be from 0 to {high}; got {value}</source>
        <translation>Der Schichtindex muss zwischen 0 und {high} liegen; erhalten: {value}</translation>
    </message>
    <message>
        <source>hidden layer {layer} already has the maximum of {count} neurons</source>
        <translation>Die verdeckte Schicht {layer} hat bereits die Höchstzahl von {count} Neuronen</translation>
    </message>
    <message>
        <source>neuron must be from 0 to {high} in hidden layer {layer}; got {value}</source>
        <translation>Das Neuron muss in der verdeckten Schicht {layer} zwischen 0 und {high} liegen; erhalten: {value}</translation>
    </message>
    <message>
        <source>feature must be one of {choices}; got {value}</source>
        <translation>Das Merkmal muss eines von {choices} sein; erhalten: {value}</translation>
    </message>
    <message>
        <source>at least one input feature must stay on</source>
        <translation>Mindestens ein Eingabemerkmal muss eingeschaltet bleiben</translation>
    </message>
</context>
<context>
    <name>exports</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG-Bild (*.svg)</translation>
    </message>
    <message>
        <source>Decision boundary as &amp;PNG…</source>
        <translation>Entscheidungsgrenze als &amp;PNG…</translation>
    </message>
    <message>
        <source>Decision boundary as &amp;SVG…</source>
        <translation>Entscheidungsgrenze als &amp;SVG…</translation>
    </message>
    <message>
        <source>&amp;Network diagram as PNG…</source>
        <translation>&amp;Netzdiagramm als PNG…</translation>
    </message>
    <message>
        <source>Network diagram as S&amp;VG…</source>
        <translation>Netzdiagramm als S&amp;VG…</translation>
    </message>
    <message>
        <source>&amp;Loss history as CSV…</source>
        <translation>&amp;Verlustverlauf als CSV…</translation>
    </message>
    <message>
        <source>&amp;Weights as JSON…</source>
        <translation>&amp;Gewichte als JSON…</translation>
    </message>
    <message>
        <source>Animated &amp;GIF of training…</source>
        <translation>&amp;Animiertes GIF vom Training…</translation>
    </message>
    <message>
        <source>Cannot export {name}</source>
        <translation>{name} kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Exported {path}</source>
        <translation>{path} exportiert</translation>
    </message>
    <message>
        <source>Export the decision boundary</source>
        <translation>Entscheidungsgrenze exportieren</translation>
    </message>
    <message>
        <source>{name} boundary</source>
        <translation>{name} Grenze</translation>
    </message>
    <message>
        <source>Export the network diagram</source>
        <translation>Netzdiagramm exportieren</translation>
    </message>
    <message>
        <source>{name} network</source>
        <translation>{name} Netz</translation>
    </message>
    <message>
        <source>the picture could not be written</source>
        <translation>Das Bild konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Export the loss history</source>
        <translation>Verlustverlauf exportieren</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>{name} loss</source>
        <translation>{name} Verlust</translation>
    </message>
    <message>
        <source>Export the weights</source>
        <translation>Gewichte exportieren</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>{name} weights</source>
        <translation>{name} Gewichte</translation>
    </message>
    <message>
        <source>Animated GIF</source>
        <translation>Animiertes GIF</translation>
    </message>
    <message>
        <source>Train a copy of this network for how many epochs?
(Your own work is not changed.)</source>
        <translation>Wie viele Epochen soll eine Kopie dieses Netzes trainieren?
(Deine eigene Arbeit wird nicht verändert.)</translation>
    </message>
    <message>
        <source>Export an animated GIF</source>
        <translation>Animiertes GIF exportieren</translation>
    </message>
    <message>
        <source>GIF animation (*.gif)</source>
        <translation>GIF-Animation (*.gif)</translation>
    </message>
    <message>
        <source>{name} training</source>
        <translation>{name} Training</translation>
    </message>
    <message>
        <source>Training a copy and drawing the frames…</source>
        <translation>Eine Kopie wird trainiert und die Bilder werden gezeichnet…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>file_actions</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>{title}: {message}</source>
        <translation>{title}: {message}</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to “{name}” first?</source>
        <translation>Die Änderungen an „{name}“ zuerst speichern?</translation>
    </message>
    <message numerus="yes">
        <source>New playground. Your {count} own points are kept: the My points tile.</source>
        <translation type="unfinished"><numerusform>Neuer Playground. Dein {count} eigener Punkt bleibt erhalten: die Kachel „Meine Punkte“.</numerusform><numerusform /></translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Still opening another file; {name} was not opened.</source>
        <translation>Es wird noch eine andere Datei geöffnet; {name} wurde nicht geöffnet.</translation>
    </message>
    <message>
        <source>Cannot open {name}</source>
        <translation>{name} kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation>{name} geöffnet</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>Das Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>Projekt speichern</translation>
    </message>
    <message>
        <source>Cannot save {name}</source>
        <translation>{name} kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>it was opened read-only; save a copy instead</source>
        <translation>Es wurde schreibgeschützt geöffnet; speichere stattdessen eine Kopie</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} gespeichert</translation>
    </message>
    <message>
        <source>Autosave failed: {why}</source>
        <translation>Automatisches Speichern fehlgeschlagen: {why}</translation>
    </message>
</context>
<context>
    <name>file_names</name>
    <message>
        <source>NN Playground projects ({pattern})</source>
        <translation>NN-Playground-Projekte ({pattern})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>NN Playground lessons ({pattern})</source>
        <translation>NN-Playground-Lektionen ({pattern})</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
</context>
<context>
    <name>handin</name>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must be one line without control characters; got {value}</source>
        <translation>muss eine Zeile ohne Steuerzeichen sein; erhalten: {value}</translation>
    </message>
    <message>
        <source>must be one line; got {value}</source>
        <translation>muss eine Zeile sein; erhalten: {value}</translation>
    </message>
    <message>
        <source>says {said} epochs, but the network in the file was trained {epochs}</source>
        <translation>nennt {said} Epochen, aber das Netz in der Datei wurde {epochs} Epochen trainiert</translation>
    </message>
    <message>
        <source>must be a UTC time such as 2026-12-04T22:10:05Z; got {value}</source>
        <translation>muss eine UTC-Zeit wie 2026-12-04T22:10:05Z sein; erhalten: {value}</translation>
    </message>
    <message>
        <source>is not a real date and time; got {value}</source>
        <translation>ist kein echtes Datum mit Uhrzeit; erhalten: {value}</translation>
    </message>
    <message>
        <source>must be a finite number or null; got {value}</source>
        <translation>muss eine endliche Zahl oder null sein; erhalten: {value}</translation>
    </message>
    <message>
        <source>must be from 0 to {high}; got {value}</source>
        <translation>muss zwischen 0 und {high} liegen; erhalten: {value}</translation>
    </message>
    <message>
        <source>must be a PNG picture as base64 text; got {value}</source>
        <translation>muss ein PNG-Bild als Base64-Text sein; erhalten: {value}</translation>
    </message>
    <message>
        <source>is {length} characters long; a thumbnail is at most {limit}</source>
        <translation>ist {length} Zeichen lang; ein Vorschaubild hat höchstens {limit}</translation>
    </message>
    <message>
        <source>is not base64 text; it starts {start}</source>
        <translation>ist kein Base64-Text; er beginnt mit {start}</translation>
    </message>
    <message>
        <source>is not a PNG picture</source>
        <translation>ist kein PNG-Bild</translation>
    </message>
    <message>
        <source>is {width}×{height} pixels; at most {limit} on each side</source>
        <translation>ist {width}×{height} Pixel groß; höchstens {limit} pro Seite</translation>
    </message>
    <message>
        <source>is a damaged PNG picture</source>
        <translation>ist ein beschädigtes PNG-Bild</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <source>Top bar</source>
        <translation>Obere Leiste</translation>
    </message>
    <message>
        <source>Play (Space) trains and pauses; Step by step (W) walks backpropagation through one point. The boxes set how the network learns.</source>
        <translation>Start (Leertaste) trainiert und pausiert; Schritt für Schritt (W) führt Backpropagation an einem Punkt vor. Die Felder legen fest, wie das Netz lernt.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Pick a data set, its number of points and its noise; or paint your own points (P).</source>
        <translation>Wähle einen Datensatz, die Anzahl seiner Punkte und sein Rauschen; oder male eigene Punkte (P).</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netz</translation>
    </message>
    <message>
        <source>Inputs on the left, hidden layers, the output on the right; + and − add layers and neurons. Blue links are positive weights, orange negative, thicker ones stronger.</source>
        <translation>Eingaben links, verdeckte Schichten, die Ausgabe rechts; + und − fügen Schichten und Neuronen hinzu. Blaue Verbindungen sind positive Gewichte, orange negative, dickere stärkere.</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>What the network predicts over the plane, with the data on top: each class in its colour and shape; training points filled, test points hollow (Show test data).</source>
        <translation>Was das Netz über der Ebene vorhersagt, mit den Daten darüber: jede Klasse in ihrer Farbe und Form; Trainingspunkte gefüllt, Testpunkte hohl (Testdaten zeigen).</translation>
    </message>
    <message>
        <source>Loss chart and timeline</source>
        <translation>Verlustkurve und Zeitleiste</translation>
    </message>
    <message>
        <source>The loss over the epochs. Drag the timeline under it to rewind; Left steps back one epoch.</source>
        <translation>Der Verlust über die Epochen. Zieh die Zeitleiste darunter, um zurückzuspulen; Links geht eine Epoche zurück.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>(keys only)</source>
        <translation>(nur Tasten)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Was sie tun</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <source>Every key of the window and what it does</source>
        <translation>Jede Taste des Fensters und was sie tut</translation>
    </message>
    <message>
        <source>Tab and Shift+Tab move between the controls; Space or Enter presses the one with the focus ring.</source>
        <translation>Tab und Shift+Tab wechseln zwischen den Bedienelementen; Leertaste oder Enter drückt das mit dem Fokusrahmen.</translation>
    </message>
    <message>
        <source>About NN Playground</source>
        <translation>Über NN Playground</translation>
    </message>
    <message>
        <source>Draw a network, pick or paint data, press play and watch backpropagation learn. Works offline.</source>
        <translation>Zeichne ein Netz, wähle oder male Daten, drücke Start und sieh zu, wie Backpropagation lernt. Funktioniert offline.</translation>
    </message>
    <message>
        <source>Help › Quick start shows the window's parts; Help › Keyboard shortcuts lists the keys.</source>
        <translation>Hilfe › Schnellstart zeigt die Teile des Fensters; Hilfe › Tastenkürzel listet die Tasten auf.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the versions, e.g. into a bug report</source>
        <translation>Die Versionen kopieren, z. B. in einen Fehlerbericht</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Quick start</source>
        <translation>Schnellstart</translation>
    </message>
    <message>
        <source>Picture of the window with its regions numbered</source>
        <translation>Bild des Fensters mit nummerierten Bereichen</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;{number}. {title}&lt;/b&gt;&lt;br&gt;{text}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;{number}. {title}&lt;/b&gt;&lt;br&gt;{text}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What each region is for</source>
        <translation>Wozu jeder Bereich dient</translation>
    </message>
    <message>
        <source>&amp;Quick start</source>
        <translation>&amp;Schnellstart</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About NN Playground</source>
        <translation>Ü&amp;ber NN Playground</translation>
    </message>
</context>
<context>
    <name>inert_text</name>
    <message>
        <source>&lt;p&gt;&lt;i&gt;These instructions cannot be shown: {reason}&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Diese Anleitung kann nicht angezeigt werden: {reason}&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>language_menu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Show NN Playground in {language} (after a restart)</source>
        <translation>NN Playground auf {language} anzeigen (nach einem Neustart)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>NN Playground will be in {language} when it starts again. Restart now?</source>
        <translation>NN Playground erscheint beim nächsten Start auf {language}. Jetzt neu starten?</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Jetzt neu starten</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
</context>
<context>
    <name>lesson_locks</name>
    <message>
        <source>Locked by lesson ‘{title}’. Lessons › Leave lesson to play freely.</source>
        <translation>Gesperrt durch die Lektion ‚{title}‘. Lektionen › Lektion verlassen, um frei zu spielen.</translation>
    </message>
    <message>
        <source>Locked in this lesson. Lessons › Leave lesson to play freely.</source>
        <translation>In dieser Lektion gesperrt. Lektionen › Lektion verlassen, um frei zu spielen.</translation>
    </message>
    <message numerus="yes">
        <source>Locked in this lesson: {controls} and %n more (greyed out).</source>
        <translation type="unfinished"><numerusform>In dieser Lektion gesperrt: {controls} und %n weiteres (ausgegraut).</numerusform><numerusform /></translation>
    </message>
    <message>
        <source>Locked in this lesson: {controls}.</source>
        <translation>In dieser Lektion gesperrt: {controls}.</translation>
    </message>
</context>
<context>
    <name>lesson_panel</name>
    <message>
        <source>Play freely from here: every control unlocks, the data and the network stay as they are, and what you save is your own project (Ctrl+Shift+L). The teacher's password is asked for first</source>
        <translation>Ab hier frei spielen: Alle Bedienelemente werden entsperrt, Daten und Netz bleiben, wie sie sind, und was du speicherst, ist dein eigenes Projekt (Ctrl+Shift+L). Zuerst wird das Passwort der Lehrkraft abgefragt</translation>
    </message>
    <message>
        <source>Play freely from here: every control unlocks, the data and the network stay as they are, and what you save is your own project (Ctrl+Shift+L)</source>
        <translation>Ab hier frei spielen: Alle Bedienelemente werden entsperrt, Daten und Netz bleiben, wie sie sind, und was du speicherst, ist dein eigenes Projekt (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>LESSON</source>
        <translation>LEKTION</translation>
    </message>
    <message>
        <source>Hide the instructions (Lessons → Show instructions brings them back). The lesson's locks stay: Leave lesson ends them.</source>
        <translation>Die Anleitung ausblenden (Lektionen → Anleitung zeigen holt sie zurück). Die Sperren der Lektion bleiben: Lektion verlassen hebt sie auf.</translation>
    </message>
    <message>
        <source>Start the lesson again</source>
        <translation>Lektion neu beginnen</translation>
    </message>
    <message>
        <source>Back to the lesson's starting point: its data, network and settings</source>
        <translation>Zurück zum Ausgangspunkt der Lektion: ihre Daten, ihr Netz und ihre Einstellungen</translation>
    </message>
    <message>
        <source>Leave lesson</source>
        <translation>Lektion verlassen</translation>
    </message>
    <message>
        <source>Welcome to NN Playground</source>
        <translation>Willkommen bei NN Playground</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to NN Playground&lt;/h2&gt;&lt;p&gt;New here? Start with lesson 1. Or pick any lesson, paint your own data on an empty canvas, or play freely with the default playground.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Willkommen bei NN Playground&lt;/h2&gt;&lt;p&gt;Neu hier? Beginne mit Lektion 1. Oder wähle eine beliebige Lektion, male eigene Daten auf eine leere Fläche oder spiel frei mit dem Standard-Playground.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Show this at start</source>
        <translation>Beim Start zeigen</translation>
    </message>
    <message>
        <source>Start with lesson 1</source>
        <translation>Mit Lektion 1 beginnen</translation>
    </message>
    <message>
        <source>Open chosen lesson</source>
        <translation>Gewählte Lektion öffnen</translation>
    </message>
    <message>
        <source>Empty canvas for painting</source>
        <translation>Leere Fläche zum Malen</translation>
    </message>
    <message>
        <source>No points yet: paint your own on the output, with the default network (two hidden layers). No lesson, nothing locked.</source>
        <translation>Noch keine Punkte: Male deine eigenen auf die Ausgabe, mit dem Standardnetz (zwei verdeckte Schichten). Keine Lektion, nichts gesperrt.</translation>
    </message>
    <message>
        <source>Default playground</source>
        <translation>Standard-Playground</translation>
    </message>
    <message>
        <source>TensorFlow Playground's start: Circle data and two hidden layers (4 and 2 neurons). No lesson, nothing locked.</source>
        <translation>Der Start von TensorFlow Playground: Kreis-Daten und zwei verdeckte Schichten (4 und 2 Neuronen). Keine Lektion, nichts gesperrt.</translation>
    </message>
    <message>
        <source>Start &amp;page…</source>
        <translation>Start&amp;seite…</translation>
    </message>
    <message>
        <source>Start this lesson &amp;again</source>
        <translation>Diese Lektion neu &amp;beginnen</translation>
    </message>
    <message>
        <source>&amp;Leave lesson</source>
        <translation>Lektion &amp;verlassen</translation>
    </message>
    <message>
        <source>Show &amp;instructions</source>
        <translation>&amp;Anleitung zeigen</translation>
    </message>
    <message>
        <source>Type it to leave the lesson.</source>
        <translation>Gib es ein, um die Lektion zu verlassen.</translation>
    </message>
    <message>
        <source>Left the lesson ‘{title}’: every control is yours, the data and the network stay. File › Save keeps them as your own project.</source>
        <translation>Lektion ‚{title}‘ verlassen: Alle Bedienelemente gehören dir, Daten und Netz bleiben. Datei › Speichern sichert sie als dein eigenes Projekt.</translation>
    </message>
</context>
<context>
    <name>lesson_preview</name>
    <message>
        <source>&amp;Back to editing the lesson</source>
        <translation>&amp;Zurück zum Bearbeiten der Lektion</translation>
    </message>
    <message>
        <source>End the preview: your work and the teacher dialog come back as they were</source>
        <translation>Vorschau beenden: Deine Arbeit und der Lehrkraft-Dialog kommen zurück, wie sie waren</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview: the lesson as students get it.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vorschau: die Lektion, wie Lernende sie sehen.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Back to editing</source>
        <translation>Zurück zum Bearbeiten</translation>
    </message>
    <message>
        <source>A preview is already showing.</source>
        <translation>Eine Vorschau wird bereits angezeigt.</translation>
    </message>
    <message>
        <source>Cannot preview: {error}</source>
        <translation>Vorschau nicht möglich: {error}</translation>
    </message>
    <message>
        <source>Cannot preview: the lesson did not open.</source>
        <translation>Vorschau nicht möglich: Die Lektion wurde nicht geöffnet.</translation>
    </message>
    <message>
        <source>Preview: the lesson as students get it. Lessons › Back to editing the lesson ends it.</source>
        <translation>Vorschau: die Lektion, wie Lernende sie sehen. Lektionen › Zurück zum Bearbeiten der Lektion beendet sie.</translation>
    </message>
    <message>
        <source>Back to editing the lesson: your work is as it was.</source>
        <translation>Zurück zum Bearbeiten der Lektion: Deine Arbeit ist, wie sie war.</translation>
    </message>
</context>
<context>
    <name>lesson_texts</name>
    <message>
        <source>must be text or texts by language code; got {value}</source>
        <translation>muss ein Text oder Texte nach Sprachcode sein; erhalten: {value}</translation>
    </message>
    <message>
        <source>has no text in any language</source>
        <translation>hat in keiner Sprache einen Text</translation>
    </message>
    <message>
        <source>has {count} languages; at most {limit}</source>
        <translation>hat {count} Sprachen; höchstens {limit}</translation>
    </message>
    <message>
        <source>{code} is not a language code (such as en, de or pt_BR)</source>
        <translation>{code} ist kein Sprachcode (wie en, de oder pt_BR)</translation>
    </message>
</context>
<context>
    <name>lock_password</name>
    <message>
        <source>must be {count} lowercase hexadecimal digits; got {value}</source>
        <translation>muss aus {count} hexadezimalen Kleinbuchstaben-Ziffern bestehen; erhalten: {value}</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>at most {limit} characters</source>
        <translation>höchstens {limit} Zeichen</translation>
    </message>
    <message>
        <source>must be from {low} to {high}; got {value}</source>
        <translation>muss zwischen {low} und {high} liegen; erhalten: {value}</translation>
    </message>
</context>
<context>
    <name>lock_password_dialog</name>
    <message>
        <source>The password stops students switching the lesson's locks off in the app: Leave lesson and Teacher mode ask for it. It does not stop someone who edits the lesson file by hand: they can remove the lesson, locks and all. The file keeps only a salted hash of the password, never the password itself.</source>
        <translation>Das Passwort verhindert, dass Lernende die Sperren der Lektion in der App ausschalten: Lektion verlassen und Lehrkraft-Modus fragen danach. Es hält niemanden auf, der die Lektionsdatei von Hand bearbeitet: Er kann die Lektion samt Sperren entfernen. Die Datei speichert nur einen gesalzenen Hash des Passworts, nie das Passwort selbst.</translation>
    </message>
    <message>
        <source>Password on the lesson's locks</source>
        <translation>Passwort für die Sperren der Lektion</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Passwort setzen</translation>
    </message>
    <message>
        <source>Type a password, or Cancel to keep the lesson without one.</source>
        <translation>Gib ein Passwort ein oder wähle Abbrechen, um die Lektion ohne Passwort zu behalten.</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same one twice.</source>
        <translation>Die beiden Passwörter sind verschieden: Gib zweimal dasselbe ein.</translation>
    </message>
    <message>
        <source>This lesson's locks have a password</source>
        <translation>Die Sperren dieser Lektion haben ein Passwort</translation>
    </message>
    <message>
        <source>The teacher put a password on the locks of ‘{title}’. {ask}</source>
        <translation>Die Lehrkraft hat die Sperren von ‚{title}‘ mit einem Passwort geschützt. {ask}</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Wrong password: nothing changed. The locks stay on.</source>
        <translation>Falsches Passwort: Nichts wurde geändert. Die Sperren bleiben.</translation>
    </message>
</context>
<context>
    <name>loss_chart</name>
    <message>
        <source>About: measured on {sampled} of the {total} points while the exact figures are computed (a moment on this much data).</source>
        <translation>Ungefähr: gemessen an {sampled} der {total} Punkte, während die genauen Werte berechnet werden (bei so vielen Daten dauert das einen Moment).</translation>
    </message>
    <message>
        <source>Test loss</source>
        <translation>Testverlust</translation>
    </message>
    <message>
        <source>{whose}: test loss</source>
        <translation>{whose}: Testverlust</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>Trainingsverlust</translation>
    </message>
    <message>
        <source>{whose}: training loss</source>
        <translation>{whose}: Trainingsverlust</translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>Testgenauigkeit</translation>
    </message>
    <message>
        <source>{whose}: test accuracy</source>
        <translation>{whose}: Testgenauigkeit</translation>
    </message>
    <message>
        <source>Training accuracy</source>
        <translation>Trainingsgenauigkeit</translation>
    </message>
    <message>
        <source>{whose}: training accuracy</source>
        <translation>{whose}: Trainingsgenauigkeit</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>Log-Skala</translation>
    </message>
    <message>
        <source>Show the loss on a logarithmic scale, where small losses and their changes stay visible.</source>
        <translation>Den Verlust auf einer logarithmischen Skala zeigen, auf der kleine Verluste und ihre Änderungen sichtbar bleiben.</translation>
    </message>
    <message>
        <source>epoch {epoch} · train {train} · test {test}</source>
        <translation>Epoche {epoch} · Training {train} · Test {test}</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
</context>
<context>
    <name>loss_choice</name>
    <message>
        <source>choose the {loss} loss</source>
        <translation>die Verlustfunktion {loss} wählen</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>An empty canvas: click or drag on the output to paint points (keys 1-8 pick the class). Then Training › Backprop, step by step (W) walks one point through.</source>
        <translation>Eine leere Fläche: Klicke oder zieh auf der Ausgabe, um Punkte zu malen (Tasten 1-8 wählen die Klasse). Danach führt Training › Backprop, Schritt für Schritt (W) einen Punkt durch das Netz.</translation>
    </message>
    <message>
        <source>NN Playground</source>
        <translation>NN Playground</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>Step by
step</source>
        <translation>Schritt für
Schritt</translation>
    </message>
    <message>
        <source>Step by step</source>
        <translation>Schritt für Schritt</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Play / Pause</source>
        <translation>&amp;Start / Pause</translation>
    </message>
    <message>
        <source>&amp;Step one epoch</source>
        <translation>Eine &amp;Epoche weiter</translation>
    </message>
    <message>
        <source>&amp;Reset network</source>
        <translation>Netz &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Re&amp;generate data</source>
        <translation>Daten neu &amp;erzeugen</translation>
    </message>
    <message>
        <source>Show &amp;test data</source>
        <translation>&amp;Testdaten zeigen</translation>
    </message>
    <message>
        <source>&amp;Discretize output</source>
        <translation>Ausgabe &amp;diskretisieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>&amp;Log-Ordner öffnen</translation>
    </message>
    <message>
        <source>Network diagram</source>
        <translation>Netzdiagramm</translation>
    </message>
    <message>
        <source>Output: the prediction over the plane</source>
        <translation>Ausgabe: die Vorhersage über der Ebene</translation>
    </message>
    <message>
        <source>Loss chart</source>
        <translation>Verlustkurve</translation>
    </message>
    <message>
        <source>{rate} steps/s</source>
        <translation>{rate} Schritte/s</translation>
    </message>
</context>
<context>
    <name>markup</name>
    <message>
        <source>the instructions hold more than {limit} tags and comments; split them into fewer paragraphs</source>
        <translation>Die Anleitung enthält mehr als {limit} Tags und Kommentare; teile sie in weniger Absätze auf</translation>
    </message>
    <message>
        <source>the instructions hold more than {limit} elements (tags); split them into fewer paragraphs</source>
        <translation>Die Anleitung enthält mehr als {limit} Elemente (Tags); teile sie in weniger Absätze auf</translation>
    </message>
    <message>
        <source>the instructions nest elements more than {limit} deep (&lt;{tag}&gt; inside {count} others)</source>
        <translation>Die Anleitung verschachtelt Elemente mehr als {limit} Ebenen tief (&lt;{tag}&gt; in {count} anderen)</translation>
    </message>
    <message>
        <source>the instructions hold more than {limit} characters of text; shorten them</source>
        <translation>Die Anleitung enthält mehr als {limit} Zeichen Text; kürze sie</translation>
    </message>
    <message>
        <source>the instructions hold more than {limit} images</source>
        <translation>Die Anleitung enthält mehr als {limit} Bilder</translation>
    </message>
    <message>
        <source>image {number} is not valid base64 data</source>
        <translation>Bild {number} sind keine gültigen Base64-Daten</translation>
    </message>
    <message>
        <source>the images hold more than {limit} pixels in all; use fewer or smaller pictures</source>
        <translation>Die Bilder enthalten zusammen mehr als {limit} Pixel; verwende weniger oder kleinere Bilder</translation>
    </message>
    <message>
        <source>image {number} is larger than {limit} kB; use a smaller picture</source>
        <translation>Bild {number} ist größer als {limit} kB; verwende ein kleineres Bild</translation>
    </message>
    <message>
        <source>image {number} is not a PNG or JPEG picture</source>
        <translation>Bild {number} ist kein PNG- oder JPEG-Bild</translation>
    </message>
    <message>
        <source>image {number} is a {kind} picture; only PNG and JPEG are shown</source>
        <translation>Bild {number} ist ein {kind}-Bild; nur PNG und JPEG werden angezeigt</translation>
    </message>
    <message>
        <source>image {number} is {width} × {height} pixels; at most {limit} on a side</source>
        <translation>Bild {number} ist {width} × {height} Pixel groß; höchstens {limit} pro Seite</translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Lektionen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
</context>
<context>
    <name>network</name>
    <message>
        <source>params must have {count} layers for this spec; got {value}</source>
        <translation>params muss für diese Spezifikation {count} Schichten haben; erhalten: {value}</translation>
    </message>
    <message>
        <source>masks must have {count} layers; got {value}</source>
        <translation>masks muss {count} Schichten haben; erhalten: {value}</translation>
    </message>
    <message>
        <source>masks[{layer}] must have shape {shape}; got {value}</source>
        <translation>masks[{layer}] muss die Form {shape} haben; erhalten: {value}</translation>
    </message>
    <message>
        <source>init must be one of {choices}; got {value}</source>
        <translation>init muss eines von {choices} sein; erhalten: {value}</translation>
    </message>
    <message>
        <source>network data must be a dict with spec and params</source>
        <translation>Die Netzdaten müssen ein Dict mit spec und params sein</translation>
    </message>
    <message>
        <source>network params must be a list of {W, b} per layer</source>
        <translation>Die Netzparameter müssen eine Liste von {W, b} pro Schicht sein</translation>
    </message>
    <message>
        <source>network params[{layer}] must have W and b</source>
        <translation>Die Netzparameter params[{layer}] müssen W und b enthalten</translation>
    </message>
    <message>
        <source>network masks must be a list of 0/1 arrays per layer</source>
        <translation>Die Netzmasken müssen eine Liste von 0/1-Arrays pro Schicht sein</translation>
    </message>
</context>
<context>
    <name>opening</name>
    <message>
        <source>the file could not be read: {error}</source>
        <translation>Die Datei konnte nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>{name} wird geöffnet…</translation>
    </message>
    <message>
        <source>opening was interrupted</source>
        <translation>Das Öffnen wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>optimizers</name>
    <message>
        <source>optimizer must be one of {choices}; got {value}</source>
        <translation>Der Optimierer muss einer von {choices} sein; erhalten: {value}</translation>
    </message>
    <message>
        <source>optimizer {name}: bad options {options} ({error})</source>
        <translation>Optimierer {name}: ungültige Optionen {options} ({error})</translation>
    </message>
</context>
<context>
    <name>output_view</name>
    <message>
        <source>Show test data</source>
        <translation>Testdaten zeigen</translation>
    </message>
    <message>
        <source>Also draw the test points (hollow shapes), which the network never trains on.</source>
        <translation>Auch die Testpunkte zeichnen (hohle Formen), mit denen das Netz nie trainiert.</translation>
    </message>
    <message>
        <source>Discretize output</source>
        <translation>Ausgabe diskretisieren</translation>
    </message>
    <message>
        <source>Colour each place by the class the network picks, instead of shading by how sure it is.</source>
        <translation>Jede Stelle in der Farbe der Klasse färben, die das Netz wählt, statt danach zu schattieren, wie sicher es ist.</translation>
    </message>
    <message>
        <source>&lt;span style='color:{orange}'&gt;■&lt;/span&gt; −1 &amp;nbsp;&lt;span style='color:#999'&gt;□&lt;/span&gt; 0 &amp;nbsp;&lt;span style='color:{blue}'&gt;■&lt;/span&gt; +1 &amp;nbsp; predicted value</source>
        <translation>&lt;span style='color:{orange}'&gt;■&lt;/span&gt; −1 &amp;nbsp;&lt;span style='color:#999'&gt;□&lt;/span&gt; 0 &amp;nbsp;&lt;span style='color:{blue}'&gt;■&lt;/span&gt; +1 &amp;nbsp; vorhergesagter Wert</translation>
    </message>
</context>
<context>
    <name>points</name>
    <message>
        <source>a data set holds at most {limit} points; this would make {count}</source>
        <translation>Ein Datensatz enthält höchstens {limit} Punkte; so wären es {count}</translation>
    </message>
    <message>
        <source>these points are already in the data</source>
        <translation>Diese Punkte sind schon in den Daten</translation>
    </message>
</context>
<context>
    <name>project_apply</name>
    <message>
        <source>the project could not be opened: {error}</source>
        <translation>Das Projekt konnte nicht geöffnet werden: {error}</translation>
    </message>
</context>
<context>
    <name>project_checks</name>
    <message>
        <source>has unknown fields {names}</source>
        <translation>hat unbekannte Felder {names}</translation>
    </message>
    <message>
        <source>is too large or too deeply nested to be a setting</source>
        <translation>ist zu groß oder zu tief verschachtelt für eine Einstellung</translation>
    </message>
    <message>
        <source>must be a name of at most {limit} characters; got {value}</source>
        <translation>muss ein Name mit höchstens {limit} Zeichen sein; erhalten: {value}</translation>
    </message>
    <message>
        <source>must be a whole number of at most 19 digits; got {value}</source>
        <translation>muss eine ganze Zahl mit höchstens 19 Ziffern sein; erhalten: {value}</translation>
    </message>
    <message>
        <source>has an unknown field {name}</source>
        <translation>hat ein unbekanntes Feld {name}</translation>
    </message>
    <message>
        <source>must be a whole number from {low} to {high}; got {value}</source>
        <translation>muss eine ganze Zahl von {low} bis {high} sein; erhalten: {value}</translation>
    </message>
    <message>
        <source>must be text; got {value}</source>
        <translation>muss Text sein; erhalten: {value}</translation>
    </message>
    <message>
        <source>is {length} characters long; at most {limit}</source>
        <translation>ist {length} Zeichen lang; höchstens {limit}</translation>
    </message>
    <message>
        <source>must be a JSON object; got {value}</source>
        <translation>muss ein JSON-Objekt sein; erhalten: {value}</translation>
    </message>
    <message>
        <source>is missing {fields}</source>
        <translation>{fields} fehlt</translation>
    </message>
    <message>
        <source>must be a list; got {value}</source>
        <translation>muss eine Liste sein; erhalten: {value}</translation>
    </message>
    <message>
        <source>must have {rows} rows for this network; got {count}</source>
        <translation>muss für dieses Netz {rows} Zeilen haben; erhalten: {count}</translation>
    </message>
    <message>
        <source>must be a list of {count} numbers; got {value}</source>
        <translation>muss eine Liste von {count} Zahlen sein; erhalten: {value}</translation>
    </message>
    <message>
        <source>must hold only numbers; got {value}</source>
        <translation>darf nur Zahlen enthalten; erhalten: {value}</translation>
    </message>
    <message>
        <source>must hold {n} numbers; got {count}</source>
        <translation>muss {n} Zahlen enthalten; erhalten: {count}</translation>
    </message>
    <message>
        <source>must be a number; got {value}</source>
        <translation>muss eine Zahl sein; erhalten: {value}</translation>
    </message>
    <message>
        <source>holds a number too large to use</source>
        <translation>enthält eine Zahl, die zu groß ist</translation>
    </message>
    <message>
        <source>holds a number that is not finite</source>
        <translation>enthält eine Zahl, die nicht endlich ist</translation>
    </message>
    <message>
        <source>holds a value beyond ±{bound}</source>
        <translation>enthält einen Wert jenseits von ±{bound}</translation>
    </message>
</context>
<context>
    <name>project_parts</name>
    <message>
        <source>must be a list of numbers; got {value}</source>
        <translation>muss eine Liste von Zahlen sein; erhalten: {value}</translation>
    </message>
    <message>
        <source>must be a list of whole numbers; got {value}</source>
        <translation>muss eine Liste ganzer Zahlen sein; erhalten: {value}</translation>
    </message>
    <message>
        <source>must be a list of names; got {value}</source>
        <translation>muss eine Liste von Namen sein; erhalten: {value}</translation>
    </message>
    <message>
        <source>must be true or false; got {value}</source>
        <translation>muss true oder false sein; erhalten: {value}</translation>
    </message>
    <message>
        <source>must be an object with a kind; got {value}</source>
        <translation>muss ein Objekt mit einem kind sein; erhalten: {value}</translation>
    </message>
    <message>
        <source>must be a number; got {value}</source>
        <translation>muss eine Zahl sein; erhalten: {value}</translation>
    </message>
    <message>
        <source>must be a whole number; got {value}</source>
        <translation>muss eine ganze Zahl sein; erhalten: {value}</translation>
    </message>
    <message>
        <source>must be text; got {value}</source>
        <translation>muss Text sein; erhalten: {value}</translation>
    </message>
    <message>
        <source>the {dataset} dataset is for {task}, not {problem}</source>
        <translation>Der Datensatz {dataset} ist für {task}, nicht für {problem}</translation>
    </message>
    <message>
        <source>generated data keeps no {fields}</source>
        <translation>Erzeugte Daten speichern kein {fields}</translation>
    </message>
    <message>
        <source>is "generated" but settings.data_source is "painted"</source>
        <translation>ist "generated", aber settings.data_source ist "painted"</translation>
    </message>
    <message>
        <source>must be "generated" or "points"; got {value}</source>
        <translation>muss "generated" oder "points" sein; erhalten: {value}</translation>
    </message>
    <message>
        <source>points data needs {fields}</source>
        <translation>Punktdaten brauchen {fields}</translation>
    </message>
    <message>
        <source>must be "classification" or "regression"; got {value}</source>
        <translation>muss "classification" oder "regression" sein; erhalten: {value}</translation>
    </message>
    <message>
        <source>the points are for {task} but settings.problem is {problem}</source>
        <translation>Die Punkte sind für {task}, aber settings.problem ist {problem}</translation>
    </message>
    <message>
        <source>must hold at least one point</source>
        <translation>muss mindestens einen Punkt enthalten</translation>
    </message>
    <message>
        <source>must be [offset x1, offset x2, factor]; got {value}</source>
        <translation>muss [Versatz x1, Versatz x2, Faktor] sein; erhalten: {value}</translation>
    </message>
    <message>
        <source>the factor must be above 0; got {value}</source>
        <translation>Der Faktor muss größer als 0 sein; erhalten: {value}</translation>
    </message>
    <message>
        <source>belongs to points data</source>
        <translation>gehört zu Punktdaten</translation>
    </message>
    <message>
        <source>repeats the points on show; keep them in X_train and X_test</source>
        <translation>wiederholt die angezeigten Punkte; behalte sie in X_train und X_test</translation>
    </message>
    <message>
        <source>must hold {n} true/false values, one per point</source>
        <translation>muss {n} Wahr/Falsch-Werte enthalten, einen pro Punkt</translation>
    </message>
    <message>
        <source>must hold {n} values, one per point; got {count}</source>
        <translation>muss {n} Werte enthalten, einen pro Punkt; erhalten: {count}</translation>
    </message>
    <message>
        <source>must be a class label from 0 to {high}; got {value}</source>
        <translation>muss ein Klassenlabel von 0 bis {high} sein; erhalten: {value}</translation>
    </message>
    <message>
        <source>the network ({network}) does not match the settings ({settings})</source>
        <translation>Das Netz ({network}) passt nicht zu den Einstellungen ({settings})</translation>
    </message>
    <message>
        <source>must be a list of {count} layers of {{W, b}}; got {value}</source>
        <translation>muss eine Liste von {count} Schichten aus {{W, b}} sein; erhalten: {value}</translation>
    </message>
    <message>
        <source>must be a list of {count} layers of 0/1 arrays</source>
        <translation>muss eine Liste von {count} Schichten aus 0/1-Arrays sein</translation>
    </message>
    <message>
        <source>must hold only 0 (link off) and 1 (link on)</source>
        <translation>darf nur 0 (Verbindung aus) und 1 (Verbindung an) enthalten</translation>
    </message>
    <message>
        <source>must be a list of rows; got {value}</source>
        <translation>muss eine Liste von Zeilen sein; erhalten: {value}</translation>
    </message>
    <message>
        <source>holds {count} rows, more than its limit of {limit}</source>
        <translation>enthält {count} Zeilen, mehr als die Grenze von {limit}</translation>
    </message>
    <message>
        <source>must be a list of {count} values ({fields})</source>
        <translation>muss eine Liste von {count} Werten sein ({fields})</translation>
    </message>
    <message>
        <source>must be a finite number or null; got {value}</source>
        <translation>muss eine endliche Zahl oder null sein; erhalten: {value}</translation>
    </message>
    <message>
        <source>must be a finite number; got {value}</source>
        <translation>muss eine endliche Zahl sein; erhalten: {value}</translation>
    </message>
    <message>
        <source>the epoch must be a whole number from 0 to {high}; got {value}</source>
        <translation>Die Epoche muss eine ganze Zahl von 0 bis {high} sein; erhalten: {value}</translation>
    </message>
    <message>
        <source>must list {low} to {high} lanes; got {value}</source>
        <translation>muss {low} bis {high} Spuren auflisten; erhalten: {value}</translation>
    </message>
    <message>
        <source>{count} points; at most {limit} are allowed</source>
        <translation>{count} Punkte; höchstens {limit} sind erlaubt</translation>
    </message>
</context>
<context>
    <name>project_schema</name>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>the project is too large: at most {limit} MB</source>
        <translation>Das Projekt ist zu groß: höchstens {limit} MB</translation>
    </message>
    <message>
        <source>a project comes from a path or text, not {type}</source>
        <translation>Ein Projekt kommt aus einem Pfad oder Text, nicht aus {type}</translation>
    </message>
    <message>
        <source>the project is too large ({length} characters; at most {limit})</source>
        <translation>Das Projekt ist zu groß ({length} Zeichen; höchstens {limit})</translation>
    </message>
    <message>
        <source>the file is not a project: its data is nested too deeply</source>
        <translation>Die Datei ist kein Projekt: Ihre Daten sind zu tief verschachtelt</translation>
    </message>
    <message>
        <source>the project is damaged: {error}</source>
        <translation>Das Projekt ist beschädigt: {error}</translation>
    </message>
    <message>
        <source>this is not an NN Playground project: it holds a JSON {type}, not an object</source>
        <translation>Das ist kein NN-Playground-Projekt: Es enthält ein JSON-{type}, kein Objekt</translation>
    </message>
    <message>
        <source>this is not an NN Playground project: it has no "format": "{format}"</source>
        <translation>Das ist kein NN-Playground-Projekt: Es hat kein "format": "{format}"</translation>
    </message>
    <message>
        <source>this is not an NN Playground project (its format is {format})</source>
        <translation>Das ist kein NN-Playground-Projekt (sein Format ist {format})</translation>
    </message>
    <message>
        <source>must be a whole number of at least 1; got {value}</source>
        <translation>muss eine ganze Zahl ab 1 sein; erhalten: {value}</translation>
    </message>
    <message>
        <source>This file was made by a newer NN Playground (format {format}); this version reads format {version}.</source>
        <translation>Diese Datei stammt aus einer neueren Version von NN Playground (Format {format}); diese Version liest Format {version}.</translation>
    </message>
    <message>
        <source>the project has unknown parts {names}; allowed: {allowed}</source>
        <translation>Das Projekt hat unbekannte Teile {names}; erlaubt: {allowed}</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (byte {byte})</source>
        <translation>Die Datei ist kein UTF-8-Text (Byte {byte})</translation>
    </message>
    <message>
        <source>{name} is {size} MB; a project is at most {limit} MB</source>
        <translation>{name} hat {size} MB; ein Projekt hat höchstens {limit} MB</translation>
    </message>
    <message>
        <source>{path} is a folder, not a project file</source>
        <translation>{path} ist ein Ordner, keine Projektdatei</translation>
    </message>
    <message>
        <source>{name} is too large: a project is at most {limit} MB</source>
        <translation>{name} ist zu groß: Ein Projekt hat höchstens {limit} MB</translation>
    </message>
    <message>
        <source>cannot read {path}: {error}</source>
        <translation>{path} kann nicht gelesen werden: {error}</translation>
    </message>
</context>
<context>
    <name>project_view</name>
    <message>
        <source>has {count} entries; at most {limit}</source>
        <translation>hat {count} Einträge; höchstens {limit}</translation>
    </message>
    <message>
        <source>has a bad option name {name}</source>
        <translation>hat einen ungültigen Optionsnamen {name}</translation>
    </message>
    <message>
        <source>must be true/false, a number or a short text; got {value}</source>
        <translation>muss true/false, eine Zahl oder ein kurzer Text sein; erhalten: {value}</translation>
    </message>
    <message>
        <source>must be a list of control names; got {value}</source>
        <translation>muss eine Liste von Namen von Bedienelementen sein; erhalten: {value}</translation>
    </message>
    <message>
        <source>unknown control {name}; choose from {choices}</source>
        <translation>Unbekanntes Bedienelement {name}; wähle aus {choices}</translation>
    </message>
</context>
<context>
    <name>projector</name>
    <message>
        <source>&amp;Projector mode</source>
        <translation>&amp;Beamer-Modus</translation>
    </message>
    <message>
        <source>Larger type, thicker lines, bigger points and stronger contrast, for a projector in a lit room ({shortcut})</source>
        <translation>Größere Schrift, dickere Linien, größere Punkte und stärkerer Kontrast, für einen Beamer in einem hellen Raum ({shortcut})</translation>
    </message>
</context>
<context>
    <name>qt_check</name>
    <message>
        <source>NN Playground cannot open a window: Qt's X11 support needs system libraries that are not installed.
Install them with:

    sudo apt-get install {packages}

(or run without a screen: QT_QPA_PLATFORM=offscreen)</source>
        <translation>NN Playground kann kein Fenster öffnen: Die X11-Unterstützung von Qt braucht Systembibliotheken, die nicht installiert sind.
Installiere sie mit:

    sudo apt-get install {packages}

(oder starte ohne Bildschirm: QT_QPA_PLATFORM=offscreen)</translation>
    </message>
</context>
<context>
    <name>recent_files</name>
    <message>
        <source>Clear list</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>(no recent files)</source>
        <translation>(keine zuletzt geöffneten Dateien)</translation>
    </message>
</context>
<context>
    <name>saving</name>
    <message>
        <source>Could not save: the project holds a value JSON cannot store ({error})</source>
        <translation>Speichern fehlgeschlagen: Das Projekt enthält einen Wert, den JSON nicht speichern kann ({error})</translation>
    </message>
    <message>
        <source>Could not save {file}: the folder {folder} does not exist</source>
        <translation>{file} konnte nicht gespeichert werden: Der Ordner {folder} existiert nicht</translation>
    </message>
    <message>
        <source>Could not save {file}: {reason}</source>
        <translation>{file} konnte nicht gespeichert werden: {reason}</translation>
    </message>
    <message>
        <source>the file could not be written completely (is the disk full?)</source>
        <translation>Die Datei konnte nicht vollständig geschrieben werden (ist der Datenträger voll?)</translation>
    </message>
</context>
<context>
    <name>schedule_editor</name>
    <message>
        <source>Constant</source>
        <translation>Konstant</translation>
    </message>
    <message>
        <source>Step decay</source>
        <translation>Stufenweise</translation>
    </message>
    <message>
        <source>Exponential</source>
        <translation>Exponentiell</translation>
    </message>
    <message>
        <source>Cosine</source>
        <translation>Kosinus</translation>
    </message>
    <message>
        <source>Every (epochs)</source>
        <translation>Alle (Epochen)</translation>
    </message>
    <message>
        <source>Step decay: the rate is multiplied by the factor this often.</source>
        <translation>Stufenweise: Die Rate wird in diesem Abstand mit dem Faktor multipliziert.</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <source>Step decay: what each decay multiplies the rate by (0 to 1).</source>
        <translation>Stufenweise: womit jede Stufe die Rate multipliziert (0 bis 1).</translation>
    </message>
    <message>
        <source>Factor per epoch</source>
        <translation>Faktor pro Epoche</translation>
    </message>
    <message>
        <source>Exponential: the rate is multiplied by this every epoch.</source>
        <translation>Exponentiell: Die Rate wird in jeder Epoche damit multipliziert.</translation>
    </message>
    <message>
        <source>Over (epochs)</source>
        <translation>Über (Epochen)</translation>
    </message>
    <message>
        <source>Cosine: the epochs it takes from the full rate to the minimum.</source>
        <translation>Kosinus: die Epochen, die es von der vollen Rate bis zum Minimum dauert.</translation>
    </message>
    <message>
        <source>Minimum rate</source>
        <translation>Minimale Rate</translation>
    </message>
    <message>
        <source>Cosine: the rate it ends at (never above the learning rate).</source>
        <translation>Kosinus: die Rate am Ende (nie über der Lernrate).</translation>
    </message>
    <message>
        <source>Warm-up (epochs)</source>
        <translation>Aufwärmphase (Epochen)</translation>
    </message>
    <message>
        <source>Epochs before the schedule starts in which the rate rises in a straight line to the full learning rate (0: none).</source>
        <translation>Epochen vor dem Beginn des Plans, in denen die Rate linear bis zur vollen Lernrate steigt (0: keine).</translation>
    </message>
    <message>
        <source>Schedule kind</source>
        <translation>Art des Plans</translation>
    </message>
    <message>
        <source>How the learning rate changes from epoch to epoch</source>
        <translation>Wie sich die Lernrate von Epoche zu Epoche ändert</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Lernratenplan</translation>
    </message>
    <message>
        <source>{kind} schedule</source>
        <translation>Plan: {kind}</translation>
    </message>
    <message>
        <source>{kind} schedule; the current rate is {rate}</source>
        <translation>Plan: {kind}; die aktuelle Rate ist {rate}</translation>
    </message>
</context>
<context>
    <name>schedules</name>
    <message>
        <source>{field} must be an integer from {low} to {high}; got {value}</source>
        <translation>{field} muss eine ganze Zahl von {low} bis {high} sein; erhalten: {value}</translation>
    </message>
    <message>
        <source>schedule.kind must be one of {choices}; got {value}</source>
        <translation>schedule.kind muss eines von {choices} sein; erhalten: {value}</translation>
    </message>
    <message>
        <source>{field} must be a number above {low} to {high}; got {value}</source>
        <translation>{field} muss eine Zahl über {low} bis {high} sein; erhalten: {value}</translation>
    </message>
    <message>
        <source>{field} must be a number from {low} to {high}; got {value}</source>
        <translation>{field} muss eine Zahl von {low} bis {high} sein; erhalten: {value}</translation>
    </message>
    <message>
        <source>schedule must be an object with a kind; got {value}</source>
        <translation>schedule muss ein Objekt mit einem kind sein; erhalten: {value}</translation>
    </message>
    <message>
        <source>schedule.{name} is not a parameter of the {kind} schedule (it takes {allowed})</source>
        <translation>schedule.{name} ist kein Parameter des Plans {kind} (er nimmt {allowed})</translation>
    </message>
</context>
<context>
    <name>script_export</name>
    <message>
        <source>kind must be one of {choices}; got {value}</source>
        <translation>kind muss eines von {choices} sein; erhalten: {value}</translation>
    </message>
    <message>
        <source>cannot write {path}: the folder {folder} does not exist</source>
        <translation>{path} kann nicht geschrieben werden: Der Ordner {folder} existiert nicht</translation>
    </message>
    <message>
        <source>cannot write {path}: {error}</source>
        <translation>{path} kann nicht geschrieben werden: {error}</translation>
    </message>
</context>
<context>
    <name>script_exports</name>
    <message>
        <source>P&amp;yTorch script…</source>
        <translation>P&amp;yTorch-Skript…</translation>
    </message>
    <message>
        <source>Save the network, its weights and its data as a PyTorch script (an nn.Module) that prints the figures and can train further</source>
        <translation>Das Netz, seine Gewichte und seine Daten als PyTorch-Skript (ein nn.Module) speichern, das die Werte ausgibt und weitertrainieren kann</translation>
    </message>
    <message>
        <source>N&amp;umPy script…</source>
        <translation>N&amp;umPy-Skript…</translation>
    </message>
    <message>
        <source>Save the network, its weights and its data as a Python script that needs only NumPy</source>
        <translation>Das Netz, seine Gewichte und seine Daten als Python-Skript speichern, das nur NumPy braucht</translation>
    </message>
    <message>
        <source>Cannot export {name}</source>
        <translation>{name} kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Exported {path}</source>
        <translation>{path} exportiert</translation>
    </message>
    <message>
        <source>Export a PyTorch script</source>
        <translation>PyTorch-Skript exportieren</translation>
    </message>
    <message>
        <source>Export a NumPy script</source>
        <translation>NumPy-Skript exportieren</translation>
    </message>
    <message>
        <source>Python script (*.py)</source>
        <translation>Python-Skript (*.py)</translation>
    </message>
</context>
<context>
    <name>script_model</name>
    <message>
        <source>hidden layer {layer} uses {what}, which the script export does not know yet</source>
        <translation>Die verdeckte Schicht {layer} verwendet {what}, was der Skript-Export noch nicht kennt</translation>
    </message>
    <message>
        <source>the output uses {what}, which the script export does not know yet</source>
        <translation>Die Ausgabe verwendet {what}, was der Skript-Export noch nicht kennt</translation>
    </message>
    <message>
        <source>the script export does not know the loss {name}</source>
        <translation>Der Skript-Export kennt die Verlustfunktion {name} nicht</translation>
    </message>
    <message>
        <source>the script export does not know the feature {name}</source>
        <translation>Der Skript-Export kennt das Merkmal {name} nicht</translation>
    </message>
    <message>
        <source>the script export does not know the optimizer {name}</source>
        <translation>Der Skript-Export kennt den Optimierer {name} nicht</translation>
    </message>
    <message>
        <source>the script export does not know the learning-rate schedule {name}</source>
        <translation>Der Skript-Export kennt den Lernratenplan {name} nicht</translation>
    </message>
    <message>
        <source>the project's data holds no training point (only test points, or none): add training points in the window first</source>
        <translation>Die Daten des Projekts enthalten keinen Trainingspunkt (nur Testpunkte oder gar keine): Füge zuerst im Fenster Trainingspunkte hinzu</translation>
    </message>
</context>
<context>
    <name>script_text</name>
    <message>
        <source>cannot write {value} as a number in a script</source>
        <translation>{value} kann in einem Skript nicht als Zahl geschrieben werden</translation>
    </message>
</context>
<context>
    <name>selftest</name>
    <message>
        <source>{text} is not a whole number</source>
        <translation>{text} ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>{text} is not a number</source>
        <translation>{text} ist keine Zahl</translation>
    </message>
    <message>
        <source>must be above 0; got {text}</source>
        <translation>muss größer als 0 sein; erhalten: {text}</translation>
    </message>
    <message>
        <source>the bundled lesson to train (its file name or the start of it; default {lesson})</source>
        <translation>die mitgelieferte Lektion zum Trainieren (ihr Dateiname oder dessen Anfang; Standard {lesson})</translation>
    </message>
    <message>
        <source>how many training steps (batches) to train (default {steps})</source>
        <translation>wie viele Trainingsschritte (Batches) trainiert werden (Standard {steps})</translation>
    </message>
    <message>
        <source>keep the exported pictures in this folder (default: a temporary one, removed)</source>
        <translation>die exportierten Bilder in diesem Ordner behalten (Standard: ein temporärer, der gelöscht wird)</translation>
    </message>
    <message>
        <source>give up on a step that takes longer than this (default {seconds})</source>
        <translation>einen Schritt abbrechen, der länger dauert als dies (Standard {seconds})</translation>
    </message>
</context>
<context>
    <name>session_data</name>
    <message>
        <source>painted points must lie inside the view</source>
        <translation>Gemalte Punkte müssen innerhalb der Ansicht liegen</translation>
    </message>
    <message>
        <source>a class is from 1 to {high}</source>
        <translation>Eine Klasse liegt zwischen 1 und {high}</translation>
    </message>
    <message>
        <source>a painted value must be a number</source>
        <translation>Ein gemalter Wert muss eine Zahl sein</translation>
    </message>
</context>
<context>
    <name>setting_undo</name>
    <message>
        <source>change the learning-rate schedule</source>
        <translation>Lernratenplan ändern</translation>
    </message>
</context>
<context>
    <name>spec</name>
    <message>
        <source>{field} has unknown keys {keys}; allowed: {allowed}</source>
        <translation>{field} hat unbekannte Schlüssel {keys}; erlaubt: {allowed}</translation>
    </message>
    <message>
        <source>spec must be a dict with features, hidden and output; got {type}</source>
        <translation>spec muss ein Dict mit features, hidden und output sein; erhalten: {type}</translation>
    </message>
    <message>
        <source>spec has unknown fields {fields}; allowed: features, hidden, output</source>
        <translation>spec hat unbekannte Felder {fields}; erlaubt: features, hidden, output</translation>
    </message>
    <message>
        <source>spec.features must be a non-empty list of {choices}</source>
        <translation>spec.features muss eine nicht leere Liste aus {choices} sein</translation>
    </message>
    <message>
        <source>spec.features: unknown feature {name}; choose from {choices}</source>
        <translation>spec.features: unbekanntes Merkmal {name}; wähle aus {choices}</translation>
    </message>
    <message>
        <source>spec.features lists a feature twice: {features}</source>
        <translation>spec.features nennt ein Merkmal zweimal: {features}</translation>
    </message>
    <message>
        <source>spec.hidden must be a list of {'units': n, 'activation': name}</source>
        <translation>spec.hidden muss eine Liste von {'units': n, 'activation': name} sein</translation>
    </message>
    <message>
        <source>spec.hidden: at most {limit} hidden layers; got {count}</source>
        <translation>spec.hidden: höchstens {limit} verdeckte Schichten; erhalten: {count}</translation>
    </message>
    <message>
        <source>{field} must be a dict with units and activation</source>
        <translation>{field} muss ein Dict mit units und activation sein</translation>
    </message>
    <message>
        <source>{field}.units must be an integer from 1 to {high}; got {value}</source>
        <translation>{field}.units muss eine ganze Zahl von 1 bis {high} sein; erhalten: {value}</translation>
    </message>
    <message>
        <source>{field}.activation must be one of {choices}; got {value}</source>
        <translation>{field}.activation muss eines von {choices} sein; erhalten: {value}</translation>
    </message>
    <message>
        <source>{field}.dropout must be a number from 0 to {high}; got {value}</source>
        <translation>{field}.dropout muss eine Zahl von 0 bis {high} sein; erhalten: {value}</translation>
    </message>
    <message>
        <source>spec.output.kind must be one of {choices}; got {value}</source>
        <translation>spec.output.kind muss eines von {choices} sein; erhalten: {value}</translation>
    </message>
    <message>
        <source>spec.output.classes must be an integer from {low} to {high} for multiclass; got {value}</source>
        <translation>spec.output.classes muss für multiclass eine ganze Zahl von {low} bis {high} sein; erhalten: {value}</translation>
    </message>
    <message>
        <source>spec.output.classes applies only to multiclass, not {kind}</source>
        <translation>spec.output.classes gilt nur für multiclass, nicht für {kind}</translation>
    </message>
    <message>
        <source>spec.output.loss must be one of {choices}; got {value}</source>
        <translation>spec.output.loss muss eines von {choices} sein; erhalten: {value}</translation>
    </message>
    <message>
        <source>spec.output.loss 'tfp' (TensorFlow Playground's tanh output and squared error) is for binary output only, not {kind}</source>
        <translation>spec.output.loss 'tfp' (die tanh-Ausgabe und der quadratische Fehler von TensorFlow Playground) ist nur für binäre Ausgabe, nicht für {kind}</translation>
    </message>
</context>
<context>
    <name>teacher_dialog</name>
    <message>
        <source>&lt;p&gt;What this lesson is about, in one or two sentences.&lt;/p&gt;&lt;h4&gt;Try&lt;/h4&gt;&lt;ol&gt;&lt;li&gt;Press &lt;b&gt;Play&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Change one thing and play again.&lt;/li&gt;&lt;/ol&gt;&lt;h4&gt;Notice&lt;/h4&gt;&lt;p&gt;What should the students see?&lt;/p&gt;&lt;h4&gt;Question&lt;/h4&gt;&lt;p&gt;A question to answer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Worum es in dieser Lektion geht, in ein oder zwei Sätzen.&lt;/p&gt;&lt;h4&gt;Probier aus&lt;/h4&gt;&lt;ol&gt;&lt;li&gt;Drücke &lt;b&gt;Start&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Ändere eine Sache und starte noch einmal.&lt;/li&gt;&lt;/ol&gt;&lt;h4&gt;Beobachte&lt;/h4&gt;&lt;p&gt;Was sollen die Lernenden sehen?&lt;/p&gt;&lt;h4&gt;Frage&lt;/h4&gt;&lt;p&gt;Eine Frage zum Beantworten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Teacher mode: make a lesson</source>
        <translation>Lehrkraft-Modus: eine Lektion erstellen</translation>
    </message>
    <message>
        <source>The lesson keeps the playground &lt;b&gt;as it is now&lt;/b&gt;: data, network, weights and settings. Write what students should do, choose what they may change, and save.</source>
        <translation>Die Lektion übernimmt den Playground &lt;b&gt;so, wie er jetzt ist&lt;/b&gt;: Daten, Netz, Gewichte und Einstellungen. Schreib auf, was die Lernenden tun sollen, wähle, was sie ändern dürfen, und speichere.</translation>
    </message>
    <message>
        <source>Lesson title, e.g. 3. Why XOR needs a hidden layer</source>
        <translation>Titel der Lektion, z. B. 3. Warum XOR eine verdeckte Schicht braucht</translation>
    </message>
    <message>
        <source>B</source>
        <comment>the Bold button's letter</comment>
        <translation>F</translation>
    </message>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation>Fett (Ctrl+B)</translation>
    </message>
    <message>
        <source>I</source>
        <comment>the Italic button's letter</comment>
        <translation>K</translation>
    </message>
    <message>
        <source>Italic (Ctrl+I)</source>
        <translation>Kursiv (Ctrl+I)</translation>
    </message>
    <message>
        <source>H</source>
        <comment>the Heading button's letter</comment>
        <translation>Ü</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>Plain paragraph</source>
        <translation>Normaler Absatz</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Aufzählung</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Nummerierte Liste</translation>
    </message>
    <message>
        <source>Instructions for the students</source>
        <translation>Anleitung für die Lernenden</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Students do not see “{control}”</source>
        <translation>Lernende sehen „{control}“ nicht</translation>
    </message>
    <message>
        <source>Students see “{control}” but cannot change it</source>
        <translation>Lernende sehen „{control}“, können es aber nicht ändern</translation>
    </message>
    <message>
        <source>The network diagram always shows; lock it instead</source>
        <translation>Das Netzdiagramm wird immer gezeigt; sperre es stattdessen</translation>
    </message>
    <message>
        <source>What students may change</source>
        <translation>Was Lernende ändern dürfen</translation>
    </message>
    <message>
        <source>Try it here</source>
        <translation>Hier ausprobieren</translation>
    </message>
    <message>
        <source>Show the instructions and apply the hidden and locked controls in this window</source>
        <translation>Die Anleitung zeigen und die verborgenen und gesperrten Elemente in diesem Fenster anwenden</translation>
    </message>
    <message>
        <source>Preview as student</source>
        <translation>Vorschau als Lernende</translation>
    </message>
    <message>
        <source>Open the lesson in this window exactly as students get it: its start state, its locks and its instructions. Back to editing (a button above the instructions) brings your work and this dialog back as they were; the undo history starts afresh</source>
        <translation>Die Lektion in diesem Fenster genau so öffnen, wie Lernende sie bekommen: ihr Startzustand, ihre Sperren und ihre Anleitung. Zurück zum Bearbeiten (ein Knopf über der Anleitung) bringt deine Arbeit und diesen Dialog zurück, wie sie waren; der Rückgängig-Verlauf beginnt neu</translation>
    </message>
    <message>
        <source>Save lesson…</source>
        <translation>Lektion speichern…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Students may leave the lesson freely again</source>
        <translation>Lernende dürfen die Lektion wieder frei verlassen</translation>
    </message>
    <message>
        <source>Remove the password</source>
        <translation>Passwort entfernen</translation>
    </message>
    <message>
        <source>Password on the locks: &lt;b&gt;set&lt;/b&gt;.</source>
        <translation>Passwort für die Sperren: &lt;b&gt;gesetzt&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>Passwort ändern…</translation>
    </message>
    <message>
        <source>No password: students may leave the lesson.</source>
        <translation>Kein Passwort: Lernende dürfen die Lektion verlassen.</translation>
    </message>
    <message>
        <source>Set password…</source>
        <translation>Passwort setzen…</translation>
    </message>
    <message>
        <source>Give the lesson a title first.</source>
        <translation>Gib der Lektion zuerst einen Titel.</translation>
    </message>
    <message>
        <source>Applied to this window. Open a project or choose New to lift the restrictions.</source>
        <translation>Auf dieses Fenster angewendet. Öffne ein Projekt oder wähle Neu, um die Einschränkungen aufzuheben.</translation>
    </message>
    <message>
        <source>Save lesson</source>
        <translation>Lektion speichern</translation>
    </message>
    <message>
        <source>Could not save the lesson: {error}</source>
        <translation>Die Lektion konnte nicht gespeichert werden: {error}</translation>
    </message>
    <message>
        <source>Saved {path}. Students open it with File → Open or by dropping it on the window.</source>
        <translation>{path} gespeichert. Lernende öffnen sie mit Datei → Öffnen oder indem sie sie auf das Fenster ziehen.</translation>
    </message>
    <message>
        <source>&amp;Teacher mode…</source>
        <translation>&amp;Lehrkraft-Modus…</translation>
    </message>
    <message>
        <source>Write instructions, hide or lock controls, and save the playground as a lesson</source>
        <translation>Anleitung schreiben, Bedienelemente verbergen oder sperren und den Playground als Lektion speichern</translation>
    </message>
    <message>
        <source>Type it to edit the lesson.</source>
        <translation>Gib es ein, um die Lektion zu bearbeiten.</translation>
    </message>
</context>
<context>
    <name>threads</name>
    <message>
        <source>blas_threads must be None or an integer of at least 1; got {value}</source>
        <translation>blas_threads muss None oder eine ganze Zahl ab 1 sein; erhalten: {value}</translation>
    </message>
</context>
<context>
    <name>timeline</name>
    <message>
        <source>Rewound: the network, its weights and the boundary as they were at that epoch. Resume from here (or Play) continues from it and replaces the later epochs; Back to latest returns.</source>
        <translation>Zurückgespult: das Netz, seine Gewichte und die Grenze, wie sie in dieser Epoche waren. „Hier weitermachen“ (oder Start) trainiert von hier aus weiter und ersetzt die späteren Epochen; „Zur neuesten“ kehrt zurück.</translation>
    </message>
    <message>
        <source>Rewind now starts at epoch {epoch}, where the network changed: the epochs before it were trained by the network as it was, so they cannot be shown on this one.</source>
        <translation>Zurückspulen beginnt jetzt bei Epoche {epoch}, wo sich das Netz geändert hat: Die Epochen davor wurden mit dem Netz trainiert, wie es damals war, und können auf diesem nicht gezeigt werden.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Rewind: drag to see the network, its weights and the boundary as they were at that epoch. Training pauses. Keys when the slider has focus: ←/→ one epoch, Page Up/Down ten, Home the first, End the latest.</source>
        <translation>Zurückspulen: Zieh, um das Netz, seine Gewichte und die Grenze so zu sehen, wie sie in dieser Epoche waren. Das Training pausiert. Tasten, wenn der Regler den Fokus hat: ←/→ eine Epoche, Page Up/Down zehn, Home die erste, End die neueste.</translation>
    </message>
    <message>
        <source>Rewind</source>
        <translation>Zurückspulen</translation>
    </message>
    <message>
        <source>epoch {epoch}</source>
        <translation>Epoche {epoch}</translation>
    </message>
    <message>
        <source>epoch {epoch} (latest)</source>
        <translation>Epoche {epoch} (neueste)</translation>
    </message>
    <message>
        <source>The epoch on show, and the newest one trained.</source>
        <translation>Die angezeigte Epoche und die neueste trainierte.</translation>
    </message>
    <message>
        <source>Resume from here</source>
        <translation>Hier weitermachen</translation>
    </message>
    <message>
        <source>Continue training from the epoch on show, from exactly its state. The epochs after it are replaced by the new training. (Play does the same.)</source>
        <translation>Von der angezeigten Epoche aus weitertrainieren, genau aus ihrem Zustand. Die Epochen danach werden durch das neue Training ersetzt. (Start tut dasselbe.)</translation>
    </message>
    <message>
        <source>Back to latest</source>
        <translation>Zur neuesten</translation>
    </message>
    <message>
        <source>Show the newest state again, as if you had never rewound (End).</source>
        <translation>Wieder den neuesten Stand zeigen, als hättest du nie zurückgespult (End).</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>{size} kB</source>
        <translation>{size} kB</translation>
    </message>
    <message>
        <source>{count} checkpoint, {size}</source>
        <translation>{count} Sicherungspunkt, {size}</translation>
    </message>
    <message numerus="yes">
        <source>{count} checkpoints, {size}</source>
        <translation type="unfinished"><numerusform>{count} Sicherungspunkt, {size}</numerusform><numerusform /></translation>
    </message>
    <message>
        <source>epoch {epoch} of {latest} …</source>
        <translation>Epoche {epoch} von {latest} …</translation>
    </message>
    <message>
        <source>epoch {epoch} of {latest}</source>
        <translation>Epoche {epoch} von {latest}</translation>
    </message>
    <message>
        <source>Rewind &amp;one epoch</source>
        <translation>&amp;Eine Epoche zurück</translation>
    </message>
    <message>
        <source>Show the epoch before the one on show (training pauses)</source>
        <translation>Die Epoche vor der angezeigten zeigen (das Training pausiert)</translation>
    </message>
    <message>
        <source>Resume &amp;from here</source>
        <translation>&amp;Hier weitermachen</translation>
    </message>
    <message>
        <source>Back to &amp;latest</source>
        <translation>Zur &amp;neuesten</translation>
    </message>
</context>
<context>
    <name>top_bar</name>
    <message>
        <source>Regularization, rate</source>
        <translation>Regularisierung, Rate</translation>
    </message>
    <message>
        <source>The hidden layers use different activations (each is named under its layer in the network). Choose one here to give it to every layer; that resets the network.</source>
        <translation>Die verdeckten Schichten verwenden verschiedene Aktivierungen (jede steht im Netz unter ihrer Schicht). Wähle hier eine, um sie allen Schichten zu geben; das setzt das Netz zurück.</translation>
    </message>
    <message>
        <source>Reset the network: fresh random weights, back to epoch 0 (R)</source>
        <translation>Netz zurücksetzen: neue zufällige Gewichte, zurück zu Epoche 0 (R)</translation>
    </message>
    <message>
        <source>Play or pause training (Space)</source>
        <translation>Training starten oder pausieren (Leertaste)</translation>
    </message>
    <message>
        <source>Train exactly one epoch, then pause (Right arrow)</source>
        <translation>Genau eine Epoche trainieren, dann pausieren (Pfeil rechts)</translation>
    </message>
    <message>
        <source>Epochs completed: full passes over the training data</source>
        <translation>Abgeschlossene Epochen: vollständige Durchläufe durch die Trainingsdaten</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>test epoch's weights</source>
        <translation>Gewichte der besten Testepoche</translation>
    </message>
    <message>
        <source>Set ▾</source>
        <translation>Setzen ▾</translation>
    </message>
    <message>
        <source>Never ▾</source>
        <translation>Nie ▾</translation>
    </message>
    <message numerus="yes">
        <source>Training stops at epoch {epoch} or after {patience} epochs without a better test loss, back to the best test epoch. Click to change the stopping rules.</source>
        <translation type="unfinished"><numerusform>Das Training stoppt bei Epoche {epoch} oder nach {patience} Epoche ohne besseren Testverlust, zurück zur besten Testepoche. Klicke, um die Stoppregeln zu ändern.</numerusform><numerusform /></translation>
    </message>
    <message numerus="yes">
        <source>Training stops at epoch {epoch} or after {patience} epochs without a better test loss. Click to change the stopping rules.</source>
        <translation type="unfinished"><numerusform>Das Training stoppt bei Epoche {epoch} oder nach {patience} Epoche ohne besseren Testverlust. Klicke, um die Stoppregeln zu ändern.</numerusform><numerusform /></translation>
    </message>
    <message numerus="yes">
        <source>Training stops after {patience} epochs without a better test loss, back to the best test epoch. Click to change the stopping rules.</source>
        <translation type="unfinished"><numerusform>Das Training stoppt nach {patience} Epoche ohne besseren Testverlust, zurück zur besten Testepoche. Klicke, um die Stoppregeln zu ändern.</numerusform><numerusform /></translation>
    </message>
    <message numerus="yes">
        <source>Training stops after {patience} epochs without a better test loss. Click to change the stopping rules.</source>
        <translation type="unfinished"><numerusform>Das Training stoppt nach {patience} Epoche ohne besseren Testverlust. Klicke, um die Stoppregeln zu ändern.</numerusform><numerusform /></translation>
    </message>
    <message>
        <source>Training stops at epoch {epoch}. Click to change the stopping rules.</source>
        <translation>Das Training stoppt bei Epoche {epoch}. Klicke, um die Stoppregeln zu ändern.</translation>
    </message>
    <message>
        <source>Training never stops itself. Click to change the stopping rules.</source>
        <translation>Das Training stoppt nie von selbst. Klicke, um die Stoppregeln zu ändern.</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Gemischt</translation>
    </message>
    <message>
        <source>Pause training (Space)</source>
        <translation>Training pausieren (Leertaste)</translation>
    </message>
    <message>
        <source>Play: start training (Space)</source>
        <translation>Start: Training beginnen (Leertaste)</translation>
    </message>
</context>
<context>
    <name>train_process</name>
    <message>
        <source>the training process was stopped for {seconds} s</source>
        <translation>Der Trainingsprozess war {seconds} s lang angehalten</translation>
    </message>
    <message>
        <source>the training process did not answer in {seconds} s</source>
        <translation>Der Trainingsprozess hat in {seconds} s nicht geantwortet</translation>
    </message>
    <message>
        <source>the training process failed:
{traceback}</source>
        <translation>Der Trainingsprozess ist fehlgeschlagen:
{traceback}</translation>
    </message>
    <message>
        <source>the training process is gone ({error})</source>
        <translation>Der Trainingsprozess ist weg ({error})</translation>
    </message>
</context>
<context>
    <name>trainer</name>
    <message>
        <source>X_train must hold at least one point</source>
        <translation>X_train muss mindestens einen Punkt enthalten</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>{field} must be numbers of shape (n, 2)</source>
        <translation>{field} müssen Zahlen der Form (n, 2) sein</translation>
    </message>
    <message>
        <source>{field} must have shape (n, 2); got {shape}</source>
        <translation>{field} muss die Form (n, 2) haben; erhalten: {shape}</translation>
    </message>
    <message>
        <source>{field} has {count} points; at most {limit} are allowed</source>
        <translation>{field} hat {count} Punkte; höchstens {limit} sind erlaubt</translation>
    </message>
    <message>
        <source>{field} must be numbers of shape (n,)</source>
        <translation>{field} müssen Zahlen der Form (n,) sein</translation>
    </message>
    <message>
        <source>{field} must have shape ({n},) to match the points; got {shape}</source>
        <translation>{field} muss die Form ({n},) haben, passend zu den Punkten; erhalten: {shape}</translation>
    </message>
    <message>
        <source>{field} must hold integer labels from 0 to {high} for {kind} output; got values from {low_seen} to {high_seen}</source>
        <translation>{field} muss für die Ausgabe {kind} ganzzahlige Labels von 0 bis {high} enthalten; erhalten: Werte von {low_seen} bis {high_seen}</translation>
    </message>
    <message>
        <source>{field} must be a finite number greater than {low} and at most {high}; got {value}</source>
        <translation>{field} muss eine endliche Zahl größer als {low} und höchstens {high} sein; erhalten: {value}</translation>
    </message>
    <message>
        <source>{field} must be a finite number at least {low} and at most {high}; got {value}</source>
        <translation>{field} muss eine endliche Zahl von mindestens {low} und höchstens {high} sein; erhalten: {value}</translation>
    </message>
    <message>
        <source>params[{layer}] must be W of shape {w_shape} and b of shape {b_shape}; got {w_got} and {b_got}</source>
        <translation>params[{layer}] muss W der Form {w_shape} und b der Form {b_shape} sein; erhalten: {w_got} und {b_got}</translation>
    </message>
    <message>
        <source>seed must be an integer; got {value}</source>
        <translation>seed muss eine ganze Zahl sein; erhalten: {value}</translation>
    </message>
    <message>
        <source>shuffle must be True or False; got {value}</source>
        <translation>shuffle muss True oder False sein; erhalten: {value}</translation>
    </message>
    <message>
        <source>batch_size must be an integer of at least 1; got {value}</source>
        <translation>batch_size muss eine ganze Zahl ab 1 sein; erhalten: {value}</translation>
    </message>
    <message>
        <source>link ({i}, {j}) of layer {layer} is disabled; enable it first</source>
        <translation>Verbindung ({i}, {j}) der Schicht {layer} ist ausgeschaltet; schalte sie zuerst ein</translation>
    </message>
    <message>
        <source>{field} contains NaN or infinity</source>
        <translation>{field} enthält NaN oder Unendlich</translation>
    </message>
    <message>
        <source>dtype must be one of {choices}; got {value}</source>
        <translation>dtype muss eines von {choices} sein; erhalten: {value}</translation>
    </message>
    <message>
        <source>network {field} must be a list of numbers</source>
        <translation>Das Netz-{field} muss eine Liste von Zahlen sein</translation>
    </message>
    <message>
        <source>{field} must be a finite number &gt;= 0; got {value}</source>
        <translation>{field} muss eine endliche Zahl &gt;= 0 sein; erhalten: {value}</translation>
    </message>
</context>
<context>
    <name>worker</name>
    <message>
        <source>Internal error, training paused: {error}</source>
        <translation>Interner Fehler, Training pausiert: {error}</translation>
    </message>
    <message>
        <source>Not changed: {reason}</source>
        <translation>Nicht geändert: {reason}</translation>
    </message>
    <message>
        <source>Training goes on in the window's own process ({reason}).</source>
        <translation>Das Training läuft im eigenen Prozess des Fensters weiter ({reason}).</translation>
    </message>
</context>
</TS>