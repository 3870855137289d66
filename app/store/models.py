"""Typed SQLAlchemy models for every entity Bayan keeps.

One schema for the whole product (SPEC §1–§10), so later capabilities add behaviour, not tables.
Enumerated values are stored as the strings of ``app.core.domain``; date-times are stored in UTC
and always come back timezone-aware. Secrets (account passwords, TOTP secrets, approvers' keys)
are never columns here: they live in the operating system's keyring.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Stable constraint names, so Alembic's batch mode can alter SQLite tables later.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[dt.datetime]):
    """An aware date-time stored as naive UTC; naive input is refused rather than guessed."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: Bayan stores aware date-times only")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC)


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


# --- organisation and plan (SPEC §1) -------------------------------------------------------


class Organisation(Base):
    """The workspace's one organisation profile (its time zone is the ``timezone`` setting)."""

    __tablename__ = "organisation"
    id: Mapped[int] = mapped_column(primary_key=True)
    name_ar: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200))
    logo_media_id: Mapped[int | None] = mapped_column(ForeignKey("media_assets.id"))
    week_start: Mapped[int] = mapped_column(Integer, default=6)  # 0 Monday … 6 Sunday


class Plan(Base):
    """A social-media plan for a period: goals, audiences, pillars, platform focus, KPI targets."""

    __tablename__ = "plans"
    id: Mapped[int] = mapped_column(primary_key=True)
    name_ar: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200), default="")
    starts_on: Mapped[dt.date] = mapped_column(Date)
    ends_on: Mapped[dt.date] = mapped_column(Date)
    approved_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    approved_by: Mapped[str | None] = mapped_column(String(200))
    goals: Mapped[list[PlanGoal]] = relationship(
        back_populates="plan", cascade="all, delete-orphan"
    )
    audiences: Mapped[list[PlanAudience]] = relationship(
        back_populates="plan", cascade="all, delete-orphan"
    )
    platform_focus: Mapped[list[PlatformFocus]] = relationship(
        back_populates="plan", cascade="all, delete-orphan"
    )


class PlanGoal(Base):
    __tablename__ = "plan_goals"
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), index=True)
    text_ar: Mapped[str] = mapped_column(Text)
    text_en: Mapped[str] = mapped_column(Text, default="")
    plan: Mapped[Plan] = relationship(back_populates="goals")


class PlanAudience(Base):
    __tablename__ = "plan_audiences"
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), index=True)
    name_ar: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200), default="")
    plan: Mapped[Plan] = relationship(back_populates="audiences")


class PlatformFocus(Base):
    """Share of the plan's effort intended for one platform, in percent."""

    __tablename__ = "platform_focus"
    __table_args__ = (UniqueConstraint("plan_id", "platform"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"))
    platform: Mapped[str] = mapped_column(String(20))
    share_pct: Mapped[float] = mapped_column(Float)
    plan: Mapped[Plan] = relationship(back_populates="platform_focus")


class Pillar(Base):
    """A content pillar (awareness, announcements, event coverage …) and its intended share."""

    __tablename__ = "pillars"
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int | None] = mapped_column(ForeignKey("plans.id", ondelete="SET NULL"))
    name_ar: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200), default="")
    colour: Mapped[str] = mapped_column(String(9), default="#4b5563")
    intended_share_pct: Mapped[float | None] = mapped_column(Float)


class KpiTarget(Base):
    """A KPI target for a month or a quarter, for one account or (account None) overall."""

    __tablename__ = "kpi_targets"
    __table_args__ = (UniqueConstraint("kpi", "period_kind", "period_start", "account_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    kpi: Mapped[str] = mapped_column(String(40))
    period_kind: Mapped[str] = mapped_column(String(10))
    period_start: Mapped[dt.date] = mapped_column(Date)
    account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    target: Mapped[float] = mapped_column(Float)


class Campaign(Base):
    __tablename__ = "campaigns"
    id: Mapped[int] = mapped_column(primary_key=True)
    name_ar: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200), default="")
    starts_on: Mapped[dt.date] = mapped_column(Date)
    ends_on: Mapped[dt.date] = mapped_column(Date)
    colour: Mapped[str] = mapped_column(String(9), default="#1d4ed8")
    pillar_id: Mapped[int | None] = mapped_column(ForeignKey("pillars.id", ondelete="SET NULL"))
    goal_ar: Mapped[str] = mapped_column(Text, default="")
    goal_en: Mapped[str] = mapped_column(Text, default="")


