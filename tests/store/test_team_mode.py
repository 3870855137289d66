"""Team mode: a shared PostgreSQL server named by BAYAN_DATABASE_URL (app/store/server.py).

The translation of the read paths' SQLite SQL and the search's query syntax are checked without
a server; the rest runs on the throw-away server of tests/pg.py (skipped without one).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.core.filters import PostFilter
from app.errors import DatabaseTooNew, WorkspaceError
from app.store import schema, server
from app.store.engine import check_database_url, database_url
from app.store.search_index import pg_tsquery
from app.store.workspace import Workspace
from tests import pg

# --- without a server ----------------------------------------------------------------------------


def test_the_url_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BAYAN_DATABASE_URL", raising=False)
    assert database_url() is None
    monkeypatch.setenv("BAYAN_DATABASE_URL", "  ")
    assert database_url() is None
    monkeypatch.setenv("BAYAN_DATABASE_URL", " postgresql+psycopg://u@h/db ")
    assert database_url() == "postgresql+psycopg://u@h/db"


def test_only_postgresql_urls_are_taken_and_a_password_is_never_repeated() -> None:
    assert check_database_url("postgresql://u:pw@h/db") == "postgresql+psycopg://u:pw@h/db"
    assert check_database_url("postgresql+psycopg://u@h/db") == "postgresql+psycopg://u@h/db"
    bad_urls = (
        "mysql://u:s3cret@h/db",
        "sqlite:///x.db",
        "u:s3cret@h/db",
        "postgresql+psycopg2://u:s3cret@h/d",
    )
    for bad in bad_urls:
        with pytest.raises(WorkspaceError, match="must start with postgresql") as caught:
            check_database_url(bad)
        assert "s3cret" not in str(caught.value)


_TRANSLATED = [
    ("SELECT a FROM t WHERE b = ? AND c IN (?,?)", "SELECT a FROM t WHERE b = %s AND c IN (%s,%s)"),
    (
        "SELECT ifnull(p.title_en, '') FROM posts p WHERE 1",
        "SELECT coalesce(p.title_en, '') FROM posts p WHERE TRUE",
    ),
    (
        "SELECT COUNT(*) FROM posts p WHERE 1 ORDER BY p.id",
        "SELECT COUNT(*) FROM posts p WHERE TRUE ORDER BY p.id",
    ),
    (
        "(SELECT group_concat(v.platform) FROM v)",
        "(SELECT string_agg(v.platform, ',' ORDER BY v.platform) FROM v)",
    ),
    ("SELECT 1 WHERE x LIKE '5%'", "SELECT 1 WHERE x LIKE '5%%'"),
    (
        "SELECT p.id FROM posts p WHERE 1 ORDER BY p.title COLLATE NOCASE DESC, p.id DESC",
        "SELECT p.id FROM posts p WHERE TRUE"
        " ORDER BY lower(p.title) DESC NULLS LAST, p.id DESC NULLS LAST",
    ),
    (
        "SELECT p.id FROM posts p"
        " ORDER BY (CASE WHEN a != '' THEN a ELSE p.title END) COLLATE NOCASE ASC",
        "SELECT p.id FROM posts p"
        " ORDER BY lower((CASE WHEN a != '' THEN a ELSE p.title END)) ASC NULLS FIRST",
    ),
]


@pytest.mark.parametrize(("sqlite", "postgresql"), _TRANSLATED)
def test_sqlite_spelling_is_translated(sqlite: str, postgresql: str) -> None:
    assert server.translate(sqlite) == postgresql


@pytest.mark.parametrize(
    ("match", "query"),
    [
        ('"انتخابات"*', "انتخابات:*"),
        ('"voter"* AND "2026"*', "voter:* & 2026:*"),
        ('"VOT"*', "vot:*"),
        # Nothing in a term is read as tsquery syntax: it is split where the text would be.
        ('"a&b|c"* AND "d\'e"*', "a:* & b:* & c:* & d:* & e:*"),
        ('"say ""hi"""*', "say:* & hi:*"),
        ('"!():*"*', ""),
        ("", ""),
    ],
)
def test_search_queries_become_prefix_tsqueries(match: str, query: str) -> None:
    assert pg_tsquery(match) == query


