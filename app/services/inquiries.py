"""The inquiry and complaint log (SPEC §5, issue 6): recording inquiries and their responses,
states, the open queue, saved replies, the response-time settings, a period's figures, CSV
export, and the inquirers' personal data (retention, a person's export and erasure).

The rules are in :mod:`app.core.inquiries` and :mod:`app.core.office_hours`; this module reads
and writes the rows. Personal data (the inquirer's name and contact) never goes into the audit
log, log messages or exception messages: errors name the field, not its value.

Removing personal data (:meth:`InquiryService.anonymise`, :meth:`InquiryService.erase_person`)
runs with ``PRAGMA secure_delete=ON`` (SQLite overwrites what it frees with zeros) and ends with
a ``wal_checkpoint(TRUNCATE)``, so the old values are gone from ``bayan.db`` and ``bayan.db-wal``,
not only from what queries return. Backups made before keep them until they are rotated out.
In team mode (PostgreSQL) the rows change the same way; the server's old row versions go with
its VACUUM (it has no ``secure_delete``).
"""

from __future__ import annotations

import csv
import datetime as dt
import logging
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple
from zoneinfo import ZoneInfo

from app.core import inquiries as rules
from app.core.domain import InquiryChannel, InquiryKind, InquiryStatus
from app.core.inquiries import (
    ERASED_MARKER,
    InquiryFacts,
    InquiryFigures,
    InquiryFilter,
    QueueRow,
    TemplateError,
)
from app.core.office_hours import (
    MIN_OFFICE_DAY,
    OfficeHours,
    OfficeWeek,
    check_office_week,
    office_week_from_settings,
    office_week_to_settings,
    parse_time,
)
from app.errors import BayanError, EditConflict
from app.services.audit import AuditLog
from app.services.settings import SettingsService
from app.services.versioning import run_versioned

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine
    from sqlalchemy.orm import Session, sessionmaker

    from app.store.models import Inquiry

log = logging.getLogger(__name__)

LANGUAGES = ("ar", "en")
MAX_SUBJECT_CHARS = 300
MAX_NAME_CHARS = 200
MAX_CONTACT_CHARS = 300
MAX_TEXT_CHARS = 50_000
MAX_NOTES_CHARS = 20_000
MAX_TITLE_CHARS = 200
MIN_PERSON_QUERY_CHARS = 2
_IDS_PER_QUERY = 900  # well under SQLite's limit on parameters in one statement
_ACTOR = "officer"


class InquiryError(BayanError):
    """Something about an inquiry the officer can act on; nothing was changed."""

    kind = "inquiry"


class InquiryNotFound(InquiryError):
    kind = "inquiry_not_found"

    def __init__(self, inquiry_id: int) -> None:
        self.inquiry_id = inquiry_id
        super().__init__(f"there is no inquiry {inquiry_id}")


class SavedReplyError(InquiryError):
    """A saved reply that cannot be stored or filled in. ``problem`` is "unknown" (placeholders
    other than {name}, {subject}, {date}: ``names``), "malformed" (a lone brace at
    ``position``), "missing" (the inquiry has no value for ``names``), "no_text" (no body in
    that language) or "invalid"."""

    kind = "saved_reply"

    def __init__(
        self,
        message: str,
        problem: str = "invalid",
        names: tuple[str, ...] = (),
        position: int | None = None,
    ) -> None:
        self.problem = problem
        self.names = names
        self.position = position
        super().__init__(message)


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


# --- values the UI exchanges with the service ----------------------------------------------


@dataclass(frozen=True)
class InquiryFields:
    """What the officer records. ``received_at`` None: now when creating, unchanged when
    updating. Blank name and contact are stored as nothing (NULL)."""

    channel: str
    kind: str
    subject: str = ""
    text: str = field(default="", repr=False)  # the public's words may hold personal data
    language: str = "ar"
    inquirer_name: str | None = field(default=None, repr=False)
    inquirer_contact: str | None = field(default=None, repr=False)
    received_at: dt.datetime | None = None
    post_id: int | None = None
    campaign_id: int | None = None
    internal_notes: str = field(default="", repr=False)


class ResponseInfo(NamedTuple):
    id: int
    sent_at: dt.datetime  # aware UTC
    channel: str
    text: str


@dataclass(frozen=True)
class InquiryInfo:
    """An inquiry as the page shows it, with its timing worked out at ``as_of`` (aware UTC).

    ``deadline``: received_at plus the kind's target in office hours. ``office_response`` and
    ``calendar_response``: the time to the first response (None while unanswered).
    ``within_target``: answered at or before the deadline (None while awaiting a response with
    time left). ``overdue``: awaiting a response past the deadline. ``office_left`` and
    ``calendar_left``: time to the deadline while awaiting (negative once past), else None.
    """

    id: int
    channel: str
    kind: str
    subject: str
    text: str = field(repr=False)
    language: str
    inquirer_name: str | None = field(repr=False)
    inquirer_contact: str | None = field(repr=False)
    received_at: dt.datetime
    first_response_at: dt.datetime | None
    resolved_at: dt.datetime | None
    status: str
    post_id: int | None
    campaign_id: int | None
    internal_notes: str = field(repr=False)
    anonymised_at: dt.datetime | None
    responses: tuple[ResponseInfo, ...]
    as_of: dt.datetime
    target: dt.timedelta
    deadline: dt.datetime
    office_response: dt.timedelta | None
    calendar_response: dt.timedelta | None
    within_target: bool | None
    overdue: bool
    office_left: dt.timedelta | None
    calendar_left: dt.timedelta | None
    version: int = 0  # the row's version when read: pass this as update()'s ``base``

    @property
    def is_open(self) -> bool:
        return self.status in rules.OPEN_STATUSES

    @property
    def erased(self) -> bool:
        return self.text == ERASED_MARKER

    def fields(self) -> InquiryFields:
        """The editable fields, for an edit form."""
        return InquiryFields(
            channel=self.channel,
            kind=self.kind,
            subject=self.subject,
            text=self.text,
            language=self.language,
            inquirer_name=self.inquirer_name,
            inquirer_contact=self.inquirer_contact,
            received_at=self.received_at,
            post_id=self.post_id,
            campaign_id=self.campaign_id,
            internal_notes=self.internal_notes,
        )


