<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="pt_BR">
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
        <translation>a ativação deve ser uma destas: {choices}; recebido {value}</translation>
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
        <translation>opções</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentos posicionais</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>mostra esta ajuda e sai</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>os seguintes argumentos são obrigatórios: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos não reconhecidos: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>esperava um argumento</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>opção inválida: %(value)r (escolha entre %(choices)s)</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor %(type)s inválido: %(value)r</translation>
    </message>
</context>
<context>
    <name>autosave</name>
    <message>
        <source>Restore your work?</source>
        <translation>Restaurar seu trabalho?</translation>
    </message>
    <message>
        <source>NN Playground did not close properly last time.

Restore “{name}”, saved automatically at {time} on {date}?</source>
        <translation>O NN Playground não foi fechado corretamente da última vez.

Restaurar “{name}”, salvo automaticamente às {time} em {date}?</translation>
    </message>
    <message>
        <source>Cannot restore the autosave</source>
        <translation>Não foi possível restaurar o salvamento automático</translation>
    </message>
</context>
<context>
    <name>banner</name>
    <message>
        <source>{reason} Press play to continue.</source>
        <translation>{reason} Pressione reproduzir para continuar.</translation>
    </message>
</context>
<context>
    <name>bias_marks</name>
    <message>
        <source>Bias of this neuron (blue positive, orange negative)</source>
        <translation>Viés deste neurônio (azul positivo, laranja negativo)</translation>
    </message>
</context>
<context>
    <name>bounded_json</name>
    <message>
        <source>the file is not valid JSON (line {line}, column {column}: {error})</source>
        <translation>o arquivo não é um JSON válido (linha {line}, coluna {column}: {error})</translation>
    </message>
    <message>
        <source>the JSON is nested more than {limit} deep</source>
        <translation>o JSON tem mais de {limit} níveis de aninhamento</translation>
    </message>
    <message>
        <source>the file holds {count} arrays and objects; a project holds at most {limit}</source>
        <translation>o arquivo contém {count} listas e objetos; um projeto contém no máximo {limit}</translation>
    </message>
    <message>
        <source>the file holds more than {limit} values, more than a project holds</source>
        <translation>o arquivo contém mais de {limit} valores, mais do que um projeto contém</translation>
    </message>
    <message>
        <source>the file holds {count} strings; a project holds at most {limit}</source>
        <translation>o arquivo contém {count} textos; um projeto contém no máximo {limit}</translation>
    </message>
    <message>
        <source>the JSON is nested {depth} deep; a project nests at most {limit}</source>
        <translation>o JSON tem {depth} níveis de aninhamento; um projeto tem no máximo {limit}</translation>
    </message>
    <message>
        <source>the file holds a string of {length} characters (the value of "{key}"); at most {limit}</source>
        <translation>o arquivo contém um texto de {length} caracteres (o valor de "{key}"); no máximo {limit}</translation>
    </message>
    <message>
        <source>the file holds a string of {length} characters; at most {limit}</source>
        <translation>o arquivo contém um texto de {length} caracteres; no máximo {limit}</translation>
    </message>
    <message>
        <source>the file holds a whole number of {count} digits; numbers in a project have at most {limit}</source>
        <translation>o arquivo contém um número inteiro de {count} dígitos; os números de um projeto têm no máximo {limit}</translation>
    </message>
    <message>
        <source>the file holds {name}, which is not a number a project may hold</source>
        <translation>o arquivo contém {name}, que não é um número que um projeto possa conter</translation>
    </message>
</context>
<context>
    <name>checkpoint_store</name>
    <message>
        <source>Checkpoints: every epoch recorded for the last {recent}, then every 2nd, 4th, 8th … further back; {kept} kept, {size} MB of at most {limit} MB. Epochs between checkpoints are recomputed exactly from the nearest earlier one.</source>
        <translation>Pontos de salvamento: cada época registrada nas últimas {recent}, depois a cada 2ª, 4ª, 8ª … mais para trás; {kept} guardados, {size} MB de no máximo {limit} MB. As épocas entre pontos de salvamento são recalculadas exatamente a partir do anterior mais próximo.</translation>
    </message>
</context>
<context>
    <name>class_button</name>
    <message>
        <source>Paint class {number} ({colour}); key {key}. A third class makes the network multi-class, keeping what it learned.</source>
        <translation>Pintar a classe {number} ({colour}); tecla {key}. Uma terceira classe torna a rede multiclasse, mantendo o que ela aprendeu.</translation>
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
        <translation>só os primeiros {limit} nomes da pasta foram examinados</translation>
    </message>
    <message>
        <source>{count} more hand-ins left out: a class folder shows at most {limit}</source>
        <translation>mais {count} entregas deixadas de fora: uma pasta da turma mostra no máximo {limit}</translation>
    </message>
    <message>
        <source>too large to read ({error})</source>
        <translation>grande demais para ler ({error})</translation>
    </message>
    <message>
        <source>cannot be read: {error}</source>
        <translation>não pode ser lido: {error}</translation>
    </message>
    <message>
        <source>a project, not a hand-in (no name or results in it)</source>
        <translation>um projeto, não uma entrega (não tem nome nem resultados)</translation>
    </message>
</context>
<context>
    <name>class_model</name>
    <message>
        <source>Student</source>
        <translation>Aluno</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lição</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Épocas</translation>
    </message>
    <message>
        <source>Train
loss</source>
        <translation>Perda de
treino</translation>
    </message>
    <message>
        <source>Test
loss</source>
        <translation>Perda de
teste</translation>
    </message>
    <message>
        <source>Train
accuracy</source>
        <translation>Acurácia
de treino</translation>
    </message>
    <message>
        <source>Test
accuracy</source>
        <translation>Acurácia
de teste</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Handed in
(UTC)</source>
        <translation>Entregue em
(UTC)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Cannot read {folder}: {problem}</source>
        <translation>Não é possível ler {folder}: {problem}</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>{prog}: error: {message} (see {prog} --help)</source>
        <translation>{prog}: erro: {message} (veja {prog} --help)</translation>
    </message>
    <message>
        <source>{text} is not a whole number</source>
        <translation>{text} não é um número inteiro</translation>
    </message>
    <message>
        <source>must be from 1 to {most}; got {value}</source>
        <translation>deve ser de 1 a {most}; recebido {value}</translation>
    </message>
    <message>
        <source>must be from 32 to 4096 pixels; got {value}</source>
        <translation>deve ser de 32 a 4096 pixels; recebido {value}</translation>
    </message>
    <message>
        <source>NN Playground: draw a network, pick or paint data, press play and watch backpropagation learn. With no command it opens the window.</source>
        <translation>NN Playground: desenhe uma rede, escolha ou pinte dados, pressione reproduzir e veja a retropropagação aprender. Sem comando, abre a janela.</translation>
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
        <translation>Exemplos:
  {prog}                                  abre a janela
  {prog} open lesson.nnplay               abre um projeto ou lição na janela
  {prog} lessons                          lista as lições incluídas
  {prog} run work.nnplay --epochs 500 --report out.json --export-boundary out.png
  {prog} check hand-ins/                  verifica cada projeto e CSV de uma pasta
  {prog} class hand-ins/ --csv grades.csv  uma pasta de entregas como boletim de notas
  {prog} export work.nnplay --pytorch work.py   a rede como script PyTorch
  {prog} selftest                         verifica se esta cópia do app funciona
