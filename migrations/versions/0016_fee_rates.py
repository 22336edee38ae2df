"""the fee's rates: МРП, rates per substance and waste kind, coefficients, with versions

Revision ID: 0016_fee_rates
Revises: 0015_obligations
Create Date: 2026-12-07

Two new, empty tables: each load of a rates file (`fee_rate_version`) and the dated rates
in force (`fee_rate`). Nothing else changes.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016_fee_rates"
down_revision: str | None = "0015_obligations"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "fee_rate_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("file_name", sa.String(length=400), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("loaded_at", sa.DateTime(), nullable=False),
        sa.Column("rates", sa.Integer(), nullable=False),
        sa.Column("added", sa.Integer(), nullable=False),
        sa.Column("removed", sa.Integer(), nullable=False),
        sa.Column("changed", sa.Integer(), nullable=False),
        sa.CheckConstraint("rates >= 0 AND added >= 0 AND removed >= 0 AND changed >= 0",
                           name=op.f("ck_fee_rate_version_counts_non_negative")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fee_rate_version")),
    )
    op.create_table(
        "fee_rate",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.Enum("mrp", "emission", "waste", "coefficient", name="rate_kind",
                                  native_enum=False, create_constraint=True, length=20),
                  nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=300), server_default="", nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("per", sa.String(length=8), server_default="", nullable=False),
        sa.Column("matches", sa.String(length=400), server_default="", nullable=False),
        sa.Column("basis", sa.String(length=600), server_default="", nullable=False),
        sa.Column("confirmed", sa.Boolean(), server_default="0", nullable=False),
        sa.CheckConstraint("value >= 0", name=op.f("ck_fee_rate_value_non_negative")),
        sa.CheckConstraint("valid_to IS NULL OR valid_to >= valid_from",
                           name=op.f("ck_fee_rate_dates_in_order")),
        sa.CheckConstraint("length(trim(code)) > 0", name=op.f("ck_fee_rate_code_not_blank")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fee_rate")),
        sa.UniqueConstraint("kind", "code", "valid_from", name="uq_fee_rate_item_from"),
    )


def downgrade() -> None:
    op.drop_table("fee_rate")
    op.drop_table("fee_rate_version")
