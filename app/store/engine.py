"""The one engine factory: SQLite with WAL, foreign keys, a busy timeout and real transactions;
or, in team mode, a shared PostgreSQL server named by ``BAYAN_DATABASE_URL``."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine
    from sqlalchemy.orm import Session, sessionmaker

BUSY_TIMEOUT_MS = 15_000
# Team mode: ``postgresql+psycopg://user:password@host/dbname`` puts the records on a shared
# PostgreSQL server instead of the workspace's bayan.db (media files stay in the workspace).
DATABASE_URL_VAR = "BAYAN_DATABASE_URL"
SERVER_SCHEMES = ("postgresql+psycopg", "postgresql")


def database_url() -> str | None:
    """The team-mode server's URL from the environment, None for the usual bayan.db."""
    value = os.environ.get(DATABASE_URL_VAR, "").strip()
    return value or None


def check_database_url(url: str) -> str:
    """``url`` if it names a PostgreSQL server Bayan can use (``postgresql`` alone means
    psycopg 3); a clear error otherwise (the URL, which may hold a password, is not repeated)."""
    from app.errors import WorkspaceError

    scheme, sep, _rest = url.partition("://")
    if not sep or scheme not in SERVER_SCHEMES:
        raise WorkspaceError(
            f"{DATABASE_URL_VAR} must start with postgresql+psycopg:// (got "
            f"{scheme + '://' if sep else 'no scheme'}); unset it to use the workspace's bayan.db"
        )
    return "postgresql+psycopg://" + url.partition("://")[2]


def apply_pragmas(dbapi_conn: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    # FULL: a committed change survives a power cut too, not only a killed process.
    cur.execute("PRAGMA synchronous=FULL")
    cur.close()


def make_server_engine(url: str) -> Engine:
    """An engine on a team-mode PostgreSQL server: no PRAGMAs (foreign keys, durability and
    locking are the server's), a connection checked before use (a server may restart)."""
    from sqlalchemy import create_engine

    return create_engine(
        check_database_url(url),
        pool_pre_ping=True,
        connect_args={"connect_timeout": 15, "application_name": "bayan"},
    )


def make_engine(db_path: Path, url: str | None = None) -> Engine:
    """The workspace's SQLite engine, or with ``url`` the team-mode server's."""
    from sqlalchemy import create_engine, event

    from app.store import storage_errors

    if url is not None:
        server = make_server_engine(url)
        storage_errors.install(server)  # a full disk or read-only server said plainly
        return server
    engine = create_engine(f"sqlite:///{db_path}", connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    storage_errors.install(engine)  # a full disk or read-only workspace said plainly

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin, so DDL in a
        # migration step is inside its transaction too (SQLAlchemy's documented pysqlite recipe).
        dbapi_conn.isolation_level = None
        apply_pragmas(dbapi_conn)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions on ``engine``; every flush keeps the search index in step (see
    :mod:`app.store.search_index`)."""
    from sqlalchemy.orm import sessionmaker

    from app.store import search_index

    search_index.install()
    return sessionmaker(engine, expire_on_commit=False)
