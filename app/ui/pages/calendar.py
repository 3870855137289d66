"""Calendar: posts, events and quiet periods by month, week or as an agenda.

Reads through :class:`app.services.calendar.CalendarService` (one indexed query per visible
range); writes (rescheduling by drag and drop) through :class:`app.services.posts.PostService`,
which records each move in the post's history. Opening the editor is asked for with
``editRequested(post_id or None, day or None)``; the main window opens it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QMimeData, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QPainter, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.domain import PostState
from app.core.filters import PostFilter
from app.core.states import can_reschedule
from app.errors import BayanError
from app.services.calendar import (
    CalendarData,
    CalendarPost,
    CalendarService,
    hijri,
    step,
    view_range,
)
from app.ui import labels, theme
from app.ui.calendar.agenda import AgendaModel, AgendaView
from app.ui.calendar.day_grid import EVENT_COLOUR, QUIET_COLOUR, DayGrid, post_id_from_mime
from app.ui.calendar.glyphs import state_icon, state_marker
from app.ui.context import AppContext
from app.ui.filters import FilterBar
from app.ui.i18n import Retranslating, ltr

_DAY = dt.timedelta(days=1)


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _band_sample(colour: str, hatched: bool, size: QSize) -> QPixmap:
    from PySide6.QtGui import QBrush

    pixmap = QPixmap(size)
    pixmap.fill(QColor(colour))
    if hatched:
        painter = QPainter(pixmap)
        painter.fillRect(
            pixmap.rect(), QBrush(QColor(255, 255, 255, 70), Qt.BrushStyle.BDiagPattern)
        )
        painter.end()
    return pixmap


class DayPostsDialog(QDialog):
    """Every post of one day, for the "+k more" line; Enter or a double-click opens one."""

    def __init__(
        self,
        page: CalendarPage,
        day: dt.date,
        posts: list[CalendarPost],
    ) -> None:
        super().__init__(page)
        self.day = day
        english = page.context.english
        tz = page.service.tz
        locale = QLocale()
        self.setWindowTitle(locale.toString(_qdate(day), QLocale.FormatType.LongFormat))
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.windowTitle())
        separator = ", " if english else "، "
        for post in posts:
            at = post.at(tz)
            clock = locale.toString(dt.time(at.hour, at.minute), QLocale.FormatType.ShortFormat)
            platforms = separator.join(labels.platform(p) for p in post.platforms)
            text = (
                f"{clock}  {post.display_title(english)}  ·  {labels.post_state(post.state)}"
                f"  ·  {platforms or '—'}"
            )
            item = QListWidgetItem(state_icon(post.state), text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, post.id)
            item.setToolTip(text)
        self.list.itemActivated.connect(self._open)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.new_button = QPushButton(self)
        self.new_button.clicked.connect(self._new)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.new_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.page = page
        self.new_button.setText(self.tr("&New post on this day"))
        self.resize(560, 420)

    def _open(self, item: QListWidgetItem) -> None:
        self.page.open_editor(int(item.data(Qt.ItemDataRole.UserRole)))
        self.accept()

    def _new(self) -> None:
        self.page.open_editor(day=self.day)
        self.accept()


class CalendarPage(Retranslating, QWidget):
    """Month, week and agenda views with the shared filter bar."""

    editRequested = Signal(object, object)  # (post id or None, day or None)
    VIEWS = ("month", "week", "agenda")

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], dt.datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self._clock = clock or (lambda: dt.datetime.now(dt.UTC))
        self.service = CalendarService(context.reader, context.timezone)
        self.week_start = self.service.week_start()
        self.today = self.service.today(self._clock())
        self.focused_day = self.today
        self.view = "month"
        self.data: CalendarData | None = None
        self._loaded: tuple[object, ...] | None = None
        self.day_dialog: DayPostsDialog | None = None

        # Header: navigation, title, view switch, Hijri, actions.
        self.previous_button = QToolButton(self)
        self.next_button = QToolButton(self)
        self.today_button = QPushButton(self)
        style = self.style()
        self.previous_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
        self.next_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward))
        self.previous_button.clicked.connect(self.previous_period)
        self.next_button.clicked.connect(self.next_period)
        self.today_button.clicked.connect(self.go_today)
        self.title = QLabel(self)
        self.title.setFont(theme.title_font(1.3))
        self.subtitle = QLabel(self)
        theme.muted(self.subtitle)
        self.view_buttons: dict[str, QToolButton] = {}
        self.view_group = QButtonGroup(self)
        self.view_group.setExclusive(True)
        for view in self.VIEWS:
            button = QToolButton(self)
            button.setCheckable(True)
            button.setAutoRaise(False)
            button.clicked.connect(lambda _checked=False, v=view: self.set_view(v))
            self.view_group.addButton(button)
            self.view_buttons[view] = button
        self.view_buttons["month"].setChecked(True)
        self.hijri_check = QCheckBox(self)
        self.hijri_check.toggled.connect(self._hijri_toggled)
        self.new_button = QPushButton(self)
        self.new_button.clicked.connect(self.new_post)
        self.export_button = QPushButton(self)
        self.export_button.clicked.connect(lambda: self.export_ics())

        head = QHBoxLayout()
        head.addWidget(self.previous_button)
        head.addWidget(self.today_button)
        head.addWidget(self.next_button)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        head.addLayout(titles, 1)
        segmented = QHBoxLayout()
        segmented.setSpacing(0)
        for button in self.view_buttons.values():
            segmented.addWidget(button)
        head.addLayout(segmented)
        head.addSpacing(12)
        head.addWidget(self.hijri_check)

        self.filter_bar = FilterBar(self, english=lambda: self.context.english)
        self.filter_bar.set_named_choices(
            context.reader.campaign_names(), context.reader.pillar_names()
        )
        self.filter_bar.changed.connect(self.reload)

        self.grid = DayGrid(self)
        self.grid.focusRequested.connect(self.go_to)
        self.grid.postActivated.connect(lambda post_id: self.open_editor(post_id))
        self.grid.dayActivated.connect(lambda day: self.open_editor(day=day))
        self.grid.newRequested.connect(lambda day: self.open_editor(day=day))
        self.grid.enterPressed.connect(self.enter_day)
        self.grid.moreRequested.connect(self.show_day)
        self.grid.postDropped.connect(self.reschedule)
        self.agenda_model = AgendaModel(self)
        self.agenda = AgendaView(self)
        self.agenda.setModel(self.agenda_model)
        self.agenda.postActivated.connect(lambda post_id: self.open_editor(post_id))
        self.agenda.dayActivated.connect(lambda day: self.open_editor(day=day))
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.grid)
        self.stack.addWidget(self.agenda)

        self.legend = QHBoxLayout()
        self.legend_labels: dict[str, QLabel] = {}
        marker = max(10, self.fontMetrics().height() - 4)
        for state in PostState:
            icon = QLabel(self)
            icon.setPixmap(state_marker(state.value, marker))
            text = QLabel(self)
            self.legend.addWidget(icon)
            self.legend.addWidget(text)
            self.legend.addSpacing(8)
            self.legend_labels[state.value] = text
        sample = QSize(22, marker)
        for kind, colour, hatched in (
            ("event", EVENT_COLOUR, False),
            ("quiet", QUIET_COLOUR, True),
        ):
            icon = QLabel(self)
            icon.setPixmap(_band_sample(colour, hatched, sample))
            text = QLabel(self)
            self.legend.addWidget(icon)
            self.legend.addWidget(text)
            self.legend.addSpacing(8)
            self.legend_labels[kind] = text
        self.legend.addStretch(1)
        self.legend.setSpacing(3)
        small = self.font()
        small.setPointSizeF(small.pointSizeF() * 0.9)
        for label in self.legend_labels.values():
            label.setFont(small)
        self.count_label = QLabel(self)
        theme.muted(self.count_label)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()

        filters = QHBoxLayout()
        filters.addWidget(self.filter_bar, 1)
        filters.addWidget(self.count_label)
        filters.addWidget(self.new_button)
        filters.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(filters)
        layout.addWidget(self.message)
        layout.addWidget(self.stack, 1)
        layout.addLayout(self.legend)

        self.new_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.New), self)
        self.new_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_shortcut.activated.connect(self.new_post)
        self.retranslate()
        self.reload()
        self._shown = False

    # --- language ----------------------------------------------------------------------------


    def retranslate(self) -> None:
        self.previous_button.setAccessibleName(self.tr("Previous"))
        self.next_button.setAccessibleName(self.tr("Next"))
        self.previous_button.setToolTip(self.tr("Previous month or week (Page Up)"))
        self.next_button.setToolTip(self.tr("Next month or week (Page Down)"))
        self.today_button.setText(self.tr("&Today"))
        self.today_button.setToolTip(self.tr("Go to today (Home)"))
        self.view_buttons["month"].setText(self.tr("&Month"))
        self.view_buttons["week"].setText(self.tr("&Week"))
        self.view_buttons["agenda"].setText(self.tr("A&genda"))
        for button in self.view_buttons.values():
            button.setAccessibleName(
                self.tr("%1 view").replace("%1", button.text().replace("&", ""))
            )
        self.hijri_check.setText(self.tr("&Hijri dates"))
        self.hijri_check.setToolTip(self.tr("Show the Hijri (Umm al-Qura) date beside each day"))
        self.new_button.setText(self.tr("&New post"))
        self.new_button.setToolTip(self.tr("A new post on the focused day (Ctrl+N)"))
        self.export_button.setText(self.tr("Export .ics…"))
        self.export_button.setToolTip(
            self.tr("Save the posts shown, with the filters, as an iCalendar file")
        )
        for state in PostState:
            self.legend_labels[state.value].setText(labels.post_state(state.value))
        self.legend_labels["event"].setText(self.tr("Event"))
        self.legend_labels["quiet"].setText(self.tr("Quiet period"))
        self.agenda.setAccessibleName(self.tr("Agenda"))
        self._texts = {
            "today": self.tr("%1 (today)"),
            "posts": lambda n: self.tr("%Ln post(s)", "", n),
            "event": self.tr("Event"),
            "quiet": self.tr("Quiet period"),
        }
        if self.data is not None:
            self._show()

    # --- navigation --------------------------------------------------------------------------

    def visible_range(self) -> tuple[dt.date, dt.date]:
        """The first and last day the current view shows."""
        return view_range(self.view, self.focused_day, self.week_start)

    def set_view(self, view: str) -> None:
        if view not in self.VIEWS:
            raise ValueError(f"unknown view {view!r}")
        self.view = view
        self.view_buttons[view].setChecked(True)
        self.stack.setCurrentWidget(self.agenda if view == "agenda" else self.grid)
        self.reload()

    def go_to(self, day: dt.date) -> None:
        """Focus ``day``, showing its month (or week) when it is not the one shown."""
        self.focused_day = day
        if self._stale():
            self.reload()
            return
        if self.view == "agenda":
            self._select_agenda_day(day)
        else:
            self.grid.set_focused(day)
            self._announce()

    def _stale(self) -> bool:
        """Whether the focused day needs another range than the one loaded."""
        if self._loaded is None:
            return True
        shown, view, _filter, month = self._loaded
        if shown != self.visible_range() or view != self.view:
            return True
        return view != "week" and month != (self.focused_day.year, self.focused_day.month)

    def next_period(self) -> None:
        self.go_to(step(self.view, self.focused_day, True))

    def previous_period(self) -> None:
        self.go_to(step(self.view, self.focused_day, False))

    def go_today(self) -> None:
        self.today = self.service.today(self._clock())
        self.go_to(self.today)

    # --- loading and showing -----------------------------------------------------------------

    def post_filter(self) -> PostFilter:
        return self.filter_bar.post_filter()

    def reload(self) -> None:
        """Read the visible range again (after a change of range, filter, data or time zone)."""
        if self.context.timezone != str(self.service.tz):
            self.service = CalendarService(self.context.reader, self.context.timezone)
            self.filter_bar.set_timezone(self.context.timezone)
        first, last = self.visible_range()
        post_filter = self.post_filter()
        self.data = self.service.load(first, last, post_filter)
        month = (self.focused_day.year, self.focused_day.month)
        self._loaded = ((first, last), self.view, post_filter, month)
        self._show()

    def _weekday_names(self) -> list[str]:
        locale = QLocale()
        return [
            locale.standaloneDayName(
                (self.week_start + col) % 7 + 1, QLocale.FormatType.ShortFormat
            )
            for col in range(7)
        ]

    def hijri_labels(self) -> dict[dt.date, str]:
        """Each shown day's Hijri date: the day number, with the month name on the month's first
        day and on the first day shown (every day in the week view and the agenda)."""
        if not self.hijri_check.isChecked() or self.data is None:
            return {}
        locale = QLocale()
        english = self.context.english
        every = self.view != "month"
        result: dict[dt.date, str] = {}
        for index, day in enumerate(self.data.days):
            h = hijri(day)
            if h is None:
                continue
            text = locale.toString(h.day)
            if every or index == 0 or h.day == 1:
                text += " " + (h.month_name_en if english else h.month_name_ar)
            result[day] = text
        return result

    def _show(self) -> None:
        assert self.data is not None
        data = self.data
        locale = QLocale()
        first, last = data.first_day, data.last_day
        hijri_labels = self.hijri_labels()
        if self.view == "week":
            title = (
                locale.toString(_qdate(first), "d MMMM")
                + " – "
                + locale.toString(_qdate(last), "d MMMM yyyy")
            )
        else:
            title = locale.toString(_qdate(self.focused_day), "MMMM yyyy")
        self.title.setText(title)
        self.subtitle.setText(self._hijri_span() if self.hijri_check.isChecked() else "")
        self.subtitle.setVisible(self.hijri_check.isChecked())
        count = data.post_count
        self.count_label.setText(self.tr("%Ln post(s) shown", "", count))
        tz = self.service.tz
        if self.view == "agenda":
            self.agenda_model.set_data(
                data,
                english=self.context.english,
                tz=tz,
                today=self.today,
                hijri_labels=hijri_labels,
                texts=self._texts,
            )
            self._select_agenda_day(self.focused_day)
        else:
            month = None if self.view == "week" else self.focused_day.replace(day=1)
            self.grid.set_data(
                data,
                month=month,
                focused=self.focused_day,
                today=self.today,
                english=self.context.english,
                tz=tz,
                weekday_names=self._weekday_names(),
                hijri_labels=hijri_labels,
            )
            self._announce()

    def _hijri_span(self) -> str:
        """The Hijri months the shown range crosses, e.g. "Jumada al-Akhirah – Rajab 1448"."""
        assert self.data is not None
        locale = QLocale()
        locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
        first = hijri(self.data.first_day)
        last = hijri(self.data.last_day)
        if first is None or last is None:
            return ""

        def name(h) -> str:  # type: ignore[no-untyped-def]
            return h.month_name_en if self.context.english else h.month_name_ar

        suffix = self.tr("%1 AH")
        if (first.year, first.month) == (last.year, last.month):
            return suffix.replace("%1", f"{name(first)} {locale.toString(first.year)}")
        if first.year == last.year:
            return suffix.replace(
                "%1", f"{name(first)} – {name(last)} {locale.toString(last.year)}"
            )
        return (
            f"{suffix.replace('%1', f'{name(first)} {locale.toString(first.year)}')} – "
            f"{suffix.replace('%1', f'{name(last)} {locale.toString(last.year)}')}"
        )

    def _announce(self) -> None:
        self.grid.announce()
        self.grid.setAccessibleName(self.tr("Calendar, %1").replace("%1", self.title.text()))

    def _select_agenda_day(self, day: dt.date) -> None:
        row = self.agenda_model.row_of_day(day)
        if row >= 0:
            index = self.agenda_model.index(row, 0)
            self.agenda.setCurrentIndex(index)
            self.agenda.scrollTo(index)

    def _hijri_toggled(self, _on: bool) -> None:
        if self.data is not None:
            self._show()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        # Posts may have changed elsewhere (the editor) while the calendar was hidden.
        if self._shown:
            reader = self.context.reader  # campaigns and pillars may have been added meanwhile
            self.filter_bar.set_named_choices(reader.campaign_names(), reader.pillar_names())
            self.reload()
        self._shown = True
        super().showEvent(event)

    # --- acting on days and posts ------------------------------------------------------------

    def open_editor(self, post_id: int | None = None, day: dt.date | None = None) -> None:
        """Ask for the editor: on ``post_id``, or on a new post dated ``day``."""
        self.editRequested.emit(post_id, day)

    def new_post(self) -> None:
        self.open_editor(day=self.focused_day)

    def enter_day(self, day: dt.date) -> None:
        """Enter on a day: its first post, or a new post on it when it has none."""
        posts = self.data.posts_on(day, 1) if self.data else []
        if posts:
            self.open_editor(posts[0].id)
        else:
            self.open_editor(day=day)

    def show_day(self, day: dt.date) -> DayPostsDialog:
        """Every post of ``day`` in a list (the "+k more" line, Space)."""
        posts = self.data.posts_on(day) if self.data else []
        if self.day_dialog is not None:
            self.day_dialog.close()
            self.day_dialog.deleteLater()
        self.day_dialog = DayPostsDialog(self, day, posts)
        self.day_dialog.open()
        return self.day_dialog

    def _find_post(self, post_id: int) -> CalendarPost | None:
        return self.data.find(post_id) if self.data is not None else None

    def show_message(self, text: str, error: bool = True) -> None:
        theme.error_text(self.message, error)
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def drop_post(self, mime: QMimeData, day: dt.date) -> bool:
        """A drop of ``mime`` on ``day``: reschedule the post it carries."""
        post_id = post_id_from_mime(mime)
        if post_id is None:
            return False
        return self.reschedule(post_id, day)

    def reschedule(self, post_id: int, day: dt.date) -> bool:
        """Move a post to ``day`` at the same time of day; refused for published, archived and
        withdrawn posts, with a message. True when the post moved."""
        state = self.context.reader.post_state(post_id)
        if state is None:
            self.show_message(self.tr("That post no longer exists."))
            self.reload()
            return False
        if not can_reschedule(state):
            self.show_message(
                self.tr("A post that is %1 cannot be moved: it is part of the record.").replace(
                    "%1", labels.post_state(state)
                )
            )
            return False
        posts = self.context.posts()
        shown = self._find_post(post_id)
        try:
            if shown is not None:
                at = shown.at(self.service.tz)
            else:
                stored = posts.get(post_id).fields.scheduled_at
                at = stored if stored is not None else self.service.local_bounds(day, day)[0]
            when = self.service.moved_to(at, day)
            if when == at.astimezone(dt.UTC) and shown is not None:
                return False
            result = posts.reschedule(post_id, when)
        except BayanError as exc:
            self.show_message(self.tr("The post was not moved: %1").replace("%1", str(exc)))
            return False
        moved = self.tr("Moved to %1.").replace(
            "%1", QLocale().toString(_qdate(day), QLocale.FormatType.LongFormat)
        )
        if result.approval_withdrawn:
            # A move into a quiet period: the approval no longer covers the post (SPEC §4).
            self.show_message(
                moved
                + " "
                + self.tr(
                    "The new time falls in a quiet period, so the post went back to draft and "
                    "its approval was withdrawn."
                )
            )
        else:
            self.show_message(moved, error=False)
        self.focused_day = day
        self.reload()
        return True

    # --- export ------------------------------------------------------------------------------

    def export_ics(self, path: Path | str | None = None) -> Path | None:
        """Save the visible range's posts (with the filters) as an iCalendar file; asks where
        when ``path`` is None. Returns the file written, or None (cancelled or failed, with a
        message)."""
        first, last = self.visible_range()
        if path is None:
            from PySide6.QtWidgets import QFileDialog

            suggested = f"bayan-{first.isoformat()}-{last.isoformat()}.ics"
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export the calendar"),
                str(Path.home() / suggested),
                self.tr("iCalendar files (*.ics)"),
            )
            if not chosen:
                return None
            path = chosen if chosen.lower().endswith(".ics") else chosen + ".ics"
        target = Path(path)
        start, end = self.service.local_bounds(first, last)
        try:
            count = self._ics_export(start, end, target)
        except (BayanError, OSError) as exc:
            self.show_message(self.tr("Nothing was exported: %1").replace("%1", str(exc)))
            return None
        self.show_message(
            self.tr("%Ln post(s) exported to %1.", "", count).replace("%1", ltr(str(target))),
            error=False,
        )
        return target

    def _ics_export(self, start: dt.datetime, end: dt.datetime, target: Path) -> int:
        from app.services.ics import export_ics

        summary = export_ics(
            self.context.opened.sessions,
            self.post_filter().with_range(start, end),
            target,
            tz=self.context.timezone,
        )
        return summary.posts
