"""The ``bayan`` command line: subcommands, one-line errors with exit status 2, nothing changed."""

from __future__ import annotations

import hashlib
import os
import random
import shlex
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app import __version__
from app.cli import EXIT_BAD_INPUT, EXIT_OK, main
from app.services.workspace import open_workspace
from app.store import health, schema
from app.store.backup import backup_database, backup_name, list_backups
from app.store.workspace import ENV_VAR, Workspace

PAGE = 4096


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def one_line(text: str) -> str:
    assert text.endswith("\n") and text.count("\n") == 1, f"not exactly one line: {text!r}"
    return text.rstrip("\n")


def random_db_workspace(root: Path) -> Workspace:
    """The acceptance case: a workspace whose ``bayan.db`` holds 4 KB of random bytes."""
    ws = Workspace(root)
    ws.ensure_folders()
    ws.db_path.write_bytes(random.Random(4096).randbytes(4096))
    return ws


def good_workspace(root: Path, **settings: object) -> Workspace:
    from app.store.models import Setting

    opened = open_workspace(Workspace(root), create=True)
    with opened.sessions.begin() as session:
        session.add_all(Setting(key=k, value=v) for k, v in settings.items())
    opened.close()
    return opened.workspace


def setting(db: Path, key: str) -> object:
    from app.store.fastread import FastReader

    reader = FastReader(db)
    try:
        return reader.setting(key)
    finally:
        reader.close()


# --- a damaged database ------------------------------------------------------------------------


def test_backup_of_random_bytes_exits_2_with_one_line(tmp_path: Path, capsys) -> None:
    ws = random_db_workspace(tmp_path / "ws")
    before = sha256(ws.db_path)

    status = main(["--workspace", str(ws.root), "backup"])

    out, err = capsys.readouterr()
    assert status == EXIT_BAD_INPUT == 2
    line = one_line(err)
    assert str(ws.db_path) in line
    assert "damaged" in line and "not an SQLite database" in line
    assert "no intact backup" in line
    assert out == ""
    assert sha256(ws.db_path) == before
    assert list_backups(ws.backups_dir) == []
    assert not ws.db_path.with_name("bayan.db-wal").exists()
    assert not ws.db_path.with_name("bayan.db-shm").exists()


def test_workspace_option_after_the_subcommand(tmp_path: Path, capsys) -> None:
    ws = random_db_workspace(tmp_path / "ws")
    before = sha256(ws.db_path)

    status = main(["backup", "--workspace", str(ws.root)])

    assert status == 2
    assert str(ws.db_path) in one_line(capsys.readouterr().err)
    assert sha256(ws.db_path) == before


def test_damaged_database_names_the_restore_command(tmp_path: Path, capsys) -> None:
    source = good_workspace(tmp_path / "source", marker="from-backup")
    ws = random_db_workspace(tmp_path / "ws")
    damaged = ws.db_path.read_bytes()
    intact = backup_database(source.db_path, ws.backups_dir / backup_name("manual"))
    # A newer backup that is itself damaged must not be the one offered.
    (ws.backups_dir / "bayan-29991231-235959-manual.db").write_bytes(b"garbage" * 100)

    status = main(["--workspace", str(ws.root), "backup"])

    line = one_line(capsys.readouterr().err)
    assert status == 2
    command = f"bayan restore --workspace {ws.root} {intact}"
    assert line.endswith(command), line
    assert ws.db_path.read_bytes() == damaged

    # The offered command does what it says.
    words = shlex.split(line[line.index(command) :])
    assert main(words[1:]) == EXIT_OK
    capsys.readouterr()
    health.check_integrity(ws.db_path)
    assert setting(ws.db_path, "marker") == "from-backup"
    kept = [p for p in ws.backups_dir.iterdir() if p.name.startswith("damaged-")]
    assert len(kept) == 1 and kept[0].read_bytes() == damaged


