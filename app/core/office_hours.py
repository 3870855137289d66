"""Office hours: counting time inside the working week, for response-time targets (SPEC §5).

An :class:`OfficeHours` is the working week (Python weekday numbers, 0 Monday … 6 Sunday; by
default Sunday to Thursday), the daily opening and closing time on the wall clock (08:00–15:00
by default), the public holidays, and the workspace's time zone. Each office day's window is
[opening, closing) of that local date, taken to absolute (UTC) time through the zone, so a day on
which daylight saving time changes inside the window is an hour shorter or longer, and every
duration here is real elapsed time.

- :meth:`OfficeHours.office_duration` is the office time between two instants;
- :meth:`OfficeHours.add_office_time` is the deadline: the earliest instant by which the given
  office time has passed (a start on a weekend, a holiday or outside the hours therefore counts
  from the next opening; a deadline that falls exactly on a closing time is that closing time);
- both walk whole days, never minutes; each day's window is worked out once per zone and hours
  and kept (a 12-month span: about 0.6 ms the first time, under 0.1 ms after).

Pure: no I/O. Imported on the dashboard's start path, so no dataclasses here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any, NamedTuple

SUNDAY_TO_THURSDAY: frozenset[int] = frozenset({6, 0, 1, 2, 3})
DEFAULT_OPENING = dt.time(8, 0)
DEFAULT_CLOSING = dt.time(15, 0)
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

_ZERO = dt.timedelta(0)
_UTC = dt.UTC
# The shortest office day the settings accept: with the longest target (500 office hours, see
# app.core.inquiries) a deadline then stays within MAX_SPAN_DAYS even for a one-day week.
MIN_OFFICE_DAY = dt.timedelta(hours=1)
# A deadline further than this from its start is refused rather than searched for day by day.
MAX_SPAN_DAYS = 20 * 366
_CACHE_LIMIT = 50_000  # cached day windows per zone and hours before that cache starts afresh

Window = tuple[dt.datetime, dt.datetime]  # aware UTC [opening, closing)
_SHARED_WINDOWS: dict[tuple[dt.tzinfo, dt.time, dt.time], dict[int, Window]] = {}


class OfficeWeek(NamedTuple):
    """The part of the office hours the officer edits in Settings (holidays are a table)."""

    workdays: frozenset[int] = SUNDAY_TO_THURSDAY
    start: dt.time = DEFAULT_OPENING
    end: dt.time = DEFAULT_CLOSING


def check_office_week(
    workdays: Iterable[int], start: dt.time, end: dt.time, min_day: dt.timedelta = _ZERO
) -> OfficeWeek:
    """The week as an :class:`OfficeWeek`; ValueError (plain English) when it cannot be used.
    ``min_day``: the shortest office day allowed (the settings ask for an hour)."""
    days = frozenset(workdays)
    if any(not isinstance(d, int) or isinstance(d, bool) or not 0 <= d <= 6 for d in days):
        raise ValueError("workdays are weekday numbers from 0 (Monday) to 6 (Sunday)")
    if not days:
        raise ValueError("the office must be open on at least one day of the week")
    for label, value in (("opening", start), ("closing", end)):
        if not isinstance(value, dt.time) or value.tzinfo is not None:
            raise ValueError(f"the {label} time must be a wall-clock time such as 08:00")
    if end <= start:
        raise ValueError(
            f"the closing time {format_time(end)} is not after the opening time "
            f"{format_time(start)}"
        )
    day = dt.datetime.combine(dt.date.min, end) - dt.datetime.combine(dt.date.min, start)
    if day < min_day:
        raise ValueError(
            f"the office must be open at least {min_day.total_seconds() / 3600:g} hour(s) a day"
        )
    return OfficeWeek(days, start, end)


def parse_time(text: str) -> dt.time:
    """``"08:00"`` or ``"8:30"`` as a time; ValueError naming the text otherwise."""
    if isinstance(text, dt.time):
        return text
    value = str(text).strip()
    hours, sep, minutes = value.partition(":")
    if (
        sep
        and hours.isdecimal()  # not isdigit(): int() refuses "²"
        and minutes.isdecimal()
        and len(hours) <= 2
        and len(minutes) == 2
        and int(hours) < 24
        and int(minutes) < 60
    ):
        return dt.time(int(hours), int(minutes))
    raise ValueError(f"{value[:20]!r} is not a time of day such as 08:00")


def format_time(value: dt.time) -> str:
    return value.strftime("%H:%M") if not value.second else value.strftime("%H:%M:%S")


def office_week_from_settings(value: Mapping[str, Any] | None) -> OfficeWeek:
    """The stored setting ``{"workdays": [6, 0, 1, 2, 3], "start": "08:00", "end": "15:00"}``
    as a checked week; keys left out take their defaults; ValueError when it does not check."""
    if value is None:
        return OfficeWeek()
    if not isinstance(value, Mapping):
        raise ValueError("the office hours setting is not an object")
    unknown = set(value) - {"workdays", "start", "end"}
    if unknown:
        raise ValueError(f"unknown office hours keys: {', '.join(sorted(map(str, unknown)))}")
    workdays = value.get("workdays", sorted(SUNDAY_TO_THURSDAY))
    if isinstance(workdays, str | bytes) or not isinstance(workdays, Iterable):
        raise ValueError("workdays are a list of weekday numbers from 0 (Monday) to 6 (Sunday)")
    start = parse_time(value["start"]) if "start" in value else DEFAULT_OPENING
    end = parse_time(value["end"]) if "end" in value else DEFAULT_CLOSING
    return check_office_week(list(workdays), start, end, MIN_OFFICE_DAY)


def office_week_to_settings(week: OfficeWeek) -> dict[str, Any]:
    return {
        "workdays": sorted(week.workdays),
        "start": format_time(week.start),
        "end": format_time(week.end),
    }


class OfficeHours:
    """The working week, its daily hours, the public holidays and the time zone.

    Immutable after construction. ``zone`` is any tzinfo (a ``ZoneInfo`` in practice; UTC by
    default). Results are aware date-times in UTC.
    """

    __slots__ = ("_holiday_ordinals", "_windows", "end", "holidays", "start", "workdays", "zone")

    workdays: frozenset[int]
    start: dt.time
    end: dt.time
    holidays: frozenset[dt.date]
    zone: dt.tzinfo

    def __init__(
        self,
        workdays: Iterable[int] = SUNDAY_TO_THURSDAY,
        start: dt.time = DEFAULT_OPENING,
        end: dt.time = DEFAULT_CLOSING,
        holidays: Iterable[dt.date] = frozenset(),
        zone: dt.tzinfo = _UTC,
    ) -> None:
        week = check_office_week(workdays, start, end)
        days = frozenset(holidays)
        if any(not isinstance(d, dt.date) or isinstance(d, dt.datetime) for d in days):
            raise ValueError("holidays are dates")
        set_ = object.__setattr__
        set_(self, "workdays", week.workdays)
        set_(self, "start", week.start)
        set_(self, "end", week.end)
        set_(self, "holidays", days)
        set_(self, "zone", zone)
        set_(self, "_holiday_ordinals", frozenset(d.toordinal() for d in days))
        # Day windows depend on the zone and the hours only, so every OfficeHours with the same
        # ones shares them (the services make a new OfficeHours for each call).
        set_(self, "_windows", _SHARED_WINDOWS.setdefault((zone, week.start, week.end), {}))

    @classmethod
    def from_week(
        cls, week: OfficeWeek, holidays: Iterable[dt.date] = (), zone: dt.tzinfo = _UTC
    ) -> OfficeHours:
        return cls(week.workdays, week.start, week.end, holidays, zone)

    @property
    def week(self) -> OfficeWeek:
        return OfficeWeek(self.workdays, self.start, self.end)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("OfficeHours is immutable")

    def _key(self) -> tuple[object, ...]:
        return (self.workdays, self.start, self.end, self.holidays, self.zone)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, OfficeHours) and other._key() == self._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        days = ",".join(WEEKDAY_NAMES[d][:3] for d in sorted(self.workdays))
        return (
            f"OfficeHours({days} {format_time(self.start)}-{format_time(self.end)}, "
            f"{len(self.holidays)} holidays, {self.zone})"
        )

    # --- one day ---------------------------------------------------------------------------

    def is_office_day(self, day: dt.date) -> bool:
        return day.weekday() in self.workdays and day not in self.holidays

    def window(self, day: dt.date) -> Window | None:
        """The day's office window as aware UTC [opening, closing), None on a day off."""
        return self._window(day.toordinal())

    def _window(self, ordinal: int) -> Window | None:
        # date(1, 1, 1) (ordinal 1) is a Monday (weekday 0).
        if (ordinal + 6) % 7 not in self.workdays or ordinal in self._holiday_ordinals:
            return None
        windows = self._windows
        try:
            return windows[ordinal]
        except KeyError:
            pass
        day = dt.date.fromordinal(ordinal)
        zone = self.zone
        opening = dt.datetime.combine(day, self.start, zone).astimezone(_UTC)
        closing = dt.datetime.combine(day, self.end, zone).astimezone(_UTC)
        # A closing time inside a daylight-saving gap can land before an opening time inside
        # the same gap; such a day has no office time rather than a negative one.
        result = (opening, max(opening, closing))
        if len(windows) >= _CACHE_LIMIT:
            windows.clear()
        windows[ordinal] = result
        return result

    def _ordinal(self, moment: dt.datetime) -> int:
        return moment.astimezone(self.zone).toordinal()

    # --- spans -----------------------------------------------------------------------------

    def is_open(self, moment: dt.datetime) -> bool:
        """Whether ``moment`` (aware) is inside office hours."""
        instant = _aware(moment, "moment").astimezone(_UTC)
        window = self._window(self._ordinal(instant))
        return window is not None and window[0] <= instant < window[1]

    def next_opening(self, moment: dt.datetime) -> dt.datetime:
        """``moment`` itself (in UTC) when the office is open then, else the next opening."""
        instant = _aware(moment, "moment").astimezone(_UTC)
        ordinal = self._ordinal(instant)
        for offset in range(MAX_SPAN_DAYS):
            window = self._window(ordinal + offset)
            if window is not None and window[1] > instant and window[1] > window[0]:
                return max(window[0], instant)
        raise ValueError("no office day within twenty years")

    def office_duration(self, start: dt.datetime, end: dt.datetime) -> dt.timedelta:
        """The office time between two aware instants; zero when ``end`` is not after ``start``.

        O(days between them): one cached window per local date.
        """
        s = _aware(start, "start").astimezone(_UTC)
        e = _aware(end, "end").astimezone(_UTC)
        if e <= s:
            return _ZERO
        total = _ZERO
        window = self._window
        for ordinal in range(self._ordinal(s), self._ordinal(e) + 1):
            w = window(ordinal)
            if w is None:
                continue
            opening, closing = w
            if opening < s:
                opening = s
            if closing > e:
                closing = e
            if closing > opening:
                total += closing - opening
        return total

    def add_office_time(self, start: dt.datetime, duration: dt.timedelta) -> dt.datetime:
        """The earliest instant (aware UTC) by which ``duration`` of office time has passed
        since ``start``. A zero duration gives ``start`` itself; a negative one is refused."""
        s = _aware(start, "start").astimezone(_UTC)
        if not isinstance(duration, dt.timedelta):
            raise ValueError("the office time to add must be a timedelta")
        if duration < _ZERO:
            raise ValueError("the office time to add cannot be negative")
        if duration == _ZERO:
            return s
        remaining = duration
        first = self._ordinal(s)
        window = self._window
        for ordinal in range(first, first + MAX_SPAN_DAYS):
            w = window(ordinal)
            if w is None:
                continue
            opening, closing = w
            if opening < s:
                opening = s
            if closing <= opening:
                continue
            available = closing - opening
            if remaining <= available:
                return opening + remaining
            remaining -= available
        raise ValueError("the deadline is more than twenty years away")

    def office_time_left(self, now: dt.datetime, deadline: dt.datetime) -> dt.timedelta:
        """Office time from ``now`` to ``deadline``; negative (the office time since the
        deadline) once it has passed, and zero for a deadline passed outside office hours."""
        if now <= deadline:
            return self.office_duration(now, deadline)
        return -self.office_duration(deadline, now)


def _aware(value: dt.datetime, name: str) -> dt.datetime:
    if not isinstance(value, dt.datetime):
        raise ValueError(f"{name} must be a date-time")
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{name} must be an aware date-time (with its time zone)")
    return value
