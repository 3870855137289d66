"""The approval service: approvers enrolled with a sealed TOTP key, decisions signed with the
passphrase and a one-time code, failures counted (and committed) up to a 15-minute lock, and
every step in the hash-chained audit log without a secret in it."""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
from typing import Any

import keyring
import pyotp
import pytest
from keyring.backends import fail
from sqlalchemy import event, select

from app.core.approval import content_hash
from app.core.states import ForbiddenTransition
from app.errors import VaultUnavailable
from app.secrets.sealed import KdfParams
from app.secrets.store import approver_key
from app.services.accounts import workspace_secret_store
from app.services.approvals import (
    ApprovalBlocked,
    ApprovalError,
    ApprovalService,
    ApproverInvalid,
    ApproverLocked,
    ApproverNotFound,
    Enrolment,
    SignatureRefused,
)
from app.services.audit import AuditLog
from app.services.posts import PostService, approval_content_of
from app.services.settings import ensure_workspace_uid
from app.store.models import Approval, Approver, Post, PostRevision, QuietPeriod
from tests.services.post_fixtures import FakeClock, fields

CHEAP = KdfParams(n=2**10)
TICKS = {"GOV-FACT-1": True, "GOV-PROP-1": True, "AR-LANG-1": True}
PASSPHRASE = "olive grove at dawn"
OTHER_PASSPHRASE = "cedar hills at noon"
NAME = "Omar Haddad"
TITLE = "Director of Communication"


class Recorder:
    """Everything secret a test typed, to look for in the audit log and messages."""

    def __init__(self) -> None:
        self.values: set[str] = {PASSPHRASE, OTHER_PASSPHRASE}

    def code(self, secret: str, clock: FakeClock, steps: int = 0) -> str:
        code = pyotp.TOTP(secret).at(clock.now + dt.timedelta(seconds=30 * steps))
        self.values.add(code)
        return code

    def secret(self, secret: str) -> str:
        raw = base64.b32decode(secret)
        self.values |= {secret, base64.b64encode(raw).decode(), binascii.hexlify(raw).decode()}
        return secret


@pytest.fixture
def typed() -> Recorder:
    return Recorder()


@pytest.fixture
def uid(workspace) -> str:
    return ensure_workspace_uid(workspace.sessions)


@pytest.fixture
def approvals(workspace, clock: FakeClock, uid: str) -> ApprovalService:
    return ApprovalService(
        workspace.sessions,
        workspace_secret_store(workspace.sessions),
        uid,
        clock,
        CHEAP,
        organisation="Ministry of Culture",
    )


def in_review(service: PostService, **changes: Any) -> int:
    post = service.create(fields(manual_checks=TICKS, **changes))
    return service.submit_for_review(post.id).id


def enrol(
    approvals: ApprovalService,
    clock: FakeClock,
    typed: Recorder,
    name: str = NAME,
    passphrase: str = PASSPHRASE,
) -> tuple[int, str]:
    enrolment = approvals.new_enrolment(name)
    secret = typed.secret(enrolment.secret)
    info = approvals.enrol(name, TITLE, passphrase, enrolment, typed.code(secret, clock))
    return info.id, secret


def wrong_code(secret: str, clock: FakeClock) -> str:
    near = {pyotp.TOTP(secret).at(clock.now + dt.timedelta(seconds=30 * s)) for s in (-1, 0, 1)}
    return next(c for c in (f"{n:06d}" for n in range(1000)) if c not in near)


def actions(workspace) -> list[str]:
    return [e.action for e in AuditLog(workspace.sessions).entries()]


def assert_audit_clean(workspace, typed: Recorder) -> None:
    """The chain verifies and no entry holds anything secret the test typed."""
    log = AuditLog(workspace.sessions)
    assert log.verify().ok
    for entry in log.entries():
        text = json.dumps(entry.details, ensure_ascii=False) + entry.actor + entry.action
        for value in typed.values:
            assert value not in text, (entry.action, value)


