<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_ES">
<context>
    <name>activations</name>
    <message>
        <source>Linear</source>
        <translation>Lineal</translation>
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
        <translation>Sigmoide</translation>
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
        <translation>la activación debe ser una de {choices}; se recibió {value}</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentos posicionales</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>muestra esta ayuda y sale</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>se necesitan estos argumentos: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos no reconocidos: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>se esperaba un argumento</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>opción no válida: %(value)r (elige entre %(choices)s)</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor %(type)s no válido: %(value)r</translation>
    </message>
</context>
<context>
    <name>autosave</name>
    <message>
        <source>Restore your work?</source>
        <translation>¿Restaurar tu trabajo?</translation>
    </message>
    <message>
        <source>NN Playground did not close properly last time.

Restore “{name}”, saved automatically at {time} on {date}?</source>
        <translation>NN Playground no se cerró correctamente la última vez.

¿Restaurar «{name}», guardado automáticamente a las {time} del {date}?</translation>
    </message>
    <message>
        <source>Cannot restore the autosave</source>
        <translation>No se puede restaurar el guardado automático</translation>
    </message>
</context>
<context>
    <name>banner</name>
    <message>
        <source>{reason} Press play to continue.</source>
        <translation>{reason} Pulsa reproducir para continuar.</translation>
    </message>
</context>
<context>
    <name>bias_marks</name>
    <message>
        <source>Bias of this neuron (blue positive, orange negative)</source>
        <translation>Sesgo de esta neurona (azul positivo, naranja negativo)</translation>
    </message>
</context>
<context>
    <name>bounded_json</name>
    <message>
        <source>the file is not valid JSON (line {line}, column {column}: {error})</source>
        <translation>el archivo no es JSON válido (línea {line}, columna {column}: {error})</translation>
    </message>
    <message>
        <source>the JSON is nested more than {limit} deep</source>
        <translation>el JSON está anidado a más de {limit} niveles</translation>
    </message>
    <message>
        <source>the file holds {count} arrays and objects; a project holds at most {limit}</source>
        <translation>el archivo contiene {count} listas y objetos; un proyecto contiene como máximo {limit}</translation>
    </message>
    <message>
        <source>the file holds more than {limit} values, more than a project holds</source>
        <translation>el archivo contiene más de {limit} valores, más de los que contiene un proyecto</translation>
    </message>
    <message>
        <source>the file holds {count} strings; a project holds at most {limit}</source>
        <translation>el archivo contiene {count} cadenas; un proyecto contiene como máximo {limit}</translation>
    </message>
    <message>
        <source>the JSON is nested {depth} deep; a project nests at most {limit}</source>
        <translation>el JSON está anidado a {depth} niveles; un proyecto anida como máximo {limit}</translation>
    </message>
    <message>
        <source>the file holds a string of {length} characters (the value of "{key}"); at most {limit}</source>
        <translation>el archivo contiene una cadena de {length} caracteres (el valor de "{key}"); como máximo {limit}</translation>
    </message>
    <message>
        <source>the file holds a string of {length} characters; at most {limit}</source>
        <translation>el archivo contiene una cadena de {length} caracteres; como máximo {limit}</translation>
    </message>
    <message>
        <source>the file holds a whole number of {count} digits; numbers in a project have at most {limit}</source>
        <translation>el archivo contiene un número entero de {count} cifras; los números de un proyecto tienen como máximo {limit}</translation>
    </message>
    <message>
        <source>the file holds {name}, which is not a number a project may hold</source>
        <translation>el archivo contiene {name}, que no es un número que pueda contener un proyecto</translation>
    </message>
</context>
<context>
    <name>checkpoint_store</name>
    <message>
        <source>Checkpoints: every epoch recorded for the last {recent}, then every 2nd, 4th, 8th … further back; {kept} kept, {size} MB of at most {limit} MB. Epochs between checkpoints are recomputed exactly from the nearest earlier one.</source>
        <translation>Puntos de control: se registra cada época de las últimas {recent} y, más atrás, una de cada 2, 4, 8 …; {kept} conservados, {size} MB de un máximo de {limit} MB. Las épocas entre puntos de control se recalculan exactamente a partir del más cercano anterior.</translation>
    </message>
</context>
<context>
    <name>class_button</name>
    <message>
        <source>Paint class {number} ({colour}); key {key}. A third class makes the network multi-class, keeping what it learned.</source>
        <translation>Pinta la clase {number} ({colour}); tecla {key}. Una tercera clase hace la red multiclase, conservando lo que aprendió.</translation>
    </message>
    <message>
        <source>Class {number}, {colour}</source>
        <translation>Clase {number}, {colour}</translation>
    </message>
</context>
<context>
    <name>class_folder</name>
    <message>
        <source>only the first {limit} names in the folder were looked at</source>
        <translation>solo se miraron los primeros {limit} nombres de la carpeta</translation>
    </message>
    <message>
        <source>{count} more hand-ins left out: a class folder shows at most {limit}</source>
        <translation>{count} entregas más omitidas: una carpeta de clase muestra como máximo {limit}</translation>
    </message>
    <message>
        <source>too large to read ({error})</source>
        <translation>demasiado grande para leerlo ({error})</translation>
    </message>
    <message>
        <source>cannot be read: {error}</source>
        <translation>no se puede leer: {error}</translation>
    </message>
    <message>
        <source>a project, not a hand-in (no name or results in it)</source>
        <translation>un proyecto, no una entrega (no contiene nombre ni resultados)</translation>
    </message>
</context>
<context>
    <name>class_model</name>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lección</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Épocas</translation>
    </message>
    <message>
        <source>Train
loss</source>
        <translation>Pérdida
entren.</translation>
    </message>
    <message>
        <source>Test
loss</source>
        <translation>Pérdida
prueba</translation>
    </message>
    <message>
        <source>Train
accuracy</source>
        <translation>Exactitud
entren.</translation>
    </message>
    <message>
        <source>Test
accuracy</source>
        <translation>Exactitud
prueba</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Handed in
(UTC)</source>
        <translation>Entregado
(UTC)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Cannot read {folder}: {problem}</source>
        <translation>No se puede leer {folder}: {problem}</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>{prog}: error: {message} (see {prog} --help)</source>
        <translation>{prog}: error: {message} (consulta {prog} --help)</translation>
    </message>
    <message>
        <source>{text} is not a whole number</source>
        <translation>{text} no es un número entero</translation>
    </message>
    <message>
        <source>must be from 1 to {most}; got {value}</source>
        <translation>debe estar entre 1 y {most}; se recibió {value}</translation>
    </message>
    <message>
        <source>must be from 32 to 4096 pixels; got {value}</source>
        <translation>debe estar entre 32 y 4096 píxeles; se recibió {value}</translation>
    </message>
    <message>
        <source>NN Playground: draw a network, pick or paint data, press play and watch backpropagation learn. With no command it opens the window.</source>
        <translation>NN Playground: dibuja una red, elige o pinta datos, pulsa reproducir y mira cómo aprende la retropropagación. Sin ningún comando abre la ventana.</translation>
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
        <translation>Ejemplos:
  {prog}                                  abre la ventana
  {prog} open lesson.nnplay               abre un proyecto o lección en la ventana
  {prog} lessons                          lista las lecciones incluidas
  {prog} run work.nnplay --epochs 500 --report out.json --export-boundary out.png
  {prog} check hand-ins/                  comprueba cada proyecto y CSV de una carpeta
  {prog} class hand-ins/ --csv grades.csv  una carpeta de entregas como libro de notas
  {prog} export work.nnplay --pytorch work.py   la red como script de PyTorch
  {prog} selftest                         comprueba que esta copia de la aplicación funciona