class SavedReplyInfo(NamedTuple):
    id: int
    title: str
    body_ar: str
    body_en: str


class HolidayInfo(NamedTuple):
    day: dt.date
    name_ar: str
    name_en: str


class RetentionRow(NamedTuple):
    """An inquiry due for anonymisation (no name or contact in it: the preview shows these)."""

    id: int
    received_at: dt.datetime
    kind: str
    channel: str
    status: str
    last_activity: dt.datetime  # the latest of receipt, responses and resolution


class PersonMatch(NamedTuple):
    """An inquiry found by a person's name or contact, for the officer to confirm."""

    id: int
    received_at: dt.datetime
    channel: str
    kind: str
    status: str
    inquirer_name: str | None
    inquirer_contact: str | None

    def __repr__(self) -> str:  # without the personal data: a repr can end up in a log
        return f"PersonMatch(id={self.id}, kind={self.kind!r}, status={self.status!r})"


# --- the service ---------------------------------------------------------------------------


class InquiryService:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        clock: Callable[[], dt.datetime] = _utc_now,
    ) -> None:
        self._sessions = sessions
        self._clock = clock
        self._audit = AuditLog(sessions, clock)
        self._settings = SettingsService(sessions)

    # --- recording ------------------------------------------------------------------------

    def create(self, fields: InquiryFields) -> InquiryInfo:
        """Record a new inquiry (state "new"); received now unless ``fields`` say when."""
        from app.store.models import Inquiry

        now = self._clock()
        values = _checked_fields(fields, now)
        received = values.pop("received_at") or now
        with self._sessions.begin() as session:
            _check_links(session, fields)
            inquiry = Inquiry(**values, received_at=received, status=InquiryStatus.NEW.value)
            session.add(inquiry)
            session.flush()
            new_id = inquiry.id
        return self.get(new_id)

    def update(
        self, inquiry_id: int, fields: InquiryFields, *, base: InquiryInfo | None = None
    ) -> InquiryInfo:
        """Change what was recorded (not the responses or the state).

        ``base``: the inquiry as the form read it. If someone else has changed what it records
        since (a response or a new state is no conflict; an anonymisation is), the update is
        refused with :class:`EditConflict`, changing nothing — also when the other update was
        stored between this one's read and its write (the version check: this one then runs
        again and meets it, see :mod:`app.services.versioning`)."""
        now = self._clock()
        values = _checked_fields(fields, now)
        received = values.pop("received_at")
        run_versioned(
            "inquiry",
            inquiry_id,
            lambda: self._update(inquiry_id, fields, dict(values), received, base),
        )
        return self.get(inquiry_id)

    def _update(
        self,
        inquiry_id: int,
        fields: InquiryFields,
        values: dict[str, Any],
        received: dt.datetime | None,
        base: InquiryInfo | None,
    ) -> None:
        with self._sessions.begin() as session:
            inquiry = _inquiry(session, inquiry_id)
            if (
                base is not None
                and inquiry.version != base.version
                and _fields_of(inquiry) != base.fields()
            ):
                raise EditConflict("inquiry", inquiry_id, None)
            _check_links(session, fields)
            if inquiry.anonymised_at is not None and (
                values["inquirer_name"] or values["inquirer_contact"]
            ):
                raise InquiryError(
                    f"inquiry {inquiry_id} was anonymised: it cannot take a name or contact again"
                )
            if received is not None:
                first = inquiry.first_response_at
                if first is not None and received > first:
                    raise InquiryError("received at is after the first response was sent")
                if inquiry.resolved_at is not None and received > inquiry.resolved_at:
                    raise InquiryError("received at is after the inquiry was resolved")
                inquiry.received_at = received
            for name, value in values.items():
                setattr(inquiry, name, value)

    def get(self, inquiry_id: int) -> InquiryInfo:
        with self._sessions() as session:
            inquiry = _inquiry(session, inquiry_id)
            targets, hours = self._rules(session)
            return _info(inquiry, targets, hours, self._clock())

    def respond(
        self,
        inquiry_id: int,
        text: str,
        channel: str,
        sent_at: dt.datetime | None = None,
    ) -> InquiryInfo:
        """Log a response (sent now unless ``sent_at`` says when). The first-response time is
        the earliest response's; a new inquiry becomes answered."""
        from app.store.models import InquiryResponse

        now = self._clock()
        text = _text(text, "response", MAX_TEXT_CHARS)
        _check_choice(channel, InquiryChannel, "channel")
        sent = now if sent_at is None else _aware(sent_at, "sent at")
        if sent > now:
            raise InquiryError("a response cannot be logged as sent in the future")

        def write() -> None:
            with self._sessions.begin() as session:
                inquiry = _inquiry(session, inquiry_id)
                if sent < inquiry.received_at:
                    raise InquiryError("a response cannot be sent before the inquiry was received")
                session.add(
                    InquiryResponse(inquiry_id=inquiry.id, sent_at=sent, channel=channel, text=text)
                )
                first = inquiry.first_response_at
                if first is None or sent < first:
                    inquiry.first_response_at = sent
                inquiry.status = rules.status_after_response(inquiry.status)

        run_versioned("inquiry", inquiry_id, write)
        return self.get(inquiry_id)

    def remove_response(self, response_id: int) -> InquiryInfo:
        """Take back a response logged by mistake; the first-response time follows, and an
        answered inquiry left without responses goes back to new."""
        from sqlalchemy import func, select

        from app.store.models import InquiryResponse

        with self._sessions.begin() as session:
            response = session.get(InquiryResponse, response_id)
            if response is None:
                raise InquiryError(f"there is no response {response_id}")
            inquiry = response.inquiry
            session.delete(response)
            session.flush()
            first = session.execute(
                select(func.min(InquiryResponse.sent_at)).where(
                    InquiryResponse.inquiry_id == inquiry.id
                )
            ).scalar_one_or_none()
            inquiry.first_response_at = _as_utc(first)
            if first is None and inquiry.status == InquiryStatus.ANSWERED:
                inquiry.status = InquiryStatus.NEW.value
            inquiry_id = inquiry.id
        return self.get(inquiry_id)

    def set_status(self, inquiry_id: int, status: str) -> InquiryInfo:
        """Move an inquiry to ``status``. Resolving or closing it records the time (kept when
        going from one to the other); going back to new, answered or waiting reopens it and
        clears that time. "answered" needs a response logged, "new" needs none."""
        now = self._clock()

        def write() -> None:
            with self._sessions.begin() as session:
                inquiry = _inquiry(session, inquiry_id)
                try:
                    rules.check_status_change(
                        inquiry.status, status, inquiry.first_response_at is not None
                    )
                except ValueError as exc:
                    raise InquiryError(str(exc)) from None
                if status in rules.DONE_STATUSES:
                    if inquiry.status not in rules.DONE_STATUSES or inquiry.resolved_at is None:
                        inquiry.resolved_at = max(now, inquiry.received_at)
                else:
                    inquiry.resolved_at = None
                inquiry.status = status

        run_versioned("inquiry", inquiry_id, write)
        return self.get(inquiry_id)

    # --- the queue --------------------------------------------------------------------------

    def queue(
        self, inquiry_filter: InquiryFilter | None = None, now: dt.datetime | None = None
    ) -> list[QueueRow]:
        """The inquiries the filter lets through (open ones by default), those awaiting a first
        response first by time left to their deadline (overdue first, the most overdue first),
        then the rest, newest first; see :func:`app.core.inquiries.arrange_queue`."""
        from app.store.fastread import inquiry_queue_sql, parse_queue_rows, register_search_function

        chosen = inquiry_filter or InquiryFilter()
        now = now or self._clock()
        sql, params = inquiry_queue_sql(chosen)
        with self._sessions() as session:
            targets, hours = self._rules(session)
            conn = session.connection()
            if conn.dialect.name == "postgresql":  # team mode: the text search in Python
                from app.store.fastread import server_inquiry_rows
                from app.store.server import ServerConnection

                raw_rows = ServerConnection(conn.connection.driver_connection)
                rows = server_inquiry_rows(raw_rows, chosen)
                return rules.arrange_queue(
                    rows, targets, hours, now, overdue_only=chosen.overdue_only, limit=chosen.limit
                )
            if chosen.text.strip():
                register_search_function(conn.connection.driver_connection)
            rows = parse_queue_rows(conn.exec_driver_sql(sql, tuple(params)).all())
        return rules.arrange_queue(
            rows, targets, hours, now, overdue_only=chosen.overdue_only, limit=chosen.limit
        )

    def overdue_count(self, now: dt.datetime | None = None) -> int:
        """Open inquiries awaiting a first response past their deadline."""
        from sqlalchemy import select

        from app.store.models import Inquiry

        now = now or self._clock()
        with self._sessions() as session:
            targets, hours = self._rules(session)
            rows = session.execute(
                select(Inquiry.kind, Inquiry.received_at).where(
                    Inquiry.status.in_(sorted(rules.OPEN_STATUSES)),
                    Inquiry.first_response_at.is_(None),
                )
            ).all()
        return rules.overdue_count([tuple(r) for r in rows], targets, hours, now)

    # --- saved replies ------------------------------------------------------------------------

    def saved_replies(self) -> list[SavedReplyInfo]:
        from sqlalchemy import select

        from app.store.models import SavedReply

        with self._sessions() as session:
            rows = session.scalars(select(SavedReply).order_by(SavedReply.title, SavedReply.id))
            return [_reply_info(r) for r in rows]

    def saved_reply(self, reply_id: int) -> SavedReplyInfo:
        from app.store.models import SavedReply

        with self._sessions() as session:
            reply = session.get(SavedReply, reply_id)
            if reply is None:
                raise SavedReplyError(f"there is no saved reply {reply_id}")
            return _reply_info(reply)

    def create_reply(self, title: str, body_ar: str = "", body_en: str = "") -> SavedReplyInfo:
        """A new saved reply; refused when a body has a placeholder other than {name},
        {subject} and {date} or a lone brace."""
        from app.store.models import SavedReply

        values = _checked_reply(title, body_ar, body_en)
        with self._sessions.begin() as session:
            reply = SavedReply(**values)
            session.add(reply)
            session.flush()
            return _reply_info(reply)

    def update_reply(
        self, reply_id: int, title: str, body_ar: str = "", body_en: str = ""
    ) -> SavedReplyInfo:
        from app.store.models import SavedReply

        values = _checked_reply(title, body_ar, body_en)
        with self._sessions.begin() as session:
            reply = session.get(SavedReply, reply_id)
            if reply is None:
                raise SavedReplyError(f"there is no saved reply {reply_id}")
            for name, value in values.items():
                setattr(reply, name, value)
            return _reply_info(reply)

    def delete_reply(self, reply_id: int) -> None:
        from app.store.models import SavedReply

        with self._sessions.begin() as session:
            reply = session.get(SavedReply, reply_id)
            if reply is None:
                raise SavedReplyError(f"there is no saved reply {reply_id}")
            session.delete(reply)

    def fill(self, reply_id: int, inquiry_id: int, language: str | None = None) -> str:
        """The saved reply in ``language`` (the inquiry's own by default) with {name}, {subject}
        and {date} (the day the inquiry was received, in the workspace's time zone) filled in.

        Raises :class:`SavedReplyError`: problem "unknown" naming every unknown placeholder,
        "malformed", "missing" (e.g. {name} for an inquiry without a name) or "no_text".
        """
        reply = self.saved_reply(reply_id)
        inquiry = self.get(inquiry_id)
        language = language or inquiry.language
        if language not in LANGUAGES:
            raise SavedReplyError(f"unknown language {str(language)[:10]!r}: use ar or en")
        body = reply.body_ar if language == "ar" else reply.body_en
        if not body.strip():
            which = "Arabic" if language == "ar" else "English"
            raise SavedReplyError(f"the saved reply has no {which} text", "no_text")
        received_day = inquiry.received_at.astimezone(self._zone()).date()
        values = {
            "name": inquiry.inquirer_name,
            "subject": inquiry.subject,
            "date": rules.format_reply_date(received_day, language),
        }
        try:
            return rules.fill_reply(body, values)
        except TemplateError as exc:
            raise _reply_error(exc) from None

    # --- settings -----------------------------------------------------------------------------

    def targets(self) -> dict[str, dt.timedelta]:
        """First-response target per kind, in office time."""
        with self._sessions() as session:
            return _read_targets(session)

    def set_targets(self, hours: Mapping[str, float]) -> dict[str, dt.timedelta]:
        """Store targets (kind -> office hours); a kind left out goes back to its default."""
        try:
            targets = rules.targets_from_settings(hours)
        except ValueError as exc:
            raise InquiryError(str(exc)) from None
        self._settings.set(rules.TARGETS_KEY, {k: float(v) for k, v in hours.items()})
        return targets

    def office_week(self) -> OfficeWeek:
        with self._sessions() as session:
            return _read_week(session)

    def set_office_week(
        self, workdays: Iterable[int], start: dt.time | str, end: dt.time | str
    ) -> OfficeWeek:
        """Store the working week (weekday numbers, 0 Monday … 6 Sunday) and daily hours."""
        try:
            week = check_office_week(
                list(workdays), parse_time(start), parse_time(end), MIN_OFFICE_DAY
            )
        except (TypeError, ValueError) as exc:
            raise InquiryError(str(exc)) from None
        self._settings.set(rules.OFFICE_HOURS_KEY, office_week_to_settings(week))
        return week

    def office_hours(self) -> OfficeHours:
        """The working week with the public holidays, in the workspace's time zone."""
        with self._sessions() as session:
            return self._rules(session)[1]

    def retention_months(self) -> int:
        value = self._settings.get(rules.RETENTION_KEY)
        try:
            return rules.check_retention_months(value)
        except ValueError:
            if value is not None:
                log.warning("ignoring the stored retention period: it is not 1-120 months")
            return rules.DEFAULT_RETENTION_MONTHS

    def set_retention_months(self, months: int) -> int:
        try:
            months = rules.check_retention_months(months)
        except ValueError as exc:
            raise InquiryError(str(exc)) from None
        self._settings.set(rules.RETENTION_KEY, months)
        return months

    def holidays(self) -> list[HolidayInfo]:
        from sqlalchemy import select

        from app.store.models import PublicHoliday

        with self._sessions() as session:
            rows = session.scalars(select(PublicHoliday).order_by(PublicHoliday.day))
            return [HolidayInfo(h.day, h.name_ar, h.name_en) for h in rows]

    def set_holiday(self, day: dt.date, name_ar: str = "", name_en: str = "") -> HolidayInfo:
        """Add a public holiday, or rename the one on that day."""
        from sqlalchemy import select

        from app.store.models import PublicHoliday

        if not isinstance(day, dt.date) or isinstance(day, dt.datetime):
            raise InquiryError("a holiday is a date")
        name_ar = _text(name_ar, "holiday name", MAX_TITLE_CHARS)
        name_en = _text(name_en, "holiday name", MAX_TITLE_CHARS)
        with self._sessions.begin() as session:
            holiday = session.scalars(
                select(PublicHoliday).where(PublicHoliday.day == day)
            ).one_or_none()
            if holiday is None:
                session.add(PublicHoliday(day=day, name_ar=name_ar, name_en=name_en))
            else:
                holiday.name_ar, holiday.name_en = name_ar, name_en
        return HolidayInfo(day, name_ar, name_en)

    def remove_holiday(self, day: dt.date) -> bool:
        from sqlalchemy import delete

        from app.store.models import PublicHoliday

        with self._sessions.begin() as session:
            result = session.execute(delete(PublicHoliday).where(PublicHoliday.day == day))
            return bool(result.rowcount)  # type: ignore[attr-defined]

    # --- figures and export -----------------------------------------------------------------

    def figures(self, start: dt.datetime, end: dt.datetime) -> InquiryFigures:
        """The figures of the inquiries received in [start, end) as they stood at the period's
        end (or now, for a period still running): see :func:`app.core.inquiries.period_figures`."""
        from sqlalchemy import select

        from app.store.models import Inquiry

        start, end = _period(start, end)
        with self._sessions() as session:
            targets, hours = self._rules(session)
            rows = session.execute(
                select(
                    Inquiry.id,
                    Inquiry.kind,
                    Inquiry.channel,
                    Inquiry.status,
                    Inquiry.received_at,
                    Inquiry.first_response_at,
                    Inquiry.resolved_at,
                ).where(Inquiry.received_at >= start, Inquiry.received_at < end)
            ).all()
        facts = [InquiryFacts(*row) for row in rows]
        as_of = min(end, self._clock())
        return rules.period_figures(facts, start, end, as_of, targets, hours)

    def export_csv(
        self, path: Path, start: dt.datetime, end: dt.datetime, personal: bool = False
    ) -> int:
        """Write the inquiries received in [start, end) to ``path`` as CSV (UTF-8 with a byte
        order mark, so spreadsheet programs read Arabic right), one row per inquiry, times in
        the workspace's time zone, both first-response times in hours; the inquirer's name and
        contact only when ``personal``. Returns the number of inquiries written."""
        from sqlalchemy import select

        from app.store.models import Inquiry

        start, end = _period(start, end)
        zone = self._zone()
        now = self._clock()
        with self._sessions() as session:
            targets, hours = self._rules(session)
            rows = session.execute(
                select(
                    Inquiry.id,
                    Inquiry.received_at,
                    Inquiry.channel,
                    Inquiry.kind,
                    Inquiry.status,
                    Inquiry.language,
                    Inquiry.subject,
                    Inquiry.text,
                    Inquiry.first_response_at,
                    Inquiry.resolved_at,
                    Inquiry.post_id,
                    Inquiry.campaign_id,
                    Inquiry.inquirer_name,
                    Inquiry.inquirer_contact,
                )
                .where(Inquiry.received_at >= start, Inquiry.received_at < end)
                .order_by(Inquiry.received_at, Inquiry.id)
            ).all()
        header = [
            "id",
            f"received_at ({zone.key})",
            "channel",
            "kind",
            "status",
            "language",
            "subject",
            "text",
            "first_response_at",
            "resolved_at",
            "office_hours_to_first_response",
            "calendar_hours_to_first_response",
            "target_office_hours",
            "deadline",
            "within_target",
            "overdue",
            "post_id",
            "campaign_id",
        ]
        if personal:
            header += ["inquirer_name", "inquirer_contact"]
        target_path = Path(path)
        partial = target_path.with_name(target_path.name + ".part")
        try:
            with partial.open("w", encoding="utf-8-sig", newline="") as handle:
                writer = csv.writer(handle)
                writer.writerow(header)
                for r in rows:
                    target = rules.target_for(r.kind, targets)
                    due = hours.add_office_time(r.received_at, target)
                    first = r.first_response_at
                    line = [
                        r.id,
                        _local_text(r.received_at, zone),
                        r.channel,
                        r.kind,
                        r.status,
                        r.language,
                        _cell(r.subject),
                        _cell(r.text),
                        _local_text(first, zone),
                        _local_text(r.resolved_at, zone),
                        _hours_text(hours.office_duration(r.received_at, first) if first else None),
                        _hours_text(max(dt.timedelta(0), first - r.received_at) if first else None),
                        _hours_text(target),
                        _local_text(due, zone),
                        "" if first is None else ("yes" if first <= due else "no"),
                        "yes" if rules.is_awaiting_response(r.status, first) and due < now else "",
                        r.post_id or "",
                        r.campaign_id or "",
                    ]
                    if personal:
                        line += [_cell(r.inquirer_name or ""), _cell(r.inquirer_contact or "")]
                    writer.writerow(line)
            partial.replace(target_path)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            raise InquiryError(f"cannot write {target_path}: {exc.strerror or exc}") from exc
        return len(rows)

    # --- personal data --------------------------------------------------------------------------

    def retention_cutoff(self, now: dt.datetime | None = None) -> dt.datetime:
        """Inquiries whose last activity is before this (aware UTC) are due for anonymisation."""
        return rules.retention_cutoff(now or self._clock(), self.retention_months(), self._zone())

    def retention_preview(self, now: dt.datetime | None = None) -> list[RetentionRow]:
        """The inquiries still holding a name or contact whose last activity (receipt, latest
        response, resolution) is older than the retention period, oldest first. No names or
        contacts in the rows: the officer confirms by count, dates and kinds."""
        from sqlalchemy import text

        from app.store.fastread import sql_utc

        cutoff = self.retention_cutoff(now)
        with self._sessions() as session:
            # SQLite's max() of several values is PostgreSQL's greatest(); the cutoff is the
            # stored text on SQLite, a timestamp on PostgreSQL.
            server = session.get_bind().dialect.name == "postgresql"
            greatest = "greatest" if server else "max"
            rows = session.execute(
                text(
                    "SELECT id, received_at, kind, channel, status, last_activity FROM ("
                    " SELECT i.id, i.received_at, i.kind, i.channel, i.status,"
                    f" {greatest}(i.received_at, coalesce(i.resolved_at, i.received_at),"
                    " coalesce((SELECT max(r.sent_at) FROM inquiry_responses r"
                    " WHERE r.inquiry_id = i.id), i.received_at)) AS last_activity"
                    " FROM inquiries i WHERE i.anonymised_at IS NULL"
                    " AND (i.inquirer_name IS NOT NULL OR i.inquirer_contact IS NOT NULL)"
                    " AND i.received_at < :cutoff"
                    ") AS recent WHERE last_activity < :cutoff ORDER BY received_at, id"
                ),
                {"cutoff": cutoff.astimezone(dt.UTC).replace(tzinfo=None) if server
                 else sql_utc(cutoff)},
            ).all()
        return [
            RetentionRow(
                r.id,
                _stored_utc(r.received_at),
                r.kind,
                r.channel,
                r.status,
                _stored_utc(r.last_activity),
            )
            for r in rows
        ]

    def anonymise(self, ids: Iterable[int]) -> int:
        """Remove the name and contact of these inquiries (and their mentions in the subject,
        text, notes and responses, see :func:`app.core.inquiries.redact_person`), mark them
        anonymised, and make sure the old values are gone from the database files. Times,
        channel, kind and state stay, so the figures do not change. Inquiries without personal
        data left are skipped. Audited with the count and ids only. Returns the count."""
        return self._remove_personal_data(ids, erase=False)

    def find_person(self, query: str) -> list[PersonMatch]:
        """Inquiries whose inquirer's name or contact matches ``query``, newest first: every
        word of it in the name or the contact (Arabic spelling variants and case folded), or,
        for a query of seven digits or more, the same phone number however it is written
        ("0795551234" finds "+962 79 555 1234")."""
        from sqlalchemy import or_, select

        from app.core.arabic import normalise_for_search
        from app.store.models import Inquiry

        query = query.strip() if isinstance(query, str) else ""
        if len(query) < MIN_PERSON_QUERY_CHARS:
            raise InquiryError(
                f"type at least {MIN_PERSON_QUERY_CHARS} characters of the name or contact"
            )
        words = normalise_for_search(query).split()
        digits = _phone_digits(query)
        with self._sessions() as session:
            rows = session.execute(
                select(
                    Inquiry.id,
                    Inquiry.received_at,
                    Inquiry.channel,
                    Inquiry.kind,
                    Inquiry.status,
                    Inquiry.inquirer_name,
                    Inquiry.inquirer_contact,
                )
                .where(
                    or_(Inquiry.inquirer_name.is_not(None), Inquiry.inquirer_contact.is_not(None))
                )
                .order_by(Inquiry.received_at.desc(), Inquiry.id.desc())
            ).all()
        found = []
        for row in rows:
            name, contact = row.inquirer_name or "", row.inquirer_contact or ""
            haystack = normalise_for_search(f"{name}\n{contact}")
            if all(word in haystack for word in words) or (
                digits and digits in _phone_digits(contact, strip=False)
            ):
                found.append(PersonMatch(*row))
        return found

    def export_person(self, query: str, ids: Iterable[int] | None = None) -> dict[str, Any]:
        """Every record of a person, JSON-ready: the inquiries :meth:`find_person` finds for
        ``query``, or only ``ids`` among them when given (after the officer has checked which
        matches are that person). Audited with the count and ids only."""
        matches = [m.id for m in self.find_person(query)]
        if ids is not None:
            wanted = {int(i) for i in ids}
            matches = [i for i in matches if i in wanted]
        now = self._clock()
        zone = self._zone()
        records = []
        with self._sessions.begin() as session:
            self._audit.append(
                session,
                _ACTOR,
                "inquiry.person_exported",
                "inquiry",
                None,
                {"count": len(matches), "ids": sorted(matches)},
            )
            for inquiry_id in matches:
                records.append(_export_record(_inquiry(session, inquiry_id), zone))
        return {
            "format": "bayan-person-export",
            "version": 1,
            "exported_at": now.astimezone(zone).isoformat(),
            "time_zone": zone.key,
            "count": len(records),
            "inquiries": records,
        }

    def erase_person(self, ids: Iterable[int]) -> int:
        """Erase a person's data on request from these inquiries: name and contact removed,
        subject, text, internal notes and every response's text replaced by
        :data:`~app.core.inquiries.ERASED_MARKER`; times, channel, kind and state kept for the
        figures. The old values are made to leave the database files (as for anonymising).
        Audited with the count and ids only. Returns the count."""
        return self._remove_personal_data(ids, erase=True)

    # --- internals ----------------------------------------------------------------------------

    def _zone(self) -> ZoneInfo:
        return ZoneInfo(self._settings.timezone())

    def _rules(self, session: Session) -> tuple[dict[str, dt.timedelta], OfficeHours]:
        from sqlalchemy import select

        from app.store.models import PublicHoliday

        targets = _read_targets(session)
        week = _read_week(session)
        holidays = session.scalars(select(PublicHoliday.day)).all()
        return targets, OfficeHours.from_week(week, holidays, self._zone())

    def _engine(self) -> Engine:
        with self._sessions() as session:
            bind = session.get_bind()
        return bind  # type: ignore[return-value]

    def _remove_personal_data(self, ids: Iterable[int], erase: bool) -> int:
        from sqlalchemy.orm import Session

        from app.store import search_index
        from app.store.server import lock_for_writing

        wanted = sorted({int(i) for i in ids})
        if not wanted:
            return 0
        now = self._clock()
        engine = self._engine()
        done: list[int] = []
        # Team mode (PostgreSQL) has no secure_delete or WAL file of Bayan's to empty: the
        # server keeps old row versions until its VACUUM reclaims them (its administrator's
        # affair, as its backups are); the rows themselves are changed the same way.
        sqlite = engine.dialect.name == "sqlite"
        with engine.connect() as conn:
            raw = conn.connection.driver_connection
            previous = raw.execute("PRAGMA secure_delete").fetchone()[0] if sqlite else 0
            # Outside any transaction: SQLite then overwrites freed cells and pages with zeros.
            if sqlite:
                raw.execute("PRAGMA secure_delete=ON")
            try:
                with Session(bind=conn) as session, session.begin():
                    # The write lock first, so what is read below cannot change under us.
                    lock_for_writing(session, "inquiries")
                    for chunk in _chunks(wanted):
                        done += self._strip_chunk(session, chunk, now, erase)
                    if done:
                        # Core updates above: the search index is brought up to date here,
                        # then merged, so no segment of it keeps the old words.
                        search_index.reindex(session, "inquiry", done)
                        search_index.optimize(session)
                        self._audit.append(
                            session,
                            _ACTOR,
                            "inquiry.person_erased" if erase else "inquiry.anonymised",
                            "inquiry",
                            None,
                            {"count": len(done), "ids": done},
                        )
            finally:
                if sqlite:
                    raw.execute(f"PRAGMA secure_delete={int(previous)}")
            if done and sqlite:
                busy, _frames, _copied = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
                if busy:
                    log.warning(
                        "the write-ahead log could not be emptied (another connection is "
                        "reading); %d inquiries' old personal data stay in it until the next "
                        "checkpoint",
                        len(done),
                    )
        return len(done)

    def _strip_chunk(
        self, session: Session, chunk: list[int], now: dt.datetime, erase: bool
    ) -> list[int]:
        from sqlalchemy import select, update

        from app.store.models import Inquiry, InquiryResponse

        condition = [Inquiry.id.in_(chunk)]
        if not erase:
            condition += [
                Inquiry.anonymised_at.is_(None),
                (Inquiry.inquirer_name.is_not(None)) | (Inquiry.inquirer_contact.is_not(None)),
            ]
        rows = session.execute(
            select(
                Inquiry.id,
                Inquiry.inquirer_name,
                Inquiry.inquirer_contact,
                Inquiry.subject,
                Inquiry.text,
                Inquiry.internal_notes,
            ).where(*condition)
        ).all()
        if not rows:
            return []
        people = {r.id: (r.inquirer_name, r.inquirer_contact) for r in rows}
        responses = session.execute(
            select(InquiryResponse.id, InquiryResponse.inquiry_id, InquiryResponse.text).where(
                InquiryResponse.inquiry_id.in_(list(people))
            )
        ).all()
        for r in rows:
            if erase:
                subject = ERASED_MARKER if r.subject else ""
                body = ERASED_MARKER
                notes = ERASED_MARKER if r.internal_notes else ""
            else:
                name, contact = people[r.id]
                subject = rules.redact_person(r.subject, name, contact)
                body = rules.redact_person(r.text, name, contact)
                notes = rules.redact_person(r.internal_notes, name, contact)
            session.execute(
                update(Inquiry)
                .where(Inquiry.id == r.id)
                .values(
                    inquirer_name=None,
                    inquirer_contact=None,
                    subject=subject,
                    text=body,
                    internal_notes=notes,
                    anonymised_at=now,
                    # A form still holding the personal data may not write it back (0006).
                    version=Inquiry.version + 1,
                )
            )
        for response in responses:
            if erase:
                new_text = ERASED_MARKER
            else:
                name, contact = people[response.inquiry_id]
                new_text = rules.redact_person(response.text, name, contact)
            if new_text != response.text:
                session.execute(
                    update(InquiryResponse)
                    .where(InquiryResponse.id == response.id)
                    .values(text=new_text)
                )
        return [r.id for r in rows]


