<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>activations</name>
    <message>
        <source>Linear</source>
        <translation>Linear</translation>
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
        <translation>Sigmoid</translation>
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
        <translation>Aktivierung muss eine von {choices} sein; erhalten: {value}</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>Positionsargumente</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>zeigt diese Hilfe und beendet das Programm</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>diese Argumente fehlen: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>unbekannte Argumente: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>ein Argument erwartet</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ungültige Wahl: %(value)r (möglich sind %(choices)s)</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>Argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ungültiger %(type)s-Wert: %(value)r</translation>
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
    <name>bias_marks</name>
    <message>
        <source>Bias of this neuron (blue positive, orange negative)</source>
        <translation>Bias dieses Neurons (blau positiv, orange negativ)</translation>
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
    <name>checkpoint_store</name>
    <message>
        <source>Checkpoints: every epoch recorded for the last {recent}, then every 2nd, 4th, 8th … further back; {kept} kept, {size} MB of at most {limit} MB. Epochs between checkpoints are recomputed exactly from the nearest earlier one.</source>
        <translation>Sicherungen: jede Epoche der letzten {recent} gespeichert, weiter zurück jede 2., 4., 8. …; {kept} behalten, {size} MB von höchstens {limit} MB. Epochen zwischen Sicherungen werden exakt aus der nächstfrüheren neu berechnet.</translation>
    </message>
</context>
<context>
    <name>class_button</name>
    <message>
        <source>Paint class {number} ({colour}); key {key}. A third class makes the network multi-class, keeping what it learned.</source>
        <translation>Klasse {number} malen ({colour}); Taste {key}. Eine dritte Klasse macht das Netz zu einem Mehrklassen-Netz und behält, was es gelernt hat.</translation>
    </message>
    <message>
        <source>Class {number}, {colour}</source>
        <translation>Klasse {number}, {colour}</translation>
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
    <name>class_model</name>
    <message>
        <source>Student</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>Train
loss</source>
        <translation>Trainings-
verlust</translation>
    </message>
    <message>
        <source>Test
loss</source>
        <translation>Test-
verlust</translation>
    </message>
    <message>
        <source>Train
accuracy</source>
        <translation>Trainings-
genauigkeit</translation>
    </message>
    <message>
        <source>Test
accuracy</source>
        <translation>Test-
genauigkeit</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Handed in
(UTC)</source>
        <translation>Abgegeben
(UTC)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Cannot read {folder}: {problem}</source>
        <translation>{folder} kann nicht gelesen werden: {problem}</translation>
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
        <translation><numerusform>{read} Abgabe gelesen, {damaged} andere oder beschädigte Dateien vermerkt</numerusform><numerusform>{read} Abgaben gelesen, {damaged} andere oder beschädigte Dateien vermerkt</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{read} hand-ins read</source>
        <translation><numerusform>{read} Abgabe gelesen</numerusform><numerusform>{read} Abgaben gelesen</numerusform></translation>
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
        <translation><numerusform>{epochs} Epoche in {seconds} s, {lanes} Spuren:</numerusform><numerusform>{epochs} Epochen in {seconds} s, {lanes} Spuren:</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{epochs} epochs in {seconds} s, {figures}</source>
        <translation><numerusform>{epochs} Epoche in {seconds} s, {figures}</numerusform><numerusform>{epochs} Epochen in {seconds} s, {figures}</numerusform></translation>
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
    <name>colors</name>
    <message>
        <source>orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <source>green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>purple</source>
        <translation>Lila</translation>
    </message>
    <message>
        <source>red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <source>sky</source>
        <translation>Himmelblau</translation>
    </message>
    <message>
        <source>yellow</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <source>grey</source>
        <translation>Grau</translation>
    </message>
</context>
<context>
    <name>column_controls</name>
    <message>
        <source>Sigmoid</source>
        <translation>Sigmoid</translation>
    </message>
    <message>
        <source>Softmax</source>
        <translation>Softmax</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>Linear</translation>
    </message>
    <message>
        <source>Hidden layer {layer} has the maximum of {most} neurons</source>
        <translation>Die verdeckte Schicht {layer} hat die Höchstzahl von {most} Neuronen</translation>
    </message>
    <message>
        <source>Add a neuron to hidden layer {layer} (starts training again)</source>
        <translation>Ein Neuron zur verdeckten Schicht {layer} hinzufügen (Training beginnt neu)</translation>
    </message>
    <message>
        <source>Add a neuron to hidden layer {layer} (keeps what it has learned)</source>
        <translation>Ein Neuron zur verdeckten Schicht {layer} hinzufügen (behält, was sie gelernt hat)</translation>
    </message>
    <message>
        <source>Remove hidden layer {layer}: this is its last neuron</source>
        <translation>Verdeckte Schicht {layer} entfernen: Das ist ihr letztes Neuron</translation>
    </message>
    <message>
        <source>Remove a neuron from hidden layer {layer} (starts training again)</source>
        <translation>Ein Neuron aus der verdeckten Schicht {layer} entfernen (Training beginnt neu)</translation>
    </message>
    <message>
        <source>Remove a neuron from hidden layer {layer} (keeps what it has learned)</source>
        <translation>Ein Neuron aus der verdeckten Schicht {layer} entfernen (behält, was sie gelernt hat)</translation>
    </message>
    <message>
        <source>dropout {rate}</source>
        <translation>Dropout {rate}</translation>
    </message>
    <message>
        <source>drop {rate}</source>
        <translation>Drop {rate}</translation>
    </message>
    <message>
        <source>Dropout {rate}: while training, each neuron of this layer is switched off for each training point with probability {rate}, and the others are scaled by 1/(1 − {rate}). Evaluation, the loss curve and the maps use every neuron. Right-click the layer to change it.</source>
        <translation>Dropout {rate}: Beim Training wird jedes Neuron dieser Schicht für jeden Trainingspunkt mit der Wahrscheinlichkeit {rate} ausgeschaltet, und die übrigen werden mit 1/(1 − {rate}) skaliert. Die Auswertung, die Verlustkurve und die Karten verwenden jedes Neuron. Rechtsklicke auf die Schicht, um es zu ändern.</translation>
    </message>
    <message>
        <source>OUTPUT</source>
        <translation>AUSGABE</translation>
    </message>
    <message>
        <source>Tanh</source>
        <translation>Tanh</translation>
    </message>
    <message>
        <source>Add a hidden layer after the last one, with its activation.</source>
        <translation>Eine verdeckte Schicht nach der letzten hinzufügen, mit ihrer Aktivierung.</translation>
    </message>
    <message>
        <source>The network has the maximum of {most} hidden layers</source>
        <translation>Das Netz hat die Höchstzahl von {most} verdeckten Schichten</translation>
    </message>
    <message>
        <source>Remove the last hidden layer: the rest keeps its weights, and new random links join its neighbours, so the network no longer computes the same</source>
        <translation>Die letzte verdeckte Schicht entfernen: Der Rest behält seine Gewichte, und neue zufällige Verbindungen verbinden ihre Nachbarn, sodass das Netz nicht mehr dasselbe berechnet</translation>
    </message>
    <message>
        <source>There are no hidden layers to remove</source>
        <translation>Es gibt keine verdeckten Schichten zum Entfernen</translation>
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
        <translation>Lass 2 bis 4 Kopien des Netzes nebeneinander um die Wette laufen (C): Jede Spur startet mit denselben Gewichten auf denselben Daten und unterscheidet sich nur in den Einstellungen, die du ihr gibst (Optimierer, Lernrate, Aktivierung, Batchgröße, Regularisierung). „Stopp bei Epoche“ gilt für jede Spur; „Stopp bei Stillstand“ wartet, bis Vergleichen aus ist.</translation>
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
        <translation><numerusform>Epoche {epoch}, {steps} Schritt</numerusform><numerusform>Epoche {epoch}, {steps} Schritte</numerusform></translation>
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
    <name>comparison</name>
    <message>
        <source>{optimizer} · rate {rate} · {activation} · batch {batch}</source>
        <translation>{optimizer} · Rate {rate} · {activation} · Batch {batch}</translation>
    </message>
    <message>
        <source>Every lane has stopped: {lanes} diverged, the others reached epoch {epoch}. Raise it or restart the race to go on.</source>
        <translation>Alle Spuren haben angehalten: {lanes} divergiert, die übrigen haben Epoche {epoch} erreicht. Erhöhe sie oder starte das Rennen neu, um weiterzumachen.</translation>
    </message>
    <message>
        <source>Every lane has reached epoch {epoch}, the stop-at-epoch setting. Raise it or restart the race to go on.</source>
        <translation>Alle Spuren haben Epoche {epoch} erreicht, die Einstellung „Stopp bei Epoche“. Erhöhe sie oder starte das Rennen neu, um weiterzumachen.</translation>
    </message>
    <message>
        <source>Every lane has diverged. Lower their learning rates and restart the race.</source>
        <translation>Alle Spuren sind divergiert. Senke ihre Lernraten und starte das Rennen neu.</translation>
    </message>
    <message>
        <source>there are no training points to race on yet; paint some first</source>
        <translation>Es gibt noch keine Trainingspunkte für ein Rennen; male zuerst welche</translation>
    </message>
    <message>
        <source>Compare is off</source>
        <translation>Vergleichen ist aus</translation>
    </message>
    <message>
        <source>at most {lanes} lanes</source>
        <translation>höchstens {lanes} Spuren</translation>
    </message>
    <message>
        <source>Compare keeps at least {lanes} lanes; turn Compare off instead</source>
        <translation>Vergleichen behält mindestens {lanes} Spuren; schalte Vergleichen stattdessen aus</translation>
    </message>
    <message>
        <source>there is no lane {lane}</source>
        <translation>Es gibt keine Spur {lane}</translation>
    </message>
    <message>
        <source>Lane {lane} ({summary}) is now the main network; it carries on from epoch {epoch}.</source>
        <translation>Spur {lane} ({summary}) ist jetzt das Hauptnetz; es macht ab Epoche {epoch} weiter.</translation>
    </message>
</context>
<context>
    <name>confusion_table</name>
    <message>
        <source>rec.</source>
        <translation>Sens.</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>prec.</source>
        <translation>Präz.</translation>
    </message>
    <message>
        <source>The training set's confusion matrix</source>
        <translation>Die Konfusionsmatrix der Trainingsdaten</translation>
    </message>
    <message>
        <source>The test set's confusion matrix</source>
        <translation>Die Konfusionsmatrix der Testdaten</translation>
    </message>
    <message>
        <source>{matrix}: row i, column j counts the points of class i the network predicts as class j (the diagonal: right). Recall: the share of a class's points predicted right; precision (last row): the share of the points predicted as a class that are of it; F1: their harmonic mean; – where a share has no points to count (rec.: recall, prec.: precision). Click a cell to mark its points on the output plot.</source>
        <translation>{matrix}: Zeile i, Spalte j zählt die Punkte der Klasse i, die das Netz als Klasse j vorhersagt (die Diagonale: richtig). Sensitivität: der Anteil der Punkte einer Klasse, die richtig vorhergesagt werden; Präzision (letzte Zeile): der Anteil der als eine Klasse vorhergesagten Punkte, die wirklich zu ihr gehören; F1: ihr harmonisches Mittel; – wo ein Anteil keine Punkte zum Zählen hat (Sens.: Sensitivität, Präz.: Präzision). Klicke auf eine Zelle, um ihre Punkte im Ausgabediagramm zu markieren.</translation>
    </message>
    <message>
        <source>predicted {name}</source>
        <translation>vorhergesagt {name}</translation>
    </message>
    <message>
        <source>true {name}</source>
        <translation>wahr {name}</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
</context>
<context>
    <name>controls</name>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klassifikation</translation>
    </message>
    <message>
        <source>Regression</source>
        <translation>Regression</translation>
    </message>
    <message>
        <source>Cross-entropy</source>
        <translation>Kreuzentropie</translation>
    </message>
    <message>
        <source>TF Playground</source>
        <translation>TF Playground</translation>
    </message>
    <message>
        <source>Editing the network (inputs, layers, neurons)</source>
        <translation>Das Netz bearbeiten (Eingaben, Schichten, Neuronen)</translation>
    </message>
    <message>
        <source>network editing</source>
        <translation>Netz bearbeiten</translation>
    </message>
    <message>
        <source>Editing the data (datasets, painting, sliders)</source>
        <translation>Die Daten bearbeiten (Datensätze, Malen, Schieberegler)</translation>
    </message>
    <message>
        <source>data editing</source>
        <translation>Daten bearbeiten</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Activation per layer</source>
        <translation>Aktivierung pro Schicht</translation>
    </message>
    <message>
        <source>Dropout per layer</source>
        <translation>Dropout pro Schicht</translation>
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
    <name>csv_reading</name>
    <message>
        <source>Reading {file} was interrupted.</source>
        <translation>Das Lesen von {file} wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>data_controller</name>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation><numerusform>%n Punkt</numerusform><numerusform>%n Punkte</numerusform></translation>
    </message>
    <message>
        <source>&amp;Import Data from CSV…</source>
        <translation>Daten aus CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>Read points from a CSV file as your own points</source>
        <translation>Punkte aus einer CSV-Datei als deine eigenen Punkte einlesen</translation>
    </message>
    <message>
        <source>&amp;Data as CSV…</source>
        <translation>&amp;Daten als CSV…</translation>
    </message>
    <message>
        <source>switch to {dataset} data</source>
        <translation>zu den Daten {dataset} wechseln</translation>
    </message>
    <message>
        <source>Showing the {dataset} data. Your own points are kept: Ctrl+Z or the My points tile brings them back.</source>
        <translation>Die Daten {dataset} werden gezeigt. Deine eigenen Punkte bleiben erhalten: Ctrl+Z oder die Kachel „Meine Punkte“ holt sie zurück.</translation>
    </message>
    <message>
        <source>switch to my points</source>
        <translation>zu meinen Punkten wechseln</translation>
    </message>
    <message>
        <source>these</source>
        <translation>diese</translation>
    </message>
    <message>
        <source>Paint on which points?</source>
        <translation>Auf welchen Punkten malen?</translation>
    </message>
    <message>
        <source>You have {points} of your own from before. Paint on them, or on a copy of the {dataset} points on show?</source>
        <translation>Du hast {points} von früher. Auf diesen malen oder auf einer Kopie der gezeigten Punkte von {dataset}?</translation>
    </message>
    <message>
        <source>My points</source>
        <translation>Meine Punkte</translation>
    </message>
    <message>
        <source>Copy of {dataset}</source>
        <translation>Kopie von {dataset}</translation>
    </message>
    <message>
        <source>paint on a copy of {dataset} data</source>
        <translation>auf einer Kopie der Daten {dataset} malen</translation>
    </message>
    <message>
        <source>Painting on a copy of the {dataset} points: Clear empties the canvas, Ctrl+Z goes back.</source>
        <translation>Du malst auf einer Kopie der Punkte von {dataset}: Leeren leert die Fläche, Ctrl+Z geht zurück.</translation>
    </message>
    <message>
        <source>There are no points of your own to clear.</source>
        <translation>Es gibt keine eigenen Punkte zum Leeren.</translation>
    </message>
    <message>
        <source>clear {points}</source>
        <translation>{points} löschen</translation>
    </message>
    <message>
        <source>The data is locked in this lesson.</source>
        <translation>Die Daten sind in dieser Lektion gesperrt.</translation>
    </message>
    <message>
        <source>Import data from CSV</source>
        <translation>Daten aus CSV importieren</translation>
    </message>
    <message>
        <source>Cannot import {file}</source>
        <translation>{file} kann nicht importiert werden</translation>
    </message>
    <message>
        <source>{problem}

Nothing was imported; your data is as it was.</source>
        <translation>{problem}

Nichts wurde importiert; deine Daten sind, wie sie waren.</translation>
    </message>
    <message>
        <source>import {points}</source>
        <translation>{points} importieren</translation>
    </message>
    <message>
        <source>Imported {points} from {file}.</source>
        <translation>{points} aus {file} importiert.</translation>
    </message>
    <message>
        <source>Imported {points} from {file}. They were {fit}.</source>
        <translation>{points} aus {file} importiert. Sie wurden {fit}.</translation>
    </message>
    <message>
        <source>Points outside the view</source>
        <translation>Punkte außerhalb der Ansicht</translation>
    </message>
    <message>
        <source>The points of {file} reach outside the view, which shows −6 to 6 on both axes.</source>
        <translation>Die Punkte von {file} reichen über die Ansicht hinaus, die auf beiden Achsen −6 bis 6 zeigt.</translation>
    </message>
    <message>
        <source>x₁ runs from {x1_low} to {x1_high}, x₂ from {x2_low} to {x2_high}.

