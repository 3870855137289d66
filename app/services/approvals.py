"""Approvers and their signed decisions (SPEC §4).

An approver is a supervisor with a passphrase only they know and an authenticator app on their
phone. Their TOTP secret is kept in the workspace's keyring *sealed* under the passphrase
(:mod:`app.secrets.sealed`), bound to the workspace and the approver, so the officer — who can
read the keyring and the database — cannot make codes. A decision (approve, or request changes
with a comment) needs the passphrase, which opens the secret, and the current 6-digit code,
accepted once only. Each wrong passphrase or code counts; five in a row lock the approver for 15
minutes. Failures are committed even though the call raises, and every step is in the audit log.

Nothing here puts a passphrase, a secret or a code into the database, the audit log, a message
or a ``repr``.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import logging
import math
import unicodedata
from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from app.core.approval import (
    CODE_DIGITS,
    LOCK_DURATION,
    MAX_FAILURES,
    MIN_PASSPHRASE_CHARS,
    CodeRefused,
    after_failure,
    content_hash,
    lock_remaining,
    match_code,
    new_secret,
    normalise_code,
    provisioning_uri,
)
from app.core.domain import ApprovalDecision, PostState
from app.core.states import ForbiddenTransition, check_transition
from app.errors import BayanError
from app.secrets.sealed import DEFAULT_KDF, DamagedSecret, KdfParams, WrongPassphrase, seal, unseal
from app.secrets.store import SecretStore, approver_key
from app.services.audit import AuditLog
from app.services.versioning import stale_as_conflict

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from app.store.models import Approval, Approver, Post

log = logging.getLogger(__name__)

NAME_MAX = 200
MAX_PASSPHRASE_CHARS = 1024
COMMENT_MAX = 10_000
_LOCK_MINUTES = int(LOCK_DURATION.total_seconds() // 60)


# --- errors ------------------------------------------------------------------------------------


class ApprovalError(BayanError):
    """Something about an approval or an approver the user can act on."""

    kind = "approval"


class ApproverNotFound(ApprovalError):
    kind = "approver_not_found"

    def __init__(self, approver_id: int, removed: bool = False) -> None:
        self.approver_id = approver_id
        self.removed = removed
        if removed:
            super().__init__(f"approver {approver_id} was removed and can no longer sign")
        else:
            super().__init__(f"there is no approver {approver_id}")


class ApproverInvalid(ApprovalError):
    """An approver's name, title or passphrase cannot be taken, or the enrolment code does not
    match the new key; nothing was stored."""

    kind = "approver_invalid"


class ApproverLocked(ApprovalError):
    """Five failures in a row: the approver cannot sign until ``until``."""

    kind = "approver_locked"

    def __init__(self, until: dt.datetime, now: dt.datetime | None = None) -> None:
        self.until = until
        text = (
            f"This approver is locked after {MAX_FAILURES} wrong attempts in a row, "
            f"until {until.astimezone(dt.UTC):%H:%M} UTC"
        )
        if now is not None and until > now:
            minutes = max(1, math.ceil((until - now).total_seconds() / 60))
            text += f" (in {minutes} minute{'s' if minutes != 1 else ''})"
        super().__init__(text)


class SignatureRefused(ApprovalError):
    """The passphrase and code did not sign. ``reason``: "passphrase_or_code" (which of the two
    is wrong is not said), "reused" (a code already accepted) or "format" (not 6 digits, not
    counted as a failure). ``attempts_left`` before the lock; ``locked_until`` when this
    failure locked the approver."""

    kind = "signature_refused"

    def __init__(
        self, reason: str, attempts_left: int, locked_until: dt.datetime | None = None
    ) -> None:
        self.reason = reason
        self.attempts_left = attempts_left
        self.locked_until = locked_until
        if reason == "reused":
            text = "This code was already used. Wait for the next code."
        elif reason == "format":
            text = (
                f"A code is {CODE_DIGITS} digits: type the code the authenticator app shows now."
            )
        else:
            text = "The passphrase or the code is not right"
            if locked_until is None:
                plural = "s" if attempts_left != 1 else ""
                text += (
                    f"; {attempts_left} attempt{plural} left before a "
                    f"{_LOCK_MINUTES}-minute lock"
                )
        if locked_until is not None:
            text = text.rstrip(".") + (
                f"; this approver is now locked for {_LOCK_MINUTES} minutes, until "
                f"{locked_until.astimezone(dt.UTC):%H:%M} UTC"
            )
        super().__init__(text)


class ApprovalBlocked(ApprovalError):
    """The checklist now finds a blocker in the post (a quiet period added since it was
    submitted, say): it cannot be approved, only sent back with a request for changes."""

    kind = "approval_blocked"

    def __init__(self, post_id: int, rules: list[str]) -> None:
        self.post_id = post_id
        self.rules = rules
        super().__init__(
            f"post {post_id} cannot be approved: the checklist now finds blockers "
            f"({', '.join(rules)}), for instance a quiet period added since it was submitted; "
            "request changes instead"
        )


# --- values ------------------------------------------------------------------------------------


class ApproverInfo(NamedTuple):
    id: int
    name: str
    title: str
    enrolled_at: dt.datetime
    active: bool
    failed_attempts: int
    locked_until: dt.datetime | None  # None unless locked now
    has_secret: bool  # a sealed key is in the vault (False too when the vault is unavailable)


class Enrolment(NamedTuple):
    """A new TOTP key and its ``otpauth://`` URI (shown once as a QR code); nothing stored."""

    secret: str
    uri: str

    def __repr__(self) -> str:
        return "Enrolment(secret='***', uri='otpauth://***')"

    __str__ = __repr__


