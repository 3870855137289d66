"""Migrations: released schemas upgrade to the head, models match the scripts, newer refused."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from app.errors import DatabaseTooNew
from app.services.workspace import open_workspace
from app.store import health, schema
from app.store.backup import list_backups
from app.store.engine import BUSY_TIMEOUT_MS
from app.store.workspace import Workspace

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SCHEMA_FIXTURES = sorted(FIXTURES.glob("schema-*.db"))


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fixture_revision(path: Path) -> str:
    return path.stem.removeprefix("schema-")


def script_directory():
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(schema.alembic_config())


def test_there_is_a_fixture_of_the_first_schema() -> None:
    assert FIXTURES / "schema-0001.db" in SCHEMA_FIXTURES


def test_every_revision_older_than_the_head_has_a_fixture() -> None:
    revisions = {rev.revision for rev in script_directory().walk_revisions()}
    released = {fixture_revision(path) for path in SCHEMA_FIXTURES}
    assert revisions - {schema.SCHEMA_HEAD} <= released


@pytest.mark.parametrize("fixture", SCHEMA_FIXTURES, ids=lambda p: p.name)
def test_fixture_is_a_self_contained_database_at_its_revision(fixture: Path) -> None:
    assert schema.read_revision(fixture) == fixture_revision(fixture)
    assert not fixture.with_name(fixture.name + "-wal").exists()
    # Header bytes 18 and 19 are 1 for a rollback-journal database, 2 for WAL.
    assert fixture.read_bytes()[18:20] == b"\x01\x01"


@pytest.mark.parametrize("fixture", SCHEMA_FIXTURES, ids=lambda p: p.name)
def test_released_schema_upgrades_to_head(fixture: Path, tmp_path: Path) -> None:
    original = sha256(fixture)
    ws = Workspace(tmp_path / "ws")
    ws.root.mkdir()
    shutil.copyfile(fixture, ws.db_path)
    behind = fixture_revision(fixture) != schema.SCHEMA_HEAD

    opened = open_workspace(ws)
    opened.close()

    assert schema.read_revision(ws.db_path) == schema.SCHEMA_HEAD
    health.check_integrity(ws.db_path)
    conn = health.readonly_connect(ws.db_path)
    try:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()
    backups = list_backups(ws.backups_dir)
    if behind:
        assert opened.migrated_from == fixture_revision(fixture)
        assert opened.backup_path is not None and backups == [opened.backup_path]
        assert schema.read_revision(opened.backup_path) == fixture_revision(fixture)
        health.check_integrity(opened.backup_path)
    else:
        assert opened.migrated_from is None
        assert opened.backup_path is None
        assert backups == []
    assert sha256(fixture) == original, "the committed fixture itself must never change"


def test_database_behind_is_backed_up_before_migrating(tmp_path: Path) -> None:
    """An SQLite file with an empty ``alembic_version`` (Alembic's "base") is behind the head."""
    ws = Workspace(tmp_path / "ws")
    ws.root.mkdir()
    conn = sqlite3.connect(ws.db_path)
    conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)")
    conn.commit()
    conn.close()
    opened = open_workspace(ws)
    opened.close()

    assert schema.read_revision(ws.db_path) == schema.SCHEMA_HEAD
    assert opened.backup_path is not None
    assert opened.backup_path.parent == ws.backups_dir
    assert "before-migration" in opened.backup_path.name
    assert schema.read_revision(opened.backup_path) is None
    health.check_integrity(opened.backup_path)
    backup = health.readonly_connect(opened.backup_path)
    try:
        tables = {r[0] for r in backup.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        backup.close()
    assert tables == {"alembic_version"}, "the backup holds the database as it was before"


def test_schema_head_is_the_scripts_head() -> None:
    assert script_directory().get_current_head() == schema.SCHEMA_HEAD


def test_fresh_workspace_is_at_head(workspace) -> None:
    if workspace.engine.dialect.name == "postgresql":
        from app.store import server

        with workspace.engine.connect() as conn:
            assert server.server_revision(conn) == schema.SCHEMA_HEAD
        return
    assert schema.read_revision(workspace.workspace.db_path) == schema.SCHEMA_HEAD
    assert not schema.needs_upgrade(workspace.workspace.db_path)


def test_models_match_the_migrations(workspace) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from app.store.models import Base

    with workspace.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_name": schema.include_name}
        )
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_the_search_index_is_left_out_of_autogenerate(workspace) -> None:
    """The FTS5 table and its shadow tables exist, and only the filter keeps them out of the
    model/database comparison."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from app.store.models import Base

    server = workspace.engine.dialect.name == "postgresql"
    with workspace.engine.connect() as conn:
        tables = {
            row[0]
            for row in conn.exec_driver_sql(
                "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
                if server
                else "SELECT name FROM sqlite_master WHERE type='table'"
            )
        }
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        unfiltered = compare_metadata(context, Base.metadata)
    # On PostgreSQL one ordinary table with a tsvector column (no shadow tables).
    expected = {"search_index"} if server else {"search_index", "search_index_data"}
    assert expected | ({"search_index_content"} if not server else set()) <= tables
    removed = {diff[1].name for diff in unfiltered if diff[0] == "remove_table"}
    assert "search_index" in removed


def test_database_from_a_newer_version_is_refused_unchanged(tmp_path: Path) -> None:
    ws = Workspace(tmp_path / "ws")
    open_workspace(ws, create=True).close()
    conn = sqlite3.connect(ws.db_path)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    before = sha256(ws.db_path)

    with pytest.raises(DatabaseTooNew) as caught:
        open_workspace(ws)

    assert caught.value.revision == "9999"
    assert "newer version" in str(caught.value) and "\n" not in str(caught.value)
    assert sha256(ws.db_path) == before
    assert schema.read_revision(ws.db_path) == "9999"
    assert list_backups(ws.backups_dir) == [], "nothing is backed up or migrated"


@pytest.mark.sqlite_only
def test_engine_connections_have_the_pragmas(workspace) -> None:
    with workspace.engine.connect() as conn:
        journal = conn.exec_driver_sql("PRAGMA journal_mode").scalar()
        foreign_keys = conn.exec_driver_sql("PRAGMA foreign_keys").scalar()
        busy_timeout = conn.exec_driver_sql("PRAGMA busy_timeout").scalar()
    assert journal == "wal"
    assert foreign_keys == 1
    assert busy_timeout > 0
    assert busy_timeout == BUSY_TIMEOUT_MS


def test_foreign_keys_are_enforced(workspace) -> None:
    from sqlalchemy.exc import IntegrityError

    from app.store.models import PostVariant

    with pytest.raises(IntegrityError), workspace.sessions.begin() as session:
        session.add(PostVariant(post_id=424242, platform="x"))


def test_migrations_run_with_foreign_keys_off_and_get_them_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A batch step copies and drops a table: with foreign keys on, the drop would cascade."""
    from alembic import command

    from app.store.engine import make_engine

    seen: list[int] = []

    def fake_upgrade(cfg, target) -> None:  # type: ignore[no-untyped-def]
        conn = cfg.attributes["connection"]
        seen.append(conn.exec_driver_sql("PRAGMA foreign_keys").scalar())
        conn.rollback()

    monkeypatch.setattr(command, "upgrade", fake_upgrade)
    engine = make_engine(tmp_path / "x.db")
    try:
        schema.upgrade(engine)
        assert seen == [0]
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        engine.dispose()


def test_a_migration_that_breaks_references_is_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from alembic import command

    from app.errors import WorkspaceError
    from app.store.engine import make_engine

    def breaking_upgrade(cfg, target) -> None:  # type: ignore[no-untyped-def]
        conn = cfg.attributes["connection"]
        conn.exec_driver_sql("CREATE TABLE a (id INTEGER PRIMARY KEY)")
        conn.exec_driver_sql("CREATE TABLE b (id INTEGER PRIMARY KEY, a_id REFERENCES a(id))")
        conn.exec_driver_sql("INSERT INTO b VALUES (1, 42)")
        conn.commit()

    monkeypatch.setattr(command, "upgrade", breaking_upgrade)
    engine = make_engine(tmp_path / "x.db")
    try:
        with pytest.raises(WorkspaceError, match="broken references"):
            schema.upgrade(engine)
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        engine.dispose()