def test_restore_command_for_a_workspace_with_a_space_can_be_pasted(tmp_path: Path, capsys) -> None:
    source = good_workspace(tmp_path / "source", marker="from-backup")
    ws = random_db_workspace(tmp_path / "my workspace")
    backup_database(source.db_path, ws.backups_dir / backup_name("manual"))

    assert main(["--workspace", str(ws.root), "backup"]) == 2

    line = one_line(capsys.readouterr().err)
    words = shlex.split(line[line.index("bayan restore") :])
    assert words[:4] == ["bayan", "restore", "--workspace", str(ws.root)], line
    assert main(words[1:]) == EXIT_OK
    assert setting(ws.db_path, "marker") == "from-backup"


def test_corrupted_page_is_reported_in_one_line(tmp_path: Path, capsys) -> None:
    rows = {f"k{i:05d}": {"n": i, "t": "x" * 50} for i in range(3000)}
    ws = good_workspace(tmp_path / "ws", **rows)
    # A page in the middle of the settings table (the file's middle page may be an empty leaf
    # of another table, whose unused bytes no check reads).
    conn = sqlite3.connect(ws.db_path)
    try:
        leaves = [
            pageno
            for (pageno,) in conn.execute(
                "SELECT pageno FROM dbstat WHERE name = 'settings' AND pagetype = 'leaf'"
                " ORDER BY pageno"
            )
        ]
    finally:
        conn.close()
    page = leaves[len(leaves) // 2] - 1  # page numbers start at 1
    data = bytearray(ws.db_path.read_bytes())
    data[page * PAGE + 100 : page * PAGE + 2100] = random.Random(page).randbytes(2000)
    ws.db_path.write_bytes(bytes(data))
    before = sha256(ws.db_path)

    status = main(["--workspace", str(ws.root), "backup"])

    assert status == 2
    err = capsys.readouterr().err
    assert str(ws.db_path) in err and "damaged" in err
    assert sha256(ws.db_path) == before
    one_line(err)


# --- backup and restore ------------------------------------------------------------------------


def test_backup_of_a_good_workspace(tmp_path: Path, capsys) -> None:
    ws = good_workspace(tmp_path / "ws", marker=1)

    status = main(["backup", "--workspace", str(ws.root)])

    out, err = capsys.readouterr()
    assert status == EXIT_OK
    assert err == ""
    [written] = list_backups(ws.backups_dir)
    assert one_line(out) == f"backup written: {written}"
    health.check_integrity(written)
    assert setting(written, "marker") == 1


def test_backup_uses_the_environment_variable(tmp_path: Path, capsys, monkeypatch) -> None:
    ws = good_workspace(tmp_path / "ws")
    monkeypatch.setenv(ENV_VAR, str(ws.root))

    assert main(["backup"]) == EXIT_OK
    assert len(list_backups(ws.backups_dir)) == 1


def test_missing_workspace_exits_2_with_one_line(tmp_path: Path, capsys) -> None:
    root = tmp_path / "nowhere"

    status = main(["--workspace", str(root), "backup"])

    out, err = capsys.readouterr()
    assert status == 2
    line = one_line(err)
    assert line.startswith("bayan backup: ") and str(root) in line
    assert out == ""
    assert not root.exists()


def test_workspace_outside_the_test_folder_exits_2(capsys) -> None:
    assert main(["--workspace", "/srv/not-for-tests", "backup"]) == 2
    assert "outside the test folder" in one_line(capsys.readouterr().err)


def test_restore_puts_the_backup_in_place(tmp_path: Path, capsys) -> None:
    source = good_workspace(tmp_path / "source", marker="restored")
    backup = backup_database(source.db_path, tmp_path / "saved.db")
    ws = good_workspace(tmp_path / "ws", marker="current")

    status = main(["restore", "--workspace", str(ws.root), str(backup)])

    out, err = capsys.readouterr()
    assert status == EXIT_OK, err
    assert err == ""
    line, media = out.splitlines()
    [kept] = list_backups(ws.backups_dir)
    assert line == f"restored {backup}; the previous database is kept at {kept}"
    assert media.startswith("media: the media store was not checked: no manifest")
    assert setting(ws.db_path, "marker") == "restored"
    assert setting(kept, "marker") == "current"
    assert schema.read_revision(ws.db_path) == schema.SCHEMA_HEAD


def test_restore_refuses_a_damaged_backup(tmp_path: Path, capsys) -> None:
    ws = good_workspace(tmp_path / "ws", marker="current")
    before = sha256(ws.db_path)
    bad = tmp_path / "bad.db"
    bad.write_bytes(random.Random(1).randbytes(4096))

    status = main(["--workspace", str(ws.root), "restore", str(bad)])

    out, err = capsys.readouterr()
    assert status == 2
    line = one_line(err)
    assert line.startswith("bayan restore: ") and str(bad) in line and "damaged" in line
    assert "bayan restore --workspace" not in line, "no restore offered when restoring"
    assert out == ""
    assert sha256(ws.db_path) == before
    assert list_backups(ws.backups_dir) == []


def test_version(capsys) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["--version"])
    assert caught.value.code == 0
    assert capsys.readouterr().out == f"bayan {__version__}\n"


