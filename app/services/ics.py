"""The calendar as iCalendar (RFC 5545): posts, events and quiet periods, for calendar programs.

One VEVENT per post (``UID`` ``post-<id>@<workspace>``, stable across exports, so importing a
newer file updates rather than duplicates), with the start in UTC, the title and platforms as
the summary, the Arabic then the English text as the description, the state as ``STATUS``
(withdrawn → CANCELLED, approved and later → CONFIRMED, before approval → TENTATIVE) and the
platforms as ``CATEGORIES``. A post is a moment, shown as a 15-minute slot. Events and quiet
periods overlapping the range come as their own VEVENTs, whole days (``VALUE=DATE``) when they
run from midnight to midnight in the workspace's time zone, timed otherwise.

The GUI exports the calendar's visible range with its filters; ``bayan export-ics`` a range
of dates. The file is written beside its final name and renamed, so a failure leaves nothing.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from app import __version__
from app.core.domain import PostState
from app.core.filters import PostFilter
from app.errors import BayanError
from app.services.settings import (  # noqa: F401 (WORKSPACE_UID_KEY: was defined here)
    WORKSPACE_UID_KEY,
    keep_workspace_uid,
    workspace_uid,
)

if TYPE_CHECKING:
    from icalendar import Calendar
    from sqlalchemy.orm import Session, sessionmaker

POST_SLOT = dt.timedelta(minutes=15)
PRODID = f"-//Bayan//Bayan {__version__}//EN"

_STATUS = {
    PostState.DRAFT: "TENTATIVE",
    PostState.IN_REVIEW: "TENTATIVE",
    PostState.CHANGES_REQUESTED: "TENTATIVE",
    PostState.APPROVED: "CONFIRMED",
    PostState.PUBLISHED: "CONFIRMED",
    PostState.ARCHIVED: "CONFIRMED",
    PostState.WITHDRAWN: "CANCELLED",
}


class ExportError(BayanError):
    kind = "export"


@dataclass(frozen=True)
class IcsSummary:
    path: Path
    posts: int
    events: int
    quiet_periods: int


def ics_status(state: str) -> str:
    """The iCalendar ``STATUS`` of a post in ``state``."""
    try:
        return _STATUS[PostState(state)]
    except ValueError:
        return "TENTATIVE"


def day_range(first: dt.date, last: dt.date, tz: str) -> tuple[dt.datetime, dt.datetime]:
    """[midnight of ``first``, midnight after ``last``) in ``tz``, as aware UTC date-times."""
    if first > last:
        raise ExportError(f"the range starts ({first}) after it ends ({last})")
    zone = ZoneInfo(tz)
    start = dt.datetime.combine(first, dt.time(), tzinfo=zone).astimezone(dt.UTC)
    end = dt.datetime.combine(last + dt.timedelta(days=1), dt.time(), tzinfo=zone)
    return start, end.astimezone(dt.UTC)


def _whole_days(
    start: dt.datetime, end: dt.datetime, zone: ZoneInfo
) -> tuple[dt.date, dt.date] | None:
    local_start, local_end = start.astimezone(zone), end.astimezone(zone)
    midnight = dt.time()
    if local_start.time() == midnight and local_end.time() == midnight and local_end > local_start:
        return local_start.date(), local_end.date()
    return None


def build_calendar(
    session: Session,
    post_filter: PostFilter,
    *,
    tz: str,
    uid_domain: str,
    now: dt.datetime,
    include_bands: bool = True,
) -> tuple[Calendar, int, int, int]:
    """The VCALENDAR for ``post_filter`` (its dates bound the events and quiet periods too),
    with the counts of posts, events and quiet periods in it."""
    from icalendar import Calendar, Event
    from sqlalchemy import select

    from app.services.posts import filtered_posts
    from app.store.models import Event as EventRow
    from app.store.models import QuietPeriod

    zone = ZoneInfo(tz)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", "Bayan")
    calendar.add("x-wr-timezone", tz)

    posts = [p for p in filtered_posts(session, post_filter) if p.scheduled_at is not None]
    for post in posts:
        platforms = post.platforms
        title = post.title or post.title_en or f"Post {post.id}"
        event = Event()
        event.add("uid", f"post-{post.id}@{uid_domain}")
        event.add("dtstamp", now)
        event.add("dtstart", post.scheduled_at)
        event.add("dtend", post.scheduled_at + POST_SLOT)
        event.add("summary", f"{title} ({', '.join(platforms)})" if platforms else title)
        texts = [t for t in (post.text_ar, post.text_en) if t]
        if post.link and not any(post.link in t for t in texts):
            texts.append(post.link)
        description = "\n\n".join(texts)
        if description:
            event.add("description", description)
        event.add("status", ics_status(post.state))
        if platforms:
            event.add("categories", platforms)
        if post.link:
            event.add("url", post.link)
        event.add("last-modified", post.updated_at)
        event.add("x-bayan-state", post.state)
        calendar.add_component(event)

    events = quiet = 0
    if include_bands:

        def overlapping(model: type[EventRow] | type[QuietPeriod]):  # type: ignore[no-untyped-def]
            query = select(model).order_by(model.starts_at, model.id)
            if post_filter.end is not None:
                query = query.where(model.starts_at < post_filter.end)
            if post_filter.start is not None:
                query = query.where(model.ends_at > post_filter.start)
            return session.scalars(query)

        def timing(component: Event, start: dt.datetime, end: dt.datetime) -> None:
            days = _whole_days(start, end, zone)
            if days is not None:
                component.add("dtstart", days[0])
                component.add("dtend", days[1])
            else:
                component.add("dtstart", start)
                component.add("dtend", end)

        for row in overlapping(EventRow):
            component = Event()
            component.add("uid", f"event-{row.id}@{uid_domain}")
            component.add("dtstamp", now)
            timing(component, row.starts_at, row.ends_at)
            names = [n for n in (row.title_ar, row.title_en) if n]
            component.add("summary", " / ".join(names) or f"Event {row.id}")
            if row.location:
                component.add("location", row.location)
            if row.notes:
                component.add("description", row.notes)
            component.add("categories", ["event", row.kind])
            calendar.add_component(component)
            events += 1
        for row in overlapping(QuietPeriod):
            component = Event()
            component.add("uid", f"quiet-{row.id}@{uid_domain}")
            component.add("dtstamp", now)
            timing(component, row.starts_at, row.ends_at)
            names = [n for n in (row.name_ar, row.name_en) if n]
            component.add("summary", "Quiet period: " + (" / ".join(names) or str(row.id)))
            rule = (
                "Publishing allowed." if row.allows_publishing else "No publishing in this period."
            )
            component.add("description", rule)
            component.add("categories", ["quiet period", row.reason])
            component.add("transp", "TRANSPARENT")
            calendar.add_component(component)
            quiet += 1
    return calendar, len(posts), events, quiet


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder; on failure the
    temporary file is removed and any earlier file at ``path`` is left as it was."""
    path = Path(path)
    if path.is_dir():
        raise ExportError(f"cannot write {path}: it is a folder")
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent or ".")
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from exc
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temp_name, 0o644)
        os.replace(temp_name, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        if isinstance(exc, OSError):
            raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from exc
        raise


def export_ics(
    sessions: sessionmaker[Session],
    post_filter: PostFilter,
    path: Path,
    *,
    tz: str | None = None,
    clock: Callable[[], dt.datetime] | None = None,
    include_bands: bool = True,
) -> IcsSummary:
    """Write the posts passing ``post_filter`` (and the events and quiet periods of its date
    range) to ``path`` as an iCalendar file. ``tz`` defaults to the workspace's time zone."""
    from app.services.settings import SettingsService

    zone_name = tz or SettingsService(sessions).timezone()
    now = clock() if clock is not None else dt.datetime.now(dt.UTC)
    uid_domain, new_uid = workspace_uid(sessions)
    with sessions() as session:
        calendar, posts, events, quiet = build_calendar(
            session,
            post_filter,
            tz=zone_name,
            uid_domain=uid_domain,
            now=now,
            include_bands=include_bands,
        )
    write_atomically(Path(path), calendar.to_ical())
    if new_uid:
        keep_workspace_uid(sessions, uid_domain)
    return IcsSummary(Path(path), posts, events, quiet)
