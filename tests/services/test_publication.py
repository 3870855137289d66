"""Publication records: one per target platform, URLs on the platform's domain, only for an
approved post whose content is still what was approved; published once every platform has one,
corrections and archiving audited."""

from __future__ import annotations

import datetime as dt

import pytest

from app.core.states import ForbiddenTransition
from app.services.audit import AuditLog
from app.services.posts import PostNotFound, PostService
from app.services.publication import PublicationError, PublicationInfo, PublicationService
from tests.services.approval_fixtures import approve_directly
from tests.services.post_fixtures import FakeClock, fields

FB = "https://www.facebook.com/DemoCommission/posts/1234567890"
X = "https://x.com/DemoCommission/status/1790000000000000000"


@pytest.fixture
def publication(workspace, clock: FakeClock) -> PublicationService:
    return PublicationService(workspace.sessions, clock)


def approved_post(service: PostService, workspace, clock: FakeClock) -> int:
    """A post for Facebook and X, approved now; the clock then moves on an hour."""
    post = service.create(fields())
    approve_directly(workspace, post.id, clock.now)
    clock.advance(hours=1)
    return post.id


def actions(workspace, post_id: int) -> list[str]:
    return [e.action for e in AuditLog(workspace.sessions).trail("post", post_id)]


def test_records_list_every_target_platform_in_order(
    service: PostService, publication: PublicationService, workspace, clock: FakeClock
) -> None:
    post_id = approved_post(service, workspace, clock)
    assert publication.records(post_id) == [
        PublicationInfo("facebook", None, ""),
        PublicationInfo("x", None, ""),
    ]


def test_recording_every_platform_publishes(
    service: PostService, publication: PublicationService, workspace, clock: FakeClock
) -> None:
    post_id = approved_post(service, workspace, clock)
    went_live = clock.now - dt.timedelta(minutes=10)
    assert publication.record(post_id, "x", went_live, f"  {X} ") == "approved"
    assert service.get(post_id).state == "approved", "one platform of two: not yet published"
    local = went_live.astimezone(dt.timezone(dt.timedelta(hours=3)))
    assert publication.record(post_id, "facebook", local, FB) == "published"

    assert service.get(post_id).state == "published"
    assert publication.records(post_id) == [
        PublicationInfo("facebook", went_live, FB),
        PublicationInfo("x", went_live, X),
    ]
    assert actions(workspace, post_id)[-3:] == [
        "publication.recorded",
        "publication.recorded",
        "post.published",
    ]
    trail = AuditLog(workspace.sessions).trail("post", post_id)
    assert trail[-1].details == {"from": "approved", "to": "published"}
    assert trail[-2].details["platform"] == "facebook" and trail[-2].details["url"] == FB
    assert service.revisions(post_id)[-1].reason == "publish"
    assert AuditLog(workspace.sessions).verify().ok


def test_a_url_on_another_domain_is_refused_naming_the_platform(
    service: PostService, publication: PublicationService, workspace, clock: FakeClock
) -> None:
    post_id = approved_post(service, workspace, clock)
    with pytest.raises(PublicationError, match="facebook") as caught:
        publication.record(post_id, "facebook", clock.now, X)
    assert "x.com" in str(caught.value)
    with pytest.raises(PublicationError, match="x"):
        publication.record(post_id, "x", clock.now, "ftp://x.com/status/1")
    with pytest.raises(PublicationError, match="does not go out on instagram"):
        publication.record(post_id, "instagram", clock.now, "https://instagram.com/p/abc/")
    assert publication.records(post_id)[0].url == ""
    assert actions(workspace, post_id) == []


def test_the_website_url_must_be_on_the_organisations_website(
    service: PostService, publication: PublicationService, workspace, clock: FakeClock
) -> None:
    from app.store.models import Account

    post = service.create(fields(platforms=("website",)))
    approve_directly(workspace, post.id, clock.now)
    clock.advance(hours=1)
    with workspace.sessions.begin() as session:
        session.add(Account(platform="website", handle="site", url="https://www.example.gov.jo/"))
    with pytest.raises(PublicationError, match=r"example\.gov\.jo"):
        publication.record(post.id, "website", clock.now, "https://elsewhere.example/news/1")
    url = "https://example.gov.jo/news/2026/registration"
    assert publication.record(post.id, "website", clock.now, url) == "published"


