"""Declarative base shared by every aggregate.

The naming convention gives every constraint a stable name, which alembic's batch mode
needs to alter SQLite tables and which keeps the same migrations valid on PostgreSQL.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import DateTime, Integer, MetaData, String, Table, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    """Timestamps are stored in UTC; the UI converts to local time for display."""
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    """The declarative base: one metadata, with constraint names that migrations can rely on."""
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def table_of(model: type[Base]) -> Table:
    """The model's Table: declarative types `__table__` as any FromClause, but every model
    here maps exactly one table, whose name and columns the audit and undo code need."""
    table = model.__table__
    assert isinstance(table, Table)
    return table


class Timestamped:
    """created/changed stamps, set by the database on insert and by SQLAlchemy on update."""

    created_at: Mapped[datetime] = mapped_column(
        DateTime, nullable=False, default=utcnow, server_default=func.current_timestamp()
    )
    changed_at: Mapped[datetime] = mapped_column(
        DateTime,
        nullable=False,
        default=utcnow,
        onupdate=utcnow,
        server_default=func.current_timestamp(),
    )


class LoadedVersion:
    """One load of a reference file (factor library, obligations register, fee rates): which
    file, its hash, when, and how many entries it added, removed and changed against the
    load before — what each loader's diff reports and the audit view names."""

    label: Mapped[str] = mapped_column(String(200))
    file_name: Mapped[str] = mapped_column(String(400))
    file_sha256: Mapped[str] = mapped_column(String(64))
    loaded_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    added: Mapped[int] = mapped_column(Integer)
    removed: Mapped[int] = mapped_column(Integer)
    changed: Mapped[int] = mapped_column(Integer)
