"""The calendar's reading side: which days a view shows, and the posts, events and quiet periods
that fall on them, in the workspace's time zone.

Reads through :class:`app.store.fastread.FastReader` (one indexed query for the posts of the
whole visible range, one each for events and quiet periods), because switching months has to take
less than a frame (SPEC "Quality bars": under 16 ms on 50,000 posts). Writing (rescheduling a
post) goes through :class:`app.services.posts.PostService`; this module only works out the new
time: the same local time of day on the new day.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections.abc import Callable
from operator import itemgetter
from typing import TYPE_CHECKING, Any, NamedTuple
from zoneinfo import ZoneInfo

from app.core.months import month_start

if TYPE_CHECKING:
    from app.core.filters import PostFilter
    from app.store.fastread import FastReader

VIEWS = ("month", "week", "agenda")
_DAY = dt.timedelta(days=1)
_UTC = dt.UTC
_SCHEDULED = itemgetter(1)


def _stored_utc(value: dt.datetime) -> str:
    """An aware date-time as the text SQLite holds (as ``app.store.fastread.sql_utc``), without
    ``strftime``, which imports a module on every call: this runs for every day shown."""
    return value.astimezone(_UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


# --- the days a view shows ----------------------------------------------------------------------


def week_first_day(day: dt.date, week_start: int) -> dt.date:
    """The first day (``week_start``: 0 Monday … 6 Sunday) of the week holding ``day``."""
    return day - dt.timedelta(days=(day.weekday() - week_start) % 7)


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day of the month ``months`` later, kept inside shorter months (31 Jan → 28 Feb)."""
    first = month_start(day, months)
    last = month_start(day, months + 1) - _DAY
    return first.replace(day=min(day.day, last.day))


def view_range(view: str, day: dt.date, week_start: int) -> tuple[dt.date, dt.date]:
    """The first and last day (inclusive) a view shows around ``day``.

    Month: the whole weeks that hold the month's days (four to six weeks). Week: the week holding
    ``day``. Agenda: the days of ``day``'s month.
    """
    if view == "week":
        first = week_first_day(day, week_start)
        return first, first + 6 * _DAY
    start = month_start(day)
    end = month_start(day, 1) - _DAY
    if view == "agenda":
        return start, end
    if view != "month":
        raise ValueError(f"unknown calendar view {view!r} (use one of: {', '.join(VIEWS)})")
    first = week_first_day(start, week_start)
    return first, week_first_day(end, week_start) + 6 * _DAY


def step(view: str, day: dt.date, forward: bool) -> dt.date:
    """The day to show after "next" (or "previous"): a month away, or a week in the week view."""
    if view == "week":
        return day + (7 if forward else -7) * _DAY
    return add_months(day, 1 if forward else -1)


# --- what is on the days --------------------------------------------------------------------------


class CalendarPost(NamedTuple):
    """A post as the calendar shows it: the query's row as it comes, decoded on demand (a month
    of the large workspace holds over a thousand posts, and only a few a day are painted)."""

    id: int
    title: str
    title_en: str
    scheduled_at: str  # UTC, as stored (see app.store.fastread.sql_utc)
    state: str
    platforms_text: str | None  # platform names joined by commas
    campaign_id: int | None
    pillar_id: int | None

    def display_title(self, english: bool) -> str:
        """The title in the UI language: the English title when there is one, else the title."""
        return self.title_en if english and self.title_en else self.title

    @property
    def platforms(self) -> list[str]:
        return self.platforms_text.split(",") if self.platforms_text else []

    def at(self, tz: dt.tzinfo) -> dt.datetime:
        """When it is scheduled, in the time zone ``tz``."""
        return dt.datetime.fromisoformat(self.scheduled_at).replace(tzinfo=_UTC).astimezone(tz)


