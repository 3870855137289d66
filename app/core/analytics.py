"""Parsing the platforms' analytics exports (issue 8, ``../shared/NOTES.md``): pure functions on
text or rows already read (reading files and decoding them is :mod:`app.services.analytics_import`).

Each export gives *daily* figures (:class:`DailyFigure`) or *per-post lifetime* figures
(:class:`PostFigure`), kept apart. Metric names used here:

- ``views`` (Meta's older "impressions" map onto it), ``reach``, ``reactions``, ``comments``,
  ``shares``, ``saves``, ``clicks``, ``video_views``, ``engagements`` (a platform's own total of
  interactions), ``profile_visits``;
- ``new_followers``: daily gains (Meta "Follows", LinkedIn "Total followers", X "New follows");
- ``net_followers``: daily net changes (X new follows minus unfollows, YouTube "Subscribers");
  only these let month-end follower totals be derived (:func:`month_end_followers`);
- ``users`` (GA4; never summed into months), ``sessions`` (GA4).

A file with one bad row raises :class:`ImportFailed` listing every problem; nothing is returned.
Rows are numbered from 1 as the user sees the file (the ``sep=,`` and ``#`` lines count).
"""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

# Metrics whose daily values add up to a month's figure. Users are unique per day only.
SUMMABLE = frozenset(
    {
        "views",
        "reach",
        "reactions",
        "comments",
        "shares",
        "saves",
        "clicks",
        "video_views",
        "engagements",
        "profile_visits",
        "new_followers",
        "net_followers",
        "sessions",
    }
)


@dataclass(frozen=True)
class DailyFigure:
    day: dt.date
    metric: str
    value: int


@dataclass(frozen=True)
class PostFigure:
    post_ref: str
    published: dt.datetime | None
    metric: str
    value: int


@dataclass(frozen=True)
class ImportProblem:
    """One problem of an export: ``row`` counted from 1 as the user sees the file (0 for the
    file as a whole), ``column`` its header text ("" when the whole row is at fault)."""

    row: int
    column: str
    message: str
    file: str = ""

    def __str__(self) -> str:
        where = f"{self.file}: " if self.file else ""
        if self.row:
            where += f"row {self.row}"
            if self.column:
                where += f", column {self.column!r}"
            where += ": "
        return f"{where}{self.message}"


class ImportFailed(ValueError):
    """An export (or several) with problems: nothing of it is imported."""

    def __init__(self, problems: Sequence[ImportProblem]) -> None:
        self.problems = list(problems)
        shown = "; ".join(str(p) for p in self.problems[:5])
        more = f" (and {len(self.problems) - 5} more)" if len(self.problems) > 5 else ""
        super().__init__(f"{len(self.problems)} problem(s): {shown}{more}")


@dataclass
class ParsedExport:
    format: str  # e.g. "meta_page", "meta_posts", "x_overview", "youtube_totals", "ga4"
    daily: list[DailyFigure] = field(default_factory=list)
    posts: list[PostFigure] = field(default_factory=list)
    first_day: dt.date | None = None  # the range the export covers, when known
    last_day: dt.date | None = None


# --- rows ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Row:
    number: int  # 1-based, as the user sees the file
    cells: list[str]


