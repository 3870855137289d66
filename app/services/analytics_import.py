"""Importing the platforms' analytics exports into an account's monthly figures (issue 8).

Reads files (several at once, a folder, or a zip), decodes them (UTF-16 with BOM, UTF-8 with or
without BOM, else cp1256), reads ``.xls``/``.xlsx`` workbooks with python-calamine, and hands the
text or rows to :mod:`app.core.analytics`. :func:`preview` shows what would be imported;
:meth:`AnalyticsImporter.apply` writes MonthlyMetric rows all or nothing, filling only the
fields the exports hold.

A file whose format is not recognised does not fail the preview: its :class:`FileResult` says it
needs a column mapping (its columns and a proposed :class:`~app.core.column_map.ColumnMapping`),
and ``preview(paths, mappings)`` reads it through the mapping the officer confirmed. ``apply``
refuses while a file still needs one.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.analytics import (
    MAX_FIGURE,
    DailyFigure,
    ImportFailed,
    ImportProblem,
    ParsedExport,
    PostFigure,
    _Row,
    month_end,
    month_end_followers,
    month_of,
    monthly_totals,
    parse_sheet,
    parse_text,
)
from app.core.column_map import FORMAT as MAPPED_FORMAT
from app.core.column_map import (
    ColumnMapping,
    guess_for_rows,
    parse_with_mapping,
    table_of_sheet,
    table_of_text,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

# MonthlyMetric fields an import may fill, from the summed metric of the same meaning.
FIELDS = {
    "views": "views",
    "reach": "reach",
    "new_followers": "new_followers",
    "reactions": "reactions",
    "comments": "comments",
    "shares": "shares",
    "saves": "saves",
    "clicks": "clicks",
    "video_views": "video_views",
}

_SUFFIXES = (".csv", ".txt", ".xls", ".xlsx")


@dataclass
class FileResult:
    name: str
    format: str
    first_day: dt.date | None
    last_day: dt.date | None
    metrics: list[str]
    posts: int  # per-post rows (kept apart from the page's daily figures)
    # A file of a format this version does not recognise: its header's columns and the mapping
    # guess_mapping proposes (None when no column looks like a date); nothing of it is read
    # until a mapping is given.
    needs_mapping: bool = False
    columns: list[str] = field(default_factory=list)
    proposed: ColumnMapping | None = None
    mapping: ColumnMapping | None = None  # the mapping it was read through, if any


@dataclass
class ImportPreview:
    files: list[FileResult] = field(default_factory=list)
    daily: list[DailyFigure] = field(default_factory=list)
    posts: list[PostFigure] = field(default_factory=list)
    # Month (first day) -> metric -> sum, for every month with data.
    months: dict[dt.date, dict[str, int]] = field(default_factory=dict)
    # Months some export covers only in part, with the metrics concerned (their sums are not
    # the month's figure).
    partial: dict[dt.date, list[str]] = field(default_factory=dict)
    # Metric -> first and last day of the exports that hold it.
    coverage: dict[str, tuple[dt.date, dt.date]] = field(default_factory=dict)
    first_day: dt.date | None = None
    last_day: dt.date | None = None

    @property
    def partial_months(self) -> list[dt.date]:
        return sorted(self.partial)

    @property
    def unmapped(self) -> list[FileResult]:
        """The files that still need a column mapping."""
        return [f for f in self.files if f.needs_mapping]

    def net_follower_changes(self) -> dict[dt.date, int]:
        return {f.day: f.value for f in self.daily if f.metric == "net_followers"}


def decode(data: bytes, name: str = "") -> str:
    """The text of an export: UTF-16 with BOM, UTF-8 with or without BOM, else cp1256."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise ImportFailed([ImportProblem(0, "", "broken UTF-16 text", name)]) from None
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8")
        except UnicodeDecodeError:
            raise ImportFailed([ImportProblem(0, "", "broken UTF-8 text", name)]) from None
    if b"\x00" in data:  # no text holds NUL bytes but UTF-16 without its BOM
        odd, even = data[1::2].count(0), data[0::2].count(0)
        encoding = "utf-16-le" if odd > 0.9 * len(data) / 2 else ""
        encoding = encoding or ("utf-16-be" if even > 0.9 * len(data) / 2 else "")
        try:
            if encoding:
                return data.decode(encoding)
        except UnicodeDecodeError:
            pass
        raise ImportFailed([ImportProblem(0, "", "unknown text encoding", name)])
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1256")
    except UnicodeDecodeError:
        raise ImportFailed([ImportProblem(0, "", "unknown text encoding", name)]) from None