class Band(NamedTuple):
    """An event or a quiet period, over the local days it touches (both inclusive)."""

    kind: str  # "event" or "quiet"
    name_ar: str
    name_en: str
    detail: str  # the event's kind or the quiet period's reason
    first_day: dt.date
    last_day: dt.date
    starts_at: dt.datetime  # local
    ends_at: dt.datetime  # local

    def name(self, english: bool) -> str:
        if english:
            return self.name_en or self.name_ar
        return self.name_ar or self.name_en


# A post's place on the calendar: (id, scheduled_at as stored, state).
Slot = tuple[int, str, str]


class CalendarData:
    """What a range of days holds. Every post's slot (id, time, state) is read at once; a
    post's details (title, platforms …) when first asked for, and for many posts in one query
    (:meth:`prefetch`): a month view draws only the first few posts of each day."""

    def __init__(
        self,
        first_day: dt.date,
        last_day: dt.date,
        slots_by_day: dict[dt.date, list[Slot]],
        bands: list[Band],
        fetch: Callable[[list[int]], list[CalendarPost]],
    ) -> None:
        self.first_day = first_day
        self.last_day = last_day  # inclusive
        self.slots_by_day = slots_by_day
        self.bands = bands
        self.post_count = sum(len(slots) for slots in slots_by_day.values())
        self.details: dict[int, CalendarPost] = {}
        self._fetch = fetch

    def prefetch(self, per_day: int | None = None) -> None:
        """Read the details of the first ``per_day`` posts of every day (all when None)."""
        missing = [
            slot[0]
            for slots in self.slots_by_day.values()
            for slot in (slots if per_day is None else slots[:per_day])
            if slot[0] not in self.details
        ]
        self._read(missing)

    def _read(self, ids: list[int]) -> None:
        if ids:
            for post in self._fetch(ids):
                self.details[post.id] = post

    def posts_on(self, day: dt.date, limit: int | None = None) -> list[CalendarPost]:
        """The posts of ``day`` in time order (the first ``limit`` of them), with details."""
        slots = self.slots_by_day.get(day, [])
        if limit is not None:
            slots = slots[:limit]
        details = self.details
        self._read([slot[0] for slot in slots if slot[0] not in details])
        # A post deleted since its slot was read has no details: left out.
        return [details[slot[0]] for slot in slots if slot[0] in details]

    def count_on(self, day: dt.date) -> int:
        return len(self.slots_by_day.get(day, ()))

    def states_on(self, day: dt.date) -> dict[str, int]:
        counts: dict[str, int] = {}
        for _id, _at, state in self.slots_by_day.get(day, ()):
            counts[state] = counts.get(state, 0) + 1
        return counts

    def day_of(self, post_id: int) -> dt.date | None:
        for day, slots in self.slots_by_day.items():
            if any(slot[0] == post_id for slot in slots):
                return day
        return None

    def find(self, post_id: int) -> CalendarPost | None:
        """A shown post, with its details; None when it is not in the range (or the filter)."""
        if post_id not in self.details:
            if self.day_of(post_id) is None:
                return None
            self._read([post_id])
        return self.details.get(post_id)

    @property
    def posts_by_day(self) -> dict[dt.date, list[CalendarPost]]:
        """Every post with its details, by day (reads all the details)."""
        self.prefetch(None)
        return {day: self.posts_on(day) for day in self.slots_by_day}

    def bands_on(self, day: dt.date) -> list[Band]:
        return [b for b in self.bands if b.first_day <= day <= b.last_day]

    @property
    def days(self) -> list[dt.date]:
        count = (self.last_day - self.first_day).days + 1
        return [self.first_day + i * _DAY for i in range(count)]