def approver_row(workspace, approver_id: int) -> Approver:
    with workspace.sessions() as session:
        row = session.get(Approver, approver_id)
        session.expunge(row)
        return row


def state(workspace, post_id: int) -> str:
    with workspace.sessions() as session:
        return session.get(Post, post_id).state


def test_enrol_then_approve_with_the_enrolment_code(
    approvals: ApprovalService, service: PostService, workspace, clock, typed, uid
) -> None:
    post_id = in_review(service)
    enrolment = approvals.new_enrolment(NAME)
    secret = typed.secret(enrolment.secret)
    assert enrolment.uri.startswith("otpauth://totp/") and "issuer=Bayan" in enrolment.uri
    assert "Ministry%20of%20Culture" in enrolment.uri
    code = typed.code(secret, clock)
    info = approvals.enrol(f"  {NAME} ", TITLE, PASSPHRASE, enrolment, code)
    assert (info.name, info.title, info.active, info.has_secret) == (NAME, TITLE, True, True)
    assert (info.failed_attempts, info.locked_until, info.enrolled_at) == (0, None, clock.now)
    assert approvals.approvers() == [info]
    assert approver_row(workspace, info.id).last_timestep is None  # the enrolment used no step

    # The code that proved the phone holds the key also signs the approver's first decision.
    decided = approvals.decide(post_id, info.id, PASSPHRASE, code, "approved")
    assert decided.decision == "approved" and decided.post_id == post_id
    assert (decided.approver_name, decided.approver_title) == (NAME, TITLE)
    assert decided.decided_at == clock.now and decided.withdrawn_at is None
    assert state(workspace, post_id) == "approved"
    with workspace.sessions() as session:
        post = session.get(Post, post_id)
        assert decided.content_hash == content_hash(approval_content_of(session, post))
        assert session.get(Approval, decided.id).content_hash == decided.content_hash
        revision = session.scalars(
            select(PostRevision)
            .where(PostRevision.post_id == post_id)
            .order_by(PostRevision.id.desc())
        ).first()
    assert revision.reason == "approve" and revision.snapshot["state"] == "approved"
    assert revision.snapshot["approver_id"] == info.id
    assert approvals.latest(post_id) == decided
    assert approvals.approvals(post_id) == [decided]
    assert approver_row(workspace, info.id).last_timestep is not None
    assert actions(workspace) == ["post.submitted", "approver.enrolled", "post.approved"]
    entries = AuditLog(workspace.sessions).entries()
    assert entries[1].details == {"name": NAME, "title": TITLE}
    assert entries[2].actor == f"approver:{info.id}"
    assert entries[2].details["content_hash"] == decided.content_hash
    assert_audit_clean(workspace, typed)


def test_a_code_is_accepted_once_only(
    approvals: ApprovalService, service: PostService, workspace, clock, typed
) -> None:
    approver, secret = enrol(approvals, clock, typed)
    first, second = in_review(service), in_review(service, title="Second")
    clock.advance(seconds=40)
    code = typed.code(secret, clock)
    approvals.decide(first, approver, PASSPHRASE, code, "approved")
    clock.advance(seconds=5)
    with pytest.raises(SignatureRefused) as caught:
        approvals.decide(second, approver, PASSPHRASE, code, "approved")
    refused = caught.value
    assert refused.reason == "reused" and str(refused) == (
        "This code was already used. Wait for the next code."
    )
    assert refused.attempts_left == 4 and refused.locked_until is None
    assert state(workspace, second) == "in_review"
    assert approver_row(workspace, approver).failed_attempts == 1  # committed
    # A code from the previous step (within the allowed drift) is older still: refused too.
    with pytest.raises(SignatureRefused, match="already used"):
        approvals.decide(second, approver, PASSPHRASE, typed.code(secret, clock, -1), "approved")
    clock.advance(seconds=30)
    approvals.decide(second, approver, PASSPHRASE, typed.code(secret, clock), "approved")
    assert state(workspace, second) == "approved"
    assert approver_row(workspace, approver).failed_attempts == 0
    refusals = [e for e in AuditLog(workspace.sessions).entries() if e.action == "approval.refused"]
    assert [e.details for e in refusals] == [
        {"approver_id": approver, "reason": "reused", "failures": 1},
        {"approver_id": approver, "reason": "reused", "failures": 2},
    ]
    assert {(e.entity, e.entity_id) for e in refusals} == {("post", second)}
    assert_audit_clean(workspace, typed)


