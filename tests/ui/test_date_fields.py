"""Date and time fields keep their sections in the locale's order in a right-to-left window."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QWidget

from app.ui.i18n import keep_sections_in_order


@pytest.fixture
def arabic_window(qtbot):  # type: ignore[no-untyped-def]
    saved = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Arabic, QLocale.Country.Jordan))
    window = QWidget()
    window.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    qtbot.addWidget(window)
    yield window
    QLocale.setDefault(saved)


def test_a_plain_right_to_left_field_reverses_its_sections(arabic_window) -> None:  # type: ignore[no-untyped-def]
    # What the fix is for: Qt parses a right-to-left field's format back to front.
    edit = QDateTimeEdit(arabic_window)
    edit.setDisplayFormat(QLocale().dateTimeFormat(QLocale.FormatType.ShortFormat))
    edit.setDateTime(QDateTime(QDate(2026, 12, 3), QTime(10, 5)))
    assert "٠٥:١٠" in edit.text()


def test_time_reads_hours_then_minutes(arabic_window) -> None:  # type: ignore[no-untyped-def]
    edit = QDateTimeEdit(arabic_window)
    keep_sections_in_order(edit)
    edit.setDateTime(QDateTime(QDate(2026, 12, 3), QTime(10, 5)))
    assert "١٠:٠٥" in edit.text()
    assert edit.text().index("٣") < edit.text().index("٢٠٢٦")  # day first, as d/M/yyyy


def test_a_date_keeps_day_month_year(arabic_window) -> None:  # type: ignore[no-untyped-def]
    edit = QDateEdit(arabic_window)
    keep_sections_in_order(edit)
    edit.setDate(QDate(2026, 12, 3))
    assert edit.text().replace("\u200f", "") == "٣/١٢/٢٠٢٦"


def test_the_editor_schedule_and_the_inquiry_time_read_right(arabic_window) -> None:  # type: ignore[no-untyped-def]
    from app.ui.inquiries.dialog import DateTimeField

    zone = ZoneInfo("Asia/Amman")
    field = DateTimeField(zone, arabic_window)
    field.set_moment(dt.datetime(2026, 12, 3, 10, 5, tzinfo=zone))
    assert "١٠:٠٥" in field.text()
