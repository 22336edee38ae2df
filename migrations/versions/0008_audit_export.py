"""audit trail: exports are entries (their workbooks anchor the chain outside the file)

Revision ID: 0008_audit_export
Revises: 0007_checklist
Create Date: 2026-12-06

SQLite cannot change a CHECK constraint in place, so the trail's table is copied into one
whose action check also allows 'export', entry for entry (ids and hashes unchanged).
PostgreSQL changes the check in place (a copy would clash with the primary key's index name).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008_audit_export"
down_revision: str | None = "0007_checklist"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ACTIONS = ("insert", "update", "delete", "import", "period_close", "period_reopen", "restore")
COLUMNS = ("id, at, os_user, officer, action, entity, entity_id, \"before\", \"after\", note, "
           "prev_hash, hash")


def _check(actions: tuple[str, ...]) -> str:
    return "action IN (" + ", ".join(f"'{a}'" for a in actions) + ")"


def _copy_with(actions: tuple[str, ...]) -> None:
    if op.get_bind().dialect.name != "sqlite":
        name = op.f("ck_audit_entry_audit_action")
        op.drop_constraint(name, "audit_entry", type_="check")
        op.create_check_constraint(name, "audit_entry", _check(actions))
        return
    op.create_table(
        "_audit_entry_new",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("os_user", sa.String(length=200), nullable=False),
        sa.Column("officer", sa.String(length=200), nullable=False),
        sa.Column("action", sa.Enum(*actions, name="audit_action", native_enum=False,
                                    create_constraint=False, length=20), nullable=False),
        sa.Column("entity", sa.String(length=80), nullable=False),
        sa.Column("entity_id", sa.String(length=200), nullable=True),
        sa.Column("before", sa.Text(), nullable=True),
        sa.Column("after", sa.Text(), nullable=True),
        sa.Column("note", sa.Text(), server_default="", nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.CheckConstraint("length(hash) = 64 AND length(prev_hash) = 64",
                           name=op.f("ck_audit_entry_hash_length")),
        sa.CheckConstraint(_check(actions), name=op.f("ck_audit_entry_audit_action")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entry")),
    )
    op.execute(f"INSERT INTO _audit_entry_new ({COLUMNS}) SELECT {COLUMNS} FROM audit_entry")
    op.drop_index("ix_audit_entry_entity", table_name="audit_entry")
    op.drop_index("ix_audit_entry_at", table_name="audit_entry")
    op.drop_table("audit_entry")
    op.rename_table("_audit_entry_new", "audit_entry")
    op.create_index("ix_audit_entry_at", "audit_entry", ["at"], unique=False)
    op.create_index("ix_audit_entry_entity", "audit_entry", ["entity", "entity_id"],
                    unique=False)


def upgrade() -> None:
    _copy_with((*ACTIONS, "export"))


def downgrade() -> None:
    _copy_with(ACTIONS)  # refused while export entries exist: the trail is never cut
