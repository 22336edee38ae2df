"""The permit register: each site's environmental permits, their conditions and waste limits.

A permit is the record later areas hang their figures on: the conditions (an ordered list of
texts), the waste accumulation and burial limits per waste type and the emission norms are
child tables keyed by `permit.id`, and expiry warnings read `valid_until`. So a permit is its
own aggregate with a stable id, not a few columns on the site.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Integer,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from greendesk.models.audit import Versioned
from greendesk.models.base import Base, Timestamped
from greendesk.models.plant import Site


class Permit(Versioned, Timestamped, Base):
    """An environmental permit of a site: its number, when and by whom it was issued, the
    days it is valid (an open end when the permit states none), a note, and whether it is a
    comprehensive permit applying best available techniques (`bat`)."""
    __tablename__ = "permit"

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id", ondelete="RESTRICT"), index=True)
    number: Mapped[str] = mapped_column(String(100))
    issued_on: Mapped[date] = mapped_column(Date)
    authority: Mapped[str] = mapped_column(String(300), default="", server_default="")
    valid_from: Mapped[date] = mapped_column(Date)
    valid_until: Mapped[date | None] = mapped_column(Date)  # None: no end date stated
    note: Mapped[str] = mapped_column(String(2000), default="", server_default="")
    # a comprehensive environmental permit applying best available techniques
    bat: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")

    site: Mapped[Site] = relationship()

    __table_args__ = (
        UniqueConstraint("site_id", "number", name="uq_permit_site_number"),
        CheckConstraint("length(trim(number)) > 0", name="number_not_blank"),
        CheckConstraint("valid_until IS NULL OR valid_until > valid_from",
                        name="valid_until_after_valid_from"),
    )


class PermitCondition(Base):
    """One condition of a permit, as its text states it; `position` keeps the permit's order."""
    __tablename__ = "permit_condition"

    id: Mapped[int] = mapped_column(primary_key=True)
    permit_id: Mapped[int] = mapped_column(ForeignKey("permit.id", ondelete="CASCADE"),
                                           index=True)
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(String(2000))

    __table_args__ = (
        UniqueConstraint("permit_id", "position", name="uq_permit_condition_position"),
        CheckConstraint("length(trim(text)) > 0", name="text_not_blank"),
    )


class PermitWasteLimit(Base):
    """A permit's limits for one waste type, tonnes per year: how much may be accumulated
    (held in storage) and how much buried (placed into the site's own formations); None: the
    permit sets no such limit."""
    __tablename__ = "permit_waste_limit"

    id: Mapped[int] = mapped_column(primary_key=True)
    permit_id: Mapped[int] = mapped_column(ForeignKey("permit.id", ondelete="CASCADE"),
                                           index=True)
    waste_type_id: Mapped[int] = mapped_column(ForeignKey("waste_type.id", ondelete="RESTRICT"))
    accumulation_t: Mapped[float | None] = mapped_column(Float)
    burial_t: Mapped[float | None] = mapped_column(Float)

    __table_args__ = (
        UniqueConstraint("permit_id", "waste_type_id", name="uq_permit_waste_limit_type"),
        CheckConstraint("accumulation_t IS NOT NULL OR burial_t IS NOT NULL",
                        name="some_limit"),
        CheckConstraint("(accumulation_t IS NULL OR accumulation_t >= 0) AND "
                        "(burial_t IS NULL OR burial_t >= 0)", name="limits_not_negative"),
    )
