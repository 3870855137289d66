"""Migration 0003: existing rows keep their data and get the new columns' defaults."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from app.services.workspace import open_workspace
from app.store import schema
from app.store.workspace import Workspace

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "schema-0002.db"


def _fill_0002(db: Path) -> None:
    conn = sqlite3.connect(db)
    with conn:
        conn.execute(
            "INSERT INTO media_assets (id, sha256, original_name, kind, mime_type, size_bytes,"
            " title, description, alt_ar, alt_en, credit, licence, has_identifiable_people,"
            " imported_at) VALUES (1, 'ab', 'a.png', 'image', '', 0, '', '', 'بديل', '', '', '',"
            " 1, '2026-01-01 00:00:00.000000')"
        )
        conn.execute(
            "INSERT INTO consent_records (id, media_id, person_name, scope)"
            " VALUES (1, 1, 'سارة', '')"
        )
        conn.execute(
            "INSERT INTO posts (id, title, state, text_ar, text_en, link, source_refs, evergreen,"
            " manual_checks, warning_justifications, created_at, updated_at) VALUES"
            " (1, 'عنوان', 'draft', 'نص', '', '', '', 0, '{}', '{}',"
            " '2026-01-01 00:00:00.000000', '2026-01-01 00:00:00.000000')"
        )
        # Rows that reference posts and media: a copy-and-rename of those tables under
        # foreign keys would delete them (CASCADE) or fail (RESTRICT).
        conn.execute("INSERT INTO post_variants (post_id, platform) VALUES (1, 'x')")
        conn.execute("INSERT INTO post_media (post_id, media_id, position) VALUES (1, 1, 0)")
        conn.execute("INSERT INTO media_tags (media_id, tag) VALUES (1, 'حملة')")
        conn.execute(
            "INSERT INTO post_revisions (post_id, created_at, reason, snapshot)"
            " VALUES (1, '2026-01-01 00:00:00.000000', 'create', '{}')"
        )
        conn.execute(
            "INSERT INTO quiet_periods (id, name_ar, name_en, reason, starts_at, ends_at)"
            " VALUES (1, 'حداد', '', 'mourning', '2026-01-01 00:00:00.000000',"
            " '2026-01-02 00:00:00.000000')"
        )
        conn.execute(
            "INSERT INTO accounts (id, platform, handle, url, official_email, verified,"
            " two_factor_enabled, rotation_days, notes, active)"
            " VALUES (1, 'x', '@iec', '', '', 1, 1, 90, '', 1)"
        )
    conn.close()


DEPENDENTS = ("post_variants", "post_media", "media_tags", "post_revisions", "consent_records")


def dependents(conn: sqlite3.Connection) -> dict[str, int]:
    return {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in DEPENDENTS}


def test_rows_from_0002_get_the_defaults(tmp_path: Path) -> None:
    ws = Workspace(tmp_path / "ws")
    ws.root.mkdir()
    shutil.copyfile(FIXTURE, ws.db_path)
    _fill_0002(ws.db_path)

    opened = open_workspace(ws)
    opened.close()
    assert opened.migrated_from == "0002"
    assert schema.read_revision(ws.db_path) == schema.SCHEMA_HEAD

    conn = sqlite3.connect(ws.db_path)
    try:
        assert conn.execute("SELECT title, title_en, checklist_status FROM posts").fetchall() == [
            ("عنوان", "", "")
        ]
        assert conn.execute("SELECT allows_publishing FROM quiet_periods").fetchall() == [(0,)]
        assert conn.execute("SELECT premium, handle FROM accounts").fetchall() == [(0, "@iec")]
        assert conn.execute(
            "SELECT alt_ar, has_identifiable_people, contains_text, burned_in_captions,"
            " captions_media_id FROM media_assets"
        ).fetchall() == [("بديل", 1, 0, 0, None)]
        assert conn.execute(
            "SELECT person_name, minor, guardian_name FROM consent_records"
        ).fetchall() == [("سارة", 0, "")]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert dependents(conn) == dict.fromkeys(DEPENDENTS, 1)
        foreign = conn.execute("PRAGMA foreign_key_list(media_assets)").fetchall()
        assert any(row[3] == "captions_media_id" and row[2] == "media_assets" for row in foreign)
    finally:
        conn.close()


def test_downgrade_to_0002_keeps_the_rows(tmp_path: Path) -> None:
    from alembic import command

    ws = Workspace(tmp_path / "ws")
    ws.root.mkdir()
    shutil.copyfile(FIXTURE, ws.db_path)
    _fill_0002(ws.db_path)
    opened = open_workspace(ws)
    cfg = schema.alembic_config()
    with opened.engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0002")
    opened.close()
    assert schema.read_revision(ws.db_path) == "0002"
    conn = sqlite3.connect(ws.db_path)
    try:
        columns = {row[1] for row in conn.execute("PRAGMA table_info(posts)")}
        assert "title_en" not in columns and "checklist_status" not in columns
        assert conn.execute("SELECT title FROM posts").fetchall() == [("عنوان",)]
        assert dependents(conn) == dict.fromkeys(DEPENDENTS, 1)
        assert conn.execute("SELECT captions_media_id FROM media_assets").fetchall() == [(None,)]
    finally:
        conn.close()
    # and up again
    opened = open_workspace(ws)
    opened.close()
    assert schema.read_revision(ws.db_path) == schema.SCHEMA_HEAD
    conn = sqlite3.connect(ws.db_path)
    try:
        assert dependents(conn) == dict.fromkeys(DEPENDENTS, 1)
        assert conn.execute("SELECT premium FROM accounts").fetchall() == [(0,)]
    finally:
        conn.close()
