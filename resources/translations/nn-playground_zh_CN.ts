<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>activations</name>
    <message>
        <source>Linear</source>
        <translation>线性</translation>
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
        <translation>激活函数必须是 {choices} 之一；得到的是 {value}</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>位置参数</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>显示此帮助信息并退出</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>缺少以下必需参数：%s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>无法识别的参数：%s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>需要一个参数</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>无效的选择：%(value)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>参数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>无效的 %(type)s 值：%(value)r</translation>
    </message>
</context>
<context>
    <name>autosave</name>
    <message>
        <source>Restore your work?</source>
        <translation>恢复你的工作？</translation>
    </message>
    <message>
        <source>NN Playground did not close properly last time.

Restore “{name}”, saved automatically at {time} on {date}?</source>
        <translation>NN Playground 上次没有正常关闭。

要恢复“{name}”吗？它于 {date} {time} 自动保存。</translation>
    </message>
    <message>
        <source>Cannot restore the autosave</source>
        <translation>无法恢复自动保存</translation>
    </message>
</context>
<context>
    <name>banner</name>
    <message>
        <source>{reason} Press play to continue.</source>
        <translation>{reason}按播放继续。</translation>
    </message>
</context>
<context>
    <name>bias_marks</name>
    <message>
        <source>Bias of this neuron (blue positive, orange negative)</source>
        <translation>此神经元的偏置（蓝色为正，橙色为负）</translation>
    </message>
</context>
<context>
    <name>bounded_json</name>
    <message>
        <source>the file is not valid JSON (line {line}, column {column}: {error})</source>
        <translation>文件不是有效的 JSON（第 {line} 行，第 {column} 列：{error}）</translation>
    </message>
    <message>
        <source>the JSON is nested more than {limit} deep</source>
        <translation>JSON 嵌套超过 {limit} 层</translation>
    </message>
    <message>
        <source>the file holds {count} arrays and objects; a project holds at most {limit}</source>
        <translation>文件含有 {count} 个数组和对象；一个项目最多含 {limit} 个</translation>
    </message>
    <message>
        <source>the file holds more than {limit} values, more than a project holds</source>
        <translation>文件含有超过 {limit} 个值，超出了一个项目能含有的数量</translation>
    </message>
    <message>
        <source>the file holds {count} strings; a project holds at most {limit}</source>
        <translation>文件含有 {count} 个字符串；一个项目最多含 {limit} 个</translation>
    </message>
    <message>
        <source>the JSON is nested {depth} deep; a project nests at most {limit}</source>
        <translation>JSON 嵌套了 {depth} 层；一个项目最多嵌套 {limit} 层</translation>
    </message>
    <message>
        <source>the file holds a string of {length} characters (the value of "{key}"); at most {limit}</source>
        <translation>文件含有一个 {length} 个字符的字符串（"{key}" 的值）；最多 {limit} 个</translation>
    </message>
    <message>
        <source>the file holds a string of {length} characters; at most {limit}</source>
        <translation>文件含有一个 {length} 个字符的字符串；最多 {limit} 个</translation>
    </message>
    <message>
        <source>the file holds a whole number of {count} digits; numbers in a project have at most {limit}</source>
        <translation>文件含有一个 {count} 位的整数；项目中的数字最多 {limit} 位</translation>
    </message>
    <message>
        <source>the file holds {name}, which is not a number a project may hold</source>
        <translation>文件含有 {name}，这不是项目能含有的数字</translation>
    </message>
</context>
<context>
    <name>checkpoint_store</name>
    <message>
        <source>Checkpoints: every epoch recorded for the last {recent}, then every 2nd, 4th, 8th … further back; {kept} kept, {size} MB of at most {limit} MB. Epochs between checkpoints are recomputed exactly from the nearest earlier one.</source>
        <translation>检查点：最近 {recent} 轮每轮都记录，再往前每隔 2、4、8 … 轮记录一次；已保留 {kept} 个，共 {size} MB，最多 {limit} MB。检查点之间的轮次会从最近的前一个检查点精确地重新计算出来。</translation>
    </message>
</context>
<context>
    <name>class_button</name>
    <message>
        <source>Paint class {number} ({colour}); key {key}. A third class makes the network multi-class, keeping what it learned.</source>
        <translation>绘制类别 {number}（{colour}）；按键 {key}。出现第三个类别时，网络变为多分类，并保留已学到的内容。</translation>
    </message>
    <message>
        <source>Class {number}, {colour}</source>
        <translation>类别 {number}，{colour}</translation>
    </message>
</context>
<context>
    <name>class_folder</name>
    <message>
        <source>only the first {limit} names in the folder were looked at</source>
        <translation>只查看了文件夹中的前 {limit} 个名称</translation>
    </message>
    <message>
        <source>{count} more hand-ins left out: a class folder shows at most {limit}</source>
        <translation>另有 {count} 份作业未列出：班级文件夹最多显示 {limit} 份</translation>
    </message>
    <message>
        <source>too large to read ({error})</source>
        <translation>太大，无法读取（{error}）</translation>
    </message>
    <message>
        <source>cannot be read: {error}</source>
        <translation>无法读取：{error}</translation>
    </message>
    <message>
        <source>a project, not a hand-in (no name or results in it)</source>
        <translation>这是项目，不是提交的作业（其中没有姓名或结果）</translation>
    </message>
</context>
<context>
    <name>class_model</name>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>轮数</translation>
    </message>
    <message>
        <source>Train
loss</source>
        <translation>训练
损失</translation>
    </message>
    <message>
        <source>Test
loss</source>
        <translation>测试
损失</translation>
    </message>
    <message>
        <source>Train
accuracy</source>
        <translation>训练
准确率</translation>
    </message>
    <message>
        <source>Test
accuracy</source>
        <translation>测试
准确率</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Handed in
(UTC)</source>
        <translation>提交时间
(UTC)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Cannot read {folder}: {problem}</source>
        <translation>无法读取 {folder}：{problem}</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>{prog}: error: {message} (see {prog} --help)</source>
        <translation>{prog}：错误：{message}（见 {prog} --help）</translation>
    </message>
    <message>
        <source>{text} is not a whole number</source>
        <translation>{text} 不是整数</translation>
    </message>
    <message>
        <source>must be from 1 to {most}; got {value}</source>
        <translation>必须在 1 到 {most} 之间；得到的是 {value}</translation>
    </message>
    <message>
        <source>must be from 32 to 4096 pixels; got {value}</source>
        <translation>必须在 32 到 4096 像素之间；得到的是 {value}</translation>
    </message>
    <message>
        <source>NN Playground: draw a network, pick or paint data, press play and watch backpropagation learn. With no command it opens the window.</source>
        <translation>NN Playground：画出网络，选择或绘制数据，按播放，观察反向传播如何学习。不带命令时打开窗口。</translation>
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
        <translation>示例：
  {prog}                                  打开窗口
  {prog} open lesson.nnplay               在窗口中打开项目或课程
  {prog} lessons                          列出自带的课程
  {prog} run work.nnplay --epochs 500 --report out.json --export-boundary out.png
  {prog} check hand-ins/                  检查文件夹中的每个项目和 CSV
  {prog} class hand-ins/ --csv grades.csv  把一个作业文件夹汇总成成绩册
  {prog} export work.nnplay --pytorch work.py   把网络导出为 PyTorch 脚本
  {prog} selftest                         检查这份应用是否正常工作
