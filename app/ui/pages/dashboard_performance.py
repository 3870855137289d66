"""The Dashboard's performance parts, filled after the first screen (never on the start-up path):
this month's KPI cards against their targets, the 12-month followers trend of each platform with
its 3-month forecast and its accounts' quarter targets at the current pace, and the content mix
by pillar against the plan with the items published per platform."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.domain import Kpi, PeriodKind
from app.core.months import month_start, quarter_start
from app.ui import labels, theme
from app.ui.charts import Bar, BarChart, LineChart, Series, month_axis_label
from app.ui.kpi_view import KpiCardView

if TYPE_CHECKING:
    from app.services.metrics import MetricsService

FORECAST_MONTHS = 3


def _month_label(day: dt.date) -> str:
    return month_axis_label(day.year, day.month)


def _month_name(day: dt.date) -> str:
    return QLocale().toString(QDate(day.year, day.month, 1), "MMMM yyyy")


def _quarter_name(start: dt.date) -> str:
    locale = QLocale()
    year = locale.toString(start.year).replace(locale.groupSeparator(), "")
    name = QCoreApplication.translate("DashboardPerformance", "Q%1 %2")
    return name.replace("%1", locale.toString((start.month - 1) // 3 + 1)).replace("%2", year)


class KpiStrip(QWidget):
    """This month's KPI cards, side by side."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QHBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.cards: list[KpiCardView] = []

    def show_cards(self, cards) -> None:  # type: ignore[no-untyped-def]
        """``cards``: (KpiCard, the period it is for, in words) pairs."""
        while len(self.cards) < len(cards):
            view = KpiCardView(self, compact=True)
            self.layout_.addWidget(view, 1)
            self.cards.append(view)
        for view, (card, period) in zip(self.cards, cards, strict=False):
            view.show_card(card, period)


