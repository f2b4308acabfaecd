"""People and training: a service per person, training modules (mandatory by role), records per module.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

_ROLES = "role IN ('admin', 'dpo', 'rssi', 'referent', 'professional', 'application')"


def upgrade() -> None:
    op.create_table(
        "training_modules",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("validity_months", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "validity_months BETWEEN 1 AND 120", name=op.f("ck_training_modules_validity_months")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_modules")),
        sa.UniqueConstraint("title", name=op.f("uq_training_modules_title")),
    )
    op.create_table(
        "training_module_roles",
        sa.Column("module_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.CheckConstraint(_ROLES, name=op.f("ck_training_module_roles_role")),
        sa.ForeignKeyConstraint(
            ["module_id"],
            ["training_modules.id"],
            name=op.f("fk_training_module_roles_module_id_training_modules"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("module_id", "role", name=op.f("pk_training_module_roles")),
    )
    # Batch mode: SQLite cannot add a foreign key to an existing table, so it copies the table.
    with op.batch_alter_table("training_records") as batch:
        batch.add_column(sa.Column("module_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            op.f("fk_training_records_module_id_training_modules"),
            "training_modules",
            ["module_id"],
            ["id"],
        )
        batch.create_index(op.f("ix_training_records_module_id"), ["module_id"])
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("service", sa.String(length=120), nullable=True))
        batch.create_index(op.f("ix_users_service"), ["service"])


def downgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.drop_index(op.f("ix_users_service"))
        batch.drop_column("service")
    with op.batch_alter_table("training_records") as batch:
        batch.drop_index(op.f("ix_training_records_module_id"))
        batch.drop_constraint(op.f("fk_training_records_module_id_training_modules"), type_="foreignkey")
        batch.drop_column("module_id")
    op.drop_table("training_module_roles")
    op.drop_table("training_modules")
