"""Dashboard: this month's posts by state, open inquiries, and the next seven days."""

from __future__ import annotations

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

        body = QHBoxLayout()
        body.addLayout(left)
        body.addWidget(self.upcoming_box, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(cards)
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
        self.upcoming_box.setTitle(self.tr("Next 7 days"))
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
        if self.figures is not None:
            self.show_figures(self.figures)

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
