"""Manual backups and restores of a workspace's database.

A backup is taken only of an intact database; a restore checks the backup first, keeps the
current database (as a backup when intact, set aside under ``backups/`` when damaged) and never
overwrites anything silently.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import sqlite3
import time
from pathlib import Path

from app.errors import BackupError, DatabaseDamaged
from app.store import health, schema
from app.store.backup import backup_database, list_backups, new_backup_path
from app.store.lock import WorkspaceLock
from app.store.workspace import Workspace


def create_backup(workspace: Workspace, reason: str = "manual") -> Path:
    """Back up an intact database into ``backups/``; a damaged one is refused unchanged."""
    workspace.require_database()
    health.check_integrity(workspace.db_path)
    return backup_database(workspace.db_path, new_backup_path(workspace.backups_dir, reason))


def restore_backup(workspace: Workspace, backup: Path) -> Path | None:
    """Put ``backup`` in place of the workspace's database.

    Returns where the previous database was kept (None if there was none). The backup must be
    intact and not from a newer Bayan; the restored database is migrated when it is older.

    Nothing is lost if the process dies on the way: the backup is first copied and checked
    beside the database; an intact database gets a backup of its own, then the copy's pages
    go into it through SQLite's backup API in one transaction; a damaged one is copied aside
    with its ``-wal`` and ``-shm`` before the checked copy takes its place.
    """
    backup = backup.absolute()
    if not backup.is_file():
        raise BackupError(f"backup {backup} does not exist or is not a file")
    db = workspace.db_path
    if db.exists() and backup.resolve() == db.resolve():
        raise BackupError(f"{backup} is the workspace's own database, not a backup")
    try:
        health.check_integrity(backup)
    except DatabaseDamaged as exc:
        raise BackupError(f"backup {backup} is damaged: {exc.detail}") from exc
    schema.needs_upgrade(backup)  # raises DatabaseTooNew for a backup from a newer Bayan
    workspace.ensure_folders()
    with WorkspaceLock(workspace.root):
        for stale in workspace.root.glob(f"{STAGING_PREFIX}*"):
            with contextlib.suppress(OSError):
                stale.unlink()
        staged = workspace.root / f"{STAGING_PREFIX}{os.getpid()}-{time.time_ns()}"
        try:
            backup_database(backup, staged)
            health.check_integrity(staged)
            if db.exists() and health.is_intact(db):
                kept: Path | None = backup_database(
                    db, new_backup_path(workspace.backups_dir, "before-restore")
                )
                _copy_pages(staged, db)
            else:
                kept = _set_aside(workspace) if db.exists() else None
                for side in ("-wal", "-shm"):
                    db.with_name(db.name + side).unlink(missing_ok=True)
                os.replace(staged, db)
                _sync_folder(workspace.root)
        except (sqlite3.Error, OSError) as exc:
            raise BackupError(f"could not restore {backup}: {exc}") from exc
        finally:
            with contextlib.suppress(OSError):
                staged.unlink(missing_ok=True)
        from app.services.workspace import open_workspace

        # Checked as the staged copy already: only migrate it when it is from an older schema.
        open_workspace(workspace, check_integrity=False).close()
    return kept


STAGING_PREFIX = "bayan.db.restoring-"


def _copy_pages(source: Path, target: Path) -> None:
    """Replace ``target``'s content with ``source``'s in one SQLite transaction."""
    src = sqlite3.connect(source)
    try:
        dst = sqlite3.connect(target, timeout=15)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def _set_aside(workspace: Workspace) -> Path:
    """Copy a damaged database, with its write-ahead log, into ``backups/``."""
    now = dt.datetime.now(dt.UTC)
    kept = workspace.backups_dir / f"damaged-{now:%Y%m%d-%H%M%S-%f}-bayan.db.bad"
    shutil.copy2(workspace.db_path, kept)
    for side in ("-wal", "-shm"):
        live = workspace.db_path.with_name(workspace.db_path.name + side)
        if live.exists():
            shutil.copy2(live, kept.with_name(kept.name + side))
    return kept


def _sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; Windows has no directory handles)."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def backups(workspace: Workspace) -> list[Path]:
    return list_backups(workspace.backups_dir)
