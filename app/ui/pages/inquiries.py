"""Inquiries: the open queue of inquiries and complaints, most urgent first (SPEC §5, issue 6).

The rows come from :meth:`app.store.fastread.FastReader.inquiry_queue` (no ORM): the inquiries
the filters let through (the open ones by default), those awaiting a first response first, by
the time left to their deadline in office hours (overdue first, the most overdue first), then
the rest, newest first. Clicking a column header sorts by it in memory; the "time left" column
gives the queue's own order back. Overdue rows carry a warning icon and the word "Overdue", a
tint as well, never the colour alone.

Logging, answering and closing an inquiry happen in :class:`app.ui.inquiries.dialog.InquiryDialog`;
the saved replies, the retention of personal data and a person's requests in the dialogs of
:mod:`app.ui.inquiries`; the CSV export of a period goes through
:meth:`app.services.inquiries.InquiryService.export_csv`.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.domain import InquiryChannel, InquiryKind, InquiryStatus
from app.core.inquiries import ERASED_MARKER, OPEN_STATUSES, InquiryFilter, QueueRow
from app.errors import BayanError
from app.ui import labels, theme
from app.ui.context import AppContext
from app.ui.filters import ChoiceButton, search_box
from app.ui.i18n import Retranslating, date_field, ltr
from app.ui.inquiries.timing import duration_text, local_text, time_left_text

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("received_at", "channel", "kind", "subject", "status", "time_left", "first_response")
INQUIRY_ID_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 2
OVERDUE_TINT = "#fdecea"  # behind overdue rows; the text on it stays at 4.5:1 or better
SEARCH_DELAY_MS = 300


class InquiryQueueModel(QAbstractTableModel):
    """The queue's rows (:class:`app.core.inquiries.QueueRow`), their texts made when shown."""

    def __init__(self, page: InquiriesPage) -> None:
        super().__init__(page)
        self.page = page
        self.queue: list[QueueRow] = []  # in the queue's own order
        self.rows: list[QueueRow] = []  # as shown
        self.zone: dt.tzinfo = dt.UTC
        self.headers: list[str] = [""] * len(COLUMNS)
        self.header_tips: list[str] = [""] * len(COLUMNS)
        self.texts: dict[str, str] = {}
        self.sorted_by: tuple[int, bool] = (COLUMNS.index("time_left"), False)
        self._dates: dict[dt.datetime, str] = {}
        self._icon: QIcon | None = None

    def set_queue(self, rows: list[QueueRow]) -> None:
        self.beginResetModel()
        self.queue = rows
        self._dates.clear()
        self.rows = self._ordered(*self.sorted_by)
        self.endResetModel()

    # --- sorting ----------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        wanted = (column, order == Qt.SortOrder.DescendingOrder)
        if wanted == self.sorted_by and len(self.rows) == len(self.queue):
            return
        self.layoutAboutToBeChanged.emit()
        self.sorted_by = wanted
        self.rows = self._ordered(*wanted)
        self.layoutChanged.emit()

    def _ordered(self, column: int, descending: bool) -> list[QueueRow]:
        name = COLUMNS[column]
        rows = self.queue
        if name == "time_left":
            return rows[::-1] if descending else list(rows)
        key: Any
        if name == "received_at":
            key = _received_key
        elif name == "first_response":
            key = _first_response_key
        elif name in ("channel", "kind", "status"):
            label = {
                "channel": labels.inquiry_channel,
                "kind": labels.inquiry_kind,
                "status": labels.inquiry_status,
            }[name]
            names = {value: label(value) for value in {getattr(r, name) for r in rows}}

            def key(r: QueueRow) -> Any:
                return (names[getattr(r, name)].casefold(), r.received_at)
        else:

            def key(r: QueueRow) -> Any:
                return ((r.subject or "").casefold(), r.received_at)

        return sorted(rows, key=key, reverse=descending)

    # --- showing ----------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.header_tips[section] or None
        return None

    def subject_text(self, row: QueueRow) -> str:
        if row.subject == ERASED_MARKER:
            return self.texts.get("erased", row.subject)
        return row.subject or self.texts.get("no_subject", "")

    def cell(self, row: QueueRow, column: int) -> str:
        name = COLUMNS[column]
        if name == "received_at":
            return local_text(row.received_at, self.zone, self._dates, compact=True)
        if name == "channel":
            return labels.inquiry_channel(row.channel)
        if name == "kind":
            return labels.inquiry_kind(row.kind)
        if name == "subject":
            return self.subject_text(row)
        if name == "status":
            return labels.inquiry_status(row.status)
        if name == "time_left":
            return time_left_text(row.office_left, row.calendar_left)
        if row.first_response_at is not None:
            return local_text(row.first_response_at, self.zone, self._dates, compact=True)
        return self.texts.get("not_yet", "") if row.awaiting_response else ""

    def tooltip(self, row: QueueRow, column: int) -> str | None:
        name = COLUMNS[column]
        if name == "subject":
            return self.subject_text(row)
        if name == "time_left" and row.deadline is not None and row.calendar_left is not None:
            key = "deadline_passed" if row.overdue else "deadline"
            return (
                self.texts.get(key, "")
                .replace("%1", local_text(row.deadline, self.zone))
                .replace("%2", duration_text(row.calendar_left, days=True))
            )
        return None

    def overdue_icon(self) -> QIcon:
        if self._icon is None:
            self._icon = self.page.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return self._icon

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.cell(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column)
        if row.overdue:
            if role == Qt.ItemDataRole.DecorationRole and COLUMNS[column] == "time_left":
                return self.overdue_icon()
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(QColor(OVERDUE_TINT))
            if role == Qt.ItemDataRole.ForegroundRole and COLUMNS[column] == "time_left":
                return QBrush(QColor(theme.ERROR_TEXT))
            if role == Qt.ItemDataRole.FontRole and COLUMNS[column] == "time_left":
                font = QFont(self.page.font())
                font.setBold(True)
                return font
        if role == INQUIRY_ID_ROLE:
            return row.id
        if role == OVERDUE_ROLE:
            return row.overdue
        return None


