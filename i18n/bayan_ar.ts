<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../app/ui/accounts/edit.py" line="253" />
        <source>Full rights: %1</source>
        <translation>صلاحيات كاملة: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/edit.py" line="255" />
        <source>Outside the agency: %1</source>
        <translation>من خارج المؤسسة: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/edit.py" line="285" />
        <source>Enter the account's handle or name.</source>
        <translation>أدخل معرّف الحساب أو اسمه.</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/edit.py" line="287" />
        <source>The URL must start with https://.</source>
        <translation>يجب أن يبدأ الرابط بـ https://.</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/edit.py" line="290" />
        <source>The official e-mail address is not valid.</source>
        <translation>عنوان البريد الإلكتروني الرسمي غير صالح.</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/edit.py" line="293" />
        <source>Administrator %1 has no name.</source>
        <translation>المسؤول %1 بلا اسم.</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/edit.py" line="308" />
        <source>New account</source>
        <translation>حساب جديد</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/edit.py" line="308" />
        <source>Edit account</source>
        <translation>تعديل الحساب</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/edit.py" line="310" />
        <source>&amp;Platform:</source>
        <translation>ال&amp;منصة:</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/edit.py" line="311" />
        <source>&amp;Handle:</source>
        <translation>المعرّ&amp;ف:</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/edit.py" line="312" />
        <source>&amp;URL:</source>
        <translation>ال&amp;رابط:</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/edit.py" line="313" />
        <source>Official &amp;e-mail:</source>
        <translation>ال&amp;بريد الإلكتروني الرسمي:</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/edit.py" line="314" />
        <source>&amp;Verified:</source>
        <translation>مو&amp;ثّق:</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/edit.py" line="315" />
        <source>&amp;Two-factor authentication:</source>
        <translation>ال&amp;تحقق بخطوتين:</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/edit.py" line="316" />
        <source>In &amp;use:</source>
        <translation>&amp;قيد الاستخدام:</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/edit.py" line="317" />
        <source>X Pre&amp;mium:</source>
        <translation>إكس بر&amp;يميوم:</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/edit.py" line="318" />
        <source>Password last &amp;changed:</source>
        <translation>آخر ت&amp;غيير لكلمة المرور:</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/edit.py" line="319" />
        <source>Change the password every (&amp;days):</source>
        <translation>تغيير كلمة المرور كل (&amp;أيام):</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/edit.py" line="320" />
        <source>Privacy settings &amp;reviewed:</source>
        <translation>تاريخ مراجعة إعدادات ال&amp;خصوصية:</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/edit.py" line="321" />
        <source>&amp;Notes:</source>
        <translation>م&amp;لاحظات:</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/edit.py" line="325" />
        <source>Verification badge</source>
        <translation>شارة التوثيق</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/edit.py" line="326" />
        <source>Enabled</source>
        <translation>مفعّل</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/edit.py" line="327" />
        <source>Active account</source>
        <translation>حساب نشط</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/edit.py" line="328" />
        <source>Long posts allowed</source>
        <translation>المنشورات الطويلة مسموحة</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/edit.py" line="330" />
        <source>Known</source>
        <translation>معروف</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/edit.py" line="331" />
        <source>Date the password was last changed</source>
        <translation>تاريخ آخر تغيير لكلمة المرور</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/edit.py" line="332" />
        <source>Date the privacy settings were reviewed</source>
        <translation>تاريخ مراجعة إعدادات الخصوصية</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/edit.py" line="333" />
        <source>@handle or page name</source>
        <translation>@المعرّف أو اسم الصفحة</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/edit.py" line="335" />
        <source> days</source>
        <translation> يوم</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/edit.py" line="336" />
        <location filename="../app/ui/accounts/edit.py" line="343" />
        <source>Administrators</source>
        <translation>المسؤولون</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/edit.py" line="339" />
        <source>The guideline asks for two administrators from the agency with full rights; an outside agency should have limited rights only.</source>
        <translation>يطلب الدليل الإرشادي مسؤولَين اثنين من المؤسسة بصلاحيات كاملة؛ وينبغي أن تقتصر صلاحيات أي جهة خارجية على صلاحيات محدودة.</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/edit.py" line="345" />
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/edit.py" line="345" />
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/edit.py" line="345" />
        <source>Full rights</source>
        <translation>صلاحيات كاملة</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/edit.py" line="345" />
        <source>Outside agency</source>
        <translation>جهة خارجية</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/edit.py" line="347" />
        <source>&amp;Add administrator</source>
        <translation>إ&amp;ضافة مسؤول</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/edit.py" line="348" />
        <source>Re&amp;move administrator</source>
        <translation>إ&amp;زالة مسؤول</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <location filename="../app/ui/labels.py" line="251" />
        <source>Fewer than two administrators have full rights: the guideline asks for two.</source>
        <translation>عدد المسؤولين ذوي الصلاحيات الكاملة أقل من اثنين: يطلب الدليل الإرشادي اثنين.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="254" />
        <source>An administrator from outside the agency has full rights: give them limited rights.</source>
        <translation>لدى مسؤول من خارج المؤسسة صلاحيات كاملة: امنحه صلاحيات محدودة.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="258" />
        <source>Two-factor authentication is off: turn it on for this account.</source>
        <translation>التحقق بخطوتين غير مفعّل: فعّله لهذا الحساب.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="261" />
        <source>The password is due for a change (every 3 months by the guideline).</source>
        <translation>حان موعد تغيير كلمة المرور (كل 3 أشهر بحسب الدليل الإرشادي).</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="264" />
        <source>The date of the last password change is not recorded.</source>
        <translation>تاريخ آخر تغيير لكلمة المرور غير مسجّل.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="267" />
        <source>No official e-mail address is recorded for this account.</source>
        <translation>لا يوجد عنوان بريد إلكتروني رسمي مسجّل لهذا الحساب.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="273" />
        <source>Password change due</source>
        <translation>حان موعد تغيير كلمة المرور</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="274" />
        <source>Password change overdue</source>
        <translation>تأخّر تغيير كلمة المرور</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="275" />
        <source>Privacy and security settings review</source>
        <translation>مراجعة إعدادات الخصوصية والأمان</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="280" />
        <source>Report to the IT officers at once</source>
        <translation>إبلاغ موظفي تكنولوجيا المعلومات فورًا</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="281" />
        <source>Reset the passwords</source>
        <translation>إعادة تعيين كلمات المرور</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="282" />
        <source>Sign out every other session</source>
        <translation>تسجيل الخروج من جميع الجلسات الأخرى</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="283" />
        <source>Revoke third-party apps' access</source>
        <translation>إلغاء صلاحيات وصول تطبيقات الطرف الثالث</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="284" />
        <source>Use the platform's account recovery</source>
        <translation>استخدام خدمة استرداد الحساب في المنصة</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="285" />
        <source>Not recovered: ask the Ministry of Digital Economy and Entrepreneurship for support</source>
        <translation>إن لم يُسترد الحساب: طلب الدعم من وزارة الاقتصاد الرقمي والريادة</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="289" />
        <source>False content went out: inform the public on the other channels</source>
        <translation>إن نُشر محتوى مضلّل: إبلاغ الجمهور عبر القنوات الأخرى</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="292" />
        <source>Write down the lessons learned</source>
        <translation>تدوين الدروس المستفادة</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="353" />
        <location filename="../app/ui/pages/accounts.py" line="417" />
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="355" />
        <source>%1 (overdue)</source>
        <translation>%1 (متأخر)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/accounts.py" line="358" />
        <source>%n warning(s)</source>
        <translation>
            <numerusform>لا تحذيرات</numerusform>
            <numerusform>تحذير واحد</numerusform>
            <numerusform>تحذيران</numerusform>
            <numerusform>%n تحذيرات</numerusform>
            <numerusform>%n تحذيرًا</numerusform>
            <numerusform>%n تحذير</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="358" />
        <source>Meets the guideline</source>
        <translation>مطابق للدليل الإرشادي</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="364" />
        <source>%1 (not in use)</source>
        <translation>%1 (غير مستخدم)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="365" />
        <source>On</source>
        <translation>مفعّل</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="365" />
        <location filename="../app/ui/pages/accounts.py" line="428" />
        <source>Off</source>
        <translation>غير مفعّل</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="407" />
        <source>No account chosen</source>
        <translation>لم يُختر أي حساب</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="416" />
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="416" />
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="423" />
        <location filename="../app/ui/pages/accounts.py" line="435" />
        <source>None</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="426" />
        <source>None recorded</source>
        <translation>لا شيء مسجّل</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="428" />
        <source>Enabled</source>
        <translation>مفعّل</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/accounts.py" line="433" />
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>كل %n يوم</numerusform>
            <numerusform>كل يوم</numerusform>
            <numerusform>كل يومين</numerusform>
            <numerusform>كل %n أيام</numerusform>
            <numerusform>كل %n يومًا</numerusform>
            <numerusform>كل %n يوم</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="434" />
        <source>Never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="449" />
        <source>Unknown: record when the password was last changed</source>
        <translation>غير معروف: سجّل تاريخ آخر تغيير لكلمة المرور</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/accounts.py" line="453" />
        <source>%1 — overdue by %n day(s)</source>
        <translation>
            <numerusform>%1 — اليوم</numerusform>
            <numerusform>%1 — متأخر يومًا واحدًا</numerusform>
            <numerusform>%1 — متأخر يومين</numerusform>
            <numerusform>%1 — متأخر %n أيام</numerusform>
            <numerusform>%1 — متأخر %n يومًا</numerusform>
            <numerusform>%1 — متأخر %n يوم</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="455" />
        <source>%1 — today</source>
        <translation>%1 — اليوم</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/accounts.py" line="456" />
        <source>%1 — in %n day(s)</source>
        <translation>
            <numerusform>%1 — اليوم</numerusform>
            <numerusform>%1 — بعد يوم واحد</numerusform>
            <numerusform>%1 — بعد يومين</numerusform>
            <numerusform>%1 — بعد %n أيام</numerusform>
            <numerusform>%1 — بعد %n يومًا</numerusform>
            <numerusform>%1 — بعد %n يوم</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="464" />
        <source>Full rights</source>
        <translation>صلاحيات كاملة</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="464" />
        <source>Limited</source>
        <translation>محدودة</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="465" />
        <source>Outside agency</source>
        <translation>جهة خارجية</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="465" />
        <source>Inside</source>
        <translation>من المؤسسة</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="495" />
        <source>This account meets the guideline.</source>
        <translation>هذا الحساب مطابق للدليل الإرشادي.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/accounts.py" line="504" />
        <source>Guideline: %n warning(s)</source>
        <translation>
            <numerusform>الدليل الإرشادي: لا تحذيرات</numerusform>
            <numerusform>الدليل الإرشادي: تحذير واحد</numerusform>
            <numerusform>الدليل الإرشادي: تحذيران</numerusform>
            <numerusform>الدليل الإرشادي: %n تحذيرات</numerusform>
            <numerusform>الدليل الإرشادي: %n تحذيرًا</numerusform>
            <numerusform>الدليل الإرشادي: %n تحذير</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="504" />
        <location filename="../app/ui/pages/accounts.py" line="942" />
        <source>Guideline</source>
        <translation>الدليل الإرشادي</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="518" />
        <source>The vault is open: secrets are kept in the operating system's keyring.</source>
        <translation>الخزنة مفتوحة: تُحفظ البيانات السرية في سلسلة المفاتيح في نظام التشغيل.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="526" />
        <source>The vault is locked: passwords and 2FA codes cannot be used. Why: %1. The account records can still be edited; nothing secret is written anywhere else.</source>
        <translation>الخزنة مقفلة: لا يمكن استخدام كلمات المرور ورموز التحقق بخطوتين. السبب: %1. لا يزال بالإمكان تعديل سجلات الحسابات؛ ولا تُكتب أي بيانات سرية في أي مكان آخر.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="529" />
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="538" />
        <source>C&amp;hange password…</source>
        <translation>&amp;تغيير كلمة المرور…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="538" />
        <source>Set &amp;password…</source>
        <translation>&amp;تعيين كلمة المرور…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="544" />
        <source>Replace 2FA &amp;key…</source>
        <translation>ا&amp;ستبدال مفتاح التحقق…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="544" />
        <source>Add 2FA &amp;key…</source>
        <translation>إ&amp;ضافة مفتاح التحقق بخطوتين…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="561" />
        <location filename="../app/ui/pages/accounts.py" line="572" />
        <source>Locked</source>
        <translation>مقفلة</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="563" />
        <source>No 2FA key stored</source>
        <translation>لا يوجد مفتاح تحقق بخطوتين محفوظ</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="564" />
        <source>Two-factor code: none</source>
        <translation>رمز التحقق بخطوتين: لا يوجد</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="574" />
        <source>Not stored</source>
        <translation>غير محفوظ</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="584" />
        <source>Password shown</source>
        <translation>كلمة المرور ظاهرة</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="584" />
        <source>Password hidden</source>
        <translation>كلمة المرور مخفية</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="589" />
        <location filename="../app/ui/pages/accounts.py" line="948" />
        <source>&amp;Hide</source>
        <translation>إ&amp;خفاء</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="589" />
        <location filename="../app/ui/pages/accounts.py" line="948" />
        <source>&amp;Reveal</source>
        <translation>إ&amp;ظهار</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="605" />
        <source>No code</source>
        <translation>لا يوجد رمز</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="614" />
        <source>Two-factor code: %1</source>
        <translation>رمز التحقق بخطوتين: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/accounts.py" line="615" />
        <source>Renews in %n second(s)</source>
        <translation>
            <numerusform>يتجدد الآن</numerusform>
            <numerusform>يتجدد بعد ثانية واحدة</numerusform>
            <numerusform>يتجدد بعد ثانيتين</numerusform>
            <numerusform>يتجدد بعد %n ثوانٍ</numerusform>
            <numerusform>يتجدد بعد %n ثانية</numerusform>
            <numerusform>يتجدد بعد %n ثانية</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="650" />
        <source>Password copied</source>
        <translation>نُسخت كلمة المرور</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="662" />
        <source>2FA code copied</source>
        <translation>نُسخ رمز التحقق بخطوتين</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/accounts.py" line="667" />
        <source>%1; the clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>%1؛ ستُمسح الحافظة الآن.</numerusform>
            <numerusform>%1؛ ستُمسح الحافظة بعد ثانية واحدة.</numerusform>
            <numerusform>%1؛ ستُمسح الحافظة بعد ثانيتين.</numerusform>
            <numerusform>%1؛ ستُمسح الحافظة بعد %n ثوانٍ.</numerusform>
            <numerusform>%1؛ ستُمسح الحافظة بعد %n ثانية.</numerusform>
            <numerusform>%1؛ ستُمسح الحافظة بعد %n ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="674" />
        <source>The clipboard was cleared.</source>
        <translation>مُسحت الحافظة.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="697" />
        <source>Remove the 2FA key</source>
        <translation>إزالة مفتاح التحقق بخطوتين</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="699" />
        <source>Remove the two-factor key of %1 from the keyring? Bayan will no longer show its codes.</source>
        <translation>هل تريد إزالة مفتاح التحقق بخطوتين للحساب %1 من سلسلة المفاتيح؟ لن يعرض «بيان» رموزه بعد ذلك.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="800" />
        <source>Delete the account</source>
        <translation>حذف الحساب</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="802" />
        <source>Delete %1 with its administrators, incidents, password and 2FA key? This cannot be undone. An account no longer used can be marked “not in use” instead.</source>
        <translation>هل تريد حذف %1 مع مسؤوليه وحوادثه وكلمة مروره ومفتاح التحقق بخطوتين الخاص به؟ لا يمكن التراجع عن ذلك. يمكنك بدلًا من ذلك وضع علامة «غير مستخدم» على الحساب الذي لم يعد مستخدمًا.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="827" />
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="829" />
        <source>Closed %1</source>
        <translation>أُغلقت في %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="860" />
        <source>Account compromised</source>
        <translation>حساب مخترق</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="861" />
        <source>Start the guideline's procedure for %1. What happened (optional)?</source>
        <translation>بدء إجراء الدليل الإرشادي للحساب %1. ماذا حدث (اختياري)؟</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="913" />
        <source>Not done</source>
        <translation>لم يتم</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="914" />
        <source>That did not work: %1</source>
        <translation>تعذّر ذلك: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="927" />
        <location filename="../app/ui/pages/accounts.py" line="935" />
        <source>Official accounts</source>
        <translation>الحسابات الرسمية</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="930" />
        <source>Who administers each account, when its password is due for a change, and its 2FA codes. Passwords and 2FA keys stay in the operating system's keyring.</source>
        <translation>من يدير كل حساب، وموعد تغيير كلمة مروره، ورموز التحقق بخطوتين الخاصة به. تبقى كلمات المرور ومفاتيح التحقق بخطوتين في سلسلة المفاتيح في نظام التشغيل.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="934" />
        <source>&amp;New account…</source>
        <translation>حساب &amp;جديد…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="938" />
        <source>Platform</source>
        <translation>المنصة</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="939" />
        <source>Handle</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="940" />
        <source>2FA</source>
        <translation>التحقق بخطوتين</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="941" />
        <source>Next change</source>
        <translation>التغيير التالي</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="945" />
        <source>No official accounts yet. Add one with “New account…”.</source>
        <translation>لا توجد حسابات رسمية بعد. أضف حسابًا عبر «حساب جديد…».</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="946" />
        <source>Vault</source>
        <translation>الخزنة</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="947" />
        <source>Password:</source>
        <translation>كلمة المرور:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="949" />
        <source>Show or hide the password</source>
        <translation>إظهار كلمة المرور أو إخفاؤها</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="950" />
        <source>&amp;Copy password</source>
        <translation>&amp;نسخ كلمة المرور</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="952" />
        <source>Copy the password; the clipboard is cleared after 20 seconds</source>
        <translation>نسخ كلمة المرور؛ تُمسح الحافظة بعد 20 ثانية</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="954" />
        <source>2FA code:</source>
        <translation>رمز التحقق بخطوتين:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="955" />
        <source>Copy c&amp;ode</source>
        <translation>نسخ ال&amp;رمز</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="957" />
        <source>Copy the current code; the clipboard is cleared after 20 seconds</source>
        <translation>نسخ الرمز الحالي؛ تُمسح الحافظة بعد 20 ثانية</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="959" />
        <source>Remove 2FA key</source>
        <translation>إزالة مفتاح التحقق</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="960" />
        <source>Actions</source>
        <translation>الإجراءات</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="961" />
        <source>&amp;Edit account…</source>
        <translation>ت&amp;عديل الحساب…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="962" />
        <source>Password changed &amp;today</source>
        <translation>غُيّرت كلمة المرور ال&amp;يوم</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="964" />
        <source>Record that the password was changed today: the rotation clock restarts</source>
        <translation>تسجيل أن كلمة المرور غُيّرت اليوم: يبدأ احتساب موعد التغيير التالي من جديد</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="966" />
        <source>Privacy settings re&amp;viewed</source>
        <translation>تمت &amp;مراجعة إعدادات الخصوصية</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="968" />
        <source>Record that the privacy and security settings were reviewed today</source>
        <translation>تسجيل أن إعدادات الخصوصية والأمان رُوجعت اليوم</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="970" />
        <source>Account co&amp;mpromised…</source>
        <translation>&amp;اختراق الحساب…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="972" />
        <source>Start the guideline's procedure for a hacked account</source>
        <translation>بدء إجراء الدليل الإرشادي للحساب المخترق</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="974" />
        <source>&amp;Delete account…</source>
        <translation>&amp;حذف الحساب…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="975" />
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="977" />
        <source>Platform:</source>
        <translation>المنصة:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="978" />
        <source>Handle:</source>
        <translation>المعرّف:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="979" />
        <source>URL:</source>
        <translation>الرابط:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="980" />
        <source>Official e-mail:</source>
        <translation>البريد الإلكتروني الرسمي:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="981" />
        <source>Verification badge:</source>
        <translation>شارة التوثيق:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="982" />
        <source>Two-factor authentication:</source>
        <translation>التحقق بخطوتين:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="983" />
        <source>In use:</source>
        <translation>قيد الاستخدام:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="984" />
        <source>X Premium:</source>
        <translation>إكس بريميوم:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="985" />
        <source>Password last changed:</source>
        <translation>آخر تغيير لكلمة المرور:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="986" />
        <source>Next change due:</source>
        <translation>موعد التغيير التالي:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="987" />
        <source>Password rotation:</source>
        <translation>تغيير كلمة المرور دوريًا:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="988" />
        <source>Privacy settings reviewed:</source>
        <translation>مراجعة إعدادات الخصوصية:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="989" />
        <source>Notes:</source>
        <translation>ملاحظات:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="993" />
        <location filename="../app/ui/pages/accounts.py" line="994" />
        <source>Administrators</source>
        <translation>المسؤولون</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="996" />
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="996" />
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="996" />
        <source>Rights</source>
        <translation>الصلاحيات</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="996" />
        <source>Agency</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="998" />
        <source>Incidents</source>
        <translation>الحوادث</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="999" />
        <source>Incidents of this account</source>
        <translation>حوادث هذا الحساب</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="1001" />
        <source>Started</source>
        <translation>البدء</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="1001" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="1001" />
        <source>What happened</source>
        <translation>ما حدث</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="1003" />
        <source>Open &amp;incident</source>
        <translation>&amp;فتح الحادثة</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="1004" />
        <source>No incidents recorded for this account.</source>
        <translation>لا حوادث مسجّلة لهذا الحساب.</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../app/ui/pages/calendar.py" line="286" />
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/calendar.py" line="287" />
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/calendar.py" line="288" />
        <source>Previous month or week (Page Up)</source>
        <translation>الشهر أو الأسبوع السابق (Page Up)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/calendar.py" line="289" />
        <source>Next month or week (Page Down)</source>
        <translation>الشهر أو الأسبوع التالي (Page Down)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/calendar.py" line="290" />
        <source>&amp;Today</source>
        <translation>ال&amp;يوم</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/calendar.py" line="291" />
        <source>Go to today (Home)</source>
        <translation>الانتقال إلى اليوم (Home)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/calendar.py" line="292" />
        <source>&amp;Month</source>
        <translation>&amp;شهر</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/calendar.py" line="293" />
        <source>&amp;Week</source>
        <translation>أ&amp;سبوع</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/calendar.py" line="294" />
        <source>A&amp;genda</source>
        <translation>جدول الأ&amp;عمال</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/calendar.py" line="297" />
        <source>%1 view</source>
        <translation>عرض %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/calendar.py" line="299" />
        <source>&amp;Hijri dates</source>
        <translation>التواريخ ال&amp;هجرية</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/calendar.py" line="300" />
        <source>Show the Hijri (Umm al-Qura) date beside each day</source>
        <translation>إظهار التاريخ الهجري (تقويم أم القرى) بجانب كل يوم</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/calendar.py" line="301" />
        <source>&amp;New post</source>
        <translation>منشور &amp;جديد</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/calendar.py" line="302" />
        <source>A new post on the focused day (Ctrl+N)</source>
        <translation>منشور جديد في اليوم المحدد (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/calendar.py" line="303" />
        <source>Export .ics…</source>
        <translation>تصدير ‎.ics‎…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/calendar.py" line="305" />
        <source>Save the posts shown, with the filters, as an iCalendar file</source>
        <translation>حفظ المنشورات المعروضة، وفق عوامل التصفية، في ملف iCalendar</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/calendar.py" line="309" />
        <location filename="../app/ui/pages/calendar.py" line="315" />
        <source>Event</source>
        <translation>فعالية</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/calendar.py" line="310" />
        <location filename="../app/ui/pages/calendar.py" line="316" />
        <source>Quiet period</source>
        <translation>فترة توقف عن النشر</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/calendar.py" line="311" />
        <source>Agenda</source>
        <translation>جدول الأعمال</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/calendar.py" line="313" />
        <source>%1 (today)</source>
        <translation>%1 (اليوم)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/calendar.py" line="314" />
        <source>%Ln post(s)</source>
        <translation>
            <numerusform>لا منشورات</numerusform>
            <numerusform>منشور واحد</numerusform>
            <numerusform>منشوران</numerusform>
            <numerusform>%Ln منشورات</numerusform>
            <numerusform>%Ln منشورًا</numerusform>
            <numerusform>%Ln منشور</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/calendar.py" line="429" />
        <source>%Ln post(s) shown</source>
        <translation>
            <numerusform>لا منشورات معروضة</numerusform>
            <numerusform>منشور واحد معروض</numerusform>
            <numerusform>منشوران معروضان</numerusform>
            <numerusform>%Ln منشورات معروضة</numerusform>
            <numerusform>%Ln منشورًا معروضًا</numerusform>
            <numerusform>%Ln منشور معروض</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/calendar.py" line="468" />
        <source>%1 AH</source>
        <translation>%1 هـ</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/calendar.py" line="482" />
        <source>Calendar, %1</source>
        <translation>التقويم، %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/calendar.py" line="551" />
        <source>That post no longer exists.</source>
        <translation>ذلك المنشور لم يعد موجودًا.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/calendar.py" line="556" />
        <source>A post that is %1 cannot be moved: it is part of the record.</source>
        <translation>لا يمكن نقل منشور حالته «%1»: فهو جزء من السجل.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/calendar.py" line="574" />
        <source>The post was not moved: %1</source>
        <translation>لم يُنقل المنشور: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/calendar.py" line="577" />
        <source>Moved to %1.</source>
        <translation>نُقل إلى %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/calendar.py" line="599" />
        <source>Export the calendar</source>
        <translation>تصدير التقويم</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/calendar.py" line="601" />
        <source>iCalendar files (*.ics)</source>
        <translation>ملفات iCalendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/calendar.py" line="611" />
        <source>Nothing was exported: %1</source>
        <translation>لم يُصدَّر شيء: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/calendar.py" line="614" />
        <source>%Ln post(s) exported to %1.</source>
        <translation>
            <numerusform>لم يُصدَّر أي منشور إلى %1.</numerusform>
            <numerusform>صُدِّر منشور واحد إلى %1.</numerusform>
            <numerusform>صُدِّر منشوران إلى %1.</numerusform>
            <numerusform>صُدِّرت %Ln منشورات إلى %1.</numerusform>
            <numerusform>صُدِّر %Ln منشورًا إلى %1.</numerusform>
            <numerusform>صُدِّر %Ln منشور إلى %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <location filename="../app/ui/editor/checklist_panel.py" line="212" />
        <source>Checklist findings</source>
        <translation>ملاحظات قائمة التحقق</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/checklist_panel.py" line="213" />
        <source>Sh&amp;ow in text</source>
        <translation>إ&amp;ظهار في النص</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/checklist_panel.py" line="214" />
        <source>&amp;Fix</source>
        <translation>&amp;إصلاح</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/checklist_panel.py" line="215" />
        <source>Apply the suggested fix to the selected finding</source>
        <translation>تطبيق الإصلاح المقترح على الملاحظة المحددة</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/checklist_panel.py" line="216" />
        <source>Why the warnings are acceptable</source>
        <translation>لماذا التحذيرات مقبولة</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/checklist_panel.py" line="217" />
        <source>Confirm before submitting</source>
        <translation>أكّد قبل الإرسال</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/checklist_panel.py" line="219" />
        <location filename="../app/ui/editor/checklist_panel.py" line="354" />
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/checklist_panel.py" line="220" />
        <location filename="../app/ui/editor/checklist_panel.py" line="355" />
        <source>A short justification, kept with the post</source>
        <translation>مبرر موجز يُحفظ مع المنشور</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/checklist_panel.py" line="221" />
        <location filename="../app/ui/editor/checklist_panel.py" line="356" />
        <source>Justification for %1</source>
        <translation>مبرر %1</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/checklist_panel.py" line="224" />
        <location filename="../app/ui/editor/checklist_panel.py" line="379" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/checklist_panel.py" line="239" />
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/checklist_panel.py" line="253" />
        <source>No findings: the automatic checks pass.</source>
        <translation>لا ملاحظات: اجتاز المنشور الفحوص التلقائية.</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/checklist_panel.py" line="256" />
        <source>Blockers: %1 · Warnings: %2 · Tips: %3</source>
        <translation>موانع: %1 · تحذيرات: %2 · تلميحات: %3</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/checklist_panel.py" line="294" />
        <source>Select a finding to see it in the text.</source>
        <translation>حدّد ملاحظة لرؤيتها في النص.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="131" />
        <source>Consent record</source>
        <translation>سجل الموافقة</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="133" />
        <source>&amp;Person:</source>
        <translation>ال&amp;شخص:</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="134" />
        <source>&amp;Given on:</source>
        <translation>&amp;تاريخ الموافقة:</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="135" />
        <source>&amp;For what use:</source>
        <translation>&amp;غرض الاستخدام:</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="136" />
        <source>&amp;Expires:</source>
        <translation>تنت&amp;هي في:</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="137" />
        <source>Guar&amp;dian:</source>
        <translation>ولي الأ&amp;مر:</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="138" />
        <source>Doc&amp;ument:</source>
        <translation>ال&amp;وثيقة:</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="142" />
        <source>Has an end date</source>
        <translation>لها تاريخ انتهاء</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="143" />
        <source>The person is a minor (consent from a guardian)</source>
        <translation>الشخص قاصر (الموافقة من وليّ الأمر)</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="144" />
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="145" />
        <source>Choose the consent document</source>
        <translation>اختيار مستند الموافقة</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="148" />
        <source>Consent document</source>
        <translation>مستند الموافقة</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="155" />
        <source>Enter the name of the person who gave consent.</source>
        <translation>أدخل اسم الشخص الذي منح الموافقة.</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="159" />
        <source>A minor's consent comes from a guardian: name them.</source>
        <translation>موافقة القاصر يمنحها وليّ الأمر: أدخل اسمه.</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="164" />
        <source>There is no file at %1.</source>
        <translation>لا يوجد ملف في %1.</translation>
    </message>
</context>
<context>
    <name>CountersPanel</name>
    <message>
        <location filename="../app/ui/editor/counters_panel.py" line="55" />
        <source>Platform</source>
        <translation>المنصة</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/counters_panel.py" line="55" />
        <location filename="../app/ui/editor/counters_panel.py" line="117" />
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/counters_panel.py" line="55" />
        <location filename="../app/ui/editor/counters_panel.py" line="117" />
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/counters_panel.py" line="57" />
        <source>Length on each platform</source>
        <translation>الطول على كل منصة</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/counters_panel.py" line="99" />
        <source>%1/%2 bytes</source>
        <translation>%1/%2 بايت</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/counters_panel.py" line="101" />
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/counters_panel.py" line="107" />
        <source>%1 — over by %2</source>
        <translation>%1 — زيادة بمقدار %2</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../app/ui/pages/dashboard.py" line="171" />
        <source>Dashboard</source>
        <translation>لوحة المتابعة</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/dashboard.py" line="172" />
        <source>&amp;Refresh</source>
        <translation>&amp;تحديث</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/dashboard.py" line="173" />
        <source>Read the figures again from the workspace</source>
        <translation>قراءة الأرقام من جديد من مساحة العمل</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/dashboard.py" line="174" />
        <source>Posts this month by state</source>
        <translation>منشورات هذا الشهر حسب الحالة</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/dashboard.py" line="175" />
        <source>Next 7 days</source>
        <translation>الأيام السبعة القادمة</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/dashboard.py" line="177" />
        <source>Posts, events and quiet periods of the next 7 days</source>
        <translation>المنشورات والفعاليات وفترات التوقف في الأيام السبعة القادمة</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/dashboard.py" line="181" />
        <source>When</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/dashboard.py" line="182" />
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/dashboard.py" line="183" />
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/dashboard.py" line="184" />
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/dashboard.py" line="185" />
        <source>Platforms</source>
        <translation>المنصات</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/dashboard.py" line="188" />
        <source>Nothing is planned for the next 7 days.</source>
        <translation>لا شيء مخطط له في الأيام السبعة القادمة.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/dashboard.py" line="189" />
        <source>Accounts: reminders</source>
        <translation>الحسابات: تذكيرات</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/dashboard.py" line="202" />
        <source>Today is %1 · figures for %2</source>
        <translation>اليوم %1 · أرقام شهر %2</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/dashboard.py" line="205" />
        <source>Posts scheduled this month</source>
        <translation>منشورات مجدولة هذا الشهر</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/dashboard.py" line="206" />
        <source>Waiting for approval</source>
        <translation>بانتظار الاعتماد</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/dashboard.py" line="207" />
        <source>Open inquiries</source>
        <translation>استفسارات مفتوحة</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/dashboard.py" line="209" />
        <source>Inquiries not yet answered</source>
        <translation>استفسارات لم يُردّ عليها بعد</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/dashboard.py" line="225" />
        <source>%1: %2, %3</source>
        <translation>%1: %2، %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/dashboard.py" line="229" />
        <source>and %n more on the Accounts page</source>
        <translation>
            <numerusform>ولا تذكيرات أخرى في صفحة الحسابات</numerusform>
            <numerusform>وتذكير آخر في صفحة الحسابات</numerusform>
            <numerusform>وتذكيران آخران في صفحة الحسابات</numerusform>
            <numerusform>و%n تذكيرات أخرى في صفحة الحسابات</numerusform>
            <numerusform>و%n تذكيرًا آخر في صفحة الحسابات</numerusform>
            <numerusform>و%n تذكير آخر في صفحة الحسابات</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/dashboard.py" line="230" />
        <source>No account needs attention.</source>
        <translation>لا يوجد حساب يحتاج إلى متابعة.</translation>
    </message>
</context>
<context>
    <name>DayGrid</name>
    <message>
        <location filename="../app/ui/calendar/day_grid.py" line="178" />
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location filename="../app/ui/calendar/day_grid.py" line="182" />
        <source>Calendar days</source>
        <translation>أيام التقويم</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/calendar/day_grid.py" line="189" />
        <source>+%Ln more</source>
        <translation>
            <numerusform>+%Ln</numerusform>
            <numerusform>+%Ln آخر</numerusform>
            <numerusform>+%Ln آخران</numerusform>
            <numerusform>+%Ln أخرى</numerusform>
            <numerusform>+%Ln أخرى</numerusform>
            <numerusform>+%Ln أخرى</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/calendar/day_grid.py" line="647" />
        <source>%1 (today)</source>
        <translation>%1 (اليوم)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/calendar/day_grid.py" line="658" />
        <source>%Ln post(s): %1</source>
        <translation>
            <numerusform>لا منشورات: %1</numerusform>
            <numerusform>منشور واحد: %1</numerusform>
            <numerusform>منشوران: %1</numerusform>
            <numerusform>%Ln منشورات: %1</numerusform>
            <numerusform>%Ln منشورًا: %1</numerusform>
            <numerusform>%Ln منشور: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/calendar/day_grid.py" line="660" />
        <source>no posts</source>
        <translation>لا منشورات</translation>
    </message>
    <message>
        <location filename="../app/ui/calendar/day_grid.py" line="662" />
        <location filename="../app/ui/calendar/day_grid.py" line="695" />
        <source>Quiet period</source>
        <translation>فترة توقف عن النشر</translation>
    </message>
    <message>
        <location filename="../app/ui/calendar/day_grid.py" line="662" />
        <location filename="../app/ui/calendar/day_grid.py" line="695" />
        <source>Event</source>
        <translation>فعالية</translation>
    </message>
    <message>
        <location filename="../app/ui/calendar/day_grid.py" line="681" />
        <source>State: %1</source>
        <translation>الحالة: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/calendar/day_grid.py" line="682" />
        <source>Platforms: %1</source>
        <translation>المنصات: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/calendar/day_grid.py" line="698" />
        <source>Show every post of this day (Space)</source>
        <translation>عرض كل منشورات هذا اليوم (Space)</translation>
    </message>
    <message>
        <location filename="../app/ui/calendar/day_grid.py" line="814" />
        <source>Open this post</source>
        <translation>فتح هذا المنشور</translation>
    </message>
    <message>
        <location filename="../app/ui/calendar/day_grid.py" line="815" />
        <source>New post on this day</source>
        <translation>منشور جديد في هذا اليوم</translation>
    </message>
    <message>
        <location filename="../app/ui/calendar/day_grid.py" line="816" />
        <source>Show every post of this day</source>
        <translation>عرض كل منشورات هذا اليوم</translation>
    </message>
</context>
<context>
    <name>DayPostsDialog</name>
    <message>
        <location filename="../app/ui/pages/calendar.py" line="116" />
        <source>&amp;New post on this day</source>
        <translation>منشور &amp;جديد في هذا اليوم</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../app/ui/dialogs.py" line="18" />
        <source>Welcome to Bayan</source>
        <translation>مرحبًا بك في «بيان»</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs.py" line="20" />
        <source>There is no Bayan workspace in this folder yet:</source>
        <translation>لا توجد مساحة عمل لـ«بيان» في هذا المجلد بعد:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs.py" line="24" />
        <source>Start with an empty workspace for your organisation, or look around first in a workspace filled with fictional demo data.</source>
        <translation>ابدأ بمساحة عمل فارغة لمؤسستك، أو تجوّل أولًا في مساحة عمل مملوءة ببيانات تجريبية متخيَّلة.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs.py" line="31" />
        <source>Create an &amp;empty workspace</source>
        <translation>إنشاء مساحة عمل &amp;فارغة</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs.py" line="35" />
        <source>Fill it with &amp;demo data</source>
        <translation>ملؤها ببيانات &amp;تجريبية</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs.py" line="38" />
        <location filename="../app/ui/dialogs.py" line="92" />
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs.py" line="59" />
        <source>The workspace's database is damaged</source>
        <translation>قاعدة بيانات مساحة العمل تالفة</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs.py" line="61" />
        <source>Bayan's check of %1 found damage while the workspace was open.</source>
        <translation>وجد فحص «بيان» للملف %1 تلفًا أثناء فتح مساحة العمل.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs.py" line="65" />
        <source>Bayan cannot open %1: the file is damaged.</source>
        <translation>لا يستطيع «بيان» فتح %1: الملف تالف.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs.py" line="67" />
        <source>What SQLite reported: %1</source>
        <translation>ما أبلغ عنه SQLite: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs.py" line="71" />
        <source>Bayan has not changed the file.</source>
        <translation>لم يغيّر «بيان» شيئًا في الملف.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs.py" line="75" />
        <source>The newest backup that passes the integrity check is %1, made %2. Restoring it keeps the damaged file aside in backups/.</source>
        <translation>أحدث نسخة احتياطية تجتاز فحص السلامة هي %1، أُنشئت في %2. استعادتها تحتفظ بالملف التالف جانبًا في ‎backups/‎.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs.py" line="83" />
        <source>&amp;Restore that backup</source>
        <translation>ا&amp;ستعادة تلك النسخة</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs.py" line="87" />
        <source>No intact backup was found in the workspace's backups folder.</source>
        <translation>لم يُعثر على نسخة احتياطية سليمة في مجلد النسخ الاحتياطية لمساحة العمل.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs.py" line="102" />
        <source>Workspace from a newer Bayan</source>
        <translation>مساحة عمل من إصدار أحدث من «بيان»</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs.py" line="103" />
        <source>This workspace was written by a newer version of Bayan. Install that version to open it; this one has changed nothing.</source>
        <translation>كُتبت مساحة العمل هذه بإصدار أحدث من «بيان». ثبّت ذلك الإصدار لفتحها؛ ولم يغيّر هذا الإصدار فيها شيئًا.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs.py" line="110" />
        <source>The workspace is in use</source>
        <translation>مساحة العمل قيد الاستخدام</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs.py" line="111" />
        <source>This workspace is already open in another Bayan window. Switch to that window, or close it and start Bayan again.</source>
        <translation>مساحة العمل هذه مفتوحة في نافذة أخرى من «بيان». انتقل إلى تلك النافذة، أو أغلقها ثم شغّل «بيان» من جديد.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs.py" line="118" />
        <source>The backup was not restored</source>
        <translation>لم تُستعد النسخة الاحتياطية</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs.py" line="119" />
        <source>The backup could not be restored; the workspace was left as it was.</source>
        <translation>تعذّرت استعادة النسخة الاحتياطية، وبقيت مساحة العمل كما كانت.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs.py" line="125" />
        <source>Bayan cannot open the workspace</source>
        <translation>لا يستطيع «بيان» فتح مساحة العمل</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs.py" line="126" />
        <source>Bayan cannot open the workspace.</source>
        <translation>لا يستطيع «بيان» فتح مساحة العمل.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs.py" line="138" />
        <source>Details: %1</source>
        <translation>التفاصيل: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs.py" line="146" />
        <source>Something went wrong</source>
        <translation>حدث خطأ ما</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs.py" line="147" />
        <source>Something went wrong inside Bayan. Your saved work is safe. The details are in the log file %1; please send it to whoever supports Bayan for you.</source>
        <translation>حدث خطأ داخل «بيان». عملك المحفوظ في أمان. التفاصيل في ملف السجل %1؛ يُرجى إرساله إلى من يتولى دعم «بيان» لديكم.</translation>
    </message>
</context>
<context>
    <name>EditorMessages</name>
    <message>
        <location filename="../app/ui/editor/messages.py" line="16" />
        <source>This post no longer exists.</source>
        <translation>هذا المنشور لم يعد موجودًا.</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/messages.py" line="17" />
        <source>This post is published, archived or withdrawn: it is kept as it is. Duplicate it to write a new one.</source>
        <translation>نُشر هذا المنشور أو أُرشف أو سُحب: يُحفظ كما هو. استنسخه لكتابة منشور جديد.</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/messages.py" line="22" />
        <source>A field has a value Bayan cannot keep.</source>
        <translation>أحد الحقول فيه قيمة لا يستطيع «بيان» حفظها.</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/messages.py" line="23" />
        <source>The file cannot be attached.</source>
        <translation>تعذّر إرفاق الملف.</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/messages.py" line="24" />
        <source>The post cannot change to that state now.</source>
        <translation>لا يمكن نقل المنشور إلى تلك الحالة الآن.</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/messages.py" line="27" />
        <source>The post cannot be submitted for approval yet.</source>
        <translation>لا يمكن إرسال المنشور للاعتماد بعد.</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/messages.py" line="31" />
        <source>Bayan could not store the post.</source>
        <translation>تعذّر على «بيان» حفظ المنشور.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../app/ui/filters.py" line="175" />
        <source>Platforms</source>
        <translation>المنصات</translation>
    </message>
    <message>
        <location filename="../app/ui/filters.py" line="176" />
        <source>States</source>
        <translation>الحالات</translation>
    </message>
    <message>
        <location filename="../app/ui/filters.py" line="177" />
        <source>Campaigns</source>
        <translation>الحملات</translation>
    </message>
    <message>
        <location filename="../app/ui/filters.py" line="178" />
        <source>Pillars</source>
        <translation>المحاور</translation>
    </message>
    <message>
        <location filename="../app/ui/filters.py" line="180" />
        <source>any</source>
        <translation>الكل</translation>
    </message>
    <message>
        <location filename="../app/ui/filters.py" line="181" />
        <source>%1 chosen</source>
        <translation>%1 محددة</translation>
    </message>
    <message>
        <location filename="../app/ui/filters.py" line="182" />
        <source>Any (clear the ticks)</source>
        <translation>الكل (إزالة علامات التحديد)</translation>
    </message>
    <message>
        <location filename="../app/ui/filters.py" line="183" />
        <source>Show posts for any of the ticked platforms</source>
        <translation>عرض المنشورات لأيٍّ من المنصات المحددة</translation>
    </message>
    <message>
        <location filename="../app/ui/filters.py" line="184" />
        <source>Show posts in any of the ticked states</source>
        <translation>عرض المنشورات في أيٍّ من الحالات المحددة</translation>
    </message>
    <message>
        <location filename="../app/ui/filters.py" line="185" />
        <source>Show posts of any of the ticked campaigns</source>
        <translation>عرض منشورات أيٍّ من الحملات المحددة</translation>
    </message>
    <message>
        <location filename="../app/ui/filters.py" line="186" />
        <source>Show posts of any of the ticked content pillars</source>
        <translation>عرض منشورات أيٍّ من محاور المحتوى المحددة</translation>
    </message>
    <message>
        <location filename="../app/ui/filters.py" line="194" />
        <source>Clear filters</source>
        <translation>مسح عوامل التصفية</translation>
    </message>
    <message>
        <location filename="../app/ui/filters.py" line="195" />
        <source>Show every post again</source>
        <translation>عرض كل المنشورات مجددًا</translation>
    </message>
    <message>
        <location filename="../app/ui/filters.py" line="196" />
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../app/ui/filters.py" line="197" />
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../app/ui/filters.py" line="198" />
        <source>First day shown</source>
        <translation>أول يوم معروض</translation>
    </message>
    <message>
        <location filename="../app/ui/filters.py" line="199" />
        <source>Last day shown</source>
        <translation>آخر يوم معروض</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../app/ui/editor/history.py" line="155" />
        <source>Revision history</source>
        <translation>سجل النسخ</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/history.py" line="156" />
        <source>&amp;Earlier revision:</source>
        <translation>النسخة الأ&amp;قدم:</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/history.py" line="157" />
        <source>&amp;Later revision:</source>
        <translation>النسخة الأ&amp;حدث:</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/history.py" line="158" />
        <source>Show &amp;unchanged fields too</source>
        <translation>إظهار الحقول &amp;غير المتغيرة أيضًا</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/history.py" line="161" />
        <source>Struck through: removed in the later revision. Underlined: added in it. Each changed field is marked “changed”.</source>
        <translation>المشطوب: حُذف في النسخة الأحدث. المسطَّر: أُضيف فيها. يُوسم كل حقل تغيّر بكلمة «تغيّر».</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/history.py" line="165" />
        <source>Earlier revision</source>
        <translation>النسخة الأقدم</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/history.py" line="166" />
        <source>Later revision</source>
        <translation>النسخة الأحدث</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/history.py" line="167" />
        <source>This post has only one revision so far.</source>
        <translation>لهذا المنشور نسخة واحدة فقط حتى الآن.</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/history.py" line="172" />
        <source>created</source>
        <translation>أُنشئ</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/history.py" line="173" />
        <source>saved</source>
        <translation>حُفظ</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/history.py" line="174" />
        <source>saved automatically</source>
        <translation>حُفظ تلقائيًا</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/history.py" line="175" />
        <source>rescheduled</source>
        <translation>أُعيدت جدولته</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/history.py" line="176" />
        <source>withdrawn</source>
        <translation>سُحب</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/history.py" line="177" />
        <source>media changed</source>
        <translation>تغيّرت الوسائط</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/history.py" line="178" />
        <source>media attached</source>
        <translation>أُرفقت وسائط</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/history.py" line="179" />
        <source>media removed</source>
        <translation>أُزيلت وسائط</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/history.py" line="180" />
        <source>submitted for approval</source>
        <translation>أُرسل للاعتماد</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/history.py" line="181" />
        <source>made as a copy</source>
        <translation>أُنشئ نسخةً</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/history.py" line="182" />
        <source>re-used from an evergreen post</source>
        <translation>أُعيد استخدامه من منشور صالح لكل وقت</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/history.py" line="183" />
        <source>repeated</source>
        <translation>كُرِّر</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/history.py" line="187" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/history.py" line="246" />
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/history.py" line="247" />
        <source>English title</source>
        <translation>العنوان بالإنجليزية</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/history.py" line="248" />
        <source>Arabic text</source>
        <translation>النص العربي</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/history.py" line="249" />
        <source>English text</source>
        <translation>النص الإنجليزي</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/history.py" line="250" />
        <source>Platforms</source>
        <translation>المنصات</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/history.py" line="251" />
        <source>Scheduled</source>
        <translation>موعد النشر</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/history.py" line="252" />
        <source>Link</source>
        <translation>الرابط</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/history.py" line="253" />
        <source>Source references</source>
        <translation>المصادر المرجعية</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/history.py" line="254" />
        <source>Per-platform texts</source>
        <translation>نصوص خاصة بكل منصة</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/history.py" line="255" />
        <source>Media</source>
        <translation>الوسائط</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/history.py" line="256" />
        <source>Evergreen</source>
        <translation>صالح لكل وقت</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/history.py" line="257" />
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/history.py" line="258" />
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/history.py" line="300" />
        <source>%1 attached</source>
        <translation>أُرفق %1</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/history.py" line="309" />
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/history.py" line="309" />
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/history.py" line="320" />
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/history.py" line="320" />
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/history.py" line="326" />
        <source>%1 — own text (%2)</source>
        <translation>%1 — نص خاص (%2)</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/history.py" line="335" />
        <source>changed</source>
        <translation>تغيّر</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/history.py" line="335" />
        <source>unchanged</source>
        <translation>لم يتغيّر</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/history.py" line="341" />
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
</context>
<context>
    <name>ImportErrorsDialog</name>
    <message>
        <location filename="../app/ui/pages/posts.py" line="197" />
        <source>Import refused</source>
        <translation>رُفض الاستيراد</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/posts.py" line="201" />
        <source>Nothing was imported from %1. Correct these rows and try again:</source>
        <translation>لم يُستورد شيء من %1. صحّح هذه الصفوف ثم أعد المحاولة:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/posts.py" line="208" />
        <source>Errors by row</source>
        <translation>الأخطاء حسب الصف</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/posts.py" line="209" />
        <source>Row %1: %2</source>
        <translation>الصف %1: %2</translation>
    </message>
</context>
<context>
    <name>IncidentWindow</name>
    <message>
        <location filename="../app/ui/accounts/incident.py" line="77" />
        <source>Note on: %1</source>
        <translation>ملاحظة على: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/incident.py" line="80" />
        <source>Note (who, what, reference)</source>
        <translation>ملاحظة (مَن، وماذا، والمرجع)</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/incident.py" line="195" />
        <source>Done %1</source>
        <translation>أُنجز في %1</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/incident.py" line="198" />
        <source>Not done yet</source>
        <translation>لم يُنجز بعد</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/incident.py" line="201" />
        <source>Started %1</source>
        <translation>بدأت في %1</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/incident.py" line="204" />
        <source>Status: open</source>
        <translation>الحالة: مفتوحة</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/incident.py" line="207" />
        <source>Status: closed %1</source>
        <translation>الحالة: أُغلقت في %1</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/incident.py" line="212" />
        <source>What happened: %1</source>
        <translation>ما حدث: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/incident.py" line="236" />
        <source>Not stored</source>
        <translation>غير محفوظ</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/incident.py" line="243" />
        <source>Write the lessons learned before closing the incident.</source>
        <translation>دوّن الدروس المستفادة قبل إغلاق الحادثة.</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/incident.py" line="258" />
        <location filename="../app/ui/accounts/incident.py" line="259" />
        <source>Compromised account: %1</source>
        <translation>حساب مخترق: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/incident.py" line="260" />
        <source>The guideline's steps</source>
        <translation>خطوات الدليل الإرشادي</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/incident.py" line="263" />
        <location filename="../app/ui/accounts/incident.py" line="264" />
        <source>Lessons learned</source>
        <translation>الدروس المستفادة</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/incident.py" line="266" />
        <source>What happened, why, and what will prevent it next time</source>
        <translation>ما حدث، ولماذا، وما الذي سيمنع تكراره</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/incident.py" line="268" />
        <source>Close the &amp;incident</source>
        <translation>إ&amp;غلاق الحادثة</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../app/ui/labels.py" line="12" />
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="13" />
        <source>In review</source>
        <translation>قيد المراجعة</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="14" />
        <source>Approved</source>
        <translation>معتمد</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="15" />
        <source>Changes requested</source>
        <translation>مطلوب تعديلات</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="16" />
        <source>Published</source>
        <translation>منشور</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="17" />
        <source>Archived</source>
        <translation>مؤرشف</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="18" />
        <source>Withdrawn</source>
        <translation>مسحوب</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="33" />
        <source>Facebook</source>
        <translation>فيسبوك</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="34" />
        <source>X</source>
        <translation>إكس</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="35" />
        <source>Instagram</source>
        <translation>إنستغرام</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="36" />
        <source>YouTube</source>
        <translation>يوتيوب</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="37" />
        <source>LinkedIn</source>
        <translation>لينكدإن</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="38" />
        <source>TikTok</source>
        <translation>تيك توك</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="39" />
        <source>Threads</source>
        <translation>ثريدز</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="40" />
        <source>Website</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="44" />
        <source>Conference</source>
        <translation>مؤتمر</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="45" />
        <source>Workshop</source>
        <translation>ورشة عمل</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="46" />
        <source>Seminar</source>
        <translation>ندوة</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="47" />
        <source>Campaign launch</source>
        <translation>إطلاق حملة</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="48" />
        <location filename="../app/ui/labels.py" line="59" />
        <source>Event</source>
        <translation>فعالية</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="52" />
        <source>Electoral silence</source>
        <translation>صمت انتخابي</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="53" />
        <source>Mourning</source>
        <translation>حداد</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="54" />
        <location filename="../app/ui/labels.py" line="60" />
        <source>Quiet period</source>
        <translation>فترة توقف عن النشر</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="58" />
        <source>Post</source>
        <translation>منشور</translation>
    </message>
</context>
<context>
    <name>Limits</name>
    <message>
        <location filename="../app/ui/pages/settings.py" line="37" />
        <source>X: post (weighted characters)</source>
        <translation>إكس: المنشور (أحرف موزونة)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="38" />
        <source>X Premium: post (weighted characters)</source>
        <translation>إكس بريميوم: المنشور (أحرف موزونة)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="39" />
        <source>Facebook: post (characters)</source>
        <translation>فيسبوك: المنشور (أحرف)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="40" />
        <source>Instagram: caption (characters)</source>
        <translation>إنستغرام: الشرح (أحرف)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="41" />
        <source>LinkedIn: post (characters)</source>
        <translation>لينكدإن: المنشور (أحرف)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="42" />
        <source>YouTube: title (characters)</source>
        <translation>يوتيوب: العنوان (أحرف)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="43" />
        <source>YouTube: description (UTF-8 bytes)</source>
        <translation>يوتيوب: الوصف (بايتات UTF-8)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="44" />
        <source>TikTok: caption (characters)</source>
        <translation>تيك توك: الشرح (أحرف)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="45" />
        <source>Threads: post (characters, emoji by UTF-8 bytes)</source>
        <translation>ثريدز: المنشور (أحرف، والرموز التعبيرية ببايتات UTF-8)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="46" />
        <source>Threads: links per post</source>
        <translation>ثريدز: الروابط في المنشور الواحد</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="47" />
        <source>Instagram: hashtags per post</source>
        <translation>إنستغرام: الوسوم في المنشور الواحد</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="48" />
        <source>YouTube: hashtags (above this all are ignored)</source>
        <translation>يوتيوب: الوسوم (إذا تجاوزت هذا العدد تُتجاهل كلها)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="51" />
        <source>House rule: hashtags per post</source>
        <translation>قاعدة المؤسسة: الوسوم في المنشور الواحد</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="52" />
        <source>X: alt text (characters)</source>
        <translation>إكس: النص البديل (أحرف)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="53" />
        <source>LinkedIn: alt text (characters)</source>
        <translation>لينكدإن: النص البديل (أحرف)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="54" />
        <source>Facebook: alt text (characters)</source>
        <translation>فيسبوك: النص البديل (أحرف)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="55" />
        <source>Instagram: alt text (characters)</source>
        <translation>إنستغرام: النص البديل (أحرف)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="56" />
        <source>Threads: alt text (characters)</source>
        <translation>ثريدز: النص البديل (أحرف)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="57" />
        <source>TikTok: alt text (characters)</source>
        <translation>تيك توك: النص البديل (أحرف)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="58" />
        <source>YouTube: alt text (characters)</source>
        <translation>يوتيوب: النص البديل (أحرف)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="59" />
        <source>Alt text: warn when longer than (characters)</source>
        <translation>النص البديل: التحذير عند تجاوز (أحرف)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/ui/main_window.py" line="162" />
        <source>Dashboard</source>
        <translation>لوحة المتابعة</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="166" />
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="163" />
        <source>Calendar</source>
        <translation>التقويم</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="164" />
        <source>Posts</source>
        <translation>المنشورات</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="165" />
        <source>Accounts</source>
        <translation>الحسابات</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="172" />
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="174" />
        <source>Sections</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="179" />
        <source>Bayan</source>
        <translation>بيان</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="182" />
        <source>Workspace: %1</source>
        <translation>مساحة العمل: %1</translation>
    </message>
</context>
<context>
    <name>MediaDialog</name>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="300" />
        <source>Attach media</source>
        <translation>إرفاق وسائط</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="300" />
        <source>Edit attachment</source>
        <translation>تعديل المرفق</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="303" />
        <source>&amp;File:</source>
        <translation>ال&amp;ملف:</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="304" />
        <source>Alt text (&amp;Arabic):</source>
        <translation>النص البديل (&amp;عربي):</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="305" />
        <source>Alt text (&amp;English):</source>
        <translation>النص البديل (إنج&amp;ليزي):</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="306" />
        <source>&amp;Credit:</source>
        <translation>الإ&amp;سناد:</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="307" />
        <source>&amp;Licence:</source>
        <translation>التر&amp;خيص:</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="308" />
        <source>Captions file (S&amp;RT or VTT):</source>
        <translation>ملف الترجمة النصية (S&amp;RT أو VTT):</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="312" />
        <source>Ch&amp;oose…</source>
        <translation>ا&amp;ختيار…</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="313" />
        <source>Choose the image or video file</source>
        <translation>اختيار ملف الصورة أو الفيديو</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="314" />
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="315" />
        <source>Choose the captions file</source>
        <translation>اختيار ملف الترجمة النصية</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="316" />
        <source>The image contains &amp;text (repeat it in the alt text)</source>
        <translation>تحتوي الصورة على &amp;نص (كرّره في النص البديل)</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="317" />
        <source>Captions are &amp;burned into the video</source>
        <translation>الترجمة النصية م&amp;دمجة في الفيديو</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="318" />
        <source>Describe what the image shows, in Arabic</source>
        <translation>صِف ما تُظهره الصورة، بالعربية</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="319" />
        <source>Describe what the image shows, in English</source>
        <translation>صِف ما تُظهره الصورة، بالإنجليزية</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="320" />
        <source>e.g. owned by the organisation, CC BY 4.0</source>
        <translation>مثلًا: مملوكة للمؤسسة، CC BY 4.0</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="321" />
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="322" />
        <source>Identifiable &amp;people appear</source>
        <translation>يظهر &amp;أشخاص يمكن التعرف عليهم</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="324" />
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="324" />
        <source>Given on</source>
        <translation>تاريخ الموافقة</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="324" />
        <source>Use</source>
        <translation>الاستخدام</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="324" />
        <source>Expires</source>
        <translation>تنتهي في</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="326" />
        <source>Consent records</source>
        <translation>سجلات الموافقة</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="327" />
        <source>Add co&amp;nsent…</source>
        <translation>إضافة مو&amp;افقة…</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="328" />
        <source>Re&amp;move consent</source>
        <translation>إزالة المو&amp;افقة</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="375" />
        <source>Attach an image or video</source>
        <translation>إرفاق صورة أو فيديو</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="377" />
        <source>Images and videos (%1);;All files (*)</source>
        <translation>الصور ومقاطع الفيديو (%1);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="386" />
        <source>Captions file</source>
        <translation>ملف الترجمة النصية</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="386" />
        <source>Captions (*.srt *.vtt);;All files (*)</source>
        <translation>الترجمة النصية (*.srt *.vtt);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="415" />
        <source>Choose the file to attach.</source>
        <translation>اختر الملف المراد إرفاقه.</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="421" />
        <source>There is no file at %1.</source>
        <translation>لا يوجد ملف في %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="470" />
        <source>Not stored: %1</source>
        <translation>لم يُحفظ: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="475" />
        <source>The file could not be read: %1</source>
        <translation>تعذّرت قراءة الملف: %1</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../app/ui/accounts/password.py" line="96" />
        <source>Password of %1</source>
        <translation>كلمة مرور %1</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/password.py" line="99" />
        <source>The password is kept in the operating system's keyring, never in the workspace. Saving it records today as the day it was changed.</source>
        <translation>تُحفظ كلمة المرور في سلسلة المفاتيح في نظام التشغيل، ولا تُحفظ أبدًا في مساحة العمل. عند حفظها يُسجَّل اليوم تاريخًا لتغييرها.</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/password.py" line="103" />
        <source>New &amp;password:</source>
        <translation>كلمة المرور ال&amp;جديدة:</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/password.py" line="104" />
        <source>New password</source>
        <translation>كلمة المرور الجديدة</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/password.py" line="105" />
        <source>S&amp;how</source>
        <translation>إ&amp;ظهار</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/password.py" line="106" />
        <source>Generator</source>
        <translation>المولّد</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/password.py" line="107" />
        <source>&amp;Length:</source>
        <translation>ال&amp;طول:</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/password.py" line="108" />
        <source>Lowercase a–z</source>
        <translation>أحرف صغيرة a–z</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/password.py" line="109" />
        <source>Uppercase A–Z</source>
        <translation>أحرف كبيرة A–Z</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/password.py" line="110" />
        <source>Digits 0–9</source>
        <translation>أرقام 0–9</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/password.py" line="111" />
        <source>Symbols</source>
        <translation>رموز</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/password.py" line="112" />
        <source>&amp;Generate</source>
        <translation>&amp;توليد</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/password.py" line="113" />
        <source>Make a random password with these settings</source>
        <translation>إنشاء كلمة مرور عشوائية بهذه الإعدادات</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/password.py" line="148" />
        <source>Type a password or make one with the generator.</source>
        <translation>اكتب كلمة مرور أو أنشئ واحدة بالمولّد.</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/password.py" line="152" />
        <source>The password starts or ends with a space; remove it.</source>
        <translation>تبدأ كلمة المرور أو تنتهي بمسافة؛ احذفها.</translation>
    </message>
</context>
<context>
    <name>PostEditor</name>
    <message>
        <location filename="../app/ui/editor/window.py" line="689" />
        <source>%1 (own text)</source>
        <translation>%1 (نص خاص)</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="709" />
        <location filename="../app/ui/editor/window.py" line="720" />
        <location filename="../app/ui/editor/window.py" line="1340" />
        <source>Arabic text</source>
        <translation>النص العربي</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="710" />
        <location filename="../app/ui/editor/window.py" line="720" />
        <location filename="../app/ui/editor/window.py" line="1341" />
        <source>English text</source>
        <translation>النص الإنجليزي</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="711" />
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="712" />
        <source>English title</source>
        <translation>العنوان بالإنجليزية</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="713" />
        <source>Link</source>
        <translation>الرابط</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="714" />
        <source>Source references</source>
        <translation>المصادر المرجعية</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="715" />
        <source>Schedule</source>
        <translation>الجدولة</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="716" />
        <source>Platforms</source>
        <translation>المنصات</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="717" />
        <source>Media</source>
        <translation>الوسائط</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="721" />
        <location filename="../app/ui/editor/window.py" line="737" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="725" />
        <source>Arabic alt text</source>
        <translation>النص البديل العربي</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="726" />
        <source>English alt text</source>
        <translation>النص البديل الإنجليزي</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="727" />
        <source>licence</source>
        <translation>الترخيص</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="728" />
        <source>credit</source>
        <translation>الإسناد</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="729" />
        <source>people</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="730" />
        <source>captions</source>
        <translation>الترجمة النصية</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="736" />
        <source>Attachment %1</source>
        <translation>المرفق %1</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="795" />
        <source>Fix %1</source>
        <translation>إصلاح %1</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="796" />
        <source>Write the hashtag with a capital letter at the start of each word:</source>
        <translation>اكتب الوسم بحرف كبير في بداية كل كلمة:</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="805" />
        <source>The fix for %1 could not be applied to this text; edit it by hand.</source>
        <translation>تعذّر تطبيق إصلاح %1 على هذا النص؛ عدّله يدويًا.</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="823" />
        <source>Video</source>
        <translation>فيديو</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="823" />
        <source>Image</source>
        <translation>صورة</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="825" />
        <source>alt text given</source>
        <translation>النص البديل موجود</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="827" />
        <source>no alt text</source>
        <translation>لا نص بديل</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="830" />
        <source>%1. %2 — %3, %4</source>
        <translation>%1. %2 — %3، %4</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="873" />
        <source>This edit took the post back to draft: its approval (or its request for approval) was withdrawn. Submit it again when it is ready.</source>
        <translation>أعاد هذا التعديل المنشور إلى مسودة: سُحب اعتماده (أو طلب اعتماده). أرسله مجددًا حين يصبح جاهزًا.</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="903" />
        <source>Remove attachment</source>
        <translation>إزالة المرفق</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="904" />
        <source>Remove %1 from this post? The file stays in the media archive.</source>
        <translation>إزالة %1 من هذا المنشور؟ يبقى الملف في أرشيف الوسائط.</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="912" />
        <source>Attachment not removed</source>
        <translation>لم يُزل المرفق</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="996" />
        <source>Not saved. Your text is still here; Bayan will try again. %1</source>
        <translation>لم يُحفظ. نصّك ما زال هنا، وسيحاول «بيان» مجددًا. %1</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1005" />
        <location filename="../app/ui/editor/window.py" line="1395" />
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1009" />
        <source>Not saved — see the message above</source>
        <translation>لم يُحفظ — انظر الرسالة أعلاه</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1011" />
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1013" />
        <source>New post: saved as soon as you type</source>
        <translation>منشور جديد: يُحفظ فور بدء الكتابة</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1016" />
        <source>Saved %1</source>
        <translation>حُفظ في %1</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1032" />
        <source>State: %1</source>
        <translation>الحالة: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1034" />
        <source>New post (not saved yet)</source>
        <translation>منشور جديد (لم يُحفظ بعد)</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1043" />
        <source>New post — Bayan</source>
        <translation>منشور جديد — بيان</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1046" />
        <source>Post: %1 — Bayan</source>
        <translation>منشور: %1 — بيان</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1046" />
        <source>(untitled)</source>
        <translation>(بلا عنوان)</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1053" />
        <source>Submitted: waiting for approval.</source>
        <translation>أُرسل: بانتظار الاعتماد.</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1054" />
        <source>A post that is %1 cannot be submitted.</source>
        <translation>لا يمكن إرسال منشور حالته «%1».</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1061" />
        <source>Cannot submit: blockers open (%1).</source>
        <translation>تعذّر الإرسال: توجد موانع قائمة (%1).</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1063" />
        <source>Cannot submit until these are confirmed: %1.</source>
        <translation>لا يمكن الإرسال قبل تأكيد ما يلي: %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1072" />
        <source>Send this post for approval (Ctrl+Enter)</source>
        <translation>إرسال هذا المنشور للاعتماد (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1076" />
        <source>Warnings to justify before submitting: %1</source>
        <translation>تحذيرات تحتاج إلى مبرر قبل الإرسال: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1118" />
        <source>This post is %1: it is kept as it was. Duplicate it, or re-use it if it is evergreen, to write a new one.</source>
        <translation>حالة هذا المنشور «%1»: يُحفظ كما كان. استنسخه، أو أعد استخدامه إن كان صالحًا لكل وقت، لكتابة منشور جديد.</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1127" />
        <location filename="../app/ui/editor/window.py" line="1138" />
        <location filename="../app/ui/editor/window.py" line="1141" />
        <source>Not submitted</source>
        <translation>لم يُرسل</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1148" />
        <source>Submitted for approval</source>
        <translation>أُرسل للاعتماد</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1153" />
        <source>This post cannot be submitted yet:</source>
        <translation>لا يمكن إرسال هذا المنشور بعد:</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1156" />
        <source>• Blocker %1: %2</source>
        <translation>• مانع %1: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1162" />
        <source>• Warning %1 needs a short justification.</source>
        <translation>• التحذير %1 يحتاج إلى مبرر موجز.</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1166" />
        <source>• Tick the confirmation “%1” (%2).</source>
        <translation>• حدّد خانة التأكيد «%1» (%2).</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1176" />
        <source>Withdraw post</source>
        <translation>سحب المنشور</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1178" />
        <source>Withdraw this post? It will not be published and cannot be edited again (you can duplicate it). Why is it withdrawn?</source>
        <translation>سحب هذا المنشور؟ لن يُنشر ولن يمكن تعديله مرة أخرى (يمكنك استنساخه). ما سبب سحبه؟</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1189" />
        <source>Not withdrawn</source>
        <translation>لم يُسحب</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1207" />
        <source>Not duplicated</source>
        <translation>لم يُستنسخ</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1220" />
        <source>Not re-used</source>
        <translation>لم يُعد استخدامه</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1254" />
        <source>Not repeated</source>
        <translation>لم يُكرَّر</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1258" />
        <source>This post now repeats: %1 posts in all, this one first. Each can be edited on its own.</source>
        <translation>يتكرر هذا المنشور الآن: %1 منشورًا في المجموع، أولها هذا. يمكن تحرير كل منها على حدة.</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1308" />
        <source>&amp;Title (internal):</source>
        <translation>ال&amp;عنوان (داخلي):</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1309" />
        <source>English t&amp;itle:</source>
        <translation>العنوان بالإن&amp;جليزية:</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1310" />
        <source>&amp;Pillar:</source>
        <translation>ال&amp;محور:</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1311" />
        <source>&amp;Campaign:</source>
        <translation>ال&amp;حملة:</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1312" />
        <source>E&amp;vent:</source>
        <translation>ال&amp;فعالية:</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1313" />
        <source>Platforms:</source>
        <translation>المنصات:</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1314" />
        <source>Sc&amp;heduled:</source>
        <translation>موعد الن&amp;شر:</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1315" />
        <source>&amp;Arabic text:</source>
        <translation>النص العر&amp;بي:</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1316" />
        <source>&amp;English text:</source>
        <translation>النص الإنجلي&amp;زي:</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1317" />
        <source>&amp;Link:</source>
        <translation>ال&amp;رابط:</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1318" />
        <source>&amp;Sources:</source>
        <translation>المصا&amp;در:</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1319" />
        <source>&amp;Media:</source>
        <translation>ال&amp;وسائط:</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1320" />
        <source>A short name for the calendar</source>
        <translation>اسم قصير يظهر في التقويم</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1321" />
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1323" />
        <source>Where the facts and figures come from (a named official source)</source>
        <translation>مصدر الحقائق والأرقام (مصدر رسمي مسمّى)</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1326" />
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1336" />
        <source>On</source>
        <translation>مفعّل</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1337" />
        <source>Untick to keep the post unscheduled</source>
        <translation>أزل التحديد لإبقاء المنشور دون جدولة</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1338" />
        <source>Scheduled date and time</source>
        <translation>تاريخ النشر ووقته</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1339" />
        <source>Times are in the workspace's time zone</source>
        <translation>الأوقات بحسب المنطقة الزمنية لمساحة العمل</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1342" />
        <source>Per-platform texts (optional)</source>
        <translation>نصوص خاصة بكل منصة (اختياري)</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1345" />
        <source>Each platform uses the texts above unless you give it its own. Choose platforms first.</source>
        <translation>تستخدم كل منصة النصوص أعلاه ما لم تُعطها نصًا خاصًا بها. اختر المنصات أولًا.</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1351" />
        <source>Ever&amp;green: can be re-used later as a new draft</source>
        <translation>صالح لكل &amp;وقت: يمكن إعادة استخدامه لاحقًا مسودةً جديدة</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1352" />
        <source>Attachments</source>
        <translation>المرفقات</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1353" />
        <source>Attach…</source>
        <translation>إرفاق…</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1354" />
        <source>Edit…</source>
        <translation>تحرير…</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1355" />
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1356" />
        <source>Length:</source>
        <translation>الطول:</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1357" />
        <source>Checklist</source>
        <translation>قائمة التحقق</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1358" />
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1359" />
        <source>Save now (Ctrl+S)</source>
        <translation>الحفظ الآن (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1360" />
        <source>Submit for approval</source>
        <translation>إرسال للاعتماد</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1361" />
        <source>Previe&amp;w</source>
        <translation>م&amp;عاينة</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1362" />
        <source>Histor&amp;y</source>
        <translation>سجل ال&amp;نسخ</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1363" />
        <source>D&amp;uplicate</source>
        <translation>&amp;استنساخ</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1364" />
        <source>&amp;Repeat…</source>
        <translation>ت&amp;كرار…</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1365" />
        <source>Re-use as &amp;new draft</source>
        <translation>إعادة الاست&amp;خدام كمسودة جديدة</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1366" />
        <source>With&amp;draw…</source>
        <translation>&amp;سحب…</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1374" />
        <source>Own Arabic text for %1</source>
        <translation>نص عربي خاص بـ%1</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1375" />
        <source>Own English text for %1</source>
        <translation>نص إنجليزي خاص بـ%1</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1376" />
        <source>%1: Arabic text</source>
        <translation>%1: النص العربي</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1377" />
        <source>%1: English text</source>
        <translation>%1: النص الإنجليزي</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1396" />
        <source>This post could not be saved. Keep the editor open so nothing is lost?</source>
        <translation>تعذّر حفظ هذا المنشور. هل تُبقي المحرر مفتوحًا حتى لا يضيع شيء؟</translation>
    </message>
</context>
<context>
    <name>PostsPage</name>
    <message>
        <location filename="../app/ui/pages/posts.py" line="307" />
        <location filename="../app/ui/pages/posts.py" line="324" />
        <source>Posts</source>
        <translation>المنشورات</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/posts.py" line="308" />
        <source>&amp;New</source>
        <translation>&amp;جديد</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/posts.py" line="309" />
        <source>Write a new post</source>
        <translation>كتابة منشور جديد</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/posts.py" line="310" />
        <source>&amp;Duplicate</source>
        <translation>&amp;استنساخ</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/posts.py" line="311" />
        <source>A new draft with the chosen post's content</source>
        <translation>مسودة جديدة بمحتوى المنشور المحدد</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/posts.py" line="312" />
        <source>&amp;Withdraw</source>
        <translation>&amp;سحب</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/posts.py" line="313" />
        <source>Withdraw the chosen post (asks first)</source>
        <translation>سحب المنشور المحدد (بعد التأكيد)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/posts.py" line="314" />
        <source>Export &amp;CSV…</source>
        <translation>تصدير &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/posts.py" line="315" />
        <source>Save the posts that match the filters as CSV</source>
        <translation>حفظ المنشورات المطابقة لعوامل التصفية بصيغة CSV</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/posts.py" line="316" />
        <source>Export &amp;JSON…</source>
        <translation>تصدير &amp;JSON…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/posts.py" line="318" />
        <source>Save the posts that match the filters as JSON (importable)</source>
        <translation>حفظ المنشورات المطابقة لعوامل التصفية بصيغة JSON (قابلة للاستيراد)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/posts.py" line="320" />
        <source>&amp;Import JSON…</source>
        <translation>است&amp;يراد JSON…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/posts.py" line="322" />
        <source>Add posts from a JSON file: all of them, or none if a row is wrong</source>
        <translation>إضافة منشورات من ملف JSON: تُضاف كلها، أو لا يُضاف شيء إن كان أحد الصفوف خاطئًا</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/posts.py" line="326" />
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/posts.py" line="327" />
        <source>Scheduled</source>
        <translation>موعد النشر</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/posts.py" line="328" />
        <source>Platforms</source>
        <translation>المنصات</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/posts.py" line="329" />
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/posts.py" line="330" />
        <source>Checklist</source>
        <translation>قائمة التحقق</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/posts.py" line="333" />
        <source>Not checked</source>
        <translation>لم يُفحص</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/posts.py" line="334" />
        <source>Passes</source>
        <translation>مجتاز</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/posts.py" line="335" />
        <source>Warnings</source>
        <translation>تحذيرات</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/posts.py" line="336" />
        <source>Blocker</source>
        <translation>مانع</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/posts.py" line="337" />
        <source>Not scheduled</source>
        <translation>غير مجدول</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/posts.py" line="364" />
        <source>Showing %1 of %Ln post(s); scroll down for more.</source>
        <translation>
            <numerusform>يُعرض %1 من أصل %Ln منشور؛ مرّر للأسفل لرؤية المزيد.</numerusform>
            <numerusform>يُعرض %1 من أصل منشور واحد؛ مرّر للأسفل لرؤية المزيد.</numerusform>
            <numerusform>يُعرض %1 من أصل منشورين؛ مرّر للأسفل لرؤية المزيد.</numerusform>
            <numerusform>يُعرض %1 من أصل %Ln منشورات؛ مرّر للأسفل لرؤية المزيد.</numerusform>
            <numerusform>يُعرض %1 من أصل %Ln منشورًا؛ مرّر للأسفل لرؤية المزيد.</numerusform>
            <numerusform>يُعرض %1 من أصل %Ln منشور؛ مرّر للأسفل لرؤية المزيد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/posts.py" line="367" />
        <source>%Ln post(s).</source>
        <translation>
            <numerusform>لا منشورات.</numerusform>
            <numerusform>منشور واحد.</numerusform>
            <numerusform>منشوران.</numerusform>
            <numerusform>%Ln منشورات.</numerusform>
            <numerusform>%Ln منشورًا.</numerusform>
            <numerusform>%Ln منشور.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/posts.py" line="439" />
        <source>The post was not duplicated: %1</source>
        <translation>لم يُستنسخ المنشور: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/posts.py" line="443" />
        <source>A copy was made as a new draft.</source>
        <translation>أُنشئت نسخة منه مسودةً جديدة.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/posts.py" line="454" />
        <source>Withdraw the post</source>
        <translation>سحب المنشور</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/posts.py" line="456" />
        <source>Withdraw “%1”? It stays in the list as withdrawn and cannot be published.</source>
        <translation>سحب «%1»؟ سيبقى في القائمة بحالة «مسحوب» ولن يمكن نشره.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/posts.py" line="463" />
        <source>The post was not withdrawn: %1</source>
        <translation>لم يُسحب المنشور: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/posts.py" line="467" />
        <source>The post was withdrawn.</source>
        <translation>سُحب المنشور.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/posts.py" line="498" />
        <source>Export posts as CSV</source>
        <translation>تصدير المنشورات بصيغة CSV</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/posts.py" line="498" />
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/posts.py" line="502" />
        <source>Export posts as JSON</source>
        <translation>تصدير المنشورات بصيغة JSON</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/posts.py" line="502" />
        <location filename="../app/ui/pages/posts.py" line="526" />
        <source>JSON files (*.json)</source>
        <translation>ملفات JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/posts.py" line="513" />
        <source>Nothing was exported: %1</source>
        <translation>لم يُصدَّر شيء: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/posts.py" line="516" />
        <source>%Ln post(s) exported to %1.</source>
        <translation>
            <numerusform>لم يُصدَّر أي منشور إلى %1.</numerusform>
            <numerusform>صُدِّر منشور واحد إلى %1.</numerusform>
            <numerusform>صُدِّر منشوران إلى %1.</numerusform>
            <numerusform>صُدِّرت %Ln منشورات إلى %1.</numerusform>
            <numerusform>صُدِّر %Ln منشورًا إلى %1.</numerusform>
            <numerusform>صُدِّر %Ln منشور إلى %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/posts.py" line="526" />
        <source>Import posts from JSON</source>
        <translation>استيراد منشورات من JSON</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/posts.py" line="538" />
        <location filename="../app/ui/pages/posts.py" line="542" />
        <source>Nothing was imported.</source>
        <translation>لم يُستورد شيء.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/posts.py" line="546" />
        <source>%Ln post(s) imported.</source>
        <translation>
            <numerusform>لم يُستورد أي منشور.</numerusform>
            <numerusform>استُورد منشور واحد.</numerusform>
            <numerusform>استُورد منشوران.</numerusform>
            <numerusform>استُوردت %Ln منشورات.</numerusform>
            <numerusform>استُورد %Ln منشورًا.</numerusform>
            <numerusform>استُورد %Ln منشور.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../app/ui/editor/preview.py" line="118" />
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/preview.py" line="119" />
        <source>Platforms</source>
        <translation>المنصات</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/preview.py" line="120" />
        <source>Choose at least one platform to see a preview.</source>
        <translation>اختر منصة واحدة على الأقل لرؤية المعاينة.</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/preview.py" line="155" />
        <source>%1 — Arabic, this platform's own text</source>
        <translation>%1 — العربية، النص الخاص بهذه المنصة</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/preview.py" line="157" />
        <source>%1 — Arabic</source>
        <translation>%1 — العربية</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/preview.py" line="161" />
        <source>%1 — English, this platform's own text</source>
        <translation>%1 — الإنجليزية، النص الخاص بهذه المنصة</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/preview.py" line="163" />
        <source>%1 — English</source>
        <translation>%1 — الإنجليزية</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/preview.py" line="169" />
        <source>Image</source>
        <translation>صورة</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/preview.py" line="170" />
        <source>Video</source>
        <translation>فيديو</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/preview.py" line="171" />
        <source>Document</source>
        <translation>مستند</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/preview.py" line="172" />
        <source>(no description)</source>
        <translation>(بلا وصف)</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/preview.py" line="173" />
        <source>[%1: %2]</source>
        <translation>[%1: %2]</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/preview.py" line="179" />
        <source>(no text in this language)</source>
        <translation>(لا نص بهذه اللغة)</translation>
    </message>
</context>
<context>
    <name>QT_LAYOUT_DIRECTION</name>
    <message>
        <location filename="../app/ui/i18n.py" line="27" />
        <source>LTR</source>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>RecurrenceDialog</name>
    <message>
        <location filename="../app/ui/editor/recurrence_dialog.py" line="117" />
        <source>Repeat this post</source>
        <translation>تكرار هذا المنشور</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/recurrence_dialog.py" line="119" />
        <source>Every day</source>
        <translation>كل يوم</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/recurrence_dialog.py" line="120" />
        <source>Every week</source>
        <translation>كل أسبوع</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/recurrence_dialog.py" line="121" />
        <source>Every month</source>
        <translation>كل شهر</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/recurrence_dialog.py" line="122" />
        <source>On chosen weekdays</source>
        <translation>في أيام محددة من الأسبوع</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/recurrence_dialog.py" line="126" />
        <source>&amp;Repeat:</source>
        <translation>ال&amp;تكرار:</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/recurrence_dialog.py" line="127" />
        <source>E&amp;very (days, weeks or months):</source>
        <translation>&amp;كل (أيام أو أسابيع أو أشهر):</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/recurrence_dialog.py" line="128" />
        <source>Weekdays:</source>
        <translation>أيام الأسبوع:</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/recurrence_dialog.py" line="132" />
        <source>Ends:</source>
        <translation>ينتهي:</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/recurrence_dialog.py" line="133" />
        <source>&amp;On the date</source>
        <translation>&amp;في التاريخ</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/recurrence_dialog.py" line="134" />
        <source>After this &amp;number of posts</source>
        <translation>بعد هذا ال&amp;عدد من المنشورات</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/recurrence_dialog.py" line="164" />
        <source>Choose at least one weekday.</source>
        <translation>اختر يومًا واحدًا على الأقل من أيام الأسبوع.</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/recurrence_dialog.py" line="170" />
        <source>This repetition makes more than %1 posts: choose an earlier end date or a number of posts.</source>
        <translation>ينتج عن هذا التكرار أكثر من %1 منشورًا: اختر تاريخ انتهاء أبكر أو عددًا من المنشورات.</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/recurrence_dialog.py" line="182" />
        <source>Posts in all: %1, from %2 to %3.</source>
        <translation>عدد المنشورات: %1، من %2 إلى %3.</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../app/ui/labels.py" line="91" />
        <source>Every image needs alt text describing it.</source>
        <translation>كل صورة تحتاج إلى نص بديل يصفها.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="92" />
        <source>Alt text is too long: keep it concise and within the platform's cap.</source>
        <translation>النص البديل طويل جدًا: اجعله موجزًا وضمن الحد الأقصى للمنصة.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="95" />
        <source>Do not start alt text with “image of” or “photo of”.</source>
        <translation>لا تبدأ النص البديل بعبارة «صورة لـ» أو «صورة تُظهر».</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="98" />
        <source>Alt text looks like a file name, a placeholder or a copy of the post.</source>
        <translation>يبدو النص البديل اسم ملف أو نصًا مؤقتًا أو نسخة من المنشور.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="101" />
        <source>The image contains text: repeat that text in the alt text (5 words or more).</source>
        <translation>تحتوي الصورة على نص: كرّر ذلك النص في النص البديل (5 كلمات أو أكثر).</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="104" />
        <source>Write the alt text in the post's language.</source>
        <translation>اكتب النص البديل بلغة المنشور.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="105" />
        <source>Video needs captions (a subtitle file or burned-in), reviewed by a person.</source>
        <translation>يحتاج الفيديو إلى ترجمة نصية (ملف ترجمة أو ترجمة مدمجة) يراجعها شخص.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="108" />
        <source>What is shown only on screen is also spoken, described or transcribed.</source>
        <translation>ما يظهر على الشاشة فقط يُقال أيضًا بالصوت أو يُوصف أو يُفرَّغ نصيًا.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="111" />
        <source>Nothing flashes more than 3 times a second; no long autoplay animation.</source>
        <translation>لا شيء يومض أكثر من 3 مرات في الثانية، ولا رسوم متحركة طويلة تعمل تلقائيًا.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="114" />
        <source>Write multi-word Latin hashtags in CamelCase so screen readers say the words.</source>
        <translation>اكتب الوسوم اللاتينية متعددة الكلمات بنمط CamelCase (حرف كبير في أول كل كلمة) لتنطق قارئات الشاشة الكلمات.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="117" />
        <source>Arabic hashtags join words with _ and carry no tatweel or diacritics.</source>
        <translation>تُوصل كلمات الوسوم العربية بالشرطة السفلية _ ولا تحمل تطويلًا ولا تشكيلًا.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="120" />
        <source>Put hashtags at the end; at most one inside the sentence.</source>
        <translation>ضع الوسوم في النهاية، ووسمًا واحدًا على الأكثر داخل الجملة.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="123" />
        <source>Too many hashtags for the house rule or platform.</source>
        <translation>عدد الوسوم يتجاوز ما تسمح به قاعدة المؤسسة أو المنصة.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="124" />
        <source>Use at most 3 emoji, and none twice.</source>
        <translation>استخدم 3 رموز تعبيرية على الأكثر، دون تكرار أيٍّ منها.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="125" />
        <source>Emoji should not sit mid-sentence, replace words or serve as bullets.</source>
        <translation>لا تضع الرموز التعبيرية وسط الجملة، ولا تستخدمها بدل الكلمات أو نقاطًا للتعداد.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="128" />
        <source>Avoid runs of capital letters: they are hard to read.</source>
        <translation>تجنّب سلاسل الأحرف الكبيرة: قراءتها صعبة.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="131" />
        <source>“Fancy” look-alike letters are read out as symbols or not at all.</source>
        <translation>الأحرف «المزخرفة» الشبيهة بالأحرف العادية تُقرأ رموزًا أو لا تُقرأ إطلاقًا.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="134" />
        <source>Say where a link leads instead of “click here”.</source>
        <translation>اذكر إلى أين يؤدي الرابط بدلًا من «اضغط هنا».</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="135" />
        <source>Link to the official domain, not through a link shortener.</source>
        <translation>اربط بالنطاق الرسمي مباشرة، لا عبر خدمة تقصير الروابط.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="138" />
        <source>Say what a link opens, such as [VIDEO] or [PDF].</source>
        <translation>اذكر ما يفتحه الرابط، مثل [فيديو] أو [PDF].</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="139" />
        <source>Keep sentences to 25 words and spell out acronyms at first use.</source>
        <translation>اجعل الجملة في حدود 25 كلمة، واكتب الاختصارات كاملة عند أول ذكر لها.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="142" />
        <source>English reading ease (Flesch): aim for 60 or more.</source>
        <translation>سهولة القراءة بالإنجليزية (مقياس Flesch): استهدف 60 أو أكثر.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="145" />
        <source>Graphics do not rely on colour alone and their text has enough contrast.</source>
        <translation>لا تعتمد الرسوم على اللون وحده، ونصوصها ذات تباين كافٍ.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="148" />
        <source>Remove decorative tatweel (ـ): it breaks search and screen readers.</source>
        <translation>أزل التطويل الزخرفي (ـ): فهو يعطّل البحث وقارئات الشاشة.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="151" />
        <source>Arabic presentation-form letters (pasted from PDFs) break search and speech.</source>
        <translation>أشكال العرض للأحرف العربية (المنسوخة من ملفات PDF) تعطّل البحث والنطق.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="154" />
        <source>Use diacritics sparingly, never doubled or after a space.</source>
        <translation>استخدم التشكيل باعتدال، ولا تكرره ولا تضعه بعد مسافة.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="157" />
        <source>An Arabic paragraph should begin with an Arabic letter or a right-to-left mark.</source>
        <translation>ينبغي أن تبدأ الفقرة العربية بحرف عربي أو بعلامة الاتجاه من اليمين إلى اليسار (RLM).</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="160" />
        <source>Isolate left-to-right pieces next to punctuation with a left-to-right mark.</source>
        <translation>افصل المقاطع ذات الاتجاه من اليسار إلى اليمين المجاورة لعلامات الترقيم بعلامة الاتجاه من اليسار إلى اليمين (LRM).</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="163" />
        <source>Remove direction overrides, unbalanced isolates and stray BOM characters.</source>
        <translation>أزل محارف فرض الاتجاه، ومحارف العزل غير المتوازنة، ومحارف BOM الشاردة.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="166" />
        <source>Direction marks count double on X.</source>
        <translation>علامات الاتجاه تُحتسب حرفين على إكس.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="167" />
        <source>Use one digit system in a post.</source>
        <translation>استخدم نظام أرقام واحدًا في المنشور.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="168" />
        <source>Use Arabic punctuation (، ؛ ؟) in Arabic sentences.</source>
        <translation>استخدم علامات الترقيم العربية (، ؛ ؟) في الجمل العربية.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="169" />
        <source>Arabic readability (OSMAN): higher is easier.</source>
        <translation>مقروئية النص العربي (مقياس OSMAN): كلما ارتفع كان أسهل.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="170" />
        <source>Keep Arabic and English in separate posts or clearly separate paragraphs.</source>
        <translation>اجعل العربية والإنجليزية في منشورين منفصلين أو في فقرات منفصلة بوضوح.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="173" />
        <source>Too long for X (280, weighted as X counts).</source>
        <translation>أطول من المسموح على إكس (280، بالوزن الذي تحتسبه إكس).</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="174" />
        <source>Too long even for a premium X account.</source>
        <translation>أطول من المسموح حتى لحساب إكس المميز (Premium).</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="175" />
        <source>Too long for an Instagram caption, or too many hashtags.</source>
        <translation>أطول من المسموح لشرح منشور إنستغرام، أو الوسوم كثيرة جدًا.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="178" />
        <source>Too long for a Facebook post.</source>
        <translation>أطول من المسموح لمنشور فيسبوك.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="179" />
        <source>Too long for a LinkedIn post.</source>
        <translation>أطول من المسموح لمنشور لينكدإن.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="180" />
        <source>Too long for a YouTube description (bytes), or contains &lt; or &gt;.</source>
        <translation>أطول من المسموح لوصف يوتيوب (بالبايت)، أو يحتوي على &lt; أو &gt;.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="183" />
        <source>Too long for a TikTok caption.</source>
        <translation>أطول من المسموح لشرح تيك توك.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="184" />
        <source>Too long for Threads, or more than 5 links.</source>
        <translation>أطول من المسموح على ثريدز، أو فيه أكثر من 5 روابط.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="185" />
        <source>Every identifiable person shown needs a consent record.</source>
        <translation>كل شخص يظهر ويمكن التعرف عليه يحتاج إلى سجل موافقة.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="188" />
        <source>Personal data (e-mail, phone, national number): confirm it is intended.</source>
        <translation>بيانات شخصية (بريد إلكتروني، هاتف، رقم وطني): تأكّد من أن نشرها مقصود.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="191" />
        <source>Facts and figures need a primary source stored with the post.</source>
        <translation>تحتاج الحقائق والأرقام إلى مصدر أولي محفوظ مع المنشور.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="194" />
        <source>Objective and explanatory, not party-political or polemical.</source>
        <translation>محتوى موضوعي وتوضيحي، غير حزبي ولا سجالي.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="197" />
        <source>Record the owner and licence of every attachment.</source>
        <translation>سجّل مالك كل مرفق وترخيصه.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="198" />
        <source>Prefer inclusive wording (see the house word list).</source>
        <translation>فضّل الصياغة الشاملة (انظر قائمة المفردات المعتمدة في المؤسسة).</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="199" />
        <source>The scheduled time falls in a quiet period.</source>
        <translation>يقع موعد النشر ضمن فترة توقف عن النشر.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="204" />
        <source>An image contains text</source>
        <translation>تحتوي صورة على نص</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="205" />
        <source>Captions reviewed by a person</source>
        <translation>الترجمة النصية راجعها شخص</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="206" />
        <source>On-screen information is also spoken or described</source>
        <translation>المعلومات الظاهرة على الشاشة مقروءة بالصوت أو موصوفة أيضًا</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="207" />
        <source>No flashing more than 3 times a second</source>
        <translation>لا وميض أكثر من 3 مرات في الثانية</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="208" />
        <source>The post says what the link opens</source>
        <translation>يذكر المنشور ما يفتحه الرابط</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="209" />
        <source>Graphics do not rely on colour alone; contrast checked</source>
        <translation>لا تعتمد الرسوم على اللون وحده؛ وجرى التحقق من التباين</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="212" />
        <source>Languages kept in separate paragraphs</source>
        <translation>اللغتان في فقرات منفصلة</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="213" />
        <source>Consent held for every identifiable person</source>
        <translation>الموافقة متوفرة لكل شخص يمكن التعرف عليه</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="214" />
        <source>No unnecessary personal or sensitive data</source>
        <translation>لا بيانات شخصية أو حساسة غير ضرورية</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="215" />
        <source>Facts verified against an official source</source>
        <translation>الحقائق متحقَّق منها من مصدر رسمي</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="216" />
        <source>Objective, not party-political or controversial</source>
        <translation>موضوعي، غير حزبي ولا مثير للجدل</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="217" />
        <source>Rights cleared for every attachment</source>
        <translation>الحقوق مستوفاة لكل مرفق</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="218" />
        <source>Diverse and inclusive representation in imagery</source>
        <translation>تمثيل متنوع وشامل في الصور</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="222" />
        <source>Blocker</source>
        <translation>مانع</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="223" />
        <source>Warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="224" />
        <source>Tip</source>
        <translation>تلميح</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../app/ui/pages/settings.py" line="161" />
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="162" />
        <source>General</source>
        <translation>عام</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="163" />
        <source>&amp;Language of the interface:</source>
        <translation>&amp;لغة الواجهة:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="164" />
        <source>&amp;Time zone of the workspace:</source>
        <translation>المنطقة ال&amp;زمنية لمساحة العمل:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="165" />
        <source>&amp;Apply</source>
        <translation>ت&amp;طبيق</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="166" />
        <source>Use this time zone for schedules and reports</source>
        <translation>استخدام هذه المنطقة الزمنية في الجداول والتقارير</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="167" />
        <location filename="../app/ui/pages/settings.py" line="178" />
        <source>Platform limits</source>
        <translation>حدود المنصات</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="170" />
        <source>The post editor checks texts against these numbers. The platforms change them from time to time: correct a value here when they do. An empty value means no limit is known.</source>
        <translation>يفحص محرر المنشورات النصوص وفق هذه الأرقام. تغيّرها المنصات من حين لآخر: صحّح القيمة هنا عندما يحدث ذلك. القيمة الفارغة تعني أنه لا يُعرف حدّ.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="176" />
        <source>Limit</source>
        <translation>الحد</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="176" />
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="176" />
        <source>Checklist rule</source>
        <translation>قاعدة قائمة التحقق</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="183" />
        <source>Save &amp;limits</source>
        <translation>حفظ ال&amp;حدود</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="184" />
        <source>&amp;Restore defaults</source>
        <translation>است&amp;عادة القيم الافتراضية</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="185" />
        <source>Workspace</source>
        <translation>مساحة العمل</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="186" />
        <source>&amp;Open folder</source>
        <translation>&amp;فتح المجلد</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="187" />
        <source>Workspace folder</source>
        <translation>مجلد مساحة العمل</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="190" />
        <source>The database (bayan.db), the media store (media/) and the backups (backups/) are kept in this folder. Start Bayan with --workspace or set BAYAN_WORKSPACE to use another one.</source>
        <translation>تُحفظ في هذا المجلد قاعدة البيانات (‎bayan.db‎) ومخزن الوسائط (‎media/‎) والنسخ الاحتياطية (‎backups/‎). لاستخدام مجلد آخر شغّل «بيان» مع الخيار ‎--workspace‎ أو اضبط المتغير ‎BAYAN_WORKSPACE‎.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="210" />
        <source>“%1” is not a time zone Bayan knows. Nothing was changed.</source>
        <translation>«%1» ليست منطقة زمنية يعرفها «بيان». لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="217" />
        <source>Time zone set to %1.</source>
        <translation>ضُبطت المنطقة الزمنية على %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="263" />
        <source>“%1” needs a whole number above zero. Nothing was changed.</source>
        <translation>«%1» يحتاج إلى عدد صحيح أكبر من صفر. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="275" />
        <source>Platform limits saved.</source>
        <translation>حُفظت حدود المنصات.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="280" />
        <source>Platform limits set back to their defaults.</source>
        <translation>أُعيدت حدود المنصات إلى قيمها الافتراضية.</translation>
    </message>
</context>
<context>
    <name>TotpDialog</name>
    <message>
        <location filename="../app/ui/accounts/totp.py" line="61" />
        <source>Two-factor secret of %1</source>
        <translation>مفتاح التحقق بخطوتين للحساب %1</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/totp.py" line="64" />
        <source>Paste the key the platform showed when you set up two-factor authentication: the base32 key (letters A–Z and digits 2–7) or the otpauth:// link of its QR code. It is kept in the operating system's keyring only.</source>
        <translation>الصق المفتاح الذي عرضته المنصة عند إعداد التحقق بخطوتين: مفتاح base32 (أحرف A–Z وأرقام 2–7) أو رابط otpauth:// الخاص برمز QR. يُحفظ في سلسلة المفاتيح في نظام التشغيل فقط.</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/totp.py" line="69" />
        <source>&amp;Key or otpauth:// link:</source>
        <translation>ال&amp;مفتاح أو رابط otpauth://:</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/totp.py" line="70" />
        <source>Two-factor key or otpauth link</source>
        <translation>مفتاح التحقق بخطوتين أو رابط otpauth</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/totp.py" line="75" />
        <source>Paste the key or the otpauth:// link first.</source>
        <translation>الصق المفتاح أو رابط otpauth:// أولًا.</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/totp.py" line="80" />
        <source>This key was not stored: %1</source>
        <translation>لم يُحفظ هذا المفتاح: %1</translation>
    </message>
</context>
</TS>