运行 '{prog} COMMAND --help' 查看命令的选项。</translation>
    </message>
    <message>
        <source>the language of the window and of these messages: {codes} (default: as chosen in View &gt; Language, else the system's)</source>
        <translation>窗口和这些消息的语言：{codes}（默认：视图 &gt; 语言中选择的语言，否则用系统语言）</translation>
    </message>
    <message>
        <source>open the window in projector mode: larger type, thicker lines, bigger points (View &gt; Projector mode switches it; it is remembered)</source>
        <translation>以投影模式打开窗口：字更大、线更粗、点更大（视图 &gt; 投影模式可切换；会被记住）</translation>
    </message>
    <message>
        <source>open the window, optionally with a project or lesson file (the default)</source>
        <translation>打开窗口，可附带一个项目或课程文件（默认）</translation>
    </message>
    <message>
        <source>Open the NN Playground window, optionally with a project or lesson file.</source>
        <translation>打开 NN Playground 窗口，可附带一个项目或课程文件。</translation>
    </message>
    <message>
        <source>a .nnplay project or lesson file, or a bundled lesson's name</source>
        <translation>.nnplay 项目或课程文件，或自带课程的名称</translation>
    </message>
    <message>
        <source>train a project without a window and report the result</source>
        <translation>不打开窗口训练项目并报告结果</translation>
    </message>
    <message>
        <source>Train a project or lesson without a window, showing a progress bar on stderr, then write the final losses and accuracies. Training stops early if it diverges. A project with Compare on trains every lane for N epochs and reports each lane. A project whose data holds no training point is refused.</source>
        <translation>不打开窗口训练项目或课程，在 stderr 上显示进度条，然后写出最终的损失和准确率。如果训练发散则提前停止。开启比较的项目会把每条赛道训练 N 轮并分别报告。数据中没有训练点的项目会被拒绝。</translation>
    </message>
    <message>
        <source>The report is JSON: {epochs, final_epoch, train_loss, test_loss, train_accuracy, test_accuracy, diverged, seconds, warnings}; epochs counts this run's epochs, accuracy is null for regression; warnings lists {kind, layers, message} for what went wrong by the end (the window's rules: vanishing, exploding, dead_neurons, stuck, diverged). With Compare on it adds lanes, a list with each lane's {name, settings, overrides} and the same figures, and focus, the name of the lane the window shows, whose figures are the top-level ones (and the exported pictures). Exit codes: 0 done (even if training diverged), 1 an error (unreadable or invalid file, no training data, a file that cannot be written), 2 a usage mistake.</source>
        <translation>报告为 JSON：{epochs, final_epoch, train_loss, test_loss, train_accuracy, test_accuracy, diverged, seconds, warnings}；epochs 是本次运行的轮数，回归问题的 accuracy 为 null；warnings 列出到最后出了什么问题的 {kind, layers, message}（与窗口的规则相同：vanishing、exploding、dead_neurons、stuck、diverged）。开启比较时还会加上 lanes，一个列表，含每条赛道的 {name, settings, overrides} 及相同的数据，以及 focus，即窗口显示的赛道名称，其数据就是顶层的数据（以及导出的图片）。退出码：0 完成（即使训练发散），1 出错（文件无法读取或无效、没有训练数据、文件无法写入），2 用法错误。</translation>
    </message>
    <message>
        <source>the .nnplay project or lesson to train (or a bundled lesson's name)</source>
        <translation>要训练的 .nnplay 项目或课程（或自带课程的名称）</translation>
    </message>
    <message>
        <source>how many epochs to train (1 to {most})</source>
        <translation>训练多少轮（1 到 {most}）</translation>
    </message>
    <message>
        <source>write the final figures to this JSON file</source>
        <translation>把最终数据写入这个 JSON 文件</translation>
    </message>
    <message>
        <source>save the decision boundary with the training data as a picture (.png, or .svg by suffix)</source>
        <translation>把决策边界和训练数据保存为图片（.png，或按后缀存为 .svg）</translation>
    </message>
    <message>
        <source>save an animated GIF of the boundary as it changes during these epochs</source>
        <translation>把这些轮次中边界变化的过程保存为 GIF 动画</translation>
    </message>
    <message>
        <source>save the trained project to this file</source>
        <translation>把训练好的项目保存到这个文件</translation>
    </message>
    <message>
        <source>width and height of exported pictures (default 480)</source>
        <translation>导出图片的宽度和高度（默认 480）</translation>
    </message>
    <message>
        <source>also draw the test points in exported pictures</source>
        <translation>在导出的图片中也画出测试点</translation>
    </message>
    <message>
        <source>no progress bar</source>
        <translation>不显示进度条</translation>
    </message>
    <message>
        <source>check that projects, lessons and CSV files open, without opening a window</source>
        <translation>不打开窗口，检查项目、课程和 CSV 文件能否打开</translation>
    </message>
    <message>
        <source>Check each file as the window would open it: a project or lesson (.nnplay, its lesson text included) or a CSV file of points. Prints one line per file, 'FILE: ok' or 'FILE: the reason', on stdout. A folder stands for the .nnplay and .csv files in it and its subfolders (a folder of hand-ins, say).</source>
        <translation>像窗口打开文件那样检查每个文件：项目或课程（.nnplay，包括其中的课程文本）或数据点的 CSV 文件。每个文件在 stdout 上输出一行：'FILE: ok' 或 'FILE: 原因'。文件夹表示其中及其子文件夹中的 .nnplay 和 .csv 文件（例如一个作业文件夹）。</translation>
    </message>
    <message>
        <source>Exit codes: 0 every file is fine, 1 some file is not, 2 a usage mistake.</source>
        <translation>退出码：0 所有文件都正常，1 有文件不正常，2 用法错误。</translation>
    </message>
    <message>
        <source>a .nnplay project or lesson, a .csv file, or a folder of them</source>
        <translation>.nnplay 项目或课程、.csv 文件，或含有它们的文件夹</translation>
    </message>
    <message>
        <source>write the project's network as a PyTorch or NumPy script</source>
        <translation>把项目的网络写成 PyTorch 或 NumPy 脚本</translation>
    </message>
    <message>
        <source>Write the project's network, its trained weights and its data as one readable Python file: --pytorch for an nn.Module, --numpy for a script that needs only NumPy. Run on its own, the script prints one JSON line {"train_loss", "test_loss", "train_accuracy", "test_accuracy"}, the figures 'run' reports for the project; with --train N it then trains N more epochs as 'run --epochs N' would.</source>
        <translation>把项目的网络、训练好的权重和数据写成一个易读的 Python 文件：--pytorch 生成 nn.Module，--numpy 生成只需要 NumPy 的脚本。单独运行时，脚本输出一行 JSON {"train_loss", "test_loss", "train_accuracy", "test_accuracy"}，即 'run' 为该项目报告的数据；加上 --train N 时，它会像 'run --epochs N' 那样再训练 N 轮。</translation>
    </message>
    <message>
        <source>Exit codes: 0 written, 1 an error (unreadable project, unwritable output), 2 a usage mistake.</source>
        <translation>退出码：0 已写出，1 出错（项目无法读取、输出无法写入），2 用法错误。</translation>
    </message>
    <message>
        <source>list the bundled lessons</source>
        <translation>列出自带的课程</translation>
    </message>
    <message>
        <source>List the bundled lessons: file name and title. Open one with 'open NAME'.</source>
        <translation>列出自带的课程：文件名和标题。用 'open NAME' 打开其中一个。</translation>
    </message>
    <message>
        <source>a folder of hand-ins as a grade book (CSV), without a window</source>
        <translation>不打开窗口，把一个作业文件夹汇总成成绩册（CSV）</translation>
    </message>
    <message>
        <source>check that this copy of the app works: window, lesson, training, export</source>
        <translation>检查这份应用是否正常工作：窗口、课程、训练、导出</translation>
    </message>
    <message>
        <source>Open the window offscreen (no screen needed), open a bundled lesson, train it for a few hundred steps and export PNG pictures. Exit code 0 when every step passed; otherwise the failed step is named and the exit code is 1.</source>
        <translation>在屏幕外打开窗口（不需要屏幕），打开一个自带课程，训练几百步并导出 PNG 图片。每一步都通过时退出码为 0；否则会指出失败的步骤，退出码为 1。</translation>
    </message>
    <message>
        <source>no window can be opened from here</source>
        <translation>无法从这里打开窗口</translation>
    </message>
    <message>
        <source>{prog}: interrupted</source>
        <translation>{prog}：已中断</translation>
    </message>
    <message>
        <source>{prog}: no language {lang}; these are offered: {codes}</source>
        <translation>{prog}：没有语言 {lang}；可用的有：{codes}</translation>
    </message>
    <message>
        <source>{prog}: error: {message}</source>
        <translation>{prog}：错误：{message}</translation>
    </message>
</context>
<context>
    <name>cli_check</name>
    <message>
        <source>no .nnplay or .csv file in this folder</source>
        <translation>此文件夹中没有 .nnplay 或 .csv 文件</translation>
    </message>
    <message>
        <source>too large or too deeply nested to read ({error})</source>
        <translation>太大或嵌套太深，无法读取（{error}）</translation>
    </message>
    <message>
        <source>cannot be opened: an internal error ({error})</source>
        <translation>无法打开：内部错误（{error}）</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>已拒绝</translation>
    </message>
</context>
<context>
    <name>cli_class</name>
    <message>
        <source>the folder of hand-ins (.nnplay files)</source>
        <translation>作业文件夹（.nnplay 文件）</translation>
    </message>
    <message>
        <source>write the grade book to this file (default: print it on stdout)</source>
        <translation>把成绩册写入这个文件（默认：输出到 stdout）</translation>
    </message>
    <message>
        <source>the rows' order (default: name; test_accuracy puts the best first)</source>
        <translation>各行的顺序（默认：name；test_accuracy 把最好的排在前面）</translation>
    </message>
    <message>
        <source>Read every hand-in (.nnplay) in FOLDER, as File &gt; Open class folder does, and write one CSV row per file: file, name, lesson, handed_in (UTC), epochs, train_loss, test_loss, train_accuracy, test_accuracy, note. A damaged file or a project without a hand-in part gets its reason in the note column and the other files are read on.</source>
        <translation>像“文件 &gt; 打开班级文件夹”那样读取 FOLDER 中的每份作业（.nnplay），每个文件写一行 CSV：file, name, lesson, handed_in (UTC), epochs, train_loss, test_loss, train_accuracy, test_accuracy, note。损坏的文件或没有作业部分的项目会在 note 列写明原因，其他文件照常读取。</translation>
    </message>
    <message>
        <source>Exit codes: 0 the folder was read (even with damaged files; the summary on stderr counts them), 1 the folder cannot be read or the CSV cannot be written, 2 a usage mistake.</source>
        <translation>退出码：0 文件夹已读取（即使有损坏的文件；stderr 上的摘要会统计它们），1 文件夹无法读取或 CSV 无法写入，2 用法错误。</translation>
    </message>
    <message>
        <source>{folder} is not a folder</source>
        <translation>{folder} 不是文件夹</translation>
    </message>
    <message>
        <source>cannot write {file}: the folder {folder} does not exist</source>
        <translation>无法写入 {file}：文件夹 {folder} 不存在</translation>
    </message>
    <message>
        <source>cannot read the folder {folder}: {reason}</source>
        <translation>无法读取文件夹 {folder}：{reason}</translation>
    </message>
    <message numerus="yes">
        <source>{read} hand-ins read, {damaged} other or damaged files noted</source>
        <translation><numerusform>已读取 {read} 份作业，记录了 {damaged} 个其他或损坏的文件</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{read} hand-ins read</source>
        <translation><numerusform>已读取 {read} 份作业</numerusform></translation>
    </message>
    <message>
        <source>{summary}; {note}</source>
        <translation>{summary}；{note}</translation>
    </message>
</context>
<context>
    <name>cli_common</name>
    <message>
        <source>{name} names several lessons: {lessons}</source>
        <translation>{name} 对应多个课程：{lessons}</translation>
    </message>
</context>
<context>
    <name>cli_export</name>
    <message>
        <source>the .nnplay project or lesson (or a bundled lesson's name)</source>
        <translation>.nnplay 项目或课程（或自带课程的名称）</translation>
    </message>
    <message>
        <source>write a PyTorch script (an nn.Module) to this file</source>
        <translation>把 PyTorch 脚本（nn.Module）写入这个文件</translation>
    </message>
    <message>
        <source>write a script that needs only NumPy to this file</source>
        <translation>把只需要 NumPy 的脚本写入这个文件</translation>
    </message>
    <message>
        <source>say nothing when done</source>
        <translation>完成时不输出任何信息</translation>
    </message>
    <message>
        <source>nn-playground export: error: say which script to write: --pytorch OUT.py, --numpy OUT.py, or both (see nn-playground export --help)</source>
        <translation>nn-playground export：错误：请指明要写哪种脚本：--pytorch OUT.py、--numpy OUT.py，或两者都写（见 nn-playground export --help）</translation>
    </message>
    <message>
        <source>--{kind} {file} would overwrite the project itself</source>
        <translation>--{kind} {file} 会覆盖项目本身</translation>
    </message>
    <message>
        <source>{file}: cannot export: {reason}</source>
        <translation>{file}：无法导出：{reason}</translation>
    </message>
    <message>
        <source>Wrote {file}: a {kind} script of the {sizes} network at epoch {epoch}</source>
        <translation>已写出 {file}：第 {epoch} 轮时 {sizes} 网络的 {kind} 脚本</translation>
    </message>
</context>
<context>
    <name>cli_run</name>
    <message>
        <source>Training [{bar}] {percent}  epoch {epoch}/{epochs}  loss {loss}</source>
        <translation>训练 [{bar}] {percent}  第 {epoch}/{epochs} 轮  损失 {loss}</translation>
    </message>
    <message>
        <source>cannot write the report {path}: the folder {folder} does not exist</source>
        <translation>无法写入报告 {path}：文件夹 {folder} 不存在</translation>
    </message>
    <message>
        <source>cannot write the picture {path}: the folder {folder} does not exist</source>
        <translation>无法写入图片 {path}：文件夹 {folder} 不存在</translation>
    </message>
    <message>
        <source>cannot write the GIF {path}: the folder {folder} does not exist</source>
        <translation>无法写入 GIF {path}：文件夹 {folder} 不存在</translation>
    </message>
    <message>
        <source>cannot write the project {path}: the folder {folder} does not exist</source>
        <translation>无法写入项目 {path}：文件夹 {folder} 不存在</translation>
    </message>
    <message>
        <source>--export-boundary must end in .png or .svg; got {file}</source>
        <translation>--export-boundary 必须以 .png 或 .svg 结尾；得到的是 {file}</translation>
    </message>
    <message>
        <source>{file}: nothing to train: its data holds no training point (only test points, or none); add training points in the window first</source>
        <translation>{file}：没有可训练的内容：数据中没有训练点（只有测试点，或一个点也没有）；请先在窗口中添加训练点</translation>
    </message>
    <message>
        <source>Lane {lane}: {message}</source>
        <translation>赛道 {lane}：{message}</translation>
    </message>
    <message>
        <source>  Lane {lane} ({settings}): {figures}</source>
        <translation>  赛道 {lane}（{settings}）：{figures}</translation>
    </message>
    <message>
        <source>train loss {train_loss}, test loss {test_loss}</source>
        <translation>训练损失 {train_loss}，测试损失 {test_loss}</translation>
    </message>
    <message>
        <source>test accuracy {accuracy} %</source>
        <translation>测试准确率 {accuracy} %</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>发散</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message numerus="yes">
        <source>{epochs} epochs in {seconds} s, {lanes} lanes:</source>
        <translation><numerusform>{epochs} 轮，用时 {seconds} 秒，{lanes} 条赛道：</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{epochs} epochs in {seconds} s, {figures}</source>
        <translation><numerusform>{epochs} 轮，用时 {seconds} 秒，{figures}</numerusform></translation>
    </message>
</context>
<context>
    <name>client</name>
    <message>
        <source>Not changed</source>
        <translation>未更改</translation>
    </message>
    <message>
        <source>{refusal}: {reason}</source>
        <translation>{refusal}：{reason}</translation>
    </message>
    <message>
        <source>{refusal}: an internal error ({error})</source>
        <translation>{refusal}：内部错误（{error}）</translation>
    </message>
    <message>
        <source>the training thread did not answer in time</source>
        <translation>训练线程没有及时响应</translation>
    </message>
</context>
<context>
    <name>colors</name>
    <message>
        <source>orange</source>
        <translation>橙色</translation>
    </message>
    <message>
        <source>blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <source>green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <source>purple</source>
        <translation>紫色</translation>
    </message>
    <message>
        <source>red</source>
        <translation>红色</translation>
    </message>
    <message>
        <source>sky</source>
        <translation>天蓝色</translation>
    </message>
    <message>
        <source>yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <source>grey</source>
        <translation>灰色</translation>
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
        <translation>线性</translation>
    </message>
    <message>
        <source>Hidden layer {layer} has the maximum of {most} neurons</source>
        <translation>隐藏层 {layer} 已达到最多 {most} 个神经元</translation>
    </message>
    <message>
        <source>Add a neuron to hidden layer {layer} (starts training again)</source>
        <translation>给隐藏层 {layer} 添加一个神经元（重新开始训练）</translation>
    </message>
    <message>
        <source>Add a neuron to hidden layer {layer} (keeps what it has learned)</source>
        <translation>给隐藏层 {layer} 添加一个神经元（保留已学到的内容）</translation>
    </message>
    <message>
        <source>Remove hidden layer {layer}: this is its last neuron</source>
        <translation>删除隐藏层 {layer}：这是它最后一个神经元</translation>
    </message>
    <message>
        <source>Remove a neuron from hidden layer {layer} (starts training again)</source>
        <translation>从隐藏层 {layer} 删除一个神经元（重新开始训练）</translation>
    </message>
    <message>
        <source>Remove a neuron from hidden layer {layer} (keeps what it has learned)</source>
        <translation>从隐藏层 {layer} 删除一个神经元（保留已学到的内容）</translation>
    </message>
    <message>
        <source>dropout {rate}</source>
        <translation>Dropout {rate}</translation>
    </message>
    <message>
        <source>drop {rate}</source>
        <translation>丢弃 {rate}</translation>
    </message>
    <message>
        <source>Dropout {rate}: while training, each neuron of this layer is switched off for each training point with probability {rate}, and the others are scaled by 1/(1 − {rate}). Evaluation, the loss curve and the maps use every neuron. Right-click the layer to change it.</source>
        <translation>Dropout {rate}：训练时，对每个训练点，本层的每个神经元以概率 {rate} 被关闭，其余神经元乘以 1/(1 − {rate})。评估、损失曲线和图都使用全部神经元。右键单击该层可以修改。</translation>
    </message>
    <message>
        <source>OUTPUT</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Tanh</source>
        <translation>Tanh</translation>
    </message>
    <message>
        <source>Add a hidden layer after the last one, with its activation.</source>
        <translation>在最后一层之后添加一个隐藏层，使用它的激活函数。</translation>
    </message>
    <message>
        <source>The network has the maximum of {most} hidden layers</source>
        <translation>网络已达到最多 {most} 个隐藏层</translation>
    </message>
    <message>
        <source>Remove the last hidden layer: the rest keeps its weights, and new random links join its neighbours, so the network no longer computes the same</source>
        <translation>删除最后一个隐藏层：其余部分保留权重，相邻层之间会接上新的随机连接，因此网络的计算结果不再相同</translation>
    </message>
    <message>
        <source>There are no hidden layers to remove</source>
        <translation>没有可删除的隐藏层</translation>
    </message>
</context>
<context>
    <name>compare</name>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Race 2 to 4 copies of the network side by side (C): every lane starts from the same weights on the same data and differs only in the settings you give it (optimizer, learning rate, activation, batch size, regularization). Stop at epoch applies to every lane; stop when stuck waits until Compare is off.</source>
        <translation>让网络的 2 到 4 个副本并排赛跑（C）：每条赛道都从相同的权重、在相同的数据上开始，只在你给它的设置上不同（优化器、学习率、激活函数、批大小、正则化）。“在第几轮停止”对每条赛道都有效；“卡住时停止”要等比较关闭后才生效。</translation>
    </message>
    <message>
        <source>Add lane</source>
        <translation>添加赛道</translation>
    </message>
    <message>
        <source>Add a lane (up to 4) that races an optimizer not raced yet. The race starts again.</source>
        <translation>添加一条赛道（最多 4 条），使用还没参赛的优化器。比赛重新开始。</translation>
    </message>
    <message>
        <source>Restart race</source>
        <translation>重新比赛</translation>
    </message>
    <message>
        <source>Every lane back to epoch 0 and the same starting weights (R picks new weights).</source>
        <translation>每条赛道回到第 0 轮和相同的初始权重（按 R 重新选取权重）。</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Same start, same data: only the lanes' settings differ (bold: a lane's own; the others follow the top bar).</source>
        <translation>相同的起点，相同的数据：只有各赛道的设置不同（粗体：赛道自己的设置；其他跟随顶部栏）。</translation>
    </message>
    <message>
        <source>&amp;Compare lanes</source>
        <translation>比较赛道(&amp;C)</translation>
    </message>
    <message>
        <source>Stop comparing?</source>
        <translation>停止比较？</translation>
    </message>
    <message>
        <source>The race has trained to epoch {trained}. Keep one lane's network (it carries on as the main network, with its settings and loss history), or go back to the network as it was before the race (epoch {before})?</source>
        <translation>比赛已训练到第 {trained} 轮。保留一条赛道的网络（它作为主网络继续，带着它的设置和损失历史），还是回到比赛前的网络（第 {before} 轮）？</translation>
    </message>
    <message>
        <source>Keep lane {lane}</source>
        <translation>保留赛道 {lane}</translation>
    </message>
    <message>
        <source>Back to before the race</source>
        <translation>回到比赛前</translation>
    </message>
    <message>
        <source>Make this lane the main network?</source>
        <translation>把这条赛道设为主网络？</translation>
    </message>
    <message>
        <source>Lane {lane} ({summary}) becomes the main network: its settings, weights and loss history carry on, and Compare closes. The other lanes are dropped.</source>
        <translation>赛道 {lane}（{summary}）成为主网络：它的设置、权重和损失历史继续保留，比较随之关闭。其他赛道将被丢弃。</translation>
    </message>
    <message>
        <source>Stop comparing</source>
        <translation>停止比较</translation>
    </message>
</context>
<context>
    <name>compare_curves</name>
    <message>
        <source>Lane {lane}</source>
        <translation>赛道 {lane}</translation>
    </message>
    <message>
        <source>{lane}: {differences}</source>
        <translation>{lane}：{differences}</translation>
    </message>
</context>
<context>
    <name>compare_table</name>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Reg.</source>
        <translation>正则化</translation>
    </message>
    <message>
        <source>Reg. rate</source>
        <translation>正则化率</translation>
    </message>
    <message>
        <source>Lane {lane}'s optimizer. The rule that turns gradients into weight changes. Bold: the lane's own value; otherwise it follows the top bar. Changing it restarts the race from the same starting weights.</source>
        <translation>赛道 {lane} 的优化器。把梯度变成权重更新的规则。粗体：赛道自己的值；否则跟随顶部栏。修改后比赛从相同的初始权重重新开始。</translation>
    </message>
    <message>
        <source>Lane {lane}'s learning rate. How big a step each weight takes against its gradient. Bold: the lane's own value; otherwise it follows the top bar. Changing it restarts the race from the same starting weights.</source>
        <translation>赛道 {lane} 的学习率。每个权重沿梯度反方向走多大一步。粗体：赛道自己的值；否则跟随顶部栏。修改后比赛从相同的初始权重重新开始。</translation>
    </message>
    <message>
        <source>Lane {lane}'s activation. The function every hidden neuron applies to its weighted sum. Bold: the lane's own value; otherwise it follows the top bar. Changing it restarts the race from the same starting weights.</source>
        <translation>赛道 {lane} 的激活函数。每个隐藏神经元作用在其加权和上的函数。粗体：赛道自己的值；否则跟随顶部栏。修改后比赛从相同的初始权重重新开始。</translation>
    </message>
    <message>
        <source>Lane {lane}'s batch size. How many training points are averaged for each weight update. Bold: the lane's own value; otherwise it follows the top bar. Changing it restarts the race from the same starting weights.</source>
        <translation>赛道 {lane} 的批大小。每次更新权重时对多少个训练点求平均。粗体：赛道自己的值；否则跟随顶部栏。修改后比赛从相同的初始权重重新开始。</translation>
    </message>
    <message>
        <source>Lane {lane}'s regularization. A penalty on large weights. Bold: the lane's own value; otherwise it follows the top bar. Changing it restarts the race from the same starting weights.</source>
        <translation>赛道 {lane} 的正则化。对过大权重的惩罚。粗体：赛道自己的值；否则跟随顶部栏。修改后比赛从相同的初始权重重新开始。</translation>
    </message>
    <message>
        <source>Lane {lane}'s regularization rate. How strong the penalty on weights is. Bold: the lane's own value; otherwise it follows the top bar. Changing it restarts the race from the same starting weights.</source>
        <translation>赛道 {lane} 的正则化率。对权重的惩罚有多强。粗体：赛道自己的值；否则跟随顶部栏。修改后比赛从相同的初始权重重新开始。</translation>
    </message>
    <message>
        <source>Lane {lane}</source>
        <translation>赛道 {lane}</translation>
    </message>
    <message>
        <source>Show lane {lane}'s network (weights, neurons) in the network diagram.</source>
        <translation>在网络图中显示赛道 {lane} 的网络（权重、神经元）。</translation>
    </message>
    <message>
        <source>Lane {lane} {setting}</source>
        <translation>赛道 {lane} {setting}</translation>
    </message>
    <message>
        <source>Make main</source>
        <translation>设为主网络</translation>
    </message>
    <message>
        <source>Make lane {lane} the main network: its settings, weights and loss history carry on outside Compare.</source>
        <translation>把赛道 {lane} 设为主网络：它的设置、权重和损失历史在比较之外继续保留。</translation>
    </message>
    <message>
        <source>Remove lane {lane}</source>
        <translation>删除赛道 {lane}</translation>
    </message>
    <message>
        <source>Remove lane {lane} (the race starts again).</source>
        <translation>删除赛道 {lane}（比赛重新开始）。</translation>
    </message>
    <message>
        <source>Lane {lane}: make main or remove</source>
        <translation>赛道 {lane}：设为主网络或删除</translation>
    </message>
    <message>
        <source>Make lane {lane} the main network, or remove it.</source>
        <translation>把赛道 {lane} 设为主网络，或删除它。</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>赛道</translation>
    </message>
    <message>
        <source>Click a lane's letter to show its network in the diagram.</source>
        <translation>单击赛道的字母，在网络图中显示它的网络。</translation>
    </message>
</context>
<context>
    <name>compare_view</name>
    <message>
        <source>rate {rate}</source>
        <translation>学习率 {rate}</translation>
    </message>
    <message>
        <source>batch {size}</source>
        <translation>批次 {size}</translation>
    </message>
    <message>
        <source>no reg.</source>
        <translation>无正则化</translation>
    </message>
    <message>
        <source>reg. {rate}</source>
        <translation>正则化 {rate}</translation>
    </message>
    <message>
        <source>Lane {lane}'s prediction over the plane, with the training points. Click to show this lane's network in the diagram.</source>
        <translation>赛道 {lane} 在平面上的预测，以及训练点。单击可在网络图中显示这条赛道的网络。</translation>
    </message>
    <message>
        <source>&lt;span style='color:#8a1c12'&gt;&lt;b&gt;diverged&lt;/b&gt; at epoch {epoch}&lt;/span&gt;</source>
        <translation>&lt;span style='color:#8a1c12'&gt;第 {epoch} 轮&lt;b&gt;发散&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>test loss &lt;b&gt;{loss}&lt;/b&gt;</source>
        <translation>测试损失 &lt;b&gt;{loss}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Lane {lane}: {summary}</source>
        <translation>赛道 {lane}：{summary}</translation>
    </message>
    <message numerus="yes">
        <source>Epoch {epoch}, {steps} steps</source>
        <translation><numerusform>第 {epoch} 轮，{steps} 步</numerusform></translation>
    </message>
    <message>
        <source>Test loss {test}, training loss {train}</source>
        <translation>测试损失 {test}，训练损失 {train}</translation>
    </message>
    <message>
        <source>Test accuracy {test}, training accuracy {train}</source>
        <translation>测试准确率 {test}，训练准确率 {train}</translation>
    </message>
</context>
<context>
    <name>comparison</name>
    <message>
        <source>{optimizer} · rate {rate} · {activation} · batch {batch}</source>
        <translation>{optimizer} · 学习率 {rate} · {activation} · 批次 {batch}</translation>
    </message>
    <message>
        <source>Every lane has stopped: {lanes} diverged, the others reached epoch {epoch}. Raise it or restart the race to go on.</source>
        <translation>所有赛道都已停止：{lanes} 发散了，其他的到达了第 {epoch} 轮。提高该值或重新比赛以继续。</translation>
    </message>
    <message>
        <source>Every lane has reached epoch {epoch}, the stop-at-epoch setting. Raise it or restart the race to go on.</source>
        <translation>所有赛道都已到达第 {epoch} 轮，即“在第几轮停止”的设置。提高该值或重新比赛以继续。</translation>
    </message>
    <message>
        <source>Every lane has diverged. Lower their learning rates and restart the race.</source>
        <translation>所有赛道都发散了。降低它们的学习率并重新比赛。</translation>
    </message>
    <message>
        <source>there are no training points to race on yet; paint some first</source>
        <translation>还没有可用于比赛的训练点；请先绘制一些</translation>
    </message>
    <message>
        <source>Compare is off</source>
        <translation>比较已关闭</translation>
    </message>
    <message>
        <source>at most {lanes} lanes</source>
        <translation>最多 {lanes} 条赛道</translation>
    </message>
    <message>
        <source>Compare keeps at least {lanes} lanes; turn Compare off instead</source>
        <translation>比较至少保留 {lanes} 条赛道；请改为关闭比较</translation>
    </message>
    <message>
        <source>there is no lane {lane}</source>
        <translation>没有赛道 {lane}</translation>
    </message>
    <message>
        <source>Lane {lane} ({summary}) is now the main network; it carries on from epoch {epoch}.</source>
        <translation>赛道 {lane}（{summary}）现在是主网络；它从第 {epoch} 轮继续。</translation>
    </message>
</context>
<context>
    <name>confusion_table</name>
    <message>
        <source>rec.</source>
        <translation>召回</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>prec.</source>
        <translation>精确</translation>
    </message>
    <message>
        <source>The training set's confusion matrix</source>
        <translation>训练集的混淆矩阵</translation>
    </message>
    <message>
        <source>The test set's confusion matrix</source>
        <translation>测试集的混淆矩阵</translation>
    </message>
    <message>
        <source>{matrix}: row i, column j counts the points of class i the network predicts as class j (the diagonal: right). Recall: the share of a class's points predicted right; precision (last row): the share of the points predicted as a class that are of it; F1: their harmonic mean; – where a share has no points to count (rec.: recall, prec.: precision). Click a cell to mark its points on the output plot.</source>
        <translation>{matrix}：第 i 行第 j 列是类别 i 的点被网络预测为类别 j 的个数（对角线：预测正确）。召回率：一个类别的点中被预测正确的比例；精确率（最后一行）：被预测为某类别的点中真正属于该类别的比例；F1：两者的调和平均数；没有可计数的点时显示 –（召回：召回率，精确：精确率）。单击一个单元格，可在输出图上标出它的点。</translation>
    </message>
    <message>
        <source>predicted {name}</source>
        <translation>预测为{name}</translation>
    </message>
    <message>
        <source>true {name}</source>
        <translation>实际为{name}</translation>
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
        <translation>无</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Regression</source>
        <translation>回归</translation>
    </message>
    <message>
        <source>Cross-entropy</source>
        <translation>交叉熵</translation>
    </message>
    <message>
        <source>TF Playground</source>
        <translation>TF Playground</translation>
    </message>
    <message>
        <source>Editing the network (inputs, layers, neurons)</source>
        <translation>编辑网络（输入、层、神经元）</translation>
    </message>
    <message>
        <source>network editing</source>
        <translation>网络编辑</translation>
    </message>
    <message>
        <source>Editing the data (datasets, painting, sliders)</source>
        <translation>编辑数据（数据集、绘制、滑块）</translation>
    </message>
    <message>
        <source>data editing</source>
        <translation>数据编辑</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>Activation per layer</source>
        <translation>每层的激活函数</translation>
    </message>
    <message>
        <source>Dropout per layer</source>
        <translation>每层的 Dropout</translation>
    </message>
</context>
<context>
    <name>csv_io</name>
    <message>
        <source>1 point with values (regression)</source>
        <translation>1 个带数值的点（回归）</translation>
    </message>
    <message>
        <source>{count} points with values (regression)</source>
        <translation>{count} 个带数值的点（回归）</translation>
    </message>
    <message>
        <source>1 point in {classes} classes</source>
        <translation>1 个点，{classes} 个类别</translation>
    </message>
    <message>
        <source>{count} points in {classes} classes</source>
        <translation>{count} 个点，{classes} 个类别</translation>
    </message>
    <message>
        <source>{label} as {name}</source>
        <translation>{label} 作为 {name}</translation>
    </message>
    <message>
        <source>{description} (labels {renumbered})</source>
        <translation>{description}（标签 {renumbered}）</translation>
    </message>
    <message>
        <source>{name} is a folder, not a CSV file</source>
        <translation>{name} 是文件夹，不是 CSV 文件</translation>
    </message>
    <message>
        <source>The file is too large ({size} MB); a data file is at most {limit} MB.</source>
        <translation>文件太大（{size} MB）；数据文件最大 {limit} MB。</translation>
    </message>
    <message>
        <source>Cannot read {name}: {error}</source>
        <translation>无法读取 {name}：{error}</translation>
    </message>
    <message>
        <source>The file is too large; a data file is at most {limit} MB.</source>
        <translation>文件太大；数据文件最大 {limit} MB。</translation>
    </message>
    <message>
        <source>Line {line} holds a NUL byte: this looks like a binary file, not CSV text.</source>
        <translation>第 {line} 行含有 NUL 字节：这看起来是二进制文件，不是 CSV 文本。</translation>
    </message>
    <message>
        <source>The file is empty: it holds no points.</source>
        <translation>文件是空的：里面没有数据点。</translation>
    </message>
    <message>
        <source>Line {line} is a header, but no points follow it.</source>
        <translation>第 {line} 行是表头，但后面没有数据点。</translation>
    </message>
    <message>
        <source>Line {line}: the file has more than {limit} points; at most {limit} can be imported.</source>
        <translation>第 {line} 行：文件中的点超过 {limit} 个；最多能导入 {limit} 个。</translation>
    </message>
    <message>
        <source>label or value</source>
        <translation>标签或数值</translation>
    </message>
    <message>
        <source>Line {line} has 1 field, but 3 are needed ({expected}): {problem}.</source>
        <translation>第 {line} 行有 1 个字段，但需要 3 个（{expected}）：{problem}。</translation>
    </message>
    <message>
        <source>Line {line} has {count} fields, but 3 are needed ({expected}): {problem}.</source>
        <translation>第 {line} 行有 {count} 个字段，但需要 3 个（{expected}）：{problem}。</translation>
    </message>
    <message>
        <source>x1, x2 and a label or value</source>
        <translation>x1、x2 以及标签或数值</translation>
    </message>
    <message>
        <source>a column is missing</source>
        <translation>缺少一列</translation>
    </message>
    <message>
        <source>there are too many columns</source>
        <translation>列太多了</translation>
    </message>
    <message>
        <source>Line {line}, column {column} (label): {text} is not a whole number, and a class label must be one (0, 1, 2, …). For numbers to predict, name the column value.</source>
        <translation>第 {line} 行第 {column} 列（标签）：{text} 不是整数，而类别标签必须是整数（0, 1, 2, …）。如果要预测数值，请把这一列命名为 value。</translation>
    </message>
    <message>
        <source>Line {line}, column {column} (label): {text} is a {nth}th class; at most {limit} classes can be learned.</source>
        <translation>第 {line} 行第 {column} 列（标签）：{text} 是第 {nth} 个类别；最多只能学习 {limit} 个类别。</translation>
    </message>
    <message>
        <source>If the third column holds numbers to predict, start the file with the header x1,x2,value.</source>
        <translation>如果第三列是要预测的数值，请让文件以表头 x1,x2,value 开始。</translation>
    </message>
    <message>
        <source>x1, x2, and label (classes) or value (numbers)</source>
        <translation>x1、x2，以及 label（类别）或 value（数值）</translation>
    </message>
    <message>
        <source>Line {line} is a header of 1 column, but 3 are needed: {expected}.</source>
        <translation>第 {line} 行是只有 1 列的表头，但需要 3 列：{expected}。</translation>
    </message>
    <message>
        <source>Line {line} is a header of {count} columns, but 3 are needed: {expected}.</source>
        <translation>第 {line} 行是有 {count} 列的表头，但需要 3 列：{expected}。</translation>
    </message>
    <message>
        <source>Line {line}, column {column}: the header name {name} is not known; the columns are {expected}.</source>
        <translation>第 {line} 行第 {column} 列：表头名称 {name} 无法识别；各列应为 {expected}。</translation>
    </message>
    <message>
        <source>Line {line}, column {column}: the header names {name} twice; the columns are {expected}.</source>
        <translation>第 {line} 行第 {column} 列：表头中 {name} 出现了两次；各列应为 {expected}。</translation>
    </message>
    <message>
        <source>Line {line}: the header must name {expected}.</source>
        <translation>第 {line} 行：表头必须是 {expected}。</translation>
    </message>
    <message>
        <source>Line {line}, column {column} ({name})</source>
        <translation>第 {line} 行第 {column} 列（{name}）</translation>
    </message>
    <message>
        <source>{where}: the field is empty; every point needs a number here.</source>
        <translation>{where}：字段为空；每个点在这里都需要一个数字。</translation>
    </message>
    <message>
        <source>{where}: {text} is too large to be a number here.</source>
        <translation>{where}：{text} 太大，不能作为这里的数字。</translation>
    </message>
    <message>
        <source>{where}: {text} is not a finite number; every point needs a real value.</source>
        <translation>{where}：{text} 不是有限的数；每个点都需要一个实数值。</translation>
    </message>
    <message>
        <source>{where}: {text} is not a number.</source>
        <translation>{where}：{text} 不是数字。</translation>
    </message>
    <message>
        <source>Line {line}, column {column} ({name}): {text} is too large; at most ±{limit}.</source>
        <translation>第 {line} 行第 {column} 列（{name}）：{text} 太大；最大 ±{limit}。</translation>
    </message>
    <message>
        <source>The file starts as UTF-16 text but breaks off inside a character (byte {byte}); save it again as CSV UTF-8.</source>
        <translation>文件以 UTF-16 文本开头，但在一个字符中间断开了（字节 {byte}）；请重新保存为 CSV UTF-8。</translation>
    </message>
    <message>
        <source>Line {line} is not UTF-8 text (byte 0x{byte} cannot be read): save the file as CSV UTF-8, or as plain numbers.</source>
        <translation>第 {line} 行不是 UTF-8 文本（字节 0x{byte} 无法读取）：请把文件保存为 CSV UTF-8，或只含数字的纯文本。</translation>
    </message>
</context>
<context>
    <name>csv_reading</name>
    <message>
        <source>Reading {file} was interrupted.</source>
        <translation>读取 {file} 被中断。</translation>
    </message>
</context>
<context>
    <name>data_controller</name>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation><numerusform>%n 个点</numerusform></translation>
    </message>
    <message>
        <source>&amp;Import Data from CSV…</source>
        <translation>从 CSV 导入数据(&amp;I)…</translation>
    </message>
    <message>
        <source>Read points from a CSV file as your own points</source>
        <translation>从 CSV 文件读取数据点，作为你自己的点</translation>
    </message>
    <message>
        <source>&amp;Data as CSV…</source>
        <translation>数据（CSV）(&amp;D)…</translation>
    </message>
    <message>
        <source>switch to {dataset} data</source>
        <translation>切换到{dataset}数据</translation>
    </message>
    <message>
        <source>Showing the {dataset} data. Your own points are kept: Ctrl+Z or the My points tile brings them back.</source>
        <translation>正在显示{dataset}数据。你自己的点已保留：按 Ctrl+Z 或单击“我的数据点”图块可以找回。</translation>
    </message>
    <message>
        <source>switch to my points</source>
        <translation>切换到我的数据点</translation>
    </message>
    <message>
        <source>these</source>
        <translation>这些</translation>
    </message>
    <message>
        <source>Paint on which points?</source>
        <translation>在哪些点上绘制？</translation>
    </message>
    <message>
        <source>You have {points} of your own from before. Paint on them, or on a copy of the {dataset} points on show?</source>
        <translation>你之前有自己的 {points}。在它们上面绘制，还是在显示的{dataset}数据点的副本上绘制？</translation>
    </message>
    <message>
        <source>My points</source>
        <translation>我的数据点</translation>
    </message>
    <message>
        <source>Copy of {dataset}</source>
        <translation>{dataset}的副本</translation>
    </message>
    <message>
        <source>paint on a copy of {dataset} data</source>
        <translation>在{dataset}数据的副本上绘制</translation>
    </message>
    <message>
        <source>Painting on a copy of the {dataset} points: Clear empties the canvas, Ctrl+Z goes back.</source>
        <translation>正在{dataset}数据点的副本上绘制：“清除”会清空画布，Ctrl+Z 可以返回。</translation>
    </message>
    <message>
        <source>There are no points of your own to clear.</source>
        <translation>没有你自己的点可以清除。</translation>
    </message>
    <message>
        <source>clear {points}</source>
        <translation>清除 {points}</translation>
    </message>
    <message>
        <source>The data is locked in this lesson.</source>
        <translation>本课锁定了数据。</translation>
    </message>
    <message>
        <source>Import data from CSV</source>
        <translation>从 CSV 导入数据</translation>
    </message>
    <message>
        <source>Cannot import {file}</source>
        <translation>无法导入 {file}</translation>
    </message>
    <message>
        <source>{problem}

Nothing was imported; your data is as it was.</source>
        <translation>{problem}

没有导入任何内容；你的数据保持原样。</translation>
    </message>
    <message>
        <source>import {points}</source>
        <translation>导入 {points}</translation>
    </message>
    <message>
        <source>Imported {points} from {file}.</source>
        <translation>已从 {file} 导入 {points}。</translation>
    </message>
    <message>
        <source>Imported {points} from {file}. They were {fit}.</source>
        <translation>已从 {file} 导入 {points}。它们已{fit}。</translation>
    </message>
    <message>
        <source>Points outside the view</source>
        <translation>视图之外的点</translation>
    </message>
    <message>
        <source>The points of {file} reach outside the view, which shows −6 to 6 on both axes.</source>
        <translation>{file} 中的点超出了视图，视图在两个坐标轴上都显示 −6 到 6。</translation>
    </message>
    <message>
        <source>x₁ runs from {x1_low} to {x1_high}, x₂ from {x2_low} to {x2_high}.

Fit them into the view? Both axes are scaled alike (shapes stay as they are) and centred within ±{half_width}; the scaling is remembered and shown under the data controls.</source>
        <translation>x₁ 从 {x1_low} 到 {x1_high}，x₂ 从 {x2_low} 到 {x2_high}。

要把它们缩放到视图中吗？两个坐标轴按相同比例缩放（形状保持不变），并居中在 ±{half_width} 之内；缩放会被记住，并显示在数据控件下方。</translation>
    </message>
    <message>
        <source>Fit into the view</source>
        <translation>缩放到视图中</translation>
    </message>
    <message>
        <source>Import as they are</source>
        <translation>按原样导入</translation>
    </message>
    <message>
        <source>Points beyond ±{limit} must be fitted.</source>
        <translation>超出 ±{limit} 的点必须缩放。</translation>
    </message>
    <message>
        <source>Points outside −6 to 6 are trained on but not drawn.</source>
        <translation>−6 到 6 之外的点会参与训练，但不会画出来。</translation>
    </message>
    <message>
        <source>Cannot export the data</source>
        <translation>无法导出数据</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>没有可导出的内容</translation>
    </message>
    <message>
        <source>There are no points yet: paint or import some.</source>
        <translation>还没有数据点：请绘制或导入一些。</translation>
    </message>
    <message>
        <source>Export data as CSV</source>
        <translation>把数据导出为 CSV</translation>
    </message>
    <message>
        <source>Cannot export {file}</source>
        <translation>无法导出 {file}</translation>
    </message>
    <message>
        <source>Exported {points} to {file}.</source>
        <translation>已把 {points} 导出到 {file}。</translation>
    </message>
    <message>
        <source>My points were {fit}.</source>
        <translation>我的数据点已{fit}。</translation>
    </message>
</context>
<context>
    <name>data_panel</name>
    <message>
        <source>DATA</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Which dataset do you want to use?</source>
        <translation>你想使用哪个数据集？</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>点数</translation>
    </message>
    <message>
        <source>Number of points</source>
        <translation>数据点个数</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>Data seed</source>
        <translation>数据随机种子</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>导入 CSV…</translation>
    </message>
    <message>
        <source>Read points from a CSV file with columns x1, x2 and label (classes) or value (numbers); a header line is optional. They become your own points (undo with Ctrl+Z).</source>
        <translation>从 CSV 文件读取数据点，列为 x1、x2 以及 label（类别）或 value（数值）；表头行可有可无。它们会成为你自己的点（用 Ctrl+Z 撤销）。</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Write the points on show to a CSV file (x1, x2, label or value) that Import reads back exactly.</source>
        <translation>把显示的点写入 CSV 文件（x1、x2、label 或 value），“导入”可以原样读回。</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) so far.</source>
        <translation><numerusform>目前有 %n 个点。</numerusform></translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;: {description}&lt;br&gt;{how}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;：{description}&lt;br&gt;{how}</translation>
    </message>
    <message>
        <source>Dataset {title}</source>
        <translation>数据集：{title}</translation>
    </message>
    <message>
        <source>My points ({task})</source>
        <translation>我的数据点（{task}）</translation>
    </message>
    <message>
        <source>Ratio of training to test data: &lt;b&gt;{percent} %&lt;/b&gt;</source>
        <translation>训练数据与测试数据的比例：&lt;b&gt;{percent} %&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Noise: &lt;b&gt;{noise}&lt;/b&gt;</source>
        <translation>噪声：&lt;b&gt;{noise}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>data_texts</name>
    <message>
        <source>Circle</source>
        <translation>圆形</translation>
    </message>
    <message>
        <source>Exclusive or</source>
        <translation>XOR</translation>
    </message>
    <message>
        <source>Gaussian</source>
        <translation>高斯</translation>
    </message>
    <message>
        <source>Spiral</source>
        <translation>螺旋</translation>
    </message>
    <message>
        <source>Moons</source>
        <translation>双月</translation>
    </message>
    <message>
        <source>Checkerboard</source>
        <translation>棋盘</translation>
    </message>
    <message>
        <source>Spiral arms</source>
        <translation>多臂螺旋</translation>
    </message>
    <message>
        <source>Blobs</source>
        <translation>团簇</translation>
    </message>
    <message>
        <source>Rings</source>
        <translation>圆环</translation>
    </message>
    <message>
        <source>Plane</source>
        <translation>平面</translation>
    </message>
    <message>
        <source>Multi-Gaussian</source>
        <translation>多高斯</translation>
    </message>
    <message>
        <source>Sine wave</source>
        <translation>正弦波</translation>
    </message>
    <message>
        <source>A disc of one class inside a ring of the other.</source>
        <translation>一个类别的圆盘，外面围着另一个类别的圆环。</translation>
    </message>
    <message>
        <source>Opposite quadrants share a class: the label is 1 when x and y have the same sign.</source>
        <translation>相对的象限属于同一类别：x 和 y 同号时标签为 1。</translation>
    </message>
    <message>
        <source>Two Gaussian clusters, around (2, 2) and (-2, -2); noise widens them.</source>
        <translation>两个高斯簇，分别在 (2, 2) 和 (-2, -2) 附近；噪声会让它们变宽。</translation>
    </message>
    <message>
        <source>Two interleaved spiral arms, one per class.</source>
        <translation>两条交织的螺旋臂，每个类别一条。</translation>
    </message>
    <message>
        <source>Two interleaving half-moons, one per class.</source>
        <translation>两个相互交错的半月形，每个类别一个。</translation>
    </message>
    <message>
        <source>A 4 x 4 checkerboard of alternating classes, a bigger xor.</source>
        <translation>一个 4 x 4 的棋盘，类别交替出现，是更大的 XOR。</translation>
    </message>
    <message>
        <source>Several interleaved spiral arms, one class per arm.</source>
        <translation>几条交织的螺旋臂，每条臂一个类别。</translation>
    </message>
    <message>
        <source>Gaussian blobs evenly spaced on a circle, one class per blob.</source>
        <translation>均匀分布在一个圆上的高斯团簇，每个团簇一个类别。</translation>
    </message>
    <message>
        <source>Concentric rings, one class per ring.</source>
        <translation>同心圆环，每个圆环一个类别。</translation>
    </message>
    <message>
        <source>A tilted plane: the value rises linearly towards the top right, (x + y) / 10.</source>
        <translation>一个倾斜的平面：值向右上方线性增大，(x + y) / 10。</translation>
    </message>
    <message>
        <source>Six bumps, alternately positive and negative, on two rows.</source>
        <translation>六个隆起，正负交替，排成两行。</translation>
    </message>
    <message>
        <source>A sine wave along x1: the value is sin(x1) and ignores x2.</source>
        <translation>沿 x1 的正弦波：值为 sin(x1)，与 x2 无关。</translation>
    </message>
    <message>
        <source>How many classes (colours) the data has, from 2 to 8. Changing it starts again with fresh weights.</source>
        <translation>数据有多少个类别（颜色），从 2 到 8。修改后用新的权重重新开始。</translation>
    </message>
    <message>
        <source>My points</source>
        <translation>我的数据点</translation>
    </message>
    <message>
        <source>&lt;b&gt;My points&lt;/b&gt;: your own data. Turn on &lt;i&gt;Paint&lt;/i&gt; above the output to add points with the mouse, or import a CSV file. They are kept when you try a generator, and saved in the project.</source>
        <translation>&lt;b&gt;我的数据点&lt;/b&gt;：你自己的数据。打开输出上方的&lt;i&gt;绘制&lt;/i&gt;，用鼠标添加点，或者导入 CSV 文件。试用生成器时它们会被保留，并保存在项目中。</translation>
    </message>
    <message>
        <source>How many points the generator draws, training and test together. Starts again.</source>
        <translation>生成器抽取多少个点，训练点和测试点合计。会重新开始。</translation>
    </message>
    <message>
        <source>Which random draw of the data: the same seed always gives the same points. Regenerate picks a new one. Starts again.</source>
        <translation>数据的哪一次随机抽取：相同的种子总是给出相同的点。“重新生成”会选一个新的。会重新开始。</translation>
    </message>
    <message>
        <source>For generated data only; your own points keep where you put them.</source>
        <translation>只用于生成的数据；你自己的点保持在你放的位置。</translation>
    </message>
    <message>
        <source>classification</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>回归</translation>
    </message>
    <message>
        <source>Draw the same dataset again with a new random seed; noise, point count and ratio stay as they are. Starts again.</source>
        <translation>用新的随机种子重新抽取同一个数据集；噪声、点数和比例保持不变。会重新开始。</translation>
    </message>
