"""Import batches: which file was imported when, so a second import of it is noticed."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, DateTime, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from greendesk.models.base import Base, utcnow


class ImportBatch(Base):
    """One imported file: its name and digest (to refuse importing it twice) and row count."""
    __tablename__ = "import_batch"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))  # "flows", later "classifier", ...
    file_name: Mapped[str] = mapped_column(String(400))
    file_sha256: Mapped[str] = mapped_column(String(64), index=True)
    rows: Mapped[int] = mapped_column(Integer)
    imported_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    __table_args__ = (CheckConstraint("rows >= 0", name="rows_non_negative"),)
