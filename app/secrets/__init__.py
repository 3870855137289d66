"""The credential vault: account passwords and 2FA secrets in the operating system's keyring."""

from app.secrets.store import (
    KeyringSecretStore,
    SecretStore,
    VaultStatus,
    password_key,
    service_name,
    totp_key,
)

__all__ = [
    "KeyringSecretStore",
    "SecretStore",
    "VaultStatus",
    "password_key",
    "service_name",
    "totp_key",
]
