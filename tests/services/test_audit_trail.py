"""A post's audit trail: its entries only, oldest first, each numbered by its place in the whole
chain so that ``N:HASH`` is an anchor ``verify_anchor`` accepts."""

from __future__ import annotations

import datetime as dt

from app.services.audit import AuditLog, TrailEntry
from tests.services.post_fixtures import FakeClock


def test_the_trail_of_one_entity_numbered_in_the_chain(workspace, clock: FakeClock) -> None:
    log = AuditLog(workspace.sessions, clock)
    written = [
        ("officer", "post.submitted", "post", 7, {"from": "draft", "to": "in_review"}),
        ("officer", "post.submitted", "post", 8, {"from": "draft", "to": "in_review"}),
        ("approver:1", "approval.refused", "post", 7, {"approver_id": 1, "reason": "format"}),
        ("approver:1", "approver.locked", "approver", 7, {"until": "2026-06-01T09:15:00"}),
        ("approver:1", "post.approved", "post", 7, {"from": "in_review", "to": "approved"}),
    ]
    hashes = []
    for actor, action, entity, entity_id, details in written:
        clock.advance(minutes=1)
        with workspace.sessions.begin() as session:
            hashes.append(log.append(session, actor, action, entity, entity_id, details).hash)

    trail = log.trail("post", 7)
    assert [(e.number, e.action) for e in trail] == [
        (1, "post.submitted"),
        (3, "approval.refused"),
        (5, "post.approved"),
    ]
    assert trail[1] == TrailEntry(
        3,
        dt.datetime(2026, 6, 1, 9, 3, tzinfo=dt.UTC),
        "approver:1",
        "approval.refused",
        {"approver_id": 1, "reason": "format"},
        hashes[2],
    )
    assert [e.action for e in log.trail("approver", 7)] == ["approver.locked"]
    assert log.trail("post", 99) == []
    for entry in trail:
        assert log.verify_anchor(f"{entry.number}:{entry.hash}").ok
