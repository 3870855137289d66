"""Global search (Ctrl+K from anywhere): posts, inquiries and media in one list, grouped by kind,
best match first, with the matched words in bold on a highlight; Enter opens the item (SPEC §10,
issue 7).

The matching itself (Arabic folding, prefixes, ranking) is :class:`app.services.search.
SearchService`'s; this module shows its hits. The dialog belongs to the main window, is made on
first use and reused (:meth:`app.ui.main_window.MainWindow.open_search`).

Ctrl+K is a ``QShortcut`` with the application context on the main window
(:func:`install_search_shortcut`, run after start-up). Two places it would not reach on its own
are covered by :class:`SearchKeys`: a text field that claims Ctrl+K for itself (on Linux it
deletes to the end of the line, so an editor's text box would swallow it), and a modal dialog,
which blocks the main window's shortcuts.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import html
import unicodedata
from collections.abc import Sequence
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QDate,
    QEvent,
    QKeyCombination,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPalette,
    QShortcut,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import BayanError
from app.ui import labels, theme
from app.ui.i18n import Retranslating, ltr

SEARCH_KEYS = "Ctrl+K"
DEBOUNCE_MS = 150
MAX_QUERY_CHARS = 200  # well under what the service takes
KINDS = ("post", "inquiry", "media")
# A matched word: bold (never the colour alone) on a light amber, in the text colour (it keeps
# both on a selected row too). See tests/ui/test_search_dialog.py for the contrast.
MARK_BACKGROUND = "#fde68a"
MARK_TEXT = theme.TEXT

HIT_ROLE = Qt.ItemDataRole.UserRole + 1  # the SearchHit of a result row
HEADER_ROLE = Qt.ItemDataRole.UserRole + 2  # the kind of a group's header row
PADDING = 6

_CTRL_K = QKeyCombination(Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_K)
_KEY_PRESS = QEvent.Type.KeyPress
_SHORTCUT_OVERRIDE = QEvent.Type.ShortcutOverride
Index = QModelIndex | QPersistentModelIndex


# --- text -----------------------------------------------------------------------------------------


def text_direction(text: str) -> Qt.LayoutDirection | None:
    """The direction of ``text`` by its first strong character (Unicode bidi classes L, R, AL);
    None when it has none (digits, punctuation)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return Qt.LayoutDirection.LeftToRight
        if kind in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
    return None


def merged_spans(spans: Sequence[Sequence[int]], length: int) -> list[tuple[int, int]]:
    """``spans`` inside ``0..length``, sorted, overlapping and touching ones joined, empty
    ones dropped."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted((max(0, int(s)), min(length, int(e))) for s, e in spans):
        if end <= start:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def highlighted_html(text: str, spans: Sequence[Sequence[int]]) -> str:
    """``text`` as escaped HTML, the characters in ``spans`` in ``<b>`` on the highlight."""
    parts: list[str] = []
    position = 0
    for start, end in merged_spans(spans, len(text)):
        parts.append(html.escape(text[position:start]))
        parts.append(
            f'<b style="background-color:{MARK_BACKGROUND};color:{MARK_TEXT}">'
            f"{html.escape(text[start:end])}</b>"
        )
        position = end
    parts.append(html.escape(text[position:]))
    return "".join(parts).replace("\n", " ")


def _paragraph(body: str, text: str, style: str = "") -> str:
    direction = text_direction(text)
    attribute = ""
    if direction is not None:
        attribute = ' dir="rtl"' if direction == Qt.LayoutDirection.RightToLeft else ' dir="ltr"'
    return f'<p{attribute} style="margin:0;{style}">{body}</p>'


def row_html(hit: Any, untitled: str, detail: str = "", muted_colour: str = "") -> str:
    """A result row's rich text: the title (or ``untitled``), then the snippet, each laid out
    in its own direction; ``detail`` (a state, a date) in ``muted_colour`` after the title."""
    title = hit.title.strip()
    if title:
        body = highlighted_html(hit.title, hit.title_spans)
    else:
        title = untitled
        body = f"<i>{html.escape(untitled)}</i>"
    if detail:
        body += f' <span style="color:{muted_colour}">· {html.escape(detail)}</span>'
    parts = [_paragraph(body, title, "font-size:large")]
    if hit.snippet.strip():
        parts.append(_paragraph(highlighted_html(hit.snippet, hit.snippet_spans), hit.snippet))
    return "".join(parts)


def plain_row_text(kind_name: str, hit: Any, untitled: str) -> str:
    """What a screen reader says for a result row."""
    title = hit.title.strip() or untitled
    snippet = " ".join(hit.snippet.split())
    return f"{kind_name}: {title}" + (f". {snippet}" if snippet else "")


def _to_front(window: QWidget) -> None:
    """Raise ``window`` and give it the keyboard (the offscreen platform has no stacking order,
    and says so)."""
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.platformName() != "offscreen":
        window.raise_()
    window.activateWindow()


# --- the list -------------------------------------------------------------------------------------


class ResultList(QListWidget):
    """The results; the arrow keys pass over the groups' header rows."""

    def moveCursor(self, action: QAbstractItemView.CursorAction, modifiers: Any) -> QModelIndex:  # type: ignore[override]
        index = super().moveCursor(action, modifiers)
        if not index.isValid() or self._selectable(index.row()):
            return index
        forward = action in (
            QAbstractItemView.CursorAction.MoveDown,
            QAbstractItemView.CursorAction.MoveNext,
            QAbstractItemView.CursorAction.MovePageDown,
            QAbstractItemView.CursorAction.MoveEnd,
            QAbstractItemView.CursorAction.MoveHome,  # the first row is a header
        )
        row = self.next_result(index.row(), 1 if forward else -1)
        if row is None:
            row = self.next_result(index.row(), -1 if forward else 1)
        return self.model().index(row, 0) if row is not None else self.currentIndex()

    def _selectable(self, row: int) -> bool:
        item = self.item(row)
        return item is not None and bool(item.flags() & Qt.ItemFlag.ItemIsSelectable)

    def next_result(self, row: int, step: int) -> int | None:
        """The first result row from ``row`` on (``row`` included) in direction ``step``."""
        while 0 <= row < self.count():
            if self._selectable(row):
                return row
            row += step
        return None


