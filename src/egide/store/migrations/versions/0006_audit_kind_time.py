"""Audit records: an index on (kind, occurred_at), for the dashboard's counts over a period.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-05
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_audit_records_kind_occurred_at", "audit_records", ["kind", "occurred_at"])


def downgrade() -> None:
    op.drop_index("ix_audit_records_kind_occurred_at", table_name="audit_records")
