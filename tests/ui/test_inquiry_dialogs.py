"""The inquiry log's settings and personal-data dialogs (issue 6): the Settings panel (targets,
working week, holidays, retention), anonymising past the retention period, a person's export and
erasure, and the saved replies with their placeholders. Confirmations and the file chooser are
methods replaced here; everything else is clicked and typed."""

from __future__ import annotations

import datetime as dt
import json

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QApplication, QWidget

from app.core import inquiries as rules
from app.core.office_hours import OfficeWeek
from app.services.inquiries import InquiryFields
from app.ui.inquiries.person import PersonRequestDialog
from app.ui.inquiries.replies import SavedRepliesDialog
from app.ui.inquiries.retention import RetentionDialog
from app.ui.inquiries.settings_panel import InquirySettingsPanel, locale_week
from app.ui.pages.settings import SettingsPage
from tests.ui.editor_helpers import type_text

pytest_plugins = ["tests.ui.editor_fixtures"]  # the context fixture

NAME = "Rana Haddad"
CONTACT = "rana.haddad@example.org"
OTHER_NAME = "سامي النجار"
OTHER_CONTACT = "+962 79 555 1234"


# --- helpers -------------------------------------------------------------------------------


def click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    assert button.isEnabled() and button.isVisible(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def add_inquiry(  # type: ignore[no-untyped-def]
    context,
    days_ago: float,
    name: str | None = NAME,
    contact: str | None = CONTACT,
    kind: str = "complaint",
    channel: str = "email",
    answer: bool = True,
):
    service = context.inquiries()
    received = now() - dt.timedelta(days=days_ago)
    info = service.create(
        InquiryFields(
            channel=channel,
            kind=kind,
            subject="Polling station access",
            text=f"I am {name or 'someone'} and the ramp at my polling station is closed.",
            language="en",
            inquirer_name=name,
            inquirer_contact=contact,
            received_at=received,
        )
    )
    if answer:
        info = service.respond(
            info.id,
            "Thank you, we have told the station.",
            channel,
            received + dt.timedelta(hours=3),
        )
    return info


def show(qtbot, widget: QWidget) -> QWidget:  # type: ignore[no-untyped-def]
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()  # keyboard focus needs the active window
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def tab_through(qtbot, start: QWidget, presses: int) -> list[QWidget]:  # type: ignore[no-untyped-def]
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    seen = [QApplication.focusWidget()]
    for _ in range(presses):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    return seen


def cell_texts(model) -> list[str]:  # type: ignore[no-untyped-def]
    return [
        str(model.data(model.index(row, column)))
        for row in range(model.rowCount())
        for column in range(model.columnCount())
    ]


# --- the Settings panel --------------------------------------------------------------------


def test_settings_round_trip(context, qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = show(qtbot, InquirySettingsPanel(context, None))
    service = context.inquiries()
    # What is stored is shown: the defaults of a new workspace.
    assert panel.target_spins["complaint"].value() == 48
    assert panel.target_spins["media_request"].value() == 4
    assert panel.workdays() == sorted(OfficeWeek().workdays)
    assert panel.retention_spin.value() == 12

    panel.target_spins["complaint"].setValue(36)
    panel.target_spins["media_request"].setValue(2.5)
    panel.day_checks[6].setChecked(False)  # Sunday off
    panel.day_checks[5].setChecked(True)  # Saturday on
    panel.start_edit.setTime(QTime(9, 0))
    panel.end_edit.setTime(QTime(16, 30))
    panel.retention_spin.setValue(18)
    with qtbot.waitSignal(panel.changed):
        click(qtbot, panel.save_button)
    assert "saved" in panel.message.text()

    targets = service.targets()
    assert targets["complaint"] == dt.timedelta(hours=36)
    assert targets["media_request"] == dt.timedelta(hours=2.5)
    assert targets["inquiry"] == dt.timedelta(hours=24)
    assert service.office_week() == OfficeWeek(
        frozenset({5, 0, 1, 2, 3}), dt.time(9, 0), dt.time(16, 30)
    )
    assert service.retention_months() == 18

    # A panel opened afterwards reads the same values back.
    again = show(qtbot, InquirySettingsPanel(context, None))
    assert again.target_values() == panel.target_values()
    assert again.workdays() == [0, 1, 2, 3, 5]
    assert (again.opening(), again.closing()) == (dt.time(9, 0), dt.time(16, 30))
    assert again.retention_spin.value() == 18

    # Defaults go into the form and are stored only with Save.
    again.restore_defaults()
    assert again.target_spins["complaint"].value() == 48
    assert service.targets()["complaint"] == dt.timedelta(hours=36)


def test_days_follow_the_locale_order(context, qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = show(qtbot, InquirySettingsPanel(context, None))
    order = locale_week()
    assert order[0] == 0  # en_GB: the week starts on Monday
    grid = panel.days_grid
    first = grid.itemAtPosition(0, 0).widget()
    assert first is panel.day_checks[0] and first.text() == "Monday"
    assert sorted(order) == list(range(7))


def test_an_invalid_week_is_refused_and_nothing_stored(context, qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = show(qtbot, InquirySettingsPanel(context, None))
    service = context.inquiries()
    panel.target_spins["complaint"].setValue(10)
    panel.retention_spin.setValue(6)
    panel.start_edit.setTime(QTime(15, 0))
    panel.end_edit.setTime(QTime(8, 0))
    with qtbot.assertNotEmitted(panel.changed):
        click(qtbot, panel.save_button)
    text = panel.message.text()
    assert "closing time" in text and "08:00" in text and "15:00" in text
    assert "Nothing was saved" in text
    # Nothing stored: not the targets or the retention period either.
    assert service.targets()["complaint"] == dt.timedelta(hours=48)
    assert service.office_week() == OfficeWeek()
    assert service.retention_months() == 12

    # No working day at all is refused in words too.
    panel.end_edit.setTime(QTime(16, 0))
    for check in panel.day_checks.values():
        check.setChecked(False)
    assert not panel.save()
    assert "at least one working day" in panel.message.text()
    assert service.office_week() == OfficeWeek()

    # A value the spin boxes cannot hold is out of reach: they keep to the service's range.
    panel.target_spins["inquiry"].setValue(100_000)
    assert panel.target_spins["inquiry"].value() == rules.MAX_TARGET_HOURS


def test_holidays_added_renamed_and_removed(context, qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = show(qtbot, InquirySettingsPanel(context, None))
    service = context.inquiries()
    assert panel.holiday_table.rowCount() == 0
    assert not panel.remove_holiday_button.isEnabled()

    panel.holiday_date.setDate(QDate(2026, 12, 25))
    click(qtbot, panel.add_holiday_button)  # no name: refused
    assert "name" in panel.holiday_message.text()
    assert service.holidays() == []

    type_text(qtbot, panel.holiday_ar, "عيد الميلاد")
    qtbot.keyClicks(panel.holiday_en, "Christmas Day")
    with qtbot.waitSignal(panel.changed):
        click(qtbot, panel.add_holiday_button)
    stored = service.holidays()
    assert [(h.day, h.name_ar, h.name_en) for h in stored] == [
        (dt.date(2026, 12, 25), "عيد الميلاد", "Christmas Day")
    ]
    assert panel.holiday_table.rowCount() == 1
    assert "25 December 2026" in panel.holiday_table.item(0, 0).text()
    assert panel.holiday_table.item(0, 2).text() == "Christmas Day"
    assert panel.holiday_ar.text() == ""  # ready for the next one

    # The same day again renames it.
    qtbot.keyClicks(panel.holiday_en, "Christmas")
    click(qtbot, panel.add_holiday_button)
    assert "renamed" in panel.holiday_message.text()
    assert service.holidays()[0].name_en == "Christmas"
    assert service.holidays()[0].name_ar == ""

    panel.holiday_table.setCurrentCell(0, 0)
    click(qtbot, panel.remove_holiday_button)
    assert service.holidays() == []
    assert panel.holiday_table.rowCount() == 0
    assert "no longer a holiday" in panel.holiday_message.text()


def test_the_panel_is_a_group_of_settings(context, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = show(qtbot, SettingsPage(context))
    assert page.inquiries_box.title() == "Inquiries"
    assert isinstance(page.inquiries, InquirySettingsPanel)


def test_the_panel_opens_the_personal_data_dialogs(context, qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = show(qtbot, InquirySettingsPanel(context, None))
    opened = []
    panel.run_dialog = lambda dialog: opened.append(type(dialog).__name__) or 0  # type: ignore[method-assign]
    click(qtbot, panel.retention_button)
    click(qtbot, panel.person_button)
    assert opened == ["RetentionDialog", "PersonRequestDialog"]


# --- retention -----------------------------------------------------------------------------


def test_retention_preview_and_anonymise(context, qtbot) -> None:  # type: ignore[no-untyped-def]
    service = context.inquiries()
    old = add_inquiry(context, 500)
    older = add_inquiry(context, 700, OTHER_NAME, OTHER_CONTACT, kind="inquiry", channel="phone")
    add_inquiry(context, 600, None, None)  # nothing personal to remove
    recent = add_inquiry(context, 20)
    start, end = now() - dt.timedelta(days=800), now() - dt.timedelta(days=1)
    before = service.figures(start, end)

    dialog = show(qtbot, RetentionDialog(context, None))
    assert [row.id for row in dialog.rows] == [older.id, old.id]  # oldest first
    assert dialog.count_label.text() == "Inquiries to anonymise: 2."
    assert "12 months" in dialog.intro.text()
    texts = cell_texts(dialog.model)
    assert "Complaint" in texts and "Phone" in texts and str(old.id) in texts
    for secret in (NAME, CONTACT, OTHER_NAME, OTHER_CONTACT, "Rana", "555"):
        assert not any(secret in text for text in texts), secret

    # Cancelled: nothing happens.
    asked: list[str] = []
    dialog.confirm = lambda title, text: asked.append(text) or False  # type: ignore[method-assign]
    click(qtbot, dialog.anonymise_button)
    assert service.get(old.id).inquirer_name == NAME
    assert "cannot be undone" in asked[0] and "statistics remain" in asked[0]
    assert "(2)" in asked[0]

    dialog.confirm = lambda title, text: True  # type: ignore[method-assign]
    click(qtbot, dialog.anonymise_button)
    assert dialog.message.text() == "Inquiries anonymised: 2. Their statistics remain."
    assert dialog.anonymised == 2
    for inquiry_id in (old.id, older.id):
        info = service.get(inquiry_id)
        assert info.inquirer_name is None and info.inquirer_contact is None
        assert info.anonymised_at is not None
        assert NAME not in info.text
    assert service.get(recent.id).inquirer_name == NAME  # within the period: kept
    assert service.find_person(OTHER_CONTACT) == []
    assert [m.id for m in service.find_person(NAME)] == [recent.id]
    assert service.figures(start, end) == before  # the statistics are unchanged

    # The preview is empty now and says so; the button is off.
    assert dialog.rows == []
    assert "Nothing to anonymise" in dialog.count_label.text()
    assert not dialog.anonymise_button.isEnabled()
    assert not dialog.table.isVisible()

    # The audit log has the count and the numbers, not the personal data.
    entries = [e for e in context.audit().entries() if e.action == "inquiry.anonymised"]
    assert len(entries) == 1 and entries[0].details["count"] == 2
    assert NAME not in json.dumps(entries[0].details, ensure_ascii=False)


def test_retention_follows_the_setting(context, qtbot) -> None:  # type: ignore[no-untyped-def]
    add_inquiry(context, 100)
    service = context.inquiries()
    dialog = show(qtbot, RetentionDialog(context, None))
    assert dialog.rows == []
    service.set_retention_months(2)
    dialog.reload()
    assert len(dialog.rows) == 1
    assert "2 months" in dialog.intro.text()


# --- a person's request --------------------------------------------------------------------


def test_person_search_export_and_erase(context, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    service = context.inquiries()
    first = add_inquiry(context, 40)
    second = add_inquiry(context, 5, kind="request", channel="website")
    namesake = add_inquiry(context, 8, "Rana Khoury", "rana.k@example.com")
    other = add_inquiry(context, 3, OTHER_NAME, OTHER_CONTACT)
    dialog = show(qtbot, PersonRequestDialog(context, None))

    # Too short a search is said in words.
    qtbot.keyClicks(dialog.search_edit, "r")
    click(qtbot, dialog.search_button)
    assert "at least 2 characters" in dialog.message.text()
    assert not dialog.export_button.isEnabled()

    dialog.search_edit.clear()
    qtbot.keyClicks(dialog.search_edit, "rana")
    qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Return)
    assert {m.id for m in dialog.matches} == {first.id, second.id, namesake.id}
    assert dialog.table.rowCount() == 3
    assert "Inquiries found: 3." in dialog.result_label.text()

    # The namesake is someone else: untick it.
    dialog.set_chosen(namesake.id, False)
    assert sorted(dialog.chosen_ids()) == sorted([first.id, second.id])

    path = dialog.export(tmp_path / "request")
    assert path == tmp_path / "request.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "bayan-person-export" and data["count"] == 2
    assert {r["id"] for r in data["inquiries"]} == {first.id, second.id}
    assert {r["inquirer_name"] for r in data["inquiries"]} == {NAME}
    assert all(r["responses"] for r in data["inquiries"])
    assert "Inquiries exported: 2, to" in dialog.message.text()
    assert dialog.exported == 2

    # The file chooser's answer is used when no path is given; cancelling it does nothing.
    dialog.choose_export_path = lambda: ""  # type: ignore[method-assign]
    assert dialog.export() is None
    chosen = tmp_path / "chosen.json"
    dialog.choose_export_path = lambda: str(chosen)  # type: ignore[method-assign]
    click(qtbot, dialog.export_button)
    assert json.loads(chosen.read_text(encoding="utf-8"))["count"] == 2

    asked: list[str] = []
    dialog.confirm = lambda title, text: asked.append(text) or True  # type: ignore[method-assign]
    click(qtbot, dialog.erase_button)
    assert "cannot be undone" in asked[0]
    assert "times, channel, kind and state stay" in asked[0]
    assert dialog.erased == 2
    assert "Inquiries erased: 2." in dialog.message.text()
    for original in (first, second):
        info = service.get(original.id)
        assert info.inquirer_name is None and info.inquirer_contact is None
        assert info.erased and NAME not in info.text
        # What the statistics need stays.
        assert (info.received_at, info.channel, info.kind, info.first_response_at) == (
            original.received_at,
            original.channel,
            original.kind,
            original.first_response_at,
        )
    assert service.get(namesake.id).inquirer_name == "Rana Khoury"
    assert service.get(other.id).inquirer_contact == OTHER_CONTACT
    # The list is searched again: only the namesake is left.
    assert [m.id for m in dialog.matches] == [namesake.id]

    # Audited: the actions and the numbers, never the person.
    entries = [
        e
        for e in context.audit().entries()
        if e.action in ("inquiry.person_exported", "inquiry.person_erased")
    ]
    assert [e.action for e in entries] == [
        "inquiry.person_exported",
        "inquiry.person_exported",
        "inquiry.person_erased",
    ]
    for entry in entries:
        details = json.dumps(entry.details, ensure_ascii=False)
        assert NAME not in details and CONTACT not in details and "rana" not in details.lower()


def test_person_found_by_phone_number_and_nothing_found(context, qtbot) -> None:  # type: ignore[no-untyped-def]
    other = add_inquiry(context, 3, OTHER_NAME, OTHER_CONTACT)
    dialog = show(qtbot, PersonRequestDialog(context, None))
    dialog.search_edit.setText("0795551234")
    assert dialog.search() == 1
    assert dialog.matches[0].id == other.id
    assert dialog.table.item(0, 4).text() == OTHER_NAME
    dialog.search_edit.setText("nobody at all")
    assert dialog.search() == 0
    assert "No inquiry holds" in dialog.result_label.text()
    assert not dialog.erase_button.isEnabled() and not dialog.export_button.isEnabled()


# --- saved replies -------------------------------------------------------------------------


def test_saved_reply_with_an_unknown_placeholder_is_refused_then_saved(context, qtbot) -> None:  # type: ignore[no-untyped-def]
    service = context.inquiries()
    dialog = show(qtbot, SavedRepliesDialog(context, None))
    assert dialog.current_id is None and dialog.heading.text() == "New saved reply"
    for name in ("{name}", "{subject}", "{date}"):
        assert name in dialog.placeholders.text()

    qtbot.keyClicks(dialog.title_edit, "Thanks for writing")
    type_text(qtbot, dialog.body_ar, "شكرا {name} على رسالتك بشأن {subject}.")
    qtbot.keyClicks(dialog.body_en, "Dear {nmae}, thank you for writing on {date}.")
    click(qtbot, dialog.save_button)
    text = dialog.message.text()
    assert "{nmae}" in text and "Nothing was saved" in text
    assert "{name}, {subject}, {date}" in text
    assert service.saved_replies() == []
    # The cursor is on the unknown placeholder.
    assert dialog.body_en.hasFocus()
    assert dialog.body_en.textCursor().selectedText() == "{nmae}"

    dialog.body_en.setPlainText("Dear {name}, thank you for writing on {date}.")
    click(qtbot, dialog.save_button)
    replies = service.saved_replies()
    assert [(r.title, r.body_en) for r in replies] == [
        ("Thanks for writing", "Dear {name}, thank you for writing on {date}.")
    ]
    assert replies[0].body_ar == "شكرا {name} على رسالتك بشأن {subject}."
    assert dialog.list.count() == 1 and dialog.list.currentRow() == 0
    assert dialog.current_id == replies[0].id
    assert "saved" in dialog.message.text()

    # Edited and saved again, with Enter in the title: the same reply changes.
    dialog.title_edit.setText("Thank you")
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)
    assert [r.title for r in service.saved_replies()] == ["Thank you"]

    # A lone brace is pointed at too.
    dialog.body_ar.setPlainText("شكرا {name")
    click(qtbot, dialog.save_button)
    assert "Arabic text (character 6)" in dialog.message.text()
    assert service.saved_replies()[0].body_ar == "شكرا {name} على رسالتك بشأن {subject}."

    # No text in either language; no title.
    dialog.body_ar.setPlainText("")
    dialog.body_en.setPlainText("")
    click(qtbot, dialog.save_button)
    assert "Arabic text, the English text, or both" in dialog.message.text()
    dialog.title_edit.clear()
    click(qtbot, dialog.save_button)
    assert "title" in dialog.message.text()
    dialog.confirm = lambda title, text: True  # type: ignore[method-assign]
    dialog.reject()  # unsaved changes: asked, then discarded


def test_saved_replies_listed_switched_and_deleted(context, qtbot) -> None:  # type: ignore[no-untyped-def]
    service = context.inquiries()
    first = service.create_reply("Acknowledgement", "وصلتنا رسالتك.", "We have your message.")
    second = service.create_reply("Closing", "", "We consider this resolved, {name}.")
    dialog = show(qtbot, SavedRepliesDialog(context, None))
    assert [dialog.list.item(i).text() for i in range(2)] == ["Acknowledgement", "Closing"]
    assert dialog.current_id == first.id
    assert dialog.body_ar.toPlainText() == "وصلتنا رسالتك."
    assert dialog.body_ar.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert dialog.body_en.layoutDirection() == Qt.LayoutDirection.LeftToRight

    # Unsaved changes are not dropped without asking.
    qtbot.keyClicks(dialog.title_edit, " (edited)")
    dialog.confirm = lambda title, text: False  # type: ignore[method-assign]
    dialog.list.setCurrentRow(1)
    assert dialog.current_id == first.id and dialog.list.currentRow() == 0
    dialog.confirm = lambda title, text: True  # type: ignore[method-assign]
    dialog.list.setCurrentRow(1)
    assert dialog.current_id == second.id
    assert dialog.body_en.toPlainText() == "We consider this resolved, {name}."
    assert service.saved_reply(first.id).title == "Acknowledgement"

    asked: list[str] = []
    dialog.confirm = lambda title, text: asked.append(text) or True  # type: ignore[method-assign]
    with qtbot.waitSignal(dialog.changed):
        click(qtbot, dialog.delete_button)
    assert "Closing" in asked[0]
    assert [r.id for r in service.saved_replies()] == [first.id]
    assert dialog.list.count() == 1 and dialog.current_id == first.id

    click(qtbot, dialog.new_button)
    assert dialog.current_id is None and dialog.title_edit.text() == ""
    assert not dialog.delete_button.isEnabled()


# --- keyboard ------------------------------------------------------------------------------


def _assert_reached(seen: list[QWidget], controls: list[QWidget]) -> None:
    for control in controls:
        assert control in seen, control.objectName() or control.accessibleName() or control


def test_tab_reaches_every_control(context, qtbot) -> None:  # type: ignore[no-untyped-def]
    context.inquiries().set_holiday(dt.date(2026, 12, 25), "عيد الميلاد", "Christmas Day")
    add_inquiry(context, 500)
    add_inquiry(context, 3, OTHER_NAME, OTHER_CONTACT)

    panel = show(qtbot, InquirySettingsPanel(context, None))
    controls = [
        *panel.target_spins.values(),
        *panel.day_checks.values(),
        panel.start_edit,
        panel.end_edit,
        panel.retention_spin,
        panel.retention_button,
        panel.person_button,
        panel.defaults_button,
        panel.save_button,
        panel.holiday_table,
        panel.remove_holiday_button,
        panel.holiday_date,
        panel.holiday_ar,
        panel.holiday_en,
        panel.add_holiday_button,
    ]
    seen = tab_through(qtbot, panel.target_spins["inquiry"], len(controls) + 6)
    _assert_reached(seen, controls)
    # The days in the order they are shown.
    days = [seen.index(panel.day_checks[d]) for d in locale_week()]
    assert days == sorted(days)
    for control in controls:
        if not hasattr(control, "text") or not control.text():  # type: ignore[attr-defined]
            assert control.accessibleName(), control.objectName()

    retention = show(qtbot, RetentionDialog(context, None))
    seen = tab_through(qtbot, retention.table, 5)
    _assert_reached(seen, [retention.table, retention.anonymise_button, retention.close_button])

    person = show(qtbot, PersonRequestDialog(context, None))
    person.search_edit.setText(OTHER_NAME)
    person.search()
    seen = tab_through(qtbot, person.search_edit, 8)
    _assert_reached(
        seen,
        [
            person.search_edit,
            person.search_button,
            person.table,
            person.export_button,
            person.erase_button,
            person.close_button,
        ],
    )

    context.inquiries().create_reply("Acknowledgement", "وصلتنا رسالتك.", "We have it.")
    replies = show(qtbot, SavedRepliesDialog(context, None))
    seen = tab_through(qtbot, replies.list, 10)
    _assert_reached(
        seen,
        [
            replies.list,
            replies.new_button,
            replies.delete_button,
            replies.title_edit,
            replies.body_ar,
            replies.body_en,
            replies.save_button,
            replies.close_button,
        ],
    )
    # Tab leaves the texts rather than typing a tab into them.
    assert "\t" not in replies.body_ar.toPlainText() + replies.body_en.toPlainText()


def test_shown_in_arabic(context, qtbot) -> None:  # type: ignore[no-untyped-def]
    context.languages.apply("ar")
    add_inquiry(context, 500)
    panel = show(qtbot, InquirySettingsPanel(context, None))
    assert panel.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert locale_week()[0] == 5  # Jordan: the week starts on Saturday
    assert panel.days_grid.itemAtPosition(0, 0).widget() is panel.day_checks[5]
    # Hours first: a right-to-left time edit would have reversed its sections (00:08).
    assert panel.start_edit.text() == "٠٨:٠٠"
    dialog = show(qtbot, RetentionDialog(context, None))
    assert len(dialog.rows) == 1
    assert dialog.table.model().data(dialog.table.model().index(0, 2)) == (
        QApplication.translate("Labels", "Complaint")
    )


def test_the_holiday_date_reads_day_month_year_in_arabic(context, qtbot) -> None:  # type: ignore[no-untyped-def]
    context.languages.apply("ar")
    panel = show(qtbot, InquirySettingsPanel(context, None))
    panel.holiday_date.setDate(QDate(2026, 12, 25))
    # A right-to-left date field parses its format back to front: the year would come first.
    sections = [panel.holiday_date.sectionAt(i) for i in range(3)]
    assert sections[0] == panel.holiday_date.Section.DaySection
    assert sections[2] == panel.holiday_date.Section.YearSection
