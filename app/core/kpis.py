"""KPI arithmetic (SPEC §7): engagement rate, status against a target, a 3-month forecast and the
validation of a month's figures. Pure: no database, no Qt.

Rules, as the dashboard and the monthly report state them:

- **Engagement rate** = engagements ÷ views, where engagements = reactions + comments + shares +
  saves + clicks (the parts that were given). No views, no rate.
- **Status** of a KPI for a period: the figure so far is projected to the period's end at the
  current pace (:func:`project`), then compared with the target. Higher is better: on track when
  the projection reaches ≥ 100 % of the target, at risk from 90 % up to 100 %, off track below
  90 %. Lower is better (median first-response hours): the same thresholds on target ÷
  projection, i.e. on track when the projection is at or under the target, at risk up to
  target ÷ 0.9, off track above.
- **Forecast**: a linear least-squares trend fitted to the last 12 monthly points (x = 0, 1, …),
  extended 3 months. Fewer than 3 points: no forecast.
- **Follower consistency**: followers at month end should equal the previous month end plus the
  month's new followers (a net change, which may be negative); a difference up to
  max(10, 2 % of the previous month-end figure) either way is accepted, for unfollows not netted
  out of the new followers and for the platforms' own rounding.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from app.core.analytics import MAX_FIGURE
from app.core.domain import Kpi

ENGAGEMENT_RATE_FORMULA = "engagement rate = engagements ÷ views"
ENGAGEMENT_RATE_FORMULA_AR = "معدل التفاعل = التفاعلات ÷ المشاهدات"
ENGAGEMENT_PARTS = ("reactions", "comments", "shares", "saves", "clicks")
# Every field of a month's figures; all are counts (whole numbers).
COUNT_FIELDS = (
    "followers",
    "new_followers",
    "views",
    "reach",
    *ENGAGEMENT_PARTS,
    "video_views",
)
# Checked when given, not stored: MonthlyMetric keeps the parts only.
CHECK_ONLY_FIELDS = ("engagements",)
# new_followers is a net change: a month with more unfollows than follows is negative.
SIGNED_FIELDS = frozenset({"new_followers"})

ON_TRACK_RATIO = 1.0
AT_RISK_RATIO = 0.9
STATUS_RULE = (
    "on track when the current pace projects ≥ 100 % of the target, at risk 90–100 %, "
    "off track below 90 % (lower-is-better KPIs: target ÷ projection)"
)
LOWER_IS_BETTER = frozenset({Kpi.MEDIAN_FIRST_RESPONSE_HOURS})
# Summed over the period, so the pace scales them to the whole period.
CUMULATIVE = frozenset({Kpi.VIEWS, Kpi.PUBLISHED_ITEMS})

FORECAST_WINDOW = 12
FORECAST_HORIZON = 3
FORECAST_MIN_POINTS = 3
FORECAST_METHOD = (
    "linear least-squares trend over the last 12 months, extended 3 months "
    "(no forecast with fewer than 3 months)"
)

FOLLOWER_TOLERANCE_MIN = 10
FOLLOWER_TOLERANCE_SHARE = 0.02


class Status(StrEnum):
    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    OFF_TRACK = "off_track"


def engagements(values: Mapping[str, int | None]) -> int | None:
    """The sum of the engagement parts given; None when none is given."""
    parts = [values.get(name) for name in ENGAGEMENT_PARTS]
    given = [p for p in parts if p is not None]
    return sum(given) if given else None


def engagement_rate(engagement_count: int | None, views: int | None) -> float | None:
    """engagements ÷ views as a ratio (0.035 is 3.5 %); None without engagements or views."""
    if engagement_count is None or not views:
        return None
    return engagement_count / views


def project(
    kpi: Kpi,
    value: float,
    elapsed: float,
    total: float,
    start_value: float | None = None,
) -> float | None:
    """``value`` (the figure so far) carried to the period's end at the current pace.

    ``elapsed`` and ``total`` are in the same unit (days, or months of figures). Cumulative KPIs
    (views, published items) scale by total ÷ elapsed; followers extend the gain since
    ``start_value`` the same way (no start value: the figure itself); rates (engagement rate,
    median first-response hours) are their current value. None before anything has elapsed.
    """
    if total <= 0 or elapsed <= 0:
        return None
    elapsed = min(elapsed, total)
    if kpi in CUMULATIVE:
        return value * total / elapsed
    if kpi == Kpi.FOLLOWERS and start_value is not None:
        return start_value + (value - start_value) * total / elapsed
    return value


def status(kpi: Kpi, projected: float | None, target: float) -> Status | None:
    """The status of a projection against a target (see the module's rules); None without a
    projection."""
    if projected is None:
        return None
    ratio = attainment(kpi, projected, target)
    if ratio >= ON_TRACK_RATIO:
        return Status.ON_TRACK
    if ratio >= AT_RISK_RATIO:
        return Status.AT_RISK
    return Status.OFF_TRACK


def attainment(kpi: Kpi, projected: float, target: float) -> float:
    """projection ÷ target (lower is better: target ÷ projection); a zero denominator counts as
    fully met."""
    if kpi in LOWER_IS_BETTER:
        return float("inf") if projected <= 0 else target / projected
    return float("inf") if target <= 0 else projected / target


@dataclass(frozen=True)
class Assessment:
    kpi: Kpi
    value: float
    target: float
    projected: float | None
    status: Status | None

    @property
    def will_meet(self) -> bool | None:
        """Whether the period's target is met at the current pace; None when unknown."""
        return None if self.status is None else self.status is Status.ON_TRACK


def assess(
    kpi: Kpi,
    value: float,
    target: float,
    elapsed: float,
    total: float,
    start_value: float | None = None,
) -> Assessment:
    projected = project(kpi, value, elapsed, total, start_value)
    return Assessment(kpi, value, target, projected, status(kpi, projected, target))


@dataclass(frozen=True)
class Forecast:
    values: tuple[float, ...]  # the next months, empty when there is no forecast
    slope: float | None  # per month
    intercept: float | None
    method: str = FORECAST_METHOD
    reason: str = ""  # why there is no forecast

    @property
    def available(self) -> bool:
        return bool(self.values)


def forecast(series: Sequence[float | None], horizon: int = FORECAST_HORIZON) -> Forecast:
    """Fit y = a + b·x by least squares to the last 12 points of ``series`` (x = 0 … n−1, months
    without a figure (None) left out but keeping their place) and return the next ``horizon``
    values. Fewer than 3 points: no forecast, with the reason."""
    window = list(series)[-FORECAST_WINDOW:]
    points = [(float(x), float(y)) for x, y in enumerate(window) if y is not None]
    if len(points) < FORECAST_MIN_POINTS:
        return Forecast(
            (), None, None, reason=f"fewer than {FORECAST_MIN_POINTS} months of figures"
        )
    n = len(points)
    mean_x = sum(x for x, _ in points) / n
    mean_y = sum(y for _, y in points) / n
    sxx = sum((x - mean_x) ** 2 for x, _ in points)
    sxy = sum((x - mean_x) * (y - mean_y) for x, y in points)
    slope = sxy / sxx
    intercept = mean_y - slope * mean_x
    last = len(window) - 1
    values = tuple(intercept + slope * (last + k) for k in range(1, horizon + 1))
    return Forecast(values, slope, intercept)


# --- validation of a month's figures ---------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    field: str
    message: str  # English, naming the field

    def __str__(self) -> str:
        return self.message


def parse_monthly(values: Mapping[str, object]) -> tuple[dict[str, int | None], list[Problem]]:
    """The figures as whole numbers (None for blanks), and the problems found reading them:
    unknown fields, text that is not a number, fractions, negatives (new followers excepted)."""
    parsed: dict[str, int | None] = {}
    problems: list[Problem] = []
    known = (*COUNT_FIELDS, *CHECK_ONLY_FIELDS)
    for name, raw in values.items():
        if name not in known:
            problems.append(Problem(name, f"{name}: not a monthly figure Bayan keeps"))
            continue
        number, problem = _whole_number(name, raw)
        if problem:
            problems.append(problem)
            continue
        if number is not None and number < 0 and name not in SIGNED_FIELDS:
            problems.append(Problem(name, f"{name}: must not be negative (got {number})"))
            continue
        parsed[name] = number
    return parsed, problems


def _whole_number(name: str, raw: object) -> tuple[int | None, Problem | None]:
    number, problem = _read_whole_number(name, raw)
    if number is not None and abs(number) > MAX_FIGURE:
        # Beyond any account's figures, and beyond the database's 64-bit integers once summed.
        return None, Problem(name, f"{name}: too large (at most {MAX_FIGURE:,})")
    return number, problem


def _shown(raw: object) -> str:
    """A value for a message, cut to 40 characters."""
    text = repr(raw)
    return text if len(text) <= 40 else text[:40] + "…"


def _read_whole_number(name: str, raw: object) -> tuple[int | None, Problem | None]:
    if raw is None:
        return None, None
    if isinstance(raw, bool):
        return None, Problem(name, f"{name}: must be a whole number (got {_shown(raw)})")
    if isinstance(raw, int):
        return raw, None
    if isinstance(raw, float):
        if raw.is_integer():
            return int(raw), None
        return None, Problem(name, f"{name}: must be a whole number (got {raw})")
    if isinstance(raw, str):
        text = raw.strip().replace(",", "").replace("٬", "")
        if not text:
            return None, None
        if len(text) > 40:  # int() of thousands of digits is slow, then refused
            return None, Problem(name, f"{name}: too long for a figure ({_shown(raw)})")
        try:
            return int(text), None  # int() reads Arabic-Indic digits too
        except ValueError:
            pass
        try:
            as_float = float(text)
        except ValueError:
            return None, Problem(name, f"{name}: not a number ({_shown(raw)})")
        if as_float.is_integer():
            return int(as_float), None
        return None, Problem(name, f"{name}: must be a whole number (got {_shown(raw)})")
    return None, Problem(name, f"{name}: not a number ({_shown(raw)})")


def follower_tolerance(previous_followers: int) -> int:
    """max(10, 2 % of the previous month-end followers), rounded down."""
    return max(FOLLOWER_TOLERANCE_MIN, int(previous_followers * FOLLOWER_TOLERANCE_SHARE))


def check_monthly(
    values: Mapping[str, object], previous_month: Mapping[str, object] | None = None
) -> list[Problem]:
    """Every problem with one account's figures for a month (empty when they can be stored).

    ``previous_month`` holds the account's figures for the month before (its ``followers`` is
    what the follower consistency rule needs); None when there are none.
    """
    parsed, problems = parse_monthly(values)
    views, reach = parsed.get("views"), parsed.get("reach")
    if views is not None and reach is not None and reach > views:
        problems.append(
            Problem(
                "reach",
                f"reach: {reach} is more than views ({views}); reach counts "
                "people once, views count every showing",
            )
        )
    total = parsed.get("engagements")
    parts = engagements(parsed)
    if total is not None and parts is not None and total < parts:
        problems.append(
            Problem(
                "engagements",
                f"engagements: {total} is less than the sum of its parts ({parts}: "
                + " + ".join(ENGAGEMENT_PARTS)
                + ")",
            )
        )
    previous = None
    if previous_month is not None:
        previous, _ = _whole_number("followers", previous_month.get("followers"))
    followers, new = parsed.get("followers"), parsed.get("new_followers")
    if previous is not None and followers is not None and new is not None:
        expected = previous + new
        allowed = follower_tolerance(previous)
        if abs(followers - expected) > allowed:
            problems.append(
                Problem(
                    "followers",
                    f"followers: {followers} does not match last month's {previous} plus "
                    f"{new} new followers ({expected}; up to {allowed} apart is accepted)",
                )
            )
    return problems
