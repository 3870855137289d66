"""Office hours: the deadline arithmetic of response-time targets (SPEC §5).

Worked examples on the default week (Sunday–Thursday 08:00–15:00) in Amman (UTC+3 all year),
days on which London's clocks change inside the office window, and properties checked by
hypothesis against each other and against a minute-by-minute reference.
"""

from __future__ import annotations

import datetime as dt
import statistics
import time
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from app.core.office_hours import (
    SUNDAY_TO_THURSDAY,
    OfficeHours,
    OfficeWeek,
    check_office_week,
    office_week_from_settings,
    office_week_to_settings,
    parse_time,
)

AMMAN = ZoneInfo("Asia/Amman")
LONDON = ZoneInfo("Europe/London")
H = dt.timedelta(hours=1)
# 2026: 1 November is a Sunday; Jordan's Independence Day, 25 May, is a Monday.
INDEPENDENCE_DAY = dt.date(2026, 5, 25)


def amman(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=AMMAN)


@pytest.fixture
def office() -> OfficeHours:
    return OfficeHours(holidays={INDEPENDENCE_DAY}, zone=AMMAN)


def test_defaults_are_sunday_to_thursday_eight_to_three() -> None:
    hours = OfficeHours()
    assert hours.workdays == SUNDAY_TO_THURSDAY == frozenset({6, 0, 1, 2, 3})
    assert (hours.start, hours.end) == (dt.time(8), dt.time(15))
    assert hours.zone is dt.UTC


def test_a_deadline_skips_the_weekend(office: OfficeHours) -> None:
    # Thursday 14:00 + 4 office hours: one on Thursday, three on Sunday.
    due = office.add_office_time(amman(2026, 11, 5, 14, 0), 4 * H)
    assert due == amman(2026, 11, 8, 11, 0)
    assert due.tzinfo is dt.UTC


@pytest.mark.parametrize(
    ("start", "expected", "why"),
    [
        (amman(2026, 11, 6, 10, 0), amman(2026, 11, 8, 9, 0), "Friday"),
        (amman(2026, 11, 7, 23, 0), amman(2026, 11, 8, 9, 0), "Saturday night"),
        (amman(2026, 11, 9, 16, 0), amman(2026, 11, 10, 9, 0), "after closing"),
        (amman(2026, 11, 9, 15, 0), amman(2026, 11, 10, 9, 0), "at closing"),
        (amman(2026, 11, 9, 6, 30), amman(2026, 11, 9, 9, 0), "before opening"),
        (amman(2026, 5, 25, 10, 0), amman(2026, 5, 26, 9, 0), "Independence Day (Monday)"),
        (amman(2026, 5, 21, 15, 30), amman(2026, 5, 24, 9, 0), "Thursday evening"),
    ],
)
def test_a_start_outside_office_hours_counts_from_the_next_opening(
    office: OfficeHours, start: dt.datetime, expected: dt.datetime, why: str
) -> None:
    assert office.add_office_time(start, H) == expected, why
    assert not office.is_open(start)
    opening = office.next_opening(start)
    assert opening == expected - H
    assert office.office_duration(start, opening) == dt.timedelta(0)


def test_a_deadline_on_a_closing_time_is_that_closing_time(office: OfficeHours) -> None:
    assert office.add_office_time(amman(2026, 11, 9, 8, 0), 7 * H) == amman(2026, 11, 9, 15, 0)
    assert office.add_office_time(
        amman(2026, 11, 9, 8, 0), 7 * H + dt.timedelta(microseconds=1)
    ) == amman(2026, 11, 10, 8, 0, 0) + dt.timedelta(microseconds=1)


def test_durations_count_only_office_time(office: OfficeHours) -> None:
    # Sunday 12:00 to Wednesday 16:00: 3 + 7 + 7 + 7 hours.
    assert office.office_duration(amman(2026, 11, 1, 12), amman(2026, 11, 4, 16)) == 24 * H
    # A whole week is five office days.
    assert office.office_duration(amman(2026, 11, 1), amman(2026, 11, 8)) == 35 * H
    # The week of Independence Day has four.
    assert office.office_duration(amman(2026, 5, 24), amman(2026, 5, 31)) == 28 * H
    assert office.office_duration(amman(2026, 11, 6, 9), amman(2026, 11, 7, 14)) == dt.timedelta(0)
    # Backwards or empty spans are zero.
    assert office.office_duration(amman(2026, 11, 4), amman(2026, 11, 1)) == dt.timedelta(0)


def test_time_left_is_negative_after_the_deadline(office: OfficeHours) -> None:
    due = amman(2026, 11, 9, 12, 0)
    assert office.office_time_left(amman(2026, 11, 9, 10, 0), due) == 2 * H
    assert office.office_time_left(amman(2026, 11, 10, 9, 0), due) == -(4 * H)
    # Past the deadline, but no office time since: zero, not positive.
    assert office.office_time_left(amman(2026, 11, 9, 15, 0) + H, amman(2026, 11, 9, 15)) == (
        dt.timedelta(0)
    )