Execute '{prog} COMMAND --help' para ver as opções de um comando.</translation>
    </message>
    <message>
        <source>the language of the window and of these messages: {codes} (default: as chosen in View &gt; Language, else the system's)</source>
        <translation>o idioma da janela e destas mensagens: {codes} (padrão: o escolhido em Exibir &gt; Idioma, senão o do sistema)</translation>
    </message>
    <message>
        <source>open the window in projector mode: larger type, thicker lines, bigger points (View &gt; Projector mode switches it; it is remembered)</source>
        <translation>abre a janela no modo projetor: letras maiores, linhas mais grossas, pontos maiores (Exibir &gt; Modo projetor alterna; fica memorizado)</translation>
    </message>
    <message>
        <source>open the window, optionally with a project or lesson file (the default)</source>
        <translation>abre a janela, opcionalmente com um arquivo de projeto ou lição (o padrão)</translation>
    </message>
    <message>
        <source>Open the NN Playground window, optionally with a project or lesson file.</source>
        <translation>Abre a janela do NN Playground, opcionalmente com um arquivo de projeto ou lição.</translation>
    </message>
    <message>
        <source>a .nnplay project or lesson file, or a bundled lesson's name</source>
        <translation>um arquivo de projeto ou lição .nnplay, ou o nome de uma lição incluída</translation>
    </message>
    <message>
        <source>train a project without a window and report the result</source>
        <translation>treina um projeto sem janela e informa o resultado</translation>
    </message>
    <message>
        <source>Train a project or lesson without a window, showing a progress bar on stderr, then write the final losses and accuracies. Training stops early if it diverges. A project with Compare on trains every lane for N epochs and reports each lane. A project whose data holds no training point is refused.</source>
        <translation>Treina um projeto ou lição sem janela, mostrando uma barra de progresso no stderr, e depois escreve as perdas e acurácias finais. O treinamento para antes se divergir. Um projeto com Comparar ativado treina cada pista por N épocas e informa cada pista. Um projeto cujos dados não têm nenhum ponto de treinamento é recusado.</translation>
    </message>
    <message>
        <source>The report is JSON: {epochs, final_epoch, train_loss, test_loss, train_accuracy, test_accuracy, diverged, seconds, warnings}; epochs counts this run's epochs, accuracy is null for regression; warnings lists {kind, layers, message} for what went wrong by the end (the window's rules: vanishing, exploding, dead_neurons, stuck, diverged). With Compare on it adds lanes, a list with each lane's {name, settings, overrides} and the same figures, and focus, the name of the lane the window shows, whose figures are the top-level ones (and the exported pictures). Exit codes: 0 done (even if training diverged), 1 an error (unreadable or invalid file, no training data, a file that cannot be written), 2 a usage mistake.</source>
        <translation>O relatório é JSON: {epochs, final_epoch, train_loss, test_loss, train_accuracy, test_accuracy, diverged, seconds, warnings}; epochs conta as épocas desta execução, accuracy é null na regressão; warnings lista {kind, layers, message} para o que deu errado até o fim (as regras da janela: vanishing, exploding, dead_neurons, stuck, diverged). Com Comparar ativado, acrescenta lanes, uma lista com {name, settings, overrides} de cada pista e os mesmos números, e focus, o nome da pista que a janela mostra, cujos números são os do nível superior (e as imagens exportadas). Códigos de saída: 0 concluído (mesmo que o treinamento tenha divergido), 1 um erro (arquivo ilegível ou inválido, sem dados de treinamento, um arquivo que não pode ser gravado), 2 um erro de uso.</translation>
    </message>
    <message>
        <source>the .nnplay project or lesson to train (or a bundled lesson's name)</source>
        <translation>o projeto ou lição .nnplay a treinar (ou o nome de uma lição incluída)</translation>
    </message>
    <message>
        <source>how many epochs to train (1 to {most})</source>
        <translation>quantas épocas treinar (1 a {most})</translation>
    </message>
    <message>
        <source>write the final figures to this JSON file</source>
        <translation>grava os números finais neste arquivo JSON</translation>
    </message>
    <message>
        <source>save the decision boundary with the training data as a picture (.png, or .svg by suffix)</source>
        <translation>salva a fronteira de decisão com os dados de treinamento como imagem (.png, ou .svg pela extensão)</translation>
    </message>
    <message>
        <source>save an animated GIF of the boundary as it changes during these epochs</source>
        <translation>salva um GIF animado da fronteira mudando durante estas épocas</translation>
    </message>
    <message>
        <source>save the trained project to this file</source>
        <translation>salva o projeto treinado neste arquivo</translation>
    </message>
    <message>
        <source>width and height of exported pictures (default 480)</source>
        <translation>largura e altura das imagens exportadas (padrão 480)</translation>
    </message>
    <message>
        <source>also draw the test points in exported pictures</source>
        <translation>desenha também os pontos de teste nas imagens exportadas</translation>
    </message>
    <message>
        <source>no progress bar</source>
        <translation>sem barra de progresso</translation>
    </message>
    <message>
        <source>check that projects, lessons and CSV files open, without opening a window</source>
        <translation>verifica se projetos, lições e arquivos CSV abrem, sem abrir uma janela</translation>
    </message>
    <message>
        <source>Check each file as the window would open it: a project or lesson (.nnplay, its lesson text included) or a CSV file of points. Prints one line per file, 'FILE: ok' or 'FILE: the reason', on stdout. A folder stands for the .nnplay and .csv files in it and its subfolders (a folder of hand-ins, say).</source>
        <translation>Verifica cada arquivo como a janela o abriria: um projeto ou lição (.nnplay, com o texto da lição) ou um arquivo CSV de pontos. Imprime uma linha por arquivo, 'FILE: ok' ou 'FILE: o motivo', no stdout. Uma pasta representa os arquivos .nnplay e .csv nela e em suas subpastas (uma pasta de entregas, por exemplo).</translation>
    </message>
    <message>
        <source>Exit codes: 0 every file is fine, 1 some file is not, 2 a usage mistake.</source>
        <translation>Códigos de saída: 0 todos os arquivos estão bons, 1 algum arquivo não está, 2 um erro de uso.</translation>
    </message>
    <message>
        <source>a .nnplay project or lesson, a .csv file, or a folder of them</source>
        <translation>um projeto ou lição .nnplay, um arquivo .csv ou uma pasta com eles</translation>
    </message>
    <message>
        <source>write the project's network as a PyTorch or NumPy script</source>
        <translation>grava a rede do projeto como script PyTorch ou NumPy</translation>
    </message>
    <message>
        <source>Write the project's network, its trained weights and its data as one readable Python file: --pytorch for an nn.Module, --numpy for a script that needs only NumPy. Run on its own, the script prints one JSON line {"train_loss", "test_loss", "train_accuracy", "test_accuracy"}, the figures 'run' reports for the project; with --train N it then trains N more epochs as 'run --epochs N' would.</source>
        <translation>Grava a rede do projeto, seus pesos treinados e seus dados como um único arquivo Python legível: --pytorch para um nn.Module, --numpy para um script que só precisa do NumPy. Executado sozinho, o script imprime uma linha JSON {"train_loss", "test_loss", "train_accuracy", "test_accuracy"}, os números que 'run' informa para o projeto; com --train N, ele depois treina mais N épocas como 'run --epochs N' faria.</translation>
    </message>
    <message>
        <source>Exit codes: 0 written, 1 an error (unreadable project, unwritable output), 2 a usage mistake.</source>
        <translation>Códigos de saída: 0 gravado, 1 um erro (projeto ilegível, saída que não pode ser gravada), 2 um erro de uso.</translation>
    </message>
    <message>
        <source>list the bundled lessons</source>
        <translation>lista as lições incluídas</translation>
    </message>
    <message>
        <source>List the bundled lessons: file name and title. Open one with 'open NAME'.</source>
        <translation>Lista as lições incluídas: nome do arquivo e título. Abra uma com 'open NOME'.</translation>
    </message>
    <message>
        <source>a folder of hand-ins as a grade book (CSV), without a window</source>
        <translation>uma pasta de entregas como boletim de notas (CSV), sem janela</translation>
    </message>
    <message>
        <source>check that this copy of the app works: window, lesson, training, export</source>
        <translation>verifica se esta cópia do app funciona: janela, lição, treinamento, exportação</translation>
    </message>
    <message>
        <source>Open the window offscreen (no screen needed), open a bundled lesson, train it for a few hundred steps and export PNG pictures. Exit code 0 when every step passed; otherwise the failed step is named and the exit code is 1.</source>
        <translation>Abre a janela fora da tela (sem precisar de tela), abre uma lição incluída, treina-a por algumas centenas de passos e exporta imagens PNG. Código de saída 0 quando todos os passos deram certo; senão, o passo que falhou é indicado e o código de saída é 1.</translation>
    </message>
    <message>
        <source>no window can be opened from here</source>
        <translation>nenhuma janela pode ser aberta daqui</translation>
    </message>
    <message>
        <source>{prog}: interrupted</source>
        <translation>{prog}: interrompido</translation>
    </message>
    <message>
        <source>{prog}: no language {lang}; these are offered: {codes}</source>
        <translation>{prog}: não há o idioma {lang}; estes são oferecidos: {codes}</translation>
    </message>
    <message>
        <source>{prog}: error: {message}</source>
        <translation>{prog}: erro: {message}</translation>
    </message>
</context>
<context>
    <name>cli_check</name>
    <message>
        <source>no .nnplay or .csv file in this folder</source>
        <translation>nenhum arquivo .nnplay ou .csv nesta pasta</translation>
    </message>
    <message>
        <source>too large or too deeply nested to read ({error})</source>
        <translation>grande demais ou aninhado demais para ler ({error})</translation>
    </message>
    <message>
        <source>cannot be opened: an internal error ({error})</source>
        <translation>não pode ser aberto: um erro interno ({error})</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>recusado</translation>
    </message>
</context>
<context>
    <name>cli_class</name>
    <message>
        <source>the folder of hand-ins (.nnplay files)</source>
        <translation>a pasta de entregas (arquivos .nnplay)</translation>
    </message>
    <message>
        <source>write the grade book to this file (default: print it on stdout)</source>
        <translation>grava o boletim de notas neste arquivo (padrão: imprime no stdout)</translation>
    </message>
    <message>
        <source>the rows' order (default: name; test_accuracy puts the best first)</source>
        <translation>a ordem das linhas (padrão: name; test_accuracy coloca os melhores primeiro)</translation>
    </message>
    <message>
        <source>Read every hand-in (.nnplay) in FOLDER, as File &gt; Open class folder does, and write one CSV row per file: file, name, lesson, handed_in (UTC), epochs, train_loss, test_loss, train_accuracy, test_accuracy, note. A damaged file or a project without a hand-in part gets its reason in the note column and the other files are read on.</source>
        <translation>Lê cada entrega (.nnplay) em FOLDER, como Arquivo &gt; Abrir pasta da turma faz, e grava uma linha CSV por arquivo: file, name, lesson, handed_in (UTC), epochs, train_loss, test_loss, train_accuracy, test_accuracy, note. Um arquivo danificado ou um projeto sem a parte de entrega recebe o motivo na coluna note, e os outros arquivos continuam sendo lidos.</translation>
    </message>
    <message>
        <source>Exit codes: 0 the folder was read (even with damaged files; the summary on stderr counts them), 1 the folder cannot be read or the CSV cannot be written, 2 a usage mistake.</source>
        <translation>Códigos de saída: 0 a pasta foi lida (mesmo com arquivos danificados; o resumo no stderr os conta), 1 a pasta não pode ser lida ou o CSV não pode ser gravado, 2 um erro de uso.</translation>
    </message>
    <message>
        <source>{folder} is not a folder</source>
        <translation>{folder} não é uma pasta</translation>
    </message>
    <message>
        <source>cannot write {file}: the folder {folder} does not exist</source>
        <translation>não é possível gravar {file}: a pasta {folder} não existe</translation>
    </message>
    <message>
        <source>cannot read the folder {folder}: {reason}</source>
        <translation>não é possível ler a pasta {folder}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>{read} hand-ins read, {damaged} other or damaged files noted</source>
        <translation><numerusform>{read} entrega lida, {damaged} arquivos diferentes ou danificados anotados</numerusform><numerusform>{read} entregas lidas, {damaged} arquivos diferentes ou danificados anotados</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{read} hand-ins read</source>
        <translation><numerusform>{read} entrega lida</numerusform><numerusform>{read} entregas lidas</numerusform></translation>
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
        <translation>{name} corresponde a várias lições: {lessons}</translation>
    </message>
</context>
<context>
    <name>cli_export</name>
    <message>
        <source>the .nnplay project or lesson (or a bundled lesson's name)</source>
        <translation>o projeto ou lição .nnplay (ou o nome de uma lição incluída)</translation>
    </message>
    <message>
        <source>write a PyTorch script (an nn.Module) to this file</source>
        <translation>grava um script PyTorch (um nn.Module) neste arquivo</translation>
    </message>
    <message>
        <source>write a script that needs only NumPy to this file</source>
        <translation>grava um script que só precisa do NumPy neste arquivo</translation>
    </message>
    <message>
        <source>say nothing when done</source>
        <translation>não diz nada ao terminar</translation>
    </message>
    <message>
        <source>nn-playground export: error: say which script to write: --pytorch OUT.py, --numpy OUT.py, or both (see nn-playground export --help)</source>
        <translation>nn-playground export: erro: diga qual script gravar: --pytorch OUT.py, --numpy OUT.py ou ambos (veja nn-playground export --help)</translation>
    </message>
    <message>
        <source>--{kind} {file} would overwrite the project itself</source>
        <translation>--{kind} {file} sobrescreveria o próprio projeto</translation>
    </message>
    <message>
        <source>{file}: cannot export: {reason}</source>
        <translation>{file}: não é possível exportar: {reason}</translation>
    </message>
    <message>
        <source>Wrote {file}: a {kind} script of the {sizes} network at epoch {epoch}</source>
        <translation>{file} gravado: um script {kind} da rede {sizes} na época {epoch}</translation>
    </message>
</context>
<context>
    <name>cli_run</name>
    <message>
        <source>Training [{bar}] {percent}  epoch {epoch}/{epochs}  loss {loss}</source>
        <translation>Treinando [{bar}] {percent}  época {epoch}/{epochs}  perda {loss}</translation>
    </message>
    <message>
        <source>cannot write the report {path}: the folder {folder} does not exist</source>
        <translation>não é possível gravar o relatório {path}: a pasta {folder} não existe</translation>
    </message>
    <message>
        <source>cannot write the picture {path}: the folder {folder} does not exist</source>
        <translation>não é possível gravar a imagem {path}: a pasta {folder} não existe</translation>
    </message>
    <message>
        <source>cannot write the GIF {path}: the folder {folder} does not exist</source>
        <translation>não é possível gravar o GIF {path}: a pasta {folder} não existe</translation>
    </message>
    <message>
        <source>cannot write the project {path}: the folder {folder} does not exist</source>
        <translation>não é possível gravar o projeto {path}: a pasta {folder} não existe</translation>
    </message>
    <message>
        <source>--export-boundary must end in .png or .svg; got {file}</source>
        <translation>--export-boundary deve terminar em .png ou .svg; recebido {file}</translation>
    </message>
    <message>
        <source>{file}: nothing to train: its data holds no training point (only test points, or none); add training points in the window first</source>
        <translation>{file}: nada para treinar: seus dados não têm nenhum ponto de treinamento (só pontos de teste, ou nenhum); adicione pontos de treinamento na janela primeiro</translation>
    </message>
    <message>
        <source>Lane {lane}: {message}</source>
        <translation>Pista {lane}: {message}</translation>
    </message>
    <message>
        <source>  Lane {lane} ({settings}): {figures}</source>
        <translation>  Pista {lane} ({settings}): {figures}</translation>
    </message>
    <message>
        <source>train loss {train_loss}, test loss {test_loss}</source>
        <translation>perda de treinamento {train_loss}, perda de teste {test_loss}</translation>
    </message>
    <message>
        <source>test accuracy {accuracy} %</source>
        <translation>acurácia de teste {accuracy} %</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>divergiu</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>{epochs} epochs in {seconds} s, {lanes} lanes:</source>
        <translation><numerusform>{epochs} época em {seconds} s, {lanes} pistas:</numerusform><numerusform>{epochs} épocas em {seconds} s, {lanes} pistas:</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{epochs} epochs in {seconds} s, {figures}</source>
        <translation><numerusform>{epochs} época em {seconds} s, {figures}</numerusform><numerusform>{epochs} épocas em {seconds} s, {figures}</numerusform></translation>
    </message>
</context>
<context>
    <name>client</name>
    <message>
        <source>Not changed</source>
        <translation>Não alterado</translation>
    </message>
    <message>
        <source>{refusal}: {reason}</source>
        <translation>{refusal}: {reason}</translation>
    </message>
    <message>
        <source>{refusal}: an internal error ({error})</source>
        <translation>{refusal}: um erro interno ({error})</translation>
    </message>
    <message>
        <source>the training thread did not answer in time</source>
        <translation>a thread de treinamento não respondeu a tempo</translation>
    </message>
</context>
<context>
    <name>colors</name>
    <message>
        <source>orange</source>
        <translation>laranja</translation>
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
        <translation>roxo</translation>
    </message>
    <message>
        <source>red</source>
        <translation>vermelho</translation>
    </message>
    <message>
        <source>sky</source>
        <translation>celeste</translation>
    </message>
    <message>
        <source>yellow</source>
        <translation>amarelo</translation>
    </message>
    <message>
        <source>grey</source>
        <translation>cinza</translation>
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
        <translation>Linear</translation>
    </message>
    <message>
        <source>Hidden layer {layer} has the maximum of {most} neurons</source>
        <translation>A camada oculta {layer} já tem o máximo de {most} neurônios</translation>
    </message>
    <message>
        <source>Add a neuron to hidden layer {layer} (starts training again)</source>
        <translation>Adicionar um neurônio à camada oculta {layer} (recomeça o treinamento)</translation>
    </message>
    <message>
        <source>Add a neuron to hidden layer {layer} (keeps what it has learned)</source>
        <translation>Adicionar um neurônio à camada oculta {layer} (mantém o que ela aprendeu)</translation>
    </message>
    <message>
        <source>Remove hidden layer {layer}: this is its last neuron</source>
        <translation>Remover a camada oculta {layer}: este é seu último neurônio</translation>
    </message>
    <message>
        <source>Remove a neuron from hidden layer {layer} (starts training again)</source>
        <translation>Remover um neurônio da camada oculta {layer} (recomeça o treinamento)</translation>
    </message>
    <message>
        <source>Remove a neuron from hidden layer {layer} (keeps what it has learned)</source>
        <translation>Remover um neurônio da camada oculta {layer} (mantém o que ela aprendeu)</translation>
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
        <translation>Dropout {rate}: durante o treinamento, cada neurônio desta camada é desligado para cada ponto de treinamento com probabilidade {rate}, e os outros são multiplicados por 1/(1 − {rate}). A avaliação, a curva de perda e os mapas usam todos os neurônios. Clique com o botão direito na camada para alterar.</translation>
    </message>
    <message>
        <source>OUTPUT</source>
        <translation>SAÍDA</translation>
    </message>
    <message>
        <source>Tanh</source>
        <translation>Tanh</translation>
    </message>
    <message>
        <source>Add a hidden layer after the last one, with its activation.</source>
        <translation>Adicionar uma camada oculta depois da última, com sua ativação.</translation>
    </message>
    <message>
        <source>The network has the maximum of {most} hidden layers</source>
        <translation>A rede já tem o máximo de {most} camadas ocultas</translation>
    </message>
    <message>
        <source>Remove the last hidden layer: the rest keeps its weights, and new random links join its neighbours, so the network no longer computes the same</source>
        <translation>Remover a última camada oculta: o resto mantém seus pesos, e novas ligações aleatórias unem suas vizinhas, então a rede não calcula mais o mesmo</translation>
    </message>
    <message>
        <source>There are no hidden layers to remove</source>
        <translation>Não há camadas ocultas para remover</translation>
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
        <translation>Faça uma corrida entre 2 a 4 cópias da rede lado a lado (C): todas as pistas começam dos mesmos pesos com os mesmos dados e só diferem nas configurações que você der a cada uma (otimizador, taxa de aprendizado, ativação, tamanho do lote, regularização). Parar na época vale para todas as pistas; parar quando travar espera até Comparar ser desligado.</translation>
    </message>
    <message>
        <source>Add lane</source>
        <translation>Adicionar pista</translation>
    </message>
    <message>
        <source>Add a lane (up to 4) that races an optimizer not raced yet. The race starts again.</source>
        <translation>Adicionar uma pista (até 4) que corre com um otimizador que ainda não está na corrida. A corrida recomeça.</translation>
    </message>
    <message>
        <source>Restart race</source>
        <translation>Reiniciar corrida</translation>
    </message>
    <message>
        <source>Every lane back to epoch 0 and the same starting weights (R picks new weights).</source>
        <translation>Todas as pistas voltam à época 0 e aos mesmos pesos iniciais (R sorteia novos pesos).</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Saída</translation>
    </message>
    <message>
        <source>Same start, same data: only the lanes' settings differ (bold: a lane's own; the others follow the top bar).</source>
        <translation>Mesmo início, mesmos dados: só as configurações das pistas diferem (negrito: próprias da pista; as outras seguem a barra superior).</translation>
    </message>
    <message>
        <source>&amp;Compare lanes</source>
        <translation>&amp;Comparar pistas</translation>
    </message>
    <message>
        <source>Stop comparing?</source>
        <translation>Parar de comparar?</translation>
    </message>
    <message>
        <source>The race has trained to epoch {trained}. Keep one lane's network (it carries on as the main network, with its settings and loss history), or go back to the network as it was before the race (epoch {before})?</source>
        <translation>A corrida treinou até a época {trained}. Manter a rede de uma pista (ela continua como rede principal, com suas configurações e histórico de perda) ou voltar à rede como era antes da corrida (época {before})?</translation>
    </message>
    <message>
        <source>Keep lane {lane}</source>
        <translation>Manter pista {lane}</translation>
    </message>
    <message>
        <source>Back to before the race</source>
        <translation>Voltar a antes da corrida</translation>
    </message>
    <message>
        <source>Make this lane the main network?</source>
        <translation>Tornar esta pista a rede principal?</translation>
    </message>
    <message>
        <source>Lane {lane} ({summary}) becomes the main network: its settings, weights and loss history carry on, and Compare closes. The other lanes are dropped.</source>
        <translation>A pista {lane} ({summary}) vira a rede principal: suas configurações, pesos e histórico de perda continuam, e Comparar fecha. As outras pistas são descartadas.</translation>
    </message>
    <message>
        <source>Stop comparing</source>
        <translation>Parar de comparar</translation>
    </message>
</context>
<context>
    <name>compare_curves</name>
    <message>
        <source>Lane {lane}</source>
        <translation>Pista {lane}</translation>
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
        <translation>Nenhuma</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Otimizador</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Taxa de aprendizado</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Ativação</translation>
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
        <translation>Taxa de reg.</translation>
    </message>
    <message>
        <source>Lane {lane}'s optimizer. The rule that turns gradients into weight changes. Bold: the lane's own value; otherwise it follows the top bar. Changing it restarts the race from the same starting weights.</source>
        <translation>Otimizador da pista {lane}. A regra que transforma gradientes em mudanças de peso. Negrito: valor próprio da pista; senão, segue a barra superior. Alterar recomeça a corrida dos mesmos pesos iniciais.</translation>
    </message>
    <message>
        <source>Lane {lane}'s learning rate. How big a step each weight takes against its gradient. Bold: the lane's own value; otherwise it follows the top bar. Changing it restarts the race from the same starting weights.</source>
        <translation>Taxa de aprendizado da pista {lane}. O tamanho do passo que cada peso dá contra seu gradiente. Negrito: valor próprio da pista; senão, segue a barra superior. Alterar recomeça a corrida dos mesmos pesos iniciais.</translation>
    </message>
    <message>
        <source>Lane {lane}'s activation. The function every hidden neuron applies to its weighted sum. Bold: the lane's own value; otherwise it follows the top bar. Changing it restarts the race from the same starting weights.</source>
        <translation>Ativação da pista {lane}. A função que cada neurônio oculto aplica à sua soma ponderada. Negrito: valor próprio da pista; senão, segue a barra superior. Alterar recomeça a corrida dos mesmos pesos iniciais.</translation>
    </message>
    <message>
        <source>Lane {lane}'s batch size. How many training points are averaged for each weight update. Bold: the lane's own value; otherwise it follows the top bar. Changing it restarts the race from the same starting weights.</source>
        <translation>Tamanho do lote da pista {lane}. Quantos pontos de treinamento entram na média de cada atualização dos pesos. Negrito: valor próprio da pista; senão, segue a barra superior. Alterar recomeça a corrida dos mesmos pesos iniciais.</translation>
    </message>
    <message>
        <source>Lane {lane}'s regularization. A penalty on large weights. Bold: the lane's own value; otherwise it follows the top bar. Changing it restarts the race from the same starting weights.</source>
        <translation>Regularização da pista {lane}. Uma penalidade sobre pesos grandes. Negrito: valor próprio da pista; senão, segue a barra superior. Alterar recomeça a corrida dos mesmos pesos iniciais.</translation>
    </message>
    <message>
        <source>Lane {lane}'s regularization rate. How strong the penalty on weights is. Bold: the lane's own value; otherwise it follows the top bar. Changing it restarts the race from the same starting weights.</source>
        <translation>Taxa de regularização da pista {lane}. A força da penalidade sobre os pesos. Negrito: valor próprio da pista; senão, segue a barra superior. Alterar recomeça a corrida dos mesmos pesos iniciais.</translation>
    </message>
    <message>
        <source>Lane {lane}</source>
        <translation>Pista {lane}</translation>
    </message>
    <message>
        <source>Show lane {lane}'s network (weights, neurons) in the network diagram.</source>
        <translation>Mostrar a rede da pista {lane} (pesos, neurônios) no diagrama da rede.</translation>
    </message>
    <message>
        <source>Lane {lane} {setting}</source>
        <translation>Pista {lane} {setting}</translation>
    </message>
    <message>
        <source>Make main</source>
        <translation>Tornar principal</translation>
    </message>
    <message>
        <source>Make lane {lane} the main network: its settings, weights and loss history carry on outside Compare.</source>
        <translation>Tornar a pista {lane} a rede principal: suas configurações, pesos e histórico de perda continuam fora de Comparar.</translation>
    </message>
    <message>
        <source>Remove lane {lane}</source>
        <translation>Remover pista {lane}</translation>
    </message>
    <message>
        <source>Remove lane {lane} (the race starts again).</source>
        <translation>Remover a pista {lane} (a corrida recomeça).</translation>
    </message>
    <message>
        <source>Lane {lane}: make main or remove</source>
        <translation>Pista {lane}: tornar principal ou remover</translation>
    </message>
    <message>
        <source>Make lane {lane} the main network, or remove it.</source>
        <translation>Tornar a pista {lane} a rede principal, ou removê-la.</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Pista</translation>
    </message>
    <message>
        <source>Click a lane's letter to show its network in the diagram.</source>
        <translation>Clique na letra de uma pista para mostrar sua rede no diagrama.</translation>
    </message>
</context>
<context>
    <name>compare_view</name>
    <message>
        <source>rate {rate}</source>
        <translation>taxa {rate}</translation>
    </message>
    <message>
        <source>batch {size}</source>
        <translation>lote {size}</translation>
    </message>
    <message>
        <source>no reg.</source>
        <translation>sem reg.</translation>
    </message>
    <message>
        <source>reg. {rate}</source>
        <translation>reg. {rate}</translation>
    </message>
    <message>
        <source>Lane {lane}'s prediction over the plane, with the training points. Click to show this lane's network in the diagram.</source>
        <translation>A previsão da pista {lane} sobre o plano, com os pontos de treinamento. Clique para mostrar a rede desta pista no diagrama.</translation>
    </message>
    <message>
        <source>&lt;span style='color:#8a1c12'&gt;&lt;b&gt;diverged&lt;/b&gt; at epoch {epoch}&lt;/span&gt;</source>
        <translation>&lt;span style='color:#8a1c12'&gt;&lt;b&gt;divergiu&lt;/b&gt; na época {epoch}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>test loss &lt;b&gt;{loss}&lt;/b&gt;</source>
        <translation>perda de teste &lt;b&gt;{loss}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>parado</translation>
    </message>
    <message>
        <source>Lane {lane}: {summary}</source>
        <translation>Pista {lane}: {summary}</translation>
    </message>
    <message numerus="yes">
        <source>Epoch {epoch}, {steps} steps</source>
        <translation><numerusform>Época {epoch}, {steps} passo</numerusform><numerusform>Época {epoch}, {steps} passos</numerusform></translation>
    </message>
    <message>
        <source>Test loss {test}, training loss {train}</source>
        <translation>Perda de teste {test}, perda de treinamento {train}</translation>
    </message>
    <message>
        <source>Test accuracy {test}, training accuracy {train}</source>
        <translation>Acurácia de teste {test}, acurácia de treinamento {train}</translation>
    </message>
</context>
<context>
    <name>comparison</name>
    <message>
        <source>{optimizer} · rate {rate} · {activation} · batch {batch}</source>
        <translation>{optimizer} · taxa {rate} · {activation} · lote {batch}</translation>
    </message>
    <message>
        <source>Every lane has stopped: {lanes} diverged, the others reached epoch {epoch}. Raise it or restart the race to go on.</source>
        <translation>Todas as pistas pararam: {lanes} divergiram, as outras chegaram à época {epoch}. Aumente-a ou reinicie a corrida para continuar.</translation>
    </message>
    <message>
        <source>Every lane has reached epoch {epoch}, the stop-at-epoch setting. Raise it or restart the race to go on.</source>
        <translation>Todas as pistas chegaram à época {epoch}, a configuração de parar na época. Aumente-a ou reinicie a corrida para continuar.</translation>
    </message>
    <message>
        <source>Every lane has diverged. Lower their learning rates and restart the race.</source>
        <translation>Todas as pistas divergiram. Diminua as taxas de aprendizado delas e reinicie a corrida.</translation>
    </message>
    <message>
        <source>there are no training points to race on yet; paint some first</source>
        <translation>ainda não há pontos de treinamento para a corrida; pinte alguns primeiro</translation>
    </message>
    <message>
        <source>Compare is off</source>
        <translation>Comparar está desligado</translation>
    </message>
    <message>
        <source>at most {lanes} lanes</source>
        <translation>no máximo {lanes} pistas</translation>
    </message>
    <message>
        <source>Compare keeps at least {lanes} lanes; turn Compare off instead</source>
        <translation>Comparar mantém pelo menos {lanes} pistas; desligue Comparar em vez disso</translation>
    </message>
    <message>
        <source>there is no lane {lane}</source>
        <translation>não existe a pista {lane}</translation>
    </message>
    <message>
        <source>Lane {lane} ({summary}) is now the main network; it carries on from epoch {epoch}.</source>
        <translation>A pista {lane} ({summary}) agora é a rede principal; ela continua a partir da época {epoch}.</translation>
    </message>
</context>
<context>
    <name>confusion_table</name>
    <message>
        <source>rec.</source>
        <translation>rev.</translation>
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
        <translation>A matriz de confusão do conjunto de treinamento</translation>
    </message>
    <message>
        <source>The test set's confusion matrix</source>
        <translation>A matriz de confusão do conjunto de teste</translation>
    </message>
    <message>
        <source>{matrix}: row i, column j counts the points of class i the network predicts as class j (the diagonal: right). Recall: the share of a class's points predicted right; precision (last row): the share of the points predicted as a class that are of it; F1: their harmonic mean; – where a share has no points to count (rec.: recall, prec.: precision). Click a cell to mark its points on the output plot.</source>
        <translation>{matrix}: a linha i, coluna j conta os pontos da classe i que a rede prevê como classe j (a diagonal: acertos). Revocação: a fração dos pontos de uma classe previstos certo; precisão (última linha): a fração dos pontos previstos como uma classe que são dela; F1: a média harmônica das duas; – onde uma fração não tem pontos para contar (rev.: revocação, prec.: precisão). Clique numa célula para marcar seus pontos no gráfico da saída.</translation>
    </message>
    <message>
        <source>predicted {name}</source>
        <translation>previsto {name}</translation>
    </message>
    <message>
        <source>true {name}</source>
        <translation>verdadeiro {name}</translation>
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
        <translation>Nenhuma</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classificação</translation>
    </message>
    <message>
        <source>Regression</source>
        <translation>Regressão</translation>
    </message>
    <message>
        <source>Cross-entropy</source>
        <translation>Entropia cruzada</translation>
    </message>
    <message>
        <source>TF Playground</source>
        <translation>TF Playground</translation>
    </message>
    <message>
        <source>Editing the network (inputs, layers, neurons)</source>
        <translation>Editar a rede (entradas, camadas, neurônios)</translation>
    </message>
    <message>
        <source>network editing</source>
        <translation>edição da rede</translation>
    </message>
    <message>
        <source>Editing the data (datasets, painting, sliders)</source>
        <translation>Editar os dados (conjuntos de dados, pintura, controles deslizantes)</translation>
    </message>
    <message>
        <source>data editing</source>
        <translation>edição dos dados</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desligado</translation>
    </message>
    <message>
        <source>Activation per layer</source>
        <translation>Ativação por camada</translation>
    </message>
    <message>
        <source>Dropout per layer</source>
        <translation>Dropout por camada</translation>
    </message>
</context>
<context>
    <name>csv_io</name>
    <message>
        <source>1 point with values (regression)</source>
        <translation>1 ponto com valores (regressão)</translation>
    </message>
    <message>
        <source>{count} points with values (regression)</source>
        <translation>{count} pontos com valores (regressão)</translation>
    </message>
    <message>
        <source>1 point in {classes} classes</source>
        <translation>1 ponto em {classes} classes</translation>
    </message>
    <message>
        <source>{count} points in {classes} classes</source>
        <translation>{count} pontos em {classes} classes</translation>
    </message>
    <message>
        <source>{label} as {name}</source>
        <translation>{label} como {name}</translation>
    </message>
    <message>
        <source>{description} (labels {renumbered})</source>
        <translation>{description} (rótulos {renumbered})</translation>
    </message>
    <message>
        <source>{name} is a folder, not a CSV file</source>
        <translation>{name} é uma pasta, não um arquivo CSV</translation>
    </message>
    <message>
        <source>The file is too large ({size} MB); a data file is at most {limit} MB.</source>
        <translation>O arquivo é grande demais ({size} MB); um arquivo de dados tem no máximo {limit} MB.</translation>
    </message>
    <message>
        <source>Cannot read {name}: {error}</source>
        <translation>Não é possível ler {name}: {error}</translation>
    </message>
    <message>
        <source>The file is too large; a data file is at most {limit} MB.</source>
        <translation>O arquivo é grande demais; um arquivo de dados tem no máximo {limit} MB.</translation>
    </message>
    <message>
        <source>Line {line} holds a NUL byte: this looks like a binary file, not CSV text.</source>
        <translation>A linha {line} contém um byte NUL: parece um arquivo binário, não texto CSV.</translation>
    </message>
    <message>
        <source>The file is empty: it holds no points.</source>
        <translation>O arquivo está vazio: não contém pontos.</translation>
    </message>
    <message>
        <source>Line {line} is a header, but no points follow it.</source>
        <translation>A linha {line} é um cabeçalho, mas nenhum ponto vem depois dela.</translation>
    </message>
    <message>
        <source>Line {line}: the file has more than {limit} points; at most {limit} can be imported.</source>
        <translation>Linha {line}: o arquivo tem mais de {limit} pontos; no máximo {limit} podem ser importados.</translation>
    </message>
    <message>
        <source>label or value</source>
        <translation>rótulo ou valor</translation>
    </message>
    <message>
        <source>Line {line} has 1 field, but 3 are needed ({expected}): {problem}.</source>
        <translation>A linha {line} tem 1 campo, mas são necessários 3 ({expected}): {problem}.</translation>
    </message>
    <message>
        <source>Line {line} has {count} fields, but 3 are needed ({expected}): {problem}.</source>
        <translation>A linha {line} tem {count} campos, mas são necessários 3 ({expected}): {problem}.</translation>
    </message>
    <message>
        <source>x1, x2 and a label or value</source>
        <translation>x1, x2 e um rótulo ou valor</translation>
    </message>
    <message>
        <source>a column is missing</source>
        <translation>falta uma coluna</translation>
    </message>
    <message>
        <source>there are too many columns</source>
        <translation>há colunas demais</translation>
    </message>
    <message>
        <source>Line {line}, column {column} (label): {text} is not a whole number, and a class label must be one (0, 1, 2, …). For numbers to predict, name the column value.</source>
        <translation>Linha {line}, coluna {column} (rótulo): {text} não é um número inteiro, e um rótulo de classe precisa ser (0, 1, 2, …). Para números a prever, chame a coluna de value.</translation>
    </message>
    <message>
        <source>Line {line}, column {column} (label): {text} is a {nth}th class; at most {limit} classes can be learned.</source>
        <translation>Linha {line}, coluna {column} (rótulo): {text} seria a {nth}ª classe; no máximo {limit} classes podem ser aprendidas.</translation>
    </message>
    <message>
        <source>If the third column holds numbers to predict, start the file with the header x1,x2,value.</source>
        <translation>Se a terceira coluna contém números a prever, comece o arquivo com o cabeçalho x1,x2,value.</translation>
    </message>
    <message>
        <source>x1, x2, and label (classes) or value (numbers)</source>
        <translation>x1, x2 e label (classes) ou value (números)</translation>
    </message>
    <message>
        <source>Line {line} is a header of 1 column, but 3 are needed: {expected}.</source>
        <translation>A linha {line} é um cabeçalho de 1 coluna, mas são necessárias 3: {expected}.</translation>
    </message>
    <message>
        <source>Line {line} is a header of {count} columns, but 3 are needed: {expected}.</source>
        <translation>A linha {line} é um cabeçalho de {count} colunas, mas são necessárias 3: {expected}.</translation>
    </message>
    <message>
        <source>Line {line}, column {column}: the header name {name} is not known; the columns are {expected}.</source>
        <translation>Linha {line}, coluna {column}: o nome de cabeçalho {name} não é conhecido; as colunas são {expected}.</translation>
    </message>
    <message>
        <source>Line {line}, column {column}: the header names {name} twice; the columns are {expected}.</source>
        <translation>Linha {line}, coluna {column}: o cabeçalho cita {name} duas vezes; as colunas são {expected}.</translation>
    </message>
    <message>
        <source>Line {line}: the header must name {expected}.</source>
        <translation>Linha {line}: o cabeçalho deve citar {expected}.</translation>
    </message>
    <message>
        <source>Line {line}, column {column} ({name})</source>
        <translation>Linha {line}, coluna {column} ({name})</translation>
    </message>
    <message>
        <source>{where}: the field is empty; every point needs a number here.</source>
        <translation>{where}: o campo está vazio; cada ponto precisa de um número aqui.</translation>
    </message>
    <message>
        <source>{where}: {text} is too large to be a number here.</source>
        <translation>{where}: {text} é grande demais para ser um número aqui.</translation>
    </message>
    <message>
        <source>{where}: {text} is not a finite number; every point needs a real value.</source>
        <translation>{where}: {text} não é um número finito; cada ponto precisa de um valor real.</translation>
    </message>
    <message>
        <source>{where}: {text} is not a number.</source>
        <translation>{where}: {text} não é um número.</translation>
    </message>
    <message>
        <source>Line {line}, column {column} ({name}): {text} is too large; at most ±{limit}.</source>
        <translation>Linha {line}, coluna {column} ({name}): {text} é grande demais; no máximo ±{limit}.</translation>
    </message>
    <message>
        <source>The file starts as UTF-16 text but breaks off inside a character (byte {byte}); save it again as CSV UTF-8.</source>
        <translation>O arquivo começa como texto UTF-16, mas termina no meio de um caractere (byte {byte}); salve-o novamente como CSV UTF-8.</translation>
    </message>
    <message>
        <source>Line {line} is not UTF-8 text (byte 0x{byte} cannot be read): save the file as CSV UTF-8, or as plain numbers.</source>
        <translation>A linha {line} não é texto UTF-8 (o byte 0x{byte} não pode ser lido): salve o arquivo como CSV UTF-8 ou como números simples.</translation>
    </message>
</context>
<context>
    <name>csv_reading</name>
    <message>
        <source>Reading {file} was interrupted.</source>
        <translation>A leitura de {file} foi interrompida.</translation>
    </message>
</context>
<context>
    <name>data_controller</name>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Arquivos CSV (*.csv *.txt);;Todos os arquivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation><numerusform>%n ponto</numerusform><numerusform>%n pontos</numerusform></translation>
    </message>
    <message>
        <source>&amp;Import Data from CSV…</source>
        <translation>&amp;Importar dados de CSV…</translation>
    </message>
    <message>
        <source>Read points from a CSV file as your own points</source>
        <translation>Ler pontos de um arquivo CSV como seus próprios pontos</translation>
    </message>
    <message>
        <source>&amp;Data as CSV…</source>
        <translation>&amp;Dados como CSV…</translation>
    </message>
    <message>
        <source>switch to {dataset} data</source>
        <translation>mudar para os dados {dataset}</translation>
    </message>
    <message>
        <source>Showing the {dataset} data. Your own points are kept: Ctrl+Z or the My points tile brings them back.</source>
        <translation>Mostrando os dados {dataset}. Seus próprios pontos são mantidos: Ctrl+Z ou o bloco Meus pontos os traz de volta.</translation>
    </message>
    <message>
        <source>switch to my points</source>
        <translation>mudar para meus pontos</translation>
    </message>
    <message>
        <source>these</source>
        <translation>estes</translation>
    </message>
    <message>
        <source>Paint on which points?</source>
        <translation>Pintar sobre quais pontos?</translation>
    </message>
    <message>
        <source>You have {points} of your own from before. Paint on them, or on a copy of the {dataset} points on show?</source>
        <translation>Você tem {points} seus de antes. Pintar sobre eles, ou sobre uma cópia dos pontos {dataset} exibidos?</translation>
    </message>
    <message>
        <source>My points</source>
        <translation>Meus pontos</translation>
    </message>
    <message>
        <source>Copy of {dataset}</source>
        <translation>Cópia de {dataset}</translation>
    </message>
    <message>
        <source>paint on a copy of {dataset} data</source>
        <translation>pintar sobre uma cópia dos dados {dataset}</translation>
    </message>
    <message>
        <source>Painting on a copy of the {dataset} points: Clear empties the canvas, Ctrl+Z goes back.</source>
        <translation>Pintando sobre uma cópia dos pontos {dataset}: Limpar esvazia a tela, Ctrl+Z volta.</translation>
    </message>
    <message>
        <source>There are no points of your own to clear.</source>
        <translation>Não há pontos seus para limpar.</translation>
    </message>
    <message>
        <source>clear {points}</source>
        <translation>limpar {points}</translation>
    </message>
    <message>
        <source>The data is locked in this lesson.</source>
        <translation>Os dados estão bloqueados nesta lição.</translation>
    </message>
    <message>
        <source>Import data from CSV</source>
        <translation>Importar dados de CSV</translation>
    </message>
    <message>
        <source>Cannot import {file}</source>
        <translation>Não é possível importar {file}</translation>
    </message>
    <message>
        <source>{problem}

Nothing was imported; your data is as it was.</source>
        <translation>{problem}

Nada foi importado; seus dados estão como estavam.</translation>
    </message>
    <message>
        <source>import {points}</source>
        <translation>importar {points}</translation>
    </message>
    <message>
        <source>Imported {points} from {file}.</source>
        <translation>{points} importados de {file}.</translation>
    </message>
    <message>
        <source>Imported {points} from {file}. They were {fit}.</source>
        <translation>{points} importados de {file}. Eles foram {fit}.</translation>
    </message>
    <message>
        <source>Points outside the view</source>
        <translation>Pontos fora da visão</translation>
    </message>
    <message>
        <source>The points of {file} reach outside the view, which shows −6 to 6 on both axes.</source>
        <translation>Os pontos de {file} vão além da visão, que mostra de −6 a 6 nos dois eixos.</translation>
    </message>
    <message>
        <source>x₁ runs from {x1_low} to {x1_high}, x₂ from {x2_low} to {x2_high}.

Fit them into the view? Both axes are scaled alike (shapes stay as they are) and centred within ±{half_width}; the scaling is remembered and shown under the data controls.</source>
        <translation>x₁ vai de {x1_low} a {x1_high}, x₂ de {x2_low} a {x2_high}.

Encaixá-los na visão? Os dois eixos são escalados igualmente (as formas ficam como estão) e centralizados dentro de ±{half_width}; a escala é memorizada e mostrada abaixo dos controles de dados.</translation>
    </message>
    <message>
        <source>Fit into the view</source>
        <translation>Encaixar na visão</translation>
    </message>
    <message>
        <source>Import as they are</source>
        <translation>Importar como estão</translation>
    </message>
    <message>
        <source>Points beyond ±{limit} must be fitted.</source>
        <translation>Pontos além de ±{limit} precisam ser encaixados.</translation>
    </message>
    <message>
        <source>Points outside −6 to 6 are trained on but not drawn.</source>
        <translation>Pontos fora de −6 a 6 são usados no treinamento, mas não são desenhados.</translation>
    </message>
    <message>
        <source>Cannot export the data</source>
        <translation>Não é possível exportar os dados</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>Nada para exportar</translation>
    </message>
    <message>
        <source>There are no points yet: paint or import some.</source>
        <translation>Ainda não há pontos: pinte ou importe alguns.</translation>
    </message>
    <message>
        <source>Export data as CSV</source>
        <translation>Exportar dados como CSV</translation>
    </message>
    <message>
        <source>Cannot export {file}</source>
        <translation>Não é possível exportar {file}</translation>
    </message>
    <message>
        <source>Exported {points} to {file}.</source>
        <translation>{points} exportados para {file}.</translation>
    </message>
    <message>
        <source>My points were {fit}.</source>
        <translation>Meus pontos foram {fit}.</translation>
    </message>
</context>
<context>
    <name>data_panel</name>
    <message>
        <source>DATA</source>
        <translation>DADOS</translation>
    </message>
    <message>
        <source>Which dataset do you want to use?</source>
        <translation>Qual conjunto de dados você quer usar?</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Gerar de novo</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Pontos</translation>
    </message>
    <message>
        <source>Number of points</source>
        <translation>Número de pontos</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semente</translation>
    </message>
    <message>
        <source>Data seed</source>
        <translation>Semente dos dados</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importar CSV…</translation>
    </message>
    <message>
        <source>Read points from a CSV file with columns x1, x2 and label (classes) or value (numbers); a header line is optional. They become your own points (undo with Ctrl+Z).</source>
        <translation>Ler pontos de um arquivo CSV com as colunas x1, x2 e label (classes) ou value (números); uma linha de cabeçalho é opcional. Eles viram seus próprios pontos (desfaça com Ctrl+Z).</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Write the points on show to a CSV file (x1, x2, label or value) that Import reads back exactly.</source>
        <translation>Gravar os pontos exibidos num arquivo CSV (x1, x2, label ou value) que Importar lê de volta exatamente.</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) so far.</source>
        <translation><numerusform>%n ponto até agora.</numerusform><numerusform>%n pontos até agora.</numerusform></translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;: {description}&lt;br&gt;{how}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;: {description}&lt;br&gt;{how}</translation>
    </message>
    <message>
        <source>Dataset {title}</source>
        <translation>Conjunto de dados {title}</translation>
    </message>
    <message>
        <source>My points ({task})</source>
        <translation>Meus pontos ({task})</translation>
    </message>
    <message>
        <source>Ratio of training to test data: &lt;b&gt;{percent} %&lt;/b&gt;</source>
        <translation>Proporção de dados de treino e teste: &lt;b&gt;{percent} %&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Noise: &lt;b&gt;{noise}&lt;/b&gt;</source>
        <translation>Ruído: &lt;b&gt;{noise}&lt;/b&gt;</translation>
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
        <translation>Ou exclusivo</translation>
    </message>
    <message>
        <source>Gaussian</source>
        <translation>Gaussiana</translation>
    </message>
    <message>
        <source>Spiral</source>
        <translation>Espiral</translation>
    </message>
    <message>
        <source>Moons</source>
        <translation>Luas</translation>
    </message>
    <message>
        <source>Checkerboard</source>
        <translation>Tabuleiro</translation>
    </message>
    <message>
        <source>Spiral arms</source>
        <translation>Braços de espiral</translation>
    </message>
    <message>
        <source>Blobs</source>
        <translation>Manchas</translation>
    </message>
    <message>
        <source>Rings</source>
        <translation>Anéis</translation>
    </message>
    <message>
        <source>Plane</source>
        <translation>Plano</translation>
    </message>
    <message>
        <source>Multi-Gaussian</source>
        <translation>Multigaussiana</translation>
    </message>
    <message>
        <source>Sine wave</source>
        <translation>Onda senoidal</translation>
    </message>
    <message>
        <source>A disc of one class inside a ring of the other.</source>
        <translation>Um disco de uma classe dentro de um anel da outra.</translation>
    </message>
    <message>
        <source>Opposite quadrants share a class: the label is 1 when x and y have the same sign.</source>
        <translation>Quadrantes opostos têm a mesma classe: o rótulo é 1 quando x e y têm o mesmo sinal.</translation>
    </message>
    <message>
        <source>Two Gaussian clusters, around (2, 2) and (-2, -2); noise widens them.</source>
        <translation>Dois aglomerados gaussianos, em torno de (2, 2) e (-2, -2); o ruído os alarga.</translation>
    </message>
    <message>
        <source>Two interleaved spiral arms, one per class.</source>
        <translation>Dois braços de espiral entrelaçados, um por classe.</translation>
    </message>
    <message>
        <source>Two interleaving half-moons, one per class.</source>
        <translation>Duas meias-luas entrelaçadas, uma por classe.</translation>
    </message>
    <message>
        <source>A 4 x 4 checkerboard of alternating classes, a bigger xor.</source>
        <translation>Um tabuleiro 4 x 4 de classes alternadas, um xor maior.</translation>
    </message>
    <message>
        <source>Several interleaved spiral arms, one class per arm.</source>
        <translation>Vários braços de espiral entrelaçados, uma classe por braço.</translation>
    </message>
    <message>
        <source>Gaussian blobs evenly spaced on a circle, one class per blob.</source>
        <translation>Manchas gaussianas igualmente espaçadas num círculo, uma classe por mancha.</translation>
    </message>
    <message>
        <source>Concentric rings, one class per ring.</source>
        <translation>Anéis concêntricos, uma classe por anel.</translation>
    </message>
    <message>
        <source>A tilted plane: the value rises linearly towards the top right, (x + y) / 10.</source>
        <translation>Um plano inclinado: o valor sobe linearmente em direção ao canto superior direito, (x + y) / 10.</translation>
    </message>
    <message>
        <source>Six bumps, alternately positive and negative, on two rows.</source>
        <translation>Seis saliências, alternadamente positivas e negativas, em duas fileiras.</translation>
    </message>
    <message>
        <source>A sine wave along x1: the value is sin(x1) and ignores x2.</source>
        <translation>Uma onda senoidal ao longo de x1: o valor é sin(x1) e ignora x2.</translation>
    </message>
    <message>
        <source>How many classes (colours) the data has, from 2 to 8. Changing it starts again with fresh weights.</source>
        <translation>Quantas classes (cores) os dados têm, de 2 a 8. Alterar recomeça com novos pesos.</translation>
    </message>
    <message>
        <source>My points</source>
        <translation>Meus pontos</translation>
    </message>
    <message>
        <source>&lt;b&gt;My points&lt;/b&gt;: your own data. Turn on &lt;i&gt;Paint&lt;/i&gt; above the output to add points with the mouse, or import a CSV file. They are kept when you try a generator, and saved in the project.</source>
        <translation>&lt;b&gt;Meus pontos&lt;/b&gt;: seus próprios dados. Ligue &lt;i&gt;Pintar&lt;/i&gt; acima da saída para adicionar pontos com o mouse, ou importe um arquivo CSV. Eles são mantidos quando você experimenta um gerador e são salvos no projeto.</translation>
    </message>
    <message>
        <source>How many points the generator draws, training and test together. Starts again.</source>
        <translation>Quantos pontos o gerador sorteia, treino e teste juntos. Recomeça.</translation>
    </message>
    <message>
        <source>Which random draw of the data: the same seed always gives the same points. Regenerate picks a new one. Starts again.</source>
        <translation>Qual sorteio aleatório dos dados: a mesma semente sempre dá os mesmos pontos. Gerar de novo escolhe uma nova. Recomeça.</translation>
    </message>
    <message>
        <source>For generated data only; your own points keep where you put them.</source>
        <translation>Só para dados gerados; seus próprios pontos ficam onde você os colocou.</translation>
    </message>
    <message>
        <source>classification</source>
        <translation>classificação</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>regressão</translation>
    </message>
    <message>
        <source>Draw the same dataset again with a new random seed; noise, point count and ratio stay as they are. Starts again.</source>
        <translation>Sortear o mesmo conjunto de dados de novo com uma nova semente aleatória; ruído, número de pontos e proporção ficam como estão. Recomeça.</translation>
    </message>
