"""Read-only queries for start-up and the dashboard, on the standard library's ``sqlite3``.

Importing SQLAlchemy takes longer than opening a bare Qt window, so the first screen reads
through here; everything that writes goes through the ORM. Date-times are compared as the text
SQLAlchemy stores for SQLite (``YYYY-MM-DD HH:MM:SS.ffffff``, UTC).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.store.health import readonly_connect

if TYPE_CHECKING:
    # Not imported at run time: dataclasses would add to start-up, which reads through here.
    from app.core.filters import PostFilter
    from app.core.inquiries import InquiryFilter, QueueRow
    from app.core.office_hours import OfficeHours

_SQL_DATETIME = "%Y-%m-%d %H:%M:%S.%f"

# A named stretch of time: (name in Arabic, name in English, start, end, its kind or reason).
Span = tuple[str, str, dt.datetime, dt.datetime, str]


def sql_utc(value: dt.datetime) -> str:
    """An aware date-time as SQLAlchemy stores it in SQLite."""
    return value.astimezone(dt.UTC).strftime(_SQL_DATETIME)


def _date(text: str | None) -> dt.date | None:
    """A stored date (``YYYY-MM-DD``), None when empty or unreadable."""
    if not text:
        return None
    try:
        return dt.date.fromisoformat(str(text)[:10])
    except ValueError:
        return None


def parse_utc(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=dt.UTC)


class FastReader:
    """One read-only connection to a workspace's database; in team mode (``BAYAN_DATABASE_URL``
    set, or ``database_url`` given) to the PostgreSQL server instead, through
    :class:`app.store.server.ServerConnection`, which takes the same SQL (the few queries that
    use SQLite's JSON functions, PRAGMAs or Python functions have a branch of their own)."""

    def __init__(self, db_path: Path, database_url: str | None = None) -> None:
        import os

        url = database_url or os.environ.get("BAYAN_DATABASE_URL", "").strip()
        self.on_server = bool(url)
        if url:
            from app.store import server

            self._conn: Any = server.connect(url)
        else:
            self._conn = readonly_connect(db_path)

    def close(self) -> None:
        self._conn.close()

    @property
    def server_label(self) -> str | None:
        """Team mode: the server and database read (``host:port/name``, no user or password);
        None for a workspace's bayan.db."""
        return self._conn.label if self.on_server else None

    def setting(self, key: str, default: Any = None) -> Any:
        """A scalar setting (text, number, boolean), decoded by SQLite's own JSON functions."""
        if self.on_server:  # the driver decodes the JSON
            row = self._conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
            value = row[0] if row else None
            if isinstance(value, dict | list):  # JSON text, as SQLite's json_extract gives it
                import json

                return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
            return default if value is None else value
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

    def account_reminder_rows(
        self,
    ) -> list[tuple[int, str, str, dt.date | None, int, dt.date | None]]:
        """(id, platform, handle, password_changed_on, rotation_days, privacy_reviewed_on) of
        every active account, for the dashboard's reminders."""
        rows = self._conn.execute(
            "SELECT id, platform, handle, password_changed_on, rotation_days,"
            " privacy_reviewed_on FROM accounts WHERE active ORDER BY id"
        )
        return [
            (aid, platform, handle, _date(changed), days or 90, _date(reviewed))
            for aid, platform, handle, changed, days, reviewed in rows
        ]

    # --- inquiries -----------------------------------------------------------------------

    def json_object_setting(self, key: str) -> dict[str, Any] | None:
        """A setting holding a JSON object of scalars and lists of scalars, read with SQLite's
        JSON functions (no ``json`` import on the start path); None when absent or not one."""
        if self.on_server:
            row = self._conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
            if row is None or not isinstance(row[0], dict):
                return None
            return {k: v for k, v in row[0].items() if not isinstance(v, dict)}
        rows = self._conn.execute(
            "SELECT j.key, j.type, j.value FROM settings s, json_each(s.value) j"
            " WHERE s.key = ? AND json_valid(s.value) AND json_type(s.value) = 'object'",
            (key,),
        ).fetchall()
        if not rows:
            present = self._conn.execute(
                "SELECT json_valid(value) AND json_type(value) = 'object' FROM settings"
                " WHERE key = ?",
                (key,),
            ).fetchone()
            return {} if present and present[0] else None
        result: dict[str, Any] = {}
        for name, kind, value in rows:
            if kind == "array":
                value = [
                    item
                    for (item,) in self._conn.execute("SELECT value FROM json_each(?)", (value,))
                ]
            elif kind == "object":
                continue
            elif kind in ("true", "false"):
                value = kind == "true"
            result[name] = value
        return result

    def public_holidays(self) -> frozenset[dt.date]:
        days = (_date(day) for (day,) in self._conn.execute("SELECT day FROM public_holidays"))
        return frozenset(day for day in days if day is not None)

    def inquiry_rules(self, timezone: str) -> tuple[dict[str, dt.timedelta], OfficeHours]:
        """The response-time targets and office hours (with the public holidays, in
        ``timezone``) as stored; stored values that do not check fall back to the defaults."""
        from zoneinfo import ZoneInfo

        from app.core import inquiries, office_hours

        try:
            targets = inquiries.targets_from_settings(
                self.json_object_setting(inquiries.TARGETS_KEY)
            )
        except ValueError:
            targets = inquiries.default_targets()
        try:
            week = office_hours.office_week_from_settings(
                self.json_object_setting(inquiries.OFFICE_HOURS_KEY)
            )
        except ValueError:
            week = office_hours.OfficeWeek()
        hours = office_hours.OfficeHours.from_week(week, self.public_holidays(), ZoneInfo(timezone))
        return targets, hours

    def awaiting_inquiries(self, statuses: tuple[str, ...]) -> list[tuple[str, str]]:
        """(kind, received_at as stored) of the inquiries in ``statuses`` with no response yet
        (the dashboard's overdue count)."""
        marks = ",".join("?" * len(statuses))
        return self._conn.execute(
            f"SELECT kind, received_at FROM inquiries WHERE status IN ({marks})"
            " AND first_response_at IS NULL",
            statuses,
        ).fetchall()

    def inquiry_rows(self, inquiry_filter: InquiryFilter | None = None) -> list[tuple[Any, ...]]:
        """The rows of :func:`inquiry_queue_sql` for the filter (date-times aware), unsorted."""
        if self.on_server:
            return server_inquiry_rows(self._conn, inquiry_filter)
        sql, params = inquiry_queue_sql(inquiry_filter)
        if inquiry_filter is not None and inquiry_filter.text.strip():
            register_search_function(self._conn)
        return parse_queue_rows(self._conn.execute(sql, params))

    def inquiry_queue(
        self, inquiry_filter: InquiryFilter | None, now: dt.datetime, timezone: str
    ) -> list[QueueRow]:
        """The inquiry page's queue: the filter's rows (open ones by default) in the order of
        :func:`app.core.inquiries.arrange_queue`, with time left to their deadlines."""
        from app.core.inquiries import InquiryFilter, arrange_queue

        chosen = inquiry_filter or InquiryFilter()
        targets, hours = self.inquiry_rules(timezone)
        return arrange_queue(
            self.inquiry_rows(chosen),
            targets,
            hours,
            now,
            overdue_only=chosen.overdue_only,
            limit=chosen.limit,
        )

    # --- the calendar and the posts list -------------------------------------------------

    def columns(self, table: str) -> frozenset[str]:
        """The columns ``table`` has (a workspace may predate a migration that added some)."""
        known: dict[str, frozenset[str]] = self.__dict__.setdefault("_columns", {})
        if table not in known and self.on_server:
            rows = self._conn.execute(
                "SELECT ordinal_position, column_name FROM information_schema.columns"
                " WHERE table_schema = current_schema() AND table_name = ?",
                (table,),
            ).fetchall()
            known[table] = frozenset(row[1] for row in rows)
        if table not in known:
            rows = self._conn.execute(f"PRAGMA table_info({table})").fetchall()
            known[table] = frozenset(row[1] for row in rows)
        return known[table]

    def _post_column(self, name: str, default: str = "''") -> str:
        return f"ifnull(p.{name}, {default})" if name in self.columns("posts") else default

    def week_start(self) -> int:
        """The organisation's first day of the week: 0 Monday … 6 Sunday (Sunday by default)."""
        row = self._conn.execute(
            "SELECT week_start FROM organisation ORDER BY id LIMIT 1"
        ).fetchone()
        value = row[0] if row else None
        return value if isinstance(value, int) and 0 <= value <= 6 else 6

    def calendar_posts(
        self, start: dt.datetime, end: dt.datetime, post_filter: PostFilter | None = None
    ) -> list[CalendarRow]:
        """Posts scheduled in [start, end) that pass the filter, in time order.

        One range scan of ``ix_posts_scheduled_state`` (or ``ix_posts_state_scheduled`` when
        states are chosen) and one covering-index lookup per post for its platforms. The title in
        English is "" when the workspace has no such column yet.
        """
        sql, params = self.calendar_query(start, end, post_filter)
        return self._conn.execute(sql, params).fetchall()

    def calendar_query(
        self, start: dt.datetime, end: dt.datetime, post_filter: PostFilter | None = None
    ) -> tuple[str, list[Any]]:
        """The SQL and parameters of :meth:`calendar_posts` (tests check its query plan)."""
        where, params = post_filter_sql(post_filter, start, end)
        sql = (
            f"SELECT p.id, p.title, {self._post_column('title_en')}, p.scheduled_at, p.state,"
            f" {_PLATFORMS}, p.campaign_id, p.pillar_id FROM posts p WHERE {where}"
            # No tie-break on id: it would cost a sort; the index orders ties by state and id.
            " ORDER BY p.scheduled_at"
        )
        return sql, params

    def calendar_slots(
        self, start: dt.datetime, end: dt.datetime, post_filter: PostFilter | None = None
    ) -> list[tuple[int, str, str]]:
        """(id, scheduled_at as stored, state) of the posts of [start, end) passing the filter,
        in time order: without a campaign, pillar or platform filter, read from the index alone
        (``ix_posts_scheduled_state`` holds all three). A month view reads every post's slot
        and the details (:meth:`calendar_details`) of the few it draws."""
        sql, params = self.calendar_slots_query(start, end, post_filter)
        return self._conn.execute(sql, params).fetchall()

    def calendar_slots_query(
        self, start: dt.datetime, end: dt.datetime, post_filter: PostFilter | None = None
    ) -> tuple[str, list[Any]]:
        """The SQL and parameters of :meth:`calendar_slots` (tests check its query plan)."""
        where, params = post_filter_sql(post_filter, start, end)
        sql = (
            f"SELECT p.id, p.scheduled_at, p.state FROM posts p WHERE {where}"
            " ORDER BY p.scheduled_at"
        )
        return sql, params

    def calendar_details(self, ids: list[int]) -> list[CalendarRow]:
        """The calendar's row (as :meth:`calendar_posts`) of each post in ``ids``, any order."""
        rows: list[CalendarRow] = []
        title_en = self._post_column("title_en")
        for at in range(0, len(ids), _IDS_PER_QUERY):
            chunk = ids[at : at + _IDS_PER_QUERY]
            rows += self._conn.execute(
                f"SELECT p.id, p.title, {title_en}, p.scheduled_at, p.state, {_PLATFORMS},"
                f" p.campaign_id, p.pillar_id FROM posts p WHERE p.id IN ({_marks(chunk)})",
                chunk,
            ).fetchall()
        return rows

    def post_count(self, post_filter: PostFilter) -> int:
        where, params = post_filter_sql(post_filter)
        (count,) = self._conn.execute(
            f"SELECT COUNT(*) FROM posts p WHERE {where}", params
        ).fetchone()
        return int(count)

    def post_list(
        self,
        post_filter: PostFilter,
        *,
        order_by: str = "scheduled_at",
        descending: bool = True,
        english: bool = False,
        limit: int = 500,
        offset: int = 0,
    ) -> list[PostListRow]:
        """One page of the posts list, filtered and sorted in SQL (ties broken by id).

        ``order_by`` is one of :data:`POST_LIST_ORDER`; the title sorts by ``title_en`` where it
        is set when ``english``; unscheduled posts come last either way.
        """
        if order_by not in POST_LIST_ORDER:
            raise ValueError(f"cannot sort the posts list by {order_by!r}")
        title_en = self._post_column("title_en")
        checklist = self._post_column("checklist_status")
        direction = "DESC" if descending else "ASC"
        key = {
            "state": _STATE_RANK,
            "scheduled_at": "p.scheduled_at",
            "platforms": "platforms",
            "title": (
                f"(CASE WHEN {title_en} != '' THEN {title_en} ELSE p.title END)"
                if english
                else "p.title"
            ),
            "checklist": _CHECKLIST_RANK.format(col=checklist),
        }[order_by]
        if order_by == "title":
            key += " COLLATE NOCASE"
        where, params = post_filter_sql(post_filter)
        # First the page's ids, sorted on the index or on a narrow key (no platforms read for
        # rows not shown), then the page's rows; SQLite puts unscheduled posts (NULL) first in
        # ascending order and last in descending order.
        from_sql = (
            "FROM posts p"
            if order_by != "platforms"
            else f"FROM (SELECT p.*, {_PLATFORMS} AS platforms FROM posts p) p"
        )
        ids = [
            row[0]
            for row in self._conn.execute(
                f"SELECT p.id {from_sql} WHERE {where} ORDER BY {key} {direction}, p.id {direction}"
                " LIMIT ? OFFSET ?",
                [*params, limit, offset],
            )
        ]
        if not ids:
            return []
        rows = self._conn.execute(
            f"SELECT p.id, p.state, p.scheduled_at, {_PLATFORMS}, p.title, {title_en},"
            f" {checklist} FROM posts p WHERE p.id IN ({_marks(ids)})",
            ids,
        ).fetchall()
        position = {post_id: index for index, post_id in enumerate(ids)}
        rows.sort(key=lambda row: position[row[0]])
        return rows

    def post_state(self, post_id: int) -> str | None:
        row = self._conn.execute("SELECT state FROM posts WHERE id = ?", (post_id,)).fetchone()
        return row[0] if row else None

    def campaign_names(self) -> list[tuple[int, str, str]]:
        """(id, name_ar, name_en) of every campaign, newest first."""
        return self._conn.execute(
            "SELECT id, name_ar, name_en FROM campaigns ORDER BY starts_on DESC, id"
        ).fetchall()

    def pillar_names(self) -> list[tuple[int, str, str]]:
        """(id, name_ar, name_en) of every content pillar."""
        return self._conn.execute("SELECT id, name_ar, name_en FROM pillars ORDER BY id").fetchall()

    # --- global search ---------------------------------------------------------------------

    def search_ranked(self, match: str, kind: str, limit: int) -> list[tuple[int, float]]:
        """(id, bm25 score, lower is better) of the best ``limit`` rows of ``kind`` ("post",
        "inquiry", "media") for an FTS5 MATCH expression (see :mod:`app.store.search_index`)."""
        from app.store.search_index import ranked

        return ranked(self._conn, match, kind, limit)

    def search_fields(
        self, kind: str, ids: list[int]
    ) -> dict[int, tuple[tuple[str, ...], tuple[str, ...]]]:
        """(titles, bodies) as stored of these rows of ``kind``, for titles and snippets."""
        from app.store.search_index import read_fields

        return read_fields(self._conn, kind, ids)


# --- calendar and posts list ------------------------------------------------------------------

# A post on the calendar: (id, title, title_en, scheduled_at as stored, state, platforms joined by
# commas or None, campaign_id, pillar_id).
CalendarRow = tuple[int, str, str, str, str, str | None, int | None, int | None]
# A row of the posts list: (id, state, scheduled_at as stored or None, platforms joined by commas
# or None, title, title_en, checklist_status).
PostListRow = tuple[int, str, str | None, str | None, str, str, str]

# Columns the posts list sorts by, as SQL (the title follows the UI language, see post_list()).
POST_LIST_ORDER = ("state", "scheduled_at", "platforms", "title", "checklist")
_STATE_RANK = (
    "CASE p.state WHEN 'draft' THEN 0 WHEN 'changes_requested' THEN 1 WHEN 'in_review' THEN 2"
    " WHEN 'approved' THEN 3 WHEN 'published' THEN 4 WHEN 'archived' THEN 5"
    " WHEN 'withdrawn' THEN 6 ELSE 7 END"
)
_CHECKLIST_RANK = (
    "CASE {col} WHEN 'blocker' THEN 0 WHEN 'warning' THEN 1 WHEN 'ok' THEN 2 ELSE 3 END"
)
_IDS_PER_QUERY = 900  # well under SQLite's limit on parameters in one statement
_PLATFORMS = "(SELECT group_concat(v.platform) FROM post_variants v WHERE v.post_id = p.id)"


def _marks(values: object) -> str:
    return ",".join("?" * len(values))  # type: ignore[arg-type]


def post_filter_sql(
    post_filter: PostFilter | None,
    start: dt.datetime | None = None,
    end: dt.datetime | None = None,
) -> tuple[str, list[Any]]:
    """The WHERE clause (on ``posts p``) and its parameters for a filter; "1" lets all through.

    ``start`` and ``end``, when given, replace the filter's own dates. A platform filter keeps
    posts with at least one of the platforms (an index seek per post on
    ``post_variants(post_id, platform)``); the dates compare ``scheduled_at``, so unscheduled
    posts drop out as soon as a date bound is set.
    """
    clauses: list[str] = []
    params: list[Any] = []
    if post_filter is not None:
        start = start or post_filter.start
        end = end or post_filter.end
    if start is not None:
        clauses.append("p.scheduled_at >= ?")
        params.append(sql_utc(start))
    if end is not None:
        clauses.append("p.scheduled_at < ?")
        params.append(sql_utc(end))
    if post_filter is None:
        return (" AND ".join(clauses) or "1"), params
    if post_filter.states:
        clauses.append(f"p.state IN ({_marks(post_filter.states)})")
        params.extend(sorted(post_filter.states))
    if post_filter.campaign_ids:
        clauses.append(f"p.campaign_id IN ({_marks(post_filter.campaign_ids)})")
        params.extend(sorted(post_filter.campaign_ids))
    if post_filter.pillar_ids:
        clauses.append(f"p.pillar_id IN ({_marks(post_filter.pillar_ids)})")
        params.extend(sorted(post_filter.pillar_ids))
    if post_filter.platforms:
        clauses.append(
            "EXISTS (SELECT 1 FROM post_variants v WHERE v.post_id = p.id"
            f" AND v.platform IN ({_marks(post_filter.platforms)}))"
        )
        params.extend(sorted(post_filter.platforms))
    return (" AND ".join(clauses) or "1"), params


# --- inquiries ------------------------------------------------------------------------------

# What the queue shows of an inquiry: (id, received_at, channel, kind, status, subject, language,
# inquirer_name, first_response_at), the input of app.core.inquiries.arrange_queue.
INQUIRY_QUEUE_COLUMNS = (
    "i.id, i.received_at, i.channel, i.kind, i.status, i.subject, i.language, i.inquirer_name,"
    " i.first_response_at"
)
SEARCH_FUNCTION = "bayan_has_terms"
_TERM_SEPARATOR = "\x1f"


def inquiry_filter_sql(inquiry_filter: InquiryFilter | None) -> tuple[str, list[Any]]:
    """The WHERE clause (on ``inquiries i``) and its parameters; "1" lets all through.

    States, channels and kinds: any of those chosen (none chosen: any). The period compares
    ``received_at``. Overdue only: open and not answered (which of those are past their
    deadline is worked out after, in Python). The text: every word of it, in the subject or the
    text, compared in :func:`app.core.arabic.normalise_for_search` form (needs
    :func:`register_search_function` on the connection). The one place the inquiry search lives
    until a full-text index replaces it.
    """
    if inquiry_filter is None:
        return "1", []
    f = inquiry_filter
    clauses: list[str] = []
    params: list[Any] = []
    for column, chosen in (("status", f.statuses), ("channel", f.channels), ("kind", f.kinds)):
        if chosen:
            clauses.append(f"i.{column} IN ({_marks(chosen)})")
            params.extend(sorted(chosen))
    if f.start is not None:
        clauses.append("i.received_at >= ?")
        params.append(sql_utc(f.start))
    if f.end is not None:
        clauses.append("i.received_at < ?")
        params.append(sql_utc(f.end))
    if f.overdue_only:
        from app.core.inquiries import OPEN_STATUSES

        clauses.append(f"i.first_response_at IS NULL AND i.status IN ({_marks(OPEN_STATUSES)})")
        params.extend(sorted(OPEN_STATUSES))
    terms = search_terms(f.text)
    if terms:
        clauses.append(
            f"{SEARCH_FUNCTION}(ifnull(i.subject, '') || char(10) || ifnull(i.text, ''), ?)"
        )
        params.append(_TERM_SEPARATOR.join(terms))
    return (" AND ".join(clauses) or "1"), params


def inquiry_queue_sql(inquiry_filter: InquiryFilter | None) -> tuple[str, list[Any]]:
    where, params = inquiry_filter_sql(inquiry_filter)
    return f"SELECT {INQUIRY_QUEUE_COLUMNS} FROM inquiries i WHERE {where}", params


def search_terms(text: str) -> list[str]:
    """The words of a search, in normalised form (empty for a blank search)."""
    if not text or not text.strip():
        return []
    from app.core.arabic import normalise_for_search

    return [t for t in normalise_for_search(text).split() if t]


def register_search_function(conn: sqlite3.Connection) -> None:
    """Give ``conn`` the SQL function the inquiry text search calls: 1 when every term (joined
    by a unit separator) is in the normalised haystack."""
    from app.core.arabic import normalise_for_search

    def has_terms(haystack: str | None, terms: str) -> int:
        folded = normalise_for_search(haystack or "")
        return int(all(term in folded for term in terms.split(_TERM_SEPARATOR)))

    conn.create_function(SEARCH_FUNCTION, 2, has_terms, deterministic=True)


def server_inquiry_rows(conn: Any, inquiry_filter: InquiryFilter | None) -> list[tuple[Any, ...]]:
    """:meth:`FastReader.inquiry_rows` on PostgreSQL (``conn`` a
    :class:`app.store.server.ServerConnection` or anything with the same ``execute``): the
    text search, a Python function on SQLite, runs here on the rows the rest of the filter
    lets through."""
    terms = search_terms(inquiry_filter.text) if inquiry_filter is not None else []
    if not terms:
        return parse_queue_rows(conn.execute(*inquiry_queue_sql(inquiry_filter)))
    from app.core.arabic import normalise_for_search

    assert inquiry_filter is not None
    where, params = inquiry_filter_sql(inquiry_filter._replace(text=""))
    rows = conn.execute(
        f"SELECT {INQUIRY_QUEUE_COLUMNS}, i.text FROM inquiries i WHERE {where}", params
    ).fetchall()
    kept = []
    for *row, text in rows:
        folded = normalise_for_search((row[5] or "") + "\n" + (text or ""))
        if all(term in folded for term in terms):
            kept.append(tuple(row))
    return parse_queue_rows(kept)


def parse_queue_rows(rows: Any) -> list[tuple[Any, ...]]:
    """Queue rows as read (stored UTC text) with their date-times made aware."""
    parse = dt.datetime.fromisoformat  # with "+00:00" appended: several times faster than replace()
    return [
        (
            i,
            parse(received + "+00:00"),
            channel,
            kind,
            status,
            subject,
            language,
            name,
            parse(first + "+00:00") if first else None,
        )
        for i, received, channel, kind, status, subject, language, name, first in rows
    ]
