"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-24 21:18:17.730438
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "accounts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("platform", sa.String(length=20), nullable=False),
        sa.Column("handle", sa.String(length=200), nullable=False),
        sa.Column("url", sa.String(length=500), nullable=False),
        sa.Column("official_email", sa.String(length=300), nullable=False),
        sa.Column("verified", sa.Boolean(), nullable=False),
        sa.Column("two_factor_enabled", sa.Boolean(), nullable=False),
        sa.Column("password_changed_on", sa.Date(), nullable=True),
        sa.Column("rotation_days", sa.Integer(), nullable=False),
        sa.Column("privacy_reviewed_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_accounts")),
    )
    op.create_table(
        "approvers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("enrolled_at", sa.DateTime(), nullable=False),
        sa.Column("failed_attempts", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(), nullable=True),
        sa.Column("last_timestep", sa.Integer(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_approvers")),
    )
    op.create_table(
        "audit_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("action", sa.String(length=60), nullable=False),
        sa.Column("entity", sa.String(length=60), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=True),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entries")),
        sa.UniqueConstraint("hash", name=op.f("uq_audit_entries_hash")),
    )
    op.create_table(
        "plans",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name_ar", sa.String(length=200), nullable=False),
        sa.Column("name_en", sa.String(length=200), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("approved_at", sa.DateTime(), nullable=True),
        sa.Column("approved_by", sa.String(length=200), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plans")),
    )
    op.create_table(
        "public_holidays",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("name_ar", sa.String(length=200), nullable=False),
        sa.Column("name_en", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_public_holidays")),
        sa.UniqueConstraint("day", name=op.f("uq_public_holidays_day")),
    )
    op.create_table(
        "quiet_periods",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name_ar", sa.String(length=200), nullable=False),
        sa.Column("name_en", sa.String(length=200), nullable=False),
        sa.Column("reason", sa.String(length=30), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("ends_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quiet_periods")),
    )
    with op.batch_alter_table("quiet_periods", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_quiet_periods_starts_at"), ["starts_at"], unique=False)

    op.create_table(
        "saved_replies",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("body_ar", sa.Text(), nullable=False),
        sa.Column("body_en", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_saved_replies")),
    )
    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_settings")),
    )
    op.create_table(
        "account_administrators",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=200), nullable=False),
        sa.Column("full_rights", sa.Boolean(), nullable=False),
        sa.Column("outside_agency", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_account_administrators_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_account_administrators")),
    )
    with op.batch_alter_table("account_administrators", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_account_administrators_account_id"), ["account_id"], unique=False
        )

    op.create_table(
        "kpi_targets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kpi", sa.String(length=40), nullable=False),
        sa.Column("period_kind", sa.String(length=10), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=True),
        sa.Column("target", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_kpi_targets_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kpi_targets")),
        sa.UniqueConstraint(
            "kpi", "period_kind", "period_start", "account_id", name=op.f("uq_kpi_targets_kpi")
        ),
    )
    op.create_table(
        "monthly_metrics",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("followers", sa.Integer(), nullable=True),
        sa.Column("new_followers", sa.Integer(), nullable=True),
        sa.Column("views", sa.Integer(), nullable=True),
        sa.Column("reach", sa.Integer(), nullable=True),
        sa.Column("reactions", sa.Integer(), nullable=True),
        sa.Column("comments", sa.Integer(), nullable=True),
        sa.Column("shares", sa.Integer(), nullable=True),
        sa.Column("saves", sa.Integer(), nullable=True),
        sa.Column("clicks", sa.Integer(), nullable=True),
        sa.Column("video_views", sa.Integer(), nullable=True),
        sa.Column("source", sa.String(length=40), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_monthly_metrics_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_monthly_metrics")),
        sa.UniqueConstraint("account_id", "month", name=op.f("uq_monthly_metrics_account_id")),
    )
    op.create_table(
        "pillars",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=True),
        sa.Column("name_ar", sa.String(length=200), nullable=False),
        sa.Column("name_en", sa.String(length=200), nullable=False),
        sa.Column("colour", sa.String(length=9), nullable=False),
        sa.Column("intended_share_pct", sa.Float(), nullable=True),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["plans.id"], name=op.f("fk_pillars_plan_id_plans"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pillars")),
    )
    op.create_table(
        "plan_audiences",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("name_ar", sa.String(length=200), nullable=False),
        sa.Column("name_en", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["plans.id"],
            name=op.f("fk_plan_audiences_plan_id_plans"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_audiences")),
    )
    with op.batch_alter_table("plan_audiences", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_audiences_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "plan_goals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("text_ar", sa.Text(), nullable=False),
        sa.Column("text_en", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["plans.id"], name=op.f("fk_plan_goals_plan_id_plans"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_goals")),
    )
    with op.batch_alter_table("plan_goals", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_goals_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "platform_focus",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("platform", sa.String(length=20), nullable=False),
        sa.Column("share_pct", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["plans.id"],
            name=op.f("fk_platform_focus_plan_id_plans"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_platform_focus")),
        sa.UniqueConstraint("plan_id", "platform", name=op.f("uq_platform_focus_plan_id")),
    )
    op.create_table(
        "security_incidents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("lessons_learned", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_security_incidents_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_security_incidents")),
    )
    op.create_table(
        "campaigns",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name_ar", sa.String(length=200), nullable=False),
        sa.Column("name_en", sa.String(length=200), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("colour", sa.String(length=9), nullable=False),
        sa.Column("pillar_id", sa.Integer(), nullable=True),
        sa.Column("goal_ar", sa.Text(), nullable=False),
        sa.Column("goal_en", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["pillar_id"],
            ["pillars.id"],
            name=op.f("fk_campaigns_pillar_id_pillars"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_campaigns")),
    )
    op.create_table(
        "incident_steps",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("step_key", sa.String(length=60), nullable=False),
        sa.Column("done_at", sa.DateTime(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["incident_id"],
            ["security_incidents.id"],
            name=op.f("fk_incident_steps_incident_id_security_incidents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incident_steps")),
    )
    with op.batch_alter_table("incident_steps", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_incident_steps_incident_id"), ["incident_id"], unique=False
        )

    op.create_table(
        "events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title_ar", sa.String(length=300), nullable=False),
        sa.Column("title_en", sa.String(length=300), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("ends_at", sa.DateTime(), nullable=False),
        sa.Column("location", sa.String(length=300), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaigns.id"],
            name=op.f("fk_events_campaign_id_campaigns"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_events")),
    )
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_events_starts_at"), ["starts_at"], unique=False)

    op.create_table(
        "media_assets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("original_name", sa.String(length=500), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("mime_type", sa.String(length=100), nullable=False),
        sa.Column("size_bytes", sa.Integer(), nullable=False),
        sa.Column("width", sa.Integer(), nullable=True),
        sa.Column("height", sa.Integer(), nullable=True),
        sa.Column("duration_s", sa.Float(), nullable=True),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("alt_ar", sa.Text(), nullable=False),
        sa.Column("alt_en", sa.Text(), nullable=False),
        sa.Column("credit", sa.String(length=300), nullable=False),
        sa.Column("licence", sa.String(length=200), nullable=False),
        sa.Column("taken_on", sa.Date(), nullable=True),
        sa.Column("event_id", sa.Integer(), nullable=True),
        sa.Column("has_identifiable_people", sa.Boolean(), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["events.id"],
            name=op.f("fk_media_assets_event_id_events"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_media_assets")),
        sa.UniqueConstraint("sha256", name=op.f("uq_media_assets_sha256")),
    )
    with op.batch_alter_table("media_assets", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_media_assets_kind"), ["kind"], unique=False)

    op.create_table(
        "posts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("scheduled_at", sa.DateTime(), nullable=True),
        sa.Column("text_ar", sa.Text(), nullable=False),
        sa.Column("text_en", sa.Text(), nullable=False),
        sa.Column("link", sa.String(length=1000), nullable=False),
        sa.Column("source_refs", sa.Text(), nullable=False),
        sa.Column("pillar_id", sa.Integer(), nullable=True),
        sa.Column("campaign_id", sa.Integer(), nullable=True),
        sa.Column("event_id", sa.Integer(), nullable=True),
        sa.Column("evergreen", sa.Boolean(), nullable=False),
        sa.Column("origin_post_id", sa.Integer(), nullable=True),
        sa.Column("series_id", sa.String(length=36), nullable=True),
        sa.Column("recurrence", sa.JSON(), nullable=True),
        sa.Column("manual_checks", sa.JSON(), nullable=False),
        sa.Column("warning_justifications", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaigns.id"],
            name=op.f("fk_posts_campaign_id_campaigns"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name=op.f("fk_posts_event_id_events"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["origin_post_id"],
            ["posts.id"],
            name=op.f("fk_posts_origin_post_id_posts"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["pillar_id"],
            ["pillars.id"],
            name=op.f("fk_posts_pillar_id_pillars"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_posts")),
    )
    with op.batch_alter_table("posts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_posts_campaign_id"), ["campaign_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_posts_scheduled_at"), ["scheduled_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_posts_series_id"), ["series_id"], unique=False)
        batch_op.create_index("ix_posts_state_scheduled", ["state", "scheduled_at"], unique=False)

    op.create_table(
        "approvals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("post_id", sa.Integer(), nullable=False),
        sa.Column("approver_id", sa.Integer(), nullable=False),
        sa.Column("decision", sa.String(length=30), nullable=False),
        sa.Column("decided_at", sa.DateTime(), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("withdrawn_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["approver_id"],
            ["approvers.id"],
            name=op.f("fk_approvals_approver_id_approvers"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["post_id"], ["posts.id"], name=op.f("fk_approvals_post_id_posts"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_approvals")),
    )
    with op.batch_alter_table("approvals", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_approvals_decided_at"), ["decided_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_approvals_post_id"), ["post_id"], unique=False)

    op.create_table(
        "consent_records",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("media_id", sa.Integer(), nullable=False),
        sa.Column("person_name", sa.String(length=200), nullable=False),
        sa.Column("given_on", sa.Date(), nullable=True),
        sa.Column("scope", sa.Text(), nullable=False),
        sa.Column("expires_on", sa.Date(), nullable=True),
        sa.Column("document_media_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["document_media_id"],
            ["media_assets.id"],
            name=op.f("fk_consent_records_document_media_id_media_assets"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["media_id"],
            ["media_assets.id"],
            name=op.f("fk_consent_records_media_id_media_assets"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consent_records")),
    )
    with op.batch_alter_table("consent_records", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_consent_records_media_id"), ["media_id"], unique=False)

    op.create_table(
        "inquiries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("inquirer_name", sa.String(length=200), nullable=True),
        sa.Column("inquirer_contact", sa.String(length=300), nullable=True),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("first_response_at", sa.DateTime(), nullable=True),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("post_id", sa.Integer(), nullable=True),
        sa.Column("campaign_id", sa.Integer(), nullable=True),
        sa.Column("internal_notes", sa.Text(), nullable=False),
        sa.Column("anonymised_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaigns.id"],
            name=op.f("fk_inquiries_campaign_id_campaigns"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["post_id"], ["posts.id"], name=op.f("fk_inquiries_post_id_posts"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inquiries")),
    )
    with op.batch_alter_table("inquiries", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_inquiries_received_at"), ["received_at"], unique=False)
        batch_op.create_index(
            "ix_inquiries_status_received", ["status", "received_at"], unique=False
        )

    op.create_table(
        "media_tags",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("media_id", sa.Integer(), nullable=False),
        sa.Column("tag", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["media_id"],
            ["media_assets.id"],
            name=op.f("fk_media_tags_media_id_media_assets"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_media_tags")),
        sa.UniqueConstraint("media_id", "tag", name=op.f("uq_media_tags_media_id")),
    )
    with op.batch_alter_table("media_tags", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_media_tags_tag"), ["tag"], unique=False)

    op.create_table(
        "organisation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name_ar", sa.String(length=200), nullable=False),
        sa.Column("name_en", sa.String(length=200), nullable=False),
        sa.Column("logo_media_id", sa.Integer(), nullable=True),
        sa.Column("week_start", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["logo_media_id"],
            ["media_assets.id"],
            name=op.f("fk_organisation_logo_media_id_media_assets"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisation")),
    )
    op.create_table(
        "post_media",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("post_id", sa.Integer(), nullable=False),
        sa.Column("media_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["media_id"],
            ["media_assets.id"],
            name=op.f("fk_post_media_media_id_media_assets"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["post_id"], ["posts.id"], name=op.f("fk_post_media_post_id_posts"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_post_media")),
        sa.UniqueConstraint("post_id", "media_id", name=op.f("uq_post_media_post_id")),
    )
    with op.batch_alter_table("post_media", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_post_media_media_id"), ["media_id"], unique=False)

    op.create_table(
        "post_metrics",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("external_id", sa.String(length=100), nullable=False),
        sa.Column("post_id", sa.Integer(), nullable=True),
        sa.Column("published_at", sa.DateTime(), nullable=True),
        sa.Column("permalink", sa.String(length=1000), nullable=False),
        sa.Column("views", sa.Integer(), nullable=True),
        sa.Column("reach", sa.Integer(), nullable=True),
        sa.Column("engagements", sa.Integer(), nullable=True),
        sa.Column("video_views", sa.Integer(), nullable=True),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_post_metrics_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["post_id"],
            ["posts.id"],
            name=op.f("fk_post_metrics_post_id_posts"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_post_metrics")),
        sa.UniqueConstraint("account_id", "external_id", name=op.f("uq_post_metrics_account_id")),
    )
    op.create_table(
        "post_revisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("post_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("reason", sa.String(length=60), nullable=False),
        sa.Column("snapshot", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["post_id"],
            ["posts.id"],
            name=op.f("fk_post_revisions_post_id_posts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_post_revisions")),
    )
    with op.batch_alter_table("post_revisions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_post_revisions_post_id"), ["post_id"], unique=False)

    op.create_table(
        "post_variants",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("post_id", sa.Integer(), nullable=False),
        sa.Column("platform", sa.String(length=20), nullable=False),
        sa.Column("text_ar", sa.Text(), nullable=True),
        sa.Column("text_en", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["post_id"],
            ["posts.id"],
            name=op.f("fk_post_variants_post_id_posts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_post_variants")),
        sa.UniqueConstraint("post_id", "platform", name=op.f("uq_post_variants_post_id")),
    )
    op.create_table(
        "publication_records",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("post_id", sa.Integer(), nullable=False),
        sa.Column("platform", sa.String(length=20), nullable=False),
        sa.Column("published_at", sa.DateTime(), nullable=False),
        sa.Column("url", sa.String(length=1000), nullable=False),
        sa.ForeignKeyConstraint(
            ["post_id"],
            ["posts.id"],
            name=op.f("fk_publication_records_post_id_posts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_publication_records")),
        sa.UniqueConstraint("post_id", "platform", name=op.f("uq_publication_records_post_id")),
    )
    with op.batch_alter_table("publication_records", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_publication_records_published_at"), ["published_at"], unique=False
        )

    op.create_table(
        "inquiry_responses",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("inquiry_id", sa.Integer(), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["inquiry_id"],
            ["inquiries.id"],
            name=op.f("fk_inquiry_responses_inquiry_id_inquiries"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inquiry_responses")),
    )
    with op.batch_alter_table("inquiry_responses", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_inquiry_responses_inquiry_id"), ["inquiry_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("inquiry_responses", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_inquiry_responses_inquiry_id"))

    op.drop_table("inquiry_responses")
    with op.batch_alter_table("publication_records", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_publication_records_published_at"))

    op.drop_table("publication_records")
    op.drop_table("post_variants")
    with op.batch_alter_table("post_revisions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_post_revisions_post_id"))

    op.drop_table("post_revisions")
    op.drop_table("post_metrics")
    with op.batch_alter_table("post_media", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_post_media_media_id"))

    op.drop_table("post_media")
    op.drop_table("organisation")
    with op.batch_alter_table("media_tags", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_media_tags_tag"))

    op.drop_table("media_tags")
    with op.batch_alter_table("inquiries", schema=None) as batch_op:
        batch_op.drop_index("ix_inquiries_status_received")
        batch_op.drop_index(batch_op.f("ix_inquiries_received_at"))

    op.drop_table("inquiries")
    with op.batch_alter_table("consent_records", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consent_records_media_id"))

    op.drop_table("consent_records")
    with op.batch_alter_table("approvals", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_approvals_post_id"))
        batch_op.drop_index(batch_op.f("ix_approvals_decided_at"))

    op.drop_table("approvals")
    with op.batch_alter_table("posts", schema=None) as batch_op:
        batch_op.drop_index("ix_posts_state_scheduled")
        batch_op.drop_index(batch_op.f("ix_posts_series_id"))
        batch_op.drop_index(batch_op.f("ix_posts_scheduled_at"))
        batch_op.drop_index(batch_op.f("ix_posts_campaign_id"))

    op.drop_table("posts")
    with op.batch_alter_table("media_assets", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_media_assets_kind"))

    op.drop_table("media_assets")
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_events_starts_at"))

    op.drop_table("events")
    with op.batch_alter_table("incident_steps", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_incident_steps_incident_id"))

    op.drop_table("incident_steps")
    op.drop_table("campaigns")
    op.drop_table("security_incidents")
    op.drop_table("platform_focus")
    with op.batch_alter_table("plan_goals", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_goals_plan_id"))

    op.drop_table("plan_goals")
    with op.batch_alter_table("plan_audiences", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_audiences_plan_id"))

    op.drop_table("plan_audiences")
    op.drop_table("pillars")
    op.drop_table("monthly_metrics")
    op.drop_table("kpi_targets")
    with op.batch_alter_table("account_administrators", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_account_administrators_account_id"))

    op.drop_table("account_administrators")
    op.drop_table("settings")
    op.drop_table("saved_replies")
    with op.batch_alter_table("quiet_periods", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_quiet_periods_starts_at"))

    op.drop_table("quiet_periods")
    op.drop_table("public_holidays")
    op.drop_table("plans")
    op.drop_table("audit_entries")
    op.drop_table("approvers")
    op.drop_table("accounts")
