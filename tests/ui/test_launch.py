"""Opening a workspace from the GUI: first start, a damaged database, a newer schema."""

from __future__ import annotations

import argparse
import hashlib
import os
import sqlite3

import pytest

from app.services.backup import create_backup
from app.store.workspace import Workspace
from app.ui.integrity import IntegrityWatch
from app.ui.launch import Launcher


def _launcher(app, root, lang="en"):  # type: ignore[no-untyped-def]
    return Launcher(app, argparse.Namespace(workspace=str(root), lang=lang, bench_idle=True))


def _digest(path) -> str:  # type: ignore[no-untyped-def]
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def dialogs(monkeypatch):  # type: ignore[no-untyped-def]
    """Records what the launcher would ask the user, and answers from ``answers``."""
    from app.ui import dialogs as real

    calls: list[tuple] = []
    answers: dict[str, object] = {}

    def ask_first_start(root, parent=None):  # type: ignore[no-untyped-def]
        calls.append(("first_start", root))
        return answers.get("first_start")

    def ask_restore(error, backup, parent=None, *, while_open=False):  # type: ignore[no-untyped-def]
        calls.append(("restore", error, backup))
        return answers.get("restore", False)

    def show_error(error, parent=None):  # type: ignore[no-untyped-def]
        calls.append(("error", error))

    monkeypatch.setattr(real, "ask_first_start", ask_first_start)
    monkeypatch.setattr(real, "ask_restore", ask_restore)
    monkeypatch.setattr(real, "show_error", show_error)
    return calls, answers


def test_first_start_offers_empty_or_demo(bayan_app, tmp_path, dialogs, qtbot) -> None:  # type: ignore[no-untyped-def]
    calls, answers = dialogs
    answers["first_start"] = None
    assert not _launcher(bayan_app, tmp_path / "new").start()
    assert calls == [("first_start", tmp_path / "new")]
    assert not (tmp_path / "new" / "bayan.db").exists()

    answers["first_start"] = "demo"
    launcher = _launcher(bayan_app, tmp_path / "demo")
    assert launcher.start()
    qtbot.addWidget(launcher.window)
    assert launcher.window.dashboard.figures.open_inquiries > 0
    for folder in ("media", "backups"):
        assert (tmp_path / "demo" / folder).is_dir()

    answers["first_start"] = "empty"
    launcher = _launcher(bayan_app, tmp_path / "empty")
    assert launcher.start()
    qtbot.addWidget(launcher.window)
    assert launcher.window.dashboard.figures.posts_this_month == 0
    assert launcher.window.dashboard.upcoming.isHidden()
    assert not launcher.window.dashboard.empty_upcoming.isHidden()


def test_damaged_database_is_left_alone_when_the_user_declines(
    bayan_app, tmp_path, dialogs
) -> None:  # type: ignore[no-untyped-def]
    calls, _ = dialogs
    root = tmp_path / "ws"
    root.mkdir()
    db = root / "bayan.db"
    db.write_bytes(os.urandom(4096))
    before = _digest(db)
    assert not _launcher(bayan_app, root).start()
    assert calls[0][0] == "restore"
    assert "not an SQLite database" in str(calls[0][1])
    assert calls[0][2] is None  # no backup to offer
    assert _digest(db) == before
    assert sorted(p.name for p in root.iterdir()) == ["bayan.db"]


def test_damaged_database_offers_and_restores_the_newest_intact_backup(
    bayan_app, demo_workspace, dialogs, qtbot
) -> None:  # type: ignore[no-untyped-def]
    calls, answers = dialogs
    good = create_backup(demo_workspace)
    demo_workspace.db_path.write_bytes(os.urandom(8192))
    for side in ("-wal", "-shm"):
        demo_workspace.db_path.with_name("bayan.db" + side).unlink(missing_ok=True)
    answers["restore"] = True
    launcher = _launcher(bayan_app, demo_workspace.root)
    assert launcher.start()
    qtbot.addWidget(launcher.window)
    assert calls[0][0] == "restore" and calls[0][2] == good
    assert launcher.window.dashboard.figures.open_inquiries > 0
    assert list(demo_workspace.backups_dir.glob("damaged-*.bad"))


def test_a_database_from_a_newer_bayan_is_refused_unchanged(bayan_app, workspace, dialogs) -> None:  # type: ignore[no-untyped-def]
    calls, _ = dialogs
    workspace.close()
    db = workspace.workspace.db_path
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    before = _digest(db)
    assert not _launcher(bayan_app, workspace.workspace.root).start()
    assert calls[0][0] == "error"
    assert "newer version" in str(calls[0][1])
    assert _digest(db) == before