Ejecuta '{prog} COMMAND --help' para ver las opciones de un comando.</translation>
    </message>
    <message>
        <source>the language of the window and of these messages: {codes} (default: as chosen in View &gt; Language, else the system's)</source>
        <translation>el idioma de la ventana y de estos mensajes: {codes} (por defecto: el elegido en Ver &gt; Idioma o, si no, el del sistema)</translation>
    </message>
    <message>
        <source>open the window in projector mode: larger type, thicker lines, bigger points (View &gt; Projector mode switches it; it is remembered)</source>
        <translation>abre la ventana en modo proyector: letra más grande, líneas más gruesas, puntos más grandes (Ver &gt; Modo proyector lo cambia; se recuerda)</translation>
    </message>
    <message>
        <source>open the window, optionally with a project or lesson file (the default)</source>
        <translation>abre la ventana, opcionalmente con un archivo de proyecto o lección (por defecto)</translation>
    </message>
    <message>
        <source>Open the NN Playground window, optionally with a project or lesson file.</source>
        <translation>Abre la ventana de NN Playground, opcionalmente con un archivo de proyecto o lección.</translation>
    </message>
    <message>
        <source>a .nnplay project or lesson file, or a bundled lesson's name</source>
        <translation>un archivo de proyecto o lección .nnplay, o el nombre de una lección incluida</translation>
    </message>
    <message>
        <source>train a project without a window and report the result</source>
        <translation>entrena un proyecto sin ventana e informa del resultado</translation>
    </message>
    <message>
        <source>Train a project or lesson without a window, showing a progress bar on stderr, then write the final losses and accuracies. Training stops early if it diverges. A project with Compare on trains every lane for N epochs and reports each lane. A project whose data holds no training point is refused.</source>
        <translation>Entrena un proyecto o lección sin ventana, con una barra de progreso en stderr, y luego escribe las pérdidas y exactitudes finales. El entrenamiento se detiene antes si diverge. Un proyecto con Comparar activado entrena cada carril durante N épocas e informa de cada carril. Se rechaza un proyecto cuyos datos no tienen ningún punto de entrenamiento.</translation>
    </message>
    <message>
        <source>The report is JSON: {epochs, final_epoch, train_loss, test_loss, train_accuracy, test_accuracy, diverged, seconds, warnings}; epochs counts this run's epochs, accuracy is null for regression; warnings lists {kind, layers, message} for what went wrong by the end (the window's rules: vanishing, exploding, dead_neurons, stuck, diverged). With Compare on it adds lanes, a list with each lane's {name, settings, overrides} and the same figures, and focus, the name of the lane the window shows, whose figures are the top-level ones (and the exported pictures). Exit codes: 0 done (even if training diverged), 1 an error (unreadable or invalid file, no training data, a file that cannot be written), 2 a usage mistake.</source>
        <translation>El informe es JSON: {epochs, final_epoch, train_loss, test_loss, train_accuracy, test_accuracy, diverged, seconds, warnings}; epochs cuenta las épocas de esta ejecución, accuracy es null en regresión; warnings lista {kind, layers, message} con lo que salió mal al final (las reglas de la ventana: vanishing, exploding, dead_neurons, stuck, diverged). Con Comparar activado añade lanes, una lista con {name, settings, overrides} de cada carril y las mismas cifras, y focus, el nombre del carril que muestra la ventana, cuyas cifras son las del nivel superior (y las de las imágenes exportadas). Códigos de salida: 0 hecho (aunque el entrenamiento haya divergido), 1 un error (archivo ilegible o no válido, sin datos de entrenamiento, un archivo que no se puede escribir), 2 un error de uso.</translation>
    </message>
    <message>
        <source>the .nnplay project or lesson to train (or a bundled lesson's name)</source>
        <translation>el proyecto o lección .nnplay que se entrena (o el nombre de una lección incluida)</translation>
    </message>
    <message>
        <source>how many epochs to train (1 to {most})</source>
        <translation>cuántas épocas entrenar (de 1 a {most})</translation>
    </message>
    <message>
        <source>write the final figures to this JSON file</source>
        <translation>escribe las cifras finales en este archivo JSON</translation>
    </message>
    <message>
        <source>save the decision boundary with the training data as a picture (.png, or .svg by suffix)</source>
        <translation>guarda la frontera de decisión con los datos de entrenamiento como imagen (.png, o .svg según la extensión)</translation>
    </message>
    <message>
        <source>save an animated GIF of the boundary as it changes during these epochs</source>
        <translation>guarda un GIF animado de la frontera mientras cambia durante estas épocas</translation>
    </message>
    <message>
        <source>save the trained project to this file</source>
        <translation>guarda el proyecto entrenado en este archivo</translation>
    </message>
    <message>
        <source>width and height of exported pictures (default 480)</source>
        <translation>ancho y alto de las imágenes exportadas (por defecto 480)</translation>
    </message>
    <message>
        <source>also draw the test points in exported pictures</source>
        <translation>dibuja también los puntos de prueba en las imágenes exportadas</translation>
    </message>
    <message>
        <source>no progress bar</source>
        <translation>sin barra de progreso</translation>
    </message>
    <message>
        <source>check that projects, lessons and CSV files open, without opening a window</source>
        <translation>comprueba que los proyectos, las lecciones y los archivos CSV se abren, sin abrir una ventana</translation>
    </message>
    <message>
        <source>Check each file as the window would open it: a project or lesson (.nnplay, its lesson text included) or a CSV file of points. Prints one line per file, 'FILE: ok' or 'FILE: the reason', on stdout. A folder stands for the .nnplay and .csv files in it and its subfolders (a folder of hand-ins, say).</source>
        <translation>Comprueba cada archivo tal como lo abriría la ventana: un proyecto o lección (.nnplay, incluido el texto de la lección) o un archivo CSV de puntos. Imprime una línea por archivo, 'FILE: ok' o 'FILE: el motivo', en stdout. Una carpeta representa los archivos .nnplay y .csv que contiene, también en sus subcarpetas (por ejemplo, una carpeta de entregas).</translation>
    </message>
    <message>
        <source>Exit codes: 0 every file is fine, 1 some file is not, 2 a usage mistake.</source>
        <translation>Códigos de salida: 0 todos los archivos están bien, 1 algún archivo no lo está, 2 un error de uso.</translation>
    </message>
    <message>
        <source>a .nnplay project or lesson, a .csv file, or a folder of them</source>
        <translation>un proyecto o lección .nnplay, un archivo .csv o una carpeta que los contenga</translation>
    </message>
    <message>
        <source>write the project's network as a PyTorch or NumPy script</source>
        <translation>escribe la red del proyecto como script de PyTorch o de NumPy</translation>
    </message>
    <message>
        <source>Write the project's network, its trained weights and its data as one readable Python file: --pytorch for an nn.Module, --numpy for a script that needs only NumPy. Run on its own, the script prints one JSON line {"train_loss", "test_loss", "train_accuracy", "test_accuracy"}, the figures 'run' reports for the project; with --train N it then trains N more epochs as 'run --epochs N' would.</source>
        <translation>Escribe la red del proyecto, sus pesos entrenados y sus datos como un único archivo de Python legible: --pytorch para un nn.Module, --numpy para un script que solo necesita NumPy. Ejecutado por sí solo, el script imprime una línea JSON {"train_loss", "test_loss", "train_accuracy", "test_accuracy"}, las cifras de las que 'run' informa para el proyecto; con --train N entrena después N épocas más, como haría 'run --epochs N'.</translation>
    </message>
    <message>
        <source>Exit codes: 0 written, 1 an error (unreadable project, unwritable output), 2 a usage mistake.</source>
        <translation>Códigos de salida: 0 escrito, 1 un error (proyecto ilegible, salida no escribible), 2 un error de uso.</translation>
    </message>
    <message>
        <source>list the bundled lessons</source>
        <translation>lista las lecciones incluidas</translation>
    </message>
    <message>
        <source>List the bundled lessons: file name and title. Open one with 'open NAME'.</source>
        <translation>Lista las lecciones incluidas: nombre de archivo y título. Abre una con 'open NAME'.</translation>
    </message>
    <message>
        <source>a folder of hand-ins as a grade book (CSV), without a window</source>
        <translation>una carpeta de entregas como libro de notas (CSV), sin ventana</translation>
    </message>
    <message>
        <source>check that this copy of the app works: window, lesson, training, export</source>
        <translation>comprueba que esta copia de la aplicación funciona: ventana, lección, entrenamiento, exportación</translation>
    </message>
    <message>
        <source>Open the window offscreen (no screen needed), open a bundled lesson, train it for a few hundred steps and export PNG pictures. Exit code 0 when every step passed; otherwise the failed step is named and the exit code is 1.</source>
        <translation>Abre la ventana fuera de pantalla (no hace falta pantalla), abre una lección incluida, la entrena unos cientos de pasos y exporta imágenes PNG. Código de salida 0 si todos los pasos salieron bien; si no, se nombra el paso fallido y el código de salida es 1.</translation>
    </message>
    <message>
        <source>no window can be opened from here</source>
        <translation>desde aquí no se puede abrir ninguna ventana</translation>
    </message>
    <message>
        <source>{prog}: interrupted</source>
        <translation>{prog}: interrumpido</translation>
    </message>
    <message>
        <source>{prog}: no language {lang}; these are offered: {codes}</source>
        <translation>{prog}: no existe el idioma {lang}; se ofrecen estos: {codes}</translation>
    </message>
    <message>
        <source>{prog}: error: {message}</source>
        <translation>{prog}: error: {message}</translation>
    </message>
</context>
<context>
    <name>cli_check</name>
    <message>
        <source>no .nnplay or .csv file in this folder</source>
        <translation>no hay ningún archivo .nnplay ni .csv en esta carpeta</translation>
    </message>
    <message>
        <source>too large or too deeply nested to read ({error})</source>
        <translation>demasiado grande o demasiado anidado para leerlo ({error})</translation>
    </message>
    <message>
        <source>cannot be opened: an internal error ({error})</source>
        <translation>no se puede abrir: un error interno ({error})</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>rechazado</translation>
    </message>
</context>
<context>
    <name>cli_class</name>
    <message>
        <source>the folder of hand-ins (.nnplay files)</source>
        <translation>la carpeta de entregas (archivos .nnplay)</translation>
    </message>
    <message>
        <source>write the grade book to this file (default: print it on stdout)</source>
        <translation>escribe el libro de notas en este archivo (por defecto: lo imprime en stdout)</translation>
    </message>
    <message>
        <source>the rows' order (default: name; test_accuracy puts the best first)</source>
        <translation>el orden de las filas (por defecto: name; test_accuracy pone primero la mejor)</translation>
    </message>
    <message>
        <source>Read every hand-in (.nnplay) in FOLDER, as File &gt; Open class folder does, and write one CSV row per file: file, name, lesson, handed_in (UTC), epochs, train_loss, test_loss, train_accuracy, test_accuracy, note. A damaged file or a project without a hand-in part gets its reason in the note column and the other files are read on.</source>
        <translation>Lee cada entrega (.nnplay) de FOLDER, como hace Archivo &gt; Abrir carpeta de clase, y escribe una fila CSV por archivo: file, name, lesson, handed_in (UTC), epochs, train_loss, test_loss, train_accuracy, test_accuracy, note. Un archivo dañado o un proyecto sin parte de entrega recibe su motivo en la columna note, y se siguen leyendo los demás archivos.</translation>
    </message>
    <message>
        <source>Exit codes: 0 the folder was read (even with damaged files; the summary on stderr counts them), 1 the folder cannot be read or the CSV cannot be written, 2 a usage mistake.</source>
        <translation>Códigos de salida: 0 se leyó la carpeta (aunque haya archivos dañados; el resumen en stderr los cuenta), 1 no se puede leer la carpeta o no se puede escribir el CSV, 2 un error de uso.</translation>
    </message>
    <message>
        <source>{folder} is not a folder</source>
        <translation>{folder} no es una carpeta</translation>
    </message>
    <message>
        <source>cannot write {file}: the folder {folder} does not exist</source>
        <translation>no se puede escribir {file}: la carpeta {folder} no existe</translation>
    </message>
    <message>
        <source>cannot read the folder {folder}: {reason}</source>
        <translation>no se puede leer la carpeta {folder}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>{read} hand-ins read, {damaged} other or damaged files noted</source>
        <translation><numerusform>{read} entrega leída, {damaged} archivos distintos o dañados anotados</numerusform><numerusform>{read} entregas leídas, {damaged} archivos distintos o dañados anotados</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{read} hand-ins read</source>
        <translation><numerusform>{read} entrega leída</numerusform><numerusform>{read} entregas leídas</numerusform></translation>
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
        <translation>{name} nombra varias lecciones: {lessons}</translation>
    </message>
</context>
<context>
    <name>cli_export</name>
    <message>
        <source>the .nnplay project or lesson (or a bundled lesson's name)</source>
        <translation>el proyecto o lección .nnplay (o el nombre de una lección incluida)</translation>
    </message>
    <message>
        <source>write a PyTorch script (an nn.Module) to this file</source>
        <translation>escribe un script de PyTorch (un nn.Module) en este archivo</translation>
    </message>
    <message>
        <source>write a script that needs only NumPy to this file</source>
        <translation>escribe en este archivo un script que solo necesita NumPy</translation>
    </message>
    <message>
        <source>say nothing when done</source>
        <translation>no decir nada al terminar</translation>
    </message>
    <message>
        <source>nn-playground export: error: say which script to write: --pytorch OUT.py, --numpy OUT.py, or both (see nn-playground export --help)</source>
        <translation>nn-playground export: error: indica qué script escribir: --pytorch OUT.py, --numpy OUT.py o ambos (consulta nn-playground export --help)</translation>
    </message>
    <message>
        <source>--{kind} {file} would overwrite the project itself</source>
        <translation>--{kind} {file} sobrescribiría el propio proyecto</translation>
    </message>
    <message>
        <source>{file}: cannot export: {reason}</source>
        <translation>{file}: no se puede exportar: {reason}</translation>
    </message>
    <message>
        <source>Wrote {file}: a {kind} script of the {sizes} network at epoch {epoch}</source>
        <translation>Escrito {file}: un script de {kind} de la red {sizes} en la época {epoch}</translation>
    </message>
</context>
<context>
    <name>cli_run</name>
    <message>
        <source>Training [{bar}] {percent}  epoch {epoch}/{epochs}  loss {loss}</source>
        <translation>Entrenando [{bar}] {percent}  época {epoch}/{epochs}  pérdida {loss}</translation>
    </message>
    <message>
        <source>cannot write the report {path}: the folder {folder} does not exist</source>
        <translation>no se puede escribir el informe {path}: la carpeta {folder} no existe</translation>
    </message>
    <message>
        <source>cannot write the picture {path}: the folder {folder} does not exist</source>
        <translation>no se puede escribir la imagen {path}: la carpeta {folder} no existe</translation>
    </message>
    <message>
        <source>cannot write the GIF {path}: the folder {folder} does not exist</source>
        <translation>no se puede escribir el GIF {path}: la carpeta {folder} no existe</translation>
    </message>
    <message>
        <source>cannot write the project {path}: the folder {folder} does not exist</source>
        <translation>no se puede escribir el proyecto {path}: la carpeta {folder} no existe</translation>
    </message>
    <message>
        <source>--export-boundary must end in .png or .svg; got {file}</source>
        <translation>--export-boundary debe terminar en .png o .svg; se recibió {file}</translation>
    </message>
    <message>
        <source>{file}: nothing to train: its data holds no training point (only test points, or none); add training points in the window first</source>
        <translation>{file}: nada que entrenar: sus datos no tienen ningún punto de entrenamiento (solo puntos de prueba, o ninguno); añade primero puntos de entrenamiento en la ventana</translation>
    </message>
    <message>
        <source>Lane {lane}: {message}</source>
        <translation>Carril {lane}: {message}</translation>
    </message>
    <message>
        <source>  Lane {lane} ({settings}): {figures}</source>
        <translation>  Carril {lane} ({settings}): {figures}</translation>
    </message>
    <message>
        <source>train loss {train_loss}, test loss {test_loss}</source>
        <translation>pérdida de entrenamiento {train_loss}, pérdida de prueba {test_loss}</translation>
    </message>
    <message>
        <source>test accuracy {accuracy} %</source>
        <translation>exactitud de prueba {accuracy} %</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>divergió</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>{epochs} epochs in {seconds} s, {lanes} lanes:</source>
        <translation><numerusform>{epochs} época en {seconds} s, {lanes} carriles:</numerusform><numerusform>{epochs} épocas en {seconds} s, {lanes} carriles:</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{epochs} epochs in {seconds} s, {figures}</source>
        <translation><numerusform>{epochs} época en {seconds} s, {figures}</numerusform><numerusform>{epochs} épocas en {seconds} s, {figures}</numerusform></translation>
    </message>
</context>
<context>
    <name>client</name>
    <message>
        <source>Not changed</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>{refusal}: {reason}</source>
        <translation>{refusal}: {reason}</translation>
    </message>
    <message>
        <source>{refusal}: an internal error ({error})</source>
        <translation>{refusal}: un error interno ({error})</translation>
    </message>
    <message>
        <source>the training thread did not answer in time</source>
        <translation>el hilo de entrenamiento no respondió a tiempo</translation>
    </message>
</context>
<context>
    <name>colors</name>
    <message>
        <source>orange</source>
        <translation>naranja</translation>
    </message>
    <message>
        <source>blue</source>
        <translation>azul</translation>
    </message>
    <message>
        <source>green</source>
        <translation>verde</translation>
    </message>
    <message>
        <source>purple</source>
        <translation>morado</translation>
    </message>
    <message>
        <source>red</source>
        <translation>rojo</translation>
    </message>
    <message>
        <source>sky</source>
        <translation>celeste</translation>
    </message>
    <message>
        <source>yellow</source>
        <translation>amarillo</translation>
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
        <translation>Sigmoide</translation>
    </message>
    <message>
        <source>Softmax</source>
        <translation>Softmax</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>Lineal</translation>
    </message>
    <message>
        <source>Hidden layer {layer} has the maximum of {most} neurons</source>
        <translation>La capa oculta {layer} tiene el máximo de {most} neuronas</translation>
    </message>
    <message>
        <source>Add a neuron to hidden layer {layer} (starts training again)</source>
        <translation>Añade una neurona a la capa oculta {layer} (el entrenamiento empieza de nuevo)</translation>
    </message>
    <message>
        <source>Add a neuron to hidden layer {layer} (keeps what it has learned)</source>
        <translation>Añade una neurona a la capa oculta {layer} (conserva lo que ha aprendido)</translation>
    </message>
    <message>
        <source>Remove hidden layer {layer}: this is its last neuron</source>
        <translation>Quita la capa oculta {layer}: esta es su última neurona</translation>
    </message>
    <message>
        <source>Remove a neuron from hidden layer {layer} (starts training again)</source>
        <translation>Quita una neurona de la capa oculta {layer} (el entrenamiento empieza de nuevo)</translation>
    </message>
    <message>
        <source>Remove a neuron from hidden layer {layer} (keeps what it has learned)</source>
        <translation>Quita una neurona de la capa oculta {layer} (conserva lo que ha aprendido)</translation>
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
        <translation>Dropout {rate}: durante el entrenamiento, cada neurona de esta capa se apaga para cada punto de entrenamiento con probabilidad {rate}, y las demás se escalan por 1/(1 − {rate}). La evaluación, la curva de pérdida y los mapas usan todas las neuronas. Haz clic derecho en la capa para cambiarlo.</translation>
    </message>
    <message>
        <source>OUTPUT</source>
        <translation>SALIDA</translation>
    </message>
    <message>
        <source>Tanh</source>
        <translation>Tanh</translation>
    </message>
    <message>
        <source>Add a hidden layer after the last one, with its activation.</source>
        <translation>Añade una capa oculta después de la última, con su activación.</translation>
    </message>
    <message>
        <source>The network has the maximum of {most} hidden layers</source>
        <translation>La red tiene el máximo de {most} capas ocultas</translation>
    </message>
    <message>
        <source>Remove the last hidden layer: the rest keeps its weights, and new random links join its neighbours, so the network no longer computes the same</source>
        <translation>Quita la última capa oculta: el resto conserva sus pesos, y nuevas conexiones aleatorias unen sus vecinas, así que la red ya no calcula lo mismo</translation>
    </message>
    <message>
        <source>There are no hidden layers to remove</source>
        <translation>No hay capas ocultas que quitar</translation>
    </message>
</context>
<context>
    <name>compare</name>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Race 2 to 4 copies of the network side by side (C): every lane starts from the same weights on the same data and differs only in the settings you give it (optimizer, learning rate, activation, batch size, regularization). Stop at epoch applies to every lane; stop when stuck waits until Compare is off.</source>
        <translation>Haz competir de 2 a 4 copias de la red una al lado de otra (C): cada carril empieza con los mismos pesos y los mismos datos y solo se diferencia en los ajustes que le des (optimizador, tasa de aprendizaje, activación, tamaño del lote, regularización). Parar en la época se aplica a todos los carriles; parar si se estanca espera a que Comparar esté desactivado.</translation>
    </message>
    <message>
        <source>Add lane</source>
        <translation>Añadir carril</translation>
    </message>
    <message>
        <source>Add a lane (up to 4) that races an optimizer not raced yet. The race starts again.</source>
        <translation>Añade un carril (hasta 4) con un optimizador que aún no compite. La carrera vuelve a empezar.</translation>
    </message>
    <message>
        <source>Restart race</source>
        <translation>Reiniciar carrera</translation>
    </message>
    <message>
        <source>Every lane back to epoch 0 and the same starting weights (R picks new weights).</source>
        <translation>Todos los carriles vuelven a la época 0 y a los mismos pesos iniciales (R elige pesos nuevos).</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Same start, same data: only the lanes' settings differ (bold: a lane's own; the others follow the top bar).</source>
        <translation>Mismo inicio, mismos datos: solo cambian los ajustes de los carriles (en negrita: los propios del carril; los demás siguen la barra superior).</translation>
    </message>
    <message>
        <source>&amp;Compare lanes</source>
        <translation>&amp;Comparar carriles</translation>
    </message>
    <message>
        <source>Stop comparing?</source>
        <translation>¿Dejar de comparar?</translation>
    </message>
    <message>
        <source>The race has trained to epoch {trained}. Keep one lane's network (it carries on as the main network, with its settings and loss history), or go back to the network as it was before the race (epoch {before})?</source>
        <translation>La carrera ha entrenado hasta la época {trained}. ¿Te quedas con la red de un carril (sigue como red principal, con sus ajustes y su historial de pérdida) o vuelves a la red tal como estaba antes de la carrera (época {before})?</translation>
    </message>
    <message>
        <source>Keep lane {lane}</source>
        <translation>Quedarse con el carril {lane}</translation>
    </message>
    <message>
        <source>Back to before the race</source>
        <translation>Volver a antes de la carrera</translation>
    </message>
    <message>
        <source>Make this lane the main network?</source>
        <translation>¿Hacer de este carril la red principal?</translation>
    </message>
    <message>
        <source>Lane {lane} ({summary}) becomes the main network: its settings, weights and loss history carry on, and Compare closes. The other lanes are dropped.</source>
        <translation>El carril {lane} ({summary}) pasa a ser la red principal: sus ajustes, pesos e historial de pérdida continúan, y Comparar se cierra. Los demás carriles se descartan.</translation>
    </message>
    <message>
        <source>Stop comparing</source>
        <translation>Dejar de comparar</translation>
    </message>
</context>
<context>
    <name>compare_curves</name>
    <message>
        <source>Lane {lane}</source>
        <translation>Carril {lane}</translation>
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
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimizador</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Activación</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Reg.</source>
        <translation>Reg.</translation>
    </message>
    <message>
        <source>Reg. rate</source>
        <translation>Tasa de reg.</translation>
    </message>
    <message>
        <source>Lane {lane}'s optimizer. The rule that turns gradients into weight changes. Bold: the lane's own value; otherwise it follows the top bar. Changing it restarts the race from the same starting weights.</source>
        <translation>Optimizador del carril {lane}. La regla que convierte los gradientes en cambios de los pesos. En negrita: el valor propio del carril; si no, sigue la barra superior. Cambiarlo reinicia la carrera desde los mismos pesos iniciales.</translation>
    </message>
    <message>
        <source>Lane {lane}'s learning rate. How big a step each weight takes against its gradient. Bold: the lane's own value; otherwise it follows the top bar. Changing it restarts the race from the same starting weights.</source>
        <translation>Tasa de aprendizaje del carril {lane}. Lo grande que es el paso que da cada peso en contra de su gradiente. En negrita: el valor propio del carril; si no, sigue la barra superior. Cambiarla reinicia la carrera desde los mismos pesos iniciales.</translation>
    </message>
    <message>
        <source>Lane {lane}'s activation. The function every hidden neuron applies to its weighted sum. Bold: the lane's own value; otherwise it follows the top bar. Changing it restarts the race from the same starting weights.</source>
        <translation>Activación del carril {lane}. La función que cada neurona oculta aplica a su suma ponderada. En negrita: el valor propio del carril; si no, sigue la barra superior. Cambiarla reinicia la carrera desde los mismos pesos iniciales.</translation>
    </message>
    <message>
        <source>Lane {lane}'s batch size. How many training points are averaged for each weight update. Bold: the lane's own value; otherwise it follows the top bar. Changing it restarts the race from the same starting weights.</source>
        <translation>Tamaño del lote del carril {lane}. Cuántos puntos de entrenamiento se promedian en cada actualización de los pesos. En negrita: el valor propio del carril; si no, sigue la barra superior. Cambiarlo reinicia la carrera desde los mismos pesos iniciales.</translation>
    </message>
    <message>
        <source>Lane {lane}'s regularization. A penalty on large weights. Bold: the lane's own value; otherwise it follows the top bar. Changing it restarts the race from the same starting weights.</source>
        <translation>Regularización del carril {lane}. Una penalización a los pesos grandes. En negrita: el valor propio del carril; si no, sigue la barra superior. Cambiarla reinicia la carrera desde los mismos pesos iniciales.</translation>
    </message>
    <message>
        <source>Lane {lane}'s regularization rate. How strong the penalty on weights is. Bold: the lane's own value; otherwise it follows the top bar. Changing it restarts the race from the same starting weights.</source>
        <translation>Tasa de regularización del carril {lane}. Lo fuerte que es la penalización a los pesos. En negrita: el valor propio del carril; si no, sigue la barra superior. Cambiarla reinicia la carrera desde los mismos pesos iniciales.</translation>
    </message>
    <message>
        <source>Lane {lane}</source>
        <translation>Carril {lane}</translation>
    </message>
    <message>
        <source>Show lane {lane}'s network (weights, neurons) in the network diagram.</source>
        <translation>Muestra la red del carril {lane} (pesos, neuronas) en el diagrama de la red.</translation>
    </message>
    <message>
        <source>Lane {lane} {setting}</source>
        <translation>Carril {lane}: {setting}</translation>
    </message>
    <message>
        <source>Make main</source>
        <translation>Hacer principal</translation>
    </message>
    <message>
        <source>Make lane {lane} the main network: its settings, weights and loss history carry on outside Compare.</source>
        <translation>Hace del carril {lane} la red principal: sus ajustes, pesos e historial de pérdida continúan fuera de Comparar.</translation>
    </message>
    <message>
        <source>Remove lane {lane}</source>
        <translation>Quitar carril {lane}</translation>
    </message>
    <message>
        <source>Remove lane {lane} (the race starts again).</source>
        <translation>Quita el carril {lane} (la carrera vuelve a empezar).</translation>
    </message>
    <message>
        <source>Lane {lane}: make main or remove</source>
        <translation>Carril {lane}: hacer principal o quitar</translation>
    </message>
    <message>
        <source>Make lane {lane} the main network, or remove it.</source>
        <translation>Hace del carril {lane} la red principal, o lo quita.</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Carril</translation>
    </message>
    <message>
        <source>Click a lane's letter to show its network in the diagram.</source>
        <translation>Haz clic en la letra de un carril para mostrar su red en el diagrama.</translation>
    </message>
</context>
<context>
    <name>compare_view</name>
    <message>
        <source>rate {rate}</source>
        <translation>tasa {rate}</translation>
    </message>
    <message>
        <source>batch {size}</source>
        <translation>lote {size}</translation>
    </message>
    <message>
        <source>no reg.</source>
        <translation>sin reg.</translation>
    </message>
    <message>
        <source>reg. {rate}</source>
        <translation>reg. {rate}</translation>
    </message>
    <message>
        <source>Lane {lane}'s prediction over the plane, with the training points. Click to show this lane's network in the diagram.</source>
        <translation>Predicción del carril {lane} sobre el plano, con los puntos de entrenamiento. Haz clic para mostrar la red de este carril en el diagrama.</translation>
    </message>
    <message>
        <source>&lt;span style='color:#8a1c12'&gt;&lt;b&gt;diverged&lt;/b&gt; at epoch {epoch}&lt;/span&gt;</source>
        <translation>&lt;span style='color:#8a1c12'&gt;&lt;b&gt;divergió&lt;/b&gt; en la época {epoch}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>test loss &lt;b&gt;{loss}&lt;/b&gt;</source>
        <translation>pérdida de prueba &lt;b&gt;{loss}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <source>Lane {lane}: {summary}</source>
        <translation>Carril {lane}: {summary}</translation>
    </message>
    <message numerus="yes">
        <source>Epoch {epoch}, {steps} steps</source>
        <translation><numerusform>Época {epoch}, {steps} paso</numerusform><numerusform>Época {epoch}, {steps} pasos</numerusform></translation>
    </message>
    <message>
        <source>Test loss {test}, training loss {train}</source>
        <translation>Pérdida de prueba {test}, pérdida de entrenamiento {train}</translation>
    </message>
    <message>
        <source>Test accuracy {test}, training accuracy {train}</source>
        <translation>Exactitud de prueba {test}, exactitud de entrenamiento {train}</translation>
    </message>
</context>
<context>
    <name>comparison</name>
    <message>
        <source>{optimizer} · rate {rate} · {activation} · batch {batch}</source>
        <translation>{optimizer} · tasa {rate} · {activation} · lote {batch}</translation>
    </message>
    <message>
        <source>Every lane has stopped: {lanes} diverged, the others reached epoch {epoch}. Raise it or restart the race to go on.</source>
        <translation>Todos los carriles se han detenido: {lanes} divergieron, los demás llegaron a la época {epoch}. Súbela o reinicia la carrera para seguir.</translation>
    </message>
    <message>
        <source>Every lane has reached epoch {epoch}, the stop-at-epoch setting. Raise it or restart the race to go on.</source>
        <translation>Todos los carriles han llegado a la época {epoch}, el ajuste de parar en la época. Súbela o reinicia la carrera para seguir.</translation>
    </message>
    <message>
        <source>Every lane has diverged. Lower their learning rates and restart the race.</source>
        <translation>Todos los carriles han divergido. Baja sus tasas de aprendizaje y reinicia la carrera.</translation>
    </message>
    <message>
        <source>there are no training points to race on yet; paint some first</source>
        <translation>todavía no hay puntos de entrenamiento para la carrera; pinta algunos primero</translation>
    </message>
    <message>
        <source>Compare is off</source>
        <translation>Comparar está desactivado</translation>
    </message>
    <message>
        <source>at most {lanes} lanes</source>
        <translation>como máximo {lanes} carriles</translation>
    </message>
    <message>
        <source>Compare keeps at least {lanes} lanes; turn Compare off instead</source>
        <translation>Comparar mantiene al menos {lanes} carriles; desactiva Comparar en su lugar</translation>
    </message>
    <message>
        <source>there is no lane {lane}</source>
        <translation>no existe el carril {lane}</translation>
    </message>
    <message>
        <source>Lane {lane} ({summary}) is now the main network; it carries on from epoch {epoch}.</source>
        <translation>El carril {lane} ({summary}) es ahora la red principal; continúa desde la época {epoch}.</translation>
    </message>
</context>
<context>
    <name>confusion_table</name>
    <message>
        <source>rec.</source>
        <translation>exh.</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>prec.</source>
        <translation>prec.</translation>
    </message>
    <message>
        <source>The training set's confusion matrix</source>
        <translation>La matriz de confusión del conjunto de entrenamiento</translation>
    </message>
    <message>
        <source>The test set's confusion matrix</source>
        <translation>La matriz de confusión del conjunto de prueba</translation>
    </message>
    <message>
        <source>{matrix}: row i, column j counts the points of class i the network predicts as class j (the diagonal: right). Recall: the share of a class's points predicted right; precision (last row): the share of the points predicted as a class that are of it; F1: their harmonic mean; – where a share has no points to count (rec.: recall, prec.: precision). Click a cell to mark its points on the output plot.</source>
        <translation>{matrix}: la fila i, columna j cuenta los puntos de la clase i que la red predice como clase j (la diagonal: aciertos). Exhaustividad: la parte de los puntos de una clase predichos bien; precisión (última fila): la parte de los puntos predichos como una clase que son de ella; F1: su media armónica; – donde una parte no tiene puntos que contar (exh.: exhaustividad, prec.: precisión). Haz clic en una celda para marcar sus puntos en la gráfica de salida.</translation>
    </message>
    <message>
        <source>predicted {name}</source>
        <translation>predicho {name}</translation>
    </message>
    <message>
        <source>true {name}</source>
        <translation>real {name}</translation>
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
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>Regression</source>
        <translation>Regresión</translation>
    </message>
    <message>
        <source>Cross-entropy</source>
        <translation>Entropía cruzada</translation>
    </message>
    <message>
        <source>TF Playground</source>
        <translation>TF Playground</translation>
    </message>
    <message>
        <source>Editing the network (inputs, layers, neurons)</source>
        <translation>Editar la red (entradas, capas, neuronas)</translation>
    </message>
    <message>
        <source>network editing</source>
        <translation>edición de la red</translation>
    </message>
    <message>
        <source>Editing the data (datasets, painting, sliders)</source>
        <translation>Editar los datos (conjuntos de datos, pintar, deslizadores)</translation>
    </message>
    <message>
        <source>data editing</source>
        <translation>edición de los datos</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Clases</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>off</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Activation per layer</source>
        <translation>Activación por capa</translation>
    </message>
    <message>
        <source>Dropout per layer</source>
        <translation>Dropout por capa</translation>
    </message>
</context>
<context>
    <name>csv_io</name>
    <message>
        <source>1 point with values (regression)</source>
        <translation>1 punto con valores (regresión)</translation>
    </message>
    <message>
        <source>{count} points with values (regression)</source>
        <translation>{count} puntos con valores (regresión)</translation>
    </message>
    <message>
        <source>1 point in {classes} classes</source>
        <translation>1 punto en {classes} clases</translation>
    </message>
    <message>
        <source>{count} points in {classes} classes</source>
        <translation>{count} puntos en {classes} clases</translation>
    </message>
    <message>
        <source>{label} as {name}</source>
        <translation>{label} como {name}</translation>
    </message>
    <message>
        <source>{description} (labels {renumbered})</source>
        <translation>{description} (etiquetas {renumbered})</translation>
    </message>
    <message>
        <source>{name} is a folder, not a CSV file</source>
        <translation>{name} es una carpeta, no un archivo CSV</translation>
    </message>
    <message>
        <source>The file is too large ({size} MB); a data file is at most {limit} MB.</source>
        <translation>El archivo es demasiado grande ({size} MB); un archivo de datos ocupa como máximo {limit} MB.</translation>
    </message>
    <message>
        <source>Cannot read {name}: {error}</source>
        <translation>No se puede leer {name}: {error}</translation>
    </message>
    <message>
        <source>The file is too large; a data file is at most {limit} MB.</source>
        <translation>El archivo es demasiado grande; un archivo de datos ocupa como máximo {limit} MB.</translation>
    </message>
    <message>
        <source>Line {line} holds a NUL byte: this looks like a binary file, not CSV text.</source>
        <translation>La línea {line} contiene un byte NUL: parece un archivo binario, no texto CSV.</translation>
    </message>
    <message>
        <source>The file is empty: it holds no points.</source>
        <translation>El archivo está vacío: no contiene ningún punto.</translation>
    </message>
    <message>
        <source>Line {line} is a header, but no points follow it.</source>
        <translation>La línea {line} es un encabezado, pero no le sigue ningún punto.</translation>
    </message>
    <message>
        <source>Line {line}: the file has more than {limit} points; at most {limit} can be imported.</source>
        <translation>Línea {line}: el archivo tiene más de {limit} puntos; se pueden importar como máximo {limit}.</translation>
    </message>
    <message>
        <source>label or value</source>
        <translation>etiqueta o valor</translation>
    </message>
    <message>
        <source>Line {line} has 1 field, but 3 are needed ({expected}): {problem}.</source>
        <translation>La línea {line} tiene 1 campo, pero hacen falta 3 ({expected}): {problem}.</translation>
    </message>
    <message>
        <source>Line {line} has {count} fields, but 3 are needed ({expected}): {problem}.</source>
        <translation>La línea {line} tiene {count} campos, pero hacen falta 3 ({expected}): {problem}.</translation>
    </message>
    <message>
        <source>x1, x2 and a label or value</source>
        <translation>x1, x2 y una etiqueta o un valor</translation>
    </message>
    <message>
        <source>a column is missing</source>
        <translation>falta una columna</translation>
    </message>
    <message>
        <source>there are too many columns</source>
        <translation>hay demasiadas columnas</translation>
    </message>
    <message>
        <source>Line {line}, column {column} (label): {text} is not a whole number, and a class label must be one (0, 1, 2, …). For numbers to predict, name the column value.</source>
        <translation>Línea {line}, columna {column} (etiqueta): {text} no es un número entero, y una etiqueta de clase debe serlo (0, 1, 2, …). Para números que predecir, llama value a la columna.</translation>
    </message>
    <message>
        <source>Line {line}, column {column} (label): {text} is a {nth}th class; at most {limit} classes can be learned.</source>
        <translation>Línea {line}, columna {column} (etiqueta): {text} sería la clase n.º {nth}; se pueden aprender como máximo {limit} clases.</translation>
    </message>
    <message>
        <source>If the third column holds numbers to predict, start the file with the header x1,x2,value.</source>
        <translation>Si la tercera columna contiene números que predecir, empieza el archivo con el encabezado x1,x2,value.</translation>
    </message>
    <message>
        <source>x1, x2, and label (classes) or value (numbers)</source>
        <translation>x1, x2 y label (clases) o value (números)</translation>
    </message>
    <message>
        <source>Line {line} is a header of 1 column, but 3 are needed: {expected}.</source>
        <translation>La línea {line} es un encabezado de 1 columna, pero hacen falta 3: {expected}.</translation>
    </message>
    <message>
        <source>Line {line} is a header of {count} columns, but 3 are needed: {expected}.</source>
        <translation>La línea {line} es un encabezado de {count} columnas, pero hacen falta 3: {expected}.</translation>
    </message>
    <message>
        <source>Line {line}, column {column}: the header name {name} is not known; the columns are {expected}.</source>
        <translation>Línea {line}, columna {column}: el nombre de encabezado {name} no se conoce; las columnas son {expected}.</translation>
    </message>
    <message>
        <source>Line {line}, column {column}: the header names {name} twice; the columns are {expected}.</source>
        <translation>Línea {line}, columna {column}: el encabezado nombra {name} dos veces; las columnas son {expected}.</translation>
    </message>
    <message>
        <source>Line {line}: the header must name {expected}.</source>
        <translation>Línea {line}: el encabezado debe nombrar {expected}.</translation>
    </message>
    <message>
        <source>Line {line}, column {column} ({name})</source>
        <translation>Línea {line}, columna {column} ({name})</translation>
    </message>
    <message>
        <source>{where}: the field is empty; every point needs a number here.</source>
        <translation>{where}: el campo está vacío; cada punto necesita un número aquí.</translation>
    </message>
    <message>
        <source>{where}: {text} is too large to be a number here.</source>
        <translation>{where}: {text} es demasiado grande para ser un número aquí.</translation>
    </message>
    <message>
        <source>{where}: {text} is not a finite number; every point needs a real value.</source>
        <translation>{where}: {text} no es un número finito; cada punto necesita un valor real.</translation>
    </message>
    <message>
        <source>{where}: {text} is not a number.</source>
        <translation>{where}: {text} no es un número.</translation>
    </message>
    <message>
        <source>Line {line}, column {column} ({name}): {text} is too large; at most ±{limit}.</source>
        <translation>Línea {line}, columna {column} ({name}): {text} es demasiado grande; como máximo ±{limit}.</translation>
    </message>
    <message>
        <source>The file starts as UTF-16 text but breaks off inside a character (byte {byte}); save it again as CSV UTF-8.</source>
        <translation>El archivo empieza como texto UTF-16 pero se corta en medio de un carácter (byte {byte}); guárdalo de nuevo como CSV UTF-8.</translation>
    </message>
    <message>
        <source>Line {line} is not UTF-8 text (byte 0x{byte} cannot be read): save the file as CSV UTF-8, or as plain numbers.</source>
        <translation>La línea {line} no es texto UTF-8 (el byte 0x{byte} no se puede leer): guarda el archivo como CSV UTF-8 o como números sin más.</translation>
    </message>
</context>
<context>
    <name>csv_reading</name>
    <message>
        <source>Reading {file} was interrupted.</source>
        <translation>Se interrumpió la lectura de {file}.</translation>
    </message>
</context>
<context>
    <name>data_controller</name>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation><numerusform>%n punto</numerusform><numerusform>%n puntos</numerusform></translation>
    </message>
    <message>
        <source>&amp;Import Data from CSV…</source>
        <translation>&amp;Importar datos de CSV…</translation>
    </message>
    <message>
        <source>Read points from a CSV file as your own points</source>
        <translation>Lee puntos de un archivo CSV como tus propios puntos</translation>
    </message>
    <message>
        <source>&amp;Data as CSV…</source>
        <translation>&amp;Datos como CSV…</translation>
    </message>
    <message>
        <source>switch to {dataset} data</source>
        <translation>cambiar a los datos {dataset}</translation>
    </message>
    <message>
        <source>Showing the {dataset} data. Your own points are kept: Ctrl+Z or the My points tile brings them back.</source>
        <translation>Se muestran los datos {dataset}. Tus propios puntos se conservan: Ctrl+Z o el mosaico Mis puntos los recupera.</translation>
    </message>
    <message>
        <source>switch to my points</source>
        <translation>cambiar a mis puntos</translation>
    </message>
    <message>
        <source>these</source>
        <translation>estos</translation>
    </message>
    <message>
        <source>Paint on which points?</source>
        <translation>¿Sobre qué puntos pintar?</translation>
    </message>
    <message>
        <source>You have {points} of your own from before. Paint on them, or on a copy of the {dataset} points on show?</source>
        <translation>Tienes {points} propios de antes. ¿Pintas sobre ellos o sobre una copia de los puntos {dataset} que se muestran?</translation>
    </message>
    <message>
        <source>My points</source>
        <translation>Mis puntos</translation>
    </message>
    <message>
        <source>Copy of {dataset}</source>
        <translation>Copia de {dataset}</translation>
    </message>
    <message>
        <source>paint on a copy of {dataset} data</source>
        <translation>pintar sobre una copia de los datos {dataset}</translation>
    </message>
    <message>
        <source>Painting on a copy of the {dataset} points: Clear empties the canvas, Ctrl+Z goes back.</source>
        <translation>Pintando sobre una copia de los puntos {dataset}: Borrar vacía el lienzo, Ctrl+Z vuelve atrás.</translation>
    </message>
    <message>
        <source>There are no points of your own to clear.</source>
        <translation>No hay puntos propios que borrar.</translation>
    </message>
    <message>
        <source>clear {points}</source>
        <translation>borrar {points}</translation>
    </message>
    <message>
        <source>The data is locked in this lesson.</source>
        <translation>Los datos están bloqueados en esta lección.</translation>
    </message>
    <message>
        <source>Import data from CSV</source>
        <translation>Importar datos de CSV</translation>
    </message>
    <message>
        <source>Cannot import {file}</source>
        <translation>No se puede importar {file}</translation>
    </message>
    <message>
        <source>{problem}

Nothing was imported; your data is as it was.</source>
        <translation>{problem}

No se ha importado nada; tus datos están como estaban.</translation>
    </message>
    <message>
        <source>import {points}</source>
        <translation>importar {points}</translation>
    </message>
    <message>
        <source>Imported {points} from {file}.</source>
        <translation>Importados {points} de {file}.</translation>
    </message>
    <message>
        <source>Imported {points} from {file}. They were {fit}.</source>
        <translation>Importados {points} de {file}: {fit}.</translation>
    </message>
    <message>
        <source>Points outside the view</source>
        <translation>Puntos fuera de la vista</translation>
    </message>
    <message>
        <source>The points of {file} reach outside the view, which shows −6 to 6 on both axes.</source>
        <translation>Los puntos de {file} salen de la vista, que muestra de −6 a 6 en ambos ejes.</translation>
    </message>
    <message>
        <source>x₁ runs from {x1_low} to {x1_high}, x₂ from {x2_low} to {x2_high}.

Fit them into the view? Both axes are scaled alike (shapes stay as they are) and centred within ±{half_width}; the scaling is remembered and shown under the data controls.</source>
        <translation>x₁ va de {x1_low} a {x1_high}, x₂ de {x2_low} a {x2_high}.

¿Ajustarlos a la vista? Ambos ejes se escalan igual (las formas no cambian) y se centran dentro de ±{half_width}; el escalado se recuerda y se muestra bajo los controles de datos.</translation>
    </message>
    <message>
        <source>Fit into the view</source>
        <translation>Ajustar a la vista</translation>
    </message>
    <message>
        <source>Import as they are</source>
        <translation>Importar tal cual</translation>
    </message>
    <message>
        <source>Points beyond ±{limit} must be fitted.</source>
        <translation>Los puntos más allá de ±{limit} deben ajustarse.</translation>
    </message>
    <message>
        <source>Points outside −6 to 6 are trained on but not drawn.</source>
        <translation>Los puntos fuera de −6 a 6 se usan para entrenar pero no se dibujan.</translation>
    </message>
    <message>
        <source>Cannot export the data</source>
        <translation>No se pueden exportar los datos</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>Nada que exportar</translation>
    </message>
    <message>
        <source>There are no points yet: paint or import some.</source>
        <translation>Aún no hay puntos: pinta o importa algunos.</translation>
    </message>
    <message>
        <source>Export data as CSV</source>
        <translation>Exportar datos como CSV</translation>
    </message>
    <message>
        <source>Cannot export {file}</source>
        <translation>No se puede exportar {file}</translation>
    </message>
    <message>
        <source>Exported {points} to {file}.</source>
        <translation>Exportados {points} a {file}.</translation>
    </message>
    <message>
        <source>My points were {fit}.</source>
        <translation>Mis puntos: {fit}.</translation>
    </message>
</context>
<context>
    <name>data_panel</name>
    <message>
        <source>DATA</source>
        <translation>DATOS</translation>
    </message>
    <message>
        <source>Which dataset do you want to use?</source>
        <translation>¿Qué conjunto de datos quieres usar?</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Clases</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Regenerar</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Number of points</source>
        <translation>Número de puntos</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>Data seed</source>
        <translation>Semilla de los datos</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importar CSV…</translation>
    </message>
    <message>
        <source>Read points from a CSV file with columns x1, x2 and label (classes) or value (numbers); a header line is optional. They become your own points (undo with Ctrl+Z).</source>
        <translation>Lee puntos de un archivo CSV con columnas x1, x2 y label (clases) o value (números); la línea de encabezado es opcional. Se convierten en tus propios puntos (deshaz con Ctrl+Z).</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Write the points on show to a CSV file (x1, x2, label or value) that Import reads back exactly.</source>
        <translation>Escribe los puntos mostrados en un archivo CSV (x1, x2, label o value) que Importar vuelve a leer exactamente.</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) so far.</source>
        <translation><numerusform>%n punto hasta ahora.</numerusform><numerusform>%n puntos hasta ahora.</numerusform></translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;: {description}&lt;br&gt;{how}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;: {description}&lt;br&gt;{how}</translation>
    </message>
    <message>
        <source>Dataset {title}</source>
        <translation>Conjunto de datos {title}</translation>
    </message>
    <message>
        <source>My points ({task})</source>
        <translation>Mis puntos ({task})</translation>
    </message>
    <message>
        <source>Ratio of training to test data: &lt;b&gt;{percent} %&lt;/b&gt;</source>
        <translation>Proporción de datos de entrenamiento y prueba: &lt;b&gt;{percent} %&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Noise: &lt;b&gt;{noise}&lt;/b&gt;</source>
        <translation>Ruido: &lt;b&gt;{noise}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>data_texts</name>
    <message>
        <source>Circle</source>
        <translation>Círculo</translation>
    </message>
    <message>
        <source>Exclusive or</source>
        <translation>O exclusivo</translation>
    </message>
    <message>
        <source>Gaussian</source>
        <translation>Gaussiano</translation>
    </message>
    <message>
        <source>Spiral</source>
        <translation>Espiral</translation>
    </message>
    <message>
        <source>Moons</source>
        <translation>Lunas</translation>
    </message>
    <message>
        <source>Checkerboard</source>
        <translation>Tablero</translation>
    </message>
    <message>
        <source>Spiral arms</source>
        <translation>Brazos espirales</translation>
    </message>
    <message>
        <source>Blobs</source>
        <translation>Manchas</translation>
    </message>
    <message>
        <source>Rings</source>
        <translation>Anillos</translation>
    </message>
    <message>
        <source>Plane</source>
        <translation>Plano</translation>
    </message>
    <message>
        <source>Multi-Gaussian</source>
        <translation>Multigaussiano</translation>
    </message>
    <message>
        <source>Sine wave</source>
        <translation>Onda senoidal</translation>
    </message>
    <message>
        <source>A disc of one class inside a ring of the other.</source>
        <translation>Un disco de una clase dentro de un anillo de la otra.</translation>
    </message>
    <message>
        <source>Opposite quadrants share a class: the label is 1 when x and y have the same sign.</source>
        <translation>Los cuadrantes opuestos comparten clase: la etiqueta es 1 cuando x e y tienen el mismo signo.</translation>
    </message>
    <message>
        <source>Two Gaussian clusters, around (2, 2) and (-2, -2); noise widens them.</source>
        <translation>Dos grupos gaussianos, alrededor de (2, 2) y (-2, -2); el ruido los ensancha.</translation>
    </message>
    <message>
        <source>Two interleaved spiral arms, one per class.</source>
        <translation>Dos brazos espirales entrelazados, uno por clase.</translation>
    </message>
    <message>
        <source>Two interleaving half-moons, one per class.</source>
        <translation>Dos medias lunas entrelazadas, una por clase.</translation>
    </message>
    <message>
        <source>A 4 x 4 checkerboard of alternating classes, a bigger xor.</source>
        <translation>Un tablero de 4 x 4 con clases alternas, un xor más grande.</translation>
    </message>
    <message>
        <source>Several interleaved spiral arms, one class per arm.</source>
        <translation>Varios brazos espirales entrelazados, una clase por brazo.</translation>
    </message>
    <message>
        <source>Gaussian blobs evenly spaced on a circle, one class per blob.</source>
        <translation>Manchas gaussianas repartidas por igual en un círculo, una clase por mancha.</translation>
    </message>
    <message>
        <source>Concentric rings, one class per ring.</source>
        <translation>Anillos concéntricos, una clase por anillo.</translation>
    </message>
    <message>
        <source>A tilted plane: the value rises linearly towards the top right, (x + y) / 10.</source>
        <translation>Un plano inclinado: el valor sube linealmente hacia arriba a la derecha, (x + y) / 10.</translation>
    </message>
    <message>
        <source>Six bumps, alternately positive and negative, on two rows.</source>
        <translation>Seis bultos, alternativamente positivos y negativos, en dos filas.</translation>
    </message>
    <message>
        <source>A sine wave along x1: the value is sin(x1) and ignores x2.</source>
        <translation>Una onda senoidal a lo largo de x1: el valor es sin(x1) y no tiene en cuenta x2.</translation>
    </message>
    <message>
        <source>How many classes (colours) the data has, from 2 to 8. Changing it starts again with fresh weights.</source>
        <translation>Cuántas clases (colores) tienen los datos, de 2 a 8. Cambiarlo empieza de nuevo con pesos nuevos.</translation>
    </message>
    <message>
        <source>My points</source>
        <translation>Mis puntos</translation>
    </message>
    <message>
        <source>&lt;b&gt;My points&lt;/b&gt;: your own data. Turn on &lt;i&gt;Paint&lt;/i&gt; above the output to add points with the mouse, or import a CSV file. They are kept when you try a generator, and saved in the project.</source>
        <translation>&lt;b&gt;Mis puntos&lt;/b&gt;: tus propios datos. Activa &lt;i&gt;Pintar&lt;/i&gt; encima de la salida para añadir puntos con el ratón, o importa un archivo CSV. Se conservan cuando pruebas un generador y se guardan en el proyecto.</translation>
    </message>
    <message>
        <source>How many points the generator draws, training and test together. Starts again.</source>
        <translation>Cuántos puntos genera el generador, entre entrenamiento y prueba. Empieza de nuevo.</translation>
    </message>
    <message>
        <source>Which random draw of the data: the same seed always gives the same points. Regenerate picks a new one. Starts again.</source>
        <translation>Qué extracción aleatoria de los datos: la misma semilla siempre da los mismos puntos. Regenerar elige una nueva. Empieza de nuevo.</translation>
    </message>
    <message>
        <source>For generated data only; your own points keep where you put them.</source>
        <translation>Solo para datos generados; tus propios puntos se quedan donde los pusiste.</translation>
    </message>
    <message>
        <source>classification</source>
        <translation>clasificación</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>regresión</translation>
    </message>
    <message>
        <source>Draw the same dataset again with a new random seed; noise, point count and ratio stay as they are. Starts again.</source>
        <translation>Vuelve a generar el mismo conjunto de datos con una semilla aleatoria nueva; el ruido, el número de puntos y la proporción no cambian. Empieza de nuevo.</translation>
    </message>
