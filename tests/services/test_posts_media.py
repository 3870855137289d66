"""Media attachments: content-hash store, one file for the same content, refusals store nothing."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from app.services.media_store import media_kind, store_file, stored_path
from app.services.posts import MediaError, PostError, PostInvalid, PostLocked, PostService
from tests.services.post_fixtures import (
    count,
    fields,
    post_row,
    set_state,
)

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
GIF = b"GIF89a" + b"\x01" * 40
MP4 = b"\x00\x00\x00\x18ftypmp42" + b"\x02" * 80


def files_in(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


def make(tmp_path: Path, name: str, content: bytes) -> Path:
    path = tmp_path / "incoming" / name
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(content)
    return path


def test_kinds_by_suffix_and_mime() -> None:
    assert media_kind(Path("a.JPG")) == "image"
    assert media_kind(Path("a.gif")) == "image"
    assert media_kind(Path("a.webp")) == "image"
    assert media_kind(Path("clip.MOV")) == "video"
    assert media_kind(Path("clip.mp4")) == "video"
    assert media_kind(Path("notes.pdf")) is None
    assert media_kind(Path("captions.srt")) is None
    assert media_kind(Path("noext")) is None


def test_attach_copies_the_file_under_its_hash(
    service: PostService, workspace, tmp_path: Path
) -> None:
    import hashlib

    source = make(tmp_path, "Photo 1.PNG", PNG)
    post = service.create(fields())
    media = service.attach_media(
        post.id, source, alt_ar="ملصق حملة التسجيل", credit="الهيئة", licence="CC BY 4.0"
    )
    sha = hashlib.sha256(PNG).hexdigest()
    assert media.path == workspace.workspace.media_dir / sha[:2] / f"{sha}.png"
    assert media.path.read_bytes() == PNG
    assert media.kind == "image" and media.original_name == "Photo 1.PNG"
    assert media.alt_ar == "ملصق حملة التسجيل" and media.licence == "CC BY 4.0"
    again = service.get(post.id)
    assert again.media == (media,)
    assert service.revisions(post.id)[-1].reason == "attach"
    assert service.revisions(post.id)[-1].snapshot["media"] == [media.media_id]
    source.unlink()  # the workspace keeps its own copy
    assert media.path.exists()


def test_same_image_twice_is_one_file_and_one_asset(
    service: PostService, workspace, tmp_path: Path
) -> None:
    first = make(tmp_path, "poster.png", PNG)
    second = make(tmp_path, "poster-copy.png", PNG)  # same bytes, another name
    post = service.create(fields())
    other = service.create(fields(title="منشور آخر"))
    a = service.attach_media(post.id, first, alt_ar="ملصق")
    b = service.attach_media(post.id, second, alt_ar="نص آخر", alt_en="Poster")
    c = service.attach_media(other.id, second)
    assert a.media_id == b.media_id == c.media_id
    assert len(files_in(workspace.workspace.media_dir)) == 1
    assert count(workspace, "media_assets") == 1
    assert count(workspace, "post_media") == 2, "attached once to each post"
    assert b.alt_ar == "ملصق", "existing metadata is kept"
    assert b.alt_en == "Poster", "missing metadata is filled in"
    assert len(service.get(post.id).media) == 1


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("missing.png", None, "does not exist"),
        ("empty.png", b"", "is empty"),
        ("report.pdf", b"%PDF-1.7", "not an image or a video"),
        ("folder.png", "dir", "is a folder"),
    ],
)
def test_a_file_that_cannot_be_used_stores_nothing(
    service: PostService, workspace, tmp_path: Path, name: str, content, message: str
) -> None:
    post = service.create(fields())
    path = tmp_path / "incoming" / name
    path.parent.mkdir()
    if content == "dir":
        path.mkdir()
    elif content is not None:
        path.write_bytes(content)
    before = post_row(workspace, post.id)
    with pytest.raises(MediaError, match=message):
        service.attach_media(post.id, path)
    assert files_in(workspace.workspace.media_dir) == []
    assert count(workspace, "media_assets") == 0
    assert post_row(workspace, post.id) == before


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_an_unreadable_file_stores_nothing(service: PostService, workspace, tmp_path: Path) -> None:
    post = service.create(fields())
    path = make(tmp_path, "secret.jpg", PNG)
    path.chmod(0)
    try:
        with pytest.raises(MediaError, match=r"cannot read .*secret\.jpg"):
            service.attach_media(post.id, path)
    finally:
        path.chmod(0o600)
    assert files_in(workspace.workspace.media_dir) == []
    assert count(workspace, "media_assets") == 0


def test_a_read_error_midway_leaves_no_partial_file(tmp_path: Path, monkeypatch) -> None:
    """Simulates a failing disk (works as root too, unlike file permissions)."""
    import builtins

    source = make(tmp_path, "clip.mp4", MP4 * 1000)
    real_open = builtins.open

    class Failing:
        def __init__(self, handle) -> None:
            self.handle = handle
            self.reads = 0

        def __enter__(self):
            return self

        def __exit__(self, *exc) -> None:
            self.handle.close()

        def read(self, size: int) -> bytes:
            self.reads += 1
            if self.reads > 1:
                raise OSError(5, "Input/output error")
            return self.handle.read(16)

    def fake_open(file, mode="r", *args, **kwargs):
        handle = real_open(file, mode, *args, **kwargs)
        return Failing(handle) if Path(file) == source else handle

    monkeypatch.setattr(builtins, "open", fake_open)
    media_dir = tmp_path / "media"
    from app.services.media_store import MediaStoreError

    with pytest.raises(MediaStoreError, match=r"cannot read .*Input/output error"):
        store_file(media_dir, source)
    assert files_in(media_dir) == []


def test_a_database_failure_removes_the_file_it_just_stored(
    service: PostService, workspace, tmp_path: Path, monkeypatch
) -> None:
    post = service.create(fields())

    def broken(*args, **kwargs):
        raise RuntimeError("database went away")

    monkeypatch.setattr(PostService, "_content_changed", broken)
    with pytest.raises(RuntimeError):
        service.attach_media(post.id, make(tmp_path, "a.png", PNG))
    assert files_in(workspace.workspace.media_dir) == []
    assert count(workspace, "media_assets") == 0


def test_gif_and_video_kinds(service: PostService, tmp_path: Path) -> None:
    post = service.create(fields())
    gif = service.attach_media(post.id, make(tmp_path, "wave.gif", GIF), alt_ar="تلويح")
    video = service.attach_media(post.id, make(tmp_path, "clip.mp4", MP4))
    assert (gif.kind, video.kind) == ("image", "video")
    assert [m.media_id for m in service.get(post.id).media] == [gif.media_id, video.media_id]


def test_attaching_to_a_published_post_is_refused(
    service: PostService, workspace, tmp_path: Path
) -> None:
    post = service.create(fields())
    set_state(workspace, post.id, "published")
    with pytest.raises(PostLocked):
        service.attach_media(post.id, make(tmp_path, "a.png", PNG))
    assert files_in(workspace.workspace.media_dir) == []


def test_attaching_to_an_approved_post_returns_it_to_draft(
    service: PostService, workspace, tmp_path: Path
) -> None:
    post = service.create(fields())
    set_state(workspace, post.id, "approved")
    service.attach_media(post.id, make(tmp_path, "a.png", PNG))
    assert service.get(post.id).state == "draft"


def test_detach_keeps_the_archive_item(service: PostService, workspace, tmp_path: Path) -> None:
    post = service.create(fields())
    media = service.attach_media(post.id, make(tmp_path, "a.png", PNG))
    service.detach_media(post.id, media.media_id)
    assert service.get(post.id).media == ()
    assert count(workspace, "media_assets") == 1 and media.path.exists()
    assert service.revisions(post.id)[-1].reason == "detach"
    with pytest.raises(PostError, match="not attached"):
        service.detach_media(post.id, media.media_id)


def test_update_media_metadata(service: PostService, tmp_path: Path) -> None:
    post = service.create(fields())
    media = service.attach_media(post.id, make(tmp_path, "a.png", PNG))
    updated = service.update_media(
        media.media_id, alt_en="Poster: registration opens 1 June", contains_text=1
    )
    assert updated.alt_en == "Poster: registration opens 1 June"
    assert updated.contains_text is True
    assert service.get(post.id).media[0] == updated
    with pytest.raises(PostInvalid, match="no field colour"):
        service.update_media(media.media_id, colour="red")
    with pytest.raises(PostInvalid, match="alt_ar must be text"):
        service.update_media(media.media_id, alt_ar=None)
    with pytest.raises(PostError, match="no media item 999"):
        service.update_media(999, alt_ar="x")


def test_consents_with_minor_guardian_and_document(
    service: PostService, workspace, tmp_path: Path
) -> None:
    post = service.create(fields())
    media = service.attach_media(post.id, make(tmp_path, "group.jpg", PNG))
    document = make(tmp_path, "consent.pdf", b"%PDF-1.7 signed")
    adult = service.add_consent(
        media.media_id,
        "سارة أحمد",
        given_on=dt.date(2026, 5, 1),
        scope="حملة التسجيل 2026",
        expires_on=dt.date(2026, 12, 31),
        document_path=document,
    )
    child = service.add_consent(
        media.media_id, "ليلى", given_on=dt.date(2026, 5, 1), minor=True, guardian_name="أحمد"
    )
    assert adult.document_media_id is not None
    assert child.minor and child.guardian_name == "أحمد"
    attached = service.get(post.id).media[0]
    assert attached.has_identifiable_people, "a consent means people appear"
    assert [c.person_name for c in attached.consents] == ["سارة أحمد", "ليلى"]
    assert len(files_in(workspace.workspace.media_dir)) == 2  # the photo and the document

    with pytest.raises(PostInvalid, match="guardian"):
        service.add_consent(media.media_id, "طفل", minor=True)
    with pytest.raises(PostInvalid, match="person's name"):
        service.add_consent(media.media_id, "  ")
    with pytest.raises(PostInvalid, match="expires before"):
        service.add_consent(
            media.media_id, "س", given_on=dt.date(2026, 5, 2), expires_on=dt.date(2026, 5, 1)
        )
    service.remove_consent(child.id)
    assert [c.person_name for c in service.get(post.id).media[0].consents] == ["سارة أحمد"]


def test_draft_of_fills_media_info_quiet_periods_and_premium(
    service: PostService, workspace, tmp_path: Path
) -> None:
    from app.store.models import Account, QuietPeriod

    post = service.create(fields(scheduled_at=dt.datetime(2026, 6, 10, 7, 0, tzinfo=dt.UTC)))
    photo = service.attach_media(post.id, make(tmp_path, "group.jpg", PNG), licence="CC BY")
    service.update_media(photo.media_id, has_identifiable_people=True, contains_text=True)
    service.add_consent(photo.media_id, "سارة", expires_on=dt.date(2026, 12, 31))
    service.add_consent(photo.media_id, "عمر", expires_on=dt.date(2026, 6, 9))  # expired by then
    video = service.attach_media(post.id, make(tmp_path, "clip.mp4", MP4))
    service.set_captions(video.media_id, make(tmp_path, "clip.ar.vtt", b"WEBVTT\n\n"))
    with workspace.sessions.begin() as session:
        session.add_all(
            [
                QuietPeriod(
                    name_ar="صمت انتخابي",
                    name_en="Electoral silence",
                    reason="electoral_silence",
                    starts_at=dt.datetime(2026, 6, 9, 21, tzinfo=dt.UTC),
                    ends_at=dt.datetime(2026, 6, 10, 21, tzinfo=dt.UTC),
                ),
                QuietPeriod(
                    name_ar="حداد",
                    reason="mourning",
                    starts_at=dt.datetime(2026, 7, 1, tzinfo=dt.UTC),
                    ends_at=dt.datetime(2026, 7, 3, tzinfo=dt.UTC),
                ),
                Account(platform="x", handle="@iec", premium=True, active=True),
            ]
        )
    draft = service.draft_of(post.id)
    assert draft.text_ar == fields().text_ar and draft.platforms == ("facebook", "x")
    assert draft.x_premium
    assert [q.name_en for q in draft.quiet_periods] == ["Electoral silence"]
    assert not draft.quiet_periods[0].allows_publishing
    image_info, video_info = draft.media
    assert image_info.kind == "image" and image_info.licence == "CC BY"
    assert image_info.has_identifiable_people and image_info.contains_text
    assert (image_info.people_count, image_info.consent_count) == (2, 1)
    assert video_info.kind == "video" and video_info.has_captions_file
    assert not video_info.burned_in_captions

    context = service.draft_context(post.id)
    assert len(context.quiet_periods) == 2 and context.x_premium
    assert context.media == service.get(post.id).media


def test_captions_only_for_videos_and_only_srt_or_vtt(service: PostService, tmp_path: Path) -> None:
    post = service.create(fields())
    photo = service.attach_media(post.id, make(tmp_path, "a.png", PNG))
    video = service.attach_media(post.id, make(tmp_path, "clip.mp4", MP4))
    with pytest.raises(MediaError, match="videos only"):
        service.set_captions(photo.media_id, make(tmp_path, "a.srt", b"1\n"))
    with pytest.raises(MediaError, match="SRT or WebVTT"):
        service.set_captions(video.media_id, make(tmp_path, "a.txt", b"1\n"))
    linked = service.set_captions(video.media_id, make(tmp_path, "a.srt", b"1\n00:00"))
    assert linked.captions_media_id is not None
    assert service.set_captions(video.media_id, None).captions_media_id is None


def test_stored_path_ignores_odd_suffixes(tmp_path: Path) -> None:
    sha = "ab" + "0" * 62
    assert stored_path(tmp_path, sha, "x.JPEG").name == f"{sha}.jpeg"
    assert stored_path(tmp_path, sha, "x.tar gz").name == sha
    assert stored_path(tmp_path, sha, "noext").parent.name == "ab"
