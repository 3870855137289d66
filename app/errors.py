"""Environment errors a user can act on, as opposed to bugs.

Each carries a one-line English ``str()`` for the command line and a ``kind`` the GUI maps to a
translated message. Bugs stay ordinary exceptions and are logged with their traceback.
"""

from __future__ import annotations

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
