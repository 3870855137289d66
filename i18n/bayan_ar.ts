<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../app/ui/pages/dashboard.py" line="157"/>
        <source>Dashboard</source>
        <translation>لوحة المتابعة</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/dashboard.py" line="158"/>
        <source>&amp;Refresh</source>
        <translation>&amp;تحديث</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/dashboard.py" line="159"/>
        <source>Read the figures again from the workspace</source>
        <translation>قراءة الأرقام من جديد من مساحة العمل</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/dashboard.py" line="160"/>
        <source>Posts this month by state</source>
        <translation>منشورات هذا الشهر حسب الحالة</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/dashboard.py" line="161"/>
        <source>Next 7 days</source>
        <translation>الأيام السبعة القادمة</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/dashboard.py" line="163"/>
        <source>Posts, events and quiet periods of the next 7 days</source>
        <translation>المنشورات والفعاليات وفترات التوقف في الأيام السبعة القادمة</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/dashboard.py" line="167"/>
        <source>When</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/dashboard.py" line="168"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/dashboard.py" line="169"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/dashboard.py" line="170"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/dashboard.py" line="171"/>
        <source>Platforms</source>
        <translation>المنصات</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/dashboard.py" line="174"/>
        <source>Nothing is planned for the next 7 days.</source>
        <translation>لا شيء مخطط له في الأيام السبعة القادمة.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/dashboard.py" line="187"/>
        <source>Today is %1 · figures for %2</source>
        <translation>اليوم %1 · أرقام شهر %2</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/dashboard.py" line="190"/>
        <source>Posts scheduled this month</source>
        <translation>منشورات مجدولة هذا الشهر</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/dashboard.py" line="191"/>
        <source>Waiting for approval</source>
        <translation>بانتظار الاعتماد</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/dashboard.py" line="192"/>
        <source>Open inquiries</source>
        <translation>استفسارات مفتوحة</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/dashboard.py" line="194"/>
        <source>Inquiries not yet answered</source>
        <translation>استفسارات لم يُردّ عليها بعد</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../app/ui/dialogs.py" line="18"/>
        <source>Welcome to Bayan</source>
        <translation>مرحبًا بك في «بيان»</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs.py" line="20"/>
        <source>There is no Bayan workspace in this folder yet:</source>
        <translation>لا توجد مساحة عمل لـ«بيان» في هذا المجلد بعد:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs.py" line="24"/>
        <source>Start with an empty workspace for your organisation, or look around first in a workspace filled with fictional demo data.</source>
        <translation>ابدأ بمساحة عمل فارغة لمؤسستك، أو تجوّل أولًا في مساحة عمل مملوءة ببيانات تجريبية متخيَّلة.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs.py" line="31"/>
        <source>Create an &amp;empty workspace</source>
        <translation>إنشاء مساحة عمل &amp;فارغة</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs.py" line="35"/>
        <source>Fill it with &amp;demo data</source>
        <translation>ملؤها ببيانات &amp;تجريبية</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs.py" line="38"/>
        <location filename="../app/ui/dialogs.py" line="92"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs.py" line="59"/>
        <source>The workspace&apos;s database is damaged</source>
        <translation>قاعدة بيانات مساحة العمل تالفة</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs.py" line="61"/>
        <source>Bayan&apos;s check of %1 found damage while the workspace was open.</source>
        <translation>وجد فحص «بيان» للملف %1 تلفًا أثناء فتح مساحة العمل.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs.py" line="65"/>
        <source>Bayan cannot open %1: the file is damaged.</source>
        <translation>لا يستطيع «بيان» فتح %1: الملف تالف.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs.py" line="67"/>
        <source>What SQLite reported: %1</source>
        <translation>ما أبلغ عنه SQLite: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs.py" line="71"/>
        <source>Bayan has not changed the file.</source>
        <translation>لم يغيّر «بيان» شيئًا في الملف.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs.py" line="75"/>
        <source>The newest backup that passes the integrity check is %1, made %2. Restoring it keeps the damaged file aside in backups/.</source>
        <translation>أحدث نسخة احتياطية تجتاز فحص السلامة هي %1، أُنشئت في %2. استعادتها تحتفظ بالملف التالف جانبًا في ‎backups/‎.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs.py" line="83"/>
        <source>&amp;Restore that backup</source>
        <translation>ا&amp;ستعادة تلك النسخة</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs.py" line="87"/>
        <source>No intact backup was found in the workspace&apos;s backups folder.</source>
        <translation>لم يُعثر على نسخة احتياطية سليمة في مجلد النسخ الاحتياطية لمساحة العمل.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs.py" line="102"/>
        <source>Workspace from a newer Bayan</source>
        <translation>مساحة عمل من إصدار أحدث من «بيان»</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs.py" line="103"/>
        <source>This workspace was written by a newer version of Bayan. Install that version to open it; this one has changed nothing.</source>
        <translation>كُتبت مساحة العمل هذه بإصدار أحدث من «بيان». ثبّت ذلك الإصدار لفتحها؛ ولم يغيّر هذا الإصدار فيها شيئًا.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs.py" line="110"/>
        <source>The workspace is in use</source>
        <translation>مساحة العمل قيد الاستخدام</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs.py" line="111"/>
        <source>This workspace is already open in another Bayan window. Switch to that window, or close it and start Bayan again.</source>
        <translation>مساحة العمل هذه مفتوحة في نافذة أخرى من «بيان». انتقل إلى تلك النافذة، أو أغلقها ثم شغّل «بيان» من جديد.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs.py" line="118"/>
        <source>The backup was not restored</source>
        <translation>لم تُستعد النسخة الاحتياطية</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs.py" line="119"/>
        <source>The backup could not be restored; the workspace was left as it was.</source>
        <translation>تعذّرت استعادة النسخة الاحتياطية، وبقيت مساحة العمل كما كانت.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs.py" line="125"/>
        <source>Bayan cannot open the workspace</source>
        <translation>لا يستطيع «بيان» فتح مساحة العمل</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs.py" line="126"/>
        <source>Bayan cannot open the workspace.</source>
        <translation>لا يستطيع «بيان» فتح مساحة العمل.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs.py" line="138"/>
        <source>Details: %1</source>
        <translation>التفاصيل: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs.py" line="146"/>
        <source>Something went wrong</source>
        <translation>حدث خطأ ما</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs.py" line="147"/>
        <source>Something went wrong inside Bayan. Your saved work is safe. The details are in the log file %1; please send it to whoever supports Bayan for you.</source>
        <translation>حدث خطأ داخل «بيان». عملك المحفوظ في أمان. التفاصيل في ملف السجل %1؛ يُرجى إرساله إلى من يتولى دعم «بيان» لديكم.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../app/ui/labels.py" line="12"/>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="13"/>
        <source>In review</source>
        <translation>قيد المراجعة</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="14"/>
        <source>Approved</source>
        <translation>معتمد</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="15"/>
        <source>Changes requested</source>
        <translation>مطلوب تعديلات</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="16"/>
        <source>Published</source>
        <translation>منشور</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="17"/>
        <source>Archived</source>
        <translation>مؤرشف</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="18"/>
        <source>Withdrawn</source>
        <translation>مسحوب</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="33"/>
        <source>Facebook</source>
        <translation>فيسبوك</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="34"/>
        <source>X</source>
        <translation>إكس</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="35"/>
        <source>Instagram</source>
        <translation>إنستغرام</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="36"/>
        <source>YouTube</source>
        <translation>يوتيوب</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="37"/>
        <source>LinkedIn</source>
        <translation>لينكدإن</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="38"/>
        <source>TikTok</source>
        <translation>تيك توك</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="39"/>
        <source>Website</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="43"/>
        <source>Conference</source>
        <translation>مؤتمر</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="44"/>
        <source>Workshop</source>
        <translation>ورشة عمل</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="45"/>
        <source>Seminar</source>
        <translation>ندوة</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="46"/>
        <source>Campaign launch</source>
        <translation>إطلاق حملة</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="47"/>
        <location filename="../app/ui/labels.py" line="58"/>
        <source>Event</source>
        <translation>فعالية</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="51"/>
        <source>Electoral silence</source>
        <translation>صمت انتخابي</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="52"/>
        <source>Mourning</source>
        <translation>حداد</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="53"/>
        <location filename="../app/ui/labels.py" line="59"/>
        <source>Quiet period</source>
        <translation>فترة توقف عن النشر</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="57"/>
        <source>Post</source>
        <translation>منشور</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/ui/main_window.py" line="106"/>
        <source>Dashboard</source>
        <translation>لوحة المتابعة</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="106"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="111"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="113"/>
        <source>Sections</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="118"/>
        <source>Bayan</source>
        <translation>بيان</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="121"/>
        <source>Workspace: %1</source>
        <translation>مساحة العمل: %1</translation>
    </message>
