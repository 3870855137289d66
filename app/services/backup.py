"""Backups and restores of a workspace's database, each with a manifest of the media store.

A backup is taken only of an intact database; a restore checks the backup first, keeps the
current database (as a backup when intact, set aside under ``backups/`` when damaged) and never
overwrites anything silently. Every backup gets a manifest beside it
(:mod:`app.store.media_manifest`) and the newest ``backup.keep`` backups are kept (default 14);
the GUI makes one a day after its first screen (:func:`daily_backup`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.errors import BackupError, BayanError, DatabaseDamaged
from app.store import health, schema
from app.store.backup import (
    DEFAULT_KEEP,
    backup_database,
    backup_time,
    list_backups,
    new_backup_path,
    prune_backups,
)
from app.store.lock import WorkspaceLock
from app.store.media_manifest import (
    MediaCheck,
    build_manifest,
    check_media,
    file_sha256,
    known_hashes,
    manifest_document,
    manifest_path,
    read_manifest,
    write_json,
)
from app.store.workspace import Workspace

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

KEEP_KEY = "backup.keep"
TEAM_MODE_NOTE = (
    "in team mode (BAYAN_DATABASE_URL) the records are on the PostgreSQL server, not in "
    "bayan.db: back them up with the server's own tools (pg_dump), and media/ as files"
)
MAX_KEEP = 999
DAILY = "daily"


def refuse_team_mode(action: str) -> None:
    """A clear error for backing up, restoring, exporting or importing in team mode."""
    from app.store.engine import database_url

    if database_url() is not None:
        raise BackupError(f"cannot {action}: {TEAM_MODE_NOTE}")


# --- how many backups to keep --------------------------------------------------------------------


def valid_keep(value: object) -> int:
    """``value`` as a number of backups to keep, or :class:`BayanError` saying what is wrong."""
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_KEEP:
        raise BayanError(f"cannot keep {value!r} backups: give a whole number from 1 to {MAX_KEEP}")
    return value


def keep_count(sessions: sessionmaker[Session]) -> int:
    """How many backups to keep, as set in Settings (the default when unset or unreadable)."""
    from app.services.settings import SettingsService

    value = SettingsService(sessions).get(KEEP_KEY)
    try:
        return valid_keep(value)
    except BayanError:
        return DEFAULT_KEEP


def set_keep_count(sessions: sessionmaker[Session], value: object) -> int:
    from app.services.settings import SettingsService

    keep = valid_keep(value)
    SettingsService(sessions).set(KEEP_KEY, keep)
    return keep


def read_keep(db_path: Path) -> int:
    """:func:`keep_count` read straight from ``db_path`` with ``sqlite3`` (no ORM: used before
    a migration and on the GUI's worker thread)."""
    try:
        conn = health.readonly_connect(db_path)
        try:
            row = conn.execute(
                "SELECT json_extract(value, '$') FROM settings WHERE key = ? AND json_valid(value)",
                (KEEP_KEY,),
            ).fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return DEFAULT_KEEP
    try:
        return valid_keep(row[0] if row else None)
    except BayanError:
        return DEFAULT_KEEP


# --- making backups ------------------------------------------------------------------------------


def make_backup(
    workspace: Workspace,
    reason: str,
    *,
    check: bool = True,
    keep: int | None = None,
    prune: bool = True,
    now: dt.datetime | None = None,
) -> Path:
    """Back up the database into ``backups/`` with its media manifest, then keep the newest
    ``keep`` backups (the workspace's setting when None) unless ``prune`` is False.
    ``check=False`` when the caller has just checked the database's integrity."""
    refuse_team_mode("back up bayan.db")
    workspace.require_database()
    if check:
        health.check_integrity(workspace.db_path)
    target = backup_database(workspace.db_path, new_backup_path(workspace.backups_dir, reason, now))
    try:
        write_manifest(workspace, target)
    except BaseException:
        with contextlib.suppress(OSError):
            target.unlink()
        raise
    if prune:
        keep = read_keep(target) if keep is None else keep
        prune_backups(workspace.backups_dir, keep, target)
    return target


def write_manifest(workspace: Workspace, backup: Path) -> Path:
    from app import __version__

    database = {
        "file": backup.name,
        "size": backup.stat().st_size,
        "sha256": file_sha256(backup),
        "schema": schema.read_revision(backup),
        "made": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "bayan": __version__,
    }
    entries = build_manifest(workspace.media_dir, known_hashes(backup))
    path = manifest_path(backup)
    write_json(path, manifest_document(entries, database))
    return path


def create_backup(workspace: Workspace, reason: str = "manual") -> Path:
    """Back up an intact database into ``backups/``; a damaged one is refused unchanged."""
    return make_backup(workspace, reason)


def daily_backup(
    workspace: Workspace, now: dt.datetime | None = None, *, checked: bool = False
) -> Path | None:
    """The day's backup, unless one was made today (UTC day) or the records are on a team
    server; None then."""
    from app.store.engine import database_url

    now = now or dt.datetime.now(dt.UTC)
    if database_url() is not None or not daily_backup_due(workspace, now):
        return None
    return make_backup(workspace, DAILY, check=not checked, now=now)


def daily_backup_due(workspace: Workspace, now: dt.datetime) -> bool:
    """No daily backup of ``now``'s day yet (cheap: names only)."""
    today = now.astimezone(dt.UTC).date()
    for path in list_backups(workspace.backups_dir):
        made = backup_time(path)
        if made is not None and path.name.endswith(f"-{DAILY}.db") and made.date() == today:
            return False
    return True


# --- restoring -----------------------------------------------------------------------------------


@dataclass
class Restored:
    """What a restore did: where the previous database is kept (None if there was none) and
    what the check of the media store against the backup's manifest found (None when there is
    no readable manifest: ``note`` says why)."""

    kept: Path | None
    media: MediaCheck | None
    note: str = ""

    def summary(self) -> str:
        if self.media is None:
            return f"the media store was not checked: {self.note}"
        return self.media.summary()


def restore(workspace: Workspace, backup: Path) -> Restored:
    """:func:`restore_backup`, then the media store checked against the backup's manifest
    (a workspace export, ``.zip``, also puts back the media files it holds that are missing or
    damaged: :func:`app.services.workspace_transfer.restore_from_export`).

    A backup whose manifest records another SHA-256 for it has changed since it was made and
    is refused; a missing or unreadable manifest does not stop the restore (it is said)."""
    refuse_team_mode("restore a backup")
    backup = backup.absolute()
    if backup.suffix.lower() == ".zip":  # a workspace export: it can put media back too
        from app.services.workspace_transfer import restore_from_export

        return restore_from_export(workspace, backup)
    manifest = manifest_path(backup)
    entries = None
    note = ""
    if not manifest.is_file():
        note = f"no manifest {manifest.name} beside the backup (made by an older Bayan?)"
    else:
        try:
            database, entries = read_manifest(manifest)
        except BackupError as exc:
            note = str(exc)
        else:
            expected = database.get("sha256")
            if isinstance(expected, str) and backup.is_file() and file_sha256(backup) != expected:
                raise BackupError(
                    f"backup {backup} has changed since it was made (its SHA-256 does not "
                    f"match its manifest {manifest.name}); nothing was restored"
                )
    kept = restore_backup(workspace, backup)
    media = check_media(workspace.media_dir, entries) if entries is not None else None
    return Restored(kept, media, note)


def restore_backup(workspace: Workspace, backup: Path) -> Path | None:
    """Put ``backup`` in place of the workspace's database.

    Returns where the previous database was kept (None if there was none). The backup must be
    intact and not from a newer Bayan; the restored database is migrated when it is older.

    Nothing is lost if the process dies on the way: the backup is first copied and checked
    beside the database; an intact database gets a backup of its own, then the copy's pages
    go into it through SQLite's backup API in one transaction; a damaged one is copied aside
    with its ``-wal`` and ``-shm`` before the checked copy takes its place.
    """
    refuse_team_mode("restore a backup")
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
                kept: Path | None = make_backup(
                    workspace, "before-restore", check=False, prune=False
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
