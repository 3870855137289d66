"""Fonts, palette, focus ring and icon: one look on every machine, readable and keyboard-friendly.

Text colours are chosen for a contrast of at least 4.5:1 on their backgrounds (checked in
``tests/ui/test_theme.py``); a 2-pixel focus ring (``app.ui.focus_ring``) is drawn around the
focused control. No application-wide style sheet: it would make every widget slower to create
and paint.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QPalette

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication, QLabel, QWidget

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
# Disabled controls: lighter text on the window colour, still readable (4.5:1), so an inactive
# button does not look clickable.
DISABLED_TEXT = "#5f6672"
DISABLED_BUTTON = WINDOW


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


def show_message(label: QLabel, text: str, error: bool = False, *, show: bool = True) -> None:
    """Put ``text`` in a message label (in the error colour when ``error``; the wording says
    it too), named for screen readers, and show the label unless ``show`` is False."""
    error_text(label, error)
    label.setText(text)
    label.setAccessibleName(text)
    if show:
        label.show()


def load_fonts() -> list[str]:
    """Register the bundled UI fonts; returns the families Qt found in them."""
    families: list[str] = []
    for name in UI_FONTS:
        font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return families


def app_icon() -> QIcon:
    from PySide6.QtGui import QIcon

    return QIcon(str(resource_path("icons", "bayan.png")))


def install(app: QApplication) -> None:
    load_fonts()
    font = QFont()
    font.setFamilies(UI_FAMILIES)
    font.setPointSize(10)
    QGuiApplication.setFont(font)
    if app.style().name().lower() != "fusion":  # already Fusion on Linux; setting it again costs
        from PySide6.QtWidgets import QStyleFactory

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
    disabled = QPalette.ColorGroup.Disabled
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(disabled, role, QColor(DISABLED_TEXT))
    palette.setColor(disabled, QPalette.ColorRole.Button, QColor(DISABLED_BUTTON))
    palette.setColor(disabled, QPalette.ColorRole.Base, QColor(WINDOW))
    app.setPalette(palette)
