"""The fee's reference data: МРП per year, rates per substance and waste kind, coefficients.

Rates change with the law (the Tax Code's editions, a new Code from 2026) and the МРП with
each budget law, so they are dated rows the officer loads from a file, never constants in
code. Each load is a `FeeRateVersion` recording what it changed; the rows in force are the
latest load's (`FeeRate`), each citing its legal basis and whether it was confirmed
against the official text.
"""

from __future__ import annotations

import enum
from datetime import date

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    Float,
    Integer,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from greendesk.models.base import Base, LoadedVersion
from greendesk.models.plant import _enum


class RateKind(enum.StrEnum):
    """What a rate row prices: the МРП itself (tenge), a pollutant emitted from stationary
    sources (МРП per tonne or kilogram), a waste kind placed (МРП per tonne), or a
    coefficient (a multiplier)."""

    MRP = "mrp"
    EMISSION = "emission"
    WASTE = "waste"
    COEFFICIENT = "coefficient"


class FeeRateVersion(LoadedVersion, Base):
    """One load of a rates file: which file and what it changed against the one before."""

    __tablename__ = "fee_rate_version"

    id: Mapped[int] = mapped_column(primary_key=True)
    rates: Mapped[int] = mapped_column(Integer)

    __table_args__ = (
        CheckConstraint("rates >= 0 AND added >= 0 AND removed >= 0 AND changed >= 0",
                        name="counts_non_negative"),
    )


class FeeRate(Base):
    """A rate in force from `valid_from` to `valid_to` (inclusive; None: open).

    `code` names the item: a substance ("SO2"), a waste kind ("tailings"), a coefficient
    ("above_norm", "bat") or "MRP". `per` is the mass a rate is given for ("t", "kg"; "" for
    the МРП and coefficients). `matches` lists the List of Waste code prefixes a waste rate
    applies to, and "hazardous"/"non-hazardous" for the rates by hazard.
    """

    __tablename__ = "fee_rate"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[RateKind] = mapped_column(_enum(RateKind, "rate_kind"))
    code: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(300), default="", server_default="")
    valid_from: Mapped[date] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)
    value: Mapped[float] = mapped_column(Float)
    per: Mapped[str] = mapped_column(String(8), default="", server_default="")
    matches: Mapped[str] = mapped_column(String(400), default="", server_default="")
    basis: Mapped[str] = mapped_column(String(600), default="", server_default="")
    confirmed: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")

    __table_args__ = (
        UniqueConstraint("kind", "code", "valid_from", name="uq_fee_rate_item_from"),
        CheckConstraint("value >= 0", name="value_non_negative"),
        CheckConstraint("valid_to IS NULL OR valid_to >= valid_from", name="dates_in_order"),
        CheckConstraint("length(trim(code)) > 0", name="code_not_blank"),
    )
