"""Dashboard figures: this local month's posts by state, open inquiries, the next seven days."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from zoneinfo import ZoneInfo

import pytest

from app.core.domain import PostState
from app.services.dashboard import DashboardService, UpcomingItem, month_bounds
from app.services.workspace import OpenWorkspace
from app.store.fastread import FastReader
from app.store.models import Event, Inquiry, Post, PostVariant, QuietPeriod

AMMAN = "Asia/Amman"  # UTC+3 all year since 2022
NOW = dt.datetime(2026, 11, 24, 10, 0, tzinfo=dt.UTC)  # Tuesday 24 November, 13:00 in Amman


def utc(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=dt.UTC)


def local(*args: int, tz: str = AMMAN) -> dt.datetime:
    return dt.datetime(*args, tzinfo=ZoneInfo(tz))


def add_post(
    session, title: str, state: str, at: dt.datetime | None, platforms: tuple[str, ...] = ()
) -> None:
    post = Post(title=title, state=state, scheduled_at=at)
    post.variants = [PostVariant(platform=p) for p in platforms]
    session.add(post)


@pytest.fixture
def reader(workspace: OpenWorkspace) -> Iterator[FastReader]:
    reader = FastReader(workspace.workspace.db_path)
    yield reader
    reader.close()


@pytest.fixture
def amman_month(workspace: OpenWorkspace) -> OpenWorkspace:
    """Posts, events, quiet periods and inquiries around November 2026 in Amman."""
    assert ZoneInfo(AMMAN).utcoffset(dt.datetime(2026, 11, 30)) == dt.timedelta(hours=3), (
        "the time-zone data is older than Jordan's move to UTC+3 all year (2022)"
    )
    with workspace.sessions.begin() as s:
        # The local month is [2026-10-31 21:00 UTC, 2026-11-30 21:00 UTC).
        add_post(s, "first minute of November", "draft", utc(2026, 10, 31, 21, 0))
        add_post(s, "last second of October", "published", utc(2026, 10, 31, 20, 59, 59))
        add_post(s, "published 10 Nov", "published", utc(2026, 11, 10, 9, 0))
        add_post(s, "late on 23 Nov", "published", utc(2026, 11, 23, 20, 59), ("facebook",))
        add_post(
            s,
            "just after midnight today",
            "changes_requested",
            utc(2026, 11, 23, 21, 30),
            ("instagram",),
        )
        add_post(s, "this morning", "in_review", utc(2026, 11, 24, 6, 0), ("x", "facebook"))
        add_post(s, "withdrawn", "withdrawn", utc(2026, 11, 25, 9, 0), ("x",))
        add_post(s, "archived", "archived", utc(2026, 11, 26, 9, 0), ("x",))
        add_post(
            s, "silence starts", "approved", utc(2026, 11, 27, 21, 0), ("youtube", "x", "facebook")
        )
        add_post(s, "23:30 on 30 Nov", "approved", utc(2026, 11, 30, 20, 30))
        add_post(s, "midnight 1 Dec", "in_review", utc(2026, 11, 30, 21, 0))
        add_post(s, "22:30 UTC on 30 Nov", "approved", utc(2026, 11, 30, 22, 30))
        add_post(s, "not scheduled", "draft", None)

        s.add_all(
            [
                Event(
                    title_ar="مؤتمر",
                    title_en="Conference",
                    kind="conference",
                    starts_at=utc(2026, 11, 25, 7),
                    ends_at=utc(2026, 11, 25, 10),
                ),
                Event(
                    title_ar="جار",
                    title_en="Ongoing workshop",
                    kind="workshop",
                    starts_at=utc(2026, 11, 22, 7),
                    ends_at=utc(2026, 11, 24, 12),
                ),
                Event(
                    title_ar="انتهى",
                    title_en="Over",
                    starts_at=utc(2026, 11, 20, 7),
                    ends_at=utc(2026, 11, 20, 9),
                ),
                Event(
                    title_ar="لاحق",
                    title_en="Later",
                    starts_at=utc(2026, 12, 2, 7),
                    ends_at=utc(2026, 12, 2, 9),
                ),
                Event(
                    title_ar="إطلاق",
                    title_en="Launch",
                    kind="campaign_launch",
                    starts_at=utc(2026, 11, 27, 21, 0),
                    ends_at=utc(2026, 11, 27, 23, 0),
                ),
            ]
        )
        s.add_all(
            [
                QuietPeriod(
                    name_ar="صمت انتخابي",
                    name_en="Electoral silence",
                    reason="electoral_silence",
                    starts_at=utc(2026, 11, 27, 21, 0),
                    ends_at=utc(2026, 11, 29, 21, 0),
                ),
                QuietPeriod(
                    name_ar="حداد",
                    name_en="Mourning",
                    reason="mourning",
                    starts_at=utc(2026, 11, 20, 0),
                    ends_at=utc(2026, 11, 24, 15),
                ),
                QuietPeriod(
                    name_ar="قديم",
                    name_en="Old",
                    starts_at=utc(2026, 10, 1),
                    ends_at=utc(2026, 10, 2),
                ),
            ]
        )
        statuses = ["new", "new", "answered", "waiting", "resolved", "resolved", "closed"]
        s.add_all(
            Inquiry(
                channel="facebook",
                kind="inquiry",
                status=status,
                received_at=utc(2026, 11, 1 + i, 8),
            )
            for i, status in enumerate(statuses)
        )
    return workspace


def figures(reader: FastReader, now: dt.datetime, tz: str = AMMAN):
    return DashboardService(reader, tz).figures(now=now)


# --- posts this month --------------------------------------------------------------------------


def test_posts_counted_by_state_within_the_local_month(amman_month, reader) -> None:
    got = figures(reader, NOW)

    assert got.today == dt.date(2026, 11, 24)
    assert got.month_start == dt.date(2026, 11, 1)
    assert got.posts_by_state == {
        "draft": 1,  # 00:00 on 1 Nov local; the unscheduled draft is not in any month
        "in_review": 1,  # this morning; midnight 1 Dec is December
        "approved": 2,  # silence starts, 23:30 on 30 Nov; 22:30 UTC on 30 Nov is 1 Dec local
        "changes_requested": 1,
        "published": 2,  # 10 Nov and late on 23 Nov; 31 Oct 23:59:59 local is October
        "archived": 1,
        "withdrawn": 1,
    }
    assert list(got.posts_by_state) == [s.value for s in PostState]
    assert got.posts_this_month == 9


def test_post_late_on_the_last_utc_day_belongs_to_the_next_local_month(amman_month, reader):
    got = figures(reader, utc(2026, 11, 30, 22, 30))  # 01:30 on 1 December in Amman

    assert got.today == dt.date(2026, 12, 1)
    assert got.month_start == dt.date(2026, 12, 1)
    assert got.posts_by_state["approved"] == 1  # only "22:30 UTC on 30 Nov"
    assert got.posts_by_state["in_review"] == 1  # "midnight 1 Dec"
    assert got.posts_this_month == 2


def test_empty_workspace_has_zero_figures(reader) -> None:
    got = figures(reader, NOW)
    assert got.posts_this_month == 0
    assert set(got.posts_by_state) == {s.value for s in PostState}
    assert got.open_inquiries == 0 and got.unanswered_inquiries == 0
    assert got.upcoming == []


def test_month_bounds_roll_over_the_year_and_daylight_saving() -> None:
    tz = ZoneInfo("Europe/Berlin")
    start, end = month_bounds(dt.date(2026, 12, 15), tz)
    assert start == local(2026, 12, 1, tz="Europe/Berlin")
    assert end == local(2027, 1, 1, tz="Europe/Berlin")
    start, end = month_bounds(dt.date(2026, 10, 31), tz)
    assert start.astimezone(dt.UTC) == utc(2026, 9, 30, 22)  # CEST, UTC+2
    assert end.astimezone(dt.UTC) == utc(2026, 10, 31, 23)  # CET, UTC+1


def test_month_in_a_zone_with_daylight_saving(workspace, reader) -> None:
    with workspace.sessions.begin() as s:
        add_post(s, "Oct 31 23:30 CET", "draft", utc(2026, 10, 31, 22, 30))
        add_post(s, "Nov 1 00:00 CET", "draft", utc(2026, 10, 31, 23, 0))
        add_post(s, "Oct 1 00:30 CEST", "draft", utc(2026, 9, 30, 22, 30))
        add_post(s, "Sep 30 23:30 CEST", "draft", utc(2026, 9, 30, 21, 30))

    got = figures(reader, utc(2026, 10, 20, 12), tz="Europe/Berlin")

    assert got.posts_by_state["draft"] == 2


# --- inquiries ---------------------------------------------------------------------------------


def test_open_inquiries_exclude_resolved_and_closed(amman_month, reader) -> None:
    got = figures(reader, NOW)

    assert got.open_inquiries_by_status == {"new": 2, "answered": 1, "waiting": 1}
    assert got.open_inquiries == 4
    assert got.unanswered_inquiries == 2


# --- the next seven days -----------------------------------------------------------------------


def test_upcoming_lists_the_next_seven_local_days_in_order(amman_month, reader) -> None:
    items = figures(reader, NOW).upcoming
    titles = [item.title_en for item in items]

    # Posts from today's local midnight (23 Nov 21:00 UTC) to 1 Dec 00:00 local, exclusive.
    posts = [item.title_en for item in items if item.kind == "post"]
    assert posts == [
        "just after midnight today",
        "this morning",
        "silence starts",
        "23:30 on 30 Nov",
    ]
    events = {item.title_en for item in items if item.kind == "event"}
    assert events == {"Conference", "Ongoing workshop", "Launch"}
    quiet = [item.title_en for item in items if item.kind == "quiet"]
    assert quiet == ["Mourning", "Electoral silence"]
    assert len(titles) == len(set(titles)) == 9

    starts = [item.starts_at for item in items]
    assert starts == sorted(starts)
    assert all(item.starts_at.utcoffset() == dt.timedelta(hours=3) for item in items)


def test_hidden_states_are_not_upcoming(amman_month, reader) -> None:
    items = figures(reader, NOW).upcoming
    assert not {"withdrawn", "archived"} & {item.state for item in items}
    assert not {"withdrawn", "archived"} & {item.title_en for item in items}


def test_quiet_period_comes_first_on_a_tie(amman_month, reader) -> None:
    items = figures(reader, NOW).upcoming
    tied = [item for item in items if item.starts_at == local(2026, 11, 28, 0, 0)]

    assert tied[0].kind == "quiet"
    assert sorted(item.kind for item in tied) == ["event", "post", "quiet"]
    assert tied[0].title_en == "Electoral silence" and tied[0].title_ar == "صمت انتخابي"
    assert tied[0].ends_at == local(2026, 11, 30, 0, 0)


def test_quiet_period_already_running_keeps_its_real_start(amman_month, reader) -> None:
    [mourning] = [i for i in figures(reader, NOW).upcoming if i.title_en == "Mourning"]
    assert mourning.starts_at == local(2026, 11, 20, 3, 0)
    assert mourning.ends_at == local(2026, 11, 24, 18, 0)
    assert mourning.detail == "mourning"


def test_upcoming_posts_list_their_platforms(amman_month, reader) -> None:
    posts = {i.title_en: i for i in figures(reader, NOW).upcoming if i.kind == "post"}

    assert posts["silence starts"].platforms == ("facebook", "x", "youtube")
    assert posts["this morning"].platforms == ("facebook", "x")
    assert posts["just after midnight today"].platforms == ("instagram",)
    assert posts["23:30 on 30 Nov"].platforms == ()
    morning = posts["this morning"]
    assert isinstance(morning, UpcomingItem)
    assert morning.state == "in_review"
    assert morning.starts_at == local(2026, 11, 24, 9, 0)
    assert morning.post_id is not None and morning.ends_at is None
