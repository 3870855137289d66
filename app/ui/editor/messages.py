"""The editor's messages for the errors the post service reports, in the UI language.

The service's own one-line English text (``str(error)``) is added as the detail, kept whole
inside an Arabic sentence.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.ui.i18n import ltr

_CTX = "EditorMessages"

ERROR_TEXTS = {
    "post_not_found": QT_TRANSLATE_NOOP("EditorMessages", "This post no longer exists."),
    "post_locked": QT_TRANSLATE_NOOP(
        "EditorMessages",
        "This post is published, archived or withdrawn: it is kept as it is. Duplicate it to "
        "write a new one.",
    ),
    "post_invalid": QT_TRANSLATE_NOOP("EditorMessages", "A field has a value Bayan cannot keep."),
    "media": QT_TRANSLATE_NOOP("EditorMessages", "The file cannot be attached."),
    "forbidden_transition": QT_TRANSLATE_NOOP(
        "EditorMessages", "The post cannot change to that state now."
    ),
    "submission_refused": QT_TRANSLATE_NOOP(
        "EditorMessages", "The post cannot be submitted for approval yet."
    ),
    "edit_conflict": QT_TRANSLATE_NOOP(
        "EditorMessages",
        "Someone else changed this since it was opened here; nothing was saved. Reopen it to "
        "see their changes.",
    ),
    "disk_full": QT_TRANSLATE_NOOP(
        "EditorMessages",
        "The disk is full: nothing was saved. Free some space and try again.",
    ),
    "read_only": QT_TRANSLATE_NOOP(
        "EditorMessages",
        "The workspace is read-only: nothing was saved. Bayan needs permission to write to the "
        "workspace folder and its files.",
    ),
}
DEFAULT_TEXT = QT_TRANSLATE_NOOP("EditorMessages", "Bayan could not store the post.")


def error_message(error: BaseException) -> str:
    """What went wrong, in the UI language, then the detail as the service said it."""
    kind = getattr(error, "kind", "")
    text = QCoreApplication.translate(_CTX, ERROR_TEXTS.get(kind, DEFAULT_TEXT))
    detail = str(error).strip()
    if detail:
        text += " " + QCoreApplication.translate(_CTX, "Details: %1").replace("%1", ltr(detail))
    return text
