<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar" sourcelanguage="en">
    <context>
        <name>About</name>
        <message>
            <source>&lt;h3&gt;Fact-Check Workbench {version}&lt;/h3&gt;&lt;p&gt;An offline desk for fact-checkers: gather the articles about a story, mark each claim as sourced, relayed, denied or unverified, and write the verdict report.&lt;/p&gt;&lt;p&gt;Everything stays on this computer, in the library folder shown in the status bar.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;منصة التحقق من الأخبار {version}&lt;/h3&gt;&lt;p&gt;مكتب عمل للمدقّقين لا يحتاج إلى الإنترنت: اجمع المقالات التي تناولت القصة، وصنّف كل ادعاء إلى موثّق المصدر أو منقول أو منفي أو غير متحقَّق، ثم اكتب تقرير الحكم.&lt;/p&gt;&lt;p&gt;تبقى كل البيانات على هذا الحاسوب، في مجلد المكتبة الظاهر في شريط الحالة.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Fact-Check Workbench — User guide</source>
            <translation>منصة التحقق من الأخبار — دليل الاستخدام</translation>
        </message>
    </context>
    <context>
        <name>AnswerPrompt</name>
        <message>
            <source>a denial by {source}</source>
            <translation>نفيًا صادرًا عن {source}</translation>
        </message>
        <message>
            <source>a denial</source>
            <translation>نفيًا</translation>
        </message>
        <message>
            <source>a refusal to comment by {source}</source>
            <translation>امتناعًا عن التعليق من {source}</translation>
        </message>
        <message>
            <source>a refusal to comment</source>
            <translation>امتناعًا عن التعليق</translation>
        </message>
        <message>
            <source>This passage answers a claim</source>
            <translation>هذا المقطع ردٌّ على ادعاء</translation>
        </message>
        <message>
            <source>This passage reads as {what} of claim {claim}:
“{text}”</source>
            <translation>يُقرأ هذا المقطع بوصفه {what} للادعاء {claim}:
«{text}»</translation>
        </message>
        <message>
            <source>{reason}.

Attach it to that claim as {what}, or make it a new claim?</source>
            <translation>{reason}.