def _received_key(r: QueueRow) -> Any:
    return (r.received_at, r.id)


_LATEST = dt.datetime.max.replace(tzinfo=dt.UTC)


def _first_response_key(r: QueueRow) -> Any:
    return (r.first_response_at or _LATEST, r.received_at)


class StateChoice(ChoiceButton):
    """The states filter: says "open" when exactly the open states are ticked (the default)."""

    open_text = ""

    def refresh(self) -> None:
        if self.values() == OPEN_STATUSES and self.open_text:
            self.setText(f"{self.caption}: {self.open_text}")
            self.setAccessibleName(self.text())
            return
        super().refresh()


class ExportDialog(Retranslating, QDialog):
    """The period to export (whole days in the workspace's zone) and whether the inquirers'
    names and contacts go with it (not unless ticked)."""

    def __init__(self, first: dt.date, last: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.from_date = date_field(self, first)
        self.to_date = date_field(self, last)
        self.personal = QCheckBox(self)
        self.personal.setChecked(False)
        self.personal_note = QLabel(self)
        self.personal_note.setWordWrap(True)
        theme.muted(self.personal_note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout()
        self.from_label = QLabel(self)
        self.to_label = QLabel(self)
        self.from_label.setBuddy(self.from_date)
        self.to_label.setBuddy(self.to_date)
        self.form.addRow(self.from_label, self.from_date)
        self.form.addRow(self.to_label, self.to_date)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.personal)
        layout.addWidget(self.personal_note)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export inquiries as CSV"))
        self.intro.setText(
            self.tr(
                "The inquiries received in these days, whatever their state, with both "
                "first-response times (office hours and calendar hours). The file opens in "
                "spreadsheet programs with its Arabic intact."
            )
        )
        self.from_label.setText(self.tr("&From"))
        self.to_label.setText(self.tr("&To (included)"))
        self.personal.setText(self.tr("Include &personal data (names and contacts)"))
        self.personal_note.setText(
            self.tr(
                "Leave this off unless the file must identify people: it is personal data "
                "under the Personal Data Protection Law."
            )
        )

    def period(self) -> tuple[dt.date, dt.date]:
        return self.from_date.date().toPython(), self.to_date.date().toPython()


class InquiriesPage(Retranslating, QWidget):
    """The inquiry queue, its filters and its actions."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.zone = ZoneInfo(context.timezone)
        self.dialog: QDialog | None = None
        self.last_export: int | None = None

        self.title = QLabel(self)
        self.title.setFont(theme.title_font(1.3))
        self.new_button = QPushButton(self)
        self.open_button = QPushButton(self)
        self.export_button = QPushButton(self)
        self.replies_button = QPushButton(self)
        self.retention_button = QPushButton(self)
        self.person_button = QPushButton(self)
        self.new_button.clicked.connect(lambda: self.new_inquiry())
        self.open_button.clicked.connect(lambda: self.open_selected())
        self.export_button.clicked.connect(lambda: self.export_csv())
        self.replies_button.clicked.connect(lambda: self.open_tool("SavedRepliesDialog"))
        self.retention_button.clicked.connect(lambda: self.open_tool("RetentionDialog"))
        self.person_button.clicked.connect(lambda: self.open_tool("PersonRequestDialog"))

        # Filters: states (open by default), channels, kinds, the period, overdue only, words.
        self.states = StateChoice(self)
        self.channels = ChoiceButton(self)
        self.kinds = ChoiceButton(self)
        today = context.clock().astimezone(self.zone).date()
        self.from_check = QCheckBox(self)
        self.from_date = date_field(self, today)
        self.to_check = QCheckBox(self)
        self.to_date = date_field(self, today)
        for check, edit in ((self.from_check, self.from_date), (self.to_check, self.to_date)):
            edit.setEnabled(False)
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(lambda _on: self.reload())
            edit.dateChanged.connect(self._date_changed)
        self.overdue_check = QCheckBox(self)
        self.overdue_check.toggled.connect(lambda _on: self.reload())
        self.search, self.search_timer = search_box(self, self.reload, SEARCH_DELAY_MS, 200)
        self.clear_button = QPushButton(self)
        self.clear_button.clicked.connect(self.clear_filters)
        for button in (self.states, self.channels, self.kinds):
            button.changed.connect(self.reload)

        self.model = InquiryQueueModel(self)
        self.model.zone = self.zone
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
        # Fixed starting widths: measuring thousands of rows' contents would cost a lot.
        for column, width in enumerate((175, 95, 120, 0, 95, 190, 175)):
            if width:
                header.resizeSection(column, width)
        header.setSectionResizeMode(COLUMNS.index("subject"), QHeaderView.ResizeMode.Stretch)
        header.setSortIndicator(COLUMNS.index("time_left"), Qt.SortOrder.AscendingOrder)
        self.table.activated.connect(self._activated)
        self.open_action = QAction(self)
        self.open_action.triggered.connect(lambda: self.open_selected())
        self.status_actions: dict[str, QAction] = {}
        self.table.addAction(self.open_action)
        for status in (InquiryStatus.WAITING, InquiryStatus.RESOLVED, InquiryStatus.CLOSED):
            action = QAction(self)
            action.triggered.connect(lambda _=False, s=status.value: self.set_selected_status(s))
            self.status_actions[status.value] = action
            self.table.addAction(action)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        self.note = QLabel(self)
        theme.muted(self.note)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()

        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        for button in (self.new_button, self.open_button):
            head.addWidget(button)
        head.addSpacing(12)
        for button in (
            self.export_button,
            self.replies_button,
            self.retention_button,
            self.person_button,
        ):
            head.addWidget(button)
        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        for widget in (
            self.states,
            self.channels,
            self.kinds,
            self.from_check,
            self.from_date,
            self.to_check,
            self.to_date,
            self.overdue_check,
        ):
            filters.addWidget(widget)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(filters)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)

        self.new_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.New), self)
        self.new_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_shortcut.activated.connect(lambda: self.new_inquiry())
        self.find_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        self.find_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.find_shortcut.activated.connect(self._focus_search)

        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.retranslate()
        self.states.set_values(OPEN_STATUSES)
        self._shown = False
        self.reload()
        # The header shows the order; clicking a header sorts by it (the queue is in memory).
        self.table.setSortingEnabled(True)


    # --- language -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(self.tr("Inquiries"))
        self.new_button.setText(self.tr("&New inquiry"))
        self.new_button.setToolTip(self.tr("Log an inquiry or a complaint (Ctrl+N)"))
        self.open_button.setText(self.tr("&Open"))
        self.open_button.setToolTip(self.tr("Answer, follow up or close the chosen inquiry"))
        self.export_button.setText(self.tr("Export &CSV…"))
        self.export_button.setToolTip(
            self.tr("Save the inquiries of a period as CSV, with or without personal data")
        )
        self.replies_button.setText(self.tr("Saved &replies…"))
        self.replies_button.setToolTip(
            self.tr("The reply templates in Arabic and English, with {name}, {subject}, {date}")
        )
        self.retention_button.setText(self.tr("Re&tention…"))
        self.retention_button.setToolTip(
            self.tr("Anonymise the names and contacts kept longer than the retention period")
        )
        self.person_button.setText(self.tr("&Personal-data requests…"))
        self.person_button.setToolTip(
            self.tr("Find a person's inquiries to export or erase them on request")
        )
        self.states.caption = self.tr("States")
        self.states.open_text = self.tr("open")
        self.channels.caption = self.tr("Channels")
        self.kinds.caption = self.tr("Kinds")
        for button in (self.states, self.channels, self.kinds):
            button.any_text = self.tr("any")
            button.many_text = self.tr("%1 chosen")
            button.clear_action.setText(self.tr("Any (clear the ticks)"))
        self.states.setToolTip(
            self.tr("Show inquiries in any of the ticked states (new, answered and waiting: open)")
        )
        self.channels.setToolTip(self.tr("Show inquiries that came by any of the ticked channels"))
        self.kinds.setToolTip(self.tr("Show inquiries of any of the ticked kinds"))
        self.states.set_choices(
            [(s.value, labels.inquiry_status(s.value), None) for s in InquiryStatus]
        )
        self.channels.set_choices(
            [(c.value, labels.inquiry_channel(c.value), None) for c in InquiryChannel]
        )
        self.kinds.set_choices([(k.value, labels.inquiry_kind(k.value), None) for k in InquiryKind])
        self.from_check.setText(self.tr("From"))
        self.to_check.setText(self.tr("To"))
        self.from_check.setToolTip(self.tr("Only inquiries received on or after this day"))
        self.to_check.setToolTip(self.tr("Only inquiries received on or before this day"))
        self.from_date.setAccessibleName(self.tr("First day received"))
        self.to_date.setAccessibleName(self.tr("Last day received"))
        self.overdue_check.setText(self.tr("Over&due only"))
        self.overdue_check.setToolTip(
            self.tr("Only inquiries still awaiting a first response after their target")
        )
        self.search.setPlaceholderText(self.tr("Search subject and text (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search the subject and text"))
        self.search.setToolTip(
            self.tr(
                "Every word, in the subject or the text; Arabic spelling variants "
                "(أ إ آ ا, ة ه, ى ي) and diacritics do not matter"
            )
        )
        self.clear_button.setText(self.tr("Clear filters"))
        self.clear_button.setToolTip(self.tr("Show the open inquiries again"))
        self.table.setAccessibleName(self.tr("Inquiries"))
        self.open_action.setText(self.tr("&Open"))
        self.status_actions[InquiryStatus.WAITING.value].setText(self.tr("Mark &waiting"))
        self.status_actions[InquiryStatus.RESOLVED.value].setText(self.tr("Mark &resolved"))
        self.status_actions[InquiryStatus.CLOSED.value].setText(self.tr("Mark &closed"))
        zone = ltr(self.context.timezone)
        self.model.headers = [
            self.tr("Received"),
            self.tr("Channel"),
            self.tr("Kind"),
            self.tr("Subject"),
            self.tr("State"),
            self.tr("Time left (office hours)"),
            self.tr("First response"),
        ]
        self.model.header_tips = [
            self.tr("When the inquiry came in, in the workspace's time zone (%1)").replace(
                "%1", zone
            ),
            "",
            "",
            "",
            "",
            self.tr(
                "Office time left to the first-response target, or by how much it is overdue; "
                "the working week and public holidays are set in Settings. Sorting by this "
                "column gives the queue's order: overdue first."
            ),
            self.tr("When the first response was sent (%1)").replace("%1", zone),
        ]
        self.model.texts = {
            "erased": self.tr("(erased on request)"),
            "no_subject": self.tr("(no subject)"),
            "not_yet": self.tr("Not yet"),
            "deadline": self.tr("Deadline %1: %2 left in calendar time"),
            "deadline_passed": self.tr("Deadline %1: passed %2 ago in calendar time"),
        }
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self.model.rows:
            self.model._dates.clear()
            top = self.model.index(0, 0)
            bottom = self.model.index(len(self.model.rows) - 1, len(COLUMNS) - 1)
            self.model.dataChanged.emit(top, bottom)
        self._selection_changed()
        self.update_note()

    # --- the filter and the rows ---------------------------------------------------------------

    def inquiry_filter(self) -> InquiryFilter:
        start = end = None
        if self.from_check.isChecked():
            start = self._midnight(self.from_date.date().toPython())
        if self.to_check.isChecked():
            end = self._midnight(self.to_date.date().toPython() + dt.timedelta(days=1))
        return InquiryFilter(
            statuses=frozenset(self.states.values()),
            channels=frozenset(self.channels.values()),
            kinds=frozenset(self.kinds.values()),
            start=start,
            end=end,
            overdue_only=self.overdue_check.isChecked(),
            text=self.search.text().strip(),
        )

    def _midnight(self, day: dt.date) -> dt.datetime:
        return dt.datetime(day.year, day.month, day.day, tzinfo=self.zone)

    def reload(self) -> None:
        """Read the queue again with the filters (the chosen inquiry stays chosen)."""
        self.search_timer.stop()
        if self.context.timezone != getattr(self.zone, "key", ""):
            self.zone = self.model.zone = ZoneInfo(self.context.timezone)
        selected = self.selected_id()
        rows = self.context.reader.inquiry_queue(
            self.inquiry_filter(), self.context.clock(), self.context.timezone
        )
        self.model.set_queue(rows)
        if selected is not None:
            self.select_inquiry(selected)
        self.update_note()
        self._selection_changed()

    def update_note(self) -> None:
        rows = self.model.queue
        overdue = sum(1 for r in rows if r.overdue)
        text = self.tr("%Ln inquiry(ies) shown", "", len(rows))
        if overdue:
            text += " · " + self.tr("%Ln overdue (past the first-response target)", "", overdue)
        self.note.setText(text)

    def clear_filters(self) -> None:
        for widget in (self.states, self.channels, self.kinds):
            widget.blockSignals(True)
        self.states.set_values(OPEN_STATUSES)
        self.channels.set_values(frozenset())
        self.kinds.set_values(frozenset())
        for widget in (self.states, self.channels, self.kinds):
            widget.blockSignals(False)
        for widget in (self.from_check, self.to_check, self.overdue_check, self.search):
            widget.blockSignals(True)
        self.from_check.setChecked(False)
        self.to_check.setChecked(False)
        self.from_date.setEnabled(False)
        self.to_date.setEnabled(False)
        self.overdue_check.setChecked(False)
        self.search.clear()
        for widget in (self.from_check, self.to_check, self.overdue_check, self.search):
            widget.blockSignals(False)
        self.reload()

    def _date_changed(self, _day: QDate) -> None:
        if self.from_check.isChecked() or self.to_check.isChecked():
            self.reload()

    def _focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        # Inquiries may have changed meanwhile, and the times left have moved on.
        if self._shown:
            self.reload()
        self._shown = True
        super().showEvent(event)

    # --- selection ------------------------------------------------------------------------------

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().hasSelection():
            return None
        return int(self.model.rows[index.row()].id)

    def select_inquiry(self, inquiry_id: int) -> bool:
        for row, values in enumerate(self.model.rows):
            if values.id == inquiry_id:
                self.table.selectRow(row)
                return True
        return False

    def row_of(self, inquiry_id: int) -> int | None:
        for row, values in enumerate(self.model.rows):
            if values.id == inquiry_id:
                return row
        return None

    def _selection_changed(self, *_args: object) -> None:
        chosen = self.selected_id() is not None
        self.open_button.setEnabled(chosen)
        self.open_action.setEnabled(chosen)
        for action in self.status_actions.values():
            action.setEnabled(chosen)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_inquiry(self.model.rows[index.row()].id)

    # --- actions --------------------------------------------------------------------------------

    def run_dialog(self, dialog: QDialog) -> int:
        """Show a modal dialog (tests replace this)."""
        return int(dialog.exec())

    def new_inquiry(self) -> int | None:
        """Log a new inquiry in the inquiry dialog; its id once logged (it is then chosen)."""
        return self.open_inquiry(None)

    def open_selected(self) -> int | None:
        inquiry_id = self.selected_id()
        if inquiry_id is None:
            return None
        return self.open_inquiry(inquiry_id)

    def open_inquiry(self, inquiry_id: int | None) -> int | None:
        from app.ui.inquiries.dialog import InquiryDialog

        dialog = InquiryDialog(self.context, inquiry_id, self)
        self.run_dialog(dialog)
        shown = dialog.inquiry_id
        dialog.deleteLater()
        self.reload()
        if shown is not None:
            self.select_inquiry(shown)
        return shown

    def set_selected_status(self, status: str) -> bool:
        inquiry_id = self.selected_id()
        if inquiry_id is None:
            return False
        from app.ui.inquiries.dialog import status_error_text

        try:
            self.context.inquiries().set_status(inquiry_id, status)
        except BayanError as exc:
            self.show_message(status_error_text(exc))
            return False
        self.show_message(
            self.tr("Inquiry %1 is now “%2”.")
            .replace("%1", str(inquiry_id))
            .replace("%2", labels.inquiry_status(status)),
            error=False,
        )
        self.reload()
        return True

    def open_tool(self, name: str) -> QDialog | None:
        """One of the inquiry log's dialogs (saved replies, retention, personal-data requests),
        modal; the queue is read again after it (names or whole inquiries may have changed)."""
        dialog = _tool_dialog(name)(self.context, self)
        self.run_dialog(dialog)
        self.reload()
        return dialog

    def show_message(self, text: str, error: bool = True) -> None:
        theme.error_text(self.message, error)
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # --- export ---------------------------------------------------------------------------------

    def export_csv(
        self,
        path: Path | str | None = None,
        first: dt.date | None = None,
        last: dt.date | None = None,
        personal: bool = False,
    ) -> Path | None:
        """The inquiries received from ``first`` to ``last`` (whole days, included) as CSV;
        without a path, asks for the period, the personal data and the file."""
        if path is None:
            today = self.context.clock().astimezone(self.zone).date()
            chooser = ExportDialog(first or today.replace(day=1), last or today, self)
            if self.run_dialog(chooser) != QDialog.DialogCode.Accepted:
                return None
            first, last = chooser.period()
            personal = chooser.personal.isChecked()
            chosen = self._choose_file(first, last)
            if chosen is None:
                return None
            path = chosen
        if first is None or last is None:
            today = self.context.clock().astimezone(self.zone).date()
            first, last = first or today.replace(day=1), last or today
        if last < first:
            self.show_message(self.tr("Nothing was exported: the period ends before it starts."))
            return None
        target = Path(path)
        try:
            count = self.context.inquiries().export_csv(
                target,
                self._midnight(first),
                self._midnight(last + dt.timedelta(days=1)),
                personal=personal,
            )
        except (BayanError, OSError) as exc:
            self.show_message(self.tr("Nothing was exported: %1").replace("%1", str(exc)))
            return None
        self.last_export = count
        if personal:
            text = self.tr("%Ln inquiry(ies) exported to %1, with names and contacts.", "", count)
        else:
            text = self.tr("%Ln inquiry(ies) exported to %1, without personal data.", "", count)
        self.show_message(text.replace("%1", ltr(str(target))), error=False)
        return target

    def _choose_file(self, first: dt.date, last: dt.date) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        name = f"bayan-inquiries-{first.isoformat()}-{last.isoformat()}.csv"
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export inquiries as CSV"),
            str(Path.home() / name),
            self.tr("CSV files (*.csv)"),
        )
        if not chosen:
            return None
        if not chosen.lower().endswith(".csv"):
            chosen += ".csv"
        return Path(chosen)


def _tool_dialog(name: str) -> Any:
    """The dialog class ``name`` of the inquiry log (:mod:`app.ui.inquiries`), imported on
    first use."""
    if name == "SavedRepliesDialog":
        from app.ui.inquiries.replies import SavedRepliesDialog

        return SavedRepliesDialog
    if name == "RetentionDialog":
        from app.ui.inquiries.retention import RetentionDialog

        return RetentionDialog
    if name == "PersonRequestDialog":
        from app.ui.inquiries.person import PersonRequestDialog

        return PersonRequestDialog
    raise ValueError(f"no inquiry dialog {name!r}")
