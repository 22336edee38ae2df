"""obligations register and the calendar's statuses

Revision ID: 0015_obligations
Revises: 0014_flow_reconciliation
Create Date: 2026-12-07

The register of obligations (versioned reference data, like the waste classifier) and the
officer's status of each due instance. New tables only; the default register is loaded by
the program (services/obligations.py) when a database has none.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015_obligations"
down_revision: str | None = "0014_flow_reconciliation"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "obligation_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("file_name", sa.String(length=400), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("loaded_at", sa.DateTime(), nullable=False),
        sa.Column("entries", sa.Integer(), nullable=False),
        sa.Column("added", sa.Integer(), nullable=False),
        sa.Column("removed", sa.Integer(), nullable=False),
        sa.Column("changed", sa.Integer(), nullable=False),
        sa.CheckConstraint("entries >= 0 AND added >= 0 AND removed >= 0 AND changed >= 0",
                           name=op.f("ck_obligation_version_counts_non_negative")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_obligation_version")),
    )
    op.create_table(
        "obligation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=60), nullable=False),
        sa.Column("name_en", sa.String(length=300), nullable=False),
        sa.Column("name_ru", sa.String(length=300), nullable=False),
        sa.Column("name_kk", sa.String(length=300), nullable=False),
        sa.Column("basis_act", sa.String(length=300), nullable=False),
        sa.Column("basis_article", sa.String(length=100), nullable=False),
        sa.Column("basis_order", sa.String(length=300), nullable=False),
        sa.Column("basis_date", sa.Date(), nullable=True),
        sa.Column("scope", sa.String(length=20), nullable=False),
        sa.Column("categories", sa.String(length=20), nullable=False),
        sa.Column("threshold_key", sa.String(length=40), nullable=True),
        sa.Column("threshold_min", sa.Float(), nullable=True),
        sa.Column("period_kind", sa.String(length=20), nullable=False),
        sa.Column("deadline", sa.Text(), nullable=False),
        sa.Column("deadline_en", sa.String(length=300), nullable=False),
        sa.Column("deadline_ru", sa.String(length=300), nullable=False),
        sa.Column("deadline_kk", sa.String(length=300), nullable=False),
        sa.Column("authority", sa.String(length=300), nullable=False),
        sa.Column("report_kind", sa.String(length=40), nullable=True),
        sa.Column("confirmed", sa.Boolean(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=True),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column("retired_in_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("scope IN ('enterprise', 'site')", name=op.f("ck_obligation_scope_known")),
        sa.CheckConstraint("period_kind IN ('month', 'quarter', 'half_year', 'year', 'once')",
                           name=op.f("ck_obligation_period_kind_known")),
        sa.ForeignKeyConstraint(["retired_in_id"], ["obligation_version.id"],
                                name=op.f("fk_obligation_retired_in_id_obligation_version"),
                                ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_obligation")),
        sa.UniqueConstraint("code", name=op.f("uq_obligation_code")),
    )
    op.create_table(
        "obligation_status",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("obligation_id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=True),
        sa.Column("period", sa.String(length=20), nullable=False),
        sa.Column("state", sa.Enum("not_started", "in_preparation", "submitted",
                                   name="obligation_state", native_enum=False,
                                   create_constraint=True, length=20), nullable=False),
        sa.Column("submitted_on", sa.Date(), nullable=True),
        sa.Column("reference", sa.String(length=100), server_default="", nullable=False),
        sa.Column("evidence_name", sa.String(length=400), server_default="", nullable=False),
        sa.Column("evidence_sha256", sa.String(length=64), nullable=True),
        sa.Column("export_entry_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.String(length=2000), server_default="", nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"),
                  nullable=False),
        sa.Column("changed_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"),
                  nullable=False),
        sa.CheckConstraint("state <> 'submitted' OR submitted_on IS NOT NULL",
                           name=op.f("ck_obligation_status_submitted_has_date")),
        sa.CheckConstraint("evidence_sha256 IS NULL OR length(evidence_sha256) = 64",
                           name=op.f("ck_obligation_status_sha256_length")),
        sa.ForeignKeyConstraint(["obligation_id"], ["obligation.id"],
                                name=op.f("fk_obligation_status_obligation_id_obligation"),
                                ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"],
                                name=op.f("fk_obligation_status_site_id_site"),
                                ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_obligation_status")),
        sa.UniqueConstraint("obligation_id", "site_id", "period", name="uq_obligation_status"),
    )
    with op.batch_alter_table("obligation_status", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_obligation_status_obligation_id"),
                              ["obligation_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("obligation_status", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_obligation_status_obligation_id"))
    op.drop_table("obligation_status")
    op.drop_table("obligation")
    op.drop_table("obligation_version")