# --- helpers -----------------------------------------------------------------------------------


def _inquiry(session: Session, inquiry_id: int) -> Inquiry:
    from app.store.models import Inquiry

    inquiry = session.get(Inquiry, inquiry_id)
    if inquiry is None:
        raise InquiryNotFound(inquiry_id)
    return inquiry


def _fields_of(inquiry: Inquiry) -> InquiryFields:
    """The stored inquiry's editable fields, as :meth:`InquiryInfo.fields` gives them."""
    return InquiryFields(
        channel=inquiry.channel,
        kind=inquiry.kind,
        subject=inquiry.subject,
        text=inquiry.text,
        language=inquiry.language,
        inquirer_name=inquiry.inquirer_name,
        inquirer_contact=inquiry.inquirer_contact,
        received_at=inquiry.received_at,
        post_id=inquiry.post_id,
        campaign_id=inquiry.campaign_id,
        internal_notes=inquiry.internal_notes,
    )


def _read_targets(session: Session) -> dict[str, dt.timedelta]:
    from app.store.models import Setting

    row = session.get(Setting, rules.TARGETS_KEY)
    try:
        return rules.targets_from_settings(row.value if row is not None else None)
    except ValueError as exc:
        log.warning("ignoring the stored response-time targets: %s", exc)
        return rules.default_targets()


