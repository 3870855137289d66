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

SCHEMA_HEAD = "0003"
MIGRATIONS_DIR = Path(__file__).with_name("migrations")


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
    """Apply every pending migration, one transaction per step."""
    from alembic import command

    cfg = alembic_config()
    with engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)
