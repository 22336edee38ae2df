"""The permit register: each site's environmental permits.

A permit is the record later areas hang their figures on: the conditions, the waste
accumulation and burial limits per waste type and the emission norms will be child tables
keyed by `permit.id` (issue 19), and expiry warnings read `valid_until`. So a permit is its
own aggregate with a stable id, not a few columns on the site.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, Date, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from greendesk.models.audit import Versioned
from greendesk.models.base import Base, Timestamped
from greendesk.models.plant import Site


class Permit(Versioned, Timestamped, Base):
    """An environmental permit of a site: its number, when and by whom it was issued, the
    days it is valid (an open end when the permit states none) and a note."""
    __tablename__ = "permit"

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id", ondelete="RESTRICT"), index=True)
    number: Mapped[str] = mapped_column(String(100))
    issued_on: Mapped[date] = mapped_column(Date)
    authority: Mapped[str] = mapped_column(String(300), default="", server_default="")
    valid_from: Mapped[date] = mapped_column(Date)
    valid_until: Mapped[date | None] = mapped_column(Date)  # None: no end date stated
    note: Mapped[str] = mapped_column(String(2000), default="", server_default="")

    site: Mapped[Site] = relationship()

    __table_args__ = (
        UniqueConstraint("site_id", "number", name="uq_permit_site_number"),
        CheckConstraint("length(trim(number)) > 0", name="number_not_blank"),
        CheckConstraint("valid_until IS NULL OR valid_until > valid_from",
                        name="valid_until_after_valid_from"),
    )
