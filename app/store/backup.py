"""Copies of ``bayan.db`` made with SQLite's online backup API (consistent even while in use)."""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import sqlite3
from pathlib import Path

from app.errors import BackupError

BACKUP_SUFFIX = ".db"
# The names Bayan gives its backups (backup_name); pruning touches nothing else.
BACKUP_NAME = re.compile(r"bayan-(\d{8})-(\d{6})-[A-Za-z0-9][A-Za-z0-9._-]*\.db")
DEFAULT_KEEP = 14


def backup_database(source: Path, target: Path) -> Path:
    """Copy ``source`` to ``target`` page by page; the source is opened read-only.

    The copy is one self-contained file (rollback journal, no ``-wal`` beside it) and never
    replaces an existing file.
    """
    from app.store.health import readonly_connect

    if target.exists():
        raise BackupError(f"{target} already exists; a backup never replaces another file")
    partial = target.with_name(target.name + ".partial")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        src = readonly_connect(source)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        partial.replace(target)
    except (sqlite3.Error, OSError) as exc:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise BackupError(f"could not back up {source} to {target}: {exc}") from exc
    return target


def backup_name(reason: str, now: dt.datetime | None = None) -> str:
    now = now or dt.datetime.now(dt.UTC)
    return f"bayan-{now:%Y%m%d-%H%M%S}-{reason}{BACKUP_SUFFIX}"


def new_backup_path(backups_dir: Path, reason: str, now: dt.datetime | None = None) -> Path:
    """A fresh name in ``backups_dir``; a second taken in the same second is stamped later,
    so names stay unique and still sort newest first."""
    now = now or dt.datetime.now(dt.UTC)
    existing = {p.name[: len("bayan-YYYYmmdd-HHMMSS")] for p in backups_dir.glob("bayan-*")}
    while f"bayan-{now:%Y%m%d-%H%M%S}" in existing:
        now += dt.timedelta(seconds=1)
    return backups_dir / backup_name(reason, now)


def list_backups(backups_dir: Path) -> list[Path]:
    """Backups, newest first (names sort by time)."""
    if not backups_dir.is_dir():
        return []
    return sorted(backups_dir.glob(f"bayan-*{BACKUP_SUFFIX}"), reverse=True)


def backup_time(path: Path) -> dt.datetime | None:
    """When a backup named by :func:`backup_name` was made (UTC); None for any other name."""
    match = BACKUP_NAME.fullmatch(path.name)
    if match is None:
        return None
    try:
        return dt.datetime.strptime("".join(match.groups()), "%Y%m%d%H%M%S").replace(tzinfo=dt.UTC)
    except ValueError:
        return None


def is_bayan_backup(path: Path) -> bool:
    """A file named as Bayan names its backups that starts like an SQLite database."""
    from app.store.health import SQLITE_HEADER

    if backup_time(path) is None or path.is_symlink() or not path.is_file():
        return False
    try:
        with path.open("rb") as fh:
            return fh.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def prune_backups(backups_dir: Path, keep: int, protect: Path | None = None) -> list[Path]:
    """Delete all but the newest ``keep`` Bayan backups (with their manifests); returns what
    was deleted. ``protect`` (the backup just made) is never deleted, nor is any file that is not
    a Bayan backup (other names, damaged databases set aside, files of the user's own)."""
    from app.store.media_manifest import manifest_path

    keep = max(1, int(keep))
    ours = [path for path in list_backups(backups_dir) if is_bayan_backup(path)]
    removed: list[Path] = []
    for path in ours[keep:]:
        if protect is not None and path.absolute() == protect.absolute():
            continue
        try:
            path.unlink()
        except OSError:
            continue  # tried again after the next backup
        removed.append(path)
        with contextlib.suppress(OSError):
            manifest_path(path).unlink(missing_ok=True)
    return removed
