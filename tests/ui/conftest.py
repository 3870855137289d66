"""GUI fixtures: the application themed as Bayan runs it, and launched main windows."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QApplication

from app.services.demo import generate_demo
from app.ui import i18n, theme
from app.ui.launch import Launcher, set_names
from app.ui.main_window import MainWindow


@pytest.fixture(scope="session")
def bayan_app(qapp: QApplication) -> QApplication:
    set_names()
    theme.install(qapp)
    return qapp


@pytest.fixture
def demo_workspace(workspace):  # type: ignore[no-untyped-def]
    import datetime as dt

    generate_demo(workspace, today=dt.date(2026, 11, 24))
    workspace.close()
    return workspace.workspace


@pytest.fixture
def launch(bayan_app: QApplication, qtbot) -> Iterator[Callable[..., MainWindow]]:  # type: ignore[no-untyped-def]
    """Open a workspace as ``bayan --workspace DIR --lang LANG`` would, without a real clock."""
    launchers: list[Launcher] = []

    def _launch(root, lang: str | None = "en") -> MainWindow:  # type: ignore[no-untyped-def]
        args = argparse.Namespace(workspace=str(root), lang=lang, bench_idle=True)
        launcher = Launcher(bayan_app, args)
        assert launcher.start()
        assert launcher.window is not None
        launchers.append(launcher)
        qtbot.addWidget(launcher.window)
        return launcher.window

    yield _launch
    # Back to English while the windows and their workspaces are still open, and their
    # retranslation done now: a language change reaching a window after it closed (and while
    # pytest-qt deletes it) re-read a closed workspace and crashed in Qt now and then.
    i18n.LanguageManager().apply("en")
    bayan_app.processEvents()
    for launcher in launchers:
        if launcher.window is not None:
            launcher.window.close()
