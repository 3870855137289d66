"""Compromised-account incidents, worked through the guideline's playbook (seed 003 §12).

Starting one creates every step of :data:`app.core.accounts.PLAYBOOK_STEPS` as an unticked item;
each step is ticked with the time and a note; closing needs a lessons-learned note, after which
the incident is history and stays as it is.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from app.core.accounts import PLAYBOOK_KEYS, PLAYBOOK_STEPS
from app.errors import BayanError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from app.store.models import SecurityIncident

_TITLES = {step.key: step.title for step in PLAYBOOK_STEPS}
MAX_NOTE_CHARS = 10_000


class IncidentError(BayanError):
    kind = "incident"


class StepInfo(NamedTuple):
    key: str
    title: str  # English; the UI translates by key
    position: int
    done_at: dt.datetime | None  # aware UTC
    note: str

    @property
    def done(self) -> bool:
        return self.done_at is not None


class IncidentInfo(NamedTuple):
    id: int
    account_id: int
    started_at: dt.datetime  # aware UTC
    closed_at: dt.datetime | None
    summary: str
    lessons_learned: str
    steps: tuple[StepInfo, ...]

    @property
    def is_open(self) -> bool:
        return self.closed_at is None

    @property
    def steps_done(self) -> int:
        return sum(1 for s in self.steps if s.done)


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class IncidentService:
    def __init__(
        self, sessions: sessionmaker[Session], clock: Callable[[], dt.datetime] = _utc_now
    ) -> None:
        self._sessions = sessions
        self._clock = clock

    def start(self, account_id: int, summary: str = "") -> IncidentInfo:
        """Open an incident on the account, its steps from the playbook, none done yet."""
        from app.store.models import Account, IncidentStep, SecurityIncident

        _check_note(summary, "summary")
        with self._sessions.begin() as session:
            if session.get(Account, account_id) is None:
                raise IncidentError(f"there is no account {account_id}")
            incident = SecurityIncident(
                account_id=account_id,
                started_at=self._clock(),
                summary=summary.strip(),
                steps=[
                    IncidentStep(position=i, step_key=key, note="")
                    for i, key in enumerate(PLAYBOOK_KEYS)
                ],
            )
            session.add(incident)
            session.flush()
            new_id = incident.id
        return self.get(new_id)

    def mark_step(
        self, incident_id: int, step_key: str, note: str = "", done: bool = True
    ) -> IncidentInfo:
        """Tick a step now (or untick it) and keep its note."""
        _check_note(note, "note")
        with self._sessions.begin() as session:
            incident = self._incident(session, incident_id)
            self._check_open(incident)
            step = next((s for s in incident.steps if s.step_key == step_key), None)
            if step is None:
                raise IncidentError(
                    f"unknown step {str(step_key)[:40]!r}: one of " + ", ".join(PLAYBOOK_KEYS)
                )
            step.done_at = self._clock() if done else None
            step.note = note.strip()
        return self.get(incident_id)

    def close(self, incident_id: int, lessons_learned: str) -> IncidentInfo:
        """Close the incident with its lessons learned (required); the last step is ticked."""
        if not isinstance(lessons_learned, str) or not lessons_learned.strip():
            raise IncidentError("closing an incident needs a lessons-learned note")
        _check_note(lessons_learned, "lessons-learned note")
        with self._sessions.begin() as session:
            incident = self._incident(session, incident_id)
            self._check_open(incident)
            now = self._clock()
            incident.lessons_learned = lessons_learned.strip()
            incident.closed_at = now
            for step in incident.steps:
                if step.step_key == "lessons_learned" and step.done_at is None:
                    step.done_at = now
        return self.get(incident_id)

    def list_for(self, account_id: int) -> list[IncidentInfo]:
        """The account's incidents, newest first."""
        from sqlalchemy import select
        from sqlalchemy.orm import selectinload

        from app.store.models import SecurityIncident

        with self._sessions() as session:
            rows = session.scalars(
                select(SecurityIncident)
                .where(SecurityIncident.account_id == account_id)
                .options(selectinload(SecurityIncident.steps))
                .order_by(SecurityIncident.started_at.desc(), SecurityIncident.id.desc())
            ).all()
            return [_info(row) for row in rows]

    def open_incidents(self) -> list[IncidentInfo]:
        """Every incident not closed yet, oldest first."""
        from sqlalchemy import select

        from app.store.models import SecurityIncident

        with self._sessions() as session:
            rows = session.scalars(
                select(SecurityIncident)
                .where(SecurityIncident.closed_at.is_(None))
                .order_by(SecurityIncident.started_at, SecurityIncident.id)
            ).all()
            return [_info(row) for row in rows]

    def get(self, incident_id: int) -> IncidentInfo:
        with self._sessions() as session:
            return _info(self._incident(session, incident_id))

    @staticmethod
    def _incident(session: Session, incident_id: int) -> SecurityIncident:
        from app.store.models import SecurityIncident

        row = session.get(SecurityIncident, incident_id) if isinstance(incident_id, int) else None
        if row is None:
            raise IncidentError(f"there is no incident {incident_id}")
        return row

    @staticmethod
    def _check_open(incident: SecurityIncident) -> None:
        if incident.closed_at is not None:
            raise IncidentError(f"incident {incident.id} is closed: it cannot be changed")


def _check_note(text: object, what: str) -> None:
    if not isinstance(text, str):
        raise IncidentError(f"the {what} must be text")
    if len(text) > MAX_NOTE_CHARS:
        raise IncidentError(f"the {what} is longer than {MAX_NOTE_CHARS:,} characters")


def _info(row: SecurityIncident) -> IncidentInfo:
    steps = tuple(
        StepInfo(s.step_key, _TITLES.get(s.step_key, s.step_key), s.position, s.done_at, s.note)
        for s in sorted(row.steps, key=lambda s: s.position)
    )
    return IncidentInfo(
        row.id,
        row.account_id,
        row.started_at,
        row.closed_at,
        row.summary,
        row.lessons_learned,
        steps,
    )
