"""The media archive: checked imports that store nothing for a bad file, the same content once,
filters, cached thumbnails, details, metadata changes that withdraw approvals, and the
institutional-memory export."""

from __future__ import annotations

import builtins
import datetime as dt
import hashlib
import io
import json
import os
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest
from PIL import Image

from app.services.archive import (
    ArchiveError,
    ArchiveFilter,
    ArchiveService,
    archive_kind,
)
from app.services.posts import PostInvalid, PostService
from tests.services.post_fixtures import FakeClock, count, fields, set_state

# --- helpers -----------------------------------------------------------------------------------


def png_bytes(size: tuple[int, int] = (40, 20), colour: str = "red", **save: object) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, format="PNG", **save)
    return buffer.getvalue()


def jpeg_bytes(size: tuple[int, int] = (64, 48), colour: str = "blue", **save: object) -> bytes:
    buffer = io.BytesIO()
    # Noise, so the JPEG has real entropy-coded data to cut short.
    image = Image.effect_noise(size, 60).convert("RGB")
    image.paste(colour, (0, 0, size[0] // 2, size[1] // 2))
    image.save(buffer, format="JPEG", quality=90, **save)
    return buffer.getvalue()


MP4 = b"\x00\x00\x00\x18ftypmp42" + b"\x02" * 80
PDF = b"%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"


def write(folder: Path, name: str, content: bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    return path


def docx_bytes() -> bytes:
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("[Content_Types].xml", "<Types/>")
        package.writestr("word/document.xml", "<document/>")
    return buffer.getvalue()


def store_files(workspace) -> list[Path]:
    media = workspace.workspace.media_dir
    return sorted(p for p in media.rglob("*") if p.is_file()) if media.exists() else []


@pytest.fixture
def archive(workspace, clock: FakeClock, tmp_path: Path) -> ArchiveService:
    return ArchiveService(
        workspace.sessions,
        workspace.workspace.media_dir,
        workspace.workspace.cache_dir,
        clock=clock,
        timezone="Asia/Amman",
    )


@pytest.fixture
def incoming(tmp_path: Path) -> Path:
    folder = tmp_path / "incoming"
    folder.mkdir()
    return folder


# --- importing ---------------------------------------------------------------------------------


def test_kinds_the_archive_takes() -> None:
    for name in ("a.JPG", "a.jpeg", "a.png", "a.gif", "a.webp"):
        assert archive_kind(Path(name)) == "image"
    for name in ("c.mp4", "c.MOV", "c.webm", "c.m4v"):
        assert archive_kind(Path(name)) == "video"
    for name in ("d.pdf", "d.docx", "d.xlsx", "d.pptx", "d.odt", "d.txt"):
        assert archive_kind(Path(name)) == "document"
    for name in ("x.svg", "x.heic", "x.exe", "x.srt", "noext", "x.tar.gz"):
        assert archive_kind(Path(name)) is None


def test_importing_the_same_image_twice_stores_one_file(
    archive: ArchiveService, workspace, incoming: Path
) -> None:
    content = png_bytes()
    first = write(incoming, "poster.png", content)
    copy = write(incoming, "sub/poster copy.PNG", content)  # same bytes, another name
    report = archive.import_files([first])
    assert len(report.imported) == 1 and not report.skipped and not report.duplicates
    item_id = report.imported[0]
    again = archive.import_files([copy, first])
    assert again.imported == []
    assert again.duplicates == [(copy, item_id), (first, item_id)]
    assert count(workspace, "media_assets") == 1
    sha = hashlib.sha256(content).hexdigest()
    assert store_files(workspace) == [workspace.workspace.media_dir / sha[:2] / f"{sha}.png"]
    # The same content twice in one batch is one item too.
    fresh = png_bytes(colour="green")
    a, b = write(incoming, "g1.png", fresh), write(incoming, "g2.png", fresh)
    batch = archive.import_files([a, b])
    assert len(batch.imported) == 1 and batch.duplicates == [(b, batch.imported[0])]
    assert count(workspace, "media_assets") == 2 and len(store_files(workspace)) == 2


def test_an_imported_image_keeps_its_size_name_and_time(
    archive: ArchiveService, clock: FakeClock, incoming: Path
) -> None:
    path = write(incoming, "حملة التسجيل.jpg", jpeg_bytes((64, 48)))
    (item_id,) = archive.import_files([path]).imported
    detail = archive.detail(item_id)
    assert (detail.kind, detail.width, detail.height) == ("image", 64, 48)
    assert detail.original_name == "حملة التسجيل.jpg"
    assert detail.mime_type == "image/jpeg" and detail.size_bytes == path.stat().st_size
    assert detail.imported_at == clock.now
    assert detail.path.read_bytes() == path.read_bytes()


def test_exif_orientation_and_date_are_read(archive: ArchiveService, incoming: Path) -> None:
    exif = Image.Exif()
    exif[0x0112] = 6  # rotated 90°: shown 48 wide, 64 high
    exif.get_ifd(0x8769)[0x9003] = "2026:05:14 10:30:00"
    path = write(incoming, "rotated.jpg", jpeg_bytes((64, 48), exif=exif.tobytes()))
    (item_id,) = archive.import_files([path]).imported
    detail = archive.detail(item_id)
    assert (detail.width, detail.height) == (48, 64)
    assert detail.taken_on == dt.date(2026, 5, 14)


def test_a_corrupt_image_is_reported_and_nothing_is_stored(
    archive: ArchiveService, workspace, incoming: Path
) -> None:
    garbage_png = write(incoming, "garbage.png", b"\x89PNG\r\n\x1a\n" + os.urandom(300))
    full = jpeg_bytes((200, 150))
    truncated = write(incoming, "truncated.jpg", full[: len(full) // 2])
    report = archive.import_files([garbage_png, truncated])
    assert report.imported == [] and report.duplicates == []
    assert [path for path, _ in report.skipped] == [garbage_png, truncated]
    for _, reason in report.skipped:
        assert reason.code == "corrupt_image"
        assert "damaged or incomplete" in reason
    assert count(workspace, "media_assets") == 0
    assert store_files(workspace) == []  # no copy, no temporary file


def test_files_that_are_not_what_their_names_say_are_skipped(
    archive: ArchiveService, workspace, incoming: Path
) -> None:
    files = [
        write(incoming, "fake.pdf", b"<html>not a pdf</html>"),
        write(incoming, "fake.docx", b"plain text, not a ZIP package"),
        write(incoming, "empty.txt", b""),
        write(incoming, "drawing.svg", b"<svg/>"),
        write(incoming, "photo.png", jpeg_bytes()),  # a JPEG named .png is still an image
        write(incoming, "gif-as-webp.webp", b"GIF89a" + b"\x00" * 20),
    ]
    report = archive.import_files(files)
    codes = {path.name: reason.code for path, reason in report.skipped}
    assert codes == {
        "fake.pdf": "not_pdf",
        "fake.docx": "not_package",
        "empty.txt": "empty",
        "drawing.svg": "unsupported",
        "gif-as-webp.webp": "corrupt_image",
    }
    assert len(report.imported) == 1
    assert count(workspace, "media_assets") == 1 and len(store_files(workspace)) == 1


def test_documents_and_videos_are_imported(archive: ArchiveService, incoming: Path) -> None:
    files = [
        write(incoming, "minutes.pdf", PDF),
        write(incoming, "plan.docx", docx_bytes()),
        write(incoming, "notes.txt", "ملاحظات الاجتماع".encode()),
        write(incoming, "clip.mp4", MP4),
    ]
    report = archive.import_files(files)
    assert not report.skipped and len(report.imported) == 4
    kinds = [archive.detail(i).kind for i in report.imported]
    assert kinds == ["document", "document", "document", "video"]
    assert archive.detail(report.imported[3]).width is None


def test_unreadable_missing_and_folder_paths_are_skipped_with_the_os_reason(
    archive: ArchiveService, workspace, incoming: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    locked = write(incoming, "locked.png", png_bytes())
    missing = incoming / "gone.png"
    folder = incoming / "a folder.png"
    folder.mkdir()
    real_open = builtins.open

    def refusing_open(file, *args, **kwargs):  # type: ignore[no-untyped-def]
        if Path(file) == locked:
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", refusing_open)
    report = archive.import_files([locked, missing, folder])
    monkeypatch.undo()
    reasons = dict(report.skipped)
    assert reasons[locked].code == "unreadable" and "Permission denied" in reasons[locked]
    assert reasons[missing].code == "unreadable" and "does not exist" in reasons[missing]
    assert reasons[folder].code == "folder"
    assert count(workspace, "media_assets") == 0 and store_files(workspace) == []


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file")
def test_a_file_without_read_permission_is_skipped(
    archive: ArchiveService, workspace, incoming: Path
) -> None:
    locked = write(incoming, "locked.png", png_bytes())
    locked.chmod(0)
    try:
        report = archive.import_files([locked])
    finally:
        locked.chmod(0o600)
    assert report.skipped[0][1].code == "unreadable"
    assert count(workspace, "media_assets") == 0


def test_a_failure_while_storing_one_file_leaves_nothing_and_the_others_go_on(
    workspace, incoming: Path, caplog: pytest.LogCaptureFixture
) -> None:
    calls = {"n": 0}

    def failing_once() -> dt.datetime:
        calls["n"] += 1
        if calls["n"] == 1:
            raise RuntimeError("boom")
        return dt.datetime(2026, 6, 1, tzinfo=dt.UTC)

    archive = ArchiveService(
        workspace.sessions,
        workspace.workspace.media_dir,
        workspace.workspace.cache_dir,
        clock=failing_once,
    )
    first = write(incoming, "a.png", png_bytes(colour="red"))
    second = write(incoming, "b.png", png_bytes(colour="blue"))
    report = archive.import_files([first, second])
    assert report.skipped[0][0] == first and report.skipped[0][1].code == "error"
    assert len(report.imported) == 1
    assert count(workspace, "media_assets") == 1
    sha = hashlib.sha256(second.read_bytes()).hexdigest()
    assert [p.name for p in store_files(workspace)] == [f"{sha}.png"]
    assert "boom" in caplog.text


def test_folder_import_is_recursive_sorted_and_skips_hidden_files(
    archive: ArchiveService, incoming: Path
) -> None:
    write(incoming, "b.png", png_bytes(colour="red"))
    write(incoming, "a.jpg", jpeg_bytes())
    write(incoming, "sub/c.pdf", PDF)
    write(incoming, "sub/deeper/d.txt", b"notes")
    write(incoming, ".hidden.png", png_bytes(colour="white"))
    write(incoming, ".git/e.png", png_bytes(colour="black"))
    write(incoming, "sub/raw.cr2", b"raw")
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return True

    report = archive.import_folder(incoming, progress)
    names = [archive.detail(i).original_name for i in report.imported]
    assert names == ["a.jpg", "b.png", "c.pdf", "d.txt"]
    assert [(p.name, r.code) for p, r in report.skipped] == [("raw.cr2", "unsupported")]
    assert seen == [(0, 5), (1, 5), (2, 5), (3, 5), (4, 5), (5, 5)]
    assert not report.cancelled


def test_progress_can_cancel_an_import(archive: ArchiveService, workspace, incoming: Path) -> None:
    for n in range(5):
        write(incoming, f"{n}.png", png_bytes(colour=(n * 40, 0, 0)))  # type: ignore[arg-type]
    report = archive.import_folder(incoming, lambda done, total: done < 2)
    assert report.cancelled and len(report.imported) == 2
    assert count(workspace, "media_assets") == 2 and len(store_files(workspace)) == 2
    stopped = archive.import_folder(incoming, lambda done, total: False)
    assert stopped.cancelled and stopped.imported == [] and stopped.duplicates == []


def test_folder_import_refuses_what_is_not_a_folder(
    archive: ArchiveService, incoming: Path
) -> None:
    with pytest.raises(ArchiveError, match="does not exist"):
        archive.import_folder(incoming / "nowhere")
    with pytest.raises(ArchiveError, match="not a folder"):
        archive.import_folder(write(incoming, "a.png", png_bytes()))


def test_a_thousand_small_files_import_in_linear_time(
    archive: ArchiveService, workspace, incoming: Path
) -> None:
    """Each file costs the same few statements however many are in the archive already."""
    from sqlalchemy import event

    statements: list[str] = []

    def count_statement(*args: object) -> None:
        statements.append("x")

    for n in range(1000):
        write(incoming, f"batch/{n:04}.txt", f"note {n}".encode())
    event.listen(workspace.engine, "before_cursor_execute", count_statement)
    try:
        first = archive.import_files(sorted((incoming / "batch").iterdir())[:100])
        at_100 = len(statements)
        rest = archive.import_files(sorted((incoming / "batch").iterdir())[100:])
    finally:
        event.remove(workspace.engine, "before_cursor_execute", count_statement)
    assert len(first.imported) + len(rest.imported) == 1000
    assert len(statements) - at_100 == 9 * at_100  # the same statements per file
    assert count(workspace, "media_assets") == 1000


# --- filters -----------------------------------------------------------------------------------


def _event(workspace, title: str = "مؤتمر الشباب") -> int:
    from app.store.models import Event

    with workspace.sessions.begin() as session:
        event = Event(
            title_ar=title,
            title_en="Youth conference",
            starts_at=dt.datetime(2026, 6, 5, 7, tzinfo=dt.UTC),
            ends_at=dt.datetime(2026, 6, 5, 12, tzinfo=dt.UTC),
        )
        session.add(event)
        session.flush()
        return event.id


def test_filters(archive: ArchiveService, workspace, incoming: Path, clock: FakeClock) -> None:
    event_id = _event(workspace)
    ids = archive.import_files(
        [
            write(incoming, "crowd.png", png_bytes(colour="red")),
            write(incoming, "poster.jpg", jpeg_bytes()),
            write(incoming, "clip.mp4", MP4),
            write(incoming, "report.pdf", PDF),
        ]
    ).imported
    crowd, poster, clip, report = ids
    archive.update(
        crowd,
        title="جمهور الانتخابات",
        alt_ar="جمهور في القاعة",
        has_identifiable_people=True,
        event_id=event_id,
    )
    archive.update(poster, alt_ar="ملصق", alt_en="Poster", licence="CC BY 4.0")
    archive.update(clip, description="Voter registration VIDEO", licence="CC BY 4.0")
    archive.set_tags(report, ["تقارير", "#Annual"])
    archive.set_tags(poster, ["تقارير"])

    def ids_of(**wanted: object) -> set[int]:
        return {item.id for item in archive.items(ArchiveFilter(**wanted))}  # type: ignore[arg-type]

    assert ids_of() == set(ids)
    assert [i.id for i in archive.items()] == [report, clip, poster, crowd]  # newest first
    assert ids_of(kinds=frozenset({"image"})) == {crowd, poster}
    assert ids_of(kinds=frozenset({"video", "document"})) == {clip, report}
    assert ids_of(event_id=event_id) == {crowd}
    assert ids_of(tag="تقارير") == {report, poster}
    assert ids_of(tag="annual") == {report}
    assert ids_of(missing_alt=True) == {crowd}  # images only; crowd lacks English
    assert ids_of(missing_licence=True) == {crowd, report}
    assert ids_of(missing_consent=True) == {crowd}
    assert ids_of(text="الإنتخابات") == {crowd}  # alef with hamza, as typed
    assert ids_of(text="voter video") == {clip}
    assert ids_of(text="REPORT") == {report}  # the file name
    assert ids_of(text="تقاريـــر") == {report, poster}  # tags, tatweel ignored
    assert ids_of(kinds=frozenset({"image"}), missing_licence=True) == {crowd}

    items = {item.id: item for item in archive.items()}
    assert not items[crowd].has_alt and items[poster].has_alt
    assert items[crowd].needs_consent and not items[poster].needs_consent
    assert items[poster].has_licence and not items[report].has_licence
    assert items[crowd].title == "جمهور الانتخابات"

    # A consent makes it valid; once it expires, it is missing again.
    archive.add_consent(
        crowd, "ليلى أحمد", given_on=dt.date(2026, 5, 1), expires_on=dt.date(2026, 7, 1)
    )
    assert ids_of(missing_consent=True) == set()
    clock.now = dt.datetime(2026, 7, 2, 9, tzinfo=dt.UTC)
    assert ids_of(missing_consent=True) == {crowd}


def test_set_tags_trims_and_keeps_each_once(archive: ArchiveService, incoming: Path) -> None:
    (item,) = archive.import_files([write(incoming, "a.png", png_bytes())]).imported
    kept = archive.set_tags(item, [" #انتخابات ", "انتخابات", "Youth  Day", "youth day", "", "  "])
    assert kept == ("انتخابات", "Youth Day")
    assert archive.detail(item).tags == kept
    assert archive.set_tags(item, ["أخرى"]) == ("أخرى",)
    assert archive.detail(item).tags == ("أخرى",)
    assert archive.tags() == ["أخرى"]
    with pytest.raises(ArchiveError):
        archive.set_tags(item, ["x" * 101])
    assert archive.detail(item).tags == ("أخرى",)


# --- thumbnails --------------------------------------------------------------------------------


def test_thumbnails_are_made_once_and_reused(
    archive: ArchiveService, workspace, incoming: Path
) -> None:
    (item,) = archive.import_files([write(incoming, "wide.png", png_bytes((800, 400)))]).imported
    thumb = archive.thumbnail(item, 128)
    assert thumb is not None and thumb.parent == workspace.workspace.cache_dir / "thumbs"
    sha = archive.detail(item).sha256
    assert thumb.name == f"{sha}-128.png"
    with Image.open(thumb) as image:
        assert image.format == "PNG" and image.size == (128, 64)
    made = thumb.stat().st_mtime_ns
    os.utime(thumb, ns=(made - 10_000_000_000, made - 10_000_000_000))
    old = thumb.stat().st_mtime_ns
    assert archive.thumbnail(item, 128) == thumb
    assert thumb.stat().st_mtime_ns == old  # not written again
    other = archive.thumbnail(item, 64)
    assert other is not None and other != thumb


def test_thumbnail_follows_exif_orientation(archive: ArchiveService, incoming: Path) -> None:
    exif = Image.Exif()
    exif[0x0112] = 6
    path = write(incoming, "rotated.jpg", jpeg_bytes((200, 100), exif=exif.tobytes()))
    (item,) = archive.import_files([path]).imported
    thumb = archive.thumbnail(item, 100)
    assert thumb is not None
    with Image.open(thumb) as image:
        assert image.size == (50, 100)


def test_no_thumbnail_for_videos_documents_unknown_or_damaged_files(
    archive: ArchiveService, incoming: Path
) -> None:
    ids = archive.import_files(
        [
            write(incoming, "clip.mp4", MP4),
            write(incoming, "a.pdf", PDF),
            write(incoming, "a.png", png_bytes()),
        ]
    ).imported
    clip, pdf, image = ids
    assert archive.thumbnail(clip) is None
    assert archive.thumbnail(pdf) is None
    assert archive.thumbnail(999_999) is None
    stored = archive.detail(image).path
    stored.write_bytes(b"\x89PNG\r\n\x1a\n" + b"damaged")  # the stored copy got damaged
    assert archive.thumbnail(image) is None
    stored.unlink()
    assert archive.thumbnail(image) is None


def test_thumbnails_from_worker_threads(archive: ArchiveService, incoming: Path) -> None:
    from concurrent.futures import ThreadPoolExecutor

    ids = archive.import_files(
        [write(incoming, f"{n}.png", png_bytes(colour=(n * 20, 10, 10))) for n in range(8)]  # type: ignore[arg-type]
    ).imported
    with ThreadPoolExecutor(4) as pool:
        paths = list(pool.map(lambda i: archive.thumbnail(i, 32), ids * 2))
    assert all(p is not None and p.is_file() for p in paths)
    assert len(set(paths)) == 8


# --- details and changes -----------------------------------------------------------------------


def test_detail_lists_consents_and_the_posts_using_the_item(
    archive: ArchiveService, workspace, service: PostService, incoming: Path, clock: FakeClock
) -> None:
    path = write(incoming, "crowd.png", png_bytes())
    (item,) = archive.import_files([path]).imported
    late = service.create(
        fields(title="لاحق", scheduled_at=dt.datetime(2026, 6, 20, tzinfo=dt.UTC))
    )
    early = service.create(
        fields(title="سابق", scheduled_at=dt.datetime(2026, 6, 3, tzinfo=dt.UTC))
    )
    loose = service.create(fields(title="بلا موعد", scheduled_at=None))
    for post in (late, loose, early):
        assert service.attach_media(post.id, path).media_id == item  # the same archive item
    document = write(incoming, "consent.pdf", PDF)
    valid = archive.add_consent(item, "سارة", given_on=dt.date(2026, 5, 1), document_path=document)
    expired = archive.add_consent(item, "Omar", expires_on=dt.date(2026, 5, 31))
    assert valid.valid and valid.document_name == "consent.pdf"
    assert not expired.valid
    detail = archive.detail(item)
    assert [(p.post_id, p.title, p.state) for p in detail.posts] == [
        (early.id, "سابق", "draft"),
        (late.id, "لاحق", "draft"),
        (loose.id, "بلا موعد", "draft"),
    ]
    assert detail.posts[0].scheduled_at == dt.datetime(2026, 6, 3, tzinfo=dt.UTC)
    assert [(c.person_name, c.valid) for c in detail.consents] == [("سارة", True), ("Omar", False)]
    assert detail.has_identifiable_people and detail.needs_consent  # Omar's has expired
    # The signed consent form (personal data) stays with its item, out of the grid.
    assert [i.id for i in archive.items()] == [item]
    archive.remove_consent(expired.id)
    assert not archive.detail(item).needs_consent
    with pytest.raises(ArchiveError, match="no archive item"):
        archive.detail(999)


def test_an_alt_text_change_withdraws_the_approval_of_posts_using_the_item(
    archive: ArchiveService, workspace, service: PostService, incoming: Path
) -> None:
    path = write(incoming, "poster.png", png_bytes())
    (item,) = archive.import_files([path]).imported
    approved = service.create(fields())
    draft = service.create(fields(title="مسودة"))
    service.attach_media(approved.id, path)
    service.attach_media(draft.id, path)
    set_state(workspace, approved.id, "approved")
    change = archive.update(item, credit="الهيئة", taken_on=dt.date(2026, 5, 2))
    assert change.returned_to_draft == ()  # no alt text changed
    assert service.get(approved.id).state == "approved"
    change = archive.update(item, alt_ar="  ملصق حملة التسجيل  ")
    assert change.returned_to_draft == (approved.id,)
    assert service.get(approved.id).state == "draft"
    assert change.detail.alt_ar == "ملصق حملة التسجيل"  # trimmed
    assert change.detail.credit == "الهيئة" and change.detail.taken_on == dt.date(2026, 5, 2)


def test_update_is_all_or_nothing_and_refuses_unknown_fields(
    archive: ArchiveService, workspace, incoming: Path
) -> None:
    (item,) = archive.import_files([write(incoming, "a.png", png_bytes())]).imported
    event_id = _event(workspace)
    assert archive.update(item, event_id=event_id).detail.event_id == event_id
    with pytest.raises(ArchiveError, match="no field sha256"):
        archive.update(item, sha256="0" * 64)
    with pytest.raises(PostInvalid, match="no event"):
        archive.update(item, alt_ar="نص", event_id=event_id + 100)
    with pytest.raises(PostInvalid, match="date"):
        archive.update(item, alt_ar="نص", taken_on="2026-05-01")
    with pytest.raises(PostInvalid, match="text"):
        archive.update(item, title=5)
    detail = archive.detail(item)
    assert detail.alt_ar == "" and detail.event_id == event_id and detail.title == ""
    assert archive.update(item, event_id=None, taken_on=None).detail.event_id is None
    with pytest.raises(ArchiveError):
        archive.update(12345, title="x")


# --- institutional-memory export ---------------------------------------------------------------


class PageReader(HTMLParser):
    """Collects what the export's tests look at: the html element, images with the direction
    of the block they sit in, links, scripts and external resources."""

    def __init__(self) -> None:
        super().__init__()
        self.html_attrs: dict[str, str | None] = {}
        self.images: list[tuple[str, dict[str, str | None]]] = []
        self.links: list[str] = []
        self.forbidden: list[str] = []
        self.text: list[str] = []
        self._dirs: list[tuple[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "html":
            self.html_attrs = values
        if tag in ("script", "link", "iframe", "object", "embed"):
            self.forbidden.append(tag)
        if tag == "img":
            direction = next((d for _, d in reversed(self._dirs) if d in ("rtl", "ltr")), None)
            self.images.append((direction or "", values))
            if not (values.get("src") or "").startswith("media/"):
                self.forbidden.append(f"img {values.get('src')}")
        if tag == "a" and values.get("href"):
            self.links.append(values["href"] or "")
        if tag not in ("img", "meta", "br", "hr", "input"):
            self._dirs.append((tag, values.get("dir")))

    def handle_endtag(self, tag: str) -> None:
        for index in range(len(self._dirs) - 1, -1, -1):
            if self._dirs[index][0] == tag:
                del self._dirs[index:]
                break

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _published(
    workspace,
    service: PostService,
    image: Path | None,
    *,
    title: str,
    published: dt.datetime | None,
    state: str = "published",
    **changes: object,
) -> int:
    from app.store.models import PublicationRecord

    post = service.create(fields(title=title, **changes))
    if image is not None:
        service.attach_media(post.id, image)
    set_state(workspace, post.id, state)
    if published is not None:
        with workspace.sessions.begin() as session:
            session.add_all(
                [
                    PublicationRecord(
                        post_id=post.id,
                        platform="facebook",
                        published_at=published,
                        url=f"https://www.facebook.com/commission/posts/{post.id}",
                    ),
                    PublicationRecord(
                        post_id=post.id,
                        platform="x",
                        published_at=published + dt.timedelta(minutes=5),
                        url=f"https://x.com/commission/status/{post.id}",
                    ),
                ]
            )
    return post.id


@pytest.fixture
def exported(archive: ArchiveService, workspace, service: PostService, incoming: Path, tmp_path):
    from app.services.posts import PostFields  # noqa: F401 (fields() builds them)
    from app.store.models import Pillar

    with workspace.sessions.begin() as session:
        pillar = Pillar(name_ar="التوعية", name_en="Awareness")
        session.add(pillar)
        session.flush()
        pillar_id = pillar.id
    image = write(incoming, "poster.png", png_bytes((120, 80)))
    clip = write(incoming, "clip.mp4", MP4)
    image_id, _ = archive.import_files([image, clip]).imported
    archive.update(
        image_id,
        alt_ar="ملصق <التسجيل>",
        alt_en='Registration "poster"',
        credit="الهيئة المستقلة",
        licence="CC BY 4.0",
    )
    ids = {
        "main": _published(
            workspace,
            service,
            image,
            title="حملة التسجيل",
            published=dt.datetime(2026, 6, 10, 8, tzinfo=dt.UTC),
            text_ar="يبدأ التسجيل <script>alert('x')</script> اليوم & غداً",
            pillar_id=pillar_id,
            variants={"x": ("نص خاص بإكس", None)},
        ),
        "video": _published(
            workspace,
            service,
            clip,
            title="فيديو",
            published=dt.datetime(2026, 6, 2, 8, tzinfo=dt.UTC),
            state="archived",
        ),
        # Published without records: counted by its scheduled time (10 June, in the fields).
        "no_records": _published(workspace, service, image, title="بلا سجل", published=None),
        "outside": _published(
            workspace,
            service,
            None,
            title="خارج الفترة",
            published=dt.datetime(2026, 7, 1, 8, tzinfo=dt.UTC),
        ),
        # 30 June 22:30 UTC is 1 July in Amman: outside a June export.
        "late_evening": _published(
            workspace,
            service,
            None,
            title="مساء",
            published=dt.datetime(2026, 6, 30, 22, 30, tzinfo=dt.UTC),
        ),
        "draft": service.create(fields(title="مسودة")).id,
    }
    folder = tmp_path / "export" / "June 2026"
    result = archive.export_memory(dt.date(2026, 6, 1), dt.date(2026, 6, 30), folder)
    return result, ids, image_id


def test_export_writes_data_json_media_and_an_rtl_page(exported, tmp_path: Path) -> None:
    result, ids, _ = exported
    folder = result.folder
    assert result.posts == 3 and result.media == 2
    assert sorted(p.name for p in folder.iterdir()) == ["data.json", "index.html", "media"]
    data = json.loads((folder / "data.json").read_text(encoding="utf-8"))
    assert data["format"] == "bayan-memory-export" and data["schema_version"] == 1
    assert data["period"] == {"start": "2026-06-01", "end": "2026-06-30"}
    # By publication time; a post without records by its scheduled time (10 June, 07:00).
    assert [p["id"] for p in data["posts"]] == [ids["video"], ids["no_records"], ids["main"]]
    main = data["posts"][2]
    assert main["title"] == "حملة التسجيل" and main["title_en"] == "Registration campaign"
    assert main["published_at"] == "2026-06-10T08:00:00+00:00"
    assert main["pillar"] == {"ar": "التوعية", "en": "Awareness"}
    assert [(p["platform"], p["url"], p["published_at"]) for p in main["platforms"]] == [
        (
            "facebook",
            f"https://www.facebook.com/commission/posts/{ids['main']}",
            main["published_at"],
        ),
        ("x", f"https://x.com/commission/status/{ids['main']}", "2026-06-10T08:05:00+00:00"),
    ]
    assert main["platforms"][1]["text_ar"] == "نص خاص بإكس"
    assert main["platforms"][0]["text_ar"] == main["text_ar"]
    (media,) = main["media"]
    assert media["alt_ar"] == "ملصق <التسجيل>" and media["licence"] == "CC BY 4.0"
    assert media["file"] == f"media/{media['sha256']}.png"
    copied = folder / media["file"]
    assert hashlib.sha256(copied.read_bytes()).hexdigest() == media["sha256"]
    assert data["posts"][0]["media"][0]["file"].endswith(".mp4")
    assert data["posts"][1]["published_at"] == "2026-06-10T07:00:00+00:00"  # scheduled time
    referenced = {Path(m["file"]).name for p in data["posts"] for m in p["media"]}
    assert sorted(p.name for p in (folder / "media").iterdir()) == sorted(referenced)
    assert len(referenced) == 2  # the poster of two posts is copied once
    # The JSON keeps Arabic as it is, not as \u escapes.
    assert "حملة التسجيل" in (folder / "data.json").read_text(encoding="utf-8")


def test_export_page_is_rtl_escaped_with_alt_texts_and_links(exported) -> None:
    result, ids, _ = exported
    page = (result.folder / "index.html").read_text(encoding="utf-8")
    reader = PageReader()
    reader.feed(page)
    reader.close()
    assert reader.html_attrs == {"lang": "ar", "dir": "rtl"}
    assert reader.forbidden == []  # no scripts, no external resources
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "alert('x')" in "".join(reader.text)  # shown as text
    assert "http" not in " ".join(v for _, a in reader.images for v in a.values() if v)
    # Each image twice (main and no_records): Arabic alt on the Arabic side, English on the
    # English side; every img has a non-empty alt.
    assert len(reader.images) == 4
    for direction, attrs in reader.images:
        assert attrs.get("alt")
        if direction == "rtl":
            assert attrs["alt"] == "ملصق <التسجيل>"
        else:
            assert direction == "ltr" and attrs["alt"] == 'Registration "poster"'
    assert f"https://x.com/commission/status/{ids['main']}" in reader.links
    assert f"https://www.facebook.com/commission/posts/{ids['main']}" in reader.links
    assert 'lang="en"' in page and 'dir="ltr"' in page
    assert "خارج الفترة" not in page and "مسودة" not in page and "مساء" not in page


def test_export_links_only_to_web_addresses(
    archive: ArchiveService, workspace, service: PostService, tmp_path: Path
) -> None:
    from app.store.models import PublicationRecord

    post = _published(
        workspace, service, None, title="رابط", published=None, link="javascript:alert(1)"
    )
    with workspace.sessions.begin() as session:
        session.add(
            PublicationRecord(
                post_id=post,
                platform="facebook",
                published_at=dt.datetime(2026, 6, 9, tzinfo=dt.UTC),
                url="javascript:alert(2)",
            )
        )
    result = archive.export_memory(dt.date(2026, 6, 1), dt.date(2026, 6, 30), tmp_path / "out")
    reader = PageReader()
    reader.feed((result.folder / "index.html").read_text(encoding="utf-8"))
    assert all(not link.startswith("javascript") for link in reader.links)


def test_export_refuses_a_foreign_folder_and_replaces_an_earlier_export(
    archive: ArchiveService, workspace, service: PostService, tmp_path: Path
) -> None:
    foreign = tmp_path / "documents"
    write(foreign, "thesis.docx", b"mine")
    with pytest.raises(ArchiveError, match="not empty"):
        archive.export_memory(dt.date(2026, 6, 1), dt.date(2026, 6, 30), foreign)
    assert [p.name for p in foreign.iterdir()] == ["thesis.docx"]
    with pytest.raises(ArchiveError, match="is a file"):
        archive.export_memory(dt.date(2026, 6, 1), dt.date(2026, 6, 30), foreign / "thesis.docx")
    with pytest.raises(ArchiveError, match="before it starts"):
        archive.export_memory(dt.date(2026, 6, 30), dt.date(2026, 6, 1), tmp_path / "new")

    empty = tmp_path / "empty"
    empty.mkdir()
    assert archive.export_memory(dt.date(2026, 6, 1), dt.date(2026, 6, 30), empty).posts == 0
    assert (empty / "index.html").is_file()
    _published(workspace, service, None, title="جديد", published=None)
    again = archive.export_memory(dt.date(2026, 6, 1), dt.date(2026, 6, 30), empty)
    assert again.posts == 1
    assert "جديد" in (empty / "index.html").read_text(encoding="utf-8")
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_a_failed_export_leaves_nothing_behind(
    exported, archive: ArchiveService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    result, _, _ = exported
    before = {p.name: p.read_bytes() for p in result.folder.rglob("*") if p.is_file()}

    def full_disk(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(shutil, "copyfile", full_disk)
    fresh = tmp_path / "fresh"
    with pytest.raises(ArchiveError, match="No space left"):
        archive.export_memory(dt.date(2026, 6, 1), dt.date(2026, 6, 30), fresh)
    assert not fresh.exists()
    # Replacing the earlier export fails the same way: the earlier one is untouched.
    with pytest.raises(ArchiveError, match="No space left"):
        archive.export_memory(dt.date(2026, 6, 1), dt.date(2026, 6, 30), result.folder)
    after = {p.name: p.read_bytes() for p in result.folder.rglob("*") if p.is_file()}
    assert after == before
    leftovers = [p.name for p in result.folder.parent.iterdir() if p.name.startswith(".")]
    assert leftovers == [] and [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
