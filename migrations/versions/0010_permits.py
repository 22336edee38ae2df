"""permit register: sites' environmental permits, and each site's address and category

Revision ID: 0010_permits
Revises: 0008_audit_export
Create Date: 2026-12-07

Sites gain an address (the report cover names it) and a facility category (I–IV, the
Environmental Code of the Republic of Kazakhstan, Article 12), unset on existing sites.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010_permits"
down_revision: str | None = "0009_waste_composition"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CATEGORIES = ("I", "II", "III", "IV")


def upgrade() -> None:
    # ALTER TABLE ADD COLUMN, the check written on the column: no copy of the site table
    # (a copy would have to drop a table every other table refers to).
    with op.batch_alter_table("site", schema=None) as batch_op:
        batch_op.add_column(sa.Column("address", sa.String(length=500), server_default="",
                                      nullable=False))
    op.execute("ALTER TABLE site ADD COLUMN category VARCHAR(20) "
               "CONSTRAINT ck_site_facility_category CHECK (category IN ("
               + ", ".join(f"'{c}'" for c in CATEGORIES) + "))")
    op.create_table(
        "permit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=100), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("authority", sa.String(length=300), server_default="", nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column("note", sa.String(length=2000), server_default="", nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"),
                  nullable=False),
        sa.Column("changed_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"),
                  nullable=False),
        sa.CheckConstraint("length(trim(number)) > 0", name=op.f("ck_permit_number_not_blank")),
        sa.CheckConstraint("valid_until IS NULL OR valid_until > valid_from",
                           name=op.f("ck_permit_valid_until_after_valid_from")),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], name=op.f("fk_permit_site_id_site"),
                                ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_permit")),
        sa.UniqueConstraint("site_id", "number", name="uq_permit_site_number"),
    )
    with op.batch_alter_table("permit", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_permit_site_id"), ["site_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("permit", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_permit_site_id"))
    op.drop_table("permit")
    # SQLite 3.35+ drops a column in place (a copy of the site table cannot drop the table).
    op.execute("ALTER TABLE site DROP COLUMN category")
    op.execute("ALTER TABLE site DROP COLUMN address")
