"""Where a workspace lives and what it holds: ``bayan.db``, ``media/``, ``backups/`` and
``cache/``.

The location is, in order: ``--workspace DIR``, the ``BAYAN_WORKSPACE`` environment variable,
then the platform's app-data directory for Bayan from platformdirs, which the command line can
ask without starting Qt (``~/.local/share/Bayan`` on Linux, ``%APPDATA%\\Bayan\\Bayan`` on
Windows, ``~/Library/Application Support/Bayan`` on macOS).
"""

from __future__ import annotations

import os
from pathlib import Path

from app import APP_NAME, ORG_NAME
from app.errors import WorkspaceError

ENV_VAR = "BAYAN_WORKSPACE"
# Set by the test suite: any workspace outside this folder is refused, so tests never touch a
# real user's data.
TEST_ROOT_VAR = "BAYAN_TEST_ROOT"


def default_workspace_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, ORG_NAME, roaming=True))


def resolve_workspace_dir(cli_value: str | os.PathLike[str] | None = None) -> Path:
    if cli_value is not None:
        if not str(cli_value).strip():
            raise WorkspaceError("--workspace is empty: name the workspace folder")
        path = Path(cli_value)
    elif os.environ.get(ENV_VAR, "").strip():
        path = Path(os.environ[ENV_VAR])
    else:
        path = default_workspace_dir()
    path = path.expanduser().absolute()
    test_root = os.environ.get(TEST_ROOT_VAR)
    if test_root and not path.resolve().is_relative_to(Path(test_root).resolve()):
        raise WorkspaceError(f"refusing workspace {path} outside the test folder {test_root}")
    return path


class Workspace:
    """A workspace folder. (A plain class: ``dataclasses`` costs start-up time.)"""

    __slots__ = ("root",)

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Workspace) and other.root == self.root

    def __hash__(self) -> int:
        return hash(self.root)

    def __repr__(self) -> str:
        return f"Workspace({str(self.root)!r})"

    @property
    def db_path(self) -> Path:
        return self.root / "bayan.db"

    @property
    def media_dir(self) -> Path:
        return self.root / "media"

    @property
    def backups_dir(self) -> Path:
        return self.root / "backups"

    @property
    def cache_dir(self) -> Path:
        """Files Bayan can make again (the archive's thumbnails): made on demand, never backed
        up (backups copy the database only)."""
        return self.root / "cache"

    def exists(self) -> bool:
        """Whether the folder holds a Bayan database (folders alone are not a workspace)."""
        return self.db_path.exists()

    def check_not_a_file(self) -> None:
        """A clear error when the path names a file rather than a (future) workspace folder."""
        if self.root.exists() and not self.root.is_dir():
            raise WorkspaceError(f"{self.root} is a file, not a workspace folder")

    def require_database(self) -> None:
        """A clear error when this folder holds no Bayan database."""
        if not self.db_path.exists():
            raise WorkspaceError(f"no Bayan workspace at {self.root} (bayan.db is missing)")

    def ensure_folders(self) -> None:
        """Create the workspace's folders; a clear error if the place is not writable."""
        self.check_not_a_file()
        try:
            for folder in (self.root, self.media_dir, self.backups_dir):
                folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise WorkspaceError(
                f"cannot create the workspace at {self.root}: {exc.strerror or exc}"
            ) from exc

    @classmethod
    def resolve(cls, cli_value: str | os.PathLike[str] | None = None) -> Workspace:
        return cls(resolve_workspace_dir(cli_value))
