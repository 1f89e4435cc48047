<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar_EG">
<context>
    <name>activations</name>
    <message>
        <source>Linear</source>
        <translation>خطي</translation>
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
        <translation>السيغمويد</translation>
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
        <translation>يجب أن تكون دالة التنشيط واحدة من {choices}؛ القيمة المعطاة {value}</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>الاستخدام: </translation>
    </message>
    <message>
        <source>options</source>
        <translation>الخيارات</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>الوسائط الموضعية</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>اعرض رسالة المساعدة هذه واخرج</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>الوسائط التالية مطلوبة: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>وسائط غير معروفة: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>يلزم وسيط واحد</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>اختيار غير صالح: %(value)r (اختر من %(choices)s)</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>الوسيط %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>قيمة %(type)s غير صالحة: %(value)r</translation>
    </message>
</context>
<context>
    <name>autosave</name>
    <message>
        <source>Restore your work?</source>
        <translation>استعادة عملك؟</translation>
    </message>
    <message>
        <source>NN Playground did not close properly last time.

Restore “{name}”, saved automatically at {time} on {date}?</source>
        <translation>لم يُغلَق NN Playground بشكل سليم في المرة الماضية.

هل تريد استعادة «{name}» المحفوظ تلقائيًا في {time} يوم {date}؟</translation>
    </message>
    <message>
        <source>Cannot restore the autosave</source>
        <translation>تعذّرت استعادة الحفظ التلقائي</translation>
    </message>
</context>
<context>
    <name>banner</name>
    <message>
        <source>{reason} Press play to continue.</source>
        <translation>{reason} اضغط تشغيل للمتابعة.</translation>
    </message>
</context>
<context>
    <name>bias_marks</name>
    <message>
        <source>Bias of this neuron (blue positive, orange negative)</source>
        <translation>انحياز هذا العصبون (الأزرق موجب، البرتقالي سالب)</translation>
    </message>
</context>
<context>
    <name>bounded_json</name>
    <message>
        <source>the file is not valid JSON (line {line}, column {column}: {error})</source>
        <translation>الملف ليس JSON صالحًا (السطر {line}، العمود {column}: {error})</translation>
    </message>
    <message>
        <source>the JSON is nested more than {limit} deep</source>
        <translation>تداخل JSON أعمق من {limit} مستويات</translation>
    </message>
    <message>
        <source>the file holds {count} arrays and objects; a project holds at most {limit}</source>
        <translation>يحوي الملف {count} من المصفوفات والكائنات؛ والمشروع يحوي {limit} على الأكثر</translation>
    </message>
    <message>
        <source>the file holds more than {limit} values, more than a project holds</source>
        <translation>يحوي الملف أكثر من {limit} قيمة، أي أكثر مما يحويه مشروع</translation>
    </message>
    <message>
        <source>the file holds {count} strings; a project holds at most {limit}</source>
        <translation>يحوي الملف {count} سلسلة نصية؛ والمشروع يحوي {limit} على الأكثر</translation>
    </message>
    <message>
        <source>the JSON is nested {depth} deep; a project nests at most {limit}</source>
        <translation>تداخل JSON بعمق {depth}؛ وأقصى تداخل في المشروع {limit}</translation>
    </message>
    <message>
        <source>the file holds a string of {length} characters (the value of "{key}"); at most {limit}</source>
        <translation>يحوي الملف سلسلة من {length} حرفًا (قيمة "{key}")؛ والحد الأقصى {limit}</translation>
    </message>
    <message>
        <source>the file holds a string of {length} characters; at most {limit}</source>
        <translation>يحوي الملف سلسلة من {length} حرفًا؛ والحد الأقصى {limit}</translation>
    </message>
    <message>
        <source>the file holds a whole number of {count} digits; numbers in a project have at most {limit}</source>
        <translation>يحوي الملف عددًا صحيحًا من {count} رقمًا؛ وأعداد المشروع لها {limit} رقمًا على الأكثر</translation>
    </message>
    <message>
        <source>the file holds {name}, which is not a number a project may hold</source>
        <translation>يحوي الملف {name}، وهو ليس عددًا يمكن أن يحويه مشروع</translation>
    </message>
</context>
<context>
    <name>checkpoint_store</name>
    <message>
        <source>Checkpoints: every epoch recorded for the last {recent}, then every 2nd, 4th, 8th … further back; {kept} kept, {size} MB of at most {limit} MB. Epochs between checkpoints are recomputed exactly from the nearest earlier one.</source>
        <translation>نقاط الحفظ: تُسجَّل كل حقبة في آخر {recent}، ثم كل ثانية ورابعة وثامنة … كلما رجعنا أبعد؛ محفوظ منها {kept}، بحجم {size} MB من {limit} MB على الأكثر. الحقب بين نقاط الحفظ يُعاد حسابها بدقة من أقرب نقطة قبلها.</translation>
    </message>
</context>
<context>
    <name>class_button</name>
    <message>
        <source>Paint class {number} ({colour}); key {key}. A third class makes the network multi-class, keeping what it learned.</source>
        <translation>رسم الفئة {number} ({colour})؛ المفتاح {key}. الفئة الثالثة تجعل الشبكة متعددة الفئات، مع الإبقاء على ما تعلّمته.</translation>
    </message>
    <message>
        <source>Class {number}, {colour}</source>
        <translation>الفئة {number}، {colour}</translation>
    </message>
</context>
<context>
    <name>class_folder</name>
    <message>
        <source>only the first {limit} names in the folder were looked at</source>
        <translation>فُحصت أول {limit} من الأسماء في المجلد فقط</translation>
    </message>
    <message>
        <source>{count} more hand-ins left out: a class folder shows at most {limit}</source>
        <translation>استُبعد {count} تسليمًا إضافيًا: مجلد الصف يعرض {limit} على الأكثر</translation>
    </message>
    <message>
        <source>too large to read ({error})</source>
        <translation>أكبر من أن يُقرأ ({error})</translation>
    </message>
    <message>
        <source>cannot be read: {error}</source>
        <translation>تتعذّر قراءته: {error}</translation>
    </message>
    <message>
        <source>a project, not a hand-in (no name or results in it)</source>
        <translation>مشروع وليس تسليمًا (لا اسم فيه ولا نتائج)</translation>
    </message>
</context>
<context>
    <name>class_model</name>
    <message>
        <source>Student</source>
        <translation>الطالب</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>الدرس</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>الحقب</translation>
    </message>
    <message>
        <source>Train
loss</source>
        <translation>خسارة
التدريب</translation>
    </message>
    <message>
        <source>Test
loss</source>
        <translation>خسارة
الاختبار</translation>
    </message>
    <message>
        <source>Train
accuracy</source>
        <translation>دقة
التدريب</translation>
    </message>
    <message>
        <source>Test
accuracy</source>
        <translation>دقة
الاختبار</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Handed in
(UTC)</source>
        <translation>وقت التسليم
(UTC)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Cannot read {folder}: {problem}</source>
        <translation>تتعذّر قراءة {folder}: {problem}</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>{prog}: error: {message} (see {prog} --help)</source>
        <translation>{prog}: خطأ: {message} (انظر {prog} --help)</translation>
    </message>
    <message>
        <source>{text} is not a whole number</source>
        <translation>{text} ليس عددًا صحيحًا</translation>
    </message>
    <message>
        <source>must be from 1 to {most}; got {value}</source>
        <translation>يجب أن يكون من 1 إلى {most}؛ القيمة المعطاة {value}</translation>
    </message>
    <message>
        <source>must be from 32 to 4096 pixels; got {value}</source>
        <translation>يجب أن يكون من 32 إلى 4096 بكسل؛ القيمة المعطاة {value}</translation>
    </message>
    <message>
        <source>NN Playground: draw a network, pick or paint data, press play and watch backpropagation learn. With no command it opens the window.</source>
        <translation>NN Playground: ارسم شبكة، واختر البيانات أو ارسمها، ثم اضغط تشغيل وشاهد الانتشار العكسي يتعلّم. من دون أمر تُفتح النافذة.</translation>
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
        <translation>أمثلة:
  {prog}                                  فتح النافذة
  {prog} open lesson.nnplay               فتح مشروع أو درس في النافذة
  {prog} lessons                          عرض الدروس المرفقة
  {prog} run work.nnplay --epochs 500 --report out.json --export-boundary out.png
  {prog} check hand-ins/                  فحص كل مشروع وملف CSV في مجلد
  {prog} class hand-ins/ --csv grades.csv  مجلد تسليمات كسجل درجات
  {prog} export work.nnplay --pytorch work.py   الشبكة كبرنامج PyTorch
  {prog} selftest                         التحقق من أن هذه النسخة من التطبيق تعمل
