"""Anonymising inquirers past the retention period (SPEC §5; Jordan's Personal Data Protection
Law No. 24 of 2023).

The dialog lists the inquiries still holding a name or a contact whose last activity is older
than the retention period (Settings → Inquiries): number, received, kind, channel and last
activity, never the name or the contact themselves. The officer confirms, is told this cannot be
undone and that the statistics remain, and the service removes exactly the inquiries listed.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import BayanError
from app.ui import labels, theme
from app.ui.dialogs import confirm_destructive
from app.ui.i18n import Retranslating, ltr
from app.ui.inquiries.timing import local_date_time

Index = QModelIndex | QPersistentModelIndex


class RetentionModel(QAbstractTableModel):
    """The preview's rows (no personal data in them), for a view that stays fast with thousands
    of rows."""

    COLUMNS = 5

    def __init__(self, timezone: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []
        self.timezone = timezone
        self.headers: list[str] = [""] * self.COLUMNS

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def set_headers(self, headers: list[str]) -> None:
        self.headers = headers
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def cell_text(self, row: int, column: int) -> str:
        item = self.rows[row]
        if column == 0:
            return QLocale().toString(int(item.id))
        if column == 1:
            return local_date_time(item.received_at, self.timezone)
        if column == 2:
            return labels.inquiry_kind(item.kind)
        if column == 3:
            return labels.inquiry_channel(item.channel)
        return local_date_time(item.last_activity, self.timezone, time=False)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.cell_text(index.row(), index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section] if 0 <= section < len(self.headers) else None
        return None


class RetentionDialog(Retranslating, QDialog):
    """``now``: the moment the preview is worked out for (the service's clock by default; the
    screenshots fix it). ``anonymised``: how many were anonymised while the dialog was open."""

    def __init__(
        self, context: Any, parent: QWidget | None = None, *, now: dt.datetime | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.service = context.inquiries()
        self.now = now
        self.anonymised = 0
        self.months = 0
        self.cutoff: dt.datetime | None = None

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setObjectName("retentionIntro")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("retentionCount")
        self.count_label.setWordWrap(True)
        font = self.count_label.font()
        font.setBold(True)
        self.count_label.setFont(font)

        self.model = RetentionModel(self.timezone, self)
        self.table = QTableView(self)
        self.table.setObjectName("retentionTable")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

        self.note = QLabel(self)
        self.note.setWordWrap(True)
        theme.muted(self.note)
        self.message = QLabel(self)
        self.message.setObjectName("retentionMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()

        self.anonymise_button = QPushButton(self)
        self.anonymise_button.setObjectName("anonymiseButton")
        self.anonymise_button.clicked.connect(self.anonymise)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.anonymise_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.count_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(760, 520)
        self.retranslate()
        self.reload()
        self.close_button.setDefault(True)  # Enter never anonymises

    @property
    def timezone(self) -> str:
        return str(self.context.timezone)

    @property
    def rows(self) -> list[Any]:
        return self.model.rows

    def reload(self) -> None:
        try:
            self.months = self.service.retention_months()
            self.cutoff = self.service.retention_cutoff(self.now)
            rows = self.service.retention_preview(self.now)
        except (ValueError, BayanError) as exc:
            rows = []
            self.say(self.tr("The list could not be read: %1").replace("%1", ltr(str(exc))), True)
        self.model.set_rows(rows)
        self.show_count()

    def show_count(self) -> None:
        count = len(self.rows)
        if count:
            self.count_label.setText(self.tr("Inquiries to anonymise: %n.", "", count))
        else:
            self.count_label.setText(
                self.tr(
                    "Nothing to anonymise: every name and contact is within the retention period."
                )
            )
        self.table.setVisible(bool(count))
        self.anonymise_button.setEnabled(bool(count))
        if self.cutoff is not None:
            self.intro.setText(
                self.tr(
                    "Names and contacts of inquirers are kept for %n month(s) (Settings → "
                    "Inquiries). These inquiries had their last activity (receipt, response or "
                    "resolution) before %1; anonymising removes the inquirer's name and contact "
                    "from them, and wherever the name or contact appears in their texts.",
                    "",
                    self.months,
                ).replace("%1", local_date_time(self.cutoff, self.timezone, time=False))
            )

    def anonymise(self) -> int:
        ids = [row.id for row in self.rows]
        if not ids:
            return 0
        if not self.confirm(
            self.tr("Anonymise inquiries"),
            self.tr(
                "Remove for good the names and contacts in these inquiries (%n)? This cannot "
                "be undone. Their statistics remain: times, channel, kind and state are kept.",
                "",
                len(ids),
            ),
        ):
            return 0
        try:
            done = self.service.anonymise(ids)
        except (ValueError, BayanError) as exc:
            self.say(self.tr("Nothing was anonymised: %1").replace("%1", ltr(str(exc))), True)
            self.reload()
            return 0
        self.anonymised += done
        self.reload()
        self.say(self.tr("Inquiries anonymised: %n. Their statistics remain.", "", done))
        self.close_button.setFocus()
        return done

    def confirm(self, title: str, text: str) -> bool:
        return confirm_destructive(self, title, text, self.tr("&Anonymise"))

    def say(self, text: str, error: bool = False) -> None:
        theme.show_message(self.message, text, error)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Anonymise old inquiries"))
        self.model.set_headers(
            [
                self.tr("No."),
                self.tr("Received"),
                self.tr("Kind"),
                self.tr("Channel"),
                self.tr("Last activity"),
            ]
        )
        self.table.setAccessibleName(self.tr("Inquiries to anonymise"))
        self.note.setText(
            self.tr(
                "Names and contacts are not shown here. Times, channel, kind and state are kept, "
                "so reports and figures stay the same."
            )
        )
        self.anonymise_button.setText(self.tr("&Anonymise…"))
        self.close_button.setText(self.tr("&Close"))
        if self.cutoff is not None:
            self.show_count()
