"""Moving a workspace as one .zip: everything comes across, secrets never do, and a bad,
hostile or newer export is refused before anything is written."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sqlite3
import stat
import zipfile
from pathlib import Path

import pytest

from app.errors import DatabaseTooNew, WorkspaceError
from app.services.workspace import OpenWorkspace, open_workspace
from app.services.workspace_transfer import (
    DB_NAME,
    INFO_NAME,
    TransferError,
    export_workspace,
    import_workspace,
)
from app.store import health, schema
from app.store.workspace import Workspace
from tests.services.backup_fixtures import import_media, media_digests, row_counts, rows

# Backups, restores and exports are of bayan.db and media/ (team mode refuses them).
pytestmark = pytest.mark.sqlite_only

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
PASSWORD = "Tq#9-export-never-Zk!"
TOTP_KEY = "KRUGS4ZANFZSAYJAONSWG4TFOQQGWZLZ"


@pytest.fixture
def filled(workspace: OpenWorkspace, tmp_path: Path) -> OpenWorkspace:
    """A workspace with media, a setting and an account whose secrets are in the keyring."""
    from app.services.accounts import AccountFields, open_account_service
    from app.services.settings import SettingsService

    import_media(workspace, tmp_path / "incoming")
    SettingsService(workspace.sessions).set("timezone", "Asia/Amman")
    accounts = open_account_service(workspace, timezone="UTC")
    made = accounts.create(
        AccountFields(
            platform="facebook",
            handle="MinistryOfCulture",
            url="https://facebook.com/MinistryOfCulture",
            official_email="media@culture.gov.jo",
            two_factor_enabled=True,
            password_changed_on=dt.date(2026, 11, 1),
            privacy_reviewed_on=dt.date(2026, 11, 1),
            administrators=(),
        )
    )
    accounts.set_password(made.id, PASSWORD)
    accounts.set_totp(made.id, TOTP_KEY)
    return workspace


def members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def rewrite(source: Path, target: Path, change) -> Path:  # type: ignore[no-untyped-def]
    """A copy of the export ``source`` with ``change(name, data) -> (name, data) | None``
    applied to each member (None drops it)."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for name in old.namelist():
            result = change(name, old.read(name))
            if result is not None:
                new.writestr(result[0], result[1])
    return target


def export_of(opened: OpenWorkspace, tmp_path: Path) -> Path:
    return export_workspace(opened.workspace, tmp_path / "moving.zip").path


def assert_nothing_made(target: Path) -> None:
    assert not target.exists(), "a refused import left the target behind"
    parent = target.parent
    leftovers = (
        [p.name for p in parent.iterdir() if ".importing-" in p.name] if parent.exists() else []
    )
    assert leftovers == [], "a refused import left its staging folder"


# --- the round trip ------------------------------------------------------------------------------


def test_export_then_import_brings_every_record_and_media_file(
    filled: OpenWorkspace, tmp_path: Path
) -> None:
    source = filled.workspace
    (source.cache_dir / "thumbs").mkdir(parents=True)
    (source.cache_dir / "thumbs" / "t.png").write_bytes(b"cache")
    filled.close()

    exported = export_workspace(source, tmp_path / "moving.zip")
    target = Workspace(tmp_path / "elsewhere" / "ws")
    imported = import_workspace(exported.path, target)

    assert exported.media_files == imported.media_files == 3
    assert imported.root == target.root and imported.schema_from is None
    assert row_counts(target.db_path) == row_counts(source.db_path)
    assert rows(target.db_path, "SELECT key, value FROM settings ORDER BY key") == rows(
        source.db_path, "SELECT key, value FROM settings ORDER BY key"
    )
    assert rows(target.db_path, "SELECT sha256, original_name FROM media_assets ORDER BY 1") == (
        rows(source.db_path, "SELECT sha256, original_name FROM media_assets ORDER BY 1")
    )
    assert media_digests(target.media_dir) == media_digests(source.media_dir)
    health.check_integrity(target.db_path)
    assert target.backups_dir.is_dir()
    names = set(members(exported.path))
    assert {INFO_NAME, DB_NAME} <= names
    assert not [n for n in names if n.startswith(("backups/", "cache/", ".bayan"))]
    assert exported.keyring_service == imported.keyring_service
    assert exported.keyring_service.startswith("Bayan/") and len(exported.keyring_service) > 6
    opened = open_workspace(target)  # opens as any workspace does
    opened.close()


