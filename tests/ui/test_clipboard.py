"""The secret clipboard: cleared after the interval, and only if it still holds the secret."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from app.ui.clipboard import CLEAR_AFTER_MS, SecretClipboard


def test_default_interval_is_twenty_seconds() -> None:
    assert CLEAR_AFTER_MS == 20_000


def test_cleared_after_the_interval(bayan_app, qtbot) -> None:  # type: ignore[no-untyped-def]
    clipboard = SecretClipboard(interval_ms=80)
    clipboard.copy("s3cret-Pass!")
    assert QGuiApplication.clipboard().text() == "s3cret-Pass!"
    assert QGuiApplication.clipboard().mimeData().hasFormat("x-kde-passwordManagerHint")
    assert clipboard.is_pending()
    with qtbot.waitSignal(clipboard.cleared, timeout=2000):
        pass
    assert QGuiApplication.clipboard().text() == ""
    assert not clipboard.is_pending()


def test_something_copied_since_is_left_alone(bayan_app, qtbot) -> None:  # type: ignore[no-untyped-def]
    clipboard = SecretClipboard(interval_ms=50)
    clipboard.copy("123456")
    QGuiApplication.clipboard().setText("the user's own text")
    qtbot.wait(200)
    assert not clipboard.is_pending()
    assert QGuiApplication.clipboard().text() == "the user's own text"


def test_a_new_copy_restarts_the_countdown(bayan_app, qtbot) -> None:  # type: ignore[no-untyped-def]
    clipboard = SecretClipboard(interval_ms=300)
    clipboard.copy("first")
    qtbot.wait(200)
    clipboard.copy("second")
    qtbot.wait(200)  # 400 ms after the first copy, 200 ms after the second
    assert QGuiApplication.clipboard().text() == "second"
    with qtbot.waitSignal(clipboard.cleared, timeout=2000):
        pass
    assert QGuiApplication.clipboard().text() == ""