def text_rows(text: str) -> tuple[list[_Row], list[str]]:
    """Split an export's text into numbered rows; returns the rows and the ``#`` comment lines.
    Handles a ``sep=X`` first line and files re-saved with ``;`` or tab separators."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    start = 0
    delimiter = ""
    comments: list[str] = []
    head = lines[0].strip(" ")  # not .strip(): "sep=\t" names the tab
    if head.lower().startswith("sep=") and len(head) == 5:
        delimiter = head[4]
        start = 1
    while start < len(lines) and lines[start].startswith("#"):
        comments.append(lines[start])
        start += 1
    body = lines[start:]
    if not delimiter:
        sample = [ln for ln in body if ln.strip()][:5]
        counts = {d: sum(ln.count(d) for ln in sample) for d in (",", ";", "\t")}
        delimiter = max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","
    rows: list[_Row] = []
    reader = csv.reader(body, delimiter=delimiter)
    previous = 0
    for cells in reader:
        number = start + previous + 1
        previous = reader.line_num
        rows.append(_Row(number, [c.strip() for c in cells]))
    return rows, comments


def cell_rows(rows: Iterable[Sequence[object]], first_row: int = 1) -> list[_Row]:
    """Rows of a worksheet (lists of cells) as numbered text rows; ``first_row`` is the sheet's
    row number of the first list (a sheet's used range may start lower down)."""
    out = []
    for index, cells in enumerate(rows, start=first_row):
        texts = []
        for cell in cells:
            if cell is None:
                texts.append("")
            elif isinstance(cell, float) and cell.is_integer():
                texts.append(str(int(cell)))
            elif isinstance(cell, dt.datetime):
                texts.append(cell.date().isoformat())
            elif isinstance(cell, dt.date):
                texts.append(cell.isoformat())
            else:
                texts.append(str(cell).strip())
        out.append(_Row(index, texts))
    return out


def _nonblank(rows: list[_Row]) -> list[_Row]:
    return [r for r in rows if any(c for c in r.cells)]


# --- values ----------------------------------------------------------------------------------

_X_DATE = re.compile(r"^[A-Za-z]{3}, ([A-Za-z]{3}) (\d{1,2}), (\d{4})$")


def parse_day(text: str) -> dt.date:
    """A day as the exports write it; raises ValueError."""
    t = text.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}(T.*)?", t):
        return dt.date.fromisoformat(t[:10])  # Meta's T00/T01: take the date
    if re.fullmatch(r"\d{8}", t):
        return dt.date(int(t[:4]), int(t[4:6]), int(t[6:]))
    if re.fullmatch(r"\d{1,2}/\d{1,2}/\d{4}", t):
        month, day, year = (int(p) for p in t.split("/"))
        return dt.date(year, month, day)
    m = _X_DATE.match(t)
    if m:
        return dt.datetime.strptime(f"{m[1]} {m[2]} {m[3]}", "%b %d %Y").date()
    for fmt in ("%b %d, %Y", "%B %d, %Y"):
        try:
            return dt.datetime.strptime(t, fmt).date()
        except ValueError:
            pass
    raise ValueError(f"not a date: {_shown(text)}")


# No export holds a figure beyond this; a larger one is a damaged cell (and would not fit the
# database's 64-bit integers once summed into a month).
MAX_FIGURE = 10**12


def _shown(text: str) -> str:
    """A cell's text for a message: quoted, cut to 40 characters."""
    return repr(text) if len(text) <= 40 else repr(text[:40]) + "…"


def parse_number(text: str) -> int | None:
    """An integer figure ("1,234" and "12.0" allowed, at most :data:`MAX_FIGURE` either way);
    None for an empty cell; ValueError else."""
    t = text.strip().replace("\u00a0", "").replace(" ", "")
    if t in ("", "-", "--"):
        return None
    if re.fullmatch(r"-?\d{1,3}(,\d{3})+", t):
        t = t.replace(",", "")
    if re.fullmatch(r"-?\d+(\.0+)?", t):
        digits = t.split(".")[0]
        magnitude = digits.lstrip("-").lstrip("0٠۰") or "0"
        if len(magnitude) > len(str(MAX_FIGURE)) or int(magnitude) > MAX_FIGURE:
            raise ValueError(f"figure too large: {_shown(text)}")
        return int(digits)
    raise ValueError(f"not a whole number: {_shown(text)}")


def _published(text: str) -> dt.datetime | None:
    t = text.strip()
    for fmt in ("%m/%d/%Y %H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%b %d, %Y"):
        try:
            return dt.datetime.strptime(t, fmt)
        except ValueError:
            pass
    try:
        return dt.datetime.combine(parse_day(t), dt.time())
    except ValueError:
        return None


# --- metric names ----------------------------------------------------------------------------

_META_TITLES = (  # (substring of the lower-cased title, metric); first match wins
    ("link click", "clicks"),
    ("viewer", "reach"),
    ("reach", "reach"),
    ("view", "views"),
    ("impression", "views"),
    ("follow", "new_followers"),
    ("interaction", "engagements"),
    ("visit", "profile_visits"),
)

