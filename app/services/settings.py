"""Workspace settings: the UI language and the workspace's time zone, with validation."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app.core.timezones import is_valid, system_timezone_name
from app.errors import BayanError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

LANGUAGE_KEY = "ui.language"
TIMEZONE_KEY = "timezone"
LANGUAGES = ("ar", "en")
DEFAULT_LANGUAGE = "ar"  # Arabic first (SPEC §3)


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
