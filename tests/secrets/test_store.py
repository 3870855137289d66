"""The keyring secret store: round trips, and every way a keyring can fail without leaking."""

from __future__ import annotations

import logging

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import InitError, KeyringLocked, PasswordSetError

from app.errors import VaultUnavailable
from app.secrets.store import (
    PROBE_KEY,
    KeyringSecretStore,
    SecretStore,
    password_key,
    service_name,
    totp_key,
)

SECRET = "S3cret-Ωمرور-42!"


def test_keys_and_service_names() -> None:
    assert service_name("ab12cd34ef56") == "Bayan/ab12cd34ef56"
    assert password_key(7) == "account/7/password"
    assert totp_key(7) == "account/7/totp"


def test_round_trip_under_its_own_service(memory_keyring) -> None:  # type: ignore[no-untyped-def]
    store = KeyringSecretStore("Bayan/one")
    other = KeyringSecretStore("Bayan/two")
    assert isinstance(store, SecretStore)
    assert store.get("account/1/password") is None
    store.set("account/1/password", SECRET)
    assert store.get("account/1/password") == SECRET
    assert other.get("account/1/password") is None
    assert memory_keyring.items == {("Bayan/one", "account/1/password"): SECRET}
    store.set("account/1/password", "changed")
    assert store.get("account/1/password") == "changed"
    store.delete("account/1/password")
    assert store.get("account/1/password") is None
    store.delete("account/1/password")  # nothing there: no error
    assert memory_keyring.items == {}


def test_status_probes_without_writing(memory_keyring) -> None:  # type: ignore[no-untyped-def]
    status = KeyringSecretStore("Bayan/one").status()
    assert status.available and status.reason == ""
    assert status.backend.endswith("MemoryKeyring")
    assert memory_keyring.items == {}


def test_empty_secret_refused(memory_keyring) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError):
        KeyringSecretStore("Bayan/one").set("k", "")
    assert memory_keyring.items == {}


def test_fail_backend_makes_the_vault_unavailable() -> None:
    keyring.set_keyring(fail.Keyring())
    store = KeyringSecretStore("Bayan/one")
    status = store.status()
    assert not status.available
    assert "no keyring backend" in status.reason
    assert status.backend == "keyring.backends.fail.Keyring"
    for call in (lambda: store.get("k"), lambda: store.set("k", SECRET), lambda: store.delete("k")):
        with pytest.raises(VaultUnavailable, match="no keyring backend"):
            call()


class Broken(KeyringBackend):
    """A backend that fails the way real ones do, quoting what it was given."""

    priority = 1  # type: ignore[assignment]

    def __init__(self, error: Exception) -> None:
        super().__init__()
        self.error = error

    def get_password(self, service: str, username: str) -> str | None:
        raise self.error

    def set_password(self, service: str, username: str, password: str) -> None:
        raise type(self.error)(f"{self.error} while storing {password}")

    def delete_password(self, service: str, username: str) -> None:
        raise self.error


@pytest.mark.parametrize(
    ("error", "reason"),
    [
        (KeyringLocked("Failed to unlock the collection!"), "locked"),
        (InitError("Failed to unlock the keyring: Prompt dismissed"), "could not be opened"),
        (PasswordSetError("Failed to store"), "keyring failed"),
        (RuntimeError("org.freedesktop.DBus.Error.ServiceUnknown"), "ServiceUnknown"),
        (ConnectionRefusedError("no D-Bus session bus"), "D-Bus"),
    ],
)
def test_backend_errors_become_vault_unavailable_without_the_secret(
    error: Exception, reason: str, caplog: pytest.LogCaptureFixture
) -> None:
    keyring.set_keyring(Broken(error))
    store = KeyringSecretStore("Bayan/one")
    caplog.set_level(logging.DEBUG)
    status = store.status()
    assert not status.available and reason in status.reason
    with pytest.raises(VaultUnavailable, match=reason):
        store.get("k")
    with pytest.raises(VaultUnavailable) as caught:
        store.set("k", SECRET)
    assert SECRET not in str(caught.value) and SECRET not in repr(caught.value)
    assert "***" in str(caught.value)
    assert caught.value.__cause__ is None and caught.value.__suppress_context__
    assert SECRET not in caplog.text


def test_the_probe_key_is_only_read(memory_keyring) -> None:  # type: ignore[no-untyped-def]
    seen = []
    original = memory_keyring.get_password
    memory_keyring.get_password = lambda s, u: seen.append((s, u)) or original(s, u)
    KeyringSecretStore("Bayan/one").status()
    assert seen == [("Bayan/one", PROBE_KEY)]
    assert memory_keyring.items == {}


def test_repr_has_no_secret(memory_keyring) -> None:  # type: ignore[no-untyped-def]
    store = KeyringSecretStore("Bayan/one")
    store.set("k", SECRET)
    assert SECRET not in repr(store)