def test_a_wrong_passphrase_with_the_right_code_is_refused(
    approvals: ApprovalService, service: PostService, workspace, clock, typed
) -> None:
    approver, secret = enrol(approvals, clock, typed)
    post_id = in_review(service)
    clock.advance(seconds=30)
    with pytest.raises(SignatureRefused) as by_passphrase:
        approvals.decide(post_id, approver, OTHER_PASSPHRASE, typed.code(secret, clock), "approved")
    with pytest.raises(SignatureRefused) as by_code:
        approvals.decide(post_id, approver, PASSPHRASE, wrong_code(secret, clock), "approved")
    # Both refusals read alike: nothing says which of the two was wrong.
    assert by_passphrase.value.reason == by_code.value.reason == "passphrase_or_code"
    assert str(by_passphrase.value) == (
        "The passphrase or the code is not right; 4 attempts left before a 15-minute lock"
    )
    assert str(by_code.value) == (
        "The passphrase or the code is not right; 3 attempts left before a 15-minute lock"
    )
    assert state(workspace, post_id) == "in_review"
    assert approver_row(workspace, approver).failed_attempts == 2
    assert approver_row(workspace, approver).last_timestep is None
    with workspace.sessions() as session:
        assert session.scalars(select(Approval)).all() == []
    # The right passphrase and code still sign (the code was not used by the refusals).
    approvals.decide(post_id, approver, PASSPHRASE, typed.code(secret, clock), "approved")
    assert approver_row(workspace, approver).failed_attempts == 0
    assert_audit_clean(workspace, typed)


def test_five_failures_lock_for_fifteen_minutes(
    approvals: ApprovalService, service: PostService, workspace, clock, typed
) -> None:
    approver, secret = enrol(approvals, clock, typed)
    post_id = in_review(service)
    clock.advance(minutes=1)
    left = []
    for _ in range(4):
        with pytest.raises(SignatureRefused) as caught:
            approvals.decide(
                post_id, approver, "not the passphrase", typed.code(secret, clock), "approved"
            )
        left.append(caught.value.attempts_left)
        assert caught.value.locked_until is None
    assert left == [4, 3, 2, 1]
    assert "1 attempt left" in str(caught.value)
    with pytest.raises(SignatureRefused) as fifth:
        approvals.decide(post_id, approver, PASSPHRASE, wrong_code(secret, clock), "approved")
    until = clock.now + dt.timedelta(minutes=15)
    assert fifth.value.locked_until == until and fifth.value.attempts_left == 0
    assert "locked for 15 minutes" in str(fifth.value)
    row = approver_row(workspace, approver)
    assert row.locked_until == until  # committed although decide raised
    assert approvals.approvers()[0].locked_until == until

    # Locked: even the right passphrase and a fresh code are refused, and that is logged.
    clock.advance(minutes=14, seconds=30)
    with pytest.raises(ApproverLocked) as locked:
        approvals.decide(post_id, approver, PASSPHRASE, typed.code(secret, clock), "approved")
    assert locked.value.until == until
    assert "locked" in str(locked.value) and "1 minute" in str(locked.value)
    assert state(workspace, post_id) == "in_review"
    assert approver_row(workspace, approver).last_timestep is None

    clock.advance(seconds=31)  # the lock is over
    assert approvals.approvers()[0].locked_until is None
    approvals.decide(post_id, approver, PASSPHRASE, typed.code(secret, clock), "approved")
    assert state(workspace, post_id) == "approved"
    row = approver_row(workspace, approver)
    assert (row.failed_attempts, row.locked_until) == (0, None)

    log = AuditLog(workspace.sessions).entries()
    assert [e.action for e in log] == [
        "approver.enrolled",
        "post.submitted",
        *["approval.refused"] * 5,
        "approver.locked",
        "approval.refused",
        "post.approved",
    ]
    assert [e.details["failures"] for e in log[2:7]] == [1, 2, 3, 4, 5]
    assert log[7].details == {"until": until.isoformat()}
    assert (log[7].entity, log[7].entity_id) == ("approver", approver)
    assert log[8].details["reason"] == "locked"
    assert_audit_clean(workspace, typed)


