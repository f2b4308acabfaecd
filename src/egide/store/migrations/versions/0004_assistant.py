"""Assistant: conversations kept on request (sealed) and incidents reported from the chat page.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _ts() -> sa.DateTime:
    return sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "assistant_conversations",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("saved_at", _ts(), nullable=False),
        sa.Column("expires_at", _ts(), nullable=False),
        sa.Column("sealed", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_assistant_conversations_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assistant_conversations")),
    )
    op.create_index(
        op.f("ix_assistant_conversations_user_id"), "assistant_conversations", ["user_id"], unique=False
    )
    op.create_index(
        op.f("ix_assistant_conversations_expires_at"), "assistant_conversations", ["expires_at"], unique=False
    )
    op.create_table(
        "assistant_incidents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("reported_at", _ts(), nullable=False),
        sa.Column("category", sa.String(length=40), nullable=False),
        sa.Column("request_id", sa.String(length=80), nullable=True),
        sa.Column("tool_id", sa.Integer(), nullable=True),
        sa.Column("sealed_comment", sa.LargeBinary(), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_assistant_incidents_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assistant_incidents")),
    )
    op.create_index(op.f("ix_assistant_incidents_user_id"), "assistant_incidents", ["user_id"], unique=False)
    op.create_index(
        op.f("ix_assistant_incidents_reported_at"), "assistant_incidents", ["reported_at"], unique=False
    )


def downgrade() -> None:
    op.drop_table("assistant_incidents")
    op.drop_table("assistant_conversations")
