"""Posts: create, edit, autosave, reschedule, duplicate, withdraw, attach media, repeat, re-use.

The editor (and the calendar's drag and drop) call :class:`PostService`; nothing here knows
about the screen. Values cross the boundary as the plain dataclasses below, never as ORM rows.
Date-times are aware: stored in UTC, shown by the caller in the workspace's time zone.

History: every explicit save that changes something writes a revision (a JSON snapshot of the
post's fields, see :func:`snapshot_of`); autosaves write at most one revision per
:data:`AUTOSAVE_REVISION_INTERVAL` (the post row itself is always updated, so a crash loses at
most the editor's autosave interval). Rescheduling writes a revision with the old and new times.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from app.core.approval import ApprovedContent, ApprovedMedia, content_hash
from app.core.domain import MediaKind, Platform, PostState
from app.core.draft import Draft, MediaInfo, QuietSpan
from app.core.recurrence import Recurrence, occurrences
from app.core.recurrence import from_json as recurrence_from_json
from app.core.recurrence import to_json as recurrence_to_json
from app.core.states import (
    FROZEN,
    RETURNS_TO_DRAFT_ON_EDIT,
    can_reschedule,
    check_transition,
    state_after_content_edit,
)
from app.errors import BayanError, EditConflict
from app.services.audit import AuditLog
from app.services.media_store import (
    CAPTION_SUFFIXES,
    MediaStoreError,
    StoredFile,
    discard,
    media_kind,
    store_file,
    stored_path,
)
from app.services.versioning import run_versioned

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from app.core.filters import PostFilter
    from app.core.limits import PlatformLimits
    from app.store.models import ConsentRecord, MediaAsset, Post

AUTOSAVE_REVISION_INTERVAL = dt.timedelta(minutes=5)
_T = TypeVar("_T")


# --- errors ------------------------------------------------------------------------------------


class PostError(BayanError):
    """Something about a post the officer can act on."""

    kind = "post"


class PostNotFound(PostError):
    kind = "post_not_found"

    def __init__(self, post_id: int) -> None:
        self.post_id = post_id
        super().__init__(f"there is no post {post_id}")


class PostLocked(PostError):
    """The post is published, archived or withdrawn: it is history and stays as it is."""

    kind = "post_locked"

    def __init__(self, post_id: int, state: str, action: str) -> None:
        self.post_id = post_id
        self.state = state
        super().__init__(f"post {post_id} is {state.replace('_', ' ')}: it cannot be {action}")


class PostInvalid(PostError):
    """A field has a value the post cannot take (unknown platform, naive date-time …)."""

    kind = "post_invalid"


class MediaError(PostError):
    """A file cannot be attached: unreadable, empty, or not an image or video."""

    kind = "media"


class SubmissionRefused(PostError):
    """The checklist stops the post from going to review."""

    kind = "submission_refused"

    def __init__(
        self,
        blockers: list[Any],
        unjustified_warnings: list[str],
        unticked_manual: list[str],
    ) -> None:
        self.blockers = blockers  # list[app.core.checklist.Finding]
        self.unjustified_warnings = unjustified_warnings  # rule ids
        self.unticked_manual = unticked_manual  # rule ids
        parts = []
        if blockers:
            ids = sorted({f.rule for f in blockers})
            parts.append(f"open blockers {', '.join(ids)}")
        if unjustified_warnings:
            parts.append(f"warnings without a justification {', '.join(unjustified_warnings)}")
        if unticked_manual:
            parts.append(f"confirmations not ticked {', '.join(unticked_manual)}")
        super().__init__("the post cannot be submitted: " + "; ".join(parts))


# --- values ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PostFields:
    """Everything the editor edits. ``variants``: platform -> (Arabic or None, English or None);
    overrides for platforms not in ``platforms`` are not kept."""

    title: str = ""
    title_en: str = ""
    pillar_id: int | None = None
    campaign_id: int | None = None
    event_id: int | None = None
    platforms: tuple[str, ...] = ()
    scheduled_at: dt.datetime | None = None  # aware
    text_ar: str = ""
    text_en: str = ""
    variants: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)
    link: str = ""
    source_refs: str = ""
    evergreen: bool = False
    manual_checks: dict[str, bool] = field(default_factory=dict)
    warning_justifications: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class ConsentInfo:
    id: int
    person_name: str
    given_on: dt.date | None
    scope: str
    expires_on: dt.date | None
    minor: bool
    guardian_name: str
    document_media_id: int | None


@dataclass(frozen=True)
class AttachedMedia:
    media_id: int
    kind: str  # "image" (GIFs too) or "video"
    original_name: str
    path: Path  # the file in the workspace's media store
    alt_ar: str
    alt_en: str
    credit: str
    licence: str
    has_identifiable_people: bool
    consents: tuple[ConsentInfo, ...]
    contains_text: bool
    burned_in_captions: bool
    captions_media_id: int | None


@dataclass(frozen=True)
class PostData:
    id: int
    state: str
    fields: PostFields
    media: tuple[AttachedMedia, ...]
    origin_post_id: int | None
    series_id: str | None
    recurrence: Recurrence | None
    checklist_status: str  # "", "ok", "warning", "blocker"
    created_at: dt.datetime
    updated_at: dt.datetime
    version: int = 0  # the row's version when read: pass this PostData as save()'s ``base``


@dataclass(frozen=True)
class SaveResult:
    post: PostData
    approval_withdrawn: bool  # the edit took an in-review or approved post back to draft
    revision_written: bool


@dataclass(frozen=True)
class MediaChange:
    media: AttachedMedia
    returned_to_draft: tuple[int, ...]  # posts whose approval the change withdrew (alt texts)


@dataclass(frozen=True)
class RevisionInfo:
    id: int
    created_at: dt.datetime
    reason: str  # "create", "save", "autosave", "reschedule", "withdraw", "media" …
    snapshot: dict[str, Any]


@dataclass(frozen=True)
class LookupItem:
    id: int
    name_ar: str
    name_en: str
    starts_at: dt.datetime | None = None  # events only


@dataclass(frozen=True)
class Lookups:
    pillars: tuple[LookupItem, ...]
    campaigns: tuple[LookupItem, ...]
    events: tuple[LookupItem, ...]


# --- pure helpers ------------------------------------------------------------------------------

MEDIA_METADATA = frozenset(
    {
        "alt_ar",
        "alt_en",
        "credit",
        "licence",
        "has_identifiable_people",
        "contains_text",
        "burned_in_captions",
        "title",
        "description",
        "taken_on",
        "event_id",
    }
)
_BOOL_METADATA = frozenset({"has_identifiable_people", "contains_text", "burned_in_captions"})
_TITLE_MAX = 300
_LINK_MAX = 1000
_COPY_SUFFIX = re.compile(r"^(?P<base>.*) \((?P<n>\d+)\)$", re.DOTALL)


def copy_title(title: str) -> str:
    """The title of a copy: "Title" → "Title (2)", "Title (2)" → "Title (3)"."""
    if not title:
        return title
    match = _COPY_SUFFIX.match(title)
    if match:
        return f"{match['base']} ({int(match['n']) + 1})"
    return f"{title} (2)"


def _iso(value: dt.datetime | None) -> str | None:
    return value.astimezone(dt.UTC).isoformat() if value is not None else None


_PLATFORM_ORDER = {p.value: i for i, p in enumerate(Platform)}


def platform_rank(platform: str) -> int:
    """Platforms are kept in one order (that of :class:`Platform`), whatever order they were
    ticked in, so the same choice always compares equal."""
    return _PLATFORM_ORDER.get(platform, len(_PLATFORM_ORDER))


def normalise_fields(fields: PostFields) -> PostFields:
    """``fields`` checked and tidied: known platforms once each in :func:`platform_rank`
    order, overrides only for them, an aware schedule in UTC. Raises :class:`PostInvalid`
    naming the first bad value."""
    known = {p.value for p in Platform}
    platforms: list[str] = []
    for platform in fields.platforms:
        if platform not in known:
            raise PostInvalid(
                f"unknown platform {platform!r}: use one of {', '.join(p.value for p in Platform)}"
            )
        if platform not in platforms:
            platforms.append(platform)
    platforms.sort(key=platform_rank)
    variants: dict[str, tuple[str | None, str | None]] = {}
    for platform, texts in fields.variants.items():
        if platform not in platforms:
            continue
        ar, en = texts
        if ar is None and en is None:
            continue
        variants[platform] = (ar, en)
    when = fields.scheduled_at
    if when is not None:
        if when.tzinfo is None or when.utcoffset() is None:
            raise PostInvalid("the scheduled time has no time zone")
        when = when.astimezone(dt.UTC)
    if len(fields.title) > _TITLE_MAX or len(fields.title_en) > _TITLE_MAX:
        raise PostInvalid(f"the title is longer than {_TITLE_MAX} characters")
    if len(fields.link) > _LINK_MAX:
        raise PostInvalid(f"the link is longer than {_LINK_MAX} characters")
    for name in ("title", "title_en", "text_ar", "text_en", "link", "source_refs"):
        if not isinstance(getattr(fields, name), str):
            raise PostInvalid(f"{name} must be text")
    return replace(
        fields,
        platforms=tuple(platforms),
        variants=variants,
        scheduled_at=when,
        manual_checks={str(k): bool(v) for k, v in fields.manual_checks.items()},
        warning_justifications={
            str(k): str(v).strip()
            for k, v in fields.warning_justifications.items()
            if str(v).strip()
        },
        evergreen=bool(fields.evergreen),
    )


def fields_snapshot(fields: PostFields, media_ids: Sequence[int]) -> dict[str, Any]:
    """The JSON snapshot a revision keeps (also what "has anything changed" compares)."""
    return {
        "title": fields.title,
        "title_en": fields.title_en,
        "pillar_id": fields.pillar_id,
        "campaign_id": fields.campaign_id,
        "event_id": fields.event_id,
        "platforms": list(fields.platforms),
        "scheduled_at": _iso(fields.scheduled_at),
        "text_ar": fields.text_ar,
        "text_en": fields.text_en,
        "variants": {p: [ar, en] for p, (ar, en) in sorted(fields.variants.items())},
        "link": fields.link,
        "source_refs": fields.source_refs,
        "evergreen": fields.evergreen,
        "manual_checks": dict(sorted(fields.manual_checks.items())),
        "warning_justifications": dict(sorted(fields.warning_justifications.items())),
        "media": list(media_ids),
    }


def approval_content_of(session: Session, post: Post) -> ApprovedContent:
    """What an approval of ``post`` covers, as stored now (SPEC §4): the texts, the
    per-platform texts, the platforms, the link, and each attachment's file and alt texts.
    :func:`app.core.approval.content_hash` of it is stored with the approval."""
    from app.store.models import MediaAsset

    fields = PostService._fields(post)
    media = []
    for media_id in PostService._media_ids(post):
        asset = session.get(MediaAsset, media_id)
        if asset is not None:
            media.append(ApprovedMedia(asset.sha256, asset.alt_ar or "", asset.alt_en or ""))
    return ApprovedContent(
        text_ar=fields.text_ar,
        text_en=fields.text_en,
        platforms=tuple(fields.platforms),
        variants=dict(fields.variants),
        link=fields.link,
        media=tuple(media),
    )


def consent_is_valid(consent: ConsentInfo, on: dt.date) -> bool:
    """A consent counts when it names the person, has not expired by ``on`` and, for a minor,
    names the guardian who gave it."""
    if not consent.person_name.strip():
        return False
    if consent.expires_on is not None and consent.expires_on < on:
        return False
    return not (consent.minor and not consent.guardian_name.strip())


def media_info(media: AttachedMedia, on: dt.date) -> MediaInfo:
    """What the checklist needs to know about one attachment, for a post going out on ``on``."""
    return MediaInfo(
        kind=media.kind,
        name=media.original_name,
        media_id=media.media_id,
        alt_ar=media.alt_ar,
        alt_en=media.alt_en,
        credit=media.credit,
        licence=media.licence,
        has_identifiable_people=media.has_identifiable_people,
        people_count=len(media.consents),
        consent_count=sum(consent_is_valid(c, on) for c in media.consents),
        has_captions_file=media.captions_media_id is not None,
        burned_in_captions=media.burned_in_captions,
        contains_text=media.contains_text,
    )


def build_draft(
    fields: PostFields,
    media: Sequence[AttachedMedia] = (),
    quiet_periods: Sequence[QuietSpan] = (),
    *,
    x_premium: bool = False,
    today: dt.date | None = None,
) -> Draft:
    """The checklist's :class:`Draft` of ``fields`` without touching the database: the editor
    calls this on every keystroke with the attachments, quiet periods and premium flag it got
    once from :meth:`PostService.draft_context`. Consents are judged on the scheduled day (or
    ``today`` for an unscheduled post)."""
    when = fields.scheduled_at
    on = when.astimezone(dt.UTC).date() if when is not None else (today or dt.date.today())
    relevant = tuple(
        q for q in quiet_periods if when is not None and q.starts_at <= when <= q.ends_at
    )
    return Draft(
        text_ar=fields.text_ar,
        text_en=fields.text_en,
        platforms=tuple(fields.platforms),
        variants=dict(fields.variants),
        link=fields.link,
        source_refs=fields.source_refs,
        title=fields.title,
        media=tuple(media_info(m, on) for m in media),
        scheduled_at=when,
        quiet_periods=relevant,
        x_premium=x_premium,
    )


@dataclass(frozen=True)
class DraftContext:
    """What the editor needs, besides its own fields, to build a :class:`Draft` per keystroke."""

    media: tuple[AttachedMedia, ...]
    quiet_periods: tuple[QuietSpan, ...]  # every quiet period; build_draft picks the relevant
    x_premium: bool


@dataclass(frozen=True)
class ChecklistVerdict:
    """The checklist's findings on a draft, sorted into what stops a submission."""

    findings: tuple[Any, ...]  # app.core.checklist.Finding
    blockers: tuple[Any, ...]
    unjustified_warnings: tuple[str, ...]
    unticked_manual: tuple[str, ...]

    @property
    def status(self) -> str:
        """The posts list's summary of the automatic checks: "blocker" (an open blocker),
        "warning" (a warning found and not justified) or "ok". Unticked confirmations are not
        counted: every new draft has them."""
        if self.blockers:
            return "blocker"
        found = {f.rule for f in self.findings if f.severity == "warning"}
        if found & set(self.unjustified_warnings):
            return "warning"
        return "ok"

    @property
    def submittable(self) -> bool:
        return not (self.blockers or self.unjustified_warnings or self.unticked_manual)


