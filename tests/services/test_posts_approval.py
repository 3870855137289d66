"""What an approval covers, seen from the posts service: alt texts count as content, every
withdrawal is audited with its reason, and rescheduling keeps the approval (and is audited)
unless the new time falls in a quiet period that does not allow publishing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.services.audit import AuditLog
from app.services.posts import PostService
from tests.services.approval_fixtures import approve_directly
from tests.services.post_fixtures import FakeClock, fields

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def image(tmp_path: Path, name: str = "poster.png") -> Path:
    path = tmp_path / "incoming" / name
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(PNG)
    return path


def trail(workspace, post_id: int) -> list[tuple[str, dict]]:
    return [(e.action, e.details) for e in AuditLog(workspace.sessions).trail("post", post_id)]


def withdrawn_at(workspace, approval_id: int) -> dt.datetime | None:
    from app.store.models import Approval

    with workspace.sessions() as session:
        return session.get(Approval, approval_id).withdrawn_at


def add_quiet_period(workspace, *, allows_publishing: bool = False) -> None:
    """Electoral silence from 11 June 00:00 to 12 June 23:59 UTC."""
    from app.store.models import QuietPeriod

    with workspace.sessions.begin() as session:
        session.add(
            QuietPeriod(
                name_ar="الصمت الانتخابي",
                name_en="Electoral silence",
                reason="electoral_silence",
                starts_at=dt.datetime(2026, 6, 11, 0, 0, tzinfo=dt.UTC),
                ends_at=dt.datetime(2026, 6, 12, 23, 59, tzinfo=dt.UTC),
                allows_publishing=allows_publishing,
            )
        )


IN_SILENCE = dt.datetime(2026, 6, 11, 9, 0, tzinfo=dt.UTC)
AFTER_SILENCE = dt.datetime(2026, 6, 14, 9, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize("state", ["in_review", "approved"])
def test_an_alt_text_edit_returns_the_posts_using_it_to_draft(
    service: PostService, workspace, clock: FakeClock, tmp_path: Path, state: str
) -> None:
    reviewed = service.create(fields())
    media = service.attach_media(reviewed.id, image(tmp_path), alt_ar="ملصق", alt_en="Poster")
    draft = service.create(fields(title="مسودة أخرى"))
    service.attach_media(draft.id, image(tmp_path))  # the same file: the same archive item
    approval = approve_directly(workspace, reviewed.id, clock.now, state=state)
    clock.advance(minutes=5)

    # Not covered by the approval: the credit.
    kept = service.change_media(media.media_id, credit="الهيئة")
    assert kept.returned_to_draft == () and service.get(reviewed.id).state == state

    change = service.change_media(media.media_id, alt_en="Poster: registration opens 1 June")
    assert change.returned_to_draft == (reviewed.id,)
    assert change.media.alt_en == "Poster: registration opens 1 June"
    assert service.get(reviewed.id).state == "draft"
    assert service.get(draft.id).state == "draft"
    assert withdrawn_at(workspace, approval) == clock.now
    assert trail(workspace, reviewed.id)[-1] == (
        "post.returned_to_draft",
        {"from": state, "to": "draft", "reason": "alt_text"},
    )
    assert trail(workspace, draft.id) == []
    last = service.revisions(reviewed.id)[-1]
    assert last.reason == "media" and last.snapshot["state"] == "draft"


def test_update_media_still_returns_the_attachment(
    service: PostService, workspace, clock: FakeClock, tmp_path: Path
) -> None:
    post = service.create(fields())
    media = service.attach_media(post.id, image(tmp_path))
    approve_directly(workspace, post.id, clock.now)
    updated = service.update_media(media.media_id, alt_ar="ملصق التسجيل")
    assert service.get(post.id).media[0] == updated
    assert service.get(post.id).state == "draft"


def test_every_withdrawal_by_an_edit_is_audited_with_its_reason(
    service: PostService, workspace, clock: FakeClock, tmp_path: Path
) -> None:
    post = service.create(fields())
    approve_directly(workspace, post.id, clock.now)
    result = service.save(post.id, fields(text_en="Registration opens today, 1 June."))
    assert result.approval_withdrawn
    assert trail(workspace, post.id)[-1] == (
        "post.returned_to_draft",
        {"from": "approved", "to": "draft", "reason": "edit"},
    )

    approve_directly(workspace, post.id, clock.now, state="in_review")
    service.attach_media(post.id, image(tmp_path))
    assert service.get(post.id).state == "draft"
    assert trail(workspace, post.id)[-1] == (
        "post.returned_to_draft",
        {"from": "in_review", "to": "draft", "reason": "media"},
    )
    # An edit of a draft withdraws nothing and is not audited.
    before = len(trail(workspace, post.id))
    service.save(post.id, fields(text_en="Registration opens today."))
    assert len(trail(workspace, post.id)) == before


def test_rescheduling_keeps_the_approval_and_is_audited(
    service: PostService, workspace, clock: FakeClock
) -> None:
    add_quiet_period(workspace)
    post = service.create(fields())
    approval = approve_directly(workspace, post.id, clock.now)
    clock.advance(minutes=1)
    result = service.reschedule(post.id, AFTER_SILENCE)
    assert not result.approval_withdrawn and result.revision_written
    assert result.post.state == "approved"
    assert withdrawn_at(workspace, approval) is None
    assert trail(workspace, post.id) == [
        (
            "post.rescheduled",
            {
                "from": "2026-06-10T07:00:00+00:00",
                "to": "2026-06-14T09:00:00+00:00",
                "approval_kept": True,
            },
        )
    ]
    # A draft moves without an audit entry: there is no approval to account for.
    draft = service.create(fields())
    assert not service.reschedule(draft.id, AFTER_SILENCE).approval_withdrawn
    assert trail(workspace, draft.id) == []


@pytest.mark.parametrize("state", ["in_review", "approved"])
def test_rescheduling_into_a_quiet_period_returns_to_draft(
    service: PostService, workspace, clock: FakeClock, state: str
) -> None:
    add_quiet_period(workspace)
    post = service.create(fields())
    approval = approve_directly(workspace, post.id, clock.now, state=state)
    clock.advance(minutes=1)
    result = service.reschedule(post.id, IN_SILENCE)
    assert result.approval_withdrawn
    assert result.post.state == "draft"
    assert result.post.fields.scheduled_at == IN_SILENCE
    assert withdrawn_at(workspace, approval) == clock.now
    assert trail(workspace, post.id) == [
        (
            "post.rescheduled",
            {
                "from": "2026-06-10T07:00:00+00:00",
                "to": "2026-06-11T09:00:00+00:00",
                "approval_kept": False,
            },
        ),
        ("post.returned_to_draft", {"from": state, "to": "draft", "reason": "quiet_period"}),
    ]
    last = service.revisions(post.id)[-1]
    assert last.reason == "reschedule" and last.snapshot["state"] == "draft"


def test_a_quiet_period_that_allows_publishing_keeps_the_approval(
    service: PostService, workspace, clock: FakeClock
) -> None:
    add_quiet_period(workspace, allows_publishing=True)
    post = service.create(fields())
    approve_directly(workspace, post.id, clock.now)
    result = service.reschedule(post.id, IN_SILENCE)
    assert not result.approval_withdrawn and result.post.state == "approved"


def test_moving_the_time_in_the_editor_follows_the_same_rule(
    service: PostService, workspace, clock: FakeClock
) -> None:
    add_quiet_period(workspace)
    post = service.create(fields())
    approve_directly(workspace, post.id, clock.now)
    kept = service.save(post.id, fields(scheduled_at=AFTER_SILENCE))
    assert not kept.approval_withdrawn and kept.post.state == "approved"
    assert trail(workspace, post.id)[-1][0] == "post.rescheduled"
    moved = service.save(post.id, fields(scheduled_at=IN_SILENCE))
    assert moved.approval_withdrawn and moved.post.state == "draft"
    assert trail(workspace, post.id)[-1] == (
        "post.returned_to_draft",
        {"from": "approved", "to": "draft", "reason": "quiet_period"},
    )
    assert AuditLog(workspace.sessions).verify().ok
