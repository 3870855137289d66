"""The keyboard-focus ring: visible focus on every control, whatever the platform style."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QEvent, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QApplication, QWidget

from app.ui.theme import FOCUS


class FocusRing(QWidget):
    """A 2-pixel ring drawn over whichever control has the keyboard focus.

    One small overlay that follows ``QApplication.focusChanged``, rather than a style sheet or a
    proxy style, which would slow down the creation and painting of every widget.
    """

    MARGIN = 3

    def __init__(self, app: QApplication) -> None:
        super().__init__(None)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.target: QWidget | None = None
        self._pen = QPen(QColor(FOCUS), 2)
        app.focusChanged.connect(self._focus_changed)
        self._focus_changed(None, app.focusWidget())

    def _focus_changed(self, _old: QWidget | None, now: QWidget | None) -> None:
        if self.target is not None:
            with contextlib.suppress(RuntimeError):  # the old target is already deleted
                self.target.removeEventFilter(self)
        self.target = now
        if now is None or now.window() is now:
            self.hide()
            return
        now.installEventFilter(self)
        self._follow()

    def eventFilter(self, watched, event) -> bool:  # type: ignore[no-untyped-def]
        if event.type() in (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show):
            self._follow()
        elif event.type() == QEvent.Type.Hide:
            self.hide()
        return False

    def _follow(self) -> None:
        target = self.target
        if target is None or not target.isVisible():
            self.hide()
            return
        window = target.window()
        if self.parentWidget() is not window:
            self.setParent(window)
        top_left = target.mapTo(window, target.rect().topLeft())
        m = self.MARGIN
        self.setGeometry(
            top_left.x() - m, top_left.y() - m, target.width() + 2 * m, target.height() + 2 * m
        )
        self.raise_()
        self.show()
        self.update()

    def paintEvent(self, _event) -> None:  # type: ignore[no-untyped-def]
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(self._pen)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 4, 4)
        painter.end()
