"""Settings: user-interface language (applied at once), time zone, and where the workspace is."""

from __future__ import annotations

import zoneinfo

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import BayanError
from app.ui import theme
from app.ui.context import AppContext
from app.ui.i18n import Retranslating, ltr

# Each language is named in itself, so it can be found whatever the current language.
LANGUAGE_NAMES = {"ar": "العربية", "en": "English"}


class SettingsPage(Retranslating, QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.title = QLabel(self)
        self.title.setFont(theme.title_font())

        self.general = QGroupBox(self)
        self.language = QComboBox(self.general)
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(context.languages.language))
        self.language.currentIndexChanged.connect(self._language_chosen)

        self.timezone = QComboBox(self.general)
        self.timezone.setEditable(True)
        self.timezone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.timezone.addItems(sorted(zoneinfo.available_timezones()))
        self.timezone.setCurrentText(context.timezone)
        completer = QCompleter(self.timezone.model(), self.timezone)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.timezone.setCompleter(completer)
        self.apply_timezone = QPushButton(self.general)
        self.apply_timezone.clicked.connect(self._timezone_chosen)
        self.timezone.lineEdit().returnPressed.connect(self._timezone_chosen)
        tz_row = QHBoxLayout()
        tz_row.addWidget(self.timezone, 1)
        tz_row.addWidget(self.apply_timezone)
        self.timezone_message = QLabel(self.general)
        self.timezone_message.setWordWrap(True)

        self.language_label = QLabel(self.general)
        self.language_label.setBuddy(self.language)
        self.timezone_label = QLabel(self.general)
        self.timezone_label.setBuddy(self.timezone)
        form = QFormLayout(self.general)
        form.addRow(self.language_label, self.language)
        form.addRow(self.timezone_label, tz_row)
        form.addRow("", self.timezone_message)

        self.workspace_box = QGroupBox(self)
        self.workspace_path = QLabel(str(context.workspace.root), self.workspace_box)
        self.workspace_path.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.workspace_path.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.open_folder = QPushButton(self.workspace_box)
        self.open_folder.clicked.connect(self._open_folder)
        self.workspace_hint = QLabel(self.workspace_box)
        theme.muted(self.workspace_hint)
        self.workspace_hint.setWordWrap(True)
        ws_layout = QVBoxLayout(self.workspace_box)
        row = QHBoxLayout()
        row.addWidget(self.workspace_path, 1)
        row.addWidget(self.open_folder)
        ws_layout.addLayout(row)
        ws_layout.addWidget(self.workspace_hint)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.general)
        layout.addWidget(self.workspace_box)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Settings"))
        self.general.setTitle(self.tr("General"))
        self.language_label.setText(self.tr("&Language of the interface:"))
        self.timezone_label.setText(self.tr("&Time zone of the workspace:"))
        self.apply_timezone.setText(self.tr("&Apply"))
        self.apply_timezone.setToolTip(self.tr("Use this time zone for schedules and reports"))
        self.workspace_box.setTitle(self.tr("Workspace"))
        self.open_folder.setText(self.tr("&Open folder"))
        self.workspace_path.setAccessibleName(self.tr("Workspace folder"))
        self.workspace_hint.setText(
            self.tr(
                "The database (bayan.db), the media store (media/) and the backups (backups/) "
                "are kept in this folder. Start Bayan with --workspace or set BAYAN_WORKSPACE "
                "to use another one."
            )
        )

    def _language_chosen(self) -> None:
        code = self.language.currentData()
        if code == self.context.languages.language:
            return
        self.context.languages.apply(code)
        self.context.settings.set_language(code)  # the list holds only languages Bayan has

    def _timezone_chosen(self) -> None:
        name = self.timezone.currentText().strip()
        try:
            self.context.settings.set_timezone(name)
        except BayanError:
            theme.error_text(self.timezone_message)
            self.timezone_message.setText(
                self.tr("“%1” is not a time zone Bayan knows. Nothing was changed.").replace(
                    "%1", ltr(name)
                )
            )
        else:
            self.context.timezone = name
            theme.error_text(self.timezone_message, False)
            self.timezone_message.setText(self.tr("Time zone set to %1.").replace("%1", ltr(name)))

    def _open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.context.workspace.root)))
