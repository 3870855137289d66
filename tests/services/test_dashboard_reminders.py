"""The dashboard's account reminders: rotations due within 14 days, overdue, privacy reviews."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from app.services.dashboard import AccountReminder, DashboardService
from app.services.workspace import OpenWorkspace
from app.store.fastread import FastReader
from app.store.models import Account

NOW = dt.datetime(2026, 11, 24, 22, 30, tzinfo=dt.UTC)  # 25 November, 01:30 in Amman
TODAY = dt.date(2026, 11, 25)


def days_ago(n: int) -> dt.date:
    return TODAY - dt.timedelta(days=n)


@pytest.fixture
def reader(workspace: OpenWorkspace) -> Iterator[FastReader]:
    with workspace.sessions.begin() as s:
        s.add_all(
            [
                Account(
                    id=1,
                    platform="facebook",
                    handle="page",
                    password_changed_on=days_ago(76),
                    privacy_reviewed_on=days_ago(1),
                ),
                Account(
                    id=2,
                    platform="x",
                    handle="culture_jo",
                    password_changed_on=days_ago(75),
                    privacy_reviewed_on=days_ago(76),
                ),
                Account(
                    id=3,
                    platform="instagram",
                    handle="culture.jo",
                    rotation_days=30,
                    password_changed_on=days_ago(31),
                    privacy_reviewed_on=days_ago(1),
                ),
                Account(
                    id=4,
                    platform="youtube",
                    handle="tube",
                    password_changed_on=None,
                    privacy_reviewed_on=None,
                ),
                Account(
                    id=5,
                    platform="tiktok",
                    handle="old",
                    active=False,
                    password_changed_on=days_ago(400),
                ),
            ]
        )
    reader = FastReader(workspace.workspace.db_path)
    yield reader
    reader.close()


def test_reminders_on_the_dashboard(reader: FastReader) -> None:
    figures = DashboardService(reader, "Asia/Amman").figures(NOW)
    assert figures.today == TODAY
    assert figures.reminders == (
        AccountReminder("rotation_overdue", 3, "instagram", "culture.jo", days_ago(1)),
        AccountReminder("privacy_review", 4, "youtube", "tube", TODAY),
        AccountReminder("rotation_due", 1, "facebook", "page", TODAY + dt.timedelta(days=14)),
        AccountReminder("privacy_review", 2, "x", "culture_jo", TODAY + dt.timedelta(days=14)),
    )


def test_no_accounts_no_reminders(workspace: OpenWorkspace) -> None:
    reader = FastReader(workspace.workspace.db_path)
    try:
        assert DashboardService(reader, "UTC").figures(NOW).reminders == ()
    finally:
        reader.close()


def test_reader_rows(reader: FastReader) -> None:
    rows = reader.account_reminder_rows()
    assert [r[0] for r in rows] == [1, 2, 3, 4]  # inactive left out
    assert rows[2] == (3, "instagram", "culture.jo", days_ago(31), 30, days_ago(1))
    assert rows[3][3] is None and rows[3][5] is None
