"""Backups with a manifest of the media store, the newest N kept, one a day, and restores that
check the media store against the manifest."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from app.errors import BackupError, BayanError
from app.services import backup as backup_service
from app.services.backup import (
    KEEP_KEY,
    create_backup,
    daily_backup,
    keep_count,
    make_backup,
    read_keep,
    restore,
    set_keep_count,
)
from app.services.settings import SettingsService
from app.services.workspace import OpenWorkspace, open_workspace
from app.store import media_manifest
from app.store.backup import DEFAULT_KEEP, backup_database, backup_name, list_backups, prune_backups
from app.store.media_manifest import manifest_path, read_manifest
from app.store.workspace import Workspace
from tests.services.backup_fixtures import import_media, media_digests

# Backups, restores and exports are of bayan.db and media/ (team mode refuses them).
pytestmark = pytest.mark.sqlite_only

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def stamped(backups_dir: Path, when: dt.datetime, reason: str = "manual") -> Path:
    """A real backup file of an empty database under the name Bayan gives one made ``when``."""
    path = backups_dir / backup_name(reason, when)
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    manifest_path(path).write_text("{}")
    return path


# --- the manifest --------------------------------------------------------------------------------


def test_every_backup_has_a_manifest_of_the_media_store(
    workspace: OpenWorkspace, tmp_path: Path
) -> None:
    import_media(workspace, tmp_path / "incoming")
    media = workspace.workspace.media_dir
    stray = media / "notes" / "kept by hand.txt"  # not the store's naming: hashed all the same
    stray.parent.mkdir()
    stray.write_text("a file someone put here")
    (media / ".incoming-abc").write_bytes(b"half a copy")  # the store's temporary file

    backup = create_backup(workspace.workspace)

    database, entries = read_manifest(manifest_path(backup))
    assert manifest_path(backup).name == backup.name.replace(".db", ".media.json")
    expected = media_digests(media)
    assert {e.path: e.sha256 for e in entries} == expected
    assert len(entries) == 4 and "notes/kept by hand.txt" in expected
    for entry in entries:
        assert entry.size == (media / entry.path).stat().st_size
    assert database["sha256"] == sha256(backup)
    assert database["size"] == backup.stat().st_size
    assert database["file"] == backup.name


def test_the_manifest_takes_the_store_s_hashes_from_the_database(
    workspace: OpenWorkspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stored = import_media(workspace, tmp_path / "incoming")
    read: list[Path] = []
    real = media_manifest.file_sha256

    def counting(path: Path) -> str:
        read.append(path)
        return real(path)

    monkeypatch.setattr(media_manifest, "file_sha256", counting)

    create_backup(workspace.workspace)

    assert len(stored) == 3
    assert not set(read) & set(stored), "files the database knows were read again"


def test_a_media_file_whose_size_disagrees_with_its_row_is_hashed(
    workspace: OpenWorkspace, tmp_path: Path
) -> None:
    first, *_ = import_media(workspace, tmp_path / "incoming")
    first.write_bytes(b"damaged on disk")

    backup = create_backup(workspace.workspace)

    _, entries = read_manifest(manifest_path(backup))
    [entry] = [e for e in entries if e.path == first.relative_to(first.parents[1]).as_posix()]
    assert entry.sha256 == sha256(first) != first.name.split(".")[0]


def test_a_manifest_that_cannot_be_written_leaves_no_backup(
    workspace: OpenWorkspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(path: Path, document: object) -> None:
        raise BackupError("could not write the manifest: disk full")

    monkeypatch.setattr(backup_service, "write_json", fail)
    with pytest.raises(BackupError, match="disk full"):
        create_backup(workspace.workspace)
    assert list(workspace.workspace.backups_dir.iterdir()) == []


def test_the_before_migration_backup_has_a_manifest(tmp_path: Path) -> None:
    ws = Workspace(tmp_path / "old")
    ws.ensure_folders()
    shutil.copyfile(FIXTURES / "schema-0001.db", ws.db_path)
    (ws.media_dir / "ab").mkdir()
    (ws.media_dir / "ab" / "picture.png").write_bytes(b"not named by its hash")

    opened = open_workspace(ws)
    opened.close()

    assert opened.backup_path is not None
    _, entries = read_manifest(manifest_path(opened.backup_path))
    assert [(e.path, e.sha256) for e in entries] == [
        ("ab/picture.png", hashlib.sha256(b"not named by its hash").hexdigest())
    ]


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ("[]", "not a Bayan media manifest"),
        ('{"format": "bayan-media-manifest", "version": 7}', "version 7"),
        (
            '{"format": "bayan-media-manifest", "version": 1, "database": {}, '
            '"media": [{"path": "../../etc/passwd", "size": 1, "sha256": "' + "a" * 64 + '"}]}',
            "unsafe path",
        ),
        (
            '{"format": "bayan-media-manifest", "version": 1, "database": {}, '
            '"media": [{"path": "ab/x", "size": -1, "sha256": "' + "a" * 64 + '"}]}',
            "bad size",
        ),
        (
            '{"format": "bayan-media-manifest", "version": 1, "database": {}, '
            '"media": [{"path": "ab/x", "size": 1, "sha256": "xyz"}]}',
            "bad SHA-256",
        ),
        ("{not json", "cannot read the manifest"),
    ],
)
def test_a_bad_manifest_is_named_not_trusted(tmp_path: Path, document: str, message: str) -> None:
    path = tmp_path / "bayan-20261130-120000-manual.media.json"
    path.write_text(document)
    with pytest.raises(BackupError, match=message):
        read_manifest(path)


# --- keeping the newest N ------------------------------------------------------------------------


def test_the_number_kept_is_a_setting_with_a_default_of_14(workspace: OpenWorkspace) -> None:
    assert DEFAULT_KEEP == 14
    assert keep_count(workspace.sessions) == 14
    assert read_keep(workspace.workspace.db_path) == 14
    assert set_keep_count(workspace.sessions, 3) == 3
    assert keep_count(workspace.sessions) == 3
    assert read_keep(workspace.workspace.db_path) == 3
    assert SettingsService(workspace.sessions).get(KEEP_KEY) == 3


@pytest.mark.parametrize("bad", [0, -1, 1000, "5", 2.5, True, None])
def test_a_bad_number_to_keep_is_refused_and_nothing_stored(
    workspace: OpenWorkspace, bad: object
) -> None:
    set_keep_count(workspace.sessions, 5)
    with pytest.raises(BayanError, match="1 to 999"):
        set_keep_count(workspace.sessions, bad)
    assert keep_count(workspace.sessions) == 5


def test_a_hand_edited_setting_falls_back_to_the_default(workspace: OpenWorkspace) -> None:
    SettingsService(workspace.sessions).set(KEEP_KEY, "lots")
    assert keep_count(workspace.sessions) == DEFAULT_KEEP
    assert read_keep(workspace.workspace.db_path) == DEFAULT_KEEP


def test_only_the_newest_backups_are_kept(workspace: OpenWorkspace) -> None:
    ws = workspace.workspace
    set_keep_count(workspace.sessions, 2)
    start = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    old = [stamped(ws.backups_dir, start + dt.timedelta(days=n)) for n in range(4)]

    newest = create_backup(ws)

    assert list_backups(ws.backups_dir) == [newest, old[-1]]
    for gone in old[:-1]:
        assert not gone.exists() and not manifest_path(gone).exists()
    assert manifest_path(old[-1]).exists() and manifest_path(newest).exists()


def test_pruning_deletes_nothing_that_is_not_a_bayan_backup(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    start = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    ours = [stamped(folder, start + dt.timedelta(days=n)) for n in range(3)]
    others = {
        "damaged-20250101-000000-000000-bayan.db.bad": b"SQLite format 3\x00 damaged",
        "bayan-notes.db": b"SQLite format 3\x00 the user's own",
        "bayan-20200101-000000-manual.db": b"not a database, only the name",
        "bayan-20200101-000000-manual.db.partial": b"SQLite format 3\x00 half",
        "my-copy.db": b"SQLite format 3\x00",
        "readme.txt": b"hello",
    }
    for name, data in others.items():
        (folder / name).write_bytes(data)

    removed = prune_backups(folder, 1)

    assert removed == ours[:2][::-1]
    assert ours[2].exists()
    for name, data in others.items():
        assert (folder / name).read_bytes() == data, f"{name} was touched"


def test_pruning_never_deletes_the_backup_just_made(workspace: OpenWorkspace) -> None:
    """Even when the clock went back and the new backup sorts oldest."""
    ws = workspace.workspace
    future = [stamped(ws.backups_dir, dt.datetime(2099, 1, 1 + n, tzinfo=dt.UTC)) for n in range(3)]

    made = make_backup(ws, "manual", keep=1)

    assert made.exists() and manifest_path(made).exists()
    assert list_backups(ws.backups_dir) == [future[-1], made]


def test_a_symlink_named_like_a_backup_is_not_followed_or_deleted(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    precious = tmp_path / "precious.db"
    precious.write_bytes(b"SQLite format 3\x00 the user's")
    link = folder / backup_name("manual", dt.datetime(2020, 1, 1, tzinfo=dt.UTC))
    link.symlink_to(precious)
    stamped(folder, dt.datetime(2026, 1, 1, tzinfo=dt.UTC))

    prune_backups(folder, 1)

    assert link.is_symlink() and precious.exists()


# --- one a day -----------------------------------------------------------------------------------


def test_at_most_one_daily_backup_a_day(workspace: OpenWorkspace) -> None:
    ws = workspace.workspace
    morning = dt.datetime(2026, 11, 30, 7, 0, tzinfo=dt.UTC)
    create_backup(ws)  # a manual backup does not count as the day's

    first = daily_backup(ws, morning)
    again = daily_backup(ws, morning + dt.timedelta(hours=10))

    assert first is not None and first.name.endswith("-daily.db")
    assert manifest_path(first).exists()
    assert again is None
    assert [p.name.endswith("-daily.db") for p in list_backups(ws.backups_dir)].count(True) == 1


def test_the_next_day_gets_its_own_daily_backup(workspace: OpenWorkspace) -> None:
    ws = workspace.workspace
    yesterday = dt.datetime.now(dt.UTC) - dt.timedelta(days=1)
    stamped(ws.backups_dir, yesterday, "daily")

    made = daily_backup(ws)

    assert made is not None
    assert len([p for p in list_backups(ws.backups_dir) if p.name.endswith("-daily.db")]) == 2


def test_a_damaged_database_gets_no_daily_backup(workspace: OpenWorkspace) -> None:
    from app.errors import DatabaseDamaged

    ws = workspace.workspace
    workspace.close()
    ws.db_path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    with pytest.raises(DatabaseDamaged):
        daily_backup(ws)
    assert list_backups(ws.backups_dir) == []


# --- restore checks the media store --------------------------------------------------------------


def test_restore_reports_missing_and_damaged_media(
    workspace: OpenWorkspace, tmp_path: Path
) -> None:
    ws = workspace.workspace
    gone, spoilt, fine = import_media(workspace, tmp_path / "incoming")
    backup = create_backup(ws)
    workspace.close()
    gone.unlink()
    spoilt.write_bytes(b"x" * spoilt.stat().st_size)  # same size, other content

    done = restore(ws, backup)

    rel = lambda p: p.relative_to(ws.media_dir).as_posix()  # noqa: E731
    assert done.media is not None
    assert done.media.checked == 3
    assert done.media.missing == [rel(gone)]
    assert done.media.damaged == [rel(spoilt)]
    assert not done.media.ok
    summary = done.summary()
    assert f"1 missing: media/{rel(gone)}" in summary
    assert f"1 damaged: media/{rel(spoilt)}" in summary
    assert fine.exists()


def test_restore_with_every_media_file_in_place_says_so(
    workspace: OpenWorkspace, tmp_path: Path
) -> None:
    ws = workspace.workspace
    import_media(workspace, tmp_path / "incoming")
    backup = create_backup(ws)
    workspace.close()

    done = restore(ws, backup)

    assert done.media is not None and done.media.ok and done.media.checked == 3
    assert "all present and intact" in done.summary()
    assert done.kept is not None and manifest_path(done.kept).exists()


def test_restore_refuses_a_backup_changed_since_its_manifest(
    workspace: OpenWorkspace,
) -> None:
    ws = workspace.workspace
    backup = create_backup(ws)
    conn = sqlite3.connect(backup)
    conn.execute("INSERT INTO settings (key, value) VALUES ('slipped.in', '1')")
    conn.commit()
    conn.close()
    workspace.close()
    before = sha256(ws.db_path)

    with pytest.raises(BackupError, match="changed since it was made"):
        restore(ws, backup)

    assert sha256(ws.db_path) == before
    assert list_backups(ws.backups_dir) == [backup]


def test_restore_without_a_manifest_still_restores_and_says_so(
    workspace: OpenWorkspace, tmp_path: Path
) -> None:
    ws = workspace.workspace
    old_style = backup_database(ws.db_path, tmp_path / "from-an-older-bayan.db")
    workspace.close()

    done = restore(ws, old_style)

    assert done.media is None
    assert "not checked" in done.summary() and "no manifest" in done.summary()


def test_restore_with_an_unreadable_manifest_restores_and_says_why(
    workspace: OpenWorkspace,
) -> None:
    ws = workspace.workspace
    backup = create_backup(ws)
    manifest_path(backup).write_text(json.dumps({"format": "something else"}))
    workspace.close()

    done = restore(ws, backup)

    assert done.media is None and "not a Bayan media manifest" in done.summary()


# --- team mode -----------------------------------------------------------------------------------


def test_team_mode_backups_are_the_server_s_business(
    workspace: OpenWorkspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.services.workspace_transfer import export_workspace, import_workspace

    ws = workspace.workspace
    exported = export_workspace(ws, tmp_path / "before.zip").path
    workspace.close()
    monkeypatch.setenv("BAYAN_DATABASE_URL", "postgresql+psycopg://bayan@localhost/bayan")
    for action in (
        lambda: create_backup(ws),
        lambda: restore(ws, tmp_path / "any.db"),
        lambda: export_workspace(ws, tmp_path / "w.zip"),
        lambda: import_workspace(exported, Workspace(tmp_path / "new")),
    ):
        with pytest.raises(BackupError, match="pg_dump"):
            action()
    assert daily_backup(ws) is None
    assert list_backups(ws.backups_dir) == [] and not (tmp_path / "w.zip").exists()
    assert not (tmp_path / "new").exists()
