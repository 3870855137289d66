"""The vault on a real Secret Service (gnome-keyring under ``dbus-run-session``).

``make test`` runs this module inside an isolated D-Bus session with an unlocked keyring
(``tools/test-with-keyring.sh``, which sets ``BAYAN_TEST_KEYRING=isolated``); anywhere else it
is skipped with the reason, so a developer's own keyring is never used: the test command gives
the session its own HOME.
"""

from __future__ import annotations

import datetime as dt
import os

import pyotp
import pytest

pytestmark = pytest.mark.real_keyring

PASSWORD = "Real-Keyring-P4ss!ـكلمة"
CHANGED = "Changed-Keyring-P4ss?2"
KEY = pyotp.random_base32()


@pytest.fixture
def secret_service():  # type: ignore[no-untyped-def]
    if os.environ.get("BAYAN_TEST_KEYRING") != "isolated":
        pytest.skip(
            "needs the private gnome-keyring session that `make test` starts "
            "(tools/test-with-keyring.sh); gnome-keyring or dbus-run-session is not available"
        )
    import keyring
    from keyring.backends import SecretService

    backend = SecretService.Keyring()
    try:
        backend.priority  # noqa: B018 (raises when no Secret Service answers)
    except Exception as exc:
        pytest.skip(f"no Secret Service on this D-Bus session: {exc}")
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def test_store_read_change_delete_through_the_app(secret_service, workspace, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from app.logs import log_dir, setup_file_logging
    from app.services.accounts import AccountFields, AdminInfo, open_account_service
    from app.services.backup import create_backup
    from tests.services.test_accounts import files_holding

    setup_file_logging()
    service = open_account_service(workspace, timezone="UTC")
    status = service.vault_status()
    assert status.available, status.reason
    assert "SecretService" in status.backend
    store_service = service._secrets.service  # type: ignore[attr-defined]

    made = service.create(
        AccountFields(
            platform="instagram",
            handle="culture.jo",
            official_email="media@culture.gov.jo",
            two_factor_enabled=True,
            administrators=(AdminInfo("Huda", "", True), AdminInfo("Omar", "", True)),
        )
    )
    # store and read
    service.set_password(made.id, PASSWORD)
    assert secret_service.get_password(store_service, f"account/{made.id}/password") == PASSWORD
    assert service.password(made.id) == PASSWORD
    assert service.get(made.id).password_changed_on == service.today()
    service.set_totp(made.id, f"otpauth://totp/Culture:press?secret={KEY}&issuer=Culture")
    code, left = service.totp_code(made.id)
    assert code == pyotp.TOTP(KEY).now() or code == pyotp.TOTP(KEY).at(
        dt.datetime.now(dt.UTC) - dt.timedelta(seconds=1)
    )
    assert 1 <= left <= 30
    summary = service.get(made.id)
    assert (summary.has_password, summary.has_totp) == (True, True)
    create_backup(workspace.workspace, "real keyring test")

    # change
    service.set_password(made.id, CHANGED)
    assert service.password(made.id) == CHANGED
    other_key = pyotp.random_base32()
    service.set_totp(made.id, other_key)
    assert service.totp_code(made.id)[0] in {
        pyotp.TOTP(other_key).now(),
        pyotp.TOTP(other_key).at(dt.datetime.now(dt.UTC) - dt.timedelta(seconds=1)),
    }

    # delete
    service.remove_totp(made.id)
    assert service.get(made.id).has_totp is False
    service.delete(made.id)
    assert secret_service.get_password(store_service, f"account/{made.id}/password") is None
    assert secret_service.get_password(store_service, f"account/{made.id}/totp") is None
    assert service.list() == []

    workspace.engine.dispose()
    needles = [PASSWORD, CHANGED, KEY, other_key]
    assert files_holding([workspace.workspace.root, log_dir(), tmp_path], needles) == []
