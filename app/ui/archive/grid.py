"""The archive's thumbnail grid: its model, the painting of each cell, and the thumbnails loaded
in the background.

Thumbnails are PNG files :meth:`app.services.archive.ArchiveService.thumbnail` makes (and keeps)
in the workspace's cache; a small pool of threads asks for them and reads them as ``QImage``s
(safe outside the GUI thread), and the GUI thread turns them into ``QPixmap``s kept in memory
(the most recently used few hundred). A thumbnail is asked for only when its cell is painted,
that is when it is on screen, newest request first, so scrolling through thousands of items
stays smooth and the items scrolled past are not waited for. Videos and documents, and images
while their thumbnail is on its way, show a drawn placeholder.

Each cell says in words what its item lacks ("No alt text", "Consent missing") under its name,
beside a warning mark; the tooltip and the text read by screen readers say it too.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QRectF,
    QRunnable,
    QSize,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QColor, QFontMetrics, QImage, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from app.ui import theme

Index = QModelIndex | QPersistentModelIndex

MEDIA_ID_ROLE = Qt.ItemDataRole.UserRole + 1
BADGE_ROLE = Qt.ItemDataRole.UserRole + 2  # what the item lacks, in words ("" when nothing)
KIND_ROLE = Qt.ItemDataRole.UserRole + 3

THUMB_SIZE = QSize(168, 126)  # the picture area of a cell (4:3)
SERVICE_SIZE = 256  # the size asked of the service (its cached PNGs are shared)
CACHE_LIMIT = 800  # pixmaps kept in memory (about 85 kB each)
QUEUE_LIMIT = 60  # requests waiting (a few screens); the oldest (scrolled past) are dropped
WORKERS = 2
PADDING = 6


class _Signals(QObject):
    """What a worker thread reports; owned by Python, so a job finishing after the grid is gone
    emits into nothing."""

    done = Signal(int, object)  # media id, QImage or None


class _Work:
    """The requests waiting and the jobs running: plain Python, shared with the worker threads
    (which never touch a Qt object of the GUI thread but the signal)."""

    def __init__(self, fetch: Callable[[int], Path | None]) -> None:
        self.fetch = fetch
        self.lock = threading.Lock()
        self.queue: OrderedDict[int, None] = OrderedDict()  # waiting, oldest first
        self.asked: set[int] = set()  # waiting or being made, not arrived yet
        self.running = 0
        self.stopped = False
        self.signals = _Signals()

    def stop(self) -> None:
        """No more thumbnails: the jobs running end after the one they are making."""
        with self.lock:
            self.stopped = True
            self.queue.clear()
            self.asked.clear()


class _Job(QRunnable):
    def __init__(self, work: _Work) -> None:
        super().__init__()
        self.work = work
        self.setAutoDelete(True)

    def run(self) -> None:
        work = self.work
        while True:
            with work.lock:
                if work.stopped or not work.queue:
                    work.running -= 1
                    return
                media_id = work.queue.popitem(last=True)[0]  # the newest request first
            image = None
            try:
                path = work.fetch(media_id)
                if path is not None:
                    image = _read_scaled(Path(path))
            except Exception:
                image = None
            if work.stopped:
                continue
            try:
                work.signals.done.emit(media_id, image)
            except RuntimeError:  # the application is closing: nobody is listening
                work.stop()


def _read_scaled(path: Path) -> QImage | None:
    image = QImage(str(path))
    if image.isNull():
        return None
    if image.width() > THUMB_SIZE.width() or image.height() > THUMB_SIZE.height():
        image = image.scaled(
            THUMB_SIZE,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    return image


class ThumbnailLoader(QObject):
    """Thumbnails by media id: :meth:`pixmap` gives the one in memory or asks for it;
    ``loaded(media_id)`` once it is there (a ``None`` entry: the item has no thumbnail)."""

    loaded = Signal(int)

    def __init__(self, fetch: Callable[[int], Path | None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.work = _Work(fetch)
        self.cache: OrderedDict[int, QPixmap | None] = OrderedDict()
        self.pool = QThreadPool()  # not a child: deleting it waits for its jobs
        self.pool.setMaxThreadCount(WORKERS)
        self.work.signals.done.connect(self._arrived)
        # Deleted with its parent (the page): the jobs stop asking the service.
        self.destroyed.connect(self.work.stop)
        self.requested = 0  # how many thumbnails were asked for (tests read it)

    def cached(self, media_id: int) -> bool:
        return media_id in self.cache

    def pixmap(self, media_id: int) -> QPixmap | None:
        """The thumbnail in memory, or None (then asked for unless known to be missing)."""
        if media_id in self.cache:
            self.cache.move_to_end(media_id)
            return self.cache[media_id]
        self.request(media_id)
        return None

    def request(self, media_id: int) -> None:
        work = self.work
        if work.stopped:
            return
        with work.lock:
            if media_id in work.queue:
                work.queue.move_to_end(media_id)  # on screen again: sooner
            elif media_id in work.asked:
                return  # being made
            else:
                work.queue[media_id] = None
                work.asked.add(media_id)
                self.requested += 1
                while len(work.queue) > QUEUE_LIMIT:
                    work.asked.discard(work.queue.popitem(last=False)[0])
            start = work.running < WORKERS
            if start:
                work.running += 1
        if start:
            self.pool.start(_Job(work))

    def pending(self) -> int:
        """Thumbnails asked for and not arrived yet (waiting, being made, or on their way to
        the GUI thread)."""
        with self.work.lock:
            return len(self.work.asked)

    def _arrived(self, media_id: int, image: QImage | None) -> None:
        with self.work.lock:
            self.work.asked.discard(media_id)
        if self.work.stopped:
            return
        self.cache[media_id] = None if image is None else QPixmap.fromImage(image)
        self.cache.move_to_end(media_id)
        while len(self.cache) > CACHE_LIMIT:
            self.cache.popitem(last=False)
        self.loaded.emit(media_id)

    def drop_waiting(self) -> None:
        """Forget the requests not started (the grid shows other items now)."""
        with self.work.lock:
            for media_id in self.work.queue:
                self.work.asked.discard(media_id)
            self.work.queue.clear()

    def forget(self, media_id: int) -> None:
        """Read ``media_id``'s thumbnail again when next shown."""
        self.cache.pop(media_id, None)

    def stop(self) -> None:
        """No more requests; waits for the thumbnails being made."""
        self.work.stop()
        self.pool.waitForDone(5000)


