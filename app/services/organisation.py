"""The workspace's organisation profile: its Arabic and English names and its logo, as the
monthly report's cover prints them. The logo is an image of the media archive (imported there,
so it is deduplicated, checked and backed up with the rest). Changes are audited."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from app.errors import BayanError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

NAME_LIMIT = 200
LOGO_SUFFIXES = (".png", ".jpg", ".jpeg")


class OrganisationError(BayanError):
    """A name or a logo refused; ``field`` is "name_ar", "name_en" or "logo"."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


class OrganisationInfo(NamedTuple):
    name_ar: str
    name_en: str
    logo_media_id: int | None
    logo_path: Path | None  # the stored image, when there is one and its file exists


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class OrganisationService:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        media_dir: Path,
        cache_dir: Path,
        clock: Callable[[], dt.datetime] = _utc_now,
    ) -> None:
        self._sessions = sessions
        self._media_dir = Path(media_dir)
        self._cache_dir = Path(cache_dir)
        self._clock = clock

    def organisation(self) -> OrganisationInfo:
        from app.services.media_store import stored_path
        from app.store import models as m

        with self._sessions() as session:
            org = _first(session)
            if org is None:
                return OrganisationInfo("", "", None, None)
            path = None
            if org.logo_media_id is not None:
                asset = session.get(m.MediaAsset, org.logo_media_id)
                if asset is not None:
                    found = stored_path(self._media_dir, asset.sha256, asset.original_name)
                    path = found if found.exists() else None
            return OrganisationInfo(org.name_ar, org.name_en, org.logo_media_id, path)

    def save_names(self, name_ar: str, name_en: str) -> OrganisationInfo:
        """Both names are needed (the report prints the one of its language)."""
        names = {"name_ar": (name_ar or "").strip(), "name_en": (name_en or "").strip()}
        for field, value in names.items():
            which = "Arabic" if field == "name_ar" else "English"
            if not value:
                raise OrganisationError(field, f"the organisation's {which} name is empty")
            if len(value) > NAME_LIMIT:
                raise OrganisationError(
                    field, f"the organisation's {which} name is longer than {NAME_LIMIT} characters"
                )
        with self._sessions.begin() as session:
            org = self._row(session)
            before = {"name_ar": org.name_ar, "name_en": org.name_en}
            org.name_ar, org.name_en = names["name_ar"], names["name_en"]
            if before != names:
                self._audit(session, "organisation.update", org.id, {"fields": ["names"]})
        return self.organisation()

    def set_logo(self, path: Path) -> OrganisationInfo:
        """Import ``path`` (PNG or JPEG) into the archive and make it the logo. A file that is
        not such an image, or is damaged, is refused and nothing changes."""
        from app.services.archive import ArchiveService

        path = Path(path)
        if path.suffix.lower() not in LOGO_SUFFIXES:
            raise OrganisationError("logo", f"{path.name}: a logo must be a PNG or JPEG image")
        archive = ArchiveService(self._sessions, self._media_dir, self._cache_dir, self._clock)
        report = archive.import_files([path])
        if report.skipped:
            reason = report.skipped[0][1]
            raise OrganisationError("logo", f"{path.name} could not be used: {reason}")
        media_id = report.imported[0] if report.imported else report.duplicates[0][1]
        with self._sessions.begin() as session:
            org = self._row(session)
            org.logo_media_id = media_id
            self._audit(session, "organisation.update", org.id, {"fields": ["logo"]})
        return self.organisation()

    def remove_logo(self) -> OrganisationInfo:
        """The cover goes without a logo; the image stays in the archive."""
        with self._sessions.begin() as session:
            org = _first(session)
            if org is not None and org.logo_media_id is not None:
                org.logo_media_id = None
                self._audit(session, "organisation.update", org.id, {"fields": ["logo"]})
        return self.organisation()

    def _row(self, session: Session):  # type: ignore[no-untyped-def]
        from app.store import models as m

        org = _first(session)
        if org is None:
            org = m.Organisation(name_ar="", name_en="")
            session.add(org)
            session.flush()
        return org

    def _audit(self, session: Session, action: str, org_id: int, details: dict) -> None:  # type: ignore[type-arg]
        from app.services.audit import AuditLog

        AuditLog(self._sessions, self._clock).append(
            session, "officer", action, "organisation", org_id, details
        )


def _first(session: Session):  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from app.store import models as m

    return session.scalars(select(m.Organisation).order_by(m.Organisation.id).limit(1)).first()