_COLUMNS = {  # lower-cased column header -> metric, for column-per-metric exports
    "views": "views",
    "impressions": "views",
    "reach": "reach",
    "reactions": "reactions",
    "likes": "reactions",
    "comments": "comments",
    "shares": "shares",
    "reposts": "shares",
    "replies": "comments",
    "saves": "saves",
    "bookmarks": "saves",
    "total clicks": "clicks",
    "link clicks": "clicks",
    "engagements": "engagements",
    "reactions, comments and shares": "engagements",
    "video views": "video_views",
    "profile visits": "profile_visits",
    "new follows": "new_followers",
    "follows": "new_followers",
    # GA4
    "active users": "users",
    "total users": "users",
    "users": "users",
    "sessions": "sessions",
    "screen page views": "views",
    "views per session": "",
    # LinkedIn content "Metrics" sheet
    "impressions (total)": "views",
    "clicks (total)": "clicks",
    "reactions (total)": "reactions",
    "comments (total)": "comments",
    "reposts (total)": "shares",
    # LinkedIn visitors
    "total page views (total)": "profile_visits",
    # LinkedIn followers: that day's new followers, not a running total
    "total followers": "new_followers",
}

_YOUTUBE = {
    "views": "video_views",
    "impressions": "views",
    "subscribers": "net_followers",
    "likes": "reactions",
    "comments added": "comments",
    "shares": "shares",
}


# --- detection and parsing -------------------------------------------------------------------


def parse_text(text: str) -> ParsedExport:
    """Detect the export's format from its content and parse it (raises :class:`ImportFailed`)."""
    rows, comments = text_rows(text.removeprefix("\ufeff"))
    rows = _nonblank(rows) if not comments else _first_section(rows)
    return _dispatch(rows, ga4=bool(comments))


def parse_sheet(rows: Iterable[Sequence[object]], first_row: int = 1) -> ParsedExport:
    """Parse a worksheet given as lists of cells (LinkedIn's .xls/.xlsx sheets)."""
    return _dispatch(_nonblank(cell_rows(rows, first_row)), ga4=False)


def _first_section(rows: list[_Row]) -> list[_Row]:
    """GA4's "Reports snapshot" holds sections separated by blank rows: keep the one that starts
    with a Date column (or the first)."""
    sections: list[list[_Row]] = [[]]
    for r in rows:
        if any(r.cells):
            sections[-1].append(r)
        elif sections[-1]:
            sections.append([])
    for s in sections:
        if s and s[0].cells and s[0].cells[0].lower() in ("date", "day"):
            return s
    return sections[0]


def _dispatch(rows: list[_Row], *, ga4: bool) -> ParsedExport:
    if not rows:
        raise ImportFailed([ImportProblem(0, "", "the file holds no rows")])
    first = [c.lower() for c in rows[0].cells]
    if len(rows) >= 2 and len([c for c in rows[0].cells if c]) == 1:
        second = [c.lower() for c in rows[1].cells]
        if second[:2] == ["date", "primary"]:
            return _meta_page(rows)
    if "post id" in first:
        return _meta_posts(rows)
    if first and first[0] == "date" and "new follows" in first:
        return _x_overview(rows)
    if first and first[0] == "content" and "views" in first:
        return _youtube_table(rows)
    if first[:2] == ["date", "content"]:
        return _youtube_chart(rows)
    if first and first[0] == "date" and ga4:
        return _columns(rows, "ga4", _COLUMNS)
    if first and first[0] == "date" and len(rows) > 1 and re.fullmatch(r"\d{8}", _cell(rows[1], 0)):
        return _columns(rows, "ga4", _COLUMNS)
    if len(first) == 2 and first[0] == "date" and first[1] in _YOUTUBE:
        return _columns(rows, "youtube_totals", _YOUTUBE)
    # LinkedIn: a note row above the header.
    for offset, r in enumerate(rows[:3]):
        head = [c.lower() for c in r.cells]
        if head and head[0] == "date" and offset > 0:
            if "total followers" in head:
                return _columns(rows[offset:], "linkedin_followers", _COLUMNS)
            if "total page views (total)" in head:
                return _columns(rows[offset:], "linkedin_visitors", _COLUMNS)
            if "impressions (total)" in head:
                return _columns(rows[offset:], "linkedin_content", _COLUMNS)
    raise ImportFailed([ImportProblem(0, "", "not an analytics export this version knows")])


def _cell(row: _Row, index: int) -> str:
    return row.cells[index] if index < len(row.cells) else ""


