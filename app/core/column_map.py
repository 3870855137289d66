"""The column-mapping step (issue 8): a daily export whose format Bayan does not recognise is read
through a :class:`ColumnMapping` the officer confirms, naming the date column and which column holds
which of Bayan's daily figures. Pure: rows in, :class:`~app.core.analytics.ParsedExport` out.

:func:`guess_mapping` proposes the obvious matches by column name (Arabic and English, ignoring
case, spaces and Arabic diacritics); everything else is ignored until the officer says otherwise.
:func:`parse_with_mapping` validates like the other daily parsers (dates, whole non-negative
numbers, one row per day) and names every bad row by its 1-based number and column; one bad row
fails the whole file (:class:`~app.core.analytics.ImportFailed`). A field no column is mapped to
stays absent: nothing is invented.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from app.core.analytics import (
    DailyFigure,
    ImportFailed,
    ImportProblem,
    ParsedExport,
    _nonblank,
    _Row,
    cell_rows,
    parse_day,
    parse_number,
    text_rows,
)

DATE = "date"  # what the date column is mapped to in a ``--map`` argument
IGNORE = "ignore"
# The daily figures an import stores (the MonthlyMetric fields of the service's FIELDS).
MAPPABLE_FIELDS = (
    "views",
    "reach",
    "new_followers",
    "reactions",
    "comments",
    "shares",
    "saves",
    "clicks",
    "video_views",
)
FORMAT = "mapped"

_DIACRITICS = re.compile("[\u064b-\u065f\u0670\u0640]")  # harakat, dagger alef, tatweel
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٬", "01234567890123456789,")


def normalise(name: str) -> str:
    """A column name compared ignoring case, spacing, ``_``/``-``, Arabic diacritics, tatweel and
    the forms of alef."""
    text = _DIACRITICS.sub("", name.casefold())
    text = re.sub("[أإآٱ]", "ا", text).replace("ى", "ي")
    text = re.sub(r"[\s_\-:]+", " ", text)
    return text.strip()


_DATE_NAMES = ("date", "day", "date (utc)", "التاريخ", "تاريخ", "اليوم", "يوم")
_FIELD_NAMES: dict[str, tuple[str, ...]] = {
    "views": (
        "views",
        "impressions",
        "page views",
        "مرات الظهور",
        "الظهور",
        "المشاهدات",
        "مشاهدات",
        "عدد المشاهدات",
        "الانطباعات",
    ),
    "reach": (
        "reach",
        "accounts reached",
        "viewers",
        "الوصول",
        "مدى الوصول",
        "الحسابات التي تم الوصول اليها",
    ),
    "new_followers": (
        "new followers",
        "new follows",
        "follows",
        "followers gained",
        "new subscribers",
        "متابعون جدد",
        "متابعين جدد",
        "المتابعون الجدد",
        "المتابعين الجدد",
    ),
    "reactions": ("likes", "reactions", "الاعجابات", "اعجابات", "التفاعلات بالاعجاب", "ردود الفعل"),
    "comments": ("comments", "replies", "التعليقات", "تعليقات", "الردود"),
    "shares": ("shares", "reposts", "retweets", "المشاركات", "مشاركات", "اعادة النشر"),
    "saves": ("saves", "bookmarks", "favorites", "الحفظ", "مرات الحفظ", "المحفوظات"),
    "clicks": (
        "clicks",
        "link clicks",
        "total clicks",
        "النقرات",
        "نقرات",
        "نقرات الروابط",
        "النقرات على الرابط",
    ),
    "video_views": ("video views", "مشاهدات الفيديو", "مشاهدات الفيديوهات"),
}
_BY_NAME = {normalise(n): f for f, names in _FIELD_NAMES.items() for n in names}
_DATES = {normalise(n) for n in _DATE_NAMES}


@dataclass(frozen=True)
class ColumnMapping:
    """``date_column``: the header of the column holding the day; ``fields``: header -> one of
    :data:`MAPPABLE_FIELDS` (columns not named are ignored)."""

    date_column: str
    fields: dict[str, str] = field(default_factory=dict)

    def as_argument(self) -> str:
        """The mapping as ``bayan import-metrics --map`` takes it (``Date=date,Reach=reach``)."""
        pairs = [f"{self.date_column}={DATE}", *(f"{c}={f}" for c, f in self.fields.items())]
        return ",".join(pairs)

    @classmethod
    def from_argument(cls, text: str) -> ColumnMapping:
        """Read ``COLUMN=FIELD,…`` (a column name may hold commas, not ``=``); ``FIELD`` is
        ``date``, ``ignore`` or one of :data:`MAPPABLE_FIELDS`. Raises ValueError."""
        pairs = list(re.finditer(r"\s*([^=]+?)\s*=\s*([A-Za-z_]+)\s*(?:,|$)", text))
        if not pairs or "".join(m[0] for m in pairs) != text:
            raise ValueError(f"not COLUMN=FIELD,…: {text!r}")
        date_columns = [m[1] for m in pairs if m[2].lower() == DATE]
        if len(date_columns) != 1:
            raise ValueError(f"name exactly one column as {DATE} (got {len(date_columns)})")
        fields: dict[str, str] = {}
        for m in pairs:
            column, target = m[1], m[2].lower()
            if target in (DATE, IGNORE):
                continue
            if target not in MAPPABLE_FIELDS:
                known = ", ".join(MAPPABLE_FIELDS)
                raise ValueError(f"unknown field {m[2]!r} for {column!r} (one of: {known})")
            if column in fields:
                raise ValueError(f"column {column!r} named twice")
            fields[column] = target
        if not fields:
            raise ValueError("map at least one column to a field")
        return cls(date_columns[0], fields)


# --- tables ----------------------------------------------------------------------------------


def table_of_text(text: str) -> list[_Row]:
    """The non-blank rows of a CSV export's text (a ``sep=`` line and ``#`` lines skipped)."""
    rows, _comments = text_rows(text.removeprefix("\ufeff"))
    return _nonblank(rows)


