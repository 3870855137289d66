"""Manual backups and restores of a workspace's database.

A backup is taken only of an intact database; a restore checks the backup first, keeps the
current database (as a backup when intact, set aside under ``backups/`` when damaged) and never
overwrites anything silently.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.errors import BackupError, DatabaseDamaged, DatabaseTooNew, WorkspaceError
from app.store import health, schema
from app.store.backup import backup_database, list_backups, new_backup_path
from app.store.workspace import Workspace


def create_backup(workspace: Workspace, reason: str = "manual") -> Path:
    """Back up an intact database into ``backups/``; a damaged one is refused unchanged."""
    if not workspace.db_path.exists():
        raise WorkspaceError(f"no Bayan workspace at {workspace.root} (bayan.db is missing)")
    health.check_integrity(workspace.db_path)
    return backup_database(workspace.db_path, new_backup_path(workspace.backups_dir, reason))


def restore_backup(workspace: Workspace, backup: Path) -> Path | None:
    """Put ``backup`` in place of the workspace's database.

    Returns where the previous database was kept (None if there was none). The backup must be
    intact and not from a newer Bayan; the restored database is migrated when it is older.
    """
    backup = backup.absolute()
    if not backup.is_file():
        raise BackupError(f"backup {backup} does not exist")
    try:
        health.check_integrity(backup)
    except DatabaseDamaged as exc:
        raise BackupError(f"backup {backup} is damaged: {exc.detail}") from exc
    revision = schema.read_revision(backup)
    if revision not in (None, schema.SCHEMA_HEAD) and revision not in schema.known_revisions():
        raise DatabaseTooNew(backup, revision)
    workspace.ensure_folders()
    kept: Path | None = None
    db = workspace.db_path
    if db.exists():
        if health.is_intact(db):
            kept = backup_database(db, new_backup_path(workspace.backups_dir, "before-restore"))
        else:
            now = dt.datetime.now(dt.UTC)
            kept = workspace.backups_dir / f"damaged-{now:%Y%m%d-%H%M%S-%f}-bayan.db.bad"
            db.replace(kept)
    staged = db.with_name("bayan.db.restoring")
    backup_database(backup, staged)
    # A write-ahead log left beside the old file belongs to it, not to the restored copy.
    for side in ("-wal", "-shm"):
        db.with_name(db.name + side).unlink(missing_ok=True)
    staged.replace(db)
    from app.services.workspace import open_workspace

    open_workspace(workspace).close()
    return kept


def backups(workspace: Workspace) -> list[Path]:
    return list_backups(workspace.backups_dir)
