"""The workspace's media store: files copied in under the SHA-256 of their content.

A file lives at ``media/<first two hex digits>/<sha256><suffix>``, the suffix (lower case) taken
from the name it came with, so a file manager still opens it. The same content stored twice is
one file. Storing is atomic: the copy is written to a temporary file beside its final place and
renamed, so a failure leaves nothing behind.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import mimetypes
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from app.core.domain import MediaKind
from app.errors import BayanError

CHUNK = 1 << 20

IMAGE_SUFFIXES = frozenset(
    {".jpg", ".jpeg", ".png", ".gif", ".webp", ".heic", ".heif", ".avif", ".bmp", ".tif", ".tiff"}
)
VIDEO_SUFFIXES = frozenset(
    {".mp4", ".m4v", ".mov", ".webm", ".mkv", ".avi", ".3gp", ".mpg", ".mpeg", ".wmv"}
)
CAPTION_SUFFIXES = frozenset({".srt", ".vtt"})


class MediaStoreError(BayanError):
    """A file cannot be stored: unreadable, empty, or of a kind this place does not take."""

    kind = "media"


@dataclass(frozen=True)
class StoredFile:
    sha256: str
    path: Path  # inside the media store
    size_bytes: int
    mime_type: str
    created: bool  # False when the same content was already stored


def media_kind(path: Path) -> str | None:
    """``"image"`` (GIFs too) or ``"video"`` by the file's suffix or MIME type, else None."""
    suffix = path.suffix.lower()
    if suffix in IMAGE_SUFFIXES:
        return MediaKind.IMAGE.value
    if suffix in VIDEO_SUFFIXES:
        return MediaKind.VIDEO.value
    mime, _ = mimetypes.guess_type(path.name)
    if mime and mime.startswith("image/") and mime != "image/svg+xml":
        return MediaKind.IMAGE.value
    if mime and mime.startswith("video/"):
        return MediaKind.VIDEO.value
    return None


def stored_path(media_dir: Path, sha256: str, original_name: str) -> Path:
    """Where the content with ``sha256`` (first stored as ``original_name``) lives."""
    suffix = Path(original_name).suffix.lower()
    if not suffix[1:].isalnum() or len(suffix) > 10:
        suffix = ""
    return Path(media_dir) / sha256[:2] / f"{sha256}{suffix}"


_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


def store_file(media_dir: Path, source: Path, *, original_name: str | None = None) -> StoredFile:
    """Copy ``source`` into the store (unless the same content is there already).

    Raises :class:`MediaStoreError` for a missing, unreadable or empty file or a store that
    cannot be written; nothing is left behind then.
    """
    source = Path(source)
    name = original_name or source.name
    if source.is_dir():
        raise MediaStoreError(f"{source} is a folder, not a file")
    media_dir = Path(media_dir)
    try:
        media_dir.mkdir(parents=True, exist_ok=True)
        handle, temp_name = tempfile.mkstemp(prefix=".incoming-", dir=media_dir)
    except OSError as exc:
        message = f"cannot write to the media store {media_dir}: {_reason(exc)}"
        raise MediaStoreError(message) from exc
    temp = Path(temp_name)
    digest = hashlib.sha256()
    size = 0
    try:
        try:
            with open(source, "rb") as reader, os.fdopen(handle, "wb") as writer:
                while chunk := reader.read(CHUNK):
                    digest.update(chunk)
                    writer.write(chunk)
                    size += len(chunk)
                writer.flush()
                os.fsync(writer.fileno())
        except FileNotFoundError as exc:
            raise MediaStoreError(f"{source} does not exist") from exc
        except OSError as exc:
            if exc.errno in _FULL_ERRNOS:  # writing the copy, not reading the original
                raise MediaStoreError(
                    f"the disk is full: {name} was not stored in {media_dir}; nothing was "
                    "saved; free some space and try again"
                ) from exc
            raise MediaStoreError(f"cannot read {source}: {_reason(exc)}") from exc
        if size == 0:
            raise MediaStoreError(f"{source} is empty")
        sha = digest.hexdigest()
        final = stored_path(media_dir, sha, name)
        if final.exists():
            temp.unlink()
            created = False
        else:
            try:
                final.parent.mkdir(parents=True, exist_ok=True)
                os.replace(temp, final)
            except OSError as exc:
                raise MediaStoreError(
                    f"cannot write to the media store {media_dir}: {_reason(exc)}"
                ) from exc
            created = True
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    mime, _ = mimetypes.guess_type(name)
    return StoredFile(sha, final, size, mime or "", created)


def discard(path: Path) -> None:
    """Remove a file this store just made (when the database refused its row)."""
    with contextlib.suppress(OSError):
        Path(path).unlink()