</context>
<context>
    <name>datasets</name>
    <message>
        <source>seed must be a non-negative integer, got {value}</source>
        <translation>seed 必须是非负整数，得到的是 {value}</translation>
    </message>
    <message>
        <source>dataset: unknown name {name}; choose one of {choices}</source>
        <translation>dataset：未知名称 {name}；请从 {choices} 中选择</translation>
    </message>
    <message>
        <source>classes must be an integer from {low} to {high} for {dataset}, got {value}</source>
        <translation>对于 {dataset}，classes 必须是 {low} 到 {high} 之间的整数，得到的是 {value}</translation>
    </message>
    <message>
        <source>classes cannot be set for {dataset} (it is a regression dataset)</source>
        <translation>{dataset} 不能设置 classes（它是回归数据集）</translation>
    </message>
    <message>
        <source>classes cannot be set for {dataset} (it has {classes} classes)</source>
        <translation>{dataset} 不能设置 classes（它有 {classes} 个类别）</translation>
    </message>
    <message>
        <source>n_points must be an integer from {low} to {high}, got {value}</source>
        <translation>n_points 必须是 {low} 到 {high} 之间的整数，得到的是 {value}</translation>
    </message>
    <message>
        <source>noise must be between 0 and {high}, got {value}</source>
        <translation>noise 必须在 0 到 {high} 之间，得到的是 {value}</translation>
    </message>
    <message>
        <source>n_points must be at least the number of classes ({classes}) for {dataset}, got {value}</source>
        <translation>对于 {dataset}，n_points 至少要等于类别数（{classes}），得到的是 {value}</translation>
    </message>
    <message>
        <source>X must be a numeric array of shape (n, 2)</source>
        <translation>X 必须是形状为 (n, 2) 的数值数组</translation>
    </message>
    <message>
        <source>X must be a numeric array of shape (n, 2), got shape {shape}</source>
        <translation>X 必须是形状为 (n, 2) 的数值数组，得到的形状是 {shape}</translation>
    </message>
    <message>
        <source>y must be a 1-D array with one value per row of X ({rows}), got shape {shape}</source>
        <translation>y 必须是一维数组，X 的每一行对应一个值（{rows}），得到的形状是 {shape}</translation>
    </message>
    <message>
        <source>X must have at least {low} rows to split, got {value}</source>
        <translation>X 至少要有 {low} 行才能划分，得到的是 {value}</translation>
    </message>
    <message>
        <source>train_ratio must be between {low} and {high}, got {value}</source>
        <translation>train_ratio 必须在 {low} 到 {high} 之间，得到的是 {value}</translation>
    </message>
</context>
<context>
    <name>drag_drop</name>
    <message>
        <source>Not added: {reason}</source>
        <translation>未添加：{reason}</translation>
    </message>
    <message>
        <source>the network already has the maximum of {most} hidden layers.</source>
        <translation>网络已经达到最多 {most} 个隐藏层。</translation>
    </message>
    <message>
        <source>Insert hidden layer {layer} here</source>
        <translation>在这里插入隐藏层 {layer}</translation>
    </message>
    <message>
        <source>there is no hidden layer yet; drag “{part}” in first.</source>
        <translation>还没有隐藏层；请先把“{part}”拖进来。</translation>
    </message>
    <message>
        <source>drop the neuron onto a hidden layer.</source>
        <translation>请把神经元放到一个隐藏层上。</translation>
    </message>
    <message>
        <source>layer {layer} already has the maximum of {most} neurons.</source>
        <translation>第 {layer} 层已经达到最多 {most} 个神经元。</translation>
    </message>
    <message>
        <source>Add a neuron to layer {layer}</source>
        <translation>给第 {layer} 层添加一个神经元</translation>
    </message>
    <message>
        <source>Drag “{part}” onto the network: between two layers.</source>
        <translation>把“{part}”拖到网络上：放在两层之间。</translation>
    </message>
    <message>
        <source>Drag “{part}” onto the network: onto a hidden layer.</source>
        <translation>把“{part}”拖到网络上：放在一个隐藏层上。</translation>
    </message>
    <message>
        <source>The network is not ready yet.</source>
        <translation>网络还没有准备好。</translation>
    </message>
    <message>
        <source>{part}: drop it on the network</source>
        <translation>{part}：把它放到网络上</translation>
    </message>
    <message>
        <source>Editing the network is locked in this lesson</source>
        <translation>本课锁定了网络编辑</translation>
    </message>
</context>
<context>
    <name>dropout</name>
    <message>
        <source>{field} must be a number from 0 to {high}; got {value}</source>
        <translation>{field} 必须是 0 到 {high} 之间的数；得到的是 {value}</translation>
    </message>
</context>
<context>
    <name>edit_commands</name>
    <message>
        <source>neuron {unit} of layer {layer}</source>
        <translation>第 {layer} 层的神经元 {unit}</translation>
    </message>
    <message>
        <source>output {unit} ({class_name})</source>
        <translation>输出 {unit}（{class_name}）</translation>
    </message>
    <message>
        <source>the output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>未更改</translation>
    </message>
    <message>
        <source>Cannot undo {edit}</source>
        <translation>无法撤销“{edit}”</translation>
    </message>
    <message>
        <source>the network changed shape before this edit arrived; try again</source>
        <translation>这次编辑到达之前网络的形状已经改变；请再试一次</translation>
    </message>
    <message>
        <source>the network has another shape now</source>
        <translation>网络现在的形状不同了</translation>
    </message>
    <message>
        <source>neuron {unit} is the last of layer {layer}</source>
        <translation>神经元 {unit} 是第 {layer} 层的最后一个</translation>
    </message>
    <message>
        <source>add neuron to layer {layer}</source>
        <translation>给第 {layer} 层添加神经元</translation>
    </message>
    <message>
        <source>remove neuron {unit} from layer {layer}</source>
        <translation>从第 {layer} 层删除神经元 {unit}</translation>
    </message>
    <message>
        <source>add hidden layer {layer}</source>
        <translation>添加隐藏层 {layer}</translation>
    </message>
    <message>
        <source>insert hidden layer {layer}</source>
        <translation>插入隐藏层 {layer}</translation>
    </message>
    <message>
        <source>remove hidden layer {layer}</source>
        <translation>删除隐藏层 {layer}</translation>
    </message>
    <message>
        <source>set layer {layer} to {activation}</source>
        <translation>把第 {layer} 层设为 {activation}</translation>
    </message>
    <message>
        <source>set dropout of layer {layer} to {rate}</source>
        <translation>把第 {layer} 层的 Dropout 设为 {rate}</translation>
    </message>
    <message>
        <source>switch dropout of layer {layer} off</source>
        <translation>关闭第 {layer} 层的 Dropout</translation>
    </message>
    <message>
        <source>switch {feature} on</source>
        <translation>打开 {feature}</translation>
    </message>
    <message>
        <source>switch {feature} off</source>
        <translation>关闭 {feature}</translation>
    </message>
    <message>
        <source>enable link {link}</source>
        <translation>启用连接 {link}</translation>
    </message>
    <message>
        <source>disable link {link}</source>
        <translation>禁用连接 {link}</translation>
    </message>
    <message>
        <source>set weight {link} to {value}</source>
        <translation>把权重 {link} 设为 {value}</translation>
    </message>
    <message>
        <source>set bias of {neuron} to {value}</source>
        <translation>把 {neuron} 的偏置设为 {value}</translation>
    </message>
</context>
<context>
    <name>edits</name>
    <message>
        <source>hidden layer must be from 0 to {high}; got {value}</source>
        <translation>隐藏层必须在 0 到 {high} 之间；得到的是 {value}</translation>
    </message>
    <message>
        <source>the network has no hidden layers</source>
        <translation>网络没有隐藏层</translation>
    </message>
    <message>
        <source>start must be 'identity' or 'random'; got {value}</source>
        <translation>start 必须是 'identity' 或 'random'；得到的是 {value}</translation>
    </message>
    <message>
        <source>the network already has the maximum of {count} hidden layers</source>
        <translation>网络已经达到最多 {count} 个隐藏层</translation>
    </message>
    <message>
        <source>layer index must be from 0 to {high}; got {value}</source>
        <translation>层索引必须在 0 到 {high} 之间；得到的是 {value}</translation>
    </message>
    <message>
        <source>hidden layer {layer} already has the maximum of {count} neurons</source>
        <translation>隐藏层 {layer} 已经达到最多 {count} 个神经元</translation>
    </message>
    <message>
        <source>neuron must be from 0 to {high} in hidden layer {layer}; got {value}</source>
        <translation>隐藏层 {layer} 中的神经元必须在 0 到 {high} 之间；得到的是 {value}</translation>
    </message>
    <message>
        <source>feature must be one of {choices}; got {value}</source>
        <translation>特征必须是 {choices} 之一；得到的是 {value}</translation>
    </message>
    <message>
        <source>at least one input feature must stay on</source>
        <translation>至少要保留一个输入特征</translation>
    </message>
