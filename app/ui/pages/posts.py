"""Posts: every post in a sortable, filterable table, with export, import and the everyday actions.

The rows come from :class:`app.store.fastread.FastReader` a page at a time, filtered and sorted
in SQL, and more are read as the table scrolls (``canFetchMore``/``fetchMore``); a note says how
many of the matching posts are loaded, so the large workspace (50,000 posts) opens at once.
Duplicating and withdrawing go through :class:`app.services.posts.PostService`; export and import
through :mod:`app.services.post_io` (an import is all or nothing, its errors listed by row).
Opening the editor is asked for with ``editRequested(post_id or None, day or None)``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QAction, QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.domain import PostState
from app.core.filters import PostFilter
from app.errors import BayanError
from app.store.fastread import PostListRow
from app.ui import labels, theme
from app.ui.calendar.glyphs import state_icon
from app.ui.context import AppContext
from app.ui.filters import FilterBar
from app.ui.i18n import Retranslating, ltr

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("state", "scheduled_at", "platforms", "title", "checklist")
PAGE_SIZE = 500
POST_ID_ROLE = Qt.ItemDataRole.UserRole + 1
CHECKLIST_COLOURS = {"blocker": theme.ERROR_TEXT, "warning": "#92400e", "ok": "#166534"}


class PostsModel(QAbstractTableModel):
    """The posts list, a page at a time from the fast reader; sorting asks SQL again."""

    def __init__(self, page: PostsPage) -> None:
        super().__init__(page)
        self.page = page
        self.rows: list[PostListRow] = []
        self.total = 0
        self.post_filter = PostFilter()
        self.order_by = "scheduled_at"
        self.descending = True
        self.tz: dt.tzinfo = dt.UTC
        self.headers: list[str] = [""] * len(COLUMNS)
        self.checklist_texts: dict[str, str] = {}
        self._dates: dict[str, str] = {}
        self._sorted: tuple[str, bool] | None = None  # the order of the rows read

    # --- reading -------------------------------------------------------------------------------

    def reload(self, post_filter: PostFilter | None = None, *, count: bool = True) -> None:
        """Read the first page again (and the number of matching posts, unless ``count`` is
        False: a new order does not change it)."""
        if post_filter is not None:
            self.post_filter = post_filter
        reader = self.page.context.reader
        self.beginResetModel()
        self._dates.clear()
        if count or self._sorted is None:
            self.total = reader.post_count(self.post_filter)
        self.rows = self._read(0)
        self._sorted = (self.order_by, self.descending)
        self.endResetModel()

    def _read(self, offset: int) -> list[PostListRow]:
        return self.page.context.reader.post_list(
            self.post_filter,
            order_by=self.order_by,
            descending=self.descending,
            english=self.page.context.english,
            limit=PAGE_SIZE,
            offset=offset,
        )

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        more = self._read(len(self.rows))
        if not more:
            self.total = len(self.rows)
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
        self.rows.extend(more)
        self.endInsertRows()
        self.page.update_note()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        wanted = (COLUMNS[column], order == Qt.SortOrder.DescendingOrder)
        if wanted == self._sorted:
            return  # the view asks again for the order it already has
        self.order_by, self.descending = wanted
        self.reload(count=False)
        self.page.update_note()

    # --- showing -------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def date_text(self, stored: str | None) -> str:
        if stored is None:
            return self.checklist_texts.get("unscheduled", "")
        text = self._dates.get(stored)
        if text is None:
            local = dt.datetime.fromisoformat(stored).replace(tzinfo=dt.UTC).astimezone(self.tz)
            locale = QLocale()
            day = locale.toString(QDate(local.year, local.month, local.day), "ddd d MMM yyyy")
            clock = locale.toString(QTime(local.hour, local.minute), "hh:mm")
            text = self._dates[stored] = f"{day}  {clock}"
        return text

    def title_of(self, row: PostListRow) -> str:
        return row[5] if self.page.context.english and row[5] else row[4]

    def cell(self, row: PostListRow, column: int) -> str:
        name = COLUMNS[column]
        if name == "state":
            return labels.post_state(row[1])
        if name == "scheduled_at":
            return self.date_text(row[2])
        if name == "platforms":
            separator = ", " if self.page.context.english else "، "
            return separator.join(labels.platform(p) for p in (row[3] or "").split(",") if p)
        if name == "title":
            return self.title_of(row)
        return self.checklist_texts.get(row[6] or "", row[6])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.cell(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[column] == "title":
            return self.title_of(row)
        if role == Qt.ItemDataRole.DecorationRole and COLUMNS[column] == "state":
            return state_icon(row[1])
        if role == Qt.ItemDataRole.ForegroundRole and COLUMNS[column] == "checklist":
            colour = CHECKLIST_COLOURS.get(row[6] or "")
            return QBrush(QColor(colour)) if colour else None
        if role == POST_ID_ROLE:
            return row[0]
        return None


class ImportErrorsDialog(QDialog):
    """The row-numbered reasons an import was refused; nothing was added."""

    def __init__(self, parent: QWidget, path: Path, errors: list[tuple[int, str]]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import refused"))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setText(
            self.tr("Nothing was imported from %1. Correct these rows and try again:").replace(
                "%1", ltr(str(path))
            )
        )
        self.errors = errors
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Errors by row"))
        row_text = self.tr("Row %1: %2")
        self.text.setPlainText(
            "\n".join(row_text.replace("%1", str(row)).replace("%2", msg) for row, msg in errors)
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(620, 400)


class PostsPage(Retranslating, QWidget):
    """The posts list, its filter bar and its actions."""

    editRequested = Signal(object, object)  # (post id or None, day or None)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        # Asked before withdrawing; tests replace it. (title, question) -> yes?
        self.confirm: Callable[[str, str], bool] = self._ask
        self.dialog: QDialog | None = None

        self.title = QLabel(self)
        self.title.setFont(theme.title_font(1.3))
        self.filter_bar = FilterBar(self, with_dates=True, english=lambda: self.context.english)
        self.filter_bar.set_timezone(context.timezone)
        self.filter_bar.set_named_choices(
            context.reader.campaign_names(), context.reader.pillar_names()
        )
        self.filter_bar.changed.connect(self.reload)

        self.model = PostsModel(self)
        self.model.tz = ZoneInfo(context.timezone)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSortIndicator(COLUMNS.index("scheduled_at"), Qt.SortOrder.DescendingOrder)
        for column, width in enumerate((170, 210, 220, 0, 130)):
            if width:
                header.resizeSection(column, width)
        header.setSectionResizeMode(COLUMNS.index("title"), QHeaderView.ResizeMode.Stretch)
        # Activated: a double-click, or Enter (one signal, so the editor is asked for once).
        self.table.activated.connect(self._activated)

        self.new_button = QPushButton(self)
        self.duplicate_button = QPushButton(self)
        self.withdraw_button = QPushButton(self)
        self.export_csv_button = QPushButton(self)
        self.export_json_button = QPushButton(self)
        self.import_button = QPushButton(self)
        self.new_button.clicked.connect(lambda: self.open_editor())
        self.duplicate_button.clicked.connect(lambda: self.duplicate_selected())
        self.withdraw_button.clicked.connect(lambda: self.withdraw_selected())
        self.export_csv_button.clicked.connect(lambda: self.export_csv())
        self.export_json_button.clicked.connect(lambda: self.export_json())
        self.import_button.clicked.connect(lambda: self.import_json())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        # The chosen post's approval work, from its context menu (the menu key or a right click).
        self.open_action = QAction(self)
        self.review_action = QAction(self)
        self.trail_action = QAction(self)
        self.open_action.triggered.connect(lambda: self._open_selected())
        self.review_action.triggered.connect(lambda: self.review_selected())
        self.trail_action.triggered.connect(lambda: self.show_audit_trail())
        for action in (self.open_action, self.review_action, self.trail_action):
            self.table.addAction(action)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        self.note = QLabel(self)
        theme.muted(self.note)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()

        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        for button in (self.new_button, self.duplicate_button, self.withdraw_button):
            head.addWidget(button)
        head.addSpacing(12)
        for button in (self.export_csv_button, self.export_json_button, self.import_button):
            head.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        self.retranslate()
        self._shown = False
        # Turning sorting on sorts by the indicator: the first read of the rows.
        self.table.setSortingEnabled(True)
        self.update_note()


    def retranslate(self) -> None:
        self.title.setText(self.tr("Posts"))
        self.new_button.setText(self.tr("&New"))
        self.new_button.setToolTip(self.tr("Write a new post"))
        self.duplicate_button.setText(self.tr("&Duplicate"))
        self.duplicate_button.setToolTip(self.tr("A new draft with the chosen post's content"))
        self.withdraw_button.setText(self.tr("&Withdraw"))
        self.withdraw_button.setToolTip(self.tr("Withdraw the chosen post (asks first)"))
        self.export_csv_button.setText(self.tr("Export &CSV…"))
        self.export_csv_button.setToolTip(self.tr("Save the posts that match the filters as CSV"))
        self.export_json_button.setText(self.tr("Export &JSON…"))
        self.export_json_button.setToolTip(
            self.tr("Save the posts that match the filters as JSON (importable)")
        )
        self.import_button.setText(self.tr("&Import JSON…"))
        self.import_button.setToolTip(
            self.tr("Add posts from a JSON file: all of them, or none if a row is wrong")
        )
        self.table.setAccessibleName(self.tr("Posts"))
        self.open_action.setText(self.tr("&Open"))
        self.review_action.setText(self.tr("&Review…"))
        self.review_action.setToolTip(self.tr("The approver reads the post and signs it"))
        self.trail_action.setText(self.tr("&Audit trail"))
        self.model.headers = [
            self.tr("State"),
            self.tr("Scheduled"),
            self.tr("Platforms"),
            self.tr("Title"),
            self.tr("Checklist"),
        ]
        self.model.checklist_texts = {
            "": self.tr("Not checked"),
            "ok": self.tr("Passes"),
            "warning": self.tr("Warnings"),
            "blocker": self.tr("Blocker"),
            "unscheduled": self.tr("Not scheduled"),
        }
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self.model.rows:
            self.model._dates.clear()
            top, bottom = self.model.index(0, 0), self.model.index(len(self.model.rows) - 1, 4)
            self.model.dataChanged.emit(top, bottom)
        self._selection_changed()
        self.update_note()

    # --- loading -----------------------------------------------------------------------------

    def post_filter(self) -> PostFilter:
        return self.filter_bar.post_filter()

    def reload(self) -> None:
        if str(self.model.tz) != self.context.timezone:
            self.model.tz = ZoneInfo(self.context.timezone)
            self.filter_bar.set_timezone(self.context.timezone)
        selected = self.selected_post_id()
        self.model.reload(self.post_filter())
        if selected is not None:
            self.select_post(selected)  # the officer's place in the list survives a reload
        self.update_note()
        self._selection_changed()

    def update_note(self) -> None:
        locale = QLocale()
        shown, total = len(self.model.rows), self.model.total
        if shown < total:
            text = self.tr("Showing %1 of %Ln post(s); scroll down for more.", "", total)
            text = text.replace("%1", locale.toString(shown))
        else:
            text = self.tr("%Ln post(s).", "", total)
        self.note.setText(text)

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        # Posts may have changed elsewhere (the editor, the calendar) meanwhile.
        if self._shown:
            reader = self.context.reader  # campaigns and pillars may have been added meanwhile
            self.filter_bar.set_named_choices(reader.campaign_names(), reader.pillar_names())
            self.reload()
        self._shown = True
        super().showEvent(event)

    # --- selection and actions ---------------------------------------------------------------

    def selected_post_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().hasSelection():
            return None
        return int(self.model.rows[index.row()][0])

    def selected_state(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().hasSelection():
            return None
        return self.model.rows[index.row()][1]

    def select_post(self, post_id: int) -> bool:
        for row, values in enumerate(self.model.rows):
            if values[0] == post_id:
                self.table.selectRow(row)
                return True
        return False

    def _selection_changed(self, *_args: object) -> None:
        state = self.selected_state()
        self.open_action.setEnabled(state is not None)
        self.review_action.setEnabled(state == PostState.IN_REVIEW)
        self.trail_action.setEnabled(state is not None)
        self.duplicate_button.setEnabled(state is not None)
        self.withdraw_button.setEnabled(
            state is not None
            and state not in (PostState.PUBLISHED, PostState.ARCHIVED, PostState.WITHDRAWN)
        )

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_editor(int(self.model.rows[index.row()][0]))

    def open_editor(self, post_id: int | None = None, day: dt.date | None = None) -> None:
        """Ask for the editor: on ``post_id``, or on a new post dated ``day``."""
        self.editRequested.emit(post_id, day)

    def _open_selected(self) -> None:
        post_id = self.selected_post_id()
        if post_id is not None:
            self.open_editor(post_id)

    def run_dialog(self, dialog: QDialog) -> int:
        """Show a modal dialog (tests replace this)."""
        return int(dialog.exec())

    def review_selected(self) -> int:
        """The approver reads and signs the chosen post (in review); the dialog's result."""
        post_id = self.selected_post_id()
        if post_id is None or self.selected_state() != PostState.IN_REVIEW:
            return 0
        from app.ui.approvals.review import ReviewDialog

        result = self.run_dialog(ReviewDialog(self.context, post_id, self))
        self.reload()
        return result

    def show_audit_trail(self) -> QDialog | None:
        """The chosen post's audit trail, beside the list."""
        post_id = self.selected_post_id()
        if post_id is None:
            return None
        from app.ui.audit_trail import AuditTrailDialog

        dialog = AuditTrailDialog(self.context, "post", post_id, self)
        self._show_dialog(dialog)
        return dialog

    def show_message(self, text: str, error: bool = True) -> None:
        theme.error_text(self.message, error)
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _ask(self, title: str, question: str) -> bool:
        answer = QMessageBox.question(
            self,
            title,
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def duplicate_selected(self) -> int | None:
        """Duplicate the chosen post; the new draft's id (selected in the list), or None."""
        post_id = self.selected_post_id()
        if post_id is None:
            return None
        try:
            copy = self.context.posts().duplicate(post_id)
        except BayanError as exc:
            self.show_message(self.tr("The post was not duplicated: %1").replace("%1", str(exc)))
            return None
        self.reload()
        self.select_post(copy.id)
        self.show_message(self.tr("A copy was made as a new draft."), error=False)
        return copy.id

    def withdraw_selected(self) -> bool:
        """Withdraw the chosen post after a confirmation; True when it was withdrawn."""
        post_id = self.selected_post_id()
        if post_id is None:
            return False
        row = self.model.rows[self.table.currentIndex().row()]
        title = self.model.title_of(row)
        if not self.confirm(
            self.tr("Withdraw the post"),
            self.tr(
                "Withdraw “%1”? It stays in the list as withdrawn and cannot be published."
            ).replace("%1", title),
        ):
            return False
        try:
            self.context.posts().withdraw(post_id)
        except BayanError as exc:
            self.show_message(self.tr("The post was not withdrawn: %1").replace("%1", str(exc)))
            return False
        self.reload()
        self.select_post(post_id)
        self.show_message(self.tr("The post was withdrawn."), error=False)
        return True

    # --- export and import -------------------------------------------------------------------

    def _choose(self, save: bool, caption: str, pattern: str, suffix: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        if save:
            name = f"bayan-posts-{dt.date.today().isoformat()}{suffix}"
            chosen, _ = QFileDialog.getSaveFileName(self, caption, str(Path.home() / name), pattern)
        else:
            chosen, _ = QFileDialog.getOpenFileName(self, caption, str(Path.home()), pattern)
        if not chosen:
            return None
        if save and not chosen.lower().endswith(suffix):
            chosen += suffix
        return Path(chosen)

    def export_csv(self, path: Path | str | None = None) -> Path | None:
        """The posts that match the filters, as CSV; asks where when ``path`` is None."""
        return self._export("csv", path)

    def export_json(self, path: Path | str | None = None) -> Path | None:
        """The posts that match the filters, as JSON that :meth:`import_json` reads back."""
        return self._export("json", path)

    def _export(self, kind: str, path: Path | str | None) -> Path | None:
        if path is None:
            if kind == "csv":
                chosen = self._choose(
                    True, self.tr("Export posts as CSV"), self.tr("CSV files (*.csv)"), ".csv"
                )
            else:
                chosen = self._choose(
                    True, self.tr("Export posts as JSON"), self.tr("JSON files (*.json)"), ".json"
                )
            if chosen is None:
                return None
            path = chosen
        target = Path(path)
        io = self._post_io()
        try:
            export = io.export_csv if kind == "csv" else io.export_json
            count = export(self.post_filter(), target)
        except (BayanError, OSError) as exc:
            self.show_message(self.tr("Nothing was exported: %1").replace("%1", str(exc)))
            return None
        self.show_message(
            self.tr("%Ln post(s) exported to %1.", "", int(count)).replace("%1", ltr(str(target))),
            error=False,
        )
        return target

    def import_json(self, path: Path | str | None = None) -> int | None:
        """Add the posts of a JSON export; all or nothing. The number added, or None (refused,
        with the row-numbered errors in a dialog, or cancelled)."""
        if path is None:
            chosen = self._choose(
                False, self.tr("Import posts from JSON"), self.tr("JSON files (*.json)"), ".json"
            )
            if chosen is None:
                return None
            path = chosen
        source = Path(path)
        from app.services.post_io import ImportFailed

        try:
            added = self._post_io().import_json(source).created
        except ImportFailed as exc:
            self._show_dialog(ImportErrorsDialog(self, source, list(exc.errors)))
            self.show_message(self.tr("Nothing was imported."))
            return None
        except (BayanError, OSError) as exc:
            self._show_dialog(ImportErrorsDialog(self, source, [(0, str(exc))]))
            self.show_message(self.tr("Nothing was imported."))
            return None
        count = len(added)
        self.reload()
        self.show_message(self.tr("%Ln post(s) imported.", "", count), error=False)
        return count

    def _post_io(self):  # type: ignore[no-untyped-def]
        from app.services.post_io import PostIO

        context = self.context
        return PostIO(context.opened.sessions, context.workspace.media_dir, tz=context.timezone)

    def _show_dialog(self, dialog: QDialog) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.open()
