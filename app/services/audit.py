"""The append-only, hash-chained audit log: appending inside a use case's transaction, and
verifying the chain (``bayan audit verify``) against tampering and against an outside anchor.

The rules (hashing, what a broken chain is) live in :mod:`app.core.audit`. Details must never
hold secrets or personal data: keys containing "password", "secret" or "totp" are refused
(:class:`AuditDetailsRefused`); names and contacts of people are the caller's duty to leave out.

Concurrency: :meth:`AuditLog.append` first takes SQLite's write lock (a statement that writes
nothing) and only then reads the head, so two appends wait for each other instead of both
linking to the same head. Call it before the transaction has read anything that another writer
may change meanwhile, or at least knowing that SQLite (WAL) refuses to upgrade a stale reader —
the transaction then fails with "database is locked" rather than forking the chain.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, NamedTuple

from app.core.audit import (
    GENESIS,
    ChainEntry,
    UnsafeDetails,
    VerifyResult,
    check_anchor,
    check_details,
    entry_hash,
    parse_anchor,
    verify_chain,
)
from app.errors import BayanError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from app.store.models import AuditEntry


class AuditDetailsRefused(BayanError):
    """A caller tried to put something secret-looking into the audit log."""

    kind = "audit_details"


class BadAnchor(BayanError):
    """An anchor that is not ``N:HASH``."""

    kind = "bad_anchor"


class TrailEntry(NamedTuple):
    """One entry of an entity's trail. ``number`` is its position in the whole chain, counted
    from 1 (with ``hash``, the anchor ``N:HASH`` that :meth:`AuditLog.verify_anchor` checks)."""

    number: int
    at: dt.datetime
    actor: str
    action: str
    details: dict[str, Any]
    hash: str


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class AuditLog:
    """Append to and verify the workspace's audit log. ``clock`` returns the aware UTC now."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        clock: Callable[[], dt.datetime] = _utc_now,
    ) -> None:
        self._sessions = sessions
        self._clock = clock

    def append(
        self,
        session: Session,
        actor: str,
        action: str,
        entity: str,
        entity_id: int | None,
        details: Mapping[str, Any] | None = None,
    ) -> AuditEntry:
        """Add an entry in ``session``'s transaction (it commits or rolls back with the change
        it records). Raises :class:`AuditDetailsRefused` for secret-looking detail keys."""
        from sqlalchemy import select

        from app.store.models import AuditEntry

        try:
            check_details(details or {})
        except UnsafeDetails as exc:
            raise AuditDetailsRefused(str(exc)) from None
        # The JSON round trip gives the exact value that will be read back (tuples become
        # lists, keys strings), so the hash stored is the hash verify() will recompute.
        plain: dict[str, Any] = json.loads(json.dumps(dict(details or {}), allow_nan=False))
        at = self._clock().astimezone(dt.UTC)
        # Take the write lock before reading the head (a no-op UPDATE is enough in SQLite; on
        # PostgreSQL a table lock that only another appender waits for, readers never).
        from app.store.server import lock_for_writing

        lock_for_writing(session, "audit_entries")
        head = session.execute(
            select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)
        ).scalar_one_or_none()
        prev = head or GENESIS
        entry = AuditEntry(
            at=at,
            actor=actor,
            action=action,
            entity=entity,
            entity_id=entity_id,
            details=plain,
            prev_hash=prev,
            hash=entry_hash(prev, at, actor, action, entity, entity_id, plain),
        )
        session.add(entry)
        session.flush()
        return entry

    def entries(self) -> list[ChainEntry]:
        """Every entry, oldest first, as plain values. Read as stored, without the ORM's type
        conversions, so a row damaged by hand (a date or JSON that no longer parses) is reported
        as a broken entry rather than stopping the check."""
        from sqlalchemy import text

        with self._sessions() as session:
            rows = session.execute(
                text(
                    "SELECT id, at, actor, action, entity, entity_id, details, prev_hash, hash "
                    "FROM audit_entries ORDER BY id"
                )
            ).all()
        return [
            ChainEntry(
                r.id,
                _stored_time(r.at),
                r.actor,
                r.action,
                r.entity,
                r.entity_id,
                _stored_json(r.details),
                r.prev_hash,
                r.hash,
            )
            for r in rows
        ]

    def trail(self, entity: str, entity_id: int) -> list[TrailEntry]:
        """The entries about one entity (for a post: entity "post", approval refusals
        included), oldest first, each numbered by its position in the chain."""
        from sqlalchemy import text

        with self._sessions() as session:
            rows = session.execute(
                text(
                    "SELECT number, at, actor, action, details, hash FROM ("
                    "SELECT ROW_NUMBER() OVER (ORDER BY id) AS number, id, at, actor, action, "
                    "entity, entity_id, details, hash FROM audit_entries"
                    ") AS chain WHERE entity = :entity AND entity_id = :entity_id ORDER BY id"
                ),
                {"entity": entity, "entity_id": entity_id},
            ).all()
        result = []
        for r in rows:
            details = _stored_json(r.details)
            result.append(
                TrailEntry(
                    int(r.number),
                    _stored_time(r.at),
                    r.actor,
                    r.action,
                    details if isinstance(details, dict) else {},
                    r.hash,
                )
            )
        return result

    def verify(self) -> VerifyResult:
        """Check the whole chain; the result names the first broken entry."""
        return verify_chain(self.entries())

    def verify_anchor(self, anchor: str) -> VerifyResult:
        """Check the chain and that entry N (counted from 1) still has the hash of ``N:HASH``.
        Raises :class:`BadAnchor` when ``anchor`` is not of that form."""
        try:
            number, digest = parse_anchor(anchor)
        except ValueError as exc:
            raise BadAnchor(str(exc)) from None
        return check_anchor(self.entries(), number, digest)


def _stored_time(value: Any) -> Any:
    """The stored naive-UTC text as an aware date-time; anything else as it is (it will not
    hash to the stored hash). PostgreSQL hands back a (naive UTC) date-time already."""
    if isinstance(value, dt.datetime):
        return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)
    try:
        return dt.datetime.fromisoformat(value).replace(tzinfo=dt.UTC)
    except (TypeError, ValueError):
        return value


def _stored_json(value: Any) -> Any:
    try:
        return json.loads(value)
    except (TypeError, ValueError):
        return value
