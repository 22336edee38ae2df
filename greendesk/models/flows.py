"""Flow records: the ledger every balance, waste figure and report is computed from."""

from __future__ import annotations

import enum
from datetime import date

from sqlalchemy import CheckConstraint, Date, Float, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from greendesk.models.audit import Versioned
from greendesk.models.base import Base, Timestamped
from greendesk.models.plant import _enum


class Method(enum.StrEnum):
    """How a quantity was obtained; reconciliation weighs them by default uncertainty."""

    MEASURED = "measured"
    CALCULATED = "calculated"
    ESTIMATED = "estimated"


class DatePrecision(enum.StrEnum):
    """Whether a flow is of one day or a month's total."""
    DAY = "day"
    MONTH = "month"  # a monthly total, dated on the first of the month


class ReconciliationRole(enum.StrEnum):
    """What reconciliation may do with a flow's quantity. An unmeasured quantity is the
    officer's estimate, for reconciliation to estimate (never counted as a measurement); a
    constant one is exact (σ = 0, e.g. a contractual quantity)."""

    MEASURED = "measured"
    UNMEASURED = "unmeasured"
    CONSTANT = "constant"


class RelationKind(enum.StrEnum):
    """How two streams are known to relate: B = k × A (a transfer coefficient), or B = A."""

    TRANSFER = "transfer"
    EQUAL = "equal"


class Flow(Versioned, Timestamped, Base):
    """A quantity of one material moved from one node to another on a day: what the officer
    entered and its canonical quantity (t, m³, GJ)."""
    __tablename__ = "flow"
    __period_column__ = "flow_date"  # closed periods refuse changes to records dated in them

    id: Mapped[int] = mapped_column(primary_key=True)
    # Denormalised from the nodes (both belong to this site) so that the ledger's
    # most common filter, site + period, is served by one index.
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id", ondelete="RESTRICT"))
    flow_date: Mapped[date] = mapped_column(Date)
    date_precision: Mapped[DatePrecision] = mapped_column(
        _enum(DatePrecision, "date_precision"), default=DatePrecision.DAY
    )
    from_node_id: Mapped[int] = mapped_column(ForeignKey("node.id", ondelete="RESTRICT"))
    to_node_id: Mapped[int] = mapped_column(ForeignKey("node.id", ondelete="RESTRICT"))
    material_id: Mapped[int] = mapped_column(ForeignKey("material.id", ondelete="RESTRICT"))
    qty_entered: Mapped[float] = mapped_column(Float)
    unit_entered: Mapped[str] = mapped_column(String(20))
    qty_canonical: Mapped[float] = mapped_column(Float)
    method: Mapped[Method] = mapped_column(_enum(Method, "flow_method"), default=Method.MEASURED)
    uncertainty_pct: Mapped[float | None] = mapped_column(Float)  # relative, 1 sigma
    reconciliation: Mapped[ReconciliationRole] = mapped_column(
        _enum(ReconciliationRole, "flow_reconciliation"), default=ReconciliationRole.MEASURED,
        server_default=ReconciliationRole.MEASURED.value,
    )
    note: Mapped[str] = mapped_column(String(2000), default="", server_default="")
    import_batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batch.id", ondelete="RESTRICT"), index=True
    )

    __table_args__ = (
        CheckConstraint("qty_entered > 0", name="qty_entered_positive"),
        CheckConstraint("qty_canonical > 0", name="qty_canonical_positive"),
        CheckConstraint("from_node_id <> to_node_id", name="distinct_nodes"),
        CheckConstraint(
            "uncertainty_pct IS NULL OR (uncertainty_pct >= 0 AND uncertainty_pct <= 100)",
            name="uncertainty_range",
        ),
        # Ledger filters and balances: site + period, node + period, material + period.
        Index("ix_flow_site_date", "site_id", "flow_date"),
        Index("ix_flow_from_date", "from_node_id", "flow_date"),
        Index("ix_flow_to_date", "to_node_id", "flow_date"),
        Index("ix_flow_material_date", "material_id", "flow_date"),
        Index("ix_flow_date", "flow_date"),
        # The ledger offers sorting by these columns (then id); without an index each page
        # of a million-row ledger would sort the whole table. The id is in the key because
        # a PostgreSQL index, unlike SQLite's, does not carry the row id (migration 0021).
        Index("ix_flow_qty_canonical_id", "qty_canonical", "id"),
        Index("ix_flow_qty_entered_id", "qty_entered", "id"),
        Index("ix_flow_method_date", "method", "flow_date"),
        Index("ix_flow_unit_date", "unit_entered", "flow_date"),
    )


class FlowRelation(Versioned, Timestamped, Base):
    """What the officer knows about two streams (edge + material) of a site in a span of days:
    stream B is k × stream A (a transfer coefficient with its standard deviation, e.g. a
    share of an inflow going out), or the two are equal. Reconciliation adds it as a
    constraint; the streams are named by their nodes and material, not by flow records,
    because the relation holds for every record of the streams."""
    __tablename__ = "flow_relation"

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id", ondelete="RESTRICT"), index=True)
    kind: Mapped[RelationKind] = mapped_column(_enum(RelationKind, "relation_kind"))
    a_from_node_id: Mapped[int] = mapped_column(ForeignKey("node.id", ondelete="RESTRICT"))
    a_to_node_id: Mapped[int] = mapped_column(ForeignKey("node.id", ondelete="RESTRICT"))
    a_material_id: Mapped[int] = mapped_column(ForeignKey("material.id", ondelete="RESTRICT"))
    b_from_node_id: Mapped[int] = mapped_column(ForeignKey("node.id", ondelete="RESTRICT"))
    b_to_node_id: Mapped[int] = mapped_column(ForeignKey("node.id", ondelete="RESTRICT"))
    b_material_id: Mapped[int] = mapped_column(ForeignKey("material.id", ondelete="RESTRICT"))
    coefficient: Mapped[float | None] = mapped_column(Float)  # k of B = k × A; None: equal
    coefficient_sigma: Mapped[float | None] = mapped_column(Float)  # absolute, 1 sigma
    valid_from: Mapped[date] = mapped_column(Date)
    valid_until: Mapped[date | None] = mapped_column(Date)  # None: no end
    note: Mapped[str] = mapped_column(String(2000), default="", server_default="")

    __table_args__ = (
        CheckConstraint("a_from_node_id <> a_to_node_id", name="a_distinct_nodes"),
        CheckConstraint("b_from_node_id <> b_to_node_id", name="b_distinct_nodes"),
        CheckConstraint(
            "NOT (a_from_node_id = b_from_node_id AND a_to_node_id = b_to_node_id "
            "AND a_material_id = b_material_id)", name="distinct_streams"),
        CheckConstraint(
            "(kind = 'equal' AND coefficient IS NULL AND coefficient_sigma IS NULL) OR "
            "(kind = 'transfer' AND coefficient > 0 AND coefficient_sigma >= 0)",
            name="coefficient_by_kind"),
        CheckConstraint("valid_until IS NULL OR valid_until >= valid_from",
                        name="valid_until_after_valid_from"),
    )