def load_limits(session: Session) -> PlatformLimits:
    """The workspace's table of platform limits, as Settings keeps it."""
    from app.services.settings import read_platform_limits

    return read_platform_limits(session)


def judge(draft: Draft, fields: PostFields, limits: Any = None) -> ChecklistVerdict:
    """Run the checklist on ``draft`` and sort its findings by what stops a submission:
    open blockers, warnings without a justification in ``fields``, and blocking confirmations
    (Manual rules that apply to the draft) not ticked in ``fields``."""
    from app.core import checklist

    findings = tuple(checklist.run_checklist(draft, limits))
    ticks = fields.manual_checks
    open_blockers = checklist.blocking(findings, ticks, draft)
    blockers = tuple(f for f in open_blockers if f.field != "manual")
    unticked = tuple(dict.fromkeys(f.rule for f in open_blockers if f.field == "manual"))
    unjustified = tuple(
        rule
        for rule in checklist.needs_justification(findings, ticks, draft)
        if not fields.warning_justifications.get(rule, "").strip()
    )
    return ChecklistVerdict(findings, blockers, unjustified, unticked)


# --- the service ---------------------------------------------------------------------------------


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class PostService:
    """The use cases of posts. ``clock`` returns the aware UTC now (tests pass a fake)."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        media_dir: Path,
        clock: Callable[[], dt.datetime] = _utc_now,
    ) -> None:
        self._sessions = sessions
        self._media_dir = Path(media_dir)
        self._clock = clock
        self._audit = AuditLog(sessions, clock)

    # --- reading -------------------------------------------------------------------------------

    def get(self, post_id: int) -> PostData:
        with self._sessions() as session:
            return self._data(session, self._post(session, post_id))

    def revisions(self, post_id: int) -> list[RevisionInfo]:
        """The post's history, oldest first."""
        from sqlalchemy import select

        from app.store.models import PostRevision

        with self._sessions() as session:
            self._post(session, post_id)
            rows = session.scalars(
                select(PostRevision)
                .where(PostRevision.post_id == post_id)
                .order_by(PostRevision.id)
            )
            return [RevisionInfo(r.id, r.created_at, r.reason, dict(r.snapshot)) for r in rows]

    def lookups(self) -> Lookups:
        """Pillars, campaigns and events for the editor's choices, ids with both names."""
        from sqlalchemy import select

        from app.store.models import Campaign, Event, Pillar

        with self._sessions() as session:
            pillars = tuple(
                LookupItem(p.id, p.name_ar, p.name_en)
                for p in session.scalars(select(Pillar).order_by(Pillar.id))
            )
            campaigns = tuple(
                LookupItem(c.id, c.name_ar, c.name_en)
                for c in session.scalars(
                    select(Campaign).order_by(Campaign.starts_on.desc(), Campaign.id)
                )
            )
            events = tuple(
                LookupItem(e.id, e.title_ar, e.title_en, e.starts_at)
                for e in session.scalars(select(Event).order_by(Event.starts_at.desc(), Event.id))
            )
        return Lookups(pillars, campaigns, events)

    def draft_context(self, post_id: int | None) -> DraftContext:
        """Attachments (none for a post not saved yet), every quiet period and whether an
        active X account is premium: with :func:`build_draft`, all the checklist needs."""
        with self._sessions() as session:
            media: tuple[AttachedMedia, ...] = ()
            if post_id is not None:
                media = self._attached(session, self._post(session, post_id))
            return DraftContext(media, self._quiet_spans(session), self._x_premium(session))

    def draft_of(self, post_id: int) -> Draft:
        """The stored post as the checklist sees it."""
        with self._sessions() as session:
            return self._draft(session, self._post(session, post_id))

    def check(self, post_id: int) -> ChecklistVerdict:
        """The checklist on the stored post: findings, and what stops a submission."""
        with self._sessions() as session:
            post = self._post(session, post_id)
            return judge(self._draft(session, post), self._fields(post), self._limits(session))

    # --- writing -------------------------------------------------------------------------------

    def create(self, fields: PostFields) -> PostData:
        """A new draft with ``fields``; its first revision has reason "create"."""
        fields = normalise_fields(fields)
        now = self._clock()
        with self._sessions.begin() as session:
            post = self._insert(session, fields, now, "create")
            return self._data(session, post)

    def create_many(self, drafts: Sequence[PostFields], *, reason: str = "import") -> list[int]:
        """New drafts, all in one transaction: every one is made or none (an import)."""
        checked = [normalise_fields(f) for f in drafts]
        now = self._clock()
        with self._sessions.begin() as session:
            return [self._insert(session, fields, now, reason).id for fields in checked]

    def _insert(self, session: Session, fields: PostFields, now: dt.datetime, reason: str) -> Post:
        from app.store.models import Post

        self._check_links(session, fields)
        post = Post(
            title=fields.title,
            state=PostState.DRAFT.value,
            created_at=now,
            updated_at=now,
            manual_checks={},
            warning_justifications={},
        )
        session.add(post)
        self._apply(post, fields)
        session.flush()
        self._revision(session, post, reason, now)
        self._refresh_status(session, post, now)
        session.flush()
        return post

    def save(
        self,
        post_id: int,
        fields: PostFields,
        *,
        autosave: bool = False,
        base: PostData | None = None,
    ) -> SaveResult:
        """Store ``fields``. Refused (:class:`PostLocked`) for a published, archived or
        withdrawn post, changing nothing. A content edit of a post in review or approved takes
        it back to draft and withdraws its approval (``approval_withdrawn``), as does moving such
        a post into a quiet period that does not allow publishing (see :meth:`reschedule`). A
        revision is written when something changed: always for an explicit save, at most once
        per :data:`AUTOSAVE_REVISION_INTERVAL` for autosaves.

        ``base`` is the post as the caller read it (the editor: when it opened or last saved
        it). If someone else has changed its fields since, the save is refused with
        :class:`EditConflict`, changing nothing (see :meth:`_check_base`) — also when the other
        save was stored between this one's read and its write (the version check: the save then
        runs again and meets it, see :mod:`app.services.versioning`)."""
        fields = normalise_fields(fields)
        now = self._clock()
        return self._versioned(post_id, lambda: self._save(post_id, fields, autosave, base, now))

    def _save(
        self,
        post_id: int,
        fields: PostFields,
        autosave: bool,
        base: PostData | None,
        now: dt.datetime,
    ) -> SaveResult:
        from sqlalchemy import select

        from app.store.models import PostRevision

        with self._sessions.begin() as session:
            post = self._post(session, post_id)
            if post.state in FROZEN:
                raise PostLocked(post.id, post.state, "edited")
            if base is not None:
                self._check_base(post, base, fields)
            self._check_links(session, fields)
            old_fields = self._fields(post)
            media_ids = self._media_ids(post)
            if fields_snapshot(old_fields, media_ids) == fields_snapshot(fields, media_ids):
                return SaveResult(self._data(session, post), False, False)
            before = self._content_hash(session, post)
            state_before = post.state
            self._apply(post, fields)
            post.updated_at = now
            withdrawn = False
            if self._content_hash(session, post) != before:
                new_state, withdrawn = state_after_content_edit(state_before)
                if withdrawn:
                    self._withdraw_approval(session, post, new_state, now, "edit")
            if old_fields.scheduled_at != fields.scheduled_at:
                withdrawn = self._moved(session, post, old_fields.scheduled_at, now) or withdrawn
            write = True
            if autosave and not withdrawn:
                latest = session.scalar(
                    select(PostRevision.created_at)
                    .where(PostRevision.post_id == post.id)
                    .order_by(PostRevision.id.desc())
                    .limit(1)
                )
                write = latest is None or now - latest >= AUTOSAVE_REVISION_INTERVAL
            if write:
                self._revision(session, post, "autosave" if autosave else "save", now)
            self._refresh_status(session, post, now)
            session.flush()
            return SaveResult(self._data(session, post), withdrawn, write)

    def _check_base(self, post: Post, base: PostData, fields: PostFields) -> None:
        """Raise :class:`EditConflict` when the stored post's fields are no longer those of
        ``base``. The version tells whether the row changed at all; a change that left every
        field the editor edits as it was (a state, a checklist status, media, a repeat rule) is
        no conflict — nor is a move on the calendar when this save keeps the stored time."""
        if post.version == base.version:
            return
        stored = self._fields(post)
        mine = base.fields
        if fields.scheduled_at == stored.scheduled_at:
            mine = replace(mine, scheduled_at=stored.scheduled_at)
        if stored != mine:
            raise EditConflict("post", post.id, post.updated_at)

    def _versioned(self, post_id: int, write: Callable[[], _T]) -> _T:
        """``write`` (one transaction on the post) under optimistic locking: run again when
        another write of the post overtook it (see :mod:`app.services.versioning`)."""
        from app.store.models import Post

        def changed_at() -> dt.datetime | None:
            with self._sessions() as session:
                stored = session.get(Post, post_id)
                return stored.updated_at if stored is not None else None

        return run_versioned("post", post_id, write, changed_at)

    def reschedule(self, post_id: int, when: dt.datetime | None) -> SaveResult:
        """Move the post to ``when`` (aware; None takes it off the calendar), in any state but
        published, archived and withdrawn; the move is written to the history with the old and
        the new time. An approval (or a pending request for one) stays and the move is audited
        (SPEC §4) — unless the new time falls in a quiet period that does not allow publishing:
        then the post goes back to draft, its approval withdrawn (``approval_withdrawn``)."""
        if when is not None:
            if when.tzinfo is None or when.utcoffset() is None:
                raise PostInvalid("the scheduled time has no time zone")
            when = when.astimezone(dt.UTC)
        now = self._clock()
        return self._versioned(post_id, lambda: self._reschedule(post_id, when, now))

    def _reschedule(self, post_id: int, when: dt.datetime | None, now: dt.datetime) -> SaveResult:
        with self._sessions.begin() as session:
            post = self._post(session, post_id)
            if not can_reschedule(post.state):
                raise PostLocked(post.id, post.state, "rescheduled")
            before = post.scheduled_at
            if before == when:
                return SaveResult(self._data(session, post), False, False)
            post.scheduled_at = when
            post.updated_at = now
            withdrawn = self._moved(session, post, before, now)
            moved = {"from": _iso(before), "to": _iso(when)}
            self._revision(session, post, "reschedule", now, rescheduled=moved)
            self._refresh_status(session, post, now)
            session.flush()
            return SaveResult(self._data(session, post), withdrawn, True)

    def duplicate(self, post_id: int) -> PostData:
        """A new draft with the same content and media, titled "… (2)"; approvals and the
        reviewer's ticked confirmations are not copied."""
        now = self._clock()
        with self._sessions.begin() as session:
            source = self._post(session, post_id)
            fields = replace(
                self._fields(source),
                title=copy_title(source.title),
                title_en=copy_title(source.title_en),
                manual_checks={},
                evergreen=False,
            )
            copy = self._copy(session, source, fields, now, reason="duplicate")
            return self._data(session, copy)

    def withdraw(self, post_id: int, note: str = "") -> PostData:
        """Withdraw a post that is not yet published (the note goes into its history)."""
        now = self._clock()

        def write() -> PostData:
            with self._sessions.begin() as session:
                post = self._post(session, post_id)
                check_transition(post.state, PostState.WITHDRAWN)
                previous = post.state
                post.state = PostState.WITHDRAWN.value
                post.updated_at = now
                self._revision(session, post, "withdraw", now, note=note, previous_state=previous)
                self._audit_state(session, post, previous, "post.withdrawn")
                session.flush()
                return self._data(session, post)

        return self._versioned(post_id, write)

    def submit_for_review(self, post_id: int) -> PostData:
        """Send a draft (or a post with changes requested) for approval. Raises
        :class:`SubmissionRefused` while a blocker is open, a warning has no justification or
        a blocking confirmation is not ticked; :class:`ForbiddenTransition` from other states."""
        now = self._clock()

        def write() -> PostData:
            with self._sessions.begin() as session:
                post = self._post(session, post_id)
                check_transition(post.state, PostState.IN_REVIEW)
                draft, limits = self._draft(session, post), self._limits(session)
                verdict = judge(draft, self._fields(post), limits)
                post.checklist_status = verdict.status
                if not verdict.submittable:
                    raise SubmissionRefused(
                        list(verdict.blockers),
                        list(verdict.unjustified_warnings),
                        list(verdict.unticked_manual),
                    )
                previous = post.state
                post.state = PostState.IN_REVIEW.value
                post.updated_at = now
                self._revision(session, post, "submit", now)
                self._audit_state(session, post, previous, "post.submitted")
                session.flush()
                return self._data(session, post)

        return self._versioned(post_id, write)

    # --- media ---------------------------------------------------------------------------------

    def attach_media(
        self,
        post_id: int,
        path: Path,
        *,
        alt_ar: str = "",
        alt_en: str = "",
        credit: str = "",
        licence: str = "",
        has_identifiable_people: bool = False,
    ) -> AttachedMedia:
        """Copy an image (GIFs too) or video into the media store under its content hash and
        attach it. The same file twice is one stored file and one archive item; an item already
        in the archive keeps its metadata, filling only what it lacks. Raises
        :class:`MediaError` (nothing stored) for an unreadable, empty or other kind of file.
        Attaching to a post in review or approved takes it back to draft."""
        from sqlalchemy import select

        from app.store.models import MediaAsset, PostMedia

        path = Path(path)
        kind = media_kind(path)
        if kind is None:
            raise MediaError(f"{path.name} is not an image or a video: posts take those only")
        with self._sessions() as session:  # refuse early, before copying anything
            post = self._post(session, post_id)
            if post.state in FROZEN:
                raise PostLocked(post.id, post.state, "changed")
        stored = self._store(path)
        now = self._clock()
        try:
            with self._sessions.begin() as session:
                post = self._post(session, post_id)
                if post.state in FROZEN:
                    raise PostLocked(post.id, post.state, "changed")
                asset = session.scalar(select(MediaAsset).where(MediaAsset.sha256 == stored.sha256))
                given = {
                    "alt_ar": alt_ar,
                    "alt_en": alt_en,
                    "credit": credit,
                    "licence": licence,
                }
                if asset is None:
                    asset = MediaAsset(
                        sha256=stored.sha256,
                        original_name=path.name,
                        kind=kind,
                        mime_type=stored.mime_type,
                        size_bytes=stored.size_bytes,
                        has_identifiable_people=has_identifiable_people,
                        imported_at=now,
                        **given,
                    )
                    session.add(asset)
                    session.flush()
                else:
                    for name, value in given.items():
                        if value and not getattr(asset, name):
                            setattr(asset, name, value)
                    if has_identifiable_people:
                        asset.has_identifiable_people = True
                if asset.id not in self._media_ids(post):
                    before = self._content_hash(session, post)
                    position = max((pm.position for pm in post.media), default=-1) + 1
                    post.media.append(PostMedia(media_id=asset.id, position=position))
                    session.flush()
                    self._content_changed(session, post, before, now, "attach")
                self._refresh_status(session, post, now)
                session.flush()
                return self._attachment(asset)
        except BaseException:
            if stored.created:
                discard(stored.path)
            raise

    def detach_media(self, post_id: int, media_id: int) -> None:
        """Take an attachment off a post (it stays in the media archive)."""
        now = self._clock()
        with self._sessions.begin() as session:
            post = self._post(session, post_id)
            if post.state in FROZEN:
                raise PostLocked(post.id, post.state, "changed")
            link = next((pm for pm in post.media if pm.media_id == media_id), None)
            if link is None:
                raise PostError(f"media {media_id} is not attached to post {post_id}")
            before = self._content_hash(session, post)
            post.media.remove(link)
            session.flush()
            self._content_changed(session, post, before, now, "detach")
            self._refresh_status(session, post, now)

    def update_media(self, media_id: int, **metadata: Any) -> AttachedMedia:
        """Change an archive item's metadata: ``alt_ar``, ``alt_en``, ``credit``, ``licence``,
        ``has_identifiable_people``, ``contains_text``, ``burned_in_captions``, ``title``,
        ``description``, ``taken_on`` (a date or None), ``event_id`` (or None). The
        checklist status of every post using it is refreshed. Changing an alt text takes
        every post using the item that is in review or approved back to draft
        (:meth:`change_media` says which)."""
        return self.change_media(media_id, **metadata).media

    def change_media(self, media_id: int, **metadata: Any) -> MediaChange:
        """:meth:`update_media`, also saying which posts went back to draft: the alt texts are
        part of what an approval covers, so a change withdraws the approval (or the request for
        one) of every post using the item that is in review or approved."""
        unknown = sorted(set(metadata) - MEDIA_METADATA)
        if unknown:
            raise PostInvalid(f"media has no field {', '.join(unknown)}")
        now = self._clock()
        with self._sessions.begin() as session:
            asset = self._asset(session, media_id)
            reviewed = [
                post
                for post in self._users(session, media_id)
                if post.state in RETURNS_TO_DRAFT_ON_EDIT
            ]
            before = {post.id: self._content_hash(session, post) for post in reviewed}
            for name, value in metadata.items():
                if name in _BOOL_METADATA:
                    value = bool(value)
                elif name == "taken_on":
                    if value is not None and (
                        not isinstance(value, dt.date) or isinstance(value, dt.datetime)
                    ):
                        raise PostInvalid("taken_on must be a date")
                elif name == "event_id":
                    if value is not None and not _event_exists(session, value):
                        raise PostInvalid(f"there is no event {value}")
                elif not isinstance(value, str):
                    raise PostInvalid(f"{name} must be text")
                setattr(asset, name, value)
            session.flush()
            returned = []
            for post in reviewed:
                if self._content_hash(session, post) == before[post.id]:
                    continue
                new_state, withdrawn = state_after_content_edit(post.state)
                if withdrawn:
                    self._withdraw_approval(session, post, new_state, now, "alt_text")
                    post.updated_at = now
                    self._revision(session, post, "media", now)
                    returned.append(post.id)
            self._refresh_users(session, media_id, now)
            return MediaChange(self._attachment(asset), tuple(returned))

    def set_captions(self, media_id: int, path: Path | None) -> AttachedMedia:
        """Keep an SRT or WebVTT captions file with a video (None removes the link)."""
        from sqlalchemy import select

        from app.store.models import MediaAsset

        stored = None
        if path is not None:
            path = Path(path)
            if path.suffix.lower() not in CAPTION_SUFFIXES:
                raise MediaError(f"{path.name} is not a captions file: use SRT or WebVTT (.vtt)")
        with self._sessions() as session:
            if self._asset(session, media_id).kind != MediaKind.VIDEO.value:
                raise MediaError("captions files go with videos only")
        if path is not None:
            stored = self._store(path)
        try:
            with self._sessions.begin() as session:
                asset = self._asset(session, media_id)
                if stored is None:
                    asset.captions_media_id = None
                else:
                    captions = session.scalar(
                        select(MediaAsset).where(MediaAsset.sha256 == stored.sha256)
                    )
                    if captions is None:
                        assert path is not None
                        captions = MediaAsset(
                            sha256=stored.sha256,
                            original_name=path.name,
                            kind=MediaKind.DOCUMENT.value,
                            mime_type=stored.mime_type or "text/plain",
                            size_bytes=stored.size_bytes,
                            imported_at=self._clock(),
                        )
                        session.add(captions)
                        session.flush()
                    asset.captions_media_id = captions.id
                session.flush()
                self._refresh_users(session, media_id, self._clock())
                return self._attachment(asset)
        except BaseException:
            if stored is not None and stored.created:
                discard(stored.path)
            raise

    def add_consent(
        self,
        media_id: int,
        person_name: str,
        given_on: dt.date | None = None,
        scope: str = "",
        expires_on: dt.date | None = None,
        minor: bool = False,
        guardian_name: str = "",
        document_path: Path | None = None,
    ) -> ConsentInfo:
        """Record one identifiable person's consent to appear in a media item, with its signed
        document (any file) kept in the media store."""
        from sqlalchemy import select

        from app.store.models import ConsentRecord, MediaAsset

        person_name = person_name.strip()
        guardian_name = guardian_name.strip()
        if not person_name:
            raise PostInvalid("a consent record needs the person's name")
        if minor and not guardian_name:
            raise PostInvalid("a minor's consent needs the name of the guardian who gave it")
        if given_on is not None and expires_on is not None and expires_on < given_on:
            raise PostInvalid("the consent expires before it was given")
        with self._sessions() as session:
            self._asset(session, media_id)
        stored = self._store(Path(document_path)) if document_path is not None else None
        try:
            with self._sessions.begin() as session:
                asset = self._asset(session, media_id)
                document_id = None
                if stored is not None:
                    assert document_path is not None
                    document = session.scalar(
                        select(MediaAsset).where(MediaAsset.sha256 == stored.sha256)
                    )
                    if document is None:
                        document = MediaAsset(
                            sha256=stored.sha256,
                            original_name=Path(document_path).name,
                            kind=MediaKind.DOCUMENT.value,
                            mime_type=stored.mime_type,
                            size_bytes=stored.size_bytes,
                            imported_at=self._clock(),
                        )
                        session.add(document)
                        session.flush()
                    document_id = document.id
                record = ConsentRecord(
                    person_name=person_name,
                    given_on=given_on,
                    scope=scope,
                    expires_on=expires_on,
                    minor=bool(minor),
                    guardian_name=guardian_name,
                    document_media_id=document_id,
                )
                asset.consents.append(record)
                asset.has_identifiable_people = True
                session.flush()
                self._refresh_users(session, media_id, self._clock())
                return _consent_info(record)
        except BaseException:
            if stored is not None and stored.created:
                discard(stored.path)
            raise

    def remove_consent(self, consent_id: int) -> None:
        from app.store.models import ConsentRecord

        with self._sessions.begin() as session:
            record = session.get(ConsentRecord, consent_id)
            if record is None:
                raise PostError(f"there is no consent record {consent_id}")
            media_id = record.media_id
            session.delete(record)
            session.flush()
            self._refresh_users(session, media_id, self._clock())

    # --- recurring and evergreen ---------------------------------------------------------------

    def make_recurring(self, post_id: int, rule: Recurrence) -> list[int]:
        """Repeat a scheduled post: each occurrence becomes its own draft with the same
        content and media, all sharing one ``series_id``; the post itself is the first. Returns
        the ids of every occurrence, the first included, in time order."""
        import uuid

        from app.services.settings import SettingsService

        try:
            rule = rule.validated()
        except ValueError as exc:
            raise PostInvalid(str(exc)) from None
        tz = SettingsService(self._sessions).timezone()
        now = self._clock()
        with self._sessions.begin() as session:
            post = self._post(session, post_id)
            if post.state in FROZEN:
                raise PostLocked(post.id, post.state, "repeated")
            if post.series_id is not None:
                raise PostError(
                    f"post {post_id} already repeats; change its occurrences one by one"
                )
            if post.scheduled_at is None:
                raise PostInvalid("schedule the post before repeating it")
            try:
                times = occurrences(post.scheduled_at, rule, tz)
            except ValueError as exc:
                raise PostInvalid(str(exc)) from None
            series = str(uuid.uuid4())
            stored_rule = recurrence_to_json(rule)
            post.series_id = series
            post.recurrence = stored_rule
            post.updated_at = now
            self._revision(session, post, "repeat", now, recurrence=stored_rule)
            base = replace(self._fields(post), manual_checks={}, evergreen=False)
            ids = [post.id]
            for when in times[1:]:
                copy = self._copy(
                    session,
                    post,
                    replace(base, scheduled_at=when.astimezone(dt.UTC)),
                    now,
                    reason="repeat",
                    series_id=series,
                    recurrence=stored_rule,
                )
                ids.append(copy.id)
            return ids

    def reuse_evergreen(self, post_id: int, when: dt.datetime | None = None) -> PostData:
        """A new draft from an evergreen post, linked to it by ``origin_post_id``."""
        if when is not None and (when.tzinfo is None or when.utcoffset() is None):
            raise PostInvalid("the scheduled time has no time zone")
        now = self._clock()
        with self._sessions.begin() as session:
            source = self._post(session, post_id)
            if not source.evergreen:
                raise PostError(f"post {post_id} is not marked evergreen")
            fields = replace(
                self._fields(source),
                scheduled_at=when.astimezone(dt.UTC) if when is not None else None,
                manual_checks={},
                evergreen=False,
            )
            copy = self._copy(session, source, fields, now, reason="reuse", origin=source.id)
            return self._data(session, copy)

    # --- internals -----------------------------------------------------------------------------

    def _post(self, session: Session, post_id: int) -> Post:
        from app.store.models import Post

        post = session.get(Post, post_id)
        if post is None:
            raise PostNotFound(post_id)
        return post

    def _asset(self, session: Session, media_id: int) -> MediaAsset:
        from app.store.models import MediaAsset

        asset = session.get(MediaAsset, media_id)
        if asset is None:
            raise PostError(f"there is no media item {media_id}")
        return asset

    def _store(self, path: Path) -> StoredFile:
        try:
            return store_file(self._media_dir, path)
        except MediaStoreError as exc:
            raise MediaError(str(exc)) from None

    def _check_links(self, session: Session, fields: PostFields) -> None:
        from app.store.models import Campaign, Event, Pillar

        for model, value, name in (
            (Pillar, fields.pillar_id, "pillar"),
            (Campaign, fields.campaign_id, "campaign"),
            (Event, fields.event_id, "event"),
        ):
            if value is not None and session.get(model, value) is None:
                raise PostInvalid(f"there is no {name} {value}")

    @staticmethod
    def _media_ids(post: Post) -> list[int]:
        return [pm.media_id for pm in sorted(post.media, key=lambda pm: pm.position)]

    @staticmethod
    def _fields(post: Post) -> PostFields:
        variants: dict[str, tuple[str | None, str | None]] = {}
        platforms: list[str] = []
        for variant in sorted(post.variants, key=lambda v: platform_rank(v.platform)):
            platforms.append(variant.platform)
            if variant.text_ar is not None or variant.text_en is not None:
                variants[variant.platform] = (variant.text_ar, variant.text_en)
        return PostFields(
            title=post.title,
            title_en=post.title_en or "",
            pillar_id=post.pillar_id,
            campaign_id=post.campaign_id,
            event_id=post.event_id,
            platforms=tuple(platforms),
            scheduled_at=post.scheduled_at,
            text_ar=post.text_ar or "",
            text_en=post.text_en or "",
            variants=variants,
            link=post.link or "",
            source_refs=post.source_refs or "",
            evergreen=bool(post.evergreen),
            manual_checks={str(k): bool(v) for k, v in (post.manual_checks or {}).items()},
            warning_justifications={
                str(k): str(v) for k, v in (post.warning_justifications or {}).items()
            },
        )

    @staticmethod
    def _apply(post: Post, fields: PostFields) -> None:
        from app.store.models import PostVariant

        post.title = fields.title
        post.title_en = fields.title_en
        post.pillar_id = fields.pillar_id
        post.campaign_id = fields.campaign_id
        post.event_id = fields.event_id
        post.scheduled_at = fields.scheduled_at
        post.text_ar = fields.text_ar
        post.text_en = fields.text_en
        post.link = fields.link
        post.source_refs = fields.source_refs
        post.evergreen = fields.evergreen
        post.manual_checks = dict(fields.manual_checks)
        post.warning_justifications = dict(fields.warning_justifications)
        existing = {v.platform: v for v in post.variants}
        for platform, variant in existing.items():
            if platform not in fields.platforms:
                post.variants.remove(variant)
        for platform in fields.platforms:
            ar, en = fields.variants.get(platform, (None, None))
            variant = existing.get(platform)
            if variant is None:
                post.variants.append(PostVariant(platform=platform, text_ar=ar, text_en=en))
            else:
                variant.text_ar, variant.text_en = ar, en

    def _audit_state(self, session: Session, post: Post, previous: str, action: str) -> None:
        """Record a state change in the audit log, in the same transaction as the change."""
        self._audit.append(
            session, "officer", action, "post", post.id, {"from": previous, "to": post.state}
        )

    def _revision(
        self, session: Session, post: Post, reason: str, now: dt.datetime, **extra: Any
    ) -> None:
        write_revision(session, post, reason, now, **extra)

    @staticmethod
    def _content_hash(session: Session, post: Post) -> str:
        """The hash of what an approval of ``post`` covers, as it stands in ``session``."""
        return content_hash(approval_content_of(session, post))

    def _content_changed(
        self,
        session: Session,
        post: Post,
        before: str,
        now: dt.datetime,
        reason: str,
    ) -> None:
        """After a media change (``before``: the content hash before it): back to draft if
        that touched approved content; a revision."""
        if self._content_hash(session, post) != before:
            new_state, withdrawn = state_after_content_edit(post.state)
            if withdrawn:
                self._withdraw_approval(session, post, new_state, now, "media")
        post.updated_at = now
        self._revision(session, post, reason, now)

    def _withdraw_approval(
        self, session: Session, post: Post, new_state: str, now: dt.datetime, reason: str
    ) -> None:
        """Take ``post`` to ``new_state`` (draft), withdraw its approvals, and audit it with
        ``reason``: "edit", "media", "alt_text" or "quiet_period"."""
        from sqlalchemy import update

        from app.store.models import Approval

        previous = post.state
        post.state = new_state
        session.execute(
            update(Approval)
            .where(Approval.post_id == post.id, Approval.withdrawn_at.is_(None))
            .values(withdrawn_at=now)
        )
        self._audit.append(
            session,
            "officer",
            "post.returned_to_draft",
            "post",
            post.id,
            {"from": previous, "to": post.state, "reason": reason},
        )

    def _moved(
        self, session: Session, post: Post, before: dt.datetime | None, now: dt.datetime
    ) -> bool:
        """After ``post`` was moved from ``before``: for a post in review or approved, audit
        the move and, when the new time falls in a quiet period that does not allow
        publishing, take it back to draft. True when that withdrew the approval."""
        if post.state not in RETURNS_TO_DRAFT_ON_EDIT:
            return False
        quiet = self._in_quiet_period(session, post.scheduled_at)
        self._audit.append(
            session,
            "officer",
            "post.rescheduled",
            "post",
            post.id,
            {"from": _iso(before), "to": _iso(post.scheduled_at), "approval_kept": not quiet},
        )
        if quiet:
            self._withdraw_approval(session, post, PostState.DRAFT.value, now, "quiet_period")
        return quiet

    @staticmethod
    def _in_quiet_period(session: Session, when: dt.datetime | None) -> bool:
        """Whether ``when`` falls in a quiet period that does not allow publishing."""
        from sqlalchemy import select

        from app.store.models import QuietPeriod

        if when is None:
            return False
        return (
            session.scalar(
                select(QuietPeriod.id)
                .where(
                    QuietPeriod.starts_at <= when,
                    QuietPeriod.ends_at >= when,
                    QuietPeriod.allows_publishing.is_(False),
                )
                .limit(1)
            )
            is not None
        )

    def _copy(
        self,
        session: Session,
        source: Post,
        fields: PostFields,
        now: dt.datetime,
        *,
        reason: str,
        origin: int | None = None,
        series_id: str | None = None,
        recurrence: dict[str, Any] | None = None,
    ) -> Post:
        from app.store.models import Post, PostMedia

        copy = Post(
            title=fields.title,
            state=PostState.DRAFT.value,
            created_at=now,
            updated_at=now,
            origin_post_id=origin,
            series_id=series_id,
            recurrence=recurrence,
        )
        session.add(copy)
        self._apply(copy, fields)
        for position, media_id in enumerate(self._media_ids(source)):
            copy.media.append(PostMedia(media_id=media_id, position=position))
        session.flush()
        self._revision(session, copy, reason, now, copied_from=source.id)
        self._refresh_status(session, copy, now)
        session.flush()
        return copy

    # --- the checklist's view ------------------------------------------------------------------

    def _attachment(self, asset: MediaAsset) -> AttachedMedia:
        return attachment_of(asset, self._media_dir)

    def _attached(self, session: Session, post: Post) -> tuple[AttachedMedia, ...]:
        from app.store.models import MediaAsset

        result = []
        for media_id in self._media_ids(post):
            asset = session.get(MediaAsset, media_id)
            if asset is not None:
                result.append(self._attachment(asset))
        return tuple(result)

    def _data(self, session: Session, post: Post) -> PostData:
        recurrence = None
        if post.recurrence:
            try:
                recurrence = recurrence_from_json(post.recurrence)
            except ValueError:
                recurrence = None  # a damaged rule does not stop the post from opening
        return PostData(
            id=post.id,
            state=post.state,
            fields=self._fields(post),
            media=self._attached(session, post),
            origin_post_id=post.origin_post_id,
            series_id=post.series_id,
            recurrence=recurrence,
            checklist_status=post.checklist_status or "",
            created_at=post.created_at,
            updated_at=post.updated_at,
            version=post.version,
        )

    @staticmethod
    def _quiet_spans(session: Session) -> tuple[QuietSpan, ...]:
        from sqlalchemy import select

        from app.store.models import QuietPeriod

        return tuple(
            QuietSpan(q.starts_at, q.ends_at, q.name_ar, q.name_en, bool(q.allows_publishing))
            for q in session.scalars(select(QuietPeriod).order_by(QuietPeriod.starts_at))
        )

    @staticmethod
    def _x_premium(session: Session) -> bool:
        from sqlalchemy import select

        from app.store.models import Account

        return (
            session.scalar(
                select(Account.id)
                .where(
                    Account.platform == Platform.X.value,
                    Account.active.is_(True),
                    Account.premium.is_(True),
                )
                .limit(1)
            )
            is not None
        )

    def _draft(self, session: Session, post: Post) -> Draft:
        from sqlalchemy import select

        from app.store.models import QuietPeriod

        quiet: tuple[QuietSpan, ...] = ()
        if post.scheduled_at is not None:
            quiet = tuple(
                QuietSpan(q.starts_at, q.ends_at, q.name_ar, q.name_en, bool(q.allows_publishing))
                for q in session.scalars(
                    select(QuietPeriod).where(
                        QuietPeriod.starts_at <= post.scheduled_at,
                        QuietPeriod.ends_at >= post.scheduled_at,
                    )
                )
            )
        return build_draft(
            self._fields(post),
            self._attached(session, post),
            quiet,
            x_premium=self._x_premium(session),
            today=self._clock().date(),
        )

    def _limits(self, session: Session) -> PlatformLimits:
        return load_limits(session)

    def _refresh_status(self, session: Session, post: Post, now: dt.datetime) -> None:
        """Keep the posts list's checklist summary current (history is left as it was)."""
        if post.state in FROZEN:
            return
        verdict = judge(self._draft(session, post), self._fields(post), self._limits(session))
        if post.checklist_status != verdict.status:
            post.checklist_status = verdict.status
            _touch(post, now)

    def _refresh_users(self, session: Session, media_id: int, now: dt.datetime) -> None:
        for post in self._users(session, media_id):
            self._refresh_status(session, post, now)

    @staticmethod
    def _users(session: Session, media_id: int) -> list[Post]:
        """The posts ``media_id`` is attached to."""
        from sqlalchemy import select

        from app.store.models import Post, PostMedia

        return list(
            session.scalars(
                select(Post)
                .join(PostMedia, PostMedia.post_id == Post.id)
                .where(PostMedia.media_id == media_id)
                .order_by(Post.id)
            )
        )


