"""Backups and moving a workspace, in Settings: how many backups to keep, a backup now, and the
workspace's export to one ``.zip`` and import from one (``app.services.backup``,
``app.services.workspace_transfer``)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDir, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import BayanError
from app.services import backup as backups
from app.ui import theme
from app.ui.context import AppContext
from app.ui.i18n import Retranslating, ltr


class BackupPanel(Retranslating, QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        theme.muted(self.hint)
        self.keep = QSpinBox(self)
        self.keep.setRange(1, backups.MAX_KEEP)
        self.keep.setValue(backups.keep_count(context.opened.sessions))
        self.keep.valueChanged.connect(self._keep_changed)
        self.keep_label = QLabel(self)
        self.keep_label.setBuddy(self.keep)
        self.back_up = QPushButton(self)
        self.back_up.clicked.connect(self.back_up_now)
        self.export_button = QPushButton(self)
        self.export_button.clicked.connect(self.export_workspace)
        self.import_button = QPushButton(self)
        self.import_button.clicked.connect(self.import_workspace)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        form = QFormLayout()
        keep_row = QHBoxLayout()
        keep_row.addWidget(self.keep)
        keep_row.addWidget(self.back_up)
        keep_row.addStretch(1)
        form.addRow(self.keep_label, keep_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.retranslate()

    def retranslate(self) -> None:
        self.hint.setText(
            self.tr(
                "Bayan backs up the database once a day when it starts and before every update "
                "of its format, into the backups folder, each backup with a list of the media "
                "files to check them against on a restore."
            )
        )
        self.keep_label.setText(self.tr("&Keep the newest backups:"))
        self.keep.setAccessibleName(self.tr("Number of backups to keep"))
        self.back_up.setText(self.tr("&Back up now"))
        self.export_button.setText(self.tr("&Export workspace…"))
        self.export_button.setToolTip(
            self.tr(
                "Write the database and the media files to one .zip, to move to another computer"
            )
        )
        self.import_button.setText(self.tr("&Import workspace…"))
        self.import_button.setToolTip(self.tr("Unpack an exported .zip into a new, empty folder"))

    def _said(self, text: str, *, error: bool = False) -> None:
        theme.error_text(self.message, error)
        self.message.setText(text)

    # --- keeping and making backups ------------------------------------------------------------

    def _keep_changed(self, value: int) -> None:
        try:
            backups.set_keep_count(self.context.opened.sessions, value)
        except BayanError as exc:
            self._said(self.tr("Not saved: %1").replace("%1", str(exc)), error=True)
            return
        self._said(self.tr("Bayan keeps the newest %n backup(s).", "", value))

    def back_up_now(self) -> None:
        try:
            path = backups.create_backup(self.context.workspace)
        except BayanError as exc:
            self._said(self.tr("No backup was made: %1").replace("%1", str(exc)), error=True)
            return
        self._said(self.tr("Backup written: %1").replace("%1", ltr(str(path))))

    # --- moving the workspace ----------------------------------------------------------------

    def choose_export_path(self) -> Path | None:
        suggested = Path(QDir.homePath()) / f"bayan-{dt.date.today():%Y-%m-%d}.zip"
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export workspace"),
            str(suggested),
            self.tr("Zip archives (*.zip)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".zip" else path.with_name(path.name + ".zip")

    def choose_import_archive(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import workspace"), QDir.homePath(), self.tr("Zip archives (*.zip)")
        )
        return Path(name) if name else None

    def choose_import_folder(self) -> Path | None:
        name = QFileDialog.getExistingDirectory(
            self, self.tr("Choose a new, empty folder for the workspace"), QDir.homePath()
        )
        return Path(name) if name else None

    def _progress(self, title: str) -> QProgressDialog:
        dialog = QProgressDialog(title, "", 0, 0, self)
        dialog.setCancelButton(None)  # an export or import is not cut off half-way
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        return dialog

    @staticmethod
    def _step(dialog: QProgressDialog):  # type: ignore[no-untyped-def]
        def step(done: int, total: int) -> None:
            dialog.setMaximum(total)
            dialog.setValue(done)
            QCoreApplication.processEvents()

        return step

    def export_workspace(self) -> None:
        from app.services.workspace_transfer import export_workspace

        target = self.choose_export_path()
        if target is None:
            return
        dialog = self._progress(self.tr("Exporting the workspace…"))
        try:
            done = export_workspace(self.context.workspace, target, self._step(dialog))
        except BayanError as exc:
            self._said(self.tr("Nothing was exported: %1").replace("%1", str(exc)), error=True)
            return
        finally:
            dialog.close()
        self._said(
            self.tr(
                "Exported to %1: the database and %n media file(s). Account passwords and "
                "two-factor secrets are not in it: they stay in this computer's keyring; enter "
                "them again on the other computer, or move them with the keyring's own tools.",
                "",
                done.media_files,
            ).replace("%1", ltr(str(done.path)))
        )

    def import_workspace(self) -> None:
        from app.services.workspace_transfer import import_workspace
        from app.store.workspace import Workspace

        archive = self.choose_import_archive()
        if archive is None:
            return
        folder = self.choose_import_folder()
        if folder is None:
            return
        dialog = self._progress(self.tr("Importing the workspace…"))
        try:
            done = import_workspace(archive, Workspace(folder), self._step(dialog))
        except BayanError as exc:
            self._said(self.tr("Nothing was imported: %1").replace("%1", str(exc)), error=True)
            return
        finally:
            dialog.close()
        command = f"bayan --workspace {done.root}"
        self._said(
            self.tr(
                "Imported into %1: the database and %n media file(s), all checked. To open it, "
                "start Bayan with %2. Account passwords and two-factor secrets are not in an "
                "export: enter them again, or move them with the keyring's own tools.",
                "",
                done.media_files,
            )
            .replace("%1", ltr(str(done.root)))
            .replace("%2", ltr(command))
        )
