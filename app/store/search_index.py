"""The global search's full-text index, ``search_index`` (migration 0005), kept in step.

One FTS5 row per post, inquiry and media item, holding :func:`app.core.search.index_form` of
its texts in two columns, ``title`` and ``body`` (``kind`` and ``ref_id`` say whose row it is).
The rowid is ``kind code << 40 | id`` (post 1, inquiry 2, media 3), so one kind's matches are
a rowid range, which FTS5 seeks without reading the other kinds' matches.

What is indexed (and, as much, what is not: an inquirer's name and contact never are):

- a post: title and English title; Arabic and English texts and each platform's own texts;
- an inquiry: subject; text and the responses' texts;
- a media item: title; description, alt texts, file name and tags.

Kept in step on every change made through the ORM: mapper events note which rows of
:data:`WATCHED` a flush inserts, updates (in an indexed column) or deletes, and an
``after_flush`` listener on every :class:`~sqlalchemy.orm.Session` re-indexes them in the same
transaction (:func:`install`, called by :func:`app.store.engine.make_session_factory`). Writes
that bypass the ORM (Core ``update()``/``insert()``, raw SQL) call :func:`reindex` themselves, or
:func:`rebuild` after a bulk load.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from app.core.search import index_form

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection
    from sqlalchemy.orm import Session

TABLE = "search_index"
KINDS = ("post", "inquiry", "media")
KIND_CODES = {"post": 1, "inquiry": 2, "media": 3}
ROWID_SHIFT = 40
CREATE_SQL = (
    f"CREATE VIRTUAL TABLE {TABLE} USING fts5("
    "kind UNINDEXED, ref_id UNINDEXED, title, body,"
    " tokenize = 'unicode61 remove_diacritics 2')"
)
AUTOMERGE = 4  # FTS5's default: segments of a level merged once there are this many
OPTIMIZE_SQL = f"INSERT INTO {TABLE}({TABLE}) VALUES ('optimize')"
_INSERT_SQL = f"INSERT INTO {TABLE} (rowid, kind, ref_id, title, body) VALUES (?, ?, ?, ?, ?)"
_IDS_PER_QUERY = 900  # well under SQLite's limit on parameters in one statement
_PENDING = "bayan.search_pending"


def rowid_of(kind: str, ref_id: int) -> int:
    return (KIND_CODES[kind] << ROWID_SHIFT) | int(ref_id)


def rowid_range(kind: str) -> tuple[int, int]:
    """The first and last rowid ``kind``'s rows can have."""
    base = KIND_CODES[kind] << ROWID_SHIFT
    return base, base | ((1 << ROWID_SHIFT) - 1)


def kind_of_rowid(rowid: int) -> tuple[str, int]:
    code = rowid >> ROWID_SHIFT
    for kind, value in KIND_CODES.items():
        if value == code:
            return kind, rowid & ((1 << ROWID_SHIFT) - 1)
    raise ValueError(f"rowid {rowid} belongs to no kind")


# --- the texts of each kind ------------------------------------------------------------------


def _join(parts: Iterable[str | None]) -> str:
    """Non-empty texts, each once, one per paragraph."""
    seen: list[str] = []
    for part in parts:
        if part and part.strip() and part not in seen:
            seen.append(part)
    return "\n\n".join(seen)


def _marks(values: Sequence[Any]) -> str:
    return ",".join("?" * len(values))


