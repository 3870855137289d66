"""Recurring posts become separate posts in one series; evergreen posts are re-used as drafts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from app.core.recurrence import Recurrence
from app.services.posts import PostError, PostInvalid, PostLocked, PostService
from app.services.settings import SettingsService
from tests.services.post_fixtures import (
    count,
    fields,
    set_state,
)

LONDON = ZoneInfo("Europe/London")


def test_weekly_repetition_makes_separate_posts_in_one_series(
    service: PostService, workspace, tmp_path: Path
) -> None:
    SettingsService(workspace.sessions).set_timezone("Europe/London")
    first_time = dt.datetime(2026, 10, 18, 9, 0, tzinfo=LONDON)  # BST; clocks go back on the 25th
    post = service.create(
        fields(
            scheduled_at=first_time,
            manual_checks={"GOV-PROP-1": True},
            variants={"x": ("قصير", None)},
        )
    )
    image = tmp_path / "a.png"
    image.write_bytes(b"\x89PNG" + b"\x00" * 20)
    media = service.attach_media(post.id, image, alt_ar="صورة الحملة")

    ids = service.make_recurring(post.id, Recurrence("weekly", count=3))

    assert ids[0] == post.id and len(ids) == 3
    posts = [service.get(i) for i in ids]
    series = {p.series_id for p in posts}
    assert len(series) == 1 and None not in series
    assert all(p.recurrence == Recurrence("weekly", count=3) for p in posts)
    local_times = [p.fields.scheduled_at.astimezone(LONDON) for p in posts]
    assert [t.strftime("%Y-%m-%d %H:%M") for t in local_times] == [
        "2026-10-18 09:00",
        "2026-10-25 09:00",
        "2026-11-01 09:00",
    ]
    for copy in posts[1:]:
        assert copy.state == "draft"
        assert copy.fields.text_ar == post.fields.text_ar
        assert copy.fields.variants == {"x": ("قصير", None)}
        assert copy.fields.manual_checks == {}, "each occurrence is confirmed on its own"
        assert [m.media_id for m in copy.media] == [media.media_id]
        assert service.revisions(copy.id)[0].reason == "repeat"
    assert service.revisions(post.id)[-1].reason == "repeat"

    # each occurrence can be edited alone
    service.save(ids[1], fields(scheduled_at=posts[1].fields.scheduled_at, text_ar="نسخة معدلة"))
    assert service.get(ids[2]).fields.text_ar == post.fields.text_ar
    assert service.get(ids[0]).fields.text_ar == post.fields.text_ar


def test_monthly_on_the_31st(service: PostService, workspace) -> None:
    SettingsService(workspace.sessions).set_timezone("Asia/Amman")
    amman = ZoneInfo("Asia/Amman")
    post = service.create(fields(scheduled_at=dt.datetime(2026, 1, 31, 10, 0, tzinfo=amman)))
    ids = service.make_recurring(post.id, Recurrence("monthly", until=dt.date(2026, 4, 30)))
    days = [service.get(i).fields.scheduled_at.astimezone(amman).date() for i in ids]
    assert days == [
        dt.date(2026, 1, 31),
        dt.date(2026, 2, 28),
        dt.date(2026, 3, 31),
        dt.date(2026, 4, 30),
    ]


def test_repetition_refusals_change_nothing(service: PostService, workspace) -> None:
    SettingsService(workspace.sessions).set_timezone("Asia/Amman")
    unscheduled = service.create(fields(scheduled_at=None))
    with pytest.raises(PostInvalid, match="schedule the post"):
        service.make_recurring(unscheduled.id, Recurrence("daily", count=3))
    post = service.create(fields())
    with pytest.raises(PostInvalid, match="needs an end"):
        service.make_recurring(post.id, Recurrence("daily"))
    with pytest.raises(PostInvalid, match="more than 366"):
        service.make_recurring(post.id, Recurrence("daily", until=dt.date(2030, 1, 1)))
    assert count(workspace, "posts") == 2
    assert service.get(post.id).series_id is None
    service.make_recurring(post.id, Recurrence("daily", count=2))
    with pytest.raises(PostError, match="already repeats"):
        service.make_recurring(post.id, Recurrence("daily", count=2))
    withdrawn = service.create(fields())
    set_state(workspace, withdrawn.id, "withdrawn")
    with pytest.raises(PostLocked):
        service.make_recurring(withdrawn.id, Recurrence("daily", count=2))
    assert count(workspace, "posts") == 4


def test_evergreen_reuse_makes_a_linked_draft(service: PostService, workspace) -> None:
    post = service.create(fields(evergreen=True, manual_checks={"GOV-PROP-1": True}))
    set_state(workspace, post.id, "published")
    when = dt.datetime(2026, 9, 1, 8, 0, tzinfo=dt.UTC)
    again = service.reuse_evergreen(post.id, when)
    assert again.id != post.id
    assert again.origin_post_id == post.id
    assert again.state == "draft"
    assert again.fields.scheduled_at == when
    assert again.fields.text_ar == post.fields.text_ar
    assert not again.fields.evergreen and again.fields.manual_checks == {}
    assert service.revisions(again.id)[0].reason == "reuse"
    later = service.reuse_evergreen(post.id)
    assert later.fields.scheduled_at is None and later.origin_post_id == post.id


def test_only_evergreen_posts_are_reused(service: PostService) -> None:
    post = service.create(fields(evergreen=False))
    with pytest.raises(PostError, match="not marked evergreen"):
        service.reuse_evergreen(post.id)
    with pytest.raises(PostInvalid, match="no time zone"):
        service.reuse_evergreen(post.id, dt.datetime(2026, 9, 1, 8))