def _workbook(data: bytes, name: str) -> list[ParsedExport]:
    from python_calamine import CalamineWorkbook

    try:
        book = CalamineWorkbook.from_filelike(io.BytesIO(data))
    except Exception as exc:  # calamine raises several kinds
        raise ImportFailed([ImportProblem(0, "", f"unreadable workbook: {exc}", name)]) from None
    out = []
    for sheet in book.sheet_names:
        try:
            data_sheet = book.get_sheet_by_name(sheet)
            start = data_sheet.start
            rows = data_sheet.to_python()
        except Exception as exc:  # a damaged sheet
            problem = ImportProblem(0, "", f"unreadable sheet: {exc}", f"{name} [{sheet}]")
            raise ImportFailed([problem]) from None
        try:
            out.append(parse_sheet(rows, (start[0] + 1) if start else 1))
        except ImportFailed as exc:
            unknown = len(exc.problems) == 1 and exc.problems[0].row == 0
            if not unknown:
                raise ImportFailed(
                    [
                        ImportProblem(p.row, p.column, p.message, f"{name} [{sheet}]")
                        for p in exc.problems
                    ]
                ) from None
    if not out:
        raise ImportFailed([ImportProblem(0, "", "no sheet this version knows", name)])
    return out


def parse_file(name: str, data: bytes) -> list[ParsedExport]:
    """Parse one file's bytes (a workbook may give one export per sheet)."""
    if name.lower().endswith((".xls", ".xlsx")):
        return _workbook(data, name)
    try:
        return [parse_text(decode(data, name))]
    except ImportFailed as exc:
        raise ImportFailed(
            [ImportProblem(p.row, p.column, p.message, p.file or name) for p in exc.problems]
        ) from None


# What app.core.analytics says of a file it does not recognise (as opposed to a bad one).
_UNRECOGNISED = frozenset(
    {
        "not an analytics export this version knows",
        "no column this version knows",
        "no sheet this version knows",
    }
)


def _unrecognised(error: ImportFailed) -> bool:
    return len(error.problems) == 1 and error.problems[0].message in _UNRECOGNISED


def table_of_file(name: str, data: bytes) -> list[_Row]:
    """The rows of a file to read through a column mapping: a CSV's text, or a workbook's first
    sheet that holds anything."""
    if not name.lower().endswith((".xls", ".xlsx")):
        return table_of_text(decode(data, name))
    from python_calamine import CalamineWorkbook

    try:
        book = CalamineWorkbook.from_filelike(io.BytesIO(data))
        for sheet in book.sheet_names:
            data_sheet = book.get_sheet_by_name(sheet)
            start = data_sheet.start
            rows = table_of_sheet(data_sheet.to_python(), (start[0] + 1) if start else 1)
            if rows:
                return rows
    except Exception as exc:  # calamine raises several kinds
        raise ImportFailed([ImportProblem(0, "", f"unreadable workbook: {exc}", name)]) from None
    return []


def _mapped(name: str, data: bytes, mapping: ColumnMapping | None) -> FileResult | ParsedExport:
    """An unrecognised file read through ``mapping``, or (without one) the FileResult saying it
    needs one."""
    table = table_of_file(name, data)
    if mapping is None:
        columns, proposed = guess_for_rows(table)
        return FileResult(
            name, "unknown", None, None, [], 0, True, columns=columns, proposed=proposed
        )
    try:
        return parse_with_mapping(table, mapping)
    except ImportFailed as exc:
        raise ImportFailed(
            [ImportProblem(p.row, p.column, p.message, name) for p in exc.problems]
        ) from None


