"""The vocabulary every layer shares: platforms, states, channels and kinds.

Stored in the database as their string values, so a new member needs no migration.
"""

from __future__ import annotations

from enum import StrEnum


class Platform(StrEnum):
    FACEBOOK = "facebook"
    X = "x"
    INSTAGRAM = "instagram"
    YOUTUBE = "youtube"
    LINKEDIN = "linkedin"
    TIKTOK = "tiktok"
    THREADS = "threads"
    WEBSITE = "website"


class PostState(StrEnum):
    DRAFT = "draft"
    IN_REVIEW = "in_review"
    APPROVED = "approved"
    CHANGES_REQUESTED = "changes_requested"
    PUBLISHED = "published"
    ARCHIVED = "archived"
    WITHDRAWN = "withdrawn"


class InquiryChannel(StrEnum):
    FACEBOOK = "facebook"
    X = "x"
    INSTAGRAM = "instagram"
    YOUTUBE = "youtube"
    TIKTOK = "tiktok"
    WEBSITE = "website"
    EMAIL = "email"
    PHONE = "phone"
    WALK_IN = "walk_in"


class InquiryKind(StrEnum):
    INQUIRY = "inquiry"
    COMPLAINT = "complaint"
    REQUEST = "request"
    SUGGESTION = "suggestion"
    MEDIA_REQUEST = "media_request"
    MENTION = "mention"


class InquiryStatus(StrEnum):
    NEW = "new"
    ANSWERED = "answered"
    WAITING = "waiting"
    RESOLVED = "resolved"
    CLOSED = "closed"


OPEN_INQUIRY_STATUSES: tuple[InquiryStatus, ...] = (
    InquiryStatus.NEW,
    InquiryStatus.ANSWERED,
    InquiryStatus.WAITING,
)


class MediaKind(StrEnum):
    IMAGE = "image"
    VIDEO = "video"
    DOCUMENT = "document"


class EventKind(StrEnum):
    CONFERENCE = "conference"
    WORKSHOP = "workshop"
    SEMINAR = "seminar"
    CAMPAIGN_LAUNCH = "campaign_launch"
    OTHER = "other"


class QuietReason(StrEnum):
    ELECTORAL_SILENCE = "electoral_silence"
    MOURNING = "mourning"
    OTHER = "other"


class ApprovalDecision(StrEnum):
    APPROVED = "approved"
    CHANGES_REQUESTED = "changes_requested"


class Kpi(StrEnum):
    FOLLOWERS = "followers"
    ENGAGEMENT_RATE = "engagement_rate"
    VIEWS = "views"
    PUBLISHED_ITEMS = "published_items"
    MEDIAN_FIRST_RESPONSE_HOURS = "median_first_response_hours"


class PeriodKind(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"