# --- placeholders --------------------------------------------------------------------------------


def _placeholder(kind: str) -> QPixmap:
    """A drawn sign of the item's kind: a picture (an image, or one still loading), a play
    button (a video) or a page (a document)."""
    size = THUMB_SIZE
    pixmap = QPixmap(size)
    pixmap.fill(QColor(theme.WINDOW))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    ink = QColor(theme.MUTED_TEXT)
    painter.setPen(QPen(ink, 2))
    cx, cy = size.width() / 2, size.height() / 2
    if kind == "video":
        painter.drawEllipse(QPointF(cx, cy), 28, 28)
        path = QPainterPath()
        path.moveTo(cx - 9, cy - 14)
        path.lineTo(cx + 15, cy)
        path.lineTo(cx - 9, cy + 14)
        path.closeSubpath()
        painter.fillPath(path, ink)
    elif kind == "document":
        page = QRectF(cx - 24, cy - 32, 48, 64)
        path = QPainterPath()
        path.moveTo(page.left(), page.top())
        path.lineTo(page.right() - 14, page.top())
        path.lineTo(page.right(), page.top() + 14)
        path.lineTo(page.right(), page.bottom())
        path.lineTo(page.left(), page.bottom())
        path.closeSubpath()
        painter.drawPath(path)
        for line in range(4):
            y = page.top() + 24 + line * 9
            painter.drawLine(QPointF(page.left() + 9, y), QPointF(page.right() - 9, y))
    else:
        frame = QRectF(cx - 36, cy - 27, 72, 54)
        painter.drawRoundedRect(frame, 4, 4)
        painter.drawEllipse(QPointF(frame.right() - 16, frame.top() + 14), 6, 6)
        path = QPainterPath()
        path.moveTo(frame.left() + 6, frame.bottom() - 6)
        path.lineTo(frame.left() + 26, frame.top() + 22)
        path.lineTo(frame.left() + 42, frame.bottom() - 14)
        path.lineTo(frame.left() + 52, frame.bottom() - 22)
        path.lineTo(frame.right() - 6, frame.bottom() - 6)
        painter.drawPath(path)
    painter.end()
    return pixmap