def collect(paths: Iterable[Path]) -> list[tuple[str, bytes]]:
    """The (name, bytes) of every export among ``paths``: files, folders and zips."""
    out: list[tuple[str, bytes]] = []
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in (*_SUFFIXES, ".zip"):
                    out.extend(collect([child]))
        elif path.suffix.lower() == ".zip":
            try:
                with zipfile.ZipFile(path) as archive:
                    for info in sorted(archive.infolist(), key=lambda i: i.filename):
                        inner = info.filename
                        if not info.is_dir() and inner.lower().endswith(_SUFFIXES):
                            out.append((f"{path.name}/{inner}", archive.read(info)))
            except zipfile.BadZipFile:
                raise ImportFailed([ImportProblem(0, "", "not a zip file", path.name)]) from None
        else:
            try:
                out.append((path.name, path.read_bytes()))
            except OSError as exc:
                raise ImportFailed(
                    [ImportProblem(0, "", f"cannot read: {exc.strerror}", path.name)]
                ) from None
    return out


def preview(
    paths: Iterable[Path], mappings: Mapping[str, ColumnMapping] | None = None
) -> ImportPreview:
    """Parse every export among ``paths``; raises :class:`ImportFailed` with every problem of
    every file (nothing is imported from any of them then). A file of a format not recognised is
    read through ``mappings[its name]`` when given, else listed as needing a mapping
    (:attr:`ImportPreview.unmapped`) while the other files still preview."""
    files = collect(paths)
    if not files:
        raise ImportFailed([ImportProblem(0, "", "no export files found")])
    result = ImportPreview()
    problems: list[ImportProblem] = []
    owner: dict[tuple[dt.date, str], str] = {}
    post_owner: dict[tuple[str, str], str] = {}  # (post, metric) -> the file that gave it
    for name, data in files:
        mapping = (mappings or {}).get(name)
        try:
            parsed = parse_file(name, data)
        except ImportFailed as exc:
            if not _unrecognised(exc):
                problems.extend(exc.problems)
                continue
            try:
                outcome = _mapped(name, data, mapping)
            except ImportFailed as error:
                problems.extend(error.problems)
                continue
            if isinstance(outcome, FileResult):
                result.files.append(outcome)
                continue
            parsed = [outcome]
        for export in parsed:
            for f in export.daily:
                key = (f.day, f.metric)
                if key in owner:
                    problems.append(
                        ImportProblem(0, "", f"{f.metric} of {f.day} is also in {owner[key]}", name)
                    )
                    continue
                owner[key] = name
                result.daily.append(f)
            for p in export.posts:
                post_key = (p.post_ref, p.metric)
                if post_key in post_owner:
                    message = f"{p.metric} of post {p.post_ref} is also in {post_owner[post_key]}"
                    problems.append(ImportProblem(0, "", message, name))
                    continue
                post_owner[post_key] = name
                result.posts.append(p)
            result.files.append(
                FileResult(
                    name,
                    export.format,
                    export.first_day,
                    export.last_day,
                    sorted({f.metric for f in export.daily} | {p.metric for p in export.posts}),
                    len({p.post_ref for p in export.posts}),
                    mapping=mapping if export.format == MAPPED_FORMAT else None,
                )
            )
            for day in (export.first_day, export.last_day):
                if day is not None:
                    result.first_day = min(result.first_day or day, day)
                    result.last_day = max(result.last_day or day, day)
            if export.first_day and export.last_day:
                for metric in {f.metric for f in export.daily}:
                    first, last = result.coverage.get(metric, (export.first_day, export.last_day))
                    result.coverage[metric] = (
                        min(first, export.first_day),
                        max(last, export.last_day),
                    )
    if problems:
        raise ImportFailed(problems)
    result.months = monthly_totals(result.daily)
    for month, figures in result.months.items():
        partial = [
            metric
            for metric in sorted(figures)
            if result.coverage[metric][0] > month or result.coverage[metric][1] < month_end(month)
        ]
        if partial:
            result.partial[month] = partial
    return result