class Event(Base):
    """An event the team covers (conference, workshop, seminar): a band on the calendar."""

    __tablename__ = "events"
    id: Mapped[int] = mapped_column(primary_key=True)
    title_ar: Mapped[str] = mapped_column(String(300))
    title_en: Mapped[str] = mapped_column(String(300), default="")
    kind: Mapped[str] = mapped_column(String(30), default="other")
    starts_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, index=True)
    ends_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    location: Mapped[str] = mapped_column(String(300), default="")
    campaign_id: Mapped[int | None] = mapped_column(ForeignKey("campaigns.id", ondelete="SET NULL"))
    notes: Mapped[str] = mapped_column(Text, default="")


class QuietPeriod(Base):
    """A period with no ordinary publishing: electoral silence, national mourning."""

    __tablename__ = "quiet_periods"
    id: Mapped[int] = mapped_column(primary_key=True)
    name_ar: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200), default="")
    reason: Mapped[str] = mapped_column(String(30), default="other")
    starts_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, index=True)
    ends_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    # Some quiet periods still allow publishing (an official announcement during mourning).
    allows_publishing: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class PublicHoliday(Base):
    """A day outside office hours, for response-time targets."""

    __tablename__ = "public_holidays"
    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date, unique=True)
    name_ar: Mapped[str] = mapped_column(String(200), default="")
    name_en: Mapped[str] = mapped_column(String(200), default="")


# --- official accounts (SPEC §6) ------------------------------------------------------------


class Account(Base):
    """An official account. Its password and 2FA secret are in the keyring, never here."""

    __tablename__ = "accounts"
    id: Mapped[int] = mapped_column(primary_key=True)
    platform: Mapped[str] = mapped_column(String(20))
    handle: Mapped[str] = mapped_column(String(200))
    url: Mapped[str] = mapped_column(String(500), default="")
    official_email: Mapped[str] = mapped_column(String(300), default="")
    verified: Mapped[bool] = mapped_column(Boolean, default=False)
    two_factor_enabled: Mapped[bool] = mapped_column(Boolean, default=False)
    password_changed_on: Mapped[dt.date | None] = mapped_column(Date)
    rotation_days: Mapped[int] = mapped_column(Integer, default=90)
    privacy_reviewed_on: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # X Premium: posts up to 25,000 characters (checklist PLAT-X-2).
    premium: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    administrators: Mapped[list[AccountAdministrator]] = relationship(
        back_populates="account", cascade="all, delete-orphan"
    )


class AccountAdministrator(Base):
    __tablename__ = "account_administrators"
    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(200), default="")
    full_rights: Mapped[bool] = mapped_column(Boolean, default=False)
    outside_agency: Mapped[bool] = mapped_column(Boolean, default=False)
    account: Mapped[Account] = relationship(back_populates="administrators")


class SecurityIncident(Base):
    """A compromised-account incident worked through the guideline's playbook (seed 003 §12)."""

    __tablename__ = "security_incidents"
    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    started_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    closed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    summary: Mapped[str] = mapped_column(Text, default="")
    lessons_learned: Mapped[str] = mapped_column(Text, default="")
    steps: Mapped[list[IncidentStep]] = relationship(
        back_populates="incident", cascade="all, delete-orphan", order_by="IncidentStep.position"
    )