class ResultDelegate(QStyledItemDelegate):
    """A header row (the kind and its count) or a result row (title and snippet, rich text)."""

    def __init__(self, dialog: SearchDialog, view: QListWidget) -> None:
        super().__init__(view)
        self.dialog = dialog
        self.view = view
        # Row heights by (row, width): a list lays its rows out more than once.
        self._sizes: dict[tuple[int, int], QSize] = {}

    def forget(self) -> None:
        """New rows: their heights are measured again."""
        self._sizes.clear()

    def _text_width(self) -> int:
        return max(50, self.view.viewport().width() - 2 * PADDING)

    def _document(self, index: Index, selected: bool) -> QTextDocument:
        document = QTextDocument()
        document.setDocumentMargin(0)
        document.setDefaultFont(self.view.font())
        # A header, and a text without a strong character, run in the interface's direction.
        text_option = document.defaultTextOption()
        text_option.setTextDirection(self.view.layoutDirection())
        document.setDefaultTextOption(text_option)
        hit = index.data(HIT_ROLE)
        if hit is None:
            text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
            document.setHtml(f"<b>{html.escape(text)}</b>")
        else:
            muted = theme.ACCENT_TEXT if selected else theme.MUTED_TEXT
            document.setHtml(
                row_html(hit, self.dialog.untitled(hit.kind), self.dialog.detail(hit), muted)
            )
        document.setTextWidth(self._text_width())
        return document

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # type: ignore[override]
        width = self._text_width()
        key = (index.row(), width)
        size = self._sizes.get(key)
        if size is None:
            document = self._document(index, False)
            extra = 2 * PADDING if index.data(HIT_ROLE) is not None else PADDING + 2
            size = self._sizes[key] = QSize(width, int(document.size().height()) + extra)
        return size

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:  # type: ignore[override]
        rect: QRect = option.rect  # type: ignore[attr-defined]
        state = option.state  # type: ignore[attr-defined]
        palette: QPalette = option.palette  # type: ignore[attr-defined]
        is_hit = index.data(HIT_ROLE) is not None
        selected = is_hit and bool(state & QStyle.StateFlag.State_Selected)
        painter.save()
        if selected:
            painter.fillRect(rect, palette.highlight())
        elif not is_hit:
            painter.fillRect(rect, QColor(theme.WINDOW))
            painter.setPen(QColor(theme.BORDER))
            painter.drawLine(rect.topLeft(), rect.topRight())
        document = self._document(index, selected)
        top = PADDING if is_hit else PADDING // 2 + 1
        painter.translate(rect.left() + PADDING, rect.top() + top)
        context = QAbstractTextDocumentLayout.PaintContext()
        if not is_hit:
            colour = QColor(theme.MUTED_TEXT)
        else:
            colour = (palette.highlightedText() if selected else palette.text()).color()
        context.palette.setColor(QPalette.ColorRole.Text, colour)
        document.documentLayout().draw(painter, context)
        painter.restore()


