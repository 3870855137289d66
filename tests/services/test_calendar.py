"""The calendar's reading side: visible days, posts on their local days, bands, moves, Hijri."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from app.core.filters import PostFilter
from app.services.calendar import (
    CalendarService,
    add_months,
    hijri,
    month_start,
    step,
    view_range,
    week_first_day,
)
from app.store.fastread import FastReader

AMMAN = ZoneInfo("Asia/Amman")  # UTC+3 all year since 2022
D = dt.date


# --- visible days --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("week_start", "expected"),
    [
        (6, (D(2026, 11, 1), D(2026, 12, 5))),  # Sunday: 1 November 2026 is a Sunday
        (0, (D(2026, 10, 26), D(2026, 12, 6))),  # Monday: six weeks
        (5, (D(2026, 10, 31), D(2026, 12, 4))),  # Saturday
    ],
)
def test_a_month_shows_the_whole_weeks_holding_it(week_start, expected) -> None:  # type: ignore[no-untyped-def]
    first, last = view_range("month", D(2026, 11, 24), week_start)
    assert (first, last) == expected
    assert first.weekday() == week_start
    assert (last - first).days % 7 == 6
    assert first <= D(2026, 11, 1) and last >= D(2026, 11, 30)


def test_week_and_agenda_ranges() -> None:
    assert view_range("week", D(2026, 11, 24), 6) == (D(2026, 11, 22), D(2026, 11, 28))
    assert view_range("week", D(2026, 11, 22), 6) == (D(2026, 11, 22), D(2026, 11, 28))
    assert view_range("week", D(2026, 11, 24), 0) == (D(2026, 11, 23), D(2026, 11, 29))
    assert view_range("agenda", D(2026, 2, 10), 6) == (D(2026, 2, 1), D(2026, 2, 28))
    assert week_first_day(D(2026, 11, 24), 1) == D(2026, 11, 24)
    with pytest.raises(ValueError, match="unknown calendar view"):
        view_range("year", D(2026, 1, 1), 6)


def test_moving_by_months_keeps_inside_short_months() -> None:
    assert add_months(D(2026, 1, 31), 1) == D(2026, 2, 28)
    assert add_months(D(2028, 1, 31), 1) == D(2028, 2, 29)
    assert add_months(D(2026, 12, 15), 1) == D(2027, 1, 15)
    assert add_months(D(2026, 1, 15), -1) == D(2025, 12, 15)
    assert month_start(D(2026, 11, 24), 2) == D(2027, 1, 1)
    assert step("month", D(2026, 3, 31), True) == D(2026, 4, 30)
    assert step("week", D(2026, 3, 31), False) == D(2026, 3, 24)


# --- what is on the days -----------------------------------------------------------------------


def _add(workspace, title: str, when: dt.datetime | None, state: str = "draft", **extra):  # type: ignore[no-untyped-def]
    from app.store import models as m

    with workspace.sessions.begin() as session:
        post = m.Post(
            title=title,
            scheduled_at=when,
            state=state,
            manual_checks={},
            warning_justifications={},
            **extra,
        )
        post.variants = [m.PostVariant(platform="x")]
        session.add(post)
        session.flush()
        return post.id


def test_posts_land_on_their_local_day(workspace) -> None:  # type: ignore[no-untyped-def]
    from app.store import models as m

    late = _add(workspace, "late", dt.datetime(2026, 11, 9, 22, 30, tzinfo=dt.UTC))  # 10th, 01:30
    early = _add(workspace, "early", dt.datetime(2026, 11, 10, 6, 0, tzinfo=dt.UTC))
    before = _add(workspace, "before", dt.datetime(2026, 10, 31, 20, 59, tzinfo=dt.UTC))
    first = _add(workspace, "first", dt.datetime(2026, 10, 31, 21, 0, tzinfo=dt.UTC))  # 1 Nov
    _add(workspace, "nowhere", None)
    with workspace.sessions.begin() as session:
        session.add(
            m.QuietPeriod(
                name_ar="صمت",
                name_en="Silence",
                reason="electoral_silence",
                # 15 November 00:00 to 17 November 00:00, Amman: two whole days.
                starts_at=dt.datetime(2026, 11, 14, 21, 0, tzinfo=dt.UTC),
                ends_at=dt.datetime(2026, 11, 16, 21, 0, tzinfo=dt.UTC),
            )
        )
        session.add(
            m.Event(
                title_ar="ورشة",
                title_en="Workshop",
                kind="workshop",
                starts_at=dt.datetime(2026, 11, 20, 6, 0, tzinfo=dt.UTC),
                ends_at=dt.datetime(2026, 11, 20, 9, 0, tzinfo=dt.UTC),
            )
        )
    reader = FastReader(workspace.workspace.db_path)
    try:
        service = CalendarService(reader, "Asia/Amman")
        data = service.load(D(2026, 11, 1), D(2026, 11, 30))
        assert data.post_count == 3
        assert [p.id for p in data.posts_on(D(2026, 11, 10))] == [late, early]
        assert [p.id for p in data.posts_on(D(2026, 11, 1))] == [first]
        assert before not in {p.id for posts in data.posts_by_day.values() for p in posts}
        assert set(data.posts_by_day) == {D(2026, 11, 1), D(2026, 11, 10)}
        post = data.posts_on(D(2026, 11, 10))[0]
        assert post.at(service.tz) == dt.datetime(2026, 11, 10, 1, 30, tzinfo=AMMAN)
        assert post.platforms == ["x"]
        assert post.display_title(english=True) == "late"  # no English title: the title
        quiet, event = data.bands
        assert (quiet.kind, quiet.first_day, quiet.last_day) == (
            "quiet",
            D(2026, 11, 15),
            D(2026, 11, 16),
        )
        assert quiet.name(english=True) == "Silence" and quiet.name(english=False) == "صمت"
        assert (event.kind, event.first_day, event.last_day) == (
            "event",
            D(2026, 11, 20),
            D(2026, 11, 20),
        )
        assert data.bands_on(D(2026, 11, 16)) == [quiet]
        assert data.bands_on(D(2026, 11, 17)) == []
        # In UTC the same post is on the 9th.
        utc = CalendarService(reader, "UTC").load(D(2026, 11, 1), D(2026, 11, 30))
        assert [p.id for p in utc.posts_on(D(2026, 11, 9))] == [late]
        only_published = service.load(
            D(2026, 11, 1), D(2026, 11, 30), PostFilter(states=frozenset({"published"}))
        )
        assert only_published.post_count == 0 and only_published.posts_by_day == {}
    finally:
        reader.close()


def test_the_demo_month_matches_the_database(workspace) -> None:  # type: ignore[no-untyped-def]
    """Every demo post of November 2026 on its Amman day, and none other."""
    from sqlalchemy import select

    from app.services.demo import generate_demo
    from app.store import models as m

    generate_demo(workspace, today=D(2026, 11, 24))
    with workspace.sessions() as session:
        expected: dict[dt.date, set[int]] = {}
        for post_id, when in session.execute(select(m.Post.id, m.Post.scheduled_at)):
            if when is None:
                continue
            day = when.astimezone(AMMAN).date()
            if D(2026, 11, 1) <= day <= D(2026, 12, 5):
                expected.setdefault(day, set()).add(post_id)
    reader = FastReader(workspace.workspace.db_path)
    try:
        service = CalendarService(reader, "Asia/Amman")
        first, last = view_range("month", D(2026, 11, 24), service.week_start())
        data = service.load(first, last)
        # Details are read only for what is asked: the first post of each day here.
        data.prefetch(1)
        assert set(data.details) == {slots[0][0] for slots in data.slots_by_day.values()}
        got = {day: {p.id for p in posts} for day, posts in data.posts_by_day.items()}
        assert len(data.details) == data.post_count
        busiest = max(data.slots_by_day, key=data.count_on)
        assert data.states_on(busiest) == {
            state: sum(p.state == state for p in data.posts_on(busiest))
            for state in {p.state for p in data.posts_on(busiest)}
        }
        some = data.posts_on(busiest)[-1]
        assert data.find(some.id) == some and data.day_of(some.id) == busiest
        assert data.find(10**9) is None
    finally:
        reader.close()
    assert got == expected
    assert sum(len(v) for v in expected.values()) > 20


def test_a_move_keeps_the_local_time_of_day(workspace) -> None:  # type: ignore[no-untyped-def]
    reader = FastReader(workspace.workspace.db_path)
    try:
        service = CalendarService(reader, "Asia/Amman")
        at = dt.datetime(2026, 11, 9, 22, 30, tzinfo=dt.UTC)  # 01:30 on the 10th in Amman
        moved = service.moved_to(at, D(2026, 11, 14))
        assert moved == dt.datetime(2026, 11, 13, 22, 30, tzinfo=dt.UTC)
        assert moved.tzinfo is dt.UTC
        assert moved.astimezone(AMMAN).time() == dt.time(1, 30)
        berlin = CalendarService(reader, "Europe/Berlin")
        summer = dt.datetime(2026, 7, 1, 7, 0, tzinfo=dt.UTC)  # 09:00 CEST
        # Moved into winter time: still 09:00 on the wall clock, an hour later in UTC.
        assert berlin.moved_to(summer, D(2026, 12, 1)) == dt.datetime(
            2026, 12, 1, 8, 0, tzinfo=dt.UTC
        )
        assert service.today(dt.datetime(2026, 11, 24, 22, 0, tzinfo=dt.UTC)) == D(2026, 11, 25)
    finally:
        reader.close()


def test_hijri_dates() -> None:
    h = hijri(D(2026, 11, 24))
    assert h is not None
    assert (h.year, h.month, h.day) == (1448, 6, 14)
    assert h.month_name_ar == "جمادى الآخرة"
    assert h.month_name_en == "Jumada al-Akhirah"
    assert hijri(D(1800, 1, 1)) is None  # outside the Umm al-Qura tables: shown without
