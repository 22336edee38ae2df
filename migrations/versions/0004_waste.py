"""waste register: classifier, waste types, contractors, movements

Revision ID: 0004_waste
Revises: 0003_balances
Create Date: 2026-11-25

Only new tables, referring to the tables of 0001 and 0002 (site, node, material, flow).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_waste"
down_revision: str | None = "0003_balances"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_OPERATIONS = [f"R{i}" for i in range(1, 14)] + [f"D{i}" for i in range(1, 16)]


def _enum(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=20)


def _stamps() -> list[sa.Column]:
    return [
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"),
                  nullable=False),
        sa.Column("changed_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"),
                  nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "classifier_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("file_name", sa.String(length=400), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("loaded_at", sa.DateTime(), nullable=False),
        sa.Column("entries", sa.Integer(), nullable=False),
        sa.Column("added", sa.Integer(), nullable=False),
        sa.Column("removed", sa.Integer(), nullable=False),
        sa.Column("changed", sa.Integer(), nullable=False),
        sa.Column("retired", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "entries >= 0 AND added >= 0 AND removed >= 0 AND changed >= 0 AND retired >= 0",
            name=op.f("ck_classifier_version_counts_non_negative")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_classifier_version")),
    )
    op.create_table(
        "classifier_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=6), nullable=False),
        sa.Column("level", _enum("entry_level", "chapter", "subchapter", "entry"),
                  nullable=False),
        sa.Column("hazardous", sa.Boolean(), nullable=False),
        sa.Column("mirror", sa.Boolean(), nullable=False),
        sa.Column("retired_in_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "(level = 'chapter' AND length(code) = 2) OR (level = 'subchapter' AND "
            "length(code) = 4) OR (level = 'entry' AND length(code) = 6)",
            name=op.f("ck_classifier_entry_code_matches_level")),
        sa.ForeignKeyConstraint(["retired_in_id"], ["classifier_version.id"],
                                name=op.f("fk_classifier_entry_retired_in_id_classifier_version"),
                                ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_classifier_entry")),
        sa.UniqueConstraint("code", name=op.f("uq_classifier_entry_code")),
    )
    op.create_table(
        "classifier_text",
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("text", sa.String(length=1000), nullable=False),
        sa.CheckConstraint("length(trim(text)) > 0",
                           name=op.f("ck_classifier_text_text_not_blank")),
        sa.ForeignKeyConstraint(["entry_id"], ["classifier_entry.id"],
                                name=op.f("fk_classifier_text_entry_id_classifier_entry"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("entry_id", "language", name=op.f("pk_classifier_text")),
    )
    op.create_table(
        "waste_contractor",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("bin", sa.String(length=12), nullable=False),
        sa.Column("licence_number", sa.String(length=100), nullable=False),
        sa.Column("licence_valid_until", sa.Date(), nullable=False),
        sa.Column("operations", sa.String(length=200), nullable=False),
        sa.Column("note", sa.String(length=2000), server_default="", nullable=False),
        *_stamps(),
        sa.CheckConstraint("length(bin) = 12", name=op.f("ck_waste_contractor_bin_length")),
        sa.CheckConstraint("length(trim(licence_number)) > 0",
                           name=op.f("ck_waste_contractor_licence_not_blank")),
        sa.CheckConstraint("length(trim(name)) > 0",
                           name=op.f("ck_waste_contractor_name_not_blank")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_waste_contractor")),
        sa.UniqueConstraint("name", name=op.f("uq_waste_contractor_name")),
    )
    op.create_table(
        "waste_storage",
        sa.Column("node_id", sa.Integer(), nullable=False),
        sa.Column("role", _enum("storage_role", "storage", "formation"), nullable=False),
        sa.ForeignKeyConstraint(["node_id"], ["node.id"],
                                name=op.f("fk_waste_storage_node_id_node"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("node_id", name=op.f("pk_waste_storage")),
    )
    op.create_table(
        "waste_basis",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=True),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("main_product", sa.String(length=200), server_default="", nullable=False),
        sa.Column("main_product_t", sa.Float(), nullable=True),
        sa.Column("output_value", sa.Float(), nullable=True),
        sa.Column("value_unit", sa.String(length=40), server_default="million KZT",
                  nullable=False),
        sa.CheckConstraint("main_product_t IS NULL OR main_product_t > 0",
                           name=op.f("ck_waste_basis_main_product_positive")),
        sa.CheckConstraint("output_value IS NULL OR output_value > 0",
                           name=op.f("ck_waste_basis_output_value_positive")),
        sa.CheckConstraint("year BETWEEN 1900 AND 2200", name=op.f("ck_waste_basis_year_range")),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"],
                                name=op.f("fk_waste_basis_site_id_site"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_waste_basis")),
    )
    with op.batch_alter_table("waste_basis", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_waste_basis_site_id"), ["site_id"], unique=False)

    op.create_table(
        "waste_type",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("material_id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("physical_state",
                  _enum("physical_state", "solid", "powder", "sludge", "liquid", "gas"),
                  nullable=False),
        sa.Column("generating_node_id", sa.Integer(), nullable=True),
        sa.Column("hp_properties", sa.String(length=120), server_default="", nullable=False),
        sa.Column("mirror_assessment", sa.String(length=2000), server_default="",
                  nullable=False),
        sa.Column("legacy_level", _enum("legacy_level", "green", "amber", "red"),
                  nullable=True),
        sa.Column("storage_limit_months", sa.Integer(), server_default="6", nullable=False),
        sa.Column("note", sa.String(length=2000), server_default="", nullable=False),
        *_stamps(),
        sa.CheckConstraint("length(trim(name)) > 0", name=op.f("ck_waste_type_name_not_blank")),
        sa.CheckConstraint("storage_limit_months BETWEEN 1 AND 120",
                           name=op.f("ck_waste_type_storage_limit_range")),
        sa.ForeignKeyConstraint(["entry_id"], ["classifier_entry.id"],
                                name=op.f("fk_waste_type_entry_id_classifier_entry"),
                                ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["generating_node_id"], ["node.id"],
                                name=op.f("fk_waste_type_generating_node_id_node"),
                                ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["material_id"], ["material.id"],
                                name=op.f("fk_waste_type_material_id_material"),
                                ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"],
                                name=op.f("fk_waste_type_site_id_site"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_waste_type")),
        sa.UniqueConstraint("site_id", "material_id", name="uq_waste_type_site_material"),
        sa.UniqueConstraint("site_id", "name", name="uq_waste_type_site_name"),
    )
    with op.batch_alter_table("waste_type", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_waste_type_entry_id"), ["entry_id"], unique=False)

    op.create_table(
        "waste_transfer",
        sa.Column("flow_id", sa.Integer(), nullable=False),
        sa.Column("contractor_id", sa.Integer(), nullable=False),
        sa.Column("operation", _enum("waste_operation", *_OPERATIONS), nullable=False),
        sa.ForeignKeyConstraint(["contractor_id"], ["waste_contractor.id"],
                                name=op.f("fk_waste_transfer_contractor_id_waste_contractor"),
                                ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["flow_id"], ["flow.id"],
                                name=op.f("fk_waste_transfer_flow_id_flow"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("flow_id", name=op.f("pk_waste_transfer")),
    )
    with op.batch_alter_table("waste_transfer", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_waste_transfer_contractor_id"), ["contractor_id"],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table("waste_transfer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_waste_transfer_contractor_id"))
    op.drop_table("waste_transfer")
    with op.batch_alter_table("waste_type", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_waste_type_entry_id"))
    op.drop_table("waste_type")
    with op.batch_alter_table("waste_basis", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_waste_basis_site_id"))
    op.drop_table("waste_basis")
    op.drop_table("waste_storage")
    op.drop_table("waste_contractor")
    op.drop_table("classifier_text")
    op.drop_table("classifier_entry")
    op.drop_table("classifier_version")
