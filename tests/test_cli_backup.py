"""``bayan backup``, ``bayan restore``, ``bayan export-workspace`` and ``bayan import-workspace``.

The acceptance case of issue 9: a backup made, the database then damaged, ``bayan restore``
brings back every record (row counts of every table, a few contents) and every media file (the
manifest's check).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli import EXIT_BAD_INPUT, EXIT_OK, main
from app.services.workspace import open_workspace
from app.store import health
from app.store.backup import list_backups
from app.store.media_manifest import manifest_path, read_manifest
from app.store.workspace import Workspace
from tests.services.backup_fixtures import (
    damage_middle,
    import_media,
    media_digests,
    row_counts,
    rows,
)

SAMPLES = (
    "SELECT id, title FROM posts ORDER BY id LIMIT 5",
    "SELECT id, title FROM posts ORDER BY id DESC LIMIT 5",
    "SELECT * FROM inquiries ORDER BY id LIMIT 3",
    "SELECT * FROM media_assets ORDER BY id",
    "SELECT key, value FROM settings ORDER BY key",
)


def demo_with_media(root: Path, tmp_path: Path) -> Workspace:
    assert main(["demo", "--workspace", str(root)]) == EXIT_OK
    opened = open_workspace(Workspace(root))
    import_media(opened, tmp_path / "incoming")
    opened.close()
    return opened.workspace


def one_line(text: str) -> str:
    assert text.endswith("\n") and text.count("\n") == 1, f"not exactly one line: {text!r}"
    return text.rstrip("\n")


def test_restore_after_damage_brings_back_every_record_and_media_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ws = demo_with_media(tmp_path / "ws", tmp_path)
    counts = row_counts(ws.db_path)
    samples = [rows(ws.db_path, sql) for sql in SAMPLES]
    media = media_digests(ws.media_dir)
    assert counts["posts"] > 100 and counts["inquiries"] > 100 and len(media) == 3
    assert main(["backup", "--workspace", str(ws.root)]) == EXIT_OK
    [backup] = list_backups(ws.backups_dir)
    capsys.readouterr()

    damage_middle(ws.db_path)
    assert main(["backup", "--workspace", str(ws.root)]) == EXIT_BAD_INPUT  # no copy of damage
    assert f"bayan restore --workspace {ws.root} {backup}" in capsys.readouterr().err

    status = main(["restore", "--workspace", str(ws.root), str(backup)])

    out, err = capsys.readouterr()
    assert status == EXIT_OK, err
    assert err == ""
    restored_line, media_line = out.splitlines()
    assert restored_line.startswith(f"restored {backup}; the previous database is kept at ")
    assert media_line == "media: 3 media files checked; all present and intact"
    health.check_integrity(ws.db_path)
    assert row_counts(ws.db_path) == counts
    assert [rows(ws.db_path, sql) for sql in SAMPLES] == samples
    assert media_digests(ws.media_dir) == media
    _, entries = read_manifest(manifest_path(backup))
    assert {e.path: e.sha256 for e in entries} == media
    assert list(ws.backups_dir.glob("damaged-*.bad")), "the damaged database was kept aside"
    assert main(["audit", "verify", "--workspace", str(ws.root)]) == EXIT_OK


def test_restore_names_the_media_files_it_cannot_bring_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ws = demo_with_media(tmp_path / "ws", tmp_path)
    assert main(["backup", "--workspace", str(ws.root)]) == EXIT_OK
    [backup] = list_backups(ws.backups_dir)
    lost = sorted(media_digests(ws.media_dir))[0]
    (ws.media_dir / lost).unlink()
    capsys.readouterr()

    assert main(["restore", "--workspace", str(ws.root), str(backup)]) == EXIT_OK

    out, err = capsys.readouterr()
    assert f"1 missing: media/{lost}" in out.splitlines()[1]
    assert "cannot be put back" in err


def test_backup_keep_sets_how_many_are_kept(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "ws"
    opened = open_workspace(Workspace(root), create=True)
    opened.close()
    for _ in range(4):
        assert main(["backup", "--workspace", str(root)]) == EXIT_OK
    assert len(list_backups(opened.workspace.backups_dir)) == 4
    capsys.readouterr()

    assert main(["backup", "--workspace", str(root), "--keep", "2"]) == EXIT_OK

    out = capsys.readouterr().out
    assert "the newest 2 backups are kept from now on" in out
    kept = list_backups(opened.workspace.backups_dir)
    assert len(kept) == 2
    assert all(manifest_path(p).exists() for p in kept)
    assert len(list(opened.workspace.backups_dir.glob("*.media.json"))) == 2
    from app.services.backup import read_keep

    assert read_keep(opened.workspace.db_path) == 2


@pytest.mark.parametrize("bad", ["0", "-3", "1000"])
def test_a_bad_keep_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], bad: str
) -> None:
    root = tmp_path / "ws"
    opened = open_workspace(Workspace(root), create=True)
    opened.close()

    status = main(["backup", "--workspace", str(root), f"--keep={bad}"])

    assert status == EXIT_BAD_INPUT
    assert "1 to 999" in one_line(capsys.readouterr().err)
    assert list_backups(opened.workspace.backups_dir) == []
    from app.services.backup import read_keep

    assert read_keep(opened.workspace.db_path) == 14


def test_export_and_import_a_workspace(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ws = demo_with_media(tmp_path / "ws", tmp_path)
    archive = tmp_path / "moving.zip"
    capsys.readouterr()

    assert main(["export-workspace", "--workspace", str(ws.root), "-o", str(archive)]) == EXIT_OK
    out = capsys.readouterr().out
    assert f"workspace exported to {archive}: the database and 3 media files" in out
    assert "secrets: " in out

    target = tmp_path / "other computer" / "ws"
    assert main(["import-workspace", str(archive), "--workspace", str(target)]) == EXIT_OK
    out = capsys.readouterr().out
    assert f"workspace imported into {target}: the database and 3 media files" in out
    assert "secrets: " in out
    assert row_counts(target / "bayan.db") == row_counts(ws.db_path)
    assert media_digests(target / "media") == media_digests(ws.media_dir)

    status = main(["import-workspace", str(archive), "--workspace", str(target)])
    assert status == EXIT_BAD_INPUT
    line = one_line(capsys.readouterr().err)
    assert line.startswith("bayan import-workspace: ") and "is not empty" in line


def test_the_secrets_note_names_the_keyring_service(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.services.settings import ensure_workspace_uid

    opened = open_workspace(Workspace(tmp_path / "ws"), create=True)
    uid = ensure_workspace_uid(opened.sessions)  # made when a first secret is stored
    opened.close()
    archive = tmp_path / "w.zip"

    assert (
        main(["export-workspace", "--workspace", str(opened.workspace.root), "-o", str(archive)])
        == 0
    )

    out = capsys.readouterr().out
    assert f"service Bayan/{uid}" in out and "re-enter them" in out


def test_export_refuses_to_replace_a_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    opened = open_workspace(Workspace(tmp_path / "ws"), create=True)
    opened.close()
    archive = tmp_path / "taken.zip"
    archive.write_bytes(b"mine")

    status = main(["export-workspace", "--workspace", str(tmp_path / "ws"), "-o", str(archive)])

    assert status == EXIT_BAD_INPUT
    assert "already exists" in one_line(capsys.readouterr().err)
    assert archive.read_bytes() == b"mine"


def test_restore_from_an_export_puts_media_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ws = demo_with_media(tmp_path / "ws", tmp_path)
    archive = tmp_path / "safe.zip"
    assert main(["export-workspace", "--workspace", str(ws.root), "-o", str(archive)]) == EXIT_OK
    media = media_digests(ws.media_dir)
    lost = sorted(media)[0]
    (ws.media_dir / lost).unlink()
    capsys.readouterr()

    assert main(["restore", "--workspace", str(ws.root), str(archive)]) == EXIT_OK

    out, err = capsys.readouterr()
    assert err == ""
    assert out.splitlines()[1] == (
        f"media: 3 media files checked; 1 put back from the export: media/{lost}; "
        "all present and intact"
    )
    assert media_digests(ws.media_dir) == media