def read_fields(
    raw: Any, kind: str, ids: Sequence[int] | None
) -> dict[int, tuple[tuple[str, ...], tuple[str, ...]]]:
    """(titles, bodies) in original form of each ``kind`` row among ``ids`` (every row with
    None) that exists, read through a DB-API connection ``raw``: the texts that go into the
    index's ``title`` and ``body`` columns, one by one, in order (empty ones too)."""
    if ids is not None and not ids:
        return {}
    where, params = ("", []) if ids is None else (f" WHERE {{col}} IN ({_marks(ids)})", list(ids))
    fields: dict[int, tuple[tuple[str, ...], tuple[str, ...]]] = {}
    if kind == "post":
        extra: dict[int, list[str]] = {}
        own_text = "(text_ar IS NOT NULL OR text_en IS NOT NULL)"  # most variants have none
        for post_id, text_ar, text_en in raw.execute(
            "SELECT post_id, text_ar, text_en FROM post_variants"
            + (where.format(col="post_id") + " AND " if where else " WHERE ")
            + own_text
            + " ORDER BY post_id, id",
            params,
        ):
            extra.setdefault(post_id, []).extend((text_ar or "", text_en or ""))
        for post_id, title, title_en, text_ar, text_en in raw.execute(
            "SELECT id, title, title_en, text_ar, text_en FROM posts" + where.format(col="id"),
            params,
        ):
            fields[post_id] = (
                (title or "", title_en or ""),
                (text_ar or "", text_en or "", *extra.get(post_id, ())),
            )
    elif kind == "inquiry":
        # Never inquirer_name nor inquirer_contact (nor the internal notes).
        responses: dict[int, list[str]] = {}
        for inquiry_id, text in raw.execute(
            "SELECT inquiry_id, text FROM inquiry_responses"
            + where.format(col="inquiry_id")
            + " ORDER BY inquiry_id, sent_at, id",
            params,
        ):
            responses.setdefault(inquiry_id, []).append(text or "")
        for inquiry_id, subject, text in raw.execute(
            "SELECT id, subject, text FROM inquiries" + where.format(col="id"), params
        ):
            fields[inquiry_id] = ((subject or "",), (text or "", *responses.get(inquiry_id, ())))
    elif kind == "media":
        tags: dict[int, list[str]] = {}
        for media_id, tag in raw.execute(
            "SELECT media_id, tag FROM media_tags" + where.format(col="media_id") + " ORDER BY id",
            params,
        ):
            tags.setdefault(media_id, []).append(tag)
        for media_id, title, description, alt_ar, alt_en, name in raw.execute(
            "SELECT id, title, description, alt_ar, alt_en, original_name FROM media_assets"
            + where.format(col="id"),
            params,
        ):
            fields[media_id] = (
                (title or "",),
                (
                    description or "",
                    alt_ar or "",
                    alt_en or "",
                    name or "",
                    " ".join(tags.get(media_id, ())),
                ),
            )
    else:
        raise ValueError(f"unknown search kind {kind!r}: one of {', '.join(KINDS)}")
    return fields


def read_texts(raw: Any, kind: str, ids: Sequence[int] | None) -> dict[int, tuple[str, str]]:
    """(title, body) of each row as :func:`read_fields` reads them, each joined into one text."""
    return {
        ref_id: (_join(titles), _join(bodies))
        for ref_id, (titles, bodies) in read_fields(raw, kind, ids).items()
    }


def index_rows(
    kind: str, texts: dict[int, tuple[str, str]], seen: dict[str, str] | None = None
) -> list[tuple[Any, ...]]:
    """The FTS5 rows (rowid, kind, ref_id, title, body) of ``texts``, in index form.

    ``seen``, when given, remembers the index form of each text, so a text that comes again
    (a bulk load of repeated texts) is not worked out again."""
    if seen is None:
        return [
            (rowid_of(kind, ref_id), kind, ref_id, index_form(title), index_form(body))
            for ref_id, (title, body) in texts.items()
        ]

    def form(text: str) -> str:
        known = seen.get(text)
        if known is None:
            known = seen[text] = index_form(text)
        return known

    return [
        (rowid_of(kind, ref_id), kind, ref_id, form(title), form(body))
        for ref_id, (title, body) in texts.items()
    ]


# bm25 weights of the columns kind, ref_id, title, body: a word in the title counts four times.
RANK_SQL = "bm25(search_index, 0.0, 0.0, 4.0, 1.0)"
# Matches of one kind ranked at most: the newest this many. A word most items share (in the
# large demo workspace «الاقتراع» is in 44,000 of 50,000 posts) would otherwise cost a bm25 score
# for each of them (50 ms there); rarer words have all their matches ranked.
RANK_WINDOW = 500