</context>
<context>
    <name>datasets</name>
    <message>
        <source>seed must be a non-negative integer, got {value}</source>
        <translation>seed deve ser um inteiro não negativo; recebido {value}</translation>
    </message>
    <message>
        <source>dataset: unknown name {name}; choose one of {choices}</source>
        <translation>dataset: nome desconhecido {name}; escolha um destes: {choices}</translation>
    </message>
    <message>
        <source>classes must be an integer from {low} to {high} for {dataset}, got {value}</source>
        <translation>classes deve ser um inteiro de {low} a {high} para {dataset}; recebido {value}</translation>
    </message>
    <message>
        <source>classes cannot be set for {dataset} (it is a regression dataset)</source>
        <translation>classes não pode ser definido para {dataset} (é um conjunto de dados de regressão)</translation>
    </message>
    <message>
        <source>classes cannot be set for {dataset} (it has {classes} classes)</source>
        <translation>classes não pode ser definido para {dataset} (ele tem {classes} classes)</translation>
    </message>
    <message>
        <source>n_points must be an integer from {low} to {high}, got {value}</source>
        <translation>n_points deve ser um inteiro de {low} a {high}; recebido {value}</translation>
    </message>
    <message>
        <source>noise must be between 0 and {high}, got {value}</source>
        <translation>noise deve estar entre 0 e {high}; recebido {value}</translation>
    </message>
    <message>
        <source>n_points must be at least the number of classes ({classes}) for {dataset}, got {value}</source>
        <translation>n_points deve ser pelo menos o número de classes ({classes}) para {dataset}; recebido {value}</translation>
    </message>
    <message>
        <source>X must be a numeric array of shape (n, 2)</source>
        <translation>X deve ser uma matriz numérica de formato (n, 2)</translation>
    </message>
    <message>
        <source>X must be a numeric array of shape (n, 2), got shape {shape}</source>
        <translation>X deve ser uma matriz numérica de formato (n, 2); recebido formato {shape}</translation>
    </message>
    <message>
        <source>y must be a 1-D array with one value per row of X ({rows}), got shape {shape}</source>
        <translation>y deve ser uma matriz 1-D com um valor por linha de X ({rows}); recebido formato {shape}</translation>
    </message>
    <message>
        <source>X must have at least {low} rows to split, got {value}</source>
        <translation>X deve ter pelo menos {low} linhas para dividir; recebido {value}</translation>
    </message>
    <message>
        <source>train_ratio must be between {low} and {high}, got {value}</source>
        <translation>train_ratio deve estar entre {low} e {high}; recebido {value}</translation>
    </message>
</context>
<context>
    <name>drag_drop</name>
    <message>
        <source>Not added: {reason}</source>
        <translation>Não adicionado: {reason}</translation>
    </message>
    <message>
        <source>the network already has the maximum of {most} hidden layers.</source>
        <translation>a rede já tem o máximo de {most} camadas ocultas.</translation>
    </message>
    <message>
        <source>Insert hidden layer {layer} here</source>
        <translation>Inserir a camada oculta {layer} aqui</translation>
    </message>
    <message>
        <source>there is no hidden layer yet; drag “{part}” in first.</source>
        <translation>ainda não há camada oculta; arraste “{part}” primeiro.</translation>
    </message>
    <message>
        <source>drop the neuron onto a hidden layer.</source>
        <translation>solte o neurônio sobre uma camada oculta.</translation>
    </message>
    <message>
        <source>layer {layer} already has the maximum of {most} neurons.</source>
        <translation>a camada {layer} já tem o máximo de {most} neurônios.</translation>
    </message>
    <message>
        <source>Add a neuron to layer {layer}</source>
        <translation>Adicionar um neurônio à camada {layer}</translation>
    </message>
    <message>
        <source>Drag “{part}” onto the network: between two layers.</source>
        <translation>Arraste “{part}” para a rede: entre duas camadas.</translation>
    </message>
    <message>
        <source>Drag “{part}” onto the network: onto a hidden layer.</source>
        <translation>Arraste “{part}” para a rede: sobre uma camada oculta.</translation>
    </message>
    <message>
        <source>The network is not ready yet.</source>
        <translation>A rede ainda não está pronta.</translation>
    </message>
    <message>
        <source>{part}: drop it on the network</source>
        <translation>{part}: solte-o na rede</translation>
    </message>
    <message>
        <source>Editing the network is locked in this lesson</source>
        <translation>Editar a rede está bloqueado nesta lição</translation>
    </message>
</context>
<context>
    <name>dropout</name>
    <message>
        <source>{field} must be a number from 0 to {high}; got {value}</source>
        <translation>{field} deve ser um número de 0 a {high}; recebido {value}</translation>
    </message>
</context>
<context>
    <name>edit_commands</name>
    <message>
        <source>neuron {unit} of layer {layer}</source>
        <translation>neurônio {unit} da camada {layer}</translation>
    </message>
    <message>
        <source>output {unit} ({class_name})</source>
        <translation>saída {unit} ({class_name})</translation>
    </message>
    <message>
        <source>the output</source>
        <translation>a saída</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Não alterado</translation>
    </message>
    <message>
        <source>Cannot undo {edit}</source>
        <translation>Não é possível desfazer {edit}</translation>
    </message>
    <message>
        <source>the network changed shape before this edit arrived; try again</source>
        <translation>a rede mudou de forma antes desta edição chegar; tente de novo</translation>
    </message>
    <message>
        <source>the network has another shape now</source>
        <translation>a rede agora tem outra forma</translation>
    </message>
    <message>
        <source>neuron {unit} is the last of layer {layer}</source>
        <translation>o neurônio {unit} é o último da camada {layer}</translation>
    </message>
    <message>
        <source>add neuron to layer {layer}</source>
        <translation>adicionar neurônio à camada {layer}</translation>
    </message>
    <message>
        <source>remove neuron {unit} from layer {layer}</source>
        <translation>remover neurônio {unit} da camada {layer}</translation>
    </message>
    <message>
        <source>add hidden layer {layer}</source>
        <translation>adicionar camada oculta {layer}</translation>
    </message>
    <message>
        <source>insert hidden layer {layer}</source>
        <translation>inserir camada oculta {layer}</translation>
    </message>
    <message>
        <source>remove hidden layer {layer}</source>
        <translation>remover camada oculta {layer}</translation>
    </message>
    <message>
        <source>set layer {layer} to {activation}</source>
        <translation>definir a camada {layer} como {activation}</translation>
    </message>
    <message>
        <source>set dropout of layer {layer} to {rate}</source>
        <translation>definir o dropout da camada {layer} como {rate}</translation>
    </message>
    <message>
        <source>switch dropout of layer {layer} off</source>
        <translation>desligar o dropout da camada {layer}</translation>
    </message>
    <message>
        <source>switch {feature} on</source>
        <translation>ligar {feature}</translation>
    </message>
    <message>
        <source>switch {feature} off</source>
        <translation>desligar {feature}</translation>
    </message>
    <message>
        <source>enable link {link}</source>
        <translation>ativar ligação {link}</translation>
    </message>
    <message>
        <source>disable link {link}</source>
        <translation>desativar ligação {link}</translation>
    </message>
    <message>
        <source>set weight {link} to {value}</source>
        <translation>definir o peso {link} como {value}</translation>
    </message>
    <message>
        <source>set bias of {neuron} to {value}</source>
        <translation>definir o viés de {neuron} como {value}</translation>
    </message>
</context>
<context>
    <name>edits</name>
    <message>
        <source>hidden layer must be from 0 to {high}; got {value}</source>
        <translation>a camada oculta deve ser de 0 a {high}; recebido {value}</translation>
    </message>
    <message>
        <source>the network has no hidden layers</source>
        <translation>a rede não tem camadas ocultas</translation>
    </message>
    <message>
        <source>start must be 'identity' or 'random'; got {value}</source>
        <translation>start deve ser 'identity' ou 'random'; recebido {value}</translation>
    </message>
    <message>
        <source>the network already has the maximum of {count} hidden layers</source>
        <translation>a rede já tem o máximo de {count} camadas ocultas</translation>
    </message>
    <message>
        <source>layer index must be from 0 to {high}; got {value}</source>
        <translation>o índice da camada deve ser de 0 a {high}; recebido {value}</translation>
    </message>
    <message>
        <source>hidden layer {layer} already has the maximum of {count} neurons</source>
        <translation>a camada oculta {layer} já tem o máximo de {count} neurônios</translation>
    </message>
    <message>
        <source>neuron must be from 0 to {high} in hidden layer {layer}; got {value}</source>
        <translation>o neurônio deve ser de 0 a {high} na camada oculta {layer}; recebido {value}</translation>
    </message>
    <message>
        <source>feature must be one of {choices}; got {value}</source>
        <translation>a característica deve ser uma destas: {choices}; recebido {value}</translation>
    </message>
    <message>
        <source>at least one input feature must stay on</source>
        <translation>pelo menos uma característica de entrada deve ficar ligada</translation>
    </message>
</context>
<context>
    <name>exports</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagem PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>Imagem SVG (*.svg)</translation>
    </message>
    <message>
        <source>Decision boundary as &amp;PNG…</source>
        <translation>Fronteira de decisão como &amp;PNG…</translation>
    </message>
    <message>
        <source>Decision boundary as &amp;SVG…</source>
        <translation>Fronteira de decisão como &amp;SVG…</translation>
    </message>
    <message>
        <source>&amp;Network diagram as PNG…</source>
        <translation>Diagrama da &amp;rede como PNG…</translation>
    </message>
    <message>
        <source>Network diagram as S&amp;VG…</source>
        <translation>Diagrama da rede como S&amp;VG…</translation>
    </message>
    <message>
        <source>&amp;Loss history as CSV…</source>
        <translation>&amp;Histórico de perda como CSV…</translation>
    </message>
    <message>
        <source>&amp;Weights as JSON…</source>
        <translation>Pes&amp;os como JSON…</translation>
    </message>
    <message>
        <source>Animated &amp;GIF of training…</source>
        <translation>&amp;GIF animado do treinamento…</translation>
    </message>
    <message>
        <source>Cannot export {name}</source>
        <translation>Não é possível exportar {name}</translation>
    </message>
    <message>
        <source>Exported {path}</source>
        <translation>{path} exportado</translation>
    </message>
    <message>
        <source>Export the decision boundary</source>
        <translation>Exportar a fronteira de decisão</translation>
    </message>
    <message>
        <source>{name} boundary</source>
        <translation>{name} fronteira</translation>
    </message>
    <message>
        <source>Export the network diagram</source>
        <translation>Exportar o diagrama da rede</translation>
    </message>
    <message>
        <source>{name} network</source>
        <translation>{name} rede</translation>
    </message>
    <message>
        <source>the picture could not be written</source>
        <translation>a imagem não pôde ser gravada</translation>
    </message>
    <message>
        <source>Export the loss history</source>
        <translation>Exportar o histórico de perda</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Tabela CSV (*.csv)</translation>
    </message>
    <message>
        <source>{name} loss</source>
        <translation>{name} perda</translation>
    </message>
    <message>
        <source>Export the weights</source>
        <translation>Exportar os pesos</translation>
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
        <translation>Treinar uma cópia desta rede por quantas épocas?
(Seu próprio trabalho não é alterado.)</translation>
    </message>
    <message>
        <source>Export an animated GIF</source>
        <translation>Exportar um GIF animado</translation>
    </message>
    <message>
        <source>GIF animation (*.gif)</source>
        <translation>Animação GIF (*.gif)</translation>
    </message>
    <message>
        <source>{name} training</source>
        <translation>{name} treinamento</translation>
    </message>
    <message>
        <source>Training a copy and drawing the frames…</source>
        <translation>Treinando uma cópia e desenhando os quadros…</translation>
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
        <translation>&amp;Novo</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recente</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Salvar &amp;como…</translation>
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
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <source>Save the changes to “{name}” first?</source>
        <translation>Salvar primeiro as alterações em “{name}”?</translation>
    </message>
    <message numerus="yes">
        <source>New playground. Your {count} own points are kept: the My points tile.</source>
        <translation><numerusform>Novo playground. Seu {count} ponto próprio é mantido: o bloco Meus pontos.</numerusform><numerusform>Novo playground. Seus {count} pontos próprios são mantidos: o bloco Meus pontos.</numerusform></translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Abrir projeto</translation>
    </message>
    <message>
        <source>Still opening another file; {name} was not opened.</source>
        <translation>Ainda abrindo outro arquivo; {name} não foi aberto.</translation>
    </message>
    <message>
        <source>Cannot open {name}</source>
        <translation>Não é possível abrir {name}</translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation>{name} aberto</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>Não é possível abrir o projeto</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>Salvar projeto</translation>
    </message>
    <message>
        <source>Cannot save {name}</source>
        <translation>Não é possível salvar {name}</translation>
    </message>
    <message>
        <source>it was opened read-only; save a copy instead</source>
        <translation>ele foi aberto somente para leitura; salve uma cópia</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} salvo</translation>
    </message>
    <message>
        <source>Autosave failed: {why}</source>
        <translation>O salvamento automático falhou: {why}</translation>
    </message>
</context>
<context>
    <name>file_names</name>
    <message>
        <source>NN Playground projects ({pattern})</source>
        <translation>Projetos do NN Playground ({pattern})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>NN Playground lessons ({pattern})</source>
        <translation>Lições do NN Playground ({pattern})</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sem título</translation>
    </message>
</context>
<context>
    <name>folder_action</name>
    <message>
        <source>Open &amp;class folder…</source>
        <translation>Abrir pasta da &amp;turma…</translation>
    </message>
    <message>
        <source>See a folder of hand-ins as a gallery, one card per student</source>
        <translation>Ver uma pasta de entregas como galeria, um cartão por aluno</translation>
    </message>
    <message>
        <source>Open a class folder</source>
        <translation>Abrir uma pasta da turma</translation>
    </message>
</context>
<context>
    <name>gallery</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lição</translation>
    </message>
    <message>
        <source>Test accuracy, best first</source>
        <translation>Acurácia de teste, melhor primeiro</translation>
    </message>
    <message>
        <source>Train accuracy, best first</source>
        <translation>Acurácia de treino, melhor primeiro</translation>
    </message>
    <message>
        <source>Test loss, lowest first</source>
        <translation>Perda de teste, menor primeiro</translation>
    </message>
    <message>
        <source>Train loss, lowest first</source>
        <translation>Perda de treino, menor primeiro</translation>
    </message>
    <message>
        <source>Epochs, most first</source>
        <translation>Épocas, mais primeiro</translation>
    </message>
    <message>
        <source>Handed in, latest first</source>
        <translation>Entregue, mais recente primeiro</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Class: {folder}</source>
        <translation>Turma: {folder}</translation>
    </message>
    <message>
        <source>Hand-ins of the class</source>
        <translation>Entregas da turma</translation>
    </message>
    <message>
        <source>Click a column's title to sort by it; again to reverse</source>
        <translation>Clique no título de uma coluna para ordenar por ela; de novo para inverter</translation>
    </message>
    <message>
        <source>Double-click a student's card, or press Enter, to open it</source>
        <translation>Clique duas vezes no cartão de um aluno, ou pressione Enter, para abri-lo</translation>
    </message>
    <message>
        <source>Reading {folder}…</source>
        <translation>Lendo {folder}…</translation>
    </message>
    <message>
        <source>The cards' order (a click on a column's title sorts too)</source>
        <translation>A ordem dos cartões (clicar no título de uma coluna também ordena)</translation>
    </message>
    <message>
        <source>&amp;Sort by:</source>
        <translation>&amp;Ordenar por:</translation>
    </message>
    <message>
        <source>&amp;Open read-only</source>
        <translation>&amp;Abrir somente leitura</translation>
    </message>
    <message>
        <source>Open the chosen card's work; saving it asks for a new name</source>
        <translation>Abrir o trabalho do cartão escolhido; ao salvar, é pedido um novo nome</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Save the table as a CSV file for a grade book</source>
        <translation>Salvar a tabela como arquivo CSV para um boletim de notas</translation>
    </message>
    <message>
        <source>Close the gallery</source>
        <translation>Fechar a galeria</translation>
    </message>
    <message>
        <source>No hand-ins (.nnplay files) in {folder}.</source>
        <translation>Nenhuma entrega (arquivos .nnplay) em {folder}.</translation>
    </message>
    <message>
        <source>{hand_ins}, {others} (see their notes): reading {read} of {expected}… in {folder}.</source>
        <translation>{hand_ins}, {others} (veja as notas): lendo {read} de {expected}… em {folder}.</translation>
    </message>
    <message>
        <source>{hand_ins}, {others} (see their notes) in {folder}.</source>
        <translation>{hand_ins}, {others} (veja as notas) em {folder}.</translation>
    </message>
    <message>
        <source>{hand_ins}: reading {read} of {expected}… in {folder}.</source>
        <translation>{hand_ins}: lendo {read} de {expected}… em {folder}.</translation>
    </message>
    <message>
        <source>{hand_ins} in {folder}.</source>
        <translation>{hand_ins} em {folder}.</translation>
    </message>
    <message numerus="yes">
        <source>%n hand-in(s)</source>
        <translation><numerusform>%n entrega</numerusform><numerusform>%n entregas</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n other or damaged file(s)</source>
        <translation><numerusform>%n arquivo diferente ou danificado</numerusform><numerusform>%n arquivos diferentes ou danificados</numerusform></translation>
    </message>
    <message>
        <source>{summary} ({why_short})</source>
        <translation>{summary} ({why_short})</translation>
    </message>
    <message>
        <source>Choose a student's card first.</source>
        <translation>Escolha primeiro o cartão de um aluno.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: {why}</source>
        <translation>{file} não pode ser aberto: {why}</translation>
    </message>
    <message>
        <source>{student} (hand-in)</source>
        <translation>{student} (entrega)</translation>
    </message>
    <message>
        <source>class</source>
        <translation>turma</translation>
    </message>
    <message>
        <source>{class_name} grades</source>
        <translation>notas de {class_name}</translation>
    </message>
    <message>
        <source>Export the class as CSV</source>
        <translation>Exportar a turma como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not save {file}: {problem}</source>
        <translation>Não foi possível salvar {file}: {problem}</translation>
    </message>
    <message>
        <source>Saved the class as {file}</source>
        <translation>Turma salva como {file}</translation>
    </message>
</context>
<context>
    <name>gradient_panel</name>
    <message>
        <source>‖∂L/∂W‖ / ‖W‖ of each layer: how fast its weights change for their size (the last batch's gradient, averaged over a few frames), against the training step, on a log scale. Each grid line down is 10× slower. The red dashed line is the output layer's ÷ 50: a layer below it learns too slowly to catch up, which matters while much is left to learn.</source>
        <translation>‖∂L/∂W‖ / ‖W‖ de cada camada: quão rápido seus pesos mudam em relação ao tamanho deles (o gradiente do último lote, em média sobre alguns quadros), contra o passo de treinamento, em escala logarítmica. Cada linha de grade para baixo é 10× mais lenta. A linha vermelha tracejada é a da camada de saída ÷ 50: uma camada abaixo dela aprende devagar demais para acompanhar, o que importa enquanto ainda há muito a aprender.</translation>
    </message>
    <message>
        <source>training step</source>
        <translation>passo de treinamento</translation>
    </message>
    <message>
        <source>Each layer's colour (h1 = the weights into hidden layer 1, out = into the output); the red dashed line: the output layer's ‖∂L/∂W‖ / ‖W‖ ÷ 50.</source>
        <translation>A cor de cada camada (h1 = os pesos que entram na camada oculta 1, out = que entram na saída); a linha vermelha tracejada: ‖∂L/∂W‖ / ‖W‖ da camada de saída ÷ 50.</translation>
    </message>
    <message>
        <source>Which layer's weights the histograms show (the weights into that layer's neurons).</source>
        <translation>De qual camada os histogramas mostram os pesos (os pesos que entram nos neurônios dessa camada).</translation>
    </message>
    <message>
        <source>Weights w of this layer: how many have each value.</source>
        <translation>Pesos w desta camada: quantos têm cada valor.</translation>
    </message>
    <message>
        <source>Gradients ∂L/∂w of this layer's weights (last batch): how many have each value. Look at the axis: for a vanishing layer they are all tiny.</source>
        <translation>Gradientes ∂L/∂w dos pesos desta camada (último lote): quantos têm cada valor. Olhe o eixo: numa camada em que o gradiente desaparece, todos são minúsculos.</translation>
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
        <translation>± seu tamanho típico (raiz do valor quadrático médio)</translation>
    </message>
    <message>
        <source>Close the gradient panel (G); the loss chart comes back</source>
        <translation>Fechar o painel de gradientes (G); o gráfico de perda volta</translation>
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
        <translation>Nenhum aviso de gradiente: nenhuma camada fica sem aprender enquanto ainda há muito a aprender, e nenhum passo é maior que os pesos que ele muda. (Passe o mouse para ver a regra.)</translation>
    </message>
    <message>
        <source>Press play: each layer's gradient size appears here as the network trains.</source>
        <translation>Pressione reproduzir: o tamanho do gradiente de cada camada aparece aqui enquanto a rede treina.</translation>
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
        <translation>Mostrar o tamanho do gradiente de cada camada ao longo do tempo, avisos de gradiente que desaparece ou explode, e histogramas de pesos e gradientes, no lugar do gráfico de perda (G)</translation>
    </message>
</context>
<context>
    <name>gradient_stats</name>
    <message>
        <source>output layer</source>
        <translation>camada de saída</translation>
    </message>
    <message>
        <source>hidden layer {number}</source>
        <translation>camada oculta {number}</translation>
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
        <translation>Seu nome vai para o arquivo junto com sua rede, os resultados dela (épocas, perda e acurácia) e uma pequena imagem da fronteira de decisão, para que seu professor saiba de quem é o trabalho. Este computador o memoriza para sua próxima entrega.</translation>
    </message>
    <message>
        <source>Hand in your work</source>
        <translation>Entregar seu trabalho</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Seu &amp;nome:</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Nome e sobrenome</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Seu nome</translation>
    </message>
    <message>
        <source>Your name as your teacher knows it (at most {characters})</source>
        <translation>Seu nome como seu professor o conhece (no máximo {characters})</translation>
    </message>
    <message>
        <source>Continue…</source>
        <translation>Continuar…</translation>
    </message>
    <message>
        <source>Choose where to save the hand-in file</source>
        <translation>Escolha onde salvar o arquivo de entrega</translation>
    </message>
    <message>
        <source>Please type your name on one line (letters, not symbols).</source>
        <translation>Digite seu nome em uma linha (letras, não símbolos).</translation>
    </message>
    <message>
        <source>&amp;Hand in…</source>
        <translation>Entre&amp;gar…</translation>
    </message>
    <message>
        <source>Save your work for your teacher: with your name, its results and a picture</source>
        <translation>Salvar seu trabalho para o professor: com seu nome, os resultados e uma imagem</translation>
    </message>
    <message>
        <source>Hand in</source>
        <translation>Entregar</translation>
    </message>
    <message>
        <source>NN Playground hand-ins (*{suffix})</source>
        <translation>Entregas do NN Playground (*{suffix})</translation>
    </message>
    <message>
        <source>Cannot hand in {file}</source>
        <translation>Não é possível entregar {file}</translation>
    </message>
    <message>
        <source>Handed in as {student}: {file}</source>
        <translation>Entregue como {student}: {file}</translation>
    </message>
