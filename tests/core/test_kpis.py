"""KPI arithmetic: engagement rate, status boundaries, the linear forecast, month validation."""

from __future__ import annotations

import pytest

from app.core.domain import Kpi
from app.core.kpis import (
    ENGAGEMENT_RATE_FORMULA,
    Status,
    assess,
    check_monthly,
    engagement_rate,
    engagements,
    follower_tolerance,
    forecast,
    parse_monthly,
    project,
    status,
)


def test_engagement_rate_is_engagements_over_views() -> None:
    parts = {"reactions": 30, "comments": 5, "shares": 10, "saves": None, "clicks": 5}
    assert engagements(parts) == 50
    assert engagement_rate(50, 1000) == pytest.approx(0.05)
    assert engagement_rate(50, 0) is None
    assert engagement_rate(None, 1000) is None
    assert engagements({"views": 10}) is None
    assert ENGAGEMENT_RATE_FORMULA == "engagement rate = engagements ÷ views"


@pytest.mark.parametrize(
    ("projected", "expected"),
    [
        (100.0, Status.ON_TRACK),
        (130.0, Status.ON_TRACK),
        (99.99, Status.AT_RISK),
        (90.0, Status.AT_RISK),
        (89.99, Status.OFF_TRACK),
        (0.0, Status.OFF_TRACK),
    ],
)
def test_status_boundaries_higher_is_better(projected: float, expected: Status) -> None:
    assert status(Kpi.VIEWS, projected, 100.0) is expected


@pytest.mark.parametrize(
    ("hours", "expected"),
    [
        (6.0, Status.ON_TRACK),
        (2.0, Status.ON_TRACK),
        (0.0, Status.ON_TRACK),
        (6.5, Status.AT_RISK),
        (6.0 / 0.9, Status.AT_RISK),  # exactly 90 %
        (6.7, Status.OFF_TRACK),
    ],
)
def test_status_boundaries_lower_is_better(hours: float, expected: Status) -> None:
    assert status(Kpi.MEDIAN_FIRST_RESPONSE_HOURS, hours, 6.0) is expected


def test_projection_at_the_current_pace() -> None:
    # 10 items in 10 of 30 days: 30 by the month's end.
    assert project(Kpi.PUBLISHED_ITEMS, 10, 10, 30) == pytest.approx(30)
    # Followers: gained 100 since 1,000 in 1 of 3 months -> 1,300 at the quarter's end.
    assert project(Kpi.FOLLOWERS, 1100, 1, 3, start_value=1000) == pytest.approx(1300)
    assert project(Kpi.FOLLOWERS, 1100, 1, 3) == 1100
    assert project(Kpi.ENGAGEMENT_RATE, 0.04, 5, 30) == 0.04
    assert project(Kpi.VIEWS, 500, 0, 30) is None
    assert project(Kpi.VIEWS, 500, 45, 30) == 500  # elapsed capped at the period


def test_assess_says_whether_the_target_will_be_met() -> None:
    met = assess(Kpi.PUBLISHED_ITEMS, 10, 20, 15, 30)
    assert (met.projected, met.status, met.will_meet) == (20, Status.ON_TRACK, True)
    short = assess(Kpi.PUBLISHED_ITEMS, 9, 20, 15, 30)  # 18 of 20 = 90 %
    assert (short.status, short.will_meet) == (Status.AT_RISK, False)
    early = assess(Kpi.PUBLISHED_ITEMS, 0, 20, 0, 30)
    assert early.status is None and early.will_meet is None


def test_forecast_of_an_exact_line_continues_it() -> None:
    series = [100 + 5 * k for k in range(15)]  # last 12 used: 115 … 170
    result = forecast(series)
    assert result.available
    assert result.slope == pytest.approx(5)
    assert result.values == pytest.approx((175, 180, 185))
    assert "least-squares" in result.method


def test_forecast_skips_missing_months_but_keeps_their_place() -> None:
    result = forecast([10, None, 30, 40])
    assert result.values == pytest.approx((50, 60, 70))


def test_forecast_of_a_noisy_series_by_hand() -> None:
    # x = 0,1,2; y = 1,3,2: mean x 1, mean y 2, sxy = 1, sxx = 2 -> slope 0.5, intercept 1.5.
    result = forecast([1, 3, 2], horizon=2)
    assert (result.slope, result.intercept) == (pytest.approx(0.5), pytest.approx(1.5))
    assert result.values == pytest.approx((3.0, 3.5))


@pytest.mark.parametrize("series", [[], [5], [5, 6], [5, None, 6]])
def test_no_forecast_with_fewer_than_three_points(series: list[float | None]) -> None:
    result = forecast(series)
    assert not result.available
    assert result.values == ()
    assert "fewer than 3" in result.reason


def test_parse_reads_text_and_arabic_digits() -> None:
    parsed, problems = parse_monthly({"views": "1,200", "reach": "٣٤٥", "clicks": "", "saves": 7.0})
    assert problems == []
    assert parsed == {"views": 1200, "reach": 345, "clicks": None, "saves": 7}


def test_validation_messages_name_the_field() -> None:
    problems = check_monthly(
        {"views": -5, "reach": "12.5", "shares": "many", "likes": 3, "new_followers": -40}
    )
    messages = {p.field: p.message for p in problems}
    assert set(messages) == {"views", "reach", "shares", "likes"}  # a net loss is allowed
    assert messages["views"] == "views: must not be negative (got -5)"
    assert "whole number" in messages["reach"]
    assert messages["shares"] == "shares: not a number ('many')"
    assert "likes" in messages["likes"]


def test_engagements_must_cover_their_parts() -> None:
    parts = {"reactions": 40, "comments": 5, "shares": 5}
    assert check_monthly({**parts, "engagements": 50}) == []
    problems = check_monthly({**parts, "engagements": 49})
    assert [p.field for p in problems] == ["engagements"]
    assert "49 is less than the sum of its parts (50" in problems[0].message


def test_reach_cannot_exceed_views() -> None:
    assert [p.field for p in check_monthly({"views": 100, "reach": 101})] == ["reach"]
    assert check_monthly({"views": 100, "reach": 100}) == []


def test_followers_consistent_with_last_month_within_tolerance() -> None:
    previous = {"followers": 10_000}
    assert follower_tolerance(10_000) == 200
    assert follower_tolerance(100) == 10
    assert check_monthly({"followers": 10_500, "new_followers": 500}, previous) == []
    assert check_monthly({"followers": 10_300, "new_followers": 500}, previous) == []  # -200
    problems = check_monthly({"followers": 10_299, "new_followers": 500}, previous)
    assert [p.field for p in problems] == ["followers"]
    assert "10000 plus 500 new followers (10500; up to 200 apart" in problems[0].message
    assert check_monthly({"followers": 9_900, "new_followers": -100}, previous) == []
    # Nothing to compare with: no problem.
    assert check_monthly({"followers": 1, "new_followers": 500}, None) == []
    assert check_monthly({"followers": 1}, previous) == []
