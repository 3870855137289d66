"""The metrics page (issue 8): monthly figures typed into a grid, analytics exports imported,
the plan's targets, pillars and platform focus, and the KPI cards with the followers trend.

Numbers may be typed with Arabic-Indic digits; every status is shown in words and an icon,
never by colour alone.
"""

from __future__ import annotations

import datetime as dt
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core import kpis
from app.core.domain import Kpi, PeriodKind
from app.core.months import month_start as _month
from app.ui import labels, theme
from app.ui.charts import LineChart, Series, month_axis_label
from app.ui.column_map_panel import ColumnMappingPanel
from app.ui.context import AppContext
from app.ui.i18n import Retranslating, keep_sections_in_order
from app.ui.kpi_view import KpiCardView

FIELDS = kpis.COUNT_FIELDS
ACCOUNT_ROLE = Qt.ItemDataRole.UserRole + 1
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def western_digits(text: str) -> str:
    """``text`` with Arabic-Indic (and Persian) digits as 0-9, the Arabic minus, thousands
    separators and spaces dropped."""
    text = text.translate(_DIGITS).replace("\u2212", "-")
    for mark in (",", "\u066c", "\u00a0", " ", "\u200e", "\u200f", "\u061c"):
        text = text.replace(mark, "")
    return text.strip()


def parse_number(text: str) -> object:
    """A typed figure: None when blank, an int or float when it reads as one, else the text
    (the service names it as not a number)."""
    clean = western_digits(text).replace("\u066b", ".")
    if not clean:
        return None
    try:
        return int(clean)
    except ValueError:
        pass
    try:
        return float(clean)
    except ValueError:
        return text


def _without_field(problem: kpis.Problem) -> str:
    """The service's message without its leading "field: " (the page names the field)."""
    prefix = f"{problem.field}: "
    return problem.message.removeprefix(prefix) if problem.field else problem.message


def index_of(combo: QComboBox, value: object) -> int:
    """The row of ``value`` among the combo box's item data (findData does not match the
    dates Python stores there), or -1."""
    for index in range(combo.count()):
        if combo.itemData(index) == value:
            return index
    return -1


