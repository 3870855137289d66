"""Dashboard: this month's posts by state, open inquiries, and the next seven days."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, QTime, QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.domain import PostState
from app.services.dashboard import DashboardFigures, UpcomingItem
from app.ui import labels, theme
from app.ui.context import AppContext
from app.ui.i18n import Retranslating

REMINDER_LINES = 6
FOREGROUND_ROLE = 9  # Qt.ItemDataRole.ForegroundRole; tests/ui check the number
OVERDUE_AFTER_MS = 60  # after the window is shown and idle (app.ui.launch waits 50 ms too)
# The KPI cards are read in a background thread a second after the first screen: its first read
# imports the ORM, and in the first second the officer's first clicks should not share the
# interpreter with it. The charts wait until their tab is shown.
KPIS_AFTER_MS = 1000


def _qdate(day) -> QDate:  # type: ignore[no-untyped-def]
    return QDate(day.year, day.month, day.day)


class Card(QFrame):
    """A figure with its label; the number is also in the accessible name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        layout = QVBoxLayout(self)
        self.value = QLabel("0", self)
        self.value.setFont(theme.title_font(2.0))
        palette = self.value.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(theme.ACCENT))
        self.value.setPalette(palette)
        self.caption = QLabel(self)
        theme.muted(self.caption)
        self.caption.setWordWrap(True)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)

    def set(self, value: int | None, caption: str, alert: bool = False) -> None:
        """``alert``: the number in the error colour (the caption says why in words)."""
        palette = self.value.palette()
        colour = QColor(theme.ERROR_TEXT if alert else theme.ACCENT)
        # On the card's Base background a label draws with the Text role, not WindowText.
        palette.setColor(QPalette.ColorRole.WindowText, colour)
        palette.setColor(QPalette.ColorRole.Text, colour)
        self.value.setPalette(palette)
        shown = "…" if value is None else QLocale().toString(value)  # None: still counting
        self.value.setText(shown)
        self.caption.setText(caption)
        self.setAccessibleName(f"{caption}: {shown}")


class StateRow:
    """A state's colour chip, name and count: the colour is never the only cue."""

    def __init__(self, parent: QWidget, grid: QGridLayout, row: int, state: PostState) -> None:
        self.state = state
        self.chip = QLabel(parent)
        self.chip.setFixedSize(14, 14)
        self.chip.setAutoFillBackground(True)
        chip_palette = self.chip.palette()
        chip_palette.setColor(QPalette.ColorRole.Window, QColor(labels.POST_STATE_COLOURS[state]))
        self.chip.setPalette(chip_palette)
        self.name = QLabel(parent)
        self.count = QLabel(parent)
        grid.addWidget(self.chip, row, 0)
        grid.addWidget(self.name, row, 1)
        grid.addWidget(self.count, row, 2)

    def set(self, count: int) -> None:
        self.name.setText(labels.post_state(self.state))
        self.count.setText(QLocale().toString(count))
        self.count.setAccessibleName(f"{labels.post_state(self.state)}: {count}")


