<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../app/ui/accounts/edit.py" line="254" />
        <source>Full rights: %1</source>
        <translation>صلاحيات كاملة: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/edit.py" line="256" />
        <source>Outside the agency: %1</source>
        <translation>من خارج المؤسسة: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/edit.py" line="286" />
        <source>Enter the account's handle or name.</source>
        <translation>أدخل معرّف الحساب أو اسمه.</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/edit.py" line="288" />
        <source>The URL must start with https://.</source>
        <translation>يجب أن يبدأ الرابط بـ https://.</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/edit.py" line="291" />
        <source>The official e-mail address is not valid.</source>
        <translation>عنوان البريد الإلكتروني الرسمي غير صالح.</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/edit.py" line="294" />
        <source>Administrator %1 has no name.</source>
        <translation>المسؤول %1 بلا اسم.</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/edit.py" line="309" />
        <source>New account</source>
        <translation>حساب جديد</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/edit.py" line="309" />
        <source>Edit account</source>
        <translation>تعديل الحساب</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/edit.py" line="311" />
        <source>&amp;Platform:</source>
        <translation>ال&amp;منصة:</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/edit.py" line="312" />
        <source>&amp;Handle:</source>
        <translation>المعرّ&amp;ف:</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/edit.py" line="313" />
        <source>&amp;URL:</source>
        <translation>ال&amp;رابط:</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/edit.py" line="314" />
        <source>Official &amp;e-mail:</source>
        <translation>ال&amp;بريد الإلكتروني الرسمي:</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/edit.py" line="315" />
        <source>&amp;Verified:</source>
        <translation>مو&amp;ثّق:</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/edit.py" line="316" />
        <source>&amp;Two-factor authentication:</source>
        <translation>ال&amp;تحقق بخطوتين:</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/edit.py" line="317" />
        <source>In &amp;use:</source>
        <translation>&amp;قيد الاستخدام:</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/edit.py" line="318" />
        <source>X Pre&amp;mium:</source>
        <translation>إكس بر&amp;يميوم:</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/edit.py" line="319" />
        <source>Password last &amp;changed:</source>
        <translation>آخر ت&amp;غيير لكلمة المرور:</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/edit.py" line="320" />
        <source>Change the password every (&amp;days):</source>
        <translation>تغيير كلمة المرور كل (&amp;أيام):</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/edit.py" line="321" />
        <source>Privacy settings &amp;reviewed:</source>
        <translation>تاريخ مراجعة إعدادات ال&amp;خصوصية:</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/edit.py" line="322" />
        <source>&amp;Notes:</source>
        <translation>م&amp;لاحظات:</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/edit.py" line="326" />
        <source>Verification badge</source>
        <translation>شارة التوثيق</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/edit.py" line="327" />
        <source>Enabled</source>
        <translation>مفعّل</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/edit.py" line="328" />
        <source>Active account</source>
        <translation>حساب نشط</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/edit.py" line="329" />
        <source>Long posts allowed</source>
        <translation>المنشورات الطويلة مسموحة</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/edit.py" line="331" />
        <source>Known</source>
        <translation>معروف</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/edit.py" line="332" />
        <source>Date the password was last changed</source>
        <translation>تاريخ آخر تغيير لكلمة المرور</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/edit.py" line="333" />
        <source>Date the privacy settings were reviewed</source>
        <translation>تاريخ مراجعة إعدادات الخصوصية</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/edit.py" line="334" />
        <source>@handle or page name</source>
        <translation>@المعرّف أو اسم الصفحة</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/edit.py" line="336" />
        <source> days</source>
        <translation> يوم</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/edit.py" line="337" />
        <location filename="../app/ui/accounts/edit.py" line="344" />
        <source>Administrators</source>
        <translation>المسؤولون</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/edit.py" line="340" />
        <source>The guideline asks for two administrators from the agency with full rights; an outside agency should have limited rights only.</source>
        <translation>يطلب الدليل الإرشادي مسؤولَين اثنين من المؤسسة بصلاحيات كاملة؛ وينبغي أن تقتصر صلاحيات أي جهة خارجية على صلاحيات محدودة.</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/edit.py" line="346" />
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/edit.py" line="346" />
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/edit.py" line="346" />
        <source>Full rights</source>
        <translation>صلاحيات كاملة</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/edit.py" line="346" />
        <source>Outside agency</source>
        <translation>جهة خارجية</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/edit.py" line="348" />
        <source>&amp;Add administrator</source>
        <translation>إ&amp;ضافة مسؤول</translation>
    </message>
    <message>
        <location filename="../app/ui/accounts/edit.py" line="349" />
        <source>Re&amp;move administrator</source>
        <translation>إ&amp;زالة مسؤول</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <location filename="../app/ui/labels.py" line="303" />
        <source>Fewer than two administrators have full rights: the guideline asks for two.</source>
        <translation>عدد المسؤولين ذوي الصلاحيات الكاملة أقل من اثنين: يطلب الدليل الإرشادي اثنين.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="306" />
        <source>An administrator from outside the agency has full rights: give them limited rights.</source>
        <translation>لدى مسؤول من خارج المؤسسة صلاحيات كاملة: امنحه صلاحيات محدودة.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="310" />
        <source>Two-factor authentication is off: turn it on for this account.</source>
        <translation>التحقق بخطوتين غير مفعّل: فعّله لهذا الحساب.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="313" />
        <source>The password is due for a change (every 3 months by the guideline).</source>
        <translation>حان موعد تغيير كلمة المرور (كل 3 أشهر بحسب الدليل الإرشادي).</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="316" />
        <source>The date of the last password change is not recorded.</source>
        <translation>تاريخ آخر تغيير لكلمة المرور غير مسجّل.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="319" />
        <source>No official e-mail address is recorded for this account.</source>
        <translation>لا يوجد عنوان بريد إلكتروني رسمي مسجّل لهذا الحساب.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="325" />
        <source>Password change due</source>
        <translation>حان موعد تغيير كلمة المرور</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="326" />
        <source>Password change overdue</source>
        <translation>تأخّر تغيير كلمة المرور</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="327" />
        <source>Privacy and security settings review</source>
        <translation>مراجعة إعدادات الخصوصية والأمان</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="332" />
        <source>Report to the IT officers at once</source>
        <translation>إبلاغ موظفي تكنولوجيا المعلومات فورًا</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="333" />
        <source>Reset the passwords</source>
        <translation>إعادة تعيين كلمات المرور</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="334" />
        <source>Sign out every other session</source>
        <translation>تسجيل الخروج من جميع الجلسات الأخرى</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="335" />
        <source>Revoke third-party apps' access</source>
        <translation>إلغاء صلاحيات وصول تطبيقات الطرف الثالث</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="336" />
        <source>Use the platform's account recovery</source>
        <translation>استخدام خدمة استرداد الحساب في المنصة</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="337" />
        <source>Not recovered: ask the Ministry of Digital Economy and Entrepreneurship for support</source>
        <translation>إن لم يُسترد الحساب: طلب الدعم من وزارة الاقتصاد الرقمي والريادة</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="341" />
        <source>False content went out: inform the public on the other channels</source>
        <translation>إن نُشر محتوى مضلّل: إبلاغ الجمهور عبر القنوات الأخرى</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="344" />
        <source>Write down the lessons learned</source>
        <translation>تدوين الدروس المستفادة</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="354" />
        <location filename="../app/ui/pages/accounts.py" line="418" />
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="356" />
        <source>%1 (overdue)</source>
        <translation>%1 (متأخر)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/accounts.py" line="359" />
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
        <location filename="../app/ui/pages/accounts.py" line="359" />
        <source>Meets the guideline</source>
        <translation>مطابق للدليل الإرشادي</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="365" />
        <source>%1 (not in use)</source>
        <translation>%1 (غير مستخدم)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="366" />
        <source>On</source>
        <translation>مفعّل</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="366" />
        <location filename="../app/ui/pages/accounts.py" line="429" />
        <source>Off</source>
        <translation>غير مفعّل</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="408" />
        <source>No account chosen</source>
        <translation>لم يُختر أي حساب</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="417" />
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="417" />
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="424" />
        <location filename="../app/ui/pages/accounts.py" line="436" />
        <source>None</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="427" />
        <source>None recorded</source>
        <translation>لا شيء مسجّل</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="429" />
        <source>Enabled</source>
        <translation>مفعّل</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/accounts.py" line="434" />
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
        <location filename="../app/ui/pages/accounts.py" line="435" />
        <source>Never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="450" />
        <source>Unknown: record when the password was last changed</source>
        <translation>غير معروف: سجّل تاريخ آخر تغيير لكلمة المرور</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/accounts.py" line="454" />
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
        <location filename="../app/ui/pages/accounts.py" line="456" />
        <source>%1 — today</source>
        <translation>%1 — اليوم</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/accounts.py" line="457" />
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
        <location filename="../app/ui/pages/accounts.py" line="465" />
        <source>Full rights</source>
        <translation>صلاحيات كاملة</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="465" />
        <source>Limited</source>
        <translation>محدودة</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="466" />
        <source>Outside agency</source>
        <translation>جهة خارجية</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="466" />
        <source>Inside</source>
        <translation>من المؤسسة</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="496" />
        <source>This account meets the guideline.</source>
        <translation>هذا الحساب مطابق للدليل الإرشادي.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/accounts.py" line="505" />
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
        <location filename="../app/ui/pages/accounts.py" line="505" />
        <location filename="../app/ui/pages/accounts.py" line="943" />
        <source>Guideline</source>
        <translation>الدليل الإرشادي</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="519" />
        <source>The vault is open: secrets are kept in the operating system's keyring.</source>
        <translation>الخزنة مفتوحة: تُحفظ البيانات السرية في سلسلة المفاتيح في نظام التشغيل.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="527" />
        <source>The vault is locked: passwords and 2FA codes cannot be used. Why: %1. The account records can still be edited; nothing secret is written anywhere else.</source>
        <translation>الخزنة مقفلة: لا يمكن استخدام كلمات المرور ورموز التحقق بخطوتين. السبب: %1. لا يزال بالإمكان تعديل سجلات الحسابات؛ ولا تُكتب أي بيانات سرية في أي مكان آخر.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="530" />
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="539" />
        <source>C&amp;hange password…</source>
        <translation>&amp;تغيير كلمة المرور…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="539" />
        <source>Set &amp;password…</source>
        <translation>&amp;تعيين كلمة المرور…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="545" />
        <source>Replace 2FA &amp;key…</source>
        <translation>ا&amp;ستبدال مفتاح التحقق…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="545" />
        <source>Add 2FA &amp;key…</source>
        <translation>إ&amp;ضافة مفتاح التحقق بخطوتين…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="562" />
        <location filename="../app/ui/pages/accounts.py" line="573" />
        <source>Locked</source>
        <translation>مقفلة</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="564" />
        <source>No 2FA key stored</source>
        <translation>لا يوجد مفتاح تحقق بخطوتين محفوظ</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="565" />
        <source>Two-factor code: none</source>
        <translation>رمز التحقق بخطوتين: لا يوجد</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="575" />
        <source>Not stored</source>
        <translation>غير محفوظ</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="585" />
        <source>Password shown</source>
        <translation>كلمة المرور ظاهرة</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="585" />
        <source>Password hidden</source>
        <translation>كلمة المرور مخفية</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="590" />
        <location filename="../app/ui/pages/accounts.py" line="949" />
        <source>&amp;Hide</source>
        <translation>إ&amp;خفاء</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="590" />
        <location filename="../app/ui/pages/accounts.py" line="949" />
        <source>&amp;Reveal</source>
        <translation>إ&amp;ظهار</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="606" />
        <source>No code</source>
        <translation>لا يوجد رمز</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="615" />
        <source>Two-factor code: %1</source>
        <translation>رمز التحقق بخطوتين: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/accounts.py" line="616" />
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
        <location filename="../app/ui/pages/accounts.py" line="651" />
        <source>Password copied</source>
        <translation>نُسخت كلمة المرور</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="663" />
        <source>2FA code copied</source>
        <translation>نُسخ رمز التحقق بخطوتين</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/accounts.py" line="668" />
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
        <location filename="../app/ui/pages/accounts.py" line="675" />
        <source>The clipboard was cleared.</source>
        <translation>مُسحت الحافظة.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="698" />
        <source>Remove the 2FA key</source>
        <translation>إزالة مفتاح التحقق بخطوتين</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="700" />
        <source>Remove the two-factor key of %1 from the keyring? Bayan will no longer show its codes.</source>
        <translation>هل تريد إزالة مفتاح التحقق بخطوتين للحساب %1 من سلسلة المفاتيح؟ لن يعرض «بيان» رموزه بعد ذلك.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="801" />
        <source>Delete the account</source>
        <translation>حذف الحساب</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="803" />
        <source>Delete %1 with its administrators, incidents, password and 2FA key? This cannot be undone. An account no longer used can be marked “not in use” instead.</source>
        <translation>هل تريد حذف %1 مع مسؤوليه وحوادثه وكلمة مروره ومفتاح التحقق بخطوتين الخاص به؟ لا يمكن التراجع عن ذلك. يمكنك بدلًا من ذلك وضع علامة «غير مستخدم» على الحساب الذي لم يعد مستخدمًا.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="828" />
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="830" />
        <source>Closed %1</source>
        <translation>أُغلقت في %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="861" />
        <source>Account compromised</source>
        <translation>حساب مخترق</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="862" />
        <source>Start the guideline's procedure for %1. What happened (optional)?</source>
        <translation>بدء إجراء الدليل الإرشادي للحساب %1. ماذا حدث (اختياري)؟</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="914" />
        <source>Not done</source>
        <translation>لم يتم</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="915" />
        <source>That did not work: %1</source>
        <translation>تعذّر ذلك: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="928" />
        <location filename="../app/ui/pages/accounts.py" line="936" />
        <source>Official accounts</source>
        <translation>الحسابات الرسمية</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="931" />
        <source>Who administers each account, when its password is due for a change, and its 2FA codes. Passwords and 2FA keys stay in the operating system's keyring.</source>
        <translation>من يدير كل حساب، وموعد تغيير كلمة مروره، ورموز التحقق بخطوتين الخاصة به. تبقى كلمات المرور ومفاتيح التحقق بخطوتين في سلسلة المفاتيح في نظام التشغيل.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="935" />
        <source>&amp;New account…</source>
        <translation>حساب &amp;جديد…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="939" />
        <source>Platform</source>
        <translation>المنصة</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="940" />
        <source>Handle</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="941" />
        <source>2FA</source>
        <translation>التحقق بخطوتين</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="942" />
        <source>Next change</source>
        <translation>التغيير التالي</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="946" />
        <source>No official accounts yet. Add one with “New account…”.</source>
        <translation>لا توجد حسابات رسمية بعد. أضف حسابًا عبر «حساب جديد…».</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="947" />
        <source>Vault</source>
        <translation>الخزنة</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="948" />
        <source>Password:</source>
        <translation>كلمة المرور:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="950" />
        <source>Show or hide the password</source>
        <translation>إظهار كلمة المرور أو إخفاؤها</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="951" />
        <source>&amp;Copy password</source>
        <translation>&amp;نسخ كلمة المرور</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="953" />
        <source>Copy the password; the clipboard is cleared after 20 seconds</source>
        <translation>نسخ كلمة المرور؛ تُمسح الحافظة بعد 20 ثانية</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="955" />
        <source>2FA code:</source>
        <translation>رمز التحقق بخطوتين:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="956" />
        <source>Copy c&amp;ode</source>
        <translation>نسخ ال&amp;رمز</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="958" />
        <source>Copy the current code; the clipboard is cleared after 20 seconds</source>
        <translation>نسخ الرمز الحالي؛ تُمسح الحافظة بعد 20 ثانية</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="960" />
        <source>Remove 2FA key</source>
        <translation>إزالة مفتاح التحقق</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="961" />
        <source>Actions</source>
        <translation>الإجراءات</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="962" />
        <source>&amp;Edit account…</source>
        <translation>ت&amp;عديل الحساب…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="963" />
        <source>Password changed &amp;today</source>
        <translation>غُيّرت كلمة المرور ال&amp;يوم</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="965" />
        <source>Record that the password was changed today: the rotation clock restarts</source>
        <translation>تسجيل أن كلمة المرور غُيّرت اليوم: يبدأ احتساب موعد التغيير التالي من جديد</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="967" />
        <source>Privacy settings re&amp;viewed</source>
        <translation>تمت &amp;مراجعة إعدادات الخصوصية</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="969" />
        <source>Record that the privacy and security settings were reviewed today</source>
        <translation>تسجيل أن إعدادات الخصوصية والأمان رُوجعت اليوم</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="971" />
        <source>Account co&amp;mpromised…</source>
        <translation>&amp;اختراق الحساب…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="973" />
        <source>Start the guideline's procedure for a hacked account</source>
        <translation>بدء إجراء الدليل الإرشادي للحساب المخترق</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="975" />
        <source>&amp;Delete account…</source>
        <translation>&amp;حذف الحساب…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="976" />
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="978" />
        <source>Platform:</source>
        <translation>المنصة:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="979" />
        <source>Handle:</source>
        <translation>المعرّف:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="980" />
        <source>URL:</source>
        <translation>الرابط:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="981" />
        <source>Official e-mail:</source>
        <translation>البريد الإلكتروني الرسمي:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="982" />
        <source>Verification badge:</source>
        <translation>شارة التوثيق:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="983" />
        <source>Two-factor authentication:</source>
        <translation>التحقق بخطوتين:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="984" />
        <source>In use:</source>
        <translation>قيد الاستخدام:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="985" />
        <source>X Premium:</source>
        <translation>إكس بريميوم:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="986" />
        <source>Password last changed:</source>
        <translation>آخر تغيير لكلمة المرور:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="987" />
        <source>Next change due:</source>
        <translation>موعد التغيير التالي:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="988" />
        <source>Password rotation:</source>
        <translation>تغيير كلمة المرور دوريًا:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="989" />
        <source>Privacy settings reviewed:</source>
        <translation>مراجعة إعدادات الخصوصية:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="990" />
        <source>Notes:</source>
        <translation>ملاحظات:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="994" />
        <location filename="../app/ui/pages/accounts.py" line="995" />
        <source>Administrators</source>
        <translation>المسؤولون</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="997" />
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="997" />
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="997" />
        <source>Rights</source>
        <translation>الصلاحيات</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="997" />
        <source>Agency</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="999" />
        <source>Incidents</source>
        <translation>الحوادث</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="1000" />
        <source>Incidents of this account</source>
        <translation>حوادث هذا الحساب</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="1002" />
        <source>Started</source>
        <translation>البدء</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="1002" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="1002" />
        <source>What happened</source>
        <translation>ما حدث</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="1004" />
        <source>Open &amp;incident</source>
        <translation>&amp;فتح الحادثة</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/accounts.py" line="1005" />
        <source>No incidents recorded for this account.</source>
        <translation>لا حوادث مسجّلة لهذا الحساب.</translation>
    </message>
</context>
<context>
    <name>ApprovalMessages</name>
    <message>
        <location filename="../app/ui/approvals/__init__.py" line="112" />
        <source>The keyring cannot be used, so approvers' keys can be neither read nor stored.</source>
        <translation>تعذّر استخدام حلقة المفاتيح، لذا لا يمكن قراءة مفاتيح المعتمِدين ولا حفظها.</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/__init__.py" line="116" />
        <source>This approver no longer exists.</source>
        <translation>لم يعد هذا المعتمِد موجودًا.</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/__init__.py" line="117" />
        <source>The post is no longer in review: it cannot be signed now.</source>
        <translation>لم يعد المنشور قيد المراجعة: لا يمكن توقيعه الآن.</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/__init__.py" line="120" />
        <source>That was not done.</source>
        <translation>لم يُنفَّذ ذلك.</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/__init__.py" line="135" />
        <source>Details: %1</source>
        <translation>التفاصيل: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/__init__.py" line="155" />
        <source>This approver is locked until %1 after five failed attempts in a row. Wait until then, or ask another approver.</source>
        <translation>هذا المعتمِد مقفل حتى %1 بعد خمس محاولات فاشلة متتالية. انتظر حتى ذلك الحين، أو اطلب من معتمِد آخر.</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/__init__.py" line="164" />
        <source>This approver was removed and can no longer sign.</source>
        <translation>أُزيل هذا المعتمِد ولم يعد بإمكانه التوقيع.</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/__init__.py" line="169" />
        <source>The checklist now finds blockers in this post (%1), for instance a quiet period added since it was submitted: it cannot be approved. Request changes instead.</source>
        <translation>تجد قائمة التحقق الآن موانع في هذا المنشور (%1)، كفترة توقف عن النشر أُضيفت بعد إرساله: لا يمكن اعتماده. اطلب تعديلات بدلًا من ذلك.</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/__init__.py" line="177" />
        <source>Not accepted.</source>
        <translation>لم يُقبل.</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/__init__.py" line="186" />
        <source>This code was already used: a code signs once only. Wait for the next code on the phone (at most 30 seconds) and type that one.</source>
        <translation>استُخدم هذا الرمز من قبل: الرمز يوقّع مرة واحدة فقط. انتظر الرمز التالي على الهاتف (30 ثانية على الأكثر) واكتبه.</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/__init__.py" line="192" />
        <source>A code is 6 digits: type the code the authenticator app shows now.</source>
        <translation>الرمز 6 أرقام: اكتب الرمز الذي يعرضه تطبيق المصادقة الآن.</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/__init__.py" line="196" />
        <source>The passphrase or the code is not right. Nothing was signed. Check the passphrase and type the code the phone shows now.</source>
        <translation>عبارة المرور أو الرمز غير صحيح. لم يُوقَّع شيء. تحقّق من عبارة المرور واكتب الرمز الذي يعرضه الهاتف الآن.</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/__init__.py" line="202" />
        <source>That was the fifth failed attempt in a row: this approver is locked until %1.</source>
        <translation>كانت هذه المحاولة الفاشلة الخامسة على التوالي: هذا المعتمِد مقفل حتى %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/approvals/__init__.py" line="209" />
        <source>%n attempt(s) left before this approver is locked for 15 minutes.</source>
        <translation>
            <numerusform>تتبقى %n محاولة قبل قفل هذا المعتمِد مدة 15 دقيقة.</numerusform>
            <numerusform>تتبقى محاولة واحدة قبل قفل هذا المعتمِد مدة 15 دقيقة.</numerusform>
            <numerusform>تتبقى محاولتان قبل قفل هذا المعتمِد مدة 15 دقيقة.</numerusform>
            <numerusform>تتبقى %n محاولات قبل قفل هذا المعتمِد مدة 15 دقيقة.</numerusform>
            <numerusform>تتبقى %n محاولة قبل قفل هذا المعتمِد مدة 15 دقيقة.</numerusform>
            <numerusform>تتبقى %n محاولة قبل قفل هذا المعتمِد مدة 15 دقيقة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApproversPanel</name>
    <message>
        <location filename="../app/ui/approvals/panel.py" line="154" />
        <source>Removed</source>
        <translation>مُزال</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/panel.py" line="156" />
        <source>Locked until %1</source>
        <translation>مقفل حتى %1</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/panel.py" line="160" />
        <source>Active — key missing from the keyring: re-enrol</source>
        <translation>نشط — المفتاح غير موجود في حلقة المفاتيح: أعد التسجيل</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/approvals/panel.py" line="162" />
        <source>Active — %n failed attempt(s)</source>
        <translation>
            <numerusform>نشط — %n محاولة فاشلة</numerusform>
            <numerusform>نشط — محاولة فاشلة واحدة</numerusform>
            <numerusform>نشط — محاولتان فاشلتان</numerusform>
            <numerusform>نشط — %n محاولات فاشلة</numerusform>
            <numerusform>نشط — %n محاولة فاشلة</numerusform>
            <numerusform>نشط — %n محاولة فاشلة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/panel.py" line="163" />
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/panel.py" line="216" />
        <source>The keyring cannot be used, so approvers cannot be enrolled and cannot sign. Why: %1.</source>
        <translation>تعذّر استخدام حلقة المفاتيح، لذا لا يمكن تسجيل المعتمِدين ولا يمكنهم التوقيع. السبب: %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/panel.py" line="218" />
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/panel.py" line="243" />
        <source>%1 is enrolled and can sign posts.</source>
        <translation>سُجِّل %1 ويمكنه الآن توقيع المنشورات.</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/panel.py" line="261" />
        <source>%1 has a new key and passphrase; the old key no longer works.</source>
        <translation>أصبح لدى %1 مفتاح جديد وعبارة مرور جديدة؛ ولم يعد المفتاح القديم يعمل.</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/panel.py" line="277" />
        <source>The passphrase of %1 was changed.</source>
        <translation>غُيِّرت عبارة المرور الخاصة بـ%1.</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/panel.py" line="286" />
        <source>Remove the approver</source>
        <translation>إزالة المعتمِد</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/panel.py" line="288" />
        <source>Remove %1 as an approver? Their key is deleted from the keyring and they can no longer sign. Their past approvals stay in the history.</source>
        <translation>إزالة %1 من المعتمِدين؟ يُحذف مفتاحه من حلقة المفاتيح ولن يتمكن من التوقيع بعد ذلك. تبقى اعتماداته السابقة محفوظة في السجل.</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/panel.py" line="300" />
        <source>%1 was removed as an approver.</source>
        <translation>أُزيل %1 من المعتمِدين.</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/panel.py" line="319" />
        <source>An approver signs a post with a passphrase only they know and the 6-digit code of the authenticator app on their own phone. Their key is kept in the keyring, sealed with that passphrase: whoever uses this computer cannot make approval codes.</source>
        <translation>يوقّع المعتمِد المنشور بعبارة مرور لا يعرفها سواه وبالرمز المكوّن من 6 أرقام الذي يعرضه تطبيق المصادقة على هاتفه الشخصي. يُحفظ مفتاحه في حلقة المفاتيح مختومًا بتلك العبارة: فلا يستطيع مَن يستخدم هذا الحاسوب توليد رموز الاعتماد.</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/panel.py" line="325" />
        <source>Approvers</source>
        <translation>المعتمِدون</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/panel.py" line="327" />
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/panel.py" line="327" />
        <source>Enrolled on</source>
        <translation>تاريخ التسجيل</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/panel.py" line="327" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/panel.py" line="327" />
        <source>Job title</source>
        <translation>المسمى الوظيفي</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/panel.py" line="329" />
        <source>No approvers yet. Enrol one with “Enrol…”.</source>
        <translation>لا يوجد معتمِدون بعد. سجّل معتمِدًا عبر «تسجيل…».</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/panel.py" line="330" />
        <source>Show re&amp;moved approvers</source>
        <translation>إظهار المعتمِدين المُزالين</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/panel.py" line="331" />
        <source>&amp;Enrol…</source>
        <translation>تسجيل…</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/panel.py" line="332" />
        <source>Enrol a new approver</source>
        <translation>تسجيل معتمِد جديد</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/panel.py" line="333" />
        <source>Re-e&amp;nrol…</source>
        <translation>إعادة تسجيل…</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/panel.py" line="335" />
        <source>Give the chosen approver a new key and passphrase (a new phone, a lost one)</source>
        <translation>منح المعتمِد المحدد مفتاحًا جديدًا وعبارة مرور جديدة (عند تغيير الهاتف أو فقدانه)</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/panel.py" line="337" />
        <source>Change &amp;passphrase…</source>
        <translation>تغيير عبارة المرور…</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/panel.py" line="338" />
        <source>Remo&amp;ve…</source>
        <translation>إزالة…</translation>
    </message>
