"""The waste inventory of a period: per waste, opening stock, generated, received, recovered,
disposed, transferred (per contractor), placed (per own formation) and closing stock.

Every waste material's flows are read in two GROUP BY queries (the flows up to the period's
end by node pair, and the period's transfers by contractor and R/D operation) and counted by
`analysis.waste_inventory`, with the node classes the waste indicators use, so a year's
inventory of a site or of the enterprise holds exactly the indicators' figures:
generated, recovered = recycled on site, transferred, placed (net) and closing = stock at
year end (opening = the previous year's). A waste material moved at a site where no waste
type is registered still gets its row (named by the material, with the catalogue's code),
so the inventory is complete.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date

from sqlalchemy import case, func, select

from greendesk.analysis.waste_inventory import FlowGroup, Terms, inventory
from greendesk.models import (
    ClassifierEntry,
    Flow,
    Formation,
    LegacyLevel,
    Material,
    MaterialCategory,
    Node,
    Site,
    WasteContractor,
    WasteTransfer,
    WasteType,
)
from greendesk.periods import Period
from greendesk.services.classifier import format_code
from greendesk.services.waste_movements import NodeClass, node_classes
from greendesk.store.db import Database

_HELD = (NodeClass.PROCESS, NodeClass.STORAGE, NodeClass.FORMATION)


@dataclass(frozen=True)
class InventoryRow:
    """One waste of one site over the period, tonnes. `waste_type_id` None: a waste
    material moved at a site where no waste type is registered for it."""

    site_id: int
    site_name: str
    material_id: int
    waste_type_id: int | None
    name: str
    code: str  # as written in documents, "10 06 07*"; "" when the material has none
    hazardous: bool | None
    hp_properties: tuple[str, ...]
    legacy_level: LegacyLevel | None
    opening: float
    generated: float
    received: float
    recovered: float
    disposed: float
    transferred: float
    placed: float
    closing: float

    def figures(self) -> tuple[float, ...]:
        """The eight figures, in the inventory's order (opening … closing)."""
        return (self.opening, self.generated, self.received, self.recovered, self.disposed,
                self.transferred, self.placed, self.closing)


@dataclass(frozen=True)
class PlacementRow:
    """What a waste put into (and took out of) one own formation in the period."""

    site_name: str
    material_id: int
    waste: str
    code: str
    node_id: int
    node_name: str
    formation: str  # the register's name of the formation linked to the node ("" if none)
    placed_in: float
    taken_out: float

    @property
    def net(self) -> float:
        """Placed in minus taken out: what the inventory's placed column counts."""
        return self.placed_in - self.taken_out


@dataclass(frozen=True)
class TransferRow:
    """A waste handed to one receiver under one operation in the period. A transfer with
    no recorded contractor names the boundary node it went to, and has no BIN, licence
    or operation."""

    site_name: str
    material_id: int
    waste: str
    code: str
    receiver: str
    bin: str
    licence: str
    licence_valid_until: date | None
    operation: str  # "R9", "D9"; "" when not recorded
    count: int
    qty: float


@dataclass(frozen=True)
class WasteInventory:
    """A period's inventory: the rows per waste, and the placement and transfer detail."""

    period: Period
    rows: tuple[InventoryRow, ...]
    placements: tuple[PlacementRow, ...]
    transfers: tuple[TransferRow, ...]

    def total(self, name: str) -> float:
        """The sum of one figure over the rows ("generated", "closing", ...)."""
        return sum(getattr(r, name) for r in self.rows)


@dataclass(frozen=True)
class _Waste:
    waste_type_id: int | None
    name: str
    code: str
    hazardous: bool | None
    hp: tuple[str, ...]
    level: LegacyLevel | None


