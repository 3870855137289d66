"""The guideline's account rules (seed 003 §5, §6, §12): warnings, rotation, reminders."""

from __future__ import annotations

import datetime as dt

import pytest

from app.core.accounts import (
    NO_OFFICIAL_EMAIL,
    OUTSIDE_AGENCY_FULL_RIGHTS,
    PASSWORD_DATE_UNKNOWN,
    PLAYBOOK_KEYS,
    PLAYBOOK_STEPS,
    ROTATION_OVERDUE,
    TOO_FEW_FULL_ADMINS,
    TWO_FACTOR_OFF,
    WARNING_CODES,
    AccountFacts,
    AdminFacts,
    Reminder,
    guideline_warnings,
    privacy_review_due,
    reminders,
    rotation_due,
)

TODAY = dt.date(2026, 11, 24)
TWO_ADMINS = (AdminFacts("Huda", "officer", True), AdminFacts("Omar", "head", True))


def good(**changes: object) -> AccountFacts:
    facts = AccountFacts(
        account_id=1,
        official_email="media@culture.gov.jo",
        two_factor_enabled=True,
        password_changed_on=TODAY - dt.timedelta(days=10),
        rotation_days=90,
        administrators=TWO_ADMINS,
        privacy_reviewed_on=TODAY - dt.timedelta(days=10),
    )
    return facts._replace(**changes)


def test_an_account_that_meets_the_guideline_has_no_warning() -> None:
    assert guideline_warnings(good(), TODAY) == []


@pytest.mark.parametrize(
    "admins",
    [
        (),
        (AdminFacts("Huda", full_rights=True),),
        (AdminFacts("Huda", full_rights=True), AdminFacts("Omar", full_rights=False)),
    ],
)
def test_fewer_than_two_full_rights_administrators(admins: tuple[AdminFacts, ...]) -> None:
    assert guideline_warnings(good(administrators=admins), TODAY) == [TOO_FEW_FULL_ADMINS]


def test_outside_agency_with_full_rights() -> None:
    admins = (*TWO_ADMINS, AdminFacts("Agency", "contractor", True, outside_agency=True))
    assert guideline_warnings(good(administrators=admins), TODAY) == [OUTSIDE_AGENCY_FULL_RIGHTS]


def test_outside_agency_with_limited_rights_is_fine() -> None:
    admins = (*TWO_ADMINS, AdminFacts("Agency", "editor", False, outside_agency=True))
    assert guideline_warnings(good(administrators=admins), TODAY) == []


def test_an_outside_agency_does_not_count_towards_the_two() -> None:
    admins = (AdminFacts("Huda", full_rights=True), AdminFacts("Agency", "", True, True))
    assert guideline_warnings(good(administrators=admins), TODAY) == [OUTSIDE_AGENCY_FULL_RIGHTS]


def test_two_factor_off() -> None:
    assert guideline_warnings(good(two_factor_enabled=False), TODAY) == [TWO_FACTOR_OFF]


def test_rotation_overdue_from_the_day_after_it_is_due() -> None:
    due_today = good(password_changed_on=TODAY - dt.timedelta(days=90))
    assert guideline_warnings(due_today, TODAY) == []
    overdue = good(password_changed_on=TODAY - dt.timedelta(days=91))
    assert guideline_warnings(overdue, TODAY) == [ROTATION_OVERDUE]
    shorter = good(password_changed_on=TODAY - dt.timedelta(days=31), rotation_days=30)
    assert guideline_warnings(shorter, TODAY) == [ROTATION_OVERDUE]


def test_password_date_unknown() -> None:
    assert guideline_warnings(good(password_changed_on=None), TODAY) == [PASSWORD_DATE_UNKNOWN]


@pytest.mark.parametrize("email", ["", "   "])
def test_no_official_email(email: str) -> None:
    assert guideline_warnings(good(official_email=email), TODAY) == [NO_OFFICIAL_EMAIL]


def test_every_warning_at_once_in_the_listed_order() -> None:
    bad = AccountFacts(
        administrators=(AdminFacts("Agency", full_rights=True, outside_agency=True),),
        password_changed_on=dt.date(2020, 1, 1),
    )
    assert guideline_warnings(bad, TODAY) == [
        TOO_FEW_FULL_ADMINS,
        OUTSIDE_AGENCY_FULL_RIGHTS,
        TWO_FACTOR_OFF,
        ROTATION_OVERDUE,
        NO_OFFICIAL_EMAIL,
    ]
    assert set(guideline_warnings(bad, TODAY)) <= set(WARNING_CODES)


def test_rotation_due() -> None:
    assert rotation_due(dt.date(2026, 1, 1), 90) == dt.date(2026, 4, 1)
    assert rotation_due(dt.date(2024, 2, 29), 365) == dt.date(2025, 2, 28)
    assert rotation_due(None, 90) is None


def test_privacy_review_due() -> None:
    assert privacy_review_due(None, TODAY) == TODAY
    assert privacy_review_due(dt.date(2026, 9, 1), TODAY) == dt.date(2026, 11, 30)


def test_reminders_dates_and_kinds() -> None:
    accounts = [
        # rotation due in exactly 14 days: listed; review not due for 80 days.
        good(account_id=1, password_changed_on=TODAY - dt.timedelta(days=76)),
        # due in 15 days: not yet.
        good(account_id=2, password_changed_on=TODAY - dt.timedelta(days=75)),
        # due today: due, not overdue.
        good(account_id=3, password_changed_on=TODAY - dt.timedelta(days=90)),
        # overdue since yesterday.
        good(account_id=4, password_changed_on=TODAY - dt.timedelta(days=91)),
        # never reviewed: review due today; password date unknown: no rotation reminder.
        good(account_id=5, password_changed_on=None, privacy_reviewed_on=None),
        # review due in 14 days (76 days ago) and one due in 15 (75 days ago, not listed).
        good(account_id=6, privacy_reviewed_on=TODAY - dt.timedelta(days=76)),
        good(account_id=7, privacy_reviewed_on=TODAY - dt.timedelta(days=75)),
        # inactive accounts get no reminders.
        good(account_id=8, password_changed_on=dt.date(2020, 1, 1), active=False),
    ]
    assert reminders(accounts, TODAY) == [
        Reminder("rotation_overdue", 4, TODAY - dt.timedelta(days=1)),
        Reminder("rotation_due", 3, TODAY),
        Reminder("privacy_review", 5, TODAY),
        Reminder("rotation_due", 1, TODAY + dt.timedelta(days=14)),
        Reminder("privacy_review", 6, TODAY + dt.timedelta(days=14)),
    ]


def test_reminders_window_is_adjustable() -> None:
    account = good(password_changed_on=TODAY - dt.timedelta(days=60))  # due in 30 days
    assert reminders([account], TODAY) == []
    assert reminders([account], TODAY, within_days=30) == [
        Reminder("rotation_due", 1, TODAY + dt.timedelta(days=30))
    ]


def test_playbook_follows_the_guideline() -> None:
    assert PLAYBOOK_KEYS == (
        "report_it",
        "reset_passwords",
        "revoke_sessions",
        "revoke_third_party",
        "platform_recovery",
        "escalate_ministry",
        "inform_public",
        "lessons_learned",
    )
    assert all(step.title for step in PLAYBOOK_STEPS)
