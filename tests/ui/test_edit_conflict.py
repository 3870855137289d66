"""Two officers, one post: the editor whose save comes second keeps the officer's text, says
the post was changed by someone else (and when), and changes nothing (optimistic locking)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QLocale, QTime

from app.services.posts import PostService
from app.ui.editor.window import PostEditor
from tests.ui.editor_helpers import new_post, stored, type_text

pytest_plugins = ["tests.ui.editor_fixtures"]  # the context and editor fixtures

THEIR_TEXT = "The commission extends registration by a week."


@pytest.fixture
def colleague(context: Any) -> Iterator[PostService]:
    """Another officer's Bayan: its own engine and connections on the same database."""
    from app.store.engine import make_engine, make_session_factory

    engine = make_engine(context.workspace.db_path)
    yield PostService(make_session_factory(engine), context.workspace.media_dir)
    engine.dispose()


def _local_time(moment: Any) -> str:
    local = moment.astimezone(ZoneInfo("Asia/Amman"))
    return QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)


def test_the_second_save_keeps_the_editor_open_with_the_officers_text(
    editor: Any, context: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch, colleague: PostService
) -> None:
    post = new_post(context)
    window = editor(post.id)
    theirs = colleague.get(post.id)
    their_save = colleague.save(
        post.id, dataclasses.replace(theirs.fields, text_en=THEIR_TEXT), base=theirs
    ).post
    shown: list[str] = []
    monkeypatch.setattr(
        PostEditor, "inform", lambda self, title, text, error=False: shown.append(text)
    )

    type_text(qtbot, window.text_en, " Mine.")
    assert window.save_now() is False

    expected = (
        f"This post was changed by someone else (at {_local_time(their_save.updated_at)}) "
        "since you opened it; your changes were not saved. Reopen it to see theirs."
    )
    assert shown == [expected]
    assert window.isVisible()
    assert window.text_en.toPlainText() == post.fields.text_en + " Mine."
    assert window.banner.isVisible()
    assert expected in window.banner.text.text()
    assert "Your text is still here" in window.banner.text.text()
    assert "Not saved" in window.save_status.text()
    assert not window._autosave_timer.isActive()  # a retry would be refused too
    assert stored(context, post.id).fields.text_en == THEIR_TEXT
    assert stored(context, post.id).version == their_save.version

    # Typing on: the autosave is refused the same way, quietly (no second message box).
    type_text(qtbot, window.text_en, " More.")
    assert window.autosave() is False
    assert len(shown) == 1
    assert window.text_en.toPlainText().endswith(" Mine. More.")
    assert stored(context, post.id).fields.text_en == THEIR_TEXT

    # Reopened, the editor shows their text and saves again.
    window._dirty = False
    window.close()
    reopened = editor(post.id)
    assert reopened.text_en.toPlainText() == THEIR_TEXT
    type_text(qtbot, reopened.text_en, " Mine.")
    assert reopened.save_now() is True
    assert stored(context, post.id).fields.text_en == THEIR_TEXT + " Mine."


def test_saves_of_the_open_editor_and_changes_that_leave_its_fields_alone_go_through(
    editor: Any, context: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.store.models import Post

    shown: list[str] = []  # a refusal is recorded, not shown in a modal box
    monkeypatch.setattr(
        PostEditor, "inform", lambda self, title, text, error=False: shown.append(text)
    )
    post = new_post(context)
    window = editor(post.id)
    type_text(qtbot, window.text_en, " One.")
    assert window.save_now() is True
    type_text(qtbot, window.text_en, " Two.")
    assert window.save_now() is True
    # Sent for review elsewhere: a new state, the same fields.
    with context.opened.sessions.begin() as session:
        session.get(Post, post.id).state = "in_review"
    type_text(qtbot, window.text_en, " Three.")
    assert window.save_now() is True
    assert stored(context, post.id).fields.text_en.endswith(" One. Two. Three.")
    assert stored(context, post.id).state == "draft"  # the edit took it back, as always


def test_a_time_set_in_the_editor_still_wins_over_a_move_in_the_calendar(
    editor: Any, context: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch, colleague: PostService
) -> None:
    import datetime as dt

    shown: list[str] = []
    monkeypatch.setattr(
        PostEditor, "inform", lambda self, title, text, error=False: shown.append(text)
    )
    post = new_post(context)
    window = editor(post.id)
    loaded = window.scheduled_at()
    assert loaded is not None
    colleague.reschedule(post.id, loaded + dt.timedelta(days=3))  # the calendar's drag and drop
    mine = loaded + dt.timedelta(hours=2)
    window._set_when(mine)
    type_text(qtbot, window.text_en, " More.")
    assert window.save_now() is True, shown
    assert stored(context, post.id).fields.scheduled_at == mine
    assert stored(context, post.id).fields.text_en.endswith(" More.")
    # Their text and a move: that is someone else's edit after all.
    theirs = colleague.get(post.id)
    colleague.save(post.id, dataclasses.replace(theirs.fields, text_en=THEIR_TEXT), base=theirs)
    colleague.reschedule(post.id, mine + dt.timedelta(days=1))
    window._set_when(mine + dt.timedelta(hours=1))
    type_text(qtbot, window.text_en, " Again.")
    assert window.autosave() is False
    assert stored(context, post.id).fields.text_en == THEIR_TEXT


def test_the_inquiry_dialog_keeps_the_form_when_someone_else_saved_first(
    context: Any, qtbot: Any
) -> None:
    from app.services.inquiries import InquiryFields, InquiryService
    from app.store.engine import make_engine, make_session_factory
    from app.ui.inquiries.dialog import InquiryDialog

    here = context.inquiries()
    info = here.create(
        InquiryFields(channel="facebook", kind="inquiry", subject="بطاقة الناخب", text="متى؟")
    )
    dialog = InquiryDialog(context, info.id)
    qtbot.addWidget(dialog)
    engine = make_engine(context.workspace.db_path)
    try:
        there = InquiryService(make_session_factory(engine))
        opened = there.get(info.id)
        there.update(info.id, dataclasses.replace(opened.fields(), subject="موعد"), base=opened)
    finally:
        engine.dispose()

    dialog.subject_edit.setText("My subject")
    assert dialog.save() is False
    assert dialog.subject_edit.text() == "My subject"
    message = dialog.form_message.text()
    assert message.startswith("This inquiry was changed by someone else since you opened it")
    assert "Your text is still here" in message
    assert here.get(info.id).subject == "موعد"
    dialog.load()  # reopened: their subject, and the next save goes through
    dialog.subject_edit.setText("My subject")
    assert dialog.save() is True
    assert here.get(info.id).subject == "My subject"
