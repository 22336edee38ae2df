"""flow: the ledger's quantity sorts served whole by an index on (quantity, id)

Revision ID: 0021_ledger_sort_indexes
Revises: 0020_permit_bat
Create Date: 2026-12-07

The ledger sorts by a quantity, then id. SQLite's index on the quantity alone carries the
row id, so it served that order; PostgreSQL's does not, and sorting a million records by
quantity and jumping to the end sorted the whole table. The single-column indexes on
`qty_entered` and `qty_canonical` become (column, id) on both backends; no data changes.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0021_ledger_sort_indexes"
down_revision: str | None = "0020_permit_bat"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_COLUMNS = ("qty_entered", "qty_canonical")


def upgrade() -> None:
    for column in _COLUMNS:
        op.create_index(f"ix_flow_{column}_id", "flow", [column, "id"], unique=False)
        op.drop_index(f"ix_flow_{column}", table_name="flow")


def downgrade() -> None:
    for column in _COLUMNS:
        op.create_index(f"ix_flow_{column}", "flow", [column], unique=False)
        op.drop_index(f"ix_flow_{column}_id", table_name="flow")
