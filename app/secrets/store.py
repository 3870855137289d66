"""One interface to the secrets of a workspace, and its implementation on the ``keyring`` package.

Everything is kept under one keyring service per workspace (``Bayan/<workspace uid>``) with keys
``account/<id>/password``, ``account/<id>/totp`` and ``approver/<id>/totp`` (sealed under the
approver's passphrase). When no backend works — keyring's fail backend, a locked collection, no
D-Bus, any backend error — calls raise
:class:`app.errors.VaultUnavailable` with a reason; nothing ever falls back to plain text, and no
message, log line or ``repr`` carries a secret.
"""

from __future__ import annotations

import logging
from typing import NamedTuple, Protocol, runtime_checkable

from app.errors import VaultUnavailable

log = logging.getLogger(__name__)

PROBE_KEY = "bayan/probe"  # read, never written, by status()
MASK = "***"


def service_name(workspace_uid: str) -> str:
    return f"Bayan/{workspace_uid}"


def password_key(account_id: int) -> str:
    return f"account/{account_id}/password"


def totp_key(account_id: int) -> str:
    return f"account/{account_id}/totp"


def approver_key(approver_id: int) -> str:
    """An approver's TOTP secret, sealed under their passphrase (:mod:`app.secrets.sealed`)."""
    return f"approver/{approver_id}/totp"


class VaultStatus(NamedTuple):
    available: bool
    reason: str  # "" when available; otherwise why, in one English line
    backend: str  # the keyring backend's class, e.g. "keyring.backends.SecretService.Keyring"


@runtime_checkable
class SecretStore(Protocol):
    """What services need from a vault. Every method may raise ``VaultUnavailable``."""

    def get(self, key: str) -> str | None: ...

    def set(self, key: str, value: str) -> None: ...

    def delete(self, key: str) -> None:
        """Remove ``key``; nothing happens when there is no such secret."""
        ...

    def status(self) -> VaultStatus:
        """Whether the vault works, found without writing anything; never raises."""
        ...


def _backend_name(backend: object) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def _reason(exc: BaseException, *secrets: str) -> str:
    """One line about a backend failure, with any secret that leaked into it masked."""
    from keyring.errors import InitError, KeyringLocked, NoKeyringError

    text = " ".join(str(exc).split())
    for secret in secrets:
        if secret:
            text = text.replace(secret, MASK)
    if isinstance(exc, NoKeyringError):
        return (
            "no keyring backend is available (install and start a Secret Service, e.g. "
            "GNOME Keyring or KWallet)"
        )
    if isinstance(exc, KeyringLocked):
        return f"the keyring is locked{': ' + text if text else ''}"
    if isinstance(exc, InitError):
        return f"the keyring could not be opened or unlocked{': ' + text if text else ''}"
    detail = f"{type(exc).__name__}: {text}" if text else type(exc).__name__
    return f"the keyring failed ({detail[:300]})"


class KeyringSecretStore:
    """Secrets under one keyring ``service``, through whatever backend ``keyring`` picked."""

    def __init__(self, service: str) -> None:
        if not service:
            raise ValueError("a keyring service name is needed")
        self.service = service

    def __repr__(self) -> str:
        return f"KeyringSecretStore(service={self.service!r})"

    def _backend(self):  # type: ignore[no-untyped-def]
        import keyring
        from keyring.backends import fail

        try:
            backend = keyring.get_keyring()
        except Exception as exc:
            raise VaultUnavailable(_reason(exc)) from None
        if isinstance(backend, fail.Keyring):
            raise VaultUnavailable(
                "no keyring backend is available (install and start a Secret Service, e.g. "
                "GNOME Keyring or KWallet)"
            )
        if getattr(backend, "backends", None) == []:  # a chainer with nothing to chain
            raise VaultUnavailable("no keyring backend is available")
        return backend

    def get(self, key: str) -> str | None:
        backend = self._backend()
        try:
            return backend.get_password(self.service, key)
        except Exception as exc:
            raise VaultUnavailable(_reason(exc)) from None

    def set(self, key: str, value: str) -> None:
        if not isinstance(value, str) or not value:
            raise ValueError("an empty secret cannot be stored")
        backend = self._backend()
        try:
            backend.set_password(self.service, key, value)
        except Exception as exc:
            raise VaultUnavailable(_reason(exc, value)) from None
        log.info("secret %s stored in %s", key, self.service)

    def delete(self, key: str) -> None:
        backend = self._backend()
        try:
            if backend.get_password(self.service, key) is None:
                return
            backend.delete_password(self.service, key)
        except Exception as exc:
            raise VaultUnavailable(_reason(exc)) from None
        log.info("secret %s removed from %s", key, self.service)

    def status(self) -> VaultStatus:
        try:
            backend = self._backend()
        except VaultUnavailable as exc:
            import keyring

            try:
                name = _backend_name(keyring.get_keyring())
            except Exception:
                name = ""
            return VaultStatus(False, exc.reason, name)
        name = _backend_name(backend)
        try:
            priority = backend.priority
        except Exception as exc:
            return VaultStatus(False, _reason(exc), name)
        if priority is not None and priority <= 0:
            return VaultStatus(False, f"the keyring backend {name} is not usable", name)
        try:
            backend.get_password(self.service, PROBE_KEY)
        except Exception as exc:
            return VaultStatus(False, _reason(exc), name)
        return VaultStatus(True, "", name)
