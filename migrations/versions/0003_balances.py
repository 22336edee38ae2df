"""balances: stock-takings and assays

Revision ID: 0003_balances
Revises: 0002_ledger
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_balances"
down_revision: str | None = "0002_ledger"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_METHODS = ("measured", "calculated", "estimated")


def _stamps() -> list[sa.Column]:
    return [
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("CURRENT_TIMESTAMP"),
                  nullable=False),
        sa.Column("changed_at", sa.DateTime(), server_default=sa.text("CURRENT_TIMESTAMP"),
                  nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "method_uncertainty",
        sa.Column("method", sa.Enum(*_METHODS, name="uncertainty_method", native_enum=False,
                                    create_constraint=True, length=20), nullable=False),
        sa.Column("uncertainty_pct", sa.Float(), nullable=False),
        sa.CheckConstraint("uncertainty_pct > 0 AND uncertainty_pct <= 100",
                           name=op.f("ck_method_uncertainty_uncertainty_range")),
        sa.PrimaryKeyConstraint("method", name=op.f("pk_method_uncertainty")),
    )
    op.create_table(
        "period_assay",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("node_id", sa.Integer(), nullable=False),
        sa.Column("material_id", sa.Integer(), nullable=False),
        sa.Column("component", sa.String(length=20), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("value_entered", sa.Float(), nullable=False),
        sa.Column("unit", sa.String(length=5), nullable=False),
        sa.Column("fraction", sa.Float(), nullable=False),
        sa.Column("note", sa.String(length=2000), server_default="", nullable=False),
        *_stamps(),
        sa.CheckConstraint("unit IN ('%', 'g/t')", name=op.f("ck_period_assay_unit_known")),
        sa.CheckConstraint("fraction >= 0 AND fraction <= 1",
                           name=op.f("ck_period_assay_fraction_range")),
        sa.CheckConstraint("period_end >= period_start",
                           name=op.f("ck_period_assay_period_order")),
        sa.CheckConstraint("value_entered >= 0",
                           name=op.f("ck_period_assay_value_non_negative")),
        sa.ForeignKeyConstraint(["material_id"], ["material.id"],
                                name=op.f("fk_period_assay_material_id_material"),
                                ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["node_id"], ["node.id"],
                                name=op.f("fk_period_assay_node_id_node"), ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_period_assay")),
    )
    with op.batch_alter_table("period_assay", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_period_assay_material_id"), ["material_id"],
                              unique=False)
        batch_op.create_index("ix_period_assay_node_material",
                              ["node_id", "material_id", "period_start"], unique=False)

    op.create_table(
        "stock_taking",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("node_id", sa.Integer(), nullable=False),
        sa.Column("material_id", sa.Integer(), nullable=False),
        sa.Column("taken_on", sa.Date(), nullable=False),
        sa.Column("qty_entered", sa.Float(), nullable=False),
        sa.Column("unit_entered", sa.String(length=20), nullable=False),
        sa.Column("qty_canonical", sa.Float(), nullable=False),
        sa.Column("method", sa.Enum(*_METHODS, name="stock_method", native_enum=False,
                                    create_constraint=True, length=20), nullable=False),
        sa.Column("uncertainty_pct", sa.Float(), nullable=True),
        sa.Column("note", sa.String(length=2000), server_default="", nullable=False),
        *_stamps(),
        sa.CheckConstraint("qty_canonical >= 0",
                           name=op.f("ck_stock_taking_qty_canonical_non_negative")),
        sa.CheckConstraint("qty_entered >= 0",
                           name=op.f("ck_stock_taking_qty_entered_non_negative")),
        sa.CheckConstraint(
            "uncertainty_pct IS NULL OR (uncertainty_pct >= 0 AND uncertainty_pct <= 100)",
            name=op.f("ck_stock_taking_uncertainty_range")),
        sa.ForeignKeyConstraint(["material_id"], ["material.id"],
                                name=op.f("fk_stock_taking_material_id_material"),
                                ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["node_id"], ["node.id"],
                                name=op.f("fk_stock_taking_node_id_node"), ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stock_taking")),
        sa.UniqueConstraint("node_id", "material_id", "taken_on",
                            name="uq_stock_taking_node_material_date"),
    )
    with op.batch_alter_table("stock_taking", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_stock_taking_material_id"), ["material_id"],
                              unique=False)

    op.create_table(
        "flow_assay",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("flow_id", sa.Integer(), nullable=False),
        sa.Column("component", sa.String(length=20), nullable=False),
        sa.Column("value_entered", sa.Float(), nullable=False),
        sa.Column("unit", sa.String(length=5), nullable=False),
        sa.Column("fraction", sa.Float(), nullable=False),
        sa.CheckConstraint("unit IN ('%', 'g/t')", name=op.f("ck_flow_assay_unit_known")),
        sa.CheckConstraint("fraction >= 0 AND fraction <= 1",
                           name=op.f("ck_flow_assay_fraction_range")),
        sa.CheckConstraint("value_entered >= 0",
                           name=op.f("ck_flow_assay_value_non_negative")),
        sa.ForeignKeyConstraint(["flow_id"], ["flow.id"], name=op.f("fk_flow_assay_flow_id_flow"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_flow_assay")),
        sa.UniqueConstraint("flow_id", "component", name="uq_flow_assay_flow_component"),
    )


def downgrade() -> None:
    op.drop_table("flow_assay")
    with op.batch_alter_table("stock_taking", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stock_taking_material_id"))
    op.drop_table("stock_taking")
    with op.batch_alter_table("period_assay", schema=None) as batch_op:
        batch_op.drop_index("ix_period_assay_node_material")
        batch_op.drop_index(batch_op.f("ix_period_assay_material_id"))
    op.drop_table("period_assay")
    op.drop_table("method_uncertainty")
