"""Official accounts: their records in the database, their secrets in the vault.

The database holds the account (platform, handle, administrators, dates, notes); the password and
the 2FA secret go to the :class:`app.secrets.store.SecretStore` the service is given, and nowhere
else. When the vault is unavailable the records still work; reading or changing a secret raises
:class:`app.errors.VaultUnavailable`, and deleting an account is refused (its secrets would be
left behind).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple
from zoneinfo import ZoneInfo

from app.core import accounts as rules
from app.core.domain import Platform
from app.core.totp import TotpSecret, current_code, parse_totp_secret
from app.errors import BayanError, VaultUnavailable
from app.secrets.store import (
    KeyringSecretStore,
    SecretStore,
    VaultStatus,
    password_key,
    service_name,
    totp_key,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from app.services.workspace import OpenWorkspace
    from app.store.models import Account

ROTATION_DAYS_KEY = "accounts.rotation_days"  # the workspace's default for new accounts
MAX_PASSWORD_CHARS = 1024
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


class AccountError(BayanError):
    """Something about an account the officer can act on."""

    kind = "account"


class AccountNotFound(AccountError):
    kind = "account_not_found"

    def __init__(self, account_id: int) -> None:
        self.account_id = account_id
        super().__init__(f"there is no account {account_id}")


class AccountInvalid(AccountError):
    """A field has a value an account cannot take; nothing was changed."""

    kind = "account_invalid"


class AdminInfo(NamedTuple):
    name: str
    role: str = ""
    full_rights: bool = False
    outside_agency: bool = False


@dataclass(frozen=True)
class AccountFields:
    """What the officer edits. ``rotation_days=None`` takes the workspace's default (90)."""

    platform: str
    handle: str
    url: str = ""
    official_email: str = ""
    verified: bool = False
    two_factor_enabled: bool = False
    active: bool = True
    premium: bool = False
    password_changed_on: dt.date | None = None
    rotation_days: int | None = None
    privacy_reviewed_on: dt.date | None = None
    notes: str = ""
    administrators: tuple[AdminInfo, ...] = field(default=())


class AccountSummary(NamedTuple):
    id: int
    platform: str
    handle: str
    url: str
    official_email: str
    verified: bool
    two_factor_enabled: bool
    active: bool
    premium: bool
    password_changed_on: dt.date | None
    rotation_days: int
    next_rotation_due: dt.date | None
    privacy_reviewed_on: dt.date | None
    notes: str
    administrators: tuple[AdminInfo, ...]
    warnings: tuple[str, ...]  # codes from app.core.accounts.WARNING_CODES
    has_password: bool | None  # None: the vault is unavailable, so unknown
    has_totp: bool | None


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def workspace_secret_store(sessions: sessionmaker[Session]) -> KeyringSecretStore:
    """The keyring store of this workspace (service ``Bayan/<workspace uid>``)."""
    from app.services.settings import ensure_workspace_uid

    return KeyringSecretStore(service_name(ensure_workspace_uid(sessions)))


def open_account_service(
    opened: OpenWorkspace,
    clock: Callable[[], dt.datetime] = _utc_now,
    timezone: str | None = None,
) -> AccountService:
    """The account service of an open workspace, on the operating system's keyring.
    ``timezone`` (IANA name) defaults to the workspace's setting."""
    return AccountService(opened.sessions, workspace_secret_store(opened.sessions), clock, timezone)


