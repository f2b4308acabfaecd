"""Compliance: the referential versions adopted and the DPO's status of each requirement.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "compliance_referentials",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.String(length=20), nullable=False),
        sa.Column("source_text", sa.Text(), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("adopted_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("adopted_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["adopted_by"], ["users.id"], name=op.f("fk_compliance_referentials_adopted_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_compliance_referentials")),
        sa.UniqueConstraint("version", name=op.f("uq_compliance_referentials_version")),
    )
    op.create_table(
        "compliance_statuses",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("requirement_id", sa.String(length=60), nullable=False),
        sa.Column("referential_version", sa.String(length=20), nullable=False),
        sa.Column("requirement_digest", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("set_by", sa.Integer(), nullable=False),
        sa.Column("set_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "status IN ('compliant', 'partial', 'non_compliant', 'not_applicable')",
            name=op.f("ck_compliance_statuses_status"),
        ),
        sa.ForeignKeyConstraint(["set_by"], ["users.id"], name=op.f("fk_compliance_statuses_set_by_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_compliance_statuses")),
    )
    op.create_index(
        "ix_compliance_statuses_requirement", "compliance_statuses", ["requirement_id", "id"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_compliance_statuses_requirement", table_name="compliance_statuses")
    op.drop_table("compliance_statuses")
    op.drop_table("compliance_referentials")
