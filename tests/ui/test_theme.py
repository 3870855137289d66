"""Readable contrast (WCAG 2.x, at least 4.5:1) for every text colour on its backgrounds."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.ui import labels, theme
from app.ui.pages import dashboard


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(foreground: str, background: str) -> float:
    lighter, darker = sorted((_luminance(foreground), _luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


PAIRS = [
    (theme.TEXT, theme.WINDOW),
    (theme.TEXT, theme.SURFACE),
    (theme.MUTED_TEXT, theme.WINDOW),
    (theme.MUTED_TEXT, theme.SURFACE),
    (theme.ACCENT_TEXT, theme.ACCENT),
    (theme.ACCENT, theme.SURFACE),
    (theme.ERROR_TEXT, theme.WINDOW),
    (theme.DISABLED_TEXT, theme.DISABLED_BUTTON),
    (theme.DISABLED_TEXT, theme.WINDOW),
] + [
    (colour, bg)
    for colour in labels.POST_STATE_COLOURS.values()
    for bg in (theme.SURFACE, theme.WINDOW)
]


@pytest.mark.parametrize(("foreground", "background"), PAIRS)
def test_text_contrast_is_at_least_4_5(foreground: str, background: str) -> None:
    assert contrast(foreground, background) >= 4.5


def test_focus_ring_stands_out_from_the_window() -> None:
    # WCAG 2.2 non-text contrast: 3:1 for the focus indicator.
    assert contrast(theme.FOCUS, theme.WINDOW) >= 3
    assert contrast(theme.FOCUS, theme.SURFACE) >= 3


def test_the_contrast_formula_itself() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


def test_foreground_role_number_is_qts() -> None:
    assert Qt.ItemDataRole.ForegroundRole.value == dashboard.FOREGROUND_ROLE


def test_disabled_controls_look_disabled(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

    theme.install(QApplication.instance())
    palette = QApplication.palette()
    group = QPalette.ColorGroup
    for role in (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Text):
        enabled = palette.color(group.Active, role).name()
        disabled = palette.color(group.Disabled, role).name()
        assert disabled != enabled and disabled == theme.DISABLED_TEXT
    button = QPalette.ColorRole.Button
    assert palette.color(group.Disabled, button) != palette.color(group.Active, button)
