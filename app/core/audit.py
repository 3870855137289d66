"""The audit log's pure rules: how an entry is hashed, and how a chain and an anchor are checked.

Each entry stores the hash of the entry before it (``prev_hash``; :data:`GENESIS` for the first)
and its own hash: SHA-256 of the canonical JSON (:func:`canonical_json`) of its previous hash,
time, actor, action, entity, entity id and details. Editing an entry breaks its own hash;
deleting or reordering entries breaks the link of the entry after. Deleting the newest entries,
or rewriting the whole chain, leaves a chain that verifies: that is what the anchor is for (the
entry count and head hash, printed in the monthly report, checked later by
:func:`check_anchor`).

Details must never hold secrets or personal data (passwords, codes, TOTP secrets, inquirers'
names or contacts): the log is kept for ever and travels with backups. :func:`check_details`
refuses keys that look like secrets; personal data is the caller's duty to leave out.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

GENESIS = "0" * 64
FORBIDDEN_KEY_PARTS = ("password", "secret", "totp")
_ANCHOR = re.compile(r"([1-9][0-9]*):([0-9a-fA-F]{64})")


class UnsafeDetails(ValueError):
    """Audit details with a key that looks like a secret."""


class Entry(Protocol):
    """What :func:`verify_chain` reads of an entry (an ORM row or a :class:`ChainEntry`)."""

    @property
    def id(self) -> int: ...
    @property
    def at(self) -> dt.datetime: ...
    @property
    def actor(self) -> str: ...
    @property
    def action(self) -> str: ...
    @property
    def entity(self) -> str: ...
    @property
    def entity_id(self) -> int | None: ...
    @property
    def details(self) -> Mapping[str, Any]: ...
    @property
    def prev_hash(self) -> str: ...
    @property
    def hash(self) -> str: ...


@dataclass(frozen=True)
class ChainEntry:
    """A plain audit entry (the service copies rows into these)."""

    id: int
    at: dt.datetime
    actor: str
    action: str
    entity: str
    entity_id: int | None
    details: Mapping[str, Any]
    prev_hash: str
    hash: str


@dataclass(frozen=True)
class VerifyResult:
    """``count`` entries in the log, ``head_hash`` the newest one's stored hash (GENESIS when
    empty); when not ``ok``, ``first_broken_id`` names the first bad entry (None when the anchor
    names an entry the log does not have) and ``reason`` says what is wrong."""

    ok: bool
    count: int
    head_hash: str
    first_broken_id: int | None = None
    reason: str = ""


def _default(value: Any) -> str:
    if isinstance(value, dt.datetime):
        return utc_iso(value)
    raise TypeError(f"{type(value).__name__} is not allowed in an audit entry")


def utc_iso(value: dt.datetime) -> str:
    """The ISO form in UTC with microseconds, ``2026-06-01T09:00:00.000000+00:00``."""
    if value.tzinfo is None:
        raise ValueError("a naive date-time cannot go into the audit log")
    return value.astimezone(dt.UTC).isoformat(timespec="microseconds")


def canonical_json(value: Any) -> bytes:
    """Sorted keys, no whitespace, UTF-8, date-times as ISO UTC; NaN and infinity refused."""
    return json.dumps(
        value,
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
        allow_nan=False,
        default=_default,
    ).encode("utf-8")


def entry_hash(
    prev_hash: str,
    at: dt.datetime,
    actor: str,
    action: str,
    entity: str,
    entity_id: int | None,
    details: Mapping[str, Any],
) -> str:
    """The SHA-256 hex digest of an entry's canonical JSON, its previous hash included."""
    content = {
        "prev_hash": prev_hash,
        "at": at,
        "actor": actor,
        "action": action,
        "entity": entity,
        "entity_id": entity_id,
        "details": details,
    }
    return hashlib.sha256(canonical_json(content)).hexdigest()


def check_details(details: Any, path: str = "details") -> None:
    """Raise :class:`UnsafeDetails` for a key (at any depth) containing password/secret/totp."""
    if isinstance(details, Mapping):
        for key, value in details.items():
            lowered = str(key).lower()
            if any(part in lowered for part in FORBIDDEN_KEY_PARTS):
                raise UnsafeDetails(
                    f"{path} has the key {key!r}: secrets never go into the audit log"
                )
            check_details(value, f"{path}.{key}")
    elif isinstance(details, list | tuple):
        for index, value in enumerate(details):
            check_details(value, f"{path}[{index}]")


def verify_chain(entries: Sequence[Entry]) -> VerifyResult:
    """Check every entry, oldest (lowest id) first, and name the first broken one."""
    count = len(entries)
    head = entries[-1].hash if entries else GENESIS
    expected_prev = GENESIS
    previous_id: int | None = None
    for entry in entries:
        if entry.prev_hash != expected_prev:
            after = "the start of the log" if previous_id is None else f"entry {previous_id}"
            return VerifyResult(
                False,
                count,
                head,
                entry.id,
                f"its link does not match {after} (an entry was deleted, moved or altered)",
            )
        try:
            digest = entry_hash(
                entry.prev_hash,
                entry.at,
                entry.actor,
                entry.action,
                entry.entity,
                entry.entity_id,
                entry.details,
            )
        except (TypeError, ValueError):  # a value no append could have written
            digest = None
        if digest != entry.hash:
            return VerifyResult(
                False, count, head, entry.id, "its content does not match its hash (edited)"
            )
        expected_prev = entry.hash
        previous_id = entry.id
    return VerifyResult(True, count, head)


def parse_anchor(text: str) -> tuple[int, str]:
    """``N:HASH`` (N counted from 1, HASH 64 hex digits) as ``(N, lower-case hash)``."""
    match = _ANCHOR.fullmatch(text.strip())
    if match is None:
        raise ValueError(
            f"the anchor {text!r} is not N:HASH (an entry number from 1 and 64 hex digits)"
        )
    return int(match.group(1)), match.group(2).lower()


def check_anchor(entries: Sequence[Entry], number: int, digest: str) -> VerifyResult:
    """The chain verifies and its ``number``-th entry (from 1) still has the hash ``digest``."""
    result = verify_chain(entries)
    if not result.ok:
        return result
    if number > result.count:
        return VerifyResult(
            False,
            result.count,
            result.head_hash,
            None,
            f"the log has {result.count} entries; the anchor names entry {number} "
            "(entries were deleted)",
        )
    entry = entries[number - 1]
    if entry.hash != digest.lower():
        return VerifyResult(
            False,
            result.count,
            result.head_hash,
            entry.id,
            f"it does not match the anchor {number}:{digest} (the log was rewritten)",
        )
    return result
