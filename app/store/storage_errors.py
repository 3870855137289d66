"""Disk trouble in plain words: a full disk or a read-only workspace, whatever raised it.

SQLite says ``database or disk is full`` (SQLITE_FULL) or ``attempt to write a readonly
database`` (SQLITE_READONLY); SQLAlchemy wraps that in its own ``OperationalError`` with the SQL
statement (and its parameters) in the text; files raise ``OSError`` with ``ENOSPC`` or ``EROFS``;
PostgreSQL gives SQLSTATE 53100 or 25006. :func:`storage_error` turns each into
:class:`~app.errors.DiskFull` or :class:`~app.errors.WorkspaceReadOnly`, whose one line says
what happened and what to do, and :func:`install` makes every engine raise those instead, so
every screen and command that already reports a :class:`~app.errors.BayanError` says it plainly.

The change that failed is rolled back by the caller's transaction (``sessions.begin()``), so
what was stored before stays as it was.
"""

from __future__ import annotations

import errno
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.errors import BayanError, DiskFull, WorkspaceReadOnly

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_FULL = 13
# An I/O error where less than this is free is the disk being full: SQLite cannot tell (opening
# a WAL database on a full disk fails with SQLITE_IOERR_SHMSIZE, the -shm file not growing).
LOW_SPACE_BYTES = 1 << 20
PG_DISK_FULL = "53100"
PG_READ_ONLY = "25006"  # read_only_sql_transaction (a hot standby, or a read-only database)

_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_READ_ONLY_ERRNOS = {errno.EROFS, errno.EACCES, errno.EPERM}
_FULL_TEXTS = ("database or disk is full", "no space left on device", "disk quota exceeded")
_READ_ONLY_TEXTS = ("attempt to write a readonly database", "read-only file system")


def _causes(exc: BaseException) -> list[BaseException]:
    """``exc``, the driver's error inside it and what it was raised from (a few levels; not
    what was being handled when it happened, which may be another matter)."""
    seen: list[BaseException] = []
    todo: list[BaseException | None] = [exc]
    while todo and len(seen) < 8:
        item = todo.pop(0)
        if item is None or any(item is s for s in seen):
            continue
        seen.append(item)
        todo.extend([getattr(item, "orig", None), item.__cause__])
    return seen


def _is_driver_error(exc: BaseException) -> bool:
    """An error of a database driver (sqlite3, psycopg) rather than any exception at all."""
    import sqlite3

    return isinstance(exc, sqlite3.Error) or type(exc).__module__.startswith("psycopg")


def _nearly_full(folder: Path) -> bool:
    import shutil

    try:
        return shutil.disk_usage(folder).free < LOW_SPACE_BYTES
    except OSError:
        return False


def storage_error(
    exc: BaseException, root: Path | None = None, *, server: str | None = None
) -> BayanError | None:
    """:class:`DiskFull` or :class:`WorkspaceReadOnly` when ``exc`` (or what it wraps) means
    that; None for anything else. ``root``: the workspace folder, named in the message;
    ``server``: in team mode, the database server's name instead (without a password)."""

    def full() -> BayanError:
        return DiskFull(root, server=server)

    def read_only() -> BayanError:
        return WorkspaceReadOnly(root, server=server)

    for item in _causes(exc):
        if isinstance(item, (DiskFull, WorkspaceReadOnly)):
            return item
        code: Any = getattr(item, "sqlite_errorcode", None)
        if isinstance(code, int):
            if code & 0xFF == SQLITE_FULL:
                return full()
            if code & 0xFF == SQLITE_READONLY:
                return read_only()
            if code & 0xFF == SQLITE_IOERR and root is not None and _nearly_full(root):
                return full()
        sqlstate: Any = getattr(item, "sqlstate", None)
        if sqlstate == PG_DISK_FULL:
            return full()
        if sqlstate == PG_READ_ONLY:
            return read_only()
        if isinstance(item, OSError) and item.errno is not None:
            if item.errno in _FULL_ERRNOS:
                return full()
            if item.errno in _READ_ONLY_ERRNOS:
                return read_only()
        if _is_driver_error(item):
            text = str(item).lower()
            if any(t in text for t in _FULL_TEXTS):
                return full()
            if any(t in text for t in _READ_ONLY_TEXTS):
                return read_only()
    return None


def file_error(exc: OSError) -> str | None:
    """One line for a file that could not be written because the disk is full or read-only
    (a report, an export); None for other errors."""
    name = Path(exc.filename).name.removesuffix(".part") if exc.filename else ""
    where = Path(exc.filename).with_name(name) if exc.filename else None
    if exc.errno in _FULL_ERRNOS:
        return str(DiskFull(where))
    if exc.errno == errno.EROFS:
        return f"cannot write {where or 'the file'}: the disk is read-only; nothing was saved"
    return None


def install(engine: Engine) -> None:
    """Make ``engine`` raise :class:`DiskFull` / :class:`WorkspaceReadOnly` (chained to the
    driver's error, for the log) instead of the driver's error wrapped by SQLAlchemy."""
    from sqlalchemy import event

    url = engine.url
    root: Path | None = None
    server: str | None = None
    if engine.dialect.name == "sqlite":
        root = Path(url.database).parent if url.database else None
    else:
        host = url.host or url.query.get("host") or "localhost"  # or its socket's folder
        server = f"{host}/{url.database or ''}"

    def _on_error(context: Any) -> BaseException | None:
        return storage_error(context.original_exception, root, server=server)

    event.listen(engine, "handle_error", _on_error, retval=True)