def test_a_malformed_code_is_refused_without_counting(
    approvals: ApprovalService, service: PostService, workspace, clock, typed
) -> None:
    approver, secret = enrol(approvals, clock, typed)
    post_id = in_review(service)
    clock.advance(seconds=30)
    for code in ("12345", "1234567", "abcdef", ""):
        with pytest.raises(SignatureRefused) as caught:
            approvals.decide(post_id, approver, PASSPHRASE, code, "approved")
        assert caught.value.reason == "format" and caught.value.attempts_left == 5
        assert "6 digits" in str(caught.value)
    assert approver_row(workspace, approver).failed_attempts == 0
    # Spaces and Arabic-Indic digits, as a phone may show them, are read.
    code = typed.code(secret, clock)
    arabic = code[:3].translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")) + " " + code[3:]
    approvals.decide(post_id, approver, PASSPHRASE, arabic, "approved")
    assert state(workspace, post_id) == "approved"


def test_the_keyring_holds_no_readable_secret(
    approvals: ApprovalService, clock, typed, uid, memory_keyring
) -> None:
    approver, secret = enrol(approvals, clock, typed)
    service_key = (f"Bayan/{uid}", approver_key(approver))
    assert set(memory_keyring.items) == {service_key}
    blob = memory_keyring.items[service_key]
    raw = base64.b32decode(secret)
    for form in (
        secret,
        secret.lower(),
        secret[:10],
        base64.b64encode(raw).decode(),
        base64.b32encode(raw).decode(),
        binascii.hexlify(raw).decode(),
        binascii.hexlify(raw).decode().upper(),
        PASSPHRASE,
    ):
        assert form not in blob
    assert raw not in blob.encode("latin-1", "ignore")
    assert json.loads(blob)["kdf"] == "scrypt"


def test_content_hash_pins_what_was_approved(
    approvals: ApprovalService, service: PostService, workspace, clock, typed
) -> None:
    approver, secret = enrol(approvals, clock, typed)
    post_id = in_review(service)
    decided = approvals.decide(post_id, approver, PASSPHRASE, typed.code(secret, clock), "approved")
    clock.advance(minutes=1)
    service.save(post_id, fields(manual_checks=TICKS, text_en="Registration opens tomorrow."))
    assert state(workspace, post_id) == "draft"
    with workspace.sessions() as session:
        post = session.get(Post, post_id)
        assert content_hash(approval_content_of(session, post)) != decided.content_hash
    assert approvals.latest(post_id) is None  # the edit withdrew it
    assert approvals.approvals(post_id)[0].withdrawn_at == clock.now


