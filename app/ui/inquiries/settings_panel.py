"""The inquiry log's settings, in Settings (SPEC §5): first-response targets per kind in office
hours, the working week, the public holidays and how long inquirers' names and contacts are kept.

Targets, the week and the retention period are saved together with "Save": every value is
checked first with the service's own rules, and when one is refused the panel says which and
why, and nothing is stored. Holidays are a list of their own: adding or removing one takes
effect at once. The panel also opens the two personal-data dialogs (anonymising what is past
the retention period, a person's request).
"""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.core import inquiries as rules
from app.core.domain import InquiryKind
from app.core.office_hours import check_office_week, format_time
from app.errors import BayanError
from app.ui import labels, theme
from app.ui.i18n import Retranslating, keep_sections_in_order, ltr

KINDS: tuple[str, ...] = tuple(kind.value for kind in InquiryKind)
DAY_ROLE = Qt.ItemDataRole.UserRole + 1


def python_weekday(qt_day: int) -> int:
    """Qt's day of the week (1 Monday … 7 Sunday) as Python's (0 Monday … 6 Sunday)."""
    return qt_day - 1


def locale_week(locale: QLocale | None = None) -> list[int]:
    """Python weekday numbers of the seven days, from the locale's first day of the week
    (Saturday in Jordan, Monday in Britain)."""
    first = (locale or QLocale()).firstDayOfWeek().value
    return [python_weekday((first - 1 + i) % 7 + 1) for i in range(7)]


def day_name(weekday: int, locale: QLocale | None = None) -> str:
    return (locale or QLocale()).dayName(weekday + 1, QLocale.FormatType.LongFormat)


