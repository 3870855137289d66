"""The inquiry page and the inquiry dialog on the demo workspace (issue 6), on a fixed clock.

The demo's "today" is Tuesday 24 November 2026; the workspace is in Asia/Amman (UTC+3), its
office open Sunday to Thursday, 08:00-15:00, with no holiday that week.
"""

from __future__ import annotations

import csv
import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimeZone
from PySide6.QtWidgets import QApplication, QDialog

from app.core.inquiries import OPEN_STATUSES
from app.ui.inquiries.dialog import InquiryDialog
from app.ui.pages.inquiries import COLUMNS, OVERDUE_ROLE, InquiriesPage

AMMAN = ZoneInfo("Asia/Amman")


def amman(day: int, hour: int, minute: int = 0) -> dt.datetime:
    """A moment of November 2026 on Amman's wall clock."""
    return dt.datetime(2026, 11, day, hour, minute, tzinfo=AMMAN)


class Clock:
    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now.astimezone(dt.UTC)


@pytest.fixture
def clock() -> Clock:
    return Clock(amman(24, 9))


@pytest.fixture
def window(launch, demo_workspace, clock):  # type: ignore[no-untyped-def]
    window = launch(demo_workspace.root, "en")
    window.context.clock = clock
    return window


@pytest.fixture
def page(window, qtbot) -> InquiriesPage:  # type: ignore[no-untyped-def]
    window.resize(1200, 760)
    window.show()
    qtbot.waitExposed(window)
    window.navigation.setCurrentRow(window.page_factories.index(window._make_inquiries))
    page = window.inquiries
    assert window.stack.currentWidget() is page
    page.opened = []  # dialogs the page showed, in order
    page.answers = []  # what run_dialog returns, in order (Accepted when empty)

    def run_dialog(dialog: QDialog) -> int:
        page.opened.append(dialog)
        return page.answers.pop(0) if page.answers else int(QDialog.DialogCode.Accepted)

    page.run_dialog = run_dialog
    return page


def _set_wall(edit, moment: dt.datetime) -> None:  # type: ignore[no-untyped-def]
    local = moment.astimezone(AMMAN)
    edit.setDateTime(
        QDateTime(
            QDate(local.year, local.month, local.day),
            QTime(local.hour, local.minute),
            QTimeZone.utc(),
        )
    )


def _row(page: InquiriesPage, inquiry_id: int) -> int:
    row = page.row_of(inquiry_id)
    assert row is not None, f"inquiry {inquiry_id} is not in the queue"
    return row


