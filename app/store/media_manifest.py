"""A manifest of the media store: each file's path (relative to ``media/``), size and SHA-256.

Backups and workspace exports carry one, so a restore or an import can say which media files are
missing or damaged. The media store names each file by the SHA-256 of its content
(``app.services.media_store``), and ``media_assets`` keeps that hash and the size: for a file whose
name and size agree with a row, the row's hash is taken as it is; any other file is read and
hashed.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from app.errors import BackupError

MANIFEST_FORMAT = "bayan-media-manifest"
MANIFEST_VERSION = 1
CHUNK = 1 << 20
HEX64 = re.compile(r"[0-9a-f]{64}")
# What the media store leaves while it copies a file in (``.incoming-*``): never listed.
TEMP_PREFIX = "."


@dataclass(frozen=True)
class MediaEntry:
    path: str  # relative to media/, with forward slashes
    size: int
    sha256: str


@dataclass
class MediaCheck:
    """What a check of the media store against a manifest found."""

    checked: int = 0
    missing: list[str] = field(default_factory=list)
    damaged: list[str] = field(default_factory=list)
    supplied: list[str] = field(default_factory=list)  # put back from the backup or export

    @property
    def ok(self) -> bool:
        return not self.missing and not self.damaged

    def summary(self) -> str:
        """One English line for the command line."""
        parts = [f"{self.checked} media files checked"]
        if self.supplied:
            parts.append(f"{len(self.supplied)} put back from the export: {_names(self.supplied)}")
        if self.missing:
            parts.append(f"{len(self.missing)} missing: {_names(self.missing)}")
        if self.damaged:
            parts.append(f"{len(self.damaged)} damaged: {_names(self.damaged)}")
        if self.ok:
            parts.append("all present and intact")
        return "; ".join(parts)


def _names(paths: list[str], limit: int = 10) -> str:
    shown = ", ".join(f"media/{p}" for p in paths[:limit])
    return shown + (f" and {len(paths) - limit} more" if len(paths) > limit else "")


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def known_hashes(db_path: Path) -> dict[str, int]:
    """``media_assets``' hashes and sizes in ``db_path`` (empty when it has none or cannot say)."""
    from app.store.health import readonly_connect

    try:
        conn = readonly_connect(db_path)
        try:
            rows = conn.execute("SELECT sha256, size_bytes FROM media_assets").fetchall()
        finally:
            conn.close()
    except sqlite3.Error:
        return {}
    return {str(sha): int(size or 0) for sha, size in rows}


def media_files(media_dir: Path) -> Iterator[tuple[str, Path]]:
    """``(relative path, path)`` of every file in the store, sorted; temporary files left out."""
    if not media_dir.is_dir():
        return
    found: list[tuple[str, Path]] = []
    for folder, dirs, files in os.walk(media_dir):
        dirs[:] = [d for d in dirs if not d.startswith(TEMP_PREFIX)]
        for name in files:
            if name.startswith(TEMP_PREFIX):
                continue
            path = Path(folder) / name
            if path.is_symlink() or not path.is_file():
                continue
            found.append((path.relative_to(media_dir).as_posix(), path))
    yield from sorted(found)


