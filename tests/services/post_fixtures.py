"""Helpers for the post service tests (their fixtures, ``clock`` and ``service``, are in
``conftest.py``)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.services.posts import PostFields

START = dt.datetime(2026, 6, 1, 9, 0, tzinfo=dt.UTC)


class FakeClock:
    """An aware UTC clock the test moves by hand."""

    def __init__(self, now: dt.datetime = START) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


def fields(**changes: Any) -> PostFields:
    base: dict[str, Any] = {
        "title": "حملة التسجيل",
        "title_en": "Registration campaign",
        "platforms": ("facebook", "x"),
        "scheduled_at": dt.datetime(2026, 6, 10, 7, 0, tzinfo=dt.UTC),
        "text_ar": "يبدأ التسجيل للانتخابات اليوم.",
        "text_en": "Registration for the elections opens today.",
        "source_refs": "Official gazette, 1 June 2026",
    }
    base.update(changes)
    return PostFields(**base)


def set_state(workspace, post_id: int, state: str) -> None:
    """Put a post into a state directly (the approval service of issue 5 is not here yet)."""
    from app.store.models import Post

    with workspace.sessions.begin() as session:
        session.get(Post, post_id).state = state


def post_row(workspace, post_id: int) -> dict[str, Any]:
    """Every column of a post row, for "nothing changed" comparisons."""
    from sqlalchemy import text

    with workspace.engine.connect() as conn:
        row = conn.execute(text("SELECT * FROM posts WHERE id = :id"), {"id": post_id})
        return dict(row.mappings().one())


def count(workspace, table: str) -> int:
    from sqlalchemy import text

    with workspace.engine.connect() as conn:
        return int(conn.execute(text(f"SELECT COUNT(*) FROM {table}")).scalar_one())
