"""The metrics service: plan and targets, monthly figures all or nothing, and period figures."""

from __future__ import annotations

import datetime as dt

import pytest

from app.core.domain import Kpi, PeriodKind
from app.core.kpis import Status
from app.services.metrics import MetricsError, MetricsService, PlanFields
from app.services.settings import SettingsService
from app.store import models as m
from tests.services.post_fixtures import FakeClock

NOW = dt.datetime(2026, 6, 16, 9, 0, tzinfo=dt.UTC)  # half-way through June in Amman
JUNE, MAY, APRIL = dt.date(2026, 6, 1), dt.date(2026, 5, 1), dt.date(2026, 4, 1)


@pytest.fixture
def metrics(workspace) -> MetricsService:
    SettingsService(workspace.sessions).set_timezone("Asia/Amman")
    return MetricsService(workspace.sessions, FakeClock(NOW))


@pytest.fixture
def accounts(workspace) -> dict[str, int]:
    with workspace.sessions.begin() as session:
        rows = {
            "facebook": m.Account(platform="facebook", handle="fb"),
            "x": m.Account(platform="x", handle="xx"),
            "old": m.Account(platform="instagram", handle="gone", active=False),
        }
        session.add_all(rows.values())
        session.flush()
        return {key: row.id for key, row in rows.items()}


def plan_fields(**changes: object) -> PlanFields:
    base: dict[str, object] = {
        "name_ar": "خطة ٢٠٢٦",
        "name_en": "Plan 2026",
        "starts_on": dt.date(2026, 1, 1),
        "ends_on": dt.date(2026, 12, 31),
        "goals": (("زيادة الوعي", "More awareness"),),
        "audiences": (("الشباب", "Young people"),),
    }
    return PlanFields(**{**base, **changes})  # type: ignore[arg-type]


# --- plan -----------------------------------------------------------------------------------


def test_plan_crud_with_goals_and_audiences(metrics: MetricsService) -> None:
    plan = metrics.create_plan(plan_fields())
    assert plan.goals == (("زيادة الوعي", "More awareness"),)
    changed = metrics.update_plan(plan.id, plan_fields(goals=(("أ", "A"), ("ب", "B"))))
    assert changed.goals == (("أ", "A"), ("ب", "B"))
    assert metrics.plan_for(dt.date(2026, 7, 1)).id == plan.id  # type: ignore[union-attr]
    assert metrics.plan_for(dt.date(2027, 1, 1)) is None
    with pytest.raises(MetricsError, match="ends_on"):
        metrics.update_plan(plan.id, plan_fields(ends_on=dt.date(2025, 1, 1)))
    metrics.delete_plan(plan.id)
    assert metrics.plans() == []


def test_pillar_shares_may_not_exceed_100(metrics: MetricsService) -> None:
    plan = metrics.create_plan(plan_fields())
    first = metrics.save_pillar(plan.id, "توعية", "Awareness", intended_share_pct=60)
    metrics.save_pillar(plan.id, "إعلانات", "Announcements", intended_share_pct=40)
    with pytest.raises(MetricsError, match=r"100\.5 %, over 100 %"):
        metrics.save_pillar(plan.id, "قصص", "Stories", intended_share_pct=0.5)
    with pytest.raises(MetricsError, match="from 0 to 100"):
        metrics.save_pillar(plan.id, "قصص", "Stories", intended_share_pct=-1)
    # Changing a pillar counts its new share, not old + new.
    metrics.save_pillar(plan.id, "توعية", "Awareness", intended_share_pct=55, pillar_id=first.id)
    metrics.save_pillar(plan.id, "قصص", "Stories", intended_share_pct=5)
    shares = [p.intended_share_pct for p in metrics.plan(plan.id).pillars]
    assert shares == [55, 40, 5]


def test_platform_focus_is_validated_and_replaced(metrics: MetricsService) -> None:
    plan = metrics.create_plan(plan_fields())
    assert metrics.set_platform_focus(plan.id, {"facebook": 60, "x": 40}).platform_focus == {
        "facebook": 60,
        "x": 40,
    }
    with pytest.raises(MetricsError, match="110 %, over 100 %"):
        metrics.set_platform_focus(plan.id, {"facebook": 70, "x": 40})
    with pytest.raises(MetricsError, match="myspace: not a platform"):
        metrics.set_platform_focus(plan.id, {"myspace": 10})
    assert metrics.plan(plan.id).platform_focus == {"facebook": 60, "x": 40}  # unchanged


