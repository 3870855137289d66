"""Is ``bayan.db`` an intact SQLite database? Checked through a read-only connection.

Uses the standard library's ``sqlite3`` only (no SQLAlchemy), so the check changes nothing in the
file and costs nothing at start-up beyond the check itself.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app.errors import DatabaseDamaged, WorkspaceError

SQLITE_HEADER = b"SQLite format 3\x00"


def _uri(path: Path) -> str:
    # Only the characters that end or escape a path in an SQLite URI need quoting
    # (and Path.as_uri() would import urllib at start-up).
    text = str(path.absolute())
    for char, code in (("%", "%25"), ("?", "%3f"), ("#", "%23")):
        text = text.replace(char, code)
    if not text.startswith("/"):
        text = "/" + text.replace("\\", "/")
    return f"file:{text}?mode=ro"


def readonly_connect(path: Path, check_same_thread: bool = True) -> sqlite3.Connection:
    """A connection that cannot write to ``path`` (SQLite's ``mode=ro``)."""
    return sqlite3.connect(_uri(path), uri=True, timeout=15, check_same_thread=check_same_thread)


def check_header(path: Path) -> None:
    """Cheap check: the file starts with SQLite's magic header."""
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise WorkspaceError(f"cannot read {path}: {exc.strerror or exc}") from exc
    if not header:
        raise DatabaseDamaged(path, "the file is empty")
    if header != SQLITE_HEADER:
        raise DatabaseDamaged(path, "not an SQLite database (wrong file header)")


# SQLite's result codes that mean the file itself is bad, as opposed to locked or unreadable.
SQLITE_CORRUPT = 11
SQLITE_NOTADB = 26


def database_error(path: Path, exc: sqlite3.DatabaseError) -> Exception:
    """:class:`DatabaseDamaged` for a corrupt file; a :class:`WorkspaceError` for one that is
    locked, unreadable or in a folder Bayan may not write to (restoring would not help): a
    read-only workspace or a full disk as such (:mod:`app.store.storage_errors`)."""
    from app.store.storage_errors import storage_error

    trouble = storage_error(exc, path.parent)
    if trouble is not None:
        return trouble
    code = getattr(exc, "sqlite_errorcode", None)
    if code is None or code & 0xFF in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return DatabaseDamaged(path, str(exc))
    return WorkspaceError(f"cannot open {path}: {exc}")


def check_integrity(path: Path) -> None:
    """Full check: header, then ``PRAGMA integrity_check``. Raises :class:`DatabaseDamaged`."""
    check_header(path)
    try:
        conn = readonly_connect(path)
        try:
            rows = conn.execute("PRAGMA integrity_check").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise database_error(path, exc) from exc
    if rows != [("ok",)]:
        raise DatabaseDamaged(path, f"integrity check failed: {summarise_problems(rows)}")


def summarise_problems(rows: list[tuple[str]]) -> str:
    """``integrity_check``'s answer (rows that may hold several lines each) as one line."""
    problems = [
        line.strip()
        for (row,) in rows
        for line in str(row).splitlines()
        if line.strip() and not line.strip().startswith("***")
    ]
    if not problems:
        return "no answer"
    extra = len(problems) - 1
    return problems[0] + (f" (and {extra} more problems)" if extra else "")


def is_intact(path: Path) -> bool:
    try:
        check_integrity(path)
    except DatabaseDamaged:
        return False
    return True