class AccountService:
    """``clock`` returns the aware UTC now; "today" is the date in the workspace's time zone."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        secrets: SecretStore,
        clock: Callable[[], dt.datetime] = _utc_now,
        timezone: str | None = None,
    ) -> None:
        self._sessions = sessions
        self._secrets = secrets
        self._clock = clock
        self._timezone = timezone

    def __repr__(self) -> str:
        return f"AccountService(secrets={self._secrets!r})"

    # --- time and settings ---------------------------------------------------------------------

    def today(self) -> dt.date:
        if self._timezone is None:
            from app.services.settings import SettingsService

            self._timezone = SettingsService(self._sessions).timezone()
        return self._clock().astimezone(ZoneInfo(self._timezone)).date()

    def default_rotation_days(self) -> int:
        from app.services.settings import SettingsService

        value = SettingsService(self._sessions).get(ROTATION_DAYS_KEY)
        if (
            isinstance(value, int)
            and not isinstance(value, bool)
            and rules.MIN_ROTATION_DAYS <= value <= rules.MAX_ROTATION_DAYS
        ):
            return value
        return rules.DEFAULT_ROTATION_DAYS

    def set_default_rotation_days(self, days: int) -> None:
        _check_rotation_days(days)
        from app.services.settings import SettingsService

        SettingsService(self._sessions).set(ROTATION_DAYS_KEY, days)

    # --- the vault -----------------------------------------------------------------------------

    def vault_status(self) -> VaultStatus:
        return self._secrets.status()

    # --- records -------------------------------------------------------------------------------

    def list(self) -> list[AccountSummary]:
        """Every account, by platform then handle."""
        from sqlalchemy import select
        from sqlalchemy.orm import selectinload

        from app.store.models import Account

        today = self.today()
        vault_ok = self._secrets.status().available
        with self._sessions() as session:
            rows = session.scalars(
                select(Account)
                .options(selectinload(Account.administrators))
                .order_by(Account.platform, Account.handle, Account.id)
            ).all()
            return [self._summary(row, today, vault_ok) for row in rows]

    def get(self, account_id: int) -> AccountSummary:
        today = self.today()
        vault_ok = self._secrets.status().available
        with self._sessions() as session:
            return self._summary(self._account(session, account_id), today, vault_ok)

    def create(self, fields: AccountFields) -> AccountSummary:
        from app.store.models import Account

        self._validate(fields)
        with self._sessions.begin() as session:
            row = Account()
            self._apply(row, fields)
            session.add(row)
            session.flush()
            new_id = row.id
        return self.get(new_id)

    def update(self, account_id: int, fields: AccountFields) -> AccountSummary:
        self._validate(fields)
        with self._sessions.begin() as session:
            self._apply(self._account(session, account_id), fields)
        return self.get(account_id)

    def delete(self, account_id: int) -> None:
        """Remove the account, its administrators, incidents and secrets. Refused while the vault
        is unavailable (the secrets would be left behind) or when metrics refer to it (mark it
        inactive instead, so the history stays)."""
        from sqlalchemy import func, select

        from app.store.models import MonthlyMetric, PostMetric

        with self._sessions() as session:
            self._account(session, account_id)
            metrics = sum(
                session.scalar(
                    select(func.count()).select_from(model).where(model.account_id == account_id)
                )
                or 0
                for model in (MonthlyMetric, PostMetric)
            )
        if metrics:
            raise AccountError(
                f"account {account_id} has {metrics} metrics rows: mark it inactive instead of "
                "deleting it, so its history stays"
            )
        status = self._secrets.status()
        if not status.available:
            raise VaultUnavailable(
                f"{status.reason}; the account was not deleted, since its password and 2FA "
                "secret could not be removed with it"
            )
        self._secrets.delete(password_key(account_id))
        self._secrets.delete(totp_key(account_id))
        with self._sessions.begin() as session:
            session.delete(self._account(session, account_id))

    def mark_privacy_reviewed(self, account_id: int) -> AccountSummary:
        """The privacy and security settings were reviewed today (the quarterly reminder)."""
        today = self.today()
        with self._sessions.begin() as session:
            self._account(session, account_id).privacy_reviewed_on = today
        return self.get(account_id)

    # --- secrets -------------------------------------------------------------------------------

    def set_password(self, account_id: int, password: str) -> AccountSummary:
        """Keep the password in the vault and restart the rotation clock today."""
        if not isinstance(password, str) or not password:
            raise AccountInvalid("the password is empty")
        if len(password) > MAX_PASSWORD_CHARS:
            raise AccountInvalid(f"the password is longer than {MAX_PASSWORD_CHARS} characters")
        if "\x00" in password:
            raise AccountInvalid("the password holds a NUL character")
        self._exists(account_id)
        today = self.today()
        self._secrets.set(password_key(account_id), password)
        with self._sessions.begin() as session:
            self._account(session, account_id).password_changed_on = today
        return self.get(account_id)

    def password(self, account_id: int) -> str:
        """The stored password, for revealing or copying on demand."""
        self._exists(account_id)
        value = self._secrets.get(password_key(account_id))
        if value is None:
            raise AccountError(f"no password is stored for account {account_id}")
        return value

    def remove_password(self, account_id: int) -> None:
        self._exists(account_id)
        self._secrets.delete(password_key(account_id))

    def set_totp(self, account_id: int, text: str) -> TotpSecret:
        """Validate a pasted base32 key or ``otpauth://`` URI, then keep it in the vault.
        Bad input raises ``AccountInvalid`` and stores nothing."""
        try:
            secret = parse_totp_secret(text)
        except ValueError as exc:
            raise AccountInvalid(str(exc)) from None
        self._exists(account_id)
        self._secrets.set(totp_key(account_id), secret.to_uri())
        return secret

    def totp_secret(self, account_id: int) -> TotpSecret:
        self._exists(account_id)
        stored = self._secrets.get(totp_key(account_id))
        if stored is None:
            raise AccountError(f"no 2FA secret is stored for account {account_id}")
        try:
            return parse_totp_secret(stored)
        except ValueError:
            raise AccountError(
                f"the 2FA secret stored for account {account_id} cannot be read; paste it again"
            ) from None

    def totp_code(self, account_id: int) -> tuple[str, int]:
        """The current 2FA code and the seconds it stays valid."""
        return current_code(self.totp_secret(account_id), self._clock())

    def remove_totp(self, account_id: int) -> None:
        self._exists(account_id)
        self._secrets.delete(totp_key(account_id))

    # --- helpers -------------------------------------------------------------------------------

    def _exists(self, account_id: int) -> None:
        with self._sessions() as session:
            self._account(session, account_id)

    @staticmethod
    def _account(session: Session, account_id: int) -> Account:
        from app.store.models import Account

        row = session.get(Account, account_id) if isinstance(account_id, int) else None
        if row is None:
            raise AccountNotFound(account_id)
        return row

    def _validate(self, fields: AccountFields) -> None:
        if fields.platform not in {p.value for p in Platform}:
            raise AccountInvalid(
                f"unknown platform {str(fields.platform)[:40]!r}: choose one of "
                + ", ".join(p.value for p in Platform)
            )
        if not fields.handle.strip():
            raise AccountInvalid("the account needs a handle or page name")
        if len(fields.handle.strip()) > 200:
            raise AccountInvalid("the handle is longer than 200 characters")
        url = fields.url.strip()
        if url and not re.match(r"https?://\S+$", url):
            raise AccountInvalid("the URL must start with http:// or https:// and hold no spaces")
        if len(url) > 500:
            raise AccountInvalid("the URL is longer than 500 characters")
        email = fields.official_email.strip()
        if email and not _EMAIL.fullmatch(email):
            raise AccountInvalid(f"{email[:80]!r} is not an e-mail address")
        if fields.rotation_days is not None:
            _check_rotation_days(fields.rotation_days)
        for day in (fields.password_changed_on, fields.privacy_reviewed_on):
            if day is not None and (not isinstance(day, dt.date) or isinstance(day, dt.datetime)):
                raise AccountInvalid("dates must be calendar dates")
        today = self.today()
        for label, day in (
            ("password change", fields.password_changed_on),
            ("privacy review", fields.privacy_reviewed_on),
        ):
            if day is not None and day > today:
                raise AccountInvalid(f"the {label} date {day.isoformat()} is in the future")
        for admin in fields.administrators:
            if not admin.name.strip():
                raise AccountInvalid("every administrator needs a name")
            if len(admin.name.strip()) > 200 or len(admin.role.strip()) > 200:
                raise AccountInvalid(
                    "an administrator's name or role is longer than 200 characters"
                )

    def _apply(self, row: Account, fields: AccountFields) -> None:
        from app.store.models import AccountAdministrator

        row.platform = fields.platform
        row.handle = fields.handle.strip()
        row.url = fields.url.strip()
        row.official_email = fields.official_email.strip()
        row.verified = bool(fields.verified)
        row.two_factor_enabled = bool(fields.two_factor_enabled)
        row.active = bool(fields.active)
        row.premium = bool(fields.premium)
        row.password_changed_on = fields.password_changed_on
        row.rotation_days = (
            fields.rotation_days
            if fields.rotation_days is not None
            else (row.rotation_days or self.default_rotation_days())
        )
        row.privacy_reviewed_on = fields.privacy_reviewed_on
        row.notes = fields.notes
        row.administrators = [
            AccountAdministrator(
                name=a.name.strip(),
                role=a.role.strip(),
                full_rights=bool(a.full_rights),
                outside_agency=bool(a.outside_agency),
            )
            for a in fields.administrators
        ]

    def _summary(self, row: Account, today: dt.date, vault_ok: bool) -> AccountSummary:
        admins = tuple(
            AdminInfo(a.name, a.role, a.full_rights, a.outside_agency)
            for a in sorted(row.administrators, key=lambda a: a.id or 0)
        )
        facts = facts_of(row)
        has_password = has_totp = None
        if vault_ok:
            try:
                has_password = self._secrets.get(password_key(row.id)) is not None
                has_totp = self._secrets.get(totp_key(row.id)) is not None
            except VaultUnavailable:
                has_password = has_totp = None
        return AccountSummary(
            id=row.id,
            platform=row.platform,
            handle=row.handle,
            url=row.url,
            official_email=row.official_email,
            verified=row.verified,
            two_factor_enabled=row.two_factor_enabled,
            active=row.active,
            premium=row.premium,
            password_changed_on=row.password_changed_on,
            rotation_days=row.rotation_days,
            next_rotation_due=rules.rotation_due(row.password_changed_on, row.rotation_days),
            privacy_reviewed_on=row.privacy_reviewed_on,
            notes=row.notes,
            administrators=admins,
            warnings=tuple(rules.guideline_warnings(facts, today)),
            has_password=has_password,
            has_totp=has_totp,
        )


def facts_of(row: Account) -> rules.AccountFacts:
    return rules.AccountFacts(
        account_id=row.id,
        official_email=row.official_email or "",
        two_factor_enabled=bool(row.two_factor_enabled),
        password_changed_on=row.password_changed_on,
        rotation_days=row.rotation_days or rules.DEFAULT_ROTATION_DAYS,
        administrators=tuple(
            rules.AdminFacts(a.name, a.role, a.full_rights, a.outside_agency)
            for a in row.administrators
        ),
        privacy_reviewed_on=row.privacy_reviewed_on,
        active=bool(row.active),
    )


def _check_rotation_days(days: object) -> None:
    if isinstance(days, bool) or not isinstance(days, int):
        raise AccountInvalid("the rotation interval must be a whole number of days")
    if not rules.MIN_ROTATION_DAYS <= days <= rules.MAX_ROTATION_DAYS:
        raise AccountInvalid(
            f"the rotation interval must be {rules.MIN_ROTATION_DAYS} to "
            f"{rules.MAX_ROTATION_DAYS} days"
        )