هل تُلحقه بذلك الادعاء بوصفه {what}، أم تجعله ادعاءً جديدًا؟</translation>
        </message>
        <message>
            <source>Attach as denial</source>
            <translation>إلحاق بوصفه نفيًا</translation>
        </message>
        <message>
            <source>Attach as no comment</source>
            <translation>إلحاق بوصفه امتناعًا عن التعليق</translation>
        </message>
        <message>
            <source>New claim</source>
            <translation>ادعاء جديد</translation>
        </message>
    </context>
    <context>
        <name>ArticleDetails</name>
        <message>
            <source>Edit article details</source>
            <translation>تعديل بيانات المقال</translation>
        </message>
        <message>
            <source>Article details</source>
            <translation>بيانات المقال</translation>
        </message>
        <message>
            <source>the newspaper, site or agency that published it</source>
            <translation>الصحيفة أو الموقع أو الوكالة التي نشرته</translation>
        </message>
        <message>
            <source>Published on</source>
            <translation>تاريخ النشر</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <source>Outlet</source>
            <translation>الوسيلة الإعلامية</translation>
        </message>
        <message>
            <source>Byline</source>
            <translation>الكاتب</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>الرابط</translation>
        </message>
    </context>
    <context>
        <name>ArticleModel</name>
        <message>
            <source>Outlet</source>
            <translation>الوسيلة</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <source>Lang</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <source>en</source>
            <comment>short code of English in a narrow column</comment>
            <translation>إنج</translation>
        </message>
        <message>
            <source>ar</source>
            <comment>short code of Arabic in a narrow column</comment>
            <translation>عربي</translation>
        </message>
        <message>
            <source>listing articles</source>
            <translation>عرض المقالات</translation>
        </message>
    </context>
    <context>
        <name>AssistDocks</name>
        <message>
            <source>Claim suggestions</source>
            <translation>ادعاءات مقترحة</translation>
        </message>
        <message>
            <source>Who relayed whom</source>
            <translation>من نقل عن من</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>ملاءمة</translation>
        </message>
        <message>
            <source>The whole map (Ctrl+0)</source>
            <translation>المخطط كاملًا (Ctrl+0)</translation>
        </message>
        <message>
            <source>Readable size</source>
            <translation>حجم مقروء</translation>
        </message>
        <message>
            <source>Labels at a size that reads</source>
            <translation>التسميات بحجم يُقرأ</translation>
        </message>
        <message>
            <source>Zoom in (Ctrl+=)</source>
            <translation>تكبير (Ctrl+=)</translation>
        </message>
        <message>
            <source>Zoom out (Ctrl+-)</source>
            <translation>تصغير (Ctrl+-)</translation>
        </message>
        <message>
            <source>Open a case to get suggestions.</source>
            <translation>افتح قضية لتحصل على اقتراحات.</translation>
        </message>
    </context>
    <context>
        <name>CaseController</name>
        <message>
            <source>reading the case</source>
            <translation>قراءة القضية</translation>
        </message>
        <message>
            <source>updating the search index</source>
            <translation>تحديث فهرس البحث</translation>
        </message>
    </context>
    <context>
        <name>CaseDetails</name>
        <message>
            <source>Case details</source>
            <translation>بيانات القضية</translation>
        </message>
        <message>
            <source>A short name for the case</source>
            <translation>اسم قصير للقضية</translation>
        </message>
        <message>
            <source>The question the case checks</source>
            <translation>السؤال الذي تتحقق منه القضية</translation>
        </message>
        <message>
            <source>Your answer to the question, as the report will print it</source>
            <translation>إجابتك عن السؤال كما سيطبعها التقرير</translation>
        </message>
        <message>
            <source>How the story travelled, in a few sentences</source>
            <translation>كيف انتشرت القصة، في بضع جمل</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;العنوان:</translation>
        </message>
        <message>
            <source>&amp;Question:</source>
            <translation>ال&amp;سؤال:</translation>
        </message>
        <message>
            <source>&amp;Verdict:</source>
            <translation>ال&amp;حكم:</translation>
        </message>
        <message>
            <source>&amp;Summary:</source>
            <translation>ال&amp;ملخّص:</translation>
        </message>
    </context>
    <context>
        <name>CaseFiles</name>
        <message>
            <source>Case files (*.fcase)</source>
            <translation>ملفات القضايا (*.fcase)</translation>
        </message>
        <message>
            <source>The whole case, with statuses, sources and verdict</source>
            <translation>القضية كاملة، بحالاتها ومصادرها وحكمها</translation>
        </message>
        <message>
            <source>An exercise: the claims, their statuses and sources hidden</source>
            <translation>تمرين: الادعاءات ظاهرة، وحالاتها ومصادرها مخفية</translation>
        </message>
        <message>
            <source>An exercise: the claims hidden too, trainees find them</source>
            <translation>تمرين: الادعاءات مخفية أيضًا، ويستخرجها المتدرّبون</translation>
        </message>
        <message>
            <source>Export a case file</source>
            <translation>تصدير ملف قضية</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>استعراض…</translation>
        </message>
        <message>
            <source>&amp;Replace the file if it already exists</source>
            <translation>ا&amp;ستبدال الملف إن كان موجودًا</translation>
        </message>
        <message>
            <source>Contents:</source>
            <translation>المحتوى:</translation>
        </message>
        <message>
            <source>Save as:</source>
            <translation>الحفظ باسم:</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;تصدير</translation>
        </message>
        <message>
            <source>Say where the case file should be saved.</source>
            <translation>حدّد أين يُحفظ ملف القضية.</translation>
        </message>
        <message>
            <source>writing the case file</source>
            <translation>كتابة ملف القضية</translation>
        </message>
        <message>
            <source>Case file written</source>
            <translation>كُتب ملف القضية</translation>
        </message>
        <message>
            <source>Exercise written</source>
            <translation>كُتب التمرين</translation>
        </message>
        <message>
            <source>“{title}” was added as a new case and is now open.</source>
            <translation>أُضيفت «{title}» قضيةً جديدة، وهي مفتوحة الآن.</translation>
        </message>
        <message>
            <source>“{title}” was already here; what the file adds is now part of it.</source>
            <translation>«{title}» موجودة من قبل، وما يضيفه الملف صار جزءًا منها.</translation>
        </message>
        <message>
            <source>“{title}” was already here with everything in this file; nothing changed.</source>
            <translation>«{title}» موجودة من قبل بكل ما في هذا الملف، ولم يتغيّر شيء.</translation>
        </message>
        <message numerus="yes">
            <source>Articles: %n added, </source>
            <translation>
                <numerusform>المقالات: أُضيف %Ln، </numerusform>
                <numerusform>المقالات: أُضيف واحد، </numerusform>
                <numerusform>المقالات: أُضيف اثنان، </numerusform>
                <numerusform>المقالات: أُضيف %Ln، </numerusform>
                <numerusform>المقالات: أُضيف %Ln، </numerusform>
                <numerusform>المقالات: أُضيف %Ln، </numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already in the library and linked</source>
            <translation>
                <numerusform>و%Ln موجودة في المكتبة ورُبطت</numerusform>
                <numerusform>وواحد موجود في المكتبة ورُبط</numerusform>
                <numerusform>واثنان موجودان في المكتبة ورُبطا</numerusform>
                <numerusform>و%Ln موجودة في المكتبة ورُبطت</numerusform>
                <numerusform>و%Ln موجودًا في المكتبة ورُبط</numerusform>
                <numerusform>و%Ln موجود في المكتبة ورُبط</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Claims: %n added, </source>
            <translation>
                <numerusform>الادعاءات: أُضيف %Ln، </numerusform>
                <numerusform>الادعاءات: أُضيف واحد، </numerusform>
                <numerusform>الادعاءات: أُضيف اثنان، </numerusform>
                <numerusform>الادعاءات: أُضيف %Ln، </numerusform>
                <numerusform>الادعاءات: أُضيف %Ln، </numerusform>
                <numerusform>الادعاءات: أُضيف %Ln، </numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already present</source>
            <translation>
                <numerusform>و%Ln موجودة من قبل</numerusform>
                <numerusform>وواحد موجود من قبل</numerusform>
                <numerusform>واثنان موجودان من قبل</numerusform>
                <numerusform>و%Ln موجودة من قبل</numerusform>
                <numerusform>و%Ln موجودًا من قبل</numerusform>
                <numerusform>و%Ln موجود من قبل</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Sources: %n added</source>
            <translation>
                <numerusform>المصادر: أُضيف %Ln</numerusform>
                <numerusform>المصادر: أُضيف واحد</numerusform>
                <numerusform>المصادر: أُضيف اثنان</numerusform>
                <numerusform>المصادر: أُضيف %Ln</numerusform>
                <numerusform>المصادر: أُضيف %Ln</numerusform>
                <numerusform>المصادر: أُضيف %Ln</numerusform>
            </translation>
        </message>
        <message>
            <source>Open a case to export it.</source>
            <translation>افتح قضية لتصدّرها.</translation>
        </message>
        <message>
            <source>Import a case file</source>
            <translation>استيراد ملف قضية</translation>
        </message>
        <message>
            <source>;;All files (*)</source>
            <translation>;;كل الملفات (*)</translation>
        </message>
        <message>
            <source>importing a case file</source>
            <translation>استيراد ملف قضية</translation>
        </message>
        <message>
            <source>Case file imported</source>
            <translation>استُورد ملف القضية</translation>
        </message>
    </context>
    <context>
        <name>CaseMenus</name>
        <message>
            <source>Case &amp;details…</source>
            <translation>&amp;بيانات القضية…</translation>
        </message>
        <message>
            <source>The case's title, question, verdict and summary</source>
            <translation>عنوان القضية وسؤالها وحكمها وملخّصها</translation>
        </message>
        <message>
            <source>&amp;Article details…</source>
            <translation>بيانات ال&amp;مقال…</translation>
        </message>
        <message>
            <source>Correct the outlet, date, link or title of the article being read</source>
            <translation>تصحيح الوسيلة أو التاريخ أو الرابط أو العنوان للمقال المعروض</translation>
        </message>
        <message>
            <source>Export &amp;case file…</source>
            <translation>تصدير ملف &amp;قضية…</translation>
        </message>
        <message>
            <source>Write the case (or an exercise made from it) as one .fcase file</source>
            <translation>كتابة القضية (أو تمرين مأخوذ منها) في ملف .fcase واحد</translation>
        </message>
        <message>
            <source>Import case &amp;file…</source>
            <translation>استيراد م&amp;لف قضية…</translation>
        </message>
        <message>
            <source>Add a case from a .fcase file; nothing already here is duplicated</source>
            <translation>إضافة قضية من ملف .fcase دون تكرار ما هو موجود</translation>
        </message>
        <message>
            <source>Check &amp;out from team library…</source>
            <translation>ا&amp;ستعارة قضية من مكتبة الفريق…</translation>
        </message>
        <message>
            <source>Copy a case from the team library into this one to work on it away from the network</source>
            <translation>نسخ قضية من مكتبة الفريق إلى هذه المكتبة للعمل عليها بعيدًا عن الشبكة</translation>
        </message>
        <message>
            <source>Check i&amp;n to team library</source>
            <translation>إ&amp;عادة القضية إلى مكتبة الفريق</translation>
        </message>
        <message>
            <source>Merge the open case back into the team library it was checked out from</source>
            <translation>دمج القضية المفتوحة في مكتبة الفريق التي استُعيرت منها</translation>
        </message>
        <message>
            <source>&amp;Workshop</source>
            <translation>&amp;ورشة التدريب</translation>
        </message>
        <message>
            <source>Save as answer &amp;key…</source>
            <translation>حفظ بوصفها م&amp;فتاح الإجابات…</translation>
        </message>
        <message>
            <source>Freeze this case's markings as the key trainees are scored against</source>
            <translation>تثبيت تصنيفات هذه القضية مفتاحًا تُقاس به إجابات المتدرّبين</translation>
        </message>
        <message>
            <source>Export &amp;exercise…</source>
            <translation>تصدير ت&amp;مرين…</translation>
        </message>
        <message>
            <source>A case file for trainees, with statuses and sources (or the claims too) hidden</source>
            <translation>ملف قضية للمتدرّبين، تُخفى فيه الحالات والمصادر (أو الادعاءات أيضًا)</translation>
        </message>
        <message>
            <source>Export my &amp;answers…</source>
            <translation>تصدير إ&amp;جاباتي…</translation>
        </message>
        <message>
            <source>As a trainee: your markings of the exercise, in a small file with your name</source>
            <translation>للمتدرّب: تصنيفاتك في التمرين، في ملف صغير يحمل اسمك</translation>
        </message>
        <message>
            <source>&amp;Compare answers…</source>
            <translation>م&amp;قارنة الإجابات…</translation>
        </message>
        <message>
            <source>Score a group's answer files against the key</source>
            <translation>تقييم ملفات إجابات المجموعة مقارنةً بالمفتاح</translation>
        </message>
        <message>
            <source>&amp;Presentation mode</source>
            <translation>وضع ال&amp;عرض</translation>
        </message>
        <message>
            <source>Full screen, large text: the reader and claims for a projector</source>
            <translation>ملء الشاشة بخط كبير: المقال والادعاءات لجهاز العرض</translation>
        </message>
        <message>
            <source>Zoom &amp;in</source>
            <translation>ت&amp;كبير</translation>
        </message>
        <message>
            <source>Larger text in the reader and the claim pane</source>
            <translation>خط أكبر في المقال ولوحة الادعاءات</translation>
        </message>
        <message>
            <source>Zoom &amp;out</source>
            <translation>ت&amp;صغير</translation>
        </message>
        <message>
            <source>Smaller text in the reader and claims</source>
            <translation>خط أصغر في المقال والادعاءات</translation>
        </message>
        <message>
            <source>&amp;Actual size</source>
            <translation>الحجم ال&amp;أصلي</translation>
        </message>
        <message>
            <source>Text back to its normal size</source>
            <translation>إعادة الخط إلى حجمه المعتاد</translation>
        </message>
        <message>
            <source>Exported to {path}</source>
            <translation>صُدّر إلى {path}</translation>
        </message>
        <message>
            <source>Export written</source>
            <translation>اكتمل التصدير</translation>
        </message>
    </context>
    <context>
        <name>CheckOutDialog</name>
        <message>
            <source>Check out a case</source>
            <translation>استعارة قضية</translation>
        </message>
        <message>
            <source>The team library's folder</source>
            <translation>مجلد مكتبة الفريق</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>استعراض…</translation>
        </message>
        <message>
            <source>The case is copied into this library to work on away from the network, and shown to the team as checked out until you check it back in.</source>
            <translation>تُنسخ القضية إلى هذه المكتبة للعمل عليها بعيدًا عن الشبكة، ويراها الفريق مستعارةً حتى تعيدها.</translation>
        </message>
        <message>
            <source>Team library:</source>
            <translation>مكتبة الفريق:</translation>
        </message>
        <message>
            <source>Case:</source>
            <translation>القضية:</translation>
        </message>
        <message>
            <source>&amp;Check out</source>
            <translation>ا&amp;ستعارة</translation>
        </message>
        <message>
            <source>The team library</source>
            <translation>مكتبة الفريق</translation>
        </message>
    </context>
    <context>
        <name>CheckedPanel</name>
        <message>
            <source>Rating</source>
            <translation>التقييم</translation>
        </message>
        <message>
            <source>Claim checked · reviewer · date</source>
            <translation>الادعاء المتحقَّق منه · الجهة المدقّقة · التاريخ</translation>
        </message>
        <message>
            <source>Cite as evidence</source>
            <translation>الاستشهاد به دليلًا</translation>
        </message>
        <message>
            <source>Add the chosen earlier verdict to the selected claim's evidence</source>
            <translation>إضافة الحكم السابق المختار إلى أدلة الادعاء المحدد</translation>
        </message>
        <message>
            <source>Import verdicts…</source>
            <translation>استيراد أحكام…</translation>
        </message>
        <message>
            <source>Add ClaimReview JSON-LD, saved fact-check pages, CSV or JSONL</source>
            <translation>إضافة ملفات ClaimReview (JSON-LD) أو صفحات تحقق محفوظة أو CSV أو JSONL</translation>
        </message>
        <message>
            <source>matching earlier verdicts</source>
            <translation>مطابقة الأحكام السابقة</translation>
        </message>
        <message>
            <source>Select a claim or a passage to see whether it was checked before.</source>
            <translation>حدّد ادعاءً أو مقطعًا لترى إن كان قد تُحقّق منه من قبل.</translation>
        </message>
        <message>
            <source>Looking for earlier verdicts on “{text}”…</source>
            <translation>البحث عن أحكام سابقة بشأن «{text}»…</translation>
        </message>
        <message>
            <source>No earlier verdict found for “{text}”. Import fact-checkers' ClaimReview files to widen the archive.</source>
            <translation>لم يُعثر على حكم سابق بشأن «{text}». استورد ملفات ClaimReview من منصات التحقق لتوسيع الأرشيف.</translation>
        </message>
        <message>
            <source>Closest earlier verdicts for “{text}”:</source>
            <translation>أقرب الأحكام السابقة إلى «{text}»:</translation>
        </message>
        <message>
            <source>No rating</source>
            <translation>بلا تقييم</translation>
        </message>
        <message>
            <source>ref {ref}</source>
            <translation>المرجع {ref}</translation>
        </message>
        <message>
            <source>Earlier verdict cited as evidence</source>
            <translation>استُشهد بحكم سابق دليلًا</translation>
        </message>
        <message>
            <source>Import earlier verdicts</source>
            <translation>استيراد أحكام سابقة</translation>
        </message>
        <message>
            <source>Verdict archives (*.jsonld *.json *.jsonl *.ndjson *.html *.htm *.csv)</source>
            <translation>أرشيفات الأحكام (*.jsonld *.json *.jsonl *.ndjson *.html *.htm *.csv)</translation>
        </message>
        <message>
            <source>importing earlier verdicts</source>
            <translation>استيراد الأحكام السابقة</translation>
        </message>
        <message numerus="yes">
            <source>%n earlier verdicts added, </source>
            <translation>
                <numerusform>أُضيف %Ln حكم سابق، </numerusform>
                <numerusform>أُضيف حكم سابق واحد، </numerusform>
                <numerusform>أُضيف حكمان سابقان، </numerusform>
                <numerusform>أُضيفت %Ln أحكام سابقة، </numerusform>
                <numerusform>أُضيف %Ln حكمًا سابقًا، </numerusform>
                <numerusform>أُضيف %Ln حكم سابق، </numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n duplicates folded</source>
            <translation>
                <numerusform>ودُمج %Ln مكرر</numerusform>
                <numerusform>ودُمج مكرر واحد</numerusform>
                <numerusform>ودُمج مكرران</numerusform>
                <numerusform>ودُمجت %Ln مكررات</numerusform>
                <numerusform>ودُمج %Ln مكررًا</numerusform>
                <numerusform>ودُمج %Ln مكرر</numerusform>
            </translation>
        </message>
        <message>
            <source>; refused: {files}</source>
            <translation>؛ رُفض: {files}</translation>
        </message>
        <message>
            <source>Checked before</source>
            <translation>تُحقّق منه سابقًا</translation>
        </message>
        <message>
            <source>Earlier verdicts on the selected claim or passage</source>
            <translation>الأحكام السابقة بشأن الادعاء أو المقطع المحدد</translation>
        </message>
    </context>
    <context>
        <name>CheckoutFlow</name>
        <message>
            <source>“%1” is checked out from %2 and now open here. The team sees it as checked out until you check it back in.</source>
            <translation>استُعيرت «%1» من %2 وهي مفتوحة هنا الآن. يراها الفريق مستعارةً حتى تعيدها.</translation>
        </message>
        <message>
            <source>“%1” is checked back in to %2.</source>
            <translation>أُعيدت «%1» إلى %2.</translation>
        </message>
        <message>
            <source>kept mine</source>
            <translation>أُبقيت نسختي</translation>
        </message>
        <message>
            <source>kept theirs</source>
            <translation>أُبقيت نسخة الفريق</translation>
        </message>
        <message>
            <source>Conflicts settled (the other version is in the history):</source>
            <translation>تعارضات حُسمت (النسخة الأخرى محفوظة في السجل):</translation>
        </message>
        <message>
            <source>Copying the case from the team library…</source>
            <translation>نسخ القضية من مكتبة الفريق…</translation>
        </message>
        <message>
            <source>Case checked out</source>
            <translation>استُعيرت القضية</translation>
        </message>
        <message>
            <source>Open a checked-out case to check it in.</source>
            <translation>افتح قضية مستعارة لتعيدها.</translation>
        </message>
        <message>
            <source>Comparing with the team library…</source>
            <translation>المقارنة بمكتبة الفريق…</translation>
        </message>
        <message>
            <source>Merging the case into the team library…</source>
            <translation>دمج القضية في مكتبة الفريق…</translation>
        </message>
        <message>
            <source>Case checked in</source>
            <translation>أُعيدت القضية</translation>
        </message>
        <message>
            <source>Team library</source>
            <translation>مكتبة الفريق</translation>
        </message>
        <message>
            <source>A check-out or check-in is already under way.</source>
            <translation>هناك استعارة أو إعادة جارية بالفعل.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
    </context>
    <context>
        <name>Checks</name>
        <message>
            <source>The case has no overall verdict yet.</source>
            <translation>ليس للقضية حكم نهائي بعد.</translation>
        </message>
        <message>
            <source>Claim {claim} is not quoted from any article in the case.</source>
            <translation>الادعاء {claim} غير مقتبس من أي مقال في القضية.</translation>
        </message>
        <message>
            <source>Claim {claim} is marked sourced but rests on a single source; the two-independent-sources rule is not met.</source>
            <translation>الادعاء {claim} مصنّف موثّق المصدر لكنه يستند إلى مصدر واحد؛ قاعدة المصدرين المستقلين غير مستوفاة.</translation>
        </message>
        <message>
            <source>Claim {claim} is marked sourced but no article asserts it with its own source.</source>
            <translation>الادعاء {claim} مصنّف موثّق المصدر لكن لا مقال يؤكده بمصدر خاص به.</translation>
        </message>
        <message>
            <source>Claim {claim} is only relayed: the original report is not in the case.</source>
            <translation>الادعاء {claim} منقول فقط: الخبر الأصلي ليس ضمن القضية.</translation>
        </message>
        <message>
            <source>Claim {claim} is marked denied but no article in the case carries the denial.</source>
            <translation>الادعاء {claim} مصنّف منفيًا لكن لا مقال في القضية يحمل النفي.</translation>
        </message>
        <message>
            <source>Claim {claim}: the denial carried by {where} names no body or person.</source>
            <translation>الادعاء {claim}: النفي الوارد في {where} لا يسمّي جهة ولا شخصًا.</translation>
        </message>
        <message>
            <source>Claim {claim}: the denial carried by {where} has no date.</source>
            <translation>الادعاء {claim}: النفي الوارد في {where} بلا تاريخ.</translation>
        </message>
        <message>
            <source>No overall verdict</source>
            <translation>لا حكم نهائي</translation>
        </message>
        <message>
            <source>Not quoted from an article</source>
            <translation>غير مقتبس من مقال</translation>
        </message>
        <message>
            <source>Single source</source>
            <translation>مصدر واحد</translation>
        </message>
        <message>
            <source>Original report missing</source>
            <translation>الخبر الأصلي غائب</translation>
        </message>
        <message>
            <source>Denial missing</source>
            <translation>النفي غائب</translation>
        </message>
        <message>
            <source>Unnamed denial</source>
            <translation>نفي من جهة غير مسمّاة</translation>
        </message>
        <message>
            <source>Undated denial</source>
            <translation>نفي بلا تاريخ</translation>
        </message>
    </context>
    <context>
        <name>ClaimDetail</name>
        <message>
            <source>Outlet</source>
            <comment>kind of source</comment>
            <translation>وسيلة إعلامية</translation>
        </message>
        <message>
            <source>Official body</source>
            <comment>kind of source</comment>
            <translation>جهة رسمية</translation>
        </message>
        <message>
            <source>Person</source>
            <comment>kind of source</comment>
            <translation>شخص</translation>
        </message>
        <message>
            <source>Anonymous</source>
            <comment>kind of source</comment>
            <translation>مصدر مجهَّل</translation>
        </message>
        <message>
            <source>Other</source>
            <comment>kind of source</comment>
            <translation>أخرى</translation>
        </message>
        <message>
            <source>link</source>
            <translation>رابط</translation>
        </message>
        <message>
            <source>document</source>
            <translation>وثيقة</translation>
        </message>
        <message>
            <source>earlier verdict</source>
            <translation>حكم سابق</translation>
        </message>
        <message>
            <source>&lt;i&gt;Select a claim to see it in full.&lt;/i&gt;</source>
            <translation>&lt;i&gt;حدّد ادعاءً لعرضه كاملًا.&lt;/i&gt;</translation>
        </message>
        <message>
            <source>The claim in your words; saved when you leave the box</source>
            <translation>الادعاء بصياغتك؛ يُحفظ عند مغادرة الخانة</translation>
        </message>
        <message>
            <source>{status} (key {key}): {meaning}</source>
            <translation>{status} (المفتاح {key}): {meaning}</translation>
        </message>
        <message>
            <source>Who the claim is attributed to</source>
            <translation>الجهة التي يُنسب إليها الادعاء</translation>
        </message>
        <message>
            <source>Attribute</source>
            <translation>نسبة</translation>
        </message>
        <message>
            <source>Attribute the claim to this source (created if new)</source>
            <translation>نسبة الادعاء إلى هذا المصدر (يُنشأ إن كان جديدًا)</translation>
        </message>
        <message>
            <source>Click a mention to see it in the reader</source>
            <translation>انقر إشارةً لتراها في المقال</translation>
        </message>
        <message>
            <source>Remove mention</source>
            <translation>حذف الإشارة</translation>
        </message>
        <message>
            <source>Add evidence…</source>
            <translation>إضافة دليل…</translation>
        </message>
        <message>
            <source>A link, a document or a call log that supports the verdict</source>
            <translation>رابط أو وثيقة أو سجل اتصال يدعم الحكم</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>حذف</translation>
        </message>
        <message>
            <source>Working note (saved when you leave the box)</source>
            <translation>ملاحظة عمل (تُحفظ عند مغادرة الخانة)</translation>
        </message>
        <message>
            <source>Delete claim</source>
            <translation>حذف الادعاء</translation>
        </message>
        <message>
            <source>Wording</source>
            <translation>الصياغة</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>المصدر</translation>
        </message>
        <message>
            <source>&lt;b&gt;Mentions&lt;/b&gt;</source>
            <translation>&lt;b&gt;الإشارات&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Evidence&lt;/b&gt;</source>
            <translation>&lt;b&gt;الأدلة&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Note&lt;/b&gt;</source>
            <translation>&lt;b&gt;ملاحظة&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Add evidence</source>
            <translation>إضافة دليل</translation>
        </message>
        <message>
            <source>Link, document or record that backs the verdict:</source>
            <translation>رابط أو وثيقة أو سجل يسند الحكم:</translation>
        </message>
        <message>
            <source>&lt;b&gt;Claim {id}&lt;/b&gt; — {status}</source>
            <translation>&lt;b&gt;الادعاء {id}&lt;/b&gt; — {status}</translation>
        </message>
    </context>
    <context>
        <name>ClaimList</name>
        <message>
            <source>no source yet</source>
            <translation>لا مصدر بعد</translation>
        </message>
        <message numerus="yes">
            <source>{lead} · %n article(s)</source>
            <translation>
                <numerusform>{lead} · %Ln مقال</numerusform>
                <numerusform>{lead} · مقال واحد</numerusform>
                <numerusform>{lead} · مقالان</numerusform>
                <numerusform>{lead} · %Ln مقالات</numerusform>
                <numerusform>{lead} · %Ln مقالًا</numerusform>
                <numerusform>{lead} · %Ln مقال</numerusform>
            </translation>
        </message>
        <message>
            <source>Keys 1-4 set the status: 1 sourced, 2 relayed, 3 denied, 4 unverified</source>
            <translation>المفاتيح 1-4 تحدّد الحالة: 1 موثّق المصدر، 2 منقول، 3 منفي، 4 غير متحقَّق</translation>
        </message>
    </context>
    <context>
        <name>ClaimPane</name>
        <message>
            <source>Key to the marks</source>
            <translation>دليل العلامات</translation>
        </message>
        <message>
            <source>Show or hide what each status mark means</source>
            <translation>إظهار معنى كل علامة حالة أو إخفاؤه</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%n claim(s)&lt;/b&gt; — 1–4 set the status, arrows move</source>
            <translation>
                <numerusform>&lt;b&gt;%Ln ادعاء&lt;/b&gt; — المفاتيح 1–4 تحدّد الحالة، والأسهم للتنقل</numerusform>
                <numerusform>&lt;b&gt;ادعاء واحد&lt;/b&gt; — المفاتيح 1–4 تحدّد الحالة، والأسهم للتنقل</numerusform>
                <numerusform>&lt;b&gt;ادعاءان&lt;/b&gt; — المفاتيح 1–4 تحدّد الحالة، والأسهم للتنقل</numerusform>
                <numerusform>&lt;b&gt;%Ln ادعاءات&lt;/b&gt; — المفاتيح 1–4 تحدّد الحالة، والأسهم للتنقل</numerusform>
                <numerusform>&lt;b&gt;%Ln ادعاءً&lt;/b&gt; — المفاتيح 1–4 تحدّد الحالة، والأسهم للتنقل</numerusform>
                <numerusform>&lt;b&gt;%Ln ادعاء&lt;/b&gt; — المفاتيح 1–4 تحدّد الحالة، والأسهم للتنقل</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ClaimStructureView</name>
        <message>
            <source>undated</source>
            <translation>بلا تاريخ</translation>
        </message>
        <message>
            <source>{outlet} ({date})</source>
            <translation>{outlet} ({date})</translation>
        </message>
        <message>
            <source>Origin</source>
            <translation>المصدر الأول</translation>
        </message>
        <message>
            <source>unknown: no article in the case reports it first-hand</source>
            <translation>غير معروف: لا مقال في القضية ينقله من مصدره مباشرة</translation>
        </message>
        <message>
            <source>not in the case</source>
            <translation>ليس ضمن القضية</translation>
        </message>
        <message>
            <source>{name} ({where})</source>
            <translation>{name} ({where})</translation>
        </message>
        <message>
            <source>{text}, citing {name}</source>
            <translation>{text}، نقلًا عن {name}</translation>
        </message>
        <message>
            <source>Also reported by</source>
            <translation>أورده أيضًا</translation>
        </message>
        <message>
            <source>{text}, citing no one by name</source>
            <translation>{text}، دون تسمية مصدر</translation>
        </message>
        <message>
            <source>Relayed by</source>
            <translation>نقله</translation>
        </message>
        <message>
            <source>an unnamed actor</source>
            <translation>جهة غير مسمّاة</translation>
        </message>
        <message>
            <source>Denied by</source>
            <translation>نفاه</translation>
        </message>
        <message>
            <source>No comment from</source>
            <translation>امتنع عن التعليق</translation>
        </message>
        <message>
            <source>{who}, in {where}</source>
            <translation>{who}، في {where}</translation>
        </message>
        <message>
            <source>→ </source>
            <translation>← </translation>
        </message>
        <message>
            <source>origin unknown</source>
            <translation>المصدر الأول غير معروف</translation>
        </message>
        <message>
            <source>from {name}</source>
            <translation>من {name}</translation>
        </message>
        <message>
            <source>from {name} (not in the case)</source>
            <translation>من {name} (ليس ضمن القضية)</translation>
        </message>
        <message numerus="yes">
            <source>%n more report(s)</source>
            <translation>
                <numerusform>%Ln خبر آخر</numerusform>
                <numerusform>خبر آخر واحد</numerusform>
                <numerusform>خبران آخران</numerusform>
                <numerusform>%Ln أخبار أخرى</numerusform>
                <numerusform>%Ln خبرًا آخر</numerusform>
                <numerusform>%Ln خبر آخر</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n relay(s)</source>
            <translation>
                <numerusform>%Ln ناقل</numerusform>
                <numerusform>ناقل واحد</numerusform>
                <numerusform>ناقلان</numerusform>
                <numerusform>%Ln ناقلين</numerusform>
                <numerusform>%Ln ناقلًا</numerusform>
                <numerusform>%Ln ناقل</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n denial(s)</source>
            <translation>
                <numerusform>%Ln نفي</numerusform>
                <numerusform>نفي واحد</numerusform>
                <numerusform>نفيان</numerusform>
                <numerusform>%Ln حالات نفي</numerusform>
                <numerusform>%Ln نفيًا</numerusform>
                <numerusform>%Ln نفي</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n no comment</source>
            <translation>
                <numerusform>%Ln امتناع عن التعليق</numerusform>
                <numerusform>امتناع واحد عن التعليق</numerusform>
                <numerusform>امتناعان عن التعليق</numerusform>
                <numerusform>%Ln حالات امتناع عن التعليق</numerusform>
                <numerusform>%Ln امتناعًا عن التعليق</numerusform>
                <numerusform>%Ln امتناع عن التعليق</numerusform>
            </translation>
        </message>
        <message>
            <source> → </source>
            <translation> ← </translation>
        </message>
        <message>
            <source> ← </source>
            <translation> → </translation>
        </message>
        <message>
            <source>, </source>
            <translation>، </translation>
        </message>
        <message>
            <source>Who first reported the claim, who relayed it citing whom, who denied it and who declined to comment, from the marked passages</source>
            <translation>من أورد الادعاء أولًا، ومن نقله وعمّن، ومن نفاه ومن امتنع عن التعليق، استنادًا إلى المقاطع المصنّفة</translation>
        </message>
        <message>
            <source>&lt;i&gt;No passage of this claim is marked yet.&lt;/i&gt;</source>
            <translation>&lt;i&gt;لم يُصنَّف أي مقطع من هذا الادعاء بعد.&lt;/i&gt;</translation>
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message>
            <source>New claim “{text}”</source>
            <translation>ادعاء جديد «{text}»</translation>
        </message>
        <message>
            <source>Delete claim “{text}”</source>
            <translation>حذف الادعاء «{text}»</translation>
        </message>
        <message>
            <source>Mark claim {id} {status}</source>
            <translation>تصنيف الادعاء {id}: {status}</translation>
        </message>
        <message>
            <source>Edit the wording of claim {id}</source>
            <translation>تعديل صياغة الادعاء {id}</translation>
        </message>
        <message>
            <source>Edit the note of claim {id}</source>
            <translation>تعديل ملاحظة الادعاء {id}</translation>
        </message>
        <message>
            <source>Edit the source of claim {id}</source>
            <translation>تعديل مصدر الادعاء {id}</translation>
        </message>
        <message>
            <source>Add a mention to claim {id}</source>
            <translation>إضافة إشارة إلى الادعاء {id}</translation>
        </message>
        <message>
            <source>Remove a mention of claim {id}</source>
            <translation>حذف إشارة من الادعاء {id}</translation>
        </message>
        <message>
            <source>Set stance to {stance}</source>
            <translation>تغيير الموقف إلى «{stance}»</translation>
        </message>
        <message>
            <source>Add evidence to claim {id}</source>
            <translation>إضافة دليل إلى الادعاء {id}</translation>
        </message>
        <message>
            <source>Remove evidence from claim {id}</source>
            <translation>حذف دليل من الادعاء {id}</translation>
        </message>
        <message>
            <source>Edit source “{name}”</source>
            <translation>تعديل المصدر «{name}»</translation>
        </message>
        <message>
            <source>Edit case details</source>
            <translation>تعديل بيانات القضية</translation>
        </message>
        <message>
            <source>A case needs a title.</source>
            <translation>لا بد للقضية من عنوان.</translation>
        </message>
        <message>
            <source>A case called “{title}” already exists; choose another.</source>
            <translation>توجد قضية بعنوان «{title}»؛ اختر عنوانًا آخر.</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Wording</source>
            <translation>الصياغة</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>الملاحظة</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>المصدر</translation>
        </message>
        <message>
            <source>Claim changed by someone else</source>
            <translation>غيّر شخص آخر الادعاء</translation>
        </message>
        <message>
            <source>&lt;b&gt;Claim {id} was changed by {by} at {when}&lt;/b&gt;, after this window read it. Your change was not saved.</source>
            <translation>&lt;b&gt;غيّر {by} الادعاء {id} في {when}&lt;/b&gt;، بعد أن قرأته هذه النافذة. لم يُحفظ تغييرك.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Claim {id} was changed by {by}&lt;/b&gt;, after this window read it. Your change was not saved.</source>
            <translation>&lt;b&gt;غيّر {by} الادعاء {id}&lt;/b&gt;، بعد أن قرأته هذه النافذة. لم يُحفظ تغييرك.</translation>
        </message>
        <message>
            <source>Theirs ({by})</source>
            <translation>نسختهم ({by})</translation>
        </message>
        <message>
            <source>Yours</source>
            <translation>نسختك</translation>
        </message>
        <message>
            <source>Keep theirs</source>
            <translation>الإبقاء على نسختهم</translation>
        </message>
        <message>
            <source>Use mine</source>
            <translation>اعتماد نسختي</translation>
        </message>
        <message>
            <source>Leave the claim as they saved it; your change is dropped</source>
            <translation>ترك الادعاء كما حفظوه؛ ويُسقط تغييرك</translation>
        </message>
        <message>
            <source>Save your change over theirs; both stay in the audit trail</source>
            <translation>حفظ تغييرك فوق تغييرهم؛ ويبقى كلاهما في سجل التدقيق</translation>
        </message>
        <message>
            <source>Settle the conflicts</source>
            <translation>حسم التعارضات</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%n conflict(s)&lt;/b&gt; in “%1”: both you and the team changed these since you checked the case out. Choose which version to keep for each; the other stays in the case's history.</source>
            <translation>
                <numerusform>&lt;b&gt;لا تعارض&lt;/b&gt; في «%1»: غيّرتَ أنت والفريق هذه منذ استعرت القضية. اختر النسخة التي تبقى لكلٍّ منها؛ وتبقى الأخرى في سجل القضية.</numerusform>
                <numerusform>&lt;b&gt;تعارض واحد&lt;/b&gt; في «%1»: غيّرتَ أنت والفريق هذه منذ استعرت القضية. اختر النسخة التي تبقى لكلٍّ منها؛ وتبقى الأخرى في سجل القضية.</numerusform>
                <numerusform>&lt;b&gt;تعارضان&lt;/b&gt; في «%1»: غيّرتَ أنت والفريق هذه منذ استعرت القضية. اختر النسخة التي تبقى لكلٍّ منها؛ وتبقى الأخرى في سجل القضية.</numerusform>
                <numerusform>&lt;b&gt;%Ln تعارضات&lt;/b&gt; في «%1»: غيّرتَ أنت والفريق هذه منذ استعرت القضية. اختر النسخة التي تبقى لكلٍّ منها؛ وتبقى الأخرى في سجل القضية.</numerusform>
                <numerusform>&lt;b&gt;%Ln تعارضًا&lt;/b&gt; في «%1»: غيّرتَ أنت والفريق هذه منذ استعرت القضية. اختر النسخة التي تبقى لكلٍّ منها؛ وتبقى الأخرى في سجل القضية.</numerusform>
                <numerusform>&lt;b&gt;%Ln تعارض&lt;/b&gt; في «%1»: غيّرتَ أنت والفريق هذه منذ استعرت القضية. اختر النسخة التي تبقى لكلٍّ منها؛ وتبقى الأخرى في سجل القضية.</numerusform>
            </translation>
        </message>
        <message>
            <source>What</source>
            <translation>العنصر</translation>
        </message>
        <message>
            <source>Mine (this library)</source>
            <translation>نسختي (هذه المكتبة)</translation>
        </message>
        <message>
            <source>Theirs (team)</source>
            <translation>نسخة الفريق</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>الإبقاء على</translation>
        </message>
        <message>
            <source>Mine</source>
            <translation>نسختي</translation>
        </message>
        <message>
            <source>Keep your version</source>
            <translation>الإبقاء على نسختك</translation>
        </message>
        <message>
            <source>Theirs</source>
            <translation>نسخة الفريق</translation>
        </message>
        <message>
            <source>Keep the team's version</source>
            <translation>الإبقاء على نسخة الفريق</translation>
        </message>
        <message>
            <source>Keep all &amp;mine</source>
            <translation>الإبقاء على &amp;كل نسخي</translation>
        </message>
        <message>
            <source>Keep all &amp;theirs</source>
            <translation>الإبقاء على كل نسخ ال&amp;فريق</translation>
        </message>
        <message>
            <source>&amp;Check in</source>
            <translation>إ&amp;عادة</translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s) still to settle.</source>
            <translation>
                <numerusform>لم يبقَ تعارض لحسمه.</numerusform>
                <numerusform>بقي تعارض واحد لحسمه.</numerusform>
                <numerusform>بقي تعارضان لحسمهما.</numerusform>
                <numerusform>بقيت %Ln تعارضات لحسمها.</numerusform>
                <numerusform>بقي %Ln تعارضًا لحسمها.</numerusform>
                <numerusform>بقي %Ln تعارض لحسمها.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Fact-Check Workbench</source>
            <translation>منصة التحقق من الأخبار</translation>
        </message>
        <message>
            <source>Unexpected problem</source>
            <translation>مشكلة غير متوقعة</translation>
        </message>
        <message>
            <source>Something went wrong: {error}

