"""``bayan doctor``: what the installation finds (keyring, schema, fonts, translations), read only.

The frozen build runs the same command (tests/test_frozen_build.py); here it runs from source.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import sys
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from app.cli import EXIT_OK, EXIT_PROBLEMS, main
from app.resources import resources_dir
from app.store import schema
from app.ui.theme import UI_FONTS

FIXTURES = Path(__file__).resolve().parent / "fixtures"
REPORT_FONTS = ["Amiri-Regular.ttf", "Amiri-Bold.ttf"]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def doctor_json(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict]:
    status = main(["doctor", *args, "--json"])
    return status, json.loads(capsys.readouterr().out)


def old_workspace(root: Path) -> Path:
    root.mkdir()
    shutil.copyfile(FIXTURES / "schema-0001.db", root / "bayan.db")
    return root


def copied_resources(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of resources/ that the app then loads its fonts and translations from."""
    copy = tmp_path / "resources"
    shutil.copytree(resources_dir(), copy)
    monkeypatch.setattr("app.resources.resources_dir", lambda: copy)
    return copy


def test_doctor_reads_an_old_workspace_without_migrating_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ws = old_workspace(tmp_path / "ws")
    before = sha256(ws / "bayan.db")

    status = main(["doctor", "--workspace", str(ws)])
    out = capsys.readouterr().out

    assert status == EXIT_OK
    assert f"this version writes {schema.SCHEMA_HEAD}" in out
    assert f"{ws}: schema 0001, migrated to {schema.SCHEMA_HEAD}" in out
    assert "keyring: tests.conftest.MemoryKeyring: available" in out
    assert "problems: none" in out
    assert sha256(ws / "bayan.db") == before
    assert sorted(p.name for p in ws.iterdir()) == ["bayan.db"]  # no backup, no -wal, no media/


