"""Importing the shipped sample exports (tests/fixtures/analytics): monthly totals computed by
hand, encodings, folders and zips, all-or-nothing on a bad row, and writing MonthlyMetric."""

from __future__ import annotations

import datetime as dt
import shutil
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select

from app.core.analytics import ImportFailed
from app.services.analytics_import import AnalyticsImporter, decode, preview
from app.store.models import Account, AuditEntry, MonthlyMetric

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "analytics"
D = dt.date


def one(name: str):  # type: ignore[no-untyped-def]
    return preview([FIXTURES / name])


def test_meta_views_utf16_with_bom_and_dst_hours() -> None:
    result = one("meta_facebook_Views.csv")
    assert [f.format for f in result.files] == ["meta_page"]
    assert result.months == {D(2026, 9, 1): {"views": 13835}, D(2026, 10, 1): {"views": 12200}}
    assert result.partial_months == [D(2026, 9, 1), D(2026, 10, 1)]


def test_instagram_follows_utf8_bom_days_with_zero_left_out() -> None:
    result = one("meta_instagram_Follows.csv")
    assert result.months == {
        D(2026, 9, 1): {"new_followers": 3},
        D(2026, 10, 1): {"new_followers": 5},
    }


def test_x_overview_monthly_totals() -> None:
    result = one("x_account_overview.csv")
    assert result.files[0].format == "x_overview"
    assert result.months[D(2025, 9, 1)] == {
        "views": 30000,
        "reactions": 1200,
        "engagements": 1800,
        "saves": 60,
        "shares": 150,  # Shares 1 + Reposts 4 a day
        "new_followers": 150,
        "net_followers": 90,
        "comments": 90,
        "profile_visits": 210,
        "video_views": 1500,
    }
    assert result.months[D(2025, 10, 1)]["net_followers"] == 6
    assert result.partial_months == [D(2025, 10, 1)]


def test_youtube_totals_subscribers_are_net_changes() -> None:
    result = one("youtube_Totals.csv")
    assert result.months == {
        D(2026, 8, 1): {"net_followers": 1},
        D(2026, 9, 1): {"net_followers": 4},
    }


def test_youtube_table_data_per_video_without_total_row() -> None:
    result = one("youtube_Table data.csv")
    assert result.daily == [] and result.months == {}
    views = {p.post_ref: p.value for p in result.posts if p.metric == "video_views"}
    assert views == {"dQw4w9WgXcQ": 1000, "a1B2c3D4e5F": 500}


def test_meta_posts_lifetime_rows_skip_error_rows_and_keep_ids_as_text() -> None:
    result = one("meta_posts.csv")
    assert result.files[0].posts == 2
    views = {p.post_ref: p.value for p in result.posts if p.metric == "views"}
    assert views == {"122101234567890123": 5400, "122101234567890456": 1250}
    first = next(p for p in result.posts if p.post_ref == "122101234567890123")
    assert first.published == dt.datetime(2026, 9, 15, 10, 30)


def test_ga4_unsorted_with_comment_block_users_not_summed() -> None:
    result = one("ga4_pages.csv")
    assert result.files[0].format == "ga4"
    assert result.months == {
        D(2026, 8, 1): {"sessions": 230, "views": 600},
        D(2026, 9, 1): {"sessions": 260, "views": 700},
    }
    assert {f.metric for f in result.daily} == {"users", "sessions", "views"}


def test_cp1256_fallback_and_unknown_encoding() -> None:
    assert decode("جلسة المجلس".encode("cp1256")) == "جلسة المجلس"
    assert decode("Date,Views\n".encode("utf-16-le")) == "Date,Views\n"  # BOM lost
    assert decode("\ufeffDate".encode("utf-8")) == "Date"
    with pytest.raises(ImportFailed, match="broken UTF-8"):
        decode(b"\xef\xbb\xbfDate," + "تاريخ".encode("cp1256"), "x.csv")
    with pytest.raises(ImportFailed, match="unknown text encoding"):
        decode(b"PK\x03\x04\x00\x00\x81\x9d\x00\xff", "x.csv")


def test_folder_and_zip_give_the_same_as_the_files(tmp_path: Path) -> None:
    names = ["meta_facebook_Views.csv", "ga4_pages.csv"]
    folder = tmp_path / "export"
    folder.mkdir()
    for name in names:
        shutil.copy(FIXTURES / name, folder / name)
    archive = tmp_path / "export.zip"
    with zipfile.ZipFile(archive, "w") as z:
        for name in names:
            z.write(FIXTURES / name, f"inner/{name}")
    direct = preview([FIXTURES / n for n in names])
    assert direct.months[D(2026, 9, 1)] == {"views": 14535, "sessions": 260}
    assert preview([folder]).months == direct.months
    assert preview([archive]).months == direct.months
    assert len(preview([archive]).files) == 2


