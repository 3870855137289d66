"""The demo generator: a full, consistent, deterministic sample, and never mixed into real data."""

from __future__ import annotations

import datetime as dt
import itertools
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.core.domain import (
    ApprovalDecision,
    InquiryChannel,
    InquiryKind,
    InquiryStatus,
    Platform,
    PostState,
    QuietReason,
)
from app.errors import WorkspaceError
from app.services.demo import DemoSummary, generate_demo
from app.services.workspace import OpenWorkspace, open_workspace
from app.store import models as m
from app.store.workspace import Workspace

TODAY = dt.date(2026, 3, 15)
NOW = dt.datetime(2026, 3, 15, 7, 0, tzinfo=dt.UTC)  # 10:00 in Amman, the demo's "now"
# The demo agency has no Threads account and no website "account".
DEMO_PLATFORMS = {p.value for p in Platform if p not in (Platform.WEBSITE, Platform.THREADS)}


def count(session: Session, model: type[m.Base]) -> int:
    return session.scalar(select(func.count()).select_from(model)) or 0


@pytest.fixture
def demo(workspace: OpenWorkspace) -> Iterator[tuple[OpenWorkspace, DemoSummary]]:
    summary = generate_demo(workspace, today=TODAY)
    yield workspace, summary


def test_normal_demo_fills_every_entity(demo: tuple[OpenWorkspace, DemoSummary]) -> None:
    opened, summary = demo
    with opened.sessions() as session:
        assert 150 <= summary.posts <= 250
        assert summary.posts == count(session, m.Post)
        assert 150 <= summary.inquiries <= 300
        assert 20 <= summary.media <= 40
        assert (summary.accounts, summary.campaigns) == (6, 3)
        assert summary.events >= 8
        for model in (
            m.Organisation,
            m.Plan,
            m.PlanGoal,
            m.PlanAudience,
            m.PlatformFocus,
            m.PublicHoliday,
            m.AccountAdministrator,
            m.PostVariant,
            m.PostMedia,
            m.PostRevision,
            m.PublicationRecord,
            m.Approval,
            m.MediaTag,
            m.ConsentRecord,
            m.InquiryResponse,
            m.SavedReply,
            m.MonthlyMetric,
            m.KpiTarget,
        ):
            assert count(session, model) > 0, model.__name__
        assert count(session, m.Pillar) == 5
        assert count(session, m.Approver) == 2
        assert count(session, m.AuditEntry) > count(session, m.Post)  # the posts' histories

        org = session.scalars(select(m.Organisation)).one()
        assert "تجريبية" in org.name_ar and "fictional" in org.name_en
        assert session.get(m.Setting, "timezone").value == "Asia/Amman"  # type: ignore[union-attr]
        assert session.get(m.Setting, "ui.language").value == "ar"  # type: ignore[union-attr]

        states = set(session.scalars(select(m.Post.state)))
        assert states == {s.value for s in PostState}
        assert set(session.scalars(select(m.Account.platform))) == DEMO_PLATFORMS
        assert len(set(session.scalars(select(m.Campaign.name_en)))) == 3
        assert all(c.name_ar and c.name_en for c in session.scalars(select(m.Campaign)))
        silences = session.scalars(
            select(m.QuietPeriod).where(m.QuietPeriod.reason == QuietReason.ELECTORAL_SILENCE.value)
        ).all()
        assert len(silences) == 1
        assert count(session, m.QuietPeriod) >= 2
        assert set(session.scalars(select(m.Inquiry.channel))) == {c.value for c in InquiryChannel}
        assert set(session.scalars(select(m.Inquiry.kind))) == {k.value for k in InquiryKind}
        assert set(session.scalars(select(m.Inquiry.language))) == {"ar", "en"}
        assert all(
            "{name}" in r.body_ar and "{name}" in r.body_en
            for r in session.scalars(select(m.SavedReply))
        )


