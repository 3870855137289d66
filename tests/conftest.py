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


# --- SQLite and PostgreSQL (team mode): tests/store and tests/services run on both ----------
# Every test there that uses the ``workspace`` fixture (or asks for ``db_backend``) runs once on
# a workspace's bayan.db and once on a fresh database of a throw-away PostgreSQL server
# (tests/pg.py), unless marked ``sqlite_only`` (file integrity, backups, WAL, old .db fixtures).
BOTH_BACKENDS = ("tests/store/", "tests/services/")
_pg_outcomes: dict[str, int] = {}


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--backend",
        choices=("both", "sqlite", "postgresql"),
        default="both",
        help="where tests/store and tests/services keep their records: both (default), only "
        "SQLite, or only PostgreSQL (team mode)",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "sqlite_only: inherently about SQLite files; not run against PostgreSQL"
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "db_backend" not in metafunc.fixturenames:
        return
    path = Path(str(metafunc.definition.path)).as_posix()
    marked = metafunc.definition.get_closest_marker("sqlite_only")
    if any(part in path for part in BOTH_BACKENDS) and not marked:
        chosen = metafunc.config.getoption("backend")
        backends = ["sqlite", "postgresql"] if chosen == "both" else [chosen]
        metafunc.parametrize("db_backend", backends, indirect=True)
    # Elsewhere (and sqlite_only) no parameter: db_backend is "sqlite", the test id unchanged.


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if "[postgresql" in report.nodeid and (report.when == "call" or report.skipped):
        _pg_outcomes[report.outcome] = _pg_outcomes.get(report.outcome, 0) + 1


def pytest_terminal_summary(terminalreporter) -> None:  # type: ignore[no-untyped-def]
    if _pg_outcomes:
        from tests import pg

        counts = ", ".join(f"{n} {outcome}" for outcome, n in sorted(_pg_outcomes.items()))
        started = (
            f"; server start {pg.STARTUP_SECONDS[0]:.1f} s, databases {pg.STATS['made']} made,"
            f" {pg.STATS['reused']} emptied and reused"
            if pg.STARTUP_SECONDS
            else ""
        )
        terminalreporter.write_line(f"PostgreSQL (team mode): {counts}{started}")
        if pg.unavailable():
            terminalreporter.write_line(f"PostgreSQL tests skipped: {pg.unavailable()}")


def pytest_sessionfinish(session: pytest.Session) -> None:
    from tests import pg

    pg.stop_server()


@pytest.fixture
def db_backend(request: pytest.FixtureRequest) -> str:
    """"sqlite" or "postgresql": where this run of the test keeps the workspace's records."""
    return getattr(request, "param", "sqlite")


@pytest.fixture
def workspace(tmp_path: Path, db_backend: str, monkeypatch: pytest.MonkeyPatch):
    """A fresh, empty, migrated workspace for one test (on PostgreSQL: with its records in a
    fresh database of the test server, named by BAYAN_DATABASE_URL during the test)."""
    import contextlib

    from app.services.workspace import open_workspace
    from app.store.workspace import Workspace

    with contextlib.ExitStack() as stack:
        if db_backend == "postgresql":
            from tests import pg

            stack.enter_context(pg.team_database(monkeypatch))
        opened = open_workspace(Workspace(tmp_path / "workspace"), create=True)
        stack.callback(opened.close)
        yield opened


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