_placeholders: dict[str, QPixmap] = {}


def placeholder(kind: str) -> QPixmap:
    if kind not in ("video", "document"):
        kind = "image"
    if kind not in _placeholders:
        _placeholders[kind] = _placeholder(kind)
    return _placeholders[kind]


# --- the model -----------------------------------------------------------------------------------


class ArchiveModel(QAbstractListModel):
    """The items the filters let through (:class:`app.services.archive.ArchiveItem`)."""

    def __init__(self, loader: ThumbnailLoader, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.loader = loader
        self.items: list[Any] = []
        self.rows_by_id: dict[int, int] = {}
        # Words the page sets on each change of language.
        self.texts: dict[str, str] = {}
        self.kind_names: dict[str, str] = {}

    def set_items(self, items: list[Any]) -> None:
        self.loader.drop_waiting()
        self.beginResetModel()
        self.items = list(items)
        self.rows_by_id = {item.id: row for row, item in enumerate(self.items)}
        self.endResetModel()

    def row_of(self, media_id: int) -> int | None:
        return self.rows_by_id.get(media_id)

    def refresh_texts(self) -> None:
        if self.items:
            self.dataChanged.emit(self.index(0), self.index(len(self.items) - 1))

    def thumbnail_arrived(self, media_id: int) -> None:
        row = self.rows_by_id.get(media_id)
        if row is not None:
            index = self.index(row)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    # --- what each cell shows ------------------------------------------------------------------

    def name(self, item: Any) -> str:
        return item.title or item.original_name

    def badges(self, item: Any) -> list[str]:
        """What the item lacks, in words (shown under its name)."""
        found = []
        if item.kind == "image" and not item.has_alt:
            found.append(self.texts.get("no_alt", "No alt text"))
        if item.needs_consent:
            found.append(self.texts.get("no_consent", "Consent missing"))
        return found

    def tooltip(self, item: Any) -> str:
        lines = [self.name(item)]
        if item.title and item.original_name != item.title:
            lines.append(item.original_name)
        lines.append(self.kind_names.get(item.kind, item.kind))
        if item.kind == "image" and not item.has_alt:
            lines.append(self.texts.get("no_alt_tip", ""))
        if item.needs_consent:
            lines.append(self.texts.get("no_consent_tip", ""))
        if not item.has_licence:
            lines.append(self.texts.get("no_licence_tip", ""))
        return "\n".join(line for line in lines if line)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.items):
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.name(item)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(item)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            parts = [self.name(item), self.kind_names.get(item.kind, item.kind)]
            return ", ".join(parts + self.badges(item))
        if role == Qt.ItemDataRole.DecorationRole:
            # Only what is in memory: the delegate asks for the rest when the cell is painted.
            if item.kind == "image" and item.id in self.loader.cache:
                pixmap = self.loader.cache[item.id]
                if pixmap is not None:
                    return pixmap
            return placeholder(item.kind)
        if role == MEDIA_ID_ROLE:
            return item.id
        if role == BADGE_ROLE:
            return " · ".join(self.badges(item))
        if role == KIND_ROLE:
            return item.kind
        return None


# --- painting ------------------------------------------------------------------------------------


