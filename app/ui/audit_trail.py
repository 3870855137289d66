"""An entity's audit trail (a post's, an approver's): its entries of the hash-chained audit log in
words, oldest first, with the whole chain's verification above them and its head as an anchor.

Each row: the entry's number in the chain, its time in the workspace's time zone, who acted (the
officer, or the approver by name) and what happened with its details (states, platform and URL,
reason, the approved content's hash shortened to 12 hex digits). The selected entry is shown in
full, selectable, below the table (full hashes, the whole URL).

Above the table, :meth:`app.services.audit.AuditLog.verify` on the whole log: "verified: N
entries", or the first broken entry. The anchor ``N:HASH`` (entry count and head hash) is not a
secret: it is copied to the clipboard as plain text, to be kept outside the workspace and
checked later with ``bayan audit verify --anchor``.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Mapping
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime, QTimeZone
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import BayanError
from app.ui import labels, theme
from app.ui.i18n import Retranslating, ltr

log = logging.getLogger(__name__)

SHORT_HASH = 12
COLUMNS = ("number", "at", "actor", "what", "chain")


def isolate(text: str) -> str:
    """``text`` (a name, a comment, in either language) kept in its own direction inside a
    sentence of the other: first-strong isolate … pop directional isolate."""
    return f"\u2068{text}\u2069"


def short_hash(value: str) -> str:
    return value[:SHORT_HASH]


def local_text(moment: Any, zone: ZoneInfo) -> str:
    """``moment`` (an aware date-time, or its ISO text) in ``zone``, in the UI's locale."""
    if isinstance(moment, str):
        try:
            moment = dt.datetime.fromisoformat(moment)
        except ValueError:
            return ltr(moment)
    if not isinstance(moment, dt.datetime):
        return str(moment)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    local = moment.astimezone(zone)
    shown = QDateTime(
        QDate(local.year, local.month, local.day),
        QTime(local.hour, local.minute, local.second),
        QTimeZone.utc(),
    )
    return QLocale().toString(shown, QLocale.FormatType.ShortFormat)


