"""A person's request about their data (Jordan's Personal Data Protection Law No. 24 of 2023):
find their inquiries by name or contact, export them (JSON) or erase them.

The officer searches, checks which of the matches are that person (each row has a tick, all
ticked at first: a namesake can be left out), then exports or erases the ticked ones. Erasing
keeps the times, channel, kind and state for the statistics. The service records each export and
erasure in the audit log, with the count and the inquiries' numbers but not the personal data.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import BayanError
from app.ui import labels, theme
from app.ui.dialogs import confirm_destructive
from app.ui.i18n import Retranslating, ltr
from app.ui.inquiries.timing import local_date_time

MIN_QUERY_CHARS = 2  # the service's MIN_PERSON_QUERY_CHARS
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class PersonRequestDialog(Retranslating, QDialog):
    """``exported`` and ``erased``: what was done while the dialog was open (counts)."""

    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.service = context.inquiries()
        self.matches: list[Any] = []
        self.query = ""  # the search the list shows
        self.exported = 0
        self.erased = 0

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("personSearch")
        self.search_edit.setClearButtonEnabled(True)
        self.search_label = QLabel(self)
        self.search_label.setBuddy(self.search_edit)
        self.search_button = QPushButton(self)
        self.search_button.clicked.connect(self.search)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_label)
        search_row.addWidget(self.search_edit, 1)
        search_row.addWidget(self.search_button)

        self.result_label = QLabel(self)
        self.result_label.setObjectName("personResult")
        self.result_label.setWordWrap(True)
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("personMatches")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(lambda _item: self._update_buttons())
        self.table.hide()

        self.note = QLabel(self)
        self.note.setWordWrap(True)
        theme.muted(self.note)
        self.message = QLabel(self)
        self.message.setObjectName("personMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()

        self.export_button = QPushButton(self)
        self.export_button.setObjectName("personExport")
        self.export_button.clicked.connect(lambda: self.export())
        self.erase_button = QPushButton(self)
        self.erase_button.setObjectName("personErase")
        self.erase_button.clicked.connect(self.erase)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.erase_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(search_row)
        layout.addWidget(self.result_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(820, 520)
        self.retranslate()
        self._update_buttons()
        self.search_button.setDefault(True)  # Enter in the search field searches

    @property
    def timezone(self) -> str:
        return str(self.context.timezone)

    # --- searching -------------------------------------------------------------------------

    def search(self) -> int:
        query = self.search_edit.text().strip()
        self.message.hide()
        if len(query) < MIN_QUERY_CHARS:
            self.say(
                self.tr(
                    "Type at least %n character(s) of the name or contact.", "", MIN_QUERY_CHARS
                ),
                error=True,
            )
            self.search_edit.setFocus()
            return 0
        try:
            self.matches = list(self.service.find_person(query))
        except (ValueError, BayanError) as exc:
            self.matches = []
            self.say(self.tr("The search failed: %1").replace("%1", ltr(str(exc))), error=True)
        self.query = query
        self.fill_table()
        return len(self.matches)

    def fill_table(self, keep_ticks: bool = False) -> None:
        unticked = set(self.unchosen_ids()) if keep_ticks else set()
        table = self.table
        table.blockSignals(True)
        table.setRowCount(len(self.matches))
        for row, match in enumerate(self.matches):
            number = QTableWidgetItem(QLocale().toString(int(match.id)))
            number.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            number.setCheckState(
                Qt.CheckState.Unchecked if match.id in unticked else Qt.CheckState.Checked
            )
            number.setData(ID_ROLE, match.id)
            table.setItem(row, 0, number)
            cells = (
                local_date_time(match.received_at, self.timezone),
                labels.inquiry_kind(match.kind),
                labels.inquiry_channel(match.channel),
                match.inquirer_name or "—",
                ltr(match.inquirer_contact) if match.inquirer_contact else "—",
            )
            for column, text in enumerate(cells, start=1):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(row, column, item)
        table.blockSignals(False)
        table.setVisible(bool(self.matches))
        if self.matches:
            table.setCurrentCell(0, 0)
        self.show_result()
        self._update_buttons()

    def show_result(self) -> None:
        if not self.query:
            self.result_label.setText("")
        elif self.matches:
            self.result_label.setText(
                self.tr(
                    "Inquiries found: %n. Untick any that belong to someone else.",
                    "",
                    len(self.matches),
                )
            )
        else:
            self.result_label.setText(
                self.tr("No inquiry holds a name or contact matching “%1”.").replace(
                    "%1", self.query
                )
            )

    def chosen_ids(self) -> list[int]:
        """The ticked matches."""
        return self._ids(Qt.CheckState.Checked)

    def unchosen_ids(self) -> list[int]:
        return self._ids(Qt.CheckState.Unchecked)

    def _ids(self, state: Qt.CheckState) -> list[int]:
        ids = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.checkState() == state:
                ids.append(int(item.data(ID_ROLE)))
        return ids

    def set_chosen(self, inquiry_id: int, chosen: bool) -> None:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and int(item.data(ID_ROLE)) == inquiry_id:
                item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)

    def _update_buttons(self) -> None:
        chosen = bool(self.matches) and bool(self.chosen_ids())
        self.export_button.setEnabled(chosen)
        self.erase_button.setEnabled(chosen)

    # --- actions (file chooser and confirmation are methods tests replace) -------------------

    def export(self, path: str | Path | None = None) -> Path | None:
        """Write the ticked inquiries to a JSON file (``path``, else the one the officer
        chooses). Returns the path written."""
        ids = self.chosen_ids()
        if not ids:
            return None
        if path is None:
            path = self.choose_export_path()
            if not path:
                return None
        target = Path(path)
        if not target.suffix:
            target = target.with_suffix(".json")
        try:
            data = self.service.export_person(self.query, ids)
        except (ValueError, BayanError) as exc:
            self.say(self.tr("Nothing was exported: %1").replace("%1", ltr(str(exc))), True)
            return None
        try:
            write_json(target, data)
        except OSError as exc:
            self.say(
                self.tr("%1 could not be written: %2")
                .replace("%1", ltr(str(target)))
                .replace("%2", ltr(exc.strerror or str(exc))),
                True,
            )
            return None
        count = int(data.get("count", len(ids)))
        self.exported += count
        self.say(
            self.tr("Inquiries exported: %n, to %1.", "", count).replace("%1", ltr(str(target)))
        )
        return target

    def choose_export_path(self) -> str:
        name = str(Path.home() / "bayan-person-export.json")
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export a person's records"), name, self.tr("JSON files (*.json)")
        )
        return path

    def erase(self) -> int:
        ids = self.chosen_ids()
        if not ids:
            return 0
        if not self.confirm(
            self.tr("Erase a person's data"),
            self.tr(
                "Erase for good the personal data in the ticked inquiries (%n)? The name, "
                "contact, subject, text, internal notes and responses are removed; this cannot "
                "be undone. The times, channel, kind and state stay, for the statistics.",
                "",
                len(ids),
            ),
        ):
            return 0
        try:
            done = self.service.erase_person(ids)
        except (ValueError, BayanError) as exc:
            self.say(self.tr("Nothing was erased: %1").replace("%1", ltr(str(exc))), True)
            return 0
        self.erased += done
        query = self.query
        self.matches = list(self.service.find_person(query)) if query else []
        self.fill_table()
        self.say(
            self.tr(
                "Inquiries erased: %n. Their times, channel and kind remain for the statistics.",
                "",
                done,
            )
        )
        self.close_button.setFocus()
        return done

    def confirm(self, title: str, text: str) -> bool:
        return confirm_destructive(self, title, text, self.tr("&Erase"))

    def say(self, text: str, error: bool = False) -> None:
        theme.show_message(self.message, text, error)

    # --- language --------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("A person's request about their data"))
        self.intro.setText(
            self.tr(
                "When someone asks for their data, or asks for it to be erased (Personal Data "
                "Protection Law No. 24 of 2023): find their inquiries by name, e-mail address "
                "or phone number, then export or erase the ones that are theirs."
            )
        )
        self.search_label.setText(self.tr("&Name or contact:"))
        self.search_edit.setAccessibleName(self.tr("Name or contact to search for"))
        self.search_edit.setPlaceholderText(self.tr("e.g. a name, an e-mail address, 079…"))
        self.search_button.setText(self.tr("&Find"))
        self.table.setAccessibleName(self.tr("Matching inquiries"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("No."),
                self.tr("Received"),
                self.tr("Kind"),
                self.tr("Channel"),
                self.tr("Name"),
                self.tr("Contact"),
            ]
        )
        self.note.setText(
            self.tr(
                "Each export and erasure is recorded in the audit log with the inquiries' "
                "numbers only, not the personal data. Erasing keeps the times, channel and kind "
                "of each inquiry, so the statistics do not change."
            )
        )
        self.export_button.setText(self.tr("E&xport (JSON)…"))
        self.export_button.setToolTip(self.tr("Save the ticked inquiries to a JSON file"))
        self.erase_button.setText(self.tr("E&rase…"))
        self.erase_button.setToolTip(self.tr("Erase the personal data of the ticked inquiries"))
        self.close_button.setText(self.tr("&Close"))
        if self.query:
            self.fill_table(keep_ticks=True)


def write_json(path: Path, data: Any) -> None:
    """``data`` as UTF-8 JSON (Arabic as it is, not escaped), written whole or not at all."""
    partial = path.with_name(path.name + ".part")
    try:
        with partial.open("w", encoding="utf-8") as handle:
            json.dump(data, handle, ensure_ascii=False, indent=2)
            handle.write("\n")
            handle.flush()
            os.fsync(handle.fileno())
        partial.replace(path)
    except OSError:
        partial.unlink(missing_ok=True)
        raise