def _event_exists(session: Session, event_id: Any) -> bool:
    from app.store.models import Event

    if isinstance(event_id, bool) or not isinstance(event_id, int):
        return False
    return session.get(Event, event_id) is not None


def _touch(post: Post, now: dt.datetime) -> None:
    """Set ``updated_at`` to the service's clock in the next UPDATE (the model's ``onupdate``
    would otherwise put the wall clock there when no other change sets it)."""
    from sqlalchemy.orm.attributes import flag_modified

    post.updated_at = now
    flag_modified(post, "updated_at")


def write_revision(
    session: Session, post: Post, reason: str, now: dt.datetime, **extra: Any
) -> None:
    """Add a revision of ``post`` (a snapshot of its fields and state, plus ``extra``) in the
    caller's transaction: for every service that changes a post, approvals included."""
    from app.store.models import PostRevision

    snapshot = fields_snapshot(PostService._fields(post), PostService._media_ids(post))
    snapshot["state"] = post.state
    snapshot.update(extra)
    session.add(PostRevision(post_id=post.id, created_at=now, reason=reason, snapshot=snapshot))


def stored_verdict(session: Session, post: Post, today: dt.date) -> ChecklistVerdict:
    """The checklist on ``post`` as stored in ``session`` (its media, the quiet periods and
    the premium flag as they are now): the approval service checks it again before signing."""
    from app.store.models import MediaAsset

    media = []
    for media_id in PostService._media_ids(post):
        asset = session.get(MediaAsset, media_id)
        if asset is not None:
            media.append(attachment_of(asset, Path()))  # the checklist needs no file paths
    fields = PostService._fields(post)
    draft = build_draft(
        fields,
        media,
        PostService._quiet_spans(session),
        x_premium=PostService._x_premium(session),
        today=today,
    )
    return judge(draft, fields, load_limits(session))