def test_changes_requested_needs_a_comment(
    approvals: ApprovalService, service: PostService, workspace, clock, typed
) -> None:
    approver, secret = enrol(approvals, clock, typed)
    post_id = in_review(service)
    clock.advance(seconds=30)
    code = typed.code(secret, clock)
    before = actions(workspace)
    with pytest.raises(ApprovalError, match="comment"):
        approvals.decide(post_id, approver, PASSPHRASE, code, "changes_requested", "   ")
    assert actions(workspace) == before
    assert approver_row(workspace, approver).failed_attempts == 0
    comment = "Name the polling stations in the English text too."
    decided = approvals.decide(
        post_id, approver, PASSPHRASE, code, "changes_requested", f" {comment} "
    )
    assert (decided.decision, decided.comment) == ("changes_requested", comment)
    assert state(workspace, post_id) == "changes_requested"
    revisions = service.revisions(post_id)
    assert revisions[-1].reason == "changes_requested"
    assert revisions[-1].snapshot["comment"] == comment
    assert actions(workspace)[-1] == "post.changes_requested"
    assert approvals.latest(post_id) == decided
    # The officer edits and submits again; the next decision is the latest one.
    service.save(post_id, fields(manual_checks=TICKS, text_en="Stations: Amman, Irbid."))
    service.submit_for_review(post_id)
    clock.advance(seconds=30)
    again = approvals.decide(post_id, approver, PASSPHRASE, typed.code(secret, clock), "approved")
    assert approvals.latest(post_id) == again
    assert [a.id for a in approvals.approvals(post_id)] == [again.id, decided.id]
    assert_audit_clean(workspace, typed)


def test_only_a_post_in_review_is_decided(
    approvals: ApprovalService, service: PostService, workspace, clock, typed
) -> None:
    approver, secret = enrol(approvals, clock, typed)
    draft = service.create(fields(manual_checks=TICKS)).id
    before = actions(workspace)
    with pytest.raises(ForbiddenTransition, match="from draft to approved"):
        approvals.decide(draft, approver, PASSPHRASE, typed.code(secret, clock), "approved")
    assert actions(workspace) == before
    assert approver_row(workspace, approver).last_timestep is None
    post_id = in_review(service)
    approvals.decide(post_id, approver, PASSPHRASE, typed.code(secret, clock), "approved")
    clock.advance(seconds=30)
    with pytest.raises(ForbiddenTransition):
        approvals.decide(
            post_id, approver, PASSPHRASE, typed.code(secret, clock), "changes_requested", "x"
        )
    with pytest.raises(ApprovalError, match="unknown decision"):
        approvals.decide(post_id, approver, PASSPHRASE, typed.code(secret, clock), "maybe")
    from app.services.posts import PostNotFound

    with pytest.raises(PostNotFound):
        approvals.decide(999, approver, PASSPHRASE, typed.code(secret, clock), "approved")


def test_a_blocker_found_since_submission_stops_the_approval(
    approvals: ApprovalService, service: PostService, workspace, clock, typed
) -> None:
    approver, secret = enrol(approvals, clock, typed)
    post_id = in_review(service)  # scheduled 10 June 07:00 UTC
    with workspace.sessions.begin() as session:
        session.add(
            QuietPeriod(
                name_ar="حداد",
                name_en="Mourning",
                reason="mourning",
                starts_at=dt.datetime(2026, 6, 10, 0, tzinfo=dt.UTC),
                ends_at=dt.datetime(2026, 6, 11, 0, tzinfo=dt.UTC),
            )
        )
    code = typed.code(secret, clock)
    with pytest.raises(ApprovalBlocked) as caught:
        approvals.decide(post_id, approver, PASSPHRASE, code, "approved")
    assert "GOV-QUIET-1" in caught.value.rules and "request changes" in str(caught.value)
    assert state(workspace, post_id) == "in_review"
    assert approver_row(workspace, approver).failed_attempts == 0
    approvals.decide(post_id, approver, PASSPHRASE, code, "changes_requested", "Move it.")
    assert state(workspace, post_id) == "changes_requested"


