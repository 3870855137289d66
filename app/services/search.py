"""Global search: posts, inquiries and media in one list, grouped by kind, best matches first.

The query goes through :func:`app.core.search.query_terms` (Arabic spelling variants, diacritics,
tatweel, digits and case folded; the article stripped; FTS5 syntax dropped) and becomes a prefix
query on the ``search_index`` FTS5 table (:mod:`app.store.search_index`), one ranked query per
kind on its rowid range. Titles and snippets come from the rows as stored (read by id), with the
spans of the matched words for highlighting. Reads go through the standard library's ``sqlite3``
(:class:`app.store.fastread.FastReader`); the ORM is needed only for :meth:`SearchService.rebuild`.

Inquirers' names and contacts are never indexed, so never found and never shown.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.search import first_match, fts_match, match_spans, query_terms, snippet
from app.errors import BayanError
from app.store.search_index import KINDS

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from app.store.fastread import FastReader

__all__ = ["KINDS", "MAX_QUERY_CHARS", "SearchError", "SearchHit", "SearchService", "reindex"]

MAX_QUERY_CHARS = 1_000
MAX_LIMIT = 500
TITLE_CHARS = 120
Spans = tuple[tuple[int, int], ...]


class SearchError(BayanError):
    kind = "search"


@dataclass(frozen=True)
class SearchHit:
    """One result. ``kind`` is "post", "inquiry" or "media"; ``title`` and ``snippet`` are
    the stored texts (the snippet about 160 characters around the first match, "…" where cut,
    on one line); the spans are (start, end) of the matched words in them; ``rank`` is FTS5's
    bm25 relevance turned round: higher is better."""

    kind: str
    ref_id: int
    title: str
    snippet: str
    title_spans: Spans
    snippet_spans: Spans
    rank: float


def reindex(session: Session, kind: str, ids: list[int] | set[int] | tuple[int, ...]) -> int:
    """Bring the index rows of these ``kind`` rows up to date in ``session``'s transaction, for
    writes that bypass the ORM (Core ``update()``/``insert()``, raw SQL); see
    :func:`app.store.search_index.reindex`."""
    from app.store import search_index

    return search_index.reindex(session, kind, ids)


class SearchService:
    """Searches one workspace. ``reader``, when given, is the window's read-only connection
    (searching then needs no ORM: ``sessions`` may be None, and is used by :meth:`rebuild`
    only); otherwise the service opens its own on first use (use it from one thread;
    :meth:`close` it when done).

    Ranking: FTS5's bm25, a word in a title counting four times one in a text; for a word that
    more than :data:`app.store.search_index.RANK_WINDOW` items of a kind contain, the best of
    the newest that many (ranking them all would cost a score for each, 50 ms for a word in
    44,000 posts)."""

    def __init__(
        self, sessions: sessionmaker[Session] | None, reader: FastReader | None = None
    ) -> None:
        self._sessions = sessions
        self._reader = reader
        self._own_reader: FastReader | None = None

    def close(self) -> None:
        if self._own_reader is not None:
            self._own_reader.close()
            self._own_reader = None

    def __enter__(self) -> SearchService:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def search(self, query: str, limit_per_kind: int = 20) -> list[SearchHit]:
        """Posts, then inquiries, then media matching every word of ``query`` (as a word
        prefix), best match first within each kind, at most ``limit_per_kind`` of each.
        ``[]`` (without reading anything) for a query with nothing to look for."""
        if not isinstance(query, str):
            raise SearchError("the search query must be text")
        if len(query) > MAX_QUERY_CHARS:
            raise SearchError(f"the search query is longer than {MAX_QUERY_CHARS:,} characters")
        if (
            isinstance(limit_per_kind, bool)
            or not isinstance(limit_per_kind, int)
            or not 1 <= limit_per_kind <= MAX_LIMIT
        ):
            raise SearchError(f"the number of results per kind must be from 1 to {MAX_LIMIT}")
        terms = query_terms(query)
        if not terms:
            return []
        match = fts_match(terms)
        reader = self._read()
        hits: list[SearchHit] = []
        try:
            for kind in KINDS:
                ranked = reader.search_ranked(match, kind, limit_per_kind)
                if not ranked:
                    continue
                fields = reader.search_fields(kind, [ref_id for ref_id, _ in ranked])
                for ref_id, score in ranked:
                    found = fields.get(ref_id)
                    if found is not None:
                        hits.append(_hit(kind, ref_id, found[0], found[1], terms, score))
        except Exception as exc:
            if not _database_error(exc):
                raise
            if "no such table" in str(exc):
                raise SearchError(
                    "this workspace has no search index yet: open it with this version of "
                    "Bayan first"
                ) from None
            raise SearchError(f"the search could not read the workspace: {exc}") from None
        return hits

    def rebuild(self) -> int:
        """Make the whole search index again from the stored posts, inquiries and media (a
        repair; it is kept in step by itself). Returns how many items it holds."""
        from app.store import search_index

        if self._sessions is None:
            raise SearchError("rebuilding the search index needs the workspace's sessions")
        with self._sessions.begin() as session:
            return search_index.rebuild(session)

    def _read(self) -> FastReader:
        if self._reader is not None:
            return self._reader
        if self._own_reader is None:
            from app.store.fastread import FastReader

            bind = self._sessions.kw.get("bind") if self._sessions is not None else None
            if getattr(getattr(bind, "dialect", None), "name", "") == "postgresql":
                url = bind.url.render_as_string(hide_password=False)  # type: ignore[union-attr]
                self._own_reader = FastReader(Path(), database_url=url)
            else:
                self._own_reader = FastReader(_database_path(self._sessions))
        return self._own_reader


def _database_error(exc: BaseException) -> bool:
    """An error of the database driver (sqlite3's, or psycopg's in team mode)."""
    return isinstance(exc, sqlite3.Error) or type(exc).__module__.startswith("psycopg")


def _database_path(sessions: sessionmaker[Session] | None) -> Path:
    bind = sessions.kw.get("bind") if sessions is not None else None
    database = getattr(getattr(bind, "url", None), "database", None)
    if not database:
        raise SearchError("the search needs a workspace database file")
    return Path(database)


def _hit(
    kind: str,
    ref_id: int,
    titles: tuple[str, ...],
    bodies: tuple[str, ...],
    terms: list[str],
    score: float,
) -> SearchHit:
    title = _title(kind, titles, bodies, terms)
    # Texts that only repeat the title (a media item described by its title) are no snippet.
    bodies = tuple(b for b in bodies if b and b.strip() and _one_line(b) != title)
    text, spans = "", []
    for body in bodies:
        hit = first_match(body, terms)
        if hit is not None:
            text, spans = snippet(body, terms, hit=hit)
            break
    else:
        if bodies:
            text, spans = snippet(bodies[0], terms)
    return SearchHit(
        kind=kind,
        ref_id=ref_id,
        title=title,
        snippet=text,
        title_spans=tuple(match_spans(title, terms)),
        snippet_spans=tuple(spans),
        rank=-score,
    )


def _title(kind: str, titles: tuple[str, ...], bodies: tuple[str, ...], terms: list[str]) -> str:
    """The first title a term matches, else the first one set; for an item without one, the
    start of its first text (a media item: its file name)."""
    present = [t.strip() for t in titles if t and t.strip()]
    for title in present:
        if first_match(title, terms) is not None:
            return _one_line(title)
    if present:
        return _one_line(present[0])
    if kind == "media" and len(bodies) > 3 and bodies[3]:
        return _one_line(bodies[3])  # the file name
    first = next((b for b in bodies if b and b.strip()), "")
    return _one_line(first)


def _one_line(text: str) -> str:
    line = " ".join(text.split())
    if len(line) <= TITLE_CHARS:
        return line
    cut = line.rfind(" ", TITLE_CHARS // 2, TITLE_CHARS)
    return line[: cut if cut > 0 else TITLE_CHARS] + " …"