def test_secrets_never_reach_the_export(filled: OpenWorkspace, tmp_path: Path, memory_keyring):  # type: ignore[no-untyped-def]
    assert PASSWORD in memory_keyring.items.values()  # the secret is in the keyring...
    exported = export_of(filled, tmp_path)

    forms = [PASSWORD.encode(), PASSWORD.encode("utf-16-le"), TOTP_KEY.encode()]
    forms.append(TOTP_KEY.lower().encode())
    for name, data in members(exported).items():
        for form in forms:
            assert form not in data, f"{name} holds a secret"
    info = json.loads(members(exported)[INFO_NAME])
    assert "keyring" in info["secrets"]


def test_an_empty_folder_is_a_fine_target(workspace: OpenWorkspace, tmp_path: Path) -> None:
    exported = export_of(workspace, tmp_path)
    target = tmp_path / "empty"
    target.mkdir()
    import_workspace(exported, Workspace(target))
    assert (target / DB_NAME).exists()


def test_an_older_export_is_migrated_on_import(tmp_path: Path) -> None:
    old = Workspace(tmp_path / "old")
    old.ensure_folders()
    shutil.copyfile(FIXTURES / "schema-0001.db", old.db_path)
    exported = export_workspace(old, tmp_path / "old.zip")
    target = Workspace(tmp_path / "new")

    imported = import_workspace(exported.path, target)

    assert imported.schema_from == "0001"
    assert schema.read_revision(target.db_path) == schema.SCHEMA_HEAD
    assert schema.read_revision(old.db_path) == "0001", "the source is left as it was"
    assert [p.name for p in target.backups_dir.glob("*before-migration*.db")]


def test_progress_is_reported_to_the_end(filled: OpenWorkspace, tmp_path: Path) -> None:
    exported: list[tuple[int, int]] = []
    export_workspace(filled.workspace, tmp_path / "p.zip", lambda d, t: exported.append((d, t)))
    imported: list[tuple[int, int]] = []
    import_workspace(
        tmp_path / "p.zip", Workspace(tmp_path / "ws"), lambda d, t: imported.append((d, t))
    )
    assert exported == imported == [(1, 4), (2, 4), (3, 4), (4, 4)]


# --- what export refuses -------------------------------------------------------------------------


def test_export_never_replaces_a_file(workspace: OpenWorkspace, tmp_path: Path) -> None:
    existing = tmp_path / "there.zip"
    existing.write_bytes(b"keep me")
    with pytest.raises(TransferError, match="already exists"):
        export_workspace(workspace.workspace, existing)
    assert existing.read_bytes() == b"keep me"


def test_export_wants_a_zip_name(workspace: OpenWorkspace, tmp_path: Path) -> None:
    with pytest.raises(TransferError, match=r"does not end in \.zip"):
        export_workspace(workspace.workspace, tmp_path / "moving.tar")
    assert not (tmp_path / "moving.tar").exists()


def test_a_damaged_workspace_is_not_exported(workspace: OpenWorkspace, tmp_path: Path) -> None:
    from app.errors import DatabaseDamaged

    ws = workspace.workspace
    workspace.close()
    ws.db_path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    with pytest.raises(DatabaseDamaged):
        export_workspace(ws, tmp_path / "moving.zip")
    assert not list(tmp_path.glob("moving.zip*"))


