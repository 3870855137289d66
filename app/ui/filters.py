"""The filter bar the calendar and the posts list share: platforms, states, campaigns, pillars
and, for the posts list, a date range. It produces an :class:`app.core.filters.PostFilter`.

Each choice is a button that opens a menu of ticks (keyboard: Tab to the button, Space or the
down arrow to open, Space to tick); the button says what is chosen ("Platforms: any",
"States: Draft, Approved"), so the filter is readable without opening it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QPushButton,
    QToolButton,
    QWidget,
)

from app.core.domain import Platform, PostState
from app.core.filters import PostFilter
from app.ui import labels
from app.ui.calendar.glyphs import platform_icon, state_icon
from app.ui.i18n import Retranslating, date_field

# (id, name in Arabic, name in English)
Named = tuple[int, str, str]

_MAX_NAMES_SHOWN = 2


class ChoiceButton(QToolButton):
    """A button with a menu of checkable choices; ``changed`` after each tick."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.menu_ = QMenu(self)
        self.setMenu(self.menu_)
        self.caption = ""
        self.any_text = ""
        self.many_text = ""
        self.clear_action = QAction(self)
        self.clear_action.triggered.connect(self.clear)

    def set_choices(self, choices: list[tuple[object, str, object]]) -> None:
        """(value, label, icon or None) of every choice; ticks of values still offered stay."""
        kept = self.values()
        self.menu_.clear()
        self.menu_.addAction(self.clear_action)
        self.menu_.addSeparator()
        for value, label, icon in choices:
            action = QAction(label, self.menu_)
            action.setCheckable(True)
            action.setData(value)
            if icon is not None:
                action.setIcon(icon)  # type: ignore[arg-type]
            action.setChecked(value in kept)
            action.toggled.connect(self._toggled)
            self.menu_.addAction(action)
        self.refresh()

    def choice_actions(self) -> list[QAction]:
        return [a for a in self.menu_.actions() if a.isCheckable()]

    def values(self) -> frozenset:  # type: ignore[type-arg]
        return frozenset(a.data() for a in self.choice_actions() if a.isChecked())

    def set_values(self, values: frozenset) -> None:  # type: ignore[type-arg]
        for action in self.choice_actions():
            action.blockSignals(True)
            action.setChecked(action.data() in values)
            action.blockSignals(False)
        self.refresh()

    def clear(self) -> None:
        if self.values():
            self.set_values(frozenset())
            self.changed.emit()

    def _toggled(self, _on: bool) -> None:
        self.refresh()
        self.changed.emit()

    def refresh(self) -> None:
        chosen = [a.text() for a in self.choice_actions() if a.isChecked()]
        if not chosen:
            shown = self.any_text
        elif len(chosen) <= _MAX_NAMES_SHOWN:
            shown = "، ".join(chosen) if self.isRightToLeft() else ", ".join(chosen)
        else:
            shown = self.many_text.replace("%1", str(len(chosen)))
        self.setText(f"{self.caption}: {shown}")
        self.setAccessibleName(self.text())


