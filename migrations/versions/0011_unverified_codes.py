"""waste types: a List of Waste code kept unverified until a classifier is loaded

Revision ID: 0011_unverified_codes
Revises: 0008_audit_export
Create Date: 2026-12-07

A plant set up from its workbook before the national classifier is loaded keeps each waste
type's code as written ("100607*") in `unverified_code`, with no classifier entry; loading a
classifier links every such type to its entry and empties the column. Exactly one of the two
is set. The table is copied (SQLite cannot relax NOT NULL in place), row for row.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011_unverified_codes"
down_revision: str | None = "0010_permits"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("waste_type", schema=None) as batch_op:
        batch_op.add_column(sa.Column("unverified_code", sa.String(length=8), nullable=True))
        batch_op.alter_column("entry_id", existing_type=sa.Integer(), nullable=True)
        batch_op.create_check_constraint(
            "code_verified_or_kept", "(entry_id IS NULL) <> (unverified_code IS NULL)")


def downgrade() -> None:
    if op.get_bind().exec_driver_sql(
            "SELECT 1 FROM waste_type WHERE entry_id IS NULL LIMIT 1").first():
        raise RuntimeError("waste types with unverified codes cannot go back to a schema "
                           "without them; load the classifier first")
    with op.batch_alter_table("waste_type", schema=None) as batch_op:
        batch_op.drop_constraint("ck_waste_type_code_verified_or_kept", type_="check")
        batch_op.alter_column("entry_id", existing_type=sa.Integer(), nullable=False)
        batch_op.drop_column("unverified_code")