def build_manifest(
    media_dir: Path,
    hashes: dict[str, int] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> list[MediaEntry]:
    """Every file of the media store, with its size and SHA-256 (``hashes``: sha -> size, as the
    database has them; a file named by one of them, of that size, is not read again)."""
    hashes = hashes or {}
    files = list(media_files(media_dir))
    entries: list[MediaEntry] = []
    for done, (rel, path) in enumerate(files, 1):
        try:
            size = path.stat().st_size
            stem = path.name.split(".", 1)[0]
            trusted = HEX64.fullmatch(stem) and hashes.get(stem) == size
            sha = stem if trusted else file_sha256(path)
        except OSError as exc:
            raise BackupError(f"cannot read media/{rel}: {exc.strerror or exc}") from exc
        entries.append(MediaEntry(rel, size, sha))
        if progress is not None:
            progress(done, len(files))
    return entries


def manifest_path(backup: Path) -> Path:
    """Where the manifest of ``backup`` (``bayan-….db``) lives: ``bayan-….media.json``."""
    name = backup.name[: -len(".db")] if backup.name.endswith(".db") else backup.name
    return backup.with_name(f"{name}.media.json")


def manifest_document(entries: list[MediaEntry], database: dict[str, object]) -> dict[str, object]:
    return {
        "format": MANIFEST_FORMAT,
        "version": MANIFEST_VERSION,
        "database": database,
        "media": [{"path": e.path, "size": e.size, "sha256": e.sha256} for e in entries],
    }


def write_json(path: Path, document: dict[str, object]) -> None:
    """Write ``document`` to ``path`` through a temporary file (never half a manifest)."""
    partial = path.with_name(path.name + ".partial")
    try:
        with open(partial, "w", encoding="utf-8") as fh:
            json.dump(document, fh, ensure_ascii=False, indent=1)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(partial, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise BackupError(f"could not write {path}: {exc.strerror or exc}") from exc


def parse_manifest(document: object, where: str) -> tuple[dict[str, object], list[MediaEntry]]:
    """The database part and the entries of a manifest; :class:`BackupError` naming what is
    wrong otherwise (a manifest is input like any other)."""
    if not isinstance(document, dict) or document.get("format") != MANIFEST_FORMAT:
        raise BackupError(f"{where} is not a Bayan media manifest")
    if document.get("version") != MANIFEST_VERSION:
        raise BackupError(
            f"{where} has manifest version {document.get('version')!r}; this Bayan reads "
            f"version {MANIFEST_VERSION}"
        )
    database = document.get("database")
    media = document.get("media")
    if not isinstance(database, dict) or not isinstance(media, list):
        raise BackupError(f"{where}: the manifest lacks its database or media part")
    entries: list[MediaEntry] = []
    for number, item in enumerate(media, 1):
        if not isinstance(item, dict):
            raise BackupError(f"{where}: media entry {number} is not an object")
        path, size, sha = item.get("path"), item.get("size"), item.get("sha256")
        if not (isinstance(path, str) and safe_relative(path)):
            raise BackupError(f"{where}: media entry {number} has an unsafe path {path!r}")
        if not (isinstance(size, int) and not isinstance(size, bool) and size >= 0):
            raise BackupError(f"{where}: media entry {number} ({path}) has a bad size {size!r}")
        if not (isinstance(sha, str) and HEX64.fullmatch(sha)):
            raise BackupError(f"{where}: media entry {number} ({path}) has a bad SHA-256")
        entries.append(MediaEntry(path, size, sha))
    return database, entries


def read_manifest(path: Path) -> tuple[dict[str, object], list[MediaEntry]]:
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise BackupError(f"cannot read the manifest {path}: {exc}") from exc
    return parse_manifest(document, str(path))


def safe_relative(path: str) -> bool:
    """A plain relative path with forward slashes: no root, drive, ``..``, ``.`` or empty part,
    no backslash and no control character (what a zip member or manifest entry may name)."""
    if not path or path.startswith("/") or "\\" in path or ":" in path:
        return False
    if any(ord(ch) < 32 for ch in path):
        return False
    return all(part not in ("", ".", "..") for part in path.split("/"))


def check_media(media_dir: Path, entries: list[MediaEntry]) -> MediaCheck:
    """Is every file of ``entries`` in ``media_dir`` with its size and SHA-256?"""
    check = MediaCheck()
    for entry in entries:
        check.checked += 1
        path = media_dir.joinpath(*entry.path.split("/"))
        try:
            if not path.is_file():
                check.missing.append(entry.path)
            elif path.stat().st_size != entry.size or file_sha256(path) != entry.sha256:
                check.damaged.append(entry.path)
        except OSError:
            check.damaged.append(entry.path)
    return check