Fit them into the view? Both axes are scaled alike (shapes stay as they are) and centred within ±{half_width}; the scaling is remembered and shown under the data controls.</source>
        <translation>x₁ reicht von {x1_low} bis {x1_high}, x₂ von {x2_low} bis {x2_high}.

In die Ansicht einpassen? Beide Achsen werden gleich skaliert (Formen bleiben, wie sie sind) und innerhalb von ±{half_width} zentriert; die Skalierung wird gespeichert und unter den Datenreglern angezeigt.</translation>
    </message>
    <message>
        <source>Fit into the view</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Import as they are</source>
        <translation>So importieren</translation>
    </message>
    <message>
        <source>Points beyond ±{limit} must be fitted.</source>
        <translation>Punkte jenseits von ±{limit} müssen eingepasst werden.</translation>
    </message>
    <message>
        <source>Points outside −6 to 6 are trained on but not drawn.</source>
        <translation>Punkte außerhalb von −6 bis 6 werden trainiert, aber nicht gezeichnet.</translation>
    </message>
    <message>
        <source>Cannot export the data</source>
        <translation>Die Daten können nicht exportiert werden</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>Nichts zu exportieren</translation>
    </message>
    <message>
        <source>There are no points yet: paint or import some.</source>
        <translation>Es gibt noch keine Punkte: Male oder importiere welche.</translation>
    </message>
    <message>
        <source>Export data as CSV</source>
        <translation>Daten als CSV exportieren</translation>
    </message>
    <message>
        <source>Cannot export {file}</source>
        <translation>{file} kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Exported {points} to {file}.</source>
        <translation>{points} nach {file} exportiert.</translation>
    </message>
    <message>
        <source>My points were {fit}.</source>
        <translation>Meine Punkte wurden {fit}.</translation>
    </message>
</context>
<context>
    <name>data_panel</name>
    <message>
        <source>DATA</source>
        <translation>DATEN</translation>
    </message>
    <message>
        <source>Which dataset do you want to use?</source>
        <translation>Welchen Datensatz möchtest du verwenden?</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Neu erzeugen</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Number of points</source>
        <translation>Anzahl der Punkte</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <source>Data seed</source>
        <translation>Startwert der Daten</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>CSV importieren…</translation>
    </message>
    <message>
        <source>Read points from a CSV file with columns x1, x2 and label (classes) or value (numbers); a header line is optional. They become your own points (undo with Ctrl+Z).</source>
        <translation>Punkte aus einer CSV-Datei mit den Spalten x1, x2 und label (Klassen) oder value (Zahlen) einlesen; eine Kopfzeile ist freiwillig. Sie werden deine eigenen Punkte (rückgängig mit Ctrl+Z).</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Write the points on show to a CSV file (x1, x2, label or value) that Import reads back exactly.</source>
        <translation>Die gezeigten Punkte in eine CSV-Datei schreiben (x1, x2, label oder value), die Importieren genau so wieder einliest.</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) so far.</source>
        <translation><numerusform>Bisher %n Punkt.</numerusform><numerusform>Bisher %n Punkte.</numerusform></translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;: {description}&lt;br&gt;{how}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;: {description}&lt;br&gt;{how}</translation>
    </message>
    <message>
        <source>Dataset {title}</source>
        <translation>Datensatz {title}</translation>
    </message>
    <message>
        <source>My points ({task})</source>
        <translation>Meine Punkte ({task})</translation>
    </message>
    <message>
        <source>Ratio of training to test data: &lt;b&gt;{percent} %&lt;/b&gt;</source>
        <translation>Verhältnis von Trainings- zu Testdaten: &lt;b&gt;{percent} %&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Noise: &lt;b&gt;{noise}&lt;/b&gt;</source>
        <translation>Rauschen: &lt;b&gt;{noise}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>data_texts</name>
    <message>
        <source>Circle</source>
        <translation>Kreis</translation>
    </message>
    <message>
        <source>Exclusive or</source>
        <translation>XOR</translation>
    </message>
    <message>
        <source>Gaussian</source>
        <translation>Gauß</translation>
    </message>
    <message>
        <source>Spiral</source>
        <translation>Spirale</translation>
    </message>
    <message>
        <source>Moons</source>
        <translation>Monde</translation>
    </message>
    <message>
        <source>Checkerboard</source>
        <translation>Schachbrett</translation>
    </message>
    <message>
        <source>Spiral arms</source>
        <translation>Spiralarme</translation>
    </message>
    <message>
        <source>Blobs</source>
        <translation>Kleckse</translation>
    </message>
    <message>
        <source>Rings</source>
        <translation>Ringe</translation>
    </message>
    <message>
        <source>Plane</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>Multi-Gaussian</source>
        <translation>Multi-Gauß</translation>
    </message>
    <message>
        <source>Sine wave</source>
        <translation>Sinuswelle</translation>
    </message>
    <message>
        <source>A disc of one class inside a ring of the other.</source>
        <translation>Eine Scheibe der einen Klasse in einem Ring der anderen.</translation>
    </message>
    <message>
        <source>Opposite quadrants share a class: the label is 1 when x and y have the same sign.</source>
        <translation>Gegenüberliegende Quadranten teilen sich eine Klasse: Das Label ist 1, wenn x und y dasselbe Vorzeichen haben.</translation>
    </message>
    <message>
        <source>Two Gaussian clusters, around (2, 2) and (-2, -2); noise widens them.</source>
        <translation>Zwei Gauß-Haufen um (2, 2) und (-2, -2); Rauschen macht sie breiter.</translation>
    </message>
    <message>
        <source>Two interleaved spiral arms, one per class.</source>
        <translation>Zwei ineinander verschlungene Spiralarme, einer pro Klasse.</translation>
    </message>
    <message>
        <source>Two interleaving half-moons, one per class.</source>
        <translation>Zwei ineinandergreifende Halbmonde, einer pro Klasse.</translation>
    </message>
    <message>
        <source>A 4 x 4 checkerboard of alternating classes, a bigger xor.</source>
        <translation>Ein 4 x 4 Schachbrett aus abwechselnden Klassen, ein größeres XOR.</translation>
    </message>
    <message>
        <source>Several interleaved spiral arms, one class per arm.</source>
        <translation>Mehrere ineinander verschlungene Spiralarme, eine Klasse pro Arm.</translation>
    </message>
    <message>
        <source>Gaussian blobs evenly spaced on a circle, one class per blob.</source>
        <translation>Gauß-Kleckse, gleichmäßig auf einem Kreis verteilt, eine Klasse pro Klecks.</translation>
    </message>
    <message>
        <source>Concentric rings, one class per ring.</source>
        <translation>Konzentrische Ringe, eine Klasse pro Ring.</translation>
    </message>
    <message>
        <source>A tilted plane: the value rises linearly towards the top right, (x + y) / 10.</source>
        <translation>Eine geneigte Ebene: Der Wert steigt linear nach rechts oben, (x + y) / 10.</translation>
    </message>
    <message>
        <source>Six bumps, alternately positive and negative, on two rows.</source>
        <translation>Sechs Hügel, abwechselnd positiv und negativ, in zwei Reihen.</translation>
    </message>
    <message>
        <source>A sine wave along x1: the value is sin(x1) and ignores x2.</source>
        <translation>Eine Sinuswelle entlang x1: Der Wert ist sin(x1) und hängt nicht von x2 ab.</translation>
    </message>
    <message>
        <source>How many classes (colours) the data has, from 2 to 8. Changing it starts again with fresh weights.</source>
        <translation>Wie viele Klassen (Farben) die Daten haben, von 2 bis 8. Eine Änderung beginnt neu mit frischen Gewichten.</translation>
    </message>
    <message>
        <source>My points</source>
        <translation>Meine Punkte</translation>
    </message>
    <message>
        <source>&lt;b&gt;My points&lt;/b&gt;: your own data. Turn on &lt;i&gt;Paint&lt;/i&gt; above the output to add points with the mouse, or import a CSV file. They are kept when you try a generator, and saved in the project.</source>
        <translation>&lt;b&gt;Meine Punkte&lt;/b&gt;: deine eigenen Daten. Schalte &lt;i&gt;Malen&lt;/i&gt; über der Ausgabe ein, um mit der Maus Punkte hinzuzufügen, oder importiere eine CSV-Datei. Sie bleiben erhalten, wenn du einen Generator ausprobierst, und werden im Projekt gespeichert.</translation>
    </message>
    <message>
        <source>How many points the generator draws, training and test together. Starts again.</source>
        <translation>Wie viele Punkte der Generator zieht, Training und Test zusammen. Beginnt neu.</translation>
    </message>
    <message>
        <source>Which random draw of the data: the same seed always gives the same points. Regenerate picks a new one. Starts again.</source>
        <translation>Welche zufällige Ziehung der Daten: Derselbe Startwert ergibt immer dieselben Punkte. „Neu erzeugen“ wählt einen neuen. Beginnt neu.</translation>
    </message>
    <message>
        <source>For generated data only; your own points keep where you put them.</source>
        <translation>Nur für erzeugte Daten; deine eigenen Punkte bleiben, wo du sie hingesetzt hast.</translation>
    </message>
    <message>
        <source>classification</source>
        <translation>Klassifikation</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>Regression</translation>
    </message>
    <message>
        <source>Draw the same dataset again with a new random seed; noise, point count and ratio stay as they are. Starts again.</source>
        <translation>Denselben Datensatz mit einem neuen zufälligen Startwert neu ziehen; Rauschen, Punktzahl und Verhältnis bleiben, wie sie sind. Beginnt neu.</translation>
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
    <name>drag_drop</name>
    <message>
        <source>Not added: {reason}</source>
        <translation>Nicht hinzugefügt: {reason}</translation>
    </message>
    <message>
        <source>the network already has the maximum of {most} hidden layers.</source>
        <translation>Das Netz hat bereits die Höchstzahl von {most} verdeckten Schichten.</translation>
    </message>
    <message>
        <source>Insert hidden layer {layer} here</source>
        <translation>Verdeckte Schicht {layer} hier einfügen</translation>
    </message>
    <message>
        <source>there is no hidden layer yet; drag “{part}” in first.</source>
        <translation>Es gibt noch keine verdeckte Schicht; zieh zuerst „{part}“ hinein.</translation>
    </message>
    <message>
        <source>drop the neuron onto a hidden layer.</source>
        <translation>Lass das Neuron auf einer verdeckten Schicht los.</translation>
    </message>
    <message>
        <source>layer {layer} already has the maximum of {most} neurons.</source>
        <translation>Schicht {layer} hat bereits die Höchstzahl von {most} Neuronen.</translation>
    </message>
    <message>
        <source>Add a neuron to layer {layer}</source>
        <translation>Ein Neuron zu Schicht {layer} hinzufügen</translation>
    </message>
    <message>
        <source>Drag “{part}” onto the network: between two layers.</source>
        <translation>Zieh „{part}“ auf das Netz: zwischen zwei Schichten.</translation>
    </message>
    <message>
        <source>Drag “{part}” onto the network: onto a hidden layer.</source>
        <translation>Zieh „{part}“ auf das Netz: auf eine verdeckte Schicht.</translation>
    </message>
    <message>
        <source>The network is not ready yet.</source>
        <translation>Das Netz ist noch nicht bereit.</translation>
    </message>
    <message>
        <source>{part}: drop it on the network</source>
        <translation>{part}: Lass es auf dem Netz los</translation>
    </message>
    <message>
        <source>Editing the network is locked in this lesson</source>
        <translation>Das Bearbeiten des Netzes ist in dieser Lektion gesperrt</translation>
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
    <name>edit_commands</name>
    <message>
        <source>neuron {unit} of layer {layer}</source>
        <translation>Neuron {unit} von Schicht {layer}</translation>
    </message>
    <message>
        <source>output {unit} ({class_name})</source>
        <translation>Ausgabe {unit} ({class_name})</translation>
    </message>
    <message>
        <source>the output</source>
        <translation>die Ausgabe</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Nicht geändert</translation>
    </message>
    <message>
        <source>Cannot undo {edit}</source>
        <translation>{edit} kann nicht rückgängig gemacht werden</translation>
    </message>
    <message>
        <source>the network changed shape before this edit arrived; try again</source>
        <translation>Das Netz hat seine Form geändert, bevor diese Änderung ankam; versuch es noch einmal</translation>
    </message>
    <message>
        <source>the network has another shape now</source>
        <translation>Das Netz hat jetzt eine andere Form</translation>
    </message>
    <message>
        <source>neuron {unit} is the last of layer {layer}</source>
        <translation>Neuron {unit} ist das letzte von Schicht {layer}</translation>
    </message>
    <message>
        <source>add neuron to layer {layer}</source>
        <translation>Neuron zu Schicht {layer} hinzufügen</translation>
    </message>
    <message>
        <source>remove neuron {unit} from layer {layer}</source>
        <translation>Neuron {unit} aus Schicht {layer} entfernen</translation>
    </message>
    <message>
        <source>add hidden layer {layer}</source>
        <translation>Verdeckte Schicht {layer} hinzufügen</translation>
    </message>
    <message>
        <source>insert hidden layer {layer}</source>
        <translation>Verdeckte Schicht {layer} einfügen</translation>
    </message>
    <message>
        <source>remove hidden layer {layer}</source>
        <translation>Verdeckte Schicht {layer} entfernen</translation>
    </message>
    <message>
        <source>set layer {layer} to {activation}</source>
        <translation>Schicht {layer} auf {activation} setzen</translation>
    </message>
    <message>
        <source>set dropout of layer {layer} to {rate}</source>
        <translation>Dropout von Schicht {layer} auf {rate} setzen</translation>
    </message>
    <message>
        <source>switch dropout of layer {layer} off</source>
        <translation>Dropout von Schicht {layer} ausschalten</translation>
    </message>
    <message>
        <source>switch {feature} on</source>
        <translation>{feature} einschalten</translation>
    </message>
    <message>
        <source>switch {feature} off</source>
        <translation>{feature} ausschalten</translation>
    </message>
    <message>
        <source>enable link {link}</source>
        <translation>Verbindung {link} einschalten</translation>
    </message>
    <message>
        <source>disable link {link}</source>
        <translation>Verbindung {link} ausschalten</translation>
    </message>
    <message>
        <source>set weight {link} to {value}</source>
        <translation>Gewicht {link} auf {value} setzen</translation>
    </message>
    <message>
        <source>set bias of {neuron} to {value}</source>
        <translation>Bias von {neuron} auf {value} setzen</translation>
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
        <translation><numerusform>Neuer Playground. Dein {count} eigener Punkt bleibt erhalten: die Kachel „Meine Punkte“.</numerusform><numerusform>Neuer Playground. Deine {count} eigenen Punkte bleiben erhalten: die Kachel „Meine Punkte“.</numerusform></translation>
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
    <name>folder_action</name>
    <message>
        <source>Open &amp;class folder…</source>
        <translation>&amp;Klassenordner öffnen…</translation>
    </message>
    <message>
        <source>See a folder of hand-ins as a gallery, one card per student</source>
        <translation>Einen Ordner mit Abgaben als Galerie ansehen, eine Karte pro Schülerin oder Schüler</translation>
    </message>
    <message>
        <source>Open a class folder</source>
        <translation>Klassenordner öffnen</translation>
    </message>
