"""``bayan import-metrics --map``: a file of a format Bayan does not recognise is read through the
mapping given; without one the command prints the file's columns and a ready ``--map``, exits 2
and stores nothing."""

from __future__ import annotations

import datetime as dt
import shlex
from pathlib import Path

import pytest
from sqlalchemy import select

from app.cli import EXIT_BAD_INPUT, EXIT_OK, main
from app.services.workspace import open_workspace
from app.store.models import MonthlyMetric
from app.store.workspace import Workspace
from tests.test_cli_import_metrics import workspace_with_account

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "analytics"
UNKNOWN = str(FIXTURES / "unknown_daily.csv")


@pytest.fixture
def ws_root(tmp_path: Path) -> Path:
    return workspace_with_account(tmp_path, "tiktok")


def stored(root: Path) -> list[tuple[dt.date, int | None, int | None, int | None]]:
    opened = open_workspace(Workspace(root))
    try:
        with opened.sessions() as session:
            rows = session.scalars(select(MonthlyMetric).order_by(MonthlyMetric.month)).all()
            return [(r.month, r.video_views, r.reactions, r.new_followers) for r in rows]
    finally:
        opened.close()


def argv(root: Path, *more: str) -> list[str]:
    return ["import-metrics", "--workspace", str(root), "--account", "1", *more]


def test_without_map_the_columns_and_a_ready_map_are_printed(ws_root: Path, capsys) -> None:
    assert main(argv(ws_root, UNKNOWN)) == EXIT_BAD_INPUT
    err = capsys.readouterr().err
    assert "nothing imported" in err
    assert "unknown_daily.csv: columns Date, Video Views, Profile Views, Likes" in err
    proposal = next(line for line in err.splitlines() if "proposed: --map" in line)
    words = shlex.split(proposal.split("proposed: ", 1)[1])
    assert words == [
        "--map",
        "Date=date,Video Views=video_views,Likes=reactions,Comments=comments,Shares=shares,"
        "New followers=new_followers",
    ]
    assert stored(ws_root) == []
    # The proposal, pasted back, imports the file.
    assert main(argv(ws_root, *words, UNKNOWN)) == EXIT_OK
    capsys.readouterr()
    assert stored(ws_root) == [(dt.date(2026, 9, 1), 6465, 600, 30)]


def test_map_reads_the_unrecognised_file_only(ws_root: Path, capsys) -> None:
    mapping = "Date=date,Likes=reactions,Video Views=video_views,Profile Views=ignore"
    code = main(argv(ws_root, "--map", mapping, UNKNOWN, str(FIXTURES / "ga4_pages.csv")))
    out = capsys.readouterr().out
    assert code == EXIT_OK, out
    assert "unknown_daily.csv (mapped)" in out and "ga4_pages.csv (ga4)" in out
    assert "2026-10" in out  # 1 October alone: partial, left out
    assert stored(ws_root) == [(dt.date(2026, 9, 1), 6465, 600, None)]


def test_a_bad_map_is_one_line_and_stores_nothing(ws_root: Path, capsys) -> None:
    assert main(argv(ws_root, "--map", "Date=date,Likes=followers", UNKNOWN)) == EXIT_BAD_INPUT
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--map: unknown field 'followers'" in err
    assert main(argv(ws_root, "--map", "Day=date,Likes=reactions", UNKNOWN)) == EXIT_BAD_INPUT
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "column 'Day': no such column in the file" in err
    sample = str(FIXTURES / "ga4_pages.csv")
    assert main(argv(ws_root, "--map", "Date=date,Likes=reactions", sample)) == EXIT_BAD_INPUT
    assert "every file's format is recognised" in capsys.readouterr().err
    assert stored(ws_root) == []
