"""Translated names of the domain's values (post states, platforms, kinds), for display."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.core.domain import (
    EventKind,
    InquiryChannel,
    InquiryKind,
    InquiryStatus,
    Platform,
    PostState,
    QuietReason,
)

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
    Platform.THREADS: QT_TRANSLATE_NOOP("Labels", "Threads"),
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


# --- the inquiry log (SPEC §5) ------------------------------------------------------------------

INQUIRY_KINDS = {
    InquiryKind.INQUIRY: QT_TRANSLATE_NOOP("Labels", "Inquiry"),
    InquiryKind.COMPLAINT: QT_TRANSLATE_NOOP("Labels", "Complaint"),
    InquiryKind.REQUEST: QT_TRANSLATE_NOOP("Labels", "Request"),
    InquiryKind.SUGGESTION: QT_TRANSLATE_NOOP("Labels", "Suggestion"),
    InquiryKind.MEDIA_REQUEST: QT_TRANSLATE_NOOP("Labels", "Media request"),
    InquiryKind.MENTION: QT_TRANSLATE_NOOP("Labels", "Mention"),
}

INQUIRY_CHANNELS = {
    InquiryChannel.FACEBOOK: QT_TRANSLATE_NOOP("Labels", "Facebook"),
    InquiryChannel.X: QT_TRANSLATE_NOOP("Labels", "X"),
    InquiryChannel.INSTAGRAM: QT_TRANSLATE_NOOP("Labels", "Instagram"),
    InquiryChannel.YOUTUBE: QT_TRANSLATE_NOOP("Labels", "YouTube"),
    InquiryChannel.TIKTOK: QT_TRANSLATE_NOOP("Labels", "TikTok"),
    InquiryChannel.WEBSITE: QT_TRANSLATE_NOOP("Labels", "Website"),
    InquiryChannel.EMAIL: QT_TRANSLATE_NOOP("Labels", "E-mail"),
    InquiryChannel.PHONE: QT_TRANSLATE_NOOP("Labels", "Phone"),
    InquiryChannel.WALK_IN: QT_TRANSLATE_NOOP("Labels", "Walk-in"),
}

INQUIRY_STATUSES = {
    InquiryStatus.NEW: QT_TRANSLATE_NOOP("Labels", "New"),
    InquiryStatus.ANSWERED: QT_TRANSLATE_NOOP("Labels", "Answered"),
    InquiryStatus.WAITING: QT_TRANSLATE_NOOP("Labels", "Waiting"),
    InquiryStatus.RESOLVED: QT_TRANSLATE_NOOP("Labels", "Resolved"),
    InquiryStatus.CLOSED: QT_TRANSLATE_NOOP("Labels", "Closed"),
}


def _tr(table: dict, key: str) -> str:  # type: ignore[type-arg]
    text = table.get(key)
    return QCoreApplication.translate(_CTX, text) if text else key


def post_state(state: str) -> str:
    return _tr(POST_STATES, state)


def platform(name: str) -> str:
    return _tr(PLATFORMS, name)


def inquiry_kind(kind: str) -> str:
    return _tr(INQUIRY_KINDS, kind)


def inquiry_channel(channel: str) -> str:
    return _tr(INQUIRY_CHANNELS, channel)


def inquiry_status(status: str) -> str:
    return _tr(INQUIRY_STATUSES, status)


def item_kind(kind: str, detail: str = "") -> str:
    """The kind column: "Post", an event's kind ("Workshop") or a quiet period's reason."""
    if kind == "event" and detail in EVENT_KINDS:
        return _tr(EVENT_KINDS, detail)
    if kind == "quiet" and detail in QUIET_REASONS:
        return _tr(QUIET_REASONS, detail)
    return _tr(ITEM_KINDS, kind)


# --- the checklist (../shared/checklist.md): one line per rule id, in the UI language --------

_RULES_CTX = "Rules"

RULE_EXPLANATIONS = {
    "A11Y-ALT-1": QT_TRANSLATE_NOOP("Rules", "Every image needs alt text describing it."),
    "A11Y-ALT-2": QT_TRANSLATE_NOOP(
        "Rules", "Alt text is too long: keep it concise and within the platform's cap."
    ),
    "A11Y-ALT-3": QT_TRANSLATE_NOOP(
        "Rules", "Do not start alt text with “image of” or “photo of”."
    ),
    "A11Y-ALT-4": QT_TRANSLATE_NOOP(
        "Rules", "Alt text looks like a file name, a placeholder or a copy of the post."
    ),
    "A11Y-ALT-5": QT_TRANSLATE_NOOP(
        "Rules", "The image contains text: repeat that text in the alt text (5 words or more)."
    ),
    "A11Y-ALT-6": QT_TRANSLATE_NOOP("Rules", "Write the alt text in the post's language."),
    "A11Y-VID-1": QT_TRANSLATE_NOOP(
        "Rules", "Video needs captions (a subtitle file or burned-in), reviewed by a person."
    ),
    "A11Y-VID-2": QT_TRANSLATE_NOOP(
        "Rules", "What is shown only on screen is also spoken, described or transcribed."
    ),
    "A11Y-VID-3": QT_TRANSLATE_NOOP(
        "Rules", "Nothing flashes more than 3 times a second; no long autoplay animation."
    ),
    "A11Y-HASH-1": QT_TRANSLATE_NOOP(
        "Rules", "Write multi-word Latin hashtags in CamelCase so screen readers say the words."
    ),
    "A11Y-HASH-2": QT_TRANSLATE_NOOP(
        "Rules", "Arabic hashtags join words with _ and carry no tatweel or diacritics."
    ),
    "A11Y-HASH-3": QT_TRANSLATE_NOOP(
        "Rules", "Put hashtags at the end; at most one inside the sentence."
    ),
    "A11Y-HASH-4": QT_TRANSLATE_NOOP("Rules", "Too many hashtags for the house rule or platform."),
    "A11Y-EMO-1": QT_TRANSLATE_NOOP("Rules", "Use at most 3 emoji, and none twice."),
    "A11Y-EMO-2": QT_TRANSLATE_NOOP(
        "Rules", "Emoji should not sit mid-sentence, replace words or serve as bullets."
    ),
    "A11Y-CAPS-1": QT_TRANSLATE_NOOP(
        "Rules", "Avoid runs of capital letters: they are hard to read."
    ),
    "A11Y-FANCY-1": QT_TRANSLATE_NOOP(
        "Rules", "“Fancy” look-alike letters are read out as symbols or not at all."
    ),
    "A11Y-LINK-1": QT_TRANSLATE_NOOP("Rules", "Say where a link leads instead of “click here”."),
    "A11Y-LINK-2": QT_TRANSLATE_NOOP(
        "Rules", "Link to the official domain, not through a link shortener."
    ),
    "A11Y-LINK-3": QT_TRANSLATE_NOOP("Rules", "Say what a link opens, such as [VIDEO] or [PDF]."),
    "A11Y-PLAIN-1": QT_TRANSLATE_NOOP(
        "Rules", "Keep sentences to 25 words and spell out acronyms at first use."
    ),
    "A11Y-PLAIN-2": QT_TRANSLATE_NOOP(
        "Rules", "English reading ease (Flesch): aim for 60 or more."
    ),
    "A11Y-COLOR-1": QT_TRANSLATE_NOOP(
        "Rules", "Graphics do not rely on colour alone and their text has enough contrast."
    ),
    "AR-TATWEEL-1": QT_TRANSLATE_NOOP(
        "Rules", "Remove decorative tatweel (ـ): it breaks search and screen readers."
    ),
    "AR-PRES-1": QT_TRANSLATE_NOOP(
        "Rules", "Arabic presentation-form letters (pasted from PDFs) break search and speech."
    ),
    "AR-DIAC-1": QT_TRANSLATE_NOOP(
        "Rules", "Use diacritics sparingly, never doubled or after a space."
    ),
    "AR-BIDI-1": QT_TRANSLATE_NOOP(
        "Rules", "An Arabic paragraph should begin with an Arabic letter or a right-to-left mark."
    ),
    "AR-BIDI-2": QT_TRANSLATE_NOOP(
        "Rules", "Isolate left-to-right pieces next to punctuation with a left-to-right mark."
    ),
    "AR-BIDI-3": QT_TRANSLATE_NOOP(
        "Rules", "Remove direction overrides, unbalanced isolates and stray BOM characters."
    ),
    "AR-BIDI-4": QT_TRANSLATE_NOOP("Rules", "Direction marks count double on X."),
    "AR-DIGIT-1": QT_TRANSLATE_NOOP("Rules", "Use one digit system in a post."),
    "AR-PUNCT-1": QT_TRANSLATE_NOOP("Rules", "Use Arabic punctuation (، ؛ ؟) in Arabic sentences."),
    "AR-READ-1": QT_TRANSLATE_NOOP("Rules", "Arabic readability (OSMAN): higher is easier."),
    "AR-LANG-1": QT_TRANSLATE_NOOP(
        "Rules", "Keep Arabic and English in separate posts or clearly separate paragraphs."
    ),
    "PLAT-X-1": QT_TRANSLATE_NOOP("Rules", "Too long for X (280, weighted as X counts)."),
    "PLAT-X-2": QT_TRANSLATE_NOOP("Rules", "Too long even for a premium X account."),
    "PLAT-IG": QT_TRANSLATE_NOOP(
        "Rules", "Too long for an Instagram caption, or too many hashtags."
    ),
    "PLAT-FB": QT_TRANSLATE_NOOP("Rules", "Too long for a Facebook post."),
    "PLAT-LI": QT_TRANSLATE_NOOP("Rules", "Too long for a LinkedIn post."),
    "PLAT-YT": QT_TRANSLATE_NOOP(
        "Rules", "Too long for a YouTube description (bytes), or contains < or >."
    ),
    "PLAT-TT": QT_TRANSLATE_NOOP("Rules", "Too long for a TikTok caption."),
    "PLAT-TH": QT_TRANSLATE_NOOP("Rules", "Too long for Threads, or more than 5 links."),
    "GOV-PII-1": QT_TRANSLATE_NOOP(
        "Rules", "Every identifiable person shown needs a consent record."
    ),
    "GOV-PII-2": QT_TRANSLATE_NOOP(
        "Rules", "Personal data (e-mail, phone, national number): confirm it is intended."
    ),
    "GOV-FACT-1": QT_TRANSLATE_NOOP(
        "Rules", "Facts and figures need a primary source stored with the post."
    ),
    "GOV-PROP-1": QT_TRANSLATE_NOOP(
        "Rules", "Objective and explanatory, not party-political or polemical."
    ),
    "GOV-COPY-1": QT_TRANSLATE_NOOP("Rules", "Record the owner and licence of every attachment."),
    "GOV-INCL-1": QT_TRANSLATE_NOOP("Rules", "Prefer inclusive wording (see the house word list)."),
    "GOV-QUIET-1": QT_TRANSLATE_NOOP("Rules", "The scheduled time falls in a quiet period."),
}

# What the officer confirms by ticking a Manual rule.
MANUAL_CONFIRMATIONS = {
    "A11Y-ALT-5": QT_TRANSLATE_NOOP("Rules", "An image contains text"),
    "A11Y-VID-1": QT_TRANSLATE_NOOP("Rules", "Captions reviewed by a person"),
    "A11Y-VID-2": QT_TRANSLATE_NOOP("Rules", "On-screen information is also spoken or described"),
    "A11Y-VID-3": QT_TRANSLATE_NOOP("Rules", "No flashing more than 3 times a second"),
    "A11Y-LINK-3": QT_TRANSLATE_NOOP("Rules", "The post says what the link opens"),
    "A11Y-COLOR-1": QT_TRANSLATE_NOOP(
        "Rules", "Graphics do not rely on colour alone; contrast checked"
    ),
    "AR-LANG-1": QT_TRANSLATE_NOOP("Rules", "Languages kept in separate paragraphs"),
    "GOV-PII-1": QT_TRANSLATE_NOOP("Rules", "Consent held for every identifiable person"),
    "GOV-PII-2": QT_TRANSLATE_NOOP("Rules", "No unnecessary personal or sensitive data"),
    "GOV-FACT-1": QT_TRANSLATE_NOOP("Rules", "Facts verified against an official source"),
    "GOV-PROP-1": QT_TRANSLATE_NOOP("Rules", "Objective, not party-political or controversial"),
    "GOV-COPY-1": QT_TRANSLATE_NOOP("Rules", "Rights cleared for every attachment"),
    "GOV-INCL-1": QT_TRANSLATE_NOOP("Rules", "Diverse and inclusive representation in imagery"),
}

SEVERITIES = {
    "blocker": QT_TRANSLATE_NOOP("Rules", "Blocker"),
    "warning": QT_TRANSLATE_NOOP("Rules", "Warning"),
    "tip": QT_TRANSLATE_NOOP("Rules", "Tip"),
}


def rule_explanation(rule: str, fallback: str = "") -> str:
    """One line on ``rule`` in the UI language; ``fallback`` (the checklist's English message)
    for a rule the table does not know."""
    text = RULE_EXPLANATIONS.get(rule)
    return QCoreApplication.translate(_RULES_CTX, text) if text else (fallback or rule)


def manual_confirmation(rule: str, fallback: str = "") -> str:
    text = MANUAL_CONFIRMATIONS.get(rule)
    return QCoreApplication.translate(_RULES_CTX, text) if text else (fallback or rule)


def severity(name: str) -> str:
    text = SEVERITIES.get(name)
    return QCoreApplication.translate(_RULES_CTX, text) if text else name


# --- official accounts (SPEC §6): guideline warnings, reminders, the compromise playbook ------

_ACCOUNTS_CTX = "Accounts"

# One sentence per guideline warning code of app.core.accounts.guideline_warnings.
ACCOUNT_WARNINGS = {
    "too_few_full_admins": QT_TRANSLATE_NOOP(
        "Accounts", "Fewer than two administrators have full rights: the guideline asks for two."
    ),
    "outside_agency_full_rights": QT_TRANSLATE_NOOP(
        "Accounts",
        "An administrator from outside the agency has full rights: give them limited rights.",
    ),
    "two_factor_off": QT_TRANSLATE_NOOP(
        "Accounts", "Two-factor authentication is off: turn it on for this account."
    ),
    "rotation_overdue": QT_TRANSLATE_NOOP(
        "Accounts", "The password is due for a change (every 3 months by the guideline)."
    ),
    "password_date_unknown": QT_TRANSLATE_NOOP(
        "Accounts", "The date of the last password change is not recorded."
    ),
    "no_official_email": QT_TRANSLATE_NOOP(
        "Accounts", "No official e-mail address is recorded for this account."
    ),
}

REMINDER_KINDS = {
    "rotation_due": QT_TRANSLATE_NOOP("Accounts", "Password change due"),
    "rotation_overdue": QT_TRANSLATE_NOOP("Accounts", "Password change overdue"),
    "privacy_review": QT_TRANSLATE_NOOP("Accounts", "Privacy and security settings review"),
}

# The compromise playbook (seed 003 §12), in its order.
PLAYBOOK_STEPS = {
    "report_it": QT_TRANSLATE_NOOP("Accounts", "Report to the IT officers at once"),
    "reset_passwords": QT_TRANSLATE_NOOP("Accounts", "Reset the passwords"),
    "revoke_sessions": QT_TRANSLATE_NOOP("Accounts", "Sign out every other session"),
    "revoke_third_party": QT_TRANSLATE_NOOP("Accounts", "Revoke third-party apps' access"),
    "platform_recovery": QT_TRANSLATE_NOOP("Accounts", "Use the platform's account recovery"),
    "escalate_ministry": QT_TRANSLATE_NOOP(
        "Accounts",
        "Not recovered: ask the Ministry of Digital Economy and Entrepreneurship for support",
    ),
    "inform_public": QT_TRANSLATE_NOOP(
        "Accounts", "False content went out: inform the public on the other channels"
    ),
    "lessons_learned": QT_TRANSLATE_NOOP("Accounts", "Write down the lessons learned"),
}


def account_warning(code: str) -> str:
    text = ACCOUNT_WARNINGS.get(code)
    return QCoreApplication.translate(_ACCOUNTS_CTX, text) if text else code


def reminder_kind(kind: str) -> str:
    text = REMINDER_KINDS.get(kind)
    return QCoreApplication.translate(_ACCOUNTS_CTX, text) if text else kind


def playbook_step(key: str) -> str:
    text = PLAYBOOK_STEPS.get(key)
    return QCoreApplication.translate(_ACCOUNTS_CTX, text) if text else key


# --- metrics and KPIs (SPEC §7) -----------------------------------------------------------------

KPIS = {
    "followers": QT_TRANSLATE_NOOP("Labels", "Followers"),
    "engagement_rate": QT_TRANSLATE_NOOP("Labels", "Engagement rate"),
    "views": QT_TRANSLATE_NOOP("Labels", "Views"),
    "published_items": QT_TRANSLATE_NOOP("Labels", "Published items"),
    "median_first_response_hours": QT_TRANSLATE_NOOP("Labels", "Median first response (hours)"),
}

KPI_STATUSES = {
    "on_track": QT_TRANSLATE_NOOP("Labels", "On track"),
    "at_risk": QT_TRANSLATE_NOOP("Labels", "At risk"),
    "off_track": QT_TRANSLATE_NOOP("Labels", "Off track"),
}

METRIC_FIELDS = {
    "followers": QT_TRANSLATE_NOOP("Labels", "Followers at month end"),
    "new_followers": QT_TRANSLATE_NOOP("Labels", "New followers"),
    "views": QT_TRANSLATE_NOOP("Labels", "Views"),
    "reach": QT_TRANSLATE_NOOP("Labels", "Reach"),
    "reactions": QT_TRANSLATE_NOOP("Labels", "Reactions"),
    "comments": QT_TRANSLATE_NOOP("Labels", "Comments"),
    "shares": QT_TRANSLATE_NOOP("Labels", "Shares"),
    "saves": QT_TRANSLATE_NOOP("Labels", "Saves"),
    "clicks": QT_TRANSLATE_NOOP("Labels", "Clicks"),
    "video_views": QT_TRANSLATE_NOOP("Labels", "Video views"),
    "engagements": QT_TRANSLATE_NOOP("Labels", "Engagements"),
    "net_followers": QT_TRANSLATE_NOOP("Labels", "Net change in followers"),
    "profile_visits": QT_TRANSLATE_NOOP("Labels", "Profile visits"),
    "users": QT_TRANSLATE_NOOP("Labels", "Users"),
    "sessions": QT_TRANSLATE_NOOP("Labels", "Sessions"),
}


def kpi(name: str) -> str:
    return _tr(KPIS, name)


def kpi_status(status: str) -> str:
    return _tr(KPI_STATUSES, status)


def kpi_value(kpi: str, value: float) -> str:
    """A KPI's value or target as the officer reads it: the engagement rate (stored as a ratio)
    in percent with two decimals, hours with one, counts whole; in the interface's locale."""
    from PySide6.QtCore import QLocale

    locale = QLocale()
    if kpi == "engagement_rate":
        return locale.toString(value * 100, "f", 2) + "\u00a0" + locale.percent()
    if kpi == "median_first_response_hours":
        return locale.toString(value, "f", 1)
    return locale.toString(round(value))


def metric_field(name: str) -> str:
    return _tr(METRIC_FIELDS, name)
