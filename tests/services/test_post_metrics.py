"""Per-post lifetime figures from post-level exports: kept apart from the page's days, one row
per platform id (replaced by a newer export), linked to Bayan's post through its publication
URL."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select

from app.core.analytics import PostFigure
from app.services.analytics_import import preview
from app.services.post_metrics import post_totals, store_post_figures
from app.services.posts import PostService
from app.store import models as m
from tests.services.post_fixtures import FakeClock, fields

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "analytics"
NOW = dt.datetime(2026, 11, 24, 9, tzinfo=dt.UTC)


def test_meta_post_export_totals_per_post() -> None:
    result = preview([FIXTURES / "meta_posts.csv"])
    totals = {t.external_id: t for t in post_totals(result.posts)}
    first = totals["122101234567890123"]
    # The export's own "Reactions, Comments and Shares" is the engagements, as given.
    assert (first.views, first.reach, first.engagements) == (5400, 3100, 210)
    assert first.video_views is None  # not in this export: never a made-up 0
    assert first.published_at is not None


def test_engagements_are_summed_from_their_parts_when_not_given() -> None:
    figures = [
        PostFigure("42", None, "views", 100),
        PostFigure("42", None, "reactions", 7),
        PostFigure("42", None, "comments", 2),
        PostFigure("43", None, "views", 50),
    ]
    totals = {t.external_id: t for t in post_totals(figures)}
    assert totals["42"].engagements == 9
    assert totals["43"].engagements is None


def test_stored_once_replaced_by_a_newer_export_and_linked(workspace) -> None:  # type: ignore[no-untyped-def]
    posts = PostService(workspace.sessions, workspace.workspace.media_dir, clock=FakeClock())
    post = posts.create(fields(platforms=["x"]))
    with workspace.sessions.begin() as s:
        account = m.Account(platform="x", handle="@Commission")
        s.add(account)
        s.flush()
        account_id = account.id
        s.add(
            m.PublicationRecord(
                post_id=post.id,
                platform="x",
                published_at=NOW,
                url="https://x.com/Commission/status/1790000000000000001",
            )
        )
    first = [
        PostFigure("1790000000000000001", NOW, "views", 900),
        PostFigure("1790000000000000001", NOW, "reactions", 30),
        PostFigure("1790000000000000099", NOW, "views", 10),
    ]
    with workspace.sessions.begin() as s:
        stored = store_post_figures(s, account_id, first, NOW)
    assert stored == (2, 0, 1)
    newer = [PostFigure("1790000000000000001", NOW, "views", 1500)]
    with workspace.sessions.begin() as s:
        assert store_post_figures(s, account_id, newer, NOW) == (0, 1, 1)
    with workspace.sessions() as s:
        rows = {r.external_id: r for r in s.scalars(select(m.PostMetric))}
        monthly = s.scalars(select(m.MonthlyMetric)).all()
    assert len(rows) == 2 and monthly == []  # apart from the monthly (page) figures
    linked = rows["1790000000000000001"]
    # The newer export gave views only: the engagements stored before are kept.
    assert (linked.post_id, linked.views, linked.engagements) == (post.id, 1500, 30)
    assert rows["1790000000000000099"].post_id is None  # no publication record holds it


def test_an_import_stores_the_post_level_rows(workspace) -> None:  # type: ignore[no-untyped-def]
    from app.services.analytics_import import AnalyticsImporter

    with workspace.sessions.begin() as s:
        account = m.Account(platform="facebook", handle="Commission")
        s.add(account)
        s.flush()
        account_id = account.id
    result = AnalyticsImporter(workspace.sessions).apply(
        preview([FIXTURES / "meta_posts.csv"]), account_id
    )
    with workspace.sessions() as s:
        stored = s.scalars(select(m.PostMetric)).all()
    assert result.posts == len(stored) >= 1
    assert {r.account_id for r in stored} == {account_id}


def test_the_same_post_in_two_files_is_refused(tmp_path: Path) -> None:
    import shutil

    import pytest

    from app.core.analytics import ImportFailed

    copy = tmp_path / "meta_posts (1).csv"
    shutil.copyfile(FIXTURES / "meta_posts.csv", copy)
    with pytest.raises(ImportFailed) as caught:
        preview([FIXTURES / "meta_posts.csv", copy])
    text = "; ".join(str(p) for p in caught.value.problems)
    assert "is also in meta_posts.csv" in text and "122101234567890123" in text


def test_url_tokens_find_the_id_as_a_whole_part() -> None:
    from app.services.post_metrics import _linked_post, url_tokens

    tokens: dict[str, set[int]] = {}
    for post_id, url in (
        (1, "https://www.facebook.com/Commission/posts/987654321"),
        (2, "https://www.youtube.com/watch?v=abcDEF123&t=5"),
        (3, "https://x.com/Commission/status/98765432100"),
    ):
        for token in url_tokens(url):
            tokens.setdefault(token, set()).add(post_id)
    assert _linked_post("100012345_987654321", tokens) == 1  # Meta's PAGEID_POSTID
    assert _linked_post("abcDEF123", tokens) == 2
    assert _linked_post("98765432100", tokens) == 3
    assert _linked_post("9876543", tokens) is None  # a prefix of an id is not the id
