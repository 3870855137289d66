"""Manual backups and restores: only intact copies, nothing overwritten, the old database kept."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import random
from pathlib import Path

import pytest

from app.errors import BackupError, BayanError, DatabaseDamaged, DatabaseTooNew, WorkspaceError
from app.services import backup as backup_service
from app.services.backup import backups, create_backup, restore_backup
from app.services.workspace import OpenWorkspace, open_workspace
from app.store import health, schema
from app.store.backup import backup_name, list_backups
from app.store.workspace import Workspace

# Backups and restores copy bayan.db (team mode refuses them: tests/services/test_backup_manifest).
pytestmark = pytest.mark.sqlite_only

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def put(opened: OpenWorkspace, **values: object) -> None:
    from app.store.models import Setting

    with opened.sessions.begin() as session:
        for key, value in values.items():
            row = session.get(Setting, key)
            if row is None:
                session.add(Setting(key=key, value=value))
            else:
                row.value = value


def stored(db: Path) -> dict[str, object]:
    """Every setting in ``db``, read without changing it."""
    conn = health.readonly_connect(db)
    try:
        return {k: json.loads(v) for k, v in conn.execute("SELECT key, json(value) FROM settings")}
    finally:
        conn.close()


def make_backup_elsewhere(tmp_path: Path, name: str, **values: object) -> Path:
    """An intact backup of another workspace holding ``values``."""
    other = open_workspace(Workspace(tmp_path / f"other-{name}"), create=True)
    put(other, **values)
    path = create_backup(other.workspace)
    other.close()
    return path


def damage(db: Path) -> bytes:
    data = random.Random(4).randbytes(4096)
    for side in ("-wal", "-shm"):
        db.with_name(db.name + side).unlink(missing_ok=True)
    db.write_bytes(data)
    return data


class FrozenDateTime(dt.datetime):
    """``datetime`` whose ``now()`` is always the same second."""

    frozen = dt.datetime(2026, 11, 30, 12, 0, 0, tzinfo=dt.UTC)

    @classmethod
    def now(cls, tz: dt.tzinfo | None = None) -> dt.datetime:  # type: ignore[override]
        return cls.frozen.astimezone(tz) if tz else cls.frozen.replace(tzinfo=None)


@pytest.fixture
def frozen_clock(monkeypatch: pytest.MonkeyPatch) -> dt.datetime:
    """Every backup stamped in the same second, as when two actions follow each other."""
    import types

    import app.store.backup

    clock = types.SimpleNamespace(**{**vars(dt), "datetime": FrozenDateTime})
    monkeypatch.setattr(app.store.backup, "dt", clock)
    monkeypatch.setattr(backup_service, "dt", clock)
    assert backup_name("manual") == "bayan-20261130-120000-manual.db"
    return FrozenDateTime.frozen


# --- create_backup -----------------------------------------------------------------------------


def test_backup_of_a_workspace_in_use_is_an_intact_copy(workspace: OpenWorkspace) -> None:
    put(workspace, **{"ui.language": "en", "timezone": "Asia/Amman", "n": 42})

    path = create_backup(workspace.workspace)  # the workspace's engine is still open

    assert path.parent == workspace.workspace.backups_dir
    assert path.name.startswith("bayan-") and path.name.endswith("-manual.db")
    assert backups(workspace.workspace) == [path]
    health.check_integrity(path)
    assert schema.read_revision(path) == schema.SCHEMA_HEAD
    assert stored(path) == {"ui.language": "en", "timezone": "Asia/Amman", "n": 42}
    assert stored(path) == stored(workspace.workspace.db_path)
    assert not path.with_name(path.name + ".partial").exists()


def test_backup_of_a_damaged_database_is_refused(tmp_path: Path) -> None:
    ws = Workspace(tmp_path / "ws")
    ws.ensure_folders()
    data = damage(ws.db_path)

    with pytest.raises(DatabaseDamaged):
        create_backup(ws)

    assert ws.db_path.read_bytes() == data
    assert list(ws.backups_dir.iterdir()) == []


def test_backup_of_a_missing_workspace_is_refused(tmp_path: Path) -> None:
    ws = Workspace(tmp_path / "nothing-here")
    with pytest.raises(WorkspaceError):
        create_backup(ws)
    assert not ws.root.exists()


def test_two_backups_in_the_same_second_are_both_kept(
    workspace: OpenWorkspace, frozen_clock: dt.datetime
) -> None:
    put(workspace, n=1)
    first = create_backup(workspace.workspace)
    put(workspace, n=2)
    second = create_backup(workspace.workspace)

    assert first != second, "the second backup silently replaced the first"
    assert stored(first) == {"n": 1}
    assert stored(second) == {"n": 2}
    assert list_backups(workspace.workspace.backups_dir) == [second, first], "newest first"


# --- restore_backup ----------------------------------------------------------------------------


def test_restore_refuses_a_damaged_backup(workspace: OpenWorkspace, tmp_path: Path) -> None:
    put(workspace, n=1)
    workspace.close()
    db = workspace.workspace.db_path
    before = sha256(db)
    bad = tmp_path / "bad-backup.db"
    bad.write_bytes(random.Random(5).randbytes(4096))

    with pytest.raises(BackupError) as caught:
        restore_backup(workspace.workspace, bad)

    assert "damaged" in str(caught.value)
    assert sha256(db) == before
    assert list_backups(workspace.workspace.backups_dir) == []
    assert stored(db) == {"n": 1}


def test_restore_refuses_a_missing_backup(workspace: OpenWorkspace, tmp_path: Path) -> None:
    workspace.close()
    before = sha256(workspace.workspace.db_path)
    with pytest.raises(BackupError):
        restore_backup(workspace.workspace, tmp_path / "no-such-backup.db")
    assert sha256(workspace.workspace.db_path) == before


def test_restore_over_a_damaged_database_keeps_it_aside(tmp_path: Path) -> None:
    good = make_backup_elsewhere(tmp_path, "good", n=7)
    ws = Workspace(tmp_path / "ws")
    ws.ensure_folders()
    damaged_bytes = damage(ws.db_path)

    kept = restore_backup(ws, good)

    assert kept is not None
    assert kept.parent == ws.backups_dir
    assert kept.name.startswith("damaged-") and kept.name.endswith(".bad")
    assert kept.read_bytes() == damaged_bytes
    health.check_integrity(ws.db_path)
    opened = open_workspace(ws)
    opened.close()
    assert opened.backup_path is None
    assert stored(ws.db_path) == {"n": 7}
    assert not ws.db_path.with_name("bayan.db.restoring").exists()


def test_restore_over_a_good_database_keeps_a_backup_of_it(
    workspace: OpenWorkspace, tmp_path: Path
) -> None:
    good = make_backup_elsewhere(tmp_path, "good", n=7, restored=True)
    put(workspace, n=1, current=True)
    workspace.close()
    ws = workspace.workspace

    kept = restore_backup(ws, good)

    assert kept is not None and kept.parent == ws.backups_dir
    assert "before-restore" in kept.name
    assert kept in list_backups(ws.backups_dir)
    health.check_integrity(kept)
    assert stored(kept) == {"n": 1, "current": True}
    assert stored(ws.db_path) == {"n": 7, "restored": True}
    assert stored(good) == {"n": 7, "restored": True}, "the backup itself is left as it was"


def test_restoring_twice_in_the_same_second_loses_nothing(
    workspace: OpenWorkspace, tmp_path: Path, frozen_clock: dt.datetime
) -> None:
    good = make_backup_elsewhere(tmp_path, "good", n=7)
    put(workspace, n=1)
    workspace.close()
    ws = workspace.workspace

    restore_backup(ws, good)
    restore_backup(ws, good)

    kept_values = [stored(path) for path in list_backups(ws.backups_dir)]
    assert {"n": 1} in kept_values, "the database from before the first restore was overwritten"


def test_restore_refuses_a_backup_from_a_newer_schema(
    workspace: OpenWorkspace, tmp_path: Path
) -> None:
    import sqlite3

    newer = make_backup_elsewhere(tmp_path, "newer", n=9)
    conn = sqlite3.connect(newer)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    put(workspace, n=1)
    workspace.close()
    ws = workspace.workspace
    before = sha256(ws.db_path)

    with pytest.raises(DatabaseTooNew) as caught:
        restore_backup(ws, newer)

    assert isinstance(caught.value, BayanError)
    assert sha256(ws.db_path) == before
    assert list_backups(ws.backups_dir) == []


def test_restore_the_first_released_schema(tmp_path: Path) -> None:
    ws = Workspace(tmp_path / "ws")

    kept = restore_backup(ws, FIXTURES / "schema-0001.db")

    assert kept is None, "there was no database to keep"
    assert schema.read_revision(ws.db_path) == schema.SCHEMA_HEAD
    health.check_integrity(ws.db_path)
    assert stored(ws.db_path) == {}


def test_backups_folder_that_is_a_file_gives_a_clear_error(workspace) -> None:  # type: ignore[no-untyped-def]
    import shutil

    from app.errors import BackupError

    ws = workspace.workspace
    workspace.close()
    shutil.rmtree(ws.backups_dir)
    ws.backups_dir.write_text("not a folder")
    with pytest.raises(BackupError, match="could not back up"):
        create_backup(ws)


def test_a_leftover_staging_file_does_not_block_a_restore(workspace) -> None:  # type: ignore[no-untyped-def]
    ws = workspace.workspace
    workspace.close()
    good = create_backup(ws)
    (ws.root / "bayan.db.restoring-1-2").write_bytes(b"left by a crash")
    restore_backup(ws, good)
    assert ws.db_path.exists()
    assert not list(ws.root.glob("bayan.db.restoring*"))


def test_a_damaged_database_is_set_aside_with_its_write_ahead_log(workspace) -> None:  # type: ignore[no-untyped-def]
    ws = workspace.workspace
    workspace.close()
    good = create_backup(ws)
    ws.db_path.write_bytes(os.urandom(8192))
    ws.db_path.with_name("bayan.db-wal").write_bytes(b"newest work, maybe recoverable")
    kept = restore_backup(ws, good)
    assert kept is not None and kept.name.startswith("damaged-")
    assert kept.with_name(kept.name + "-wal").read_bytes() == b"newest work, maybe recoverable"
    assert health.is_intact(ws.db_path)


def test_restoring_the_database_onto_itself_is_refused(workspace) -> None:  # type: ignore[no-untyped-def]
    from app.errors import BackupError

    ws = workspace.workspace
    workspace.close()
    with pytest.raises(BackupError, match="own database"):
        restore_backup(ws, ws.db_path)


def test_restore_is_refused_while_another_bayan_holds_the_workspace(workspace, other_bayan) -> None:  # type: ignore[no-untyped-def]
    from app.store.lock import WorkspaceLocked

    ws = workspace.workspace
    workspace.close()
    good = create_backup(ws)
    with other_bayan(ws.root) as pid:
        before = ws.db_path.read_bytes()
        with pytest.raises(WorkspaceLocked, match=f"process {pid}"):
            restore_backup(ws, good)
        assert ws.db_path.read_bytes() == before
    restore_backup(ws, good)  # free again once the other process is gone