</context>
<context>
    <name>exports</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG 图片 (*.svg)</translation>
    </message>
    <message>
        <source>Decision boundary as &amp;PNG…</source>
        <translation>决策边界（PNG）(&amp;P)…</translation>
    </message>
    <message>
        <source>Decision boundary as &amp;SVG…</source>
        <translation>决策边界（SVG）(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Network diagram as PNG…</source>
        <translation>网络图（PNG）(&amp;N)…</translation>
    </message>
    <message>
        <source>Network diagram as S&amp;VG…</source>
        <translation>网络图（SVG）(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Loss history as CSV…</source>
        <translation>损失历史（CSV）(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Weights as JSON…</source>
        <translation>权重（JSON）(&amp;W)…</translation>
    </message>
    <message>
        <source>Animated &amp;GIF of training…</source>
        <translation>训练过程 GIF 动画(&amp;G)…</translation>
    </message>
    <message>
        <source>Cannot export {name}</source>
        <translation>无法导出 {name}</translation>
    </message>
    <message>
        <source>Exported {path}</source>
        <translation>已导出 {path}</translation>
    </message>
    <message>
        <source>Export the decision boundary</source>
        <translation>导出决策边界</translation>
    </message>
    <message>
        <source>{name} boundary</source>
        <translation>{name} 边界</translation>
    </message>
    <message>
        <source>Export the network diagram</source>
        <translation>导出网络图</translation>
    </message>
    <message>
        <source>{name} network</source>
        <translation>{name} 网络</translation>
    </message>
    <message>
        <source>the picture could not be written</source>
        <translation>无法写入图片</translation>
    </message>
    <message>
        <source>Export the loss history</source>
        <translation>导出损失历史</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>{name} loss</source>
        <translation>{name} 损失</translation>
    </message>
    <message>
        <source>Export the weights</source>
        <translation>导出权重</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>{name} weights</source>
        <translation>{name} 权重</translation>
    </message>
    <message>
        <source>Animated GIF</source>
        <translation>GIF 动画</translation>
    </message>
    <message>
        <source>Train a copy of this network for how many epochs?
(Your own work is not changed.)</source>
        <translation>把这个网络的副本训练多少轮？
（你自己的作品不会改变。）</translation>
    </message>
    <message>
        <source>Export an animated GIF</source>
        <translation>导出 GIF 动画</translation>
    </message>
    <message>
        <source>GIF animation (*.gif)</source>
        <translation>GIF 动画 (*.gif)</translation>
    </message>
    <message>
        <source>{name} training</source>
        <translation>{name} 训练</translation>
    </message>
    <message>
        <source>Training a copy and drawing the frames…</source>
        <translation>正在训练副本并绘制各帧…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>file_actions</name>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>{title}: {message}</source>
        <translation>{title}：{message}</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Save the changes to “{name}” first?</source>
        <translation>先保存对“{name}”的更改吗？</translation>
    </message>
    <message numerus="yes">
        <source>New playground. Your {count} own points are kept: the My points tile.</source>
        <translation><numerusform>新的练习场。你自己的 {count} 个点已保留：见“我的数据点”图块。</numerusform></translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Still opening another file; {name} was not opened.</source>
        <translation>仍在打开另一个文件；未打开 {name}。</translation>
    </message>
    <message>
        <source>Cannot open {name}</source>
        <translation>无法打开 {name}</translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation>已打开 {name}</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <source>Cannot save {name}</source>
        <translation>无法保存 {name}</translation>
    </message>
    <message>
        <source>it was opened read-only; save a copy instead</source>
        <translation>它以只读方式打开；请改为保存副本</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
    <message>
        <source>Autosave failed: {why}</source>
        <translation>自动保存失败：{why}</translation>
    </message>
</context>
<context>
    <name>file_names</name>
    <message>
        <source>NN Playground projects ({pattern})</source>
        <translation>NN Playground 项目 ({pattern})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>NN Playground lessons ({pattern})</source>
        <translation>NN Playground 课程 ({pattern})</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
</context>
<context>
    <name>folder_action</name>
    <message>
        <source>Open &amp;class folder…</source>
        <translation>打开班级文件夹(&amp;C)…</translation>
    </message>
    <message>
        <source>See a folder of hand-ins as a gallery, one card per student</source>
        <translation>以画廊形式查看一个作业文件夹，每个学生一张卡片</translation>
    </message>
    <message>
        <source>Open a class folder</source>
        <translation>打开班级文件夹</translation>
    </message>
</context>
<context>
    <name>gallery</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Test accuracy, best first</source>
        <translation>测试准确率，从高到低</translation>
    </message>
    <message>
        <source>Train accuracy, best first</source>
        <translation>训练准确率，从高到低</translation>
    </message>
    <message>
        <source>Test loss, lowest first</source>
        <translation>测试损失，从低到高</translation>
    </message>
    <message>
        <source>Train loss, lowest first</source>
        <translation>训练损失，从低到高</translation>
    </message>
    <message>
        <source>Epochs, most first</source>
        <translation>轮数，从多到少</translation>
    </message>
    <message>
        <source>Handed in, latest first</source>
        <translation>提交时间，从新到旧</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Class: {folder}</source>
        <translation>班级：{folder}</translation>
    </message>
    <message>
        <source>Hand-ins of the class</source>
        <translation>班级的作业</translation>
    </message>
    <message>
        <source>Click a column's title to sort by it; again to reverse</source>
        <translation>单击列标题按该列排序；再单击一次反向排序</translation>
    </message>
    <message>
        <source>Double-click a student's card, or press Enter, to open it</source>
        <translation>双击学生的卡片，或按 Enter，即可打开</translation>
    </message>
    <message>
        <source>Reading {folder}…</source>
        <translation>正在读取 {folder}…</translation>
    </message>
    <message>
        <source>The cards' order (a click on a column's title sorts too)</source>
        <translation>卡片的顺序（单击列标题也能排序）</translation>
    </message>
    <message>
        <source>&amp;Sort by:</source>
        <translation>排序方式(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Open read-only</source>
        <translation>只读打开(&amp;O)</translation>
    </message>
    <message>
        <source>Open the chosen card's work; saving it asks for a new name</source>
        <translation>打开所选卡片的作品；保存时会要求起一个新名字</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the table as a CSV file for a grade book</source>
        <translation>把表格保存为 CSV 文件，用于成绩册</translation>
    </message>
    <message>
        <source>Close the gallery</source>
        <translation>关闭画廊</translation>
    </message>
    <message>
        <source>No hand-ins (.nnplay files) in {folder}.</source>
        <translation>{folder} 中没有作业（.nnplay 文件）。</translation>
    </message>
    <message>
        <source>{hand_ins}, {others} (see their notes): reading {read} of {expected}… in {folder}.</source>
        <translation>{hand_ins}，{others}（见备注）：正在读取 {folder} 中的第 {read} 个，共 {expected} 个…</translation>
    </message>
    <message>
        <source>{hand_ins}, {others} (see their notes) in {folder}.</source>
        <translation>{folder} 中有 {hand_ins}，{others}（见备注）。</translation>
    </message>
    <message>
        <source>{hand_ins}: reading {read} of {expected}… in {folder}.</source>
        <translation>{hand_ins}：正在读取 {folder} 中的第 {read} 个，共 {expected} 个…</translation>
    </message>
    <message>
        <source>{hand_ins} in {folder}.</source>
        <translation>{folder} 中有 {hand_ins}。</translation>
    </message>
    <message numerus="yes">
        <source>%n hand-in(s)</source>
        <translation><numerusform>%n 份作业</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n other or damaged file(s)</source>
        <translation><numerusform>%n 个其他或损坏的文件</numerusform></translation>
    </message>
    <message>
        <source>{summary} ({why_short})</source>
        <translation>{summary}（{why_short}）</translation>
    </message>
    <message>
        <source>Choose a student's card first.</source>
        <translation>请先选择一个学生的卡片。</translation>
    </message>
    <message>
        <source>{file} cannot be opened: {why}</source>
        <translation>无法打开 {file}：{why}</translation>
    </message>
    <message>
        <source>{student} (hand-in)</source>
        <translation>{student}（作业）</translation>
    </message>
    <message>
        <source>class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>{class_name} grades</source>
        <translation>{class_name} 成绩</translation>
    </message>
    <message>
        <source>Export the class as CSV</source>
        <translation>把班级导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Could not save {file}: {problem}</source>
        <translation>无法保存 {file}：{problem}</translation>
    </message>
    <message>
        <source>Saved the class as {file}</source>
        <translation>已把班级保存为 {file}</translation>
    </message>
</context>
<context>
    <name>gradient_panel</name>
    <message>
        <source>‖∂L/∂W‖ / ‖W‖ of each layer: how fast its weights change for their size (the last batch's gradient, averaged over a few frames), against the training step, on a log scale. Each grid line down is 10× slower. The red dashed line is the output layer's ÷ 50: a layer below it learns too slowly to catch up, which matters while much is left to learn.</source>
        <translation>各层的 ‖∂L/∂W‖ / ‖W‖：相对于权重本身的大小，权重变化得有多快（最后一个批次的梯度，在几帧上取平均），横轴为训练步，纵轴为对数刻度。每往下一条网格线，就慢 10 倍。红色虚线是输出层的值 ÷ 50：低于它的层学得太慢，跟不上，在还有很多要学的时候这很关键。</translation>
    </message>
    <message>
        <source>training step</source>
        <translation>训练步</translation>
    </message>
    <message>
        <source>Each layer's colour (h1 = the weights into hidden layer 1, out = into the output); the red dashed line: the output layer's ‖∂L/∂W‖ / ‖W‖ ÷ 50.</source>
        <translation>每层的颜色（h1 = 进入隐藏层 1 的权重，out = 进入输出层的权重）；红色虚线：输出层的 ‖∂L/∂W‖ / ‖W‖ ÷ 50。</translation>
    </message>
    <message>
        <source>Which layer's weights the histograms show (the weights into that layer's neurons).</source>
        <translation>直方图显示哪一层的权重（进入该层神经元的权重）。</translation>
    </message>
    <message>
        <source>Weights w of this layer: how many have each value.</source>
        <translation>本层的权重 w：每个取值有多少个。</translation>
    </message>
    <message>
        <source>Gradients ∂L/∂w of this layer's weights (last batch): how many have each value. Look at the axis: for a vanishing layer they are all tiny.</source>
        <translation>本层权重的梯度 ∂L/∂w（最后一个批次）：每个取值有多少个。注意坐标轴：对于梯度消失的层，它们都非常小。</translation>
    </message>
    <message>
        <source>Weights w</source>
        <translation>权重 w</translation>
    </message>
    <message>
        <source>Gradients ∂L/∂w</source>
        <translation>梯度 ∂L/∂w</translation>
    </message>
    <message>
        <source>± their typical size (root mean square)</source>
        <translation>± 它们的典型大小（均方根）</translation>
    </message>
    <message>
        <source>Close the gradient panel (G); the loss chart comes back</source>
        <translation>关闭梯度面板（G）；损失图会回来</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>梯度</translation>
    </message>
    <message>
        <source>Histograms of</source>
        <translation>直方图：</translation>
    </message>
    <message>
        <source>out ÷ 50</source>
        <translation>out ÷ 50</translation>
    </message>
    <message>
        <source>{layer} ({rows}×{columns} weights)</source>
        <translation>{layer}（{rows}×{columns} 个权重）</translation>
    </message>
    <message>
        <source>No gradient warning: no layer starves while much is left to learn, and no step is larger than the weights it changes. (Hover for the rule.)</source>
        <translation>没有梯度警告：在还有很多要学时没有哪一层“饿着”，也没有哪一步比它改变的权重还大。（悬停查看规则。）</translation>
    </message>
    <message>
        <source>Press play: each layer's gradient size appears here as the network trains.</source>
        <translation>按播放：网络训练时，每层梯度的大小会显示在这里。</translation>
    </message>
    <message>
        <source>Weights w: ±{size}</source>
        <translation>权重 w：±{size}</translation>
    </message>
    <message>
        <source>Gradients ∂L/∂w: ±{size}</source>
        <translation>梯度 ∂L/∂w：±{size}</translation>
    </message>
</context>
<context>
    <name>gradient_slot</name>
    <message>
        <source>&amp;Gradients</source>
        <translation>梯度(&amp;G)</translation>
    </message>
    <message>
        <source>Show each layer's gradient size over time, warnings for vanishing or exploding gradients, and histograms of weights and gradients, in the loss chart's place (G)</source>
        <translation>在损失图的位置显示每层梯度大小随时间的变化、梯度消失或梯度爆炸的警告，以及权重和梯度的直方图（G）</translation>
    </message>
</context>
<context>
    <name>gradient_stats</name>
    <message>
        <source>output layer</source>
        <translation>输出层</translation>
    </message>
    <message>
        <source>hidden layer {number}</source>
        <translation>隐藏层 {number}</translation>
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
        <translation>你的名字会和你的网络、它的结果（轮数、损失和准确率）以及决策边界的小图一起写入文件，这样老师就知道这是谁的作品。这台电脑会记住它，供你下次提交时使用。</translation>
    </message>
    <message>
        <source>Hand in your work</source>
        <translation>提交你的作业</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>你的名字(&amp;N)：</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>你的名字</translation>
    </message>
    <message>
        <source>Your name as your teacher knows it (at most {characters})</source>
        <translation>老师知道的你的名字（最多 {characters}）</translation>
    </message>
    <message>
        <source>Continue…</source>
        <translation>继续…</translation>
    </message>
    <message>
        <source>Choose where to save the hand-in file</source>
        <translation>选择作业文件的保存位置</translation>
    </message>
    <message>
        <source>Please type your name on one line (letters, not symbols).</source>
        <translation>请在一行中输入你的名字（用文字，不用符号）。</translation>
    </message>
    <message>
        <source>&amp;Hand in…</source>
        <translation>提交作业(&amp;H)…</translation>
    </message>
    <message>
        <source>Save your work for your teacher: with your name, its results and a picture</source>
        <translation>为老师保存你的作业：带上你的名字、结果和一张图</translation>
    </message>
    <message>
        <source>Hand in</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>NN Playground hand-ins (*{suffix})</source>
        <translation>NN Playground 作业 (*{suffix})</translation>
    </message>
    <message>
        <source>Cannot hand in {file}</source>
        <translation>无法提交 {file}</translation>
    </message>
    <message>
        <source>Handed in as {student}: {file}</source>
        <translation>已以 {student} 的名义提交：{file}</translation>
    </message>
</context>
<context>
    <name>handin</name>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>must be one line without control characters; got {value}</source>
        <translation>必须是一行且不含控制字符；得到的是 {value}</translation>
    </message>
    <message>
        <source>must be one line; got {value}</source>
        <translation>必须是一行；得到的是 {value}</translation>
    </message>
    <message>
        <source>says {said} epochs, but the network in the file was trained {epochs}</source>
        <translation>写的是 {said} 轮，但文件中的网络训练了 {epochs} 轮</translation>
    </message>
    <message>
        <source>must be a UTC time such as 2026-12-04T22:10:05Z; got {value}</source>
        <translation>必须是 UTC 时间，例如 2026-12-04T22:10:05Z；得到的是 {value}</translation>
    </message>
    <message>
        <source>is not a real date and time; got {value}</source>
        <translation>不是真实的日期和时间；得到的是 {value}</translation>
    </message>
    <message>
        <source>must be a finite number or null; got {value}</source>
        <translation>必须是有限的数或 null；得到的是 {value}</translation>
    </message>
    <message>
        <source>must be from 0 to {high}; got {value}</source>
        <translation>必须在 0 到 {high} 之间；得到的是 {value}</translation>
    </message>
    <message>
        <source>must be a PNG picture as base64 text; got {value}</source>
        <translation>必须是以 base64 文本表示的 PNG 图片；得到的是 {value}</translation>
    </message>
    <message>
        <source>is {length} characters long; a thumbnail is at most {limit}</source>
        <translation>长 {length} 个字符；缩略图最多 {limit} 个</translation>
    </message>
    <message>
        <source>is not base64 text; it starts {start}</source>
        <translation>不是 base64 文本；它的开头是 {start}</translation>
    </message>
    <message>
        <source>is not a PNG picture</source>
        <translation>不是 PNG 图片</translation>
    </message>
    <message>
        <source>is {width}×{height} pixels; at most {limit} on each side</source>
        <translation>大小为 {width}×{height} 像素；每边最多 {limit}</translation>
    </message>
    <message>
        <source>is a damaged PNG picture</source>
        <translation>是损坏的 PNG 图片</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <source>Top bar</source>
        <translation>顶部栏</translation>
    </message>
    <message>
        <source>Play (Space) trains and pauses; Step by step (W) walks backpropagation through one point. The boxes set how the network learns.</source>
        <translation>播放（Space）开始和暂停训练；逐步讲解（W）带你看反向传播如何处理一个点。各个选择框决定网络如何学习。</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Pick a data set, its number of points and its noise; or paint your own points (P).</source>
        <translation>选择数据集、点数和噪声；或者绘制你自己的数据点（P）。</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Inputs on the left, hidden layers, the output on the right; + and − add layers and neurons. Blue links are positive weights, orange negative, thicker ones stronger.</source>
        <translation>左边是输入，中间是隐藏层，右边是输出；+ 和 − 用来添加层和神经元。蓝色连接是正权重，橙色是负权重，越粗越强。</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>What the network predicts over the plane, with the data on top: each class in its colour and shape; training points filled, test points hollow (Show test data).</source>
        <translation>网络在整个平面上的预测，数据画在上面：每个类别有自己的颜色和形状；训练点是实心的，测试点是空心的（显示测试数据）。</translation>
    </message>
    <message>
        <source>Loss chart and timeline</source>
        <translation>损失图和时间轴</translation>
    </message>
    <message>
        <source>The loss over the epochs. Drag the timeline under it to rewind; Left steps back one epoch.</source>
        <translation>各轮的损失。拖动下方的时间轴可以倒回；按 Left 后退一轮。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>(keys only)</source>
        <translation>（仅按键）</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>作用</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>菜单</translation>
    </message>
    <message>
        <source>Every key of the window and what it does</source>
        <translation>窗口中的每个按键及其作用</translation>
    </message>
    <message>
        <source>Tab and Shift+Tab move between the controls; Space or Enter presses the one with the focus ring.</source>
        <translation>Tab 和 Shift+Tab 在控件之间移动；Space 或 Enter 按下带焦点框的控件。</translation>
    </message>
    <message>
        <source>About NN Playground</source>
        <translation>关于 NN Playground</translation>
    </message>
    <message>
        <source>Draw a network, pick or paint data, press play and watch backpropagation learn. Works offline.</source>
        <translation>画出网络，选择或绘制数据，按播放，观察反向传播如何学习。无需联网。</translation>
    </message>
    <message>
        <source>Help › Quick start shows the window's parts; Help › Keyboard shortcuts lists the keys.</source>
        <translation>“帮助 › 快速入门”介绍窗口的各个部分；“帮助 › 键盘快捷键”列出所有按键。</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the versions, e.g. into a bug report</source>
        <translation>复制版本信息，例如粘贴到错误报告中</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <source>Quick start</source>
        <translation>快速入门</translation>
    </message>
    <message>
        <source>Picture of the window with its regions numbered</source>
        <translation>窗口截图，各区域已编号</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;{number}. {title}&lt;/b&gt;&lt;br&gt;{text}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;{number}. {title}&lt;/b&gt;&lt;br&gt;{text}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What each region is for</source>
        <translation>各区域的用途</translation>
    </message>
    <message>
        <source>&amp;Quick start</source>
        <translation>快速入门(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About NN Playground</source>
        <translation>关于 NN Playground(&amp;A)</translation>
    </message>
</context>
<context>
    <name>hover_tips</name>
    <message>
        <source>… ({count} more)</source>
        <translation>…（还有 {count} 个）</translation>
    </message>
    <message>
        <source>p(blue) = σ({sum})</source>
        <translation>p(蓝) = σ({sum})</translation>
    </message>
    <message>
        <source>aᵢ: the outputs of layer {layer}</source>
        <translation>aᵢ：第 {layer} 层的输出</translation>
    </message>
    <message>
        <source>Its map fills the output view. Click, then Delete, or drag it off the network, to remove it; double-click to edit its bias.</source>
        <translation>它的图填满输出视图。单击后按 Delete，或把它拖出网络，即可删除；双击可编辑它的偏置。</translation>
    </message>
    <message>
        <source>Double-click to edit its bias.</source>
        <translation>双击可编辑它的偏置。</translation>
    </message>
    <message>
        <source>Link {link}: disabled (dashed)
Its weight stays 0 and it trains no more. Click to enable it.</source>
        <translation>连接 {link}：已禁用（虚线）
它的权重保持为 0，不再训练。单击可启用。</translation>
    </message>
    <message>
        <source>Link {link}
weight w = {weight}
last gradient ∂L/∂w = {gradient}
Click to disable it; double-click to type a weight.</source>
        <translation>连接 {link}
权重 w = {weight}
最近的梯度 ∂L/∂w = {gradient}
单击可禁用；双击可输入权重。</translation>
    </message>
    <message>
        <source>Bias of {neuron}
b = {bias}
last gradient ∂L/∂b = {gradient}
Double-click to type a bias.</source>
        <translation>{neuron} 的偏置
b = {bias}
最近的梯度 ∂L/∂b = {gradient}
双击可输入偏置。</translation>
    </message>
</context>
<context>
    <name>inert_text</name>
    <message>
        <source>&lt;p&gt;&lt;i&gt;These instructions cannot be shown: {reason}&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;无法显示这些说明：{reason}&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>language_menu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Show NN Playground in {language} (after a restart)</source>
        <translation>以{language}显示 NN Playground（重启后生效）</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>NN Playground will be in {language} when it starts again. Restart now?</source>
        <translation>NN Playground 下次启动时将使用{language}。现在重启吗？</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>立即重启</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
</context>
<context>
    <name>layer_menu</name>
    <message>
        <source>Hidden layer {layer}: activation</source>
        <translation>隐藏层 {layer}：激活函数</translation>
    </message>
    <message>
        <source>{formula} — keeps every weight</source>
        <translation>{formula} — 保留所有权重</translation>
    </message>
    <message>
        <source>Add a neuron</source>
        <translation>添加一个神经元</translation>
    </message>
    <message>
        <source>Remove this layer</source>
        <translation>删除这一层</translation>
    </message>
    <message>
        <source>Insert a layer after this one, with random weights</source>
        <translation>在这一层之后插入一层，使用随机权重</translation>
    </message>
    <message>
        <source>A fresh layer as wide as this one, from random weights: the network starts learning what comes after this layer again. (The + button and the palette insert a layer that keeps what the network computes.)</source>
        <translation>一个与这一层同样宽的新层，使用随机权重：网络要重新学习这一层之后的部分。（+ 按钮和组件面板插入的层会保持网络的计算结果不变。）</translation>
    </message>
    <message>
        <source>While training, each neuron of this layer is switched off for each training point with this probability, and the neurons kept are scaled up to make up for it (inverted dropout): the network cannot lean on any one neuron. Evaluation, the loss curve and the maps always use every neuron. Every weight is kept.</source>
        <translation>训练时，对每个训练点，本层的每个神经元以这个概率被关闭，保留的神经元会按比例放大来弥补（反向 Dropout）：网络不能依赖任何一个神经元。评估、损失曲线和各图始终使用全部神经元。所有权重都会保留。</translation>
    </message>
    <message>
        <source>Dropout: {rate}</source>
        <translation>Dropout：{rate}</translation>
    </message>
    <message>
        <source>Dropout: none</source>
        <translation>Dropout：无</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>No dropout: every neuron trains on every point</source>
        <translation>无 Dropout：每个神经元都在每个点上训练</translation>
    </message>
</context>
<context>
    <name>lesson_locks</name>
    <message>
        <source>Locked by lesson ‘{title}’. Lessons › Leave lesson to play freely.</source>
        <translation>已被课程“{title}”锁定。选择“课程 › 离开课程”可以自由探索。</translation>
    </message>
    <message>
        <source>Locked in this lesson. Lessons › Leave lesson to play freely.</source>
        <translation>本课中已锁定。选择“课程 › 离开课程”可以自由探索。</translation>
    </message>
    <message numerus="yes">
        <source>Locked in this lesson: {controls} and %n more (greyed out).</source>
        <translation><numerusform>本课中已锁定：{controls} 以及另外 %n 项（灰色）。</numerusform></translation>
    </message>
    <message>
        <source>Locked in this lesson: {controls}.</source>
        <translation>本课中已锁定：{controls}。</translation>
    </message>
</context>
<context>
    <name>lesson_panel</name>
    <message>
        <source>Play freely from here: every control unlocks, the data and the network stay as they are, and what you save is your own project (Ctrl+Shift+L). The teacher's password is asked for first</source>
        <translation>从这里开始自由探索：所有控件解锁，数据和网络保持不变，你保存的是你自己的项目（Ctrl+Shift+L）。需要先输入教师密码</translation>
    </message>
    <message>
        <source>Play freely from here: every control unlocks, the data and the network stay as they are, and what you save is your own project (Ctrl+Shift+L)</source>
        <translation>从这里开始自由探索：所有控件解锁，数据和网络保持不变，你保存的是你自己的项目（Ctrl+Shift+L）</translation>
    </message>
    <message>
        <source>LESSON</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Hide the instructions (Lessons → Show instructions brings them back). The lesson's locks stay: Leave lesson ends them.</source>
        <translation>隐藏说明（“课程 → 显示说明”可以让它回来）。课程的锁定仍然有效：“离开课程”才能解除。</translation>
    </message>
    <message>
        <source>Start the lesson again</source>
        <translation>重新开始本课</translation>
    </message>
    <message>
        <source>Back to the lesson's starting point: its data, network and settings</source>
        <translation>回到本课的起点：它的数据、网络和设置</translation>
    </message>
    <message>
        <source>Leave lesson</source>
        <translation>离开课程</translation>
    </message>
    <message>
        <source>Welcome to NN Playground</source>
        <translation>欢迎使用 NN Playground</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to NN Playground&lt;/h2&gt;&lt;p&gt;New here? Start with lesson 1. Or pick any lesson, paint your own data on an empty canvas, or play freely with the default playground.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;欢迎使用 NN Playground&lt;/h2&gt;&lt;p&gt;第一次来？从第 1 课开始吧。你也可以任选一课，在空白画布上绘制自己的数据，或者在默认练习场中自由探索。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Show this at start</source>
        <translation>启动时显示</translation>
    </message>
    <message>
        <source>Start with lesson 1</source>
        <translation>从第 1 课开始</translation>
    </message>
    <message>
        <source>Open chosen lesson</source>
        <translation>打开所选课程</translation>
    </message>
    <message>
        <source>Empty canvas for painting</source>
        <translation>空白画布，用于绘制</translation>
    </message>
    <message>
        <source>No points yet: paint your own on the output, with the default network (two hidden layers). No lesson, nothing locked.</source>
        <translation>还没有数据点：在输出上绘制你自己的点，使用默认网络（两个隐藏层）。没有课程，没有锁定。</translation>
    </message>
    <message>
        <source>Default playground</source>
        <translation>默认练习场</translation>
    </message>
    <message>
        <source>TensorFlow Playground's start: Circle data and two hidden layers (4 and 2 neurons). No lesson, nothing locked.</source>
        <translation>TensorFlow Playground 的起点：圆形数据和两个隐藏层（4 个和 2 个神经元）。没有课程，没有锁定。</translation>
    </message>
    <message>
        <source>Start &amp;page…</source>
        <translation>起始页(&amp;P)…</translation>
    </message>
    <message>
        <source>Start this lesson &amp;again</source>
        <translation>重新开始本课(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Leave lesson</source>
        <translation>离开课程(&amp;L)</translation>
    </message>
    <message>
        <source>Show &amp;instructions</source>
        <translation>显示说明(&amp;I)</translation>
    </message>
    <message>
        <source>Type it to leave the lesson.</source>
        <translation>输入密码以离开课程。</translation>
    </message>
    <message>
        <source>Left the lesson ‘{title}’: every control is yours, the data and the network stay. File › Save keeps them as your own project.</source>
        <translation>已离开课程“{title}”：所有控件由你支配，数据和网络保持不变。“文件 › 保存”会把它们保存为你自己的项目。</translation>
    </message>
</context>
<context>
    <name>lesson_preview</name>
    <message>
        <source>&amp;Back to editing the lesson</source>
        <translation>返回编辑课程(&amp;B)</translation>
    </message>
    <message>
        <source>End the preview: your work and the teacher dialog come back as they were</source>
        <translation>结束预览：你的工作和教师对话框恢复原样</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview: the lesson as students get it.&lt;/b&gt;</source>
        <translation>&lt;b&gt;预览：学生看到的课程。&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Back to editing</source>
        <translation>返回编辑</translation>
    </message>
    <message>
        <source>A preview is already showing.</source>
        <translation>已经在显示一个预览。</translation>
    </message>
    <message>
        <source>Cannot preview: {error}</source>
        <translation>无法预览：{error}</translation>
    </message>
    <message>
        <source>Cannot preview: the lesson did not open.</source>
        <translation>无法预览：课程没有打开。</translation>
    </message>
    <message>
        <source>Preview: the lesson as students get it. Lessons › Back to editing the lesson ends it.</source>
        <translation>预览：学生看到的课程。“课程 › 返回编辑课程”可结束预览。</translation>
    </message>
    <message>
        <source>Back to editing the lesson: your work is as it was.</source>
        <translation>已返回编辑课程：你的工作保持原样。</translation>
    </message>
</context>
<context>
    <name>lesson_texts</name>
    <message>
        <source>must be text or texts by language code; got {value}</source>
        <translation>必须是文本，或按语言代码分别给出的文本；得到的是 {value}</translation>
    </message>
    <message>
        <source>has no text in any language</source>
        <translation>没有任何语言的文本</translation>
    </message>
    <message>
        <source>has {count} languages; at most {limit}</source>
        <translation>有 {count} 种语言；最多 {limit} 种</translation>
    </message>
    <message>
        <source>{code} is not a language code (such as en, de or pt_BR)</source>
        <translation>{code} 不是语言代码（例如 en、de 或 pt_BR）</translation>
    </message>
</context>
<context>
    <name>lock_password</name>
    <message>
        <source>must be {count} lowercase hexadecimal digits; got {value}</source>
        <translation>必须是 {count} 位小写十六进制数字；得到的是 {value}</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>at most {limit} characters</source>
        <translation>最多 {limit} 个字符</translation>
    </message>
    <message>
        <source>must be from {low} to {high}; got {value}</source>
        <translation>必须在 {low} 到 {high} 之间；得到的是 {value}</translation>
    </message>
</context>
<context>
    <name>lock_password_dialog</name>
    <message>
        <source>The password stops students switching the lesson's locks off in the app: Leave lesson and Teacher mode ask for it. It does not stop someone who edits the lesson file by hand: they can remove the lesson, locks and all. The file keeps only a salted hash of the password, never the password itself.</source>
        <translation>密码可以阻止学生在应用中关闭课程的锁定：“离开课程”和“教师模式”都会要求输入密码。但它无法阻止有人手动编辑课程文件：那样可以把课程连同锁定一起删除。文件中只保存密码加盐后的哈希值，从不保存密码本身。</translation>
    </message>
    <message>
        <source>Password on the lesson's locks</source>
        <translation>课程锁定的密码</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>再次输入</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <source>Type a password, or Cancel to keep the lesson without one.</source>
        <translation>请输入密码，或按取消，保留没有密码的课程。</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same one twice.</source>
        <translation>两次输入的密码不同：请输入相同的密码两次。</translation>
    </message>
    <message>
        <source>This lesson's locks have a password</source>
        <translation>本课的锁定设有密码</translation>
    </message>
    <message>
        <source>The teacher put a password on the locks of ‘{title}’. {ask}</source>
        <translation>教师为“{title}”的锁定设置了密码。{ask}</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Wrong password: nothing changed. The locks stay on.</source>
        <translation>密码错误：没有任何更改。锁定仍然有效。</translation>
    </message>
</context>
<context>
    <name>loss_chart</name>
    <message>
        <source>About: measured on {sampled} of the {total} points while the exact figures are computed (a moment on this much data).</source>
        <translation>约值：在计算精确数值期间，只在 {total} 个点中的 {sampled} 个上测量（数据这么多时需要一会儿）。</translation>
    </message>
    <message>
        <source>Test loss</source>
        <translation>测试损失</translation>
    </message>
    <message>
        <source>{whose}: test loss</source>
        <translation>{whose}：测试损失</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <source>{whose}: training loss</source>
        <translation>{whose}：训练损失</translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>测试准确率</translation>
    </message>
    <message>
        <source>{whose}: test accuracy</source>
        <translation>{whose}：测试准确率</translation>
    </message>
    <message>
        <source>Training accuracy</source>
        <translation>训练准确率</translation>
    </message>
    <message>
        <source>{whose}: training accuracy</source>
        <translation>{whose}：训练准确率</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>对数刻度</translation>
    </message>
    <message>
        <source>Show the loss on a logarithmic scale, where small losses and their changes stay visible.</source>
        <translation>用对数刻度显示损失，这样较小的损失及其变化仍然看得见。</translation>
    </message>
    <message>
        <source>epoch {epoch} · train {train} · test {test}</source>
        <translation>第 {epoch} 轮 · 训练 {train} · 测试 {test}</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
</context>
<context>
    <name>loss_choice</name>
    <message>
        <source>choose the {loss} loss</source>
        <translation>选择{loss}损失</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>An empty canvas: click or drag on the output to paint points (keys 1-8 pick the class). Then Training › Backprop, step by step (W) walks one point through.</source>
        <translation>空白画布：在输出上单击或拖动来绘制数据点（按键 1-8 选择类别）。然后用“训练 › 反向传播逐步讲解”（W）带一个点走一遍。</translation>
    </message>
    <message>
        <source>NN Playground</source>
        <translation>NN Playground</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Step by
step</source>
        <translation>逐步
讲解</translation>
    </message>
    <message>
        <source>Step by step</source>
        <translation>逐步讲解</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Play / Pause</source>
        <translation>播放 / 暂停(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Step one epoch</source>
        <translation>单步一轮(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Reset network</source>
        <translation>重置网络(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;generate data</source>
        <translation>重新生成数据(&amp;G)</translation>
    </message>
    <message>
        <source>Show &amp;test data</source>
        <translation>显示测试数据(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Discretize output</source>
        <translation>离散化输出(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <source>Network diagram</source>
        <translation>网络图</translation>
    </message>
    <message>
        <source>Output: the prediction over the plane</source>
        <translation>输出：在平面上的预测</translation>
    </message>
    <message>
        <source>Loss chart</source>
        <translation>损失图</translation>
    </message>
    <message>
        <source>{rate} steps/s</source>
        <translation>{rate} 步/秒</translation>
    </message>
</context>
<context>
    <name>markup</name>
    <message>
        <source>the instructions hold more than {limit} tags and comments; split them into fewer paragraphs</source>
        <translation>说明中的标签和注释超过 {limit} 个；请把它们拆成更少的段落</translation>
    </message>
    <message>
        <source>the instructions hold more than {limit} elements (tags); split them into fewer paragraphs</source>
        <translation>说明中的元素（标签）超过 {limit} 个；请把它们拆成更少的段落</translation>
    </message>
    <message>
        <source>the instructions nest elements more than {limit} deep (&lt;{tag}&gt; inside {count} others)</source>
        <translation>说明中的元素嵌套超过 {limit} 层（&lt;{tag}&gt; 位于另外 {count} 个元素之内）</translation>
    </message>
    <message>
        <source>the instructions hold more than {limit} characters of text; shorten them</source>
        <translation>说明中的文字超过 {limit} 个字符；请缩短</translation>
    </message>
    <message>
        <source>the instructions hold more than {limit} images</source>
        <translation>说明中的图片超过 {limit} 张</translation>
    </message>
    <message>
        <source>image {number} is not valid base64 data</source>
        <translation>图片 {number} 不是有效的 base64 数据</translation>
    </message>
    <message>
        <source>the images hold more than {limit} pixels in all; use fewer or smaller pictures</source>
        <translation>图片总共超过 {limit} 个像素；请使用更少或更小的图片</translation>
    </message>
    <message>
        <source>image {number} is larger than {limit} kB; use a smaller picture</source>
        <translation>图片 {number} 大于 {limit} kB；请使用更小的图片</translation>
    </message>
    <message>
        <source>image {number} is not a PNG or JPEG picture</source>
        <translation>图片 {number} 不是 PNG 或 JPEG 图片</translation>
    </message>
    <message>
        <source>image {number} is a {kind} picture; only PNG and JPEG are shown</source>
        <translation>图片 {number} 是 {kind} 图片；只显示 PNG 和 JPEG</translation>
    </message>
    <message>
        <source>image {number} is {width} × {height} pixels; at most {limit} on a side</source>
        <translation>图片 {number} 大小为 {width} × {height} 像素；每边最多 {limit}</translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>课程(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
</context>
<context>
    <name>metrics_export</name>
    <message>
        <source>&amp;Metrics as CSV…</source>
        <translation>指标（CSV）(&amp;M)…</translation>
    </message>
    <message>
        <source>Metrics as &amp;JSON…</source>
        <translation>指标（JSON）(&amp;J)…</translation>
    </message>
    <message>
        <source>The confusion matrices with each class's precision, recall and F1, or R², RMSE and MAE for regression, of the training and test sets</source>
        <translation>训练集和测试集的混淆矩阵，以及每个类别的精确率、召回率和 F1 分数；回归则为 R²、RMSE 和 MAE</translation>
    </message>
    <message>
        <source>{project} metrics</source>
        <translation>{project} 指标</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export the metrics</source>
        <translation>导出指标</translation>
    </message>
    <message>
        <source>Cannot export {file}</source>
        <translation>无法导出 {file}</translation>
    </message>
    <message>
        <source>Exported {path}</source>
        <translation>已导出 {path}</translation>
    </message>
</context>
<context>
    <name>metrics_panel</name>
    <message>
        <source>&lt;b&gt;Training set&lt;/b&gt;: {share}</source>
        <translation>&lt;b&gt;训练集&lt;/b&gt;：{share}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Test set&lt;/b&gt;: {share}</source>
        <translation>&lt;b&gt;测试集&lt;/b&gt;：{share}</translation>
    </message>
    <message>
        <source>Confusion matrix of the training set</source>
        <translation>训练集的混淆矩阵</translation>
    </message>
    <message>
        <source>Confusion matrix of the test set</source>
        <translation>测试集的混淆矩阵</translation>
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
        <translation>指标</translation>
    </message>
    <message>
        <source>Row %</source>
        <translation>行 %</translation>
    </message>
    <message>
        <source>Show each row of the matrices as shares of its class's points instead of counts</source>
        <translation>把矩阵的每一行显示为占该类别点数的比例，而不是个数</translation>
    </message>
    <message>
        <source>Clear marks</source>
        <translation>清除标记</translation>
    </message>
    <message>
        <source>Take the marks off the points on the output plot</source>
        <translation>去掉输出图上各点的标记</translation>
    </message>
    <message>
        <source>Close the metrics panel (M); the loss chart comes back</source>
        <translation>关闭指标面板（M）；损失图会回来</translation>
    </message>
    <message>
        <source>Waiting for the network's predictions…</source>
        <translation>正在等待网络的预测…</translation>
    </message>
    <message>
        <source>R², RMSE and MAE of the training and test sets</source>
        <translation>训练集和测试集的 R²、RMSE 和 MAE</translation>
    </message>
    <message>
        <source>R²: the share of the targets' variance the network explains (1 is perfect, 0 no better than their mean, – when the targets do not vary); RMSE: the root mean squared error; MAE: the mean absolute error; – for an empty set.</source>
        <translation>R²：网络解释了目标值方差的多大比例（1 为完美，0 表示不比取平均值好，目标值没有变化时显示 –）；RMSE：均方根误差；MAE：平均绝对误差；空集显示 –。</translation>
    </message>
    <message>
        <source>training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>Epoch {epoch}: prediction against truth; grey lines are the residuals.</source>
        <translation>第 {epoch} 轮：预测值与真实值对比；灰线是残差。</translation>
    </message>
    <message>
        <source>Epoch {epoch}. Rows: true class; columns: predicted. Click a cell to mark its points on the output plot.</source>
        <translation>第 {epoch} 轮。行：真实类别；列：预测类别。单击一个单元格，可在输出图上标出它的点。</translation>
    </message>
    <message>
        <source>no points</source>
        <translation>没有点</translation>
    </message>
    <message>
        <source>{percent} % of {count} right</source>
        <translation>{count} 个中 {percent} % 正确</translation>
    </message>
    <message>
        <source>Predicted against true value, with the residuals</source>
        <translation>预测值与真实值对比，以及残差</translation>
    </message>
    <message>
        <source>Each point's predicted value against its true one: on the dashed diagonal the prediction is right; the grey line from a point to the diagonal is its residual. Filled blue: training points; orange rings: test points.</source>
        <translation>每个点的预测值与它的真实值对比：在虚线对角线上的预测是正确的；从点到对角线的灰线是它的残差。蓝色实心：训练点；橙色圆圈：测试点。</translation>
    </message>
    <message>
        <source>true value</source>
        <translation>真实值</translation>
    </message>
    <message>
        <source>predicted</source>
        <translation>预测值</translation>
    </message>
</context>
<context>
    <name>metrics_slot</name>
    <message>
        <source>&amp;Metrics</source>
        <translation>指标(&amp;M)</translation>
    </message>
    <message>
        <source>Show the confusion matrices of the training and test sets with each class's precision, recall and F1 (for regression: R², RMSE, MAE and predicted against true), in the loss chart's place (M)</source>
        <translation>在损失图的位置显示训练集和测试集的混淆矩阵，以及每个类别的精确率、召回率和 F1 分数（回归：R²、RMSE、MAE 以及预测值与真实值对比）（M）</translation>
    </message>
    <message numerus="yes">
        <source>Marked on the plot: %n training set point(s) of {true} predicted {predicted} ({verdict}).</source>
        <translation><numerusform>已在图上标出：训练集中 %n 个{true}的点被预测为{predicted}（{verdict}）。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Marked on the plot: %n test set point(s) of {true} predicted {predicted} ({verdict}).</source>
        <translation><numerusform>已在图上标出：测试集中 %n 个{true}的点被预测为{predicted}（{verdict}）。</numerusform></translation>
    </message>
    <message>
        <source>right</source>
        <translation>正确</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>network</name>
    <message>
        <source>params must have {count} layers for this spec; got {value}</source>
        <translation>对于这个结构，params 必须有 {count} 层；得到的是 {value}</translation>
    </message>
    <message>
        <source>masks must have {count} layers; got {value}</source>
        <translation>masks 必须有 {count} 层；得到的是 {value}</translation>
    </message>
    <message>
        <source>masks[{layer}] must have shape {shape}; got {value}</source>
        <translation>masks[{layer}] 的形状必须是 {shape}；得到的是 {value}</translation>
    </message>
    <message>
        <source>init must be one of {choices}; got {value}</source>
        <translation>init 必须是 {choices} 之一；得到的是 {value}</translation>
    </message>
    <message>
        <source>network data must be a dict with spec and params</source>
        <translation>网络数据必须是含有 spec 和 params 的字典</translation>
    </message>
    <message>
        <source>network params must be a list of {W, b} per layer</source>
        <translation>网络 params 必须是每层一个 {W, b} 的列表</translation>
    </message>
    <message>
        <source>network params[{layer}] must have W and b</source>
        <translation>网络 params[{layer}] 必须含有 W 和 b</translation>
    </message>
    <message>
        <source>network masks must be a list of 0/1 arrays per layer</source>
        <translation>网络 masks 必须是每层一个 0/1 数组的列表</translation>
    </message>
</context>
<context>
    <name>network_editor</name>
    <message>
        <source>neuron</source>
        <translation>神经元</translation>
    </message>
    <message>
        <source>Release to remove {neuron}</source>
        <translation>松开以删除 {neuron}</translation>
    </message>
    <message>
        <source>{neuron}: drag it off the network to remove it</source>
        <translation>{neuron}：把它拖出网络即可删除</translation>
    </message>
    <message>
        <source>Drag the neuron off the network to remove it (or select it and press Delete).</source>
        <translation>把神经元拖出网络即可删除（或选中它后按 Delete）。</translation>
    </message>
    <message>
        <source>Selected {neuron}: Delete removes it; drag it off the network to remove it too.</source>
        <translation>已选中 {neuron}：按 Delete 删除；把它拖出网络也能删除。</translation>
    </message>
</context>
<context>
    <name>network_edits</name>
    <message>
        <source>Editing the network is locked in this lesson.</source>
        <translation>本课锁定了网络编辑。</translation>
    </message>
    <message>
        <source>Weights are edited on one network: turn Compare off first.</source>
        <translation>权重只能在一个网络上编辑：请先关闭比较。</translation>
    </message>
    <message>
        <source>Not added: layer {layer} already has the maximum of {most} neurons.</source>
        <translation>未添加：第 {layer} 层已经达到最多 {most} 个神经元。</translation>
    </message>
    <message>
        <source>Not added: the network already has the maximum of {most} hidden layers.</source>
        <translation>未添加：网络已经达到最多 {most} 个隐藏层。</translation>
    </message>
    <message>
        <source>Not changed: at least one input feature must stay on.</source>
        <translation>未更改：至少要保留一个输入特征。</translation>
    </message>
</context>
<context>
    <name>neuron_focus</name>
    <message>
        <source>Input {feature} over the plane</source>
        <translation>输入 {feature} 在平面上的值</translation>
    </message>
    <message>
        <source>{neuron}: its output over the plane</source>
        <translation>{neuron}：它在平面上的输出</translation>
    </message>
</context>
<context>
    <name>neuron_tiles</name>
    <message>
        <source>FEATURES</source>
        <translation>特征</translation>
    </message>
    <message>
        <source>{feature} — click to switch this input on or off (starts training again)</source>
        <translation>{feature} — 单击可打开或关闭这个输入（重新开始训练）</translation>
    </message>
    <message>
        <source>{feature} — click to switch this input on or off (keeps what it has learned)</source>
        <translation>{feature} — 单击可打开或关闭这个输入（保留已学到的内容）</translation>
    </message>
    <message>
        <source>Neuron {u} of hidden layer {layer}: its output over the plane (blue positive, orange negative)</source>
        <translation>隐藏层 {layer} 的神经元 {u}：它在平面上的输出（蓝色为正，橙色为负）</translation>
    </message>
    <message>
        <source>The output: (1 + ŷ)/2 over the plane, with ŷ = tanh(z) (blue near 1, orange near 0)</source>
        <translation>输出：平面上的 (1 + ŷ)/2，其中 ŷ = tanh(z)（接近 1 为蓝色，接近 0 为橙色）</translation>
    </message>
    <message>
        <source>Output {u}: the probability of class {name} over the plane</source>
        <translation>输出 {u}：平面上属于类别 {name} 的概率</translation>
    </message>
    <message>
        <source>The output: the predicted value over the plane (blue high, orange low)</source>
        <translation>输出：平面上的预测值（高为蓝色，低为橙色）</translation>
    </message>
    <message>
        <source>The output: the probability of blue over the plane</source>
        <translation>输出：平面上属于蓝色的概率</translation>
    </message>
</context>
<context>
    <name>number_editor</name>
    <message>
        <source>“{text}” is not a number; type one such as {one} or {other}</source>
        <translation>“{text}”不是数字；请输入像 {one} 或 {other} 这样的数</translation>
    </message>
    <message>
        <source>a weight must be a finite number, not infinity or NaN</source>
        <translation>权重必须是有限的数，不能是无穷大或 NaN</translation>
    </message>
    <message>
        <source>a weight must be between {low} and {high}</source>
        <translation>权重必须在 {low} 到 {high} 之间</translation>
    </message>
    <message>
        <source>Type a number and press Enter; Esc cancels</source>
        <translation>输入一个数字后按 Enter；按 Esc 取消</translation>
    </message>
    <message>
        <source>This link is disabled: click it to enable it, then edit its weight.</source>
        <translation>这条连接已禁用：先单击启用它，再编辑它的权重。</translation>
    </message>
    <message>
        <source>Weight {link}</source>
        <translation>权重 {link}</translation>
    </message>
    <message>
        <source>Bias of {neuron}</source>
        <translation>{neuron} 的偏置</translation>
    </message>
</context>
<context>
    <name>opening</name>
    <message>
        <source>the file could not be read: {error}</source>
        <translation>无法读取文件：{error}</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>正在打开 {name}…</translation>
    </message>
    <message>
        <source>opening was interrupted</source>
        <translation>打开过程被中断</translation>
    </message>
</context>
<context>
    <name>optimizers</name>
    <message>
        <source>optimizer must be one of {choices}; got {value}</source>
        <translation>优化器必须是 {choices} 之一；得到的是 {value}</translation>
    </message>
    <message>
        <source>optimizer {name}: bad options {options} ({error})</source>
        <translation>优化器 {name}：选项 {options} 有误（{error}）</translation>
    </message>
</context>
<context>
    <name>output_view</name>
    <message>
        <source>Show test data</source>
        <translation>显示测试数据</translation>
    </message>
    <message>
        <source>Also draw the test points (hollow shapes), which the network never trains on.</source>
        <translation>同时画出测试点（空心图形），网络从不在这些点上训练。</translation>
    </message>
    <message>
        <source>Discretize output</source>
        <translation>离散化输出</translation>
    </message>
    <message>
        <source>Colour each place by the class the network picks, instead of shading by how sure it is.</source>
        <translation>按网络选择的类别给每处着色，而不是按它有多确定来深浅渲染。</translation>
    </message>
    <message>
        <source>&lt;span style='color:{orange}'&gt;■&lt;/span&gt; −1 &amp;nbsp;&lt;span style='color:#999'&gt;□&lt;/span&gt; 0 &amp;nbsp;&lt;span style='color:{blue}'&gt;■&lt;/span&gt; +1 &amp;nbsp; predicted value</source>
        <translation>&lt;span style='color:{orange}'&gt;■&lt;/span&gt; −1 &amp;nbsp;&lt;span style='color:#999'&gt;□&lt;/span&gt; 0 &amp;nbsp;&lt;span style='color:{blue}'&gt;■&lt;/span&gt; +1 &amp;nbsp; 预测值</translation>
    </message>
</context>
<context>
    <name>paint_strokes</name>
    <message numerus="yes">
        <source>paint %n point(s)</source>
        <translation><numerusform>绘制 %n 个点</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>erase %n point(s)</source>
        <translation><numerusform>擦除 %n 个点</numerusform></translation>
    </message>
</context>
<context>
    <name>paint_tool</name>
    <message>
        <source>Click: add a point
Drag: spray points</source>
        <translation>单击：添加一个点
拖动：喷洒点</translation>
    </message>
    <message>
        <source>No points yet:
press ✎ Paint (P)
or import a CSV file</source>
        <translation>还没有数据点：
按 ✎ 绘制（P）
或导入 CSV 文件</translation>
    </message>
    <message>
        <source>✎ Paint</source>
        <translation>✎ 绘制</translation>
    </message>
    <message>
        <source>Paint your own data on the output (key P): click to add a point, drag to spray. Starting from generated data paints on a copy of its points.</source>
        <translation>在输出上绘制你自己的数据（按键 P）：单击添加一个点，拖动来喷洒。从生成的数据开始时，会在它的点的副本上绘制。</translation>
    </message>
    <message>
        <source>The value painted points carry, from −1 (orange) to +1 (blue).</source>
        <translation>绘制的点所带的值，从 −1（橙色）到 +1（蓝色）。</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>画笔</translation>
    </message>
    <message>
        <source>Add points (key B): click for one, drag to spray.</source>
        <translation>添加点（按键 B）：单击加一个，拖动来喷洒。</translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation>橡皮擦</translation>
    </message>
    <message>
        <source>Remove the points under the circle as you drag (key E).</source>
        <translation>拖动时删除圆圈下的点（按键 E）。</translation>
    </message>
    <message>
        <source>The brush and eraser radius, from 0.2 to 3 (the view is 12 wide).</source>
        <translation>画笔和橡皮擦的半径，从 0.2 到 3（视图宽 12）。</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>How many points a drag sprays per unit it travels (a click always adds one).</source>
        <translation>拖动时每移动一个单位喷洒多少个点（单击总是只加一个）。</translation>
    </message>
    <message>
        <source>Density</source>
        <translation>密度</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Remove all your points (Ctrl+Z brings them back).</source>
        <translation>删除你所有的点（按 Ctrl+Z 可以找回）。</translation>
    </message>
    <message>
        <source>Value {value}</source>
        <translation>值 {value}</translation>
    </message>
    <message>
        <source>&amp;Paint Data</source>
        <translation>绘制数据(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Brush</source>
        <translation>画笔(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Eraser</source>
        <translation>橡皮擦(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Clear My Points</source>
        <translation>清除我的数据点(&amp;C)</translation>
    </message>
    <message>
        <source>Paint class {number}</source>
        <translation>绘制类别 {number}</translation>
    </message>
    <message>
        <source>Class {number} ({colour}) chosen: press P or ✎ Paint to paint it.</source>
        <translation>已选择类别 {number}（{colour}）：按 P 或 ✎ 绘制开始绘制。</translation>
    </message>
</context>
<context>
    <name>palette</name>
    <message>
        <source>Hidden layer</source>
        <translation>隐藏层</translation>
    </message>
    <message>
        <source>Neuron</source>
        <translation>神经元</translation>
    </message>
    <message>
        <source>Links: weights</source>
        <translation>连接：权重</translation>
    </message>
    <message>
        <source>Links show their weights: blue positive, orange negative, wider for larger values.</source>
        <translation>连接显示权重：蓝色为正，橙色为负，值越大越宽。</translation>
    </message>
    <message>
        <source>Links: gradients</source>
        <translation>连接：梯度</translation>
    </message>
    <message>
        <source>Links show the last gradient ∂L/∂w: wider where learning happens; blue where the step makes the weight larger, orange smaller.</source>
        <translation>连接显示最近的梯度 ∂L/∂w：学习发生的地方更宽；这一步让权重变大为蓝色，变小为橙色。</translation>
    </message>
    <message>
        <source>Links: plain</source>
        <translation>连接：素线</translation>
    </message>
    <message>
        <source>Links are drawn plain, to see the network's structure.</source>
        <translation>连接画成素线，便于看清网络的结构。</translation>
    </message>
    <message>
        <source>Drag onto the network, between two layers, to insert a hidden layer there.</source>
        <translation>拖到网络上两层之间，在那里插入一个隐藏层。</translation>
    </message>
    <message>
        <source>Ctrl+Z undoes it.</source>
        <translation>按 Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <source>Drag onto a hidden layer to add a neuron to it. Nothing learned is lost: the new neuron starts with random incoming and zero outgoing weights. Ctrl+Z undoes it.</source>
        <translation>拖到一个隐藏层上，为它添加一个神经元。已学到的不会丢失：新神经元的输入权重是随机的，输出权重为零。按 Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <source>What the links show: weights (colour by sign, width by size), the last gradients (where learning happens), or plain lines.</source>
        <translation>连接显示什么：权重（颜色表示正负，宽度表示大小）、最近的梯度（学习发生的地方），或素线。</translation>
    </message>
    <message>
        <source>Drag a part from here onto the network · click an input to switch it · click a link to disable or enable it · click a neuron, then Delete, or drag it off the network, to remove it · right-click a layer for its activation · hover a neuron to see its map and formula · double-click a link or a bias to type a number · Ctrl+Z undoes</source>
        <translation>把部件从这里拖到网络上 · 单击输入可切换它 · 单击连接可禁用或启用它 · 单击神经元后按 Delete，或把它拖出网络，即可删除 · 右键单击某层可设置其激活函数 · 悬停在神经元上可看它的图和公式 · 双击连接或偏置可输入数字 · Ctrl+Z 撤销</translation>
    </message>
</context>
<context>
    <name>points</name>
    <message>
        <source>scaled to fit the view: x₁ → {x1} × {factor}, x₂ → {x2} × {factor}</source>
        <translation>已缩放以适应视图：x₁ → {x1} × {factor}，x₂ → {x2} × {factor}</translation>
    </message>
    <message>
        <source>a data set holds at most {limit} points; this would make {count}</source>
        <translation>一个数据集最多有 {limit} 个点；这样会变成 {count} 个</translation>
    </message>
    <message>
        <source>these points are already in the data</source>
        <translation>这些点已经在数据中了</translation>
    </message>
</context>
<context>
    <name>project_apply</name>
    <message>
        <source>the project could not be opened: {error}</source>
        <translation>无法打开项目：{error}</translation>
    </message>
</context>
<context>
    <name>project_checks</name>
    <message>
        <source>has unknown fields {names}</source>
        <translation>有未知字段 {names}</translation>
    </message>
    <message>
        <source>is too large or too deeply nested to be a setting</source>
        <translation>太大或嵌套太深，不能作为设置</translation>
    </message>
    <message>
        <source>must be a name of at most {limit} characters; got {value}</source>
        <translation>必须是最多 {limit} 个字符的名称；得到的是 {value}</translation>
    </message>
    <message>
        <source>must be a whole number of at most 19 digits; got {value}</source>
        <translation>必须是最多 19 位的整数；得到的是 {value}</translation>
    </message>
    <message>
        <source>has an unknown field {name}</source>
        <translation>有一个未知字段 {name}</translation>
    </message>
    <message>
        <source>must be a whole number from {low} to {high}; got {value}</source>
        <translation>必须是 {low} 到 {high} 之间的整数；得到的是 {value}</translation>
    </message>
    <message>
        <source>must be text; got {value}</source>
        <translation>必须是文本；得到的是 {value}</translation>
    </message>
    <message>
        <source>is {length} characters long; at most {limit}</source>
        <translation>长 {length} 个字符；最多 {limit} 个</translation>
    </message>
    <message>
        <source>must be a JSON object; got {value}</source>
        <translation>必须是 JSON 对象；得到的是 {value}</translation>
    </message>
    <message>
        <source>is missing {fields}</source>
        <translation>缺少 {fields}</translation>
    </message>
    <message>
        <source>must be a list; got {value}</source>
        <translation>必须是列表；得到的是 {value}</translation>
    </message>
    <message>
        <source>must have {rows} rows for this network; got {count}</source>
        <translation>对于这个网络必须有 {rows} 行；得到的是 {count}</translation>
    </message>
    <message>
        <source>must be a list of {count} numbers; got {value}</source>
        <translation>必须是 {count} 个数的列表；得到的是 {value}</translation>
    </message>
    <message>
        <source>must hold only numbers; got {value}</source>
        <translation>只能含有数字；得到的是 {value}</translation>
    </message>
    <message>
        <source>must hold {n} numbers; got {count}</source>
        <translation>必须含有 {n} 个数；得到的是 {count}</translation>
    </message>
    <message>
        <source>must be a number; got {value}</source>
        <translation>必须是数字；得到的是 {value}</translation>
    </message>
    <message>
        <source>holds a number too large to use</source>
        <translation>含有一个大到无法使用的数</translation>
    </message>
    <message>
        <source>holds a number that is not finite</source>
        <translation>含有一个非有限的数</translation>
    </message>
    <message>
        <source>holds a value beyond ±{bound}</source>
        <translation>含有超出 ±{bound} 的值</translation>
    </message>
</context>
<context>
    <name>project_parts</name>
    <message>
        <source>must be a list of numbers; got {value}</source>
        <translation>必须是数字列表；得到的是 {value}</translation>
    </message>
    <message>
        <source>must be a list of whole numbers; got {value}</source>
        <translation>必须是整数列表；得到的是 {value}</translation>
    </message>
    <message>
        <source>must be a list of names; got {value}</source>
        <translation>必须是名称列表；得到的是 {value}</translation>
    </message>
    <message>
        <source>must be true or false; got {value}</source>
        <translation>必须是 true 或 false；得到的是 {value}</translation>
    </message>
    <message>
        <source>must be an object with a kind; got {value}</source>
        <translation>必须是带有 kind 的对象；得到的是 {value}</translation>
    </message>
    <message>
        <source>must be a number; got {value}</source>
        <translation>必须是数字；得到的是 {value}</translation>
    </message>
    <message>
        <source>must be a whole number; got {value}</source>
        <translation>必须是整数；得到的是 {value}</translation>
    </message>
    <message>
        <source>must be text; got {value}</source>
        <translation>必须是文本；得到的是 {value}</translation>
    </message>
    <message>
        <source>the {dataset} dataset is for {task}, not {problem}</source>
        <translation>{dataset} 数据集用于{task}，而不是{problem}</translation>
    </message>
    <message>
        <source>generated data keeps no {fields}</source>
        <translation>生成的数据不保存 {fields}</translation>
    </message>
    <message>
        <source>is "generated" but settings.data_source is "painted"</source>
        <translation>是 "generated"，但 settings.data_source 是 "painted"</translation>
    </message>
    <message>
        <source>must be "generated" or "points"; got {value}</source>
        <translation>必须是 "generated" 或 "points"；得到的是 {value}</translation>
    </message>
    <message>
        <source>points data needs {fields}</source>
        <translation>数据点类型的数据需要 {fields}</translation>
    </message>
    <message>
        <source>must be "classification" or "regression"; got {value}</source>
        <translation>必须是 "classification" 或 "regression"；得到的是 {value}</translation>
    </message>
    <message>
        <source>the points are for {task} but settings.problem is {problem}</source>
        <translation>这些点用于{task}，但 settings.problem 是 {problem}</translation>
    </message>
    <message>
        <source>must hold at least one point</source>
        <translation>至少要有一个点</translation>
    </message>
    <message>
        <source>must be [offset x1, offset x2, factor]; got {value}</source>
        <translation>必须是 [offset x1, offset x2, factor]；得到的是 {value}</translation>
    </message>
    <message>
        <source>the factor must be above 0; got {value}</source>
        <translation>factor 必须大于 0；得到的是 {value}</translation>
    </message>
    <message>
        <source>belongs to points data</source>
        <translation>属于数据点类型的数据</translation>
    </message>
    <message>
        <source>repeats the points on show; keep them in X_train and X_test</source>
        <translation>重复了显示中的点；请把它们保存在 X_train 和 X_test 中</translation>
    </message>
    <message>
        <source>must hold {n} true/false values, one per point</source>
        <translation>必须含有 {n} 个 true/false 值，每个点一个</translation>
    </message>
    <message>
        <source>must hold {n} values, one per point; got {count}</source>
        <translation>必须含有 {n} 个值，每个点一个；得到的是 {count}</translation>
    </message>
    <message>
        <source>must be a class label from 0 to {high}; got {value}</source>
        <translation>必须是 0 到 {high} 之间的类别标签；得到的是 {value}</translation>
    </message>
    <message>
        <source>the network ({network}) does not match the settings ({settings})</source>
        <translation>网络（{network}）与设置（{settings}）不符</translation>
    </message>
    <message>
        <source>must be a list of {count} layers of {{W, b}}; got {value}</source>
        <translation>必须是 {count} 层 {{W, b}} 的列表；得到的是 {value}</translation>
    </message>
    <message>
        <source>must be a list of {count} layers of 0/1 arrays</source>
        <translation>必须是 {count} 层 0/1 数组的列表</translation>
    </message>
    <message>
        <source>must hold only 0 (link off) and 1 (link on)</source>
        <translation>只能含有 0（连接关闭）和 1（连接打开）</translation>
    </message>
    <message>
        <source>must be a list of rows; got {value}</source>
        <translation>必须是行的列表；得到的是 {value}</translation>
    </message>
    <message>
        <source>holds {count} rows, more than its limit of {limit}</source>
        <translation>有 {count} 行，超过上限 {limit}</translation>
    </message>
    <message>
        <source>must be a list of {count} values ({fields})</source>
        <translation>必须是 {count} 个值的列表（{fields}）</translation>
    </message>
    <message>
        <source>must be a finite number or null; got {value}</source>
        <translation>必须是有限的数或 null；得到的是 {value}</translation>
    </message>
    <message>
        <source>must be a finite number; got {value}</source>
        <translation>必须是有限的数；得到的是 {value}</translation>
    </message>
    <message>
        <source>the epoch must be a whole number from 0 to {high}; got {value}</source>
        <translation>轮次必须是 0 到 {high} 之间的整数；得到的是 {value}</translation>
    </message>
    <message>
        <source>must list {low} to {high} lanes; got {value}</source>
        <translation>必须列出 {low} 到 {high} 条赛道；得到的是 {value}</translation>
    </message>
    <message>
        <source>{count} points; at most {limit} are allowed</source>
        <translation>{count} 个点；最多允许 {limit} 个</translation>
    </message>
</context>
<context>
    <name>project_schema</name>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>the project is too large: at most {limit} MB</source>
        <translation>项目太大：最大 {limit} MB</translation>
    </message>
    <message>
        <source>a project comes from a path or text, not {type}</source>
        <translation>项目来自路径或文本，而不是 {type}</translation>
    </message>
    <message>
        <source>the project is too large ({length} characters; at most {limit})</source>
        <translation>项目太大（{length} 个字符；最多 {limit} 个）</translation>
    </message>
    <message>
        <source>the file is not a project: its data is nested too deeply</source>
        <translation>这个文件不是项目：它的数据嵌套太深</translation>
    </message>
    <message>
        <source>the project is damaged: {error}</source>
        <translation>项目已损坏：{error}</translation>
    </message>
    <message>
        <source>this is not an NN Playground project: it holds a JSON {type}, not an object</source>
        <translation>这不是 NN Playground 项目：它含有一个 JSON {type}，而不是对象</translation>
    </message>
    <message>
        <source>this is not an NN Playground project: it has no "format": "{format}"</source>
        <translation>这不是 NN Playground 项目：它没有 "format": "{format}"</translation>
    </message>
    <message>
        <source>this is not an NN Playground project (its format is {format})</source>
        <translation>这不是 NN Playground 项目（它的格式是 {format}）</translation>
    </message>
    <message>
        <source>must be a whole number of at least 1; got {value}</source>
        <translation>必须是不小于 1 的整数；得到的是 {value}</translation>
    </message>
    <message>
        <source>This file was made by a newer NN Playground (format {format}); this version reads format {version}.</source>
        <translation>这个文件由更新版本的 NN Playground 创建（格式 {format}）；本版本读取格式 {version}。</translation>
    </message>
    <message>
        <source>the project has unknown parts {names}; allowed: {allowed}</source>
        <translation>项目有未知部分 {names}；允许的有：{allowed}</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (byte {byte})</source>
        <translation>文件不是 UTF-8 文本（字节 {byte}）</translation>
    </message>
    <message>
        <source>{name} is {size} MB; a project is at most {limit} MB</source>
        <translation>{name} 大小为 {size} MB；项目最大 {limit} MB</translation>
    </message>
    <message>
        <source>{path} is a folder, not a project file</source>
        <translation>{path} 是文件夹，不是项目文件</translation>
    </message>
    <message>
        <source>{name} is too large: a project is at most {limit} MB</source>
        <translation>{name} 太大：项目最大 {limit} MB</translation>
    </message>
    <message>
        <source>cannot read {path}: {error}</source>
        <translation>无法读取 {path}：{error}</translation>
    </message>
</context>
<context>
    <name>project_view</name>
    <message>
        <source>has {count} entries; at most {limit}</source>
        <translation>有 {count} 项；最多 {limit} 项</translation>
    </message>
    <message>
        <source>has a bad option name {name}</source>
        <translation>有一个错误的选项名称 {name}</translation>
    </message>
    <message>
        <source>must be true/false, a number or a short text; got {value}</source>
        <translation>必须是 true/false、数字或短文本；得到的是 {value}</translation>
    </message>
    <message>
        <source>must be a list of control names; got {value}</source>
        <translation>必须是控件名称的列表；得到的是 {value}</translation>
    </message>
    <message>
        <source>unknown control {name}; choose from {choices}</source>
        <translation>未知控件 {name}；请从 {choices} 中选择</translation>
    </message>
</context>
<context>
    <name>projector</name>
    <message>
        <source>&amp;Projector mode</source>
        <translation>投影模式(&amp;P)</translation>
    </message>
    <message>
        <source>Larger type, thicker lines, bigger points and stronger contrast, for a projector in a lit room ({shortcut})</source>
        <translation>更大的字、更粗的线、更大的点和更强的对比度，适合在明亮教室里用投影仪（{shortcut}）</translation>
    </message>
</context>
<context>
    <name>qt_check</name>
    <message>
        <source>NN Playground cannot open a window: Qt's X11 support needs system libraries that are not installed.
Install them with:

    sudo apt-get install {packages}

(or run without a screen: QT_QPA_PLATFORM=offscreen)</source>
        <translation>NN Playground 无法打开窗口：Qt 的 X11 支持需要一些尚未安装的系统库。
请用以下命令安装：

    sudo apt-get install {packages}

（或者不用屏幕运行：QT_QPA_PLATFORM=offscreen）</translation>
    </message>
</context>
<context>
    <name>recent_files</name>
    <message>
        <source>Clear list</source>
        <translation>清除列表</translation>
    </message>
    <message>
        <source>(no recent files)</source>
        <translation>（没有最近的文件）</translation>
    </message>
</context>
<context>
    <name>saving</name>
    <message>
        <source>Could not save: the project holds a value JSON cannot store ({error})</source>
        <translation>无法保存：项目中含有 JSON 无法存储的值（{error}）</translation>
    </message>
    <message>
        <source>Could not save {file}: the folder {folder} does not exist</source>
        <translation>无法保存 {file}：文件夹 {folder} 不存在</translation>
    </message>
    <message>
        <source>Could not save {file}: {reason}</source>
        <translation>无法保存 {file}：{reason}</translation>
    </message>
    <message>
        <source>the file could not be written completely (is the disk full?)</source>
        <translation>文件没能完整写入（磁盘满了吗？）</translation>
    </message>
</context>
<context>
    <name>scene_style</name>
    <message numerus="yes">
        <source>%n neuron</source>
        <translation><numerusform>%n 个神经元</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n neurons</source>
        <translation><numerusform>%n 个神经元</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n HIDDEN LAYER</source>
        <translation><numerusform>%n 个隐藏层</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n HIDDEN LAYERS</source>
        <translation><numerusform>%n 个隐藏层</numerusform></translation>
    </message>
    <message>
        <source>The new layer is as wide as the one before it and starts as the identity, so the network computes the same: exactly with linear, ReLU, leaky ReLU or ELU; nearly with softplus or SiLU (the loss moves by less than a hundredth) and with tanh or sigmoid (by a few hundredths at most). Right-click a layer to insert one with random weights instead.</source>
        <translation>新层与前一层同样宽，初始为恒等映射，因此网络的计算结果不变：对线性、ReLU、leaky ReLU 或 ELU 完全相同；对 softplus 或 SiLU 几乎相同（损失变化不到百分之一），对 tanh 或 sigmoid 也相差无几（最多百分之几）。右键单击某层可以改为插入一个随机权重的层。</translation>
    </message>
</context>
<context>
    <name>schedule_editor</name>
    <message>
        <source>Constant</source>
        <translation>恒定</translation>
    </message>
    <message>
        <source>Step decay</source>
        <translation>阶梯衰减</translation>
    </message>
    <message>
        <source>Exponential</source>
        <translation>指数</translation>
    </message>
    <message>
        <source>Cosine</source>
        <translation>余弦</translation>
    </message>
    <message>
        <source>Every (epochs)</source>
        <translation>间隔（轮）</translation>
    </message>
    <message>
        <source>Step decay: the rate is multiplied by the factor this often.</source>
        <translation>阶梯衰减：每隔这么多轮，学习率乘以一次因子。</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>因子</translation>
    </message>
    <message>
        <source>Step decay: what each decay multiplies the rate by (0 to 1).</source>
        <translation>阶梯衰减：每次衰减时学习率乘以的数（0 到 1）。</translation>
    </message>
    <message>
        <source>Factor per epoch</source>
        <translation>每轮因子</translation>
    </message>
    <message>
        <source>Exponential: the rate is multiplied by this every epoch.</source>
        <translation>指数：每一轮学习率都乘以这个数。</translation>
    </message>
    <message>
        <source>Over (epochs)</source>
        <translation>历时（轮）</translation>
    </message>
    <message>
        <source>Cosine: the epochs it takes from the full rate to the minimum.</source>
        <translation>余弦：从完整学习率降到最小值所用的轮数。</translation>
    </message>
    <message>
        <source>Minimum rate</source>
        <translation>最小学习率</translation>
    </message>
    <message>
        <source>Cosine: the rate it ends at (never above the learning rate).</source>
        <translation>余弦：最终的学习率（不会高于设定的学习率）。</translation>
    </message>
    <message>
        <source>Warm-up (epochs)</source>
        <translation>预热（轮）</translation>
    </message>
    <message>
        <source>Epochs before the schedule starts in which the rate rises in a straight line to the full learning rate (0: none).</source>
        <translation>调度开始前的轮数，这期间学习率沿直线升到完整的学习率（0：不预热）。</translation>
    </message>
    <message>
        <source>Schedule kind</source>
        <translation>调度类型</translation>
    </message>
    <message>
        <source>How the learning rate changes from epoch to epoch</source>
        <translation>学习率如何随轮次变化</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>调度</translation>
    </message>
    <message>
        <source>{kind} schedule</source>
        <translation>{kind}调度</translation>
    </message>
    <message>
        <source>{kind} schedule; the current rate is {rate}</source>
        <translation>{kind}调度；当前学习率为 {rate}</translation>
    </message>
</context>
<context>
    <name>schedules</name>
    <message>
        <source>{field} must be an integer from {low} to {high}; got {value}</source>
        <translation>{field} 必须是 {low} 到 {high} 之间的整数；得到的是 {value}</translation>
    </message>
    <message>
        <source>schedule.kind must be one of {choices}; got {value}</source>
        <translation>schedule.kind 必须是 {choices} 之一；得到的是 {value}</translation>
    </message>
    <message>
        <source>{field} must be a number above {low} to {high}; got {value}</source>
        <translation>{field} 必须是大于 {low}、不超过 {high} 的数；得到的是 {value}</translation>
    </message>
    <message>
        <source>{field} must be a number from {low} to {high}; got {value}</source>
        <translation>{field} 必须是 {low} 到 {high} 之间的数；得到的是 {value}</translation>
    </message>
    <message>
        <source>schedule must be an object with a kind; got {value}</source>
        <translation>schedule 必须是带有 kind 的对象；得到的是 {value}</translation>
    </message>
    <message>
        <source>schedule.{name} is not a parameter of the {kind} schedule (it takes {allowed})</source>
        <translation>schedule.{name} 不是 {kind} 调度的参数（它接受 {allowed}）</translation>
    </message>
</context>
<context>
    <name>script_export</name>
    <message>
        <source>kind must be one of {choices}; got {value}</source>
        <translation>kind 必须是 {choices} 之一；得到的是 {value}</translation>
    </message>
    <message>
        <source>cannot write {path}: the folder {folder} does not exist</source>
        <translation>无法写入 {path}：文件夹 {folder} 不存在</translation>
    </message>
    <message>
        <source>cannot write {path}: {error}</source>
        <translation>无法写入 {path}：{error}</translation>
    </message>
</context>
<context>
    <name>script_exports</name>
    <message>
        <source>P&amp;yTorch script…</source>
        <translation>PyTorch 脚本(&amp;Y)…</translation>
    </message>
    <message>
        <source>Save the network, its weights and its data as a PyTorch script (an nn.Module) that prints the figures and can train further</source>
        <translation>把网络、权重和数据保存为 PyTorch 脚本（nn.Module），它会输出各项数据，还能继续训练</translation>
    </message>
    <message>
        <source>N&amp;umPy script…</source>
        <translation>NumPy 脚本(&amp;U)…</translation>
    </message>
    <message>
        <source>Save the network, its weights and its data as a Python script that needs only NumPy</source>
        <translation>把网络、权重和数据保存为只需要 NumPy 的 Python 脚本</translation>
    </message>
    <message>
        <source>Cannot export {name}</source>
        <translation>无法导出 {name}</translation>
    </message>
    <message>
        <source>Exported {path}</source>
        <translation>已导出 {path}</translation>
    </message>
    <message>
        <source>Export a PyTorch script</source>
        <translation>导出 PyTorch 脚本</translation>
    </message>
    <message>
        <source>Export a NumPy script</source>
        <translation>导出 NumPy 脚本</translation>
    </message>
    <message>
        <source>Python script (*.py)</source>
        <translation>Python 脚本 (*.py)</translation>
    </message>
</context>
<context>
    <name>script_model</name>
    <message>
        <source>hidden layer {layer} uses {what}, which the script export does not know yet</source>
        <translation>隐藏层 {layer} 使用了 {what}，脚本导出还不支持它</translation>
    </message>
    <message>
        <source>the output uses {what}, which the script export does not know yet</source>
        <translation>输出使用了 {what}，脚本导出还不支持它</translation>
    </message>
    <message>
        <source>the script export does not know the loss {name}</source>
        <translation>脚本导出不支持损失函数 {name}</translation>
    </message>
    <message>
        <source>the script export does not know the feature {name}</source>
        <translation>脚本导出不支持特征 {name}</translation>
    </message>
    <message>
        <source>the script export does not know the optimizer {name}</source>
        <translation>脚本导出不支持优化器 {name}</translation>
    </message>
    <message>
        <source>the script export does not know the learning-rate schedule {name}</source>
        <translation>脚本导出不支持学习率调度 {name}</translation>
    </message>
    <message>
        <source>the project's data holds no training point (only test points, or none): add training points in the window first</source>
        <translation>项目的数据中没有训练点（只有测试点，或一个点也没有）：请先在窗口中添加训练点</translation>
    </message>
</context>
<context>
    <name>script_text</name>
    <message>
        <source>cannot write {value} as a number in a script</source>
        <translation>无法在脚本中把 {value} 写成数字</translation>
    </message>
</context>
<context>
    <name>selftest</name>
    <message>
        <source>{text} is not a whole number</source>
        <translation>{text} 不是整数</translation>
    </message>
    <message>
        <source>{text} is not a number</source>
        <translation>{text} 不是数字</translation>
    </message>
    <message>
        <source>must be above 0; got {text}</source>
        <translation>必须大于 0；得到的是 {text}</translation>
    </message>
    <message>
        <source>the bundled lesson to train (its file name or the start of it; default {lesson})</source>
        <translation>要训练的自带课程（文件名或其开头；默认 {lesson}）</translation>
    </message>
    <message>
        <source>how many training steps (batches) to train (default {steps})</source>
        <translation>训练多少步（批次）（默认 {steps}）</translation>
    </message>
    <message>
        <source>keep the exported pictures in this folder (default: a temporary one, removed)</source>
        <translation>把导出的图片保存在这个文件夹（默认：临时文件夹，用后删除）</translation>
    </message>
    <message>
        <source>give up on a step that takes longer than this (default {seconds})</source>
        <translation>某一步耗时超过这个值就放弃（默认 {seconds}）</translation>
    </message>
</context>
<context>
    <name>session</name>
    <message>
        <source>the saved network does not match the saved settings</source>
        <translation>保存的网络与保存的设置不符</translation>
    </message>
    <message>
        <source>the {dataset} dataset is for {task}, not {problem}</source>
        <translation>{dataset} 数据集用于{task}，而不是{problem}</translation>
    </message>
    <message>
        <source>hidden layer must be from 1 to {layers}; got {layer}</source>
        <translation>隐藏层必须在 1 到 {layers} 之间；得到的是 {layer}</translation>
    </message>
    <message>
        <source>the network has no hidden layers</source>
        <translation>网络没有隐藏层</translation>
    </message>
    <message>
        <source>the network already has the maximum of {layers} hidden layers</source>
        <translation>网络已经达到最多 {layers} 个隐藏层</translation>
    </message>
    <message>
        <source>there is no hidden layer to remove</source>
        <translation>没有可删除的隐藏层</translation>
    </message>
    <message>
        <source>hidden layer {layer} already has the maximum of {units} neurons</source>
        <translation>隐藏层 {layer} 已经达到最多 {units} 个神经元</translation>
    </message>
    <message>
        <source>at least one input feature must stay on</source>
        <translation>至少要保留一个输入特征</translation>
    </message>
    <message>
        <source>weights are edited on one network; turn Compare off first</source>
        <translation>权重只能在一个网络上编辑；请先关闭比较</translation>
    </message>
    <message>
        <source>the timeline follows the main network; turn Compare off first</source>
        <translation>时间轴跟随主网络；请先关闭比较</translation>
    </message>
</context>
<context>
    <name>session_data</name>
    <message>
        <source>painted points must lie inside the view</source>
        <translation>绘制的点必须在视图内</translation>
    </message>
    <message>
        <source>a class is from 1 to {high}</source>
        <translation>类别从 1 到 {high}</translation>
    </message>
    <message>
        <source>a painted value must be a number</source>
        <translation>绘制的值必须是数字</translation>
    </message>
</context>
<context>
    <name>setting_undo</name>
    <message>
        <source>change the learning-rate schedule</source>
        <translation>更改学习率调度</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>Max</source>
        <translation>最快</translation>
    </message>
    <message>
        <source>settings must be a JSON object</source>
        <translation>settings 必须是一个 JSON 对象</translation>
    </message>
    <message>
        <source>settings: unknown fields {fields}</source>
        <translation>settings：未知字段 {fields}</translation>
    </message>
    <message>
        <source>{field} must be a list</source>
        <translation>{field} 必须是一个列表</translation>
    </message>
    <message>
        <source>{field} must be one of {choices}; got {value}</source>
        <translation>{field} 必须是 {choices} 之一；实际为 {value}</translation>
    </message>
    <message>
        <source>{field} must be from {least} to {most}; got {value}</source>
        <translation>{field} 必须在 {least} 到 {most} 之间；实际为 {value}</translation>
    </message>
    <message>
        <source>{field} must be an integer from {least} to {most}; got {value}</source>
        <translation>{field} 必须是 {least} 到 {most} 之间的整数；实际为 {value}</translation>
    </message>
    <message>
        <source>{field} must be an integer &gt;= 0; got {value}</source>
        <translation>{field} 必须是大于等于 0 的整数；实际为 {value}</translation>
    </message>
    <message>
        <source>{field} must be 0 (the dataset's default) or from {least} to {most}; got {value}</source>
        <translation>{field} 必须为 0（数据集的默认值）或在 {least} 到 {most} 之间；实际为 {value}</translation>
    </message>
    <message>
        <source>{field} must be a number above 0 and at most {most}; got {value}</source>
        <translation>{field} 必须是大于 0 且不超过 {most} 的数；实际为 {value}</translation>
    </message>
    <message>
        <source>{field} must be up to {layers} layers of 1 to {most} neurons; got {value}</source>
        <translation>{field} 最多 {layers} 层，每层 1 到 {most} 个神经元；实际为 {value}</translation>
    </message>
    <message>
        <source>{field} must list at least one feature</source>
        <translation>{field} 至少要列出一个特征</translation>
    </message>
    <message>
        <source>{field} must name one activation per hidden layer ({choices}); got {value}</source>
        <translation>{field} 必须为每个隐藏层指定一个激活函数（{choices}）；实际为 {value}</translation>
    </message>
    <message>
        <source>{field} must give one rate from 0 to {most} per hidden layer; got {value}</source>
        <translation>{field} 必须为每个隐藏层给出一个 0 到 {most} 之间的比率；实际为 {value}</translation>
    </message>
    <message>
        <source>{field} must be true or false; got {value}</source>
        <translation>{field} 必须是 true 或 false；实际为 {value}</translation>
    </message>
</context>
<context>
    <name>settings_info</name>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>How big a step each weight takes against its gradient. Too large and training diverges. Changing it keeps the weights and the epoch count; the next step uses it.</source>
        <translation>每个权重沿梯度反方向走多大一步。太大会导致训练发散。修改它会保留权重和轮数；下一步就会使用新值。</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>The function every hidden neuron applies to its weighted sum. Choosing one here starts again with fresh weights and this activation in every layer; right-click a layer in the network to change just that layer, keeping what it has learned.</source>
        <translation>每个隐藏神经元作用在其加权和上的函数。在这里选择会用新的权重重新开始，并让每一层都使用这个激活函数；在网络中右键单击某层，可以只改这一层，并保留它已学到的内容。</translation>
    </message>
    <message>
        <source>Regularization</source>
        <translation>正则化</translation>
    </message>
    <message>
        <source>A penalty on large weights. L1 pulls every weight towards zero by the same amount, and a weight it carries across zero is set to exactly 0, so weights that do not help end at 0; L2 shrinks weights in proportion to their size, so they get small but not zero. Changing it keeps the weights and the epoch count (TensorFlow Playground starts again here).</source>
        <translation>对过大权重的惩罚。L1 把每个权重都向零拉同样的量，被拉过零的权重会被精确设为 0，所以没用的权重最终为 0；L2 按权重的大小成比例地缩小它们，所以权重会变小但不为零。修改它会保留权重和轮数（TensorFlow Playground 在这里会重新开始）。</translation>
    </message>
    <message>
        <source>Regularization rate</source>
        <translation>正则化率</translation>
    </message>
    <message>
        <source>How strong the penalty on weights is. Changing it keeps the weights and the epoch count (TensorFlow Playground starts again here).</source>
        <translation>对权重的惩罚有多强。修改它会保留权重和轮数（TensorFlow Playground 在这里会重新开始）。</translation>
    </message>
    <message>
        <source>Problem type</source>
        <translation>问题类型</translation>
    </message>
    <message>
        <source>Classification predicts a class; regression predicts a number. Changing it starts again.</source>
        <translation>分类预测一个类别；回归预测一个数。修改后重新开始。</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Cross-entropy: a sigmoid output and the log loss, which punishes a confident mistake hard. TF Playground: TensorFlow Playground's tanh output, labels ±1 and ½ squared error, its starting weights, L1 rule and fixed order of the training points (with more than two classes: softmax and cross-entropy). Changing it starts again.</source>
        <translation>交叉熵：Sigmoid 输出和对数损失，对自信的错误惩罚很重。TF Playground：TensorFlow Playground 的 tanh 输出、±1 标签和 ½ 平方误差，以及它的初始权重、L1 规则和训练点的固定顺序（多于两个类别时：softmax 和交叉熵）。修改后重新开始。</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>The rule that turns gradients into weight changes. Changing it keeps the weights; the optimizer's own memory (momentum) starts from zero.</source>
        <translation>把梯度变成权重更新的规则。修改它会保留权重；优化器自身的记忆（动量）从零开始。</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>How many training points are averaged for each weight update. Changing it keeps the weights and the epoch count (TensorFlow Playground starts again here).</source>
        <translation>每次更新权重时对多少个训练点求平均。修改它会保留权重和轮数（TensorFlow Playground 在这里会重新开始）。</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Epochs trained per displayed frame: 1× is TensorFlow Playground's pace (about 60 epochs a second), 10× ten epochs a frame; Max trains as fast as the machine allows. An epoch that takes longer than a tenth of a second (large data) shows as it goes.</source>
        <translation>每显示一帧训练的轮数：1× 是 TensorFlow Playground 的速度（每秒约 60 轮），10× 每帧十轮；最快则按机器允许的最快速度训练。耗时超过十分之一秒的一轮（数据很多时）会边训练边显示。</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Which data to learn. Changing it starts again.</source>
        <translation>要学习哪些数据。修改后重新开始。</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>噪声</translation>
    </message>
    <message>
        <source>How much the data is blurred or mislabelled (0 to 50 %). Starts again.</source>
        <translation>数据被模糊或标错的程度（0 到 50 %）。会重新开始。</translation>
    </message>
    <message>
        <source>Training data</source>
        <translation>训练数据</translation>
    </message>
    <message>
        <source>The share of points used for training; the rest tests the network. Starts again.</source>
        <translation>用于训练的数据点比例；其余的用来测试网络。会重新开始。</translation>
    </message>
    <message>
        <source>Data seed</source>
        <translation>数据随机种子</translation>
    </message>
    <message>
        <source>Which random draw of the data. Regenerate picks a new one.</source>
        <translation>数据的哪一次随机抽取。“重新生成”会选一个新的。</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>点数</translation>
    </message>
    <message>
        <source>How many points the dataset generator draws, training and test together. Starts again.</source>
        <translation>数据集生成器抽取多少个点，训练点和测试点合计。会重新开始。</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>数据来源</translation>
    </message>
    <message>
        <source>A dataset generator, or your own points (painted on the output or imported from a CSV file). Switching keeps the network as it is.</source>
        <translation>数据集生成器，或你自己的数据点（在输出上绘制或从 CSV 文件导入）。切换时网络保持不变。</translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation>隐藏层</translation>
    </message>
    <message>
        <source>The hidden layers' sizes. Changing them edits the network in place and keeps what it has learned; Reset starts again with fresh weights.</source>
        <translation>各隐藏层的大小。修改它们会就地编辑网络并保留已学到的内容；“重置”会用新的权重重新开始。</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>特征</translation>
    </message>
    <message>
        <source>Which input features feed the network. Switching one keeps what the network has learned (a new input starts with zero weights); Reset starts again.</source>
        <translation>哪些输入特征送入网络。切换某个特征会保留网络已学到的内容（新输入的权重从零开始）；“重置”会重新开始。</translation>
    </message>
    <message>
        <source>Weight seed</source>
        <translation>权重随机种子</translation>
    </message>
    <message>
        <source>Which random draw of initial weights; reset picks a new one.</source>
        <translation>初始权重的哪一次随机抽取；重置会选一个新的。</translation>
    </message>
    <message>
        <source>Stop at epoch</source>
        <translation>在第几轮停止</translation>
    </message>
    <message>
        <source>Pause when this epoch is reached (0: never).</source>
        <translation>到达这一轮时暂停（0：从不）。</translation>
    </message>
    <message>
        <source>Stop when stuck</source>
        <translation>卡住时停止</translation>
    </message>
    <message>
        <source>Pause when the test loss has not improved (by more than 0.1 %) for this many epochs (0: never).</source>
        <translation>测试损失连续这么多轮没有改善（超过 0.1 %）时暂停（0：从不）。</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>调度</translation>
    </message>
    <message>
        <source>How the learning rate changes as training goes on: constant, step decay, exponential or cosine, after an optional linear warm-up. It is a function of the epoch: rewinding puts back the rate of the epoch shown.</source>
        <translation>训练过程中学习率如何变化：恒定、阶梯衰减、指数或余弦，前面可以加一段线性预热。它是轮次的函数：倒回时会恢复所显示那一轮的学习率。</translation>
    </message>
    <message>
        <source>Restore the best</source>
        <translation>恢复最佳</translation>
    </message>
    <message>
        <source>When training stops because the test loss has stopped improving, go back to the weights of the epoch with the best test loss (the later epochs stay on the timeline).</source>
        <translation>因测试损失不再改善而停止训练时，回到测试损失最好的那一轮的权重（之后的轮次仍保留在时间轴上）。</translation>
    </message>
</context>
<context>
    <name>spec</name>
    <message>
        <source>{field} has unknown keys {keys}; allowed: {allowed}</source>
        <translation>{field} 有未知键 {keys}；允许的有：{allowed}</translation>
    </message>
    <message>
        <source>spec must be a dict with features, hidden and output; got {type}</source>
        <translation>spec 必须是含有 features、hidden 和 output 的字典；得到的是 {type}</translation>
    </message>
    <message>
        <source>spec has unknown fields {fields}; allowed: features, hidden, output</source>
        <translation>spec 有未知字段 {fields}；允许的有：features、hidden、output</translation>
    </message>
    <message>
        <source>spec.features must be a non-empty list of {choices}</source>
        <translation>spec.features 必须是由 {choices} 组成的非空列表</translation>
    </message>
    <message>
        <source>spec.features: unknown feature {name}; choose from {choices}</source>
        <translation>spec.features：未知特征 {name}；请从 {choices} 中选择</translation>
    </message>
    <message>
        <source>spec.features lists a feature twice: {features}</source>
        <translation>spec.features 中有特征出现了两次：{features}</translation>
    </message>
    <message>
        <source>spec.hidden must be a list of {'units': n, 'activation': name}</source>
        <translation>spec.hidden 必须是 {'units': n, 'activation': name} 的列表</translation>
    </message>
    <message>
        <source>spec.hidden: at most {limit} hidden layers; got {count}</source>
        <translation>spec.hidden：最多 {limit} 个隐藏层；得到的是 {count}</translation>
    </message>
    <message>
        <source>{field} must be a dict with units and activation</source>
        <translation>{field} 必须是含有 units 和 activation 的字典</translation>
    </message>
    <message>
        <source>{field}.units must be an integer from 1 to {high}; got {value}</source>
        <translation>{field}.units 必须是 1 到 {high} 之间的整数；得到的是 {value}</translation>
    </message>
    <message>
        <source>{field}.activation must be one of {choices}; got {value}</source>
        <translation>{field}.activation 必须是 {choices} 之一；得到的是 {value}</translation>
    </message>
    <message>
        <source>{field}.dropout must be a number from 0 to {high}; got {value}</source>
        <translation>{field}.dropout 必须是 0 到 {high} 之间的数；得到的是 {value}</translation>
    </message>
    <message>
        <source>spec.output.kind must be one of {choices}; got {value}</source>
        <translation>spec.output.kind 必须是 {choices} 之一；得到的是 {value}</translation>
    </message>
    <message>
        <source>spec.output.classes must be an integer from {low} to {high} for multiclass; got {value}</source>
        <translation>对于多分类，spec.output.classes 必须是 {low} 到 {high} 之间的整数；得到的是 {value}</translation>
    </message>
    <message>
        <source>spec.output.classes applies only to multiclass, not {kind}</source>
        <translation>spec.output.classes 只适用于 multiclass，不适用于 {kind}</translation>
    </message>
    <message>
        <source>spec.output.loss must be one of {choices}; got {value}</source>
        <translation>spec.output.loss 必须是 {choices} 之一；得到的是 {value}</translation>
    </message>
    <message>
        <source>spec.output.loss 'tfp' (TensorFlow Playground's tanh output and squared error) is for binary output only, not {kind}</source>
        <translation>spec.output.loss 'tfp'（TensorFlow Playground 的 tanh 输出和平方误差）只适用于二分类输出，不适用于 {kind}</translation>
    </message>
</context>
<context>
    <name>stopping</name>
    <message>
        <source>Paused at epoch {epoch}: the stop-at-epoch setting is {stop}.</source>
        <translation>在第 {epoch} 轮暂停：“在第几轮停止”设为 {stop}。</translation>
    </message>
    <message>
        <source>Paused at epoch {epoch}: the test loss has not improved for {patience} epochs (best {loss} at epoch {best_epoch}).</source>
        <translation>在第 {epoch} 轮暂停：测试损失已有 {patience} 轮没有改善（最佳为第 {best_epoch} 轮的 {loss}）。</translation>
    </message>
    <message>
        <source>Stopped at epoch {epoch}: the test loss had not improved for {patience} epochs; restored the weights of epoch {best_epoch} (test loss {loss}).</source>
        <translation>在第 {epoch} 轮停止：测试损失已有 {patience} 轮没有改善；已恢复第 {best_epoch} 轮的权重（测试损失 {loss}）。</translation>
    </message>
</context>
<context>
    <name>teacher_dialog</name>
    <message>
        <source>&lt;p&gt;What this lesson is about, in one or two sentences.&lt;/p&gt;&lt;h4&gt;Try&lt;/h4&gt;&lt;ol&gt;&lt;li&gt;Press &lt;b&gt;Play&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Change one thing and play again.&lt;/li&gt;&lt;/ol&gt;&lt;h4&gt;Notice&lt;/h4&gt;&lt;p&gt;What should the students see?&lt;/p&gt;&lt;h4&gt;Question&lt;/h4&gt;&lt;p&gt;A question to answer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;用一两句话说明这节课讲什么。&lt;/p&gt;&lt;h4&gt;试一试&lt;/h4&gt;&lt;ol&gt;&lt;li&gt;按&lt;b&gt;播放&lt;/b&gt;。&lt;/li&gt;&lt;li&gt;改变一处设置，再播放一次。&lt;/li&gt;&lt;/ol&gt;&lt;h4&gt;注意观察&lt;/h4&gt;&lt;p&gt;学生应该看到什么？&lt;/p&gt;&lt;h4&gt;问题&lt;/h4&gt;&lt;p&gt;一个要回答的问题。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Teacher mode: make a lesson</source>
        <translation>教师模式：制作课程</translation>
    </message>
    <message>
        <source>The lesson keeps the playground &lt;b&gt;as it is now&lt;/b&gt;: data, network, weights and settings. Write what students should do, choose what they may change, and save.</source>
        <translation>课程会保存练习场&lt;b&gt;现在的样子&lt;/b&gt;：数据、网络、权重和设置。写下学生要做什么，选择他们可以改动什么，然后保存。</translation>
    </message>
    <message>
        <source>Lesson title, e.g. 3. Why XOR needs a hidden layer</source>
        <translation>课程标题，例如：3. 为什么 XOR 需要隐藏层</translation>
    </message>
    <message>
        <source>B</source>
        <comment>the Bold button's letter</comment>
        <translation>B</translation>
    </message>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation>粗体（Ctrl+B）</translation>
    </message>
    <message>
        <source>I</source>
        <comment>the Italic button's letter</comment>
        <translation>I</translation>
    </message>
    <message>
        <source>Italic (Ctrl+I)</source>
        <translation>斜体（Ctrl+I）</translation>
    </message>
    <message>
        <source>H</source>
        <comment>the Heading button's letter</comment>
        <translation>H</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Plain paragraph</source>
        <translation>普通段落</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>项目符号列表</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>编号列表</translation>
    </message>
    <message>
        <source>Instructions for the students</source>
        <translation>给学生的说明</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>控件</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>Students do not see “{control}”</source>
        <translation>学生看不到“{control}”</translation>
    </message>
    <message>
        <source>Students see “{control}” but cannot change it</source>
        <translation>学生能看到“{control}”，但不能修改</translation>
    </message>
    <message>
        <source>The network diagram always shows; lock it instead</source>
        <translation>网络图总是显示；请改为锁定它</translation>
    </message>
    <message>
        <source>What students may change</source>
        <translation>学生可以修改什么</translation>
    </message>
    <message>
        <source>Try it here</source>
        <translation>在这里试试</translation>
    </message>
    <message>
        <source>Show the instructions and apply the hidden and locked controls in this window</source>
        <translation>在这个窗口中显示说明，并应用隐藏和锁定的控件</translation>
    </message>
    <message>
        <source>Preview as student</source>
        <translation>以学生身份预览</translation>
    </message>
    <message>
        <source>Open the lesson in this window exactly as students get it: its start state, its locks and its instructions. Back to editing (a button above the instructions) brings your work and this dialog back as they were; the undo history starts afresh</source>
        <translation>在这个窗口中完全按学生看到的样子打开课程：它的初始状态、锁定和说明。“返回编辑”（说明上方的按钮）会让你的工作和这个对话框恢复原样；撤销历史重新开始</translation>
    </message>
    <message>
        <source>Save lesson…</source>
        <translation>保存课程…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Students may leave the lesson freely again</source>
        <translation>学生又可以自由离开课程了</translation>
    </message>
    <message>
        <source>Remove the password</source>
        <translation>删除密码</translation>
    </message>
    <message>
        <source>Password on the locks: &lt;b&gt;set&lt;/b&gt;.</source>
        <translation>锁定的密码：&lt;b&gt;已设置&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>更改密码…</translation>
    </message>
    <message>
        <source>No password: students may leave the lesson.</source>
        <translation>没有密码：学生可以离开课程。</translation>
    </message>
    <message>
        <source>Set password…</source>
        <translation>设置密码…</translation>
    </message>
    <message>
        <source>Give the lesson a title first.</source>
        <translation>请先给课程起个标题。</translation>
    </message>
    <message>
        <source>Applied to this window. Open a project or choose New to lift the restrictions.</source>
        <translation>已应用到这个窗口。打开一个项目或选择“新建”即可解除限制。</translation>
    </message>
    <message>
        <source>Save lesson</source>
        <translation>保存课程</translation>
    </message>
    <message>
        <source>Could not save the lesson: {error}</source>
        <translation>无法保存课程：{error}</translation>
    </message>
    <message>
        <source>Saved {path}. Students open it with File → Open or by dropping it on the window.</source>
        <translation>已保存 {path}。学生可以用“文件 → 打开”打开它，或把它拖到窗口上。</translation>
    </message>
    <message>
        <source>&amp;Teacher mode…</source>
        <translation>教师模式(&amp;T)…</translation>
    </message>
    <message>
        <source>Write instructions, hide or lock controls, and save the playground as a lesson</source>
        <translation>编写说明、隐藏或锁定控件，并把练习场保存为课程</translation>
    </message>
    <message>
        <source>Type it to edit the lesson.</source>
        <translation>输入密码以编辑课程。</translation>
    </message>
</context>
<context>
    <name>threads</name>
    <message>
        <source>blas_threads must be None or an integer of at least 1; got {value}</source>
        <translation>blas_threads 必须是 None 或不小于 1 的整数；得到的是 {value}</translation>
    </message>
</context>
<context>
    <name>timeline</name>
    <message>
        <source>Rewound: the network, its weights and the boundary as they were at that epoch. Resume from here (or Play) continues from it and replaces the later epochs; Back to latest returns.</source>
        <translation>已倒回：网络、权重和边界都是那一轮时的样子。“从这里继续”（或播放）会从这里接着训练，并替换之后的轮次；“回到最新”可返回。</translation>
    </message>
    <message>
        <source>Rewind now starts at epoch {epoch}, where the network changed: the epochs before it were trained by the network as it was, so they cannot be shown on this one.</source>
        <translation>现在倒回从第 {epoch} 轮开始，网络在那时发生了改变：之前的轮次是由改变前的网络训练的，所以无法在现在的网络上显示。</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间轴</translation>
    </message>
    <message>
        <source>Rewind: drag to see the network, its weights and the boundary as they were at that epoch. Training pauses. Keys when the slider has focus: ←/→ one epoch, Page Up/Down ten, Home the first, End the latest.</source>
        <translation>倒回：拖动可查看那一轮时的网络、权重和边界。训练会暂停。滑块有焦点时的按键：←/→ 一轮，Page Up/Down 十轮，Home 第一轮，End 最新一轮。</translation>
    </message>
    <message>
        <source>Rewind</source>
        <translation>倒回</translation>
    </message>
    <message>
        <source>epoch {epoch}</source>
        <translation>第 {epoch} 轮</translation>
    </message>
    <message>
        <source>epoch {epoch} (latest)</source>
        <translation>第 {epoch} 轮（最新）</translation>
    </message>
    <message>
        <source>The epoch on show, and the newest one trained.</source>
        <translation>显示的轮次，以及已训练的最新轮次。</translation>
    </message>
    <message>
        <source>Resume from here</source>
        <translation>从这里继续</translation>
    </message>
    <message>
        <source>Continue training from the epoch on show, from exactly its state. The epochs after it are replaced by the new training. (Play does the same.)</source>
        <translation>从显示的轮次、完全按它的状态继续训练。之后的轮次会被新的训练替换。（播放也一样。）</translation>
    </message>
    <message>
        <source>Back to latest</source>
        <translation>回到最新</translation>
    </message>
    <message>
        <source>Show the newest state again, as if you had never rewound (End).</source>
        <translation>再次显示最新状态，就像从没倒回过一样（End）。</translation>
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
        <translation>{count} 个检查点，{size}</translation>
    </message>
    <message numerus="yes">
        <source>{count} checkpoints, {size}</source>
        <translation><numerusform>{count} 个检查点，{size}</numerusform></translation>
    </message>
    <message>
        <source>epoch {epoch} of {latest} …</source>
        <translation>第 {epoch} 轮，共 {latest} 轮 …</translation>
    </message>
    <message>
        <source>epoch {epoch} of {latest}</source>
        <translation>第 {epoch} 轮，共 {latest} 轮</translation>
    </message>
    <message>
        <source>Rewind &amp;one epoch</source>
        <translation>倒回一轮(&amp;O)</translation>
    </message>
    <message>
        <source>Show the epoch before the one on show (training pauses)</source>
        <translation>显示当前显示轮次的前一轮（训练暂停）</translation>
    </message>
    <message>
        <source>Resume &amp;from here</source>
        <translation>从这里继续(&amp;F)</translation>
    </message>
    <message>
        <source>Back to &amp;latest</source>
        <translation>回到最新(&amp;L)</translation>
    </message>
</context>
<context>
    <name>top_bar</name>
    <message>
        <source>Regularization, rate</source>
        <translation>正则化，正则化率</translation>
    </message>
    <message>
        <source>The hidden layers use different activations (each is named under its layer in the network). Choose one here to give it to every layer; that resets the network.</source>
        <translation>各隐藏层使用不同的激活函数（每个都标在网络中该层的下方）。在这里选择一个会让每一层都使用它；这会重置网络。</translation>
    </message>
    <message>
        <source>Reset the network: fresh random weights, back to epoch 0 (R)</source>
        <translation>重置网络：新的随机权重，回到第 0 轮（R）</translation>
    </message>
    <message>
        <source>Play or pause training (Space)</source>
        <translation>播放或暂停训练（Space）</translation>
    </message>
    <message>
        <source>Train exactly one epoch, then pause (Right arrow)</source>
        <translation>只训练一轮，然后暂停（Right 方向键）</translation>
    </message>
    <message>
        <source>Epochs completed: full passes over the training data</source>
        <translation>已完成的轮数：完整遍历训练数据的次数</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>test epoch's weights</source>
        <translation>测试最佳轮的权重</translation>
    </message>
    <message>
        <source>Set ▾</source>
        <translation>设置 ▾</translation>
    </message>
    <message>
        <source>Never ▾</source>
        <translation>从不 ▾</translation>
    </message>
    <message numerus="yes">
        <source>Training stops at epoch {epoch} or after {patience} epochs without a better test loss, back to the best test epoch. Click to change the stopping rules.</source>
        <translation><numerusform>训练在第 {epoch} 轮停止，或在测试损失连续 {patience} 轮没有改善后停止，并回到测试最佳的那一轮。单击可修改停止规则。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Training stops at epoch {epoch} or after {patience} epochs without a better test loss. Click to change the stopping rules.</source>
        <translation><numerusform>训练在第 {epoch} 轮停止，或在测试损失连续 {patience} 轮没有改善后停止。单击可修改停止规则。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Training stops after {patience} epochs without a better test loss, back to the best test epoch. Click to change the stopping rules.</source>
        <translation><numerusform>训练在测试损失连续 {patience} 轮没有改善后停止，并回到测试最佳的那一轮。单击可修改停止规则。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Training stops after {patience} epochs without a better test loss. Click to change the stopping rules.</source>
        <translation><numerusform>训练在测试损失连续 {patience} 轮没有改善后停止。单击可修改停止规则。</numerusform></translation>
    </message>
    <message>
        <source>Training stops at epoch {epoch}. Click to change the stopping rules.</source>
        <translation>训练在第 {epoch} 轮停止。单击可修改停止规则。</translation>
    </message>
    <message>
        <source>Training never stops itself. Click to change the stopping rules.</source>
        <translation>训练从不自行停止。单击可修改停止规则。</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>混合</translation>
    </message>
    <message>
        <source>Pause training (Space)</source>
        <translation>暂停训练（Space）</translation>
    </message>
    <message>
        <source>Play: start training (Space)</source>
        <translation>播放：开始训练（Space）</translation>
    </message>
</context>
<context>
    <name>train_process</name>
    <message>
        <source>the training process was stopped for {seconds} s</source>
        <translation>训练进程被停止了 {seconds} 秒</translation>
    </message>
    <message>
        <source>the training process did not answer in {seconds} s</source>
        <translation>训练进程在 {seconds} 秒内没有响应</translation>
    </message>
    <message>
        <source>the training process failed:
{traceback}</source>
        <translation>训练进程失败：
{traceback}</translation>
    </message>
    <message>
        <source>the training process is gone ({error})</source>
        <translation>训练进程已消失（{error}）</translation>
    </message>
</context>
<context>
    <name>trainer</name>
    <message>
        <source>X_train must hold at least one point</source>
        <translation>X_train 至少要有一个点</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>{field} must be numbers of shape (n, 2)</source>
        <translation>{field} 必须是形状为 (n, 2) 的数字</translation>
    </message>
    <message>
        <source>{field} must have shape (n, 2); got {shape}</source>
        <translation>{field} 的形状必须是 (n, 2)；得到的是 {shape}</translation>
    </message>
    <message>
        <source>{field} has {count} points; at most {limit} are allowed</source>
        <translation>{field} 有 {count} 个点；最多允许 {limit} 个</translation>
    </message>
    <message>
        <source>{field} must be numbers of shape (n,)</source>
        <translation>{field} 必须是形状为 (n,) 的数字</translation>
    </message>
    <message>
        <source>{field} must have shape ({n},) to match the points; got {shape}</source>
        <translation>{field} 的形状必须是 ({n},) 才能与点对应；得到的是 {shape}</translation>
    </message>
    <message>
        <source>{field} must hold integer labels from 0 to {high} for {kind} output; got values from {low_seen} to {high_seen}</source>
        <translation>对于 {kind} 输出，{field} 必须是 0 到 {high} 之间的整数标签；得到的值从 {low_seen} 到 {high_seen}</translation>
    </message>
    <message>
        <source>{field} must be a finite number greater than {low} and at most {high}; got {value}</source>
        <translation>{field} 必须是大于 {low} 且不超过 {high} 的有限数；得到的是 {value}</translation>
    </message>
    <message>
        <source>{field} must be a finite number at least {low} and at most {high}; got {value}</source>
        <translation>{field} 必须是不小于 {low} 且不超过 {high} 的有限数；得到的是 {value}</translation>
    </message>
    <message>
        <source>params[{layer}] must be W of shape {w_shape} and b of shape {b_shape}; got {w_got} and {b_got}</source>
        <translation>params[{layer}] 必须是形状为 {w_shape} 的 W 和形状为 {b_shape} 的 b；得到的是 {w_got} 和 {b_got}</translation>
    </message>
    <message>
        <source>seed must be an integer; got {value}</source>
        <translation>seed 必须是整数；得到的是 {value}</translation>
    </message>
    <message>
        <source>shuffle must be True or False; got {value}</source>
        <translation>shuffle 必须是 True 或 False；得到的是 {value}</translation>
    </message>
    <message>
        <source>batch_size must be an integer of at least 1; got {value}</source>
        <translation>batch_size 必须是不小于 1 的整数；得到的是 {value}</translation>
    </message>
    <message>
        <source>link ({i}, {j}) of layer {layer} is disabled; enable it first</source>
        <translation>第 {layer} 层的连接 ({i}, {j}) 已禁用；请先启用它</translation>
    </message>
    <message>
        <source>{field} contains NaN or infinity</source>
        <translation>{field} 含有 NaN 或无穷大</translation>
    </message>
    <message>
        <source>dtype must be one of {choices}; got {value}</source>
        <translation>dtype 必须是 {choices} 之一；得到的是 {value}</translation>
    </message>
    <message>
        <source>network {field} must be a list of numbers</source>
        <translation>网络 {field} 必须是数字列表</translation>
    </message>
    <message>
        <source>{field} must be a finite number &gt;= 0; got {value}</source>
        <translation>{field} 必须是 &gt;= 0 的有限数；得到的是 {value}</translation>
    </message>
</context>
<context>
    <name>walkthrough</name>
    <message>
        <source>&amp;Backprop, step by step…</source>
        <translation>反向传播逐步讲解(&amp;B)…</translation>
    </message>
    <message>
        <source>Walk through backpropagation on one data point, with this network's numbers (W)</source>
        <translation>用这个网络的数值，在一个数据点上逐步走一遍反向传播（W）</translation>
    </message>
    <message>
        <source>Compare is on: turn it off (C) to walk through one network.</source>
        <translation>比较已开启：请关闭它（C），才能逐步讲解一个网络。</translation>
    </message>
    <message>
        <source>Cannot walk through a point: {reason}.</source>
        <translation>无法逐步讲解一个点：{reason}。</translation>
    </message>
    <message>
        <source>Cannot walk through this point: {reason}</source>
        <translation>无法逐步讲解这个点：{reason}</translation>
    </message>
    <message>
        <source>training point {number}</source>
        <translation>训练点 {number}</translation>
    </message>
    <message>
        <source>test point {number}</source>
        <translation>测试点 {number}</translation>
    </message>
    <message>
        <source>There are no training points to pick from yet.</source>
        <translation>还没有可供选择的训练点。</translation>
    </message>
    <message>
        <source>No data point there: click on one of the dots.</source>
        <translation>那里没有数据点：请单击其中一个点。</translation>
    </message>
    <message>
        <source>A point</source>
        <translation>一个点</translation>
    </message>
    <message>
        <source>&lt;b&gt;{point}&lt;/b&gt; at ({x1}, {x2}), {target}</source>
        <translation>&lt;b&gt;{point}&lt;/b&gt; 位于 ({x1}, {x2})，{target}</translation>
    </message>
    <message>
        <source>The point ({x1}, {x2}), target {target}, through the network as it is after epoch {epoch} ({steps} steps). Click another point to change it.</source>
        <translation>点 ({x1}, {x2})，目标 {target}，通过第 {epoch} 轮（{steps} 步）之后的网络。单击另一个点可以更换。</translation>
    </message>
    <message>
        <source>value {value}</source>
        <translation>值 {value}</translation>
    </message>
    <message>
        <source>class {glyph} {name}</source>
        <translation>类别 {glyph} {name}</translation>
    </message>
    <message>
        <source>Pause autoplay</source>
        <translation>暂停自动播放</translation>
    </message>
    <message>
        <source>Autoplay</source>
        <translation>自动播放</translation>
    </message>
    <message>
        <source>Not applied: {reason}.</source>
        <translation>未应用：{reason}。</translation>
    </message>
    <message>
        <source>Applied: every weight moved by the amount shown. {loss_change} Next (→) walks through again with the new weights.</source>
        <translation>已应用：每个权重都按显示的量移动了。{loss_change} 下一步（→）会用新的权重再走一遍。</translation>
    </message>
    <message>
        <source>The loss on this point before: {before}
after: {after}</source>
        <translation>这个点上的损失，之前：{before}
之后：{after}</translation>
    </message>
    <message>
        <source>Not undone: {reason}</source>
        <translation>未撤销：{reason}</translation>
    </message>
    <message>
        <source>Training is running, so these numbers are out of date. Pause (Space) and the walkthrough follows the new weights.</source>
        <translation>训练正在进行，所以这些数值已经过时。暂停（Space）后，逐步讲解会跟随新的权重。</translation>
    </message>
</context>
<context>
    <name>walkthrough_apply</name>
    <message>
        <source>Apply a backprop step</source>
        <translation>应用一步反向传播</translation>
    </message>
    <message>
        <source>Compare is on</source>
        <translation>比较已开启</translation>
    </message>
    <message>
        <source>the network changed since this point was traced</source>
        <translation>追踪这个点之后网络已改变</translation>
    </message>
    <message>
        <source>the network has changed since</source>
        <translation>网络此后已改变</translation>
    </message>
</context>
<context>
    <name>walkthrough_backward</name>
    <message>
        <source>f′(z) = 1 if z &gt; 0, else 0</source>
        <translation>f′(z) = 1（若 z &gt; 0），否则为 0</translation>
    </message>
    <message>
        <source>f′(z) = 1 if z &gt; 0, else 0.01</source>
        <translation>f′(z) = 1（若 z &gt; 0），否则为 0.01</translation>
    </message>
    <message>
        <source>f′(z) = 1 if z &gt; 0, else a + 1</source>
        <translation>f′(z) = 1（若 z &gt; 0），否则为 a + 1</translation>
    </message>
    <message>
        <source>dropped: δ = 0</source>
        <translation>已丢弃：δ = 0</translation>
    </message>
    <message>
        <source>{neuron}: dropped by dropout for this point: δ = 0</source>
        <translation>{neuron}：对这个点被 Dropout 丢弃：δ = 0</translation>
    </message>
    <message>
        <source>&lt;b&gt;{neuron}&lt;/b&gt; was dropped for this point: δ = 0 (its a was 0, so it did not change the loss, and no gradient flows back through it).</source>
        <translation>&lt;b&gt;{neuron}&lt;/b&gt; 对这个点被丢弃了：δ = 0（它的 a 为 0，所以它不影响损失，也没有梯度经过它反向传回）。</translation>
    </message>
    <message>
        <source>m = {scale} (kept by dropout)
Σ w·δ (next layer) = {back}</source>
        <translation>m = {scale}（被 Dropout 保留）
Σ w·δ（下一层）= {back}</translation>
    </message>
    <message>
        <source>For a sigmoid output with the cross-entropy loss, the chain rule ∂L/∂p · ∂p/∂z simplifies to just &lt;b&gt;δ = p − y&lt;/b&gt;.</source>
        <translation>对于使用交叉熵损失的 Sigmoid 输出，链式法则 ∂L/∂p · ∂p/∂z 化简后就是 &lt;b&gt;δ = p − y&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>For softmax with the cross-entropy loss, the chain rule simplifies to &lt;b&gt;δ = p − y&lt;/b&gt; for every output (y is 1 for the point's class, 0 otherwise).</source>
        <translation>对于使用交叉熵损失的 softmax，链式法则对每个输出都化简为 &lt;b&gt;δ = p − y&lt;/b&gt;（对该点的类别 y 为 1，否则为 0）。</translation>
    </message>
    <message>
        <source>For a linear output with the squared error ½(ŷ − y)², the chain rule gives &lt;b&gt;δ = ŷ − y&lt;/b&gt;.</source>
        <translation>对于使用平方误差 ½(ŷ − y)² 的线性输出，链式法则给出 &lt;b&gt;δ = ŷ − y&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>Now backwards, starting at the output. &lt;b&gt;δ = ∂L/∂z&lt;/b&gt; says how much the loss changes when a neuron's z changes. {why}</source>
        <translation>现在从输出开始反向进行。&lt;b&gt;δ = ∂L/∂z&lt;/b&gt; 表示神经元的 z 变化时损失变化多少。{why}</translation>
    </message>
    <message>
        <source>Backward from the output</source>
        <translation>从输出开始反向</translation>
    </message>
    <message>
        <source>δ = ∂L/∂z
on the links: ∂L/∂w = a × δ</source>
        <translation>δ = ∂L/∂z
连接上：∂L/∂w = a × δ</translation>
    </message>
    <message>
        <source>Σ w·δ (next layer) = {back}</source>
        <translation>Σ w·δ（下一层）= {back}</translation>
    </message>
    <message>
        <source>Backward through hidden layer {layer} ({activation})</source>
        <translation>反向经过隐藏层 {layer}（{activation}）</translation>
    </message>
    <message>
        <source>The chain rule: a neuron's δ is the δ's of the next layer, each times the weight of the link it reached them by, added up, times the slope of its own activation at its z: &lt;b&gt;δ = f′(z) × Σ w·δ&lt;/b&gt;. For {activation}, {slope}.</source>
        <translation>链式法则：一个神经元的 δ，等于下一层各个 δ 分别乘以通向它们的连接的权重，再相加，然后乘以它自己的激活函数在 z 处的斜率：&lt;b&gt;δ = f′(z) × Σ w·δ&lt;/b&gt;。对于 {activation}，{slope}。</translation>
    </message>
    <message>
        <source>With dropout, the factor by which the forward pass scaled the neuron comes in too: &lt;b&gt;δ = f′(z) × m × Σ w·δ&lt;/b&gt;, with m = 0 for a neuron dropped for this point and 1/(1 − {rate}) for one kept.</source>
        <translation>使用 Dropout 时，前向传播中缩放该神经元的因子也要乘进来：&lt;b&gt;δ = f′(z) × m × Σ w·δ&lt;/b&gt;，对这个点被丢弃的神经元 m = 0，被保留的 m = 1/(1 − {rate})。</translation>
    </message>
    <message>
        <source>δ = f′(z) × Σ w·δ
on the links: ∂L/∂w = a × δ</source>
        <translation>δ = f′(z) × Σ w·δ
连接上：∂L/∂w = a × δ</translation>
    </message>
    <message>
        <source>Each link into this layer gets its gradient: the activation &lt;b&gt;a&lt;/b&gt; at the link's start times the &lt;b&gt;δ&lt;/b&gt; at its end, &lt;b&gt;∂L/∂w = a × δ&lt;/b&gt;.</source>
        <translation>进入这一层的每条连接都得到它的梯度：连接起点的激活值 &lt;b&gt;a&lt;/b&gt; 乘以终点的 &lt;b&gt;δ&lt;/b&gt;，&lt;b&gt;∂L/∂w = a × δ&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>A bias is a link from a constant 1, so ∂L/∂b = δ: {biases}.</source>
        <translation>偏置是一条来自常数 1 的连接，所以 ∂L/∂b = δ：{biases}。</translation>
    </message>
</context>
<context>
    <name>walkthrough_forward</name>
    <message>
        <source>The point ({x1}, {x2}) goes in. Each input node passes one feature of it on: {values}.</source>
        <translation>点 ({x1}, {x2}) 进入网络。每个输入节点传递它的一个特征：{values}。</translation>
    </message>
    <message>
        <source>These are the activations &lt;b&gt;a&lt;/b&gt; of the input layer. From here each layer works out its neurons from the layer before it.</source>
        <translation>这些是输入层的激活值 &lt;b&gt;a&lt;/b&gt;。从这里开始，每一层都由前一层算出自己的神经元。</translation>
    </message>
    <message>
        <source>(the point is ({x1}, {x2}))</source>
        <translation>（该点为 ({x1}, {x2})）</translation>
    </message>
    <message>
        <source>The inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>a = the features of the point</source>
        <translation>a = 该点的特征</translation>
    </message>
    <message>
        <source>carries a = {value} from {neuron}</source>
        <translation>携带来自 {neuron} 的 a = {value}</translation>
    </message>
    <message>
        <source> (the output is linear)</source>
        <translation>（输出是线性的）</translation>
    </message>
    <message>
        <source>the output neuron (sigmoid)</source>
        <translation>输出神经元（Sigmoid）</translation>
    </message>
    <message>
        <source>the output neurons (softmax)</source>
        <translation>输出神经元（softmax）</translation>
    </message>
    <message>
        <source>the output neuron (linear)</source>
        <translation>输出神经元（线性）</translation>
    </message>
    <message>
        <source>The output layer: {head}</source>
        <translation>输出层：{head}</translation>
    </message>
    <message>
        <source>The output neurons add up their inputs the same way, &lt;b&gt;z = Σ w·a + b&lt;/b&gt;, with the activations of the last layer as inputs.</source>
        <translation>输出神经元也用同样的方法把输入加起来，&lt;b&gt;z = Σ w·a + b&lt;/b&gt;，以最后一层的激活值作为输入。</translation>
    </message>
    <message>
        <source>Then the sigmoid turns z into a probability: &lt;b&gt;p = σ(z) = 1 / (1 + e⁻ᶻ)&lt;/b&gt;, the network's belief that the point is blue: p = {p}.</source>
        <translation>然后 Sigmoid 把 z 变成一个概率：&lt;b&gt;p = σ(z) = 1 / (1 + e⁻ᶻ)&lt;/b&gt;，即网络认为这个点是蓝色的把握：p = {p}。</translation>
    </message>
    <message>
        <source>Then softmax turns the z's into probabilities that add up to 1: &lt;b&gt;p = eᶻ / Σ eᶻ&lt;/b&gt;, over all outputs. Here: {parts}.</source>
        <translation>然后 softmax 把各个 z 变成加起来等于 1 的概率：&lt;b&gt;p = eᶻ / Σ eᶻ&lt;/b&gt;，对所有输出求和。这里：{parts}。</translation>
    </message>
    <message>
        <source>The output is linear: the prediction is z itself.</source>
        <translation>输出是线性的：预测值就是 z 本身。</translation>
    </message>
    <message>
        <source>z = Σ w·a + b, then {rule}
on the links: w</source>
        <translation>z = Σ w·a + b，然后 {rule}
连接上：w</translation>
    </message>
    <message>
        <source>Hidden layer {layer} of {layers} ({activation})</source>
        <translation>隐藏层 {layer}，共 {layers} 层（{activation}）</translation>
    </message>
    <message>
        <source>Each neuron adds up its inputs, each times the weight of its link, plus its bias: &lt;b&gt;z = Σ w·a + b&lt;/b&gt;. Then it applies its activation: &lt;b&gt;a = f(z)&lt;/b&gt;, here {formula}.</source>
        <translation>每个神经元把它的各个输入分别乘以对应连接的权重后相加，再加上它的偏置：&lt;b&gt;z = Σ w·a + b&lt;/b&gt;。然后应用它的激活函数：&lt;b&gt;a = f(z)&lt;/b&gt;，这里是 {formula}。</translation>
    </message>
    <message>
        <source> (h1.2 is neuron 2 of hidden layer 1.)</source>
        <translation>（h1.2 是隐藏层 1 的神经元 2。）</translation>
    </message>
    <message>
        <source>z = Σ w·a + b,  a = f(z)
on the links: w</source>
        <translation>z = Σ w·a + b，  a = f(z)
连接上：w</translation>
    </message>
    <message>
        <source>, dropped for this point: &lt;b&gt;a = 0&lt;/b&gt;</source>
        <translation>，对这个点被丢弃：&lt;b&gt;a = 0&lt;/b&gt;</translation>
    </message>
    <message>
        <source>dropped by dropout (f(z) = {value})</source>
        <translation>被 Dropout 丢弃（f(z) = {value}）</translation>
    </message>
    <message>
        <source>dropped: a = 0</source>
        <translation>已丢弃：a = 0</translation>
    </message>
    <message>
        <source>kept by dropout: a = f(z) × {scale}, f(z) = {value}</source>
        <translation>被 Dropout 保留：a = f(z) × {scale}，f(z) = {value}</translation>
    </message>
    <message>
        <source>Here p is closer to 0 or 1 than 64-bit numbers can hold, so the engine works the loss out from z instead:</source>
        <translation>这里 p 太接近 0 或 1，64 位数字表示不了，所以引擎改为从 z 算出损失：</translation>
    </message>
    <message>
        <source>loss L = {value}</source>
        <translation>损失 L = {value}</translation>
    </message>
    <message>
        <source>The network says p = {p} for blue; the point is {name}, so y = {y}. </source>
        <translation>网络给出蓝色的 p = {p}；这个点是{name}，所以 y = {y}。</translation>
    </message>
    <message>
        <source>The closer p gets to 1, the smaller the loss.</source>
        <translation>p 越接近 1，损失越小。</translation>
    </message>
    <message>
        <source>The closer p gets to 0, the smaller the loss.</source>
        <translation>p 越接近 0，损失越小。</translation>
    </message>
    <message>
        <source>cross-entropy</source>
        <translation>交叉熵</translation>
    </message>
    <message>
        <source>The point is {target}. Only the probability the network gives that class counts: p({name}) = {p}. The closer it gets to 1, the smaller the loss.</source>
        <translation>这个点是{target}。只有网络给这个类别的概率才算数：p({name}) = {p}。它越接近 1，损失越小。</translation>
    </message>
    <message>
        <source>The network predicts ŷ = {prediction}; the point's value is y = {y}.</source>
        <translation>网络预测 ŷ = {prediction}；这个点的值是 y = {y}。</translation>
    </message>
    <message>
        <source>squared error</source>
        <translation>平方误差</translation>
    </message>
    <message>
        <source>The loss ({name}) measures how wrong that is:</source>
        <translation>损失（{name}）衡量它错得有多离谱：</translation>
    </message>
    <message>
        <source>Regularization adds {penalty} over all weights, so in total {total}.</source>
        <translation>正则化在所有权重上加了 {penalty}，所以总共是 {total}。</translation>
    </message>
    <message>
        <source>Learning means changing the weights so that this number goes down. The backward pass works out which way each weight should move.</source>
        <translation>学习就是改变权重，让这个数变小。反向传播会算出每个权重该往哪个方向移动。</translation>
    </message>
    <message>
        <source>L: how wrong
the prediction is</source>
        <translation>L：预测
错得有多离谱</translation>
    </message>
    <message>
        <source>The loss on this point</source>
        <translation>这个点上的损失</translation>
    </message>
</context>
<context>
    <name>walkthrough_jobs</name>
    <message>
        <source>Compare is on: turn it off (C) to walk through one network</source>
        <translation>比较已开启：请关闭它（C），才能逐步讲解一个网络</translation>
    </message>
    <message>
        <source>there are no training points to pick from yet</source>
        <translation>还没有可供选择的训练点</translation>
    </message>
    <message>
        <source>training point {number}</source>
        <translation>训练点 {number}</translation>
    </message>
</context>
<context>
    <name>walkthrough_overlay</name>
    <message>
        <source>Dropped by dropout for this point: it passes 0 on and gets δ = 0</source>
        <translation>对这个点被 Dropout 丢弃：它向后传递 0，得到 δ = 0</translation>
    </message>
</context>
<context>
    <name>walkthrough_panel</name>
    <message>
        <source>Backprop, step by step</source>
        <translation>反向传播逐步讲解</translation>
    </message>
    <message>
        <source>Close the walkthrough (Esc); the loss chart comes back</source>
        <translation>关闭逐步讲解（Esc）；损失图会回来</translation>
    </message>
    <message>
        <source>Random point</source>
        <translation>随机点</translation>
    </message>
    <message>
        <source>Take a random training point (or click any point on the plot above)</source>
        <translation>随机选一个训练点（或单击上方图中的任意一个点）</translation>
    </message>
    <message>
        <source>The forward pass: each layer computes z = Σ w·a + b and a = f(z) (click to jump there)</source>
        <translation>前向传播：每一层计算 z = Σ w·a + b 和 a = f(z)（单击可跳到这里）</translation>
    </message>
    <message>
        <source>The loss: how far the prediction is from the target (click to jump there)</source>
        <translation>损失：预测离目标有多远（单击可跳到这里）</translation>
    </message>
    <message>
        <source>The backward pass: δ = ∂L/∂z from the output back, by the chain rule (click to jump there)</source>
        <translation>反向传播：按链式法则从输出往回算 δ = ∂L/∂z（单击可跳到这里）</translation>
    </message>
    <message>
        <source>The weight update: each weight moves against its gradient (click to jump there)</source>
        <translation>权重更新：每个权重沿梯度反方向移动（单击可跳到这里）</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ 上一步</translation>
    </message>
    <message>
        <source>The step before (←)</source>
        <translation>上一步（←）</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一步 ▶</translation>
    </message>
    <message>
        <source>The next step (→)</source>
        <translation>下一步（→）</translation>
    </message>
    <message>
        <source>Autoplay</source>
        <translation>自动播放</translation>
    </message>
    <message>
        <source>Go through the steps by itself, one every {seconds} seconds; it stops before the update</source>
        <translation>自动逐步进行，每 {seconds} 秒一步；在更新之前停下</translation>
    </message>
    <message>
        <source>Apply update</source>
        <translation>应用更新</translation>
    </message>
    <message>
        <source>Make exactly this update to the network's weights (A); the boundary moves. Undo with Ctrl+Z.</source>
        <translation>对网络的权重做完全一样的更新（A）；边界会移动。用 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>Which step of the walkthrough is on show</source>
        <translation>逐步讲解当前显示的是哪一步</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pick a point:&lt;/b&gt; Next (→) picks one worth a look and says why; or click a point on the plot above, or take a random one.</source>
        <translation>&lt;b&gt;选一个点：&lt;/b&gt;下一步（→）会挑一个值得一看的点并说明原因；或者单击上方图中的一个点，或随机选一个。</translation>
    </message>
    <message>
        <source>&lt;p style='font-size:{size}pt'&gt;Backpropagation in four steps, with this network's own numbers for one point:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Forward pass&lt;/b&gt;: the point goes through the network layer by layer.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Loss&lt;/b&gt;: how far the prediction is from the point's true label.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Backward pass&lt;/b&gt;: the chain rule finds how each weight changed the loss, from the output back.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Weight update&lt;/b&gt;: every weight moves a little against its gradient.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p style='font-size:{size}pt'&gt;用这个网络自己的数值，在一个点上分四步讲解反向传播：&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;前向传播&lt;/b&gt;：这个点一层一层地通过网络。&lt;/li&gt;&lt;li&gt;&lt;b&gt;损失&lt;/b&gt;：预测离这个点的真实标签有多远。&lt;/li&gt;&lt;li&gt;&lt;b&gt;反向传播&lt;/b&gt;：用链式法则从输出往回，求出每个权重对损失的影响。&lt;/li&gt;&lt;li&gt;&lt;b&gt;权重更新&lt;/b&gt;：每个权重都沿梯度反方向移动一小步。&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>step {number} of {count}</source>
        <translation>第 {number} 步，共 {count} 步</translation>
    </message>
</context>
<context>
    <name>walkthrough_pick</name>
    <message>
        <source>This point is one the network gets wrong: it calls it {predicted}, but the point is {target}.</source>
        <translation>这是一个网络判断错了的点：网络认为它是{predicted}，但它其实是{target}。</translation>
    </message>
    <message>
        <source> It is the only training point the network gets wrong.</source>
        <translation>它是网络唯一判断错的训练点。</translation>
    </message>
    <message numerus="yes">
        <source> Of the %n training points it gets wrong, this one has the largest loss.</source>
        <translation><numerusform>在网络判断错的 %n 个训练点中，这个点的损失最大。</numerusform></translation>
    </message>
    <message>
        <source>This is the training point with the largest loss: the prediction is furthest from the point's value here.</source>
        <translation>这是损失最大的训练点：在这里，预测离这个点的值最远。</translation>
    </message>
    <message>
        <source>The network gets every training point right; this is the one with the largest loss.</source>
        <translation>网络把每个训练点都判断对了；这是损失最大的那个点。</translation>
    </message>
    <message>
        <source>The walkthrough picked this point because the network got it wrong; with the weights as they are now, it gets it right.</source>
        <translation>逐步讲解选了这个点，是因为网络判断错了它；按现在的权重，网络已经判断对了。</translation>
    </message>
    <message>
        <source>The walkthrough picked this point because its loss was the largest; with the weights as they are now, another point's loss is larger.</source>
        <translation>逐步讲解选了这个点，是因为它的损失最大；按现在的权重，另一个点的损失更大。</translation>
    </message>
</context>
<context>
    <name>walkthrough_sample</name>
    <message>
        <source>it switched off none of them this time</source>
        <translation>这次一个也没有关闭</translation>
    </message>
    <message>
        <source>it switched off {neurons} (crossed out): their a is 0, so nothing from them reaches the next layer, and they learn nothing from this point</source>
        <translation>关闭了 {neurons}（已划掉）：它们的 a 为 0，所以没有任何东西从它们传到下一层，它们也不会从这个点学到任何东西</translation>
    </message>
    <message>
        <source>it switched off {neurons} (crossed out): its a is 0, so nothing from it reaches the next layer, and it learns nothing from this point</source>
        <translation>关闭了 {neurons}（已划掉）：它的 a 为 0，所以没有任何东西从它传到下一层，它也不会从这个点学到任何东西</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dropout {rate}&lt;/b&gt; is on in this layer: while training, each neuron is switched off for each point with probability {rate}. For this point {which}. The neurons kept are scaled by 1/(1 − {rate}), so that the layer passes on as much on average. Evaluation, the loss curve and the maps use every neuron.</source>
        <translation>本层开启了 &lt;b&gt;Dropout {rate}&lt;/b&gt;：训练时，对每个点，每个神经元以概率 {rate} 被关闭。对这个点，{which}。保留的神经元乘以 1/(1 − {rate})，使这一层平均传递的量保持不变。评估、损失曲线和各图都使用全部神经元。</translation>
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
        <translation>输入</translation>
    </message>
    <message>
        <source>the output layer</source>
        <translation>输出层</translation>
    </message>
    <message>
        <source>hidden layer {layer} of {layers}</source>
        <translation>隐藏层 {layer}，共 {layers} 层</translation>
    </message>
    <message>
        <source>y = {y} (the point is {name})</source>
        <translation>y = {y}（这个点是{name}）</translation>
    </message>
    <message>
        <source>class {number} ({name})</source>
        <translation>类别 {number}（{name}）</translation>
    </message>
</context>
<context>
    <name>walkthrough_text</name>
    <message>
        <source>Forward pass</source>
        <translation>前向传播</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Backward pass</source>
        <translation>反向传播</translation>
    </message>
    <message>
        <source>Weight update</source>
        <translation>权重更新</translation>
    </message>
    <message>
        <source>The loss on this point stayed exactly {loss}.</source>
        <translation>这个点上的损失保持不变，仍为 {loss}。</translation>
    </message>
    <message>
        <source>The loss on this point fell by {change}: too little to show at {digits} digits, where it reads {loss} before and after.</source>
        <translation>这个点上的损失下降了 {change}：变化太小，在 {digits} 位数字下显示不出来，前后都是 {loss}。</translation>
    </message>
    <message>
        <source>The loss on this point rose by {change}: too little to show at {digits} digits, where it reads {loss} before and after.</source>
        <translation>这个点上的损失上升了 {change}：变化太小，在 {digits} 位数字下显示不出来，前后都是 {loss}。</translation>
    </message>
    <message>
        <source>The loss on this point fell from {old} to {new}.</source>
        <translation>这个点上的损失从 {old} 下降到 {new}。</translation>
    </message>
    <message>
        <source>The loss on this point rose from {old} to {new}.</source>
        <translation>这个点上的损失从 {old} 上升到 {new}。</translation>
    </message>
    <message numerus="yes">
        <source>&lt;i&gt;… and %n more links: hover over them in the network.&lt;/i&gt;</source>
        <translation><numerusform>&lt;i&gt;… 还有 %n 条连接：在网络中把鼠标悬停在它们上面查看。&lt;/i&gt;</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>&lt;i&gt;… and %n more neurons: hover over them in the network.&lt;/i&gt;</source>
        <translation><numerusform>&lt;i&gt;… 还有 %n 个神经元：在网络中把鼠标悬停在它们上面查看。&lt;/i&gt;</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>… (%n more)</source>
        <translation><numerusform>…（还有 %n 个）</numerusform></translation>
    </message>
</context>
<context>
    <name>walkthrough_tfp</name>
    <message>
        <source>the output neuron (tanh, as in TensorFlow Playground)</source>
        <translation>输出神经元（tanh，与 TensorFlow Playground 相同）</translation>
    </message>
    <message>
        <source>½ squared error</source>
        <translation>½ 平方误差</translation>
    </message>
    <message>
        <source>Then tanh turns z into the output &lt;b&gt;ŷ = tanh(z)&lt;/b&gt;, between −1 and 1, as TensorFlow Playground's does: near +1 says {yes}, near −1 says {no}. Here ŷ = {output}.</source>
        <translation>然后 tanh 把 z 变成输出 &lt;b&gt;ŷ = tanh(z)&lt;/b&gt;，介于 −1 和 1 之间，与 TensorFlow Playground 一样：接近 +1 表示{yes}，接近 −1 表示{no}。这里 ŷ = {output}。</translation>
    </message>
    <message>
        <source>The network says ŷ = {output}; the point is {name}, so its target is t = {target} (TensorFlow Playground's labels are −1 and +1). The closer ŷ gets to t, the smaller the loss.</source>
        <translation>网络给出 ŷ = {output}；这个点是{name}，所以它的目标是 t = {target}（TensorFlow Playground 的标签是 −1 和 +1）。ŷ 越接近 t，损失越小。</translation>
    </message>
    <message>
        <source>For TensorFlow Playground's tanh output with the squared error ½(ŷ − t)², the chain rule gives &lt;b&gt;δ = (ŷ − t)·(1 − ŷ²)&lt;/b&gt;: the slope of tanh, 1 − ŷ², makes δ small whenever ŷ is near +1 or −1, even near the wrong one.</source>
        <translation>对于 TensorFlow Playground 的 tanh 输出和平方误差 ½(ŷ − t)²，链式法则给出 &lt;b&gt;δ = (ŷ − t)·(1 − ŷ²)&lt;/b&gt;：tanh 的斜率 1 − ŷ² 使得 ŷ 接近 +1 或 −1 时 δ 都很小，即使接近的是错误的那一端。</translation>
    </message>
    <message>
        <source>w = 0 stays &lt;b&gt;0&lt;/b&gt;: in TensorFlow Playground's L1 rule a weight that L1 has set to zero stays there.</source>
        <translation>w = 0 保持为 &lt;b&gt;0&lt;/b&gt;：在 TensorFlow Playground 的 L1 规则中，被 L1 设为零的权重会一直保持为零。</translation>
    </message>
    <message>
        <source>: L1's own pull, η·λ₁ = {pull}, carries it across zero, so TensorFlow Playground's L1 rule sets it to exactly &lt;b&gt;0&lt;/b&gt;.</source>
        <translation>：L1 自身的拉力 η·λ₁ = {pull} 把它拉过了零，所以 TensorFlow Playground 的 L1 规则把它精确设为 &lt;b&gt;0&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>L1's own pull, η·λ₁ = {pull}, carries w = {weight} across zero in this {optimizer} step, so TensorFlow Playground's L1 rule sets it to exactly &lt;b&gt;0&lt;/b&gt;.</source>
        <translation>L1 自身的拉力 η·λ₁ = {pull} 在这一步 {optimizer} 中把 w = {weight} 拉过了零，所以 TensorFlow Playground 的 L1 规则把它精确设为 &lt;b&gt;0&lt;/b&gt;。</translation>
    </message>
</context>
<context>
    <name>walkthrough_update</name>
    <message>
        <source>&lt;b&gt;w ← w − η·∂L/∂w&lt;/b&gt;, with the learning rate η = {rate}.</source>
        <translation>&lt;b&gt;w ← w − η·∂L/∂w&lt;/b&gt;，学习率 η = {rate}。</translation>
    </message>
    <message>
        <source>The optimizer is {optimizer}, with g = ∂L/∂w: &lt;b&gt;{rule}&lt;/b&gt; ({constants}); m′ and v′ are m and v corrected for the first steps. Its memory of earlier steps changes how far each weight moves.</source>
        <translation>优化器是 {optimizer}，g = ∂L/∂w：&lt;b&gt;{rule}&lt;/b&gt;（{constants}）；m′ 和 v′ 是针对最初几步修正后的 m 和 v。它对之前各步的记忆会改变每个权重移动的距离。</translation>
    </message>
    <message>
        <source>The optimizer is {optimizer}, with g = ∂L/∂w: &lt;b&gt;{rule}&lt;/b&gt; ({constants}). Its memory of earlier steps changes how far each weight moves.</source>
        <translation>优化器是 {optimizer}，g = ∂L/∂w：&lt;b&gt;{rule}&lt;/b&gt;（{constants}）。它对之前各步的记忆会改变每个权重移动的距离。</translation>
    </message>
    <message>
        <source>w = 0 stays &lt;b&gt;0&lt;/b&gt;: the data pull it with ∂L/∂w = {gradient}, no harder than L1's pull back to zero, λ₁ = {l1}.</source>
        <translation>w = 0 保持为 &lt;b&gt;0&lt;/b&gt;：数据以 ∂L/∂w = {gradient} 拉它，并不比 L1 把它拉回零的力 λ₁ = {l1} 更强。</translation>
    </message>
    <message>
        <source>, across zero, so L1 sets it to exactly &lt;b&gt;0&lt;/b&gt;.</source>
        <translation>，越过了零，所以 L1 把它精确设为 &lt;b&gt;0&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>the {optimizer} step would carry w = {weight} across zero, so L1 sets it to exactly &lt;b&gt;0&lt;/b&gt;.</source>
        <translation>这一步 {optimizer} 会把 w = {weight} 拉过零，所以 L1 把它精确设为 &lt;b&gt;0&lt;/b&gt;。</translation>
    </message>
    <message>
        <source> (changes by {change})</source>
        <translation>（变化 {change}）</translation>
    </message>
    <message>
        <source>new w = {weight}</source>
        <translation>新的 w = {weight}</translation>
    </message>
    <message>
        <source>{neuron}: bias b = {bias}</source>
        <translation>{neuron}：偏置 b = {bias}</translation>
    </message>
    <message>
        <source>new b = {bias}</source>
        <translation>新的 b = {bias}</translation>
    </message>
    <message>
        <source>bias of {neuron}: {update}</source>
        <translation>{neuron} 的偏置：{update}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Into {layer}&lt;/b&gt;</source>
        <translation>&lt;b&gt;进入 {layer}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Where a change is too small to show at {digits} digits, it is written after the new value: “(changes by …)”.</source>
        <translation>如果变化太小，在 {digits} 位数字下显示不出来，就写在新值后面：“（变化 …）”。</translation>
    </message>
    <message>
        <source>Every weight and bias now moves a small step against its gradient, which lowers the loss on this point unless the step is too large. {rule}</source>
        <translation>现在每个权重和偏置都沿梯度反方向移动一小步，这会降低这个点上的损失，除非这一步太大。{rule}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Apply&lt;/b&gt; makes exactly this update in the network, and the boundary on the right is drawn again with the new weights.</source>
        <translation>&lt;b&gt;应用&lt;/b&gt;会在网络中做完全一样的更新，右边的边界会用新的权重重新画出。</translation>
    </message>
    <message>
        <source>{rule}
on the links: the change Δw</source>
        <translation>{rule}
连接上：变化量 Δw</translation>
    </message>
    <message>
        <source>The weight update ({optimizer})</source>
        <translation>权重更新（{optimizer}）</translation>
    </message>
</context>
<context>
    <name>warnings_check</name>
    <message>
        <source>The rule: while much is left to learn (training accuracy under 90 %, or a regression loss above half its start), a hidden layer is starved (vanishing) when its weights change less than 1/50 as fast for their size as the output layer's, ‖∂L/∂W‖/‖W‖ on the whole training set. A network that has learned has small gradients everywhere, and that is not vanishing. Exploding: one step (learning rate × gradient) would change a layer's weights by more than their own size, or training diverged.</source>
        <translation>规则：在还有很多要学的时候（训练准确率低于 90 %，或回归损失高于初始值的一半），如果一个隐藏层的权重相对于自身大小的变化速度（在整个训练集上的 ‖∂L/∂W‖/‖W‖）不到输出层的 1/50，它就“饿着”了（梯度消失）。已经学会的网络各处梯度都很小，那不算梯度消失。梯度爆炸：一步（学习率 × 梯度）会让某层权重的变化超过权重本身的大小，或者训练发散了。</translation>
    </message>
    <message>
        <source>Dead ReLU: it outputs 0 on every training point, so it passes nothing on and its weights get no gradient; it will not come back by itself. The usual cause is a learning rate too large, which threw its weights far negative. Leaky ReLU never dies.</source>
        <translation>死亡 ReLU：它在每个训练点上都输出 0，所以不向后传递任何东西，它的权重也得不到梯度；它不会自己恢复。常见原因是学习率太大，把它的权重推到了很负的地方。Leaky ReLU 永远不会死亡。</translation>
    </message>
    <message>
        <source>View › Gradients (G) shows which layers hardly learn.</source>
        <translation>“视图 › 梯度”（G）会显示哪些层几乎学不动。</translation>
    </message>
    <message>
        <source>hidden layer {number}</source>
        <translation>隐藏层 {number}</translation>
    </message>
    <message>
        <source>hidden layers {numbers}</source>
        <translation>隐藏层 {numbers}</translation>
    </message>
    <message>
        <source>the output layer</source>
        <translation>输出层</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} 和 {last}</translation>
    </message>
    <message>
        <source>so the network gives every point the same answer and cannot learn</source>
        <translation>所以网络对每个点都给出相同的答案，无法学习</translation>
    </message>
    <message>
        <source>so they get no gradient and will not come back</source>
        <translation>所以它们得不到梯度，也不会恢复</translation>
    </message>
    <message>
        <source>Likely cause: the learning rate ({rate}) is so large that a step threw their weights far negative; lower it and press reset, or use leaky ReLU.</source>
        <translation>可能的原因：学习率（{rate}）太大，一步就把它们的权重推到了很负的地方；请调低学习率并按重置，或使用 leaky ReLU。</translation>
    </message>
    <message>
        <source>Likely cause: a large step or a negative bias pushed their weighted sums below zero for every point; try leaky ReLU, a smaller learning rate, or reset.</source>
        <translation>可能的原因：一大步或负的偏置让它们的加权和在每个点上都小于零；试试 leaky ReLU、更小的学习率，或重置。</translation>
    </message>
    <message>
        <source>Dead ReLUs: 1 neuron of {where} outputs 0 on every training point, {effect}. {cause}</source>
        <translation>死亡 ReLU：{where} 中有 1 个神经元在每个训练点上都输出 0，{effect}。{cause}</translation>
    </message>
    <message>
        <source>Dead ReLUs: {count} of {where} output 0 on every training point, {effect}. {cause}</source>
        <translation>死亡 ReLU：{where} 中有{count}在每个训练点上都输出 0，{effect}。{cause}</translation>
    </message>
    <message>
        <source>both neurons</source>
        <translation>两个神经元</translation>
    </message>
    <message numerus="yes">
        <source>all %n neurons</source>
        <translation><numerusform>全部 %n 个神经元</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n neurons</source>
        <translation><numerusform>%n 个神经元</numerusform></translation>
    </message>
    <message>
        <source>Exploding gradients: one step would change the weights of {layer} by {ratio}× their own size (learning rate × gradient); each such step makes the next gradient larger. Lower the learning rate.</source>
        <translation>梯度爆炸：一步会让 {layer} 的权重变化达到其自身大小的 {ratio} 倍（学习率 × 梯度）；每一步这样的更新都会让下一次的梯度更大。请调低学习率。</translation>
    </message>
    <message>
        <source>accuracy {accuracy}</source>
        <translation>准确率 {accuracy}</translation>
    </message>
    <message>
        <source>the loss is still {loss}</source>
        <translation>损失仍为 {loss}</translation>
    </message>
    <message>
        <source> (≤ 0.25 for sigmoid): try fewer layers, tanh or ReLU.</source>
        <translation>（Sigmoid 时 ≤ 0.25）：试试更少的层、tanh 或 ReLU。</translation>
    </message>
    <message>
        <source>, near 0 for saturated neurons: try a smaller learning rate or fewer layers.</source>
        <translation>，对饱和的神经元接近 0：试试更小的学习率或更少的层。</translation>
    </message>
    <message>
        <source>Vanishing gradients: {layers} learns under 1/50 as fast as the output layer (layer {worst}: 1/{ratio}) with much left to learn ({left}). Each layer back multiplies the gradient by w·f′(z){advice}</source>
        <translation>梯度消失：{layers} 的学习速度不到输出层的 1/50（第 {worst} 层：1/{ratio}），而还有很多要学（{left}）。每往回一层，梯度都要乘以 w·f′(z){advice}</translation>
    </message>
    <message>
        <source>Vanishing gradients: {layers} learn under 1/50 as fast as the output layer (layer {worst}: 1/{ratio}) with much left to learn ({left}). Each layer back multiplies the gradient by w·f′(z){advice}</source>
        <translation>梯度消失：{layers} 的学习速度不到输出层的 1/50（第 {worst} 层：1/{ratio}），而还有很多要学（{left}）。每往回一层，梯度都要乘以 w·f′(z){advice}</translation>
    </message>
    <message>
        <source>Stuck: no better loss for {epochs} epochs, because of the dead neurons.</source>
        <translation>卡住了：由于死亡神经元，已有 {epochs} 轮损失没有变好。</translation>
    </message>
    <message>
        <source>Stuck: accuracy at chance ({chance}) for {epochs} epochs, because of the dead neurons.</source>
        <translation>卡住了：由于死亡神经元，准确率已有 {epochs} 轮停留在随机水平（{chance}）。</translation>
    </message>
    <message>
        <source>Stuck: no better loss in the last {epochs} epochs. Try another learning rate, tanh or ReLU rather than sigmoid, fewer layers, or reset for new starting weights.</source>
        <translation>卡住了：最近 {epochs} 轮损失没有变好。试试换个学习率、用 tanh 或 ReLU 代替 Sigmoid、减少层数，或者重置以获得新的初始权重。</translation>
    </message>
    <message>
        <source>Stuck: no better loss in the last {epochs} epochs and accuracy at chance ({chance}, the commonest class's share). Try another learning rate, tanh or ReLU rather than sigmoid, fewer layers, or reset for new starting weights.</source>
        <translation>卡住了：最近 {epochs} 轮损失没有变好，准确率停留在随机水平（{chance}，即最多的那个类别所占的比例）。试试换个学习率、用 tanh 或 ReLU 代替 Sigmoid、减少层数，或者重置以获得新的初始权重。</translation>
    </message>
</context>
<context>
    <name>worker</name>
    <message>
        <source>Internal error, training paused: {error}</source>
        <translation>内部错误，训练已暂停：{error}</translation>
    </message>
    <message>
        <source>Not changed: {reason}</source>
        <translation>未更改：{reason}</translation>
    </message>
    <message>
        <source>Training goes on in the window's own process ({reason}).</source>
        <translation>训练在窗口自己的进程中继续进行（{reason}）。</translation>
    </message>
</context>
</TS>