</context>
<context>
    <name>Archive</name>
    <message>
        <location filename="../app/ui/archive/dialogs.py" line="34" />
        <source>not a kind of file the archive takes (images: JPEG, PNG, GIF, WebP; videos: MP4, MOV, WebM, M4V; documents: PDF, DOCX, XLSX, PPTX, ODT, TXT)</source>
        <translation>نوع ملف غير مدعوم في الأرشيف (الصور: JPEG، PNG، GIF، WebP؛ الفيديو: MP4، MOV، WebM، M4V؛ المستندات: PDF، DOCX، XLSX، PPTX، ODT، TXT)</translation>
    </message>
    <message>
        <location filename="../app/ui/archive/dialogs.py" line="39" />
        <source>a folder, not a file</source>
        <translation>مجلد وليس ملفًا</translation>
    </message>
    <message>
        <location filename="../app/ui/archive/dialogs.py" line="40" />
        <source>not a regular file</source>
        <translation>ليس ملفًا عاديًا</translation>
    </message>
    <message>
        <location filename="../app/ui/archive/dialogs.py" line="41" />
        <source>could not be read (%1)</source>
        <translation>تعذّرت قراءته (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/archive/dialogs.py" line="42" />
        <source>the file is empty</source>
        <translation>الملف فارغ</translation>
    </message>
    <message>
        <location filename="../app/ui/archive/dialogs.py" line="43" />
        <source>the image is damaged, incomplete or not a JPEG, PNG, GIF or WebP (%1)</source>
        <translation>الصورة تالفة أو ناقصة أو ليست بصيغة JPEG أو PNG أو GIF أو WebP (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/archive/dialogs.py" line="46" />
        <source>not a PDF file, whatever its name says</source>
        <translation>ليس ملف PDF فعلًا، أيًّا كان ما يوحي به اسمه</translation>
    </message>
    <message>
        <location filename="../app/ui/archive/dialogs.py" line="47" />
        <source>not an office document, whatever its name says (not a ZIP package)</source>
        <translation>ليس مستندًا مكتبيًا فعلًا، أيًّا كان ما يوحي به اسمه (ليس حزمة ZIP)</translation>
    </message>
    <message>
        <location filename="../app/ui/archive/dialogs.py" line="50" />
        <source>the file changed while it was being imported</source>
        <translation>تغيّر الملف أثناء استيراده</translation>
    </message>
    <message>
        <location filename="../app/ui/archive/dialogs.py" line="51" />
        <source>could not be copied into the workspace (%1)</source>
        <translation>تعذّر نسخه إلى مساحة العمل (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/archive/dialogs.py" line="52" />
        <source>the database refused it (%1)</source>
        <translation>رفضته قاعدة البيانات (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/archive/dialogs.py" line="53" />
        <source>something went wrong (%1)</source>
        <translation>حدث خطأ ما (%1)</translation>
    </message>
</context>
<context>
    <name>ArchivePage</name>
    <message>
        <location filename="../app/ui/pages/archive.py" line="219" />
        <source>Image</source>
        <translation>صورة</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/archive.py" line="220" />
        <source>Video</source>
        <translation>فيديو</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/archive.py" line="221" />
        <source>Document</source>
        <translation>مستند</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/archive.py" line="225" />
        <source>Archive</source>
        <translation>الأرشيف</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/archive.py" line="226" />
        <source>&amp;Import files…</source>
        <translation>ا&amp;ستيراد ملفات…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/archive.py" line="228" />
        <source>Copy images, videos and documents into the archive (Ctrl+O)</source>
        <translation>نسخ الصور ومقاطع الفيديو والمستندات إلى الأرشيف (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/archive.py" line="230" />
        <source>Import &amp;folder…</source>
        <translation>استيراد م&amp;جلد…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/archive.py" line="232" />
        <source>Copy every image, video and document of a folder and its sub-folders</source>
        <translation>نسخ جميع الصور ومقاطع الفيديو والمستندات الموجودة في مجلد ومجلداته الفرعية</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/archive.py" line="234" />
        <source>E&amp;xport for institutional memory…</source>
        <translation>&amp;تصدير للذاكرة المؤسسية…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/archive.py" line="237" />
        <source>Save a period's published posts with their media and details as a folder that opens in a web browser</source>
        <translation>حفظ ما نُشر من منشورات في فترة محددة، مع وسائطها وتفاصيلها، في مجلد يُفتح في متصفح الويب</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/archive.py" line="241" />
        <source>Types</source>
        <translation>الأنواع</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/archive.py" line="242" />
        <source>any</source>
        <translation>الكل</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/archive.py" line="243" />
        <source>%1 chosen</source>
        <translation>%1 محددة</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/archive.py" line="244" />
        <source>Any (clear the ticks)</source>
        <translation>الكل (إزالة علامات التحديد)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/archive.py" line="245" />
        <source>Show items of any of the ticked types</source>
        <translation>عرض المواد من أيٍّ من الأنواع المحددة</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/archive.py" line="247" />
        <source>Event</source>
        <translation>الفعالية</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/archive.py" line="248" />
        <source>Show the items of one event</source>
        <translation>عرض مواد فعالية معيّنة</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/archive.py" line="249" />
        <source>Tag</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/archive.py" line="250" />
        <source>Show the items with one tag</source>
        <translation>عرض المواد التي تحمل وسمًا معيّنًا</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/archive.py" line="253" />
        <source>No &amp;alt text</source>
        <translation>بلا &amp;نص بديل</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/archive.py" line="255" />
        <source>Only images whose Arabic or English alt text is missing</source>
        <translation>الصور التي ينقصها النص البديل العربي أو الإنجليزي فقط</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/archive.py" line="257" />
        <source>No co&amp;nsent</source>
        <translation>بلا &amp;موافقة</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/archive.py" line="259" />
        <source>Only items showing identifiable people without a valid consent for each</source>
        <translation>المواد التي يظهر فيها أشخاص يمكن التعرف عليهم دون موافقة سارية لكل منهم فقط</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/archive.py" line="261" />
        <source>No &amp;licence</source>
        <translation>بلا ت&amp;رخيص</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/archive.py" line="262" />
        <source>Only items whose licence is not recorded</source>
        <translation>المواد التي لم يُسجَّل ترخيصها فقط</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/archive.py" line="263" />
        <source>Search titles, names and tags (Ctrl+F)</source>
        <translation>البحث في العناوين والأسماء والوسوم (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/archive.py" line="264" />
        <source>Search the archive</source>
        <translation>البحث في الأرشيف</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/archive.py" line="267" />
        <source>Every word, in the title, description, file name or tags; Arabic spelling variants and diacritics do not matter</source>
        <translation>كل كلمة، في العنوان أو الوصف أو اسم الملف أو الوسوم؛ ولا أثر لاختلاف الإملاء العربي ولا للتشكيل</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/archive.py" line="271" />
        <source>Clear filters</source>
        <translation>مسح عوامل التصفية</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/archive.py" line="272" />
        <source>Show every item again</source>
        <translation>عرض جميع المواد مجددًا</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/archive.py" line="273" />
        <source>Archive items</source>
        <translation>مواد الأرشيف</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/archive.py" line="275" />
        <source>Arrow keys move between items; the details are beside the grid</source>
        <translation>تنقّل بين المواد بمفاتيح الأسهم؛ وتظهر التفاصيل بجانب الشبكة</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/archive.py" line="277" />
        <source>&amp;Edit details</source>
        <translation>&amp;تحرير التفاصيل</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/archive.py" line="278" />
        <source>&amp;Open the file</source>
        <translation>&amp;فتح الملف</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/archive.py" line="281" />
        <source>No alt text</source>
        <translation>لا نص بديل</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/archive.py" line="282" />
        <source>Consent missing</source>
        <translation>الموافقة ناقصة</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/archive.py" line="283" />
        <source>No alt text: the Arabic or English description is missing.</source>
        <translation>لا نص بديل: الوصف العربي أو الإنجليزي غير موجود.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/archive.py" line="285" />
        <source>Consent missing: identifiable people appear without a valid consent.</source>
        <translation>الموافقة ناقصة: يظهر أشخاص يمكن التعرف عليهم دون موافقة سارية.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/archive.py" line="287" />
        <source>No licence recorded.</source>
        <translation>لم يُسجَّل ترخيص.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/archive.py" line="297" />
        <source>Event: any</source>
        <translation>الفعالية: الكل</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/archive.py" line="308" />
        <source>Tag: any</source>
        <translation>الوسم: الكل</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/archive.py" line="361" />
        <source>%n item(s) shown</source>
        <translation>
            <numerusform>%n مادة معروضة</numerusform>
            <numerusform>مادة واحدة معروضة</numerusform>
            <numerusform>مادتان معروضتان</numerusform>
            <numerusform>%n مواد معروضة</numerusform>
            <numerusform>%n مادة معروضة</numerusform>
            <numerusform>%n مادة معروضة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/archive.py" line="365" />
        <source>%n without alt text</source>
        <translation>
            <numerusform>%n مادة بلا نص بديل</numerusform>
            <numerusform>مادة واحدة بلا نص بديل</numerusform>
            <numerusform>مادتان بلا نص بديل</numerusform>
            <numerusform>%n مواد بلا نص بديل</numerusform>
            <numerusform>%n مادة بلا نص بديل</numerusform>
            <numerusform>%n مادة بلا نص بديل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/archive.py" line="367" />
        <source>%n missing consent</source>
        <translation>
            <numerusform>%n مادة تنقصها الموافقة</numerusform>
            <numerusform>مادة واحدة تنقصها الموافقة</numerusform>
            <numerusform>مادتان تنقصهما الموافقة</numerusform>
            <numerusform>%n مواد تنقصها الموافقة</numerusform>
            <numerusform>%n مادة تنقصها الموافقة</numerusform>
            <numerusform>%n مادة تنقصها الموافقة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/archive.py" line="458" />
        <source>There is no archive item %1.</source>
        <translation>لا توجد مادة في الأرشيف برقم %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/archive.py" line="510" />
        <source>Unsaved details</source>
        <translation>تفاصيل غير محفوظة</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/archive.py" line="511" />
        <source>The details of “%1” have changed. Save them?</source>
        <translation>تغيّرت تفاصيل «%1». هل تريد حفظها؟</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/archive.py" line="589" />
        <source>The file of “%1” is missing from the workspace's media store.</source>
        <translation>ملف «%1» غير موجود في مخزن الوسائط الخاص بمساحة العمل.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/archive.py" line="607" />
        <source>Import into the archive</source>
        <translation>الاستيراد إلى الأرشيف</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/archive.py" line="609" />
        <source>Images, videos and documents (%1);;All files (*)</source>
        <translation>الصور ومقاطع الفيديو والمستندات (%1);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/archive.py" line="619" />
        <source>Import a folder into the archive</source>
        <translation>استيراد مجلد إلى الأرشيف</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/archive.py" line="636" />
        <source>Importing</source>
        <translation>جارٍ الاستيراد</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/archive.py" line="637" />
        <source>Checking and copying the files…</source>
        <translation>جارٍ فحص الملفات ونسخها…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/archive.py" line="638" />
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/archive.py" line="654" />
        <source>Checking and copying the files: %1 of %2</source>
        <translation>جارٍ فحص الملفات ونسخها: %1 من %2</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/archive.py" line="675" />
        <source>Nothing was imported: %1</source>
        <translation>لم يُستورد شيء: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/archive.py" line="704" />
        <source>already in the archive as “%1”</source>
        <translation>موجود في الأرشيف مسبقًا باسم «%1»</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/archive.py" line="742" />
        <source>Nothing was exported: %1</source>
        <translation>لم يُصدَّر شيء: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/archive.py" line="746" />
        <source>%n post(s) exported</source>
        <translation>
            <numerusform>صُدِّر %n منشور</numerusform>
            <numerusform>صُدِّر منشور واحد</numerusform>
            <numerusform>صُدِّر منشوران</numerusform>
            <numerusform>صُدِّرت %n منشورات</numerusform>
            <numerusform>صُدِّر %n منشورًا</numerusform>
            <numerusform>صُدِّر %n منشور</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/archive.py" line="748" />
        <source>%n media file(s) copied</source>
        <translation>
            <numerusform>نُسخ %n ملف وسائط</numerusform>
            <numerusform>نُسخ ملف وسائط واحد</numerusform>
            <numerusform>نُسخ ملفا وسائط</numerusform>
            <numerusform>نُسخت %n ملفات وسائط</numerusform>
            <numerusform>نُسخ %n ملف وسائط</numerusform>
            <numerusform>نُسخ %n ملف وسائط</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/archive.py" line="754" />
        <source>Export finished</source>
        <translation>اكتمل التصدير</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/archive.py" line="755" />
        <source>Open the folder?</source>
        <translation>هل تريد فتح المجلد؟</translation>
    </message>
</context>
<context>
    <name>AuditTrailDialog</name>
    <message>
        <location filename="../app/ui/audit_trail.py" line="255" />
        <source>Audit trail of the post “%1”</source>
        <translation>مسار التدقيق للمنشور «%1»</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_trail.py" line="256" />
        <source>(untitled)</source>
        <translation>(بلا عنوان)</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_trail.py" line="259" />
        <source>Audit trail of the approver %1</source>
        <translation>مسار التدقيق للمعتمِد %1</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_trail.py" line="264" />
        <source>Audit trail: %1 %2</source>
        <translation>مسار التدقيق: %1 %2</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_trail.py" line="269" />
        <source>&amp;Anchor:</source>
        <translation>المرساة:</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_trail.py" line="270" />
        <source>Anchor of the audit log: entry count and head hash</source>
        <translation>مرساة سجل التدقيق: عدد القيود وبصمة القيد الأخير</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_trail.py" line="271" />
        <source>&amp;Copy anchor</source>
        <translation>نسخ المرساة</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_trail.py" line="272" />
        <source>Copy the anchor to the clipboard</source>
        <translation>نسخ المرساة إلى الحافظة</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_trail.py" line="275" />
        <source>Keep the anchor outside this computer (on paper, for example): %1 checks later that the log was not rewritten.</source>
        <translation>احفظ المرساة خارج هذا الحاسوب (على الورق مثلًا): يتحقق الأمر %1 لاحقًا من أن السجل لم تُعَد كتابته.</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_trail.py" line="279" />
        <source>Audit entries</source>
        <translation>قيود التدقيق</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_trail.py" line="282" />
        <source>No.</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_trail.py" line="283" />
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_trail.py" line="284" />
        <source>Who</source>
        <translation>المنفِّذ</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_trail.py" line="285" />
        <source>What happened</source>
        <translation>الحدث</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_trail.py" line="286" />
        <source>Chain</source>
        <translation>السلسلة</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_trail.py" line="289" />
        <source>&amp;Selected entry:</source>
        <translation>القيد المحدد:</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_trail.py" line="290" />
        <source>The selected entry in full</source>
        <translation>القيد المحدد كاملًا</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_trail.py" line="291" />
        <source>Nothing is recorded for this yet.</source>
        <translation>لم يُسجَّل شيء لهذا بعد.</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_trail.py" line="302" />
        <source>Audit log verified: %1 entries, every link intact.</source>
        <translation>تم التحقق من سجل التدقيق: عدد القيود %1، وجميع روابط السلسلة سليمة.</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_trail.py" line="310" />
        <source>The audit log is broken: %1</source>
        <translation>سجل التدقيق منقطع: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_trail.py" line="314" />
        <source>The audit log is broken at entry %1: it was changed outside Bayan. Entries from there on cannot be trusted. Details: %2</source>
        <translation>سجل التدقيق منقطع عند القيد %1: عُدِّل خارج «بيان». لا يمكن الوثوق بالقيود من هذا الموضع فصاعدًا. التفاصيل: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_trail.py" line="324" />
        <source>No anchor: the log is empty or broken</source>
        <translation>لا توجد مرساة: السجل فارغ أو منقطع</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_trail.py" line="366" />
        <source>broken here</source>
        <translation>موضع الانقطاع</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_trail.py" line="367" />
        <source>after the break</source>
        <translation>بعد الانقطاع</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_trail.py" line="377" />
        <source>Entry %1 — %2 — %3</source>
        <translation>القيد %1 — %2 — %3</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_trail.py" line="383" />
        <source>Entry hash: %1</source>
        <translation>بصمة القيد: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_trail.py" line="391" />
        <source>Officer</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_trail.py" line="409" />
        <source>Approver #%1</source>
        <translation>المعتمِد رقم %1</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_trail.py" line="424" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_trail.py" line="430" />
        <source>%1: %2, %3</source>
        <translation>%1: %2، %3</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_trail.py" line="437" />
        <source>Published at: %1</source>
        <translation>وقت النشر: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_trail.py" line="439" />
        <source>URL: %1</source>
        <translation>الرابط: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_trail.py" line="444" />
        <source>Before the correction: %1 at %2</source>
        <translation>قبل التصحيح: %1 في %2</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_trail.py" line="452" />
        <source>%1: from %2 to %3</source>
        <translation>%1: من %2 إلى %3</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_trail.py" line="460" />
        <source>the approval was kept</source>
        <translation>بقي الاعتماد قائمًا</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_trail.py" line="462" />
        <source>the approval was withdrawn</source>
        <translation>سُحب الاعتماد</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_trail.py" line="467" />
        <location filename="../app/ui/audit_trail.py" line="480" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_trail.py" line="477" />
        <source>failure %1 in a row</source>
        <translation>الإخفاق رقم %1 على التوالي</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_trail.py" line="482" />
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../app/ui/audit_trail.py" line="488" />
        <source>%1 until %2</source>
        <translation>%1 حتى %2</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_trail.py" line="498" />
        <source>Approver: %1</source>
        <translation>المعتمِد: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_trail.py" line="501" />
        <source>Name: %1</source>
        <translation>الاسم: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_trail.py" line="503" />
        <source>Title: %1</source>
        <translation>المسمى الوظيفي: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_trail.py" line="506" />
        <source>Comment: %1</source>
        <translation>التعليق: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_trail.py" line="509" />
        <source>%1: “%2”</source>
        <translation>%1: «%2»</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_trail.py" line="514" />
        <source>content %1</source>
        <translation>المحتوى %1</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_trail.py" line="515" />
        <source>Hash of the content signed: %1</source>
        <translation>بصمة المحتوى الموقَّع: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_trail.py" line="554" />
        <source>not scheduled</source>
        <translation>غير مجدول</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_trail.py" line="559" />
        <source>Created</source>
        <translation>أُنشئ</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_trail.py" line="560" />
        <source>Submitted for approval</source>
        <translation>أُرسل للاعتماد</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_trail.py" line="561" />
        <source>Withdrawn</source>
        <translation>سُحب</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_trail.py" line="562" />
        <source>Approved</source>
        <translation>اعتُمد</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_trail.py" line="563" />
        <source>Changes requested</source>
        <translation>مطلوب تعديلات</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_trail.py" line="564" />
        <source>Returned to draft</source>
        <translation>أُعيد إلى مسودة</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_trail.py" line="565" />
        <source>Rescheduled</source>
        <translation>أُعيدت جدولته</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_trail.py" line="566" />
        <source>Published: every platform has a record</source>
        <translation>نُشر: لكل منصة سجل نشر</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_trail.py" line="567" />
        <source>Archived</source>
        <translation>أُرشف</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_trail.py" line="568" />
        <source>Publication recorded</source>
        <translation>سُجِّل النشر</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_trail.py" line="569" />
        <source>Publication record corrected</source>
        <translation>صُحِّح سجل النشر</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_trail.py" line="570" />
        <source>Signature refused</source>
        <translation>رُفض التوقيع</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_trail.py" line="571" />
        <source>Approver locked</source>
        <translation>قُفل المعتمِد</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_trail.py" line="572" />
        <source>Approver enrolled</source>
        <translation>سُجِّل المعتمِد</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_trail.py" line="573" />
        <source>Approver enrolled again (new key)</source>
        <translation>أُعيد تسجيل المعتمِد (مفتاح جديد)</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_trail.py" line="574" />
        <source>Approver's passphrase changed</source>
        <translation>غُيِّرت عبارة مرور المعتمِد</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_trail.py" line="575" />
        <source>Approver removed</source>
        <translation>أُزيل المعتمِد</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_trail.py" line="581" />
        <source>the content was edited, so the approval was withdrawn</source>
        <translation>عُدِّل المحتوى، لذا سُحب الاعتماد</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_trail.py" line="582" />
        <source>an attachment changed, so the approval was withdrawn</source>
        <translation>تغيّر أحد المرفقات، لذا سُحب الاعتماد</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_trail.py" line="583" />
        <source>an alt text changed, so the approval was withdrawn</source>
        <translation>تغيّر أحد النصوص البديلة، لذا سُحب الاعتماد</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_trail.py" line="584" />
        <source>the new time falls in a quiet period</source>
        <translation>الموعد الجديد يقع ضمن فترة توقف عن النشر</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_trail.py" line="590" />
        <source>wrong passphrase or code</source>
        <translation>عبارة مرور أو رمز غير صحيح</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_trail.py" line="591" />
        <source>a code that was already used</source>
        <translation>رمز سبق استخدامه</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_trail.py" line="592" />
        <source>not a 6-digit code</source>
        <translation>ليس رمزًا من 6 أرقام</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_trail.py" line="593" />
        <source>the approver is locked</source>
        <translation>المعتمِد مقفل</translation>
    </message>
    <message>
        <location filename="../app/ui/audit_trail.py" line="611" />
        <source>Copied</source>
        <translation>نُسخ</translation>
    </message>
</context>
<context>
    <name>BackupPanel</name>
    <message>
        <location filename="../app/ui/pages/backup_panel.py" line="74" />
        <source>Bayan backs up the database once a day when it starts and before every update of its format, into the backups folder, each backup with a list of the media files to check them against on a restore.</source>
        <translation>ينسخ بيان قاعدة البيانات احتياطيًا مرة في اليوم عند بدء تشغيله وقبل كل تحديث لصيغتها، في مجلد النسخ الاحتياطية، ومع كل نسخة قائمة بملفات الوسائط للتحقق منها عند الاستعادة.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/backup_panel.py" line="79" />
        <source>&amp;Keep the newest backups:</source>
        <translation>الا&amp;حتفاظ بأحدث النسخ الاحتياطية:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/backup_panel.py" line="80" />
        <source>Number of backups to keep</source>
        <translation>عدد النسخ الاحتياطية المحتفظ بها</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/backup_panel.py" line="81" />
        <source>&amp;Back up now</source>
        <translation>&amp;نسخ احتياطي الآن</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/backup_panel.py" line="82" />
        <source>&amp;Export workspace…</source>
        <translation>ت&amp;صدير مساحة العمل…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/backup_panel.py" line="85" />
        <source>Write the database and the media files to one .zip, to move to another computer</source>
        <translation>اكتب قاعدة البيانات وملفات الوسائط في ملف ‎.zip‎ واحد، لنقلها إلى حاسوب آخر</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/backup_panel.py" line="88" />
        <source>&amp;Import workspace…</source>
        <translation>ا&amp;ستيراد مساحة عمل…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/backup_panel.py" line="89" />
        <source>Unpack an exported .zip into a new, empty folder</source>
        <translation>فكّ ملف ‎.zip‎ مُصدَّر في مجلد جديد فارغ</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/backup_panel.py" line="101" />
        <source>Not saved: %1</source>
        <translation>لم يُحفظ: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/backup_panel.py" line="103" />
        <source>Bayan keeps the newest %n backup(s).</source>
        <translation>
            <numerusform>لا يحتفظ بيان بأي نسخة احتياطية.</numerusform>
            <numerusform>يحتفظ بيان بأحدث نسخة احتياطية.</numerusform>
            <numerusform>يحتفظ بيان بأحدث نسختين احتياطيتين.</numerusform>
            <numerusform>يحتفظ بيان بأحدث %n نسخ احتياطية.</numerusform>
            <numerusform>يحتفظ بيان بأحدث %n نسخة احتياطية.</numerusform>
            <numerusform>يحتفظ بيان بأحدث %n نسخة احتياطية.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/backup_panel.py" line="109" />
        <source>No backup was made: %1</source>
        <translation>لم تُنشأ نسخة احتياطية: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/backup_panel.py" line="111" />
        <source>Backup written: %1</source>
        <translation>كُتبت النسخة الاحتياطية: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/backup_panel.py" line="119" />
        <source>Export workspace</source>
        <translation>تصدير مساحة العمل</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/backup_panel.py" line="121" />
        <location filename="../app/ui/pages/backup_panel.py" line="131" />
        <source>Zip archives (*.zip)</source>
        <translation>أرشيفات Zip ‏(*.zip)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/backup_panel.py" line="131" />
        <source>Import workspace</source>
        <translation>استيراد مساحة عمل</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/backup_panel.py" line="137" />
        <source>Choose a new, empty folder for the workspace</source>
        <translation>اختر مجلدًا جديدًا فارغًا لمساحة العمل</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/backup_panel.py" line="163" />
        <source>Exporting the workspace…</source>
        <translation>جارٍ تصدير مساحة العمل…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/backup_panel.py" line="167" />
        <source>Nothing was exported: %1</source>
        <translation>لم يُصدَّر شيء: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/backup_panel.py" line="173" />
        <source>Exported to %1: the database and %n media file(s). Account passwords and two-factor secrets are not in it: they stay in this computer's keyring; enter them again on the other computer, or move them with the keyring's own tools.</source>
        <translation>
            <numerusform>صُدِّرت إلى %1: قاعدة البيانات بلا ملفات وسائط. كلمات مرور الحسابات ومفاتيح التحقق بخطوتين ليست فيها: تبقى في حافظة مفاتيح هذا الحاسوب؛ أدخلها مجددًا على الحاسوب الآخر، أو انقلها بأدوات حافظة المفاتيح نفسها.</numerusform>
            <numerusform>صُدِّرت إلى %1: قاعدة البيانات وملف وسائط واحد. كلمات مرور الحسابات ومفاتيح التحقق بخطوتين ليست فيها: تبقى في حافظة مفاتيح هذا الحاسوب؛ أدخلها مجددًا على الحاسوب الآخر، أو انقلها بأدوات حافظة المفاتيح نفسها.</numerusform>
            <numerusform>صُدِّرت إلى %1: قاعدة البيانات وملفا وسائط. كلمات مرور الحسابات ومفاتيح التحقق بخطوتين ليست فيها: تبقى في حافظة مفاتيح هذا الحاسوب؛ أدخلها مجددًا على الحاسوب الآخر، أو انقلها بأدوات حافظة المفاتيح نفسها.</numerusform>
            <numerusform>صُدِّرت إلى %1: قاعدة البيانات و%n ملفات وسائط. كلمات مرور الحسابات ومفاتيح التحقق بخطوتين ليست فيها: تبقى في حافظة مفاتيح هذا الحاسوب؛ أدخلها مجددًا على الحاسوب الآخر، أو انقلها بأدوات حافظة المفاتيح نفسها.</numerusform>
            <numerusform>صُدِّرت إلى %1: قاعدة البيانات و%n ملف وسائط. كلمات مرور الحسابات ومفاتيح التحقق بخطوتين ليست فيها: تبقى في حافظة مفاتيح هذا الحاسوب؛ أدخلها مجددًا على الحاسوب الآخر، أو انقلها بأدوات حافظة المفاتيح نفسها.</numerusform>
            <numerusform>صُدِّرت إلى %1: قاعدة البيانات و%n ملف وسائط. كلمات مرور الحسابات ومفاتيح التحقق بخطوتين ليست فيها: تبقى في حافظة مفاتيح هذا الحاسوب؛ أدخلها مجددًا على الحاسوب الآخر، أو انقلها بأدوات حافظة المفاتيح نفسها.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/backup_panel.py" line="191" />
        <source>Importing the workspace…</source>
        <translation>جارٍ استيراد مساحة العمل…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/backup_panel.py" line="195" />
        <source>Nothing was imported: %1</source>
        <translation>لم يُستورد شيء: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/backup_panel.py" line="202" />
        <source>Imported into %1: the database and %n media file(s), all checked. To open it, start Bayan with %2. Account passwords and two-factor secrets are not in an export: enter them again, or move them with the keyring's own tools.</source>
        <translation>
            <numerusform>استُوردت إلى %1: قاعدة البيانات بلا ملفات وسائط، وكلها مفحوصة. لفتحها شغّل بيان بالخيار %2. كلمات مرور الحسابات ومفاتيح التحقق بخطوتين ليست في التصدير: أدخلها مجددًا، أو انقلها بأدوات حافظة المفاتيح نفسها.</numerusform>
            <numerusform>استُوردت إلى %1: قاعدة البيانات وملف وسائط واحد، وكلها مفحوصة. لفتحها شغّل بيان بالخيار %2. كلمات مرور الحسابات ومفاتيح التحقق بخطوتين ليست في التصدير: أدخلها مجددًا، أو انقلها بأدوات حافظة المفاتيح نفسها.</numerusform>
            <numerusform>استُوردت إلى %1: قاعدة البيانات وملفا وسائط، وكلها مفحوصة. لفتحها شغّل بيان بالخيار %2. كلمات مرور الحسابات ومفاتيح التحقق بخطوتين ليست في التصدير: أدخلها مجددًا، أو انقلها بأدوات حافظة المفاتيح نفسها.</numerusform>
            <numerusform>استُوردت إلى %1: قاعدة البيانات و%n ملفات وسائط، وكلها مفحوصة. لفتحها شغّل بيان بالخيار %2. كلمات مرور الحسابات ومفاتيح التحقق بخطوتين ليست في التصدير: أدخلها مجددًا، أو انقلها بأدوات حافظة المفاتيح نفسها.</numerusform>
            <numerusform>استُوردت إلى %1: قاعدة البيانات و%n ملف وسائط، وكلها مفحوصة. لفتحها شغّل بيان بالخيار %2. كلمات مرور الحسابات ومفاتيح التحقق بخطوتين ليست في التصدير: أدخلها مجددًا، أو انقلها بأدوات حافظة المفاتيح نفسها.</numerusform>
            <numerusform>استُوردت إلى %1: قاعدة البيانات و%n ملف وسائط، وكلها مفحوصة. لفتحها شغّل بيان بالخيار %2. كلمات مرور الحسابات ومفاتيح التحقق بخطوتين ليست في التصدير: أدخلها مجددًا، أو انقلها بأدوات حافظة المفاتيح نفسها.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../app/ui/daily_backup.py" line="85" />
        <source>Media files missing</source>
        <translation>ملفات وسائط مفقودة</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/daily_backup.py" line="89" />
        <source>The database was restored, but %n media file(s) it lists are missing or damaged in the workspace's media folder. A backup holds the database only: copy these files back from another copy, or restore a workspace export (.zip) that has them.</source>
        <translation>
            <numerusform>استُعيدت قاعدة البيانات، لكن لا ملفات وسائط تذكرها مفقودة أو تالفة في مجلد الوسائط في مساحة العمل. تحمل النسخة الاحتياطية قاعدة البيانات فقط: انسخ هذه الملفات من نسخة أخرى، أو استعد ملف تصدير لمساحة العمل (.zip) يحتويها.</numerusform>
            <numerusform>استُعيدت قاعدة البيانات، لكن ملف وسائط واحدًا تذكرها مفقودة أو تالفة في مجلد الوسائط في مساحة العمل. تحمل النسخة الاحتياطية قاعدة البيانات فقط: انسخ هذه الملفات من نسخة أخرى، أو استعد ملف تصدير لمساحة العمل (.zip) يحتويها.</numerusform>
            <numerusform>استُعيدت قاعدة البيانات، لكن ملفَي وسائط تذكرها مفقودة أو تالفة في مجلد الوسائط في مساحة العمل. تحمل النسخة الاحتياطية قاعدة البيانات فقط: انسخ هذه الملفات من نسخة أخرى، أو استعد ملف تصدير لمساحة العمل (.zip) يحتويها.</numerusform>
            <numerusform>استُعيدت قاعدة البيانات، لكن %n ملفات وسائط تذكرها مفقودة أو تالفة في مجلد الوسائط في مساحة العمل. تحمل النسخة الاحتياطية قاعدة البيانات فقط: انسخ هذه الملفات من نسخة أخرى، أو استعد ملف تصدير لمساحة العمل (.zip) يحتويها.</numerusform>
            <numerusform>استُعيدت قاعدة البيانات، لكن %n ملف وسائط تذكرها مفقودة أو تالفة في مجلد الوسائط في مساحة العمل. تحمل النسخة الاحتياطية قاعدة البيانات فقط: انسخ هذه الملفات من نسخة أخرى، أو استعد ملف تصدير لمساحة العمل (.zip) يحتويها.</numerusform>
            <numerusform>استُعيدت قاعدة البيانات، لكن %n ملف وسائط تذكرها مفقودة أو تالفة في مجلد الوسائط في مساحة العمل. تحمل النسخة الاحتياطية قاعدة البيانات فقط: انسخ هذه الملفات من نسخة أخرى، أو استعد ملف تصدير لمساحة العمل (.zip) يحتويها.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../app/ui/pages/calendar.py" line="283" />
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/calendar.py" line="284" />
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/calendar.py" line="285" />
        <source>Previous month or week (Page Up)</source>
        <translation>الشهر أو الأسبوع السابق (Page Up)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/calendar.py" line="286" />
        <source>Next month or week (Page Down)</source>
        <translation>الشهر أو الأسبوع التالي (Page Down)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/calendar.py" line="287" />
        <source>&amp;Today</source>
        <translation>ال&amp;يوم</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/calendar.py" line="288" />
        <source>Go to today (Home)</source>
        <translation>الانتقال إلى اليوم (Home)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/calendar.py" line="289" />
        <source>&amp;Month</source>
        <translation>&amp;شهر</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/calendar.py" line="290" />
        <source>&amp;Week</source>
        <translation>أ&amp;سبوع</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/calendar.py" line="291" />
        <source>A&amp;genda</source>
        <translation>جدول الأ&amp;عمال</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/calendar.py" line="294" />
        <source>%1 view</source>
        <translation>عرض %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/calendar.py" line="296" />
        <source>&amp;Hijri dates</source>
        <translation>التواريخ ال&amp;هجرية</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/calendar.py" line="297" />
        <source>Show the Hijri (Umm al-Qura) date beside each day</source>
        <translation>إظهار التاريخ الهجري (تقويم أم القرى) بجانب كل يوم</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/calendar.py" line="298" />
        <source>&amp;New post</source>
        <translation>منشور &amp;جديد</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/calendar.py" line="299" />
        <source>A new post on the focused day (Ctrl+N)</source>
        <translation>منشور جديد في اليوم المحدد (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/calendar.py" line="300" />
        <source>Export .ics…</source>
        <translation>تصدير ‎.ics‎…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/calendar.py" line="302" />
        <source>Save the posts shown, with the filters, as an iCalendar file</source>
        <translation>حفظ المنشورات المعروضة، وفق عوامل التصفية، في ملف iCalendar</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/calendar.py" line="306" />
        <location filename="../app/ui/pages/calendar.py" line="312" />
        <source>Event</source>
        <translation>فعالية</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/calendar.py" line="307" />
        <location filename="../app/ui/pages/calendar.py" line="313" />
        <source>Quiet period</source>
        <translation>فترة توقف عن النشر</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/calendar.py" line="308" />
        <source>Agenda</source>
        <translation>جدول الأعمال</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/calendar.py" line="310" />
        <source>%1 (today)</source>
        <translation>%1 (اليوم)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/calendar.py" line="311" />
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
        <location filename="../app/ui/pages/calendar.py" line="426" />
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
        <location filename="../app/ui/pages/calendar.py" line="465" />
        <source>%1 AH</source>
        <translation>%1 هـ</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/calendar.py" line="479" />
        <source>Calendar, %1</source>
        <translation>التقويم، %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/calendar.py" line="548" />
        <source>That post no longer exists.</source>
        <translation>ذلك المنشور لم يعد موجودًا.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/calendar.py" line="553" />
        <source>A post that is %1 cannot be moved: it is part of the record.</source>
        <translation>لا يمكن نقل منشور حالته «%1»: فهو جزء من السجل.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/calendar.py" line="571" />
        <source>The post was not moved: %1</source>
        <translation>لم يُنقل المنشور: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/calendar.py" line="573" />
        <source>Moved to %1.</source>
        <translation>نُقل إلى %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/calendar.py" line="582" />
        <source>The new time falls in a quiet period, so the post went back to draft and its approval was withdrawn.</source>
        <translation>يقع الموعد الجديد ضمن فترة توقف عن النشر، لذا أُعيد المنشور إلى مسودة وسُحب اعتماده.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/calendar.py" line="605" />
        <source>Export the calendar</source>
        <translation>تصدير التقويم</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/calendar.py" line="607" />
        <source>iCalendar files (*.ics)</source>
        <translation>ملفات iCalendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/calendar.py" line="617" />
        <source>Nothing was exported: %1</source>
        <translation>لم يُصدَّر شيء: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/calendar.py" line="620" />
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
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../app/ui/approvals/panel.py" line="392" />
        <source>Passphrase of %1</source>
        <translation>عبارة مرور %1</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/panel.py" line="393" />
        <source>&amp;Current passphrase:</source>
        <translation>عبارة المرور الحالية:</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/panel.py" line="394" />
        <source>&amp;New passphrase:</source>
        <translation>عبارة المرور الجديدة:</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/panel.py" line="395" />
        <source>&amp;Repeat the new passphrase:</source>
        <translation>أعد كتابة عبارة المرور الجديدة:</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/panel.py" line="396" />
        <source>Current passphrase</source>
        <translation>عبارة المرور الحالية</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/panel.py" line="397" />
        <source>New passphrase</source>
        <translation>عبارة المرور الجديدة</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/panel.py" line="398" />
        <source>New passphrase again</source>
        <translation>عبارة المرور الجديدة مرة أخرى</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/approvals/panel.py" line="399" />
        <source>At least %n characters.</source>
        <translation>
            <numerusform>%n حرف على الأقل.</numerusform>
            <numerusform>حرف واحد على الأقل.</numerusform>
            <numerusform>حرفان على الأقل.</numerusform>
            <numerusform>%n أحرف على الأقل.</numerusform>
            <numerusform>%n حرفًا على الأقل.</numerusform>
            <numerusform>%n حرف على الأقل.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/panel.py" line="409" />
        <source>Type the current passphrase.</source>
        <translation>اكتب عبارة المرور الحالية.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/approvals/panel.py" line="415" />
        <source>The new passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>يجب أن تتكون عبارة المرور الجديدة من %n حرف على الأقل.</numerusform>
            <numerusform>يجب أن تتكون عبارة المرور الجديدة من حرف واحد على الأقل.</numerusform>
            <numerusform>يجب أن تتكون عبارة المرور الجديدة من حرفين على الأقل.</numerusform>
            <numerusform>يجب أن تتكون عبارة المرور الجديدة من %n أحرف على الأقل.</numerusform>
            <numerusform>يجب أن تتكون عبارة المرور الجديدة من %n حرفًا على الأقل.</numerusform>
            <numerusform>يجب أن تتكون عبارة المرور الجديدة من %n حرف على الأقل.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/panel.py" line="421" />
        <source>The two new passphrases differ: type the same one twice.</source>
        <translation>عبارتا المرور الجديدتان مختلفتان: اكتب العبارة نفسها مرتين.</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/panel.py" line="438" />
        <source>The current passphrase is not right; nothing was changed.</source>
        <translation>عبارة المرور الحالية غير صحيحة؛ لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/panel.py" line="441" />
        <source>That was the fifth failed attempt in a row: this approver is locked until %1.</source>
        <translation>كانت هذه المحاولة الفاشلة الخامسة على التوالي: هذا المعتمِد مقفل حتى %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/approvals/panel.py" line="444" />
        <source>%n attempt(s) left before this approver is locked for 15 minutes.</source>
        <translation>
            <numerusform>تتبقى %n محاولة قبل قفل هذا المعتمِد مدة 15 دقيقة.</numerusform>
            <numerusform>تتبقى محاولة واحدة قبل قفل هذا المعتمِد مدة 15 دقيقة.</numerusform>
            <numerusform>تتبقى محاولتان قبل قفل هذا المعتمِد مدة 15 دقيقة.</numerusform>
            <numerusform>تتبقى %n محاولات قبل قفل هذا المعتمِد مدة 15 دقيقة.</numerusform>
            <numerusform>تتبقى %n محاولة قبل قفل هذا المعتمِد مدة 15 دقيقة.</numerusform>
            <numerusform>تتبقى %n محاولة قبل قفل هذا المعتمِد مدة 15 دقيقة.</numerusform>
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
    <name>ColumnMappingPanel</name>
    <message>
        <location filename="../app/ui/column_map_panel.py" line="140" />
        <source>Bayan does not recognise the format of these files. Say what each column holds: one column is the date, the others a figure or Ignore. Figures no column holds are left empty.</source>
        <translation>لا يتعرّف بيان على صيغة هذه الملفات. حدّد ما يحمله كل عمود: عمود واحد للتاريخ، والبقية رقم أو «تجاهل». الأرقام التي لا يحملها أي عمود تبقى فارغة.</translation>
    </message>
    <message>
        <location filename="../app/ui/column_map_panel.py" line="146" />
        <source>Ignore</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <location filename="../app/ui/column_map_panel.py" line="147" />
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../app/ui/column_map_panel.py" line="151" />
        <location filename="../app/ui/column_map_panel.py" line="153" />
        <source>Columns of %1</source>
        <translation>أعمدة %1</translation>
    </message>
    <message>
        <location filename="../app/ui/column_map_panel.py" line="152" />
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <location filename="../app/ui/column_map_panel.py" line="152" />
        <source>Bayan field</source>
        <translation>حقل بيان</translation>
    </message>
    <message>
        <location filename="../app/ui/column_map_panel.py" line="157" />
        <source>Bayan field for column %1</source>
        <translation>حقل بيان للعمود %1</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="133" />
        <source>Consent record</source>
        <translation>سجل الموافقة</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="135" />
        <source>&amp;Person:</source>
        <translation>ال&amp;شخص:</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="136" />
        <source>&amp;Given on:</source>
        <translation>&amp;تاريخ الموافقة:</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="137" />
        <source>&amp;For what use:</source>
        <translation>&amp;غرض الاستخدام:</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="138" />
        <source>&amp;Expires:</source>
        <translation>تنت&amp;هي في:</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="139" />
        <source>Guar&amp;dian:</source>
        <translation>ولي الأ&amp;مر:</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="140" />
        <source>Doc&amp;ument:</source>
        <translation>ال&amp;وثيقة:</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="144" />
        <source>Has an end date</source>
        <translation>لها تاريخ انتهاء</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="145" />
        <source>The person is a minor (consent from a guardian)</source>
        <translation>الشخص قاصر (الموافقة من وليّ الأمر)</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="146" />
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="147" />
        <source>Choose the consent document</source>
        <translation>اختيار مستند الموافقة</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="150" />
        <source>Consent document</source>
        <translation>مستند الموافقة</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="157" />
        <source>Enter the name of the person who gave consent.</source>
        <translation>أدخل اسم الشخص الذي منح الموافقة.</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="161" />
        <source>A minor's consent comes from a guardian: name them.</source>
        <translation>موافقة القاصر يمنحها وليّ الأمر: أدخل اسمه.</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="166" />
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
        <location filename="../app/ui/pages/dashboard.py" line="221" />
        <source>Dashboard</source>
        <translation>لوحة المتابعة</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/dashboard.py" line="222" />
        <source>&amp;Refresh</source>
        <translation>&amp;تحديث</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/dashboard.py" line="223" />
        <source>Read the figures again from the workspace</source>
        <translation>قراءة الأرقام من جديد من مساحة العمل</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/dashboard.py" line="224" />
        <source>&amp;Monthly report…</source>
        <translation>التقرير ال&amp;شهري…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/dashboard.py" line="226" />
        <source>Make the PDF report of a month, a quarter or a year</source>
        <translation>إعداد تقرير PDF لشهر أو ربع سنة أو سنة</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/dashboard.py" line="228" />
        <source>Posts this month by state</source>
        <translation>منشورات هذا الشهر حسب الحالة</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/dashboard.py" line="230" />
        <source>Posts, events and quiet periods of the next 7 days</source>
        <translation>المنشورات والفعاليات وفترات التوقف في الأيام السبعة القادمة</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/dashboard.py" line="234" />
        <source>When</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/dashboard.py" line="235" />
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/dashboard.py" line="236" />
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/dashboard.py" line="237" />
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/dashboard.py" line="238" />
        <source>Platforms</source>
        <translation>المنصات</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/dashboard.py" line="241" />
        <source>Nothing is planned for the next 7 days.</source>
        <translation>لا شيء مخطط له في الأيام السبعة القادمة.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/dashboard.py" line="242" />
        <source>Accounts: reminders</source>
        <translation>الحسابات: تذكيرات</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/dashboard.py" line="243" />
        <source>Reading this month's key figures…</source>
        <translation>جارٍ قراءة المؤشرات الرئيسية لهذا الشهر…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/dashboard.py" line="244" />
        <source>&amp;Next 7 days</source>
        <translation>الأيام السبعة ال&amp;قادمة</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/dashboard.py" line="245" />
        <source>&amp;Trends and forecast</source>
        <translation>ا&amp;لاتجاهات والتوقعات</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/dashboard.py" line="246" />
        <source>Content mi&amp;x and publishing</source>
        <translation>مزيج ال&amp;محتوى والنشر</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/dashboard.py" line="317" />
        <source>The key figures could not be read: %1</source>
        <translation>تعذّرت قراءة المؤشرات الرئيسية: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/dashboard.py" line="332" />
        <source>%1, so far</source>
        <translation>%1، حتى الآن</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/dashboard.py" line="334" />
        <source>%1 (last whole month)</source>
        <translation>%1 (آخر شهر كامل)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/dashboard.py" line="337" />
        <source>Key figures against their targets</source>
        <translation>المؤشرات الرئيسية مقارنة بأهدافها</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/dashboard.py" line="376" />
        <source>Today is %1 · figures for %2</source>
        <translation>اليوم %1 · أرقام شهر %2</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/dashboard.py" line="379" />
        <source>Posts scheduled this month</source>
        <translation>منشورات مجدولة هذا الشهر</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/dashboard.py" line="380" />
        <source>Waiting for approval</source>
        <translation>بانتظار الاعتماد</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/dashboard.py" line="381" />
        <source>Open inquiries</source>
        <translation>استفسارات مفتوحة</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/dashboard.py" line="383" />
        <source>Inquiries not yet answered</source>
        <translation>استفسارات لم يُردّ عليها بعد</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/dashboard.py" line="386" />
        <source>Overdue inquiries</source>
        <translation>الاستفسارات المتأخرة</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/dashboard.py" line="389" />
        <source>Open inquiries still awaiting a first response after their target, counted in office hours</source>
        <translation>الاستفسارات المفتوحة التي ما زالت بانتظار أول رد بعد انقضاء مهلتها المستهدفة، محسوبةً بساعات الدوام</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/dashboard.py" line="407" />
        <source>%1: %2, %3</source>
        <translation>%1: %2، %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/dashboard.py" line="411" />
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
        <location filename="../app/ui/pages/dashboard.py" line="412" />
        <source>No account needs attention.</source>
        <translation>لا يوجد حساب يحتاج إلى متابعة.</translation>
    </message>
</context>
<context>
    <name>DashboardPerformance</name>
    <message>
        <location filename="../app/ui/pages/dashboard_performance.py" line="56" />
        <source>Q%1 %2</source>
        <translation>الربع %1 من %2</translation>
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
    <name>DetailPanel</name>
    <message>
        <location filename="../app/ui/archive/detail.py" line="229" />
        <source>Choose an item in the grid to see and edit its details.</source>
        <translation>اختر مادة من الشبكة لعرض تفاصيلها وتحريرها.</translation>
    </message>
    <message>
        <location filename="../app/ui/archive/detail.py" line="231" />
        <source>T&amp;itle:</source>
        <translation>العنوا&amp;ن:</translation>
    </message>
    <message>
        <location filename="../app/ui/archive/detail.py" line="232" />
        <source>&amp;Description:</source>
        <translation>الو&amp;صف:</translation>
    </message>
    <message>
        <location filename="../app/ui/archive/detail.py" line="233" />
        <source>Alt text (&amp;Arabic):</source>
        <translation>النص البديل (&amp;عربي):</translation>
    </message>
    <message>
        <location filename="../app/ui/archive/detail.py" line="234" />
        <source>Alt text (&amp;English):</source>
        <translation>النص البديل (إنج&amp;ليزي):</translation>
    </message>
    <message>
        <location filename="../app/ui/archive/detail.py" line="235" />
        <source>C&amp;redit:</source>
        <translation>الإ&amp;سناد:</translation>
    </message>
    <message>
        <location filename="../app/ui/archive/detail.py" line="236" />
        <source>&amp;Licence:</source>
        <translation>التر&amp;خيص:</translation>
    </message>
    <message>
        <location filename="../app/ui/archive/detail.py" line="237" />
        <source>Da&amp;te:</source>
        <translation>ال&amp;تاريخ:</translation>
    </message>
    <message>
        <location filename="../app/ui/archive/detail.py" line="238" />
        <source>E&amp;vent:</source>
        <translation>ال&amp;فعالية:</translation>
    </message>
    <message>
        <location filename="../app/ui/archive/detail.py" line="239" />
        <source>Ta&amp;gs:</source>
        <translation>ال&amp;وسوم:</translation>
    </message>
    <message>
        <location filename="../app/ui/archive/detail.py" line="243" />
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../app/ui/archive/detail.py" line="244" />
        <source>Describe what the image shows, in Arabic</source>
        <translation>صِف ما تُظهره الصورة، بالعربية</translation>
    </message>
    <message>
        <location filename="../app/ui/archive/detail.py" line="245" />
        <source>Describe what the image shows, in English</source>
        <translation>صِف ما تُظهره الصورة، بالإنجليزية</translation>
    </message>
    <message>
        <location filename="../app/ui/archive/detail.py" line="246" />
        <source>Photographer or owner</source>
        <translation>المصوِّر أو المالك</translation>
    </message>
    <message>
        <location filename="../app/ui/archive/detail.py" line="247" />
        <source>e.g. owned by the organisation, CC BY 4.0</source>
        <translation>مثلًا: مملوكة للمؤسسة، CC BY 4.0</translation>
    </message>
    <message>
        <location filename="../app/ui/archive/detail.py" line="248" />
        <source>Known</source>
        <translation>معروف</translation>
    </message>
    <message>
        <location filename="../app/ui/archive/detail.py" line="249" />
        <source>When the photo or video was taken</source>
        <translation>وقت التقاط الصورة أو تصوير الفيديو</translation>
    </message>
    <message>
        <location filename="../app/ui/archive/detail.py" line="250" />
        <source>Date taken</source>
        <translation>تاريخ الالتقاط</translation>
    </message>
    <message>
        <location filename="../app/ui/archive/detail.py" line="251" />
        <source>Separated by commas</source>
        <translation>مفصولة بفواصل</translation>
    </message>
    <message>
        <location filename="../app/ui/archive/detail.py" line="252" />
        <source>Identifiable &amp;people appear</source>
        <translation>يظهر &amp;أشخاص يمكن التعرف عليهم</translation>
    </message>
    <message>
        <location filename="../app/ui/archive/detail.py" line="253" />
        <location filename="../app/ui/archive/detail.py" line="254" />
        <source>Consent records</source>
        <translation>سجلات الموافقة</translation>
    </message>
    <message>
        <location filename="../app/ui/archive/detail.py" line="255" />
        <source>Add co&amp;nsent…</source>
        <translation>إضافة مو&amp;افقة…</translation>
    </message>
    <message>
        <location filename="../app/ui/archive/detail.py" line="257" />
        <source>Record a person's consent, with the signed document</source>
        <translation>تسجيل موافقة شخص، مع المستند الموقَّع</translation>
    </message>
    <message>
        <location filename="../app/ui/archive/detail.py" line="259" />
        <source>Re&amp;move consent</source>
        <translation>إ&amp;زالة الموافقة</translation>
    </message>
    <message>
        <location filename="../app/ui/archive/detail.py" line="260" />
        <source>Posts using it</source>
        <translation>المنشورات التي تستخدمها</translation>
    </message>
    <message>
        <location filename="../app/ui/archive/detail.py" line="261" />
        <source>Posts using this item</source>
        <translation>المنشورات التي تستخدم هذه المادة</translation>
    </message>
    <message>
        <location filename="../app/ui/archive/detail.py" line="262" />
        <source>Enter or a double-click opens the post in the editor</source>
        <translation>يفتح مفتاح Enter أو النقر المزدوج المنشورَ في المحرر</translation>
    </message>
    <message>
        <location filename="../app/ui/archive/detail.py" line="263" />
        <source>No post uses this item.</source>
        <translation>لا يستخدم أي منشور هذه المادة.</translation>
    </message>
    <message>
        <location filename="../app/ui/archive/detail.py" line="264" />
        <source>No consent recorded.</source>
        <translation>لم تُسجَّل أي موافقة.</translation>
    </message>
    <message>
        <location filename="../app/ui/archive/detail.py" line="265" />
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <location filename="../app/ui/archive/detail.py" line="266" />
        <source>Store the details of this item (Ctrl+S)</source>
        <translation>حفظ تفاصيل هذه المادة (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../app/ui/archive/detail.py" line="267" />
        <source>Undo changes</source>
        <translation>التراجع عن التغييرات</translation>
    </message>
    <message>
        <location filename="../app/ui/archive/detail.py" line="268" />
        <source>Show the stored details again</source>
        <translation>عرض التفاصيل المحفوظة مجددًا</translation>
    </message>
    <message>
        <location filename="../app/ui/archive/detail.py" line="287" />
        <source>None</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <location filename="../app/ui/archive/detail.py" line="377" />
        <source>Imported on %1</source>
        <translation>استُورد في %1</translation>
    </message>
    <message>
        <location filename="../app/ui/archive/detail.py" line="386" />
        <source>No alt text: describe the image for people who cannot see it.</source>
        <translation>لا نص بديل: صِف الصورة لمن لا يستطيعون رؤيتها.</translation>
    </message>
    <message>
        <location filename="../app/ui/archive/detail.py" line="389" />
        <source>The Arabic alt text is missing.</source>
        <translation>النص البديل العربي غير موجود.</translation>
    </message>
    <message>
        <location filename="../app/ui/archive/detail.py" line="391" />
        <source>The English alt text is missing.</source>
        <translation>النص البديل الإنجليزي غير موجود.</translation>
    </message>
    <message>
        <location filename="../app/ui/archive/detail.py" line="394" />
        <source>Consent missing: identifiable people appear without a valid consent.</source>
        <translation>الموافقة ناقصة: يظهر أشخاص يمكن التعرف عليهم دون موافقة سارية.</translation>
    </message>
    <message>
        <location filename="../app/ui/archive/detail.py" line="397" />
        <source>No licence recorded.</source>
        <translation>لم يُسجَّل ترخيص.</translation>
    </message>
    <message>
        <location filename="../app/ui/archive/detail.py" line="419" />
        <source>Preview of %1</source>
        <translation>معاينة %1</translation>
    </message>
    <message>
        <location filename="../app/ui/archive/detail.py" line="446" />
        <source>not valid: a minor's consent needs the guardian's name</source>
        <translation>غير سارية: موافقة القاصر تتطلب اسم وليّ الأمر</translation>
    </message>
    <message>
        <location filename="../app/ui/archive/detail.py" line="448" />
        <source>expired on %1</source>
        <translation>انتهت في %1</translation>
    </message>
    <message>
        <location filename="../app/ui/archive/detail.py" line="449" />
        <source>not valid</source>
        <translation>غير سارية</translation>
    </message>
    <message>
        <location filename="../app/ui/archive/detail.py" line="451" />
        <source>valid until %1</source>
        <translation>سارية حتى %1</translation>
    </message>
    <message>
        <location filename="../app/ui/archive/detail.py" line="452" />
        <source>valid, no end date</source>
        <translation>سارية، بلا تاريخ انتهاء</translation>
    </message>
    <message>
        <location filename="../app/ui/archive/detail.py" line="459" />
        <source>given on %1</source>
        <translation>مُنحت في %1</translation>
    </message>
    <message>
        <location filename="../app/ui/archive/detail.py" line="464" />
        <source>for: %1</source>
        <translation>الغرض: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/archive/detail.py" line="466" />
        <source>guardian: %1</source>
        <translation>وليّ الأمر: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/archive/detail.py" line="468" />
        <source>no document attached</source>
        <translation>لا مستند مرفق</translation>
    </message>
    <message>
        <location filename="../app/ui/archive/detail.py" line="471" />
        <source>document: %1</source>
        <translation>المستند: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/archive/detail.py" line="520" />
        <source>The consent was not recorded: %1</source>
        <translation>لم تُسجَّل الموافقة: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/archive/detail.py" line="524" />
        <source>The document could not be read: %1</source>
        <translation>تعذّرت قراءة المستند: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/archive/detail.py" line="531" />
        <source>Consent of %1 recorded.</source>
        <translation>سُجِّلت موافقة %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/archive/detail.py" line="543" />
        <source>Remove the consent record</source>
        <translation>إزالة سجل الموافقة</translation>
    </message>
    <message>
        <location filename="../app/ui/archive/detail.py" line="545" />
        <source>Remove the consent record of %1? Posts using this item may then be blocked until another consent is recorded.</source>
        <translation>هل تريد إزالة سجل موافقة %1؟ قد تُمنع بعد ذلك المنشورات التي تستخدم هذه المادة إلى أن تُسجَّل موافقة أخرى.</translation>
    </message>
    <message>
        <location filename="../app/ui/archive/detail.py" line="553" />
        <source>The consent was not removed: %1</source>
        <translation>لم تُزَل الموافقة: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/archive/detail.py" line="557" />
        <source>Consent of %1 removed.</source>
        <translation>أُزيلت موافقة %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/archive/detail.py" line="587" />
        <source>(no title)</source>
        <translation>(بلا عنوان)</translation>
    </message>
    <message>
        <location filename="../app/ui/archive/detail.py" line="597" />
        <source>Open post %1 in the editor</source>
        <translation>فتح المنشور %1 في المحرر</translation>
    </message>
    <message>
        <location filename="../app/ui/archive/detail.py" line="659" />
        <source>Not saved: %1</source>
        <translation>لم يُحفظ: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/archive/detail.py" line="663" />
        <source>Saved.</source>
        <translation>حُفظ.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/archive/detail.py" line="666" />
        <source>%n post(s) using it went back to draft: their approval covered the old alt text.</source>
        <translation>
            <numerusform>عاد %n منشور يستخدم هذه المادة إلى مسودة: كان اعتمادها يشمل النص البديل القديم.</numerusform>
            <numerusform>عاد منشور واحد يستخدم هذه المادة إلى مسودة: كان اعتماده يشمل النص البديل القديم.</numerusform>
            <numerusform>عاد منشوران يستخدمان هذه المادة إلى مسودة: كان اعتمادهما يشمل النص البديل القديم.</numerusform>
            <numerusform>عادت %n منشورات تستخدم هذه المادة إلى مسودة: كان اعتمادها يشمل النص البديل القديم.</numerusform>
            <numerusform>عاد %n منشورًا يستخدم هذه المادة إلى مسودة: كان اعتمادها يشمل النص البديل القديم.</numerusform>
            <numerusform>عاد %n منشور يستخدم هذه المادة إلى مسودة: كان اعتمادها يشمل النص البديل القديم.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../app/ui/dialogs.py" line="19" />
        <source>Welcome to Bayan</source>
        <translation>مرحبًا بك في «بيان»</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs.py" line="21" />
        <source>There is no Bayan workspace in this folder yet:</source>
        <translation>لا توجد مساحة عمل لـ«بيان» في هذا المجلد بعد:</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs.py" line="25" />
        <source>Start with an empty workspace for your organisation, or look around first in a workspace filled with fictional demo data.</source>
        <translation>ابدأ بمساحة عمل فارغة لمؤسستك، أو تجوّل أولًا في مساحة عمل مملوءة ببيانات تجريبية متخيَّلة.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs.py" line="32" />
        <source>Create an &amp;empty workspace</source>
        <translation>إنشاء مساحة عمل &amp;فارغة</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs.py" line="36" />
        <source>Fill it with &amp;demo data</source>
        <translation>ملؤها ببيانات &amp;تجريبية</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs.py" line="39" />
        <location filename="../app/ui/dialogs.py" line="93" />
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs.py" line="60" />
        <source>The workspace's database is damaged</source>
        <translation>قاعدة بيانات مساحة العمل تالفة</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs.py" line="62" />
        <source>Bayan's check of %1 found damage while the workspace was open.</source>
        <translation>وجد فحص «بيان» للملف %1 تلفًا أثناء فتح مساحة العمل.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs.py" line="66" />
        <source>Bayan cannot open %1: the file is damaged.</source>
        <translation>لا يستطيع «بيان» فتح %1: الملف تالف.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs.py" line="68" />
        <source>What SQLite reported: %1</source>
        <translation>ما أبلغ عنه SQLite: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs.py" line="72" />
        <source>Bayan has not changed the file.</source>
        <translation>لم يغيّر «بيان» شيئًا في الملف.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs.py" line="76" />
        <source>The newest backup that passes the integrity check is %1, made %2. Restoring it keeps the damaged file aside in backups/.</source>
        <translation>أحدث نسخة احتياطية تجتاز فحص السلامة هي %1، أُنشئت في %2. استعادتها تحتفظ بالملف التالف جانبًا في ‎backups/‎.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs.py" line="84" />
        <source>&amp;Restore that backup</source>
        <translation>ا&amp;ستعادة تلك النسخة</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs.py" line="88" />
        <source>No intact backup was found in the workspace's backups folder.</source>
        <translation>لم يُعثر على نسخة احتياطية سليمة في مجلد النسخ الاحتياطية لمساحة العمل.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs.py" line="103" />
        <source>Workspace from a newer Bayan</source>
        <translation>مساحة عمل من إصدار أحدث من «بيان»</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs.py" line="104" />
        <source>This workspace was written by a newer version of Bayan. Install that version to open it; this one has changed nothing.</source>
        <translation>كُتبت مساحة العمل هذه بإصدار أحدث من «بيان». ثبّت ذلك الإصدار لفتحها؛ ولم يغيّر هذا الإصدار فيها شيئًا.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs.py" line="111" />
        <source>The workspace is in use</source>
        <translation>مساحة العمل قيد الاستخدام</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs.py" line="112" />
        <source>This workspace is already open in another Bayan window. Switch to that window, or close it and start Bayan again.</source>
        <translation>مساحة العمل هذه مفتوحة في نافذة أخرى من «بيان». انتقل إلى تلك النافذة، أو أغلقها ثم شغّل «بيان» من جديد.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs.py" line="119" />
        <source>The workspace is read-only</source>
        <translation>مساحة العمل للقراءة فقط</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs.py" line="120" />
        <source>Bayan cannot write to this workspace: its folder or database is read-only (a read-only disk or network share, or no permission to write). Nothing was changed. Give your account permission to write there, or copy the workspace to a writable place and open the copy.</source>
        <translation>لا يستطيع بيان الكتابة في مساحة العمل هذه: مجلدها أو قاعدة بياناتها للقراءة فقط (قرص أو مجلد شبكة للقراءة فقط، أو لا توجد صلاحية كتابة). لم يُغيَّر شيء. امنح حسابك صلاحية الكتابة هناك، أو انسخ مساحة العمل إلى مكان قابل للكتابة وافتح النسخة.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs.py" line="129" />
        <source>The disk is full</source>
        <translation>القرص ممتلئ</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs.py" line="130" />
        <source>The disk holding the workspace is full: nothing was saved. Free some space and try again.</source>
        <translation>القرص الذي يحمل مساحة العمل ممتلئ: لم يُحفظ شيء. أفرغ بعض المساحة وحاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs.py" line="137" />
        <source>The backup was not restored</source>
        <translation>لم تُستعد النسخة الاحتياطية</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs.py" line="138" />
        <source>The backup could not be restored; the workspace was left as it was.</source>
        <translation>تعذّرت استعادة النسخة الاحتياطية، وبقيت مساحة العمل كما كانت.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs.py" line="144" />
        <source>Bayan cannot open the workspace</source>
        <translation>لا يستطيع «بيان» فتح مساحة العمل</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs.py" line="145" />
        <source>Bayan cannot open the workspace.</source>
        <translation>لا يستطيع «بيان» فتح مساحة العمل.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs.py" line="157" />
        <source>Details: %1</source>
        <translation>التفاصيل: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs.py" line="165" />
        <source>Something went wrong</source>
        <translation>حدث خطأ ما</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs.py" line="166" />
        <source>Something went wrong inside Bayan. Your saved work is safe. The details are in the log file %1; please send it to whoever supports Bayan for you.</source>
        <translation>حدث خطأ داخل «بيان». عملك المحفوظ في أمان. التفاصيل في ملف السجل %1؛ يُرجى إرساله إلى من يتولى دعم «بيان» لديكم.</translation>
    </message>
</context>
<context>
    <name>EditConflict</name>
    <message>
        <location filename="../app/ui/conflicts.py" line="22" />
        <source>This inquiry was changed by someone else since you opened it; your changes were not saved. Reopen it to see theirs.</source>
        <translation>غيّر شخص آخر هذا الاستفسار منذ فتحته؛ لم تُحفظ تغييراتك. أعد فتحه لترى تغييراته.</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts.py" line="27" />
        <source>This post was changed by someone else since you opened it; your changes were not saved. Reopen it to see theirs.</source>
        <translation>غيّر شخص آخر هذا المنشور منذ فتحته؛ لم تُحفظ تغييراتك. أعد فتحه لترى تغييراته.</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts.py" line="34" />
        <source>This post was changed by someone else (at %1) since you opened it; your changes were not saved. Reopen it to see theirs.</source>
        <translation>غيّر شخص آخر هذا المنشور (في %1) منذ فتحته؛ لم تُحفظ تغييراتك. أعد فتحه لترى تغييراته.</translation>
    </message>
    <message>
        <location filename="../app/ui/conflicts.py" line="43" />
        <source>Your text is still here: copy what you want to keep before you close this window.</source>
        <translation>نصّك ما زال هنا: انسخ ما تريد الاحتفاظ به قبل أن تغلق هذه النافذة.</translation>
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
        <location filename="../app/ui/editor/messages.py" line="30" />
        <source>Someone else changed this since it was opened here; nothing was saved. Reopen it to see their changes.</source>
        <translation>غيّر شخص آخر هذا العنصر منذ فُتح هنا؛ لم يُحفظ شيء. أعد فتحه لترى تغييراته.</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/messages.py" line="35" />
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation>القرص ممتلئ: لم يُحفظ شيء. أفرغ بعض المساحة وحاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/messages.py" line="39" />
        <source>The workspace is read-only: nothing was saved. Bayan needs permission to write to the workspace folder and its files.</source>
        <translation>مساحة العمل للقراءة فقط: لم يُحفظ شيء. يحتاج بيان إلى صلاحية الكتابة في مجلد مساحة العمل وملفاته.</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/messages.py" line="45" />
        <source>Bayan could not store the post.</source>
        <translation>تعذّر على «بيان» حفظ المنشور.</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../app/ui/approvals/enrol.py" line="215" />
        <source>Enrol an approver</source>
        <translation>تسجيل معتمِد</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/enrol.py" line="218" />
        <source>The approver signs posts with a passphrase only they know and the 6-digit code of the authenticator app on their own phone. Let the approver type the passphrase themselves.</source>
        <translation>يوقّع المعتمِد المنشورات بعبارة مرور لا يعرفها سواه وبالرمز المكوّن من 6 أرقام الذي يعرضه تطبيق المصادقة على هاتفه الشخصي. دع المعتمِد يكتب عبارة المرور بنفسه.</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/enrol.py" line="224" />
        <source>Re-enrol %1</source>
        <translation>إعادة تسجيل %1</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/enrol.py" line="227" />
        <source>%1 gets a new key for their authenticator app and a new passphrase; the old key stops working. Let the approver type the passphrase themselves.</source>
        <translation>يحصل %1 على مفتاح جديد لتطبيق المصادقة وعبارة مرور جديدة؛ ويتوقف المفتاح القديم عن العمل. دع المعتمِد يكتب عبارة المرور بنفسه.</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/enrol.py" line="231" />
        <source>&amp;Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/enrol.py" line="232" />
        <source>&amp;Title (position):</source>
        <translation>المسمى الوظيفي (المنصب):</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/enrol.py" line="233" />
        <source>&amp;Passphrase:</source>
        <translation>عبارة المرور:</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/enrol.py" line="234" />
        <source>&amp;Repeat the passphrase:</source>
        <translation>أعد كتابة عبارة المرور:</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/enrol.py" line="235" />
        <source>Approver's name</source>
        <translation>اسم المعتمِد</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/enrol.py" line="236" />
        <source>Approver's title</source>
        <translation>المسمى الوظيفي للمعتمِد</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/enrol.py" line="237" />
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/enrol.py" line="238" />
        <source>Passphrase again</source>
        <translation>عبارة المرور مرة أخرى</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/approvals/enrol.py" line="241" />
        <source>At least %n characters. Bayan cannot recover a forgotten passphrase: the approver would be enrolled again.</source>
        <translation>
            <numerusform>%n حرف على الأقل. لا يستطيع «بيان» استرجاع عبارة مرور منسية: سيلزم حينها إعادة تسجيل المعتمِد.</numerusform>
            <numerusform>حرف واحد على الأقل. لا يستطيع «بيان» استرجاع عبارة مرور منسية: سيلزم حينها إعادة تسجيل المعتمِد.</numerusform>
            <numerusform>حرفان على الأقل. لا يستطيع «بيان» استرجاع عبارة مرور منسية: سيلزم حينها إعادة تسجيل المعتمِد.</numerusform>
            <numerusform>%n أحرف على الأقل. لا يستطيع «بيان» استرجاع عبارة مرور منسية: سيلزم حينها إعادة تسجيل المعتمِد.</numerusform>
            <numerusform>%n حرفًا على الأقل. لا يستطيع «بيان» استرجاع عبارة مرور منسية: سيلزم حينها إعادة تسجيل المعتمِد.</numerusform>
            <numerusform>%n حرف على الأقل. لا يستطيع «بيان» استرجاع عبارة مرور منسية: سيلزم حينها إعادة تسجيل المعتمِد.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/enrol.py" line="249" />
        <source>Scan this code with the authenticator app on the approver's own phone. The officer should look away. The code is shown this once only: it cannot be shown again after this dialog closes.</source>
        <translation>امسح هذا الرمز بتطبيق المصادقة على هاتف المعتمِد الشخصي. على المسؤول أن يُشيح بنظره. لا يُعرض الرمز إلا هذه المرة فقط: لا يمكن عرضه مجددًا بعد إغلاق هذه النافذة.</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/enrol.py" line="254" />
        <location filename="../app/ui/approvals/enrol.py" line="255" />
        <source>QR code of the approver's key</source>
        <translation>رمز QR لمفتاح المعتمِد</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/enrol.py" line="257" />
        <source>If the phone cannot scan it, type this &amp;key into the app (time-based):</source>
        <translation>إن تعذّر على الهاتف مسحه، فأدخل هذا المفتاح في التطبيق (قائم على الوقت):</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/enrol.py" line="259" />
        <source>The approver's key, in text</source>
        <translation>مفتاح المعتمِد نصًّا</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/enrol.py" line="260" />
        <source>&amp;Code the app shows now:</source>
        <translation>الرمز الذي يعرضه التطبيق الآن:</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/enrol.py" line="261" />
        <source>6-digit code from the authenticator app</source>
        <translation>الرمز المكوّن من 6 أرقام من تطبيق المصادقة</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/enrol.py" line="262" />
        <source>&amp;Back</source>
        <translation>السابق</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/enrol.py" line="263" />
        <source>&amp;Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/enrol.py" line="264" />
        <source>&amp;Finish</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/enrol.py" line="265" />
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/enrol.py" line="279" />
        <source>The passphrases are the same.</source>
        <translation>عبارتا المرور متطابقتان.</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/enrol.py" line="281" />
        <source>The two passphrases differ.</source>
        <translation>عبارتا المرور مختلفتان.</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/enrol.py" line="293" />
        <source>Type the approver's name.</source>
        <translation>اكتب اسم المعتمِد.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/approvals/enrol.py" line="297" />
        <source>The passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>يجب أن تتكون عبارة المرور من %n حرف على الأقل.</numerusform>
            <numerusform>يجب أن تتكون عبارة المرور من حرف واحد على الأقل.</numerusform>
            <numerusform>يجب أن تتكون عبارة المرور من حرفين على الأقل.</numerusform>
            <numerusform>يجب أن تتكون عبارة المرور من %n أحرف على الأقل.</numerusform>
            <numerusform>يجب أن تتكون عبارة المرور من %n حرفًا على الأقل.</numerusform>
            <numerusform>يجب أن تتكون عبارة المرور من %n حرف على الأقل.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/enrol.py" line="301" />
        <source>The two passphrases differ: type the same one twice.</source>
        <translation>عبارتا المرور مختلفتان: اكتب العبارة نفسها مرتين.</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/enrol.py" line="351" />
        <source>Type the 6-digit code the authenticator app shows now.</source>
        <translation>اكتب الرمز المكوّن من 6 أرقام الذي يعرضه تطبيق المصادقة الآن.</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/enrol.py" line="377" />
        <source>This code does not match the key: nothing was stored. Check that the phone scanned this QR code and that its clock is right, then type the code it shows now.</source>
        <translation>هذا الرمز لا يطابق المفتاح: لم يُحفظ شيء. تحقّق من أن الهاتف مسح رمز QR هذا ومن أن ساعته مضبوطة، ثم اكتب الرمز الذي يعرضه الآن.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../app/ui/pages/inquiries.py" line="280" />
        <source>Export inquiries as CSV</source>
        <translation>تصدير الاستفسارات بصيغة CSV</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/inquiries.py" line="283" />
        <source>The inquiries received in these days, whatever their state, with both first-response times (office hours and calendar hours). The file opens in spreadsheet programs with its Arabic intact.</source>
        <translation>الاستفسارات المستلمة في هذه الأيام أيًّا كانت حالتها، مع زمنَي أول رد كليهما (بساعات الدوام وبالساعات الفعلية). يُفتح الملف في برامج جداول البيانات والنص العربي فيه سليم.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/inquiries.py" line="288" />
        <source>&amp;From</source>
        <translation>&amp;من</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/inquiries.py" line="289" />
        <source>&amp;To (included)</source>
        <translation>&amp;إلى (ضمنًا)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/inquiries.py" line="290" />
        <source>Include &amp;personal data (names and contacts)</source>
        <translation>تضمين البيانات ال&amp;شخصية (الأسماء ووسائل التواصل)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/inquiries.py" line="293" />
        <source>Leave this off unless the file must identify people: it is personal data under the Personal Data Protection Law.</source>
        <translation>اترك هذا الخيار غير محدد ما لم يكن لا بد للملف من تحديد هوية الأشخاص: فهذه بيانات شخصية بموجب قانون حماية البيانات الشخصية.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../app/ui/filters.py" line="178" />
        <source>Platforms</source>
        <translation>المنصات</translation>
    </message>
    <message>
        <location filename="../app/ui/filters.py" line="179" />
        <source>States</source>
        <translation>الحالات</translation>
    </message>
    <message>
        <location filename="../app/ui/filters.py" line="180" />
        <source>Campaigns</source>
        <translation>الحملات</translation>
    </message>
    <message>
        <location filename="../app/ui/filters.py" line="181" />
        <source>Pillars</source>
        <translation>المحاور</translation>
    </message>
    <message>
        <location filename="../app/ui/filters.py" line="183" />
        <source>any</source>
        <translation>الكل</translation>
    </message>
    <message>
        <location filename="../app/ui/filters.py" line="184" />
        <source>%1 chosen</source>
        <translation>%1 محددة</translation>
    </message>
    <message>
        <location filename="../app/ui/filters.py" line="185" />
        <source>Any (clear the ticks)</source>
        <translation>الكل (إزالة علامات التحديد)</translation>
    </message>
    <message>
        <location filename="../app/ui/filters.py" line="186" />
        <source>Show posts for any of the ticked platforms</source>
        <translation>عرض المنشورات لأيٍّ من المنصات المحددة</translation>
    </message>
    <message>
        <location filename="../app/ui/filters.py" line="187" />
        <source>Show posts in any of the ticked states</source>
        <translation>عرض المنشورات في أيٍّ من الحالات المحددة</translation>
    </message>
    <message>
        <location filename="../app/ui/filters.py" line="188" />
        <source>Show posts of any of the ticked campaigns</source>
        <translation>عرض منشورات أيٍّ من الحملات المحددة</translation>
    </message>
    <message>
        <location filename="../app/ui/filters.py" line="189" />
        <source>Show posts of any of the ticked content pillars</source>
        <translation>عرض منشورات أيٍّ من محاور المحتوى المحددة</translation>
    </message>
    <message>
        <location filename="../app/ui/filters.py" line="197" />
        <source>Clear filters</source>
        <translation>مسح عوامل التصفية</translation>
    </message>
    <message>
        <location filename="../app/ui/filters.py" line="198" />
        <source>Show every post again</source>
        <translation>عرض كل المنشورات مجددًا</translation>
    </message>
    <message>
        <location filename="../app/ui/filters.py" line="199" />
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../app/ui/filters.py" line="200" />
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../app/ui/filters.py" line="201" />
        <source>First day shown</source>
        <translation>أول يوم معروض</translation>
    </message>
    <message>
        <location filename="../app/ui/filters.py" line="202" />
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
        <location filename="../app/ui/editor/history.py" line="184" />
        <source>imported</source>
        <translation>استُورد</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/history.py" line="185" />
        <source>approved</source>
        <translation>اعتُمد</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/history.py" line="186" />
        <source>changes requested</source>
        <translation>طُلبت تعديلات</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/history.py" line="187" />
        <source>published</source>
        <translation>نُشر</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/history.py" line="188" />
        <source>archived</source>
        <translation>أُرشف</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/history.py" line="192" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/history.py" line="251" />
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/history.py" line="252" />
        <source>English title</source>
        <translation>العنوان بالإنجليزية</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/history.py" line="253" />
        <source>Arabic text</source>
        <translation>النص العربي</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/history.py" line="254" />
        <source>English text</source>
        <translation>النص الإنجليزي</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/history.py" line="255" />
        <source>Platforms</source>
        <translation>المنصات</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/history.py" line="256" />
        <source>Scheduled</source>
        <translation>موعد النشر</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/history.py" line="257" />
        <source>Link</source>
        <translation>الرابط</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/history.py" line="258" />
        <source>Source references</source>
        <translation>المصادر المرجعية</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/history.py" line="259" />
        <source>Per-platform texts</source>
        <translation>نصوص خاصة بكل منصة</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/history.py" line="260" />
        <source>Media</source>
        <translation>الوسائط</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/history.py" line="261" />
        <source>Evergreen</source>
        <translation>صالح لكل وقت</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/history.py" line="262" />
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/history.py" line="263" />
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/history.py" line="305" />
        <source>%1 attached</source>
        <translation>أُرفق %1</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/history.py" line="314" />
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/history.py" line="314" />
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/history.py" line="325" />
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/history.py" line="325" />
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/history.py" line="331" />
        <source>%1 — own text (%2)</source>
        <translation>%1 — نص خاص (%2)</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/history.py" line="340" />
        <source>changed</source>
        <translation>تغيّر</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/history.py" line="340" />
        <source>unchanged</source>
        <translation>لم يتغيّر</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/history.py" line="346" />
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
    <name>ImportSummaryDialog</name>
    <message>
        <location filename="../app/ui/archive/dialogs.py" line="146" />
        <source>Import finished</source>
        <translation>اكتمل الاستيراد</translation>
    </message>
    <message>
        <location filename="../app/ui/archive/dialogs.py" line="148" />
        <source>Imported: %1. Already in the archive: %2. Skipped: %3.</source>
        <translation>استُورد: %1. موجود في الأرشيف مسبقًا: %2. تم تخطيه: %3.</translation>
    </message>
    <message>
        <location filename="../app/ui/archive/dialogs.py" line="152" />
        <source>The import was cancelled; the files before it stay imported.</source>
        <translation>أُلغي الاستيراد؛ وتبقى الملفات التي استُوردت قبل الإلغاء في الأرشيف.</translation>
    </message>
    <message>
        <location filename="../app/ui/archive/dialogs.py" line="156" />
        <source>Files of the import</source>
        <translation>ملفات الاستيراد</translation>
    </message>
    <message>
        <location filename="../app/ui/archive/dialogs.py" line="158" />
        <source>Imported (%1)</source>
        <translation>استُورد (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/archive/dialogs.py" line="159" />
        <source>Already in the archive, not stored again (%1)</source>
        <translation>موجود في الأرشيف مسبقًا، ولم يُخزَّن مرة أخرى (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/archive/dialogs.py" line="160" />
        <source>Skipped (%1)</source>
        <translation>تم تخطيه (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/archive/dialogs.py" line="162" />
        <source>… and %1 more</source>
        <translation>… و%1 غيرها</translation>
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
    <name>InquiriesPage</name>
    <message>
        <location filename="../app/ui/pages/inquiries.py" line="442" />
        <location filename="../app/ui/pages/inquiries.py" line="503" />
        <source>Inquiries</source>
        <translation>الاستفسارات</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/inquiries.py" line="443" />
        <source>&amp;New inquiry</source>
        <translation>استفسار &amp;جديد</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/inquiries.py" line="444" />
        <source>Log an inquiry or a complaint (Ctrl+N)</source>
        <translation>تسجيل استفسار أو شكوى (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/inquiries.py" line="445" />
        <location filename="../app/ui/pages/inquiries.py" line="504" />
        <source>&amp;Open</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/inquiries.py" line="446" />
        <source>Answer, follow up or close the chosen inquiry</source>
        <translation>الرد على الاستفسار المحدد أو متابعته أو إغلاقه</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/inquiries.py" line="447" />
        <source>Export &amp;CSV…</source>
        <translation>تصدير &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/inquiries.py" line="449" />
        <source>Save the inquiries of a period as CSV, with or without personal data</source>
        <translation>حفظ استفسارات فترة محددة بصيغة CSV، مع البيانات الشخصية أو دونها</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/inquiries.py" line="451" />
        <source>Saved &amp;replies…</source>
        <translation>ال&amp;ردود المحفوظة…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/inquiries.py" line="453" />
        <source>The reply templates in Arabic and English, with {name}, {subject}, {date}</source>
        <translation>قوالب الردود بالعربية والإنجليزية، مع {name}، {subject}، {date}</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/inquiries.py" line="455" />
        <source>Re&amp;tention…</source>
        <translation>مدة الا&amp;حتفاظ…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/inquiries.py" line="457" />
        <source>Anonymise the names and contacts kept longer than the retention period</source>
        <translation>إخفاء الهوية بإزالة الأسماء ووسائل التواصل المحفوظة مدةً تتجاوز مدة الاحتفاظ</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/inquiries.py" line="459" />
        <source>&amp;Personal-data requests…</source>
        <translation>طلبات البيانات ال&amp;شخصية…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/inquiries.py" line="461" />
        <source>Find a person's inquiries to export or erase them on request</source>
        <translation>البحث عن استفسارات شخص ما لتصديرها أو محوها بناءً على طلبه</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/inquiries.py" line="463" />
        <source>States</source>
        <translation>الحالات</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/inquiries.py" line="464" />
        <source>open</source>
        <translation>المفتوحة</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/inquiries.py" line="465" />
        <source>Channels</source>
        <translation>القنوات</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/inquiries.py" line="466" />
        <source>Kinds</source>
        <translation>الأنواع</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/inquiries.py" line="468" />
        <source>any</source>
        <translation>الكل</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/inquiries.py" line="469" />
        <source>%1 chosen</source>
        <translation>%1 محددة</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/inquiries.py" line="470" />
        <source>Any (clear the ticks)</source>
        <translation>الكل (إزالة علامات التحديد)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/inquiries.py" line="472" />
        <source>Show inquiries in any of the ticked states (new, answered and waiting: open)</source>
        <translation>عرض الاستفسارات في أيٍّ من الحالات المحددة (جديد ومُجاب وبانتظار الرد: المفتوحة)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/inquiries.py" line="474" />
        <source>Show inquiries that came by any of the ticked channels</source>
        <translation>عرض الاستفسارات الواردة عبر أيٍّ من القنوات المحددة</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/inquiries.py" line="475" />
        <source>Show inquiries of any of the ticked kinds</source>
        <translation>عرض الاستفسارات من أيٍّ من الأنواع المحددة</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/inquiries.py" line="483" />
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/inquiries.py" line="484" />
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/inquiries.py" line="485" />
        <source>Only inquiries received on or after this day</source>
        <translation>الاستفسارات المستلمة في هذا اليوم أو بعده فقط</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/inquiries.py" line="486" />
        <source>Only inquiries received on or before this day</source>
        <translation>الاستفسارات المستلمة في هذا اليوم أو قبله فقط</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/inquiries.py" line="487" />
        <source>First day received</source>
        <translation>أول يوم للاستلام</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/inquiries.py" line="488" />
        <source>Last day received</source>
        <translation>آخر يوم للاستلام</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/inquiries.py" line="489" />
        <source>Over&amp;due only</source>
        <translation>المت&amp;أخرة فقط</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/inquiries.py" line="491" />
        <source>Only inquiries still awaiting a first response after their target</source>
        <translation>الاستفسارات التي ما زالت بانتظار أول رد بعد انقضاء مهلتها المستهدفة فقط</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/inquiries.py" line="493" />
        <source>Search subject and text (Ctrl+F)</source>
        <translation>البحث في الموضوع والنص (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/inquiries.py" line="494" />
        <source>Search the subject and text</source>
        <translation>البحث في الموضوع والنص</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/inquiries.py" line="497" />
        <source>Every word, in the subject or the text; Arabic spelling variants (أ إ آ ا, ة ه, ى ي) and diacritics do not matter</source>
        <translation>كل كلمة، في الموضوع أو النص؛ ولا أثر لاختلاف الإملاء العربي (أ إ آ ا، ة ه، ى ي) ولا للتشكيل</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/inquiries.py" line="501" />
        <source>Clear filters</source>
        <translation>مسح عوامل التصفية</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/inquiries.py" line="502" />
        <source>Show the open inquiries again</source>
        <translation>عرض الاستفسارات المفتوحة مجددًا</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/inquiries.py" line="505" />
        <source>Mark &amp;waiting</source>
        <translation>وضع علامة «&amp;بانتظار الرد»</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/inquiries.py" line="506" />
        <source>Mark &amp;resolved</source>
        <translation>وضع علامة «م&amp;حلول»</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/inquiries.py" line="507" />
        <source>Mark &amp;closed</source>
        <translation>وضع علامة «م&amp;غلق»</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/inquiries.py" line="510" />
        <source>Received</source>
        <translation>وقت الاستلام</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/inquiries.py" line="511" />
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/inquiries.py" line="512" />
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/inquiries.py" line="513" />
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/inquiries.py" line="514" />
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/inquiries.py" line="515" />
        <source>Time left (office hours)</source>
        <translation>الوقت المتبقي (ساعات الدوام)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/inquiries.py" line="516" />
        <source>First response</source>
        <translation>أول رد</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/inquiries.py" line="519" />
        <source>When the inquiry came in, in the workspace's time zone (%1)</source>
        <translation>وقت ورود الاستفسار، بحسب المنطقة الزمنية لمساحة العمل (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/inquiries.py" line="527" />
        <source>Office time left to the first-response target, or by how much it is overdue; the working week and public holidays are set in Settings. Sorting by this column gives the queue's order: overdue first.</source>
        <translation>ما تبقّى من ساعات الدوام حتى المهلة المستهدفة لأول رد، أو مقدار التأخر عنها؛ يُضبط أسبوع العمل والعطل الرسمية في الإعدادات. الفرز حسب هذا العمود يعطي ترتيب قائمة الانتظار: المتأخر أولًا.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/inquiries.py" line="531" />
        <source>When the first response was sent (%1)</source>
        <translation>وقت إرسال أول رد (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/inquiries.py" line="534" />
        <source>(erased on request)</source>
        <translation>(مُحي بناءً على الطلب)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/inquiries.py" line="535" />
        <source>(no subject)</source>
        <translation>(بلا موضوع)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/inquiries.py" line="536" />
        <source>Not yet</source>
        <translation>لم يُرسَل بعد</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/inquiries.py" line="537" />
        <source>Deadline %1: %2 left in calendar time</source>
        <translation>الموعد النهائي %1: يتبقى %2 بالوقت الفعلي</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/inquiries.py" line="538" />
        <source>Deadline %1: passed %2 ago in calendar time</source>
        <translation>الموعد النهائي %1: انقضى قبل %2 بالوقت الفعلي</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/inquiries.py" line="588" />
        <source>%Ln inquiry(ies) shown</source>
        <translation>
            <numerusform>%Ln استفسار معروض</numerusform>
            <numerusform>استفسار واحد معروض</numerusform>
            <numerusform>استفساران معروضان</numerusform>
            <numerusform>%Ln استفسارات معروضة</numerusform>
            <numerusform>%Ln استفسارًا معروضًا</numerusform>
            <numerusform>%Ln استفسار معروض</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/inquiries.py" line="590" />
        <source>%Ln overdue (past the first-response target)</source>
        <translation>
            <numerusform>%Ln استفسار متأخر (بعد انقضاء المهلة المستهدفة لأول رد)</numerusform>
            <numerusform>استفسار واحد متأخر (بعد انقضاء المهلة المستهدفة لأول رد)</numerusform>
            <numerusform>استفساران متأخران (بعد انقضاء المهلة المستهدفة لأول رد)</numerusform>
            <numerusform>%Ln استفسارات متأخرة (بعد انقضاء المهلة المستهدفة لأول رد)</numerusform>
            <numerusform>%Ln استفسارًا متأخرًا (بعد انقضاء المهلة المستهدفة لأول رد)</numerusform>
            <numerusform>%Ln استفسار متأخر (بعد انقضاء المهلة المستهدفة لأول رد)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/inquiries.py" line="700" />
        <source>Inquiry %1 is now “%2”.</source>
        <translation>أصبحت حالة الاستفسار %1 «%2».</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/inquiries.py" line="747" />
        <source>Nothing was exported: the period ends before it starts.</source>
        <translation>لم يُصدَّر شيء: تنتهي الفترة قبل أن تبدأ.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/inquiries.py" line="758" />
        <source>Nothing was exported: %1</source>
        <translation>لم يُصدَّر شيء: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/inquiries.py" line="762" />
        <source>%Ln inquiry(ies) exported to %1, with names and contacts.</source>
        <translation>
            <numerusform>صُدِّر %Ln استفسار إلى %1، مع الأسماء ووسائل التواصل.</numerusform>
            <numerusform>صُدِّر استفسار واحد إلى %1، مع الأسماء ووسائل التواصل.</numerusform>
            <numerusform>صُدِّر استفساران إلى %1، مع الأسماء ووسائل التواصل.</numerusform>
            <numerusform>صُدِّرت %Ln استفسارات إلى %1، مع الأسماء ووسائل التواصل.</numerusform>
            <numerusform>صُدِّر %Ln استفسارًا إلى %1، مع الأسماء ووسائل التواصل.</numerusform>
            <numerusform>صُدِّر %Ln استفسار إلى %1، مع الأسماء ووسائل التواصل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/inquiries.py" line="764" />
        <source>%Ln inquiry(ies) exported to %1, without personal data.</source>
        <translation>
            <numerusform>صُدِّر %Ln استفسار إلى %1، دون البيانات الشخصية.</numerusform>
            <numerusform>صُدِّر استفسار واحد إلى %1، دون البيانات الشخصية.</numerusform>
            <numerusform>صُدِّر استفساران إلى %1، دون البيانات الشخصية.</numerusform>
            <numerusform>صُدِّرت %Ln استفسارات إلى %1، دون البيانات الشخصية.</numerusform>
            <numerusform>صُدِّر %Ln استفسارًا إلى %1، دون البيانات الشخصية.</numerusform>
            <numerusform>صُدِّر %Ln استفسار إلى %1، دون البيانات الشخصية.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/inquiries.py" line="774" />
        <source>Export inquiries as CSV</source>
        <translation>تصدير الاستفسارات بصيغة CSV</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/inquiries.py" line="776" />
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>InquiryDialog</name>
    <message>
        <location filename="../app/ui/inquiries/dialog.py" line="75" />
        <source>Write a subject or the text of the inquiry.</source>
        <translation>اكتب موضوع الاستفسار أو نصه.</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/dialog.py" line="78" />
        <source>The time it was received is in the future.</source>
        <translation>وقت الاستلام في المستقبل.</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/dialog.py" line="81" />
        <source>The time it was received is after the first response was sent.</source>
        <translation>وقت الاستلام لاحق لوقت إرسال أول رد.</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/dialog.py" line="84" />
        <source>The time it was received is after the inquiry was resolved.</source>
        <translation>وقت الاستلام لاحق لوقت حل الاستفسار.</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/dialog.py" line="87" />
        <source>The response's time is in the future.</source>
        <translation>وقت الرد في المستقبل.</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/dialog.py" line="90" />
        <source>The response's time is before the inquiry was received.</source>
        <translation>وقت الرد سابق لوقت استلام الاستفسار.</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/dialog.py" line="93" />
        <source>Log a response before marking the inquiry answered.</source>
        <translation>سجّل ردًّا قبل وضع علامة «مُجاب» على الاستفسار.</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/dialog.py" line="96" />
        <source>An inquiry with a response logged cannot go back to new.</source>
        <translation>لا يمكن إعادة استفسار سُجّل له رد إلى حالة «جديد».</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/dialog.py" line="113" />
        <source>The state was not changed: %1</source>
        <translation>لم تُغيَّر الحالة: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/dialog.py" line="444" />
        <location filename="../app/ui/inquiries/dialog.py" line="882" />
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/dialog.py" line="445" />
        <location filename="../app/ui/inquiries/dialog.py" line="882" />
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/dialog.py" line="446" />
        <location filename="../app/ui/inquiries/dialog.py" line="447" />
        <source>None</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/dialog.py" line="448" />
        <source>The number of a post this inquiry is about (optional)</source>
        <translation>رقم المنشور الذي يتعلق به هذا الاستفسار (اختياري)</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/dialog.py" line="450" />
        <source>C&amp;hannel</source>
        <translation>ال&amp;قناة</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/dialog.py" line="451" />
        <source>&amp;Kind</source>
        <translation>ال&amp;نوع</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/dialog.py" line="452" />
        <source>&amp;Subject</source>
        <translation>ال&amp;موضوع</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/dialog.py" line="453" />
        <source>&amp;Text</source>
        <translation>الن&amp;ص</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/dialog.py" line="454" />
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/dialog.py" line="455" />
        <source>Inquirer's na&amp;me</source>
        <translation>ا&amp;سم صاحب الاستفسار</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/dialog.py" line="456" />
        <source>C&amp;ontact</source>
        <translation>&amp;وسيلة التواصل</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/dialog.py" line="457" />
        <source>Recei&amp;ved at</source>
        <translation>وق&amp;ت الاستلام</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/dialog.py" line="458" />
        <source>Related &amp;post</source>
        <translation>المن&amp;شور المرتبط</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/dialog.py" line="459" />
        <source>Related campai&amp;gn</source>
        <translation>الحملة المرتب&amp;طة</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/dialog.py" line="460" />
        <source>Internal &amp;notes</source>
        <translation>ملاحظات &amp;داخلية</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/dialog.py" line="464" />
        <source>Phone, e-mail or account, as given</source>
        <translation>الهاتف أو البريد الإلكتروني أو الحساب، كما ورد</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/dialog.py" line="465" />
        <source>Optional</source>
        <translation>اختياري</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/dialog.py" line="466" />
        <source>For the team only; never sent</source>
        <translation>للفريق فقط؛ لا تُرسَل أبدًا</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/dialog.py" line="468" />
        <source>When the inquiry came in, in the workspace's time zone (now unless changed)</source>
        <translation>وقت ورود الاستفسار، بحسب المنطقة الزمنية لمساحة العمل (الآن ما لم يُغيَّر)</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/dialog.py" line="470" />
        <source>The inquiry</source>
        <translation>الاستفسار</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/dialog.py" line="471" />
        <source>Responses</source>
        <translation>الردود</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/dialog.py" line="473" />
        <source>Sent</source>
        <translation>وقت الإرسال</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/dialog.py" line="473" />
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/dialog.py" line="473" />
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/dialog.py" line="475" />
        <source>Responses sent</source>
        <translation>الردود المرسلة</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/dialog.py" line="476" />
        <source>No response logged yet.</source>
        <translation>لم يُسجَّل أي رد بعد.</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/dialog.py" line="477" />
        <source>Saved repl&amp;y</source>
        <translation>رد محفو&amp;ظ</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/dialog.py" line="478" />
        <source>&amp;Insert saved reply</source>
        <translation>&amp;إدراج الرد المحفوظ</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/dialog.py" line="480" />
        <source>Put the chosen saved reply, filled in for this inquiry, into the response</source>
        <translation>إدراج الرد المحفوظ المحدد في الرد، بعد ملء عناصره النائبة ببيانات هذا الاستفسار</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/dialog.py" line="482" />
        <source>&amp;Response</source>
        <translation>ال&amp;رد</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/dialog.py" line="483" />
        <source>Channel of the response</source>
        <translation>قناة الرد</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/dialog.py" line="484" />
        <source>Sent at</source>
        <translation>وقت الإرسال</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/dialog.py" line="485" />
        <source>When the response was sent (now unless changed)</source>
        <translation>وقت إرسال الرد (الآن ما لم يُغيَّر)</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/dialog.py" line="486" />
        <source>&amp;Add response</source>
        <translation>إ&amp;ضافة الرد</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/dialog.py" line="487" />
        <source>Remove response</source>
        <translation>إزالة الرد</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/dialog.py" line="488" />
        <source>Take back the chosen response, logged by mistake</source>
        <translation>سحب الرد المحدد الذي سُجّل خطأً</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/dialog.py" line="489" />
        <source>Mark &amp;waiting</source>
        <translation>وضع علامة «&amp;بانتظار الرد»</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/dialog.py" line="491" />
        <source>Waiting for the inquirer or another department</source>
        <translation>بانتظار رد صاحب الاستفسار أو إدارة أخرى</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/dialog.py" line="493" />
        <source>Mark resolve&amp;d</source>
        <translation>وضع علامة «م&amp;حلول»</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/dialog.py" line="494" />
        <source>Mark &amp;closed</source>
        <translation>وضع علامة «م&amp;غلق»</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/dialog.py" line="495" />
        <source>Closed without further action</source>
        <translation>يُغلق دون أي إجراء آخر</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/dialog.py" line="496" />
        <source>R&amp;eopen</source>
        <translation>إعادة ال&amp;فتح</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/dialog.py" line="536" />
        <source>(erased on request)</source>
        <translation>(مُحي بناءً على الطلب)</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/dialog.py" line="556" />
        <source>New inquiry</source>
        <translation>استفسار جديد</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/dialog.py" line="557" />
        <source>Log inquiry (Ctrl+Enter)</source>
        <translation>تسجيل الاستفسار (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/dialog.py" line="558" />
        <source>Not logged yet</source>
        <translation>لم يُسجَّل بعد</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/dialog.py" line="563" />
        <source>Log the inquiry first (Ctrl+Enter): its response-time target starts from the time it was received.</source>
        <translation>سجّل الاستفسار أولًا (Ctrl+Enter): تبدأ المهلة المستهدفة للرد عليه من وقت استلامه.</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/dialog.py" line="572" />
        <source>Inquiry %1 — %2</source>
        <translation>الاستفسار %1 — %2</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/dialog.py" line="576" />
        <source>Save changes (Ctrl+Enter)</source>
        <translation>حفظ التغييرات (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/dialog.py" line="578" />
        <source>State: %1</source>
        <translation>الحالة: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/dialog.py" line="588" />
        <source>Target (%1): a first response within %2; deadline %3.</source>
        <translation>المهلة المستهدفة (%1): أول رد خلال %2؛ الموعد النهائي %3.</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/dialog.py" line="598" />
        <source>First response after %1 (%2), on %3.</source>
        <translation>أول رد بعد %1 (%2)، في %3.</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/dialog.py" line="604" />
        <source>Within target</source>
        <translation>ضمن المهلة المستهدفة</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/dialog.py" line="608" />
        <source>Late: %1 past the target (office hours)</source>
        <translation>متأخر: تجاوز المهلة المستهدفة بـ%1 (ساعات الدوام)</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/dialog.py" line="615" />
        <source>Overdue by %1 (office hours)</source>
        <translation>متأخر بـ%1 (ساعات الدوام)</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/dialog.py" line="619" />
        <source>Overdue</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/dialog.py" line="621" />
        <source>No response yet; the deadline passed %1 ago in calendar time.</source>
        <translation>لا رد بعد؛ انقضى الموعد النهائي قبل %1 بالوقت الفعلي.</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/dialog.py" line="627" />
        <source>%1 left (office hours)</source>
        <translation>يتبقى %1 (ساعات الدوام)</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/dialog.py" line="631" />
        <source>No response yet; %1 left to the deadline in calendar time.</source>
        <translation>لا رد بعد؛ يتبقى %1 على الموعد النهائي بالوقت الفعلي.</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/dialog.py" line="637" />
        <source>Closed without a response</source>
        <translation>أُغلق دون رد</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/dialog.py" line="638" />
        <source>No response was logged before it was resolved or closed.</source>
        <translation>لم يُسجَّل أي رد قبل حله أو إغلاقه.</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/dialog.py" line="642" />
        <source>Resolved or closed on %1.</source>
        <translation>حُلّ أو أُغلق في %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/dialog.py" line="658" />
        <source>Erased on request on %1: the inquirer's name and contact were removed, and the subject, text, notes and responses replaced. The times, channel, kind and state are kept for the figures.</source>
        <translation>مُحيت البيانات بناءً على الطلب في %1: أُزيل اسم صاحب الاستفسار ووسيلة تواصله، واستُبدل الموضوع والنص والملاحظات والردود. تُحفظ الأوقات والقناة والنوع والحالة لأغراض الإحصاءات.</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/dialog.py" line="664" />
        <source>Anonymised on %1 after the retention period: the inquirer's name and contact were removed, and so were their mentions in the texts.</source>
        <translation>أُخفيت الهوية في %1 بعد انقضاء مدة الاحتفاظ: أُزيل اسم صاحب الاستفسار ووسيلة تواصله، وأُزيل ورودهما في النصوص كذلك.</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/dialog.py" line="714" />
        <source>Removed</source>
        <translation>مُزال</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/dialog.py" line="742" />
        <source>There is no post %1.</source>
        <translation>لا يوجد منشور برقم %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/dialog.py" line="802" />
        <source>The inquiry was not saved: %1</source>
        <translation>لم يُحفظ الاستفسار: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/dialog.py" line="816" />
        <source>Inquiry %1 logged.</source>
        <translation>سُجّل الاستفسار %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/dialog.py" line="818" />
        <source>Changes saved.</source>
        <translation>حُفظت التغييرات.</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/dialog.py" line="856" />
        <source>The saved reply was not inserted: %1</source>
        <translation>لم يُدرَج الرد المحفوظ: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/dialog.py" line="872" />
        <source>“%1” uses %2, which Bayan cannot fill in: a saved reply may use {name}, {subject} and {date}. Nothing was inserted; correct the reply under Saved replies.</source>
        <translation>يستخدم «%1» %2، ولا يستطيع «بيان» ملأه: يمكن للرد المحفوظ أن يستخدم {name} و{subject} و{date} فقط. لم يُدرَج شيء؛ صحّح الرد من «الردود المحفوظة».</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/dialog.py" line="878" />
        <source>“%1” needs %2, which this inquiry does not have: fill it in above, or write the response yourself. Nothing was inserted.</source>
        <translation>يحتاج «%1» إلى %2، وهو غير متوفر في هذا الاستفسار: املأه في الأعلى، أو اكتب الرد بنفسك. لم يُدرَج شيء.</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/dialog.py" line="883" />
        <source>“%1” has no text in %2. Nothing was inserted.</source>
        <translation>لا يحتوي «%1» على نص باللغة %2. لم يُدرَج شيء.</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/dialog.py" line="887" />
        <source>“%1” has a brace that is not closed (character %2): write {{ and }} for a brace. Nothing was inserted.</source>
        <translation>في «%1» قوس معقوص غير مغلق (الحرف %2): اكتب {{ و }} لكتابة القوس نفسه. لم يُدرَج شيء.</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/dialog.py" line="893" />
        <source>“%1” was not inserted: %2</source>
        <translation>لم يُدرَج «%1»: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/dialog.py" line="913" />
        <source>Write the response first, or insert a saved reply.</source>
        <translation>اكتب الرد أولًا، أو أدرج ردًّا محفوظًا.</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/dialog.py" line="925" />
        <source>The response was not logged: %1</source>
        <translation>لم يُسجَّل الرد: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/dialog.py" line="940" />
        <source>Remove the response</source>
        <translation>إزالة الرد</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/dialog.py" line="942" />
        <source>Remove the chosen response from the log? Do this only for a response logged by mistake; the first-response time is worked out again.</source>
        <translation>هل تريد إزالة الرد المحدد من السجل؟ لا تفعل ذلك إلا لرد سُجّل خطأً؛ إذ سيُعاد حساب وقت أول رد.</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/dialog.py" line="951" />
        <source>The response was not removed: %1</source>
        <translation>لم يُزَل الرد: %1</translation>
    </message>
</context>
<context>
    <name>InquirySettingsPanel</name>
    <message>
        <location filename="../app/ui/inquiries/settings_panel.py" line="346" />
        <source>The target for “%1” must be between %2 and %3 office hours.</source>
        <translation>يجب أن تكون المهلة المستهدفة لـ«%1» بين %2 و%3 (بساعات الدوام).</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/settings_panel.py" line="355" />
        <source>Tick at least one working day: the office must be open on some day.</source>
        <translation>حدّد يوم عمل واحدًا على الأقل: يجب أن يكون المكتب مفتوحًا في يومٍ ما.</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/settings_panel.py" line="363" />
        <source>The closing time %1 is not after the opening time %2.</source>
        <translation>وقت نهاية الدوام %1 ليس بعد وقت بدايته %2.</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/settings_panel.py" line="368" />
        <source>The working week was refused: %1</source>
        <translation>رُفض أسبوع العمل: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/settings_panel.py" line="375" />
        <source>The retention period must be between %1 and %2 months.</source>
        <translation>يجب أن تكون مدة الاحتفاظ بين %1 و%2 (بالأشهر).</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/settings_panel.py" line="389" />
        <source>Nothing was saved.</source>
        <translation>لم يُحفظ شيء.</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/settings_panel.py" line="401" />
        <source>Response-time targets, working week and retention period saved.</source>
        <translation>حُفظت المهل المستهدفة للرد وأسبوع العمل ومدة الاحتفاظ.</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/settings_panel.py" line="414" />
        <source>The defaults are in the form: press Save to keep them.</source>
        <translation>وُضعت القيم الافتراضية في النموذج: اضغط «حفظ» لاعتمادها.</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/settings_panel.py" line="421" />
        <source>Give the holiday a name, in Arabic or in English.</source>
        <translation>أدخل اسمًا للعطلة، بالعربية أو بالإنجليزية.</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/settings_panel.py" line="434" />
        <source>The holiday on %1 was renamed.</source>
        <translation>غُيّر اسم عطلة يوم %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/settings_panel.py" line="436" />
        <source>%1 added: no office time is counted on that day.</source>
        <translation>أُضيف يوم %1 عطلةً: لا تُحتسب ساعات دوام في ذلك اليوم.</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/settings_panel.py" line="456" />
        <source>%1 is no longer a holiday: office time is counted on it.</source>
        <translation>لم يعد يوم %1 عطلة: تُحتسب فيه ساعات الدوام.</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/settings_panel.py" line="481" />
        <source>Not accepted: %1</source>
        <translation>لم يُقبَل: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/settings_panel.py" line="507" />
        <source>How quickly the public should hear back, counted in office hours, and how long inquirers' names and contacts are kept.</source>
        <translation>مدى سرعة الرد على الجمهور، محسوبةً بساعات الدوام، ومدة الاحتفاظ بأسماء أصحاب الاستفسارات ووسائل تواصلهم.</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/settings_panel.py" line="511" />
        <source>First-response targets</source>
        <translation>المهل المستهدفة لأول رد</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/settings_panel.py" line="512" />
        <source>Office hours from receipt to the first response.</source>
        <translation>ساعات الدوام من الاستلام حتى أول رد.</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/settings_panel.py" line="515" />
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/settings_panel.py" line="517" />
        <source>Target for %1, in office hours</source>
        <translation>المهلة المستهدفة لـ«%1»، بساعات الدوام</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/settings_panel.py" line="519" />
        <source>Working week</source>
        <translation>أسبوع العمل</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/settings_panel.py" line="520" />
        <source>Office days:</source>
        <translation>أيام الدوام:</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/settings_panel.py" line="522" />
        <source>Open&amp;s at:</source>
        <translation>&amp;بداية الدوام:</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/settings_panel.py" line="523" />
        <source>&amp;Closes at:</source>
        <translation>&amp;نهاية الدوام:</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/settings_panel.py" line="524" />
        <source>Opening time</source>
        <translation>وقت بداية الدوام</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/settings_panel.py" line="525" />
        <source>Closing time</source>
        <translation>وقت نهاية الدوام</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/settings_panel.py" line="526" />
        <source>Personal data</source>
        <translation>البيانات الشخصية</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/settings_panel.py" line="527" />
        <source>&amp;Keep names and contacts for (months):</source>
        <translation>مدة الا&amp;حتفاظ بالأسماء ووسائل التواصل (بالأشهر):</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/settings_panel.py" line="528" />
        <source>Retention period in months</source>
        <translation>مدة الاحتفاظ بالأشهر</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/settings_panel.py" line="531" />
        <source>After this period the name and contact of an inquirer are anonymised, once you have seen the list and confirmed (Personal Data Protection Law No. 24 of 2023). The statistics of those inquiries remain.</source>
        <translation>بعد انقضاء هذه المدة تُخفى هوية صاحب الاستفسار بإزالة اسمه ووسيلة تواصله، وذلك بعد اطلاعك على القائمة وتأكيدك (قانون حماية البيانات الشخصية رقم 24 لسنة 2023). وتبقى إحصاءات تلك الاستفسارات.</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/settings_panel.py" line="536" />
        <source>Anon&amp;ymise old records…</source>
        <translation>إخفاء &amp;هوية السجلات القديمة…</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/settings_panel.py" line="538" />
        <source>See which inquiries are past the retention period and anonymise them</source>
        <translation>عرض الاستفسارات التي تجاوزت مدة الاحتفاظ وإخفاء الهوية فيها</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/settings_panel.py" line="540" />
        <source>A person’s req&amp;uest…</source>
        <translation>&amp;طلب شخص بشأن بياناته…</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/settings_panel.py" line="542" />
        <source>Find a person's records to export them or erase them on request</source>
        <translation>البحث عن سجلات شخص ما لتصديرها أو محوها بناءً على طلبه</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/settings_panel.py" line="544" />
        <source>Save in&amp;quiry settings</source>
        <translation>حفظ إعدادات الا&amp;ستفسارات</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/settings_panel.py" line="545" />
        <source>De&amp;faults</source>
        <translation>القيم ال&amp;افتراضية</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/settings_panel.py" line="547" />
        <source>Put the default targets, week and retention period in the form</source>
        <translation>وضع القيم الافتراضية للمهل المستهدفة وأسبوع العمل ومدة الاحتفاظ في النموذج</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/settings_panel.py" line="549" />
        <location filename="../app/ui/inquiries/settings_panel.py" line="556" />
        <source>Public holidays</source>
        <translation>العطل الرسمية</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/settings_panel.py" line="552" />
        <source>No office time is counted on these days. Adding or removing a holiday takes effect at once.</source>
        <translation>لا تُحتسب ساعات دوام في هذه الأيام. تسري إضافة العطلة أو إزالتها فورًا.</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/settings_panel.py" line="558" />
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/settings_panel.py" line="558" />
        <source>Name in Arabic</source>
        <translation>الاسم بالعربية</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/settings_panel.py" line="558" />
        <source>Name in English</source>
        <translation>الاسم بالإنجليزية</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/settings_panel.py" line="560" />
        <source>&amp;Date:</source>
        <translation>ال&amp;تاريخ:</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/settings_panel.py" line="561" />
        <source>Ara&amp;bic name:</source>
        <translation>الاسم ال&amp;عربي:</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/settings_panel.py" line="562" />
        <source>En&amp;glish name:</source>
        <translation>الاسم الإن&amp;جليزي:</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/settings_panel.py" line="563" />
        <source>Date of the new holiday</source>
        <translation>تاريخ العطلة الجديدة</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/settings_panel.py" line="564" />
        <source>Arabic name of the new holiday</source>
        <translation>الاسم العربي للعطلة الجديدة</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/settings_panel.py" line="565" />
        <source>English name of the new holiday</source>
        <translation>الاسم الإنجليزي للعطلة الجديدة</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/settings_panel.py" line="566" />
        <source>Add &amp;holiday</source>
        <translation>إضافة &amp;عطلة</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/settings_panel.py" line="567" />
        <source>Remove hol&amp;iday</source>
        <translation>إ&amp;زالة العطلة</translation>
    </message>
</context>
<context>
    <name>InquiryTiming</name>
    <message>
        <location filename="../app/ui/inquiries/timing.py" line="31" />
        <source>less than a minute</source>
        <translation>أقل من دقيقة</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/timing.py" line="36" />
        <source>%1 d</source>
        <translation>%1 ي</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/timing.py" line="40" />
        <source>%1 d %2 h</source>
        <translation>%1 ي %2 س</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/timing.py" line="47" />
        <source>%1 h</source>
        <translation>%1 س</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/timing.py" line="49" />
        <source>%1 min</source>
        <translation>%1 د</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/timing.py" line="51" />
        <source>%1 h %2 min</source>
        <translation>%1 س %2 د</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/timing.py" line="59" />
        <source>%1 in office hours</source>
        <translation>%1 بساعات الدوام</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/timing.py" line="66" />
        <source>%1 in calendar time</source>
        <translation>%1 بالوقت الفعلي</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/timing.py" line="120" />
        <source>Overdue</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/timing.py" line="121" />
        <source>Overdue by %1</source>
        <translation>متأخر بـ%1</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/timing.py" line="124" />
        <source>%1 left</source>
        <translation>يتبقى %1</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/timing.py" line="133" />
        <source>%1 office hours</source>
        <translation>%1 ساعة دوام</translation>
    </message>
</context>
<context>
    <name>KpiCardView</name>
    <message>
        <location filename="../app/ui/kpi_view.py" line="74" />
        <source>Value: %1</source>
        <translation>القيمة: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/kpi_view.py" line="77" />
        <source>Target: %1</source>
        <translation>الهدف: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/kpi_view.py" line="81" />
        <source>No status: no figures yet for this period</source>
        <translation>لا حالة: لا أرقام بعد لهذه الفترة</translation>
    </message>
    <message>
        <location filename="../app/ui/kpi_view.py" line="83" />
        <source>No status: no target set for this period</source>
        <translation>لا حالة: لم يُحدَّد هدف لهذه الفترة</translation>
    </message>
    <message>
        <location filename="../app/ui/kpi_view.py" line="85" />
        <source>No status yet</source>
        <translation>لا حالة بعد</translation>
    </message>
    <message>
        <location filename="../app/ui/kpi_view.py" line="92" />
        <source>At this pace: %1, the target will be met</source>
        <translation>بهذه الوتيرة: %1، وسيتحقق الهدف</translation>
    </message>
    <message>
        <location filename="../app/ui/kpi_view.py" line="94" />
        <source>At this pace: %1, the target will not be met</source>
        <translation>بهذه الوتيرة: %1، ولن يتحقق الهدف</translation>
    </message>
    <message>
        <location filename="../app/ui/kpi_view.py" line="98" />
        <source>Engagement rate = engagements ÷ views</source>
        <translation>معدل التفاعل = التفاعلات ÷ المشاهدات</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../app/ui/labels.py" line="20" />
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="21" />
        <source>In review</source>
        <translation>قيد المراجعة</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="22" />
        <source>Approved</source>
        <translation>معتمد</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="23" />
        <source>Changes requested</source>
        <translation>مطلوب تعديلات</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="24" />
        <source>Published</source>
        <translation>منشور</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="25" />
        <source>Archived</source>
        <translation>مؤرشف</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="26" />
        <source>Withdrawn</source>
        <translation>مسحوب</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="41" />
        <location filename="../app/ui/labels.py" line="84" />
        <source>Facebook</source>
        <translation>فيسبوك</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="42" />
        <location filename="../app/ui/labels.py" line="85" />
        <source>X</source>
        <translation>إكس</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="43" />
        <location filename="../app/ui/labels.py" line="86" />
        <source>Instagram</source>
        <translation>إنستغرام</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="44" />
        <location filename="../app/ui/labels.py" line="87" />
        <source>YouTube</source>
        <translation>يوتيوب</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="45" />
        <source>LinkedIn</source>
        <translation>لينكدإن</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="46" />
        <location filename="../app/ui/labels.py" line="88" />
        <source>TikTok</source>
        <translation>تيك توك</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="47" />
        <source>Threads</source>
        <translation>ثريدز</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="48" />
        <location filename="../app/ui/labels.py" line="89" />
        <source>Website</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="52" />
        <source>Conference</source>
        <translation>مؤتمر</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="53" />
        <source>Workshop</source>
        <translation>ورشة عمل</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="54" />
        <source>Seminar</source>
        <translation>ندوة</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="55" />
        <source>Campaign launch</source>
        <translation>إطلاق حملة</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="56" />
        <location filename="../app/ui/labels.py" line="67" />
        <source>Event</source>
        <translation>فعالية</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="60" />
        <source>Electoral silence</source>
        <translation>صمت انتخابي</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="61" />
        <source>Mourning</source>
        <translation>حداد</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="62" />
        <location filename="../app/ui/labels.py" line="68" />
        <source>Quiet period</source>
        <translation>فترة توقف عن النشر</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="66" />
        <source>Post</source>
        <translation>منشور</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="75" />
        <source>Inquiry</source>
        <translation>استفسار</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="76" />
        <source>Complaint</source>
        <translation>شكوى</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="77" />
        <source>Request</source>
        <translation>طلب</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="78" />
        <source>Suggestion</source>
        <translation>اقتراح</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="79" />
        <source>Media request</source>
        <translation>طلب إعلامي</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="80" />
        <source>Mention</source>
        <translation>إشارة</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="90" />
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="91" />
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="92" />
        <source>Walk-in</source>
        <translation>حضور شخصي</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="96" />
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="97" />
        <source>Answered</source>
        <translation>مُجاب</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="98" />
        <source>Waiting</source>
        <translation>بانتظار الرد</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="99" />
        <source>Resolved</source>
        <translation>محلول</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="100" />
        <source>Closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="366" />
        <source>Followers</source>
        <translation>المتابعون</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="367" />
        <source>Engagement rate</source>
        <translation>معدل التفاعل</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="368" />
        <location filename="../app/ui/labels.py" line="382" />
        <source>Views</source>
        <translation>المشاهدات</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="369" />
        <source>Published items</source>
        <translation>المواد المنشورة</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="370" />
        <source>Median first response (hours)</source>
        <translation>وسيط زمن الرد الأول (بالساعات)</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="374" />
        <source>On track</source>
        <translation>على المسار</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="375" />
        <source>At risk</source>
        <translation>معرّض للخطر</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="376" />
        <source>Off track</source>
        <translation>خارج المسار</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="380" />
        <source>Followers at month end</source>
        <translation>المتابعون في نهاية الشهر</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="381" />
        <source>New followers</source>
        <translation>متابعون جدد</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="383" />
        <source>Reach</source>
        <translation>الوصول</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="384" />
        <source>Reactions</source>
        <translation>ردود الفعل</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="385" />
        <source>Comments</source>
        <translation>التعليقات</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="386" />
        <source>Shares</source>
        <translation>المشاركات</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="387" />
        <source>Saves</source>
        <translation>الحفظ</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="388" />
        <source>Clicks</source>
        <translation>النقرات</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="389" />
        <source>Video views</source>
        <translation>مشاهدات الفيديو</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="390" />
        <source>Engagements</source>
        <translation>التفاعلات</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="391" />
        <source>Net change in followers</source>
        <translation>صافي التغير في المتابعين</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="392" />
        <source>Profile visits</source>
        <translation>زيارات الملف الشخصي</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="393" />
        <source>Users</source>
        <translation>المستخدمون</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="394" />
        <source>Sessions</source>
        <translation>الجلسات</translation>
    </message>
</context>
<context>
    <name>Limits</name>
    <message>
        <location filename="../app/ui/pages/settings.py" line="39" />
        <source>X: post (weighted characters)</source>
        <translation>إكس: المنشور (أحرف موزونة)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="40" />
        <source>X Premium: post (weighted characters)</source>
        <translation>إكس بريميوم: المنشور (أحرف موزونة)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="41" />
        <source>Facebook: post (characters)</source>
        <translation>فيسبوك: المنشور (أحرف)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="42" />
        <source>Instagram: caption (characters)</source>
        <translation>إنستغرام: الشرح (أحرف)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="43" />
        <source>LinkedIn: post (characters)</source>
        <translation>لينكدإن: المنشور (أحرف)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="44" />
        <source>YouTube: title (characters)</source>
        <translation>يوتيوب: العنوان (أحرف)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="45" />
        <source>YouTube: description (UTF-8 bytes)</source>
        <translation>يوتيوب: الوصف (بايتات UTF-8)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="46" />
        <source>TikTok: caption (characters)</source>
        <translation>تيك توك: الشرح (أحرف)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="47" />
        <source>Threads: post (characters, emoji by UTF-8 bytes)</source>
        <translation>ثريدز: المنشور (أحرف، والرموز التعبيرية ببايتات UTF-8)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="48" />
        <source>Threads: links per post</source>
        <translation>ثريدز: الروابط في المنشور الواحد</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="49" />
        <source>Instagram: hashtags per post</source>
        <translation>إنستغرام: الوسوم في المنشور الواحد</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="50" />
        <source>YouTube: hashtags (above this all are ignored)</source>
        <translation>يوتيوب: الوسوم (إذا تجاوزت هذا العدد تُتجاهل كلها)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="53" />
        <source>House rule: hashtags per post</source>
        <translation>قاعدة المؤسسة: الوسوم في المنشور الواحد</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="54" />
        <source>X: alt text (characters)</source>
        <translation>إكس: النص البديل (أحرف)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="55" />
        <source>LinkedIn: alt text (characters)</source>
        <translation>لينكدإن: النص البديل (أحرف)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="56" />
        <source>Facebook: alt text (characters)</source>
        <translation>فيسبوك: النص البديل (أحرف)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="57" />
        <source>Instagram: alt text (characters)</source>
        <translation>إنستغرام: النص البديل (أحرف)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="58" />
        <source>Threads: alt text (characters)</source>
        <translation>ثريدز: النص البديل (أحرف)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="59" />
        <source>TikTok: alt text (characters)</source>
        <translation>تيك توك: النص البديل (أحرف)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="60" />
        <source>YouTube: alt text (characters)</source>
        <translation>يوتيوب: النص البديل (أحرف)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="61" />
        <source>Alt text: warn when longer than (characters)</source>
        <translation>النص البديل: التحذير عند تجاوز (أحرف)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/ui/main_window.py" line="242" />
        <source>Dashboard</source>
        <translation>لوحة المتابعة</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="249" />
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="243" />
        <source>Calendar</source>
        <translation>التقويم</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="244" />
        <source>Posts</source>
        <translation>المنشورات</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="245" />
        <source>Inquiries</source>
        <translation>الاستفسارات</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="246" />
        <source>Archive</source>
        <translation>الأرشيف</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="247" />
        <source>Metrics</source>
        <translation>المؤشرات</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="248" />
        <source>Accounts</source>
        <translation>الحسابات</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="255" />
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="257" />
        <source>Sections</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="258" />
        <source>Search…</source>
        <translation>بحث…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="259" />
        <source>Search posts, inquiries and media (%1)</source>
        <translation>البحث في المنشورات والاستفسارات والوسائط (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="267" />
        <source>Bayan</source>
        <translation>بيان</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="273" />
        <source>Workspace: %1 · records on the team server %2</source>
        <translation>مساحة العمل: %1 · السجلات على خادم الفريق %2</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="278" />
        <source>Workspace: %1</source>
        <translation>مساحة العمل: %1</translation>
    </message>
</context>
<context>
    <name>MediaDialog</name>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="304" />
        <source>Attach media</source>
        <translation>إرفاق وسائط</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="304" />
        <source>Edit attachment</source>
        <translation>تعديل المرفق</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="307" />
        <source>&amp;File:</source>
        <translation>ال&amp;ملف:</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="308" />
        <source>Alt text (&amp;Arabic):</source>
        <translation>النص البديل (&amp;عربي):</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="309" />
        <source>Alt text (&amp;English):</source>
        <translation>النص البديل (إنج&amp;ليزي):</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="310" />
        <source>&amp;Credit:</source>
        <translation>الإ&amp;سناد:</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="311" />
        <source>&amp;Licence:</source>
        <translation>التر&amp;خيص:</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="312" />
        <source>Captions file (S&amp;RT or VTT):</source>
        <translation>ملف الترجمة النصية (S&amp;RT أو VTT):</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="316" />
        <source>Ch&amp;oose…</source>
        <translation>ا&amp;ختيار…</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="317" />
        <source>Choose the image or video file</source>
        <translation>اختيار ملف الصورة أو الفيديو</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="318" />
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="319" />
        <source>Choose the captions file</source>
        <translation>اختيار ملف الترجمة النصية</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="320" />
        <source>The image contains &amp;text (repeat it in the alt text)</source>
        <translation>تحتوي الصورة على &amp;نص (كرّره في النص البديل)</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="321" />
        <source>Captions are &amp;burned into the video</source>
        <translation>الترجمة النصية م&amp;دمجة في الفيديو</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="322" />
        <source>Describe what the image shows, in Arabic</source>
        <translation>صِف ما تُظهره الصورة، بالعربية</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="323" />
        <source>Describe what the image shows, in English</source>
        <translation>صِف ما تُظهره الصورة، بالإنجليزية</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="324" />
        <source>e.g. owned by the organisation, CC BY 4.0</source>
        <translation>مثلًا: مملوكة للمؤسسة، CC BY 4.0</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="325" />
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="326" />
        <source>Identifiable &amp;people appear</source>
        <translation>يظهر &amp;أشخاص يمكن التعرف عليهم</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="328" />
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="328" />
        <source>Given on</source>
        <translation>تاريخ الموافقة</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="328" />
        <source>Use</source>
        <translation>الاستخدام</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="328" />
        <source>Expires</source>
        <translation>تنتهي في</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="330" />
        <source>Consent records</source>
        <translation>سجلات الموافقة</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="331" />
        <source>Add co&amp;nsent…</source>
        <translation>إضافة مو&amp;افقة…</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="332" />
        <source>Re&amp;move consent</source>
        <translation>إزالة المو&amp;افقة</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="379" />
        <source>Attach an image or video</source>
        <translation>إرفاق صورة أو فيديو</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="381" />
        <source>Images and videos (%1);;All files (*)</source>
        <translation>الصور ومقاطع الفيديو (%1);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="390" />
        <source>Captions file</source>
        <translation>ملف الترجمة النصية</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="390" />
        <source>Captions (*.srt *.vtt);;All files (*)</source>
        <translation>الترجمة النصية (*.srt *.vtt);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="419" />
        <source>Choose the file to attach.</source>
        <translation>اختر الملف المراد إرفاقه.</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="425" />
        <source>There is no file at %1.</source>
        <translation>لا يوجد ملف في %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="476" />
        <source>Not stored: %1</source>
        <translation>لم يُحفظ: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/media_dialog.py" line="481" />
        <source>The file could not be read: %1</source>
        <translation>تعذّرت قراءة الملف: %1</translation>
    </message>
</context>
<context>
    <name>MemoryExportDialog</name>
    <message>
        <location filename="../app/ui/archive/dialogs.py" line="238" />
        <source>Export for institutional memory</source>
        <translation>التصدير للذاكرة المؤسسية</translation>
    </message>
    <message>
        <location filename="../app/ui/archive/dialogs.py" line="241" />
        <source>The posts published in these days, with their images and videos, alt texts, publication links and details, as a folder that opens in any web browser without the internet (index.html) and as data (data.json).</source>
        <translation>المنشورات التي نُشرت في هذه الأيام، مع صورها ومقاطع الفيديو فيها ونصوصها البديلة وروابط نشرها وتفاصيلها، في مجلد يُفتح في أي متصفح ويب دون اتصال بالإنترنت (index.html) وفي صورة بيانات (data.json).</translation>
    </message>
    <message>
        <location filename="../app/ui/archive/dialogs.py" line="246" />
        <source>&amp;From</source>
        <translation>&amp;من</translation>
    </message>
    <message>
        <location filename="../app/ui/archive/dialogs.py" line="247" />
        <source>&amp;To (included)</source>
        <translation>&amp;إلى (ضمنًا)</translation>
    </message>
    <message>
        <location filename="../app/ui/archive/dialogs.py" line="248" />
        <source>F&amp;older</source>
        <translation>المج&amp;لد</translation>
    </message>
    <message>
        <location filename="../app/ui/archive/dialogs.py" line="249" />
        <source>An empty folder, or a new one</source>
        <translation>مجلد فارغ، أو مجلد جديد</translation>
    </message>
    <message>
        <location filename="../app/ui/archive/dialogs.py" line="250" />
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location filename="../app/ui/archive/dialogs.py" line="251" />
        <source>Choose the folder of the export</source>
        <translation>اختيار مجلد التصدير</translation>
    </message>
    <message>
        <location filename="../app/ui/archive/dialogs.py" line="255" />
        <source>Folder of the export</source>
        <translation>مجلد التصدير</translation>
    </message>
    <message>
        <location filename="../app/ui/archive/dialogs.py" line="267" />
        <source>The period ends before it starts.</source>
        <translation>تنتهي الفترة قبل أن تبدأ.</translation>
    </message>
    <message>
        <location filename="../app/ui/archive/dialogs.py" line="272" />
        <source>Choose the folder.</source>
        <translation>اختر المجلد.</translation>
    </message>
</context>
<context>
    <name>MetricsPage</name>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="224" />
        <source>Nothing has changed.</source>
        <translation>لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="245" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="255" />
        <source>Nothing was saved. %1, %2: %3</source>
        <translation>لم يُحفظ شيء. %1، %2: %3</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="259" />
        <source>(and %1 more problems, listed beside their rows)</source>
        <translation>(و%1 مشكلات أخرى، مدرجة بجانب صفوفها)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="264" />
        <source>Saved the figures of %1 accounts for %2.</source>
        <translation>حُفظت أرقام %1 حسابات لشهر %2.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="340" />
        <source>Choose export files</source>
        <translation>اختر ملفات التصدير</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="340" />
        <source>Exports (*.csv *.txt *.xls *.xlsx)</source>
        <translation>ملفات التصدير (*.csv *.txt *.xls *.xlsx)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="346" />
        <source>Choose a folder of exports</source>
        <translation>اختر مجلدًا لملفات التصدير</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="352" />
        <source>Choose a zip of exports</source>
        <translation>اختر ملف ZIP لملفات التصدير</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="352" />
        <source>Zip files (*.zip)</source>
        <translation>ملفات ZIP (*.zip)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="362" />
        <source>row %1</source>
        <translation>الصف %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="364" />
        <source>column “%1”</source>
        <translation>العمود «%1»</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="365" />
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="385" />
        <source>These exports cannot be imported; nothing was stored:</source>
        <translation>يتعذر استيراد ملفات التصدير هذه؛ ولم يُخزَّن شيء:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="397" />
        <location filename="../app/ui/pages/metrics.py" line="425" />
        <source>Check the months below, then Apply.</source>
        <translation>راجع الأشهر أدناه، ثم اضغط «تطبيق».</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="414" />
        <source>These exports cannot be imported with these columns:</source>
        <translation>لا يمكن استيراد هذه الملفات المُصدَّرة بهذه الأعمدة:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="421" />
        <source>Choose the date column and at least one figure for: %1</source>
        <translation>اختر عمود التاريخ ورقمًا واحدًا على الأقل للملف: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="435" />
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="435" />
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="435" />
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="435" />
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="440" />
        <source>needs a column mapping</source>
        <translation>يحتاج إلى تحديد الأعمدة</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="448" />
        <location filename="../app/ui/pages/metrics.py" line="946" />
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="448" />
        <source>Complete?</source>
        <translation>مكتمل؟</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="453" />
        <source>Part of the month only (not imported): %1</source>
        <translation>جزء من الشهر فقط (لم يُستورد): %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="457" />
        <source>Whole month</source>
        <translation>الشهر كاملًا</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="465" />
        <source>Part of the month only: not imported</source>
        <translation>جزء من الشهر فقط: لم يُستورد</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="489" />
        <source>The current followers total must be a whole number.</source>
        <translation>يجب أن يكون العدد الحالي للمتابعين عددًا صحيحًا.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="501" />
        <source>Nothing was imported:</source>
        <translation>لم يُستورد شيء:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="504" />
        <source>Imported: %1 months added, %2 updated.</source>
        <translation>تم الاستيراد: أُضيف %1 من الأشهر، وحُدّث %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/metrics.py" line="508" />
        <source>Lifetime figures of %Ln post(s) stored.</source>
        <translation>
            <numerusform>لم تُحفظ أرقام أي منشور.</numerusform>
            <numerusform>حُفظت الأرقام الإجمالية لمنشور واحد.</numerusform>
            <numerusform>حُفظت الأرقام الإجمالية لمنشورين.</numerusform>
            <numerusform>حُفظت الأرقام الإجمالية لـ%Ln منشورات.</numerusform>
            <numerusform>حُفظت الأرقام الإجمالية لـ%Ln منشورًا.</numerusform>
            <numerusform>حُفظت الأرقام الإجمالية لـ%Ln منشور.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="510" />
        <source>Months covered only in part were left out: %1.</source>
        <translation>استُبعدت الأشهر المغطاة جزئيًا فقط: %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="609" />
        <location filename="../app/ui/pages/metrics.py" line="653" />
        <source>Q%1 %2</source>
        <translation>الربع %1 %2</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="627" />
        <source>No plan covers today; pillars and shares need one.</source>
        <translation>لا توجد خطة تغطي تاريخ اليوم؛ والمحاور والحصص تتطلب خطة.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="630" />
        <source>Plan: %1 (%2 to %3)</source>
        <translation>الخطة: %1 (من %2 إلى %3)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="648" />
        <location filename="../app/ui/pages/metrics.py" line="945" />
        <source>KPI</source>
        <translation>مؤشر الأداء الرئيسي</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="648" />
        <location filename="../app/ui/pages/metrics.py" line="950" />
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="648" />
        <location filename="../app/ui/pages/metrics.py" line="914" />
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="648" />
        <location filename="../app/ui/pages/metrics.py" line="952" />
        <source>Target</source>
        <translation>المستهدف</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="657" />
        <source>All accounts</source>
        <translation>جميع الحسابات</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="667" />
        <source>Pillar</source>
        <translation>المحور</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="667" />
        <source>Intended share</source>
        <translation>الحصة المقصودة</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="685" />
        <source>Platform</source>
        <translation>المنصة</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="685" />
        <source>Share (%)</source>
        <translation>الحصة (%)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="699" />
        <source>Content pillars (intended shares: %1 % of 100 %)</source>
        <translation>محاور المحتوى (الحصص المقصودة: %1 % من 100 %)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="712" />
        <source>The target must be a number.</source>
        <translation>يجب أن يكون المستهدف رقمًا.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="721" />
        <source>The target was not saved: %1</source>
        <translation>لم يُحفظ المستهدف: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="724" />
        <source>Target saved: %1, %2.</source>
        <translation>حُفظ المستهدف: %1، %2.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="732" />
        <source>Choose a target in the list first.</source>
        <translation>اختر مستهدفًا من القائمة أولًا.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="736" />
        <source>Target deleted.</source>
        <translation>حُذف المستهدف.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="748" />
        <location filename="../app/ui/pages/metrics.py" line="761" />
        <source>The intended share must be a number from 0 to 100.</source>
        <translation>يجب أن تكون الحصة المقصودة رقمًا من 0 إلى 100.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="757" />
        <source>The pillars' intended shares would add up to more than 100 %.</source>
        <translation>سيتجاوز مجموع الحصص المقصودة للمحاور 100 %.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="759" />
        <source>A pillar needs an Arabic name.</source>
        <translation>يجب أن يكون للمحور اسم عربي.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="767" />
        <source>Pillar added.</source>
        <translation>أُضيف المحور.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="773" />
        <source>Choose a pillar in the list first.</source>
        <translation>اختر محورًا من القائمة أولًا.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="777" />
        <source>Pillar deleted; its posts keep going.</source>
        <translation>حُذف المحور؛ وتبقى منشوراته كما هي.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="793" />
        <source>%1: a share is a percentage from 0 to 100.</source>
        <translation>%1: الحصة نسبة مئوية من 0 إلى 100.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="800" />
        <source>The platform shares add up to more than 100 %.</source>
        <translation>مجموع حصص المنصات يتجاوز 100 %.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="803" />
        <source>Platform focus saved.</source>
        <translation>حُفظ تركيز المنصات.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="852" />
        <source>Key figures for %1, so far</source>
        <translation>الأرقام الرئيسية لـ %1 حتى الآن</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="876" />
        <source>%1: %2 at the latest month end</source>
        <translation>%1: %2 في نهاية آخر شهر</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="879" />
        <source>forecast %1 in three months</source>
        <translation>التوقع %1 بعد ثلاثة أشهر</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="884" />
        <source>dashed: forecast</source>
        <translation>الخط المتقطع: التوقع</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="885" />
        <source>No monthly figures yet.</source>
        <translation>لا توجد أرقام شهرية بعد.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="886" />
        <source>Followers per platform, 12 months and a 3-month forecast</source>
        <translation>المتابعون حسب المنصة، 12 شهرًا وتوقع لـ 3 أشهر</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="891" />
        <source>Forecast: a straight line fitted to the last 12 months (least squares).</source>
        <translation>التوقع: خط مستقيم مُوفَّق على آخر 12 شهرًا (طريقة المربعات الصغرى).</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="897" />
        <source>Metrics</source>
        <translation>المؤشرات</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="898" />
        <source>&amp;Monthly report…</source>
        <translation>ال&amp;تقرير الشهري…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="900" />
        <source>Make the PDF report of a month, a quarter or a year</source>
        <translation>إعداد تقرير PDF لشهر أو ربع سنة أو سنة</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="904" />
        <source>Monthly figures</source>
        <translation>الأرقام الشهرية</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="905" />
        <source>Import exports…</source>
        <translation>استيراد ملفات التصدير…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="906" />
        <source>Plan and targets</source>
        <translation>الخطة والمستهدفات</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="907" />
        <source>KPIs</source>
        <translation>مؤشرات الأداء</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="912" />
        <source>&amp;Month:</source>
        <translation>ال&amp;شهر:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="913" />
        <source>&amp;Save figures</source>
        <translation>&amp;حفظ الأرقام</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="915" />
        <source>Problems</source>
        <translation>المشكلات</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="916" />
        <source>Monthly figures per account</source>
        <translation>الأرقام الشهرية لكل حساب</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="917" />
        <source>Choose &amp;files…</source>
        <translation>اختر الم&amp;لفات…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="918" />
        <source>Choose a f&amp;older…</source>
        <translation>اختر م&amp;جلدًا…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="919" />
        <source>Choose a &amp;zip…</source>
        <translation>اختر ملف &amp;ZIP…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="920" />
        <source>&amp;Apply import</source>
        <translation>&amp;تطبيق الاستيراد</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="931" />
        <source>Account:</source>
        <translation>الحساب:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="932" />
        <source>Current followers total (optional):</source>
        <translation>العدد الحالي للمتابعين (اختياري):</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="933" />
        <source>As of:</source>
        <translation>بتاريخ:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="939" />
        <source>Months to import</source>
        <translation>الأشهر المراد استيرادها</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="940" />
        <source>Export files</source>
        <translation>ملفات التصدير</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="942" />
        <location filename="../app/ui/pages/metrics.py" line="955" />
        <source>KPI targets</source>
        <translation>مستهدفات مؤشرات الأداء</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="947" />
        <source>Quarter</source>
        <translation>الربع</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="948" />
        <source>Period kind</source>
        <translation>نوع الفترة</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="951" />
        <source>Target (engagement rate in %)</source>
        <translation>المستهدف (معدل التفاعل بالنسبة المئوية %)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="953" />
        <source>Add or &amp;replace target</source>
        <translation>إضافة المستهدف أو ا&amp;ستبداله</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="954" />
        <source>&amp;Delete target</source>
        <translation>ح&amp;ذف المستهدف</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="956" />
        <source>Arabic name</source>
        <translation>الاسم العربي</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="957" />
        <source>Pillar's Arabic name</source>
        <translation>الاسم العربي للمحور</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="958" />
        <source>English name</source>
        <translation>الاسم الإنجليزي</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="959" />
        <source>Pillar's English name</source>
        <translation>الاسم الإنجليزي للمحور</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="960" />
        <source>Share %</source>
        <translation>الحصة %</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="961" />
        <source>Pillar's intended share in percent</source>
        <translation>الحصة المقصودة للمحور بالنسبة المئوية</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="962" />
        <source>Add &amp;pillar</source>
        <translation>إضافة م&amp;حور</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="963" />
        <source>Delete pi&amp;llar</source>
        <translation>حذف ال&amp;محور</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="964" />
        <source>Content pillars</source>
        <translation>محاور المحتوى</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="965" />
        <source>Platform focus</source>
        <translation>تركيز المنصات</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="966" />
        <source>Platform focus shares</source>
        <translation>حصص تركيز المنصات</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/metrics.py" line="967" />
        <source>Save platform &amp;shares</source>
        <translation>حفظ &amp;حصص المنصات</translation>
    </message>
</context>
<context>
    <name>MixPanel</name>
    <message>
        <location filename="../app/ui/pages/dashboard_performance.py" line="249" />
        <source>No pillar</source>
        <translation>بلا محور</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/dashboard_performance.py" line="255" />
        <source>%1: %2 % of published (%n post(s)), no planned share</source>
        <translation>
            <numerusform>%1: %2 % من المنشور (لا منشورات)، بلا حصة مخططة</numerusform>
            <numerusform>%1: %2 % من المنشور (منشور واحد)، بلا حصة مخططة</numerusform>
            <numerusform>%1: %2 % من المنشور (منشوران)، بلا حصة مخططة</numerusform>
            <numerusform>%1: %2 % من المنشور (%n منشورات)، بلا حصة مخططة</numerusform>
            <numerusform>%1: %2 % من المنشور (%n منشورًا)، بلا حصة مخططة</numerusform>
            <numerusform>%1: %2 % من المنشور (%n منشور)، بلا حصة مخططة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/dashboard_performance.py" line="257" />
        <source>%1: %2 % of published (%n post(s)), planned %3 %</source>
        <translation>
            <numerusform>%1: %2 % من المنشور (لا منشورات)، والمخطط %3 %</numerusform>
            <numerusform>%1: %2 % من المنشور (منشور واحد)، والمخطط %3 %</numerusform>
            <numerusform>%1: %2 % من المنشور (منشوران)، والمخطط %3 %</numerusform>
            <numerusform>%1: %2 % من المنشور (%n منشورات)، والمخطط %3 %</numerusform>
            <numerusform>%1: %2 % من المنشور (%n منشورًا)، والمخطط %3 %</numerusform>
            <numerusform>%1: %2 % من المنشور (%n منشور)، والمخطط %3 %</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/dashboard_performance.py" line="265" />
        <source>Content mix by pillar against the plan, %1</source>
        <translation>مزيج المحتوى حسب المحور مقارنة بالخطة، %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/dashboard_performance.py" line="267" />
        <source>share of posts published</source>
        <translation>حصة المنشورات المنشورة</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/dashboard_performance.py" line="268" />
        <source>planned share</source>
        <translation>الحصة المخططة</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/dashboard_performance.py" line="269" />
        <source>Nothing published this month yet.</source>
        <translation>لم يُنشر شيء هذا الشهر بعد.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/dashboard_performance.py" line="274" />
        <source>Share = posts first published this month in the pillar ÷ all posts first published this month.</source>
        <translation>الحصة = منشورات المحور التي نُشرت أول مرة هذا الشهر ÷ كل المنشورات التي نُشرت أول مرة هذا الشهر.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/dashboard_performance.py" line="280" />
        <source>Published items per platform, %1</source>
        <translation>المواد المنشورة لكل منصة، %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/dashboard_performance.py" line="282" />
        <source>Platform</source>
        <translation>المنصة</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/dashboard_performance.py" line="282" />
        <source>Published</source>
        <translation>المنشور</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/dashboard_performance.py" line="290" />
        <source>All platforms</source>
        <translation>كل المنصات</translation>
    </message>
</context>
<context>
    <name>OrganisationPanel</name>
    <message>
        <location filename="../app/ui/organisation_panel.py" line="97" />
        <source>No logo</source>
        <translation>لا شعار</translation>
    </message>
    <message>
        <location filename="../app/ui/organisation_panel.py" line="98" />
        <source>No organisation logo</source>
        <translation>لا شعار للمؤسسة</translation>
    </message>
    <message>
        <location filename="../app/ui/organisation_panel.py" line="108" />
        <source>Organisation logo</source>
        <translation>شعار المؤسسة</translation>
    </message>
    <message>
        <location filename="../app/ui/organisation_panel.py" line="123" />
        <source>Enter the organisation's Arabic name.</source>
        <translation>أدخل اسم المؤسسة بالعربية.</translation>
    </message>
    <message>
        <location filename="../app/ui/organisation_panel.py" line="125" />
        <source>Enter the organisation's English name.</source>
        <translation>أدخل اسم المؤسسة بالإنجليزية.</translation>
    </message>
    <message>
        <location filename="../app/ui/organisation_panel.py" line="128" />
        <source>This name is too long (200 characters at most).</source>
        <translation>هذا الاسم طويل جدًا (200 حرف على الأكثر).</translation>
    </message>
    <message>
        <location filename="../app/ui/organisation_panel.py" line="129" />
        <source>Nothing was saved.</source>
        <translation>لم يُحفظ شيء.</translation>
    </message>
    <message>
        <location filename="../app/ui/organisation_panel.py" line="132" />
        <source>Organisation's names saved. The report's cover prints them.</source>
        <translation>حُفظ اسما المؤسسة. يطبعهما غلاف التقرير.</translation>
    </message>
    <message>
        <location filename="../app/ui/organisation_panel.py" line="138" />
        <source>Choose the organisation's logo</source>
        <translation>اختر شعار المؤسسة</translation>
    </message>
    <message>
        <location filename="../app/ui/organisation_panel.py" line="140" />
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>صور (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../app/ui/organisation_panel.py" line="152" />
        <source>%1 is not a PNG or JPEG image.</source>
        <translation>الملف %1 ليس صورة PNG أو JPEG.</translation>
    </message>
    <message>
        <location filename="../app/ui/organisation_panel.py" line="154" />
        <source>%1 could not be read as an image.</source>
        <translation>تعذّرت قراءة الملف %1 صورةً.</translation>
    </message>
    <message>
        <location filename="../app/ui/organisation_panel.py" line="156" />
        <source>The logo was not changed.</source>
        <translation>لم يتغير الشعار.</translation>
    </message>
    <message>
        <location filename="../app/ui/organisation_panel.py" line="165" />
        <source>Logo saved. The report's cover prints it.</source>
        <translation>حُفظ الشعار. يطبعه غلاف التقرير.</translation>
    </message>
    <message>
        <location filename="../app/ui/organisation_panel.py" line="172" />
        <source>The logo could not be removed: %1</source>
        <translation>تعذّرت إزالة الشعار: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/organisation_panel.py" line="177" />
        <source>Logo removed; the image stays in the archive.</source>
        <translation>أُزيل الشعار؛ وتبقى الصورة في الأرشيف.</translation>
    </message>
    <message>
        <location filename="../app/ui/organisation_panel.py" line="181" />
        <source>The monthly report's cover prints the organisation's name and logo.</source>
        <translation>يطبع غلاف التقرير الشهري اسم المؤسسة وشعارها.</translation>
    </message>
    <message>
        <location filename="../app/ui/organisation_panel.py" line="183" />
        <source>&amp;Arabic name:</source>
        <translation>الاسم بال&amp;عربية:</translation>
    </message>
    <message>
        <location filename="../app/ui/organisation_panel.py" line="184" />
        <source>&amp;English name:</source>
        <translation>الاسم بالإن&amp;جليزية:</translation>
    </message>
    <message>
        <location filename="../app/ui/organisation_panel.py" line="185" />
        <source>Logo:</source>
        <translation>الشعار:</translation>
    </message>
    <message>
        <location filename="../app/ui/organisation_panel.py" line="186" />
        <source>C&amp;hoose logo…</source>
        <translation>ا&amp;ختيار الشعار…</translation>
    </message>
    <message>
        <location filename="../app/ui/organisation_panel.py" line="187" />
        <source>Remove lo&amp;go</source>
        <translation>إ&amp;زالة الشعار</translation>
    </message>
    <message>
        <location filename="../app/ui/organisation_panel.py" line="188" />
        <source>Save &amp;names</source>
        <translation>حفظ الا&amp;سمين</translation>
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
    <name>PersonRequestDialog</name>
    <message numerus="yes">
        <location filename="../app/ui/inquiries/person.py" line="136" />
        <source>Type at least %n character(s) of the name or contact.</source>
        <translation>
            <numerusform>اكتب %n حرف على الأقل من الاسم أو وسيلة التواصل.</numerusform>
            <numerusform>اكتب حرفًا واحدًا على الأقل من الاسم أو وسيلة التواصل.</numerusform>
            <numerusform>اكتب حرفين على الأقل من الاسم أو وسيلة التواصل.</numerusform>
            <numerusform>اكتب %n أحرف على الأقل من الاسم أو وسيلة التواصل.</numerusform>
            <numerusform>اكتب %n حرفًا على الأقل من الاسم أو وسيلة التواصل.</numerusform>
            <numerusform>اكتب %n حرف على الأقل من الاسم أو وسيلة التواصل.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/person.py" line="146" />
        <source>The search failed: %1</source>
        <translation>تعذّر البحث: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/inquiries/person.py" line="192" />
        <source>Inquiries found: %n. Untick any that belong to someone else.</source>
        <translation>
            <numerusform>عدد الاستفسارات التي عُثر عليها: %n.</numerusform>
            <numerusform>عُثر على استفسار واحد. أزل التحديد عنه إن كان يخص شخصًا آخر.</numerusform>
            <numerusform>عُثر على استفسارين. أزل التحديد عن أيٍّ منهما يخص شخصًا آخر.</numerusform>
            <numerusform>عدد الاستفسارات التي عُثر عليها: %n. أزل التحديد عن أيٍّ منها يخص شخصًا آخر.</numerusform>
            <numerusform>عدد الاستفسارات التي عُثر عليها: %n. أزل التحديد عن أيٍّ منها يخص شخصًا آخر.</numerusform>
            <numerusform>عدد الاستفسارات التي عُثر عليها: %n. أزل التحديد عن أيٍّ منها يخص شخصًا آخر.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/person.py" line="199" />
        <source>No inquiry holds a name or contact matching “%1”.</source>
        <translation>لا يوجد استفسار يحمل اسمًا أو وسيلة تواصل تطابق «%1».</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/person.py" line="248" />
        <source>Nothing was exported: %1</source>
        <translation>لم يُصدَّر شيء: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/person.py" line="254" />
        <source>%1 could not be written: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/inquiries/person.py" line="263" />
        <source>Inquiries exported: %n, to %1.</source>
        <translation>
            <numerusform>صُدِّر %n استفسار إلى %1.</numerusform>
            <numerusform>صُدِّر استفسار واحد إلى %1.</numerusform>
            <numerusform>صُدِّر استفساران إلى %1.</numerusform>
            <numerusform>صُدِّرت %n استفسارات إلى %1.</numerusform>
            <numerusform>صُدِّر %n استفسارًا إلى %1.</numerusform>
            <numerusform>صُدِّر %n استفسار إلى %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/person.py" line="270" />
        <source>Export a person's records</source>
        <translation>تصدير سجلات شخص</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/person.py" line="270" />
        <source>JSON files (*.json)</source>
        <translation>ملفات JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/person.py" line="279" />
        <source>Erase a person's data</source>
        <translation>محو بيانات شخص</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/inquiries/person.py" line="281" />
        <source>Erase for good the personal data in the ticked inquiries (%n)? The name, contact, subject, text, internal notes and responses are removed; this cannot be undone. The times, channel, kind and state stay, for the statistics.</source>
        <translation>
            <numerusform>هل تريد المحو النهائي للبيانات الشخصية في الاستفسارات المحددة (%n)؟ يُزال الاسم ووسيلة التواصل والموضوع والنص والملاحظات الداخلية والردود؛ ولا يمكن التراجع عن ذلك. وتبقى الأوقات والقناة والنوع والحالة لأغراض الإحصاءات.</numerusform>
            <numerusform>هل تريد المحو النهائي للبيانات الشخصية في الاستفسار المحدد؟ يُزال الاسم ووسيلة التواصل والموضوع والنص والملاحظات الداخلية والردود؛ ولا يمكن التراجع عن ذلك. وتبقى الأوقات والقناة والنوع والحالة لأغراض الإحصاءات.</numerusform>
            <numerusform>هل تريد المحو النهائي للبيانات الشخصية في الاستفسارين المحددين؟ يُزال الاسم ووسيلة التواصل والموضوع والنص والملاحظات الداخلية والردود؛ ولا يمكن التراجع عن ذلك. وتبقى الأوقات والقناة والنوع والحالة لأغراض الإحصاءات.</numerusform>
            <numerusform>هل تريد المحو النهائي للبيانات الشخصية في الاستفسارات المحددة (%n)؟ يُزال الاسم ووسيلة التواصل والموضوع والنص والملاحظات الداخلية والردود؛ ولا يمكن التراجع عن ذلك. وتبقى الأوقات والقناة والنوع والحالة لأغراض الإحصاءات.</numerusform>
            <numerusform>هل تريد المحو النهائي للبيانات الشخصية في الاستفسارات المحددة (%n)؟ يُزال الاسم ووسيلة التواصل والموضوع والنص والملاحظات الداخلية والردود؛ ولا يمكن التراجع عن ذلك. وتبقى الأوقات والقناة والنوع والحالة لأغراض الإحصاءات.</numerusform>
            <numerusform>هل تريد المحو النهائي للبيانات الشخصية في الاستفسارات المحددة (%n)؟ يُزال الاسم ووسيلة التواصل والموضوع والنص والملاحظات الداخلية والردود؛ ولا يمكن التراجع عن ذلك. وتبقى الأوقات والقناة والنوع والحالة لأغراض الإحصاءات.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/person.py" line="292" />
        <source>Nothing was erased: %1</source>
        <translation>لم يُمحَ شيء: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/inquiries/person.py" line="300" />
        <source>Inquiries erased: %n. Their times, channel and kind remain for the statistics.</source>
        <translation>
            <numerusform>مُحيت بيانات %n استفسار. تبقى الأوقات والقناة والنوع لأغراض الإحصاءات.</numerusform>
            <numerusform>مُحيت بيانات استفسار واحد. تبقى الأوقات والقناة والنوع لأغراض الإحصاءات.</numerusform>
            <numerusform>مُحيت بيانات استفسارين. تبقى الأوقات والقناة والنوع لأغراض الإحصاءات.</numerusform>
            <numerusform>مُحيت بيانات %n استفسارات. تبقى الأوقات والقناة والنوع لأغراض الإحصاءات.</numerusform>
            <numerusform>مُحيت بيانات %n استفسارًا. تبقى الأوقات والقناة والنوع لأغراض الإحصاءات.</numerusform>
            <numerusform>مُحيت بيانات %n استفسار. تبقى الأوقات والقناة والنوع لأغراض الإحصاءات.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/person.py" line="309" />
        <source>&amp;Erase</source>
        <translation>&amp;محو</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/person.py" line="317" />
        <source>A person's request about their data</source>
        <translation>طلب شخص بشأن بياناته</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/person.py" line="320" />
        <source>When someone asks for their data, or asks for it to be erased (Personal Data Protection Law No. 24 of 2023): find their inquiries by name, e-mail address or phone number, then export or erase the ones that are theirs.</source>
        <translation>عندما يطلب شخص الحصول على بياناته أو محوها (قانون حماية البيانات الشخصية رقم 24 لسنة 2023): ابحث عن استفساراته بالاسم أو عنوان البريد الإلكتروني أو رقم الهاتف، ثم صدِّر أو امحُ ما يخصه منها.</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/person.py" line="325" />
        <source>&amp;Name or contact:</source>
        <translation>الا&amp;سم أو وسيلة التواصل:</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/person.py" line="326" />
        <source>Name or contact to search for</source>
        <translation>الاسم أو وسيلة التواصل المطلوب البحث عنها</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/person.py" line="327" />
        <source>e.g. a name, an e-mail address, 079…</source>
        <translation>مثلًا: اسم، أو عنوان بريد إلكتروني، أو 079…</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/person.py" line="328" />
        <source>&amp;Find</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/person.py" line="329" />
        <source>Matching inquiries</source>
        <translation>الاستفسارات المطابقة</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/person.py" line="332" />
        <source>No.</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/person.py" line="333" />
        <source>Received</source>
        <translation>وقت الاستلام</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/person.py" line="334" />
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/person.py" line="335" />
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/person.py" line="336" />
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/person.py" line="337" />
        <source>Contact</source>
        <translation>وسيلة التواصل</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/person.py" line="342" />
        <source>Each export and erasure is recorded in the audit log with the inquiries' numbers only, not the personal data. Erasing keeps the times, channel and kind of each inquiry, so the statistics do not change.</source>
        <translation>تُسجَّل كل عملية تصدير أو محو في سجل التدقيق بأرقام الاستفسارات فقط، دون البيانات الشخصية. ويُبقي المحو على أوقات كل استفسار وقناته ونوعه، فلا تتغير الإحصاءات.</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/person.py" line="347" />
        <source>E&amp;xport (JSON)…</source>
        <translation>&amp;تصدير (JSON)…</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/person.py" line="348" />
        <source>Save the ticked inquiries to a JSON file</source>
        <translation>حفظ الاستفسارات المحددة في ملف JSON</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/person.py" line="349" />
        <source>E&amp;rase…</source>
        <translation>م&amp;حو…</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/person.py" line="350" />
        <source>Erase the personal data of the ticked inquiries</source>
        <translation>محو البيانات الشخصية من الاستفسارات المحددة</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/person.py" line="351" />
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
</context>
<context>
    <name>PostEditor</name>
    <message>
        <location filename="../app/ui/editor/window.py" line="716" />
        <source>%1 (own text)</source>
        <translation>%1 (نص خاص)</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="736" />
        <location filename="../app/ui/editor/window.py" line="747" />
        <location filename="../app/ui/editor/window.py" line="1549" />
        <source>Arabic text</source>
        <translation>النص العربي</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="737" />
        <location filename="../app/ui/editor/window.py" line="747" />
        <location filename="../app/ui/editor/window.py" line="1550" />
        <source>English text</source>
        <translation>النص الإنجليزي</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="738" />
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="739" />
        <source>English title</source>
        <translation>العنوان بالإنجليزية</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="740" />
        <source>Link</source>
        <translation>الرابط</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="741" />
        <source>Source references</source>
        <translation>المصادر المرجعية</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="742" />
        <source>Schedule</source>
        <translation>الجدولة</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="743" />
        <source>Platforms</source>
        <translation>المنصات</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="744" />
        <source>Media</source>
        <translation>الوسائط</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="748" />
        <location filename="../app/ui/editor/window.py" line="764" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="752" />
        <source>Arabic alt text</source>
        <translation>النص البديل العربي</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="753" />
        <source>English alt text</source>
        <translation>النص البديل الإنجليزي</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="754" />
        <source>licence</source>
        <translation>الترخيص</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="755" />
        <source>credit</source>
        <translation>الإسناد</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="756" />
        <source>people</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="757" />
        <source>captions</source>
        <translation>الترجمة النصية</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="763" />
        <source>Attachment %1</source>
        <translation>المرفق %1</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="822" />
        <source>Fix %1</source>
        <translation>إصلاح %1</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="823" />
        <source>Write the hashtag with a capital letter at the start of each word:</source>
        <translation>اكتب الوسم بحرف كبير في بداية كل كلمة:</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="832" />
        <source>The fix for %1 could not be applied to this text; edit it by hand.</source>
        <translation>تعذّر تطبيق إصلاح %1 على هذا النص؛ عدّله يدويًا.</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="850" />
        <source>Video</source>
        <translation>فيديو</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="850" />
        <source>Image</source>
        <translation>صورة</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="852" />
        <source>alt text given</source>
        <translation>النص البديل موجود</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="854" />
        <source>no alt text</source>
        <translation>لا نص بديل</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="857" />
        <source>%1. %2 — %3, %4</source>
        <translation>%1. %2 — %3، %4</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="900" />
        <source>This edit took the post back to draft: its approval (or its request for approval) was withdrawn. Submit it again when it is ready.</source>
        <translation>أعاد هذا التعديل المنشور إلى مسودة: سُحب اعتماده (أو طلب اعتماده). أرسله مجددًا حين يصبح جاهزًا.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/editor/window.py" line="927" />
        <source>%n other post(s) using this item went back to draft: their approval covered the old alt text.</source>
        <translation>
            <numerusform>عاد %n منشور آخر يستخدم هذا العنصر إلى مسودة: كان اعتماده يشمل النص البديل القديم.</numerusform>
            <numerusform>عاد منشور آخر يستخدم هذا العنصر إلى مسودة: كان اعتماده يشمل النص البديل القديم.</numerusform>
            <numerusform>عاد منشوران آخران يستخدمان هذا العنصر إلى مسودة: كان اعتمادهما يشمل النص البديل القديم.</numerusform>
            <numerusform>عادت %n منشورات أخرى تستخدم هذا العنصر إلى مسودة: كان اعتمادها يشمل النص البديل القديم.</numerusform>
            <numerusform>عاد %n منشورًا آخر يستخدم هذا العنصر إلى مسودة: كان اعتمادها يشمل النص البديل القديم.</numerusform>
            <numerusform>عاد %n منشور آخر يستخدم هذا العنصر إلى مسودة: كان اعتمادها يشمل النص البديل القديم.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="943" />
        <source>Remove attachment</source>
        <translation>إزالة المرفق</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="944" />
        <source>Remove %1 from this post? The file stays in the media archive.</source>
        <translation>إزالة %1 من هذا المنشور؟ يبقى الملف في أرشيف الوسائط.</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="952" />
        <source>Attachment not removed</source>
        <translation>لم يُزل المرفق</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1051" />
        <source>Not saved. Your text is still here; Bayan will try again. %1</source>
        <translation>لم يُحفظ. نصّك ما زال هنا، وسيحاول «بيان» مجددًا. %1</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1060" />
        <location filename="../app/ui/editor/window.py" line="1071" />
        <location filename="../app/ui/editor/window.py" line="1618" />
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1075" />
        <source>Not saved — see the message above</source>
        <translation>لم يُحفظ — انظر الرسالة أعلاه</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1077" />
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1079" />
        <source>New post: saved as soon as you type</source>
        <translation>منشور جديد: يُحفظ فور بدء الكتابة</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1082" />
        <source>Saved %1</source>
        <translation>حُفظ في %1</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1098" />
        <source>State: %1</source>
        <translation>الحالة: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1100" />
        <source>New post (not saved yet)</source>
        <translation>منشور جديد (لم يُحفظ بعد)</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1109" />
        <source>New post — Bayan</source>
        <translation>منشور جديد — بيان</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1112" />
        <source>Post: %1 — Bayan</source>
        <translation>منشور: %1 — بيان</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1112" />
        <source>(untitled)</source>
        <translation>(بلا عنوان)</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1119" />
        <source>Submitted: waiting for approval.</source>
        <translation>أُرسل: بانتظار الاعتماد.</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1120" />
        <source>A post that is %1 cannot be submitted.</source>
        <translation>لا يمكن إرسال منشور حالته «%1».</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1127" />
        <source>Cannot submit: blockers open (%1).</source>
        <translation>تعذّر الإرسال: توجد موانع قائمة (%1).</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1129" />
        <source>Cannot submit until these are confirmed: %1.</source>
        <translation>لا يمكن الإرسال قبل تأكيد ما يلي: %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1138" />
        <source>Send this post for approval (Ctrl+Enter)</source>
        <translation>إرسال هذا المنشور للاعتماد (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1142" />
        <source>Warnings to justify before submitting: %1</source>
        <translation>تحذيرات تحتاج إلى مبرر قبل الإرسال: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1196" />
        <source>This post is %1: it is kept as it was. Duplicate it, or re-use it if it is evergreen, to write a new one.</source>
        <translation>حالة هذا المنشور «%1»: يُحفظ كما كان. استنسخه، أو أعد استخدامه إن كان صالحًا لكل وقت، لكتابة منشور جديد.</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1205" />
        <location filename="../app/ui/editor/window.py" line="1216" />
        <location filename="../app/ui/editor/window.py" line="1219" />
        <source>Not submitted</source>
        <translation>لم يُرسل</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1226" />
        <source>Submitted for approval</source>
        <translation>أُرسل للاعتماد</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1231" />
        <source>This post cannot be submitted yet:</source>
        <translation>لا يمكن إرسال هذا المنشور بعد:</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1234" />
        <source>• Blocker %1: %2</source>
        <translation>• مانع %1: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1240" />
        <source>• Warning %1 needs a short justification.</source>
        <translation>• التحذير %1 يحتاج إلى مبرر موجز.</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1244" />
        <source>• Tick the confirmation “%1” (%2).</source>
        <translation>• حدّد خانة التأكيد «%1» (%2).</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1254" />
        <source>Withdraw post</source>
        <translation>سحب المنشور</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1256" />
        <source>Withdraw this post? It will not be published and cannot be edited again (you can duplicate it). Why is it withdrawn?</source>
        <translation>سحب هذا المنشور؟ لن يُنشر ولن يمكن تعديله مرة أخرى (يمكنك استنساخه). ما سبب سحبه؟</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1267" />
        <source>Not withdrawn</source>
        <translation>لم يُسحب</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1285" />
        <source>Not duplicated</source>
        <translation>لم يُستنسخ</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1298" />
        <source>Not re-used</source>
        <translation>لم يُعد استخدامه</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1332" />
        <source>Not repeated</source>
        <translation>لم يُكرَّر</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1336" />
        <source>This post now repeats: %1 posts in all, this one first. Each can be edited on its own.</source>
        <translation>يتكرر هذا المنشور الآن: %1 منشورًا في المجموع، أولها هذا. يمكن تحرير كل منها على حدة.</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1386" />
        <source>Changes requested by %1 on %2: %3</source>
        <translation>طلب %1 تعديلات في %2: %3</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1392" />
        <source>Changes requested. Edit the post, then submit it again.</source>
        <translation>مطلوب تعديلات. عدّل المنشور ثم أرسله مجددًا.</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1395" />
        <source>Approved by %1 on %2. Publish it by hand, then record where.</source>
        <translation>اعتمده %1 في %2. انشره يدويًا، ثم سجّل أين نُشر.</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1400" />
        <source>Approved. Publish it by hand, then record where.</source>
        <translation>معتمد. انشره يدويًا، ثم سجّل أين نُشر.</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1468" />
        <source>Archive post</source>
        <translation>أرشفة المنشور</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1470" />
        <source>Archive this published post? It stays in the records and its audit trail, and leaves the active lists.</source>
        <translation>أرشفة هذا المنشور بعد نشره؟ يبقى في السجلات وفي مسار التدقيق الخاص به، ويُزال من القوائم النشطة.</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1478" />
        <source>Not archived</source>
        <translation>لم يُؤرشف</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1517" />
        <source>&amp;Title (internal):</source>
        <translation>ال&amp;عنوان (داخلي):</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1518" />
        <source>English t&amp;itle:</source>
        <translation>العنوان بالإن&amp;جليزية:</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1519" />
        <source>&amp;Pillar:</source>
        <translation>ال&amp;محور:</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1520" />
        <source>&amp;Campaign:</source>
        <translation>ال&amp;حملة:</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1521" />
        <source>E&amp;vent:</source>
        <translation>ال&amp;فعالية:</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1522" />
        <source>Platforms:</source>
        <translation>المنصات:</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1523" />
        <source>Sc&amp;heduled:</source>
        <translation>موعد الن&amp;شر:</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1524" />
        <source>&amp;Arabic text:</source>
        <translation>النص العر&amp;بي:</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1525" />
        <source>&amp;English text:</source>
        <translation>النص الإنجلي&amp;زي:</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1526" />
        <source>&amp;Link:</source>
        <translation>ال&amp;رابط:</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1527" />
        <source>&amp;Sources:</source>
        <translation>المصا&amp;در:</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1528" />
        <source>&amp;Media:</source>
        <translation>ال&amp;وسائط:</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1529" />
        <source>A short name for the calendar</source>
        <translation>اسم قصير يظهر في التقويم</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1530" />
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1532" />
        <source>Where the facts and figures come from (a named official source)</source>
        <translation>مصدر الحقائق والأرقام (مصدر رسمي مسمّى)</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1535" />
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1545" />
        <source>On</source>
        <translation>مفعّل</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1546" />
        <source>Untick to keep the post unscheduled</source>
        <translation>أزل التحديد لإبقاء المنشور دون جدولة</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1547" />
        <source>Scheduled date and time</source>
        <translation>تاريخ النشر ووقته</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1548" />
        <source>Times are in the workspace's time zone</source>
        <translation>الأوقات بحسب المنطقة الزمنية لمساحة العمل</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1551" />
        <source>Per-platform texts (optional)</source>
        <translation>نصوص خاصة بكل منصة (اختياري)</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1554" />
        <source>Each platform uses the texts above unless you give it its own. Choose platforms first.</source>
        <translation>تستخدم كل منصة النصوص أعلاه ما لم تُعطها نصًا خاصًا بها. اختر المنصات أولًا.</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1560" />
        <source>Ever&amp;green: can be re-used later as a new draft</source>
        <translation>صالح لكل &amp;وقت: يمكن إعادة استخدامه لاحقًا مسودةً جديدة</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1561" />
        <source>Attachments</source>
        <translation>المرفقات</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1562" />
        <source>Attach…</source>
        <translation>إرفاق…</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1563" />
        <source>Edit…</source>
        <translation>تحرير…</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1564" />
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1565" />
        <source>Length:</source>
        <translation>الطول:</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1566" />
        <source>Checklist</source>
        <translation>قائمة التحقق</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1567" />
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1568" />
        <source>Save now (Ctrl+S)</source>
        <translation>الحفظ الآن (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1569" />
        <source>Submit for approval</source>
        <translation>إرسال للاعتماد</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1570" />
        <source>Previe&amp;w</source>
        <translation>م&amp;عاينة</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1571" />
        <source>Histor&amp;y</source>
        <translation>سجل ال&amp;نسخ</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1572" />
        <source>D&amp;uplicate</source>
        <translation>&amp;استنساخ</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1573" />
        <source>&amp;Repeat…</source>
        <translation>ت&amp;كرار…</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1574" />
        <source>Re-use as &amp;new draft</source>
        <translation>إعادة الاست&amp;خدام كمسودة جديدة</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1575" />
        <source>With&amp;draw…</source>
        <translation>&amp;سحب…</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1576" />
        <source>Review…</source>
        <translation>مراجعة…</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1578" />
        <source>The approver reads the post and signs with their passphrase and code</source>
        <translation>يقرأ المعتمِد المنشور ويوقّعه بعبارة المرور والرمز</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1580" />
        <source>Record publicati&amp;on…</source>
        <translation>تسجيل النشر…</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1582" />
        <source>After publishing by hand: record when and where it went live</source>
        <translation>بعد النشر اليدوي: سجّل متى وأين نُشر</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1584" />
        <source>Archive…</source>
        <translation>أرشفة…</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1585" />
        <source>Put the published post away (asks first)</source>
        <translation>نقل المنشور بعد نشره إلى الأرشيف (يطلب التأكيد أولًا)</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1586" />
        <source>Audit trail</source>
        <translation>مسار التدقيق</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1588" />
        <source>Every state change, signature and publication record of this post</source>
        <translation>كل تغيير في الحالة وكل توقيع وكل سجل نشر لهذا المنشور</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1597" />
        <source>Own Arabic text for %1</source>
        <translation>نص عربي خاص بـ%1</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1598" />
        <source>Own English text for %1</source>
        <translation>نص إنجليزي خاص بـ%1</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1599" />
        <source>%1: Arabic text</source>
        <translation>%1: النص العربي</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1600" />
        <source>%1: English text</source>
        <translation>%1: النص الإنجليزي</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/window.py" line="1619" />
        <source>This post could not be saved. Keep the editor open so nothing is lost?</source>
        <translation>تعذّر حفظ هذا المنشور. هل تُبقي المحرر مفتوحًا حتى لا يضيع شيء؟</translation>
    </message>
</context>
<context>
    <name>PostsPage</name>
    <message>
        <location filename="../app/ui/pages/posts.py" line="314" />
        <location filename="../app/ui/pages/posts.py" line="331" />
        <source>Posts</source>
        <translation>المنشورات</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/posts.py" line="315" />
        <source>&amp;New</source>
        <translation>&amp;جديد</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/posts.py" line="316" />
        <source>Write a new post</source>
        <translation>كتابة منشور جديد</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/posts.py" line="317" />
        <source>&amp;Duplicate</source>
        <translation>&amp;استنساخ</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/posts.py" line="318" />
        <source>A new draft with the chosen post's content</source>
        <translation>مسودة جديدة بمحتوى المنشور المحدد</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/posts.py" line="319" />
        <source>&amp;Withdraw</source>
        <translation>&amp;سحب</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/posts.py" line="320" />
        <source>Withdraw the chosen post (asks first)</source>
        <translation>سحب المنشور المحدد (بعد التأكيد)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/posts.py" line="321" />
        <source>Export &amp;CSV…</source>
        <translation>تصدير &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/posts.py" line="322" />
        <source>Save the posts that match the filters as CSV</source>
        <translation>حفظ المنشورات المطابقة لعوامل التصفية بصيغة CSV</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/posts.py" line="323" />
        <source>Export &amp;JSON…</source>
        <translation>تصدير &amp;JSON…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/posts.py" line="325" />
        <source>Save the posts that match the filters as JSON (importable)</source>
        <translation>حفظ المنشورات المطابقة لعوامل التصفية بصيغة JSON (قابلة للاستيراد)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/posts.py" line="327" />
        <source>&amp;Import JSON…</source>
        <translation>است&amp;يراد JSON…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/posts.py" line="329" />
        <source>Add posts from a JSON file: all of them, or none if a row is wrong</source>
        <translation>إضافة منشورات من ملف JSON: تُضاف كلها، أو لا يُضاف شيء إن كان أحد الصفوف خاطئًا</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/posts.py" line="332" />
        <source>&amp;Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/posts.py" line="333" />
        <source>&amp;Review…</source>
        <translation>مراجعة…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/posts.py" line="334" />
        <source>The approver reads the post and signs it</source>
        <translation>يقرأ المعتمِد المنشور ويوقّعه</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/posts.py" line="335" />
        <source>&amp;Audit trail</source>
        <translation>مسار التدقيق</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/posts.py" line="337" />
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/posts.py" line="338" />
        <source>Scheduled</source>
        <translation>موعد النشر</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/posts.py" line="339" />
        <source>Platforms</source>
        <translation>المنصات</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/posts.py" line="340" />
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/posts.py" line="341" />
        <source>Checklist</source>
        <translation>قائمة التحقق</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/posts.py" line="344" />
        <source>Not checked</source>
        <translation>لم يُفحص</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/posts.py" line="345" />
        <source>Passes</source>
        <translation>مجتاز</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/posts.py" line="346" />
        <source>Warnings</source>
        <translation>تحذيرات</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/posts.py" line="347" />
        <source>Blocker</source>
        <translation>مانع</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/posts.py" line="348" />
        <source>Not scheduled</source>
        <translation>غير مجدول</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/posts.py" line="378" />
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
        <location filename="../app/ui/pages/posts.py" line="381" />
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
        <location filename="../app/ui/pages/posts.py" line="487" />
        <source>The post was not duplicated: %1</source>
        <translation>لم يُستنسخ المنشور: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/posts.py" line="491" />
        <source>A copy was made as a new draft.</source>
        <translation>أُنشئت نسخة منه مسودةً جديدة.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/posts.py" line="502" />
        <source>Withdraw the post</source>
        <translation>سحب المنشور</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/posts.py" line="504" />
        <source>Withdraw “%1”? It stays in the list as withdrawn and cannot be published.</source>
        <translation>سحب «%1»؟ سيبقى في القائمة بحالة «مسحوب» ولن يمكن نشره.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/posts.py" line="511" />
        <source>The post was not withdrawn: %1</source>
        <translation>لم يُسحب المنشور: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/posts.py" line="515" />
        <source>The post was withdrawn.</source>
        <translation>سُحب المنشور.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/posts.py" line="546" />
        <source>Export posts as CSV</source>
        <translation>تصدير المنشورات بصيغة CSV</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/posts.py" line="546" />
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/posts.py" line="550" />
        <source>Export posts as JSON</source>
        <translation>تصدير المنشورات بصيغة JSON</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/posts.py" line="550" />
        <location filename="../app/ui/pages/posts.py" line="574" />
        <source>JSON files (*.json)</source>
        <translation>ملفات JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/posts.py" line="561" />
        <source>Nothing was exported: %1</source>
        <translation>لم يُصدَّر شيء: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/posts.py" line="564" />
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
        <location filename="../app/ui/pages/posts.py" line="574" />
        <source>Import posts from JSON</source>
        <translation>استيراد منشورات من JSON</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/posts.py" line="586" />
        <location filename="../app/ui/pages/posts.py" line="590" />
        <source>Nothing was imported.</source>
        <translation>لم يُستورد شيء.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/posts.py" line="594" />
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
    <name>PublicationDialog</name>
    <message>
        <location filename="../app/ui/editor/publication.py" line="240" />
        <source>%1 is not an address of %2: use a link on %3.</source>
        <translation>%1 ليس عنوانًا على %2: استخدم رابطًا على %3.</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/publication.py" line="243" />
        <source> or </source>
        <translation> أو </translation>
    </message>
    <message>
        <location filename="../app/ui/editor/publication.py" line="246" />
        <source>enter the address (URL) of the live post.</source>
        <translation>أدخل رابط المنشور على المنصة.</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/publication.py" line="247" />
        <source>an address (URL) has no spaces.</source>
        <translation>لا يحتوي الرابط على مسافات.</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/publication.py" line="248" />
        <source>this is not a web address: it starts with https://.</source>
        <translation>هذا ليس عنوان ويب: يبدأ العنوان بـ ‎https://‎.</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/publication.py" line="249" />
        <source>the publication time is not valid.</source>
        <translation>وقت النشر غير صالح.</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/publication.py" line="250" />
        <source>the publication time is in the future.</source>
        <translation>وقت النشر في المستقبل.</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/publication.py" line="251" />
        <source>the publication time is before the post was approved.</source>
        <translation>وقت النشر سابق لاعتماد المنشور.</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/publication.py" line="252" />
        <source>the post does not go out on this platform.</source>
        <translation>المنشور غير موجّه إلى هذه المنصة.</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/publication.py" line="253" />
        <source>the post has no approval in force.</source>
        <translation>ليس للمنشور اعتماد سارٍ.</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/publication.py" line="255" />
        <source>the content changed after it was approved: it needs approving again.</source>
        <translation>تغيّر المحتوى بعد اعتماده: يلزم اعتماده من جديد.</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/publication.py" line="261" />
        <source>Not recorded for %1: %2</source>
        <translation>لم يُسجَّل النشر على %1: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/publication.py" line="275" />
        <source>Record publication: %1</source>
        <translation>تسجيل النشر: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/publication.py" line="275" />
        <source>(untitled)</source>
        <translation>(بلا عنوان)</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/publication.py" line="279" />
        <source>Publish the approved post by hand on each platform, then record here when it went live and the address of the live post. The post counts as published once every platform has a record.</source>
        <translation>انشر المنشور المعتمد يدويًا على كل منصة، ثم سجّل هنا وقت نشره ورابطه على المنصة. يُعدّ المنشور منشورًا حين يكون لكل منصة سجل نشر.</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/publication.py" line="284" />
        <source>Times are in the workspace's time zone</source>
        <translation>الأوقات بحسب المنطقة الزمنية لمساحة العمل</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/publication.py" line="288" />
        <source>Platform</source>
        <translation>المنصة</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/publication.py" line="289" />
        <source>Published at (%1)</source>
        <translation>وقت النشر (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/publication.py" line="290" />
        <source>URL of the live post</source>
        <translation>رابط المنشور على المنصة</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/publication.py" line="291" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/publication.py" line="301" />
        <source>%1: date and time of publication</source>
        <translation>%1: تاريخ النشر ووقته</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/publication.py" line="303" />
        <source>%1: URL of the live post</source>
        <translation>%1: رابط المنشور على المنصة</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/publication.py" line="304" />
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/publication.py" line="311" />
        <source>recorded</source>
        <translation>مسجَّل</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/publication.py" line="311" />
        <source>not yet</source>
        <translation>ليس بعد</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/publication.py" line="312" />
        <source>Correct</source>
        <translation>تصحيح</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/publication.py" line="312" />
        <source>Record</source>
        <translation>تسجيل</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/publication.py" line="315" />
        <source>Correct the record for %1</source>
        <translation>تصحيح سجل النشر على %1</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/publication.py" line="317" />
        <source>Record the publication on %1</source>
        <translation>تسجيل النشر على %1</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/publication.py" line="329" />
        <source>Every platform has a record: the post is published.</source>
        <translation>لكل منصة سجل نشر: المنشور منشور.</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/publication.py" line="333" />
        <source>Only an approved post can be recorded as published; this one is %1.</source>
        <translation>لا يُسجَّل نشر إلا لمنشور معتمد؛ وحالة هذا المنشور «%1».</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/publication.py" line="338" />
        <source>This post has no target platform.</source>
        <translation>لا توجد منصة مستهدفة لهذا المنشور.</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/publication.py" line="343" />
        <source>%1 of %2 platforms recorded. The post is published once all are.</source>
        <translation>المنصات المسجَّلة: %1 من %2. يُعدّ المنشور منشورًا حين تُسجَّل جميعها.</translation>
    </message>
</context>
<context>
    <name>QT_LAYOUT_DIRECTION</name>
    <message>
        <location filename="../app/ui/i18n.py" line="32" />
        <source>LTR</source>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>RecurrenceDialog</name>
    <message>
        <location filename="../app/ui/editor/recurrence_dialog.py" line="118" />
        <source>Repeat this post</source>
        <translation>تكرار هذا المنشور</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/recurrence_dialog.py" line="120" />
        <source>Every day</source>
        <translation>كل يوم</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/recurrence_dialog.py" line="121" />
        <source>Every week</source>
        <translation>كل أسبوع</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/recurrence_dialog.py" line="122" />
        <source>Every month</source>
        <translation>كل شهر</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/recurrence_dialog.py" line="123" />
        <source>On chosen weekdays</source>
        <translation>في أيام محددة من الأسبوع</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/recurrence_dialog.py" line="127" />
        <source>&amp;Repeat:</source>
        <translation>ال&amp;تكرار:</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/recurrence_dialog.py" line="128" />
        <source>E&amp;very (days, weeks or months):</source>
        <translation>&amp;كل (أيام أو أسابيع أو أشهر):</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/recurrence_dialog.py" line="129" />
        <source>Weekdays:</source>
        <translation>أيام الأسبوع:</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/recurrence_dialog.py" line="133" />
        <source>Ends:</source>
        <translation>ينتهي:</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/recurrence_dialog.py" line="134" />
        <source>&amp;On the date</source>
        <translation>&amp;في التاريخ</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/recurrence_dialog.py" line="135" />
        <source>After this &amp;number of posts</source>
        <translation>بعد هذا ال&amp;عدد من المنشورات</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/recurrence_dialog.py" line="165" />
        <source>Choose at least one weekday.</source>
        <translation>اختر يومًا واحدًا على الأقل من أيام الأسبوع.</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/recurrence_dialog.py" line="171" />
        <source>This repetition makes more than %1 posts: choose an earlier end date or a number of posts.</source>
        <translation>ينتج عن هذا التكرار أكثر من %1 منشورًا: اختر تاريخ انتهاء أبكر أو عددًا من المنشورات.</translation>
    </message>
    <message>
        <location filename="../app/ui/editor/recurrence_dialog.py" line="183" />
        <source>Posts in all: %1, from %2 to %3.</source>
        <translation>عدد المنشورات: %1، من %2 إلى %3.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../app/ui/report_dialog.py" line="291" />
        <source>Quarter %1 of %2</source>
        <translation>الربع %1 من %2</translation>
    </message>
    <message>
        <location filename="../app/ui/report_dialog.py" line="292" />
        <source>Year %1</source>
        <translation>سنة %1</translation>
    </message>
    <message>
        <location filename="../app/ui/report_dialog.py" line="324" />
        <source>Making the report of %1…</source>
        <translation>جارٍ إعداد تقرير %1…</translation>
    </message>
    <message>
        <location filename="../app/ui/report_dialog.py" line="346" />
        <source>The report could not be printed: %1</source>
        <translation>تعذّرت طباعة التقرير: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/report_dialog.py" line="353" />
        <source>The report could not be made: %1</source>
        <translation>تعذّر إعداد التقرير: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/report_dialog.py" line="362" />
        <source>%n page(s) sent to the printer.</source>
        <translation>
            <numerusform>لم تُرسل أي صفحة إلى الطابعة.</numerusform>
            <numerusform>أُرسلت صفحة واحدة إلى الطابعة.</numerusform>
            <numerusform>أُرسلت صفحتان إلى الطابعة.</numerusform>
            <numerusform>أُرسلت %n صفحات إلى الطابعة.</numerusform>
            <numerusform>أُرسلت %n صفحة إلى الطابعة.</numerusform>
            <numerusform>أُرسلت %n صفحة إلى الطابعة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/report_dialog.py" line="378" />
        <source>The report is ready: %Ln page(s). Save it, open it or print it.</source>
        <translation>
            <numerusform>التقرير جاهز بلا صفحات.</numerusform>
            <numerusform>التقرير جاهز: صفحة واحدة. احفظه أو افتحه أو اطبعه.</numerusform>
            <numerusform>التقرير جاهز: صفحتان. احفظه أو افتحه أو اطبعه.</numerusform>
            <numerusform>التقرير جاهز: %Ln صفحات. احفظه أو افتحه أو اطبعه.</numerusform>
            <numerusform>التقرير جاهز: %Ln صفحة. احفظه أو افتحه أو اطبعه.</numerusform>
            <numerusform>التقرير جاهز: %Ln صفحة. احفظه أو افتحه أو اطبعه.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/report_dialog.py" line="383" />
        <source>Executive summary</source>
        <translation>الملخص التنفيذي</translation>
    </message>
    <message>
        <location filename="../app/ui/report_dialog.py" line="384" />
        <source>Charts</source>
        <translation>الرسوم البيانية</translation>
    </message>
    <message>
        <location filename="../app/ui/report_dialog.py" line="385" />
        <source>Published posts by platform and pillar</source>
        <translation>المنشورات حسب المنصة والمحور</translation>
    </message>
    <message>
        <location filename="../app/ui/report_dialog.py" line="386" />
        <source>Events covered</source>
        <translation>الفعاليات المغطاة</translation>
    </message>
    <message>
        <location filename="../app/ui/report_dialog.py" line="387" />
        <source>Inquiries</source>
        <translation>الاستفسارات</translation>
    </message>
    <message>
        <location filename="../app/ui/report_dialog.py" line="388" />
        <source>Accessibility</source>
        <translation>إمكانية الوصول</translation>
    </message>
    <message>
        <location filename="../app/ui/report_dialog.py" line="389" />
        <source>Account security</source>
        <translation>أمن الحسابات</translation>
    </message>
    <message>
        <location filename="../app/ui/report_dialog.py" line="390" />
        <source>Next month's planned calendar</source>
        <translation>خطة الشهر القادم</translation>
    </message>
    <message>
        <location filename="../app/ui/report_dialog.py" line="391" />
        <source>Appendix: approvals and audit chain verification</source>
        <translation>ملحق: الاعتمادات والتحقق من سجل التدقيق</translation>
    </message>
    <message>
        <location filename="../app/ui/report_dialog.py" line="395" />
        <source>Period: %1</source>
        <translation>الفترة: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/report_dialog.py" line="396" />
        <source>Language: %1</source>
        <translation>اللغة: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/report_dialog.py" line="397" />
        <source>Pages: %1</source>
        <translation>عدد الصفحات: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/report_dialog.py" line="398" />
        <source>Sections:</source>
        <translation>الأقسام:</translation>
    </message>
    <message>
        <location filename="../app/ui/report_dialog.py" line="435" />
        <source>Save the report</source>
        <translation>حفظ التقرير</translation>
    </message>
    <message>
        <location filename="../app/ui/report_dialog.py" line="437" />
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/ui/report_dialog.py" line="447" />
        <source>Make the report first.</source>
        <translation>أعدّ التقرير أولًا.</translation>
    </message>
    <message>
        <location filename="../app/ui/report_dialog.py" line="453" />
        <source>The report could not be saved to %1: %2</source>
        <translation>تعذّر حفظ التقرير في %1: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/report_dialog.py" line="459" />
        <source>Report saved to %1.</source>
        <translation>حُفظ التقرير في %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/report_dialog.py" line="468" />
        <source>No program to show PDF files was found. Save the report and open it from your files.</source>
        <translation>لم يُعثر على برنامج لعرض ملفات PDF. احفظ التقرير وافتحه من ملفاتك.</translation>
    </message>
    <message>
        <location filename="../app/ui/report_dialog.py" line="495" />
        <source>Printing the report…</source>
        <translation>جارٍ طباعة التقرير…</translation>
    </message>
    <message>
        <location filename="../app/ui/report_dialog.py" line="512" />
        <source>No preview: %1</source>
        <translation>لا معاينة: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/report_dialog.py" line="547" />
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <location filename="../app/ui/report_dialog.py" line="551" />
        <source>Preview of the report, %1</source>
        <translation>معاينة التقرير، %1</translation>
    </message>
    <message>
        <location filename="../app/ui/report_dialog.py" line="563" />
        <source>Monthly report</source>
        <translation>التقرير الشهري</translation>
    </message>
    <message>
        <location filename="../app/ui/report_dialog.py" line="564" />
        <source>&amp;Report for</source>
        <translation>التقرير &amp;عن</translation>
    </message>
    <message>
        <location filename="../app/ui/report_dialog.py" line="565" />
        <source>A month</source>
        <translation>شهر</translation>
    </message>
    <message>
        <location filename="../app/ui/report_dialog.py" line="565" />
        <source>A quarter</source>
        <translation>ربع سنة</translation>
    </message>
    <message>
        <location filename="../app/ui/report_dialog.py" line="565" />
        <source>A year</source>
        <translation>سنة</translation>
    </message>
    <message>
        <location filename="../app/ui/report_dialog.py" line="569" />
        <source>&amp;Month</source>
        <translation>ال&amp;شهر</translation>
    </message>
    <message>
        <location filename="../app/ui/report_dialog.py" line="570" />
        <source>&amp;Quarter</source>
        <translation>ال&amp;ربع</translation>
    </message>
    <message>
        <location filename="../app/ui/report_dialog.py" line="572" />
        <source>January to March</source>
        <translation>كانون الثاني إلى آذار</translation>
    </message>
    <message>
        <location filename="../app/ui/report_dialog.py" line="573" />
        <source>April to June</source>
        <translation>نيسان إلى حزيران</translation>
    </message>
    <message>
        <location filename="../app/ui/report_dialog.py" line="574" />
        <source>July to September</source>
        <translation>تموز إلى أيلول</translation>
    </message>
    <message>
        <location filename="../app/ui/report_dialog.py" line="575" />
        <source>October to December</source>
        <translation>تشرين الأول إلى كانون الأول</translation>
    </message>
    <message>
        <location filename="../app/ui/report_dialog.py" line="579" />
        <source>&amp;Year</source>
        <translation>ال&amp;سنة</translation>
    </message>
    <message>
        <location filename="../app/ui/report_dialog.py" line="580" />
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <location filename="../app/ui/report_dialog.py" line="581" />
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <location filename="../app/ui/report_dialog.py" line="581" />
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <location filename="../app/ui/report_dialog.py" line="581" />
        <source>Arabic and English</source>
        <translation>العربية والإنجليزية</translation>
    </message>
    <message>
        <location filename="../app/ui/report_dialog.py" line="584" />
        <source>Ma&amp;ke the report</source>
        <translation>إعداد ال&amp;تقرير</translation>
    </message>
    <message>
        <location filename="../app/ui/report_dialog.py" line="595" />
        <source>Pre&amp;vious page</source>
        <translation>الصفحة الساب&amp;قة</translation>
    </message>
    <message>
        <location filename="../app/ui/report_dialog.py" line="585" />
        <source>Making the report</source>
        <translation>جارٍ إعداد التقرير</translation>
    </message>
    <message>
        <location filename="../app/ui/report_dialog.py" line="586" />
        <source>&amp;Save as…</source>
        <translation>&amp;حفظ باسم…</translation>
    </message>
    <message>
        <location filename="../app/ui/report_dialog.py" line="587" />
        <source>&amp;Open</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <location filename="../app/ui/report_dialog.py" line="588" />
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <location filename="../app/ui/report_dialog.py" line="590" />
        <source>Choose a printer and the pages in the system's print dialog</source>
        <translation>اختر الطابعة والصفحات في نافذة الطباعة في النظام</translation>
    </message>
    <message>
        <location filename="../app/ui/report_dialog.py" line="593" />
        <source>Open shows the report in your PDF viewer.</source>
        <translation>يعرض «فتح» التقرير في عارض ملفات PDF لديك.</translation>
    </message>
    <message>
        <location filename="../app/ui/report_dialog.py" line="596" />
        <source>Ne&amp;xt page</source>
        <translation>ال&amp;صفحة التالية</translation>
    </message>
    <message>
        <location filename="../app/ui/report_dialog.py" line="597" />
        <source>Report preview</source>
        <translation>معاينة التقرير</translation>
    </message>
    <message>
        <location filename="../app/ui/report_dialog.py" line="599" />
        <source>Choose the period and the language, then make the report.</source>
        <translation>اختر الفترة واللغة، ثم أعدّ التقرير.</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../app/ui/inquiries/retention.py" line="184" />
        <source>The list could not be read: %1</source>
        <translation>تعذّرت قراءة القائمة: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/inquiries/retention.py" line="191" />
        <source>Inquiries to anonymise: %n.</source>
        <translation>
            <numerusform>عدد الاستفسارات التي يلزم إخفاء الهوية فيها: %n.</numerusform>
            <numerusform>عدد الاستفسارات التي يلزم إخفاء الهوية فيها: %n.</numerusform>
            <numerusform>عدد الاستفسارات التي يلزم إخفاء الهوية فيها: %n.</numerusform>
            <numerusform>عدد الاستفسارات التي يلزم إخفاء الهوية فيها: %n.</numerusform>
            <numerusform>عدد الاستفسارات التي يلزم إخفاء الهوية فيها: %n.</numerusform>
            <numerusform>عدد الاستفسارات التي يلزم إخفاء الهوية فيها: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/retention.py" line="195" />
        <source>Nothing to anonymise: every name and contact is within the retention period.</source>
        <translation>لا شيء يلزم إخفاء الهوية فيه: جميع الأسماء ووسائل التواصل ضمن مدة الاحتفاظ.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/inquiries/retention.py" line="203" />
        <source>Names and contacts of inquirers are kept for %n month(s) (Settings → Inquiries). These inquiries had their last activity (receipt, response or resolution) before %1; anonymising removes the inquirer's name and contact from them, and wherever the name or contact appears in their texts.</source>
        <translation>
            <numerusform>تُحفظ أسماء أصحاب الاستفسارات ووسائل تواصلهم مدة %n شهر (الإعدادات ← الاستفسارات). كان آخر نشاط في هذه الاستفسارات (استلام أو رد أو حل) قبل %1؛ ويؤدي إخفاء الهوية إلى إزالة اسم صاحب الاستفسار ووسيلة تواصله منها، ومن كل موضع يرد فيه الاسم أو وسيلة التواصل في نصوصها.</numerusform>
            <numerusform>تُحفظ أسماء أصحاب الاستفسارات ووسائل تواصلهم مدة شهر واحد (الإعدادات ← الاستفسارات). كان آخر نشاط في هذه الاستفسارات (استلام أو رد أو حل) قبل %1؛ ويؤدي إخفاء الهوية إلى إزالة اسم صاحب الاستفسار ووسيلة تواصله منها، ومن كل موضع يرد فيه الاسم أو وسيلة التواصل في نصوصها.</numerusform>
            <numerusform>تُحفظ أسماء أصحاب الاستفسارات ووسائل تواصلهم مدة شهرين (الإعدادات ← الاستفسارات). كان آخر نشاط في هذه الاستفسارات (استلام أو رد أو حل) قبل %1؛ ويؤدي إخفاء الهوية إلى إزالة اسم صاحب الاستفسار ووسيلة تواصله منها، ومن كل موضع يرد فيه الاسم أو وسيلة التواصل في نصوصها.</numerusform>
            <numerusform>تُحفظ أسماء أصحاب الاستفسارات ووسائل تواصلهم مدة %n أشهر (الإعدادات ← الاستفسارات). كان آخر نشاط في هذه الاستفسارات (استلام أو رد أو حل) قبل %1؛ ويؤدي إخفاء الهوية إلى إزالة اسم صاحب الاستفسار ووسيلة تواصله منها، ومن كل موضع يرد فيه الاسم أو وسيلة التواصل في نصوصها.</numerusform>
            <numerusform>تُحفظ أسماء أصحاب الاستفسارات ووسائل تواصلهم مدة %n شهرًا (الإعدادات ← الاستفسارات). كان آخر نشاط في هذه الاستفسارات (استلام أو رد أو حل) قبل %1؛ ويؤدي إخفاء الهوية إلى إزالة اسم صاحب الاستفسار ووسيلة تواصله منها، ومن كل موضع يرد فيه الاسم أو وسيلة التواصل في نصوصها.</numerusform>
            <numerusform>تُحفظ أسماء أصحاب الاستفسارات ووسائل تواصلهم مدة %n شهر (الإعدادات ← الاستفسارات). كان آخر نشاط في هذه الاستفسارات (استلام أو رد أو حل) قبل %1؛ ويؤدي إخفاء الهوية إلى إزالة اسم صاحب الاستفسار ووسيلة تواصله منها، ومن كل موضع يرد فيه الاسم أو وسيلة التواصل في نصوصها.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/retention.py" line="217" />
        <source>Anonymise inquiries</source>
        <translation>إخفاء الهوية في الاستفسارات</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/inquiries/retention.py" line="219" />
        <source>Remove for good the names and contacts in these inquiries (%n)? This cannot be undone. Their statistics remain: times, channel, kind and state are kept.</source>
        <translation>
            <numerusform>هل تريد الإزالة النهائية للأسماء ووسائل التواصل في هذه الاستفسارات (%n)؟ لا يمكن التراجع عن ذلك. تبقى إحصاءاتها: إذ تُحفظ الأوقات والقناة والنوع والحالة.</numerusform>
            <numerusform>هل تريد الإزالة النهائية للاسم ووسيلة التواصل في هذا الاستفسار؟ لا يمكن التراجع عن ذلك. تبقى إحصاءاته: إذ تُحفظ الأوقات والقناة والنوع والحالة.</numerusform>
            <numerusform>هل تريد الإزالة النهائية للأسماء ووسائل التواصل في هذين الاستفسارين؟ لا يمكن التراجع عن ذلك. تبقى إحصاءاتهما: إذ تُحفظ الأوقات والقناة والنوع والحالة.</numerusform>
            <numerusform>هل تريد الإزالة النهائية للأسماء ووسائل التواصل في هذه الاستفسارات (%n)؟ لا يمكن التراجع عن ذلك. تبقى إحصاءاتها: إذ تُحفظ الأوقات والقناة والنوع والحالة.</numerusform>
            <numerusform>هل تريد الإزالة النهائية للأسماء ووسائل التواصل في هذه الاستفسارات (%n)؟ لا يمكن التراجع عن ذلك. تبقى إحصاءاتها: إذ تُحفظ الأوقات والقناة والنوع والحالة.</numerusform>
            <numerusform>هل تريد الإزالة النهائية للأسماء ووسائل التواصل في هذه الاستفسارات (%n)؟ لا يمكن التراجع عن ذلك. تبقى إحصاءاتها: إذ تُحفظ الأوقات والقناة والنوع والحالة.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/retention.py" line="229" />
        <source>Nothing was anonymised: %1</source>
        <translation>لم يُنفَّذ إخفاء الهوية: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/inquiries/retention.py" line="234" />
        <source>Inquiries anonymised: %n. Their statistics remain.</source>
        <translation>
            <numerusform>أُخفيت الهوية في %n استفسار. تبقى إحصاءاتها.</numerusform>
            <numerusform>أُخفيت الهوية في استفسار واحد. تبقى إحصاءاته.</numerusform>
            <numerusform>أُخفيت الهوية في استفسارين. تبقى إحصاءاتهما.</numerusform>
            <numerusform>أُخفيت الهوية في %n استفسارات. تبقى إحصاءاتها.</numerusform>
            <numerusform>أُخفيت الهوية في %n استفسارًا. تبقى إحصاءاتها.</numerusform>
            <numerusform>أُخفيت الهوية في %n استفسار. تبقى إحصاءاتها.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/retention.py" line="239" />
        <source>&amp;Anonymise</source>
        <translation>إ&amp;خفاء الهوية</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/retention.py" line="245" />
        <source>Anonymise old inquiries</source>
        <translation>إخفاء الهوية في الاستفسارات القديمة</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/retention.py" line="248" />
        <source>No.</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/retention.py" line="249" />
        <source>Received</source>
        <translation>وقت الاستلام</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/retention.py" line="250" />
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/retention.py" line="251" />
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/retention.py" line="252" />
        <source>Last activity</source>
        <translation>آخر نشاط</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/retention.py" line="255" />
        <source>Inquiries to anonymise</source>
        <translation>الاستفسارات المطلوب إخفاء الهوية فيها</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/retention.py" line="258" />
        <source>Names and contacts are not shown here. Times, channel, kind and state are kept, so reports and figures stay the same.</source>
        <translation>لا تُعرض الأسماء ووسائل التواصل هنا. تُحفظ الأوقات والقناة والنوع والحالة، فتبقى التقارير والأرقام كما هي.</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/retention.py" line="262" />
        <source>&amp;Anonymise…</source>
        <translation>إ&amp;خفاء الهوية…</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/retention.py" line="263" />
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../app/ui/approvals/review.py" line="263" />
        <source>Review and sign</source>
        <translation>المراجعة والتوقيع</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/review.py" line="264" />
        <source>Sign</source>
        <translation>التوقيع</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/review.py" line="265" />
        <source>&amp;Approver:</source>
        <translation>المعتمِد:</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/review.py" line="266" />
        <source>&amp;Passphrase:</source>
        <translation>عبارة المرور:</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/review.py" line="267" />
        <source>6-digit &amp;code:</source>
        <translation>الرمز المكوّن من 6 أرقام:</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/review.py" line="268" />
        <source>C&amp;omment:</source>
        <translation>التعليق:</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/review.py" line="269" />
        <source>Approver</source>
        <translation>المعتمِد</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/review.py" line="270" />
        <source>Choose your name</source>
        <translation>اختر اسمك</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/review.py" line="271" />
        <source>Approver's passphrase</source>
        <translation>عبارة مرور المعتمِد</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/review.py" line="272" />
        <source>6-digit code from the authenticator app</source>
        <translation>الرمز المكوّن من 6 أرقام من تطبيق المصادقة</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/review.py" line="274" />
        <source>The code the authenticator app on your phone shows now (6 digits)</source>
        <translation>الرمز الذي يعرضه تطبيق المصادقة على هاتفك الآن (6 أرقام)</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/review.py" line="276" />
        <source>Comment for the officer</source>
        <translation>تعليق للمسؤول</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/review.py" line="278" />
        <source>Needed when requesting changes: say what should change.</source>
        <translation>مطلوب عند طلب التعديلات: اذكر ما ينبغي تغييره.</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/review.py" line="280" />
        <source>The post as it would be approved</source>
        <translation>المنشور كما سيُعتمد</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/review.py" line="281" />
        <source>A&amp;pprove</source>
        <translation>اعتماد</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/review.py" line="282" />
        <source>Request c&amp;hanges</source>
        <translation>طلب تعديلات</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/review.py" line="283" />
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/review.py" line="286" />
        <source>No approver is enrolled yet, so nobody can sign. Enrol one in Settings → Approvers, then open this review again.</source>
        <translation>لم يُسجَّل أي معتمِد بعد، لذا لا يمكن لأحد التوقيع. سجّل معتمِدًا من الإعدادات ← المعتمِدون، ثم افتح هذه المراجعة مجددًا.</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/review.py" line="306" />
        <source>Post %1</source>
        <translation>المنشور %1</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/review.py" line="309" />
        <location filename="../app/ui/approvals/review.py" line="625" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/review.py" line="313" />
        <source>not scheduled</source>
        <translation>غير مجدول</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/review.py" line="316" />
        <source>State: %1 · Scheduled: %2</source>
        <translation>الحالة: %1 · موعد النشر: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/review.py" line="346" />
        <source>Main text</source>
        <translation>النص الرئيسي</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/review.py" line="348" />
        <location filename="../app/ui/approvals/review.py" line="371" />
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/review.py" line="349" />
        <location filename="../app/ui/approvals/review.py" line="372" />
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/review.py" line="352" />
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/review.py" line="364" />
        <location filename="../app/ui/approvals/review.py" line="601" />
        <source>Platforms</source>
        <translation>المنصات</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/review.py" line="366" />
        <source>No target platform chosen.</source>
        <translation>لم تُختر منصة مستهدفة.</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/review.py" line="376" />
        <source>%1: uses the main text</source>
        <translation>%1: يستخدم النص الرئيسي</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/review.py" line="382" />
        <source>%1: its own text</source>
        <translation>%1: نص خاص به</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/review.py" line="390" />
        <location filename="../app/ui/approvals/review.py" line="602" />
        <source>Attachments</source>
        <translation>المرفقات</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/review.py" line="392" />
        <source>No attachments.</source>
        <translation>لا مرفقات.</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/review.py" line="408" />
        <source>Image</source>
        <translation>صورة</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/review.py" line="408" />
        <source>Video</source>
        <translation>فيديو</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/review.py" line="412" />
        <source>%1. %2: %3</source>
        <translation>%1. %2: %3</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/review.py" line="420" />
        <location filename="../app/ui/approvals/review.py" line="614" />
        <source>Arabic alt text</source>
        <translation>النص البديل العربي</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/review.py" line="421" />
        <location filename="../app/ui/approvals/review.py" line="615" />
        <source>English alt text</source>
        <translation>النص البديل الإنجليزي</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/review.py" line="426" />
        <source>Captions: burned into the video</source>
        <translation>الترجمة النصية: مدمجة في الفيديو</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/review.py" line="428" />
        <source>Captions: subtitle file attached</source>
        <translation>الترجمة النصية: ملف ترجمة مرفق</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/review.py" line="430" />
        <source>Captions: none</source>
        <translation>الترجمة النصية: لا توجد</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/review.py" line="442" />
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/review.py" line="450" />
        <source>%1: no alt text</source>
        <translation>%1: لا نص بديل</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/review.py" line="460" />
        <source>Link and sources</source>
        <translation>الرابط والمصادر</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/review.py" line="462" />
        <source>None</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/review.py" line="464" />
        <source>Link:</source>
        <translation>الرابط:</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/review.py" line="465" />
        <source>None recorded</source>
        <translation>لم يُسجَّل شيء</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/review.py" line="467" />
        <source>Sources:</source>
        <translation>المصادر:</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/review.py" line="483" />
        <source>Checklist</source>
        <translation>قائمة التحقق</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/review.py" line="495" />
        <source>No findings: the automatic checks pass.</source>
        <translation>لا ملاحظات: اجتاز المنشور الفحوص التلقائية.</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/review.py" line="498" />
        <source>Blockers: %1 · Warnings: %2 · Tips: %3</source>
        <translation>موانع: %1 · تحذيرات: %2 · تلميحات: %3</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/review.py" line="510" />
        <source>The checklist finds open blockers now (%1): the post should not be approved.</source>
        <translation>تجد قائمة التحقق الآن موانع قائمة (%1): لا ينبغي اعتماد المنشور.</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/review.py" line="518" />
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/review.py" line="527" />
        <location filename="../app/ui/approvals/review.py" line="547" />
        <source>Officer's justification: %1</source>
        <translation>مبرر المسؤول: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/review.py" line="529" />
        <source>No justification given.</source>
        <translation>لم يُقدَّم مبرر.</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/review.py" line="540" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/review.py" line="543" />
        <source>Not confirmed: %1</source>
        <translation>لم يُؤكَّد: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/review.py" line="553" />
        <source>Confirmed by the officer:</source>
        <translation>ما أكّده المسؤول:</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/review.py" line="556" />
        <source>Nothing confirmed.</source>
        <translation>لم يُؤكَّد شيء.</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/review.py" line="563" />
        <source>Confirmed: %1 (%2)</source>
        <translation>مؤكَّد: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/review.py" line="574" />
        <source>Earlier decisions</source>
        <translation>القرارات السابقة</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/review.py" line="577" />
        <source>%1 by %2, %3</source>
        <translation>%1 من %2، %3</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/review.py" line="583" />
        <source>(withdrawn %1: the post was edited after it)</source>
        <translation>(سُحب في %1: عُدِّل المنشور بعده)</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/review.py" line="587" />
        <source>Comment: %1</source>
        <translation>التعليق: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/review.py" line="595" />
        <location filename="../app/ui/approvals/review.py" line="605" />
        <source>Arabic text</source>
        <translation>النص العربي</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/review.py" line="596" />
        <location filename="../app/ui/approvals/review.py" line="605" />
        <source>English text</source>
        <translation>النص الإنجليزي</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/review.py" line="597" />
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/review.py" line="598" />
        <source>Link</source>
        <translation>الرابط</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/review.py" line="599" />
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/review.py" line="600" />
        <source>Schedule</source>
        <translation>الجدولة</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/review.py" line="606" />
        <location filename="../app/ui/approvals/review.py" line="617" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/review.py" line="612" />
        <source>Attachment %1</source>
        <translation>المرفق %1</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/review.py" line="627" />
        <source>%1 — locked until %2</source>
        <translation>%1 — مقفل حتى %2</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/review.py" line="631" />
        <source>%1 — key missing: re-enrol in Settings</source>
        <translation>%1 — المفتاح مفقود: أعد التسجيل من الإعدادات</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/review.py" line="654" />
        <source>This post is %1: only a post in review can be approved or sent back.</source>
        <translation>حالة هذا المنشور «%1»: لا يمكن اعتماد منشور أو إعادته إلا إذا كان قيد المراجعة.</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/review.py" line="664" />
        <source>The keyring cannot be used, so the approvers' keys cannot be opened and nobody can sign now. Why: %1.</source>
        <translation>تعذّر استخدام حلقة المفاتيح، لذا لا يمكن فتح مفاتيح المعتمِدين ولا يستطيع أحد التوقيع الآن. السبب: %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/review.py" line="666" />
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/review.py" line="694" />
        <source>%1 is locked until %2 after five failed attempts in a row: they cannot sign before then.</source>
        <translation>%1 مقفل حتى %2 بعد خمس محاولات فاشلة متتالية: لا يمكنه التوقيع قبل ذلك.</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/review.py" line="701" />
        <source>The key of %1 is missing from the keyring: re-enrol them in Settings → Approvers.</source>
        <translation>مفتاح %1 غير موجود في حلقة المفاتيح: أعد تسجيله من الإعدادات ← المعتمِدون.</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/review.py" line="723" />
        <source>Choose your name in the list of approvers.</source>
        <translation>اختر اسمك من قائمة المعتمِدين.</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/review.py" line="725" />
        <source>Type your passphrase.</source>
        <translation>اكتب عبارة المرور الخاصة بك.</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/review.py" line="728" />
        <source>Type the 6-digit code the authenticator app on your phone shows now.</source>
        <translation>اكتب الرمز المكوّن من 6 أرقام الذي يعرضه تطبيق المصادقة على هاتفك الآن.</translation>
    </message>
    <message>
        <location filename="../app/ui/approvals/review.py" line="734" />
        <source>Requesting changes needs a comment: say what should change, the officer reads it.</source>
        <translation>طلب التعديلات يحتاج إلى تعليق: اذكر ما ينبغي تغييره، فالمسؤول سيقرؤه.</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../app/ui/labels.py" line="143" />
        <source>Every image needs alt text describing it.</source>
        <translation>كل صورة تحتاج إلى نص بديل يصفها.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="144" />
        <source>Alt text is too long: keep it concise and within the platform's cap.</source>
        <translation>النص البديل طويل جدًا: اجعله موجزًا وضمن الحد الأقصى للمنصة.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="147" />
        <source>Do not start alt text with “image of” or “photo of”.</source>
        <translation>لا تبدأ النص البديل بعبارة «صورة لـ» أو «صورة تُظهر».</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="150" />
        <source>Alt text looks like a file name, a placeholder or a copy of the post.</source>
        <translation>يبدو النص البديل اسم ملف أو نصًا مؤقتًا أو نسخة من المنشور.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="153" />
        <source>The image contains text: repeat that text in the alt text (5 words or more).</source>
        <translation>تحتوي الصورة على نص: كرّر ذلك النص في النص البديل (5 كلمات أو أكثر).</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="156" />
        <source>Write the alt text in the post's language.</source>
        <translation>اكتب النص البديل بلغة المنشور.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="157" />
        <source>Video needs captions (a subtitle file or burned-in), reviewed by a person.</source>
        <translation>يحتاج الفيديو إلى ترجمة نصية (ملف ترجمة أو ترجمة مدمجة) يراجعها شخص.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="160" />
        <source>What is shown only on screen is also spoken, described or transcribed.</source>
        <translation>ما يظهر على الشاشة فقط يُقال أيضًا بالصوت أو يُوصف أو يُفرَّغ نصيًا.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="163" />
        <source>Nothing flashes more than 3 times a second; no long autoplay animation.</source>
        <translation>لا شيء يومض أكثر من 3 مرات في الثانية، ولا رسوم متحركة طويلة تعمل تلقائيًا.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="166" />
        <source>Write multi-word Latin hashtags in CamelCase so screen readers say the words.</source>
        <translation>اكتب الوسوم اللاتينية متعددة الكلمات بنمط CamelCase (حرف كبير في أول كل كلمة) لتنطق قارئات الشاشة الكلمات.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="169" />
        <source>Arabic hashtags join words with _ and carry no tatweel or diacritics.</source>
        <translation>تُوصل كلمات الوسوم العربية بالشرطة السفلية _ ولا تحمل تطويلًا ولا تشكيلًا.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="172" />
        <source>Put hashtags at the end; at most one inside the sentence.</source>
        <translation>ضع الوسوم في النهاية، ووسمًا واحدًا على الأكثر داخل الجملة.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="175" />
        <source>Too many hashtags for the house rule or platform.</source>
        <translation>عدد الوسوم يتجاوز ما تسمح به قاعدة المؤسسة أو المنصة.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="176" />
        <source>Use at most 3 emoji, and none twice.</source>
        <translation>استخدم 3 رموز تعبيرية على الأكثر، دون تكرار أيٍّ منها.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="177" />
        <source>Emoji should not sit mid-sentence, replace words or serve as bullets.</source>
        <translation>لا تضع الرموز التعبيرية وسط الجملة، ولا تستخدمها بدل الكلمات أو نقاطًا للتعداد.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="180" />
        <source>Avoid runs of capital letters: they are hard to read.</source>
        <translation>تجنّب سلاسل الأحرف الكبيرة: قراءتها صعبة.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="183" />
        <source>“Fancy” look-alike letters are read out as symbols or not at all.</source>
        <translation>الأحرف «المزخرفة» الشبيهة بالأحرف العادية تُقرأ رموزًا أو لا تُقرأ إطلاقًا.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="186" />
        <source>Say where a link leads instead of “click here”.</source>
        <translation>اذكر إلى أين يؤدي الرابط بدلًا من «اضغط هنا».</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="187" />
        <source>Link to the official domain, not through a link shortener.</source>
        <translation>اربط بالنطاق الرسمي مباشرة، لا عبر خدمة تقصير الروابط.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="190" />
        <source>Say what a link opens, such as [VIDEO] or [PDF].</source>
        <translation>اذكر ما يفتحه الرابط، مثل [فيديو] أو [PDF].</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="191" />
        <source>Keep sentences to 25 words and spell out acronyms at first use.</source>
        <translation>اجعل الجملة في حدود 25 كلمة، واكتب الاختصارات كاملة عند أول ذكر لها.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="194" />
        <source>English reading ease (Flesch): aim for 60 or more.</source>
        <translation>سهولة القراءة بالإنجليزية (مقياس Flesch): استهدف 60 أو أكثر.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="197" />
        <source>Graphics do not rely on colour alone and their text has enough contrast.</source>
        <translation>لا تعتمد الرسوم على اللون وحده، ونصوصها ذات تباين كافٍ.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="200" />
        <source>Remove decorative tatweel (ـ): it breaks search and screen readers.</source>
        <translation>أزل التطويل الزخرفي (ـ): فهو يعطّل البحث وقارئات الشاشة.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="203" />
        <source>Arabic presentation-form letters (pasted from PDFs) break search and speech.</source>
        <translation>أشكال العرض للأحرف العربية (المنسوخة من ملفات PDF) تعطّل البحث والنطق.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="206" />
        <source>Use diacritics sparingly, never doubled or after a space.</source>
        <translation>استخدم التشكيل باعتدال، ولا تكرره ولا تضعه بعد مسافة.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="209" />
        <source>An Arabic paragraph should begin with an Arabic letter or a right-to-left mark.</source>
        <translation>ينبغي أن تبدأ الفقرة العربية بحرف عربي أو بعلامة الاتجاه من اليمين إلى اليسار (RLM).</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="212" />
        <source>Isolate left-to-right pieces next to punctuation with a left-to-right mark.</source>
        <translation>افصل المقاطع ذات الاتجاه من اليسار إلى اليمين المجاورة لعلامات الترقيم بعلامة الاتجاه من اليسار إلى اليمين (LRM).</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="215" />
        <source>Remove direction overrides, unbalanced isolates and stray BOM characters.</source>
        <translation>أزل محارف فرض الاتجاه، ومحارف العزل غير المتوازنة، ومحارف BOM الشاردة.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="218" />
        <source>Direction marks count double on X.</source>
        <translation>علامات الاتجاه تُحتسب حرفين على إكس.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="219" />
        <source>Use one digit system in a post.</source>
        <translation>استخدم نظام أرقام واحدًا في المنشور.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="220" />
        <source>Use Arabic punctuation (، ؛ ؟) in Arabic sentences.</source>
        <translation>استخدم علامات الترقيم العربية (، ؛ ؟) في الجمل العربية.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="221" />
        <source>Arabic readability (OSMAN): higher is easier.</source>
        <translation>مقروئية النص العربي (مقياس OSMAN): كلما ارتفع كان أسهل.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="222" />
        <source>Keep Arabic and English in separate posts or clearly separate paragraphs.</source>
        <translation>اجعل العربية والإنجليزية في منشورين منفصلين أو في فقرات منفصلة بوضوح.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="225" />
        <source>Too long for X (280, weighted as X counts).</source>
        <translation>أطول من المسموح على إكس (280، بالوزن الذي تحتسبه إكس).</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="226" />
        <source>Too long even for a premium X account.</source>
        <translation>أطول من المسموح حتى لحساب إكس المميز (Premium).</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="227" />
        <source>Too long for an Instagram caption, or too many hashtags.</source>
        <translation>أطول من المسموح لشرح منشور إنستغرام، أو الوسوم كثيرة جدًا.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="230" />
        <source>Too long for a Facebook post.</source>
        <translation>أطول من المسموح لمنشور فيسبوك.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="231" />
        <source>Too long for a LinkedIn post.</source>
        <translation>أطول من المسموح لمنشور لينكدإن.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="232" />
        <source>Too long for a YouTube description (bytes), or contains &lt; or &gt;.</source>
        <translation>أطول من المسموح لوصف يوتيوب (بالبايت)، أو يحتوي على &lt; أو &gt;.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="235" />
        <source>Too long for a TikTok caption.</source>
        <translation>أطول من المسموح لشرح تيك توك.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="236" />
        <source>Too long for Threads, or more than 5 links.</source>
        <translation>أطول من المسموح على ثريدز، أو فيه أكثر من 5 روابط.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="237" />
        <source>Every identifiable person shown needs a consent record.</source>
        <translation>كل شخص يظهر ويمكن التعرف عليه يحتاج إلى سجل موافقة.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="240" />
        <source>Personal data (e-mail, phone, national number): confirm it is intended.</source>
        <translation>بيانات شخصية (بريد إلكتروني، هاتف، رقم وطني): تأكّد من أن نشرها مقصود.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="243" />
        <source>Facts and figures need a primary source stored with the post.</source>
        <translation>تحتاج الحقائق والأرقام إلى مصدر أولي محفوظ مع المنشور.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="246" />
        <source>Objective and explanatory, not party-political or polemical.</source>
        <translation>محتوى موضوعي وتوضيحي، غير حزبي ولا سجالي.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="249" />
        <source>Record the owner and licence of every attachment.</source>
        <translation>سجّل مالك كل مرفق وترخيصه.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="250" />
        <source>Prefer inclusive wording (see the house word list).</source>
        <translation>فضّل الصياغة الشاملة (انظر قائمة المفردات المعتمدة في المؤسسة).</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="251" />
        <source>The scheduled time falls in a quiet period.</source>
        <translation>يقع موعد النشر ضمن فترة توقف عن النشر.</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="256" />
        <source>An image contains text</source>
        <translation>تحتوي صورة على نص</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="257" />
        <source>Captions reviewed by a person</source>
        <translation>الترجمة النصية راجعها شخص</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="258" />
        <source>On-screen information is also spoken or described</source>
        <translation>المعلومات الظاهرة على الشاشة مقروءة بالصوت أو موصوفة أيضًا</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="259" />
        <source>No flashing more than 3 times a second</source>
        <translation>لا وميض أكثر من 3 مرات في الثانية</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="260" />
        <source>The post says what the link opens</source>
        <translation>يذكر المنشور ما يفتحه الرابط</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="261" />
        <source>Graphics do not rely on colour alone; contrast checked</source>
        <translation>لا تعتمد الرسوم على اللون وحده؛ وجرى التحقق من التباين</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="264" />
        <source>Languages kept in separate paragraphs</source>
        <translation>اللغتان في فقرات منفصلة</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="265" />
        <source>Consent held for every identifiable person</source>
        <translation>الموافقة متوفرة لكل شخص يمكن التعرف عليه</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="266" />
        <source>No unnecessary personal or sensitive data</source>
        <translation>لا بيانات شخصية أو حساسة غير ضرورية</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="267" />
        <source>Facts verified against an official source</source>
        <translation>الحقائق متحقَّق منها من مصدر رسمي</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="268" />
        <source>Objective, not party-political or controversial</source>
        <translation>موضوعي، غير حزبي ولا مثير للجدل</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="269" />
        <source>Rights cleared for every attachment</source>
        <translation>الحقوق مستوفاة لكل مرفق</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="270" />
        <source>Diverse and inclusive representation in imagery</source>
        <translation>تمثيل متنوع وشامل في الصور</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="274" />
        <source>Blocker</source>
        <translation>مانع</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="275" />
        <source>Warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="276" />
        <source>Tip</source>
        <translation>تلميح</translation>
    </message>
</context>
<context>
    <name>SavedRepliesDialog</name>
    <message>
        <location filename="../app/ui/inquiries/replies.py" line="150" />
        <source>The saved replies could not be read: %1</source>
        <translation>تعذّرت قراءة الردود المحفوظة: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/replies.py" line="197" />
        <source>New saved reply</source>
        <translation>رد محفوظ جديد</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/replies.py" line="199" />
        <source>Saved reply</source>
        <translation>رد محفوظ</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/replies.py" line="212" />
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/replies.py" line="213" />
        <source>The saved reply you were editing has unsaved changes. Discard them?</source>
        <translation>في الرد المحفوظ الذي كنت تحرره تغييرات غير محفوظة. هل تريد تجاهلها؟</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/replies.py" line="229" />
        <source>Give the saved reply a title. Nothing was saved.</source>
        <translation>أدخل عنوانًا للرد المحفوظ. لم يُحفظ شيء.</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/replies.py" line="244" />
        <source>“%1” saved.</source>
        <translation>حُفظ «%1».</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/replies.py" line="252" />
        <source>Nothing was saved.</source>
        <translation>لم يُحفظ شيء.</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/replies.py" line="255" />
        <source>Not a placeholder Bayan knows: %1. A saved reply may use only %2.</source>
        <translation>عنصر نائب لا يعرفه «بيان»: %1. يمكن للرد المحفوظ أن يستخدم %2 فقط.</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/replies.py" line="274" />
        <source>A brace in the Arabic text (character %1) has no partner: write {{ or }} for a brace itself.</source>
        <translation>في النص العربي قوس معقوص (الحرف %1) بلا قوس مقابل: اكتب {{ أو }} لكتابة القوس نفسه.</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/replies.py" line="282" />
        <source>A brace in the English text (character %1) has no partner: write {{ or }} for a brace itself.</source>
        <translation>في النص الإنجليزي قوس معقوص (الحرف %1) بلا قوس مقابل: اكتب {{ أو }} لكتابة القوس نفسه.</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/replies.py" line="297" />
        <source>Write the Arabic text, the English text, or both.</source>
        <translation>اكتب النص العربي أو النص الإنجليزي أو كليهما.</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/replies.py" line="300" />
        <source>Not saved: %1</source>
        <translation>لم يُحفظ: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/replies.py" line="314" />
        <source>Delete the saved reply</source>
        <translation>حذف الرد المحفوظ</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/replies.py" line="316" />
        <source>Delete the saved reply “%1”? Responses already sent with it keep their text.</source>
        <translation>هل تريد حذف الرد المحفوظ «%1»؟ تحتفظ الردود التي أُرسلت به سابقًا بنصها.</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/replies.py" line="323" />
        <source>Not deleted: %1</source>
        <translation>لم يُحذف: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/replies.py" line="332" />
        <source>“%1” deleted.</source>
        <translation>حُذف «%1».</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/replies.py" line="352" />
        <location filename="../app/ui/inquiries/replies.py" line="354" />
        <source>Saved replies</source>
        <translation>الردود المحفوظة</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/replies.py" line="353" />
        <source>&amp;Replies:</source>
        <translation>ال&amp;ردود:</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/replies.py" line="355" />
        <source>&amp;New</source>
        <translation>&amp;جديد</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/replies.py" line="356" />
        <source>Write a new saved reply</source>
        <translation>كتابة رد محفوظ جديد</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/replies.py" line="357" />
        <source>&amp;Delete…</source>
        <translation>&amp;حذف…</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/replies.py" line="358" />
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/replies.py" line="359" />
        <source>Title of the saved reply</source>
        <translation>عنوان الرد المحفوظ</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/replies.py" line="360" />
        <source>&amp;Arabic text:</source>
        <translation>النص العر&amp;بي:</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/replies.py" line="361" />
        <source>Arabic text of the saved reply</source>
        <translation>النص العربي للرد المحفوظ</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/replies.py" line="362" />
        <source>&amp;English text:</source>
        <translation>النص الإنجلي&amp;زي:</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/replies.py" line="363" />
        <source>English text of the saved reply</source>
        <translation>النص الإنجليزي للرد المحفوظ</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/replies.py" line="366" />
        <source>Placeholders filled in when the reply is inserted: %1 the inquirer's name, %2 the inquiry's subject, %3 the day it was received. No others are allowed; write {{ or }} for a brace itself.</source>
        <translation>العناصر النائبة التي تُملأ عند إدراج الرد: %1 اسم صاحب الاستفسار، و%2 موضوع الاستفسار، و%3 يوم استلامه. لا يُسمح بغيرها؛ اكتب {{ أو }} لكتابة القوس نفسه.</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/replies.py" line="374" />
        <source>&amp;Save reply</source>
        <translation>&amp;حفظ الرد</translation>
    </message>
    <message>
        <location filename="../app/ui/inquiries/replies.py" line="375" />
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../app/ui/search_dialog.py" line="409" />
        <source>The search failed: %1</source>
        <translation>تعذّر البحث: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/search_dialog.py" line="415" />
        <source>Type words to find posts, inquiries and media. Arabic is found with or without diacritics, tatweel and hamza; the start of a word is enough. Up and Down choose a result, Enter opens it, Esc closes.</source>
        <translation>اكتب كلمات للعثور على المنشورات والاستفسارات والوسائط. يُعثر على النص العربي بالتشكيل والتطويل والهمزة أو دونها؛ ويكفي أول الكلمة. يختار السهمان لأعلى ولأسفل نتيجةً، ويفتحها Enter، ويُغلق Esc النافذة.</translation>
    </message>
    <message>
        <location filename="../app/ui/search_dialog.py" line="423" />
        <source>No results for “%1”.</source>
        <translation>لا نتائج لـ«%1».</translation>
    </message>
    <message>
        <location filename="../app/ui/search_dialog.py" line="427" />
        <source>Results: %1</source>
        <translation>النتائج: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/search_dialog.py" line="503" />
        <source>The media archive is not available.</source>
        <translation>أرشيف الوسائط غير متاح.</translation>
    </message>
    <message>
        <location filename="../app/ui/search_dialog.py" line="563" />
        <source>Post</source>
        <translation>منشور</translation>
    </message>
    <message>
        <location filename="../app/ui/search_dialog.py" line="564" />
        <source>Inquiry</source>
        <translation>استفسار</translation>
    </message>
    <message>
        <location filename="../app/ui/search_dialog.py" line="565" />
        <source>Media item</source>
        <translation>مادة</translation>
    </message>
    <message>
        <location filename="../app/ui/search_dialog.py" line="571" />
        <source>Posts (%1)</source>
        <translation>المنشورات (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/search_dialog.py" line="573" />
        <source>Inquiries (%1)</source>
        <translation>الاستفسارات (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/search_dialog.py" line="574" />
        <source>Media (%1)</source>
        <translation>الوسائط (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/search_dialog.py" line="578" />
        <source>(no subject)</source>
        <translation>(بلا موضوع)</translation>
    </message>
    <message>
        <location filename="../app/ui/search_dialog.py" line="579" />
        <source>(untitled)</source>
        <translation>(بلا عنوان)</translation>
    </message>
    <message>
        <location filename="../app/ui/search_dialog.py" line="608" />
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../app/ui/search_dialog.py" line="609" />
        <source>Search posts, inquiries and media</source>
        <translation>البحث في المنشورات والاستفسارات والوسائط</translation>
    </message>
    <message>
        <location filename="../app/ui/search_dialog.py" line="610" />
        <source>Search for</source>
        <translation>عبارة البحث</translation>
    </message>
    <message>
        <location filename="../app/ui/search_dialog.py" line="611" />
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../app/ui/pages/settings.py" line="204" />
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="205" />
        <source>General</source>
        <translation>عام</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="206" />
        <source>&amp;Language of the interface:</source>
        <translation>&amp;لغة الواجهة:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="207" />
        <source>&amp;Time zone of the workspace:</source>
        <translation>المنطقة ال&amp;زمنية لمساحة العمل:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="208" />
        <source>&amp;Apply</source>
        <translation>ت&amp;طبيق</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="209" />
        <source>Use this time zone for schedules and reports</source>
        <translation>استخدام هذه المنطقة الزمنية في الجداول والتقارير</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="210" />
        <location filename="../app/ui/pages/settings.py" line="221" />
        <source>Platform limits</source>
        <translation>حدود المنصات</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="213" />
        <source>The post editor checks texts against these numbers. The platforms change them from time to time: correct a value here when they do. An empty value means no limit is known.</source>
        <translation>يفحص محرر المنشورات النصوص وفق هذه الأرقام. تغيّرها المنصات من حين لآخر: صحّح القيمة هنا عندما يحدث ذلك. القيمة الفارغة تعني أنه لا يُعرف حدّ.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="219" />
        <source>Limit</source>
        <translation>الحد</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="219" />
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="219" />
        <source>Checklist rule</source>
        <translation>قاعدة قائمة التحقق</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="226" />
        <source>Save &amp;limits</source>
        <translation>حفظ ال&amp;حدود</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="227" />
        <source>&amp;Restore defaults</source>
        <translation>است&amp;عادة القيم الافتراضية</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="228" />
        <source>Workspace</source>
        <translation>مساحة العمل</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="229" />
        <source>Backups and moving the workspace</source>
        <translation>النسخ الاحتياطية ونقل مساحة العمل</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="230" />
        <source>Approvers</source>
        <translation>المعتمِدون</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="231" />
        <source>Organisation</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="232" />
        <source>Inquiries</source>
        <translation>الاستفسارات</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="233" />
        <source>&amp;Open folder</source>
        <translation>&amp;فتح المجلد</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="234" />
        <source>Workspace folder</source>
        <translation>مجلد مساحة العمل</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="237" />
        <source>The database (bayan.db), the media store (media/) and the backups (backups/) are kept in this folder. Start Bayan with --workspace or set BAYAN_WORKSPACE to use another one.</source>
        <translation>تُحفظ في هذا المجلد قاعدة البيانات (‎bayan.db‎) ومخزن الوسائط (‎media/‎) والنسخ الاحتياطية (‎backups/‎). لاستخدام مجلد آخر شغّل «بيان» مع الخيار ‎--workspace‎ أو اضبط المتغير ‎BAYAN_WORKSPACE‎.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="257" />
        <source>“%1” is not a time zone Bayan knows. Nothing was changed.</source>
        <translation>«%1» ليست منطقة زمنية يعرفها «بيان». لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="264" />
        <source>Time zone set to %1.</source>
        <translation>ضُبطت المنطقة الزمنية على %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="310" />
        <source>“%1” needs a whole number above zero. Nothing was changed.</source>
        <translation>«%1» يحتاج إلى عدد صحيح أكبر من صفر. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="322" />
        <source>Platform limits saved.</source>
        <translation>حُفظت حدود المنصات.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/settings.py" line="327" />
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
<context>
    <name>TrendsPanel</name>
    <message>
        <location filename="../app/ui/pages/dashboard_performance.py" line="122" />
        <source>dashed: forecast</source>
        <translation>المتقطع: التوقع</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/dashboard_performance.py" line="125" />
        <source>%1: followers</source>
        <translation>%1: المتابعون</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/dashboard_performance.py" line="130" />
        <source>No monthly figures yet.</source>
        <translation>لا أرقام شهرية بعد.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/dashboard_performance.py" line="138" />
        <source>%1 target %2</source>
        <translation>هدف %1: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/dashboard_performance.py" line="143" />
        <source>%1: %2 at the latest month end</source>
        <translation>%1: %2 في نهاية آخر شهر</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/dashboard_performance.py" line="146" />
        <source>forecast %1 in three months</source>
        <translation>والتوقع %1 بعد ثلاثة أشهر</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/dashboard_performance.py" line="176" />
        <source>No monthly figures yet: enter or import them on the Metrics page.</source>
        <translation>لا أرقام شهرية بعد: أدخلها أو استوردها في صفحة المؤشرات.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/dashboard_performance.py" line="182" />
        <source>Forecast: a straight line fitted to the last 12 months (least squares). Pace: the quarter's change so far, carried on at the same rate to its end.</source>
        <translation>التوقع: خط مستقيم مطابق لآخر 12 شهرًا (المربعات الصغرى). الوتيرة: تغيّر الربع حتى الآن، ممتدًا بالمعدل نفسه إلى نهايته.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/dashboard_performance.py" line="191" />
        <source>%1: target %2 for %3; no figures yet this quarter</source>
        <translation>%1: الهدف %2 في %3؛ لا أرقام بعد في هذا الربع</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/dashboard_performance.py" line="198" />
        <source>%1: target %2 for %3; at this pace %4, it will be met (%5)</source>
        <translation>%1: الهدف %2 في %3؛ بهذه الوتيرة %4، وسيتحقق (%5)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/dashboard_performance.py" line="200" />
        <source>%1: target %2 for %3; at this pace %4, it will not be met (%5)</source>
        <translation>%1: الهدف %2 في %3؛ بهذه الوتيرة %4، ولن يتحقق (%5)</translation>
    </message>
</context>
</TS>