"""Submitting for approval runs the checklist; the posts list's checklist status is kept current."""

from __future__ import annotations

import datetime as dt

import pytest

from app.core.states import ForbiddenTransition
from app.services.posts import PostService, SubmissionRefused
from tests.services.post_fixtures import (
    FakeClock,
    fields,
    post_row,
    set_state,
)

TICKS = {"GOV-FACT-1": True, "GOV-PROP-1": True, "AR-LANG-1": True}
TATWEEL = "يبدأ التسجيـــل للانتخابات اليوم."  # a decorative tatweel: AR-TATWEEL-1, a blocker
CLICK_HERE = "Click here to register for the elections."  # A11Y-LINK-1, a warning


def test_a_blocker_stops_the_submission_and_changes_nothing(
    service: PostService, workspace
) -> None:
    post = service.create(fields(text_ar=TATWEEL, manual_checks=TICKS))
    assert post.checklist_status == "blocker"
    before = post_row(workspace, post.id)
    with pytest.raises(SubmissionRefused) as caught:
        service.submit_for_review(post.id)
    refused = caught.value
    assert "AR-TATWEEL-1" in {f.rule for f in refused.blockers}
    assert all(f.severity == "blocker" for f in refused.blockers)
    assert "open blockers" in str(refused) and "AR-TATWEEL-1" in str(refused)
    assert post_row(workspace, post.id) == before
    assert service.get(post.id).state == "draft"


def test_unticked_confirmations_stop_the_submission(service: PostService) -> None:
    post = service.create(fields(manual_checks={}))
    with pytest.raises(SubmissionRefused) as caught:
        service.submit_for_review(post.id)
    assert caught.value.blockers == []
    assert {"GOV-FACT-1", "GOV-PROP-1"} <= set(caught.value.unticked_manual)
    assert "confirmations not ticked" in str(caught.value)


def test_a_warning_needs_a_justification(service: PostService, clock: FakeClock) -> None:
    post = service.create(fields(text_en=CLICK_HERE, manual_checks=TICKS))
    assert post.checklist_status == "warning"
    with pytest.raises(SubmissionRefused) as caught:
        service.submit_for_review(post.id)
    assert "A11Y-LINK-1" in caught.value.unjustified_warnings
    assert caught.value.blockers == []

    justified = fields(
        text_en=CLICK_HERE,
        manual_checks=TICKS,
        warning_justifications={"A11Y-LINK-1": "The campaign's approved wording."},
    )
    saved = service.save(post.id, justified).post
    assert saved.checklist_status == "ok"
    assert saved.updated_at == clock.now
    verdict = service.check(post.id)
    assert verdict.submittable, verdict
    clock.advance(minutes=1)
    submitted = service.submit_for_review(post.id)
    assert submitted.state == "in_review"
    assert service.revisions(post.id)[-1].reason == "submit"
    assert service.get(post.id).fields.warning_justifications == {
        "A11Y-LINK-1": "The campaign's approved wording."
    }


def test_fixing_the_text_clears_the_blocker(service: PostService) -> None:
    post = service.create(fields(text_ar=TATWEEL, manual_checks=TICKS))
    fixed = service.save(post.id, fields(text_ar=TATWEEL.replace("ـ", ""), manual_checks=TICKS))
    assert fixed.post.checklist_status == "ok"
    assert service.submit_for_review(post.id).state == "in_review"


def test_only_drafts_and_changes_requested_are_submitted(service: PostService, workspace) -> None:
    post = service.create(fields(manual_checks=TICKS))
    set_state(workspace, post.id, "changes_requested")
    assert service.submit_for_review(post.id).state == "in_review"
    with pytest.raises(ForbiddenTransition, match="from in review to in review"):
        service.submit_for_review(post.id)


def test_a_quiet_period_blocks_unless_it_allows_publishing(service: PostService, workspace) -> None:
    from app.store.models import QuietPeriod

    with workspace.sessions.begin() as session:
        period = QuietPeriod(
            name_ar="صمت انتخابي",
            name_en="Electoral silence",
            reason="electoral_silence",
            starts_at=dt.datetime(2026, 6, 10, 0, tzinfo=dt.UTC),
            ends_at=dt.datetime(2026, 6, 11, 0, tzinfo=dt.UTC),
        )
        session.add(period)
        session.flush()
        period_id = period.id
    post = service.create(fields(manual_checks=TICKS))  # scheduled 10 June 07:00 UTC
    assert post.checklist_status == "blocker"
    with pytest.raises(SubmissionRefused) as caught:
        service.submit_for_review(post.id)
    assert "GOV-QUIET-1" in {f.rule for f in caught.value.blockers}

    moved = service.reschedule(post.id, dt.datetime(2026, 6, 12, 7, tzinfo=dt.UTC)).post
    assert moved.checklist_status == "ok", "rescheduling refreshes the status"

    with workspace.sessions.begin() as session:
        session.get(QuietPeriod, period_id).allows_publishing = True
    service.reschedule(post.id, dt.datetime(2026, 6, 10, 7, tzinfo=dt.UTC))
    assert service.submit_for_review(post.id).state == "in_review"


def test_media_without_alt_text_or_licence_blocks(service: PostService, tmp_path) -> None:
    image = tmp_path / "poster.png"
    image.write_bytes(b"\x89PNG" + b"\x00" * 20)
    post = service.create(
        fields(
            manual_checks={
                **TICKS,
                "A11Y-VID-3": True,
                "A11Y-COLOR-1": True,
                "GOV-PII-1": True,
                "GOV-COPY-1": True,
            }
        )
    )
    media = service.attach_media(post.id, image)
    assert service.get(post.id).checklist_status == "blocker"
    rules = {f.rule for f in service.check(post.id).blockers}
    assert {"A11Y-ALT-1", "GOV-COPY-1"} <= rules
    service.update_media(
        media.media_id,
        alt_ar="ملصق يعلن بدء التسجيل للانتخابات",
        alt_en="Poster announcing that election registration opens",
        credit="الهيئة",
        licence="CC BY 4.0",
    )
    assert service.get(post.id).checklist_status == "ok"


def test_statuses_are_filled_in_bulk_as_the_service_would(
    service: PostService, workspace, tmp_path
) -> None:
    from sqlalchemy import update

    from app.services.posts import refresh_checklist_statuses
    from app.store.models import Post

    image = tmp_path / "poster.png"
    image.write_bytes(b"\x89PNG" + b"\x00" * 20)
    ids = [
        service.create(fields(text_ar=TATWEEL, manual_checks=TICKS)).id,
        service.create(fields(text_en=CLICK_HERE, manual_checks=TICKS)).id,
        service.create(fields(manual_checks=TICKS)).id,
    ]
    service.attach_media(
        ids[2], image, alt_ar="ملصق", alt_en="Poster", credit="الهيئة", licence="CC BY 4.0"
    )
    expected = [service.get(i).checklist_status for i in ids]
    assert expected == ["blocker", "warning", "ok"]
    with workspace.sessions.begin() as session:
        session.execute(update(Post).values(checklist_status=""))
        assert refresh_checklist_statuses(session) == 3
        assert refresh_checklist_statuses(session) == 0, "only the missing ones by default"
    assert [service.get(i).checklist_status for i in ids] == expected
