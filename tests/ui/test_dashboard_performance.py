"""The Dashboard's KPI cards, per-platform trends with forecast and targets, and content mix:
filled after the first screen from the same MetricsService the report uses."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel

from app.core.domain import Kpi, PeriodKind
from app.ui import labels


def _month_start(day: dt.date) -> dt.date:
    return day.replace(day=1)


def test_kpi_cards_follow_the_first_screen(launch, demo_workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = launch(demo_workspace.root, "en")
    page = window.dashboard
    # Not on the start-up path: the first screen shows a placeholder, the cards follow (read
    # in a background thread).
    assert not page.kpi_pending.isHidden() or page.kpi_strip is not None
    qtbot.waitUntil(lambda: page.kpi_strip is not None, timeout=10_000)
    month = page.today().replace(day=1)
    last = (month - dt.timedelta(days=1)).replace(day=1)
    metrics = window.context.metrics()
    now = metrics.kpi_cards(PeriodKind.MONTH, month)
    before = metrics.kpi_cards(PeriodKind.MONTH, last)
    # A KPI with no value yet this month (monthly figures come when a month is over) is shown
    # for the last whole month, and its card says which month.
    expected = [c if c.value is not None else b for c, b in zip(now, before, strict=True)]
    assert any(c.value is None for c in now), "the demo's current month has no figures yet"
    assert [c.objectName() for c in page.kpi_strip.cards] == [
        f"kpiCard_{c.kpi.value}" for c in expected
    ]
    statuses = {"On track", "At risk", "Off track"}
    assert all(c.status is not None for c in expected), "the demo has targets and figures"
    for view, card, this in zip(page.kpi_strip.cards, expected, now, strict=True):
        assert view.value.text() == "Value: " + labels.kpi_value(card.kpi.value, card.value)
        status = view.findChild(QLabel, "status").text()
        assert status in statuses
        assert status in view.accessibleName()  # words, not only the icon's colour
        period = view.findChild(QLabel, "period").text()
        assert period.endswith("(last whole month)" if this.value is None else ", so far")
    rate = page.kpi_strip.cards[[c.kpi for c in expected].index(Kpi.ENGAGEMENT_RATE)]
    assert rate.findChild(QLabel, "formula").text() == "Engagement rate = engagements ÷ views"
    assert page.kpi_box.title() == "Key figures against their targets"


def test_the_month_is_the_workspace_s_not_utc_s(launch, demo_workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = launch(demo_workspace.root, "en")
    # 22:30 UTC on 30 November is already 1 December in Amman (UTC+3).
    window.context.clock = lambda: dt.datetime(2026, 11, 30, 22, 30, tzinfo=dt.UTC)
    assert window.context.timezone == "Asia/Amman"
    page = window.dashboard
    assert page.today() == dt.date(2026, 12, 1)
    page.refresh()  # maybe while the first read is under way: it is read again after it
    qtbot.waitUntil(
        lambda: not page.kpi_reading and not page.kpi_again and page.kpi_strip is not None,
        timeout=10_000,
    )
    periods = [v.findChild(QLabel, "period").text() for v in page.kpi_strip.cards]
    assert all(p.startswith(("December 2026", "November 2026 (last")) for p in periods), periods
    page.tabs.setCurrentIndex(2)
    assert "December 2026" in page.mix.mix_title.text()


def test_trends_tab_draws_each_platform_with_forecast_and_targets(
    launch, demo_workspace, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window = launch(demo_workspace.root, "en")
    page = window.dashboard
    assert page.trends is None  # nothing drawn before the tab is opened
    page.tabs.setCurrentIndex(1)
    assert page.trends is not None
    today = window.context.clock().date()
    service = window.context.metrics()
    last = (_month_start(today) - dt.timedelta(days=1)).replace(day=1)
    series = service.followers_by_platform(last, 12)
    assert sorted(page.trends.charts) == sorted(s.platform for s in series)
    for s in series:
        chart = page.trends.charts[s.platform]
        assert len(chart.labels) == 12 and len(chart.forecast_labels) == 3
        assert chart.series[0].forecast == list(s.forecast.values)
        assert "forecast" in chart.accessibleDescription()
    # The demo sets a followers target per account per quarter: the note says whether it will
    # be met at this pace, and the chart draws the platform's target level.
    notes = [n.text() for n in page.trends.notes.values() if n.text()]
    assert notes and all("at this pace" in n or "no figures" in n for n in notes)
    assert any(c.target is not None for c in page.trends.charts.values())
    chart = next(iter(page.trends.charts.values()))
    chart.resize(400, 240)
    image = QImage(chart.size(), QImage.Format.Format_ARGB32)
    chart.render(image)  # draws with the target line without error


def test_mix_tab_compares_pillars_with_the_plan(launch, demo_workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = launch(demo_workspace.root, "en")
    page = window.dashboard
    page.tabs.setCurrentIndex(2)
    today = window.context.clock().date()
    start = _month_start(today)
    end = (start + dt.timedelta(days=32)).replace(day=1)
    service = window.context.metrics()
    rows = service.content_mix(start, end)
    assert [b.value for b in page.mix.mix_chart.bars] == [r.actual_share_pct for r in rows]
    assert [b.reference for b in page.mix.mix_chart.bars] == [r.intended_share_pct for r in rows]
    assert "planned" in page.mix.mix_chart.accessibleDescription()
    published = service.published_by_platform(start, end)
    table = page.mix.published
    assert table.rowCount() == len(published) + 1
    assert table.item(table.rowCount() - 1, 1).text() == QLocale().toString(sum(published.values()))


def test_performance_parts_in_arabic(launch, demo_workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = launch(demo_workspace.root, "ar")
    page = window.dashboard
    qtbot.waitUntil(lambda: page.kpi_strip is not None, timeout=10_000)
    page.tabs.setCurrentIndex(1)
    assert page.tabs.tabText(1) != "&Trends and forecast"
    assert Kpi.FOLLOWERS.value in page.kpi_strip.cards[0].objectName()
