"""The dashboard's figures: this month's posts by state, open and overdue inquiries, the next
seven days, and the accounts' reminders (password rotations due or overdue, quarterly privacy
reviews).

Reads through :class:`app.store.fastread.FastReader` so the first screen needs no ORM.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple
from zoneinfo import ZoneInfo

from app.core.accounts import AccountFacts, reminders
from app.core.domain import OPEN_INQUIRY_STATUSES, InquiryStatus, PostState
from app.store.fastread import FastReader

UPCOMING_DAYS = 7
UPCOMING_LIMIT = 200
HIDDEN_UPCOMING_STATES = (PostState.WITHDRAWN.value, PostState.ARCHIVED.value)


class UpcomingItem(NamedTuple):
    kind: str  # "post", "event" or "quiet"
    starts_at: dt.datetime  # in the workspace's time zone
    ends_at: dt.datetime | None
    title_ar: str
    title_en: str
    state: str | None = None
    platforms: tuple[str, ...] = ()
    post_id: int | None = None
    detail: str = ""  # an event's kind or a quiet period's reason


class AccountReminder(NamedTuple):
    kind: str  # "rotation_due", "rotation_overdue" or "privacy_review"
    account_id: int
    platform: str
    handle: str
    due: dt.date


class DashboardFigures(NamedTuple):
    today: dt.date
    month_start: dt.date
    posts_by_state: dict[str, int]
    open_inquiries_by_status: dict[str, int]
    upcoming: list[UpcomingItem]
    reminders: tuple[AccountReminder, ...] = ()
    # Open inquiries still awaiting a first response past their deadline (office hours);
    # None when not counted (the first screen counts them just after it is shown).
    overdue_inquiries: int | None = 0

    @property
    def posts_this_month(self) -> int:
        return sum(self.posts_by_state.values())

    @property
    def open_inquiries(self) -> int:
        return sum(self.open_inquiries_by_status.values())

    @property
    def unanswered_inquiries(self) -> int:
        return self.open_inquiries_by_status.get(InquiryStatus.NEW.value, 0)


def _stored_utc(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text + "+00:00")


def month_bounds(day: dt.date, tz: ZoneInfo) -> tuple[dt.datetime, dt.datetime]:
    """The month holding ``day``, as aware local midnights [start, next start)."""
    start = dt.datetime(day.year, day.month, 1, tzinfo=tz)
    nxt = dt.datetime(day.year + day.month // 12, day.month % 12 + 1, 1, tzinfo=tz)
    return start, nxt


class DashboardService:
    def __init__(self, reader: FastReader, timezone: str) -> None:
        self._reader = reader
        self._tz = ZoneInfo(timezone)

    def figures(self, now: dt.datetime | None = None, *, overdue: bool = True) -> DashboardFigures:
        """This month's figures at ``now``; ``overdue=False`` leaves the overdue inquiries
        uncounted (None), for a first screen that counts them once it is up."""
        now = (now or dt.datetime.now(dt.UTC)).astimezone(self._tz)
        today = now.date()
        start, end = month_bounds(today, self._tz)
        by_state = self._reader.post_counts_by_state(start, end)
        ordered = {s.value: by_state.get(s.value, 0) for s in PostState}
        inquiries = self._reader.inquiry_counts_by_status(
            tuple(s.value for s in OPEN_INQUIRY_STATUSES)
        )
        return DashboardFigures(
            today=today,
            month_start=start.date(),
            posts_by_state=ordered,
            open_inquiries_by_status=inquiries,
            upcoming=self.upcoming(now),
            reminders=self.account_reminders(today),
            overdue_inquiries=self.overdue_inquiries(now) if overdue else None,
        )

    def overdue_inquiries(self, now: dt.datetime) -> int:
        """Open inquiries awaiting a first response past their deadline: a binary search per
        kind over their receipt times (app.core.inquiries.overdue_count), so a few deadline
        computations however long the backlog."""
        rows = self._reader.awaiting_inquiries(tuple(s.value for s in OPEN_INQUIRY_STATUSES))
        if not rows:
            return 0
        from app.core.inquiries import overdue_count

        targets, hours = self._reader.inquiry_rules(self._tz.key)
        return overdue_count(rows, targets, hours, now, _stored_utc)

    def upcoming(self, now: dt.datetime) -> list[UpcomingItem]:
        """Posts, events and quiet periods from today's start to the end of the 7th day
        (events and quiet periods already under way included, with their real start)."""
        local = now.astimezone(self._tz)
        start = dt.datetime(local.year, local.month, local.day, tzinfo=self._tz)
        end = start + dt.timedelta(days=UPCOMING_DAYS)
        tz = self._tz
        items = [
            UpcomingItem("quiet", s.astimezone(tz), e.astimezone(tz), ar, en, detail=why)
            for ar, en, s, e, why in self._reader.quiet_periods_overlapping(start, end)
        ]
        items += [
            UpcomingItem("event", s.astimezone(tz), e.astimezone(tz), ar, en, detail=kind)
            for ar, en, s, e, kind in self._reader.events_overlapping(start, end)
        ]
        items += [
            UpcomingItem("post", at.astimezone(tz), None, title, title, state, tuple(pl), pid)
            for pid, title, at, state, pl in self._reader.posts_between(
                start, end, HIDDEN_UPCOMING_STATES, UPCOMING_LIMIT
            )
        ]
        items.sort(key=lambda item: (item.starts_at, item.kind != "quiet"))
        return items

    def account_reminders(self, today: dt.date) -> tuple[AccountReminder, ...]:
        """Rotations overdue or due within 14 days and privacy reviews due, earliest first."""
        rows = self._reader.account_reminder_rows()
        names = {row[0]: (row[1], row[2]) for row in rows}
        facts = [
            AccountFacts(
                account_id=aid,
                password_changed_on=changed,
                rotation_days=days,
                privacy_reviewed_on=reviewed,
            )
            for aid, _platform, _handle, changed, days, reviewed in rows
        ]
        return tuple(
            AccountReminder(r.kind, r.account_id, *names[r.account_id], r.due)
            for r in reminders(facts, today)
        )
