"""Helpers of the backup, restore and export tests: real media in the store, a workspace's whole
content (row counts of every table) and damage done to a database file."""

from __future__ import annotations

import hashlib
import io
import os
from pathlib import Path

from app.services.workspace import OpenWorkspace
from app.store import health


def png_bytes(colour: str, size: tuple[int, int] = (40, 20)) -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, format="PNG")
    return buffer.getvalue()


MP4 = b"\x00\x00\x00\x18ftypmp42" + b"\x02" * 80


def import_media(opened: OpenWorkspace, folder: Path) -> list[Path]:
    """Import three files (two pictures, a video) through the archive; their stored paths."""
    from app.services.archive import ArchiveService

    folder.mkdir(parents=True, exist_ok=True)
    sources = []
    for name, content in (
        ("red.png", png_bytes("red")),
        ("blue.png", png_bytes("blue", (30, 30))),
        ("clip.mp4", MP4),
    ):
        (folder / name).write_bytes(content)
        sources.append(folder / name)
    archive = ArchiveService(
        opened.sessions, opened.workspace.media_dir, opened.workspace.cache_dir, timezone="UTC"
    )
    report = archive.import_files(sources)
    assert len(report.imported) == 3, report
    return media_paths(opened.workspace.media_dir)


def media_paths(media_dir: Path) -> list[Path]:
    return sorted(p for p in media_dir.rglob("*") if p.is_file() and not p.name.startswith("."))


def media_digests(media_dir: Path) -> dict[str, str]:
    """Relative path -> SHA-256 of every file of the media store."""
    return {
        p.relative_to(media_dir).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in media_paths(media_dir)
    }


def row_counts(db: Path) -> dict[str, int]:
    """The number of rows of every table in ``db`` (read only)."""
    conn = health.readonly_connect(db)
    try:
        tables = [
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        conn.close()


def rows(db: Path, sql: str) -> list[tuple[object, ...]]:
    conn = health.readonly_connect(db)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def damage_middle(db: Path, pages: int = 8) -> None:
    """Overwrite ``pages`` pages' worth of bytes in the middle of ``db`` with zeros-and-noise, as
    a failing disk would, and check that SQLite sees the damage."""
    import sqlite3

    conn = sqlite3.connect(db)  # the last connection: folds the write-ahead log in, removes it
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    for side in ("-wal", "-shm"):
        assert not db.with_name(db.name + side).exists(), "close the workspace first"
    size = db.stat().st_size
    start = (size // 2) // 4096 * 4096
    with open(db, "r+b") as fh:
        fh.seek(start)
        fh.write((b"\x00" * 2048 + os.urandom(2048)) * pages)
    assert not health.is_intact(db), "the damage was not seen by integrity_check"
