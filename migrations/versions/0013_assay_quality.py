"""assays: how each grade was obtained and its uncertainty

Revision ID: 0013_assay_quality
Revises: 0012_month_close_waivers
Create Date: 2026-12-07

Flow and period assays get a method (measured, calculated, estimated; existing grades are
measured) and a relative uncertainty (1 sigma, %; none for existing grades), so metal can be
reconciled with grades weighed apart from tonnages.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013_assay_quality"
down_revision: str | None = "0012_month_close_waivers"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_METHODS = ("measured", "calculated", "estimated")


def upgrade() -> None:
    for table in ("flow_assay", "period_assay"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column(
                "method", sa.Enum(*_METHODS, name=f"{table}_method", native_enum=False,
                                  create_constraint=True, length=20),
                server_default="measured", nullable=False))
            batch_op.add_column(sa.Column("uncertainty_pct", sa.Float(), nullable=True))
            batch_op.create_check_constraint(
                "uncertainty_range",
                "uncertainty_pct IS NULL OR (uncertainty_pct >= 0 AND uncertainty_pct <= 100)")


def downgrade() -> None:
    for table in ("flow_assay", "period_assay"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_constraint(f"ck_{table}_uncertainty_range", type_="check")
            batch_op.drop_column("uncertainty_pct")
            batch_op.drop_column("method")
