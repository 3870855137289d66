"""The column-mapping step (app.core.column_map): guessing by Arabic and English names, the
``--map`` argument, and parsing with the other daily parsers' validation."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.core.analytics import DailyFigure, ImportFailed, monthly_totals
from app.core.column_map import (
    ColumnMapping,
    guess_for_rows,
    guess_mapping,
    normalise,
    parse_with_mapping,
    table_of_text,
)

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "analytics"
D = dt.date


def test_names_compare_without_case_spacing_or_diacritics() -> None:
    assert normalise("  New_Followers ") == "new followers"
    assert normalise("الإعجَابات") == normalise("الاعجابات")
    assert normalise("مـرات  الظهور") == "مرات الظهور"


def test_guess_english_and_arabic_names_unknown_columns_ignored() -> None:
    header = ["DATE", "Impressions", "reach", "New followers", "Likes", "Link clicks", "Mood"]
    assert guess_mapping(header) == ColumnMapping(
        "DATE",
        {
            "Impressions": "views",
            "reach": "reach",
            "New followers": "new_followers",
            "Likes": "reactions",
            "Link clicks": "clicks",
        },
    )
    arabic = ["التاريخ", "المشاهدات", "الوصول", "التعليقات", "المشاركات", "النقرات", "ملاحظات"]
    guessed = guess_mapping(arabic)
    assert guessed is not None and guessed.date_column == "التاريخ"
    assert guessed.fields == {
        "المشاهدات": "views",
        "الوصول": "reach",
        "التعليقات": "comments",
        "المشاركات": "shares",
        "النقرات": "clicks",
    }


def test_guess_never_maps_a_running_total_or_one_field_twice() -> None:
    guessed = guess_mapping(["Date", "Followers", "Views", "Impressions"])
    assert guessed == ColumnMapping("Date", {"Views": "views"})  # Impressions would count twice


def test_guess_finds_the_date_by_content_or_gives_up() -> None:
    assert guess_mapping(["Day of year", "Views"], [["2026-09-01", "5"]]) == ColumnMapping(
        "Day of year", {"Views": "views"}
    )
    assert guess_mapping(["Name", "Views"], [["Ahmad", "5"]]) is None


def test_map_argument_round_trip_and_errors() -> None:
    mapping = ColumnMapping(
        "Date", {"Reactions, Comments and Shares": "reactions", "Reach": "reach"}
    )
    text = mapping.as_argument()
    assert text == "Date=date,Reactions, Comments and Shares=reactions,Reach=reach"
    assert ColumnMapping.from_argument(text) == mapping
    assert ColumnMapping.from_argument("Day=DATE, Views=views, Junk=ignore") == ColumnMapping(
        "Day", {"Views": "views"}
    )
    with pytest.raises(ValueError, match="exactly one column as date"):
        ColumnMapping.from_argument("Views=views")
    with pytest.raises(ValueError, match="unknown field 'followers'"):
        ColumnMapping.from_argument("Date=date,Followers=followers")
    with pytest.raises(ValueError, match="COLUMN=FIELD"):
        ColumnMapping.from_argument("Date=date,Views")
    with pytest.raises(ValueError, match="at least one"):
        ColumnMapping.from_argument("Date=date")


def test_the_english_sample_parses_to_hand_computed_months() -> None:
    rows = table_of_text((FIXTURES / "unknown_daily.csv").read_text(encoding="utf-8"))
    columns, mapping = guess_for_rows(rows)
    assert columns[0] == "Date" and "Followers" in columns
    assert mapping is not None and "Followers" not in mapping.fields  # a total, never a sum
    parsed = parse_with_mapping(rows, mapping)
    assert parsed.format == "mapped"
    assert (parsed.first_day, parsed.last_day) == (D(2026, 9, 1), D(2026, 10, 1))
    # Video views 200+d for d = 1..30; likes 20, comments 3, shares 2 a day; new followers d % 3.
    assert monthly_totals(parsed.daily)[D(2026, 9, 1)] == {
        "video_views": 6465,
        "reactions": 600,
        "comments": 90,
        "shares": 60,
        "new_followers": 30,
    }


def test_arabic_headers_and_arabic_indic_digits() -> None:
    text = (FIXTURES / "unknown_daily_ar.csv").read_text(encoding="utf-8-sig")
    rows = table_of_text(text)
    _columns, mapping = guess_for_rows(rows)
    assert mapping is not None
    parsed = parse_with_mapping(rows, mapping)
    assert monthly_totals(parsed.daily) == {
        D(2026, 8, 1): {
            "views": 31000,
            "reach": 24800,
            "new_followers": 62,
            "reactions": 1550,
            "comments": 155,
            "shares": 124,
            "clicks": 310,
        }
    }


def test_unmapped_fields_stay_absent_and_date_may_be_any_column() -> None:
    rows = [["Views", "Day", "Reach"], ["7", "2026/09/01", "5"], ["", "2026/09/02", "6"]]
    parsed = parse_with_mapping(rows, ColumnMapping("Day", {"Views": "views"}))
    assert parsed.daily == [DailyFigure(D(2026, 9, 1), "views", 7)]


def test_bad_rows_are_named_by_row_and_column_and_nothing_is_returned() -> None:
    text = (
        "Date,Views,Likes\n"
        "2026-09-01,10,1\n"
        "2026-09-02,ten,1\n"
        "2026-09-31,10,1\n"
        "2026-09-01,10,1\n"
        "2026-09-04,10,-2\n"
    )
    with pytest.raises(ImportFailed) as caught:
        parse_with_mapping(
            table_of_text(text), ColumnMapping("Date", {"Views": "views", "Likes": "reactions"})
        )
    found = [(p.row, p.column) for p in caught.value.problems]
    assert found == [(3, "Views"), (4, "Date"), (5, "Date"), (6, "Likes")]
    assert "already on row 2" in caught.value.problems[2].message
    assert "row 3, column 'Views'" in str(caught.value)


def test_a_mapping_naming_a_missing_column_is_refused() -> None:
    with pytest.raises(ImportFailed) as caught:
        parse_with_mapping([["Date", "Views"]], ColumnMapping("Date", {"Reach": "reach"}))
    [problem] = caught.value.problems
    assert (problem.row, problem.column) == (1, "Reach")
