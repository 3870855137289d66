"""Optimistic locking (migration 0006): two officers, one post — or one inquiry.

Each officer has an engine and sessions of their own on the same database, as two Bayan
windows on a shared server would. Every test runs on SQLite and, when PostgreSQL's server
programs are installed, on a throw-away PostgreSQL server (``tests/pg.py``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.errors import EditConflict
from app.services.inquiries import InquiryFields, InquiryService
from app.services.posts import PostService
from app.services.workspace import open_workspace
from app.store.workspace import Workspace
from tests.services.post_fixtures import START, FakeClock, count, fields, post_row


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    if request.param == "postgresql":
        from tests.pg import team_database

        with team_database(monkeypatch):
            yield request.param
    else:
        yield request.param


@pytest.fixture
def ws(backend: str, tmp_path: Path) -> Iterator[Any]:
    opened = open_workspace(Workspace(tmp_path / "workspace"), create=True)
    assert opened.engine.dialect.name == backend
    yield opened
    opened.close()


@pytest.fixture
def other_sessions(ws: Any) -> Iterator[Any]:
    """The second officer's sessions: another engine (other connections) on the same data."""
    from sqlalchemy import create_engine

    from app.store.engine import make_engine, make_session_factory

    if ws.engine.dialect.name == "sqlite":
        engine = make_engine(ws.workspace.db_path)
    else:
        engine = create_engine(ws.engine.url.render_as_string(hide_password=False))
    yield make_session_factory(engine)
    engine.dispose()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def mine(ws: Any, clock: FakeClock) -> PostService:
    return PostService(ws.sessions, ws.workspace.media_dir, clock=clock)


@pytest.fixture
def theirs(ws: Any, other_sessions: Any, clock: FakeClock) -> PostService:
    return PostService(other_sessions, ws.workspace.media_dir, clock=clock)


# --- posts ------------------------------------------------------------------------------------


def test_every_write_of_a_post_moves_its_version_on(mine: PostService) -> None:
    post = mine.create(fields())
    assert post.version >= 1
    saved = mine.save(post.id, fields(text_ar="نص آخر"), base=post).post
    assert saved.version > post.version
    assert mine.get(post.id).version == saved.version
    moved = mine.reschedule(post.id, START + dt.timedelta(days=3)).post
    assert moved.version > saved.version


def test_the_second_of_two_saves_of_one_reading_is_refused_and_changes_nothing(
    ws: Any, mine: PostService, theirs: PostService, clock: FakeClock
) -> None:
    post_id = mine.create(fields()).id
    opened_here, opened_there = mine.get(post_id), theirs.get(post_id)
    clock.advance(minutes=5)  # 09:05 UTC
    first = theirs.save(post_id, fields(text_ar="نص الزميل"), base=opened_there)
    assert first.post.fields.text_ar == "نص الزميل"
    stored, revisions = post_row(ws, post_id), count(ws, "post_revisions")
    clock.advance(minutes=1)

    for autosave in (True, False):
        with pytest.raises(EditConflict) as refused:
            mine.save(post_id, fields(text_ar="نصي أنا"), autosave=autosave, base=opened_here)
        assert refused.value.what == "post" and refused.value.record_id == post_id
        assert refused.value.changed_at == START + dt.timedelta(minutes=5)
        assert str(refused.value) == (
            "This post was changed by someone else (at 09:05 UTC) since you opened it; your "
            "changes were not saved. Reopen it to see theirs."
        )
    assert post_row(ws, post_id) == stored
    assert count(ws, "post_revisions") == revisions
    assert mine.get(post_id).fields.text_ar == "نص الزميل"


def test_saves_in_turn_each_from_what_the_last_one_stored_go_through(
    mine: PostService, theirs: PostService
) -> None:
    post = mine.create(fields())
    post = mine.save(post.id, fields(text_ar="الأول"), base=post).post
    post = mine.save(post.id, fields(text_ar="الأول، معدلاً"), base=post).post
    reopened = theirs.get(post.id)
    assert reopened == post
    after = theirs.save(post.id, fields(text_ar="الثاني"), base=reopened).post
    again = mine.save(post.id, fields(text_ar="الثالث"), base=mine.get(post.id)).post
    assert again.fields.text_ar == "الثالث"
    assert post.version < after.version < again.version


def test_a_change_elsewhere_that_leaves_the_fields_alone_is_no_conflict(
    other_sessions: Any, mine: PostService, theirs: PostService
) -> None:
    from app.store.models import Post

    opened = mine.create(fields())
    # Submitted for review elsewhere (a state, not a field), then moved on the calendar.
    with other_sessions.begin() as session:
        session.get(Post, opened.id).state = "in_review"
    later = opened.fields.scheduled_at + dt.timedelta(days=2)
    theirs.reschedule(opened.id, later)

    # Saving the text with the time it had when opened would move the post back: refused.
    with pytest.raises(EditConflict):
        mine.save(opened.id, dataclasses.replace(opened.fields, text_ar="نصي"), base=opened)
    # The editor keeps the stored time when the officer has not changed it: saved.
    kept = dataclasses.replace(opened.fields, text_ar="نصي", scheduled_at=later)
    result = mine.save(opened.id, kept, base=opened)
    assert result.post.fields == kept
    assert result.post.state == "draft" and result.approval_withdrawn  # the edit, as always


