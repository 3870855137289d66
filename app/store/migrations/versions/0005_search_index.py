"""The global search's full-text index

An FTS5 table, ``search_index`` (kind, ref_id, title, body; ``unicode61 remove_diacritics 2``),
holding the normalised texts of every post, inquiry and media item (see
``app/store/search_index.py``), filled here for the rows already there. Inquirers' names and
contacts are never in it. Alembic's autogenerate leaves it and its shadow tables alone
(``include_name`` in env.py).

The texts are read with this revision's own SQL, on the columns of schema 0004, so a later
change to what the app indexes does not change what this step does (a later migration would
rebuild the index instead).

On PostgreSQL (team mode) the same rows go into an ordinary table whose ``doc`` column is a
``tsvector`` ('simple' configuration: no stemming, the text is already in index form) made
from ``title`` (weight A) and ``body`` (weight B), with a GIN index.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27 09:00:00
"""

from __future__ import annotations

from typing import Any

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_CREATE = (
    "CREATE VIRTUAL TABLE search_index USING fts5("
    "kind UNINDEXED, ref_id UNINDEXED, title, body,"
    " tokenize = 'unicode61 remove_diacritics 2')"
)
_CREATE_PG = (
    "CREATE TABLE search_index (rowid BIGINT PRIMARY KEY, kind VARCHAR(10) NOT NULL,"
    " ref_id BIGINT NOT NULL, title TEXT NOT NULL, body TEXT NOT NULL,"
    " doc tsvector GENERATED ALWAYS AS (setweight(to_tsvector('simple', title), 'A')"
    " || setweight(to_tsvector('simple', body), 'B')) STORED)"
)
_INDEX_PG = "CREATE INDEX ix_search_index_doc ON search_index USING gin (doc)"
_INSERT = "INSERT INTO search_index (rowid, kind, ref_id, title, body) VALUES (?, ?, ?, ?, ?)"
# rowid = kind code << 40 | id: one kind's rows are one rowid range.
_CODES = {"post": 1, "inquiry": 2, "media": 3}


def _join(parts: Any) -> str:
    seen: list[str] = []
    for part in parts:
        if part and part.strip() and part not in seen:
            seen.append(part)
    return "\n\n".join(seen)


def _grouped(raw: Any, sql: str) -> dict[int, list[Any]]:
    groups: dict[int, list[Any]] = {}
    for key, *values in raw.execute(sql):
        groups.setdefault(key, []).extend(values)
    return groups


def _texts(raw: Any) -> Any:
    """(kind, id, title, body) of every row, in original form."""
    variants = _grouped(
        raw, "SELECT post_id, text_ar, text_en FROM post_variants ORDER BY post_id, id"
    )
    for post_id, title, title_en, text_ar, text_en in raw.execute(
        "SELECT id, title, title_en, text_ar, text_en FROM posts"
    ).fetchall():
        yield (
            "post",
            post_id,
            _join((title, title_en)),
            _join((text_ar, text_en, *variants.get(post_id, ()))),
        )
    # Never inquirer_name, inquirer_contact or internal_notes.
    responses = _grouped(
        raw,
        "SELECT inquiry_id, text FROM inquiry_responses ORDER BY inquiry_id, sent_at, id",
    )
    for inquiry_id, subject, text in raw.execute(
        "SELECT id, subject, text FROM inquiries"
    ).fetchall():
        yield "inquiry", inquiry_id, subject or "", _join((text, *responses.get(inquiry_id, ())))
    tags = _grouped(raw, "SELECT media_id, tag FROM media_tags ORDER BY id")
    for media_id, title, description, alt_ar, alt_en, name in raw.execute(
        "SELECT id, title, description, alt_ar, alt_en, original_name FROM media_assets"
    ).fetchall():
        yield (
            "media",
            media_id,
            title or "",
            _join((description, alt_ar, alt_en, name, " ".join(tags.get(media_id, ())))),
        )


def upgrade() -> None:
    from app.core.search import index_form

    bind = op.get_bind()
    sqlite = bind.dialect.name == "sqlite"
    bind.exec_driver_sql(_CREATE if sqlite else _CREATE_PG)
    raw = bind.connection.driver_connection
    rows = [
        ((_CODES[kind] << 40) | ref_id, kind, ref_id, index_form(title), index_form(body))
        for kind, ref_id, title, body in _texts(raw)
    ]
    if sqlite:
        raw.executemany(_INSERT, rows)
        raw.execute("INSERT INTO search_index(search_index) VALUES ('optimize')")
        return
    # PostgreSQL's parser keeps "a@b.org" or "x.org/path" as one token where FTS5 splits it:
    # every character that is not a letter, digit, mark or private-use one becomes a space.
    import regex

    separator = regex.compile(r"[^\p{L}\p{N}\p{M}\p{Co}]+")
    rows = [
        (rowid, kind, ref_id, separator.sub(" ", t).strip(), separator.sub(" ", b).strip())
        for rowid, kind, ref_id, t, b in rows
    ]
    if rows:
        with raw.cursor() as cursor:
            cursor.executemany(_INSERT.replace("?", "%s"), rows)
    bind.exec_driver_sql(_INDEX_PG)


def downgrade() -> None:
    op.get_bind().exec_driver_sql("DROP TABLE IF EXISTS search_index")
