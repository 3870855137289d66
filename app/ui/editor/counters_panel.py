"""Live counters: for each chosen platform, the length of the Arabic and the English text against
the platform's limit ("143/280"), counted as the platform counts (X weighted, YouTube in bytes).

Over the limit is said in words and with an icon, not by colour alone. The table keeps its rows
while the officer types; only their texts change.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QBrush, QColor, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui import labels, theme
from app.ui.i18n import Retranslating

LANGS = ("ar", "en")


class CountersPanel(Retranslating, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("counters")
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.table.setTabKeyNavigation(False)  # Tab moves on to the next control
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        self.platforms: list[str] = []
        self.counts: dict[tuple[str, str], Any] = {}
        self._over_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [self.tr("Platform"), self.tr("Arabic"), self.tr("English")]
        )
        self.table.setAccessibleName(self.tr("Length on each platform"))
        for row, platform in enumerate(self.platforms):
            self.table.item(row, 0).setText(labels.platform(platform))
        self._show_counts()

    def set_counts(self, platforms: Iterable[str], counts: Mapping[tuple[str, str], Any]) -> None:
        """``counts[(platform, lang)]`` is a ``Count`` from ``app.core.counters``."""
        platforms = list(platforms)
        if platforms != self.platforms:
            self.platforms = platforms
            self.table.setRowCount(len(platforms))
            for row, platform in enumerate(platforms):
                self.table.setItem(row, 0, QTableWidgetItem(labels.platform(platform)))
                for column in (1, 2):
                    if self.table.item(row, column) is None:
                        self.table.setItem(row, column, QTableWidgetItem())
            height = self.table.horizontalHeader().sizeHint().height()
            height += sum(self.table.rowHeight(r) for r in range(len(platforms)))
            self.table.setFixedHeight(height + 2 * self.table.frameWidth() + 2)
        self.counts = dict(counts)
        self._show_counts()

    def text(self, platform: str, lang: str) -> str:
        """What the cell of ``platform`` and ``lang`` says (for tests and screen readers)."""
        row = self.platforms.index(platform)
        return self.table.item(row, 1 if lang == "ar" else 2).text()

    def _show_counts(self) -> None:
        locale = QLocale()
        for row, platform in enumerate(self.platforms):
            for column, lang in ((1, "ar"), (2, "en")):
                item = self.table.item(row, column)
                count = self.counts.get((platform, lang))
                if item is None:
                    continue
                if count is None:
                    item.setText("")
                    item.setIcon(QIcon())
                    continue
                if count.limit is None:
                    text = locale.toString(count.length)
                elif count.unit == "utf8_bytes":
                    text = self.tr("%1/%2 bytes")
                else:
                    text = self.tr("%1/%2")
                text = text.replace("%1", locale.toString(count.length))
                if count.limit is not None:
                    text = text.replace("%2", locale.toString(count.limit))
                if count.over and count.limit is not None:
                    text = (
                        self.tr("%1 — over by %2")
                        .replace("%1", text)
                        .replace("%2", locale.toString(count.length - count.limit))
                    )
                    item.setIcon(self._over_icon)
                    item.setForeground(QBrush(QColor(theme.ERROR_TEXT)))
                else:
                    item.setIcon(QIcon())
                    item.setForeground(QBrush(QColor(theme.TEXT)))
                item.setText(text)
                language = self.tr("Arabic") if lang == "ar" else self.tr("English")
                item.setData(
                    Qt.ItemDataRole.AccessibleTextRole,
                    f"{labels.platform(platform)}, {language}: {text}",
                )
