"""Stock of each waste at each storage, overdue storage, and the sums the figures use.

Every query groups flows in SQL (served by the material/date index) and classifies the
few hundred groups by their nodes (see `waste_movements` for the classes); nothing loops
over single flow records.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import ColumnElement, Select, case, extract, func, literal, select
from sqlalchemy.orm import Session

from greendesk import periods
from greendesk.errors import NotFoundError
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.models import (
    ClassifierEntry,
    Enterprise,
    Flow,
    LegacyLevel,
    Material,
    MaterialCategory,
    Node,
    Site,
    WasteTransfer,
    WasteType,
)
from greendesk.periods import Period
from greendesk.services.waste import EPS, add_months
from greendesk.services.waste_movements import NodeClass, node_classes
from greendesk.store.db import Database


@dataclass(frozen=True)
class StockRow:
    """One storage of one waste type over a period: opening + generated − recycled −
    transferred − placed + other = closing ("other" nets moves between storages, receipts
    from outside and losses)."""

    waste_type_id: int
    waste_type: str
    site_id: int
    node_id: int
    node_name: str
    opening: float
    generated: float
    recycled: float
    transferred: float
    placed: float
    other: float
    closing: float


@dataclass(frozen=True)
class OverdueRow:
    """Waste stored longer than its type's limit at one storage (first in, first out)."""
    waste_type_id: int
    waste_type: str
    site_name: str
    node_id: int
    node_name: str
    quantity: float      # stored longer than the limit
    stored_since: date   # the oldest of it (first in, first out)
    due: date            # when the oldest should have left
    days_overdue: int
    limit_months: int


@dataclass(frozen=True)
class FlowSum:
    """Waste flows summed by year, site, material and the classes of their two nodes.

    Summed for a period (see `waste_flow_sums`), `year` is the period's year or the year
    before it and `in_period` tells the flows of the period (or of the same period a year
    earlier) from the earlier ones, which count only towards stock."""

    year: int
    site_id: int
    material_id: int
    src: NodeClass
    dst: NodeClass
    operation: str | None  # transfers recorded with one; None otherwise
    qty: float
    in_period: bool = True


# ---------------------------------------------------------------- stock
def _types_by_key(s: Session, site_id: int | None) -> dict[tuple[int, int], tuple[int, str]]:
    q = select(WasteType.site_id, WasteType.material_id, WasteType.id, WasteType.name)
    if site_id:
        q = q.where(WasteType.site_id == site_id)
    return {(a, b): (c, d) for a, b, c, d in s.execute(q)}


def stock_table(db: Database, period: Period, site_id: int | None = None) -> list[StockRow]:
    """Opening, movements and closing of every storage of every waste type over `period`."""
    with db.read() as s:
        types = _types_by_key(s, site_id)
        if not types:
            return []
        classes = node_classes(s)
        names = dict(s.execute(select(Node.id, Node.name)).all())
        before = case((Flow.flow_date < period.start, 1), else_=0)
        q = (select(Flow.site_id, Flow.material_id, Flow.from_node_id, Flow.to_node_id, before,
                    func.sum(Flow.qty_canonical))
             .where(Flow.material_id.in_({m for _s, m in types}),
                    Flow.flow_date <= period.end)
             .group_by(Flow.site_id, Flow.material_id, Flow.from_node_id, Flow.to_node_id,
                       before))
        if site_id:
            q = q.where(Flow.site_id == site_id)
        acc: dict[tuple[int, int, int], list[float]] = defaultdict(lambda: [0.0] * 6)
        for site, material, src, dst, is_before, qty in s.execute(q):
            if (site, material) not in types:
                continue
            qty = float(qty)
            for node, sign, other in ((src, -1.0, dst), (dst, 1.0, src)):
                if classes[node][0] is not NodeClass.STORAGE:
                    continue
                a = acc[(site, material, node)]
                if is_before:
                    a[0] += sign * qty
                    continue
                other_class = classes[other][0 if sign > 0 else 1]
                if sign > 0 and other_class is NodeClass.PROCESS:
                    a[1] += qty                        # generated into this storage
                elif sign < 0 and other_class is NodeClass.PROCESS:
                    a[2] += qty                        # recycled from it
                elif sign < 0 and other_class is NodeClass.OUT:
                    a[3] += qty                        # transferred from it
                elif sign < 0 and other_class is NodeClass.FORMATION:
                    a[4] += qty                        # placed from it
                else:
                    a[5] += sign * qty                 # other: moves, receipts, losses
    rows = []
    for (site, material, node), (opening, gen, rec, tra, pla, oth) in acc.items():
        closing = opening + gen - rec - tra - pla + oth
        if max(abs(v) for v in (opening, gen, rec, tra, pla, oth, closing)) < EPS:
            continue
        type_id, type_name = types[(site, material)]
        rows.append(StockRow(type_id, type_name, site, node, names.get(node, ""), opening, gen,
                             rec, tra, pla, oth, closing))
    return sorted(rows, key=lambda r: (r.waste_type.casefold(), r.node_name.casefold()))


