"""data safety: audit trail, closed periods, record versions

Revision ID: 0005_audit
Revises: 0004_waste
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

revision: str = "0005_audit"
down_revision: str | None = "0004_waste"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
