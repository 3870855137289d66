"""The rules of the inquiry log (SPEC §5): response-time targets, states, saved-reply templates,
the open queue's order, a period's figures, retention and redaction. Pure functions on plain
values; the services read and write the rows.

Targets. A first-response target per kind, counted in office hours (:mod:`app.core.office_hours`).
Defaults (:data:`DEFAULT_TARGET_HOURS`): inquiry 24 h, complaint 48 h and media request 4 h (the
issue's); request 48 h (it often needs another department), suggestion 72 h (an acknowledgement,
not an answer), mention 24 h (a public post about the office; misinformation must not wait).
The *deadline* of an inquiry is the earliest instant by which its target in office time has
passed since it was received. It is *within target* when its first response was sent at or
before the deadline, and *overdue* when it still awaits a first response after the deadline.

NamedTuples, not dataclasses: the dashboard imports this module on the start path.
"""

from __future__ import annotations

import datetime as dt
import math
from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, NamedTuple

from app.core.domain import OPEN_INQUIRY_STATUSES, InquiryChannel, InquiryKind, InquiryStatus
from app.core.office_hours import OfficeHours

# --- targets ---------------------------------------------------------------------------------

DEFAULT_TARGET_HOURS: dict[str, float] = {
    InquiryKind.INQUIRY.value: 24.0,
    InquiryKind.COMPLAINT.value: 48.0,
    InquiryKind.REQUEST.value: 48.0,
    InquiryKind.SUGGESTION.value: 72.0,
    InquiryKind.MEDIA_REQUEST.value: 4.0,
    InquiryKind.MENTION.value: 24.0,
}
MIN_TARGET_HOURS = 0.25
MAX_TARGET_HOURS = 500.0  # about fourteen weeks of a 35-hour office week
TARGETS_KEY = "inquiries.targets"
OFFICE_HOURS_KEY = "inquiries.office_hours"
RETENTION_KEY = "inquiries.retention_months"
DEFAULT_RETENTION_MONTHS = 12
MIN_RETENTION_MONTHS = 1
MAX_RETENTION_MONTHS = 120

OPEN_STATUSES: frozenset[str] = frozenset(s.value for s in OPEN_INQUIRY_STATUSES)
DONE_STATUSES: frozenset[str] = frozenset(
    {InquiryStatus.RESOLVED.value, InquiryStatus.CLOSED.value}
)
ERASED_MARKER = "[erased on request]"
REDACTED_MARKER = "[…]"

Targets = Mapping[str, dt.timedelta]


def default_targets() -> dict[str, dt.timedelta]:
    return {kind: _hours(h) for kind, h in DEFAULT_TARGET_HOURS.items()}


def _hours(value: float) -> dt.timedelta:
    # Whole seconds, so a target such as 1/3 h compares equal after a round trip.
    return dt.timedelta(seconds=round(value * 3600))


def check_target_hours(kind: str, value: Any) -> float:
    if kind not in DEFAULT_TARGET_HOURS:
        raise ValueError(f"unknown inquiry kind {str(kind)[:30]!r}")
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ValueError(f"the target for {kind} must be a number of hours")
    if not MIN_TARGET_HOURS <= value <= MAX_TARGET_HOURS:
        raise ValueError(
            f"the target for {kind} must be between {MIN_TARGET_HOURS:g} and "
            f"{MAX_TARGET_HOURS:g} office hours"
        )
    return float(value)


def targets_from_settings(value: Mapping[str, Any] | None) -> dict[str, dt.timedelta]:
    """The stored ``{"complaint": 48, …}`` (office hours per kind) over the defaults; kinds left
    out keep their default. ValueError naming the first bad entry."""
    targets = default_targets()
    if value is None:
        return targets
    if not isinstance(value, Mapping):
        raise ValueError("the targets setting is not an object of hours per kind")
    for kind, hours in value.items():
        targets[kind] = _hours(check_target_hours(kind, hours))
    return targets