def test_targets_are_upserted_and_checked(metrics: MetricsService, accounts) -> None:
    first = metrics.set_target(Kpi.VIEWS, PeriodKind.MONTH, JUNE, 1000)
    again = metrics.set_target("views", "month", JUNE, 1200)
    assert again.id == first.id and again.target == 1200
    metrics.set_target(Kpi.FOLLOWERS, PeriodKind.QUARTER, APRIL, 500, accounts["x"])
    assert len(metrics.targets()) == 2
    with pytest.raises(MetricsError, match="not the first day of a quarter"):
        metrics.set_target(Kpi.FOLLOWERS, PeriodKind.QUARTER, MAY, 500)
    with pytest.raises(MetricsError, match="ratio from 0 to 1"):
        metrics.set_target(Kpi.ENGAGEMENT_RATE, PeriodKind.MONTH, JUNE, 3.5)
    with pytest.raises(MetricsError, match="at least 0"):
        metrics.set_target(Kpi.VIEWS, PeriodKind.MONTH, JUNE, -1)
    with pytest.raises(MetricsError, match="kpi or period_kind"):
        metrics.set_target("likes", PeriodKind.MONTH, JUNE, 1)
    metrics.delete_target(first.id)
    assert [t.kpi for t in metrics.targets()] == [Kpi.FOLLOWERS]


# --- monthly figures ------------------------------------------------------------------------


def test_save_month_all_or_nothing(metrics: MetricsService, accounts) -> None:
    fb = accounts["facebook"]
    metrics.save_month(fb, MAY, {"followers": 1000, "new_followers": 50, "views": 9000})
    with pytest.raises(MetricsError) as caught:
        metrics.save_month(
            fb, JUNE, {"followers": 2000, "new_followers": 40, "views": 8000, "reach": -1}
        )
    assert {p.field for p in caught.value.problems} == {"followers", "reach"}
    assert metrics.month(fb, JUNE) is None  # nothing stored
    stored = metrics.save_month(fb, JUNE, {"followers": "1,040", "new_followers": 40})
    assert (stored["followers"], stored["views"]) == (1040, None)
    # A later save keeps the fields it does not give.
    assert metrics.save_month(fb, JUNE, {"views": 8000})["followers"] == 1040
    with pytest.raises(MetricsError, match="no account"):
        metrics.save_month(9999, JUNE, {"views": 1})
    with pytest.raises(MetricsError, match="first day of a month"):
        metrics.save_month(fb, dt.date(2026, 6, 2), {"views": 1})


def test_grid_has_every_active_account(metrics: MetricsService, accounts) -> None:
    metrics.save_month(accounts["x"], MAY, {"followers": 300})
    metrics.save_month(accounts["x"], JUNE, {"followers": 310, "views": 4000})
    grid = metrics.grid(JUNE)
    assert [row.handle for row in grid] == ["fb", "xx"]  # not the inactive account
    assert grid[0].values["views"] is None and grid[0].previous_followers is None
    assert (grid[1].values["views"], grid[1].previous_followers) == (4000, 300)


# --- figures --------------------------------------------------------------------------------


def fill_months(metrics: MetricsService, accounts: dict[str, int]) -> None:
    for k in range(6):  # January … June 2026: facebook +100 a month, x +10
        month = dt.date(2026, k + 1, 1)
        metrics.save_month(
            accounts["facebook"],
            month,
            {"followers": 1000 + 100 * k, "views": 10_000, "reactions": 300, "comments": 100},
        )
        metrics.save_month(
            accounts["x"], month, {"followers": 500 + 10 * k, "views": 5_000, "clicks": 100}
        )


def test_followers_trend_and_forecast(metrics: MetricsService, accounts) -> None:
    fill_months(metrics, accounts)
    series = {s.platform: s for s in metrics.followers_by_platform(JUNE)}
    assert set(series) == {"facebook", "x"}
    fb = series["facebook"]
    assert len(fb.months) == 12 and fb.months[-1] == JUNE
    assert fb.values[-6:] == (1000, 1100, 1200, 1300, 1400, 1500)
    assert fb.values[:6] == (None,) * 6
    assert fb.forecast.values == pytest.approx((1600, 1700, 1800))
    assert series["x"].forecast.values == pytest.approx((560, 570, 580))


def test_engagement_and_views_by_platform(metrics: MetricsService, accounts) -> None:
    fill_months(metrics, accounts)
    assert metrics.views_by_platform([MAY, JUNE]) == {"facebook": 20_000, "x": 10_000}
    rates = metrics.engagement_by_platform([MAY, JUNE])
    assert rates["facebook"] == pytest.approx(800 / 20_000)  # (300 + 100) × 2 ÷ 20,000
    assert rates["x"] == pytest.approx(200 / 10_000)


def add_published(workspace, pillar_id: int | None, platforms: dict[str, dt.datetime]) -> None:
    with workspace.sessions.begin() as session:
        post = m.Post(title="منشور", state="published", pillar_id=pillar_id)
        session.add(post)
        session.flush()
        for platform, at in platforms.items():
            session.add(m.PublicationRecord(post_id=post.id, platform=platform, published_at=at))


