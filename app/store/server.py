"""Team mode: the records on a shared PostgreSQL server (``BAYAN_DATABASE_URL``).

What differs from a workspace's ``bayan.db``:

- the schema's version is read with SQLAlchemy (there is no file to peek at with ``sqlite3``),
  and migrating takes a PostgreSQL advisory lock, so two officers starting a newer Bayan at the
  same moment do not both migrate;
- no file checks, no copy before migrating, no WAL or VACUUM: integrity, durability and backups
  are the server's (``pg_dump``), and Bayan says so where it would have done them itself;
- the read-only queries of :mod:`app.store.fastread` (written for SQLite) run through
  :class:`ServerConnection`, which translates the few SQLite spellings they use.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from app.errors import DatabaseTooNew, WorkspaceError

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

# pg_advisory_lock key while migrating ("bayan" in ASCII).
MIGRATION_LOCK = 0x626179616E
_SQL_DATETIME = "%Y-%m-%d %H:%M:%S.%f"


def describe(engine: Engine) -> str:
    """The server and database for messages, never the password."""
    return engine.url.render_as_string(hide_password=True)


def server_revision(conn: Any) -> str | None:
    """The Alembic revision of the server's database (a SQLAlchemy connection), None when
    Alembic never touched it."""
    from sqlalchemy import text

    present = conn.execute(text("SELECT to_regclass('alembic_version') IS NOT NULL")).scalar()
    if not present:
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _user_tables(conn: Any) -> list[str]:
    from sqlalchemy import text

    return list(
        conn.execute(
            text(
                "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
                " AND tablename <> 'alembic_version' ORDER BY tablename"
            )
        ).scalars()
    )


def prepare(engine: Engine) -> str | None:
    """Bring the server's database to the current schema; returns the revision it had (``"none"``
    for an empty database) when it migrated, None when it was current already.

    An empty database gets the schema (the first officer to start Bayan on it makes it); one
    holding other tables but no Bayan schema, or a newer schema, is refused unchanged. A server
    that cannot be reached, or that refuses (no permission to create tables), is a
    :class:`WorkspaceError` naming it (never its password).
    """
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError, OperationalError

    from app.store import schema

    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT pg_advisory_lock(:key)"), {"key": MIGRATION_LOCK})
            conn.commit()
            try:
                revision = server_revision(conn)
                conn.commit()
                if revision == schema.SCHEMA_HEAD:
                    return None
                if revision is not None and revision not in schema.known_revisions():
                    raise DatabaseTooNew(describe(engine), revision)  # type: ignore[arg-type]
                if revision is None:
                    others = _user_tables(conn)
                    conn.commit()
                    if others:
                        raise WorkspaceError(
                            f"the database {describe(engine)} holds tables that are not Bayan's "
                            f"({', '.join(others[:3])}…); give Bayan an empty database of its own"
                        )
                schema.upgrade(engine)
                return revision or "none"
            finally:
                conn.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": MIGRATION_LOCK})
                conn.commit()
    except OperationalError as exc:
        raise WorkspaceError(
            f"cannot reach the team database {describe(engine)}: {_first_line(exc.orig)}"
        ) from None
    except DBAPIError as exc:
        raise WorkspaceError(
            f"the team database {describe(engine)} refused to set up Bayan's tables: "
            f"{_first_line(exc.orig)}"
        ) from None


def has_schema(engine: Engine) -> bool:
    from sqlalchemy.exc import OperationalError

    try:
        with engine.connect() as conn:
            return server_revision(conn) is not None
    except OperationalError as exc:
        raise WorkspaceError(
            f"cannot reach the team database {describe(engine)}: {_first_line(exc.orig)}"
        ) from None


def _first_line(exc: object) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def lock_for_writing(session: Any, table: str) -> None:
    """Take the write lock a read-then-write step needs before it reads (the audit chain's
    head, an approver's attempts, inquiries being anonymised): on SQLite a no-op UPDATE takes
    the database's write lock; on PostgreSQL a table lock that conflicts with itself and with
    writes, never with reads. ``table`` is a name from the code, never from input."""
    from sqlalchemy import text

    if session.get_bind().dialect.name == "postgresql":
        session.execute(text(f"LOCK TABLE {table} IN SHARE ROW EXCLUSIVE MODE"))
    else:
        session.execute(text(f"UPDATE {table} SET id = id WHERE 0"))


def sync_id_sequences(session: Any) -> int:
    """On PostgreSQL, move every table's id sequence past the largest id stored (after rows
    were inserted with explicit ids: a bulk load, a copy); nothing on SQLite, whose next id
    is always the largest plus one. Returns how many sequences were set."""
    from sqlalchemy import text

    if session.get_bind().dialect.name != "postgresql":
        return 0
    rows = session.execute(
        text(
            "SELECT c.table_name, pg_get_serial_sequence(c.table_name, c.column_name)"
            " FROM information_schema.columns c WHERE c.table_schema = current_schema()"
            " AND c.column_name = 'id'"
            " AND pg_get_serial_sequence(c.table_name, c.column_name) IS NOT NULL"
        )
    ).all()
    for table, sequence in rows:
        session.execute(
            text(f'SELECT setval(:seq, coalesce((SELECT max(id) FROM "{table}"), 0) + 1, false)'),
            {"seq": sequence},
        )
    return len(rows)


# --- SQLite's spelling of the read-only queries, on PostgreSQL --------------------------------

_NOCASE = re.compile(r"(\(CASE .*? END\)|[\w.]+) COLLATE NOCASE")
_ORDER_DIRECTION = re.compile(r"\b(ASC|DESC)\b")
_WHERE_ONE = re.compile(r"\bWHERE 1(?=\s|\)|$)")
_GROUP_CONCAT = re.compile(r"group_concat\(([\w.]+)\)")


def translate(sql: str) -> str:
    """A query written for SQLite (by :mod:`app.store.fastread` and
    :mod:`app.store.search_index`) in PostgreSQL's spelling: ``?`` placeholders, ``ifnull``,
    ``group_concat``, ``COLLATE NOCASE``, ``WHERE 1``; and NULLs sorted as SQLite sorts them
    (first in ascending order, last in descending)."""
    sql = sql.replace("%", "%%").replace("?", "%s")
    sql = sql.replace("ifnull(", "coalesce(").replace("char(10)", "chr(10)")
    sql = _GROUP_CONCAT.sub(r"string_agg(\1, ',' ORDER BY \1)", sql)
    sql = _NOCASE.sub(r"lower(\1)", sql)
    sql = _WHERE_ONE.sub("WHERE TRUE", sql)
    if " ORDER BY " in sql:
        head, _, tail = sql.rpartition(" ORDER BY ")
        tail = _ORDER_DIRECTION.sub(
            lambda m: m.group(1) + (" NULLS FIRST" if m.group(1) == "ASC" else " NULLS LAST"), tail
        )
        sql = f"{head} ORDER BY {tail}"
    return sql


def _as_sqlite(value: Any) -> Any:
    """A value as SQLite hands it back: date-times and dates as the text SQLAlchemy stores."""
    if isinstance(value, dt.datetime):
        return value.strftime(_SQL_DATETIME)
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


class _Rows:
    """A cursor's rows with their values as SQLite would give them."""

    def __init__(self, cursor: Any) -> None:
        self._cursor = cursor

    def __iter__(self) -> Iterator[tuple[Any, ...]]:
        for row in self._cursor:
            yield tuple(_as_sqlite(v) for v in row)

    def fetchone(self) -> tuple[Any, ...] | None:
        row = self._cursor.fetchone()
        return None if row is None else tuple(_as_sqlite(v) for v in row)

    def fetchall(self) -> list[tuple[Any, ...]]:
        return list(self)