@dataclass(frozen=True)
class ApplyResult:
    created: int
    updated: int
    skipped_partial: list[dt.date]
    posts: int = 0  # posts whose lifetime figures were stored (app.services.post_metrics)


class AnalyticsImporter:
    """Writes a preview into an account's MonthlyMetric rows."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def apply(
        self,
        preview: ImportPreview,
        account_id: int,
        followers_total: int | None = None,
        as_of: dt.date | None = None,
    ) -> ApplyResult:
        """Write the months of ``preview`` (a metric in a month its export covers only in part
        is left out: its sum is not the month's figure). Month-end followers are derived only
        from net changes (X, YouTube) and one ``followers_total`` on ``as_of``. All or nothing.
        Existing months keep the fields the exports do not hold."""
        from sqlalchemy import select

        from app.services.audit import AuditLog
        from app.store.models import Account, MonthlyMetric

        if preview.unmapped:
            message = "a file of a format not recognised needs a column mapping first"
            raise ImportFailed([ImportProblem(0, "", message, f.name) for f in preview.unmapped])
        followers: dict[dt.date, int] = {}
        if followers_total is not None:
            if followers_total < 0:
                raise ImportFailed([ImportProblem(0, "", "the follower total is negative")])
            if followers_total > MAX_FIGURE:
                raise ImportFailed([ImportProblem(0, "", "the follower total is too large")])
            changes = preview.net_follower_changes()
            if not changes:
                raise ImportFailed(
                    [ImportProblem(0, "", "the exports hold no net follower changes")]
                )
            try:
                followers = month_end_followers(
                    changes,
                    followers_total,
                    as_of or preview.coverage["net_followers"][1],
                    covered_until=preview.coverage["net_followers"][1],
                )
            except ValueError as exc:
                raise ImportFailed([ImportProblem(0, "", str(exc))]) from None
        months = {
            m: {
                FIELDS[k]: v
                for k, v in figures.items()
                if k in FIELDS and k not in preview.partial.get(m, ())
            }
            for m, figures in preview.months.items()
        }
        for m, total in followers.items():
            months.setdefault(m, {})["followers"] = total
        months = {m: values for m, values in months.items() if values}
        from zoneinfo import ZoneInfo

        from app.services.post_metrics import store_post_figures
        from app.services.settings import SettingsService

        zone = ZoneInfo(SettingsService(self._sessions).timezone())
        created = updated = 0
        with self._sessions.begin() as session:
            if session.get(Account, account_id) is None:
                raise ImportFailed([ImportProblem(0, "", f"no account {account_id}")])
            for month, values in sorted(months.items()):
                row = session.execute(
                    select(MonthlyMetric).where(
                        MonthlyMetric.account_id == account_id, MonthlyMetric.month == month
                    )
                ).scalar_one_or_none()
                if row is None:
                    row = MonthlyMetric(account_id=account_id, month=month)
                    session.add(row)
                    created += 1
                else:
                    updated += 1
                for name, value in values.items():
                    setattr(row, name, value)
                row.source = "import"
            posts = store_post_figures(
                session, account_id, preview.posts, dt.datetime.now(dt.UTC), zone
            )
            AuditLog(self._sessions).append(
                session,
                "officer",
                "metrics.import",
                "account",
                account_id,
                {
                    "months_created": created,
                    "months_updated": updated,
                    "posts": posts.created + posts.updated,
                    "files": len(preview.files),
                },
            )
        return ApplyResult(
            created, updated, list(preview.partial_months), posts.created + posts.updated
        )


def month_label(month: dt.date) -> str:
    return month_of(month).strftime("%Y-%m")
