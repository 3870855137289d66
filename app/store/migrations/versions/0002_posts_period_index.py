"""A covering index for posts of a period by state

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24 22:20:00
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_posts_scheduled_state", "posts", ["scheduled_at", "state"])
    op.drop_index("ix_posts_scheduled_at", table_name="posts")


def downgrade() -> None:
    op.create_index("ix_posts_scheduled_at", "posts", ["scheduled_at"])
    op.drop_index("ix_posts_scheduled_state", table_name="posts")
