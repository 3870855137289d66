<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>AccountsPage</name>
    <message numerus="yes">
        <location filename="../app/ui/pages/accounts.py" line="359" />
        <source>%n warning(s)</source>
        <translation><numerusform>%n warning</numerusform><numerusform>%n warnings</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/accounts.py" line="434" />
        <source>Every %n day(s)</source>
        <translation><numerusform>Every %n day</numerusform><numerusform>Every %n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/accounts.py" line="454" />
        <source>%1 — overdue by %n day(s)</source>
        <translation><numerusform>%1 — overdue by %n day</numerusform><numerusform>%1 — overdue by %n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/accounts.py" line="457" />
        <source>%1 — in %n day(s)</source>
        <translation><numerusform>%1 — in %n day</numerusform><numerusform>%1 — in %n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/accounts.py" line="505" />
        <source>Guideline: %n warning(s)</source>
        <translation><numerusform>Guideline: %n warning</numerusform><numerusform>Guideline: %n warnings</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/accounts.py" line="616" />
        <source>Renews in %n second(s)</source>
        <translation><numerusform>Renews in %n second</numerusform><numerusform>Renews in %n seconds</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/accounts.py" line="668" />
        <source>%1; the clipboard is cleared in %n second(s).</source>
        <translation><numerusform>%1; the clipboard is cleared in %n second.</numerusform><numerusform>%1; the clipboard is cleared in %n seconds.</numerusform></translation>
    </message>
</context>
<context>
    <name>ApprovalMessages</name>
    <message numerus="yes">
        <location filename="../app/ui/approvals/__init__.py" line="209" />
        <source>%n attempt(s) left before this approver is locked for 15 minutes.</source>
        <translation><numerusform>%n attempt left before this approver is locked for 15 minutes.</numerusform><numerusform>%n attempts left before this approver is locked for 15 minutes.</numerusform></translation>
    </message>
</context>
<context>
    <name>ApproversPanel</name>
    <message numerus="yes">
        <location filename="../app/ui/approvals/panel.py" line="162" />
        <source>Active — %n failed attempt(s)</source>
        <translation><numerusform>Active — %n failed attempt</numerusform><numerusform>Active — %n failed attempts</numerusform></translation>
    </message>
</context>
<context>
    <name>ArchivePage</name>
    <message numerus="yes">
        <location filename="../app/ui/pages/archive.py" line="361" />
        <source>%n item(s) shown</source>
        <translation><numerusform>%n item shown</numerusform><numerusform>%n items shown</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/archive.py" line="365" />
        <source>%n without alt text</source>
        <translation><numerusform>%n without alt text</numerusform><numerusform>%n without alt text</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/archive.py" line="367" />
        <source>%n missing consent</source>
        <translation><numerusform>%n missing consent</numerusform><numerusform>%n missing consent</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/archive.py" line="746" />
        <source>%n post(s) exported</source>
        <translation><numerusform>%n post exported</numerusform><numerusform>%n posts exported</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/archive.py" line="748" />
        <source>%n media file(s) copied</source>
        <translation><numerusform>%n media file copied</numerusform><numerusform>%n media files copied</numerusform></translation>
    </message>