def test_enrolment_checks_name_passphrase_and_code(
    approvals: ApprovalService, workspace, clock, typed, memory_keyring
) -> None:
    enrolment = approvals.new_enrolment(NAME)
    secret = typed.secret(enrolment.secret)
    code = typed.code(secret, clock)
    cases = [
        (("", TITLE, PASSPHRASE, enrolment, code), "name"),
        (("   ", TITLE, PASSPHRASE, enrolment, code), "name"),
        (("x" * 201, TITLE, PASSPHRASE, enrolment, code), "longer than 200"),
        ((NAME, "t" * 201, PASSPHRASE, enrolment, code), "longer than 200"),
        ((NAME, TITLE, "short", enrolment, code), "shorter than 8"),
        ((NAME, TITLE, " " * 12, enrolment, code), "empty"),
        ((NAME, TITLE, "cafe\u0301abc", enrolment, code), "shorter than 8"),  # 7 after NFC
        ((NAME, TITLE, PASSPHRASE, enrolment, wrong_code(secret, clock)), "does not match"),
        ((NAME, TITLE, PASSPHRASE, enrolment, "12"), "6 digits"),
        ((NAME, TITLE, PASSPHRASE, Enrolment("not base32!!", ""), code), "not valid"),
    ]
    for args, message in cases:
        with pytest.raises(ApproverInvalid, match=message) as caught:
            approvals.enrol(*args)
        for value in typed.values:
            assert value not in str(caught.value)
    assert approvals.approvers(include_removed=True) == []
    assert memory_keyring.items == {}
    assert actions(workspace) == []


def test_enrolment_repr_masks_the_key(approvals: ApprovalService) -> None:
    enrolment = approvals.new_enrolment(NAME)
    for text in (repr(enrolment), str(enrolment), f"{enrolment}", repr([enrolment])):
        assert enrolment.secret not in text and "***" in text
    assert repr(approvals).startswith("ApprovalService(")


def test_a_vault_that_refuses_rolls_the_enrolment_back(
    approvals: ApprovalService, workspace, clock, typed
) -> None:
    keyring.set_keyring(fail.Keyring())
    enrolment = approvals.new_enrolment(NAME)
    with pytest.raises(VaultUnavailable):
        approvals.enrol(NAME, TITLE, PASSPHRASE, enrolment, typed.code(enrolment.secret, clock))
    assert approvals.approvers(include_removed=True) == []
    assert actions(workspace) == []


def test_a_failed_commit_takes_the_key_out_of_the_vault_again(
    approvals: ApprovalService, workspace, clock, typed, memory_keyring
) -> None:
    def refuse(session: object) -> None:
        raise RuntimeError("disk full")

    enrolment = approvals.new_enrolment(NAME)
    code = typed.code(enrolment.secret, clock)
    event.listen(workspace.sessions, "before_commit", refuse)
    try:
        with pytest.raises(RuntimeError, match="disk full"):
            approvals.enrol(NAME, TITLE, PASSPHRASE, enrolment, code)
    finally:
        event.remove(workspace.sessions, "before_commit", refuse)
    assert memory_keyring.items == {}
    assert approvals.approvers(include_removed=True) == []
    approvals.enrol(NAME, TITLE, PASSPHRASE, enrolment, code)
    assert len(memory_keyring.items) == 1


def test_a_key_moved_to_another_approver_does_not_open(
    approvals: ApprovalService, service: PostService, workspace, clock, typed, uid, memory_keyring
) -> None:
    first, first_secret = enrol(approvals, clock, typed)
    second, _ = enrol(approvals, clock, typed, name="Lina Saleh", passphrase=OTHER_PASSPHRASE)
    items = memory_keyring.items
    items[(f"Bayan/{uid}", approver_key(second))] = items[(f"Bayan/{uid}", approver_key(first))]
    post_id = in_review(service)
    clock.advance(seconds=30)
    with pytest.raises(SignatureRefused):
        approvals.decide(post_id, second, PASSPHRASE, typed.code(first_secret, clock), "approved")
    assert state(workspace, post_id) == "in_review"


