"""Fields the post editor and the checklist need

English titles and a cached checklist verdict on posts; quiet periods that allow publishing;
X Premium accounts; "contains text" and captions on media; minors and guardians on consents.
Every new column has a server default, so existing rows get a value.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26 10:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


# Only ALTER TABLE ADD/DROP COLUMN here, never batch mode's copy-and-rename of a table: the
# connection runs with foreign keys on, and dropping the old copy of a table others reference
# (media_assets, posts) would cascade-delete their rows (consents, tags, variants) or fail on a
# RESTRICT (post_media).

_FLAGS = (
    ("quiet_periods", "allows_publishing"),
    ("accounts", "premium"),
    ("media_assets", "contains_text"),
    ("media_assets", "burned_in_captions"),
    ("consent_records", "minor"),
)
_TEXTS = (
    ("posts", "title_en", 300),
    ("posts", "checklist_status", 10),
    ("consent_records", "guardian_name", 200),
)
_CAPTIONS_FK = "fk_media_assets_captions_media_id_media_assets"


def _has_captions_column() -> bool:
    columns = sa.inspect(op.get_bind()).get_columns("media_assets")
    return any(c["name"] == "captions_media_id" for c in columns)


def _sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def upgrade() -> None:
    for table, column in _FLAGS:
        op.add_column(
            table, sa.Column(column, sa.Boolean(), server_default=sa.false(), nullable=False)
        )
    for table, column, length in _TEXTS:
        op.add_column(
            table, sa.Column(column, sa.String(length=length), server_default="", nullable=False)
        )
    # On SQLite a downgrade keeps this column (see there); upgrading again reuses it.
    if _has_captions_column():
        return
    if _sqlite():
        op.execute(
            "ALTER TABLE media_assets ADD COLUMN captions_media_id INTEGER"
            f" CONSTRAINT {_CAPTIONS_FK} REFERENCES media_assets (id)"
        )
    else:
        op.add_column("media_assets", sa.Column("captions_media_id", sa.Integer(), nullable=True))
        op.create_foreign_key(
            _CAPTIONS_FK, "media_assets", "media_assets", ["captions_media_id"], ["id"]
        )


def downgrade() -> None:
    if _sqlite():
        # SQLite cannot drop a column that is part of a foreign key without copying the table
        # (which, as said above, would delete or refuse rows): captions_media_id stays,
        # emptied; the 0002 schema does not read it.
        op.execute("UPDATE media_assets SET captions_media_id = NULL")
    else:
        op.drop_constraint(_CAPTIONS_FK, "media_assets", type_="foreignkey")
        op.drop_column("media_assets", "captions_media_id")
    for table, column, _ in reversed(_TEXTS):
        op.drop_column(table, column)
    for table, column in reversed(_FLAGS):
        op.drop_column(table, column)