def test_accounts_give_the_security_warnings_something_to_show(
    demo: tuple[OpenWorkspace, DemoSummary],
) -> None:
    opened, _ = demo
    with opened.sessions() as session:
        accounts = session.scalars(select(m.Account)).all()
        assert all(a.handle and a.url.startswith("https://") and a.official_email for a in accounts)
        full_rights = {
            a.platform: sum(1 for admin in a.administrators if admin.full_rights) for a in accounts
        }
        assert min(full_rights.values()) == 1 and max(full_rights.values()) >= 2
        assert any(not a.two_factor_enabled for a in accounts)
        agency = [ad for a in accounts for ad in a.administrators if ad.outside_agency]
        assert agency and not any(ad.full_rights for ad in agency)
        overdue = [
            a
            for a in accounts
            if a.password_changed_on is not None
            and (TODAY - a.password_changed_on).days > a.rotation_days
        ]
        assert len(overdue) == 1


def test_posts_are_consistent_with_their_state(demo: tuple[OpenWorkspace, DemoSummary]) -> None:
    opened, _ = demo
    with opened.sessions() as session:
        posts = session.scalars(select(m.Post)).all()
        variants: dict[int, set[str]] = defaultdict(set)
        for post_id, platform in session.execute(
            select(m.PostVariant.post_id, m.PostVariant.platform)
        ):
            variants[post_id].add(platform)
        published: dict[int, set[str]] = defaultdict(set)
        for record in session.scalars(select(m.PublicationRecord)):
            published[record.post_id].add(record.platform)
            assert record.url.startswith("https://")
            assert record.published_at <= NOW
        approved = {
            a.post_id: a
            for a in session.scalars(
                select(m.Approval).where(m.Approval.decision == ApprovalDecision.APPROVED.value)
            )
        }
        for post in posts:
            assert post.scheduled_at is not None and post.scheduled_at.tzinfo is not None
            assert post.text_ar
            assert variants[post.id] and variants[post.id] <= DEMO_PLATFORMS
            if post.state in (PostState.PUBLISHED, PostState.ARCHIVED):
                assert post.scheduled_at < NOW
                assert published[post.id] == variants[post.id]
            else:
                assert post.id not in published
            if post.state in (PostState.APPROVED, PostState.PUBLISHED, PostState.ARCHIVED):
                approval = approved[post.id]
                assert len(approval.content_hash) == 64
                assert approval.decided_at <= min(post.scheduled_at, NOW)
                assert approval.withdrawn_at is None
            if post.state == PostState.APPROVED:
                assert post.scheduled_at > NOW
        times = sorted(p.scheduled_at for p in posts if p.scheduled_at is not None)
        assert len(times) == len(posts)
        assert times[0].date() < TODAY - dt.timedelta(days=150)
        assert times[-1].date() > TODAY + dt.timedelta(days=120)
        past = [p for p in posts if p.scheduled_at is not None and p.scheduled_at <= NOW]
        assert sum(p.state in ("published", "archived") for p in past) > 0.8 * len(past)

        # Findings for the checklist: tatweel, missing English, hashtags, links.
        assert any("ـ" in p.text_ar for p in posts)
        assert any(not p.text_en for p in posts)
        assert sum("#" in p.text_ar for p in posts) > len(posts) / 2
        assert any(p.link for p in posts)
        assert any(p.origin_post_id for p in posts) and any(p.evergreen for p in posts)

        # Signed posts carry only media with alt text and consent; the archive still has gaps
        # for the accessibility report and the checklist to find.
        assets = {a.id: a for a in session.scalars(select(m.MediaAsset))}
        consented = set(session.scalars(select(m.ConsentRecord.media_id)))
        signed = {
            p.id
            for p in posts
            if p.state in (PostState.APPROVED, PostState.PUBLISHED, PostState.ARCHIVED)
        }
        for post_id, media_id in session.execute(select(m.PostMedia.post_id, m.PostMedia.media_id)):
            asset = assets[media_id]
            if post_id in signed and asset.kind == "image":
                assert asset.alt_ar and asset.alt_en
                assert not asset.has_identifiable_people or media_id in consented
        images = [a for a in assets.values() if a.kind == "image"]
        assert any(not a.alt_ar for a in images)
        assert any(a.has_identifiable_people and a.id not in consented for a in images)

        # One draft sits in the electoral silence, for the quiet-period warning; nothing else.
        silence = session.scalars(
            select(m.QuietPeriod).where(m.QuietPeriod.reason == QuietReason.ELECTORAL_SILENCE.value)
        ).one()
        inside = [
            p
            for p in posts
            if p.scheduled_at is not None and silence.starts_at <= p.scheduled_at < silence.ends_at
        ]
        assert [p.state for p in inside] == [PostState.DRAFT.value]


