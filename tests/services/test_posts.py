"""The post service: create, save, autosave, history, reschedule, duplicate, withdraw."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from app.core.states import ForbiddenTransition
from app.services.posts import (
    AUTOSAVE_REVISION_INTERVAL,
    PostInvalid,
    PostLocked,
    PostNotFound,
    PostService,
    copy_title,
)
from tests.services.post_fixtures import (
    FakeClock,
    count,
    fields,
    post_row,
    set_state,
)


def test_create_makes_a_draft_with_every_field(service: PostService, clock: FakeClock) -> None:
    given = fields(
        variants={"x": ("نص قصير لإكس", None)},
        link="https://iec.jo/register",
        evergreen=True,
        manual_checks={"GOV-PROP-1": True},
        warning_justifications={"AR-PUNCT-1": "اقتباس كما ورد"},
    )
    post = service.create(given)
    assert post.state == "draft"
    assert post.fields == given
    assert post.created_at == post.updated_at == clock.now
    assert post.media == () and post.series_id is None and post.origin_post_id is None
    again = service.get(post.id)
    assert again == post
    assert again.fields.scheduled_at.tzinfo is not None
    (revision,) = service.revisions(post.id)
    assert revision.reason == "create"
    assert revision.snapshot["text_ar"] == given.text_ar
    assert revision.snapshot["variants"] == {"x": ["نص قصير لإكس", None]}
    assert revision.snapshot["scheduled_at"] == "2026-06-10T07:00:00+00:00"


def test_fields_are_tidied_and_checked(service: PostService) -> None:
    amman = dt.timezone(dt.timedelta(hours=3))
    post = service.create(
        fields(
            platforms=("x", "x", "instagram"),
            variants={"facebook": ("غير مستهدف", None), "x": (None, None)},
            scheduled_at=dt.datetime(2026, 6, 10, 10, 0, tzinfo=amman),
        )
    )
    assert post.fields.platforms == ("x", "instagram")
    assert post.fields.variants == {}, "overrides only for target platforms, empty ones dropped"
    assert post.fields.scheduled_at == dt.datetime(2026, 6, 10, 7, 0, tzinfo=dt.UTC)

    with pytest.raises(PostInvalid, match="unknown platform 'myspace'"):
        service.create(fields(platforms=("x", "myspace")))
    with pytest.raises(PostInvalid, match="no time zone"):
        service.create(fields(scheduled_at=dt.datetime(2026, 6, 10, 7, 0)))
    with pytest.raises(PostInvalid, match="there is no pillar 99"):
        service.create(fields(pillar_id=99))
    with pytest.raises(PostInvalid, match="longer than 300"):
        service.create(fields(title="ع" * 301))


def test_unknown_post(service: PostService) -> None:
    with pytest.raises(PostNotFound, match="there is no post 42"):
        service.get(42)
    with pytest.raises(PostNotFound):
        service.save(42, fields())


def test_explicit_save_writes_a_revision_each_time(service: PostService, clock) -> None:
    post = service.create(fields())
    clock.advance(seconds=10)
    first = service.save(post.id, fields(text_ar="نص معدل."))
    clock.advance(seconds=10)
    second = service.save(post.id, fields(text_ar="نص معدل مرة ثانية."))
    assert first.revision_written and second.revision_written
    assert not first.approval_withdrawn
    assert second.post.updated_at == clock.now
    history = service.revisions(post.id)
    assert [r.reason for r in history] == ["create", "save", "save"]
    assert [r.snapshot["text_ar"] for r in history] == [
        fields().text_ar,
        "نص معدل.",
        "نص معدل مرة ثانية.",
    ]
    assert history[1].created_at < history[2].created_at


def test_saving_unchanged_fields_writes_nothing(service: PostService, clock, workspace) -> None:
    post = service.create(fields())
    before = post_row(workspace, post.id)
    clock.advance(minutes=10)
    result = service.save(post.id, fields())
    assert not result.revision_written
    assert post_row(workspace, post.id) == before
    assert len(service.revisions(post.id)) == 1


def test_autosaves_are_coalesced_but_the_row_is_always_current(
    service: PostService, clock: FakeClock
) -> None:
    post = service.create(fields())
    written = []
    for second in range(1, 11):  # an autosave every 30 s for 5 minutes
        clock.advance(seconds=30)
        result = service.save(post.id, fields(text_ar=f"مسودة {second}"), autosave=True)
        written.append(result.revision_written)
        assert service.get(post.id).fields.text_ar == f"مسودة {second}", "the row is current"
    # The creation revision is at 0 s: the first autosave revision may come at 5 min.
    assert written == [False] * 9 + [True]
    clock.advance(seconds=30)
    assert not service.save(post.id, fields(text_ar="مسودة 11"), autosave=True).revision_written
    clock.advance(seconds=AUTOSAVE_REVISION_INTERVAL.total_seconds())
    assert service.save(post.id, fields(text_ar="مسودة 12"), autosave=True).revision_written
    reasons = [r.reason for r in service.revisions(post.id)]
    assert reasons == ["create", "autosave", "autosave"]
    # an explicit save is always kept
    clock.advance(seconds=1)
    assert service.save(post.id, fields(text_ar="محفوظ")).revision_written
    assert service.revisions(post.id)[-1].reason == "save"


def test_a_crash_loses_nothing_autosaved(service: PostService, workspace, clock) -> None:
    post = service.create(fields())
    clock.advance(seconds=5)
    service.save(post.id, fields(text_ar="كتبت هذا قبل الانهيار"), autosave=True)
    # "Crash": a new service on a fresh engine reads what the last autosave wrote.
    from app.services.workspace import open_workspace

    reopened = open_workspace(workspace.workspace)
    try:
        fresh = PostService(reopened.sessions, reopened.workspace.media_dir)
        assert fresh.get(post.id).fields.text_ar == "كتبت هذا قبل الانهيار"
    finally:
        reopened.close()


@pytest.mark.parametrize("state", ["published", "archived", "withdrawn"])
def test_saving_a_post_that_is_history_is_refused_and_changes_nothing(
    service: PostService, workspace, clock, state: str
) -> None:
    post = service.create(fields())
    set_state(workspace, post.id, state)
    before = post_row(workspace, post.id)
    revisions = count(workspace, "post_revisions")
    clock.advance(minutes=1)
    with pytest.raises(PostLocked, match=f"is {state}: it cannot be edited"):
        service.save(post.id, fields(text_ar="تعديل بعد النشر"))
    with pytest.raises(PostLocked):
        service.save(post.id, fields(text_ar="تعديل بعد النشر"), autosave=True)
    with pytest.raises(PostLocked, match="cannot be rescheduled"):
        service.reschedule(post.id, dt.datetime(2026, 7, 1, 9, tzinfo=dt.UTC))
    assert post_row(workspace, post.id) == before
    assert count(workspace, "post_revisions") == revisions


def _approve(workspace, post_id: int) -> None:
    from app.store.models import Approval, Approver

    with workspace.sessions.begin() as session:
        approver = Approver(name="Supervisor")
        session.add(approver)
        session.flush()
        session.add(
            Approval(
                post_id=post_id, approver_id=approver.id, decision="approved", content_hash="0"
            )
        )
    set_state(workspace, post_id, "approved")


@pytest.mark.parametrize("state", ["in_review", "approved"])
def test_editing_content_after_review_returns_to_draft(
    service: PostService, workspace, clock, state: str
) -> None:
    from sqlalchemy import select

    from app.store.models import Approval

    post = service.create(fields())
    _approve(workspace, post.id)
    set_state(workspace, post.id, state)
    clock.advance(minutes=1)

    # Not content: the internal title, a justification. The state stays.
    kept = service.save(post.id, fields(title="عنوان داخلي جديد"))
    assert kept.post.state == state and not kept.approval_withdrawn

    # Content: the approval no longer covers it.
    result = service.save(post.id, fields(title="عنوان داخلي جديد", text_en="Changed."))
    assert result.approval_withdrawn
    assert result.post.state == "draft"
    assert service.revisions(post.id)[-1].snapshot["state"] == "draft"
    with workspace.sessions() as session:
        approval = session.scalars(select(Approval)).one()
        assert approval.withdrawn_at == clock.now


def test_an_autosave_that_withdraws_an_approval_is_always_in_the_history(
    service: PostService, workspace, clock
) -> None:
    post = service.create(fields())
    set_state(workspace, post.id, "approved")
    clock.advance(seconds=5)  # well inside the coalescing window
    result = service.save(post.id, fields(platforms=("x",)), autosave=True)
    assert result.approval_withdrawn and result.revision_written


def test_changes_requested_stays_so_while_edited(service: PostService, workspace) -> None:
    post = service.create(fields())
    set_state(workspace, post.id, "changes_requested")
    result = service.save(post.id, fields(text_ar="نص بعد ملاحظات المراجع."))
    assert result.post.state == "changes_requested" and not result.approval_withdrawn


def test_reschedule_writes_a_revision_with_both_times(
    service: PostService, workspace, clock
) -> None:
    post = service.create(fields())
    set_state(workspace, post.id, "approved")
    clock.advance(hours=1)
    new_time = dt.datetime(2026, 6, 12, 8, 30, tzinfo=dt.timezone(dt.timedelta(hours=3)))
    moved = service.reschedule(post.id, new_time).post
    assert moved.fields.scheduled_at == dt.datetime(2026, 6, 12, 5, 30, tzinfo=dt.UTC)
    assert moved.state == "approved", "rescheduling keeps the approval (SPEC §4)"
    assert moved.updated_at == clock.now
    last = service.revisions(post.id)[-1]
    assert last.reason == "reschedule"
    assert last.created_at == clock.now
    assert last.snapshot["rescheduled"] == {
        "from": "2026-06-10T07:00:00+00:00",
        "to": "2026-06-12T05:30:00+00:00",
    }
    # to the same time: nothing to record
    service.reschedule(post.id, new_time)
    assert len(service.revisions(post.id)) == 2
    # off the calendar, and a naive time refused
    assert service.reschedule(post.id, None).post.fields.scheduled_at is None
    assert service.revisions(post.id)[-1].snapshot["rescheduled"]["to"] is None
    with pytest.raises(PostInvalid, match="no time zone"):
        service.reschedule(post.id, dt.datetime(2026, 6, 12, 8, 30))


def test_duplicate_is_a_new_draft_without_approvals(service: PostService, workspace) -> None:
    post = service.create(
        fields(manual_checks={"GOV-PROP-1": True}, warning_justifications={"X": "سبب"})
    )
    set_state(workspace, post.id, "approved")
    copy = service.duplicate(post.id)
    assert copy.id != post.id
    assert copy.state == "draft"
    assert copy.fields.title == "حملة التسجيل (2)"
    assert copy.fields.title_en == "Registration campaign (2)"
    assert copy.fields.text_ar == post.fields.text_ar
    assert copy.fields.platforms == post.fields.platforms
    assert copy.fields.manual_checks == {}, "the reviewer's confirmations are not copied"
    assert copy.fields.warning_justifications == {"X": "سبب"}
    assert service.get(post.id).state == "approved", "the original is untouched"
    assert [r.reason for r in service.revisions(copy.id)] == ["duplicate"]
    third = service.duplicate(copy.id)
    assert third.fields.title == "حملة التسجيل (3)"


def test_copy_title() -> None:
    assert copy_title("Plan") == "Plan (2)"
    assert copy_title("Plan (2)") == "Plan (3)"
    assert copy_title("Plan (v2)") == "Plan (v2) (2)"
    assert copy_title("") == ""


def test_withdraw(service: PostService, workspace, clock) -> None:
    post = service.create(fields())
    clock.advance(minutes=3)
    gone = service.withdraw(post.id, note="ألغيت الفعالية")
    assert gone.state == "withdrawn"
    last = service.revisions(post.id)[-1]
    assert last.reason == "withdraw"
    assert last.snapshot["note"] == "ألغيت الفعالية"
    assert last.snapshot["previous_state"] == "draft"
    with pytest.raises(ForbiddenTransition, match="withdrawn to withdrawn"):
        service.withdraw(post.id)

    published = service.create(fields())
    set_state(workspace, published.id, "published")
    with pytest.raises(ForbiddenTransition, match="from published to withdrawn"):
        service.withdraw(published.id)
    assert service.get(published.id).state == "published"


def test_post_fields_is_a_plain_value() -> None:
    one = fields()
    assert dataclasses.replace(one, title="x") != one
    assert fields() == one


def test_lookups_give_both_names(service: PostService, workspace) -> None:
    from app.store.models import Campaign, Event, Pillar

    with workspace.sessions.begin() as session:
        session.add(Pillar(name_ar="توعية", name_en="Awareness"))
        session.add(
            Campaign(
                name_ar="سجل الآن",
                name_en="Register now",
                starts_on=dt.date(2026, 6, 1),
                ends_on=dt.date(2026, 6, 30),
            )
        )
        session.add(
            Event(
                title_ar="ورشة",
                title_en="Workshop",
                starts_at=dt.datetime(2026, 6, 5, 8, tzinfo=dt.UTC),
                ends_at=dt.datetime(2026, 6, 5, 12, tzinfo=dt.UTC),
            )
        )
    found = service.lookups()
    assert [(p.name_ar, p.name_en) for p in found.pillars] == [("توعية", "Awareness")]
    assert [c.name_en for c in found.campaigns] == ["Register now"]
    assert found.events[0].name_ar == "ورشة"
    assert found.events[0].starts_at == dt.datetime(2026, 6, 5, 8, tzinfo=dt.UTC)
    post = service.create(
        fields(
            pillar_id=found.pillars[0].id,
            campaign_id=found.campaigns[0].id,
            event_id=found.events[0].id,
        )
    )
    assert service.get(post.id).fields.event_id == found.events[0].id


def test_platform_order_does_not_count_as_a_change(service: PostService, clock) -> None:
    post = service.create(fields(platforms=("instagram", "facebook", "x")))
    assert post.fields.platforms == ("facebook", "x", "instagram")
    clock.advance(minutes=1)
    result = service.save(post.id, fields(platforms=("x", "instagram", "facebook")))
    assert not result.revision_written
    added = service.save(post.id, fields(platforms=("linkedin", "x", "facebook", "instagram")))
    assert added.post.fields.platforms == ("facebook", "x", "instagram", "linkedin")
    assert service.revisions(post.id)[-1].snapshot["platforms"] == list(added.post.fields.platforms)