</context>
<context>
    <name>handin</name>
    <message>
        <source>must not be empty</source>
        <translation>não pode ficar vazio</translation>
    </message>
    <message>
        <source>must be one line without control characters; got {value}</source>
        <translation>deve ser uma linha sem caracteres de controle; recebido {value}</translation>
    </message>
    <message>
        <source>must be one line; got {value}</source>
        <translation>deve ser uma linha; recebido {value}</translation>
    </message>
    <message>
        <source>says {said} epochs, but the network in the file was trained {epochs}</source>
        <translation>diz {said} épocas, mas a rede no arquivo foi treinada {epochs}</translation>
    </message>
    <message>
        <source>must be a UTC time such as 2026-12-04T22:10:05Z; got {value}</source>
        <translation>deve ser um horário UTC como 2026-12-04T22:10:05Z; recebido {value}</translation>
    </message>
    <message>
        <source>is not a real date and time; got {value}</source>
        <translation>não é uma data e hora reais; recebido {value}</translation>
    </message>
    <message>
        <source>must be a finite number or null; got {value}</source>
        <translation>deve ser um número finito ou null; recebido {value}</translation>
    </message>
    <message>
        <source>must be from 0 to {high}; got {value}</source>
        <translation>deve ser de 0 a {high}; recebido {value}</translation>
    </message>
    <message>
        <source>must be a PNG picture as base64 text; got {value}</source>
        <translation>deve ser uma imagem PNG como texto base64; recebido {value}</translation>
    </message>
    <message>
        <source>is {length} characters long; a thumbnail is at most {limit}</source>
        <translation>tem {length} caracteres; uma miniatura tem no máximo {limit}</translation>
    </message>
    <message>
        <source>is not base64 text; it starts {start}</source>
        <translation>não é texto base64; começa com {start}</translation>
    </message>
    <message>
        <source>is not a PNG picture</source>
        <translation>não é uma imagem PNG</translation>
    </message>
    <message>
        <source>is {width}×{height} pixels; at most {limit} on each side</source>
        <translation>tem {width}×{height} pixels; no máximo {limit} de cada lado</translation>
    </message>
    <message>
        <source>is a damaged PNG picture</source>
        <translation>é uma imagem PNG danificada</translation>
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
        <translation>Reproduzir (Space) treina e pausa; Passo a passo (W) percorre a retropropagação com um ponto. As caixas definem como a rede aprende.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dados</translation>
    </message>
    <message>
        <source>Pick a data set, its number of points and its noise; or paint your own points (P).</source>
        <translation>Escolha um conjunto de dados, seu número de pontos e seu ruído; ou pinte seus próprios pontos (P).</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Rede</translation>
    </message>
    <message>
        <source>Inputs on the left, hidden layers, the output on the right; + and − add layers and neurons. Blue links are positive weights, orange negative, thicker ones stronger.</source>
        <translation>Entradas à esquerda, camadas ocultas, a saída à direita; + e − adicionam camadas e neurônios. Ligações azuis são pesos positivos, laranja negativos; as mais grossas são mais fortes.</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Saída</translation>
    </message>
    <message>
        <source>What the network predicts over the plane, with the data on top: each class in its colour and shape; training points filled, test points hollow (Show test data).</source>
        <translation>O que a rede prevê sobre o plano, com os dados por cima: cada classe com sua cor e forma; pontos de treinamento cheios, pontos de teste vazados (Mostrar dados de teste).</translation>
    </message>
    <message>
        <source>Loss chart and timeline</source>
        <translation>Gráfico de perda e linha do tempo</translation>
    </message>
    <message>
        <source>The loss over the epochs. Drag the timeline under it to rewind; Left steps back one epoch.</source>
        <translation>A perda ao longo das épocas. Arraste a linha do tempo abaixo dele para voltar; Left volta uma época.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>(keys only)</source>
        <translation>(só teclas)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>O que fazem</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Every key of the window and what it does</source>
        <translation>Cada tecla da janela e o que ela faz</translation>
    </message>
    <message>
        <source>Tab and Shift+Tab move between the controls; Space or Enter presses the one with the focus ring.</source>
        <translation>Tab e Shift+Tab passam de um controle a outro; Space ou Enter pressiona o que tem o anel de foco.</translation>
    </message>
    <message>
        <source>About NN Playground</source>
        <translation>Sobre o NN Playground</translation>
    </message>
    <message>
        <source>Draw a network, pick or paint data, press play and watch backpropagation learn. Works offline.</source>
        <translation>Desenhe uma rede, escolha ou pinte dados, pressione reproduzir e veja a retropropagação aprender. Funciona sem internet.</translation>
    </message>
    <message>
        <source>Help › Quick start shows the window's parts; Help › Keyboard shortcuts lists the keys.</source>
        <translation>Ajuda › Início rápido mostra as partes da janela; Ajuda › Atalhos de teclado lista as teclas.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the versions, e.g. into a bug report</source>
        <translation>Copiar as versões, por exemplo para um relatório de erro</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Quick start</source>
        <translation>Início rápido</translation>
    </message>
    <message>
        <source>Picture of the window with its regions numbered</source>
        <translation>Imagem da janela com suas regiões numeradas</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;{number}. {title}&lt;/b&gt;&lt;br&gt;{text}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;{number}. {title}&lt;/b&gt;&lt;br&gt;{text}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What each region is for</source>
        <translation>Para que serve cada região</translation>
    </message>
    <message>
        <source>&amp;Quick start</source>
        <translation>&amp;Início rápido</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atalhos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;About NN Playground</source>
        <translation>&amp;Sobre o NN Playground</translation>
    </message>
</context>
<context>
    <name>hover_tips</name>
    <message>
        <source>… ({count} more)</source>
        <translation>… (mais {count})</translation>
    </message>
    <message>
        <source>p(blue) = σ({sum})</source>
        <translation>p(azul) = σ({sum})</translation>
    </message>
    <message>
        <source>aᵢ: the outputs of layer {layer}</source>
        <translation>aᵢ: as saídas da camada {layer}</translation>
    </message>
    <message>
        <source>Its map fills the output view. Click, then Delete, or drag it off the network, to remove it; double-click to edit its bias.</source>
        <translation>Seu mapa preenche a visão da saída. Clique e depois Delete, ou arraste-o para fora da rede, para removê-lo; clique duas vezes para editar seu viés.</translation>
    </message>
    <message>
        <source>Double-click to edit its bias.</source>
        <translation>Clique duas vezes para editar seu viés.</translation>
    </message>
    <message>
        <source>Link {link}: disabled (dashed)
Its weight stays 0 and it trains no more. Click to enable it.</source>
        <translation>Ligação {link}: desativada (tracejada)
Seu peso fica 0 e ela não treina mais. Clique para ativá-la.</translation>
    </message>
    <message>
        <source>Link {link}
weight w = {weight}
last gradient ∂L/∂w = {gradient}
Click to disable it; double-click to type a weight.</source>
        <translation>Ligação {link}
peso w = {weight}
último gradiente ∂L/∂w = {gradient}
Clique para desativá-la; clique duas vezes para digitar um peso.</translation>
    </message>
    <message>
        <source>Bias of {neuron}
b = {bias}
last gradient ∂L/∂b = {gradient}
Double-click to type a bias.</source>
        <translation>Viés de {neuron}
b = {bias}
último gradiente ∂L/∂b = {gradient}
Clique duas vezes para digitar um viés.</translation>
    </message>
</context>
<context>
    <name>inert_text</name>
    <message>
        <source>&lt;p&gt;&lt;i&gt;These instructions cannot be shown: {reason}&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Estas instruções não podem ser mostradas: {reason}&lt;/i&gt;&lt;/p&gt;</translation>
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
        <translation>Mostrar o NN Playground em {language} (após reiniciar)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>NN Playground will be in {language} when it starts again. Restart now?</source>
        <translation>O NN Playground estará em {language} quando for aberto de novo. Reiniciar agora?</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Reiniciar agora</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Depois</translation>
    </message>
</context>
<context>
    <name>layer_menu</name>
    <message>
        <source>Hidden layer {layer}: activation</source>
        <translation>Camada oculta {layer}: ativação</translation>
    </message>
    <message>
        <source>{formula} — keeps every weight</source>
        <translation>{formula} — mantém todos os pesos</translation>
    </message>
    <message>
        <source>Add a neuron</source>
        <translation>Adicionar um neurônio</translation>
    </message>
    <message>
        <source>Remove this layer</source>
        <translation>Remover esta camada</translation>
    </message>
    <message>
        <source>Insert a layer after this one, with random weights</source>
        <translation>Inserir uma camada depois desta, com pesos aleatórios</translation>
    </message>
    <message>
        <source>A fresh layer as wide as this one, from random weights: the network starts learning what comes after this layer again. (The + button and the palette insert a layer that keeps what the network computes.)</source>
        <translation>Uma camada nova, tão larga quanto esta, com pesos aleatórios: a rede volta a aprender o que vem depois desta camada. (O botão + e a paleta inserem uma camada que mantém o que a rede calcula.)</translation>
    </message>
    <message>
        <source>While training, each neuron of this layer is switched off for each training point with this probability, and the neurons kept are scaled up to make up for it (inverted dropout): the network cannot lean on any one neuron. Evaluation, the loss curve and the maps always use every neuron. Every weight is kept.</source>
        <translation>Durante o treinamento, cada neurônio desta camada é desligado para cada ponto de treinamento com esta probabilidade, e os neurônios mantidos são ampliados para compensar (dropout invertido): a rede não pode depender de um único neurônio. A avaliação, a curva de perda e os mapas sempre usam todos os neurônios. Todos os pesos são mantidos.</translation>
    </message>
    <message>
        <source>Dropout: {rate}</source>
        <translation>Dropout: {rate}</translation>
    </message>
    <message>
        <source>Dropout: none</source>
        <translation>Dropout: nenhum</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhum</translation>
    </message>
    <message>
        <source>No dropout: every neuron trains on every point</source>
        <translation>Sem dropout: todo neurônio treina com todos os pontos</translation>
    </message>
</context>
<context>
    <name>lesson_locks</name>
    <message>
        <source>Locked by lesson ‘{title}’. Lessons › Leave lesson to play freely.</source>
        <translation>Bloqueado pela lição ‘{title}’. Lições › Sair da lição para usar livremente.</translation>
    </message>
    <message>
        <source>Locked in this lesson. Lessons › Leave lesson to play freely.</source>
        <translation>Bloqueado nesta lição. Lições › Sair da lição para usar livremente.</translation>
    </message>
    <message numerus="yes">
        <source>Locked in this lesson: {controls} and %n more (greyed out).</source>
        <translation><numerusform>Bloqueado nesta lição: {controls} e mais %n (em cinza).</numerusform><numerusform>Bloqueado nesta lição: {controls} e mais %n (em cinza).</numerusform></translation>
    </message>
    <message>
        <source>Locked in this lesson: {controls}.</source>
        <translation>Bloqueado nesta lição: {controls}.</translation>
    </message>
