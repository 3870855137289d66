"""Fonts, palette, focus ring and icon: one look on every machine, readable and keyboard-friendly.

Text colours are chosen for a contrast of at least 4.5:1 on their backgrounds (checked in
``tests/ui/test_theme.py``); a 2-pixel focus ring is drawn around the focused control. No
application-wide style sheet: it would make every widget slower to create and paint.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QIcon,
    QPainter,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

from app.resources import resource_path

UI_FONTS = (
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    "NotoSansArabicUI-Regular.ttf",
    "NotoSansArabicUI-Bold.ttf",
)
UI_FAMILIES = ["Noto Sans", "Noto Sans Arabic UI"]

# Colours (foreground, background) used together; see tests/ui/test_theme.py.
WINDOW = "#f4f6f8"
SURFACE = "#ffffff"
TEXT = "#1f2933"
MUTED_TEXT = "#4b5563"
ACCENT = "#0f5d6b"
ACCENT_TEXT = "#ffffff"
FOCUS = "#b45309"
BORDER = "#c3cad3"
ERROR_TEXT = "#b91c1c"



class FocusRing(QWidget):
    """A 2-pixel ring drawn over whichever control has the keyboard focus.

    One small overlay that follows ``QApplication.focusChanged``, rather than a style sheet or a
    proxy style, which would slow down the creation and painting of every widget.
    """

    MARGIN = 3

    def __init__(self, app: QApplication) -> None:
        super().__init__(None)
        from PySide6.QtCore import Qt

        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.target: QWidget | None = None
        self._pen = QPen(QColor(FOCUS), 2)
        app.focusChanged.connect(self._focus_changed)
        self._focus_changed(None, app.focusWidget())

    def _focus_changed(self, _old: QWidget | None, now: QWidget | None) -> None:
        if self.target is not None:
            try:
                self.target.removeEventFilter(self)
            except RuntimeError:  # the old target is already deleted
                pass
        self.target = now
        if now is None or now.window() is now:
            self.hide()
            return
        now.installEventFilter(self)
        self._follow()

    def eventFilter(self, watched, event) -> bool:  # type: ignore[no-untyped-def]  # noqa: N802
        from PySide6.QtCore import QEvent

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
        self.setGeometry(top_left.x() - m, top_left.y() - m, target.width() + 2 * m, target.height() + 2 * m)
        self.raise_()
        self.show()
        self.update()

    def paintEvent(self, _event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(self._pen)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 4, 4)
        painter.end()


def title_font(scale: float = 1.6) -> QFont:
    font = QFont(QGuiApplication.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    return font


def muted(label: QWidget) -> None:
    """Secondary text: still at least 4.5:1 against the window."""
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(MUTED_TEXT))
    label.setPalette(palette)


def error_text(label: QWidget, on: bool = True) -> None:
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(ERROR_TEXT if on else TEXT))
    label.setPalette(palette)


def load_fonts() -> list[str]:
    """Register the bundled UI fonts; returns the families Qt found in them."""
    families: list[str] = []
    for name in UI_FONTS:
        font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return families


def app_icon() -> QIcon:
    return QIcon(str(resource_path("icons", "bayan.png")))


def install(app: QApplication) -> None:
    load_fonts()
    font = QFont()
    font.setFamilies(UI_FAMILIES)
    font.setPointSize(10)
    QGuiApplication.setFont(font)
    app.setStyle(QStyleFactory.create("Fusion"))
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: WINDOW,
        QPalette.ColorRole.WindowText: TEXT,
        QPalette.ColorRole.Base: SURFACE,
        QPalette.ColorRole.AlternateBase: WINDOW,
        QPalette.ColorRole.Text: TEXT,
        QPalette.ColorRole.Button: SURFACE,
        QPalette.ColorRole.ButtonText: TEXT,
        QPalette.ColorRole.Highlight: ACCENT,
        QPalette.ColorRole.HighlightedText: ACCENT_TEXT,
        QPalette.ColorRole.ToolTipBase: SURFACE,
        QPalette.ColorRole.ToolTipText: TEXT,
        QPalette.ColorRole.PlaceholderText: MUTED_TEXT,
        QPalette.ColorRole.Link: ACCENT,
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    app.setPalette(palette)
    app.setWindowIcon(app_icon())