</context>
<context>
    <name>QT_LAYOUT_DIRECTION</name>
    <message>
        <location filename="../app/ui/i18n.py" line="27"/>
        <source>LTR</source>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../app/ui/pages/settings.py" line="98"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="99"/>
        <source>General</source>
        <translation>عام</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="100"/>
        <source>&amp;Language of the interface:</source>
        <translation>&amp;لغة الواجهة:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="101"/>
        <source>&amp;Time zone of the workspace:</source>
        <translation>المنطقة ال&amp;زمنية لمساحة العمل:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="102"/>
        <source>&amp;Apply</source>
        <translation>ت&amp;طبيق</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="103"/>
        <source>Use this time zone for schedules and reports</source>
        <translation>استخدام هذه المنطقة الزمنية في الجداول والتقارير</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="104"/>
        <source>Workspace</source>
        <translation>مساحة العمل</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="105"/>
        <source>&amp;Open folder</source>
        <translation>&amp;فتح المجلد</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="106"/>
        <source>Workspace folder</source>
        <translation>مجلد مساحة العمل</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="109"/>
        <source>The database (bayan.db), the media store (media/) and the backups (backups/) are kept in this folder. Start Bayan with --workspace or set BAYAN_WORKSPACE to use another one.</source>
        <translation>تُحفظ في هذا المجلد قاعدة البيانات (‎bayan.db‎) ومخزن الوسائط (‎media/‎) والنسخ الاحتياطية (‎backups/‎). لاستخدام مجلد آخر شغّل «بيان» مع الخيار ‎--workspace‎ أو اضبط المتغير ‎BAYAN_WORKSPACE‎.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="132"/>
        <source>“%1” is not a time zone Bayan knows. Nothing was changed.</source>
        <translation>«%1» ليست منطقة زمنية يعرفها «بيان». لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="139"/>
        <source>Time zone set to %1.</source>
        <translation>ضُبطت المنطقة الزمنية على %1.</translation>
    </message>
</context>
</TS>