def _read_week(session: Session) -> OfficeWeek:
    from app.store.models import Setting

    row = session.get(Setting, rules.OFFICE_HOURS_KEY)
    try:
        return office_week_from_settings(row.value if row is not None else None)
    except ValueError as exc:
        log.warning("ignoring the stored office hours: %s", exc)
        return OfficeWeek()


def _info(
    inquiry: Inquiry, targets: Mapping[str, dt.timedelta], hours: OfficeHours, now: dt.datetime
) -> InquiryInfo:
    target = rules.target_for(inquiry.kind, targets)
    due = hours.add_office_time(inquiry.received_at, target)
    first = inquiry.first_response_at
    awaiting = rules.is_awaiting_response(inquiry.status, first)
    within: bool | None
    if first is not None:
        within = first <= due
    elif awaiting and now > due:
        within = False
    else:
        within = None
    return InquiryInfo(
        id=inquiry.id,
        channel=inquiry.channel,
        kind=inquiry.kind,
        subject=inquiry.subject,
        text=inquiry.text,
        language=inquiry.language,
        inquirer_name=inquiry.inquirer_name,
        inquirer_contact=inquiry.inquirer_contact,
        received_at=inquiry.received_at,
        first_response_at=first,
        resolved_at=inquiry.resolved_at,
        status=inquiry.status,
        post_id=inquiry.post_id,
        campaign_id=inquiry.campaign_id,
        internal_notes=inquiry.internal_notes,
        anonymised_at=inquiry.anonymised_at,
        responses=tuple(
            ResponseInfo(r.id, r.sent_at, r.channel, r.text) for r in inquiry.responses
        ),
        as_of=now,
        target=target,
        deadline=due,
        office_response=hours.office_duration(inquiry.received_at, first) if first else None,
        calendar_response=max(dt.timedelta(0), first - inquiry.received_at) if first else None,
        within_target=within,
        overdue=awaiting and now > due,
        office_left=hours.office_time_left(now, due) if awaiting else None,
        calendar_left=due - now if awaiting else None,
        version=inquiry.version,
    )