class FilterBar(Retranslating, QWidget):
    """Platform, state, campaign and pillar choices (and dates with ``with_dates``)."""

    changed = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        with_dates: bool = False,
        english: Callable[[], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        # Whether names are shown in English (else in Arabic): the UI language.
        self.english = english or (lambda: not self.isRightToLeft())
        self._campaigns: list[Named] = []
        self._pillars: list[Named] = []
        self.tz: dt.tzinfo = dt.UTC
        self.platforms = ChoiceButton(self)
        self.states = ChoiceButton(self)
        self.campaigns = ChoiceButton(self)
        self.pillars = ChoiceButton(self)
        self.clear_button = QPushButton(self)
        self.clear_button.clicked.connect(self.clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for button in (self.platforms, self.states, self.campaigns, self.pillars):
            button.changed.connect(self._changed)
            layout.addWidget(button)
        self.with_dates = with_dates
        self.from_check = QCheckBox(self)
        self.from_date = date_field(self)
        self.to_check = QCheckBox(self)
        self.to_date = date_field(self)
        for check, edit in ((self.from_check, self.from_date), (self.to_check, self.to_date)):
            edit.setEnabled(False)
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(self._changed)
            edit.dateChanged.connect(self._date_changed)
            if with_dates:
                layout.addWidget(check)
                layout.addWidget(edit)
            else:
                check.hide()
                edit.hide()
        layout.addWidget(self.clear_button)
        layout.addStretch(1)
        self.retranslate()

    # --- choices ---------------------------------------------------------------------------------

    def set_named_choices(self, campaigns: list[Named], pillars: list[Named]) -> None:
        self._campaigns = list(campaigns)
        self._pillars = list(pillars)
        self._fill_named()

    def _fill_named(self) -> None:
        english = self.english()

        def name(ar: str, en: str) -> str:
            return (en or ar) if english else (ar or en)

        self.campaigns.set_choices([(i, name(ar, en), None) for i, ar, en in self._campaigns])
        self.pillars.set_choices([(i, name(ar, en), None) for i, ar, en in self._pillars])

    def retranslate(self) -> None:
        self.platforms.caption = self.tr("Platforms")
        self.states.caption = self.tr("States")
        self.campaigns.caption = self.tr("Campaigns")
        self.pillars.caption = self.tr("Pillars")
        for button in (self.platforms, self.states, self.campaigns, self.pillars):
            button.any_text = self.tr("any")
            button.many_text = self.tr("%1 chosen")
            button.clear_action.setText(self.tr("Any (clear the ticks)"))
        self.platforms.setToolTip(self.tr("Show posts for any of the ticked platforms"))
        self.states.setToolTip(self.tr("Show posts in any of the ticked states"))
        self.campaigns.setToolTip(self.tr("Show posts of any of the ticked campaigns"))
        self.pillars.setToolTip(self.tr("Show posts of any of the ticked content pillars"))
        self.platforms.set_choices(
            [(p.value, labels.platform(p.value), platform_icon(p.value)) for p in Platform]
        )
        self.states.set_choices(
            [(s.value, labels.post_state(s.value), state_icon(s.value)) for s in PostState]
        )
        self._fill_named()
        self.clear_button.setText(self.tr("Clear filters"))
        self.clear_button.setToolTip(self.tr("Show every post again"))
        self.from_check.setText(self.tr("From"))
        self.to_check.setText(self.tr("To"))
        self.from_date.setAccessibleName(self.tr("First day shown"))
        self.to_date.setAccessibleName(self.tr("Last day shown"))

    # --- the filter ------------------------------------------------------------------------------

    def post_filter(self) -> PostFilter:
        """The chosen filter; the dates are whole days in ``self.tz`` (the last one included)."""
        start = end = None
        if self.with_dates and self.from_check.isChecked():
            start = self._midnight(self.from_date.date().toPython())
        if self.with_dates and self.to_check.isChecked():
            end = self._midnight(self.to_date.date().toPython() + dt.timedelta(days=1))
        return PostFilter(
            platforms=self.platforms.values(),
            states=self.states.values(),
            campaign_ids=self.campaigns.values(),
            pillar_ids=self.pillars.values(),
            start=start,
            end=end,
        )

    def _midnight(self, day: dt.date) -> dt.datetime:
        return dt.datetime(day.year, day.month, day.day, tzinfo=self.tz)

    def set_timezone(self, name: str) -> None:
        self.tz = ZoneInfo(name)

    def set_filter(self, post_filter: PostFilter) -> None:
        """Show ``post_filter`` (its dates as days in ``self.tz``); emits ``changed`` once."""
        self.blockSignals(True)
        self.platforms.set_values(post_filter.platforms)
        self.states.set_values(post_filter.states)
        self.campaigns.set_values(post_filter.campaign_ids)
        self.pillars.set_values(post_filter.pillar_ids)
        if self.with_dates:
            for check, edit, value, shift in (
                (self.from_check, self.from_date, post_filter.start, 0),
                (self.to_check, self.to_date, post_filter.end, -1),
            ):
                check.setChecked(value is not None)
                if value is not None:
                    day = value.astimezone(self.tz).date() + dt.timedelta(days=shift)
                    edit.setDate(QDate(day.year, day.month, day.day))
        self.blockSignals(False)
        self.changed.emit()

    def clear(self) -> None:
        self.set_filter(PostFilter())

    def _date_changed(self, _date: QDate) -> None:
        if self.from_check.isChecked() or self.to_check.isChecked():
            self._changed()

    def _changed(self) -> None:
        self.changed.emit()


def search_box(
    parent: QWidget, on_search: Callable[[], None], delay_ms: int, min_width: int
) -> tuple[QLineEdit, QTimer]:
    """A search field that calls ``on_search`` once typing pauses for ``delay_ms`` (and at once
    on Enter), with a clear button; returns the field and its timer (stop it on a reload)."""
    box = QLineEdit(parent)
    box.setClearButtonEnabled(True)
    box.setMinimumWidth(min_width)
    timer = QTimer(box)
    timer.setSingleShot(True)
    timer.setInterval(delay_ms)
    timer.timeout.connect(on_search)
    box.textChanged.connect(lambda _t: timer.start())
    box.returnPressed.connect(on_search)
    return box, timer
