"""The bilingual post editor: one non-modal window per post, with live counters, the checklist,
preview, revision history, media attachments and autosave.

Open it with :func:`open_editor`; an editor already open on the same post is raised instead of a
second one being made.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from app.ui.context import AppContext
    from app.ui.editor.window import PostEditor


def open_editor(
    context: AppContext,
    post_id: int | None = None,
    day: dt.date | None = None,
    parent: QWidget | None = None,
) -> PostEditor:
    """Show the editor for ``post_id``, or for a new post (scheduled on ``day`` if given)."""
    from app.ui.editor.window import PostEditor

    if post_id is not None:
        existing = PostEditor.find_open(post_id)
        if existing is not None:
            bring_to_front(existing)
            return existing
    editor = PostEditor(context, post_id=post_id, day=day, parent=parent)
    editor.show()
    return editor


def bring_to_front(window: QWidget) -> None:
    """Show ``window`` above the others and give it the keyboard."""
    from PySide6.QtGui import QGuiApplication

    window.showNormal()
    if QGuiApplication.platformName() != "offscreen":  # it has no stacking order, and says so
        window.raise_()
    window.activateWindow()
