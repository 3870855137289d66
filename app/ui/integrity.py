"""The full integrity check of an open workspace, run off the GUI thread after start-up."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal

from app.errors import DatabaseDamaged
from app.store import health
from app.store.workspace import Workspace


class IntegrityWatch(QObject):
    """Runs ``PRAGMA integrity_check`` on a worker thread (sqlite3 releases the GIL), then
    warms the ORM's imports so that the first save does not wait for them."""

    damaged = Signal(object)
    finished = Signal()

    def start(self, workspace: Workspace) -> None:
        threading.Thread(target=self._run, args=(workspace,), daemon=True).start()

    def _run(self, workspace: Workspace) -> None:
        try:
            health.check_integrity(workspace.db_path)
        except DatabaseDamaged as exc:
            self.damaged.emit(exc)
            return
        import app.store.models  # noqa: F401  (loads sqlalchemy.orm too)

        self.finished.emit()
