<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>ActionEditor</name>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished">&amp;العنوان:</translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation type="unfinished">ال&amp;هدف:</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>Choose another building block or condition to move the action there (Ctrl+Shift+M in the table)</source>
        <translation type="unfinished">اختر لبنة أساسية أو شرطًا آخر لنقل الإجراء إليه (Ctrl+Shift+M في الجدول)</translation>
    </message>
    <message>
        <source>Building block or condition:</source>
        <translation type="unfinished">اللبنة الأساسية أو الشرط:</translation>
    </message>
    <message>
        <source>Des&amp;cription:</source>
        <translation type="unfinished">ال&amp;وصف:</translation>
    </message>
    <message>
        <source>Target group&amp;s:</source>
        <translation type="unfinished">ال&amp;فئات المستهدفة:</translation>
    </message>
    <message>
        <source>Choose or type a new organisation</source>
        <translation type="unfinished">اختر جهة أو اكتب اسم جهة جديدة</translation>
    </message>
    <message>
        <source>Le&amp;ad:</source>
        <translation type="unfinished">ال&amp;جهة المسؤولة:</translation>
    </message>
    <message>
        <source>&amp;Partners:</source>
        <translation type="unfinished">ال&amp;شركاء:</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the municipality itself does in this action: answers for it in full, co-ordinates the partners, or influences others who deliver it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality&apos;s o&amp;wn role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished">تاريخ البدء</translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished">تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation type="unfinished">التوار&amp;يخ:</translation>
    </message>
    <message>
        <source>1 = highest priority, 5 = lowest</source>
        <translation type="unfinished">1 = أعلى أولوية، 5 = أدنى أولوية</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">الحالة</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished">الأولوية</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished">نسبة الإنجاز</translation>
    </message>
    <message>
        <source>Status, priorit&amp;y, complete:</source>
        <translation type="unfinished">ال&amp;حالة والأولوية ونسبة الإنجاز:</translation>
    </message>
    <message>
        <source>Key features</source>
        <translation type="unfinished">الملامح الرئيسية</translation>
    </message>
    <message>
        <source>&amp;Key features:</source>
        <translation type="unfinished">الملامح الر&amp;ئيسية:</translation>
    </message>
    <message>
        <source>Guideline areas</source>
        <translation type="unfinished">مجالات المبادئ التوجيهية</translation>
    </message>
    <message>
        <source>G&amp;uideline areas:</source>
        <translation type="unfinished">مجالات الم&amp;بادئ التوجيهية:</translation>
    </message>
    <message>
        <source>&amp;Milestones:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation type="unfinished">المي&amp;زانية:</translation>
    </message>
    <message>
        <source>&amp;Indicators:</source>
        <translation type="unfinished">المؤش&amp;رات:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished">الملاح&amp;ظات:</translation>
    </message>
    <message>
        <source>&amp;Risks:</source>
        <translation type="unfinished">الم&amp;خاطر:</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select an action to edit it here.&lt;/i&gt;</source>
        <translation type="unfinished">&lt;i&gt;اختر إجراءً لتعديله هنا.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2</source>
        <translation type="unfinished">&lt;b&gt;%1&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>(no objective)</source>
        <translation type="unfinished">(بلا هدف)</translation>
    </message>
    <message numerus="yes">
        <source>From the idea “%1” (%n dot(s))</source>
        <translation type="unfinished">
            <numerusform>من الفكرة «%1» (%n نقطة)</numerusform>
            <numerusform>من الفكرة «%1» (%n نقطة)</numerusform>
            <numerusform>من الفكرة «%1» (%n نقطة)</numerusform>
            <numerusform>من الفكرة «%1» (%n نقطة)</numerusform>
            <numerusform>من الفكرة «%1» (%n نقطة)</numerusform>
            <numerusform>من الفكرة «%1» (%n نقطة)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionTable</name>
    <message>
        <source>Code</source>
        <translation type="unfinished">الرمز</translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished">الإجراء</translation>
    </message>
    <message>
        <source>Lead</source>
        <extracomment>The organisation that leads (is responsible for) the action, not a verb.</extracomment>
        <translation type="unfinished">الجهة المسؤولة</translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished">البدء</translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished">الانتهاء</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished">الميزانية</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">الحالة</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished">الأولوية</translation>
    </message>
    <message>
        <source>% done</source>
        <translation type="unfinished">نسبة الإنجاز %</translation>
    </message>
</context>
<context>
    <name>AreaBars</name>
    <message>
        <source>Actions and spending per area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2; spent %3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent of planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AreaButton</name>
    <message numerus="yes">
        <source>%n objective(s)</source>
        <translation type="unfinished">
            <numerusform>%n هدف</numerusform>
            <numerusform>%n هدف</numerusform>
            <numerusform>%n هدفان</numerusform>
            <numerusform>%n أهداف</numerusform>
            <numerusform>%n هدفًا</numerusform>
            <numerusform>%n هدف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation type="unfinished">
            <numerusform>%n إجراء</numerusform>
            <numerusform>%n إجراء</numerusform>
            <numerusform>%n إجراءان</numerusform>
            <numerusform>%n إجراءات</numerusform>
            <numerusform>%n إجراءً</numerusform>
            <numerusform>%n إجراء</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n gap(s)</source>
        <translation type="unfinished">
            <numerusform>⚠ %n ثغرة</numerusform>
            <numerusform>⚠ %n ثغرة</numerusform>
            <numerusform>⚠ %n ثغرتان</numerusform>
            <numerusform>⚠ %n ثغرات</numerusform>
            <numerusform>⚠ %n ثغرةً</numerusform>
            <numerusform>⚠ %n ثغرة</numerusform>
        </translation>
    </message>
    <message>
        <source>Stock-take: %1</source>
        <translation type="unfinished">تقييم الوضع الراهن: %1</translation>
    </message>
    <message>
        <source>%1
Budget: %2</source>
        <translation type="unfinished">%1
الميزانية: %2</translation>
    </message>
</context>
<context>
    <name>AreaPage</name>
    <message>
        <source>Objectives</source>
        <translation type="unfinished">الأهداف</translation>
    </message>
    <message>
        <source>F2 renames, Alt+Up/Down reorders, Ctrl+Shift+M moves the objective and its actions to another area</source>
        <translation type="unfinished">F2 لإعادة التسمية، وAlt+سهم لأعلى/لأسفل لإعادة الترتيب، وCtrl+Shift+M لنقل الهدف مع إجراءاته إلى مجال آخر</translation>
    </message>
    <message>
        <source>Objectives (new actions go under the selected one):</source>
        <translation type="unfinished">الأهداف (تُضاف الإجراءات الجديدة تحت الهدف المحدد):</translation>
    </message>
    <message>
        <source>New objective: type it and press Enter</source>
        <translation type="unfinished">هدف جديد: اكتبه ثم اضغط Enter</translation>
    </message>
    <message>
        <source>New objective</source>
        <translation type="unfinished">هدف جديد</translation>
    </message>
    <message>
        <source>Delete objective</source>
        <translation type="unfinished">حذف الهدف</translation>
    </message>
    <message>
        <source>Filter this area&apos;s actions (Ctrl+F: the whole plan)</source>
        <translation type="unfinished">تصفية إجراءات هذا المجال (Ctrl+F: الخطة كلها)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished">بحث</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished">تصفية حسب الحالة</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished">جميع الحالات</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished">الإجراءات</translation>
    </message>
    <message>
        <source>Quick add action</source>
        <translation type="unfinished">إضافة إجراء سريعًا</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1 %2&lt;/h2&gt;</source>
        <translation type="unfinished">&lt;h2&gt;%1 %2&lt;/h2&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%1  %2 (%n action(s))</source>
        <translation type="unfinished">
            <numerusform>%1  %2 (%n إجراء)</numerusform>
            <numerusform>%1  %2 (%n إجراء)</numerusform>
            <numerusform>%1  %2 (%n إجراءان)</numerusform>
            <numerusform>%1  %2 (%n إجراءات)</numerusform>
            <numerusform>%1  %2 (%n إجراءً)</numerusform>
            <numerusform>%1  %2 (%n إجراء)</numerusform>
        </translation>
    </message>
    <message>
        <source>New action under %1: type its title and press Enter</source>
        <translation type="unfinished">إجراء جديد ضمن %1: اكتب عنوانه ثم اضغط Enter</translation>
    </message>
    <message>
        <source>New action (no objective): type its title and press Enter</source>
        <translation type="unfinished">إجراء جديد (بلا هدف): اكتب عنوانه ثم اضغط Enter</translation>
    </message>
    <message>
        <source>Added %1. Type the next action, or press Tab to edit it.</source>
        <translation type="unfinished">تمت إضافة %1. اكتب الإجراء التالي، أو اضغط Tab لتعديل هذا الإجراء.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n action(s). Undo with Ctrl+Z.</source>
        <translation type="unfinished">
            <numerusform>تم حذف %n إجراء. للتراجع اضغط Ctrl+Z.</numerusform>
            <numerusform>تم حذف %n إجراء. للتراجع اضغط Ctrl+Z.</numerusform>
            <numerusform>تم حذف %n إجراءين. للتراجع اضغط Ctrl+Z.</numerusform>
            <numerusform>تم حذف %n إجراءات. للتراجع اضغط Ctrl+Z.</numerusform>
            <numerusform>تم حذف %n إجراءً. للتراجع اضغط Ctrl+Z.</numerusform>
            <numerusform>تم حذف %n إجراء. للتراجع اضغط Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the search and the sorting to reorder actions.</source>
        <translation type="unfinished">امسح البحث وألغِ الفرز لتتمكن من إعادة ترتيب الإجراءات.</translation>
    </message>
    <message>
        <source>“%1” is not a date. Type it like %2.</source>
        <translation type="unfinished">«%1» ليس تاريخًا. اكتبه مثل %2.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>Move objective</source>
        <translation type="unfinished">نقل الهدف</translation>
    </message>
    <message>
        <source>Move %1 and its actions to:</source>
        <translation type="unfinished">نقل %1 مع إجراءاته إلى:</translation>
    </message>
    <message>
        <source>Moved %1 with its actions to %2. Undo with Ctrl+Z.</source>
        <translation type="unfinished">تم نقل %1 مع إجراءاته إلى %2. للتراجع اضغط Ctrl+Z.</translation>
    </message>
    <message>
        <source>Move actions</source>
        <translation type="unfinished">نقل الإجراءات</translation>
    </message>
    <message numerus="yes">
        <source>Move %n action(s) to:</source>
        <translation type="unfinished">
            <numerusform>نقل %n إجراء إلى:</numerusform>
            <numerusform>نقل %n إجراء إلى:</numerusform>
            <numerusform>نقل %n إجراءين إلى:</numerusform>
            <numerusform>نقل %n إجراءات إلى:</numerusform>
            <numerusform>نقل %n إجراءً إلى:</numerusform>
            <numerusform>نقل %n إجراء إلى:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n action(s) to %1. Undo with Ctrl+Z.</source>
        <translation type="unfinished">
            <numerusform>تم نقل %n إجراء إلى %1. للتراجع اضغط Ctrl+Z.</numerusform>
            <numerusform>تم نقل %n إجراء إلى %1. للتراجع اضغط Ctrl+Z.</numerusform>
            <numerusform>تم نقل %n إجراءين إلى %1. للتراجع اضغط Ctrl+Z.</numerusform>
            <numerusform>تم نقل %n إجراءات إلى %1. للتراجع اضغط Ctrl+Z.</numerusform>
            <numerusform>تم نقل %n إجراءً إلى %1. للتراجع اضغط Ctrl+Z.</numerusform>
            <numerusform>تم نقل %n إجراء إلى %1. للتراجع اضغط Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the objective %1 with its %n action(s)? Ctrl+Z brings them back.</source>
        <translation type="unfinished">
            <numerusform>حذف الهدف %1 مع إجراءاته (%n)؟ يعيدها Ctrl+Z.</numerusform>
            <numerusform>حذف الهدف %1 مع إجراءاته (%n)؟ يعيدها Ctrl+Z.</numerusform>
            <numerusform>حذف الهدف %1 مع إجراءاته (%n)؟ يعيدها Ctrl+Z.</numerusform>
            <numerusform>حذف الهدف %1 مع إجراءاته (%n)؟ يعيدها Ctrl+Z.</numerusform>
            <numerusform>حذف الهدف %1 مع إجراءاته (%n)؟ يعيدها Ctrl+Z.</numerusform>
            <numerusform>حذف الهدف %1 مع إجراءاته (%n)؟ يعيدها Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted the objective with its actions. Undo with Ctrl+Z.</source>
        <translation type="unfinished">تم حذف الهدف مع إجراءاته. للتراجع اضغط Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>AreaStrip</name>
    <message>
        <source>Area</source>
        <translation type="unfinished">المجال</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished">%1 · %2</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished">%1 %2: %3</translation>
    </message>
</context>
<context>
    <name>BoardPane</name>
    <message>
        <source>Cards not on the board yet</source>
        <translation type="unfinished">بطاقات ليست على المصفوفة بعد</translation>
    </message>
    <message>
        <source>Not on the board &amp;yet:</source>
        <translation type="unfinished">ليست على المصفوفة &amp;بعد:</translation>
    </message>
</context>
<context>
    <name>BudgetBox</name>
    <message>
        <source>Budget lines</source>
        <translation type="unfinished">بنود الميزانية</translation>
    </message>
    <message>
        <source>Add budget line</source>
        <translation type="unfinished">إضافة بند ميزانية</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation type="unfinished">المجموع: %1</translation>
    </message>
</context>
<context>
    <name>BudgetModel</name>
    <message>
        <source>confirmed</source>
        <translation type="unfinished">مؤكَّد</translation>
    </message>
    <message>
        <source>expected</source>
        <translation type="unfinished">متوقَّع</translation>
    </message>
    <message>
        <source>%1 is not an amount.</source>
        <translation type="unfinished">%1 ليس مبلغًا صالحًا.</translation>
    </message>
</context>
<context>
    <name>BudgetTable</name>
    <message>
        <source>Year</source>
        <translation type="unfinished">السنة</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished">المبلغ</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation type="unfinished">مصدر التمويل</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished">مؤكَّد</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation type="unfinished">
            <numerusform>%n بطاقة</numerusform>
            <numerusform>%n بطاقة</numerusform>
            <numerusform>%n بطاقتان</numerusform>
            <numerusform>%n بطاقات</numerusform>
            <numerusform>%n بطاقةً</numerusform>
            <numerusform>%n بطاقة</numerusform>
        </translation>
    </message>
    <message>
        <source>Card text</source>
        <translation type="unfinished">نص البطاقة</translation>
    </message>
    <message>
        <source>Enter saves, Shift+Enter starts a new line, Escape cancels</source>
        <translation type="unfinished">يحفظ Enter، ويبدأ Shift+Enter سطرًا جديدًا، ويُلغي Esc</translation>
    </message>
    <message>
        <source>→ %1</source>
        <comment>what the card became: codes of actions or objectives</comment>
        <translation type="unfinished">← %1</translation>
    </message>
    <message>
        <source>● %1</source>
        <comment>a card&apos;s dots</comment>
        <translation type="unfinished">● %1</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <comment>what the card became, then its dots</comment>
        <translation type="unfinished">%1  %2</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>Chart of the measurements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No numbers to draw yet: add a measurement below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>usage:</source>
        <translation type="unfinished">الاستخدام:</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation type="unfinished">الوسائط الموضعية</translation>
    </message>
    <message>
        <source>options</source>
        <translation type="unfinished">الخيارات</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation type="unfinished">عرض رسالة المساعدة هذه والخروج</translation>
    </message>
    <message>
        <source>show the program&apos;s version number and exit</source>
        <translation type="unfinished">عرض رقم إصدار البرنامج والخروج</translation>
    </message>
    <message>
        <source>LC Planner: learning-city action plans for UNESCO GNLC workshops.</source>
        <translation type="unfinished">LC Planner: خطط عمل مدن التعلم لورش عمل شبكة اليونسكو العالمية لمدن التعلم (GNLC).</translation>
    </message>
    <message>
        <source>plan file (.lcplan) to open in the window</source>
        <translation type="unfinished">ملف الخطة (.lcplan) المراد فتحه في النافذة</translation>
    </message>
    <message>
        <source>open a fresh copy of the demo plan</source>
        <translation type="unfinished">يفتح نسخة جديدة من الخطة التجريبية</translation>
    </message>
    <message>
        <source>open the plan read-only</source>
        <translation type="unfinished">يفتح الخطة للقراءة فقط</translation>
    </message>
    <message>
        <source>language of the user interface (e.g. tr, en)</source>
        <translation type="unfinished">لغة واجهة المستخدم (مثل tr أو en)</translation>
    </message>
    <message>
        <source>preview the .ts files in DIR (a translator&apos;s working copy) without rebuilding</source>
        <translation type="unfinished">معاينة ملفات ‎.ts في DIR (نسخة عمل المترجم) دون إعادة البناء</translation>
    </message>
    <message>
        <source>create an empty plan file</source>
        <translation type="unfinished">ينشئ ملف خطة فارغًا</translation>
    </message>
    <message>
        <source>city name</source>
        <translation type="unfinished">اسم المدينة</translation>
    </message>
    <message>
        <source>plan title (default: the city name)</source>
        <translation type="unfinished">عنوان الخطة (الافتراضي: اسم المدينة)</translation>
    </message>
    <message>
        <source>plan language (default: tr)</source>
        <translation type="unfinished">لغة الخطة (الافتراضية: tr)</translation>
    </message>
    <message>
        <source>first year of the plan period</source>
        <translation type="unfinished">السنة الأولى من فترة الخطة</translation>
    </message>
    <message>
        <source>last year of the plan period</source>
        <translation type="unfinished">السنة الأخيرة من فترة الخطة</translation>
    </message>
    <message>
        <source>currency code (default: TRY)</source>
        <translation type="unfinished">رمز العملة (الافتراضي: TRY)</translation>
    </message>
    <message>
        <source>replace an existing file</source>
        <translation type="unfinished">يستبدل ملفًا موجودًا</translation>
    </message>
    <message>
        <source>create the demo plan file</source>
        <translation type="unfinished">ينشئ ملف الخطة التجريبية</translation>
    </message>
    <message>
        <source>language of the demo</source>
        <translation type="unfinished">لغة الخطة التجريبية</translation>
    </message>
    <message>
        <source>show plan properties and the per-area summary</source>
        <translation type="unfinished">يعرض خصائص الخطة وملخصًا لكل مجال</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation type="unfinished">يطبع المخرجات بصيغة JSON</translation>
    </message>
    <message>
        <source>check integrity and validity</source>
        <translation type="unfinished">يتحقق من السلامة والصلاحية</translation>
    </message>
    <message>
        <source>warnings also fail the check</source>
        <translation type="unfinished">التحذيرات أيضًا تؤدي إلى فشل الفحص</translation>
    </message>
    <message>
        <source>carry the readable data of a damaged or altered plan into a new, clean plan</source>
        <translation type="unfinished">ينقل البيانات المقروءة من خطة تالفة أو معدّلة إلى خطة جديدة سليمة</translation>
    </message>
    <message>
        <source>the new plan file (.lcplan)</source>
        <translation type="unfinished">ملف الخطة الجديد (.lcplan)</translation>
    </message>
    <message>
        <source>write the Excel workplan</source>
        <translation type="unfinished">يكتب خطة العمل في ملف Excel</translation>
    </message>
    <message>
        <source>the workbook to write (.xlsx)</source>
        <translation type="unfinished">المصنف المراد كتابته (.xlsx)</translation>
    </message>
    <message>
        <source>language of the workbook (default: the plan&apos;s language)</source>
        <translation type="unfinished">لغة المصنف (الافتراضية: لغة الخطة)</translation>
    </message>
    <message>
        <source>lcplanner: error: %1</source>
        <translation type="unfinished">lcplanner: خطأ: %1</translation>
    </message>
    <message>
        <source>Commands (lcplanner COMMAND --help for each):
  new FILE --city NAME   create an empty plan
  demo FILE              create the demo plan
  info FILE [--json]     plan properties and per-area summary
  check FILE             integrity and validation report
  export FILE -o X.xlsx  write the Excel workplan
  pdf FILE -o X.pdf      print the plan (or a temple poster) to PDF
  rescue FILE -o NEW     carry a damaged plan&apos;s data into a new plan</source>
        <translation type="unfinished">الأوامر (لتفاصيل كل أمر: lcplanner COMMAND --help):
  new FILE --city NAME   ينشئ خطة فارغة
  demo FILE              ينشئ الخطة التجريبية
  info FILE [--json]     خصائص الخطة وملخص لكل مجال
  check FILE             تقرير السلامة والتحقق
  export FILE -o X.xlsx  يكتب خطة العمل في ملف Excel
  pdf FILE -o X.pdf      يطبع الخطة (أو ملصق المعبد) بصيغة PDF
  rescue FILE -o NEW     ينقل بيانات خطة تالفة إلى خطة جديدة</translation>
    </message>
    <message>
        <source>replace the output even if it is a plan file (.lcplan) or not a workbook, or write it under a name that does not end in .xlsx</source>
        <translation type="unfinished">يستبدل المخرجات حتى لو كانت ملف خطة (.lcplan) أو ليست مصنفًا، أو يكتبها باسم لا ينتهي بـ .xlsx</translation>
    </message>
    <message>
        <source>include contact persons&apos; phones and e-mails (left out by default: they are personal data)</source>
        <translation type="unfinished">يضمّن هواتف جهات الاتصال وبريدها الإلكتروني (تُستبعد افتراضيًا: إنها بيانات شخصية)</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation type="unfinished">تم الإنشاء: %1</translation>
    </message>
    <message>
        <source>Created the demo plan %1</source>
        <translation type="unfinished">تم إنشاء الخطة التجريبية: %1</translation>
    </message>
    <message>
        <source>%1