def test_zero_negative_and_naive_input(office: OfficeHours) -> None:
    start = amman(2026, 11, 6, 10, 0)
    assert office.add_office_time(start, dt.timedelta(0)) == start
    with pytest.raises(ValueError, match="negative"):
        office.add_office_time(start, -H)
    with pytest.raises(ValueError, match="aware"):
        office.office_duration(dt.datetime(2026, 11, 1), start)
    with pytest.raises(ValueError, match="aware"):
        office.add_office_time(dt.datetime(2026, 11, 1), H)


def test_a_day_when_the_clocks_go_forward_inside_the_window_is_an_hour_shorter() -> None:
    # London, Sunday 29 March 2026: 01:00 GMT becomes 02:00 BST.
    hours = OfficeHours(range(7), dt.time(0, 30), dt.time(23, 0), zone=LONDON)
    day_start = dt.datetime(2026, 3, 29, 0, 0, tzinfo=LONDON)
    day_end = dt.datetime(2026, 3, 30, 0, 0, tzinfo=LONDON)
    assert hours.office_duration(day_start, day_end) == dt.timedelta(hours=21, minutes=30)
    # 21.5 h after 00:30 GMT is 23:00 BST, the closing time.
    opening = dt.datetime(2026, 3, 29, 0, 30, tzinfo=LONDON)
    assert hours.add_office_time(opening, dt.timedelta(hours=21, minutes=30)) == dt.datetime(
        2026, 3, 29, 22, 0, tzinfo=dt.UTC
    )


def test_a_day_when_the_clocks_go_back_inside_the_window_is_an_hour_longer() -> None:
    # London, Sunday 25 October 2026: 02:00 BST becomes 01:00 GMT.
    hours = OfficeHours(range(7), dt.time(0, 30), dt.time(23, 0), zone=LONDON)
    day_start = dt.datetime(2026, 10, 25, 0, 0, tzinfo=LONDON)
    day_end = dt.datetime(2026, 10, 26, 0, 0, tzinfo=LONDON)
    assert hours.office_duration(day_start, day_end) == dt.timedelta(hours=23, minutes=30)


def test_an_ordinary_week_across_a_change_keeps_its_wall_clock_hours() -> None:
    # The change happens at night: 08:00–15:00 is seven hours either side of it.
    hours = OfficeHours(zone=LONDON)
    start = dt.datetime(2026, 3, 26, 14, 0, tzinfo=LONDON)  # Thursday, GMT
    due = hours.add_office_time(start, 2 * H)
    assert due == dt.datetime(2026, 3, 29, 9, 0, tzinfo=LONDON)  # Sunday, BST
    assert due.astimezone(dt.UTC).hour == 8


def test_the_week_is_checked() -> None:
    with pytest.raises(ValueError, match="at least one day"):
        check_office_week([], dt.time(8), dt.time(15))
    with pytest.raises(ValueError, match="not after"):
        check_office_week([0], dt.time(15), dt.time(8))
    with pytest.raises(ValueError, match="not after"):
        OfficeHours([0], dt.time(9), dt.time(9))
    with pytest.raises(ValueError, match="weekday numbers"):
        check_office_week([7], dt.time(8), dt.time(15))
    with pytest.raises(ValueError, match="at least 1 hour"):
        office_week_from_settings({"start": "08:00", "end": "08:30"})
    assert OfficeHours([0], dt.time(8), dt.time(8, 30)).week.end == dt.time(8, 30)
    with pytest.raises(ValueError, match="holidays are dates"):
        OfficeHours(holidays=[dt.datetime(2026, 1, 1)])


def test_times_and_the_stored_form() -> None:
    assert parse_time("8:30") == dt.time(8, 30)
    assert parse_time(" 15:00 ") == dt.time(15)
    for bad in ("24:00", "8", "8:5", "eight", "", "08:60", "-1:00"):
        with pytest.raises(ValueError, match="time of day"):
            parse_time(bad)
    week = OfficeWeek(frozenset({5, 6, 0}), dt.time(9), dt.time(16, 30))
    stored = office_week_to_settings(week)
    assert stored == {"workdays": [0, 5, 6], "start": "09:00", "end": "16:30"}
    assert office_week_from_settings(stored) == week
    assert office_week_from_settings(None) == OfficeWeek()
    assert office_week_from_settings({"start": "07:00"}).start == dt.time(7)
    with pytest.raises(ValueError, match="unknown office hours keys"):
        office_week_from_settings({"days": [1]})
    with pytest.raises(ValueError, match="list of weekday"):
        office_week_from_settings({"workdays": "0123"})


def test_immutable_hashable_and_equal_by_value() -> None:
    a = OfficeHours(holidays={INDEPENDENCE_DAY}, zone=AMMAN)
    b = OfficeHours(holidays=[INDEPENDENCE_DAY], zone=AMMAN)
    assert a == b and hash(a) == hash(b)
    assert a != OfficeHours(zone=AMMAN)
    with pytest.raises(AttributeError):
        a.start = dt.time(9)  # type: ignore[misc]


