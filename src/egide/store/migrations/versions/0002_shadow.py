"""Shadow-AI discovery: scans, usage rows (pseudonymised) and sealed identities.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _ts() -> sa.DateTime:
    return sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "shadow_scans",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("started_at", _ts(), nullable=False),
        sa.Column("finished_at", _ts(), nullable=False),
        sa.Column("period_start", _ts(), nullable=True),
        sa.Column("period_end", _ts(), nullable=True),
        sa.Column("files", sa.Integer(), nullable=False),
        sa.Column("formats", sa.String(length=100), nullable=False),
        sa.Column("lines", sa.BigInteger(), nullable=False),
        sa.Column("records", sa.BigInteger(), nullable=False),
        sa.Column("ignored", sa.BigInteger(), nullable=False),
        sa.Column("malformed", sa.BigInteger(), nullable=False),
        sa.Column("ai_requests", sa.BigInteger(), nullable=False),
        sa.Column("uploads_known", sa.Boolean(), nullable=False),
        sa.Column("catalogue_version", sa.String(length=40), nullable=False),
        sa.Column("approved_tools", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_shadow_scans")),
    )
    op.create_table(
        "shadow_usage",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("scan_id", sa.String(length=32), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("host", sa.String(length=253), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("reason", sa.String(length=20), nullable=False),
        sa.Column("vendor", sa.String(length=120), nullable=False),
        sa.Column("category", sa.String(length=120), nullable=False),
        sa.Column("country", sa.String(length=60), nullable=False),
        sa.Column("eea", sa.Boolean(), nullable=True),
        sa.Column("catalogue_domain", sa.String(length=253), nullable=False),
        sa.Column("tool", sa.String(length=120), nullable=False),
        sa.Column("service", sa.String(length=200), nullable=False),
        sa.Column("user_pseudonym", sa.String(length=80), nullable=False),
        sa.Column("requests", sa.Integer(), nullable=False),
        sa.Column("blocked", sa.Integer(), nullable=False),
        sa.Column("bytes_sent", sa.BigInteger(), nullable=True),
        sa.Column("bytes_received", sa.BigInteger(), nullable=True),
        sa.Column("first_seen", _ts(), nullable=False),
        sa.Column("last_seen", _ts(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('approved', 'unapproved', 'embedded', 'suspicious')", name=op.f("ck_shadow_usage_kind")
        ),
        sa.ForeignKeyConstraint(
            ["scan_id"],
            ["shadow_scans.id"],
            name=op.f("fk_shadow_usage_scan_id_shadow_scans"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_shadow_usage")),
    )
    op.create_index("ix_shadow_usage_scan_host", "shadow_usage", ["scan_id", "host"])
    op.create_index("ix_shadow_usage_scan_day", "shadow_usage", ["scan_id", "day"])
    op.create_table(
        "shadow_identities",
        sa.Column("pseudonym", sa.String(length=80), nullable=False),
        sa.Column("sealed", sa.LargeBinary(), nullable=False),
        sa.Column("first_recorded_at", _ts(), nullable=False),
        sa.PrimaryKeyConstraint("pseudonym", name=op.f("pk_shadow_identities")),
    )


def downgrade() -> None:
    op.drop_table("shadow_identities")
    op.drop_index("ix_shadow_usage_scan_day", table_name="shadow_usage")
    op.drop_index("ix_shadow_usage_scan_host", table_name="shadow_usage")
    op.drop_table("shadow_usage")
    op.drop_table("shadow_scans")