</context>
<context>
    <name>gallery</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <source>Test accuracy, best first</source>
        <translation>Testgenauigkeit, beste zuerst</translation>
    </message>
    <message>
        <source>Train accuracy, best first</source>
        <translation>Trainingsgenauigkeit, beste zuerst</translation>
    </message>
    <message>
        <source>Test loss, lowest first</source>
        <translation>Testverlust, niedrigster zuerst</translation>
    </message>
    <message>
        <source>Train loss, lowest first</source>
        <translation>Trainingsverlust, niedrigster zuerst</translation>
    </message>
    <message>
        <source>Epochs, most first</source>
        <translation>Epochen, meiste zuerst</translation>
    </message>
    <message>
        <source>Handed in, latest first</source>
        <translation>Abgegeben, neueste zuerst</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Class: {folder}</source>
        <translation>Klasse: {folder}</translation>
    </message>
    <message>
        <source>Hand-ins of the class</source>
        <translation>Abgaben der Klasse</translation>
    </message>
    <message>
        <source>Click a column's title to sort by it; again to reverse</source>
        <translation>Klicke auf einen Spaltentitel, um danach zu sortieren; noch einmal, um umzukehren</translation>
    </message>
    <message>
        <source>Double-click a student's card, or press Enter, to open it</source>
        <translation>Doppelklicke auf eine Karte oder drücke Enter, um sie zu öffnen</translation>
    </message>
    <message>
        <source>Reading {folder}…</source>
        <translation>{folder} wird gelesen…</translation>
    </message>
    <message>
        <source>The cards' order (a click on a column's title sorts too)</source>
        <translation>Die Reihenfolge der Karten (ein Klick auf einen Spaltentitel sortiert auch)</translation>
    </message>
    <message>
        <source>&amp;Sort by:</source>
        <translation>&amp;Sortieren nach:</translation>
    </message>
    <message>
        <source>&amp;Open read-only</source>
        <translation>Schreibgeschützt ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the chosen card's work; saving it asks for a new name</source>
        <translation>Die Arbeit der gewählten Karte öffnen; beim Speichern wird nach einem neuen Namen gefragt</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save the table as a CSV file for a grade book</source>
        <translation>Die Tabelle als CSV-Datei für ein Notenbuch speichern</translation>
    </message>
    <message>
        <source>Close the gallery</source>
        <translation>Galerie schließen</translation>
    </message>
    <message>
        <source>No hand-ins (.nnplay files) in {folder}.</source>
        <translation>Keine Abgaben (.nnplay-Dateien) in {folder}.</translation>
    </message>
    <message>
        <source>{hand_ins}, {others} (see their notes): reading {read} of {expected}… in {folder}.</source>
        <translation>{hand_ins}, {others} (siehe ihre Hinweise): {read} von {expected} gelesen… in {folder}.</translation>
    </message>
    <message>
        <source>{hand_ins}, {others} (see their notes) in {folder}.</source>
        <translation>{hand_ins}, {others} (siehe ihre Hinweise) in {folder}.</translation>
    </message>
    <message>
        <source>{hand_ins}: reading {read} of {expected}… in {folder}.</source>
        <translation>{hand_ins}: {read} von {expected} gelesen… in {folder}.</translation>
    </message>
    <message>
        <source>{hand_ins} in {folder}.</source>
        <translation>{hand_ins} in {folder}.</translation>
    </message>
    <message numerus="yes">
        <source>%n hand-in(s)</source>
        <translation><numerusform>%n Abgabe</numerusform><numerusform>%n Abgaben</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n other or damaged file(s)</source>
        <translation><numerusform>%n andere oder beschädigte Datei</numerusform><numerusform>%n andere oder beschädigte Dateien</numerusform></translation>
    </message>
    <message>
        <source>{summary} ({why_short})</source>
        <translation>{summary} ({why_short})</translation>
    </message>
    <message>
        <source>Choose a student's card first.</source>
        <translation>Wähle zuerst eine Karte.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: {why}</source>
        <translation>{file} kann nicht geöffnet werden: {why}</translation>
    </message>
    <message>
        <source>{student} (hand-in)</source>
        <translation>{student} (Abgabe)</translation>
    </message>
    <message>
        <source>class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>{class_name} grades</source>
        <translation>Noten {class_name}</translation>
    </message>
    <message>
        <source>Export the class as CSV</source>
        <translation>Klasse als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Could not save {file}: {problem}</source>
        <translation>{file} konnte nicht gespeichert werden: {problem}</translation>
    </message>
    <message>
        <source>Saved the class as {file}</source>
        <translation>Klasse als {file} gespeichert</translation>
    </message>
</context>
<context>
    <name>gradient_panel</name>
    <message>
        <source>‖∂L/∂W‖ / ‖W‖ of each layer: how fast its weights change for their size (the last batch's gradient, averaged over a few frames), against the training step, on a log scale. Each grid line down is 10× slower. The red dashed line is the output layer's ÷ 50: a layer below it learns too slowly to catch up, which matters while much is left to learn.</source>
        <translation>‖∂L/∂W‖ / ‖W‖ jeder Schicht: wie schnell sich ihre Gewichte im Verhältnis zu ihrer Größe ändern (der Gradient des letzten Batches, über einige Bilder gemittelt), über dem Trainingsschritt, auf einer logarithmischen Skala. Jede Gitterlinie tiefer ist 10× langsamer. Die rot gestrichelte Linie ist der Wert der Ausgabeschicht ÷ 50: Eine Schicht darunter lernt zu langsam, um aufzuholen – wichtig, solange noch viel zu lernen ist.</translation>
    </message>
    <message>
        <source>training step</source>
        <translation>Trainingsschritt</translation>
    </message>
    <message>
        <source>Each layer's colour (h1 = the weights into hidden layer 1, out = into the output); the red dashed line: the output layer's ‖∂L/∂W‖ / ‖W‖ ÷ 50.</source>
        <translation>Die Farbe jeder Schicht (h1 = die Gewichte in die verdeckte Schicht 1, out = in die Ausgabe); die rot gestrichelte Linie: ‖∂L/∂W‖ / ‖W‖ der Ausgabeschicht ÷ 50.</translation>
    </message>
    <message>
        <source>Which layer's weights the histograms show (the weights into that layer's neurons).</source>
        <translation>Welche Schicht die Histogramme zeigen (die Gewichte in die Neuronen dieser Schicht).</translation>
    </message>
    <message>
        <source>Weights w of this layer: how many have each value.</source>
        <translation>Gewichte w dieser Schicht: wie viele jeden Wert haben.</translation>
    </message>
    <message>
        <source>Gradients ∂L/∂w of this layer's weights (last batch): how many have each value. Look at the axis: for a vanishing layer they are all tiny.</source>
        <translation>Gradienten ∂L/∂w der Gewichte dieser Schicht (letzter Batch): wie viele jeden Wert haben. Achte auf die Achse: Bei einer Schicht mit verschwindendem Gradienten sind sie alle winzig.</translation>
    </message>
    <message>
        <source>Weights w</source>
        <translation>Gewichte w</translation>
    </message>
    <message>
        <source>Gradients ∂L/∂w</source>
        <translation>Gradienten ∂L/∂w</translation>
    </message>
    <message>
        <source>± their typical size (root mean square)</source>
        <translation>± ihre typische Größe (quadratisches Mittel)</translation>
    </message>
    <message>
        <source>Close the gradient panel (G); the loss chart comes back</source>
        <translation>Gradientenbereich schließen (G); die Verlustkurve kommt zurück</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>Gradienten</translation>
    </message>
    <message>
        <source>Histograms of</source>
        <translation>Histogramme von</translation>
    </message>
    <message>
        <source>out ÷ 50</source>
        <translation>out ÷ 50</translation>
    </message>
    <message>
        <source>{layer} ({rows}×{columns} weights)</source>
        <translation>{layer} ({rows}×{columns} Gewichte)</translation>
    </message>
    <message>
        <source>No gradient warning: no layer starves while much is left to learn, and no step is larger than the weights it changes. (Hover for the rule.)</source>
        <translation>Keine Gradientenwarnung: Keine Schicht verhungert, solange noch viel zu lernen ist, und kein Schritt ist größer als die Gewichte, die er ändert. (Zeig mit der Maus darauf für die Regel.)</translation>
    </message>
    <message>
        <source>Press play: each layer's gradient size appears here as the network trains.</source>
        <translation>Drücke Start: Die Gradientengröße jeder Schicht erscheint hier, während das Netz trainiert.</translation>
    </message>
    <message>
        <source>Weights w: ±{size}</source>
        <translation>Gewichte w: ±{size}</translation>
    </message>
    <message>
        <source>Gradients ∂L/∂w: ±{size}</source>
        <translation>Gradienten ∂L/∂w: ±{size}</translation>
    </message>
</context>
<context>
    <name>gradient_slot</name>
    <message>
        <source>&amp;Gradients</source>
        <translation>&amp;Gradienten</translation>
    </message>
    <message>
        <source>Show each layer's gradient size over time, warnings for vanishing or exploding gradients, and histograms of weights and gradients, in the loss chart's place (G)</source>
        <translation>Die Gradientengröße jeder Schicht im Zeitverlauf zeigen, Warnungen bei verschwindenden oder explodierenden Gradienten sowie Histogramme der Gewichte und Gradienten, anstelle der Verlustkurve (G)</translation>
    </message>
</context>
<context>
    <name>gradient_stats</name>
    <message>
        <source>output layer</source>
        <translation>Ausgabeschicht</translation>
    </message>
    <message>
        <source>hidden layer {number}</source>
        <translation>verdeckte Schicht {number}</translation>
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
        <translation>Dein Name kommt mit deinem Netz, seinen Ergebnissen (Epochen, Verlust, Genauigkeit) und einem Bild seiner Entscheidungsgrenze in die Datei, damit deine Lehrkraft weiß, wessen Arbeit es ist. Der Computer merkt ihn sich.</translation>
    </message>
    <message>
        <source>Hand in your work</source>
        <translation>Deine Arbeit abgeben</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Dein &amp;Name:</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Vor- und Nachname</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Dein Name</translation>
    </message>
    <message>
        <source>Your name as your teacher knows it (at most {characters})</source>
        <translation>Dein Name, wie deine Lehrkraft ihn kennt (höchstens {characters})</translation>
    </message>
    <message>
        <source>Continue…</source>
        <translation>Weiter…</translation>
    </message>
    <message>
        <source>Choose where to save the hand-in file</source>
        <translation>Wähle, wo die Abgabedatei gespeichert wird</translation>
    </message>
    <message>
        <source>Please type your name on one line (letters, not symbols).</source>
        <translation>Bitte gib deinen Namen in einer Zeile ein (Buchstaben, keine Symbole).</translation>
    </message>
    <message>
        <source>&amp;Hand in…</source>
        <translation>&amp;Abgeben…</translation>
    </message>
    <message>
        <source>Save your work for your teacher: with your name, its results and a picture</source>
        <translation>Deine Arbeit für deine Lehrkraft speichern: mit deinem Namen, ihren Ergebnissen und einem Bild</translation>
    </message>
    <message>
        <source>Hand in</source>
        <translation>Abgeben</translation>
    </message>
    <message>
        <source>NN Playground hand-ins (*{suffix})</source>
        <translation>NN-Playground-Abgaben (*{suffix})</translation>
    </message>
    <message>
        <source>Cannot hand in {file}</source>
        <translation>{file} kann nicht abgegeben werden</translation>
    </message>
    <message>
        <source>Handed in as {student}: {file}</source>
        <translation>Abgegeben als {student}: {file}</translation>
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
    <name>hover_tips</name>
    <message>
        <source>… ({count} more)</source>
        <translation>… ({count} weitere)</translation>
    </message>
    <message>
        <source>p(blue) = σ({sum})</source>
        <translation>p(blau) = σ({sum})</translation>
    </message>
    <message>
        <source>aᵢ: the outputs of layer {layer}</source>
        <translation>aᵢ: die Ausgaben von Schicht {layer}</translation>
    </message>
    <message>
        <source>Its map fills the output view. Click, then Delete, or drag it off the network, to remove it; double-click to edit its bias.</source>
        <translation>Seine Karte füllt die Ausgabeansicht. Klicke, dann Entf, oder zieh es vom Netz, um es zu entfernen; Doppelklick, um seinen Bias zu bearbeiten.</translation>
    </message>
    <message>
        <source>Double-click to edit its bias.</source>
        <translation>Doppelklick, um den Bias zu bearbeiten.</translation>
    </message>
    <message>
        <source>Link {link}: disabled (dashed)
Its weight stays 0 and it trains no more. Click to enable it.</source>
        <translation>Verbindung {link}: ausgeschaltet (gestrichelt)
Ihr Gewicht bleibt 0 und sie trainiert nicht mehr. Klicke, um sie einzuschalten.</translation>
    </message>
    <message>
        <source>Link {link}
weight w = {weight}
last gradient ∂L/∂w = {gradient}
Click to disable it; double-click to type a weight.</source>
        <translation>Verbindung {link}
Gewicht w = {weight}
letzter Gradient ∂L/∂w = {gradient}
Klicke, um sie auszuschalten; Doppelklick, um ein Gewicht einzugeben.</translation>
    </message>
    <message>
        <source>Bias of {neuron}
b = {bias}
last gradient ∂L/∂b = {gradient}
Double-click to type a bias.</source>
        <translation>Bias von {neuron}
b = {bias}
letzter Gradient ∂L/∂b = {gradient}
Doppelklick, um einen Bias einzugeben.</translation>
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
    <name>layer_menu</name>
    <message>
        <source>Hidden layer {layer}: activation</source>
        <translation>Verdeckte Schicht {layer}: Aktivierung</translation>
    </message>
    <message>
        <source>{formula} — keeps every weight</source>
        <translation>{formula} — behält jedes Gewicht</translation>
    </message>
    <message>
        <source>Add a neuron</source>
        <translation>Neuron hinzufügen</translation>
    </message>
    <message>
        <source>Remove this layer</source>
        <translation>Diese Schicht entfernen</translation>
    </message>
    <message>
        <source>Insert a layer after this one, with random weights</source>
        <translation>Eine Schicht danach einfügen, mit zufälligen Gewichten</translation>
    </message>
    <message>
        <source>A fresh layer as wide as this one, from random weights: the network starts learning what comes after this layer again. (The + button and the palette insert a layer that keeps what the network computes.)</source>
        <translation>Eine neue Schicht, so breit wie diese, mit zufälligen Gewichten: Das Netz lernt neu, was nach dieser Schicht kommt. (Der Knopf + und die Palette fügen eine Schicht ein, die erhält, was das Netz berechnet.)</translation>
    </message>
    <message>
        <source>While training, each neuron of this layer is switched off for each training point with this probability, and the neurons kept are scaled up to make up for it (inverted dropout): the network cannot lean on any one neuron. Evaluation, the loss curve and the maps always use every neuron. Every weight is kept.</source>
        <translation>Beim Training wird jedes Neuron dieser Schicht für jeden Trainingspunkt mit dieser Wahrscheinlichkeit ausgeschaltet, und die verbleibenden Neuronen werden zum Ausgleich hochskaliert (inverted Dropout): Das Netz kann sich auf kein einzelnes Neuron verlassen. Die Auswertung, die Verlustkurve und die Karten verwenden immer jedes Neuron. Jedes Gewicht bleibt erhalten.</translation>
    </message>
    <message>
        <source>Dropout: {rate}</source>
        <translation>Dropout: {rate}</translation>
    </message>
    <message>
        <source>Dropout: none</source>
        <translation>Dropout: keiner</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>No dropout: every neuron trains on every point</source>
        <translation>Kein Dropout: Jedes Neuron trainiert mit jedem Punkt</translation>
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
        <translation><numerusform>In dieser Lektion gesperrt: {controls} und %n weiteres (ausgegraut).</numerusform><numerusform>In dieser Lektion gesperrt: {controls} und %n weitere (ausgegraut).</numerusform></translation>
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
    <name>metrics_export</name>
    <message>
        <source>&amp;Metrics as CSV…</source>
        <translation>&amp;Metriken als CSV…</translation>
    </message>
    <message>
        <source>Metrics as &amp;JSON…</source>
        <translation>Metriken als &amp;JSON…</translation>
    </message>
    <message>
        <source>The confusion matrices with each class's precision, recall and F1, or R², RMSE and MAE for regression, of the training and test sets</source>
        <translation>Die Konfusionsmatrizen mit Präzision, Sensitivität und F1 jeder Klasse, bzw. R², RMSE und MAE bei Regression, für Trainings- und Testdaten</translation>
    </message>
    <message>
        <source>{project} metrics</source>
        <translation>{project} Metriken</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export the metrics</source>
        <translation>Metriken exportieren</translation>
    </message>
    <message>
        <source>Cannot export {file}</source>
        <translation>{file} kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Exported {path}</source>
        <translation>{path} exportiert</translation>
    </message>