def ranked(
    raw: Any, match: str, kind: str, limit: int, window: int = RANK_WINDOW
) -> list[tuple[int, float]]:
    """(ref_id, bm25 score: lower is better) of the best ``limit`` ``kind`` rows for an FTS5
    ``match`` expression (:func:`app.core.search.fts_match`), best first, newer first among
    equals, among the newest ``window`` matches (at least ``limit``). Reads the rowid range
    of the kind only, newest first, and stops there."""
    low, high = rowid_range(kind)
    mask = (1 << ROWID_SHIFT) - 1
    if _on_server(raw):
        return _ranked_on_server(raw, match, low, high, limit, window)
    rows = raw.execute(
        f"SELECT rowid, {RANK_SQL} FROM {TABLE} WHERE {TABLE} MATCH ?"
        " AND rowid BETWEEN ? AND ? ORDER BY rowid DESC LIMIT ?",
        (match, low, high, max(limit, window)),
    ).fetchall()
    rows.sort(key=lambda row: (row[1], -row[0]))
    return [(rowid & mask, score) for rowid, score in rows[:limit]]


# --- on PostgreSQL (team mode) ---------------------------------------------------------------
# The same rows in an ordinary table (migration 0005) whose generated ``doc`` column is the
# tsvector ('simple': the texts are in index form already) of the title (weight A) and body
# (weight B); a query is every term as a prefix (``'term':*``), all required, and ranks by
# ts_rank with a title word counting four times a body word, as bm25's weights do on SQLite.

# ts_rank's weights of D, C, B, A: body (B) 0.25, title (A) 1.0.
PG_RANK_WEIGHTS = "{0.1, 0.2, 0.25, 1.0}"
_FTS_TERM = None  # compiled on first use
_PG_PIECE = None


_PG_SEPARATOR = None  # compiled on first use


def server_form(text: str) -> str:
    """An index-form text as the PostgreSQL table stores it: every character that is not a
    letter, digit, mark or private-use character becomes a space. FTS5's tokenizer splits words
    there; PostgreSQL's parser would otherwise keep ``info@iec.jo``, ``example.org/path`` or
    ``a_b`` as single tokens that a search for «iec», «path» or «b» does not find."""
    global _PG_SEPARATOR
    if _PG_SEPARATOR is None:
        import regex

        _PG_SEPARATOR = regex.compile(r"[^\p{L}\p{N}\p{M}\p{Co}]+")
    return _PG_SEPARATOR.sub(" ", text).strip()