def attachment_of(asset: MediaAsset, media_dir: Path) -> AttachedMedia:
    """An archive item as the editor and the checklist see it."""
    return AttachedMedia(
        media_id=asset.id,
        kind=asset.kind,
        original_name=asset.original_name,
        path=stored_path(media_dir, asset.sha256, asset.original_name),
        alt_ar=asset.alt_ar or "",
        alt_en=asset.alt_en or "",
        credit=asset.credit or "",
        licence=asset.licence or "",
        has_identifiable_people=bool(asset.has_identifiable_people),
        consents=tuple(_consent_info(c) for c in sorted(asset.consents, key=lambda c: c.id)),
        contains_text=bool(asset.contains_text),
        burned_in_captions=bool(asset.burned_in_captions),
        captions_media_id=asset.captions_media_id,
    )


def _consent_info(record: ConsentRecord) -> ConsentInfo:
    return ConsentInfo(
        id=record.id,
        person_name=record.person_name,
        given_on=record.given_on,
        scope=record.scope or "",
        expires_on=record.expires_on,
        minor=bool(record.minor),
        guardian_name=record.guardian_name or "",
        document_media_id=record.document_media_id,
    )


@dataclass(slots=True)
class PostRow:
    """One post as the exports read it: plain values, no ORM object (50,000 of them load in
    about a second, several times faster than ORM rows)."""

    id: int
    state: str
    title: str
    title_en: str
    scheduled_at: dt.datetime | None
    text_ar: str
    text_en: str
    link: str
    source_refs: str
    pillar_id: int | None
    campaign_id: int | None
    event_id: int | None
    evergreen: bool
    manual_checks: dict[str, Any]
    warning_justifications: dict[str, Any]
    checklist_status: str
    updated_at: dt.datetime
    platforms: list[str] = field(default_factory=list)
    variants: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)