</context>
<context>
    <name>metrics_panel</name>
    <message>
        <source>&lt;b&gt;Training set&lt;/b&gt;: {share}</source>
        <translation>&lt;b&gt;Trainingsdaten&lt;/b&gt;: {share}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Test set&lt;/b&gt;: {share}</source>
        <translation>&lt;b&gt;Testdaten&lt;/b&gt;: {share}</translation>
    </message>
    <message>
        <source>Confusion matrix of the training set</source>
        <translation>Konfusionsmatrix der Trainingsdaten</translation>
    </message>
    <message>
        <source>Confusion matrix of the test set</source>
        <translation>Konfusionsmatrix der Testdaten</translation>
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
        <translation>Metriken</translation>
    </message>
    <message>
        <source>Row %</source>
        <translation>Zeilen-%</translation>
    </message>
    <message>
        <source>Show each row of the matrices as shares of its class's points instead of counts</source>
        <translation>Jede Zeile der Matrizen als Anteile der Punkte ihrer Klasse statt als Anzahlen zeigen</translation>
    </message>
    <message>
        <source>Clear marks</source>
        <translation>Markierung weg</translation>
    </message>
    <message>
        <source>Take the marks off the points on the output plot</source>
        <translation>Die Markierungen von den Punkten im Ausgabediagramm entfernen</translation>
    </message>
    <message>
        <source>Close the metrics panel (M); the loss chart comes back</source>
        <translation>Metrikbereich schließen (M); die Verlustkurve kommt zurück</translation>
    </message>
    <message>
        <source>Waiting for the network's predictions…</source>
        <translation>Warte auf die Vorhersagen des Netzes…</translation>
    </message>
    <message>
        <source>R², RMSE and MAE of the training and test sets</source>
        <translation>R², RMSE und MAE der Trainings- und Testdaten</translation>
    </message>
    <message>
        <source>R²: the share of the targets' variance the network explains (1 is perfect, 0 no better than their mean, – when the targets do not vary); RMSE: the root mean squared error; MAE: the mean absolute error; – for an empty set.</source>
        <translation>R²: der Anteil der Varianz der Zielwerte, den das Netz erklärt (1 ist perfekt, 0 nicht besser als ihr Mittelwert, – wenn die Zielwerte nicht schwanken); RMSE: die Wurzel des mittleren quadratischen Fehlers; MAE: der mittlere absolute Fehler; – bei leeren Daten.</translation>
    </message>
    <message>
        <source>training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Epoch {epoch}: prediction against truth; grey lines are the residuals.</source>
        <translation>Epoche {epoch}: Vorhersage gegen Wahrheit; graue Linien sind die Residuen.</translation>
    </message>
    <message>
        <source>Epoch {epoch}. Rows: true class; columns: predicted. Click a cell to mark its points on the output plot.</source>
        <translation>Epoche {epoch}. Zeilen: wahre Klasse; Spalten: vorhergesagte. Klicke auf eine Zelle, um ihre Punkte im Ausgabediagramm zu markieren.</translation>
    </message>
    <message>
        <source>no points</source>
        <translation>keine Punkte</translation>
    </message>
    <message>
        <source>{percent} % of {count} right</source>
        <translation>{percent} % von {count} richtig</translation>
    </message>
    <message>
        <source>Predicted against true value, with the residuals</source>
        <translation>Vorhergesagter gegen wahren Wert, mit den Residuen</translation>
    </message>
    <message>
        <source>Each point's predicted value against its true one: on the dashed diagonal the prediction is right; the grey line from a point to the diagonal is its residual. Filled blue: training points; orange rings: test points.</source>
        <translation>Der vorhergesagte Wert jedes Punkts gegen seinen wahren: Auf der gestrichelten Diagonale ist die Vorhersage richtig; die graue Linie von einem Punkt zur Diagonale ist sein Residuum. Blau gefüllt: Trainingspunkte; orange Ringe: Testpunkte.</translation>
    </message>
    <message>
        <source>true value</source>
        <translation>wahrer Wert</translation>
    </message>
    <message>
        <source>predicted</source>
        <translation>vorhergesagt</translation>
    </message>
</context>
<context>
    <name>metrics_slot</name>
    <message>
        <source>&amp;Metrics</source>
        <translation>&amp;Metriken</translation>
    </message>
    <message>
        <source>Show the confusion matrices of the training and test sets with each class's precision, recall and F1 (for regression: R², RMSE, MAE and predicted against true), in the loss chart's place (M)</source>
        <translation>Die Konfusionsmatrizen der Trainings- und Testdaten mit Präzision, Sensitivität und F1 jeder Klasse zeigen (bei Regression: R², RMSE, MAE und vorhergesagt gegen wahr), anstelle der Verlustkurve (M)</translation>
    </message>
    <message numerus="yes">
        <source>Marked on the plot: %n training set point(s) of {true} predicted {predicted} ({verdict}).</source>
        <translation><numerusform>Im Diagramm markiert: %n Trainingspunkt der Klasse {true}, vorhergesagt als {predicted} ({verdict}).</numerusform><numerusform>Im Diagramm markiert: %n Trainingspunkte der Klasse {true}, vorhergesagt als {predicted} ({verdict}).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Marked on the plot: %n test set point(s) of {true} predicted {predicted} ({verdict}).</source>
        <translation><numerusform>Im Diagramm markiert: %n Testpunkt der Klasse {true}, vorhergesagt als {predicted} ({verdict}).</numerusform><numerusform>Im Diagramm markiert: %n Testpunkte der Klasse {true}, vorhergesagt als {predicted} ({verdict}).</numerusform></translation>
    </message>
    <message>
        <source>right</source>
        <translation>richtig</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>falsch</translation>
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
    <name>network_editor</name>
    <message>
        <source>neuron</source>
        <translation>Neuron</translation>
    </message>
    <message>
        <source>Release to remove {neuron}</source>
        <translation>Loslassen, um {neuron} zu entfernen</translation>
    </message>
    <message>
        <source>{neuron}: drag it off the network to remove it</source>
        <translation>{neuron}: Zieh es vom Netz, um es zu entfernen</translation>
    </message>
    <message>
        <source>Drag the neuron off the network to remove it (or select it and press Delete).</source>
        <translation>Zieh das Neuron vom Netz, um es zu entfernen (oder wähle es aus und drücke Entf).</translation>
    </message>
    <message>
        <source>Selected {neuron}: Delete removes it; drag it off the network to remove it too.</source>
        <translation>{neuron} ausgewählt: Entf entfernt es; auch Wegziehen vom Netz entfernt es.</translation>
    </message>
</context>
<context>
    <name>network_edits</name>
    <message>
        <source>Editing the network is locked in this lesson.</source>
        <translation>Das Bearbeiten des Netzes ist in dieser Lektion gesperrt.</translation>
    </message>
    <message>
        <source>Weights are edited on one network: turn Compare off first.</source>
        <translation>Gewichte werden an einem einzigen Netz bearbeitet: Schalte zuerst Vergleichen aus.</translation>
    </message>
    <message>
        <source>Not added: layer {layer} already has the maximum of {most} neurons.</source>
        <translation>Nicht hinzugefügt: Schicht {layer} hat bereits die Höchstzahl von {most} Neuronen.</translation>
    </message>
    <message>
        <source>Not added: the network already has the maximum of {most} hidden layers.</source>
        <translation>Nicht hinzugefügt: Das Netz hat bereits die Höchstzahl von {most} verdeckten Schichten.</translation>
    </message>
    <message>
        <source>Not changed: at least one input feature must stay on.</source>
        <translation>Nicht geändert: Mindestens ein Eingabemerkmal muss eingeschaltet bleiben.</translation>
    </message>
</context>
<context>
    <name>neuron_focus</name>
    <message>
        <source>Input {feature} over the plane</source>
        <translation>Eingabe {feature} über der Ebene</translation>
    </message>
    <message>
        <source>{neuron}: its output over the plane</source>
        <translation>{neuron}: seine Ausgabe über der Ebene</translation>
    </message>
</context>
<context>
    <name>neuron_tiles</name>
    <message>
        <source>FEATURES</source>
        <translation>MERKMALE</translation>
    </message>
    <message>
        <source>{feature} — click to switch this input on or off (starts training again)</source>
        <translation>{feature} — klicke, um diese Eingabe ein- oder auszuschalten (Training beginnt neu)</translation>
    </message>
    <message>
        <source>{feature} — click to switch this input on or off (keeps what it has learned)</source>
        <translation>{feature} — klicke, um diese Eingabe ein- oder auszuschalten (behält, was gelernt wurde)</translation>
    </message>
    <message>
        <source>Neuron {u} of hidden layer {layer}: its output over the plane (blue positive, orange negative)</source>
        <translation>Neuron {u} der verdeckten Schicht {layer}: seine Ausgabe über der Ebene (blau positiv, orange negativ)</translation>
    </message>
    <message>
        <source>The output: (1 + ŷ)/2 over the plane, with ŷ = tanh(z) (blue near 1, orange near 0)</source>
        <translation>Die Ausgabe: (1 + ŷ)/2 über der Ebene, mit ŷ = tanh(z) (blau nahe 1, orange nahe 0)</translation>
    </message>
    <message>
        <source>Output {u}: the probability of class {name} over the plane</source>
        <translation>Ausgabe {u}: die Wahrscheinlichkeit der Klasse {name} über der Ebene</translation>
    </message>
    <message>
        <source>The output: the predicted value over the plane (blue high, orange low)</source>
        <translation>Die Ausgabe: der vorhergesagte Wert über der Ebene (blau hoch, orange niedrig)</translation>
    </message>
    <message>
        <source>The output: the probability of blue over the plane</source>
        <translation>Die Ausgabe: die Wahrscheinlichkeit für Blau über der Ebene</translation>
    </message>
</context>
<context>
    <name>number_editor</name>
    <message>
        <source>“{text}” is not a number; type one such as {one} or {other}</source>
        <translation>„{text}“ ist keine Zahl; gib eine ein wie {one} oder {other}</translation>
    </message>
    <message>
        <source>a weight must be a finite number, not infinity or NaN</source>
        <translation>Ein Gewicht muss eine endliche Zahl sein, nicht Unendlich oder NaN</translation>
    </message>
    <message>
        <source>a weight must be between {low} and {high}</source>
        <translation>Ein Gewicht muss zwischen {low} und {high} liegen</translation>
    </message>
    <message>
        <source>Type a number and press Enter; Esc cancels</source>
        <translation>Gib eine Zahl ein und drücke Enter; Esc bricht ab</translation>
    </message>
    <message>
        <source>This link is disabled: click it to enable it, then edit its weight.</source>
        <translation>Diese Verbindung ist ausgeschaltet: Klicke darauf, um sie einzuschalten, dann bearbeite ihr Gewicht.</translation>
    </message>
    <message>
        <source>Weight {link}</source>
        <translation>Gewicht {link}</translation>
    </message>
    <message>
        <source>Bias of {neuron}</source>
        <translation>Bias von {neuron}</translation>
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
    <name>paint_strokes</name>
    <message numerus="yes">
        <source>paint %n point(s)</source>
        <translation><numerusform>%n Punkt malen</numerusform><numerusform>%n Punkte malen</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>erase %n point(s)</source>
        <translation><numerusform>%n Punkt radieren</numerusform><numerusform>%n Punkte radieren</numerusform></translation>
    </message>
</context>
<context>
    <name>paint_tool</name>
    <message>
        <source>Click: add a point
Drag: spray points</source>
        <translation>Klick: Punkt hinzufügen
Ziehen: Punkte sprühen</translation>
    </message>
    <message>
        <source>No points yet:
press ✎ Paint (P)
or import a CSV file</source>
        <translation>Noch keine Punkte:
drücke ✎ Malen (P)
oder importiere eine CSV-Datei</translation>
    </message>
    <message>
        <source>✎ Paint</source>
        <translation>✎ Malen</translation>
    </message>
    <message>
        <source>Paint your own data on the output (key P): click to add a point, drag to spray. Starting from generated data paints on a copy of its points.</source>
        <translation>Male deine eigenen Daten auf die Ausgabe (Taste P): Klicke, um einen Punkt hinzuzufügen, zieh, um zu sprühen. Wenn du von erzeugten Daten ausgehst, malst du auf einer Kopie ihrer Punkte.</translation>
    </message>
    <message>
        <source>The value painted points carry, from −1 (orange) to +1 (blue).</source>
        <translation>Der Wert der gemalten Punkte, von −1 (orange) bis +1 (blau).</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>Pinsel</translation>
    </message>
    <message>
        <source>Add points (key B): click for one, drag to spray.</source>
        <translation>Punkte hinzufügen (Taste B): Klick für einen, Ziehen zum Sprühen.</translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation>Radierer</translation>
    </message>
    <message>
        <source>Remove the points under the circle as you drag (key E).</source>
        <translation>Beim Ziehen die Punkte unter dem Kreis entfernen (Taste E).</translation>
    </message>
    <message>
        <source>The brush and eraser radius, from 0.2 to 3 (the view is 12 wide).</source>
        <translation>Der Radius von Pinsel und Radierer, von 0.2 bis 3 (die Ansicht ist 12 breit).</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>How many points a drag sprays per unit it travels (a click always adds one).</source>
        <translation>Wie viele Punkte ein Ziehen pro zurückgelegter Einheit sprüht (ein Klick fügt immer einen hinzu).</translation>
    </message>
    <message>
        <source>Density</source>
        <translation>Dichte</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Remove all your points (Ctrl+Z brings them back).</source>
        <translation>Alle deine Punkte entfernen (Ctrl+Z holt sie zurück).</translation>
    </message>
    <message>
        <source>Value {value}</source>
        <translation>Wert {value}</translation>
    </message>
    <message>
        <source>&amp;Paint Data</source>
        <translation>Daten &amp;malen</translation>
    </message>
    <message>
        <source>&amp;Brush</source>
        <translation>&amp;Pinsel</translation>
    </message>
    <message>
        <source>&amp;Eraser</source>
        <translation>&amp;Radierer</translation>
    </message>
    <message>
        <source>&amp;Clear My Points</source>
        <translation>Meine Punkte &amp;leeren</translation>
    </message>
    <message>
        <source>Paint class {number}</source>
        <translation>Klasse {number} malen</translation>
    </message>
    <message>
        <source>Class {number} ({colour}) chosen: press P or ✎ Paint to paint it.</source>
        <translation>Klasse {number} ({colour}) gewählt: Drücke P oder ✎ Malen, um sie zu malen.</translation>
    </message>
</context>
<context>
    <name>palette</name>
    <message>
        <source>Hidden layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>Neuron</source>
        <translation>Neuron</translation>
    </message>
    <message>
        <source>Links: weights</source>
        <translation>Linien: Gewichte</translation>
    </message>
    <message>
        <source>Links show their weights: blue positive, orange negative, wider for larger values.</source>
        <translation>Die Verbindungen zeigen ihre Gewichte: blau positiv, orange negativ, breiter bei größeren Werten.</translation>
    </message>
    <message>
        <source>Links: gradients</source>
        <translation>Linien: Gradienten</translation>
    </message>
    <message>
        <source>Links show the last gradient ∂L/∂w: wider where learning happens; blue where the step makes the weight larger, orange smaller.</source>
        <translation>Die Verbindungen zeigen den letzten Gradienten ∂L/∂w: breiter, wo gelernt wird; blau, wo der Schritt das Gewicht vergrößert, orange, wo er es verkleinert.</translation>
    </message>
    <message>
        <source>Links: plain</source>
        <translation>Linien: schlicht</translation>
    </message>
    <message>
        <source>Links are drawn plain, to see the network's structure.</source>
        <translation>Die Verbindungen werden schlicht gezeichnet, um den Aufbau des Netzes zu sehen.</translation>
    </message>
    <message>
        <source>Drag onto the network, between two layers, to insert a hidden layer there.</source>
        <translation>Zieh es auf das Netz, zwischen zwei Schichten, um dort eine verdeckte Schicht einzufügen.</translation>
    </message>
    <message>
        <source>Ctrl+Z undoes it.</source>
        <translation>Ctrl+Z macht es rückgängig.</translation>
    </message>
    <message>
        <source>Drag onto a hidden layer to add a neuron to it. Nothing learned is lost: the new neuron starts with random incoming and zero outgoing weights. Ctrl+Z undoes it.</source>
        <translation>Zieh es auf eine verdeckte Schicht, um ihr ein Neuron hinzuzufügen. Nichts Gelerntes geht verloren: Das neue Neuron beginnt mit zufälligen eingehenden und null ausgehenden Gewichten. Ctrl+Z macht es rückgängig.</translation>
    </message>
    <message>
        <source>What the links show: weights (colour by sign, width by size), the last gradients (where learning happens), or plain lines.</source>
        <translation>Was die Verbindungen zeigen: Gewichte (Farbe nach Vorzeichen, Breite nach Größe), die letzten Gradienten (wo gelernt wird) oder schlichte Linien.</translation>
    </message>
    <message>
        <source>Drag a part from here onto the network · click an input to switch it · click a link to disable or enable it · click a neuron, then Delete, or drag it off the network, to remove it · right-click a layer for its activation · hover a neuron to see its map and formula · double-click a link or a bias to type a number · Ctrl+Z undoes</source>
        <translation>Zieh ein Teil von hier auf das Netz · klicke eine Eingabe, um sie umzuschalten · klicke eine Verbindung, um sie aus- oder einzuschalten · klicke ein Neuron, dann Entf, oder zieh es vom Netz, um es zu entfernen · Rechtsklick auf eine Schicht für ihre Aktivierung · zeig auf ein Neuron, um seine Karte und Formel zu sehen · Doppelklick auf eine Verbindung oder einen Bias, um eine Zahl einzugeben · Ctrl+Z macht rückgängig</translation>
    </message>