class ArchiveDelegate(QStyledItemDelegate):
    """A cell: the thumbnail, the name (one line, shortened with "…") and, when the item lacks
    something, a warning mark and the words for it."""

    def __init__(self, loader: ThumbnailLoader, parent: QWidget) -> None:
        super().__init__(parent)
        self.loader = loader
        self.view = parent
        self._warning: QPixmap | None = None

    def cell_size(self) -> QSize:
        line = QFontMetrics(self.view.font()).lineSpacing()
        return QSize(
            THUMB_SIZE.width() + 2 * PADDING,
            THUMB_SIZE.height() + 2 * line + 3 * PADDING,
        )

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return self.cell_size()

    def warning_icon(self) -> QPixmap:
        if self._warning is None:
            icon = self.view.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            self._warning = icon.pixmap(14, 14)
        return self._warning

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        model = index.model()
        item = model.items[index.row()] if isinstance(model, ArchiveModel) else None
        rect: QRect = option.rect  # type: ignore[attr-defined]
        state = option.state  # type: ignore[attr-defined]
        palette = option.palette  # type: ignore[attr-defined]
        selected = bool(state & QStyle.StateFlag.State_Selected)
        painter.save()
        if selected:
            painter.fillRect(rect.adjusted(1, 1, -1, -1), palette.highlight())
        # The picture, centred in its area.
        area = QRect(
            rect.left() + (rect.width() - THUMB_SIZE.width()) // 2,
            rect.top() + PADDING,
            THUMB_SIZE.width(),
            THUMB_SIZE.height(),
        )
        pixmap = None
        if item is not None and item.kind == "image":
            pixmap = self.loader.pixmap(item.id)
        if pixmap is None:
            pixmap = placeholder(item.kind if item is not None else "image")
        target = QRect(
            area.left() + (area.width() - pixmap.width()) // 2,
            area.top() + (area.height() - pixmap.height()) // 2,
            pixmap.width(),
            pixmap.height(),
        )
        painter.drawPixmap(target, pixmap)
        painter.setPen(QPen(QColor(theme.BORDER), 1))
        painter.drawRect(target.adjusted(0, 0, -1, -1))
        # The name, then what is missing.
        metrics = QFontMetrics(option.font)  # type: ignore[attr-defined]
        line = metrics.lineSpacing()
        text_width = rect.width() - 2 * PADDING
        name_rect = QRect(rect.left() + PADDING, area.bottom() + PADDING, text_width, line)
        text_colour = palette.highlightedText() if selected else palette.text()
        painter.setPen(QPen(text_colour.color()))
        name = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        painter.drawText(
            name_rect,
            int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter),
            metrics.elidedText(name, Qt.TextElideMode.ElideRight, text_width),
        )
        badge = str(index.data(BADGE_ROLE) or "")
        if badge:
            icon = self.warning_icon()
            icon_w = icon.width() // max(1, int(icon.devicePixelRatio())) + 4
            text = metrics.elidedText(badge, Qt.TextElideMode.ElideRight, text_width - icon_w)
            width = metrics.horizontalAdvance(text) + icon_w
            left = rect.left() + (rect.width() - width) // 2
            top = name_rect.bottom() + 1
            rtl = option.direction == Qt.LayoutDirection.RightToLeft  # type: ignore[attr-defined]
            icon_left = left + width - icon_w + 4 if rtl else left
            text_left = left if rtl else left + icon_w
            painter.drawPixmap(QRect(icon_left, top + (line - 14) // 2, 14, 14), icon, icon.rect())
            colour = text_colour.color() if selected else QColor(theme.ERROR_TEXT)
            painter.setPen(QPen(colour))
            painter.drawText(
                QRect(text_left, top, width - icon_w, line),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter),
                text,
            )
        if state & QStyle.StateFlag.State_HasFocus and self.view.hasFocus():
            painter.setPen(QPen(QColor(theme.FOCUS), 2))
            painter.drawRect(rect.adjusted(2, 2, -2, -2))
        painter.restore()