def test_content_mix_and_published_items(metrics: MetricsService, workspace) -> None:
    plan = metrics.create_plan(plan_fields())
    aware = metrics.save_pillar(plan.id, "توعية", "Awareness", intended_share_pct=50)
    news = metrics.save_pillar(plan.id, "إعلانات", "Announcements", intended_share_pct=30)
    idle = metrics.save_pillar(plan.id, "قصص", "Stories", intended_share_pct=20)
    june = dt.datetime(2026, 6, 10, 9, tzinfo=dt.UTC)
    for _ in range(3):
        add_published(workspace, aware.id, {"facebook": june, "x": june})
    add_published(workspace, news.id, {"facebook": june})
    # 31 May 22:30 UTC is 1 June 01:30 in Amman: June.
    add_published(workspace, None, {"x": dt.datetime(2026, 5, 31, 22, 30, tzinfo=dt.UTC)})
    # Republished in June, first published in May: not June's content.
    add_published(
        workspace, news.id, {"facebook": dt.datetime(2026, 5, 20, tzinfo=dt.UTC), "x": june}
    )
    assert metrics.published_by_platform(JUNE, dt.date(2026, 7, 1)) == {"facebook": 4, "x": 5}
    mix = {row.pillar_id: row for row in metrics.content_mix(JUNE, dt.date(2026, 7, 1))}
    assert {k: v.published for k, v in mix.items()} == {
        aware.id: 3,
        news.id: 1,
        idle.id: 0,
        None: 1,
    }
    assert mix[aware.id].actual_share_pct == pytest.approx(60)
    assert mix[aware.id].intended_share_pct == 50
    assert mix[idle.id].actual_share_pct == 0


def test_kpi_cards_by_hand(metrics: MetricsService, accounts, workspace) -> None:
    fill_months(metrics, accounts)
    for kpi, target in (
        (Kpi.FOLLOWERS, 2000),  # 1,500 + 550 = 2,050: on track
        (Kpi.VIEWS, 16_000),  # 15,000 of 16,000 = 93.75 %: at risk
        (Kpi.ENGAGEMENT_RATE, 0.05),  # 500 ÷ 15,000 = 3.3 %: off track
        (Kpi.PUBLISHED_ITEMS, 4),  # 1 in half of June -> about 2: off track
    ):
        metrics.set_target(kpi, PeriodKind.MONTH, JUNE, target)
    add_published(workspace, None, {"facebook": dt.datetime(2026, 6, 3, tzinfo=dt.UTC)})
    cards = {card.kpi: card for card in metrics.kpi_cards(PeriodKind.MONTH, JUNE)}
    assert list(cards) == list(Kpi)
    assert (cards[Kpi.FOLLOWERS].value, cards[Kpi.FOLLOWERS].status) == (2050, Status.ON_TRACK)
    assert cards[Kpi.VIEWS].status is Status.AT_RISK
    assert cards[Kpi.ENGAGEMENT_RATE].value == pytest.approx(500 / 15_000)
    assert cards[Kpi.ENGAGEMENT_RATE].status is Status.OFF_TRACK
    assert "engagements ÷ views" in cards[Kpi.ENGAGEMENT_RATE].basis
    items = cards[Kpi.PUBLISHED_ITEMS]
    assert items.value == 1
    assert items.projected == pytest.approx(30 / 15.5)  # 15½ days gone (12:00 in Amman)
    assert (items.status, items.will_meet) == (Status.OFF_TRACK, False)
    response = cards[Kpi.MEDIAN_FIRST_RESPONSE_HOURS]  # no inquiries, no target
    assert (response.value, response.target, response.status) == (None, None, None)


# --- the demo workspace ---------------------------------------------------------------------