def _checked_fields(fields: InquiryFields, now: dt.datetime) -> dict[str, Any]:
    """The columns of ``fields`` after checking them; InquiryError naming the field (never its
    value) otherwise."""
    _check_choice(fields.channel, InquiryChannel, "channel")
    _check_choice(fields.kind, InquiryKind, "kind")
    if fields.language not in LANGUAGES:
        raise InquiryError(f"unknown language {str(fields.language)[:10]!r}: use ar or en")
    subject = _text(fields.subject, "subject", MAX_SUBJECT_CHARS)
    body = _text(fields.text, "text", MAX_TEXT_CHARS)
    if not subject and not body:
        raise InquiryError("an inquiry needs a subject or a text")
    received = None
    if fields.received_at is not None:
        received = _aware(fields.received_at, "received at")
        if received > now:
            raise InquiryError("received at is in the future")
    for name in ("post_id", "campaign_id"):
        value = getattr(fields, name)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
            raise InquiryError(f"{name.replace('_', ' ')} must be a number")
    return {
        "channel": fields.channel,
        "kind": fields.kind,
        "subject": subject,
        "text": body,
        "language": fields.language,
        "inquirer_name": _text(fields.inquirer_name, "inquirer name", MAX_NAME_CHARS) or None,
        "inquirer_contact": _text(fields.inquirer_contact, "inquirer contact", MAX_CONTACT_CHARS)
        or None,
        "received_at": received,
        "post_id": fields.post_id,
        "campaign_id": fields.campaign_id,
        "internal_notes": _text(fields.internal_notes, "internal notes", MAX_NOTES_CHARS),
    }