</context>
<context>
    <name>BackupPanel</name>
    <message numerus="yes">
        <location filename="../app/ui/pages/backup_panel.py" line="103" />
        <source>Bayan keeps the newest %n backup(s).</source>
        <translation><numerusform>Bayan keeps the newest %n backup.</numerusform><numerusform>Bayan keeps the newest %n backups.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/backup_panel.py" line="173" />
        <source>Exported to %1: the database and %n media file(s). Account passwords and two-factor secrets are not in it: they stay in this computer's keyring; enter them again on the other computer, or move them with the keyring's own tools.</source>
        <translation><numerusform>Exported to %1: the database and %n media file. Account passwords and two-factor secrets are not in it: they stay in this computer's keyring; enter them again on the other computer, or move them with the keyring's own tools.</numerusform><numerusform>Exported to %1: the database and %n media files. Account passwords and two-factor secrets are not in it: they stay in this computer's keyring; enter them again on the other computer, or move them with the keyring's own tools.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/backup_panel.py" line="202" />
        <source>Imported into %1: the database and %n media file(s), all checked. To open it, start Bayan with %2. Account passwords and two-factor secrets are not in an export: enter them again, or move them with the keyring's own tools.</source>
        <translation><numerusform>Imported into %1: the database and %n media file, all checked. To open it, start Bayan with %2. Account passwords and two-factor secrets are not in an export: enter them again, or move them with the keyring's own tools.</numerusform><numerusform>Imported into %1: the database and %n media files, all checked. To open it, start Bayan with %2. Account passwords and two-factor secrets are not in an export: enter them again, or move them with the keyring's own tools.</numerusform></translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message numerus="yes">
        <location filename="../app/ui/daily_backup.py" line="89" />
        <source>The database was restored, but %n media file(s) it lists are missing or damaged in the workspace's media folder. A backup holds the database only: copy these files back from another copy, or restore a workspace export (.zip) that has them.</source>
        <translation><numerusform>The database was restored, but %n media file it lists are missing or damaged in the workspace's media folder. A backup holds the database only: copy these files back from another copy, or restore a workspace export (.zip) that has them.</numerusform><numerusform>The database was restored, but %n media files it lists are missing or damaged in the workspace's media folder. A backup holds the database only: copy these files back from another copy, or restore a workspace export (.zip) that has them.</numerusform></translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message numerus="yes">
        <location filename="../app/ui/pages/calendar.py" line="311" />
        <source>%Ln post(s)</source>
        <translation><numerusform>%Ln post</numerusform><numerusform>%Ln posts</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/calendar.py" line="426" />
        <source>%Ln post(s) shown</source>
        <translation><numerusform>%Ln post shown</numerusform><numerusform>%Ln posts shown</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/calendar.py" line="620" />
        <source>%Ln post(s) exported to %1.</source>
        <translation><numerusform>%Ln post exported to %1.</numerusform><numerusform>%Ln posts exported to %1.</numerusform></translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message numerus="yes">
        <location filename="../app/ui/approvals/panel.py" line="399" />
        <source>At least %n characters.</source>
        <translation><numerusform>At least %n characters.</numerusform><numerusform>At least %n characters.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/approvals/panel.py" line="415" />
        <source>The new passphrase needs at least %n characters.</source>
        <translation><numerusform>The new passphrase needs at least %n characters.</numerusform><numerusform>The new passphrase needs at least %n characters.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/approvals/panel.py" line="444" />
        <source>%n attempt(s) left before this approver is locked for 15 minutes.</source>
        <translation><numerusform>%n attempt left before this approver is locked for 15 minutes.</numerusform><numerusform>%n attempts left before this approver is locked for 15 minutes.</numerusform></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message numerus="yes">
        <location filename="../app/ui/pages/dashboard.py" line="411" />
        <source>and %n more on the Accounts page</source>
        <translation><numerusform>and %n more on the Accounts page</numerusform><numerusform>and %n more on the Accounts page</numerusform></translation>
    </message>
</context>
<context>
    <name>DayGrid</name>
    <message numerus="yes">
        <location filename="../app/ui/calendar/day_grid.py" line="189" />
        <source>+%Ln more</source>
        <translation><numerusform>+%Ln more</numerusform><numerusform>+%Ln more</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/calendar/day_grid.py" line="658" />
        <source>%Ln post(s): %1</source>
        <translation><numerusform>%Ln post: %1</numerusform><numerusform>%Ln posts: %1</numerusform></translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message numerus="yes">
        <location filename="../app/ui/archive/detail.py" line="666" />
        <source>%n post(s) using it went back to draft: their approval covered the old alt text.</source>
        <translation><numerusform>%n post using it went back to draft: their approval covered the old alt text.</numerusform><numerusform>%n posts using it went back to draft: their approval covered the old alt text.</numerusform></translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message numerus="yes">
        <location filename="../app/ui/approvals/enrol.py" line="241" />
        <source>At least %n characters. Bayan cannot recover a forgotten passphrase: the approver would be enrolled again.</source>
        <translation><numerusform>At least %n characters. Bayan cannot recover a forgotten passphrase: the approver would be enrolled again.</numerusform><numerusform>At least %n characters. Bayan cannot recover a forgotten passphrase: the approver would be enrolled again.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/approvals/enrol.py" line="297" />
        <source>The passphrase needs at least %n characters.</source>
        <translation><numerusform>The passphrase needs at least %n characters.</numerusform><numerusform>The passphrase needs at least %n characters.</numerusform></translation>
    </message>