# --- the real entry points ---------------------------------------------------------------------


def run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        args, cwd=cwd, env=dict(os.environ), capture_output=True, text=True, timeout=60
    )


def test_python_m_app_on_random_bytes(tmp_path: Path) -> None:
    ws = random_db_workspace(tmp_path / "ws")
    before = sha256(ws.db_path)

    done = run([sys.executable, "-m", "app", "--workspace", str(ws.root), "backup"], tmp_path)

    assert done.returncode == 2, done.stderr
    line = one_line(done.stderr)
    assert str(ws.db_path) in line and "damaged" in line
    assert done.stdout == ""
    assert sha256(ws.db_path) == before
    assert sorted(p.name for p in ws.root.iterdir()) == ["backups", "bayan.db", "media"]


def test_installed_bayan_script(tmp_path: Path) -> None:
    script = Path(sys.executable).with_name("bayan")
    if not script.exists():
        pytest.skip("the bayan console script is not installed beside this interpreter")
    ws = good_workspace(tmp_path / "ws")

    version = run([str(script), "--version"], tmp_path)
    done = run([str(script), "backup", "--workspace", str(ws.root)], tmp_path)

    assert version.returncode == 0 and version.stdout == f"bayan {__version__}\n"
    assert done.returncode == 0, done.stderr
    [written] = list_backups(ws.backups_dir)
    assert one_line(done.stdout) == f"backup written: {written}"


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--workspace", "/tmp/w"],
        ["--workspace=/tmp/w", "--lang", "ar"],
        ["--lang=en", "--bench-idle", "--workspace", "/tmp/a b"],
    ],
)
def test_gui_fast_path_reads_what_argparse_reads(argv: list[str]) -> None:
    from app.cli import build_parser, gui_arguments

    fast = gui_arguments(argv)
    slow = build_parser().parse_args(argv)
    assert fast is not None
    assert vars(fast) == vars(slow)


@pytest.mark.parametrize(
    "argv",
    [["--lang", "fr"], ["--workspace"], ["--workspace", "--lang"], ["backup"], ["--help"], ["-x"]],
)
def test_gui_fast_path_leaves_anything_else_to_argparse(argv: list[str]) -> None:
    from app.cli import gui_arguments

    assert gui_arguments(argv) is None


@pytest.mark.parametrize(
    "argv",
    [
        ["--workspace", "W", "backup", "extra"],
        ["demo", "--scale", "huge", "--workspace", "W"],
        ["frobnicate"],
        ["restore", "--workspace", "W"],
    ],
)
def test_bad_arguments_get_one_line_and_status_2(argv: list[str], capsys, tmp_path) -> None:  # type: ignore[no-untyped-def]
    argv = [str(tmp_path / a) if a == "W" else a for a in argv]
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
    assert "error:" in err
    assert not (tmp_path / "W").exists()
