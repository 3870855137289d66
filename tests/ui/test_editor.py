"""The post editor as the officer uses it: typing, the live checklist and counters, fixes,
submitting, autosave, reopening, history and duplicating (issue 3's acceptance tests)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from app.ui.editor import open_editor
from app.ui.editor.window import PostEditor
from tests.ui.editor_helpers import (
    click_check_box,
    click_row,
    new_post,
    post_count,
    service_of,
    stored,
    tick_manual,
    type_text,
)

pytest_plugins = ["tests.ui.editor_fixtures"]  # the context and editor fixtures

TATWEEL = "\u0640"
ARABIC = "تعلن الهيئة بدء التسجيـــل للناخبين الجدد #electioncommission"
ENGLISH = "The commission opens registration for new voters."


def _rules(window: PostEditor) -> list[str]:
    return [f.rule for f in window.checklist.findings()]


def _row_text(window: PostEditor, row: int) -> str:
    model = window.checklist.model
    return model.data(model.index(row), Qt.ItemDataRole.DisplayRole)


def test_type_see_findings_fix_them_and_submit(editor, context, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = editor()
    type_text(qtbot, window.title_edit, "إعلان التسجيل")
    for name in ("x", "facebook"):
        click_check_box(qtbot, window.platform_checks[name])
    assert window.selected_platforms() == ("facebook", "x")
    type_text(qtbot, window.text_ar, ARABIC)
    type_text(qtbot, window.text_en, ENGLISH)
    assert window.text_ar.toPlainText() == ARABIC

    # The findings appear, with their ids, blockers first.
    rules = _rules(window)
    assert "AR-TATWEEL-1" in rules
    assert "A11Y-HASH-1" in rules
    tatweel_row = window.checklist.row_of("AR-TATWEEL-1", "text_ar")
    assert "AR-TATWEEL-1" in _row_text(window, tatweel_row)
    assert "Blocker" in _row_text(window, tatweel_row)
    assert window.checklist.findings()[0].severity == "blocker"
    hash_row = window.checklist.row_of("A11Y-HASH-1", "text_ar")
    assert "A11Y-HASH-1" in _row_text(window, hash_row)
    assert "Warning" in _row_text(window, hash_row)

    # A draft with a blocker cannot be submitted.
    assert not window.submit_button.isEnabled()
    assert "AR-TATWEEL-1" in window.submit_reason.text()
    assert window.submit() is False
    post_id = window.post_id
    assert post_id is None or stored(context, post_id).state == "draft"

    # Click the tatweel finding: its span is selected in the Arabic text. Then fix it.
    click_row(qtbot, window.checklist.view, tatweel_row)
    assert window.text_ar.textCursor().selectedText() == TATWEEL * 3
    assert window.checklist.fix_button.isEnabled()
    qtbot.mouseClick(window.checklist.fix_button, Qt.MouseButton.LeftButton)
    assert TATWEEL not in window.text_ar.toPlainText()
    assert "AR-TATWEEL-1" not in _rules(window)
    # The fix is one step of the editor's undo.
    window.text_ar.undo()
    assert window.text_ar.toPlainText() == ARABIC
    window.text_ar.redo()
    assert TATWEEL not in window.text_ar.toPlainText()

    # The hashtag: CamelCase.
    click_row(qtbot, window.checklist.view, window.checklist.row_of("A11Y-HASH-1", "text_ar"))
    assert window.text_ar.textCursor().selectedText() == "#electioncommission"
    qtbot.mouseClick(window.checklist.fix_button, Qt.MouseButton.LeftButton)
    assert window.text_ar.toPlainText().endswith("#ElectionCommission")
    assert "A11Y-HASH-1" not in _rules(window)
    assert not [f for f in window.checklist.findings() if f.severity == "blocker"]

    # The confirmations, then any warning left gets a justification.
    assert not window.submit_button.isEnabled()  # confirmations not ticked yet
    tick_manual(qtbot, window)
    for rule in window.checklist.to_justify:
        edit = window.checklist.justification_edit(rule)
        assert edit is not None and edit.isVisible()
        type_text(qtbot, edit, "Checked with the communications director")
    assert window.submit_button.isEnabled(), window.submit_reason.text()

    qtbot.mouseClick(window.submit_button, Qt.MouseButton.LeftButton)
    assert window.post_id is not None
    post = stored(context, window.post_id)
    assert post.state == "in_review"
    assert post.fields.text_ar == "تعلن الهيئة بدء التسجيل للناخبين الجدد #ElectionCommission"
    assert post.fields.text_en == ENGLISH
    assert post.fields.platforms == ("facebook", "x")
    assert all(post.fields.manual_checks.get(r) for r in window.checklist.visible_manual_rules())
    assert "Waiting for approval" in window.submit_reason.text() or not (
        window.submit_button.isEnabled()
    )


def test_refused_submission_says_what_is_missing(editor, context, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    post = new_post(context, text_ar="تعلن الهيئة بدء التسجيل #electioncommission")
    window = editor(post.id)
    assert "A11Y-HASH-1" in _rules(window)
    tick_manual(qtbot, window)
    assert window.submit_button.isEnabled()  # warnings do not disable it …
    shown: list[str] = []
    monkeypatch.setattr(
        PostEditor, "inform", lambda self, title, text, error=False: shown.append(text)
    )
    qtbot.mouseClick(window.submit_button, Qt.MouseButton.LeftButton)
    # … but the service refuses an unjustified warning, and the officer is told which.
    assert len(shown) == 1
    assert "A11Y-HASH-1" in shown[0]
    assert "justification" in shown[0]
    assert stored(context, post.id).state == "draft"


def test_ctrl_enter_with_a_blocker_explains_instead_of_submitting(
    editor, context, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    post = new_post(context, text_ar="تعلن الهيئة بدء التسجيـل اليوم")
    window = editor(post.id)
    shown: list[str] = []
    monkeypatch.setattr(
        PostEditor, "inform", lambda self, title, text, error=False: shown.append(text)
    )
    window.text_ar.setFocus()
    qtbot.keyClick(window.text_ar, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert shown and "AR-TATWEEL-1" in shown[0]
    assert stored(context, post.id).state == "draft"


def test_clicking_a_finding_selects_exactly_its_span(editor, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = editor()
    click_check_box(qtbot, window.platform_checks["x"])
    # An emoji before the span: Qt counts it as two positions, the checklist as one.
    window.text_ar.setPlainText("😀 بيان الهيئـــة اليوم")
    row = window.checklist.row_of("AR-TATWEEL-1", "text_ar")
    assert row >= 0
    finding = window.checklist.findings()[row]
    click_row(qtbot, window.checklist.view, row)
    assert QApplication.focusWidget() is window.text_ar
    assert window.text_ar.textCursor().selectedText() == TATWEEL * 3
    assert window.text_ar.toPlainText()[finding.start : finding.end] == TATWEEL * 3


def test_counters_follow_every_keystroke(editor, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = editor()
    click_check_box(qtbot, window.platform_checks["x"])
    assert window.counters.text("x", "ar").startswith("0/280")
    words = "موعد التسجيل "
    url = "https://www.example.org/registration/new-voters"
    type_text(qtbot, window.text_ar, words)
    assert window.counters.text("x", "ar").startswith(f"{len(words)}/280")
    type_text(qtbot, window.text_ar, url)
    # X weighs every URL 23, however long.
    assert window.counters.text("x", "ar").startswith(f"{len(words) + 23}/280")
    qtbot.keyClick(window.text_ar, Qt.Key.Key_Space)
    type_text(qtbot, window.text_ar, "اليوم")
    assert window.counters.text("x", "ar").startswith(f"{len(words) + 23 + 1 + 5}/280")


def test_over_the_limit_is_said_in_words(editor, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = editor()
    click_check_box(qtbot, window.platform_checks["x"])
    window.text_en.setPlainText("word " * 60)
    cell = window.counters.text("x", "en")
    assert "over by" in cell
    length = len("word " * 60)
    assert cell.startswith(QLocale().toString(length) + "/280")
    assert "PLAT-X-1" in _rules(window)


def test_autosave_writes_the_text_after_the_interval(editor, context, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(PostEditor, "AUTOSAVE_MS", 60)
    monkeypatch.setattr(PostEditor, "AUTOSAVE_MAX_MS", 200)
    window = editor()
    assert window.post_id is None
    before = post_count(context)
    type_text(qtbot, window.text_ar, "مسودة أولى")
    # Nothing is written at once …
    assert post_count(context) == before
    # … but within the interval a new post exists with the text.
    qtbot.waitUntil(lambda: window.post_id is not None, timeout=3000)
    assert post_count(context) == before + 1
    assert stored(context, window.post_id).fields.text_ar == "مسودة أولى"
    assert window.save_status.text().startswith("Saved ")
    type_text(qtbot, window.text_ar, " ثانية")
    qtbot.waitUntil(
        lambda: stored(context, window.post_id).fields.text_ar == "مسودة أولى ثانية",
        timeout=3000,
    )
    assert post_count(context) == before + 1


def test_autosave_on_focus_loss(editor, context, qtbot) -> None:  # type: ignore[no-untyped-def]
    post = new_post(context)
    window = editor(post.id)
    window.text_en.setFocus()
    qtbot.keyClick(window.text_en, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, window.text_en, " More.")
    window.title_edit.setFocus()  # leaving the field saves at once, before the timer
    assert stored(context, post.id).fields.text_en.endswith(" More.")


def test_close_saves_and_reopening_shows_the_text(editor, context, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = editor()
    type_text(qtbot, window.title_edit, "ملاحظة")
    type_text(qtbot, window.text_ar, "نص لم يحفظ بعد")
    assert window.close()
    post_id = window.post_id
    assert post_id is not None
    assert PostEditor.find_open(post_id) is None

    again = open_editor(context, post_id)
    qtbot.waitExposed(again)
    assert again.text_ar.toPlainText() == "نص لم يحفظ بعد"
    assert again.title_edit.text() == "ملاحظة"
    # Opening the same post twice raises the one editor.
    assert open_editor(context, post_id) is again


def test_save_error_keeps_the_text_and_says_so(editor, context, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from app.services.posts import PostInvalid

    post = new_post(context)
    window = editor(post.id)
    real_save = window.service.save

    def failing(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise PostInvalid("the disk is full")

    window.service.save = failing  # type: ignore[method-assign]
    shown: list[str] = []
    monkeypatch.setattr(
        PostEditor, "inform", lambda self, title, text, error=False: shown.append(text)
    )
    type_text(qtbot, window.text_en, " Extra")
    assert window.save_now() is False
    assert shown and "the disk is full" in shown[0]
    assert window.banner.isVisible()
    assert "Not saved" in window.banner.text.text()
    assert window.text_en.toPlainText().endswith(" Extra")
    assert "Not saved" in window.save_status.text()
    assert not stored(context, post.id).fields.text_en.endswith(" Extra")

    window.service.save = real_save  # type: ignore[method-assign]
    assert window.save_now() is True
    assert stored(context, post.id).fields.text_en.endswith(" Extra")
    assert not window.banner.isVisible()


def test_editing_a_submitted_post_says_the_request_was_withdrawn(editor, context, qtbot) -> None:  # type: ignore[no-untyped-def]
    post = new_post(context, text_ar="تعلن الهيئة بدء التسجيل اليوم")
    window = editor(post.id)
    tick_manual(qtbot, window)
    assert window.submit() is True
    assert stored(context, post.id).state == "in_review"
    type_text(qtbot, window.text_en, " Updated.")
    assert window.save_now() is True
    assert stored(context, post.id).state == "draft"
    assert window.banner.isVisible()
    assert "withdrawn" in window.banner.text.text()
    assert "Draft" in window.state_label.text()


def test_history_shows_two_revisions_side_by_side(editor, context, qtbot) -> None:  # type: ignore[no-untyped-def]
    post = new_post(context, text_ar="نص قديم للمنشور", text_en="Old words here")
    window = editor(post.id)
    window.text_ar.setPlainText("نص جديد للمنشور")
    window.text_en.setPlainText("New words here")
    assert window.save_now()
    dialog = window.show_history()
    qtbot.addWidget(dialog)
    assert dialog.earlier.count() == 2
    left, right = dialog.left.toPlainText(), dialog.right.toPlainText()
    assert "نص قديم للمنشور" in left and "Old words here" in left
    assert "نص جديد للمنشور" in right and "New words here" in right
    # Removed words struck through on the left, added ones underlined on the right.
    assert "line-through" in dialog.left.toHtml()
    assert "underline" in dialog.right.toHtml()
    assert "changed" in left
    # The Arabic text is laid out right to left, the English left to right.
    block = dialog.right.document().find("نص جديد").block()
    assert block.blockFormat().layoutDirection() == Qt.LayoutDirection.RightToLeft
    block = dialog.right.document().find("New words").block()
    assert block.blockFormat().layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_duplicate_opens_the_copy(editor, context, qtbot) -> None:  # type: ignore[no-untyped-def]
    post = new_post(context)
    window = editor(post.id)
    before = post_count(context)
    qtbot.mouseClick(window.duplicate_button, Qt.MouseButton.LeftButton)
    assert post_count(context) == before + 1
    copies = [e for e in PostEditor.open_editors() if e is not window]
    assert len(copies) == 1
    copy = copies[0]
    assert copy.post_id != post.id
    assert copy.text_ar.toPlainText() == post.fields.text_ar
    assert copy.title_edit.text() == "إعلان التسجيل (2)"
    assert stored(context, copy.post_id).state == "draft"


def test_withdrawn_post_is_read_only(editor, context, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    post = new_post(context)
    window = editor(post.id)
    monkeypatch.setattr(
        PostEditor, "ask_text", lambda self, title, label, text="": ("Cancelled event", True)
    )
    qtbot.mouseClick(window.withdraw_button, Qt.MouseButton.LeftButton)
    assert stored(context, post.id).state == "withdrawn"
    assert window.read_only
    assert window.text_ar.isReadOnly()
    assert not window.submit_button.isEnabled()
    assert window.banner.isVisible()
    assert window.duplicate_button.isEnabled()


def test_arabic_interface_mirrors(context, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    context.languages.apply("ar")
    post = new_post(context, text_ar="تعلن الهيئة بدء التسجيـل https://iec.jo #electioncommission")
    window = PostEditor(context, post.id)
    window.show()
    qtbot.waitExposed(window)
    assert window.isRightToLeft()
    assert window.text_ar.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.text_en.layoutDirection() == Qt.LayoutDirection.LeftToRight
    option = window.text_ar.document().defaultTextOption()
    assert option.textDirection() == Qt.LayoutDirection.RightToLeft
    # The form's labels sit on the right of their fields.
    label = window.form_labels["text_ar"]
    assert (
        label.mapTo(window, label.rect().center()).x()
        > window.text_ar.mapTo(window, window.text_ar.rect().center()).x()
    )
    # Counters and the summary use the Arabic locale's digits.
    assert "٢٨٠" in window.counters.text("x", "ar")
    assert "AR-TATWEEL-1" in _rules(window)
    image = window.grab()
    assert not image.isNull()
    assert image.save(str(tmp_path / "editor-ar.png"))


def test_autosave_waits_for_a_pause_but_not_longer_than_the_maximum(
    editor, context, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(PostEditor, "AUTOSAVE_MS", 300)
    monkeypatch.setattr(PostEditor, "AUTOSAVE_MAX_MS", 500)
    post = new_post(context, text_en="Start")
    window = editor(post.id)
    window.text_en.setFocus()
    saved_during_typing = False
    for _ in range(12):  # typing without a pause for about 1.2 s
        type_text(qtbot, window.text_en, "x")
        qtbot.wait(100)
        if stored(context, post.id).fields.text_en != "Start":
            saved_during_typing = True
            break
    assert saved_during_typing  # the maximum delay saved it although no pause came


def test_a_close_that_cannot_save_can_keep_the_editor_open(
    editor, context, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from app.services.posts import PostInvalid

    post = new_post(context)
    window = editor(post.id)

    def failing(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise PostInvalid("the database is locked")

    window.service.save = failing  # type: ignore[method-assign]
    asked: list[str] = []

    def keep_open(self, title, text) -> bool:  # type: ignore[no-untyped-def]
        asked.append(text)
        return True

    monkeypatch.setattr(PostEditor, "confirm", keep_open)
    window.text_en.setPlainText("Unsaved words")
    assert window.close() is False
    assert asked and window.isVisible()
    assert window.text_en.toPlainText() == "Unsaved words"


def test_switching_the_language_retranslates_and_mirrors_an_open_editor(
    editor, context, qtbot
) -> None:  # type: ignore[no-untyped-def]
    post = new_post(context)
    window = editor(post.id)
    assert not window.isRightToLeft()
    context.languages.apply("ar")
    qtbot.waitUntil(lambda: "مسودة" in window.state_label.text())  # the state, translated
    assert window.isRightToLeft()
    assert "٢٨٠" in window.counters.text("x", "ar")  # the Arabic locale's digits
    context.languages.apply("en")
    qtbot.waitUntil(lambda: "Draft" in window.state_label.text())
    assert not window.isRightToLeft()
    assert "280" in window.counters.text("x", "ar")


def test_a_move_in_the_calendar_is_not_undone_by_the_open_editor(editor, context, qtbot) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    post = new_post(context)
    window = editor(post.id)
    loaded = window.scheduled_at()
    assert loaded is not None
    moved = loaded + dt.timedelta(days=3)
    service_of(context).reschedule(post.id, moved)  # as the calendar's drag and drop does
    type_text(qtbot, window.text_en, " More.")
    assert window.save()
    assert stored(context, post.id).fields.scheduled_at == moved
    assert window.scheduled_at() == moved  # the editor shows the new time too
    # A time the officer sets in the editor still wins.
    mine = moved + dt.timedelta(hours=2)
    window._set_when(mine)
    assert window.save()
    assert stored(context, post.id).fields.scheduled_at == mine
