"""Backups in the GUI: the day's backup after the first screen, and Settings' backup panel (how
many to keep, a backup now, the workspace's export and import)."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.services.backup import read_keep
from app.store.backup import list_backups
from app.store.media_manifest import manifest_path
from app.ui.context import AppContext
from app.ui.launch import Launcher
from app.ui.pages.backup_panel import BackupPanel
from tests.ui.editor_helpers import make_context

pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def context(bayan_app, demo_workspace) -> Iterator[AppContext]:  # type: ignore[no-untyped-def]
    ctx = make_context(demo_workspace.root)
    yield ctx
    ctx.close()


@pytest.fixture
def panel(context: AppContext, qtbot) -> BackupPanel:  # type: ignore[no-untyped-def]
    widget = BackupPanel(context)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def dailies(root: Path) -> list[Path]:
    return [p for p in list_backups(root / "backups") if p.name.endswith("-daily.db")]


# --- the day's backup ----------------------------------------------------------------------------


def test_the_day_s_backup_comes_after_the_first_screen(
    bayan_app,
    demo_workspace,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    args = argparse.Namespace(workspace=str(demo_workspace.root), lang="en", bench_idle=False)
    launcher = Launcher(bayan_app, args)

    assert launcher.start()
    qtbot.addWidget(launcher.window)

    assert dailies(demo_workspace.root) == [], "a backup was made before the window was up"
    qtbot.waitUntil(lambda: launcher.daily_backup is not None, timeout=5_000)
    daily = launcher.daily_backup
    assert daily is not None
    qtbot.waitUntil(
        lambda: daily.thread is not None and not daily.thread.is_alive(), timeout=30_000
    )
    [made] = dailies(demo_workspace.root)
    assert manifest_path(made).exists()

    # Opened again the same day: no second one.
    daily.start()
    assert daily.thread is not None
    daily.thread.join(10)
    assert dailies(demo_workspace.root) == [made]
    launcher.window.close()


def test_the_benchmark_mode_makes_no_backup(bayan_app, demo_workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    args = argparse.Namespace(workspace=str(demo_workspace.root), lang="en", bench_idle=True)
    launcher = Launcher(bayan_app, args)
    assert launcher.start()
    qtbot.addWidget(launcher.window)
    qtbot.wait(200)
    assert launcher.daily_backup is None and dailies(demo_workspace.root) == []


def test_a_daily_backup_that_fails_is_logged_and_the_window_goes_on(
    bayan_app,
    demo_workspace,
    qtbot,
    caplog,  # type: ignore[no-untyped-def]
) -> None:
    import shutil

    from app.ui.daily_backup import DailyBackup

    shutil.rmtree(demo_workspace.backups_dir)
    demo_workspace.backups_dir.write_text("a file where the folder should be")
    daily = DailyBackup()
    daily.workspace = demo_workspace

    with qtbot.waitSignal(daily.failed, timeout=10_000) as blocker:
        daily.start()

    assert "could not back up" in blocker.args[0]
    assert "the daily backup was not made" in caplog.text
    assert demo_workspace.backups_dir.read_text() == "a file where the folder should be"


# --- Settings ------------------------------------------------------------------------------------


def test_the_settings_page_has_the_backup_panel(context: AppContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.ui.pages.settings import SettingsPage

    page = SettingsPage(context)
    qtbot.addWidget(page)
    assert isinstance(page.backups, BackupPanel)
    assert page.backups_box.title() == "Backups and moving the workspace"


def test_the_number_of_backups_to_keep_is_stored(panel: BackupPanel, context: AppContext) -> None:
    assert panel.keep.value() == 14
    assert panel.keep_label.buddy() is panel.keep and panel.keep.accessibleName()

    panel.keep.setValue(5)

    assert read_keep(context.workspace.db_path) == 5
    assert panel.message.text() == "Bayan keeps the newest 5 backups."


def test_back_up_now(panel: BackupPanel, context: AppContext) -> None:
    panel.back_up.click()

    [made] = list_backups(context.workspace.backups_dir)
    assert manifest_path(made).exists()
    assert str(made) in panel.message.text()


def test_export_then_import_from_the_panel(
    panel: BackupPanel, context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    archive = tmp_path / "moving.zip"
    target = tmp_path / "new-computer"
    target.mkdir()
    monkeypatch.setattr(panel, "choose_export_path", lambda: archive)
    monkeypatch.setattr(panel, "choose_import_archive", lambda: archive)
    monkeypatch.setattr(panel, "choose_import_folder", lambda: target)

    panel.export_button.click()

    assert archive.is_file()
    text = panel.message.text()
    assert str(archive) in text and "keyring" in text

    panel.import_button.click()

    assert (target / "bayan.db").is_file()
    text = panel.message.text()
    assert str(target) in text and "--workspace" in text and "keyring" in text

    panel.import_button.click()  # the folder is not empty any more

    assert panel.message.text().startswith("Nothing was imported: ")
    assert "is not empty" in panel.message.text()


def test_a_cancelled_dialog_does_nothing(
    panel: BackupPanel, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(panel, "choose_export_path", lambda: None)
    monkeypatch.setattr(panel, "choose_import_archive", lambda: None)
    panel.export_button.click()
    panel.import_button.click()
    assert panel.message.text() == ""


def test_an_export_that_would_replace_a_file_says_so(
    panel: BackupPanel, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    taken = tmp_path / f"bayan-{dt.date.today():%Y-%m-%d}.zip"
    taken.write_bytes(b"mine")
    monkeypatch.setattr(panel, "choose_export_path", lambda: taken)

    panel.export_button.click()

    assert panel.message.text().startswith("Nothing was exported: ")
    assert taken.read_bytes() == b"mine"


# --- a restore at start names the media files it cannot bring back -------------------------------


def test_a_restore_at_start_names_missing_media(
    bayan_app,
    workspace,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    from app.services.backup import create_backup
    from app.ui import daily_backup, dialogs
    from tests.services.backup_fixtures import damage_middle, import_media

    import_media(workspace, tmp_path / "incoming")
    ws = workspace.workspace
    backup = create_backup(ws)
    workspace.close()
    lost = sorted(p for p in ws.media_dir.rglob("*.png"))[0]
    lost.unlink()
    damage_middle(ws.db_path)
    asked: list[object] = []
    reported: list[object] = []
    monkeypatch.setattr(dialogs, "ask_restore", lambda e, b, p=None, **k: asked.append(b) or True)
    monkeypatch.setattr(daily_backup, "show_media_problems", lambda c, p=None: reported.append(c))

    launcher = Launcher(
        bayan_app, argparse.Namespace(workspace=str(ws.root), lang="en", bench_idle=True)
    )
    assert launcher.start()
    qtbot.addWidget(launcher.window)

    assert asked == [backup]
    [check] = reported
    assert check.missing == [lost.relative_to(ws.media_dir).as_posix()]


def test_the_media_warning_lists_the_files(bayan_app, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from app.store.media_manifest import MediaCheck
    from app.ui.daily_backup import show_media_problems

    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self) or 0)

    show_media_problems(MediaCheck(checked=5, missing=["ab/a.png"], damaged=["cd/c.mp4"]))

    [box] = shown
    assert "2 media files" in box.text()
    assert box.detailedText() == "media/ab/a.png\nmedia/cd/c.mp4"