def _daily(
    fmt: str, rows: list[_Row], header: list[str], columns: Mapping[int, str]
) -> ParsedExport:
    """Rows of ``Date, figure, …``: the metric of each column index in ``columns``."""
    problems: list[ImportProblem] = []
    figures: list[DailyFigure] = []
    seen: dict[dt.date, int] = {}
    for r in rows:
        try:
            day = parse_day(_cell(r, 0))
        except ValueError as exc:
            problems.append(ImportProblem(r.number, header[0], str(exc)))
            continue
        if day in seen:
            problems.append(
                ImportProblem(r.number, header[0], f"{day} again (already on row {seen[day]})")
            )
            continue
        seen[day] = r.number
        row_values: dict[str, int] = {}  # two columns of one metric (X shares, reposts) add up
        for index, metric in columns.items():
            try:
                value = parse_number(_cell(r, index))
            except ValueError as exc:
                problems.append(ImportProblem(r.number, header[index], str(exc)))
                continue
            if value is None:
                continue
            if value < 0 and metric != "net_followers":
                problems.append(ImportProblem(r.number, header[index], "negative figure"))
                continue
            row_values[metric] = row_values.get(metric, 0) + value
        figures.extend(DailyFigure(day, m, v) for m, v in row_values.items())
    if problems:
        raise ImportFailed(problems)
    out = ParsedExport(fmt, daily=figures)
    if seen:
        out.first_day, out.last_day = min(seen), max(seen)
    return out


def _meta_page(rows: list[_Row]) -> ParsedExport:
    title = next(c for c in rows[0].cells if c)
    metric = next((m for key, m in _META_TITLES if key in title.lower()), None)
    if metric is None:
        raise ImportFailed([ImportProblem(rows[0].number, "", f"unknown metric {_shown(title)}")])
    header = rows[1].cells
    return _daily("meta_page", rows[2:], header, {1: metric})


def _columns(rows: list[_Row], fmt: str, names: Mapping[str, str]) -> ParsedExport:
    header = rows[0].cells
    columns = {i: names[h.lower()] for i, h in enumerate(header) if i > 0 and names.get(h.lower())}
    if not columns:
        raise ImportFailed([ImportProblem(rows[0].number, "", "no column this version knows")])
    return _daily(fmt, rows[1:], header, columns)


def _x_overview(rows: list[_Row]) -> ParsedExport:
    header = rows[0].cells
    lower = [h.lower() for h in header]
    parsed = _columns(rows, "x_overview", _COLUMNS)
    if "unfollows" not in lower:
        return parsed
    # Net change = new follows - unfollows, on every row that holds both.
    follows, unfollows = lower.index("new follows"), lower.index("unfollows")
    problems = []
    for r in rows[1:]:
        try:
            gained = parse_number(_cell(r, follows))
            lost = parse_number(_cell(r, unfollows))
        except ValueError as exc:
            problems.append(ImportProblem(r.number, header[unfollows], str(exc)))
            continue
        if gained is not None and lost is not None:
            parsed.daily.append(DailyFigure(parse_day(_cell(r, 0)), "net_followers", gained - lost))
    if problems:
        raise ImportFailed(problems)
    return parsed


def _youtube_chart(rows: list[_Row]) -> ParsedExport:
    """``Date,Content,…,<metric>`` per video per day: summed per day."""
    header = rows[0].cells
    metric = _YOUTUBE.get(header[-1].lower())
    if metric is None:
        raise ImportFailed([ImportProblem(rows[0].number, header[-1], "unknown metric")])
    problems: list[ImportProblem] = []
    totals: dict[dt.date, int] = {}
    seen: dict[tuple[dt.date, str], int] = {}
    for r in rows[1:]:
        try:
            day = parse_day(_cell(r, 0))
        except ValueError as exc:
            problems.append(ImportProblem(r.number, header[0], str(exc)))
            continue
        key = (day, _cell(r, 1))
        if key in seen:
            problems.append(ImportProblem(r.number, header[1], f"{day} again for {_shown(key[1])}"))
            continue
        seen[key] = r.number
        try:
            value = parse_number(_cell(r, len(header) - 1))
        except ValueError as exc:
            problems.append(ImportProblem(r.number, header[-1], str(exc)))
            continue
        totals[day] = totals.get(day, 0) + (value or 0)
    if problems:
        raise ImportFailed(problems)
    daily = [DailyFigure(d, metric, v) for d, v in totals.items()]
    out = ParsedExport("youtube_chart", daily=daily)
    if totals:
        out.first_day, out.last_day = min(totals), max(totals)
    return out


