"""Posts out as CSV and JSON, and in from the same JSON: all or nothing, row-numbered errors.

JSON (UTF-8) — what :meth:`PostIO.export_json` writes and :meth:`PostIO.import_json` reads::

    {
      "format": "bayan-posts", "version": 1, "timezone": "Asia/Amman",
      "posts": [
        {
          "id": 12, "state": "approved",
          "title": "…", "title_en": "…",
          "scheduled_at": "2026-06-01T10:00:00+03:00",   (or null; in the workspace's zone)
          "platforms": ["facebook", "x"],
          "text_ar": "…", "text_en": "…",
          "variants": {"x": {"text_ar": "…", "text_en": null}},
          "link": "…", "source_refs": "…",
          "pillar": "…", "campaign": "…", "event": "…",   (names, or null)
          "evergreen": false,
          "manual_checks": {"GOV-PROP-1": true},
          "warning_justifications": {"AR-PUNCT-1": "…"},
          "checklist_status": "ok"
        }
      ]
    }

Importing makes every post a new **draft**: ``id``, ``checklist_status`` and ``manual_checks``
are ignored (the reviewer confirms each post again), ``state`` must be a known state but is not
kept. Only ``title`` is required. A date-time without an offset is read in the workspace's time
zone. Pillars, campaigns and events are found by their Arabic or English name. Either every
post is imported, in one transaction, or none is and :class:`ImportFailed` lists each bad
row's problems with 1-based row numbers (the position in ``posts``).

CSV (UTF-8 with a byte-order mark, so spreadsheet programs read Arabic correctly): one row per
post — id, state, scheduled (ISO 8601 in the workspace's time zone), platforms, title,
title_en, text_ar, text_en, link, pillar, campaign, checklist_status. A text cell that starts
with ``=``, ``+``, ``-`` or ``@`` gets a leading apostrophe so spreadsheets do not run it.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from app.core.domain import Platform, PostState
from app.core.filters import PostFilter
from app.errors import BayanError
from app.services.ics import write_atomically
from app.services.posts import (
    PostFields,
    PostInvalid,
    PostRow,
    PostService,
    filtered_posts,
    normalise_fields,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

FORMAT = "bayan-posts"
VERSION = 1
CSV_COLUMNS = (
    "id",
    "state",
    "scheduled",
    "platforms",
    "title",
    "title_en",
    "text_ar",
    "text_en",
    "link",
    "pillar",
    "campaign",
    "checklist_status",
)
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_ERRORS_IN_MESSAGE = 5
_MAX_IMPORT_BYTES = 64 * 1024 * 1024


class ImportUnreadable(BayanError):
    """The file is not there, not readable, not JSON, or not a posts file."""

    kind = "import"


class ImportFailed(BayanError):
    """Some rows are bad; nothing was imported. ``errors``: (1-based row, message) pairs."""

    kind = "import_rows"

    def __init__(self, errors: list[tuple[int, str]]) -> None:
        self.errors = errors
        rows = sorted({row for row, _ in errors})
        shown = "; ".join(f"row {row}: {message}" for row, message in errors[:_ERRORS_IN_MESSAGE])
        more = len(errors) - _ERRORS_IN_MESSAGE
        tail = f"; and {more} more" if more > 0 else ""
        noun = "row has" if len(rows) == 1 else "rows have"
        super().__init__(f"nothing imported: {len(rows)} {noun} errors: {shown}{tail}")


@dataclass(frozen=True)
class ImportResult:
    created: list[int]


def _cell(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA_STARTS) else value


class PostIO:
    """Export and import of posts. ``tz`` defaults to the workspace's time zone."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        media_dir: Path,
        *,
        clock: Callable[[], dt.datetime] | None = None,
        tz: str | None = None,
    ) -> None:
        self._sessions = sessions
        self._media_dir = Path(media_dir)
        self._clock = clock
        self._tz = tz

    def timezone(self) -> str:
        if self._tz is not None:
            return self._tz
        from app.services.settings import SettingsService

        return SettingsService(self._sessions).timezone()

    # --- export ----------------------------------------------------------------------------

    def _names(self, session: Session) -> tuple[dict[int, str], dict[int, str], dict[int, str]]:
        from sqlalchemy import select

        from app.store.models import Campaign, Event, Pillar

        pillars = {
            i: ar or en
            for i, ar, en in session.execute(select(Pillar.id, Pillar.name_ar, Pillar.name_en))
        }
        campaigns = {
            i: ar or en
            for i, ar, en in session.execute(
                select(Campaign.id, Campaign.name_ar, Campaign.name_en)
            )
        }
        events = {
            i: ar or en
            for i, ar, en in session.execute(select(Event.id, Event.title_ar, Event.title_en))
        }
        return pillars, campaigns, events

    def records(self, post_filter: PostFilter | None = None) -> list[dict[str, Any]]:
        """The JSON objects of the posts passing ``post_filter`` (shape in the docstring)."""
        zone = ZoneInfo(self.timezone())
        with self._sessions() as session:
            pillars, campaigns, events = self._names(session)
            return [
                _record(post, zone, pillars, campaigns, events)
                for post in filtered_posts(session, post_filter)
            ]

    def export_json(self, post_filter: PostFilter | None, path: Path) -> int:
        """Write the posts passing ``post_filter`` to ``path``; returns how many."""
        records = self.records(post_filter)
        # One post a line: readable, and json's C encoder (indent= would use the slow one).
        head = json.dumps({"format": FORMAT, "version": VERSION, "timezone": self.timezone()})
        lines = ",\n".join(json.dumps(r, ensure_ascii=False) for r in records)
        data = f'{head[:-1]}, "posts": [\n{lines}\n]}}\n'
        write_atomically(Path(path), data.encode("utf-8"))
        return len(records)

    def export_csv(self, post_filter: PostFilter | None, path: Path) -> int:
        """Write the posts passing ``post_filter`` to ``path`` as CSV; returns how many."""
        records = self.records(post_filter)
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(CSV_COLUMNS)
        for r in records:
            writer.writerow(
                [
                    r["id"],
                    r["state"],
                    r["scheduled_at"] or "",
                    " ".join(r["platforms"]),
                    _cell(r["title"]),
                    _cell(r["title_en"]),
                    _cell(r["text_ar"]),
                    _cell(r["text_en"]),
                    _cell(r["link"]),
                    _cell(r["pillar"] or ""),
                    _cell(r["campaign"] or ""),
                    r["checklist_status"],
                ]
            )
        write_atomically(Path(path), buffer.getvalue().encode("utf-8-sig"))
        return len(records)

    # --- import ----------------------------------------------------------------------------

    def import_json(self, path: Path) -> ImportResult:
        """Import every post of a JSON file as a new draft, or none (:class:`ImportFailed`)."""
        rows = _read_rows(Path(path))
        zone = ZoneInfo(self.timezone())
        service = PostService(self._sessions, self._media_dir, **self._clock_kw())
        with self._sessions() as session:
            lookups = _Lookups.load(session)
        errors: list[tuple[int, str]] = []
        drafts: list[PostFields] = []
        for number, row in enumerate(rows, start=1):
            problems, fields = _parse_row(row, zone, lookups)
            errors.extend((number, p) for p in problems)
            if fields is not None:
                drafts.append(fields)
        if errors:
            raise ImportFailed(errors)
        # One transaction: should anything still fail here, nothing is imported.
        return ImportResult(service.create_many(drafts, reason="import"))

    def _clock_kw(self) -> dict[str, Any]:
        return {"clock": self._clock} if self._clock is not None else {}