</context>
<context>
    <name>lesson_panel</name>
    <message>
        <source>Play freely from here: every control unlocks, the data and the network stay as they are, and what you save is your own project (Ctrl+Shift+L). The teacher's password is asked for first</source>
        <translation>Use livremente a partir daqui: todos os controles são desbloqueados, os dados e a rede ficam como estão, e o que você salvar é seu próprio projeto (Ctrl+Shift+L). Primeiro é pedida a senha do professor</translation>
    </message>
    <message>
        <source>Play freely from here: every control unlocks, the data and the network stay as they are, and what you save is your own project (Ctrl+Shift+L)</source>
        <translation>Use livremente a partir daqui: todos os controles são desbloqueados, os dados e a rede ficam como estão, e o que você salvar é seu próprio projeto (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>LESSON</source>
        <translation>LIÇÃO</translation>
    </message>
    <message>
        <source>Hide the instructions (Lessons → Show instructions brings them back). The lesson's locks stay: Leave lesson ends them.</source>
        <translation>Ocultar as instruções (Lições → Mostrar instruções as traz de volta). Os bloqueios da lição continuam: Sair da lição os encerra.</translation>
    </message>
    <message>
        <source>Start the lesson again</source>
        <translation>Recomeçar a lição</translation>
    </message>
    <message>
        <source>Back to the lesson's starting point: its data, network and settings</source>
        <translation>Voltar ao ponto de partida da lição: seus dados, rede e configurações</translation>
    </message>
    <message>
        <source>Leave lesson</source>
        <translation>Sair da lição</translation>
    </message>
    <message>
        <source>Welcome to NN Playground</source>
        <translation>Bem-vindo ao NN Playground</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to NN Playground&lt;/h2&gt;&lt;p&gt;New here? Start with lesson 1. Or pick any lesson, paint your own data on an empty canvas, or play freely with the default playground.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bem-vindo ao NN Playground&lt;/h2&gt;&lt;p&gt;É novo por aqui? Comece pela lição 1. Ou escolha qualquer lição, pinte seus próprios dados numa tela vazia, ou use livremente o playground padrão.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Show this at start</source>
        <translation>Mostrar isto ao iniciar</translation>
    </message>
    <message>
        <source>Start with lesson 1</source>
        <translation>Começar pela lição 1</translation>
    </message>
    <message>
        <source>Open chosen lesson</source>
        <translation>Abrir lição escolhida</translation>
    </message>
    <message>
        <source>Empty canvas for painting</source>
        <translation>Tela vazia para pintar</translation>
    </message>
    <message>
        <source>No points yet: paint your own on the output, with the default network (two hidden layers). No lesson, nothing locked.</source>
        <translation>Ainda sem pontos: pinte os seus na saída, com a rede padrão (duas camadas ocultas). Sem lição, nada bloqueado.</translation>
    </message>
    <message>
        <source>Default playground</source>
        <translation>Playground padrão</translation>
    </message>
    <message>
        <source>TensorFlow Playground's start: Circle data and two hidden layers (4 and 2 neurons). No lesson, nothing locked.</source>
        <translation>O início do TensorFlow Playground: dados Círculo e duas camadas ocultas (4 e 2 neurônios). Sem lição, nada bloqueado.</translation>
    </message>
    <message>
        <source>Start &amp;page…</source>
        <translation>&amp;Página inicial…</translation>
    </message>
    <message>
        <source>Start this lesson &amp;again</source>
        <translation>Recomeçar est&amp;a lição</translation>
    </message>
    <message>
        <source>&amp;Leave lesson</source>
        <translation>&amp;Sair da lição</translation>
    </message>
    <message>
        <source>Show &amp;instructions</source>
        <translation>Mostrar &amp;instruções</translation>
    </message>
    <message>
        <source>Type it to leave the lesson.</source>
        <translation>Digite-a para sair da lição.</translation>
    </message>
    <message>
        <source>Left the lesson ‘{title}’: every control is yours, the data and the network stay. File › Save keeps them as your own project.</source>
        <translation>Você saiu da lição ‘{title}’: todos os controles são seus, os dados e a rede ficam. Arquivo › Salvar os guarda como seu próprio projeto.</translation>
    </message>
</context>
<context>
    <name>lesson_preview</name>
    <message>
        <source>&amp;Back to editing the lesson</source>
        <translation>&amp;Voltar a editar a lição</translation>
    </message>
    <message>
        <source>End the preview: your work and the teacher dialog come back as they were</source>
        <translation>Encerrar a pré-visualização: seu trabalho e o diálogo do professor voltam como estavam</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview: the lesson as students get it.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Pré-visualização: a lição como os alunos a recebem.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Back to editing</source>
        <translation>Voltar a editar</translation>
    </message>
    <message>
        <source>A preview is already showing.</source>
        <translation>Uma pré-visualização já está aberta.</translation>
    </message>
    <message>
        <source>Cannot preview: {error}</source>
        <translation>Não é possível pré-visualizar: {error}</translation>
    </message>
    <message>
        <source>Cannot preview: the lesson did not open.</source>
        <translation>Não é possível pré-visualizar: a lição não abriu.</translation>
    </message>
    <message>
        <source>Preview: the lesson as students get it. Lessons › Back to editing the lesson ends it.</source>
        <translation>Pré-visualização: a lição como os alunos a recebem. Lições › Voltar a editar a lição a encerra.</translation>
    </message>
    <message>
        <source>Back to editing the lesson: your work is as it was.</source>
        <translation>De volta à edição da lição: seu trabalho está como estava.</translation>
    </message>
</context>
<context>
    <name>lesson_texts</name>
    <message>
        <source>must be text or texts by language code; got {value}</source>
        <translation>deve ser um texto ou textos por código de idioma; recebido {value}</translation>
    </message>
    <message>
        <source>has no text in any language</source>
        <translation>não tem texto em nenhum idioma</translation>
    </message>
    <message>
        <source>has {count} languages; at most {limit}</source>
        <translation>tem {count} idiomas; no máximo {limit}</translation>
    </message>
    <message>
        <source>{code} is not a language code (such as en, de or pt_BR)</source>
        <translation>{code} não é um código de idioma (como en, de ou pt_BR)</translation>
    </message>
</context>
<context>
    <name>lock_password</name>
    <message>
        <source>must be {count} lowercase hexadecimal digits; got {value}</source>
        <translation>deve ter {count} dígitos hexadecimais minúsculos; recebido {value}</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>não pode ficar vazio</translation>
    </message>
    <message>
        <source>at most {limit} characters</source>
        <translation>no máximo {limit} caracteres</translation>
    </message>
    <message>
        <source>must be from {low} to {high}; got {value}</source>
        <translation>deve ser de {low} a {high}; recebido {value}</translation>
    </message>
</context>
<context>
    <name>lock_password_dialog</name>
    <message>
        <source>The password stops students switching the lesson's locks off in the app: Leave lesson and Teacher mode ask for it. It does not stop someone who edits the lesson file by hand: they can remove the lesson, locks and all. The file keeps only a salted hash of the password, never the password itself.</source>
        <translation>A senha impede que os alunos desliguem os bloqueios da lição no app: Sair da lição e Modo professor pedem por ela. Ela não impede quem editar o arquivo da lição à mão: essa pessoa pode remover a lição, com bloqueios e tudo. O arquivo guarda só um hash com sal da senha, nunca a própria senha.</translation>
    </message>
    <message>
        <source>Password on the lesson's locks</source>
        <translation>Senha nos bloqueios da lição</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nova senha</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Repita a senha</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Repita-a</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Definir senha</translation>
    </message>
    <message>
        <source>Type a password, or Cancel to keep the lesson without one.</source>
        <translation>Digite uma senha, ou Cancelar para manter a lição sem senha.</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same one twice.</source>
        <translation>As duas senhas são diferentes: digite a mesma duas vezes.</translation>
    </message>
    <message>
        <source>This lesson's locks have a password</source>
        <translation>Os bloqueios desta lição têm senha</translation>
    </message>
    <message>
        <source>The teacher put a password on the locks of ‘{title}’. {ask}</source>
        <translation>O professor colocou uma senha nos bloqueios de ‘{title}’. {ask}</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Wrong password: nothing changed. The locks stay on.</source>
        <translation>Senha errada: nada mudou. Os bloqueios continuam.</translation>
    </message>
</context>
<context>
    <name>loss_chart</name>
    <message>
        <source>About: measured on {sampled} of the {total} points while the exact figures are computed (a moment on this much data).</source>
        <translation>Aproximado: medido em {sampled} dos {total} pontos enquanto os números exatos são calculados (um instante com tantos dados).</translation>
    </message>
    <message>
        <source>Test loss</source>
        <translation>Perda de teste</translation>
    </message>
    <message>
        <source>{whose}: test loss</source>
        <translation>{whose}: perda de teste</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>Perda de treinamento</translation>
    </message>
    <message>
        <source>{whose}: training loss</source>
        <translation>{whose}: perda de treinamento</translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>Acurácia de teste</translation>
    </message>
    <message>
        <source>{whose}: test accuracy</source>
        <translation>{whose}: acurácia de teste</translation>
    </message>
    <message>
        <source>Training accuracy</source>
        <translation>Acurácia de treinamento</translation>
    </message>
    <message>
        <source>{whose}: training accuracy</source>
        <translation>{whose}: acurácia de treinamento</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>Escala log.</translation>
    </message>
    <message>
        <source>Show the loss on a logarithmic scale, where small losses and their changes stay visible.</source>
        <translation>Mostrar a perda numa escala logarítmica, em que perdas pequenas e suas mudanças continuam visíveis.</translation>
    </message>
    <message>
        <source>epoch {epoch} · train {train} · test {test}</source>
        <translation>época {epoch} · treino {train} · teste {test}</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Época</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Perda</translation>
    </message>
</context>
<context>
    <name>loss_choice</name>
    <message>
        <source>choose the {loss} loss</source>
        <translation>escolha a perda {loss}</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>An empty canvas: click or drag on the output to paint points (keys 1-8 pick the class). Then Training › Backprop, step by step (W) walks one point through.</source>
        <translation>Uma tela vazia: clique ou arraste na saída para pintar pontos (as teclas 1-8 escolhem a classe). Depois, Treinamento › Retropropagação passo a passo (W) percorre um ponto.</translation>
    </message>
    <message>
        <source>NN Playground</source>
        <translation>NN Playground</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausado</translation>
    </message>
    <message>
        <source>Step by
step</source>
        <translation>Passo a
passo</translation>
    </message>
    <message>
        <source>Step by step</source>
        <translation>Passo a passo</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>&amp;Play / Pause</source>
        <translation>Re&amp;produzir / Pausar</translation>
    </message>
    <message>
        <source>&amp;Step one epoch</source>
        <translation>&amp;Avançar uma época</translation>
    </message>
    <message>
        <source>&amp;Reset network</source>
        <translation>Re&amp;iniciar rede</translation>
    </message>
    <message>
        <source>Re&amp;generate data</source>
        <translation>&amp;Gerar dados de novo</translation>
    </message>
    <message>
        <source>Show &amp;test data</source>
        <translation>Mostrar dados de &amp;teste</translation>
    </message>
    <message>
        <source>&amp;Discretize output</source>
        <translation>&amp;Discretizar saída</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sa&amp;ir</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Abrir pasta de &amp;log</translation>
    </message>
    <message>
        <source>Network diagram</source>
        <translation>Diagrama da rede</translation>
    </message>
    <message>
        <source>Output: the prediction over the plane</source>
        <translation>Saída: a previsão sobre o plano</translation>
    </message>
    <message>
        <source>Loss chart</source>
        <translation>Gráfico de perda</translation>
    </message>
    <message>
        <source>{rate} steps/s</source>
        <translation>{rate} passos/s</translation>
    </message>
</context>
<context>
    <name>markup</name>
    <message>
        <source>the instructions hold more than {limit} tags and comments; split them into fewer paragraphs</source>
        <translation>as instruções contêm mais de {limit} tags e comentários; divida-as em menos parágrafos</translation>
    </message>
    <message>
        <source>the instructions hold more than {limit} elements (tags); split them into fewer paragraphs</source>
        <translation>as instruções contêm mais de {limit} elementos (tags); divida-as em menos parágrafos</translation>
    </message>
    <message>
        <source>the instructions nest elements more than {limit} deep (&lt;{tag}&gt; inside {count} others)</source>
        <translation>as instruções aninham elementos em mais de {limit} níveis (&lt;{tag}&gt; dentro de {count} outros)</translation>
    </message>
    <message>
        <source>the instructions hold more than {limit} characters of text; shorten them</source>
        <translation>as instruções contêm mais de {limit} caracteres de texto; encurte-as</translation>
    </message>
    <message>
        <source>the instructions hold more than {limit} images</source>
        <translation>as instruções contêm mais de {limit} imagens</translation>
    </message>
    <message>
        <source>image {number} is not valid base64 data</source>
        <translation>a imagem {number} não é um dado base64 válido</translation>
    </message>
    <message>
        <source>the images hold more than {limit} pixels in all; use fewer or smaller pictures</source>
        <translation>as imagens somam mais de {limit} pixels; use menos imagens ou imagens menores</translation>
    </message>
    <message>
        <source>image {number} is larger than {limit} kB; use a smaller picture</source>
        <translation>a imagem {number} é maior que {limit} kB; use uma imagem menor</translation>
    </message>
    <message>
        <source>image {number} is not a PNG or JPEG picture</source>
        <translation>a imagem {number} não é uma imagem PNG ou JPEG</translation>
    </message>
    <message>
        <source>image {number} is a {kind} picture; only PNG and JPEG are shown</source>
        <translation>a imagem {number} é uma imagem {kind}; só PNG e JPEG são mostradas</translation>
    </message>
    <message>
        <source>image {number} is {width} × {height} pixels; at most {limit} on a side</source>
        <translation>a imagem {number} tem {width} × {height} pixels; no máximo {limit} de cada lado</translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Treinamento</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Lições</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
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
        <translation>As matrizes de confusão com a precisão, a revocação e o F1 de cada classe, ou R², RMSE e MAE na regressão, dos conjuntos de treinamento e de teste</translation>
    </message>
    <message>
        <source>{project} metrics</source>
        <translation>{project} métricas</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Tabela CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export the metrics</source>
        <translation>Exportar as métricas</translation>
    </message>
    <message>
        <source>Cannot export {file}</source>
        <translation>Não é possível exportar {file}</translation>
    </message>
    <message>
        <source>Exported {path}</source>
        <translation>{path} exportado</translation>
    </message>
</context>
<context>
    <name>metrics_panel</name>
    <message>
        <source>&lt;b&gt;Training set&lt;/b&gt;: {share}</source>
        <translation>&lt;b&gt;Conjunto de treinamento&lt;/b&gt;: {share}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Test set&lt;/b&gt;: {share}</source>
        <translation>&lt;b&gt;Conjunto de teste&lt;/b&gt;: {share}</translation>
    </message>
    <message>
        <source>Confusion matrix of the training set</source>
        <translation>Matriz de confusão do conjunto de treinamento</translation>
    </message>
    <message>
        <source>Confusion matrix of the test set</source>
        <translation>Matriz de confusão do conjunto de teste</translation>
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
        <translation>% da linha</translation>
    </message>
    <message>
        <source>Show each row of the matrices as shares of its class's points instead of counts</source>
        <translation>Mostrar cada linha das matrizes como frações dos pontos da sua classe em vez de contagens</translation>
    </message>
    <message>
        <source>Clear marks</source>
        <translation>Limpar marcas</translation>
    </message>
    <message>
        <source>Take the marks off the points on the output plot</source>
        <translation>Tirar as marcas dos pontos no gráfico da saída</translation>
    </message>
    <message>
        <source>Close the metrics panel (M); the loss chart comes back</source>
        <translation>Fechar o painel de métricas (M); o gráfico de perda volta</translation>
    </message>
    <message>
        <source>Waiting for the network's predictions…</source>
        <translation>Esperando as previsões da rede…</translation>
    </message>
    <message>
        <source>R², RMSE and MAE of the training and test sets</source>
        <translation>R², RMSE e MAE dos conjuntos de treinamento e de teste</translation>
    </message>
    <message>
        <source>R²: the share of the targets' variance the network explains (1 is perfect, 0 no better than their mean, – when the targets do not vary); RMSE: the root mean squared error; MAE: the mean absolute error; – for an empty set.</source>
        <translation>R²: a fração da variância dos alvos que a rede explica (1 é perfeito, 0 não é melhor que a média deles, – quando os alvos não variam); RMSE: a raiz do erro quadrático médio; MAE: o erro absoluto médio; – para um conjunto vazio.</translation>
    </message>
    <message>
        <source>training</source>
        <translation>treinamento</translation>
    </message>
    <message>
        <source>test</source>
        <translation>teste</translation>
    </message>
    <message>
        <source>Epoch {epoch}: prediction against truth; grey lines are the residuals.</source>
        <translation>Época {epoch}: previsão contra a verdade; as linhas cinza são os resíduos.</translation>
    </message>
    <message>
        <source>Epoch {epoch}. Rows: true class; columns: predicted. Click a cell to mark its points on the output plot.</source>
        <translation>Época {epoch}. Linhas: classe verdadeira; colunas: prevista. Clique numa célula para marcar seus pontos no gráfico da saída.</translation>
    </message>
    <message>
        <source>no points</source>
        <translation>nenhum ponto</translation>
    </message>
    <message>
        <source>{percent} % of {count} right</source>
        <translation>{percent} % de {count} certos</translation>
    </message>
    <message>
        <source>Predicted against true value, with the residuals</source>
        <translation>Previsto contra valor verdadeiro, com os resíduos</translation>
    </message>
    <message>
        <source>Each point's predicted value against its true one: on the dashed diagonal the prediction is right; the grey line from a point to the diagonal is its residual. Filled blue: training points; orange rings: test points.</source>
        <translation>O valor previsto de cada ponto contra o verdadeiro: sobre a diagonal tracejada a previsão está certa; a linha cinza de um ponto até a diagonal é seu resíduo. Azul cheio: pontos de treinamento; anéis laranja: pontos de teste.</translation>
    </message>
    <message>
        <source>true value</source>
        <translation>valor verdadeiro</translation>
    </message>
    <message>
        <source>predicted</source>
        <translation>previsto</translation>
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
        <translation>Mostrar as matrizes de confusão dos conjuntos de treinamento e de teste com a precisão, a revocação e o F1 de cada classe (na regressão: R², RMSE, MAE e previsto contra verdadeiro), no lugar do gráfico de perda (M)</translation>
    </message>
    <message numerus="yes">
        <source>Marked on the plot: %n training set point(s) of {true} predicted {predicted} ({verdict}).</source>
        <translation><numerusform>Marcado no gráfico: %n ponto do conjunto de treinamento de {true} previsto como {predicted} ({verdict}).</numerusform><numerusform>Marcados no gráfico: %n pontos do conjunto de treinamento de {true} previstos como {predicted} ({verdict}).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Marked on the plot: %n test set point(s) of {true} predicted {predicted} ({verdict}).</source>
        <translation><numerusform>Marcado no gráfico: %n ponto do conjunto de teste de {true} previsto como {predicted} ({verdict}).</numerusform><numerusform>Marcados no gráfico: %n pontos do conjunto de teste de {true} previstos como {predicted} ({verdict}).</numerusform></translation>
    </message>
    <message>
        <source>right</source>
        <translation>certo</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>errado</translation>
    </message>
</context>
<context>
    <name>network</name>
    <message>
        <source>params must have {count} layers for this spec; got {value}</source>
        <translation>params deve ter {count} camadas para esta spec; recebido {value}</translation>
    </message>
    <message>
        <source>masks must have {count} layers; got {value}</source>
        <translation>masks deve ter {count} camadas; recebido {value}</translation>
    </message>
    <message>
        <source>masks[{layer}] must have shape {shape}; got {value}</source>
        <translation>masks[{layer}] deve ter formato {shape}; recebido {value}</translation>
    </message>
    <message>
        <source>init must be one of {choices}; got {value}</source>
        <translation>init deve ser um destes: {choices}; recebido {value}</translation>
    </message>
    <message>
        <source>network data must be a dict with spec and params</source>
        <translation>os dados da rede devem ser um dict com spec e params</translation>
    </message>
    <message>
        <source>network params must be a list of {W, b} per layer</source>
        <translation>os params da rede devem ser uma lista de {W, b} por camada</translation>
    </message>
    <message>
        <source>network params[{layer}] must have W and b</source>
        <translation>os params[{layer}] da rede devem ter W e b</translation>
    </message>
    <message>
        <source>network masks must be a list of 0/1 arrays per layer</source>
        <translation>as masks da rede devem ser uma lista de matrizes de 0/1 por camada</translation>
    </message>
</context>
<context>
    <name>network_editor</name>
    <message>
        <source>neuron</source>
        <translation>neurônio</translation>
    </message>
    <message>
        <source>Release to remove {neuron}</source>
        <translation>Solte para remover {neuron}</translation>
    </message>
    <message>
        <source>{neuron}: drag it off the network to remove it</source>
        <translation>{neuron}: arraste-o para fora da rede para removê-lo</translation>
    </message>
    <message>
        <source>Drag the neuron off the network to remove it (or select it and press Delete).</source>
        <translation>Arraste o neurônio para fora da rede para removê-lo (ou selecione-o e pressione Delete).</translation>
    </message>
    <message>
        <source>Selected {neuron}: Delete removes it; drag it off the network to remove it too.</source>
        <translation>{neuron} selecionado: Delete o remove; arrastá-lo para fora da rede também o remove.</translation>
    </message>
</context>
<context>
    <name>network_edits</name>
    <message>
        <source>Editing the network is locked in this lesson.</source>
        <translation>Editar a rede está bloqueado nesta lição.</translation>
    </message>
    <message>
        <source>Weights are edited on one network: turn Compare off first.</source>
        <translation>Os pesos são editados em uma só rede: desligue Comparar primeiro.</translation>
    </message>
    <message>
        <source>Not added: layer {layer} already has the maximum of {most} neurons.</source>
        <translation>Não adicionado: a camada {layer} já tem o máximo de {most} neurônios.</translation>
    </message>
    <message>
        <source>Not added: the network already has the maximum of {most} hidden layers.</source>
        <translation>Não adicionado: a rede já tem o máximo de {most} camadas ocultas.</translation>
    </message>
    <message>
        <source>Not changed: at least one input feature must stay on.</source>
        <translation>Não alterado: pelo menos uma característica de entrada deve ficar ligada.</translation>
    </message>
</context>
<context>
    <name>neuron_focus</name>
    <message>
        <source>Input {feature} over the plane</source>
        <translation>Entrada {feature} sobre o plano</translation>
    </message>
    <message>
        <source>{neuron}: its output over the plane</source>
        <translation>{neuron}: sua saída sobre o plano</translation>
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
        <translation>{feature} — clique para ligar ou desligar esta entrada (recomeça o treinamento)</translation>
    </message>
    <message>
        <source>{feature} — click to switch this input on or off (keeps what it has learned)</source>
        <translation>{feature} — clique para ligar ou desligar esta entrada (mantém o que foi aprendido)</translation>
    </message>
    <message>
        <source>Neuron {u} of hidden layer {layer}: its output over the plane (blue positive, orange negative)</source>
        <translation>Neurônio {u} da camada oculta {layer}: sua saída sobre o plano (azul positivo, laranja negativo)</translation>
    </message>
    <message>
        <source>The output: (1 + ŷ)/2 over the plane, with ŷ = tanh(z) (blue near 1, orange near 0)</source>
        <translation>A saída: (1 + ŷ)/2 sobre o plano, com ŷ = tanh(z) (azul perto de 1, laranja perto de 0)</translation>
    </message>
    <message>
        <source>Output {u}: the probability of class {name} over the plane</source>
        <translation>Saída {u}: a probabilidade da classe {name} sobre o plano</translation>
    </message>
    <message>
        <source>The output: the predicted value over the plane (blue high, orange low)</source>
        <translation>A saída: o valor previsto sobre o plano (azul alto, laranja baixo)</translation>
    </message>
    <message>
        <source>The output: the probability of blue over the plane</source>
        <translation>A saída: a probabilidade de azul sobre o plano</translation>
    </message>
</context>
<context>
    <name>number_editor</name>
    <message>
        <source>“{text}” is not a number; type one such as {one} or {other}</source>
        <translation>“{text}” não é um número; digite um como {one} ou {other}</translation>
    </message>
    <message>
        <source>a weight must be a finite number, not infinity or NaN</source>
        <translation>um peso deve ser um número finito, não infinito nem NaN</translation>
    </message>
    <message>
        <source>a weight must be between {low} and {high}</source>
        <translation>um peso deve estar entre {low} e {high}</translation>
    </message>
    <message>
        <source>Type a number and press Enter; Esc cancels</source>
        <translation>Digite um número e pressione Enter; Esc cancela</translation>
    </message>
    <message>
        <source>This link is disabled: click it to enable it, then edit its weight.</source>
        <translation>Esta ligação está desativada: clique nela para ativá-la e depois edite seu peso.</translation>
    </message>
    <message>
        <source>Weight {link}</source>
        <translation>Peso {link}</translation>
    </message>
    <message>
        <source>Bias of {neuron}</source>
        <translation>Viés de {neuron}</translation>
    </message>
</context>
<context>
    <name>opening</name>
    <message>
        <source>the file could not be read: {error}</source>
        <translation>o arquivo não pôde ser lido: {error}</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>Abrindo {name}…</translation>
    </message>
    <message>
        <source>opening was interrupted</source>
        <translation>a abertura foi interrompida</translation>
    </message>
</context>
<context>
    <name>optimizers</name>
    <message>
        <source>optimizer must be one of {choices}; got {value}</source>
        <translation>o otimizador deve ser um destes: {choices}; recebido {value}</translation>
    </message>
    <message>
        <source>optimizer {name}: bad options {options} ({error})</source>
        <translation>otimizador {name}: opções inválidas {options} ({error})</translation>
    </message>
</context>
<context>
    <name>output_view</name>
    <message>
        <source>Show test data</source>
        <translation>Mostrar dados de teste</translation>
    </message>
    <message>
        <source>Also draw the test points (hollow shapes), which the network never trains on.</source>
        <translation>Desenhar também os pontos de teste (formas vazadas), com os quais a rede nunca treina.</translation>
    </message>
    <message>
        <source>Discretize output</source>
        <translation>Discretizar saída</translation>
    </message>
    <message>
        <source>Colour each place by the class the network picks, instead of shading by how sure it is.</source>
        <translation>Colorir cada lugar pela classe que a rede escolhe, em vez de sombrear conforme a certeza dela.</translation>
    </message>
    <message>
        <source>&lt;span style='color:{orange}'&gt;■&lt;/span&gt; −1 &amp;nbsp;&lt;span style='color:#999'&gt;□&lt;/span&gt; 0 &amp;nbsp;&lt;span style='color:{blue}'&gt;■&lt;/span&gt; +1 &amp;nbsp; predicted value</source>
        <translation>&lt;span style='color:{orange}'&gt;■&lt;/span&gt; −1 &amp;nbsp;&lt;span style='color:#999'&gt;□&lt;/span&gt; 0 &amp;nbsp;&lt;span style='color:{blue}'&gt;■&lt;/span&gt; +1 &amp;nbsp; valor previsto</translation>
    </message>
</context>
<context>
    <name>paint_strokes</name>
    <message numerus="yes">
        <source>paint %n point(s)</source>
        <translation><numerusform>pintar %n ponto</numerusform><numerusform>pintar %n pontos</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>erase %n point(s)</source>
        <translation><numerusform>apagar %n ponto</numerusform><numerusform>apagar %n pontos</numerusform></translation>
    </message>
</context>
<context>
    <name>paint_tool</name>
    <message>
        <source>Click: add a point
Drag: spray points</source>
        <translation>Clique: adiciona um ponto
Arraste: espalha pontos</translation>
    </message>
    <message>
        <source>No points yet:
press ✎ Paint (P)
or import a CSV file</source>
        <translation>Ainda sem pontos:
pressione ✎ Pintar (P)
ou importe um arquivo CSV</translation>
    </message>
    <message>
        <source>✎ Paint</source>
        <translation>✎ Pintar</translation>
    </message>
    <message>
        <source>Paint your own data on the output (key P): click to add a point, drag to spray. Starting from generated data paints on a copy of its points.</source>
        <translation>Pinte seus próprios dados na saída (tecla P): clique para adicionar um ponto, arraste para espalhar. Partindo de dados gerados, você pinta sobre uma cópia dos pontos deles.</translation>
    </message>
    <message>
        <source>The value painted points carry, from −1 (orange) to +1 (blue).</source>
        <translation>O valor que os pontos pintados levam, de −1 (laranja) a +1 (azul).</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>Pincel</translation>
    </message>
    <message>
        <source>Add points (key B): click for one, drag to spray.</source>
        <translation>Adicionar pontos (tecla B): clique para um, arraste para espalhar.</translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation>Borracha</translation>
    </message>
    <message>
        <source>Remove the points under the circle as you drag (key E).</source>
        <translation>Remover os pontos sob o círculo enquanto você arrasta (tecla E).</translation>
    </message>
    <message>
        <source>The brush and eraser radius, from 0.2 to 3 (the view is 12 wide).</source>
        <translation>O raio do pincel e da borracha, de 0.2 a 3 (a visão tem 12 de largura).</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>How many points a drag sprays per unit it travels (a click always adds one).</source>
        <translation>Quantos pontos um arraste espalha por unidade percorrida (um clique sempre adiciona um).</translation>
    </message>
    <message>
        <source>Density</source>
        <translation>Densidade</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <source>Remove all your points (Ctrl+Z brings them back).</source>
        <translation>Remover todos os seus pontos (Ctrl+Z os traz de volta).</translation>
    </message>
    <message>
        <source>Value {value}</source>
        <translation>Valor {value}</translation>
    </message>
    <message>
        <source>&amp;Paint Data</source>
        <translation>&amp;Pintar dados</translation>
    </message>
    <message>
        <source>&amp;Brush</source>
        <translation>Pin&amp;cel</translation>
    </message>
    <message>
        <source>&amp;Eraser</source>
        <translation>&amp;Borracha</translation>
    </message>
    <message>
        <source>&amp;Clear My Points</source>
        <translation>&amp;Limpar meus pontos</translation>
    </message>
    <message>
        <source>Paint class {number}</source>
        <translation>Pintar a classe {number}</translation>
    </message>
    <message>
        <source>Class {number} ({colour}) chosen: press P or ✎ Paint to paint it.</source>
        <translation>Classe {number} ({colour}) escolhida: pressione P ou ✎ Pintar para pintá-la.</translation>
    </message>
</context>
<context>
    <name>palette</name>
    <message>
        <source>Hidden layer</source>
        <translation>Camada oculta</translation>
    </message>
    <message>
        <source>Neuron</source>
        <translation>Neurônio</translation>
    </message>
    <message>
        <source>Links: weights</source>
        <translation>Ligações: pesos</translation>
    </message>
    <message>
        <source>Links show their weights: blue positive, orange negative, wider for larger values.</source>
        <translation>As ligações mostram seus pesos: azul positivo, laranja negativo, mais largas para valores maiores.</translation>
    </message>
    <message>
        <source>Links: gradients</source>
        <translation>Ligações: gradientes</translation>
    </message>
    <message>
        <source>Links show the last gradient ∂L/∂w: wider where learning happens; blue where the step makes the weight larger, orange smaller.</source>
        <translation>As ligações mostram o último gradiente ∂L/∂w: mais largas onde o aprendizado acontece; azul onde o passo aumenta o peso, laranja onde diminui.</translation>
    </message>
    <message>
        <source>Links: plain</source>
        <translation>Ligações: simples</translation>
    </message>
    <message>
        <source>Links are drawn plain, to see the network's structure.</source>
        <translation>As ligações são desenhadas simples, para ver a estrutura da rede.</translation>
    </message>
    <message>
        <source>Drag onto the network, between two layers, to insert a hidden layer there.</source>
        <translation>Arraste para a rede, entre duas camadas, para inserir ali uma camada oculta.</translation>
    </message>
    <message>
        <source>Ctrl+Z undoes it.</source>
        <translation>Ctrl+Z desfaz.</translation>
    </message>
    <message>
        <source>Drag onto a hidden layer to add a neuron to it. Nothing learned is lost: the new neuron starts with random incoming and zero outgoing weights. Ctrl+Z undoes it.</source>
        <translation>Arraste para uma camada oculta para adicionar um neurônio a ela. Nada do que foi aprendido se perde: o novo neurônio começa com pesos de entrada aleatórios e pesos de saída zero. Ctrl+Z desfaz.</translation>
    </message>
    <message>
        <source>What the links show: weights (colour by sign, width by size), the last gradients (where learning happens), or plain lines.</source>
        <translation>O que as ligações mostram: pesos (cor pelo sinal, largura pelo tamanho), os últimos gradientes (onde o aprendizado acontece) ou linhas simples.</translation>
    </message>
    <message>
        <source>Drag a part from here onto the network · click an input to switch it · click a link to disable or enable it · click a neuron, then Delete, or drag it off the network, to remove it · right-click a layer for its activation · hover a neuron to see its map and formula · double-click a link or a bias to type a number · Ctrl+Z undoes</source>
        <translation>Arraste uma peça daqui para a rede · clique numa entrada para ligá-la ou desligá-la · clique numa ligação para desativá-la ou ativá-la · clique num neurônio e depois Delete, ou arraste-o para fora da rede, para removê-lo · clique com o botão direito numa camada para escolher sua ativação · passe o mouse sobre um neurônio para ver seu mapa e fórmula · clique duas vezes numa ligação ou num viés para digitar um número · Ctrl+Z desfaz</translation>
    </message>
</context>
<context>
    <name>points</name>
    <message>
        <source>scaled to fit the view: x₁ → {x1} × {factor}, x₂ → {x2} × {factor}</source>
        <translation>redimensionados para caber na vista: x₁ → {x1} × {factor}, x₂ → {x2} × {factor}</translation>
    </message>
    <message>
        <source>a data set holds at most {limit} points; this would make {count}</source>
        <translation>um conjunto de dados tem no máximo {limit} pontos; isto daria {count}</translation>
    </message>
    <message>
        <source>these points are already in the data</source>
        <translation>estes pontos já estão nos dados</translation>
    </message>
</context>
<context>
    <name>project_apply</name>
    <message>
        <source>the project could not be opened: {error}</source>
        <translation>o projeto não pôde ser aberto: {error}</translation>
    </message>
</context>
<context>
    <name>project_checks</name>
    <message>
        <source>has unknown fields {names}</source>
        <translation>tem campos desconhecidos {names}</translation>
    </message>
    <message>
        <source>is too large or too deeply nested to be a setting</source>
        <translation>é grande demais ou aninhado demais para ser uma configuração</translation>
    </message>
    <message>
        <source>must be a name of at most {limit} characters; got {value}</source>
        <translation>deve ser um nome de no máximo {limit} caracteres; recebido {value}</translation>
    </message>
    <message>
        <source>must be a whole number of at most 19 digits; got {value}</source>
        <translation>deve ser um número inteiro de no máximo 19 dígitos; recebido {value}</translation>
    </message>
    <message>
        <source>has an unknown field {name}</source>
        <translation>tem um campo desconhecido {name}</translation>
    </message>
    <message>
        <source>must be a whole number from {low} to {high}; got {value}</source>
        <translation>deve ser um número inteiro de {low} a {high}; recebido {value}</translation>
    </message>
    <message>
        <source>must be text; got {value}</source>
        <translation>deve ser texto; recebido {value}</translation>
    </message>
    <message>
        <source>is {length} characters long; at most {limit}</source>
        <translation>tem {length} caracteres; no máximo {limit}</translation>
    </message>
    <message>
        <source>must be a JSON object; got {value}</source>
        <translation>deve ser um objeto JSON; recebido {value}</translation>
    </message>
    <message>
        <source>is missing {fields}</source>
        <translation>falta {fields}</translation>
    </message>
    <message>
        <source>must be a list; got {value}</source>
        <translation>deve ser uma lista; recebido {value}</translation>
    </message>
    <message>
        <source>must have {rows} rows for this network; got {count}</source>
        <translation>deve ter {rows} linhas para esta rede; recebido {count}</translation>
    </message>
    <message>
        <source>must be a list of {count} numbers; got {value}</source>
        <translation>deve ser uma lista de {count} números; recebido {value}</translation>
    </message>
    <message>
        <source>must hold only numbers; got {value}</source>
        <translation>deve conter só números; recebido {value}</translation>
    </message>
    <message>
        <source>must hold {n} numbers; got {count}</source>
        <translation>deve conter {n} números; recebido {count}</translation>
    </message>
    <message>
        <source>must be a number; got {value}</source>
        <translation>deve ser um número; recebido {value}</translation>
    </message>
    <message>
        <source>holds a number too large to use</source>
        <translation>contém um número grande demais para usar</translation>
    </message>
    <message>
        <source>holds a number that is not finite</source>
        <translation>contém um número que não é finito</translation>
    </message>
    <message>
        <source>holds a value beyond ±{bound}</source>
        <translation>contém um valor além de ±{bound}</translation>
    </message>
</context>
<context>
    <name>project_parts</name>
    <message>
        <source>must be a list of numbers; got {value}</source>
        <translation>deve ser uma lista de números; recebido {value}</translation>
    </message>
    <message>
        <source>must be a list of whole numbers; got {value}</source>
        <translation>deve ser uma lista de números inteiros; recebido {value}</translation>
    </message>
    <message>
        <source>must be a list of names; got {value}</source>
        <translation>deve ser uma lista de nomes; recebido {value}</translation>
    </message>
    <message>
        <source>must be true or false; got {value}</source>
        <translation>deve ser true ou false; recebido {value}</translation>
    </message>
    <message>
        <source>must be an object with a kind; got {value}</source>
        <translation>deve ser um objeto com kind; recebido {value}</translation>
    </message>
    <message>
        <source>must be a number; got {value}</source>
        <translation>deve ser um número; recebido {value}</translation>
    </message>
    <message>
        <source>must be a whole number; got {value}</source>
        <translation>deve ser um número inteiro; recebido {value}</translation>
    </message>
    <message>
        <source>must be text; got {value}</source>
        <translation>deve ser texto; recebido {value}</translation>
    </message>
    <message>
        <source>the {dataset} dataset is for {task}, not {problem}</source>
        <translation>o conjunto de dados {dataset} é para {task}, não {problem}</translation>
    </message>
    <message>
        <source>generated data keeps no {fields}</source>
        <translation>dados gerados não guardam {fields}</translation>
    </message>
    <message>
        <source>is "generated" but settings.data_source is "painted"</source>
        <translation>é "generated", mas settings.data_source é "painted"</translation>
    </message>
    <message>
        <source>must be "generated" or "points"; got {value}</source>
        <translation>deve ser "generated" ou "points"; recebido {value}</translation>
    </message>
    <message>
        <source>points data needs {fields}</source>
        <translation>dados de pontos precisam de {fields}</translation>
    </message>
    <message>
        <source>must be "classification" or "regression"; got {value}</source>
        <translation>deve ser "classification" ou "regression"; recebido {value}</translation>
    </message>
    <message>
        <source>the points are for {task} but settings.problem is {problem}</source>
        <translation>os pontos são para {task}, mas settings.problem é {problem}</translation>
    </message>
    <message>
        <source>must hold at least one point</source>
        <translation>deve conter pelo menos um ponto</translation>
    </message>
    <message>
        <source>must be [offset x1, offset x2, factor]; got {value}</source>
        <translation>deve ser [deslocamento x1, deslocamento x2, fator]; recebido {value}</translation>
    </message>
    <message>
        <source>the factor must be above 0; got {value}</source>
        <translation>o fator deve ser maior que 0; recebido {value}</translation>
    </message>
    <message>
        <source>belongs to points data</source>
        <translation>pertence a dados de pontos</translation>
    </message>
    <message>
        <source>repeats the points on show; keep them in X_train and X_test</source>
        <translation>repete os pontos exibidos; mantenha-os em X_train e X_test</translation>
    </message>
    <message>
        <source>must hold {n} true/false values, one per point</source>
        <translation>deve conter {n} valores true/false, um por ponto</translation>
    </message>
    <message>
        <source>must hold {n} values, one per point; got {count}</source>
        <translation>deve conter {n} valores, um por ponto; recebido {count}</translation>
    </message>
    <message>
        <source>must be a class label from 0 to {high}; got {value}</source>
        <translation>deve ser um rótulo de classe de 0 a {high}; recebido {value}</translation>
    </message>
    <message>
        <source>the network ({network}) does not match the settings ({settings})</source>
        <translation>a rede ({network}) não corresponde às configurações ({settings})</translation>
    </message>
    <message>
        <source>must be a list of {count} layers of {{W, b}}; got {value}</source>
        <translation>deve ser uma lista de {count} camadas de {{W, b}}; recebido {value}</translation>
    </message>
    <message>
        <source>must be a list of {count} layers of 0/1 arrays</source>
        <translation>deve ser uma lista de {count} camadas de matrizes de 0/1</translation>
    </message>
    <message>
        <source>must hold only 0 (link off) and 1 (link on)</source>
        <translation>deve conter só 0 (ligação desligada) e 1 (ligação ligada)</translation>
    </message>
    <message>
        <source>must be a list of rows; got {value}</source>
        <translation>deve ser uma lista de linhas; recebido {value}</translation>
    </message>
    <message>
        <source>holds {count} rows, more than its limit of {limit}</source>
        <translation>contém {count} linhas, mais que seu limite de {limit}</translation>
    </message>
    <message>
        <source>must be a list of {count} values ({fields})</source>
        <translation>deve ser uma lista de {count} valores ({fields})</translation>
    </message>
    <message>
        <source>must be a finite number or null; got {value}</source>
        <translation>deve ser um número finito ou null; recebido {value}</translation>
    </message>
    <message>
        <source>must be a finite number; got {value}</source>
        <translation>deve ser um número finito; recebido {value}</translation>
    </message>
    <message>
        <source>the epoch must be a whole number from 0 to {high}; got {value}</source>
        <translation>a época deve ser um número inteiro de 0 a {high}; recebido {value}</translation>
    </message>
    <message>
        <source>must list {low} to {high} lanes; got {value}</source>
        <translation>deve listar de {low} a {high} pistas; recebido {value}</translation>
    </message>
    <message>
        <source>{count} points; at most {limit} are allowed</source>
        <translation>{count} pontos; no máximo {limit} são permitidos</translation>
    </message>
</context>
<context>
    <name>project_schema</name>
    <message>
        <source>must not be empty</source>
        <translation>não pode ficar vazio</translation>
    </message>
    <message>
        <source>the project is too large: at most {limit} MB</source>
        <translation>o projeto é grande demais: no máximo {limit} MB</translation>
    </message>
    <message>
        <source>a project comes from a path or text, not {type}</source>
        <translation>um projeto vem de um caminho ou de um texto, não de {type}</translation>
    </message>
    <message>
        <source>the project is too large ({length} characters; at most {limit})</source>
        <translation>o projeto é grande demais ({length} caracteres; no máximo {limit})</translation>
    </message>
    <message>
        <source>the file is not a project: its data is nested too deeply</source>
        <translation>o arquivo não é um projeto: seus dados estão aninhados profundamente demais</translation>
    </message>
    <message>
        <source>the project is damaged: {error}</source>
        <translation>o projeto está danificado: {error}</translation>
    </message>
    <message>
        <source>this is not an NN Playground project: it holds a JSON {type}, not an object</source>
        <translation>este não é um projeto do NN Playground: contém um {type} JSON, não um objeto</translation>
    </message>
    <message>
        <source>this is not an NN Playground project: it has no "format": "{format}"</source>
        <translation>este não é um projeto do NN Playground: não tem "format": "{format}"</translation>
    </message>
    <message>
        <source>this is not an NN Playground project (its format is {format})</source>
        <translation>este não é um projeto do NN Playground (seu formato é {format})</translation>
    </message>
    <message>
        <source>must be a whole number of at least 1; got {value}</source>
        <translation>deve ser um número inteiro de pelo menos 1; recebido {value}</translation>
    </message>
    <message>
        <source>This file was made by a newer NN Playground (format {format}); this version reads format {version}.</source>
        <translation>Este arquivo foi feito por um NN Playground mais novo (formato {format}); esta versão lê o formato {version}.</translation>
    </message>
    <message>
        <source>the project has unknown parts {names}; allowed: {allowed}</source>
        <translation>o projeto tem partes desconhecidas {names}; permitidas: {allowed}</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (byte {byte})</source>
        <translation>o arquivo não é texto UTF-8 (byte {byte})</translation>
    </message>
    <message>
        <source>{name} is {size} MB; a project is at most {limit} MB</source>
        <translation>{name} tem {size} MB; um projeto tem no máximo {limit} MB</translation>
    </message>
    <message>
        <source>{path} is a folder, not a project file</source>
        <translation>{path} é uma pasta, não um arquivo de projeto</translation>
    </message>
    <message>
        <source>{name} is too large: a project is at most {limit} MB</source>
        <translation>{name} é grande demais: um projeto tem no máximo {limit} MB</translation>
    </message>
    <message>
        <source>cannot read {path}: {error}</source>
        <translation>não é possível ler {path}: {error}</translation>
    </message>
</context>
<context>
    <name>project_view</name>
    <message>
        <source>has {count} entries; at most {limit}</source>
        <translation>tem {count} itens; no máximo {limit}</translation>
    </message>
    <message>
        <source>has a bad option name {name}</source>
        <translation>tem um nome de opção inválido {name}</translation>
    </message>
    <message>
        <source>must be true/false, a number or a short text; got {value}</source>
        <translation>deve ser true/false, um número ou um texto curto; recebido {value}</translation>
    </message>
    <message>
        <source>must be a list of control names; got {value}</source>
        <translation>deve ser uma lista de nomes de controles; recebido {value}</translation>
    </message>
    <message>
        <source>unknown control {name}; choose from {choices}</source>
        <translation>controle desconhecido {name}; escolha entre {choices}</translation>
    </message>
</context>
<context>
    <name>projector</name>
    <message>
        <source>&amp;Projector mode</source>
        <translation>Modo &amp;projetor</translation>
    </message>
    <message>
        <source>Larger type, thicker lines, bigger points and stronger contrast, for a projector in a lit room ({shortcut})</source>
        <translation>Letras maiores, linhas mais grossas, pontos maiores e contraste mais forte, para um projetor numa sala iluminada ({shortcut})</translation>
    </message>
</context>
<context>
    <name>qt_check</name>
    <message>
        <source>NN Playground cannot open a window: Qt's X11 support needs system libraries that are not installed.
Install them with:

    sudo apt-get install {packages}

(or run without a screen: QT_QPA_PLATFORM=offscreen)</source>
        <translation>O NN Playground não consegue abrir uma janela: o suporte X11 do Qt precisa de bibliotecas do sistema que não estão instaladas.
Instale-as com:

    sudo apt-get install {packages}

(ou execute sem tela: QT_QPA_PLATFORM=offscreen)</translation>
    </message>
</context>
<context>
    <name>recent_files</name>
    <message>
        <source>Clear list</source>
        <translation>Limpar lista</translation>
    </message>
    <message>
        <source>(no recent files)</source>
        <translation>(nenhum arquivo recente)</translation>
    </message>
</context>
<context>
    <name>saving</name>
    <message>
        <source>Could not save: the project holds a value JSON cannot store ({error})</source>
        <translation>Não foi possível salvar: o projeto contém um valor que o JSON não consegue guardar ({error})</translation>
    </message>
    <message>
        <source>Could not save {file}: the folder {folder} does not exist</source>
        <translation>Não foi possível salvar {file}: a pasta {folder} não existe</translation>
    </message>
    <message>
        <source>Could not save {file}: {reason}</source>
        <translation>Não foi possível salvar {file}: {reason}</translation>
    </message>
    <message>
        <source>the file could not be written completely (is the disk full?)</source>
        <translation>o arquivo não pôde ser gravado por completo (o disco está cheio?)</translation>
    </message>
</context>
<context>
    <name>scene_style</name>
    <message numerus="yes">
        <source>%n neuron</source>
        <translation><numerusform>%n neurônio</numerusform><numerusform>%n neurônios</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n neurons</source>
        <translation><numerusform>%n neurônio</numerusform><numerusform>%n neurônios</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n HIDDEN LAYER</source>
        <translation><numerusform>%n CAMADA OCULTA</numerusform><numerusform>%n CAMADAS OCULTAS</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n HIDDEN LAYERS</source>
        <translation><numerusform>%n CAMADA OCULTA</numerusform><numerusform>%n CAMADAS OCULTAS</numerusform></translation>
    </message>
    <message>
        <source>The new layer is as wide as the one before it and starts as the identity, so the network computes the same: exactly with linear, ReLU, leaky ReLU or ELU; nearly with softplus or SiLU (the loss moves by less than a hundredth) and with tanh or sigmoid (by a few hundredths at most). Right-click a layer to insert one with random weights instead.</source>
        <translation>A nova camada é tão larga quanto a anterior e começa como a identidade, então a rede calcula o mesmo: exatamente com linear, ReLU, leaky ReLU ou ELU; quase com softplus ou SiLU (a perda muda menos de um centésimo) e com tanh ou sigmoide (no máximo alguns centésimos). Clique com o botão direito numa camada para inserir uma com pesos aleatórios.</translation>
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
        <translation>Decaimento em degraus</translation>
    </message>
    <message>
        <source>Exponential</source>
        <translation>Exponencial</translation>
    </message>
    <message>
        <source>Cosine</source>
        <translation>Cosseno</translation>
    </message>
    <message>
        <source>Every (epochs)</source>
        <translation>A cada (épocas)</translation>
    </message>
    <message>
        <source>Step decay: the rate is multiplied by the factor this often.</source>
        <translation>Decaimento em degraus: a taxa é multiplicada pelo fator com esta frequência.</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Fator</translation>
    </message>
    <message>
        <source>Step decay: what each decay multiplies the rate by (0 to 1).</source>
        <translation>Decaimento em degraus: por quanto cada decaimento multiplica a taxa (0 a 1).</translation>
    </message>
    <message>
        <source>Factor per epoch</source>
        <translation>Fator por época</translation>
    </message>
    <message>
        <source>Exponential: the rate is multiplied by this every epoch.</source>
        <translation>Exponencial: a taxa é multiplicada por isto a cada época.</translation>
    </message>
    <message>
        <source>Over (epochs)</source>
        <translation>Ao longo de (épocas)</translation>
    </message>
    <message>
        <source>Cosine: the epochs it takes from the full rate to the minimum.</source>
        <translation>Cosseno: as épocas que leva para ir da taxa cheia até a mínima.</translation>
    </message>
    <message>
        <source>Minimum rate</source>
        <translation>Taxa mínima</translation>
    </message>
    <message>
        <source>Cosine: the rate it ends at (never above the learning rate).</source>
        <translation>Cosseno: a taxa em que termina (nunca acima da taxa de aprendizado).</translation>
    </message>
    <message>
        <source>Warm-up (epochs)</source>
        <translation>Aquecimento (épocas)</translation>
    </message>
    <message>
        <source>Epochs before the schedule starts in which the rate rises in a straight line to the full learning rate (0: none).</source>
        <translation>Épocas antes de o agendamento começar, em que a taxa sobe em linha reta até a taxa de aprendizado cheia (0: nenhuma).</translation>
    </message>
    <message>
        <source>Schedule kind</source>
        <translation>Tipo de agendamento</translation>
    </message>
    <message>
        <source>How the learning rate changes from epoch to epoch</source>
        <translation>Como a taxa de aprendizado muda de uma época para outra</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Agendamento</translation>
    </message>
    <message>
        <source>{kind} schedule</source>
        <translation>Agendamento {kind}</translation>
    </message>
    <message>
        <source>{kind} schedule; the current rate is {rate}</source>
        <translation>Agendamento {kind}; a taxa atual é {rate}</translation>
    </message>
</context>
<context>
    <name>schedules</name>
    <message>
        <source>{field} must be an integer from {low} to {high}; got {value}</source>
        <translation>{field} deve ser um inteiro de {low} a {high}; recebido {value}</translation>
    </message>
    <message>
        <source>schedule.kind must be one of {choices}; got {value}</source>
        <translation>schedule.kind deve ser um destes: {choices}; recebido {value}</translation>
    </message>
    <message>
        <source>{field} must be a number above {low} to {high}; got {value}</source>
        <translation>{field} deve ser um número acima de {low} até {high}; recebido {value}</translation>
    </message>
    <message>
        <source>{field} must be a number from {low} to {high}; got {value}</source>
        <translation>{field} deve ser um número de {low} a {high}; recebido {value}</translation>
    </message>
    <message>
        <source>schedule must be an object with a kind; got {value}</source>
        <translation>schedule deve ser um objeto com kind; recebido {value}</translation>
    </message>
    <message>
        <source>schedule.{name} is not a parameter of the {kind} schedule (it takes {allowed})</source>
        <translation>schedule.{name} não é um parâmetro do agendamento {kind} (ele aceita {allowed})</translation>
    </message>
</context>
<context>
    <name>script_export</name>
    <message>
        <source>kind must be one of {choices}; got {value}</source>
        <translation>kind deve ser um destes: {choices}; recebido {value}</translation>
    </message>
    <message>
        <source>cannot write {path}: the folder {folder} does not exist</source>
        <translation>não é possível gravar {path}: a pasta {folder} não existe</translation>
    </message>
    <message>
        <source>cannot write {path}: {error}</source>
        <translation>não é possível gravar {path}: {error}</translation>
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
        <translation>Salvar a rede, seus pesos e seus dados como um script PyTorch (um nn.Module) que imprime os números e pode continuar treinando</translation>
    </message>
    <message>
        <source>N&amp;umPy script…</source>
        <translation>Script N&amp;umPy…</translation>
    </message>
    <message>
        <source>Save the network, its weights and its data as a Python script that needs only NumPy</source>
        <translation>Salvar a rede, seus pesos e seus dados como um script Python que só precisa do NumPy</translation>
    </message>
    <message>
        <source>Cannot export {name}</source>
        <translation>Não é possível exportar {name}</translation>
    </message>
    <message>
        <source>Exported {path}</source>
        <translation>{path} exportado</translation>
    </message>
    <message>
        <source>Export a PyTorch script</source>
        <translation>Exportar um script PyTorch</translation>
    </message>
    <message>
        <source>Export a NumPy script</source>
        <translation>Exportar um script NumPy</translation>
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
        <translation>a camada oculta {layer} usa {what}, que a exportação de script ainda não conhece</translation>
    </message>
    <message>
        <source>the output uses {what}, which the script export does not know yet</source>
        <translation>a saída usa {what}, que a exportação de script ainda não conhece</translation>
    </message>
    <message>
        <source>the script export does not know the loss {name}</source>
        <translation>a exportação de script não conhece a perda {name}</translation>
    </message>
    <message>
        <source>the script export does not know the feature {name}</source>
        <translation>a exportação de script não conhece a característica {name}</translation>
    </message>
    <message>
        <source>the script export does not know the optimizer {name}</source>
        <translation>a exportação de script não conhece o otimizador {name}</translation>
    </message>
    <message>
        <source>the script export does not know the learning-rate schedule {name}</source>
        <translation>a exportação de script não conhece o agendamento da taxa de aprendizado {name}</translation>
    </message>
    <message>
        <source>the project's data holds no training point (only test points, or none): add training points in the window first</source>
        <translation>os dados do projeto não têm nenhum ponto de treinamento (só pontos de teste, ou nenhum): adicione pontos de treinamento na janela primeiro</translation>
    </message>
</context>
<context>
    <name>script_text</name>
    <message>
        <source>cannot write {value} as a number in a script</source>
        <translation>não é possível escrever {value} como número num script</translation>
    </message>
</context>
<context>
    <name>selftest</name>
    <message>
        <source>{text} is not a whole number</source>
        <translation>{text} não é um número inteiro</translation>
    </message>
    <message>
        <source>{text} is not a number</source>
        <translation>{text} não é um número</translation>
    </message>
    <message>
        <source>must be above 0; got {text}</source>
        <translation>deve ser maior que 0; recebido {text}</translation>
    </message>
    <message>
        <source>the bundled lesson to train (its file name or the start of it; default {lesson})</source>
        <translation>a lição incluída a treinar (seu nome de arquivo ou o começo dele; padrão {lesson})</translation>
    </message>
    <message>
        <source>how many training steps (batches) to train (default {steps})</source>
        <translation>quantos passos de treinamento (lotes) treinar (padrão {steps})</translation>
    </message>
    <message>
        <source>keep the exported pictures in this folder (default: a temporary one, removed)</source>
        <translation>guarda as imagens exportadas nesta pasta (padrão: uma temporária, removida)</translation>
    </message>
    <message>
        <source>give up on a step that takes longer than this (default {seconds})</source>
        <translation>desiste de um passo que demore mais que isto (padrão {seconds})</translation>
    </message>
</context>
<context>
    <name>session</name>
    <message>
        <source>the saved network does not match the saved settings</source>
        <translation>a rede salva não corresponde às configurações salvas</translation>
    </message>
    <message>
        <source>the {dataset} dataset is for {task}, not {problem}</source>
        <translation>o conjunto de dados {dataset} é para {task}, não {problem}</translation>
    </message>
    <message>
        <source>hidden layer must be from 1 to {layers}; got {layer}</source>
        <translation>a camada oculta deve ser de 1 a {layers}; recebido {layer}</translation>
    </message>
    <message>
        <source>the network has no hidden layers</source>
        <translation>a rede não tem camadas ocultas</translation>
    </message>
    <message>
        <source>the network already has the maximum of {layers} hidden layers</source>
        <translation>a rede já tem o máximo de {layers} camadas ocultas</translation>
    </message>
    <message>
        <source>there is no hidden layer to remove</source>
        <translation>não há camada oculta para remover</translation>
    </message>
    <message>
        <source>hidden layer {layer} already has the maximum of {units} neurons</source>
        <translation>a camada oculta {layer} já tem o máximo de {units} neurônios</translation>
    </message>
    <message>
        <source>at least one input feature must stay on</source>
        <translation>pelo menos uma característica de entrada deve ficar ligada</translation>
    </message>
    <message>
        <source>weights are edited on one network; turn Compare off first</source>
        <translation>os pesos são editados em uma só rede; desligue Comparar primeiro</translation>
    </message>
    <message>
        <source>the timeline follows the main network; turn Compare off first</source>
        <translation>a linha do tempo segue a rede principal; desligue Comparar primeiro</translation>
    </message>
</context>
<context>
    <name>session_data</name>
    <message>
        <source>painted points must lie inside the view</source>
        <translation>os pontos pintados devem ficar dentro da visão</translation>
    </message>
    <message>
        <source>a class is from 1 to {high}</source>
        <translation>uma classe vai de 1 a {high}</translation>
    </message>
    <message>
        <source>a painted value must be a number</source>
        <translation>um valor pintado deve ser um número</translation>
    </message>
</context>
<context>
    <name>setting_undo</name>
    <message>
        <source>change the learning-rate schedule</source>
        <translation>alterar o agendamento da taxa de aprendizado</translation>
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
        <translation>settings deve ser um objeto JSON</translation>
    </message>
    <message>
        <source>settings: unknown fields {fields}</source>
        <translation>settings: campos desconhecidos {fields}</translation>
    </message>
    <message>
        <source>{field} must be a list</source>
        <translation>{field} deve ser uma lista</translation>
    </message>
    <message>
        <source>{field} must be one of {choices}; got {value}</source>
        <translation>{field} deve ser um de {choices}; recebido {value}</translation>
    </message>
    <message>
        <source>{field} must be from {least} to {most}; got {value}</source>
        <translation>{field} deve estar entre {least} e {most}; recebido {value}</translation>
    </message>
    <message>
        <source>{field} must be an integer from {least} to {most}; got {value}</source>
        <translation>{field} deve ser um inteiro de {least} a {most}; recebido {value}</translation>
    </message>
    <message>
        <source>{field} must be an integer &gt;= 0; got {value}</source>
        <translation>{field} deve ser um inteiro &gt;= 0; recebido {value}</translation>
    </message>
    <message>
        <source>{field} must be 0 (the dataset's default) or from {least} to {most}; got {value}</source>
        <translation>{field} deve ser 0 (o padrão do conjunto de dados) ou estar entre {least} e {most}; recebido {value}</translation>
    </message>
    <message>
        <source>{field} must be a number above 0 and at most {most}; got {value}</source>
        <translation>{field} deve ser um número maior que 0 e no máximo {most}; recebido {value}</translation>
    </message>
    <message>
        <source>{field} must be up to {layers} layers of 1 to {most} neurons; got {value}</source>
        <translation>{field} deve ter no máximo {layers} camadas de 1 a {most} neurônios; recebido {value}</translation>
    </message>
    <message>
        <source>{field} must list at least one feature</source>
        <translation>{field} deve listar pelo menos uma característica</translation>
    </message>
    <message>
        <source>{field} must name one activation per hidden layer ({choices}); got {value}</source>
        <translation>{field} deve indicar uma ativação por camada oculta ({choices}); recebido {value}</translation>
    </message>
    <message>
        <source>{field} must give one rate from 0 to {most} per hidden layer; got {value}</source>
        <translation>{field} deve dar uma taxa de 0 a {most} por camada oculta; recebido {value}</translation>
    </message>
    <message>
        <source>{field} must be true or false; got {value}</source>
        <translation>{field} deve ser true ou false; recebido {value}</translation>
    </message>
</context>
<context>
    <name>settings_info</name>
    <message>
        <source>Learning rate</source>
        <translation>Taxa de aprendizado</translation>
    </message>
    <message>
        <source>How big a step each weight takes against its gradient. Too large and training diverges. Changing it keeps the weights and the epoch count; the next step uses it.</source>
        <translation>O tamanho do passo que cada peso dá contra seu gradiente. Grande demais, e o treinamento diverge. Alterar mantém os pesos e a contagem de épocas; o próximo passo já a usa.</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Ativação</translation>
    </message>
    <message>
        <source>The function every hidden neuron applies to its weighted sum. Choosing one here starts again with fresh weights and this activation in every layer; right-click a layer in the network to change just that layer, keeping what it has learned.</source>
        <translation>A função que cada neurônio oculto aplica à sua soma ponderada. Escolher uma aqui recomeça com novos pesos e esta ativação em todas as camadas; clique com o botão direito numa camada da rede para mudar só essa camada, mantendo o que ela aprendeu.</translation>
    </message>
    <message>
        <source>Regularization</source>
        <translation>Regularização</translation>
    </message>
    <message>
        <source>A penalty on large weights. L1 pulls every weight towards zero by the same amount, and a weight it carries across zero is set to exactly 0, so weights that do not help end at 0; L2 shrinks weights in proportion to their size, so they get small but not zero. Changing it keeps the weights and the epoch count (TensorFlow Playground starts again here).</source>
        <translation>Uma penalidade sobre pesos grandes. L1 puxa cada peso em direção a zero na mesma quantidade, e um peso que ela faz cruzar o zero vira exatamente 0, então pesos que não ajudam terminam em 0; L2 encolhe os pesos proporcionalmente ao tamanho, então eles ficam pequenos, mas não zero. Alterar mantém os pesos e a contagem de épocas (o TensorFlow Playground recomeça aqui).</translation>
    </message>
    <message>
        <source>Regularization rate</source>
        <translation>Taxa de regularização</translation>
    </message>
    <message>
        <source>How strong the penalty on weights is. Changing it keeps the weights and the epoch count (TensorFlow Playground starts again here).</source>
        <translation>A força da penalidade sobre os pesos. Alterar mantém os pesos e a contagem de épocas (o TensorFlow Playground recomeça aqui).</translation>
    </message>
    <message>
        <source>Problem type</source>
        <translation>Tipo de problema</translation>
    </message>
    <message>
        <source>Classification predicts a class; regression predicts a number. Changing it starts again.</source>
        <translation>A classificação prevê uma classe; a regressão prevê um número. Alterar recomeça.</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Perda</translation>
    </message>
    <message>
        <source>Cross-entropy: a sigmoid output and the log loss, which punishes a confident mistake hard. TF Playground: TensorFlow Playground's tanh output, labels ±1 and ½ squared error, its starting weights, L1 rule and fixed order of the training points (with more than two classes: softmax and cross-entropy). Changing it starts again.</source>
        <translation>Entropia cruzada: uma saída sigmoide e a perda logarítmica, que pune com força um erro cometido com confiança. TF Playground: a saída tanh do TensorFlow Playground, rótulos ±1 e ½ erro quadrático, seus pesos iniciais, sua regra de L1 e a ordem fixa dos pontos de treinamento (com mais de duas classes: softmax e entropia cruzada). Alterar recomeça.</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Otimizador</translation>
    </message>
    <message>
        <source>The rule that turns gradients into weight changes. Changing it keeps the weights; the optimizer's own memory (momentum) starts from zero.</source>
        <translation>A regra que transforma gradientes em mudanças de peso. Alterar mantém os pesos; a memória própria do otimizador (momento) começa do zero.</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Tamanho do lote</translation>
    </message>
    <message>
        <source>How many training points are averaged for each weight update. Changing it keeps the weights and the epoch count (TensorFlow Playground starts again here).</source>
        <translation>Quantos pontos de treinamento entram na média de cada atualização dos pesos. Alterar mantém os pesos e a contagem de épocas (o TensorFlow Playground recomeça aqui).</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidade</translation>
    </message>
    <message>
        <source>Epochs trained per displayed frame: 1× is TensorFlow Playground's pace (about 60 epochs a second), 10× ten epochs a frame; Max trains as fast as the machine allows. An epoch that takes longer than a tenth of a second (large data) shows as it goes.</source>
        <translation>Épocas treinadas por quadro exibido: 1× é o ritmo do TensorFlow Playground (cerca de 60 épocas por segundo), 10× dez épocas por quadro; Máx. treina tão rápido quanto o computador permite. Uma época que leva mais de um décimo de segundo (dados grandes) aparece enquanto acontece.</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Conjunto de dados</translation>
    </message>
    <message>
        <source>Which data to learn. Changing it starts again.</source>
        <translation>Quais dados aprender. Alterar recomeça.</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Ruído</translation>
    </message>
    <message>
        <source>How much the data is blurred or mislabelled (0 to 50 %). Starts again.</source>
        <translation>Quanto os dados são borrados ou rotulados errado (0 a 50 %). Recomeça.</translation>
    </message>
    <message>
        <source>Training data</source>
        <translation>Dados de treino</translation>
    </message>
    <message>
        <source>The share of points used for training; the rest tests the network. Starts again.</source>
        <translation>A fração dos pontos usada para treinar; o resto testa a rede. Recomeça.</translation>
    </message>
    <message>
        <source>Data seed</source>
        <translation>Semente dos dados</translation>
    </message>
    <message>
        <source>Which random draw of the data. Regenerate picks a new one.</source>
        <translation>Qual sorteio aleatório dos dados. Gerar de novo escolhe um novo.</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Pontos</translation>
    </message>
    <message>
        <source>How many points the dataset generator draws, training and test together. Starts again.</source>
        <translation>Quantos pontos o gerador de dados sorteia, treino e teste juntos. Recomeça.</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Origem dos dados</translation>
    </message>
    <message>
        <source>A dataset generator, or your own points (painted on the output or imported from a CSV file). Switching keeps the network as it is.</source>
        <translation>Um gerador de conjuntos de dados, ou seus próprios pontos (pintados na saída ou importados de um arquivo CSV). Trocar mantém a rede como está.</translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation>Camadas ocultas</translation>
    </message>
    <message>
        <source>The hidden layers' sizes. Changing them edits the network in place and keeps what it has learned; Reset starts again with fresh weights.</source>
        <translation>Os tamanhos das camadas ocultas. Alterá-los edita a rede no lugar e mantém o que ela aprendeu; Reiniciar recomeça com novos pesos.</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Características</translation>
    </message>
    <message>
        <source>Which input features feed the network. Switching one keeps what the network has learned (a new input starts with zero weights); Reset starts again.</source>
        <translation>Quais características de entrada alimentam a rede. Ligar ou desligar uma mantém o que a rede aprendeu (uma nova entrada começa com pesos zero); Reiniciar recomeça.</translation>
    </message>
    <message>
        <source>Weight seed</source>
        <translation>Semente dos pesos</translation>
    </message>
    <message>
        <source>Which random draw of initial weights; reset picks a new one.</source>
        <translation>Qual sorteio aleatório dos pesos iniciais; reiniciar escolhe um novo.</translation>
    </message>
    <message>
        <source>Stop at epoch</source>
        <translation>Parar na época</translation>
    </message>
    <message>
        <source>Pause when this epoch is reached (0: never).</source>
        <translation>Pausar quando esta época for alcançada (0: nunca).</translation>
    </message>
    <message>
        <source>Stop when stuck</source>
        <translation>Parar quando travar</translation>
    </message>
    <message>
        <source>Pause when the test loss has not improved (by more than 0.1 %) for this many epochs (0: never).</source>
        <translation>Pausar quando a perda de teste não melhorar (mais de 0.1 %) por este número de épocas (0: nunca).</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Agendamento</translation>
    </message>
    <message>
        <source>How the learning rate changes as training goes on: constant, step decay, exponential or cosine, after an optional linear warm-up. It is a function of the epoch: rewinding puts back the rate of the epoch shown.</source>
        <translation>Como a taxa de aprendizado muda ao longo do treinamento: constante, decaimento em degraus, exponencial ou cosseno, depois de um aquecimento linear opcional. É uma função da época: voltar no tempo restaura a taxa da época exibida.</translation>
    </message>
    <message>
        <source>Restore the best</source>
        <translation>Restaurar o melhor</translation>
    </message>
    <message>
        <source>When training stops because the test loss has stopped improving, go back to the weights of the epoch with the best test loss (the later epochs stay on the timeline).</source>
        <translation>Quando o treinamento parar porque a perda de teste deixou de melhorar, voltar aos pesos da época com a melhor perda de teste (as épocas posteriores ficam na linha do tempo).</translation>
    </message>
</context>
<context>
    <name>spec</name>
    <message>
        <source>{field} has unknown keys {keys}; allowed: {allowed}</source>
        <translation>{field} tem chaves desconhecidas {keys}; permitidas: {allowed}</translation>
    </message>
    <message>
        <source>spec must be a dict with features, hidden and output; got {type}</source>
        <translation>spec deve ser um dict com features, hidden e output; recebido {type}</translation>
    </message>
    <message>
        <source>spec has unknown fields {fields}; allowed: features, hidden, output</source>
        <translation>spec tem campos desconhecidos {fields}; permitidos: features, hidden, output</translation>
    </message>
    <message>
        <source>spec.features must be a non-empty list of {choices}</source>
        <translation>spec.features deve ser uma lista não vazia de {choices}</translation>
    </message>
    <message>
        <source>spec.features: unknown feature {name}; choose from {choices}</source>
        <translation>spec.features: característica desconhecida {name}; escolha entre {choices}</translation>
    </message>
    <message>
        <source>spec.features lists a feature twice: {features}</source>
        <translation>spec.features lista uma característica duas vezes: {features}</translation>
    </message>
    <message>
        <source>spec.hidden must be a list of {'units': n, 'activation': name}</source>
        <translation>spec.hidden deve ser uma lista de {'units': n, 'activation': name}</translation>
    </message>
    <message>
        <source>spec.hidden: at most {limit} hidden layers; got {count}</source>
        <translation>spec.hidden: no máximo {limit} camadas ocultas; recebido {count}</translation>
    </message>
    <message>
        <source>{field} must be a dict with units and activation</source>
        <translation>{field} deve ser um dict com units e activation</translation>
    </message>
    <message>
        <source>{field}.units must be an integer from 1 to {high}; got {value}</source>
        <translation>{field}.units deve ser um inteiro de 1 a {high}; recebido {value}</translation>
    </message>
    <message>
        <source>{field}.activation must be one of {choices}; got {value}</source>
        <translation>{field}.activation deve ser um destes: {choices}; recebido {value}</translation>
    </message>
    <message>
        <source>{field}.dropout must be a number from 0 to {high}; got {value}</source>
        <translation>{field}.dropout deve ser um número de 0 a {high}; recebido {value}</translation>
    </message>
    <message>
        <source>spec.output.kind must be one of {choices}; got {value}</source>
        <translation>spec.output.kind deve ser um destes: {choices}; recebido {value}</translation>
    </message>
    <message>
        <source>spec.output.classes must be an integer from {low} to {high} for multiclass; got {value}</source>
        <translation>spec.output.classes deve ser um inteiro de {low} a {high} para multiclass; recebido {value}</translation>
    </message>
    <message>
        <source>spec.output.classes applies only to multiclass, not {kind}</source>
        <translation>spec.output.classes só se aplica a multiclass, não a {kind}</translation>
    </message>
    <message>
        <source>spec.output.loss must be one of {choices}; got {value}</source>
        <translation>spec.output.loss deve ser um destes: {choices}; recebido {value}</translation>
    </message>
    <message>
        <source>spec.output.loss 'tfp' (TensorFlow Playground's tanh output and squared error) is for binary output only, not {kind}</source>
        <translation>spec.output.loss 'tfp' (a saída tanh com erro quadrático do TensorFlow Playground) é só para saída binária, não {kind}</translation>
    </message>
</context>
<context>
    <name>stopping</name>
    <message>
        <source>Paused at epoch {epoch}: the stop-at-epoch setting is {stop}.</source>
        <translation>Pausado na época {epoch}: a configuração de parar na época é {stop}.</translation>
    </message>
    <message>
        <source>Paused at epoch {epoch}: the test loss has not improved for {patience} epochs (best {loss} at epoch {best_epoch}).</source>
        <translation>Pausado na época {epoch}: a perda de teste não melhorou por {patience} épocas (melhor {loss} na época {best_epoch}).</translation>
    </message>
    <message>
        <source>Stopped at epoch {epoch}: the test loss had not improved for {patience} epochs; restored the weights of epoch {best_epoch} (test loss {loss}).</source>
        <translation>Parado na época {epoch}: a perda de teste não tinha melhorado por {patience} épocas; os pesos da época {best_epoch} foram restaurados (perda de teste {loss}).</translation>
    </message>
</context>
<context>
    <name>teacher_dialog</name>
    <message>
        <source>&lt;p&gt;What this lesson is about, in one or two sentences.&lt;/p&gt;&lt;h4&gt;Try&lt;/h4&gt;&lt;ol&gt;&lt;li&gt;Press &lt;b&gt;Play&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Change one thing and play again.&lt;/li&gt;&lt;/ol&gt;&lt;h4&gt;Notice&lt;/h4&gt;&lt;p&gt;What should the students see?&lt;/p&gt;&lt;h4&gt;Question&lt;/h4&gt;&lt;p&gt;A question to answer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Do que trata esta lição, em uma ou duas frases.&lt;/p&gt;&lt;h4&gt;Experimente&lt;/h4&gt;&lt;ol&gt;&lt;li&gt;Pressione &lt;b&gt;Reproduzir&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Mude uma coisa e reproduza de novo.&lt;/li&gt;&lt;/ol&gt;&lt;h4&gt;Observe&lt;/h4&gt;&lt;p&gt;O que os alunos devem ver?&lt;/p&gt;&lt;h4&gt;Pergunta&lt;/h4&gt;&lt;p&gt;Uma pergunta para responder.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Teacher mode: make a lesson</source>
        <translation>Modo professor: criar uma lição</translation>
    </message>
    <message>
        <source>The lesson keeps the playground &lt;b&gt;as it is now&lt;/b&gt;: data, network, weights and settings. Write what students should do, choose what they may change, and save.</source>
        <translation>A lição guarda o playground &lt;b&gt;como está agora&lt;/b&gt;: dados, rede, pesos e configurações. Escreva o que os alunos devem fazer, escolha o que eles podem mudar e salve.</translation>
    </message>
    <message>
        <source>Lesson title, e.g. 3. Why XOR needs a hidden layer</source>
        <translation>Título da lição, por ex. 3. Por que o XOR precisa de uma camada oculta</translation>
    </message>
    <message>
        <source>B</source>
        <comment>the Bold button's letter</comment>
        <translation>N</translation>
    </message>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation>Negrito (Ctrl+B)</translation>
    </message>
    <message>
        <source>I</source>
        <comment>the Italic button's letter</comment>
        <translation>I</translation>
    </message>
    <message>
        <source>Italic (Ctrl+I)</source>
        <translation>Itálico (Ctrl+I)</translation>
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
        <translation>Parágrafo simples</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Lista com marcadores</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Lista numerada</translation>
    </message>
    <message>
        <source>Instructions for the students</source>
        <translation>Instruções para os alunos</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Controle</translation>
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
        <translation>Os alunos não veem “{control}”</translation>
    </message>
    <message>
        <source>Students see “{control}” but cannot change it</source>
        <translation>Os alunos veem “{control}”, mas não podem alterá-lo</translation>
    </message>
    <message>
        <source>The network diagram always shows; lock it instead</source>
        <translation>O diagrama da rede sempre aparece; bloqueie-o em vez disso</translation>
    </message>
    <message>
        <source>What students may change</source>
        <translation>O que os alunos podem mudar</translation>
    </message>
    <message>
        <source>Try it here</source>
        <translation>Experimentar aqui</translation>
    </message>
    <message>
        <source>Show the instructions and apply the hidden and locked controls in this window</source>
        <translation>Mostrar as instruções e aplicar os controles ocultos e bloqueados nesta janela</translation>
    </message>
    <message>
        <source>Preview as student</source>
        <translation>Visualizar como aluno</translation>
    </message>
    <message>
        <source>Open the lesson in this window exactly as students get it: its start state, its locks and its instructions. Back to editing (a button above the instructions) brings your work and this dialog back as they were; the undo history starts afresh</source>
        <translation>Abrir a lição nesta janela exatamente como os alunos a recebem: seu estado inicial, seus bloqueios e suas instruções. Voltar a editar (um botão acima das instruções) traz de volta seu trabalho e este diálogo como estavam; o histórico de desfazer recomeça do zero</translation>
    </message>
    <message>
        <source>Save lesson…</source>
        <translation>Salvar lição…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Students may leave the lesson freely again</source>
        <translation>Os alunos podem sair da lição livremente de novo</translation>
    </message>
    <message>
        <source>Remove the password</source>
        <translation>Remover a senha</translation>
    </message>
    <message>
        <source>Password on the locks: &lt;b&gt;set&lt;/b&gt;.</source>
        <translation>Senha nos bloqueios: &lt;b&gt;definida&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>Alterar senha…</translation>
    </message>
    <message>
        <source>No password: students may leave the lesson.</source>
        <translation>Sem senha: os alunos podem sair da lição.</translation>
    </message>
    <message>
        <source>Set password…</source>
        <translation>Definir senha…</translation>
    </message>
    <message>
        <source>Give the lesson a title first.</source>
        <translation>Dê um título à lição primeiro.</translation>
    </message>
    <message>
        <source>Applied to this window. Open a project or choose New to lift the restrictions.</source>
        <translation>Aplicado a esta janela. Abra um projeto ou escolha Novo para tirar as restrições.</translation>
    </message>
    <message>
        <source>Save lesson</source>
        <translation>Salvar lição</translation>
    </message>
    <message>
        <source>Could not save the lesson: {error}</source>
        <translation>Não foi possível salvar a lição: {error}</translation>
    </message>
    <message>
        <source>Saved {path}. Students open it with File → Open or by dropping it on the window.</source>
        <translation>{path} salvo. Os alunos o abrem com Arquivo → Abrir ou soltando-o na janela.</translation>
    </message>
    <message>
        <source>&amp;Teacher mode…</source>
        <translation>&amp;Modo professor…</translation>
    </message>
    <message>
        <source>Write instructions, hide or lock controls, and save the playground as a lesson</source>
        <translation>Escrever instruções, ocultar ou bloquear controles e salvar o playground como lição</translation>
    </message>
    <message>
        <source>Type it to edit the lesson.</source>
        <translation>Digite-a para editar a lição.</translation>
    </message>
</context>
<context>
    <name>threads</name>
    <message>
        <source>blas_threads must be None or an integer of at least 1; got {value}</source>
        <translation>blas_threads deve ser None ou um inteiro de pelo menos 1; recebido {value}</translation>
    </message>
</context>
<context>
    <name>timeline</name>
    <message>
        <source>Rewound: the network, its weights and the boundary as they were at that epoch. Resume from here (or Play) continues from it and replaces the later epochs; Back to latest returns.</source>
        <translation>Voltou no tempo: a rede, seus pesos e a fronteira como estavam naquela época. Continuar daqui (ou Reproduzir) segue a partir dela e substitui as épocas posteriores; Voltar ao mais recente retorna.</translation>
    </message>
    <message>
        <source>Rewind now starts at epoch {epoch}, where the network changed: the epochs before it were trained by the network as it was, so they cannot be shown on this one.</source>
        <translation>Voltar no tempo agora começa na época {epoch}, onde a rede mudou: as épocas anteriores foram treinadas pela rede como ela era, então não podem ser mostradas nesta.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Linha do tempo</translation>
    </message>
    <message>
        <source>Rewind: drag to see the network, its weights and the boundary as they were at that epoch. Training pauses. Keys when the slider has focus: ←/→ one epoch, Page Up/Down ten, Home the first, End the latest.</source>
        <translation>Voltar no tempo: arraste para ver a rede, seus pesos e a fronteira como estavam naquela época. O treinamento pausa. Teclas quando o controle deslizante tem o foco: ←/→ uma época, Page Up/Down dez, Home a primeira, End a mais recente.</translation>
    </message>
    <message>
        <source>Rewind</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>epoch {epoch}</source>
        <translation>época {epoch}</translation>
    </message>
    <message>
        <source>epoch {epoch} (latest)</source>
        <translation>época {epoch} (mais recente)</translation>
    </message>
    <message>
        <source>The epoch on show, and the newest one trained.</source>
        <translation>A época exibida e a mais nova treinada.</translation>
    </message>
    <message>
        <source>Resume from here</source>
        <translation>Continuar daqui</translation>
    </message>
    <message>
        <source>Continue training from the epoch on show, from exactly its state. The epochs after it are replaced by the new training. (Play does the same.)</source>
        <translation>Continuar o treinamento a partir da época exibida, exatamente do estado dela. As épocas depois dela são substituídas pelo novo treinamento. (Reproduzir faz o mesmo.)</translation>
    </message>
    <message>
        <source>Back to latest</source>
        <translation>Voltar ao mais recente</translation>
    </message>
    <message>
        <source>Show the newest state again, as if you had never rewound (End).</source>
        <translation>Mostrar de novo o estado mais novo, como se você nunca tivesse voltado (End).</translation>
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
        <translation>{count} ponto de salvamento, {size}</translation>
    </message>
    <message numerus="yes">
        <source>{count} checkpoints, {size}</source>
        <translation><numerusform>{count} ponto de salvamento, {size}</numerusform><numerusform>{count} pontos de salvamento, {size}</numerusform></translation>
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
        <translation>Voltar &amp;uma época</translation>
    </message>
    <message>
        <source>Show the epoch before the one on show (training pauses)</source>
        <translation>Mostrar a época anterior à exibida (o treinamento pausa)</translation>
    </message>
    <message>
        <source>Resume &amp;from here</source>
        <translation>Continuar &amp;daqui</translation>
    </message>
    <message>
        <source>Back to &amp;latest</source>
        <translation>Voltar ao mais recen&amp;te</translation>
    </message>
</context>
<context>
    <name>top_bar</name>
    <message>
        <source>Regularization, rate</source>
        <translation>Regularização, taxa</translation>
    </message>
    <message>
        <source>The hidden layers use different activations (each is named under its layer in the network). Choose one here to give it to every layer; that resets the network.</source>
        <translation>As camadas ocultas usam ativações diferentes (cada uma aparece sob sua camada na rede). Escolha uma aqui para dá-la a todas as camadas; isso reinicia a rede.</translation>
    </message>
    <message>
        <source>Reset the network: fresh random weights, back to epoch 0 (R)</source>
        <translation>Reiniciar a rede: novos pesos aleatórios, de volta à época 0 (R)</translation>
    </message>
    <message>
        <source>Play or pause training (Space)</source>
        <translation>Reproduzir ou pausar o treinamento (Space)</translation>
    </message>
    <message>
        <source>Train exactly one epoch, then pause (Right arrow)</source>
        <translation>Treinar exatamente uma época e pausar (seta para a direita)</translation>
    </message>
    <message>
        <source>Epochs completed: full passes over the training data</source>
        <translation>Épocas concluídas: passagens completas pelos dados de treinamento</translation>
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
        <translation>pesos da época de teste</translation>
    </message>
    <message>
        <source>Set ▾</source>
        <translation>Definir ▾</translation>
    </message>
    <message>
        <source>Never ▾</source>
        <translation>Nunca ▾</translation>
    </message>
    <message numerus="yes">
        <source>Training stops at epoch {epoch} or after {patience} epochs without a better test loss, back to the best test epoch. Click to change the stopping rules.</source>
        <translation><numerusform>O treinamento para na época {epoch} ou após {patience} época sem uma perda de teste melhor, voltando à melhor época de teste. Clique para mudar as regras de parada.</numerusform><numerusform>O treinamento para na época {epoch} ou após {patience} épocas sem uma perda de teste melhor, voltando à melhor época de teste. Clique para mudar as regras de parada.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Training stops at epoch {epoch} or after {patience} epochs without a better test loss. Click to change the stopping rules.</source>
        <translation><numerusform>O treinamento para na época {epoch} ou após {patience} época sem uma perda de teste melhor. Clique para mudar as regras de parada.</numerusform><numerusform>O treinamento para na época {epoch} ou após {patience} épocas sem uma perda de teste melhor. Clique para mudar as regras de parada.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Training stops after {patience} epochs without a better test loss, back to the best test epoch. Click to change the stopping rules.</source>
        <translation><numerusform>O treinamento para após {patience} época sem uma perda de teste melhor, voltando à melhor época de teste. Clique para mudar as regras de parada.</numerusform><numerusform>O treinamento para após {patience} épocas sem uma perda de teste melhor, voltando à melhor época de teste. Clique para mudar as regras de parada.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Training stops after {patience} epochs without a better test loss. Click to change the stopping rules.</source>
        <translation><numerusform>O treinamento para após {patience} época sem uma perda de teste melhor. Clique para mudar as regras de parada.</numerusform><numerusform>O treinamento para após {patience} épocas sem uma perda de teste melhor. Clique para mudar as regras de parada.</numerusform></translation>
    </message>
    <message>
        <source>Training stops at epoch {epoch}. Click to change the stopping rules.</source>
        <translation>O treinamento para na época {epoch}. Clique para mudar as regras de parada.</translation>
    </message>
    <message>
        <source>Training never stops itself. Click to change the stopping rules.</source>
        <translation>O treinamento nunca para sozinho. Clique para mudar as regras de parada.</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Misto</translation>
    </message>
    <message>
        <source>Pause training (Space)</source>
        <translation>Pausar o treinamento (Space)</translation>
    </message>
    <message>
        <source>Play: start training (Space)</source>
        <translation>Reproduzir: iniciar o treinamento (Space)</translation>
    </message>
</context>
<context>
    <name>train_process</name>
    <message>
        <source>the training process was stopped for {seconds} s</source>
        <translation>o processo de treinamento ficou parado por {seconds} s</translation>
    </message>
    <message>
        <source>the training process did not answer in {seconds} s</source>
        <translation>o processo de treinamento não respondeu em {seconds} s</translation>
    </message>
    <message>
        <source>the training process failed:
{traceback}</source>
        <translation>o processo de treinamento falhou:
{traceback}</translation>
    </message>
    <message>
        <source>the training process is gone ({error})</source>
        <translation>o processo de treinamento não existe mais ({error})</translation>
    </message>
</context>
<context>
    <name>trainer</name>
    <message>
        <source>X_train must hold at least one point</source>
        <translation>X_train deve conter pelo menos um ponto</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>{field} must be numbers of shape (n, 2)</source>
        <translation>{field} deve ser números de formato (n, 2)</translation>
    </message>
    <message>
        <source>{field} must have shape (n, 2); got {shape}</source>
        <translation>{field} deve ter formato (n, 2); recebido {shape}</translation>
    </message>
    <message>
        <source>{field} has {count} points; at most {limit} are allowed</source>
        <translation>{field} tem {count} pontos; no máximo {limit} são permitidos</translation>
    </message>
    <message>
        <source>{field} must be numbers of shape (n,)</source>
        <translation>{field} deve ser números de formato (n,)</translation>
    </message>
    <message>
        <source>{field} must have shape ({n},) to match the points; got {shape}</source>
        <translation>{field} deve ter formato ({n},) para corresponder aos pontos; recebido {shape}</translation>
    </message>
    <message>
        <source>{field} must hold integer labels from 0 to {high} for {kind} output; got values from {low_seen} to {high_seen}</source>
        <translation>{field} deve conter rótulos inteiros de 0 a {high} para saída {kind}; recebidos valores de {low_seen} a {high_seen}</translation>
    </message>
    <message>
        <source>{field} must be a finite number greater than {low} and at most {high}; got {value}</source>
        <translation>{field} deve ser um número finito maior que {low} e no máximo {high}; recebido {value}</translation>
    </message>
    <message>
        <source>{field} must be a finite number at least {low} and at most {high}; got {value}</source>
        <translation>{field} deve ser um número finito de pelo menos {low} e no máximo {high}; recebido {value}</translation>
    </message>
    <message>
        <source>params[{layer}] must be W of shape {w_shape} and b of shape {b_shape}; got {w_got} and {b_got}</source>
        <translation>params[{layer}] deve ser W de formato {w_shape} e b de formato {b_shape}; recebido {w_got} e {b_got}</translation>
    </message>
    <message>
        <source>seed must be an integer; got {value}</source>
        <translation>seed deve ser um inteiro; recebido {value}</translation>
    </message>
    <message>
        <source>shuffle must be True or False; got {value}</source>
        <translation>shuffle deve ser True ou False; recebido {value}</translation>
    </message>
    <message>
        <source>batch_size must be an integer of at least 1; got {value}</source>
        <translation>batch_size deve ser um inteiro de pelo menos 1; recebido {value}</translation>
    </message>
    <message>
        <source>link ({i}, {j}) of layer {layer} is disabled; enable it first</source>
        <translation>a ligação ({i}, {j}) da camada {layer} está desativada; ative-a primeiro</translation>
    </message>
    <message>
        <source>{field} contains NaN or infinity</source>
        <translation>{field} contém NaN ou infinito</translation>
    </message>
    <message>
        <source>dtype must be one of {choices}; got {value}</source>
        <translation>dtype deve ser um destes: {choices}; recebido {value}</translation>
    </message>
    <message>
        <source>network {field} must be a list of numbers</source>
        <translation>o {field} da rede deve ser uma lista de números</translation>
    </message>
    <message>
        <source>{field} must be a finite number &gt;= 0; got {value}</source>
        <translation>{field} deve ser um número finito &gt;= 0; recebido {value}</translation>
    </message>
</context>
<context>
    <name>walkthrough</name>
    <message>
        <source>&amp;Backprop, step by step…</source>
        <translation>&amp;Retropropagação passo a passo…</translation>
    </message>
    <message>
        <source>Walk through backpropagation on one data point, with this network's numbers (W)</source>
        <translation>Percorrer a retropropagação com um ponto de dados, com os números desta rede (W)</translation>
    </message>
    <message>
        <source>Compare is on: turn it off (C) to walk through one network.</source>
        <translation>Comparar está ligado: desligue-o (C) para percorrer uma só rede.</translation>
    </message>
    <message>
        <source>Cannot walk through a point: {reason}.</source>
        <translation>Não é possível percorrer um ponto: {reason}.</translation>
    </message>
    <message>
        <source>Cannot walk through this point: {reason}</source>
        <translation>Não é possível percorrer este ponto: {reason}</translation>
    </message>
    <message>
        <source>training point {number}</source>
        <translation>ponto de treinamento {number}</translation>
    </message>
    <message>
        <source>test point {number}</source>
        <translation>ponto de teste {number}</translation>
    </message>
    <message>
        <source>There are no training points to pick from yet.</source>
        <translation>Ainda não há pontos de treinamento para escolher.</translation>
    </message>
    <message>
        <source>No data point there: click on one of the dots.</source>
        <translation>Não há ponto de dados aí: clique num dos pontos.</translation>
    </message>
    <message>
        <source>A point</source>
        <translation>Um ponto</translation>
    </message>
    <message>
        <source>&lt;b&gt;{point}&lt;/b&gt; at ({x1}, {x2}), {target}</source>
        <translation>&lt;b&gt;{point}&lt;/b&gt; em ({x1}, {x2}), {target}</translation>
    </message>
    <message>
        <source>The point ({x1}, {x2}), target {target}, through the network as it is after epoch {epoch} ({steps} steps). Click another point to change it.</source>
        <translation>O ponto ({x1}, {x2}), alvo {target}, pela rede como ela está após a época {epoch} ({steps} passos). Clique em outro ponto para trocá-lo.</translation>
    </message>
    <message>
        <source>value {value}</source>
        <translation>valor {value}</translation>
    </message>
    <message>
        <source>class {glyph} {name}</source>
        <translation>classe {glyph} {name}</translation>
    </message>
    <message>
        <source>Pause autoplay</source>
        <translation>Pausar reprodução automática</translation>
    </message>
    <message>
        <source>Autoplay</source>
        <translation>Reprodução automática</translation>
    </message>
    <message>
        <source>Not applied: {reason}.</source>
        <translation>Não aplicado: {reason}.</translation>
    </message>
    <message>
        <source>Applied: every weight moved by the amount shown. {loss_change} Next (→) walks through again with the new weights.</source>
        <translation>Aplicado: cada peso mudou na quantidade mostrada. {loss_change} Próximo (→) percorre de novo com os novos pesos.</translation>
    </message>
    <message>
        <source>The loss on this point before: {before}
after: {after}</source>
        <translation>A perda neste ponto antes: {before}
depois: {after}</translation>
    </message>
    <message>
        <source>Not undone: {reason}</source>
        <translation>Não desfeito: {reason}</translation>
    </message>
    <message>
        <source>Training is running, so these numbers are out of date. Pause (Space) and the walkthrough follows the new weights.</source>
        <translation>O treinamento está rodando, então estes números estão desatualizados. Pause (Space) e o passo a passo segue os novos pesos.</translation>
    </message>
</context>
<context>
    <name>walkthrough_apply</name>
    <message>
        <source>Apply a backprop step</source>
        <translation>Aplicar um passo de retropropagação</translation>
    </message>
    <message>
        <source>Compare is on</source>
        <translation>Comparar está ligado</translation>
    </message>
    <message>
        <source>the network changed since this point was traced</source>
        <translation>a rede mudou desde que este ponto foi percorrido</translation>
    </message>
    <message>
        <source>the network has changed since</source>
        <translation>a rede mudou desde então</translation>
    </message>
</context>
<context>
    <name>walkthrough_backward</name>
    <message>
        <source>f′(z) = 1 if z &gt; 0, else 0</source>
        <translation>f′(z) = 1 se z &gt; 0, senão 0</translation>
    </message>
    <message>
        <source>f′(z) = 1 if z &gt; 0, else 0.01</source>
        <translation>f′(z) = 1 se z &gt; 0, senão 0.01</translation>
    </message>
    <message>
        <source>f′(z) = 1 if z &gt; 0, else a + 1</source>
        <translation>f′(z) = 1 se z &gt; 0, senão a + 1</translation>
    </message>
    <message>
        <source>dropped: δ = 0</source>
        <translation>descartado: δ = 0</translation>
    </message>
    <message>
        <source>{neuron}: dropped by dropout for this point: δ = 0</source>
        <translation>{neuron}: descartado pelo dropout para este ponto: δ = 0</translation>
    </message>
    <message>
        <source>&lt;b&gt;{neuron}&lt;/b&gt; was dropped for this point: δ = 0 (its a was 0, so it did not change the loss, and no gradient flows back through it).</source>
        <translation>&lt;b&gt;{neuron}&lt;/b&gt; foi descartado para este ponto: δ = 0 (seu a era 0, então ele não mudou a perda, e nenhum gradiente volta por ele).</translation>
    </message>
    <message>
        <source>m = {scale} (kept by dropout)
Σ w·δ (next layer) = {back}</source>
        <translation>m = {scale} (mantido pelo dropout)
Σ w·δ (próxima camada) = {back}</translation>
    </message>
    <message>
        <source>For a sigmoid output with the cross-entropy loss, the chain rule ∂L/∂p · ∂p/∂z simplifies to just &lt;b&gt;δ = p − y&lt;/b&gt;.</source>
        <translation>Para uma saída sigmoide com a perda de entropia cruzada, a regra da cadeia ∂L/∂p · ∂p/∂z se simplifica para apenas &lt;b&gt;δ = p − y&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>For softmax with the cross-entropy loss, the chain rule simplifies to &lt;b&gt;δ = p − y&lt;/b&gt; for every output (y is 1 for the point's class, 0 otherwise).</source>
        <translation>Para softmax com a perda de entropia cruzada, a regra da cadeia se simplifica para &lt;b&gt;δ = p − y&lt;/b&gt; em cada saída (y é 1 para a classe do ponto, 0 para as outras).</translation>
    </message>
    <message>
        <source>For a linear output with the squared error ½(ŷ − y)², the chain rule gives &lt;b&gt;δ = ŷ − y&lt;/b&gt;.</source>
        <translation>Para uma saída linear com o erro quadrático ½(ŷ − y)², a regra da cadeia dá &lt;b&gt;δ = ŷ − y&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Now backwards, starting at the output. &lt;b&gt;δ = ∂L/∂z&lt;/b&gt; says how much the loss changes when a neuron's z changes. {why}</source>
        <translation>Agora para trás, começando pela saída. &lt;b&gt;δ = ∂L/∂z&lt;/b&gt; diz quanto a perda muda quando o z de um neurônio muda. {why}</translation>
    </message>
    <message>
        <source>Backward from the output</source>
        <translation>Para trás a partir da saída</translation>
    </message>
    <message>
        <source>δ = ∂L/∂z
on the links: ∂L/∂w = a × δ</source>
        <translation>δ = ∂L/∂z
nas ligações: ∂L/∂w = a × δ</translation>
    </message>
    <message>
        <source>Σ w·δ (next layer) = {back}</source>
        <translation>Σ w·δ (próxima camada) = {back}</translation>
    </message>
    <message>
        <source>Backward through hidden layer {layer} ({activation})</source>
        <translation>Para trás pela camada oculta {layer} ({activation})</translation>
    </message>
    <message>
        <source>The chain rule: a neuron's δ is the δ's of the next layer, each times the weight of the link it reached them by, added up, times the slope of its own activation at its z: &lt;b&gt;δ = f′(z) × Σ w·δ&lt;/b&gt;. For {activation}, {slope}.</source>
        <translation>A regra da cadeia: o δ de um neurônio é a soma dos δ da próxima camada, cada um vezes o peso da ligação que os alcança, vezes a inclinação da sua própria ativação no seu z: &lt;b&gt;δ = f′(z) × Σ w·δ&lt;/b&gt;. Para {activation}, {slope}.</translation>
    </message>
    <message>
        <source>With dropout, the factor by which the forward pass scaled the neuron comes in too: &lt;b&gt;δ = f′(z) × m × Σ w·δ&lt;/b&gt;, with m = 0 for a neuron dropped for this point and 1/(1 − {rate}) for one kept.</source>
        <translation>Com dropout, entra também o fator pelo qual a passagem para a frente escalou o neurônio: &lt;b&gt;δ = f′(z) × m × Σ w·δ&lt;/b&gt;, com m = 0 para um neurônio descartado neste ponto e 1/(1 − {rate}) para um mantido.</translation>
    </message>
    <message>
        <source>δ = f′(z) × Σ w·δ
on the links: ∂L/∂w = a × δ</source>
        <translation>δ = f′(z) × Σ w·δ
nas ligações: ∂L/∂w = a × δ</translation>
    </message>
    <message>
        <source>Each link into this layer gets its gradient: the activation &lt;b&gt;a&lt;/b&gt; at the link's start times the &lt;b&gt;δ&lt;/b&gt; at its end, &lt;b&gt;∂L/∂w = a × δ&lt;/b&gt;.</source>
        <translation>Cada ligação que entra nesta camada recebe seu gradiente: a ativação &lt;b&gt;a&lt;/b&gt; no início da ligação vezes o &lt;b&gt;δ&lt;/b&gt; no fim dela, &lt;b&gt;∂L/∂w = a × δ&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>A bias is a link from a constant 1, so ∂L/∂b = δ: {biases}.</source>
        <translation>Um viés é uma ligação a partir de um 1 constante, então ∂L/∂b = δ: {biases}.</translation>
    </message>
</context>
<context>
    <name>walkthrough_forward</name>
    <message>
        <source>The point ({x1}, {x2}) goes in. Each input node passes one feature of it on: {values}.</source>
        <translation>O ponto ({x1}, {x2}) entra. Cada nó de entrada passa adiante uma característica dele: {values}.</translation>
    </message>
    <message>
        <source>These are the activations &lt;b&gt;a&lt;/b&gt; of the input layer. From here each layer works out its neurons from the layer before it.</source>
        <translation>Estas são as ativações &lt;b&gt;a&lt;/b&gt; da camada de entrada. A partir daqui, cada camada calcula seus neurônios a partir da camada anterior.</translation>
    </message>
    <message>
        <source>(the point is ({x1}, {x2}))</source>
        <translation>(o ponto é ({x1}, {x2}))</translation>
    </message>
    <message>
        <source>The inputs</source>
        <translation>As entradas</translation>
    </message>
    <message>
        <source>a = the features of the point</source>
        <translation>a = as características do ponto</translation>
    </message>
    <message>
        <source>carries a = {value} from {neuron}</source>
        <translation>leva a = {value} de {neuron}</translation>
    </message>
    <message>
        <source> (the output is linear)</source>
        <translation> (a saída é linear)</translation>
    </message>
    <message>
        <source>the output neuron (sigmoid)</source>
        <translation>o neurônio de saída (sigmoide)</translation>
    </message>
    <message>
        <source>the output neurons (softmax)</source>
        <translation>os neurônios de saída (softmax)</translation>
    </message>
    <message>
        <source>the output neuron (linear)</source>
        <translation>o neurônio de saída (linear)</translation>
    </message>
    <message>
        <source>The output layer: {head}</source>
        <translation>A camada de saída: {head}</translation>
    </message>
    <message>
        <source>The output neurons add up their inputs the same way, &lt;b&gt;z = Σ w·a + b&lt;/b&gt;, with the activations of the last layer as inputs.</source>
        <translation>Os neurônios de saída somam suas entradas do mesmo jeito, &lt;b&gt;z = Σ w·a + b&lt;/b&gt;, com as ativações da última camada como entradas.</translation>
    </message>
    <message>
        <source>Then the sigmoid turns z into a probability: &lt;b&gt;p = σ(z) = 1 / (1 + e⁻ᶻ)&lt;/b&gt;, the network's belief that the point is blue: p = {p}.</source>
        <translation>Depois a sigmoide transforma z numa probabilidade: &lt;b&gt;p = σ(z) = 1 / (1 + e⁻ᶻ)&lt;/b&gt;, a crença da rede de que o ponto é azul: p = {p}.</translation>
    </message>
    <message>
        <source>Then softmax turns the z's into probabilities that add up to 1: &lt;b&gt;p = eᶻ / Σ eᶻ&lt;/b&gt;, over all outputs. Here: {parts}.</source>
        <translation>Depois a softmax transforma os z em probabilidades que somam 1: &lt;b&gt;p = eᶻ / Σ eᶻ&lt;/b&gt;, sobre todas as saídas. Aqui: {parts}.</translation>
    </message>
    <message>
        <source>The output is linear: the prediction is z itself.</source>
        <translation>A saída é linear: a previsão é o próprio z.</translation>
    </message>
    <message>
        <source>z = Σ w·a + b, then {rule}
on the links: w</source>
        <translation>z = Σ w·a + b, depois {rule}
nas ligações: w</translation>
    </message>
    <message>
        <source>Hidden layer {layer} of {layers} ({activation})</source>
        <translation>Camada oculta {layer} de {layers} ({activation})</translation>
    </message>
    <message>
        <source>Each neuron adds up its inputs, each times the weight of its link, plus its bias: &lt;b&gt;z = Σ w·a + b&lt;/b&gt;. Then it applies its activation: &lt;b&gt;a = f(z)&lt;/b&gt;, here {formula}.</source>
        <translation>Cada neurônio soma suas entradas, cada uma vezes o peso da sua ligação, mais seu viés: &lt;b&gt;z = Σ w·a + b&lt;/b&gt;. Depois aplica sua ativação: &lt;b&gt;a = f(z)&lt;/b&gt;, aqui {formula}.</translation>
    </message>
    <message>
        <source> (h1.2 is neuron 2 of hidden layer 1.)</source>
        <translation> (h1.2 é o neurônio 2 da camada oculta 1.)</translation>
    </message>
    <message>
        <source>z = Σ w·a + b,  a = f(z)
on the links: w</source>
        <translation>z = Σ w·a + b,  a = f(z)
nas ligações: w</translation>
    </message>
    <message>
        <source>, dropped for this point: &lt;b&gt;a = 0&lt;/b&gt;</source>
        <translation>, descartado para este ponto: &lt;b&gt;a = 0&lt;/b&gt;</translation>
    </message>
    <message>
        <source>dropped by dropout (f(z) = {value})</source>
        <translation>descartado pelo dropout (f(z) = {value})</translation>
    </message>
    <message>
        <source>dropped: a = 0</source>
        <translation>descartado: a = 0</translation>
    </message>
    <message>
        <source>kept by dropout: a = f(z) × {scale}, f(z) = {value}</source>
        <translation>mantido pelo dropout: a = f(z) × {scale}, f(z) = {value}</translation>
    </message>
    <message>
        <source>Here p is closer to 0 or 1 than 64-bit numbers can hold, so the engine works the loss out from z instead:</source>
        <translation>Aqui p está mais perto de 0 ou 1 do que números de 64 bits conseguem guardar, então o motor calcula a perda a partir de z:</translation>
    </message>
    <message>
        <source>loss L = {value}</source>
        <translation>perda L = {value}</translation>
    </message>
    <message>
        <source>The network says p = {p} for blue; the point is {name}, so y = {y}. </source>
        <translation>A rede diz p = {p} para azul; o ponto é {name}, então y = {y}. </translation>
    </message>
    <message>
        <source>The closer p gets to 1, the smaller the loss.</source>
        <translation>Quanto mais p se aproxima de 1, menor a perda.</translation>
    </message>
    <message>
        <source>The closer p gets to 0, the smaller the loss.</source>
        <translation>Quanto mais p se aproxima de 0, menor a perda.</translation>
    </message>
    <message>
        <source>cross-entropy</source>
        <translation>entropia cruzada</translation>
    </message>
    <message>
        <source>The point is {target}. Only the probability the network gives that class counts: p({name}) = {p}. The closer it gets to 1, the smaller the loss.</source>
        <translation>O ponto é {target}. Só conta a probabilidade que a rede dá a essa classe: p({name}) = {p}. Quanto mais ela se aproxima de 1, menor a perda.</translation>
    </message>
    <message>
        <source>The network predicts ŷ = {prediction}; the point's value is y = {y}.</source>
        <translation>A rede prevê ŷ = {prediction}; o valor do ponto é y = {y}.</translation>
    </message>
    <message>
        <source>squared error</source>
        <translation>erro quadrático</translation>
    </message>
    <message>
        <source>The loss ({name}) measures how wrong that is:</source>
        <translation>A perda ({name}) mede o tamanho desse erro:</translation>
    </message>
    <message>
        <source>Regularization adds {penalty} over all weights, so in total {total}.</source>
        <translation>A regularização soma {penalty} sobre todos os pesos, então no total {total}.</translation>
    </message>
    <message>
        <source>Learning means changing the weights so that this number goes down. The backward pass works out which way each weight should move.</source>
        <translation>Aprender significa mudar os pesos para que este número diminua. A passagem para trás descobre para que lado cada peso deve se mover.</translation>
    </message>
    <message>
        <source>L: how wrong
the prediction is</source>
        <translation>L: quão errada
está a previsão</translation>
    </message>
    <message>
        <source>The loss on this point</source>
        <translation>A perda neste ponto</translation>
    </message>
</context>
<context>
    <name>walkthrough_jobs</name>
    <message>
        <source>Compare is on: turn it off (C) to walk through one network</source>
        <translation>Comparar está ligado: desligue-o (C) para percorrer uma só rede</translation>
    </message>
    <message>
        <source>there are no training points to pick from yet</source>
        <translation>ainda não há pontos de treinamento para escolher</translation>
    </message>
    <message>
        <source>training point {number}</source>
        <translation>ponto de treinamento {number}</translation>
    </message>
</context>
<context>
    <name>walkthrough_overlay</name>
    <message>
        <source>Dropped by dropout for this point: it passes 0 on and gets δ = 0</source>
        <translation>Descartado pelo dropout para este ponto: ele passa 0 adiante e recebe δ = 0</translation>
    </message>
</context>
<context>
    <name>walkthrough_panel</name>
    <message>
        <source>Backprop, step by step</source>
        <translation>Retropropagação passo a passo</translation>
    </message>
    <message>
        <source>Close the walkthrough (Esc); the loss chart comes back</source>
        <translation>Fechar o passo a passo (Esc); o gráfico de perda volta</translation>
    </message>
    <message>
        <source>Random point</source>
        <translation>Ponto aleatório</translation>
    </message>
    <message>
        <source>Take a random training point (or click any point on the plot above)</source>
        <translation>Pegar um ponto de treinamento aleatório (ou clique em qualquer ponto do gráfico acima)</translation>
    </message>
    <message>
        <source>The forward pass: each layer computes z = Σ w·a + b and a = f(z) (click to jump there)</source>
        <translation>A passagem para a frente: cada camada calcula z = Σ w·a + b e a = f(z) (clique para ir até lá)</translation>
    </message>
    <message>
        <source>The loss: how far the prediction is from the target (click to jump there)</source>
        <translation>A perda: quão longe a previsão está do alvo (clique para ir até lá)</translation>
    </message>
    <message>
        <source>The backward pass: δ = ∂L/∂z from the output back, by the chain rule (click to jump there)</source>
        <translation>A passagem para trás: δ = ∂L/∂z da saída para trás, pela regra da cadeia (clique para ir até lá)</translation>
    </message>
    <message>
        <source>The weight update: each weight moves against its gradient (click to jump there)</source>
        <translation>A atualização dos pesos: cada peso se move contra seu gradiente (clique para ir até lá)</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Voltar</translation>
    </message>
    <message>
        <source>The step before (←)</source>
        <translation>O passo anterior (←)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Próximo ▶</translation>
    </message>
    <message>
        <source>The next step (→)</source>
        <translation>O próximo passo (→)</translation>
    </message>
    <message>
        <source>Autoplay</source>
        <translation>Reprodução automática</translation>
    </message>
    <message>
        <source>Go through the steps by itself, one every {seconds} seconds; it stops before the update</source>
        <translation>Percorrer os passos sozinho, um a cada {seconds} segundos; para antes da atualização</translation>
    </message>
    <message>
        <source>Apply update</source>
        <translation>Aplicar atualização</translation>
    </message>
    <message>
        <source>Make exactly this update to the network's weights (A); the boundary moves. Undo with Ctrl+Z.</source>
        <translation>Fazer exatamente esta atualização nos pesos da rede (A); a fronteira se move. Desfaça com Ctrl+Z.</translation>
    </message>
    <message>
        <source>Which step of the walkthrough is on show</source>
        <translation>Qual passo do passo a passo está sendo exibido</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pick a point:&lt;/b&gt; Next (→) picks one worth a look and says why; or click a point on the plot above, or take a random one.</source>
        <translation>&lt;b&gt;Escolha um ponto:&lt;/b&gt; Próximo (→) escolhe um que vale a pena ver e diz por quê; ou clique num ponto do gráfico acima, ou pegue um aleatório.</translation>
    </message>
    <message>
        <source>&lt;p style='font-size:{size}pt'&gt;Backpropagation in four steps, with this network's own numbers for one point:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Forward pass&lt;/b&gt;: the point goes through the network layer by layer.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Loss&lt;/b&gt;: how far the prediction is from the point's true label.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Backward pass&lt;/b&gt;: the chain rule finds how each weight changed the loss, from the output back.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Weight update&lt;/b&gt;: every weight moves a little against its gradient.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p style='font-size:{size}pt'&gt;A retropropagação em quatro passos, com os números desta rede para um ponto:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Passagem para a frente&lt;/b&gt;: o ponto atravessa a rede camada por camada.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Perda&lt;/b&gt;: quão longe a previsão está do rótulo verdadeiro do ponto.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Passagem para trás&lt;/b&gt;: a regra da cadeia descobre como cada peso mudou a perda, da saída para trás.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Atualização dos pesos&lt;/b&gt;: cada peso se move um pouco contra seu gradiente.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>step {number} of {count}</source>
        <translation>passo {number} de {count}</translation>
    </message>
</context>
<context>
    <name>walkthrough_pick</name>
    <message>
        <source>This point is one the network gets wrong: it calls it {predicted}, but the point is {target}.</source>
        <translation>Este é um ponto que a rede erra: ela o chama de {predicted}, mas o ponto é {target}.</translation>
    </message>
    <message>
        <source> It is the only training point the network gets wrong.</source>
        <translation> É o único ponto de treinamento que a rede erra.</translation>
    </message>
    <message numerus="yes">
        <source> Of the %n training points it gets wrong, this one has the largest loss.</source>
        <translation><numerusform> Dos %n pontos de treinamento que ela erra, este tem a maior perda.</numerusform><numerusform> Dos %n pontos de treinamento que ela erra, este tem a maior perda.</numerusform></translation>
    </message>
    <message>
        <source>This is the training point with the largest loss: the prediction is furthest from the point's value here.</source>
        <translation>Este é o ponto de treinamento com a maior perda: aqui a previsão está mais longe do valor do ponto.</translation>
    </message>
    <message>
        <source>The network gets every training point right; this is the one with the largest loss.</source>
        <translation>A rede acerta todos os pontos de treinamento; este é o que tem a maior perda.</translation>
    </message>
    <message>
        <source>The walkthrough picked this point because the network got it wrong; with the weights as they are now, it gets it right.</source>
        <translation>O passo a passo escolheu este ponto porque a rede o errava; com os pesos como estão agora, ela o acerta.</translation>
    </message>
    <message>
        <source>The walkthrough picked this point because its loss was the largest; with the weights as they are now, another point's loss is larger.</source>
        <translation>O passo a passo escolheu este ponto porque a perda dele era a maior; com os pesos como estão agora, a perda de outro ponto é maior.</translation>
    </message>
</context>
<context>
    <name>walkthrough_sample</name>
    <message>
        <source>it switched off none of them this time</source>
        <translation>o dropout não desligou nenhum deles desta vez</translation>
    </message>
    <message>
        <source>it switched off {neurons} (crossed out): their a is 0, so nothing from them reaches the next layer, and they learn nothing from this point</source>
        <translation>o dropout desligou {neurons} (riscados): o a deles é 0, então nada deles chega à próxima camada, e eles não aprendem nada com este ponto</translation>
    </message>
    <message>
        <source>it switched off {neurons} (crossed out): its a is 0, so nothing from it reaches the next layer, and it learns nothing from this point</source>
        <translation>o dropout desligou {neurons} (riscado): seu a é 0, então nada dele chega à próxima camada, e ele não aprende nada com este ponto</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dropout {rate}&lt;/b&gt; is on in this layer: while training, each neuron is switched off for each point with probability {rate}. For this point {which}. The neurons kept are scaled by 1/(1 − {rate}), so that the layer passes on as much on average. Evaluation, the loss curve and the maps use every neuron.</source>
        <translation>&lt;b&gt;Dropout {rate}&lt;/b&gt; está ligado nesta camada: durante o treinamento, cada neurônio é desligado para cada ponto com probabilidade {rate}. Para este ponto, {which}. Os neurônios mantidos são multiplicados por 1/(1 − {rate}), para que a camada passe adiante o mesmo, em média. A avaliação, a curva de perda e os mapas usam todos os neurônios.</translation>
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
        <translation>as entradas</translation>
    </message>
    <message>
        <source>the output layer</source>
        <translation>a camada de saída</translation>
    </message>
    <message>
        <source>hidden layer {layer} of {layers}</source>
        <translation>camada oculta {layer} de {layers}</translation>
    </message>
    <message>
        <source>y = {y} (the point is {name})</source>
        <translation>y = {y} (o ponto é {name})</translation>
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
        <translation>Para a frente</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Perda</translation>
    </message>
    <message>
        <source>Backward pass</source>
        <translation>Para trás</translation>
    </message>
    <message>
        <source>Weight update</source>
        <translation>Atualização dos pesos</translation>
    </message>
    <message>
        <source>The loss on this point stayed exactly {loss}.</source>
        <translation>A perda neste ponto ficou exatamente {loss}.</translation>
    </message>
    <message>
        <source>The loss on this point fell by {change}: too little to show at {digits} digits, where it reads {loss} before and after.</source>
        <translation>A perda neste ponto caiu {change}: pouco demais para aparecer com {digits} dígitos, em que ela fica {loss} antes e depois.</translation>
    </message>
    <message>
        <source>The loss on this point rose by {change}: too little to show at {digits} digits, where it reads {loss} before and after.</source>
        <translation>A perda neste ponto subiu {change}: pouco demais para aparecer com {digits} dígitos, em que ela fica {loss} antes e depois.</translation>
    </message>
    <message>
        <source>The loss on this point fell from {old} to {new}.</source>
        <translation>A perda neste ponto caiu de {old} para {new}.</translation>
    </message>
    <message>
        <source>The loss on this point rose from {old} to {new}.</source>
        <translation>A perda neste ponto subiu de {old} para {new}.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;i&gt;… and %n more links: hover over them in the network.&lt;/i&gt;</source>
        <translation><numerusform>&lt;i&gt;… e mais %n ligação: passe o mouse sobre ela na rede.&lt;/i&gt;</numerusform><numerusform>&lt;i&gt;… e mais %n ligações: passe o mouse sobre elas na rede.&lt;/i&gt;</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>&lt;i&gt;… and %n more neurons: hover over them in the network.&lt;/i&gt;</source>
        <translation><numerusform>&lt;i&gt;… e mais %n neurônio: passe o mouse sobre ele na rede.&lt;/i&gt;</numerusform><numerusform>&lt;i&gt;… e mais %n neurônios: passe o mouse sobre eles na rede.&lt;/i&gt;</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>… (%n more)</source>
        <translation><numerusform>… (mais %n)</numerusform><numerusform>… (mais %n)</numerusform></translation>
    </message>
</context>
<context>
    <name>walkthrough_tfp</name>
    <message>
        <source>the output neuron (tanh, as in TensorFlow Playground)</source>
        <translation>o neurônio de saída (tanh, como no TensorFlow Playground)</translation>
    </message>
    <message>
        <source>½ squared error</source>
        <translation>½ erro quadrático</translation>
    </message>
    <message>
        <source>Then tanh turns z into the output &lt;b&gt;ŷ = tanh(z)&lt;/b&gt;, between −1 and 1, as TensorFlow Playground's does: near +1 says {yes}, near −1 says {no}. Here ŷ = {output}.</source>
        <translation>Depois a tanh transforma z na saída &lt;b&gt;ŷ = tanh(z)&lt;/b&gt;, entre −1 e 1, como a do TensorFlow Playground: perto de +1 diz {yes}, perto de −1 diz {no}. Aqui ŷ = {output}.</translation>
    </message>
    <message>
        <source>The network says ŷ = {output}; the point is {name}, so its target is t = {target} (TensorFlow Playground's labels are −1 and +1). The closer ŷ gets to t, the smaller the loss.</source>
        <translation>A rede diz ŷ = {output}; o ponto é {name}, então seu alvo é t = {target} (os rótulos do TensorFlow Playground são −1 e +1). Quanto mais ŷ se aproxima de t, menor a perda.</translation>
    </message>
    <message>
        <source>For TensorFlow Playground's tanh output with the squared error ½(ŷ − t)², the chain rule gives &lt;b&gt;δ = (ŷ − t)·(1 − ŷ²)&lt;/b&gt;: the slope of tanh, 1 − ŷ², makes δ small whenever ŷ is near +1 or −1, even near the wrong one.</source>
        <translation>Para a saída tanh do TensorFlow Playground com o erro quadrático ½(ŷ − t)², a regra da cadeia dá &lt;b&gt;δ = (ŷ − t)·(1 − ŷ²)&lt;/b&gt;: a inclinação da tanh, 1 − ŷ², torna δ pequeno sempre que ŷ está perto de +1 ou −1, mesmo perto do errado.</translation>
    </message>
    <message>
        <source>w = 0 stays &lt;b&gt;0&lt;/b&gt;: in TensorFlow Playground's L1 rule a weight that L1 has set to zero stays there.</source>
        <translation>w = 0 fica &lt;b&gt;0&lt;/b&gt;: na regra de L1 do TensorFlow Playground, um peso que a L1 zerou fica em zero.</translation>
    </message>
    <message>
        <source>: L1's own pull, η·λ₁ = {pull}, carries it across zero, so TensorFlow Playground's L1 rule sets it to exactly &lt;b&gt;0&lt;/b&gt;.</source>
        <translation>: o puxão próprio da L1, η·λ₁ = {pull}, o faz cruzar o zero, então a regra de L1 do TensorFlow Playground o define exatamente como &lt;b&gt;0&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>L1's own pull, η·λ₁ = {pull}, carries w = {weight} across zero in this {optimizer} step, so TensorFlow Playground's L1 rule sets it to exactly &lt;b&gt;0&lt;/b&gt;.</source>
        <translation>O puxão próprio da L1, η·λ₁ = {pull}, faz w = {weight} cruzar o zero neste passo do {optimizer}, então a regra de L1 do TensorFlow Playground o define exatamente como &lt;b&gt;0&lt;/b&gt;.</translation>
    </message>
</context>
<context>
    <name>walkthrough_update</name>
    <message>
        <source>&lt;b&gt;w ← w − η·∂L/∂w&lt;/b&gt;, with the learning rate η = {rate}.</source>
        <translation>&lt;b&gt;w ← w − η·∂L/∂w&lt;/b&gt;, com a taxa de aprendizado η = {rate}.</translation>
    </message>
    <message>
        <source>The optimizer is {optimizer}, with g = ∂L/∂w: &lt;b&gt;{rule}&lt;/b&gt; ({constants}); m′ and v′ are m and v corrected for the first steps. Its memory of earlier steps changes how far each weight moves.</source>
        <translation>O otimizador é {optimizer}, com g = ∂L/∂w: &lt;b&gt;{rule}&lt;/b&gt; ({constants}); m′ e v′ são m e v corrigidos para os primeiros passos. Sua memória dos passos anteriores muda o quanto cada peso se move.</translation>
    </message>
    <message>
        <source>The optimizer is {optimizer}, with g = ∂L/∂w: &lt;b&gt;{rule}&lt;/b&gt; ({constants}). Its memory of earlier steps changes how far each weight moves.</source>
        <translation>O otimizador é {optimizer}, com g = ∂L/∂w: &lt;b&gt;{rule}&lt;/b&gt; ({constants}). Sua memória dos passos anteriores muda o quanto cada peso se move.</translation>
    </message>
    <message>
        <source>w = 0 stays &lt;b&gt;0&lt;/b&gt;: the data pull it with ∂L/∂w = {gradient}, no harder than L1's pull back to zero, λ₁ = {l1}.</source>
        <translation>w = 0 fica &lt;b&gt;0&lt;/b&gt;: os dados o puxam com ∂L/∂w = {gradient}, não mais forte que o puxão da L1 de volta a zero, λ₁ = {l1}.</translation>
    </message>
    <message>
        <source>, across zero, so L1 sets it to exactly &lt;b&gt;0&lt;/b&gt;.</source>
        <translation>, cruzando o zero, então a L1 o define exatamente como &lt;b&gt;0&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>the {optimizer} step would carry w = {weight} across zero, so L1 sets it to exactly &lt;b&gt;0&lt;/b&gt;.</source>
        <translation>o passo do {optimizer} faria w = {weight} cruzar o zero, então a L1 o define exatamente como &lt;b&gt;0&lt;/b&gt;.</translation>
    </message>
    <message>
        <source> (changes by {change})</source>
        <translation> (muda {change})</translation>
    </message>
    <message>
        <source>new w = {weight}</source>
        <translation>novo w = {weight}</translation>
    </message>
    <message>
        <source>{neuron}: bias b = {bias}</source>
        <translation>{neuron}: viés b = {bias}</translation>
    </message>
    <message>
        <source>new b = {bias}</source>
        <translation>novo b = {bias}</translation>
    </message>
    <message>
        <source>bias of {neuron}: {update}</source>
        <translation>viés de {neuron}: {update}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Into {layer}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Entrando em {layer}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Where a change is too small to show at {digits} digits, it is written after the new value: “(changes by …)”.</source>
        <translation>Onde uma mudança é pequena demais para aparecer com {digits} dígitos, ela é escrita depois do novo valor: “(muda …)”.</translation>
    </message>
    <message>
        <source>Every weight and bias now moves a small step against its gradient, which lowers the loss on this point unless the step is too large. {rule}</source>
        <translation>Cada peso e viés agora dá um pequeno passo contra seu gradiente, o que diminui a perda neste ponto, a não ser que o passo seja grande demais. {rule}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Apply&lt;/b&gt; makes exactly this update in the network, and the boundary on the right is drawn again with the new weights.</source>
        <translation>&lt;b&gt;Aplicar&lt;/b&gt; faz exatamente esta atualização na rede, e a fronteira à direita é desenhada de novo com os novos pesos.</translation>
    </message>
    <message>
        <source>{rule}
on the links: the change Δw</source>
        <translation>{rule}
nas ligações: a mudança Δw</translation>
    </message>
    <message>
        <source>The weight update ({optimizer})</source>
        <translation>A atualização dos pesos ({optimizer})</translation>
    </message>
</context>
<context>
    <name>warnings_check</name>
    <message>
        <source>The rule: while much is left to learn (training accuracy under 90 %, or a regression loss above half its start), a hidden layer is starved (vanishing) when its weights change less than 1/50 as fast for their size as the output layer's, ‖∂L/∂W‖/‖W‖ on the whole training set. A network that has learned has small gradients everywhere, and that is not vanishing. Exploding: one step (learning rate × gradient) would change a layer's weights by more than their own size, or training diverged.</source>
        <translation>A regra: enquanto ainda há muito a aprender (acurácia de treinamento abaixo de 90 %, ou uma perda de regressão acima da metade da inicial), uma camada oculta está sem aprender (gradiente que desaparece) quando seus pesos mudam, em relação ao tamanho deles, menos de 1/50 da velocidade dos da camada de saída, ‖∂L/∂W‖/‖W‖ sobre todo o conjunto de treinamento. Uma rede que já aprendeu tem gradientes pequenos em todo lugar, e isso não é desaparecimento do gradiente. Explosão: um passo (taxa de aprendizado × gradiente) mudaria os pesos de uma camada em mais do que o próprio tamanho deles, ou o treinamento divergiu.</translation>
    </message>
    <message>
        <source>Dead ReLU: it outputs 0 on every training point, so it passes nothing on and its weights get no gradient; it will not come back by itself. The usual cause is a learning rate too large, which threw its weights far negative. Leaky ReLU never dies.</source>
        <translation>ReLU morta: ela dá 0 em todos os pontos de treinamento, então não passa nada adiante e seus pesos não recebem gradiente; ela não volta sozinha. A causa comum é uma taxa de aprendizado grande demais, que jogou seus pesos para valores muito negativos. A leaky ReLU nunca morre.</translation>
    </message>
    <message>
        <source>View › Gradients (G) shows which layers hardly learn.</source>
        <translation>Exibir › Gradientes (G) mostra quais camadas quase não aprendem.</translation>
    </message>
    <message>
        <source>hidden layer {number}</source>
        <translation>a camada oculta {number}</translation>
    </message>
    <message>
        <source>hidden layers {numbers}</source>
        <translation>as camadas ocultas {numbers}</translation>
    </message>
    <message>
        <source>the output layer</source>
        <translation>a camada de saída</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} e {last}</translation>
    </message>
    <message>
        <source>so the network gives every point the same answer and cannot learn</source>
        <translation>então a rede dá a mesma resposta a todos os pontos e não consegue aprender</translation>
    </message>
    <message>
        <source>so they get no gradient and will not come back</source>
        <translation>então eles não recebem gradiente e não vão voltar</translation>
    </message>
    <message>
        <source>Likely cause: the learning rate ({rate}) is so large that a step threw their weights far negative; lower it and press reset, or use leaky ReLU.</source>
        <translation>Causa provável: a taxa de aprendizado ({rate}) é tão grande que um passo jogou seus pesos para valores muito negativos; diminua-a e pressione reiniciar, ou use leaky ReLU.</translation>
    </message>
    <message>
        <source>Likely cause: a large step or a negative bias pushed their weighted sums below zero for every point; try leaky ReLU, a smaller learning rate, or reset.</source>
        <translation>Causa provável: um passo grande ou um viés negativo empurrou suas somas ponderadas para baixo de zero em todos os pontos; experimente leaky ReLU, uma taxa de aprendizado menor ou reiniciar.</translation>
    </message>
    <message>
        <source>Dead ReLUs: 1 neuron of {where} outputs 0 on every training point, {effect}. {cause}</source>
        <translation>ReLUs mortas: 1 neurônio de {where} dá 0 em todos os pontos de treinamento, {effect}. {cause}</translation>
    </message>
    <message>
        <source>Dead ReLUs: {count} of {where} output 0 on every training point, {effect}. {cause}</source>
        <translation>ReLUs mortas: {count} de {where} dão 0 em todos os pontos de treinamento, {effect}. {cause}</translation>
    </message>
    <message>
        <source>both neurons</source>
        <translation>os dois neurônios</translation>
    </message>
    <message numerus="yes">
        <source>all %n neurons</source>
        <translation><numerusform>todos os %n neurônios</numerusform><numerusform>todos os %n neurônios</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n neurons</source>
        <translation><numerusform>%n neurônio</numerusform><numerusform>%n neurônios</numerusform></translation>
    </message>
    <message>
        <source>Exploding gradients: one step would change the weights of {layer} by {ratio}× their own size (learning rate × gradient); each such step makes the next gradient larger. Lower the learning rate.</source>
        <translation>Gradientes explodindo: um passo mudaria os pesos de {layer} em {ratio}× o próprio tamanho deles (taxa de aprendizado × gradiente); cada passo assim torna o próximo gradiente maior. Diminua a taxa de aprendizado.</translation>
    </message>
    <message>
        <source>accuracy {accuracy}</source>
        <translation>acurácia {accuracy}</translation>
    </message>
    <message>
        <source>the loss is still {loss}</source>
        <translation>a perda ainda é {loss}</translation>
    </message>
    <message>
        <source> (≤ 0.25 for sigmoid): try fewer layers, tanh or ReLU.</source>
        <translation> (≤ 0.25 para a sigmoide): experimente menos camadas, tanh ou ReLU.</translation>
    </message>
    <message>
        <source>, near 0 for saturated neurons: try a smaller learning rate or fewer layers.</source>
        <translation>, perto de 0 para neurônios saturados: experimente uma taxa de aprendizado menor ou menos camadas.</translation>
    </message>
    <message>
        <source>Vanishing gradients: {layers} learns under 1/50 as fast as the output layer (layer {worst}: 1/{ratio}) with much left to learn ({left}). Each layer back multiplies the gradient by w·f′(z){advice}</source>
        <translation>Gradiente que desaparece: {layers} aprende menos de 1/50 da velocidade da camada de saída (camada {worst}: 1/{ratio}) com muito ainda a aprender ({left}). Cada camada para trás multiplica o gradiente por w·f′(z){advice}</translation>
    </message>
    <message>
        <source>Vanishing gradients: {layers} learn under 1/50 as fast as the output layer (layer {worst}: 1/{ratio}) with much left to learn ({left}). Each layer back multiplies the gradient by w·f′(z){advice}</source>
        <translation>Gradiente que desaparece: {layers} aprendem menos de 1/50 da velocidade da camada de saída (camada {worst}: 1/{ratio}) com muito ainda a aprender ({left}). Cada camada para trás multiplica o gradiente por w·f′(z){advice}</translation>
    </message>
    <message>
        <source>Stuck: no better loss for {epochs} epochs, because of the dead neurons.</source>
        <translation>Travado: nenhuma perda melhor por {epochs} épocas, por causa dos neurônios mortos.</translation>
    </message>
    <message>
        <source>Stuck: accuracy at chance ({chance}) for {epochs} epochs, because of the dead neurons.</source>
        <translation>Travado: acurácia no nível do acaso ({chance}) por {epochs} épocas, por causa dos neurônios mortos.</translation>
    </message>
    <message>
        <source>Stuck: no better loss in the last {epochs} epochs. Try another learning rate, tanh or ReLU rather than sigmoid, fewer layers, or reset for new starting weights.</source>
        <translation>Travado: nenhuma perda melhor nas últimas {epochs} épocas. Experimente outra taxa de aprendizado, tanh ou ReLU em vez de sigmoide, menos camadas, ou reiniciar para novos pesos iniciais.</translation>
    </message>
    <message>
        <source>Stuck: no better loss in the last {epochs} epochs and accuracy at chance ({chance}, the commonest class's share). Try another learning rate, tanh or ReLU rather than sigmoid, fewer layers, or reset for new starting weights.</source>
        <translation>Travado: nenhuma perda melhor nas últimas {epochs} épocas e acurácia no nível do acaso ({chance}, a fração da classe mais comum). Experimente outra taxa de aprendizado, tanh ou ReLU em vez de sigmoide, menos camadas, ou reiniciar para novos pesos iniciais.</translation>
    </message>
</context>
<context>
    <name>worker</name>
    <message>
        <source>Internal error, training paused: {error}</source>
        <translation>Erro interno, treinamento pausado: {error}</translation>
    </message>
    <message>
        <source>Not changed: {reason}</source>
        <translation>Não alterado: {reason}</translation>
    </message>
    <message>
        <source>Training goes on in the window's own process ({reason}).</source>
        <translation>O treinamento continua no próprio processo da janela ({reason}).</translation>
    </message>
</context>
</TS>