Every change confirmed before this was saved; the one under way may not have been. The details were written to {log}; please send that file with a note of what you were doing.</source>
            <translation>حدث خطأ: {error}

حُفظ كل تغيير أُكّد قبل ذلك، أما التغيير الجاري فربما لم يُحفظ. كُتبت التفاصيل في {log}؛ يُرجى إرسال هذا الملف مع وصف لما كنت تفعله.</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Word verdict report (.docx)</source>
            <translation>تقرير الحكم بصيغة Word (⁦.docx⁩)</translation>
        </message>
        <message>
            <source>ClaimReview JSON-LD (.jsonld)</source>
            <translation>ClaimReview ‏JSON-LD (⁦.jsonld⁩)</translation>
        </message>
        <message>
            <source>Claims table, CSV (.csv)</source>
            <translation>جدول الادعاءات بصيغة CSV (⁦.csv⁩)</translation>
        </message>
        <message>
            <source>Word document (*.docx)</source>
            <translation>مستند Word (*.docx)</translation>
        </message>
        <message>
            <source>JSON-LD (*.jsonld *.json)</source>
            <translation>JSON-LD (*.jsonld *.json)</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Export the case</source>
            <translation>تصدير القضية</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>استعراض…</translation>
        </message>
        <message>
            <source>None: the built-in style</source>
            <translation>لا شيء: النمط المدمج</translation>
        </message>
        <message>
            <source>A Word file (.docx or .dotx) whose styles the report takes on</source>
            <translation>ملف Word (⁦.docx أو .dotx⁩) يأخذ التقرير أنماطه</translation>
        </message>
        <message>
            <source>Your name, or the newsroom's</source>
            <translation>اسمك أو اسم غرفة الأخبار</translation>
        </message>
        <message>
            <source>Printed on the report as its author; remembered for the next report</source>
            <translation>يُطبع في التقرير بوصفه مُعِدّه، ويُحفظ للتقرير التالي</translation>
        </message>
        <message>
            <source>The case's language ({language})</source>
            <translation>لغة القضية ({language})</translation>
        </message>
        <message>
            <source>The language of the report's headings and fixed texts</source>
            <translation>لغة عناوين التقرير ونصوصه الثابتة</translation>
        </message>
        <message>
            <source>&amp;Replace the file if it already exists</source>
            <translation>ا&amp;ستبدال الملف إن كان موجودًا</translation>
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation>ال&amp;صيغة:</translation>
        </message>
        <message>
            <source>Save as:</source>
            <translation>الحفظ باسم:</translation>
        </message>
        <message>
            <source>House-style template:</source>
            <translation>قالب المؤسسة:</translation>
        </message>
        <message>
            <source>Report &amp;language:</source>
            <translation>&amp;لغة التقرير:</translation>
        </message>
        <message>
            <source>&amp;Author:</source>
            <translation>ال&amp;مُعِدّ:</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;تصدير</translation>
        </message>
        <message>
            <source>Export to</source>
            <translation>التصدير إلى</translation>
        </message>
        <message>
            <source>House-style template</source>
            <translation>قالب المؤسسة</translation>
        </message>
        <message>
            <source>Word templates (*.docx *.dotx)</source>
            <translation>قوالب Word (*.docx *.dotx)</translation>
        </message>
        <message>
            <source>Say where the export should be saved.</source>
            <translation>حدّد أين يُحفظ التصدير.</translation>
        </message>
        <message>
            <source>exporting ({format})</source>
            <translation>التصدير ({format})</translation>
        </message>
        <message>
            <source>Cancelled: nothing was written.</source>
            <translation>أُلغي: لم يُكتب شيء.</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>فتح المجلد</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <source>Find in this article</source>
            <translation>البحث في هذا المقال</translation>
        </message>
        <message>
            <source>Previous match (Shift+F3)</source>
            <translation>المطابقة السابقة (Shift+F3)</translation>
        </message>
        <message>
            <source>Next match (F3 or Enter)</source>
            <translation>المطابقة التالية (F3 أو Enter)</translation>
        </message>
        <message>
            <source>Close the find bar (Esc)</source>
            <translation>إغلاق شريط البحث (Esc)</translation>
        </message>
        <message>
            <source>Find:</source>
            <translation>بحث:</translation>
        </message>
        <message>
            <source>no match</source>
            <translation>لا مطابقة</translation>
        </message>
        <message>
            <source>{current} of {total}</source>
            <translation>{current} من {total}</translation>
        </message>
    </context>
    <context>
        <name>ImportFlow</name>
        <message numerus="yes">
            <source>%n article(s) imported</source>
            <translation>
                <numerusform>لم يُستورد أي مقال</numerusform>
                <numerusform>استُورد مقال واحد</numerusform>
                <numerusform>استُورد مقالان</numerusform>
                <numerusform>استُوردت %Ln مقالات</numerusform>
                <numerusform>استُورد %Ln مقالًا</numerusform>
                <numerusform>استُورد %Ln مقال</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already in the library</source>
            <translation>
                <numerusform>لا شيء موجود في المكتبة من قبل</numerusform>
                <numerusform>واحد موجود في المكتبة من قبل</numerusform>
                <numerusform>اثنان موجودان في المكتبة من قبل</numerusform>
                <numerusform>%Ln موجودة في المكتبة من قبل</numerusform>
                <numerusform>%Ln موجودًا في المكتبة من قبل</numerusform>
                <numerusform>%Ln موجود في المكتبة من قبل</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n skipped</source>
            <translation>
                <numerusform>لم يُتخطَّ شيء</numerusform>
                <numerusform>تُخطّي واحد</numerusform>
                <numerusform>تُخطّي اثنان</numerusform>
                <numerusform>تُخطّيت %Ln</numerusform>
                <numerusform>تُخطّي %Ln</numerusform>
                <numerusform>تُخطّي %Ln</numerusform>
            </translation>
        </message>
        <message>
            <source>{parts}.</source>
            <translation>{parts}.</translation>
        </message>
        <message>
            <source>, </source>
            <translation>، </translation>
        </message>
        <message>
            <source>Import cancelled: {summary}</source>
            <translation>أُلغي الاستيراد: {summary}</translation>
        </message>
        <message>
            <source>Skipped: {reason}</source>
            <translation>تُخطّي: {reason}</translation>
        </message>
        <message>
            <source>Note: {note}</source>
            <translation>ملاحظة: {note}</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>الاستيراد</translation>
        </message>
        <message>
            <source>An import is already running; wait for it to finish.</source>
            <translation>ثمة استيراد جارٍ؛ انتظر حتى ينتهي.</translation>
        </message>
        <message>
            <source>Reading files…</source>
            <translation>قراءة الملفات…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Importing articles</source>
            <translation>استيراد المقالات</translation>
        </message>
        <message>
            <source>import</source>
            <translation>الاستيراد</translation>
        </message>
        <message>
            <source>Imported {done} of {total} files…</source>
            <translation>استُورد {done} من {total} ملفًا…</translation>
        </message>
        <message>
            <source>Import finished</source>
            <translation>انتهى الاستيراد</translation>
        </message>
        <message>
            <source>Show details to see each skipped file and why.</source>
            <translation>اعرض التفاصيل لترى كل ملف تُخطّي وسبب ذلك.</translation>
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <source>&amp;Language</source>
            <translation>ال&amp;لغة</translation>
        </message>
        <message>
            <source>The system's language</source>
            <translation>لغة النظام</translation>
        </message>
        <message>
            <source>Used from the next start of the workbench</source>
            <translation>تُعتمد عند التشغيل التالي للمنصة</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <source>The workbench will speak the chosen language from its next start.</source>
            <translation>ستعمل المنصة باللغة المختارة بدءًا من تشغيلها التالي.</translation>
        </message>
    </context>
    <context>
        <name>LibraryDock</name>
        <message>
            <source>Your cases; open one to read and mark its claims</source>
            <translation>قضاياك؛ افتح إحداها لقراءة ادعاءاتها وتصنيفها</translation>
        </message>
        <message>
            <source>&lt;b&gt;Cases&lt;/b&gt;</source>
            <translation>&lt;b&gt;القضايا&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>المقالات</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>البحث</translation>
        </message>
        <message>
            <source>All articles in the library</source>
            <translation>كل مقالات المكتبة</translation>
        </message>
        <message>
            <source>Browse every article, whichever case it belongs to</source>
            <translation>تصفّح كل المقالات أيًّا كانت قضيتها</translation>
        </message>
        <message numerus="yes">
            <source>%n article(s), </source>
            <translation>
                <numerusform>%Ln مقال، </numerusform>
                <numerusform>مقال واحد، </numerusform>
                <numerusform>مقالان، </numerusform>
                <numerusform>%Ln مقالات، </numerusform>
                <numerusform>%Ln مقالًا، </numerusform>
                <numerusform>%Ln مقال، </numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n claim(s)</source>
            <translation>
                <numerusform>%Ln ادعاء</numerusform>
                <numerusform>ادعاء واحد</numerusform>
                <numerusform>ادعاءان</numerusform>
                <numerusform>%Ln ادعاءات</numerusform>
                <numerusform>%Ln ادعاءً</numerusform>
                <numerusform>%Ln ادعاء</numerusform>
            </translation>
        </message>
        <message>
            <source>checked out by {name}</source>
            <translation>استعارها {name}</translation>
        </message>
        <message>
            <source>checked out here</source>
            <translation>مستعارة هنا</translation>
        </message>
        <message numerus="yes">
            <source>%Ln article(s) in this case</source>
            <translation>
                <numerusform>%Ln مقال في هذه القضية</numerusform>
                <numerusform>مقال واحد في هذه القضية</numerusform>
                <numerusform>مقالان في هذه القضية</numerusform>
                <numerusform>%Ln مقالات في هذه القضية</numerusform>
                <numerusform>%Ln مقالًا في هذه القضية</numerusform>
                <numerusform>%Ln مقال في هذه القضية</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln article(s) in the library</source>
            <translation>
                <numerusform>%Ln مقال في المكتبة</numerusform>
                <numerusform>مقال واحد في المكتبة</numerusform>
                <numerusform>مقالان في المكتبة</numerusform>
                <numerusform>%Ln مقالات في المكتبة</numerusform>
                <numerusform>%Ln مقالًا في المكتبة</numerusform>
                <numerusform>%Ln مقال في المكتبة</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Case &amp;&amp; library</source>
            <translation>القضية والمكتبة</translation>
        </message>
        <message>
            <source>opening the search index</source>
            <translation>فتح فهرس البحث</translation>
        </message>
        <message>
            <source>Open or create a case before adding claims.</source>
            <translation>افتح قضية أو أنشئ واحدة قبل إضافة الادعاءات.</translation>
        </message>
        <message>
            <source>Select the passage that carries the claim first.</source>
            <translation>حدّد أولًا المقطع الذي يحمل الادعاء.</translation>
        </message>
        <message>
            <source>Open a case to export its report.</source>
            <translation>افتح قضية لتصدير تقريرها.</translation>
        </message>
        <message>
            <source>writing the report</source>
            <translation>كتابة التقرير</translation>
        </message>
        <message>
            <source>Report written to {path}</source>
            <translation>كُتب التقرير في {path}</translation>
        </message>
        <message>
            <source>Report written</source>
            <translation>كُتب التقرير</translation>
        </message>
        <message>
            <source>The report is in
{path}</source>
            <translation>التقرير في
{path}</translation>
        </message>
        <message>
            <source>rebuilding the search index</source>
            <translation>إعادة بناء فهرس البحث</translation>
        </message>
        <message>
            <source>Search index rebuilt</source>
            <translation>أُعيد بناء فهرس البحث</translation>
        </message>
        <message>
            <source>Fact-Check Workbench — team library ({actor}, {role})</source>
            <translation>منصة التحقق من الأخبار — مكتبة الفريق ({actor}، {role})</translation>
        </message>
        <message>
            <source>Fact-Check Workbench (read-only)</source>
            <translation>منصة التحقق من الأخبار (للقراءة فقط)</translation>
        </message>
        <message>
            <source>Fact-Check Workbench</source>
            <translation>منصة التحقق من الأخبار</translation>
        </message>
    </context>
    <context>
        <name>MentionsTable</name>
        <message>
            <source>Where</source>
            <translation>أين</translation>
        </message>
        <message>
            <source>Stance</source>
            <translation>الموقف</translation>
        </message>
        <message>
            <source>Passage</source>
            <translation>المقطع</translation>
        </message>
        <message>
            <source>undated</source>
            <translation>بلا تاريخ</translation>
        </message>
    </context>
    <context>
        <name>Menus</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;ملف</translation>
        </message>
        <message>
            <source>&amp;New case…</source>
            <translation>قضية &amp;جديدة…</translation>
        </message>
        <message>
            <source>Start a case: a question to check</source>
            <translation>بدء قضية: سؤال يُتحقَّق منه</translation>
        </message>
        <message>
            <source>&amp;Import files…</source>
            <translation>ا&amp;ستيراد ملفات…</translation>
        </message>
        <message>
            <source>Import articles (txt, html, docx, pdf) into the open case</source>
            <translation>استيراد مقالات (txt وhtml وdocx وpdf) إلى القضية المفتوحة</translation>
        </message>
        <message>
            <source>Import &amp;folder…</source>
            <translation>استيراد م&amp;جلد…</translation>
        </message>
        <message>
            <source>Import every article in a folder and its subfolders</source>
            <translation>استيراد كل مقال في مجلد ومجلداته الفرعية</translation>
        </message>
        <message>
            <source>&amp;Connect to team library…</source>
            <translation>الا&amp;تصال بمكتبة الفريق…</translation>
        </message>
        <message>
            <source>Open the desk's shared library on its PostgreSQL server in a window of its own</source>
            <translation>فتح المكتبة المشتركة للقسم على خادم PostgreSQL الخاص بها في نافذة مستقلة</translation>
        </message>
        <message>
            <source>&amp;Export report…</source>
            <translation>&amp;تصدير التقرير…</translation>
        </message>
        <message>
            <source>Write the case's Word verdict report, ClaimReview or CSV</source>
            <translation>كتابة تقرير الحكم للقضية بصيغة Word أو ClaimReview أو CSV</translation>
        </message>
        <message>
            <source>Rebuild search &amp;index</source>
            <translation>إعادة بناء &amp;فهرس البحث</translation>
        </message>
        <message>
            <source>Build the search index anew from the library</source>
            <translation>بناء فهرس البحث من جديد انطلاقًا من المكتبة</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;خروج</translation>
        </message>
        <message>
            <source>Close the workbench (everything is already saved)</source>
            <translation>إغلاق المنصة (كل شيء محفوظ مسبقًا)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>ت&amp;حرير</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>ت&amp;راجع</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>إ&amp;عادة</translation>
        </message>
        <message>
            <source>&amp;Find in article…</source>
            <translation>&amp;بحث في المقال…</translation>
        </message>
        <message>
            <source>Find words in the article being read</source>
            <translation>البحث عن كلمات في المقال المعروض</translation>
        </message>
        <message>
            <source>Next hit</source>
            <translation>النتيجة التالية</translation>
        </message>
        <message>
            <source>The next search hit or match in the article</source>
            <translation>نتيجة البحث أو المطابقة التالية في المقال</translation>
        </message>
        <message>
            <source>Previous hit</source>
            <translation>النتيجة السابقة</translation>
        </message>
        <message>
            <source>The previous search hit or match</source>
            <translation>نتيجة البحث أو المطابقة السابقة</translation>
        </message>
        <message>
            <source>New claim from selection</source>
            <translation>ادعاء جديد من التحديد</translation>
        </message>
        <message>
            <source>Make a claim of the selected passage</source>
            <translation>جعل المقطع المحدد ادعاءً</translation>
        </message>
        <message>
            <source>Add as mention of…</source>
            <translation>إضافة إشارةً إلى…</translation>
        </message>
        <message>
            <source>Add the selected passage to an existing claim</source>
            <translation>إضافة المقطع المحدد إلى ادعاء قائم</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;عرض</translation>
        </message>
        <message>
            <source>&amp;Compare two articles</source>
            <translation>م&amp;قارنة مقالين</translation>
        </message>
        <message>
            <source>Two articles side by side, shared claims highlighted in both</source>
            <translation>مقالان جنبًا إلى جنب، والادعاءات المشتركة مظلّلة في كليهما</translation>
        </message>
        <message>
            <source>&amp;Sources…</source>
            <translation>ال&amp;مصادر…</translation>
        </message>
        <message>
            <source>Every actor claims are attributed to</source>
            <translation>كل جهة تُنسب إليها ادعاءات</translation>
        </message>
        <message>
            <source>Go to articles</source>
            <translation>الانتقال إلى المقالات</translation>
        </message>
        <message>
            <source>Move the keyboard focus to the article list</source>
            <translation>نقل تركيز لوحة المفاتيح إلى قائمة المقالات</translation>
        </message>
        <message>
            <source>Go to reader</source>
            <translation>الانتقال إلى المقال</translation>
        </message>
        <message>
            <source>Move the keyboard focus to the article text</source>
            <translation>نقل تركيز لوحة المفاتيح إلى نص المقال</translation>
        </message>
        <message>
            <source>Go to claims</source>
            <translation>الانتقال إلى الادعاءات</translation>
        </message>
        <message>
            <source>Move the keyboard focus to the claim list</source>
            <translation>نقل تركيز لوحة المفاتيح إلى قائمة الادعاءات</translation>
        </message>
        <message>
            <source>Go to source</source>
            <translation>الانتقال إلى المصدر</translation>
        </message>
        <message>
            <source>Move the keyboard focus to the claim's source</source>
            <translation>نقل تركيز لوحة المفاتيح إلى مصدر الادعاء</translation>
        </message>
        <message>
            <source>Go to search</source>
            <translation>الانتقال إلى البحث</translation>
        </message>
        <message>
            <source>Search the library</source>
            <translation>البحث في المكتبة</translation>
        </message>
        <message>
            <source>&amp;Assistant</source>
            <translation>الم&amp;ساعد</translation>
        </message>
        <message>
            <source>&amp;Suggest claims…</source>
            <translation>ا&amp;قتراح ادعاءات…</translation>
        </message>
        <message>
            <source>Let the assistant propose claims; nothing is written until you accept one</source>
            <translation>دع المساعد يقترح ادعاءات؛ لا يُكتب شيء حتى تقبل أحدها</translation>
        </message>
        <message>
            <source>&amp;Who relayed whom</source>
            <translation>&amp;من نقل عن من</translation>
        </message>
        <message>
            <source>The case's claims, outlets and sources as a graph</source>
            <translation>ادعاءات القضية ووسائلها الإعلامية ومصادرها في مخطط</translation>
        </message>
        <message>
            <source>E&amp;xport the map…</source>
            <translation>&amp;تصدير المخطط…</translation>
        </message>
        <message>
            <source>Save who relayed whom as a PNG or SVG picture, for the report or a slide</source>
            <translation>حفظ مخطط «من نقل عن من» صورةً بصيغة PNG أو SVG للتقرير أو لشريحة عرض</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>م&amp;ساعدة</translation>
        </message>
        <message>
            <source>User &amp;guide</source>
            <translation>&amp;دليل الاستخدام</translation>
        </message>
        <message>
            <source>How to use the workbench</source>
            <translation>كيفية استخدام المنصة</translation>
        </message>
        <message>
            <source>&amp;About</source>
            <translation>&amp;حول المنصة</translation>
        </message>
        <message>
            <source>About Fact-Check Workbench</source>
            <translation>حول منصة التحقق من الأخبار</translation>
        </message>
        <message>
            <source>Import a folder of articles</source>
            <translation>استيراد مجلد مقالات</translation>
        </message>
        <message>
            <source>Import articles</source>
            <translation>استيراد مقالات</translation>
        </message>
        <message>
            <source>Articles (*.txt *.md *.html *.htm *.docx *.pdf);;All files (*)</source>
            <translation>المقالات (*.txt *.md *.html *.htm *.docx *.pdf);;كل الملفات (*)</translation>
        </message>
        <message>
            <source>Export the map</source>
            <translation>تصدير المخطط</translation>
        </message>
        <message>
            <source>PNG picture (*.png);;SVG drawing (*.svg)</source>
            <translation>صورة PNG (*.png);;رسم SVG (*.svg)</translation>
        </message>
        <message>
            <source>Map written: {path}</source>
            <translation>كُتب المخطط: {path}</translation>
        </message>
        <message>
            <source>The claim this passage carries:</source>
            <translation>الادعاء الذي يحمله هذا المقطع:</translation>
        </message>
    </context>
    <context>
        <name>NewCaseDialog</name>
        <message>
            <source>New case</source>
            <translation>قضية جديدة</translation>
        </message>
        <message>
            <source>Did the minister say the border was closed?</source>
            <translation>هل قال الوزير إن الحدود أُغلقت؟</translation>
        </message>
        <message>
            <source>Taken from the question</source>
            <translation>يُؤخذ من السؤال</translation>
        </message>
        <message>
            <source>The title names the case in lists; leave it empty to use the question.</source>
            <translation>العنوان اسم القضية في القوائم؛ اتركه فارغًا ليُستعمل السؤال.</translation>
        </message>
        <message>
            <source>The &amp;question the case checks:</source>
            <translation>ال&amp;سؤال الذي تتحقق منه القضية:</translation>
        </message>
        <message>
            <source>Short &amp;title:</source>
            <translation>&amp;عنوان قصير:</translation>
        </message>
    </context>
    <context>
        <name>Presentation</name>
        <message>
            <source>Zoom {percent}%</source>
            <translation>التكبير {percent}٪</translation>
        </message>
        <message>
            <source>Presentation mode: F11 to leave, Ctrl+= and Ctrl+- to zoom</source>
            <translation>وضع العرض: F11 للخروج، وCtrl+= وCtrl+- للتكبير والتصغير</translation>
        </message>
    </context>
    <context>
        <name>ProvenanceView</name>
        <message>
            <source>claim · {status}</source>
            <translation>ادعاء · {status}</translation>
        </message>
        <message>
            <source>relaying article</source>
            <translation>مقال ناقل</translation>
        </message>
        <message>
            <source>original report</source>
            <translation>الخبر الأصلي</translation>
        </message>
        <message>
            <source>outlet · not in the case</source>
            <translation>وسيلة إعلامية · ليست ضمن القضية</translation>
        </message>
        <message>
            <source>No claims are marked in this case yet.</source>
            <translation>لم يُصنَّف أي ادعاء في هذه القضية بعد.</translation>
        </message>
        <message>
            <source>{name}: the map can be saved as .png or .svg</source>
            <translation>{name}: يُحفظ المخطط بصيغة .png أو .svg فقط</translation>
        </message>
        <message>
            <source>{path}: could not write the map ({reason})</source>
            <translation>{path}: تعذّرت كتابة المخطط ({reason})</translation>
        </message>
        <message>
            <source>Provenance map</source>
            <translation>مخطط المصادر</translation>
        </message>
    </context>
    <context>
        <name>Reader</name>
        <message>
            <source>Open an article from the case panel to read it here.</source>
            <translation>افتح مقالًا من لوحة القضية لتقرأه هنا.</translation>
        </message>
        <message>
            <source>unknown outlet</source>
            <translation>وسيلة غير معروفة</translation>
        </message>
    </context>
    <context>
        <name>ReadingArea</name>
        <message>
            <source>The article to compare with</source>
            <translation>المقال الذي تجري المقارنة معه</translation>
        </message>
        <message>
            <source>Compare with:</source>
            <translation>المقارنة مع:</translation>
        </message>
        <message numerus="yes">
            <source>%n claim(s) carried by both articles, highlighted in each</source>
            <translation>
                <numerusform>لا ادعاء مشتركًا بين المقالين</numerusform>
                <numerusform>ادعاء واحد مشترك بين المقالين، مظلّل في كليهما</numerusform>
                <numerusform>ادعاءان مشتركان بين المقالين، مظلّلان في كليهما</numerusform>
                <numerusform>%Ln ادعاءات مشتركة بين المقالين، مظلّلة في كليهما</numerusform>
                <numerusform>%Ln ادعاءً مشتركًا بين المقالين، مظلّلًا في كليهما</numerusform>
                <numerusform>%Ln ادعاء مشترك بين المقالين، مظلّل في كليهما</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;{status}&lt;/b&gt; — claim {id} ({stance})&lt;br&gt;{text}</source>
            <translation>&lt;b&gt;{status}&lt;/b&gt; — الادعاء {id} ({stance})&lt;br&gt;{text}</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <source>Claim {number}: {text}</source>
            <translation>الادعاء {number}: {text}</translation>
        </message>
        <message>
            <source>Claim: </source>
            <translation>الادعاء: </translation>
        </message>
        <message>
            <source>not attributed</source>
            <translation>غير منسوب</translation>
        </message>
        <message>
            <source>Attributed to: </source>
            <translation>منسوب إلى: </translation>
        </message>
        <message>
            <source>⚠ Method check: </source>
            <translation>⚠ تنبيه منهجي: </translation>
        </message>
        <message>
            <source>What the articles say</source>
            <translation>ما تقوله المقالات</translation>
        </message>
        <message>
            <source>No article in the case quotes this claim.</source>
            <translation>لا مقال في القضية يقتبس هذا الادعاء.</translation>
        </message>
        <message>
            <source>Source chain</source>
            <translation>سلسلة المصادر</translation>
        </message>
        <message>
            <source>Denials</source>
            <translation>النفي</translation>
        </message>
        <message>
            <source>An unnamed body</source>
            <translation>جهة غير مسمّاة</translation>
        </message>
        <message>
            <source>, carried by {outlet}</source>
            <translation>، ورد في {outlet}</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>الأدلة</translation>
        </message>
        <message>
            <source>Checker's note</source>
            <translation>ملاحظة المدقّق</translation>
        </message>
        <message>
            <source>No note recorded.</source>
            <translation>لا ملاحظة مسجّلة.</translation>
        </message>
        <message>
            <source>, undated:</source>
            <translation>، بلا تاريخ:</translation>
        </message>
        <message>
            <source> on {date}:</source>
            <translation> بتاريخ {date}:</translation>
        </message>
        <message>
            <source>link</source>
            <translation>رابط</translation>
        </message>
        <message>
            <source>document</source>
            <translation>وثيقة</translation>
        </message>
        <message>
            <source>earlier verdict</source>
            <translation>حكم سابق</translation>
        </message>
        <message>
            <source>, </source>
            <translation>، </translation>
        </message>
        <message>
            <source>; </source>
            <translation>؛ </translation>
        </message>
        <message>
            <source>, citing {name}</source>
            <translation>، نقلًا عن {name}</translation>
        </message>
        <message>
            <source>unknown: no article in the case reports it first-hand, and the articles that relay it name no original</source>
            <translation>غير معروف: لا مقال في القضية ينقله من مصدره مباشرة، والمقالات التي نقلته لا تسمّي أصلًا</translation>
        </message>
        <message>
            <source>unknown: no article in the case reports it first-hand</source>
            <translation>غير معروف: لا مقال في القضية ينقله من مصدره مباشرة</translation>
        </message>
        <message>
            <source>{name} ({date}, citing {cited})</source>
            <translation>{name} ({date}، نقلًا عن {cited})</translation>
        </message>
        <message>
            <source>{name} ({date})</source>
            <translation>{name} ({date})</translation>
        </message>
        <message>
            <source>{name} — not in the case; the articles that relay it name it</source>
            <translation>{name} — ليس ضمن القضية؛ تسمّيه المقالات التي نقلت الادعاء</translation>
        </message>
        <message>
            <source>Origin: </source>
            <translation>المصدر الأول: </translation>
        </message>
        <message>
            <source>Also reported first-hand by: </source>
            <translation>أورده أيضًا من مصدره مباشرة: </translation>
        </message>
        <message>
            <source>Relayed by: </source>
            <translation>نقله: </translation>
        </message>
        <message>
            <source>No comment from: </source>
            <translation>امتنع عن التعليق: </translation>
        </message>
        <message>
            <source>an unnamed actor</source>
            <translation>جهة غير مسمّاة</translation>
        </message>
        <message>
            <source>{who}, in {outlet} ({date})</source>
            <translation>{who}، في {outlet} ({date})</translation>
        </message>
        <message>
            <source>{outlet} ({date}, citing {cited})</source>
            <translation>{outlet} ({date}، نقلًا عن {cited})</translation>
        </message>
        <message>
            <source>{outlet} ({date})</source>
            <translation>{outlet} ({date})</translation>
        </message>
        <message>
            <source>Corrections and updates</source>
            <translation>التصويبات والتحديثات</translation>
        </message>
        <message>
            <source>No status has changed since the claims were first marked.</source>
            <translation>لم تتغيّر أي حالة منذ التصنيف الأول للادعاءات.</translation>
        </message>
        <message>
            <source>Every change of status after a claim was first marked, with who made it and the checker's reason, as recorded in the case's audit trail.</source>
            <translation>كل تغيير في الحالة بعد التصنيف الأول للادعاء، مع من أجراه وسبب المدقّق، كما سُجّل في سجل تدقيق القضية.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <source>Claim</source>
            <translation>الادعاء</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>التغيير</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>السبب</translation>
        </message>
        <message>
            <source>CORRECTION</source>
            <translation>تصويب</translation>
        </message>
        <message>
            <source>UPDATE</source>
            <translation>تحديث</translation>
        </message>
        <message>
            <source>by {name}</source>
            <translation>بواسطة {name}</translation>
        </message>
        <message>
            <source>No reason recorded.</source>
            <translation>لا سبب مسجّل.</translation>
        </message>
        <message>
            <source>(claim {id}, since deleted)</source>
            <translation>(الادعاء {id}، حُذف لاحقًا)</translation>
        </message>
        <message>
            <source> → </source>
            <translation> ← </translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>المصادر</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>المقالات</translation>
        </message>
        <message>
            <source>No articles are part of this case.</source>
            <translation>لا مقالات في هذه القضية.</translation>
        </message>
        <message>
            <source>Actors</source>
            <translation>الجهات</translation>
        </message>
        <message>
            <source>No sources or actors are recorded.</source>
            <translation>لا مصادر ولا جهات مسجّلة.</translation>
        </message>
        <message>
            <source>Actor</source>
            <translation>الجهة</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <source>Claims attributed</source>
            <translation>الادعاءات المنسوبة</translation>
        </message>
        <message>
            <source>Quoted in</source>
            <translation>اقتُبست في</translation>
        </message>
        <message numerus="yes">
            <source>%n passage(s)</source>
            <translation>
                <numerusform>%Ln مقطع</numerusform>
                <numerusform>مقطع واحد</numerusform>
                <numerusform>مقطعان</numerusform>
                <numerusform>%Ln مقاطع</numerusform>
                <numerusform>%Ln مقطعًا</numerusform>
                <numerusform>%Ln مقطع</numerusform>
            </translation>
        </message>
        <message>
            <source>By {byline}. </source>
            <translation>بقلم {byline}. </translation>
        </message>
        <message>
            <source>Accessed {date}.</source>
            <translation>اطُّلع عليه في {date}.</translation>
        </message>
        <message>
            <source>Claims in detail</source>
            <translation>الادعاءات بالتفصيل</translation>
        </message>
        <message>
            <source>Fact-Check Workbench — verdict report</source>
            <translation>منصة التحقق من الأخبار — تقرير الحكم</translation>
        </message>
        <message>
            <source>Page </source>
            <translation>الصفحة </translation>
        </message>
        <message>
            <source> of </source>
            <translation> من </translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>المحتويات</translation>
        </message>
        <message>
            <source>fact-check</source>
            <translation>تحقق من الأخبار</translation>
        </message>
        <message>
            <source>verdict report</source>
            <translation>تقرير الحكم</translation>
        </message>
        <message>
            <source>Fact-check verdict report</source>
            <translation>تقرير الحكم في التحقق من الأخبار</translation>
        </message>
        <message>
            <source>Earlier verdicts cited</source>
            <translation>أحكام سابقة مستشهد بها</translation>
        </message>
        <message>
            <source>Checks already published on these claims, by this newsroom or other fact-checkers, that the verdicts above take into account.</source>
            <translation>تحققات نُشرت من قبل بشأن هذه الادعاءات، من غرفة الأخبار هذه أو من منصات تحقق أخرى، تأخذها الأحكام أعلاه في الحسبان.</translation>
        </message>
        <message>
            <source>Claim {number} ({text}): </source>
            <translation>الادعاء {number} ({text}): </translation>
        </message>
        <message>
            <source>Article {id} (no outlet)</source>
            <translation>المقال {id} (بلا وسيلة إعلامية)</translation>
        </message>
        <message numerus="yes">
            <source>%n article(s)</source>
            <translation>
                <numerusform>%Ln مقال</numerusform>
                <numerusform>مقال واحد</numerusform>
                <numerusform>مقالين</numerusform>
                <numerusform>%Ln مقالات</numerusform>
                <numerusform>%Ln مقالًا</numerusform>
                <numerusform>%Ln مقال</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n article(s), none naming its outlet</source>
            <translation>
                <numerusform>%Ln مقال</numerusform>
                <numerusform>مقال واحد لا يسمّي وسيلته</numerusform>
                <numerusform>مقالين لا يسمّي أيٌّ منهما وسيلته</numerusform>
                <numerusform>%Ln مقالات لا يسمّي أيٌّ منها وسيلته</numerusform>
                <numerusform>%Ln مقالًا لا يسمّي أيٌّ منها وسيلته</numerusform>
                <numerusform>%Ln مقال لا يسمّي أيٌّ منها وسيلته</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> from %n outlet(s)</source>
            <translation>
                <numerusform> من %Ln وسيلة إعلامية</numerusform>
                <numerusform> من وسيلة إعلامية واحدة</numerusform>
                <numerusform> من وسيلتين إعلاميتين</numerusform>
                <numerusform> من %Ln وسائل إعلامية</numerusform>
                <numerusform> من %Ln وسيلة إعلامية</numerusform>
                <numerusform> من %Ln وسيلة إعلامية</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> (%n naming no outlet)</source>
            <translation>
                <numerusform> (%Ln لا يسمّي وسيلته)</numerusform>
                <numerusform> (واحد لا يسمّي وسيلته)</numerusform>
                <numerusform> (اثنان لا يسمّيان وسيلتهما)</numerusform>
                <numerusform> (%Ln لا تسمّي وسائلها)</numerusform>
                <numerusform> (%Ln لا يسمّي وسيلته)</numerusform>
                <numerusform> (%Ln لا يسمّي وسيلته)</numerusform>
            </translation>
        </message>
        <message>
            <source>Case {id}</source>
            <translation>القضية {id}</translation>
        </message>
        <message>
            <source>Question checked: </source>
            <translation>السؤال محل التحقق: </translation>
        </message>
        <message>
            <source>No overall verdict has been recorded yet.</source>
            <translation>لم يُسجَّل حكم نهائي بعد.</translation>
        </message>
        <message>
            <source>Verdict: </source>
            <translation>الحكم: </translation>
        </message>
        <message numerus="yes">
            <source>%n claim(s) checked ({tally}) </source>
            <translation>
                <numerusform>لم يُتحقَّق من أي ادعاء ({tally}) </numerusform>
                <numerusform>تُحقِّق من ادعاء واحد ({tally}) </numerusform>
                <numerusform>تُحقِّق من ادعاءين ({tally}) </numerusform>
                <numerusform>تُحقِّق من %Ln ادعاءات ({tally}) </numerusform>
                <numerusform>تُحقِّق من %Ln ادعاءً ({tally}) </numerusform>
                <numerusform>تُحقِّق من %Ln ادعاء ({tally}) </numerusform>
            </translation>
        </message>
        <message>
            <source>none marked</source>
            <translation>لم يُصنَّف أي منها</translation>
        </message>
        <message>
            <source>across {articles}.</source>
            <translation>في {articles}.</translation>
        </message>
        <message>
            <source> · library {path}</source>
            <translation> · المكتبة {path}</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>المُعِدّ</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>المرجع</translation>
        </message>
        <message>
            <source>Last change</source>
            <translation>آخر تغيير</translation>
        </message>
        <message>
            <source>Verdicts at a glance</source>
            <translation>الأحكام في لمحة</translation>
        </message>
        <message>
            <source>Each claim with its status, the source it is attributed to, the outlets that carry it and who denied it. Details for every claim follow in “Claims in detail”.</source>
            <translation>كل ادعاء بحالته، والمصدر المنسوب إليه، والوسائل الإعلامية التي حملته، ومن نفاه. وتأتي تفاصيل كل ادعاء في «الادعاءات بالتفصيل».</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Attributed to</source>
            <translation>منسوب إلى</translation>
        </message>
        <message>
            <source>Carried by</source>
            <translation>ورد في</translation>
        </message>
        <message>
            <source>Denied by</source>
            <translation>نفاه</translation>
        </message>
        <message>
            <source>Not attributed</source>
            <translation>غير منسوب</translation>
        </message>
        <message>
            <source>Unnamed</source>
            <translation>غير مسمّى</translation>
        </message>
        <message>
            <source>Claims and outlets</source>
            <translation>الادعاءات والوسائل الإعلامية</translation>
        </message>
        <message>
            <source>One row per claim, one column per outlet: whether the outlet asserts the claim with its own source, relays another outlet's report, carries a denial, reports a refusal to comment, or does not carry it (—).</source>
            <translation>صف لكل ادعاء وعمود لكل وسيلة إعلامية: هل تؤكّد الوسيلة الادعاء بمصدر خاص بها، أم تنقل خبر وسيلة أخرى، أم تحمل نفيًا، أم تذكر امتناعًا عن التعليق، أم لا تحمله أصلًا (—).</translation>
        </message>
        <message>
            <source>No articles are part of this case yet.</source>
            <translation>لا مقالات في هذه القضية بعد.</translation>
        </message>
        <message>
            <source>Outlets {first}–{last} of {total}</source>
            <translation>الوسائل {first}–{last} من {total}</translation>
        </message>
        <message>
            <source>Method checks</source>
            <translation>التنبيهات المنهجية</translation>
        </message>
        <message>
            <source>Every claim passes the method checks.</source>
            <translation>كل الادعاءات تستوفي الضوابط المنهجية.</translation>
        </message>
        <message numerus="yes">
            <source>%n point(s) for the editor to settle before publication. The workbench shows the same warnings beside each claim.</source>
            <translation>
                <numerusform>لا نقاط على المحرّر حسمها قبل النشر. وتعرض المنصة التنبيهات نفسها بجوار كل ادعاء.</numerusform>
                <numerusform>نقطة واحدة على المحرّر حسمها قبل النشر. وتعرض المنصة التنبيهات نفسها بجوار كل ادعاء.</numerusform>
                <numerusform>نقطتان على المحرّر حسمهما قبل النشر. وتعرض المنصة التنبيهات نفسها بجوار كل ادعاء.</numerusform>
                <numerusform>%Ln نقاط على المحرّر حسمها قبل النشر. وتعرض المنصة التنبيهات نفسها بجوار كل ادعاء.</numerusform>
                <numerusform>%Ln نقطة على المحرّر حسمها قبل النشر. وتعرض المنصة التنبيهات نفسها بجوار كل ادعاء.</numerusform>
                <numerusform>%Ln نقطة على المحرّر حسمها قبل النشر. وتعرض المنصة التنبيهات نفسها بجوار كل ادعاء.</numerusform>
            </translation>
        </message>
        <message>
            <source>Methodology</source>
            <translation>المنهجية</translation>
        </message>
        <message>
            <source>How each claim is rated</source>
            <translation>كيف يُقيَّم كل ادعاء</translation>
        </message>
        <message>
            <source>{status} ({rating}/{best}). </source>
            <translation>{status} ({rating}/{best}). </translation>
        </message>
        <message>
            <source>Rating scale: the four statuses rank how well the record supports a claim, from {worst} (denied by a body or person with standing) to {best} (resting on a source the outlet itself cites). The number is the one published in ClaimReview data; the status name is the verdict. Colours are chosen to stay distinct for colour-blind readers, and every status also carries a letter and a shape so it reads in black and white.</source>
            <translation>سلّم التقييم: ترتّب الحالات الأربع مدى ما يسند الادعاءَ من سجلات، من {worst} (نفته جهة أو شخصية ذات صفة) إلى {best} (يستند إلى مصدر تستشهد به الوسيلة نفسها). والرقم هو المنشور في بيانات ClaimReview، واسم الحالة هو الحكم. اختيرت الألوان لتبقى مميَّزة لمن لا يميّزون الألوان، ولكل حالة أيضًا حرف وشكل لتُقرأ بالأبيض والأسود.</translation>
        </message>
        <message>
            <source>In the claim and outlet table, “asserts” means the outlet gives the claim on its own source, “relays” that it repeats another outlet's report, “denies” that it carries a denial, “no comment” that it reports a refusal to comment, and “—” that it does not carry the claim.</source>
            <translation>في جدول الادعاءات والوسائل، تعني «يؤكّد» أن الوسيلة تورد الادعاء بمصدر خاص بها، و«ينقل» أنها تكرّر خبر وسيلة أخرى، و«ينفي» أنها تحمل نفيًا، و«لا تعليق» أنها تذكر امتناعًا عن التعليق، و«—» أنها لا تحمل الادعاء.</translation>
        </message>
        <message>
            <source>Method checks flag claims marked sourced that rest on a single source (two independent sources are required), denials without a date or a named body, claims quoted from no article, and relayed claims whose original report is not in the case.</source>
            <translation>تنبّه الضوابط المنهجية إلى الادعاءات المصنّفة موثّقة المصدر وهي تستند إلى مصدر واحد (يُشترط مصدران مستقلان)، وإلى النفي بلا تاريخ أو بلا جهة مسمّاة، والادعاءات غير المقتبسة من أي مقال، والادعاءات المنقولة التي ليس خبرها الأصلي ضمن القضية.</translation>
        </message>
        <message>
            <source>undated</source>
            <translation>بلا تاريخ</translation>
        </message>
    </context>
    <context>
        <name>SearchPanel</name>
        <message>
            <source>any outlet</source>
            <translation>كل الوسائل</translation>
        </message>
        <message>
            <source>Only results from this outlet</source>
            <translation>النتائج من هذه الوسيلة فقط</translation>
        </message>
        <message>
            <source>any language</source>
            <translation>كل اللغات</translation>
        </message>
        <message>
            <source>Only results in this language</source>
            <translation>النتائج بهذه اللغة فقط</translation>
        </message>
        <message>
            <source>any month</source>
            <translation>كل الأشهر</translation>
        </message>
        <message>
            <source>Only results from this month</source>
            <translation>النتائج من هذا الشهر فقط</translation>
        </message>
        <message>
            <source>Search the library (opening the index…)</source>
            <translation>البحث في المكتبة (جارٍ فتح الفهرس…)</translation>
        </message>
        <message>
            <source>Words, "exact phrases", outlet:… language:ar, AND / OR / NOT</source>
            <translation>كلمات، و"عبارات مطابقة"، وoutlet:…‏ وlanguage:ar، وAND / OR / NOT</translation>
        </message>
        <message>
            <source>This case only</source>
            <translation>هذه القضية فقط</translation>
        </message>
        <message>
            <source>Enter or click opens the article with its hits marked (F3: next)</source>
            <translation>Enter أو النقر يفتح المقال مع تظليل النتائج (F3: التالية)</translation>
        </message>
        <message>
            <source>Search the library — results appear as you type</source>
            <translation>البحث في المكتبة — تظهر النتائج أثناء الكتابة</translation>
        </message>
        <message>
            <source>search</source>
            <translation>البحث</translation>
        </message>
        <message numerus="yes">
            <source>%Ln article(s) found.</source>
            <translation>
                <numerusform>لم يُعثر على أي مقال.</numerusform>
                <numerusform>عُثر على مقال واحد.</numerusform>
                <numerusform>عُثر على مقالين.</numerusform>
                <numerusform>عُثر على %Ln مقالات.</numerusform>
                <numerusform>عُثر على %Ln مقالًا.</numerusform>
                <numerusform>عُثر على %Ln مقال.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>At least %Ln article(s) found.</source>
            <translation>
                <numerusform>لم يُعثر على أي مقال حتى الآن.</numerusform>
                <numerusform>عُثر على مقال واحد على الأقل.</numerusform>
                <numerusform>عُثر على مقالين على الأقل.</numerusform>
                <numerusform>عُثر على %Ln مقالات على الأقل.</numerusform>
                <numerusform>عُثر على %Ln مقالًا على الأقل.</numerusform>
                <numerusform>عُثر على %Ln مقال على الأقل.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>About %Ln article(s) found.</source>
            <translation>
                <numerusform>لم يُعثر على أي مقال تقريبًا.</numerusform>
                <numerusform>عُثر على مقال واحد تقريبًا.</numerusform>
                <numerusform>عُثر على مقالين تقريبًا.</numerusform>
                <numerusform>عُثر على نحو %Ln مقالات.</numerusform>
                <numerusform>عُثر على نحو %Ln مقالًا.</numerusform>
                <numerusform>عُثر على نحو %Ln مقال.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SourcesView</name>
        <message>
            <source>Sources</source>
            <translation>المصادر</translation>
        </message>
        <message>
            <source>Set kind</source>
            <translation>تحديد النوع</translation>
        </message>
        <message>
            <source>Merge selected…</source>
            <translation>دمج المحدد…</translation>
        </message>
        <message>
            <source>Fold the selected entries into the first one selected (not undoable)</source>
            <translation>دمج المدخلات المحددة في أول مدخل محدد (لا يمكن التراجع)</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>النوع:</translation>
        </message>
        <message>
            <source>Double-click a name to rename it. Select duplicates and merge them.</source>
            <translation>انقر الاسم نقرًا مزدوجًا لتغييره. حدّد المدخلات المكررة وادمجها.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <source>Claims &amp; mentions</source>
            <translation>الادعاءات والإشارات</translation>
        </message>
        <message>
            <source>In this case</source>
            <translation>في هذه القضية</translation>
        </message>
        <message>
            <source>No claim of this case</source>
            <translation>لا ادعاء من هذه القضية</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>دمج</translation>
        </message>
        <message>
            <source>Select two or more entries for one actor.</source>
            <translation>حدّد مدخلين أو أكثر لجهة واحدة.</translation>
        </message>
        <message>
            <source>, </source>
            <translation>، </translation>
        </message>
        <message>
            <source>Merge sources</source>
            <translation>دمج المصادر</translation>
        </message>
        <message>
            <source>Fold {names} into “{keep}”? Their claims and mentions follow. This cannot be undone.</source>
            <translation>هل تدمج {names} في «{keep}»؟ تنتقل ادعاءاتها وإشاراتها معها. لا يمكن التراجع عن ذلك.</translation>
        </message>
    </context>
    <context>
        <name>StatusBar</name>
        <message>
            <source>The team library: signed in as {actor}, a {role}</source>
            <translation>مكتبة الفريق: مسجَّل الدخول باسم {actor}، بصفة {role}</translation>
        </message>
        <message>
            <source>The library folder: the database, the search index, backups, the log</source>
            <translation>مجلد المكتبة: قاعدة البيانات وفهرس البحث والنسخ الاحتياطية والسجل</translation>
        </message>
        <message>
            <source>Working: {tasks}…</source>
            <translation>جارٍ العمل: {tasks}…</translation>
        </message>
        <message>
            <source>, </source>
            <translation>، </translation>
        </message>
    </context>
    <context>
        <name>SuggestionModel</name>
        <message>
            <source>Claim / article</source>
            <translation>الادعاء / المقال</translation>
        </message>
        <message>
            <source>Status / stance</source>
            <translation>الحالة / الموقف</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>المصدر</translation>
        </message>
        <message>
            <source>Cue</source>
            <translation>الدلالة</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>السبب</translation>
        </message>
        <message>
            <source>article {id}</source>
            <translation>المقال {id}</translation>
        </message>
        <message>
            <source>{name} ({date})</source>
            <translation>{name} ({date})</translation>
        </message>
        <message>
            <source>{name} (not in the case)</source>
            <translation>{name} (ليس ضمن القضية)</translation>
        </message>
        <message numerus="yes">
            <source>in %n article(s): </source>
            <translation>
                <numerusform>في %Ln مقال: </numerusform>
                <numerusform>في مقال واحد: </numerusform>
                <numerusform>في مقالين: </numerusform>
                <numerusform>في %Ln مقالات: </numerusform>
                <numerusform>في %Ln مقالًا: </numerusform>
                <numerusform>في %Ln مقال: </numerusform>
            </translation>
        </message>
        <message>
            <source>

