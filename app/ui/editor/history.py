"""Revision history: two revisions of a post side by side, with what changed marked.

The diff is by words (``difflib`` on words and spaces; line breaks kept). Removed words are struck
through on the earlier side and added words underlined on the later side — each also tinted, but
never by colour alone — and every changed field is headed "changed". Arabic fields are laid out
right to left, English left to right.
"""

from __future__ import annotations

import datetime as dt
import difflib
import html
import json
import re
from collections.abc import Sequence
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.services.posts import RevisionInfo
from app.ui import labels, theme
from app.ui.i18n import Retranslating

REMOVED_BACKGROUND = "#fde2e2"
ADDED_BACKGROUND = "#dcfce7"
_TOKENS = re.compile(r"\n|[^\S\n]+|[^\s]+")

# Fields in the order they are shown: key, right to left?
ARABIC_FIELDS = {"title", "text_ar"}


def tokens(text: str) -> list[str]:
    """Words, runs of spaces and line breaks: what the diff compares."""
    return _TOKENS.findall(text)


def word_diff(old: str, new: str) -> tuple[str, str, bool]:
    """HTML of ``old`` with removed words struck through and of ``new`` with added words
    underlined, and whether they differ."""
    a, b = tokens(old), tokens(new)
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    left: list[str] = []
    right: list[str] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            left.append(_plain(a[i1:i2]))
            right.append(_plain(b[j1:j2]))
            continue
        if i2 > i1:
            left.append(_marked(a[i1:i2], "s", REMOVED_BACKGROUND))
        if j2 > j1:
            right.append(_marked(b[j1:j2], "u", ADDED_BACKGROUND))
    return "".join(left), "".join(right), old != new


def _plain(parts: Sequence[str]) -> str:
    return html.escape("".join(parts)).replace("\n", "<br/>")


def _marked(parts: Sequence[str], tag: str, background: str) -> str:
    # Mark the words, not the line breaks between them.
    out = []
    for line_index, line in enumerate("".join(parts).split("\n")):
        if line_index:
            out.append("<br/>")
        if line:
            out.append(f'<{tag} style="background-color:{background}">{html.escape(line)}</{tag}>')
    return "".join(out)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, list | tuple):
        return ", ".join(_text(v) for v in value)
    if isinstance(value, bool | int | float):
        return str(value)
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


