"""Files of a format Bayan does not recognise: the preview lists them as needing a column mapping
(the other files still preview), a mapping reads them, and apply refuses until every file has
one. Monthly totals computed by hand from the shipped samples."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from app.core.analytics import ImportFailed
from app.core.column_map import ColumnMapping
from app.services.analytics_import import AnalyticsImporter, preview
from app.store.models import Account, MonthlyMetric

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "analytics"
UNKNOWN = FIXTURES / "unknown_daily.csv"
ARABIC = FIXTURES / "unknown_daily_ar.csv"
D = dt.date


def _account(workspace) -> int:  # type: ignore[no-untyped-def]
    with workspace.sessions.begin() as session:
        account = Account(platform="tiktok", handle="bayan")
        session.add(account)
        session.flush()
        return account.id


def test_an_unknown_file_needs_a_mapping_and_the_others_still_preview() -> None:
    result = preview([UNKNOWN, FIXTURES / "meta_facebook_Views.csv"])
    [waiting] = result.unmapped
    assert waiting.name == "unknown_daily.csv" and waiting.needs_mapping
    assert waiting.columns[:3] == ["Date", "Video Views", "Profile Views"]
    assert waiting.proposed is not None
    assert waiting.proposed.as_argument() == (
        "Date=date,Video Views=video_views,Likes=reactions,Comments=comments,Shares=shares,"
        "New followers=new_followers"
    )
    assert result.months == {D(2026, 9, 1): {"views": 13835}, D(2026, 10, 1): {"views": 12200}}


def test_with_the_mapping_the_file_previews_like_any_other() -> None:
    mapping = ColumnMapping("Date", {"Video Views": "video_views", "Likes": "reactions"})
    result = preview([UNKNOWN], {"unknown_daily.csv": mapping})
    assert result.unmapped == []
    [file] = result.files
    assert (file.format, file.mapping, file.metrics) == (
        "mapped",
        mapping,
        ["reactions", "video_views"],
    )
    # 201..230 video views and 20 likes a day in September; 1 October alone is partial.
    assert result.months[D(2026, 9, 1)] == {"video_views": 6465, "reactions": 600}
    assert result.partial_months == [D(2026, 10, 1)]


def test_a_bad_row_under_a_mapping_names_file_row_and_column(tmp_path: Path) -> None:
    lines = UNKNOWN.read_text().splitlines()
    lines[5] = lines[5].replace(",20,", ",twenty,", 1)
    bad = tmp_path / "daily.csv"
    bad.write_text("\n".join(lines) + "\n")
    mapping = ColumnMapping("Date", {"Likes": "reactions"})
    with pytest.raises(ImportFailed) as caught:
        preview([bad, FIXTURES / "ga4_pages.csv"], {"daily.csv": mapping})
    [problem] = caught.value.problems
    assert (problem.file, problem.row, problem.column) == ("daily.csv", 6, "Likes")


def test_apply_refuses_while_a_file_needs_a_mapping(workspace) -> None:  # type: ignore[no-untyped-def]
    account_id = _account(workspace)
    with pytest.raises(ImportFailed, match="needs a column mapping"):
        AnalyticsImporter(workspace.sessions).apply(preview([UNKNOWN]), account_id)
    with workspace.sessions() as session:
        assert session.scalars(select(MonthlyMetric)).all() == []


def test_the_mapped_samples_are_stored_as_hand_computed_months(workspace) -> None:  # type: ignore[no-untyped-def]
    account_id = _account(workspace)
    first = preview([UNKNOWN, ARABIC])
    mappings = {f.name: f.proposed for f in first.unmapped}
    assert len(mappings) == 2 and all(mappings.values())
    result = AnalyticsImporter(workspace.sessions).apply(
        preview([UNKNOWN, ARABIC], mappings),
        account_id,  # type: ignore[arg-type]
    )
    assert (result.created, result.updated, result.skipped_partial) == (2, 0, [D(2026, 10, 1)])
    with workspace.sessions() as session:
        rows = {r.month: r for r in session.scalars(select(MonthlyMetric))}
    assert sorted(rows) == [D(2026, 8, 1), D(2026, 9, 1)]
    august, september = rows[D(2026, 8, 1)], rows[D(2026, 9, 1)]
    # 31 days of 1000 views, 800 reach, 2 new followers, 50 likes, 5 comments, 4 shares, 10 clicks.
    assert (august.views, august.reach, august.new_followers, august.clicks) == (
        31000,
        24800,
        62,
        310,
    )
    assert (august.reactions, august.comments, august.shares) == (1550, 155, 124)
    assert august.video_views is None and august.followers is None  # never invented
    assert (september.video_views, september.reactions, september.new_followers) == (6465, 600, 30)
    assert september.views is None and september.followers is None


def test_an_unknown_workbook_is_mapped_from_its_first_sheet(tmp_path: Path) -> None:
    from tests.fixtures.analytics.make_xlsx import write

    path = tmp_path / "snap.xlsx"
    rows: list[list[object]] = [
        ["Daily story stats"],  # a note row above the header
        ["Day", "Story views", "Reach", "Shares"],
        ["09/01/2026", 5, 4, 1],
        ["09/02/2026", 7, 6, "two"],
    ]
    write(path, rows)
    [waiting] = preview([path]).unmapped
    assert waiting.columns == ["Day", "Story views", "Reach", "Shares"]
    assert waiting.proposed == ColumnMapping("Day", {"Reach": "reach", "Shares": "shares"})
    with pytest.raises(ImportFailed) as caught:
        preview([path], {"snap.xlsx": waiting.proposed})  # type: ignore[dict-item]
    [problem] = caught.value.problems
    assert (problem.file, problem.row, problem.column) == ("snap.xlsx", 4, "Shares")
    mapping = ColumnMapping("Day", {"Story views": "views", "Reach": "reach"})
    result = preview([path], {"snap.xlsx": mapping})
    assert result.months == {D(2026, 9, 1): {"views": 12, "reach": 10}}
