"""The day's backup, made on a worker thread once the first screen is up and the full integrity
check has passed (``app.ui.launch``), so that it costs start-up nothing; and what a restore
found missing in the media store."""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from app.errors import BayanError
from app.store.workspace import Workspace

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from app.store.media_manifest import MediaCheck

log = logging.getLogger(__name__)


class Backups(QObject):
    """The translation context of the backup messages, for the ones with plural forms."""


class DailyBackup(QObject):
    """``made`` carries the new backup's path, or None when today's exists already; ``failed``
    a one-line reason (logged too: a failed daily backup does not interrupt the officer)."""

    made = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace: Workspace | None = None  # the workspace :meth:`start` backs up
        self.thread: threading.Thread | None = None

    def start(self) -> None:
        """Back up :attr:`workspace` unless done today (a slot: connected to the integrity
        check's ``finished``, it runs on this object's thread, the GUI's)."""
        workspace = self.workspace
        if workspace is None or (self.thread is not None and self.thread.is_alive()):
            return
        # Not a daemon: quitting waits for a backup under way instead of leaving half a copy.
        self.thread = threading.Thread(
            target=self._run, args=(workspace,), name="bayan-daily-backup", daemon=False
        )
        self.thread.start()

    def _run(self, workspace: Workspace) -> None:
        from app.services.backup import daily_backup

        try:
            path: Path | None = daily_backup(workspace, checked=True)
        except BayanError as exc:
            log.warning("the daily backup was not made: %s", exc)
            self.failed.emit(str(exc))
            return
        except Exception as exc:  # a bug: logged with its traceback, the window goes on
            log.exception("the daily backup failed")
            self.failed.emit(str(exc))
            return
        if path is not None:
            log.info("daily backup written: %s", path)
        self.made.emit(path)


def show_media_problems(check: MediaCheck, parent: QWidget | None = None) -> None:
    """After a restore: which media files are missing or damaged (the backup holds the
    database only, so it cannot put them back)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from app.ui.i18n import ltr

    names = [f"media/{p}" for p in check.missing + check.damaged]
    shown = "\n".join(ltr(name) for name in names[:20])
    if len(names) > 20:
        shown += "\n…"
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Backups", "Media files missing"))
    # A class's tr(): lupdate marks only tr() calls as plural, not translate().
    box.setText(
        Backups.tr(
            "The database was restored, but %n media file(s) it lists are missing or damaged "
            "in the workspace's media folder. A backup holds the database only: copy these "
            "files back from another copy, or restore a workspace export (.zip) that has them.",
            "",
            len(names),
        )
    )
    box.setDetailedText("\n".join(names))
    box.setInformativeText(shown)
    box.exec()