</context>
<context>
    <name>InquiriesPage</name>
    <message numerus="yes">
        <location filename="../app/ui/pages/inquiries.py" line="588" />
        <source>%Ln inquiry(ies) shown</source>
        <translation><numerusform>%Ln inquiry shown</numerusform><numerusform>%Ln inquiries shown</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/inquiries.py" line="590" />
        <source>%Ln overdue (past the first-response target)</source>
        <translation><numerusform>%Ln overdue (past the first-response target)</numerusform><numerusform>%Ln overdue (past the first-response target)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/inquiries.py" line="762" />
        <source>%Ln inquiry(ies) exported to %1, with names and contacts.</source>
        <translation><numerusform>%Ln inquiry exported to %1, with names and contacts.</numerusform><numerusform>%Ln inquiries exported to %1, with names and contacts.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/inquiries.py" line="764" />
        <source>%Ln inquiry(ies) exported to %1, without personal data.</source>
        <translation><numerusform>%Ln inquiry exported to %1, without personal data.</numerusform><numerusform>%Ln inquiries exported to %1, without personal data.</numerusform></translation>
    </message>
</context>
<context>
    <name>MetricsPage</name>
    <message numerus="yes">
        <location filename="../app/ui/pages/metrics.py" line="508" />
        <source>Lifetime figures of %Ln post(s) stored.</source>
        <translation><numerusform>Lifetime figures of %Ln post stored.</numerusform><numerusform>Lifetime figures of %Ln posts stored.</numerusform></translation>
    </message>
</context>
<context>
    <name>MixPanel</name>
    <message numerus="yes">
        <location filename="../app/ui/pages/dashboard_performance.py" line="255" />
        <source>%1: %2 % of published (%n post(s)), no planned share</source>
        <translation><numerusform>%1: %2 % of published (%n post), no planned share</numerusform><numerusform>%1: %2 % of published (%n posts), no planned share</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/dashboard_performance.py" line="257" />
        <source>%1: %2 % of published (%n post(s)), planned %3 %</source>
        <translation><numerusform>%1: %2 % of published (%n post), planned %3 %</numerusform><numerusform>%1: %2 % of published (%n posts), planned %3 %</numerusform></translation>
    </message>
</context>
<context>
    <name>PersonRequestDialog</name>
    <message numerus="yes">
        <location filename="../app/ui/inquiries/person.py" line="136" />
        <source>Type at least %n character(s) of the name or contact.</source>
        <translation><numerusform>Type at least %n character of the name or contact.</numerusform><numerusform>Type at least %n characters of the name or contact.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/inquiries/person.py" line="192" />
        <source>Inquiries found: %n. Untick any that belong to someone else.</source>
        <translation><numerusform>Inquiries found: %n. Untick any that belong to someone else.</numerusform><numerusform>Inquiries found: %n. Untick any that belong to someone else.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/inquiries/person.py" line="263" />
        <source>Inquiries exported: %n, to %1.</source>
        <translation><numerusform>Inquiries exported: %n, to %1.</numerusform><numerusform>Inquiries exported: %n, to %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/inquiries/person.py" line="281" />
        <source>Erase for good the personal data in the ticked inquiries (%n)? The name, contact, subject, text, internal notes and responses are removed; this cannot be undone. The times, channel, kind and state stay, for the statistics.</source>
        <translation><numerusform>Erase for good the personal data in the ticked inquiries (%n)? The name, contact, subject, text, internal notes and responses are removed; this cannot be undone. The times, channel, kind and state stay, for the statistics.</numerusform><numerusform>Erase for good the personal data in the ticked inquiries (%n)? The name, contact, subject, text, internal notes and responses are removed; this cannot be undone. The times, channel, kind and state stay, for the statistics.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/inquiries/person.py" line="300" />
        <source>Inquiries erased: %n. Their times, channel and kind remain for the statistics.</source>
        <translation><numerusform>Inquiries erased: %n. Their times, channel and kind remain for the statistics.</numerusform><numerusform>Inquiries erased: %n. Their times, channel and kind remain for the statistics.</numerusform></translation>
    </message>