</context>
<context>
    <name>points</name>
    <message>
        <source>scaled to fit the view: x₁ → {x1} × {factor}, x₂ → {x2} × {factor}</source>
        <translation>an die Ansicht angepasst: x₁ → {x1} × {factor}, x₂ → {x2} × {factor}</translation>
    </message>
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
    <name>scene_style</name>
    <message numerus="yes">
        <source>%n neuron</source>
        <translation><numerusform>%n Neuron</numerusform><numerusform>%n Neuronen</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n neurons</source>
        <translation><numerusform>%n Neuron</numerusform><numerusform>%n Neuronen</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n HIDDEN LAYER</source>
        <translation><numerusform>%n VERDECKTE SCHICHT</numerusform><numerusform>%n VERDECKTE SCHICHTEN</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n HIDDEN LAYERS</source>
        <translation><numerusform>%n VERDECKTE SCHICHT</numerusform><numerusform>%n VERDECKTE SCHICHTEN</numerusform></translation>
    </message>
    <message>
        <source>The new layer is as wide as the one before it and starts as the identity, so the network computes the same: exactly with linear, ReLU, leaky ReLU or ELU; nearly with softplus or SiLU (the loss moves by less than a hundredth) and with tanh or sigmoid (by a few hundredths at most). Right-click a layer to insert one with random weights instead.</source>
        <translation>Die neue Schicht ist so breit wie die davor und beginnt als Identität, sodass das Netz dasselbe berechnet: genau mit Linear, ReLU, Leaky ReLU oder ELU; fast genau mit Softplus oder SiLU (der Verlust ändert sich um weniger als ein Hundertstel) und mit tanh oder Sigmoid (um höchstens ein paar Hundertstel). Rechtsklicke auf eine Schicht, um stattdessen eine mit zufälligen Gewichten einzufügen.</translation>
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
    <name>session</name>
    <message>
        <source>the saved network does not match the saved settings</source>
        <translation>Das gespeicherte Netz passt nicht zu den gespeicherten Einstellungen</translation>
    </message>
    <message>
        <source>the {dataset} dataset is for {task}, not {problem}</source>
        <translation>Der Datensatz {dataset} ist für {task}, nicht für {problem}</translation>
    </message>
    <message>
        <source>hidden layer must be from 1 to {layers}; got {layer}</source>
        <translation>Die verdeckte Schicht muss zwischen 1 und {layers} liegen; erhalten: {layer}</translation>
    </message>
    <message>
        <source>the network has no hidden layers</source>
        <translation>Das Netz hat keine verdeckten Schichten</translation>
    </message>
    <message>
        <source>the network already has the maximum of {layers} hidden layers</source>
        <translation>Das Netz hat bereits die Höchstzahl von {layers} verdeckten Schichten</translation>
    </message>
    <message>
        <source>there is no hidden layer to remove</source>
        <translation>Es gibt keine verdeckte Schicht zum Entfernen</translation>
    </message>
    <message>
        <source>hidden layer {layer} already has the maximum of {units} neurons</source>
        <translation>Die verdeckte Schicht {layer} hat bereits die Höchstzahl von {units} Neuronen</translation>
    </message>
    <message>
        <source>at least one input feature must stay on</source>
        <translation>Mindestens ein Eingabemerkmal muss eingeschaltet bleiben</translation>
    </message>
    <message>
        <source>weights are edited on one network; turn Compare off first</source>
        <translation>Gewichte werden an einem einzigen Netz bearbeitet; schalte zuerst Vergleichen aus</translation>
    </message>
    <message>
        <source>the timeline follows the main network; turn Compare off first</source>
        <translation>Die Zeitleiste folgt dem Hauptnetz; schalte zuerst Vergleichen aus</translation>
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
    <name>settings</name>
    <message>
        <source>Max</source>
        <translation>Max.</translation>
    </message>
    <message>
        <source>settings must be a JSON object</source>
        <translation>settings muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>settings: unknown fields {fields}</source>
        <translation>settings: unbekannte Felder {fields}</translation>
    </message>
    <message>
        <source>{field} must be a list</source>
        <translation>{field} muss eine Liste sein</translation>
    </message>
    <message>
        <source>{field} must be one of {choices}; got {value}</source>
        <translation>{field} muss eines von {choices} sein; gefunden: {value}</translation>
    </message>
    <message>
        <source>{field} must be from {least} to {most}; got {value}</source>
        <translation>{field} muss zwischen {least} und {most} liegen; gefunden: {value}</translation>
    </message>
    <message>
        <source>{field} must be an integer from {least} to {most}; got {value}</source>
        <translation>{field} muss eine ganze Zahl von {least} bis {most} sein; gefunden: {value}</translation>
    </message>
    <message>
        <source>{field} must be an integer &gt;= 0; got {value}</source>
        <translation>{field} muss eine ganze Zahl &gt;= 0 sein; gefunden: {value}</translation>
    </message>
    <message>
        <source>{field} must be 0 (the dataset's default) or from {least} to {most}; got {value}</source>
        <translation>{field} muss 0 (der Standard des Datensatzes) sein oder zwischen {least} und {most} liegen; gefunden: {value}</translation>
    </message>
    <message>
        <source>{field} must be a number above 0 and at most {most}; got {value}</source>
        <translation>{field} muss eine Zahl über 0 und höchstens {most} sein; gefunden: {value}</translation>
    </message>
    <message>
        <source>{field} must be up to {layers} layers of 1 to {most} neurons; got {value}</source>
        <translation>{field} darf höchstens {layers} Schichten mit 1 bis {most} Neuronen haben; gefunden: {value}</translation>
    </message>
    <message>
        <source>{field} must list at least one feature</source>
        <translation>{field} muss mindestens ein Merkmal enthalten</translation>
    </message>
    <message>
        <source>{field} must name one activation per hidden layer ({choices}); got {value}</source>
        <translation>{field} muss eine Aktivierung pro verdeckter Schicht nennen ({choices}); gefunden: {value}</translation>
    </message>
    <message>
        <source>{field} must give one rate from 0 to {most} per hidden layer; got {value}</source>
        <translation>{field} muss pro verdeckter Schicht eine Rate von 0 bis {most} angeben; gefunden: {value}</translation>
    </message>
    <message>
        <source>{field} must be true or false; got {value}</source>
        <translation>{field} muss true oder false sein; gefunden: {value}</translation>
    </message>
</context>
<context>
    <name>settings_info</name>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>How big a step each weight takes against its gradient. Too large and training diverges. Changing it keeps the weights and the epoch count; the next step uses it.</source>
        <translation>Wie groß der Schritt ist, den jedes Gewicht gegen seinen Gradienten macht. Zu groß, und das Training divergiert. Eine Änderung behält die Gewichte und die Epochenzahl; der nächste Schritt verwendet sie.</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <source>The function every hidden neuron applies to its weighted sum. Choosing one here starts again with fresh weights and this activation in every layer; right-click a layer in the network to change just that layer, keeping what it has learned.</source>
        <translation>Die Funktion, die jedes verdeckte Neuron auf seine gewichtete Summe anwendet. Eine Wahl hier beginnt neu mit frischen Gewichten und dieser Aktivierung in jeder Schicht; rechtsklicke im Netz auf eine Schicht, um nur diese zu ändern und zu behalten, was sie gelernt hat.</translation>
    </message>
    <message>
        <source>Regularization</source>
        <translation>Regularisierung</translation>
    </message>
    <message>
        <source>A penalty on large weights. L1 pulls every weight towards zero by the same amount, and a weight it carries across zero is set to exactly 0, so weights that do not help end at 0; L2 shrinks weights in proportion to their size, so they get small but not zero. Changing it keeps the weights and the epoch count (TensorFlow Playground starts again here).</source>
        <translation>Eine Strafe für große Gewichte. L1 zieht jedes Gewicht um denselben Betrag Richtung null, und ein Gewicht, das dabei über null hinausgehen würde, wird genau 0, sodass nutzlose Gewichte bei 0 enden; L2 verkleinert Gewichte im Verhältnis zu ihrer Größe, sodass sie klein, aber nicht null werden. Eine Änderung behält die Gewichte und die Epochenzahl (TensorFlow Playground beginnt hier neu).</translation>
    </message>
    <message>
        <source>Regularization rate</source>
        <translation>Regularisierungsrate</translation>
    </message>
    <message>
        <source>How strong the penalty on weights is. Changing it keeps the weights and the epoch count (TensorFlow Playground starts again here).</source>
        <translation>Wie stark die Strafe für Gewichte ist. Eine Änderung behält die Gewichte und die Epochenzahl (TensorFlow Playground beginnt hier neu).</translation>
    </message>
    <message>
        <source>Problem type</source>
        <translation>Problemtyp</translation>
    </message>
    <message>
        <source>Classification predicts a class; regression predicts a number. Changing it starts again.</source>
        <translation>Klassifikation sagt eine Klasse vorher, Regression eine Zahl. Eine Änderung beginnt neu.</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>Cross-entropy: a sigmoid output and the log loss, which punishes a confident mistake hard. TF Playground: TensorFlow Playground's tanh output, labels ±1 and ½ squared error, its starting weights, L1 rule and fixed order of the training points (with more than two classes: softmax and cross-entropy). Changing it starts again.</source>
        <translation>Kreuzentropie: eine Sigmoid-Ausgabe und der Log-Verlust, der einen selbstsicheren Fehler hart bestraft. TF Playground: die tanh-Ausgabe von TensorFlow Playground, Labels ±1 und ½ quadratischer Fehler, seine Startgewichte, seine L1-Regel und eine feste Reihenfolge der Trainingspunkte (bei mehr als zwei Klassen: Softmax und Kreuzentropie). Eine Änderung beginnt neu.</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <source>The rule that turns gradients into weight changes. Changing it keeps the weights; the optimizer's own memory (momentum) starts from zero.</source>
        <translation>Die Regel, die aus Gradienten Gewichtsänderungen macht. Eine Änderung behält die Gewichte; das eigene Gedächtnis des Optimierers (Momentum) beginnt bei null.</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <source>How many training points are averaged for each weight update. Changing it keeps the weights and the epoch count (TensorFlow Playground starts again here).</source>
        <translation>Wie viele Trainingspunkte für jede Gewichtsänderung gemittelt werden. Eine Änderung behält die Gewichte und die Epochenzahl (TensorFlow Playground beginnt hier neu).</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Epochs trained per displayed frame: 1× is TensorFlow Playground's pace (about 60 epochs a second), 10× ten epochs a frame; Max trains as fast as the machine allows. An epoch that takes longer than a tenth of a second (large data) shows as it goes.</source>
        <translation>Trainierte Epochen pro angezeigtem Bild: 1× ist das Tempo von TensorFlow Playground (etwa 60 Epochen pro Sekunde), 10× zehn Epochen pro Bild; Max. trainiert so schnell, wie der Rechner es erlaubt. Eine Epoche, die länger als eine Zehntelsekunde dauert (große Daten), wird schon während des Trainings gezeigt.</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Which data to learn. Changing it starts again.</source>
        <translation>Welche Daten gelernt werden. Eine Änderung beginnt neu.</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Rauschen</translation>
    </message>
    <message>
        <source>How much the data is blurred or mislabelled (0 to 50 %). Starts again.</source>
        <translation>Wie stark die Daten verwischt oder falsch gelabelt sind (0 bis 50 %). Beginnt neu.</translation>
    </message>
    <message>
        <source>Training data</source>
        <translation>Trainingsdaten</translation>
    </message>
    <message>
        <source>The share of points used for training; the rest tests the network. Starts again.</source>
        <translation>Der Anteil der Punkte für das Training; der Rest testet das Netz. Beginnt neu.</translation>
    </message>
    <message>
        <source>Data seed</source>
        <translation>Startwert der Daten</translation>
    </message>
    <message>
        <source>Which random draw of the data. Regenerate picks a new one.</source>
        <translation>Welche zufällige Ziehung der Daten. „Neu erzeugen“ wählt eine neue.</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>How many points the dataset generator draws, training and test together. Starts again.</source>
        <translation>Wie viele Punkte der Datensatz-Generator zieht, Training und Test zusammen. Beginnt neu.</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Datenquelle</translation>
    </message>
    <message>
        <source>A dataset generator, or your own points (painted on the output or imported from a CSV file). Switching keeps the network as it is.</source>
        <translation>Ein Datensatz-Generator oder deine eigenen Punkte (auf die Ausgabe gemalt oder aus einer CSV-Datei importiert). Ein Wechsel lässt das Netz, wie es ist.</translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation>Verdeckte Schichten</translation>
    </message>
    <message>
        <source>The hidden layers' sizes. Changing them edits the network in place and keeps what it has learned; Reset starts again with fresh weights.</source>
        <translation>Die Größen der verdeckten Schichten. Eine Änderung bearbeitet das Netz direkt und behält, was es gelernt hat; Zurücksetzen beginnt neu mit frischen Gewichten.</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <source>Which input features feed the network. Switching one keeps what the network has learned (a new input starts with zero weights); Reset starts again.</source>
        <translation>Welche Eingabemerkmale in das Netz gehen. Umschalten behält, was das Netz gelernt hat (eine neue Eingabe beginnt mit Gewicht null); Zurücksetzen beginnt neu.</translation>
    </message>
    <message>
        <source>Weight seed</source>
        <translation>Startwert der Gewichte</translation>
    </message>
    <message>
        <source>Which random draw of initial weights; reset picks a new one.</source>
        <translation>Welche zufällige Ziehung der Startgewichte; Zurücksetzen wählt eine neue.</translation>
    </message>
    <message>
        <source>Stop at epoch</source>
        <translation>Stopp bei Epoche</translation>
    </message>
    <message>
        <source>Pause when this epoch is reached (0: never).</source>
        <translation>Pausieren, wenn diese Epoche erreicht ist (0: nie).</translation>
    </message>
    <message>
        <source>Stop when stuck</source>
        <translation>Stopp bei Stillstand</translation>
    </message>
    <message>
        <source>Pause when the test loss has not improved (by more than 0.1 %) for this many epochs (0: never).</source>
        <translation>Pausieren, wenn sich der Testverlust so viele Epochen lang nicht (um mehr als 0.1 %) verbessert hat (0: nie).</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Lernratenplan</translation>
    </message>
    <message>
        <source>How the learning rate changes as training goes on: constant, step decay, exponential or cosine, after an optional linear warm-up. It is a function of the epoch: rewinding puts back the rate of the epoch shown.</source>
        <translation>Wie sich die Lernrate im Lauf des Trainings ändert: konstant, stufenweise, exponentiell oder nach Kosinus, nach einer wahlweisen linearen Aufwärmphase. Sie hängt von der Epoche ab: Zurückspulen stellt die Rate der angezeigten Epoche wieder her.</translation>
    </message>
    <message>
        <source>Restore the best</source>
        <translation>Beste Testepoche</translation>
    </message>
    <message>
        <source>When training stops because the test loss has stopped improving, go back to the weights of the epoch with the best test loss (the later epochs stay on the timeline).</source>
        <translation>Wenn das Training stoppt, weil sich der Testverlust nicht mehr verbessert, zu den Gewichten der Epoche mit dem besten Testverlust zurückkehren (die späteren Epochen bleiben auf der Zeitleiste).</translation>
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
    <name>stopping</name>
    <message>
        <source>Paused at epoch {epoch}: the stop-at-epoch setting is {stop}.</source>
        <translation>Pausiert bei Epoche {epoch}: „Stopp bei Epoche“ steht auf {stop}.</translation>
    </message>
    <message>
        <source>Paused at epoch {epoch}: the test loss has not improved for {patience} epochs (best {loss} at epoch {best_epoch}).</source>
        <translation>Pausiert bei Epoche {epoch}: Der Testverlust hat sich seit {patience} Epochen nicht verbessert (am besten {loss} in Epoche {best_epoch}).</translation>
    </message>
    <message>
        <source>Stopped at epoch {epoch}: the test loss had not improved for {patience} epochs; restored the weights of epoch {best_epoch} (test loss {loss}).</source>
        <translation>Gestoppt bei Epoche {epoch}: Der Testverlust hatte sich seit {patience} Epochen nicht verbessert; die Gewichte von Epoche {best_epoch} wurden wiederhergestellt (Testverlust {loss}).</translation>
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
        <translation>{count} Sicherung, {size}</translation>
    </message>
    <message numerus="yes">
        <source>{count} checkpoints, {size}</source>
        <translation><numerusform>{count} Sicherung, {size}</numerusform><numerusform>{count} Sicherungen, {size}</numerusform></translation>
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
        <translation>Gewichte zurückholen</translation>
    </message>
    <message>
        <source>Set ▾</source>
        <translation>Aktiv ▾</translation>
    </message>
    <message>
        <source>Never ▾</source>
        <translation>Nie ▾</translation>
    </message>
    <message numerus="yes">
        <source>Training stops at epoch {epoch} or after {patience} epochs without a better test loss, back to the best test epoch. Click to change the stopping rules.</source>
        <translation><numerusform>Das Training stoppt bei Epoche {epoch} oder nach {patience} Epoche ohne besseren Testverlust, zurück zur besten Testepoche. Klicke, um die Stoppregeln zu ändern.</numerusform><numerusform>Das Training stoppt bei Epoche {epoch} oder nach {patience} Epochen ohne besseren Testverlust, zurück zur besten Testepoche. Klicke, um die Stoppregeln zu ändern.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Training stops at epoch {epoch} or after {patience} epochs without a better test loss. Click to change the stopping rules.</source>
        <translation><numerusform>Das Training stoppt bei Epoche {epoch} oder nach {patience} Epoche ohne besseren Testverlust. Klicke, um die Stoppregeln zu ändern.</numerusform><numerusform>Das Training stoppt bei Epoche {epoch} oder nach {patience} Epochen ohne besseren Testverlust. Klicke, um die Stoppregeln zu ändern.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Training stops after {patience} epochs without a better test loss, back to the best test epoch. Click to change the stopping rules.</source>
        <translation><numerusform>Das Training stoppt nach {patience} Epoche ohne besseren Testverlust, zurück zur besten Testepoche. Klicke, um die Stoppregeln zu ändern.</numerusform><numerusform>Das Training stoppt nach {patience} Epochen ohne besseren Testverlust, zurück zur besten Testepoche. Klicke, um die Stoppregeln zu ändern.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Training stops after {patience} epochs without a better test loss. Click to change the stopping rules.</source>
        <translation><numerusform>Das Training stoppt nach {patience} Epoche ohne besseren Testverlust. Klicke, um die Stoppregeln zu ändern.</numerusform><numerusform>Das Training stoppt nach {patience} Epochen ohne besseren Testverlust. Klicke, um die Stoppregeln zu ändern.</numerusform></translation>
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
    <name>walkthrough</name>
    <message>
        <source>&amp;Backprop, step by step…</source>
        <translation>&amp;Backprop, Schritt für Schritt…</translation>
    </message>
    <message>
        <source>Walk through backpropagation on one data point, with this network's numbers (W)</source>
        <translation>Backpropagation an einem Datenpunkt durchgehen, mit den Zahlen dieses Netzes (W)</translation>
    </message>
    <message>
        <source>Compare is on: turn it off (C) to walk through one network.</source>
        <translation>Vergleichen ist an: Schalte es aus (C), um ein einzelnes Netz durchzugehen.</translation>
    </message>
    <message>
        <source>Cannot walk through a point: {reason}.</source>
        <translation>Dieser Punkt kann nicht durchgegangen werden: {reason}.</translation>
    </message>
    <message>
        <source>Cannot walk through this point: {reason}</source>
        <translation>Dieser Punkt kann nicht durchgegangen werden: {reason}</translation>
    </message>
    <message>
        <source>training point {number}</source>
        <translation>Trainingspunkt {number}</translation>
    </message>
    <message>
        <source>test point {number}</source>
        <translation>Testpunkt {number}</translation>
    </message>
    <message>
        <source>There are no training points to pick from yet.</source>
        <translation>Es gibt noch keine Trainingspunkte zum Auswählen.</translation>
    </message>
    <message>
        <source>No data point there: click on one of the dots.</source>
        <translation>Dort ist kein Datenpunkt: Klicke auf einen der Punkte.</translation>
    </message>
    <message>
        <source>A point</source>
        <translation>Ein Punkt</translation>
    </message>
    <message>
        <source>&lt;b&gt;{point}&lt;/b&gt; at ({x1}, {x2}), {target}</source>
        <translation>&lt;b&gt;{point}&lt;/b&gt; bei ({x1}, {x2}), {target}</translation>
    </message>
    <message>
        <source>The point ({x1}, {x2}), target {target}, through the network as it is after epoch {epoch} ({steps} steps). Click another point to change it.</source>
        <translation>Der Punkt ({x1}, {x2}), Zielwert {target}, durch das Netz, wie es nach Epoche {epoch} ist ({steps} Schritte). Klicke auf einen anderen Punkt, um ihn zu wechseln.</translation>
    </message>
    <message>
        <source>value {value}</source>
        <translation>Wert {value}</translation>
    </message>
    <message>
        <source>class {glyph} {name}</source>
        <translation>Klasse {glyph} {name}</translation>
    </message>
    <message>
        <source>Pause autoplay</source>
        <translation>Automatik pausieren</translation>
    </message>
    <message>
        <source>Autoplay</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Not applied: {reason}.</source>
        <translation>Nicht angewendet: {reason}.</translation>
    </message>
    <message>
        <source>Applied: every weight moved by the amount shown. {loss_change} Next (→) walks through again with the new weights.</source>
        <translation>Angewendet: Jedes Gewicht hat sich um den gezeigten Betrag bewegt. {loss_change} Weiter (→) geht noch einmal mit den neuen Gewichten durch.</translation>
    </message>
    <message>
        <source>The loss on this point before: {before}
after: {after}</source>
        <translation>Der Verlust bei diesem Punkt vorher: {before}
nachher: {after}</translation>
    </message>
    <message>
        <source>Not undone: {reason}</source>
        <translation>Nicht rückgängig gemacht: {reason}</translation>
    </message>
    <message>
        <source>Training is running, so these numbers are out of date. Pause (Space) and the walkthrough follows the new weights.</source>
        <translation>Das Training läuft, daher sind diese Zahlen veraltet. Pausiere (Leertaste), dann folgt der Durchgang den neuen Gewichten.</translation>
    </message>
</context>
<context>
    <name>walkthrough_apply</name>
    <message>
        <source>Apply a backprop step</source>
        <translation>Einen Backprop-Schritt anwenden</translation>
    </message>
    <message>
        <source>Compare is on</source>
        <translation>Vergleichen ist an</translation>
    </message>
    <message>
        <source>the network changed since this point was traced</source>
        <translation>Das Netz hat sich geändert, seit dieser Punkt verfolgt wurde</translation>
    </message>
    <message>
        <source>the network has changed since</source>
        <translation>Das Netz hat sich seitdem geändert</translation>
    </message>
</context>
<context>
    <name>walkthrough_backward</name>
    <message>
        <source>f′(z) = 1 if z &gt; 0, else 0</source>
        <translation>f′(z) = 1 für z &gt; 0, sonst 0</translation>
    </message>
    <message>
        <source>f′(z) = 1 if z &gt; 0, else 0.01</source>
        <translation>f′(z) = 1 für z &gt; 0, sonst 0.01</translation>
    </message>
    <message>
        <source>f′(z) = 1 if z &gt; 0, else a + 1</source>
        <translation>f′(z) = 1 für z &gt; 0, sonst a + 1</translation>
    </message>
    <message>
        <source>dropped: δ = 0</source>
        <translation>ausgeschaltet: δ = 0</translation>
    </message>
    <message>
        <source>{neuron}: dropped by dropout for this point: δ = 0</source>
        <translation>{neuron}: für diesen Punkt durch Dropout ausgeschaltet: δ = 0</translation>
    </message>
    <message>
        <source>&lt;b&gt;{neuron}&lt;/b&gt; was dropped for this point: δ = 0 (its a was 0, so it did not change the loss, and no gradient flows back through it).</source>
        <translation>&lt;b&gt;{neuron}&lt;/b&gt; wurde für diesen Punkt ausgeschaltet: δ = 0 (sein a war 0, also hat es den Verlust nicht verändert, und kein Gradient fließt durch es zurück).</translation>
    </message>
    <message>
        <source>m = {scale} (kept by dropout)
Σ w·δ (next layer) = {back}</source>
        <translation>m = {scale} (von Dropout behalten)
Σ w·δ (nächste Schicht) = {back}</translation>
    </message>
    <message>
        <source>For a sigmoid output with the cross-entropy loss, the chain rule ∂L/∂p · ∂p/∂z simplifies to just &lt;b&gt;δ = p − y&lt;/b&gt;.</source>
        <translation>Für eine Sigmoid-Ausgabe mit der Kreuzentropie als Verlust vereinfacht sich die Kettenregel ∂L/∂p · ∂p/∂z zu einfach &lt;b&gt;δ = p − y&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>For softmax with the cross-entropy loss, the chain rule simplifies to &lt;b&gt;δ = p − y&lt;/b&gt; for every output (y is 1 for the point's class, 0 otherwise).</source>
        <translation>Für Softmax mit der Kreuzentropie als Verlust vereinfacht sich die Kettenregel zu &lt;b&gt;δ = p − y&lt;/b&gt; für jede Ausgabe (y ist 1 für die Klasse des Punkts, sonst 0).</translation>
    </message>
    <message>
        <source>For a linear output with the squared error ½(ŷ − y)², the chain rule gives &lt;b&gt;δ = ŷ − y&lt;/b&gt;.</source>
        <translation>Für eine lineare Ausgabe mit dem quadratischen Fehler ½(ŷ − y)² ergibt die Kettenregel &lt;b&gt;δ = ŷ − y&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Now backwards, starting at the output. &lt;b&gt;δ = ∂L/∂z&lt;/b&gt; says how much the loss changes when a neuron's z changes. {why}</source>
        <translation>Jetzt rückwärts, beginnend bei der Ausgabe. &lt;b&gt;δ = ∂L/∂z&lt;/b&gt; sagt, wie stark sich der Verlust ändert, wenn sich das z eines Neurons ändert. {why}</translation>
    </message>
    <message>
        <source>Backward from the output</source>
        <translation>Rückwärts ab der Ausgabe</translation>
    </message>
    <message>
        <source>δ = ∂L/∂z
on the links: ∂L/∂w = a × δ</source>
        <translation>δ = ∂L/∂z
an den Verbindungen: ∂L/∂w = a × δ</translation>
    </message>
    <message>
        <source>Σ w·δ (next layer) = {back}</source>
        <translation>Σ w·δ (nächste Schicht) = {back}</translation>
    </message>
    <message>
        <source>Backward through hidden layer {layer} ({activation})</source>
        <translation>Rückwärts durch die verdeckte Schicht {layer} ({activation})</translation>
    </message>
    <message>
        <source>The chain rule: a neuron's δ is the δ's of the next layer, each times the weight of the link it reached them by, added up, times the slope of its own activation at its z: &lt;b&gt;δ = f′(z) × Σ w·δ&lt;/b&gt;. For {activation}, {slope}.</source>
        <translation>Die Kettenregel: Das δ eines Neurons sind die δ der nächsten Schicht, jedes mal dem Gewicht der Verbindung, über die es sie erreicht hat, aufsummiert, mal der Steigung seiner eigenen Aktivierung bei seinem z: &lt;b&gt;δ = f′(z) × Σ w·δ&lt;/b&gt;. Für {activation} gilt {slope}.</translation>
    </message>
    <message>
        <source>With dropout, the factor by which the forward pass scaled the neuron comes in too: &lt;b&gt;δ = f′(z) × m × Σ w·δ&lt;/b&gt;, with m = 0 for a neuron dropped for this point and 1/(1 − {rate}) for one kept.</source>
        <translation>Mit Dropout kommt auch der Faktor hinzu, mit dem der Vorwärtsdurchlauf das Neuron skaliert hat: &lt;b&gt;δ = f′(z) × m × Σ w·δ&lt;/b&gt;, mit m = 0 für ein Neuron, das für diesen Punkt ausgeschaltet wurde, und 1/(1 − {rate}) für ein behaltenes.</translation>
    </message>
    <message>
        <source>δ = f′(z) × Σ w·δ
on the links: ∂L/∂w = a × δ</source>
        <translation>δ = f′(z) × Σ w·δ
an den Verbindungen: ∂L/∂w = a × δ</translation>
    </message>
    <message>
        <source>Each link into this layer gets its gradient: the activation &lt;b&gt;a&lt;/b&gt; at the link's start times the &lt;b&gt;δ&lt;/b&gt; at its end, &lt;b&gt;∂L/∂w = a × δ&lt;/b&gt;.</source>
        <translation>Jede Verbindung in diese Schicht bekommt ihren Gradienten: die Aktivierung &lt;b&gt;a&lt;/b&gt; am Anfang der Verbindung mal das &lt;b&gt;δ&lt;/b&gt; an ihrem Ende, &lt;b&gt;∂L/∂w = a × δ&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>A bias is a link from a constant 1, so ∂L/∂b = δ: {biases}.</source>
        <translation>Ein Bias ist eine Verbindung von einer konstanten 1, also ist ∂L/∂b = δ: {biases}.</translation>
    </message>
</context>
<context>
    <name>walkthrough_forward</name>
    <message>
        <source>The point ({x1}, {x2}) goes in. Each input node passes one feature of it on: {values}.</source>
        <translation>Der Punkt ({x1}, {x2}) geht hinein. Jeder Eingabeknoten gibt ein Merkmal davon weiter: {values}.</translation>
    </message>
    <message>
        <source>These are the activations &lt;b&gt;a&lt;/b&gt; of the input layer. From here each layer works out its neurons from the layer before it.</source>
        <translation>Das sind die Aktivierungen &lt;b&gt;a&lt;/b&gt; der Eingabeschicht. Von hier aus berechnet jede Schicht ihre Neuronen aus der Schicht davor.</translation>
    </message>
    <message>
        <source>(the point is ({x1}, {x2}))</source>
        <translation>(der Punkt ist ({x1}, {x2}))</translation>
    </message>
    <message>
        <source>The inputs</source>
        <translation>Die Eingaben</translation>
    </message>
    <message>
        <source>a = the features of the point</source>
        <translation>a = die Merkmale des Punkts</translation>
    </message>
    <message>
        <source>carries a = {value} from {neuron}</source>
        <translation>trägt a = {value} von {neuron}</translation>
    </message>
    <message>
        <source> (the output is linear)</source>
        <translation> (die Ausgabe ist linear)</translation>
    </message>
    <message>
        <source>the output neuron (sigmoid)</source>
        <translation>das Ausgabeneuron (Sigmoid)</translation>
    </message>
    <message>
        <source>the output neurons (softmax)</source>
        <translation>die Ausgabeneuronen (Softmax)</translation>
    </message>
    <message>
        <source>the output neuron (linear)</source>
        <translation>das Ausgabeneuron (linear)</translation>
    </message>
    <message>
        <source>The output layer: {head}</source>
        <translation>Die Ausgabeschicht: {head}</translation>
    </message>
    <message>
        <source>The output neurons add up their inputs the same way, &lt;b&gt;z = Σ w·a + b&lt;/b&gt;, with the activations of the last layer as inputs.</source>
        <translation>Die Ausgabeneuronen summieren ihre Eingaben auf dieselbe Weise, &lt;b&gt;z = Σ w·a + b&lt;/b&gt;, mit den Aktivierungen der letzten Schicht als Eingaben.</translation>
    </message>
    <message>
        <source>Then the sigmoid turns z into a probability: &lt;b&gt;p = σ(z) = 1 / (1 + e⁻ᶻ)&lt;/b&gt;, the network's belief that the point is blue: p = {p}.</source>
        <translation>Dann macht die Sigmoidfunktion aus z eine Wahrscheinlichkeit: &lt;b&gt;p = σ(z) = 1 / (1 + e⁻ᶻ)&lt;/b&gt;, wie sicher das Netz ist, dass der Punkt blau ist: p = {p}.</translation>
    </message>
    <message>
        <source>Then softmax turns the z's into probabilities that add up to 1: &lt;b&gt;p = eᶻ / Σ eᶻ&lt;/b&gt;, over all outputs. Here: {parts}.</source>
        <translation>Dann macht Softmax aus den z Wahrscheinlichkeiten, die zusammen 1 ergeben: &lt;b&gt;p = eᶻ / Σ eᶻ&lt;/b&gt;, über alle Ausgaben. Hier: {parts}.</translation>
    </message>
    <message>
        <source>The output is linear: the prediction is z itself.</source>
        <translation>Die Ausgabe ist linear: Die Vorhersage ist z selbst.</translation>
    </message>
    <message>
        <source>z = Σ w·a + b, then {rule}
on the links: w</source>
        <translation>z = Σ w·a + b, dann {rule}
an den Verbindungen: w</translation>
    </message>
    <message>
        <source>Hidden layer {layer} of {layers} ({activation})</source>
        <translation>Verdeckte Schicht {layer} von {layers} ({activation})</translation>
    </message>
    <message>
        <source>Each neuron adds up its inputs, each times the weight of its link, plus its bias: &lt;b&gt;z = Σ w·a + b&lt;/b&gt;. Then it applies its activation: &lt;b&gt;a = f(z)&lt;/b&gt;, here {formula}.</source>
        <translation>Jedes Neuron summiert seine Eingaben, jede mal dem Gewicht ihrer Verbindung, plus seinen Bias: &lt;b&gt;z = Σ w·a + b&lt;/b&gt;. Dann wendet es seine Aktivierung an: &lt;b&gt;a = f(z)&lt;/b&gt;, hier {formula}.</translation>
    </message>
    <message>
        <source> (h1.2 is neuron 2 of hidden layer 1.)</source>
        <translation> (h1.2 ist Neuron 2 der verdeckten Schicht 1.)</translation>
    </message>
    <message>
        <source>z = Σ w·a + b,  a = f(z)
on the links: w</source>
        <translation>z = Σ w·a + b,  a = f(z)
an den Verbindungen: w</translation>
    </message>
    <message>
        <source>, dropped for this point: &lt;b&gt;a = 0&lt;/b&gt;</source>
        <translation>, für diesen Punkt ausgeschaltet: &lt;b&gt;a = 0&lt;/b&gt;</translation>
    </message>
    <message>
        <source>dropped by dropout (f(z) = {value})</source>
        <translation>durch Dropout ausgeschaltet (f(z) = {value})</translation>
    </message>
    <message>
        <source>dropped: a = 0</source>
        <translation>ausgeschaltet: a = 0</translation>
    </message>
    <message>
        <source>kept by dropout: a = f(z) × {scale}, f(z) = {value}</source>
        <translation>von Dropout behalten: a = f(z) × {scale}, f(z) = {value}</translation>
    </message>
    <message>
        <source>Here p is closer to 0 or 1 than 64-bit numbers can hold, so the engine works the loss out from z instead:</source>
        <translation>Hier liegt p näher an 0 oder 1, als 64-Bit-Zahlen fassen können, daher berechnet die Engine den Verlust stattdessen aus z:</translation>
    </message>
    <message>
        <source>loss L = {value}</source>
        <translation>Verlust L = {value}</translation>
    </message>
    <message>
        <source>The network says p = {p} for blue; the point is {name}, so y = {y}. </source>
        <translation>Das Netz sagt p = {p} für Blau; der Punkt ist {name}, also y = {y}. </translation>
    </message>
    <message>
        <source>The closer p gets to 1, the smaller the loss.</source>
        <translation>Je näher p an 1 kommt, desto kleiner der Verlust.</translation>
    </message>
    <message>
        <source>The closer p gets to 0, the smaller the loss.</source>
        <translation>Je näher p an 0 kommt, desto kleiner der Verlust.</translation>
    </message>
    <message>
        <source>cross-entropy</source>
        <translation>Kreuzentropie</translation>
    </message>
    <message>
        <source>The point is {target}. Only the probability the network gives that class counts: p({name}) = {p}. The closer it gets to 1, the smaller the loss.</source>
        <translation>Der Punkt ist {target}. Nur die Wahrscheinlichkeit, die das Netz dieser Klasse gibt, zählt: p({name}) = {p}. Je näher sie an 1 kommt, desto kleiner der Verlust.</translation>
    </message>
    <message>
        <source>The network predicts ŷ = {prediction}; the point's value is y = {y}.</source>
        <translation>Das Netz sagt ŷ = {prediction} vorher; der Wert des Punkts ist y = {y}.</translation>
    </message>
    <message>
        <source>squared error</source>
        <translation>quadratischer Fehler</translation>
    </message>
    <message>
        <source>The loss ({name}) measures how wrong that is:</source>
        <translation>Der Verlust ({name}) misst, wie falsch das ist:</translation>
    </message>
    <message>
        <source>Regularization adds {penalty} over all weights, so in total {total}.</source>
        <translation>Die Regularisierung addiert {penalty} über alle Gewichte, also insgesamt {total}.</translation>
    </message>
    <message>
        <source>Learning means changing the weights so that this number goes down. The backward pass works out which way each weight should move.</source>
        <translation>Lernen heißt, die Gewichte so zu ändern, dass diese Zahl sinkt. Der Rückwärtsdurchlauf berechnet, in welche Richtung sich jedes Gewicht bewegen sollte.</translation>
    </message>
    <message>
        <source>L: how wrong
the prediction is</source>
        <translation>L: wie falsch
die Vorhersage ist</translation>
    </message>
    <message>
        <source>The loss on this point</source>
        <translation>Der Verlust bei diesem Punkt</translation>
    </message>
</context>
<context>
    <name>walkthrough_jobs</name>
    <message>
        <source>Compare is on: turn it off (C) to walk through one network</source>
        <translation>Vergleichen ist an: Schalte es aus (C), um ein einzelnes Netz durchzugehen</translation>
    </message>
    <message>
        <source>there are no training points to pick from yet</source>
        <translation>Es gibt noch keine Trainingspunkte zum Auswählen</translation>
    </message>
    <message>
        <source>training point {number}</source>
        <translation>Trainingspunkt {number}</translation>
    </message>
</context>
<context>
    <name>walkthrough_overlay</name>
    <message>
        <source>Dropped by dropout for this point: it passes 0 on and gets δ = 0</source>
        <translation>Für diesen Punkt durch Dropout ausgeschaltet: Es gibt 0 weiter und bekommt δ = 0</translation>
    </message>
</context>
<context>
    <name>walkthrough_panel</name>
    <message>
        <source>Backprop, step by step</source>
        <translation>Backprop, Schritt für Schritt</translation>
    </message>
    <message>
        <source>Close the walkthrough (Esc); the loss chart comes back</source>
        <translation>Den Durchgang schließen (Esc); die Verlustkurve kommt zurück</translation>
    </message>
    <message>
        <source>Random point</source>
        <translation>Zufälliger Punkt</translation>
    </message>
    <message>
        <source>Take a random training point (or click any point on the plot above)</source>
        <translation>Einen zufälligen Trainingspunkt nehmen (oder klicke oben im Diagramm auf einen beliebigen Punkt)</translation>
    </message>
    <message>
        <source>The forward pass: each layer computes z = Σ w·a + b and a = f(z) (click to jump there)</source>
        <translation>Der Vorwärtsdurchlauf: Jede Schicht berechnet z = Σ w·a + b und a = f(z) (klicke, um dorthin zu springen)</translation>
    </message>
    <message>
        <source>The loss: how far the prediction is from the target (click to jump there)</source>
        <translation>Der Verlust: wie weit die Vorhersage vom Zielwert entfernt ist (klicke, um dorthin zu springen)</translation>
    </message>
    <message>
        <source>The backward pass: δ = ∂L/∂z from the output back, by the chain rule (click to jump there)</source>
        <translation>Der Rückwärtsdurchlauf: δ = ∂L/∂z von der Ausgabe zurück, mit der Kettenregel (klicke, um dorthin zu springen)</translation>
    </message>
    <message>
        <source>The weight update: each weight moves against its gradient (click to jump there)</source>
        <translation>Die Gewichtsänderung: Jedes Gewicht bewegt sich gegen seinen Gradienten (klicke, um dorthin zu springen)</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>The step before (←)</source>
        <translation>Der Schritt davor (←)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <source>The next step (→)</source>
        <translation>Der nächste Schritt (→)</translation>
    </message>
    <message>
        <source>Autoplay</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Go through the steps by itself, one every {seconds} seconds; it stops before the update</source>
        <translation>Die Schritte von selbst durchgehen, einen alle {seconds} Sekunden; hält vor der Gewichtsänderung an</translation>
    </message>
    <message>
        <source>Apply update</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Make exactly this update to the network's weights (A); the boundary moves. Undo with Ctrl+Z.</source>
        <translation>Genau diese Änderung an den Gewichten des Netzes vornehmen (A); die Grenze verschiebt sich. Rückgängig mit Ctrl+Z.</translation>
    </message>
    <message>
        <source>Which step of the walkthrough is on show</source>
        <translation>Welcher Schritt des Durchgangs angezeigt wird</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pick a point:&lt;/b&gt; Next (→) picks one worth a look and says why; or click a point on the plot above, or take a random one.</source>
        <translation>&lt;b&gt;Wähle einen Punkt:&lt;/b&gt; Weiter (→) wählt einen lohnenden und sagt, warum; oder klicke oben auf einen Punkt oder nimm einen zufälligen.</translation>
    </message>
    <message>
        <source>&lt;p style='font-size:{size}pt'&gt;Backpropagation in four steps, with this network's own numbers for one point:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Forward pass&lt;/b&gt;: the point goes through the network layer by layer.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Loss&lt;/b&gt;: how far the prediction is from the point's true label.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Backward pass&lt;/b&gt;: the chain rule finds how each weight changed the loss, from the output back.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Weight update&lt;/b&gt;: every weight moves a little against its gradient.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p style='font-size:{size}pt'&gt;Backpropagation in vier Schritten, mit den eigenen Zahlen dieses Netzes für einen Punkt:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Vorwärtsdurchlauf&lt;/b&gt;: Der Punkt geht Schicht für Schicht durch das Netz.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Verlust&lt;/b&gt;: wie weit die Vorhersage vom wahren Label des Punkts entfernt ist.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Rückwärtsdurchlauf&lt;/b&gt;: Die Kettenregel ermittelt von der Ausgabe zurück, wie jedes Gewicht den Verlust verändert hat.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Gewichtsänderung&lt;/b&gt;: Jedes Gewicht bewegt sich ein wenig gegen seinen Gradienten.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>step {number} of {count}</source>
        <translation>Schritt {number} von {count}</translation>
    </message>
</context>
<context>
    <name>walkthrough_pick</name>
    <message>
        <source>This point is one the network gets wrong: it calls it {predicted}, but the point is {target}.</source>
        <translation>Diesen Punkt ordnet das Netz falsch ein: Es hält ihn für {predicted}, aber der Punkt ist {target}.</translation>
    </message>
    <message>
        <source> It is the only training point the network gets wrong.</source>
        <translation> Es ist der einzige Trainingspunkt, den das Netz falsch einordnet.</translation>
    </message>
    <message numerus="yes">
        <source> Of the %n training points it gets wrong, this one has the largest loss.</source>
        <translation><numerusform> Von %n falsch eingeordneten Trainingspunkt hat dieser den größten Verlust.</numerusform><numerusform> Von den %n falsch eingeordneten Trainingspunkten hat dieser den größten Verlust.</numerusform></translation>
    </message>
    <message>
        <source>This is the training point with the largest loss: the prediction is furthest from the point's value here.</source>
        <translation>Das ist der Trainingspunkt mit dem größten Verlust: Hier liegt die Vorhersage am weitesten vom Wert des Punkts entfernt.</translation>
    </message>
    <message>
        <source>The network gets every training point right; this is the one with the largest loss.</source>
        <translation>Das Netz ordnet jeden Trainingspunkt richtig ein; dies ist der mit dem größten Verlust.</translation>
    </message>
    <message>
        <source>The walkthrough picked this point because the network got it wrong; with the weights as they are now, it gets it right.</source>
        <translation>Der Durchgang hat diesen Punkt gewählt, weil das Netz ihn falsch eingeordnet hat; mit den jetzigen Gewichten ordnet es ihn richtig ein.</translation>
    </message>
    <message>
        <source>The walkthrough picked this point because its loss was the largest; with the weights as they are now, another point's loss is larger.</source>
        <translation>Der Durchgang hat diesen Punkt gewählt, weil sein Verlust der größte war; mit den jetzigen Gewichten ist der Verlust eines anderen Punkts größer.</translation>
    </message>
</context>
<context>
    <name>walkthrough_sample</name>
    <message>
        <source>it switched off none of them this time</source>
        <translation>hat es diesmal keines davon ausgeschaltet</translation>
    </message>
    <message>
        <source>it switched off {neurons} (crossed out): their a is 0, so nothing from them reaches the next layer, and they learn nothing from this point</source>
        <translation>hat es {neurons} ausgeschaltet (durchgestrichen): Ihr a ist 0, also erreicht nichts von ihnen die nächste Schicht, und sie lernen nichts aus diesem Punkt</translation>
    </message>
    <message>
        <source>it switched off {neurons} (crossed out): its a is 0, so nothing from it reaches the next layer, and it learns nothing from this point</source>
        <translation>hat es {neurons} ausgeschaltet (durchgestrichen): Sein a ist 0, also erreicht nichts davon die nächste Schicht, und es lernt nichts aus diesem Punkt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dropout {rate}&lt;/b&gt; is on in this layer: while training, each neuron is switched off for each point with probability {rate}. For this point {which}. The neurons kept are scaled by 1/(1 − {rate}), so that the layer passes on as much on average. Evaluation, the loss curve and the maps use every neuron.</source>
        <translation>&lt;b&gt;Dropout {rate}&lt;/b&gt; ist in dieser Schicht an: Beim Training wird jedes Neuron für jeden Punkt mit der Wahrscheinlichkeit {rate} ausgeschaltet. Für diesen Punkt {which}. Die behaltenen Neuronen werden mit 1/(1 − {rate}) skaliert, sodass die Schicht im Mittel gleich viel weitergibt. Die Auswertung, die Verlustkurve und die Karten verwenden jedes Neuron.</translation>
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
        <translation>die Eingaben</translation>
    </message>
    <message>
        <source>the output layer</source>
        <translation>die Ausgabeschicht</translation>
    </message>
    <message>
        <source>hidden layer {layer} of {layers}</source>
        <translation>verdeckte Schicht {layer} von {layers}</translation>
    </message>
    <message>
        <source>y = {y} (the point is {name})</source>
        <translation>y = {y} (der Punkt ist {name})</translation>
    </message>
    <message>
        <source>class {number} ({name})</source>
        <translation>Klasse {number} ({name})</translation>
    </message>
</context>
<context>
    <name>walkthrough_text</name>
    <message>
        <source>Forward pass</source>
        <translation>Vorwärts</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>Backward pass</source>
        <translation>Rückwärts</translation>
    </message>
    <message>
        <source>Weight update</source>
        <translation>Gewichtsänderung</translation>
    </message>
    <message>
        <source>The loss on this point stayed exactly {loss}.</source>
        <translation>Der Verlust bei diesem Punkt blieb genau {loss}.</translation>
    </message>
    <message>
        <source>The loss on this point fell by {change}: too little to show at {digits} digits, where it reads {loss} before and after.</source>
        <translation>Der Verlust bei diesem Punkt sank um {change}: zu wenig, um es mit {digits} Stellen zu zeigen, wo er vorher und nachher {loss} lautet.</translation>
    </message>
    <message>
        <source>The loss on this point rose by {change}: too little to show at {digits} digits, where it reads {loss} before and after.</source>
        <translation>Der Verlust bei diesem Punkt stieg um {change}: zu wenig, um es mit {digits} Stellen zu zeigen, wo er vorher und nachher {loss} lautet.</translation>
    </message>
    <message>
        <source>The loss on this point fell from {old} to {new}.</source>
        <translation>Der Verlust bei diesem Punkt sank von {old} auf {new}.</translation>
    </message>
    <message>
        <source>The loss on this point rose from {old} to {new}.</source>
        <translation>Der Verlust bei diesem Punkt stieg von {old} auf {new}.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;i&gt;… and %n more links: hover over them in the network.&lt;/i&gt;</source>
        <translation><numerusform>&lt;i&gt;… und %n weitere Verbindung: Zeig im Netz mit der Maus darauf.&lt;/i&gt;</numerusform><numerusform>&lt;i&gt;… und %n weitere Verbindungen: Zeig im Netz mit der Maus darauf.&lt;/i&gt;</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>&lt;i&gt;… and %n more neurons: hover over them in the network.&lt;/i&gt;</source>
        <translation><numerusform>&lt;i&gt;… und %n weiteres Neuron: Zeig im Netz mit der Maus darauf.&lt;/i&gt;</numerusform><numerusform>&lt;i&gt;… und %n weitere Neuronen: Zeig im Netz mit der Maus darauf.&lt;/i&gt;</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>… (%n more)</source>
        <translation><numerusform>… (%n weiteres)</numerusform><numerusform>… (%n weitere)</numerusform></translation>
    </message>
</context>
<context>
    <name>walkthrough_tfp</name>
    <message>
        <source>the output neuron (tanh, as in TensorFlow Playground)</source>
        <translation>das Ausgabeneuron (tanh, wie in TensorFlow Playground)</translation>
    </message>
    <message>
        <source>½ squared error</source>
        <translation>½ quadratischer Fehler</translation>
    </message>
    <message>
        <source>Then tanh turns z into the output &lt;b&gt;ŷ = tanh(z)&lt;/b&gt;, between −1 and 1, as TensorFlow Playground's does: near +1 says {yes}, near −1 says {no}. Here ŷ = {output}.</source>
        <translation>Dann macht tanh aus z die Ausgabe &lt;b&gt;ŷ = tanh(z)&lt;/b&gt;, zwischen −1 und 1, wie in TensorFlow Playground: nahe +1 heißt {yes}, nahe −1 heißt {no}. Hier ist ŷ = {output}.</translation>
    </message>
    <message>
        <source>The network says ŷ = {output}; the point is {name}, so its target is t = {target} (TensorFlow Playground's labels are −1 and +1). The closer ŷ gets to t, the smaller the loss.</source>
        <translation>Das Netz sagt ŷ = {output}; der Punkt ist {name}, also ist sein Zielwert t = {target} (die Labels von TensorFlow Playground sind −1 und +1). Je näher ŷ an t kommt, desto kleiner der Verlust.</translation>
    </message>
    <message>
        <source>For TensorFlow Playground's tanh output with the squared error ½(ŷ − t)², the chain rule gives &lt;b&gt;δ = (ŷ − t)·(1 − ŷ²)&lt;/b&gt;: the slope of tanh, 1 − ŷ², makes δ small whenever ŷ is near +1 or −1, even near the wrong one.</source>
        <translation>Für die tanh-Ausgabe von TensorFlow Playground mit dem quadratischen Fehler ½(ŷ − t)² ergibt die Kettenregel &lt;b&gt;δ = (ŷ − t)·(1 − ŷ²)&lt;/b&gt;: Die Steigung von tanh, 1 − ŷ², macht δ klein, sobald ŷ nahe +1 oder −1 liegt, selbst nahe dem falschen Wert.</translation>
    </message>
    <message>
        <source>w = 0 stays &lt;b&gt;0&lt;/b&gt;: in TensorFlow Playground's L1 rule a weight that L1 has set to zero stays there.</source>
        <translation>w = 0 bleibt &lt;b&gt;0&lt;/b&gt;: Bei der L1-Regel von TensorFlow Playground bleibt ein Gewicht, das L1 auf null gesetzt hat, dort.</translation>
    </message>
    <message>
        <source>: L1's own pull, η·λ₁ = {pull}, carries it across zero, so TensorFlow Playground's L1 rule sets it to exactly &lt;b&gt;0&lt;/b&gt;.</source>
        <translation>: Der eigene Zug von L1, η·λ₁ = {pull}, trägt es über null hinaus, also setzt die L1-Regel von TensorFlow Playground es auf genau &lt;b&gt;0&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>L1's own pull, η·λ₁ = {pull}, carries w = {weight} across zero in this {optimizer} step, so TensorFlow Playground's L1 rule sets it to exactly &lt;b&gt;0&lt;/b&gt;.</source>
        <translation>Der eigene Zug von L1, η·λ₁ = {pull}, trägt w = {weight} in diesem {optimizer}-Schritt über null hinaus, also setzt die L1-Regel von TensorFlow Playground es auf genau &lt;b&gt;0&lt;/b&gt;.</translation>
    </message>
</context>
<context>
    <name>walkthrough_update</name>
    <message>
        <source>&lt;b&gt;w ← w − η·∂L/∂w&lt;/b&gt;, with the learning rate η = {rate}.</source>
        <translation>&lt;b&gt;w ← w − η·∂L/∂w&lt;/b&gt;, mit der Lernrate η = {rate}.</translation>
    </message>
    <message>
        <source>The optimizer is {optimizer}, with g = ∂L/∂w: &lt;b&gt;{rule}&lt;/b&gt; ({constants}); m′ and v′ are m and v corrected for the first steps. Its memory of earlier steps changes how far each weight moves.</source>
        <translation>Der Optimierer ist {optimizer}, mit g = ∂L/∂w: &lt;b&gt;{rule}&lt;/b&gt; ({constants}); m′ und v′ sind m und v, korrigiert für die ersten Schritte. Sein Gedächtnis früherer Schritte verändert, wie weit sich jedes Gewicht bewegt.</translation>
    </message>
    <message>
        <source>The optimizer is {optimizer}, with g = ∂L/∂w: &lt;b&gt;{rule}&lt;/b&gt; ({constants}). Its memory of earlier steps changes how far each weight moves.</source>
        <translation>Der Optimierer ist {optimizer}, mit g = ∂L/∂w: &lt;b&gt;{rule}&lt;/b&gt; ({constants}). Sein Gedächtnis früherer Schritte verändert, wie weit sich jedes Gewicht bewegt.</translation>
    </message>
    <message>
        <source>w = 0 stays &lt;b&gt;0&lt;/b&gt;: the data pull it with ∂L/∂w = {gradient}, no harder than L1's pull back to zero, λ₁ = {l1}.</source>
        <translation>w = 0 bleibt &lt;b&gt;0&lt;/b&gt;: Die Daten ziehen mit ∂L/∂w = {gradient} daran, nicht stärker als der Zug von L1 zurück zu null, λ₁ = {l1}.</translation>
    </message>
    <message>
        <source>, across zero, so L1 sets it to exactly &lt;b&gt;0&lt;/b&gt;.</source>
        <translation>, über null hinaus, also setzt L1 es auf genau &lt;b&gt;0&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>the {optimizer} step would carry w = {weight} across zero, so L1 sets it to exactly &lt;b&gt;0&lt;/b&gt;.</source>
        <translation>Der {optimizer}-Schritt würde w = {weight} über null hinaus tragen, also setzt L1 es auf genau &lt;b&gt;0&lt;/b&gt;.</translation>
    </message>
    <message>
        <source> (changes by {change})</source>
        <translation> (ändert sich um {change})</translation>
    </message>
    <message>
        <source>new w = {weight}</source>
        <translation>neues w = {weight}</translation>
    </message>
    <message>
        <source>{neuron}: bias b = {bias}</source>
        <translation>{neuron}: Bias b = {bias}</translation>
    </message>
    <message>
        <source>new b = {bias}</source>
        <translation>neues b = {bias}</translation>
    </message>
    <message>
        <source>bias of {neuron}: {update}</source>
        <translation>Bias von {neuron}: {update}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Into {layer}&lt;/b&gt;</source>
        <translation>&lt;b&gt;In {layer}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Where a change is too small to show at {digits} digits, it is written after the new value: “(changes by …)”.</source>
        <translation>Wo eine Änderung zu klein ist, um sie mit {digits} Stellen zu zeigen, steht sie hinter dem neuen Wert: „(ändert sich um …)“.</translation>
    </message>
    <message>
        <source>Every weight and bias now moves a small step against its gradient, which lowers the loss on this point unless the step is too large. {rule}</source>
        <translation>Jedes Gewicht und jeder Bias macht jetzt einen kleinen Schritt gegen seinen Gradienten, was den Verlust bei diesem Punkt senkt, außer der Schritt ist zu groß. {rule}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Apply&lt;/b&gt; makes exactly this update in the network, and the boundary on the right is drawn again with the new weights.</source>
        <translation>&lt;b&gt;Anwenden&lt;/b&gt; nimmt genau diese Änderung im Netz vor, und die Grenze rechts wird mit den neuen Gewichten neu gezeichnet.</translation>
    </message>
    <message>
        <source>{rule}
on the links: the change Δw</source>
        <translation>{rule}
an den Verbindungen: die Änderung Δw</translation>
    </message>
    <message>
        <source>The weight update ({optimizer})</source>
        <translation>Die Gewichtsänderung ({optimizer})</translation>
    </message>
</context>
<context>
    <name>warnings_check</name>
    <message>
        <source>The rule: while much is left to learn (training accuracy under 90 %, or a regression loss above half its start), a hidden layer is starved (vanishing) when its weights change less than 1/50 as fast for their size as the output layer's, ‖∂L/∂W‖/‖W‖ on the whole training set. A network that has learned has small gradients everywhere, and that is not vanishing. Exploding: one step (learning rate × gradient) would change a layer's weights by more than their own size, or training diverged.</source>
        <translation>Die Regel: Solange noch viel zu lernen ist (Trainingsgenauigkeit unter 90 % oder ein Regressionsverlust über der Hälfte des Anfangswerts), verhungert eine verdeckte Schicht (verschwindender Gradient), wenn sich ihre Gewichte im Verhältnis zu ihrer Größe weniger als 1/50 so schnell ändern wie die der Ausgabeschicht, ‖∂L/∂W‖/‖W‖ auf der ganzen Trainingsmenge. Ein Netz, das gelernt hat, hat überall kleine Gradienten, und das ist kein verschwindender Gradient. Explodierend: Ein Schritt (Lernrate × Gradient) würde die Gewichte einer Schicht um mehr als ihre eigene Größe ändern, oder das Training ist divergiert.</translation>
    </message>
    <message>
        <source>Dead ReLU: it outputs 0 on every training point, so it passes nothing on and its weights get no gradient; it will not come back by itself. The usual cause is a learning rate too large, which threw its weights far negative. Leaky ReLU never dies.</source>
        <translation>Tote ReLU: Sie gibt bei jedem Trainingspunkt 0 aus, gibt also nichts weiter, und ihre Gewichte bekommen keinen Gradienten; von selbst kommt sie nicht zurück. Die übliche Ursache ist eine zu große Lernrate, die ihre Gewichte weit ins Negative geworfen hat. Leaky ReLU stirbt nie.</translation>
    </message>
    <message>
        <source>View › Gradients (G) shows which layers hardly learn.</source>
        <translation>Ansicht › Gradienten (G) zeigt, welche Schichten kaum lernen.</translation>
    </message>
    <message>
        <source>hidden layer {number}</source>
        <translation>Verdeckte Schicht {number}</translation>
    </message>
    <message>
        <source>hidden layers {numbers}</source>
        <translation>Verdeckte Schichten {numbers}</translation>
    </message>
    <message>
        <source>the output layer</source>
        <translation>Ausgabeschicht</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} und {last}</translation>
    </message>
    <message>
        <source>so the network gives every point the same answer and cannot learn</source>
        <translation>sodass das Netz jedem Punkt dieselbe Antwort gibt und nicht lernen kann</translation>
    </message>
    <message>
        <source>so they get no gradient and will not come back</source>
        <translation>sodass sie keinen Gradienten bekommen und nicht zurückkommen</translation>
    </message>
    <message>
        <source>Likely cause: the learning rate ({rate}) is so large that a step threw their weights far negative; lower it and press reset, or use leaky ReLU.</source>
        <translation>Wahrscheinliche Ursache: Die Lernrate ({rate}) ist so groß, dass ein Schritt ihre Gewichte weit ins Negative geworfen hat; senke sie und setze zurück, oder nimm Leaky ReLU.</translation>
    </message>
    <message>
        <source>Likely cause: a large step or a negative bias pushed their weighted sums below zero for every point; try leaky ReLU, a smaller learning rate, or reset.</source>
        <translation>Wahrscheinliche Ursache: Ein großer Schritt oder ein negativer Bias hat ihre gewichteten Summen für jeden Punkt unter null gedrückt; versuch Leaky ReLU, eine kleinere Lernrate oder Zurücksetzen.</translation>
    </message>
    <message>
        <source>Dead ReLUs: 1 neuron of {where} outputs 0 on every training point, {effect}. {cause}</source>
        <translation>Tote ReLUs: {where}: 1 Neuron gibt bei jedem Trainingspunkt 0 aus, {effect}. {cause}</translation>
    </message>
    <message>
        <source>Dead ReLUs: {count} of {where} output 0 on every training point, {effect}. {cause}</source>
        <translation>Tote ReLUs: {where}: {count} geben bei jedem Trainingspunkt 0 aus, {effect}. {cause}</translation>
    </message>
    <message>
        <source>both neurons</source>
        <translation>beide Neuronen</translation>
    </message>
    <message numerus="yes">
        <source>all %n neurons</source>
        <translation><numerusform>alle %n Neuronen</numerusform><numerusform>alle %n Neuronen</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n neurons</source>
        <translation><numerusform>%n Neuron</numerusform><numerusform>%n Neuronen</numerusform></translation>
    </message>
    <message>
        <source>Exploding gradients: one step would change the weights of {layer} by {ratio}× their own size (learning rate × gradient); each such step makes the next gradient larger. Lower the learning rate.</source>
        <translation>Explodierende Gradienten ({layer}): Ein Schritt würde die Gewichte um das {ratio}-Fache ihrer eigenen Größe ändern (Lernrate × Gradient); jeder solche Schritt macht den nächsten Gradienten größer. Senke die Lernrate.</translation>
    </message>
    <message>
        <source>accuracy {accuracy}</source>
        <translation>Genauigkeit {accuracy}</translation>
    </message>
    <message>
        <source>the loss is still {loss}</source>
        <translation>der Verlust ist noch {loss}</translation>
    </message>
    <message>
        <source> (≤ 0.25 for sigmoid): try fewer layers, tanh or ReLU.</source>
        <translation> (≤ 0.25 bei Sigmoid): Versuch weniger Schichten, tanh oder ReLU.</translation>
    </message>
    <message>
        <source>, near 0 for saturated neurons: try a smaller learning rate or fewer layers.</source>
        <translation>, nahe 0 bei gesättigten Neuronen: Versuch eine kleinere Lernrate oder weniger Schichten.</translation>
    </message>
    <message>
        <source>Vanishing gradients: {layers} learns under 1/50 as fast as the output layer (layer {worst}: 1/{ratio}) with much left to learn ({left}). Each layer back multiplies the gradient by w·f′(z){advice}</source>
        <translation>Verschwindende Gradienten ({layers}): lernt weniger als 1/50 so schnell wie die Ausgabeschicht (Schicht {worst}: 1/{ratio}), obwohl noch viel zu lernen ist ({left}). Jede Schicht zurück multipliziert den Gradienten mit w·f′(z){advice}</translation>
    </message>
    <message>
        <source>Vanishing gradients: {layers} learn under 1/50 as fast as the output layer (layer {worst}: 1/{ratio}) with much left to learn ({left}). Each layer back multiplies the gradient by w·f′(z){advice}</source>
        <translation>Verschwindende Gradienten ({layers}): lernen weniger als 1/50 so schnell wie die Ausgabeschicht (Schicht {worst}: 1/{ratio}), obwohl noch viel zu lernen ist ({left}). Jede Schicht zurück multipliziert den Gradienten mit w·f′(z){advice}</translation>
    </message>
    <message>
        <source>Stuck: no better loss for {epochs} epochs, because of the dead neurons.</source>
        <translation>Stillstand: seit {epochs} Epochen kein besserer Verlust, wegen der toten Neuronen.</translation>
    </message>
    <message>
        <source>Stuck: accuracy at chance ({chance}) for {epochs} epochs, because of the dead neurons.</source>
        <translation>Stillstand: Genauigkeit seit {epochs} Epochen auf Zufallsniveau ({chance}), wegen der toten Neuronen.</translation>
    </message>
    <message>
        <source>Stuck: no better loss in the last {epochs} epochs. Try another learning rate, tanh or ReLU rather than sigmoid, fewer layers, or reset for new starting weights.</source>
        <translation>Stillstand: in den letzten {epochs} Epochen kein besserer Verlust. Versuch eine andere Lernrate, tanh oder ReLU statt Sigmoid, weniger Schichten oder Zurücksetzen für neue Startgewichte.</translation>
    </message>
    <message>
        <source>Stuck: no better loss in the last {epochs} epochs and accuracy at chance ({chance}, the commonest class's share). Try another learning rate, tanh or ReLU rather than sigmoid, fewer layers, or reset for new starting weights.</source>
        <translation>Stillstand: in den letzten {epochs} Epochen kein besserer Verlust und Genauigkeit auf Zufallsniveau ({chance}, der Anteil der häufigsten Klasse). Versuch eine andere Lernrate, tanh oder ReLU statt Sigmoid, weniger Schichten oder Zurücksetzen für neue Startgewichte.</translation>
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