def test_a_failed_export_leaves_no_file(
    filled: OpenWorkspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = zipfile.ZipFile.write
    calls = []

    def failing(self, filename, arcname=None, *args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(arcname)
        if len(calls) == 3:
            raise OSError(28, "No space left on device")
        return real(self, filename, arcname, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "write", failing)
    with pytest.raises(TransferError, match="No space left on device"):
        export_workspace(filled.workspace, tmp_path / "moving.zip")
    assert [
        p.name for p in tmp_path.iterdir() if "moving" in p.name or ".bayan-export" in p.name
    ] == []


# --- what import refuses -------------------------------------------------------------------------


def test_import_refuses_a_folder_that_is_not_empty(
    workspace: OpenWorkspace, tmp_path: Path
) -> None:
    exported = export_of(workspace, tmp_path)
    target = tmp_path / "busy"
    target.mkdir()
    (target / "notes.txt").write_text("mine")
    with pytest.raises(TransferError, match="is not empty"):
        import_workspace(exported, Workspace(target))
    assert [p.name for p in target.iterdir()] == ["notes.txt"]


def test_import_refuses_a_target_that_is_a_file(workspace: OpenWorkspace, tmp_path: Path) -> None:
    exported = export_of(workspace, tmp_path)
    target = tmp_path / "a-file"
    target.write_text("mine")
    with pytest.raises(WorkspaceError, match="is a file"):
        import_workspace(exported, Workspace(target))
    assert target.read_text() == "mine"


@pytest.mark.parametrize(
    "evil",
    [
        "../escaped.txt",
        "/etc/escaped.txt",
        "media/../../escaped.txt",
        "media/ab/../../../escaped.txt",
        "media\\..\\escaped.txt",
        "C:/escaped.txt",
        "media/./ab/x",
        "backups/extra.db",
    ],
)
def test_import_refuses_members_that_would_land_elsewhere(
    workspace: OpenWorkspace, tmp_path: Path, evil: str
) -> None:
    exported = export_of(workspace, tmp_path)
    hostile = tmp_path / "hostile.zip"
    shutil.copyfile(exported, hostile)
    with zipfile.ZipFile(hostile, "a") as archive:
        archive.writestr(evil, b"gotcha")
    target = tmp_path / "dest" / "ws"

    with pytest.raises(TransferError):
        import_workspace(hostile, Workspace(target))

    assert_nothing_made(target)
    assert not list(tmp_path.rglob("escaped.txt"))


def test_import_refuses_a_link(workspace: OpenWorkspace, tmp_path: Path) -> None:
    exported = export_of(workspace, tmp_path)
    hostile = tmp_path / "link.zip"
    shutil.copyfile(exported, hostile)
    info = zipfile.ZipInfo("media/ab/link")
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    with zipfile.ZipFile(hostile, "a") as archive:
        archive.writestr(info, "/etc/passwd")
    target = tmp_path / "ws"
    with pytest.raises(TransferError, match="is a link"):
        import_workspace(hostile, Workspace(target))
    assert_nothing_made(target)


def test_import_refuses_a_media_file_that_does_not_match_its_manifest(
    filled: OpenWorkspace, tmp_path: Path
) -> None:
    exported = export_of(filled, tmp_path)

    def spoil(name: str, data: bytes) -> tuple[str, bytes]:
        if name.startswith("media/") and name.endswith(".mp4"):
            return name, bytes(len(data))  # same size, other bytes
        return name, data

    spoilt = rewrite(exported, tmp_path / "spoilt.zip", spoil)
    target = tmp_path / "ws"
    with pytest.raises(TransferError, match=r"\.mp4 in the export does not match its manifest"):
        import_workspace(spoilt, Workspace(target))
    assert_nothing_made(target)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda n, d: None if n.startswith("media/") and n.endswith(".mp4") else (n, d),
            "in the manifest but not in the export",
        ),
        (lambda n, d: (n, d) if n != DB_NAME else None, "bayan.db is missing"),
        (lambda n, d: (n, d) if n != INFO_NAME else None, "not a Bayan workspace export"),
        (lambda n, d: (n, d + b"more") if n.endswith(".png") else (n, d), "another size"),
        (lambda n, d: (n, b"{") if n == INFO_NAME else (n, d), "cannot be read"),
    ],
)
def test_import_refuses_an_incomplete_or_altered_export(
    filled: OpenWorkspace,
    tmp_path: Path,
    change,
    message: str,  # type: ignore[no-untyped-def]
) -> None:
    exported = export_of(filled, tmp_path)
    altered = rewrite(exported, tmp_path / "altered.zip", change)
    target = tmp_path / "ws"
    with pytest.raises(TransferError, match=message):
        import_workspace(altered, Workspace(target))
    assert_nothing_made(target)


def test_import_refuses_an_extra_media_file(filled: OpenWorkspace, tmp_path: Path) -> None:
    exported = export_of(filled, tmp_path)
    with zipfile.ZipFile(exported, "a") as archive:
        archive.writestr("media/zz/unlisted.png", b"not in the manifest")
    target = tmp_path / "ws"
    with pytest.raises(TransferError, match="not in the manifest"):
        import_workspace(exported, Workspace(target))
    assert_nothing_made(target)


