"""Optimistic locking: one write of a versioned row (a post, an inquiry), refused on conflict.

Posts and inquiries carry a ``version`` column (migration 0006, SQLAlchemy's
``version_id_col``): each UPDATE checks the version it read and writes the next. A conflict
reaches the officer as :class:`~app.errors.EditConflict`, with nothing changed:

- a stale form: the caller passes the record as it read it (``base``) and the service compares
  it with the stored row before writing (see ``PostService.save``, ``InquiryService.update``);
- a race: another write of the row was stored between this one's read and its write. On
  PostgreSQL the version check finds no row to update (``StaleDataError``); on SQLite (WAL) the
  write is refused with SQLITE_BUSY_SNAPSHOT instead. Either way the transaction is rolled back
  and runs again on what is stored now — so the ``base`` check, or the state machine for a
  state change, decides; a write that keeps losing ends in :class:`EditConflict`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from app.errors import EditConflict

T = TypeVar("T")

# A write overtaken on SQLite by another connection's commit runs at most this many times.
WRITE_ATTEMPTS = 3
SQLITE_BUSY_SNAPSHOT = 517


def snapshot_overtaken(exc: BaseException) -> bool:
    """SQLite refused a write because another connection committed after this transaction
    began reading (SQLITE_BUSY_SNAPSHOT, in WAL mode): running it again is safe."""
    orig = getattr(exc, "orig", exc)
    return getattr(orig, "sqlite_errorcode", None) == SQLITE_BUSY_SNAPSHOT


def run_versioned(
    what: str,
    record_id: int,
    write: Callable[[], T],
    changed_at: Callable[[], dt.datetime | None] = lambda: None,
) -> T:
    """``write()`` (one transaction, rolled back when it raises), run again when it lost a race
    (see above), at most :data:`WRITE_ATTEMPTS` times; then :class:`EditConflict` for ``what``
    ("post", "inquiry") ``record_id``, ``changed_at()`` saying when the other write was stored
    (its failure leaves the time out)."""
    from sqlalchemy.exc import OperationalError
    from sqlalchemy.orm.exc import StaleDataError

    for _attempt in range(WRITE_ATTEMPTS):
        try:
            return write()
        except StaleDataError:
            pass
        except OperationalError as exc:
            if not snapshot_overtaken(exc):
                raise
    try:
        when = changed_at()
    except Exception:  # the refusal must reach the officer, with the time or without
        when = None
    raise EditConflict(what, record_id, when)


@contextmanager
def stale_as_conflict(what: str, record_id: int) -> Iterator[None]:
    """For a write that must not simply run again on what is stored now (an approver's signed
    decision covers the content the approver read; a publication record follows one): the
    version check's failure (or SQLite's SQLITE_BUSY_SNAPSHOT), the transaction rolled back, as
    :class:`EditConflict`."""
    from sqlalchemy.exc import OperationalError
    from sqlalchemy.orm.exc import StaleDataError

    try:
        yield
    except StaleDataError:
        raise EditConflict(what, record_id, None) from None
    except OperationalError as exc:
        if not snapshot_overtaken(exc):
            raise
        raise EditConflict(what, record_id, None) from None