class IncidentStep(Base):
    __tablename__ = "incident_steps"
    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(
        ForeignKey("security_incidents.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    step_key: Mapped[str] = mapped_column(String(60))
    done_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    note: Mapped[str] = mapped_column(Text, default="")
    incident: Mapped[SecurityIncident] = relationship(back_populates="steps")


# --- media archive (SPEC §8) ----------------------------------------------------------------


class MediaAsset(Base):
    """A file in the workspace's media store, named by the SHA-256 of its content."""

    __tablename__ = "media_assets"
    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    original_name: Mapped[str] = mapped_column(String(500))
    kind: Mapped[str] = mapped_column(String(20), index=True)
    mime_type: Mapped[str] = mapped_column(String(100), default="")
    size_bytes: Mapped[int] = mapped_column(Integer, default=0)
    width: Mapped[int | None] = mapped_column(Integer)
    height: Mapped[int | None] = mapped_column(Integer)
    duration_s: Mapped[float | None] = mapped_column(Float)
    title: Mapped[str] = mapped_column(String(300), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    alt_ar: Mapped[str] = mapped_column(Text, default="")
    alt_en: Mapped[str] = mapped_column(Text, default="")
    credit: Mapped[str] = mapped_column(String(300), default="")
    licence: Mapped[str] = mapped_column(String(200), default="")
    taken_on: Mapped[dt.date | None] = mapped_column(Date)
    event_id: Mapped[int | None] = mapped_column(ForeignKey("events.id", ondelete="SET NULL"))
    has_identifiable_people: Mapped[bool] = mapped_column(Boolean, default=False)
    # The officer ticked "image contains text" (checklist A11Y-ALT-5).
    contains_text: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # Video: captions burned into the picture, or a captions file (SRT/VTT) kept as another
    # asset (checklist A11Y-VID-1). No ON DELETE action: SQLite adds the column in place only
    # with an inline REFERENCES, whose options SQLAlchemy cannot read back; clear the link
    # before deleting a captions file.
    burned_in_captions: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    captions_media_id: Mapped[int | None] = mapped_column(ForeignKey("media_assets.id"))
    imported_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    tags: Mapped[list[MediaTag]] = relationship(
        back_populates="media", cascade="all, delete-orphan"
    )
    consents: Mapped[list[ConsentRecord]] = relationship(
        back_populates="media", cascade="all, delete-orphan", foreign_keys="ConsentRecord.media_id"
    )


class MediaTag(Base):
    __tablename__ = "media_tags"
    __table_args__ = (UniqueConstraint("media_id", "tag"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    media_id: Mapped[int] = mapped_column(ForeignKey("media_assets.id", ondelete="CASCADE"))
    tag: Mapped[str] = mapped_column(String(100), index=True)
    media: Mapped[MediaAsset] = relationship(back_populates="tags")


class ConsentRecord(Base):
    """Consent of one identifiable person to appear in a media item, with its document."""

    __tablename__ = "consent_records"
    id: Mapped[int] = mapped_column(primary_key=True)
    media_id: Mapped[int] = mapped_column(
        ForeignKey("media_assets.id", ondelete="CASCADE"), index=True
    )
    person_name: Mapped[str] = mapped_column(String(200))
    given_on: Mapped[dt.date | None] = mapped_column(Date)
    scope: Mapped[str] = mapped_column(Text, default="")
    expires_on: Mapped[dt.date | None] = mapped_column(Date)
    document_media_id: Mapped[int | None] = mapped_column(
        ForeignKey("media_assets.id", ondelete="SET NULL")
    )
    # A minor's consent comes from a guardian (checklist GOV-PII-1).
    minor: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    guardian_name: Mapped[str] = mapped_column(String(200), default="", server_default="")
    media: Mapped[MediaAsset] = relationship(back_populates="consents", foreign_keys=[media_id])


# --- posts (SPEC §2, §3) --------------------------------------------------------------------


class Post(Base):
    """A bilingual post: Arabic first, English second, scheduled in UTC."""

    __tablename__ = "posts"
    __table_args__ = (
        Index("ix_posts_state_scheduled", "state", "scheduled_at"),
        # Covers "posts of a period by state" (the dashboard, the calendar) without table reads.
        Index("ix_posts_scheduled_state", "scheduled_at", "state"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))  # internal, usually Arabic
    title_en: Mapped[str] = mapped_column(String(300), default="", server_default="")
    state: Mapped[str] = mapped_column(String(20), default="draft")
    scheduled_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    text_ar: Mapped[str] = mapped_column(Text, default="")
    text_en: Mapped[str] = mapped_column(Text, default="")
    link: Mapped[str] = mapped_column(String(1000), default="")
    source_refs: Mapped[str] = mapped_column(Text, default="")
    pillar_id: Mapped[int | None] = mapped_column(ForeignKey("pillars.id", ondelete="SET NULL"))
    campaign_id: Mapped[int | None] = mapped_column(
        ForeignKey("campaigns.id", ondelete="SET NULL"), index=True
    )
    event_id: Mapped[int | None] = mapped_column(ForeignKey("events.id", ondelete="SET NULL"))
    evergreen: Mapped[bool] = mapped_column(Boolean, default=False)
    origin_post_id: Mapped[int | None] = mapped_column(ForeignKey("posts.id", ondelete="SET NULL"))
    series_id: Mapped[str | None] = mapped_column(String(36), index=True)
    recurrence: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    manual_checks: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    warning_justifications: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # The checklist's verdict when the post was last saved: "", "ok", "warning" or "blocker".
    checklist_status: Mapped[str] = mapped_column(String(10), default="", server_default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    # Optimistic locking (migration 0006): every UPDATE checks the version it read and writes
    # the next, so the second of two concurrent saves fails instead of overwriting the first.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__: ClassVar[dict[str, Any]] = {"version_id_col": version}
    variants: Mapped[list[PostVariant]] = relationship(
        back_populates="post", cascade="all, delete-orphan"
    )
    media: Mapped[list[PostMedia]] = relationship(
        back_populates="post", cascade="all, delete-orphan", order_by="PostMedia.position"
    )
    revisions: Mapped[list[PostRevision]] = relationship(
        back_populates="post", cascade="all, delete-orphan", order_by="PostRevision.id"
    )


class PostVariant(Base):
    """One target platform of a post, with optional per-platform text."""

    __tablename__ = "post_variants"
    __table_args__ = (UniqueConstraint("post_id", "platform"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id", ondelete="CASCADE"))
    platform: Mapped[str] = mapped_column(String(20))
    text_ar: Mapped[str | None] = mapped_column(Text)
    text_en: Mapped[str | None] = mapped_column(Text)
    post: Mapped[Post] = relationship(back_populates="variants")


class PostMedia(Base):
    __tablename__ = "post_media"
    __table_args__ = (UniqueConstraint("post_id", "media_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id", ondelete="CASCADE"))
    media_id: Mapped[int] = mapped_column(
        ForeignKey("media_assets.id", ondelete="RESTRICT"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    post: Mapped[Post] = relationship(back_populates="media")


class PostRevision(Base):
    """A snapshot of a post's content, for its history and readable diffs."""

    __tablename__ = "post_revisions"
    id: Mapped[int] = mapped_column(primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    reason: Mapped[str] = mapped_column(String(60), default="edit")
    snapshot: Mapped[dict[str, Any]] = mapped_column(JSON)
    post: Mapped[Post] = relationship(back_populates="revisions")


# --- approval and publication (SPEC §4) -----------------------------------------------------


class Approver(Base):
    """A supervisor who signs approvals. The TOTP secret is in the keyring, encrypted."""

    __tablename__ = "approvers"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(200), default="")
    enrolled_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    last_timestep: Mapped[int | None] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Approval(Base):
    __tablename__ = "approvals"
    id: Mapped[int] = mapped_column(primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id", ondelete="CASCADE"), index=True)
    approver_id: Mapped[int] = mapped_column(ForeignKey("approvers.id", ondelete="RESTRICT"))
    decision: Mapped[str] = mapped_column(String(30))
    decided_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    content_hash: Mapped[str] = mapped_column(String(64))
    comment: Mapped[str] = mapped_column(Text, default="")
    withdrawn_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)


class PublicationRecord(Base):
    """Where and when the officer published a post by hand on one platform."""

    __tablename__ = "publication_records"
    __table_args__ = (UniqueConstraint("post_id", "platform"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id", ondelete="CASCADE"))
    platform: Mapped[str] = mapped_column(String(20))
    published_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, index=True)
    url: Mapped[str] = mapped_column(String(1000), default="")


# --- inquiries (SPEC §5) --------------------------------------------------------------------


class Inquiry(Base):
    """An inquiry or complaint from the public. Name and contact are personal data."""

    __tablename__ = "inquiries"
    __table_args__ = (
        Index("ix_inquiries_status_received", "status", "received_at"),
        # Covers the dashboard's count of inquiries awaiting a first response (migration 0004).
        Index("ix_inquiries_awaiting", "status", "first_response_at", "kind", "received_at"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    channel: Mapped[str] = mapped_column(String(20))
    kind: Mapped[str] = mapped_column(String(20))
    subject: Mapped[str] = mapped_column(String(300), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str] = mapped_column(String(8), default="ar")
    inquirer_name: Mapped[str | None] = mapped_column(String(200))
    inquirer_contact: Mapped[str | None] = mapped_column(String(300))
    received_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, index=True)
    first_response_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    status: Mapped[str] = mapped_column(String(20), default="new")
    post_id: Mapped[int | None] = mapped_column(ForeignKey("posts.id", ondelete="SET NULL"))
    campaign_id: Mapped[int | None] = mapped_column(ForeignKey("campaigns.id", ondelete="SET NULL"))
    internal_notes: Mapped[str] = mapped_column(Text, default="")
    anonymised_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")  # as on posts
    __mapper_args__: ClassVar[dict[str, Any]] = {"version_id_col": version}
    responses: Mapped[list[InquiryResponse]] = relationship(
        back_populates="inquiry", cascade="all, delete-orphan", order_by="InquiryResponse.sent_at"
    )


class InquiryResponse(Base):
    __tablename__ = "inquiry_responses"
    id: Mapped[int] = mapped_column(primary_key=True)
    inquiry_id: Mapped[int] = mapped_column(
        ForeignKey("inquiries.id", ondelete="CASCADE"), index=True
    )
    sent_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    channel: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text, default="")
    inquiry: Mapped[Inquiry] = relationship(back_populates="responses")


class SavedReply(Base):
    """A bilingual reply template with placeholders such as ``{name}``."""

    __tablename__ = "saved_replies"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    body_ar: Mapped[str] = mapped_column(Text, default="")
    body_en: Mapped[str] = mapped_column(Text, default="")


# --- metrics (SPEC §7) ----------------------------------------------------------------------


class MonthlyMetric(Base):
    """Monthly figures of one account. ``views`` holds what older Meta exports call impressions."""

    __tablename__ = "monthly_metrics"
    __table_args__ = (UniqueConstraint("account_id", "month"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    month: Mapped[dt.date] = mapped_column(Date)  # first day of the month
    followers: Mapped[int | None] = mapped_column(Integer)
    new_followers: Mapped[int | None] = mapped_column(Integer)
    views: Mapped[int | None] = mapped_column(Integer)
    reach: Mapped[int | None] = mapped_column(Integer)
    reactions: Mapped[int | None] = mapped_column(Integer)
    comments: Mapped[int | None] = mapped_column(Integer)
    shares: Mapped[int | None] = mapped_column(Integer)
    saves: Mapped[int | None] = mapped_column(Integer)
    clicks: Mapped[int | None] = mapped_column(Integer)
    video_views: Mapped[int | None] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String(40), default="manual")
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class PostMetric(Base):
    """Lifetime figures of one published item from a platform export, apart from page figures."""

    __tablename__ = "post_metrics"
    __table_args__ = (UniqueConstraint("account_id", "external_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    external_id: Mapped[str] = mapped_column(String(100))
    post_id: Mapped[int | None] = mapped_column(ForeignKey("posts.id", ondelete="SET NULL"))
    published_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    permalink: Mapped[str] = mapped_column(String(1000), default="")
    views: Mapped[int | None] = mapped_column(Integer)
    reach: Mapped[int | None] = mapped_column(Integer)
    engagements: Mapped[int | None] = mapped_column(Integer)
    video_views: Mapped[int | None] = mapped_column(Integer)
    imported_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


# --- audit and settings (SPEC §4, §10) ------------------------------------------------------


class AuditEntry(Base):
    """An append-only, hash-chained record of a state change, approval or sensitive action."""

    __tablename__ = "audit_entries"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(60))
    entity: Mapped[str] = mapped_column(String(60))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)


class Setting(Base):
    """A workspace setting as a JSON value under a dotted key (``ui.language``, ``timezone``)."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)