%2, %3, %4-%5, %6, language %7</source>
        <translation type="unfinished">%1
%2، %3، %4-%5، %6، اللغة: %7</translation>
    </message>
    <message>
        <source>Organisations: %1</source>
        <translation type="unfinished">الجهات: %1</translation>
    </message>
    <message>
        <source>%1 %2: objectives %3, actions %4, budget %5 %6, gaps %7</source>
        <translation type="unfinished">%1 %2: الأهداف: %3، الإجراءات: %4، الميزانية: %5 %6، الثغرات: %7</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished">خطأ: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished">تحذير: %1</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings</source>
        <translation type="unfinished">الأخطاء: %1، التحذيرات: %2</translation>
    </message>
    <message numerus="yes">
        <source>Rescued %n row(s) into %1.</source>
        <translation type="unfinished">
            <numerusform>تم إنقاذ %n صف إلى %1.</numerusform>
            <numerusform>تم إنقاذ %n صف إلى %1.</numerusform>
            <numerusform>تم إنقاذ %n صفين إلى %1.</numerusform>
            <numerusform>تم إنقاذ %n صفوف إلى %1.</numerusform>
            <numerusform>تم إنقاذ %n صفًا إلى %1.</numerusform>
            <numerusform>تم إنقاذ %n صف إلى %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left behind %n row(s) that could not be read or broke the plan&apos;s rules.</source>
        <translation type="unfinished">
            <numerusform>تُرك %n صف تعذّرت قراءته أو خالف قواعد الخطة.</numerusform>
            <numerusform>تُرك %n صف تعذّرت قراءته أو خالف قواعد الخطة.</numerusform>
            <numerusform>تُرك %n صفان تعذّرت قراءتهما أو خالفا قواعد الخطة.</numerusform>
            <numerusform>تُركت %n صفوف تعذّرت قراءتها أو خالفت قواعد الخطة.</numerusform>
            <numerusform>تُرك %n صفًا تعذّرت قراءتها أو خالفت قواعد الخطة.</numerusform>
            <numerusform>تُرك %n صف تعذّرت قراءتها أو خالفت قواعد الخطة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cleared %n value(s) of the wrong kind.</source>
        <translation type="unfinished">
            <numerusform>تم مسح %n قيمة من نوع خاطئ.</numerusform>
            <numerusform>تم مسح %n قيمة من نوع خاطئ.</numerusform>
            <numerusform>تم مسح %n قيمتين من نوع خاطئ.</numerusform>
            <numerusform>تم مسح %n قيم من نوع خاطئ.</numerusform>
            <numerusform>تم مسح %n قيمةً من نوع خاطئ.</numerusform>
            <numerusform>تم مسح %n قيمة من نوع خاطئ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n action(s) to %1.</source>
        <translation type="unfinished">
            <numerusform>تم تصدير %n إجراء إلى %1.</numerusform>
            <numerusform>تم تصدير %n إجراء إلى %1.</numerusform>
            <numerusform>تم تصدير %n إجراءين إلى %1.</numerusform>
            <numerusform>تم تصدير %n إجراءات إلى %1.</numerusform>
            <numerusform>تم تصدير %n إجراءً إلى %1.</numerusform>
            <numerusform>تم تصدير %n إجراء إلى %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n character(s) that a workbook cannot hold (control characters).</source>
        <translation type="unfinished">
            <numerusform>تمت إزالة %n حرف لا يمكن أن يحتويها المصنف (أحرف تحكم).</numerusform>
            <numerusform>تمت إزالة %n حرف لا يمكن أن يحتويه المصنف (حرف تحكم).</numerusform>
            <numerusform>تمت إزالة %n حرفين لا يمكن أن يحتويهما المصنف (حرفا تحكم).</numerusform>
            <numerusform>تمت إزالة %n أحرف لا يمكن أن يحتويها المصنف (أحرف تحكم).</numerusform>
            <numerusform>تمت إزالة %n حرفًا لا يمكن أن يحتويها المصنف (أحرف تحكم).</numerusform>
            <numerusform>تمت إزالة %n حرف لا يمكن أن يحتويها المصنف (أحرف تحكم).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cut %n text(s) longer than Excel&apos;s 32,767 characters per cell.</source>
        <translation type="unfinished">
            <numerusform>تم قصّ %n نص يتجاوز حد Excel البالغ 32767 حرفًا لكل خلية.</numerusform>
            <numerusform>تم قصّ %n نص يتجاوز حد Excel البالغ 32767 حرفًا لكل خلية.</numerusform>
            <numerusform>تم قصّ %n نصين يتجاوزان حد Excel البالغ 32767 حرفًا لكل خلية.</numerusform>
            <numerusform>تم قصّ %n نصوص تتجاوز حد Excel البالغ 32767 حرفًا لكل خلية.</numerusform>
            <numerusform>تم قصّ %n نصًا يتجاوز حد Excel البالغ 32767 حرفًا لكل خلية.</numerusform>
            <numerusform>تم قصّ %n نص يتجاوز حد Excel البالغ 32767 حرفًا لكل خلية.</numerusform>
        </translation>
    </message>
    <message>
        <source>The name had no extension, so .xlsx was added to it.</source>
        <translation type="unfinished">لم يكن للاسم امتداد، لذا أُضيف إليه .xlsx.</translation>
    </message>
    <message>
        <source>The disk is full, so the command&apos;s output could not be written.</source>
        <translation type="unfinished">القرص ممتلئ، لذا تعذّرت كتابة مخرجات الأمر.</translation>
    </message>
    <message>
        <source>The command&apos;s output could not be written: %1</source>
        <translation type="unfinished">تعذّرت كتابة مخرجات الأمر: %1</translation>
    </message>
    <message>
        <source>lcplanner: cannot compile the translations in %1: %2</source>
        <translation type="unfinished">lcplanner: تعذّر تجميع الترجمات في %1: %2</translation>
    </message>
    <message>
        <source>lcplanner: no lcplanner_*.ts files in %1</source>
        <translation type="unfinished">lcplanner: لا توجد ملفات lcplanner_*.ts في %1</translation>
    </message>
</context>
<context>
    <name>Commander</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not sent to the server yet, the last: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Edit plan properties</source>
        <translation type="unfinished">تعديل خصائص الخطة</translation>
    </message>
    <message>
        <source>Add organisation</source>
        <translation type="unfinished">إضافة جهة</translation>
    </message>
    <message>
        <source>Edit organisation</source>
        <translation type="unfinished">تعديل جهة</translation>
    </message>
    <message>
        <source>Delete organisation</source>
        <translation type="unfinished">حذف جهة</translation>
    </message>
    <message>
        <source>Merge organisations</source>
        <translation type="unfinished">دمج جهات</translation>
    </message>
    <message>
        <source>Add objective</source>
        <translation type="unfinished">إضافة هدف</translation>
    </message>
    <message>
        <source>Edit objective</source>
        <translation type="unfinished">تعديل هدف</translation>
    </message>
    <message>
        <source>Delete objective</source>
        <translation type="unfinished">حذف هدف</translation>
    </message>
    <message>
        <source>Move objective</source>
        <translation type="unfinished">نقل هدف</translation>
    </message>
    <message>
        <source>Move objective to another area</source>
        <translation type="unfinished">نقل هدف إلى مجال آخر</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation type="unfinished">إضافة إجراء</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation type="unfinished">تعديل إجراء</translation>
    </message>
    <message>
        <source>Set lead</source>
        <translation type="unfinished">تعيين الجهة المسؤولة</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n action(s)</source>
        <translation type="unfinished">
            <numerusform>حذف %n إجراء</numerusform>
            <numerusform>حذف %n إجراء</numerusform>
            <numerusform>حذف %n إجراءين</numerusform>
            <numerusform>حذف %n إجراءات</numerusform>
            <numerusform>حذف %n إجراءً</numerusform>
            <numerusform>حذف %n إجراء</numerusform>
        </translation>
    </message>
    <message>
        <source>Move action</source>
        <translation type="unfinished">نقل إجراء</translation>
    </message>
    <message numerus="yes">
        <source>Move %n action(s) to another area</source>
        <translation type="unfinished">
            <numerusform>نقل %n إجراء إلى مجال آخر</numerusform>
            <numerusform>نقل %n إجراء إلى مجال آخر</numerusform>
            <numerusform>نقل %n إجراءين إلى مجال آخر</numerusform>
            <numerusform>نقل %n إجراءات إلى مجال آخر</numerusform>
            <numerusform>نقل %n إجراءً إلى مجال آخر</numerusform>
            <numerusform>نقل %n إجراء إلى مجال آخر</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit partners</source>
        <translation type="unfinished">تعديل الشركاء</translation>
    </message>
    <message>
        <source>Add budget line</source>
        <translation type="unfinished">إضافة بند ميزانية</translation>
    </message>
    <message>
        <source>Edit budget line</source>
        <translation type="unfinished">تعديل بند ميزانية</translation>
    </message>
    <message>
        <source>Delete budget line</source>
        <translation type="unfinished">حذف بند ميزانية</translation>
    </message>
    <message>
        <source>Add indicator</source>
        <translation type="unfinished">إضافة مؤشر</translation>
    </message>
    <message>
        <source>Edit indicator</source>
        <translation type="unfinished">تعديل مؤشر</translation>
    </message>
    <message>
        <source>Delete indicator</source>
        <translation type="unfinished">حذف مؤشر</translation>
    </message>
    <message>
        <source>Add workshop</source>
        <translation type="unfinished">إضافة ورشة عمل</translation>
    </message>
    <message>
        <source>Edit workshop</source>
        <translation type="unfinished">تعديل ورشة عمل</translation>
    </message>
    <message>
        <source>Delete workshop</source>
        <translation type="unfinished">حذف ورشة عمل</translation>
    </message>
    <message>
        <source>Add stakeholder</source>
        <translation type="unfinished">إضافة صاحب مصلحة</translation>
    </message>
    <message>
        <source>Edit stakeholder</source>
        <translation type="unfinished">تعديل صاحب مصلحة</translation>
    </message>
    <message>
        <source>Delete stakeholder</source>
        <translation type="unfinished">حذف صاحب مصلحة</translation>
    </message>
    <message>
        <source>Mark who was present</source>
        <translation type="unfinished">تسجيل الحضور</translation>
    </message>
    <message>
        <source>Rate %1</source>
        <translation type="unfinished">تقييم %1</translation>
    </message>
    <message>
        <source>Add initiative</source>
        <translation type="unfinished">إضافة مبادرة</translation>
    </message>
    <message>
        <source>Edit initiative</source>
        <translation type="unfinished">تعديل مبادرة</translation>
    </message>
    <message>
        <source>Delete initiative</source>
        <translation type="unfinished">حذف مبادرة</translation>
    </message>
    <message>
        <source>Load prompts</source>
        <translation type="unfinished">تحميل العبارات التوجيهية</translation>
    </message>
    <message>
        <source>Add card</source>
        <translation type="unfinished">إضافة بطاقة</translation>
    </message>
    <message>
        <source>Edit card</source>
        <translation type="unfinished">تعديل بطاقة</translation>
    </message>
    <message>
        <source>Move card</source>
        <translation type="unfinished">نقل بطاقة</translation>
    </message>
    <message>
        <source>Delete card</source>
        <translation type="unfinished">حذف بطاقة</translation>
    </message>
    <message>
        <source>Merge cards</source>
        <translation type="unfinished">دمج بطاقات</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation type="unfinished">إضافة مجموعة</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation type="unfinished">تصويت</translation>
    </message>
    <message>
        <source>Turn cards into an action</source>
        <translation type="unfinished">تحويل بطاقات إلى إجراء</translation>
    </message>
    <message>
        <source>Turn cards into an objective</source>
        <translation type="unfinished">تحويل بطاقات إلى هدف</translation>
    </message>
    <message>
        <source>Report progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete progress update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move on the timeline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No differences: both hold the same rows and values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished">إ&amp;غلاق</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the differences</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareTree</name>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Require an encrypted connection (TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hos&amp;t:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data&amp;base:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is not kept: LC Planner asks for it each time. The connection is encrypted whenever the server offers it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Li&amp;st Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database holds no LC Planner plans.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>%1: unexpected problem</source>
        <translation type="unfinished">%1: مشكلة غير متوقعة</translation>
    </message>
    <message>
        <source>%1 ran into an unexpected problem. Your plan is safe: every change was saved when you made it. Please send the details below to whoever supports %1.</source>
        <translation type="unfinished">واجه %1 مشكلة غير متوقعة. خطتك في أمان: فقد حُفظ كل تغيير لحظة إجرائه. يُرجى إرسال التفاصيل أدناه إلى الجهة أو الشخص الذي يقدّم الدعم الفني لـ %1.</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation type="unfinished">تفاصيل الخطأ</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation type="unfinished">نسخ &amp;التفاصيل</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished">نسخ التفاصيل</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">إغلاق</translation>
    </message>
</context>
<context>
    <name>DashboardIndicators</name>
    <message>
        <source>Of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished">المؤشر</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished">خط الأساس</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the way</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardMissing</name>
    <message>
        <source>Code</source>
        <translation type="unfinished">الرمز</translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished">الإجراء</translation>
    </message>
    <message>
        <source>Status now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>&lt;h2&gt;Dashboard&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished">ال&amp;فترة:</translation>
    </message>
    <message>
        <source>Indicators against their targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions without an update this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Indicators against their targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Not reported (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s): %2 on track, %3 delayed, %4 not started, %5 done, %6 cancelled.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;No update for %1: %n action(s)&lt;/b&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>e.g. %1</source>
        <translation type="unfinished">مثلًا %1</translation>
    </message>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation type="unfinished">اختر من التقويم (Alt+سهم لأسفل)</translation>
    </message>
    <message>
        <source>Calendar for %1</source>
        <translation type="unfinished">تقويم %1</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation type="unfinished">مسح التاريخ</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation type="unfinished">مسح %1</translation>
    </message>
    <message>
        <source>Not a date. Type it like %1, or leave it empty; Escape puts the saved date back.</source>
        <translation type="unfinished">ليس تاريخًا. اكتبه مثل %1 أو اتركه فارغًا؛ يعيد Esc التاريخ المحفوظ.</translation>
    </message>
