"""Repeat a post: daily, weekly, monthly or on chosen weekdays, until a date or for a number of
posts. The dialog shows how many posts the rule makes, and the first and last of them, before the
officer confirms."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core.recurrence import MAX_OCCURRENCES, Recurrence, occurrences
from app.ui import theme
from app.ui.i18n import Retranslating, keep_sections_in_order


class RecurrenceDialog(Retranslating, QDialog):
    """Asks for a :class:`Recurrence` for a post first scheduled at ``first`` (aware)."""

    def __init__(self, first: dt.datetime, timezone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = first
        self.timezone = timezone
        self.rule: Recurrence | None = None
        local_first = first.astimezone(_zone(timezone))

        self.freq = QComboBox(self)
        for code in ("daily", "weekly", "monthly", "weekdays"):
            self.freq.addItem(code, code)
        self.interval = QSpinBox(self)
        self.interval.setRange(1, 52)
        self.weekday_box = QWidget(self)
        grid = QGridLayout(self.weekday_box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.weekdays: list[QCheckBox] = []
        for _weekday in range(7):  # 0 = Monday, as app.core.recurrence counts
            self.weekdays.append(QCheckBox(self.weekday_box))
        # Shown from the locale's first day of the week (Saturday or Sunday in Arabic locales).
        first_day = QLocale().firstDayOfWeek().value - 1
        for position in range(7):
            grid.addWidget(self.weekdays[(first_day + position) % 7], position // 4, position % 4)
        self.weekdays[local_first.weekday()].setChecked(True)

        self.by_date = QRadioButton(self)
        self.by_count = QRadioButton(self)
        self.end_group = QButtonGroup(self)
        self.end_group.addButton(self.by_date)
        self.end_group.addButton(self.by_count)
        self.until = QDateEdit(self)
        keep_sections_in_order(self.until)
        self.until.setCalendarPopup(True)
        first_day = QDate(local_first.year, local_first.month, local_first.day)
        self.until.setMinimumDate(first_day)
        self.until.setDate(first_day.addMonths(1))
        self.count = QSpinBox(self)
        self.count.setRange(1, MAX_OCCURRENCES)
        self.count.setValue(4)
        self.by_count.setChecked(True)

        self.freq_label = QLabel(self)
        self.freq_label.setBuddy(self.freq)
        self.interval_label = QLabel(self)
        self.interval_label.setBuddy(self.interval)
        self.weekday_label = QLabel(self)
        form = QFormLayout()
        form.addRow(self.freq_label, self.freq)
        form.addRow(self.interval_label, self.interval)
        form.addRow(self.weekday_label, self.weekday_box)
        end_date_row = QHBoxLayout()
        end_date_row.addWidget(self.by_date)
        end_date_row.addWidget(self.until, 1)
        end_count_row = QHBoxLayout()
        end_count_row.addWidget(self.by_count)
        end_count_row.addWidget(self.count, 1)
        self.end_label = QLabel(self)
        form.addRow(self.end_label, end_date_row)
        form.addRow("", end_count_row)

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)

        for signal in (
            self.freq.currentIndexChanged,
            self.interval.valueChanged,
            self.until.dateChanged,
            self.count.valueChanged,
            self.by_date.toggled,
            *(box.toggled for box in self.weekdays),
        ):
            signal.connect(self._update)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Repeat this post"))
        names = {
            "daily": self.tr("Every day"),
            "weekly": self.tr("Every week"),
            "monthly": self.tr("Every month"),
            "weekdays": self.tr("On chosen weekdays"),
        }
        for index in range(self.freq.count()):
            self.freq.setItemText(index, names[self.freq.itemData(index)])
        self.freq_label.setText(self.tr("&Repeat:"))
        self.interval_label.setText(self.tr("E&very (days, weeks or months):"))
        self.weekday_label.setText(self.tr("Weekdays:"))
        locale = QLocale()
        for weekday, box in enumerate(self.weekdays):
            box.setText(locale.dayName(weekday + 1, QLocale.FormatType.LongFormat))
        self.end_label.setText(self.tr("Ends:"))
        self.by_date.setText(self.tr("&On the date"))
        self.by_count.setText(self.tr("After this &number of posts"))
        self._update()

    def chosen_weekdays(self) -> tuple[int, ...]:
        return tuple(i for i, box in enumerate(self.weekdays) if box.isChecked())

    def _candidate(self) -> Recurrence:
        freq = self.freq.currentData()
        weekdays = self.chosen_weekdays() if freq in ("weekly", "weekdays") else ()
        if self.by_date.isChecked():
            qdate = self.until.date()
            return Recurrence(
                freq,
                self.interval.value(),
                weekdays,
                dt.date(qdate.year(), qdate.month(), qdate.day()),
                None,
            )
        return Recurrence(freq, self.interval.value(), weekdays, None, self.count.value())

    def _update(self) -> None:
        freq = self.freq.currentData()
        self.weekday_box.setEnabled(freq in ("weekly", "weekdays"))
        self.until.setEnabled(self.by_date.isChecked())
        self.count.setEnabled(self.by_count.isChecked())
        ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        rule = self._candidate()
        problem = ""
        dates: list[dt.datetime] = []
        if freq == "weekdays" and not rule.weekdays:
            problem = self.tr("Choose at least one weekday.")
        else:
            try:
                dates = occurrences(self.first, rule, self.timezone)
            except ValueError:
                problem = self.tr(
                    "This repetition makes more than %1 posts: choose an earlier end date or a "
                    "number of posts."
                ).replace("%1", QLocale().toString(MAX_OCCURRENCES))
        theme.error_text(self.summary, bool(problem))
        if problem:
            self.summary.setText(problem)
            self.rule = None
        else:
            locale = QLocale()
            first = dates[0].date()
            last = dates[-1].date()
            self.summary.setText(
                self.tr("Posts in all: %1, from %2 to %3.")
                .replace("%1", locale.toString(len(dates)))
                .replace("%2", _long_date(first))
                .replace("%3", _long_date(last))
            )
            self.rule = rule.validated()
        if ok_button is not None:
            ok_button.setEnabled(self.rule is not None)
            ok_button.setToolTip(problem)


def _long_date(day: dt.date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def _zone(name: str):  # type: ignore[no-untyped-def]
    from zoneinfo import ZoneInfo

    return ZoneInfo(name)
