"""Workspace settings: the UI language, the time zone and the platform limits, validated."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from app.core.limits import DEFAULT_LIMITS, PlatformLimits, limits_from_settings
from app.core.limits import SETTING_KEY as LIMITS_KEY
from app.core.timezones import is_valid, system_timezone_name
from app.errors import BayanError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

LANGUAGE_KEY = "ui.language"
WORKSPACE_UID_KEY = "workspace.uid"  # a short random id: iCalendar UIDs, the keyring service
TIMEZONE_KEY = "timezone"
LANGUAGES = ("ar", "en")
DEFAULT_LANGUAGE = "ar"  # Arabic first (SPEC §3)

log = logging.getLogger(__name__)


def workspace_uid(sessions: sessionmaker[Session]) -> tuple[str, bool]:
    """This workspace's short id, and whether it is new (not stored yet: the caller keeps it
    with :func:`keep_workspace_uid` once whatever uses it is written)."""
    import uuid

    value = SettingsService(sessions).get(WORKSPACE_UID_KEY)
    if isinstance(value, str) and value:
        return value, False
    return uuid.uuid4().hex[:12], True


def keep_workspace_uid(sessions: sessionmaker[Session], value: str) -> None:
    SettingsService(sessions).set(WORKSPACE_UID_KEY, value)


def ensure_workspace_uid(sessions: sessionmaker[Session]) -> str:
    """This workspace's short id, made and stored the first time it is asked for."""
    value, new = workspace_uid(sessions)
    if new:
        keep_workspace_uid(sessions, value)
    return value


class SettingsService:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def get(self, key: str, default: Any = None) -> Any:
        from app.store.models import Setting

        with self._sessions() as session:
            row = session.get(Setting, key)
            return default if row is None else row.value

    def set(self, key: str, value: Any) -> None:
        from app.store.models import Setting

        with self._sessions.begin() as session:
            row = session.get(Setting, key)
            if row is None:
                session.add(Setting(key=key, value=value))
            else:
                row.value = value

    def language(self) -> str:
        value = self.get(LANGUAGE_KEY)
        return value if value in LANGUAGES else DEFAULT_LANGUAGE

    def set_language(self, language: str) -> None:
        if language not in LANGUAGES:
            raise BayanError(f"unknown language {language!r}: choose one of {', '.join(LANGUAGES)}")
        self.set(LANGUAGE_KEY, language)

    def timezone(self) -> str:
        value = self.get(TIMEZONE_KEY)
        return value if isinstance(value, str) and is_valid(value) else system_timezone_name()

    def set_timezone(self, name: str) -> None:
        name = name.strip()
        if not is_valid(name):
            raise BayanError(f"unknown time zone {name!r}: use a name such as Asia/Amman")
        self.set(TIMEZONE_KEY, name)

    def platform_limits(self) -> PlatformLimits:
        """The platform limits: the defaults with the workspace's overrides applied."""
        with self._sessions() as session:
            return read_platform_limits(session)

    def set_platform_limits(self, values: Mapping[str, Any]) -> PlatformLimits:
        """Store ``values`` (limit name -> positive whole number) over the defaults.

        A name left out goes back to its default. Bad input raises BayanError naming the limit,
        and nothing is stored.
        """
        try:
            limits = limits_from_settings(values)
        except ValueError as exc:
            raise BayanError(str(exc)) from None
        self.set(LIMITS_KEY, limits.to_settings())
        return limits


def read_platform_limits(session: Session) -> PlatformLimits:
    """The workspace's table of platform limits (checklist §3) as edited in Settings.

    Overrides that no longer validate (written by hand, or by a version that knew other names)
    are logged and ignored rather than stopping the editor or a submission.
    """
    from app.store.models import Setting

    row = session.get(Setting, LIMITS_KEY)
    try:
        return limits_from_settings(row.value if row is not None else None)
    except ValueError as exc:
        log.warning("ignoring the stored platform limits: %s", exc)
        return DEFAULT_LIMITS