def test_doctor_json_names_every_font_translation_and_migration(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "not-yet"

    status, report = doctor_json(capsys, "--workspace", str(target))

    assert status == EXIT_OK
    assert report["problems"] == []
    assert report["frozen"] is False
    assert report["schema"]["head"] == schema.SCHEMA_HEAD
    assert set(report["schema"]["revisions"]) == schema.known_revisions()
    assert report["workspace"] == {
        "path": str(target),
        "revision": None,
        "problems": [],
        "state": "none",
    }
    assert not target.exists()
    fonts = report["fonts"]["found"]
    assert [f["name"] for f in fonts] == [*UI_FONTS, *REPORT_FONTS]
    assert all(f["ok"] and f["size"] > 10_000 for f in fonts)
    assert [t["name"] for t in report["translations"]["found"]] == ["bayan_ar.qm", "qtbase_ar.qm"]
    assert report["keyring"]["available"] is True


def test_an_unavailable_keyring_is_reported_but_is_not_a_failure(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    keyring.set_keyring(fail.Keyring())

    status = main(["doctor", "--workspace", str(tmp_path / "ws")])
    out = capsys.readouterr().out

    assert status == EXIT_OK
    assert "keyring: keyring.backends.fail.Keyring: unavailable: no keyring backend" in out


def test_a_missing_or_damaged_font_fails_with_its_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = copied_resources(tmp_path, monkeypatch)
    (copy / "fonts" / "NotoSans-Bold.ttf").unlink()
    (copy / "fonts" / "NotoSansArabicUI-Regular.ttf").write_bytes(b"<html>not a font</html>")

    status = main(["doctor", "--workspace", str(tmp_path / "ws")])
    out = capsys.readouterr().out

    assert status == EXIT_PROBLEMS
    assert "problems (2):" in out
    assert f"font NotoSans-Bold.ttf is missing ({copy / 'fonts' / 'NotoSans-Bold.ttf'})" in out
    assert "font NotoSansArabicUI-Regular.ttf is not a TrueType/OpenType file" in out


def test_a_missing_or_damaged_translation_fails_with_its_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = copied_resources(tmp_path, monkeypatch)
    qm = copy / "i18n" / "bayan_ar.qm"
    qm.write_bytes(b"garbage")
    status, report = doctor_json(capsys, "--workspace", str(tmp_path / "ws"))
    assert status == EXIT_PROBLEMS
    assert report["problems"] == [f"translation bayan_ar.qm cannot be loaded ({qm})"]

    qm.unlink()
    status, report = doctor_json(capsys, "--workspace", str(tmp_path / "ws"))
    assert status == EXIT_PROBLEMS
    assert report["problems"] == [f"translation bayan_ar.qm is missing ({qm})"]
    assert [t["name"] for t in report["translations"]["found"]] == ["qtbase_ar.qm"]


def test_a_workspace_from_a_newer_bayan_is_a_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ws = old_workspace(tmp_path / "ws")
    conn = sqlite3.connect(ws / "bayan.db")
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()

    status, report = doctor_json(capsys, "--workspace", str(ws))

    assert status == EXIT_PROBLEMS
    assert report["workspace"]["state"] == "newer"
    assert report["problems"] == [
        f"the workspace's schema 9999 is newer than this Bayan's {schema.SCHEMA_HEAD}: "
        "install the newer Bayan that wrote it"
    ]


def test_a_damaged_workspace_is_a_problem_and_stays_as_it_was(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ws = tmp_path / "ws"
    ws.mkdir()
    (ws / "bayan.db").write_bytes(b"this is not SQLite" * 300)
    before = sha256(ws / "bayan.db")

    status, report = doctor_json(capsys, "--workspace", str(ws))

    assert status == EXIT_PROBLEMS
    assert report["workspace"]["state"] == "unreadable"
    assert len(report["problems"]) == 1 and "is damaged" in report["problems"][0]
    assert sha256(ws / "bayan.db") == before


def test_migration_scripts_that_cannot_be_loaded_are_a_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(schema, "MIGRATIONS_DIR", tmp_path / "nowhere")

    status, report = doctor_json(capsys, "--workspace", str(tmp_path / "ws"))

    assert status == EXIT_PROBLEMS
    assert report["schema"]["revisions"] == []
    assert report["problems"][0].startswith("the migration scripts cannot be loaded")


def test_team_mode_is_reported_without_ever_showing_the_url(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = old_workspace(tmp_path / "ws")
    monkeypatch.setenv(
        "BAYAN_DATABASE_URL", "postgresql+psycopg://officer:S3cret-pw@db.example/bayan"
    )

    status = main(["doctor", "--workspace", str(ws)])
    text = capsys.readouterr().out
    json_status, report = doctor_json(capsys, "--workspace", str(ws))

    assert "S3cret-pw" not in text and "S3cret-pw" not in json.dumps(report)
    assert "officer" not in text and "db.example" not in text
    assert f"workspace: {ws}: media here; the records are on the team-mode server" in text
    assert "team mode: on (BAYAN_DATABASE_URL is set" in text
    assert report["workspace"]["state"] == "server" and report["workspace"]["revision"] is None
    assert report["team_mode"]["url_set"] is True
    if report["team_mode"]["available"]:
        assert status == json_status == EXIT_OK
        assert report["team_mode"]["driver"].startswith("psycopg 3.")
    else:
        assert status == json_status == EXIT_PROBLEMS


def test_team_mode_without_its_driver_is_a_problem_only_when_asked_for(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "psycopg", None)  # import psycopg now raises ImportError
    ws = str(tmp_path / "ws")

    status = main(["doctor", "--workspace", ws])
    assert status == EXIT_OK
    assert (
        "team mode: off (BAYAN_DATABASE_URL is not set); no PostgreSQL driver (ModuleNotFoundError"
        in (capsys.readouterr().out)
    )

    monkeypatch.setenv("BAYAN_DATABASE_URL", "postgresql+psycopg://u:pw@h/db")
    status, report = doctor_json(capsys, "--workspace", ws)
    assert status == EXIT_PROBLEMS
    assert report["problems"] == [
        "BAYAN_DATABASE_URL is set but the PostgreSQL driver cannot be loaded: "
        + report["team_mode"]["reason"]
    ]
    assert report["team_mode"]["reason"].startswith("ModuleNotFoundError")
