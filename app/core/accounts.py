"""The guideline's rules for official accounts (seed 003 §5, §6, §12, §13), as pure functions.

- two administrators with full rights per account; an outside agency never with full rights;
- two-factor authentication on; an official (institutional) e-mail on the account;
- the password changed every ``rotation_days`` (90 by default);
- the privacy and security settings reviewed every quarter;
- a compromised account worked through :data:`PLAYBOOK_STEPS`.

NamedTuples, not dataclasses: the dashboard imports this module on the start path.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import NamedTuple

DEFAULT_ROTATION_DAYS = 90
MIN_ROTATION_DAYS = 1
MAX_ROTATION_DAYS = 3650
PRIVACY_REVIEW_DAYS = 90  # quarterly
REMINDER_WITHIN_DAYS = 14
MIN_FULL_RIGHTS_ADMINS = 2

# Warning codes, in the order they are shown.
TOO_FEW_FULL_ADMINS = "too_few_full_admins"
OUTSIDE_AGENCY_FULL_RIGHTS = "outside_agency_full_rights"
TWO_FACTOR_OFF = "two_factor_off"
ROTATION_OVERDUE = "rotation_overdue"
PASSWORD_DATE_UNKNOWN = "password_date_unknown"
NO_OFFICIAL_EMAIL = "no_official_email"
WARNING_CODES = (
    TOO_FEW_FULL_ADMINS,
    OUTSIDE_AGENCY_FULL_RIGHTS,
    TWO_FACTOR_OFF,
    ROTATION_OVERDUE,
    PASSWORD_DATE_UNKNOWN,
    NO_OFFICIAL_EMAIL,
)

# Reminder kinds (the dashboard's).
ROTATION_DUE = "rotation_due"
PRIVACY_REVIEW = "privacy_review"
REMINDER_KINDS = (ROTATION_DUE, ROTATION_OVERDUE, PRIVACY_REVIEW)


class AdminFacts(NamedTuple):
    name: str
    role: str = ""
    full_rights: bool = False
    outside_agency: bool = False


class AccountFacts(NamedTuple):
    """What the rules look at; the services build it from a stored account."""

    account_id: int = 0
    official_email: str = ""
    two_factor_enabled: bool = False
    password_changed_on: dt.date | None = None
    rotation_days: int = DEFAULT_ROTATION_DAYS
    administrators: tuple[AdminFacts, ...] = ()
    privacy_reviewed_on: dt.date | None = None
    active: bool = True


class Reminder(NamedTuple):
    kind: str  # "rotation_due", "rotation_overdue" or "privacy_review"
    account_id: int
    due: dt.date


class PlaybookStep(NamedTuple):
    key: str
    title: str  # English; the UI shows its own translated label for ``key``


# Seed 003 §12: what to do when an account is hacked, in order.
PLAYBOOK_STEPS: tuple[PlaybookStep, ...] = (
    PlaybookStep("report_it", "Report to IT at once"),
    PlaybookStep("reset_passwords", "Reset the passwords"),
    PlaybookStep("revoke_sessions", "Sign out every other session"),
    PlaybookStep("revoke_third_party", "Revoke third-party apps and access"),
    PlaybookStep("platform_recovery", "Use the platform's account recovery"),
    PlaybookStep("escalate_ministry", "Escalate to the ministry's support if not recovered"),
    PlaybookStep("inform_public", "Inform the public if false content was published"),
    PlaybookStep("lessons_learned", "Record the lessons learned"),
)
PLAYBOOK_KEYS = tuple(step.key for step in PLAYBOOK_STEPS)


def rotation_due(password_changed_on: dt.date | None, rotation_days: int) -> dt.date | None:
    """The day the password should next be changed, or None when its last change is unknown."""
    if password_changed_on is None:
        return None
    return password_changed_on + dt.timedelta(days=rotation_days)


def privacy_review_due(privacy_reviewed_on: dt.date | None, today: dt.date) -> dt.date:
    """A quarter after the last review; today when there never was one."""
    if privacy_reviewed_on is None:
        return today
    return privacy_reviewed_on + dt.timedelta(days=PRIVACY_REVIEW_DAYS)


def guideline_warnings(facts: AccountFacts, today: dt.date) -> list[str]:
    """The guideline's rules this account does not meet, as codes from :data:`WARNING_CODES`."""
    warnings = []
    full = [a for a in facts.administrators if a.full_rights]
    if len(full) < MIN_FULL_RIGHTS_ADMINS:
        warnings.append(TOO_FEW_FULL_ADMINS)
    if any(a.outside_agency for a in full):
        warnings.append(OUTSIDE_AGENCY_FULL_RIGHTS)
    if not facts.two_factor_enabled:
        warnings.append(TWO_FACTOR_OFF)
    due = rotation_due(facts.password_changed_on, facts.rotation_days)
    if due is None:
        warnings.append(PASSWORD_DATE_UNKNOWN)
    elif due < today:
        warnings.append(ROTATION_OVERDUE)
    if not facts.official_email.strip():
        warnings.append(NO_OFFICIAL_EMAIL)
    return warnings


def reminders(
    accounts: Iterable[AccountFacts], today: dt.date, *, within_days: int = REMINDER_WITHIN_DAYS
) -> list[Reminder]:
    """Rotations overdue or due within ``within_days`` and privacy reviews due by then, for
    active accounts, earliest first."""
    horizon = today + dt.timedelta(days=within_days)
    found = []
    for facts in accounts:
        if not facts.active:
            continue
        due = rotation_due(facts.password_changed_on, facts.rotation_days)
        if due is not None and due < today:
            found.append(Reminder(ROTATION_OVERDUE, facts.account_id, due))
        elif due is not None and due <= horizon:
            found.append(Reminder(ROTATION_DUE, facts.account_id, due))
        review = privacy_review_due(facts.privacy_reviewed_on, today)
        if review <= horizon:
            found.append(Reminder(PRIVACY_REVIEW, facts.account_id, review))
    found.sort(key=lambda r: (r.due, REMINDER_KINDS.index(r.kind), r.account_id))
    return found
