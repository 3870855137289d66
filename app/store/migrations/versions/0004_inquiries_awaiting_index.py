"""A covering index for inquiries still awaiting a first response

The dashboard counts the overdue ones at start-up: status and "no response yet" pick the rows,
kind and receipt time are all the count needs, so it reads the index alone.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25 02:30:00
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_inquiries_awaiting",
        "inquiries",
        ["status", "first_response_at", "kind", "received_at"],
    )


def downgrade() -> None:
    op.drop_index("ix_inquiries_awaiting", table_name="inquiries")