</context>
<context>
    <name>datasets</name>
    <message>
        <source>seed must be a non-negative integer, got {value}</source>
        <translation>la semilla debe ser un entero no negativo; se recibió {value}</translation>
    </message>
    <message>
        <source>dataset: unknown name {name}; choose one of {choices}</source>
        <translation>conjunto de datos: nombre desconocido {name}; elige uno de {choices}</translation>
    </message>
    <message>
        <source>classes must be an integer from {low} to {high} for {dataset}, got {value}</source>
        <translation>las clases deben ser un entero de {low} a {high} para {dataset}; se recibió {value}</translation>
    </message>
    <message>
        <source>classes cannot be set for {dataset} (it is a regression dataset)</source>
        <translation>no se pueden fijar clases para {dataset} (es un conjunto de datos de regresión)</translation>
    </message>
    <message>
        <source>classes cannot be set for {dataset} (it has {classes} classes)</source>
        <translation>no se pueden fijar clases para {dataset} (tiene {classes} clases)</translation>
    </message>
    <message>
        <source>n_points must be an integer from {low} to {high}, got {value}</source>
        <translation>n_points debe ser un entero de {low} a {high}; se recibió {value}</translation>
    </message>
    <message>
        <source>noise must be between 0 and {high}, got {value}</source>
        <translation>el ruido debe estar entre 0 y {high}; se recibió {value}</translation>
    </message>
    <message>
        <source>n_points must be at least the number of classes ({classes}) for {dataset}, got {value}</source>
        <translation>n_points debe ser al menos el número de clases ({classes}) para {dataset}; se recibió {value}</translation>
    </message>
    <message>
        <source>X must be a numeric array of shape (n, 2)</source>
        <translation>X debe ser una matriz numérica de forma (n, 2)</translation>
    </message>
    <message>
        <source>X must be a numeric array of shape (n, 2), got shape {shape}</source>
        <translation>X debe ser una matriz numérica de forma (n, 2); se recibió la forma {shape}</translation>
    </message>
    <message>
        <source>y must be a 1-D array with one value per row of X ({rows}), got shape {shape}</source>
        <translation>y debe ser una matriz 1-D con un valor por fila de X ({rows}); se recibió la forma {shape}</translation>
    </message>
    <message>
        <source>X must have at least {low} rows to split, got {value}</source>
        <translation>X debe tener al menos {low} filas para dividirla; se recibió {value}</translation>
    </message>
    <message>
        <source>train_ratio must be between {low} and {high}, got {value}</source>
        <translation>train_ratio debe estar entre {low} y {high}; se recibió {value}</translation>
    </message>
</context>
<context>
    <name>drag_drop</name>
    <message>
        <source>Not added: {reason}</source>
        <translation>No añadido: {reason}</translation>
    </message>
    <message>
        <source>the network already has the maximum of {most} hidden layers.</source>
        <translation>la red ya tiene el máximo de {most} capas ocultas.</translation>
    </message>
    <message>
        <source>Insert hidden layer {layer} here</source>
        <translation>Insertar aquí la capa oculta {layer}</translation>
    </message>
    <message>
        <source>there is no hidden layer yet; drag “{part}” in first.</source>
        <translation>aún no hay ninguna capa oculta; arrastra primero «{part}».</translation>
    </message>
    <message>
        <source>drop the neuron onto a hidden layer.</source>
        <translation>suelta la neurona sobre una capa oculta.</translation>
    </message>
    <message>
        <source>layer {layer} already has the maximum of {most} neurons.</source>
        <translation>la capa {layer} ya tiene el máximo de {most} neuronas.</translation>
    </message>
    <message>
        <source>Add a neuron to layer {layer}</source>
        <translation>Añadir una neurona a la capa {layer}</translation>
    </message>
    <message>
        <source>Drag “{part}” onto the network: between two layers.</source>
        <translation>Arrastra «{part}» sobre la red: entre dos capas.</translation>
    </message>
    <message>
        <source>Drag “{part}” onto the network: onto a hidden layer.</source>
        <translation>Arrastra «{part}» sobre la red: sobre una capa oculta.</translation>
    </message>
    <message>
        <source>The network is not ready yet.</source>
        <translation>La red aún no está lista.</translation>
    </message>
    <message>
        <source>{part}: drop it on the network</source>
        <translation>{part}: suéltalo sobre la red</translation>
    </message>
    <message>
        <source>Editing the network is locked in this lesson</source>
        <translation>Editar la red está bloqueado en esta lección</translation>
    </message>
</context>
<context>
    <name>dropout</name>
    <message>
        <source>{field} must be a number from 0 to {high}; got {value}</source>
        <translation>{field} debe ser un número de 0 a {high}; se recibió {value}</translation>
    </message>
</context>
<context>
    <name>edit_commands</name>
    <message>
        <source>neuron {unit} of layer {layer}</source>
        <translation>neurona {unit} de la capa {layer}</translation>
    </message>
    <message>
        <source>output {unit} ({class_name})</source>
        <translation>salida {unit} ({class_name})</translation>
    </message>
    <message>
        <source>the output</source>
        <translation>la salida</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Cannot undo {edit}</source>
        <translation>No se puede deshacer {edit}</translation>
    </message>
    <message>
        <source>the network changed shape before this edit arrived; try again</source>
        <translation>la red cambió de forma antes de que llegara esta edición; inténtalo de nuevo</translation>
    </message>
    <message>
        <source>the network has another shape now</source>
        <translation>la red tiene ahora otra forma</translation>
    </message>
    <message>
        <source>neuron {unit} is the last of layer {layer}</source>
        <translation>la neurona {unit} es la última de la capa {layer}</translation>
    </message>
    <message>
        <source>add neuron to layer {layer}</source>
        <translation>añadir neurona a la capa {layer}</translation>
    </message>
    <message>
        <source>remove neuron {unit} from layer {layer}</source>
        <translation>quitar la neurona {unit} de la capa {layer}</translation>
    </message>
    <message>
        <source>add hidden layer {layer}</source>
        <translation>añadir la capa oculta {layer}</translation>
    </message>
    <message>
        <source>insert hidden layer {layer}</source>
        <translation>insertar la capa oculta {layer}</translation>
    </message>
    <message>
        <source>remove hidden layer {layer}</source>
        <translation>quitar la capa oculta {layer}</translation>
    </message>
    <message>
        <source>set layer {layer} to {activation}</source>
        <translation>poner la capa {layer} en {activation}</translation>
    </message>
    <message>
        <source>set dropout of layer {layer} to {rate}</source>
        <translation>poner el dropout de la capa {layer} en {rate}</translation>
    </message>
    <message>
        <source>switch dropout of layer {layer} off</source>
        <translation>desactivar el dropout de la capa {layer}</translation>
    </message>
    <message>
        <source>switch {feature} on</source>
        <translation>activar {feature}</translation>
    </message>
    <message>
        <source>switch {feature} off</source>
        <translation>desactivar {feature}</translation>
    </message>
    <message>
        <source>enable link {link}</source>
        <translation>activar la conexión {link}</translation>
    </message>
    <message>
        <source>disable link {link}</source>
        <translation>desactivar la conexión {link}</translation>
    </message>
    <message>
        <source>set weight {link} to {value}</source>
        <translation>poner el peso {link} en {value}</translation>
    </message>
    <message>
        <source>set bias of {neuron} to {value}</source>
        <translation>poner el sesgo de {neuron} en {value}</translation>
    </message>
</context>
<context>
    <name>edits</name>
    <message>
        <source>hidden layer must be from 0 to {high}; got {value}</source>
        <translation>la capa oculta debe estar entre 0 y {high}; se recibió {value}</translation>
    </message>
    <message>
        <source>the network has no hidden layers</source>
        <translation>la red no tiene capas ocultas</translation>
    </message>
    <message>
        <source>start must be 'identity' or 'random'; got {value}</source>
        <translation>start debe ser 'identity' o 'random'; se recibió {value}</translation>
    </message>
    <message>
        <source>the network already has the maximum of {count} hidden layers</source>
        <translation>la red ya tiene el máximo de {count} capas ocultas</translation>
    </message>
    <message>
        <source>layer index must be from 0 to {high}; got {value}</source>
        <translation>el índice de capa debe estar entre 0 y {high}; se recibió {value}</translation>
    </message>
    <message>
        <source>hidden layer {layer} already has the maximum of {count} neurons</source>
        <translation>la capa oculta {layer} ya tiene el máximo de {count} neuronas</translation>
    </message>
    <message>
        <source>neuron must be from 0 to {high} in hidden layer {layer}; got {value}</source>
        <translation>la neurona debe estar entre 0 y {high} en la capa oculta {layer}; se recibió {value}</translation>
    </message>
    <message>
        <source>feature must be one of {choices}; got {value}</source>
        <translation>la característica debe ser una de {choices}; se recibió {value}</translation>
    </message>
    <message>
        <source>at least one input feature must stay on</source>
        <translation>al menos una característica de entrada debe seguir activada</translation>
    </message>
</context>
<context>
    <name>exports</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>Imagen SVG (*.svg)</translation>
    </message>
    <message>
        <source>Decision boundary as &amp;PNG…</source>
        <translation>Frontera de decisión como &amp;PNG…</translation>
    </message>
    <message>
        <source>Decision boundary as &amp;SVG…</source>
        <translation>Frontera de decisión como &amp;SVG…</translation>
    </message>
    <message>
        <source>&amp;Network diagram as PNG…</source>
        <translation>Diagrama de la &amp;red como PNG…</translation>
    </message>
    <message>
        <source>Network diagram as S&amp;VG…</source>
        <translation>Diagrama de la red como S&amp;VG…</translation>
    </message>
    <message>
        <source>&amp;Loss history as CSV…</source>
        <translation>&amp;Historial de pérdida como CSV…</translation>
    </message>
    <message>
        <source>&amp;Weights as JSON…</source>
        <translation>&amp;Pesos como JSON…</translation>
    </message>
    <message>
        <source>Animated &amp;GIF of training…</source>
        <translation>&amp;GIF animado del entrenamiento…</translation>
    </message>
    <message>
        <source>Cannot export {name}</source>
        <translation>No se puede exportar {name}</translation>
    </message>
    <message>
        <source>Exported {path}</source>
        <translation>Exportado {path}</translation>
    </message>
    <message>
        <source>Export the decision boundary</source>
        <translation>Exportar la frontera de decisión</translation>
    </message>
    <message>
        <source>{name} boundary</source>
        <translation>{name} frontera</translation>
    </message>
    <message>
        <source>Export the network diagram</source>
        <translation>Exportar el diagrama de la red</translation>
    </message>
    <message>
        <source>{name} network</source>
        <translation>{name} red</translation>
    </message>
    <message>
        <source>the picture could not be written</source>
        <translation>no se pudo escribir la imagen</translation>
    </message>
    <message>
        <source>Export the loss history</source>
        <translation>Exportar el historial de pérdida</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Tabla CSV (*.csv)</translation>
    </message>
    <message>
        <source>{name} loss</source>
        <translation>{name} pérdida</translation>
    </message>
    <message>
        <source>Export the weights</source>
        <translation>Exportar los pesos</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>{name} weights</source>
        <translation>{name} pesos</translation>
    </message>
    <message>
        <source>Animated GIF</source>
        <translation>GIF animado</translation>
    </message>
    <message>
        <source>Train a copy of this network for how many epochs?
(Your own work is not changed.)</source>
        <translation>¿Cuántas épocas entrenar una copia de esta red?
(Tu propio trabajo no cambia.)</translation>
    </message>
    <message>
        <source>Export an animated GIF</source>
        <translation>Exportar un GIF animado</translation>
    </message>
    <message>
        <source>GIF animation (*.gif)</source>
        <translation>Animación GIF (*.gif)</translation>
    </message>
    <message>
        <source>{name} training</source>
        <translation>{name} entrenamiento</translation>
    </message>
    <message>
        <source>Training a copy and drawing the frames…</source>
        <translation>Entrenando una copia y dibujando los fotogramas…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>file_actions</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>{title}: {message}</source>
        <translation>{title}: {message}</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save the changes to “{name}” first?</source>
        <translation>¿Guardar antes los cambios de «{name}»?</translation>
    </message>
    <message numerus="yes">
        <source>New playground. Your {count} own points are kept: the My points tile.</source>
        <translation><numerusform>Área de juego nueva. Se conserva tu {count} punto propio: el mosaico Mis puntos.</numerusform><numerusform>Área de juego nueva. Se conservan tus {count} puntos propios: el mosaico Mis puntos.</numerusform></translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Abrir proyecto</translation>
    </message>
    <message>
        <source>Still opening another file; {name} was not opened.</source>
        <translation>Todavía se está abriendo otro archivo; no se abrió {name}.</translation>
    </message>
    <message>
        <source>Cannot open {name}</source>
        <translation>No se puede abrir {name}</translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation>Abierto {name}</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>No se puede abrir el proyecto</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>Guardar proyecto</translation>
    </message>
    <message>
        <source>Cannot save {name}</source>
        <translation>No se puede guardar {name}</translation>
    </message>
    <message>
        <source>it was opened read-only; save a copy instead</source>
        <translation>se abrió como solo lectura; guarda una copia</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Guardado {path}</translation>
    </message>
    <message>
        <source>Autosave failed: {why}</source>
        <translation>Falló el guardado automático: {why}</translation>
    </message>
</context>
<context>
    <name>file_names</name>
    <message>
        <source>NN Playground projects ({pattern})</source>
        <translation>Proyectos de NN Playground ({pattern})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>NN Playground lessons ({pattern})</source>
        <translation>Lecciones de NN Playground ({pattern})</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
</context>
<context>
    <name>folder_action</name>
    <message>
        <source>Open &amp;class folder…</source>
        <translation>Abrir carpeta de &amp;clase…</translation>
    </message>
    <message>
        <source>See a folder of hand-ins as a gallery, one card per student</source>
        <translation>Ve una carpeta de entregas como galería, una tarjeta por estudiante</translation>
    </message>
    <message>
        <source>Open a class folder</source>
        <translation>Abrir una carpeta de clase</translation>
    </message>
</context>
<context>
    <name>gallery</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lección</translation>
    </message>
    <message>
        <source>Test accuracy, best first</source>
        <translation>Exactitud de prueba, mejor primero</translation>
    </message>
    <message>
        <source>Train accuracy, best first</source>
        <translation>Exactitud de entrenamiento, mejor primero</translation>
    </message>
    <message>
        <source>Test loss, lowest first</source>
        <translation>Pérdida de prueba, menor primero</translation>
    </message>
    <message>
        <source>Train loss, lowest first</source>
        <translation>Pérdida de entrenamiento, menor primero</translation>
    </message>
    <message>
        <source>Epochs, most first</source>
        <translation>Épocas, más primero</translation>
    </message>
    <message>
        <source>Handed in, latest first</source>
        <translation>Entregado, más reciente primero</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Class: {folder}</source>
        <translation>Clase: {folder}</translation>
    </message>
    <message>
        <source>Hand-ins of the class</source>
        <translation>Entregas de la clase</translation>
    </message>
    <message>
        <source>Click a column's title to sort by it; again to reverse</source>
        <translation>Haz clic en el título de una columna para ordenar por ella; otra vez para invertir</translation>
    </message>
    <message>
        <source>Double-click a student's card, or press Enter, to open it</source>
        <translation>Haz doble clic en la tarjeta de un estudiante, o pulsa Enter, para abrirla</translation>
    </message>
    <message>
        <source>Reading {folder}…</source>
        <translation>Leyendo {folder}…</translation>
    </message>
    <message>
        <source>The cards' order (a click on a column's title sorts too)</source>
        <translation>El orden de las tarjetas (un clic en el título de una columna también ordena)</translation>
    </message>
    <message>
        <source>&amp;Sort by:</source>
        <translation>&amp;Ordenar por:</translation>
    </message>
    <message>
        <source>&amp;Open read-only</source>
        <translation>&amp;Abrir solo lectura</translation>
    </message>
    <message>
        <source>Open the chosen card's work; saving it asks for a new name</source>
        <translation>Abre el trabajo de la tarjeta elegida; al guardarlo pide un nombre nuevo</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Save the table as a CSV file for a grade book</source>
        <translation>Guarda la tabla como archivo CSV para un libro de notas</translation>
    </message>
    <message>
        <source>Close the gallery</source>
        <translation>Cerrar la galería</translation>
    </message>
    <message>
        <source>No hand-ins (.nnplay files) in {folder}.</source>
        <translation>No hay entregas (archivos .nnplay) en {folder}.</translation>
    </message>
    <message>
        <source>{hand_ins}, {others} (see their notes): reading {read} of {expected}… in {folder}.</source>
        <translation>{hand_ins}, {others} (mira sus notas): leyendo {read} de {expected}… en {folder}.</translation>
    </message>
    <message>
        <source>{hand_ins}, {others} (see their notes) in {folder}.</source>
        <translation>{hand_ins}, {others} (mira sus notas) en {folder}.</translation>
    </message>
    <message>
        <source>{hand_ins}: reading {read} of {expected}… in {folder}.</source>
        <translation>{hand_ins}: leyendo {read} de {expected}… en {folder}.</translation>
    </message>
    <message>
        <source>{hand_ins} in {folder}.</source>
        <translation>{hand_ins} en {folder}.</translation>
    </message>
    <message numerus="yes">
        <source>%n hand-in(s)</source>
        <translation><numerusform>%n entrega</numerusform><numerusform>%n entregas</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n other or damaged file(s)</source>
        <translation><numerusform>%n archivo distinto o dañado</numerusform><numerusform>%n archivos distintos o dañados</numerusform></translation>
    </message>
    <message>
        <source>{summary} ({why_short})</source>
        <translation>{summary} ({why_short})</translation>
    </message>
    <message>
        <source>Choose a student's card first.</source>
        <translation>Elige primero la tarjeta de un estudiante.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: {why}</source>
        <translation>{file} no se puede abrir: {why}</translation>
    </message>
    <message>
        <source>{student} (hand-in)</source>
        <translation>{student} (entrega)</translation>
    </message>
    <message>
        <source>class</source>
        <translation>clase</translation>
    </message>
    <message>
        <source>{class_name} grades</source>
        <translation>Notas de {class_name}</translation>
    </message>
    <message>
        <source>Export the class as CSV</source>
        <translation>Exportar la clase como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not save {file}: {problem}</source>
        <translation>No se pudo guardar {file}: {problem}</translation>
    </message>
    <message>
        <source>Saved the class as {file}</source>
        <translation>Clase guardada como {file}</translation>
    </message>
</context>
<context>
    <name>gradient_panel</name>
    <message>
        <source>‖∂L/∂W‖ / ‖W‖ of each layer: how fast its weights change for their size (the last batch's gradient, averaged over a few frames), against the training step, on a log scale. Each grid line down is 10× slower. The red dashed line is the output layer's ÷ 50: a layer below it learns too slowly to catch up, which matters while much is left to learn.</source>
        <translation>‖∂L/∂W‖ / ‖W‖ de cada capa: lo rápido que cambian sus pesos en relación con su tamaño (el gradiente del último lote, promediado en unos cuantos fotogramas), frente al paso de entrenamiento, en escala logarítmica. Cada línea de la cuadrícula hacia abajo es 10× más lenta. La línea roja discontinua es la de la capa de salida ÷ 50: una capa por debajo de ella aprende demasiado despacio para ponerse al día, lo que importa mientras queda mucho por aprender.</translation>
    </message>
    <message>
        <source>training step</source>
        <translation>paso de entrenamiento</translation>
    </message>
    <message>
        <source>Each layer's colour (h1 = the weights into hidden layer 1, out = into the output); the red dashed line: the output layer's ‖∂L/∂W‖ / ‖W‖ ÷ 50.</source>
        <translation>El color de cada capa (h1 = los pesos que entran en la capa oculta 1, out = en la salida); la línea roja discontinua: ‖∂L/∂W‖ / ‖W‖ de la capa de salida ÷ 50.</translation>
    </message>
    <message>
        <source>Which layer's weights the histograms show (the weights into that layer's neurons).</source>
        <translation>De qué capa muestran los pesos los histogramas (los pesos que entran en las neuronas de esa capa).</translation>
    </message>
    <message>
        <source>Weights w of this layer: how many have each value.</source>
        <translation>Pesos w de esta capa: cuántos tienen cada valor.</translation>
    </message>
    <message>
        <source>Gradients ∂L/∂w of this layer's weights (last batch): how many have each value. Look at the axis: for a vanishing layer they are all tiny.</source>
        <translation>Gradientes ∂L/∂w de los pesos de esta capa (último lote): cuántos tienen cada valor. Fíjate en el eje: en una capa con gradiente que se desvanece todos son diminutos.</translation>
    </message>
    <message>
        <source>Weights w</source>
        <translation>Pesos w</translation>
    </message>
    <message>
        <source>Gradients ∂L/∂w</source>
        <translation>Gradientes ∂L/∂w</translation>
    </message>
    <message>
        <source>± their typical size (root mean square)</source>
        <translation>± su tamaño típico (media cuadrática)</translation>
    </message>
    <message>
        <source>Close the gradient panel (G); the loss chart comes back</source>
        <translation>Cierra el panel de gradientes (G); vuelve la gráfica de pérdida</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>Gradientes</translation>
    </message>
    <message>
        <source>Histograms of</source>
        <translation>Histogramas de</translation>
    </message>
    <message>
        <source>out ÷ 50</source>
        <translation>out ÷ 50</translation>
    </message>
    <message>
        <source>{layer} ({rows}×{columns} weights)</source>
        <translation>{layer} ({rows}×{columns} pesos)</translation>
    </message>
    <message>
        <source>No gradient warning: no layer starves while much is left to learn, and no step is larger than the weights it changes. (Hover for the rule.)</source>
        <translation>Sin avisos de gradiente: ninguna capa se queda sin gradiente mientras queda mucho por aprender, y ningún paso es mayor que los pesos que cambia. (Pasa el ratón para ver la regla.)</translation>
    </message>
    <message>
        <source>Press play: each layer's gradient size appears here as the network trains.</source>
        <translation>Pulsa reproducir: el tamaño del gradiente de cada capa aparece aquí mientras la red entrena.</translation>
    </message>
    <message>
        <source>Weights w: ±{size}</source>
        <translation>Pesos w: ±{size}</translation>
    </message>
    <message>
        <source>Gradients ∂L/∂w: ±{size}</source>
        <translation>Gradientes ∂L/∂w: ±{size}</translation>
    </message>
</context>
<context>
    <name>gradient_slot</name>
    <message>
        <source>&amp;Gradients</source>
        <translation>&amp;Gradientes</translation>
    </message>
    <message>
        <source>Show each layer's gradient size over time, warnings for vanishing or exploding gradients, and histograms of weights and gradients, in the loss chart's place (G)</source>
        <translation>Muestra el tamaño del gradiente de cada capa a lo largo del tiempo, avisos de desvanecimiento o explosión del gradiente, e histogramas de pesos y gradientes, en lugar de la gráfica de pérdida (G)</translation>
    </message>
</context>
<context>
    <name>gradient_stats</name>
    <message>
        <source>output layer</source>
        <translation>capa de salida</translation>
    </message>
    <message>
        <source>hidden layer {number}</source>
        <translation>capa oculta {number}</translation>
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
        <translation>Tu nombre va en el archivo junto con tu red, sus resultados (épocas, pérdida y exactitud) y una pequeña imagen de su frontera de decisión, para que tu docente sepa de quién es el trabajo. Este ordenador lo recuerda para tu próxima entrega.</translation>
    </message>
    <message>
        <source>Hand in your work</source>
        <translation>Entrega tu trabajo</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Tu &amp;nombre:</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Nombre y apellidos</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Tu nombre</translation>
    </message>
    <message>
        <source>Your name as your teacher knows it (at most {characters})</source>
        <translation>Tu nombre tal como lo conoce tu docente (como máximo {characters})</translation>
    </message>
    <message>
        <source>Continue…</source>
        <translation>Continuar…</translation>
    </message>
    <message>
        <source>Choose where to save the hand-in file</source>
        <translation>Elige dónde guardar el archivo de entrega</translation>
    </message>
    <message>
        <source>Please type your name on one line (letters, not symbols).</source>
        <translation>Escribe tu nombre en una sola línea (letras, no símbolos).</translation>
    </message>
    <message>
        <source>&amp;Hand in…</source>
        <translation>&amp;Entregar…</translation>
    </message>
    <message>
        <source>Save your work for your teacher: with your name, its results and a picture</source>
        <translation>Guarda tu trabajo para tu docente: con tu nombre, sus resultados y una imagen</translation>
    </message>
    <message>
        <source>Hand in</source>
        <translation>Entregar</translation>
    </message>
    <message>
        <source>NN Playground hand-ins (*{suffix})</source>
        <translation>Entregas de NN Playground (*{suffix})</translation>
    </message>
    <message>
        <source>Cannot hand in {file}</source>
        <translation>No se puede entregar {file}</translation>
    </message>
    <message>
        <source>Handed in as {student}: {file}</source>
        <translation>Entregado como {student}: {file}</translation>
    </message>