def _check_links(session: Session, fields: InquiryFields) -> None:
    from app.store.models import Campaign, Post

    if fields.post_id is not None and session.get(Post, fields.post_id) is None:
        raise InquiryError(f"there is no post {fields.post_id}")
    if fields.campaign_id is not None and session.get(Campaign, fields.campaign_id) is None:
        raise InquiryError(f"there is no campaign {fields.campaign_id}")


def _check_choice(value: Any, choices: Any, label: str) -> None:
    known = [c.value for c in choices]
    if value not in known:
        raise InquiryError(f"unknown {label} {str(value)[:30]!r}: one of {', '.join(known)}")


def _text(value: Any, label: str, limit: int) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise InquiryError(f"the {label} must be text")
    value = value.strip()
    if "\x00" in value:
        raise InquiryError(f"the {label} contains a NUL character")
    if len(value) > limit:
        raise InquiryError(f"the {label} is longer than {limit:,} characters")
    return value


def _aware(value: Any, label: str) -> dt.datetime:
    if not isinstance(value, dt.datetime):
        raise InquiryError(f"{label} must be a date and time")
    if value.tzinfo is None or value.utcoffset() is None:
        raise InquiryError(f"{label} has no time zone")
    return value.astimezone(dt.UTC)


def _period(start: Any, end: Any) -> tuple[dt.datetime, dt.datetime]:
    """[start, end) checked (aware, end after start) and in UTC."""
    start, end = _aware(start, "start"), _aware(end, "end")
    if end <= start:
        raise InquiryError("the period ends before it starts")
    return start, end


