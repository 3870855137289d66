"""The frozen build: PyInstaller builds ``build.spec`` into a temporary folder, then the result
runs offscreen, away from the source tree.

It makes a demo workspace and reaches the main window's idle state on it, migrates a workspace
of the first released schema, writes a PDF report with the bundled fonts, and ``bayan doctor``
in the bundle finds the same keyring backend as Bayan run from source (the Secret Service of
``make test``'s private session when there is one) and the same PostgreSQL driver (team mode),
and the migration scripts, fonts and translations — all inside the bundle. Nothing is cached
between runs: PyInstaller's work folder and cache live in the test's temporary folder.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import NamedTuple

import pytest

from app import __version__
from app.store import health, schema
from app.store.backup import list_backups

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
BUILD_TIMEOUT_S = 900
RUN_TIMEOUT_S = 120
# A guard against the bundle dragging in large libraries it does not need (QtWebEngine, test
# tools); the build is about 260 MB.
MAX_BUNDLE_MB = 400


class Frozen(NamedTuple):
    folder: Path  # dist/bayan
    exe: Path
    build_seconds: float
    size_bytes: int


def folder_size(folder: Path) -> int:
    return sum(
        (Path(dirpath) / name).lstat().st_size
        for dirpath, _dirs, files in os.walk(folder)
        for name in files
    )


@pytest.fixture(scope="module")
def frozen(tmp_path_factory: pytest.TempPathFactory) -> Frozen:
    if importlib.util.find_spec("PyInstaller") is None:
        message = (
            "PyInstaller is not installed (it comes with the test extra: pip install -e .[test])"
        )
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    base = tmp_path_factory.mktemp("frozen")
    env = dict(os.environ, PYINSTALLER_CONFIG_DIR=str(base / "pyinstaller-cache"))
    command = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
        "--distpath", str(base / "dist"), "--workpath", str(base / "work"),
        str(ROOT / "build.spec"),
    ]  # fmt: skip
    started = time.monotonic()
    done = subprocess.run(
        command, cwd=base, env=env, capture_output=True, text=True, timeout=BUILD_TIMEOUT_S
    )
    seconds = time.monotonic() - started
    assert done.returncode == 0, (
        f"PyInstaller failed:\n{done.stdout[-3000:]}\n{done.stderr[-6000:]}"
    )
    folder = base / "dist" / "bayan"
    exe = folder / ("bayan.exe" if sys.platform == "win32" else "bayan")
    assert exe.is_file()
    return Frozen(folder, exe, seconds, folder_size(folder))


def run(frozen: Frozen, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """The frozen app, from a folder outside the source tree, offscreen (conftest sets that)."""
    return subprocess.run(
        [str(frozen.exe), *args], cwd=cwd, capture_output=True, text=True, timeout=RUN_TIMEOUT_S
    )


def doctor(command: list[str], workspace: Path, cwd: Path) -> dict:
    done = subprocess.run(
        [*command, "doctor", "--workspace", str(workspace), "--json"],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT_S,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return json.loads(done.stdout)


def test_build_time_and_size(frozen: Frozen, capsys: pytest.CaptureFixture[str]) -> None:
    size_mb = frozen.size_bytes / 1e6
    with capsys.disabled():
        print(f"\nfrozen build: {frozen.build_seconds:.1f} s, {size_mb:.0f} MB in {frozen.folder}")
    assert size_mb < MAX_BUNDLE_MB


def test_bundle_holds_the_resources_and_the_migration_scripts(frozen: Frozen) -> None:
    inside = frozen.folder / "_internal"
    for folder in ("resources/fonts", "resources/i18n", "resources/icons"):
        source = {p.name for p in (ROOT / folder).iterdir() if p.is_file()}
        bundled = {p.name for p in (inside / folder).iterdir()}
        assert source <= bundled, folder
    versions = ROOT / "app" / "store" / "migrations" / "versions"
    scripts = {p.name for p in versions.glob("*.py")}
    assert scripts and scripts == {
        p.name for p in (inside / "app/store/migrations/versions").glob("*.py")
    }
    assert (inside / "app/store/migrations/env.py").is_file()
    for left_out in ("pytest", "hypothesis", "pyphen", "PySide6/QtWebEngineCore.abi3.so"):
        assert not (inside / left_out).exists(), left_out
    qt_translations = {p.name for p in (inside / "PySide6/Qt/translations").iterdir()}
    assert "qtbase_ar.qm" in qt_translations
    assert all(name.endswith(("_ar.qm", "_en.qm")) for name in qt_translations)


def test_version_comes_from_pyproject(frozen: Frozen, tmp_path: Path) -> None:
    import tomllib

    with open(ROOT / "pyproject.toml", "rb") as fh:
        version = tomllib.load(fh)["project"]["version"]
    done = run(frozen, "--version", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"bayan {version}" == f"bayan {__version__}"


def test_demo_workspace_opens_to_idle_and_reports(frozen: Frozen, tmp_path: Path) -> None:
    ws = tmp_path / "demo"
    made = run(frozen, "demo", "--workspace", str(ws), cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    assert made.stdout.startswith(f"demo workspace {ws}: ")

    for language in ("ar", "en"):
        opened = run(
            frozen, "--workspace", str(ws), "--lang", language, "--bench-idle", cwd=tmp_path
        )
        assert opened.returncode == 0, opened.stderr
        assert opened.stdout.splitlines() == ["BAYAN_IDLE"]

    pdf = tmp_path / "report.pdf"
    month = dt.date.today().strftime("%Y-%m")
    report = run(
        frozen, "report", "--workspace", str(ws), "--month", month, "-o", str(pdf), cwd=tmp_path
    )
    assert report.returncode == 0, report.stderr
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and b"Amiri" in data  # the bundled Arabic font, embedded


def test_old_schema_workspace_is_migrated_by_the_frozen_app(frozen: Frozen, tmp_path: Path) -> None:
    ws = tmp_path / "old"
    ws.mkdir()
    shutil.copyfile(FIXTURES / "schema-0001.db", ws / "bayan.db")

    opened = run(frozen, "--workspace", str(ws), "--bench-idle", cwd=tmp_path)

    assert opened.returncode == 0, opened.stderr
    assert opened.stdout.splitlines() == ["BAYAN_IDLE"]
    assert schema.read_revision(ws / "bayan.db") == schema.SCHEMA_HEAD
    health.check_integrity(ws / "bayan.db")
    conn = sqlite3.connect(ws / "bayan.db")
    try:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()
    backups = list_backups(ws / "backups")
    assert len(backups) == 1 and schema.read_revision(backups[0]) == "0001"


def test_doctor_in_the_bundle_reaches_the_keyring_and_finds_its_files(
    frozen: Frozen, tmp_path: Path
) -> None:
    ws = tmp_path / "ws"
    bundled = doctor([str(frozen.exe)], ws, tmp_path)
    source = doctor([sys.executable, "-m", "app"], ws, ROOT)

    assert bundled["frozen"] is True and source["frozen"] is False
    assert bundled["problems"] == []
    # The same keyring backend as from source: its entry points and modules were bundled.
    assert bundled["keyring"] == source["keyring"]
    if os.environ.get("BAYAN_TEST_KEYRING") == "isolated":  # make test's private Secret Service
        assert bundled["keyring"]["available"] is True, bundled["keyring"]["reason"]
        assert bundled["keyring"]["backend"] == "keyring.backends.SecretService.Keyring"
    # Team mode's PostgreSQL driver loads in the bundle exactly as from source.
    assert bundled["team_mode"] == source["team_mode"]
    assert bundled["schema"]["head"] == schema.SCHEMA_HEAD
    assert bundled["schema"]["revisions"] == source["schema"]["revisions"]
    assert [f["name"] for f in bundled["fonts"]["found"]] == [
        f["name"] for f in source["fonts"]["found"]
    ]
    assert [t["name"] for t in bundled["translations"]["found"]] == ["bayan_ar.qm", "qtbase_ar.qm"]
    # Everything it loads comes from the bundle, not from the source tree or the venv.
    paths = [bundled["schema"]["scripts"], bundled["fonts"]["folder"]]
    paths += [f["path"] for f in bundled["fonts"]["found"]]
    paths += [t["path"] for t in bundled["translations"]["found"]]
    for path in paths:
        assert Path(path).resolve().is_relative_to(frozen.folder.resolve()), path