</context>
<context>
    <name>DiffCli</name>
    <message>
        <source>plan properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>budget line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stakeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stock-take prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>existing initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>idea card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voter group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card&apos;s link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>progress update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished">الإجراء</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished">الكاتب</translation>
    </message>
    <message>
        <source>Dots to give</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">المدينة</translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished">الرمز</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">البلد</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">منجز</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation type="unfinished">النقاط</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effort</source>
        <translation type="unfinished">الجهد</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished">الأدلة</translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished">المجموعة</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idea card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished">الأثر</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished">المؤشر</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation type="unfinished">التأثير</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation type="unfinished">الاهتمام</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished">التقييم</translation>
    </message>
    <message>
        <source>Measured on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">ملاحظة</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">ملاحظات</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation type="unfinished">الهدف</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished">الجهة</translation>
    </message>
    <message>
        <source>Run by</source>
        <translation type="unfinished">الجهة المنفِّذة</translation>
    </message>
    <message>
        <source>% complete</source>
        <translation type="unfinished">نسبة الإنجاز %</translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished">السنة الأخيرة</translation>
    </message>
    <message>
        <source>First year</source>
        <translation type="unfinished">السنة الأولى</translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished">الشخص</translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished">العبارة التوجيهية</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation type="unfinished">النطاق</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">الحالة</translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vision</source>
        <translation type="unfinished">الرؤية</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list what changed from one plan file to another (rows matched by their IDs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gives the differences as JSON, for other programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan, its register and its workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No differences: the two plans hold the same rows and values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">المجال</translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">النوع</translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Cover</source>
        <translation type="unfinished">الغلاف</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished">الملخص</translation>
    </message>
    <message>
        <source>Fundamental conditions</source>
        <translation type="unfinished">الشروط الأساسية</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished">الجدول الزمني</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished">المؤشرات</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished">الميزانية</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished">الجهات</translation>
    </message>
    <message>
        <source>Stock-take</source>
        <translation type="unfinished">تقييم الوضع الراهن</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation type="unfinished">الأفكار</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">المدينة</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">البلد</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation type="unfinished">الرؤية</translation>
    </message>
    <message>
        <source>Plan period</source>
        <translation type="unfinished">فترة الخطة</translation>
    </message>
    <message>
        <source>Number of actions</source>
        <translation type="unfinished">عدد الإجراءات</translation>
    </message>
    <message>
        <source>Total budget</source>
        <translation type="unfinished">إجمالي الميزانية</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation type="unfinished">الإطار</translation>
    </message>
    <message>
        <source>Key features</source>
        <translation type="unfinished">الملامح الرئيسية</translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished">الرمز</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation type="unfinished">الهدف</translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished">الإجراء</translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished">الوصف</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation type="unfinished">الفئات المستهدفة</translation>
    </message>
    <message>
        <source>Lead</source>
        <extracomment>The organisation that leads (is responsible for) the action, not a verb.
----------
In the responsibilities matrix: the organisation leads the action.</extracomment>
        <translation type="unfinished">الجهة المسؤولة</translation>
    </message>
    <message>
        <source>Partners (role)</source>
        <translation type="unfinished">الشركاء (الدور)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished">البدء</translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished">الانتهاء</translation>
    </message>
    <message>
        <source>Budget total</source>
        <translation type="unfinished">مجموع الميزانية</translation>
    </message>
    <message>
        <source>Funding sources</source>
        <translation type="unfinished">مصادر التمويل</translation>
    </message>
    <message>
        <source>Indicators (baseline → target)</source>
        <translation type="unfinished">المؤشرات (خط الأساس → القيمة المستهدفة)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">الحالة</translation>
    </message>
    <message>
        <source>% complete</source>
        <translation type="unfinished">نسبة الإنجاز %</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished">الأولوية</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">ملاحظات</translation>
    </message>
    <message>
        <source>ID (do not edit)</source>
        <translation type="unfinished">المعرّف (لا تعدّله)</translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">المجال</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation type="unfinished">الأهداف</translation>
    </message>
    <message>
        <source>Action details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget by area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished">الشركاء</translation>
    </message>
    <message>
        <source>Approval status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <extracomment>The summary&apos;s second line: %1 the city, %2 the period, %3 the approval status.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>The approval status with its date, e.g. &quot;Approved by the council, 12.03.2027&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1, prepared by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefits: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guideline areas</source>
        <translation type="unfinished">مجالات المبادئ التوجيهية</translation>
    </message>
    <message>
        <source>The municipality&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished">الإجراءات</translation>
    </message>
    <message>
        <source>Budget %1</source>
        <translation type="unfinished">الميزانية %1</translation>
    </message>
    <message>
        <source>Actions with something missing</source>
        <translation type="unfinished">إجراءات ينقصها شيء</translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished">المجموع</translation>
    </message>
    <message>
        <source>Objective or action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished">المؤشر</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">النوع</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished">الوحدة</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished">خط الأساس</translation>
    </message>
    <message>
        <source>Baseline year</source>
        <translation type="unfinished">سنة خط الأساس</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation type="unfinished">القيمة المستهدفة</translation>
    </message>
    <message>
        <source>Target year</source>
        <translation type="unfinished">السنة المستهدفة</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished">القيمة الفعلية</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation type="unfinished">مصدر البيانات</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcome (objective)</source>
        <extracomment>Indicators sheet, &quot;Measures&quot; column: an objective&apos;s indicator measures an outcome.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output (action)</source>
        <extracomment>Indicators sheet, &quot;Measures&quot; column: an action&apos;s indicator measures its output.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <extracomment>One indicator in a cell: %1 its name, %2 the baseline, %3 the target.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3 (%4)</source>
        <extracomment>One indicator in a cell with the target&apos;s year: %4 the year.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A value with its unit, e.g. &quot;350.000 TL&quot; or &quot;18 %&quot;.</extracomment>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished">السنة</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation type="unfinished">مصدر التمويل</translation>
    </message>
    <message>
        <source>Confirmed or expected</source>
        <translation type="unfinished">مؤكَّد أو متوقَّع</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished">المبلغ</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year %1 is outside the plan period (%2–%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality&apos;s share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome indicators (baseline → target)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks of its actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key features and Guideline areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building blocks and fundamental conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">لا</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished">مؤكَّد</translation>
    </message>
    <message>
        <source>expected</source>
        <translation type="unfinished">متوقَّع</translation>
    </message>
    <message>
        <source>Total confirmed</source>
        <translation type="unfinished">مجموع المؤكَّد</translation>
    </message>
    <message>
        <source>Total expected</source>
        <translation type="unfinished">مجموع المتوقَّع</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation type="unfinished">مجموع %1</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished">الجهة</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished">القطاع</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished">الشخص المسؤول عن التواصل</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished">البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">الهاتف</translation>
    </message>
    <message>
        <source>Responsibilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished">الإجراءات التي تتولى مسؤوليتها</translation>
    </message>
    <message>
        <source>Partner in</source>
        <translation type="unfinished">الإجراءات التي تشارك فيها</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation type="unfinished">الربع %1 %2</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished">مفتاح الرموز</translation>
    </message>
    <message>
        <source>No actions yet.</source>
        <translation type="unfinished">لا توجد إجراءات بعد.</translation>
    </message>
    <message>
        <source>(no objective)</source>
        <translation type="unfinished">(بلا هدف)</translation>
    </message>
    <message>
        <source>Page &amp;P of &amp;N</source>
        <translation type="unfinished">الصفحة &amp;P من &amp;N</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished">العبارة التوجيهية</translation>
    </message>
    <message>
        <source>Key feature</source>
        <translation type="unfinished">الملمح الرئيسي</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished">التقييم</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished">الأدلة</translation>
    </message>
    <message>
        <source>Existing initiative</source>
        <translation type="unfinished">المبادرة القائمة</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished">الجهة المنفِّذة</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation type="unfinished">النطاق</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">ملاحظة</translation>
    </message>
    <message>
        <source>(the area as a whole)</source>
        <translation type="unfinished">(المجال ككل)</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation type="unfinished">الفكرة</translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished">الكاتب</translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished">المجموعة</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation type="unfinished">النقاط</translation>
    </message>
    <message>
        <source>Votes by group</source>
        <translation type="unfinished">الأصوات حسب المجموعة</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished">الأثر</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation type="unfinished">الجهد</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation type="unfinished">الربع</translation>
    </message>
    <message>
        <source>Became</source>
        <translation type="unfinished">تحوّلت إلى</translation>
    </message>
    <message>
        <source>action %1</source>
        <extracomment>What a card became: %1 is a code (&quot;BB1-3&quot;).</extracomment>
        <translation type="unfinished">الإجراء %1</translation>
    </message>
    <message>
        <source>objective %1</source>
        <translation type="unfinished">الهدف %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export workplan</source>
        <translation type="unfinished">تصدير خطة العمل</translation>
    </message>
    <message>
        <source>&amp;Workbook:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include &amp;contact persons&apos; phones and e-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out unless you tick this: phones and e-mails of people are personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished">مصنفات Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Do you want to replace it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <source>%1 workplan</source>
        <translation type="unfinished">خطة عمل %1</translation>
    </message>
    <message>
        <source>Export workplan</source>
        <translation type="unfinished">تصدير خطة العمل</translation>
    </message>
    <message>
        <source>Writing the workplan…</source>
        <translation type="unfinished">جارٍ كتابة خطة العمل…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">إلغاء</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n action(s) to %1.</source>
        <translation type="unfinished">
            <numerusform>تم تصدير %n إجراء إلى %1.</numerusform>
            <numerusform>تم تصدير %n إجراء إلى %1.</numerusform>
            <numerusform>تم تصدير %n إجراءين إلى %1.</numerusform>
            <numerusform>تم تصدير %n إجراءات إلى %1.</numerusform>
            <numerusform>تم تصدير %n إجراءً إلى %1.</numerusform>
            <numerusform>تم تصدير %n إجراء إلى %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n character(s) that a workbook cannot hold (control characters).</source>
        <translation type="unfinished">
            <numerusform>تمت إزالة %n حرف لا يمكن أن يحتويها المصنف (أحرف تحكم).</numerusform>
            <numerusform>تمت إزالة %n حرف لا يمكن أن يحتويه المصنف (حرف تحكم).</numerusform>
            <numerusform>تمت إزالة %n حرفين لا يمكن أن يحتويهما المصنف (حرفا تحكم).</numerusform>
            <numerusform>تمت إزالة %n أحرف لا يمكن أن يحتويها المصنف (أحرف تحكم).</numerusform>
            <numerusform>تمت إزالة %n حرفًا لا يمكن أن يحتويها المصنف (أحرف تحكم).</numerusform>
            <numerusform>تمت إزالة %n حرف لا يمكن أن يحتويها المصنف (أحرف تحكم).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindPanel</name>
    <message>
        <source>Actions (%1)</source>
        <translation type="unfinished">الإجراءات (%1)</translation>
    </message>
    <message>
        <source>Objectives (%1)</source>
        <translation type="unfinished">الأهداف (%1)</translation>
    </message>
    <message>
        <source>Organisations (%1)</source>
        <translation type="unfinished">الجهات (%1)</translation>
    </message>
    <message>
        <source>Indicators (%1)</source>
        <translation type="unfinished">المؤشرات (%1)</translation>
    </message>
    <message>
        <source>Find in the whole plan</source>
        <translation type="unfinished">البحث في الخطة كلها</translation>
    </message>
    <message>
        <source>Actions, objectives, organisations, indicators: type a word</source>
        <translation type="unfinished">الإجراءات والأهداف والجهات والمؤشرات: اكتب كلمة</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished">تصفية حسب الحالة</translation>
    </message>
    <message>
        <source>Lead filter</source>
        <translation type="unfinished">تصفية حسب الجهة المسؤولة</translation>
    </message>
    <message>
        <source>Only actions with gaps</source>
        <translation type="unfinished">الإجراءات ذات الثغرات فقط</translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished">النتائج</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished">جميع الحالات</translation>
    </message>
    <message>
        <source>Any lead</source>
        <translation type="unfinished">جميع الجهات المسؤولة</translation>
    </message>
    <message>
        <source>Type a word to search every area of the plan.</source>
        <translation type="unfinished">اكتب كلمة للبحث في جميع مجالات الخطة.</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation type="unfinished">لم يُعثر على شيء.</translation>
    </message>
    <message numerus="yes">
        <source>%n found in the whole plan.</source>
        <translation type="unfinished">
            <numerusform>عُثر على %n نتيجة في الخطة كلها.</numerusform>
            <numerusform>عُثر على %n نتيجة في الخطة كلها.</numerusform>
            <numerusform>عُثر على %n نتيجتين في الخطة كلها.</numerusform>
            <numerusform>عُثر على %n نتائج في الخطة كلها.</numerusform>
            <numerusform>عُثر على %n نتيجةً في الخطة كلها.</numerusform>
            <numerusform>عُثر على %n نتيجة في الخطة كلها.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing matches as typed; %n found when accents are ignored.</source>
        <translation type="unfinished">
            <numerusform>لا تطابق مع النص كما كُتب؛ عُثر على %n نتيجة عند تجاهل علامات التشكيل.</numerusform>
            <numerusform>لا تطابق مع النص كما كُتب؛ عُثر على %n نتيجة عند تجاهل علامات التشكيل.</numerusform>
            <numerusform>لا تطابق مع النص كما كُتب؛ عُثر على %n نتيجتين عند تجاهل علامات التشكيل.</numerusform>
            <numerusform>لا تطابق مع النص كما كُتب؛ عُثر على %n نتائج عند تجاهل علامات التشكيل.</numerusform>
            <numerusform>لا تطابق مع النص كما كُتب؛ عُثر على %n نتيجةً عند تجاهل علامات التشكيل.</numerusform>
            <numerusform>لا تطابق مع النص كما كُتب؛ عُثر على %n نتيجة عند تجاهل علامات التشكيل.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation type="unfinished">%1  %2</translation>
    </message>
</context>
<context>
    <name>Framework</name>
    <message>
        <source>Individual empowerment and social cohesion</source>
        <translation type="unfinished">تمكين الأفراد والتماسك الاجتماعي</translation>
    </message>
    <message>
        <source>Empowerment and cohesion</source>
        <translation type="unfinished">التمكين والتماسك</translation>
    </message>
    <message>
        <source>Economic development and cultural prosperity</source>
        <translation type="unfinished">التنمية الاقتصادية والازدهار الثقافي</translation>
    </message>
    <message>
        <source>Economy and culture</source>
        <translation type="unfinished">الاقتصاد والثقافة</translation>
    </message>
    <message>
        <source>Sustainable development</source>
        <translation type="unfinished">التنمية المستدامة</translation>
    </message>
    <message>
        <source>Sustainability</source>
        <translation type="unfinished">الاستدامة</translation>
    </message>
    <message>
        <source>Inclusive learning in the education system</source>
        <translation type="unfinished">التعلم الشامل في نظام التعليم</translation>
    </message>
    <message>
        <source>Education system</source>
        <translation type="unfinished">نظام التعليم</translation>
    </message>
    <message>
        <source>Re-vitalised learning in families and communities</source>
        <translation type="unfinished">إعادة تنشيط التعلم في الأسر والمجتمعات المحلية</translation>
    </message>
    <message>
        <source>Families and communities</source>
        <translation type="unfinished">الأسر والمجتمعات</translation>
    </message>
    <message>
        <source>Effective learning for and in the workplace</source>
        <translation type="unfinished">التعلم الفعال في مكان العمل ومن أجله</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation type="unfinished">مكان العمل</translation>
    </message>
    <message>
        <source>Extended use of modern learning technologies</source>
        <translation type="unfinished">التوسع في استخدام تكنولوجيات التعلم الحديثة</translation>
    </message>
    <message>
        <source>Learning technologies</source>
        <translation type="unfinished">تكنولوجيات التعلم</translation>
    </message>
    <message>
        <source>Enhanced quality in learning</source>
        <translation type="unfinished">تحسين جودة التعلم</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished">الجودة</translation>
    </message>
    <message>
        <source>A vibrant culture of learning throughout life</source>
        <translation type="unfinished">ثقافة حيوية للتعلم مدى الحياة</translation>
    </message>
    <message>
        <source>Culture of learning</source>
        <translation type="unfinished">ثقافة التعلم</translation>
    </message>
    <message>
        <source>Strong political will and commitment</source>
        <translation type="unfinished">إرادة سياسية والتزام قويان</translation>
    </message>
    <message>
        <source>Political will</source>
        <translation type="unfinished">الإرادة السياسية</translation>
    </message>
    <message>
        <source>Governance and participation of all stakeholders</source>
        <translation type="unfinished">الحوكمة ومشاركة جميع أصحاب المصلحة</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation type="unfinished">الحوكمة والمشاركة</translation>
    </message>
    <message>
        <source>Mobilisation and utilisation of resources</source>
        <translation type="unfinished">تعبئة الموارد واستخدامها</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished">الموارد</translation>
    </message>
    <message>
        <source>The key-feature prompts are LC Planner&apos;s short paraphrase of the UNESCO Institute for Lifelong Learning&apos;s Key Features of Learning Cities (Beijing, 2013), not the official text.</source>
        <translation type="unfinished">إن نصوص الملامح الرئيسية الواردة هنا صياغة موجزة أعدّها LC Planner بتصرّف عن وثيقة «الملامح الرئيسية لمدن التعلم» الصادرة عن معهد اليونسكو للتعلم مدى الحياة (بيجين، 2013)، وليست النص الرسمي.</translation>
    </message>
    <message>
        <source>Framework: UNESCO Institute for Lifelong Learning, Key Features of Learning Cities (2013) and Guidelines for Building Learning Cities (2015).</source>
        <translation type="unfinished">الإطار: معهد اليونسكو للتعلم مدى الحياة، «الملامح الرئيسية لمدن التعلم» (2013) و«المبادئ التوجيهية لبناء مدن التعلم» (2015).</translation>
    </message>
    <message>
        <source>Early childhood care and education</source>
        <translation type="unfinished">الرعاية والتعليم في مرحلة الطفولة المبكرة</translation>
    </message>
    <message>
        <source>Access and participation from primary to higher education</source>
        <translation type="unfinished">إتاحة التعليم والمشاركة فيه من المرحلة الابتدائية حتى التعليم العالي</translation>
    </message>
    <message>
        <source>Adult education and vocational training</source>
        <translation type="unfinished">تعليم الكبار والتدريب المهني</translation>
    </message>
    <message>
        <source>Support for marginalised groups and migrant families</source>
        <translation type="unfinished">دعم الفئات المهمشة والأسر المهاجرة</translation>
    </message>
    <message>
        <source>Community learning spaces: centres, libraries, museums</source>
        <translation type="unfinished">فضاءات التعلم المجتمعي: المراكز والمكتبات والمتاحف</translation>
    </message>
    <message>
        <source>Residents take part in community learning</source>
        <translation type="unfinished">مشاركة السكان في التعلم المجتمعي</translation>
    </message>
    <message>
        <source>Reaching groups at risk: families in need, migrants, people with disabilities, minorities, older learners</source>
        <translation type="unfinished">الوصول إلى الفئات المعرضة للخطر: الأسر المحتاجة والمهاجرون والأشخاص ذوو الإعاقة والأقليات والمتعلمون المسنون</translation>
    </message>
    <message>
        <source>Valuing local history, culture and indigenous knowledge</source>
        <translation type="unfinished">تقدير التاريخ المحلي والثقافة المحلية ومعارف الشعوب الأصلية</translation>
    </message>
    <message>
        <source>Public and private bodies become learning organisations</source>
        <translation type="unfinished">تحوّل الهيئات العامة والخاصة إلى منظمات متعلمة</translation>
    </message>
    <message>
        <source>Learning for every employee, migrant workers included</source>
        <translation type="unfinished">التعلم لجميع العاملين، بمن فيهم العمال المهاجرون</translation>
    </message>
    <message>
        <source>Employers and unions back workplace learning</source>
        <translation type="unfinished">دعم أصحاب العمل والنقابات للتعلم في مكان العمل</translation>
    </message>
    <message>
        <source>Learning for unemployed young people and adults</source>
        <translation type="unfinished">التعلم للشباب والكبار العاطلين عن العمل</translation>
    </message>
    <message>
        <source>Administrators, teachers and educators trained to use learning technologies</source>
        <translation type="unfinished">تدريب الإداريين والمعلمين والمربين على استخدام تكنولوجيات التعلم</translation>
    </message>
    <message>
        <source>Every resident can reach computers and the internet</source>
        <translation type="unfinished">إمكانية وصول كل ساكن إلى الحواسيب والإنترنت</translation>
    </message>
    <message>
        <source>Good e-learning resources</source>
        <translation type="unfinished">موارد تعلم إلكتروني جيدة</translation>
    </message>
    <message>
        <source>From teaching to learning: creativity and learning to learn</source>
        <translation type="unfinished">من التعليم إلى التعلم: الإبداع وتعلّم كيفية التعلم</translation>
    </message>
    <message>
        <source>Shared values and tolerance</source>
        <translation type="unfinished">القيم المشتركة والتسامح</translation>
    </message>
    <message>
        <source>Well-trained educators</source>
        <translation type="unfinished">مربون حسنو الإعداد</translation>
    </message>
    <message>
        <source>Learner-friendly places, special needs included</source>
        <translation type="unfinished">أماكن ملائمة للمتعلمين، بما في ذلك ذوو الاحتياجات الخاصة</translation>
    </message>
    <message>
        <source>Public events that celebrate learning, such as learning festivals</source>
        <translation type="unfinished">فعاليات عامة تحتفي بالتعلم، مثل مهرجانات التعلم</translation>
    </message>
    <message>
        <source>Information, guidance and support for learners</source>
        <translation type="unfinished">المعلومات والإرشاد والدعم للمتعلمين</translation>
    </message>
    <message>
        <source>Media, libraries and cultural institutions promote learning</source>
        <translation type="unfinished">تعزيز وسائل الإعلام والمكتبات والمؤسسات الثقافية للتعلم</translation>
    </message>
    <message>
        <source>All forms of learning are recognised and rewarded</source>
        <translation type="unfinished">الاعتراف بجميع أشكال التعلم ومكافأتها</translation>
    </message>
    <message>
        <source>City leaders commit to building a learning city</source>
        <translation type="unfinished">التزام قادة المدينة ببناء مدينة تعلم</translation>
    </message>
    <message>
        <source>A lifelong-learning strategy and plan made with all partners</source>
        <translation type="unfinished">استراتيجية وخطة للتعلم مدى الحياة تُعدّان مع جميع الشركاء</translation>
    </message>
    <message>
        <source>Progress is monitored and reported</source>
        <translation type="unfinished">رصد التقدم المحرز والإبلاغ عنه</translation>
    </message>
    <message>
        <source>A coordination body across sectors</source>
        <translation type="unfinished">هيئة تنسيق مشتركة بين القطاعات</translation>
    </message>
    <message>
        <source>Every stakeholder contributes: public, private, civil society, education</source>
        <translation type="unfinished">إسهام جميع أصحاب المصلحة: القطاع العام والقطاع الخاص والمجتمع المدني وقطاع التعليم</translation>
    </message>
    <message>
        <source>Partnerships, international ones included</source>
        <translation type="unfinished">الشراكات، بما فيها الشراكات الدولية</translation>
    </message>
    <message>
        <source>More investment in lifelong learning from every source</source>
        <translation type="unfinished">زيادة الاستثمار في التعلم مدى الحياة من جميع المصادر</translation>
    </message>
    <message>
        <source>Stakeholders&apos; resources used well; new ways of funding</source>
        <translation type="unfinished">حسن استخدام موارد أصحاب المصلحة؛ وطرق جديدة للتمويل</translation>
    </message>
    <message>
        <source>Learning opportunities for disadvantaged groups are funded</source>
        <translation type="unfinished">تمويل فرص التعلم للفئات المحرومة</translation>
    </message>
    <message>
        <source>Volunteers contribute their time and skills</source>
        <translation type="unfinished">إسهام المتطوعين بوقتهم ومهاراتهم</translation>
    </message>
    <message>
        <source>Cities exchange ideas and experience</source>
        <translation type="unfinished">تبادل الأفكار والخبرات بين المدن</translation>
    </message>
    <message>
        <source>Develop a plan</source>
        <translation type="unfinished">وضع خطة</translation>
    </message>
    <message>
        <source>Coordinate all stakeholders</source>
        <translation type="unfinished">تنسيق جهود جميع أصحاب المصلحة</translation>
    </message>
    <message>
        <source>Celebrate learning</source>
        <translation type="unfinished">الاحتفاء بالتعلم</translation>
    </message>
    <message>
        <source>Learning accessible to all</source>
        <translation type="unfinished">تعلم متاح للجميع</translation>
    </message>
    <message>
        <source>Monitor and evaluate</source>
        <translation type="unfinished">الرصد والتقييم</translation>
    </message>
    <message>
        <source>Sustainable funding</source>
        <translation type="unfinished">تمويل مستدام</translation>
    </message>
</context>
<context>
    <name>GapsDialog</name>
    <message>
        <source>Gaps</source>
        <translation type="unfinished">الثغرات</translation>
    </message>
    <message>
        <source>What the plan still lacks. Enter or a double-click goes to the field.</source>
        <translation type="unfinished">ما ينقص الخطة بعد. يؤدي Enter أو النقر المزدوج إلى الحقل.</translation>
    </message>
    <message>
        <source>No gaps: every action has a lead, an indicator, a budget and dates.</source>
        <translation type="unfinished">لا ثغرات: لكل إجراء جهة مسؤولة ومؤشر وميزانية وتواريخ.</translation>
    </message>
</context>
<context>
    <name>Groups</name>
    <message>
        <source>Copy for a group: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before merging %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupsCli</name>
    <message>
        <source>keep the plan as it is now under a name, inside its file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the snapshots a plan file keeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gives the list as JSON, for other programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a copy of the plan for a breakout group; it remembers the state it started from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge a breakout group&apos;s copy back into the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only show what the merge would do; the plan is not touched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gives the merge&apos;s changes and conflicts as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settle every conflict with the plan&apos;s value (ours) or the copy&apos;s (theirs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace the copy if the file exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Snapshot “%1” of %2 taken (%n action(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation type="unfinished">
            <numerusform>%n إجراء</numerusform>
            <numerusform>%n إجراء</numerusform>
            <numerusform>%n إجراءان</numerusform>
            <numerusform>%n إجراءات</numerusform>
            <numerusform>%n إجراءً</numerusform>
            <numerusform>%n إجراء</numerusform>
        </translation>
    </message>
    <message>
        <source>This plan keeps no snapshots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base of a group copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base of this copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before a merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy for a group written to %1; it remembers the snapshot “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy&apos;s base snapshot is gone: every difference is a decision (two-way).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base: the snapshot “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict: %1 %2, %3: the plan has “%4”, the copy “%5”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict: %1 %2 was deleted in the plan and edited in the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict: %1 %2 was edited in the plan and deleted in the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out: %1 %2, what it belongs to was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only in the plan: %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only in the copy: %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renumbered: %1 is now %2 (the plan already had %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same %1 in both: %2 (kept once).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from the copy.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: the plan was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged. The plan as it was before is kept as the snapshot “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) kept the plan&apos;s value; run again with --take ours or --take theirs to settle them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to merge: the plan already holds everything of the copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdeaBoard</name>
    <message>
        <source>Quick wins</source>
        <translation type="unfinished">مكاسب سريعة</translation>
    </message>
    <message>
        <source>Major projects</source>
        <translation type="unfinished">مشاريع كبيرة</translation>
    </message>
    <message>
        <source>Fill-ins</source>
        <translation type="unfinished">مهام تكميلية</translation>
    </message>
    <message>
        <source>Thankless tasks</source>
        <translation type="unfinished">مهام غير مجزية</translation>
    </message>
</context>
<context>
    <name>IdeaWallPage</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>Area of new cards</source>
        <translation type="unfinished">مجال البطاقات الجديدة</translation>
    </message>
    <message>
        <source>Alt+Up / Alt+Down in the idea field choose the area too; drop cards here to move them to this area</source>
        <translation type="unfinished">يختار Alt+سهم لأعلى / Alt+سهم لأسفل في حقل الفكرة المجالَ أيضًا؛ أفلت البطاقات هنا لنقلها إلى هذا المجال</translation>
    </message>
    <message>
        <source>Type an idea and press Enter</source>
        <translation type="unfinished">اكتب فكرة ثم اضغط Enter</translation>
    </message>
    <message>
        <source>New card</source>
        <translation type="unfinished">بطاقة جديدة</translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished">اختياري</translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished">الكاتب</translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished">المجموعة</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation type="unfinished">الم&amp;جال:</translation>
    </message>
    <message>
        <source>&amp;Idea:</source>
        <translation type="unfinished">ال&amp;فكرة:</translation>
    </message>
    <message>
        <source>A&amp;uthor:</source>
        <translation type="unfinished">ال&amp;كاتب:</translation>
    </message>
    <message>
        <source>Gr&amp;oup:</source>
        <translation type="unfinished">المجم&amp;وعة:</translation>
    </message>
    <message>
        <source>Voter group</source>
        <translation type="unfinished">مجموعة التصويت</translation>
    </message>
    <message>
        <source>Whose dots + / − and the digits set on the selected card</source>
        <translation type="unfinished">المجموعة التي تضع + / − والأرقام نقاطها على البطاقة المحددة</translation>
    </message>
    <message>
        <source>Name, then Enter</source>
        <translation type="unfinished">الاسم ثم Enter</translation>
    </message>
    <message>
        <source>New voter group</source>
        <translation type="unfinished">مجموعة تصويت جديدة</translation>
    </message>
    <message>
        <source>Dots of the new group</source>
        <translation type="unfinished">نقاط المجموعة الجديدة</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation type="unfinished">إضافة مجموعة</translation>
    </message>
    <message>
        <source>Vo&amp;tes of:</source>
        <translation type="unfinished">أ&amp;صوات:</translation>
    </message>
    <message>
        <source>&amp;New group:</source>
        <translation type="unfinished">مجموعة ج&amp;ديدة:</translation>
    </message>
    <message>
        <source>Bu&amp;dget:</source>
        <translation type="unfinished">ال&amp;حصة:</translation>
    </message>
    <message>
        <source>&amp;Sort by dots</source>
        <translation type="unfinished">ترتيب حسب الن&amp;قاط</translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished">عرض</translation>
    </message>
    <message>
        <source>All cards</source>
        <translation type="unfinished">جميع البطاقات</translation>
    </message>
    <message>
        <source>Not on the board yet</source>
        <translation type="unfinished">ليست على المصفوفة بعد</translation>
    </message>
    <message>
        <source>&amp;Quadrant:</source>
        <translation type="unfinished">ال&amp;ربع:</translation>
    </message>
    <message>
        <source>Idea wall</source>
        <translation type="unfinished">جدار الأفكار</translation>
    </message>
    <message>
        <source>Impact–effort board</source>
        <translation type="unfinished">مصفوفة الأثر والجهد</translation>
    </message>
    <message>
        <source>&amp;Wall</source>
        <translation type="unfinished">&amp;الجدار</translation>
    </message>
    <message>
        <source>Impact–effort &amp;board</source>
        <translation type="unfinished">مصفوفة الأ&amp;ثر والجهد</translation>
    </message>
    <message>
        <source>Enter adds a card. On a card: F2 edit · Delete · Alt+←/→ other area · Ctrl+M merge · + / − or 0–9 dots · Ctrl+arrows on the board · Ctrl+Enter action · Ctrl+Shift+Enter objective</source>
        <translation type="unfinished">يضيف Enter بطاقة. على البطاقة: F2 للتعديل · Delete للحذف · Alt+←/→ مجال آخر · Ctrl+M للدمج · + / − أو 0–9 للنقاط · Ctrl+الأسهم على المصفوفة · Ctrl+Enter إجراء · Ctrl+Shift+Enter هدف</translation>
    </message>
    <message>
        <source>%1 %2/%3</source>
        <comment>voter group: name, dots spent/budget</comment>
        <translation type="unfinished">%1 %2/%3</translation>
    </message>
    <message>
        <source>Card added to %1. Type the next one; Ctrl+Z takes it back.</source>
        <translation type="unfinished">أُضيفت البطاقة إلى %1. اكتب البطاقة التالية؛ ويتراجع Ctrl+Z عن الإضافة.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n card(s)</source>
        <translation type="unfinished">
            <numerusform>حذف %n بطاقة</numerusform>
            <numerusform>حذف %n بطاقة</numerusform>
            <numerusform>حذف %n بطاقتين</numerusform>
            <numerusform>حذف %n بطاقات</numerusform>
            <numerusform>حذف %n بطاقةً</numerusform>
            <numerusform>حذف %n بطاقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n card(s). Undo with Ctrl+Z.</source>
        <translation type="unfinished">
            <numerusform>تم حذف %n بطاقة. للتراجع اضغط Ctrl+Z.</numerusform>
            <numerusform>تم حذف %n بطاقة. للتراجع اضغط Ctrl+Z.</numerusform>
            <numerusform>تم حذف %n بطاقتين. للتراجع اضغط Ctrl+Z.</numerusform>
            <numerusform>تم حذف %n بطاقات. للتراجع اضغط Ctrl+Z.</numerusform>
            <numerusform>تم حذف %n بطاقةً. للتراجع اضغط Ctrl+Z.</numerusform>
            <numerusform>تم حذف %n بطاقة. للتراجع اضغط Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n card(s)</source>
        <translation type="unfinished">
            <numerusform>نقل %n بطاقة</numerusform>
            <numerusform>نقل %n بطاقة</numerusform>
            <numerusform>نقل %n بطاقتين</numerusform>
            <numerusform>نقل %n بطاقات</numerusform>
            <numerusform>نقل %n بطاقةً</numerusform>
            <numerusform>نقل %n بطاقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n card(s) to %1. Undo with Ctrl+Z.</source>
        <translation type="unfinished">
            <numerusform>تم نقل %n بطاقة إلى %1. للتراجع اضغط Ctrl+Z.</numerusform>
            <numerusform>تم نقل %n بطاقة إلى %1. للتراجع اضغط Ctrl+Z.</numerusform>
            <numerusform>تم نقل %n بطاقتين إلى %1. للتراجع اضغط Ctrl+Z.</numerusform>
            <numerusform>تم نقل %n بطاقات إلى %1. للتراجع اضغط Ctrl+Z.</numerusform>
            <numerusform>تم نقل %n بطاقةً إلى %1. للتراجع اضغط Ctrl+Z.</numerusform>
            <numerusform>تم نقل %n بطاقة إلى %1. للتراجع اضغط Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move cards</source>
        <translation type="unfinished">نقل البطاقات</translation>
    </message>
    <message numerus="yes">
        <source>Move %n card(s) to:</source>
        <translation type="unfinished">
            <numerusform>نقل %n بطاقة إلى:</numerusform>
            <numerusform>نقل %n بطاقة إلى:</numerusform>
            <numerusform>نقل %n بطاقتين إلى:</numerusform>
            <numerusform>نقل %n بطاقات إلى:</numerusform>
            <numerusform>نقل %n بطاقةً إلى:</numerusform>
            <numerusform>نقل %n بطاقة إلى:</numerusform>
        </translation>
    </message>
    <message>
        <source>Select two cards to merge (Ctrl+click or Shift+arrows).</source>
        <translation type="unfinished">اختر بطاقتين لدمجهما (Ctrl+نقر أو Shift+الأسهم).</translation>
    </message>
    <message>
        <source>Merge cards</source>
        <translation type="unfinished">دمج البطاقات</translation>
    </message>
    <message numerus="yes">
        <source>Merged %n card(s) into one. Undo with Ctrl+Z.</source>
        <translation type="unfinished">
            <numerusform>تم دمج %n بطاقة في بطاقة واحدة. للتراجع اضغط Ctrl+Z.</numerusform>
            <numerusform>تم دمج %n بطاقة في بطاقة واحدة. للتراجع اضغط Ctrl+Z.</numerusform>
            <numerusform>تم دمج %n بطاقتين في بطاقة واحدة. للتراجع اضغط Ctrl+Z.</numerusform>
            <numerusform>تم دمج %n بطاقات في بطاقة واحدة. للتراجع اضغط Ctrl+Z.</numerusform>
            <numerusform>تم دمج %n بطاقةً في بطاقة واحدة. للتراجع اضغط Ctrl+Z.</numerusform>
            <numerusform>تم دمج %n بطاقة في بطاقة واحدة. للتراجع اضغط Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a card first.</source>
        <translation type="unfinished">اختر بطاقة أولًا.</translation>
    </message>
    <message>
        <source>Add a voter group first: its name and its dots.</source>
        <translation type="unfinished">أضف مجموعة تصويت أولًا: اسمها وعدد نقاطها.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n dot(s) on this card.</source>
        <translation type="unfinished">
            <numerusform>لدى %1 %n نقطة على هذه البطاقة.</numerusform>
            <numerusform>لدى %1 %n نقطة على هذه البطاقة.</numerusform>
            <numerusform>لدى %1 %n نقطتان على هذه البطاقة.</numerusform>
            <numerusform>لدى %1 %n نقاط على هذه البطاقة.</numerusform>
            <numerusform>لدى %1 %n نقطةً على هذه البطاقة.</numerusform>
            <numerusform>لدى %1 %n نقطة على هذه البطاقة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Place %n card(s) on the board</source>
        <translation type="unfinished">
            <numerusform>وضع %n بطاقة على المصفوفة</numerusform>
            <numerusform>وضع %n بطاقة على المصفوفة</numerusform>
            <numerusform>وضع %n بطاقتين على المصفوفة</numerusform>
            <numerusform>وضع %n بطاقات على المصفوفة</numerusform>
            <numerusform>وضع %n بطاقةً على المصفوفة</numerusform>
            <numerusform>وضع %n بطاقة على المصفوفة</numerusform>
        </translation>
    </message>
    <message>
        <source>On the board: impact %1, effort %2 (%3).</source>
        <translation type="unfinished">على المصفوفة: الأثر %1، والجهد %2 (%3).</translation>
    </message>
    <message>
        <source>Choose the cards to turn into an action or an objective.</source>
        <translation type="unfinished">اختر البطاقات المراد تحويلها إلى إجراء أو هدف.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) became the action %1. Undo with Ctrl+Z.</source>
        <translation type="unfinished">
            <numerusform>تحوّلت %n بطاقة إلى الإجراء %1. للتراجع اضغط Ctrl+Z.</numerusform>
            <numerusform>تحوّلت %n بطاقة إلى الإجراء %1. للتراجع اضغط Ctrl+Z.</numerusform>
            <numerusform>تحوّلت %n بطاقتان إلى الإجراء %1. للتراجع اضغط Ctrl+Z.</numerusform>
            <numerusform>تحوّلت %n بطاقات إلى الإجراء %1. للتراجع اضغط Ctrl+Z.</numerusform>
            <numerusform>تحوّلت %n بطاقةً إلى الإجراء %1. للتراجع اضغط Ctrl+Z.</numerusform>
            <numerusform>تحوّلت %n بطاقة إلى الإجراء %1. للتراجع اضغط Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) became the objective %1. Undo with Ctrl+Z.</source>
        <translation type="unfinished">
            <numerusform>تحوّلت %n بطاقة إلى الهدف %1. للتراجع اضغط Ctrl+Z.</numerusform>
            <numerusform>تحوّلت %n بطاقة إلى الهدف %1. للتراجع اضغط Ctrl+Z.</numerusform>
            <numerusform>تحوّلت %n بطاقتان إلى الهدف %1. للتراجع اضغط Ctrl+Z.</numerusform>
            <numerusform>تحوّلت %n بطاقات إلى الهدف %1. للتراجع اضغط Ctrl+Z.</numerusform>
            <numerusform>تحوّلت %n بطاقةً إلى الهدف %1. للتراجع اضغط Ctrl+Z.</numerusform>
            <numerusform>تحوّلت %n بطاقة إلى الهدف %1. للتراجع اضغط Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 can spend %n dot(s).</source>
        <translation type="unfinished">
            <numerusform>يمكن لـ %1 توزيع %n نقطة.</numerusform>
            <numerusform>يمكن لـ %1 توزيع %n نقطة.</numerusform>
            <numerusform>يمكن لـ %1 توزيع %n نقطتين.</numerusform>
            <numerusform>يمكن لـ %1 توزيع %n نقاط.</numerusform>
            <numerusform>يمكن لـ %1 توزيع %n نقطةً.</numerusform>
            <numerusform>يمكن لـ %1 توزيع %n نقطة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImpactEffortBoard</name>
    <message>
        <source>Effort →</source>
        <translation type="unfinished">الجهد →</translation>
    </message>
    <message>
        <source>Impact →</source>
        <translation type="unfinished">الأثر →</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Sheet %1, cell %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not imported)</source>
        <extracomment>What a column can become, in the order the wizard lists them, with their labels.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished">الرمز</translation>
    </message>
    <message>
        <source>Action (title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building block or condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective</source>
        <translation type="unfinished">الهدف</translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished">الوصف</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation type="unfinished">الفئات المستهدفة</translation>
    </message>
    <message>
        <source>Lead organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeframe (start to end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished">تاريخ البدء</translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished">تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">الحالة</translation>
    </message>
    <message>
        <source>% done</source>
        <translation type="unfinished">نسبة الإنجاز %</translation>
    </message>
    <message>
        <source>Priority (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget (amount)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation type="unfinished">مصدر التمويل</translation>
    </message>
    <message>
        <source>Indicators (KPI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">ملاحظات</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was changed in the plan after the export.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCli</name>
    <message>
        <source>bring the edits of an exported workbook (or a mapped spreadsheet) into the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only show what would change; the plan is not touched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the changes as JSON (with --dry-run: for other programs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a column mapping (.json) for a spreadsheet LC Planner did not write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import the rows of another plan&apos;s workbook as new rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in a conflict, take the workbook&apos;s value (default: keep the plan&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete the rows missing from the workbook (default: keep them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create the organisations the register does not know</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) to update</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) missing from the workbook</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new organisation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The workbook holds no changes to the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The workbook has %n problem(s); nothing was changed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Imported. The plan before the import was kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New row in %1, row %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the workbook (%1): %3 (deleted only with --delete-missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, row %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 %2: %3 → %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 %2: CONFLICT plan “%3”, workbook “%4”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportMappingDialog</name>
    <message>
        <source>Import a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header &amp;row:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Columns: what each one becomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building blocks and s&amp;tatuses of the values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none: a problem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Area of rows without one:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview of the first rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;oad mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 is empty. Choose the row that holds the column headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building blocks and conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation type="unfinished">(اختر)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) cannot be read. Fix them in the spreadsheet, or choose what their values become, and import again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The sheet has no rows to import under its headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import mappings (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import mappings (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Row and field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell</source>
        <extracomment>The column of the preview with a cell&apos;s name in the workbook (&quot;F12&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the plan</source>
        <extracomment>The column of the preview with the value the plan holds now.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the workbook</source>
        <extracomment>The column of the preview with the value the workbook brings.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your choice</source>
        <extracomment>The column of the preview where the person decides (tick boxes).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <extracomment>A changed row: %1 its number in the sheet, %2 how a person knows it (&quot;BB1-3 Reading clubs&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, new: %2</source>
        <extracomment>A row the workbook adds to the plan: %1 its number in the sheet, %2 its code and title.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the workbook: %1</source>
        <extracomment>A row of the plan the workbook no longer has: %1 its code and title.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <extracomment>A field changed both in the plan and in the workbook since the export: %1 the column&apos;s name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed in the plan and in the workbook since the export: choose which value to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the workbook&apos;s value</source>
        <extracomment>Tick box of a conflict; unticked, the plan&apos;s value stays.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unticked, the plan keeps its value. Space ticks or unticks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>Tick box of a row missing from the workbook: delete it from the plan.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unticked, the row stays in the plan. Space ticks or unticks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing can be imported from this workbook until %n problem(s) in it are fixed. The plan has not changed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The workbook holds no changes to the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <extracomment>%1 a number of changed values (&quot;12 changes&quot;), %2 of rows (&quot;5 rows&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) missing from the workbook</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s) not in the register</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>What the import would change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What the import would change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space ticks or unticks the choice on the current line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the next conflict (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the organisation “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;organisations: the workbook names them, the register does not have them. Only the ticked ones are created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) not &amp;read: show why</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cells not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorBox</name>
    <message>
        <source>Indicators</source>
        <translation type="unfinished">المؤشرات</translation>
    </message>
    <message>
        <source>Add indicator</source>
        <translation type="unfinished">إضافة مؤشر</translation>
    </message>
    <message>
        <source>New indicator, e.g. number of participants</source>
        <translation type="unfinished">مؤشر جديد، مثل عدد المشاركين</translation>
    </message>
    <message>
        <source>New indicator name</source>
        <translation type="unfinished">اسم المؤشر الجديد</translation>
    </message>
    <message>
        <source>Measurements…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected indicator&apos;s values over time, with a chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation type="unfinished">مؤشر جديد</translation>
    </message>
</context>
<context>
    <name>IndicatorModel</name>
    <message>
        <source>yes</source>
        <translation type="unfinished">نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">لا</translation>
    </message>
    <message>
        <source>%1 is not a number.</source>
        <translation type="unfinished">%1 ليس رقمًا صالحًا.</translation>
    </message>
</context>
<context>
    <name>IndicatorTable</name>
    <message>
        <source>Indicator</source>
        <translation type="unfinished">المؤشر</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">النوع</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished">الوحدة</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished">خط الأساس</translation>
    </message>
    <message>
        <source>Baseline year</source>
        <translation type="unfinished">سنة خط الأساس</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation type="unfinished">القيمة المستهدفة</translation>
    </message>
    <message>
        <source>Target year</source>
        <translation type="unfinished">السنة المستهدفة</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished">القيمة الفعلية</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation type="unfinished">مصدر البيانات</translation>
    </message>
</context>
<context>
    <name>InitiativeTable</name>
    <message>
        <source>Initiative</source>
        <translation type="unfinished">المبادرة</translation>
    </message>
    <message>
        <source>Run by</source>
        <translation type="unfinished">الجهة المنفِّذة</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation type="unfinished">النطاق</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">ملاحظة</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished">العبارة التوجيهية</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>LC Planner</source>
        <translation type="unfinished">LC Planner</translation>
    </message>
    <message>
        <source>Navigator</source>
        <translation type="unfinished">لوحة التنقل</translation>
    </message>
    <message>
        <source>&amp;New Plan…</source>
        <translation type="unfinished">&amp;خطة جديدة…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished">&amp;فتح…</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Plan</source>
        <translation type="unfinished">فتح الخطة ال&amp;تجريبية</translation>
    </message>
    <message>
        <source>Save a Copy &amp;As…</source>
        <translation type="unfinished">حفظ &amp;نسخة باسم…</translation>
    </message>
    <message>
        <source>&amp;Export Workplan…</source>
        <translation type="unfinished">ت&amp;صدير خطة العمل…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished">إ&amp;غلاق</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished">خ&amp;روج</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished">&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished">إ&amp;عادة</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished">&amp;بحث…</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation type="unfinished">وضع ال&amp;عرض التقديمي</translation>
    </message>
    <message>
        <source>Action &amp;Editor</source>
        <translation type="unfinished">م&amp;حرر الإجراءات</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation type="unfinished">ملء ال&amp;شاشة</translation>
    </message>
    <message>
        <source>Workshop &amp;Timer</source>
        <translation type="unfinished">مؤقت الورشة</translation>
    </message>
    <message>
        <source>&amp;About LC Planner</source>
        <translation type="unfinished">&amp;حول LC Planner</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress Repor&amp;t…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished">&amp;ملف</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished">الخطط ال&amp;أخيرة</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished">&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished">&amp;عرض</translation>
    </message>
    <message>
        <source>Ne&amp;xt Pane</source>
        <translation type="unfinished">الجزء ال&amp;تالي</translation>
    </message>
    <message>
        <source>Previous Pa&amp;ne</source>
        <translation type="unfinished">الجزء ال&amp;سابق</translation>
    </message>
    <message>
        <source>&amp;Gaps…</source>
        <translation type="unfinished">ال&amp;ثغرات…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished">ا&amp;نتقال</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished">ال&amp;لغة</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished">م&amp;ساعدة</translation>
    </message>
    <message>
        <source>Plan in use</source>
        <translation type="unfinished">الخطة قيد الاستخدام</translation>
    </message>
    <message>
        <source>%1

Open it read-only?</source>
        <translation type="unfinished">%1

هل تريد فتحها للقراءة فقط؟</translation>
    </message>
    <message>
        <source>Upgraded the plan file; the old version is kept as %1</source>
        <translation type="unfinished">تمت ترقية ملف الخطة؛ وحُفظت النسخة القديمة باسم %1</translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation type="unfinished">فتح خطة</translation>
    </message>
    <message>
        <source>LC Planner plans (%1)</source>
        <translation type="unfinished">خطط LC Planner (%1)</translation>
    </message>
    <message>
        <source>Demo plan</source>
        <translation type="unfinished">الخطة التجريبية</translation>
    </message>
    <message>
        <source>Cannot create the demo plan</source>
        <translation type="unfinished">تعذّر إنشاء الخطة التجريبية</translation>
    </message>
    <message>
        <source>Save the new plan as</source>
        <translation type="unfinished">حفظ الخطة الجديدة باسم</translation>
    </message>
    <message>
        <source>Cannot create the plan</source>
        <translation type="unfinished">تعذّر إنشاء الخطة</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation type="unfinished">تم الحفظ في %1</translation>
    </message>
    <message>
        <source>%1 – LC Planner</source>
        <translation type="unfinished">%1 – LC Planner</translation>
    </message>
    <message>
        <source>%1 [read-only]</source>
        <translation type="unfinished">%1 [للقراءة فقط]</translation>
    </message>
    <message>
        <source>About LC Planner</source>
        <translation type="unfinished">حول LC Planner</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LC Planner %1&lt;/h3&gt;&lt;p&gt;Öğrenen Şehir Planlayıcı: learning-city action plans for workshops, offline.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;&lt;p&gt;Licence: GNU GPL version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;h3&gt;LC Planner %1&lt;/h3&gt;&lt;p&gt;مخطِّط مدينة التعلم: خطط عمل مدن التعلم لورش العمل، دون الحاجة إلى اتصال بالإنترنت.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;&lt;p&gt;الترخيص: رخصة جنو العمومية العامة (GNU GPL)، الإصدار 3 أو أي إصدار لاحق.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MeasurementModel</name>
    <message>
        <source>%1 is not a date.</source>
        <translation type="unfinished">%1 ليس تاريخًا صالحًا.</translation>
    </message>
</context>
<context>
    <name>MeasurementTable</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">ملاحظة</translation>
    </message>
</context>
<context>
    <name>MeasurementsDialog</name>
    <message>
        <source>Measurements of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline: %1   Target: %2   Latest: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the new measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source of the new value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy&apos;s base snapshot is gone: every difference is a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged against the snapshot “%1”, the state the copy started from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from the copy.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to decide.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Conflicts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">إلغاء</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;Ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take &amp;Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ch&amp;anges (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts: the plan and the copy changed different things.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted in the plan, edited in the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited in the plan, deleted in the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what it belongs to was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only in the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the copy&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the plan&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value the plan keeps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renumbered: %1 is now %2 (the plan already had %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same %1 in both, kept once: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MilestoneBox</name>
    <message>
        <source>Milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New milestone, e.g. opening day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New milestone name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New milestone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MilestoneModel</name>
    <message>
        <source>%1 is not a date.</source>
        <translation type="unfinished">%1 ليس تاريخًا صالحًا.</translation>
    </message>
</context>
<context>
    <name>MilestoneTable</name>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonitoringModel</name>
    <message>
        <source>No update for this period yet: type to report one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished">%1 · %2</translation>
    </message>
    <message>
        <source>(not reported)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonitoringPage</name>
    <message>
        <source>&lt;h2&gt;Monitoring round&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished">ال&amp;فترة:</translation>
    </message>
    <message>
        <source>&amp;Reports:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation type="unfinished">الم&amp;جال:</translation>
    </message>
    <message>
        <source>Only actions &amp;without an update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier period (Ctrl+PgUp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later period (Ctrl+PgDown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of each action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: type its first letter (again for the next one). Other cells: type, then Enter goes down, Tab goes right. Ctrl+Shift+C copies what the action reported before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n action(s) reported for %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonitoringTable</name>
    <message>
        <source>Code</source>
        <translation type="unfinished">الرمز</translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished">الإجراء</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished">الجهة المسؤولة</translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">الحالة</translation>
    </message>
    <message>
        <source>% complete</source>
        <translation type="unfinished">نسبة الإنجاز %</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavigatorModel</name>
    <message>
        <source>1 Stakeholders</source>
        <translation type="unfinished">1 أصحاب المصلحة</translation>
    </message>
    <message>
        <source>2 Stock-take</source>
        <translation type="unfinished">2 تقييم الوضع الراهن</translation>
    </message>
    <message>
        <source>3 Ideas and votes</source>
        <translation type="unfinished">3 الأفكار والأصوات</translation>
    </message>
    <message>
        <source>Workshop, step 1: who is in the room and who should be (Ctrl+Shift+1)</source>
        <translation type="unfinished">الورشة، الخطوة 1: من في القاعة ومن ينبغي أن يكون (Ctrl+Shift+1)</translation>
    </message>
    <message>
        <source>Workshop, step 2: what the city already has, area by area (Ctrl+Shift+2)</source>
        <translation type="unfinished">الورشة، الخطوة 2: ما لدى المدينة بالفعل، مجالًا بمجال (Ctrl+Shift+2)</translation>
    </message>
    <message>
        <source>Workshop, steps 3 and 4: ideas on the wall, dots and the impact-effort board; the best become actions (Ctrl+Shift+3)</source>
        <translation type="unfinished">الورشة، الخطوتان 3 و4: الأفكار على الجدار والنقاط ومصفوفة الأثر والجهد؛ أفضلها يصبح إجراءات (Ctrl+Shift+3)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished">الجدول الزمني</translation>
    </message>
    <message>
        <source>Monitoring round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every action as a bar over the plan&apos;s years; drag or Shift+arrows to move (Ctrl+Shift+4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each action&apos;s progress for a reporting period, typed in place (Ctrl+Shift+5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per area: actions by status, spending, indicators against targets, who has not reported (Ctrl+Shift+6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished">نظرة عامة</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished">الجهات</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>%1  %2 (%3)</source>
        <translation type="unfinished">%1  %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %n action(s)</source>
        <translation type="unfinished">
            <numerusform>%1: %2، %n إجراء</numerusform>
            <numerusform>%1: %2، %n إجراء</numerusform>
            <numerusform>%1: %2، %n إجراءان</numerusform>
            <numerusform>%1: %2، %n إجراءات</numerusform>
            <numerusform>%1: %2، %n إجراءً</numerusform>
            <numerusform>%1: %2، %n إجراء</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (some actions lack a lead, an indicator, a budget or dates)</source>
        <translation type="unfinished">%1 (بعض الإجراءات تنقصها جهة مسؤولة أو مؤشر أو ميزانية أو تواريخ)</translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <source>New plan</source>
        <translation type="unfinished">خطة جديدة</translation>
    </message>
    <message>
        <source>Learning City Action Plan</source>
        <translation type="unfinished">خطة عمل مدينة التعلم</translation>
    </message>
    <message>
        <source>First year</source>
        <translation type="unfinished">السنة الأولى</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished">السنة الأخيرة</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation type="unfinished">&amp;المدينة:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished">العن&amp;وان:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished">ال&amp;فترة:</translation>
    </message>
    <message>
        <source>Plan la&amp;nguage:</source>
        <translation type="unfinished">ل&amp;غة الخطة:</translation>
    </message>
    <message>
        <source>%1 Learning City Action Plan</source>
        <translation type="unfinished">خطة عمل مدينة التعلم في %1</translation>
    </message>
</context>
<context>
    <name>OrganisationModel</name>
    <message>
        <source>(choose)</source>
        <translation type="unfinished">(اختر)</translation>
    </message>
    <message>
        <source>No sector yet: choose one (double-click the Sector cell).</source>
        <translation type="unfinished">لم يُحدَّد القطاع بعد: اختر قطاعًا (انقر نقرًا مزدوجًا على خلية القطاع).</translation>
    </message>
</context>
<context>
    <name>OrganisationTable</name>
    <message>
        <source>Organisation</source>
        <translation type="unfinished">الجهة</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished">القطاع</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished">الشخص المسؤول عن التواصل</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished">البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">الهاتف</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished">الإجراءات التي تتولى مسؤوليتها</translation>
    </message>
    <message>
        <source>Partner in</source>
        <translation type="unfinished">الإجراءات التي تشارك فيها</translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message>
        <source>&lt;h2&gt;Organisations&lt;/h2&gt;</source>
        <translation type="unfinished">&lt;h2&gt;الجهات&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished">الجهات</translation>
    </message>
    <message>
        <source>New organisation: type its name and press Enter</source>
        <translation type="unfinished">جهة جديدة: اكتب اسمها ثم اضغط Enter</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation type="unfinished">جهة جديدة</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation type="unfinished">&amp;دمج…</translation>
    </message>
    <message>
        <source>Select two organisations that are the same, then merge</source>
        <translation type="unfinished">اختر جهتين متطابقتين، ثم ادمجهما</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished">&amp;حذف</translation>
    </message>
    <message>
        <source>Actions of the organisation</source>
        <translation type="unfinished">إجراءات الجهة</translation>
    </message>
    <message>
        <source>Delete organisation</source>
        <translation type="unfinished">حذف الجهة</translation>
    </message>
    <message>
        <source>Select exactly two organisations to merge.</source>
        <translation type="unfinished">اختر جهتين اثنتين بالضبط لدمجهما.</translation>
    </message>
    <message>
        <source>Merge organisations</source>
        <translation type="unfinished">دمج الجهات</translation>
    </message>
    <message>
        <source>Keep which name? The other is merged into it.</source>
        <translation type="unfinished">أي اسم تريد الإبقاء عليه؟ ستُدمج الجهة الأخرى فيه.</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select an organisation to see its actions.&lt;/i&gt;</source>
        <translation type="unfinished">&lt;i&gt;اختر جهة لعرض إجراءاتها.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;none&lt;/i&gt;&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;&lt;i&gt;لا شيء&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;%2%3%4%5</source>
        <translation type="unfinished">&lt;h3&gt;%1&lt;/h3&gt;%2%3%4%5</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;Leads %n action(s):&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished">
            <numerusform>&lt;p&gt;&lt;b&gt;الإجراءات التي تتولى مسؤوليتها (%n):&lt;/b&gt;&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;الإجراءات التي تتولى مسؤوليتها (%n):&lt;/b&gt;&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;الإجراءات التي تتولى مسؤوليتها (%n):&lt;/b&gt;&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;الإجراءات التي تتولى مسؤوليتها (%n):&lt;/b&gt;&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;الإجراءات التي تتولى مسؤوليتها (%n):&lt;/b&gt;&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;الإجراءات التي تتولى مسؤوليتها (%n):&lt;/b&gt;&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;Partner in %n action(s):&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished">
            <numerusform>&lt;p&gt;&lt;b&gt;الإجراءات التي تشارك فيها (%n):&lt;/b&gt;&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;الإجراءات التي تشارك فيها (%n):&lt;/b&gt;&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;الإجراءات التي تشارك فيها (%n):&lt;/b&gt;&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;الإجراءات التي تشارك فيها (%n):&lt;/b&gt;&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;الإجراءات التي تشارك فيها (%n):&lt;/b&gt;&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;الإجراءات التي تشارك فيها (%n):&lt;/b&gt;&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Plan properties</source>
        <translation type="unfinished">خصائص الخطة</translation>
    </message>
    <message>
        <source>First year</source>
        <translation type="unfinished">السنة الأولى</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished">السنة الأخيرة</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation type="unfinished">&amp;المدينة:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation type="unfinished">ال&amp;بلد:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished">العن&amp;وان:</translation>
    </message>
    <message>
        <source>V&amp;ision:</source>
        <translation type="unfinished">ال&amp;رؤية:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished">ال&amp;فترة:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation type="unfinished">العمل&amp;ة:</translation>
    </message>
    <message>
        <source>Plan la&amp;nguage:</source>
        <translation type="unfinished">ل&amp;غة الخطة:</translation>
    </message>
    <message>
        <source>Approval status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the council approved the plan (a draft has none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the municipality&apos;s planning office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h1&gt;%1&lt;/h1&gt;&lt;p&gt;%2, %3 · %4–%5&lt;/p&gt;</source>
        <translation type="unfinished">&lt;h1&gt;%1&lt;/h1&gt;&lt;p&gt;%2، %3 · %4–%5&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h1&gt;%1&lt;/h1&gt;&lt;p&gt;%2 · %4–%5&lt;/p&gt;</source>
        <translation type="unfinished">&lt;h1&gt;%1&lt;/h1&gt;&lt;p&gt;%2 · %4–%5&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>PartnersBox</name>
    <message>
        <source>Organisation</source>
        <translation type="unfinished">الجهة</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">الدور</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished">الشركاء</translation>
    </message>
    <message>
        <source>Partner organisation</source>
        <translation type="unfinished">الجهة الشريكة</translation>
    </message>
    <message>
        <source>Choose or type a new organisation</source>
        <translation type="unfinished">اختر جهة أو اكتب اسم جهة جديدة</translation>
    </message>
    <message>
        <source>Partner role</source>
        <translation type="unfinished">دور الشريك</translation>
    </message>
    <message>
        <source>Add partner</source>
        <translation type="unfinished">إضافة شريك</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">إزالة</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation type="unfinished">دور %1</translation>
    </message>
</context>
<context>
    <name>Pdf</name>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>The page number in each page&apos;s header: %1 this page, %2 the number of pages.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning city action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan at a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A label and its value (&quot;City: İzmir&quot;); French writes &quot;%1 : %2&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A value and its unit (&quot;78.5 %&quot;, &quot;3 houses&quot;).
----------
A code and its name or statement (&quot;BB1 Inclusive learning…&quot;, &quot;BB1-O1 Widen access…&quot;).</extracomment>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A value and the year it was measured or is aimed at (&quot;78.5 % (2025)&quot;).
----------
An organisation and its role in an action (&quot;Library (Funder)&quot;).</extracomment>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Between the items of a list (&quot;Municipal, National&quot;); Arabic writes &quot;، &quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>A city and its country (&quot;İzmir, Türkiye&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>From a date to a date.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">المدينة</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">البلد</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation type="unfinished">الرؤية</translation>
    </message>
    <message>
        <source>Plan period</source>
        <translation type="unfinished">فترة الخطة</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of export</source>
        <translation type="unfinished">تاريخ التصدير</translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The municipality&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of actions</source>
        <translation type="unfinished">عدد الإجراءات</translation>
    </message>
    <message>
        <source>Total budget</source>
        <translation type="unfinished">إجمالي الميزانية</translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">المجال</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation type="unfinished">الأهداف</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished">الإجراءات</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget total</source>
        <translation type="unfinished">مجموع الميزانية</translation>
    </message>
    <message>
        <source>Actions with something missing</source>
        <translation type="unfinished">إجراءات ينقصها شيء</translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished">المجموع</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished">المؤشرات</translation>
    </message>
    <message>
        <source>(no objective)</source>
        <translation type="unfinished">(بلا هدف)</translation>
    </message>
    <message>
        <source>No actions yet.</source>
        <translation type="unfinished">لا توجد إجراءات بعد.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget of the area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished">الجهات</translation>
    </message>
    <message>
        <source>Contact persons, e-mail addresses and phone numbers are kept in the plan file and not printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished">الوصف</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation type="unfinished">الفئات المستهدفة</translation>
    </message>
    <message>
        <source>Lead</source>
        <extracomment>The organisation that leads (is responsible for) the action, not a verb.</extracomment>
        <translation type="unfinished">الجهة المسؤولة</translation>
    </message>
    <message>
        <source>Partners (role)</source>
        <translation type="unfinished">الشركاء (الدور)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished">البدء</translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished">الانتهاء</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">الحالة</translation>
    </message>
    <message>
        <source>% complete</source>
        <translation type="unfinished">نسبة الإنجاز %</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished">الأولوية</translation>
    </message>
    <message>
        <source>Key features</source>
        <translation type="unfinished">الملامح الرئيسية</translation>
    </message>
    <message>
        <source>Guideline areas</source>
        <translation type="unfinished">مجالات المبادئ التوجيهية</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">ملاحظات</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding sources</source>
        <translation type="unfinished">مصادر التمويل</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished">المؤشر</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished">خط الأساس</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation type="unfinished">القيمة المستهدفة</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished">القيمة الفعلية</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation type="unfinished">مصدر البيانات</translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished">السنة</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation type="unfinished">مصدر التمويل</translation>
    </message>
    <message>
        <source>Confirmed or expected</source>
        <translation type="unfinished">مؤكَّد أو متوقَّع</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished">المبلغ</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished">مؤكَّد</translation>
    </message>
    <message>
        <source>expected</source>
        <translation type="unfinished">متوقَّع</translation>
    </message>
    <message>
        <source>Total confirmed</source>
        <translation type="unfinished">مجموع المؤكَّد</translation>
    </message>
    <message>
        <source>Total expected</source>
        <translation type="unfinished">مجموع المتوقَّع</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">لا</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished">الجهة</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished">القطاع</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished">الإجراءات التي تتولى مسؤوليتها</translation>
    </message>
    <message>
        <source>Partner in</source>
        <translation type="unfinished">الإجراءات التي تشارك فيها</translation>
    </message>
    <message>
        <source>Stock-take: %1</source>
        <translation type="unfinished">تقييم الوضع الراهن: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n objective(s)</source>
        <translation type="unfinished">
            <numerusform>%n هدف</numerusform>
            <numerusform>%n هدف</numerusform>
            <numerusform>%n هدفان</numerusform>
            <numerusform>%n أهداف</numerusform>
            <numerusform>%n هدفًا</numerusform>
            <numerusform>%n هدف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation type="unfinished">
            <numerusform>%n إجراء</numerusform>
            <numerusform>%n إجراء</numerusform>
            <numerusform>%n إجراءان</numerusform>
            <numerusform>%n إجراءات</numerusform>
            <numerusform>%n إجراءً</numerusform>
            <numerusform>%n إجراء</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n gap(s)</source>
        <translation type="unfinished">
            <numerusform>⚠ %n ثغرة</numerusform>
            <numerusform>⚠ %n ثغرة</numerusform>
            <numerusform>⚠ %n ثغرتان</numerusform>
            <numerusform>⚠ %n ثغرات</numerusform>
            <numerusform>⚠ %n ثغرةً</numerusform>
            <numerusform>⚠ %n ثغرة</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished">الجدول الزمني</translation>
    </message>
</context>
<context>
    <name>PdfCli</name>
    <message>
        <source>write the plan as a PDF document, or its temple as a wall poster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF to write (.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language of the PDF (default: the plan&apos;s language)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paper size (default: A4 for the document, A3 for the poster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one page with the temple: a wall poster</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n page(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfExportDialog</name>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF la&amp;nguage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pape&amp;r size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Complete plan: cover, temple and every area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temple wall &amp;poster on one page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 poster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n page(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export PDF failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Periods</name>
    <message>
        <source>Q%1 %2</source>
        <translation type="unfinished">الربع %1 %2</translation>
    </message>
</context>
<context>
    <name>PlanError</name>
    <message>
        <source>Action %1 is in an unknown area.</source>
        <translation type="unfinished">الإجراء %1 موجود في مجال غير معروف.</translation>
    </message>
    <message>
        <source>Objective %1 is in an unknown area.</source>
        <translation type="unfinished">الهدف %1 موجود في مجال غير معروف.</translation>
    </message>
    <message>
        <source>Action %1 has an unknown status.</source>
        <translation type="unfinished">حالة الإجراء %1 غير معروفة.</translation>
    </message>
    <message>
        <source>The plan “%1” is a draft but has an approval date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1 has a priority or percentage out of range.</source>
        <translation type="unfinished">أولوية الإجراء %1 أو نسبة إنجازه خارج النطاق المسموح به.</translation>
    </message>
    <message>
        <source>Action %1 ends before it starts.</source>
        <translation type="unfinished">تاريخ انتهاء الإجراء %1 يسبق تاريخ بدئه.</translation>
    </message>
    <message>
        <source>The lead of action %1 belongs to another plan.</source>
        <translation type="unfinished">الجهة المسؤولة عن الإجراء %1 تابعة لخطة أخرى.</translation>
    </message>
    <message>
        <source>Action %1 sits under an objective of another area.</source>
        <translation type="unfinished">الإجراء %1 مدرج تحت هدف تابع لمجال آخر.</translation>
    </message>
    <message>
        <source>A partner of action %1 has an unknown role.</source>
        <translation type="unfinished">أحد شركاء الإجراء %1 له دور غير معروف.</translation>
    </message>
    <message>
        <source>A budget line of action %1 is negative or has an unknown source.</source>
        <translation type="unfinished">أحد بنود ميزانية الإجراء %1 سالب أو مصدر تمويله غير معروف.</translation>
    </message>
    <message>
        <source>Indicator %1 has an unknown kind.</source>
        <translation type="unfinished">نوع المؤشر %1 غير معروف.</translation>
    </message>
    <message>
        <source>Organisation %1 has an unknown sector.</source>
        <translation type="unfinished">قطاع الجهة %1 غير معروف.</translation>
    </message>
    <message>
        <source>The card “%1” is in an unknown area.</source>
        <translation type="unfinished">البطاقة «%1» في مجال غير معروف.</translation>
    </message>
    <message>
        <source>The prompt %1 is in an unknown area.</source>
        <translation type="unfinished">العبارة التوجيهية %1 في مجال غير معروف.</translation>
    </message>
    <message>
        <source>The initiative %1 is in an unknown area.</source>
        <translation type="unfinished">المبادرة %1 في مجال غير معروف.</translation>
    </message>
    <message>
        <source>The rating %1 has an unknown area or level.</source>
        <translation type="unfinished">للتقييم %1 مجال أو مستوى غير معروف.</translation>
    </message>
    <message>
        <source>The stakeholder %1 has an influence or interest out of range.</source>
        <translation type="unfinished">لصاحب المصلحة %1 قيمة تأثير أو اهتمام خارج النطاق المسموح به.</translation>
    </message>
    <message>
        <source>The group %1 has spent more dots than its budget.</source>
        <translation type="unfinished">أنفقت المجموعة %1 نقاطًا أكثر من حصتها.</translation>
    </message>
    <message>
        <source>Action %1 has no lead organisation.</source>
        <translation type="unfinished">ليس للإجراء %1 جهة مسؤولة.</translation>
    </message>
    <message>
        <source>Action %1 has no indicator.</source>
        <translation type="unfinished">ليس للإجراء %1 أي مؤشر.</translation>
    </message>
    <message>
        <source>Action %1 has no budget.</source>
        <translation type="unfinished">ليس للإجراء %1 أي ميزانية.</translation>
    </message>
    <message>
        <source>Action %1 has no start or end date.</source>
        <translation type="unfinished">ليس للإجراء %1 تاريخ بدء أو تاريخ انتهاء.</translation>
    </message>
    <message>
        <source>Database damage: %1</source>
        <translation type="unfinished">تلف في قاعدة البيانات: %1</translation>
    </message>
    <message>
        <source>Row %2 of %1 points to a missing row of %3.</source>
        <translation type="unfinished">الصف %2 في %1 يشير إلى صف غير موجود في %3.</translation>
    </message>
    <message>
        <source>Action %1 names unknown key features: %2.</source>
        <translation type="unfinished">يذكر الإجراء %1 ملامح رئيسية غير معروفة: %2.</translation>
    </message>
    <message>
        <source>Action %1 has a date outside the plan period.</source>
        <translation type="unfinished">للإجراء %1 تاريخ يقع خارج فترة الخطة.</translation>
    </message>
    <message>
        <source>Organisation %1 has no sector yet.</source>
        <translation type="unfinished">لم يُحدَّد قطاع الجهة %1 بعد.</translation>
    </message>
    <message>
        <source>A budget line for %1 lies outside the plan period.</source>
        <translation type="unfinished">أحد بنود الميزانية لسنة %1 يقع خارج فترة الخطة.</translation>
    </message>
    <message>
        <source>An indicator belongs to one action or one objective.</source>
        <translation type="unfinished">يتبع المؤشر إجراءً واحدًا أو هدفًا واحدًا فقط.</translation>
    </message>
    <message>
        <source>The change could not be saved to the plan file: %1</source>
        <translation type="unfinished">تعذّر حفظ التغيير في ملف الخطة: %1</translation>
    </message>
    <message>
        <source>An organisation named %1 already exists.</source>
        <translation type="unfinished">توجد بالفعل جهة باسم %1.</translation>
    </message>
    <message>
        <source>An organisation cannot be merged into itself.</source>
        <translation type="unfinished">لا يمكن دمج جهة في نفسها.</translation>
    </message>
    <message>
        <source>The server cannot be reached (%1): what you see may be out of date until the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be sent to the server: %1. It is kept and sent when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code %1 is already used.</source>
        <translation type="unfinished">الرمز %1 مستخدم بالفعل.</translation>
    </message>
    <message>
        <source>The objective is not part of this plan.</source>
        <translation type="unfinished">هذا الهدف ليس جزءًا من هذه الخطة.</translation>
    </message>
    <message>
        <source>The objective %1 belongs to another area (%2).</source>
        <translation type="unfinished">الهدف %1 تابع لمجال آخر (%2).</translation>
    </message>
    <message>
        <source>The lead must be an organisation of this plan.</source>
        <translation type="unfinished">يجب أن تكون الجهة المسؤولة إحدى جهات هذه الخطة.</translation>
    </message>
    <message>
        <source>An organisation is listed twice among the partners.</source>
        <translation type="unfinished">إحدى الجهات مدرجة مرتين بين الشركاء.</translation>
    </message>
    <message>
        <source>A partner must be an organisation of this plan.</source>
        <translation type="unfinished">يجب أن يكون الشريك إحدى جهات هذه الخطة.</translation>
    </message>
    <message>
        <source>%1 already leads this action.</source>
        <translation type="unfinished">%1 هي الجهة المسؤولة عن هذا الإجراء بالفعل.</translation>
    </message>
    <message>
        <source>The plan could not be processed.</source>
        <translation type="unfinished">تعذّرت معالجة الخطة.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished">الملف %1 غير موجود.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a plan file.</source>
        <translation type="unfinished">%1 مجلد، وليس ملف خطة.</translation>
    </message>
    <message>
        <source>The file %1 is empty: it is not a plan file.</source>
        <translation type="unfinished">الملف %1 فارغ: ليس ملف خطة.</translation>
    </message>
    <message>
        <source>The file %1 is not an LC Planner plan file (it is not a database).</source>
        <translation type="unfinished">الملف %1 ليس ملف خطة من LC Planner (ليس قاعدة بيانات).</translation>
    </message>
    <message>
        <source>The file %1 is a spreadsheet or another zipped document, not an LC Planner plan file.</source>
        <translation type="unfinished">الملف %1 جدول بيانات أو مستند مضغوط آخر، وليس ملف خطة من LC Planner.</translation>
    </message>
    <message>
        <source>The file %1 is a database of another program, not an LC Planner plan.</source>
        <translation type="unfinished">الملف %1 قاعدة بيانات لبرنامج آخر، وليس خطة من LC Planner.</translation>
    </message>
    <message>
        <source>The plan file %1 is damaged or incomplete (%2). Open a backup copy or the latest saved copy.</source>
        <translation type="unfinished">ملف الخطة %1 تالف أو غير مكتمل (%2). افتح نسخة احتياطية أو أحدث نسخة محفوظة.</translation>
    </message>
    <message>
        <source>The plan file %1 was made by a newer LC Planner (schema version %2; this version reads up to %3). Update LC Planner to open it.</source>
        <translation type="unfinished">أُنشئ ملف الخطة %1 بإصدار أحدث من LC Planner (إصدار المخطط %2؛ وهذا الإصدار يقرأ حتى الإصدار %3). حدّث LC Planner لفتحه.</translation>
    </message>
    <message>
        <source>The plan file %1 is read-only (or its folder is). Open it read-only, or save a copy somewhere you can write.</source>
        <translation type="unfinished">ملف الخطة %1 للقراءة فقط (أو المجلد الذي يحتويه). افتحه للقراءة فقط، أو احفظ نسخة منه في مكان يمكنك الكتابة فيه.</translation>
    </message>
    <message>
        <source>The plan file %1 was made by an older LC Planner and cannot be read without upgrading it. Open it for editing once (a backup copy is kept).</source>
        <translation type="unfinished">أُنشئ ملف الخطة %1 بإصدار أقدم من LC Planner ولا يمكن قراءته دون ترقيته. افتحه للتعديل مرة واحدة (ستُحفظ نسخة احتياطية).</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation type="unfinished">تعذّرت قراءة الملف %1: %2</translation>
    </message>
    <message>
        <source>The plan file %1 is already open for editing by %2 since %3. You can open it read-only.</source>
        <translation type="unfinished">ملف الخطة %1 مفتوح للتعديل لدى %2 منذ %3. يمكنك فتحه للقراءة فقط.</translation>
    </message>
    <message>
        <source>The plan file %1 could not be upgraded to this version (%2). It was not changed; a backup is at %3.</source>
        <translation type="unfinished">تعذّرت ترقية ملف الخطة %1 إلى هذا الإصدار (%2). لم يُغيَّر الملف؛ وتوجد نسخة احتياطية في %3.</translation>
    </message>
    <message>
        <source>The file %1 already exists.</source>
        <translation type="unfinished">الملف %1 موجود بالفعل.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a device, pipe or socket), so it is not a plan file.</source>
        <translation type="unfinished">%1 ليس ملفًا عاديًا (بل جهاز أو أنبوب أو مقبس)، ولذلك فهو ليس ملف خطة.</translation>
    </message>
    <message>
        <source>The plan file %1 was changed by another program (%2), so it was not opened. You can rescue its data into a new, clean plan.</source>
        <translation type="unfinished">غيّر برنامج آخر ملف الخطة %1 (%2)، ولذلك لم يُفتح. يمكنك إنقاذ بياناته إلى خطة جديدة سليمة.</translation>
    </message>
    <message>
        <source>The plan file %1 is busy: another program is writing to it. Try again in a moment, or close the other program.</source>
        <translation type="unfinished">ملف الخطة %1 مشغول: يكتب فيه برنامج آخر حاليًا. أعد المحاولة بعد قليل، أو أغلق البرنامج الآخر.</translation>
    </message>
    <message>
        <source>The plan file %1 was left in the middle of a save and must be repaired before it can be read, but it is read-only here. Copy it, with the file %2 beside it, to a folder where you can write, and open the copy.</source>
        <translation type="unfinished">توقف ملف الخطة %1 في منتصف عملية حفظ ويجب إصلاحه قبل أن تمكن قراءته، لكنه هنا للقراءة فقط. انسخه مع الملف %2 الموجود بجانبه إلى مجلد يمكنك الكتابة فيه، ثم افتح النسخة.</translation>
    </message>
    <message>
        <source>The plan file %1 cannot be opened for editing: %2 is in the way of its lock file. Remove or rename it, or open the plan read-only.</source>
        <translation type="unfinished">لا يمكن فتح ملف الخطة %1 للتعديل: %2 يشغل مكان ملف القفل الخاص به. احذفه أو أعد تسميته، أو افتح الخطة للقراءة فقط.</translation>
    </message>
    <message>
        <source>The plan file %1 has a lock left behind by %2, whose LC Planner is no longer running, but this account may not remove it. Delete the file %3, or open the plan read-only.</source>
        <translation type="unfinished">على ملف الخطة %1 قفل تركه %2 الذي لم يعد LC Planner لديه قيد التشغيل، لكن هذا الحساب لا يملك صلاحية إزالته. احذف الملف %3، أو افتح الخطة للقراءة فقط.</translation>
    </message>
    <message>
        <source>%1 is a plan open for editing by %2; it cannot be replaced. Choose another name.</source>
        <translation type="unfinished">%1 خطة مفتوحة للتعديل لدى %2؛ لا يمكن استبدالها. اختر اسمًا آخر.</translation>
    </message>
    <message>
        <source>%1 is the plan itself; a copy cannot replace it. Choose another name.</source>
        <translation type="unfinished">%1 هو الخطة نفسها؛ لا يمكن أن تحل نسخة محلها. اختر اسمًا آخر.</translation>
    </message>
    <message>
        <source>No data could be rescued from %1: %2</source>
        <translation type="unfinished">تعذّر إنقاذ أي بيانات من %1: %2</translation>
    </message>
    <message>
        <source>This plan is open read-only; changes are not allowed.</source>
        <translation type="unfinished">هذه الخطة مفتوحة للقراءة فقط؛ لا يُسمح بإجراء تغييرات.</translation>
    </message>
    <message>
        <source>You may view this plan but not change it: ask its owner to make you an editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan is closed.</source>
        <translation type="unfinished">الخطة مغلقة.</translation>
    </message>
    <message>
        <source>The item no longer exists in this plan.</source>
        <translation type="unfinished">لم يعد هذا العنصر موجودًا في هذه الخطة.</translation>
    </message>
    <message>
        <source>The value is not valid.</source>
        <translation type="unfinished">القيمة غير صالحة.</translation>
    </message>
    <message>
        <source>This text is too long: %1 characters, at most %2 fit here.</source>
        <translation type="unfinished">هذا النص طويل جدًا: عدد أحرفه %1، وأقصى ما يتسع له هذا المكان %2.</translation>
    </message>
    <message>
        <source>Unknown field %1.</source>
        <translation type="unfinished">حقل غير معروف: %1.</translation>
    </message>
    <message>
        <source>This field cannot be empty.</source>
        <translation type="unfinished">لا يمكن ترك هذا الحقل فارغًا.</translation>
    </message>
    <message>
        <source>%1 is not a year.</source>
        <translation type="unfinished">%1 ليس سنة صالحة.</translation>
    </message>
    <message>
        <source>The year %1 is out of range (%2-%3).</source>
        <translation type="unfinished">السنة %1 خارج النطاق المسموح به (%2-%3).</translation>
    </message>
    <message>
        <source>%1 is not a date.</source>
        <translation type="unfinished">%1 ليس تاريخًا صالحًا.</translation>
    </message>
    <message>
        <source>%1 is not a whole number.</source>
        <translation type="unfinished">%1 ليس عددًا صحيحًا.</translation>
    </message>
    <message>
        <source>The value must be between %1 and %2.</source>
        <translation type="unfinished">يجب أن تكون القيمة بين %1 و%2.</translation>
    </message>
    <message>
        <source>%1 is not a number.</source>
        <translation type="unfinished">%1 ليس رقمًا صالحًا.</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation type="unfinished">لا يمكن أن يكون المبلغ سالبًا.</translation>
    </message>
    <message>
        <source>The amount %1 is too large.</source>
        <translation type="unfinished">المبلغ %1 كبير جدًا.</translation>
    </message>
    <message>
        <source>%1 is not an allowed value here.</source>
        <translation type="unfinished">%1 ليست قيمة مسموحًا بها هنا.</translation>
    </message>
    <message>
        <source>Unknown code %1.</source>
        <translation type="unfinished">رمز غير معروف: %1.</translation>
    </message>
    <message>
        <source>%1 is not a building block or fundamental condition (BB1-BB6, FC1-FC3).</source>
        <translation type="unfinished">%1 ليس لبنة أساسية ولا شرطًا أساسيًا (BB1-BB6، FC1-FC3).</translation>
    </message>
    <message>
        <source>%1 is not an area of the framework (B1-B3, BB1-BB6, FC1-FC3).</source>
        <translation type="unfinished">%1 ليس مجالًا من مجالات الإطار (B1-B3، BB1-BB6، FC1-FC3).</translation>
    </message>
    <message>
        <source>The plan period ends (%1) before it starts (%2).</source>
        <translation type="unfinished">تنتهي فترة الخطة (%1) قبل أن تبدأ (%2).</translation>
    </message>
    <message>
        <source>The end date (%1) is before the start date (%2).</source>
        <translation type="unfinished">تاريخ الانتهاء (%1) يسبق تاريخ البدء (%2).</translation>
    </message>
    <message>
        <source>A draft plan has no approval date: choose another approval status first, or clear the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a language code.</source>
        <translation type="unfinished">%1 ليس رمز لغة صالحًا.</translation>
    </message>
    <message>
        <source>%1 is not a currency code (three letters, e.g. TRY).</source>
        <translation type="unfinished">%1 ليس رمز عملة صالحًا (ثلاثة أحرف، مثل TRY).</translation>
    </message>
    <message>
        <source>%1 is not an e-mail address.</source>
        <translation type="unfinished">%1 ليس عنوان بريد إلكتروني صالحًا.</translation>
    </message>
    <message>
        <source>This is not a row identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date is needed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use yes or no here.</source>
        <translation type="unfinished">استخدم «نعم» أو «لا» هنا.</translation>
    </message>
    <message>
        <source>The workplan could not be written: %1</source>
        <translation type="unfinished">تعذّرت كتابة خطة العمل: %1</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation type="unfinished">أُلغي التصدير؛ ولم يُكتب أي شيء.</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished">المجلد %1 غير موجود.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to. Choose another folder.</source>
        <translation type="unfinished">لا يمكن الكتابة في المجلد %1. اختر مجلدًا آخر.</translation>
    </message>
    <message>
        <source>The file name %1 is too long for the file system of its drive (%2 bytes; at most %3). Choose a shorter name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name or folder path of %1 is too long for this system. Choose a shorter name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so %1 could not be written. Free some space or choose another drive.</source>
        <translation type="unfinished">القرص ممتلئ، لذا تعذّرت كتابة %1. أفرغ بعض المساحة أو اختر محركًا آخر.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished">تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <source>%1 is the plan being exported; the workplan must not replace it. Choose another name.</source>
        <translation type="unfinished">%1 هو الخطة الجاري تصديرها؛ ولا يجوز أن تحل خطة العمل محلها. اختر اسمًا آخر.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a device, pipe or socket). Choose another name.</source>
        <translation type="unfinished">%1 ليس ملفًا عاديًا (بل جهاز أو أنبوب أو مقبس). اختر اسمًا آخر.</translation>
    </message>
    <message>
        <source>%1 is a plan file name (.lcplan), not a workbook name. Choose a name ending in .xlsx.</source>
        <translation type="unfinished">%1 اسم ملف خطة (.lcplan)، وليس اسم مصنف. اختر اسمًا ينتهي بـ ‎.xlsx.</translation>
    </message>
    <message>
        <source>%1 is a plan file name (.lcplan), not a workbook name. Choose a name ending in .xlsx, or add --force to write the workbook there anyway.</source>
        <translation type="unfinished">%1 اسم ملف خطة (.lcplan)، وليس اسم مصنف. اختر اسمًا ينتهي بـ ‎.xlsx، أو أضف ‎--force لكتابة المصنف هناك على أي حال.</translation>
    </message>
    <message>
        <source>%1 is not a workbook name: an Excel workbook&apos;s name ends in .xlsx. Choose a name ending in .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a workbook name: an Excel workbook&apos;s name ends in .xlsx. Choose a name ending in .xlsx, or add --force to write the workbook under this name anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full where temporary files go (%1), so %2 could not be written. Free some space there and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists and is not an Excel workbook, so it was left as it is. Choose another name.</source>
        <translation type="unfinished">%1 موجود بالفعل وليس مصنف Excel، لذا تُرك كما هو. اختر اسمًا آخر.</translation>
    </message>
    <message>
        <source>%1 already exists and is not an Excel workbook, so it was left as it is. Choose another name, or add --force to replace it.</source>
        <translation type="unfinished">%1 موجود بالفعل وليس مصنف Excel، لذا تُرك كما هو. اختر اسمًا آخر، أو أضف ‎--force لاستبداله.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file name.</source>
        <translation type="unfinished">%1 مجلد، وليس اسم ملف.</translation>
    </message>
    <message>
        <source>%1 could not be written: the file is larger than the file size limit of this drive or account (file too large). Choose another drive, or ask your administrator to raise the limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be replaced: it may be open in Excel. Close it there and try again.</source>
        <translation type="unfinished">تعذّر استبدال %1: ربما يكون مفتوحًا في Excel. أغلقه هناك ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>it has a trigger, %1</source>
        <translation type="unfinished">يحتوي على مشغّل (trigger): %1</translation>
    </message>
    <message>
        <source>it has a view, %1</source>
        <translation type="unfinished">يحتوي على طريقة عرض (view): %1</translation>
    </message>
    <message>
        <source>it has an object LC Planner did not make, %1</source>
        <translation type="unfinished">يحتوي على كائن لم ينشئه LC Planner: %1</translation>
    </message>
    <message>
        <source>the table %1 is missing</source>
        <translation type="unfinished">الجدول %1 مفقود</translation>
    </message>
    <message>
        <source>the column %1 is missing</source>
        <translation type="unfinished">العمود %1 مفقود</translation>
    </message>
    <message>
        <source>it has a column LC Planner did not make, %1</source>
        <translation type="unfinished">يحتوي على عمود لم ينشئه LC Planner: %1</translation>
    </message>
    <message>
        <source>the definition of the table %1 was changed</source>
        <translation type="unfinished">تم تغيير تعريف الجدول %1</translation>
    </message>
    <message>
        <source>the index %1 was changed or is missing</source>
        <translation type="unfinished">تم تغيير الفهرس %1 أو أنه مفقود</translation>
    </message>
    <message>
        <source>%1 in row %2 is not a whole number</source>
        <translation type="unfinished">%1 في الصف %2 ليس عددًا صحيحًا</translation>
    </message>
    <message>
        <source>%1 in row %2 is not a date</source>
        <translation type="unfinished">%1 في الصف %2 ليس تاريخًا</translation>
    </message>
    <message>
        <source>%1 in row %2 is not text</source>
        <translation type="unfinished">%1 في الصف %2 ليس نصًا</translation>
    </message>
    <message>
        <source>%1 in row %2 is too long</source>
        <translation type="unfinished">%1 في الصف %2 طويل جدًا</translation>
    </message>
    <message>
        <source>%1 in row %2 is not a list of codes</source>
        <translation type="unfinished">%1 في الصف %2 ليس قائمة رموز</translation>
    </message>
    <message>
        <source>%1 in row %2 is not yes or no</source>
        <translation type="unfinished">%1 في الصف %2 ليس «نعم» أو «لا»</translation>
    </message>
    <message>
        <source>%1 in row %2 is not a text per language</source>
        <translation type="unfinished">%1 في الصف %2 ليس نصًا لكل لغة</translation>
    </message>
    <message>
        <source>%1 in row %2 is not one of the values LC Planner knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a working copy of the plan (%1 MB) would be larger than the file size limit of this account (file too large). Ask your administrator to raise the limit.</source>
        <translation type="unfinished">ستكون نسخة العمل من الخطة (%1 ميغابايت) أكبر من حد حجم الملفات لهذا الحساب (الملف كبير جدًا). اطلب من المسؤول رفع الحد.</translation>
    </message>
    <message>
        <source>the temporary folder %1 has no room for a working copy of the plan (%2 MB). Free some space there and try again.</source>
        <translation type="unfinished">لا توجد مساحة في المجلد المؤقت %1 لنسخة عمل من الخطة (%2 ميغابايت). أفرغ بعض المساحة هناك ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>a working copy of the plan could not be made in the temporary folder %1: %2</source>
        <translation type="unfinished">تعذّر إنشاء نسخة عمل من الخطة في المجلد المؤقت %1: %2</translation>
    </message>
    <message>
        <source>the temporary folder %1 ran out of room while the plan was read. Free some space there and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the working copy of the plan in the temporary folder %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card cannot be merged with itself.</source>
        <translation type="unfinished">لا يمكن دمج بطاقة مع نفسها.</translation>
    </message>
    <message>
        <source>%1 has already spent %2 dots: the budget cannot be lower.</source>
        <translation type="unfinished">أنفقت المجموعة %1 بالفعل %2 من النقاط: لا يمكن أن تكون الحصة أقل من ذلك.</translation>
    </message>
    <message>
        <source>%1 has no dots left: %2 of %3 are spent.</source>
        <translation type="unfinished">لم يتبقَّ للمجموعة %1 أي نقاط: أُنفقت %2 من %3.</translation>
    </message>
    <message>
        <source>Choose the cards to turn into an action or an objective.</source>
        <translation type="unfinished">اختر البطاقات المراد تحويلها إلى إجراء أو هدف.</translation>
    </message>
    <message>
        <source>The prompt code %1 is empty or listed twice.</source>
        <translation type="unfinished">رمز العبارة التوجيهية %1 فارغ أو مدرج مرتين.</translation>
    </message>
    <message>
        <source>The prompt %1 has no text.</source>
        <translation type="unfinished">العبارة التوجيهية %1 بلا نص.</translation>
    </message>
    <message>
        <source>The prompt file %1 cannot be loaded.</source>
        <translation type="unfinished">تعذّر تحميل ملف العبارات التوجيهية %1.</translation>
    </message>
    <message>
        <source>The file %1 is too big for a prompt catalogue (%2 MB; at most %3 MB).</source>
        <translation type="unfinished">الملف %1 أكبر من أن يكون فهرسًا للعبارات التوجيهية (%2 ميغابايت؛ الحد الأقصى %3 ميغابايت).</translation>
    </message>
    <message>
        <source>The file %1 is not a CSV file or an Excel workbook (.xlsx).</source>
        <translation type="unfinished">الملف %1 ليس ملف CSV ولا مصنف Excel (.xlsx).</translation>
    </message>
    <message>
        <source>The file %1 is an old Excel file (.xls). Save it as an Excel workbook (.xlsx) or as CSV UTF-8 and load it again.</source>
        <translation type="unfinished">الملف %1 ملف Excel قديم (.xls). احفظه بصيغة مصنف Excel (.xlsx) أو بصيغة CSV UTF-8 ثم حمّله مرة أخرى.</translation>
    </message>
    <message>
        <source>The workbook %1 is damaged or is not an Excel workbook (%2).</source>
        <translation type="unfinished">المصنف %1 تالف أو ليس مصنف Excel (%2).</translation>
    </message>
    <message>
        <source>%1, row %2: the text is not UTF-8 (wrong encoding). Save the file as “CSV UTF-8” and load it again.</source>
        <translation type="unfinished">%1، الصف %2: النص ليس بترميز UTF-8 (ترميز خاطئ). احفظ الملف بصيغة «CSV UTF-8» ثم حمّله مرة أخرى.</translation>
    </message>
    <message>
        <source>%1, row 1: the column %2 is missing. A prompt catalogue needs the columns code, area and text_ with a language (text_en, text_tr, …).</source>
        <translation type="unfinished">%1، الصف 1: العمود %2 مفقود. يحتاج فهرس العبارات التوجيهية إلى الأعمدة code وarea وtext_ مقرونًا برمز لغة (text_en، text_tr، …).</translation>
    </message>
    <message>
        <source>%1, row 1: the column %2 is there twice.</source>
        <translation type="unfinished">%1، الصف 1: العمود %2 موجود مرتين.</translation>
    </message>
    <message>
        <source>%1, row 1, column %2: “%3” is not a language code (text_en, text_tr, …).</source>
        <translation type="unfinished">%1، الصف 1، العمود %2: «%3» ليس رمز لغة (text_en، text_tr، …).</translation>
    </message>
    <message>
        <source>%1 has no prompts under its first row.</source>
        <translation type="unfinished">لا يحتوي %1 على عبارات توجيهية تحت صفه الأول.</translation>
    </message>
    <message>
        <source>%1 has more than %2 rows; a prompt catalogue holds at most %2 prompts.</source>
        <translation type="unfinished">يحتوي %1 على أكثر من %2 صف؛ ولا يتسع فهرس العبارات التوجيهية لأكثر من %2 عبارة.</translation>
    </message>
    <message>
        <source>%1, row %2, column code: the code is empty.</source>
        <translation type="unfinished">%1، الصف %2، العمود code: الرمز فارغ.</translation>
    </message>
    <message>
        <source>%1, row %2, column area: “%3” is not an area of the framework (B1–B3, BB1–BB6, FC1–FC3).</source>
        <translation type="unfinished">%1، الصف %2، العمود area: «%3» ليس مجالًا من مجالات الإطار (B1–B3، BB1–BB6، FC1–FC3).</translation>
    </message>
    <message>
        <source>%1, row %2, column code: the code %3 is already used in row %4.</source>
        <translation type="unfinished">%1، الصف %2، العمود code: الرمز %3 مستخدم بالفعل في الصف %4.</translation>
    </message>
    <message>
        <source>%1, row %2, column %3: the prompt %4 has no text.</source>
        <translation type="unfinished">%1، الصف %2، العمود %3: العبارة التوجيهية %4 بلا نص.</translation>
    </message>
    <message>
        <source>%1, row %2, column %3: the cell is too long (%4 characters; at most %5 fit).</source>
        <translation type="unfinished">%1، الصف %2، العمود %3: الخلية طويلة جدًا (عدد أحرفها %4، والحد الأقصى %5).</translation>
    </message>
    <message>
        <source>%1 is not a PDF file name. Choose a name ending in .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the plan being printed; the PDF must not replace it. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists and is not a PDF, so it was left as it is. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cell cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan has no objective with the code “%1” (write the objective&apos;s code, e.g. BB1-O1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is neither “%2” nor “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet has more than %1 rows under its headers; at most %1 actions can be imported at once. Split the file and import the parts one by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cells %1 are merged. Unmerge them in the spreadsheet (each row needs its own cells) and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 is empty: it cannot be the header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has no sheet named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping names the column %1, but the header row (row %2) has no such column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action has no title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action has no building block or condition: choose one for it in the mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action ends (%1) before it starts (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cell is too long (%1 characters; at most %2 fit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action has one lead: %1 leads it, the others are added as partners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a building block or condition: choose what it becomes in the mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a status: choose what it becomes in the mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a funding source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a timeframe (for example 2026–2027, September 2026 – June 2027, 2026 Q3 – 2027 Q2 or 01.09.2026–30.06.2027).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a priority (a whole number from 1 to 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping file %1 cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is too big for an import mapping (%2 KB; at most %3 KB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not an import mapping of LC Planner (not JSON text, line %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not an import mapping of LC Planner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import mapping %1 has format %2; this version of LC Planner reads format %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import mapping %1 has an unknown entry %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import mapping %1: %2 is not a text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import mapping %1: the header row must be a whole number from 1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import mapping %1: %2 must be a list of texts and what each becomes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import mapping %1: %2 has more than %3 entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import mapping %1: an entry of %2 is too long (%3 characters; at most %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import mapping %1: the column %2 becomes %3, which is not a field LC Planner knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import mapping %1: %2 is not a building block or fundamental condition (BB1–BB6, FC1–FC3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import mapping %1: %2 is not a status LC Planner knows (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 is chosen for two columns: %2 and %3. Choose it for one column only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import mapping %1: the field %2 is chosen for two columns, %3 and %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column is chosen as the action&apos;s title; an action cannot be imported without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook %1 was not exported by LC Planner (it has no round-trip record). A spreadsheet of your own comes in with a column mapping: File → Import Workbook asks for one; the command line takes --mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook %1 was exported by a newer LC Planner (format %2). Update LC Planner to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the round-trip record was altered here; export the plan again to get a workbook that can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook %1 was exported from another plan (%2). Import its rows as new rows instead, or open the plan it came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not an Excel workbook; a CSV file comes in with a column mapping: File → Import Workbook asks for one; the command line takes --mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet is missing (renamed or deleted); give it back its name %1 and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column “%1” (the rows&apos; IDs) is missing; the rows cannot be matched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cells %1 are merged; unmerge them and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 rows; import at most %1 rows of a sheet at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this ID is also in row %1: a copied row must have its ID cell emptied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an ID of LC Planner; empty the cell for a new row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a formula without a saved result stands where a value is expected; type the value, or open and save the workbook in Excel or LibreOffice first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new row needs a value in the column “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan has no action with the code “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say which fundamental condition the new action is under: an objective of FC1–FC3, or a code starting with FC1, FC2 or FC3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this column shows what another sheet holds (partners on Partners, budget on Budget, indicators on Indicators); the edit here was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this row was deleted from the plan after the export; its edits were not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is too big to import (%2 MB; at most %3 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook %1 is protected with a password. Open it in Excel, remove the password (File → Info → Protect Workbook), save it and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is an old Excel file (.xls). Save it as an Excel workbook (.xlsx) or as CSV UTF-8 and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not an Excel workbook (.xlsx) or a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: the text is not UTF-8 (wrong encoding). Save the file as “CSV UTF-8” and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date (type it as 31.12.2026).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an amount (type it as 1.234,50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is negative; an amount cannot be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a percentage from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a year from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a building block or fundamental condition (BB1-BB6, FC1-FC3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an area of the framework (B1-B3, BB1-BB6, FC1-FC3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be used here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a copy of another plan (“%2”), not of this one; it was not merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot “%1” is damaged and cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot no longer exists in this plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan %1 keeps no snapshot named “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period %1 has not begun: it cannot report progress yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A measurement needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a reporting period (a year such as 2027, or 2027-Q1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan&apos;s properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organisation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the objective %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the action %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a budget line of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the indicator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the milestone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the measurement of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the progress of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a row of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measured value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approval date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baseline year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished">مؤكَّد</translation>
    </message>
    <message>
        <source>contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guideline areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>municipality&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% done</source>
        <translation type="unfinished">نسبة الإنجاز %</translation>
    </message>
    <message>
        <source>period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prepared by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed %1 since you loaded it. Your change was not saved; you now see their version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They changed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 cannot be reached or refused the connection: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 holds no LC Planner plans (no plan tables).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plans on %1 were saved by an older LC Planner (schema version %2; this version writes %3). Someone who may change the database must upgrade it first: lcplanner upgrade-server URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plans on %1 were saved by a newer LC Planner (schema version %2; this version reads up to %3). Update LC Planner to open them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no plan %2 on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds several plans; name one by adding ?plan= and its UUID: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the server was lost: %1. Nothing more was changed; try again when the server is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no user %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no access to the plans on %1: ask their owner to make you a viewer or an editor (lcplanner grant).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner of the plans (or an administrator) may give or take access: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan %2 is already on %1: open it there, or take it offline and merge your file back into it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromptModel</name>
    <message>
        <source>(not in the current prompts)</source>
        <translation type="unfinished">(ليست ضمن العبارات التوجيهية الحالية)</translation>
    </message>
    <message>
        <source>The area as a whole</source>
        <translation type="unfinished">المجال ككل</translation>
    </message>
    <message>
        <source>0 not in place, 1 emerging, 2 established, 3 advanced; Delete: not rated</source>
        <translation type="unfinished">0 غير موجود، 1 ناشئ، 2 راسخ، 3 متقدم؛ Delete: بلا تقييم</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Progress report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting period: %1</source>
        <extracomment>%1 the period (&quot;2027&quot;, &quot;Q2 2027&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <extracomment>%1 the first day, %2 the last day of the period.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished">الملخص</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished">الإجراءات</translation>
    </message>
    <message>
        <source>Actions by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget planned and spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">المجال</translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished">الرمز</translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished">الإجراء</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished">الجهة المسؤولة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">الحالة</translation>
    </message>
    <message>
        <source>% complete</source>
        <translation type="unfinished">نسبة الإنجاز %</translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished">المؤشر</translation>
    </message>
    <message>
        <source>Of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished">الوحدة</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished">خط الأساس</translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished">السنة</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation type="unfinished">مصدر التمويل</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished">الشركاء</translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished">المجموع</translation>
    </message>
    <message>
        <source>no update in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made with LC Planner on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A value and the date it was measured, in a trend (&quot;120 (31.12.2026)&quot;).</extracomment>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>The report&apos;s title and the plan&apos;s (&quot;Progress report: Öğrenen Bolu 2026-2028&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>Spent of planned (&quot;₺450,000 of ₺1,340,000&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>An area&apos;s code and name (&quot;BB1 Education system&quot;).</extracomment>
        <translation type="unfinished">%1 %2</translation>
    </message>
</context>
<context>
    <name>ReportCli</name>
    <message>
        <source>write the progress report of a reporting period (PDF or Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the period: a year (2027) or a quarter (2027-Q2); default: today&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report to write: a .pdf or an .xlsx file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language of the report (default: the plan&apos;s language)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a reporting period: write a year (2027) or a quarter (2027-Q2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the report is written as a .pdf or an .xlsx file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote the progress report for %1 (%n action(s)) to %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Progress Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reporting period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report la&amp;nguage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PDF for the council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xcel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 progress %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished">مصنفات Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Wrote the progress report for %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The progress report could not be written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RescueDialog</name>
    <message>
        <source>Cannot open the plan</source>
        <translation type="unfinished">تعذّر فتح الخطة</translation>
    </message>
    <message>
        <source>Rescue Data copies what can still be read into a new plan file; this file is not changed.</source>
        <translation type="unfinished">ينسخ «إنقاذ البيانات» ما لا تزال قراءته ممكنة إلى ملف خطة جديد؛ ولا يُغيَّر هذا الملف.</translation>
    </message>
    <message>
        <source>&amp;Rescue Data…</source>
        <translation type="unfinished">&amp;إنقاذ البيانات…</translation>
    </message>
    <message>
        <source>%1 (rescued).lcplan</source>
        <translation type="unfinished">%1 (مُنقذة).lcplan</translation>
    </message>
    <message>
        <source>Save the rescued plan as</source>
        <translation type="unfinished">حفظ الخطة المُنقذة باسم</translation>
    </message>
    <message>
        <source>Cannot rescue the plan</source>
        <translation type="unfinished">تعذّر إنقاذ الخطة</translation>
    </message>
    <message>
        <source>Plan rescued</source>
        <translation type="unfinished">تم إنقاذ الخطة</translation>
    </message>
</context>
<context>
    <name>RescueSummary</name>
    <message numerus="yes">
        <source>%n row(s) were carried into the new plan.</source>
        <translation type="unfinished">
            <numerusform>تم نقل %n صف إلى الخطة الجديدة.</numerusform>
            <numerusform>تم نقل %n صف إلى الخطة الجديدة.</numerusform>
            <numerusform>تم نقل %n صفين إلى الخطة الجديدة.</numerusform>
            <numerusform>تم نقل %n صفوف إلى الخطة الجديدة.</numerusform>
            <numerusform>تم نقل %n صفًا إلى الخطة الجديدة.</numerusform>
            <numerusform>تم نقل %n صف إلى الخطة الجديدة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) could not be read or broke the plan&apos;s rules and were left behind.</source>
        <translation type="unfinished">
            <numerusform>تم استبعاد %n صف بسبب تعذّر القراءة أو مخالفة قواعد الخطة.</numerusform>
            <numerusform>تم استبعاد %n صف بسبب تعذّر القراءة أو مخالفة قواعد الخطة.</numerusform>
            <numerusform>تم استبعاد %n صفين بسبب تعذّر القراءة أو مخالفة قواعد الخطة.</numerusform>
            <numerusform>تم استبعاد %n صفوف بسبب تعذّر القراءة أو مخالفة قواعد الخطة.</numerusform>
            <numerusform>تم استبعاد %n صفًا بسبب تعذّر القراءة أو مخالفة قواعد الخطة.</numerusform>
            <numerusform>تم استبعاد %n صف بسبب تعذّر القراءة أو مخالفة قواعد الخطة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) of the wrong kind were cleared.</source>
        <translation type="unfinished">
            <numerusform>تم مسح %n قيمة من نوع خاطئ.</numerusform>
            <numerusform>تم مسح %n قيمة من نوع خاطئ.</numerusform>
            <numerusform>تم مسح %n قيمتين من نوع خاطئ.</numerusform>
            <numerusform>تم مسح %n قيم من نوع خاطئ.</numerusform>
            <numerusform>تم مسح %n قيمةً من نوع خاطئ.</numerusform>
            <numerusform>تم مسح %n قيمة من نوع خاطئ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Roof</name>
    <message>
        <source>The benefits of a learning city: outcomes that objectives aim at</source>
        <translation type="unfinished">فوائد مدينة التعلم: النتائج التي تسعى الأهداف إلى تحقيقها</translation>
    </message>
    <message>
        <source>Stock-take: %1</source>
        <translation type="unfinished">تقييم الوضع الراهن: %1</translation>
    </message>
</context>
<context>
    <name>ServerCli</name>
    <message>
        <source>copy a plan file&apos;s plan to a PostgreSQL server, for the city team to edit together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a plan file copy of a server plan for a workshop without network; merge it back later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrade the plans of a server database saved by an older LC Planner (everyone&apos;s windows on it must be closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace the file if it exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>let a server user view or edit the plan (PostgreSQL roles; run by the plan&apos;s owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take a server user&apos;s access to the plan away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2 of “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer has access to “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1, a copy of %2 to take offline; merge it back with: lcplanner merge URL FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgraded %1 to schema version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1 on %2: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerLink</name>
    <message>
        <source>Connect to Ser&amp;ver…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the server was lost (%1). Trying again; edits cannot be saved until it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to the server again; the plan was read again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1 on %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database holds several plans. Open:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open the Server Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade the Server Database?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

LC Planner can upgrade it now, in one step. Everyone else should close the plans of this database first: an older LC Planner cannot open them afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Upgrade</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotViewer</name>
    <message>
        <source>Snapshot “%1” of %2 [read-only]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotsDialog</name>
    <message>
        <source>Snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A snapshot keeps the whole plan as it is at one moment, inside the plan file: a version the council approved, a workshop&apos;s draft. The plan itself is not changed by taking or deleting one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">النوع</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished">الإجراءات</translation>
    </message>
    <message>
        <source>&amp;Take Snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Read-Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore as a &amp;Plan File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with &amp;Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare T&amp;wo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished">&amp;حذف</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished">إ&amp;غلاق</translation>
    </message>
    <message>
        <source>Named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base of a group copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base of this copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n snapshot(s)? The plan itself is not changed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StakeholderGrid</name>
    <message>
        <source>Manage closely</source>
        <translation type="unfinished">إدارة عن كثب</translation>
    </message>
    <message>
        <source>Keep satisfied</source>
        <translation type="unfinished">الحفاظ على رضاهم</translation>
    </message>
    <message>
        <source>Keep informed</source>
        <translation type="unfinished">إبقاؤهم على اطلاع</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation type="unfinished">المتابعة</translation>
    </message>
    <message>
        <source>Influence and interest grid</source>
        <translation type="unfinished">شبكة التأثير والاهتمام</translation>
    </message>
    <message>
        <source>Drag an organisation to place it. Keyboard: Up/Down choose, Alt+arrow keys move it by one step.</source>
        <translation type="unfinished">اسحب جهة لوضعها. لوحة المفاتيح: سهم لأعلى/لأسفل للاختيار، وAlt+الأسهم لتحريكها خطوة واحدة.</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation type="unfinished">
            <numerusform>+%n أخرى</numerusform>
            <numerusform>+%n أخرى</numerusform>
            <numerusform>+%n أخرى</numerusform>
            <numerusform>+%n أخرى</numerusform>
            <numerusform>+%n أخرى</numerusform>
            <numerusform>+%n أخرى</numerusform>
        </translation>
    </message>
    <message>
        <source>Interest: low to high (1–5) →</source>
        <comment>axis under the grid; the arrow points the way interest grows (right to left in a right-to-left language)</comment>
        <translation type="unfinished">الاهتمام: من المنخفض إلى المرتفع (1–5) ←</translation>
    </message>
    <message>
        <source>Influence: low to high (1–5) →</source>
        <comment>axis beside the grid, written upwards; the arrow points up</comment>
        <translation type="unfinished">التأثير: من المنخفض إلى المرتفع (1–5) →</translation>
    </message>
    <message>
        <source>%1: influence %2, interest %3</source>
        <translation type="unfinished">%1: التأثير %2، الاهتمام %3</translation>
    </message>
</context>
<context>
    <name>StakeholderModel</name>
    <message>
        <source>Present at %1 (Space ticks)</source>
        <translation type="unfinished">الحضور في %1 (Space للتأشير)</translation>
    </message>
    <message>
        <source>present</source>
        <translation type="unfinished">حاضر</translation>
    </message>
    <message>
        <source>absent</source>
        <translation type="unfinished">غائب</translation>
    </message>
    <message>
        <source>The register&apos;s sector; choose it on the Organisations page.</source>
        <translation type="unfinished">قطاع الجهة كما في السجل؛ اختره في صفحة الجهات.</translation>
    </message>
</context>
<context>
    <name>StakeholderTable</name>
    <message>
        <source>Organisation</source>
        <translation type="unfinished">الجهة</translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished">الشخص</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished">القطاع</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation type="unfinished">التأثير</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation type="unfinished">الاهتمام</translation>
    </message>
</context>
<context>
    <name>StakeholdersPage</name>
    <message>
        <source>&lt;h2&gt;Stakeholders&lt;/h2&gt;</source>
        <translation type="unfinished">&lt;h2&gt;أصحاب المصلحة&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation type="unfinished">أصحاب المصلحة</translation>
    </message>
    <message>
        <source>New stakeholder: type an organisation and press Enter</source>
        <translation type="unfinished">صاحب مصلحة جديد: اكتب اسم جهة ثم اضغط Enter</translation>
    </message>
    <message>
        <source>New stakeholder</source>
        <translation type="unfinished">صاحب مصلحة جديد</translation>
    </message>
    <message>
        <source>F2 or typing edits a cell, Space ticks a workshop, Delete removes; Alt+arrow keys move the selected one on the grid.</source>
        <translation type="unfinished">يعدّل F2 أو الكتابة الخلية، ويؤشّر Space على ورشة عمل، ويحذف Delete؛ وتحرّك Alt+الأسهم صاحب المصلحة المحدد على الشبكة.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Workshops&lt;/b&gt; (a tick column each; Delete removes one)</source>
        <translation type="unfinished">&lt;b&gt;ورش العمل&lt;/b&gt; (عمود تأشير لكل ورشة؛ يحذف Delete ورشةً)</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation type="unfinished">ورش العمل</translation>
    </message>
    <message>
        <source>New workshop: its name, then Enter</source>
        <translation type="unfinished">ورشة عمل جديدة: اسمها ثم Enter</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation type="unfinished">ورشة عمل جديدة</translation>
    </message>
    <message>
        <source>Workshop date</source>
        <translation type="unfinished">تاريخ ورشة العمل</translation>
    </message>
    <message>
        <source>Add &amp;workshop</source>
        <translation type="unfinished">إضافة &amp;ورشة عمل</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>A stakeholder is an organisation: type its name.</source>
        <translation type="unfinished">صاحب المصلحة جهةٌ: اكتب اسمها.</translation>
    </message>
    <message>
        <source>Change the stakeholder&apos;s organisation</source>
        <translation type="unfinished">تغيير جهة صاحب المصلحة</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n stakeholder(s)</source>
        <translation type="unfinished">
            <numerusform>حذف %n من أصحاب المصلحة</numerusform>
            <numerusform>حذف %n صاحب مصلحة</numerusform>
            <numerusform>حذف %n من أصحاب المصلحة</numerusform>
            <numerusform>حذف %n من أصحاب المصلحة</numerusform>
            <numerusform>حذف %n من أصحاب المصلحة</numerusform>
            <numerusform>حذف %n من أصحاب المصلحة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n stakeholder(s). Undo with Ctrl+Z.</source>
        <translation type="unfinished">
            <numerusform>تم حذف %n من أصحاب المصلحة. للتراجع اضغط Ctrl+Z.</numerusform>
            <numerusform>تم حذف %n صاحب مصلحة. للتراجع اضغط Ctrl+Z.</numerusform>
            <numerusform>تم حذف %n من أصحاب المصلحة. للتراجع اضغط Ctrl+Z.</numerusform>
            <numerusform>تم حذف %n من أصحاب المصلحة. للتراجع اضغط Ctrl+Z.</numerusform>
            <numerusform>تم حذف %n من أصحاب المصلحة. للتراجع اضغط Ctrl+Z.</numerusform>
            <numerusform>تم حذف %n من أصحاب المصلحة. للتراجع اضغط Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a date. Type it like %2, or leave it empty.</source>
        <translation type="unfinished">«%1» ليس تاريخًا. اكتبه مثل %2 أو اتركه فارغًا.</translation>
    </message>
    <message>
        <source>Deleted the workshop and who was present at it. Undo with Ctrl+Z.</source>
        <translation type="unfinished">تم حذف ورشة العمل مع سجل حضورها. للتراجع اضغط Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>Stocktake</name>
    <message>
        <source>not rated</source>
        <translation type="unfinished">بلا تقييم</translation>
    </message>
</context>
<context>
    <name>StocktakePage</name>
    <message>
        <source>&lt;h2&gt;Stock-take&lt;/h2&gt;</source>
        <translation type="unfinished">&lt;h2&gt;تقييم الوضع الراهن&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Load &amp;prompts…</source>
        <translation type="unfinished">ت&amp;حميل العبارات التوجيهية…</translation>
    </message>
    <message>
        <source>Use a city&apos;s own prompts, or the official key features: a CSV or Excel (.xlsx) file with the columns code, area and one text_ column per language (text_en, text_tr, …).</source>
        <translation type="unfinished">استخدم العبارات التوجيهية الخاصة بالمدينة، أو الملامح الرئيسية الرسمية: ملف CSV أو Excel (.xlsx) فيه الأعمدة code وarea وعمود text_ لكل لغة (text_en، text_tr، …).</translation>
    </message>
    <message>
        <source>Prompts and ratings</source>
        <translation type="unfinished">العبارات التوجيهية والتقييمات</translation>
    </message>
    <message>
        <source>Initiatives that exist</source>
        <translation type="unfinished">المبادرات القائمة</translation>
    </message>
    <message>
        <source>New initiative</source>
        <translation type="unfinished">مبادرة جديدة</translation>
    </message>
    <message>
        <source>&lt;b&gt;Initiatives that already exist&lt;/b&gt;</source>
        <translation type="unfinished">&lt;b&gt;المبادرات القائمة بالفعل&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 · %2&lt;/h3&gt;</source>
        <translation type="unfinished">&lt;h3&gt;%1 · %2&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Start here: rate the areas, and those rated low are listed here.</source>
        <translation type="unfinished">ابدأ من هنا: قيّم المجالات، وستظهر هنا المجالات ذات التقييم المنخفض.</translation>
    </message>
    <message>
        <source>No area is rated below established.</source>
        <translation type="unfinished">لا يوجد مجال تقييمه أدنى من «راسخ».</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>area code (level)</comment>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>Start here: %1</source>
        <translation type="unfinished">ابدأ من هنا: %1</translation>
    </message>
    <message>
        <source>The area as a whole</source>
        <translation type="unfinished">المجال ككل</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished">%1 · %2</translation>
    </message>
    <message>
        <source>New initiative for %1: type its title and press Enter</source>
        <translation type="unfinished">مبادرة جديدة لـ %1: اكتب عنوانها ثم اضغط Enter</translation>
    </message>
    <message>
        <source>New initiative for the area as a whole: type its title and press Enter</source>
        <translation type="unfinished">مبادرة جديدة للمجال ككل: اكتب عنوانها ثم اضغط Enter</translation>
    </message>
    <message>
        <source>Set who runs the initiative</source>
        <translation type="unfinished">تحديد الجهة المنفِّذة للمبادرة</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n initiative(s)</source>
        <translation type="unfinished">
            <numerusform>حذف %n مبادرة</numerusform>
            <numerusform>حذف %n مبادرة</numerusform>
            <numerusform>حذف %n مبادرتين</numerusform>
            <numerusform>حذف %n مبادرات</numerusform>
            <numerusform>حذف %n مبادرةً</numerusform>
            <numerusform>حذف %n مبادرة</numerusform>
        </translation>
    </message>
    <message>
        <source>Load prompts</source>
        <translation type="unfinished">تحميل العبارات التوجيهية</translation>
    </message>
    <message>
        <source>Prompt catalogues (*.csv *.xlsx);;All files (*)</source>
        <translation type="unfinished">فهارس العبارات التوجيهية (*.csv *.xlsx);;جميع الملفات (*)</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n prompt(s). Undo with Ctrl+Z.</source>
        <translation type="unfinished">
            <numerusform>تم تحميل %n عبارة توجيهية. للتراجع اضغط Ctrl+Z.</numerusform>
            <numerusform>تم تحميل %n عبارة توجيهية. للتراجع اضغط Ctrl+Z.</numerusform>
            <numerusform>تم تحميل %n عبارتين توجيهيتين. للتراجع اضغط Ctrl+Z.</numerusform>
            <numerusform>تم تحميل %n عبارات توجيهية. للتراجع اضغط Ctrl+Z.</numerusform>
            <numerusform>تم تحميل %n عبارةً توجيهية. للتراجع اضغط Ctrl+Z.</numerusform>
            <numerusform>تم تحميل %n عبارة توجيهية. للتراجع اضغط Ctrl+Z.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StocktakeTable</name>
    <message>
        <source>Code</source>
        <translation type="unfinished">الرمز</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished">العبارة التوجيهية</translation>
    </message>
    <message>
        <source>Rating (keys 0–3)</source>
        <translation type="unfinished">التقييم (المفاتيح 0–3)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished">الأدلة</translation>
    </message>
</context>
<context>
    <name>TargetsModel</name>
    <message>
        <source>Measured on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Q%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no dates yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline of the actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zoom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">المجال</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">الحالة</translation>
    </message>
    <message>
        <source>&amp;Colour by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print to &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeline on landscape pages, for the council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a bar to move it, its ends to stretch it. Keys: arrows select; Shift+Left/Right moves; Ctrl+Shift moves the end, Alt+Shift the start; + and - zoom; Enter opens the action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Timeline&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an action with the arrow keys or the mouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3, %4, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeline could not be printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n page(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Versions</name>
    <message>
        <source>&amp;Snapshots…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare &amp;with a Plan File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy for a &amp;Group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge a Group&apos;s Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LC Planner plans (%1)</source>
        <translation type="unfinished">خطط LC Planner (%1)</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">إلغاء</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation type="unfinished">حفظ نسخة باسم</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished">%1 (نسخة)</translation>
    </message>
    <message>
        <source>Cannot save the copy</source>
        <translation type="unfinished">تعذّر حفظ النسخة</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation type="unfinished">تم حفظ نسخة باسم %1</translation>
    </message>
    <message>
        <source>Take a snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the snapshot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot take the snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot “%1” taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rename the snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the snapshot “%1”? The plan itself is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the snapshot as a new plan file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore the snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot is now the plan file %1. Open it in place of this plan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show the snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with a plan file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy for a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy for a group saved as %1; this moment is kept as the snapshot “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge a group&apos;s copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot merge the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to merge: the plan already holds everything of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the snapshot “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1, the plan and their common base…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged %1. The plan as it was before is kept as the snapshot “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Every year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished">لم يبدأ</translation>
    </message>
    <message>
        <source>On track</source>
        <translation type="unfinished">يسير وفق الخطة</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation type="unfinished">متأخر</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">منجز</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished">ملغى</translation>
    </message>
    <message>
        <source>Local government</source>
        <translation type="unfinished">الحكومة المحلية</translation>
    </message>
    <message>
        <source>National government</source>
        <translation type="unfinished">الحكومة الوطنية</translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished">التعليم</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation type="unfinished">المجتمع المدني</translation>
    </message>
    <message>
        <source>Private sector</source>
        <translation type="unfinished">القطاع الخاص</translation>
    </message>
    <message>
        <source>Media</source>
        <translation type="unfinished">وسائل الإعلام</translation>
    </message>
    <message>
        <source>International</source>
        <translation type="unfinished">دولي</translation>
    </message>
    <message>
        <source>Community</source>
        <translation type="unfinished">المجتمع المحلي</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished">شريك</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation type="unfinished">مموِّل</translation>
    </message>
    <message>
        <source>Implementer</source>
        <translation type="unfinished">منفِّذ</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation type="unfinished">مستشار</translation>
    </message>
    <message>
        <source>Municipal</source>
        <translation type="unfinished">البلدية</translation>
    </message>
    <message>
        <source>National</source>
        <translation type="unfinished">وطني</translation>
    </message>
    <message>
        <source>EU / international</source>
        <translation type="unfinished">الاتحاد الأوروبي / دولي</translation>
    </message>
    <message>
        <source>Private</source>
        <translation type="unfinished">خاص</translation>
    </message>
    <message>
        <source>In kind</source>
        <translation type="unfinished">مساهمة عينية</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">أخرى</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished">نسبة</translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished">عدد</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished">ميزانية</translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation type="unfinished">نعم / لا</translation>
    </message>
    <message>
        <source>Qualitative</source>
        <translation type="unfinished">نوعي</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by the council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full accountability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-ordinating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Influencing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in place</source>
        <extracomment>The stock-take&apos;s four steps, stored as 0-3 in a rating (one place: pages, overview, export).</extracomment>
        <translation type="unfinished">غير موجود</translation>
    </message>
    <message>
        <source>Emerging</source>
        <translation type="unfinished">ناشئ</translation>
    </message>
    <message>
        <source>Established</source>
        <translation type="unfinished">راسخ</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished">متقدم</translation>
    </message>
    <message>
        <source>Quick win</source>
        <extracomment>The quadrants of the impact-effort board (IdeaRow.quadrant).</extracomment>
        <translation type="unfinished">مكسب سريع</translation>
    </message>
    <message>
        <source>Major project</source>
        <translation type="unfinished">مشروع كبير</translation>
    </message>
    <message>
        <source>Fill-in</source>
        <translation type="unfinished">مهمة تكميلية</translation>
    </message>
    <message>
        <source>Thankless task</source>
        <translation type="unfinished">مهمة غير مجزية</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>&lt;h1&gt;LC Planner&lt;/h1&gt;&lt;p&gt;Öğrenen Şehir Planlayıcı&lt;/p&gt;</source>
        <translation type="unfinished">&lt;h1&gt;LC Planner&lt;/h1&gt;&lt;p&gt;مخطِّط مدينة التعلم&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Build your learning city&apos;s action plan, building block by building block. Every change is saved at once.</source>
        <translation type="unfinished">ابنِ خطة عمل مدينة التعلم الخاصة بك، لبنةً أساسية تلو الأخرى. يُحفظ كل تغيير فور إجرائه.</translation>
    </message>
    <message>
        <source>&amp;New plan…</source>
        <translation type="unfinished">&amp;خطة جديدة…</translation>
    </message>
    <message>
        <source>&amp;Open plan…</source>
        <translation type="unfinished">&amp;فتح خطة…</translation>
    </message>
    <message>
        <source>Open the &amp;demo plan</source>
        <translation type="unfinished">فتح &amp;الخطة التجريبية</translation>
    </message>
    <message>
        <source>&amp;Recent plans:</source>
        <translation type="unfinished">الخطط ال&amp;أخيرة:</translation>
    </message>
    <message>
        <source>Recent plans</source>
        <translation type="unfinished">الخطط الأخيرة</translation>
    </message>
</context>
<context>
    <name>WorkbookImport</name>
    <message>
        <source>Import Workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workbooks and CSV files (*.xlsx *.xlsm *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Import its rows into this plan as new rows?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan is open read-only, so nothing can be imported into it. Open it again when no other window or program is editing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1. The plan before the import was kept as %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkshopTimer</name>
    <message>
        <source>Time is up</source>
        <translation type="unfinished">انتهى الوقت</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished">متوقف مؤقتًا</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished">إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished">استئناف</translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished">البدء</translation>
    </message>
    <message>
        <source>Workshop timer</source>
        <translation type="unfinished">مؤقّت ورشة العمل</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished">الوقت المتبقي</translation>
    </message>
    <message>
        <source>−1 min</source>
        <translation type="unfinished">−1 دقيقة</translation>
    </message>
    <message>
        <source>One minute less</source>
        <translation type="unfinished">دقيقة أقل</translation>
    </message>
    <message>
        <source>One minute less (- or Down)</source>
        <translation type="unfinished">دقيقة أقل (- أو سهم لأسفل)</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation type="unfinished">+1 دقيقة</translation>
    </message>
    <message>
        <source>One minute more</source>
        <translation type="unfinished">دقيقة أكثر</translation>
    </message>
    <message>
        <source>One minute more (+ or Up)</source>
        <translation type="unfinished">دقيقة أكثر (+ أو سهم لأعلى)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished">إعادة الضبط</translation>
    </message>
    <message>
        <source>Reset the timer</source>
        <translation type="unfinished">إعادة ضبط المؤقّت</translation>
    </message>
    <message>
        <source>Back to the round&apos;s length (R or Backspace)</source>
        <translation type="unfinished">العودة إلى مدة الجولة (R أو Backspace)</translation>
    </message>
    <message>
        <source>Start or pause</source>
        <translation type="unfinished">بدء أو إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Start or pause (Space)</source>
        <translation type="unfinished">بدء أو إيقاف مؤقت (Space)</translation>
    </message>
    <message>
        <source>Round (minutes):</source>
        <translation type="unfinished">الجولة (بالدقائق):</translation>
    </message>
    <message>
        <source>Round length in minutes</source>
        <translation type="unfinished">مدة الجولة بالدقائق</translation>
    </message>
</context>
<context>
    <name>_TableBox</name>
    <message>
        <source>Remove</source>
        <translation type="unfinished">إزالة</translation>
    </message>
</context>
<context>
    <name>runner</name>
    <message>
        <source>Workplan exported</source>
        <translation type="unfinished">تم تصدير خطة العمل</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished">فشل التصدير</translation>
    </message>
</context>
</TS>
