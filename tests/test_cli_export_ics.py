"""``bayan export-ics``: a file calendar programs import; bad input is one line, status 2."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from icalendar import Calendar

from app.cli import EXIT_BAD_INPUT, EXIT_OK, main
from app.services.posts import PostFields, PostService
from app.services.settings import SettingsService
from app.services.workspace import open_workspace
from app.store.workspace import Workspace


def one_line(text: str) -> str:
    assert text.endswith("\n") and text.count("\n") == 1, f"not exactly one line: {text!r}"
    return text.rstrip("\n")


@pytest.fixture
def ws_root(tmp_path: Path) -> Path:
    """A workspace in Asia/Amman (UTC+3) with posts on both sides of a local midnight."""
    root = tmp_path / "ws"
    opened = open_workspace(Workspace(root), create=True)
    try:
        SettingsService(opened.sessions).set_timezone("Asia/Amman")
        service = PostService(opened.sessions, opened.workspace.media_dir)
        for when in (
            dt.datetime(2026, 5, 31, 20, 59, tzinfo=dt.UTC),  # 31 May 23:59 in Amman: out
            dt.datetime(2026, 5, 31, 21, 0, tzinfo=dt.UTC),  # 1 June 00:00 in Amman: in
            dt.datetime(2026, 6, 30, 20, 59, tzinfo=dt.UTC),  # 30 June 23:59: in
            dt.datetime(2026, 6, 30, 21, 0, tzinfo=dt.UTC),  # 1 July 00:00: out
        ):
            service.create(
                PostFields(title=f"منشور {when:%d %H:%M}", platforms=("x",), scheduled_at=when)
            )
    finally:
        opened.close()
    return root


def test_export_ics_writes_the_inclusive_local_range(ws_root: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "june.ics"
    argv = ["export-ics", "--workspace", str(ws_root), "--from", "2026-06-01"]
    code = main([*argv, "--to", "2026-06-30", "-o", str(out)])
    assert code == EXIT_OK
    assert "2 posts" in one_line(capsys.readouterr().out)
    calendar = Calendar.from_ical(out.read_bytes())
    starts = sorted(e.decoded("DTSTART") for e in calendar.walk("VEVENT"))
    assert starts == [
        dt.datetime(2026, 5, 31, 21, 0, tzinfo=dt.UTC),
        dt.datetime(2026, 6, 30, 20, 59, tzinfo=dt.UTC),
    ]
    uids = [str(e["UID"]) for e in calendar.walk("VEVENT")]
    assert [u.split("@")[0] for u in uids] == ["post-2", "post-3"]


def test_one_day(ws_root: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "day.ics"
    argv = ["export-ics", "--workspace", str(ws_root), "--from", "2026-06-01", "--to"]
    assert main([*argv, "2026-06-01", "-o", str(out)]) == EXIT_OK
    assert len(Calendar.from_ical(out.read_bytes()).walk("VEVENT")) == 1


@pytest.mark.parametrize(
    ("first", "last", "output", "message"),
    [
        ("2026-13-01", "2026-06-30", "out.ics", "--from '2026-13-01' is not a date"),
        ("2026-06-01", "30/06/2026", "out.ics", "--to '30/06/2026' is not a date"),
        ("20260601", "2026-06-30", "out.ics", "is not a date: use YYYY-MM-DD"),
        ("2026-07-01", "2026-06-30", "out.ics", "--from 2026-07-01 is after --to 2026-06-30"),
        ("2026-06-01", "2026-06-30", "missing/out.ics", "the folder .* is missing"),
        ("2026-06-01", "2026-06-30", ".", "it is a folder"),
    ],
)
def test_bad_input_is_one_line_exit_2_and_no_file(
    ws_root: Path, tmp_path: Path, capsys, first: str, last: str, output: str, message: str
) -> None:
    import re

    out_dir = tmp_path / "out"
    out_dir.mkdir()
    before = sorted(out_dir.rglob("*"))
    code = main(
        [
            "export-ics",
            "--workspace",
            str(ws_root),
            "--from",
            first,
            "--to",
            last,
            "-o",
            str(out_dir / output),
        ]
    )
    assert code == EXIT_BAD_INPUT
    captured = capsys.readouterr()
    line = one_line(captured.err)
    assert line.startswith("bayan export-ics: ")
    assert re.search(message, line), line
    assert captured.out == ""
    assert sorted(out_dir.rglob("*")) == before, "no file left behind"


def test_unwritable_folder(ws_root: Path, tmp_path: Path, capsys) -> None:
    import os

    if os.geteuid() == 0:
        pytest.skip("root writes anywhere")
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        code = main(
            [
                "export-ics",
                "--workspace",
                str(ws_root),
                "--from",
                "2026-06-01",
                "--to",
                "2026-06-30",
                "-o",
                str(locked / "a.ics"),
            ]
        )
        assert code == EXIT_BAD_INPUT
        assert "cannot write" in one_line(capsys.readouterr().err)
        assert list(locked.iterdir()) == []
    finally:
        locked.chmod(0o700)


def test_missing_workspace(tmp_path: Path, capsys) -> None:
    out = tmp_path / "a.ics"
    argv = ["export-ics", "--workspace", str(tmp_path / "none"), "--from", "2026-06-01"]
    code = main([*argv, "--to", "2026-06-02", "-o", str(out)])
    assert code == EXIT_BAD_INPUT
    assert "no Bayan workspace" in one_line(capsys.readouterr().err)
    assert not out.exists()


def test_missing_option_is_one_line(ws_root: Path, capsys) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["export-ics", "--workspace", str(ws_root), "--from", "2026-06-01"])
    assert caught.value.code == EXIT_BAD_INPUT
    assert "--to" in one_line(capsys.readouterr().err)


def test_permission_denied_is_one_line(ws_root: Path, tmp_path: Path, capsys, monkeypatch) -> None:
    """The same as the unwritable folder above, for runs as root (which writes anywhere)."""
    import app.services.ics as ics

    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(ics.tempfile, "mkstemp", denied)
    out = tmp_path / "a.ics"
    argv = ["export-ics", "--workspace", str(ws_root), "--from", "2026-06-01"]
    code = main([*argv, "--to", "2026-06-30", "-o", str(out)])
    assert code == EXIT_BAD_INPUT
    line = one_line(capsys.readouterr().err)
    assert line == f"bayan export-ics: cannot write {out}: Permission denied"
    assert not out.exists()
