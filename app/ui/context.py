"""What the windows share: the open workspace, its readers and services, the language."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from app.services.dashboard import DashboardService
from app.services.workspace import OpenWorkspace
from app.store.fastread import FastReader
from app.store.workspace import Workspace
from app.ui.i18n import LanguageManager

if TYPE_CHECKING:
    from app.services.settings import SettingsService


@dataclass
class AppContext:
    workspace: Workspace
    reader: FastReader
    languages: LanguageManager
    timezone: str
    opened: OpenWorkspace = field(init=False)
    _settings: SettingsService | None = field(default=None, init=False)

    def __post_init__(self) -> None:
        # The ORM engine is made on first use, so start-up needs no SQLAlchemy.
        self.opened = OpenWorkspace(self.workspace)

    @property
    def settings(self) -> SettingsService:
        if self._settings is None:
            from app.services.settings import SettingsService

            self._settings = SettingsService(self.opened.sessions)
        return self._settings

    def dashboard(self) -> DashboardService:
        return DashboardService(self.reader, self.timezone)

    def close(self) -> None:
        self.reader.close()
        self.opened.close()