def filtered_posts(session: Session, post_filter: PostFilter | None) -> list[PostRow]:
    """Posts passing ``post_filter`` in time order (unscheduled last), with their platforms
    and per-platform texts. The same rules as the calendar's query: a platform filter keeps
    posts with any of the platforms, and a date bound drops unscheduled posts."""
    from sqlalchemy import select

    from app.store.models import Post, PostVariant

    conditions: list[Any] = []
    if post_filter is not None:
        if post_filter.start is not None:
            conditions.append(Post.scheduled_at >= post_filter.start)
        if post_filter.end is not None:
            conditions.append(Post.scheduled_at < post_filter.end)
        if post_filter.states:
            conditions.append(Post.state.in_(sorted(post_filter.states)))
        if post_filter.campaign_ids:
            conditions.append(Post.campaign_id.in_(sorted(post_filter.campaign_ids)))
        if post_filter.pillar_ids:
            conditions.append(Post.pillar_id.in_(sorted(post_filter.pillar_ids)))
        if post_filter.platforms:
            conditions.append(
                select(PostVariant.id)
                .where(
                    PostVariant.post_id == Post.id,
                    PostVariant.platform.in_(sorted(post_filter.platforms)),
                )
                .exists()
            )
    columns = [
        Post.id,
        Post.state,
        Post.title,
        Post.title_en,
        Post.scheduled_at,
        Post.text_ar,
        Post.text_en,
        Post.link,
        Post.source_refs,
        Post.pillar_id,
        Post.campaign_id,
        Post.event_id,
        Post.evergreen,
        Post.manual_checks,
        Post.warning_justifications,
        Post.checklist_status,
        Post.updated_at,
    ]
    query = (
        select(*columns)
        .where(*conditions)
        .order_by(Post.scheduled_at.is_(None), Post.scheduled_at, Post.id)
    )
    rows = [
        PostRow(
            r.id,
            r.state,
            r.title,
            r.title_en or "",
            r.scheduled_at,
            r.text_ar or "",
            r.text_en or "",
            r.link or "",
            r.source_refs or "",
            r.pillar_id,
            r.campaign_id,
            r.event_id,
            bool(r.evergreen),
            dict(r.manual_checks or {}),
            dict(r.warning_justifications or {}),
            r.checklist_status or "",
            r.updated_at,
        )
        for r in session.execute(query)
    ]
    by_id = {row.id: row for row in rows}
    if by_id:
        wanted = select(Post.id).where(*conditions)
        variants = session.execute(
            select(
                PostVariant.post_id, PostVariant.platform, PostVariant.text_ar, PostVariant.text_en
            )
            .where(PostVariant.post_id.in_(wanted))
            .order_by(PostVariant.id)
        )
        for post_id, platform, ar, en in variants:
            row = by_id.get(post_id)
            if row is None:
                continue
            row.platforms.append(platform)
            if ar is not None or en is not None:
                row.variants[platform] = (ar, en)
    for row in rows:
        row.platforms.sort(key=platform_rank)
    return rows


