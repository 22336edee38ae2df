"""permits: the comprehensive environmental permit applying best available techniques

Revision ID: 0020_permit_bat
Revises: 0019_sync
Create Date: 2026-12-07

A permit gains `bat`: it is a comprehensive environmental permit applying best available
techniques (the fee prices its site's mass within the norm at the loaded BAT coefficient
for the quarters it is valid in). Existing permits are not (false).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0020_permit_bat"
down_revision: str | None = "0019_sync"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("permit", schema=None) as batch_op:
        batch_op.add_column(sa.Column("bat", sa.Boolean(), server_default="0",
                                      nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("permit", schema=None) as batch_op:
        batch_op.drop_column("bat")
