"""The audit log service: appends inside the caller's transaction, a chain that never forks, and
verification of tampering done with plain SQL."""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading

import pytest

from app.core.audit import GENESIS, entry_hash
from app.services.audit import AuditDetailsRefused, AuditLog, BadAnchor
from app.services.posts import PostService
from app.store.models import AuditEntry, Post
from tests.services.post_fixtures import FakeClock, fields

TICKS = {"GOV-FACT-1": True, "GOV-PROP-1": True, "AR-LANG-1": True}


@pytest.fixture
def log(workspace, clock: FakeClock) -> AuditLog:
    return AuditLog(workspace.sessions, clock)


def append_n(log: AuditLog, workspace, clock: FakeClock, n: int) -> list[str]:
    hashes = []
    for i in range(n):
        clock.advance(minutes=1)
        with workspace.sessions.begin() as session:
            entry = log.append(session, "officer", "post.submitted", "post", i + 1, {"n": i})
            hashes.append(entry.hash)
    return hashes


def raw(workspace, sql: str, *params: object) -> None:
    """Tamper with the file the way an outsider would: stdlib sqlite3, no Bayan code (on
    PostgreSQL: plain SQL on the server, where a value the column's type refuses ends the
    test, as the server itself keeps that damage out)."""
    if workspace.engine.dialect.name == "postgresql":
        import psycopg

        from app.store.server import ServerConnection

        pooled = workspace.engine.raw_connection()
        try:
            try:
                ServerConnection(pooled.driver_connection).execute(sql, params)
            except psycopg.DataError as exc:
                pytest.skip(f"PostgreSQL refuses this damage itself: {type(exc).__name__}")
            pooled.commit()
        finally:
            pooled.close()
        return
    conn = sqlite3.connect(workspace.workspace.db_path)
    with conn:
        conn.execute(sql, params)
    conn.close()


def test_an_empty_log_verifies(log: AuditLog) -> None:
    result = log.verify()
    assert result.ok and result.count == 0 and result.head_hash == GENESIS


def test_appends_chain_and_verify(log: AuditLog, workspace, clock: FakeClock) -> None:
    hashes = append_n(log, workspace, clock, 3)
    with workspace.sessions() as session:
        rows = session.query(AuditEntry).order_by(AuditEntry.id).all()
    assert [r.prev_hash for r in rows] == [GENESIS, *hashes[:2]]
    first = rows[0]
    assert first.hash == entry_hash(
        GENESIS,
        clock.now - dt.timedelta(minutes=2),
        "officer",
        "post.submitted",
        "post",
        1,
        {"n": 0},
    )
    result = log.verify()
    assert result.ok and result.count == 3 and result.head_hash == hashes[-1]


def test_an_append_rolls_back_with_its_transaction(log: AuditLog, workspace) -> None:
    with pytest.raises(RuntimeError), workspace.sessions.begin() as session:
        log.append(session, "officer", "post.withdrawn", "post", 1, {})
        raise RuntimeError("the state change failed")
    assert log.verify().count == 0


def test_secret_looking_details_are_refused_and_nothing_is_written(
    log: AuditLog, workspace
) -> None:
    with pytest.raises(AuditDetailsRefused, match="password"), workspace.sessions.begin() as s:
        log.append(s, "officer", "account.rotated", "account", 1, {"new_password": "x"})
    assert log.verify().count == 0


def test_an_edited_entry_is_named(log: AuditLog, workspace, clock: FakeClock) -> None:
    append_n(log, workspace, clock, 4)
    raw(workspace, "UPDATE audit_entries SET details = ? WHERE id = 3", '{"n": 99}')
    result = log.verify()
    assert not result.ok and result.first_broken_id == 3 and "content" in result.reason


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("details", "{not json"),
        ("at", "yesterday"),
        ("at", "2026-06-01 09:03:00.000001"),
        ("entity_id", None),
        ("actor", "approver"),
    ],
)
def test_damaged_columns_are_named_not_crashed_on(
    log: AuditLog, workspace, clock: FakeClock, column: str, value: object
) -> None:
    append_n(log, workspace, clock, 3)
    raw(workspace, f"UPDATE audit_entries SET {column} = ? WHERE id = 2", value)
    result = log.verify()
    assert not result.ok and result.first_broken_id == 2


