"""What balances need besides flows: stock-takings, assays and reconciliation settings.

A stock-taking counts what a stock node holds of one material at the end of a day; the
stock change of a period is the closing count minus the opening one. Assays give the grade
of a component (Cu %, Au g/t) either of one flow record or of a material leaving a node
over a period; contained metal = quantity × grade.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, Date, Float, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from greendesk.models.base import Base, Timestamped
from greendesk.models.flows import Method
from greendesk.models.plant import _enum


class StockTaking(Timestamped, Base):
    """A count of one material in a stock node at the end of `taken_on`."""

    __tablename__ = "stock_taking"
    __period_column__ = "taken_on"  # closed periods refuse changes dated in them

    id: Mapped[int] = mapped_column(primary_key=True)
    node_id: Mapped[int] = mapped_column(ForeignKey("node.id", ondelete="RESTRICT"))
    material_id: Mapped[int] = mapped_column(ForeignKey("material.id", ondelete="RESTRICT"),
                                             index=True)
    taken_on: Mapped[date] = mapped_column(Date)
    qty_entered: Mapped[float] = mapped_column(Float)
    unit_entered: Mapped[str] = mapped_column(String(20))
    qty_canonical: Mapped[float] = mapped_column(Float)
    method: Mapped[Method] = mapped_column(_enum(Method, "stock_method"),
                                           default=Method.MEASURED)
    uncertainty_pct: Mapped[float | None] = mapped_column(Float)  # relative, 1 sigma
    note: Mapped[str] = mapped_column(String(2000), default="", server_default="")

    __table_args__ = (
        # Also serves the opening and closing look-ups (latest count on or before a date).
        UniqueConstraint("node_id", "material_id", "taken_on",
                         name="uq_stock_taking_node_material_date"),
        CheckConstraint("qty_entered >= 0", name="qty_entered_non_negative"),
        CheckConstraint("qty_canonical >= 0", name="qty_canonical_non_negative"),
        CheckConstraint(
            "uncertainty_pct IS NULL OR (uncertainty_pct >= 0 AND uncertainty_pct <= 100)",
            name="uncertainty_range",
        ),
    )


class FlowAssay(Base):
    """The grade of one component in one flow record; goes with the record when deleted."""

    __tablename__ = "flow_assay"
    __period_via__ = "flow_id"  # dated by its flow record: closed with the flow's month

    id: Mapped[int] = mapped_column(primary_key=True)
    flow_id: Mapped[int] = mapped_column(ForeignKey("flow.id", ondelete="CASCADE"))
    component: Mapped[str] = mapped_column(String(20))
    value_entered: Mapped[float] = mapped_column(Float)
    unit: Mapped[str] = mapped_column(String(5))
    fraction: Mapped[float] = mapped_column(Float)  # canonical: mass fraction 0..1
    # How the grade was obtained and its relative uncertainty (1 sigma, %), for weighing
    # grades against tonnages when metal is reconciled.
    method: Mapped[Method] = mapped_column(_enum(Method, "flow_assay_method"),
                                           default=Method.MEASURED,
                                           server_default=Method.MEASURED.value)
    uncertainty_pct: Mapped[float | None] = mapped_column(Float)

    __table_args__ = (
        UniqueConstraint("flow_id", "component", name="uq_flow_assay_flow_component"),
        CheckConstraint(
            "uncertainty_pct IS NULL OR (uncertainty_pct >= 0 AND uncertainty_pct <= 100)",
            name="uncertainty_range"),
        CheckConstraint("unit IN ('%', 'g/t')", name="unit_known"),
        CheckConstraint("value_entered >= 0", name="value_non_negative"),
        CheckConstraint("fraction >= 0 AND fraction <= 1", name="fraction_range"),
    )


class PeriodAssay(Timestamped, Base):
    """The grade of a component in a material as it leaves a node, over a date range.

    Tying the assay to the node the material leaves gives every flow exactly one grade
    (its source's), so contained metal is never counted twice.
    """

    __tablename__ = "period_assay"
    __period_column__ = "period_start"  # closed periods refuse changes dated in them ...
    __period_end_column__ = "period_end"  # ... and in every month up to this one

    id: Mapped[int] = mapped_column(primary_key=True)
    node_id: Mapped[int] = mapped_column(ForeignKey("node.id", ondelete="RESTRICT"))
    material_id: Mapped[int] = mapped_column(ForeignKey("material.id", ondelete="RESTRICT"),
                                             index=True)
    component: Mapped[str] = mapped_column(String(20))
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)  # inclusive
    value_entered: Mapped[float] = mapped_column(Float)
    unit: Mapped[str] = mapped_column(String(5))
    fraction: Mapped[float] = mapped_column(Float)
    note: Mapped[str] = mapped_column(String(2000), default="", server_default="")
    method: Mapped[Method] = mapped_column(_enum(Method, "period_assay_method"),
                                           default=Method.MEASURED,
                                           server_default=Method.MEASURED.value)
    uncertainty_pct: Mapped[float | None] = mapped_column(Float)  # relative, 1 sigma

    __table_args__ = (
        CheckConstraint(
            "uncertainty_pct IS NULL OR (uncertainty_pct >= 0 AND uncertainty_pct <= 100)",
            name="uncertainty_range"),
        CheckConstraint("unit IN ('%', 'g/t')", name="unit_known"),
        CheckConstraint("value_entered >= 0", name="value_non_negative"),
        CheckConstraint("fraction >= 0 AND fraction <= 1", name="fraction_range"),
        CheckConstraint("period_end >= period_start", name="period_order"),
        Index("ix_period_assay_node_material", "node_id", "material_id", "period_start"),
    )


class MethodUncertainty(Base):
    """The plant's default relative uncertainty (1 sigma, %) of records without their own."""

    __tablename__ = "method_uncertainty"

    method: Mapped[Method] = mapped_column(_enum(Method, "uncertainty_method"),
                                           primary_key=True)
    uncertainty_pct: Mapped[float] = mapped_column(Float)

    __table_args__ = (
        CheckConstraint("uncertainty_pct > 0 AND uncertainty_pct <= 100",
                        name="uncertainty_range"),
    )