</context>
<context>
    <name>handin</name>
    <message>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <source>must be one line without control characters; got {value}</source>
        <translation>debe ser una sola línea sin caracteres de control; se recibió {value}</translation>
    </message>
    <message>
        <source>must be one line; got {value}</source>
        <translation>debe ser una sola línea; se recibió {value}</translation>
    </message>
    <message>
        <source>says {said} epochs, but the network in the file was trained {epochs}</source>
        <translation>dice {said} épocas, pero la red del archivo se entrenó {epochs}</translation>
    </message>
    <message>
        <source>must be a UTC time such as 2026-12-04T22:10:05Z; got {value}</source>
        <translation>debe ser una hora UTC como 2026-12-04T22:10:05Z; se recibió {value}</translation>
    </message>
    <message>
        <source>is not a real date and time; got {value}</source>
        <translation>no es una fecha y hora reales; se recibió {value}</translation>
    </message>
    <message>
        <source>must be a finite number or null; got {value}</source>
        <translation>debe ser un número finito o null; se recibió {value}</translation>
    </message>
    <message>
        <source>must be from 0 to {high}; got {value}</source>
        <translation>debe estar entre 0 y {high}; se recibió {value}</translation>
    </message>
    <message>
        <source>must be a PNG picture as base64 text; got {value}</source>
        <translation>debe ser una imagen PNG como texto base64; se recibió {value}</translation>
    </message>
    <message>
        <source>is {length} characters long; a thumbnail is at most {limit}</source>
        <translation>tiene {length} caracteres; una miniatura tiene como máximo {limit}</translation>
    </message>
    <message>
        <source>is not base64 text; it starts {start}</source>
        <translation>no es texto base64; empieza por {start}</translation>
    </message>
    <message>
        <source>is not a PNG picture</source>
        <translation>no es una imagen PNG</translation>
    </message>
    <message>
        <source>is {width}×{height} pixels; at most {limit} on each side</source>
        <translation>mide {width}×{height} píxeles; como máximo {limit} por lado</translation>
    </message>
    <message>
        <source>is a damaged PNG picture</source>
        <translation>es una imagen PNG dañada</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <source>Top bar</source>
        <translation>Barra superior</translation>
    </message>
    <message>
        <source>Play (Space) trains and pauses; Step by step (W) walks backpropagation through one point. The boxes set how the network learns.</source>
        <translation>Reproducir (Space) entrena y pausa; Paso a paso (W) recorre la retropropagación con un punto. Las casillas fijan cómo aprende la red.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Pick a data set, its number of points and its noise; or paint your own points (P).</source>
        <translation>Elige un conjunto de datos, su número de puntos y su ruido; o pinta tus propios puntos (P).</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Inputs on the left, hidden layers, the output on the right; + and − add layers and neurons. Blue links are positive weights, orange negative, thicker ones stronger.</source>
        <translation>Entradas a la izquierda, capas ocultas, la salida a la derecha; + y − añaden capas y neuronas. Las conexiones azules son pesos positivos, las naranjas negativos; las más gruesas, más fuertes.</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>What the network predicts over the plane, with the data on top: each class in its colour and shape; training points filled, test points hollow (Show test data).</source>
        <translation>Lo que la red predice sobre el plano, con los datos encima: cada clase con su color y su forma; puntos de entrenamiento rellenos, puntos de prueba huecos (Mostrar datos de prueba).</translation>
    </message>
    <message>
        <source>Loss chart and timeline</source>
        <translation>Gráfica de pérdida y línea de tiempo</translation>
    </message>
    <message>
        <source>The loss over the epochs. Drag the timeline under it to rewind; Left steps back one epoch.</source>
        <translation>La pérdida a lo largo de las épocas. Arrastra la línea de tiempo de debajo para rebobinar; Left retrocede una época.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>(keys only)</source>
        <translation>(solo teclas)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Qué hacen</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menú</translation>
    </message>
    <message>
        <source>Every key of the window and what it does</source>
        <translation>Cada tecla de la ventana y lo que hace</translation>
    </message>
    <message>
        <source>Tab and Shift+Tab move between the controls; Space or Enter presses the one with the focus ring.</source>
        <translation>Tab y Shift+Tab se mueven entre los controles; Space o Enter pulsa el que tiene el anillo de foco.</translation>
    </message>
    <message>
        <source>About NN Playground</source>
        <translation>Acerca de NN Playground</translation>
    </message>
    <message>
        <source>Draw a network, pick or paint data, press play and watch backpropagation learn. Works offline.</source>
        <translation>Dibuja una red, elige o pinta datos, pulsa reproducir y mira cómo aprende la retropropagación. Funciona sin conexión.</translation>
    </message>
    <message>
        <source>Help › Quick start shows the window's parts; Help › Keyboard shortcuts lists the keys.</source>
        <translation>Ayuda › Inicio rápido muestra las partes de la ventana; Ayuda › Atajos de teclado lista las teclas.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the versions, e.g. into a bug report</source>
        <translation>Copia las versiones, por ejemplo en un informe de error</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Quick start</source>
        <translation>Inicio rápido</translation>
    </message>
    <message>
        <source>Picture of the window with its regions numbered</source>
        <translation>Imagen de la ventana con sus zonas numeradas</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;{number}. {title}&lt;/b&gt;&lt;br&gt;{text}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;{number}. {title}&lt;/b&gt;&lt;br&gt;{text}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What each region is for</source>
        <translation>Para qué sirve cada zona</translation>
    </message>
    <message>
        <source>&amp;Quick start</source>
        <translation>&amp;Inicio rápido</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About NN Playground</source>
        <translation>A&amp;cerca de NN Playground</translation>
    </message>
</context>
<context>
    <name>hover_tips</name>
    <message>
        <source>… ({count} more)</source>
        <translation>… ({count} más)</translation>
    </message>
    <message>
        <source>p(blue) = σ({sum})</source>
        <translation>p(azul) = σ({sum})</translation>
    </message>
    <message>
        <source>aᵢ: the outputs of layer {layer}</source>
        <translation>aᵢ: las salidas de la capa {layer}</translation>
    </message>
    <message>
        <source>Its map fills the output view. Click, then Delete, or drag it off the network, to remove it; double-click to edit its bias.</source>
        <translation>Su mapa llena la vista de salida. Haz clic y luego Delete, o arrástrala fuera de la red, para quitarla; doble clic para editar su sesgo.</translation>
    </message>
    <message>
        <source>Double-click to edit its bias.</source>
        <translation>Doble clic para editar su sesgo.</translation>
    </message>
    <message>
        <source>Link {link}: disabled (dashed)
Its weight stays 0 and it trains no more. Click to enable it.</source>
        <translation>Conexión {link}: desactivada (discontinua)
Su peso se queda en 0 y ya no entrena. Haz clic para activarla.</translation>
    </message>
    <message>
        <source>Link {link}
weight w = {weight}
last gradient ∂L/∂w = {gradient}
Click to disable it; double-click to type a weight.</source>
        <translation>Conexión {link}
peso w = {weight}
último gradiente ∂L/∂w = {gradient}
Haz clic para desactivarla; doble clic para escribir un peso.</translation>
    </message>
    <message>
        <source>Bias of {neuron}
b = {bias}
last gradient ∂L/∂b = {gradient}
Double-click to type a bias.</source>
        <translation>Sesgo de {neuron}
b = {bias}
último gradiente ∂L/∂b = {gradient}
Doble clic para escribir un sesgo.</translation>
    </message>
</context>
<context>
    <name>inert_text</name>
    <message>
        <source>&lt;p&gt;&lt;i&gt;These instructions cannot be shown: {reason}&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Estas instrucciones no se pueden mostrar: {reason}&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>language_menu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Show NN Playground in {language} (after a restart)</source>
        <translation>Mostrar NN Playground en {language} (tras reiniciar)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>NN Playground will be in {language} when it starts again. Restart now?</source>
        <translation>NN Playground estará en {language} cuando vuelva a arrancar. ¿Reiniciar ahora?</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Reiniciar ahora</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
</context>
<context>
    <name>layer_menu</name>
    <message>
        <source>Hidden layer {layer}: activation</source>
        <translation>Capa oculta {layer}: activación</translation>
    </message>
    <message>
        <source>{formula} — keeps every weight</source>
        <translation>{formula} — conserva todos los pesos</translation>
    </message>
    <message>
        <source>Add a neuron</source>
        <translation>Añadir una neurona</translation>
    </message>
    <message>
        <source>Remove this layer</source>
        <translation>Quitar esta capa</translation>
    </message>
    <message>
        <source>Insert a layer after this one, with random weights</source>
        <translation>Insertar una capa después de esta, con pesos aleatorios</translation>
    </message>
    <message>
        <source>A fresh layer as wide as this one, from random weights: the network starts learning what comes after this layer again. (The + button and the palette insert a layer that keeps what the network computes.)</source>
        <translation>Una capa nueva tan ancha como esta, con pesos aleatorios: la red vuelve a aprender lo que viene después de esta capa. (El botón + y la paleta insertan una capa que conserva lo que calcula la red.)</translation>
    </message>
    <message>
        <source>While training, each neuron of this layer is switched off for each training point with this probability, and the neurons kept are scaled up to make up for it (inverted dropout): the network cannot lean on any one neuron. Evaluation, the loss curve and the maps always use every neuron. Every weight is kept.</source>
        <translation>Durante el entrenamiento, cada neurona de esta capa se apaga para cada punto de entrenamiento con esta probabilidad, y las neuronas que quedan se escalan hacia arriba para compensarlo (dropout invertido): la red no puede apoyarse en ninguna neurona concreta. La evaluación, la curva de pérdida y los mapas siempre usan todas las neuronas. Se conservan todos los pesos.</translation>
    </message>
    <message>
        <source>Dropout: {rate}</source>
        <translation>Dropout: {rate}</translation>
    </message>
    <message>
        <source>Dropout: none</source>
        <translation>Dropout: ninguno</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>No dropout: every neuron trains on every point</source>
        <translation>Sin dropout: cada neurona entrena con cada punto</translation>
    </message>
</context>
<context>
    <name>lesson_locks</name>
    <message>
        <source>Locked by lesson ‘{title}’. Lessons › Leave lesson to play freely.</source>
        <translation>Bloqueado por la lección «{title}». Lecciones › Salir de la lección para jugar libremente.</translation>
    </message>
    <message>
        <source>Locked in this lesson. Lessons › Leave lesson to play freely.</source>
        <translation>Bloqueado en esta lección. Lecciones › Salir de la lección para jugar libremente.</translation>
    </message>
    <message numerus="yes">
        <source>Locked in this lesson: {controls} and %n more (greyed out).</source>
        <translation><numerusform>Bloqueado en esta lección: {controls} y %n más (en gris).</numerusform><numerusform>Bloqueados en esta lección: {controls} y %n más (en gris).</numerusform></translation>
    </message>
    <message>
        <source>Locked in this lesson: {controls}.</source>
        <translation>Bloqueado en esta lección: {controls}.</translation>
    </message>