def test_a_missing_or_damaged_key_is_not_a_failure(
    approvals: ApprovalService, service: PostService, workspace, clock, typed, uid, memory_keyring
) -> None:
    approver, secret = enrol(approvals, clock, typed)
    post_id = in_review(service)
    key = (f"Bayan/{uid}", approver_key(approver))
    memory_keyring.items[key] = "{not a sealed key"
    with pytest.raises(ApprovalError, match="damaged"):
        approvals.decide(post_id, approver, PASSPHRASE, typed.code(secret, clock), "approved")
    del memory_keyring.items[key]
    with pytest.raises(ApprovalError, match="no signing key"):
        approvals.decide(post_id, approver, PASSPHRASE, typed.code(secret, clock), "approved")
    assert approvals.approvers()[0].has_secret is False
    assert approver_row(workspace, approver).failed_attempts == 0


def test_reenrol_replaces_the_key_and_clears_the_lock(
    approvals: ApprovalService, service: PostService, workspace, clock, typed, uid, memory_keyring
) -> None:
    approver, old_secret = enrol(approvals, clock, typed)
    post_id = in_review(service)
    for _ in range(5):
        with pytest.raises(SignatureRefused):
            approvals.decide(post_id, approver, "guess guess", "123456", "approved")
    assert approvals.approvers()[0].locked_until is not None
    old_blob = memory_keyring.items[(f"Bayan/{uid}", approver_key(approver))]
    clock.advance(minutes=1)
    enrolment = approvals.new_enrolment(NAME)
    secret = typed.secret(enrolment.secret)
    info = approvals.reenrol(approver, OTHER_PASSPHRASE, enrolment, typed.code(secret, clock))
    assert (info.id, info.locked_until, info.failed_attempts) == (approver, None, 0)
    assert info.enrolled_at == clock.now
    assert memory_keyring.items[(f"Bayan/{uid}", approver_key(approver))] != old_blob
    clock.advance(seconds=30)
    with pytest.raises(SignatureRefused):  # the old passphrase no longer opens it
        approvals.decide(post_id, approver, PASSPHRASE, typed.code(secret, clock), "approved")
    with pytest.raises(SignatureRefused):  # codes of the old key no longer match
        approvals.decide(
            post_id, approver, OTHER_PASSPHRASE, typed.code(old_secret, clock), "approved"
        )
    approvals.decide(post_id, approver, OTHER_PASSPHRASE, typed.code(secret, clock), "approved")
    assert "approver.reenrolled" in actions(workspace)
    with pytest.raises(ApproverNotFound):
        approvals.reenrol(99, PASSPHRASE, enrolment, typed.code(secret, clock))
    assert_audit_clean(workspace, typed)


def test_change_passphrase(
    approvals: ApprovalService, service: PostService, workspace, clock, typed
) -> None:
    approver, secret = enrol(approvals, clock, typed)
    with pytest.raises(SignatureRefused) as caught:
        approvals.change_passphrase(approver, "not the passphrase", OTHER_PASSPHRASE)
    assert caught.value.attempts_left == 4
    assert approver_row(workspace, approver).failed_attempts == 1  # committed
    with pytest.raises(ApproverInvalid, match="shorter"):
        approvals.change_passphrase(approver, PASSPHRASE, "short")
    approvals.change_passphrase(approver, PASSPHRASE, OTHER_PASSPHRASE)
    assert approver_row(workspace, approver).failed_attempts == 0
    post_id = in_review(service)
    clock.advance(seconds=30)
    with pytest.raises(SignatureRefused):
        approvals.decide(post_id, approver, PASSPHRASE, typed.code(secret, clock), "approved")
    approvals.decide(post_id, approver, OTHER_PASSPHRASE, typed.code(secret, clock), "approved")
    log = AuditLog(workspace.sessions).entries()
    changed = [e for e in log if e.action == "approver.passphrase_changed"]
    assert len(changed) == 1 and changed[0].actor == f"approver:{approver}"
    refused = [e for e in log if e.action == "approval.refused"]
    assert (refused[0].entity, refused[0].entity_id) == ("approver", approver)
    assert_audit_clean(workspace, typed)