def _record(
    post: PostRow,
    zone: ZoneInfo,
    pillars: dict[int, str],
    campaigns: dict[int, str],
    events: dict[int, str],
) -> dict[str, Any]:
    return {
        "id": post.id,
        "state": post.state,
        "title": post.title,
        "title_en": post.title_en,
        "scheduled_at": (
            post.scheduled_at.astimezone(zone).isoformat() if post.scheduled_at else None
        ),
        "platforms": list(post.platforms),
        "text_ar": post.text_ar,
        "text_en": post.text_en,
        "variants": {
            platform: {"text_ar": ar, "text_en": en} for platform, (ar, en) in post.variants.items()
        },
        "link": post.link,
        "source_refs": post.source_refs,
        "pillar": pillars.get(post.pillar_id) if post.pillar_id else None,
        "campaign": campaigns.get(post.campaign_id) if post.campaign_id else None,
        "event": events.get(post.event_id) if post.event_id else None,
        "evergreen": post.evergreen,
        "manual_checks": post.manual_checks,
        "warning_justifications": post.warning_justifications,
        "checklist_status": post.checklist_status,
    }


def _read_rows(path: Path) -> list[Any]:
    try:
        if path.stat().st_size > _MAX_IMPORT_BYTES:
            raise ImportUnreadable(f"{path} is larger than {_MAX_IMPORT_BYTES // 2**20} MB")
        text = path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        raise ImportUnreadable(f"{path} does not exist") from None
    except IsADirectoryError:
        raise ImportUnreadable(f"{path} is a folder, not a file") from None
    except OSError as exc:
        raise ImportUnreadable(f"cannot read {path}: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise ImportUnreadable(f"{path} is not UTF-8 text") from None
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportUnreadable(
            f"{path} is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from None
    if isinstance(document, dict):
        if document.get("format", FORMAT) != FORMAT:
            raise ImportUnreadable(f"{path} is not a Bayan posts file")
        version = document.get("version", VERSION)
        if not isinstance(version, int) or version > VERSION:
            raise ImportUnreadable(
                f"{path} was written by a newer Bayan (posts format {version}); "
                "install that version to import it"
            )
        rows = document.get("posts")
    else:
        rows = document
    if not isinstance(rows, list):
        raise ImportUnreadable(f'{path} holds no list of posts (expected "posts": [...])')
    if not rows:
        raise ImportUnreadable(f"{path} holds no posts")
    return rows


def _broken_text(value: Any) -> bool:
    """Whether a JSON value holds a string with a lone surrogate, at any depth."""
    if isinstance(value, str):
        return any("\ud800" <= c <= "\udfff" for c in value) if not value.isascii() else False
    if isinstance(value, list):
        return any(_broken_text(v) for v in value)
    if isinstance(value, dict):
        return any(_broken_text(k) or _broken_text(v) for k, v in value.items())
    return False


@dataclass
class _Lookups:
    pillars: dict[str, list[int]]
    campaigns: dict[str, list[int]]
    events: dict[str, list[int]]

    @classmethod
    def load(cls, session: Session) -> _Lookups:
        from sqlalchemy import select

        from app.store.models import Campaign, Event, Pillar

        def index(rows: Any) -> dict[str, list[int]]:
            found: dict[str, list[int]] = {}
            for row_id, *names in rows:
                for name in {n.strip() for n in names if n and n.strip()}:
                    found.setdefault(name, []).append(row_id)
            return found

        return cls(
            index(session.execute(select(Pillar.id, Pillar.name_ar, Pillar.name_en))),
            index(session.execute(select(Campaign.id, Campaign.name_ar, Campaign.name_en))),
            index(session.execute(select(Event.id, Event.title_ar, Event.title_en))),
        )


_KNOWN_KEYS = frozenset(
    {
        "id",
        "state",
        "title",
        "title_en",
        "scheduled_at",
        "platforms",
        "text_ar",
        "text_en",
        "variants",
        "link",
        "source_refs",
        "pillar",
        "campaign",
        "event",
        "evergreen",
        "manual_checks",
        "warning_justifications",
        "checklist_status",
    }
)


def _parse_row(row: Any, zone: ZoneInfo, lookups: _Lookups) -> tuple[list[str], PostFields | None]:
    """The problems of one row (empty when good) and its fields."""
    if not isinstance(row, dict):
        return ["not a JSON object"], None
    problems: list[str] = []
    unknown = sorted(set(row) - _KNOWN_KEYS)
    if unknown:
        problems.append(f"unknown field {', '.join(repr(k) for k in unknown)}")
    for key, value in row.items():
        if _broken_text(key) or _broken_text(value):
            # A lone UTF-16 surrogate ("\ud800" in the JSON) cannot be stored.
            problems.append(f"{key!r} holds broken text (a lone surrogate character)")
            return problems, None

    def text(key: str) -> str:
        value = row.get(key)
        if value is None:
            return ""
        if not isinstance(value, str):
            problems.append(f"{key} must be text")
            return ""
        return value

    title = text("title").strip()
    if not title and "title must be text" not in problems:
        problems.append("missing title")
    elif len(title) > 300:
        problems.append("title is longer than 300 characters")

    state = row.get("state")
    if state is not None and (
        not isinstance(state, str) or state not in PostState._value2member_map_
    ):
        valid = ", ".join(s.value for s in PostState)
        problems.append(f"unknown state {state!r}: use one of {valid}")

    scheduled: dt.datetime | None = None
    raw_time = row.get("scheduled_at")
    if raw_time is not None:
        try:
            if not isinstance(raw_time, str):
                raise ValueError
            scheduled = dt.datetime.fromisoformat(raw_time.strip())
        except ValueError:
            problems.append(
                f"bad date {raw_time!r}: use ISO 8601, such as 2026-06-01T09:00:00+03:00"
            )
        else:
            if scheduled.tzinfo is None:
                scheduled = scheduled.replace(tzinfo=zone)
            try:
                scheduled = scheduled.astimezone(dt.UTC)
            except OverflowError:  # 0001-01-01T00:00+05:00 is before year 1 in UTC
                problems.append(f"date {raw_time!r} is out of range")
                scheduled = None

    known_platforms = {p.value for p in Platform}
    platforms: list[str] = []
    raw_platforms = row.get("platforms", [])
    if not isinstance(raw_platforms, list):
        problems.append('platforms must be a list, such as ["facebook", "x"]')
    else:
        for platform in raw_platforms:
            if not isinstance(platform, str) or platform not in known_platforms:
                choices = ", ".join(p.value for p in Platform)
                problems.append(f"unknown platform {platform!r}: use one of {choices}")
            elif platform not in platforms:
                platforms.append(platform)

    variants: dict[str, tuple[str | None, str | None]] = {}
    raw_variants = row.get("variants") or {}
    if not isinstance(raw_variants, dict):
        problems.append("variants must be an object of platform texts")
    else:
        for platform, texts in raw_variants.items():
            if platform not in platforms:
                problems.append(f"per-platform text for {platform!r}, not a target platform")
                continue
            if not isinstance(texts, dict) or any(
                not (v is None or isinstance(v, str)) for v in texts.values()
            ):
                problems.append(f"per-platform text for {platform!r} must be {{text_ar, text_en}}")
                continue
            variants[platform] = (texts.get("text_ar"), texts.get("text_en"))

    def linked(key: str, table: dict[str, list[int]]) -> int | None:
        name = row.get(key)
        if name is None or name == "":
            return None
        if not isinstance(name, str):
            problems.append(f"{key} must be a name")
            return None
        ids = table.get(name.strip(), [])
        if not ids:
            problems.append(f"unknown {key} {name!r}")
            return None
        if len(set(ids)) > 1:
            problems.append(f"{key} {name!r} names {len(set(ids))} different {key}s")
            return None
        return ids[0]

    pillar_id = linked("pillar", lookups.pillars)
    campaign_id = linked("campaign", lookups.campaigns)
    event_id = linked("event", lookups.events)

    evergreen = row.get("evergreen", False)
    if not isinstance(evergreen, bool):
        problems.append("evergreen must be true or false")
        evergreen = False
    justifications = row.get("warning_justifications") or {}
    if not isinstance(justifications, dict) or not all(
        isinstance(v, str) for v in justifications.values()
    ):
        problems.append("warning_justifications must map rule ids to text")
        justifications = {}

    fields = PostFields(
        title=title,
        title_en=text("title_en").strip(),
        pillar_id=pillar_id,
        campaign_id=campaign_id,
        event_id=event_id,
        platforms=tuple(platforms),
        scheduled_at=scheduled,
        text_ar=text("text_ar"),
        text_en=text("text_en"),
        variants=variants,
        link=text("link").strip(),
        source_refs=text("source_refs"),
        evergreen=evergreen,
        warning_justifications=dict(justifications),
    )
    if problems:
        return problems, None
    try:
        return [], normalise_fields(fields)
    except PostInvalid as exc:
        return [str(exc)], None
