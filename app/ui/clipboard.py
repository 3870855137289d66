"""Copying a secret (a password, a 2FA code) to the clipboard for a short while.

The clipboard is cleared after :data:`CLEAR_AFTER_MS` (20 seconds), but only if it still holds
what was copied: something the user copied since is left alone. The copy carries the
``x-kde-passwordManagerHint`` marker, which clipboard managers read as "do not keep a history".
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QObject, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication

CLEAR_AFTER_MS = 20_000
_PASSWORD_HINT = "x-kde-passwordManagerHint"


class SecretClipboard(QObject):
    """Copies secrets and clears them again; ``cleared`` is emitted when it cleared one."""

    cleared = Signal()

    def __init__(self, parent: QObject | None = None, interval_ms: int = CLEAR_AFTER_MS) -> None:
        super().__init__(parent)
        self.interval_ms = interval_ms
        self._copied: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear_if_unchanged)

    @staticmethod
    def _clipboard() -> QClipboard:
        return QGuiApplication.clipboard()

    def copy(self, text: str) -> None:
        """Put ``text`` on the clipboard and start (or restart) the countdown to clearing it."""
        data = QMimeData()
        data.setText(text)
        data.setData(_PASSWORD_HINT, b"secret")
        self._clipboard().setMimeData(data)
        self._copied = text
        self._timer.start(self.interval_ms)

    def is_pending(self) -> bool:
        """True while a copied secret waits to be cleared."""
        return self._timer.isActive()

    def clear_if_unchanged(self) -> None:
        """Clear the clipboard now if it still holds the copied secret."""
        self._timer.stop()
        copied, self._copied = self._copied, None
        if copied is None:
            return
        clipboard = self._clipboard()
        if clipboard.text() == copied:
            clipboard.clear()
            self.cleared.emit()


_shared: SecretClipboard | None = None


def shared() -> SecretClipboard:
    """The application's one secret clipboard (so that copies from any window restart one
    countdown, and the clipboard is cleared even after the window that copied is closed)."""
    global _shared
    if _shared is None:
        _shared = SecretClipboard(QGuiApplication.instance())
    return _shared
