"""The agenda view: the range's posts, events and quiet periods as a list grouped by day.

A flat list model (a header row per day, then its bands and posts) shown in a ``QListView``
with uniform row heights, so a month of the large workspace (over a thousand rows) fills in
a few milliseconds. Header rows can be reached with the keyboard but not selected.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from app.services.calendar import Band, CalendarData, CalendarPost
from app.ui import labels, theme
from app.ui.calendar.glyphs import state_icon

Index = QModelIndex | QPersistentModelIndex
POST_ID_ROLE = Qt.ItemDataRole.UserRole + 1
DAY_ROLE = Qt.ItemDataRole.UserRole + 2
KIND_ROLE = Qt.ItemDataRole.UserRole + 3


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class AgendaModel(QAbstractListModel):
    """Rows: ("day", date, None), ("band", date, Band), ("post", date, CalendarPost)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, dt.date, Any]] = []
        self.english = True
        self.tz: dt.tzinfo = dt.UTC
        self.today: dt.date | None = None
        self.hijri_labels: dict[dt.date, str] = {}
        self.texts: dict[str, Any] = {}
        self._bold = QFont()
        self._bold.setBold(True)
        self._cache: dict[int, str] = {}

    def set_data(
        self,
        data: CalendarData,
        *,
        english: bool,
        tz: dt.tzinfo,
        today: dt.date,
        hijri_labels: dict[dt.date, str],
        texts: dict[str, Any],  # "today", "event", "quiet": text; "posts": count -> text
    ) -> None:
        self.beginResetModel()
        self.english = english
        self.tz = tz
        self.today = today
        self.hijri_labels = hijri_labels
        self.texts = texts
        self._cache = {}
        rows: list[tuple[str, dt.date, Any]] = []
        data.prefetch(None)  # the agenda lists every post: all the details in one query
        for day in data.days:
            posts = data.posts_on(day)
            bands = data.bands_on(day)
            if not posts and not bands:
                continue
            rows.append(("day", day, len(posts)))
            rows.extend(("band", day, band) for band in bands)
            rows.extend(("post", day, post) for post in posts)
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        kind = self.rows[index.row()][0]
        if kind == "post":
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return Qt.ItemFlag.ItemIsEnabled

    def row_of_day(self, day: dt.date) -> int:
        """The header row of ``day``, or of the first day after it that has something."""
        for row, (kind, row_day, _) in enumerate(self.rows):
            if kind == "day" and row_day >= day:
                return row
        return len(self.rows) - 1

    def row_of_post(self, post_id: int) -> int:
        for row, (kind, _, item) in enumerate(self.rows):
            if kind == "post" and item.id == post_id:
                return row
        return -1

    def text(self, row: int) -> str:
        cached = self._cache.get(row)
        if cached is not None:
            return cached
        kind, day, item = self.rows[row]
        locale = QLocale()
        if kind == "day":
            text = locale.toString(_qdate(day), QLocale.FormatType.LongFormat)
            if day == self.today:
                text = self.texts["today"].replace("%1", text)
            if self.hijri_labels.get(day):
                text += f" · {self.hijri_labels[day]}"
            text += " — " + self.texts["posts"](item)
        elif kind == "band":
            band: Band = item
            what = self.texts["quiet"] if band.kind == "quiet" else self.texts["event"]
            text = f"    {what}: {band.name(self.english)}"
        else:
            post: CalendarPost = item
            at = post.at(self.tz)
            separator = ", " if self.english else "، "
            clock = locale.toString(_qtime(at), QLocale.FormatType.ShortFormat)
            platforms = separator.join(labels.platform(p) for p in post.platforms)
            text = (
                f"{clock}  {post.display_title(self.english)}  ·  "
                f"{labels.post_state(post.state)}  ·  {platforms or '—'}"
            )
        self._cache[row] = text
        return text

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = index.row()
        kind, day, item = self.rows[row]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.text(row).strip()
        if role == Qt.ItemDataRole.DecorationRole and kind == "post":
            return state_icon(item.state)
        if role == Qt.ItemDataRole.FontRole and kind == "day":
            return self._bold
        if role == Qt.ItemDataRole.BackgroundRole and kind == "day":
            return QBrush(QColor(theme.WINDOW))
        if role == Qt.ItemDataRole.ForegroundRole and kind == "band":
            return QBrush(QColor(theme.MUTED_TEXT))
        if role == POST_ID_ROLE and kind == "post":
            return item.id
        if role == DAY_ROLE:
            return day
        if role == KIND_ROLE:
            return kind
        return None


def _qtime(at: dt.datetime):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTime

    return QTime(at.hour, at.minute)


class AgendaView(QListView):
    """The agenda list; Enter or a double-click on a post asks for the editor."""

    postActivated = Signal(int)
    dayActivated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setUniformItemSizes(True)
        # Lay a month of rows out in batches: the first screenful at once, the rest after.
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(100)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.activated.connect(self._activated)

    def _activated(self, index: QModelIndex) -> None:
        post_id = index.data(POST_ID_ROLE)
        if post_id is not None:
            self.postActivated.emit(int(post_id))
        else:
            self.dayActivated.emit(index.data(DAY_ROLE))
