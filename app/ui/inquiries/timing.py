"""Words for the inquiry log's times: durations in office or calendar hours, local date-times,
and the line saying where an inquiry stands against its first-response target.

Shared by the inquiry page and the inquiry log's dialogs; every text goes through Qt's translations
(context "InquiryTiming").
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

_MINUTE = 60
_HOUR = 3600
_DAY = 86400


def _number(value: int) -> str:
    return QLocale().toString(value)


def duration_text(delta: dt.timedelta, *, days: bool = False) -> str:
    """``delta`` (its size; the sign is the caller's) as "3 h 20 min", "45 min", "12 h" (whole
    hours, and from 100 hours on without the minutes), or with ``days`` (calendar time) from
    two days on "3 d 4 h". Office time is never put in days: an office day is not 24 hours."""
    seconds = abs(int(delta.total_seconds()))
    if seconds < _MINUTE:
        return QCoreApplication.translate("InquiryTiming", "less than a minute")
    if days and seconds >= 2 * _DAY:
        whole_days, rest = divmod(seconds, _DAY)
        hours = rest // _HOUR
        if not hours:
            return QCoreApplication.translate("InquiryTiming", "%1 d").replace(
                "%1", _number(whole_days)
            )
        return (
            QCoreApplication.translate("InquiryTiming", "%1 d %2 h")
            .replace("%1", _number(whole_days))
            .replace("%2", _number(hours))
        )
    hours, rest = divmod(seconds, _HOUR)
    minutes = rest // _MINUTE
    if hours >= 100 or (hours and not minutes):
        return QCoreApplication.translate("InquiryTiming", "%1 h").replace("%1", _number(hours))
    if not hours:
        return QCoreApplication.translate("InquiryTiming", "%1 min").replace("%1", _number(minutes))
    return (
        QCoreApplication.translate("InquiryTiming", "%1 h %2 min")
        .replace("%1", _number(hours))
        .replace("%2", _number(minutes))
    )


def office_hours_text(delta: dt.timedelta) -> str:
    """Such as "3 h 20 min in office hours"."""
    return QCoreApplication.translate("InquiryTiming", "%1 in office hours").replace(
        "%1", duration_text(delta)
    )


def calendar_hours_text(delta: dt.timedelta) -> str:
    """Such as "2 d 4 h in calendar time"."""
    return QCoreApplication.translate("InquiryTiming", "%1 in calendar time").replace(
        "%1", duration_text(delta, days=True)
    )


def local_text(
    moment: dt.datetime | None,
    zone: dt.tzinfo,
    cache: dict[Any, str] | None = None,
    *,
    compact: bool = False,
) -> str:
    """``moment`` on the workspace's wall clock: "Tue 24 Nov 2026  10:05"; "" for None.
    ``compact`` (a table column): in Arabic, whose month names have no short forms ("تشرين
    الثاني"), the month as a number, as the dashboard does."""
    if moment is None:
        return ""
    if cache is not None:
        found = cache.get(moment)
        if found is not None:
            return found
    local = moment.astimezone(zone)
    locale = QLocale()
    pattern = "ddd d MMM yyyy"
    if compact and locale.language() == QLocale.Language.Arabic:
        pattern = "ddd d/M/yyyy"
    day = locale.toString(QDate(local.year, local.month, local.day), pattern)
    clock = locale.toString(QTime(local.hour, local.minute), "hh:mm")
    text = f"{day}  {clock}"
    if cache is not None:
        cache[moment] = text
    return text


def local_date_time(moment: dt.datetime, timezone: str, *, time: bool = True) -> str:
    """A stored UTC time on the workspace's wall clock in the UI's locale, the month named (as
    the inquiry page shows times): "28 Oct 2025  11:32"."""
    local = moment.astimezone(ZoneInfo(timezone))
    locale = QLocale()
    day = locale.toString(QDate(local.year, local.month, local.day), "d MMM yyyy")
    if not time:
        return day
    return f"{day}  {locale.toString(QTime(local.hour, local.minute), 'hh:mm')}"


def time_left_text(office_left: dt.timedelta | None, calendar_left: dt.timedelta | None) -> str:
    """The queue's cell for an inquiry awaiting a first response: "5 h 20 min left" or
    "Overdue by 2 h" (office hours; the column header says so), "" when no deadline runs."""
    if calendar_left is None:
        return ""
    if calendar_left < dt.timedelta(0):
        office = office_left or dt.timedelta(0)
        if office >= dt.timedelta(0) or abs(office) < dt.timedelta(minutes=1):
            # Passed outside office hours: no office time has gone by since.
            return QCoreApplication.translate("InquiryTiming", "Overdue")
        return QCoreApplication.translate("InquiryTiming", "Overdue by %1").replace(
            "%1", duration_text(office)
        )
    return QCoreApplication.translate("InquiryTiming", "%1 left").replace(
        "%1", duration_text(office_left or dt.timedelta(0))
    )


def target_text(target: dt.timedelta) -> str:
    """Such as "24 office hours"."""
    hours = target.total_seconds() / _HOUR
    shown = QLocale().toString(hours, "g", 4) if hours != int(hours) else _number(int(hours))
    return QCoreApplication.translate("InquiryTiming", "%1 office hours").replace("%1", shown)