def _server_rows(rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    return [
        (rowid, kind, ref_id, server_form(t), server_form(b)) for rowid, kind, ref_id, t, b in rows
    ]


def _on_server(raw: Any) -> bool:
    """Whether ``raw`` is team mode's :class:`app.store.server.ServerConnection` (by name: the
    SQLite path does not import that module)."""
    return type(raw).__name__ == "ServerConnection"


def pg_tsquery(match: str) -> str:
    """The ``to_tsquery('simple', …)`` text of an FTS5 MATCH expression made by
    :func:`app.core.search.fts_match` (``"a"* AND "b"*``): ``a:* & b:*``. A term holding
    characters that are not letters, digits or marks is split at them (the parser splits the
    indexed text there too), so nothing in a term can be read as tsquery syntax; ``""`` when
    nothing is left."""
    global _FTS_TERM, _PG_PIECE
    import regex

    if _FTS_TERM is None:
        _FTS_TERM = regex.compile(r'"((?:[^"]|"")*)"\*')
        _PG_PIECE = regex.compile(r"[\p{L}\p{N}\p{Co}\p{M}]+")
    assert _PG_PIECE is not None
    pieces: list[str] = []
    for found in _FTS_TERM.finditer(match):
        term = found.group(1).replace('""', '"').lower()
        pieces.extend(f"{piece}:*" for piece in _PG_PIECE.findall(term))
    return " & ".join(pieces)


def _ranked_on_server(
    raw: Any, match: str, low: int, high: int, limit: int, window: int
) -> list[tuple[int, float]]:
    query = pg_tsquery(match)
    if not query:
        return []
    rows = raw.execute(
        f"SELECT rowid, ts_rank('{PG_RANK_WEIGHTS}', doc, q) FROM {TABLE},"
        " to_tsquery('simple', ?) q WHERE doc @@ q AND rowid BETWEEN ? AND ?"
        " ORDER BY rowid DESC LIMIT ?",
        (query, low, high, max(limit, window)),
    ).fetchall()
    mask = (1 << ROWID_SHIFT) - 1
    # ts_rank is higher for a better match: negated, lower is better as with bm25.
    scored = [(rowid, -float(rank)) for rowid, rank in rows]
    scored.sort(key=lambda row: (row[1], -row[0]))
    return [(rowid & mask, score) for rowid, score in scored[:limit]]


# --- writing the index -----------------------------------------------------------------------


def _driver_connection(target: Session | Connection) -> Any:
    """The DB-API connection under a session's or a Core connection's current transaction (on
    PostgreSQL wrapped to take the same SQLite-spelled queries)."""
    from sqlalchemy.orm import Session

    conn = target.connection() if isinstance(target, Session) else target
    if conn.dialect.name == "postgresql":
        from app.store.server import ServerConnection

        return ServerConnection(conn.connection.driver_connection)
    return conn.connection.driver_connection


def reindex(target: Session | Connection, kind: str, ids: Iterable[int]) -> int:
    """Bring the index rows of these ``kind`` rows (``"post"``, ``"inquiry"``, ``"media"``) up
    to date in the current transaction: re-made from what the tables hold now, removed for rows
    that are gone. For writes that bypass the ORM. Returns how many rows are indexed."""
    if kind not in KIND_CODES:
        raise ValueError(f"unknown search kind {kind!r}: one of {', '.join(KINDS)}")
    wanted = sorted({int(i) for i in ids})
    if not wanted:
        return 0
    raw = _driver_connection(target)
    indexed = 0
    for at in range(0, len(wanted), _IDS_PER_QUERY):
        chunk = wanted[at : at + _IDS_PER_QUERY]
        rows = index_rows(kind, read_texts(raw, kind, chunk))
        if _on_server(raw):
            rows = _server_rows(rows)
        raw.execute(
            f"DELETE FROM {TABLE} WHERE rowid IN ({_marks(chunk)})",
            [rowid_of(kind, i) for i in chunk],
        )
        raw.executemany(_INSERT_SQL, rows)
        indexed += len(rows)
    return indexed


def rebuild(target: Session | Connection, *, merge: bool = True) -> int:
    """Make the whole index again from the tables (after a bulk load, or to repair it), in the
    current transaction; then (``merge``) merge it into one segment. Returns how many rows it
    holds."""
    raw = _driver_connection(target)
    if raw.execute(f"SELECT 1 FROM {TABLE} LIMIT 1").fetchone():
        raw.execute(f"DELETE FROM {TABLE}")
    if _on_server(raw):  # no segments to merge: the GIN index takes the rows as they come
        count = 0
        for kind in KINDS:
            rows = _server_rows(index_rows(kind, read_texts(raw, kind, None)))
            raw.executemany(_INSERT_SQL, rows)
            count += len(rows)
        return count
    # Fewer merges while loading (16 segments of a level before they are merged, rather than
    # 4): a third faster; the optimize below merges everything anyway.
    raw.execute(f"INSERT INTO {TABLE}({TABLE}, rank) VALUES ('automerge', 16)")
    count = 0
    seen: dict[str, str] = {}
    for kind in KINDS:
        rows = index_rows(kind, read_texts(raw, kind, None), seen)
        raw.executemany(_INSERT_SQL, rows)
        count += len(rows)
    seen.clear()
    raw.execute(f"INSERT INTO {TABLE}({TABLE}, rank) VALUES ('automerge', {AUTOMERGE})")
    if merge:
        raw.execute(OPTIMIZE_SQL)
    return count


def optimize(target: Session | Connection) -> None:
    """Merge the index into one segment: afterwards no segment holds the words of rows deleted
    or re-indexed before (what anonymising needs, with ``secure_delete`` on). Nothing on
    PostgreSQL: its index has no segments; deleted rows' space goes with the server's VACUUM."""
    raw = _driver_connection(target)
    if not _on_server(raw):
        raw.execute(OPTIMIZE_SQL)


# --- keeping it in step with the ORM ---------------------------------------------------------

# Model name -> (kind, attribute holding the indexed row's id, columns whose change matters).
WATCHED: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "Post": ("post", "id", ("title", "title_en", "text_ar", "text_en")),
    "PostVariant": ("post", "post_id", ("post_id", "text_ar", "text_en")),
    "Inquiry": ("inquiry", "id", ("subject", "text")),
    "InquiryResponse": ("inquiry", "inquiry_id", ("inquiry_id", "text")),
    "MediaAsset": (
        "media",
        "id",
        ("title", "description", "alt_ar", "alt_en", "original_name"),
    ),
    "MediaTag": ("media", "media_id", ("media_id", "tag")),
}
_installed = False


