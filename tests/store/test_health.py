"""Damaged databases are recognised without changing them; intact backups are found."""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from pathlib import Path

import pytest

from app.errors import DatabaseDamaged
from app.services.workspace import newest_intact_backup, open_workspace, quick_open_check
from app.store import health
from app.store.backup import backup_database, backup_name, list_backups
from app.store.workspace import Workspace

PAGE = 4096


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def side_files(db: Path) -> list[Path]:
    candidates = (db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm"))
    return [p for p in candidates if p.exists()]


def random_workspace(tmp_path: Path, size: int = 4096, prefix: bytes = b"") -> Workspace:
    ws = Workspace(tmp_path / "ws")
    ws.ensure_folders()
    data = prefix + random.Random(20261130).randbytes(size - len(prefix))
    ws.db_path.write_bytes(data)
    return ws


def populated_workspace(root: Path, rows: int = 3000) -> Workspace:
    """A real workspace with enough settings rows to fill well over a hundred pages."""
    from app.store.models import Setting

    opened = open_workspace(Workspace(root), create=True)
    with opened.sessions.begin() as session:
        session.add_all(
            Setting(key=f"test.key{i:05d}", value={"n": i, "text": "x" * 50}) for i in range(rows)
        )
    opened.close()
    assert not side_files(opened.workspace.db_path), "closing the engine checkpoints the WAL"
    return opened.workspace


def corrupt_page(db: Path, *, whole_page: bool) -> None:
    """Write seeded garbage into a page in the middle of the file (well past page 3)."""
    data = bytearray(db.read_bytes())
    pages = len(data) // PAGE
    assert pages > 40
    page = pages // 2
    start, length = (page * PAGE, PAGE) if whole_page else (page * PAGE + 100, 2000)
    data[start : start + length] = random.Random(page).randbytes(length)
    db.write_bytes(bytes(data))


# --- not SQLite at all --------------------------------------------------------------------------


def test_random_bytes_are_damaged_and_left_unchanged(tmp_path: Path) -> None:
    ws = random_workspace(tmp_path)
    before = sha256(ws.db_path)

    with pytest.raises(DatabaseDamaged) as caught:
        health.check_integrity(ws.db_path)
    assert caught.value.path == ws.db_path
    assert "not an SQLite database" in caught.value.detail
    assert not health.is_intact(ws.db_path)

    with pytest.raises(DatabaseDamaged):
        open_workspace(ws)
    with pytest.raises(DatabaseDamaged):
        open_workspace(ws, check_integrity=False)
    with pytest.raises(DatabaseDamaged):
        quick_open_check(ws)

    assert sha256(ws.db_path) == before
    assert side_files(ws.db_path) == []


def test_garbage_behind_a_valid_header_is_damaged_and_left_unchanged(tmp_path: Path) -> None:
    ws = random_workspace(tmp_path, prefix=health.SQLITE_HEADER)
    before = sha256(ws.db_path)

    with pytest.raises(DatabaseDamaged):
        health.check_integrity(ws.db_path)
    with pytest.raises(DatabaseDamaged):
        open_workspace(ws)

    assert sha256(ws.db_path) == before
    assert side_files(ws.db_path) == []


def test_empty_file_is_damaged(tmp_path: Path) -> None:
    ws = Workspace(tmp_path / "ws")
    ws.ensure_folders()
    ws.db_path.touch()

    with pytest.raises(DatabaseDamaged) as caught:
        health.check_integrity(ws.db_path)
    assert "empty" in caught.value.detail
    with pytest.raises(DatabaseDamaged):
        open_workspace(ws)
    assert ws.db_path.read_bytes() == b""
    assert side_files(ws.db_path) == []


# --- a real database, damaged ------------------------------------------------------------------


def test_intact_database_passes(tmp_path: Path) -> None:
    ws = populated_workspace(tmp_path / "ws")
    health.check_integrity(ws.db_path)
    assert health.is_intact(ws.db_path)


@pytest.mark.parametrize("whole_page", [True, False], ids=["whole-page", "part-of-a-page"])
def test_corrupted_page_is_damaged_and_left_unchanged(tmp_path: Path, whole_page: bool) -> None:
    ws = populated_workspace(tmp_path / "ws")
    corrupt_page(ws.db_path, whole_page=whole_page)
    before = sha256(ws.db_path)

    with pytest.raises(DatabaseDamaged) as caught:
        health.check_integrity(ws.db_path)
    assert "integrity check failed" in caught.value.detail or "malformed" in caught.value.detail
    with pytest.raises(DatabaseDamaged):
        open_workspace(ws)

    assert sha256(ws.db_path) == before
    assert list_backups(ws.backups_dir) == [], "a damaged database is not backed up or migrated"


def test_truncated_database_is_damaged_and_left_unchanged(tmp_path: Path) -> None:
    ws = populated_workspace(tmp_path / "ws")
    data = ws.db_path.read_bytes()
    ws.db_path.write_bytes(data[: len(data) // 2])
    before = sha256(ws.db_path)

    with pytest.raises(DatabaseDamaged):
        open_workspace(ws)
    assert sha256(ws.db_path) == before


@pytest.mark.parametrize("whole_page", [True, False], ids=["whole-page", "part-of-a-page"])
def test_damage_is_described_in_one_line(tmp_path: Path, whole_page: bool) -> None:
    """The CLI prints ``str(exc)`` as its one line on stderr, so it must hold no line break.

    ``PRAGMA integrity_check`` answers with a multi-line first row for a damaged b-tree page.
    """
    ws = populated_workspace(tmp_path / "ws")
    corrupt_page(ws.db_path, whole_page=whole_page)

    with pytest.raises(DatabaseDamaged) as caught:
        health.check_integrity(ws.db_path)
    message = str(caught.value)
    assert "\n" not in message and "\r" not in message, message
    assert len(message) < 400


# --- backups -----------------------------------------------------------------------------------


def test_backup_names_sort_newest_first(tmp_path: Path) -> None:
    times = [
        dt.datetime(2026, 12, 31, 23, 59, 59, tzinfo=dt.UTC),
        dt.datetime(2027, 1, 1, 0, 0, 0, tzinfo=dt.UTC),
        dt.datetime(2026, 2, 3, 4, 5, 6, tzinfo=dt.UTC),
        dt.datetime(2026, 11, 30, 9, 0, 0, tzinfo=dt.UTC),
        dt.datetime(2026, 11, 30, 10, 0, 0, tzinfo=dt.UTC),
    ]
    reasons = ["manual", "before-migration-0001", "before-restore", "manual", "a"]
    folder = tmp_path / "backups"
    folder.mkdir()
    for when, reason in zip(times, reasons, strict=True):
        (folder / backup_name(reason, when)).write_bytes(b"")
    # Not backups: a copy being written, a damaged database set aside, a WAL file.
    (folder / (backup_name("manual", times[1]) + ".partial")).write_bytes(b"")
    (folder / "damaged-20270101-000000-bayan.db.bad").write_bytes(b"")
    (folder / (backup_name("manual", times[2]) + "-wal")).write_bytes(b"")

    listed = list_backups(folder)

    expected = [
        backup_name(r, t) for t, r in sorted(zip(times, reasons, strict=True), reverse=True)
    ]
    assert [p.name for p in listed] == expected
    assert listed[0].name.startswith("bayan-20270101-000000-")
    assert list_backups(tmp_path / "missing") == []


def test_newest_intact_backup_skips_a_damaged_newer_one(tmp_path: Path) -> None:
    ws = populated_workspace(tmp_path / "ws")
    older = backup_database(
        ws.db_path,
        ws.backups_dir / backup_name("manual", dt.datetime(2026, 11, 1, tzinfo=dt.UTC)),
    )
    oldest = backup_database(
        ws.db_path,
        ws.backups_dir / backup_name("manual", dt.datetime(2026, 10, 1, tzinfo=dt.UTC)),
    )
    newer = ws.backups_dir / backup_name("manual", dt.datetime(2026, 11, 2, tzinfo=dt.UTC))
    newer.write_bytes(random.Random(3).randbytes(4096))
    newest = ws.backups_dir / backup_name("manual", dt.datetime(2026, 11, 3, tzinfo=dt.UTC))
    newest.write_bytes(b"")

    assert list_backups(ws.backups_dir) == [newest, newer, older, oldest]
    assert newest_intact_backup(ws) == older


def test_newest_intact_backup_is_none_without_an_intact_one(tmp_path: Path) -> None:
    ws = random_workspace(tmp_path)
    assert newest_intact_backup(ws) is None
    (ws.backups_dir / backup_name("manual")).write_bytes(b"not a database")
    assert newest_intact_backup(ws) is None


def test_a_database_that_cannot_be_opened_is_not_called_damaged(tmp_path: Path) -> None:
    """Locked or unreadable is the environment's problem: restoring a backup would not help."""
    import sqlite3

    from app.errors import WorkspaceError
    from app.store.health import database_error

    try:
        sqlite3.connect(f"file:{tmp_path}/missing/x.db?mode=ro", uri=True)
    except sqlite3.OperationalError as exc:
        cannot_open = exc
    error = database_error(tmp_path / "x.db", cannot_open)
    assert isinstance(error, WorkspaceError) and not isinstance(error, DatabaseDamaged)
    assert "cannot open" in str(error)

    junk = tmp_path / "junk.db"
    junk.write_bytes(b"x" * 4096)
    conn = sqlite3.connect(junk)
    try:
        conn.execute("SELECT 1 FROM sqlite_master")
    except sqlite3.DatabaseError as exc:
        not_a_database = exc
    finally:
        conn.close()
    assert isinstance(database_error(junk, not_a_database), DatabaseDamaged)


def test_a_folder_in_place_of_bayan_db_is_reported_not_crashed(tmp_path: Path) -> None:
    from app.errors import WorkspaceError
    from app.store.health import check_integrity

    (tmp_path / "bayan.db").mkdir()
    with pytest.raises(WorkspaceError, match="cannot read"):
        check_integrity(tmp_path / "bayan.db")