# --- the dialog -----------------------------------------------------------------------------------


class SearchDialog(Retranslating, QDialog):
    """Find a post, an inquiry or a media item by what it says, and open it."""

    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.main_window = parent
        self.setObjectName("searchDialog")
        self.hits: list[Any] = []
        self.searched = ""  # the query the list shows the results of
        self.error = ""  # why the last search failed, if it did
        self.post_details: dict[int, tuple[str, str | None]] = {}  # id -> (state, scheduled)
        self._service: Any = None

        self.query = QLineEdit(self)
        self.query.setObjectName("searchQuery")
        self.query.setClearButtonEnabled(True)
        self.query.setMaxLength(MAX_QUERY_CHARS)
        self.query.installEventFilter(self)
        self.message = QLabel(self)
        self.message.setObjectName("searchMessage")
        self.message.setWordWrap(True)
        theme.muted(self.message)
        self.results = ResultList(self)
        self.results.setObjectName("searchResults")
        self.delegate = ResultDelegate(self, self.results)
        self.results.setItemDelegate(self.delegate)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.results.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.results.setUniformItemSizes(False)
        self.results.setWordWrap(True)
        self.results.itemActivated.connect(self.open_item)
        self.results.currentItemChanged.connect(self._current_changed)

        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.message)
        layout.addWidget(self.results, 1)
        layout.addStretch(0)  # keeps the message at the top while there is no list

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.run_search)
        self.query.textChanged.connect(self._query_changed)
        self.query.returnPressed.connect(self.open_current)

        self.resize(680, 520)
        self.retranslate()  # and shows the (empty) results

    # -- opening ---------------------------------------------------------------------------------

    def present(self) -> None:
        """Show the dialog (again) with the query box focused and its text selected; the results
        are read afresh. Over a modal dialog, it is modal itself, or it could not be used."""
        blocker = QApplication.activeModalWidget()
        modal = blocker is not None and blocker is not self
        if self.isVisible() and modal and not self.isModal():
            self.hide()
        if not self.isVisible():
            self.setWindowModality(
                Qt.WindowModality.ApplicationModal if modal else Qt.WindowModality.NonModal
            )
            if self.query.text().strip():
                self.run_search()
            self.show()
        _to_front(self)
        self.query.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.query.selectAll()

    # -- searching -------------------------------------------------------------------------------

    def service(self) -> Any:
        if self._service is None:
            from app.services.search import SearchService

            # The window's own read-only connection: no second one, no ORM for a search.
            self._service = SearchService(self.context.opened.sessions, self.context.reader)
        return self._service

    def _query_changed(self, _text: str) -> None:
        self.timer.start()

    def run_search(self) -> None:
        """Search for the query box's text now (typing runs this after a short pause)."""
        self.timer.stop()
        query = self.query.text().strip()
        self.searched = query
        self.error = ""
        if not query:
            self.hits = []
        else:
            try:
                self.hits = list(self.service().search(query))
            except BayanError as exc:
                self.hits = []
                message = str(exc)
                self.error = ltr(message) if message.isascii() else message
        self._read_post_details()
        self._show_results()

    def _show_results(self) -> None:
        self.results.clear()
        self.delegate.forget()
        groups: dict[str, list[Any]] = {kind: [] for kind in KINDS}
        for hit in self.hits:
            groups.setdefault(hit.kind, []).append(hit)
        for kind, hits in groups.items():
            if not hits:
                continue
            header = QListWidgetItem(self.group_title(kind, len(hits)))
            header.setData(HEADER_ROLE, kind)
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)  # shown, never chosen
            self.results.addItem(header)
            for hit in hits:
                item = QListWidgetItem()
                item.setData(HIT_ROLE, hit)
                plain = plain_row_text(self.kind_name(kind), hit, self.untitled(kind))
                item.setData(Qt.ItemDataRole.DisplayRole, plain)
                item.setData(Qt.ItemDataRole.AccessibleTextRole, plain)
                self.results.addItem(item)
        count = len(self.hits)
        if self.error:
            theme.show_message(
                self.message, self.tr("The search failed: %1").replace("%1", self.error), True
            )
        elif not self.searched:
            theme.show_message(
                self.message,
                self.tr(
                    "Type words to find posts, inquiries and media. Arabic is found with or "
                    "without diacritics, tatweel and hamza; the start of a word is enough. "
                    "Up and Down choose a result, Enter opens it, Esc closes."
                ),
            )
        elif not count:
            theme.show_message(
                self.message,
                self.tr("No results for “%1”.").replace("%1", self.searched),
            )
        else:
            theme.show_message(
                self.message, self.tr("Results: %1").replace("%1", QLocale().toString(count))
            )
            theme.muted(self.message)
        self.results.setVisible(count > 0)
        first = self.results.next_result(0, 1)
        if first is not None:
            self.results.setCurrentRow(first)
            self.results.scrollToTop()
        else:
            self._current_changed(None, None)

    # -- keyboard --------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.query and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            steps = {
                Qt.Key.Key_Down: (1, 1),
                Qt.Key.Key_Up: (-1, 1),
                Qt.Key.Key_PageDown: (1, 5),
                Qt.Key.Key_PageUp: (-1, 5),
            }.get(Qt.Key(event.key()))
            if steps is not None and self.results.count():
                self.move_selection(*steps)
                return True
        return super().eventFilter(watched, event)

    def move_selection(self, step: int, times: int = 1) -> None:
        """Move the chosen result ``times`` results down (``step`` 1) or up (-1), passing over
        the headers; it stays on the first or last result."""
        row = self.results.currentRow()
        for _ in range(times):
            found = self.results.next_result(row + step, step) if row >= 0 else None
            if row < 0:
                found = self.results.next_result(0, 1)
            if found is None:
                break
            row = found
        if row >= 0:
            self.results.setCurrentRow(row)

    def _current_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        text = ""
        if current is not None and current.data(HIT_ROLE) is not None:
            text = str(current.data(Qt.ItemDataRole.AccessibleTextRole) or "")
            self.results.scrollToItem(current)
        # The query box keeps the keyboard: the chosen result is announced through it too.
        self.results.setAccessibleDescription(text)
        self.query.setAccessibleDescription(text)

    # -- opening an item -------------------------------------------------------------------------

    def current_hit(self) -> Any:
        item = self.results.currentItem()
        return None if item is None else item.data(HIT_ROLE)

    def open_current(self) -> None:
        """Enter: open the chosen result, or the first one. A query typed faster than the pause
        is searched first."""
        if self.timer.isActive() or self.query.text().strip() != self.searched:
            self.run_search()
        hit = self.current_hit()
        if hit is None and self.hits:
            hit = self.hits[0]
        if hit is not None:
            self.open_hit(hit)

    def open_item(self, item: QListWidgetItem) -> None:
        hit = item.data(HIT_ROLE)
        if hit is not None:
            self.open_hit(hit)

    def open_hit(self, hit: Any) -> Any:
        """Close the search and open ``hit``'s item: a post in its editor, an inquiry in the
        inquiry dialog, a media item on the archive page. Returns what was opened."""
        if hit.kind == "media" and self._archive_row() is None:
            theme.show_message(self.message, self.tr("The media archive is not available."), True)
            return None
        self.accept()
        if hit.kind == "post":
            return self.open_post(int(hit.ref_id))
        if hit.kind == "inquiry":
            return self.open_inquiry(int(hit.ref_id))
        return self.open_media(int(hit.ref_id))

    def open_post(self, post_id: int) -> Any:
        window = self.main_window
        if window is not None and hasattr(window, "open_editor"):
            return window.open_editor(post_id)
        from app.ui.editor import open_editor

        return open_editor(self.context, post_id, parent=window)

    def run_dialog(self, dialog: QDialog) -> int:
        """Show a modal dialog (tests replace this)."""
        return int(dialog.exec())

    def open_inquiry(self, inquiry_id: int) -> Any:
        from app.ui.inquiries.dialog import InquiryDialog

        dialog = InquiryDialog(self.context, inquiry_id, self.main_window)
        self.run_dialog(dialog)
        dialog.deleteLater()
        window = self.main_window
        if window is not None and hasattr(window, "_make_inquiries"):
            # The queue on screen shows what was changed (it reloads itself when next shown).
            row = window.page_factories.index(window._make_inquiries)
            page = window.pages[row]
            if page is not None and window.stack.currentWidget() is page:
                page.reload()
        return dialog

    def _archive_row(self) -> int | None:
        window = self.main_window
        factory = getattr(window, "_make_archive", None)
        if factory is None or factory not in window.page_factories:  # type: ignore[union-attr]
            return None
        return int(window.page_factories.index(factory))  # type: ignore[union-attr]

    def open_media(self, media_id: int) -> Any:
        row = self._archive_row()
        window = self.main_window
        if row is None or window is None:
            return None
        window.navigation.setCurrentRow(row)  # type: ignore[attr-defined]
        page = window.page(row)  # type: ignore[attr-defined]
        if window.isMinimized():
            window.showNormal()
        _to_front(window)
        page.select_item(media_id)
        return page

    # -- words -----------------------------------------------------------------------------------

    def kind_name(self, kind: str) -> str:
        return {
            "post": self.tr("Post"),
            "inquiry": self.tr("Inquiry"),
            "media": self.tr("Media item"),
        }.get(kind, kind)

    def group_title(self, kind: str, count: int) -> str:
        number = QLocale().toString(count)
        if kind == "post":
            return self.tr("Posts (%1)").replace("%1", number)
        if kind == "inquiry":
            return self.tr("Inquiries (%1)").replace("%1", number)
        return self.tr("Media (%1)").replace("%1", number)

    def untitled(self, kind: str) -> str:
        if kind == "inquiry":
            return self.tr("(no subject)")
        return self.tr("(untitled)")

    def _read_post_details(self) -> None:
        """The found posts' states and dates (one query), which tell apart the posts of a
        series that say the same."""
        ids = [int(hit.ref_id) for hit in self.hits if hit.kind == "post"]
        self.post_details = {}
        if ids:
            for row in self.context.reader.calendar_details(ids):
                self.post_details[int(row[0])] = (str(row[4]), row[3])

    def detail(self, hit: Any) -> str:
        """The muted words after a result's title: a post's state and date."""
        if hit.kind != "post":
            return ""
        found = self.post_details.get(int(hit.ref_id))
        if found is None:
            return ""
        state, scheduled = found
        words = [labels.post_state(state)]
        if scheduled:
            zone = ZoneInfo(self.context.timezone)
            local = dt.datetime.fromisoformat(scheduled).replace(tzinfo=dt.UTC).astimezone(zone)
            words.append(
                QLocale().toString(QDate(local.year, local.month, local.day), "d MMM yyyy")
            )
        return " · ".join(words)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Search"))
        self.query.setPlaceholderText(self.tr("Search posts, inquiries and media"))
        self.query.setAccessibleName(self.tr("Search for"))
        self.results.setAccessibleName(self.tr("Search results"))
        if hasattr(self, "timer"):
            current = self.results.currentRow()
            self._show_results()
            if current >= 0 and self.results.next_result(current, 1) == current:
                self.results.setCurrentRow(current)