class HistoryDialog(Retranslating, QDialog):
    """Compare any two revisions; by default the last two."""

    def __init__(
        self, revisions: list[RevisionInfo], timezone: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.revisions = revisions
        self.timezone = timezone
        self._syncing = False
        self.resize(980, 640)
        self.earlier = QComboBox(self)
        self.later = QComboBox(self)
        self.earlier_label = QLabel(self)
        self.earlier_label.setBuddy(self.earlier)
        self.later_label = QLabel(self)
        self.later_label.setBuddy(self.later)
        pick = QFormLayout()
        pick.addRow(self.earlier_label, self.earlier)
        pick.addRow(self.later_label, self.later)
        self.show_all = QCheckBox(self)
        self.show_all.toggled.connect(self.show_diff)
        self.legend = QLabel(self)
        self.legend.setWordWrap(True)
        theme.muted(self.legend)
        self.left = QTextBrowser(self)
        self.right = QTextBrowser(self)
        for browser in (self.left, self.right):
            browser.setOpenLinks(False)
        # Scroll the two sides together.
        self.left.verticalScrollBar().valueChanged.connect(self._sync_from_left)
        self.right.verticalScrollBar().valueChanged.connect(self._sync_from_right)
        self.left_heading = QLabel(self)
        self.right_heading = QLabel(self)
        columns = QHBoxLayout()
        left_column = QVBoxLayout()
        left_column.addWidget(self.left_heading)
        left_column.addWidget(self.left, 1)
        right_column = QVBoxLayout()
        right_column.addWidget(self.right_heading)
        right_column.addWidget(self.right, 1)
        columns.addLayout(left_column, 1)
        columns.addLayout(right_column, 1)
        self.empty = QLabel(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(pick)
        layout.addWidget(self.show_all)
        layout.addWidget(self.legend)
        layout.addWidget(self.empty)
        layout.addLayout(columns, 1)
        layout.addWidget(buttons)
        self.earlier.currentIndexChanged.connect(self.show_diff)
        self.later.currentIndexChanged.connect(self.show_diff)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Revision history"))
        self.earlier_label.setText(self.tr("&Earlier revision:"))
        self.later_label.setText(self.tr("&Later revision:"))
        self.show_all.setText(self.tr("Show &unchanged fields too"))
        self.legend.setText(
            self.tr(
                "Struck through: removed in the later revision. Underlined: added in it. "
                "Each changed field is marked “changed”."
            )
        )
        self.left.setAccessibleName(self.tr("Earlier revision"))
        self.right.setAccessibleName(self.tr("Later revision"))
        self.empty.setText(self.tr("This post has only one revision so far."))
        self._fill_choices()

    def _revision_name(self, revision: RevisionInfo) -> str:
        reasons = {
            "create": self.tr("created"),
            "save": self.tr("saved"),
            "autosave": self.tr("saved automatically"),
            "reschedule": self.tr("rescheduled"),
            "withdraw": self.tr("withdrawn"),
            "media": self.tr("media changed"),
            "attach": self.tr("media attached"),
            "detach": self.tr("media removed"),
            "submit": self.tr("submitted for approval"),
            "duplicate": self.tr("made as a copy"),
            "reuse": self.tr("re-used from an evergreen post"),
            "repeat": self.tr("repeated"),
            "import": self.tr("imported"),
            "approve": self.tr("approved"),
            "changes_requested": self.tr("changes requested"),
            "publish": self.tr("published"),
            "archive": self.tr("archived"),
        }
        reason = reasons.get(revision.reason, revision.reason)
        return (
            self.tr("%1 (%2)").replace("%1", self._when(revision.created_at)).replace("%2", reason)
        )

    def _when(self, moment: dt.datetime) -> str:
        local = moment.astimezone(ZoneInfo(self.timezone))
        qt = QDateTime.fromString(local.strftime("%Y-%m-%dT%H:%M:%S"), Qt.DateFormat.ISODate)
        return QLocale().toString(qt, QLocale.FormatType.ShortFormat)

    def _fill_choices(self) -> None:
        keep = (self.earlier.currentIndex(), self.later.currentIndex())
        for combo in (self.earlier, self.later):
            combo.blockSignals(True)
            combo.clear()
            for revision in self.revisions:
                combo.addItem(self._revision_name(revision), revision.id)
            combo.blockSignals(False)
        count = len(self.revisions)
        if keep[0] >= 0 and keep[1] >= 0:
            earlier, later = keep
        else:
            earlier, later = max(0, count - 2), max(0, count - 1)
        self.earlier.setCurrentIndex(earlier)
        self.later.setCurrentIndex(later)
        self.empty.setVisible(count < 2)
        self.show_diff()

    def show_diff(self) -> None:
        if not self.revisions:
            self.left.clear()
            self.right.clear()
            return
        older = self.revisions[max(0, self.earlier.currentIndex())]
        newer = self.revisions[max(0, self.later.currentIndex())]
        self.left_heading.setText(self._revision_name(older))
        self.right_heading.setText(self._revision_name(newer))
        left, right = self.render(older.snapshot, newer.snapshot)
        self.left.setHtml(left)
        self.right.setHtml(right)

    def _sync_from_left(self, value: int) -> None:
        self._sync(self.left, self.right)

    def _sync_from_right(self, value: int) -> None:
        self._sync(self.right, self.left)

    def _sync(self, source: QTextBrowser, target: QTextBrowser) -> None:
        """Keep the other side at the same place (proportionally: the sides differ in length)."""
        if self._syncing:
            return
        self._syncing = True
        try:
            bar, other = source.verticalScrollBar(), target.verticalScrollBar()
            fraction = bar.value() / bar.maximum() if bar.maximum() else 0.0
            other.setValue(round(fraction * other.maximum()))
        finally:
            self._syncing = False

    def field_names(self) -> dict[str, str]:
        return {
            "title": self.tr("Title"),
            "title_en": self.tr("English title"),
            "text_ar": self.tr("Arabic text"),
            "text_en": self.tr("English text"),
            "platforms": self.tr("Platforms"),
            "scheduled_at": self.tr("Scheduled"),
            "link": self.tr("Link"),
            "source_refs": self.tr("Source references"),
            "variants": self.tr("Per-platform texts"),
            "media": self.tr("Media"),
            "evergreen": self.tr("Evergreen"),
            "state": self.tr("State"),
            "note": self.tr("Note"),
        }

    def render(self, old: dict[str, Any], new: dict[str, Any]) -> tuple[str, str]:
        """The two sides' HTML: the changed fields (every field when "show unchanged" is
        ticked), marked."""
        names = self.field_names()
        order = list(names)
        keys = [k for k in order if k in old or k in new]
        skip = {
            "manual_checks",
            "warning_justifications",
            "pillar_id",
            "campaign_id",
            "event_id",
            "previous_state",
            "rescheduled",  # the schedule itself shows the move
            "recurrence",
        }
        keys += sorted(k for k in {*old, *new} if k not in names and k not in skip)
        left: list[str] = []
        right: list[str] = []
        for key in keys:
            if key == "variants":
                self._variants(old.get(key) or {}, new.get(key) or {}, left, right)
                continue
            old_value, new_value = (
                self._display(key, old.get(key)),
                self._display(key, new.get(key)),
            )
            self._field(
                names.get(key, key), key in ARABIC_FIELDS, old_value, new_value, left, right
            )
        if not left:
            same = f"<p><i>{html.escape(self.tr('No differences in the post’s fields.'))}</i></p>"
            return same, same
        return "".join(left), "".join(right)

    def _display(self, key: str, value: Any) -> str:
        if key == "platforms" and isinstance(value, list | tuple):
            return ", ".join(labels.platform(str(p)) for p in value)
        if key == "media" and isinstance(value, list | tuple):
            return self.tr("%1 attached").replace("%1", QLocale().toString(len(value)))
        if key == "state" and isinstance(value, str):
            return labels.post_state(value)
        if key == "scheduled_at" and isinstance(value, str) and value:
            try:
                return self._when(dt.datetime.fromisoformat(value))
            except ValueError:
                return value
        if isinstance(value, bool):
            return self.tr("yes") if value else self.tr("no")
        return _text(value)

    def _variants(
        self, old: dict[str, Any], new: dict[str, Any], left: list[str], right: list[str]
    ) -> None:
        for platform in sorted({*old, *new}):
            before = old.get(platform) or [None, None]
            after = new.get(platform) or [None, None]
            name = labels.platform(platform)
            for index, (suffix, arabic) in enumerate(
                ((self.tr("Arabic"), True), (self.tr("English"), False))
            ):
                a = before[index] if len(before) > index else None
                b = after[index] if len(after) > index else None
                if a is None and b is None:
                    continue
                title = self.tr("%1 — own text (%2)").replace("%1", name).replace("%2", suffix)
                self._field(title, arabic, _text(a), _text(b), left, right)

    def _field(
        self, name: str, arabic: bool, old: str, new: str, left: list[str], right: list[str]
    ) -> None:
        old_html, new_html, changed = word_diff(old, new)
        if not changed and not self.show_all.isChecked():
            return
        mark = self.tr("changed") if changed else self.tr("unchanged")
        heading = (
            f'<p dir="{"rtl" if self.isRightToLeft() else "ltr"}"><b>{html.escape(name)}</b>'
            f" — {'<b>' if changed else ''}{html.escape(mark)}{'</b>' if changed else ''}</p>"
        )
        direction, align = ("rtl", "right") if arabic else ("ltr", "left")
        empty = html.escape(self.tr("(empty)"))
        for out, body in ((left, old_html), (right, new_html)):
            out.append(heading)
            out.append(f'<p dir="{direction}" align="{align}">{body or f"<i>{empty}</i>"}</p>')
