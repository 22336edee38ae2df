"""The plant's structure: the enterprise, its sites and the nodes flows run between."""

from __future__ import annotations

import enum

from sqlalchemy import CheckConstraint, Enum, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from greendesk.models.audit import Versioned
from greendesk.models.base import Base, Timestamped


class SiteKind(enum.StrEnum):
    """The kinds of site of a mining plant."""
    MINE = "mine"  # mine or quarry
    CONCENTRATOR = "concentrator"
    SMELTER = "smelter"  # smelter or refinery
    AUXILIARY = "auxiliary"


class FacilityCategory(enum.StrEnum):
    """A site's category as an object with a negative impact on the environment.

    The Environmental Code of the Republic of Kazakhstan (Code No. 400-VI of 2 January 2021),
    Article 12, puts such objects in four categories by the level and risk of their impact:
    I significant, II moderate, III insignificant, IV minimal (Annex 2 to the Code lists the
    activities of categories I–III; any other activity is category IV). Source: the Code's
    text at adilet.zan.kz (K2100000400), Article 12, read 2026-12-07. The category decides
    which permit a site needs and which obligations apply to it.
    """

    I = "I"  # noqa: E741 - the Code's own numeral
    II = "II"
    III = "III"
    IV = "IV"


class NodeKind(enum.StrEnum):
    """What a node is in the flow network; balances treat each kind differently."""

    PROCESS = "process"  # mining, crushing, flotation, smelting ...
    STOCK = "stock"  # warehouse, stockpile, on-site waste storage, formation
    SUPPLIER = "supplier"  # boundary: where purchased inputs come from
    CUSTOMER = "customer"  # boundary: where products go
    ENVIRONMENT = "environment"  # boundary: emissions, discharges, water intake
    CONTRACTOR = "contractor"  # boundary: external waste contractor
    LOSS = "loss"  # accounted loss sink, with a reason


BOUNDARY_KINDS = frozenset(
    {NodeKind.SUPPLIER, NodeKind.CUSTOMER, NodeKind.ENVIRONMENT, NodeKind.CONTRACTOR}
)


class LossReason(enum.StrEnum):
    """Why a loss node loses material: the accounted losses of a balance, by reason."""
    STORAGE = "storage"
    TRANSPORT = "transport"
    HANDLING = "handling"
    PROCESS = "process"
    MEASUREMENT = "measurement"


def _enum(cls: type[enum.Enum], name: str) -> Enum:
    """Enums stored as their plain values with a CHECK, portable to PostgreSQL."""
    return Enum(
        cls,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=20,
        values_callable=lambda e: [m.value for m in e],
        validate_strings=True,
    )


class Enterprise(Versioned, Timestamped, Base):
    """The plant's legal entity (one per database), identified by its BIN."""
    __tablename__ = "enterprise"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    bin: Mapped[str] = mapped_column(String(12), unique=True)

    sites: Mapped[list[Site]] = relationship(back_populates="enterprise", order_by="Site.name")

    __table_args__ = (
        CheckConstraint("length(bin) = 12", name="bin_length"),
        CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),
    )


class Site(Versioned, Timestamped, Base):
    """A site of the enterprise: a mine, concentrator, smelter or auxiliary site."""
    __tablename__ = "site"

    id: Mapped[int] = mapped_column(primary_key=True)
    enterprise_id: Mapped[int] = mapped_column(ForeignKey("enterprise.id", ondelete="RESTRICT"))
    name: Mapped[str] = mapped_column(String(200), index=True)  # ledger sorts by site name
    region: Mapped[str] = mapped_column(String(80))
    kind: Mapped[SiteKind] = mapped_column(_enum(SiteKind, "site_kind"))
    # Where the site is, as the cover and the permits name it (postal or cadastral address).
    address: Mapped[str] = mapped_column(String(500), default="", server_default="")
    # None: the officer has not set it yet (the cover says so rather than guess).
    category: Mapped[FacilityCategory | None] = mapped_column(
        _enum(FacilityCategory, "facility_category"))

    enterprise: Mapped[Enterprise] = relationship(back_populates="sites")
    nodes: Mapped[list[Node]] = relationship(back_populates="site", order_by="Node.name")

    __table_args__ = (
        UniqueConstraint("enterprise_id", "name", name="uq_site_enterprise_name"),
        CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),
    )


class Node(Versioned, Timestamped, Base):
    """A place on a site where material comes from or goes to: a process, a stock, a boundary
    (supplier, customer, environment, contractor) or a loss."""
    __tablename__ = "node"

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id", ondelete="RESTRICT"), index=True)
    name: Mapped[str] = mapped_column(String(200), index=True)  # ledger sorts by node name
    kind: Mapped[NodeKind] = mapped_column(_enum(NodeKind, "node_kind"))
    loss_reason: Mapped[LossReason | None] = mapped_column(_enum(LossReason, "loss_reason"))
    note: Mapped[str] = mapped_column(String(2000), default="", server_default="")

    site: Mapped[Site] = relationship(back_populates="nodes")

    __table_args__ = (
        UniqueConstraint("site_id", "name", name="uq_node_site_name"),
        CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),
        CheckConstraint(
            "(kind = 'loss') = (loss_reason IS NOT NULL)", name="loss_reason_iff_loss"
        ),
    )
