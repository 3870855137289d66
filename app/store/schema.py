"""The schema's version, and bringing a database up to it with Alembic.

``SCHEMA_HEAD`` names the newest migration; a test checks it against the scripts. Reading the
version uses ``sqlite3`` only, so a start-up on an up-to-date database never imports Alembic.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from app.errors import DatabaseTooNew
from app.store.health import database_error, readonly_connect

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy.engine import Engine

SCHEMA_HEAD = "0006"
MIGRATIONS_DIR = Path(__file__).with_name("migrations")
# Tables of SQLite's FTS5 machinery (the search index and its shadow tables, migration 0005)
# are made by hand, not by autogenerate, and left out of its comparisons.
FTS_PREFIXES = ("search_",)


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """Alembic's ``include_name`` hook: everything but the FTS5 tables."""
    return not (type_ == "table" and name is not None and name.startswith(FTS_PREFIXES))


def read_revision(db_path: Path) -> str | None:
    """The database's Alembic revision, or None for a database Alembic never touched."""
    try:
        conn = readonly_connect(db_path)
        try:
            has_table = conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
            ).fetchone()
            if not has_table:
                return None
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise database_error(db_path, exc) from exc
    return row[0] if row else None


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def needs_upgrade(db_path: Path) -> bool:
    """True when the database is behind; raises :class:`DatabaseTooNew` when it is ahead."""
    revision = read_revision(db_path)
    if revision == SCHEMA_HEAD:
        return False
    if revision is not None and revision not in known_revisions():
        raise DatabaseTooNew(db_path, revision)
    return True


def upgrade(engine: Engine, target: str = "head") -> None:
    """Apply every pending migration, one transaction per step.

    Foreign keys are off while migrating: a batch step on SQLite copies a table and drops the
    original, and with foreign keys on that drop would cascade-delete the rows that refer to it
    (or fail on a RESTRICT link). Afterwards ``foreign_key_check`` must find nothing, or the
    upgrade stops with an error; the connection gets foreign keys back either way.
    """
    from alembic import command

    from app.errors import WorkspaceError

    cfg = alembic_config()
    with engine.connect() as conn:
        raw = conn.connection.driver_connection
        if engine.dialect.name == "sqlite":
            raw.execute("PRAGMA foreign_keys=OFF")  # outside any transaction, where it applies
        try:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, target)
            if engine.dialect.name == "sqlite":
                broken = raw.execute("PRAGMA foreign_key_check").fetchall()
                if broken:
                    table, rowid = broken[0][0], broken[0][1]
                    raise WorkspaceError(
                        f"the migration left {len(broken)} broken references "
                        f"(first: {table} row {rowid}); restore the backup made before it"
                    )
        finally:
            if engine.dialect.name == "sqlite":
                raw.execute("PRAGMA foreign_keys=ON")