def test_integrity_watch_reports_damage_found_after_start(bayan_app, demo_workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    watch = IntegrityWatch()
    with qtbot.waitSignal(watch.finished, timeout=10_000):
        watch.start(demo_workspace)
    damaged = Workspace(demo_workspace.root.parent / "broken")
    damaged.root.mkdir()
    damaged.db_path.write_bytes(b"SQLite format 3\x00" + os.urandom(8192))
    with qtbot.waitSignal(watch.damaged, timeout=10_000) as blocker:
        watch.start(damaged)
    assert blocker.args[0].path == damaged.db_path


def test_a_bug_is_logged_with_its_traceback_and_reported_with_the_log_path(
    bayan_app, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    import sys

    from app import logs
    from app.ui import dialogs as real
    from app.ui.launch import _install_excepthook

    shown: list = []
    monkeypatch.setattr(real, "show_bug", lambda path, parent=None: shown.append(path))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(sys, "__excepthook__", lambda *exc: None)
    monkeypatch.setattr(logs.log, "handlers", [])
    _install_excepthook(bayan_app)
    try:
        raise ZeroDivisionError("a bug, not the user's fault")
    except ZeroDivisionError:
        sys.excepthook(*sys.exc_info())
    for handler in logs.log.handlers:
        handler.close()
    log_text = logs.log_file().read_text(encoding="utf-8")
    assert "ZeroDivisionError: a bug, not the user's fault" in log_text
    assert "Traceback" in log_text
    assert shown == [logs.log_file()]


def test_a_failed_first_start_leaves_no_half_made_workspace(
    bayan_app, tmp_path, dialogs, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    import app.services.demo as demo

    _calls, answers = dialogs
    answers["first_start"] = "demo"

    def broken(opened, **kwargs):  # type: ignore[no-untyped-def]
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(demo, "generate_demo", broken)
    with pytest.raises(OSError, match="No space left"):
        _launcher(bayan_app, tmp_path / "new").start()
    assert not (tmp_path / "new" / "bayan.db").exists()
    assert not list((tmp_path / "new").glob("bayan.db*"))


def test_a_file_given_as_workspace_is_an_error_not_a_welcome(bayan_app, tmp_path, dialogs) -> None:  # type: ignore[no-untyped-def]
    calls, _ = dialogs
    path = tmp_path / "notes.txt"
    path.write_text("not a workspace")
    assert not _launcher(bayan_app, path).start()
    assert [call[0] for call in calls] == ["error"]
    assert "is a file" in str(calls[0][1])
    assert path.read_text() == "not a workspace"


def test_a_workspace_open_in_another_bayan_is_not_opened_twice(
    bayan_app, demo_workspace, dialogs, other_bayan
) -> None:  # type: ignore[no-untyped-def]
    calls, _ = dialogs
    with other_bayan(demo_workspace.root):
        assert not _launcher(bayan_app, demo_workspace.root).start()
    assert calls[0][0] == "error" and calls[0][1].kind == "locked"


def test_the_garbage_collector_is_back_once_the_window_is_up(
    bayan_app, demo_workspace, qtbot
) -> None:  # type: ignore[no-untyped-def]
    import gc

    launcher = _launcher(bayan_app, demo_workspace.root)
    gc.disable()  # as app.cli.main does before the GUI starts
    try:
        assert launcher.start()
        qtbot.addWidget(launcher.window)
        assert not gc.isenabled()
        qtbot.waitUntil(gc.isenabled, timeout=5_000)
        assert launcher.focus_ring is not None
    finally:
        gc.enable()
        gc.unfreeze()


def test_the_first_dialogs_speak_the_systems_language_or_arabic(
    bayan_app, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QLocale, QSettings

    QSettings().remove("ui/language")
    launcher = _launcher(bayan_app, tmp_path, lang=None)
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("en_US")))
    assert launcher._remembered_language() == "en"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("fr_FR")))
    assert launcher._remembered_language() == "ar"
    QSettings().setValue("ui/language", "en")
    assert launcher._remembered_language() == "en"
    QSettings().remove("ui/language")


def test_damage_the_quick_check_cannot_see_is_offered_a_restore(
    bayan_app, demo_workspace, dialogs
) -> None:  # type: ignore[no-untyped-def]
    """A valid header and schema version but a broken posts table: found while reading the
    dashboard's figures, handled like any damaged database, and the lock is given back."""
    import sqlite3

    calls, _ = dialogs
    conn = sqlite3.connect(demo_workspace.db_path)
    conn.execute("PRAGMA journal_mode=DELETE")
    root_page = conn.execute("SELECT rootpage FROM sqlite_master WHERE name='posts'").fetchone()[0]
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with demo_workspace.db_path.open("r+b") as fh:
        fh.seek((root_page - 1) * page_size)
        fh.write(os.urandom(page_size))
    before = _digest(demo_workspace.db_path)
    assert not _launcher(bayan_app, demo_workspace.root).start()
    assert calls[0][0] == "restore"
    assert _digest(demo_workspace.db_path) == before
    from app.store.lock import WorkspaceLock

    with WorkspaceLock(demo_workspace.root):
        pass  # free again: nothing kept it