def _lifetime(
    fmt: str, rows: list[_Row], ref_col: int, published_col: int | None, names: Mapping[str, str]
) -> ParsedExport:
    header = rows[0].cells
    columns = {i: names[h.lower()] for i, h in enumerate(header) if names.get(h.lower())}
    problems: list[ImportProblem] = []
    figures: list[PostFigure] = []
    seen: dict[str, int] = {}
    for r in rows[1:]:
        ref = _cell(r, ref_col)
        if not ref or ref.lower() == "total":
            continue  # Meta's error rows without a Post ID; YouTube's Total row
        if ref in seen:
            problems.append(ImportProblem(r.number, header[ref_col], f"{_shown(ref)} again"))
            continue
        seen[ref] = r.number
        published = _published(_cell(r, published_col)) if published_col is not None else None
        row_values: dict[str, int] = {}
        for index, metric in columns.items():
            try:
                value = parse_number(_cell(r, index))
            except ValueError as exc:
                problems.append(ImportProblem(r.number, header[index], str(exc)))
                continue
            if value is not None:
                row_values[metric] = row_values.get(metric, 0) + value
        figures.extend(PostFigure(ref, published, m, v) for m, v in row_values.items())
    if problems:
        raise ImportFailed(problems)
    return ParsedExport(fmt, posts=figures)


def _meta_posts(rows: list[_Row]) -> ParsedExport:
    """Meta's post-level export; X's post-level export (``Post id,Date,Post text,Post Link,…``)
    has the same shape. Post ids stay text (19 digits)."""
    lower = [h.lower() for h in rows[0].cells]
    fmt = "x_posts" if "post link" in lower else "meta_posts"
    when = "publish time" if fmt == "meta_posts" else "date"
    published = lower.index(when) if when in lower else None
    return _lifetime(fmt, rows, lower.index("post id"), published, _COLUMNS)


def _youtube_table(rows: list[_Row]) -> ParsedExport:
    lower = [h.lower() for h in rows[0].cells]
    published = lower.index("video publish time") if "video publish time" in lower else None
    return _lifetime("youtube_table", rows, 0, published, _YOUTUBE)


# --- months ----------------------------------------------------------------------------------


def month_of(day: dt.date) -> dt.date:
    return day.replace(day=1)


def month_end(month: dt.date) -> dt.date:
    return month.replace(day=calendar.monthrange(month.year, month.month)[1])


def monthly_totals(daily: Iterable[DailyFigure]) -> dict[dt.date, dict[str, int]]:
    """Sums of the summable daily figures per month (first day) and metric. Users are left out:
    daily users do not add up to a month's unique users."""
    out: dict[dt.date, dict[str, int]] = {}
    for f in daily:
        if f.metric not in SUMMABLE:
            continue
        month = out.setdefault(month_of(f.day), {})
        month[f.metric] = month.get(f.metric, 0) + f.value
    return dict(sorted(out.items()))


def month_end_followers(
    daily_net_changes: Mapping[dt.date, int],
    current_total: int,
    as_of: dt.date,
    covered_until: dt.date | None = None,
) -> dict[dt.date, int]:
    """Followers at the end of each month the changes cover, from one ``current_total`` read off
    the platform on ``as_of`` (the changes of days after a month's end are taken back off).

    Only month ends within the export's range are given (``covered_until`` defaults to the last
    day with a change); ``as_of`` must lie within the range too, else a figure would be invented
    (ValueError)."""
    if not daily_net_changes:
        return {}
    first = min(daily_net_changes)
    last = covered_until or max(daily_net_changes)
    if not first - dt.timedelta(days=1) <= as_of <= last:
        raise ValueError(
            f"the total is as of {as_of}, outside the export's range {first} to {last}"
        )
    out: dict[dt.date, int] = {}
    month = month_of(first)
    while month_end(month) <= last:
        end = month_end(month)
        if end >= first:
            if end <= as_of:
                later = sum(v for d, v in daily_net_changes.items() if end < d <= as_of)
                out[month] = current_total - later
            else:
                between = sum(v for d, v in daily_net_changes.items() if as_of < d <= end)
                out[month] = current_total + between
        month = month_of(end + dt.timedelta(days=1))
    return out
