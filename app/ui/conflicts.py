"""What the officer reads when a save met someone else's newer change (optimistic locking).

The services refuse such a save with :class:`~app.errors.EditConflict`, changing nothing; the
editor and the inquiry dialog stay open with the officer's text and say so in these words, the
time of the other change in the workspace's time zone.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QLocale, QTime

from app.errors import EditConflict


def conflict_text(error: EditConflict, zone: ZoneInfo) -> str:
    """The refusal in the UI language: who changed what, when (if known), and what to do."""
    # Inquiries keep no time of their last change: their refusal never names one.
    if error.changed_at is None or error.what == "inquiry":
        if error.what == "inquiry":
            return QCoreApplication.translate(
                "EditConflict",
                "This inquiry was changed by someone else since you opened it; your changes "
                "were not saved. Reopen it to see theirs.",
            )
        return QCoreApplication.translate(
            "EditConflict",
            "This post was changed by someone else since you opened it; your changes were not "
            "saved. Reopen it to see theirs.",
        )
    local = error.changed_at.astimezone(zone)
    when = QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    return QCoreApplication.translate(
        "EditConflict",
        "This post was changed by someone else (at %1) since you opened it; your changes were "
        "not saved. Reopen it to see theirs.",
    ).replace("%1", when)


def kept_text() -> str:
    """The sentence that follows: nothing the officer wrote is lost."""
    return QCoreApplication.translate(
        "EditConflict",
        "Your text is still here: copy what you want to keep before you close this window.",
    )
