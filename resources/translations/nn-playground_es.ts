<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_ES">
<context>
    <name>activations</name>
    <message>
        <source>activation must be one of {choices}; got {value}</source>
        <translation>la activación debe ser una de {choices}; se recibió {value}</translation>
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
        <translation type="unfinished"><numerusform>{read} entrega leída, {damaged} archivos distintos o dañados anotados</numerusform><numerusform /></translation>
    </message>
    <message numerus="yes">
        <source>{read} hand-ins read</source>
        <translation type="unfinished"><numerusform>{read} entrega leída</numerusform><numerusform /></translation>
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
        <translation type="unfinished"><numerusform>{epochs} época en {seconds} s, {lanes} carriles:</numerusform><numerusform /></translation>
    </message>
    <message numerus="yes">
        <source>{epochs} epochs in {seconds} s, {figures}</source>
        <translation type="unfinished"><numerusform>{epochs} época en {seconds} s, {figures}</numerusform><numerusform /></translation>
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
        <translation type="unfinished"><numerusform>Época {epoch}, {steps} paso</numerusform><numerusform /></translation>
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
    <name>dropout</name>
    <message>
        <source>{field} must be a number from 0 to {high}; got {value}</source>
        <translation>{field} debe ser un número de 0 a {high}; se recibió {value}</translation>
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
        <translation type="unfinished"><numerusform>Área de juego nueva. Se conserva tu {count} punto propio: el mosaico Mis puntos.</numerusform><numerusform /></translation>
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
        <translation type="unfinished"><numerusform>Bloqueado en esta lección: {controls} y %n más (en gris).</numerusform><numerusform /></translation>
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
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>lock_password</name>
    <message>
        <source>must be {count} lowercase hexadecimal digits; got {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished">no debe estar vacío</translation>
    </message>
    <message>
        <source>at most {limit} characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be from {low} to {high}; got {value}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>lock_password_dialog</name>
    <message>
        <source>The password stops students switching the lesson's locks off in the app: Leave lesson and Teacher mode ask for it. It does not stop someone who edits the lesson file by hand: they can remove the lesson, locks and all. The file keeps only a salted hash of the password, never the password itself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password on the lesson's locks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repeat the password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repeat it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type a password, or Cancel to keep the lesson without one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The two passwords differ: type the same one twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This lesson's locks have a password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The teacher put a password on the locks of ‘{title}’. {ask}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrong password: nothing changed. The locks stay on.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>loss_chart</name>
    <message>
        <source>About: measured on {sampled} of the {total} points while the exact figures are computed (a moment on this much data).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Test loss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{whose}: test loss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Training loss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{whose}: training loss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Test accuracy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{whose}: test accuracy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Training accuracy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{whose}: training accuracy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log scale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the loss on a logarithmic scale, where small losses and their changes stay visible.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>epoch {epoch} · train {train} · test {test}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Epoch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loss</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>loss_choice</name>
    <message>
        <source>choose the {loss} loss</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>An empty canvas: click or drag on the output to paint points (keys 1-8 pick the class). Then Training › Backprop, step by step (W) walks one point through.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NN Playground</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step by
step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step by step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Play / Pause</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Step one epoch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reset network</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;generate data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show &amp;test data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Discretize output</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Network diagram</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Output: the prediction over the plane</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loss chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{rate} steps/s</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>markup</name>
    <message>
        <source>the instructions hold more than {limit} tags and comments; split them into fewer paragraphs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the instructions hold more than {limit} elements (tags); split them into fewer paragraphs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the instructions nest elements more than {limit} deep (&lt;{tag}&gt; inside {count} others)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the instructions hold more than {limit} characters of text; shorten them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the instructions hold more than {limit} images</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>image {number} is not valid base64 data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the images hold more than {limit} pixels in all; use fewer or smaller pictures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>image {number} is larger than {limit} kB; use a smaller picture</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>image {number} is not a PNG or JPEG picture</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>image {number} is a {kind} picture; only PNG and JPEG are shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>image {number} is {width} × {height} pixels; at most {limit} on a side</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Training</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>network</name>
    <message>
        <source>params must have {count} layers for this spec; got {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>masks must have {count} layers; got {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>masks[{layer}] must have shape {shape}; got {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>init must be one of {choices}; got {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>network data must be a dict with spec and params</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>network params must be a list of {W, b} per layer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>network params[{layer}] must have W and b</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>network masks must be a list of 0/1 arrays per layer</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>opening</name>
    <message>
        <source>the file could not be read: {error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>opening was interrupted</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>optimizers</name>
    <message>
        <source>optimizer must be one of {choices}; got {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>optimizer {name}: bad options {options} ({error})</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>output_view</name>
    <message>
        <source>Show test data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also draw the test points (hollow shapes), which the network never trains on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discretize output</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Colour each place by the class the network picks, instead of shading by how sure it is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;span style='color:{orange}'&gt;■&lt;/span&gt; −1 &amp;nbsp;&lt;span style='color:#999'&gt;□&lt;/span&gt; 0 &amp;nbsp;&lt;span style='color:{blue}'&gt;■&lt;/span&gt; +1 &amp;nbsp; predicted value</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>points</name>
    <message>
        <source>a data set holds at most {limit} points; this would make {count}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>these points are already in the data</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>project_apply</name>
    <message>
        <source>the project could not be opened: {error}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>project_checks</name>
    <message>
        <source>has unknown fields {names}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is too large or too deeply nested to be a setting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be a name of at most {limit} characters; got {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be a whole number of at most 19 digits; got {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>has an unknown field {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be a whole number from {low} to {high}; got {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be text; got {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is {length} characters long; at most {limit}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be a JSON object; got {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is missing {fields}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be a list; got {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must have {rows} rows for this network; got {count}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be a list of {count} numbers; got {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must hold only numbers; got {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must hold {n} numbers; got {count}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be a number; got {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>holds a number too large to use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>holds a number that is not finite</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>holds a value beyond ±{bound}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>project_parts</name>
    <message>
        <source>must be a list of numbers; got {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be a list of whole numbers; got {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be a list of names; got {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be true or false; got {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be an object with a kind; got {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be a number; got {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be a whole number; got {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be text; got {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the {dataset} dataset is for {task}, not {problem}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>generated data keeps no {fields}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is "generated" but settings.data_source is "painted"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be "generated" or "points"; got {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>points data needs {fields}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be "classification" or "regression"; got {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the points are for {task} but settings.problem is {problem}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must hold at least one point</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be [offset x1, offset x2, factor]; got {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the factor must be above 0; got {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>belongs to points data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>repeats the points on show; keep them in X_train and X_test</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must hold {n} true/false values, one per point</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must hold {n} values, one per point; got {count}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be a class label from 0 to {high}; got {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the network ({network}) does not match the settings ({settings})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be a list of {count} layers of {{W, b}}; got {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be a list of {count} layers of 0/1 arrays</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must hold only 0 (link off) and 1 (link on)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be a list of rows; got {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>holds {count} rows, more than its limit of {limit}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be a list of {count} values ({fields})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be a finite number or null; got {value}</source>
        <translation type="unfinished">debe ser un número finito o null; se recibió {value}</translation>
    </message>
    <message>
        <source>must be a finite number; got {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the epoch must be a whole number from 0 to {high}; got {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must list {low} to {high} lanes; got {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} points; at most {limit} are allowed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>project_schema</name>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished">no debe estar vacío</translation>
    </message>
    <message>
        <source>the project is too large: at most {limit} MB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a project comes from a path or text, not {type}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the project is too large ({length} characters; at most {limit})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is not a project: its data is nested too deeply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the project is damaged: {error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this is not an NN Playground project: it holds a JSON {type}, not an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this is not an NN Playground project: it has no "format": "{format}"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this is not an NN Playground project (its format is {format})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be a whole number of at least 1; got {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This file was made by a newer NN Playground (format {format}); this version reads format {version}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the project has unknown parts {names}; allowed: {allowed}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is not UTF-8 text (byte {byte})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} is {size} MB; a project is at most {limit} MB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} is a folder, not a project file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} is too large: a project is at most {limit} MB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read {path}: {error}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>project_view</name>
    <message>
        <source>has {count} entries; at most {limit}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>has a bad option name {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be true/false, a number or a short text; got {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be a list of control names; got {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown control {name}; choose from {choices}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>projector</name>
    <message>
        <source>&amp;Projector mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Larger type, thicker lines, bigger points and stronger contrast, for a projector in a lit room ({shortcut})</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>qt_check</name>
    <message>
        <source>NN Playground cannot open a window: Qt's X11 support needs system libraries that are not installed.
Install them with:

    sudo apt-get install {packages}

(or run without a screen: QT_QPA_PLATFORM=offscreen)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>recent_files</name>
    <message>
        <source>Clear list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no recent files)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>saving</name>
    <message>
        <source>Could not save: the project holds a value JSON cannot store ({error})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not save {file}: the folder {folder} does not exist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not save {file}: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file could not be written completely (is the disk full?)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>schedule_editor</name>
    <message>
        <source>Constant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step decay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exponential</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cosine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every (epochs)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step decay: the rate is multiplied by the factor this often.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Factor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step decay: what each decay multiplies the rate by (0 to 1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Factor per epoch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exponential: the rate is multiplied by this every epoch.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Over (epochs)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cosine: the epochs it takes from the full rate to the minimum.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minimum rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cosine: the rate it ends at (never above the learning rate).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warm-up (epochs)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Epochs before the schedule starts in which the rate rises in a straight line to the full learning rate (0: none).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Schedule kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How the learning rate changes from epoch to epoch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{kind} schedule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{kind} schedule; the current rate is {rate}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>schedules</name>
    <message>
        <source>{field} must be an integer from {low} to {high}; got {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>schedule.kind must be one of {choices}; got {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{field} must be a number above {low} to {high}; got {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{field} must be a number from {low} to {high}; got {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>schedule must be an object with a kind; got {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>schedule.{name} is not a parameter of the {kind} schedule (it takes {allowed})</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>script_export</name>
    <message>
        <source>kind must be one of {choices}; got {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write {path}: the folder {folder} does not exist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write {path}: {error}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>script_exports</name>
    <message>
        <source>P&amp;yTorch script…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the network, its weights and its data as a PyTorch script (an nn.Module) that prints the figures and can train further</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>N&amp;umPy script…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the network, its weights and its data as a Python script that needs only NumPy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot export {name}</source>
        <translation type="unfinished">No se puede exportar {name}</translation>
    </message>
    <message>
        <source>Exported {path}</source>
        <translation type="unfinished">Exportado {path}</translation>
    </message>
    <message>
        <source>Export a PyTorch script</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export a NumPy script</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Python script (*.py)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>script_model</name>
    <message>
        <source>hidden layer {layer} uses {what}, which the script export does not know yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the output uses {what}, which the script export does not know yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the script export does not know the loss {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the script export does not know the feature {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the script export does not know the optimizer {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the script export does not know the learning-rate schedule {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the project's data holds no training point (only test points, or none): add training points in the window first</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>script_text</name>
    <message>
        <source>cannot write {value} as a number in a script</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>selftest</name>
    <message>
        <source>{text} is not a whole number</source>
        <translation type="unfinished">{text} no es un número entero</translation>
    </message>
    <message>
        <source>{text} is not a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be above 0; got {text}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the bundled lesson to train (its file name or the start of it; default {lesson})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>how many training steps (batches) to train (default {steps})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>keep the exported pictures in this folder (default: a temporary one, removed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>give up on a step that takes longer than this (default {seconds})</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>session_data</name>
    <message>
        <source>painted points must lie inside the view</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a class is from 1 to {high}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a painted value must be a number</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>setting_undo</name>
    <message>
        <source>change the learning-rate schedule</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>spec</name>
    <message>
        <source>{field} has unknown keys {keys}; allowed: {allowed}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>spec must be a dict with features, hidden and output; got {type}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>spec has unknown fields {fields}; allowed: features, hidden, output</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>spec.features must be a non-empty list of {choices}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>spec.features: unknown feature {name}; choose from {choices}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>spec.features lists a feature twice: {features}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>spec.hidden must be a list of {'units': n, 'activation': name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>spec.hidden: at most {limit} hidden layers; got {count}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{field} must be a dict with units and activation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{field}.units must be an integer from 1 to {high}; got {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{field}.activation must be one of {choices}; got {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{field}.dropout must be a number from 0 to {high}; got {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>spec.output.kind must be one of {choices}; got {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>spec.output.classes must be an integer from {low} to {high} for multiclass; got {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>spec.output.classes applies only to multiclass, not {kind}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>spec.output.loss must be one of {choices}; got {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>spec.output.loss 'tfp' (TensorFlow Playground's tanh output and squared error) is for binary output only, not {kind}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>teacher_dialog</name>
    <message>
        <source>&lt;p&gt;What this lesson is about, in one or two sentences.&lt;/p&gt;&lt;h4&gt;Try&lt;/h4&gt;&lt;ol&gt;&lt;li&gt;Press &lt;b&gt;Play&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Change one thing and play again.&lt;/li&gt;&lt;/ol&gt;&lt;h4&gt;Notice&lt;/h4&gt;&lt;p&gt;What should the students see?&lt;/p&gt;&lt;h4&gt;Question&lt;/h4&gt;&lt;p&gt;A question to answer.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Teacher mode: make a lesson</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The lesson keeps the playground &lt;b&gt;as it is now&lt;/b&gt;: data, network, weights and settings. Write what students should do, choose what they may change, and save.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lesson title, e.g. 3. Why XOR needs a hidden layer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>B</source>
        <comment>the Bold button's letter</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I</source>
        <comment>the Italic button's letter</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Italic (Ctrl+I)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>H</source>
        <comment>the Heading button's letter</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Heading</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plain paragraph</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bulleted list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Numbered list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Instructions for the students</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Control</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Students do not see “{control}”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Students see “{control}” but cannot change it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The network diagram always shows; lock it instead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What students may change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try it here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the instructions and apply the hidden and locked controls in this window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preview as student</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the lesson in this window exactly as students get it: its start state, its locks and its instructions. Back to editing (a button above the instructions) brings your work and this dialog back as they were; the undo history starts afresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save lesson…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Students may leave the lesson freely again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password on the locks: &lt;b&gt;set&lt;/b&gt;.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change password…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No password: students may leave the lesson.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set password…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the lesson a title first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Applied to this window. Open a project or choose New to lift the restrictions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save lesson</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not save the lesson: {error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved {path}. Students open it with File → Open or by dropping it on the window.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Teacher mode…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write instructions, hide or lock controls, and save the playground as a lesson</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type it to edit the lesson.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>threads</name>
    <message>
        <source>blas_threads must be None or an integer of at least 1; got {value}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>timeline</name>
    <message>
        <source>Rewound: the network, its weights and the boundary as they were at that epoch. Resume from here (or Play) continues from it and replaces the later epochs; Back to latest returns.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rewind now starts at epoch {epoch}, where the network changed: the epochs before it were trained by the network as it was, so they cannot be shown on this one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rewind: drag to see the network, its weights and the boundary as they were at that epoch. Training pauses. Keys when the slider has focus: ←/→ one epoch, Page Up/Down ten, Home the first, End the latest.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rewind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>epoch {epoch}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>epoch {epoch} (latest)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The epoch on show, and the newest one trained.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resume from here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Continue training from the epoch on show, from exactly its state. The epochs after it are replaced by the new training. (Play does the same.)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back to latest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the newest state again, as if you had never rewound (End).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{size} MB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{size} kB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} checkpoint, {size}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>{count} checkpoints, {size}</source>
        <translation type="unfinished"><numerusform /><numerusform /></translation>
    </message>
    <message>
        <source>epoch {epoch} of {latest} …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>epoch {epoch} of {latest}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rewind &amp;one epoch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the epoch before the one on show (training pauses)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resume &amp;from here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back to &amp;latest</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>top_bar</name>
    <message>
        <source>Regularization, rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The hidden layers use different activations (each is named under its layer in the network). Choose one here to give it to every layer; that resets the network.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reset the network: fresh random weights, back to epoch 0 (R)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Play or pause training (Space)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Train exactly one epoch, then pause (Right arrow)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Epochs completed: full passes over the training data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Epoch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>test epoch's weights</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set ▾</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Never ▾</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Training stops at epoch {epoch} or after {patience} epochs without a better test loss, back to the best test epoch. Click to change the stopping rules.</source>
        <translation type="unfinished"><numerusform /><numerusform /></translation>
    </message>
    <message numerus="yes">
        <source>Training stops at epoch {epoch} or after {patience} epochs without a better test loss. Click to change the stopping rules.</source>
        <translation type="unfinished"><numerusform /><numerusform /></translation>
    </message>
    <message numerus="yes">
        <source>Training stops after {patience} epochs without a better test loss, back to the best test epoch. Click to change the stopping rules.</source>
        <translation type="unfinished"><numerusform /><numerusform /></translation>
    </message>
    <message numerus="yes">
        <source>Training stops after {patience} epochs without a better test loss. Click to change the stopping rules.</source>
        <translation type="unfinished"><numerusform /><numerusform /></translation>
    </message>
    <message>
        <source>Training stops at epoch {epoch}. Click to change the stopping rules.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Training never stops itself. Click to change the stopping rules.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mixed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pause training (Space)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Play: start training (Space)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>train_process</name>
    <message>
        <source>the training process was stopped for {seconds} s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the training process did not answer in {seconds} s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the training process failed:
{traceback}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the training process is gone ({error})</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>trainer</name>
    <message>
        <source>X_train must hold at least one point</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>{field} must be numbers of shape (n, 2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{field} must have shape (n, 2); got {shape}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{field} has {count} points; at most {limit} are allowed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{field} must be numbers of shape (n,)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{field} must have shape ({n},) to match the points; got {shape}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{field} must hold integer labels from 0 to {high} for {kind} output; got values from {low_seen} to {high_seen}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{field} must be a finite number greater than {low} and at most {high}; got {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{field} must be a finite number at least {low} and at most {high}; got {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>params[{layer}] must be W of shape {w_shape} and b of shape {b_shape}; got {w_got} and {b_got}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>seed must be an integer; got {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>shuffle must be True or False; got {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>batch_size must be an integer of at least 1; got {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>link ({i}, {j}) of layer {layer} is disabled; enable it first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{field} contains NaN or infinity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>dtype must be one of {choices}; got {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>network {field} must be a list of numbers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{field} must be a finite number &gt;= 0; got {value}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>worker</name>
    <message>
        <source>Internal error, training paused: {error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not changed: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Training goes on in the window's own process ({reason}).</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>