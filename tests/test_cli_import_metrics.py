"""``bayan import-metrics``: the shipped samples into an account's months; bad input is one
line, status 2, and nothing is stored."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from app.cli import EXIT_BAD_INPUT, EXIT_OK, main
from app.services.workspace import open_workspace
from app.store.models import Account, MonthlyMetric
from app.store.workspace import Workspace

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "analytics"


def workspace_with_account(tmp_path: Path, platform: str) -> Path:
    """A new workspace with one account, @BayanOffice on ``platform``; its folder."""
    root = tmp_path / "ws"
    opened = open_workspace(Workspace(root), create=True)
    try:
        with opened.sessions.begin() as session:
            session.add(Account(platform=platform, handle="@BayanOffice"))
    finally:
        opened.close()
    return root


@pytest.fixture
def ws_root(tmp_path: Path) -> Path:
    return workspace_with_account(tmp_path, "x")


def months(root: Path) -> list[tuple[dt.date, int | None, int | None, int | None]]:
    opened = open_workspace(Workspace(root))
    try:
        with opened.sessions() as session:
            rows = session.scalars(select(MonthlyMetric).order_by(MonthlyMetric.month)).all()
            return [(r.month, r.followers, r.new_followers, r.views) for r in rows]
    finally:
        opened.close()


def test_import_by_handle_with_a_follower_total(ws_root: Path, capsys) -> None:
    code = main(
        [
            "import-metrics",
            "--workspace",
            str(ws_root),
            "--account",
            "bayanoffice",
            "--followers",
            "1000",
            "--as-of",
            "2025-10-02",
            str(FIXTURES / "x_account_overview.csv"),
        ]
    )
    out = capsys.readouterr().out
    assert code == EXIT_OK, out
    assert "x_account_overview.csv (x_overview)" in out and "1 months added" in out
    assert "2025-10" in out  # October is left out as partial
    assert months(ws_root) == [(dt.date(2025, 9, 1), 994, 150, 30000)]


def test_a_bad_row_stores_nothing_and_names_the_row(ws_root: Path, tmp_path: Path, capsys) -> None:
    bad = tmp_path / "overview.csv"
    text = (FIXTURES / "x_account_overview.csv").read_text().splitlines()
    text[3] = text[3].replace(",1000,", ",lots,", 1)
    bad.write_text("\n".join(text) + "\n")
    code = main(["import-metrics", "--workspace", str(ws_root), "--account", "1", str(bad)])
    err = capsys.readouterr().err
    assert code == EXIT_BAD_INPUT
    assert err.count("\n") == 1 and "row 4, column 'Impressions'" in err
    assert months(ws_root) == []


def test_unknown_account_and_lonely_as_of(ws_root: Path, capsys) -> None:
    sample = str(FIXTURES / "ga4_pages.csv")
    assert main(["import-metrics", "--workspace", str(ws_root), "--account", "7", sample]) == 2
    assert "no account 7" in capsys.readouterr().err
    argv = ["import-metrics", "--workspace", str(ws_root), "--account", "1", "--as-of"]
    assert main([*argv, "2025-10-02", sample]) == EXIT_BAD_INPUT
    assert "--as-of goes with --followers" in capsys.readouterr().err
