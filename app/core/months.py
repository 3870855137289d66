"""Month and quarter arithmetic on dates: the first day of a month some months away, the first
day of a quarter. Pure; used by the calendar, the metrics, the report and the demo."""

from __future__ import annotations

import datetime as dt


def month_start(day: dt.date, add: int = 0) -> dt.date:
    """The first day of ``day``'s month, ``add`` months later (or earlier when negative)."""
    index = day.year * 12 + day.month - 1 + add
    return dt.date(index // 12, index % 12 + 1, 1)


def quarter_start(day: dt.date) -> dt.date:
    """The first day of ``day``'s quarter (January, April, July or October)."""
    return dt.date(day.year, (day.month - 1) // 3 * 3 + 1, 1)
