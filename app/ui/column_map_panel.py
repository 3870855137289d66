"""The column-mapping step of the metrics page's import (issue 8): for each export of a format
Bayan does not recognise, a small table with one row per column of the file and a combo box of
Bayan's fields ("Ignore", "Date", the daily figures), pre-filled with the proposed mapping.
``changed`` is emitted whenever a choice changes; :meth:`mappings` gives the complete ones."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.column_map import DATE, MAPPABLE_FIELDS, ColumnMapping
from app.ui import labels
from app.ui.i18n import Retranslating

IGNORE = ""
CHOICES = (IGNORE, DATE, *MAPPABLE_FIELDS)  # the combo boxes' item data, in order


class NeedsMapping(Protocol):  # app.services.analytics_import.FileResult
    name: str
    columns: list[str]
    proposed: ColumnMapping | None


class _FileTable:
    def __init__(self, name: str, columns: list[str], title: QLabel, table: QTableWidget) -> None:
        self.name = name
        self.columns = columns
        self.title = title
        self.table = table
        self.combos: list[QComboBox] = []


class ColumnMappingPanel(Retranslating, QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("columnMappingPanel")
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.intro)
        self.files: list[_FileTable] = []
        self.retranslate()

    def set_files(self, files: Sequence[NeedsMapping]) -> None:
        """One table per file, pre-filled with its proposed mapping (none: every column ignored)."""
        for entry in self.files:
            entry.title.deleteLater()
            entry.table.deleteLater()
        self.files = []
        for f in files:
            title = QLabel(self)
            table = QTableWidget(len(f.columns), 2, self)
            table.setTabKeyNavigation(False)
            table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from combo box to combo box
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.verticalHeader().hide()
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            table.horizontalHeader().setStretchLastSection(True)
            entry = _FileTable(f.name, list(f.columns), title, table)
            proposed = f.proposed
            for row, column in enumerate(f.columns):
                table.setItem(row, 0, QTableWidgetItem(column))
                combo = QComboBox(table)
                for _ in CHOICES:
                    combo.addItem("")
                for index, value in enumerate(CHOICES):
                    combo.setItemData(index, value)
                chosen = IGNORE
                if proposed is not None:
                    chosen = DATE if column == proposed.date_column else IGNORE
                    chosen = proposed.fields.get(column, chosen)
                combo.setCurrentIndex(CHOICES.index(chosen))
                combo.currentIndexChanged.connect(self.changed)
                table.setCellWidget(row, 1, combo)
                entry.combos.append(combo)
            height = table.horizontalHeader().height() + 2 * table.frameWidth()
            height += sum(table.rowHeight(r) for r in range(min(len(f.columns), 6)))
            table.setMaximumHeight(height)
            self._layout.addWidget(title)
            self._layout.addWidget(table)
            self.files.append(entry)
        self.setVisible(bool(self.files))
        self.retranslate()

    def focus_chain(self) -> list[QWidget]:
        """The combo boxes in reading order (the page puts them in its Tab order)."""
        return [combo for entry in self.files for combo in entry.combos]

    def combo(self, name: str, column: str) -> QComboBox:
        entry = next(e for e in self.files if e.name == name)
        return entry.combos[entry.columns.index(column)]

    def choose(self, name: str, column: str, value: str) -> None:
        """Set what ``column`` of the file ``name`` holds (``""``: ignore, ``"date"``, a field)."""
        self.combo(name, column).setCurrentIndex(CHOICES.index(value))

    def mapping_of(self, entry: _FileTable) -> ColumnMapping | None:
        """The file's mapping when complete: one date column and at least one figure."""
        chosen = [
            (c, combo.currentData()) for c, combo in zip(entry.columns, entry.combos, strict=True)
        ]
        dates = [c for c, value in chosen if value == DATE]
        fields = {c: value for c, value in chosen if value not in (IGNORE, DATE)}
        if len(dates) != 1 or not fields:
            return None
        return ColumnMapping(dates[0], fields)

    def mappings(self) -> dict[str, ColumnMapping]:
        """The complete mappings by file name (an incomplete file is left out: it still needs
        one)."""
        out = {}
        for entry in self.files:
            mapping = self.mapping_of(entry)
            if mapping is not None:
                out[entry.name] = mapping
        return out

    def incomplete(self) -> list[str]:
        return [e.name for e in self.files if self.mapping_of(e) is None]

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Bayan does not recognise the format of these files. Say what each column holds: "
                "one column is the date, the others a figure or Ignore. Figures no column holds "
                "are left empty."
            )
        )
        texts = [
            self.tr("Ignore"),
            self.tr("Date"),
            *(labels.metric_field(f) for f in MAPPABLE_FIELDS),
        ]
        for entry in self.files:
            entry.title.setText(self.tr("Columns of %1").replace("%1", entry.name))
            entry.table.setHorizontalHeaderLabels([self.tr("Column"), self.tr("Bayan field")])
            entry.table.setAccessibleName(self.tr("Columns of %1").replace("%1", entry.name))
            for column, combo in zip(entry.columns, entry.combos, strict=True):
                for index, text in enumerate(texts):
                    combo.setItemText(index, text)
                combo.setAccessibleName(self.tr("Bayan field for column %1").replace("%1", column))
