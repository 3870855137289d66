"""Ways to make a workspace's disk full or read-only in a test (the tests run as root in CI, where
file permissions do not stop anything).

- :func:`disk_full`: SQLite's own ``PRAGMA max_page_count`` at the database's current size, so a
  write that needs a new page fails with SQLITE_FULL, exactly as on a full disk.
- :func:`read_only`: ``PRAGMA query_only``, so every write fails with SQLITE_READONLY.
- :func:`failing_commit` / :func:`failing_writes`: the connection's COMMIT, or every statement
  that writes, raises ``sqlite3.OperationalError(message)`` (no error code: only the words).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine

FULL = "database or disk is full"
READ_ONLY = "attempt to write a readonly database"


@contextmanager
def _on_connect(engine: Engine, pragma: Any) -> Iterator[None]:
    """Every connection ``engine`` makes inside the block runs ``pragma(dbapi_conn)``."""

    def listener(dbapi_conn: Any, _record: Any) -> None:
        pragma(dbapi_conn)

    engine.dispose()  # connections already in the pool would not run it
    event.listen(engine, "connect", listener)
    try:
        yield
    finally:
        event.remove(engine, "connect", listener)
        engine.dispose()


def disk_full(engine: Engine) -> Any:
    def pragma(conn: Any) -> None:
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages}")

    return _on_connect(engine, pragma)


def read_only(engine: Engine) -> Any:
    return _on_connect(engine, lambda conn: conn.execute("PRAGMA query_only = 1"))


@contextmanager
def failing_commit(engine: Engine, message: str = FULL) -> Iterator[None]:
    dialect = engine.dialect
    real = dialect.do_commit

    def do_commit(dbapi_conn: Any) -> None:
        raise sqlite3.OperationalError(message)

    dialect.do_commit = do_commit  # type: ignore[method-assign]
    try:
        yield
    finally:
        dialect.do_commit = real  # type: ignore[method-assign]


@contextmanager
def failing_writes(engine: Engine, message: str = READ_ONLY) -> Iterator[None]:
    def before(conn: Any, cursor: Any, statement: str, *_args: Any) -> None:
        if statement.lstrip().split(None, 1)[0].upper() in ("INSERT", "UPDATE", "DELETE"):
            raise sqlite3.OperationalError(message)

    event.listen(engine, "before_cursor_execute", before)
    try:
        yield
    finally:
        event.remove(engine, "before_cursor_execute", before)


TROUBLES = {
    "disk full": disk_full,
    "read-only": read_only,
    "commit fails: disk full": failing_commit,
    "writes fail: read-only": failing_writes,
}
