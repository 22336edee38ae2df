"""month close: the checklist items an officer waived, with the reason

Revision ID: 0012_month_close_waivers
Revises: 0011_unverified_codes
Create Date: 2026-12-07

A site's month-close checklist lists what is still open (stock-takings, readings, transfers,
balances); an item the officer chooses not to fix is waived with a reason, one row per
(site, month, item). A new, empty table; nothing else changes.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012_month_close_waivers"
down_revision: str | None = "0011_unverified_codes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "month_close_waiver",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("period", sa.String(length=7), nullable=False),
        sa.Column("item_key", sa.String(length=200), nullable=False),
        sa.Column("reason", sa.String(length=2000), nullable=False),
        sa.Column("waived_at", sa.DateTime(), nullable=False),
        sa.Column("waived_by", sa.String(length=200), nullable=False),
        sa.CheckConstraint("length(period) = 7",
                           name=op.f("ck_month_close_waiver_waiver_period_shape")),
        sa.CheckConstraint("length(trim(reason)) > 0",
                           name=op.f("ck_month_close_waiver_waiver_has_reason")),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"],
                                name=op.f("fk_month_close_waiver_site_id_site"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_month_close_waiver")),
        sa.UniqueConstraint("site_id", "period", "item_key",
                            name="uq_month_close_waiver_item"),
    )
    with op.batch_alter_table("month_close_waiver", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_month_close_waiver_site_id"), ["site_id"],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table("month_close_waiver", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_month_close_waiver_site_id"))
    op.drop_table("month_close_waiver")