def test_a_twelve_month_span_takes_well_under_a_millisecond() -> None:
    hours = OfficeHours(holidays={INDEPENDENCE_DAY}, zone=AMMAN)
    start, end = amman(2026, 1, 1, 9), amman(2027, 1, 1, 9)
    hours.office_duration(start, end)  # the day windows of the year, once
    samples = []
    for _ in range(30):
        began = time.perf_counter()
        hours.office_duration(start, end)
        hours.add_office_time(start, dt.timedelta(hours=1700))
        samples.append(time.perf_counter() - began)
    # Both walk the year day by day; about 0.15 ms together on the development machine.
    assert statistics.median(samples) < 0.001


# --- properties ----------------------------------------------------------------------------

ZONES = [dt.UTC, AMMAN, LONDON, ZoneInfo("America/New_York"), ZoneInfo("Australia/Lord_Howe")]
BASE = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)


@st.composite
def office_hours(draw: st.DrawFn) -> OfficeHours:
    zone = draw(st.sampled_from(ZONES))
    workdays = draw(st.frozensets(st.integers(0, 6), min_size=1))
    start_min = draw(st.integers(0, 23 * 60 + 58))
    end_min = draw(st.integers(start_min + 1, 23 * 60 + 59))
    holidays = draw(
        st.frozensets(st.dates(dt.date(2020, 1, 1), dt.date(2022, 12, 31)), max_size=40)
    )
    return OfficeHours(
        workdays,
        dt.time(start_min // 60, start_min % 60),
        dt.time(end_min // 60, end_min % 60),
        holidays,
        zone,
    )


instants = st.integers(0, 3 * 365 * 24 * 60).map(lambda m: BASE + dt.timedelta(minutes=m))
exact_instants = st.integers(0, 3 * 365 * 24 * 3600 * 10**6).map(
    lambda us: BASE + dt.timedelta(microseconds=us)
)
durations = st.integers(0, 600 * 3600 * 10**6).map(lambda us: dt.timedelta(microseconds=us))


def within_a_year(hours: OfficeHours, duration: dt.timedelta) -> bool:
    """Whether ``duration`` is at most 50 weeks of this office's time (a week with one minute
    of office time makes 600 h a lifetime away)."""
    day = dt.datetime.combine(dt.date.min, hours.end) - dt.datetime.combine(
        dt.date.min, hours.start
    )
    return duration <= 50 * len(hours.workdays) * day


PROPERTY_SETTINGS = settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


@PROPERTY_SETTINGS
@given(office_hours(), exact_instants, durations)
def test_the_deadline_is_exactly_the_duration_away(
    hours: OfficeHours, start: dt.datetime, duration: dt.timedelta
) -> None:
    assume(within_a_year(hours, duration))
    due = hours.add_office_time(start, duration)
    assert hours.office_duration(start, due) == duration
    # … and the earliest such instant.
    if duration:
        assert hours.office_duration(start, due - dt.timedelta(microseconds=1)) < duration


@PROPERTY_SETTINGS
@given(office_hours(), exact_instants, durations)
def test_a_start_outside_hours_gives_the_deadline_of_the_next_opening(
    hours: OfficeHours, start: dt.datetime, duration: dt.timedelta
) -> None:
    assume(dt.timedelta(0) < duration and within_a_year(hours, duration))
    opening = hours.next_opening(start)
    assert opening >= start
    assert hours.office_duration(start, opening) == dt.timedelta(0)
    assert hours.add_office_time(start, duration) == hours.add_office_time(opening, duration)
    if not hours.is_open(start):
        assert opening > start


@PROPERTY_SETTINGS
@given(office_hours(), exact_instants, exact_instants, exact_instants)
def test_durations_are_monotone_additive_and_at_most_the_calendar_time(
    hours: OfficeHours, a: dt.datetime, b: dt.datetime, c: dt.datetime
) -> None:
    a, b, c = sorted((a, b, c))
    ab, bc, ac = (
        hours.office_duration(a, b),
        hours.office_duration(b, c),
        hours.office_duration(a, c),
    )
    assert dt.timedelta(0) <= ab <= ac
    assert bc <= ac
    assert ac == ab + bc
    assert ac <= c - a


def reference_duration(hours: OfficeHours, start: dt.datetime, end: dt.datetime) -> dt.timedelta:
    """Minute by minute: each UTC minute whose start is inside the local window counts."""
    minutes = 0
    moment = start
    while moment < end:
        local = moment.astimezone(hours.zone)
        day = local.date()
        if (
            day.weekday() in hours.workdays
            and day not in hours.holidays
            and hours.start <= local.time().replace(fold=0) < hours.end
        ):
            minutes += 1
        moment += dt.timedelta(minutes=1)
    return dt.timedelta(minutes=minutes)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    office_hours().filter(lambda h: h.zone in (dt.UTC, AMMAN)),
    instants,
    st.integers(0, 4 * 24 * 60),
)
def test_durations_agree_with_a_minute_by_minute_count(
    hours: OfficeHours, start: dt.datetime, length: int
) -> None:
    # Zones without daylight saving in these years (a minute count cannot tell an ambiguous
    # local minute from its twin).
    end = start + dt.timedelta(minutes=length)
    assert hours.office_duration(start, end) == reference_duration(hours, start, end)