class MetricsPage(Retranslating, QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.service = context.metrics()
        self.setObjectName("metricsPage")
        today = self.today()
        self.months = [_month(today, -k) for k in range(24)]  # newest first
        self.title = QLabel(self)
        self.title.setFont(theme.title_font())
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._build_grid_tab(), "")
        self.tabs.addTab(self._build_import_tab(), "")
        self.tabs.addTab(self._build_plan_tab(), "")
        self.tabs.addTab(self._build_kpi_tab(), "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.tabs, 1)
        self.preview = None
        self.paths: list[Path] = []
        self.grid_rows: list = []
        self.retranslate()  # fills the lists and loads the figures

    def today(self) -> dt.date:
        from zoneinfo import ZoneInfo

        return self.context.clock().astimezone(ZoneInfo(self.context.timezone)).date()

    def reload(self) -> None:
        self.load_grid()
        self.load_plan()
        self.load_kpis()

    def _month_name(self, month: dt.date) -> str:
        return self.locale().toString(QDate(month.year, month.month, 1), "MMMM yyyy")

    def _fill_months(self, combo: QComboBox, months: list[dt.date]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for month in months:
            combo.addItem(self._month_name(month), month)
        index = index_of(combo, current) if current is not None else 0
        combo.setCurrentIndex(max(0, index))
        combo.blockSignals(False)

    # --- 1. monthly figures --------------------------------------------------------------

    def _build_grid_tab(self) -> QWidget:
        tab = QWidget(self)
        self.month_label = QLabel(tab)
        self.month_box = QComboBox(tab)
        self.month_label.setBuddy(self.month_box)
        self.month_box.currentIndexChanged.connect(lambda _i: self.load_grid())
        self.grid_model = QStandardItemModel(0, len(FIELDS) + 2, tab)
        self.grid = QTableView(tab)
        self.grid.setModel(self.grid_model)
        self.grid.setObjectName("metricsGrid")
        self.grid.setTabKeyNavigation(False)  # Tab leaves the grid; arrows move in it
        self.grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.save_button = QPushButton(tab)
        self.save_button.clicked.connect(self.save_grid)
        self.grid_message = QLabel(tab)
        self.grid_message.setWordWrap(True)
        self.grid_message.hide()
        top = QHBoxLayout()
        top.addWidget(self.month_label)
        top.addWidget(self.month_box)
        top.addStretch(1)
        top.addWidget(self.save_button)
        layout = QVBoxLayout(tab)
        layout.addLayout(top)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.grid_message)
        return tab

    def grid_month(self) -> dt.date:
        return self.month_box.currentData() or self.months[0]

    def set_grid_month(self, month: dt.date) -> None:
        index = index_of(self.month_box, _month(month))
        if index >= 0:
            self.month_box.setCurrentIndex(index)

    def load_grid(self) -> None:
        self.grid_rows = self.service.grid(self.grid_month())
        model = self.grid_model
        model.setRowCount(0)
        for row in self.grid_rows:
            account = QStandardItem(f"{labels.platform(row.platform)} — {row.handle}")
            account.setEditable(False)
            account.setData(row.account_id, ACCOUNT_ROLE)
            items = [account]
            for name in FIELDS:
                value = row.values.get(name)
                item = QStandardItem("" if value is None else self.locale().toString(value))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                items.append(item)
            problem = QStandardItem("")
            problem.setEditable(False)
            items.append(problem)
            model.appendRow(items)

    def cell(self, row: int, name: str) -> QModelIndex:
        return self.grid_model.index(row, FIELDS.index(name) + 1)

    def set_cell(self, row: int, name: str, text: str) -> None:
        self.grid_model.setData(self.cell(row, name), text)

    def row_of_account(self, account_id: int) -> int:
        for row, info in enumerate(self.grid_rows):
            if info.account_id == account_id:
                return row
        return -1

    def save_grid(self) -> bool:
        """Check every changed row, then store them all, or none when one figure is wrong (the
        problems are written beside their rows and the first wrong cell selected)."""
        month = self.grid_month()
        changes: list[tuple[int, dict[str, object]]] = []
        for r, info in enumerate(self.grid_rows):
            typed = {name: parse_number(self.cell(r, name).data() or "") for name in FIELDS}
            stored = {name: info.values.get(name) for name in FIELDS}
            if typed != stored:
                changes.append((r, typed))
        for r in range(self.grid_model.rowCount()):
            self.grid_model.item(r, len(FIELDS) + 1).setText("")
        if not changes:
            theme.show_message(self.grid_message, self.tr("Nothing has changed."))
            return True
        bad: list[tuple[int, kpis.Problem]] = []
        for r, typed in changes:
            info = self.grid_rows[r]
            previous = self.service.month(info.account_id, _month(month, -1))
            for problem in kpis.check_monthly(typed, previous):
                bad.append((r, problem))
        if not bad:
            from app.services.metrics import MetricsError

            try:
                for r, typed in changes:
                    self.service.save_month(self.grid_rows[r].account_id, month, typed)
            except MetricsError as error:
                bad = [(r, p) for p in error.problems] or [(r, kpis.Problem("", str(error)))]
        if bad:
            by_row: dict[int, list[str]] = {}
            for r, problem in bad:
                field = labels.metric_field(problem.field) if problem.field else ""
                message = _without_field(problem)
                text = self.tr("%1: %2").replace("%1", field).replace("%2", message)
                by_row.setdefault(r, []).append(text if field else problem.message)
            for r, texts in by_row.items():
                self.grid_model.item(r, len(FIELDS) + 1).setText("; ".join(texts))
            r, first = bad[0]
            column = FIELDS.index(first.field) + 1 if first.field in FIELDS else 0
            self.grid.setCurrentIndex(self.grid_model.index(r, column))
            self.grid.setFocus()
            account = self.grid_model.item(r, 0).text()
            field = labels.metric_field(first.field) if first.field else ""
            text = self.tr("Nothing was saved. %1, %2: %3")
            text = text.replace("%1", account).replace("%2", field)
            text = text.replace("%3", _without_field(first))
            if len(bad) > 1:
                more = self.tr("(and %1 more problems, listed beside their rows)")
                text += " " + more.replace("%1", self.locale().toString(len(bad) - 1))
            theme.show_message(self.grid_message, text, error=True)
            return False
        self.load_grid()
        text = self.tr("Saved the figures of %1 accounts for %2.")
        text = text.replace("%1", self.locale().toString(len(changes)))
        theme.show_message(self.grid_message, text.replace("%2", self._month_name(month)))
        self.load_kpis()
        return True

    # --- 2. import -----------------------------------------------------------------------

    def _build_import_tab(self) -> QWidget:
        tab = QWidget(self)
        self.files_button = QPushButton(tab)
        self.folder_button = QPushButton(tab)
        self.zip_button = QPushButton(tab)
        self.files_button.clicked.connect(self._choose_files)
        self.folder_button.clicked.connect(self._choose_folder)
        self.zip_button.clicked.connect(self._choose_zip)
        self.chosen = QLabel(tab)
        self.chosen.setWordWrap(True)
        self.account_box = QComboBox(tab)
        self.followers_edit = QLineEdit(tab)
        self.followers_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.as_of_edit = QDateEdit(tab)
        self.as_of_edit.setCalendarPopup(True)
        keep_sections_in_order(self.as_of_edit)
        today = self.today()
        self.as_of_edit.setDate(QDate(today.year, today.month, today.day))
        self.preview_model = QStandardItemModel(tab)
        self.preview_table = QTableView(tab)
        self.preview_table.setModel(self.preview_model)
        self.preview_table.setTabKeyNavigation(False)
        self.preview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.files_model = QStandardItemModel(tab)
        self.files_table = QTableView(tab)
        self.files_table.setModel(self.files_model)
        self.files_table.setTabKeyNavigation(False)
        self.files_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.files_table.setMaximumHeight(120)
        self.mapping_panel = ColumnMappingPanel(tab)
        self.mapping_panel.hide()
        self.mapping_panel.changed.connect(self.remap)
        self.apply_button = QPushButton(tab)
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.apply_import)
        self.import_message = QLabel(tab)
        self.import_message.setWordWrap(True)
        self.import_message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.import_message.hide()
        choose = QHBoxLayout()
        for button in (self.files_button, self.folder_button, self.zip_button):
            choose.addWidget(button)
        choose.addStretch(1)
        self.import_form = QFormLayout()
        self.import_labels = [QLabel(tab) for _ in range(3)]
        for label, field in zip(
            self.import_labels,
            (self.account_box, self.followers_edit, self.as_of_edit),
            strict=True,
        ):
            label.setBuddy(field)
            self.import_form.addRow(label, field)
        layout = QVBoxLayout(tab)
        layout.addLayout(choose)
        layout.addWidget(self.chosen)
        layout.addLayout(self.import_form)
        layout.addWidget(self.files_table)
        layout.addWidget(self.mapping_panel)
        layout.addWidget(self.preview_table, 1)
        layout.addWidget(self.import_message)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.apply_button)
        layout.addLayout(bottom)
        return tab

    def _choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Choose export files"), "", self.tr("Exports (*.csv *.txt *.xls *.xlsx)")
        )
        if names:
            self.load_paths([Path(n) for n in names])

    def _choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder of exports"))
        if name:
            self.load_paths([Path(name)])

    def _choose_zip(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a zip of exports"), "", self.tr("Zip files (*.zip)")
        )
        if name:
            self.load_paths([Path(name)])

    def _problem_text(self, problem) -> str:  # type: ignore[no-untyped-def]
        parts = []
        if problem.file:
            parts.append(problem.file)
        if problem.row:
            parts.append(self.tr("row %1").replace("%1", self.locale().toString(problem.row)))
        if problem.column:
            parts.append(self.tr("column “%1”").replace("%1", problem.column))
        where = self.tr(", ").join(parts)
        return f"{where}: {problem.message}" if where else problem.message

    def load_paths(self, paths: list[Path]) -> bool:
        """Read the exports among ``paths`` (files, folders, zips) and show what would be
        imported; False (and the problems, naming file, row and column) when they cannot be."""
        from app.core.analytics import ImportFailed
        from app.services.analytics_import import preview

        self.paths = list(paths)
        self.chosen.setText(", ".join(p.name for p in self.paths))
        self.preview = None
        self.apply_button.setEnabled(False)
        self.preview_model.clear()
        self.files_model.clear()
        self.mapping_panel.set_files([])
        try:
            result = preview(self.paths)
        except ImportFailed as error:
            lines = [self._problem_text(p) for p in error.problems[:20]]
            text = self.tr("These exports cannot be imported; nothing was stored:")
            theme.show_message(self.import_message, "\n".join([text, *lines]), error=True)
            return False
        if result.unmapped:  # the column-mapping step, pre-filled with the proposed mappings
            self.mapping_panel.set_files(result.unmapped)
            chain = [self.files_table, *self.mapping_panel.focus_chain(), self.preview_table]
            for first, second in pairwise(chain):
                QWidget.setTabOrder(first, second)
            return self.remap()
        self.preview = result
        self._show_preview()
        self.apply_button.setEnabled(self.account_box.count() > 0)
        theme.show_message(self.import_message, self.tr("Check the months below, then Apply."))
        return True

    def remap(self) -> bool:
        """Preview again with the column mappings chosen so far; Apply only when every file is
        mapped. False (and the problems) when the exports cannot be imported so."""
        from app.core.analytics import ImportFailed
        from app.services.analytics_import import preview

        self.preview = None
        self.apply_button.setEnabled(False)
        self.preview_model.clear()
        try:
            result = preview(self.paths, self.mapping_panel.mappings())
        except ImportFailed as error:
            self.files_model.clear()
            lines = [self._problem_text(p) for p in error.problems[:20]]
            text = self.tr("These exports cannot be imported with these columns:")
            theme.show_message(self.import_message, "\n".join([text, *lines]), error=True)
            return False
        self.preview = result
        self._show_preview()
        if result.unmapped:
            names = ", ".join(f.name for f in result.unmapped)
            text = self.tr("Choose the date column and at least one figure for: %1")
            theme.show_message(self.import_message, text.replace("%1", names))
            return True
        self.apply_button.setEnabled(self.account_box.count() > 0)
        theme.show_message(self.import_message, self.tr("Check the months below, then Apply."))
        return True

    def _show_preview(self) -> None:
        result = self.preview
        if result is None:
            return
        loc = self.locale()
        self.files_model.clear()
        self.files_model.setHorizontalHeaderLabels(
            [self.tr("File"), self.tr("Format"), self.tr("From"), self.tr("To")]
        )
        for f in result.files:
            cells = [
                f.name,
                self.tr("needs a column mapping") if f.needs_mapping else f.format,
                "" if f.first_day is None else loc.toString(QDate(f.first_day), "d MMM yyyy"),
                "" if f.last_day is None else loc.toString(QDate(f.last_day), "d MMM yyyy"),
            ]
            self.files_model.appendRow([QStandardItem(c) for c in cells])
        metrics = sorted({k for figures in result.months.values() for k in figures})
        self.preview_model.clear()
        self.preview_model.setHorizontalHeaderLabels(
            [self.tr("Month")] + [labels.metric_field(k) for k in metrics] + [self.tr("Complete?")]
        )
        for month in sorted(result.months):
            partial = result.partial.get(month)
            state = (
                self.tr("Part of the month only (not imported): %1").replace(
                    "%1", ", ".join(labels.metric_field(k) for k in partial)
                )
                if partial
                else self.tr("Whole month")
            )
            row = [QStandardItem(self._month_name(month))]
            for k in metrics:
                value = result.months[month].get(k)
                item = QStandardItem("" if value is None else loc.toString(value))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if partial and k in partial:
                    item.setToolTip(self.tr("Part of the month only: not imported"))
                row.append(item)
            row.append(QStandardItem(state))
            self.preview_model.appendRow(row)
        self.preview_table.resizeColumnsToContents()

    def preview_months(self) -> list[str]:
        return [self.preview_model.item(r, 0).text() for r in range(self.preview_model.rowCount())]

    def set_import_account(self, account_id: int) -> None:
        index = self.account_box.findData(account_id)
        if index >= 0:
            self.account_box.setCurrentIndex(index)

    def apply_import(self) -> bool:
        from app.core.analytics import ImportFailed
        from app.services.analytics_import import AnalyticsImporter

        if self.preview is None or self.account_box.currentData() is None:
            return False
        total_text = western_digits(self.followers_edit.text())
        total = None
        if total_text:
            if not total_text.isdigit():
                text = self.tr("The current followers total must be a whole number.")
                theme.show_message(self.import_message, text, error=True)
                self.followers_edit.setFocus()
                return False
            total = int(total_text)
        as_of = self.as_of_edit.date().toPython() if total is not None else None
        try:
            result = AnalyticsImporter(self.context.opened.sessions).apply(
                self.preview, self.account_box.currentData(), total, as_of
            )
        except ImportFailed as error:
            lines = [self._problem_text(p) for p in error.problems[:20]]
            text = self.tr("Nothing was imported:")
            theme.show_message(self.import_message, "\n".join([text, *lines]), error=True)
            return False
        text = self.tr("Imported: %1 months added, %2 updated.")
        text = text.replace("%1", self.locale().toString(result.created))
        text = text.replace("%2", self.locale().toString(result.updated))
        if result.posts:
            text += " " + self.tr("Lifetime figures of %Ln post(s) stored.", "", result.posts)
        if result.skipped_partial:
            skipped = self.tr("Months covered only in part were left out: %1.")
            names = ", ".join(self._month_name(m) for m in result.skipped_partial)
            text += " " + skipped.replace("%1", names)
        theme.show_message(self.import_message, text)
        self.apply_button.setEnabled(False)
        self.load_grid()
        self.load_kpis()
        return True

    # --- 3. plan and targets -------------------------------------------------------------

    def _build_plan_tab(self) -> QWidget:
        tab = QWidget(self)
        self.plan_label = QLabel(tab)
        self.plan_label.setWordWrap(True)
        # Targets
        self.targets_title = QLabel(tab)
        self.targets_model = QStandardItemModel(tab)
        self.targets_table = QTableView(tab)
        self.targets_table.setModel(self.targets_model)
        self.targets_table.setTabKeyNavigation(False)
        self.targets_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.targets_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.kpi_box = QComboBox(tab)
        for kpi in Kpi:
            self.kpi_box.addItem("", kpi.value)
        self.period_kind_box = QComboBox(tab)
        self.period_kind_box.addItem("", PeriodKind.MONTH.value)
        self.period_kind_box.addItem("", PeriodKind.QUARTER.value)
        self.period_kind_box.currentIndexChanged.connect(lambda _i: self._fill_periods())
        self.period_box = QComboBox(tab)
        self.target_edit = QLineEdit(tab)
        self.target_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.set_target_button = QPushButton(tab)
        self.set_target_button.clicked.connect(self.add_target)
        self.delete_target_button = QPushButton(tab)
        self.delete_target_button.clicked.connect(self.delete_selected_target)
        target_row = QHBoxLayout()
        for w in (self.kpi_box, self.period_kind_box, self.period_box, self.target_edit):
            target_row.addWidget(w)
        target_row.addWidget(self.set_target_button)
        target_row.addWidget(self.delete_target_button)
        # Pillars
        self.pillars_title = QLabel(tab)
        self.pillars_model = QStandardItemModel(tab)
        self.pillars_table = QTableView(tab)
        self.pillars_table.setModel(self.pillars_model)
        self.pillars_table.setTabKeyNavigation(False)
        self.pillars_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.pillars_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.pillar_ar = QLineEdit(tab)
        self.pillar_en = QLineEdit(tab)
        self.pillar_share = QLineEdit(tab)
        self.pillar_share.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.add_pillar_button = QPushButton(tab)
        self.add_pillar_button.clicked.connect(self.add_pillar)
        self.delete_pillar_button = QPushButton(tab)
        self.delete_pillar_button.clicked.connect(self.delete_selected_pillar)
        pillar_row = QHBoxLayout()
        for w in (self.pillar_ar, self.pillar_en, self.pillar_share):
            pillar_row.addWidget(w)
        pillar_row.addWidget(self.add_pillar_button)
        pillar_row.addWidget(self.delete_pillar_button)
        # Platform focus
        self.focus_title = QLabel(tab)
        self.focus_model = QStandardItemModel(tab)
        self.focus_table = QTableView(tab)
        self.focus_table.setModel(self.focus_model)
        self.focus_table.setTabKeyNavigation(False)
        self.save_focus_button = QPushButton(tab)
        self.save_focus_button.clicked.connect(self.save_focus)
        self.plan_message = QLabel(tab)
        self.plan_message.setWordWrap(True)
        self.plan_message.hide()
        layout = QGridLayout(tab)
        layout.addWidget(self.plan_label, 0, 0, 1, 2)
        layout.addWidget(self.targets_title, 1, 0, 1, 2)
        layout.addWidget(self.targets_table, 2, 0, 1, 2)
        layout.addLayout(target_row, 3, 0, 1, 2)
        layout.addWidget(self.pillars_title, 4, 0)
        layout.addWidget(self.focus_title, 4, 1)
        layout.addWidget(self.pillars_table, 5, 0)
        layout.addWidget(self.focus_table, 5, 1)
        layout.addLayout(pillar_row, 6, 0)
        layout.addWidget(self.save_focus_button, 6, 1, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.plan_message, 7, 0, 1, 2)
        layout.setRowStretch(2, 2)
        layout.setRowStretch(5, 1)
        return tab

    def _fill_periods(self) -> None:
        quarter = self.period_kind_box.currentData() == PeriodKind.QUARTER.value
        today = self.today()
        current = self.period_box.currentData()
        self.period_box.clear()
        if quarter:
            first = dt.date(today.year, (today.month - 1) // 3 * 3 + 1, 1)
            for k in range(-4, 5):
                start = _month(first, 3 * k)
                text = self.tr("Q%1 %2").replace("%1", str((start.month - 1) // 3 + 1))
                self.period_box.addItem(text.replace("%2", str(start.year)), start)
        else:
            for k in range(-12, 13):
                start = _month(today, k)
                self.period_box.addItem(self._month_name(start), start)
        index = index_of(self.period_box, current) if current else -1
        if index < 0:
            index = 4 if quarter else index_of(self.period_box, _month(today))
        self.period_box.setCurrentIndex(max(0, index))

    def _plan(self):  # type: ignore[no-untyped-def]
        return self.service.plan_for(self.today())

    def load_plan(self) -> None:
        loc = self.locale()
        plan = self._plan()
        if plan is None:
            self.plan_label.setText(self.tr("No plan covers today; pillars and shares need one."))
        else:
            name = plan.name_ar if self.context.languages.language == "ar" else plan.name_en
            text = self.tr("Plan: %1 (%2 to %3)").replace("%1", name or plan.name_ar)
            text = text.replace("%2", loc.toString(QDate(plan.starts_on), "d MMM yyyy"))
            self.plan_label.setText(
                text.replace("%3", loc.toString(QDate(plan.ends_on), "d MMM yyyy"))
            )
        for w in (
            self.pillar_ar,
            self.pillar_en,
            self.pillar_share,
            self.add_pillar_button,
            self.delete_pillar_button,
            self.save_focus_button,
        ):
            w.setEnabled(plan is not None)
        # Targets, overall ones (per-account targets are listed with the account's handle).
        handles = {row.account_id: row.handle for row in self.service.grid(self.today())}
        self.targets_model.clear()
        self.targets_model.setHorizontalHeaderLabels(
            [self.tr("KPI"), self.tr("Period"), self.tr("Account"), self.tr("Target")]
        )
        self.target_ids: list[int] = []
        for t in self.service.targets():
            if t.period_kind == PeriodKind.QUARTER:
                period = self.tr("Q%1 %2").replace("%1", str((t.period_start.month - 1) // 3 + 1))
                period = period.replace("%2", str(t.period_start.year))
            else:
                period = self._month_name(t.period_start)
            who = self.tr("All accounts") if t.account_id is None else handles.get(t.account_id, "")
            value = QStandardItem(labels.kpi_value(t.kpi, t.target))
            value.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.targets_model.appendRow(
                [QStandardItem(labels.kpi(t.kpi)), QStandardItem(period), QStandardItem(who), value]
            )
            self.target_ids.append(t.id)
        self.targets_table.resizeColumnsToContents()
        # Pillars
        self.pillars_model.clear()
        self.pillars_model.setHorizontalHeaderLabels([self.tr("Pillar"), self.tr("Intended share")])
        self.pillar_ids: list[int] = []
        total_share = 0.0
        for p in () if plan is None else plan.pillars:
            name = (
                p.name_ar if self.context.languages.language == "ar" else (p.name_en or p.name_ar)
            )
            share = (
                "" if p.intended_share_pct is None else loc.toString(p.intended_share_pct, "f", 0)
            )
            item = QStandardItem(share + (" %" if share else ""))
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.pillars_model.appendRow([QStandardItem(name), item])
            self.pillar_ids.append(p.id)
            total_share += p.intended_share_pct or 0
        self.pillars_table.resizeColumnsToContents()
        # Platform focus: one editable row per platform of the active accounts.
        self.focus_model.clear()
        self.focus_model.setHorizontalHeaderLabels([self.tr("Platform"), self.tr("Share (%)")])
        platforms = sorted(
            {row.platform for row in self.grid_rows}
            | set({} if plan is None else plan.platform_focus)
        )
        for platform in platforms:
            name = QStandardItem(labels.platform(platform))
            name.setEditable(False)
            name.setData(platform, ACCOUNT_ROLE)
            share = None if plan is None else plan.platform_focus.get(platform)
            value = QStandardItem("" if share is None else loc.toString(share, "f", 0))
            value.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.focus_model.appendRow([name, value])
        self.focus_table.resizeColumnsToContents()
        text = self.tr("Content pillars (intended shares: %1 % of 100 %)")
        self.pillars_title.setText(text.replace("%1", loc.toString(total_share, "f", 0)))

    def _plan_error(self, text: str) -> None:
        theme.show_message(self.plan_message, text, error=True)

    def add_target(self) -> bool:
        """Add or replace the overall target chosen in the row of fields below the table."""
        from app.services.metrics import MetricsError

        kpi = Kpi(self.kpi_box.currentData())
        raw = parse_number(self.target_edit.text())
        if not isinstance(raw, int | float) or isinstance(raw, bool):
            self._plan_error(self.tr("The target must be a number."))
            self.target_edit.setFocus()
            return False
        value = float(raw) / 100 if kpi == Kpi.ENGAGEMENT_RATE else float(raw)
        try:
            self.service.set_target(
                kpi, self.period_kind_box.currentData(), self.period_box.currentData(), value
            )
        except MetricsError as error:
            self._plan_error(self.tr("The target was not saved: %1").replace("%1", str(error)))
            return False
        self.load_plan()
        text = self.tr("Target saved: %1, %2.").replace("%1", labels.kpi(kpi))
        theme.show_message(self.plan_message, text.replace("%2", self.period_box.currentText()))
        self.load_kpis()
        return True

    def delete_selected_target(self) -> bool:
        rows = self.targets_table.selectionModel().selectedRows()
        if not rows:
            self._plan_error(self.tr("Choose a target in the list first."))
            return False
        self.service.delete_target(self.target_ids[rows[0].row()])
        self.load_plan()
        theme.show_message(self.plan_message, self.tr("Target deleted."))
        self.load_kpis()
        return True

    def add_pillar(self) -> bool:
        from app.services.metrics import MetricsError

        plan = self._plan()
        if plan is None:
            return False
        share = parse_number(self.pillar_share.text())
        if share is not None and not isinstance(share, int | float):
            self._plan_error(self.tr("The intended share must be a number from 0 to 100."))
            self.pillar_share.setFocus()
            return False
        try:
            self.service.save_pillar(
                plan.id, self.pillar_ar.text(), self.pillar_en.text(), intended_share_pct=share
            )
        except MetricsError as error:
            if "over 100" in str(error):
                text = self.tr("The pillars' intended shares would add up to more than 100 %.")
            elif str(error).startswith("name_ar"):
                text = self.tr("A pillar needs an Arabic name.")
            else:
                text = self.tr("The intended share must be a number from 0 to 100.")
            self._plan_error(text)
            return False
        for edit in (self.pillar_ar, self.pillar_en, self.pillar_share):
            edit.clear()
        self.load_plan()
        theme.show_message(self.plan_message, self.tr("Pillar added."))
        return True

    def delete_selected_pillar(self) -> bool:
        rows = self.pillars_table.selectionModel().selectedRows()
        if not rows:
            self._plan_error(self.tr("Choose a pillar in the list first."))
            return False
        self.service.delete_pillar(self.pillar_ids[rows[0].row()])
        self.load_plan()
        theme.show_message(self.plan_message, self.tr("Pillar deleted; its posts keep going."))
        return True

    def save_focus(self) -> bool:
        from app.services.metrics import MetricsError

        plan = self._plan()
        if plan is None:
            return False
        shares: dict[str, float] = {}
        for r in range(self.focus_model.rowCount()):
            platform = self.focus_model.item(r, 0).data(ACCOUNT_ROLE)
            value = parse_number(self.focus_model.item(r, 1).text())
            if value is None:
                continue
            if not isinstance(value, int | float) or not 0 <= value <= 100:
                text = self.tr("%1: a share is a percentage from 0 to 100.")
                self._plan_error(text.replace("%1", labels.platform(platform)))
                return False
            shares[platform] = float(value)
        try:
            self.service.set_platform_focus(plan.id, shares)
        except MetricsError:
            self._plan_error(self.tr("The platform shares add up to more than 100 %."))
            return False
        self.load_plan()
        theme.show_message(self.plan_message, self.tr("Platform focus saved."))
        return True

    # --- 4. KPIs -------------------------------------------------------------------------

    def _build_kpi_tab(self) -> QWidget:
        tab = QWidget(self)
        self.kpi_title = QLabel(tab)
        self.cards_box = QWidget(tab)
        self.cards_layout = QGridLayout(self.cards_box)
        self.cards_layout.setContentsMargins(0, 0, 0, 0)
        self.cards: list[QFrame] = []
        self.chart_title = QLabel(tab)
        self.chart = LineChart(tab)
        self.method_label = QLabel(tab)
        self.method_label.setWordWrap(True)
        theme.muted(self.method_label)
        self.report_button = QPushButton(tab)
        self.report_button.clicked.connect(self.open_report)
        head = QHBoxLayout()
        head.addWidget(self.kpi_title, 1)
        head.addWidget(self.report_button)
        layout = QVBoxLayout(tab)
        layout.addLayout(head)
        layout.addWidget(self.cards_box)
        layout.addWidget(self.chart_title)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.method_label)
        return tab

    def open_report(self):  # type: ignore[no-untyped-def]
        """The "Monthly report…" dialog."""
        from app.ui.report_dialog import open_report_dialog

        self.report_dialog = open_report_dialog(self.context, self)
        return self.report_dialog

    def load_kpis(self) -> None:
        month = _month(self.today())
        for card in self.cards:
            card.deleteLater()
        self.cards = []
        self.card_texts: list[str] = []
        for k, card in enumerate(self.service.kpi_cards(PeriodKind.MONTH, month)):
            frame = KpiCardView(self.cards_box)
            frame.show_card(card)
            self.card_texts.append(frame.summary)
            self.cards_layout.addWidget(frame, 0, k)
            self.cards.append(frame)
        text = self.tr("Key figures for %1, so far")
        self.kpi_title.setText(text.replace("%1", self._month_name(month)))
        self._load_chart(_month(month, -1))  # the last month with whole figures

    def _load_chart(self, month: dt.date) -> None:
        loc = self.locale()
        series = self.service.followers_by_platform(month, 12)
        months = list(series[0].months) if series else []
        labels_x = [month_axis_label(m.year, m.month) for m in months]
        forecast_x = [
            month_axis_label(_month(month, k).year, _month(month, k).month) for k in range(1, 4)
        ]
        chart_series = []
        summary = []
        for s in series:
            name = labels.platform(s.platform)
            chart_series.append(
                Series(
                    name,
                    [None if v is None else float(v) for v in s.values],
                    list(s.forecast.values),
                )
            )
            known = [v for v in s.values if v is not None]
            part = self.tr("%1: %2 at the latest month end").replace("%1", name)
            part = part.replace("%2", loc.toString(known[-1]) if known else "—")
            if s.forecast.values:
                more = self.tr("forecast %1 in three months").replace(
                    "%1", loc.toString(round(s.forecast.values[-1]))
                )
                part += ", " + more
            summary.append(part)
        self.chart.forecast_word = self.tr("dashed: forecast")
        self.chart.empty_text = self.tr("No monthly figures yet.")
        title = self.tr("Followers per platform, 12 months and a 3-month forecast")
        self.chart.setAccessibleName(title)
        self.chart.set_data(labels_x, chart_series, forecast_x, "; ".join(summary))
        self.chart_title.setText(title)
        self.method_label.setText(
            self.tr("Forecast: a straight line fitted to the last 12 months (least squares).")
        )

    # --- language ------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(self.tr("Metrics"))
        self.report_button.setText(self.tr("&Monthly report…"))
        self.report_button.setToolTip(
            self.tr("Make the PDF report of a month, a quarter or a year")
        )
        for index, text in enumerate(
            (
                self.tr("Monthly figures"),
                self.tr("Import exports…"),
                self.tr("Plan and targets"),
                self.tr("KPIs"),
            )
        ):
            self.tabs.setTabText(index, text)
        self._fill_months(self.month_box, self.months)
        self.month_label.setText(self.tr("&Month:"))
        self.save_button.setText(self.tr("&Save figures"))
        headers = [self.tr("Account")] + [labels.metric_field(n) for n in FIELDS]
        self.grid_model.setHorizontalHeaderLabels([*headers, self.tr("Problems")])
        self.grid.setAccessibleName(self.tr("Monthly figures per account"))
        self.files_button.setText(self.tr("Choose &files…"))
        self.folder_button.setText(self.tr("Choose a f&older…"))
        self.zip_button.setText(self.tr("Choose a &zip…"))
        self.apply_button.setText(self.tr("&Apply import"))
        if not self.context.closed:  # the account names are read from the workspace
            current = self.account_box.currentData()
            self.account_box.clear()
            for row in self.service.grid(self.today()):
                self.account_box.addItem(
                    f"{labels.platform(row.platform)} — {row.handle}", row.account_id
                )
            if current is not None:
                self.set_import_account(current)
        for row, text in enumerate(
            (
                self.tr("Account:"),
                self.tr("Current followers total (optional):"),
                self.tr("As of:"),
            )
        ):
            label = self.import_labels[row]
            label.setText(text)
            label.buddy().setAccessibleName(text.rstrip(":"))
        self.preview_table.setAccessibleName(self.tr("Months to import"))
        self.files_table.setAccessibleName(self.tr("Export files"))
        self._show_preview()
        self.targets_title.setText(self.tr("KPI targets"))
        for index, kpi in enumerate(Kpi):
            self.kpi_box.setItemText(index, labels.kpi(kpi))
        self.kpi_box.setAccessibleName(self.tr("KPI"))
        self.period_kind_box.setItemText(0, self.tr("Month"))
        self.period_kind_box.setItemText(1, self.tr("Quarter"))
        self.period_kind_box.setAccessibleName(self.tr("Period kind"))
        self._fill_periods()
        self.period_box.setAccessibleName(self.tr("Period"))
        self.target_edit.setPlaceholderText(self.tr("Target (engagement rate in %)"))
        self.target_edit.setAccessibleName(self.tr("Target"))
        self.set_target_button.setText(self.tr("Add or &replace target"))
        self.delete_target_button.setText(self.tr("&Delete target"))
        self.targets_table.setAccessibleName(self.tr("KPI targets"))
        self.pillar_ar.setPlaceholderText(self.tr("Arabic name"))
        self.pillar_ar.setAccessibleName(self.tr("Pillar's Arabic name"))
        self.pillar_en.setPlaceholderText(self.tr("English name"))
        self.pillar_en.setAccessibleName(self.tr("Pillar's English name"))
        self.pillar_share.setPlaceholderText(self.tr("Share %"))
        self.pillar_share.setAccessibleName(self.tr("Pillar's intended share in percent"))
        self.add_pillar_button.setText(self.tr("Add &pillar"))
        self.delete_pillar_button.setText(self.tr("Delete pi&llar"))
        self.pillars_table.setAccessibleName(self.tr("Content pillars"))
        self.focus_title.setText(self.tr("Platform focus"))
        self.focus_table.setAccessibleName(self.tr("Platform focus shares"))
        self.save_focus_button.setText(self.tr("Save platform &shares"))
        # Not once the workspace is closed: a language change can reach a closed window's page.
        if hasattr(self, "grid_rows") and not self.context.closed:
            self.reload()