شغّل '{prog} COMMAND --help' لعرض خيارات أمر ما.</translation>
    </message>
    <message>
        <source>the language of the window and of these messages: {codes} (default: as chosen in View &gt; Language, else the system's)</source>
        <translation>لغة النافذة وهذه الرسائل: {codes} (الافتراضي: كما اختيرت في عرض &gt; اللغة، وإلا فلغة النظام)</translation>
    </message>
    <message>
        <source>open the window in projector mode: larger type, thicker lines, bigger points (View &gt; Projector mode switches it; it is remembered)</source>
        <translation>فتح النافذة في وضع جهاز العرض: خط أكبر، وخطوط أسمك، ونقاط أكبر (يبدّله عرض &gt; وضع جهاز العرض؛ ويُحفظ)</translation>
    </message>
    <message>
        <source>open the window, optionally with a project or lesson file (the default)</source>
        <translation>فتح النافذة، مع ملف مشروع أو درس اختياريًا (الافتراضي)</translation>
    </message>
    <message>
        <source>Open the NN Playground window, optionally with a project or lesson file.</source>
        <translation>فتح نافذة NN Playground، مع ملف مشروع أو درس اختياريًا.</translation>
    </message>
    <message>
        <source>a .nnplay project or lesson file, or a bundled lesson's name</source>
        <translation>ملف مشروع أو درس ‎.nnplay، أو اسم درس مرفق</translation>
    </message>
    <message>
        <source>train a project without a window and report the result</source>
        <translation>تدريب مشروع من دون نافذة وعرض النتيجة</translation>
    </message>
    <message>
        <source>Train a project or lesson without a window, showing a progress bar on stderr, then write the final losses and accuracies. Training stops early if it diverges. A project with Compare on trains every lane for N epochs and reports each lane. A project whose data holds no training point is refused.</source>
        <translation>درّب مشروعًا أو درسًا من دون نافذة، مع شريط تقدّم على stderr، ثم اكتب قيم الخسارة والدقة النهائية. يتوقف التدريب مبكرًا إذا تباعَد. المشروع الذي فُعّلت فيه المقارنة يدرّب كل مسار N حقبة ويعرض نتيجة كل مسار. ويُرفض المشروع الذي لا تحوي بياناته أي نقطة تدريب.</translation>
    </message>
    <message>
        <source>The report is JSON: {epochs, final_epoch, train_loss, test_loss, train_accuracy, test_accuracy, diverged, seconds, warnings}; epochs counts this run's epochs, accuracy is null for regression; warnings lists {kind, layers, message} for what went wrong by the end (the window's rules: vanishing, exploding, dead_neurons, stuck, diverged). With Compare on it adds lanes, a list with each lane's {name, settings, overrides} and the same figures, and focus, the name of the lane the window shows, whose figures are the top-level ones (and the exported pictures). Exit codes: 0 done (even if training diverged), 1 an error (unreadable or invalid file, no training data, a file that cannot be written), 2 a usage mistake.</source>
        <translation>التقرير بصيغة JSON: {epochs, final_epoch, train_loss, test_loss, train_accuracy, test_accuracy, diverged, seconds, warnings}؛ epochs يعدّ حقب هذا التشغيل، وaccuracy قيمتها null في الانحدار؛ وwarnings تسرد {kind, layers, message} لما حدث من خلل في النهاية (قواعد النافذة: vanishing، exploding، dead_neurons، stuck، diverged). ومع تفعيل المقارنة يضيف lanes، وهي قائمة فيها {name, settings, overrides} لكل مسار مع الأرقام نفسها، وfocus، اسم المسار الذي تعرضه النافذة، وأرقامه هي أرقام المستوى الأعلى (والصور المصدَّرة). رموز الخروج: 0 تمّ (حتى لو تباعَد التدريب)، 1 خطأ (ملف غير مقروء أو غير صالح، لا بيانات تدريب، ملف تتعذّر كتابته)، 2 خطأ في الاستخدام.</translation>
    </message>
    <message>
        <source>the .nnplay project or lesson to train (or a bundled lesson's name)</source>
        <translation>مشروع أو درس ‎.nnplay المراد تدريبه (أو اسم درس مرفق)</translation>
    </message>
    <message>
        <source>how many epochs to train (1 to {most})</source>
        <translation>عدد الحقب المراد تدريبها (من 1 إلى {most})</translation>
    </message>
    <message>
        <source>write the final figures to this JSON file</source>
        <translation>كتابة الأرقام النهائية في ملف JSON هذا</translation>
    </message>
    <message>
        <source>save the decision boundary with the training data as a picture (.png, or .svg by suffix)</source>
        <translation>حفظ حدّ القرار مع بيانات التدريب كصورة (‎.png، أو ‎.svg حسب اللاحقة)</translation>
    </message>
    <message>
        <source>save an animated GIF of the boundary as it changes during these epochs</source>
        <translation>حفظ صورة GIF متحركة لحدّ القرار وهو يتغيّر خلال هذه الحقب</translation>
    </message>
    <message>
        <source>save the trained project to this file</source>
        <translation>حفظ المشروع المدرَّب في هذا الملف</translation>
    </message>
    <message>
        <source>width and height of exported pictures (default 480)</source>
        <translation>عرض الصور المصدَّرة وارتفاعها (الافتراضي 480)</translation>
    </message>
    <message>
        <source>also draw the test points in exported pictures</source>
        <translation>رسم نقاط الاختبار أيضًا في الصور المصدَّرة</translation>
    </message>
    <message>
        <source>no progress bar</source>
        <translation>بلا شريط تقدّم</translation>
    </message>
    <message>
        <source>check that projects, lessons and CSV files open, without opening a window</source>
        <translation>التحقق من أن المشاريع والدروس وملفات CSV تُفتح، من دون فتح نافذة</translation>
    </message>
    <message>
        <source>Check each file as the window would open it: a project or lesson (.nnplay, its lesson text included) or a CSV file of points. Prints one line per file, 'FILE: ok' or 'FILE: the reason', on stdout. A folder stands for the .nnplay and .csv files in it and its subfolders (a folder of hand-ins, say).</source>
        <translation>افحص كل ملف كما ستفتحه النافذة: مشروع أو درس (‎.nnplay، بما فيه نص الدرس) أو ملف CSV للنقاط. يطبع سطرًا لكل ملف، 'FILE: ok' أو 'FILE: السبب'، على stdout. المجلد يعني ملفات ‎.nnplay و‎.csv التي فيه وفي مجلداته الفرعية (مجلد تسليمات مثلًا).</translation>
    </message>
    <message>
        <source>Exit codes: 0 every file is fine, 1 some file is not, 2 a usage mistake.</source>
        <translation>رموز الخروج: 0 كل الملفات سليمة، 1 بعض الملفات ليست كذلك، 2 خطأ في الاستخدام.</translation>
    </message>
    <message>
        <source>a .nnplay project or lesson, a .csv file, or a folder of them</source>
        <translation>مشروع أو درس ‎.nnplay، أو ملف ‎.csv، أو مجلد منها</translation>
    </message>
    <message>
        <source>write the project's network as a PyTorch or NumPy script</source>
        <translation>كتابة شبكة المشروع كبرنامج PyTorch أو NumPy</translation>
    </message>
    <message>
        <source>Write the project's network, its trained weights and its data as one readable Python file: --pytorch for an nn.Module, --numpy for a script that needs only NumPy. Run on its own, the script prints one JSON line {"train_loss", "test_loss", "train_accuracy", "test_accuracy"}, the figures 'run' reports for the project; with --train N it then trains N more epochs as 'run --epochs N' would.</source>
        <translation>اكتب شبكة المشروع وأوزانها المدرَّبة وبياناتها في ملف Python واحد مقروء: ‎--pytorch لـ nn.Module، و‎--numpy لبرنامج لا يحتاج إلا NumPy. عند تشغيله وحده يطبع البرنامج سطر JSON واحدًا {"train_loss", "test_loss", "train_accuracy", "test_accuracy"}، وهي الأرقام التي يعرضها 'run' للمشروع؛ ومع ‎--train N يدرّب بعدها N حقبة إضافية كما يفعل 'run --epochs N'.</translation>
    </message>
    <message>
        <source>Exit codes: 0 written, 1 an error (unreadable project, unwritable output), 2 a usage mistake.</source>
        <translation>رموز الخروج: 0 كُتب، 1 خطأ (مشروع غير مقروء، مُخرَج تتعذّر كتابته)، 2 خطأ في الاستخدام.</translation>
    </message>
    <message>
        <source>list the bundled lessons</source>
        <translation>عرض الدروس المرفقة</translation>
    </message>
    <message>
        <source>List the bundled lessons: file name and title. Open one with 'open NAME'.</source>
        <translation>عرض الدروس المرفقة: اسم الملف والعنوان. افتح أحدها بـ 'open NAME'.</translation>
    </message>
    <message>
        <source>a folder of hand-ins as a grade book (CSV), without a window</source>
        <translation>مجلد تسليمات كسجل درجات (CSV)، من دون نافذة</translation>
    </message>
    <message>
        <source>check that this copy of the app works: window, lesson, training, export</source>
        <translation>التحقق من أن هذه النسخة من التطبيق تعمل: النافذة، الدرس، التدريب، التصدير</translation>
    </message>
    <message>
        <source>Open the window offscreen (no screen needed), open a bundled lesson, train it for a few hundred steps and export PNG pictures. Exit code 0 when every step passed; otherwise the failed step is named and the exit code is 1.</source>
        <translation>افتح النافذة خارج الشاشة (لا حاجة إلى شاشة)، وافتح درسًا مرفقًا، ودرّبه بضع مئات من الخطوات، وصدّر صور PNG. رمز الخروج 0 عندما تنجح كل الخطوات؛ وإلا تُذكر الخطوة الفاشلة ويكون رمز الخروج 1.</translation>
    </message>
    <message>
        <source>no window can be opened from here</source>
        <translation>لا يمكن فتح نافذة من هنا</translation>
    </message>
    <message>
        <source>{prog}: interrupted</source>
        <translation>{prog}: أُوقف</translation>
    </message>
    <message>
        <source>{prog}: no language {lang}; these are offered: {codes}</source>
        <translation>{prog}: لا توجد لغة {lang}؛ اللغات المتاحة: {codes}</translation>
    </message>
    <message>
        <source>{prog}: error: {message}</source>
        <translation>{prog}: خطأ: {message}</translation>
    </message>
</context>
<context>
    <name>cli_check</name>
    <message>
        <source>no .nnplay or .csv file in this folder</source>
        <translation>لا يوجد ملف ‎.nnplay أو ‎.csv في هذا المجلد</translation>
    </message>
    <message>
        <source>too large or too deeply nested to read ({error})</source>
        <translation>أكبر أو أعمق تداخلًا من أن يُقرأ ({error})</translation>
    </message>
    <message>
        <source>cannot be opened: an internal error ({error})</source>
        <translation>يتعذّر فتحه: خطأ داخلي ({error})</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>مرفوض</translation>
    </message>
</context>
<context>
    <name>cli_class</name>
    <message>
        <source>the folder of hand-ins (.nnplay files)</source>
        <translation>مجلد التسليمات (ملفات ‎.nnplay)</translation>
    </message>
    <message>
        <source>write the grade book to this file (default: print it on stdout)</source>
        <translation>كتابة سجل الدرجات في هذا الملف (الافتراضي: طباعته على stdout)</translation>
    </message>
    <message>
        <source>the rows' order (default: name; test_accuracy puts the best first)</source>
        <translation>ترتيب الصفوف (الافتراضي: name؛ test_accuracy يضع الأفضل أولًا)</translation>
    </message>
    <message>
        <source>Read every hand-in (.nnplay) in FOLDER, as File &gt; Open class folder does, and write one CSV row per file: file, name, lesson, handed_in (UTC), epochs, train_loss, test_loss, train_accuracy, test_accuracy, note. A damaged file or a project without a hand-in part gets its reason in the note column and the other files are read on.</source>
        <translation>اقرأ كل تسليم (‎.nnplay) في FOLDER، كما يفعل ملف &gt; فتح مجلد الصف، واكتب صف CSV لكل ملف: file، name، lesson، handed_in (UTC)، epochs، train_loss، test_loss، train_accuracy، test_accuracy، note. الملف التالف أو المشروع الذي لا جزء تسليم فيه يُكتب سببه في عمود note وتُتابَع قراءة الملفات الأخرى.</translation>
    </message>
    <message>
        <source>Exit codes: 0 the folder was read (even with damaged files; the summary on stderr counts them), 1 the folder cannot be read or the CSV cannot be written, 2 a usage mistake.</source>
        <translation>رموز الخروج: 0 قُرئ المجلد (حتى مع ملفات تالفة؛ الملخّص على stderr يعدّها)، 1 تتعذّر قراءة المجلد أو كتابة CSV، 2 خطأ في الاستخدام.</translation>
    </message>
    <message>
        <source>{folder} is not a folder</source>
        <translation>{folder} ليس مجلدًا</translation>
    </message>
    <message>
        <source>cannot write {file}: the folder {folder} does not exist</source>
        <translation>تتعذّر كتابة {file}: المجلد {folder} غير موجود</translation>
    </message>
    <message>
        <source>cannot read the folder {folder}: {reason}</source>
        <translation>تعذّرت قراءة المجلد {folder}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>{read} hand-ins read, {damaged} other or damaged files noted</source>
        <translation><numerusform>قُرئ {read} تسليم، ودُوّن {damaged} من الملفات الأخرى أو التالفة</numerusform><numerusform>قُرئ {read} تسليم، ودُوّن {damaged} من الملفات الأخرى أو التالفة</numerusform><numerusform>قُرئ {read} تسليمان، ودُوّن {damaged} من الملفات الأخرى أو التالفة</numerusform><numerusform>قُرئ {read} تسليمات، ودُوّن {damaged} من الملفات الأخرى أو التالفة</numerusform><numerusform>قُرئ {read} تسليمًا، ودُوّن {damaged} من الملفات الأخرى أو التالفة</numerusform><numerusform>قُرئ {read} تسليم، ودُوّن {damaged} من الملفات الأخرى أو التالفة</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{read} hand-ins read</source>
        <translation><numerusform>قُرئ {read} تسليم</numerusform><numerusform>قُرئ {read} تسليم</numerusform><numerusform>قُرئ {read} تسليمان</numerusform><numerusform>قُرئ {read} تسليمات</numerusform><numerusform>قُرئ {read} تسليمًا</numerusform><numerusform>قُرئ {read} تسليم</numerusform></translation>
    </message>
    <message>
        <source>{summary}; {note}</source>
        <translation>{summary}؛ {note}</translation>
    </message>
</context>
<context>
    <name>cli_common</name>
    <message>
        <source>{name} names several lessons: {lessons}</source>
        <translation>الاسم {name} يطابق عدة دروس: {lessons}</translation>
    </message>
</context>
<context>
    <name>cli_export</name>
    <message>
        <source>the .nnplay project or lesson (or a bundled lesson's name)</source>
        <translation>مشروع أو درس ‎.nnplay (أو اسم درس مرفق)</translation>
    </message>
    <message>
        <source>write a PyTorch script (an nn.Module) to this file</source>
        <translation>كتابة برنامج PyTorch (nn.Module) في هذا الملف</translation>
    </message>
    <message>
        <source>write a script that needs only NumPy to this file</source>
        <translation>كتابة برنامج لا يحتاج إلا NumPy في هذا الملف</translation>
    </message>
    <message>
        <source>say nothing when done</source>
        <translation>لا تعرض شيئًا عند الانتهاء</translation>
    </message>
    <message>
        <source>nn-playground export: error: say which script to write: --pytorch OUT.py, --numpy OUT.py, or both (see nn-playground export --help)</source>
        <translation>nn-playground export: خطأ: حدّد البرنامج المراد كتابته: ‎--pytorch OUT.py أو ‎--numpy OUT.py أو كليهما (انظر nn-playground export --help)</translation>
    </message>
    <message>
        <source>--{kind} {file} would overwrite the project itself</source>
        <translation>‎--{kind} {file} سيكتب فوق المشروع نفسه</translation>
    </message>
    <message>
        <source>{file}: cannot export: {reason}</source>
        <translation>{file}: يتعذّر التصدير: {reason}</translation>
    </message>
    <message>
        <source>Wrote {file}: a {kind} script of the {sizes} network at epoch {epoch}</source>
        <translation>كُتب {file}: برنامج {kind} للشبكة {sizes} عند الحقبة {epoch}</translation>
    </message>
</context>
<context>
    <name>cli_run</name>
    <message>
        <source>Training [{bar}] {percent}  epoch {epoch}/{epochs}  loss {loss}</source>
        <translation>التدريب [{bar}] {percent}  الحقبة {epoch}/{epochs}  الخسارة {loss}</translation>
    </message>
    <message>
        <source>cannot write the report {path}: the folder {folder} does not exist</source>
        <translation>تتعذّر كتابة التقرير {path}: المجلد {folder} غير موجود</translation>
    </message>
    <message>
        <source>cannot write the picture {path}: the folder {folder} does not exist</source>
        <translation>تتعذّر كتابة الصورة {path}: المجلد {folder} غير موجود</translation>
    </message>
    <message>
        <source>cannot write the GIF {path}: the folder {folder} does not exist</source>
        <translation>تتعذّر كتابة ملف GIF {path}: المجلد {folder} غير موجود</translation>
    </message>
    <message>
        <source>cannot write the project {path}: the folder {folder} does not exist</source>
        <translation>تتعذّر كتابة المشروع {path}: المجلد {folder} غير موجود</translation>
    </message>
    <message>
        <source>--export-boundary must end in .png or .svg; got {file}</source>
        <translation>يجب أن ينتهي ‎--export-boundary بـ ‎.png أو ‎.svg؛ القيمة المعطاة {file}</translation>
    </message>
    <message>
        <source>{file}: nothing to train: its data holds no training point (only test points, or none); add training points in the window first</source>
        <translation>{file}: لا شيء للتدريب: بياناته لا تحوي أي نقطة تدريب (نقاط اختبار فقط أو لا شيء)؛ أضف نقاط تدريب في النافذة أولًا</translation>
    </message>
    <message>
        <source>Lane {lane}: {message}</source>
        <translation>المسار {lane}: {message}</translation>
    </message>
    <message>
        <source>  Lane {lane} ({settings}): {figures}</source>
        <translation>  المسار {lane} ({settings}): {figures}</translation>
    </message>
    <message>
        <source>train loss {train_loss}, test loss {test_loss}</source>
        <translation>خسارة التدريب {train_loss}، خسارة الاختبار {test_loss}</translation>
    </message>
    <message>
        <source>test accuracy {accuracy} %</source>
        <translation>دقة الاختبار {accuracy} %</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>تباعَد</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message numerus="yes">
        <source>{epochs} epochs in {seconds} s, {lanes} lanes:</source>
        <translation><numerusform>{epochs} حقبة في {seconds} ث، {lanes} مسارات:</numerusform><numerusform>{epochs} حقبة في {seconds} ث، {lanes} مسارات:</numerusform><numerusform>{epochs} حقبتان في {seconds} ث، {lanes} مسارات:</numerusform><numerusform>{epochs} حقب في {seconds} ث، {lanes} مسارات:</numerusform><numerusform>{epochs} حقبة في {seconds} ث، {lanes} مسارات:</numerusform><numerusform>{epochs} حقبة في {seconds} ث، {lanes} مسارات:</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{epochs} epochs in {seconds} s, {figures}</source>
        <translation><numerusform>{epochs} حقبة في {seconds} ث، {figures}</numerusform><numerusform>{epochs} حقبة في {seconds} ث، {figures}</numerusform><numerusform>{epochs} حقبتان في {seconds} ث، {figures}</numerusform><numerusform>{epochs} حقب في {seconds} ث، {figures}</numerusform><numerusform>{epochs} حقبة في {seconds} ث، {figures}</numerusform><numerusform>{epochs} حقبة في {seconds} ث، {figures}</numerusform></translation>
    </message>
</context>
<context>
    <name>client</name>
    <message>
        <source>Not changed</source>
        <translation>لم يتغيّر</translation>
    </message>
    <message>
        <source>{refusal}: {reason}</source>
        <translation>{refusal}: {reason}</translation>
    </message>
    <message>
        <source>{refusal}: an internal error ({error})</source>
        <translation>{refusal}: خطأ داخلي ({error})</translation>
    </message>
    <message>
        <source>the training thread did not answer in time</source>
        <translation>لم يُجب خيط التدريب في الوقت المحدد</translation>
    </message>
</context>
<context>
    <name>colors</name>
    <message>
        <source>orange</source>
        <translation>برتقالي</translation>
    </message>
    <message>
        <source>blue</source>
        <translation>أزرق</translation>
    </message>
    <message>
        <source>green</source>
        <translation>أخضر</translation>
    </message>
    <message>
        <source>purple</source>
        <translation>بنفسجي</translation>
    </message>
    <message>
        <source>red</source>
        <translation>أحمر</translation>
    </message>
    <message>
        <source>sky</source>
        <translation>سماوي</translation>
    </message>
    <message>
        <source>yellow</source>
        <translation>أصفر</translation>
    </message>
    <message>
        <source>grey</source>
        <translation>رمادي</translation>
    </message>
</context>
<context>
    <name>column_controls</name>
    <message>
        <source>Sigmoid</source>
        <translation>السيغمويد</translation>
    </message>
    <message>
        <source>Softmax</source>
        <translation>Softmax</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>خطّي</translation>
    </message>
    <message>
        <source>Hidden layer {layer} has the maximum of {most} neurons</source>
        <translation>الطبقة المخفية {layer} فيها العدد الأقصى من العصبونات ({most})</translation>
    </message>
    <message>
        <source>Add a neuron to hidden layer {layer} (starts training again)</source>
        <translation>إضافة عصبون إلى الطبقة المخفية {layer} (يبدأ التدريب من جديد)</translation>
    </message>
    <message>
        <source>Add a neuron to hidden layer {layer} (keeps what it has learned)</source>
        <translation>إضافة عصبون إلى الطبقة المخفية {layer} (تحتفظ بما تعلّمته)</translation>
    </message>
    <message>
        <source>Remove hidden layer {layer}: this is its last neuron</source>
        <translation>إزالة الطبقة المخفية {layer}: هذا آخر عصبون فيها</translation>
    </message>
    <message>
        <source>Remove a neuron from hidden layer {layer} (starts training again)</source>
        <translation>إزالة عصبون من الطبقة المخفية {layer} (يبدأ التدريب من جديد)</translation>
    </message>
    <message>
        <source>Remove a neuron from hidden layer {layer} (keeps what it has learned)</source>
        <translation>إزالة عصبون من الطبقة المخفية {layer} (تحتفظ بما تعلّمته)</translation>
    </message>
    <message>
        <source>dropout {rate}</source>
        <translation>dropout {rate}</translation>
    </message>
    <message>
        <source>drop {rate}</source>
        <translation>إسقاط {rate}</translation>
    </message>
    <message>
        <source>Dropout {rate}: while training, each neuron of this layer is switched off for each training point with probability {rate}, and the others are scaled by 1/(1 − {rate}). Evaluation, the loss curve and the maps use every neuron. Right-click the layer to change it.</source>
        <translation>Dropout {rate}: أثناء التدريب يُطفأ كل عصبون في هذه الطبقة لكل نقطة تدريب باحتمال {rate}، وتُضرب العصبونات الأخرى في 1/(1 − {rate}). التقييم ومنحنى الخسارة والخرائط تستعمل كل العصبونات. انقر بالزر الأيمن على الطبقة لتغييره.</translation>
    </message>
    <message>
        <source>OUTPUT</source>
        <translation>المُخرَج</translation>
    </message>
    <message>
        <source>Tanh</source>
        <translation>Tanh</translation>
    </message>
    <message>
        <source>Add a hidden layer after the last one, with its activation.</source>
        <translation>إضافة طبقة مخفية بعد الأخيرة، بدالة التنشيط نفسها.</translation>
    </message>
    <message>
        <source>The network has the maximum of {most} hidden layers</source>
        <translation>في الشبكة العدد الأقصى من الطبقات المخفية ({most})</translation>
    </message>
    <message>
        <source>Remove the last hidden layer: the rest keeps its weights, and new random links join its neighbours, so the network no longer computes the same</source>
        <translation>إزالة آخر طبقة مخفية: تحتفظ البقية بأوزانها، وتصل روابط عشوائية جديدة بين جاراتها، فلا تحسب الشبكة الشيء نفسه بعد ذلك</translation>
    </message>
    <message>
        <source>There are no hidden layers to remove</source>
        <translation>لا توجد طبقات مخفية لإزالتها</translation>
    </message>
</context>
<context>
    <name>compare</name>
    <message>
        <source>Compare</source>
        <translation>مقارنة</translation>
    </message>
    <message>
        <source>Race 2 to 4 copies of the network side by side (C): every lane starts from the same weights on the same data and differs only in the settings you give it (optimizer, learning rate, activation, batch size, regularization). Stop at epoch applies to every lane; stop when stuck waits until Compare is off.</source>
        <translation>سابِق بين 2 إلى 4 نسخ من الشبكة جنبًا إلى جنب (C): كل مسار يبدأ من الأوزان نفسها على البيانات نفسها ولا يختلف إلا في الإعدادات التي تعطيه إياها (المُحسِّن، معدل التعلّم، دالة التنشيط، حجم الدفعة، التنظيم). «التوقف عند الحقبة» يسري على كل المسارات؛ أما «التوقف عند التعثّر» فينتظر حتى تُطفأ المقارنة.</translation>
    </message>
    <message>
        <source>Add lane</source>
        <translation>إضافة مسار</translation>
    </message>
    <message>
        <source>Add a lane (up to 4) that races an optimizer not raced yet. The race starts again.</source>
        <translation>إضافة مسار (حتى 4) يسابق بمُحسِّن لم يُسابَق به بعد. يبدأ السباق من جديد.</translation>
    </message>
    <message>
        <source>Restart race</source>
        <translation>إعادة السباق</translation>
    </message>
    <message>
        <source>Every lane back to epoch 0 and the same starting weights (R picks new weights).</source>
        <translation>كل المسارات تعود إلى الحقبة 0 والأوزان الابتدائية نفسها (R يختار أوزانًا جديدة).</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>المُخرَج</translation>
    </message>
    <message>
        <source>Same start, same data: only the lanes' settings differ (bold: a lane's own; the others follow the top bar).</source>
        <translation>البداية نفسها والبيانات نفسها: لا تختلف إلا إعدادات المسارات (الخط العريض: قيمة خاصة بالمسار؛ والبقية تتبع الشريط العلوي).</translation>
    </message>
    <message>
        <source>&amp;Compare lanes</source>
        <translation>مقارنة المسارات(&amp;C)</translation>
    </message>
    <message>
        <source>Stop comparing?</source>
        <translation>إيقاف المقارنة؟</translation>
    </message>
    <message>
        <source>The race has trained to epoch {trained}. Keep one lane's network (it carries on as the main network, with its settings and loss history), or go back to the network as it was before the race (epoch {before})?</source>
        <translation>تدرّب السباق حتى الحقبة {trained}. هل تحتفظ بشبكة أحد المسارات (فتتابع بصفتها الشبكة الرئيسية، بإعداداتها وسجل خسارتها)، أم تعود إلى الشبكة كما كانت قبل السباق (الحقبة {before})؟</translation>
    </message>
    <message>
        <source>Keep lane {lane}</source>
        <translation>الاحتفاظ بالمسار {lane}</translation>
    </message>
    <message>
        <source>Back to before the race</source>
        <translation>العودة إلى ما قبل السباق</translation>
    </message>
    <message>
        <source>Make this lane the main network?</source>
        <translation>جعل هذا المسار الشبكة الرئيسية؟</translation>
    </message>
    <message>
        <source>Lane {lane} ({summary}) becomes the main network: its settings, weights and loss history carry on, and Compare closes. The other lanes are dropped.</source>
        <translation>يصبح المسار {lane} ({summary}) الشبكة الرئيسية: تستمر إعداداته وأوزانه وسجل خسارته، وتُغلق المقارنة. وتُحذف المسارات الأخرى.</translation>
    </message>
    <message>
        <source>Stop comparing</source>
        <translation>إيقاف المقارنة</translation>
    </message>
</context>
<context>
    <name>compare_curves</name>
    <message>
        <source>Lane {lane}</source>
        <translation>المسار {lane}</translation>
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
        <translation>بلا</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>المُحسِّن</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>معدل التعلّم</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>التنشيط</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>الدفعة</translation>
    </message>
    <message>
        <source>Reg.</source>
        <translation>التنظيم</translation>
    </message>
    <message>
        <source>Reg. rate</source>
        <translation>معدل التنظيم</translation>
    </message>
    <message>
        <source>Lane {lane}'s optimizer. The rule that turns gradients into weight changes. Bold: the lane's own value; otherwise it follows the top bar. Changing it restarts the race from the same starting weights.</source>
        <translation>مُحسِّن المسار {lane}. القاعدة التي تحوّل التدرّجات إلى تغييرات في الأوزان. الخط العريض: قيمة خاصة بالمسار؛ وإلا فهو يتبع الشريط العلوي. تغييره يعيد السباق من الأوزان الابتدائية نفسها.</translation>
    </message>
    <message>
        <source>Lane {lane}'s learning rate. How big a step each weight takes against its gradient. Bold: the lane's own value; otherwise it follows the top bar. Changing it restarts the race from the same starting weights.</source>
        <translation>معدل التعلّم للمسار {lane}. حجم الخطوة التي يخطوها كل وزن عكس تدرّجه. الخط العريض: قيمة خاصة بالمسار؛ وإلا فهو يتبع الشريط العلوي. تغييره يعيد السباق من الأوزان الابتدائية نفسها.</translation>
    </message>
    <message>
        <source>Lane {lane}'s activation. The function every hidden neuron applies to its weighted sum. Bold: the lane's own value; otherwise it follows the top bar. Changing it restarts the race from the same starting weights.</source>
        <translation>دالة التنشيط للمسار {lane}. الدالة التي يطبّقها كل عصبون مخفي على مجموعه الموزون. الخط العريض: قيمة خاصة بالمسار؛ وإلا فهي تتبع الشريط العلوي. تغييرها يعيد السباق من الأوزان الابتدائية نفسها.</translation>
    </message>
    <message>
        <source>Lane {lane}'s batch size. How many training points are averaged for each weight update. Bold: the lane's own value; otherwise it follows the top bar. Changing it restarts the race from the same starting weights.</source>
        <translation>حجم الدفعة للمسار {lane}. عدد نقاط التدريب التي يؤخذ متوسطها لكل تحديث للأوزان. الخط العريض: قيمة خاصة بالمسار؛ وإلا فهو يتبع الشريط العلوي. تغييره يعيد السباق من الأوزان الابتدائية نفسها.</translation>
    </message>
    <message>
        <source>Lane {lane}'s regularization. A penalty on large weights. Bold: the lane's own value; otherwise it follows the top bar. Changing it restarts the race from the same starting weights.</source>
        <translation>تنظيم المسار {lane}. عقوبة على الأوزان الكبيرة. الخط العريض: قيمة خاصة بالمسار؛ وإلا فهو يتبع الشريط العلوي. تغييره يعيد السباق من الأوزان الابتدائية نفسها.</translation>
    </message>
    <message>
        <source>Lane {lane}'s regularization rate. How strong the penalty on weights is. Bold: the lane's own value; otherwise it follows the top bar. Changing it restarts the race from the same starting weights.</source>
        <translation>معدل التنظيم للمسار {lane}. مدى شدة العقوبة على الأوزان. الخط العريض: قيمة خاصة بالمسار؛ وإلا فهو يتبع الشريط العلوي. تغييره يعيد السباق من الأوزان الابتدائية نفسها.</translation>
    </message>
    <message>
        <source>Lane {lane}</source>
        <translation>المسار {lane}</translation>
    </message>
    <message>
        <source>Show lane {lane}'s network (weights, neurons) in the network diagram.</source>
        <translation>عرض شبكة المسار {lane} (الأوزان، العصبونات) في مخطط الشبكة.</translation>
    </message>
    <message>
        <source>Lane {lane} {setting}</source>
        <translation>المسار {lane} {setting}</translation>
    </message>
    <message>
        <source>Make main</source>
        <translation>اجعله رئيسيًا</translation>
    </message>
    <message>
        <source>Make lane {lane} the main network: its settings, weights and loss history carry on outside Compare.</source>
        <translation>جعل المسار {lane} الشبكة الرئيسية: تستمر إعداداته وأوزانه وسجل خسارته خارج المقارنة.</translation>
    </message>
    <message>
        <source>Remove lane {lane}</source>
        <translation>إزالة المسار {lane}</translation>
    </message>
    <message>
        <source>Remove lane {lane} (the race starts again).</source>
        <translation>إزالة المسار {lane} (يبدأ السباق من جديد).</translation>
    </message>
    <message>
        <source>Lane {lane}: make main or remove</source>
        <translation>المسار {lane}: اجعله رئيسيًا أو أزِله</translation>
    </message>
    <message>
        <source>Make lane {lane} the main network, or remove it.</source>
        <translation>اجعل المسار {lane} الشبكة الرئيسية، أو أزِله.</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>المسار</translation>
    </message>
    <message>
        <source>Click a lane's letter to show its network in the diagram.</source>
        <translation>انقر حرف المسار لعرض شبكته في المخطط.</translation>
    </message>
</context>
<context>
    <name>compare_view</name>
    <message>
        <source>rate {rate}</source>
        <translation>المعدل {rate}</translation>
    </message>
    <message>
        <source>batch {size}</source>
        <translation>الدفعة {size}</translation>
    </message>
    <message>
        <source>no reg.</source>
        <translation>بلا تنظيم</translation>
    </message>
    <message>
        <source>reg. {rate}</source>
        <translation>تنظيم {rate}</translation>
    </message>
    <message>
        <source>Lane {lane}'s prediction over the plane, with the training points. Click to show this lane's network in the diagram.</source>
        <translation>تنبؤ المسار {lane} على المستوى، مع نقاط التدريب. انقر لعرض شبكة هذا المسار في المخطط.</translation>
    </message>
    <message>
        <source>&lt;span style='color:#8a1c12'&gt;&lt;b&gt;diverged&lt;/b&gt; at epoch {epoch}&lt;/span&gt;</source>
        <translation>&lt;span style='color:#8a1c12'&gt;&lt;b&gt;تباعَد&lt;/b&gt; عند الحقبة {epoch}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>test loss &lt;b&gt;{loss}&lt;/b&gt;</source>
        <translation>خسارة الاختبار &lt;b&gt;{loss}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>توقّف</translation>
    </message>
    <message>
        <source>Lane {lane}: {summary}</source>
        <translation>المسار {lane}: {summary}</translation>
    </message>
    <message numerus="yes">
        <source>Epoch {epoch}, {steps} steps</source>
        <translation><numerusform>الحقبة {epoch}، {steps} خطوة</numerusform><numerusform>الحقبة {epoch}، {steps} خطوة</numerusform><numerusform>الحقبة {epoch}، {steps} خطوتان</numerusform><numerusform>الحقبة {epoch}، {steps} خطوات</numerusform><numerusform>الحقبة {epoch}، {steps} خطوة</numerusform><numerusform>الحقبة {epoch}، {steps} خطوة</numerusform></translation>
    </message>
    <message>
        <source>Test loss {test}, training loss {train}</source>
        <translation>خسارة الاختبار {test}، خسارة التدريب {train}</translation>
    </message>
    <message>
        <source>Test accuracy {test}, training accuracy {train}</source>
        <translation>دقة الاختبار {test}، دقة التدريب {train}</translation>
    </message>
</context>
<context>
    <name>comparison</name>
    <message>
        <source>{optimizer} · rate {rate} · {activation} · batch {batch}</source>
        <translation>{optimizer} · المعدل {rate} · {activation} · الدفعة {batch}</translation>
    </message>
    <message>
        <source>Every lane has stopped: {lanes} diverged, the others reached epoch {epoch}. Raise it or restart the race to go on.</source>
        <translation>توقفت كل المسارات: {lanes} تباعَدت، والبقية بلغت الحقبة {epoch}. ارفعها أو أعد السباق للمتابعة.</translation>
    </message>
    <message>
        <source>Every lane has reached epoch {epoch}, the stop-at-epoch setting. Raise it or restart the race to go on.</source>
        <translation>بلغت كل المسارات الحقبة {epoch}، وهي إعداد «التوقف عند الحقبة». ارفعها أو أعد السباق للمتابعة.</translation>
    </message>
    <message>
        <source>Every lane has diverged. Lower their learning rates and restart the race.</source>
        <translation>تباعَدت كل المسارات. اخفض معدلات التعلّم فيها وأعد السباق.</translation>
    </message>
    <message>
        <source>there are no training points to race on yet; paint some first</source>
        <translation>لا توجد نقاط تدريب للسباق عليها بعد؛ ارسم بعضها أولًا</translation>
    </message>
    <message>
        <source>Compare is off</source>
        <translation>المقارنة مطفأة</translation>
    </message>
    <message>
        <source>at most {lanes} lanes</source>
        <translation>{lanes} مسارات على الأكثر</translation>
    </message>
    <message>
        <source>Compare keeps at least {lanes} lanes; turn Compare off instead</source>
        <translation>تحتفظ المقارنة بـ {lanes} مسارات على الأقل؛ أطفئ المقارنة بدلًا من ذلك</translation>
    </message>
    <message>
        <source>there is no lane {lane}</source>
        <translation>لا يوجد مسار {lane}</translation>
    </message>
    <message>
        <source>Lane {lane} ({summary}) is now the main network; it carries on from epoch {epoch}.</source>
        <translation>أصبح المسار {lane} ({summary}) الشبكة الرئيسية؛ ويتابع من الحقبة {epoch}.</translation>
    </message>
</context>
<context>
    <name>confusion_table</name>
    <message>
        <source>rec.</source>
        <translation>استدعاء</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>prec.</source>
        <translation>إحكام</translation>
    </message>
    <message>
        <source>The training set's confusion matrix</source>
        <translation>مصفوفة الالتباس لمجموعة التدريب</translation>
    </message>
    <message>
        <source>The test set's confusion matrix</source>
        <translation>مصفوفة الالتباس لمجموعة الاختبار</translation>
    </message>
    <message>
        <source>{matrix}: row i, column j counts the points of class i the network predicts as class j (the diagonal: right). Recall: the share of a class's points predicted right; precision (last row): the share of the points predicted as a class that are of it; F1: their harmonic mean; – where a share has no points to count (rec.: recall, prec.: precision). Click a cell to mark its points on the output plot.</source>
        <translation>{matrix}: الصف i والعمود j يعدّ نقاط الفئة i التي تتنبأ بها الشبكة على أنها الفئة j (القطر: الصحيحة). الاستدعاء: نسبة نقاط الفئة المتنبأ بها صحيحًا؛ الإحكام (الصف الأخير): نسبة النقاط المتنبأ بأنها من فئة ما وهي منها فعلًا؛ F1: وسطهما التوافقي؛ – حيث لا نقاط تُعدّ للنسبة (استدعاء: recall، إحكام: precision). انقر خلية لتمييز نقاطها على رسم المُخرَج.</translation>
    </message>
    <message>
        <source>predicted {name}</source>
        <translation>المتنبأ {name}</translation>
    </message>
    <message>
        <source>true {name}</source>
        <translation>الحقيقي {name}</translation>
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
        <translation>بلا</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>تصنيف</translation>
    </message>
    <message>
        <source>Regression</source>
        <translation>انحدار</translation>
    </message>
    <message>
        <source>Cross-entropy</source>
        <translation>الإنتروبيا المتقاطعة</translation>
    </message>
    <message>
        <source>TF Playground</source>
        <translation>TF Playground</translation>
    </message>
    <message>
        <source>Editing the network (inputs, layers, neurons)</source>
        <translation>تعديل الشبكة (المدخلات، الطبقات، العصبونات)</translation>
    </message>
    <message>
        <source>network editing</source>
        <translation>تعديل الشبكة</translation>
    </message>
    <message>
        <source>Editing the data (datasets, painting, sliders)</source>
        <translation>تعديل البيانات (مجموعات البيانات، الرسم، المنزلقات)</translation>
    </message>
    <message>
        <source>data editing</source>
        <translation>تعديل البيانات</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>الفئات</translation>
    </message>
    <message>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>off</source>
        <translation>معطّل</translation>
    </message>
    <message>
        <source>Activation per layer</source>
        <translation>التنشيط لكل طبقة</translation>
    </message>
    <message>
        <source>Dropout per layer</source>
        <translation>Dropout لكل طبقة</translation>
    </message>
</context>
<context>
    <name>csv_io</name>
    <message>
        <source>1 point with values (regression)</source>
        <translation>نقطة واحدة بقيم (انحدار)</translation>
    </message>
    <message>
        <source>{count} points with values (regression)</source>
        <translation>{count} نقطة بقيم (انحدار)</translation>
    </message>
    <message>
        <source>1 point in {classes} classes</source>
        <translation>نقطة واحدة في {classes} فئات</translation>
    </message>
    <message>
        <source>{count} points in {classes} classes</source>
        <translation>{count} نقطة في {classes} فئات</translation>
    </message>
    <message>
        <source>{label} as {name}</source>
        <translation>{label} باسم {name}</translation>
    </message>
    <message>
        <source>{description} (labels {renumbered})</source>
        <translation>{description} (التسميات {renumbered})</translation>
    </message>
    <message>
        <source>{name} is a folder, not a CSV file</source>
        <translation>{name} مجلد وليس ملف CSV</translation>
    </message>
    <message>
        <source>The file is too large ({size} MB); a data file is at most {limit} MB.</source>
        <translation>الملف كبير جدًا ({size} MB)؛ ملف البيانات {limit} MB على الأكثر.</translation>
    </message>
    <message>
        <source>Cannot read {name}: {error}</source>
        <translation>تتعذّر قراءة {name}: {error}</translation>
    </message>
    <message>
        <source>The file is too large; a data file is at most {limit} MB.</source>
        <translation>الملف كبير جدًا؛ ملف البيانات {limit} MB على الأكثر.</translation>
    </message>
    <message>
        <source>Line {line} holds a NUL byte: this looks like a binary file, not CSV text.</source>
        <translation>السطر {line} يحوي بايت NUL: يبدو هذا ملفًا ثنائيًا لا نص CSV.</translation>
    </message>
    <message>
        <source>The file is empty: it holds no points.</source>
        <translation>الملف فارغ: لا يحوي أي نقاط.</translation>
    </message>
    <message>
        <source>Line {line} is a header, but no points follow it.</source>
        <translation>السطر {line} ترويسة، لكن لا نقاط بعده.</translation>
    </message>
    <message>
        <source>Line {line}: the file has more than {limit} points; at most {limit} can be imported.</source>
        <translation>السطر {line}: في الملف أكثر من {limit} نقطة؛ يمكن استيراد {limit} على الأكثر.</translation>
    </message>
    <message>
        <source>label or value</source>
        <translation>التسمية أو القيمة</translation>
    </message>
    <message>
        <source>Line {line} has 1 field, but 3 are needed ({expected}): {problem}.</source>
        <translation>في السطر {line} حقل واحد، والمطلوب 3 ({expected}): {problem}.</translation>
    </message>
    <message>
        <source>Line {line} has {count} fields, but 3 are needed ({expected}): {problem}.</source>
        <translation>في السطر {line} {count} حقول، والمطلوب 3 ({expected}): {problem}.</translation>
    </message>
    <message>
        <source>x1, x2 and a label or value</source>
        <translation>x1 وx2 وتسمية أو قيمة</translation>
    </message>
    <message>
        <source>a column is missing</source>
        <translation>ينقص عمود</translation>
    </message>
    <message>
        <source>there are too many columns</source>
        <translation>الأعمدة أكثر من اللازم</translation>
    </message>
    <message>
        <source>Line {line}, column {column} (label): {text} is not a whole number, and a class label must be one (0, 1, 2, …). For numbers to predict, name the column value.</source>
        <translation>السطر {line}، العمود {column} (التسمية): {text} ليس عددًا صحيحًا، وتسمية الفئة يجب أن تكون كذلك (0، 1، 2، …). للأعداد المراد التنبؤ بها، سمِّ العمود value.</translation>
    </message>
    <message>
        <source>Line {line}, column {column} (label): {text} is a {nth}th class; at most {limit} classes can be learned.</source>
        <translation>السطر {line}، العمود {column} (التسمية): {text} فئة رقم {nth}؛ يمكن تعلّم {limit} فئات على الأكثر.</translation>
    </message>
    <message>
        <source>If the third column holds numbers to predict, start the file with the header x1,x2,value.</source>
        <translation>إذا كان العمود الثالث يحوي أعدادًا للتنبؤ بها، فابدأ الملف بالترويسة x1,x2,value.</translation>
    </message>
    <message>
        <source>x1, x2, and label (classes) or value (numbers)</source>
        <translation>x1 وx2 وlabel (فئات) أو value (أعداد)</translation>
    </message>
    <message>
        <source>Line {line} is a header of 1 column, but 3 are needed: {expected}.</source>
        <translation>السطر {line} ترويسة من عمود واحد، والمطلوب 3: {expected}.</translation>
    </message>
    <message>
        <source>Line {line} is a header of {count} columns, but 3 are needed: {expected}.</source>
        <translation>السطر {line} ترويسة من {count} أعمدة، والمطلوب 3: {expected}.</translation>
    </message>
    <message>
        <source>Line {line}, column {column}: the header name {name} is not known; the columns are {expected}.</source>
        <translation>السطر {line}، العمود {column}: اسم الترويسة {name} غير معروف؛ الأعمدة هي {expected}.</translation>
    </message>
    <message>
        <source>Line {line}, column {column}: the header names {name} twice; the columns are {expected}.</source>
        <translation>السطر {line}، العمود {column}: الترويسة تذكر {name} مرتين؛ الأعمدة هي {expected}.</translation>
    </message>
    <message>
        <source>Line {line}: the header must name {expected}.</source>
        <translation>السطر {line}: يجب أن تذكر الترويسة {expected}.</translation>
    </message>
    <message>
        <source>Line {line}, column {column} ({name})</source>
        <translation>السطر {line}، العمود {column} ({name})</translation>
    </message>
    <message>
        <source>{where}: the field is empty; every point needs a number here.</source>
        <translation>{where}: الحقل فارغ؛ كل نقطة تحتاج عددًا هنا.</translation>
    </message>
    <message>
        <source>{where}: {text} is too large to be a number here.</source>
        <translation>{where}: {text} أكبر من أن يكون عددًا هنا.</translation>
    </message>
    <message>
        <source>{where}: {text} is not a finite number; every point needs a real value.</source>
        <translation>{where}: {text} ليس عددًا منتهيًا؛ كل نقطة تحتاج قيمة حقيقية.</translation>
    </message>
    <message>
        <source>{where}: {text} is not a number.</source>
        <translation>{where}: {text} ليس عددًا.</translation>
    </message>
    <message>
        <source>Line {line}, column {column} ({name}): {text} is too large; at most ±{limit}.</source>
        <translation>السطر {line}، العمود {column} ({name}): {text} كبير جدًا؛ الحد ±{limit}.</translation>
    </message>
    <message>
        <source>The file starts as UTF-16 text but breaks off inside a character (byte {byte}); save it again as CSV UTF-8.</source>
        <translation>يبدأ الملف كنص UTF-16 لكنه ينقطع داخل حرف (البايت {byte})؛ احفظه من جديد بصيغة CSV UTF-8.</translation>
    </message>
    <message>
        <source>Line {line} is not UTF-8 text (byte 0x{byte} cannot be read): save the file as CSV UTF-8, or as plain numbers.</source>
        <translation>السطر {line} ليس نص UTF-8 (تتعذّر قراءة البايت 0x{byte}): احفظ الملف بصيغة CSV UTF-8، أو كأعداد عادية.</translation>
    </message>
</context>
<context>
    <name>csv_reading</name>
    <message>
        <source>Reading {file} was interrupted.</source>
        <translation>انقطعت قراءة {file}.</translation>
    </message>
</context>
<context>
    <name>data_controller</name>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>ملفات CSV (*.csv *.txt);;كل الملفات (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation><numerusform>%n نقطة</numerusform><numerusform>%n نقطة</numerusform><numerusform>%n نقطتان</numerusform><numerusform>%n نقاط</numerusform><numerusform>%n نقطة</numerusform><numerusform>%n نقطة</numerusform></translation>
    </message>
    <message>
        <source>&amp;Import Data from CSV…</source>
        <translation>استيراد البيانات من CSV…(&amp;I)</translation>
    </message>
    <message>
        <source>Read points from a CSV file as your own points</source>
        <translation>قراءة نقاط من ملف CSV كنقاطك الخاصة</translation>
    </message>
    <message>
        <source>&amp;Data as CSV…</source>
        <translation>البيانات بصيغة CSV…(&amp;D)</translation>
    </message>
    <message>
        <source>switch to {dataset} data</source>
        <translation>التبديل إلى بيانات {dataset}</translation>
    </message>
    <message>
        <source>Showing the {dataset} data. Your own points are kept: Ctrl+Z or the My points tile brings them back.</source>
        <translation>تُعرض بيانات {dataset}. نقاطك الخاصة محفوظة: Ctrl+Z أو بطاقة «نقاطي» تعيدها.</translation>
    </message>
    <message>
        <source>switch to my points</source>
        <translation>التبديل إلى نقاطي</translation>
    </message>
    <message>
        <source>these</source>
        <translation>هذه</translation>
    </message>
    <message>
        <source>Paint on which points?</source>
        <translation>الرسم على أي نقاط؟</translation>
    </message>
    <message>
        <source>You have {points} of your own from before. Paint on them, or on a copy of the {dataset} points on show?</source>
        <translation>لديك من قبل {points} خاصة بك. هل ترسم عليها، أم على نسخة من نقاط {dataset} المعروضة؟</translation>
    </message>
    <message>
        <source>My points</source>
        <translation>نقاطي</translation>
    </message>
    <message>
        <source>Copy of {dataset}</source>
        <translation>نسخة من {dataset}</translation>
    </message>
    <message>
        <source>paint on a copy of {dataset} data</source>
        <translation>الرسم على نسخة من بيانات {dataset}</translation>
    </message>
    <message>
        <source>Painting on a copy of the {dataset} points: Clear empties the canvas, Ctrl+Z goes back.</source>
        <translation>الرسم على نسخة من نقاط {dataset}: «مسح» يفرّغ اللوحة، وCtrl+Z يرجع.</translation>
    </message>
    <message>
        <source>There are no points of your own to clear.</source>
        <translation>لا توجد نقاط خاصة بك لمسحها.</translation>
    </message>
    <message>
        <source>clear {points}</source>
        <translation>مسح {points}</translation>
    </message>
    <message>
        <source>The data is locked in this lesson.</source>
        <translation>البيانات مقفلة في هذا الدرس.</translation>
    </message>
    <message>
        <source>Import data from CSV</source>
        <translation>استيراد البيانات من CSV</translation>
    </message>
    <message>
        <source>Cannot import {file}</source>
        <translation>يتعذّر استيراد {file}</translation>
    </message>
    <message>
        <source>{problem}

Nothing was imported; your data is as it was.</source>
        <translation>{problem}

لم يُستورد شيء؛ بياناتك كما كانت.</translation>
    </message>
    <message>
        <source>import {points}</source>
        <translation>استيراد {points}</translation>
    </message>
    <message>
        <source>Imported {points} from {file}.</source>
        <translation>استُورد {points} من {file}.</translation>
    </message>
    <message>
        <source>Imported {points} from {file}. They were {fit}.</source>
        <translation>استُورد {points} من {file}. التحويل: {fit}.</translation>
    </message>
    <message>
        <source>Points outside the view</source>
        <translation>نقاط خارج العرض</translation>
    </message>
    <message>
        <source>The points of {file} reach outside the view, which shows −6 to 6 on both axes.</source>
        <translation>نقاط {file} تمتد خارج العرض، الذي يبيّن من ‎−6 إلى 6 على المحورين.</translation>
    </message>
    <message>
        <source>x₁ runs from {x1_low} to {x1_high}, x₂ from {x2_low} to {x2_high}.

Fit them into the view? Both axes are scaled alike (shapes stay as they are) and centred within ±{half_width}; the scaling is remembered and shown under the data controls.</source>
        <translation>x₁ يمتد من {x1_low} إلى {x1_high}، وx₂ من {x2_low} إلى {x2_high}.

هل تُلاءَم مع العرض؟ يُقاس المحوران بالنسبة نفسها (تبقى الأشكال كما هي) وتُوسَّط ضمن ±{half_width}؛ ويُحفظ القياس ويُعرض تحت عناصر التحكم في البيانات.</translation>
    </message>
    <message>
        <source>Fit into the view</source>
        <translation>ملاءمة مع العرض</translation>
    </message>
    <message>
        <source>Import as they are</source>
        <translation>استيراد كما هي</translation>
    </message>
    <message>
        <source>Points beyond ±{limit} must be fitted.</source>
        <translation>النقاط التي تتجاوز ±{limit} يجب ملاءمتها.</translation>
    </message>
    <message>
        <source>Points outside −6 to 6 are trained on but not drawn.</source>
        <translation>النقاط خارج ‎−6 إلى 6 يُتدرَّب عليها لكنها لا تُرسم.</translation>
    </message>
    <message>
        <source>Cannot export the data</source>
        <translation>يتعذّر تصدير البيانات</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>لا شيء للتصدير</translation>
    </message>
    <message>
        <source>There are no points yet: paint or import some.</source>
        <translation>لا نقاط بعد: ارسم بعضها أو استوردها.</translation>
    </message>
    <message>
        <source>Export data as CSV</source>
        <translation>تصدير البيانات بصيغة CSV</translation>
    </message>
    <message>
        <source>Cannot export {file}</source>
        <translation>يتعذّر تصدير {file}</translation>
    </message>
    <message>
        <source>Exported {points} to {file}.</source>
        <translation>صُدِّر {points} إلى {file}.</translation>
    </message>
    <message>
        <source>My points were {fit}.</source>
        <translation>نقاطي: {fit}.</translation>
    </message>
</context>
<context>
    <name>data_panel</name>
    <message>
        <source>DATA</source>
        <translation>البيانات</translation>
    </message>
    <message>
        <source>Which dataset do you want to use?</source>
        <translation>أي مجموعة بيانات تريد استعمالها؟</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>الفئات</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>إعادة التوليد</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>النقاط</translation>
    </message>
    <message>
        <source>Number of points</source>
        <translation>عدد النقاط</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>البذرة</translation>
    </message>
    <message>
        <source>Data seed</source>
        <translation>بذرة البيانات</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>استيراد CSV…</translation>
    </message>
    <message>
        <source>Read points from a CSV file with columns x1, x2 and label (classes) or value (numbers); a header line is optional. They become your own points (undo with Ctrl+Z).</source>
        <translation>قراءة نقاط من ملف CSV فيه الأعمدة x1 وx2 وlabel (فئات) أو value (أعداد)؛ وسطر الترويسة اختياري. تصبح نقاطك الخاصة (تراجع بـ Ctrl+Z).</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>تصدير CSV…</translation>
    </message>
    <message>
        <source>Write the points on show to a CSV file (x1, x2, label or value) that Import reads back exactly.</source>
        <translation>كتابة النقاط المعروضة في ملف CSV (x1، x2، label أو value) يقرؤه الاستيراد كما هو تمامًا.</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) so far.</source>
        <translation><numerusform>%n نقطة حتى الآن.</numerusform><numerusform>%n نقطة حتى الآن.</numerusform><numerusform>%n نقطتان حتى الآن.</numerusform><numerusform>%n نقاط حتى الآن.</numerusform><numerusform>%n نقطة حتى الآن.</numerusform><numerusform>%n نقطة حتى الآن.</numerusform></translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;: {description}&lt;br&gt;{how}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;: {description}&lt;br&gt;{how}</translation>
    </message>
    <message>
        <source>Dataset {title}</source>
        <translation>مجموعة البيانات {title}</translation>
    </message>
    <message>
        <source>My points ({task})</source>
        <translation>نقاطي ({task})</translation>
    </message>
    <message>
        <source>Ratio of training to test data: &lt;b&gt;{percent} %&lt;/b&gt;</source>
        <translation>نسبة التدريب إلى الاختبار: &lt;b&gt;{percent} %&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Noise: &lt;b&gt;{noise}&lt;/b&gt;</source>
        <translation>الضوضاء: &lt;b&gt;{noise}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>data_texts</name>
    <message>
        <source>Circle</source>
        <translation>دائرة</translation>
    </message>
    <message>
        <source>Exclusive or</source>
        <translation>XOR</translation>
    </message>
    <message>
        <source>Gaussian</source>
        <translation>غاوسي</translation>
    </message>
    <message>
        <source>Spiral</source>
        <translation>حلزون</translation>
    </message>
    <message>
        <source>Moons</source>
        <translation>أهلّة</translation>
    </message>
    <message>
        <source>Checkerboard</source>
        <translation>رقعة شطرنج</translation>
    </message>
    <message>
        <source>Spiral arms</source>
        <translation>أذرع حلزونية</translation>
    </message>
    <message>
        <source>Blobs</source>
        <translation>كتل</translation>
    </message>
    <message>
        <source>Rings</source>
        <translation>حلقات</translation>
    </message>
    <message>
        <source>Plane</source>
        <translation>مستوٍ</translation>
    </message>
    <message>
        <source>Multi-Gaussian</source>
        <translation>غاوسي متعدد</translation>
    </message>
    <message>
        <source>Sine wave</source>
        <translation>موجة جيبية</translation>
    </message>
    <message>
        <source>A disc of one class inside a ring of the other.</source>
        <translation>قرص من فئة داخل حلقة من الفئة الأخرى.</translation>
    </message>
    <message>
        <source>Opposite quadrants share a class: the label is 1 when x and y have the same sign.</source>
        <translation>الأرباع المتقابلة من الفئة نفسها: التسمية 1 عندما يكون لـ x وy الإشارة نفسها.</translation>
    </message>
    <message>
        <source>Two Gaussian clusters, around (2, 2) and (-2, -2); noise widens them.</source>
        <translation>عنقودان غاوسيان، حول (2, 2) و(-2, -2)؛ والضوضاء توسّعهما.</translation>
    </message>
    <message>
        <source>Two interleaved spiral arms, one per class.</source>
        <translation>ذراعان حلزونيان متداخلان، ذراع لكل فئة.</translation>
    </message>
    <message>
        <source>Two interleaving half-moons, one per class.</source>
        <translation>هلالان متداخلان، هلال لكل فئة.</translation>
    </message>
    <message>
        <source>A 4 x 4 checkerboard of alternating classes, a bigger xor.</source>
        <translation>رقعة شطرنج 4 x 4 بفئات متناوبة، XOR أكبر.</translation>
    </message>
    <message>
        <source>Several interleaved spiral arms, one class per arm.</source>
        <translation>عدة أذرع حلزونية متداخلة، فئة لكل ذراع.</translation>
    </message>
    <message>
        <source>Gaussian blobs evenly spaced on a circle, one class per blob.</source>
        <translation>كتل غاوسية موزّعة بانتظام على دائرة، فئة لكل كتلة.</translation>
    </message>
    <message>
        <source>Concentric rings, one class per ring.</source>
        <translation>حلقات متحدة المركز، فئة لكل حلقة.</translation>
    </message>
    <message>
        <source>A tilted plane: the value rises linearly towards the top right, (x + y) / 10.</source>
        <translation>مستوٍ مائل: ترتفع القيمة خطيًا نحو أعلى اليمين، (x + y) / 10.</translation>
    </message>
    <message>
        <source>Six bumps, alternately positive and negative, on two rows.</source>
        <translation>ست نتوءات، موجبة وسالبة بالتناوب، على صفين.</translation>
    </message>
    <message>
        <source>A sine wave along x1: the value is sin(x1) and ignores x2.</source>
        <translation>موجة جيبية على امتداد x1: القيمة sin(x1) وتتجاهل x2.</translation>
    </message>
    <message>
        <source>How many classes (colours) the data has, from 2 to 8. Changing it starts again with fresh weights.</source>
        <translation>عدد فئات البيانات (ألوانها)، من 2 إلى 8. تغييره يبدأ من جديد بأوزان جديدة.</translation>
    </message>
    <message>
        <source>My points</source>
        <translation>نقاطي</translation>
    </message>
    <message>
        <source>&lt;b&gt;My points&lt;/b&gt;: your own data. Turn on &lt;i&gt;Paint&lt;/i&gt; above the output to add points with the mouse, or import a CSV file. They are kept when you try a generator, and saved in the project.</source>
        <translation>&lt;b&gt;نقاطي&lt;/b&gt;: بياناتك الخاصة. فعّل &lt;i&gt;الرسم&lt;/i&gt; فوق المُخرَج لإضافة نقاط بالفأرة، أو استورد ملف CSV. تبقى محفوظة عندما تجرّب مولّدًا، وتُحفظ في المشروع.</translation>
    </message>
    <message>
        <source>How many points the generator draws, training and test together. Starts again.</source>
        <translation>عدد النقاط التي يسحبها المولّد، للتدريب والاختبار معًا. يبدأ من جديد.</translation>
    </message>
    <message>
        <source>Which random draw of the data: the same seed always gives the same points. Regenerate picks a new one. Starts again.</source>
        <translation>أي سحب عشوائي للبيانات: البذرة نفسها تعطي دائمًا النقاط نفسها. «إعادة التوليد» تختار سحبًا جديدًا. يبدأ من جديد.</translation>
    </message>
    <message>
        <source>For generated data only; your own points keep where you put them.</source>
        <translation>للبيانات المولَّدة فقط؛ نقاطك الخاصة تبقى حيث وضعتها.</translation>
    </message>
    <message>
        <source>classification</source>
        <translation>تصنيف</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>انحدار</translation>
    </message>
    <message>
        <source>Draw the same dataset again with a new random seed; noise, point count and ratio stay as they are. Starts again.</source>
        <translation>سحب مجموعة البيانات نفسها من جديد ببذرة عشوائية جديدة؛ تبقى الضوضاء وعدد النقاط والنسبة كما هي. يبدأ من جديد.</translation>
    </message>
</context>
<context>
    <name>datasets</name>
    <message>
        <source>seed must be a non-negative integer, got {value}</source>
        <translation>يجب أن تكون البذرة عددًا صحيحًا غير سالب، القيمة المعطاة {value}</translation>
    </message>
    <message>
        <source>dataset: unknown name {name}; choose one of {choices}</source>
        <translation>مجموعة البيانات: اسم غير معروف {name}؛ اختر واحدًا من {choices}</translation>
    </message>
    <message>
        <source>classes must be an integer from {low} to {high} for {dataset}, got {value}</source>
        <translation>يجب أن يكون عدد الفئات عددًا صحيحًا من {low} إلى {high} لـ {dataset}، القيمة المعطاة {value}</translation>
    </message>
    <message>
        <source>classes cannot be set for {dataset} (it is a regression dataset)</source>
        <translation>لا يمكن ضبط عدد الفئات لـ {dataset} (إنها مجموعة بيانات انحدار)</translation>
    </message>
    <message>
        <source>classes cannot be set for {dataset} (it has {classes} classes)</source>
        <translation>لا يمكن ضبط عدد الفئات لـ {dataset} (فيها {classes} فئات)</translation>
    </message>
    <message>
        <source>n_points must be an integer from {low} to {high}, got {value}</source>
        <translation>يجب أن يكون n_points عددًا صحيحًا من {low} إلى {high}، القيمة المعطاة {value}</translation>
    </message>
    <message>
        <source>noise must be between 0 and {high}, got {value}</source>
        <translation>يجب أن تكون الضوضاء بين 0 و{high}، القيمة المعطاة {value}</translation>
    </message>
    <message>
        <source>n_points must be at least the number of classes ({classes}) for {dataset}, got {value}</source>
        <translation>يجب ألا يقل n_points عن عدد الفئات ({classes}) لـ {dataset}، القيمة المعطاة {value}</translation>
    </message>
    <message>
        <source>X must be a numeric array of shape (n, 2)</source>
        <translation>يجب أن يكون X مصفوفة عددية بالشكل (n, 2)</translation>
    </message>
    <message>
        <source>X must be a numeric array of shape (n, 2), got shape {shape}</source>
        <translation>يجب أن يكون X مصفوفة عددية بالشكل (n, 2)، الشكل المعطى {shape}</translation>
    </message>
    <message>
        <source>y must be a 1-D array with one value per row of X ({rows}), got shape {shape}</source>
        <translation>يجب أن يكون y مصفوفة أحادية البعد بقيمة واحدة لكل صف من X ({rows})، الشكل المعطى {shape}</translation>
    </message>
    <message>
        <source>X must have at least {low} rows to split, got {value}</source>
        <translation>يجب أن يكون في X على الأقل {low} صفوف للتقسيم، القيمة المعطاة {value}</translation>
    </message>
    <message>
        <source>train_ratio must be between {low} and {high}, got {value}</source>
        <translation>يجب أن يكون train_ratio بين {low} و{high}، القيمة المعطاة {value}</translation>
    </message>
</context>
<context>
    <name>drag_drop</name>
    <message>
        <source>Not added: {reason}</source>
        <translation>لم تُضَف: {reason}</translation>
    </message>
    <message>
        <source>the network already has the maximum of {most} hidden layers.</source>
        <translation>في الشبكة العدد الأقصى من الطبقات المخفية ({most}).</translation>
    </message>
    <message>
        <source>Insert hidden layer {layer} here</source>
        <translation>إدراج الطبقة المخفية {layer} هنا</translation>
    </message>
    <message>
        <source>there is no hidden layer yet; drag “{part}” in first.</source>
        <translation>لا توجد طبقة مخفية بعد؛ اسحب «{part}» أولًا.</translation>
    </message>
    <message>
        <source>drop the neuron onto a hidden layer.</source>
        <translation>أفلت العصبون على طبقة مخفية.</translation>
    </message>
    <message>
        <source>layer {layer} already has the maximum of {most} neurons.</source>
        <translation>في الطبقة {layer} العدد الأقصى من العصبونات ({most}).</translation>
    </message>
    <message>
        <source>Add a neuron to layer {layer}</source>
        <translation>إضافة عصبون إلى الطبقة {layer}</translation>
    </message>
    <message>
        <source>Drag “{part}” onto the network: between two layers.</source>
        <translation>اسحب «{part}» إلى الشبكة: بين طبقتين.</translation>
    </message>
    <message>
        <source>Drag “{part}” onto the network: onto a hidden layer.</source>
        <translation>اسحب «{part}» إلى الشبكة: على طبقة مخفية.</translation>
    </message>
    <message>
        <source>The network is not ready yet.</source>
        <translation>الشبكة ليست جاهزة بعد.</translation>
    </message>
    <message>
        <source>{part}: drop it on the network</source>
        <translation>{part}: أفلته على الشبكة</translation>
    </message>
    <message>
        <source>Editing the network is locked in this lesson</source>
        <translation>تعديل الشبكة مقفل في هذا الدرس</translation>
    </message>
</context>
<context>
    <name>dropout</name>
    <message>
        <source>{field} must be a number from 0 to {high}; got {value}</source>
        <translation>يجب أن يكون {field} عددًا من 0 إلى {high}؛ القيمة المعطاة {value}</translation>
    </message>
</context>
<context>
    <name>edit_commands</name>
    <message>
        <source>neuron {unit} of layer {layer}</source>
        <translation>العصبون {unit} من الطبقة {layer}</translation>
    </message>
    <message>
        <source>output {unit} ({class_name})</source>
        <translation>المُخرَج {unit} ({class_name})</translation>
    </message>
    <message>
        <source>the output</source>
        <translation>المُخرَج</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>لم يتغيّر</translation>
    </message>
    <message>
        <source>Cannot undo {edit}</source>
        <translation>يتعذّر التراجع عن {edit}</translation>
    </message>
    <message>
        <source>the network changed shape before this edit arrived; try again</source>
        <translation>تغيّر شكل الشبكة قبل وصول هذا التعديل؛ حاول مرة أخرى</translation>
    </message>
    <message>
        <source>the network has another shape now</source>
        <translation>للشبكة شكل آخر الآن</translation>
    </message>
    <message>
        <source>neuron {unit} is the last of layer {layer}</source>
        <translation>العصبون {unit} هو الأخير في الطبقة {layer}</translation>
    </message>
    <message>
        <source>add neuron to layer {layer}</source>
        <translation>إضافة عصبون إلى الطبقة {layer}</translation>
    </message>
    <message>
        <source>remove neuron {unit} from layer {layer}</source>
        <translation>إزالة العصبون {unit} من الطبقة {layer}</translation>
    </message>
    <message>
        <source>add hidden layer {layer}</source>
        <translation>إضافة الطبقة المخفية {layer}</translation>
    </message>
    <message>
        <source>insert hidden layer {layer}</source>
        <translation>إدراج الطبقة المخفية {layer}</translation>
    </message>
    <message>
        <source>remove hidden layer {layer}</source>
        <translation>إزالة الطبقة المخفية {layer}</translation>
    </message>
    <message>
        <source>set layer {layer} to {activation}</source>
        <translation>ضبط الطبقة {layer} على {activation}</translation>
    </message>
    <message>
        <source>set dropout of layer {layer} to {rate}</source>
        <translation>ضبط Dropout للطبقة {layer} على {rate}</translation>
    </message>
    <message>
        <source>switch dropout of layer {layer} off</source>
        <translation>إيقاف Dropout للطبقة {layer}</translation>
    </message>
    <message>
        <source>switch {feature} on</source>
        <translation>تشغيل {feature}</translation>
    </message>
    <message>
        <source>switch {feature} off</source>
        <translation>إيقاف {feature}</translation>
    </message>
    <message>
        <source>enable link {link}</source>
        <translation>تفعيل الرابط {link}</translation>
    </message>
    <message>
        <source>disable link {link}</source>
        <translation>تعطيل الرابط {link}</translation>
    </message>
    <message>
        <source>set weight {link} to {value}</source>
        <translation>ضبط الوزن {link} على {value}</translation>
    </message>
    <message>
        <source>set bias of {neuron} to {value}</source>
        <translation>ضبط انحياز {neuron} على {value}</translation>
    </message>
</context>
<context>
    <name>edits</name>
    <message>
        <source>hidden layer must be from 0 to {high}; got {value}</source>
        <translation>يجب أن تكون الطبقة المخفية من 0 إلى {high}؛ القيمة المعطاة {value}</translation>
    </message>
    <message>
        <source>the network has no hidden layers</source>
        <translation>لا طبقات مخفية في الشبكة</translation>
    </message>
    <message>
        <source>start must be 'identity' or 'random'; got {value}</source>
        <translation>يجب أن يكون start إما 'identity' أو 'random'؛ القيمة المعطاة {value}</translation>
    </message>
    <message>
        <source>the network already has the maximum of {count} hidden layers</source>
        <translation>في الشبكة العدد الأقصى من الطبقات المخفية ({count})</translation>
    </message>
    <message>
        <source>layer index must be from 0 to {high}; got {value}</source>
        <translation>يجب أن يكون رقم الطبقة من 0 إلى {high}؛ القيمة المعطاة {value}</translation>
    </message>
    <message>
        <source>hidden layer {layer} already has the maximum of {count} neurons</source>
        <translation>في الطبقة المخفية {layer} العدد الأقصى من العصبونات ({count})</translation>
    </message>
    <message>
        <source>neuron must be from 0 to {high} in hidden layer {layer}; got {value}</source>
        <translation>يجب أن يكون العصبون من 0 إلى {high} في الطبقة المخفية {layer}؛ القيمة المعطاة {value}</translation>
    </message>
    <message>
        <source>feature must be one of {choices}; got {value}</source>
        <translation>يجب أن تكون السمة واحدة من {choices}؛ القيمة المعطاة {value}</translation>
    </message>
    <message>
        <source>at least one input feature must stay on</source>
        <translation>يجب أن تبقى سمة مُدخَل واحدة على الأقل مفعّلة</translation>
    </message>
</context>
<context>
    <name>exports</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>صورة PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>صورة SVG (*.svg)</translation>
    </message>
    <message>
        <source>Decision boundary as &amp;PNG…</source>
        <translation>حدّ القرار بصيغة PNG…(&amp;P)</translation>
    </message>
    <message>
        <source>Decision boundary as &amp;SVG…</source>
        <translation>حدّ القرار بصيغة SVG…(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Network diagram as PNG…</source>
        <translation>مخطط الشبكة بصيغة PNG…(&amp;N)</translation>
    </message>
    <message>
        <source>Network diagram as S&amp;VG…</source>
        <translation>مخطط الشبكة بصيغة SVG…(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Loss history as CSV…</source>
        <translation>سجل الخسارة بصيغة CSV…(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Weights as JSON…</source>
        <translation>الأوزان بصيغة JSON…(&amp;W)</translation>
    </message>
    <message>
        <source>Animated &amp;GIF of training…</source>
        <translation>صورة GIF متحركة للتدريب…(&amp;G)</translation>
    </message>
    <message>
        <source>Cannot export {name}</source>
        <translation>يتعذّر تصدير {name}</translation>
    </message>
    <message>
        <source>Exported {path}</source>
        <translation>صُدِّر {path}</translation>
    </message>
    <message>
        <source>Export the decision boundary</source>
        <translation>تصدير حدّ القرار</translation>
    </message>
    <message>
        <source>{name} boundary</source>
        <translation>حدّ {name}</translation>
    </message>
    <message>
        <source>Export the network diagram</source>
        <translation>تصدير مخطط الشبكة</translation>
    </message>
    <message>
        <source>{name} network</source>
        <translation>شبكة {name}</translation>
    </message>
    <message>
        <source>the picture could not be written</source>
        <translation>تعذّرت كتابة الصورة</translation>
    </message>
    <message>
        <source>Export the loss history</source>
        <translation>تصدير سجل الخسارة</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>جدول CSV (*.csv)</translation>
    </message>
    <message>
        <source>{name} loss</source>
        <translation>خسارة {name}</translation>
    </message>
    <message>
        <source>Export the weights</source>
        <translation>تصدير الأوزان</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>{name} weights</source>
        <translation>أوزان {name}</translation>
    </message>
    <message>
        <source>Animated GIF</source>
        <translation>صورة GIF متحركة</translation>
    </message>
    <message>
        <source>Train a copy of this network for how many epochs?
(Your own work is not changed.)</source>
        <translation>كم حقبة تُدرَّب نسخة من هذه الشبكة؟
(عملك نفسه لا يتغيّر.)</translation>
    </message>
    <message>
        <source>Export an animated GIF</source>
        <translation>تصدير صورة GIF متحركة</translation>
    </message>
    <message>
        <source>GIF animation (*.gif)</source>
        <translation>رسوم GIF متحركة (*.gif)</translation>
    </message>
    <message>
        <source>{name} training</source>
        <translation>تدريب {name}</translation>
    </message>
    <message>
        <source>Training a copy and drawing the frames…</source>
        <translation>تدريب نسخة ورسم الإطارات…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>file_actions</name>
    <message>
        <source>&amp;New</source>
        <translation>جديد(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>فتح…(&amp;O)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>فتح الأخيرة(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>حفظ(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>حفظ باسم…(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>تصدير(&amp;E)</translation>
    </message>
    <message>
        <source>{title}: {message}</source>
        <translation>{title}: {message}</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>Save the changes to “{name}” first?</source>
        <translation>هل تحفظ التغييرات في «{name}» أولًا؟</translation>
    </message>
    <message numerus="yes">
        <source>New playground. Your {count} own points are kept: the My points tile.</source>
        <translation><numerusform>ساحة لعب جديدة. احتُفظ بـ {count} نقطة الخاصة بك: في بطاقة «نقاطي».</numerusform><numerusform>ساحة لعب جديدة. احتُفظ بـ {count} نقطة الخاصة بك: في بطاقة «نقاطي».</numerusform><numerusform>ساحة لعب جديدة. احتُفظ بـ {count} نقطتين الخاصة بك: في بطاقة «نقاطي».</numerusform><numerusform>ساحة لعب جديدة. احتُفظ بـ {count} نقاط الخاصة بك: في بطاقة «نقاطي».</numerusform><numerusform>ساحة لعب جديدة. احتُفظ بـ {count} نقطة الخاصة بك: في بطاقة «نقاطي».</numerusform><numerusform>ساحة لعب جديدة. احتُفظ بـ {count} نقطة الخاصة بك: في بطاقة «نقاطي».</numerusform></translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>فتح مشروع</translation>
    </message>
    <message>
        <source>Still opening another file; {name} was not opened.</source>
        <translation>ما زال ملف آخر قيد الفتح؛ لم يُفتح {name}.</translation>
    </message>
    <message>
        <source>Cannot open {name}</source>
        <translation>يتعذّر فتح {name}</translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation>فُتح {name}</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>يتعذّر فتح المشروع</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>حفظ المشروع</translation>
    </message>
    <message>
        <source>Cannot save {name}</source>
        <translation>يتعذّر حفظ {name}</translation>
    </message>
    <message>
        <source>it was opened read-only; save a copy instead</source>
        <translation>فُتح للقراءة فقط؛ احفظ نسخة بدلًا من ذلك</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>حُفظ {path}</translation>
    </message>
    <message>
        <source>Autosave failed: {why}</source>
        <translation>فشل الحفظ التلقائي: {why}</translation>
    </message>
</context>
<context>
    <name>file_names</name>
    <message>
        <source>NN Playground projects ({pattern})</source>
        <translation>مشاريع NN Playground ({pattern})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message>
        <source>NN Playground lessons ({pattern})</source>
        <translation>دروس NN Playground ({pattern})</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>بلا عنوان</translation>
    </message>
</context>
<context>
    <name>folder_action</name>
    <message>
        <source>Open &amp;class folder…</source>
        <translation>فتح مجلد الصف…(&amp;C)</translation>
    </message>
    <message>
        <source>See a folder of hand-ins as a gallery, one card per student</source>
        <translation>عرض مجلد تسليمات كمعرض، بطاقة لكل طالب</translation>
    </message>
    <message>
        <source>Open a class folder</source>
        <translation>فتح مجلد الصف</translation>
    </message>
</context>
<context>
    <name>gallery</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>الدرس</translation>
    </message>
    <message>
        <source>Test accuracy, best first</source>
        <translation>دقة الاختبار، الأفضل أولًا</translation>
    </message>
    <message>
        <source>Train accuracy, best first</source>
        <translation>دقة التدريب، الأفضل أولًا</translation>
    </message>
    <message>
        <source>Test loss, lowest first</source>
        <translation>خسارة الاختبار، الأدنى أولًا</translation>
    </message>
    <message>
        <source>Train loss, lowest first</source>
        <translation>خسارة التدريب، الأدنى أولًا</translation>
    </message>
    <message>
        <source>Epochs, most first</source>
        <translation>الحقب، الأكثر أولًا</translation>
    </message>
    <message>
        <source>Handed in, latest first</source>
        <translation>وقت التسليم، الأحدث أولًا</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Class: {folder}</source>
        <translation>الصف: {folder}</translation>
    </message>
    <message>
        <source>Hand-ins of the class</source>
        <translation>تسليمات الصف</translation>
    </message>
    <message>
        <source>Click a column's title to sort by it; again to reverse</source>
        <translation>انقر عنوان عمود للترتيب حسبه؛ ومرة أخرى لعكس الترتيب</translation>
    </message>
    <message>
        <source>Double-click a student's card, or press Enter, to open it</source>
        <translation>انقر مرتين على بطاقة طالب، أو اضغط Enter، لفتحها</translation>
    </message>
    <message>
        <source>Reading {folder}…</source>
        <translation>جارٍ قراءة {folder}…</translation>
    </message>
    <message>
        <source>The cards' order (a click on a column's title sorts too)</source>
        <translation>ترتيب البطاقات (النقر على عنوان عمود يرتّب أيضًا)</translation>
    </message>
    <message>
        <source>&amp;Sort by:</source>
        <translation>الترتيب حسب:(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Open read-only</source>
        <translation>فتح للقراءة فقط(&amp;O)</translation>
    </message>
    <message>
        <source>Open the chosen card's work; saving it asks for a new name</source>
        <translation>فتح عمل البطاقة المختارة؛ حفظه يطلب اسمًا جديدًا</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>تصدير CSV…(&amp;E)</translation>
    </message>
    <message>
        <source>Save the table as a CSV file for a grade book</source>
        <translation>حفظ الجدول كملف CSV لسجل الدرجات</translation>
    </message>
    <message>
        <source>Close the gallery</source>
        <translation>إغلاق المعرض</translation>
    </message>
    <message>
        <source>No hand-ins (.nnplay files) in {folder}.</source>
        <translation>لا تسليمات (ملفات ‎.nnplay) في {folder}.</translation>
    </message>
    <message>
        <source>{hand_ins}, {others} (see their notes): reading {read} of {expected}… in {folder}.</source>
        <translation>{hand_ins}، {others} (انظر ملاحظاتها): جارٍ قراءة {read} من {expected}… في {folder}.</translation>
    </message>
    <message>
        <source>{hand_ins}, {others} (see their notes) in {folder}.</source>
        <translation>{hand_ins}، {others} (انظر ملاحظاتها) في {folder}.</translation>
    </message>
    <message>
        <source>{hand_ins}: reading {read} of {expected}… in {folder}.</source>
        <translation>{hand_ins}: جارٍ قراءة {read} من {expected}… في {folder}.</translation>
    </message>
    <message>
        <source>{hand_ins} in {folder}.</source>
        <translation>{hand_ins} في {folder}.</translation>
    </message>
    <message numerus="yes">
        <source>%n hand-in(s)</source>
        <translation><numerusform>%n تسليم</numerusform><numerusform>%n تسليم</numerusform><numerusform>%n تسليمان</numerusform><numerusform>%n تسليمات</numerusform><numerusform>%n تسليمًا</numerusform><numerusform>%n تسليم</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n other or damaged file(s)</source>
        <translation><numerusform>%n ملف آخر أو تالف</numerusform><numerusform>%n ملف آخر أو تالف</numerusform><numerusform>%n ملفان آخران أو تالفان</numerusform><numerusform>%n ملفات أخرى أو تالفة</numerusform><numerusform>%n ملفًا آخر أو تالفًا</numerusform><numerusform>%n ملف آخر أو تالف</numerusform></translation>
    </message>
    <message>
        <source>{summary} ({why_short})</source>
        <translation>{summary} ({why_short})</translation>
    </message>
    <message>
        <source>Choose a student's card first.</source>
        <translation>اختر بطاقة طالب أولًا.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: {why}</source>
        <translation>يتعذّر فتح {file}: {why}</translation>
    </message>
    <message>
        <source>{student} (hand-in)</source>
        <translation>{student} (تسليم)</translation>
    </message>
    <message>
        <source>class</source>
        <translation>الصف</translation>
    </message>
    <message>
        <source>{class_name} grades</source>
        <translation>درجات {class_name}</translation>
    </message>
    <message>
        <source>Export the class as CSV</source>
        <translation>تصدير الصف بصيغة CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not save {file}: {problem}</source>
        <translation>تعذّر حفظ {file}: {problem}</translation>
    </message>
    <message>
        <source>Saved the class as {file}</source>
        <translation>حُفظ الصف باسم {file}</translation>
    </message>
</context>
<context>
    <name>gradient_panel</name>
    <message>
        <source>‖∂L/∂W‖ / ‖W‖ of each layer: how fast its weights change for their size (the last batch's gradient, averaged over a few frames), against the training step, on a log scale. Each grid line down is 10× slower. The red dashed line is the output layer's ÷ 50: a layer below it learns too slowly to catch up, which matters while much is left to learn.</source>
        <translation>‖∂L/∂W‖ / ‖W‖ لكل طبقة: سرعة تغيّر أوزانها بالنسبة إلى حجمها (تدرّج آخر دفعة، متوسطًا على بضعة إطارات)، مقابل خطوة التدريب، على مقياس لوغاريتمي. كل خط شبكة إلى الأسفل أبطأ 10 مرات. الخط الأحمر المتقطع هو قيمة طبقة المُخرَج ÷ 50: الطبقة التي تحته تتعلّم ببطء شديد فلا تلحق، وهذا مهم ما دام الكثير باقيًا للتعلّم.</translation>
    </message>
    <message>
        <source>training step</source>
        <translation>خطوة التدريب</translation>
    </message>
    <message>
        <source>Each layer's colour (h1 = the weights into hidden layer 1, out = into the output); the red dashed line: the output layer's ‖∂L/∂W‖ / ‖W‖ ÷ 50.</source>
        <translation>لون كل طبقة (h1 = الأوزان الداخلة إلى الطبقة المخفية 1، وout = الداخلة إلى المُخرَج)؛ الخط الأحمر المتقطع: ‖∂L/∂W‖ / ‖W‖ لطبقة المُخرَج ÷ 50.</translation>
    </message>
    <message>
        <source>Which layer's weights the histograms show (the weights into that layer's neurons).</source>
        <translation>الطبقة التي تعرض المدرّجات التكرارية أوزانها (الأوزان الداخلة إلى عصبونات تلك الطبقة).</translation>
    </message>
    <message>
        <source>Weights w of this layer: how many have each value.</source>
        <translation>أوزان w لهذه الطبقة: كم منها لكل قيمة.</translation>
    </message>
    <message>
        <source>Gradients ∂L/∂w of this layer's weights (last batch): how many have each value. Look at the axis: for a vanishing layer they are all tiny.</source>
        <translation>تدرّجات ∂L/∂w لأوزان هذه الطبقة (آخر دفعة): كم منها لكل قيمة. انظر إلى المحور: في الطبقة المتلاشية تكون كلها صغيرة جدًا.</translation>
    </message>
    <message>
        <source>Weights w</source>
        <translation>الأوزان w</translation>
    </message>
    <message>
        <source>Gradients ∂L/∂w</source>
        <translation>التدرّجات ∂L/∂w</translation>
    </message>
    <message>
        <source>± their typical size (root mean square)</source>
        <translation>± حجمها النموذجي (جذر متوسط المربعات)</translation>
    </message>
    <message>
        <source>Close the gradient panel (G); the loss chart comes back</source>
        <translation>إغلاق لوحة التدرّجات (G)؛ يعود مخطط الخسارة</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>التدرّجات</translation>
    </message>
    <message>
        <source>Histograms of</source>
        <translation>مدرّجات تكرارية لـ</translation>
    </message>
    <message>
        <source>out ÷ 50</source>
        <translation>out ÷ 50</translation>
    </message>
    <message>
        <source>{layer} ({rows}×{columns} weights)</source>
        <translation>{layer} ({rows}×{columns} وزنًا)</translation>
    </message>
    <message>
        <source>No gradient warning: no layer starves while much is left to learn, and no step is larger than the weights it changes. (Hover for the rule.)</source>
        <translation>لا تحذير للتدرّج: لا طبقة تتضوّر ما دام الكثير باقيًا للتعلّم، ولا خطوة أكبر من الأوزان التي تغيّرها. (مرّر المؤشر لرؤية القاعدة.)</translation>
    </message>
    <message>
        <source>Press play: each layer's gradient size appears here as the network trains.</source>
        <translation>اضغط تشغيل: يظهر هنا حجم تدرّج كل طبقة بينما تتدرّب الشبكة.</translation>
    </message>
    <message>
        <source>Weights w: ±{size}</source>
        <translation>الأوزان w: ±{size}</translation>
    </message>
    <message>
        <source>Gradients ∂L/∂w: ±{size}</source>
        <translation>التدرّجات ∂L/∂w: ±{size}</translation>
    </message>
</context>
<context>
    <name>gradient_slot</name>
    <message>
        <source>&amp;Gradients</source>
        <translation>التدرّجات(&amp;G)</translation>
    </message>
    <message>
        <source>Show each layer's gradient size over time, warnings for vanishing or exploding gradients, and histograms of weights and gradients, in the loss chart's place (G)</source>
        <translation>عرض حجم تدرّج كل طبقة عبر الزمن، وتحذيرات تلاشي التدرّج أو انفجاره، ومدرّجات تكرارية للأوزان والتدرّجات، مكان مخطط الخسارة (G)</translation>
    </message>
</context>
<context>
    <name>gradient_stats</name>
    <message>
        <source>output layer</source>
        <translation>طبقة المُخرَج</translation>
    </message>
    <message>
        <source>hidden layer {number}</source>
        <translation>الطبقة المخفية {number}</translation>
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
        <translation>يُكتب اسمك في الملف مع شبكتك ونتائجها (الحقب والخسارة والدقة) وصورة صغيرة لحدّ القرار فيها، ليعرف معلّمك صاحب العمل. ويتذكّره هذا الحاسوب لتسليمك القادم.</translation>
    </message>
    <message>
        <source>Hand in your work</source>
        <translation>سلّم عملك</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>اسمك:(&amp;N)</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>الاسم الأول واسم العائلة</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <source>Your name as your teacher knows it (at most {characters})</source>
        <translation>اسمك كما يعرفه معلّمك ({characters} على الأكثر)</translation>
    </message>
    <message>
        <source>Continue…</source>
        <translation>متابعة…</translation>
    </message>
    <message>
        <source>Choose where to save the hand-in file</source>
        <translation>اختر مكان حفظ ملف التسليم</translation>
    </message>
    <message>
        <source>Please type your name on one line (letters, not symbols).</source>
        <translation>اكتب اسمك في سطر واحد من فضلك (حروف لا رموز).</translation>
    </message>
    <message>
        <source>&amp;Hand in…</source>
        <translation>تسليم…(&amp;H)</translation>
    </message>
    <message>
        <source>Save your work for your teacher: with your name, its results and a picture</source>
        <translation>حفظ عملك لمعلّمك: مع اسمك ونتائجه وصورة</translation>
    </message>
    <message>
        <source>Hand in</source>
        <translation>تسليم</translation>
    </message>
    <message>
        <source>NN Playground hand-ins (*{suffix})</source>
        <translation>تسليمات NN Playground (*{suffix})</translation>
    </message>
    <message>
        <source>Cannot hand in {file}</source>
        <translation>يتعذّر تسليم {file}</translation>
    </message>
    <message>
        <source>Handed in as {student}: {file}</source>
        <translation>سُلّم باسم {student}: {file}</translation>
    </message>
</context>
<context>
    <name>handin</name>
    <message>
        <source>must not be empty</source>
        <translation>يجب ألا يكون فارغًا</translation>
    </message>
    <message>
        <source>must be one line without control characters; got {value}</source>
        <translation>يجب أن يكون سطرًا واحدًا بلا محارف تحكّم؛ القيمة المعطاة {value}</translation>
    </message>
    <message>
        <source>must be one line; got {value}</source>
        <translation>يجب أن يكون سطرًا واحدًا؛ القيمة المعطاة {value}</translation>
    </message>
    <message>
        <source>says {said} epochs, but the network in the file was trained {epochs}</source>
        <translation>يذكر {said} حقبة، لكن الشبكة في الملف دُرّبت {epochs}</translation>
    </message>
    <message>
        <source>must be a UTC time such as 2026-12-04T22:10:05Z; got {value}</source>
        <translation>يجب أن يكون وقتًا بتوقيت UTC مثل 2026-12-04T22:10:05Z؛ القيمة المعطاة {value}</translation>
    </message>
    <message>
        <source>is not a real date and time; got {value}</source>
        <translation>ليس تاريخًا ووقتًا حقيقيين؛ القيمة المعطاة {value}</translation>
    </message>
    <message>
        <source>must be a finite number or null; got {value}</source>
        <translation>يجب أن يكون عددًا منتهيًا أو null؛ القيمة المعطاة {value}</translation>
    </message>
    <message>
        <source>must be from 0 to {high}; got {value}</source>
        <translation>يجب أن يكون من 0 إلى {high}؛ القيمة المعطاة {value}</translation>
    </message>
    <message>
        <source>must be a PNG picture as base64 text; got {value}</source>
        <translation>يجب أن يكون صورة PNG كنص base64؛ القيمة المعطاة {value}</translation>
    </message>
    <message>
        <source>is {length} characters long; a thumbnail is at most {limit}</source>
        <translation>طوله {length} حرفًا؛ والصورة المصغّرة {limit} على الأكثر</translation>
    </message>
    <message>
        <source>is not base64 text; it starts {start}</source>
        <translation>ليس نص base64؛ يبدأ بـ {start}</translation>
    </message>
    <message>
        <source>is not a PNG picture</source>
        <translation>ليس صورة PNG</translation>
    </message>
    <message>
        <source>is {width}×{height} pixels; at most {limit} on each side</source>
        <translation>أبعاده {width}×{height} بكسل؛ والحد {limit} لكل جانب</translation>
    </message>
    <message>
        <source>is a damaged PNG picture</source>
        <translation>صورة PNG تالفة</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <source>Top bar</source>
        <translation>الشريط العلوي</translation>
    </message>
    <message>
        <source>Play (Space) trains and pauses; Step by step (W) walks backpropagation through one point. The boxes set how the network learns.</source>
        <translation>تشغيل (Space) يدرّب ويوقف مؤقتًا؛ «خطوة بخطوة» (W) يمشي بالانتشار العكسي عبر نقطة واحدة. تحدّد المربعات كيف تتعلّم الشبكة.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>البيانات</translation>
    </message>
    <message>
        <source>Pick a data set, its number of points and its noise; or paint your own points (P).</source>
        <translation>اختر مجموعة بيانات وعدد نقاطها وضوضاءها؛ أو ارسم نقاطك بنفسك (P).</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>الشبكة</translation>
    </message>
    <message>
        <source>Inputs on the left, hidden layers, the output on the right; + and − add layers and neurons. Blue links are positive weights, orange negative, thicker ones stronger.</source>
        <translation>المدخلات على اليسار، ثم الطبقات المخفية، والمُخرَج على اليمين؛ + و− يضيفان طبقات وعصبونات. الروابط الزرقاء أوزان موجبة، والبرتقالية سالبة، والأسمك أقوى.</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>المُخرَج</translation>
    </message>
    <message>
        <source>What the network predicts over the plane, with the data on top: each class in its colour and shape; training points filled, test points hollow (Show test data).</source>
        <translation>ما تتنبأ به الشبكة على المستوى، والبيانات فوقه: كل فئة بلونها وشكلها؛ نقاط التدريب ممتلئة ونقاط الاختبار مفرّغة (إظهار بيانات الاختبار).</translation>
    </message>
    <message>
        <source>Loss chart and timeline</source>
        <translation>مخطط الخسارة والخط الزمني</translation>
    </message>
    <message>
        <source>The loss over the epochs. Drag the timeline under it to rewind; Left steps back one epoch.</source>
        <translation>الخسارة عبر الحقب. اسحب الخط الزمني تحته للرجوع؛ Left يرجع حقبة واحدة.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>System</source>
        <translation>النظام</translation>
    </message>
    <message>
        <source>(keys only)</source>
        <translation>(مفاتيح فقط)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>ماذا تفعل</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>القائمة</translation>
    </message>
    <message>
        <source>Every key of the window and what it does</source>
        <translation>كل مفاتيح النافذة وما يفعله كل منها</translation>
    </message>
    <message>
        <source>Tab and Shift+Tab move between the controls; Space or Enter presses the one with the focus ring.</source>
        <translation>Tab وShift+Tab للتنقل بين عناصر التحكم؛ Space أو Enter يضغط العنصر الذي عليه حلقة التركيز.</translation>
    </message>
    <message>
        <source>About NN Playground</source>
        <translation>حول NN Playground</translation>
    </message>
    <message>
        <source>Draw a network, pick or paint data, press play and watch backpropagation learn. Works offline.</source>
        <translation>ارسم شبكة، واختر البيانات أو ارسمها، ثم اضغط تشغيل وشاهد الانتشار العكسي يتعلّم. يعمل دون اتصال.</translation>
    </message>
    <message>
        <source>Help › Quick start shows the window's parts; Help › Keyboard shortcuts lists the keys.</source>
        <translation>مساعدة › بداية سريعة تعرض أجزاء النافذة؛ مساعدة › اختصارات لوحة المفاتيح تسرد المفاتيح.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>نسخ(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the versions, e.g. into a bug report</source>
        <translation>نسخ الإصدارات، مثلًا إلى بلاغ عن خطأ</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>نُسخ</translation>
    </message>
    <message>
        <source>Quick start</source>
        <translation>بداية سريعة</translation>
    </message>
    <message>
        <source>Picture of the window with its regions numbered</source>
        <translation>صورة النافذة مع ترقيم مناطقها</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;{number}. {title}&lt;/b&gt;&lt;br&gt;{text}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;{number}. {title}&lt;/b&gt;&lt;br&gt;{text}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What each region is for</source>
        <translation>وظيفة كل منطقة</translation>
    </message>
    <message>
        <source>&amp;Quick start</source>
        <translation>بداية سريعة(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About NN Playground</source>
        <translation>حول NN Playground(&amp;A)</translation>
    </message>
</context>
<context>
    <name>hover_tips</name>
    <message>
        <source>… ({count} more)</source>
        <translation>… ({count} أخرى)</translation>
    </message>
    <message>
        <source>p(blue) = σ({sum})</source>
        <translation>p(blue) = σ({sum})</translation>
    </message>
    <message>
        <source>aᵢ: the outputs of layer {layer}</source>
        <translation>aᵢ: مخرجات الطبقة {layer}</translation>
    </message>
    <message>
        <source>Its map fills the output view. Click, then Delete, or drag it off the network, to remove it; double-click to edit its bias.</source>
        <translation>خريطته تملأ عرض المُخرَج. انقر ثم Delete، أو اسحبه خارج الشبكة، لإزالته؛ انقر مرتين لتعديل انحيازه.</translation>
    </message>
    <message>
        <source>Double-click to edit its bias.</source>
        <translation>انقر مرتين لتعديل انحيازه.</translation>
    </message>
    <message>
        <source>Link {link}: disabled (dashed)
Its weight stays 0 and it trains no more. Click to enable it.</source>
        <translation>الرابط {link}: معطّل (متقطع)
يبقى وزنه 0 ولا يتدرّب بعد الآن. انقر لتفعيله.</translation>
    </message>
    <message>
        <source>Link {link}
weight w = {weight}
last gradient ∂L/∂w = {gradient}
Click to disable it; double-click to type a weight.</source>
        <translation>الرابط {link}
الوزن w = {weight}
آخر تدرّج ∂L/∂w = {gradient}
انقر لتعطيله؛ انقر مرتين لكتابة وزن.</translation>
    </message>
    <message>
        <source>Bias of {neuron}
b = {bias}
last gradient ∂L/∂b = {gradient}
Double-click to type a bias.</source>
        <translation>انحياز {neuron}
b = {bias}
آخر تدرّج ∂L/∂b = {gradient}
انقر مرتين لكتابة انحياز.</translation>
    </message>
</context>
<context>
    <name>inert_text</name>
    <message>
        <source>&lt;p&gt;&lt;i&gt;These instructions cannot be shown: {reason}&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;يتعذّر عرض هذه التعليمات: {reason}&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>language_menu</name>
    <message>
        <source>&amp;Language</source>
        <translation>اللغة(&amp;L)</translation>
    </message>
    <message>
        <source>Show NN Playground in {language} (after a restart)</source>
        <translation>عرض NN Playground بـ{language} (بعد إعادة التشغيل)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>NN Playground will be in {language} when it starts again. Restart now?</source>
        <translation>سيظهر NN Playground بـ{language} عند تشغيله من جديد. إعادة التشغيل الآن؟</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>إعادة التشغيل الآن</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>لاحقًا</translation>
    </message>
</context>
<context>
    <name>layer_menu</name>
    <message>
        <source>Hidden layer {layer}: activation</source>
        <translation>الطبقة المخفية {layer}: دالة التنشيط</translation>
    </message>
    <message>
        <source>{formula} — keeps every weight</source>
        <translation>{formula} — تبقى كل الأوزان</translation>
    </message>
    <message>
        <source>Add a neuron</source>
        <translation>إضافة عصبون</translation>
    </message>
    <message>
        <source>Remove this layer</source>
        <translation>إزالة هذه الطبقة</translation>
    </message>
    <message>
        <source>Insert a layer after this one, with random weights</source>
        <translation>إدراج طبقة بعد هذه، بأوزان عشوائية</translation>
    </message>
    <message>
        <source>A fresh layer as wide as this one, from random weights: the network starts learning what comes after this layer again. (The + button and the palette insert a layer that keeps what the network computes.)</source>
        <translation>طبقة جديدة بعرض هذه الطبقة، من أوزان عشوائية: تبدأ الشبكة من جديد تعلّم ما يأتي بعد هذه الطبقة. (زر + ولوحة الأجزاء يدرجان طبقة تحافظ على ما تحسبه الشبكة.)</translation>
    </message>
    <message>
        <source>While training, each neuron of this layer is switched off for each training point with this probability, and the neurons kept are scaled up to make up for it (inverted dropout): the network cannot lean on any one neuron. Evaluation, the loss curve and the maps always use every neuron. Every weight is kept.</source>
        <translation>أثناء التدريب يُطفأ كل عصبون في هذه الطبقة لكل نقطة تدريب بهذا الاحتمال، وتُكبَّر العصبونات الباقية تعويضًا عن ذلك (inverted dropout): فلا تستطيع الشبكة الاعتماد على عصبون واحد. التقييم ومنحنى الخسارة والخرائط تستعمل دائمًا كل العصبونات. وتبقى كل الأوزان.</translation>
    </message>
    <message>
        <source>Dropout: {rate}</source>
        <translation>Dropout: {rate}</translation>
    </message>
    <message>
        <source>Dropout: none</source>
        <translation>Dropout: بلا</translation>
    </message>
    <message>
        <source>None</source>
        <translation>بلا</translation>
    </message>
    <message>
        <source>No dropout: every neuron trains on every point</source>
        <translation>بلا Dropout: كل عصبون يتدرّب على كل نقطة</translation>
    </message>
</context>
<context>
    <name>lesson_locks</name>
    <message>
        <source>Locked by lesson ‘{title}’. Lessons › Leave lesson to play freely.</source>
        <translation>مقفل بالدرس ‘{title}’. الدروس › مغادرة الدرس للعب بحرية.</translation>
    </message>
    <message>
        <source>Locked in this lesson. Lessons › Leave lesson to play freely.</source>
        <translation>مقفل في هذا الدرس. الدروس › مغادرة الدرس للعب بحرية.</translation>
    </message>
    <message numerus="yes">
        <source>Locked in this lesson: {controls} and %n more (greyed out).</source>
        <translation><numerusform>مقفل في هذا الدرس: {controls} و%n أخرى (باللون الرمادي).</numerusform><numerusform>مقفل في هذا الدرس: {controls} و%n آخر (باللون الرمادي).</numerusform><numerusform>مقفل في هذا الدرس: {controls} و%n آخران (باللون الرمادي).</numerusform><numerusform>مقفل في هذا الدرس: {controls} و%n أخرى (باللون الرمادي).</numerusform><numerusform>مقفل في هذا الدرس: {controls} و%n أخرى (باللون الرمادي).</numerusform><numerusform>مقفل في هذا الدرس: {controls} و%n أخرى (باللون الرمادي).</numerusform></translation>
    </message>
    <message>
        <source>Locked in this lesson: {controls}.</source>
        <translation>مقفل في هذا الدرس: {controls}.</translation>
    </message>
</context>
<context>
    <name>lesson_panel</name>
    <message>
        <source>Play freely from here: every control unlocks, the data and the network stay as they are, and what you save is your own project (Ctrl+Shift+L). The teacher's password is asked for first</source>
        <translation>العب بحرية من هنا: تُفتح كل عناصر التحكم، وتبقى البيانات والشبكة كما هي، وما تحفظه يصبح مشروعك الخاص (Ctrl+Shift+L). تُطلب كلمة مرور المعلّم أولًا</translation>
    </message>
    <message>
        <source>Play freely from here: every control unlocks, the data and the network stay as they are, and what you save is your own project (Ctrl+Shift+L)</source>
        <translation>العب بحرية من هنا: تُفتح كل عناصر التحكم، وتبقى البيانات والشبكة كما هي، وما تحفظه يصبح مشروعك الخاص (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>LESSON</source>
        <translation>الدرس</translation>
    </message>
    <message>
        <source>Hide the instructions (Lessons → Show instructions brings them back). The lesson's locks stay: Leave lesson ends them.</source>
        <translation>إخفاء التعليمات (الدروس ← إظهار التعليمات يعيدها). تبقى أقفال الدرس: «مغادرة الدرس» ينهيها.</translation>
    </message>
    <message>
        <source>Start the lesson again</source>
        <translation>ابدأ الدرس من جديد</translation>
    </message>
    <message>
        <source>Back to the lesson's starting point: its data, network and settings</source>
        <translation>العودة إلى نقطة بداية الدرس: بياناته وشبكته وإعداداته</translation>
    </message>
    <message>
        <source>Leave lesson</source>
        <translation>مغادرة الدرس</translation>
    </message>
    <message>
        <source>Welcome to NN Playground</source>
        <translation>مرحبًا بك في NN Playground</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to NN Playground&lt;/h2&gt;&lt;p&gt;New here? Start with lesson 1. Or pick any lesson, paint your own data on an empty canvas, or play freely with the default playground.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;مرحبًا بك في NN Playground&lt;/h2&gt;&lt;p&gt;جديد هنا؟ ابدأ بالدرس 1. أو اختر أي درس، أو ارسم بياناتك على لوحة فارغة، أو العب بحرية في ساحة اللعب الافتراضية.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Show this at start</source>
        <translation>إظهار هذا عند البدء</translation>
    </message>
    <message>
        <source>Start with lesson 1</source>
        <translation>ابدأ بالدرس 1</translation>
    </message>
    <message>
        <source>Open chosen lesson</source>
        <translation>فتح الدرس المختار</translation>
    </message>
    <message>
        <source>Empty canvas for painting</source>
        <translation>لوحة فارغة للرسم</translation>
    </message>
    <message>
        <source>No points yet: paint your own on the output, with the default network (two hidden layers). No lesson, nothing locked.</source>
        <translation>لا نقاط بعد: ارسم نقاطك على المُخرَج، مع الشبكة الافتراضية (طبقتان مخفيتان). بلا درس، ولا شيء مقفل.</translation>
    </message>
    <message>
        <source>Default playground</source>
        <translation>ساحة اللعب الافتراضية</translation>
    </message>
    <message>
        <source>TensorFlow Playground's start: Circle data and two hidden layers (4 and 2 neurons). No lesson, nothing locked.</source>
        <translation>بداية TensorFlow Playground: بيانات الدائرة وطبقتان مخفيتان (4 و2 عصبون). بلا درس، ولا شيء مقفل.</translation>
    </message>
    <message>
        <source>Start &amp;page…</source>
        <translation>صفحة البداية…(&amp;P)</translation>
    </message>
    <message>
        <source>Start this lesson &amp;again</source>
        <translation>ابدأ هذا الدرس من جديد(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Leave lesson</source>
        <translation>مغادرة الدرس(&amp;L)</translation>
    </message>
    <message>
        <source>Show &amp;instructions</source>
        <translation>إظهار التعليمات(&amp;I)</translation>
    </message>
    <message>
        <source>Type it to leave the lesson.</source>
        <translation>اكتبها لمغادرة الدرس.</translation>
    </message>
    <message>
        <source>Left the lesson ‘{title}’: every control is yours, the data and the network stay. File › Save keeps them as your own project.</source>
        <translation>غادرت الدرس ‘{title}’: كل عناصر التحكم لك، وتبقى البيانات والشبكة. ملف › حفظ يحفظها كمشروعك الخاص.</translation>
    </message>
</context>
<context>
    <name>lesson_preview</name>
    <message>
        <source>&amp;Back to editing the lesson</source>
        <translation>العودة إلى تحرير الدرس(&amp;B)</translation>
    </message>
    <message>
        <source>End the preview: your work and the teacher dialog come back as they were</source>
        <translation>إنهاء المعاينة: يعود عملك ونافذة المعلّم كما كانا</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview: the lesson as students get it.&lt;/b&gt;</source>
        <translation>&lt;b&gt;معاينة: الدرس كما يراه الطلاب.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Back to editing</source>
        <translation>العودة إلى التحرير</translation>
    </message>
    <message>
        <source>A preview is already showing.</source>
        <translation>هناك معاينة معروضة بالفعل.</translation>
    </message>
    <message>
        <source>Cannot preview: {error}</source>
        <translation>تتعذّر المعاينة: {error}</translation>
    </message>
    <message>
        <source>Cannot preview: the lesson did not open.</source>
        <translation>تتعذّر المعاينة: لم يُفتح الدرس.</translation>
    </message>
    <message>
        <source>Preview: the lesson as students get it. Lessons › Back to editing the lesson ends it.</source>
        <translation>معاينة: الدرس كما يراه الطلاب. الدروس › العودة إلى تحرير الدرس تنهيها.</translation>
    </message>
    <message>
        <source>Back to editing the lesson: your work is as it was.</source>
        <translation>العودة إلى تحرير الدرس: عملك كما كان.</translation>
    </message>
</context>
<context>
    <name>lesson_texts</name>
    <message>
        <source>must be text or texts by language code; got {value}</source>
        <translation>يجب أن يكون نصًا أو نصوصًا حسب رمز اللغة؛ القيمة المعطاة {value}</translation>
    </message>
    <message>
        <source>has no text in any language</source>
        <translation>لا نص فيه بأي لغة</translation>
    </message>
    <message>
        <source>has {count} languages; at most {limit}</source>
        <translation>فيه {count} لغات؛ والحد {limit}</translation>
    </message>
    <message>
        <source>{code} is not a language code (such as en, de or pt_BR)</source>
        <translation>{code} ليس رمز لغة (مثل en أو de أو pt_BR)</translation>
    </message>
</context>
<context>
    <name>lock_password</name>
    <message>
        <source>must be {count} lowercase hexadecimal digits; got {value}</source>
        <translation>يجب أن يكون {count} رقمًا ست عشريًا بأحرف صغيرة؛ القيمة المعطاة {value}</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>يجب ألا يكون فارغًا</translation>
    </message>
    <message>
        <source>at most {limit} characters</source>
        <translation>{limit} حرفًا على الأكثر</translation>
    </message>
    <message>
        <source>must be from {low} to {high}; got {value}</source>
        <translation>يجب أن يكون من {low} إلى {high}؛ القيمة المعطاة {value}</translation>
    </message>
</context>
<context>
    <name>lock_password_dialog</name>
    <message>
        <source>The password stops students switching the lesson's locks off in the app: Leave lesson and Teacher mode ask for it. It does not stop someone who edits the lesson file by hand: they can remove the lesson, locks and all. The file keeps only a salted hash of the password, never the password itself.</source>
        <translation>تمنع كلمة المرور الطلاب من إطفاء أقفال الدرس في التطبيق: «مغادرة الدرس» و«وضع المعلّم» يطلبانها. لكنها لا تمنع من يحرّر ملف الدرس يدويًا: إذ يمكنه حذف الدرس بأقفاله كلها. لا يحفظ الملف إلا تجزئة مملّحة لكلمة المرور، لا كلمة المرور نفسها.</translation>
    </message>
    <message>
        <source>Password on the lesson's locks</source>
        <translation>كلمة مرور لأقفال الدرس</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>كلمة مرور جديدة</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>كرّر كلمة المرور</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>كرّرها</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>تعيين كلمة المرور</translation>
    </message>
    <message>
        <source>Type a password, or Cancel to keep the lesson without one.</source>
        <translation>اكتب كلمة مرور، أو «إلغاء» لإبقاء الدرس بلا كلمة مرور.</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same one twice.</source>
        <translation>كلمتا المرور مختلفتان: اكتب الكلمة نفسها مرتين.</translation>
    </message>
    <message>
        <source>This lesson's locks have a password</source>
        <translation>أقفال هذا الدرس محمية بكلمة مرور</translation>
    </message>
    <message>
        <source>The teacher put a password on the locks of ‘{title}’. {ask}</source>
        <translation>وضع المعلّم كلمة مرور على أقفال ‘{title}’. {ask}</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <source>Wrong password: nothing changed. The locks stay on.</source>
        <translation>كلمة مرور خاطئة: لم يتغيّر شيء. تبقى الأقفال.</translation>
    </message>
</context>
<context>
    <name>loss_chart</name>
    <message>
        <source>About: measured on {sampled} of the {total} points while the exact figures are computed (a moment on this much data).</source>
        <translation>تقريبية: مقيسة على {sampled} من أصل {total} نقطة ريثما تُحسب القيم الدقيقة (لحظة مع هذا القدر من البيانات).</translation>
    </message>
    <message>
        <source>Test loss</source>
        <translation>خسارة الاختبار</translation>
    </message>
    <message>
        <source>{whose}: test loss</source>
        <translation>{whose}: خسارة الاختبار</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>خسارة التدريب</translation>
    </message>
    <message>
        <source>{whose}: training loss</source>
        <translation>{whose}: خسارة التدريب</translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>دقة الاختبار</translation>
    </message>
    <message>
        <source>{whose}: test accuracy</source>
        <translation>{whose}: دقة الاختبار</translation>
    </message>
    <message>
        <source>Training accuracy</source>
        <translation>دقة التدريب</translation>
    </message>
    <message>
        <source>{whose}: training accuracy</source>
        <translation>{whose}: دقة التدريب</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>لوغاريتمي</translation>
    </message>
    <message>
        <source>Show the loss on a logarithmic scale, where small losses and their changes stay visible.</source>
        <translation>عرض الخسارة على مقياس لوغاريتمي، حيث تبقى الخسارات الصغيرة وتغيّراتها مرئية.</translation>
    </message>
    <message>
        <source>epoch {epoch} · train {train} · test {test}</source>
        <translation>الحقبة {epoch} · التدريب {train} · الاختبار {test}</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>الحقبة</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>الخسارة</translation>
    </message>
</context>
<context>
    <name>loss_choice</name>
    <message>
        <source>choose the {loss} loss</source>
        <translation>اختر خسارة {loss}</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>An empty canvas: click or drag on the output to paint points (keys 1-8 pick the class). Then Training › Backprop, step by step (W) walks one point through.</source>
        <translation>لوحة فارغة: انقر أو اسحب على المُخرَج لرسم نقاط (المفاتيح 1-8 تختار الفئة). ثم التدريب › الانتشار العكسي خطوة بخطوة (W) يمشي بنقطة واحدة.</translation>
    </message>
    <message>
        <source>NN Playground</source>
        <translation>NN Playground</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>متوقف مؤقتًا</translation>
    </message>
    <message>
        <source>Step by
step</source>
        <translation>خطوة
بخطوة</translation>
    </message>
    <message>
        <source>Step by step</source>
        <translation>خطوة بخطوة</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>تراجع(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إعادة(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Play / Pause</source>
        <translation>تشغيل / إيقاف مؤقت(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Step one epoch</source>
        <translation>خطوة حقبة واحدة(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Reset network</source>
        <translation>إعادة تعيين الشبكة(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;generate data</source>
        <translation>إعادة توليد البيانات(&amp;G)</translation>
    </message>
    <message>
        <source>Show &amp;test data</source>
        <translation>إظهار بيانات الاختبار(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Discretize output</source>
        <translation>تقطيع المُخرَج(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إنهاء(&amp;Q)</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>فتح مجلد السجل(&amp;L)</translation>
    </message>
    <message>
        <source>Network diagram</source>
        <translation>مخطط الشبكة</translation>
    </message>
    <message>
        <source>Output: the prediction over the plane</source>
        <translation>المُخرَج: التنبؤ على المستوى</translation>
    </message>
    <message>
        <source>Loss chart</source>
        <translation>مخطط الخسارة</translation>
    </message>
    <message>
        <source>{rate} steps/s</source>
        <translation>{rate} خطوة/ث</translation>
    </message>
</context>
<context>
    <name>markup</name>
    <message>
        <source>the instructions hold more than {limit} tags and comments; split them into fewer paragraphs</source>
        <translation>تحوي التعليمات أكثر من {limit} وسمًا وتعليقًا؛ قسّمها إلى فقرات أقل</translation>
    </message>
    <message>
        <source>the instructions hold more than {limit} elements (tags); split them into fewer paragraphs</source>
        <translation>تحوي التعليمات أكثر من {limit} عنصرًا (وسمًا)؛ قسّمها إلى فقرات أقل</translation>
    </message>
    <message>
        <source>the instructions nest elements more than {limit} deep (&lt;{tag}&gt; inside {count} others)</source>
        <translation>تتداخل العناصر في التعليمات أعمق من {limit} مستويات (&lt;{tag}&gt; داخل {count} عناصر أخرى)</translation>
    </message>
    <message>
        <source>the instructions hold more than {limit} characters of text; shorten them</source>
        <translation>تحوي التعليمات أكثر من {limit} حرفًا من النص؛ اختصرها</translation>
    </message>
    <message>
        <source>the instructions hold more than {limit} images</source>
        <translation>تحوي التعليمات أكثر من {limit} صورة</translation>
    </message>
    <message>
        <source>image {number} is not valid base64 data</source>
        <translation>الصورة {number} ليست بيانات base64 صالحة</translation>
    </message>
    <message>
        <source>the images hold more than {limit} pixels in all; use fewer or smaller pictures</source>
        <translation>تحوي الصور أكثر من {limit} بكسل إجمالًا؛ استعمل صورًا أقل أو أصغر</translation>
    </message>
    <message>
        <source>image {number} is larger than {limit} kB; use a smaller picture</source>
        <translation>الصورة {number} أكبر من {limit} kB؛ استعمل صورة أصغر</translation>
    </message>
    <message>
        <source>image {number} is not a PNG or JPEG picture</source>
        <translation>الصورة {number} ليست صورة PNG أو JPEG</translation>
    </message>
    <message>
        <source>image {number} is a {kind} picture; only PNG and JPEG are shown</source>
        <translation>الصورة {number} من نوع {kind}؛ لا تُعرض إلا صور PNG وJPEG</translation>
    </message>
    <message>
        <source>image {number} is {width} × {height} pixels; at most {limit} on a side</source>
        <translation>الصورة {number} أبعادها {width} × {height} بكسل؛ والحد {limit} لكل جانب</translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <source>&amp;File</source>
        <translation>ملف(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>تحرير(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>التدريب(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>عرض(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>الدروس(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مساعدة(&amp;H)</translation>
    </message>
</context>
<context>
    <name>metrics_export</name>
    <message>
        <source>&amp;Metrics as CSV…</source>
        <translation>المقاييس بصيغة CSV…(&amp;M)</translation>
    </message>
    <message>
        <source>Metrics as &amp;JSON…</source>
        <translation>المقاييس بصيغة JSON…(&amp;J)</translation>
    </message>
    <message>
        <source>The confusion matrices with each class's precision, recall and F1, or R², RMSE and MAE for regression, of the training and test sets</source>
        <translation>مصفوفات الالتباس مع الإحكام والاستدعاء وF1 لكل فئة، أو R² وRMSE وMAE للانحدار، لمجموعتي التدريب والاختبار</translation>
    </message>
    <message>
        <source>{project} metrics</source>
        <translation>مقاييس {project}</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>جدول CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export the metrics</source>
        <translation>تصدير المقاييس</translation>
    </message>
    <message>
        <source>Cannot export {file}</source>
        <translation>يتعذّر تصدير {file}</translation>
    </message>
    <message>
        <source>Exported {path}</source>
        <translation>صُدِّر {path}</translation>
    </message>
</context>
<context>
    <name>metrics_panel</name>
    <message>
        <source>&lt;b&gt;Training set&lt;/b&gt;: {share}</source>
        <translation>&lt;b&gt;مجموعة التدريب&lt;/b&gt;: {share}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Test set&lt;/b&gt;: {share}</source>
        <translation>&lt;b&gt;مجموعة الاختبار&lt;/b&gt;: {share}</translation>
    </message>
    <message>
        <source>Confusion matrix of the training set</source>
        <translation>مصفوفة الالتباس لمجموعة التدريب</translation>
    </message>
    <message>
        <source>Confusion matrix of the test set</source>
        <translation>مصفوفة الالتباس لمجموعة الاختبار</translation>
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
        <translation>المقاييس</translation>
    </message>
    <message>
        <source>Row %</source>
        <translation>% الصف</translation>
    </message>
    <message>
        <source>Show each row of the matrices as shares of its class's points instead of counts</source>
        <translation>عرض كل صف من المصفوفات كنسب من نقاط فئته بدل الأعداد</translation>
    </message>
    <message>
        <source>Clear marks</source>
        <translation>مسح العلامات</translation>
    </message>
    <message>
        <source>Take the marks off the points on the output plot</source>
        <translation>إزالة العلامات عن النقاط على رسم المُخرَج</translation>
    </message>
    <message>
        <source>Close the metrics panel (M); the loss chart comes back</source>
        <translation>إغلاق لوحة المقاييس (M)؛ يعود مخطط الخسارة</translation>
    </message>
    <message>
        <source>Waiting for the network's predictions…</source>
        <translation>بانتظار تنبؤات الشبكة…</translation>
    </message>
    <message>
        <source>R², RMSE and MAE of the training and test sets</source>
        <translation>R² وRMSE وMAE لمجموعتي التدريب والاختبار</translation>
    </message>
    <message>
        <source>R²: the share of the targets' variance the network explains (1 is perfect, 0 no better than their mean, – when the targets do not vary); RMSE: the root mean squared error; MAE: the mean absolute error; – for an empty set.</source>
        <translation>R²: نسبة تباين الأهداف التي تفسّرها الشبكة (1 مثالي، و0 ليس أفضل من متوسطها، و– عندما لا تتغيّر الأهداف)؛ RMSE: جذر متوسط مربع الخطأ؛ MAE: متوسط الخطأ المطلق؛ – لمجموعة فارغة.</translation>
    </message>
    <message>
        <source>training</source>
        <translation>التدريب</translation>
    </message>
    <message>
        <source>test</source>
        <translation>الاختبار</translation>
    </message>
    <message>
        <source>Epoch {epoch}: prediction against truth; grey lines are the residuals.</source>
        <translation>الحقبة {epoch}: التنبؤ مقابل الحقيقة؛ الخطوط الرمادية هي البواقي.</translation>
    </message>
    <message>
        <source>Epoch {epoch}. Rows: true class; columns: predicted. Click a cell to mark its points on the output plot.</source>
        <translation>الحقبة {epoch}. الصفوف: الفئة الحقيقية؛ الأعمدة: المتنبأ بها. انقر خلية لتمييز نقاطها على رسم المُخرَج.</translation>
    </message>
    <message>
        <source>no points</source>
        <translation>لا نقاط</translation>
    </message>
    <message>
        <source>{percent} % of {count} right</source>
        <translation>{percent} % صحيحة من {count}</translation>
    </message>
    <message>
        <source>Predicted against true value, with the residuals</source>
        <translation>المتنبأ به مقابل القيمة الحقيقية، مع البواقي</translation>
    </message>
    <message>
        <source>Each point's predicted value against its true one: on the dashed diagonal the prediction is right; the grey line from a point to the diagonal is its residual. Filled blue: training points; orange rings: test points.</source>
        <translation>القيمة المتنبأ بها لكل نقطة مقابل قيمتها الحقيقية: على القطر المتقطع يكون التنبؤ صحيحًا؛ والخط الرمادي من النقطة إلى القطر هو باقيها. الأزرق الممتلئ: نقاط التدريب؛ الحلقات البرتقالية: نقاط الاختبار.</translation>
    </message>
    <message>
        <source>true value</source>
        <translation>القيمة الحقيقية</translation>
    </message>
    <message>
        <source>predicted</source>
        <translation>المتنبأ به</translation>
    </message>
</context>
<context>
    <name>metrics_slot</name>
    <message>
        <source>&amp;Metrics</source>
        <translation>المقاييس(&amp;M)</translation>
    </message>
    <message>
        <source>Show the confusion matrices of the training and test sets with each class's precision, recall and F1 (for regression: R², RMSE, MAE and predicted against true), in the loss chart's place (M)</source>
        <translation>عرض مصفوفتي الالتباس لمجموعتي التدريب والاختبار مع الإحكام والاستدعاء وF1 لكل فئة (للانحدار: R² وRMSE وMAE والمتنبأ به مقابل الحقيقي)، مكان مخطط الخسارة (M)</translation>
    </message>
    <message numerus="yes">
        <source>Marked on the plot: %n training set point(s) of {true} predicted {predicted} ({verdict}).</source>
        <translation><numerusform>مُيّز على الرسم: %n نقطة من مجموعة التدريب من {true} تنبأت الشبكة بأنها {predicted} ({verdict}).</numerusform><numerusform>مُيّز على الرسم: %n نقطة من مجموعة التدريب من {true} تنبأت الشبكة بأنها {predicted} ({verdict}).</numerusform><numerusform>مُيّز على الرسم: %n نقطتان من مجموعة التدريب من {true} تنبأت الشبكة بأنها {predicted} ({verdict}).</numerusform><numerusform>مُيّز على الرسم: %n نقاط من مجموعة التدريب من {true} تنبأت الشبكة بأنها {predicted} ({verdict}).</numerusform><numerusform>مُيّز على الرسم: %n نقطة من مجموعة التدريب من {true} تنبأت الشبكة بأنها {predicted} ({verdict}).</numerusform><numerusform>مُيّز على الرسم: %n نقطة من مجموعة التدريب من {true} تنبأت الشبكة بأنها {predicted} ({verdict}).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Marked on the plot: %n test set point(s) of {true} predicted {predicted} ({verdict}).</source>
        <translation><numerusform>مُيّز على الرسم: %n نقطة من مجموعة الاختبار من {true} تنبأت الشبكة بأنها {predicted} ({verdict}).</numerusform><numerusform>مُيّز على الرسم: %n نقطة من مجموعة الاختبار من {true} تنبأت الشبكة بأنها {predicted} ({verdict}).</numerusform><numerusform>مُيّز على الرسم: %n نقطتان من مجموعة الاختبار من {true} تنبأت الشبكة بأنها {predicted} ({verdict}).</numerusform><numerusform>مُيّز على الرسم: %n نقاط من مجموعة الاختبار من {true} تنبأت الشبكة بأنها {predicted} ({verdict}).</numerusform><numerusform>مُيّز على الرسم: %n نقطة من مجموعة الاختبار من {true} تنبأت الشبكة بأنها {predicted} ({verdict}).</numerusform><numerusform>مُيّز على الرسم: %n نقطة من مجموعة الاختبار من {true} تنبأت الشبكة بأنها {predicted} ({verdict}).</numerusform></translation>
    </message>
    <message>
        <source>right</source>
        <translation>صحيح</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>خطأ</translation>
    </message>
</context>
<context>
    <name>network</name>
    <message>
        <source>params must have {count} layers for this spec; got {value}</source>
        <translation>يجب أن يكون في params {count} طبقات لهذه المواصفة؛ القيمة المعطاة {value}</translation>
    </message>
    <message>
        <source>masks must have {count} layers; got {value}</source>
        <translation>يجب أن يكون في masks {count} طبقات؛ القيمة المعطاة {value}</translation>
    </message>
    <message>
        <source>masks[{layer}] must have shape {shape}; got {value}</source>
        <translation>يجب أن يكون شكل masks[{layer}] هو {shape}؛ القيمة المعطاة {value}</translation>
    </message>
    <message>
        <source>init must be one of {choices}; got {value}</source>
        <translation>يجب أن تكون init واحدة من {choices}؛ القيمة المعطاة {value}</translation>
    </message>
    <message>
        <source>network data must be a dict with spec and params</source>
        <translation>يجب أن تكون بيانات الشبكة قاموسًا فيه spec وparams</translation>
    </message>
    <message>
        <source>network params must be a list of {W, b} per layer</source>
        <translation>يجب أن تكون params الشبكة قائمة من {W, b} لكل طبقة</translation>
    </message>
    <message>
        <source>network params[{layer}] must have W and b</source>
        <translation>يجب أن يكون في params[{layer}] للشبكة W وb</translation>
    </message>
    <message>
        <source>network masks must be a list of 0/1 arrays per layer</source>
        <translation>يجب أن تكون masks الشبكة قائمة من مصفوفات 0/1 لكل طبقة</translation>
    </message>
</context>
<context>
    <name>network_editor</name>
    <message>
        <source>neuron</source>
        <translation>العصبون</translation>
    </message>
    <message>
        <source>Release to remove {neuron}</source>
        <translation>أفلت لإزالة {neuron}</translation>
    </message>
    <message>
        <source>{neuron}: drag it off the network to remove it</source>
        <translation>{neuron}: اسحبه خارج الشبكة لإزالته</translation>
    </message>
    <message>
        <source>Drag the neuron off the network to remove it (or select it and press Delete).</source>
        <translation>اسحب العصبون خارج الشبكة لإزالته (أو حدّده واضغط Delete).</translation>
    </message>
    <message>
        <source>Selected {neuron}: Delete removes it; drag it off the network to remove it too.</source>
        <translation>حُدّد {neuron}: Delete يزيله؛ وسحبه خارج الشبكة يزيله أيضًا.</translation>
    </message>
</context>
<context>
    <name>network_edits</name>
    <message>
        <source>Editing the network is locked in this lesson.</source>
        <translation>تعديل الشبكة مقفل في هذا الدرس.</translation>
    </message>
    <message>
        <source>Weights are edited on one network: turn Compare off first.</source>
        <translation>تُعدَّل الأوزان على شبكة واحدة: أطفئ المقارنة أولًا.</translation>
    </message>
    <message>
        <source>Not added: layer {layer} already has the maximum of {most} neurons.</source>
        <translation>لم يُضَف: في الطبقة {layer} العدد الأقصى من العصبونات ({most}).</translation>
    </message>
    <message>
        <source>Not added: the network already has the maximum of {most} hidden layers.</source>
        <translation>لم تُضَف: في الشبكة العدد الأقصى من الطبقات المخفية ({most}).</translation>
    </message>
    <message>
        <source>Not changed: at least one input feature must stay on.</source>
        <translation>لم يتغيّر: يجب أن تبقى سمة مُدخَل واحدة على الأقل مفعّلة.</translation>
    </message>
</context>
<context>
    <name>neuron_focus</name>
    <message>
        <source>Input {feature} over the plane</source>
        <translation>المُدخَل {feature} على المستوى</translation>
    </message>
    <message>
        <source>{neuron}: its output over the plane</source>
        <translation>{neuron}: مُخرَجه على المستوى</translation>
    </message>
</context>
<context>
    <name>neuron_tiles</name>
    <message>
        <source>FEATURES</source>
        <translation>السمات</translation>
    </message>
    <message>
        <source>{feature} — click to switch this input on or off (starts training again)</source>
        <translation>{feature} — انقر لتشغيل هذا المُدخَل أو إيقافه (يبدأ التدريب من جديد)</translation>
    </message>
    <message>
        <source>{feature} — click to switch this input on or off (keeps what it has learned)</source>
        <translation>{feature} — انقر لتشغيل هذا المُدخَل أو إيقافه (تحتفظ بما تعلّمته)</translation>
    </message>
    <message>
        <source>Neuron {u} of hidden layer {layer}: its output over the plane (blue positive, orange negative)</source>
        <translation>العصبون {u} من الطبقة المخفية {layer}: مُخرَجه على المستوى (الأزرق موجب، البرتقالي سالب)</translation>
    </message>
    <message>
        <source>The output: (1 + ŷ)/2 over the plane, with ŷ = tanh(z) (blue near 1, orange near 0)</source>
        <translation>المُخرَج: (1 + ŷ)/2 على المستوى، حيث ŷ = tanh(z) (الأزرق قرب 1، البرتقالي قرب 0)</translation>
    </message>
    <message>
        <source>Output {u}: the probability of class {name} over the plane</source>
        <translation>المُخرَج {u}: احتمال الفئة {name} على المستوى</translation>
    </message>
    <message>
        <source>The output: the predicted value over the plane (blue high, orange low)</source>
        <translation>المُخرَج: القيمة المتنبأ بها على المستوى (الأزرق مرتفع، البرتقالي منخفض)</translation>
    </message>
    <message>
        <source>The output: the probability of blue over the plane</source>
        <translation>المُخرَج: احتمال الأزرق على المستوى</translation>
    </message>
</context>
<context>
    <name>number_editor</name>
    <message>
        <source>“{text}” is not a number; type one such as {one} or {other}</source>
        <translation>«{text}» ليس عددًا؛ اكتب عددًا مثل {one} أو {other}</translation>
    </message>
    <message>
        <source>a weight must be a finite number, not infinity or NaN</source>
        <translation>يجب أن يكون الوزن عددًا منتهيًا، لا لانهاية ولا NaN</translation>
    </message>
    <message>
        <source>a weight must be between {low} and {high}</source>
        <translation>يجب أن يكون الوزن بين {low} و{high}</translation>
    </message>
    <message>
        <source>Type a number and press Enter; Esc cancels</source>
        <translation>اكتب عددًا واضغط Enter؛ Esc يلغي</translation>
    </message>
    <message>
        <source>This link is disabled: click it to enable it, then edit its weight.</source>
        <translation>هذا الرابط معطّل: انقر عليه لتفعيله، ثم عدّل وزنه.</translation>
    </message>
    <message>
        <source>Weight {link}</source>
        <translation>الوزن {link}</translation>
    </message>
    <message>
        <source>Bias of {neuron}</source>
        <translation>انحياز {neuron}</translation>
    </message>
</context>
<context>
    <name>opening</name>
    <message>
        <source>the file could not be read: {error}</source>
        <translation>تعذّرت قراءة الملف: {error}</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>جارٍ فتح {name}…</translation>
    </message>
    <message>
        <source>opening was interrupted</source>
        <translation>انقطع الفتح</translation>
    </message>
</context>
<context>
    <name>optimizers</name>
    <message>
        <source>optimizer must be one of {choices}; got {value}</source>
        <translation>يجب أن يكون المُحسِّن واحدًا من {choices}؛ القيمة المعطاة {value}</translation>
    </message>
    <message>
        <source>optimizer {name}: bad options {options} ({error})</source>
        <translation>المُحسِّن {name}: خيارات غير صالحة {options} ({error})</translation>
    </message>
</context>
<context>
    <name>output_view</name>
    <message>
        <source>Show test data</source>
        <translation>إظهار بيانات الاختبار</translation>
    </message>
    <message>
        <source>Also draw the test points (hollow shapes), which the network never trains on.</source>
        <translation>رسم نقاط الاختبار أيضًا (أشكال مفرّغة)، وهي نقاط لا تتدرّب عليها الشبكة أبدًا.</translation>
    </message>
    <message>
        <source>Discretize output</source>
        <translation>تقطيع المُخرَج</translation>
    </message>
    <message>
        <source>Colour each place by the class the network picks, instead of shading by how sure it is.</source>
        <translation>تلوين كل موضع بالفئة التي تختارها الشبكة، بدل التظليل حسب درجة ثقتها.</translation>
    </message>
    <message>
        <source>&lt;span style='color:{orange}'&gt;■&lt;/span&gt; −1 &amp;nbsp;&lt;span style='color:#999'&gt;□&lt;/span&gt; 0 &amp;nbsp;&lt;span style='color:{blue}'&gt;■&lt;/span&gt; +1 &amp;nbsp; predicted value</source>
        <translation>&lt;span style='color:{orange}'&gt;■&lt;/span&gt; ‎−1 &amp;nbsp;&lt;span style='color:#999'&gt;□&lt;/span&gt; 0 &amp;nbsp;&lt;span style='color:{blue}'&gt;■&lt;/span&gt; ‎+1 &amp;nbsp; القيمة المتنبأ بها</translation>
    </message>
</context>
<context>
    <name>paint_strokes</name>
    <message numerus="yes">
        <source>paint %n point(s)</source>
        <translation><numerusform>رسم %n نقطة</numerusform><numerusform>رسم %n نقطة</numerusform><numerusform>رسم %n نقطتان</numerusform><numerusform>رسم %n نقاط</numerusform><numerusform>رسم %n نقطة</numerusform><numerusform>رسم %n نقطة</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>erase %n point(s)</source>
        <translation><numerusform>مسح %n نقطة</numerusform><numerusform>مسح %n نقطة</numerusform><numerusform>مسح %n نقطتان</numerusform><numerusform>مسح %n نقاط</numerusform><numerusform>مسح %n نقطة</numerusform><numerusform>مسح %n نقطة</numerusform></translation>
    </message>
</context>
<context>
    <name>paint_tool</name>
    <message>
        <source>Click: add a point
Drag: spray points</source>
        <translation>نقرة: إضافة نقطة
سحب: رشّ نقاط</translation>
    </message>
    <message>
        <source>No points yet:
press ✎ Paint (P)
or import a CSV file</source>
        <translation>لا نقاط بعد:
اضغط ✎ رسم (P)
أو استورد ملف CSV</translation>
    </message>
    <message>
        <source>✎ Paint</source>
        <translation>✎ رسم</translation>
    </message>
    <message>
        <source>Paint your own data on the output (key P): click to add a point, drag to spray. Starting from generated data paints on a copy of its points.</source>
        <translation>ارسم بياناتك الخاصة على المُخرَج (المفتاح P): انقر لإضافة نقطة، واسحب للرشّ. البدء من بيانات مولَّدة يرسم على نسخة من نقاطها.</translation>
    </message>
    <message>
        <source>The value painted points carry, from −1 (orange) to +1 (blue).</source>
        <translation>القيمة التي تحملها النقاط المرسومة، من ‎−1 (برتقالي) إلى ‎+1 (أزرق).</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>الفرشاة</translation>
    </message>
    <message>
        <source>Add points (key B): click for one, drag to spray.</source>
        <translation>إضافة نقاط (المفتاح B): انقر لنقطة واحدة، واسحب للرشّ.</translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation>الممحاة</translation>
    </message>
    <message>
        <source>Remove the points under the circle as you drag (key E).</source>
        <translation>إزالة النقاط تحت الدائرة أثناء السحب (المفتاح E).</translation>
    </message>
    <message>
        <source>The brush and eraser radius, from 0.2 to 3 (the view is 12 wide).</source>
        <translation>نصف قطر الفرشاة والممحاة، من 0.2 إلى 3 (عرض العرض 12).</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>How many points a drag sprays per unit it travels (a click always adds one).</source>
        <translation>عدد النقاط التي يرشّها السحب لكل وحدة يقطعها (النقرة تضيف نقطة واحدة دائمًا).</translation>
    </message>
    <message>
        <source>Density</source>
        <translation>الكثافة</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>Remove all your points (Ctrl+Z brings them back).</source>
        <translation>إزالة كل نقاطك (Ctrl+Z يعيدها).</translation>
    </message>
    <message>
        <source>Value {value}</source>
        <translation>القيمة {value}</translation>
    </message>
    <message>
        <source>&amp;Paint Data</source>
        <translation>رسم البيانات(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Brush</source>
        <translation>الفرشاة(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Eraser</source>
        <translation>الممحاة(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Clear My Points</source>
        <translation>مسح نقاطي(&amp;C)</translation>
    </message>
    <message>
        <source>Paint class {number}</source>
        <translation>رسم الفئة {number}</translation>
    </message>
    <message>
        <source>Class {number} ({colour}) chosen: press P or ✎ Paint to paint it.</source>
        <translation>اختيرت الفئة {number} ({colour}): اضغط P أو ✎ رسم لرسمها.</translation>
    </message>
</context>
<context>
    <name>palette</name>
    <message>
        <source>Hidden layer</source>
        <translation>طبقة مخفية</translation>
    </message>
    <message>
        <source>Neuron</source>
        <translation>عصبون</translation>
    </message>
    <message>
        <source>Links: weights</source>
        <translation>الروابط: الأوزان</translation>
    </message>
    <message>
        <source>Links show their weights: blue positive, orange negative, wider for larger values.</source>
        <translation>تعرض الروابط أوزانها: الأزرق موجب، والبرتقالي سالب، والأعرض للقيم الأكبر.</translation>
    </message>
    <message>
        <source>Links: gradients</source>
        <translation>الروابط: التدرّجات</translation>
    </message>
    <message>
        <source>Links show the last gradient ∂L/∂w: wider where learning happens; blue where the step makes the weight larger, orange smaller.</source>
        <translation>تعرض الروابط آخر تدرّج ∂L/∂w: أعرض حيث يحدث التعلّم؛ أزرق حيث تكبّر الخطوة الوزن، وبرتقالي حيث تصغّره.</translation>
    </message>
    <message>
        <source>Links: plain</source>
        <translation>الروابط: بسيطة</translation>
    </message>
    <message>
        <source>Links are drawn plain, to see the network's structure.</source>
        <translation>تُرسم الروابط بسيطة، لرؤية بنية الشبكة.</translation>
    </message>
    <message>
        <source>Drag onto the network, between two layers, to insert a hidden layer there.</source>
        <translation>اسحب إلى الشبكة، بين طبقتين، لإدراج طبقة مخفية هناك.</translation>
    </message>
    <message>
        <source>Ctrl+Z undoes it.</source>
        <translation>Ctrl+Z يتراجع عنه.</translation>
    </message>
    <message>
        <source>Drag onto a hidden layer to add a neuron to it. Nothing learned is lost: the new neuron starts with random incoming and zero outgoing weights. Ctrl+Z undoes it.</source>
        <translation>اسحب إلى طبقة مخفية لإضافة عصبون إليها. لا يضيع شيء مما تعلّمته: يبدأ العصبون الجديد بأوزان داخلة عشوائية وأوزان خارجة صفرية. Ctrl+Z يتراجع عنه.</translation>
    </message>
    <message>
        <source>What the links show: weights (colour by sign, width by size), the last gradients (where learning happens), or plain lines.</source>
        <translation>ما تعرضه الروابط: الأوزان (اللون حسب الإشارة، والعرض حسب الحجم)، أو آخر التدرّجات (حيث يحدث التعلّم)، أو خطوط بسيطة.</translation>
    </message>
    <message>
        <source>Drag a part from here onto the network · click an input to switch it · click a link to disable or enable it · click a neuron, then Delete, or drag it off the network, to remove it · right-click a layer for its activation · hover a neuron to see its map and formula · double-click a link or a bias to type a number · Ctrl+Z undoes</source>
        <translation>اسحب جزءًا من هنا إلى الشبكة · انقر مُدخَلًا لتبديله · انقر رابطًا لتعطيله أو تفعيله · انقر عصبونًا ثم Delete، أو اسحبه خارج الشبكة، لإزالته · انقر بالزر الأيمن على طبقة لدالة تنشيطها · مرّر المؤشر فوق عصبون لرؤية خريطته وصيغته · انقر مرتين على رابط أو انحياز لكتابة عدد · Ctrl+Z يتراجع</translation>
    </message>
</context>
<context>
    <name>points</name>
    <message>
        <source>scaled to fit the view: x₁ → {x1} × {factor}, x₂ → {x2} × {factor}</source>
        <translation>مُحجَّمة لتلائم العرض: x₁ → {x1} × {factor}، x₂ → {x2} × {factor}</translation>
    </message>
    <message>
        <source>a data set holds at most {limit} points; this would make {count}</source>
        <translation>مجموعة البيانات تحوي {limit} نقطة على الأكثر؛ وهذا سيجعلها {count}</translation>
    </message>
    <message>
        <source>these points are already in the data</source>
        <translation>هذه النقاط موجودة بالفعل في البيانات</translation>
    </message>
</context>
<context>
    <name>project_apply</name>
    <message>
        <source>the project could not be opened: {error}</source>
        <translation>تعذّر فتح المشروع: {error}</translation>
    </message>
</context>
<context>
    <name>project_checks</name>
    <message>
        <source>has unknown fields {names}</source>
        <translation>فيه حقول غير معروفة {names}</translation>
    </message>
    <message>
        <source>is too large or too deeply nested to be a setting</source>
        <translation>أكبر أو أعمق تداخلًا من أن يكون إعدادًا</translation>
    </message>
    <message>
        <source>must be a name of at most {limit} characters; got {value}</source>
        <translation>يجب أن يكون اسمًا من {limit} حرفًا على الأكثر؛ القيمة المعطاة {value}</translation>
    </message>
    <message>
        <source>must be a whole number of at most 19 digits; got {value}</source>
        <translation>يجب أن يكون عددًا صحيحًا من 19 رقمًا على الأكثر؛ القيمة المعطاة {value}</translation>
    </message>
    <message>
        <source>has an unknown field {name}</source>
        <translation>فيه حقل غير معروف {name}</translation>
    </message>
    <message>
        <source>must be a whole number from {low} to {high}; got {value}</source>
        <translation>يجب أن يكون عددًا صحيحًا من {low} إلى {high}؛ القيمة المعطاة {value}</translation>
    </message>
    <message>
        <source>must be text; got {value}</source>
        <translation>يجب أن يكون نصًا؛ القيمة المعطاة {value}</translation>
    </message>
    <message>
        <source>is {length} characters long; at most {limit}</source>
        <translation>طوله {length} حرفًا؛ والحد {limit}</translation>
    </message>
    <message>
        <source>must be a JSON object; got {value}</source>
        <translation>يجب أن يكون كائن JSON؛ القيمة المعطاة {value}</translation>
    </message>
    <message>
        <source>is missing {fields}</source>
        <translation>ينقصه {fields}</translation>
    </message>
    <message>
        <source>must be a list; got {value}</source>
        <translation>يجب أن يكون قائمة؛ القيمة المعطاة {value}</translation>
    </message>
    <message>
        <source>must have {rows} rows for this network; got {count}</source>
        <translation>يجب أن يكون فيه {rows} صفوف لهذه الشبكة؛ القيمة المعطاة {count}</translation>
    </message>
    <message>
        <source>must be a list of {count} numbers; got {value}</source>
        <translation>يجب أن يكون قائمة من {count} أعداد؛ القيمة المعطاة {value}</translation>
    </message>
    <message>
        <source>must hold only numbers; got {value}</source>
        <translation>يجب ألا يحوي إلا أعدادًا؛ القيمة المعطاة {value}</translation>
    </message>
    <message>
        <source>must hold {n} numbers; got {count}</source>
        <translation>يجب أن يحوي {n} أعداد؛ القيمة المعطاة {count}</translation>
    </message>
    <message>
        <source>must be a number; got {value}</source>
        <translation>يجب أن يكون عددًا؛ القيمة المعطاة {value}</translation>
    </message>
    <message>
        <source>holds a number too large to use</source>
        <translation>يحوي عددًا أكبر من أن يُستعمل</translation>
    </message>
    <message>
        <source>holds a number that is not finite</source>
        <translation>يحوي عددًا غير منتهٍ</translation>
    </message>
    <message>
        <source>holds a value beyond ±{bound}</source>
        <translation>يحوي قيمة تتجاوز ±{bound}</translation>
    </message>
</context>
<context>
    <name>project_parts</name>
    <message>
        <source>must be a list of numbers; got {value}</source>
        <translation>يجب أن يكون قائمة أعداد؛ القيمة المعطاة {value}</translation>
    </message>
    <message>
        <source>must be a list of whole numbers; got {value}</source>
        <translation>يجب أن يكون قائمة أعداد صحيحة؛ القيمة المعطاة {value}</translation>
    </message>
    <message>
        <source>must be a list of names; got {value}</source>
        <translation>يجب أن يكون قائمة أسماء؛ القيمة المعطاة {value}</translation>
    </message>
    <message>
        <source>must be true or false; got {value}</source>
        <translation>يجب أن يكون true أو false؛ القيمة المعطاة {value}</translation>
    </message>
    <message>
        <source>must be an object with a kind; got {value}</source>
        <translation>يجب أن يكون كائنًا فيه kind؛ القيمة المعطاة {value}</translation>
    </message>
    <message>
        <source>must be a number; got {value}</source>
        <translation>يجب أن يكون عددًا؛ القيمة المعطاة {value}</translation>
    </message>
    <message>
        <source>must be a whole number; got {value}</source>
        <translation>يجب أن يكون عددًا صحيحًا؛ القيمة المعطاة {value}</translation>
    </message>
    <message>
        <source>must be text; got {value}</source>
        <translation>يجب أن يكون نصًا؛ القيمة المعطاة {value}</translation>
    </message>
    <message>
        <source>the {dataset} dataset is for {task}, not {problem}</source>
        <translation>مجموعة البيانات {dataset} مخصّصة لـ {task}، لا لـ {problem}</translation>
    </message>
    <message>
        <source>generated data keeps no {fields}</source>
        <translation>البيانات المولَّدة لا تحفظ {fields}</translation>
    </message>
    <message>
        <source>is "generated" but settings.data_source is "painted"</source>
        <translation>قيمته "generated" لكن settings.data_source قيمته "painted"</translation>
    </message>
    <message>
        <source>must be "generated" or "points"; got {value}</source>
        <translation>يجب أن يكون "generated" أو "points"؛ القيمة المعطاة {value}</translation>
    </message>
    <message>
        <source>points data needs {fields}</source>
        <translation>بيانات النقاط تحتاج {fields}</translation>
    </message>
    <message>
        <source>must be "classification" or "regression"; got {value}</source>
        <translation>يجب أن يكون "classification" أو "regression"؛ القيمة المعطاة {value}</translation>
    </message>
    <message>
        <source>the points are for {task} but settings.problem is {problem}</source>
        <translation>النقاط مخصّصة لـ {task} لكن settings.problem قيمته {problem}</translation>
    </message>
    <message>
        <source>must hold at least one point</source>
        <translation>يجب أن يحوي نقطة واحدة على الأقل</translation>
    </message>
    <message>
        <source>must be [offset x1, offset x2, factor]; got {value}</source>
        <translation>يجب أن يكون [offset x1, offset x2, factor]؛ القيمة المعطاة {value}</translation>
    </message>
    <message>
        <source>the factor must be above 0; got {value}</source>
        <translation>يجب أن يكون المعامل أكبر من 0؛ القيمة المعطاة {value}</translation>
    </message>
    <message>
        <source>belongs to points data</source>
        <translation>ينتمي إلى بيانات النقاط</translation>
    </message>
    <message>
        <source>repeats the points on show; keep them in X_train and X_test</source>
        <translation>يكرّر النقاط المعروضة؛ احفظها في X_train وX_test</translation>
    </message>
    <message>
        <source>must hold {n} true/false values, one per point</source>
        <translation>يجب أن يحوي {n} قيم true/false، قيمة لكل نقطة</translation>
    </message>
    <message>
        <source>must hold {n} values, one per point; got {count}</source>
        <translation>يجب أن يحوي {n} قيم، قيمة لكل نقطة؛ القيمة المعطاة {count}</translation>
    </message>
    <message>
        <source>must be a class label from 0 to {high}; got {value}</source>
        <translation>يجب أن يكون تسمية فئة من 0 إلى {high}؛ القيمة المعطاة {value}</translation>
    </message>
    <message>
        <source>the network ({network}) does not match the settings ({settings})</source>
        <translation>الشبكة ({network}) لا تطابق الإعدادات ({settings})</translation>
    </message>
    <message>
        <source>must be a list of {count} layers of {{W, b}}; got {value}</source>
        <translation>يجب أن يكون قائمة من {count} طبقات من {{W, b}}؛ القيمة المعطاة {value}</translation>
    </message>
    <message>
        <source>must be a list of {count} layers of 0/1 arrays</source>
        <translation>يجب أن يكون قائمة من {count} طبقات من مصفوفات 0/1</translation>
    </message>
    <message>
        <source>must hold only 0 (link off) and 1 (link on)</source>
        <translation>يجب ألا يحوي إلا 0 (الرابط معطّل) و1 (الرابط مفعّل)</translation>
    </message>
    <message>
        <source>must be a list of rows; got {value}</source>
        <translation>يجب أن يكون قائمة صفوف؛ القيمة المعطاة {value}</translation>
    </message>
    <message>
        <source>holds {count} rows, more than its limit of {limit}</source>
        <translation>فيه {count} صفًا، أكثر من حده البالغ {limit}</translation>
    </message>
    <message>
        <source>must be a list of {count} values ({fields})</source>
        <translation>يجب أن يكون قائمة من {count} قيم ({fields})</translation>
    </message>
    <message>
        <source>must be a finite number or null; got {value}</source>
        <translation>يجب أن يكون عددًا منتهيًا أو null؛ القيمة المعطاة {value}</translation>
    </message>
    <message>
        <source>must be a finite number; got {value}</source>
        <translation>يجب أن يكون عددًا منتهيًا؛ القيمة المعطاة {value}</translation>
    </message>
    <message>
        <source>the epoch must be a whole number from 0 to {high}; got {value}</source>
        <translation>يجب أن تكون الحقبة عددًا صحيحًا من 0 إلى {high}؛ القيمة المعطاة {value}</translation>
    </message>
    <message>
        <source>must list {low} to {high} lanes; got {value}</source>
        <translation>يجب أن يسرد من {low} إلى {high} مسارات؛ القيمة المعطاة {value}</translation>
    </message>
    <message>
        <source>{count} points; at most {limit} are allowed</source>
        <translation>{count} نقطة؛ والمسموح {limit} على الأكثر</translation>
    </message>
</context>
<context>
    <name>project_schema</name>
    <message>
        <source>must not be empty</source>
        <translation>يجب ألا يكون فارغًا</translation>
    </message>
    <message>
        <source>the project is too large: at most {limit} MB</source>
        <translation>المشروع كبير جدًا: {limit} MB على الأكثر</translation>
    </message>
    <message>
        <source>a project comes from a path or text, not {type}</source>
        <translation>يأتي المشروع من مسار أو نص، لا من {type}</translation>
    </message>
    <message>
        <source>the project is too large ({length} characters; at most {limit})</source>
        <translation>المشروع كبير جدًا ({length} حرفًا؛ والحد {limit})</translation>
    </message>
    <message>
        <source>the file is not a project: its data is nested too deeply</source>
        <translation>الملف ليس مشروعًا: بياناته متداخلة بعمق زائد</translation>
    </message>
    <message>
        <source>the project is damaged: {error}</source>
        <translation>المشروع تالف: {error}</translation>
    </message>
    <message>
        <source>this is not an NN Playground project: it holds a JSON {type}, not an object</source>
        <translation>هذا ليس مشروع NN Playground: إنه يحوي {type} في JSON، لا كائنًا</translation>
    </message>
    <message>
        <source>this is not an NN Playground project: it has no "format": "{format}"</source>
        <translation>هذا ليس مشروع NN Playground: لا يحوي "format": "{format}"</translation>
    </message>
    <message>
        <source>this is not an NN Playground project (its format is {format})</source>
        <translation>هذا ليس مشروع NN Playground (صيغته {format})</translation>
    </message>
    <message>
        <source>must be a whole number of at least 1; got {value}</source>
        <translation>يجب أن يكون عددًا صحيحًا لا يقل عن 1؛ القيمة المعطاة {value}</translation>
    </message>
    <message>
        <source>This file was made by a newer NN Playground (format {format}); this version reads format {version}.</source>
        <translation>صُنع هذا الملف بإصدار أحدث من NN Playground (الصيغة {format})؛ وهذا الإصدار يقرأ الصيغة {version}.</translation>
    </message>
    <message>
        <source>the project has unknown parts {names}; allowed: {allowed}</source>
        <translation>في المشروع أجزاء غير معروفة {names}؛ المسموح: {allowed}</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (byte {byte})</source>
        <translation>الملف ليس نص UTF-8 (البايت {byte})</translation>
    </message>
    <message>
        <source>{name} is {size} MB; a project is at most {limit} MB</source>
        <translation>حجم {name} هو {size} MB؛ والمشروع {limit} MB على الأكثر</translation>
    </message>
    <message>
        <source>{path} is a folder, not a project file</source>
        <translation>{path} مجلد وليس ملف مشروع</translation>
    </message>
    <message>
        <source>{name} is too large: a project is at most {limit} MB</source>
        <translation>{name} كبير جدًا: المشروع {limit} MB على الأكثر</translation>
    </message>
    <message>
        <source>cannot read {path}: {error}</source>
        <translation>تتعذّر قراءة {path}: {error}</translation>
    </message>
</context>
<context>
    <name>project_view</name>
    <message>
        <source>has {count} entries; at most {limit}</source>
        <translation>فيه {count} عنصرًا؛ والحد {limit}</translation>
    </message>
    <message>
        <source>has a bad option name {name}</source>
        <translation>فيه اسم خيار غير صالح {name}</translation>
    </message>
    <message>
        <source>must be true/false, a number or a short text; got {value}</source>
        <translation>يجب أن يكون true/false أو عددًا أو نصًا قصيرًا؛ القيمة المعطاة {value}</translation>
    </message>
    <message>
        <source>must be a list of control names; got {value}</source>
        <translation>يجب أن يكون قائمة أسماء عناصر تحكم؛ القيمة المعطاة {value}</translation>
    </message>
    <message>
        <source>unknown control {name}; choose from {choices}</source>
        <translation>عنصر تحكم غير معروف {name}؛ اختر من {choices}</translation>
    </message>
</context>
<context>
    <name>projector</name>
    <message>
        <source>&amp;Projector mode</source>
        <translation>وضع جهاز العرض(&amp;P)</translation>
    </message>
    <message>
        <source>Larger type, thicker lines, bigger points and stronger contrast, for a projector in a lit room ({shortcut})</source>
        <translation>خط أكبر، وخطوط أسمك، ونقاط أكبر، وتباين أقوى، لجهاز عرض في غرفة مضاءة ({shortcut})</translation>
    </message>
</context>
<context>
    <name>qt_check</name>
    <message>
        <source>NN Playground cannot open a window: Qt's X11 support needs system libraries that are not installed.
Install them with:

    sudo apt-get install {packages}

(or run without a screen: QT_QPA_PLATFORM=offscreen)</source>
        <translation>لا يستطيع NN Playground فتح نافذة: دعم X11 في Qt يحتاج مكتبات نظام غير مثبّتة.
ثبّتها بالأمر:

    sudo apt-get install {packages}

(أو شغّله بلا شاشة: QT_QPA_PLATFORM=offscreen)</translation>
    </message>
</context>
<context>
    <name>recent_files</name>
    <message>
        <source>Clear list</source>
        <translation>مسح القائمة</translation>
    </message>
    <message>
        <source>(no recent files)</source>
        <translation>(لا ملفات حديثة)</translation>
    </message>
</context>
<context>
    <name>saving</name>
    <message>
        <source>Could not save: the project holds a value JSON cannot store ({error})</source>
        <translation>تعذّر الحفظ: في المشروع قيمة لا يستطيع JSON تخزينها ({error})</translation>
    </message>
    <message>
        <source>Could not save {file}: the folder {folder} does not exist</source>
        <translation>تعذّر حفظ {file}: المجلد {folder} غير موجود</translation>
    </message>
    <message>
        <source>Could not save {file}: {reason}</source>
        <translation>تعذّر حفظ {file}: {reason}</translation>
    </message>
    <message>
        <source>the file could not be written completely (is the disk full?)</source>
        <translation>تعذّرت كتابة الملف كاملًا (هل القرص ممتلئ؟)</translation>
    </message>
</context>
<context>
    <name>scene_style</name>
    <message numerus="yes">
        <source>%n neuron</source>
        <translation><numerusform>%n عصبون</numerusform><numerusform>%n عصبون</numerusform><numerusform>%n عصبونان</numerusform><numerusform>%n عصبونات</numerusform><numerusform>%n عصبونًا</numerusform><numerusform>%n عصبون</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n neurons</source>
        <translation><numerusform>%n عصبون</numerusform><numerusform>%n عصبون</numerusform><numerusform>%n عصبونان</numerusform><numerusform>%n عصبونات</numerusform><numerusform>%n عصبونًا</numerusform><numerusform>%n عصبون</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n HIDDEN LAYER</source>
        <translation><numerusform>%n طبقة مخفية</numerusform><numerusform>%n طبقة مخفية</numerusform><numerusform>%n طبقتان مخفيتان</numerusform><numerusform>%n طبقات مخفية</numerusform><numerusform>%n طبقةً مخفيةً</numerusform><numerusform>%n طبقة مخفية</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n HIDDEN LAYERS</source>
        <translation><numerusform>%n طبقة مخفية</numerusform><numerusform>%n طبقة مخفية</numerusform><numerusform>%n طبقتان مخفيتان</numerusform><numerusform>%n طبقات مخفية</numerusform><numerusform>%n طبقةً مخفيةً</numerusform><numerusform>%n طبقة مخفية</numerusform></translation>
    </message>
    <message>
        <source>The new layer is as wide as the one before it and starts as the identity, so the network computes the same: exactly with linear, ReLU, leaky ReLU or ELU; nearly with softplus or SiLU (the loss moves by less than a hundredth) and with tanh or sigmoid (by a few hundredths at most). Right-click a layer to insert one with random weights instead.</source>
        <translation>الطبقة الجديدة بعرض الطبقة التي قبلها وتبدأ كدالة الهوية، فتحسب الشبكة الشيء نفسه: تمامًا مع الخطّي وReLU وleaky ReLU وELU؛ وتقريبًا مع softplus وSiLU (تتغيّر الخسارة بأقل من جزء من مئة) ومع tanh والسيغمويد (بجزأين أو ثلاثة من مئة على الأكثر). انقر بالزر الأيمن على طبقة لإدراج طبقة بأوزان عشوائية بدلًا من ذلك.</translation>
    </message>
</context>
<context>
    <name>schedule_editor</name>
    <message>
        <source>Constant</source>
        <translation>ثابت</translation>
    </message>
    <message>
        <source>Step decay</source>
        <translation>تناقص درجي</translation>
    </message>
    <message>
        <source>Exponential</source>
        <translation>أُسّي</translation>
    </message>
    <message>
        <source>Cosine</source>
        <translation>جيب التمام</translation>
    </message>
    <message>
        <source>Every (epochs)</source>
        <translation>كل (حقب)</translation>
    </message>
    <message>
        <source>Step decay: the rate is multiplied by the factor this often.</source>
        <translation>التناقص الدرجي: يُضرب المعدل في المعامل بهذا التكرار.</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>المعامل</translation>
    </message>
    <message>
        <source>Step decay: what each decay multiplies the rate by (0 to 1).</source>
        <translation>التناقص الدرجي: ما يُضرب فيه المعدل عند كل تناقص (من 0 إلى 1).</translation>
    </message>
    <message>
        <source>Factor per epoch</source>
        <translation>المعامل لكل حقبة</translation>
    </message>
    <message>
        <source>Exponential: the rate is multiplied by this every epoch.</source>
        <translation>أُسّي: يُضرب المعدل في هذه القيمة كل حقبة.</translation>
    </message>
    <message>
        <source>Over (epochs)</source>
        <translation>على مدى (حقب)</translation>
    </message>
    <message>
        <source>Cosine: the epochs it takes from the full rate to the minimum.</source>
        <translation>جيب التمام: عدد الحقب من المعدل الكامل إلى الحد الأدنى.</translation>
    </message>
    <message>
        <source>Minimum rate</source>
        <translation>المعدل الأدنى</translation>
    </message>
    <message>
        <source>Cosine: the rate it ends at (never above the learning rate).</source>
        <translation>جيب التمام: المعدل الذي ينتهي عنده (لا يتجاوز معدل التعلّم أبدًا).</translation>
    </message>
    <message>
        <source>Warm-up (epochs)</source>
        <translation>الإحماء (حقب)</translation>
    </message>
    <message>
        <source>Epochs before the schedule starts in which the rate rises in a straight line to the full learning rate (0: none).</source>
        <translation>حقب قبل بدء الجدولة يرتفع فيها المعدل خطيًا حتى معدل التعلّم الكامل (0: بلا).</translation>
    </message>
    <message>
        <source>Schedule kind</source>
        <translation>نوع الجدولة</translation>
    </message>
    <message>
        <source>How the learning rate changes from epoch to epoch</source>
        <translation>كيف يتغيّر معدل التعلّم من حقبة إلى أخرى</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>الجدولة</translation>
    </message>
    <message>
        <source>{kind} schedule</source>
        <translation>جدولة {kind}</translation>
    </message>
    <message>
        <source>{kind} schedule; the current rate is {rate}</source>
        <translation>جدولة {kind}؛ المعدل الحالي {rate}</translation>
    </message>
</context>
<context>
    <name>schedules</name>
    <message>
        <source>{field} must be an integer from {low} to {high}; got {value}</source>
        <translation>يجب أن يكون {field} عددًا صحيحًا من {low} إلى {high}؛ القيمة المعطاة {value}</translation>
    </message>
    <message>
        <source>schedule.kind must be one of {choices}; got {value}</source>
        <translation>يجب أن يكون schedule.kind واحدًا من {choices}؛ القيمة المعطاة {value}</translation>
    </message>
    <message>
        <source>{field} must be a number above {low} to {high}; got {value}</source>
        <translation>يجب أن يكون {field} عددًا أكبر من {low} حتى {high}؛ القيمة المعطاة {value}</translation>
    </message>
    <message>
        <source>{field} must be a number from {low} to {high}; got {value}</source>
        <translation>يجب أن يكون {field} عددًا من {low} إلى {high}؛ القيمة المعطاة {value}</translation>
    </message>
    <message>
        <source>schedule must be an object with a kind; got {value}</source>
        <translation>يجب أن تكون الجدولة كائنًا فيه kind؛ القيمة المعطاة {value}</translation>
    </message>
    <message>
        <source>schedule.{name} is not a parameter of the {kind} schedule (it takes {allowed})</source>
        <translation>schedule.{name} ليس معاملًا لجدولة {kind} (معاملاتها {allowed})</translation>
    </message>
</context>
<context>
    <name>script_export</name>
    <message>
        <source>kind must be one of {choices}; got {value}</source>
        <translation>يجب أن يكون kind واحدًا من {choices}؛ القيمة المعطاة {value}</translation>
    </message>
    <message>
        <source>cannot write {path}: the folder {folder} does not exist</source>
        <translation>تتعذّر كتابة {path}: المجلد {folder} غير موجود</translation>
    </message>
    <message>
        <source>cannot write {path}: {error}</source>
        <translation>تتعذّر كتابة {path}: {error}</translation>
    </message>
</context>
<context>
    <name>script_exports</name>
    <message>
        <source>P&amp;yTorch script…</source>
        <translation>برنامج PyTorch…(&amp;Y)</translation>
    </message>
    <message>
        <source>Save the network, its weights and its data as a PyTorch script (an nn.Module) that prints the figures and can train further</source>
        <translation>حفظ الشبكة وأوزانها وبياناتها كبرنامج PyTorch (nn.Module) يطبع الأرقام ويمكنه متابعة التدريب</translation>
    </message>
    <message>
        <source>N&amp;umPy script…</source>
        <translation>برنامج NumPy…(&amp;U)</translation>
    </message>
    <message>
        <source>Save the network, its weights and its data as a Python script that needs only NumPy</source>
        <translation>حفظ الشبكة وأوزانها وبياناتها كبرنامج Python لا يحتاج إلا NumPy</translation>
    </message>
    <message>
        <source>Cannot export {name}</source>
        <translation>يتعذّر تصدير {name}</translation>
    </message>
    <message>
        <source>Exported {path}</source>
        <translation>صُدِّر {path}</translation>
    </message>
    <message>
        <source>Export a PyTorch script</source>
        <translation>تصدير برنامج PyTorch</translation>
    </message>
    <message>
        <source>Export a NumPy script</source>
        <translation>تصدير برنامج NumPy</translation>
    </message>
    <message>
        <source>Python script (*.py)</source>
        <translation>برنامج Python (*.py)</translation>
    </message>
</context>
<context>
    <name>script_model</name>
    <message>
        <source>hidden layer {layer} uses {what}, which the script export does not know yet</source>
        <translation>الطبقة المخفية {layer} تستعمل {what}، وتصدير البرنامج لا يعرفها بعد</translation>
    </message>
    <message>
        <source>the output uses {what}, which the script export does not know yet</source>
        <translation>المُخرَج يستعمل {what}، وتصدير البرنامج لا يعرفها بعد</translation>
    </message>
    <message>
        <source>the script export does not know the loss {name}</source>
        <translation>تصدير البرنامج لا يعرف الخسارة {name}</translation>
    </message>
    <message>
        <source>the script export does not know the feature {name}</source>
        <translation>تصدير البرنامج لا يعرف السمة {name}</translation>
    </message>
    <message>
        <source>the script export does not know the optimizer {name}</source>
        <translation>تصدير البرنامج لا يعرف المُحسِّن {name}</translation>
    </message>
    <message>
        <source>the script export does not know the learning-rate schedule {name}</source>
        <translation>تصدير البرنامج لا يعرف جدولة معدل التعلّم {name}</translation>
    </message>
    <message>
        <source>the project's data holds no training point (only test points, or none): add training points in the window first</source>
        <translation>بيانات المشروع لا تحوي أي نقطة تدريب (نقاط اختبار فقط أو لا شيء): أضف نقاط تدريب في النافذة أولًا</translation>
    </message>
</context>
<context>
    <name>script_text</name>
    <message>
        <source>cannot write {value} as a number in a script</source>
        <translation>تتعذّر كتابة {value} كعدد في برنامج</translation>
    </message>
</context>
<context>
    <name>selftest</name>
    <message>
        <source>{text} is not a whole number</source>
        <translation>{text} ليس عددًا صحيحًا</translation>
    </message>
    <message>
        <source>{text} is not a number</source>
        <translation>{text} ليس عددًا</translation>
    </message>
    <message>
        <source>must be above 0; got {text}</source>
        <translation>يجب أن يكون أكبر من 0؛ القيمة المعطاة {text}</translation>
    </message>
    <message>
        <source>the bundled lesson to train (its file name or the start of it; default {lesson})</source>
        <translation>الدرس المرفق المراد تدريبه (اسم ملفه أو بدايته؛ الافتراضي {lesson})</translation>
    </message>
    <message>
        <source>how many training steps (batches) to train (default {steps})</source>
        <translation>عدد خطوات التدريب (الدفعات) (الافتراضي {steps})</translation>
    </message>
    <message>
        <source>keep the exported pictures in this folder (default: a temporary one, removed)</source>
        <translation>الاحتفاظ بالصور المصدَّرة في هذا المجلد (الافتراضي: مجلد مؤقت يُحذف)</translation>
    </message>
    <message>
        <source>give up on a step that takes longer than this (default {seconds})</source>
        <translation>التخلي عن خطوة تستغرق أطول من هذا (الافتراضي {seconds})</translation>
    </message>
</context>
<context>
    <name>session</name>
    <message>
        <source>the saved network does not match the saved settings</source>
        <translation>الشبكة المحفوظة لا تطابق الإعدادات المحفوظة</translation>
    </message>
    <message>
        <source>the {dataset} dataset is for {task}, not {problem}</source>
        <translation>مجموعة البيانات {dataset} مخصّصة لـ {task}، لا لـ {problem}</translation>
    </message>
    <message>
        <source>hidden layer must be from 1 to {layers}; got {layer}</source>
        <translation>يجب أن تكون الطبقة المخفية من 1 إلى {layers}؛ القيمة المعطاة {layer}</translation>
    </message>
    <message>
        <source>the network has no hidden layers</source>
        <translation>لا طبقات مخفية في الشبكة</translation>
    </message>
    <message>
        <source>the network already has the maximum of {layers} hidden layers</source>
        <translation>في الشبكة العدد الأقصى من الطبقات المخفية ({layers})</translation>
    </message>
    <message>
        <source>there is no hidden layer to remove</source>
        <translation>لا توجد طبقة مخفية لإزالتها</translation>
    </message>
    <message>
        <source>hidden layer {layer} already has the maximum of {units} neurons</source>
        <translation>في الطبقة المخفية {layer} العدد الأقصى من العصبونات ({units})</translation>
    </message>
    <message>
        <source>at least one input feature must stay on</source>
        <translation>يجب أن تبقى سمة مُدخَل واحدة على الأقل مفعّلة</translation>
    </message>
    <message>
        <source>weights are edited on one network; turn Compare off first</source>
        <translation>تُعدَّل الأوزان على شبكة واحدة؛ أطفئ المقارنة أولًا</translation>
    </message>
    <message>
        <source>the timeline follows the main network; turn Compare off first</source>
        <translation>الخط الزمني يتبع الشبكة الرئيسية؛ أطفئ المقارنة أولًا</translation>
    </message>
</context>
<context>
    <name>session_data</name>
    <message>
        <source>painted points must lie inside the view</source>
        <translation>يجب أن تقع النقاط المرسومة داخل العرض</translation>
    </message>
    <message>
        <source>a class is from 1 to {high}</source>
        <translation>الفئة من 1 إلى {high}</translation>
    </message>
    <message>
        <source>a painted value must be a number</source>
        <translation>يجب أن تكون القيمة المرسومة عددًا</translation>
    </message>
</context>
<context>
    <name>setting_undo</name>
    <message>
        <source>change the learning-rate schedule</source>
        <translation>تغيير جدولة معدل التعلّم</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>Max</source>
        <translation>القصوى</translation>
    </message>
    <message>
        <source>settings must be a JSON object</source>
        <translation>يجب أن يكون settings كائن JSON</translation>
    </message>
    <message>
        <source>settings: unknown fields {fields}</source>
        <translation>settings: حقول غير معروفة {fields}</translation>
    </message>
    <message>
        <source>{field} must be a list</source>
        <translation>يجب أن يكون {field} قائمة</translation>
    </message>
    <message>
        <source>{field} must be one of {choices}; got {value}</source>
        <translation>يجب أن يكون {field} واحدًا من {choices}؛ القيمة المعطاة {value}</translation>
    </message>
    <message>
        <source>{field} must be from {least} to {most}; got {value}</source>
        <translation>يجب أن يكون {field} بين {least} و{most}؛ القيمة المعطاة {value}</translation>
    </message>
    <message>
        <source>{field} must be an integer from {least} to {most}; got {value}</source>
        <translation>يجب أن يكون {field} عددًا صحيحًا من {least} إلى {most}؛ القيمة المعطاة {value}</translation>
    </message>
    <message>
        <source>{field} must be an integer &gt;= 0; got {value}</source>
        <translation>يجب أن يكون {field} عددًا صحيحًا &gt;= 0؛ القيمة المعطاة {value}</translation>
    </message>
    <message>
        <source>{field} must be 0 (the dataset's default) or from {least} to {most}; got {value}</source>
        <translation>يجب أن يكون {field} صفرًا (القيمة الافتراضية لمجموعة البيانات) أو بين {least} و{most}؛ القيمة المعطاة {value}</translation>
    </message>
    <message>
        <source>{field} must be a number above 0 and at most {most}; got {value}</source>
        <translation>يجب أن يكون {field} عددًا أكبر من 0 ولا يتجاوز {most}؛ القيمة المعطاة {value}</translation>
    </message>
    <message>
        <source>{field} must be up to {layers} layers of 1 to {most} neurons; got {value}</source>
        <translation>يجب ألا يتجاوز {field} ‏{layers} طبقات من 1 إلى {most} عصبونات؛ القيمة المعطاة {value}</translation>
    </message>
    <message>
        <source>{field} must list at least one feature</source>
        <translation>يجب أن يذكر {field} سمة واحدة على الأقل</translation>
    </message>
    <message>
        <source>{field} must name one activation per hidden layer ({choices}); got {value}</source>
        <translation>يجب أن يسمّي {field} دالة تنشيط واحدة لكل طبقة مخفية ({choices})؛ القيمة المعطاة {value}</translation>
    </message>
    <message>
        <source>{field} must give one rate from 0 to {most} per hidden layer; got {value}</source>
        <translation>يجب أن يعطي {field} معدلًا من 0 إلى {most} لكل طبقة مخفية؛ القيمة المعطاة {value}</translation>
    </message>
    <message>
        <source>{field} must be true or false; got {value}</source>
        <translation>يجب أن يكون {field} ‏true أو false؛ القيمة المعطاة {value}</translation>
    </message>
</context>
<context>
    <name>settings_info</name>
    <message>
        <source>Learning rate</source>
        <translation>معدل التعلّم</translation>
    </message>
    <message>
        <source>How big a step each weight takes against its gradient. Too large and training diverges. Changing it keeps the weights and the epoch count; the next step uses it.</source>
        <translation>حجم الخطوة التي يخطوها كل وزن عكس تدرّجه. إذا كان كبيرًا جدًا تباعَد التدريب. تغييره يُبقي الأوزان وعدد الحقب؛ وتستعمله الخطوة التالية.</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>دالة التنشيط</translation>
    </message>
    <message>
        <source>The function every hidden neuron applies to its weighted sum. Choosing one here starts again with fresh weights and this activation in every layer; right-click a layer in the network to change just that layer, keeping what it has learned.</source>
        <translation>الدالة التي يطبّقها كل عصبون مخفي على مجموعه الموزون. اختيارها هنا يبدأ من جديد بأوزان جديدة وبهذه الدالة في كل طبقة؛ انقر بالزر الأيمن على طبقة في الشبكة لتغيير تلك الطبقة وحدها مع الإبقاء على ما تعلّمته.</translation>
    </message>
    <message>
        <source>Regularization</source>
        <translation>التنظيم</translation>
    </message>
    <message>
        <source>A penalty on large weights. L1 pulls every weight towards zero by the same amount, and a weight it carries across zero is set to exactly 0, so weights that do not help end at 0; L2 shrinks weights in proportion to their size, so they get small but not zero. Changing it keeps the weights and the epoch count (TensorFlow Playground starts again here).</source>
        <translation>عقوبة على الأوزان الكبيرة. L1 يسحب كل وزن نحو الصفر بالمقدار نفسه، والوزن الذي يعبر به الصفر يُضبط على 0 تمامًا، فتنتهي الأوزان غير المفيدة عند 0؛ أما L2 فيقلّص الأوزان بنسبة حجمها، فتصغر دون أن تصير صفرًا. تغييره يُبقي الأوزان وعدد الحقب (TensorFlow Playground يبدأ من جديد هنا).</translation>
    </message>
    <message>
        <source>Regularization rate</source>
        <translation>معدل التنظيم</translation>
    </message>
    <message>
        <source>How strong the penalty on weights is. Changing it keeps the weights and the epoch count (TensorFlow Playground starts again here).</source>
        <translation>مدى شدة العقوبة على الأوزان. تغييره يُبقي الأوزان وعدد الحقب (TensorFlow Playground يبدأ من جديد هنا).</translation>
    </message>
    <message>
        <source>Problem type</source>
        <translation>نوع المسألة</translation>
    </message>
    <message>
        <source>Classification predicts a class; regression predicts a number. Changing it starts again.</source>
        <translation>التصنيف يتنبأ بفئة؛ والانحدار يتنبأ بعدد. تغييره يبدأ من جديد.</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>الخسارة</translation>
    </message>
    <message>
        <source>Cross-entropy: a sigmoid output and the log loss, which punishes a confident mistake hard. TF Playground: TensorFlow Playground's tanh output, labels ±1 and ½ squared error, its starting weights, L1 rule and fixed order of the training points (with more than two classes: softmax and cross-entropy). Changing it starts again.</source>
        <translation>الإنتروبيا المتقاطعة: مُخرَج بالسيغمويد وخسارة لوغاريتمية تعاقب الخطأ الواثق بشدة. TF Playground: مُخرَج tanh كما في TensorFlow Playground، وتسميات ‎±1 ونصف الخطأ التربيعي، وأوزانه الابتدائية، وقاعدة L1 فيه، وترتيب ثابت لنقاط التدريب (مع أكثر من فئتين: softmax والإنتروبيا المتقاطعة). تغييرها يبدأ من جديد.</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>المُحسِّن</translation>
    </message>
    <message>
        <source>The rule that turns gradients into weight changes. Changing it keeps the weights; the optimizer's own memory (momentum) starts from zero.</source>
        <translation>القاعدة التي تحوّل التدرّجات إلى تغييرات في الأوزان. تغييره يُبقي الأوزان؛ وذاكرة المُحسِّن الخاصة (الزخم) تبدأ من الصفر.</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>حجم الدفعة</translation>
    </message>
    <message>
        <source>How many training points are averaged for each weight update. Changing it keeps the weights and the epoch count (TensorFlow Playground starts again here).</source>
        <translation>عدد نقاط التدريب التي يؤخذ متوسطها لكل تحديث للأوزان. تغييره يُبقي الأوزان وعدد الحقب (TensorFlow Playground يبدأ من جديد هنا).</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>السرعة</translation>
    </message>
    <message>
        <source>Epochs trained per displayed frame: 1× is TensorFlow Playground's pace (about 60 epochs a second), 10× ten epochs a frame; Max trains as fast as the machine allows. An epoch that takes longer than a tenth of a second (large data) shows as it goes.</source>
        <translation>الحقب المدرَّبة لكل إطار معروض: ‎1× هي وتيرة TensorFlow Playground (نحو 60 حقبة في الثانية)، و‎10× عشر حقب لكل إطار؛ و«القصوى» تدرّب بأسرع ما يسمح به الجهاز. الحقبة التي تستغرق أكثر من عُشر ثانية (بيانات كبيرة) تُعرض أثناء سيرها.</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>مجموعة البيانات</translation>
    </message>
    <message>
        <source>Which data to learn. Changing it starts again.</source>
        <translation>البيانات المراد تعلّمها. تغييرها يبدأ من جديد.</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>الضوضاء</translation>
    </message>
    <message>
        <source>How much the data is blurred or mislabelled (0 to 50 %). Starts again.</source>
        <translation>مقدار تشويش البيانات أو خطأ تسمياتها (من 0 إلى 50 %). يبدأ من جديد.</translation>
    </message>
    <message>
        <source>Training data</source>
        <translation>بيانات التدريب</translation>
    </message>
    <message>
        <source>The share of points used for training; the rest tests the network. Starts again.</source>
        <translation>نسبة النقاط المستعملة للتدريب؛ والباقي يختبر الشبكة. يبدأ من جديد.</translation>
    </message>
    <message>
        <source>Data seed</source>
        <translation>بذرة البيانات</translation>
    </message>
    <message>
        <source>Which random draw of the data. Regenerate picks a new one.</source>
        <translation>أي سحب عشوائي للبيانات. «إعادة التوليد» تختار سحبًا جديدًا.</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>النقاط</translation>
    </message>
    <message>
        <source>How many points the dataset generator draws, training and test together. Starts again.</source>
        <translation>عدد النقاط التي يسحبها مولّد مجموعة البيانات، للتدريب والاختبار معًا. يبدأ من جديد.</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>مصدر البيانات</translation>
    </message>
    <message>
        <source>A dataset generator, or your own points (painted on the output or imported from a CSV file). Switching keeps the network as it is.</source>
        <translation>مولّد مجموعة بيانات، أو نقاطك الخاصة (مرسومة على المُخرَج أو مستوردة من ملف CSV). التبديل يُبقي الشبكة كما هي.</translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation>الطبقات المخفية</translation>
    </message>
    <message>
        <source>The hidden layers' sizes. Changing them edits the network in place and keeps what it has learned; Reset starts again with fresh weights.</source>
        <translation>أحجام الطبقات المخفية. تغييرها يعدّل الشبكة في مكانها ويُبقي ما تعلّمته؛ «إعادة التعيين» تبدأ من جديد بأوزان جديدة.</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>السمات</translation>
    </message>
    <message>
        <source>Which input features feed the network. Switching one keeps what the network has learned (a new input starts with zero weights); Reset starts again.</source>
        <translation>سمات المُدخَل التي تغذّي الشبكة. تبديل إحداها يُبقي ما تعلّمته الشبكة (المُدخَل الجديد يبدأ بأوزان صفرية)؛ «إعادة التعيين» تبدأ من جديد.</translation>
    </message>
    <message>
        <source>Weight seed</source>
        <translation>بذرة الأوزان</translation>
    </message>
    <message>
        <source>Which random draw of initial weights; reset picks a new one.</source>
        <translation>أي سحب عشوائي للأوزان الابتدائية؛ إعادة التعيين تختار سحبًا جديدًا.</translation>
    </message>
    <message>
        <source>Stop at epoch</source>
        <translation>التوقف عند الحقبة</translation>
    </message>
    <message>
        <source>Pause when this epoch is reached (0: never).</source>
        <translation>إيقاف مؤقت عند بلوغ هذه الحقبة (0: أبدًا).</translation>
    </message>
    <message>
        <source>Stop when stuck</source>
        <translation>التوقف عند التعثّر</translation>
    </message>
    <message>
        <source>Pause when the test loss has not improved (by more than 0.1 %) for this many epochs (0: never).</source>
        <translation>إيقاف مؤقت عندما لا تتحسّن خسارة الاختبار (بأكثر من 0.1 %) طوال هذا العدد من الحقب (0: أبدًا).</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>الجدولة</translation>
    </message>
    <message>
        <source>How the learning rate changes as training goes on: constant, step decay, exponential or cosine, after an optional linear warm-up. It is a function of the epoch: rewinding puts back the rate of the epoch shown.</source>
        <translation>كيف يتغيّر معدل التعلّم مع تقدّم التدريب: ثابت، أو تناقص درجي، أو أُسّي، أو جيب التمام، بعد إحماء خطّي اختياري. إنه دالة في الحقبة: الرجوع بالزمن يعيد معدل الحقبة المعروضة.</translation>
    </message>
    <message>
        <source>Restore the best</source>
        <translation>استعادة الأفضل</translation>
    </message>
    <message>
        <source>When training stops because the test loss has stopped improving, go back to the weights of the epoch with the best test loss (the later epochs stay on the timeline).</source>
        <translation>عندما يتوقف التدريب لأن خسارة الاختبار كفّت عن التحسّن، العودة إلى أوزان الحقبة ذات أفضل خسارة اختبار (تبقى الحقب اللاحقة على الخط الزمني).</translation>
    </message>
</context>
<context>
    <name>spec</name>
    <message>
        <source>{field} has unknown keys {keys}; allowed: {allowed}</source>
        <translation>في {field} مفاتيح غير معروفة {keys}؛ المسموح: {allowed}</translation>
    </message>
    <message>
        <source>spec must be a dict with features, hidden and output; got {type}</source>
        <translation>يجب أن تكون spec قاموسًا فيه features وhidden وoutput؛ القيمة المعطاة {type}</translation>
    </message>
    <message>
        <source>spec has unknown fields {fields}; allowed: features, hidden, output</source>
        <translation>في spec حقول غير معروفة {fields}؛ المسموح: features، hidden، output</translation>
    </message>
    <message>
        <source>spec.features must be a non-empty list of {choices}</source>
        <translation>يجب أن تكون spec.features قائمة غير فارغة من {choices}</translation>
    </message>
    <message>
        <source>spec.features: unknown feature {name}; choose from {choices}</source>
        <translation>spec.features: سمة غير معروفة {name}؛ اختر من {choices}</translation>
    </message>
    <message>
        <source>spec.features lists a feature twice: {features}</source>
        <translation>spec.features تذكر سمة مرتين: {features}</translation>
    </message>
    <message>
        <source>spec.hidden must be a list of {'units': n, 'activation': name}</source>
        <translation>يجب أن تكون spec.hidden قائمة من {'units': n, 'activation': name}</translation>
    </message>
    <message>
        <source>spec.hidden: at most {limit} hidden layers; got {count}</source>
        <translation>spec.hidden: {limit} طبقات مخفية على الأكثر؛ القيمة المعطاة {count}</translation>
    </message>
    <message>
        <source>{field} must be a dict with units and activation</source>
        <translation>يجب أن يكون {field} قاموسًا فيه units وactivation</translation>
    </message>
    <message>
        <source>{field}.units must be an integer from 1 to {high}; got {value}</source>
        <translation>يجب أن يكون {field}.units عددًا صحيحًا من 1 إلى {high}؛ القيمة المعطاة {value}</translation>
    </message>
    <message>
        <source>{field}.activation must be one of {choices}; got {value}</source>
        <translation>يجب أن يكون {field}.activation واحدًا من {choices}؛ القيمة المعطاة {value}</translation>
    </message>
    <message>
        <source>{field}.dropout must be a number from 0 to {high}; got {value}</source>
        <translation>يجب أن يكون {field}.dropout عددًا من 0 إلى {high}؛ القيمة المعطاة {value}</translation>
    </message>
    <message>
        <source>spec.output.kind must be one of {choices}; got {value}</source>
        <translation>يجب أن يكون spec.output.kind واحدًا من {choices}؛ القيمة المعطاة {value}</translation>
    </message>
    <message>
        <source>spec.output.classes must be an integer from {low} to {high} for multiclass; got {value}</source>
        <translation>يجب أن يكون spec.output.classes عددًا صحيحًا من {low} إلى {high} لـ multiclass؛ القيمة المعطاة {value}</translation>
    </message>
    <message>
        <source>spec.output.classes applies only to multiclass, not {kind}</source>
        <translation>spec.output.classes لا ينطبق إلا على multiclass، لا على {kind}</translation>
    </message>
    <message>
        <source>spec.output.loss must be one of {choices}; got {value}</source>
        <translation>يجب أن يكون spec.output.loss واحدًا من {choices}؛ القيمة المعطاة {value}</translation>
    </message>
    <message>
        <source>spec.output.loss 'tfp' (TensorFlow Playground's tanh output and squared error) is for binary output only, not {kind}</source>
        <translation>spec.output.loss 'tfp' (مُخرَج tanh والخطأ التربيعي كما في TensorFlow Playground) للمُخرَج الثنائي فقط، لا لـ {kind}</translation>
    </message>
</context>
<context>
    <name>stopping</name>
    <message>
        <source>Paused at epoch {epoch}: the stop-at-epoch setting is {stop}.</source>
        <translation>إيقاف مؤقت عند الحقبة {epoch}: إعداد «التوقف عند الحقبة» هو {stop}.</translation>
    </message>
    <message>
        <source>Paused at epoch {epoch}: the test loss has not improved for {patience} epochs (best {loss} at epoch {best_epoch}).</source>
        <translation>إيقاف مؤقت عند الحقبة {epoch}: لم تتحسّن خسارة الاختبار منذ {patience} حقبة (الأفضل {loss} عند الحقبة {best_epoch}).</translation>
    </message>
    <message>
        <source>Stopped at epoch {epoch}: the test loss had not improved for {patience} epochs; restored the weights of epoch {best_epoch} (test loss {loss}).</source>
        <translation>توقّف عند الحقبة {epoch}: لم تتحسّن خسارة الاختبار منذ {patience} حقبة؛ استُعيدت أوزان الحقبة {best_epoch} (خسارة الاختبار {loss}).</translation>
    </message>
</context>
<context>
    <name>teacher_dialog</name>
    <message>
        <source>&lt;p&gt;What this lesson is about, in one or two sentences.&lt;/p&gt;&lt;h4&gt;Try&lt;/h4&gt;&lt;ol&gt;&lt;li&gt;Press &lt;b&gt;Play&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Change one thing and play again.&lt;/li&gt;&lt;/ol&gt;&lt;h4&gt;Notice&lt;/h4&gt;&lt;p&gt;What should the students see?&lt;/p&gt;&lt;h4&gt;Question&lt;/h4&gt;&lt;p&gt;A question to answer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;موضوع هذا الدرس، في جملة أو جملتين.&lt;/p&gt;&lt;h4&gt;جرّب&lt;/h4&gt;&lt;ol&gt;&lt;li&gt;اضغط &lt;b&gt;تشغيل&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;غيّر شيئًا واحدًا وشغّل مرة أخرى.&lt;/li&gt;&lt;/ol&gt;&lt;h4&gt;لاحظ&lt;/h4&gt;&lt;p&gt;ماذا ينبغي أن يرى الطلاب؟&lt;/p&gt;&lt;h4&gt;سؤال&lt;/h4&gt;&lt;p&gt;سؤال للإجابة عنه.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Teacher mode: make a lesson</source>
        <translation>وضع المعلّم: إعداد درس</translation>
    </message>
    <message>
        <source>The lesson keeps the playground &lt;b&gt;as it is now&lt;/b&gt;: data, network, weights and settings. Write what students should do, choose what they may change, and save.</source>
        <translation>يحفظ الدرس ساحة اللعب &lt;b&gt;كما هي الآن&lt;/b&gt;: البيانات والشبكة والأوزان والإعدادات. اكتب ما ينبغي أن يفعله الطلاب، واختر ما يجوز لهم تغييره، ثم احفظ.</translation>
    </message>
    <message>
        <source>Lesson title, e.g. 3. Why XOR needs a hidden layer</source>
        <translation>عنوان الدرس، مثلًا 3. لماذا يحتاج XOR إلى طبقة مخفية</translation>
    </message>
    <message>
        <source>B</source>
        <comment>the Bold button's letter</comment>
        <translation>غ</translation>
    </message>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation>غامق (Ctrl+B)</translation>
    </message>
    <message>
        <source>I</source>
        <comment>the Italic button's letter</comment>
        <translation>م</translation>
    </message>
    <message>
        <source>Italic (Ctrl+I)</source>
        <translation>مائل (Ctrl+I)</translation>
    </message>
    <message>
        <source>H</source>
        <comment>the Heading button's letter</comment>
        <translation>ع</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Plain paragraph</source>
        <translation>فقرة عادية</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>قائمة نقطية</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>قائمة مرقّمة</translation>
    </message>
    <message>
        <source>Instructions for the students</source>
        <translation>تعليمات للطلاب</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>عنصر التحكم</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>إخفاء</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>قفل</translation>
    </message>
    <message>
        <source>Students do not see “{control}”</source>
        <translation>لا يرى الطلاب «{control}»</translation>
    </message>
    <message>
        <source>Students see “{control}” but cannot change it</source>
        <translation>يرى الطلاب «{control}» لكن لا يستطيعون تغييره</translation>
    </message>
    <message>
        <source>The network diagram always shows; lock it instead</source>
        <translation>مخطط الشبكة يظهر دائمًا؛ اقفله بدلًا من ذلك</translation>
    </message>
    <message>
        <source>What students may change</source>
        <translation>ما يجوز للطلاب تغييره</translation>
    </message>
    <message>
        <source>Try it here</source>
        <translation>جرّبه هنا</translation>
    </message>
    <message>
        <source>Show the instructions and apply the hidden and locked controls in this window</source>
        <translation>إظهار التعليمات وتطبيق عناصر التحكم المخفية والمقفلة في هذه النافذة</translation>
    </message>
    <message>
        <source>Preview as student</source>
        <translation>معاينة كطالب</translation>
    </message>
    <message>
        <source>Open the lesson in this window exactly as students get it: its start state, its locks and its instructions. Back to editing (a button above the instructions) brings your work and this dialog back as they were; the undo history starts afresh</source>
        <translation>فتح الدرس في هذه النافذة تمامًا كما يراه الطلاب: حالة بدايته وأقفاله وتعليماته. «العودة إلى التحرير» (زر فوق التعليمات) يعيد عملك وهذه النافذة كما كانا؛ ويبدأ سجل التراجع من جديد</translation>
    </message>
    <message>
        <source>Save lesson…</source>
        <translation>حفظ الدرس…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Students may leave the lesson freely again</source>
        <translation>يمكن للطلاب مغادرة الدرس بحرية من جديد</translation>
    </message>
    <message>
        <source>Remove the password</source>
        <translation>إزالة كلمة المرور</translation>
    </message>
    <message>
        <source>Password on the locks: &lt;b&gt;set&lt;/b&gt;.</source>
        <translation>كلمة مرور على الأقفال: &lt;b&gt;معيّنة&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>تغيير كلمة المرور…</translation>
    </message>
    <message>
        <source>No password: students may leave the lesson.</source>
        <translation>بلا كلمة مرور: يمكن للطلاب مغادرة الدرس.</translation>
    </message>
    <message>
        <source>Set password…</source>
        <translation>تعيين كلمة المرور…</translation>
    </message>
    <message>
        <source>Give the lesson a title first.</source>
        <translation>أعطِ الدرس عنوانًا أولًا.</translation>
    </message>
    <message>
        <source>Applied to this window. Open a project or choose New to lift the restrictions.</source>
        <translation>طُبّق على هذه النافذة. افتح مشروعًا أو اختر «جديد» لرفع القيود.</translation>
    </message>
    <message>
        <source>Save lesson</source>
        <translation>حفظ الدرس</translation>
    </message>
    <message>
        <source>Could not save the lesson: {error}</source>
        <translation>تعذّر حفظ الدرس: {error}</translation>
    </message>
    <message>
        <source>Saved {path}. Students open it with File → Open or by dropping it on the window.</source>
        <translation>حُفظ {path}. يفتحه الطلاب عبر ملف ← فتح أو بإفلاته على النافذة.</translation>
    </message>
    <message>
        <source>&amp;Teacher mode…</source>
        <translation>وضع المعلّم…(&amp;T)</translation>
    </message>
    <message>
        <source>Write instructions, hide or lock controls, and save the playground as a lesson</source>
        <translation>كتابة التعليمات، وإخفاء عناصر التحكم أو قفلها، وحفظ ساحة اللعب كدرس</translation>
    </message>
    <message>
        <source>Type it to edit the lesson.</source>
        <translation>اكتبها لتحرير الدرس.</translation>
    </message>
</context>
<context>
    <name>threads</name>
    <message>
        <source>blas_threads must be None or an integer of at least 1; got {value}</source>
        <translation>يجب أن تكون blas_threads قيمة None أو عددًا صحيحًا لا يقل عن 1؛ القيمة المعطاة {value}</translation>
    </message>
</context>
<context>
    <name>timeline</name>
    <message>
        <source>Rewound: the network, its weights and the boundary as they were at that epoch. Resume from here (or Play) continues from it and replaces the later epochs; Back to latest returns.</source>
        <translation>رجوع بالزمن: الشبكة وأوزانها وحدّ القرار كما كانت عند تلك الحقبة. «المتابعة من هنا» (أو تشغيل) تتابع منها وتستبدل الحقب اللاحقة؛ و«العودة إلى الأحدث» ترجعك.</translation>
    </message>
    <message>
        <source>Rewind now starts at epoch {epoch}, where the network changed: the epochs before it were trained by the network as it was, so they cannot be shown on this one.</source>
        <translation>الرجوع بالزمن يبدأ الآن من الحقبة {epoch}، حيث تغيّرت الشبكة: الحقب التي قبلها درّبتها الشبكة كما كانت، فلا يمكن عرضها على هذه.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>الخط الزمني</translation>
    </message>
    <message>
        <source>Rewind: drag to see the network, its weights and the boundary as they were at that epoch. Training pauses. Keys when the slider has focus: ←/→ one epoch, Page Up/Down ten, Home the first, End the latest.</source>
        <translation>الرجوع بالزمن: اسحب لرؤية الشبكة وأوزانها وحدّ القرار كما كانت عند تلك الحقبة. يتوقف التدريب مؤقتًا. المفاتيح عندما يكون التركيز على المنزلق: ←/→ حقبة واحدة، Page Up/Down عشر حقب، Home الأولى، End الأحدث.</translation>
    </message>
    <message>
        <source>Rewind</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>epoch {epoch}</source>
        <translation>الحقبة {epoch}</translation>
    </message>
    <message>
        <source>epoch {epoch} (latest)</source>
        <translation>الحقبة {epoch} (الأحدث)</translation>
    </message>
    <message>
        <source>The epoch on show, and the newest one trained.</source>
        <translation>الحقبة المعروضة، وأحدث حقبة مدرَّبة.</translation>
    </message>
    <message>
        <source>Resume from here</source>
        <translation>المتابعة من هنا</translation>
    </message>
    <message>
        <source>Continue training from the epoch on show, from exactly its state. The epochs after it are replaced by the new training. (Play does the same.)</source>
        <translation>متابعة التدريب من الحقبة المعروضة، من حالتها بالضبط. تُستبدل الحقب التي بعدها بالتدريب الجديد. (تشغيل يفعل الشيء نفسه.)</translation>
    </message>
    <message>
        <source>Back to latest</source>
        <translation>العودة إلى الأحدث</translation>
    </message>
    <message>
        <source>Show the newest state again, as if you had never rewound (End).</source>
        <translation>عرض أحدث حالة من جديد، كأنك لم ترجع بالزمن قط (End).</translation>
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
        <translation>{count} نقطة حفظ، {size}</translation>
    </message>
    <message numerus="yes">
        <source>{count} checkpoints, {size}</source>
        <translation><numerusform>{count} نقطة حفظ، {size}</numerusform><numerusform>{count} نقطة حفظ، {size}</numerusform><numerusform>{count} نقطتا حفظ، {size}</numerusform><numerusform>{count} نقاط حفظ، {size}</numerusform><numerusform>{count} نقطة حفظ، {size}</numerusform><numerusform>{count} نقطة حفظ، {size}</numerusform></translation>
    </message>
    <message>
        <source>epoch {epoch} of {latest} …</source>
        <translation>الحقبة {epoch} من {latest} …</translation>
    </message>
    <message>
        <source>epoch {epoch} of {latest}</source>
        <translation>الحقبة {epoch} من {latest}</translation>
    </message>
    <message>
        <source>Rewind &amp;one epoch</source>
        <translation>رجوع حقبة واحدة(&amp;O)</translation>
    </message>
    <message>
        <source>Show the epoch before the one on show (training pauses)</source>
        <translation>عرض الحقبة التي قبل المعروضة (يتوقف التدريب مؤقتًا)</translation>
    </message>
    <message>
        <source>Resume &amp;from here</source>
        <translation>المتابعة من هنا(&amp;F)</translation>
    </message>
    <message>
        <source>Back to &amp;latest</source>
        <translation>العودة إلى الأحدث(&amp;L)</translation>
    </message>
</context>
<context>
    <name>top_bar</name>
    <message>
        <source>Regularization, rate</source>
        <translation>التنظيم، المعدل</translation>
    </message>
    <message>
        <source>The hidden layers use different activations (each is named under its layer in the network). Choose one here to give it to every layer; that resets the network.</source>
        <translation>الطبقات المخفية تستعمل دوال تنشيط مختلفة (اسم كل منها تحت طبقتها في الشبكة). اختر واحدة هنا لتعطيها لكل الطبقات؛ وهذا يعيد تعيين الشبكة.</translation>
    </message>
    <message>
        <source>Reset the network: fresh random weights, back to epoch 0 (R)</source>
        <translation>إعادة تعيين الشبكة: أوزان عشوائية جديدة، والعودة إلى الحقبة 0 (R)</translation>
    </message>
    <message>
        <source>Play or pause training (Space)</source>
        <translation>تشغيل التدريب أو إيقافه مؤقتًا (Space)</translation>
    </message>
    <message>
        <source>Train exactly one epoch, then pause (Right arrow)</source>
        <translation>تدريب حقبة واحدة بالضبط ثم إيقاف مؤقت (Right)</translation>
    </message>
    <message>
        <source>Epochs completed: full passes over the training data</source>
        <translation>الحقب المكتملة: مرورات كاملة على بيانات التدريب</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>الحقبة</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>التوقف</translation>
    </message>
    <message>
        <source>test epoch's weights</source>
        <translation>أوزان حقبة الاختبار</translation>
    </message>
    <message>
        <source>Set ▾</source>
        <translation>تعيين ▾</translation>
    </message>
    <message>
        <source>Never ▾</source>
        <translation>أبدًا ▾</translation>
    </message>
    <message numerus="yes">
        <source>Training stops at epoch {epoch} or after {patience} epochs without a better test loss, back to the best test epoch. Click to change the stopping rules.</source>
        <translation><numerusform>يتوقف التدريب عند الحقبة {epoch} أو بعد {patience} حقبة بلا خسارة اختبار أفضل، مع العودة إلى أفضل حقبة اختبار. انقر لتغيير قواعد التوقف.</numerusform><numerusform>يتوقف التدريب عند الحقبة {epoch} أو بعد {patience} حقبة بلا خسارة اختبار أفضل، مع العودة إلى أفضل حقبة اختبار. انقر لتغيير قواعد التوقف.</numerusform><numerusform>يتوقف التدريب عند الحقبة {epoch} أو بعد {patience} حقبتين بلا خسارة اختبار أفضل، مع العودة إلى أفضل حقبة اختبار. انقر لتغيير قواعد التوقف.</numerusform><numerusform>يتوقف التدريب عند الحقبة {epoch} أو بعد {patience} حقب بلا خسارة اختبار أفضل، مع العودة إلى أفضل حقبة اختبار. انقر لتغيير قواعد التوقف.</numerusform><numerusform>يتوقف التدريب عند الحقبة {epoch} أو بعد {patience} حقبة بلا خسارة اختبار أفضل، مع العودة إلى أفضل حقبة اختبار. انقر لتغيير قواعد التوقف.</numerusform><numerusform>يتوقف التدريب عند الحقبة {epoch} أو بعد {patience} حقبة بلا خسارة اختبار أفضل، مع العودة إلى أفضل حقبة اختبار. انقر لتغيير قواعد التوقف.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Training stops at epoch {epoch} or after {patience} epochs without a better test loss. Click to change the stopping rules.</source>
        <translation><numerusform>يتوقف التدريب عند الحقبة {epoch} أو بعد {patience} حقبة بلا خسارة اختبار أفضل. انقر لتغيير قواعد التوقف.</numerusform><numerusform>يتوقف التدريب عند الحقبة {epoch} أو بعد {patience} حقبة بلا خسارة اختبار أفضل. انقر لتغيير قواعد التوقف.</numerusform><numerusform>يتوقف التدريب عند الحقبة {epoch} أو بعد {patience} حقبتين بلا خسارة اختبار أفضل. انقر لتغيير قواعد التوقف.</numerusform><numerusform>يتوقف التدريب عند الحقبة {epoch} أو بعد {patience} حقب بلا خسارة اختبار أفضل. انقر لتغيير قواعد التوقف.</numerusform><numerusform>يتوقف التدريب عند الحقبة {epoch} أو بعد {patience} حقبة بلا خسارة اختبار أفضل. انقر لتغيير قواعد التوقف.</numerusform><numerusform>يتوقف التدريب عند الحقبة {epoch} أو بعد {patience} حقبة بلا خسارة اختبار أفضل. انقر لتغيير قواعد التوقف.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Training stops after {patience} epochs without a better test loss, back to the best test epoch. Click to change the stopping rules.</source>
        <translation><numerusform>يتوقف التدريب بعد {patience} حقبة بلا خسارة اختبار أفضل، مع العودة إلى أفضل حقبة اختبار. انقر لتغيير قواعد التوقف.</numerusform><numerusform>يتوقف التدريب بعد {patience} حقبة بلا خسارة اختبار أفضل، مع العودة إلى أفضل حقبة اختبار. انقر لتغيير قواعد التوقف.</numerusform><numerusform>يتوقف التدريب بعد {patience} حقبتين بلا خسارة اختبار أفضل، مع العودة إلى أفضل حقبة اختبار. انقر لتغيير قواعد التوقف.</numerusform><numerusform>يتوقف التدريب بعد {patience} حقب بلا خسارة اختبار أفضل، مع العودة إلى أفضل حقبة اختبار. انقر لتغيير قواعد التوقف.</numerusform><numerusform>يتوقف التدريب بعد {patience} حقبة بلا خسارة اختبار أفضل، مع العودة إلى أفضل حقبة اختبار. انقر لتغيير قواعد التوقف.</numerusform><numerusform>يتوقف التدريب بعد {patience} حقبة بلا خسارة اختبار أفضل، مع العودة إلى أفضل حقبة اختبار. انقر لتغيير قواعد التوقف.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Training stops after {patience} epochs without a better test loss. Click to change the stopping rules.</source>
        <translation><numerusform>يتوقف التدريب بعد {patience} حقبة بلا خسارة اختبار أفضل. انقر لتغيير قواعد التوقف.</numerusform><numerusform>يتوقف التدريب بعد {patience} حقبة بلا خسارة اختبار أفضل. انقر لتغيير قواعد التوقف.</numerusform><numerusform>يتوقف التدريب بعد {patience} حقبتين بلا خسارة اختبار أفضل. انقر لتغيير قواعد التوقف.</numerusform><numerusform>يتوقف التدريب بعد {patience} حقب بلا خسارة اختبار أفضل. انقر لتغيير قواعد التوقف.</numerusform><numerusform>يتوقف التدريب بعد {patience} حقبة بلا خسارة اختبار أفضل. انقر لتغيير قواعد التوقف.</numerusform><numerusform>يتوقف التدريب بعد {patience} حقبة بلا خسارة اختبار أفضل. انقر لتغيير قواعد التوقف.</numerusform></translation>
    </message>
    <message>
        <source>Training stops at epoch {epoch}. Click to change the stopping rules.</source>
        <translation>يتوقف التدريب عند الحقبة {epoch}. انقر لتغيير قواعد التوقف.</translation>
    </message>
    <message>
        <source>Training never stops itself. Click to change the stopping rules.</source>
        <translation>لا يتوقف التدريب من تلقاء نفسه أبدًا. انقر لتغيير قواعد التوقف.</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>مختلطة</translation>
    </message>
    <message>
        <source>Pause training (Space)</source>
        <translation>إيقاف التدريب مؤقتًا (Space)</translation>
    </message>
    <message>
        <source>Play: start training (Space)</source>
        <translation>تشغيل: بدء التدريب (Space)</translation>
    </message>
</context>
<context>
    <name>train_process</name>
    <message>
        <source>the training process was stopped for {seconds} s</source>
        <translation>أُوقفت عملية التدريب لمدة {seconds} ث</translation>
    </message>
    <message>
        <source>the training process did not answer in {seconds} s</source>
        <translation>لم تُجب عملية التدريب خلال {seconds} ث</translation>
    </message>
    <message>
        <source>the training process failed:
{traceback}</source>
        <translation>فشلت عملية التدريب:
{traceback}</translation>
    </message>
    <message>
        <source>the training process is gone ({error})</source>
        <translation>انتهت عملية التدريب ({error})</translation>
    </message>
</context>
<context>
    <name>trainer</name>
    <message>
        <source>X_train must hold at least one point</source>
        <translation>يجب أن يحوي X_train نقطة واحدة على الأقل</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>{field} must be numbers of shape (n, 2)</source>
        <translation>يجب أن يكون {field} أعدادًا بالشكل (n, 2)</translation>
    </message>
    <message>
        <source>{field} must have shape (n, 2); got {shape}</source>
        <translation>يجب أن يكون شكل {field} هو (n, 2)؛ الشكل المعطى {shape}</translation>
    </message>
    <message>
        <source>{field} has {count} points; at most {limit} are allowed</source>
        <translation>في {field} {count} نقطة؛ والمسموح {limit} على الأكثر</translation>
    </message>
    <message>
        <source>{field} must be numbers of shape (n,)</source>
        <translation>يجب أن يكون {field} أعدادًا بالشكل (n,)</translation>
    </message>
    <message>
        <source>{field} must have shape ({n},) to match the points; got {shape}</source>
        <translation>يجب أن يكون شكل {field} هو ({n},) ليطابق النقاط؛ الشكل المعطى {shape}</translation>
    </message>
    <message>
        <source>{field} must hold integer labels from 0 to {high} for {kind} output; got values from {low_seen} to {high_seen}</source>
        <translation>يجب أن يحوي {field} تسميات صحيحة من 0 إلى {high} للمُخرَج {kind}؛ القيم المعطاة من {low_seen} إلى {high_seen}</translation>
    </message>
    <message>
        <source>{field} must be a finite number greater than {low} and at most {high}; got {value}</source>
        <translation>يجب أن يكون {field} عددًا منتهيًا أكبر من {low} ولا يتجاوز {high}؛ القيمة المعطاة {value}</translation>
    </message>
    <message>
        <source>{field} must be a finite number at least {low} and at most {high}; got {value}</source>
        <translation>يجب أن يكون {field} عددًا منتهيًا لا يقل عن {low} ولا يتجاوز {high}؛ القيمة المعطاة {value}</translation>
    </message>
    <message>
        <source>params[{layer}] must be W of shape {w_shape} and b of shape {b_shape}; got {w_got} and {b_got}</source>
        <translation>يجب أن يكون params[{layer}] هو W بالشكل {w_shape} وb بالشكل {b_shape}؛ المعطى {w_got} و{b_got}</translation>
    </message>
    <message>
        <source>seed must be an integer; got {value}</source>
        <translation>يجب أن تكون البذرة عددًا صحيحًا؛ القيمة المعطاة {value}</translation>
    </message>
    <message>
        <source>shuffle must be True or False; got {value}</source>
        <translation>يجب أن يكون shuffle إما True أو False؛ القيمة المعطاة {value}</translation>
    </message>
    <message>
        <source>batch_size must be an integer of at least 1; got {value}</source>
        <translation>يجب أن يكون batch_size عددًا صحيحًا لا يقل عن 1؛ القيمة المعطاة {value}</translation>
    </message>
    <message>
        <source>link ({i}, {j}) of layer {layer} is disabled; enable it first</source>
        <translation>الرابط ({i}, {j}) من الطبقة {layer} معطّل؛ فعّله أولًا</translation>
    </message>
    <message>
        <source>{field} contains NaN or infinity</source>
        <translation>يحوي {field} قيمة NaN أو لانهاية</translation>
    </message>
    <message>
        <source>dtype must be one of {choices}; got {value}</source>
        <translation>يجب أن يكون dtype واحدًا من {choices}؛ القيمة المعطاة {value}</translation>
    </message>
    <message>
        <source>network {field} must be a list of numbers</source>
        <translation>يجب أن يكون {field} للشبكة قائمة أعداد</translation>
    </message>
    <message>
        <source>{field} must be a finite number &gt;= 0; got {value}</source>
        <translation>يجب أن يكون {field} عددًا منتهيًا ‎&gt;= 0؛ القيمة المعطاة {value}</translation>
    </message>
</context>
<context>
    <name>walkthrough</name>
    <message>
        <source>&amp;Backprop, step by step…</source>
        <translation>الانتشار العكسي خطوة بخطوة…(&amp;B)</translation>
    </message>
    <message>
        <source>Walk through backpropagation on one data point, with this network's numbers (W)</source>
        <translation>المشي عبر الانتشار العكسي على نقطة بيانات واحدة، بأعداد هذه الشبكة (W)</translation>
    </message>
    <message>
        <source>Compare is on: turn it off (C) to walk through one network.</source>
        <translation>المقارنة مفعّلة: أطفئها (C) للمشي عبر شبكة واحدة.</translation>
    </message>
    <message>
        <source>Cannot walk through a point: {reason}.</source>
        <translation>يتعذّر المشي عبر نقطة: {reason}.</translation>
    </message>
    <message>
        <source>Cannot walk through this point: {reason}</source>
        <translation>يتعذّر المشي عبر هذه النقطة: {reason}</translation>
    </message>
    <message>
        <source>training point {number}</source>
        <translation>نقطة التدريب {number}</translation>
    </message>
    <message>
        <source>test point {number}</source>
        <translation>نقطة الاختبار {number}</translation>
    </message>
    <message>
        <source>There are no training points to pick from yet.</source>
        <translation>لا توجد نقاط تدريب للاختيار منها بعد.</translation>
    </message>
    <message>
        <source>No data point there: click on one of the dots.</source>
        <translation>لا نقطة بيانات هناك: انقر على إحدى النقاط.</translation>
    </message>
    <message>
        <source>A point</source>
        <translation>نقطة</translation>
    </message>
    <message>
        <source>&lt;b&gt;{point}&lt;/b&gt; at ({x1}, {x2}), {target}</source>
        <translation>&lt;b&gt;{point}&lt;/b&gt; عند ({x1}, {x2})، {target}</translation>
    </message>
    <message>
        <source>The point ({x1}, {x2}), target {target}, through the network as it is after epoch {epoch} ({steps} steps). Click another point to change it.</source>
        <translation>النقطة ({x1}, {x2})، الهدف {target}، عبر الشبكة كما هي بعد الحقبة {epoch} ({steps} خطوة). انقر نقطة أخرى لتغييرها.</translation>
    </message>
    <message>
        <source>value {value}</source>
        <translation>القيمة {value}</translation>
    </message>
    <message>
        <source>class {glyph} {name}</source>
        <translation>الفئة {glyph} {name}</translation>
    </message>
    <message>
        <source>Pause autoplay</source>
        <translation>إيقاف التشغيل التلقائي مؤقتًا</translation>
    </message>
    <message>
        <source>Autoplay</source>
        <translation>تشغيل تلقائي</translation>
    </message>
    <message>
        <source>Not applied: {reason}.</source>
        <translation>لم يُطبَّق: {reason}.</translation>
    </message>
    <message>
        <source>Applied: every weight moved by the amount shown. {loss_change} Next (→) walks through again with the new weights.</source>
        <translation>طُبّق: تحرّك كل وزن بالمقدار المعروض. {loss_change} «التالي» (→) يمشي من جديد بالأوزان الجديدة.</translation>
    </message>
    <message>
        <source>The loss on this point before: {before}
after: {after}</source>
        <translation>الخسارة على هذه النقطة قبل: {before}
بعد: {after}</translation>
    </message>
    <message>
        <source>Not undone: {reason}</source>
        <translation>لم يُتراجع عنه: {reason}</translation>
    </message>
    <message>
        <source>Training is running, so these numbers are out of date. Pause (Space) and the walkthrough follows the new weights.</source>
        <translation>التدريب جارٍ، لذا هذه الأعداد قديمة. أوقف مؤقتًا (Space) فيتبع الشرح الأوزان الجديدة.</translation>
    </message>
</context>
<context>
    <name>walkthrough_apply</name>
    <message>
        <source>Apply a backprop step</source>
        <translation>تطبيق خطوة انتشار عكسي</translation>
    </message>
    <message>
        <source>Compare is on</source>
        <translation>المقارنة مفعّلة</translation>
    </message>
    <message>
        <source>the network changed since this point was traced</source>
        <translation>تغيّرت الشبكة منذ تتبّع هذه النقطة</translation>
    </message>
    <message>
        <source>the network has changed since</source>
        <translation>تغيّرت الشبكة منذ ذلك الحين</translation>
    </message>
</context>
<context>
    <name>walkthrough_backward</name>
    <message>
        <source>f′(z) = 1 if z &gt; 0, else 0</source>
        <translation>f′(z) = 1 إذا z &gt; 0، وإلا 0</translation>
    </message>
    <message>
        <source>f′(z) = 1 if z &gt; 0, else 0.01</source>
        <translation>f′(z) = 1 إذا z &gt; 0، وإلا 0.01</translation>
    </message>
    <message>
        <source>f′(z) = 1 if z &gt; 0, else a + 1</source>
        <translation>f′(z) = 1 إذا z &gt; 0، وإلا a + 1</translation>
    </message>
    <message>
        <source>dropped: δ = 0</source>
        <translation>مُسقَط: δ = 0</translation>
    </message>
    <message>
        <source>{neuron}: dropped by dropout for this point: δ = 0</source>
        <translation>{neuron}: أسقطه Dropout لهذه النقطة: δ = 0</translation>
    </message>
    <message>
        <source>&lt;b&gt;{neuron}&lt;/b&gt; was dropped for this point: δ = 0 (its a was 0, so it did not change the loss, and no gradient flows back through it).</source>
        <translation>&lt;b&gt;{neuron}&lt;/b&gt; أُسقط لهذه النقطة: δ = 0 (كانت a له 0، فلم يغيّر الخسارة، ولا يعود عبره أي تدرّج).</translation>
    </message>
    <message>
        <source>m = {scale} (kept by dropout)
Σ w·δ (next layer) = {back}</source>
        <translation>m = {scale} (أبقاه Dropout)
Σ w·δ (الطبقة التالية) = {back}</translation>
    </message>
    <message>
        <source>For a sigmoid output with the cross-entropy loss, the chain rule ∂L/∂p · ∂p/∂z simplifies to just &lt;b&gt;δ = p − y&lt;/b&gt;.</source>
        <translation>لمُخرَج السيغمويد مع خسارة الإنتروبيا المتقاطعة، تُبسَّط قاعدة السلسلة ∂L/∂p · ∂p/∂z إلى &lt;b&gt;δ = p − y&lt;/b&gt; فقط.</translation>
    </message>
    <message>
        <source>For softmax with the cross-entropy loss, the chain rule simplifies to &lt;b&gt;δ = p − y&lt;/b&gt; for every output (y is 1 for the point's class, 0 otherwise).</source>
        <translation>لـ softmax مع خسارة الإنتروبيا المتقاطعة، تُبسَّط قاعدة السلسلة إلى &lt;b&gt;δ = p − y&lt;/b&gt; لكل مُخرَج (y تساوي 1 لفئة النقطة، و0 لغيرها).</translation>
    </message>
    <message>
        <source>For a linear output with the squared error ½(ŷ − y)², the chain rule gives &lt;b&gt;δ = ŷ − y&lt;/b&gt;.</source>
        <translation>لمُخرَج خطّي مع الخطأ التربيعي ½(ŷ − y)²، تعطي قاعدة السلسلة &lt;b&gt;δ = ŷ − y&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Now backwards, starting at the output. &lt;b&gt;δ = ∂L/∂z&lt;/b&gt; says how much the loss changes when a neuron's z changes. {why}</source>
        <translation>الآن إلى الخلف، بدءًا من المُخرَج. &lt;b&gt;δ = ∂L/∂z&lt;/b&gt; تقول كم تتغيّر الخسارة عندما تتغيّر z لعصبون. {why}</translation>
    </message>
    <message>
        <source>Backward from the output</source>
        <translation>إلى الخلف من المُخرَج</translation>
    </message>
    <message>
        <source>δ = ∂L/∂z
on the links: ∂L/∂w = a × δ</source>
        <translation>δ = ∂L/∂z
على الروابط: ∂L/∂w = a × δ</translation>
    </message>
    <message>
        <source>Σ w·δ (next layer) = {back}</source>
        <translation>Σ w·δ (الطبقة التالية) = {back}</translation>
    </message>
    <message>
        <source>Backward through hidden layer {layer} ({activation})</source>
        <translation>إلى الخلف عبر الطبقة المخفية {layer} ({activation})</translation>
    </message>
    <message>
        <source>The chain rule: a neuron's δ is the δ's of the next layer, each times the weight of the link it reached them by, added up, times the slope of its own activation at its z: &lt;b&gt;δ = f′(z) × Σ w·δ&lt;/b&gt;. For {activation}, {slope}.</source>
        <translation>قاعدة السلسلة: δ العصبون هي قيم δ في الطبقة التالية، كل منها مضروبة في وزن الرابط الذي وصل إليها عبره، مجموعةً، ثم مضروبة في ميل دالة تنشيطه عند z الخاصة به: &lt;b&gt;δ = f′(z) × Σ w·δ&lt;/b&gt;. لـ {activation}، {slope}.</translation>
    </message>
    <message>
        <source>With dropout, the factor by which the forward pass scaled the neuron comes in too: &lt;b&gt;δ = f′(z) × m × Σ w·δ&lt;/b&gt;, with m = 0 for a neuron dropped for this point and 1/(1 − {rate}) for one kept.</source>
        <translation>مع Dropout يدخل أيضًا المعامل الذي ضرب به التمرير الأمامي العصبون: &lt;b&gt;δ = f′(z) × m × Σ w·δ&lt;/b&gt;، حيث m = 0 للعصبون المُسقَط لهذه النقطة و1/(1 − {rate}) للعصبون الباقي.</translation>
    </message>
    <message>
        <source>δ = f′(z) × Σ w·δ
on the links: ∂L/∂w = a × δ</source>
        <translation>δ = f′(z) × Σ w·δ
على الروابط: ∂L/∂w = a × δ</translation>
    </message>
    <message>
        <source>Each link into this layer gets its gradient: the activation &lt;b&gt;a&lt;/b&gt; at the link's start times the &lt;b&gt;δ&lt;/b&gt; at its end, &lt;b&gt;∂L/∂w = a × δ&lt;/b&gt;.</source>
        <translation>كل رابط داخل إلى هذه الطبقة يأخذ تدرّجه: التنشيط &lt;b&gt;a&lt;/b&gt; عند بداية الرابط مضروبًا في &lt;b&gt;δ&lt;/b&gt; عند نهايته، &lt;b&gt;∂L/∂w = a × δ&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>A bias is a link from a constant 1, so ∂L/∂b = δ: {biases}.</source>
        <translation>الانحياز رابط من ثابت 1، لذا ∂L/∂b = δ: {biases}.</translation>
    </message>
</context>
<context>
    <name>walkthrough_forward</name>
    <message>
        <source>The point ({x1}, {x2}) goes in. Each input node passes one feature of it on: {values}.</source>
        <translation>تدخل النقطة ({x1}, {x2}). كل عقدة مُدخَل تمرّر سمة واحدة منها: {values}.</translation>
    </message>
    <message>
        <source>These are the activations &lt;b&gt;a&lt;/b&gt; of the input layer. From here each layer works out its neurons from the layer before it.</source>
        <translation>هذه هي التنشيطات &lt;b&gt;a&lt;/b&gt; لطبقة المُدخَل. من هنا تحسب كل طبقة عصبوناتها من الطبقة التي قبلها.</translation>
    </message>
    <message>
        <source>(the point is ({x1}, {x2}))</source>
        <translation>(النقطة هي ({x1}, {x2}))</translation>
    </message>
    <message>
        <source>The inputs</source>
        <translation>المدخلات</translation>
    </message>
    <message>
        <source>a = the features of the point</source>
        <translation>a = سمات النقطة</translation>
    </message>
    <message>
        <source>carries a = {value} from {neuron}</source>
        <translation>يحمل a = {value} من {neuron}</translation>
    </message>
    <message>
        <source> (the output is linear)</source>
        <translation> (المُخرَج خطّي)</translation>
    </message>
    <message>
        <source>the output neuron (sigmoid)</source>
        <translation>عصبون المُخرَج (السيغمويد)</translation>
    </message>
    <message>
        <source>the output neurons (softmax)</source>
        <translation>عصبونات المُخرَج (softmax)</translation>
    </message>
    <message>
        <source>the output neuron (linear)</source>
        <translation>عصبون المُخرَج (خطّي)</translation>
    </message>
    <message>
        <source>The output layer: {head}</source>
        <translation>طبقة المُخرَج: {head}</translation>
    </message>
    <message>
        <source>The output neurons add up their inputs the same way, &lt;b&gt;z = Σ w·a + b&lt;/b&gt;, with the activations of the last layer as inputs.</source>
        <translation>تجمع عصبونات المُخرَج مدخلاتها بالطريقة نفسها، &lt;b&gt;z = Σ w·a + b&lt;/b&gt;، ومدخلاتها تنشيطات الطبقة الأخيرة.</translation>
    </message>
    <message>
        <source>Then the sigmoid turns z into a probability: &lt;b&gt;p = σ(z) = 1 / (1 + e⁻ᶻ)&lt;/b&gt;, the network's belief that the point is blue: p = {p}.</source>
        <translation>ثم يحوّل السيغمويد z إلى احتمال: &lt;b&gt;p = σ(z) = 1 / (1 + e⁻ᶻ)&lt;/b&gt;، وهو اعتقاد الشبكة أن النقطة زرقاء: p = {p}.</translation>
    </message>
    <message>
        <source>Then softmax turns the z's into probabilities that add up to 1: &lt;b&gt;p = eᶻ / Σ eᶻ&lt;/b&gt;, over all outputs. Here: {parts}.</source>
        <translation>ثم يحوّل softmax قيم z إلى احتمالات مجموعها 1: &lt;b&gt;p = eᶻ / Σ eᶻ&lt;/b&gt;، على كل المخرجات. هنا: {parts}.</translation>
    </message>
    <message>
        <source>The output is linear: the prediction is z itself.</source>
        <translation>المُخرَج خطّي: التنبؤ هو z نفسها.</translation>
    </message>
    <message>
        <source>z = Σ w·a + b, then {rule}
on the links: w</source>
        <translation>z = Σ w·a + b، ثم {rule}
على الروابط: w</translation>
    </message>
    <message>
        <source>Hidden layer {layer} of {layers} ({activation})</source>
        <translation>الطبقة المخفية {layer} من {layers} ({activation})</translation>
    </message>
    <message>
        <source>Each neuron adds up its inputs, each times the weight of its link, plus its bias: &lt;b&gt;z = Σ w·a + b&lt;/b&gt;. Then it applies its activation: &lt;b&gt;a = f(z)&lt;/b&gt;, here {formula}.</source>
        <translation>يجمع كل عصبون مدخلاته، كلًّا مضروبًا في وزن رابطه، ويضيف انحيازه: &lt;b&gt;z = Σ w·a + b&lt;/b&gt;. ثم يطبّق دالة تنشيطه: &lt;b&gt;a = f(z)&lt;/b&gt;، وهي هنا {formula}.</translation>
    </message>
    <message>
        <source> (h1.2 is neuron 2 of hidden layer 1.)</source>
        <translation> (h1.2 هو العصبون 2 من الطبقة المخفية 1.)</translation>
    </message>
    <message>
        <source>z = Σ w·a + b,  a = f(z)
on the links: w</source>
        <translation>z = Σ w·a + b،  a = f(z)
على الروابط: w</translation>
    </message>
    <message>
        <source>, dropped for this point: &lt;b&gt;a = 0&lt;/b&gt;</source>
        <translation>، مُسقَط لهذه النقطة: &lt;b&gt;a = 0&lt;/b&gt;</translation>
    </message>
    <message>
        <source>dropped by dropout (f(z) = {value})</source>
        <translation>أسقطه Dropout (f(z) = {value})</translation>
    </message>
    <message>
        <source>dropped: a = 0</source>
        <translation>مُسقَط: a = 0</translation>
    </message>
    <message>
        <source>kept by dropout: a = f(z) × {scale}, f(z) = {value}</source>
        <translation>أبقاه Dropout: a = f(z) × {scale}، f(z) = {value}</translation>
    </message>
    <message>
        <source>Here p is closer to 0 or 1 than 64-bit numbers can hold, so the engine works the loss out from z instead:</source>
        <translation>هنا p أقرب إلى 0 أو 1 مما تستطيع أعداد 64 بت حفظه، لذا يحسب المحرّك الخسارة من z بدلًا من ذلك:</translation>
    </message>
    <message>
        <source>loss L = {value}</source>
        <translation>الخسارة L = {value}</translation>
    </message>
    <message>
        <source>The network says p = {p} for blue; the point is {name}, so y = {y}. </source>
        <translation>تقول الشبكة p = {p} للأزرق؛ والنقطة {name}، لذا y = {y}. </translation>
    </message>
    <message>
        <source>The closer p gets to 1, the smaller the loss.</source>
        <translation>كلما اقتربت p من 1 صغرت الخسارة.</translation>
    </message>
    <message>
        <source>The closer p gets to 0, the smaller the loss.</source>
        <translation>كلما اقتربت p من 0 صغرت الخسارة.</translation>
    </message>
    <message>
        <source>cross-entropy</source>
        <translation>الإنتروبيا المتقاطعة</translation>
    </message>
    <message>
        <source>The point is {target}. Only the probability the network gives that class counts: p({name}) = {p}. The closer it gets to 1, the smaller the loss.</source>
        <translation>النقطة {target}. لا يُحسب إلا الاحتمال الذي تعطيه الشبكة لتلك الفئة: p({name}) = {p}. كلما اقترب من 1 صغرت الخسارة.</translation>
    </message>
    <message>
        <source>The network predicts ŷ = {prediction}; the point's value is y = {y}.</source>
        <translation>تتنبأ الشبكة بـ ŷ = {prediction}؛ وقيمة النقطة y = {y}.</translation>
    </message>
    <message>
        <source>squared error</source>
        <translation>الخطأ التربيعي</translation>
    </message>
    <message>
        <source>The loss ({name}) measures how wrong that is:</source>
        <translation>تقيس الخسارة ({name}) مقدار خطأ ذلك:</translation>
    </message>
    <message>
        <source>Regularization adds {penalty} over all weights, so in total {total}.</source>
        <translation>يضيف التنظيم {penalty} على كل الأوزان، فيصبح المجموع {total}.</translation>
    </message>
    <message>
        <source>Learning means changing the weights so that this number goes down. The backward pass works out which way each weight should move.</source>
        <translation>التعلّم يعني تغيير الأوزان بحيث ينخفض هذا العدد. والتمرير العكسي يحسب الاتجاه الذي ينبغي أن يتحرّك فيه كل وزن.</translation>
    </message>
    <message>
        <source>L: how wrong
the prediction is</source>
        <translation>L: مقدار خطأ
التنبؤ</translation>
    </message>
    <message>
        <source>The loss on this point</source>
        <translation>الخسارة على هذه النقطة</translation>
    </message>
</context>
<context>
    <name>walkthrough_jobs</name>
    <message>
        <source>Compare is on: turn it off (C) to walk through one network</source>
        <translation>المقارنة مفعّلة: أطفئها (C) للمشي عبر شبكة واحدة</translation>
    </message>
    <message>
        <source>there are no training points to pick from yet</source>
        <translation>لا توجد نقاط تدريب للاختيار منها بعد</translation>
    </message>
    <message>
        <source>training point {number}</source>
        <translation>نقطة التدريب {number}</translation>
    </message>
</context>
<context>
    <name>walkthrough_overlay</name>
    <message>
        <source>Dropped by dropout for this point: it passes 0 on and gets δ = 0</source>
        <translation>أسقطه Dropout لهذه النقطة: يمرّر 0 ويأخذ δ = 0</translation>
    </message>
</context>
<context>
    <name>walkthrough_panel</name>
    <message>
        <source>Backprop, step by step</source>
        <translation>الانتشار العكسي خطوة بخطوة</translation>
    </message>
    <message>
        <source>Close the walkthrough (Esc); the loss chart comes back</source>
        <translation>إغلاق الشرح (Esc)؛ يعود مخطط الخسارة</translation>
    </message>
    <message>
        <source>Random point</source>
        <translation>نقطة عشوائية</translation>
    </message>
    <message>
        <source>Take a random training point (or click any point on the plot above)</source>
        <translation>أخذ نقطة تدريب عشوائية (أو انقر أي نقطة على الرسم أعلاه)</translation>
    </message>
    <message>
        <source>The forward pass: each layer computes z = Σ w·a + b and a = f(z) (click to jump there)</source>
        <translation>التمرير الأمامي: كل طبقة تحسب z = Σ w·a + b وa = f(z) (انقر للانتقال إليه)</translation>
    </message>
    <message>
        <source>The loss: how far the prediction is from the target (click to jump there)</source>
        <translation>الخسارة: مدى بُعد التنبؤ عن الهدف (انقر للانتقال إليها)</translation>
    </message>
    <message>
        <source>The backward pass: δ = ∂L/∂z from the output back, by the chain rule (click to jump there)</source>
        <translation>التمرير العكسي: δ = ∂L/∂z من المُخرَج إلى الخلف، بقاعدة السلسلة (انقر للانتقال إليه)</translation>
    </message>
    <message>
        <source>The weight update: each weight moves against its gradient (click to jump there)</source>
        <translation>تحديث الأوزان: كل وزن يتحرّك عكس تدرّجه (انقر للانتقال إليه)</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>▶ السابق</translation>
    </message>
    <message>
        <source>The step before (←)</source>
        <translation>الخطوة السابقة (←)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>التالي ◀</translation>
    </message>
    <message>
        <source>The next step (→)</source>
        <translation>الخطوة التالية (→)</translation>
    </message>
    <message>
        <source>Autoplay</source>
        <translation>تشغيل تلقائي</translation>
    </message>
    <message>
        <source>Go through the steps by itself, one every {seconds} seconds; it stops before the update</source>
        <translation>المرور بالخطوات تلقائيًا، خطوة كل {seconds} ثانية؛ ويتوقف قبل التحديث</translation>
    </message>
    <message>
        <source>Apply update</source>
        <translation>تطبيق التحديث</translation>
    </message>
    <message>
        <source>Make exactly this update to the network's weights (A); the boundary moves. Undo with Ctrl+Z.</source>
        <translation>إجراء هذا التحديث بالضبط على أوزان الشبكة (A)؛ يتحرّك حدّ القرار. تراجع بـ Ctrl+Z.</translation>
    </message>
    <message>
        <source>Which step of the walkthrough is on show</source>
        <translation>أي خطوة من الشرح معروضة</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pick a point:&lt;/b&gt; Next (→) picks one worth a look and says why; or click a point on the plot above, or take a random one.</source>
        <translation>&lt;b&gt;اختر نقطة:&lt;/b&gt; «التالي» (→) يختار نقطة تستحق النظر ويقول السبب؛ أو انقر نقطة على الرسم أعلاه، أو خذ واحدة عشوائية.</translation>
    </message>
    <message>
        <source>&lt;p style='font-size:{size}pt'&gt;Backpropagation in four steps, with this network's own numbers for one point:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Forward pass&lt;/b&gt;: the point goes through the network layer by layer.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Loss&lt;/b&gt;: how far the prediction is from the point's true label.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Backward pass&lt;/b&gt;: the chain rule finds how each weight changed the loss, from the output back.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Weight update&lt;/b&gt;: every weight moves a little against its gradient.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p style='font-size:{size}pt'&gt;الانتشار العكسي في أربع خطوات، بأعداد هذه الشبكة نفسها لنقطة واحدة:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;التمرير الأمامي&lt;/b&gt;: تمرّ النقطة عبر الشبكة طبقةً طبقة.&lt;/li&gt;&lt;li&gt;&lt;b&gt;الخسارة&lt;/b&gt;: مدى بُعد التنبؤ عن التسمية الصحيحة للنقطة.&lt;/li&gt;&lt;li&gt;&lt;b&gt;التمرير العكسي&lt;/b&gt;: تجد قاعدة السلسلة كيف غيّر كل وزن الخسارة، من المُخرَج إلى الخلف.&lt;/li&gt;&lt;li&gt;&lt;b&gt;تحديث الأوزان&lt;/b&gt;: يتحرّك كل وزن قليلًا عكس تدرّجه.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>step {number} of {count}</source>
        <translation>الخطوة {number} من {count}</translation>
    </message>
</context>
<context>
    <name>walkthrough_pick</name>
    <message>
        <source>This point is one the network gets wrong: it calls it {predicted}, but the point is {target}.</source>
        <translation>هذه نقطة تخطئ فيها الشبكة: تعدّها {predicted}، لكن النقطة {target}.</translation>
    </message>
    <message>
        <source> It is the only training point the network gets wrong.</source>
        <translation> إنها نقطة التدريب الوحيدة التي تخطئ فيها الشبكة.</translation>
    </message>
    <message numerus="yes">
        <source> Of the %n training points it gets wrong, this one has the largest loss.</source>
        <translation><numerusform> من بين %n نقطة تدريب تخطئ فيها، لهذه النقطة أكبر خسارة.</numerusform><numerusform> من بين %n نقطة تدريب تخطئ فيها، لهذه النقطة أكبر خسارة.</numerusform><numerusform> من بين %n نقطتي تدريب تخطئ فيها، لهذه النقطة أكبر خسارة.</numerusform><numerusform> من بين %n نقاط تدريب تخطئ فيها، لهذه النقطة أكبر خسارة.</numerusform><numerusform> من بين %n نقطة تدريب تخطئ فيها، لهذه النقطة أكبر خسارة.</numerusform><numerusform> من بين %n نقطة تدريب تخطئ فيها، لهذه النقطة أكبر خسارة.</numerusform></translation>
    </message>
    <message>
        <source>This is the training point with the largest loss: the prediction is furthest from the point's value here.</source>
        <translation>هذه نقطة التدريب ذات أكبر خسارة: التنبؤ هنا أبعد ما يكون عن قيمة النقطة.</translation>
    </message>
    <message>
        <source>The network gets every training point right; this is the one with the largest loss.</source>
        <translation>تصيب الشبكة في كل نقاط التدريب؛ وهذه النقطة ذات أكبر خسارة.</translation>
    </message>
    <message>
        <source>The walkthrough picked this point because the network got it wrong; with the weights as they are now, it gets it right.</source>
        <translation>اختار الشرح هذه النقطة لأن الشبكة أخطأت فيها؛ وبالأوزان الحالية تصيب فيها.</translation>
    </message>
    <message>
        <source>The walkthrough picked this point because its loss was the largest; with the weights as they are now, another point's loss is larger.</source>
        <translation>اختار الشرح هذه النقطة لأن خسارتها كانت الأكبر؛ وبالأوزان الحالية هناك نقطة أخرى خسارتها أكبر.</translation>
    </message>
</context>
<context>
    <name>walkthrough_sample</name>
    <message>
        <source>it switched off none of them this time</source>
        <translation>لم يُطفئ أيًّا منها هذه المرة</translation>
    </message>
    <message>
        <source>it switched off {neurons} (crossed out): their a is 0, so nothing from them reaches the next layer, and they learn nothing from this point</source>
        <translation>أطفأ {neurons} (مشطوبة): قيمة a لها 0، فلا يصل منها شيء إلى الطبقة التالية، ولا تتعلّم شيئًا من هذه النقطة</translation>
    </message>
    <message>
        <source>it switched off {neurons} (crossed out): its a is 0, so nothing from it reaches the next layer, and it learns nothing from this point</source>
        <translation>أطفأ {neurons} (مشطوب): قيمة a له 0، فلا يصل منه شيء إلى الطبقة التالية، ولا يتعلّم شيئًا من هذه النقطة</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dropout {rate}&lt;/b&gt; is on in this layer: while training, each neuron is switched off for each point with probability {rate}. For this point {which}. The neurons kept are scaled by 1/(1 − {rate}), so that the layer passes on as much on average. Evaluation, the loss curve and the maps use every neuron.</source>
        <translation>&lt;b&gt;Dropout {rate}&lt;/b&gt; مفعّل في هذه الطبقة: أثناء التدريب يُطفأ كل عصبون لكل نقطة باحتمال {rate}. لهذه النقطة {which}. تُضرب العصبونات الباقية في 1/(1 − {rate})، كي تمرّر الطبقة القدر نفسه في المتوسط. التقييم ومنحنى الخسارة والخرائط تستعمل كل العصبونات.</translation>
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
        <translation>المدخلات</translation>
    </message>
    <message>
        <source>the output layer</source>
        <translation>طبقة المُخرَج</translation>
    </message>
    <message>
        <source>hidden layer {layer} of {layers}</source>
        <translation>الطبقة المخفية {layer} من {layers}</translation>
    </message>
    <message>
        <source>y = {y} (the point is {name})</source>
        <translation>y = {y} (النقطة {name})</translation>
    </message>
    <message>
        <source>class {number} ({name})</source>
        <translation>الفئة {number} ({name})</translation>
    </message>
</context>
<context>
    <name>walkthrough_text</name>
    <message>
        <source>Forward pass</source>
        <translation>التمرير الأمامي</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>الخسارة</translation>
    </message>
    <message>
        <source>Backward pass</source>
        <translation>التمرير العكسي</translation>
    </message>
    <message>
        <source>Weight update</source>
        <translation>تحديث الأوزان</translation>
    </message>
    <message>
        <source>The loss on this point stayed exactly {loss}.</source>
        <translation>بقيت الخسارة على هذه النقطة {loss} تمامًا.</translation>
    </message>
    <message>
        <source>The loss on this point fell by {change}: too little to show at {digits} digits, where it reads {loss} before and after.</source>
        <translation>انخفضت الخسارة على هذه النقطة بمقدار {change}: أقل من أن يظهر بـ {digits} أرقام، حيث تُقرأ {loss} قبل وبعد.</translation>
    </message>
    <message>
        <source>The loss on this point rose by {change}: too little to show at {digits} digits, where it reads {loss} before and after.</source>
        <translation>ارتفعت الخسارة على هذه النقطة بمقدار {change}: أقل من أن يظهر بـ {digits} أرقام، حيث تُقرأ {loss} قبل وبعد.</translation>
    </message>
    <message>
        <source>The loss on this point fell from {old} to {new}.</source>
        <translation>انخفضت الخسارة على هذه النقطة من {old} إلى {new}.</translation>
    </message>
    <message>
        <source>The loss on this point rose from {old} to {new}.</source>
        <translation>ارتفعت الخسارة على هذه النقطة من {old} إلى {new}.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;i&gt;… and %n more links: hover over them in the network.&lt;/i&gt;</source>
        <translation><numerusform>&lt;i&gt;… و%n روابط أخرى: مرّر المؤشر فوقها في الشبكة.&lt;/i&gt;</numerusform><numerusform>&lt;i&gt;… و%n رابط أخرى: مرّر المؤشر فوقها في الشبكة.&lt;/i&gt;</numerusform><numerusform>&lt;i&gt;… و%n رابطان أخرى: مرّر المؤشر فوقها في الشبكة.&lt;/i&gt;</numerusform><numerusform>&lt;i&gt;… و%n روابط أخرى: مرّر المؤشر فوقها في الشبكة.&lt;/i&gt;</numerusform><numerusform>&lt;i&gt;… و%n رابطًا أخرى: مرّر المؤشر فوقها في الشبكة.&lt;/i&gt;</numerusform><numerusform>&lt;i&gt;… و%n رابط أخرى: مرّر المؤشر فوقها في الشبكة.&lt;/i&gt;</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>&lt;i&gt;… and %n more neurons: hover over them in the network.&lt;/i&gt;</source>
        <translation><numerusform>&lt;i&gt;… و%n عصبونات أخرى: مرّر المؤشر فوقها في الشبكة.&lt;/i&gt;</numerusform><numerusform>&lt;i&gt;… و%n عصبون أخرى: مرّر المؤشر فوقها في الشبكة.&lt;/i&gt;</numerusform><numerusform>&lt;i&gt;… و%n عصبونان أخرى: مرّر المؤشر فوقها في الشبكة.&lt;/i&gt;</numerusform><numerusform>&lt;i&gt;… و%n عصبونات أخرى: مرّر المؤشر فوقها في الشبكة.&lt;/i&gt;</numerusform><numerusform>&lt;i&gt;… و%n عصبونًا أخرى: مرّر المؤشر فوقها في الشبكة.&lt;/i&gt;</numerusform><numerusform>&lt;i&gt;… و%n عصبون أخرى: مرّر المؤشر فوقها في الشبكة.&lt;/i&gt;</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>… (%n more)</source>
        <translation><numerusform>… (%n أخرى)</numerusform><numerusform>… (%n آخر)</numerusform><numerusform>… (%n آخران)</numerusform><numerusform>… (%n أخرى)</numerusform><numerusform>… (%n أخرى)</numerusform><numerusform>… (%n أخرى)</numerusform></translation>
    </message>
</context>
<context>
    <name>walkthrough_tfp</name>
    <message>
        <source>the output neuron (tanh, as in TensorFlow Playground)</source>
        <translation>عصبون المُخرَج (tanh، كما في TensorFlow Playground)</translation>
    </message>
    <message>
        <source>½ squared error</source>
        <translation>½ الخطأ التربيعي</translation>
    </message>
    <message>
        <source>Then tanh turns z into the output &lt;b&gt;ŷ = tanh(z)&lt;/b&gt;, between −1 and 1, as TensorFlow Playground's does: near +1 says {yes}, near −1 says {no}. Here ŷ = {output}.</source>
        <translation>ثم تحوّل tanh قيمة z إلى المُخرَج &lt;b&gt;ŷ = tanh(z)&lt;/b&gt;، بين ‎−1 و1، كما في TensorFlow Playground: القرب من ‎+1 يعني {yes}، والقرب من ‎−1 يعني {no}. هنا ŷ = {output}.</translation>
    </message>
    <message>
        <source>The network says ŷ = {output}; the point is {name}, so its target is t = {target} (TensorFlow Playground's labels are −1 and +1). The closer ŷ gets to t, the smaller the loss.</source>
        <translation>تقول الشبكة ŷ = {output}؛ والنقطة {name}، لذا هدفها t = {target} (تسميات TensorFlow Playground هي ‎−1 و‎+1). كلما اقتربت ŷ من t صغرت الخسارة.</translation>
    </message>
    <message>
        <source>For TensorFlow Playground's tanh output with the squared error ½(ŷ − t)², the chain rule gives &lt;b&gt;δ = (ŷ − t)·(1 − ŷ²)&lt;/b&gt;: the slope of tanh, 1 − ŷ², makes δ small whenever ŷ is near +1 or −1, even near the wrong one.</source>
        <translation>لمُخرَج tanh في TensorFlow Playground مع الخطأ التربيعي ½(ŷ − t)²، تعطي قاعدة السلسلة &lt;b&gt;δ = (ŷ − t)·(1 − ŷ²)&lt;/b&gt;: ميل tanh، أي 1 − ŷ²، يجعل δ صغيرة كلما كانت ŷ قريبة من ‎+1 أو ‎−1، حتى لو كانت قرب القيمة الخاطئة.</translation>
    </message>
    <message>
        <source>w = 0 stays &lt;b&gt;0&lt;/b&gt;: in TensorFlow Playground's L1 rule a weight that L1 has set to zero stays there.</source>
        <translation>w = 0 يبقى &lt;b&gt;0&lt;/b&gt;: في قاعدة L1 في TensorFlow Playground يبقى الوزن الذي جعله L1 صفرًا عند الصفر.</translation>
    </message>
    <message>
        <source>: L1's own pull, η·λ₁ = {pull}, carries it across zero, so TensorFlow Playground's L1 rule sets it to exactly &lt;b&gt;0&lt;/b&gt;.</source>
        <translation>: سحب L1 نفسه، η·λ₁ = {pull}، يعبر به الصفر، لذا تضبطه قاعدة L1 في TensorFlow Playground على &lt;b&gt;0&lt;/b&gt; تمامًا.</translation>
    </message>
    <message>
        <source>L1's own pull, η·λ₁ = {pull}, carries w = {weight} across zero in this {optimizer} step, so TensorFlow Playground's L1 rule sets it to exactly &lt;b&gt;0&lt;/b&gt;.</source>
        <translation>سحب L1 نفسه، η·λ₁ = {pull}، يعبر بـ w = {weight} الصفر في خطوة {optimizer} هذه، لذا تضبطه قاعدة L1 في TensorFlow Playground على &lt;b&gt;0&lt;/b&gt; تمامًا.</translation>
    </message>
</context>
<context>
    <name>walkthrough_update</name>
    <message>
        <source>&lt;b&gt;w ← w − η·∂L/∂w&lt;/b&gt;, with the learning rate η = {rate}.</source>
        <translation>&lt;b&gt;w ← w − η·∂L/∂w&lt;/b&gt;، بمعدل التعلّم η = {rate}.</translation>
    </message>
    <message>
        <source>The optimizer is {optimizer}, with g = ∂L/∂w: &lt;b&gt;{rule}&lt;/b&gt; ({constants}); m′ and v′ are m and v corrected for the first steps. Its memory of earlier steps changes how far each weight moves.</source>
        <translation>المُحسِّن هو {optimizer}، مع g = ∂L/∂w: &lt;b&gt;{rule}&lt;/b&gt; ({constants})؛ وm′ وv′ هما m وv مصحّحتين للخطوات الأولى. ذاكرته للخطوات السابقة تغيّر مقدار تحرّك كل وزن.</translation>
    </message>
    <message>
        <source>The optimizer is {optimizer}, with g = ∂L/∂w: &lt;b&gt;{rule}&lt;/b&gt; ({constants}). Its memory of earlier steps changes how far each weight moves.</source>
        <translation>المُحسِّن هو {optimizer}، مع g = ∂L/∂w: &lt;b&gt;{rule}&lt;/b&gt; ({constants}). ذاكرته للخطوات السابقة تغيّر مقدار تحرّك كل وزن.</translation>
    </message>
    <message>
        <source>w = 0 stays &lt;b&gt;0&lt;/b&gt;: the data pull it with ∂L/∂w = {gradient}, no harder than L1's pull back to zero, λ₁ = {l1}.</source>
        <translation>w = 0 يبقى &lt;b&gt;0&lt;/b&gt;: تسحبه البيانات بـ ∂L/∂w = {gradient}، وليس أقوى من سحب L1 نحو الصفر، λ₁ = {l1}.</translation>
    </message>
    <message>
        <source>, across zero, so L1 sets it to exactly &lt;b&gt;0&lt;/b&gt;.</source>
        <translation>، عبر الصفر، لذا يضبطه L1 على &lt;b&gt;0&lt;/b&gt; تمامًا.</translation>
    </message>
    <message>
        <source>the {optimizer} step would carry w = {weight} across zero, so L1 sets it to exactly &lt;b&gt;0&lt;/b&gt;.</source>
        <translation>خطوة {optimizer} ستعبر بـ w = {weight} الصفر، لذا يضبطه L1 على &lt;b&gt;0&lt;/b&gt; تمامًا.</translation>
    </message>
    <message>
        <source> (changes by {change})</source>
        <translation> (يتغيّر بمقدار {change})</translation>
    </message>
    <message>
        <source>new w = {weight}</source>
        <translation>w الجديد = {weight}</translation>
    </message>
    <message>
        <source>{neuron}: bias b = {bias}</source>
        <translation>{neuron}: الانحياز b = {bias}</translation>
    </message>
    <message>
        <source>new b = {bias}</source>
        <translation>b الجديد = {bias}</translation>
    </message>
    <message>
        <source>bias of {neuron}: {update}</source>
        <translation>انحياز {neuron}: {update}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Into {layer}&lt;/b&gt;</source>
        <translation>&lt;b&gt;إلى {layer}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Where a change is too small to show at {digits} digits, it is written after the new value: “(changes by …)”.</source>
        <translation>حيث يكون التغيير أصغر من أن يظهر بـ {digits} أرقام، يُكتب بعد القيمة الجديدة: «(يتغيّر بمقدار …)».</translation>
    </message>
    <message>
        <source>Every weight and bias now moves a small step against its gradient, which lowers the loss on this point unless the step is too large. {rule}</source>
        <translation>كل وزن وانحياز يتحرّك الآن خطوة صغيرة عكس تدرّجه، مما يخفض الخسارة على هذه النقطة ما لم تكن الخطوة كبيرة جدًا. {rule}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Apply&lt;/b&gt; makes exactly this update in the network, and the boundary on the right is drawn again with the new weights.</source>
        <translation>&lt;b&gt;تطبيق&lt;/b&gt; يجري هذا التحديث بالضبط في الشبكة، ويُعاد رسم حدّ القرار على اليمين بالأوزان الجديدة.</translation>
    </message>
    <message>
        <source>{rule}
on the links: the change Δw</source>
        <translation>{rule}
على الروابط: التغيير Δw</translation>
    </message>
    <message>
        <source>The weight update ({optimizer})</source>
        <translation>تحديث الأوزان ({optimizer})</translation>
    </message>
</context>
<context>
    <name>warnings_check</name>
    <message>
        <source>The rule: while much is left to learn (training accuracy under 90 %, or a regression loss above half its start), a hidden layer is starved (vanishing) when its weights change less than 1/50 as fast for their size as the output layer's, ‖∂L/∂W‖/‖W‖ on the whole training set. A network that has learned has small gradients everywhere, and that is not vanishing. Exploding: one step (learning rate × gradient) would change a layer's weights by more than their own size, or training diverged.</source>
        <translation>القاعدة: ما دام الكثير باقيًا للتعلّم (دقة التدريب أقل من 90 %، أو خسارة انحدار فوق نصف قيمتها الابتدائية)، تكون الطبقة المخفية متضوّرة (تلاشي التدرّج) عندما تتغيّر أوزانها بالنسبة إلى حجمها بأقل من 1/50 من سرعة طبقة المُخرَج، ‖∂L/∂W‖/‖W‖ على كامل مجموعة التدريب. الشبكة التي تعلّمت تكون تدرّجاتها صغيرة في كل مكان، وهذا ليس تلاشيًا. الانفجار: خطوة واحدة (معدل التعلّم × التدرّج) ستغيّر أوزان طبقة بأكثر من حجمها، أو تباعَد التدريب.</translation>
    </message>
    <message>
        <source>Dead ReLU: it outputs 0 on every training point, so it passes nothing on and its weights get no gradient; it will not come back by itself. The usual cause is a learning rate too large, which threw its weights far negative. Leaky ReLU never dies.</source>
        <translation>ReLU الميتة: تُخرج 0 على كل نقطة تدريب، فلا تمرّر شيئًا ولا تأخذ أوزانها أي تدرّج؛ ولن تعود من تلقاء نفسها. السبب المعتاد معدل تعلّم كبير جدًا رمى أوزانها بعيدًا في السالب. أما leaky ReLU فلا تموت أبدًا.</translation>
    </message>
    <message>
        <source>View › Gradients (G) shows which layers hardly learn.</source>
        <translation>عرض › التدرّجات (G) يبيّن الطبقات التي بالكاد تتعلّم.</translation>
    </message>
    <message>
        <source>hidden layer {number}</source>
        <translation>الطبقة المخفية {number}</translation>
    </message>
    <message>
        <source>hidden layers {numbers}</source>
        <translation>الطبقات المخفية {numbers}</translation>
    </message>
    <message>
        <source>the output layer</source>
        <translation>طبقة المُخرَج</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} و{last}</translation>
    </message>
    <message>
        <source>so the network gives every point the same answer and cannot learn</source>
        <translation>لذا تعطي الشبكة كل نقطة الإجابة نفسها ولا تستطيع التعلّم</translation>
    </message>
    <message>
        <source>so they get no gradient and will not come back</source>
        <translation>لذا لا تأخذ أي تدرّج ولن تعود</translation>
    </message>
    <message>
        <source>Likely cause: the learning rate ({rate}) is so large that a step threw their weights far negative; lower it and press reset, or use leaky ReLU.</source>
        <translation>السبب المحتمل: معدل التعلّم ({rate}) كبير جدًا حتى إن خطوة رمت أوزانها بعيدًا في السالب؛ اخفضه واضغط إعادة التعيين، أو استعمل leaky ReLU.</translation>
    </message>
    <message>
        <source>Likely cause: a large step or a negative bias pushed their weighted sums below zero for every point; try leaky ReLU, a smaller learning rate, or reset.</source>
        <translation>السبب المحتمل: خطوة كبيرة أو انحياز سالب دفع مجاميعها الموزونة تحت الصفر لكل نقطة؛ جرّب leaky ReLU، أو معدل تعلّم أصغر، أو إعادة التعيين.</translation>
    </message>
    <message>
        <source>Dead ReLUs: 1 neuron of {where} outputs 0 on every training point, {effect}. {cause}</source>
        <translation>ReLU ميتة: عصبون واحد من {where} يُخرج 0 على كل نقطة تدريب، {effect}. {cause}</translation>
    </message>
    <message>
        <source>Dead ReLUs: {count} of {where} output 0 on every training point, {effect}. {cause}</source>
        <translation>ReLU ميتة: {count} من {where} تُخرج 0 على كل نقطة تدريب، {effect}. {cause}</translation>
    </message>
    <message>
        <source>both neurons</source>
        <translation>كلا العصبونين</translation>
    </message>
    <message numerus="yes">
        <source>all %n neurons</source>
        <translation><numerusform>كل العصبونات الـ%n</numerusform><numerusform>العصبون الـ%n</numerusform><numerusform>كلا العصبونين (%n)</numerusform><numerusform>كل العصبونات الـ%n</numerusform><numerusform>كل العصبونات الـ%n</numerusform><numerusform>كل العصبونات الـ%n</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n neurons</source>
        <translation><numerusform>%n عصبون</numerusform><numerusform>%n عصبون</numerusform><numerusform>%n عصبونان</numerusform><numerusform>%n عصبونات</numerusform><numerusform>%n عصبونًا</numerusform><numerusform>%n عصبون</numerusform></translation>
    </message>
    <message>
        <source>Exploding gradients: one step would change the weights of {layer} by {ratio}× their own size (learning rate × gradient); each such step makes the next gradient larger. Lower the learning rate.</source>
        <translation>انفجار التدرّج: خطوة واحدة ستغيّر أوزان {layer} بمقدار {ratio}× حجمها (معدل التعلّم × التدرّج)؛ وكل خطوة كهذه تجعل التدرّج التالي أكبر. اخفض معدل التعلّم.</translation>
    </message>
    <message>
        <source>accuracy {accuracy}</source>
        <translation>الدقة {accuracy}</translation>
    </message>
    <message>
        <source>the loss is still {loss}</source>
        <translation>الخسارة ما زالت {loss}</translation>
    </message>
    <message>
        <source> (≤ 0.25 for sigmoid): try fewer layers, tanh or ReLU.</source>
        <translation> (‎≤ 0.25 للسيغمويد): جرّب طبقات أقل، أو tanh أو ReLU.</translation>
    </message>
    <message>
        <source>, near 0 for saturated neurons: try a smaller learning rate or fewer layers.</source>
        <translation>، قرب 0 للعصبونات المشبعة: جرّب معدل تعلّم أصغر أو طبقات أقل.</translation>
    </message>
    <message>
        <source>Vanishing gradients: {layers} learns under 1/50 as fast as the output layer (layer {worst}: 1/{ratio}) with much left to learn ({left}). Each layer back multiplies the gradient by w·f′(z){advice}</source>
        <translation>تلاشي التدرّج: {layers} تتعلّم بأقل من 1/50 من سرعة طبقة المُخرَج (الطبقة {worst}: 1/{ratio}) والكثير باقٍ للتعلّم ({left}). كل طبقة إلى الخلف تضرب التدرّج في w·f′(z){advice}</translation>
    </message>
    <message>
        <source>Vanishing gradients: {layers} learn under 1/50 as fast as the output layer (layer {worst}: 1/{ratio}) with much left to learn ({left}). Each layer back multiplies the gradient by w·f′(z){advice}</source>
        <translation>تلاشي التدرّج: {layers} تتعلّم بأقل من 1/50 من سرعة طبقة المُخرَج (الطبقة {worst}: 1/{ratio}) والكثير باقٍ للتعلّم ({left}). كل طبقة إلى الخلف تضرب التدرّج في w·f′(z){advice}</translation>
    </message>
    <message>
        <source>Stuck: no better loss for {epochs} epochs, because of the dead neurons.</source>
        <translation>متعثّر: لا خسارة أفضل منذ {epochs} حقبة، بسبب العصبونات الميتة.</translation>
    </message>
    <message>
        <source>Stuck: accuracy at chance ({chance}) for {epochs} epochs, because of the dead neurons.</source>
        <translation>متعثّر: الدقة عند مستوى الصدفة ({chance}) منذ {epochs} حقبة، بسبب العصبونات الميتة.</translation>
    </message>
    <message>
        <source>Stuck: no better loss in the last {epochs} epochs. Try another learning rate, tanh or ReLU rather than sigmoid, fewer layers, or reset for new starting weights.</source>
        <translation>متعثّر: لا خسارة أفضل في آخر {epochs} حقبة. جرّب معدل تعلّم آخر، أو tanh أو ReLU بدل السيغمويد، أو طبقات أقل، أو إعادة التعيين لأوزان ابتدائية جديدة.</translation>
    </message>
    <message>
        <source>Stuck: no better loss in the last {epochs} epochs and accuracy at chance ({chance}, the commonest class's share). Try another learning rate, tanh or ReLU rather than sigmoid, fewer layers, or reset for new starting weights.</source>
        <translation>متعثّر: لا خسارة أفضل في آخر {epochs} حقبة والدقة عند مستوى الصدفة ({chance}، حصة الفئة الأكثر شيوعًا). جرّب معدل تعلّم آخر، أو tanh أو ReLU بدل السيغمويد، أو طبقات أقل، أو إعادة التعيين لأوزان ابتدائية جديدة.</translation>
    </message>
</context>
<context>
    <name>worker</name>
    <message>
        <source>Internal error, training paused: {error}</source>
        <translation>خطأ داخلي، أُوقف التدريب مؤقتًا: {error}</translation>
    </message>
    <message>
        <source>Not changed: {reason}</source>
        <translation>لم يتغيّر: {reason}</translation>
    </message>
    <message>
        <source>Training goes on in the window's own process ({reason}).</source>
        <translation>يستمر التدريب في عملية النافذة نفسها ({reason}).</translation>
    </message>
</context>
</TS>