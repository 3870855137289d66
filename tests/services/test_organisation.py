"""The organisation profile: names and logo, as the report's cover prints them."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.services.organisation import OrganisationError, OrganisationService
from app.store import models as m
from tests.services.post_fixtures import FakeClock
from tests.services.test_archive import png_bytes, write


@pytest.fixture
def org(workspace) -> OrganisationService:  # type: ignore[no-untyped-def]
    ws = workspace.workspace
    return OrganisationService(workspace.sessions, ws.media_dir, ws.cache_dir, FakeClock())


def _audits(workspace, action: str) -> int:  # type: ignore[no-untyped-def]
    with workspace.sessions() as s:
        return s.scalar(select(func.count()).where(m.AuditEntry.action == action)) or 0


def test_names_are_saved_trimmed_and_audited(org: OrganisationService, workspace) -> None:  # type: ignore[no-untyped-def]
    assert org.organisation().name_ar == ""  # a new workspace has no profile yet
    info = org.save_names("  الهيئة المستقلة للانتخاب ", "Independent Election Commission ")
    assert (info.name_ar, info.name_en) == (
        "الهيئة المستقلة للانتخاب",
        "Independent Election Commission",
    )
    assert _audits(workspace, "organisation.update") == 1
    org.save_names("الهيئة المستقلة للانتخاب", "Independent Election Commission")
    assert _audits(workspace, "organisation.update") == 1  # nothing changed, nothing recorded


@pytest.mark.parametrize(
    ("ar", "en", "field"),
    [("", "Name", "name_ar"), ("اسم", "   ", "name_en"), ("ا" * 201, "Name", "name_ar")],
)
def test_bad_names_are_refused_unchanged(
    org: OrganisationService, ar: str, en: str, field: str
) -> None:
    org.save_names("الاسم", "The name")
    with pytest.raises(OrganisationError) as caught:
        org.save_names(ar, en)
    assert caught.value.field == field
    assert org.organisation().name_en == "The name"


def test_a_logo_is_imported_into_the_archive_and_removed(
    org: OrganisationService, tmp_path: Path, workspace
) -> None:  # type: ignore[no-untyped-def]
    logo = write(tmp_path, "logo.png", png_bytes((120, 120), "navy"))
    info = org.set_logo(logo)
    assert info.logo_media_id is not None
    assert info.logo_path is not None and info.logo_path.read_bytes() == logo.read_bytes()
    again = org.set_logo(write(tmp_path, "copy.png", logo.read_bytes()))
    assert again.logo_media_id == info.logo_media_id  # the same image is stored once
    removed = org.remove_logo()
    assert removed.logo_media_id is None and removed.logo_path is None
    with workspace.sessions() as s:
        assert s.get(m.MediaAsset, info.logo_media_id) is not None  # kept in the archive


def test_a_file_that_is_not_an_image_is_refused(org: OrganisationService, tmp_path: Path) -> None:
    org.set_logo(write(tmp_path, "logo.png", png_bytes()))
    before = org.organisation()
    with pytest.raises(OrganisationError, match="PNG or JPEG"):
        org.set_logo(write(tmp_path, "logo.pdf", b"%PDF-1.7\n"))
    with pytest.raises(OrganisationError, match="could not be used"):
        org.set_logo(write(tmp_path, "broken.png", png_bytes()[:30] + b"garbage"))
    assert org.organisation() == before