def _cell(page: InquiriesPage, row: int, name: str, role=Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
    return page.model.index(row, COLUMNS.index(name)).data(role)


# --- the acceptance test ---------------------------------------------------------------------


def test_log_answer_with_a_saved_reply_and_resolve(page, clock, qtbot) -> None:  # type: ignore[no-untyped-def]
    service = page.context.inquiries()
    reply = service.create_reply(
        "Bus pass",
        body_ar="",
        body_en="Hello {name}, about “{subject}” (received {date}): it is renewed.",
    )

    # Logged on Tuesday 09:00, as received on Monday 14:00.
    dialog = InquiryDialog(page.context, None, page)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert QApplication.focusWidget() is dialog.channel_combo  # the first thing to choose
    assert not dialog.responses_box.isVisible()  # the form alone until it is logged
    dialog._choose(dialog.channel_combo, "email")
    dialog._choose(dialog.kind_combo, "complaint")
    dialog._choose(dialog.language_combo, "en")
    qtbot.keyClicks(dialog.subject_edit, "Bus pass renewal")
    dialog.text_edit.setPlainText("My bus pass renewal has not arrived.")
    dialog.name_edit.setText("Hana Test")
    dialog.contact_edit.setText("hana@example.org")
    _set_wall(dialog.received_edit, amman(23, 14))
    dialog.subject_edit.setFocus()
    qtbot.keyClick(dialog.subject_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.inquiry_id is not None, dialog.form_message.text()
    inquiry_id = dialog.inquiry_id
    info = service.get(inquiry_id)
    assert info.received_at == amman(23, 14).astimezone(dt.UTC)
    assert (info.channel, info.kind, info.status) == ("email", "complaint", "new")
    assert info.inquirer_name == "Hana Test"
    assert dialog.form_message.text() == f"Inquiry {inquiry_id} logged."
    assert dialog.state_label.text() == "State: New"
    assert dialog.responses_box.isVisibleTo(dialog)
    # Monday 14:00-15:00 and Tuesday 08:00-09:00: 2 office hours of 48 gone.
    assert dialog.verdict.text() == "46 h left (office hours)"

    # Answered on Tuesday at 10:30 with the saved reply.
    clock.now = amman(24, 10, 30)
    assert dialog.insert_saved_reply(reply.id)
    assert dialog.response_edit.toPlainText() == (
        "Hello Hana Test, about “Bus pass renewal” (received 23 November 2026): it is renewed."
    )
    dialog._choose(dialog.response_channel, "email")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    info = service.get(inquiry_id)
    assert info.status == "answered"
    assert info.first_response_at == clock()
    assert [r.text for r in info.responses] == [
        "Hello Hana Test, about “Bus pass renewal” (received 23 November 2026): it is renewed."
    ]
    assert dialog.responses.rowCount() == 1
    assert dialog.responses.item(0, 2).text().startswith("Hello Hana Test")
    # Office hours: Monday 14:00-15:00 and Tuesday 08:00-10:30; calendar: 20 h 30 min.
    assert info.office_response == dt.timedelta(hours=3, minutes=30)
    assert info.calendar_response == dt.timedelta(hours=20, minutes=30)
    assert info.within_target is True
    assert dialog.verdict.text() == "Within target"
    assert "First response after 3 h 30 min in office hours (20 h 30 min in calendar time)" in (
        dialog.timing.text()
    )
    assert "a first response within 48 office hours" in dialog.timing.text()

    # Resolved at 11:00.
    clock.now = amman(24, 11)
    qtbot.mouseClick(dialog.status_buttons["resolved"], Qt.MouseButton.LeftButton)
    info = service.get(inquiry_id)
    assert info.status == "resolved"
    assert info.resolved_at == clock()
    assert dialog.state_label.text() == "State: Resolved"
    assert dialog.verdict.text() == "Within target"  # the verdict stays
    assert not dialog.status_buttons["resolved"].isEnabled()
    assert dialog.status_buttons["reopen"].isEnabled()

    # Resolved: out of the open queue; in it again with every state ticked.
    page.reload()
    assert page.row_of(inquiry_id) is None
    page.states.set_values(frozenset())
    page.reload()
    row = _row(page, inquiry_id)
    assert _cell(page, row, "status") == "Resolved"
    assert _cell(page, row, "time_left") == ""
    assert _cell(page, row, "first_response") == "Tue 24 Nov 2026  10:30"
    assert _cell(page, row, "received_at") == "Mon 23 Nov 2026  14:00"

    # Reopen: answered again, since a response was logged.
    qtbot.mouseClick(dialog.status_buttons["reopen"], Qt.MouseButton.LeftButton)
    assert service.get(inquiry_id).status == "answered"
    assert service.get(inquiry_id).resolved_at is None


def test_a_late_first_response_is_not_within_target(page, clock, qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.services.inquiries import InquiryFields

    service = page.context.inquiries()
    # A media request (4 office hours) received on Monday at 09:00: due Monday 13:00.
    info = service.create(
        InquiryFields(
            channel="phone", kind="media_request", subject="Interview", received_at=amman(23, 9)
        )
    )
    clock.now = amman(24, 9, 15)
    dialog = InquiryDialog(page.context, info.id, page)
    qtbot.addWidget(dialog)
    dialog.response_edit.setPlainText("We can do Thursday.")
    assert dialog.add_response()
    info = service.get(info.id)
    assert info.within_target is False
    # Monday 09:00-15:00 (6 h) and Tuesday 08:00-09:15: 7 h 15 min, 3 h 15 min late.
    assert info.office_response == dt.timedelta(hours=7, minutes=15)
    assert dialog.verdict.text() == "Late: 3 h 15 min past the target (office hours)"
    assert "(1 d" not in dialog.timing.text()
    assert "24 h 15 min in calendar time" in dialog.timing.text()


def test_an_item_past_its_target_shows_as_overdue(page, clock) -> None:  # type: ignore[no-untyped-def]
    from app.services.inquiries import InquiryFields

    service = page.context.inquiries()
    late = service.create(
        InquiryFields(
            channel="x", kind="media_request", subject="Press pass", received_at=amman(23, 9)
        )
    )
    fresh = service.create(
        InquiryFields(
            channel="x", kind="inquiry", subject="Opening hours", received_at=amman(24, 8)
        )
    )
    clock.now = amman(24, 10, 30)
    page.reload()
    # Due Monday 13:00; Monday 13:00-15:00 and Tuesday 08:00-10:30 since: 4 h 30 min.
    row = _row(page, late.id)
    text = _cell(page, row, "time_left")
    assert text == "Overdue by 4 h 30 min"
    assert _cell(page, row, "time_left", Qt.ItemDataRole.DecorationRole) is not None  # the icon
    assert _cell(page, row, "time_left", Qt.ItemDataRole.AccessibleTextRole) == text
    assert _cell(page, row, "time_left", OVERDUE_ROLE) is True
    assert "Deadline Mon 23 Nov 2026  13:00" in _cell(
        page, row, "time_left", Qt.ItemDataRole.ToolTipRole
    )
    # Not overdue: time left in words, no icon.
    row = _row(page, fresh.id)
    assert _cell(page, row, "time_left") == "21 h 30 min left"
    assert _cell(page, row, "time_left", Qt.ItemDataRole.DecorationRole) is None
    assert _cell(page, row, "time_left", OVERDUE_ROLE) is False
    assert _cell(page, row, "first_response") == "Not yet"
    # The queue's order: every overdue row first, the most overdue first.
    flags = [r.overdue for r in page.model.rows]
    assert flags[: flags.count(True)] == [True] * flags.count(True)
    lefts = [r.calendar_left for r in page.model.rows if r.overdue]
    assert lefts == sorted(lefts)
    assert page.model.rows[_row(page, late.id)].overdue
    overdue = sum(flags)
    assert page.note.text().endswith(f"{overdue} overdue (past the first-response target)")
    # The dashboard counts it too, with the word.
    window = page.window()
    window.navigation.setCurrentRow(0)
    assert window.dashboard.card_overdue.value.text() == str(overdue)
    assert window.dashboard.card_overdue.caption.text().startswith("Overdue")


# --- filters and search ----------------------------------------------------------------------


def test_the_queue_opens_on_the_open_inquiries_by_time_left(page) -> None:  # type: ignore[no-untyped-def]
    rows = page.model.rows
    assert rows
    assert {r.status for r in rows} <= OPEN_STATUSES
    assert page.states.text() == "States: open"
    header = page.table.horizontalHeader()
    assert header.sortIndicatorSection() == COLUMNS.index("time_left")
    assert "office hours" in page.model.headers[COLUMNS.index("time_left")]
    expected = page.context.reader.inquiry_queue(None, page.context.clock(), page.context.timezone)
    assert [r.id for r in rows] == [r.id for r in expected]
    # Sorting by another column and back gives the queue's order again.
    page.table.sortByColumn(COLUMNS.index("received_at"), Qt.SortOrder.AscendingOrder)
    received = [r.received_at for r in page.model.rows]
    assert received == sorted(received)
    page.table.sortByColumn(COLUMNS.index("time_left"), Qt.SortOrder.AscendingOrder)
    assert [r.id for r in page.model.rows] == [r.id for r in expected]


def test_filters(page) -> None:  # type: ignore[no-untyped-def]
    open_count = len(page.model.rows)
    page.states.set_values(frozenset())  # any state
    page.reload()
    everything = list(page.model.rows)
    assert len(everything) > open_count
    assert {"resolved", "closed"} <= {r.status for r in everything}

    page.channels.set_values(frozenset({"phone"}))
    page.reload()
    assert page.model.rows
    assert {r.channel for r in page.model.rows} == {"phone"}
    assert page.channels.text() == "Channels: Phone"

    page.channels.set_values(frozenset())
    page.kinds.set_values(frozenset({"complaint", "media_request"}))
    page.reload()
    assert {r.kind for r in page.model.rows} == {"complaint", "media_request"}

    # The period: received on 20 November (Amman) only.
    page.kinds.set_values(frozenset())
    page.from_date.setDate(QDate(2026, 11, 20))
    page.to_date.setDate(QDate(2026, 11, 20))
    page.from_check.setChecked(True)
    page.to_check.setChecked(True)
    chosen = page.model.rows
    expected = [
        r for r in everything if r.received_at.astimezone(AMMAN).date() == dt.date(2026, 11, 20)
    ]
    assert chosen and sorted(r.id for r in chosen) == sorted(r.id for r in expected)

    page.clear_filters()
    assert len(page.model.rows) == open_count
    assert page.states.values() == OPEN_STATUSES
    assert not page.from_check.isChecked()

    page.overdue_check.setChecked(True)  # reloads at once
    assert page.model.rows
    assert all(r.overdue for r in page.model.rows)
    assert len(page.model.rows) == page.context.inquiries().overdue_count()
    page.overdue_check.setChecked(False)
    assert len(page.model.rows) == open_count


def test_search_folds_arabic_spelling(page, qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.services.inquiries import InquiryFields

    service = page.context.inquiries()
    found = service.create(
        InquiryFields(channel="facebook", kind="inquiry", subject="موعد الإنتخابات البلدية")
    )
    other = service.create(
        InquiryFields(channel="facebook", kind="inquiry", subject="Zebra crossing", text="near")
    )
    # Typed: the search runs a moment after the last key.
    qtbot.keyClicks(page.search, "zebra NEAR")
    assert len(page.model.rows) > 1  # not yet
    qtbot.waitUntil(lambda: [r.id for r in page.model.rows] == [other.id], timeout=3000)
    # Enter runs it at once; hamza and ta marbuta spelt otherwise still match.
    page.search.setText("الانتخابات البلديه")
    page.search.returnPressed.emit()
    assert [r.id for r in page.model.rows] == [found.id]
    page.search.setText("no such words anywhere")
    page.reload()
    assert page.model.rows == []
    assert page.note.text() == "0 inquiries shown"


# --- the dialog's other cases ----------------------------------------------------------------


def _store_reply(page, title: str, body_en: str) -> int:  # type: ignore[no-untyped-def]
    """A saved reply as an older version might have stored it (the service refuses it now)."""
    from app.store.models import SavedReply

    with page.context.opened.sessions.begin() as session:
        reply = SavedReply(title=title, body_ar="", body_en=body_en)
        session.add(reply)
        session.flush()
        return int(reply.id)


def test_a_saved_reply_that_cannot_be_filled_is_reported_not_sent(page, qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.services.inquiries import InquiryFields

    service = page.context.inquiries()
    info = service.create(
        InquiryFields(channel="email", kind="inquiry", subject="Hours", language="en")
    )
    unknown = _store_reply(page, "Old template", "Dear {nickname}, see {link}.")
    needs_name = service.create_reply("Greeting", body_en="Hello {name}.").id
    dialog = InquiryDialog(page.context, info.id, page)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.insert_saved_reply(unknown)
    message = dialog.reply_message.text()
    assert "{nickname}" in message and "{link}" in message
    assert "Nothing was inserted" in message
    assert dialog.reply_message.isVisible()
    assert dialog.response_edit.toPlainText() == ""
    # The inquiry has no name: {name} cannot be filled in either.
    assert not dialog.insert_saved_reply(needs_name)
    assert "needs {name}" in dialog.reply_message.text().replace("\u200e", "")
    assert dialog.response_edit.toPlainText() == ""
    assert service.get(info.id).responses == ()
    # An empty response is not logged.
    assert not dialog.add_response()
    assert "Write the response first" in dialog.reply_message.text()


def test_erased_and_anonymised_inquiries_say_so(page, qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.services.inquiries import InquiryFields

    service = page.context.inquiries()
    erased = service.create(
        InquiryFields(
            channel="phone",
            kind="complaint",
            subject="Rude answer",
            inquirer_name="Sami Erase",
            inquirer_contact="0790000001",
        )
    )
    service.respond(erased.id, "Sorry, Sami.", "phone")
    anonymised = service.create(
        InquiryFields(
            channel="email",
            kind="inquiry",
            subject="Question from Rana Keep",
            inquirer_name="Rana Keep",
            inquirer_contact="rana@example.org",
        )
    )
    assert service.erase_person([erased.id]) == 1
    assert service.anonymise([anonymised.id]) == 1

    dialog = InquiryDialog(page.context, erased.id, page)
    qtbot.addWidget(dialog)
    assert "Erased on request" in dialog.personal_banner.text()
    assert not dialog.personal_banner.isHidden()
    assert dialog.subject_edit.text() == "(erased on request)"
    assert dialog.responses.item(0, 2).text() == "(erased on request)"
    assert not dialog.save_button.isEnabled()
    assert not dialog.add_button.isEnabled()

    dialog = InquiryDialog(page.context, anonymised.id, page)
    qtbot.addWidget(dialog)
    assert "Anonymised on" in dialog.personal_banner.text()
    assert "Rana" not in dialog.subject_edit.text()
    assert not dialog.name_edit.isEnabled() and dialog.name_edit.text() == ""
    assert dialog.save_button.isEnabled()

    page.states.set_values(frozenset())
    page.reload()
    assert _cell(page, _row(page, erased.id), "subject") == "(erased on request)"


def test_refusals_are_shown_in_words(page, clock, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = InquiryDialog(page.context, None, page)
    qtbot.addWidget(dialog)
    assert not dialog.save()  # no subject, no text
    assert dialog.form_message.text() == (
        "The inquiry was not saved: Write a subject or the text of the inquiry."
    )
    dialog.subject_edit.setText("From tomorrow")
    _set_wall(dialog.received_edit, amman(25, 9))
    assert not dialog.save()
    assert dialog.form_message.text().endswith("The time it was received is in the future.")
    assert dialog.inquiry_id is None


# --- the tool dialogs, export, keyboard ------------------------------------------------------


def test_the_tool_buttons_open_their_dialogs(page) -> None:  # type: ignore[no-untyped-def]
    from app.ui.inquiries.person import PersonRequestDialog
    from app.ui.inquiries.replies import SavedRepliesDialog
    from app.ui.inquiries.retention import RetentionDialog

    for button, kind in (
        (page.replies_button, SavedRepliesDialog),
        (page.retention_button, RetentionDialog),
        (page.person_button, PersonRequestDialog),
    ):
        button.click()
        assert isinstance(page.opened[-1], kind)
        page.opened[-1].deleteLater()


def test_csv_export_without_personal_data_by_default(page, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "inquiries.csv"
    monkeypatch.setattr(page, "_choose_file", lambda first, last: target)
    page.answers = [int(QDialog.DialogCode.Accepted)]
    assert page.export_csv() == target
    chooser = page.opened[-1]
    assert not chooser.personal.isChecked()  # off unless ticked
    assert chooser.period() == (dt.date(2026, 11, 1), dt.date(2026, 11, 24))
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM, for spreadsheet programs
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert "inquirer_name" not in rows[0]
    assert len(rows) - 1 == page.last_export > 0
    assert "without personal data" in page.message.text()

    with_names = tmp_path / "with-names.csv"
    assert page.export_csv(with_names, dt.date(2026, 11, 1), dt.date(2026, 11, 24), personal=True)
    header = next(csv.reader(with_names.read_text(encoding="utf-8-sig").splitlines()))
    assert header[-2:] == ["inquirer_name", "inquirer_contact"]
    assert "with names and contacts" in page.message.text()

    # Cancelled: nothing written.
    page.answers = [int(QDialog.DialogCode.Rejected)]
    assert page.export_csv() is None


def test_keyboard_reaches_the_page_and_opens_inquiries(page, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = page.window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.install_shortcuts()
    row = window.page_factories.index(window._make_inquiries)
    names = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert names[row - 1 : row + 2] == ["Posts", "Inquiries", "Archive"]
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key(Qt.Key.Key_1.value + row), Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is page
    assert f"Ctrl+{row + 1}" in window.navigation.item(row).toolTip()

    # Tab goes through every control of the page.
    page.new_button.setFocus()
    seen = set()
    for _ in range(40):
        seen.add(QApplication.focusWidget())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    for widget in (
        page.new_button,
        page.export_button,
        page.replies_button,
        page.retention_button,
        page.person_button,
        page.states,
        page.channels,
        page.kinds,
        page.from_check,
        page.to_check,
        page.overdue_check,
        page.search,
        page.clear_button,
        page.table,
    ):
        assert widget in seen, widget.objectName() or widget.text()

    # Ctrl+F: the search box; Ctrl+N: a new inquiry.
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is page.search
    qtbot.keyClick(page.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(page.opened[-1], InquiryDialog)
    assert page.opened[-1].inquiry_id is None

    # Enter on a row opens that inquiry.
    page.table.setFocus()
    page.table.selectRow(0)
    first = page.model.rows[0].id
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.opened[-1].inquiry_id == first
    assert page.selected_id() == first  # still chosen after the queue was read again


def test_the_dialog_by_keyboard(page, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A logged inquiry opens at the response; Tab then reaches its channel, its time and the
    button that logs it; Escape closes the dialog."""
    inquiry_id = page.model.rows[0].id
    dialog = InquiryDialog(page.context, inquiry_id, page)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert QApplication.focusWidget() is dialog.response_edit
    qtbot.keyClicks(dialog.response_edit, "Thank you, we are on it.")
    order = []
    for _ in range(10):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if not order or order[-1] is not QApplication.focusWidget():
            order.append(QApplication.focusWidget())
        if order[-1] is dialog.add_button:
            break
    # (Tab walks the date and time's parts before it leaves them, as everywhere in Qt.)
    assert order == [dialog.response_channel, dialog.sent_edit, dialog.add_button]
    qtbot.keyClick(dialog.add_button, Qt.Key.Key_Space)
    assert [r.text for r in page.context.inquiries().get(inquiry_id).responses][-1] == (
        "Thank you, we are on it."
    )
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not dialog.isVisible()