class CalendarService:
    """Reads what a calendar view shows, in the workspace's time zone."""

    def __init__(self, reader: FastReader, timezone: str) -> None:
        self._reader = reader
        self.tz = ZoneInfo(timezone)

    def week_start(self) -> int:
        return self._reader.week_start()

    def today(self, now: dt.datetime | None = None) -> dt.date:
        return (now or dt.datetime.now(_UTC)).astimezone(self.tz).date()

    def local_bounds(
        self, first_day: dt.date, last_day: dt.date
    ) -> tuple[dt.datetime, dt.datetime]:
        """[first day's local midnight, the midnight after the last day) as aware date-times."""
        end = last_day + _DAY
        return (
            dt.datetime(first_day.year, first_day.month, first_day.day, tzinfo=self.tz),
            dt.datetime(end.year, end.month, end.day, tzinfo=self.tz),
        )

    def load(
        self, first_day: dt.date, last_day: dt.date, post_filter: PostFilter | None = None
    ) -> CalendarData:
        """The posts (filtered), events and quiet periods of the days first_day…last_day: one
        query for the posts' slots, details read as they are needed."""
        start, end = self.local_bounds(first_day, last_day)
        rows = self._reader.calendar_slots(start, end, post_filter)
        by_day: dict[dt.date, list[Slot]] = {}
        # The rows come in time order: cut them at each local midnight, compared as stored text
        # (no date-time is decoded for a post that is not drawn).
        lo = 0
        day = first_day
        while lo < len(rows) and day <= last_day:
            day_end = _stored_utc(self.local_bounds(day, day)[1])
            hi = bisect_left(rows, day_end, lo, key=_SCHEDULED)
            if hi > lo:
                by_day[day] = rows[lo:hi]
            lo = hi
            day += _DAY
        bands = [
            self._band("quiet", span) for span in self._reader.quiet_periods_overlapping(start, end)
        ]
        bands += [self._band("event", span) for span in self._reader.events_overlapping(start, end)]
        bands.sort(key=lambda b: (b.first_day, b.kind != "quiet", -(b.last_day - b.first_day)))
        return CalendarData(first_day, last_day, by_day, bands, self.details)

    def details(self, ids: list[int]) -> list[CalendarPost]:
        """The calendar's details of the posts ``ids``."""
        return [CalendarPost._make(row) for row in self._reader.calendar_details(ids)]

    def _band(self, kind: str, span: tuple[str, str, dt.datetime, dt.datetime, str]) -> Band:
        name_ar, name_en, starts, ends, detail = span
        local_start = starts.astimezone(self.tz)
        local_end = ends.astimezone(self.tz)
        # An end at midnight belongs to the day before; an instant still covers its own day.
        last_moment = (
            local_end - dt.timedelta(microseconds=1) if local_end > local_start else local_end
        )
        return Band(
            kind,
            name_ar,
            name_en,
            detail,
            local_start.date(),
            last_moment.date(),
            local_start,
            local_end,
        )

    def moved_to(self, at: dt.datetime, day: dt.date) -> dt.datetime:
        """``at`` moved to ``day`` at the same local time of day, as an aware UTC date-time."""
        local = at.astimezone(self.tz)
        moved = dt.datetime(
            day.year,
            day.month,
            day.day,
            local.hour,
            local.minute,
            local.second,
            local.microsecond,
            tzinfo=self.tz,
        )
        return moved.astimezone(_UTC)


# --- the Hijri date -----------------------------------------------------------------------------


_gregorian: Any = None  # hijridate's Gregorian, imported on first use


class HijriDate(NamedTuple):
    year: int
    month: int
    day: int
    month_name_ar: str
    month_name_en: str


def hijri(day: dt.date) -> HijriDate | None:
    """The Umm al-Qura (Hijri) date of a Gregorian day, or None outside hijridate's range
    (1924–2077)."""
    global _gregorian
    if _gregorian is None:
        from hijridate import Gregorian

        _gregorian = Gregorian
    try:
        h = _gregorian(day.year, day.month, day.day).to_hijri()
    except (OverflowError, ValueError):
        return None
    return HijriDate(h.year, h.month, h.day, h.month_name("ar"), h.month_name("en"))