def test_figures_of_the_demo_workspace_are_sane(workspace) -> None:
    from app.services.demo import generate_demo

    generate_demo(workspace, today=dt.date(2026, 3, 15))
    metrics = MetricsService(
        workspace.sessions, FakeClock(dt.datetime(2026, 3, 15, 7, tzinfo=dt.UTC))
    )
    february = dt.date(2026, 2, 1)
    for kind, start in (
        (PeriodKind.MONTH, february),
        (PeriodKind.MONTH, dt.date(2026, 3, 1)),
        (PeriodKind.QUARTER, dt.date(2026, 1, 1)),
    ):
        cards = {card.kpi: card for card in metrics.kpi_cards(kind, start)}
        assert list(cards) == list(Kpi)
        for card in cards.values():
            assert card.value is None or card.value >= 0
            assert (card.status is None) == (card.projected is None)
        rate = cards[Kpi.ENGAGEMENT_RATE].value
        assert rate is None or 0 < rate < 1
    february_cards = {card.kpi: card for card in metrics.kpi_cards(PeriodKind.MONTH, february)}
    for kpi in (Kpi.FOLLOWERS, Kpi.VIEWS, Kpi.ENGAGEMENT_RATE, Kpi.PUBLISHED_ITEMS):
        assert february_cards[kpi].target is not None, kpi
        assert february_cards[kpi].status is not None, kpi
    assert february_cards[Kpi.PUBLISHED_ITEMS].value > 0  # type: ignore[operator]
    series = metrics.followers_by_platform(february)
    assert series and all(s.forecast.available for s in series)
    assert all(v is None or v > 0 for s in series for v in s.values)
    mix = metrics.content_mix(february, dt.date(2026, 3, 1))
    assert sum(row.published for row in mix) > 0
    assert sum(row.actual_share_pct for row in mix) == pytest.approx(100)
    assert sum(row.intended_share_pct or 0 for row in mix) <= 100
    grid = metrics.grid(february)
    assert grid and all(row.values["followers"] for row in grid)
    # Each account has a followers target per quarter.
    account = grid[0].account_id
    card = metrics.kpi_cards(PeriodKind.QUARTER, dt.date(2026, 1, 1), account)[0]
    assert card.kpi is Kpi.FOLLOWERS
    assert card.target is not None and card.status is not None and card.value > 0  # type: ignore[operator]
    # The demo's figures pass the entry checks: saving a row unchanged works.
    row = grid[0]
    assert metrics.save_month(row.account_id, february, row.values) == row.values


def test_median_first_response_card_counts_office_hours(metrics: MetricsService, workspace) -> None:
    from app.services.inquiries import InquiryFields, InquiryService

    inquiries = InquiryService(workspace.sessions, FakeClock(NOW))

    def answered(received: dt.datetime, sent: dt.datetime) -> None:
        info = inquiries.create(InquiryFields("facebook", "inquiry", "s", received_at=received))
        inquiries.respond(info.id, "شكرا", "facebook", sent_at=sent)

    utc = dt.UTC  # Amman is UTC+3; the office is open Sunday–Thursday 08:00–15:00
    answered(
        dt.datetime(2026, 6, 10, 6, tzinfo=utc), dt.datetime(2026, 6, 10, 8, tzinfo=utc)
    )  # 2 h
    answered(
        dt.datetime(2026, 6, 10, 7, tzinfo=utc), dt.datetime(2026, 6, 10, 11, tzinfo=utc)
    )  # 4 h
    # Thursday 08:00 to Sunday 10:00 in Amman: 7 + 2 = 9 office hours (74 calendar hours).
    answered(dt.datetime(2026, 6, 11, 5, tzinfo=utc), dt.datetime(2026, 6, 14, 7, tzinfo=utc))
    metrics.set_target(Kpi.MEDIAN_FIRST_RESPONSE_HOURS, PeriodKind.MONTH, JUNE, 3.8)
    cards = {card.kpi: card for card in metrics.kpi_cards(PeriodKind.MONTH, JUNE)}
    card = cards[Kpi.MEDIAN_FIRST_RESPONSE_HOURS]
    assert card.value == pytest.approx(4)
    assert (card.status, card.will_meet) == (Status.AT_RISK, False)  # 3.8 ÷ 4 = 95 %
    assert "office hours" in card.basis


def test_kpi_cards_of_one_account(metrics: MetricsService, accounts) -> None:
    fill_months(metrics, accounts)
    x = accounts["x"]
    metrics.set_target(Kpi.FOLLOWERS, PeriodKind.QUARTER, APRIL, 600, x)
    metrics.set_target(Kpi.FOLLOWERS, PeriodKind.QUARTER, APRIL, 1, None)  # overall: not used
    cards = {card.kpi: card for card in metrics.kpi_cards(PeriodKind.QUARTER, APRIL, x)}
    followers = cards[Kpi.FOLLOWERS]
    # x: 520 at the end of March, 550 at the end of June, the quarter's three months all in.
    assert (followers.value, followers.target, followers.projected) == (550, 600, 550)
    assert followers.status is Status.AT_RISK  # 550 ÷ 600 = 91.7 %
    assert cards[Kpi.VIEWS].value == 15_000
    assert cards[Kpi.ENGAGEMENT_RATE].value == pytest.approx(300 / 15_000)  # clicks only
    assert cards[Kpi.PUBLISHED_ITEMS].value is None  # counted overall only
    assert cards[Kpi.MEDIAN_FIRST_RESPONSE_HOURS].value is None
    overall = {card.kpi: card for card in metrics.kpi_cards(PeriodKind.QUARTER, APRIL)}
    assert (overall[Kpi.FOLLOWERS].value, overall[Kpi.FOLLOWERS].target) == (2050, 1)
