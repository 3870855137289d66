"""Test set-up shared by every test: offscreen Qt, an isolated home, an in-memory keyring.

Environment variables are set at import time, before pytest-qt creates any QApplication.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_QUICK_BACKEND", "software")

# Isolate the whole run: nothing may touch the real user's home, app data or keyring.
_RUN_ROOT = Path(tempfile.mkdtemp(prefix="bayan-tests-"))
os.environ["HOME"] = str(_RUN_ROOT / "home")
os.environ["XDG_DATA_HOME"] = str(_RUN_ROOT / "home" / ".local" / "share")
os.environ["XDG_CONFIG_HOME"] = str(_RUN_ROOT / "home" / ".config")
os.environ["XDG_CACHE_HOME"] = str(_RUN_ROOT / "home" / ".cache")
# Workspaces outside the temporary folder (pytest's tmp_path lives there) are refused.
os.environ["BAYAN_TEST_ROOT"] = tempfile.gettempdir()
os.environ.pop("BAYAN_WORKSPACE", None)
(_RUN_ROOT / "home").mkdir()

import keyring  # noqa: E402
from keyring.backend import KeyringBackend  # noqa: E402


class MemoryKeyring(KeyringBackend):
    """A keyring that lives in a dict: fast and isolated, for every test not marked otherwise."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        from keyring.errors import PasswordDeleteError

        if (service, username) not in self.items:
            raise PasswordDeleteError(username)
        del self.items[(service, username)]


@pytest.fixture(autouse=True)
def memory_keyring(request: pytest.FixtureRequest) -> MemoryKeyring | None:
    if request.node.get_closest_marker("real_keyring"):
        return None
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    return backend


@pytest.fixture
def workspace(tmp_path: Path):
    """A fresh, empty, migrated workspace for one test."""
    from app.services.workspace import open_workspace
    from app.store.workspace import Workspace

    opened = open_workspace(Workspace(tmp_path / "workspace"), create=True)
    yield opened
    opened.close()


@pytest.fixture
def other_bayan():  # type: ignore[no-untyped-def]
    """Start another process that holds a workspace's lock, as a second Bayan would.

    Use as ``with other_bayan(root) as pid: ...``; the process ends with the block.
    """
    import contextlib
    import subprocess
    import sys
    import textwrap

    @contextlib.contextmanager
    def hold(root: Path):  # type: ignore[no-untyped-def]
        code = textwrap.dedent(f"""
            import sys
            from pathlib import Path
            from app.store.lock import WorkspaceLock
            WorkspaceLock(Path({str(root)!r})).acquire()
            print("held", flush=True)
            sys.stdin.readline()
        """)
        holder = subprocess.Popen(
            [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        try:
            assert holder.stdout is not None and holder.stdin is not None
            assert holder.stdout.readline().strip() == "held"
            yield holder.pid
        finally:
            assert holder.stdin is not None and holder.stdout is not None
            holder.stdin.close()
            holder.wait(timeout=10)
            holder.stdout.close()

    return hold
