"""Translated names of the domain's values (post states, platforms, kinds), for display."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.core.domain import EventKind, Platform, PostState, QuietReason

_CTX = "Labels"

POST_STATES = {
    PostState.DRAFT: QT_TRANSLATE_NOOP("Labels", "Draft"),
    PostState.IN_REVIEW: QT_TRANSLATE_NOOP("Labels", "In review"),
    PostState.APPROVED: QT_TRANSLATE_NOOP("Labels", "Approved"),
    PostState.CHANGES_REQUESTED: QT_TRANSLATE_NOOP("Labels", "Changes requested"),
    PostState.PUBLISHED: QT_TRANSLATE_NOOP("Labels", "Published"),
    PostState.ARCHIVED: QT_TRANSLATE_NOOP("Labels", "Archived"),
    PostState.WITHDRAWN: QT_TRANSLATE_NOOP("Labels", "Withdrawn"),
}

# Each state's colour; always shown beside its name, never alone.
POST_STATE_COLOURS = {
    PostState.DRAFT: "#5b616e",
    PostState.IN_REVIEW: "#b45309",
    PostState.APPROVED: "#15803d",
    PostState.CHANGES_REQUESTED: "#b91c1c",
    PostState.PUBLISHED: "#1d4ed8",
    PostState.ARCHIVED: "#475569",
    PostState.WITHDRAWN: "#7c3aed",
}

PLATFORMS = {
    Platform.FACEBOOK: QT_TRANSLATE_NOOP("Labels", "Facebook"),
    Platform.X: QT_TRANSLATE_NOOP("Labels", "X"),
    Platform.INSTAGRAM: QT_TRANSLATE_NOOP("Labels", "Instagram"),
    Platform.YOUTUBE: QT_TRANSLATE_NOOP("Labels", "YouTube"),
    Platform.LINKEDIN: QT_TRANSLATE_NOOP("Labels", "LinkedIn"),
    Platform.TIKTOK: QT_TRANSLATE_NOOP("Labels", "TikTok"),
    Platform.WEBSITE: QT_TRANSLATE_NOOP("Labels", "Website"),
}

EVENT_KINDS = {
    EventKind.CONFERENCE: QT_TRANSLATE_NOOP("Labels", "Conference"),
    EventKind.WORKSHOP: QT_TRANSLATE_NOOP("Labels", "Workshop"),
    EventKind.SEMINAR: QT_TRANSLATE_NOOP("Labels", "Seminar"),
    EventKind.CAMPAIGN_LAUNCH: QT_TRANSLATE_NOOP("Labels", "Campaign launch"),
    EventKind.OTHER: QT_TRANSLATE_NOOP("Labels", "Event"),
}

QUIET_REASONS = {
    QuietReason.ELECTORAL_SILENCE: QT_TRANSLATE_NOOP("Labels", "Electoral silence"),
    QuietReason.MOURNING: QT_TRANSLATE_NOOP("Labels", "Mourning"),
    QuietReason.OTHER: QT_TRANSLATE_NOOP("Labels", "Quiet period"),
}

ITEM_KINDS = {
    "post": QT_TRANSLATE_NOOP("Labels", "Post"),
    "event": QT_TRANSLATE_NOOP("Labels", "Event"),
    "quiet": QT_TRANSLATE_NOOP("Labels", "Quiet period"),
}


def _tr(table: dict, key: str) -> str:  # type: ignore[type-arg]
    text = table.get(key)
    return QCoreApplication.translate(_CTX, text) if text else key


def post_state(state: str) -> str:
    return _tr(POST_STATES, state)


def platform(name: str) -> str:
    return _tr(PLATFORMS, name)


def item_kind(kind: str, detail: str = "") -> str:
    """The kind column: "Post", an event's kind ("Workshop") or a quiet period's reason."""
    if kind == "event" and detail in EVENT_KINDS:
        return _tr(EVENT_KINDS, detail)
    if kind == "quiet" and detail in QUIET_REASONS:
        return _tr(QUIET_REASONS, detail)
    return _tr(ITEM_KINDS, kind)
