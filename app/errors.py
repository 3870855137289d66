"""Environment errors a user can act on, as opposed to bugs.

Each carries a one-line English ``str()`` for the command line and a ``kind`` the GUI maps to a
translated message. Bugs stay ordinary exceptions and are logged with their traceback.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path


class BayanError(Exception):
    """A problem with the user's environment or input, described in one line."""

    kind = "error"


class WorkspaceError(BayanError):
    kind = "workspace"


class DatabaseDamaged(BayanError):
    """``bayan.db`` is not an SQLite database, or it fails ``PRAGMA integrity_check``."""

    kind = "damaged"

    def __init__(self, path: Path, detail: str) -> None:
        self.path = path
        self.detail = detail
        super().__init__(f"{path} is damaged: {detail}")


class DatabaseTooNew(BayanError):
    """The database was written by a newer Bayan whose schema this version does not know."""

    kind = "too_new"

    def __init__(self, path: Path, revision: str) -> None:
        self.path = path
        self.revision = revision
        super().__init__(
            f"{path} was written by a newer version of Bayan (schema {revision}); "
            "install that version to open it"
        )


class BackupError(BayanError):
    kind = "backup"


class VaultUnavailable(BayanError):
    """No working keyring: the credential vault stays locked (never a plain-text fallback).

    ``reason`` says why in one line and never holds a secret.
    """

    kind = "vault"

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(f"the password vault is unavailable: {reason}")


class EditConflict(BayanError):
    """Someone else saved the post (or inquiry) after it was opened here: this save was refused
    and nothing was changed (optimistic locking, migration 0006).

    ``what`` is "post" or "inquiry"; ``changed_at`` (aware) is when their change was stored,
    None when unknown. The GUI words it in the UI language and the workspace's time zone.
    """

    kind = "edit_conflict"

    def __init__(self, what: str, record_id: int, changed_at: dt.datetime | None) -> None:
        self.what = what
        self.record_id = record_id
        self.changed_at = changed_at
        when = ""
        if changed_at is not None:
            when = f" (at {changed_at.astimezone(dt.UTC):%H:%M} UTC)"
        super().__init__(
            f"This {what} was changed by someone else{when} since you opened it; your changes "
            "were not saved. Reopen it to see theirs."
        )


class DiskFull(BayanError):
    """The disk (or the user's quota) is full: the change was rolled back, nothing was saved.
    ``server``: a team-mode database server (named without its password) whose disk is full."""

    kind = "disk_full"

    def __init__(self, path: Path | None = None, *, server: str | None = None) -> None:
        self.path = path
        self.server = server
        if server is not None:
            message = (
                f"the disk of the team database server {server} is full: nothing was saved; "
                "ask its administrator to free some space, then try again"
            )
        else:
            where = f" (writing to {path})" if path is not None else ""
            message = f"the disk is full{where}: nothing was saved; free some space and try again"
        super().__init__(message)


class WorkspaceReadOnly(WorkspaceError):
    """The workspace's folder or database may not be written to (a read-only disk or share,
    or no write permission), or in team mode the server's database: nothing was changed."""

    kind = "read_only"

    def __init__(self, path: Path | None = None, *, server: str | None = None) -> None:
        self.path = path
        self.server = server
        if server is not None:
            message = (
                f"the team database {server} is read-only: nothing was saved; ask its "
                "administrator to let Bayan write to it"
            )
        else:
            where = f" {path}" if path is not None else ""
            message = (
                f"the workspace{where} is read-only: nothing was saved; Bayan needs permission "
                "to write to the workspace folder and the files in it (or copy the workspace "
                "to a writable place)"
            )
        super().__init__(message)
