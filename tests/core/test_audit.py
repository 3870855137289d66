"""The audit chain's pure rules: canonical JSON, entry hashes, chain and anchor verification."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib

import pytest

from app.core.audit import (
    GENESIS,
    ChainEntry,
    UnsafeDetails,
    canonical_json,
    check_anchor,
    check_details,
    entry_hash,
    parse_anchor,
    verify_chain,
)

AT = dt.datetime(2026, 6, 1, 9, 0, 0, 123456, tzinfo=dt.UTC)


def chain(n: int) -> list[ChainEntry]:
    entries: list[ChainEntry] = []
    prev = GENESIS
    for i in range(1, n + 1):
        at = AT + dt.timedelta(minutes=i)
        details = {"from": "draft", "to": "in_review", "n": i}
        digest = entry_hash(prev, at, "officer", "post.submitted", "post", i, details)
        entries.append(
            ChainEntry(i, at, "officer", "post.submitted", "post", i, details, prev, digest)
        )
        prev = digest
    return entries


def test_canonical_json_is_sorted_compact_utf8_and_utc() -> None:
    amman = dt.timezone(dt.timedelta(hours=3))
    text = canonical_json(
        {"b": "منشور", "a": [1, {"d": None, "c": True}], "at": AT.astimezone(amman)}
    )
    assert text == (
        b'{"a":[1,{"c":true,"d":null}],"at":"2026-06-01T09:00:00.123456+00:00","b":"'
        + "منشور".encode()
        + b'"}'
    )


def test_canonical_json_refuses_naive_datetimes_and_nan() -> None:
    with pytest.raises(ValueError, match="naive"):
        canonical_json({"at": dt.datetime(2026, 6, 1)})
    with pytest.raises(ValueError):
        canonical_json({"x": float("nan")})


def test_entry_hash_is_sha256_of_the_canonical_entry() -> None:
    digest = entry_hash(GENESIS, AT, "officer", "post.withdrawn", "post", 7, {"to": "withdrawn"})
    expected = hashlib.sha256(
        canonical_json(
            {
                "prev_hash": GENESIS,
                "at": AT,
                "actor": "officer",
                "action": "post.withdrawn",
                "entity": "post",
                "entity_id": 7,
                "details": {"to": "withdrawn"},
            }
        )
    ).hexdigest()
    assert digest == expected and len(digest) == 64
    # Every field counts, the previous hash included.
    assert digest != entry_hash(
        "1" * 64, AT, "officer", "post.withdrawn", "post", 7, {"to": "withdrawn"}
    )
    assert digest != entry_hash(
        GENESIS, AT, "officer", "post.withdrawn", "post", 8, {"to": "withdrawn"}
    )
    assert digest != entry_hash(
        GENESIS, AT, "officer", "post.withdrawn", "post", 7, {"to": "draft"}
    )
    later = AT + dt.timedelta(microseconds=1)
    assert digest != entry_hash(
        GENESIS, later, "officer", "post.withdrawn", "post", 7, {"to": "withdrawn"}
    )


def test_an_empty_chain_verifies_with_the_genesis_head() -> None:
    result = verify_chain([])
    assert result.ok and result.count == 0 and result.head_hash == GENESIS
    assert result.first_broken_id is None


def test_an_intact_chain_verifies() -> None:
    entries = chain(5)
    result = verify_chain(entries)
    assert result.ok and result.count == 5 and result.head_hash == entries[-1].hash


def test_edited_content_is_caught_at_that_entry() -> None:
    entries = chain(5)
    entries[2] = dataclasses.replace(entries[2], details={**entries[2].details, "to": "approved"})
    result = verify_chain(entries)
    assert not result.ok and result.first_broken_id == 3
    assert "content" in result.reason


def test_a_deleted_entry_is_caught_at_the_one_after_it() -> None:
    entries = chain(5)
    del entries[1]
    result = verify_chain(entries)
    assert not result.ok and result.first_broken_id == 3
    assert "entry 1" in result.reason


def test_a_rewritten_first_link_is_caught() -> None:
    entries = chain(3)
    entries[0] = dataclasses.replace(entries[0], prev_hash="f" * 64)
    assert verify_chain(entries).first_broken_id == 1


def test_swapped_hashes_are_caught_at_the_first() -> None:
    entries = chain(4)
    a, b = entries[1], entries[2]
    entries[1] = dataclasses.replace(a, hash=b.hash)
    entries[2] = dataclasses.replace(b, hash=a.hash)
    assert verify_chain(entries).first_broken_id == 2


def test_anchor_parsing() -> None:
    assert parse_anchor("3:" + "AB" * 32) == (3, "ab" * 32)
    for bad in (
        "",
        "3",
        "0:" + "a" * 64,
        "x:" + "a" * 64,
        "3:abc",
        "3:" + "g" * 64,
        "-1:" + "a" * 64,
    ):
        with pytest.raises(ValueError, match="anchor"):
            parse_anchor(bad)


def test_anchor_match_and_mismatch() -> None:
    entries = chain(4)
    assert check_anchor(entries, 2, entries[1].hash).ok
    wrong = check_anchor(entries, 2, entries[2].hash)
    assert not wrong.ok and wrong.first_broken_id == 2 and "anchor" in wrong.reason
    missing = check_anchor(entries, 9, entries[0].hash)
    assert not missing.ok and missing.first_broken_id is None and "4 entries" in missing.reason


def test_a_rewritten_chain_passes_verify_but_fails_the_anchor() -> None:
    entries = chain(4)
    anchor = (4, entries[-1].hash)
    # Someone edits entry 2 and recomputes every hash after it: the chain is intact again …
    forged: list[ChainEntry] = entries[:1]
    for old in entries[1:]:
        details = {**old.details, "to": "approved"} if old.id == 2 else old.details
        prev = forged[-1].hash
        digest = entry_hash(prev, old.at, old.actor, old.action, old.entity, old.entity_id, details)
        forged.append(dataclasses.replace(old, details=details, prev_hash=prev, hash=digest))
    assert verify_chain(forged).ok
    # … but the anchor taken before the edit no longer matches.
    assert not check_anchor(forged, *anchor).ok


def test_a_broken_chain_fails_the_anchor_on_the_break() -> None:
    entries = chain(3)
    entries[0] = dataclasses.replace(entries[0], actor="someone")
    result = check_anchor(entries, 3, entries[2].hash)
    assert not result.ok and result.first_broken_id == 1


@pytest.mark.parametrize("key", ["password", "Secret", "totp_code", "old_PASSWORD"])
def test_details_refuse_secret_looking_keys_at_any_depth(key: str) -> None:
    with pytest.raises(UnsafeDetails, match=key):
        check_details({"outer": [{key: "x"}]})
    with pytest.raises(UnsafeDetails):
        check_details({key: 1})


def test_plain_details_pass() -> None:
    check_details({"from": "draft", "to": "in_review", "platforms": ["x"], "n": {"k": 1}})