class DashboardPage(Retranslating, QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.figures: DashboardFigures | None = None

        self.title = QLabel(self)
        self.title.setFont(theme.title_font())
        self.subtitle = QLabel(self)
        theme.muted(self.subtitle)
        self.refresh_button = QPushButton(self)
        self.refresh_button.clicked.connect(self.refresh)
        self.report_button = QPushButton(self)
        self.report_button.clicked.connect(self.open_report)
        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        head.addLayout(titles, 1)
        button_column = QVBoxLayout()
        button_column.addWidget(self.refresh_button)
        button_column.addWidget(self.report_button)
        button_column.addStretch(1)
        head.addLayout(button_column)

        self.card_posts = Card(self)
        self.card_review = Card(self)
        self.card_open = Card(self)
        self.card_unanswered = Card(self)
        self.card_overdue = Card(self)
        self.card_overdue.setObjectName("overdueInquiries")
        cards = QHBoxLayout()
        for card in (
            self.card_posts,
            self.card_review,
            self.card_open,
            self.card_unanswered,
            self.card_overdue,
        ):
            cards.addWidget(card, 1)

        self.states_box = QGroupBox(self)
        grid = QGridLayout(self.states_box)
        grid.setColumnStretch(1, 1)
        self.state_rows = [
            StateRow(self.states_box, grid, i, state) for i, state in enumerate(PostState)
        ]
        grid.setRowStretch(len(self.state_rows), 1)
        self.states_box.setMaximumWidth(240)

        self.upcoming_box = QGroupBox(self)
        self.upcoming_box.setFlat(True)  # a tab page: the tab names it
        # A QTableWidget (its model is C++) rather than a Python model: no Python calls while
        # painting, which keeps the first screen fast.
        self.upcoming = QTableWidget(0, 5, self.upcoming_box)
        self.upcoming.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.upcoming.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.upcoming.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.upcoming.verticalHeader().setVisible(False)
        self.upcoming.setAlternatingRowColors(True)
        self.upcoming.verticalHeader().setDefaultSectionSize(26)
        # One line a row, cut short with an ellipsis: no word-wrap layout for every cell.
        self.upcoming.setWordWrap(False)
        header = self.upcoming.horizontalHeader()
        # Fixed starting widths: measuring every row's contents would cost seconds on a busy week.
        for column, width in enumerate((150, 90, 0, 110, 150)):
            if width:
                header.resizeSection(column, width)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.empty_upcoming = QLabel(self.upcoming_box)
        up_layout = QVBoxLayout(self.upcoming_box)
        up_layout.addWidget(self.upcoming)
        up_layout.addWidget(self.empty_upcoming)

        # The accounts' reminders (password rotations, quarterly privacy reviews), as text.
        self.reminders_box = QGroupBox(self)
        self.reminders_box.setMaximumWidth(240)
        self.reminders_label = QLabel(self.reminders_box)
        self.reminders_label.setObjectName("accountReminders")
        self.reminders_label.setWordWrap(True)
        reminders_layout = QVBoxLayout(self.reminders_box)
        reminders_layout.addWidget(self.reminders_label)
        reminders_layout.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.states_box)
        left.addWidget(self.reminders_box, 1)

        # This month's KPI cards against their targets: filled after the first screen.
        self.kpi_box = QGroupBox(self)
        self.kpi_box.setObjectName("kpiCards")
        kpi_layout = QVBoxLayout(self.kpi_box)
        kpi_layout.setContentsMargins(6, 4, 6, 4)
        self.kpi_pending = QLabel(self.kpi_box)
        theme.muted(self.kpi_pending)
        kpi_layout.addWidget(self.kpi_pending)
        self.kpi_strip = None  # dashboard_performance.KpiStrip, made on first use
        self.kpi_reading = False  # a background read of the cards is under way
        self.kpi_again = False  # asked for again while reading

        # The next seven days first; trends and the content mix are drawn when their tab opens.
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.upcoming_box, "")
        self.trends_page = QWidget(self.tabs)
        self.mix_page = QWidget(self.tabs)
        for page in (self.trends_page, self.mix_page):
            QVBoxLayout(page).setContentsMargins(0, 0, 0, 0)
            self.tabs.addTab(page, "")
        self.trends = None  # dashboard_performance.TrendsPanel, made when its tab is shown
        self.mix = None  # dashboard_performance.MixPanel, likewise
        self.tabs.currentChanged.connect(self.load_tab)

        body = QHBoxLayout()
        body.addLayout(left)
        body.addWidget(self.tabs, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(cards)
        layout.addWidget(self.kpi_box)
        layout.addLayout(body, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Dashboard"))
        self.refresh_button.setText(self.tr("&Refresh"))
        self.refresh_button.setToolTip(self.tr("Read the figures again from the workspace"))
        self.report_button.setText(self.tr("&Monthly report…"))
        self.report_button.setToolTip(
            self.tr("Make the PDF report of a month, a quarter or a year")
        )
        self.states_box.setTitle(self.tr("Posts this month by state"))
        self.upcoming.setAccessibleName(
            self.tr("Posts, events and quiet periods of the next 7 days")
        )
        self.upcoming.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("Kind"),
                self.tr("Title"),
                self.tr("State"),
                self.tr("Platforms"),
            ]
        )
        self.empty_upcoming.setText(self.tr("Nothing is planned for the next 7 days."))
        self.reminders_box.setTitle(self.tr("Accounts: reminders"))
        self.kpi_pending.setText(self.tr("Reading this month's key figures…"))
        self.tabs.setTabText(0, self.tr("&Next 7 days"))
        self.tabs.setTabText(1, self.tr("&Trends and forecast"))
        self.tabs.setTabText(2, self.tr("Content mi&x and publishing"))
        if self.figures is not None:
            self.show_figures(self.figures)
            if self.kpi_strip is not None:
                self.load_kpis()
            self.reload_tabs()

    def open_report(self):  # type: ignore[no-untyped-def]
        """The "Monthly report…" dialog (made on use: start-up does not load it)."""
        from app.ui.report_dialog import open_report_dialog

        self.report_dialog = open_report_dialog(self.context, self)
        return self.report_dialog

    def refresh(self) -> None:
        # The first screen does not wait for the overdue count (a deadline per open inquiry,
        # in office hours): it follows once the window is up.
        first = self.figures is None
        self.show_figures(self.context.dashboard().figures(self.context.clock(), overdue=not first))
        if first:
            QTimer.singleShot(OVERDUE_AFTER_MS, self, self.count_overdue)
            QTimer.singleShot(KPIS_AFTER_MS, self, self.load_kpis)
        else:
            self.load_kpis()
            self.reload_tabs()

    def today(self):  # type: ignore[no-untyped-def]
        """Today in the workspace's time zone (not UTC's: near midnight they differ)."""
        from zoneinfo import ZoneInfo

        return self.context.clock().astimezone(ZoneInfo(self.context.timezone)).date()

    def load_kpis(self) -> None:
        """This month's KPI cards (MetricsService.kpi_cards), read in a background thread: the
        first read imports the ORM and a month of records, which would freeze the window."""
        if self.context.closed:
            return
        if self.kpi_reading:
            self.kpi_again = True  # read again once this read is in: the clock or data moved
            return
        from app.ui.background import run_in_background

        context = self.context
        month = self.today().replace(day=1)
        last = (month - dt.timedelta(days=1)).replace(day=1)

        def job():  # type: ignore[no-untyped-def]
            """Each KPI of this month; one without a value yet (monthly figures come once a
            month is over) is shown for the last whole month instead, which its card names."""
            from app.core.domain import PeriodKind

            metrics = context.metrics()
            now = metrics.kpi_cards(PeriodKind.MONTH, month)
            before = metrics.kpi_cards(PeriodKind.MONTH, last)
            return [
                (card, month) if card.value is not None else (previous, last)
                for card, previous in zip(now, before, strict=True)
            ]

        self.kpi_reading = True
        run_in_background(job, self.show_kpis, self, "bayan-dashboard-kpis")

    def show_kpis(self, cards, error) -> None:  # type: ignore[no-untyped-def]
        self.kpi_reading = False
        if self.context.closed:
            return
        if self.kpi_again:
            self.kpi_again = False
            self.load_kpis()
        if error is not None:
            self.kpi_pending.setText(
                self.tr("The key figures could not be read: %1").replace("%1", str(error))
            )
            self.kpi_pending.show()
            return
        from app.ui.pages.dashboard_performance import KpiStrip

        if self.kpi_strip is None:
            self.kpi_strip = KpiStrip(self.kpi_box)
            self.kpi_box.layout().addWidget(self.kpi_strip)
        self.kpi_pending.hide()
        this_month = self.today().replace(day=1)
        shown = []
        for card, month in cards:
            name = QLocale().toString(_qdate(month), "MMMM yyyy")
            if month == this_month:
                period = self.tr("%1, so far").replace("%1", name)
            else:
                period = self.tr("%1 (last whole month)").replace("%1", name)
            shown.append((card, period))
        self.kpi_strip.show_cards(shown)
        self.kpi_box.setTitle(self.tr("Key figures against their targets"))

    def load_tab(self, index: int) -> None:
        """Build (once) and fill the trends or mix tab when it is shown."""
        if index not in (1, 2) or self.context.closed:
            return
        from app.ui.pages import dashboard_performance as perf

        today = self.today()
        if index == 1:
            if self.trends is None:
                self.trends = perf.TrendsPanel(self.trends_page)
                self.trends_page.layout().addWidget(self.trends)
            self.trends.load(self.context.metrics(), today)
        else:
            if self.mix is None:
                self.mix = perf.MixPanel(self.mix_page)
                self.mix_page.layout().addWidget(self.mix)
            self.mix.load(self.context.metrics(), today, self.context.english)

    def reload_tabs(self) -> None:
        if self.tabs.currentIndex() in (1, 2):
            self.load_tab(self.tabs.currentIndex())
        # The hidden one is filled again when it is next shown.

    def count_overdue(self) -> None:
        if self.context.closed or self.figures is None:
            return
        if self.figures.overdue_inquiries is not None:
            return
        count = self.context.dashboard().overdue_inquiries(self.context.clock())
        self.show_figures(self.figures._replace(overdue_inquiries=count))

    def show_figures(self, figures: DashboardFigures) -> None:
        self.figures = figures
        locale = QLocale()
        month = locale.toString(_qdate(figures.month_start), "MMMM yyyy")
        today = locale.toString(_qdate(figures.today), QLocale.FormatType.LongFormat)
        self.subtitle.setText(
            self.tr("Today is %1 · figures for %2").replace("%1", today).replace("%2", month)
        )
        in_review = figures.posts_by_state.get(PostState.IN_REVIEW.value, 0)
        self.card_posts.set(figures.posts_this_month, self.tr("Posts scheduled this month"))
        self.card_review.set(in_review, self.tr("Waiting for approval"))
        self.card_open.set(figures.open_inquiries, self.tr("Open inquiries"))
        self.card_unanswered.set(
            figures.unanswered_inquiries, self.tr("Inquiries not yet answered")
        )
        overdue = figures.overdue_inquiries
        self.card_overdue.set(overdue, self.tr("Overdue inquiries"), alert=bool(overdue))
        self.card_overdue.setToolTip(
            self.tr(
                "Open inquiries still awaiting a first response after their target, counted in "
                "office hours"
            )
        )
        for row in self.state_rows:
            row.set(figures.posts_by_state.get(row.state.value, 0))
        self.fill_upcoming(figures.upcoming)
        self.fill_reminders(figures.reminders)

    def fill_reminders(self, reminders) -> None:  # type: ignore[no-untyped-def]
        """One line per reminder: what, which account, the date (overdue ones say so)."""
        locale = QLocale()
        lines = []
        for reminder in reminders[:REMINDER_LINES]:
            when = locale.toString(_qdate(reminder.due), QLocale.FormatType.ShortFormat)
            what = labels.reminder_kind(reminder.kind)
            account = f"{labels.platform(reminder.platform)} \u200e{reminder.handle}\u200e"
            lines.append(
                self.tr("%1: %2, %3").replace("%1", what).replace("%2", account).replace("%3", when)
            )
        extra = len(reminders) - REMINDER_LINES
        if extra > 0:
            lines.append(self.tr("and %n more on the Accounts page", "", extra))
        text = "\n".join(lines) if lines else self.tr("No account needs attention.")
        self.reminders_label.setText(text)
        self.reminders_box.setAccessibleDescription(text)

    def fill_upcoming(self, items: list[UpcomingItem]) -> None:
        arabic = self.context.languages.language == "ar"
        locale = QLocale()
        separator = "، " if arabic else ", "
        table = self.upcoming
        table.setUpdatesEnabled(False)
        table.setRowCount(len(items))
        # Arabic month names have no short forms ("تشرين الثاني"): day/month keeps it narrow.
        day_format = "ddd d/M" if arabic else "ddd d MMM"
        # A busy week holds hundreds of posts on seven days: format each day and time once.
        days: dict[object, str] = {}
        times: dict[tuple[int, int], str] = {}
        for row, item in enumerate(items):
            at = item.starts_at
            day = days.get(at.date())
            if day is None:
                day = days[at.date()] = locale.toString(_qdate(at), day_format)
            when = day
            if item.kind == "post":
                clock = times.get((at.hour, at.minute))
                if clock is None:
                    clock = times[(at.hour, at.minute)] = locale.toString(
                        QTime(at.hour, at.minute), "hh:mm"
                    )
                when = f"{day} {clock}"
            title = (item.title_ar or item.title_en) if arabic else (item.title_en or item.title_ar)
            cells = (
                when,
                labels.item_kind(item.kind, item.detail),
                title,
                labels.post_state(item.state) if item.state else "",
                separator.join(labels.platform(p) for p in item.platforms),
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column == 2:
                    cell.setToolTip(text)  # the whole title, when the column cuts it short
                if column == 3 and item.state:
                    # Qt.ItemDataRole.ForegroundRole, as a number: setForeground() would make
                    # PySide build all of the Qt namespace's enums, 15 ms of start-up.
                    cell.setData(
                        FOREGROUND_ROLE, QColor(labels.POST_STATE_COLOURS[PostState(item.state)])
                    )
                table.setItem(row, column, cell)
        table.setUpdatesEnabled(True)
        table.setVisible(bool(items))
        self.empty_upcoming.setVisible(not items)
