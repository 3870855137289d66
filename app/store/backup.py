"""Copies of ``bayan.db`` made with SQLite's online backup API (consistent even while in use)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from app.errors import BackupError

BACKUP_SUFFIX = ".db"


def backup_database(source: Path, target: Path) -> Path:
    """Copy ``source`` to ``target`` page by page; the source is opened read-only."""
    from app.store.health import readonly_connect

    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    try:
        src = readonly_connect(source)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
        partial.replace(target)
    except (sqlite3.Error, OSError) as exc:
        partial.unlink(missing_ok=True)
        raise BackupError(f"could not back up {source} to {target}: {exc}") from exc
    return target


def backup_name(reason: str, now: dt.datetime | None = None) -> str:
    now = now or dt.datetime.now(dt.UTC)
    return f"bayan-{now:%Y%m%d-%H%M%S}-{reason}{BACKUP_SUFFIX}"


def list_backups(backups_dir: Path) -> list[Path]:
    """Backups, newest first (names sort by time)."""
    if not backups_dir.is_dir():
        return []
    return sorted(backups_dir.glob(f"bayan-*{BACKUP_SUFFIX}"), reverse=True)