class ServerConnection:
    """A DB-API (psycopg) connection that takes the SQLite-spelled queries of the read paths:
    ``execute(sql, params)`` and ``executemany`` as on ``sqlite3.Connection``."""

    def __init__(self, raw: Any, *, owned: bool = False, label: str = "") -> None:
        self.raw = raw
        self._owned = owned
        self.label = label  # the server and database, for people (never the password)

    def execute(self, sql: str, params: Sequence[Any] | None = None) -> _Rows:
        cursor = self.raw.cursor()
        cursor.execute(translate(sql), tuple(params) if params else None)
        return _Rows(cursor)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        rows = list(rows)
        if rows:
            with self.raw.cursor() as cursor:
                cursor.executemany(translate(sql), rows)

    def close(self) -> None:
        if self._owned:
            self.raw.close()


def connect(url: str) -> ServerConnection:
    """A connection of its own to the team database for reading (autocommit: each query sees
    what the others committed, and no transaction stays open while the window waits)."""
    import psycopg
    from sqlalchemy.engine import make_url

    from app.store.engine import check_database_url

    parsed = make_url(check_database_url(url))
    params = {
        key: value
        for key, value in (
            ("host", parsed.host),
            ("port", parsed.port),
            ("user", parsed.username),
            ("password", parsed.password),
            ("dbname", parsed.database),
        )
        if value is not None
    }
    params.update({k: v for k, v in parsed.query.items() if isinstance(v, str)})
    try:
        raw = psycopg.connect(autocommit=True, connect_timeout=15, **params)
    except psycopg.OperationalError as exc:
        safe = parsed.render_as_string(hide_password=True)
        raise WorkspaceError(f"cannot reach the team database {safe}: {_first_line(exc)}") from None
    label = f"{parsed.host or 'localhost'}{':' + str(parsed.port) if parsed.port else ''}"
    return ServerConnection(raw, owned=True, label=f"{label}/{parsed.database or ''}")
