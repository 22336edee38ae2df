"""Data safety: the hash-chained audit trail, closed periods, and record versions.

The trail is written by `greendesk.store.audit` (never by services directly): one entry per
inserted, changed or deleted record, or one per bulk operation (an import). Each entry's
hash covers the previous entry's hash, so an entry edited, deleted or slipped in with a
plain SQLite tool breaks the chain at a place `greendesk audit verify` can name.
"""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import (
    CheckConstraint,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, declared_attr, mapped_column

from greendesk.models.base import Base, utcnow


class AuditAction(enum.StrEnum):
    """What an audit entry records."""
    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"
    IMPORT = "import"  # a bulk insert (a file, the demo, the records present at upgrade)
    PERIOD_CLOSE = "period_close"
    PERIOD_REOPEN = "period_reopen"
    RESTORE = "restore"
    EXPORT = "export"  # a workbook written: its cover carries the chain's head (an anchor)


class AuditEntry(Base):
    """One link of the trail. `before`/`after` are JSON text exactly as hashed."""

    __tablename__ = "audit_entry"

    # Assigned by the trail (last id + 1) rather than by the database, so the hash can
    # cover the id and a renumbered or removed entry shows.
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)  # UTC
    os_user: Mapped[str] = mapped_column(String(200), default="")
    officer: Mapped[str] = mapped_column(String(200), default="")
    action: Mapped[AuditAction] = mapped_column(Enum(
        AuditAction, name="audit_action", native_enum=False, create_constraint=True,
        length=20, values_callable=lambda e: [m.value for m in e], validate_strings=True))
    entity: Mapped[str] = mapped_column(String(80))  # the table name
    # The record's primary key as text ("12"; a JSON list for a composite key); empty for
    # entries about many records at once (an import, a bulk update).
    entity_id: Mapped[str | None] = mapped_column(String(200))
    before: Mapped[str | None] = mapped_column(Text)
    after: Mapped[str | None] = mapped_column(Text)
    note: Mapped[str] = mapped_column(Text, default="", server_default="")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))

    __table_args__ = (
        CheckConstraint("length(hash) = 64 AND length(prev_hash) = 64", name="hash_length"),
        Index("ix_audit_entry_entity", "entity", "entity_id"),
        Index("ix_audit_entry_at", "at"),
    )


class ClosedPeriod(Base):
    """A month ("2025-03") or year ("2025") whose records may no longer change.

    One row per period: closing again after a reopening updates the row; the history of
    closings and reopenings (with reasons) is in the audit trail.
    """

    __tablename__ = "closed_period"

    id: Mapped[int] = mapped_column(primary_key=True)
    period: Mapped[str] = mapped_column(String(7), unique=True)
    closed_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    closed_by: Mapped[str] = mapped_column(String(200), default="")
    reopened_at: Mapped[datetime | None] = mapped_column(DateTime)
    reopened_by: Mapped[str | None] = mapped_column(String(200))
    reopen_reason: Mapped[str | None] = mapped_column(String(2000))

    __table_args__ = (
        CheckConstraint("length(period) IN (4, 7)", name="period_shape"),
        CheckConstraint("(reopened_at IS NULL) = (reopen_reason IS NULL)",
                        name="reopen_has_reason"),
    )


class MonthCloseWaiver(Base):
    """An open item of a site's month-close checklist the officer chose not to fix, and why.

    `item_key` names the item as the checklist builds it ("stock:12:4", "transfer:881"), so a
    waiver stays with its item while the data around it changes; the reason is kept here and
    in the audit trail.
    """

    __tablename__ = "month_close_waiver"

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id", ondelete="CASCADE"), index=True)
    period: Mapped[str] = mapped_column(String(7))
    item_key: Mapped[str] = mapped_column(String(200))
    reason: Mapped[str] = mapped_column(String(2000))
    waived_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    waived_by: Mapped[str] = mapped_column(String(200), default="")

    __table_args__ = (
        UniqueConstraint("site_id", "period", "item_key", name="uq_month_close_waiver_item"),
        CheckConstraint("length(period) = 7", name="waiver_period_shape"),
        CheckConstraint("length(trim(reason)) > 0", name="waiver_has_reason"),
    )


class Versioned:
    """A record version for optimistic locking: SQLAlchemy bumps it on every UPDATE (and
    refuses an UPDATE whose version moved), and the services compare it with the version
    the officer opened, so two windows on one file never silently overwrite each other."""

    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, object]:  # noqa: N805 - declarative's signature
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]
