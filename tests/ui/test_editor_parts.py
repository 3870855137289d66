"""The editor's other parts: media and consent, per-platform texts, preview, repeating and
re-using posts, the schedule's time zone, the keyboard, and opening it from the main window."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from app.ui.editor.media_dialog import ConsentDialog, MediaDialog, PendingConsent
from app.ui.editor.recurrence_dialog import RecurrenceDialog
from app.ui.editor.window import PostEditor
from tests.ui.editor_helpers import (
    click_check_box,
    click_row,
    new_post,
    post_count,
    stored,
    tick_manual,
    type_text,
)

pytest_plugins = ["tests.ui.editor_fixtures"]  # the context and editor fixtures

TATWEEL = "\u0640"


def _rules(window: PostEditor) -> set[str]:
    return {f.rule for f in window.checklist.findings()}


def _image(tmp_path, name: str = "photo.png"):  # type: ignore[no-untyped-def]
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#0f5d6b"))
    path = tmp_path / name
    assert image.save(str(path))
    return path


def _press_ok(dialog) -> None:  # type: ignore[no-untyped-def]
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


# --- media ------------------------------------------------------------------------------------


def test_attach_an_image_with_alt_text_licence_and_consent(
    editor, context, qtbot, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    post = new_post(context)
    window = editor(post.id)
    path = _image(tmp_path)

    def fill(self, dialog) -> int:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, MediaDialog)
        dialog.path.setText(str(path))
        dialog.alt_ar.setText("موظفة تسجل ناخبا في مكتب الهيئة")
        dialog.alt_en.setText("An officer registers a voter at the commission's office")
        dialog.credit.setText("Commission media unit")
        dialog.licence.setText("Owned by the commission")
        dialog.has_people.setChecked(True)
        dialog.pending.append(
            PendingConsent(
                "Huda Saleh", dt.date(2026, 11, 1), "Registration campaign", None, False, "", None
            )
        )
        _press_ok(dialog)
        return int(dialog.result())

    monkeypatch.setattr(PostEditor, "run_dialog", fill)
    qtbot.mouseClick(window.add_media_button, Qt.MouseButton.LeftButton)

    assert window.media_list.count() == 1
    assert "photo.png" in window.media_list.item(0).text()
    media = stored(context, post.id).media
    assert len(media) == 1
    assert media[0].alt_en.startswith("An officer registers")
    assert media[0].licence == "Owned by the commission"
    assert [c.person_name for c in media[0].consents] == ["Huda Saleh"]
    assert media[0].path.is_file()
    assert not {"A11Y-ALT-1", "GOV-COPY-1", "GOV-PII-1"} & _rules(window)
    # An image brings its confirmations (colour, flashing, people shown …).
    assert "A11Y-COLOR-1" in window.checklist.visible_manual_rules()


def test_image_without_alt_text_is_a_blocker_that_leads_to_the_attachment(
    editor, context, qtbot, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    post = new_post(context)
    window = editor(post.id)
    window.service.attach_media(post.id, _image(tmp_path), licence="CC BY 4.0")
    window._reload_media()
    assert "A11Y-ALT-1" in _rules(window)
    assert not window.submit_button.isEnabled()
    window.media_list.setCurrentRow(-1)
    row = next(i for i, f in enumerate(window.checklist.findings()) if f.rule == "A11Y-ALT-1")
    click_row(qtbot, window.checklist.view, row)
    assert window.media_list.currentRow() == 0
    assert QApplication.focusWidget() is window.media_list

    # Editing the attachment: the alt text clears the blocker.
    def fill(self, dialog) -> int:  # type: ignore[no-untyped-def]
        dialog.alt_ar.setText("ملصق موعد التسجيل للانتخابات البلدية")
        dialog.alt_en.setText("Poster with the registration dates for the municipal elections")
        _press_ok(dialog)
        return int(dialog.result())

    monkeypatch.setattr(PostEditor, "run_dialog", fill)
    qtbot.mouseClick(window.edit_media_button, Qt.MouseButton.LeftButton)
    assert "A11Y-ALT-1" not in _rules(window)
    assert stored(context, post.id).media[0].alt_ar.startswith("ملصق")

    # Removing it (after a confirmation) takes it off the post.
    monkeypatch.setattr(PostEditor, "confirm", lambda self, title, text: True)
    qtbot.mouseClick(window.remove_media_button, Qt.MouseButton.LeftButton)
    assert window.media_list.count() == 0
    assert stored(context, post.id).media == ()


def test_an_alt_text_change_says_which_other_approved_posts_went_back_to_draft(
    editor, context, qtbot, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from tests.services.approval_fixtures import approve_directly

    path = _image(tmp_path)
    mine = new_post(context)
    other = new_post(context)
    service = context.posts()
    media = service.attach_media(mine.id, path, alt_ar="صورة", alt_en="A photo")
    service.attach_media(other.id, path, alt_ar="صورة", alt_en="A photo")
    approve_directly(context.opened, other.id, dt.datetime(2026, 11, 1, tzinfo=dt.UTC))
    window = editor(mine.id)
    window.media_list.setCurrentRow(0)
    changed: list[int] = []
    window.changed.connect(changed.append)

    def fill(self, dialog) -> int:  # type: ignore[no-untyped-def]
        dialog.alt_en.setText("The commission's office in Amman")
        _press_ok(dialog)
        return int(dialog.result())

    monkeypatch.setattr(PostEditor, "run_dialog", fill)
    qtbot.mouseClick(window.edit_media_button, Qt.MouseButton.LeftButton)
    assert stored(context, other.id).state == "draft"
    assert window.banner.isVisible()
    message = window.banner.text.text()
    assert "1 other post" in message and "back to draft" in message
    assert other.id in changed
    assert media.media_id == stored(context, other.id).media[0].media_id


def test_media_dialog_keeps_what_was_typed_when_the_file_is_missing(
    context, qtbot, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    post = new_post(context)
    dialog = MediaDialog(context.posts(), post.id)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "nowhere.png"))
    dialog.alt_en.setText("A poster")
    _press_ok(dialog)
    assert dialog.result() == 0  # not accepted
    assert "nowhere.png" in dialog.message.text()
    assert dialog.alt_en.text() == "A poster"
    assert stored(context, post.id).media == ()

    (tmp_path / "notes.txt").write_text("not a picture", encoding="utf-8")
    dialog.path.setText(str(tmp_path / "notes.txt"))
    _press_ok(dialog)
    assert dialog.result() == 0
    assert "notes.txt" in dialog.message.text()
    assert stored(context, post.id).media == ()


def test_consent_of_a_minor_needs_a_guardian(bayan_app, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ConsentDialog()
    qtbot.addWidget(dialog)
    dialog.person.setText("Omar")
    dialog.minor.setChecked(True)
    dialog._accept()
    assert dialog.result_value is None
    assert "guardian" in dialog.message.text()
    dialog.guardian.setText("Layla Omar")
    dialog._accept()
    assert dialog.result_value is not None
    assert dialog.result_value.guardian_name == "Layla Omar"


# --- per-platform texts and preview -----------------------------------------------------------


def test_own_text_for_one_platform_is_checked_saved_and_previewed(editor, context, qtbot) -> None:  # type: ignore[no-untyped-def]
    post = new_post(context)
    window = editor(post.id)
    variant = window.variants["x"]
    click_check_box(qtbot, variant.own_ar)
    # It starts from the main text; the officer shortens it.
    assert variant.text_ar.toPlainText() == post.fields.text_ar
    variant.text_ar.setPlainText("التسجيـــل يبدأ اليوم")
    finding = next(f for f in window.checklist.findings() if f.field == "variant:x:ar")
    assert finding.rule == "AR-TATWEEL-1"
    row = window.checklist.findings().index(finding)
    click_row(qtbot, window.checklist.view, row)
    assert window.variant_tabs.currentWidget() is variant
    assert variant.text_ar.textCursor().selectedText() == TATWEEL * 3
    qtbot.mouseClick(window.checklist.fix_button, Qt.MouseButton.LeftButton)
    assert variant.text_ar.toPlainText() == "التسجيل يبدأ اليوم"

    window.show_preview()
    preview = window.preview_dialog
    qtbot.waitExposed(preview)
    assert preview.text_shown("x", "ar") == "التسجيل يبدأ اليوم"
    assert preview.text_shown("facebook", "ar") == post.fields.text_ar
    assert preview.text_shown("x", "en") == post.fields.text_en
    assert preview.pages["x"].arabic.text.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert preview.pages["x"].english.text.layoutDirection() == Qt.LayoutDirection.LeftToRight
    # The preview follows the typing.
    qtbot.keyClick(variant.text_ar, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, variant.text_ar, "!")
    assert preview.text_shown("x", "ar") == "التسجيل يبدأ اليوم!"

    assert window.save_now()
    assert stored(context, post.id).fields.variants == {"x": ("التسجيل يبدأ اليوم!", None)}


# --- schedule, repeating, re-using ------------------------------------------------------------


def test_schedule_is_shown_in_the_workspace_time_zone_and_stored_in_utc(editor, context) -> None:  # type: ignore[no-untyped-def]
    post = new_post(context, scheduled_at=dt.datetime(2026, 12, 3, 7, 0, tzinfo=dt.UTC))
    window = editor(post.id)
    shown = window.when.dateTime()
    assert (shown.date().day(), shown.time().hour(), shown.time().minute()) == (3, 10, 0)
    assert "Asia/Amman" in window.zone_label.text()
    window.when.setDateTime(shown.addSecs(90 * 60))  # 11:30 in Amman
    assert window.save_now()
    assert stored(context, post.id).fields.scheduled_at == dt.datetime(
        2026, 12, 3, 8, 30, tzinfo=dt.UTC
    )
    window.scheduled.setChecked(False)
    assert window.save_now()
    assert stored(context, post.id).fields.scheduled_at is None


def test_new_post_on_a_calendar_day_is_scheduled_that_day(editor, context, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = editor(day=dt.date(2027, 1, 14))
    assert window.scheduled.isChecked()
    type_text(qtbot, window.text_en, "Draft")
    assert window.save_now()
    when = stored(context, window.post_id).fields.scheduled_at
    assert when == dt.datetime(2027, 1, 14, 7, 0, tzinfo=dt.UTC)  # 10:00 in Amman


def test_repeat_weekly_makes_a_post_per_week(editor, context, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    post = new_post(context)
    window = editor(post.id)
    before = post_count(context)

    def choose(self, dialog) -> int:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, RecurrenceDialog)
        dialog.freq.setCurrentIndex(dialog.freq.findData("weekly"))
        dialog.by_count.setChecked(True)
        dialog.count.setValue(3)
        assert dialog.summary.text().startswith("Posts in all: 3, from Thursday, 3 December 2026")
        _press_ok(dialog)
        return int(dialog.result())

    monkeypatch.setattr(PostEditor, "run_dialog", choose)
    made = window.make_recurring()
    assert len(made) == 3 and made[0] == post.id
    assert post_count(context) == before + 2
    third = stored(context, made[2])
    assert third.fields.scheduled_at == post.fields.scheduled_at + dt.timedelta(weeks=2)
    assert "repeats" in window.banner.text.text()


def test_recurrence_dialog_refuses_weekdays_without_a_day(bayan_app, qtbot) -> None:  # type: ignore[no-untyped-def]
    first = dt.datetime(2026, 12, 3, 7, 0, tzinfo=dt.UTC)
    dialog = RecurrenceDialog(first, "Asia/Amman")
    qtbot.addWidget(dialog)
    dialog.freq.setCurrentIndex(dialog.freq.findData("weekdays"))
    for box in dialog.weekdays:
        box.setChecked(False)
    assert dialog.rule is None
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert "weekday" in dialog.summary.text()
    dialog.weekdays[6].setChecked(True)  # Sunday
    assert dialog.rule is not None and dialog.rule.weekdays == (6,)


def test_evergreen_post_is_reused_as_a_new_draft(editor, context, qtbot) -> None:  # type: ignore[no-untyped-def]
    post = new_post(context)
    window = editor(post.id)
    assert not window.reuse_button.isEnabled()
    click_check_box(qtbot, window.evergreen)
    assert window.reuse_button.isEnabled()
    before = post_count(context)
    qtbot.mouseClick(window.reuse_button, Qt.MouseButton.LeftButton)
    assert post_count(context) == before + 1
    assert stored(context, post.id).fields.evergreen
    copy = next(e for e in PostEditor.open_editors() if e is not window)
    assert stored(context, copy.post_id).origin_post_id == post.id
    assert copy.text_ar.toPlainText() == post.fields.text_ar


# --- the checklist list and the keyboard ------------------------------------------------------


def test_findings_update_in_place_while_typing(editor, context, qtbot) -> None:  # type: ignore[no-untyped-def]
    post = new_post(context, text_ar="تعلن الهيئة بدء التسجيـل اليوم")
    window = editor(post.id)
    model = window.checklist.model
    row = window.checklist.row_of("AR-TATWEEL-1", "text_ar")
    window.checklist.view.setCurrentIndex(model.index(row))
    events: list[str] = []
    model.modelReset.connect(lambda: events.append("reset"))
    model.rowsInserted.connect(lambda *a: events.append("insert"))
    model.rowsRemoved.connect(lambda *a: events.append("remove"))
    changed: list[int] = []
    model.dataChanged.connect(lambda a, b, roles=(): changed.append(a.row()))

    window.text_ar.moveCursor(window.text_ar.textCursor().MoveOperation.Start)
    type_text(qtbot, window.text_ar, "اليوم ")  # moves the tatweel's span, same findings
    assert events == []
    assert changed  # the span moved: the row's data changed, the row stayed
    assert window.checklist.current_finding().rule == "AR-TATWEEL-1"
    assert window.checklist.current_finding().start == post.fields.text_ar.index(TATWEEL) + 6

    type_text(qtbot, window.text_ar, "#electioncommission ")  # a new finding: one insert
    assert "insert" in events and "reset" not in events
    assert window.checklist.current_finding().rule == "AR-TATWEEL-1"


def test_every_control_is_reached_with_tab(editor, context, qtbot) -> None:  # type: ignore[no-untyped-def]
    post = new_post(context, text_ar="تعلن الهيئة بدء التسجيل #electioncommission")
    window = editor(post.id)
    window.title_edit.setFocus()
    seen = set()
    for _ in range(160):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.add(QApplication.focusWidget())
    expected = [
        window.title_edit,
        window.title_en_edit,
        window.pillar,
        window.campaign,
        window.event,
        window.scheduled,
        window.text_ar,
        window.text_en,
        window.link_edit,
        window.sources_edit,
        window.media_list,
        window.add_media_button,
        window.evergreen,
        window.checklist.view,
        window.checklist.justification_edit("A11Y-HASH-1"),
        window.save_button,
        window.preview_button,
        window.history_button,
        window.duplicate_button,
        window.withdraw_button,
        *window.platform_checks.values(),
        *(window.checklist.manual_boxes[r] for r in window.checklist.visible_manual_rules()),
    ]
    missing = [
        w.objectName() or w.accessibleName() or type(w).__name__ for w in expected if w not in seen
    ]
    assert missing == []


def test_ctrl_s_saves_a_new_post_at_once(editor, context, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = editor()
    type_text(qtbot, window.text_en, "Draft for the minister's visit")
    assert window.post_id is None
    qtbot.keyClick(window.text_en, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert window.post_id is not None
    assert stored(context, window.post_id).fields.text_en == "Draft for the minister's visit"


def test_submit_with_ctrl_enter(editor, context, qtbot) -> None:  # type: ignore[no-untyped-def]
    post = new_post(context)
    window = editor(post.id)
    tick_manual(qtbot, window)
    window.text_en.setFocus()
    qtbot.keyClick(window.text_en, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert stored(context, post.id).state == "in_review"
    assert window.text_en.toPlainText() == post.fields.text_en  # no line break typed


# --- from the main window -------------------------------------------------------------------


def test_calendar_and_posts_list_open_the_editor(launch, demo_workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = launch(demo_workspace.root, "en")
    post_id = _some_draft(window.context)
    window.calendar.editRequested.emit(post_id, None)
    opened = PostEditor.find_open(post_id)
    assert opened is not None
    qtbot.waitExposed(opened)
    assert opened.text_ar.toPlainText() == window.context.posts().get(post_id).fields.text_ar

    window.posts.editRequested.emit(None, dt.date(2026, 12, 24))
    new = [e for e in PostEditor.open_editors() if e.post_id is None]
    assert len(new) == 1 and new[0].scheduled.isChecked()
    type_text(qtbot, new[0].text_en, "Holiday greeting")
    # Closing the main window saves and closes its editors first.
    window.close()
    assert PostEditor.open_editors() == []
    import sqlite3

    conn = sqlite3.connect(demo_workspace.db_path)
    try:
        saved = conn.execute(
            "SELECT scheduled_at FROM posts WHERE text_en = 'Holiday greeting'"
        ).fetchall()
    finally:
        conn.close()
    assert saved == [("2026-12-24 07:00:00.000000",)]  # 10:00 in Amman, stored in UTC


def _some_draft(context) -> int:  # type: ignore[no-untyped-def]
    import sqlite3

    conn = sqlite3.connect(context.workspace.db_path)
    try:
        return int(
            conn.execute(
                "SELECT id FROM posts WHERE state = 'draft' ORDER BY id LIMIT 1"
            ).fetchone()[0]
        )
    finally:
        conn.close()


def test_a_hashtag_without_a_sure_split_is_fixed_as_the_officer_writes_it(
    editor, context, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    post = new_post(context, text_en="Vote today #iecjordanvote")
    window = editor(post.id)
    row = window.checklist.row_of("A11Y-HASH-1", "text_en")
    window.checklist.view.setCurrentIndex(window.checklist.model.index(row))
    offered: list[str] = []

    def answer(self, title, label, text=""):  # type: ignore[no-untyped-def]
        offered.append(text)
        return "#IecJordanVote", True

    monkeypatch.setattr(PostEditor, "ask_text", answer)
    qtbot.mouseClick(window.checklist.fix_button, Qt.MouseButton.LeftButton)
    assert offered == ["#iecjordanvote"]
    assert window.text_en.toPlainText() == "Vote today #IecJordanVote"

    # A different tag is not a fix: the text stays, and the officer is told.
    window.text_en.setPlainText("Vote today #iecjordanvote")
    row = window.checklist.row_of("A11Y-HASH-1", "text_en")
    window.checklist.view.setCurrentIndex(window.checklist.model.index(row))
    monkeypatch.setattr(
        PostEditor, "ask_text", lambda self, title, label, text="": ("#JordanVotes", True)
    )
    qtbot.mouseClick(window.checklist.fix_button, Qt.MouseButton.LeftButton)
    assert window.text_en.toPlainText() == "Vote today #iecjordanvote"
    assert window.banner.isVisible() and "A11Y-HASH-1" in window.banner.text.text()
