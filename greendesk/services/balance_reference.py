"""What every balance is built on: the sites, nodes and materials (`Reference`), the flow-sum
aggregate of a site over a date range, and stock changes from stock-takings.

Split out of `balances` (which re-exports the public names) so that scope balances, charts,
indicators and the reconciliation share one reading of the plant without one long module.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session

from greendesk.analysis import balances as ab
from greendesk.errors import DomainError, NotFoundError
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.models import (
    CANONICAL_UNIT,
    Flow,
    Material,
    Node,
    NodeKind,
    QuantityKind,
    Site,
    SiteKind,
    StockTaking,
)
from greendesk.store.db import Database
from greendesk.units import UnitError, tce_factor

# -- reference data ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Reference:
    """Nodes and materials balances need, read once per query."""

    sites: dict[int, tuple[str, SiteKind]]
    nodes: dict[int, ab.NodeInfo]
    node_site: dict[int, int]
    materials: dict[int, ab.MaterialInfo]

    def site_nodes(self, site_id: int) -> dict[int, ab.NodeInfo]:
        """The nodes of one site."""
        return {i: n for i, n in self.nodes.items() if self.node_site[i] == site_id}


def _material_info(m: Material) -> ab.MaterialInfo:
    unit = CANONICAL_UNIT[m.kind]
    gj = 1.0 if m.kind is QuantityKind.ENERGY else m.ncv_gj_per_unit
    try:
        from greendesk.units import MaterialUnits

        mu = MaterialUnits(m.name, m.kind.value, m.density_t_per_m3, m.ncv_gj_per_unit)
        tce = tce_factor(unit, m.tce_factor, m.tce_factor_unit, mu)
    except UnitError:
        tce = None
    return ab.MaterialInfo(m.id, m.name, m.category, m.kind, unit, gj, tce)


def load_reference_in(s: Session) -> Reference:
    """Sites, nodes and materials as the pure balance code takes them, read in the caller's
    session (so a balance sees one snapshot)."""
    sites = {i: (name, kind) for i, name, kind in s.execute(
        select(Site.id, Site.name, Site.kind))}
    nodes, node_site = {}, {}
    for i, site_id, name, kind, reason in s.execute(
            select(Node.id, Node.site_id, Node.name, Node.kind, Node.loss_reason)):
        nodes[i] = ab.NodeInfo(i, name, kind, reason)
        node_site[i] = site_id
    materials = {m.id: _material_info(m) for m in s.scalars(select(Material))}
    return Reference(sites, nodes, node_site, materials)


def load_reference(db: Database) -> Reference:
    """Sites, nodes and materials in a read of their own."""
    with db.read() as s:
        return load_reference_in(s)


# -- the aggregate ------------------------------------------------------------------------------

def flow_sums_query(site_id: int, start: date, end: date, node_id: int | None = None
                    ) -> Select:
    """Σ canonical quantity per (from, to, material) of a site in [start, end].

    Served by ix_flow_site_date (a range scan of the site's dates); with `node_id` by the
    from/to date indexes (a multi-index OR)."""
    q = select(Flow.from_node_id, Flow.to_node_id, Flow.material_id,
               func.sum(Flow.qty_canonical))
    if node_id is None:
        q = q.where(Flow.site_id == site_id, Flow.flow_date >= start, Flow.flow_date <= end)
    else:
        q = q.where(or_(and_(Flow.from_node_id == node_id, Flow.flow_date >= start,
                             Flow.flow_date <= end),
                        and_(Flow.to_node_id == node_id, Flow.flow_date >= start,
                             Flow.flow_date <= end)))
    return q.group_by(Flow.from_node_id, Flow.to_node_id, Flow.material_id)


def flow_sums_in(s: Session, site_id: int, start: date, end: date, node_id: int | None = None
                 ) -> list[ab.FlowSum]:
    """A site's flows in a period summed by (from, to, material), canonical units; one query."""
    rows = s.connection().execute(flow_sums_query(site_id, start, end, node_id))
    return [ab.FlowSum(f, t, m, float(q)) for f, t, m, q in rows]


# -- stock-takings ------------------------------------------------------------------------------

Counts = dict[tuple[int, int], list[tuple[date, float]]]


def counts_in(s: Session, node_ids: Iterable[int], until: date) -> Counts:
    """Every stock-taking of these nodes up to `until`, by (node, material), oldest first."""
    ids = list(node_ids)
    out: Counts = {}
    if not ids:
        return out
    q = (select(StockTaking.node_id, StockTaking.material_id, StockTaking.taken_on,
                StockTaking.qty_canonical)
         .where(StockTaking.node_id.in_(ids), StockTaking.taken_on <= until)
         .order_by(StockTaking.node_id, StockTaking.material_id, StockTaking.taken_on))
    for node_id, material_id, taken_on, qty in s.execute(q):
        out.setdefault((node_id, material_id), []).append((taken_on, float(qty)))
    return out


def _last_on_or_before(counts: list[tuple[date, float]], day: date) -> tuple[date, float] | None:
    found = None
    for taken_on, qty in counts:
        if taken_on > day:
            break
        found = (taken_on, qty)
    return found


@dataclass(frozen=True)
class StockChange:
    """A stock node's change of one material over a period, from its counts."""
    node_id: int
    material_id: int
    opening: tuple[date, float] | None  # the count used as opening stock, and its date
    closing: tuple[date, float] | None

    @property
    def known(self) -> bool:
        """Both counts exist and the closing one was taken within the period."""
        return (self.opening is not None and self.closing is not None
                and self.closing[0] > self.opening[0])

    @property
    def change(self) -> float:
        """Closing minus opening count; 0 when not known."""
        return self.closing[1] - self.opening[1] if self.known else 0.0  # type: ignore[index]


def stock_changes(counts: Counts, stock_nodes: Iterable[int], start: date, end: date,
                  flows: Sequence[ab.FlowSum] = ()) -> list[StockChange]:
    """Closing (last count on or before `end`) minus opening (last count before `start`),
    for every counted (stock node, material) and every one that had flows."""
    stock_nodes = set(stock_nodes)
    keys = {k for k in counts if k[0] in stock_nodes}
    for f in flows:
        for nid in (f.from_node_id, f.to_node_id):
            if nid in stock_nodes:
                keys.add((nid, f.material_id))
    out = []
    for node_id, material_id in sorted(keys):
        seq = counts.get((node_id, material_id), [])
        out.append(StockChange(node_id, material_id,
                               _last_on_or_before(seq, start - timedelta(days=1)),
                               _last_on_or_before(seq, end)))
    return out


# -- the scope of a balance ----------------------------------------------------------------

def inside_ids(nodes: dict[int, ab.NodeInfo], kind: NodeKind | None = None) -> list[int]:
    """The ids of the process and stock nodes (optionally of one kind), sorted."""
    return sorted(i for i, n in nodes.items() if n.inside and (kind is None or n.kind is kind))


def site_of(ref: Reference, site_id: int | None, node_id: int | None) -> int:
    """The site a balance is for: the node's, else the one given. Refuses a deleted node or site
    and a boundary or loss node (balances are kept inside the site)."""
    if node_id is not None:
        if node_id not in ref.nodes:
            raise NotFoundError(QT_TRANSLATE_NOOP("Refusal", "The node no longer exists; it may "
                                                             "have been deleted."))
        if not ref.nodes[node_id].inside:
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{name} is a boundary or loss node; "
                                                           "balances are kept for process and "
                                                           "stock nodes."),
                              name=ref.nodes[node_id].name, field="node")
        return ref.node_site[node_id]
    if site_id is None or site_id not in ref.sites:
        raise NotFoundError(QT_TRANSLATE_NOOP("Refusal", "The site no longer exists; it may have "
                                                         "been deleted."))
    return site_id