def test_import_refuses_a_damaged_database(workspace: OpenWorkspace, tmp_path: Path) -> None:
    exported = export_of(workspace, tmp_path)
    data = members(exported)
    db = bytearray(data[DB_NAME])
    middle = len(db) // 2 // 4096 * 4096
    db[middle : middle + 8192] = b"\xa5" * 8192
    info = json.loads(data[INFO_NAME])
    import hashlib

    info["database"]["sha256"] = hashlib.sha256(bytes(db)).hexdigest()  # a consistent liar

    def swap(name: str, content: bytes) -> tuple[str, bytes]:
        if name == DB_NAME:
            return name, bytes(db)
        if name == INFO_NAME:
            return name, json.dumps(info).encode()
        return name, content

    damaged = rewrite(exported, tmp_path / "damaged.zip", swap)
    target = tmp_path / "new" / "folders" / "ws"
    with pytest.raises(TransferError, match="is damaged"):
        import_workspace(damaged, Workspace(target))
    assert_nothing_made(target)
    assert not (tmp_path / "new").exists(), "folders made for the import were left behind"


def test_import_refuses_a_newer_schema(workspace: OpenWorkspace, tmp_path: Path) -> None:
    ws = workspace.workspace
    workspace.close()
    conn = sqlite3.connect(ws.db_path)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    exported = export_workspace(ws, tmp_path / "newer.zip").path
    target = tmp_path / "ws"

    with pytest.raises(DatabaseTooNew) as caught:
        import_workspace(exported, Workspace(target))

    assert str(exported) in str(caught.value) and "newer version" in str(caught.value)
    assert_nothing_made(target)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"this is not a zip", "not a readable zip"),
        (None, "does not exist"),
    ],
)
def test_import_of_something_that_is_not_an_export(
    tmp_path: Path, content: bytes | None, message: str
) -> None:
    source = tmp_path / "thing.zip"
    if content is not None:
        source.write_bytes(content)
    target = tmp_path / "ws"
    with pytest.raises(TransferError, match=message):
        import_workspace(source, Workspace(target))
    assert_nothing_made(target)


def test_an_export_of_a_newer_format_is_refused(workspace: OpenWorkspace, tmp_path: Path) -> None:
    exported = export_of(workspace, tmp_path)

    def bump(name: str, data: bytes) -> tuple[str, bytes]:
        if name == INFO_NAME:
            info = json.loads(data)
            info["export"]["version"] = 2
            return name, json.dumps(info).encode()
        return name, data

    newer = rewrite(exported, tmp_path / "v2.zip", bump)
    target = tmp_path / "ws"
    with pytest.raises(TransferError, match="format version 2"):
        import_workspace(newer, Workspace(target))
    assert_nothing_made(target)


# --- restoring from an export --------------------------------------------------------------------


def test_restoring_an_export_puts_back_the_database_and_lost_media(
    filled: OpenWorkspace, tmp_path: Path
) -> None:
    from app.services.backup import restore
    from tests.services.backup_fixtures import damage_middle

    ws = filled.workspace
    filled.close()
    counts = row_counts(ws.db_path)
    digests = media_digests(ws.media_dir)
    exported = export_workspace(ws, tmp_path / "safe.zip").path
    gone, spoilt = sorted(digests)[:2]
    (ws.media_dir / gone).unlink()
    (ws.media_dir / spoilt).write_bytes(b"scribbled over")
    damage_middle(ws.db_path)

    done = restore(ws, exported)

    assert done.media is not None and done.media.ok
    assert sorted(done.media.supplied) == sorted([gone, spoilt])
    assert "2 put back from the export" in done.summary()
    assert row_counts(ws.db_path) == counts
    assert media_digests(ws.media_dir) == digests
    [aside] = ws.backups_dir.glob(f"damaged-media-*/{spoilt}")
    assert aside.read_bytes() == b"scribbled over", "the damaged file was kept, not overwritten"
    assert done.kept is not None and done.kept.name.startswith("damaged-")
    assert not list(ws.backups_dir.glob(".from-export-*")), "the staged copy was left behind"
    assert not [p for p in ws.media_dir.rglob(".incoming*")]


def test_restoring_a_newer_export_is_refused_unchanged(
    workspace: OpenWorkspace, tmp_path: Path
) -> None:
    from app.services.backup import restore

    other = open_workspace(Workspace(tmp_path / "other"), create=True)
    other.close()
    conn = sqlite3.connect(other.workspace.db_path)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    newer = export_workspace(other.workspace, tmp_path / "newer.zip").path
    ws = workspace.workspace
    workspace.close()
    before = ws.db_path.read_bytes()

    with pytest.raises(DatabaseTooNew, match=r"newer\.zip"):
        restore(ws, newer)

    assert ws.db_path.read_bytes() == before
    assert not list(ws.backups_dir.iterdir())
