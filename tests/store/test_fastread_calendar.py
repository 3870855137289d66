"""The calendar's and the posts list's fast reads: ranges, filters, sorting, paging, indexes."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from app.core.filters import PostFilter
from app.store.fastread import FastReader

UTC = dt.UTC
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def at(day: int, hour: int = 9, month: int = 11) -> dt.datetime:
    return dt.datetime(2026, month, day, hour, 0, tzinfo=UTC)


def add_posts(workspace, rows) -> list[int]:  # type: ignore[no-untyped-def]
    """rows: (title, title_en, scheduled_at or None, state, platforms, campaign, pillar)."""
    from app.store import models as m

    ids = []
    with workspace.sessions.begin() as session:
        campaign = m.Campaign(
            name_ar="حملة",
            name_en="Campaign",
            starts_on=dt.date(2026, 1, 1),
            ends_on=dt.date(2026, 12, 31),
        )
        pillar = m.Pillar(name_ar="توعية", name_en="Awareness")
        session.add_all([campaign, pillar])
        session.flush()
        for title, title_en, when, state, platforms, in_campaign, in_pillar in rows:
            post = m.Post(
                title=title,
                title_en=title_en,
                scheduled_at=when,
                state=state,
                campaign_id=campaign.id if in_campaign else None,
                pillar_id=pillar.id if in_pillar else None,
                manual_checks={},
                warning_justifications={},
            )
            post.variants = [m.PostVariant(platform=p) for p in platforms]
            session.add(post)
            session.flush()
            ids.append(post.id)
    return ids


@pytest.fixture
def reader_and_ids(workspace):  # type: ignore[no-untyped-def]
    ids = add_posts(
        workspace,
        [
            ("أ", "Alpha", at(3), "draft", ("x", "facebook"), True, False),
            ("ب", "", at(3, 7), "published", ("instagram",), False, True),
            ("ج", "Gamma", at(20), "approved", ("x",), True, True),
            ("د", "Delta", at(2, month=12), "draft", ("youtube",), False, False),
            ("هـ", "", None, "draft", (), False, False),
        ],
    )
    reader = FastReader(workspace.workspace.db_path)
    yield reader, ids
    reader.close()


def test_calendar_posts_of_a_range_in_time_order(reader_and_ids) -> None:  # type: ignore[no-untyped-def]
    reader, ids = reader_and_ids
    rows = reader.calendar_posts(at(1, 0), at(1, 0, month=12))
    assert [r[0] for r in rows] == [ids[1], ids[0], ids[2]]
    first = rows[1]
    assert first[1:3] == ("أ", "Alpha")
    assert first[3] == "2026-11-03 09:00:00.000000"
    assert first[4] == "draft"
    assert sorted(first[5].split(",")) == ["facebook", "x"]
    assert first[6] is not None and first[7] is None


@pytest.mark.parametrize(
    ("post_filter", "expected"),
    [
        (PostFilter(states=frozenset({"draft"})), [0]),
        (PostFilter(platforms=frozenset({"x"})), [0, 2]),
        (PostFilter(platforms=frozenset({"instagram", "youtube"})), [1]),
        (PostFilter(campaign_ids=frozenset({1})), [0, 2]),
        (PostFilter(pillar_ids=frozenset({1})), [1, 2]),
        (PostFilter(states=frozenset({"approved"}), platforms=frozenset({"x"})), [2]),
        (PostFilter(campaign_ids=frozenset({99})), []),
    ],
)
def test_filters_reduce_the_calendar(reader_and_ids, post_filter, expected) -> None:  # type: ignore[no-untyped-def]
    reader, ids = reader_and_ids
    rows = reader.calendar_posts(at(1, 0), at(1, 0, month=12), post_filter)
    assert sorted(r[0] for r in rows) == sorted(ids[i] for i in expected)


def plan(reader: FastReader, sql: str, params: list) -> str:  # type: ignore[type-arg]
    return " / ".join(row[3] for row in reader._conn.execute(f"EXPLAIN QUERY PLAN {sql}", params))


@pytest.mark.sqlite_only  # SQLite's query plans
def test_the_month_query_uses_the_period_index(reader_and_ids) -> None:  # type: ignore[no-untyped-def]
    reader, _ = reader_and_ids
    for post_filter in (None, PostFilter(platforms=frozenset({"x"}))):
        steps = plan(reader, *reader.calendar_query(at(1, 0), at(1, 0, month=12), post_filter))
        assert "SEARCH p USING INDEX ix_posts_scheduled_state (scheduled_at>? AND" in steps
        assert "SCAN" not in steps
        assert "TEMP B-TREE" not in steps  # the index gives the order: no sort
        # Platforms come from the covering unique index, one seek per post.
        assert "SEARCH v USING COVERING INDEX sqlite_autoindex_post_variants_1" in steps
    # The slots of a month (id, time, state) come from the index alone.
    steps = plan(reader, *reader.calendar_slots_query(at(1, 0), at(1, 0, month=12)))
    assert steps == (
        "SEARCH p USING COVERING INDEX ix_posts_scheduled_state (scheduled_at>? AND scheduled_at<?)"
    )
    states = PostFilter(states=frozenset({"draft", "approved"}))
    steps = plan(reader, *reader.calendar_query(at(1, 0), at(1, 0, month=12), states))
    assert "SCAN" not in steps
    assert "USING INDEX ix_posts_" in steps


def test_slots_and_details_agree_with_the_full_rows(reader_and_ids) -> None:  # type: ignore[no-untyped-def]
    reader, ids = reader_and_ids
    full = reader.calendar_posts(at(1, 0), at(1, 0, month=12))
    slots = reader.calendar_slots(at(1, 0), at(1, 0, month=12))
    assert slots == [(row[0], row[3], row[4]) for row in full]
    details = reader.calendar_details([ids[2], ids[0], 10**9])
    assert sorted(details) == sorted(row for row in full if row[0] in (ids[0], ids[2]))
    assert reader.calendar_details([]) == []
    drafts = reader.calendar_slots(
        at(1, 0), at(1, 0, month=12), PostFilter(states=frozenset({"draft"}))
    )
    assert drafts == [(ids[0], "2026-11-03 09:00:00.000000", "draft")]


def test_post_list_sorts_pages_and_counts(reader_and_ids) -> None:  # type: ignore[no-untyped-def]
    reader, ids = reader_and_ids
    everything = PostFilter()
    assert reader.post_count(everything) == 5
    newest = reader.post_list(everything, order_by="scheduled_at", descending=True)
    assert [r[0] for r in newest] == [ids[3], ids[2], ids[0], ids[1], ids[4]]  # unscheduled last
    oldest = reader.post_list(everything, order_by="scheduled_at", descending=False)
    assert oldest[0][0] == ids[4]  # unscheduled first going up
    page = reader.post_list(everything, order_by="scheduled_at", limit=2, offset=1)
    assert [r[0] for r in page] == [ids[2], ids[0]]
    by_title_en = reader.post_list(everything, order_by="title", descending=False, english=True)
    # English titles where set (Alpha, Delta, Gamma), else the title (Arabic letters sort after).
    assert [r[0] for r in by_title_en][:3] == [ids[0], ids[3], ids[2]]
    by_state = reader.post_list(everything, order_by="state", descending=False)
    assert [r[1] for r in by_state] == ["draft", "draft", "draft", "approved", "published"]
    row = next(r for r in newest if r[0] == ids[0])
    assert row[1] == "draft" and row[2] == "2026-11-03 09:00:00.000000"
    assert sorted(row[3].split(",")) == ["facebook", "x"]
    assert row[4:6] == ("أ", "Alpha")
    assert row[6] == ""  # not checked yet
    unscheduled = next(r for r in newest if r[0] == ids[4])
    assert unscheduled[2] is None and unscheduled[3] is None
    with pytest.raises(ValueError, match="cannot sort"):
        reader.post_list(everything, order_by="scheduled_at; DROP TABLE posts")


def test_post_list_filters_with_dates(reader_and_ids) -> None:  # type: ignore[no-untyped-def]
    reader, ids = reader_and_ids
    november = PostFilter(start=at(1, 0), end=at(1, 0, month=12))
    assert reader.post_count(november) == 3
    assert {r[0] for r in reader.post_list(november)} == {ids[0], ids[1], ids[2]}
    drafts_x = PostFilter(states=frozenset({"draft"}), platforms=frozenset({"x"}))
    assert [r[0] for r in reader.post_list(drafts_x)] == [ids[0]]
    assert reader.post_count(drafts_x) == 1


def test_post_list_sorted_by_checklist_puts_blockers_first(workspace) -> None:  # type: ignore[no-untyped-def]
    from app.store import models as m

    ids = add_posts(
        workspace,
        [(f"t{i}", "", at(i + 1), "draft", ("x",), False, False) for i in range(4)],
    )
    with workspace.sessions.begin() as session:
        for post_id, status in zip(ids, ("ok", "", "blocker", "warning"), strict=True):
            session.get(m.Post, post_id).checklist_status = status
    reader = FastReader(workspace.workspace.db_path)
    try:
        rows = reader.post_list(PostFilter(), order_by="checklist", descending=False)
    finally:
        reader.close()
    assert [r[6] for r in rows] == ["blocker", "warning", "ok", ""]


def test_week_start_names_and_single_state(workspace) -> None:  # type: ignore[no-untyped-def]
    from app.store import models as m

    ids = add_posts(workspace, [("أ", "", at(3), "in_review", (), False, False)])
    reader = FastReader(workspace.workspace.db_path)
    try:
        assert reader.week_start() == 6  # no organisation yet: Sunday
        assert reader.post_state(ids[0]) == "in_review"
        assert reader.post_state(99999) is None
        assert reader.campaign_names() == [(1, "حملة", "Campaign")]
        assert reader.pillar_names() == [(1, "توعية", "Awareness")]
    finally:
        reader.close()
    with workspace.sessions.begin() as session:
        session.add(m.Organisation(name_ar="هيئة", name_en="Body", week_start=0))
    reader = FastReader(workspace.workspace.db_path)
    try:
        assert reader.week_start() == 0
    finally:
        reader.close()


def test_an_older_schema_without_english_titles_still_reads(tmp_path: Path) -> None:
    db = tmp_path / "bayan.db"
    shutil.copy(FIXTURES / "schema-0002.db", db)
    reader = FastReader(db)
    try:
        assert "title_en" not in reader.columns("posts")
        assert reader.calendar_posts(at(1, 0), at(1, 0, month=12)) == []
        assert reader.post_list(PostFilter()) == []
        assert reader.post_count(PostFilter()) == 0
    finally:
        reader.close()