def test_values_are_read_back_as_sqlite_gives_them() -> None:
    class Cursor:
        def __init__(self) -> None:
            self.rows = [(1, dt.datetime(2026, 5, 1, 9, 30), dt.date(2026, 5, 2), None, True)]

        def __iter__(self):  # type: ignore[no-untyped-def]
            return iter(self.rows)

        def fetchone(self):  # type: ignore[no-untyped-def]
            return self.rows[0]

    rows = server._Rows(Cursor())
    expected = (1, "2026-05-01 09:30:00.000000", "2026-05-02", None, True)
    assert rows.fetchone() == expected
    assert rows.fetchall() == [expected]


# --- on the test server ---------------------------------------------------------------------------


def _open(tmp_path: Path, name: str = "ws"):  # type: ignore[no-untyped-def]
    from app.services.workspace import open_workspace

    return open_workspace(Workspace(tmp_path / name))


def test_an_empty_database_gets_the_schema_and_media_stay_in_the_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pg.team_database(monkeypatch, migrated=False):
        opened = _open(tmp_path)
        try:
            assert opened.migrated_from == "none"
            assert opened.backup_path is None  # a server is backed up with its own tools
            assert opened.engine.dialect.name == "postgresql"
            assert not (tmp_path / "ws" / "bayan.db").exists()
            assert (tmp_path / "ws" / "media").is_dir()
            with opened.engine.connect() as conn:
                assert server.server_revision(conn) == schema.SCHEMA_HEAD
        finally:
            opened.close()
        again = _open(tmp_path, "other")  # a second officer: current, nothing to do
        try:
            assert again.migrated_from is None
        finally:
            again.close()