def refresh_checklist_statuses(
    session: Session, *, only_missing: bool = True, today: dt.date | None = None
) -> int:
    """Fill in the posts list's checklist status of many posts at once (the demo data, a
    workspace from before the status existed): every post whose status is empty, or every post
    with ``only_missing=False``. Returns how many were computed. The caller commits."""
    from sqlalchemy import bindparam, select, update
    from sqlalchemy.orm import selectinload

    from app.store.models import MediaAsset, Post, PostMedia

    when = today or dt.date.today()
    limits = load_limits(session)
    quiet = PostService._quiet_spans(session)
    x_premium = PostService._x_premium(session)
    query = select(Post.id)
    if only_missing:
        query = query.where(Post.checklist_status == "")
    wanted = set(session.scalars(query))
    if not wanted:
        return 0
    links: dict[int, list[int]] = {}
    for post_id, media_id in session.execute(
        select(PostMedia.post_id, PostMedia.media_id).order_by(
            PostMedia.post_id, PostMedia.position
        )
    ):
        if post_id in wanted:
            links.setdefault(post_id, []).append(media_id)
    used = sorted({media_id for ids in links.values() for media_id in ids})
    assets = session.scalars(
        select(MediaAsset).options(selectinload(MediaAsset.consents)).where(MediaAsset.id.in_(used))
    )
    # The checklist needs no file paths: any folder will do.
    attached = {asset.id: attachment_of(asset, Path()) for asset in assets}
    updates = []
    for row in filtered_posts(session, None):
        if row.id not in wanted:
            continue
        fields = PostFields(
            title=row.title,
            title_en=row.title_en,
            platforms=tuple(row.platforms),
            scheduled_at=row.scheduled_at,
            text_ar=row.text_ar,
            text_en=row.text_en,
            variants=dict(row.variants),
            link=row.link,
            source_refs=row.source_refs,
            manual_checks={str(k): bool(v) for k, v in row.manual_checks.items()},
            warning_justifications={str(k): str(v) for k, v in row.warning_justifications.items()},
        )
        media = tuple(attached[m] for m in links.get(row.id, ()) if m in attached)
        draft = build_draft(fields, media, quiet, x_premium=x_premium, today=when)
        updates.append({"pid": row.id, "status": judge(draft, fields, limits).status})
    table = Post.__table__
    session.execute(
        update(table)
        .where(table.c.id == bindparam("pid"))
        .values(checklist_status=bindparam("status")),
        updates,
    )
    return len(updates)
