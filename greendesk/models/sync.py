"""Global identity and what a company database took in from its sites.

Each database has one stable UUID (`database_identity`, made by migration 0015 for old
files too). Records keep their local integer ids, so existing audit digests and every
anchor already handed out stay verifiable; a record that came from a site is known
company-wide as (origin database UUID, table, local id), which `sync_record` maps to the
company database's own id. `sync_package` is one row per site and period taken in: the
package's digest and the site chain's head, so its audit entry carries both.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, DateTime, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from greendesk.models.audit import Versioned
from greendesk.models.base import Base, utcnow


class DatabaseIdentity(Base):
    """The one row naming this database for every other one (a site, the company)."""

    __tablename__ = "database_identity"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    __table_args__ = (CheckConstraint("id = 1", name="one_row"),)


class SyncPackage(Versioned, Base):
    """A site's closed period taken in: which package (digest) and the site chain's head."""

    __tablename__ = "sync_package"

    id: Mapped[int] = mapped_column(primary_key=True)
    origin_uuid: Mapped[str] = mapped_column(String(36))
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id", ondelete="RESTRICT"), index=True)
    period: Mapped[str] = mapped_column(String(7))
    digest: Mapped[str] = mapped_column(String(64))
    site_head_id: Mapped[int] = mapped_column(Integer)
    site_head: Mapped[str] = mapped_column(String(64))
    records: Mapped[int] = mapped_column(Integer)
    imported_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    __table_args__ = (
        UniqueConstraint("origin_uuid", "site_id", "period", name="uq_sync_package_origin"),
        CheckConstraint("length(digest) = 64 AND length(site_head) = 64", name="digest_length"),
    )


class SyncRecord(Base):
    """(origin database, table, local id) → this database's id of a record taken in."""

    __tablename__ = "sync_record"

    id: Mapped[int] = mapped_column(primary_key=True)
    # RESTRICT: a package's mapping rows are removed by the import that replaces them.
    package_id: Mapped[int] = mapped_column(ForeignKey("sync_package.id", ondelete="RESTRICT"),
                                            index=True)
    origin_uuid: Mapped[str] = mapped_column(String(36))
    entity: Mapped[str] = mapped_column(String(40))
    local_id: Mapped[int] = mapped_column(Integer)
    company_id: Mapped[int] = mapped_column(Integer)

    __table_args__ = (
        UniqueConstraint("origin_uuid", "entity", "local_id", name="uq_sync_record_origin"),
    )
