"""Opening a workspace: folders, health check, schema version, backup, migrations.

The command line and the GUI open workspaces through :func:`open_workspace`. The GUI's fast path
(:func:`quick_open_check`) avoids importing SQLAlchemy and Alembic when the database is intact
and current, which is what keeps start-up near a bare Qt window's.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from app.errors import WorkspaceError
from app.store import health, schema
from app.store.backup import list_backups
from app.store.lock import WorkspaceLock
from app.store.workspace import Workspace

T = TypeVar("T")

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine
    from sqlalchemy.orm import Session, sessionmaker


class OpenWorkspace:
    """A workspace with a current schema, and the engine and sessions to use it (made on first
    use, so that opening costs nothing until the ORM is needed)."""

    def __init__(self, workspace: Workspace, database_url: str | None = None) -> None:
        self.workspace = workspace
        # Team mode (BAYAN_DATABASE_URL): the records on a PostgreSQL server, media here.
        self.database_url = database_url
        self.migrated_from: str | None = None
        self.backup_path: Path | None = None
        self._engine: Engine | None = None
        self._sessions: sessionmaker[Session] | None = None

    def __repr__(self) -> str:
        return f"OpenWorkspace({self.workspace!r})"

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            from app.store.engine import make_engine

            self._engine = make_engine(self.workspace.db_path, self.database_url)
        return self._engine

    @property
    def sessions(self) -> sessionmaker[Session]:
        if self._sessions is None:
            from app.store.engine import make_session_factory

            self._sessions = make_session_factory(self.engine)
        return self._sessions

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
            self._sessions = None


def new_workspace(workspace: Workspace, fill: Callable[[OpenWorkspace], T]) -> T:
    """Make a workspace, fill it (demo data, first settings) and close it; on any failure
    remove the database this made, so no half-made workspace is left behind."""
    workspace.ensure_folders()  # the lock file lives in the folder
    with WorkspaceLock(workspace.root):
        opened = create_workspace(workspace)
        try:
            try:
                return fill(opened)
            finally:
                opened.close()
        except BaseException:
            for name in ("bayan.db", "bayan.db-wal", "bayan.db-shm"):
                (workspace.root / name).unlink(missing_ok=True)
            raise


def create_workspace(workspace: Workspace) -> OpenWorkspace:
    """Make a new, empty workspace with the current schema. Refuses to touch an existing one."""
    from app.store import server
    from app.store.engine import database_url

    workspace.ensure_folders()
    url = database_url()
    if url is not None:  # team mode: the server's database must hold no Bayan schema yet
        opened = OpenWorkspace(workspace, url)
        if server.has_schema(opened.engine):
            opened.close()
            raise WorkspaceError(
                f"the team database {server.describe(opened.engine)} already holds a workspace"
            )
        server.prepare(opened.engine)
        return opened
    if workspace.db_path.exists():
        raise WorkspaceError(f"{workspace.db_path} already exists")
    opened = OpenWorkspace(workspace)
    schema.upgrade(opened.engine)
    return opened


def open_workspace(
    workspace: Workspace, *, create: bool = False, check_integrity: bool = True
) -> OpenWorkspace:
    """Open (or with ``create`` make) a workspace, migrating it after a backup when it is behind.

    Raises :class:`DatabaseDamaged` (and changes nothing) for a damaged database and
    :class:`DatabaseTooNew` for one from a newer Bayan. In team mode (``BAYAN_DATABASE_URL``)
    the records are on the server: an empty database gets the schema, one behind is migrated
    (no copy first: backing up a server is its administrator's ``pg_dump``).
    """
    from app.store.engine import database_url

    url = database_url()
    if url is not None:
        from app.store import server

        workspace.ensure_folders()  # the media live here
        opened = OpenWorkspace(workspace, url)
        try:
            opened.migrated_from = server.prepare(opened.engine)
        except BaseException:
            opened.close()
            raise
        return opened
    if create and not workspace.db_path.exists():
        return create_workspace(workspace)
    workspace.require_database()
    if check_integrity:
        health.check_integrity(workspace.db_path)
    else:
        health.check_header(workspace.db_path)
    behind = schema.needs_upgrade(workspace.db_path)  # a newer schema is refused here, unchanged
    workspace.ensure_folders()
    opened = OpenWorkspace(workspace)
    if behind:
        with WorkspaceLock(workspace.root):
            opened.migrated_from = schema.read_revision(workspace.db_path)
            reason = f"before-migration-{opened.migrated_from or 'none'}"
            from app.services.backup import make_backup

            # With its media manifest, and the newest backups kept (the database was checked).
            opened.backup_path = make_backup(workspace, reason, check=False)
            schema.upgrade(opened.engine)
    return opened


def quick_open_check(workspace: Workspace) -> bool:
    """Header and schema version only, without SQLAlchemy: True if the database is current.

    Raises :class:`DatabaseDamaged` when the file is not a readable SQLite database.
    """
    health.check_header(workspace.db_path)
    return schema.read_revision(workspace.db_path) == schema.SCHEMA_HEAD


def newest_intact_backup(workspace: Workspace) -> Path | None:
    for candidate in list_backups(workspace.backups_dir):
        if health.is_intact(candidate):
            return candidate
    return None
