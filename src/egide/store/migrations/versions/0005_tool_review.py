"""Tool review: the assessment of each tool, the opinions of the DPO, the RSSI and a medical
referent, and the decisions with their rationale.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_CLASSES = "'public', 'contracted', 'hds', 'on_premise'"


def upgrade() -> None:
    op.create_table(
        "tool_assessments",
        sa.Column("tool_id", sa.Integer(), nullable=False),
        sa.Column("vendor", sa.String(200), nullable=True),
        sa.Column("model_name", sa.String(200), nullable=True),
        sa.Column("model_version", sa.String(100), nullable=True),
        sa.Column("purpose", sa.Text(), nullable=True),
        sa.Column("hosting", sa.String(20), nullable=True),
        sa.Column("hosting_country", sa.String(2), nullable=True),
        sa.Column("hds_certificate_number", sa.String(100), nullable=True),
        sa.Column("hds_activities", sa.String(20), nullable=True),
        sa.Column("hds_expires_on", sa.Date(), nullable=True),
        sa.Column("storage_in_eea", sa.String(10), nullable=True),
        sa.Column("inputs_reused_for_training", sa.String(10), nullable=True),
        sa.Column("retention_days", sa.Integer(), nullable=True),
        sa.Column("gdpr_contract", sa.String(10), nullable=True),
        sa.Column("gdpr_contract_expires_on", sa.Date(), nullable=True),
        sa.Column("transfers_outside_eea", sa.String(20), nullable=True),
        sa.Column("ai_act_role", sa.String(20), nullable=True),
        sa.Column("ai_act_risk", sa.String(20), nullable=True),
        sa.Column("medical_device", sa.String(20), nullable=True),
        sa.Column("authorised_uses", sa.Text(), nullable=True),
        sa.Column("forbidden_uses", sa.Text(), nullable=True),
        sa.Column("override_class", sa.String(20), nullable=True),
        sa.Column("override_justification", sa.Text(), nullable=True),
        sa.Column("override_by", sa.Integer(), nullable=True),
        sa.Column("override_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("review_round", sa.Integer(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            f"override_class IS NULL OR override_class IN ({_CLASSES})",
            name=op.f("ck_tool_assessments_override_class"),
        ),
        sa.ForeignKeyConstraint(
            ["tool_id"], ["tools.id"], name=op.f("fk_tool_assessments_tool_id_tools"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["override_by"], ["users.id"], name=op.f("fk_tool_assessments_override_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["updated_by"], ["users.id"], name=op.f("fk_tool_assessments_updated_by_users")
        ),
        sa.PrimaryKeyConstraint("tool_id", name=op.f("pk_tool_assessments")),
    )
    op.create_table(
        "tool_opinions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tool_id", sa.Integer(), nullable=False),
        sa.Column("review_round", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("verdict", sa.String(20), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("given_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("role IN ('dpo', 'rssi', 'referent')", name=op.f("ck_tool_opinions_role")),
        sa.CheckConstraint(
            "verdict IN ('favourable', 'reserved', 'unfavourable')", name=op.f("ck_tool_opinions_verdict")
        ),
        sa.ForeignKeyConstraint(
            ["tool_id"], ["tools.id"], name=op.f("fk_tool_opinions_tool_id_tools"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_tool_opinions_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tool_opinions")),
    )
    op.create_index("ix_tool_opinions_tool_round", "tool_opinions", ["tool_id", "review_round"])
    op.create_table(
        "tool_decisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tool_id", sa.Integer(), nullable=False),
        sa.Column("review_round", sa.Integer(), nullable=True),
        sa.Column("outcome", sa.String(20), nullable=False),
        sa.Column("rationale", sa.Text(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "outcome IN ('approved', 'suspended', 'retired')", name=op.f("ck_tool_decisions_outcome")
        ),
        sa.ForeignKeyConstraint(
            ["tool_id"], ["tools.id"], name=op.f("fk_tool_decisions_tool_id_tools"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_tool_decisions_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tool_decisions")),
    )
    op.create_index(op.f("ix_tool_decisions_tool_id"), "tool_decisions", ["tool_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_tool_decisions_tool_id"), table_name="tool_decisions")
    op.drop_table("tool_decisions")
    op.drop_index("ix_tool_opinions_tool_round", table_name="tool_opinions")
    op.drop_table("tool_opinions")
    op.drop_table("tool_assessments")
