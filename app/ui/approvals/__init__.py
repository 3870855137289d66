"""Approvals in the GUI (SPEC §4): enrolling approvers (:mod:`.enrol`), the approvers' table in
Settings (:mod:`.panel`) and the approver's review of a post, signed with their passphrase and
one-time code (:mod:`.review`).

The helpers here are shared by the three: times in the workspace's time zone, the one-time code
field, and the approval service's errors as sentences in the UI language. Nothing here holds a
passphrase, a key or a code longer than the widget that shows it.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QLocale,
    QObject,
    QRegularExpression,
    Qt,
    QTime,
)
from PySide6.QtGui import QFont, QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QWidget

from app.ui.i18n import ltr

_CTX = "ApprovalMessages"


class ApprovalMessages(QObject):
    """The translation context of these messages, for the ones with plural forms."""

# A code as people type or paste it: six digits (ASCII, Arabic-Indic or Persian), a space
# allowed between the halves ("123 456").
CODE_PATTERN = "[0-9\u0660-\u0669\u06f0-\u06f9]{0,3} ?[0-9\u0660-\u0669\u06f0-\u06f9]{0,3}"


def local_time(moment: dt.datetime, timezone: str) -> dt.datetime:
    return moment.astimezone(ZoneInfo(timezone))


def clock_text(moment: dt.datetime | None, timezone: str) -> str:
    """``HH:MM`` of a stored UTC time in the workspace's time zone ("" for None)."""
    if moment is None:
        return ""
    local = local_time(moment, timezone)
    return QLocale().toString(QTime(local.hour, local.minute), "hh:mm")


def date_time_text(moment: dt.datetime | None, timezone: str, *, short: bool = False) -> str:
    """Date and time of a stored UTC time in the workspace's time zone, in the UI's locale
    (the date written out, or in figures when ``short``)."""
    if moment is None:
        return ""
    local = local_time(moment, timezone)
    locale = QLocale()
    form = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    day = locale.toString(QDate(local.year, local.month, local.day), form)
    return f"{day} {locale.toString(QTime(local.hour, local.minute), 'hh:mm')}"


def make_code_edit(parent: QWidget) -> QLineEdit:
    """The field for a 6-digit one-time code: digits only (Arabic-Indic ones too), left to
    right, in a monospace font large enough to check at a glance."""
    edit = QLineEdit(parent)
    edit.setValidator(QRegularExpressionValidator(QRegularExpression(CODE_PATTERN), edit))
    edit.setMaxLength(7)
    edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    edit.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute)
    edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
    font = QFont("monospace")
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPointSizeF(QFont().pointSizeF() * 1.3)
    edit.setFont(font)
    edit.setPlaceholderText("000000")
    edit.setMaximumWidth(200)
    return edit


def code_digits(text: str) -> str:
    """The code typed, as six ASCII digits when it is well formed (else what was typed)."""
    from app.core.approval import normalise_code

    return normalise_code(text)


def code_complete(text: str) -> bool:
    digits = code_digits(text)
    return len(digits) == 6 and digits.isascii() and digits.isdigit()


def vault_state(context: object, service: object) -> object:
    """Whether the workspace's keyring works (``VaultStatus``): the approval service's answer,
    else the account service's, which use the same keyring."""
    status = getattr(service, "vault_status", None)
    if status is None:
        status = context.accounts().vault_status  # type: ignore[attr-defined]
    return status()


def group_key(secret: str) -> str:
    """A base32 key in groups of four, as authenticator apps show keys typed by hand."""
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


# --- the approval service's errors in the UI language --------------------------------------

TEXTS = {
    "vault": QT_TRANSLATE_NOOP(
        "ApprovalMessages",
        "The keyring cannot be used, so approvers' keys can be neither read nor stored.",
    ),
    "not_found": QT_TRANSLATE_NOOP("ApprovalMessages", "This approver no longer exists."),
    "transition": QT_TRANSLATE_NOOP(
        "ApprovalMessages", "The post is no longer in review: it cannot be signed now."
    ),
    "other": QT_TRANSLATE_NOOP("ApprovalMessages", "That was not done."),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def _with_detail(text: str, error: BaseException) -> str:
    detail = str(error).strip()
    if not detail:
        return text
    return (
        text
        + " "
        + QCoreApplication.translate("ApprovalMessages", "Details: %1").replace("%1", ltr(detail))
    )


def error_text(error: BaseException, timezone: str) -> str:
    """What went wrong, in the UI language; for a refused signature, how many attempts are
    left or until when the approver is locked."""
    from app.core.states import ForbiddenTransition
    from app.errors import VaultUnavailable
    from app.services.approvals import (
        ApprovalBlocked,
        ApproverInvalid,
        ApproverLocked,
        ApproverNotFound,
        SignatureRefused,
    )

    if isinstance(error, SignatureRefused):
        return refusal_text(error, timezone)
    if isinstance(error, ApproverLocked):
        return QCoreApplication.translate(
            "ApprovalMessages",
            "This approver is locked until %1 after five failed attempts in a row. Wait until "
            "then, or ask another approver.",
        ).replace("%1", clock_text(error.until, timezone))
    if isinstance(error, VaultUnavailable):
        return _with_detail(_tr(TEXTS["vault"]), error)
    if isinstance(error, ApproverNotFound):
        if getattr(error, "removed", False):
            return QCoreApplication.translate(
                "ApprovalMessages", "This approver was removed and can no longer sign."
            )
        return _tr(TEXTS["not_found"])
    if isinstance(error, ApprovalBlocked):
        return QCoreApplication.translate(
            "ApprovalMessages",
            "The checklist now finds blockers in this post (%1), for instance a quiet period "
            "added since it was submitted: it cannot be approved. Request changes instead.",
        ).replace("%1", ", ".join(ltr(rule) for rule in getattr(error, "rules", [])))
    if isinstance(error, ForbiddenTransition):
        return _with_detail(_tr(TEXTS["transition"]), error)
    if isinstance(error, ApproverInvalid):
        return _with_detail(QCoreApplication.translate("ApprovalMessages", "Not accepted."), error)
    return _with_detail(_tr(TEXTS["other"]), error)


def refusal_text(error: object, timezone: str) -> str:
    reason = getattr(error, "reason", "")
    locked_until = getattr(error, "locked_until", None)
    attempts_left = getattr(error, "attempts_left", None)
    if reason == "reused":
        text = QCoreApplication.translate(
            "ApprovalMessages",
            "This code was already used: a code signs once only. Wait for the next code on "
            "the phone (at most 30 seconds) and type that one.",
        )
    elif reason == "format":
        text = QCoreApplication.translate(
            "ApprovalMessages", "A code is 6 digits: type the code the authenticator app shows now."
        )
    else:
        text = QCoreApplication.translate(
            "ApprovalMessages",
            "The passphrase or the code is not right. Nothing was signed. Check the "
            "passphrase and type the code the phone shows now.",
        )
    if locked_until is not None:
        text += " " + QCoreApplication.translate(
            "ApprovalMessages",
            "That was the fifth failed attempt in a row: this approver is locked until %1.",
        ).replace("%1", clock_text(locked_until, timezone))
    elif attempts_left is not None:
        # A class's tr(): lupdate marks only tr() calls as plural, not translate().
        text += " " + ApprovalMessages.tr(
            "%n attempt(s) left before this approver is locked for 15 minutes.",
            "",
            int(attempts_left),
        )
    return text
