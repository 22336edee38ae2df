"""greening checklist: measures, actions, history, evidence, incidents

Revision ID: 0007_checklist
Revises: 0006_formations
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

revision: str = "0007_checklist"
down_revision: str | None = "0006_formations"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