def waste_inventory(db: Database, period: Period, site_ids: Collection[int] | None = None
                    ) -> WasteInventory:
    """The inventory of `period` for the chosen sites (None: every site)."""
    with db.read() as s:
        materials = dict(s.execute(select(Material.id, Material.waste_code).where(
            Material.category == MaterialCategory.WASTE)).all())
        if not materials:
            return WasteInventory(period, (), (), ())
        classes = node_classes(s)
        before = case((Flow.flow_date < period.start, 1), else_=0)
        keys = (Flow.site_id, Flow.material_id, Flow.from_node_id, Flow.to_node_id)
        where = [Flow.material_id.in_(list(materials)), Flow.flow_date <= period.end]
        if site_ids is not None:
            where.append(Flow.site_id.in_(list(site_ids)))
        groups, counts = [], {}
        for site, material, src, dst, is_before, qty, n in s.execute(
                select(*keys, before, func.sum(Flow.qty_canonical), func.count())
                .where(*where).group_by(*keys, before)):
            groups.append(FlowGroup(site, material, src, dst, classes[src][0].value,
                                    classes[dst][1].value, bool(is_before), float(qty)))
            if not is_before:
                counts[(site, material, src, dst)] = int(n)
        assigned = s.execute(
            select(*keys, WasteTransfer.contractor_id, WasteTransfer.operation,
                   func.sum(Flow.qty_canonical), func.count())
            .join(WasteTransfer, WasteTransfer.flow_id == Flow.id)
            .where(*where, Flow.flow_date >= period.start)
            .group_by(*keys, WasteTransfer.contractor_id, WasteTransfer.operation)).all()
        wastes = _wastes(s, materials)
        sites = dict(s.execute(select(Site.id, Site.name)).all())
        nodes = dict(s.execute(select(Node.id, Node.name)).all())
        formations = dict(s.execute(select(Formation.node_id, Formation.name)
                                    .where(Formation.node_id.is_not(None))).all())
        contractors = {c.id: c for c in s.scalars(select(WasteContractor))}
    terms = {k: t for k, t in inventory(groups).items() if not t.is_empty()}

    def waste(site: int, material: int) -> _Waste:
        return wastes.get((site, material)) or wastes[(0, material)]

    rows = [_row(site, sites.get(site, ""), material, waste(site, material), t)
            for (site, material), t in terms.items()]
    placements = [
        PlacementRow(sites.get(site, ""), material, waste(site, material).name,
                     waste(site, material).code, node, nodes.get(node, ""),
                     formations.get(node, ""), t.placed_into.get(node, 0.0),
                     t.taken_from.get(node, 0.0))
        for (site, material), t in terms.items()
        for node in sorted({*t.placed_into, *t.taken_from}, key=lambda n: nodes.get(n, ""))]
    transfers = _transfers(assigned, counts, classes, terms, contractors, sites, nodes, waste)

    def order(r: InventoryRow | PlacementRow | TransferRow) -> tuple:
        name = r.name if isinstance(r, InventoryRow) else r.waste
        return (r.site_name.casefold(), name.casefold())

    return WasteInventory(period, tuple(sorted(rows, key=order)),
                          tuple(sorted(placements, key=order)),
                          tuple(sorted(transfers, key=lambda r: (
                              *order(r), r.receiver.casefold(), r.operation))))


def _wastes(s, materials: dict[int, str | None]) -> dict[tuple[int, int], _Waste]:
    """(site, material) → what the inventory names it; (0, material) for a site without
    a waste type for it (the material's own name and catalogue code)."""
    hazard = dict(s.execute(select(ClassifierEntry.code, ClassifierEntry.hazardous)).all())
    names = dict(s.execute(select(Material.id, Material.name)).all())
    out = {}
    for material, code in materials.items():
        h = bool(hazard[code]) if code in hazard else None
        out[(0, material)] = _Waste(None, names.get(material, ""),
                                    format_code(code, bool(h)) if code else "", h, (), None)
    for t, code, h in s.execute(select(WasteType, ClassifierEntry.code,
                                       ClassifierEntry.hazardous)
                                .join(ClassifierEntry, ClassifierEntry.id == WasteType.entry_id)):
        out[(t.site_id, t.material_id)] = _Waste(
            t.id, t.name, format_code(code, bool(h)), bool(h),
            tuple(p for p in t.hp_properties.split(",") if p), t.legacy_level)
    return out


def _row(site: int, site_name: str, material: int, w: _Waste, t: Terms) -> InventoryRow:
    return InventoryRow(site, site_name, material, w.waste_type_id, w.name, w.code,
                        w.hazardous, w.hp, w.level, t.opening, t.generated, t.received,
                        t.recovered, t.disposed, t.transferred, t.placed, t.closing)


def _transfers(assigned, counts, classes, terms, contractors, sites, nodes, waste
               ) -> list[TransferRow]:
    """The period's transfers per receiver and operation: those with a recorded contractor,
    then what went to a boundary node with none (so the rows add up to the inventory)."""
    def moved(site: int, material: int, src: int, dst: int) -> bool:
        return (site, material) in terms and classes[src][0] in _HELD \
            and classes[dst][1] is NodeClass.OUT

    merged: dict[tuple[int, int, int, str], TransferRow] = {}
    recorded: dict[tuple[int, int, int], tuple[float, int]] = defaultdict(lambda: (0.0, 0))
    for site, material, src, dst, contractor, operation, qty, n in assigned:
        if not moved(site, material, src, dst):
            continue
        q, c = recorded[(site, material, dst)]
        recorded[(site, material, dst)] = (q + float(qty), c + int(n))
        key = (site, material, contractor, str(operation))
        old = merged.get(key)  # one row per receiver and operation, whichever node it left
        k, w = contractors[contractor], waste(site, material)
        merged[key] = TransferRow(
            sites.get(site, ""), material, w.name, w.code, k.name, k.bin, k.licence_number,
            k.licence_valid_until, str(operation), int(n) + (old.count if old else 0),
            float(qty) + (old.qty if old else 0.0))
    flows: dict[tuple[int, int, int], int] = defaultdict(int)
    for (site, material, src, dst), n in counts.items():
        if moved(site, material, src, dst):
            flows[(site, material, dst)] += n
    unrecorded = []
    for (site, material, dst), n in flows.items():
        q, c = recorded.get((site, material, dst), (0.0, 0))
        if n > c:
            w = waste(site, material)
            unrecorded.append(TransferRow(
                sites.get(site, ""), material, w.name, w.code, nodes.get(dst, ""), "", "",
                None, "", n - c, terms[(site, material)].transferred_to.get(dst, 0.0) - q))
    return [*merged.values(), *unrecorded]
