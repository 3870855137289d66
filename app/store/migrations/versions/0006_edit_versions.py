"""A version counter on posts and inquiries, for optimistic locking

Two officers may open the same post (or inquiry) at once, on a shared server or in two windows.
Each save of a row checks the version it read and writes the next one (SQLAlchemy's
``version_id_col``): the second of two concurrent saves finds a newer version and is refused,
with nothing changed, instead of silently overwriting the first.

Existing rows start at 1 (the server default). Only ALTER TABLE ADD/DROP COLUMN, on SQLite and
PostgreSQL alike — never a copy of the table (see 0003 on why not).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25 04:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_TABLES = ("posts", "inquiries")


def upgrade() -> None:
    for table in _TABLES:
        op.add_column(table, sa.Column("version", sa.Integer(), server_default="1", nullable=False))


def downgrade() -> None:
    for table in reversed(_TABLES):
        op.drop_column(table, "version")