def level_at(db: Database, material_id: int, node_id: int, on: date) -> float:
    """What the flows leave of a material at a node at the end of `on` (in − out)."""
    signed = case((Flow.to_node_id == node_id, Flow.qty_canonical), else_=-Flow.qty_canonical)
    with db.read() as s:
        return float(s.scalar(select(func.coalesce(func.sum(signed), 0.0)).where(
            Flow.material_id == material_id, Flow.flow_date <= on,
            (Flow.from_node_id == node_id) | (Flow.to_node_id == node_id))) or 0.0)


def stock_level(db: Database, waste_type_id: int, node_id: int, on: date) -> float:
    """The stock of a waste type at a storage at the end of `on`."""
    with db.read() as s:
        t = s.get(WasteType, waste_type_id)
        if t is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Refusal", "The waste type no longer exists; it "
                                                             "may have been deleted."))
        material_id = t.material_id
    return level_at(db, material_id, node_id, on)


def overdue(db: Database, on: date, site_id: int | None = None) -> list[OverdueRow]:
    """Waste kept in storage longer than its type allows, first in, first out."""
    with db.read() as s:
        types = {(t.site_id, t.material_id): t for t in s.scalars(
            select(WasteType).where(WasteType.site_id == site_id) if site_id
            else select(WasteType))}
        if not types:
            return []
        classes = node_classes(s)
        storage = [n for n, (c, _d) in classes.items() if c is NodeClass.STORAGE]
        names = dict(s.execute(select(Node.id, Node.name)).all())
        sites = dict(s.execute(select(Site.id, Site.name)).all())
        mats = {m for _s, m in types}
        inflows: dict[tuple[int, int, int], list[tuple[date, float]]] = defaultdict(list)
        for site, material, node, day, qty in s.execute(
                select(Flow.site_id, Flow.material_id, Flow.to_node_id, Flow.flow_date,
                       func.sum(Flow.qty_canonical))
                .where(Flow.material_id.in_(mats), Flow.to_node_id.in_(storage),
                       Flow.flow_date <= on)
                .group_by(Flow.site_id, Flow.material_id, Flow.to_node_id, Flow.flow_date)
                .order_by(Flow.flow_date)):
            inflows[(site, material, node)].append((day, float(qty)))
        outflows = {(a, b, c): float(q) for a, b, c, q in s.execute(
            select(Flow.site_id, Flow.material_id, Flow.from_node_id,
                   func.sum(Flow.qty_canonical))
            .where(Flow.material_id.in_(mats), Flow.from_node_id.in_(storage),
                   Flow.flow_date <= on)
            .group_by(Flow.site_id, Flow.material_id, Flow.from_node_id))}
    rows = []
    for key, lots in inflows.items():
        t = types.get(key[:2])
        if t is None:
            continue
        out = outflows.get(key, 0.0)
        late, since = 0.0, None
        for day, qty in lots:  # oldest first; outflows take the oldest lots
            left = qty - min(qty, out)
            out -= min(qty, out)
            if left > EPS and add_months(day, t.storage_limit_months) < on:
                late += left
                since = since or day
        if since is not None:
            due = add_months(since, t.storage_limit_months)
            rows.append(OverdueRow(t.id, t.name, sites.get(t.site_id, ""), key[2],
                                   names.get(key[2], ""), late, since, due, (on - due).days,
                                   t.storage_limit_months))
    return sorted(rows, key=lambda r: r.stored_since)