class AuditTrailDialog(Retranslating, QDialog):
    """The audit entries of ``entity`` ``entity_id`` ("post", 12), read when shown."""

    def __init__(
        self, context: Any, entity: str, entity_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.entity = entity
        self.entity_id = entity_id
        self.zone = ZoneInfo(context.timezone)
        self.entries: list[Any] = []
        self.result: Any = None
        self.broken_number: int | None = None  # position in the chain of the first broken entry
        self.approver_names: dict[int, str] = {}
        self.decisions: list[Any] = []  # the post's approvals: their comments are not audited
        self.subject = ""
        self.resize(960, 600)

        self.status_icon = QLabel(self)
        self.status = QLabel(self)
        self.status.setObjectName("auditStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_icon)
        status_row.addWidget(self.status, 1)
        self.status_box = QFrame(self)
        self.status_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.status_box.setLayout(status_row)

        self.anchor_label = QLabel(self)
        self.anchor = QLineEdit(self)
        self.anchor.setObjectName("auditAnchor")
        self.anchor.setReadOnly(True)
        self.anchor.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.anchor_label.setBuddy(self.anchor)
        self.copy_button = QPushButton(self)
        self.copy_button.clicked.connect(self.copy_anchor)
        self.copied = QLabel(self)
        theme.muted(self.copied)
        anchor_row = QHBoxLayout()
        anchor_row.addWidget(self.anchor_label)
        anchor_row.addWidget(self.anchor, 1)
        anchor_row.addWidget(self.copy_button)
        anchor_row.addWidget(self.copied)
        self.anchor_hint = QLabel(self)
        self.anchor_hint.setWordWrap(True)
        theme.muted(self.anchor_hint)

        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("auditTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.ResizeToContents)
        self.table.currentCellChanged.connect(lambda *_: self._show_selected())
        # Wrapped rows take the height their text needs at the columns' widths of the moment
        # (a post's trail is a few dozen rows at most).
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.empty = QLabel(self)
        theme.muted(self.empty)

        self.details_label = QLabel(self)
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("auditDetails")
        self.details.setReadOnly(True)
        self.details.setTabChangesFocus(True)
        self.details.setMaximumHeight(130)
        self.details_label.setBuddy(self.details)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.status_box)
        layout.addLayout(anchor_row)
        layout.addWidget(self.anchor_hint)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details_label)
        layout.addWidget(self.details)
        layout.addWidget(self.buttons)
        QWidget.setTabOrder(self.table, self.details)
        QWidget.setTabOrder(self.details, self.anchor)
        QWidget.setTabOrder(self.anchor, self.copy_button)

        self.reload()

    # -- reading ----------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the trail, the chain's verification and the approvers' names again."""
        audit = self.context.audit()
        self.entries = list(audit.trail(self.entity, self.entity_id))
        self.result = audit.verify()
        self.broken_number = None
        if not self.result.ok and self.result.first_broken_id is not None:
            ids = [entry.id for entry in audit.entries()]
            broken = self.result.first_broken_id
            self.broken_number = ids.index(broken) + 1 if broken in ids else broken
        self.approver_names = self._approver_names()
        self.decisions = self._decisions()
        self.subject = self._subject()
        self.retranslate()
        if self.entries:
            self.table.setCurrentCell(len(self.entries) - 1, 0)
            self.table.scrollToBottom()

    def _approver_names(self) -> dict[int, str]:
        try:
            approvers = self.context.approvals().approvers(include_removed=True)
        except (BayanError, AttributeError) as exc:
            log.warning("approvers not read for the audit trail: %s", exc)
            return {}
        return {int(a.id): str(a.name) for a in approvers}

    def _decisions(self) -> list[Any]:
        if self.entity != "post":
            return []
        try:
            return list(self.context.approvals().approvals(self.entity_id))
        except (BayanError, AttributeError) as exc:
            log.warning("approvals not read for the audit trail: %s", exc)
            return []

    def decision_comment(self, action: str, details: Mapping[str, Any]) -> str:
        """The comment of the decision an entry records (kept with the approval, not in the
        log): by the approval's id, or else by its approver, decision and content hash."""
        decision = {
            "post.approved": "approved",
            "post.changes_requested": "changes_requested",
        }.get(action)
        if decision is None:
            return ""
        approval_id = details.get("approval_id")
        for info in self.decisions:
            if approval_id is not None:
                if info.id == approval_id:
                    return str(info.comment or "")
            elif (
                info.decision == decision
                and info.approver_id == details.get("approver_id")
                and info.content_hash == details.get("content_hash")
            ):
                return str(info.comment or "")
        return ""

    def _subject(self) -> str:
        if self.entity != "post":
            return ""
        try:
            post = self.context.posts().get(self.entity_id)
        except BayanError:
            return ""
        fields = post.fields
        english = self.context.languages.language != "ar"
        return (fields.title_en if english and fields.title_en else fields.title) or ""

    # -- text --------------------------------------------------------------------------------

    def retranslate(self) -> None:
        if self.entity == "post":
            title = self.tr("Audit trail of the post “%1”").replace(
                "%1", self.subject or self.tr("(untitled)")
            )
        elif self.entity == "approver":
            title = self.tr("Audit trail of the approver %1").replace(
                "%1", self.approver_names.get(self.entity_id, f"#{self.entity_id}")
            )
        else:
            title = (
                self.tr("Audit trail: %1 %2")
                .replace("%1", ltr(self.entity))
                .replace("%2", QLocale().toString(self.entity_id))
            )
        self.setWindowTitle(title)
        self.anchor_label.setText(self.tr("&Anchor:"))
        self.anchor.setAccessibleName(self.tr("Anchor of the audit log: entry count and head hash"))
        self.copy_button.setText(self.tr("&Copy anchor"))
        self.copy_button.setToolTip(self.tr("Copy the anchor to the clipboard"))
        self.anchor_hint.setText(
            self.tr(
                "Keep the anchor outside this computer (on paper, for example): %1 checks later "
                "that the log was not rewritten."
            ).replace("%1", ltr("bayan audit verify --anchor"))
        )
        self.table.setAccessibleName(self.tr("Audit entries"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("No."),
                self.tr("Time"),
                self.tr("Who"),
                self.tr("What happened"),
                self.tr("Chain"),
            ]
        )
        self.details_label.setText(self.tr("&Selected entry:"))
        self.details.setAccessibleName(self.tr("The selected entry in full"))
        self.empty.setText(self.tr("Nothing is recorded for this yet."))
        self.empty.setVisible(not self.entries)
        self._show_verification()
        self._fill()

    def _show_verification(self) -> None:
        result = self.result
        if result is None:
            return
        locale = QLocale()
        if result.ok:
            text = self.tr("Audit log verified: %1 entries, every link intact.").replace(
                "%1", locale.toString(int(result.count))
            )
            icon = QStyle.StandardPixmap.SP_DialogApplyButton
            self.anchor.setText(f"{result.count}:{result.head_hash}")
        else:
            number = self.broken_number
            if number is None:
                text = self.tr("The audit log is broken: %1").replace("%1", ltr(result.reason))
            else:
                text = (
                    self.tr(
                        "The audit log is broken at entry %1: it was changed outside Bayan. "
                        "Entries from there on cannot be trusted. Details: %2"
                    )
                    .replace("%1", locale.toString(int(number)))
                    .replace("%2", ltr(result.reason))
                )
            icon = QStyle.StandardPixmap.SP_MessageBoxCritical
            self.anchor.setText("")
        has_anchor = bool(result.ok and result.count)
        self.anchor.setPlaceholderText(
            "" if has_anchor else self.tr("No anchor: the log is empty or broken")
        )
        self.copy_button.setEnabled(has_anchor)
        self.status.setText(text)
        self.status.setAccessibleName(text)
        theme.error_text(self.status, not result.ok)
        self.status_icon.setPixmap(self.style().standardIcon(icon).pixmap(24, 24))
        self.table.setColumnHidden(COLUMNS.index("chain"), result.ok)

    def _fill(self) -> None:
        current = self.table.currentRow()
        self.table.setRowCount(len(self.entries))
        locale = QLocale()
        broken_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        for row, entry in enumerate(self.entries):
            summary, _lines, tooltip = self.describe(entry)
            number = int(entry.number)
            values = [
                locale.toString(number),
                local_text(entry.at, self.zone),
                self.actor_name(entry.actor),
                summary,
                self._chain_mark(number),
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, row)
                if column == COLUMNS.index("what"):
                    item.setToolTip(tooltip or summary)
                if column == COLUMNS.index("number"):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if column == COLUMNS.index("chain") and number == self.broken_number:
                    item.setIcon(broken_icon)
                self.table.setItem(row, column, item)
        if 0 <= current < len(self.entries):
            self.table.setCurrentCell(current, 0)
        self._show_selected()

    def _chain_mark(self, number: int) -> str:
        if self.broken_number is None or number < self.broken_number:
            return ""
        if number == self.broken_number:
            return self.tr("broken here")
        return self.tr("after the break")

    def _show_selected(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.entries):
            self.details.setPlainText("")
            return
        entry = self.entries[row]
        summary, lines, _tooltip = self.describe(entry)
        head = (
            self.tr("Entry %1 — %2 — %3")
            .replace("%1", QLocale().toString(int(entry.number)))
            .replace("%2", local_text(entry.at, self.zone))
            .replace("%3", self.actor_name(entry.actor))
        )
        text = [head, summary, *lines]
        text.append(self.tr("Entry hash: %1").replace("%1", ltr(str(entry.hash))))
        mark = self._chain_mark(int(entry.number))
        if mark:
            text.append(mark)
        self.details.setPlainText("\n".join(text))

    def actor_name(self, actor: str) -> str:
        if actor == "officer":
            return self.tr("Officer")
        if actor.startswith("approver:"):
            raw = actor.split(":", 1)[1]
            try:
                approver_id = int(raw)
            except ValueError:
                return ltr(actor)
            return self.approver_name(approver_id)
        return ltr(actor)

    def approver_name(self, approver_id: Any) -> str:
        try:
            number = int(approver_id)
        except (TypeError, ValueError):
            return ltr(str(approver_id))
        name = self.approver_names.get(number)
        if name:
            return name
        return self.tr("Approver #%1").replace("%1", QLocale().toString(number))

    # -- what happened -------------------------------------------------------------------------

    def describe(self, entry: Any) -> tuple[str, list[str], str]:
        """``entry`` in words: a one-line summary, more lines for the full view, and the
        summary's tooltip (with the full content hash)."""
        action = str(entry.action)
        details: Mapping[str, Any] = entry.details if isinstance(entry.details, Mapping) else {}
        lines: list[str] = []
        tooltip = ""
        states = self._states(details)
        what = self._action_text(action, details)
        summary = what
        if states and action != "post.rescheduled":
            summary = self.tr("%1 (%2)").replace("%1", what).replace("%2", states)

        if action in ("publication.recorded", "publication.corrected"):
            platform = labels.platform(str(details.get("platform", "")))
            url = str(details.get("url", ""))
            summary = (
                self.tr("%1: %2, %3")
                .replace("%1", what)
                .replace("%2", platform)
                .replace("%3", ltr(url))
            )
            when = details.get("published_at")
            if when:
                lines.append(self.tr("Published at: %1").replace("%1", local_text(when, self.zone)))
            if url:
                lines.append(self.tr("URL: %1").replace("%1", ltr(url)))
            before_url = details.get("previous_url")
            before_at = details.get("previous_published_at")
            if before_url or before_at:
                lines.append(
                    self.tr("Before the correction: %1 at %2")
                    .replace("%1", ltr(str(before_url or "")))
                    .replace("%2", local_text(before_at, self.zone) if before_at else "")
                )
        elif action == "post.rescheduled":
            before = details.get("from")
            after = details.get("to")
            summary = (
                self.tr("%1: from %2 to %3")
                .replace("%1", what)
                .replace("%2", self._time_or_none(before))
                .replace("%3", self._time_or_none(after))
            )
            if "approval_kept" in details:
                kept = bool(details.get("approval_kept"))
                summary += " — " + (
                    self.tr("the approval was kept")
                    if kept
                    else self.tr("the approval was withdrawn")
                )
        elif action == "post.returned_to_draft":
            reason = self._return_reason(str(details.get("reason", "")))
            if reason:
                summary = self.tr("%1: %2").replace("%1", summary).replace("%2", reason)
        elif action == "approval.refused":
            parts = [self._refusal_reason(str(details.get("reason", "")))]
            if details.get("approver_id") is not None and not str(entry.actor).startswith(
                "approver:"
            ):
                parts.append(self.approver_name(details.get("approver_id")))
            failures = details.get("failures")
            if isinstance(failures, int) and failures > 0:
                parts.append(
                    self.tr("failure %1 in a row").replace("%1", QLocale().toString(failures))
                )
            summary = (
                self.tr("%1: %2")
                .replace("%1", what)
                .replace("%2", self.tr(", ").join(p for p in parts if p))
            )
        elif action == "approver.locked":
            until = details.get("until")
            if until:
                summary = (
                    self.tr("%1 until %2")
                    .replace("%1", what)
                    .replace("%2", local_text(until, self.zone))
                )
        if (
            details.get("approver_id") is not None
            and action not in ("approval.refused",)
            and not str(entry.actor).startswith("approver:")
        ):
            lines.append(
                self.tr("Approver: %1").replace("%1", self.approver_name(details["approver_id"]))
            )
        if details.get("name"):
            lines.append(self.tr("Name: %1").replace("%1", str(details["name"])))
        if details.get("title"):
            lines.append(self.tr("Title: %1").replace("%1", str(details["title"])))
        comment = details.get("comment") or self.decision_comment(action, details)
        if comment:
            lines.append(self.tr("Comment: %1").replace("%1", isolate(str(comment))))
            if action == "post.changes_requested":
                summary = (
                    self.tr("%1: “%2”").replace("%1", summary).replace("%2", isolate(str(comment)))
                )
        digest = details.get("content_hash")
        if digest:
            digest = str(digest)
            summary += " — " + self.tr("content %1").replace("%1", ltr(short_hash(digest)))
            full = self.tr("Hash of the content signed: %1").replace("%1", ltr(digest))
            lines.append(full)
            tooltip = summary + "\n" + full
        known = {
            "from",
            "to",
            "platform",
            "url",
            "published_at",
            "reason",
            "approver_id",
            "failures",
            "until",
            "approval_kept",
            "comment",
            "content_hash",
            "approval_id",
            "name",
            "title",
            "previous_url",
            "previous_published_at",
        }
        for key in sorted(k for k in details if k not in known):
            lines.append(f"{ltr(str(key))}: {ltr(str(details[key]))}")
        return summary, lines, tooltip

    def _states(self, details: Mapping[str, Any]) -> str:
        before, after = details.get("from"), details.get("to")
        if not (isinstance(before, str) and isinstance(after, str)):
            return ""
        known = {s for s in labels.POST_STATES}
        if before not in known or after not in known:
            return ""
        # The arrow points the way the sentence reads.
        arrow = "←" if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else "→"
        return f"{labels.post_state(before)} {arrow} {labels.post_state(after)}"

    def _time_or_none(self, value: Any) -> str:
        if not value:
            return self.tr("not scheduled")
        return local_text(value, self.zone)

    def _action_text(self, action: str, details: Mapping[str, Any]) -> str:
        texts = {
            "post.created": self.tr("Created"),
            "post.submitted": self.tr("Submitted for approval"),
            "post.withdrawn": self.tr("Withdrawn"),
            "post.approved": self.tr("Approved"),
            "post.changes_requested": self.tr("Changes requested"),
            "post.returned_to_draft": self.tr("Returned to draft"),
            "post.rescheduled": self.tr("Rescheduled"),
            "post.published": self.tr("Published: every platform has a record"),
            "post.archived": self.tr("Archived"),
            "publication.recorded": self.tr("Publication recorded"),
            "publication.corrected": self.tr("Publication record corrected"),
            "approval.refused": self.tr("Signature refused"),
            "approver.locked": self.tr("Approver locked"),
            "approver.enrolled": self.tr("Approver enrolled"),
            "approver.reenrolled": self.tr("Approver enrolled again (new key)"),
            "approver.passphrase_changed": self.tr("Approver's passphrase changed"),
            "approver.removed": self.tr("Approver removed"),
        }
        return texts.get(action, ltr(action))

    def _return_reason(self, reason: str) -> str:
        texts = {
            "edit": self.tr("the content was edited, so the approval was withdrawn"),
            "media": self.tr("an attachment changed, so the approval was withdrawn"),
            "alt_text": self.tr("an alt text changed, so the approval was withdrawn"),
            "quiet_period": self.tr("the new time falls in a quiet period"),
        }
        return texts.get(reason, ltr(reason) if reason else "")

    def _refusal_reason(self, reason: str) -> str:
        texts = {
            "passphrase_or_code": self.tr("wrong passphrase or code"),
            "reused": self.tr("a code that was already used"),
            "format": self.tr("not a 6-digit code"),
            "locked": self.tr("the approver is locked"),
        }
        return texts.get(reason, ltr(reason) if reason else "")

    # -- anchor -----------------------------------------------------------------------------------

    def anchor_text(self) -> str:
        result = self.result
        if result is None or not result.ok or not result.count:
            return ""
        return f"{result.count}:{result.head_hash}"

    def copy_anchor(self) -> None:
        """Put ``N:HASH`` on the clipboard (plain text: the anchor is not a secret)."""
        text = self.anchor_text()
        if not text:
            return
        QGuiApplication.clipboard().setText(text)
        self.copied.setText(self.tr("Copied"))