def target_hours(targets: Targets) -> dict[str, float]:
    """Targets as hours per kind (the stored form)."""
    return {kind: delta.total_seconds() / 3600 for kind, delta in targets.items()}


def target_for(kind: str, targets: Targets) -> dt.timedelta:
    """The target of ``kind``; a kind this version does not know gets an inquiry's target."""
    found = targets.get(kind)
    if found is not None:
        return found
    return targets.get(InquiryKind.INQUIRY.value) or _hours(
        DEFAULT_TARGET_HOURS[InquiryKind.INQUIRY.value]
    )


def deadline(
    received_at: dt.datetime, kind: str, targets: Targets, hours: OfficeHours
) -> dt.datetime:
    return hours.add_office_time(received_at, target_for(kind, targets))


def check_retention_months(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError("the retention period is a whole number of months")
    if not MIN_RETENTION_MONTHS <= value <= MAX_RETENTION_MONTHS:
        raise ValueError(
            f"the retention period must be between {MIN_RETENTION_MONTHS} and "
            f"{MAX_RETENTION_MONTHS} months"
        )
    return value


def retention_cutoff(now: dt.datetime, months: int, zone: dt.tzinfo) -> dt.datetime:
    """``now`` less ``months`` calendar months on the workspace's wall clock (31 March less one
    month is 28 or 29 February), as aware UTC: records whose last activity is before it are due
    for anonymisation."""
    local = now.astimezone(zone)
    index = local.year * 12 + local.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    last_day = _days_in_month(year, month)
    moved = local.replace(year=year, month=month, day=min(local.day, last_day), tzinfo=None)
    return moved.replace(tzinfo=zone).astimezone(dt.UTC)


def _days_in_month(year: int, month: int) -> int:
    nxt = dt.date(year + month // 12, month % 12 + 1, 1)
    return (nxt - dt.timedelta(days=1)).day


# --- states ----------------------------------------------------------------------------------


def check_status_change(current: str, new: str, has_response: bool) -> None:
    """ValueError (plain English) unless an inquiry may go from ``current`` to ``new``.

    Any state may follow any other, with two rules that keep the state true to the response
    log: "answered" needs at least one response, and "new" means none has been sent yet.
    Going from resolved or closed back to new, answered or waiting reopens the inquiry.
    """
    statuses = {s.value for s in InquiryStatus}
    if new not in statuses:
        raise ValueError(f"unknown inquiry state {str(new)[:30]!r}")
    if new == current:
        return
    if new == InquiryStatus.ANSWERED and not has_response:
        raise ValueError("an inquiry with no response logged cannot be marked answered")
    if new == InquiryStatus.NEW and has_response:
        raise ValueError("an inquiry with a response logged cannot go back to new")


def status_after_response(current: str) -> str:
    """A first response takes a new inquiry to answered; other states stay as they are."""
    return InquiryStatus.ANSWERED.value if current == InquiryStatus.NEW else current


def is_awaiting_response(status: str, first_response_at: dt.datetime | None) -> bool:
    """Open and no response sent yet: the target clock is running."""
    return first_response_at is None and status in OPEN_STATUSES


# --- saved replies -----------------------------------------------------------------------------

PLACEHOLDERS: tuple[str, ...] = ("name", "subject", "date")


class TemplateError(ValueError):
    """A saved reply that cannot be filled in. Messages name placeholders, never values."""


class UnknownPlaceholder(TemplateError):
    def __init__(self, names: Sequence[str]) -> None:
        self.names = tuple(names)
        shown = ", ".join("{" + n + "}" for n in self.names)
        allowed = ", ".join("{" + n + "}" for n in PLACEHOLDERS)
        super().__init__(f"unknown placeholder(s) {shown}: a saved reply may use {allowed}")


class MalformedTemplate(TemplateError):
    def __init__(self, position: int, problem: str) -> None:
        self.position = position  # 0-based index of the offending brace
        super().__init__(
            f"{problem} (character {position + 1}); write {{{{ and }}}} for a literal brace"
        )


class MissingValue(TemplateError):
    def __init__(self, names: Sequence[str]) -> None:
        self.names = tuple(names)
        shown = ", ".join("{" + n + "}" for n in self.names)
        super().__init__(f"nothing to fill in for {shown}: the inquiry has no such value")


def _parse_template(template: str) -> list[tuple[bool, str]]:
    """(is_placeholder, text) pieces; ``{{``/``}}`` are literal braces."""
    pieces: list[tuple[bool, str]] = []
    literal: list[str] = []
    i, n = 0, len(template)
    while i < n:
        char = template[i]
        if char == "{":
            if template.startswith("{{", i):
                literal.append("{")
                i += 2
                continue
            close = template.find("}", i + 1)
            opened = template.find("{", i + 1)
            if close < 0:
                raise MalformedTemplate(i, "a '{' is never closed")
            if 0 <= opened < close:
                raise MalformedTemplate(i, "a '{' is not closed before the next '{'")
            if literal:
                pieces.append((False, "".join(literal)))
                literal = []
            pieces.append((True, template[i + 1 : close]))
            i = close + 1
        elif char == "}":
            if template.startswith("}}", i):
                literal.append("}")
                i += 2
                continue
            raise MalformedTemplate(i, "a '}' has no '{' before it")
        else:
            nxt = n
            for brace in ("{", "}"):
                found = template.find(brace, i)
                if 0 <= found < nxt:
                    nxt = found
            literal.append(template[i:nxt])
            i = nxt
    if literal:
        pieces.append((False, "".join(literal)))
    return pieces


def template_placeholders(template: str) -> tuple[str, ...]:
    """The placeholders ``template`` uses, in order of first use; MalformedTemplate for
    unbalanced braces."""
    seen: dict[str, None] = {}
    for is_field, text in _parse_template(template):
        if is_field:
            seen.setdefault(text, None)
    return tuple(seen)


def check_template(template: str) -> None:
    """MalformedTemplate or UnknownPlaceholder when ``template`` could never be filled in."""
    unknown = [name for name in template_placeholders(template) if name not in PLACEHOLDERS]
    if unknown:
        raise UnknownPlaceholder(unknown)


def fill_reply(template: str, values: Mapping[str, str | None]) -> str:
    """``template`` with ``{name}``, ``{subject}`` and ``{date}`` replaced from ``values``.

    Raises (all :class:`TemplateError`, a ValueError): :class:`MalformedTemplate` for a lone
    brace, :class:`UnknownPlaceholder` naming every placeholder other than those three, and
    :class:`MissingValue` for a placeholder whose value is missing or blank. ``{{`` and ``}}``
    give literal braces. A value is put in as it is: braces inside a value are not read again.
    """
    pieces = _parse_template(template)
    unknown: dict[str, None] = {}
    missing: dict[str, None] = {}
    for is_field, text in pieces:
        if not is_field:
            continue
        if text not in PLACEHOLDERS:
            unknown.setdefault(text, None)
            continue
        value = values.get(text)
        if value is None or not str(value).strip():
            missing.setdefault(text, None)
    if unknown:
        raise UnknownPlaceholder(list(unknown))
    if missing:
        raise MissingValue(list(missing))
    return "".join(str(values[text]).strip() if is_field else text for is_field, text in pieces)


# Month names: in Arabic those used in Jordan (the Levantine ones).
AR_MONTHS = (
    "كانون الثاني",
    "شباط",
    "آذار",
    "نيسان",
    "أيار",
    "حزيران",
    "تموز",
    "آب",
    "أيلول",
    "تشرين الأول",
    "تشرين الثاني",
    "كانون الأول",
)
EN_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def format_reply_date(day: dt.date, language: str) -> str:
    """The ``{date}`` of a saved reply: "24 November 2026", or in Arabic with the month names
    used in Jordan, "24 تشرين الثاني 2026"."""
    months = AR_MONTHS if language == "ar" else EN_MONTHS
    return f"{day.day} {months[day.month - 1]} {day.year}"


# --- the queue -------------------------------------------------------------------------------


class InquiryFilter(NamedTuple):
    """Which inquiries the queue shows. An empty set means "any"; by default the open ones.
    ``start``/``end`` (aware, end exclusive) bound the receipt; ``text``: every word in the
    subject or the text, Arabic spelling variants folded; ``limit``: rows after sorting."""

    statuses: frozenset[str] = OPEN_STATUSES
    channels: frozenset[str] = frozenset()
    kinds: frozenset[str] = frozenset()
    start: dt.datetime | None = None
    end: dt.datetime | None = None
    overdue_only: bool = False
    text: str = ""
    limit: int | None = None


class QueueRow(NamedTuple):
    """One inquiry in the queue. ``deadline``, ``office_left`` and ``calendar_left`` are None
    unless it awaits a first response; time left is negative once the deadline has passed
    (office time left is zero for a deadline passed outside office hours)."""

    id: int
    received_at: dt.datetime
    channel: str
    kind: str
    status: str
    subject: str
    language: str
    inquirer_name: str | None
    first_response_at: dt.datetime | None
    deadline: dt.datetime | None = None
    office_left: dt.timedelta | None = None
    calendar_left: dt.timedelta | None = None

    def __repr__(self) -> str:  # without the name: a repr can end up in a log
        return (
            f"QueueRow(id={self.id}, kind={self.kind!r}, status={self.status!r}, "
            f"received_at={self.received_at!r}, deadline={self.deadline!r})"
        )

    @property
    def awaiting_response(self) -> bool:
        return self.deadline is not None

    @property
    def overdue(self) -> bool:
        return self.calendar_left is not None and self.calendar_left < _ZERO


_ZERO = dt.timedelta(0)


def arrange_queue(
    rows: Iterable[Sequence[Any]],
    targets: Targets,
    hours: OfficeHours,
    now: dt.datetime,
    *,
    overdue_only: bool = False,
    limit: int | None = None,
) -> list[QueueRow]:
    """The queue in order: first the inquiries awaiting a first response, by time left to their
    deadline (overdue first, the most overdue first; ties by receipt and id), then the rest,
    newest first. Sorting by deadline is sorting by office time left (which never decreases
    with the deadline) with calendar time breaking its ties.

    ``rows``: (id, received_at, channel, kind, status, subject, language, inquirer_name,
    first_response_at), date-times aware.
    """
    awaiting: list[QueueRow] = []
    others: list[QueueRow] = []
    for row in rows:
        fields = row[:9]  # QueueRow's fields up to first_response_at
        received, kind, status, first_response = fields[1], fields[3], fields[4], fields[8]
        if is_awaiting_response(status, first_response):
            due = hours.add_office_time(received, target_for(kind, targets))
            awaiting.append(QueueRow(*fields, due, None, due - now))
        elif not overdue_only:
            others.append(QueueRow(*fields))
    awaiting.sort(key=lambda r: (r.deadline, r.received_at, r.id))
    if overdue_only:
        cut = bisect_left(awaiting, True, key=lambda r: not r.overdue)
        awaiting = awaiting[:cut]
    others.sort(key=lambda r: (r.received_at, r.id), reverse=True)
    ordered = awaiting + others
    if limit is not None:
        ordered = ordered[: max(0, limit)]
    # Office time left only for the rows returned (it walks days).
    return [
        r._replace(office_left=hours.office_time_left(now, r.deadline))
        if r.deadline is not None
        else r
        for r in ordered
    ]


def overdue_count(
    rows: Iterable[tuple[str, dt.datetime | str]],
    targets: Targets,
    hours: OfficeHours,
    now: dt.datetime,
    parse: Any = None,
) -> int:
    """How many of ``rows`` — (kind, received_at) of inquiries awaiting a first response — are
    past their deadline at ``now``.

    A later receipt never has an earlier deadline, so per kind the overdue ones are the oldest:
    a binary search finds the boundary with a few deadline computations, whatever the count.
    ``parse`` turns a stored received_at into an aware date-time when rows hold text (the
    stored UTC text sorts as the times do).
    """
    by_kind: dict[str, list[Any]] = {}
    for kind, received in rows:
        by_kind.setdefault(kind, []).append(received)
    total = 0
    for kind, times in by_kind.items():
        times.sort()
        target = target_for(kind, targets)

        def not_yet_due(received: Any, target: dt.timedelta = target) -> bool:
            moment = parse(received) if parse is not None else received
            return hours.add_office_time(moment, target) >= now

        total += bisect_left(times, True, key=not_yet_due)
    return total


# --- a period's figures ----------------------------------------------------------------------


class InquiryFacts(NamedTuple):
    """What the figures look at (no text, no personal data). Date-times aware."""

    id: int
    kind: str
    channel: str
    status: str
    received_at: dt.datetime
    first_response_at: dt.datetime | None = None
    resolved_at: dt.datetime | None = None


class InquiryFigures(NamedTuple):
    """The figures of the inquiries received in [start, end), as they stood at ``as_of`` (the
    period's end, or now for a period still running); see :func:`period_figures`."""

    start: dt.datetime
    end: dt.datetime
    as_of: dt.datetime
    total: int
    by_channel: dict[str, int]
    by_kind: dict[str, int]
    by_status: dict[str, int]
    answered: int  # a first response sent by as_of
    awaiting: int  # no response by as_of and not closed without one: still owed an answer
    closed_unanswered: int  # resolved or closed by as_of without any response
    overdue: int  # awaiting at as_of and past the deadline
    within_target: int  # answered at or before the deadline
    judged: int  # answered + overdue: those whose outcome against the target is known
    office_median: dt.timedelta | None  # first-response times in office hours …
    office_p90: dt.timedelta | None
    calendar_median: dt.timedelta | None  # … and in calendar hours
    calendar_p90: dt.timedelta | None

    @property
    def share_within_target(self) -> float | None:
        """within_target / judged, None when nothing has been judged yet."""
        return self.within_target / self.judged if self.judged else None


def nearest_rank(ordered: Sequence[Any], percent: float) -> Any:
    """The nearest-rank percentile of an ascending sequence: the value at rank
    ceil(percent/100 × n), counted from 1; None for an empty one. The median (50) of an even
    count is the lower of the two middle values — always a time that was observed."""
    if not ordered:
        return None
    if not 0 < percent <= 100:
        raise ValueError("a percentile is above 0 and at most 100")
    rank = math.ceil(percent / 100 * len(ordered) - 1e-9)
    return ordered[max(1, rank) - 1]


def _counts(values: Iterable[str], known: Iterable[str]) -> dict[str, int]:
    counts = dict.fromkeys(known, 0)
    for value in values:
        counts[value] = counts.get(value, 0) + 1
    return counts


def period_figures(
    facts: Iterable[InquiryFacts],
    start: dt.datetime,
    end: dt.datetime,
    as_of: dt.datetime,
    targets: Targets,
    hours: OfficeHours,
) -> InquiryFigures:
    """The figures for the inquiries received in [start, end) (others in ``facts`` are left
    out), judged at ``as_of`` — the caller passes the period's end, or now if that is earlier.

    - counts by channel, kind and state (the states as they are now; every known value is
      listed, with 0 when none);
    - *answered*: a first response sent at or before ``as_of``. Only these have a response
      time; an inquiry still unanswered at ``as_of`` is counted as *awaiting*, never as a time
      of zero, and one resolved or closed by then without any response as *closed_unanswered*;
    - median and 90th percentile of the first-response time of the answered ones, in office
      hours and in calendar hours, by the nearest-rank method (:func:`nearest_rank`);
    - *overdue*: awaiting at ``as_of`` and past the deadline;
    - *share within target* = within_target / judged, where judged = answered + overdue: the
      inquiries whose result is known at ``as_of`` (those awaiting with time left are not
      judged yet); within_target = answered at or before the deadline.
    """
    chosen = [f for f in facts if start <= f.received_at < end]
    answered_office: list[dt.timedelta] = []
    answered_calendar: list[dt.timedelta] = []
    within = awaiting = closed_unanswered = overdue = 0
    for f in chosen:
        target = target_for(f.kind, targets)
        first = f.first_response_at
        if first is not None and first <= as_of:
            office = hours.office_duration(f.received_at, first)
            answered_office.append(office)
            answered_calendar.append(max(_ZERO, first - f.received_at))
            if office < target or first <= hours.add_office_time(f.received_at, target):
                within += 1
        elif f.resolved_at is not None and f.resolved_at <= as_of:
            closed_unanswered += 1
        else:
            awaiting += 1
            if hours.add_office_time(f.received_at, target) < as_of:
                overdue += 1
    answered_office.sort()
    answered_calendar.sort()
    return InquiryFigures(
        start=start,
        end=end,
        as_of=as_of,
        total=len(chosen),
        by_channel=_counts((f.channel for f in chosen), (c.value for c in InquiryChannel)),
        by_kind=_counts((f.kind for f in chosen), (k.value for k in InquiryKind)),
        by_status=_counts((f.status for f in chosen), (s.value for s in InquiryStatus)),
        answered=len(answered_office),
        awaiting=awaiting,
        closed_unanswered=closed_unanswered,
        overdue=overdue,
        within_target=within,
        judged=len(answered_office) + overdue,
        office_median=nearest_rank(answered_office, 50),
        office_p90=nearest_rank(answered_office, 90),
        calendar_median=nearest_rank(answered_calendar, 50),
        calendar_p90=nearest_rank(answered_calendar, 90),
    )


# --- personal data ---------------------------------------------------------------------------

# Parts of names that are not a name by themselves (and would blank out ordinary words).
_NAME_PARTICLES = frozenset(
    {"al", "el", "bin", "ibn", "bint", "abu", "abd", "ال", "بن", "بنت", "ابن", "أبو", "ابو", "عبد"}
    | {"الله", "the", "and", "mr", "mrs", "ms", "dr"}
)


def redact_person(text: str, name: str | None, contact: str | None) -> str:
    """``text`` with the person's name, each word of it (two letters or more, particles such as
    "Al" or "عبد" left alone) and the contact replaced by :data:`REDACTED_MARKER`, matched as
    whole words regardless of case, with an Arabic conjunction or preposition attached
    (و ف ب ل ك: "وسارة") and with case-ending marks after it ("سارةُ"); a name written with
    harakat inside it is not found. For what retention leaves of a reply that greeted the
    person."""
    import regex

    needles: list[str] = []
    for value in (contact, name):
        if value and value.strip():
            needles.append(value.strip())
    if name:
        needles += [
            word
            for word in regex.split(r"[\s\p{P}]+", name)
            if len(word) >= 2 and word.casefold() not in _NAME_PARTICLES
        ]
    if not needles or not text:
        return text
    # Longest first, so the whole name goes before its words.
    alternatives = "|".join(regex.escape(n) for n in sorted(set(needles), key=len, reverse=True))
    pattern = regex.compile(
        rf"(?<![\p{{L}}\p{{M}}\p{{N}}])(?P<prefix>[وفبلك]?)(?:{alternatives})\p{{M}}*"
        rf"(?![\p{{L}}\p{{N}}])",
        regex.IGNORECASE,
    )
    return pattern.sub(lambda m: m.group("prefix") + REDACTED_MARKER, text)