# ---------------------------------------------------------------- figures' inputs
def flow_sums_query(material_ids: Sequence[int], end: date, site_id: int | None = None,
                    *, by_operation: bool = False, period: Period | None = None,
                    earlier: Period | None = None) -> Select:
    """Flows of these materials up to `end` summed by year, site, material and node pair
    (and by recorded operation, over transfers only). With `period` (and the same period a
    year `earlier`) the year is the period's or, up to the earlier one's end, the year
    before, and a flag tells the flows inside either period."""
    year: ColumnElement = extract("year", Flow.flow_date)  # portable (SQLite: strftime)
    inside: ColumnElement = literal(1)
    if period is not None:
        y = period.end.year
        year = case((Flow.flow_date > earlier.end, y), else_=y - 1) if earlier else literal(y)
        windows = [Flow.flow_date >= period.start]
        if earlier is not None:
            windows.append(Flow.flow_date.between(earlier.start, earlier.end))
        inside = case(*((w, 1) for w in windows), else_=0)
    cols = (year, inside, Flow.site_id, Flow.material_id, Flow.from_node_id, Flow.to_node_id)
    where = [Flow.material_id.in_(list(material_ids)), Flow.flow_date <= end]
    if site_id:
        where.append(Flow.site_id == site_id)
    if by_operation:
        return (select(*cols, WasteTransfer.operation, func.sum(Flow.qty_canonical))
                .join(WasteTransfer, WasteTransfer.flow_id == Flow.id)
                .where(*where).group_by(*cols, WasteTransfer.operation))
    return select(*cols, func.sum(Flow.qty_canonical)).where(*where).group_by(*cols)


def waste_flow_sums(db: Database, until_year: int, site_id: int | None = None, *,
                    period: Period | None = None) -> list[FlowSum]:
    """Every waste material's flows up to the end of `until_year`, summed by year, site,
    material and node classes; transfers split by their recorded operation. With `period`:
    the flows up to its end, the period's own and the same period's a year earlier told
    apart (`FlowSum.in_period`), for figures of a month or a quarter.

    Two GROUP BY queries served by the material/date index and the transfer table's key;
    the Python work is per group (a few hundred), never per flow."""
    end = date(until_year, 12, 31) if period is None else period.end
    earlier = periods.year_earlier(period) if period is not None else None
    with db.read() as s:
        waste = list(s.scalars(select(Material.id).where(
            Material.category == MaterialCategory.WASTE)))
        if not waste:
            return []
        classes = node_classes(s)
        totals = s.execute(flow_sums_query(waste, end, site_id, period=period,
                                           earlier=earlier)).all()
        by_op = s.execute(flow_sums_query(waste, end, site_id, by_operation=True,
                                          period=period, earlier=earlier)).all()
    acc: dict[tuple[int, int, int, NodeClass, NodeClass, str | None, bool], float] = \
        defaultdict(float)
    for y, inside, site, material, src, dst, qty in totals:
        acc[(int(y), site, material, classes[src][0], classes[dst][1], None,
             bool(inside))] += float(qty)
    for y, inside, site, material, src, dst, op, qty in by_op:
        base = (int(y), site, material, classes[src][0], classes[dst][1])
        acc[(*base, None, bool(inside))] -= float(qty)
        acc[(*base, str(op), bool(inside))] += float(qty)
    return [FlowSum(*k[:6], q, k[6]) for k, q in acc.items() if abs(q) > EPS]


@dataclass(frozen=True)
class Classification:
    """Hazard and legacy level of each (site, material) of waste, for the figures."""

    hazardous: dict[tuple[int, int], bool | None] = field(default_factory=dict)
    level: dict[tuple[int, int], LegacyLevel | None] = field(default_factory=dict)
    sites: dict[int, str] = field(default_factory=dict)
    enterprise: str = ""

    def hazard(self, site_id: int, material_id: int) -> bool | None:
        """Whether a site's waste material is hazardous: by its waste type at that site, else
        by the material's own List of Waste code; None when neither says."""
        return self.hazardous.get((site_id, material_id), self.hazardous.get((0, material_id)))


def classification(db: Database) -> Classification:
    """From the waste types; a waste material without one falls back to its catalogue code."""
    with db.read() as s:
        entries = dict(s.execute(select(ClassifierEntry.code, ClassifierEntry.hazardous)).all())
        haz: dict[tuple[int, int], bool | None] = {}
        for material_id, code in s.execute(select(Material.id, Material.waste_code).where(
                Material.category == MaterialCategory.WASTE)):
            haz[(0, material_id)] = bool(entries[code]) if code in entries else None
        level = {}
        for t, h in s.execute(select(WasteType, ClassifierEntry.hazardous).outerjoin(
                ClassifierEntry, ClassifierEntry.id == WasteType.entry_id)):
            # a code not yet verified is hazardous by its star
            haz[(t.site_id, t.material_id)] = bool(h) if t.entry_id is not None \
                else (t.unverified_code or "").endswith("*")
            level[(t.site_id, t.material_id)] = t.legacy_level
        sites = dict(s.execute(select(Site.id, Site.name)).all())
        enterprise = s.scalar(select(Enterprise.name).limit(1)) or ""
    return Classification(haz, level, sites, enterprise)