def table_of_sheet(rows: Iterable[Sequence[object]], first_row: int = 1) -> list[_Row]:
    """The non-blank rows of a worksheet given as lists of cells."""
    return _nonblank(cell_rows(rows, first_row))


def _is_day(text: str) -> bool:
    try:
        _day(text)
    except ValueError:
        return False
    return True


def _day(text: str) -> dt.date:
    clean = text.translate(_DIGITS).strip()
    if re.fullmatch(r"\d{4}/\d{1,2}/\d{1,2}", clean):
        year, month, day = (int(p) for p in clean.split("/"))
        return dt.date(year, month, day)
    return parse_day(clean)


def header_index(rows: Sequence[_Row]) -> int:
    """Which of the first rows is the header: the first with two or more cells whose next row
    holds a day in some column (a note row above the header is skipped); else the first."""
    for index, row in enumerate(rows[:4]):
        if len([c for c in row.cells if c]) < 2 or index + 1 >= len(rows):
            continue
        if any(_is_day(c) for c in rows[index + 1].cells if c):
            return index
    return 0


def _as_rows(rows: Sequence[_Row] | Sequence[Sequence[object]]) -> list[_Row]:
    if all(isinstance(r, _Row) for r in rows):
        return _nonblank(list(rows))  # type: ignore[arg-type]
    return table_of_sheet(rows)  # type: ignore[arg-type]


# --- guessing --------------------------------------------------------------------------------