def test_the_same_metric_and_day_in_two_files_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ImportFailed, match="also in"):
        preview([FIXTURES / "meta_facebook_Views.csv", FIXTURES / "meta_facebook_Views.csv"])


def _account(workspace) -> int:  # type: ignore[no-untyped-def]
    with workspace.sessions.begin() as session:
        account = Account(platform="x", handle="bayan")
        session.add(account)
        session.flush()
        return account.id


def test_apply_writes_complete_months_and_derives_followers(workspace) -> None:  # type: ignore[no-untyped-def]
    account_id = _account(workspace)
    with workspace.sessions.begin() as session:
        session.add(MonthlyMetric(account_id=account_id, month=D(2025, 9, 1), reach=77, views=1))
    result = AnalyticsImporter(workspace.sessions).apply(
        one("x_account_overview.csv"), account_id, followers_total=1000, as_of=D(2025, 10, 2)
    )
    assert (result.created, result.updated) == (0, 1)
    with workspace.sessions() as session:
        rows = session.scalars(select(MonthlyMetric)).all()
        assert len(rows) == 1  # October is partial: not written
        row = rows[0]
        assert (row.followers, row.new_followers, row.views, row.reach) == (994, 150, 30000, 77)
        assert (row.reactions, row.shares, row.saves, row.video_views) == (1200, 150, 60, 1500)
        assert row.clicks is None and row.source == "import"
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "metrics.import"))
        assert entry.one().details == {
            "months_created": 0, "months_updated": 1, "posts": 0, "files": 1
        }


def test_followers_from_gains_only_are_not_invented(workspace) -> None:  # type: ignore[no-untyped-def]
    account_id = _account(workspace)
    with pytest.raises(ImportFailed, match="no net follower changes"):
        AnalyticsImporter(workspace.sessions).apply(
            one("meta_instagram_Follows.csv"), account_id, followers_total=500
        )
    with workspace.sessions() as session:
        assert session.scalars(select(MonthlyMetric)).all() == []


def test_a_bad_row_in_one_file_imports_nothing_and_names_the_row(tmp_path: Path) -> None:
    bad = tmp_path / "Views.csv"
    text = (
        'sep=,\n"Views"\n"Date","Primary"\n"2026-09-01T00:00:00","10"\n'
        '"2026-09-02T00:00:00","n/a"\n'
    )
    bad.write_bytes(b"\xff\xfe" + text.encode("utf-16-le"))
    with pytest.raises(ImportFailed) as caught:
        preview([FIXTURES / "ga4_pages.csv", bad])
    [problem] = caught.value.problems
    assert (problem.file, problem.row, problem.column) == ("Views.csv", 5, "Primary")
    assert "Views.csv: row 5, column 'Primary'" in str(caught.value)


def test_partial_months_are_judged_per_export(tmp_path: Path) -> None:
    ga4 = tmp_path / "ga4.csv"
    ga4.write_text("# Start date: 20250920\n\nDate,Sessions\n20250920,7\n")
    result = preview([FIXTURES / "x_account_overview.csv", ga4])
    assert result.months[D(2025, 9, 1)]["sessions"] == 7
    assert result.partial[D(2025, 9, 1)] == ["sessions"]
    assert D(2025, 10, 1) in result.partial_months


def test_linkedin_followers_xlsx_gives_new_followers_not_a_total() -> None:
    result = one("linkedin_followers.xlsx")
    assert [f.format for f in result.files] == ["linkedin_followers"]
    assert result.months == {
        D(2026, 8, 1): {"new_followers": 6},
        D(2026, 9, 1): {"new_followers": 6},
    }


def test_a_bad_cell_of_a_workbook_names_sheet_and_row(tmp_path: Path) -> None:
    from tests.fixtures.analytics.make_xlsx import ROWS, write

    path = tmp_path / "page_followers.xlsx"
    write(path, [*ROWS[:3], ["08/31/2026", 1, 3, 0, "four"], *ROWS[4:]])
    with pytest.raises(ImportFailed) as caught:
        preview([path])
    [problem] = caught.value.problems
    assert problem.file == "page_followers.xlsx [New followers]"
    assert (problem.row, problem.column) == (4, "Total followers")


def test_a_damaged_workbook_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"not a workbook")
    with pytest.raises(ImportFailed, match="unreadable workbook"):
        preview([path])