class ApprovalInfo(NamedTuple):
    id: int
    post_id: int
    approver_id: int
    approver_name: str
    approver_title: str
    decision: str  # "approved" or "changes_requested"
    decided_at: dt.datetime
    content_hash: str
    comment: str
    withdrawn_at: dt.datetime | None


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _actor(approver_id: int) -> str:
    return f"approver:{approver_id}"


def _code_well_formed(code: object) -> bool:
    if not isinstance(code, str):
        return False
    digits = normalise_code(code)
    return len(digits) == CODE_DIGITS and digits.isascii() and digits.isdigit()


def organisation_name(sessions: sessionmaker[Session], language: str = "en") -> str:
    """The organisation's name in ``language`` (the other one when that is empty), or "":
    it labels the approvers' keys in their authenticator apps."""
    from sqlalchemy import select

    from app.store.models import Organisation

    with sessions() as session:
        row = session.scalars(select(Organisation).order_by(Organisation.id).limit(1)).first()
        if row is None:
            return ""
        names = (row.name_ar, row.name_en) if language == "ar" else (row.name_en, row.name_ar)
        return next((n.strip() for n in names if n and n.strip()), "")


# --- the service -------------------------------------------------------------------------------


class ApprovalService:
    """Approvers and decisions. ``store`` is the workspace's secret store; ``workspace_uid``
    binds each sealed key to this workspace; ``kdf`` is scrypt's cost (tests pass a cheap one);
    ``organisation`` names the key in the authenticator app."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        store: SecretStore,
        workspace_uid: str,
        clock: Callable[[], dt.datetime] = _utc_now,
        kdf: KdfParams = DEFAULT_KDF,
        organisation: str = "",
    ) -> None:
        if not workspace_uid:
            raise ValueError("the workspace uid is needed to bind the approvers' keys")
        self._sessions = sessions
        self._store = store
        self._uid = workspace_uid
        self._clock = clock
        self._kdf = kdf
        self._organisation = organisation
        self._audit = AuditLog(sessions, clock)

    def __repr__(self) -> str:
        return f"ApprovalService(workspace_uid={self._uid!r})"

    # --- approvers -----------------------------------------------------------------------------

    def approvers(self, include_removed: bool = False) -> list[ApproverInfo]:
        """The approvers by name (active ones only unless ``include_removed``)."""
        from sqlalchemy import select

        from app.store.models import Approver

        now = self._clock()
        query = select(Approver).order_by(Approver.name, Approver.id)
        if not include_removed:
            query = query.where(Approver.active.is_(True))
        with self._sessions() as session:
            rows = list(session.scalars(query))
            return [self._info(row, now) for row in rows]

    def new_enrolment(self, name: str) -> Enrolment:
        """A fresh key for an approver named ``name`` and its URI for the QR code. Nothing is
        stored until :meth:`enrol` (or :meth:`reenrol`) gets a code made from it."""
        secret = new_secret()
        return Enrolment(secret, provisioning_uri(secret, name.strip(), self._organisation))

    def enrol(
        self, name: str, title: str, passphrase: str, enrolment: Enrolment, code: str
    ) -> ApproverInfo:
        """A new approver. ``code`` — from their authenticator app — must match
        ``enrolment``'s key (their phone has it); the key is sealed under ``passphrase`` and
        stored in the vault. If the vault cannot take it, nothing is stored."""
        from app.store.models import Approver

        name, title = self._check_name(name, title)
        self._check_passphrase(passphrase)
        now = self._clock()
        self._check_enrolment(enrolment, code, now)
        key = None
        stored = False
        try:
            with self._sessions.begin() as session:
                approver = Approver(
                    name=name,
                    title=title,
                    enrolled_at=now,
                    failed_attempts=0,
                    locked_until=None,
                    last_timestep=None,
                    active=True,
                )
                session.add(approver)
                session.flush()
                key = approver_key(approver.id)
                blob = seal(enrolment.secret, passphrase, self._context(approver.id), self._kdf)
                self._audit.append(
                    session,
                    "officer",
                    "approver.enrolled",
                    "approver",
                    approver.id,
                    {"name": name, "title": title},
                )
                # Last, inside the transaction: a vault that refuses rolls the insert back.
                self._store.set(key, blob)
                stored = True
                info = self._info(approver, now, has_secret=True)
        except BaseException:
            if stored and key is not None:
                self._restore(key, None)
            raise
        return info

    def reenrol(
        self, approver_id: int, passphrase: str, enrolment: Enrolment, code: str
    ) -> ApproverInfo:
        """A new key and passphrase for an approver (a lost phone, a forgotten passphrase).
        Failures, lock and the last code step start again."""
        self._check_passphrase(passphrase)
        now = self._clock()
        self._check_enrolment(enrolment, code, now)
        key = approver_key(approver_id)
        with self._sessions() as session:
            self._active(session, approver_id)
        previous = self._store.get(key)
        # Sealed before the write lock is taken: scrypt takes a while.
        blob = seal(enrolment.secret, passphrase, self._context(approver_id), self._kdf)
        stored = False
        try:
            with self._sessions.begin() as session:
                self._write_lock(session)
                approver = self._active(session, approver_id)
                approver.enrolled_at = now
                approver.failed_attempts = 0
                approver.locked_until = None
                approver.last_timestep = None
                self._audit.append(
                    session,
                    "officer",
                    "approver.reenrolled",
                    "approver",
                    approver.id,
                    {"name": approver.name, "title": approver.title},
                )
                self._store.set(key, blob)
                stored = True
                info = self._info(approver, now, has_secret=True)
        except BaseException:
            if stored:
                self._restore(key, previous)
            raise
        return info

    def change_passphrase(self, approver_id: int, old: str, new: str) -> None:
        """Seal the approver's key under ``new``. A wrong ``old`` passphrase counts as a
        failure (and may lock the approver) like a wrong signature."""
        self._check_passphrase(new)
        if not isinstance(old, str):
            raise ApproverInvalid("the passphrase must be text")
        key = approver_key(approver_id)
        now = self._clock()
        with self._sessions() as session:
            self._active(session, approver_id)
        previous = self._store.get(key)
        refusal: ApprovalError | None = None
        stored = False
        try:
            with self._sessions.begin() as session:
                self._write_lock(session)
                approver = self._active(session, approver_id)
                if lock_remaining(approver.locked_until, now) is not None:
                    refusal = self._locked(session, approver, "approver", approver.id, now)
                else:
                    secret = self._open(approver, previous, old)
                    if secret is None:
                        refusal = self._refusal(
                            session, approver, "passphrase_or_code", "approver", approver.id, now
                        )
                    else:
                        approver.failed_attempts = 0
                        approver.locked_until = None
                        blob = seal(secret, new, self._context(approver.id), self._kdf)
                        self._audit.append(
                            session,
                            _actor(approver.id),
                            "approver.passphrase_changed",
                            "approver",
                            approver.id,
                            {},
                        )
                        self._store.set(key, blob)
                        stored = True
        except BaseException:
            if stored:
                self._restore(key, previous)
            raise
        if refusal is not None:
            raise refusal

    def remove(self, approver_id: int) -> None:
        """The approver can no longer sign: marked removed (their past decisions stay) and
        their sealed key deleted from the vault."""
        key = approver_key(approver_id)
        with self._sessions() as session:
            self._active(session, approver_id)
        previous = self._store.get(key)
        deleted = False
        try:
            with self._sessions.begin() as session:
                self._write_lock(session)
                approver = self._active(session, approver_id)
                approver.active = False
                approver.failed_attempts = 0
                approver.locked_until = None
                self._audit.append(
                    session,
                    "officer",
                    "approver.removed",
                    "approver",
                    approver.id,
                    {"name": approver.name, "title": approver.title},
                )
                self._store.delete(key)
                deleted = True
        except BaseException:
            if deleted and previous is not None:
                self._restore(key, previous)
            raise

    # --- decisions -----------------------------------------------------------------------------

    def decide(
        self,
        post_id: int,
        approver_id: int,
        passphrase: str,
        code: str,
        decision: ApprovalDecision | str,
        comment: str = "",
    ) -> ApprovalInfo:
        """Approve a post in review, or send it back with a request for changes (``comment``
        saying what to change). Signed with the approver's passphrase and current code.

        Raises :class:`~app.core.states.ForbiddenTransition` unless the post is in review,
        :class:`ApproverNotFound` for an unknown or removed approver, :class:`ApprovalBlocked`
        when the checklist now finds a blocker (approval only), :class:`ApproverLocked` while
        locked, :class:`SignatureRefused` for a wrong passphrase or code (the failure is
        recorded and committed first)."""
        from app.services.posts import PostNotFound, approval_content_of, stored_verdict
        from app.store.models import Approval, Post

        try:
            choice = ApprovalDecision(decision)
        except ValueError:
            raise ApprovalError(
                f"unknown decision {decision!r}: use approved or changes_requested"
            ) from None
        approving = choice is ApprovalDecision.APPROVED
        target = PostState.APPROVED if approving else PostState.CHANGES_REQUESTED
        comment = comment.strip() if isinstance(comment, str) else ""
        if len(comment) > COMMENT_MAX:
            raise ApprovalError(f"the comment is longer than {COMMENT_MAX} characters")
        now = self._clock()
        key = approver_key(approver_id)
        refusal: ApprovalError | None = None
        with stale_as_conflict("post", post_id), self._sessions.begin() as session:
            # The write lock first: two decisions cannot both accept the same code.
            self._write_lock(session)
            post = session.get(Post, post_id)
            if post is None:
                raise PostNotFound(post_id)
            approver = self._active(session, approver_id)
            check_transition(post.state, target)
            if post.state != PostState.IN_REVIEW:
                raise ForbiddenTransition(post.state, target, "only a post in review is decided")
            if target is PostState.CHANGES_REQUESTED and not comment:
                raise ApprovalError("a request for changes needs a comment saying what to change")
            if target is PostState.APPROVED:
                verdict = stored_verdict(session, post, now.date())
                if verdict.blockers:
                    rules = sorted({f.rule for f in verdict.blockers})
                    raise ApprovalBlocked(post.id, rules)
            if lock_remaining(approver.locked_until, now) is not None:
                refusal = self._locked(session, approver, "post", post.id, now)
            elif not _code_well_formed(code):
                refusal = self._refusal(
                    session, approver, "format", "post", post.id, now, count=False
                )
            else:
                secret = self._open(approver, self._store.get(key), passphrase)
                step = None
                if secret is None:
                    refusal = self._refusal(
                        session, approver, "passphrase_or_code", "post", post.id, now
                    )
                else:
                    try:
                        step = match_code(secret, code, now, approver.last_timestep)
                    except CodeRefused as exc:
                        reason = "reused" if exc.reason == "reused" else "passphrase_or_code"
                        refusal = self._refusal(session, approver, reason, "post", post.id, now)
                if refusal is None:
                    assert step is not None
                    approver.last_timestep = step
                    approver.failed_attempts = 0
                    approver.locked_until = None
                    approval = Approval(
                        post_id=post.id,
                        approver_id=approver.id,
                        decision=choice.value,
                        decided_at=now,
                        content_hash=content_hash(approval_content_of(session, post)),
                        comment=comment,
                        withdrawn_at=None,
                    )
                    session.add(approval)
                    session.flush()
                    info = self._decided(session, post, approver, approval, target, now)
        if refusal is not None:
            raise refusal
        return info

    def approvals(self, post_id: int) -> list[ApprovalInfo]:
        """Every decision on the post, newest first (withdrawn ones too)."""
        from sqlalchemy import select

        from app.store.models import Approval, Approver

        with self._sessions() as session:
            rows = session.execute(
                select(Approval, Approver)
                .join(Approver, Approver.id == Approval.approver_id)
                .where(Approval.post_id == post_id)
                .order_by(Approval.decided_at.desc(), Approval.id.desc())
            ).all()
            return [_approval_info(approval, approver) for approval, approver in rows]

    def latest(self, post_id: int) -> ApprovalInfo | None:
        """The newest decision on the post that an edit has not withdrawn."""
        return next((a for a in self.approvals(post_id) if a.withdrawn_at is None), None)

    # --- internals -----------------------------------------------------------------------------

    def _context(self, approver_id: int) -> str:
        return f"bayan-approver:{self._uid}:{approver_id}"

    @staticmethod
    def _write_lock(session: Session) -> None:
        """Take SQLite's write lock before reading an approver's counters (a statement that
        writes nothing is enough; a table lock on PostgreSQL), so concurrent attempts are
        counted one after the other."""
        from app.store.server import lock_for_writing

        lock_for_writing(session, "approvers")

    @staticmethod
    def _active(session: Session, approver_id: int) -> Approver:
        from app.store.models import Approver

        approver = session.get(Approver, approver_id)
        if approver is None:
            raise ApproverNotFound(approver_id)
        if not approver.active:
            raise ApproverNotFound(approver_id, removed=True)
        return approver

    def _info(
        self, approver: Approver, now: dt.datetime, has_secret: bool | None = None
    ) -> ApproverInfo:
        if has_secret is None:
            has_secret = bool(approver.active) and self._has_secret(approver.id)
        locked = approver.locked_until
        return ApproverInfo(
            id=approver.id,
            name=approver.name,
            title=approver.title or "",
            enrolled_at=approver.enrolled_at,
            active=bool(approver.active),
            failed_attempts=approver.failed_attempts or 0,
            locked_until=locked if lock_remaining(locked, now) is not None else None,
            has_secret=has_secret,
        )

    def _has_secret(self, approver_id: int) -> bool:
        from app.errors import VaultUnavailable

        try:
            return self._store.get(approver_key(approver_id)) is not None
        except VaultUnavailable:
            return False

    @staticmethod
    def _check_name(name: str, title: str) -> tuple[str, str]:
        if not isinstance(name, str) or not isinstance(title, str):
            raise ApproverInvalid("the name and the title must be text")
        name, title = name.strip(), title.strip()
        if not name:
            raise ApproverInvalid("an approver needs a name")
        if len(name) > NAME_MAX:
            raise ApproverInvalid(f"the name is longer than {NAME_MAX} characters")
        if len(title) > NAME_MAX:
            raise ApproverInvalid(f"the title is longer than {NAME_MAX} characters")
        return name, title

    @staticmethod
    def _check_passphrase(passphrase: str) -> None:
        if not isinstance(passphrase, str):
            raise ApproverInvalid("the passphrase must be text")
        normalised = unicodedata.normalize("NFC", passphrase)
        if not normalised.strip():
            raise ApproverInvalid("the passphrase is empty")
        if len(normalised) < MIN_PASSPHRASE_CHARS:
            raise ApproverInvalid(
                f"the passphrase is shorter than {MIN_PASSPHRASE_CHARS} characters"
            )
        if len(normalised) > MAX_PASSPHRASE_CHARS:
            raise ApproverInvalid(
                f"the passphrase is longer than {MAX_PASSPHRASE_CHARS} characters"
            )

    @staticmethod
    def _check_enrolment(enrolment: Enrolment, code: str, now: dt.datetime) -> None:
        """``code`` must come from ``enrolment``'s key: proof the phone holds it. The step is
        not recorded, so the same code may sign the approver's first decision."""
        secret = getattr(enrolment, "secret", None)
        valid = isinstance(secret, str) and len(secret) >= 16
        if valid:
            try:
                base64.b32decode(secret + "=" * (-len(secret) % 8), casefold=True)
            except (binascii.Error, ValueError):
                valid = False
        if not valid:
            raise ApproverInvalid("the enrolment key is not valid: start the enrolment again")
        if not _code_well_formed(code):
            raise ApproverInvalid(
                f"a code is {CODE_DIGITS} digits: type the code the authenticator app shows now"
            )
        try:
            match_code(secret, code, now, None)
        except CodeRefused:
            raise ApproverInvalid(
                "the code does not match the new key: scan the QR code (or type the key) "
                "again and enter the code the app shows now"
            ) from None

    def _open(self, approver: Approver, blob: str | None, passphrase: object) -> str | None:
        """The approver's TOTP secret, or None when ``passphrase`` does not open it. A missing
        or damaged key is the vault's problem, not a failed attempt: :class:`ApprovalError`."""
        if blob is None:
            raise ApprovalError(
                f"approver {approver.id} has no signing key in the password vault (was the "
                "keyring reset?): enrol them again"
            )
        if not isinstance(passphrase, str):
            return None
        try:
            return unseal(blob, passphrase, self._context(approver.id))
        except WrongPassphrase:
            return None
        except DamagedSecret:
            raise ApprovalError(
                f"the signing key of approver {approver.id} in the password vault is damaged: "
                "enrol them again"
            ) from None

    def _refusal(
        self,
        session: Session,
        approver: Approver,
        reason: str,
        entity: str,
        entity_id: int,
        now: dt.datetime,
        *,
        count: bool = True,
    ) -> SignatureRefused:
        """Record a refused attempt (counted unless ``count`` is False; the fifth in a row
        locks) in the caller's transaction, which the caller commits; the error to raise."""
        failures = approver.failed_attempts or 0
        in_a_row = failures
        locked_until = None
        if count:
            in_a_row = failures + 1
            approver.failed_attempts, locked_until = after_failure(failures, now)
            approver.locked_until = locked_until
        self._audit.append(
            session,
            _actor(approver.id),
            "approval.refused",
            entity,
            entity_id,
            {"approver_id": approver.id, "reason": reason, "failures": in_a_row},
        )
        if locked_until is not None:
            self._audit.append(
                session,
                _actor(approver.id),
                "approver.locked",
                "approver",
                approver.id,
                {"until": locked_until.astimezone(dt.UTC).isoformat()},
            )
            return SignatureRefused(reason, 0, locked_until)
        return SignatureRefused(reason, MAX_FAILURES - (approver.failed_attempts or 0))

    def _locked(
        self, session: Session, approver: Approver, entity: str, entity_id: int, now: dt.datetime
    ) -> ApproverLocked:
        until = approver.locked_until
        assert until is not None
        self._audit.append(
            session,
            _actor(approver.id),
            "approval.refused",
            entity,
            entity_id,
            {
                "approver_id": approver.id,
                "reason": "locked",
                "failures": approver.failed_attempts or 0,
            },
        )
        return ApproverLocked(until, now)

    def _decided(
        self,
        session: Session,
        post: Post,
        approver: Approver,
        approval: Approval,
        target: PostState,
        now: dt.datetime,
    ) -> ApprovalInfo:
        from sqlalchemy.orm.attributes import flag_modified

        from app.services.posts import write_revision

        previous = post.state
        post.state = target.value
        post.updated_at = now
        flag_modified(post, "updated_at")
        reason = "approve" if target is PostState.APPROVED else "changes_requested"
        write_revision(
            session,
            post,
            reason,
            now,
            approval_id=approval.id,
            approver_id=approver.id,
            comment=approval.comment,
        )
        self._audit.append(
            session,
            _actor(approver.id),
            "post.approved" if target is PostState.APPROVED else "post.changes_requested",
            "post",
            post.id,
            {
                "from": previous,
                "to": post.state,
                "approver_id": approver.id,
                "approval_id": approval.id,
                "content_hash": approval.content_hash,
            },
        )
        session.flush()
        return _approval_info(approval, approver)

    def _restore(self, key: str, previous: str | None) -> None:
        """Put the vault back as it was after the database change failed to commit."""
        try:
            if previous is None:
                self._store.delete(key)
            else:
                self._store.set(key, previous)
        except Exception:
            log.warning("could not put %s back in the vault after a failed change", key)


def _approval_info(approval: Approval, approver: Approver) -> ApprovalInfo:
    return ApprovalInfo(
        id=approval.id,
        post_id=approval.post_id,
        approver_id=approval.approver_id,
        approver_name=approver.name,
        approver_title=approver.title or "",
        decision=approval.decision,
        decided_at=approval.decided_at,
        content_hash=approval.content_hash,
        comment=approval.comment or "",
        withdrawn_at=approval.withdrawn_at,
    )
