"""Recurring posts: the rule the officer picks, and the dates it gives.

A :class:`Recurrence` repeats a post ``daily``, ``weekly``, ``monthly`` or on chosen
``weekdays``, every ``interval`` days/weeks/months, until a date (``until``, inclusive, in the
workspace's time zone) or for a number of occurrences (``count``, the first one included). One
of the two is required, and no rule gives more than :data:`MAX_OCCURRENCES` occurrences.

Occurrences keep the first one's wall-clock time in the workspace's time zone, across daylight
saving changes (09:00 stays 09:00 local, so its UTC time moves by an hour). A wall-clock time
that does not exist on a day (skipped by a spring-forward change) is moved forward by the gap;
an ambiguous one (repeated in autumn) takes its first occurrence.

Monthly rules repeat on the first occurrence's day of the month; in a month without that day
(the 31st in April, the 29th–31st in February) the occurrence falls on the month's last day, and
the following months return to the original day.

``weekly`` repeats on the first occurrence's weekday unless ``weekdays`` names others;
``weekdays`` repeats on the named weekdays (0 = Monday … 6 = Sunday) every ``interval`` weeks,
counting weeks from the first occurrence's week. The first occurrence is always the post itself,
even when its day is not one of the named weekdays.

Stored in ``posts.recurrence`` as JSON (:func:`to_json` / :func:`from_json`)::

    {"freq": "weekdays", "interval": 1, "weekdays": [0, 2], "until": "2026-12-31", "count": null}

``until`` is an ISO date or null, ``count`` a positive integer or null, ``weekdays`` a sorted
list of distinct integers 0–6 (empty for daily and monthly rules).
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

FREQUENCIES = ("daily", "weekly", "monthly", "weekdays")
MAX_OCCURRENCES = 366


@dataclass(frozen=True)
class Recurrence:
    """How a post repeats. Build through :meth:`validated` or check with :meth:`check`."""

    freq: str
    interval: int = 1
    weekdays: tuple[int, ...] = ()
    until: dt.date | None = None
    count: int | None = None

    def check(self) -> None:
        """Raise ValueError with a clear message when the rule cannot be used."""
        if self.freq not in FREQUENCIES:
            raise ValueError(
                f"unknown repetition {self.freq!r}: use one of {', '.join(FREQUENCIES)}"
            )
        if isinstance(self.interval, bool) or not isinstance(self.interval, int):
            raise ValueError("the interval must be a whole number")
        if self.interval < 1:
            raise ValueError("the interval must be at least 1")
        if any(
            isinstance(d, bool) or not isinstance(d, int) or not 0 <= d <= 6 for d in self.weekdays
        ):
            raise ValueError("weekdays are numbers from 0 (Monday) to 6 (Sunday)")
        if len(set(self.weekdays)) != len(self.weekdays):
            raise ValueError("a weekday is named twice")
        if self.freq == "weekdays" and not self.weekdays:
            raise ValueError("choose at least one weekday")
        if self.freq in ("daily", "monthly") and self.weekdays:
            raise ValueError(f"a {self.freq} repetition takes no weekdays")
        if self.until is None and self.count is None:
            raise ValueError("a repetition needs an end: an end date or a number of posts")
        if self.count is not None:
            if isinstance(self.count, bool) or not isinstance(self.count, int):
                raise ValueError("the number of posts must be a whole number")
            if self.count < 1:
                raise ValueError("the number of posts must be at least 1")
            if self.count > MAX_OCCURRENCES:
                raise ValueError(f"at most {MAX_OCCURRENCES} posts can repeat at once")
        if self.until is not None and not isinstance(self.until, dt.date):
            raise ValueError("the end date must be a date")

    def validated(self) -> Recurrence:
        """This rule, with weekdays sorted, after :meth:`check`."""
        self.check()
        return Recurrence(
            self.freq, self.interval, tuple(sorted(self.weekdays)), self.until, self.count
        )


def to_json(rule: Recurrence) -> dict[str, Any]:
    """The JSON object stored in ``posts.recurrence`` (shape in the module docstring)."""
    rule = rule.validated()
    return {
        "freq": rule.freq,
        "interval": rule.interval,
        "weekdays": list(rule.weekdays),
        "until": rule.until.isoformat() if rule.until else None,
        "count": rule.count,
    }


def from_json(data: Any) -> Recurrence:
    """The rule stored by :func:`to_json`; ValueError when ``data`` is not such an object."""
    if not isinstance(data, dict):
        raise ValueError("a repetition rule is a JSON object")
    try:
        until = data.get("until")
        rule = Recurrence(
            freq=data["freq"],
            interval=data.get("interval", 1),
            weekdays=tuple(data.get("weekdays") or ()),
            until=dt.date.fromisoformat(until) if until else None,
            count=data.get("count"),
        )
    except KeyError:
        raise ValueError("a repetition rule needs 'freq'") from None
    except (TypeError, ValueError) as exc:
        raise ValueError(f"bad repetition rule: {exc}") from None
    return rule.validated()


def _wall(day: dt.date, time: dt.time, zone: ZoneInfo) -> dt.datetime:
    """``day`` at wall-clock ``time`` in ``zone``; a skipped time moves forward by the gap."""
    local = dt.datetime.combine(day, time, tzinfo=zone)  # fold=0: the first of two
    round_trip = local.astimezone(dt.UTC).astimezone(zone)
    if round_trip.replace(tzinfo=None) != local.replace(tzinfo=None):
        # The time does not exist that day (spring forward): the UTC instant fold=0 maps to
        # lands after the gap, which is what we want.
        return round_trip
    return local


def _month_day(year: int, month: int, day: int) -> dt.date:
    return dt.date(year, month, min(day, calendar.monthrange(year, month)[1]))


def _days(first: dt.date, rule: Recurrence) -> list[dt.date]:
    """The local days of the occurrences, the first included, before the time is applied."""
    limit = rule.count if rule.count is not None else MAX_OCCURRENCES + 1
    until = rule.until
    days: list[dt.date] = [first]

    def done(day: dt.date) -> bool:
        return (until is not None and day > until) or len(days) >= limit

    if rule.freq == "daily":
        step = dt.timedelta(days=rule.interval)
        day = first + step
        while not done(day):
            days.append(day)
            day += step
    elif rule.freq == "monthly":
        n = 1
        while True:
            index = first.month - 1 + n * rule.interval
            day = _month_day(first.year + index // 12, index % 12 + 1, first.day)
            if done(day):
                break
            days.append(day)
            n += 1
    else:  # weekly or weekdays
        weekdays = sorted(rule.weekdays) if rule.weekdays else [first.weekday()]
        week_start = first - dt.timedelta(days=first.weekday())
        while True:
            stop = False
            for weekday in weekdays:
                day = week_start + dt.timedelta(days=weekday)
                if day <= first:
                    continue
                if done(day):
                    stop = True
                    break
                days.append(day)
            if stop:
                break
            week_start += dt.timedelta(weeks=rule.interval)
    return days


def occurrences(first: dt.datetime, rule: Recurrence, tz: str) -> list[dt.datetime]:
    """Every occurrence of ``rule`` starting with ``first`` (aware), as aware date-times in
    ``tz`` (an IANA name). ValueError for a naive ``first``, an invalid rule, an end date before
    the first occurrence, or a rule that would give more than :data:`MAX_OCCURRENCES`."""
    if first.tzinfo is None:
        raise ValueError("the first occurrence needs a time zone")
    rule = rule.validated()
    zone = ZoneInfo(tz)
    local_first = first.astimezone(zone)
    if rule.until is not None and rule.until < local_first.date():
        raise ValueError(
            f"the end date {rule.until.isoformat()} is before the first post "
            f"({local_first.date().isoformat()})"
        )
    days = _days(local_first.date(), rule)
    if len(days) > MAX_OCCURRENCES:
        raise ValueError(
            f"this repetition gives more than {MAX_OCCURRENCES} posts: "
            "choose an earlier end date or a number of posts"
        )
    wall_time = local_first.timetz().replace(tzinfo=None)
    return [local_first] + [_wall(day, wall_time, zone) for day in days[1:]]
