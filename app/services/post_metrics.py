"""Per-post lifetime figures from the platforms' post-level exports (Meta's posts, X's posts,
YouTube's table data), kept in ``post_metrics`` apart from the page's daily figures: one row per
account and platform id, replaced by a newer export of the same item. Each is linked to Bayan's
post when one of its publication records on the account's platform has that id in its URL."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING, NamedTuple

from app.core.analytics import PostFigure

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

# The engagement figures an export may give per post; their sum is the post's engagements
# (the KPI's numerator). An export's own "engagements" column is taken as it is instead.
ENGAGEMENT_PARTS = ("reactions", "comments", "shares", "saves", "clicks")
ID_LIMIT = 100  # post_metrics.external_id's length


class PostTotals(NamedTuple):
    external_id: str
    published_at: dt.datetime | None
    views: int | None
    reach: int | None
    engagements: int | None
    video_views: int | None


class StoredPostFigures(NamedTuple):
    created: int
    updated: int
    linked: int  # rows linked to a Bayan post through a publication record's URL


def post_totals(figures: Iterable[PostFigure]) -> list[PostTotals]:
    """One row per post reference, in the order first seen; a figure no export gave stays None
    (never 0)."""
    by_ref: dict[str, dict[str, int]] = {}
    published: dict[str, dt.datetime | None] = {}
    for f in figures:
        by_ref.setdefault(f.post_ref, {})
        by_ref[f.post_ref][f.metric] = by_ref[f.post_ref].get(f.metric, 0) + f.value
        if f.published is not None or f.post_ref not in published:
            published[f.post_ref] = f.published
    out = []
    for ref, values in by_ref.items():
        engagements = values.get("engagements")
        if engagements is None:
            parts = [values[name] for name in ENGAGEMENT_PARTS if name in values]
            engagements = sum(parts) if parts else None
        out.append(
            PostTotals(
                ref,
                published.get(ref),
                values.get("views"),
                values.get("reach"),
                engagements,
                values.get("video_views"),
            )
        )
    return out


def store_post_figures(
    session: Session,
    account_id: int,
    figures: Iterable[PostFigure],
    now: dt.datetime,
    zone: dt.tzinfo = dt.UTC,
) -> StoredPostFigures:
    """Insert or replace the lifetime figures of each post in ``figures`` for ``account_id``, in
    ``session``'s transaction (the caller's import commits or rolls back with it). Exports give
    publish times without a zone: they are read in ``zone`` (the workspace's)."""
    from sqlalchemy import select

    from app.store import models as m

    totals = post_totals(figures)
    if not totals:
        return StoredPostFigures(0, 0, 0)
    account = session.get(m.Account, account_id)
    platform = account.platform if account is not None else None
    existing = {
        row.external_id: row
        for row in session.scalars(
            select(m.PostMetric).where(
                m.PostMetric.account_id == account_id,
                m.PostMetric.external_id.in_([t.external_id[:ID_LIMIT] for t in totals]),
            )
        )
    }
    posts_by_token: dict[str, set[int]] = {}
    if platform is not None:
        records = session.execute(
            select(m.PublicationRecord.post_id, m.PublicationRecord.url).where(
                m.PublicationRecord.platform == platform, m.PublicationRecord.url != ""
            )
        )
        for post_id, url in records:
            for token in url_tokens(url):
                posts_by_token.setdefault(token, set()).add(post_id)
    created = updated = linked = 0
    for t in totals:
        key = t.external_id[:ID_LIMIT]
        row = existing.get(key)
        if row is None:
            row = existing[key] = m.PostMetric(account_id=account_id, external_id=key)
            session.add(row)
            created += 1
        else:
            updated += 1
        published = t.published_at
        if published is not None and published.tzinfo is None:
            published = published.replace(tzinfo=zone)
        if published is not None:
            row.published_at = published.astimezone(dt.UTC)
        # A newer export replaces the figures it gives and keeps the ones it does not.
        for name in ("views", "reach", "engagements", "video_views"):
            value = getattr(t, name)
            if value is not None:
                setattr(row, name, value)
        row.imported_at = now
        post_id = _linked_post(t.external_id, posts_by_token)
        if post_id is not None:
            row.post_id = post_id
            linked += 1
    return StoredPostFigures(created, updated, linked)


def url_tokens(url: str) -> set[str]:
    """The parts of a publication URL a platform's post id can be: each path segment and each
    query value (``…/posts/123``, ``…/status/123``, ``watch?v=abc``, ``/reel/abc/``)."""
    from urllib.parse import parse_qsl, urlsplit

    parts = urlsplit(url.strip())
    tokens = {segment for segment in parts.path.split("/") if segment}
    tokens |= {value for _, value in parse_qsl(parts.query) if value}
    return tokens


def _linked_post(external_id: str, posts_by_token: dict[str, set[int]]) -> int | None:
    """The post whose publication URL holds ``external_id`` as a path segment or query value,
    when exactly one does. Meta's post ids are "PAGEID_POSTID": the URL holds the second part."""
    found: set[int] = set()
    for tail in {external_id, external_id.rsplit("_", 1)[-1]}:
        found |= posts_by_token.get(tail, set())
    return found.pop() if len(found) == 1 else None
