"""The main window as a user meets it: dashboard figures, language switching, keyboard, settings."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from app.services.dashboard import DashboardService
from app.services.settings import SettingsService
from app.services.workspace import open_workspace
from app.store.fastread import FastReader
from app.store.workspace import Workspace


def _figures(root):  # type: ignore[no-untyped-def]
    reader = FastReader(root / "bayan.db")
    try:
        return DashboardService(reader, "Asia/Amman").figures()
    finally:
        reader.close()


def _stored(root, key):  # type: ignore[no-untyped-def]
    opened = open_workspace(Workspace(root))
    try:
        return SettingsService(opened.sessions).get(key)
    finally:
        opened.close()


def test_dashboard_shows_the_workspace_figures(launch, demo_workspace) -> None:  # type: ignore[no-untyped-def]
    window = launch(demo_workspace.root, "en")
    expected = _figures(demo_workspace.root)
    page = window.dashboard
    assert window.stack.currentWidget() is page
    assert page.card_posts.value.text() == QLocale().toString(expected.posts_this_month)
    assert page.card_open.value.text() == QLocale().toString(expected.open_inquiries)
    assert expected.open_inquiries > 0
    counts = {row.state.value: int(row.count.text()) for row in page.state_rows}
    assert counts == expected.posts_by_state
    assert page.upcoming.rowCount() == len(expected.upcoming)
    assert page.card_posts.accessibleName().endswith(str(expected.posts_this_month))
    assert window.context.timezone == "Asia/Amman"


def test_the_overdue_count_follows_the_first_screen(launch, demo_workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = launch(demo_workspace.root, "en")
    card = window.dashboard.card_overdue
    # The first screen is shown without waiting for it; the count follows in a moment.
    qtbot.waitUntil(lambda: card.value.text() != "…", timeout=3000)
    expected = window.context.dashboard().overdue_inquiries(window.context.clock())
    assert card.value.text() == QLocale().toString(expected)
    assert card.caption.text() == "Overdue inquiries"
    assert card.accessibleName() == f"Overdue inquiries: {expected}"


def test_language_switch_mirrors_and_translates_at_once(launch, demo_workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = launch(demo_workspace.root, "en")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert window.navigation.item(0).text() == "Dashboard"
    assert window.dashboard.title.text() == "Dashboard"

    settings_row = len(window.page_factories) - 1  # Settings is always the last section
    window.navigation.setCurrentRow(settings_row)
    settings = window.settings
    assert window.stack.currentWidget() is settings
    settings.language.setCurrentIndex(settings.language.findData("ar"))

    # Qt delivers the LanguageChange to each window through the event loop.
    qtbot.waitUntil(lambda: window.navigation.item(0).text() == "لوحة المتابعة")
    assert window.isRightToLeft()
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.dashboard.title.text() == "لوحة المتابعة"
    assert settings.title.text() == "الإعدادات"
    assert _stored(demo_workspace.root, "ui.language") == "ar"

    settings.language.setCurrentIndex(settings.language.findData("en"))
    qtbot.waitUntil(lambda: window.navigation.item(settings_row).text() == "Settings")
    assert not window.isRightToLeft()
    assert _stored(demo_workspace.root, "ui.language") == "en"


def test_arabic_workspace_opens_right_to_left(launch, demo_workspace) -> None:  # type: ignore[no-untyped-def]
    window = launch(demo_workspace.root, None)  # the demo workspace's own language: Arabic
    assert window.isRightToLeft()
    assert window.dashboard.refresh_button.text() == "&تحديث"
    # Digits follow the Arabic locale, the figure itself is the same.
    expected = _figures(demo_workspace.root).posts_this_month
    assert QLocale(QLocale.Language.Arabic, QLocale.Country.Jordan).toInt(
        window.dashboard.card_posts.value.text()
    ) == (expected, True)


def test_unknown_time_zone_is_refused_and_nothing_changes(launch, demo_workspace) -> None:  # type: ignore[no-untyped-def]
    window = launch(demo_workspace.root, "en")
    settings = window.settings
    settings.timezone.setCurrentText("Mars/Olympus_Mons")
    settings.apply_timezone.click()
    assert "Mars/Olympus_Mons" in settings.timezone_message.text()
    assert "Nothing was changed" in settings.timezone_message.text()
    assert _stored(demo_workspace.root, "timezone") == "Asia/Amman"
    assert window.context.timezone == "Asia/Amman"

    settings.timezone.setCurrentText("Europe/Berlin")
    settings.apply_timezone.click()
    assert _stored(demo_workspace.root, "timezone") == "Europe/Berlin"
    assert window.context.timezone == "Europe/Berlin"


def test_keyboard_reaches_every_section_and_the_focus_is_visible(
    launch, demo_workspace, qtbot
) -> None:  # type: ignore[no-untyped-def]
    from app.ui.focus_ring import FocusRing

    window = launch(demo_workspace.root, "en")
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    ring = FocusRing(QApplication.instance())  # type: ignore[arg-type]
    window.install_shortcuts()
    last = Qt.Key(Qt.Key.Key_1.value + len(window.page_factories) - 1)
    qtbot.keyClick(window, last, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.settings
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.calendar
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.dashboard

    window.navigation.setFocus()
    qtbot.waitUntil(lambda: ring.target is window.navigation and ring.isVisible())
    seen = set()
    for _ in range(12):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        seen.add(focused)
        assert ring.target is focused
        assert ring.isVisible()
        assert ring.geometry().contains(focused.mapTo(window, focused.rect().center()))
    assert window.dashboard.refresh_button in seen
    assert window.dashboard.upcoming in seen
    assert window.navigation.accessibleName() == "Sections"
    ring.deleteLater()


def test_every_visible_string_is_translated(launch, demo_workspace) -> None:  # type: ignore[no-untyped-def]
    """No English left in the Arabic UI's labels and buttons (figures and names aside)."""
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel

    window = launch(demo_workspace.root, "ar")
    window.navigation.setCurrentRow(len(window.page_factories) - 1)  # Settings
    latin_words = []
    import re

    for widget in window.findChildren(QLabel) + window.findChildren(QAbstractButton):
        # Names and paths set left to right inside Arabic (ltr(): between LRMs) are not English.
        text = re.sub("\u200e[^\u200e]*\u200e", "", widget.text())
        if widget is window.settings.workspace_path or not text:
            continue
        if any(
            "a" <= ch.lower() <= "z"
            for ch in text.replace("bayan.db", "")
            .replace("media/", "")
            .replace("backups/", "")
            .replace("--workspace", "")
            .replace("BAYAN_WORKSPACE", "")
            .replace("English", "")
            .replace(str(demo_workspace.root), "")
        ):
            latin_words.append(text)
    for box in window.findChildren(QGroupBox):
        if any("a" <= ch.lower() <= "z" for ch in box.title()):
            latin_words.append(box.title())
    assert latin_words == []
