"""flows: what reconciliation may do with each, and relations between streams

Revision ID: 0014_flow_reconciliation
Revises: 0013_assay_quality
Create Date: 2026-12-07

Each flow gets a reconciliation role (measured, unmeasured: the officer's estimate, for
reconciliation to estimate; constant: σ 0); existing flows are measured. A new table holds
the relations the officer knows between two streams of a site: a transfer coefficient with
its standard deviation (B = k × A), or two streams known to be equal.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014_flow_reconciliation"
down_revision: str | None = "0013_assay_quality"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_ROLES = ("measured", "unmeasured", "constant")
_KINDS = ("transfer", "equal")


def upgrade() -> None:
    # ALTER TABLE ADD COLUMN with the check written on the column: no copy of the flow
    # table (it may hold a million rows, and other tables refer to it).
    op.execute("ALTER TABLE flow ADD COLUMN reconciliation VARCHAR(20) DEFAULT 'measured' "
               "NOT NULL CONSTRAINT ck_flow_flow_reconciliation CHECK (reconciliation IN ("
               + ", ".join(f"'{r}'" for r in _ROLES) + "))")
    op.create_table(
        "flow_relation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.Enum(*_KINDS, name="relation_kind", native_enum=False,
                                  create_constraint=True, length=20), nullable=False),
        sa.Column("a_from_node_id", sa.Integer(), nullable=False),
        sa.Column("a_to_node_id", sa.Integer(), nullable=False),
        sa.Column("a_material_id", sa.Integer(), nullable=False),
        sa.Column("b_from_node_id", sa.Integer(), nullable=False),
        sa.Column("b_to_node_id", sa.Integer(), nullable=False),
        sa.Column("b_material_id", sa.Integer(), nullable=False),
        sa.Column("coefficient", sa.Float(), nullable=True),
        sa.Column("coefficient_sigma", sa.Float(), nullable=True),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column("note", sa.String(length=2000), server_default="", nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"),
                  nullable=False),
        sa.Column("changed_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"),
                  nullable=False),
        sa.CheckConstraint("a_from_node_id <> a_to_node_id",
                           name=op.f("ck_flow_relation_a_distinct_nodes")),
        sa.CheckConstraint("b_from_node_id <> b_to_node_id",
                           name=op.f("ck_flow_relation_b_distinct_nodes")),
        sa.CheckConstraint(
            "NOT (a_from_node_id = b_from_node_id AND a_to_node_id = b_to_node_id "
            "AND a_material_id = b_material_id)",
            name=op.f("ck_flow_relation_distinct_streams")),
        sa.CheckConstraint(
            "(kind = 'equal' AND coefficient IS NULL AND coefficient_sigma IS NULL) OR "
            "(kind = 'transfer' AND coefficient > 0 AND coefficient_sigma >= 0)",
            name=op.f("ck_flow_relation_coefficient_by_kind")),
        sa.CheckConstraint("valid_until IS NULL OR valid_until >= valid_from",
                           name=op.f("ck_flow_relation_valid_until_after_valid_from")),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"],
                                name=op.f("fk_flow_relation_site_id_site"), ondelete="RESTRICT"),
        *(sa.ForeignKeyConstraint([f"{s}_{end}_node_id"], ["node.id"],
                                  name=op.f(f"fk_flow_relation_{s}_{end}_node_id_node"),
                                  ondelete="RESTRICT")
          for s in ("a", "b") for end in ("from", "to")),
        *(sa.ForeignKeyConstraint([f"{s}_material_id"], ["material.id"],
                                  name=op.f(f"fk_flow_relation_{s}_material_id_material"),
                                  ondelete="RESTRICT")
          for s in ("a", "b")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_flow_relation")),
    )
    with op.batch_alter_table("flow_relation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_flow_relation_site_id"), ["site_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("flow_relation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_flow_relation_site_id"))
    op.drop_table("flow_relation")
    # SQLite 3.35+ drops a column in place; the check written on the column goes with it.
    op.execute("ALTER TABLE flow DROP COLUMN reconciliation")