Enter accepts, Delete rejects, F2 edits the wording.</source>
            <translation>

Enter للقبول، وDelete للرفض، وF2 لتعديل الصياغة.</translation>
        </message>
        <message>
            <source>First / original</source>
            <translation>الأول / الأصل</translation>
        </message>
        <message>
            <source>Then / repeated by</source>
            <translation>ثم / كرّره</translation>
        </message>
        <message>
            <source>Match</source>
            <translation>التطابق</translation>
        </message>
        <message>
            <source>Passage</source>
            <translation>المقطع</translation>
        </message>
        <message>
            <source>Shared passages ({count})</source>
            <translation>مقاطع مشتركة ({count})</translation>
        </message>
        <message>
            <source>  (order unknown: no dates)</source>
            <translation>  (الترتيب غير معروف: لا تواريخ)</translation>
        </message>
        <message>
            <source>Near-copies ({count})</source>
            <translation>نسخ شبه مطابقة ({count})</translation>
        </message>
        <message>
            <source>whole article</source>
            <translation>المقال كاملًا</translation>
        </message>
        <message>
            <source>{percent}%</source>
            <translation>{percent}٪</translation>
        </message>
    </context>
    <context>
        <name>Suggestions</name>
        <message>
            <source>Accept proposed claim “{text}”</source>
            <translation>قبول الادعاء المقترح «{text}»</translation>
        </message>
        <message>
            <source>Suggest claims</source>
            <translation>اقتراح ادعاءات</translation>
        </message>
        <message>
            <source>Read every article of the case and propose claims</source>
            <translation>قراءة كل مقالات القضية واقتراح ادعاءات</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Nothing is written until you accept a proposal.</source>
            <translation>لا يُكتب شيء حتى تقبل اقتراحًا.</translation>
        </message>
        <message>
            <source>Accept all selected</source>
            <translation>قبول كل المحدد</translation>
        </message>
        <message>
            <source>Write the selected proposals as claims (Enter)</source>
            <translation>كتابة الاقتراحات المحددة ادعاءاتٍ (Enter)</translation>
        </message>
        <message>
            <source>Reject all selected</source>
            <translation>رفض كل المحدد</translation>
        </message>
        <message>
            <source>Drop the selected proposals; nothing is written (Delete)</source>
            <translation>إسقاط الاقتراحات المحددة؛ لا يُكتب شيء (Delete)</translation>
        </message>
        <message>
            <source>Edit wording</source>
            <translation>تعديل الصياغة</translation>
        </message>
        <message>
            <source>Change the wording before accepting (F2)</source>
            <translation>تغيير الصياغة قبل القبول (F2)</translation>
        </message>
        <message>
            <source>Split off</source>
            <translation>فصل</translation>
        </message>
        <message>
            <source>Make the selected articles of a proposal a proposal of their own (S)</source>
            <translation>جعل المقالات المحددة من اقتراحٍ اقتراحًا مستقلًا (S)</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>دمج</translation>
        </message>
        <message>
            <source>Make the selected proposals one proposed claim (M)</source>
            <translation>جعل الاقتراحات المحددة ادعاءً مقترحًا واحدًا (M)</translation>
        </message>
        <message>
            <source>Set the status the selected proposals will be accepted with</source>
            <translation>تحديد الحالة التي تُقبل بها الاقتراحات المحددة</translation>
        </message>
        <message>
            <source>Mark selected as…</source>
            <translation>تصنيف المحدد بوصفه…</translation>
        </message>
        <message>
            <source>Proposed claims</source>
            <translation>الادعاءات المقترحة</translation>
        </message>
        <message>
            <source>Shared passages</source>
            <translation>المقاطع المشتركة</translation>
        </message>
        <message>
            <source>Reading the articles of the case…</source>
            <translation>قراءة مقالات القضية…</translation>
        </message>
        <message>
            <source>suggest claims</source>
            <translation>اقتراح الادعاءات</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>جارٍ الإلغاء…</translation>
        </message>
        <message>
            <source>Cancelled: no proposals listed. Nothing was written.</source>
            <translation>أُلغي: لم تُعرض اقتراحات، ولم يُكتب شيء.</translation>
        </message>
        <message numerus="yes">
            <source>%n proposed claim(s), </source>
            <translation>
                <numerusform>%Ln ادعاء مقترح، </numerusform>
                <numerusform>ادعاء مقترح واحد، </numerusform>
                <numerusform>ادعاءان مقترحان، </numerusform>
                <numerusform>%Ln ادعاءات مقترحة، </numerusform>
                <numerusform>%Ln ادعاءً مقترحًا، </numerusform>
                <numerusform>%Ln ادعاء مقترح، </numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n shared passage(s)</source>
            <translation>
                <numerusform>%Ln مقطع مشترك</numerusform>
                <numerusform>مقطع مشترك واحد</numerusform>
                <numerusform>مقطعان مشتركان</numerusform>
                <numerusform>%Ln مقاطع مشتركة</numerusform>
                <numerusform>%Ln مقطعًا مشتركًا</numerusform>
                <numerusform>%Ln مقطع مشترك</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; %n already marked left out</source>
            <translation>
                <numerusform>؛ ولم يُستبعد شيء مصنّف مسبقًا</numerusform>
                <numerusform>؛ واستُبعد واحد مصنّف مسبقًا</numerusform>
                <numerusform>؛ واستُبعد اثنان مصنّفان مسبقًا</numerusform>
                <numerusform>؛ واستُبعدت %Ln مصنّفة مسبقًا</numerusform>
                <numerusform>؛ واستُبعد %Ln مصنّفًا مسبقًا</numerusform>
                <numerusform>؛ واستُبعد %Ln مصنّف مسبقًا</numerusform>
            </translation>
        </message>
        <message>
            <source>. Enter accepts, Delete rejects, F2 edits the wording, S splits, M merges.</source>
            <translation>. Enter للقبول، وDelete للرفض، وF2 لتعديل الصياغة، وS للفصل، وM للدمج.</translation>
        </message>
        <message numerus="yes">
            <source>Accept %n proposed claim(s)</source>
            <translation>
                <numerusform>قبول %Ln ادعاء مقترح</numerusform>
                <numerusform>قبول ادعاء مقترح واحد</numerusform>
                <numerusform>قبول ادعاءين مقترحين</numerusform>
                <numerusform>قبول %Ln ادعاءات مقترحة</numerusform>
                <numerusform>قبول %Ln ادعاءً مقترحًا</numerusform>
                <numerusform>قبول %Ln ادعاء مقترح</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Rejected %n; nothing was written.</source>
            <translation>
                <numerusform>لم يُرفض شيء؛ ولم يُكتب شيء.</numerusform>
                <numerusform>رُفض اقتراح واحد؛ ولم يُكتب شيء.</numerusform>
                <numerusform>رُفض اقتراحان؛ ولم يُكتب شيء.</numerusform>
                <numerusform>رُفضت %Ln اقتراحات؛ ولم يُكتب شيء.</numerusform>
                <numerusform>رُفض %Ln اقتراحًا؛ ولم يُكتب شيء.</numerusform>
                <numerusform>رُفض %Ln اقتراح؛ ولم يُكتب شيء.</numerusform>
            </translation>
        </message>
        <message>
            <source>To split, select some (not all) of the articles listed under a proposal.</source>
            <translation>للفصل، حدّد بعض (لا كل) المقالات المدرجة تحت اقتراح.</translation>
        </message>
        <message numerus="yes">
            <source>Split %n article(s) off “{text}”</source>
            <translation>
                <numerusform>فصل %Ln مقال عن «{text}»</numerusform>
                <numerusform>فصل مقال واحد عن «{text}»</numerusform>
                <numerusform>فصل مقالين عن «{text}»</numerusform>
                <numerusform>فصل %Ln مقالات عن «{text}»</numerusform>
                <numerusform>فصل %Ln مقالًا عن «{text}»</numerusform>
                <numerusform>فصل %Ln مقال عن «{text}»</numerusform>
            </translation>
        </message>
        <message>
            <source>To merge, select two proposals or more.</source>
            <translation>للدمج، حدّد اقتراحين أو أكثر.</translation>
        </message>
        <message numerus="yes">
            <source>Merge %n proposed claim(s)</source>
            <translation>
                <numerusform>دمج %Ln ادعاء مقترح</numerusform>
                <numerusform>دمج ادعاء مقترح واحد</numerusform>
                <numerusform>دمج ادعاءين مقترحين</numerusform>
                <numerusform>دمج %Ln ادعاءات مقترحة</numerusform>
                <numerusform>دمج %Ln ادعاءً مقترحًا</numerusform>
                <numerusform>دمج %Ln ادعاء مقترح</numerusform>
            </translation>
        </message>
        <message>
            <source>{action}. Nothing is written until you accept.</source>
            <translation>{action}. لا يُكتب شيء حتى تقبل.</translation>
        </message>
        <message>
            <source>Could not do that: {error}</source>
            <translation>تعذّر ذلك: {error}</translation>
        </message>
        <message>
            <source>Proposed claims ({count})</source>
            <translation>الادعاءات المقترحة ({count})</translation>
        </message>
    </context>
    <context>
        <name>TeamConnect</name>
        <message>
            <source>Connect to team library</source>
            <translation>الاتصال بمكتبة الفريق</translation>
        </message>
        <message>
            <source>Server address, e.g. postgresql://ana@db.example/desk
