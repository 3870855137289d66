"""Migration 0006: posts and inquiries already stored get version 1 and keep everything else."""

from __future__ import annotations

import dataclasses
import shutil
import sqlite3
from pathlib import Path

import pytest

from app.errors import EditConflict
from app.services.inquiries import InquiryService
from app.services.posts import PostService
from app.services.workspace import open_workspace
from app.store import schema
from app.store.engine import make_engine
from app.store.workspace import Workspace

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "schema-0005.db"
STAMP = "2026-01-01 00:00:00.000000"


def _fill_0005(db: Path) -> None:
    conn = sqlite3.connect(db)
    with conn:
        conn.execute(
            "INSERT INTO posts (id, title, title_en, state, text_ar, text_en, link, source_refs,"
            " evergreen, manual_checks, warning_justifications, checklist_status, created_at,"
            " updated_at) VALUES (1, 'عنوان', 'Title', 'draft', 'نص', 'Text', '', '', 0, '{}',"
            f" '{{}}', '', '{STAMP}', '{STAMP}')"
        )
        conn.execute(
            "INSERT INTO post_revisions (post_id, created_at, reason, snapshot)"
            f" VALUES (1, '{STAMP}', 'create', '{{}}')"
        )
        conn.execute(
            "INSERT INTO inquiries (id, channel, kind, subject, text, language, received_at,"
            " status, internal_notes) VALUES (1, 'facebook', 'inquiry', 'بطاقة', 'متى؟', 'ar',"
            f" '{STAMP}', 'new', '')"
        )
    conn.close()


def _columns(db: Path, table: str) -> dict[str, tuple[object, ...]]:
    conn = sqlite3.connect(db)
    try:
        return {row[1]: tuple(row) for row in conn.execute(f"PRAGMA table_info({table})")}
    finally:
        conn.close()


def test_rows_stored_before_0006_get_version_1_and_lock_from_then_on(tmp_path: Path) -> None:
    ws = Workspace(tmp_path / "ws")
    ws.root.mkdir()
    shutil.copyfile(FIXTURE, ws.db_path)
    _fill_0005(ws.db_path)

    opened = open_workspace(ws)
    try:
        assert opened.migrated_from == "0005"
        assert schema.read_revision(ws.db_path) == "0006"
        for table in ("posts", "inquiries"):
            _cid, _name, kind, notnull, default, _pk = _columns(ws.db_path, table)["version"]
            assert (kind, notnull, default) == ("INTEGER", 1, "'1'")
        posts = PostService(opened.sessions, ws.media_dir)
        post = posts.get(1)
        assert post.version == 1
        assert (post.fields.title, post.fields.text_ar, post.fields.text_en) == (
            "عنوان",
            "نص",
            "Text",
        )
        assert [r.reason for r in posts.revisions(1)] == ["create"]
        inquiry = InquiryService(opened.sessions).get(1)
        assert inquiry.version == 1 and inquiry.subject == "بطاقة"

        saved = posts.save(1, dataclasses.replace(post.fields, text_ar="جديد"), base=post).post
        assert saved.version > 1
        with pytest.raises(EditConflict):
            posts.save(1, post.fields, base=post)
    finally:
        opened.close()


def test_0006_downgrades_and_upgrades_again(tmp_path: Path) -> None:
    db = tmp_path / "bayan.db"
    shutil.copyfile(FIXTURE, db)
    _fill_0005(db)
    engine = make_engine(db)
    try:
        schema.upgrade(engine, "0006")
        assert "version" in _columns(db, "posts")
        from alembic import command

        cfg = schema.alembic_config()
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0005")
        assert "version" not in _columns(db, "posts")
        assert "version" not in _columns(db, "inquiries")
        schema.upgrade(engine, "0006")
        assert "version" in _columns(db, "inquiries")
    finally:
        engine.dispose()
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("SELECT title, version FROM posts").fetchall() == [("عنوان", 1)]
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        conn.close()
