"""Waste figures per year, per site and for the enterprise.

Generation in total, by hazardous / non-hazardous and by the legacy green / amber / red
level; recycled including incineration (recycled or reused on site, transferred for
recovery R1–R13, transferred for incineration D10/D11); the recycling share, recycled /
generated, shown as it is — above 100 % when old stock is processed, never clamped;
generation per tonne of main product and per unit of output value where the officer entered
them; storage stock at the period's end; and the change on the same period a year earlier
(a month on the same month, a quarter on the same quarter, a year on the year before).
With what was received from outside and disposed of (or lost) on site, the period's stock
change is generated + received − recycled on site − disposed − transferred − placed, the
waste inventory's identity (`services.waste_inventory` counts the same flows per waste).

The numbers come from `waste_stock.waste_flow_sums` (SQL aggregates); everything here is
plain arithmetic over those sums, easy to check by hand.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass

from greendesk import periods
from greendesk.periods import Period
from greendesk.services.waste import BasisRow, list_basis
from greendesk.services.waste_codes import INCINERATION
from greendesk.services.waste_movements import NodeClass
from greendesk.services.waste_stock import (
    Classification,
    FlowSum,
    classification,
    waste_flow_sums,
)
from greendesk.store.db import Database

LEVELS = ("green", "amber", "red", "unspecified")
_SOURCES = (NodeClass.PROCESS, NodeClass.STORAGE, NodeClass.FORMATION)


@dataclass(frozen=True)
class WasteFigures:
    """One period (a year, or a month or quarter of it) of one scope (the enterprise, or a
    site). Tonnes throughout."""

    year: int  # the period's year
    scope: str  # "enterprise" or "site"
    site_id: int | None
    name: str
    generated: float
    hazardous: float
    non_hazardous: float
    unclassified: float  # waste materials with no List of Waste code
    by_level: dict[str, float]
    recycled_on_site: float
    recovered: float  # transferred for recovery, R1–R13
    incinerated: float  # transferred for incineration, D10/D11
    recycled: float  # the three above together
    transferred: float
    placed: float  # net: into formations minus out of them
    received: float  # from outside (a boundary) into storage or a formation
    disposed: float  # into a loss or the environment: destroyed, released or lost on site
    recycling_share: float | None  # recycled / generated; None without generation
    main_product: str
    main_product_t: float | None
    per_tonne_of_product: float | None  # t of waste per t of main product
    output_value: float | None
    value_unit: str
    per_unit_of_output_value: float | None  # t of waste per unit of output value
    stock_at_year_end: float  # at the end of the period
    period: str = ""  # the period's label ("2026", "2026-Q1", "2026-01")


@dataclass(frozen=True)
class WasteIndicators:
    """A period's waste figures beside the same period's a year earlier."""
    current: WasteFigures
    previous: WasteFigures | None

    def change_pct(self, name: str) -> float | None:
        """Per cent change of a figure on the same period a year earlier (None if it had
        none)."""
        if self.previous is None:
            return None
        before, now = getattr(self.previous, name), getattr(self.current, name)
        if before is None or now is None or abs(before) < 1e-12:
            return None
        return (now - before) / abs(before) * 100.0

    def share_change_pp(self) -> float | None:
        """Change of the recycling share in percentage points."""
        if self.previous is None or self.previous.recycling_share is None \
                or self.current.recycling_share is None:
            return None
        return (self.current.recycling_share - self.previous.recycling_share) * 100.0

    def as_dict(self) -> dict[str, object]:
        """The figures for JSON output, with the changes on the same period a year
        earlier ("previous_year" holds that period's figures)."""
        out: dict[str, object] = asdict(self.current)
        out["unit"] = "t"
        out["previous_year"] = asdict(self.previous) if self.previous else None
        out["change_pct"] = {k: self.change_pct(k) for k in (
            "generated", "hazardous", "non_hazardous", "recycled", "stock_at_year_end",
            "per_tonne_of_product", "per_unit_of_output_value")}
        out["recycling_share_change_pp"] = self.share_change_pp()
        return out


def figures(sums: Sequence[FlowSum], cls: Classification, basis: Sequence[BasisRow],
            year: int, site_id: int | None = None, *, label: str | None = None
            ) -> WasteFigures:
    """The figures of one year and scope from flow sums (which may cover many years). With
    `label` the sums are a period's (`waste_flow_sums(period=...)`): the flows inside it
    count and the annual basis (product, output value) does not apply."""
    gen = haz = non = unc = on_site = recovered = incinerated = transferred = placed = 0.0
    received = disposed = 0.0
    stock = 0.0
    levels = dict.fromkeys(LEVELS, 0.0)
    for f in sums:
        if site_id is not None and f.site_id != site_id:
            continue
        if f.year <= year:  # storage stock accumulates over all years
            stock += (f.qty if f.dst is NodeClass.STORAGE else 0.0) - (
                f.qty if f.src is NodeClass.STORAGE else 0.0)
        if f.year != year or not f.in_period:
            continue
        if f.src is NodeClass.PROCESS:
            gen += f.qty
            hazard = cls.hazard(f.site_id, f.material_id)
            if hazard is None:
                unc += f.qty
            elif hazard:
                haz += f.qty
            else:
                non += f.qty
            level = cls.level.get((f.site_id, f.material_id))
            levels[level.value if level else "unspecified"] += f.qty
        if f.src in _SOURCES and f.dst is NodeClass.PROCESS:
            on_site += f.qty
        if f.src is NodeClass.BOUNDARY and f.dst in (NodeClass.STORAGE, NodeClass.FORMATION):
            received += f.qty
        if f.src in _SOURCES and f.dst is NodeClass.LOSS:
            disposed += f.qty
        if f.src in _SOURCES and f.dst is NodeClass.OUT:
            transferred += f.qty
            if f.operation and f.operation.startswith("R"):
                recovered += f.qty
            elif f.operation in INCINERATION:
                incinerated += f.qty
        placed += (f.qty if f.dst is NodeClass.FORMATION else 0.0) - (
            f.qty if f.src is NodeClass.FORMATION else 0.0)
    recycled = on_site + recovered + incinerated
    b = next((r for r in basis if r.year == year and r.site_id == site_id), None) \
        if label is None else None
    product_t = b.main_product_t if b else None
    value = b.output_value if b else None
    name = cls.enterprise if site_id is None else cls.sites.get(site_id, "")
    return WasteFigures(
        year=year, scope="enterprise" if site_id is None else "site", site_id=site_id,
        name=name, generated=gen, hazardous=haz, non_hazardous=non, unclassified=unc,
        by_level=levels, recycled_on_site=on_site, recovered=recovered,
        incinerated=incinerated, recycled=recycled, transferred=transferred, placed=placed,
        received=received, disposed=disposed,
        recycling_share=recycled / gen if gen > 0 else None,
        main_product=b.main_product if b else "", main_product_t=product_t,
        per_tonne_of_product=gen / product_t if product_t else None,
        output_value=value, value_unit=b.value_unit if b else "",
        per_unit_of_output_value=gen / value if value else None,
        stock_at_year_end=stock, period=str(year) if label is None else label)


def _period(when: int | Period) -> Period:
    return periods.year(when) if isinstance(when, int) else when


def _pair(sums: Sequence[FlowSum], cls: Classification, basis: Sequence[BasisRow],
          period: Period, site_id: int | None) -> WasteIndicators:
    earlier = periods.year_earlier(period)
    y = period.end.year
    annual = periods.kind(period) == "year"
    return WasteIndicators(
        figures(sums, cls, basis, y, site_id, label=None if annual else period.label),
        None if earlier is None else figures(
            sums, cls, basis, y - 1, site_id, label=None if annual else earlier.label))


def waste_indicators(db: Database, when: int | Period, site_id: int | None = None
                     ) -> WasteIndicators:
    """A year's (or a month's, a quarter's) figures and the same period's a year earlier,
    for the enterprise or one site."""
    period = _period(when)
    sums = waste_flow_sums(db, period.end.year, site_id, period=period)
    return _pair(sums, classification(db), list_basis(db), period, site_id)


def all_scopes(db: Database, when: int | Period) -> list[WasteIndicators]:
    """The enterprise first, then every site, for one period (one query for all)."""
    period = _period(when)
    sums = waste_flow_sums(db, period.end.year, period=period)
    cls, basis = classification(db), list_basis(db)
    scopes: list[int | None] = [None, *sorted(cls.sites, key=lambda i: cls.sites[i])]
    return [_pair(sums, cls, basis, period, sid) for sid in scopes]


def series(db: Database, site_id: int | None = None,
           until_year: int | None = None) -> list[WasteFigures]:
    """The figures of every year that has waste flows, oldest first (the charts)."""
    from datetime import date

    last = until_year or date.today().year
    sums = waste_flow_sums(db, last, site_id)
    if not sums:
        return []
    cls, basis = classification(db), list_basis(db)
    years = range(min(f.year for f in sums), max(f.year for f in sums) + 1)
    return [figures(sums, cls, basis, y, site_id) for y in years]