</context>
<context>
    <name>PostEditor</name>
    <message numerus="yes">
        <location filename="../app/ui/editor/window.py" line="927" />
        <source>%n other post(s) using this item went back to draft: their approval covered the old alt text.</source>
        <translation><numerusform>%n other post using this item went back to draft: their approval covered the old alt text.</numerusform><numerusform>%n other posts using this item went back to draft: their approval covered the old alt text.</numerusform></translation>
    </message>
</context>
<context>
    <name>PostsPage</name>
    <message numerus="yes">
        <location filename="../app/ui/pages/posts.py" line="378" />
        <source>Showing %1 of %Ln post(s); scroll down for more.</source>
        <translation><numerusform>Showing %1 of %Ln post; scroll down for more.</numerusform><numerusform>Showing %1 of %Ln posts; scroll down for more.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/posts.py" line="381" />
        <source>%Ln post(s).</source>
        <translation><numerusform>%Ln post.</numerusform><numerusform>%Ln posts.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/posts.py" line="564" />
        <source>%Ln post(s) exported to %1.</source>
        <translation><numerusform>%Ln post exported to %1.</numerusform><numerusform>%Ln posts exported to %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/posts.py" line="594" />
        <source>%Ln post(s) imported.</source>
        <translation><numerusform>%Ln post imported.</numerusform><numerusform>%Ln posts imported.</numerusform></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message numerus="yes">
        <location filename="../app/ui/report_dialog.py" line="362" />
        <source>%n page(s) sent to the printer.</source>
        <translation><numerusform>%n page sent to the printer.</numerusform><numerusform>%n pages sent to the printer.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/report_dialog.py" line="378" />
        <source>The report is ready: %Ln page(s). Save it, open it or print it.</source>
        <translation><numerusform>The report is ready: %Ln page. Save it, open it or print it.</numerusform><numerusform>The report is ready: %Ln pages. Save it, open it or print it.</numerusform></translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message numerus="yes">
        <location filename="../app/ui/inquiries/retention.py" line="191" />
        <source>Inquiries to anonymise: %n.</source>
        <translation><numerusform>Inquiries to anonymise: %n.</numerusform><numerusform>Inquiries to anonymise: %n.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/inquiries/retention.py" line="203" />
        <source>Names and contacts of inquirers are kept for %n month(s) (Settings → Inquiries). These inquiries had their last activity (receipt, response or resolution) before %1; anonymising removes the inquirer's name and contact from them, and wherever the name or contact appears in their texts.</source>
        <translation><numerusform>Names and contacts of inquirers are kept for %n month (Settings → Inquiries). These inquiries had their last activity (receipt, response or resolution) before %1; anonymising removes the inquirer's name and contact from them, and wherever the name or contact appears in their texts.</numerusform><numerusform>Names and contacts of inquirers are kept for %n months (Settings → Inquiries). These inquiries had their last activity (receipt, response or resolution) before %1; anonymising removes the inquirer's name and contact from them, and wherever the name or contact appears in their texts.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/inquiries/retention.py" line="219" />
        <source>Remove for good the names and contacts in these inquiries (%n)? This cannot be undone. Their statistics remain: times, channel, kind and state are kept.</source>
        <translation><numerusform>Remove for good the names and contacts in these inquiries (%n)? This cannot be undone. Their statistics remain: times, channel, kind and state are kept.</numerusform><numerusform>Remove for good the names and contacts in these inquiries (%n)? This cannot be undone. Their statistics remain: times, channel, kind and state are kept.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/inquiries/retention.py" line="234" />
        <source>Inquiries anonymised: %n. Their statistics remain.</source>
        <translation><numerusform>Inquiries anonymised: %n. Their statistics remain.</numerusform><numerusform>Inquiries anonymised: %n. Their statistics remain.</numerusform></translation>
    </message>
</context>
</TS>