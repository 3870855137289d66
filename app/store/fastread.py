"""Read-only queries for start-up and the dashboard, on the standard library's ``sqlite3``.

Importing SQLAlchemy takes longer than opening a bare Qt window, so the first screen reads
through here; everything that writes goes through the ORM. Date-times are compared as the text
SQLAlchemy stores for SQLite (``YYYY-MM-DD HH:MM:SS.ffffff``, UTC).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import Any

from app.store.health import readonly_connect

_SQL_DATETIME = "%Y-%m-%d %H:%M:%S.%f"

# A named stretch of time: (name in Arabic, name in English, start, end, its kind or reason).
Span = tuple[str, str, dt.datetime, dt.datetime, str]


def sql_utc(value: dt.datetime) -> str:
    """An aware date-time as SQLAlchemy stores it in SQLite."""
    return value.astimezone(dt.UTC).strftime(_SQL_DATETIME)


def parse_utc(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=dt.UTC)


class FastReader:
    """One read-only connection to a workspace's database."""

    def __init__(self, db_path: Path) -> None:
        self._conn: sqlite3.Connection = readonly_connect(db_path)

    def close(self) -> None:
        self._conn.close()

    def setting(self, key: str, default: Any = None) -> Any:
        """A scalar setting (text, number, boolean), decoded by SQLite's own JSON functions."""
        row = self._conn.execute(
            "SELECT json_extract(value, '$') FROM settings WHERE key = ? AND json_valid(value)",
            (key,),
        ).fetchone()
        if row is None or row[0] is None:
            return default
        return row[0]

    def organisation_names(self) -> tuple[str, str] | None:
        row = self._conn.execute(
            "SELECT name_ar, name_en FROM organisation ORDER BY id LIMIT 1"
        ).fetchone()
        return (row[0], row[1]) if row else None

    def post_counts_by_state(self, start: dt.datetime, end: dt.datetime) -> dict[str, int]:
        rows = self._conn.execute(
            "SELECT state, COUNT(*) FROM posts WHERE scheduled_at >= ? AND scheduled_at < ?"
            " GROUP BY state",
            (sql_utc(start), sql_utc(end)),
        )
        return {state: count for state, count in rows}

    def inquiry_counts_by_status(self, statuses: tuple[str, ...]) -> dict[str, int]:
        marks = ",".join("?" * len(statuses))
        rows = self._conn.execute(
            f"SELECT status, COUNT(*) FROM inquiries WHERE status IN ({marks}) GROUP BY status",
            statuses,
        )
        return {status: count for status, count in rows}

    def posts_between(
        self, start: dt.datetime, end: dt.datetime, exclude_states: tuple[str, ...], limit: int
    ) -> list[tuple[int, str, dt.datetime, str, list[str]]]:
        marks = ",".join("?" * len(exclude_states))
        rows = self._conn.execute(
            "SELECT p.id, p.title, p.scheduled_at, p.state,"
            " (SELECT group_concat(v.platform) FROM post_variants v WHERE v.post_id = p.id)"
            " FROM posts p WHERE p.scheduled_at >= ? AND p.scheduled_at < ?"
            f" AND p.state NOT IN ({marks}) ORDER BY p.scheduled_at, p.id LIMIT ?",
            (sql_utc(start), sql_utc(end), *exclude_states, limit),
        )
        return [
            (pid, title, parse_utc(at), state, sorted(platforms.split(",")) if platforms else [])
            for pid, title, at, state, platforms in rows
        ]

    def events_overlapping(self, start: dt.datetime, end: dt.datetime) -> list[Span]:
        """(title_ar, title_en, starts_at, ends_at, kind) of events touching [start, end)."""
        return self._spans("title_ar, title_en, starts_at, ends_at, kind FROM events", start, end)

    def quiet_periods_overlapping(self, start: dt.datetime, end: dt.datetime) -> list[Span]:
        """(name_ar, name_en, starts_at, ends_at, reason) of quiet periods touching [start, end)."""
        return self._spans(
            "name_ar, name_en, starts_at, ends_at, reason FROM quiet_periods", start, end
        )

    def _spans(self, columns_from: str, start: dt.datetime, end: dt.datetime) -> list[Span]:
        rows = self._conn.execute(
            f"SELECT {columns_from} WHERE starts_at < ? AND ends_at > ? ORDER BY starts_at, id",
            (sql_utc(end), sql_utc(start)),
        )
        return [(ar, en, parse_utc(s), parse_utc(e), what) for ar, en, s, e, what in rows]