def test_a_draft_or_an_unapproved_post_cannot_be_recorded(
    service: PostService, publication: PublicationService, workspace, clock: FakeClock
) -> None:
    post = service.create(fields())
    with pytest.raises(ForbiddenTransition, match="draft to published"):
        publication.record(post.id, "x", clock.now, X)
    with workspace.sessions.begin() as session:
        from app.store.models import Post

        session.get(Post, post.id).state = "approved"  # approved with no approval row
    with pytest.raises(PublicationError, match="no approval in force"):
        publication.record(post.id, "x", clock.now, X)
    assert service.get(post.id).state == "approved"


def test_content_changed_behind_the_approval_is_refused(
    service: PostService, publication: PublicationService, workspace, clock: FakeClock
) -> None:
    post_id = approved_post(service, workspace, clock)
    from sqlalchemy import text

    with workspace.engine.begin() as conn:  # behind Bayan's back: SQL, no service
        conn.execute(
            text("UPDATE posts SET text_ar = text_ar || ' (معدّل)' WHERE id = :id"), {"id": post_id}
        )
    with pytest.raises(PublicationError, match="content changed after approval"):
        publication.record(post_id, "x", clock.now, X)
    assert publication.records(post_id)[1].url == ""


def test_publication_times_are_checked(
    service: PostService, publication: PublicationService, workspace, clock: FakeClock
) -> None:
    post_id = approved_post(service, workspace, clock)
    with pytest.raises(PublicationError, match="in the future"):
        publication.record(post_id, "x", clock.now + dt.timedelta(minutes=6), X)
    with pytest.raises(PublicationError, match="before the post was approved"):
        publication.record(post_id, "x", clock.now - dt.timedelta(hours=2), X)
    with pytest.raises(PublicationError, match="no time zone"):
        publication.record(post_id, "x", dt.datetime(2026, 6, 1, 10, 0), X)
    # a few minutes ahead is the platform's clock, not the future
    assert publication.record(post_id, "x", clock.now + dt.timedelta(minutes=4), X) == "approved"


def test_a_correction_is_audited_and_keeps_the_post_published(
    service: PostService, publication: PublicationService, workspace, clock: FakeClock
) -> None:
    post_id = approved_post(service, workspace, clock)
    publication.record(post_id, "x", clock.now, X)
    publication.record(post_id, "facebook", clock.now, FB)
    clock.advance(minutes=30)
    fixed = "https://x.com/DemoCommission/status/1790000000000000001"
    assert publication.record(post_id, "x", clock.now - dt.timedelta(minutes=29), fixed) == (
        "published"
    )
    assert publication.records(post_id)[1].url == fixed
    entry = AuditLog(workspace.sessions).trail("post", post_id)[-1]
    assert entry.action == "publication.corrected"
    assert entry.details["url"] == fixed and entry.details["previous_url"] == X
    # the same record again changes nothing and logs nothing
    count = len(actions(workspace, post_id))
    publication.record(post_id, "x", clock.now - dt.timedelta(minutes=29), fixed)
    assert len(actions(workspace, post_id)) == count


def test_archive_only_a_published_post(
    service: PostService, publication: PublicationService, workspace, clock: FakeClock
) -> None:
    post_id = approved_post(service, workspace, clock)
    with pytest.raises(ForbiddenTransition, match="approved to archived"):
        publication.archive(post_id)
    publication.record(post_id, "x", clock.now, X)
    publication.record(post_id, "facebook", clock.now, FB)
    clock.advance(days=30)
    publication.archive(post_id)
    assert service.get(post_id).state == "archived"
    assert actions(workspace, post_id)[-1] == "post.archived"
    last = service.revisions(post_id)[-1]
    assert last.reason == "archive" and last.created_at == clock.now
    assert last.snapshot["previous_state"] == "published"
    with pytest.raises(ForbiddenTransition, match="archived"):
        publication.archive(post_id)
    with pytest.raises(PostNotFound, match="no post 999"):
        publication.records(999)