The password comes from ~/.pgpass or a service file, never from here.</source>
            <translation>عنوان الخادم، مثل postgresql://ana@db.example/desk
تُؤخذ كلمة المرور من ~/.pgpass أو من ملف خدمة، ولا تُكتب هنا أبدًا.</translation>
        </message>
    </context>
    <context>
        <name>TeamFollower</name>
        <message>
            <source>The team server is back.</source>
            <translation>عاد خادم الفريق إلى العمل.</translation>
        </message>
        <message>
            <source>{error} Trying again…</source>
            <translation>{error} جارٍ إعادة المحاولة…</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) made as the server stopped were saved</source>
            <translation>
                <numerusform>لم يُحفظ أي تغيير أُجري عند توقف الخادم</numerusform>
                <numerusform>حُفظ تغيير واحد أُجري عند توقف الخادم</numerusform>
                <numerusform>حُفظ تغييران أُجريا عند توقف الخادم</numerusform>
                <numerusform>حُفظت %Ln تغييرات أُجريت عند توقف الخادم</numerusform>
                <numerusform>حُفظ %Ln تغييرًا أُجري عند توقف الخادم</numerusform>
                <numerusform>حُفظ %Ln تغيير أُجري عند توقف الخادم</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n were not saved: make them again</source>
            <translation>
                <numerusform>لم يضع شيء</numerusform>
                <numerusform>لم يُحفظ واحد: أعد إجراءه</numerusform>
                <numerusform>لم يُحفظ اثنان: أعد إجراءهما</numerusform>
                <numerusform>لم تُحفظ %Ln: أعد إجراءها</numerusform>
                <numerusform>لم يُحفظ %Ln: أعد إجراءها</numerusform>
                <numerusform>لم يُحفظ %Ln: أعد إجراءها</numerusform>
            </translation>
        </message>
        <message>
            <source>Team server</source>
            <translation>خادم الفريق</translation>
        </message>
        <message>
            <source>; </source>
            <translation>؛ </translation>
        </message>
    </context>
    <context>
        <name>Theme</name>
        <message>
            <source>Like the &amp;system</source>
            <translation>مثل ال&amp;نظام</translation>
        </message>
        <message>
            <source>&amp;Light</source>
            <translation>&amp;فاتح</translation>
        </message>
        <message>
            <source>&amp;Dark</source>
            <translation>&amp;داكن</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>ال&amp;مظهر</translation>
        </message>
    </context>
    <context>
        <name>Vocabulary</name>
        <message>
            <source>Sourced</source>
            <translation>موثّق المصدر</translation>
        </message>
        <message>
            <source>Relayed</source>
            <translation>منقول</translation>
        </message>
        <message>
            <source>Denied</source>
            <translation>منفي</translation>
        </message>
        <message>
            <source>Unverified</source>
            <translation>غير متحقَّق</translation>
        </message>
        <message>
            <source>S</source>
            <comment>letter on the mark of a sourced claim</comment>
            <translation>م</translation>
        </message>
        <message>
            <source>R</source>
            <comment>letter on the mark of a relayed claim</comment>
            <translation>ن</translation>
        </message>
        <message>
            <source>D</source>
            <comment>letter on the mark of a denied claim</comment>
            <translation>ف</translation>
        </message>
        <message>
            <source>U</source>
            <comment>letter on the mark of an unverified claim</comment>
            <translation>غ</translation>
        </message>
        <message>
            <source>The claim rests on a named or first-hand source that the outlet itself cites.</source>
            <translation>يستند الادعاء إلى مصدر مسمّى أو مباشر تستشهد به الوسيلة الإعلامية نفسها.</translation>
        </message>
        <message>
            <source>The outlet only repeats another outlet's report without a source of its own.</source>
            <translation>تكتفي الوسيلة بتكرار خبر وسيلة أخرى دون مصدر خاص بها.</translation>
        </message>
        <message>
            <source>A named body or person with standing has publicly denied the claim.</source>
            <translation>نفت جهة أو شخصية مسمّاة ذات صفة الادعاءَ علنًا.</translation>
        </message>
        <message>
            <source>Nothing yet confirms or refutes the claim; it stands as reported.</source>
            <translation>لا شيء حتى الآن يؤكد الادعاء أو يدحضه؛ يبقى كما ورد.</translation>
        </message>
        <message>
            <source>asserts</source>
            <translation>يؤكّد</translation>
        </message>
        <message>
            <source>relays</source>
            <translation>ينقل</translation>
        </message>
        <message>
            <source>denies</source>
            <translation>ينفي</translation>
        </message>
        <message>
            <source>no comment</source>
            <translation>لا تعليق</translation>
        </message>
        <message>
            <source>outlet</source>
            <translation>وسيلة إعلامية</translation>
        </message>
        <message>
            <source>official body</source>
            <translation>جهة رسمية</translation>
        </message>
        <message>
            <source>named person</source>
            <translation>شخص مسمّى</translation>
        </message>
        <message>
            <source>anonymous source</source>
            <translation>مصدر مجهَّل</translation>
        </message>
        <message>
            <source>other</source>
            <translation>أخرى</translation>
        </message>
        <message>
            <source>English</source>
            <translation>الإنجليزية</translation>
        </message>
        <message>
            <source>Arabic</source>
            <translation>العربية</translation>
        </message>
        <message>
            <source>reports</source>
            <translation>يورد</translation>
        </message>
        <message>
            <source>quotes</source>
            <translation>يقتبس</translation>
        </message>
        <message>
            <source>undefined</source>
            <translation>غير معرّف</translation>
        </message>
        <message>
            <source>poor</source>
            <translation>ضعيف</translation>
        </message>
        <message>
            <source>slight</source>
            <translation>طفيف</translation>
        </message>
        <message>
            <source>fair</source>
            <translation>مقبول</translation>
        </message>
        <message>
            <source>moderate</source>
            <translation>متوسط</translation>
        </message>
        <message>
            <source>substantial</source>
            <translation>كبير</translation>
        </message>
        <message>
            <source>almost perfect</source>
            <translation>شبه تام</translation>
        </message>
        <message>
            <source>owner</source>
            <translation>مالك</translation>
        </message>
        <message>
            <source>reader</source>
            <translation>قارئ</translation>
        </message>
        <message>
            <source>checker</source>
            <translation>مدقّق</translation>
        </message>
        <message>
            <source>editor</source>
            <translation>محرّر</translation>
        </message>
    </context>
    <context>
        <name>WorkshopFlow</name>
        <message>
            <source>Compare trainees' answers</source>
            <translation>مقارنة إجابات المتدرّبين</translation>
        </message>
        <message>
            <source>The open case, as marked now: {title}</source>
            <translation>القضية المفتوحة كما صُنّفت الآن: {title}</translation>
        </message>
        <message>
            <source>The open case</source>
            <translation>القضية المفتوحة</translation>
        </message>
        <message>
            <source>A key file:</source>
            <translation>ملف مفتاح:</translation>
        </message>
        <message>
            <source>the .fcase saved with “Save as answer key…”</source>
            <translation>ملف .fcase المحفوظ عبر «حفظ بوصفها مفتاح الإجابات…»</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>استعراض…</translation>
        </message>
        <message>
            <source>&amp;Add answer files…</source>
            <translation>إ&amp;ضافة ملفات إجابات…</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;حذف</translation>
        </message>
        <message>
            <source>&amp;Compare</source>
            <translation>م&amp;قارنة</translation>
        </message>
        <message>
            <source>&lt;b&gt;The answer key&lt;/b&gt;</source>
            <translation>&lt;b&gt;مفتاح الإجابات&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;The trainees' answers&lt;/b&gt; (one file each)</source>
            <translation>&lt;b&gt;إجابات المتدرّبين&lt;/b&gt; (ملف لكل متدرّب)</translation>
        </message>
        <message>
            <source>Choose the answer key file.</source>
            <translation>اختر ملف مفتاح الإجابات.</translation>
        </message>
        <message>
            <source>Open the marked case first.</source>
            <translation>افتح القضية المصنّفة أولًا.</translation>
        </message>
        <message>
            <source>Open a case first.</source>
            <translation>افتح قضية أولًا.</translation>
        </message>
        <message>
            <source>Save as answer key</source>
            <translation>حفظ بوصفها مفتاح الإجابات</translation>
        </message>
        <message>
            <source>saving the answer key</source>
            <translation>حفظ مفتاح الإجابات</translation>
        </message>
        <message>
            <source>Answer key saved</source>
            <translation>حُفظ مفتاح الإجابات</translation>
        </message>
        <message>
            <source>Export an exercise</source>
            <translation>تصدير تمرين</translation>
        </message>
        <message>
            <source>Export my answers</source>
            <translation>تصدير إجاباتي</translation>
        </message>
        <message>
            <source>Your name, as the trainer should see it:</source>
            <translation>اسمك كما ينبغي أن يراه المدرّب:</translation>
        </message>
        <message>
            <source>writing the answers</source>
            <translation>كتابة الإجابات</translation>
        </message>
        <message>
            <source>Answers written</source>
            <translation>كُتبت الإجابات</translation>
        </message>
        <message>
            <source>Add at least one trainee's answers file.</source>
            <translation>أضف ملف إجابات متدرّب واحد على الأقل.</translation>
        </message>
        <message>
            <source>comparing answers</source>
            <translation>مقارنة الإجابات</translation>
        </message>
    </context>
    <context>
        <name>WorkshopView</name>
        <message>
            <source>Fleiss' kappa for the group: not defined (it needs two or more trainees who did not all give every claim the same status).</source>
            <translation>معامل كابا لفلايس للمجموعة: غير معرّف (يحتاج إلى متدرّبَين أو أكثر لم يعطوا جميعًا كل ادعاء الحالة نفسها).</translation>
        </message>
        <message>
            <source>Fleiss' kappa for the group: {kappa} — {words} agreement among the trainees.</source>
            <translation>معامل كابا لفلايس للمجموعة: {kappa} — اتفاق {words} بين المتدرّبين.</translation>
        </message>
        <message>
            <source>{trainee} did not mark this claim; it counts as unverified.</source>
            <translation>لم يصنّف {trainee} هذا الادعاء؛ فيُحسب غير متحقَّق.</translation>
        </message>
        <message>
            <source> (key: {status})</source>
            <translation> (المفتاح: {status})</translation>
        </message>
        <message>
            <source>Workshop — {title}</source>
            <translation>الورشة — {title}</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%n trainee(s)&lt;/b&gt; against the key &lt;i&gt;{title}&lt;/i&gt;, </source>
            <translation>
                <numerusform>&lt;b&gt;%Ln متدرّب&lt;/b&gt; مقارنةً بالمفتاح &lt;i&gt;{title}&lt;/i&gt;، </numerusform>
                <numerusform>&lt;b&gt;متدرّب واحد&lt;/b&gt; مقارنةً بالمفتاح &lt;i&gt;{title}&lt;/i&gt;، </numerusform>
                <numerusform>&lt;b&gt;متدرّبان&lt;/b&gt; مقارنةً بالمفتاح &lt;i&gt;{title}&lt;/i&gt;، </numerusform>
                <numerusform>&lt;b&gt;%Ln متدرّبين&lt;/b&gt; مقارنةً بالمفتاح &lt;i&gt;{title}&lt;/i&gt;، </numerusform>
                <numerusform>&lt;b&gt;%Ln متدرّبًا&lt;/b&gt; مقارنةً بالمفتاح &lt;i&gt;{title}&lt;/i&gt;، </numerusform>
                <numerusform>&lt;b&gt;%Ln متدرّب&lt;/b&gt; مقارنةً بالمفتاح &lt;i&gt;{title}&lt;/i&gt;، </numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n claim(s).</source>
            <translation>
                <numerusform>%Ln ادعاء.</numerusform>
                <numerusform>ادعاء واحد.</numerusform>
                <numerusform>ادعاءان.</numerusform>
                <numerusform>%Ln ادعاءات.</numerusform>
                <numerusform>%Ln ادعاءً.</numerusform>
                <numerusform>%Ln ادعاء.</numerusform>
            </translation>
        </message>
        <message>
            <source>Export workshop report…</source>
            <translation>تصدير تقرير الورشة…</translation>
        </message>
        <message>
            <source>&lt;b&gt;Each trainee against the key&lt;/b&gt;</source>
            <translation>&lt;b&gt;كل متدرّب مقارنةً بالمفتاح&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Claim</source>
            <translation>الادعاء</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>المفتاح</translation>
        </message>
        <message>
            <source>Key source: {source}</source>
            <translation>مصدر المفتاح: {source}</translation>
        </message>
        <message>
            <source>none</source>
            <translation>لا شيء</translation>
        </message>
        <message>
            <source>Trainee</source>
            <translation>المتدرّب</translation>
        </message>
        <message>
            <source>Found</source>
            <translation>ما وجده</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>الاتفاق</translation>
        </message>
        <message>
            <source>Cohen's κ</source>
            <translation>كابا لكوهين κ</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>القراءة</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>المصادر</translation>
        </message>
        <message>
            <source>Extra</source>
            <translation>إضافي</translation>
        </message>
        <message>
            <source>&lt;b&gt;No claim split the room&lt;/b&gt;: every trainee gave each claim the same status.</source>
            <translation>&lt;b&gt;لم يختلف المتدرّبون على أي ادعاء&lt;/b&gt;: أعطى كل متدرّب كل ادعاء الحالة نفسها.</translation>
        </message>
        <message>
            <source>(key {key}; trainees {tally})</source>
            <translation>(المفتاح {key}؛ المتدرّبون {tally})</translation>
        </message>
        <message>
            <source>The claims that split the room most</source>
            <translation>الادعاءات الأكثر إثارة للخلاف</translation>
        </message>
        <message>
            <source>Export the workshop report</source>
            <translation>تصدير تقرير الورشة</translation>
        </message>
        <message>
            <source>Word document (*.docx)</source>
            <translation>مستند Word (*.docx)</translation>
        </message>
        <message>
            <source>writing the workshop report</source>
            <translation>كتابة تقرير الورشة</translation>
        </message>
        <message>
            <source>Workshop report written</source>
            <translation>كُتب تقرير الورشة</translation>
        </message>
        <message>
            <source>Key claims this trainee marked</source>
            <translation>ادعاءات المفتاح التي صنّفها هذا المتدرّب</translation>
        </message>
        <message>
            <source>{percent}%</source>
            <translation>{percent}٪</translation>
        </message>
        <message>
            <source>{agreed} of {total} as the key</source>
            <translation>{agreed} من {total} مطابقة للمفتاح</translation>
        </message>
        <message>
            <source>Agreement with the key beyond chance</source>
            <translation>الاتفاق مع المفتاح بما يتجاوز المصادفة</translation>
        </message>
        <message>
            <source>Claims attributed to the same source as the key</source>
            <translation>ادعاءات نُسبت إلى المصدر نفسه الوارد في المفتاح</translation>
        </message>
        <message>
            <source>Claims marked that are not in the key</source>
            <translation>ادعاءات صُنّفت وليست في المفتاح</translation>
        </message>
    </context>
</TS>