# --- Ctrl+K from anywhere -------------------------------------------------------------------------


class SearchKeys(QObject):
    """Ctrl+K where the main window's shortcut would not see it, watched on the focused widget
    only (an application-wide filter would put every event of the application through Python).

    A text field that would take Ctrl+K for itself is not offered it, so the shortcut runs (on
    Linux a text box deletes to the end of the line with it); under a modal dialog, which
    blocks the main window's shortcuts, the key press opens the search directly.
    """

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.watched: QWidget | None = None
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self.follow_focus)
        self.follow_focus(None, QApplication.focusWidget())

    def follow_focus(self, _old: QWidget | None, now: QWidget | None) -> None:
        if self.watched is not None:
            with contextlib.suppress(RuntimeError):  # already deleted
                self.watched.removeEventFilter(self)
        self.watched = now
        if now is not None:
            now.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind != _SHORTCUT_OVERRIDE and kind != _KEY_PRESS:
            return False
        if event.keyCombination() != _CTRL_K:  # type: ignore[attr-defined]
            return False
        if kind == _SHORTCUT_OVERRIDE:
            return True  # left unaccepted: the shortcut is tried
        if QApplication.activeModalWidget() is None or self.window.context.closed:
            return False
        event.accept()
        QTimer.singleShot(0, self.window.open_search)
        return True


def install_search_shortcut(window: Any) -> QShortcut:
    """Ctrl+K opens ``window``'s search, from any of the application's windows."""
    shortcut = QShortcut(QKeySequence(SEARCH_KEYS), window)
    shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
    shortcut.activated.connect(window.open_search)
    window.search_keys = SearchKeys(window)
    return shortcut
