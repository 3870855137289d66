"""Publication records (SPEC §4): the officer publishes by hand on each platform, then records
here the time and the URL of the live post. A post is "published" once every platform it goes
out on has a record; a published post is archived later.

A record is refused unless the post is approved (or already published: the record is then a
correction), the platform is one of the post's, the URL is on that platform's domain (for the
website: the domain of the organisation's website account, when one is recorded), the time is
not in the future and not before the approval, and the approval still covers what is stored —
its content hash equals the hash of the post's content now. Every record, correction, the
change to published and the archiving are audited in the same transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple
from urllib.parse import urlsplit

from app.core.approval import BadPublicationUrl, check_publication_url, content_hash
from app.core.domain import ApprovalDecision, Platform, PostState
from app.core.states import ForbiddenTransition, check_transition
from app.errors import BayanError
from app.services.audit import AuditLog
from app.services.posts import PostNotFound, approval_content_of, platform_rank, write_revision
from app.services.versioning import stale_as_conflict

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from app.store.models import Approval, Post, PublicationRecord

CLOCK_SKEW = dt.timedelta(minutes=5)
"""How far in the future a publication time may be (the platform's clock and ours differ)."""


class PublicationError(BayanError):
    """A publication record that cannot be stored as given. ``reason`` names the rule, for a
    message in the interface's language: "time_invalid", "time_future", "not_target",
    "url_empty", "url_spaces", "url_not_web", "url_domain" (``host`` and ``allowed`` set),
    "no_approval", "content_changed", "before_approval"."""

    kind = "publication"

    def __init__(
        self, message: str, reason: str = "", host: str = "", allowed: tuple[str, ...] = ()
    ) -> None:
        super().__init__(message)
        self.reason = reason
        self.host = host
        self.allowed = allowed


class PublicationInfo(NamedTuple):
    """One target platform of a post: when and where it went live (None and "" until
    recorded)."""

    platform: str
    published_at: dt.datetime | None
    url: str


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class PublicationService:
    """Record where and when a post went live; archive it. ``clock`` returns the aware UTC
    now (tests pass a fake)."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        clock: Callable[[], dt.datetime] = _utc_now,
    ) -> None:
        self._sessions = sessions
        self._clock = clock
        self._audit = AuditLog(sessions, clock)

    def records(self, post_id: int) -> list[PublicationInfo]:
        """Every platform the post goes out on, in platform order, with its record if any."""
        with self._sessions() as session:
            post = self._post(session, post_id)
            stored = {r.platform: r for r in _records(session, post.id)}
            result = []
            for platform in _targets(post):
                record = stored.get(platform)
                if record is None:
                    result.append(PublicationInfo(platform, None, ""))
                else:
                    result.append(PublicationInfo(platform, record.published_at, record.url))
            return result

    def record(self, post_id: int, platform: str, published_at: dt.datetime, url: str) -> str:
        """Record that the post went live on ``platform`` at ``published_at`` (aware) at
        ``url``; recording a platform again corrects its record. Returns the post's state
        after: "published" once every target platform has a record. Raises
        :class:`ForbiddenTransition` unless the post is approved or published, and
        :class:`PublicationError` naming what is wrong otherwise."""
        from app.store.models import PublicationRecord

        if not isinstance(published_at, dt.datetime):
            raise PublicationError("the publication time is not a date and time", "time_invalid")
        if published_at.tzinfo is None or published_at.utcoffset() is None:
            raise PublicationError("the publication time has no time zone", "time_invalid")
        published_at = published_at.astimezone(dt.UTC)
        now = self._clock()
        if published_at > now + CLOCK_SKEW:
            raise PublicationError("the publication time is in the future", "time_future")
        with stale_as_conflict("post", post_id), self._sessions.begin() as session:
            post = self._post(session, post_id)
            if post.state != PostState.PUBLISHED and post.state != PostState.APPROVED:
                raise ForbiddenTransition(
                    post.state, PostState.PUBLISHED, "only an approved post is published"
                )
            targets = _targets(post)
            if platform not in targets:
                raise PublicationError(
                    f"post {post.id} does not go out on {platform}: "
                    f"its platforms are {', '.join(targets) or 'none'}",
                    "not_target",
                )
            try:
                url = check_publication_url(platform, url, _website_domains(session))
            except BadPublicationUrl as exc:
                message = str(exc)
                if platform not in message:
                    message = f"the {platform} address: {message}"
                raise PublicationError(
                    message, f"url_{exc.problem}", exc.host, exc.allowed
                ) from None
            approval = _approval_in_force(session, post.id)
            if approval is None:
                raise PublicationError(f"post {post.id} has no approval in force", "no_approval")
            if approval.content_hash != _current_hash(session, post):
                raise PublicationError(
                    "the content changed after approval; it needs approving again",
                    "content_changed",
                )
            if published_at < approval.decided_at:
                raise PublicationError(
                    "the publication time is before the post was approved", "before_approval"
                )

            record = next((r for r in _records(session, post.id) if r.platform == platform), None)
            details = {"platform": platform, "url": url, "published_at": published_at}
            if record is None:
                session.add(
                    PublicationRecord(
                        post_id=post.id, platform=platform, published_at=published_at, url=url
                    )
                )
                action = "publication.recorded"
            else:
                if record.url == url and record.published_at == published_at:
                    return post.state
                details["previous_url"] = record.url
                details["previous_published_at"] = record.published_at
                record.url = url
                record.published_at = published_at
                action = "publication.corrected"
            session.flush()
            self._audit.append(session, "officer", action, "post", post.id, _plain(details))
            recorded = {r.platform for r in _records(session, post.id)}
            if post.state == PostState.APPROVED and set(targets) <= recorded:
                check_transition(post.state, PostState.PUBLISHED)
                self._change_state(session, post, PostState.PUBLISHED, "post.published", now)
            return post.state

    def archive(self, post_id: int) -> None:
        """Archive a published post (:class:`ForbiddenTransition` from any other state)."""
        now = self._clock()
        with stale_as_conflict("post", post_id), self._sessions.begin() as session:
            post = self._post(session, post_id)
            check_transition(post.state, PostState.ARCHIVED)
            self._change_state(session, post, PostState.ARCHIVED, "post.archived", now)

    # --- internals -----------------------------------------------------------------------------

    def _post(self, session: Session, post_id: int) -> Post:
        from app.store.models import Post

        post = session.get(Post, post_id)
        if post is None:
            raise PostNotFound(post_id)
        return post

    def _change_state(
        self, session: Session, post: Post, target: PostState, action: str, now: dt.datetime
    ) -> None:
        """Move ``post`` to ``target`` with a revision and an audit entry."""
        previous = post.state
        post.state = target.value
        post.updated_at = now
        reason = "publish" if target is PostState.PUBLISHED else "archive"
        write_revision(session, post, reason, now, previous_state=previous)
        self._audit.append(
            session, "officer", action, "post", post.id, {"from": previous, "to": post.state}
        )
        session.flush()


def _targets(post: Post) -> list[str]:
    """The post's platforms, in platform order."""
    return sorted((v.platform for v in post.variants), key=platform_rank)


def _records(session: Session, post_id: int) -> list[PublicationRecord]:
    from sqlalchemy import select

    from app.store.models import PublicationRecord

    return list(
        session.scalars(select(PublicationRecord).where(PublicationRecord.post_id == post_id))
    )


def _approval_in_force(session: Session, post_id: int) -> Approval | None:
    """The newest approval of the post that was not withdrawn (None when the newest decision
    in force asks for changes, or there is none)."""
    from sqlalchemy import select

    from app.store.models import Approval

    latest = session.scalar(
        select(Approval)
        .where(Approval.post_id == post_id, Approval.withdrawn_at.is_(None))
        .order_by(Approval.decided_at.desc(), Approval.id.desc())
        .limit(1)
    )
    if latest is None or latest.decision != ApprovalDecision.APPROVED:
        return None
    return latest


def _current_hash(session: Session, post: Post) -> str:
    return content_hash(approval_content_of(session, post))


def _website_domains(session: Session) -> tuple[str, ...]:
    """The domains of the organisation's website, from its active website account's URL (the
    only place the workspace keeps it); none when there is no such account."""
    from sqlalchemy import select

    from app.store.models import Account

    domains = []
    for url in session.scalars(
        select(Account.url).where(
            Account.platform == Platform.WEBSITE.value, Account.active.is_(True)
        )
    ):
        try:
            host = (urlsplit((url or "").strip()).hostname or "").lower().rstrip(".")
        except ValueError:
            continue
        if host:
            domains.append(host.removeprefix("www."))
    return tuple(dict.fromkeys(domains))


def _plain(details: dict[str, object]) -> dict[str, object]:
    """Audit details as JSON values (date-times as ISO UTC text)."""
    return {
        k: v.astimezone(dt.UTC).isoformat() if isinstance(v, dt.datetime) else v
        for k, v in details.items()
    }
