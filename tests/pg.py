"""A throw-away PostgreSQL server for the tests that run against team mode.

When PostgreSQL's server programs are installed (``/usr/lib/postgresql/*/bin/initdb``;
``tools/ensure-postgres.sh`` installs them for ``make test`` when root), the first test that asks
for :func:`pg_server` starts one for the whole session: ``initdb`` in a temporary folder (run as
the ``postgres`` OS user when the tests run as root, since initdb refuses root), the server on
a free loopback port with its socket in that folder, fsync off (nothing here needs to survive
a power cut). A database migrated to the current schema serves as the template of the tests'
databases (``CREATE DATABASE … TEMPLATE``, 70-300 ms); after a test its database is emptied
(``TRUNCATE … RESTART IDENTITY``, a few ms) and handed to the next one, unless the test changed
its schema, which drops it. The server is stopped and its folder removed at the end of the
session.

Without the programs the PostgreSQL variants of the tests are skipped, saying why.
"""

from __future__ import annotations

import contextlib
import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

TEMPLATE = "bayan_template"
USER = "bayan"


def server_bin() -> Path | None:
    """The newest installed PostgreSQL's bin folder, None when there is none."""

    def version(path: str) -> int:
        name = Path(path).parent.parent.name
        return int(name) if name.isdigit() else 0

    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=version)
    return Path(found[-1]).parent if found else None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PgServer:
    """A running throw-away server; :meth:`new_database` hands out fresh migrated databases."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.root = Path(tempfile.mkdtemp(prefix="bayan-pg-"))
        self.data = self.root / "data"
        self.port = _free_port()
        self._counter = itertools.count(1)
        self._free: list[str] = []  # emptied databases of earlier tests, ready again
        self._shape: tuple[int, str] | None = None  # the template's (column count, head)
        self._as_user: dict[str, object] = {}
        if os.geteuid() == 0:
            import pwd

            try:
                entry = pwd.getpwnam("postgres")
            except KeyError:
                raise RuntimeError("running as root and there is no 'postgres' user") from None
            os.chown(self.root, entry.pw_uid, entry.pw_gid)
            self._as_user = {"user": entry.pw_uid, "group": entry.pw_gid, "extra_groups": []}

    def _run(self, *args: str) -> None:
        result = subprocess.run(
            [str(self.bindir / args[0]), *args[1:]],
            capture_output=True,
            text=True,
            timeout=120,
            cwd=self.root,
            **self._as_user,  # type: ignore[arg-type]
        )
        if result.returncode != 0:
            raise RuntimeError(f"{args[0]} failed: {result.stdout}\n{result.stderr}")

    def start(self) -> None:
        self._run(
            "initdb", "-D", str(self.data), "-U", USER, "--auth=trust", "-E", "UTF8",
            "--locale=C", "--no-sync",
        )  # fmt: skip
        options = (
            f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off"
            " -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        )
        self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l",
                  str(self.root / "server.log"), "-w", "-t", "60", "start")  # fmt: skip
        self._make_template()

    def stop(self) -> None:
        with contextlib.suppress(Exception):
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://{USER}@127.0.0.1:{self.port}/{database}"

    def _admin(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(
            host="127.0.0.1", port=self.port, user=USER, dbname="postgres", autocommit=True
        ) as conn:
            conn.execute(sql)  # type: ignore[arg-type]

    def _make_template(self) -> None:
        from app.store import schema
        from app.store.engine import make_server_engine

        self._admin(f"CREATE DATABASE {TEMPLATE}")
        engine = make_server_engine(self.url(TEMPLATE))
        try:
            schema.upgrade(engine)
        finally:
            engine.dispose()

    def new_database(self, *, migrated: bool = True) -> str:
        """A fresh database (a copy of the migrated template, or empty); returns its URL.

        A migrated one is, when there is one, an earlier test's database emptied by
        :meth:`recycle` (a few ms, where a copy of the template takes 70-300 ms)."""
        if migrated and self._free:
            STATS["reused"] += 1
            return self.url(self._free.pop())
        name = f"t{os.getpid()}_{next(self._counter)}"
        template = TEMPLATE if migrated else "template0"
        self._admin(f"CREATE DATABASE {name} TEMPLATE {template} STRATEGY FILE_COPY")
        STATS["made"] += 1
        return self.url(name)

    def _shape_of(self, conn) -> tuple[int, str]:  # type: ignore[no-untyped-def]
        columns = conn.execute(
            "SELECT count(*) FROM information_schema.columns WHERE table_schema = 'public'"
        ).fetchone()[0]
        head = conn.execute("SELECT string_agg(version_num, ',') FROM alembic_version").fetchone()
        return int(columns), str(head[0])

    def recycle(self, url: str) -> None:
        """Empty a migrated test database for the next test (every table but alembic_version,
        ids from 1 again), or drop it when its schema is no longer the template's (a test
        changed it) or something still holds it."""
        import psycopg

        name = url.rsplit("/", 1)[1]
        try:
            with psycopg.connect(
                host="127.0.0.1", port=self.port, user=USER, dbname=name, autocommit=True
            ) as conn:
                if self._shape is None:
                    with psycopg.connect(
                        host="127.0.0.1", port=self.port, user=USER, dbname=TEMPLATE
                    ) as template:
                        self._shape = self._shape_of(template)
                if self._shape_of(conn) != self._shape:
                    raise RuntimeError("the schema changed")
                conn.execute("SET lock_timeout = '2s'")
                tables = [
                    row[0]
                    for row in conn.execute(
                        "SELECT quote_ident(tablename) FROM pg_tables WHERE schemaname = 'public'"
                        " AND tablename <> 'alembic_version'"
                    )
                ]
                conn.execute(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE")  # type: ignore[arg-type]
        except Exception:
            self.drop_database(url)
            return
        self._free.append(name)

    def drop_database(self, url: str) -> None:
        name = url.rsplit("/", 1)[1]
        with contextlib.suppress(Exception):
            self._admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


_server: PgServer | None = None
_failure: str | None = None
STARTUP_SECONDS: list[float] = []
STATS = {"made": 0, "reused": 0}  # databases copied from the template / emptied and reused


def get_server() -> PgServer | None:
    """The session's server, started on first use; None (see :func:`unavailable`) without one."""
    global _server, _failure
    if _server is not None or _failure is not None:
        return _server
    bindir = server_bin()
    if bindir is None:
        _failure = (
            "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb): "
            "run tools/ensure-postgres.sh as root, or apt-get install postgresql"
        )
        return None
    began = time.perf_counter()
    try:
        server = PgServer(bindir)
    except Exception as exc:
        _failure = f"the test PostgreSQL server cannot be set up: {exc}"
        return None
    try:
        server.start()
    except Exception as exc:
        server.stop()
        _failure = f"the test PostgreSQL server did not start: {exc}"
        return None
    STARTUP_SECONDS.append(time.perf_counter() - began)
    _server = server
    import atexit

    atexit.register(stop_server)  # also when the session ends without pytest_sessionfinish
    return server


def unavailable() -> str | None:
    return _failure


def stop_server() -> None:
    global _server
    if _server is not None:
        _server.stop()
        _server = None


@contextlib.contextmanager
def team_database(monkeypatch, migrated: bool = True) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """A fresh database on the session's server, named by ``BAYAN_DATABASE_URL`` for the block
    (so whatever the test opens is in team mode), dropped afterwards."""
    import pytest

    server = get_server()
    if server is None:
        pytest.skip(unavailable() or "no PostgreSQL server")
    url = server.new_database(migrated=migrated)
    monkeypatch.setenv("BAYAN_DATABASE_URL", url)
    try:
        yield url
    finally:
        monkeypatch.delenv("BAYAN_DATABASE_URL", raising=False)
        if migrated:
            server.recycle(url)
        else:
            server.drop_database(url)