def _as_utc(value: dt.datetime | None) -> dt.datetime | None:
    if value is None:
        return None
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value


def _stored_utc(text: str | dt.datetime) -> dt.datetime:
    """A date-time read with plain SQL: text on SQLite, a naive (UTC) datetime on PostgreSQL."""
    if isinstance(text, dt.datetime):
        return text.replace(tzinfo=dt.UTC)
    return dt.datetime.fromisoformat(text + "+00:00")


def _chunks(ids: Sequence[int]) -> Iterable[list[int]]:
    for at in range(0, len(ids), _IDS_PER_QUERY):
        yield list(ids[at : at + _IDS_PER_QUERY])


def _reply_info(reply: Any) -> SavedReplyInfo:
    return SavedReplyInfo(reply.id, reply.title, reply.body_ar, reply.body_en)


def _checked_reply(title: str, body_ar: str, body_en: str) -> dict[str, str]:
    title = _reply_text(title, "title", MAX_TITLE_CHARS)
    if not title:
        raise SavedReplyError("a saved reply needs a title")
    body_ar = _reply_text(body_ar, "Arabic text", MAX_TEXT_CHARS)
    body_en = _reply_text(body_en, "English text", MAX_TEXT_CHARS)
    if not body_ar and not body_en:
        raise SavedReplyError("a saved reply needs an Arabic or an English text", "no_text")
    for body in (body_ar, body_en):
        try:
            rules.check_template(body)
        except TemplateError as exc:
            raise _reply_error(exc) from None
    return {"title": title, "body_ar": body_ar, "body_en": body_en}