def _note(target: Any, kind: str, attribute: str, old_too: bool) -> None:
    from sqlalchemy import inspect
    from sqlalchemy.orm import object_session

    session = object_session(target)
    if session is None:
        return
    pending: set[tuple[str, int]] = session.info.setdefault(_PENDING, set())
    state = inspect(target)
    # From what is loaded (no SQL in the middle of a flush); a deleted row's id from its key.
    value = state.dict.get(attribute)
    if value is None and attribute == "id" and state.identity:
        value = state.identity[0]
    if value is not None:
        pending.add((kind, value))
    if old_too and attribute != "id":  # a variant, response or tag moved to another parent
        for old in state.attrs[attribute].history.deleted or ():
            if old is not None:
                pending.add((kind, old))


def _listen_model(model: type, kind: str, attribute: str, columns: tuple[str, ...]) -> None:
    from sqlalchemy import event, inspect

    def inserted(_mapper: Any, _conn: Any, target: Any) -> None:
        _note(target, kind, attribute, old_too=False)

    def updated(_mapper: Any, _conn: Any, target: Any) -> None:
        state = inspect(target)
        if any(state.attrs[c].history.has_changes() for c in columns):
            _note(target, kind, attribute, old_too=True)

    def deleted(_mapper: Any, _conn: Any, target: Any) -> None:
        _note(target, kind, attribute, old_too=False)

    event.listen(model, "after_insert", inserted)
    event.listen(model, "after_update", updated)
    event.listen(model, "after_delete", deleted)


def _after_flush(session: Session, _context: Any) -> None:
    pending: set[tuple[str, int]] | None = session.info.pop(_PENDING, None)
    if not pending:
        return
    by_kind: dict[str, set[int]] = {}
    for kind, ref_id in pending:
        by_kind.setdefault(kind, set()).add(ref_id)
    for kind, ids in by_kind.items():
        reindex(session, kind, ids)


def _after_rollback(session: Session, _previous: Any) -> None:
    session.info.pop(_PENDING, None)


def install() -> None:
    """Listen to the ORM so the index follows every flush (once per process)."""
    global _installed
    if _installed:
        return
    from sqlalchemy import event
    from sqlalchemy.orm import Session

    from app.store import models

    for name, (kind, attribute, columns) in WATCHED.items():
        _listen_model(getattr(models, name), kind, attribute, columns)
    event.listen(Session, "after_flush", _after_flush)
    event.listen(Session, "after_soft_rollback", _after_rollback)
    _installed = True
