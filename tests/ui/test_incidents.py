""""Account compromised": an incident with the playbook steps, times, notes, lessons."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QInputDialog

from app.core.accounts import PLAYBOOK_KEYS
from app.services.accounts import AccountFields
from tests.ui.test_accounts_page import open_page


@pytest.fixture
def page(launch, workspace, monkeypatch):  # type: ignore[no-untyped-def]
    from app.secrets.store import KeyringSecretStore
    from app.services.accounts import AccountService

    AccountService(workspace.sessions, KeyringSecretStore("unused")).create(
        AccountFields(platform="x", handle="@Demo")
    )
    workspace.close()
    monkeypatch.setattr(
        QInputDialog, "getMultiLineText", lambda *a, **k: ("Strange posts at night", True)
    )
    return open_page(launch, workspace.workspace.root)


def test_compromised_starts_an_incident_worked_through_and_closed(page) -> None:  # type: ignore[no-untyped-def]
    assert page.no_incidents.isVisibleTo(page)
    page.compromised_button.click()
    assert len(page.incident_windows) == 1
    window = next(iter(page.incident_windows.values()))
    assert window.isVisible()
    assert [row.key for row in window.steps] == list(PLAYBOOK_KEYS)
    assert "Strange posts at night" in window.summary.text()
    assert page.incidents.rowCount() == 1 and page.incidents.item(0, 1).text() == "Open"

    first = window.steps[0]
    assert first.when.text() == "Not done yet"
    first.note.setText("Called Fadi in IT")
    first.note.editingFinished.emit()
    first.check.setChecked(True)
    assert first.when.text().startswith("Done ")
    stored = page.incident_service.get(window.incident_id).steps[0]
    assert stored.done_at is not None and stored.note == "Called Fadi in IT"
    first.check.setChecked(False)
    assert first.when.text() == "Not done yet"
    assert page.incident_service.get(window.incident_id).steps[0].done_at is None
    first.check.setChecked(True)

    window.close_incident()  # no lessons yet
    assert window.message.isVisibleTo(window)
    assert page.incident_service.get(window.incident_id).closed_at is None
    window.lessons_edit.setPlainText("Two admins now use hardware keys.")
    window.close_incident()
    incident = page.incident_service.get(window.incident_id)
    assert incident.closed_at is not None
    assert incident.lessons_learned == "Two admins now use hardware keys."
    assert window.status.text().startswith("Status: closed")
    assert not window.close_incident_button.isEnabled()
    assert not first.check.isEnabled()
    assert page.incidents.item(0, 1).text().startswith("Closed")


def test_incidents_listed_per_account_and_reopened(page) -> None:  # type: ignore[no-untyped-def]
    page.compromised_button.click()
    window = next(iter(page.incident_windows.values()))
    window.close()
    window.reject()
    assert page.incident_windows == {}
    page.incidents.setCurrentCell(0, 0)
    again = page.open_incident()
    assert again is not None and again.incident_id == window.incident_id