def holiday_date_text(day: dt.date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM yyyy")


class InquirySettingsPanel(Retranslating, QWidget):
    """``changed`` is emitted after anything stored (targets, week, retention, holidays): the
    queue's deadlines follow."""

    changed = Signal()

    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.service = context.inquiries()
        self.holidays: list[Any] = []

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        theme.muted(self.intro)

        # First-response targets, one per kind, in office hours.
        self.targets_box = QGroupBox(self)
        self.targets_hint = QLabel(self.targets_box)
        self.targets_hint.setWordWrap(True)
        theme.muted(self.targets_hint)
        self.target_spins: dict[str, QDoubleSpinBox] = {}
        self.target_labels: dict[str, QLabel] = {}
        targets_form = QFormLayout()
        for kind in KINDS:
            spin = QDoubleSpinBox(self.targets_box)
            spin.setObjectName(f"target_{kind}")
            spin.setDecimals(2)
            spin.setRange(rules.MIN_TARGET_HOURS, rules.MAX_TARGET_HOURS)
            spin.setSingleStep(1.0)
            spin.setAlignment(Qt.AlignmentFlag.AlignRight)
            label = QLabel(self.targets_box)
            label.setBuddy(spin)
            self.target_spins[kind] = spin
            self.target_labels[kind] = label
            targets_form.addRow(label, spin)
        targets_layout = QVBoxLayout(self.targets_box)
        targets_layout.addWidget(self.targets_hint)
        targets_layout.addLayout(targets_form)
        targets_layout.addStretch(1)

        # The working week: the days in the locale's order, the opening and closing time.
        self.week_box = QGroupBox(self)
        self.day_checks: dict[int, QCheckBox] = {}
        for weekday in range(7):
            check = QCheckBox(self.week_box)
            check.setObjectName(f"workday_{weekday}")
            self.day_checks[weekday] = check
        self.days_grid = QGridLayout()
        self.start_edit = QTimeEdit(self.week_box)
        self.end_edit = QTimeEdit(self.week_box)
        for edit in (self.start_edit, self.end_edit):
            keep_sections_in_order(edit, "HH:mm")  # 08:00 must not read 00:08 in Arabic
        self.start_label = QLabel(self.week_box)
        self.start_label.setBuddy(self.start_edit)
        self.end_label = QLabel(self.week_box)
        self.end_label.setBuddy(self.end_edit)
        hours_row = QHBoxLayout()
        hours_row.addWidget(self.start_label)
        hours_row.addWidget(self.start_edit)
        hours_row.addSpacing(16)
        hours_row.addWidget(self.end_label)
        hours_row.addWidget(self.end_edit)
        hours_row.addStretch(1)
        self.days_label = QLabel(self.week_box)
        week_layout = QVBoxLayout(self.week_box)
        week_layout.addWidget(self.days_label)
        week_layout.addLayout(self.days_grid)
        week_layout.addLayout(hours_row)

        # Personal data: the retention period and the two dialogs.
        self.privacy_box = QGroupBox(self)
        self.privacy_hint = QLabel(self.privacy_box)
        self.privacy_hint.setWordWrap(True)
        theme.muted(self.privacy_hint)
        self.retention_spin = QSpinBox(self.privacy_box)
        self.retention_spin.setObjectName("retentionMonths")
        self.retention_spin.setRange(rules.MIN_RETENTION_MONTHS, rules.MAX_RETENTION_MONTHS)
        self.retention_label = QLabel(self.privacy_box)
        self.retention_label.setBuddy(self.retention_spin)
        retention_row = QHBoxLayout()
        retention_row.addWidget(self.retention_label)
        retention_row.addWidget(self.retention_spin)
        retention_row.addStretch(1)
        self.retention_button = QPushButton(self.privacy_box)
        self.retention_button.clicked.connect(self.open_retention)
        self.person_button = QPushButton(self.privacy_box)
        self.person_button.clicked.connect(self.open_person_request)
        privacy_buttons = QHBoxLayout()
        privacy_buttons.addWidget(self.retention_button)
        privacy_buttons.addWidget(self.person_button)
        privacy_buttons.addStretch(1)
        privacy_layout = QVBoxLayout(self.privacy_box)
        privacy_layout.addLayout(retention_row)
        privacy_layout.addWidget(self.privacy_hint)
        privacy_layout.addLayout(privacy_buttons)

        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveInquirySettings")
        self.save_button.clicked.connect(self.save)
        self.defaults_button = QPushButton(self)
        self.defaults_button.clicked.connect(self.restore_defaults)
        self.message = QLabel(self)
        self.message.setObjectName("inquirySettingsMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        save_row = QHBoxLayout()
        save_row.addWidget(self.message, 1)
        save_row.addWidget(self.defaults_button)
        save_row.addWidget(self.save_button)

        # Public holidays: no office time is counted on them.
        self.holidays_box = QGroupBox(self)
        self.holidays_hint = QLabel(self.holidays_box)
        self.holidays_hint.setWordWrap(True)
        theme.muted(self.holidays_hint)
        self.holiday_table = QTableWidget(0, 3, self.holidays_box)
        self.holiday_table.setObjectName("holidaysTable")
        self.holiday_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.holiday_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.holiday_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.holiday_table.setTabKeyNavigation(False)
        self.holiday_table.verticalHeader().setVisible(False)
        self.holiday_table.setWordWrap(False)
        header = self.holiday_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.holiday_table.setFixedHeight(200)
        self.holiday_table.currentCellChanged.connect(lambda *_: self._update_buttons())
        self.remove_holiday_button = QPushButton(self.holidays_box)
        self.remove_holiday_button.clicked.connect(self.remove_holiday)
        self.holiday_date = QDateEdit(self.holidays_box)
        self.holiday_date.setCalendarPopup(True)
        keep_sections_in_order(self.holiday_date, "d MMMM yyyy")
        self.holiday_date.setDate(QDate.currentDate())
        self.holiday_ar = QLineEdit(self.holidays_box)
        self.holiday_ar.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.holiday_en = QLineEdit(self.holidays_box)
        self.holiday_en.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.holiday_date_label = QLabel(self.holidays_box)
        self.holiday_date_label.setBuddy(self.holiday_date)
        self.holiday_ar_label = QLabel(self.holidays_box)
        self.holiday_ar_label.setBuddy(self.holiday_ar)
        self.holiday_en_label = QLabel(self.holidays_box)
        self.holiday_en_label.setBuddy(self.holiday_en)
        self.add_holiday_button = QPushButton(self.holidays_box)
        self.add_holiday_button.clicked.connect(self.add_holiday)
        self.holiday_ar.returnPressed.connect(self.add_holiday)
        self.holiday_en.returnPressed.connect(self.add_holiday)
        add_row = QHBoxLayout()
        add_row.addWidget(self.holiday_date_label)
        add_row.addWidget(self.holiday_date)
        add_row.addWidget(self.holiday_ar_label)
        add_row.addWidget(self.holiday_ar, 1)
        add_row.addWidget(self.holiday_en_label)
        add_row.addWidget(self.holiday_en, 1)
        add_row.addWidget(self.add_holiday_button)
        self.holiday_message = QLabel(self.holidays_box)
        self.holiday_message.setObjectName("holidayMessage")
        self.holiday_message.setWordWrap(True)
        holiday_buttons = QHBoxLayout()
        holiday_buttons.addWidget(self.holiday_message, 1)
        holiday_buttons.addWidget(self.remove_holiday_button)
        holidays_layout = QVBoxLayout(self.holidays_box)
        holidays_layout.addWidget(self.holidays_hint)
        holidays_layout.addWidget(self.holiday_table)
        holidays_layout.addLayout(holiday_buttons)
        holidays_layout.addLayout(add_row)

        right = QVBoxLayout()
        right.addWidget(self.week_box)
        right.addWidget(self.privacy_box)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addWidget(self.targets_box, 1)
        columns.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addLayout(columns)
        layout.addLayout(save_row)
        layout.addWidget(self.holidays_box)

        self.retranslate()
        self.reload()

    # --- reading ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Show what is stored (unsaved edits are dropped)."""
        targets = self.service.targets()
        hours = rules.target_hours(targets)
        for kind, spin in self.target_spins.items():
            spin.setValue(hours.get(kind, rules.DEFAULT_TARGET_HOURS[kind]))
        week = self.service.office_week()
        self.show_week(week.workdays, week.start, week.end)
        self.retention_spin.setValue(self.service.retention_months())
        self.reload_holidays()

    def show_week(self, workdays: Any, start: dt.time, end: dt.time) -> None:
        for weekday, check in self.day_checks.items():
            check.setChecked(weekday in workdays)
        self.start_edit.setTime(QTime(start.hour, start.minute))
        self.end_edit.setTime(QTime(end.hour, end.minute))

    def reload_holidays(self, select: dt.date | None = None) -> None:
        current = self.current_holiday()
        if select is None and current is not None:
            select = current.day
        self.holidays = list(self.service.holidays())
        self.fill_holidays()
        if not self.holidays:
            self._update_buttons()
            return
        if select is None:  # the next holiday to come, else the last one
            today = dt.date.today()
            select = next((h.day for h in self.holidays if h.day >= today), self.holidays[-1].day)
        row = next((i for i, h in enumerate(self.holidays) if h.day == select), 0)
        self.holiday_table.setCurrentCell(row, 0)
        self.holiday_table.scrollToItem(
            self.holiday_table.item(row, 0), QAbstractItemView.ScrollHint.PositionAtCenter
        )
        self._update_buttons()

    def fill_holidays(self) -> None:
        table = self.holiday_table
        table.blockSignals(True)
        table.setRowCount(len(self.holidays))
        for row, holiday in enumerate(self.holidays):
            cells = (holiday_date_text(holiday.day), holiday.name_ar, holiday.name_en)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text or "—")
                item.setToolTip(text)
                if column == 0:
                    item.setData(DAY_ROLE, holiday.day.isoformat())
                if column == 1:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight
                        | Qt.AlignmentFlag.AlignAbsolute
                        | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(row, column, item)
        table.blockSignals(False)

    def current_holiday(self) -> Any | None:
        row = self.holiday_table.currentRow()
        return self.holidays[row] if 0 <= row < len(self.holidays) else None

    def _update_buttons(self) -> None:
        self.remove_holiday_button.setEnabled(self.current_holiday() is not None)

    # --- what the form holds ----------------------------------------------------------------

    def target_values(self) -> dict[str, float]:
        return {kind: round(spin.value(), 2) for kind, spin in self.target_spins.items()}

    def workdays(self) -> list[int]:
        return sorted(day for day, check in self.day_checks.items() if check.isChecked())

    def opening(self) -> dt.time:
        value = self.start_edit.time()
        return dt.time(value.hour(), value.minute())

    def closing(self) -> dt.time:
        value = self.end_edit.time()
        return dt.time(value.hour(), value.minute())

    def problem(self) -> tuple[str, QWidget] | None:
        """The first value the service would refuse, said in words, and where it is."""
        for kind, hours in self.target_values().items():
            try:
                rules.check_target_hours(kind, hours)
            except ValueError:
                return (
                    self.tr("The target for “%1” must be between %2 and %3 office hours.")
                    .replace("%1", labels.inquiry_kind(kind))
                    .replace("%2", QLocale().toString(rules.MIN_TARGET_HOURS, "g", 3))
                    .replace("%3", QLocale().toString(rules.MAX_TARGET_HOURS, "f", 0)),
                    self.target_spins[kind],
                )
        days, start, end = self.workdays(), self.opening(), self.closing()
        if not days:
            return (
                self.tr("Tick at least one working day: the office must be open on some day."),
                self.day_checks[locale_week()[0]],
            )
        try:
            check_office_week(days, start, end)
        except ValueError as exc:
            if end <= start:
                return (
                    self.tr("The closing time %1 is not after the opening time %2.")
                    .replace("%1", ltr(_clock(end)))
                    .replace("%2", ltr(_clock(start))),
                    self.end_edit,
                )
            return self.tr("The working week was refused: %1").replace("%1", ltr(str(exc))), (
                self.start_edit
            )
        try:
            rules.check_retention_months(self.retention_spin.value())
        except ValueError:
            return (
                self.tr("The retention period must be between %1 and %2 months.")
                .replace("%1", QLocale().toString(rules.MIN_RETENTION_MONTHS))
                .replace("%2", QLocale().toString(rules.MAX_RETENTION_MONTHS)),
                self.retention_spin,
            )
        return None

    # --- actions (dialogs go through run_dialog, which tests replace) ------------------------

    def save(self) -> bool:
        """Store targets, week and retention period, all or nothing."""
        found = self.problem()
        if found is not None:
            text, widget = found
            self.say(text + " " + self.tr("Nothing was saved."), error=True)
            widget.setFocus()
            return False
        try:
            self.service.set_targets(self.target_values())
            self.service.set_office_week(self.workdays(), self.opening(), self.closing())
            self.service.set_retention_months(self.retention_spin.value())
        except (ValueError, BayanError) as exc:  # the checks above are the service's own
            self.say(self.refused_text(exc), error=True)
            self.reload()
            return False
        self.reload()
        self.say(self.tr("Response-time targets, working week and retention period saved."))
        self.changed.emit()
        return True

    def restore_defaults(self) -> None:
        """Put the defaults in the form; they are stored with Save."""
        for kind, spin in self.target_spins.items():
            spin.setValue(rules.DEFAULT_TARGET_HOURS[kind])
        from app.core.office_hours import OfficeWeek

        week = OfficeWeek()
        self.show_week(week.workdays, week.start, week.end)
        self.retention_spin.setValue(rules.DEFAULT_RETENTION_MONTHS)
        self.say(self.tr("The defaults are in the form: press Save to keep them."))

    def add_holiday(self) -> bool:
        value = self.holiday_date.date()
        day = dt.date(value.year(), value.month(), value.day())
        name_ar, name_en = self.holiday_ar.text().strip(), self.holiday_en.text().strip()
        if not name_ar and not name_en:
            self.say_holiday(self.tr("Give the holiday a name, in Arabic or in English."), True)
            self.holiday_ar.setFocus()
            return False
        known = any(h.day == day for h in self.holidays)
        try:
            self.service.set_holiday(day, name_ar, name_en)
        except (ValueError, BayanError) as exc:
            self.say_holiday(self.refused_text(exc), True)
            return False
        self.holiday_ar.clear()
        self.holiday_en.clear()
        self.reload_holidays(day)
        text = (
            self.tr("The holiday on %1 was renamed.")
            if known
            else self.tr("%1 added: no office time is counted on that day.")
        )
        self.say_holiday(text.replace("%1", holiday_date_text(day)))
        self.changed.emit()
        return True

    def remove_holiday(self) -> bool:
        holiday = self.current_holiday()
        if holiday is None:
            return False
        try:
            self.service.remove_holiday(holiday.day)
        except (ValueError, BayanError) as exc:
            self.say_holiday(self.refused_text(exc), True)
            return False
        row = self.holiday_table.currentRow()
        self.reload_holidays()
        if self.holidays:
            self.holiday_table.setCurrentCell(min(row, len(self.holidays) - 1), 0)
        self.say_holiday(
            self.tr("%1 is no longer a holiday: office time is counted on it.").replace(
                "%1", holiday_date_text(holiday.day)
            )
        )
        self.changed.emit()
        return True

    def open_retention(self) -> None:
        from app.ui.inquiries.retention import RetentionDialog

        dialog = RetentionDialog(self.context, self)
        self.run_dialog(dialog)
        dialog.deleteLater()

    def open_person_request(self) -> None:
        from app.ui.inquiries.person import PersonRequestDialog

        dialog = PersonRequestDialog(self.context, self)
        self.run_dialog(dialog)
        dialog.deleteLater()

    def run_dialog(self, dialog: QDialog) -> int:
        return int(dialog.exec())

    def refused_text(self, error: BaseException) -> str:
        return self.tr("Not accepted: %1").replace("%1", ltr(str(error)))

    def say(self, text: str, error: bool = False) -> None:
        theme.show_message(self.message, text, error, show=False)

    def say_holiday(self, text: str, error: bool = False) -> None:
        theme.show_message(self.holiday_message, text, error, show=False)

    # --- language --------------------------------------------------------------------------

    def arrange_days(self) -> None:
        """The day boxes in the locale's order, named in its language, tabbed in that order."""
        for check in self.day_checks.values():
            self.days_grid.removeWidget(check)
        order = locale_week()
        for index, weekday in enumerate(order):
            check = self.day_checks[weekday]
            check.setText(day_name(weekday))
            self.days_grid.addWidget(check, index // 4, index % 4)
        for before, after in itertools.pairwise(order):
            QWidget.setTabOrder(self.day_checks[before], self.day_checks[after])
        QWidget.setTabOrder(self.day_checks[order[-1]], self.start_edit)

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "How quickly the public should hear back, counted in office hours, and how long "
                "inquirers' names and contacts are kept."
            )
        )
        self.targets_box.setTitle(self.tr("First-response targets"))
        self.targets_hint.setText(self.tr("Office hours from receipt to the first response."))
        for kind, label in self.target_labels.items():
            name = labels.inquiry_kind(kind)
            label.setText(self.tr("%1:").replace("%1", name))
            self.target_spins[kind].setAccessibleName(
                self.tr("Target for %1, in office hours").replace("%1", name)
            )
        self.week_box.setTitle(self.tr("Working week"))
        self.days_label.setText(self.tr("Office days:"))
        self.arrange_days()
        self.start_label.setText(self.tr("Open&s at:"))
        self.end_label.setText(self.tr("&Closes at:"))
        self.start_edit.setAccessibleName(self.tr("Opening time"))
        self.end_edit.setAccessibleName(self.tr("Closing time"))
        self.privacy_box.setTitle(self.tr("Personal data"))
        self.retention_label.setText(self.tr("&Keep names and contacts for (months):"))
        self.retention_spin.setAccessibleName(self.tr("Retention period in months"))
        self.privacy_hint.setText(
            self.tr(
                "After this period the name and contact of an inquirer are anonymised, once "
                "you have seen the list and confirmed (Personal Data Protection Law No. 24 of "
                "2023). The statistics of those inquiries remain."
            )
        )
        self.retention_button.setText(self.tr("Anon&ymise old records…"))
        self.retention_button.setToolTip(
            self.tr("See which inquiries are past the retention period and anonymise them")
        )
        self.person_button.setText(self.tr("A person’s req&uest…"))
        self.person_button.setToolTip(
            self.tr("Find a person's records to export them or erase them on request")
        )
        self.save_button.setText(self.tr("Save in&quiry settings"))
        self.defaults_button.setText(self.tr("De&faults"))
        self.defaults_button.setToolTip(
            self.tr("Put the default targets, week and retention period in the form")
        )
        self.holidays_box.setTitle(self.tr("Public holidays"))
        self.holidays_hint.setText(
            self.tr(
                "No office time is counted on these days. Adding or removing a holiday takes "
                "effect at once."
            )
        )
        self.holiday_table.setAccessibleName(self.tr("Public holidays"))
        self.holiday_table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Name in Arabic"), self.tr("Name in English")]
        )
        self.holiday_date_label.setText(self.tr("&Date:"))
        self.holiday_ar_label.setText(self.tr("Ara&bic name:"))
        self.holiday_en_label.setText(self.tr("En&glish name:"))
        self.holiday_date.setAccessibleName(self.tr("Date of the new holiday"))
        self.holiday_ar.setAccessibleName(self.tr("Arabic name of the new holiday"))
        self.holiday_en.setAccessibleName(self.tr("English name of the new holiday"))
        self.add_holiday_button.setText(self.tr("Add &holiday"))
        self.remove_holiday_button.setText(self.tr("Remove hol&iday"))
        if self.holidays:
            self.fill_holidays()


def _clock(value: dt.time) -> str:
    return QLocale().toString(QTime(value.hour, value.minute), "hh:mm") or format_time(value)