def test_a_deleted_entry_is_caught_at_the_next(log: AuditLog, workspace, clock: FakeClock) -> None:
    append_n(log, workspace, clock, 4)
    raw(workspace, "DELETE FROM audit_entries WHERE id = 2")
    result = log.verify()
    assert not result.ok and result.first_broken_id == 3 and "entry 1" in result.reason


def test_swapped_hashes_are_caught(log: AuditLog, workspace, clock: FakeClock) -> None:
    hashes = append_n(log, workspace, clock, 4)
    raw(workspace, "UPDATE audit_entries SET hash = 'x' WHERE id = 2")
    raw(workspace, "UPDATE audit_entries SET hash = ? WHERE id = 3", hashes[1])
    raw(workspace, "UPDATE audit_entries SET hash = ? WHERE id = 2", hashes[2])
    assert log.verify().first_broken_id == 2


def test_anchor_match_mismatch_and_syntax(log: AuditLog, workspace, clock: FakeClock) -> None:
    hashes = append_n(log, workspace, clock, 3)
    assert log.verify_anchor(f"3:{hashes[2]}").ok
    assert log.verify_anchor(f"2:{hashes[1].upper()}").ok
    wrong = log.verify_anchor(f"2:{hashes[2]}")
    assert not wrong.ok and wrong.first_broken_id == 2
    assert not log.verify_anchor(f"4:{hashes[2]}").ok
    with pytest.raises(BadAnchor, match="N:HASH"):
        log.verify_anchor("3-abc")


def test_a_rewritten_chain_is_caught_by_an_older_anchor(
    log: AuditLog, workspace, clock: FakeClock
) -> None:
    hashes = append_n(log, workspace, clock, 3)
    anchor = f"3:{hashes[2]}"
    # Rewrite entry 2 and re-hash it and everything after it, with Bayan's own rules.
    with workspace.sessions.begin() as session:
        rows = session.query(AuditEntry).order_by(AuditEntry.id).all()
        prev = rows[0].hash
        for row in rows[1:]:
            if row.id == 2:
                row.details = {"n": 42}
            row.prev_hash = prev
            row.hash = entry_hash(
                prev, row.at, row.actor, row.action, row.entity, row.entity_id, row.details
            )
            prev = row.hash
    assert log.verify().ok
    result = log.verify_anchor(anchor)
    assert not result.ok and result.first_broken_id == 3


def test_concurrent_appends_never_fork_the_chain(workspace) -> None:
    """Two threads with their own connections append at once; each reads the head only after
    taking the write lock, so every entry follows the one before it."""
    per_thread = 40
    errors: list[BaseException] = []
    barrier = threading.Barrier(2)

    def worker(name: str) -> None:
        log = AuditLog(workspace.sessions)
        try:
            barrier.wait()
            for i in range(per_thread):
                with workspace.sessions.begin() as session:
                    log.append(session, name, "test.append", "test", i, {"i": i})
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(n,)) for n in ("a", "b")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    result = AuditLog(workspace.sessions).verify()
    assert result.ok, result.reason
    assert result.count == 2 * per_thread
    with workspace.sessions() as session:
        actors = [a for (a,) in session.query(AuditEntry.actor).order_by(AuditEntry.id)]
    assert actors.count("a") == actors.count("b") == per_thread


def test_post_state_changes_are_audited_with_them(
    service: PostService, workspace, clock: FakeClock
) -> None:
    post = service.create(fields(manual_checks=TICKS))
    service.submit_for_review(post.id)
    clock.advance(hours=1)
    service.withdraw(post.id, note="the event was cancelled")
    with workspace.sessions() as session:
        rows = session.query(AuditEntry).order_by(AuditEntry.id).all()
        assert session.get(Post, post.id).state == "withdrawn"
    assert [(r.actor, r.action, r.entity, r.entity_id, r.details) for r in rows] == [
        ("officer", "post.submitted", "post", post.id, {"from": "draft", "to": "in_review"}),
        ("officer", "post.withdrawn", "post", post.id, {"from": "in_review", "to": "withdrawn"}),
    ]
    assert rows[1].at == clock.now
    assert AuditLog(workspace.sessions).verify().ok


def test_a_refused_submission_writes_no_audit_entry(service: PostService, workspace) -> None:
    post = service.create(fields())  # the confirmations are not ticked
    with pytest.raises(Exception, match="cannot be submitted"):
        service.submit_for_review(post.id)
    assert AuditLog(workspace.sessions).verify().count == 0
