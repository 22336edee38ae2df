"""sync: a stable identity per database, and what a company database took in from sites

Revision ID: 0019_sync
Revises: 0018_emissions
Create Date: 2026-12-07

Every database gets one UUID (existing ones on upgrade), so a record is known company-wide
as (origin UUID, table, local id) while its local id, its audit entries and every anchor
already handed out stay as they were. A company database records each site's period taken
in (the package's digest and the site chain's head) and maps each record taken in to its
own id.
"""

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0019_sync"
down_revision: str | None = "0018_emissions"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    identity = op.create_table(
        "database_identity",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_database_identity_one_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_database_identity")),
        sa.UniqueConstraint("uuid", name=op.f("uq_database_identity_uuid")),
    )
    op.bulk_insert(identity, [{"id": 1, "uuid": str(uuid.uuid4()),
                               "created_at": datetime.now(UTC).replace(tzinfo=None)}])
    op.create_table(
        "sync_package",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("origin_uuid", sa.String(length=36), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("period", sa.String(length=7), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("site_head_id", sa.Integer(), nullable=False),
        sa.Column("site_head", sa.String(length=64), nullable=False),
        sa.Column("records", sa.Integer(), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.CheckConstraint("length(digest) = 64 AND length(site_head) = 64",
                           name=op.f("ck_sync_package_digest_length")),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"],
                                name=op.f("fk_sync_package_site_id_site"), ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_package")),
        sa.UniqueConstraint("origin_uuid", "site_id", "period",
                            name="uq_sync_package_origin"),
    )
    op.create_index(op.f("ix_sync_package_site_id"), "sync_package", ["site_id"])
    op.create_table(
        "sync_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("package_id", sa.Integer(), nullable=False),
        sa.Column("origin_uuid", sa.String(length=36), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("local_id", sa.Integer(), nullable=False),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["package_id"], ["sync_package.id"],
                                name=op.f("fk_sync_record_package_id_sync_package"),
                                ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_record")),
        sa.UniqueConstraint("origin_uuid", "entity", "local_id",
                            name="uq_sync_record_origin"),
    )
    op.create_index(op.f("ix_sync_record_package_id"), "sync_record", ["package_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_sync_record_package_id"), table_name="sync_record")
    op.drop_table("sync_record")
    op.drop_index(op.f("ix_sync_package_site_id"), table_name="sync_package")
    op.drop_table("sync_package")
    op.drop_table("database_identity")