def test_every_migration_runs_on_postgresql_and_0005_indexes_what_was_there(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Step by step from an empty database, with a post stored under schema 0004 that the
    search index of 0005 must take in; then down to 0004 and up again; then down to nothing
    and up again."""
    from alembic import command
    from sqlalchemy import text

    from app.services.search import SearchService
    from app.store.engine import make_server_engine

    with pg.team_database(monkeypatch, migrated=False) as url:
        engine = make_server_engine(url)
        try:
            for revision in ("0001", "0002", "0003", "0004"):
                schema.upgrade(engine, revision)
            with engine.begin() as conn:
                conn.execute(
                    text(
                        "INSERT INTO posts (id, title, title_en, state, text_ar, text_en, link,"
                        " source_refs, evergreen, manual_checks, warning_justifications,"
                        " checklist_status, created_at, updated_at) VALUES (7,"
                        " 'الانتخابات النيابية', 'Elections', 'draft', 'نص عن مُحَمَّد',"
                        " 'Voter text', '', '', false, '{}', '{}', '', now(), now())"
                    )
                )
            schema.upgrade(engine)  # 0005 and whatever comes after
            with engine.connect() as conn:
                assert server.server_revision(conn) == schema.SCHEMA_HEAD
            opened = _open(tmp_path)
            try:
                with SearchService(opened.sessions) as search:
                    assert [(h.kind, h.ref_id) for h in search.search("انتخابات")] == [("post", 7)]
                    assert [h.ref_id for h in search.search("محمد voter")] == [7]
            finally:
                opened.close()
            cfg = schema.alembic_config()
            with engine.begin() as conn:
                cfg.attributes["connection"] = conn
                command.downgrade(cfg, "0004")
            with engine.connect() as conn:
                assert server.server_revision(conn) == "0004"
                assert conn.execute(text("SELECT to_regclass('search_index')")).scalar() is None
            schema.upgrade(engine)
            with engine.connect() as conn:
                assert conn.execute(text("SELECT count(*) FROM search_index")).scalar() == 1
            # Every downgrade runs on PostgreSQL too: all the way down, then up again.
            with engine.begin() as conn:
                conn.execute(text("DELETE FROM posts"))
                cfg.attributes["connection"] = conn
                command.downgrade(cfg, "base")
            with engine.connect() as conn:
                assert server._user_tables(conn) == []
            schema.upgrade(engine)
            with engine.connect() as conn:
                assert server.server_revision(conn) == schema.SCHEMA_HEAD
                assert len(server._user_tables(conn)) > 30
        finally:
            engine.dispose()


def test_a_newer_schema_and_a_foreign_database_are_refused_unchanged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy import text

    from app.store.engine import make_server_engine

    with pg.team_database(monkeypatch) as url:
        engine = make_server_engine(url)
        try:
            with engine.begin() as conn:
                conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
            with pytest.raises(DatabaseTooNew, match="9999") as caught:
                _open(tmp_path)
            assert "newer version of Bayan" in str(caught.value)
            with engine.connect() as conn:
                assert server.server_revision(conn) == "9999"
        finally:
            engine.dispose()
    with pg.team_database(monkeypatch, migrated=False) as url:
        engine = make_server_engine(url)
        try:
            with engine.begin() as conn:
                conn.execute(text("CREATE TABLE payroll (id integer)"))
            with pytest.raises(WorkspaceError, match=r"not Bayan's.*payroll"):
                _open(tmp_path)
            with engine.connect() as conn:
                assert server.server_revision(conn) is None
        finally:
            engine.dispose()


def test_an_unreachable_server_is_a_clear_error_without_the_password(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    server_now = pg.get_server()
    if server_now is None:
        pytest.skip(pg.unavailable() or "no PostgreSQL server")
    port = pg._free_port()  # nothing listens there
    monkeypatch.setenv(
        "BAYAN_DATABASE_URL", f"postgresql+psycopg://bayan:s3cret@127.0.0.1:{port}/x"
    )
    with pytest.raises(WorkspaceError, match="cannot reach the team database") as caught:
        _open(tmp_path)
    assert "s3cret" not in str(caught.value)
    from app.store.fastread import FastReader

    with pytest.raises(WorkspaceError, match="cannot reach") as caught:
        FastReader(tmp_path / "bayan.db")
    assert "s3cret" not in str(caught.value)


def test_a_new_workspace_refuses_a_database_that_already_holds_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.services.workspace import create_workspace

    with (
        pg.team_database(monkeypatch),
        pytest.raises(WorkspaceError, match="already holds a workspace"),
    ):
        create_workspace(Workspace(tmp_path / "ws"))


def test_two_officers_see_each_others_commits_and_the_second_save_conflicts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two Bayans (two workspace folders, one server): what one commits the other's window
    reads; a post both opened is saved by the first, and the second save is refused."""
    from app.errors import EditConflict
    from app.services.posts import PostService
    from app.store.fastread import FastReader
    from tests.services.post_fixtures import FakeClock, fields

    with pg.team_database(monkeypatch):
        first, second = _open(tmp_path, "a"), _open(tmp_path, "b")
        try:
            clock = FakeClock()
            mine = PostService(first.sessions, first.workspace.media_dir, clock=clock)
            theirs = PostService(second.sessions, second.workspace.media_dir, clock=clock)
            post = mine.create(fields(title="Shared"))
            reader = FastReader(second.workspace.db_path)  # the second officer's window
            try:
                assert reader.post_state(post.id) == "draft"
                opened_by_them = theirs.get(post.id)
                mine.save(post.id, fields(title="Mine"), base=mine.get(post.id))
                with pytest.raises(EditConflict, match="changed by someone else"):
                    theirs.save(post.id, fields(title="Theirs"), base=opened_by_them)
                assert reader.post_list(PostFilter())[0][4] == "Mine"
            finally:
                reader.close()
            assert theirs.get(post.id).fields.title == "Mine"
        finally:
            first.close()
            second.close()


def test_a_demo_on_the_server_leaves_the_id_sequences_past_its_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The demo inserts rows with their ids; the next record made must not collide."""
    from app.services.demo import generate_demo
    from app.services.inquiries import InquiryService
    from app.services.posts import PostService
    from app.services.workspace import new_workspace
    from tests.services.post_fixtures import FakeClock, fields

    with pg.team_database(monkeypatch, migrated=False):
        summary = new_workspace(Workspace(tmp_path / "ws"), generate_demo)
        assert summary.posts > 100 and summary.inquiries > 100
        opened = _open(tmp_path)
        try:
            post = PostService(opened.sessions, opened.workspace.media_dir, clock=FakeClock())
            made = post.create(fields(title="After the demo"))
            assert made.id >= summary.posts + 1
            inquiries = InquiryService(opened.sessions)
            assert inquiries.queue()  # the demo's open inquiries
            # Anonymising on the server: the rows change as on SQLite (no secure_delete there).
            later = dt.datetime.now(dt.UTC) + dt.timedelta(days=3650)
            chosen = [row.id for row in inquiries.retention_preview(later)[:3]]
            assert len(chosen) == 3
            assert inquiries.anonymise(chosen) == 3
            with opened.engine.connect() as conn:
                left = conn.exec_driver_sql(
                    "SELECT count(*) FROM inquiries WHERE id = ANY(%(ids)s)"
                    " AND (inquirer_name IS NOT NULL OR anonymised_at IS NULL)",
                    {"ids": chosen},
                ).scalar()
            assert left == 0
            assert [r.id for r in inquiries.retention_preview(later)][:3] != chosen
        finally:
            opened.close()


def test_the_command_line_works_on_the_server(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """bayan demo, search and audit verify in team mode: the records are on the server; the
    workspace folder holds no bayan.db."""
    from app.cli import main

    with pg.team_database(monkeypatch, migrated=False):
        folder = str(tmp_path / "ws")
        assert main(["demo", "--workspace", folder]) == 0
        assert main(["search", "انتخابات", "--workspace", str(tmp_path / "other")]) == 0
        found = capsys.readouterr().out
        assert "Posts (" in found and "post " in found
        assert main(["audit", "verify", "--workspace", folder]) == 0
        assert "intact" in capsys.readouterr().out
        assert not (tmp_path / "ws" / "bayan.db").exists()


@pytest.mark.parametrize(
    "query",
    ["elections", "iec", "example", "2026", "path", "b", "الانتخابات", "انتخاب", "info"],
)
def test_words_inside_addresses_and_links_are_found_on_both_backends(workspace, query: str) -> None:
    """FTS5 splits words at punctuation; PostgreSQL's parser would keep an e-mail address, a
    host or a path as one token, so the index's text is split there first (server_form)."""
    from app.services.posts import PostService
    from app.services.search import SearchService
    from tests.services.post_fixtures import FakeClock, fields

    posts = PostService(workspace.sessions, workspace.workspace.media_dir, clock=FakeClock())
    post = posts.create(
        fields(
            text_ar="تابعوا الانتخابات: https://example.org/elections_2026/path أو info@iec.jo",
            text_en="a_b",
        )
    )
    with SearchService(workspace.sessions) as search:
        assert [(h.kind, h.ref_id) for h in search.search(query)] == [("post", post.id)]


def test_a_server_that_refuses_the_tables_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A login without the right to create tables (PostgreSQL 15 gives none in 'public' to
    users other than the database's owner): a message, not a traceback, and nothing made."""
    import psycopg

    with pg.team_database(monkeypatch, migrated=False) as url:
        server_now = pg.get_server()
        assert server_now is not None
        with psycopg.connect(url.replace("+psycopg", ""), autocommit=True) as admin:
            admin.execute("DROP ROLE IF EXISTS bayan_guest")
            admin.execute("CREATE ROLE bayan_guest LOGIN")
            admin.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
        guest = url.replace("//bayan@", "//bayan_guest@")
        monkeypatch.setenv("BAYAN_DATABASE_URL", guest)
        with pytest.raises(WorkspaceError, match="refused to set up Bayan's tables"):
            _open(tmp_path)
        with psycopg.connect(url.replace("+psycopg", ""), autocommit=True) as admin:
            tables = admin.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
            assert tables.fetchone() == (0,)
