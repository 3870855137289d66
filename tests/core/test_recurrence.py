"""Recurring posts: dates across daylight saving and month ends, ends required, a hard cap."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.recurrence import (
    MAX_OCCURRENCES,
    Recurrence,
    from_json,
    occurrences,
    to_json,
)

LONDON = "Europe/London"  # Asia/Amman has kept one offset since 2022; London still changes
LON = ZoneInfo(LONDON)


def local(*args: int, tz: ZoneInfo = LON) -> dt.datetime:
    return dt.datetime(*args, tzinfo=tz)


def days(result: list[dt.datetime]) -> list[dt.date]:
    return [d.date() for d in result]


def test_daily_keeps_the_wall_clock_time_across_spring_forward() -> None:
    # Clocks in London went forward on Sunday 29 March 2026, 01:00 UTC.
    result = occurrences(local(2026, 3, 27, 9, 0), Recurrence("daily", count=4), LONDON)
    assert [d.strftime("%Y-%m-%d %H:%M") for d in result] == [
        "2026-03-27 09:00",
        "2026-03-28 09:00",
        "2026-03-29 09:00",
        "2026-03-30 09:00",
    ]
    utc_hours = [d.astimezone(dt.UTC).hour for d in result]
    assert utc_hours == [9, 9, 8, 8]
    assert all(d.tzinfo is not None for d in result)


def test_weekly_keeps_the_wall_clock_time_across_fall_back() -> None:
    # Clocks went back on Sunday 25 October 2026.
    first = local(2026, 10, 18, 18, 30)
    result = occurrences(first, Recurrence("weekly", count=3), LONDON)
    assert days(result) == [dt.date(2026, 10, 18), dt.date(2026, 10, 25), dt.date(2026, 11, 1)]
    assert {(d.hour, d.minute) for d in result} == {(18, 30)}
    assert [d.astimezone(dt.UTC).hour for d in result] == [17, 18, 18]


def test_a_time_skipped_by_the_clock_change_moves_forward() -> None:
    result = occurrences(local(2026, 3, 28, 1, 30), Recurrence("daily", count=3), LONDON)
    assert [d.strftime("%d %H:%M %z") for d in result] == [
        "28 01:30 +0000",
        "29 02:30 +0100",  # 01:30 did not exist that night
        "30 01:30 +0100",
    ]


def test_an_ambiguous_time_takes_the_first() -> None:
    result = occurrences(local(2026, 10, 24, 1, 30), Recurrence("daily", count=2), LONDON)
    assert result[1].astimezone(dt.UTC) == dt.datetime(2026, 10, 25, 0, 30, tzinfo=dt.UTC)


def test_monthly_on_the_31st_falls_on_the_last_day_of_shorter_months() -> None:
    result = occurrences(local(2026, 1, 31, 10, 0), Recurrence("monthly", count=6), LONDON)
    assert days(result) == [
        dt.date(2026, 1, 31),
        dt.date(2026, 2, 28),
        dt.date(2026, 3, 31),  # back to the 31st, not stuck on the 28th
        dt.date(2026, 4, 30),
        dt.date(2026, 5, 31),
        dt.date(2026, 6, 30),
    ]
    assert {d.hour for d in result} == {10}


def test_monthly_in_a_leap_year_and_every_other_month_across_the_year() -> None:
    leap = occurrences(local(2024, 1, 30, 8, 0), Recurrence("monthly", count=2), LONDON)
    assert days(leap) == [dt.date(2024, 1, 30), dt.date(2024, 2, 29)]
    every_two = occurrences(
        local(2026, 11, 15, 8, 0), Recurrence("monthly", interval=2, count=3), LONDON
    )
    assert days(every_two) == [dt.date(2026, 11, 15), dt.date(2027, 1, 15), dt.date(2027, 3, 15)]


def test_chosen_weekdays() -> None:
    # 1 June 2026 is a Monday; repeat on Mondays and Wednesdays.
    result = occurrences(
        local(2026, 6, 1, 9, 0), Recurrence("weekdays", weekdays=(2, 0), count=5), LONDON
    )
    assert days(result) == [
        dt.date(2026, 6, 1),
        dt.date(2026, 6, 3),
        dt.date(2026, 6, 8),
        dt.date(2026, 6, 10),
        dt.date(2026, 6, 15),
    ]


def test_chosen_weekdays_every_other_week_from_a_day_not_chosen() -> None:
    # Tuesday 2 June 2026; Sundays and Thursdays every second week, counting from that week.
    result = occurrences(
        local(2026, 6, 2, 9, 0),
        Recurrence("weekdays", interval=2, weekdays=(3, 6), until=dt.date(2026, 6, 30)),
        LONDON,
    )
    assert days(result) == [
        dt.date(2026, 6, 2),  # the post itself comes first
        dt.date(2026, 6, 4),
        dt.date(2026, 6, 7),
        dt.date(2026, 6, 18),
        dt.date(2026, 6, 21),
    ]


def test_until_is_inclusive_in_the_workspace_zone() -> None:
    amman = ZoneInfo("Asia/Amman")
    # 23:30 in Amman is 20:30 UTC: the local date is what "until" compares.
    first = dt.datetime(2026, 6, 1, 23, 30, tzinfo=amman)
    result = occurrences(first, Recurrence("daily", until=dt.date(2026, 6, 3)), "Asia/Amman")
    assert days(result) == [dt.date(2026, 6, 1), dt.date(2026, 6, 2), dt.date(2026, 6, 3)]
    # the first given in UTC still counts in Amman's days
    same = occurrences(
        first.astimezone(dt.UTC), Recurrence("daily", until=dt.date(2026, 6, 3)), "Asia/Amman"
    )
    assert same == result


def test_count_wins_when_both_ends_are_given() -> None:
    rule = Recurrence("daily", count=2, until=dt.date(2026, 12, 31))
    assert len(occurrences(local(2026, 6, 1, 9), rule, LONDON)) == 2
    rule = Recurrence("daily", count=20, until=dt.date(2026, 6, 3))
    assert len(occurrences(local(2026, 6, 1, 9), rule, LONDON)) == 3


def test_an_end_is_required() -> None:
    with pytest.raises(ValueError, match="needs an end"):
        occurrences(local(2026, 6, 1, 9), Recurrence("daily"), LONDON)


def test_the_cap() -> None:
    full_year = occurrences(local(2026, 1, 1, 9), Recurrence("daily", count=366), LONDON)
    assert len(full_year) == MAX_OCCURRENCES
    with pytest.raises(ValueError, match="at most 366"):
        occurrences(local(2026, 1, 1, 9), Recurrence("daily", count=367), LONDON)
    with pytest.raises(ValueError, match="more than 366 posts"):
        occurrences(local(2026, 1, 1, 9), Recurrence("daily", until=dt.date(2028, 1, 1)), LONDON)
    # an end date far away is fine when the rule is sparse enough
    monthly = occurrences(
        local(2026, 1, 1, 9), Recurrence("monthly", until=dt.date(2036, 1, 1)), LONDON
    )
    assert len(monthly) == 121


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        (Recurrence("yearly", count=2), "unknown repetition 'yearly'"),
        (Recurrence("daily", interval=0, count=2), "at least 1"),
        (Recurrence("weekdays", count=2), "at least one weekday"),
        (Recurrence("weekly", weekdays=(7,), count=2), "0 \\(Monday\\) to 6"),
        (Recurrence("weekly", weekdays=(1, 1), count=2), "named twice"),
        (Recurrence("daily", weekdays=(1,), count=2), "takes no weekdays"),
        (Recurrence("daily", count=0), "at least 1"),
    ],
)
def test_bad_rules_are_refused_clearly(rule: Recurrence, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        occurrences(local(2026, 6, 1, 9), rule, LONDON)


def test_end_before_the_first_and_naive_first_are_refused() -> None:
    with pytest.raises(ValueError, match="before the first post"):
        occurrences(local(2026, 6, 1, 9), Recurrence("daily", until=dt.date(2026, 5, 31)), LONDON)
    with pytest.raises(ValueError, match="time zone"):
        occurrences(dt.datetime(2026, 6, 1, 9), Recurrence("daily", count=2), LONDON)


def test_json_round_trip_and_shape() -> None:
    rule = Recurrence("weekdays", interval=2, weekdays=(4, 0), until=dt.date(2026, 12, 31))
    data = to_json(rule)
    assert data == {
        "freq": "weekdays",
        "interval": 2,
        "weekdays": [0, 4],
        "until": "2026-12-31",
        "count": None,
    }
    assert from_json(data) == Recurrence("weekdays", 2, (0, 4), dt.date(2026, 12, 31), None)
    assert from_json(to_json(Recurrence("monthly", count=3))) == Recurrence("monthly", count=3)


@pytest.mark.parametrize(
    "data",
    [None, [], {"interval": 1}, {"freq": "daily"}, {"freq": "daily", "until": "31/12/2026"}],
)
def test_from_json_refuses_bad_data(data: object) -> None:
    with pytest.raises(ValueError):
        from_json(data)


@settings(max_examples=150, deadline=None)
@given(
    start=st.datetimes(min_value=dt.datetime(2024, 1, 1), max_value=dt.datetime(2030, 12, 31)),
    freq=st.sampled_from(["daily", "weekly", "monthly", "weekdays"]),
    interval=st.integers(1, 4),
    weekdays=st.sets(st.integers(0, 6), min_size=1, max_size=7),
    count=st.integers(1, 60),
)
def test_occurrences_properties(
    start: dt.datetime, freq: str, interval: int, weekdays: set[int], count: int
) -> None:
    first = start.replace(tzinfo=LON, second=0, microsecond=0)
    rule = Recurrence(
        freq, interval, tuple(weekdays) if freq in ("weekly", "weekdays") else (), None, count
    )
    result = occurrences(first, rule, LONDON)
    assert len(result) == count
    assert result[0] == first
    instants = [d.astimezone(dt.UTC) for d in result]
    assert instants == sorted(set(instants)), "strictly increasing, no duplicates"
    wall = (first.hour, first.minute)
    for moment in result[1:]:
        if (moment.hour, moment.minute) != wall:  # only a time the clock skipped moves
            naive = dt.datetime.combine(moment.date(), dt.time(*wall))
            assert naive.replace(tzinfo=LON).astimezone(dt.UTC).astimezone(LON).time() != (
                naive.time()
            )
        if freq in ("weekly", "weekdays"):
            assert moment.weekday() in weekdays
        if freq == "monthly":
            assert moment.day == first.day or moment.day < first.day
