"""Fixtures for the post editor's GUI tests (load with ``pytest_plugins``): an application
context on a fresh workspace, and editors that are closed (and saved) after each test."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QApplication

from app.ui import i18n
from app.ui.context import AppContext
from app.ui.editor.window import PostEditor, close_editors
from tests.ui.editor_helpers import make_context


@pytest.fixture
def context(bayan_app: QApplication, workspace) -> Iterator[AppContext]:  # type: ignore[no-untyped-def]
    ctx = make_context(workspace.workspace.root)
    yield ctx
    # English again while the editors are open (see the launch fixture in tests/ui/conftest.py).
    i18n.LanguageManager().apply("en")
    bayan_app.processEvents()
    # An editor that cannot save asks whether to stay open; at the end of a test it closes.
    saved_confirm = PostEditor.confirm
    PostEditor.confirm = lambda self, title, text: False  # type: ignore[method-assign]
    try:
        assert close_editors()
    finally:
        PostEditor.confirm = saved_confirm  # type: ignore[method-assign]
    ctx.close()


@pytest.fixture
def editor(context: AppContext, qtbot) -> Callable[..., PostEditor]:  # type: ignore[no-untyped-def]
    """``editor(post_id=None, day=None)``: an editor shown on screen (offscreen)."""

    def _open(post_id: int | None = None, day: dt.date | None = None) -> PostEditor:
        window = PostEditor(context, post_id=post_id, day=day)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()  # keyboard focus and shortcuts need the active window
        qtbot.waitUntil(window.isActiveWindow)
        return window

    return _open