def _reply_text(value: Any, label: str, limit: int) -> str:
    try:
        return _text(value, label, limit)
    except InquiryError as exc:
        raise SavedReplyError(str(exc)) from None


def _reply_error(exc: TemplateError) -> SavedReplyError:
    if isinstance(exc, rules.UnknownPlaceholder):
        return SavedReplyError(str(exc), "unknown", exc.names)
    if isinstance(exc, rules.MissingValue):
        return SavedReplyError(str(exc), "missing", exc.names)
    if isinstance(exc, rules.MalformedTemplate):
        return SavedReplyError(str(exc), "malformed", position=exc.position)
    return SavedReplyError(str(exc))


def _phone_digits(text: str, strip: bool = True) -> str:
    """The digits of a phone-number-like text (Arabic-Indic digits too); for a query
    (``strip``) without leading zeros and only its last nine digits, "" when it has fewer than
    seven digits or is mostly not a number."""
    from app.core.arabic import to_ascii_digits

    digits = "".join(c for c in to_ascii_digits(text) if c.isascii() and c.isdigit())
    if not strip:
        return digits
    others = sum(1 for c in text if c.isalpha())
    if len(digits) < 7 or others > len(digits) // 3:
        return ""
    return digits.lstrip("0")[-9:]


def _local_text(value: dt.datetime | None, zone: ZoneInfo) -> str:
    return value.astimezone(zone).strftime("%Y-%m-%d %H:%M") if value is not None else ""


def _hours_text(value: dt.timedelta | None) -> str:
    return "" if value is None else f"{value.total_seconds() / 3600:.2f}"


def _cell(text: str) -> str:
    """A free-text cell a spreadsheet will not run as a formula (the public writes these)."""
    if text and text[0] in "=+-@\t\r":
        return "'" + text
    return text


def _export_record(inquiry: Inquiry, zone: ZoneInfo) -> dict[str, Any]:
    def when(value: dt.datetime | None) -> str | None:
        return value.astimezone(zone).isoformat() if value is not None else None

    return {
        "id": inquiry.id,
        "received_at": when(inquiry.received_at),
        "channel": inquiry.channel,
        "kind": inquiry.kind,
        "language": inquiry.language,
        "subject": inquiry.subject,
        "text": inquiry.text,
        "inquirer_name": inquiry.inquirer_name,
        "inquirer_contact": inquiry.inquirer_contact,
        "status": inquiry.status,
        "first_response_at": when(inquiry.first_response_at),
        "resolved_at": when(inquiry.resolved_at),
        "internal_notes": inquiry.internal_notes,
        "responses": [
            {"sent_at": when(r.sent_at), "channel": r.channel, "text": r.text}
            for r in inquiry.responses
        ],
    }
