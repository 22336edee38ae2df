"""hazardous-waste passports: a waste type's composition, the basis of each hazardous
property, precautions and who prepared the passport

Revision ID: 0009_waste_composition
Revises: 0008_audit_export
Create Date: 2026-12-07

Three new tables hanging on waste_type (deleted with it); existing rows are untouched, so
every waste type starts with nothing entered and its passport says so.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009_waste_composition"
down_revision: str | None = "0008_audit_export"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # The explicit check below names the same constraint the Enum would make: SQLite keeps
    # both (as it always did), PostgreSQL refuses a second constraint of that name.
    sqlite = op.get_bind().dialect.name == "sqlite"
    op.create_table(
        "waste_component",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("waste_type_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("share", sa.Float(), nullable=False),
        sa.Column("unit", sa.Enum("%", "mg/kg", "g/t", name="share_unit", native_enum=False,
                                  create_constraint=sqlite, length=20), nullable=False),
        sa.Column("basis", sa.String(length=300), server_default="", nullable=False),
        sa.CheckConstraint("length(trim(name)) > 0", name=op.f("ck_waste_component_name_not_blank")),
        sa.CheckConstraint("share >= 0", name=op.f("ck_waste_component_share_non_negative")),
        sa.CheckConstraint("unit IN ('%', 'mg/kg', 'g/t')",
                           name=op.f("ck_waste_component_share_unit")),
        sa.ForeignKeyConstraint(["waste_type_id"], ["waste_type.id"],
                                name=op.f("fk_waste_component_waste_type_id_waste_type"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_waste_component")),
        sa.UniqueConstraint("waste_type_id", "position",
                            name=op.f("uq_waste_component_position")),
    )
    op.create_index(op.f("ix_waste_component_waste_type_id"), "waste_component",
                    ["waste_type_id"], unique=False)
    op.create_table(
        "waste_hp_basis",
        sa.Column("waste_type_id", sa.Integer(), nullable=False),
        sa.Column("property", sa.String(length=4), nullable=False),
        sa.Column("basis", sa.String(length=500), nullable=False),
        sa.CheckConstraint("length(trim(basis)) > 0",
                           name=op.f("ck_waste_hp_basis_basis_not_blank")),
        sa.ForeignKeyConstraint(["waste_type_id"], ["waste_type.id"],
                                name=op.f("fk_waste_hp_basis_waste_type_id_waste_type"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("waste_type_id", "property", name=op.f("pk_waste_hp_basis")),
    )
    op.create_table(
        "waste_passport",
        sa.Column("waste_type_id", sa.Integer(), nullable=False),
        sa.Column("handling", sa.String(length=2000), server_default="", nullable=False),
        sa.Column("transport", sa.String(length=2000), server_default="", nullable=False),
        sa.Column("storage", sa.String(length=2000), server_default="", nullable=False),
        sa.Column("prepared_by", sa.String(length=200), server_default="", nullable=False),
        sa.Column("prepared_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(["waste_type_id"], ["waste_type.id"],
                                name=op.f("fk_waste_passport_waste_type_id_waste_type"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("waste_type_id", name=op.f("pk_waste_passport")),
    )


def downgrade() -> None:
    op.drop_table("waste_passport")
    op.drop_table("waste_hp_basis")
    op.drop_index(op.f("ix_waste_component_waste_type_id"), table_name="waste_component")
    op.drop_table("waste_component")