def test_demo_audit_log_is_an_intact_chain_of_the_posts_histories(
    demo: tuple[OpenWorkspace, DemoSummary],
) -> None:
    from app.services.audit import AuditLog

    opened, _ = demo
    log = AuditLog(opened.sessions)
    result = log.verify()
    assert result.ok, result.reason
    entries = log.entries()
    assert all(a.at <= b.at for a, b in itertools.pairwise(entries)), "in time order"
    assert entries[-1].at <= NOW
    with opened.sessions() as session:
        posts = list(session.scalars(select(m.Post).order_by(m.Post.id)))
        platforms = {p.id: len(p.variants) for p in posts}
    ends = {
        PostState.DRAFT: None,
        PostState.IN_REVIEW: "post.submitted",
        PostState.CHANGES_REQUESTED: "post.changes_requested",
        PostState.APPROVED: "post.approved",
        PostState.PUBLISHED: "post.published",
        PostState.ARCHIVED: "post.archived",
        PostState.WITHDRAWN: "post.withdrawn",
    }
    for post in posts:
        trail = [e.action for e in log.trail("post", post.id)]
        assert (trail[-1] if trail else None) == ends[PostState(post.state)], (post.id, trail)
        if post.state in (PostState.PUBLISHED, PostState.ARCHIVED):
            assert trail.count("publication.recorded") == platforms[post.id]
            assert trail.index("post.approved") < trail.index("publication.recorded")
    approvals = [e for e in entries if e.action == "post.approved"]
    assert approvals and all(e.actor.startswith("approver:") for e in approvals)


def test_demo_approvals_cover_the_posts_as_the_services_see_them(
    demo: tuple[OpenWorkspace, DemoSummary],
) -> None:
    from app.core.approval import content_hash
    from app.services.posts import approval_content_of

    opened, _ = demo
    with opened.sessions() as session:
        signed = [
            p
            for p in session.scalars(select(m.Post).order_by(m.Post.id))
            if p.state in (PostState.APPROVED, PostState.PUBLISHED, PostState.ARCHIVED)
        ]
        approvals = {
            a.post_id: a.content_hash
            for a in session.scalars(
                select(m.Approval).where(
                    m.Approval.decision == ApprovalDecision.APPROVED.value,
                    m.Approval.withdrawn_at.is_(None),
                )
            )
        }
        assert len(signed) > 50
        assert any(p.media for p in signed) and any(
            v.text_ar is not None for p in signed for v in p.variants
        ), "the sample has attachments and per-platform texts"
        for post in signed:
            assert approvals[post.id] == content_hash(approval_content_of(session, post)), post.id
        upcoming = next(p for p in signed if p.state == PostState.APPROVED)
        upcoming_id = upcoming.id
        platform = sorted(v.platform for v in upcoming.variants)[0]

    # The publication service honours a demo approval.
    from app.services.publication import PublicationService

    url = {
        "facebook": "https://www.facebook.com/DemoAwarenessCommission/posts/1",
        "x": "https://x.com/DemoAwarenessJO/status/1",
        "instagram": "https://www.instagram.com/p/abc/",
        "youtube": "https://www.youtube.com/watch?v=abc",
        "linkedin": "https://www.linkedin.com/feed/update/urn:li:activity:1/",
        "tiktok": "https://www.tiktok.com/@demo.awareness/video/1",
    }[platform]
    publication = PublicationService(opened.sessions, lambda: NOW)
    assert publication.record(upcoming_id, platform, NOW, url) in ("approved", "published")


