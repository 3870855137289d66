"""What the windows share: the open workspace, its readers and services, the language."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from app.services.dashboard import DashboardService
from app.services.workspace import OpenWorkspace
from app.store.fastread import FastReader
from app.store.workspace import Workspace
from app.ui.i18n import LanguageManager

if TYPE_CHECKING:
    from app.services.accounts import AccountService
    from app.services.approvals import ApprovalService
    from app.services.archive import ArchiveService
    from app.services.audit import AuditLog
    from app.services.incidents import IncidentService
    from app.services.inquiries import InquiryService
    from app.services.metrics import MetricsService
    from app.services.organisation import OrganisationService
    from app.services.posts import PostService
    from app.services.publication import PublicationService
    from app.services.settings import SettingsService
    from app.store.lock import WorkspaceLock


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class AppContext:
    def __init__(
        self,
        workspace: Workspace,
        reader: FastReader,
        languages: LanguageManager,
        timezone: str,
        lock: WorkspaceLock | None = None,
    ) -> None:
        self.workspace = workspace
        self.reader = reader
        self.languages = languages
        self.timezone = timezone
        self.lock = lock  # this window's hold on the workspace, released on close
        # The ORM engine is made on first use, so start-up needs no SQLAlchemy.
        self.opened = OpenWorkspace(workspace)
        self._settings: SettingsService | None = None
        self._accounts: AccountService | None = None
        self._approvals: ApprovalService | None = None
        # "Now" for the pages that count time (the inquiry queue's deadlines); tests set a
        # fixed one.
        self.clock: Callable[[], dt.datetime] = _utc_now
        self.closed = False

    @property
    def english(self) -> bool:
        """Whether the interface is in English (names, dates and texts shown in English)."""
        return self.languages.language != "ar"

    @property
    def settings(self) -> SettingsService:
        if self._settings is None:
            from app.services.settings import SettingsService

            self._settings = SettingsService(self.opened.sessions)
        return self._settings

    def dashboard(self) -> DashboardService:
        return DashboardService(self.reader, self.timezone)

    def posts(self) -> PostService:
        """The posts' use cases (SQLAlchemy is imported on first use, not at start-up)."""
        from app.services.posts import PostService

        return PostService(self.opened.sessions, self.workspace.media_dir)

    def accounts(self) -> AccountService:
        """The official accounts' use cases, with this workspace's keyring service (built on
        first use: neither SQLAlchemy nor keyring is imported at start-up)."""
        if self._accounts is None:
            from app.services.accounts import AccountService, workspace_secret_store

            sessions = self.opened.sessions
            self._accounts = AccountService(
                sessions, workspace_secret_store(sessions), timezone=self.timezone
            )
        return self._accounts

    def approvals(self) -> ApprovalService:
        """Approvers and their signed decisions, with this workspace's keyring service (built
        on first use, like :meth:`accounts`)."""
        if self._approvals is None:
            from app.services.accounts import workspace_secret_store
            from app.services.approvals import ApprovalService, organisation_name
            from app.services.settings import ensure_workspace_uid

            sessions = self.opened.sessions
            self._approvals = ApprovalService(
                sessions,
                workspace_secret_store(sessions),
                ensure_workspace_uid(sessions),
                organisation=organisation_name(sessions, self.languages.language),
            )
        return self._approvals

    def incidents(self) -> IncidentService:
        """The compromised-account incidents' use cases."""
        from app.services.incidents import IncidentService

        return IncidentService(self.opened.sessions)

    def inquiries(self) -> InquiryService:
        """The inquiry and complaint log: inquiries, saved replies, response-time settings and
        the inquirers' personal data."""
        from app.services.inquiries import InquiryService

        return InquiryService(self.opened.sessions, clock=lambda: self.clock())

    def archive(self) -> ArchiveService:
        """The media archive: import, metadata, thumbnails (callable from a worker thread) and
        the institutional-memory export. Pillow is imported on first use."""
        from app.services.archive import ArchiveService

        return ArchiveService(
            self.opened.sessions,
            self.workspace.media_dir,
            self.workspace.cache_dir,
            clock=lambda: self.clock(),
            timezone=self.timezone,
        )

    def organisation(self) -> OrganisationService:
        """The organisation's names and logo, as the report's cover prints them."""
        from app.services.organisation import OrganisationService

        return OrganisationService(
            self.opened.sessions,
            self.workspace.media_dir,
            self.workspace.cache_dir,
            clock=lambda: self.clock(),
        )

    def metrics(self) -> MetricsService:
        """The plan's targets, the monthly figures and the dashboard's KPI figures."""
        from app.services.metrics import MetricsService

        return MetricsService(self.opened.sessions, clock=lambda: self.clock())

    def publication(self) -> PublicationService:
        """Publication records: the live posts' times and URLs, per platform."""
        from app.services.publication import PublicationService

        return PublicationService(self.opened.sessions)

    def audit(self) -> AuditLog:
        """The workspace's audit log: a post's trail, verifying the chain."""
        from app.services.audit import AuditLog

        return AuditLog(self.opened.sessions)

    def close(self) -> None:
        self.closed = True  # late timers (the dashboard's overdue count) then do nothing
        self.reader.close()
        self.opened.close()
        if self.lock is not None:
            self.lock.release()
