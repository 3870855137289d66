"""Compromised-account incidents worked through the playbook."""

from __future__ import annotations

import datetime as dt

import pytest

from app.core.accounts import PLAYBOOK_KEYS
from app.services.accounts import AccountFields, AccountService, workspace_secret_store
from app.services.incidents import IncidentError, IncidentService
from app.services.workspace import OpenWorkspace

T0 = dt.datetime(2026, 11, 24, 10, 0, tzinfo=dt.UTC)


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def setup(workspace: OpenWorkspace) -> tuple[IncidentService, Clock, int]:
    accounts = AccountService(
        workspace.sessions, workspace_secret_store(workspace.sessions), timezone="UTC"
    )
    account = accounts.create(AccountFields(platform="x", handle="culture_jo"))
    clock = Clock()
    return IncidentService(workspace.sessions, clock), clock, account.id


def test_start_creates_the_playbook(setup) -> None:  # type: ignore[no-untyped-def]
    incidents, _, account = setup
    info = incidents.start(account, "  posts we did not write  ")
    assert info.account_id == account and info.is_open
    assert info.started_at == T0 and info.summary == "posts we did not write"
    assert tuple(s.key for s in info.steps) == PLAYBOOK_KEYS
    assert [s.position for s in info.steps] == list(range(len(PLAYBOOK_KEYS)))
    assert all(s.done_at is None and s.note == "" for s in info.steps)
    assert info.steps[0].title == "Report to IT at once"


def test_steps_are_ticked_with_time_and_note(setup) -> None:  # type: ignore[no-untyped-def]
    incidents, clock, account = setup
    info = incidents.start(account)
    clock.now = T0 + dt.timedelta(minutes=5)
    info = incidents.mark_step(info.id, "report_it", "called the IT desk, ticket 4411")
    step = info.steps[0]
    assert (
        step.done and step.done_at == clock.now and step.note == "called the IT desk, ticket 4411"
    )
    assert info.steps_done == 1
    info = incidents.mark_step(info.id, "report_it", "wrong account", done=False)
    assert info.steps[0].done_at is None and info.steps[0].note == "wrong account"
    with pytest.raises(IncidentError, match="unknown step"):
        incidents.mark_step(info.id, "pray")
    assert incidents.get(info.id) == info


def test_close_needs_lessons_learned_then_freezes(setup) -> None:  # type: ignore[no-untyped-def]
    incidents, clock, account = setup
    info = incidents.start(account)
    for empty in ("", "   "):
        with pytest.raises(IncidentError, match="lessons-learned"):
            incidents.close(info.id, empty)
    assert incidents.get(info.id).is_open
    clock.now = T0 + dt.timedelta(hours=3)
    closed = incidents.close(info.id, "Turn on 2FA for every admin.")
    assert closed.closed_at == clock.now and not closed.is_open
    assert closed.lessons_learned == "Turn on 2FA for every admin."
    assert closed.steps[-1].key == "lessons_learned" and closed.steps[-1].done_at == clock.now
    with pytest.raises(IncidentError, match="closed"):
        incidents.mark_step(info.id, "report_it")
    with pytest.raises(IncidentError, match="closed"):
        incidents.close(info.id, "again")
    assert incidents.get(info.id) == closed


def test_listed_per_account_newest_first(setup, workspace: OpenWorkspace) -> None:  # type: ignore[no-untyped-def]
    incidents, clock, account = setup
    accounts = AccountService(
        workspace.sessions, workspace_secret_store(workspace.sessions), timezone="UTC"
    )
    other = accounts.create(AccountFields(platform="facebook", handle="page")).id
    first = incidents.start(account, "first")
    clock.now = T0 + dt.timedelta(days=1)
    second = incidents.start(account, "second")
    elsewhere = incidents.start(other, "elsewhere")
    assert [i.id for i in incidents.list_for(account)] == [second.id, first.id]
    assert [i.id for i in incidents.list_for(other)] == [elsewhere.id]
    incidents.close(first.id, "lesson")
    assert [i.id for i in incidents.open_incidents()] == [second.id, elsewhere.id]


def test_unknown_account_or_incident(setup) -> None:  # type: ignore[no-untyped-def]
    incidents, _, _ = setup
    with pytest.raises(IncidentError, match="no account"):
        incidents.start(999)
    with pytest.raises(IncidentError, match="no incident"):
        incidents.get(999)
    with pytest.raises(IncidentError, match="no incident"):
        incidents.mark_step(999, "report_it")