</context>
<context>
    <name>lesson_panel</name>
    <message>
        <source>Play freely from here: every control unlocks, the data and the network stay as they are, and what you save is your own project (Ctrl+Shift+L). The teacher's password is asked for first</source>
        <translation>Juega libremente desde aquí: todos los controles se desbloquean, los datos y la red se quedan como están, y lo que guardes es tu propio proyecto (Ctrl+Shift+L). Antes se pide la contraseña del docente</translation>
    </message>
    <message>
        <source>Play freely from here: every control unlocks, the data and the network stay as they are, and what you save is your own project (Ctrl+Shift+L)</source>
        <translation>Juega libremente desde aquí: todos los controles se desbloquean, los datos y la red se quedan como están, y lo que guardes es tu propio proyecto (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>LESSON</source>
        <translation>LECCIÓN</translation>
    </message>
    <message>
        <source>Hide the instructions (Lessons → Show instructions brings them back). The lesson's locks stay: Leave lesson ends them.</source>
        <translation>Oculta las instrucciones (Lecciones → Mostrar instrucciones las recupera). Los bloqueos de la lección se mantienen: Salir de la lección los quita.</translation>
    </message>
    <message>
        <source>Start the lesson again</source>
        <translation>Empezar la lección de nuevo</translation>
    </message>
    <message>
        <source>Back to the lesson's starting point: its data, network and settings</source>
        <translation>Vuelve al punto de partida de la lección: sus datos, su red y sus ajustes</translation>
    </message>
    <message>
        <source>Leave lesson</source>
        <translation>Salir de la lección</translation>
    </message>
    <message>
        <source>Welcome to NN Playground</source>
        <translation>Te damos la bienvenida a NN Playground</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to NN Playground&lt;/h2&gt;&lt;p&gt;New here? Start with lesson 1. Or pick any lesson, paint your own data on an empty canvas, or play freely with the default playground.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Te damos la bienvenida a NN Playground&lt;/h2&gt;&lt;p&gt;¿Eres nuevo? Empieza con la lección 1. O elige cualquier lección, pinta tus propios datos en un lienzo vacío o juega libremente con el área de juego predeterminada.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Show this at start</source>
        <translation>Mostrar esto al inicio</translation>
    </message>
    <message>
        <source>Start with lesson 1</source>
        <translation>Empezar con la lección 1</translation>
    </message>
    <message>
        <source>Open chosen lesson</source>
        <translation>Abrir la lección elegida</translation>
    </message>
    <message>
        <source>Empty canvas for painting</source>
        <translation>Lienzo vacío para pintar</translation>
    </message>
    <message>
        <source>No points yet: paint your own on the output, with the default network (two hidden layers). No lesson, nothing locked.</source>
        <translation>Aún no hay puntos: pinta los tuyos sobre la salida, con la red predeterminada (dos capas ocultas). Sin lección, nada bloqueado.</translation>
    </message>
    <message>
        <source>Default playground</source>
        <translation>Área de juego predeterminada</translation>
    </message>
    <message>
        <source>TensorFlow Playground's start: Circle data and two hidden layers (4 and 2 neurons). No lesson, nothing locked.</source>
        <translation>El inicio de TensorFlow Playground: datos Círculo y dos capas ocultas (4 y 2 neuronas). Sin lección, nada bloqueado.</translation>
    </message>
    <message>
        <source>Start &amp;page…</source>
        <translation>&amp;Página de inicio…</translation>
    </message>
    <message>
        <source>Start this lesson &amp;again</source>
        <translation>Empezar esta lección de &amp;nuevo</translation>
    </message>
    <message>
        <source>&amp;Leave lesson</source>
        <translation>&amp;Salir de la lección</translation>
    </message>
    <message>
        <source>Show &amp;instructions</source>
        <translation>Mostrar &amp;instrucciones</translation>
    </message>
    <message>
        <source>Type it to leave the lesson.</source>
        <translation>Escríbela para salir de la lección.</translation>
    </message>
    <message>
        <source>Left the lesson ‘{title}’: every control is yours, the data and the network stay. File › Save keeps them as your own project.</source>
        <translation>Has salido de la lección «{title}»: todos los controles son tuyos, los datos y la red se quedan. Archivo › Guardar los conserva como tu propio proyecto.</translation>
    </message>
</context>
<context>
    <name>lesson_preview</name>
    <message>
        <source>&amp;Back to editing the lesson</source>
        <translation>&amp;Volver a editar la lección</translation>
    </message>
    <message>
        <source>End the preview: your work and the teacher dialog come back as they were</source>
        <translation>Termina la vista previa: tu trabajo y el diálogo del docente vuelven tal como estaban</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview: the lesson as students get it.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vista previa: la lección tal como la reciben los estudiantes.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Back to editing</source>
        <translation>Volver a editar</translation>
    </message>
    <message>
        <source>A preview is already showing.</source>
        <translation>Ya se está mostrando una vista previa.</translation>
    </message>
    <message>
        <source>Cannot preview: {error}</source>
        <translation>No se puede previsualizar: {error}</translation>
    </message>
    <message>
        <source>Cannot preview: the lesson did not open.</source>
        <translation>No se puede previsualizar: la lección no se abrió.</translation>
    </message>
    <message>
        <source>Preview: the lesson as students get it. Lessons › Back to editing the lesson ends it.</source>
        <translation>Vista previa: la lección tal como la reciben los estudiantes. Lecciones › Volver a editar la lección la termina.</translation>
    </message>
    <message>
        <source>Back to editing the lesson: your work is as it was.</source>
        <translation>De vuelta a editar la lección: tu trabajo está como estaba.</translation>
    </message>
</context>
<context>
    <name>lesson_texts</name>
    <message>
        <source>must be text or texts by language code; got {value}</source>
        <translation>debe ser un texto o textos por código de idioma; se recibió {value}</translation>
    </message>
    <message>
        <source>has no text in any language</source>
        <translation>no tiene texto en ningún idioma</translation>
    </message>
    <message>
        <source>has {count} languages; at most {limit}</source>
        <translation>tiene {count} idiomas; como máximo {limit}</translation>
    </message>
    <message>
        <source>{code} is not a language code (such as en, de or pt_BR)</source>
        <translation>{code} no es un código de idioma (como en, de o pt_BR)</translation>
    </message>
</context>
<context>
    <name>lock_password</name>
    <message>
        <source>must be {count} lowercase hexadecimal digits; got {value}</source>
        <translation>debe tener {count} dígitos hexadecimales en minúscula; se recibió {value}</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <source>at most {limit} characters</source>
        <translation>como máximo {limit} caracteres</translation>
    </message>
    <message>
        <source>must be from {low} to {high}; got {value}</source>
        <translation>debe estar entre {low} y {high}; se recibió {value}</translation>
    </message>
</context>
<context>
    <name>lock_password_dialog</name>
    <message>
        <source>The password stops students switching the lesson's locks off in the app: Leave lesson and Teacher mode ask for it. It does not stop someone who edits the lesson file by hand: they can remove the lesson, locks and all. The file keeps only a salted hash of the password, never the password itself.</source>
        <translation>La contraseña impide que los estudiantes desactiven los bloqueos de la lección en la aplicación: Salir de la lección y Modo docente la piden. No detiene a quien edita el archivo de la lección a mano: puede quitar la lección con bloqueos y todo. El archivo solo guarda un hash con sal de la contraseña, nunca la contraseña misma.</translation>
    </message>
    <message>
        <source>Password on the lesson's locks</source>
        <translation>Contraseña de los bloqueos de la lección</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Contraseña nueva</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Repite la contraseña</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Repítela</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Poner contraseña</translation>
    </message>
    <message>
        <source>Type a password, or Cancel to keep the lesson without one.</source>
        <translation>Escribe una contraseña, o Cancelar para dejar la lección sin ella.</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same one twice.</source>
        <translation>Las dos contraseñas no coinciden: escribe la misma dos veces.</translation>
    </message>
    <message>
        <source>This lesson's locks have a password</source>
        <translation>Los bloqueos de esta lección tienen contraseña</translation>
    </message>
    <message>
        <source>The teacher put a password on the locks of ‘{title}’. {ask}</source>
        <translation>El docente puso una contraseña a los bloqueos de «{title}». {ask}</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Wrong password: nothing changed. The locks stay on.</source>
        <translation>Contraseña incorrecta: no ha cambiado nada. Los bloqueos siguen activos.</translation>
    </message>
</context>
<context>
    <name>loss_chart</name>
    <message>
        <source>About: measured on {sampled} of the {total} points while the exact figures are computed (a moment on this much data).</source>
        <translation>Aproximado: medido en {sampled} de los {total} puntos mientras se calculan las cifras exactas (un momento con tantos datos).</translation>
    </message>
    <message>
        <source>Test loss</source>
        <translation>Pérdida de prueba</translation>
    </message>
    <message>
        <source>{whose}: test loss</source>
        <translation>{whose}: pérdida de prueba</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>Pérdida de entrenamiento</translation>
    </message>
    <message>
        <source>{whose}: training loss</source>
        <translation>{whose}: pérdida de entrenamiento</translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>Exactitud de prueba</translation>
    </message>
    <message>
        <source>{whose}: test accuracy</source>
        <translation>{whose}: exactitud de prueba</translation>
    </message>
    <message>
        <source>Training accuracy</source>
        <translation>Exactitud de entrenamiento</translation>
    </message>
    <message>
        <source>{whose}: training accuracy</source>
        <translation>{whose}: exactitud de entrenamiento</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>Escala log.</translation>
    </message>
    <message>
        <source>Show the loss on a logarithmic scale, where small losses and their changes stay visible.</source>
        <translation>Muestra la pérdida en escala logarítmica, donde las pérdidas pequeñas y sus cambios siguen viéndose.</translation>
    </message>
    <message>
        <source>epoch {epoch} · train {train} · test {test}</source>
        <translation>época {epoch} · entren. {train} · prueba {test}</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Época</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
</context>
<context>
    <name>loss_choice</name>
    <message>
        <source>choose the {loss} loss</source>
        <translation>elige la pérdida {loss}</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>An empty canvas: click or drag on the output to paint points (keys 1-8 pick the class). Then Training › Backprop, step by step (W) walks one point through.</source>
        <translation>Un lienzo vacío: haz clic o arrastra sobre la salida para pintar puntos (las teclas 1-8 eligen la clase). Luego Entrenamiento › Retropropagación paso a paso (W) recorre un punto.</translation>
    </message>
    <message>
        <source>NN Playground</source>
        <translation>NN Playground</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>Step by
step</source>
        <translation>Paso a
paso</translation>
    </message>
    <message>
        <source>Step by step</source>
        <translation>Paso a paso</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Play / Pause</source>
        <translation>&amp;Reproducir / Pausa</translation>
    </message>
    <message>
        <source>&amp;Step one epoch</source>
        <translation>Avanzar una é&amp;poca</translation>
    </message>
    <message>
        <source>&amp;Reset network</source>
        <translation>Re&amp;iniciar la red</translation>
    </message>
    <message>
        <source>Re&amp;generate data</source>
        <translation>Re&amp;generar datos</translation>
    </message>
    <message>
        <source>Show &amp;test data</source>
        <translation>Mostrar datos de &amp;prueba</translation>
    </message>
    <message>
        <source>&amp;Discretize output</source>
        <translation>&amp;Discretizar la salida</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Abrir carpeta de &amp;registro</translation>
    </message>
    <message>
        <source>Network diagram</source>
        <translation>Diagrama de la red</translation>
    </message>
    <message>
        <source>Output: the prediction over the plane</source>
        <translation>Salida: la predicción sobre el plano</translation>
    </message>
    <message>
        <source>Loss chart</source>
        <translation>Gráfica de pérdida</translation>
    </message>
    <message>
        <source>{rate} steps/s</source>
        <translation>{rate} pasos/s</translation>
    </message>
</context>
<context>
    <name>markup</name>
    <message>
        <source>the instructions hold more than {limit} tags and comments; split them into fewer paragraphs</source>
        <translation>las instrucciones contienen más de {limit} etiquetas y comentarios; divídelas en menos párrafos</translation>
    </message>
    <message>
        <source>the instructions hold more than {limit} elements (tags); split them into fewer paragraphs</source>
        <translation>las instrucciones contienen más de {limit} elementos (etiquetas); divídelas en menos párrafos</translation>
    </message>
    <message>
        <source>the instructions nest elements more than {limit} deep (&lt;{tag}&gt; inside {count} others)</source>
        <translation>las instrucciones anidan elementos a más de {limit} niveles (&lt;{tag}&gt; dentro de otros {count})</translation>
    </message>
    <message>
        <source>the instructions hold more than {limit} characters of text; shorten them</source>
        <translation>las instrucciones contienen más de {limit} caracteres de texto; acórtalas</translation>
    </message>
    <message>
        <source>the instructions hold more than {limit} images</source>
        <translation>las instrucciones contienen más de {limit} imágenes</translation>
    </message>
    <message>
        <source>image {number} is not valid base64 data</source>
        <translation>la imagen {number} no son datos base64 válidos</translation>
    </message>
    <message>
        <source>the images hold more than {limit} pixels in all; use fewer or smaller pictures</source>
        <translation>las imágenes suman más de {limit} píxeles; usa menos imágenes o más pequeñas</translation>
    </message>
    <message>
        <source>image {number} is larger than {limit} kB; use a smaller picture</source>
        <translation>la imagen {number} ocupa más de {limit} kB; usa una imagen más pequeña</translation>
    </message>
    <message>
        <source>image {number} is not a PNG or JPEG picture</source>
        <translation>la imagen {number} no es una imagen PNG ni JPEG</translation>
    </message>
    <message>
        <source>image {number} is a {kind} picture; only PNG and JPEG are shown</source>
        <translation>la imagen {number} es una imagen {kind}; solo se muestran PNG y JPEG</translation>
    </message>
    <message>
        <source>image {number} is {width} × {height} pixels; at most {limit} on a side</source>
        <translation>la imagen {number} mide {width} × {height} píxeles; como máximo {limit} por lado</translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Entrenamiento</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Lecciones</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
</context>
<context>
    <name>metrics_export</name>
    <message>
        <source>&amp;Metrics as CSV…</source>
        <translation>&amp;Métricas como CSV…</translation>
    </message>
    <message>
        <source>Metrics as &amp;JSON…</source>
        <translation>Métricas como &amp;JSON…</translation>
    </message>
    <message>
        <source>The confusion matrices with each class's precision, recall and F1, or R², RMSE and MAE for regression, of the training and test sets</source>
        <translation>Las matrices de confusión con la precisión, la exhaustividad y la F1 de cada clase, o R², RMSE y MAE en regresión, de los conjuntos de entrenamiento y de prueba</translation>
    </message>
    <message>
        <source>{project} metrics</source>
        <translation>{project} métricas</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Tabla CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export the metrics</source>
        <translation>Exportar las métricas</translation>
    </message>
    <message>
        <source>Cannot export {file}</source>
        <translation>No se puede exportar {file}</translation>
    </message>
    <message>
        <source>Exported {path}</source>
        <translation>Exportado {path}</translation>
    </message>
</context>
<context>
    <name>metrics_panel</name>
    <message>
        <source>&lt;b&gt;Training set&lt;/b&gt;: {share}</source>
        <translation>&lt;b&gt;Conjunto de entrenamiento&lt;/b&gt;: {share}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Test set&lt;/b&gt;: {share}</source>
        <translation>&lt;b&gt;Conjunto de prueba&lt;/b&gt;: {share}</translation>
    </message>
    <message>
        <source>Confusion matrix of the training set</source>
        <translation>Matriz de confusión del conjunto de entrenamiento</translation>
    </message>
    <message>
        <source>Confusion matrix of the test set</source>
        <translation>Matriz de confusión del conjunto de prueba</translation>
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
        <translation>Métricas</translation>
    </message>
    <message>
        <source>Row %</source>
        <translation>% por fila</translation>
    </message>
    <message>
        <source>Show each row of the matrices as shares of its class's points instead of counts</source>
        <translation>Muestra cada fila de las matrices como partes de los puntos de su clase en vez de recuentos</translation>
    </message>
    <message>
        <source>Clear marks</source>
        <translation>Quitar marcas</translation>
    </message>
    <message>
        <source>Take the marks off the points on the output plot</source>
        <translation>Quita las marcas de los puntos en la gráfica de salida</translation>
    </message>
    <message>
        <source>Close the metrics panel (M); the loss chart comes back</source>
        <translation>Cierra el panel de métricas (M); vuelve la gráfica de pérdida</translation>
    </message>
    <message>
        <source>Waiting for the network's predictions…</source>
        <translation>Esperando las predicciones de la red…</translation>
    </message>
    <message>
        <source>R², RMSE and MAE of the training and test sets</source>
        <translation>R², RMSE y MAE de los conjuntos de entrenamiento y de prueba</translation>
    </message>
    <message>
        <source>R²: the share of the targets' variance the network explains (1 is perfect, 0 no better than their mean, – when the targets do not vary); RMSE: the root mean squared error; MAE: the mean absolute error; – for an empty set.</source>
        <translation>R²: la parte de la varianza de los objetivos que explica la red (1 es perfecto, 0 no mejor que su media, – cuando los objetivos no varían); RMSE: la raíz del error cuadrático medio; MAE: el error absoluto medio; – para un conjunto vacío.</translation>
    </message>
    <message>
        <source>training</source>
        <translation>entrenamiento</translation>
    </message>
    <message>
        <source>test</source>
        <translation>prueba</translation>
    </message>
    <message>
        <source>Epoch {epoch}: prediction against truth; grey lines are the residuals.</source>
        <translation>Época {epoch}: predicción frente a valor real; las líneas grises son los residuos.</translation>
    </message>
    <message>
        <source>Epoch {epoch}. Rows: true class; columns: predicted. Click a cell to mark its points on the output plot.</source>
        <translation>Época {epoch}. Filas: clase real; columnas: predicha. Haz clic en una celda para marcar sus puntos en la gráfica de salida.</translation>
    </message>
    <message>
        <source>no points</source>
        <translation>sin puntos</translation>
    </message>
    <message>
        <source>{percent} % of {count} right</source>
        <translation>{percent} % de {count} bien</translation>
    </message>
    <message>
        <source>Predicted against true value, with the residuals</source>
        <translation>Valor predicho frente al real, con los residuos</translation>
    </message>
    <message>
        <source>Each point's predicted value against its true one: on the dashed diagonal the prediction is right; the grey line from a point to the diagonal is its residual. Filled blue: training points; orange rings: test points.</source>
        <translation>El valor predicho de cada punto frente al real: en la diagonal discontinua la predicción es correcta; la línea gris de un punto a la diagonal es su residuo. Azul relleno: puntos de entrenamiento; anillos naranjas: puntos de prueba.</translation>
    </message>
    <message>
        <source>true value</source>
        <translation>valor real</translation>
    </message>
    <message>
        <source>predicted</source>
        <translation>predicho</translation>
    </message>
</context>
<context>
    <name>metrics_slot</name>
    <message>
        <source>&amp;Metrics</source>
        <translation>&amp;Métricas</translation>
    </message>
    <message>
        <source>Show the confusion matrices of the training and test sets with each class's precision, recall and F1 (for regression: R², RMSE, MAE and predicted against true), in the loss chart's place (M)</source>
        <translation>Muestra las matrices de confusión de los conjuntos de entrenamiento y de prueba con la precisión, la exhaustividad y la F1 de cada clase (en regresión: R², RMSE, MAE y predicho frente a real), en lugar de la gráfica de pérdida (M)</translation>
    </message>
    <message numerus="yes">
        <source>Marked on the plot: %n training set point(s) of {true} predicted {predicted} ({verdict}).</source>
        <translation><numerusform>Marcado en la gráfica: %n punto de entrenamiento de {true} predicho {predicted} ({verdict}).</numerusform><numerusform>Marcados en la gráfica: %n puntos de entrenamiento de {true} predichos {predicted} ({verdict}).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Marked on the plot: %n test set point(s) of {true} predicted {predicted} ({verdict}).</source>
        <translation><numerusform>Marcado en la gráfica: %n punto de prueba de {true} predicho {predicted} ({verdict}).</numerusform><numerusform>Marcados en la gráfica: %n puntos de prueba de {true} predichos {predicted} ({verdict}).</numerusform></translation>
    </message>
    <message>
        <source>right</source>
        <translation>bien</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>mal</translation>
    </message>
</context>
<context>
    <name>network</name>
    <message>
        <source>params must have {count} layers for this spec; got {value}</source>
        <translation>params debe tener {count} capas para esta especificación; se recibió {value}</translation>
    </message>
    <message>
        <source>masks must have {count} layers; got {value}</source>
        <translation>masks debe tener {count} capas; se recibió {value}</translation>
    </message>
    <message>
        <source>masks[{layer}] must have shape {shape}; got {value}</source>
        <translation>masks[{layer}] debe tener la forma {shape}; se recibió {value}</translation>
    </message>
    <message>
        <source>init must be one of {choices}; got {value}</source>
        <translation>init debe ser uno de {choices}; se recibió {value}</translation>
    </message>
    <message>
        <source>network data must be a dict with spec and params</source>
        <translation>los datos de la red deben ser un dict con spec y params</translation>
    </message>
    <message>
        <source>network params must be a list of {W, b} per layer</source>
        <translation>los params de la red deben ser una lista de {W, b} por capa</translation>
    </message>
    <message>
        <source>network params[{layer}] must have W and b</source>
        <translation>los params[{layer}] de la red deben tener W y b</translation>
    </message>
    <message>
        <source>network masks must be a list of 0/1 arrays per layer</source>
        <translation>las masks de la red deben ser una lista de matrices de 0/1 por capa</translation>
    </message>
</context>
<context>
    <name>network_editor</name>
    <message>
        <source>neuron</source>
        <translation>neurona</translation>
    </message>
    <message>
        <source>Release to remove {neuron}</source>
        <translation>Suelta para quitar {neuron}</translation>
    </message>
    <message>
        <source>{neuron}: drag it off the network to remove it</source>
        <translation>{neuron}: arrástrala fuera de la red para quitarla</translation>
    </message>
    <message>
        <source>Drag the neuron off the network to remove it (or select it and press Delete).</source>
        <translation>Arrastra la neurona fuera de la red para quitarla (o selecciónala y pulsa Delete).</translation>
    </message>
    <message>
        <source>Selected {neuron}: Delete removes it; drag it off the network to remove it too.</source>
        <translation>{neuron} seleccionada: Delete la quita; arrastrarla fuera de la red también la quita.</translation>
    </message>
</context>
<context>
    <name>network_edits</name>
    <message>
        <source>Editing the network is locked in this lesson.</source>
        <translation>Editar la red está bloqueado en esta lección.</translation>
    </message>
    <message>
        <source>Weights are edited on one network: turn Compare off first.</source>
        <translation>Los pesos se editan en una sola red: desactiva primero Comparar.</translation>
    </message>
    <message>
        <source>Not added: layer {layer} already has the maximum of {most} neurons.</source>
        <translation>No añadido: la capa {layer} ya tiene el máximo de {most} neuronas.</translation>
    </message>
    <message>
        <source>Not added: the network already has the maximum of {most} hidden layers.</source>
        <translation>No añadido: la red ya tiene el máximo de {most} capas ocultas.</translation>
    </message>
    <message>
        <source>Not changed: at least one input feature must stay on.</source>
        <translation>Sin cambios: al menos una característica de entrada debe seguir activada.</translation>
    </message>
</context>
<context>
    <name>neuron_focus</name>
    <message>
        <source>Input {feature} over the plane</source>
        <translation>Entrada {feature} sobre el plano</translation>
    </message>
    <message>
        <source>{neuron}: its output over the plane</source>
        <translation>{neuron}: su salida sobre el plano</translation>
    </message>
</context>
<context>
    <name>neuron_tiles</name>
    <message>
        <source>FEATURES</source>
        <translation>CARACTERÍSTICAS</translation>
    </message>
    <message>
        <source>{feature} — click to switch this input on or off (starts training again)</source>
        <translation>{feature}: haz clic para activar o desactivar esta entrada (el entrenamiento empieza de nuevo)</translation>
    </message>
    <message>
        <source>{feature} — click to switch this input on or off (keeps what it has learned)</source>
        <translation>{feature}: haz clic para activar o desactivar esta entrada (conserva lo que ha aprendido)</translation>
    </message>
    <message>
        <source>Neuron {u} of hidden layer {layer}: its output over the plane (blue positive, orange negative)</source>
        <translation>Neurona {u} de la capa oculta {layer}: su salida sobre el plano (azul positivo, naranja negativo)</translation>
    </message>
    <message>
        <source>The output: (1 + ŷ)/2 over the plane, with ŷ = tanh(z) (blue near 1, orange near 0)</source>
        <translation>La salida: (1 + ŷ)/2 sobre el plano, con ŷ = tanh(z) (azul cerca de 1, naranja cerca de 0)</translation>
    </message>
    <message>
        <source>Output {u}: the probability of class {name} over the plane</source>
        <translation>Salida {u}: la probabilidad de la clase {name} sobre el plano</translation>
    </message>
    <message>
        <source>The output: the predicted value over the plane (blue high, orange low)</source>
        <translation>La salida: el valor predicho sobre el plano (azul alto, naranja bajo)</translation>
    </message>
    <message>
        <source>The output: the probability of blue over the plane</source>
        <translation>La salida: la probabilidad de azul sobre el plano</translation>
    </message>
</context>
<context>
    <name>number_editor</name>
    <message>
        <source>“{text}” is not a number; type one such as {one} or {other}</source>
        <translation>«{text}» no es un número; escribe uno como {one} o {other}</translation>
    </message>
    <message>
        <source>a weight must be a finite number, not infinity or NaN</source>
        <translation>un peso debe ser un número finito, no infinito ni NaN</translation>
    </message>
    <message>
        <source>a weight must be between {low} and {high}</source>
        <translation>un peso debe estar entre {low} y {high}</translation>
    </message>
    <message>
        <source>Type a number and press Enter; Esc cancels</source>
        <translation>Escribe un número y pulsa Enter; Esc cancela</translation>
    </message>
    <message>
        <source>This link is disabled: click it to enable it, then edit its weight.</source>
        <translation>Esta conexión está desactivada: haz clic en ella para activarla y luego edita su peso.</translation>
    </message>
    <message>
        <source>Weight {link}</source>
        <translation>Peso {link}</translation>
    </message>
    <message>
        <source>Bias of {neuron}</source>
        <translation>Sesgo de {neuron}</translation>
    </message>
</context>
<context>
    <name>opening</name>
    <message>
        <source>the file could not be read: {error}</source>
        <translation>no se pudo leer el archivo: {error}</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>Abriendo {name}…</translation>
    </message>
    <message>
        <source>opening was interrupted</source>
        <translation>se interrumpió la apertura</translation>
    </message>
</context>
<context>
    <name>optimizers</name>
    <message>
        <source>optimizer must be one of {choices}; got {value}</source>
        <translation>el optimizador debe ser uno de {choices}; se recibió {value}</translation>
    </message>
    <message>
        <source>optimizer {name}: bad options {options} ({error})</source>
        <translation>optimizador {name}: opciones incorrectas {options} ({error})</translation>
    </message>
</context>
<context>
    <name>output_view</name>
    <message>
        <source>Show test data</source>
        <translation>Mostrar datos de prueba</translation>
    </message>
    <message>
        <source>Also draw the test points (hollow shapes), which the network never trains on.</source>
        <translation>Dibuja también los puntos de prueba (formas huecas), con los que la red nunca entrena.</translation>
    </message>
    <message>
        <source>Discretize output</source>
        <translation>Discretizar la salida</translation>
    </message>
    <message>
        <source>Colour each place by the class the network picks, instead of shading by how sure it is.</source>
        <translation>Colorea cada lugar según la clase que elige la red, en vez de sombrearlo según lo segura que está.</translation>
    </message>
    <message>
        <source>&lt;span style='color:{orange}'&gt;■&lt;/span&gt; −1 &amp;nbsp;&lt;span style='color:#999'&gt;□&lt;/span&gt; 0 &amp;nbsp;&lt;span style='color:{blue}'&gt;■&lt;/span&gt; +1 &amp;nbsp; predicted value</source>
        <translation>&lt;span style='color:{orange}'&gt;■&lt;/span&gt; −1 &amp;nbsp;&lt;span style='color:#999'&gt;□&lt;/span&gt; 0 &amp;nbsp;&lt;span style='color:{blue}'&gt;■&lt;/span&gt; +1 &amp;nbsp; valor predicho</translation>
    </message>
</context>
<context>
    <name>paint_strokes</name>
    <message numerus="yes">
        <source>paint %n point(s)</source>
        <translation><numerusform>pintar %n punto</numerusform><numerusform>pintar %n puntos</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>erase %n point(s)</source>
        <translation><numerusform>borrar %n punto</numerusform><numerusform>borrar %n puntos</numerusform></translation>
    </message>
</context>
<context>
    <name>paint_tool</name>
    <message>
        <source>Click: add a point
Drag: spray points</source>
        <translation>Clic: añadir un punto
Arrastrar: rociar puntos</translation>
    </message>
    <message>
        <source>No points yet:
press ✎ Paint (P)
or import a CSV file</source>
        <translation>Aún no hay puntos:
pulsa ✎ Pintar (P)
o importa un archivo CSV</translation>
    </message>
    <message>
        <source>✎ Paint</source>
        <translation>✎ Pintar</translation>
    </message>
    <message>
        <source>Paint your own data on the output (key P): click to add a point, drag to spray. Starting from generated data paints on a copy of its points.</source>
        <translation>Pinta tus propios datos sobre la salida (tecla P): haz clic para añadir un punto, arrastra para rociar. Si partes de datos generados, pintas sobre una copia de sus puntos.</translation>
    </message>
    <message>
        <source>The value painted points carry, from −1 (orange) to +1 (blue).</source>
        <translation>El valor que llevan los puntos pintados, de −1 (naranja) a +1 (azul).</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>Pincel</translation>
    </message>
    <message>
        <source>Add points (key B): click for one, drag to spray.</source>
        <translation>Añade puntos (tecla B): clic para uno, arrastrar para rociar.</translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation>Goma</translation>
    </message>
    <message>
        <source>Remove the points under the circle as you drag (key E).</source>
        <translation>Quita los puntos bajo el círculo mientras arrastras (tecla E).</translation>
    </message>
    <message>
        <source>The brush and eraser radius, from 0.2 to 3 (the view is 12 wide).</source>
        <translation>El radio del pincel y de la goma, de 0.2 a 3 (la vista mide 12 de ancho).</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>How many points a drag sprays per unit it travels (a click always adds one).</source>
        <translation>Cuántos puntos rocía un arrastre por unidad recorrida (un clic siempre añade uno).</translation>
    </message>
    <message>
        <source>Density</source>
        <translation>Densidad</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Remove all your points (Ctrl+Z brings them back).</source>
        <translation>Quita todos tus puntos (Ctrl+Z los recupera).</translation>
    </message>
    <message>
        <source>Value {value}</source>
        <translation>Valor {value}</translation>
    </message>
    <message>
        <source>&amp;Paint Data</source>
        <translation>&amp;Pintar datos</translation>
    </message>
    <message>
        <source>&amp;Brush</source>
        <translation>&amp;Pincel</translation>
    </message>
    <message>
        <source>&amp;Eraser</source>
        <translation>&amp;Goma</translation>
    </message>
    <message>
        <source>&amp;Clear My Points</source>
        <translation>&amp;Borrar mis puntos</translation>
    </message>
    <message>
        <source>Paint class {number}</source>
        <translation>Pintar la clase {number}</translation>
    </message>
    <message>
        <source>Class {number} ({colour}) chosen: press P or ✎ Paint to paint it.</source>
        <translation>Clase {number} ({colour}) elegida: pulsa P o ✎ Pintar para pintarla.</translation>
    </message>
</context>
<context>
    <name>palette</name>
    <message>
        <source>Hidden layer</source>
        <translation>Capa oculta</translation>
    </message>
    <message>
        <source>Neuron</source>
        <translation>Neurona</translation>
    </message>
    <message>
        <source>Links: weights</source>
        <translation>Conexiones: pesos</translation>
    </message>
    <message>
        <source>Links show their weights: blue positive, orange negative, wider for larger values.</source>
        <translation>Las conexiones muestran sus pesos: azul positivo, naranja negativo, más anchas para valores mayores.</translation>
    </message>
    <message>
        <source>Links: gradients</source>
        <translation>Conexiones: gradientes</translation>
    </message>
    <message>
        <source>Links show the last gradient ∂L/∂w: wider where learning happens; blue where the step makes the weight larger, orange smaller.</source>
        <translation>Las conexiones muestran el último gradiente ∂L/∂w: más anchas donde ocurre el aprendizaje; azul donde el paso hace mayor el peso, naranja donde lo hace menor.</translation>
    </message>
    <message>
        <source>Links: plain</source>
        <translation>Conexiones: simples</translation>
    </message>
    <message>
        <source>Links are drawn plain, to see the network's structure.</source>
        <translation>Las conexiones se dibujan simples, para ver la estructura de la red.</translation>
    </message>
    <message>
        <source>Drag onto the network, between two layers, to insert a hidden layer there.</source>
        <translation>Arrastra sobre la red, entre dos capas, para insertar ahí una capa oculta.</translation>
    </message>
    <message>
        <source>Ctrl+Z undoes it.</source>
        <translation>Ctrl+Z lo deshace.</translation>
    </message>
    <message>
        <source>Drag onto a hidden layer to add a neuron to it. Nothing learned is lost: the new neuron starts with random incoming and zero outgoing weights. Ctrl+Z undoes it.</source>
        <translation>Arrastra sobre una capa oculta para añadirle una neurona. No se pierde nada de lo aprendido: la neurona nueva empieza con pesos de entrada aleatorios y pesos de salida cero. Ctrl+Z lo deshace.</translation>
    </message>
    <message>
        <source>What the links show: weights (colour by sign, width by size), the last gradients (where learning happens), or plain lines.</source>
        <translation>Lo que muestran las conexiones: pesos (color según el signo, grosor según el tamaño), los últimos gradientes (dónde ocurre el aprendizaje) o líneas simples.</translation>
    </message>
    <message>
        <source>Drag a part from here onto the network · click an input to switch it · click a link to disable or enable it · click a neuron, then Delete, or drag it off the network, to remove it · right-click a layer for its activation · hover a neuron to see its map and formula · double-click a link or a bias to type a number · Ctrl+Z undoes</source>
        <translation>Arrastra una pieza desde aquí sobre la red · haz clic en una entrada para cambiarla · haz clic en una conexión para desactivarla o activarla · haz clic en una neurona y luego Delete, o arrástrala fuera de la red, para quitarla · clic derecho en una capa para su activación · pasa el ratón sobre una neurona para ver su mapa y su fórmula · doble clic en una conexión o un sesgo para escribir un número · Ctrl+Z deshace</translation>
    </message>
</context>
<context>
    <name>points</name>
    <message>
        <source>scaled to fit the view: x₁ → {x1} × {factor}, x₂ → {x2} × {factor}</source>
        <translation>escalados para caber en la vista: x₁ → {x1} × {factor}, x₂ → {x2} × {factor}</translation>
    </message>
    <message>
        <source>a data set holds at most {limit} points; this would make {count}</source>
        <translation>un conjunto de datos contiene como máximo {limit} puntos; así serían {count}</translation>
    </message>
    <message>
        <source>these points are already in the data</source>
        <translation>estos puntos ya están en los datos</translation>
    </message>
</context>
<context>
    <name>project_apply</name>
    <message>
        <source>the project could not be opened: {error}</source>
        <translation>no se pudo abrir el proyecto: {error}</translation>
    </message>
</context>
<context>
    <name>project_checks</name>
    <message>
        <source>has unknown fields {names}</source>
        <translation>tiene campos desconocidos {names}</translation>
    </message>
    <message>
        <source>is too large or too deeply nested to be a setting</source>
        <translation>es demasiado grande o está demasiado anidado para ser un ajuste</translation>
    </message>
    <message>
        <source>must be a name of at most {limit} characters; got {value}</source>
        <translation>debe ser un nombre de como máximo {limit} caracteres; se recibió {value}</translation>
    </message>
    <message>
        <source>must be a whole number of at most 19 digits; got {value}</source>
        <translation>debe ser un número entero de como máximo 19 cifras; se recibió {value}</translation>
    </message>
    <message>
        <source>has an unknown field {name}</source>
        <translation>tiene un campo desconocido {name}</translation>
    </message>
    <message>
        <source>must be a whole number from {low} to {high}; got {value}</source>
        <translation>debe ser un número entero de {low} a {high}; se recibió {value}</translation>
    </message>
    <message>
        <source>must be text; got {value}</source>
        <translation>debe ser texto; se recibió {value}</translation>
    </message>
    <message>
        <source>is {length} characters long; at most {limit}</source>
        <translation>tiene {length} caracteres; como máximo {limit}</translation>
    </message>
    <message>
        <source>must be a JSON object; got {value}</source>
        <translation>debe ser un objeto JSON; se recibió {value}</translation>
    </message>
    <message>
        <source>is missing {fields}</source>
        <translation>le falta {fields}</translation>
    </message>
    <message>
        <source>must be a list; got {value}</source>
        <translation>debe ser una lista; se recibió {value}</translation>
    </message>
    <message>
        <source>must have {rows} rows for this network; got {count}</source>
        <translation>debe tener {rows} filas para esta red; se recibió {count}</translation>
    </message>
    <message>
        <source>must be a list of {count} numbers; got {value}</source>
        <translation>debe ser una lista de {count} números; se recibió {value}</translation>
    </message>
    <message>
        <source>must hold only numbers; got {value}</source>
        <translation>solo debe contener números; se recibió {value}</translation>
    </message>
    <message>
        <source>must hold {n} numbers; got {count}</source>
        <translation>debe contener {n} números; se recibió {count}</translation>
    </message>
    <message>
        <source>must be a number; got {value}</source>
        <translation>debe ser un número; se recibió {value}</translation>
    </message>
    <message>
        <source>holds a number too large to use</source>
        <translation>contiene un número demasiado grande para usarlo</translation>
    </message>
    <message>
        <source>holds a number that is not finite</source>
        <translation>contiene un número que no es finito</translation>
    </message>
    <message>
        <source>holds a value beyond ±{bound}</source>
        <translation>contiene un valor más allá de ±{bound}</translation>
    </message>
</context>
<context>
    <name>project_parts</name>
    <message>
        <source>must be a list of numbers; got {value}</source>
        <translation>debe ser una lista de números; se recibió {value}</translation>
    </message>
    <message>
        <source>must be a list of whole numbers; got {value}</source>
        <translation>debe ser una lista de números enteros; se recibió {value}</translation>
    </message>
    <message>
        <source>must be a list of names; got {value}</source>
        <translation>debe ser una lista de nombres; se recibió {value}</translation>
    </message>
    <message>
        <source>must be true or false; got {value}</source>
        <translation>debe ser true o false; se recibió {value}</translation>
    </message>
    <message>
        <source>must be an object with a kind; got {value}</source>
        <translation>debe ser un objeto con un kind; se recibió {value}</translation>
    </message>
    <message>
        <source>must be a number; got {value}</source>
        <translation>debe ser un número; se recibió {value}</translation>
    </message>
    <message>
        <source>must be a whole number; got {value}</source>
        <translation>debe ser un número entero; se recibió {value}</translation>
    </message>
    <message>
        <source>must be text; got {value}</source>
        <translation>debe ser texto; se recibió {value}</translation>
    </message>
    <message>
        <source>the {dataset} dataset is for {task}, not {problem}</source>
        <translation>el conjunto de datos {dataset} es para {task}, no para {problem}</translation>
    </message>
    <message>
        <source>generated data keeps no {fields}</source>
        <translation>los datos generados no guardan {fields}</translation>
    </message>
    <message>
        <source>is "generated" but settings.data_source is "painted"</source>
        <translation>es "generated" pero settings.data_source es "painted"</translation>
    </message>
    <message>
        <source>must be "generated" or "points"; got {value}</source>
        <translation>debe ser "generated" o "points"; se recibió {value}</translation>
    </message>
    <message>
        <source>points data needs {fields}</source>
        <translation>los datos de puntos necesitan {fields}</translation>
    </message>
    <message>
        <source>must be "classification" or "regression"; got {value}</source>
        <translation>debe ser "classification" o "regression"; se recibió {value}</translation>
    </message>
    <message>
        <source>the points are for {task} but settings.problem is {problem}</source>
        <translation>los puntos son para {task} pero settings.problem es {problem}</translation>
    </message>
    <message>
        <source>must hold at least one point</source>
        <translation>debe contener al menos un punto</translation>
    </message>
    <message>
        <source>must be [offset x1, offset x2, factor]; got {value}</source>
        <translation>debe ser [desplazamiento x1, desplazamiento x2, factor]; se recibió {value}</translation>
    </message>
    <message>
        <source>the factor must be above 0; got {value}</source>
        <translation>el factor debe ser mayor que 0; se recibió {value}</translation>
    </message>
    <message>
        <source>belongs to points data</source>
        <translation>pertenece a los datos de puntos</translation>
    </message>
    <message>
        <source>repeats the points on show; keep them in X_train and X_test</source>
        <translation>repite los puntos mostrados; mantenlos en X_train y X_test</translation>
    </message>
    <message>
        <source>must hold {n} true/false values, one per point</source>
        <translation>debe contener {n} valores true/false, uno por punto</translation>
    </message>
    <message>
        <source>must hold {n} values, one per point; got {count}</source>
        <translation>debe contener {n} valores, uno por punto; se recibió {count}</translation>
    </message>
    <message>
        <source>must be a class label from 0 to {high}; got {value}</source>
        <translation>debe ser una etiqueta de clase de 0 a {high}; se recibió {value}</translation>
    </message>
    <message>
        <source>the network ({network}) does not match the settings ({settings})</source>
        <translation>la red ({network}) no coincide con los ajustes ({settings})</translation>
    </message>
    <message>
        <source>must be a list of {count} layers of {{W, b}}; got {value}</source>
        <translation>debe ser una lista de {count} capas de {{W, b}}; se recibió {value}</translation>
    </message>
    <message>
        <source>must be a list of {count} layers of 0/1 arrays</source>
        <translation>debe ser una lista de {count} capas de matrices de 0/1</translation>
    </message>
    <message>
        <source>must hold only 0 (link off) and 1 (link on)</source>
        <translation>solo debe contener 0 (conexión desactivada) y 1 (conexión activada)</translation>
    </message>
    <message>
        <source>must be a list of rows; got {value}</source>
        <translation>debe ser una lista de filas; se recibió {value}</translation>
    </message>
    <message>
        <source>holds {count} rows, more than its limit of {limit}</source>
        <translation>contiene {count} filas, más que su límite de {limit}</translation>
    </message>
    <message>
        <source>must be a list of {count} values ({fields})</source>
        <translation>debe ser una lista de {count} valores ({fields})</translation>
    </message>
    <message>
        <source>must be a finite number or null; got {value}</source>
        <translation>debe ser un número finito o null; se recibió {value}</translation>
    </message>
    <message>
        <source>must be a finite number; got {value}</source>
        <translation>debe ser un número finito; se recibió {value}</translation>
    </message>
    <message>
        <source>the epoch must be a whole number from 0 to {high}; got {value}</source>
        <translation>la época debe ser un número entero de 0 a {high}; se recibió {value}</translation>
    </message>
    <message>
        <source>must list {low} to {high} lanes; got {value}</source>
        <translation>debe listar de {low} a {high} carriles; se recibió {value}</translation>
    </message>
    <message>
        <source>{count} points; at most {limit} are allowed</source>
        <translation>{count} puntos; se permiten como máximo {limit}</translation>
    </message>
</context>
<context>
    <name>project_schema</name>
    <message>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <source>the project is too large: at most {limit} MB</source>
        <translation>el proyecto es demasiado grande: como máximo {limit} MB</translation>
    </message>
    <message>
        <source>a project comes from a path or text, not {type}</source>
        <translation>un proyecto viene de una ruta o de un texto, no de {type}</translation>
    </message>
    <message>
        <source>the project is too large ({length} characters; at most {limit})</source>
        <translation>el proyecto es demasiado grande ({length} caracteres; como máximo {limit})</translation>
    </message>
    <message>
        <source>the file is not a project: its data is nested too deeply</source>
        <translation>el archivo no es un proyecto: sus datos están demasiado anidados</translation>
    </message>
    <message>
        <source>the project is damaged: {error}</source>
        <translation>el proyecto está dañado: {error}</translation>
    </message>
    <message>
        <source>this is not an NN Playground project: it holds a JSON {type}, not an object</source>
        <translation>esto no es un proyecto de NN Playground: contiene un {type} JSON, no un objeto</translation>
    </message>
    <message>
        <source>this is not an NN Playground project: it has no "format": "{format}"</source>
        <translation>esto no es un proyecto de NN Playground: no tiene "format": "{format}"</translation>
    </message>
    <message>
        <source>this is not an NN Playground project (its format is {format})</source>
        <translation>esto no es un proyecto de NN Playground (su formato es {format})</translation>
    </message>
    <message>
        <source>must be a whole number of at least 1; got {value}</source>
        <translation>debe ser un número entero de al menos 1; se recibió {value}</translation>
    </message>
    <message>
        <source>This file was made by a newer NN Playground (format {format}); this version reads format {version}.</source>
        <translation>Este archivo se hizo con un NN Playground más reciente (formato {format}); esta versión lee el formato {version}.</translation>
    </message>
    <message>
        <source>the project has unknown parts {names}; allowed: {allowed}</source>
        <translation>el proyecto tiene partes desconocidas {names}; se permiten: {allowed}</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (byte {byte})</source>
        <translation>el archivo no es texto UTF-8 (byte {byte})</translation>
    </message>
    <message>
        <source>{name} is {size} MB; a project is at most {limit} MB</source>
        <translation>{name} ocupa {size} MB; un proyecto ocupa como máximo {limit} MB</translation>
    </message>
    <message>
        <source>{path} is a folder, not a project file</source>
        <translation>{path} es una carpeta, no un archivo de proyecto</translation>
    </message>
    <message>
        <source>{name} is too large: a project is at most {limit} MB</source>
        <translation>{name} es demasiado grande: un proyecto ocupa como máximo {limit} MB</translation>
    </message>
    <message>
        <source>cannot read {path}: {error}</source>
        <translation>no se puede leer {path}: {error}</translation>
    </message>
</context>
<context>
    <name>project_view</name>
    <message>
        <source>has {count} entries; at most {limit}</source>
        <translation>tiene {count} entradas; como máximo {limit}</translation>
    </message>
    <message>
        <source>has a bad option name {name}</source>
        <translation>tiene un nombre de opción incorrecto {name}</translation>
    </message>
    <message>
        <source>must be true/false, a number or a short text; got {value}</source>
        <translation>debe ser true/false, un número o un texto corto; se recibió {value}</translation>
    </message>
    <message>
        <source>must be a list of control names; got {value}</source>
        <translation>debe ser una lista de nombres de controles; se recibió {value}</translation>
    </message>
    <message>
        <source>unknown control {name}; choose from {choices}</source>
        <translation>control desconocido {name}; elige entre {choices}</translation>
    </message>
</context>
<context>
    <name>projector</name>
    <message>
        <source>&amp;Projector mode</source>
        <translation>Modo &amp;proyector</translation>
    </message>
    <message>
        <source>Larger type, thicker lines, bigger points and stronger contrast, for a projector in a lit room ({shortcut})</source>
        <translation>Letra más grande, líneas más gruesas, puntos más grandes y más contraste, para un proyector en una sala iluminada ({shortcut})</translation>
    </message>
</context>
<context>
    <name>qt_check</name>
    <message>
        <source>NN Playground cannot open a window: Qt's X11 support needs system libraries that are not installed.
Install them with:

    sudo apt-get install {packages}

(or run without a screen: QT_QPA_PLATFORM=offscreen)</source>
        <translation>NN Playground no puede abrir una ventana: el soporte X11 de Qt necesita bibliotecas del sistema que no están instaladas.
Instálalas con:

    sudo apt-get install {packages}

(o ejecútalo sin pantalla: QT_QPA_PLATFORM=offscreen)</translation>
    </message>
</context>
<context>
    <name>recent_files</name>
    <message>
        <source>Clear list</source>
        <translation>Borrar la lista</translation>
    </message>
    <message>
        <source>(no recent files)</source>
        <translation>(no hay archivos recientes)</translation>
    </message>
</context>
<context>
    <name>saving</name>
    <message>
        <source>Could not save: the project holds a value JSON cannot store ({error})</source>
        <translation>No se pudo guardar: el proyecto contiene un valor que JSON no puede almacenar ({error})</translation>
    </message>
    <message>
        <source>Could not save {file}: the folder {folder} does not exist</source>
        <translation>No se pudo guardar {file}: la carpeta {folder} no existe</translation>
    </message>
    <message>
        <source>Could not save {file}: {reason}</source>
        <translation>No se pudo guardar {file}: {reason}</translation>
    </message>
    <message>
        <source>the file could not be written completely (is the disk full?)</source>
        <translation>no se pudo escribir el archivo completo (¿está lleno el disco?)</translation>
    </message>
</context>
<context>
    <name>scene_style</name>
    <message numerus="yes">
        <source>%n neuron</source>
        <translation><numerusform>%n neurona</numerusform><numerusform>%n neuronas</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n neurons</source>
        <translation><numerusform>%n neurona</numerusform><numerusform>%n neuronas</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n HIDDEN LAYER</source>
        <translation><numerusform>%n CAPA OCULTA</numerusform><numerusform>%n CAPAS OCULTAS</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n HIDDEN LAYERS</source>
        <translation><numerusform>%n CAPA OCULTA</numerusform><numerusform>%n CAPAS OCULTAS</numerusform></translation>
    </message>
    <message>
        <source>The new layer is as wide as the one before it and starts as the identity, so the network computes the same: exactly with linear, ReLU, leaky ReLU or ELU; nearly with softplus or SiLU (the loss moves by less than a hundredth) and with tanh or sigmoid (by a few hundredths at most). Right-click a layer to insert one with random weights instead.</source>
        <translation>La capa nueva es tan ancha como la anterior y empieza como la identidad, así que la red calcula lo mismo: exactamente con lineal, ReLU, leaky ReLU o ELU; casi con softplus o SiLU (la pérdida cambia menos de una centésima) y con tanh o sigmoide (unas pocas centésimas como mucho). Haz clic derecho en una capa para insertar una con pesos aleatorios.</translation>
    </message>
</context>
<context>
    <name>schedule_editor</name>
    <message>
        <source>Constant</source>
        <translation>Constante</translation>
    </message>
    <message>
        <source>Step decay</source>
        <translation>Decaimiento por pasos</translation>
    </message>
    <message>
        <source>Exponential</source>
        <translation>Exponencial</translation>
    </message>
    <message>
        <source>Cosine</source>
        <translation>Coseno</translation>
    </message>
    <message>
        <source>Every (epochs)</source>
        <translation>Cada (épocas)</translation>
    </message>
    <message>
        <source>Step decay: the rate is multiplied by the factor this often.</source>
        <translation>Decaimiento por pasos: la tasa se multiplica por el factor con esta frecuencia.</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Factor</translation>
    </message>
    <message>
        <source>Step decay: what each decay multiplies the rate by (0 to 1).</source>
        <translation>Decaimiento por pasos: por cuánto multiplica la tasa cada decaimiento (de 0 a 1).</translation>
    </message>
    <message>
        <source>Factor per epoch</source>
        <translation>Factor por época</translation>
    </message>
    <message>
        <source>Exponential: the rate is multiplied by this every epoch.</source>
        <translation>Exponencial: la tasa se multiplica por esto en cada época.</translation>
    </message>
    <message>
        <source>Over (epochs)</source>
        <translation>Durante (épocas)</translation>
    </message>
    <message>
        <source>Cosine: the epochs it takes from the full rate to the minimum.</source>
        <translation>Coseno: las épocas que tarda en pasar de la tasa completa a la mínima.</translation>
    </message>
    <message>
        <source>Minimum rate</source>
        <translation>Tasa mínima</translation>
    </message>
    <message>
        <source>Cosine: the rate it ends at (never above the learning rate).</source>
        <translation>Coseno: la tasa con la que termina (nunca mayor que la tasa de aprendizaje).</translation>
    </message>
    <message>
        <source>Warm-up (epochs)</source>
        <translation>Calentamiento (épocas)</translation>
    </message>
    <message>
        <source>Epochs before the schedule starts in which the rate rises in a straight line to the full learning rate (0: none).</source>
        <translation>Épocas antes de que empiece la programación, en las que la tasa sube en línea recta hasta la tasa de aprendizaje completa (0: ninguna).</translation>
    </message>
    <message>
        <source>Schedule kind</source>
        <translation>Tipo de programación</translation>
    </message>
    <message>
        <source>How the learning rate changes from epoch to epoch</source>
        <translation>Cómo cambia la tasa de aprendizaje de una época a otra</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Programación</translation>
    </message>
    <message>
        <source>{kind} schedule</source>
        <translation>Programación: {kind}</translation>
    </message>
    <message>
        <source>{kind} schedule; the current rate is {rate}</source>
        <translation>Programación: {kind}; la tasa actual es {rate}</translation>
    </message>
</context>
<context>
    <name>schedules</name>
    <message>
        <source>{field} must be an integer from {low} to {high}; got {value}</source>
        <translation>{field} debe ser un entero de {low} a {high}; se recibió {value}</translation>
    </message>
    <message>
        <source>schedule.kind must be one of {choices}; got {value}</source>
        <translation>schedule.kind debe ser uno de {choices}; se recibió {value}</translation>
    </message>
    <message>
        <source>{field} must be a number above {low} to {high}; got {value}</source>
        <translation>{field} debe ser un número mayor que {low} y hasta {high}; se recibió {value}</translation>
    </message>
    <message>
        <source>{field} must be a number from {low} to {high}; got {value}</source>
        <translation>{field} debe ser un número de {low} a {high}; se recibió {value}</translation>
    </message>
    <message>
        <source>schedule must be an object with a kind; got {value}</source>
        <translation>schedule debe ser un objeto con un kind; se recibió {value}</translation>
    </message>
    <message>
        <source>schedule.{name} is not a parameter of the {kind} schedule (it takes {allowed})</source>
        <translation>schedule.{name} no es un parámetro de la programación {kind} (admite {allowed})</translation>
    </message>
</context>
<context>
    <name>script_export</name>
    <message>
        <source>kind must be one of {choices}; got {value}</source>
        <translation>kind debe ser uno de {choices}; se recibió {value}</translation>
    </message>
    <message>
        <source>cannot write {path}: the folder {folder} does not exist</source>
        <translation>no se puede escribir {path}: la carpeta {folder} no existe</translation>
    </message>
    <message>
        <source>cannot write {path}: {error}</source>
        <translation>no se puede escribir {path}: {error}</translation>
    </message>
</context>
<context>
    <name>script_exports</name>
    <message>
        <source>P&amp;yTorch script…</source>
        <translation>Script de P&amp;yTorch…</translation>
    </message>
    <message>
        <source>Save the network, its weights and its data as a PyTorch script (an nn.Module) that prints the figures and can train further</source>
        <translation>Guarda la red, sus pesos y sus datos como un script de PyTorch (un nn.Module) que imprime las cifras y puede seguir entrenando</translation>
    </message>
    <message>
        <source>N&amp;umPy script…</source>
        <translation>Script de N&amp;umPy…</translation>
    </message>
    <message>
        <source>Save the network, its weights and its data as a Python script that needs only NumPy</source>
        <translation>Guarda la red, sus pesos y sus datos como un script de Python que solo necesita NumPy</translation>
    </message>
    <message>
        <source>Cannot export {name}</source>
        <translation>No se puede exportar {name}</translation>
    </message>
    <message>
        <source>Exported {path}</source>
        <translation>Exportado {path}</translation>
    </message>
    <message>
        <source>Export a PyTorch script</source>
        <translation>Exportar un script de PyTorch</translation>
    </message>
    <message>
        <source>Export a NumPy script</source>
        <translation>Exportar un script de NumPy</translation>
    </message>
    <message>
        <source>Python script (*.py)</source>
        <translation>Script de Python (*.py)</translation>
    </message>
</context>
<context>
    <name>script_model</name>
    <message>
        <source>hidden layer {layer} uses {what}, which the script export does not know yet</source>
        <translation>la capa oculta {layer} usa {what}, que la exportación de scripts aún no conoce</translation>
    </message>
    <message>
        <source>the output uses {what}, which the script export does not know yet</source>
        <translation>la salida usa {what}, que la exportación de scripts aún no conoce</translation>
    </message>
    <message>
        <source>the script export does not know the loss {name}</source>
        <translation>la exportación de scripts no conoce la pérdida {name}</translation>
    </message>
    <message>
        <source>the script export does not know the feature {name}</source>
        <translation>la exportación de scripts no conoce la característica {name}</translation>
    </message>
    <message>
        <source>the script export does not know the optimizer {name}</source>
        <translation>la exportación de scripts no conoce el optimizador {name}</translation>
    </message>
    <message>
        <source>the script export does not know the learning-rate schedule {name}</source>
        <translation>la exportación de scripts no conoce la programación de la tasa de aprendizaje {name}</translation>
    </message>
    <message>
        <source>the project's data holds no training point (only test points, or none): add training points in the window first</source>
        <translation>los datos del proyecto no tienen ningún punto de entrenamiento (solo puntos de prueba, o ninguno): añade primero puntos de entrenamiento en la ventana</translation>
    </message>
</context>
<context>
    <name>script_text</name>
    <message>
        <source>cannot write {value} as a number in a script</source>
        <translation>no se puede escribir {value} como número en un script</translation>
    </message>
</context>
<context>
    <name>selftest</name>
    <message>
        <source>{text} is not a whole number</source>
        <translation>{text} no es un número entero</translation>
    </message>
    <message>
        <source>{text} is not a number</source>
        <translation>{text} no es un número</translation>
    </message>
    <message>
        <source>must be above 0; got {text}</source>
        <translation>debe ser mayor que 0; se recibió {text}</translation>
    </message>
    <message>
        <source>the bundled lesson to train (its file name or the start of it; default {lesson})</source>
        <translation>la lección incluida que se entrena (su nombre de archivo o su comienzo; por defecto {lesson})</translation>
    </message>
    <message>
        <source>how many training steps (batches) to train (default {steps})</source>
        <translation>cuántos pasos de entrenamiento (lotes) entrenar (por defecto {steps})</translation>
    </message>
    <message>
        <source>keep the exported pictures in this folder (default: a temporary one, removed)</source>
        <translation>guarda las imágenes exportadas en esta carpeta (por defecto: una temporal, que se borra)</translation>
    </message>
    <message>
        <source>give up on a step that takes longer than this (default {seconds})</source>
        <translation>abandona un paso que tarde más que esto (por defecto {seconds})</translation>
    </message>
</context>
<context>
    <name>session</name>
    <message>
        <source>the saved network does not match the saved settings</source>
        <translation>la red guardada no coincide con los ajustes guardados</translation>
    </message>
    <message>
        <source>the {dataset} dataset is for {task}, not {problem}</source>
        <translation>el conjunto de datos {dataset} es para {task}, no para {problem}</translation>
    </message>
    <message>
        <source>hidden layer must be from 1 to {layers}; got {layer}</source>
        <translation>la capa oculta debe estar entre 1 y {layers}; se recibió {layer}</translation>
    </message>
    <message>
        <source>the network has no hidden layers</source>
        <translation>la red no tiene capas ocultas</translation>
    </message>
    <message>
        <source>the network already has the maximum of {layers} hidden layers</source>
        <translation>la red ya tiene el máximo de {layers} capas ocultas</translation>
    </message>
    <message>
        <source>there is no hidden layer to remove</source>
        <translation>no hay ninguna capa oculta que quitar</translation>
    </message>
    <message>
        <source>hidden layer {layer} already has the maximum of {units} neurons</source>
        <translation>la capa oculta {layer} ya tiene el máximo de {units} neuronas</translation>
    </message>
    <message>
        <source>at least one input feature must stay on</source>
        <translation>al menos una característica de entrada debe seguir activada</translation>
    </message>
    <message>
        <source>weights are edited on one network; turn Compare off first</source>
        <translation>los pesos se editan en una sola red; desactiva primero Comparar</translation>
    </message>
    <message>
        <source>the timeline follows the main network; turn Compare off first</source>
        <translation>la línea de tiempo sigue a la red principal; desactiva primero Comparar</translation>
    </message>
</context>
<context>
    <name>session_data</name>
    <message>
        <source>painted points must lie inside the view</source>
        <translation>los puntos pintados deben estar dentro de la vista</translation>
    </message>
    <message>
        <source>a class is from 1 to {high}</source>
        <translation>una clase va de 1 a {high}</translation>
    </message>
    <message>
        <source>a painted value must be a number</source>
        <translation>un valor pintado debe ser un número</translation>
    </message>
</context>
<context>
    <name>setting_undo</name>
    <message>
        <source>change the learning-rate schedule</source>
        <translation>cambiar la programación de la tasa de aprendizaje</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>Max</source>
        <translation>Máx.</translation>
    </message>
    <message>
        <source>settings must be a JSON object</source>
        <translation>settings debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>settings: unknown fields {fields}</source>
        <translation>settings: campos desconocidos {fields}</translation>
    </message>
    <message>
        <source>{field} must be a list</source>
        <translation>{field} debe ser una lista</translation>
    </message>
    <message>
        <source>{field} must be one of {choices}; got {value}</source>
        <translation>{field} debe ser uno de {choices}; se recibió {value}</translation>
    </message>
    <message>
        <source>{field} must be from {least} to {most}; got {value}</source>
        <translation>{field} debe estar entre {least} y {most}; se recibió {value}</translation>
    </message>
    <message>
        <source>{field} must be an integer from {least} to {most}; got {value}</source>
        <translation>{field} debe ser un entero entre {least} y {most}; se recibió {value}</translation>
    </message>
    <message>
        <source>{field} must be an integer &gt;= 0; got {value}</source>
        <translation>{field} debe ser un entero &gt;= 0; se recibió {value}</translation>
    </message>
    <message>
        <source>{field} must be 0 (the dataset's default) or from {least} to {most}; got {value}</source>
        <translation>{field} debe ser 0 (el valor por defecto del conjunto de datos) o estar entre {least} y {most}; se recibió {value}</translation>
    </message>
    <message>
        <source>{field} must be a number above 0 and at most {most}; got {value}</source>
        <translation>{field} debe ser un número mayor que 0 y como mucho {most}; se recibió {value}</translation>
    </message>
    <message>
        <source>{field} must be up to {layers} layers of 1 to {most} neurons; got {value}</source>
        <translation>{field} debe tener como mucho {layers} capas de 1 a {most} neuronas; se recibió {value}</translation>
    </message>
    <message>
        <source>{field} must list at least one feature</source>
        <translation>{field} debe incluir al menos una característica</translation>
    </message>
    <message>
        <source>{field} must name one activation per hidden layer ({choices}); got {value}</source>
        <translation>{field} debe indicar una activación por capa oculta ({choices}); se recibió {value}</translation>
    </message>
    <message>
        <source>{field} must give one rate from 0 to {most} per hidden layer; got {value}</source>
        <translation>{field} debe dar una tasa de 0 a {most} por capa oculta; se recibió {value}</translation>
    </message>
    <message>
        <source>{field} must be true or false; got {value}</source>
        <translation>{field} debe ser true o false; se recibió {value}</translation>
    </message>
</context>
<context>
    <name>settings_info</name>
    <message>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <source>How big a step each weight takes against its gradient. Too large and training diverges. Changing it keeps the weights and the epoch count; the next step uses it.</source>
        <translation>Lo grande que es el paso que da cada peso en contra de su gradiente. Si es demasiado grande, el entrenamiento diverge. Cambiarla conserva los pesos y el número de épocas; el siguiente paso ya la usa.</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Activación</translation>
    </message>
    <message>
        <source>The function every hidden neuron applies to its weighted sum. Choosing one here starts again with fresh weights and this activation in every layer; right-click a layer in the network to change just that layer, keeping what it has learned.</source>
        <translation>La función que cada neurona oculta aplica a su suma ponderada. Elegir una aquí empieza de nuevo con pesos nuevos y esta activación en todas las capas; haz clic derecho en una capa de la red para cambiar solo esa capa, conservando lo que ha aprendido.</translation>
    </message>
    <message>
        <source>Regularization</source>
        <translation>Regularización</translation>
    </message>
    <message>
        <source>A penalty on large weights. L1 pulls every weight towards zero by the same amount, and a weight it carries across zero is set to exactly 0, so weights that do not help end at 0; L2 shrinks weights in proportion to their size, so they get small but not zero. Changing it keeps the weights and the epoch count (TensorFlow Playground starts again here).</source>
        <translation>Una penalización a los pesos grandes. L1 acerca cada peso a cero en la misma cantidad, y un peso que hace cruzar el cero se pone exactamente a 0, así que los pesos que no ayudan terminan en 0; L2 encoge los pesos en proporción a su tamaño, así que se hacen pequeños pero no cero. Cambiarla conserva los pesos y el número de épocas (TensorFlow Playground empieza de nuevo aquí).</translation>
    </message>
    <message>
        <source>Regularization rate</source>
        <translation>Tasa de regularización</translation>
    </message>
    <message>
        <source>How strong the penalty on weights is. Changing it keeps the weights and the epoch count (TensorFlow Playground starts again here).</source>
        <translation>Lo fuerte que es la penalización a los pesos. Cambiarla conserva los pesos y el número de épocas (TensorFlow Playground empieza de nuevo aquí).</translation>
    </message>
    <message>
        <source>Problem type</source>
        <translation>Tipo de problema</translation>
    </message>
    <message>
        <source>Classification predicts a class; regression predicts a number. Changing it starts again.</source>
        <translation>La clasificación predice una clase; la regresión predice un número. Cambiarlo empieza de nuevo.</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <source>Cross-entropy: a sigmoid output and the log loss, which punishes a confident mistake hard. TF Playground: TensorFlow Playground's tanh output, labels ±1 and ½ squared error, its starting weights, L1 rule and fixed order of the training points (with more than two classes: softmax and cross-entropy). Changing it starts again.</source>
        <translation>Entropía cruzada: una salida sigmoide y la pérdida logarítmica, que castiga mucho un error cometido con seguridad. TF Playground: la salida tanh de TensorFlow Playground, etiquetas ±1 y ½ error cuadrático, sus pesos iniciales, su regla L1 y su orden fijo de los puntos de entrenamiento (con más de dos clases: softmax y entropía cruzada). Cambiarla empieza de nuevo.</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimizador</translation>
    </message>
    <message>
        <source>The rule that turns gradients into weight changes. Changing it keeps the weights; the optimizer's own memory (momentum) starts from zero.</source>
        <translation>La regla que convierte los gradientes en cambios de los pesos. Cambiarlo conserva los pesos; la memoria propia del optimizador (momento) empieza desde cero.</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Tamaño del lote</translation>
    </message>
    <message>
        <source>How many training points are averaged for each weight update. Changing it keeps the weights and the epoch count (TensorFlow Playground starts again here).</source>
        <translation>Cuántos puntos de entrenamiento se promedian en cada actualización de los pesos. Cambiarlo conserva los pesos y el número de épocas (TensorFlow Playground empieza de nuevo aquí).</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>Epochs trained per displayed frame: 1× is TensorFlow Playground's pace (about 60 epochs a second), 10× ten epochs a frame; Max trains as fast as the machine allows. An epoch that takes longer than a tenth of a second (large data) shows as it goes.</source>
        <translation>Épocas entrenadas por fotograma mostrado: 1× es el ritmo de TensorFlow Playground (unas 60 épocas por segundo), 10× diez épocas por fotograma; Máx. entrena tan rápido como permite el equipo. Una época que tarda más de una décima de segundo (muchos datos) se muestra mientras avanza.</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Conjunto de datos</translation>
    </message>
    <message>
        <source>Which data to learn. Changing it starts again.</source>
        <translation>Qué datos aprender. Cambiarlo empieza de nuevo.</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Ruido</translation>
    </message>
    <message>
        <source>How much the data is blurred or mislabelled (0 to 50 %). Starts again.</source>
        <translation>Cuánto se difuminan o se etiquetan mal los datos (de 0 a 50 %). Empieza de nuevo.</translation>
    </message>
    <message>
        <source>Training data</source>
        <translation>Datos de entrenamiento</translation>
    </message>
    <message>
        <source>The share of points used for training; the rest tests the network. Starts again.</source>
        <translation>La parte de los puntos que se usa para entrenar; el resto pone a prueba la red. Empieza de nuevo.</translation>
    </message>
    <message>
        <source>Data seed</source>
        <translation>Semilla de los datos</translation>
    </message>
    <message>
        <source>Which random draw of the data. Regenerate picks a new one.</source>
        <translation>Qué extracción aleatoria de los datos. Regenerar elige una nueva.</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>How many points the dataset generator draws, training and test together. Starts again.</source>
        <translation>Cuántos puntos genera el generador del conjunto de datos, entre entrenamiento y prueba. Empieza de nuevo.</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Origen de los datos</translation>
    </message>
    <message>
        <source>A dataset generator, or your own points (painted on the output or imported from a CSV file). Switching keeps the network as it is.</source>
        <translation>Un generador de conjuntos de datos, o tus propios puntos (pintados sobre la salida o importados de un archivo CSV). Cambiarlo conserva la red tal como está.</translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation>Capas ocultas</translation>
    </message>
    <message>
        <source>The hidden layers' sizes. Changing them edits the network in place and keeps what it has learned; Reset starts again with fresh weights.</source>
        <translation>Los tamaños de las capas ocultas. Cambiarlos edita la red en su sitio y conserva lo que ha aprendido; Reiniciar empieza de nuevo con pesos nuevos.</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Características</translation>
    </message>
    <message>
        <source>Which input features feed the network. Switching one keeps what the network has learned (a new input starts with zero weights); Reset starts again.</source>
        <translation>Qué características de entrada alimentan la red. Cambiar una conserva lo que la red ha aprendido (una entrada nueva empieza con pesos cero); Reiniciar empieza de nuevo.</translation>
    </message>
    <message>
        <source>Weight seed</source>
        <translation>Semilla de los pesos</translation>
    </message>
    <message>
        <source>Which random draw of initial weights; reset picks a new one.</source>
        <translation>Qué extracción aleatoria de pesos iniciales; reiniciar elige una nueva.</translation>
    </message>
    <message>
        <source>Stop at epoch</source>
        <translation>Parar en la época</translation>
    </message>
    <message>
        <source>Pause when this epoch is reached (0: never).</source>
        <translation>Pausa al llegar a esta época (0: nunca).</translation>
    </message>
    <message>
        <source>Stop when stuck</source>
        <translation>Parar si se estanca</translation>
    </message>
    <message>
        <source>Pause when the test loss has not improved (by more than 0.1 %) for this many epochs (0: never).</source>
        <translation>Pausa cuando la pérdida de prueba no ha mejorado (más de un 0.1 %) durante este número de épocas (0: nunca).</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Programación</translation>
    </message>
    <message>
        <source>How the learning rate changes as training goes on: constant, step decay, exponential or cosine, after an optional linear warm-up. It is a function of the epoch: rewinding puts back the rate of the epoch shown.</source>
        <translation>Cómo cambia la tasa de aprendizaje a medida que avanza el entrenamiento: constante, decaimiento por pasos, exponencial o coseno, tras un calentamiento lineal opcional. Es una función de la época: al rebobinar se recupera la tasa de la época mostrada.</translation>
    </message>
    <message>
        <source>Restore the best</source>
        <translation>Restaurar la mejor</translation>
    </message>
    <message>
        <source>When training stops because the test loss has stopped improving, go back to the weights of the epoch with the best test loss (the later epochs stay on the timeline).</source>
        <translation>Cuando el entrenamiento se detiene porque la pérdida de prueba ha dejado de mejorar, vuelve a los pesos de la época con la mejor pérdida de prueba (las épocas posteriores siguen en la línea de tiempo).</translation>
    </message>
</context>
<context>
    <name>spec</name>
    <message>
        <source>{field} has unknown keys {keys}; allowed: {allowed}</source>
        <translation>{field} tiene claves desconocidas {keys}; se permiten: {allowed}</translation>
    </message>
    <message>
        <source>spec must be a dict with features, hidden and output; got {type}</source>
        <translation>spec debe ser un dict con features, hidden y output; se recibió {type}</translation>
    </message>
    <message>
        <source>spec has unknown fields {fields}; allowed: features, hidden, output</source>
        <translation>spec tiene campos desconocidos {fields}; se permiten: features, hidden, output</translation>
    </message>
    <message>
        <source>spec.features must be a non-empty list of {choices}</source>
        <translation>spec.features debe ser una lista no vacía de {choices}</translation>
    </message>
    <message>
        <source>spec.features: unknown feature {name}; choose from {choices}</source>
        <translation>spec.features: característica desconocida {name}; elige entre {choices}</translation>
    </message>
    <message>
        <source>spec.features lists a feature twice: {features}</source>
        <translation>spec.features lista una característica dos veces: {features}</translation>
    </message>
    <message>
        <source>spec.hidden must be a list of {'units': n, 'activation': name}</source>
        <translation>spec.hidden debe ser una lista de {'units': n, 'activation': name}</translation>
    </message>
    <message>
        <source>spec.hidden: at most {limit} hidden layers; got {count}</source>
        <translation>spec.hidden: como máximo {limit} capas ocultas; se recibió {count}</translation>
    </message>
    <message>
        <source>{field} must be a dict with units and activation</source>
        <translation>{field} debe ser un dict con units y activation</translation>
    </message>
    <message>
        <source>{field}.units must be an integer from 1 to {high}; got {value}</source>
        <translation>{field}.units debe ser un entero de 1 a {high}; se recibió {value}</translation>
    </message>
    <message>
        <source>{field}.activation must be one of {choices}; got {value}</source>
        <translation>{field}.activation debe ser una de {choices}; se recibió {value}</translation>
    </message>
    <message>
        <source>{field}.dropout must be a number from 0 to {high}; got {value}</source>
        <translation>{field}.dropout debe ser un número de 0 a {high}; se recibió {value}</translation>
    </message>
    <message>
        <source>spec.output.kind must be one of {choices}; got {value}</source>
        <translation>spec.output.kind debe ser uno de {choices}; se recibió {value}</translation>
    </message>
    <message>
        <source>spec.output.classes must be an integer from {low} to {high} for multiclass; got {value}</source>
        <translation>spec.output.classes debe ser un entero de {low} a {high} para multiclass; se recibió {value}</translation>
    </message>
    <message>
        <source>spec.output.classes applies only to multiclass, not {kind}</source>
        <translation>spec.output.classes solo se aplica a multiclass, no a {kind}</translation>
    </message>
    <message>
        <source>spec.output.loss must be one of {choices}; got {value}</source>
        <translation>spec.output.loss debe ser una de {choices}; se recibió {value}</translation>
    </message>
    <message>
        <source>spec.output.loss 'tfp' (TensorFlow Playground's tanh output and squared error) is for binary output only, not {kind}</source>
        <translation>spec.output.loss 'tfp' (la salida tanh y el error cuadrático de TensorFlow Playground) es solo para salida binaria, no para {kind}</translation>
    </message>
</context>
<context>
    <name>stopping</name>
    <message>
        <source>Paused at epoch {epoch}: the stop-at-epoch setting is {stop}.</source>
        <translation>En pausa en la época {epoch}: el ajuste de parar en la época es {stop}.</translation>
    </message>
    <message>
        <source>Paused at epoch {epoch}: the test loss has not improved for {patience} epochs (best {loss} at epoch {best_epoch}).</source>
        <translation>En pausa en la época {epoch}: la pérdida de prueba no ha mejorado en {patience} épocas (la mejor, {loss}, en la época {best_epoch}).</translation>
    </message>
    <message>
        <source>Stopped at epoch {epoch}: the test loss had not improved for {patience} epochs; restored the weights of epoch {best_epoch} (test loss {loss}).</source>
        <translation>Detenido en la época {epoch}: la pérdida de prueba no había mejorado en {patience} épocas; se restauraron los pesos de la época {best_epoch} (pérdida de prueba {loss}).</translation>
    </message>
</context>
<context>
    <name>teacher_dialog</name>
    <message>
        <source>&lt;p&gt;What this lesson is about, in one or two sentences.&lt;/p&gt;&lt;h4&gt;Try&lt;/h4&gt;&lt;ol&gt;&lt;li&gt;Press &lt;b&gt;Play&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Change one thing and play again.&lt;/li&gt;&lt;/ol&gt;&lt;h4&gt;Notice&lt;/h4&gt;&lt;p&gt;What should the students see?&lt;/p&gt;&lt;h4&gt;Question&lt;/h4&gt;&lt;p&gt;A question to answer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;De qué trata esta lección, en una o dos frases.&lt;/p&gt;&lt;h4&gt;Prueba&lt;/h4&gt;&lt;ol&gt;&lt;li&gt;Pulsa &lt;b&gt;Reproducir&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Cambia una cosa y vuelve a reproducir.&lt;/li&gt;&lt;/ol&gt;&lt;h4&gt;Observa&lt;/h4&gt;&lt;p&gt;¿Qué deberían ver los estudiantes?&lt;/p&gt;&lt;h4&gt;Pregunta&lt;/h4&gt;&lt;p&gt;Una pregunta que responder.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Teacher mode: make a lesson</source>
        <translation>Modo docente: crear una lección</translation>
    </message>
    <message>
        <source>The lesson keeps the playground &lt;b&gt;as it is now&lt;/b&gt;: data, network, weights and settings. Write what students should do, choose what they may change, and save.</source>
        <translation>La lección conserva el área de juego &lt;b&gt;tal como está ahora&lt;/b&gt;: datos, red, pesos y ajustes. Escribe qué deben hacer los estudiantes, elige qué pueden cambiar y guarda.</translation>
    </message>
    <message>
        <source>Lesson title, e.g. 3. Why XOR needs a hidden layer</source>
        <translation>Título de la lección, p. ej. 3. Por qué XOR necesita una capa oculta</translation>
    </message>
    <message>
        <source>B</source>
        <comment>the Bold button's letter</comment>
        <translation>N</translation>
    </message>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation>Negrita (Ctrl+B)</translation>
    </message>
    <message>
        <source>I</source>
        <comment>the Italic button's letter</comment>
        <translation>K</translation>
    </message>
    <message>
        <source>Italic (Ctrl+I)</source>
        <translation>Cursiva (Ctrl+I)</translation>
    </message>
    <message>
        <source>H</source>
        <comment>the Heading button's letter</comment>
        <translation>T</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Plain paragraph</source>
        <translation>Párrafo normal</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Lista con viñetas</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Lista numerada</translation>
    </message>
    <message>
        <source>Instructions for the students</source>
        <translation>Instrucciones para los estudiantes</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Control</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Students do not see “{control}”</source>
        <translation>Los estudiantes no ven «{control}»</translation>
    </message>
    <message>
        <source>Students see “{control}” but cannot change it</source>
        <translation>Los estudiantes ven «{control}» pero no pueden cambiarlo</translation>
    </message>
    <message>
        <source>The network diagram always shows; lock it instead</source>
        <translation>El diagrama de la red siempre se muestra; bloquéalo en su lugar</translation>
    </message>
    <message>
        <source>What students may change</source>
        <translation>Qué pueden cambiar los estudiantes</translation>
    </message>
    <message>
        <source>Try it here</source>
        <translation>Probar aquí</translation>
    </message>
    <message>
        <source>Show the instructions and apply the hidden and locked controls in this window</source>
        <translation>Muestra las instrucciones y aplica en esta ventana los controles ocultos y bloqueados</translation>
    </message>
    <message>
        <source>Preview as student</source>
        <translation>Vista de estudiante</translation>
    </message>
    <message>
        <source>Open the lesson in this window exactly as students get it: its start state, its locks and its instructions. Back to editing (a button above the instructions) brings your work and this dialog back as they were; the undo history starts afresh</source>
        <translation>Abre la lección en esta ventana exactamente como la reciben los estudiantes: su estado inicial, sus bloqueos y sus instrucciones. Volver a editar (un botón encima de las instrucciones) recupera tu trabajo y este diálogo tal como estaban; el historial de deshacer empieza de nuevo</translation>
    </message>
    <message>
        <source>Save lesson…</source>
        <translation>Guardar lección…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Students may leave the lesson freely again</source>
        <translation>Los estudiantes vuelven a poder salir libremente de la lección</translation>
    </message>
    <message>
        <source>Remove the password</source>
        <translation>Quitar la contraseña</translation>
    </message>
    <message>
        <source>Password on the locks: &lt;b&gt;set&lt;/b&gt;.</source>
        <translation>Contraseña de los bloqueos: &lt;b&gt;puesta&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>Cambiar contraseña…</translation>
    </message>
    <message>
        <source>No password: students may leave the lesson.</source>
        <translation>Sin contraseña: los estudiantes pueden salir de la lección.</translation>
    </message>
    <message>
        <source>Set password…</source>
        <translation>Poner contraseña…</translation>
    </message>
    <message>
        <source>Give the lesson a title first.</source>
        <translation>Primero ponle un título a la lección.</translation>
    </message>
    <message>
        <source>Applied to this window. Open a project or choose New to lift the restrictions.</source>
        <translation>Aplicado a esta ventana. Abre un proyecto o elige Nuevo para quitar las restricciones.</translation>
    </message>
    <message>
        <source>Save lesson</source>
        <translation>Guardar lección</translation>
    </message>
    <message>
        <source>Could not save the lesson: {error}</source>
        <translation>No se pudo guardar la lección: {error}</translation>
    </message>
    <message>
        <source>Saved {path}. Students open it with File → Open or by dropping it on the window.</source>
        <translation>Guardado {path}. Los estudiantes lo abren con Archivo → Abrir o soltándolo sobre la ventana.</translation>
    </message>
    <message>
        <source>&amp;Teacher mode…</source>
        <translation>Modo &amp;docente…</translation>
    </message>
    <message>
        <source>Write instructions, hide or lock controls, and save the playground as a lesson</source>
        <translation>Escribe instrucciones, oculta o bloquea controles y guarda el área de juego como lección</translation>
    </message>
    <message>
        <source>Type it to edit the lesson.</source>
        <translation>Escríbela para editar la lección.</translation>
    </message>
</context>
<context>
    <name>threads</name>
    <message>
        <source>blas_threads must be None or an integer of at least 1; got {value}</source>
        <translation>blas_threads debe ser None o un entero de al menos 1; se recibió {value}</translation>
    </message>
</context>
<context>
    <name>timeline</name>
    <message>
        <source>Rewound: the network, its weights and the boundary as they were at that epoch. Resume from here (or Play) continues from it and replaces the later epochs; Back to latest returns.</source>
        <translation>Rebobinado: la red, sus pesos y la frontera tal como estaban en esa época. Seguir desde aquí (o Reproducir) continúa desde ella y sustituye las épocas posteriores; Volver a lo último regresa.</translation>
    </message>
    <message>
        <source>Rewind now starts at epoch {epoch}, where the network changed: the epochs before it were trained by the network as it was, so they cannot be shown on this one.</source>
        <translation>Ahora el rebobinado empieza en la época {epoch}, donde cambió la red: las épocas anteriores las entrenó la red tal como era, así que no se pueden mostrar en esta.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Línea de tiempo</translation>
    </message>
    <message>
        <source>Rewind: drag to see the network, its weights and the boundary as they were at that epoch. Training pauses. Keys when the slider has focus: ←/→ one epoch, Page Up/Down ten, Home the first, End the latest.</source>
        <translation>Rebobinar: arrastra para ver la red, sus pesos y la frontera tal como estaban en esa época. El entrenamiento se pausa. Teclas cuando el deslizador tiene el foco: ←/→ una época, Page Up/Down diez, Home la primera, End la última.</translation>
    </message>
    <message>
        <source>Rewind</source>
        <translation>Rebobinar</translation>
    </message>
    <message>
        <source>epoch {epoch}</source>
        <translation>época {epoch}</translation>
    </message>
    <message>
        <source>epoch {epoch} (latest)</source>
        <translation>época {epoch} (última)</translation>
    </message>
    <message>
        <source>The epoch on show, and the newest one trained.</source>
        <translation>La época mostrada y la más reciente entrenada.</translation>
    </message>
    <message>
        <source>Resume from here</source>
        <translation>Seguir desde aquí</translation>
    </message>
    <message>
        <source>Continue training from the epoch on show, from exactly its state. The epochs after it are replaced by the new training. (Play does the same.)</source>
        <translation>Continúa el entrenamiento desde la época mostrada, exactamente desde su estado. Las épocas posteriores se sustituyen por el nuevo entrenamiento. (Reproducir hace lo mismo.)</translation>
    </message>
    <message>
        <source>Back to latest</source>
        <translation>Volver a lo último</translation>
    </message>
    <message>
        <source>Show the newest state again, as if you had never rewound (End).</source>
        <translation>Muestra otra vez el estado más reciente, como si nunca hubieras rebobinado (End).</translation>
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
        <translation>{count} punto de control, {size}</translation>
    </message>
    <message numerus="yes">
        <source>{count} checkpoints, {size}</source>
        <translation><numerusform>{count} punto de control, {size}</numerusform><numerusform>{count} puntos de control, {size}</numerusform></translation>
    </message>
    <message>
        <source>epoch {epoch} of {latest} …</source>
        <translation>época {epoch} de {latest} …</translation>
    </message>
    <message>
        <source>epoch {epoch} of {latest}</source>
        <translation>época {epoch} de {latest}</translation>
    </message>
    <message>
        <source>Rewind &amp;one epoch</source>
        <translation>Rebobinar &amp;una época</translation>
    </message>
    <message>
        <source>Show the epoch before the one on show (training pauses)</source>
        <translation>Muestra la época anterior a la mostrada (el entrenamiento se pausa)</translation>
    </message>
    <message>
        <source>Resume &amp;from here</source>
        <translation>Seguir &amp;desde aquí</translation>
    </message>
    <message>
        <source>Back to &amp;latest</source>
        <translation>Volver a lo ú&amp;ltimo</translation>
    </message>
</context>
<context>
    <name>top_bar</name>
    <message>
        <source>Regularization, rate</source>
        <translation>Regularización, tasa</translation>
    </message>
    <message>
        <source>The hidden layers use different activations (each is named under its layer in the network). Choose one here to give it to every layer; that resets the network.</source>
        <translation>Las capas ocultas usan activaciones distintas (cada una aparece bajo su capa en la red). Elige una aquí para dársela a todas las capas; eso reinicia la red.</translation>
    </message>
    <message>
        <source>Reset the network: fresh random weights, back to epoch 0 (R)</source>
        <translation>Reinicia la red: pesos aleatorios nuevos, de vuelta a la época 0 (R)</translation>
    </message>
    <message>
        <source>Play or pause training (Space)</source>
        <translation>Reproduce o pausa el entrenamiento (Space)</translation>
    </message>
    <message>
        <source>Train exactly one epoch, then pause (Right arrow)</source>
        <translation>Entrena exactamente una época y luego pausa (flecha Right)</translation>
    </message>
    <message>
        <source>Epochs completed: full passes over the training data</source>
        <translation>Épocas completadas: pasadas completas por los datos de entrenamiento</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Época</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>test epoch's weights</source>
        <translation>pesos de la mejor época</translation>
    </message>
    <message>
        <source>Set ▾</source>
        <translation>Fijado ▾</translation>
    </message>
    <message>
        <source>Never ▾</source>
        <translation>Nunca ▾</translation>
    </message>
    <message numerus="yes">
        <source>Training stops at epoch {epoch} or after {patience} epochs without a better test loss, back to the best test epoch. Click to change the stopping rules.</source>
        <translation><numerusform>El entrenamiento para en la época {epoch} o tras {patience} época sin mejor pérdida de prueba, y vuelve a la mejor época de prueba. Haz clic para cambiar las reglas de parada.</numerusform><numerusform>El entrenamiento para en la época {epoch} o tras {patience} épocas sin mejor pérdida de prueba, y vuelve a la mejor época de prueba. Haz clic para cambiar las reglas de parada.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Training stops at epoch {epoch} or after {patience} epochs without a better test loss. Click to change the stopping rules.</source>
        <translation><numerusform>El entrenamiento para en la época {epoch} o tras {patience} época sin mejor pérdida de prueba. Haz clic para cambiar las reglas de parada.</numerusform><numerusform>El entrenamiento para en la época {epoch} o tras {patience} épocas sin mejor pérdida de prueba. Haz clic para cambiar las reglas de parada.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Training stops after {patience} epochs without a better test loss, back to the best test epoch. Click to change the stopping rules.</source>
        <translation><numerusform>El entrenamiento para tras {patience} época sin mejor pérdida de prueba, y vuelve a la mejor época de prueba. Haz clic para cambiar las reglas de parada.</numerusform><numerusform>El entrenamiento para tras {patience} épocas sin mejor pérdida de prueba, y vuelve a la mejor época de prueba. Haz clic para cambiar las reglas de parada.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Training stops after {patience} epochs without a better test loss. Click to change the stopping rules.</source>
        <translation><numerusform>El entrenamiento para tras {patience} época sin mejor pérdida de prueba. Haz clic para cambiar las reglas de parada.</numerusform><numerusform>El entrenamiento para tras {patience} épocas sin mejor pérdida de prueba. Haz clic para cambiar las reglas de parada.</numerusform></translation>
    </message>
    <message>
        <source>Training stops at epoch {epoch}. Click to change the stopping rules.</source>
        <translation>El entrenamiento para en la época {epoch}. Haz clic para cambiar las reglas de parada.</translation>
    </message>
    <message>
        <source>Training never stops itself. Click to change the stopping rules.</source>
        <translation>El entrenamiento nunca para solo. Haz clic para cambiar las reglas de parada.</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Mixta</translation>
    </message>
    <message>
        <source>Pause training (Space)</source>
        <translation>Pausa el entrenamiento (Space)</translation>
    </message>
    <message>
        <source>Play: start training (Space)</source>
        <translation>Reproducir: empieza el entrenamiento (Space)</translation>
    </message>
</context>
<context>
    <name>train_process</name>
    <message>
        <source>the training process was stopped for {seconds} s</source>
        <translation>el proceso de entrenamiento estuvo detenido {seconds} s</translation>
    </message>
    <message>
        <source>the training process did not answer in {seconds} s</source>
        <translation>el proceso de entrenamiento no respondió en {seconds} s</translation>
    </message>
    <message>
        <source>the training process failed:
{traceback}</source>
        <translation>el proceso de entrenamiento falló:
{traceback}</translation>
    </message>
    <message>
        <source>the training process is gone ({error})</source>
        <translation>el proceso de entrenamiento ya no existe ({error})</translation>
    </message>
</context>
<context>
    <name>trainer</name>
    <message>
        <source>X_train must hold at least one point</source>
        <translation>X_train debe contener al menos un punto</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>{field} must be numbers of shape (n, 2)</source>
        <translation>{field} deben ser números de forma (n, 2)</translation>
    </message>
    <message>
        <source>{field} must have shape (n, 2); got {shape}</source>
        <translation>{field} debe tener la forma (n, 2); se recibió {shape}</translation>
    </message>
    <message>
        <source>{field} has {count} points; at most {limit} are allowed</source>
        <translation>{field} tiene {count} puntos; se permiten como máximo {limit}</translation>
    </message>
    <message>
        <source>{field} must be numbers of shape (n,)</source>
        <translation>{field} deben ser números de forma (n,)</translation>
    </message>
    <message>
        <source>{field} must have shape ({n},) to match the points; got {shape}</source>
        <translation>{field} debe tener la forma ({n},) para coincidir con los puntos; se recibió {shape}</translation>
    </message>
    <message>
        <source>{field} must hold integer labels from 0 to {high} for {kind} output; got values from {low_seen} to {high_seen}</source>
        <translation>{field} debe contener etiquetas enteras de 0 a {high} para la salida {kind}; se recibieron valores de {low_seen} a {high_seen}</translation>
    </message>
    <message>
        <source>{field} must be a finite number greater than {low} and at most {high}; got {value}</source>
        <translation>{field} debe ser un número finito mayor que {low} y como máximo {high}; se recibió {value}</translation>
    </message>
    <message>
        <source>{field} must be a finite number at least {low} and at most {high}; got {value}</source>
        <translation>{field} debe ser un número finito de al menos {low} y como máximo {high}; se recibió {value}</translation>
    </message>
    <message>
        <source>params[{layer}] must be W of shape {w_shape} and b of shape {b_shape}; got {w_got} and {b_got}</source>
        <translation>params[{layer}] debe ser W de forma {w_shape} y b de forma {b_shape}; se recibieron {w_got} y {b_got}</translation>
    </message>
    <message>
        <source>seed must be an integer; got {value}</source>
        <translation>la semilla debe ser un entero; se recibió {value}</translation>
    </message>
    <message>
        <source>shuffle must be True or False; got {value}</source>
        <translation>shuffle debe ser True o False; se recibió {value}</translation>
    </message>
    <message>
        <source>batch_size must be an integer of at least 1; got {value}</source>
        <translation>batch_size debe ser un entero de al menos 1; se recibió {value}</translation>
    </message>
    <message>
        <source>link ({i}, {j}) of layer {layer} is disabled; enable it first</source>
        <translation>la conexión ({i}, {j}) de la capa {layer} está desactivada; actívala primero</translation>
    </message>
    <message>
        <source>{field} contains NaN or infinity</source>
        <translation>{field} contiene NaN o infinito</translation>
    </message>
    <message>
        <source>dtype must be one of {choices}; got {value}</source>
        <translation>dtype debe ser uno de {choices}; se recibió {value}</translation>
    </message>
    <message>
        <source>network {field} must be a list of numbers</source>
        <translation>la red: {field} debe ser una lista de números</translation>
    </message>
    <message>
        <source>{field} must be a finite number &gt;= 0; got {value}</source>
        <translation>{field} debe ser un número finito &gt;= 0; se recibió {value}</translation>
    </message>
</context>
<context>
    <name>walkthrough</name>
    <message>
        <source>&amp;Backprop, step by step…</source>
        <translation>&amp;Retropropagación paso a paso…</translation>
    </message>
    <message>
        <source>Walk through backpropagation on one data point, with this network's numbers (W)</source>
        <translation>Recorre la retropropagación con un punto de datos, con los números de esta red (W)</translation>
    </message>
    <message>
        <source>Compare is on: turn it off (C) to walk through one network.</source>
        <translation>Comparar está activado: desactívalo (C) para recorrer una sola red.</translation>
    </message>
    <message>
        <source>Cannot walk through a point: {reason}.</source>
        <translation>No se puede recorrer un punto: {reason}.</translation>
    </message>
    <message>
        <source>Cannot walk through this point: {reason}</source>
        <translation>No se puede recorrer este punto: {reason}</translation>
    </message>
    <message>
        <source>training point {number}</source>
        <translation>punto de entrenamiento {number}</translation>
    </message>
    <message>
        <source>test point {number}</source>
        <translation>punto de prueba {number}</translation>
    </message>
    <message>
        <source>There are no training points to pick from yet.</source>
        <translation>Todavía no hay puntos de entrenamiento entre los que elegir.</translation>
    </message>
    <message>
        <source>No data point there: click on one of the dots.</source>
        <translation>Ahí no hay ningún punto de datos: haz clic en uno de los puntos.</translation>
    </message>
    <message>
        <source>A point</source>
        <translation>Un punto</translation>
    </message>
    <message>
        <source>&lt;b&gt;{point}&lt;/b&gt; at ({x1}, {x2}), {target}</source>
        <translation>&lt;b&gt;{point}&lt;/b&gt; en ({x1}, {x2}), {target}</translation>
    </message>
    <message>
        <source>The point ({x1}, {x2}), target {target}, through the network as it is after epoch {epoch} ({steps} steps). Click another point to change it.</source>
        <translation>El punto ({x1}, {x2}), objetivo {target}, a través de la red tal como está tras la época {epoch} ({steps} pasos). Haz clic en otro punto para cambiarlo.</translation>
    </message>
    <message>
        <source>value {value}</source>
        <translation>valor {value}</translation>
    </message>
    <message>
        <source>class {glyph} {name}</source>
        <translation>clase {glyph} {name}</translation>
    </message>
    <message>
        <source>Pause autoplay</source>
        <translation>Pausar la reproducción automática</translation>
    </message>
    <message>
        <source>Autoplay</source>
        <translation>Reproducción automática</translation>
    </message>
    <message>
        <source>Not applied: {reason}.</source>
        <translation>No aplicado: {reason}.</translation>
    </message>
    <message>
        <source>Applied: every weight moved by the amount shown. {loss_change} Next (→) walks through again with the new weights.</source>
        <translation>Aplicado: cada peso se movió la cantidad mostrada. {loss_change} Siguiente (→) vuelve a recorrerlo con los pesos nuevos.</translation>
    </message>
    <message>
        <source>The loss on this point before: {before}
after: {after}</source>
        <translation>La pérdida en este punto antes: {before}
después: {after}</translation>
    </message>
    <message>
        <source>Not undone: {reason}</source>
        <translation>No deshecho: {reason}</translation>
    </message>
    <message>
        <source>Training is running, so these numbers are out of date. Pause (Space) and the walkthrough follows the new weights.</source>
        <translation>El entrenamiento está en marcha, así que estos números están desfasados. Pausa (Space) y el recorrido seguirá los pesos nuevos.</translation>
    </message>
</context>
<context>
    <name>walkthrough_apply</name>
    <message>
        <source>Apply a backprop step</source>
        <translation>Aplicar un paso de retropropagación</translation>
    </message>
    <message>
        <source>Compare is on</source>
        <translation>Comparar está activado</translation>
    </message>
    <message>
        <source>the network changed since this point was traced</source>
        <translation>la red ha cambiado desde que se trazó este punto</translation>
    </message>
    <message>
        <source>the network has changed since</source>
        <translation>la red ha cambiado desde entonces</translation>
    </message>
</context>
<context>
    <name>walkthrough_backward</name>
    <message>
        <source>f′(z) = 1 if z &gt; 0, else 0</source>
        <translation>f′(z) = 1 si z &gt; 0; si no, 0</translation>
    </message>
    <message>
        <source>f′(z) = 1 if z &gt; 0, else 0.01</source>
        <translation>f′(z) = 1 si z &gt; 0; si no, 0.01</translation>
    </message>
    <message>
        <source>f′(z) = 1 if z &gt; 0, else a + 1</source>
        <translation>f′(z) = 1 si z &gt; 0; si no, a + 1</translation>
    </message>
    <message>
        <source>dropped: δ = 0</source>
        <translation>apagada: δ = 0</translation>
    </message>
    <message>
        <source>{neuron}: dropped by dropout for this point: δ = 0</source>
        <translation>{neuron}: apagada por el dropout para este punto: δ = 0</translation>
    </message>
    <message>
        <source>&lt;b&gt;{neuron}&lt;/b&gt; was dropped for this point: δ = 0 (its a was 0, so it did not change the loss, and no gradient flows back through it).</source>
        <translation>&lt;b&gt;{neuron}&lt;/b&gt; estaba apagada para este punto: δ = 0 (su a era 0, así que no cambió la pérdida, y ningún gradiente vuelve a través de ella).</translation>
    </message>
    <message>
        <source>m = {scale} (kept by dropout)
Σ w·δ (next layer) = {back}</source>
        <translation>m = {scale} (conservada por el dropout)
Σ w·δ (capa siguiente) = {back}</translation>
    </message>
    <message>
        <source>For a sigmoid output with the cross-entropy loss, the chain rule ∂L/∂p · ∂p/∂z simplifies to just &lt;b&gt;δ = p − y&lt;/b&gt;.</source>
        <translation>Para una salida sigmoide con la pérdida de entropía cruzada, la regla de la cadena ∂L/∂p · ∂p/∂z se simplifica a solo &lt;b&gt;δ = p − y&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>For softmax with the cross-entropy loss, the chain rule simplifies to &lt;b&gt;δ = p − y&lt;/b&gt; for every output (y is 1 for the point's class, 0 otherwise).</source>
        <translation>Para softmax con la pérdida de entropía cruzada, la regla de la cadena se simplifica a &lt;b&gt;δ = p − y&lt;/b&gt; para cada salida (y es 1 para la clase del punto y 0 para las demás).</translation>
    </message>
    <message>
        <source>For a linear output with the squared error ½(ŷ − y)², the chain rule gives &lt;b&gt;δ = ŷ − y&lt;/b&gt;.</source>
        <translation>Para una salida lineal con el error cuadrático ½(ŷ − y)², la regla de la cadena da &lt;b&gt;δ = ŷ − y&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Now backwards, starting at the output. &lt;b&gt;δ = ∂L/∂z&lt;/b&gt; says how much the loss changes when a neuron's z changes. {why}</source>
        <translation>Ahora hacia atrás, empezando por la salida. &lt;b&gt;δ = ∂L/∂z&lt;/b&gt; dice cuánto cambia la pérdida cuando cambia la z de una neurona. {why}</translation>
    </message>
    <message>
        <source>Backward from the output</source>
        <translation>Hacia atrás desde la salida</translation>
    </message>
    <message>
        <source>δ = ∂L/∂z
on the links: ∂L/∂w = a × δ</source>
        <translation>δ = ∂L/∂z
en las conexiones: ∂L/∂w = a × δ</translation>
    </message>
    <message>
        <source>Σ w·δ (next layer) = {back}</source>
        <translation>Σ w·δ (capa siguiente) = {back}</translation>
    </message>
    <message>
        <source>Backward through hidden layer {layer} ({activation})</source>
        <translation>Hacia atrás por la capa oculta {layer} ({activation})</translation>
    </message>
    <message>
        <source>The chain rule: a neuron's δ is the δ's of the next layer, each times the weight of the link it reached them by, added up, times the slope of its own activation at its z: &lt;b&gt;δ = f′(z) × Σ w·δ&lt;/b&gt;. For {activation}, {slope}.</source>
        <translation>La regla de la cadena: la δ de una neurona es la suma de las δ de la capa siguiente, cada una por el peso de la conexión que las une, multiplicada por la pendiente de su propia activación en su z: &lt;b&gt;δ = f′(z) × Σ w·δ&lt;/b&gt;. Para {activation}, {slope}.</translation>
    </message>
    <message>
        <source>With dropout, the factor by which the forward pass scaled the neuron comes in too: &lt;b&gt;δ = f′(z) × m × Σ w·δ&lt;/b&gt;, with m = 0 for a neuron dropped for this point and 1/(1 − {rate}) for one kept.</source>
        <translation>Con dropout entra también el factor por el que la pasada hacia adelante escaló la neurona: &lt;b&gt;δ = f′(z) × m × Σ w·δ&lt;/b&gt;, con m = 0 para una neurona apagada para este punto y 1/(1 − {rate}) para una conservada.</translation>
    </message>
    <message>
        <source>δ = f′(z) × Σ w·δ
on the links: ∂L/∂w = a × δ</source>
        <translation>δ = f′(z) × Σ w·δ
en las conexiones: ∂L/∂w = a × δ</translation>
    </message>
    <message>
        <source>Each link into this layer gets its gradient: the activation &lt;b&gt;a&lt;/b&gt; at the link's start times the &lt;b&gt;δ&lt;/b&gt; at its end, &lt;b&gt;∂L/∂w = a × δ&lt;/b&gt;.</source>
        <translation>Cada conexión que entra en esta capa recibe su gradiente: la activación &lt;b&gt;a&lt;/b&gt; al principio de la conexión por la &lt;b&gt;δ&lt;/b&gt; al final, &lt;b&gt;∂L/∂w = a × δ&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>A bias is a link from a constant 1, so ∂L/∂b = δ: {biases}.</source>
        <translation>Un sesgo es una conexión desde un 1 constante, así que ∂L/∂b = δ: {biases}.</translation>
    </message>
</context>
<context>
    <name>walkthrough_forward</name>
    <message>
        <source>The point ({x1}, {x2}) goes in. Each input node passes one feature of it on: {values}.</source>
        <translation>Entra el punto ({x1}, {x2}). Cada nodo de entrada pasa una característica suya: {values}.</translation>
    </message>
    <message>
        <source>These are the activations &lt;b&gt;a&lt;/b&gt; of the input layer. From here each layer works out its neurons from the layer before it.</source>
        <translation>Estas son las activaciones &lt;b&gt;a&lt;/b&gt; de la capa de entrada. A partir de aquí, cada capa calcula sus neuronas a partir de la capa anterior.</translation>
    </message>
    <message>
        <source>(the point is ({x1}, {x2}))</source>
        <translation>(el punto es ({x1}, {x2}))</translation>
    </message>
    <message>
        <source>The inputs</source>
        <translation>Las entradas</translation>
    </message>
    <message>
        <source>a = the features of the point</source>
        <translation>a = las características del punto</translation>
    </message>
    <message>
        <source>carries a = {value} from {neuron}</source>
        <translation>lleva a = {value} desde {neuron}</translation>
    </message>
    <message>
        <source> (the output is linear)</source>
        <translation> (la salida es lineal)</translation>
    </message>
    <message>
        <source>the output neuron (sigmoid)</source>
        <translation>la neurona de salida (sigmoide)</translation>
    </message>
    <message>
        <source>the output neurons (softmax)</source>
        <translation>las neuronas de salida (softmax)</translation>
    </message>
    <message>
        <source>the output neuron (linear)</source>
        <translation>la neurona de salida (lineal)</translation>
    </message>
    <message>
        <source>The output layer: {head}</source>
        <translation>La capa de salida: {head}</translation>
    </message>
    <message>
        <source>The output neurons add up their inputs the same way, &lt;b&gt;z = Σ w·a + b&lt;/b&gt;, with the activations of the last layer as inputs.</source>
        <translation>Las neuronas de salida suman sus entradas de la misma forma, &lt;b&gt;z = Σ w·a + b&lt;/b&gt;, con las activaciones de la última capa como entradas.</translation>
    </message>
    <message>
        <source>Then the sigmoid turns z into a probability: &lt;b&gt;p = σ(z) = 1 / (1 + e⁻ᶻ)&lt;/b&gt;, the network's belief that the point is blue: p = {p}.</source>
        <translation>Luego la sigmoide convierte z en una probabilidad: &lt;b&gt;p = σ(z) = 1 / (1 + e⁻ᶻ)&lt;/b&gt;, lo que la red cree que el punto es azul: p = {p}.</translation>
    </message>
    <message>
        <source>Then softmax turns the z's into probabilities that add up to 1: &lt;b&gt;p = eᶻ / Σ eᶻ&lt;/b&gt;, over all outputs. Here: {parts}.</source>
        <translation>Luego softmax convierte las z en probabilidades que suman 1: &lt;b&gt;p = eᶻ / Σ eᶻ&lt;/b&gt;, sobre todas las salidas. Aquí: {parts}.</translation>
    </message>
    <message>
        <source>The output is linear: the prediction is z itself.</source>
        <translation>La salida es lineal: la predicción es la propia z.</translation>
    </message>
    <message>
        <source>z = Σ w·a + b, then {rule}
on the links: w</source>
        <translation>z = Σ w·a + b, luego {rule}
en las conexiones: w</translation>
    </message>
    <message>
        <source>Hidden layer {layer} of {layers} ({activation})</source>
        <translation>Capa oculta {layer} de {layers} ({activation})</translation>
    </message>
    <message>
        <source>Each neuron adds up its inputs, each times the weight of its link, plus its bias: &lt;b&gt;z = Σ w·a + b&lt;/b&gt;. Then it applies its activation: &lt;b&gt;a = f(z)&lt;/b&gt;, here {formula}.</source>
        <translation>Cada neurona suma sus entradas, cada una por el peso de su conexión, más su sesgo: &lt;b&gt;z = Σ w·a + b&lt;/b&gt;. Luego aplica su activación: &lt;b&gt;a = f(z)&lt;/b&gt;, aquí {formula}.</translation>
    </message>
    <message>
        <source> (h1.2 is neuron 2 of hidden layer 1.)</source>
        <translation> (h1.2 es la neurona 2 de la capa oculta 1.)</translation>
    </message>
    <message>
        <source>z = Σ w·a + b,  a = f(z)
on the links: w</source>
        <translation>z = Σ w·a + b,  a = f(z)
en las conexiones: w</translation>
    </message>
    <message>
        <source>, dropped for this point: &lt;b&gt;a = 0&lt;/b&gt;</source>
        <translation>, apagada para este punto: &lt;b&gt;a = 0&lt;/b&gt;</translation>
    </message>
    <message>
        <source>dropped by dropout (f(z) = {value})</source>
        <translation>apagada por el dropout (f(z) = {value})</translation>
    </message>
    <message>
        <source>dropped: a = 0</source>
        <translation>apagada: a = 0</translation>
    </message>
    <message>
        <source>kept by dropout: a = f(z) × {scale}, f(z) = {value}</source>
        <translation>conservada por el dropout: a = f(z) × {scale}, f(z) = {value}</translation>
    </message>
    <message>
        <source>Here p is closer to 0 or 1 than 64-bit numbers can hold, so the engine works the loss out from z instead:</source>
        <translation>Aquí p está más cerca de 0 o de 1 de lo que pueden representar los números de 64 bits, así que el motor calcula la pérdida a partir de z:</translation>
    </message>
    <message>
        <source>loss L = {value}</source>
        <translation>pérdida L = {value}</translation>
    </message>
    <message>
        <source>The network says p = {p} for blue; the point is {name}, so y = {y}. </source>
        <translation>La red dice p = {p} para azul; el punto es {name}, así que y = {y}. </translation>
    </message>
    <message>
        <source>The closer p gets to 1, the smaller the loss.</source>
        <translation>Cuanto más se acerca p a 1, menor es la pérdida.</translation>
    </message>
    <message>
        <source>The closer p gets to 0, the smaller the loss.</source>
        <translation>Cuanto más se acerca p a 0, menor es la pérdida.</translation>
    </message>
    <message>
        <source>cross-entropy</source>
        <translation>entropía cruzada</translation>
    </message>
    <message>
        <source>The point is {target}. Only the probability the network gives that class counts: p({name}) = {p}. The closer it gets to 1, the smaller the loss.</source>
        <translation>El punto es {target}. Solo cuenta la probabilidad que la red da a esa clase: p({name}) = {p}. Cuanto más se acerca a 1, menor es la pérdida.</translation>
    </message>
    <message>
        <source>The network predicts ŷ = {prediction}; the point's value is y = {y}.</source>
        <translation>La red predice ŷ = {prediction}; el valor del punto es y = {y}.</translation>
    </message>
    <message>
        <source>squared error</source>
        <translation>error cuadrático</translation>
    </message>
    <message>
        <source>The loss ({name}) measures how wrong that is:</source>
        <translation>La pérdida ({name}) mide cuánto se equivoca:</translation>
    </message>
    <message>
        <source>Regularization adds {penalty} over all weights, so in total {total}.</source>
        <translation>La regularización suma {penalty} sobre todos los pesos, así que en total {total}.</translation>
    </message>
    <message>
        <source>Learning means changing the weights so that this number goes down. The backward pass works out which way each weight should move.</source>
        <translation>Aprender significa cambiar los pesos para que este número baje. La pasada hacia atrás calcula hacia dónde debe moverse cada peso.</translation>
    </message>
    <message>
        <source>L: how wrong
the prediction is</source>
        <translation>L: cuánto se equivoca
la predicción</translation>
    </message>
    <message>
        <source>The loss on this point</source>
        <translation>La pérdida en este punto</translation>
    </message>
</context>
<context>
    <name>walkthrough_jobs</name>
    <message>
        <source>Compare is on: turn it off (C) to walk through one network</source>
        <translation>Comparar está activado: desactívalo (C) para recorrer una sola red</translation>
    </message>
    <message>
        <source>there are no training points to pick from yet</source>
        <translation>todavía no hay puntos de entrenamiento entre los que elegir</translation>
    </message>
    <message>
        <source>training point {number}</source>
        <translation>punto de entrenamiento {number}</translation>
    </message>
</context>
<context>
    <name>walkthrough_overlay</name>
    <message>
        <source>Dropped by dropout for this point: it passes 0 on and gets δ = 0</source>
        <translation>Apagada por el dropout para este punto: pasa un 0 y recibe δ = 0</translation>
    </message>
</context>
<context>
    <name>walkthrough_panel</name>
    <message>
        <source>Backprop, step by step</source>
        <translation>Retropropagación paso a paso</translation>
    </message>
    <message>
        <source>Close the walkthrough (Esc); the loss chart comes back</source>
        <translation>Cierra el recorrido (Esc); vuelve la gráfica de pérdida</translation>
    </message>
    <message>
        <source>Random point</source>
        <translation>Punto aleatorio</translation>
    </message>
    <message>
        <source>Take a random training point (or click any point on the plot above)</source>
        <translation>Toma un punto de entrenamiento aleatorio (o haz clic en cualquier punto de la gráfica de arriba)</translation>
    </message>
    <message>
        <source>The forward pass: each layer computes z = Σ w·a + b and a = f(z) (click to jump there)</source>
        <translation>La pasada hacia adelante: cada capa calcula z = Σ w·a + b y a = f(z) (haz clic para ir ahí)</translation>
    </message>
    <message>
        <source>The loss: how far the prediction is from the target (click to jump there)</source>
        <translation>La pérdida: lo lejos que está la predicción del objetivo (haz clic para ir ahí)</translation>
    </message>
    <message>
        <source>The backward pass: δ = ∂L/∂z from the output back, by the chain rule (click to jump there)</source>
        <translation>La pasada hacia atrás: δ = ∂L/∂z desde la salida hacia atrás, por la regla de la cadena (haz clic para ir ahí)</translation>
    </message>
    <message>
        <source>The weight update: each weight moves against its gradient (click to jump there)</source>
        <translation>La actualización de los pesos: cada peso se mueve en contra de su gradiente (haz clic para ir ahí)</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Atrás</translation>
    </message>
    <message>
        <source>The step before (←)</source>
        <translation>El paso anterior (←)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <source>The next step (→)</source>
        <translation>El paso siguiente (→)</translation>
    </message>
    <message>
        <source>Autoplay</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Go through the steps by itself, one every {seconds} seconds; it stops before the update</source>
        <translation>Recorre los pasos solo, uno cada {seconds} segundos; se detiene antes de la actualización</translation>
    </message>
    <message>
        <source>Apply update</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Make exactly this update to the network's weights (A); the boundary moves. Undo with Ctrl+Z.</source>
        <translation>Hace exactamente esta actualización en los pesos de la red (A); la frontera se mueve. Se deshace con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Which step of the walkthrough is on show</source>
        <translation>Qué paso del recorrido se muestra</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pick a point:&lt;/b&gt; Next (→) picks one worth a look and says why; or click a point on the plot above, or take a random one.</source>
        <translation>&lt;b&gt;Elige un punto:&lt;/b&gt; Siguiente (→) elige uno que merece la pena y dice por qué; o haz clic en un punto de la gráfica de arriba, o toma uno aleatorio.</translation>
    </message>
    <message>
        <source>&lt;p style='font-size:{size}pt'&gt;Backpropagation in four steps, with this network's own numbers for one point:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Forward pass&lt;/b&gt;: the point goes through the network layer by layer.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Loss&lt;/b&gt;: how far the prediction is from the point's true label.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Backward pass&lt;/b&gt;: the chain rule finds how each weight changed the loss, from the output back.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Weight update&lt;/b&gt;: every weight moves a little against its gradient.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p style='font-size:{size}pt'&gt;La retropropagación en cuatro pasos, con los propios números de esta red para un punto:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Pasada hacia adelante&lt;/b&gt;: el punto atraviesa la red capa a capa.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Pérdida&lt;/b&gt;: lo lejos que está la predicción de la etiqueta real del punto.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Pasada hacia atrás&lt;/b&gt;: la regla de la cadena averigua cómo cambió cada peso la pérdida, desde la salida hacia atrás.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Actualización de los pesos&lt;/b&gt;: cada peso se mueve un poco en contra de su gradiente.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>step {number} of {count}</source>
        <translation>paso {number} de {count}</translation>
    </message>
</context>
<context>
    <name>walkthrough_pick</name>
    <message>
        <source>This point is one the network gets wrong: it calls it {predicted}, but the point is {target}.</source>
        <translation>La red se equivoca con este punto: lo considera {predicted}, pero el punto es {target}.</translation>
    </message>
    <message>
        <source> It is the only training point the network gets wrong.</source>
        <translation> Es el único punto de entrenamiento con el que la red se equivoca.</translation>
    </message>
    <message numerus="yes">
        <source> Of the %n training points it gets wrong, this one has the largest loss.</source>
        <translation><numerusform> De los %n puntos de entrenamiento en los que se equivoca, este es el de mayor pérdida.</numerusform><numerusform> De los %n puntos de entrenamiento en los que se equivoca, este es el de mayor pérdida.</numerusform></translation>
    </message>
    <message>
        <source>This is the training point with the largest loss: the prediction is furthest from the point's value here.</source>
        <translation>Este es el punto de entrenamiento con mayor pérdida: aquí la predicción está más lejos del valor del punto.</translation>
    </message>
    <message>
        <source>The network gets every training point right; this is the one with the largest loss.</source>
        <translation>La red acierta todos los puntos de entrenamiento; este es el de mayor pérdida.</translation>
    </message>
    <message>
        <source>The walkthrough picked this point because the network got it wrong; with the weights as they are now, it gets it right.</source>
        <translation>El recorrido eligió este punto porque la red se equivocaba; con los pesos actuales, lo acierta.</translation>
    </message>
    <message>
        <source>The walkthrough picked this point because its loss was the largest; with the weights as they are now, another point's loss is larger.</source>
        <translation>El recorrido eligió este punto porque su pérdida era la mayor; con los pesos actuales, la pérdida de otro punto es mayor.</translation>
    </message>
</context>
<context>
    <name>walkthrough_sample</name>
    <message>
        <source>it switched off none of them this time</source>
        <translation>esta vez no apagó ninguna</translation>
    </message>
    <message>
        <source>it switched off {neurons} (crossed out): their a is 0, so nothing from them reaches the next layer, and they learn nothing from this point</source>
        <translation>apagó {neurons} (tachadas): su a es 0, así que nada de ellas llega a la capa siguiente, y no aprenden nada de este punto</translation>
    </message>
    <message>
        <source>it switched off {neurons} (crossed out): its a is 0, so nothing from it reaches the next layer, and it learns nothing from this point</source>
        <translation>apagó {neurons} (tachada): su a es 0, así que nada de ella llega a la capa siguiente, y no aprende nada de este punto</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dropout {rate}&lt;/b&gt; is on in this layer: while training, each neuron is switched off for each point with probability {rate}. For this point {which}. The neurons kept are scaled by 1/(1 − {rate}), so that the layer passes on as much on average. Evaluation, the loss curve and the maps use every neuron.</source>
        <translation>&lt;b&gt;Dropout {rate}&lt;/b&gt; está activado en esta capa: durante el entrenamiento, cada neurona se apaga para cada punto con probabilidad {rate}. Para este punto {which}. Las neuronas conservadas se escalan por 1/(1 − {rate}), para que la capa transmita lo mismo en promedio. La evaluación, la curva de pérdida y los mapas usan todas las neuronas.</translation>
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
        <translation>las entradas</translation>
    </message>
    <message>
        <source>the output layer</source>
        <translation>la capa de salida</translation>
    </message>
    <message>
        <source>hidden layer {layer} of {layers}</source>
        <translation>capa oculta {layer} de {layers}</translation>
    </message>
    <message>
        <source>y = {y} (the point is {name})</source>
        <translation>y = {y} (el punto es {name})</translation>
    </message>
    <message>
        <source>class {number} ({name})</source>
        <translation>clase {number} ({name})</translation>
    </message>
</context>
<context>
    <name>walkthrough_text</name>
    <message>
        <source>Forward pass</source>
        <translation>Hacia adelante</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <source>Backward pass</source>
        <translation>Hacia atrás</translation>
    </message>
    <message>
        <source>Weight update</source>
        <translation>Actualización</translation>
    </message>
    <message>
        <source>The loss on this point stayed exactly {loss}.</source>
        <translation>La pérdida en este punto se quedó exactamente en {loss}.</translation>
    </message>
    <message>
        <source>The loss on this point fell by {change}: too little to show at {digits} digits, where it reads {loss} before and after.</source>
        <translation>La pérdida en este punto bajó {change}: demasiado poco para verse con {digits} cifras, donde se lee {loss} antes y después.</translation>
    </message>
    <message>
        <source>The loss on this point rose by {change}: too little to show at {digits} digits, where it reads {loss} before and after.</source>
        <translation>La pérdida en este punto subió {change}: demasiado poco para verse con {digits} cifras, donde se lee {loss} antes y después.</translation>
    </message>
    <message>
        <source>The loss on this point fell from {old} to {new}.</source>
        <translation>La pérdida en este punto bajó de {old} a {new}.</translation>
    </message>
    <message>
        <source>The loss on this point rose from {old} to {new}.</source>
        <translation>La pérdida en este punto subió de {old} a {new}.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;i&gt;… and %n more links: hover over them in the network.&lt;/i&gt;</source>
        <translation><numerusform>&lt;i&gt;… y %n conexión más: pasa el ratón sobre ella en la red.&lt;/i&gt;</numerusform><numerusform>&lt;i&gt;… y %n conexiones más: pasa el ratón sobre ellas en la red.&lt;/i&gt;</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>&lt;i&gt;… and %n more neurons: hover over them in the network.&lt;/i&gt;</source>
        <translation><numerusform>&lt;i&gt;… y %n neurona más: pasa el ratón sobre ella en la red.&lt;/i&gt;</numerusform><numerusform>&lt;i&gt;… y %n neuronas más: pasa el ratón sobre ellas en la red.&lt;/i&gt;</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>… (%n more)</source>
        <translation><numerusform>… (%n más)</numerusform><numerusform>… (%n más)</numerusform></translation>
    </message>
</context>
<context>
    <name>walkthrough_tfp</name>
    <message>
        <source>the output neuron (tanh, as in TensorFlow Playground)</source>
        <translation>la neurona de salida (tanh, como en TensorFlow Playground)</translation>
    </message>
    <message>
        <source>½ squared error</source>
        <translation>½ error cuadrático</translation>
    </message>
    <message>
        <source>Then tanh turns z into the output &lt;b&gt;ŷ = tanh(z)&lt;/b&gt;, between −1 and 1, as TensorFlow Playground's does: near +1 says {yes}, near −1 says {no}. Here ŷ = {output}.</source>
        <translation>Luego tanh convierte z en la salida &lt;b&gt;ŷ = tanh(z)&lt;/b&gt;, entre −1 y 1, como hace TensorFlow Playground: cerca de +1 dice {yes}, cerca de −1 dice {no}. Aquí ŷ = {output}.</translation>
    </message>
    <message>
        <source>The network says ŷ = {output}; the point is {name}, so its target is t = {target} (TensorFlow Playground's labels are −1 and +1). The closer ŷ gets to t, the smaller the loss.</source>
        <translation>La red dice ŷ = {output}; el punto es {name}, así que su objetivo es t = {target} (las etiquetas de TensorFlow Playground son −1 y +1). Cuanto más se acerca ŷ a t, menor es la pérdida.</translation>
    </message>
    <message>
        <source>For TensorFlow Playground's tanh output with the squared error ½(ŷ − t)², the chain rule gives &lt;b&gt;δ = (ŷ − t)·(1 − ŷ²)&lt;/b&gt;: the slope of tanh, 1 − ŷ², makes δ small whenever ŷ is near +1 or −1, even near the wrong one.</source>
        <translation>Para la salida tanh de TensorFlow Playground con el error cuadrático ½(ŷ − t)², la regla de la cadena da &lt;b&gt;δ = (ŷ − t)·(1 − ŷ²)&lt;/b&gt;: la pendiente de tanh, 1 − ŷ², hace pequeña δ siempre que ŷ está cerca de +1 o de −1, incluso cerca del equivocado.</translation>
    </message>
    <message>
        <source>w = 0 stays &lt;b&gt;0&lt;/b&gt;: in TensorFlow Playground's L1 rule a weight that L1 has set to zero stays there.</source>
        <translation>w = 0 se queda en &lt;b&gt;0&lt;/b&gt;: en la regla L1 de TensorFlow Playground, un peso que L1 ha puesto a cero se queda ahí.</translation>
    </message>
    <message>
        <source>: L1's own pull, η·λ₁ = {pull}, carries it across zero, so TensorFlow Playground's L1 rule sets it to exactly &lt;b&gt;0&lt;/b&gt;.</source>
        <translation>: el propio tirón de L1, η·λ₁ = {pull}, le hace cruzar el cero, así que la regla L1 de TensorFlow Playground lo pone exactamente a &lt;b&gt;0&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>L1's own pull, η·λ₁ = {pull}, carries w = {weight} across zero in this {optimizer} step, so TensorFlow Playground's L1 rule sets it to exactly &lt;b&gt;0&lt;/b&gt;.</source>
        <translation>El propio tirón de L1, η·λ₁ = {pull}, hace cruzar el cero a w = {weight} en este paso de {optimizer}, así que la regla L1 de TensorFlow Playground lo pone exactamente a &lt;b&gt;0&lt;/b&gt;.</translation>
    </message>
</context>
<context>
    <name>walkthrough_update</name>
    <message>
        <source>&lt;b&gt;w ← w − η·∂L/∂w&lt;/b&gt;, with the learning rate η = {rate}.</source>
        <translation>&lt;b&gt;w ← w − η·∂L/∂w&lt;/b&gt;, con la tasa de aprendizaje η = {rate}.</translation>
    </message>
    <message>
        <source>The optimizer is {optimizer}, with g = ∂L/∂w: &lt;b&gt;{rule}&lt;/b&gt; ({constants}); m′ and v′ are m and v corrected for the first steps. Its memory of earlier steps changes how far each weight moves.</source>
        <translation>El optimizador es {optimizer}, con g = ∂L/∂w: &lt;b&gt;{rule}&lt;/b&gt; ({constants}); m′ y v′ son m y v corregidos para los primeros pasos. Su memoria de los pasos anteriores cambia cuánto se mueve cada peso.</translation>
    </message>
    <message>
        <source>The optimizer is {optimizer}, with g = ∂L/∂w: &lt;b&gt;{rule}&lt;/b&gt; ({constants}). Its memory of earlier steps changes how far each weight moves.</source>
        <translation>El optimizador es {optimizer}, con g = ∂L/∂w: &lt;b&gt;{rule}&lt;/b&gt; ({constants}). Su memoria de los pasos anteriores cambia cuánto se mueve cada peso.</translation>
    </message>
    <message>
        <source>w = 0 stays &lt;b&gt;0&lt;/b&gt;: the data pull it with ∂L/∂w = {gradient}, no harder than L1's pull back to zero, λ₁ = {l1}.</source>
        <translation>w = 0 se queda en &lt;b&gt;0&lt;/b&gt;: los datos tiran de él con ∂L/∂w = {gradient}, no más fuerte que el tirón de L1 de vuelta a cero, λ₁ = {l1}.</translation>
    </message>
    <message>
        <source>, across zero, so L1 sets it to exactly &lt;b&gt;0&lt;/b&gt;.</source>
        <translation>, cruza el cero, así que L1 lo pone exactamente a &lt;b&gt;0&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>the {optimizer} step would carry w = {weight} across zero, so L1 sets it to exactly &lt;b&gt;0&lt;/b&gt;.</source>
        <translation>el paso de {optimizer} haría cruzar el cero a w = {weight}, así que L1 lo pone exactamente a &lt;b&gt;0&lt;/b&gt;.</translation>
    </message>
    <message>
        <source> (changes by {change})</source>
        <translation> (cambia en {change})</translation>
    </message>
    <message>
        <source>new w = {weight}</source>
        <translation>nuevo w = {weight}</translation>
    </message>
    <message>
        <source>{neuron}: bias b = {bias}</source>
        <translation>{neuron}: sesgo b = {bias}</translation>
    </message>
    <message>
        <source>new b = {bias}</source>
        <translation>nuevo b = {bias}</translation>
    </message>
    <message>
        <source>bias of {neuron}: {update}</source>
        <translation>sesgo de {neuron}: {update}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Into {layer}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Hacia {layer}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Where a change is too small to show at {digits} digits, it is written after the new value: “(changes by …)”.</source>
        <translation>Cuando un cambio es demasiado pequeño para verse con {digits} cifras, se escribe tras el valor nuevo: «(cambia en …)».</translation>
    </message>
    <message>
        <source>Every weight and bias now moves a small step against its gradient, which lowers the loss on this point unless the step is too large. {rule}</source>
        <translation>Cada peso y cada sesgo se mueven ahora un pequeño paso en contra de su gradiente, lo que baja la pérdida en este punto salvo que el paso sea demasiado grande. {rule}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Apply&lt;/b&gt; makes exactly this update in the network, and the boundary on the right is drawn again with the new weights.</source>
        <translation>&lt;b&gt;Aplicar&lt;/b&gt; hace exactamente esta actualización en la red, y la frontera de la derecha se vuelve a dibujar con los pesos nuevos.</translation>
    </message>
    <message>
        <source>{rule}
on the links: the change Δw</source>
        <translation>{rule}
en las conexiones: el cambio Δw</translation>
    </message>
    <message>
        <source>The weight update ({optimizer})</source>
        <translation>La actualización de los pesos ({optimizer})</translation>
    </message>
</context>
<context>
    <name>warnings_check</name>
    <message>
        <source>The rule: while much is left to learn (training accuracy under 90 %, or a regression loss above half its start), a hidden layer is starved (vanishing) when its weights change less than 1/50 as fast for their size as the output layer's, ‖∂L/∂W‖/‖W‖ on the whole training set. A network that has learned has small gradients everywhere, and that is not vanishing. Exploding: one step (learning rate × gradient) would change a layer's weights by more than their own size, or training diverged.</source>
        <translation>La regla: mientras queda mucho por aprender (exactitud de entrenamiento por debajo del 90 %, o una pérdida de regresión por encima de la mitad de la inicial), una capa oculta se queda sin gradiente (desvanecimiento) cuando sus pesos cambian, en relación con su tamaño, menos de 1/50 de rápido que los de la capa de salida, ‖∂L/∂W‖/‖W‖ en todo el conjunto de entrenamiento. Una red que ya ha aprendido tiene gradientes pequeños en todas partes, y eso no es desvanecimiento. Explosión: un paso (tasa de aprendizaje × gradiente) cambiaría los pesos de una capa más que su propio tamaño, o el entrenamiento divergió.</translation>
    </message>
    <message>
        <source>Dead ReLU: it outputs 0 on every training point, so it passes nothing on and its weights get no gradient; it will not come back by itself. The usual cause is a learning rate too large, which threw its weights far negative. Leaky ReLU never dies.</source>
        <translation>ReLU muerta: da 0 en todos los puntos de entrenamiento, así que no transmite nada y sus pesos no reciben gradiente; no volverá por sí sola. La causa habitual es una tasa de aprendizaje demasiado grande, que lanzó sus pesos muy hacia lo negativo. Leaky ReLU nunca muere.</translation>
    </message>
    <message>
        <source>View › Gradients (G) shows which layers hardly learn.</source>
        <translation>Ver › Gradientes (G) muestra qué capas apenas aprenden.</translation>
    </message>
    <message>
        <source>hidden layer {number}</source>
        <translation>la capa oculta {number}</translation>
    </message>
    <message>
        <source>hidden layers {numbers}</source>
        <translation>las capas ocultas {numbers}</translation>
    </message>
    <message>
        <source>the output layer</source>
        <translation>la capa de salida</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} y {last}</translation>
    </message>
    <message>
        <source>so the network gives every point the same answer and cannot learn</source>
        <translation>así que la red da la misma respuesta a todos los puntos y no puede aprender</translation>
    </message>
    <message>
        <source>so they get no gradient and will not come back</source>
        <translation>así que no reciben gradiente y no volverán</translation>
    </message>
    <message>
        <source>Likely cause: the learning rate ({rate}) is so large that a step threw their weights far negative; lower it and press reset, or use leaky ReLU.</source>
        <translation>Causa probable: la tasa de aprendizaje ({rate}) es tan grande que un paso lanzó sus pesos muy hacia lo negativo; bájala y pulsa reiniciar, o usa leaky ReLU.</translation>
    </message>
    <message>
        <source>Likely cause: a large step or a negative bias pushed their weighted sums below zero for every point; try leaky ReLU, a smaller learning rate, or reset.</source>
        <translation>Causa probable: un paso grande o un sesgo negativo llevó sus sumas ponderadas por debajo de cero en todos los puntos; prueba leaky ReLU, una tasa de aprendizaje menor o reiniciar.</translation>
    </message>
    <message>
        <source>Dead ReLUs: 1 neuron of {where} outputs 0 on every training point, {effect}. {cause}</source>
        <translation>ReLU muertas: 1 neurona de {where} da 0 en todos los puntos de entrenamiento, {effect}. {cause}</translation>
    </message>
    <message>
        <source>Dead ReLUs: {count} of {where} output 0 on every training point, {effect}. {cause}</source>
        <translation>ReLU muertas: {count} de {where} dan 0 en todos los puntos de entrenamiento, {effect}. {cause}</translation>
    </message>
    <message>
        <source>both neurons</source>
        <translation>las dos neuronas</translation>
    </message>
    <message numerus="yes">
        <source>all %n neurons</source>
        <translation><numerusform>la %n neurona</numerusform><numerusform>las %n neuronas</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n neurons</source>
        <translation><numerusform>%n neurona</numerusform><numerusform>%n neuronas</numerusform></translation>
    </message>
    <message>
        <source>Exploding gradients: one step would change the weights of {layer} by {ratio}× their own size (learning rate × gradient); each such step makes the next gradient larger. Lower the learning rate.</source>
        <translation>Explosión del gradiente: un paso cambiaría los pesos de {layer} en {ratio}× su propio tamaño (tasa de aprendizaje × gradiente); cada paso así hace mayor el siguiente gradiente. Baja la tasa de aprendizaje.</translation>
    </message>
    <message>
        <source>accuracy {accuracy}</source>
        <translation>exactitud {accuracy}</translation>
    </message>
    <message>
        <source>the loss is still {loss}</source>
        <translation>la pérdida sigue en {loss}</translation>
    </message>
    <message>
        <source> (≤ 0.25 for sigmoid): try fewer layers, tanh or ReLU.</source>
        <translation> (≤ 0.25 para sigmoide): prueba menos capas, tanh o ReLU.</translation>
    </message>
    <message>
        <source>, near 0 for saturated neurons: try a smaller learning rate or fewer layers.</source>
        <translation>, cerca de 0 en neuronas saturadas: prueba una tasa de aprendizaje menor o menos capas.</translation>
    </message>
    <message>
        <source>Vanishing gradients: {layers} learns under 1/50 as fast as the output layer (layer {worst}: 1/{ratio}) with much left to learn ({left}). Each layer back multiplies the gradient by w·f′(z){advice}</source>
        <translation>Desvanecimiento del gradiente: {layers} aprende menos de 1/50 de rápido que la capa de salida (capa {worst}: 1/{ratio}) con mucho por aprender ({left}). Cada capa hacia atrás multiplica el gradiente por w·f′(z){advice}</translation>
    </message>
    <message>
        <source>Vanishing gradients: {layers} learn under 1/50 as fast as the output layer (layer {worst}: 1/{ratio}) with much left to learn ({left}). Each layer back multiplies the gradient by w·f′(z){advice}</source>
        <translation>Desvanecimiento del gradiente: {layers} aprenden menos de 1/50 de rápido que la capa de salida (capa {worst}: 1/{ratio}) con mucho por aprender ({left}). Cada capa hacia atrás multiplica el gradiente por w·f′(z){advice}</translation>
    </message>
    <message>
        <source>Stuck: no better loss for {epochs} epochs, because of the dead neurons.</source>
        <translation>Estancado: ninguna pérdida mejor en {epochs} épocas, a causa de las neuronas muertas.</translation>
    </message>
    <message>
        <source>Stuck: accuracy at chance ({chance}) for {epochs} epochs, because of the dead neurons.</source>
        <translation>Estancado: exactitud al nivel del azar ({chance}) durante {epochs} épocas, a causa de las neuronas muertas.</translation>
    </message>
    <message>
        <source>Stuck: no better loss in the last {epochs} epochs. Try another learning rate, tanh or ReLU rather than sigmoid, fewer layers, or reset for new starting weights.</source>
        <translation>Estancado: ninguna pérdida mejor en las últimas {epochs} épocas. Prueba otra tasa de aprendizaje, tanh o ReLU en vez de sigmoide, menos capas, o reinicia para tener pesos iniciales nuevos.</translation>
    </message>
    <message>
        <source>Stuck: no better loss in the last {epochs} epochs and accuracy at chance ({chance}, the commonest class's share). Try another learning rate, tanh or ReLU rather than sigmoid, fewer layers, or reset for new starting weights.</source>
        <translation>Estancado: ninguna pérdida mejor en las últimas {epochs} épocas y exactitud al nivel del azar ({chance}, la proporción de la clase más común). Prueba otra tasa de aprendizaje, tanh o ReLU en vez de sigmoide, menos capas, o reinicia para tener pesos iniciales nuevos.</translation>
    </message>
</context>
<context>
    <name>worker</name>
    <message>
        <source>Internal error, training paused: {error}</source>
        <translation>Error interno, entrenamiento en pausa: {error}</translation>
    </message>
    <message>
        <source>Not changed: {reason}</source>
        <translation>Sin cambios: {reason}</translation>
    </message>
    <message>
        <source>Training goes on in the window's own process ({reason}).</source>
        <translation>El entrenamiento sigue en el propio proceso de la ventana ({reason}).</translation>
    </message>
</context>
</TS>