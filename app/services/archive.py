"""The media archive (SPEC §8): images, videos and documents kept as institutional memory.

Importing checks each file before anything is stored: a supported kind, an image that Pillow
decodes to the last pixel, a PDF that starts with ``%PDF``, an office document that is a ZIP
package. A file that fails is skipped with the reason and leaves nothing behind (no file in the
media store, no row). Each accepted file goes into the media store under the SHA-256 of its
content (:mod:`app.services.media_store`) and gets its row in one transaction; the same content
twice is one item (the second is reported as a duplicate of the first).

Metadata changes go through :meth:`PostService.change_media`, so an alt-text change withdraws
the approval of the posts using the item exactly as it does from the editor; consent records
through :meth:`PostService.add_consent` and :meth:`PostService.remove_consent`.

Thumbnails are PNG files under ``cache/thumbs/`` made with Pillow once and reused; they may be
asked for from a worker thread (each call opens its own short session).

:meth:`ArchiveService.export_memory` writes a period's published posts with their media, alt
texts, publication links and metadata as a folder that opens offline: ``index.html`` (Arabic,
right to left, with the English beside it) and ``data.json``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import html
import json
import logging
import mimetypes
import os
import shutil
import stat
import tempfile
import time
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from app.core.arabic import normalise_for_search
from app.core.domain import MediaKind, Platform, PostState
from app.errors import BayanError
from app.services.media_store import MediaStoreError, discard, store_file, stored_path
from app.services.posts import (
    MEDIA_METADATA,
    ConsentInfo,
    PostService,
    consent_is_valid,
    platform_rank,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from app.store.models import MediaAsset

log = logging.getLogger(__name__)

CHUNK = 1 << 20

# What the archive takes, by suffix (lower case). Images are only the formats every browser and
# platform shows and Pillow decodes; HEIC, RAW and the like are converted by the officer first.
IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".gif", ".webp"})
VIDEO_SUFFIXES = frozenset({".mp4", ".mov", ".webm", ".m4v"})
DOCUMENT_SUFFIXES = frozenset({".pdf", ".docx", ".xlsx", ".pptx", ".odt", ".txt"})
_PACKAGE_SUFFIXES = frozenset({".docx", ".xlsx", ".pptx", ".odt"})  # ZIP containers
_IMAGE_FORMATS = frozenset({"JPEG", "MPO", "PNG", "GIF", "WEBP"})  # MPO: cameras' JPEGs
_MAX_FRAMES = 1000  # frames of an animated GIF or WebP decoded when checking it

EXPORT_FORMAT = "bayan-memory-export"
EXPORT_SCHEMA_VERSION = 1
_TAG_MAX = 100
THUMBNAIL_SIZES = range(16, 2049)


def archive_kind(path: Path) -> str | None:
    """``"image"``, ``"video"`` or ``"document"`` for a file the archive takes, else None."""
    suffix = Path(path).suffix.lower()
    if suffix in IMAGE_SUFFIXES:
        return MediaKind.IMAGE.value
    if suffix in VIDEO_SUFFIXES:
        return MediaKind.VIDEO.value
    if suffix in DOCUMENT_SUFFIXES:
        return MediaKind.DOCUMENT.value
    return None


# --- errors and values -------------------------------------------------------------------------


class ArchiveError(BayanError):
    """An archive request that cannot be done as given (a folder that is not one, an export
    target that holds something else, an unknown item)."""

    kind = "archive"


class SkipReason(str):
    """Why a file was not imported: an English sentence (``str``), with ``code`` for a message
    in the interface's language and ``detail`` (the operating system's words, or the decoder's)
    to show beside it. Codes: "unsupported", "folder", "not_file", "unreadable", "empty",
    "corrupt_image", "not_pdf", "not_package", "changed", "store", "database", "error"."""

    code: str
    detail: str

    def __new__(cls, code: str, message: str, detail: str = "") -> SkipReason:
        self = super().__new__(cls, message)
        self.code = code
        self.detail = detail
        return self


class _Skip(Exception):
    def __init__(self, reason: SkipReason) -> None:
        super().__init__(str(reason))
        self.reason = reason


@dataclass
class ImportReport:
    """What an import did: the new items' ids, the files whose content was already in the
    archive (with that item's id), the files skipped and why; ``cancelled`` when the progress
    callback stopped it (the files after that point were not looked at)."""

    imported: list[int] = field(default_factory=list)
    duplicates: list[tuple[Path, int]] = field(default_factory=list)
    skipped: list[tuple[Path, str]] = field(default_factory=list)
    cancelled: bool = False


@dataclass(frozen=True)
class ArchiveFilter:
    """What :meth:`ArchiveService.items` shows. Empty values do not filter. ``missing_alt``:
    images without an Arabic or an English alt text; ``missing_consent``: items with
    identifiable people and fewer valid consents than people (at least one); ``text``: words
    found in the title, description, original file name or tags, whatever the diacritics,
    alef forms or case."""

    kinds: frozenset[str] = frozenset()
    event_id: int | None = None
    tag: str = ""
    missing_alt: bool = False
    missing_consent: bool = False
    missing_licence: bool = False
    text: str = ""


@dataclass(frozen=True)
class ArchiveItem:
    """One tile of the archive's grid. ``has_alt``: both alt texts are written (only images
    need them); ``needs_consent``: identifiable people without a valid consent each, today."""

    id: int
    kind: str
    title: str
    original_name: str
    taken_on: dt.date | None
    imported_at: dt.datetime
    has_alt: bool
    needs_consent: bool
    has_licence: bool
    sha256: str


@dataclass(frozen=True)
class ArchiveConsent:
    """A consent record, and whether it is valid today."""

    id: int
    person_name: str
    given_on: dt.date | None
    scope: str
    expires_on: dt.date | None
    minor: bool
    guardian_name: str
    document_media_id: int | None
    document_name: str  # the consent document's file name ("" when none is attached)
    valid: bool


class PostUse(NamedTuple):
    """A post an item is attached to."""

    post_id: int
    title: str
    state: str
    scheduled_at: dt.datetime | None


@dataclass(frozen=True)
class ArchiveDetail:
    id: int
    kind: str
    sha256: str
    path: Path  # the file in the workspace's media store
    original_name: str
    mime_type: str
    size_bytes: int
    width: int | None
    height: int | None
    duration_s: float | None
    title: str
    description: str
    alt_ar: str
    alt_en: str
    credit: str
    licence: str
    taken_on: dt.date | None
    event_id: int | None
    has_identifiable_people: bool
    contains_text: bool
    burned_in_captions: bool
    captions_media_id: int | None
    imported_at: dt.datetime
    tags: tuple[str, ...]
    consents: tuple[ArchiveConsent, ...]
    needs_consent: bool
    posts: tuple[PostUse, ...]  # by scheduled time, unscheduled last


@dataclass(frozen=True)
class ArchiveChange:
    """The item after :meth:`ArchiveService.update`, and the posts whose approval (or request
    for one) the change withdrew: they are back in draft."""

    detail: ArchiveDetail
    returned_to_draft: tuple[int, ...]


@dataclass(frozen=True)
class ExportResult:
    posts: int
    media: int  # files copied
    folder: Path


# Fields :meth:`ArchiveService.update` takes (those of :meth:`PostService.change_media`).
ARCHIVE_METADATA = MEDIA_METADATA


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class _Checked(NamedTuple):
    kind: str
    sha256: str
    size: int
    width: int | None
    height: int | None
    taken_on: dt.date | None


# --- the service -------------------------------------------------------------------------------


class ArchiveService:
    """The archive's use cases. ``clock`` returns the aware UTC now (tests pass a fake);
    ``timezone`` (an IANA name) decides which day "today" is and where an export's period
    begins and ends."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        media_dir: Path,
        cache_dir: Path,
        clock: Callable[[], dt.datetime] = _utc_now,
        *,
        timezone: str = "UTC",
    ) -> None:
        self._sessions = sessions
        self._media_dir = Path(media_dir)
        self._cache_dir = Path(cache_dir)
        self._clock = clock
        try:
            self._tz = ZoneInfo(timezone)
        except (ValueError, KeyError, OSError):  # an unknown name: UTC rather than a crash
            self._tz = ZoneInfo("UTC")
        self._posts = PostService(sessions, media_dir, clock)

    def _today(self) -> dt.date:
        return self._clock().astimezone(self._tz).date()

    # --- importing -----------------------------------------------------------------------------

    def import_files(
        self,
        paths: Sequence[Path],
        progress: Callable[[int, int], bool] | None = None,
    ) -> ImportReport:
        """Import ``paths`` one by one, each in its own transaction: a file that cannot be
        imported is skipped with the reason and the others go on. ``progress(done, total)`` is
        called before the first file and after each; returning False cancels (what was
        imported stays)."""
        report = ImportReport()
        paths = [Path(p) for p in paths]
        total = len(paths)
        if progress is not None and progress(0, total) is False:
            report.cancelled = True
            return report
        for done, path in enumerate(paths, start=1):
            self._import_into(path, report)
            if progress is not None and progress(done, total) is False and done < total:
                report.cancelled = True
                break
        return report

    def import_folder(
        self, folder: Path, progress: Callable[[int, int], bool] | None = None
    ) -> ImportReport:
        """Import every file under ``folder`` (sub-folders too; hidden files and folders are
        left out), in name order. Files the archive does not take are listed as skipped.
        Raises :class:`ArchiveError` when ``folder`` is not a readable folder."""
        folder = Path(folder)
        if not folder.exists():
            raise ArchiveError(f"{folder} does not exist")
        if not folder.is_dir():
            raise ArchiveError(f"{folder} is not a folder")
        unreadable: list[tuple[Path, str]] = []
        try:
            files = sorted(_walk(folder, unreadable))
        except OSError as exc:
            raise ArchiveError(f"cannot read the folder {folder}: {_os_reason(exc)}") from exc
        if unreadable and unreadable[0][0] == folder:
            raise ArchiveError(f"cannot read the folder {folder}: {unreadable[0][1]}")
        report = self.import_files(files, progress)
        report.skipped[:0] = unreadable
        return report

    def _import_into(self, path: Path, report: ImportReport) -> None:
        try:
            outcome, value = self._import_one(path)
        except _Skip as skip:
            report.skipped.append((path, skip.reason))
            return
        except Exception as exc:  # a bug: logged, the file skipped, the batch goes on
            log.exception("importing %s into the archive failed", path)
            reason = SkipReason("error", f"something went wrong: {exc}", str(exc))
            report.skipped.append((path, reason))
            return
        if outcome == "imported":
            report.imported.append(value)
        else:
            report.duplicates.append((path, value))

    def _import_one(self, path: Path) -> tuple[str, int]:
        from sqlalchemy import select
        from sqlalchemy.exc import IntegrityError, SQLAlchemyError

        from app.store.models import MediaAsset

        checked = _check_file(path)
        with self._sessions() as session:
            existing = session.scalar(
                select(MediaAsset.id).where(MediaAsset.sha256 == checked.sha256)
            )
        if existing is not None:
            return "duplicate", existing
        try:
            stored = store_file(self._media_dir, path)
        except MediaStoreError as exc:
            raise _Skip(SkipReason("store", str(exc), str(exc))) from None
        committed = False
        try:
            if stored.sha256 != checked.sha256:
                raise _Skip(SkipReason("changed", "the file changed while it was being imported"))
            mime = stored.mime_type or mimetypes.guess_type(path.name)[0] or ""
            try:
                with self._sessions.begin() as session:
                    asset = MediaAsset(
                        sha256=checked.sha256,
                        original_name=path.name,
                        kind=checked.kind,
                        mime_type=mime,
                        size_bytes=checked.size,
                        width=checked.width,
                        height=checked.height,
                        taken_on=checked.taken_on,
                        imported_at=self._clock(),
                    )
                    session.add(asset)
                    session.flush()
                    new_id = asset.id
                committed = True
            except IntegrityError:
                # Another window imported the same content a moment ago: it is a duplicate
                # (and the stored file is that item's file, so it stays).
                with self._sessions() as session:
                    existing = session.scalar(
                        select(MediaAsset.id).where(MediaAsset.sha256 == checked.sha256)
                    )
                if existing is None:
                    raise
                committed = True
                return "duplicate", existing
            except SQLAlchemyError as exc:
                raise _Skip(
                    SkipReason("database", f"the database refused it: {exc}", str(exc))
                ) from None
            return "imported", new_id
        finally:
            if not committed and stored.created:
                discard(stored.path)

    # --- reading -------------------------------------------------------------------------------

    def items(self, archive_filter: ArchiveFilter | None = None) -> list[ArchiveItem]:
        """The archive's items that pass ``archive_filter``, newest import first."""
        from sqlalchemy import func, or_, select

        from app.store.models import ConsentRecord, MediaAsset, MediaTag

        wanted = archive_filter or ArchiveFilter()
        query = select(
            MediaAsset.id,
            MediaAsset.kind,
            MediaAsset.title,
            MediaAsset.original_name,
            MediaAsset.taken_on,
            MediaAsset.imported_at,
            MediaAsset.alt_ar,
            MediaAsset.alt_en,
            MediaAsset.licence,
            MediaAsset.has_identifiable_people,
            MediaAsset.sha256,
            MediaAsset.description,
        )
        # Consent forms (personal data) and captions files belong to their item, not the grid.
        attached = select(ConsentRecord.document_media_id).where(
            ConsentRecord.document_media_id.is_not(None)
        )
        captions = select(MediaAsset.captions_media_id).where(
            MediaAsset.captions_media_id.is_not(None)
        )
        query = query.where(MediaAsset.id.not_in(attached), MediaAsset.id.not_in(captions))
        if wanted.kinds:
            query = query.where(MediaAsset.kind.in_(sorted(wanted.kinds)))
        if wanted.event_id is not None:
            query = query.where(MediaAsset.event_id == wanted.event_id)
        if wanted.missing_alt:
            query = query.where(
                MediaAsset.kind == MediaKind.IMAGE.value,
                or_(func.trim(MediaAsset.alt_ar) == "", func.trim(MediaAsset.alt_en) == ""),
            )
        if wanted.missing_licence:
            query = query.where(func.trim(MediaAsset.licence) == "")
        if wanted.missing_consent:
            query = query.where(MediaAsset.has_identifiable_people.is_(True))
        query = query.order_by(MediaAsset.imported_at.desc(), MediaAsset.id.desc())
        today = self._today()
        with self._sessions() as session:
            rows = session.execute(query).all()
            tags: dict[int, list[str]] = {}
            for media_id, tag in session.execute(
                select(MediaTag.media_id, MediaTag.tag).order_by(MediaTag.id)
            ):
                tags.setdefault(media_id, []).append(tag)
            consents: dict[int, list[ConsentRecord]] = {}
            for record in session.scalars(select(ConsentRecord)):
                consents.setdefault(record.media_id, []).append(record)
        tag_key = normalise_for_search(wanted.tag.strip())
        words = normalise_for_search(wanted.text).split()
        result = []
        for row in rows:
            item_tags = tags.get(row.id, [])
            if tag_key and all(normalise_for_search(t) != tag_key for t in item_tags):
                continue
            needs = bool(row.has_identifiable_people) and _needs_consent(
                consents.get(row.id, []), today
            )
            if wanted.missing_consent and not needs:
                continue
            if words:
                haystack = normalise_for_search(
                    " ".join(
                        (row.title or "", row.description or "", row.original_name, *item_tags)
                    )
                )
                if not all(word in haystack for word in words):
                    continue
            result.append(
                ArchiveItem(
                    id=row.id,
                    kind=row.kind,
                    title=row.title or "",
                    original_name=row.original_name,
                    taken_on=row.taken_on,
                    imported_at=row.imported_at,
                    has_alt=bool((row.alt_ar or "").strip() and (row.alt_en or "").strip()),
                    needs_consent=needs,
                    has_licence=bool((row.licence or "").strip()),
                    sha256=row.sha256,
                )
            )
        return result

    def tags(self) -> list[str]:
        """Every tag in use, in alphabetical order (for the tag filter)."""
        from sqlalchemy import select

        from app.store.models import MediaTag

        with self._sessions() as session:
            found = session.scalars(select(MediaTag.tag).distinct()).all()
        return sorted(found, key=lambda t: (normalise_for_search(t), t))

    def detail(self, media_id: int) -> ArchiveDetail:
        """Everything about one item: its metadata, tags, consents (valid today or not) and
        the posts using it. Raises :class:`ArchiveError` for an unknown id."""
        with self._sessions() as session:
            return self._detail(session, media_id)

    def _detail(self, session: Session, media_id: int) -> ArchiveDetail:
        from sqlalchemy import select

        from app.store.models import MediaAsset, MediaTag, Post, PostMedia

        asset = self._asset(session, media_id)
        today = self._today()
        consents = []
        for record in sorted(asset.consents, key=lambda c: c.id):
            document_name = ""
            if record.document_media_id is not None:
                document = session.get(MediaAsset, record.document_media_id)
                document_name = document.original_name if document is not None else ""
            info = _consent_info(record)
            consents.append(
                ArchiveConsent(
                    id=info.id,
                    person_name=info.person_name,
                    given_on=info.given_on,
                    scope=info.scope,
                    expires_on=info.expires_on,
                    minor=info.minor,
                    guardian_name=info.guardian_name,
                    document_media_id=info.document_media_id,
                    document_name=document_name,
                    valid=consent_is_valid(info, today),
                )
            )
        tags = tuple(
            session.scalars(
                select(MediaTag.tag).where(MediaTag.media_id == media_id).order_by(MediaTag.id)
            )
        )
        uses = session.execute(
            select(Post.id, Post.title, Post.state, Post.scheduled_at)
            .join(PostMedia, PostMedia.post_id == Post.id)
            .where(PostMedia.media_id == media_id)
            .order_by(Post.scheduled_at.is_(None), Post.scheduled_at, Post.id)
        ).all()
        return ArchiveDetail(
            id=asset.id,
            kind=asset.kind,
            sha256=asset.sha256,
            path=stored_path(self._media_dir, asset.sha256, asset.original_name),
            original_name=asset.original_name,
            mime_type=asset.mime_type or "",
            size_bytes=asset.size_bytes or 0,
            width=asset.width,
            height=asset.height,
            duration_s=asset.duration_s,
            title=asset.title or "",
            description=asset.description or "",
            alt_ar=asset.alt_ar or "",
            alt_en=asset.alt_en or "",
            credit=asset.credit or "",
            licence=asset.licence or "",
            taken_on=asset.taken_on,
            event_id=asset.event_id,
            has_identifiable_people=bool(asset.has_identifiable_people),
            contains_text=bool(asset.contains_text),
            burned_in_captions=bool(asset.burned_in_captions),
            captions_media_id=asset.captions_media_id,
            imported_at=asset.imported_at,
            tags=tags,
            consents=tuple(consents),
            needs_consent=bool(asset.has_identifiable_people)
            and _needs_consent(asset.consents, today),
            posts=tuple(PostUse(u.id, u.title, u.state, u.scheduled_at) for u in uses),
        )

    @staticmethod
    def _asset(session: Session, media_id: int) -> MediaAsset:
        from app.store.models import MediaAsset

        asset = session.get(MediaAsset, media_id)
        if asset is None:
            raise ArchiveError(f"there is no archive item {media_id}")
        return asset

    # --- changing ------------------------------------------------------------------------------

    def update(self, media_id: int, **metadata: Any) -> ArchiveChange:
        """Change an item's metadata: ``title``, ``description``, ``alt_ar``, ``alt_en``,
        ``credit``, ``licence``, ``taken_on`` (a date or None), ``event_id`` (or None),
        ``has_identifiable_people``, ``contains_text``, ``burned_in_captions``. All or
        nothing, in one transaction (through :meth:`PostService.change_media`): an alt-text
        change takes every post using the item that is in review or approved back to draft,
        and says which. Texts are trimmed."""
        unknown = sorted(set(metadata) - ARCHIVE_METADATA)
        if unknown:
            raise ArchiveError(f"archive items have no field {', '.join(unknown)}")
        with self._sessions() as session:
            self._asset(session, media_id)
        cleaned = {
            name: value.strip() if isinstance(value, str) else value
            for name, value in metadata.items()
        }
        change = self._posts.change_media(media_id, **cleaned)
        return ArchiveChange(self.detail(media_id), change.returned_to_draft)

    def set_tags(self, media_id: int, tags: Iterable[str]) -> tuple[str, ...]:
        """Replace an item's tags. Each is trimmed (a leading ``#`` dropped, inner spaces
        collapsed); empty ones are dropped and the same tag twice (whatever the diacritics,
        alef forms or case) is kept once. Returns the tags kept."""
        kept: list[str] = []
        seen: set[str] = set()
        for raw in tags:
            if not isinstance(raw, str):
                raise ArchiveError("a tag must be text")
            tag = " ".join(raw.strip().lstrip("#").split())
            if not tag:
                continue
            if len(tag) > _TAG_MAX:
                raise ArchiveError(f"the tag {tag[:20]}… is longer than {_TAG_MAX} characters")
            key = normalise_for_search(tag)
            if key not in seen:
                seen.add(key)
                kept.append(tag)
        from app.store.models import MediaTag

        with self._sessions.begin() as session:
            asset = self._asset(session, media_id)
            asset.tags.clear()
            session.flush()  # the old rows go before the new ones (media_id, tag) is unique
            asset.tags.extend(MediaTag(tag=tag) for tag in kept)
        return tuple(kept)

    def add_consent(
        self,
        media_id: int,
        person_name: str,
        given_on: dt.date | None = None,
        scope: str = "",
        expires_on: dt.date | None = None,
        minor: bool = False,
        guardian_name: str = "",
        document_path: Path | None = None,
    ) -> ArchiveConsent:
        """Record one identifiable person's consent, with the signed document (any file) kept
        in the media store (:meth:`PostService.add_consent`)."""
        with self._sessions() as session:
            self._asset(session, media_id)
        info = self._posts.add_consent(
            media_id,
            person_name,
            given_on=given_on,
            scope=scope,
            expires_on=expires_on,
            minor=minor,
            guardian_name=guardian_name,
            document_path=document_path,
        )
        found = next(c for c in self.detail(media_id).consents if c.id == info.id)
        return found

    def remove_consent(self, consent_id: int) -> None:
        self._posts.remove_consent(consent_id)

    # --- thumbnails ----------------------------------------------------------------------------

    def thumbnail_path(self, sha256: str, size: int = 256) -> Path:
        """Where the thumbnail of the content ``sha256`` at ``size`` is (or will be) cached."""
        return self._cache_dir / "thumbs" / f"{sha256}-{int(size)}.png"

    def thumbnail(self, media_id: int, size: int = 256) -> Path | None:
        """A PNG no larger than ``size`` × ``size`` of an image item, made once and cached
        under ``cache/thumbs/``; None for videos, documents, unknown ids and files Pillow cannot
        read (never raises for those). Safe to call from a worker thread."""
        from sqlalchemy import select

        from app.store.models import MediaAsset

        if size not in THUMBNAIL_SIZES:
            raise ArchiveError(f"a thumbnail is {THUMBNAIL_SIZES[0]} to {THUMBNAIL_SIZES[-1]} px")
        try:
            with self._sessions() as session:
                row = session.execute(
                    select(MediaAsset.kind, MediaAsset.sha256, MediaAsset.original_name).where(
                        MediaAsset.id == media_id
                    )
                ).one_or_none()
        except Exception:
            log.exception("reading archive item %s for its thumbnail failed", media_id)
            return None
        if row is None or row.kind != MediaKind.IMAGE.value:
            return None
        target = self.thumbnail_path(row.sha256, size)
        if target.is_file():
            return target
        source = stored_path(self._media_dir, row.sha256, row.original_name)
        try:
            return _make_thumbnail(source, target, size)
        except Exception as exc:  # a damaged or missing stored file: no thumbnail
            log.warning("no thumbnail for archive item %s (%s): %s", media_id, source, exc)
            return None

    # --- institutional-memory export -----------------------------------------------------------

    def export_memory(self, start: dt.date, end: dt.date, folder: Path) -> ExportResult:
        """Write the posts published from ``start`` to ``end`` (whole days in the workspace's
        time zone; a post counts by its first publication record, else its scheduled time)
        into ``folder``: ``index.html``, ``data.json`` and ``media/`` with a copy of each
        attachment. ``folder`` must be new, empty, or an earlier export (which is replaced).
        Everything is written beside it first and renamed into place, so a failure leaves
        nothing half-written. Raises :class:`ArchiveError` naming what is wrong."""
        if not isinstance(start, dt.date) or not isinstance(end, dt.date):
            raise ArchiveError("the period's first and last days must be dates")
        if end < start:
            raise ArchiveError(f"the period ends ({end}) before it starts ({start})")
        folder = Path(folder).absolute()
        replacing = _check_export_target(folder)
        posts = self._export_posts(start, end)
        parent = folder.parent
        try:
            parent.mkdir(parents=True, exist_ok=True)
            temp = Path(tempfile.mkdtemp(prefix=f".{folder.name}.exporting-", dir=parent))
        except OSError as exc:
            raise ArchiveError(f"cannot write in {parent}: {_os_reason(exc)}") from exc
        set_aside: Path | None = None
        try:
            copied = self._write_export(temp, posts, start, end)
            if replacing:
                set_aside = parent / f".{folder.name}.previous-{os.getpid()}-{time.time_ns()}"
                os.replace(folder, set_aside)
            elif folder.exists():
                folder.rmdir()  # empty (checked): Windows cannot rename onto a folder
            os.replace(temp, folder)
        except BaseException as exc:
            shutil.rmtree(temp, ignore_errors=True)
            if set_aside is not None and not folder.exists():
                with contextlib.suppress(OSError):
                    os.replace(set_aside, folder)
            if isinstance(exc, OSError):
                raise ArchiveError(
                    f"cannot write the export to {folder}: {_os_reason(exc)}"
                ) from exc
            raise
        if set_aside is not None:
            shutil.rmtree(set_aside, ignore_errors=True)
        return ExportResult(posts=len(posts), media=copied, folder=folder)

    def _export_posts(self, start: dt.date, end: dt.date) -> list[dict[str, Any]]:
        """The period's published and archived posts as plain dictionaries, by time."""
        from sqlalchemy import func, select
        from sqlalchemy.orm import selectinload

        from app.store.models import (
            Campaign,
            Event,
            MediaAsset,
            Pillar,
            Post,
            PublicationRecord,
        )

        begins = dt.datetime.combine(start, dt.time(), self._tz).astimezone(dt.UTC)
        ends = dt.datetime.combine(end + dt.timedelta(days=1), dt.time(), self._tz).astimezone(
            dt.UTC
        )
        first = (
            select(
                PublicationRecord.post_id.label("post_id"),
                func.min(PublicationRecord.published_at).label("first_at"),
            )
            .group_by(PublicationRecord.post_id)
            .subquery()
        )
        when = func.coalesce(first.c.first_at, Post.scheduled_at)
        query = (
            select(Post, first.c.first_at)
            .outerjoin(first, first.c.post_id == Post.id)
            .where(Post.state.in_((PostState.PUBLISHED.value, PostState.ARCHIVED.value)))
            .where(when >= _as_stored(begins), when < _as_stored(ends))
            .options(selectinload(Post.variants), selectinload(Post.media))
        )
        with self._sessions() as session:
            rows = session.execute(query).all()
            ids = [post.id for post, _ in rows]
            records: dict[int, list[PublicationRecord]] = {}
            for chunk in _chunks(ids, 500):
                for record in session.scalars(
                    select(PublicationRecord).where(PublicationRecord.post_id.in_(chunk))
                ):
                    records.setdefault(record.post_id, []).append(record)
            result = []
            for post, first_at in rows:
                published_at = first_at or post.scheduled_at
                texts = {v.platform: (v.text_ar, v.text_en) for v in post.variants}
                by_platform = {r.platform: r for r in records.get(post.id, [])}
                platforms = []
                for platform in sorted(set(texts) | set(by_platform), key=platform_rank):
                    own_ar, own_en = texts.get(platform, (None, None))
                    record = by_platform.get(platform)
                    platforms.append(
                        {
                            "platform": platform,
                            "text_ar": own_ar if own_ar is not None else post.text_ar,
                            "text_en": own_en if own_en is not None else post.text_en,
                            "own_text": own_ar is not None or own_en is not None,
                            "published_at": _iso(record.published_at) if record else None,
                            "url": record.url if record else "",
                        }
                    )
                media = []
                for link in sorted(post.media, key=lambda pm: (pm.position, pm.id)):
                    asset = session.get(MediaAsset, link.media_id)
                    if asset is not None:
                        media.append(_media_entry(asset, self._media_dir))
                result.append(
                    {
                        "id": post.id,
                        "title": post.title,
                        "title_en": post.title_en or "",
                        "state": post.state,
                        "scheduled_at": _iso(post.scheduled_at),
                        "published_at": _iso(published_at),
                        "text_ar": post.text_ar or "",
                        "text_en": post.text_en or "",
                        "link": post.link or "",
                        "pillar": _names(session.get(Pillar, post.pillar_id), "name")
                        if post.pillar_id
                        else None,
                        "campaign": _names(session.get(Campaign, post.campaign_id), "name")
                        if post.campaign_id
                        else None,
                        "event": _names(session.get(Event, post.event_id), "title")
                        if post.event_id
                        else None,
                        "platforms": platforms,
                        "media": media,
                        "_sort": (published_at or begins, post.id),
                    }
                )
        result.sort(key=lambda p: p.pop("_sort"))
        return result

    def _write_export(
        self, temp: Path, posts: list[dict[str, Any]], start: dt.date, end: dt.date
    ) -> int:
        """Fill ``temp`` with the export; returns how many media files were copied."""
        media_folder = temp / "media"
        media_folder.mkdir()
        copied: set[str] = set()
        for post in posts:
            for entry in post["media"]:
                source: Path = entry.pop("_source")
                name = entry["file_name"]
                if name in copied:
                    entry["file"] = f"media/{name}"
                    continue
                if not source.is_file():
                    entry["file"] = None  # the stored file is gone: listed, not copied
                    continue
                shutil.copyfile(source, media_folder / name)
                copied.add(name)
                entry["file"] = f"media/{name}"
        for post in posts:
            for entry in post["media"]:
                entry.pop("file_name", None)
        data = {
            "format": EXPORT_FORMAT,
            "schema_version": EXPORT_SCHEMA_VERSION,
            "generated_at": _iso(self._clock()),
            "period": {"start": start.isoformat(), "end": end.isoformat()},
            "timezone": self._tz.key,
            "posts": posts,
        }
        (temp / "data.json").write_text(
            json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        (temp / "index.html").write_text(
            _render_html(data, self._tz), encoding="utf-8", newline="\n"
        )
        return len(copied)


# --- checking files ----------------------------------------------------------------------------


def _os_reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


def _check_file(path: Path) -> _Checked:
    """Hash ``path`` and check that it is what its name says; raises :class:`_Skip`."""
    kind = archive_kind(path)
    try:
        info = path.stat()
    except FileNotFoundError:
        raise _Skip(SkipReason("unreadable", "the file does not exist", "not found")) from None
    except OSError as exc:
        reason = _os_reason(exc)
        raise _Skip(SkipReason("unreadable", f"cannot read it: {reason}", reason)) from None
    if stat.S_ISDIR(info.st_mode):
        raise _Skip(SkipReason("folder", "it is a folder, not a file"))
    if kind is None:
        raise _Skip(
            SkipReason(
                "unsupported",
                "the archive does not take this kind of file: images (JPEG, PNG, GIF, WebP), "
                "videos (MP4, MOV, WebM, M4V) and documents (PDF, DOCX, XLSX, PPTX, ODT, TXT)",
                path.suffix.lower(),
            )
        )
    if not stat.S_ISREG(info.st_mode):
        raise _Skip(SkipReason("not_file", "it is not a regular file"))
    digest = hashlib.sha256()
    size = 0
    head = b""
    try:
        with open(path, "rb") as reader:
            while chunk := reader.read(CHUNK):
                if not head:
                    head = chunk[:16]
                digest.update(chunk)
                size += len(chunk)
    except OSError as exc:
        reason = _os_reason(exc)
        raise _Skip(SkipReason("unreadable", f"cannot read it: {reason}", reason)) from None
    if size == 0:
        raise _Skip(SkipReason("empty", "the file is empty"))
    width = height = None
    taken_on = None
    suffix = path.suffix.lower()
    if kind == MediaKind.IMAGE.value:
        width, height, taken_on = _check_image(path)
    elif suffix == ".pdf" and not head.startswith(b"%PDF"):
        raise _Skip(SkipReason("not_pdf", "it is not a PDF file (it does not start with %PDF)"))
    elif suffix in _PACKAGE_SUFFIXES and not _is_zip(path):
        name = suffix[1:].upper()
        raise _Skip(SkipReason("not_package", f"it is not a {name} document (not a ZIP package)"))
    return _Checked(kind, digest.hexdigest(), size, width, height, taken_on)


def _is_zip(path: Path) -> bool:
    try:
        with zipfile.ZipFile(path) as package:
            return bool(package.namelist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return False


def _check_image(path: Path) -> tuple[int, int, dt.date | None]:
    """Decode every pixel (every frame of an animation) of the image at ``path``; its size as
    shown (EXIF orientation applied) and the day it was taken, from EXIF."""
    from PIL import Image

    try:
        with Image.open(path) as image:
            if image.format not in _IMAGE_FORMATS:
                raise _Skip(
                    SkipReason(
                        "corrupt_image",
                        f"it is a {image.format} image, not a JPEG, PNG, GIF or WebP",
                        str(image.format),
                    )
                )
            frames = min(getattr(image, "n_frames", 1) or 1, _MAX_FRAMES)
            for frame in range(frames):
                if frame:
                    image.seek(frame)
                image.load()
            if frames > 1:
                image.seek(0)
            width, height = image.size
            exif = image.getexif()
            orientation = exif.get(0x0112)
            if orientation in (5, 6, 7, 8):
                width, height = height, width
            taken_on = _exif_day(exif)
    except _Skip:
        raise
    except Exception as exc:  # Pillow raises OSError, SyntaxError, ValueError … for damage
        detail = str(exc) or type(exc).__name__
        raise _Skip(
            SkipReason("corrupt_image", f"the image is damaged or incomplete: {detail}", detail)
        ) from None
    return width, height, taken_on


def _exif_day(exif: Any) -> dt.date | None:
    """The day of EXIF DateTimeOriginal ("YYYY:MM:DD HH:MM:SS"), else None."""
    try:
        value = exif.get_ifd(0x8769).get(0x9003) or exif.get(0x0132)
        if not isinstance(value, str) or len(value) < 10:
            return None
        return dt.date(int(value[0:4]), int(value[5:7]), int(value[8:10]))
    except Exception:
        return None


def _walk(folder: Path, unreadable: list[tuple[Path, str]]) -> list[Path]:
    """Every file under ``folder`` that is not hidden (sub-folders too, links to folders not
    followed); folders that cannot be read go to ``unreadable``."""
    found: list[Path] = []
    pending = [folder]
    while pending:
        current = pending.pop()
        try:
            with os.scandir(current) as entries:
                listed = list(entries)
        except OSError as exc:
            reason = _os_reason(exc)
            unreadable.append((current, SkipReason("unreadable", f"cannot read it: {reason}")))
            continue
        for entry in listed:
            if _hidden(entry):
                continue
            try:
                is_dir = entry.is_dir(follow_symlinks=False)
            except OSError:
                is_dir = False
            if is_dir:
                pending.append(Path(entry.path))
            else:
                found.append(Path(entry.path))
    return found


def _hidden(entry: os.DirEntry[str]) -> bool:
    if entry.name.startswith("."):
        return True
    attributes = 0
    with contextlib.suppress(OSError):
        attributes = getattr(entry.stat(follow_symlinks=False), "st_file_attributes", 0)
    return bool(attributes & getattr(stat, "FILE_ATTRIBUTE_HIDDEN", 0))


def _needs_consent(records: Sequence[Any], today: dt.date) -> bool:
    """As the checklist counts (GOV-PII): fewer valid consents than people, at least one."""
    valid = sum(consent_is_valid(_consent_info(r), today) for r in records)
    return valid < max(len(records), 1)


def _consent_info(record: Any) -> ConsentInfo:
    return ConsentInfo(
        id=record.id,
        person_name=record.person_name,
        given_on=record.given_on,
        scope=record.scope or "",
        expires_on=record.expires_on,
        minor=bool(record.minor),
        guardian_name=record.guardian_name or "",
        document_media_id=record.document_media_id,
    )


# --- thumbnails --------------------------------------------------------------------------------


def _make_thumbnail(source: Path, target: Path, size: int) -> Path:
    from PIL import Image, ImageOps

    with Image.open(source) as image:
        if image.format not in _IMAGE_FORMATS:
            raise ValueError(f"not an archive image: {image.format}")
        image.load()
        picture = ImageOps.exif_transpose(image)
        if picture.mode not in ("RGB", "RGBA", "L", "LA"):
            picture = picture.convert("RGBA")
        picture.thumbnail((size, size))
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temp_name = tempfile.mkstemp(prefix=".thumb-", suffix=".png", dir=target.parent)
        temp = Path(temp_name)
        try:
            with os.fdopen(handle, "wb") as writer:
                picture.save(writer, format="PNG")
            os.replace(temp, target)  # atomic: two threads making it at once both succeed
        except BaseException:
            with contextlib.suppress(OSError):
                temp.unlink()
            raise
    return target


# --- export ------------------------------------------------------------------------------------


def _check_export_target(folder: Path) -> bool:
    """Whether ``folder`` holds an earlier export to replace; raises when it holds anything
    else (or is a file)."""
    if not folder.exists():
        return False
    if not folder.is_dir():
        raise ArchiveError(f"{folder} is a file: choose a folder for the export")
    try:
        contents = list(folder.iterdir())
    except OSError as exc:
        raise ArchiveError(f"cannot read the folder {folder}: {_os_reason(exc)}") from exc
    if not contents:
        return False
    if _is_export(folder):
        return True
    raise ArchiveError(
        f"{folder} is not empty and does not hold an earlier Bayan export: "
        "choose an empty or a new folder"
    )


def _is_export(folder: Path) -> bool:
    try:
        data = json.loads((folder / "data.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(data, dict) and data.get("format") == EXPORT_FORMAT


def _as_stored(value: dt.datetime) -> Any:
    """A bound value typed as the aware UTC date-time column, for comparisons."""
    from sqlalchemy import literal

    from app.store.models import UTCDateTime

    return literal(value, UTCDateTime())


def _chunks(values: Sequence[int], size: int) -> Iterable[Sequence[int]]:
    for index in range(0, len(values), size):
        yield values[index : index + size]


def _iso(value: dt.datetime | None) -> str | None:
    return value.astimezone(dt.UTC).isoformat() if value is not None else None


def _names(row: Any, prefix: str) -> dict[str, str] | None:
    if row is None:
        return None
    return {"ar": getattr(row, f"{prefix}_ar") or "", "en": getattr(row, f"{prefix}_en") or ""}


def _media_entry(asset: MediaAsset, media_dir: Path) -> dict[str, Any]:
    source = stored_path(media_dir, asset.sha256, asset.original_name)
    return {
        "id": asset.id,
        "sha256": asset.sha256,
        "file": None,
        "file_name": f"{asset.sha256}{source.suffix}",
        "_source": source,
        "kind": asset.kind,
        "original_name": asset.original_name,
        "mime_type": asset.mime_type or "",
        "width": asset.width,
        "height": asset.height,
        "title": asset.title or "",
        "description": asset.description or "",
        "alt_ar": asset.alt_ar or "",
        "alt_en": asset.alt_en or "",
        "credit": asset.credit or "",
        "licence": asset.licence or "",
        "taken_on": asset.taken_on.isoformat() if asset.taken_on else None,
    }


_PLATFORM_NAMES = {
    Platform.FACEBOOK.value: ("فيسبوك", "Facebook"),
    Platform.X.value: ("إكس", "X"),
    Platform.INSTAGRAM.value: ("إنستغرام", "Instagram"),
    Platform.YOUTUBE.value: ("يوتيوب", "YouTube"),
    Platform.LINKEDIN.value: ("لينكدإن", "LinkedIn"),
    Platform.TIKTOK.value: ("تيك توك", "TikTok"),
    Platform.THREADS.value: ("ثريدز", "Threads"),
    Platform.WEBSITE.value: ("الموقع الإلكتروني", "Website"),
}

# The page's words, Arabic and English (the export is bilingual whatever the UI's language).
_WORDS = {
    "ar": {
        "heading": "الذاكرة المؤسسية: المنشورات المنشورة",
        "period": "الفترة",
        "count": "عدد المنشورات",
        "published": "نُشر",
        "pillar": "الركيزة",
        "campaign": "الحملة",
        "event": "الفعالية",
        "links": "روابط النشر",
        "not_recorded": "لم يُسجَّل رابط",
        "platform_text": "نص خاص بالمنصة",
        "media": "الوسائط",
        "credit": "الحقوق",
        "licence": "الترخيص",
        "no_text": "لا يوجد نص عربي.",
        "missing": "الملف غير موجود في المخزن.",
        "open": "فتح الملف",
        "none": "لا توجد منشورات منشورة في هذه الفترة.",
        "link": "الرابط",
    },
    "en": {
        "heading": "Institutional memory: published posts",
        "period": "Period",
        "count": "Posts",
        "published": "Published",
        "pillar": "Pillar",
        "campaign": "Campaign",
        "event": "Event",
        "links": "Publication links",
        "not_recorded": "no link recorded",
        "platform_text": "Text for this platform",
        "media": "Media",
        "credit": "Credit",
        "licence": "Licence",
        "no_text": "No English text.",
        "missing": "The file is missing from the media store.",
        "open": "Open the file",
        "none": "No posts were published in this period.",
        "link": "Link",
    },
}

_CSS = """
:root { color-scheme: light; --ink: #1f2933; --muted: #52606d; --line: #cbd2d9; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 72rem; padding: 1.5rem; color: var(--ink); background: #fff;
  font-family: "Noto Naskh Arabic", "Noto Sans Arabic", Tahoma, "Segoe UI", Arial, sans-serif;
  line-height: 1.6; }
header.page { border-bottom: 2px solid var(--line); margin-bottom: 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 .5rem; }
h2 { font-size: 1.25rem; margin: 0 0 .5rem; }
article { border: 1px solid var(--line); border-radius: .5rem; padding: 1rem;
  margin-bottom: 1.5rem; }
.when { color: var(--muted); margin: 0 0 .75rem; }
.sides { display: grid; grid-template-columns: 1fr 1fr; gap: 1.5rem; }
@media (max-width: 48rem) { .sides { grid-template-columns: 1fr; } }
.text { white-space: pre-wrap; overflow-wrap: anywhere; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .25rem .75rem; margin: .75rem 0; }
dt { font-weight: bold; }
dd { margin: 0; }
figure { margin: .75rem 0; }
img, video { max-width: 100%; height: auto; border: 1px solid var(--line); }
figcaption, .note { color: var(--muted); font-size: .9rem; }
a { color: #1d4ed8; }
a:focus-visible { outline: 3px solid #f59e0b; outline-offset: 2px; }
ul.links { padding-inline-start: 1.25rem; }
blockquote { margin: .5rem 0; padding-inline-start: .75rem;
  border-inline-start: 3px solid var(--line); }
"""


def _e(value: Any) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _safe_href(url: str) -> str | None:
    """A link target for a web address; None for anything else (``javascript:`` and so on)."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() in ("http", "https") and parts.netloc:
        return url.strip()
    return None


def _local(value: str | None, tz: ZoneInfo) -> tuple[str, str]:
    """(machine-readable ISO, shown "YYYY-MM-DD HH:MM" in the workspace's zone)."""
    if not value:
        return "", ""
    moment = dt.datetime.fromisoformat(value)
    return value, moment.astimezone(tz).strftime("%Y-%m-%d %H:%M")


def _render_html(data: dict[str, Any], tz: ZoneInfo) -> str:
    period = data["period"]
    posts = data["posts"]
    ar, en = _WORDS["ar"], _WORDS["en"]
    out = [
        "<!DOCTYPE html>",
        '<html lang="ar" dir="rtl">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(ar['heading'])} — {_e(period['start'])} – {_e(period['end'])}</title>",
        f"<style>{_CSS}</style>",
        "</head>",
        "<body>",
        '<header class="page">',
        f'<div dir="rtl" lang="ar"><h1>{_e(ar["heading"])}</h1>',
        f"<p>{_e(ar['period'])}: <bdi>{_e(period['start'])}</bdi> – "
        f"<bdi>{_e(period['end'])}</bdi> · {_e(ar['count'])}: {len(posts)}</p></div>",
        f'<div dir="ltr" lang="en"><p><strong>{_e(en["heading"])}</strong></p>',
        f"<p>{_e(en['period'])}: {_e(period['start'])} – {_e(period['end'])} · "
        f"{_e(en['count'])}: {len(posts)}</p></div>",
        "</header>",
        "<main>",
    ]
    if not posts:
        out.append(f'<p dir="rtl" lang="ar">{_e(ar["none"])}</p>')
        out.append(f'<p dir="ltr" lang="en">{_e(en["none"])}</p>')
    for post in posts:
        iso, shown = _local(post["published_at"], tz)
        out.append(f'<article id="post-{int(post["id"])}">')
        out.append(
            f'<p class="when">{_e(ar["published"])} / <span lang="en">{_e(en["published"])}'
            f'</span>: <time datetime="{_e(iso)}" dir="ltr">{_e(shown)}</time></p>'
        )
        out.append('<div class="sides">')
        out.extend(_side(post, "ar", tz))
        out.extend(_side(post, "en", tz))
        out.append("</div>")
        out.append("</article>")
    out.extend(["</main>", "</body>", "</html>", ""])
    return "\n".join(out)


def _side(post: dict[str, Any], lang: str, tz: ZoneInfo) -> list[str]:
    """One language's half of a post: title, text, metadata, links, media."""
    words = _WORDS[lang]
    direction = "rtl" if lang == "ar" else "ltr"
    if lang == "ar":
        title, text = post["title"], post["text_ar"]
    else:
        title, text = post["title_en"] or post["title"], post["text_en"]
    out = [f'<section dir="{direction}" lang="{lang}">']
    out.append(f'<h2 dir="auto">{_e(title)}</h2>')
    if text.strip():
        out.append(f'<div class="text">{_e(text)}</div>')
    else:
        out.append(f'<p class="note">{_e(words["no_text"])}</p>')
    meta = []
    for key, label in (("pillar", "pillar"), ("campaign", "campaign"), ("event", "event")):
        names = post.get(key)
        if names:
            name = names[lang] or names["ar" if lang == "en" else "en"]
            if name:
                meta.append(f'<dt>{_e(words[label])}</dt><dd dir="auto">{_e(name)}</dd>')
    if post["link"]:
        href = _safe_href(post["link"])
        value = (
            f'<a href="{_e(href)}" dir="ltr">{_e(post["link"])}</a>'
            if href
            else f'<span dir="ltr">{_e(post["link"])}</span>'
        )
        meta.append(f"<dt>{_e(words['link'])}</dt><dd>{value}</dd>")
    if meta:
        out.append("<dl>" + "".join(meta) + "</dl>")
    if post["platforms"]:
        out.append(f"<h3>{_e(words['links'])}</h3>")
        out.append('<ul class="links">')
        for entry in post["platforms"]:
            names = _PLATFORM_NAMES.get(entry["platform"], (entry["platform"], entry["platform"]))
            name = names[0] if lang == "ar" else names[1]
            href = _safe_href(entry["url"] or "")
            if href:
                target = f'<a href="{_e(href)}">{_e(name)}</a>'
            else:
                target = f"{_e(name)} ({_e(words['not_recorded'])})"
            iso, shown = _local(entry["published_at"], tz)
            when = f' <time datetime="{_e(iso)}" dir="ltr">{_e(shown)}</time>' if iso else ""
            own = ""
            own_text = entry["text_ar"] if lang == "ar" else entry["text_en"]
            if entry["own_text"] and own_text and own_text.strip():
                own = (
                    f"<details><summary>{_e(words['platform_text'])}</summary>"
                    f'<blockquote class="text">{_e(own_text)}</blockquote></details>'
                )
            out.append(f"<li>{target}{when}{own}</li>")
        out.append("</ul>")
    if post["media"]:
        out.append(f"<h3>{_e(words['media'])}</h3>")
        for media in post["media"]:
            out.extend(_figure(media, lang, words))
    out.append("</section>")
    return out


def _figure(media: dict[str, Any], lang: str, words: dict[str, str]) -> list[str]:
    other = "en" if lang == "ar" else "ar"
    alt = (
        media[f"alt_{lang}"].strip()
        or media[f"alt_{other}"].strip()
        or media["title"].strip()
        or media["original_name"]
    )
    out = ["<figure>"]
    src = media["file"]
    if src is None:
        out.append(f'<p class="note">{_e(words["missing"])} ({_e(media["original_name"])})</p>')
    elif media["kind"] == MediaKind.IMAGE.value:
        size = ""
        if media["width"] and media["height"]:
            size = f' width="{int(media["width"])}" height="{int(media["height"])}"'
        out.append(f'<img src="{_e(src)}" alt="{_e(alt)}"{size} loading="lazy">')
    elif media["kind"] == MediaKind.VIDEO.value:
        out.append(
            f'<video controls preload="none" src="{_e(src)}" aria-label="{_e(alt)}"></video>'
        )
        out.append(f'<p><a href="{_e(src)}">{_e(words["open"])}</a></p>')
    else:
        out.append(f'<p><a href="{_e(src)}">{_e(media["title"] or media["original_name"])}</a></p>')
    caption = []
    if media["title"]:
        caption.append(f'<span dir="auto">{_e(media["title"])}</span>')
    if media["credit"]:
        caption.append(f'{_e(words["credit"])}: <span dir="auto">{_e(media["credit"])}</span>')
    if media["licence"]:
        caption.append(f'{_e(words["licence"])}: <span dir="auto">{_e(media["licence"])}</span>')
    if caption:
        out.append("<figcaption>" + " · ".join(caption) + "</figcaption>")
    out.append("</figure>")
    return out
