"""Parsing analytics exports (app.core.analytics): formats, monthly sums, follower totals,
errors."""

from __future__ import annotations

import datetime as dt

import pytest

from app.core.analytics import (
    DailyFigure,
    ImportFailed,
    month_end_followers,
    monthly_totals,
    parse_day,
    parse_sheet,
    parse_text,
)

D = dt.date


def test_days_as_the_exports_write_them() -> None:
    assert parse_day("2026-09-15T01:00:00") == D(2026, 9, 15)
    assert parse_day("Sat, Sep 6, 2025") == D(2025, 9, 6)
    assert parse_day("20230708") == D(2023, 7, 8)
    assert parse_day("09/15/2026") == D(2026, 9, 15)
    with pytest.raises(ValueError):
        parse_day("2026-02-30")


def test_meta_page_impressions_map_onto_views_and_semicolons_are_read() -> None:
    text = 'sep=;\n"Impressions"\n"Date";"Primary"\n"2024-01-31T00:00:00";"1,200"\n'
    parsed = parse_text(text)
    assert parsed.format == "meta_page"
    assert parsed.daily == [DailyFigure(D(2024, 1, 31), "views", 1200)]


def test_tab_separated_resave_without_sep_line() -> None:
    text = '"Facebook follows"\n"Date"\t"Primary"\n"2026-09-01T00:00:00"\t"4"\n'
    assert parse_text(text).daily == [DailyFigure(D(2026, 9, 1), "new_followers", 4)]


def test_one_bad_row_fails_the_whole_file_naming_every_row() -> None:
    text = (
        'sep=,\n"Views"\n"Date","Primary"\n"2026-09-01T00:00:00","10"\n'
        '"2026-09-02T00:00:00","ten"\n"2026-09-01T01:00:00","5"\n"2026-13-01T00:00:00","5"\n'
    )
    with pytest.raises(ImportFailed) as caught:
        parse_text(text)
    got = [(p.row, p.column) for p in caught.value.problems]
    assert got == [(5, "Primary"), (6, "Date"), (7, "Date")]
    assert "row 5" in str(caught.value)


def test_x_overview_gives_net_follower_changes() -> None:
    text = (
        "Date,Impressions,New follows,Unfollows\n"
        '"Sun, Sep 7, 2025",300,2,5\n"Sat, Sep 6, 2025",200,4,1\n'
    )
    parsed = parse_text(text)
    net = {f.day: f.value for f in parsed.daily if f.metric == "net_followers"}
    assert net == {D(2025, 9, 7): -3, D(2025, 9, 6): 3}


def test_youtube_chart_data_is_summed_per_day() -> None:
    text = (
        "Date,Content,Video title,Video publish time,Duration,Views\n"
        "2026-09-01,aaa,One,,10,5\n2026-09-01,bbb,Two,,10,7\n2026-09-02,aaa,One,,10,1\n"
    )
    parsed = parse_text(text)
    assert sorted((f.day, f.value) for f in parsed.daily) == [
        (D(2026, 9, 1), 12),
        (D(2026, 9, 2), 1),
    ]
    assert {f.metric for f in parsed.daily} == {"video_views"}


def test_linkedin_followers_sheet_with_note_row() -> None:
    rows = [
        ["Aggregated new followers for the selected period", None, None, None, None],
        [
            "Date",
            "Sponsored followers",
            "Organic followers",
            "Auto-invited followers",
            "Total followers",
        ],
        ["09/01/2026", 0.0, 3.0, 0.0, 3.0],
        ["09/02/2026", 1.0, 1.0, 0.0, 2.0],
    ]
    parsed = parse_sheet(rows)
    assert parsed.format == "linkedin_followers"
    assert [(f.day, f.metric, f.value) for f in parsed.daily] == [
        (D(2026, 9, 1), "new_followers", 3),
        (D(2026, 9, 2), "new_followers", 2),
    ]


def test_linkedin_bad_cell_names_row_and_column() -> None:
    rows = [
        ["note"],
        ["Date", "Total followers"],
        ["09/01/2026", "three"],
    ]
    with pytest.raises(ImportFailed) as caught:
        parse_sheet(rows)
    assert [(p.row, p.column) for p in caught.value.problems] == [(3, "Total followers")]


def test_users_are_not_summed_into_months() -> None:
    daily = [
        DailyFigure(D(2026, 9, 1), "users", 10),
        DailyFigure(D(2026, 9, 2), "users", 10),
        DailyFigure(D(2026, 9, 1), "sessions", 12),
        DailyFigure(D(2026, 9, 2), "sessions", 13),
    ]
    assert monthly_totals(daily) == {D(2026, 9, 1): {"sessions": 25}}


def test_month_end_followers_backwards_and_forwards_from_one_total() -> None:
    changes = {D(2026, 8, 30): 2, D(2026, 8, 31): -1, D(2026, 9, 1): 4, D(2026, 9, 30): 3}
    # As of 30 September: August's end is the total less September's changes.
    assert month_end_followers(changes, 100, D(2026, 9, 30)) == {
        D(2026, 8, 1): 93,
        D(2026, 9, 1): 100,
    }
    # As of 31 August: September's end adds September's changes.
    assert month_end_followers(changes, 93, D(2026, 8, 31))[D(2026, 9, 1)] == 100


def test_month_end_followers_never_invents_outside_the_range() -> None:
    changes = {D(2026, 9, 1): 4, D(2026, 9, 15): 3}
    with pytest.raises(ValueError):
        month_end_followers(changes, 100, D(2026, 10, 5))
    # The export stops mid-September: no month end is known.
    assert month_end_followers(changes, 100, D(2026, 9, 15)) == {}


def test_unknown_content_is_refused() -> None:
    with pytest.raises(ImportFailed):
        parse_text("a,b\n1,2\n")


def test_x_post_level_export_keeps_19_digit_ids_as_text() -> None:
    text = (
        "\ufeffPost id,Date,Post text,Post Link,Impressions,Likes\n"
        '1965432109876543210,"Sat, Sep 6, 2025",hello,https://x.com/b/status/1965432109876543210,'
        "812,9\n"
    )
    parsed = parse_text(text)
    assert parsed.format == "x_posts" and parsed.daily == []
    assert {(p.post_ref, p.metric, p.value) for p in parsed.posts} == {
        ("1965432109876543210", "views", 812),
        ("1965432109876543210", "reactions", 9),
    }
    assert parsed.posts[0].published == dt.datetime(2025, 9, 6)