def test_change_passphrase_while_locked_is_refused(
    approvals: ApprovalService, workspace, clock, typed
) -> None:
    approver, _ = enrol(approvals, clock, typed)
    for _ in range(5):
        with pytest.raises(SignatureRefused):
            approvals.change_passphrase(approver, "not the passphrase", OTHER_PASSPHRASE)
    with pytest.raises(ApproverLocked):
        approvals.change_passphrase(approver, PASSPHRASE, OTHER_PASSPHRASE)
    assert actions(workspace).count("approver.locked") == 1


def test_remove(
    approvals: ApprovalService, service: PostService, workspace, clock, typed, memory_keyring
) -> None:
    approver, secret = enrol(approvals, clock, typed)
    other, _ = enrol(approvals, clock, typed, name="Lina Saleh")
    post_id = in_review(service)
    approvals.decide(post_id, approver, PASSPHRASE, typed.code(secret, clock), "approved")
    approvals.remove(approver)
    assert [a.id for a in approvals.approvers()] == [other]
    removed = next(a for a in approvals.approvers(include_removed=True) if a.id == approver)
    assert (removed.active, removed.has_secret) == (False, False)
    assert len(memory_keyring.items) == 1  # only the other approver's key is left
    assert approvals.latest(post_id).approver_name == NAME  # past decisions stay
    second = in_review(service, title="Second")
    clock.advance(seconds=30)
    with pytest.raises(ApproverNotFound, match="removed"):
        approvals.decide(second, approver, PASSPHRASE, typed.code(secret, clock), "approved")
    with pytest.raises(ApproverNotFound, match="removed"):
        approvals.remove(approver)
    with pytest.raises(ApproverNotFound, match="no approver 99"):
        approvals.remove(99)
    log = AuditLog(workspace.sessions).entries()
    assert next(e for e in log if e.action == "approver.removed").entity_id == approver
    assert_audit_clean(workspace, typed)


def test_remove_is_refused_when_the_vault_is_unavailable(
    approvals: ApprovalService, workspace, clock, typed
) -> None:
    approver, _ = enrol(approvals, clock, typed)
    keyring.set_keyring(fail.Keyring())
    with pytest.raises(VaultUnavailable):
        approvals.remove(approver)
    assert approver_row(workspace, approver).active is True
    assert approvals.approvers()[0].has_secret is False  # unknown: the vault is locked
    assert "approver.removed" not in actions(workspace)


def test_messages_never_carry_a_secret(
    approvals: ApprovalService, service: PostService, clock, typed
) -> None:
    approver, secret = enrol(approvals, clock, typed)
    post_id = in_review(service)
    errors: list[Exception] = []
    for passphrase, code in (
        (OTHER_PASSPHRASE, typed.code(secret, clock)),
        (PASSPHRASE, wrong_code(secret, clock)),
        (PASSPHRASE, "98765"),
    ):
        try:
            approvals.decide(post_id, approver, passphrase, code, "approved")
        except ApprovalError as exc:
            errors.append(exc)
    assert len(errors) == 3
    for exc in errors:
        for value in typed.values:
            assert value not in str(exc) and value not in repr(exc)


def test_the_organisation_names_the_key(workspace) -> None:
    from app.services.approvals import organisation_name
    from app.store.models import Organisation

    assert organisation_name(workspace.sessions) == ""
    with workspace.sessions.begin() as session:
        session.add(Organisation(name_ar="وزارة الثقافة", name_en=""))
    assert organisation_name(workspace.sessions, "en") == "وزارة الثقافة"
    with workspace.sessions.begin() as session:
        session.scalars(select(Organisation)).one().name_en = "Ministry of Culture"
    assert organisation_name(workspace.sessions, "en") == "Ministry of Culture"
    assert organisation_name(workspace.sessions, "ar") == "وزارة الثقافة"