class TrendsPanel(QScrollArea):
    """One chart per platform: month-end followers of the last 12 whole months, the 3-month
    forecast dashed, the quarter's followers target (its accounts' targets summed) dotted; under
    it, for each account with a target, whether it will be met at the current pace."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.inner = QWidget(self)
        self.grid = QGridLayout(self.inner)
        self.method = QLabel(self.inner)
        self.method.setWordWrap(True)
        theme.muted(self.method)
        self.setWidget(self.inner)
        self.charts: dict[str, LineChart] = {}
        self.notes: dict[str, QLabel] = {}
        self.titles: dict[str, QLabel] = {}
        self.empty = QLabel(self.inner)
        self.empty.setWordWrap(True)

    def load(self, service: MetricsService, today: dt.date) -> None:
        last = month_start(today, -1)  # the last month with whole figures
        quarter = quarter_start(today)
        series = service.followers_by_platform(last, 12)
        accounts = service.grid(today)
        notes: dict[str, list[str]] = {}
        targets: dict[str, float] = {}
        counted: dict[str, int] = {}  # accounts per platform, and below those with a target
        with_target: dict[str, int] = {}
        for account in accounts:
            counted[account.platform] = counted.get(account.platform, 0) + 1
            cards = service.kpi_cards(PeriodKind.QUARTER, quarter, account.account_id)
            card = next(c for c in cards if c.kpi == Kpi.FOLLOWERS)
            if card.target is None:
                continue
            targets[account.platform] = targets.get(account.platform, 0.0) + card.target
            with_target[account.platform] = with_target.get(account.platform, 0) + 1
            notes.setdefault(account.platform, []).append(self._note(account.handle, card, quarter))
        for widget in (*self.charts.values(), *self.notes.values(), *self.titles.values()):
            widget.deleteLater()
        self.charts, self.notes, self.titles = {}, {}, {}
        labels_x = [_month_label(mo) for mo in (series[0].months if series else ())]
        forecast_x = [_month_label(month_start(last, k)) for k in range(1, FORECAST_MONTHS + 1)]
        forecast_word = self.tr("dashed: forecast")
        for index, s in enumerate(series):
            name = labels.platform(s.platform)
            title = QLabel(self.tr("%1: followers").replace("%1", name), self.inner)
            title.setFont(theme.title_font(1.0))
            chart = LineChart(self.inner)
            chart.setMinimumSize(300, 200)
            chart.forecast_word = forecast_word
            chart.empty_text = self.tr("No monthly figures yet.")
            # The platform's line sums its accounts' targets: drawn only when every account
            # has one, or it would be compared with followers it does not cover.
            whole = with_target.get(s.platform, 0) == counted.get(s.platform, -1)
            target = targets.get(s.platform) if whole else None
            chart.target = target
            if target is not None:
                chart.target_text = (
                    self.tr("%1 target %2")
                    .replace("%1", _quarter_name(quarter))
                    .replace("%2", QLocale().toString(round(target)))
                )
            known = [v for v in s.values if v is not None]
            summary = self.tr("%1: %2 at the latest month end").replace("%1", name)
            summary = summary.replace("%2", QLocale().toString(known[-1]) if known else "—")
            if s.forecast.values:
                summary += ", " + self.tr("forecast %1 in three months").replace(
                    "%1", QLocale().toString(round(s.forecast.values[-1]))
                )
            chart.setAccessibleName(title.text())
            chart.set_data(
                labels_x,
                [
                    Series(
                        name,
                        [None if v is None else float(v) for v in s.values],
                        list(s.forecast.values),
                    )
                ],
                forecast_x,
                summary,
            )
            note = QLabel("\n".join(notes.get(s.platform, [])), self.inner)
            note.setWordWrap(True)
            note.setVisible(bool(note.text()))
            row, column = divmod(index, 2)
            self.grid.addWidget(title, 3 * row, column)
            self.grid.addWidget(chart, 3 * row + 1, column)
            self.grid.addWidget(note, 3 * row + 2, column)
            self.charts[s.platform], self.notes[s.platform], self.titles[s.platform] = (
                chart,
                note,
                title,
            )
        rows = 3 * ((len(series) + 1) // 2)
        self.empty.setText(
            self.tr("No monthly figures yet: enter or import them on the Metrics page.")
        )
        self.empty.setVisible(not series)
        self.grid.addWidget(self.empty, rows, 0, 1, 2)
        self.method.setText(
            self.tr(
                "Forecast: a straight line fitted to the last 12 months (least squares). "
                "Pace: the quarter's change so far, carried on at the same rate to its end."
            )
        )
        self.grid.addWidget(self.method, rows + 1, 0, 1, 2)

    def _note(self, handle: str, card, quarter: dt.date) -> str:  # type: ignore[no-untyped-def]
        target = labels.kpi_value("followers", card.target)
        if card.projected is None or card.will_meet is None:
            text = self.tr("%1: target %2 for %3; no figures yet this quarter")
            return (
                text.replace("%1", f"\u2068{handle}\u2069")
                .replace("%2", target)
                .replace("%3", _quarter_name(quarter))
            )
        if card.will_meet:
            text = self.tr("%1: target %2 for %3; at this pace %4, it will be met (%5)")
        else:
            text = self.tr("%1: target %2 for %3; at this pace %4, it will not be met (%5)")
        return (
            text.replace("%1", f"\u2068{handle}\u2069")
            .replace("%2", target)
            .replace("%3", _quarter_name(quarter))
            .replace("%4", labels.kpi_value("followers", card.projected))
            .replace("%5", labels.kpi_status(str(card.status)))
        )


class MixPanel(QWidget):
    """The month's content mix by pillar against the plan (bars: actual filled, planned outlined)
    and the items published per platform (a table)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mix_title = QLabel(self)
        self.mix_title.setFont(theme.title_font(1.0))
        self.mix_chart = BarChart(self)
        self.mix_note = QLabel(self)
        self.mix_note.setWordWrap(True)
        theme.muted(self.mix_note)
        self.published_title = QLabel(self)
        self.published_title.setFont(theme.title_font(1.0))
        self.published = QTableWidget(0, 2, self)
        self.published.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.published.verticalHeader().setVisible(False)
        self.published.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.published.setMaximumWidth(320)
        left = QVBoxLayout()
        left.addWidget(self.mix_title)
        left.addWidget(self.mix_chart, 1)
        left.addWidget(self.mix_note)
        right = QVBoxLayout()
        right.addWidget(self.published_title)
        right.addWidget(self.published, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addLayout(right, 1)

    def load(self, service: MetricsService, today: dt.date, english: bool) -> None:
        start = month_start(today)
        end = month_start(today, 1)
        month = _month_name(start)
        rows = service.content_mix(start, end)
        bars = []
        summary = []
        for row in rows:
            if row.pillar_id is None:
                name = self.tr("No pillar")
            else:
                name = (row.name_en or row.name_ar) if english else (row.name_ar or row.name_en)
            bars.append(Bar(name, row.actual_share_pct, row.intended_share_pct))
            n = row.published
            if row.intended_share_pct is None:
                line = self.tr("%1: %2 % of published (%n post(s)), no planned share", "", n)
            else:
                line = self.tr("%1: %2 % of published (%n post(s)), planned %3 %", "", n)
                line = line.replace("%3", QLocale().toString(row.intended_share_pct, "f", 1))
            summary.append(
                line.replace("%1", name).replace(
                    "%2", QLocale().toString(row.actual_share_pct, "f", 1)
                )
            )
        self.mix_title.setText(
            self.tr("Content mix by pillar against the plan, %1").replace("%1", month)
        )
        self.mix_chart.value_word = self.tr("share of posts published")
        self.mix_chart.reference_word = self.tr("planned share")
        self.mix_chart.empty_text = self.tr("Nothing published this month yet.")
        self.mix_chart.setAccessibleName(self.mix_title.text())
        self.mix_chart.set_data(bars, "; ".join(summary))
        self.mix_note.setText(
            self.tr(
                "Share = posts first published this month in the pillar ÷ all posts first "
                "published this month."
            )
        )
        published = service.published_by_platform(start, end)
        self.published_title.setText(
            self.tr("Published items per platform, %1").replace("%1", month)
        )
        self.published.setHorizontalHeaderLabels([self.tr("Platform"), self.tr("Published")])
        self.published.setAccessibleName(self.published_title.text())
        self.published.setRowCount(len(published) + 1)
        total = 0
        for r, (platform, count) in enumerate(published.items()):
            total += count
            self.published.setItem(r, 0, QTableWidgetItem(labels.platform(platform)))
            self.published.setItem(r, 1, QTableWidgetItem(QLocale().toString(count)))
        self.published.setItem(len(published), 0, QTableWidgetItem(self.tr("All platforms")))
        self.published.setItem(len(published), 1, QTableWidgetItem(QLocale().toString(total)))
