"""permits' conditions and waste limits; the production environmental control programme

Revision ID: 0017_pek
Revises: 0016_fee_rates
Create Date: 2026-12-07

Permits gain their conditions (an ordered list of texts) and waste limits per waste type
(accumulation and burial, t/year); monitoring points gain the PEK programme: per parameter
the method, frequency and laboratory. All three tables start empty.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017_pek"
down_revision: str | None = "0016_fee_rates"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_FREQUENCIES = ("monthly", "quarterly", "half_yearly", "yearly")


def upgrade() -> None:
    op.create_table(
        "permit_condition",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("permit_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.String(length=2000), nullable=False),
        sa.CheckConstraint("length(trim(text)) > 0",
                           name=op.f("ck_permit_condition_text_not_blank")),
        sa.ForeignKeyConstraint(["permit_id"], ["permit.id"],
                                name=op.f("fk_permit_condition_permit_id_permit"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_permit_condition")),
        sa.UniqueConstraint("permit_id", "position", name="uq_permit_condition_position"),
    )
    with op.batch_alter_table("permit_condition", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_permit_condition_permit_id"), ["permit_id"],
                              unique=False)
    op.create_table(
        "permit_waste_limit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("permit_id", sa.Integer(), nullable=False),
        sa.Column("waste_type_id", sa.Integer(), nullable=False),
        sa.Column("accumulation_t", sa.Float(), nullable=True),
        sa.Column("burial_t", sa.Float(), nullable=True),
        sa.CheckConstraint("accumulation_t IS NOT NULL OR burial_t IS NOT NULL",
                           name=op.f("ck_permit_waste_limit_some_limit")),
        sa.CheckConstraint("(accumulation_t IS NULL OR accumulation_t >= 0) AND "
                           "(burial_t IS NULL OR burial_t >= 0)",
                           name=op.f("ck_permit_waste_limit_limits_not_negative")),
        sa.ForeignKeyConstraint(["permit_id"], ["permit.id"],
                                name=op.f("fk_permit_waste_limit_permit_id_permit"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["waste_type_id"], ["waste_type.id"],
                                name=op.f("fk_permit_waste_limit_waste_type_id_waste_type"),
                                ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_permit_waste_limit")),
        sa.UniqueConstraint("permit_id", "waste_type_id", name="uq_permit_waste_limit_type"),
    )
    with op.batch_alter_table("permit_waste_limit", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_permit_waste_limit_permit_id"), ["permit_id"],
                              unique=False)
    op.create_table(
        "pek_programme_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("point_id", sa.Integer(), nullable=False),
        sa.Column("parameter_id", sa.Integer(), nullable=False),
        sa.Column("method", sa.String(length=300), server_default="", nullable=False),
        sa.Column("frequency", sa.Enum(*_FREQUENCIES, name="pek_frequency", native_enum=False,
                                       create_constraint=True, length=20), nullable=False),
        sa.Column("laboratory", sa.String(length=300), server_default="", nullable=False),
        sa.ForeignKeyConstraint(["point_id"], ["monitoring_point.id"],
                                name=op.f("fk_pek_programme_item_point_id_monitoring_point"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["parameter_id"], ["monitoring_parameter.id"],
            name=op.f("fk_pek_programme_item_parameter_id_monitoring_parameter"),
            ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pek_programme_item")),
        sa.UniqueConstraint("point_id", "parameter_id",
                            name="uq_pek_programme_point_parameter"),
    )
    with op.batch_alter_table("pek_programme_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_pek_programme_item_point_id"), ["point_id"],
                              unique=False)


def downgrade() -> None:
    for table, column in (("pek_programme_item", "point_id"),
                          ("permit_waste_limit", "permit_id"),
                          ("permit_condition", "permit_id")):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(batch_op.f(f"ix_{table}_{column}"))
        op.drop_table(table)
