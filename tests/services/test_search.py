"""Global search through the services: what the officer stores is found, however it is spelt,
the index follows every change, and an inquirer's name and contact are never in it."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from app.core.search import index_form
from app.services.inquiries import InquiryFields, InquiryService
from app.services.posts import PostService
from app.services.search import SearchError, SearchHit, SearchService, reindex
from app.services.settings import SettingsService
from app.services.workspace import open_workspace
from app.store import search_index
from app.store.fastread import FastReader
from app.store.workspace import Workspace
from tests.services.post_fixtures import FakeClock, fields

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
NOW = dt.datetime(2026, 11, 24, 10, 0, tzinfo=dt.UTC)

POST_AR = "قبل أن تشارك أي معلومة عن الانتخابات، تحقّق من مصدرها. مُحَمَّد يذكّر بموعد ٢٠٢٦."
POST_EN = "Every Voter counts: check the final list."


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(NOW)


@pytest.fixture
def posts(workspace, clock: FakeClock) -> PostService:
    return PostService(workspace.sessions, workspace.workspace.media_dir, clock=clock)


@pytest.fixture
def inquiries(workspace, clock: FakeClock) -> InquiryService:
    SettingsService(workspace.sessions).set_timezone("Asia/Amman")
    return InquiryService(workspace.sessions, clock=clock)


@pytest.fixture
def search(workspace):  # type: ignore[no-untyped-def]
    with SearchService(workspace.sessions) as service:
        yield service


def inquiry(**changes) -> InquiryFields:  # type: ignore[no-untyped-def]
    base = {
        "channel": "facebook",
        "kind": "inquiry",
        "subject": "بطاقة الناخب",
        "text": "متى أستطيع استلام بطاقة الناخب؟",
        "inquirer_name": "ريم الحداد",
        "inquirer_contact": "reem.haddad@example.com",
        "received_at": NOW - dt.timedelta(days=2),
    }
    base.update(changes)
    return InquiryFields(**base)


def image(tmp_path: Path, name: str = "poster.png", content: bytes = PNG) -> Path:
    path = tmp_path / "incoming" / name
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(content)
    return path


def found(search: SearchService, query: str, kind: str | None = None) -> list[tuple[str, int]]:
    return [(h.kind, h.ref_id) for h in search.search(query) if kind in (None, h.kind)]


def index_contents(workspace) -> str:  # type: ignore[no-untyped-def]
    """The index's rows as text, read through the workspace's engine (SQLite or PostgreSQL)."""
    from sqlalchemy import text

    with workspace.engine.connect() as conn:
        rows = conn.execute(text("SELECT kind, ref_id, title, body FROM search_index")).all()
    return "\n".join(" ".join(map(str, row)) for row in rows)


def index_rows(db) -> list[tuple]:  # type: ignore[no-untyped-def, type-arg]
    """The index's rows in rowid order, of a bayan.db file or (SQLite or PostgreSQL) of an open
    workspace."""
    if not isinstance(db, Path):
        from sqlalchemy import text

        with db.engine.connect() as connection:
            return [
                tuple(row)
                for row in connection.execute(
                    text("SELECT rowid, kind, ref_id, title, body FROM search_index ORDER BY rowid")
                )
            ]
    conn = sqlite3.connect(db)
    try:
        return conn.execute(
            "SELECT rowid, kind, ref_id, title, body FROM search_index ORDER BY rowid"
        ).fetchall()
    finally:
        conn.close()


# --- the acceptance, end to end ------------------------------------------------------------------


@pytest.mark.parametrize(
    "query",
    ["الانتخابات", "الإنتخابات", "الانتخـــابات", "الانتخاباتِ", "انتخابات", "انتخ",
     "محمد", "مُحَمَّد", "2026", "٢٠٢٦", "voter", "VOTER", "Vot"],
)  # fmt: skip
def test_a_post_is_found_however_the_words_are_spelt(
    posts: PostService, search: SearchService, query: str
) -> None:
    post = posts.create(
        fields(title="تذكير", title_en="Reminder", text_ar=POST_AR, text_en=POST_EN)
    )
    posts.create(fields(title="منشور آخر", text_ar="لا شيء هنا", text_en="Nothing here"))
    hits = search.search(query)
    assert [(h.kind, h.ref_id) for h in hits] == [("post", post.id)]
    hit = hits[0]
    assert hit.snippet and hit.snippet_spans, "the matched word is highlighted"
    for start, end in hit.snippet_spans:
        assert 0 <= start < end <= len(hit.snippet)
    assert hit.title == "تذكير"


def test_snippets_and_spans_come_from_the_original_text(
    posts: PostService, search: SearchService
) -> None:
    post = posts.create(fields(title="الانتخابات البلدية", text_ar=POST_AR, text_en=POST_EN))
    (hit,) = search.search("انتخابات")
    assert isinstance(hit, SearchHit) and hit.ref_id == post.id and hit.rank > 0
    assert [hit.title[a:b] for a, b in hit.title_spans] == ["الانتخابات"]
    assert [hit.snippet[a:b] for a, b in hit.snippet_spans] == ["الانتخابات"]
    assert hit.snippet.startswith("قبل أن تشارك")
    (english,) = search.search("voter")
    assert english.snippet == POST_EN and english.snippet_spans == ((6, 11),)
    # Only the English title matches: the hit shows that one.
    other = posts.create(fields(title="تذكير", title_en="Polling reminder", text_ar="نص"))
    (by_title,) = search.search("polling")
    assert by_title.ref_id == other.id and by_title.title == "Polling reminder"
    assert by_title.title_spans == ((0, 7),)


def test_inquiries_and_media_are_found(
    posts: PostService, inquiries: InquiryService, search: SearchService, tmp_path: Path
) -> None:
    asked = inquiries.create(inquiry(subject="مركز الاقتراع", text="أين مركز الاقتراع الخاص بي؟"))
    inquiries.respond(asked.id, "يمكنك معرفة المركز عبر الرسائل القصيرة.", "facebook")
    post = posts.create(fields())
    media = posts.attach_media(post.id, image(tmp_path), alt_ar="صورة طابور الناخبين")
    posts.update_media(
        media.media_id, title="يوم الاقتراع", description="Queue at the polling station"
    )
    from app.store.models import MediaTag

    with search_index_session(posts) as session:
        session.add(MediaTag(media_id=media.media_id, tag="تغطية"))

    assert found(search, "مركز الإقتراع") == [("inquiry", asked.id)]
    assert found(search, "الرسائل القصيرة") == [("inquiry", asked.id)]  # a response's words
    assert found(search, "طابور") == [("media", media.media_id)]  # the Arabic alt text
    assert found(search, "polling station") == [("media", media.media_id)]
    assert found(search, "poster") == [("media", media.media_id)]  # the file name
    assert found(search, "تغطيه") == [("media", media.media_id)]  # a tag, ة/ه folded
    kinds = [h.kind for h in search.search("اقتراع")]
    assert kinds == ["inquiry", "media"]
    (hit,) = search.search("طابور")
    assert hit.title == "يوم الاقتراع"
    assert [hit.snippet[a:b] for a, b in hit.snippet_spans] == ["طابور"]


def search_index_session(service: PostService):  # type: ignore[no-untyped-def]
    return service._sessions.begin()


# --- kept in step -----------------------------------------------------------------------------


def test_the_index_follows_post_edits_variants_and_deletions(
    workspace, posts: PostService, search: SearchService
) -> None:
    post = posts.create(fields(text_ar="نص أول عن الموعد", text_en="First text"))
    assert found(search, "الموعد") == [("post", post.id)]
    posts.save(post.id, fields(text_ar="نص جديد عن الاقتراع", text_en="Second text"))
    assert found(search, "الموعد") == []
    assert found(search, "الاقتراع") == [("post", post.id)]
    assert found(search, "second") == [("post", post.id)]
    # A platform's own text is searchable, and stops being when it goes.
    posts.save(
        post.id,
        fields(text_ar="نص جديد عن الاقتراع", variants={"x": ("نسخة قصيرة للمنصة إكس", None)}),
    )
    assert found(search, "قصيرة") == [("post", post.id)]
    posts.save(post.id, fields(text_ar="نص جديد عن الاقتراع"))
    assert found(search, "قصيرة") == []
    copy = posts.duplicate(post.id)
    assert sorted(found(search, "الاقتراع")) == [("post", post.id), ("post", copy.id)]
    from app.store.models import Post

    with workspace.sessions.begin() as session:
        session.delete(session.get(Post, copy.id))
    assert found(search, "الاقتراع") == [("post", post.id)]
    assert f"post {copy.id} " not in index_contents(workspace)


def test_the_index_follows_inquiries_and_their_responses(
    inquiries: InquiryService, search: SearchService
) -> None:
    asked = inquiries.create(inquiry())
    assert found(search, "بطاقة") == [("inquiry", asked.id)]
    inquiries.update(asked.id, inquiry(subject="تغيير العنوان", text="أريد تغيير عنواني"))
    assert found(search, "بطاقة") == []
    assert found(search, "عنواني") == [("inquiry", asked.id)]
    answered = inquiries.respond(asked.id, "يتم التغيير في مكتب السجل المدني", "facebook")
    assert found(search, "المدني") == [("inquiry", asked.id)]
    inquiries.remove_response(answered.responses[0].id)
    assert found(search, "المدني") == []


def test_the_index_follows_media_metadata_tags_and_deletion(
    workspace, posts: PostService, search: SearchService, tmp_path: Path
) -> None:
    from app.store.models import MediaAsset, MediaTag

    post = posts.create(fields())
    media = posts.attach_media(post.id, image(tmp_path), alt_en="A crowd of voters")
    assert found(search, "crowd") == [("media", media.media_id)]
    posts.update_media(media.media_id, alt_en="An empty hall")
    assert found(search, "crowd") == []
    assert found(search, "hall") == [("media", media.media_id)]
    with workspace.sessions.begin() as session:
        session.add(MediaTag(media_id=media.media_id, tag="أرشيف"))
    assert found(search, "ارشيف") == [("media", media.media_id)]
    with workspace.sessions.begin() as session:
        asset = session.get(MediaAsset, media.media_id)
        asset.tags.clear()  # removed as orphans
    assert found(search, "ارشيف") == []
    posts.detach_media(post.id, media.media_id)
    with workspace.sessions.begin() as session:
        session.delete(session.get(MediaAsset, media.media_id))
    assert found(search, "hall") == []
    assert "media" not in index_contents(workspace)


def test_a_rolled_back_change_leaves_the_index_as_it_was(
    workspace, posts: PostService, search: SearchService
) -> None:
    from app.store.models import Post

    post = posts.create(fields(text_ar="الانتخابات البلدية"))
    with pytest.raises(RuntimeError), workspace.sessions.begin() as session:
        session.get(Post, post.id).text_ar = "نص آخر تماما"
        session.flush()
        raise RuntimeError("stop")
    assert found(search, "البلدية") == [("post", post.id)]
    assert found(search, "تماما") == []


def test_writes_that_bypass_the_orm_reindex_explicitly(
    workspace, posts: PostService, search: SearchService
) -> None:
    from sqlalchemy import update

    from app.store.models import Post

    post = posts.create(fields(text_ar="نص قديم"))
    with workspace.sessions.begin() as session:
        session.execute(update(Post).where(Post.id == post.id).values(text_ar="نص محدث"))
    assert found(search, "محدث") == [], "a Core update is not seen by itself"
    with workspace.sessions.begin() as session:
        assert reindex(session, "post", [post.id]) == 1
    assert found(search, "محدث") == [("post", post.id)]
    with pytest.raises(ValueError, match="unknown search kind"), workspace.sessions() as session:
        reindex(session, "account", [1])


# --- personal data ------------------------------------------------------------------------------

NAME = "Zebulon Quarterfield"
CONTACT = "zebulon.q7731@example.invalid"
NAME_AR = "صهيب القنديلجي"
PHONE = "+962 77 913 4682"


def test_inquirers_names_and_contacts_are_never_searchable(
    workspace, inquiries: InquiryService, search: SearchService
) -> None:
    first = inquiries.create(inquiry(inquirer_name=NAME, inquirer_contact=CONTACT))
    inquiries.create(inquiry(inquirer_name=NAME_AR, inquirer_contact=PHONE, internal_notes="سري"))
    for query in ("Zebulon", "Quarterfield", "zebulon.q7731", "example.invalid", "صهيب",
                  "القنديلجي", "913", "4682", "سري"):  # fmt: skip
        assert found(search, query) == [], query
    contents = index_contents(workspace)
    for word in ("zebulon", "quarterfield", "q7731", index_form("صهيب"), "4682", "سري"):
        assert word not in contents, word
    assert ("inquiry", first.id) in found(search, "بطاقة", "inquiry")


@pytest.fixture
def secure_delete_off(workspace) -> None:  # type: ignore[no-untyped-def]
    """As in tests/services/test_inquiries.py: most SQLite builds start with it off."""
    from sqlalchemy import event

    workspace.engine.dispose()

    @event.listens_for(workspace.engine, "connect")
    def _off(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
        dbapi_conn.execute("PRAGMA secure_delete=OFF")


def database_bytes(workspace) -> bytes:  # type: ignore[no-untyped-def]
    root = workspace.workspace.root
    return b"".join(
        (root / name).read_bytes()
        for name in ("bayan.db", "bayan.db-wal")
        if (root / name).exists()
    )


@pytest.mark.sqlite_only  # about the bytes of bayan.db and its WAL
@pytest.mark.usefixtures("secure_delete_off")
def test_anonymising_takes_the_old_words_out_of_the_index_and_the_files(
    workspace, inquiries: InquiryService, search: SearchService, clock: FakeClock
) -> None:
    text = f"My name is {NAME}, I wrote before about the Xylophonic registration form."
    old = inquiries.create(
        inquiry(subject="Registration form", text=text, inquirer_name=NAME,
                inquirer_contact=CONTACT, received_at=NOW - dt.timedelta(days=800))
    )  # fmt: skip
    inquiries.respond(old.id, f"Dear {NAME}, thank you.", "facebook", sent_at=old.received_at)
    assert found(search, "xylophonic") == [("inquiry", old.id)]
    assert b"quarterfield" in database_bytes(workspace)  # the index form: the check can fail
    assert [row.id for row in inquiries.retention_preview()] == [old.id]

    assert inquiries.anonymise([old.id]) == 1

    assert found(search, "quarterfield") == [] and found(search, "zebulon") == []
    assert found(search, "xylophonic") == [("inquiry", old.id)]  # the rest is still found
    data = database_bytes(workspace)
    for word in (b"quarterfield", b"zebulon", b"Quarterfield", b"Zebulon"):
        assert word not in data, word


@pytest.mark.sqlite_only  # about the bytes of bayan.db and its WAL
@pytest.mark.usefixtures("secure_delete_off")
def test_erasing_a_person_takes_their_words_out_of_the_index_and_the_files(
    workspace, inquiries: InquiryService, search: SearchService
) -> None:
    private = "رقم هويتي الوطنية 9861234567 وعنواني جبل اللويبدة"
    asked = inquiries.create(inquiry(subject="طلب خاص بالقيود", text=private))
    inquiries.respond(asked.id, "تم استلام طلبك الخاص بالقيود", "facebook")
    assert found(search, "اللويبدة") == [("inquiry", asked.id)]
    assert found(search, "بالقيود") == [("inquiry", asked.id)]

    assert inquiries.erase_person([asked.id]) == 1

    for query in ("اللويبدة", "9861234567", "هويتي", "قيود"):
        assert found(search, query) == [], query
    data = database_bytes(workspace)
    for word in ("9861234567", index_form("اللويبدة").split()[0], index_form("هويتي")):
        assert word.encode() not in data, word


# --- grouping, ranking, bad input ---------------------------------------------------------------


def test_results_are_grouped_by_kind_best_first(
    posts: PostService, inquiries: InquiryService, search: SearchService, tmp_path: Path
) -> None:
    body_only = posts.create(fields(title="منشور", text_ar="ذكر عابر للتسجيل في النص الطويل " * 3))
    in_title = posts.create(fields(title="التسجيل", text_ar="نص عن التسجيل"))
    asked = inquiries.create(inquiry(subject="التسجيل", text="سؤال"))
    media = posts.attach_media(body_only.id, image(tmp_path), alt_ar="طاولة التسجيل")
    hits = search.search("تسجيل")
    assert [(h.kind, h.ref_id) for h in hits] == [
        ("post", in_title.id),
        ("post", body_only.id),
        ("inquiry", asked.id),
        ("media", media.media_id),
    ]
    assert hits[0].rank > hits[1].rank
    one_each = search.search("تسجيل", limit_per_kind=1)
    assert [(h.kind, h.ref_id) for h in one_each] == [
        ("post", in_title.id),
        ("inquiry", asked.id),
        ("media", media.media_id),
    ]


@pytest.mark.parametrize("query", ["", "   ", '"*()-', "^:+", "\u0301"])
def test_a_query_with_nothing_to_look_for_reads_nothing(
    workspace, search: SearchService, monkeypatch: pytest.MonkeyPatch, query: str
) -> None:
    def refuse(*_args: object) -> None:
        raise AssertionError("no query for an empty search")

    monkeypatch.setattr(FastReader, "search_ranked", refuse)
    assert search.search(query) == []


def test_bad_input_is_refused_clearly(search: SearchService) -> None:
    with pytest.raises(SearchError, match="must be text"):
        search.search(None)  # type: ignore[arg-type]
    with pytest.raises(SearchError, match="longer than"):
        search.search("كلمة " * 500)
    for limit in (0, -1, 10_000, True, "5"):
        with pytest.raises(SearchError, match="from 1 to"):
            search.search("x", limit_per_kind=limit)  # type: ignore[arg-type]


def test_fts5_syntax_through_the_service(posts: PostService, search: SearchService) -> None:
    post = posts.create(fields(text_en="Voter list NEAR the hall OR elsewhere"))
    for query in ('"voter', "voter*", "(voter", "voter OR", "NEAR(", "-voter", "voter:", "AND"):
        search.search(query)  # never raises
    assert found(search, "near hall") == [("post", post.id)]
    assert found(search, '"voter" (list)') == [("post", post.id)]


def test_a_window_reader_can_be_shared(workspace, posts: PostService) -> None:
    post = posts.create(fields(text_ar="الانتخابات"))
    reader = FastReader(workspace.workspace.db_path)
    try:
        service = SearchService(workspace.sessions, reader=reader)
        assert found(service, "انتخابات") == [("post", post.id)]
        posts.save(post.id, fields(text_ar="الاقتراع"))  # a later commit is seen
        assert found(service, "انتخابات") == []
        service.close()  # the window's reader stays open
        assert reader.setting("missing", 1) == 1
        no_orm = SearchService(None, reader)  # searching needs no sessions
        assert found(no_orm, "اقتراع") == [("post", post.id)]
        with pytest.raises(SearchError, match="needs the workspace's sessions"):
            no_orm.rebuild()
    finally:
        reader.close()
    with pytest.raises(SearchError, match="could not read"):
        no_orm.search("اقتراع")
    with pytest.raises(SearchError, match="database file"):
        SearchService(None).search("اقتراع")


def test_rebuild_makes_the_same_index(workspace, posts: PostService, search: SearchService) -> None:
    posts.create(fields(text_ar="الانتخابات", variants={"x": ("نص إكس", None)}))
    posts.create(fields(text_ar="الاقتراع"))
    before = index_rows(workspace)
    assert search.rebuild() == 2
    assert index_rows(workspace) == before


# --- workspaces made before the index -----------------------------------------------------------


def fill_0004(db: Path) -> None:
    conn = sqlite3.connect(db)
    with conn:
        conn.execute(
            "INSERT INTO posts (id, title, title_en, state, text_ar, text_en, link, source_refs,"
            " evergreen, manual_checks, warning_justifications, checklist_status, created_at,"
            " updated_at) VALUES (7, 'الانتخابات النيابية', 'Elections', 'draft',"
            " 'نص عن مُحَمَّد', 'Voter text', '', '', 0, '{}', '{}', '',"
            " '2026-01-01 00:00:00.000000', '2026-01-01 00:00:00.000000')"
        )
        conn.execute(
            "INSERT INTO post_variants (post_id, platform, text_ar) VALUES (7, 'x', 'نسخة إكس')"
        )
        conn.execute(
            "INSERT INTO inquiries (id, channel, kind, subject, text, language, inquirer_name,"
            " inquirer_contact, received_at, status, internal_notes) VALUES (3, 'phone',"
            " 'complaint', 'شكوى الازدحام', 'ازدحام شديد', 'ar', 'Zebulon Quarterfield',"
            " '0791112233', '2026-01-02 00:00:00.000000', 'new', 'ملاحظة داخلية')"
        )
        conn.execute(
            "INSERT INTO inquiry_responses (inquiry_id, sent_at, channel, text) VALUES"
            " (3, '2026-01-02 01:00:00.000000', 'phone', 'نعتذر عن التأخير')"
        )
        conn.execute(
            "INSERT INTO media_assets (id, sha256, original_name, kind, mime_type, size_bytes,"
            " title, description, alt_ar, alt_en, credit, licence, has_identifiable_people,"
            " contains_text, burned_in_captions, imported_at) VALUES (5, 'ab', 'hall.png',"
            " 'image', '', 0, 'قاعة', '', 'صورة القاعة', 'The hall', '', '', 0, 0, 0,"
            " '2026-01-01 00:00:00.000000')"
        )
        conn.execute("INSERT INTO media_tags (media_id, tag) VALUES (5, 'مؤتمر')")
    conn.close()


def test_a_workspace_from_schema_0004_has_its_rows_indexed(tmp_path: Path) -> None:
    ws = Workspace(tmp_path / "ws")
    ws.root.mkdir()
    shutil.copyfile(FIXTURES / "schema-0004.db", ws.db_path)
    fill_0004(ws.db_path)
    opened = open_workspace(ws)
    try:
        assert opened.migrated_from == "0004"
        with SearchService(opened.sessions) as service:
            assert found(service, "انتخابات") == [("post", 7)]
            assert found(service, "محمد voter") == [("post", 7)]
            assert found(service, "إكس") == [("post", 7)]
            assert found(service, "الإزدحام") == [("inquiry", 3)]
            assert found(service, "التأخير") == [("inquiry", 3)]
            assert found(service, "القاعة") == [("media", 5)]
            assert found(service, "hall") == [("media", 5)]
            assert found(service, "مؤتمر") == [("media", 5)]
            for query in ("zebulon", "0791112233", "ملاحظة"):
                assert found(service, query) == [], query
            migrated = index_rows(ws.db_path)
            assert len(migrated) == 3
            assert service.rebuild() == 3
            # The migration's own reading of schema 0004 gives what the app indexes.
            assert index_rows(ws.db_path) == migrated
    finally:
        opened.close()


def test_the_store_rowids_and_kinds() -> None:
    for kind in search_index.KINDS:
        low, high = search_index.rowid_range(kind)
        assert low <= search_index.rowid_of(kind, 1) <= search_index.rowid_of(kind, 2**40 - 1)
        assert search_index.rowid_of(kind, 2**40 - 1) == high
        assert search_index.kind_of_rowid(search_index.rowid_of(kind, 42)) == (kind, 42)
    with pytest.raises(ValueError):
        search_index.kind_of_rowid(7 << 40)


def test_the_demo_ends_with_a_complete_index(tmp_path: Path) -> None:
    from app.services.demo import generate_demo
    from app.services.workspace import new_workspace

    ws = Workspace(tmp_path / "demo")
    summary = new_workspace(ws, lambda opened: generate_demo(opened, today=dt.date(2026, 11, 24)))
    conn = sqlite3.connect(ws.db_path)
    try:
        counts = dict(conn.execute("SELECT kind, count(*) FROM search_index GROUP BY kind"))
    finally:
        conn.close()
    assert counts == {
        "post": summary.posts,
        "inquiry": summary.inquiries,
        "media": summary.media,
    }
    opened = open_workspace(ws)
    try:
        with SearchService(opened.sessions) as service:
            hits = service.search("الاقتراع")
            assert {h.kind for h in hits} >= {"post", "inquiry"}
            before = index_rows(ws.db_path)
            service.rebuild()
            assert index_rows(ws.db_path) == before
    finally:
        opened.close()