def guess_mapping(
    header: Sequence[str], sample: Iterable[Sequence[str]] = ()
) -> ColumnMapping | None:
    """The obvious mapping of ``header``: the date column by its name (or else the first column
    whose ``sample`` cells all read as days) and each field by its column's name, the first column
    of a name winning. None when no column looks like the date. Unknown columns are ignored."""
    names = [h.strip() for h in header]
    date_column = next((h for h in names if h and normalise(h) in _DATES), None)
    sample_rows = [list(r) for r in sample]
    if date_column is None and sample_rows:
        for index, name in enumerate(names):
            cells = [r[index] for r in sample_rows if index < len(r) and r[index]]
            if name and cells and all(_is_day(c) for c in cells):
                date_column = name
                break
    if date_column is None:
        return None
    fields: dict[str, str] = {}
    for name in names:
        if not name or name == date_column or name in fields:
            continue
        key = normalise(name)
        target = _BY_NAME.get(key) or _BY_NAME.get(re.sub(r"\s*\(.*\)$", "", key))
        if target and target not in fields.values():
            fields[name] = target
    return ColumnMapping(date_column, fields)


def guess_for_rows(
    rows: Sequence[_Row] | Sequence[Sequence[object]],
) -> tuple[list[str], ColumnMapping | None]:
    """The header of a table (see :func:`header_index`) and the proposed mapping for it."""
    table = _as_rows(rows)
    if not table:
        return [], None
    start = header_index(table)
    header = table[start].cells
    sample = [r.cells for r in table[start + 1 : start + 6]]
    return [h for h in header if h], guess_mapping(header, sample)


# --- parsing ---------------------------------------------------------------------------------


def parse_with_mapping(
    rows: Sequence[_Row] | Sequence[Sequence[object]], mapping: ColumnMapping
) -> ParsedExport:
    """Daily figures of a table read through ``mapping`` (raises :class:`ImportFailed` naming
    every bad row by number and column; nothing is returned then)."""
    table = _as_rows(rows)
    if not table:
        raise ImportFailed([ImportProblem(0, "", "the file holds no rows")])
    start = header_index(table)
    header_row = table[start]
    header = [c.strip() for c in header_row.cells]
    problems: list[ImportProblem] = []
    wanted = [mapping.date_column, *mapping.fields]
    for column in wanted:
        if column not in header:
            problems.append(ImportProblem(header_row.number, column, "no such column in the file"))
    for column, target in mapping.fields.items():
        if target not in MAPPABLE_FIELDS:
            problems.append(ImportProblem(0, column, f"not a figure Bayan keeps: {target!r}"))
    if not mapping.fields:
        problems.append(ImportProblem(0, "", "map at least one column to a Bayan field"))
    if problems:
        raise ImportFailed(problems)
    date_index = header.index(mapping.date_column)
    columns = {header.index(c): f for c, f in mapping.fields.items()}
    figures: list[DailyFigure] = []
    seen: dict[dt.date, int] = {}
    for r in table[start + 1 :]:
        cells = r.cells
        raw_day = cells[date_index] if date_index < len(cells) else ""
        try:
            day = _day(raw_day)
        except ValueError as exc:
            problems.append(ImportProblem(r.number, mapping.date_column, str(exc)))
            continue
        if day in seen:
            message = f"{day} again (already on row {seen[day]})"
            problems.append(ImportProblem(r.number, mapping.date_column, message))
            continue
        seen[day] = r.number
        values: dict[str, int] = {}  # two columns mapped to one field add up
        for index, target in columns.items():
            raw = cells[index] if index < len(cells) else ""
            try:
                value = parse_number(raw.translate(_DIGITS))
            except ValueError as exc:
                problems.append(ImportProblem(r.number, header[index], str(exc)))
                continue
            if value is None:
                continue
            if value < 0:
                problems.append(ImportProblem(r.number, header[index], "negative figure"))
                continue
            values[target] = values.get(target, 0) + value
        figures.extend(DailyFigure(day, f, v) for f, v in values.items())
    if problems:
        raise ImportFailed(problems)
    out = ParsedExport(FORMAT, daily=figures)
    if seen:
        out.first_day, out.last_day = min(seen), max(seen)
    return out