def test_inquiries_have_plausible_response_times(
    demo: tuple[OpenWorkspace, DemoSummary],
) -> None:
    opened, _ = demo
    with opened.sessions() as session:
        inquiries = session.scalars(select(m.Inquiry)).all()
        for inquiry in inquiries:
            assert inquiry.received_at <= NOW
            if inquiry.first_response_at is None:
                assert inquiry.status == InquiryStatus.NEW.value
                assert not inquiry.responses
            else:
                assert inquiry.received_at <= inquiry.first_response_at <= NOW
                assert inquiry.responses[0].sent_at == inquiry.first_response_at
            if inquiry.resolved_at is not None:
                assert inquiry.first_response_at is not None
                assert inquiry.first_response_at <= inquiry.resolved_at <= NOW
        statuses = {i.status for i in inquiries}
        assert statuses == {s.value for s in InquiryStatus}
        # Some unanswered ones are long past any response target: the open queue has overdue
        # items to show.
        overdue = [
            i
            for i in inquiries
            if i.status == InquiryStatus.NEW.value and NOW - i.received_at > dt.timedelta(days=6)
        ]
        assert overdue
        hours = sorted(
            (i.first_response_at - i.received_at).total_seconds() / 3600
            for i in inquiries
            if i.first_response_at is not None
        )
        assert 0.5 < hours[len(hours) // 2] < 48


def test_metrics_are_consistent(demo: tuple[OpenWorkspace, DemoSummary]) -> None:
    opened, _ = demo
    with opened.sessions() as session:
        rows = session.scalars(
            select(m.MonthlyMetric).order_by(m.MonthlyMetric.account_id, m.MonthlyMetric.month)
        ).all()
        by_account: dict[int, list[m.MonthlyMetric]] = defaultdict(list)
        for row in rows:
            by_account[row.account_id].append(row)
        assert len(by_account) == 6
        for months in by_account.values():
            assert [r.month for r in months] == [dt.date(2025, k, 1) for k in range(3, 13)] + [
                dt.date(2026, 1, 1),
                dt.date(2026, 2, 1),
            ]
            for prev, row in itertools.pairwise(months):
                assert row.followers == prev.followers + row.new_followers  # type: ignore[operator]
            assert months[-1].followers > months[0].followers  # type: ignore[operator]
            for row in months:
                assert row.views and row.reach and row.reach <= row.views
                assert row.video_views is not None and row.video_views <= row.views
                parts = (row.reactions, row.comments, row.shares, row.clicks)
                assert all(p is not None and p >= 0 for p in parts)
        targets = session.scalars(select(m.KpiTarget)).all()
        assert {t.kpi for t in targets} >= {
            "followers",
            "engagement_rate",
            "views",
            "published_items",
            "median_first_response_hours",
        }


def _dump(opened: OpenWorkspace) -> dict[str, list[tuple[Any, ...]]]:
    with opened.sessions() as session:
        return {
            "posts": [
                tuple(r)
                for r in session.execute(
                    select(
                        m.Post.title,
                        m.Post.state,
                        m.Post.scheduled_at,
                        m.Post.text_ar,
                        m.Post.text_en,
                    ).order_by(m.Post.id)
                )
            ],
            "variants": [
                tuple(r)
                for r in session.execute(
                    select(m.PostVariant.post_id, m.PostVariant.platform).order_by(m.PostVariant.id)
                )
            ],
            "inquiries": [
                tuple(r)
                for r in session.execute(
                    select(
                        m.Inquiry.subject,
                        m.Inquiry.inquirer_name,
                        m.Inquiry.received_at,
                        m.Inquiry.status,
                    ).order_by(m.Inquiry.id)
                )
            ],
            "media": [
                tuple(r)
                for r in session.execute(
                    select(m.MediaAsset.sha256, m.MediaAsset.title).order_by(m.MediaAsset.id)
                )
            ],
            "metrics": [
                tuple(r)
                for r in session.execute(
                    select(
                        m.MonthlyMetric.account_id, m.MonthlyMetric.followers, m.MonthlyMetric.views
                    ).order_by(m.MonthlyMetric.id)
                )
            ],
        }


def _fresh(path: Path) -> OpenWorkspace:
    return open_workspace(Workspace(path), create=True)


def test_same_seed_and_day_give_the_same_data(tmp_path: Path) -> None:
    dumps = []
    for name, seed in (("a", 7), ("b", 7), ("c", 8)):
        opened = _fresh(tmp_path / name)
        try:
            generate_demo(opened, today=TODAY, seed=seed)
            dumps.append(_dump(opened))
        finally:
            opened.close()
    assert dumps[0] == dumps[1]
    assert dumps[0]["posts"] != dumps[2]["posts"]
    assert dumps[0]["inquiries"] != dumps[2]["inquiries"]


def test_default_day_is_today_and_nothing_lies_in_the_future(workspace: OpenWorkspace) -> None:
    before = dt.datetime.now(dt.UTC)
    generate_demo(workspace)
    after = dt.datetime.now(dt.UTC)
    with workspace.sessions() as session:
        for column in (
            m.Inquiry.received_at,
            m.PublicationRecord.published_at,
            m.Approval.decided_at,
            m.InquiryResponse.sent_at,
        ):
            latest = session.scalar(select(func.max(column)))
            assert latest is not None and latest <= after, column
        demo = session.get(m.Setting, "demo")
        assert demo is not None
        assert demo.value["today"] in {
            before.astimezone(_amman()).date().isoformat(),
            after.astimezone(_amman()).date().isoformat(),
        }


def _amman() -> dt.tzinfo:
    from zoneinfo import ZoneInfo

    return ZoneInfo("Asia/Amman")


def test_refuses_a_second_run(demo: tuple[OpenWorkspace, DemoSummary]) -> None:
    opened, summary = demo
    with pytest.raises(WorkspaceError, match=r"already holds \d+ posts") as caught:
        generate_demo(opened, today=TODAY)
    assert "\n" not in str(caught.value)
    with opened.sessions() as session:
        assert count(session, m.Post) == summary.posts
        assert count(session, m.Organisation) == 1


def test_refuses_a_workspace_with_real_posts(workspace: OpenWorkspace) -> None:
    with workspace.sessions.begin() as session:
        session.add(m.Post(title="منشور حقيقي", text_ar="نص", scheduled_at=NOW))
    with pytest.raises(WorkspaceError, match="already holds 1 posts"):
        generate_demo(workspace, today=TODAY)
    with workspace.sessions() as session:
        assert count(session, m.Post) == 1
        assert count(session, m.Account) == 0
        assert count(session, m.Organisation) == 0
        assert session.get(m.Setting, "timezone") is None


def test_unknown_scale_is_refused(workspace: OpenWorkspace) -> None:
    with pytest.raises(WorkspaceError, match="unknown demo scale 'huge'"):
        generate_demo(workspace, scale="huge", today=TODAY)
    with workspace.sessions() as session:
        assert count(session, m.Organisation) == 0


@pytest.mark.slow
@pytest.mark.sqlite_only  # the benchmarks' workspace is a bayan.db (24 s more on PostgreSQL)
def test_large_scale_is_the_benchmark_workspace(workspace: OpenWorkspace) -> None:
    summary = generate_demo(workspace, scale="large", today=TODAY)
    print(f"large demo generated in {summary.seconds:.1f} s")
    assert (summary.posts, summary.inquiries, summary.media) == (50_000, 20_000, 5_000)
    assert summary.accounts == 6 and summary.campaigns == 3
    assert summary.seconds < 120  # the acceptance line of issue 2, item 9
    with workspace.sessions() as session:
        assert set(session.scalars(select(m.Post.state).distinct())) == {s.value for s in PostState}
        per_post = (
            select(func.count().label("n"))
            .select_from(m.PostVariant)
            .group_by(m.PostVariant.post_id)
            .subquery()
        )
        posts, fewest, most = session.execute(
            select(func.count(), func.min(per_post.c.n), func.max(per_post.c.n))
        ).one()
        assert (posts, fewest, most) == (50_000, 1, 3)
        first = session.scalar(select(func.min(m.Post.scheduled_at)))
        last = session.scalar(select(func.max(m.Post.scheduled_at)))
        assert first is not None and last is not None
        assert (last - first).days > 3 * 365
        assert first < NOW < last
