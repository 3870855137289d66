"""iCalendar export: re-parses, stable UIDs, states, filters, events and quiet periods."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from icalendar import Calendar

from app.core.filters import PostFilter
from app.services.ics import ExportError, day_range, export_ics, ics_status, write_atomically
from app.services.posts import PostService
from tests.services.post_fixtures import (
    FakeClock,
    fields,
    set_state,
)

UTC = dt.UTC


def at(day: int, hour: int = 9) -> dt.datetime:
    return dt.datetime(2026, 6, day, hour, 0, tzinfo=UTC)


def parse(path: Path) -> Calendar:
    return Calendar.from_ical(path.read_bytes())


def vevents(calendar: Calendar) -> dict[str, object]:
    return {str(e["UID"]): e for e in calendar.walk("VEVENT")}


@pytest.fixture
def filled(service: PostService, workspace):
    from app.store.models import Event, QuietPeriod

    ids = {
        "draft": service.create(fields(scheduled_at=at(3))).id,
        "approved": service.create(
            fields(
                title="إعلان النتائج",
                title_en="Results",
                platforms=("x", "instagram"),
                scheduled_at=at(5),
                link="https://iec.jo/results",
            )
        ).id,
        "withdrawn": service.create(fields(scheduled_at=at(7), platforms=("linkedin",))).id,
        "outside": service.create(fields(scheduled_at=at(20))).id,
        "unscheduled": service.create(fields(scheduled_at=None)).id,
    }
    set_state(workspace, ids["approved"], "approved")
    service.withdraw(ids["withdrawn"])
    with workspace.sessions.begin() as session:
        session.add_all(
            [
                Event(
                    title_ar="مؤتمر صحفي",
                    title_en="Press conference",
                    kind="conference",
                    starts_at=at(4, 8),
                    ends_at=at(4, 10),
                    location="عمّان",
                ),
                # Midnight to midnight in Amman (UTC+3): a whole-day band.
                QuietPeriod(
                    name_ar="صمت انتخابي",
                    name_en="Electoral silence",
                    reason="electoral_silence",
                    starts_at=dt.datetime(2026, 6, 5, 21, tzinfo=UTC),
                    ends_at=dt.datetime(2026, 6, 6, 21, tzinfo=UTC),
                ),
                QuietPeriod(
                    name_ar="بعيد",
                    starts_at=at(25),
                    ends_at=at(26),
                ),
            ]
        )
    return ids


def test_export_re_parses_with_the_expected_events(
    service: PostService, workspace, filled, tmp_path: Path, clock: FakeClock
) -> None:
    start, end = day_range(dt.date(2026, 6, 1), dt.date(2026, 6, 10), "Asia/Amman")
    out = tmp_path / "june.ics"
    summary = export_ics(
        workspace.sessions, PostFilter(start=start, end=end), out, tz="Asia/Amman", clock=clock
    )
    assert (summary.posts, summary.events, summary.quiet_periods) == (3, 1, 1)

    calendar = parse(out)
    assert calendar.name == "VCALENDAR"
    assert str(calendar["VERSION"]) == "2.0"
    assert "Bayan" in str(calendar["PRODID"])
    events = vevents(calendar)
    domain = str(next(iter(events))).split("@", 1)[1]
    assert len(domain) == 12
    expected = {f"post-{filled[k]}@{domain}" for k in ("draft", "approved", "withdrawn")}
    assert expected <= set(events)
    assert f"post-{filled['outside']}@{domain}" not in events
    assert f"post-{filled['unscheduled']}@{domain}" not in events

    approved = events[f"post-{filled['approved']}@{domain}"]
    assert approved["SUMMARY"] == "إعلان النتائج (x, instagram)"
    assert approved.decoded("DTSTART") == at(5)
    assert approved.decoded("DTSTART").utcoffset() == dt.timedelta(0)
    assert approved["STATUS"] == "CONFIRMED"
    assert [str(c) for c in approved["CATEGORIES"].cats] == ["x", "instagram"]
    description = str(approved["DESCRIPTION"])
    assert description.index(fields().text_ar) < description.index(fields().text_en)
    assert str(approved["URL"]) == "https://iec.jo/results"
    assert events[f"post-{filled['withdrawn']}@{domain}"]["STATUS"] == "CANCELLED"
    assert events[f"post-{filled['draft']}@{domain}"]["STATUS"] == "TENTATIVE"

    conference = next(e for uid, e in events.items() if uid.startswith("event-"))
    assert conference.decoded("DTSTART") == at(4, 8)
    assert str(conference["LOCATION"]) == "عمّان"
    silence = next(e for uid, e in events.items() if uid.startswith("quiet-"))
    assert silence.decoded("DTSTART") == dt.date(2026, 6, 6), "a whole day in Amman"
    assert silence.decoded("DTEND") == dt.date(2026, 6, 7)
    assert "Electoral silence" in str(silence["SUMMARY"])


def test_uids_are_stable_across_exports(workspace, filled, tmp_path: Path) -> None:
    one, two = tmp_path / "1.ics", tmp_path / "2.ics"
    export_ics(workspace.sessions, PostFilter(), one, tz="UTC")
    export_ics(workspace.sessions, PostFilter(), two, tz="UTC")
    assert set(vevents(parse(one))) == set(vevents(parse(two)))


def test_filters_apply_to_posts(workspace, filled, tmp_path: Path) -> None:
    out = tmp_path / "x.ics"
    summary = export_ics(
        workspace.sessions,
        PostFilter(platforms=frozenset({"instagram"})),
        out,
        tz="UTC",
        include_bands=False,
    )
    assert summary.posts == 1
    (only,) = parse(out).walk("VEVENT")
    assert str(only["UID"]).startswith(f"post-{filled['approved']}@")


def test_statuses() -> None:
    assert ics_status("withdrawn") == "CANCELLED"
    assert ics_status("published") == "CONFIRMED"
    assert ics_status("in_review") == "TENTATIVE"
    assert ics_status("unknown") == "TENTATIVE"


def test_day_range_is_inclusive_in_the_zone() -> None:
    start, end = day_range(dt.date(2026, 6, 1), dt.date(2026, 6, 1), "Asia/Amman")
    assert start == dt.datetime(2026, 5, 31, 21, tzinfo=UTC)
    assert end == dt.datetime(2026, 6, 1, 21, tzinfo=UTC)
    with pytest.raises(ExportError, match="after it ends"):
        day_range(dt.date(2026, 6, 2), dt.date(2026, 6, 1), "UTC")


def test_an_unwritable_place_leaves_nothing(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="cannot write"):
        write_atomically(tmp_path / "missing" / "a.ics", b"x")
    with pytest.raises(ExportError, match="it is a folder"):
        write_atomically(tmp_path, b"x")
    target = tmp_path / "keep.ics"
    target.write_bytes(b"old")
    write_atomically(target, b"new")
    assert target.read_bytes() == b"new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.ics"]


def test_a_failure_while_renaming_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch
) -> None:
    import app.services.ics as ics

    target = tmp_path / "keep.ics"
    target.write_bytes(b"old")

    def full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(ics.os, "replace", full)
    with pytest.raises(ExportError, match="No space left on device"):
        write_atomically(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["keep.ics"]