def test_a_save_stored_between_the_read_and_the_write_is_caught_by_the_version(
    ws: Any, mine: PostService, theirs: PostService, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Officer B's save commits while A's save has read the post but not yet written it: on
    PostgreSQL the UPDATE's version check finds no row, on SQLite the write is refused and the
    save runs again; either way A's save is refused and B's text stays."""
    opened = mine.create(fields())
    check_links = mine._check_links
    raced: list[int] = []

    def while_reading(session: Any, given: Any) -> None:
        if not raced:
            raced.append(1)
            theirs.save(opened.id, fields(text_ar="نص الزميل"), base=theirs.get(opened.id))
        check_links(session, given)

    monkeypatch.setattr(mine, "_check_links", while_reading)
    with pytest.raises(EditConflict):
        mine.save(opened.id, fields(text_ar="نصي أنا"), base=opened)
    assert raced
    assert theirs.get(opened.id).fields.text_ar == "نص الزميل"
    assert [r.reason for r in mine.revisions(opened.id)] == ["create", "save"]


def test_a_state_change_overtaken_by_a_save_runs_again_on_what_is_stored(
    ws: Any, mine: PostService, theirs: PostService, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A withdrawal has no form to be stale: overtaken by a save, it runs again and withdraws
    the post as the other officer left it (the same on both databases)."""
    opened = mine.create(fields())
    read = mine._post
    raced: list[int] = []

    def while_reading(session: Any, post_id: int) -> Any:
        post = read(session, post_id)
        if not raced:
            raced.append(1)
            theirs.save(opened.id, fields(text_ar="نص الزميل"), base=theirs.get(opened.id))
        return post

    monkeypatch.setattr(mine, "_post", while_reading)
    withdrawn = mine.withdraw(opened.id, "مكرر")
    assert raced
    assert withdrawn.state == "withdrawn" and withdrawn.fields.text_ar == "نص الزميل"
    reasons = [r.reason for r in mine.revisions(opened.id)]
    assert reasons == ["create", "save", "withdraw"]


def test_a_write_that_keeps_losing_the_race_ends_in_a_conflict(
    ws: Any, mine: PostService, theirs: PostService, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.services import versioning

    opened = mine.create(fields())
    check_links = mine._check_links
    attempts: list[int] = []

    def while_reading(session: Any, given: Any) -> None:
        attempts.append(1)
        text = f"نص الزميل {len(attempts)}"
        theirs.save(opened.id, fields(text_ar=text), base=theirs.get(opened.id))
        check_links(session, given)

    monkeypatch.setattr(mine, "_check_links", while_reading)
    with pytest.raises(EditConflict) as refused:
        mine.save(opened.id, fields(text_ar="نصي أنا"))  # no base: only the race can refuse
    assert len(attempts) == versioning.WRITE_ATTEMPTS
    assert refused.value.changed_at is not None
    assert theirs.get(opened.id).fields.text_ar == f"نص الزميل {len(attempts)}"


@pytest.mark.parametrize("model", ["Post", "Inquiry"])
def test_the_version_column_refuses_an_update_of_a_row_changed_since_it_was_read(
    ws: Any, other_sessions: Any, mine: PostService, model: str
) -> None:
    from sqlalchemy.orm.exc import StaleDataError

    from app.store import models

    if model == "Post":
        row_id, column = mine.create(fields()).id, "text_ar"
    else:
        row_id, column = InquiryService(ws.sessions).create(inquiry_fields()).id, "text"
    cls = getattr(models, model)
    with ws.sessions() as session_a, other_sessions() as session_b:
        row_a, row_b = session_a.get(cls, row_id), session_b.get(cls, row_id)
        session_a.commit()  # (SQLite) end the reads: the writes below meet the versions only
        session_b.commit()
        setattr(row_b, column, "B")
        session_b.commit()
        setattr(row_a, column, "A")
        with pytest.raises(StaleDataError):
            session_a.commit()
    with ws.sessions() as session:
        assert getattr(session.get(cls, row_id), column) == "B"


def test_writes_that_must_not_run_again_turn_a_lost_race_into_a_conflict() -> None:
    import sqlite3

    from sqlalchemy.exc import OperationalError
    from sqlalchemy.orm.exc import StaleDataError

    from app.services.versioning import SQLITE_BUSY_SNAPSHOT, stale_as_conflict

    overtaken = sqlite3.OperationalError("database is locked")
    overtaken.sqlite_errorcode = SQLITE_BUSY_SNAPSHOT  # type: ignore[attr-defined]
    for lost in (StaleDataError("0 rows matched"), OperationalError("UPDATE", {}, overtaken)):
        with pytest.raises(EditConflict) as refused, stale_as_conflict("post", 7):
            raise lost
        assert (refused.value.what, refused.value.record_id) == ("post", 7)
    busy = sqlite3.OperationalError("database is locked")
    busy.sqlite_errorcode = 5  # type: ignore[attr-defined]  # SQLITE_BUSY: another writer
    with pytest.raises(OperationalError), stale_as_conflict("post", 7):
        raise OperationalError("UPDATE", {}, busy)
    with stale_as_conflict("post", 7):
        pass


def test_archiving_a_post_changed_since_it_was_read_is_refused(
    ws: Any, other_sessions: Any, mine: PostService, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.services.publication import PublicationService
    from app.store.models import Post

    post_id = mine.create(fields()).id
    with ws.sessions.begin() as session:
        session.get(Post, post_id).state = "published"
    publication = PublicationService(ws.sessions)
    read = publication._post

    def while_reading(session: Any, wanted: int) -> Any:
        post = read(session, wanted)
        with other_sessions.begin() as theirs:  # any write of the row moves its version on
            theirs.get(Post, wanted).updated_at = START + dt.timedelta(hours=1)
        return post

    monkeypatch.setattr(publication, "_post", while_reading)
    with pytest.raises(EditConflict):
        publication.archive(post_id)
    assert mine.get(post_id).state == "published"


# --- inquiries --------------------------------------------------------------------------------


def inquiry_fields(**changes: Any) -> InquiryFields:
    values: dict[str, Any] = {
        "channel": "facebook",
        "kind": "inquiry",
        "subject": "بطاقة الناخب",
        "text": "متى أستطيع استلام بطاقة الناخب؟",
        "inquirer_name": "ريم الحداد",
        "inquirer_contact": "reem.haddad@example.com",
    }
    values.update(changes)
    return InquiryFields(**values)


@pytest.fixture
def their_inquiries(other_sessions: Any, clock: FakeClock) -> InquiryService:
    return InquiryService(other_sessions, clock=clock)


def test_the_second_of_two_inquiry_updates_of_one_reading_is_refused(
    ws: Any, clock: FakeClock, their_inquiries: InquiryService
) -> None:
    here = InquiryService(ws.sessions, clock=clock)
    created = here.create(inquiry_fields())
    opened_here, opened_there = here.get(created.id), their_inquiries.get(created.id)
    done = their_inquiries.update(
        created.id, dataclasses.replace(opened_there.fields(), subject="موعد"), base=opened_there
    )
    assert done.version > opened_there.version
    with pytest.raises(EditConflict) as refused:
        here.update(
            created.id, dataclasses.replace(opened_here.fields(), subject="بطاقة"), base=opened_here
        )
    assert refused.value.what == "inquiry" and refused.value.changed_at is None
    assert "This inquiry was changed by someone else since you opened it" in str(refused.value)
    assert here.get(created.id).subject == "موعد"
    # Reopened, it saves.
    reopened = here.get(created.id)
    saved = here.update(
        created.id, dataclasses.replace(reopened.fields(), subject="بطاقة"), base=reopened
    )
    assert saved.subject == "بطاقة"


def test_a_response_logged_elsewhere_is_no_conflict_for_the_form(
    ws: Any, clock: FakeClock, their_inquiries: InquiryService
) -> None:
    here = InquiryService(ws.sessions, clock=clock)
    opened = here.create(inquiry_fields())
    clock.advance(minutes=10)
    answered = their_inquiries.respond(opened.id, "تجدونها في مكتب التسجيل.", "facebook")
    assert answered.version > opened.version and answered.status == "answered"
    saved = here.update(
        opened.id, dataclasses.replace(opened.fields(), internal_notes="اتصلت"), base=opened
    )
    assert saved.internal_notes == "اتصلت" and saved.status == "answered"


def test_a_status_change_overtaken_by_an_update_runs_again(
    ws: Any, clock: FakeClock, their_inquiries: InquiryService, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.services import inquiries as module

    here = InquiryService(ws.sessions, clock=clock)
    opened = here.create(inquiry_fields())
    read = module._inquiry
    raced: list[int] = []

    def while_reading(session: Any, inquiry_id: int) -> Any:
        row = read(session, inquiry_id)
        if not raced and session.bind is ws.engine:  # officer A's read, once
            raced.append(1)
            there = their_inquiries.get(opened.id)
            their_inquiries.update(
                opened.id, dataclasses.replace(there.fields(), subject="موعد"), base=there
            )
        return row

    monkeypatch.setattr(module, "_inquiry", while_reading)
    closed = here.set_status(opened.id, "closed")
    assert raced
    assert closed.status == "closed" and closed.subject == "موعد"


def test_an_anonymisation_elsewhere_stops_a_form_still_holding_the_personal_data(
    ws: Any, backend: str, clock: FakeClock, their_inquiries: InquiryService
) -> None:
    here = InquiryService(ws.sessions, clock=clock)
    opened = here.create(inquiry_fields())
    assert their_inquiries.anonymise([opened.id]) == 1
    with pytest.raises(EditConflict):
        here.update(
            opened.id, dataclasses.replace(opened.fields(), inquirer_name=None), base=opened
        )
    stored = here.get(opened.id)
    assert stored.inquirer_name is None and stored.inquirer_contact is None
    assert stored.anonymised_at is not None and stored.version > opened.version
