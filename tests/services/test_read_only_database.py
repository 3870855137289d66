"""A database that refuses writes, on SQLite and on a team-mode PostgreSQL server: a plain
message naming where, nothing changed, and writes work again once it is writable."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from app.errors import WorkspaceReadOnly
from app.services.inquiries import InquiryFields, InquiryService
from app.services.posts import PostService
from tests.services.post_fixtures import count, fields, post_row


@contextmanager
def refusing_writes(engine: Any) -> Iterator[None]:
    """SQLite: ``PRAGMA query_only``; PostgreSQL: every transaction read-only (SQLSTATE 25006
    on a write, as on a hot standby)."""
    from sqlalchemy import event

    if engine.dialect.name == "sqlite":
        statement = "PRAGMA query_only = 1"
    else:
        statement = "SET default_transaction_read_only = on"

    def on_connect(dbapi_conn: Any, _record: Any) -> None:
        cursor = dbapi_conn.cursor()
        cursor.execute(statement)
        cursor.close()
        if engine.dialect.name != "sqlite":
            dbapi_conn.commit()

    engine.dispose()
    event.listen(engine, "connect", on_connect)
    try:
        yield
    finally:
        event.remove(engine, "connect", on_connect)
        engine.dispose()


def test_a_read_only_database_refuses_plainly_and_changes_nothing(
    workspace, service: PostService
) -> None:  # type: ignore[no-untyped-def]
    post = service.create(fields())
    inquiries = InquiryService(workspace.sessions)
    row = post_row(workspace, post.id)
    with refusing_writes(workspace.engine):
        with pytest.raises(WorkspaceReadOnly) as caught:
            service.save(post.id, fields(title="عنوان آخر"))
        with pytest.raises(WorkspaceReadOnly):
            inquiries.create(InquiryFields(channel="email", kind="inquiry", text="سؤال"))
        assert service.get(post.id).fields.title == row["title"]  # reading still works
    message = str(caught.value)
    if workspace.engine.dialect.name == "sqlite":
        assert message.startswith(f"the workspace {workspace.workspace.root} is read-only")
    else:
        assert message.startswith("the team database ")
        assert "is read-only: nothing was saved" in message
        assert "password" not in message.lower()
    assert "[SQL" not in message and "UPDATE" not in message
    assert post_row(workspace, post.id) == row
    assert count(workspace, "inquiries") == 0
    assert service.save(post.id, fields(title="عنوان آخر")).post.fields.title == "عنوان آخر"
