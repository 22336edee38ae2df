"""Balances of a node or a site for a period: queries (the reference data, flow-sum aggregate
and stock changes live in `balance_reference`, stock-taking and assay commands in
`balance_records`; their public names are re-exported here).

One aggregate does the heavy lifting: flow sums per (from node, to node, material) of a
site over a date range, served by ix_flow_site_date (read the plan with `flow_sums_query`
and `ledger.explain`). Everything else — stock changes, energy, metal, indicators — works
on those few hundred sums and on the small stock-taking and assay tables, so all balances
of a site for a year cost about one indexed GROUP BY.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from greendesk import periods
from greendesk.analysis import balances as ab
from greendesk.analysis import node_balance as nb
from greendesk.errors import Note
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.models import (
    MaterialCategory,
    NodeKind,
    QuantityKind,
    Site,
    SiteKind,
)
from greendesk.periods import Period
from greendesk.services.balance_records import (  # noqa: F401  (re-exported)
    ASSAY_SCALE,
    PeriodAssayDraft,
    RecordStockTakings,
    StockTakingDraft,
    StockTakingRow,
    add_period_assays,
    clean_component,
    delete_stock_takings,
    grade_fraction,
    list_stock_takings,
    main_inflows,
    record_stock_takings,
    set_flow_assays,
)
from greendesk.services.balance_reference import (
    Counts as Counts,
)
from greendesk.services.balance_reference import (
    Reference,
    StockChange,
    counts_in,
    flow_sums_in,
    inside_ids,
    load_reference_in,
    site_of,
    stock_changes,
)
from greendesk.services.balance_reference import (
    flow_sums_query as flow_sums_query,
)
from greendesk.services.balance_reference import (
    load_reference as load_reference,
)
from greendesk.services.metal_lines import MetalLine, metal_lines
from greendesk.services.reconcile_site import (  # noqa: F401  (re-exported)
    DEFAULT_UNCERTAINTY_PCT,
    SiteReconciliation,
    method_uncertainties,
    reconcile_site,
    set_method_uncertainty,
)
from greendesk.store.db import Database

# -- balance of a scope -------------------------------------------------------------------------

@dataclass(frozen=True)
class ScopeBalance:
    """Everything the balance table shows for one node or one site in one period."""

    site_id: int
    site_name: str
    node_id: int | None
    scope_name: str
    period: Period
    lines: tuple[ab.BalanceLine, ...]
    energy: tuple[ab.EnergyLine, ...]
    metal: tuple[MetalLine, ...]
    product_t: float
    stock_notes: tuple[str, ...]
    # receipts and expenditures (приход / расход): how the balance table presents the scope
    sheet: nb.ReceiptsExpenditures = nb.ReceiptsExpenditures((), (), ())

    @property
    def total(self) -> ab.BalanceLine | None:
        """The total mass line, when the scope has mass flows."""
        return ab.total_line(self.lines)

    @property
    def energy_total(self) -> ab.EnergyLine | None:
        """The energy line summed over carriers (the one without a material)."""
        return next((e for e in self.energy if e.material_id is None), None)

    @property
    def energy_use_gj(self) -> float:
        """Energy used in the scope, GJ (0 without energy flows)."""
        total = self.energy_total
        return total.gj.use if total is not None else 0.0

    @property
    def energy_intensity(self) -> float | None:
        """GJ used per tonne of product; None without product."""
        return ab.energy_intensity(self.energy_use_gj, self.product_t)

    def as_dict(self) -> dict[str, object]:
        """The scope's balance for JSON output."""
        return {"site": self.site_name, "node": None if self.node_id is None else
                self.scope_name, "period": self.period.label,
                "start": self.period.start.isoformat(), "end": self.period.end.isoformat(),
                "lines": [ln.as_dict() for ln in self.lines],
                "energy": [e.as_dict() for e in self.energy],
                "metal": [m.as_dict() for m in self.metal],
                "product_t": self.product_t, "energy_use_gj": self.energy_use_gj,
                "energy_intensity_gj_per_t": self.energy_intensity,
                "stock_notes": list(self.stock_notes), **self.sheet.as_dict()}


def _stock_map(changes: Iterable[StockChange]) -> dict[tuple[int, int], float]:
    return {(c.node_id, c.material_id): c.change for c in changes if c.known}


def _counts_of(changes: Iterable[StockChange], nodes: dict[int, ab.NodeInfo],
               node_id: int | None) -> dict[int, tuple[float, float]]:
    """material -> (opening, closing) stock of the scope, from the known changes only (the
    others are taken as 0, as in the terms)."""
    out: dict[int, tuple[float, float]] = {}
    for c in changes:
        if not c.known or (c.node_id != node_id if node_id is not None
                           else c.node_id not in nodes or not nodes[c.node_id].inside):
            continue
        o, cl = out.get(c.material_id, (0.0, 0.0))
        out[c.material_id] = (o + c.opening[1], cl + c.closing[1])  # type: ignore[index]
    return out


def _stock_notes(changes: Iterable[StockChange], ref: Reference, node_id: int | None
                 ) -> tuple[str, ...]:
    notes = []
    for c in changes:
        if c.known or (node_id is not None and c.node_id != node_id):
            continue
        notes.append(Note(QT_TRANSLATE_NOOP(
            "notes", "{node}, {material}: no opening stock-taking (none before the period); "
                     "stock change taken as 0.") if c.opening is None else QT_TRANSLATE_NOOP(
            "notes", "{node}, {material}: no closing stock-taking within the period; stock "
                     "change taken as 0."),
            node=ref.nodes[c.node_id].name, material=ref.materials[c.material_id].name))
    return tuple(notes)


def _scope_balance(ref: Reference, site_id: int, period: Period, node_id: int | None,
                   flows: Sequence[ab.FlowSum], changes: Sequence[StockChange],
                   metal_sums: Sequence[ab.MetalSum]) -> ScopeBalance:
    nodes = ref.site_nodes(site_id)
    stock = _stock_map(changes)
    if node_id is None:
        terms = ab.site_terms(flows, nodes, stock)
        name = ref.sites[site_id][0]
    else:
        terms = ab.node_terms(flows, nodes, node_id, stock)
        name = nodes[node_id].name
    energy = ab.energy_lines(ab.energy_terms_site(flows, nodes, stock, ref.materials, node_id),
                             ref.materials)
    conserved = node_id is not None and nodes[node_id].kind is NodeKind.STOCK
    lines = tuple(ab.material_lines(terms, ref.materials, conserved=conserved))
    sheet = nb.receipts_expenditures(terms, ref.materials, _counts_of(changes, nodes, node_id),
                                     conserved=conserved)
    metal: tuple[MetalLine, ...] = ()
    if node_id is None or nodes[node_id].kind is NodeKind.PROCESS:
        total = ab.total_line(lines)
        metal = metal_lines(metal_sums, nodes, ref.materials, node_id,
                            total.unaccounted_share if total else None)
    return ScopeBalance(site_id, ref.sites[site_id][0], node_id, name, period,
                        lines, tuple(energy), metal,
                        ab.product_output(flows, nodes, ref.materials, node_id),
                        _stock_notes(changes, ref, node_id), sheet)


def balance(db: Database, period: Period, *, site_id: int | None = None,
            node_id: int | None = None) -> ScopeBalance:
    """The balance of one node, or of a whole site, for a period."""
    with db.read() as s:
        ref = load_reference_in(s)
        site = site_of(ref, site_id, node_id)
        nodes = ref.site_nodes(site)
        flows = flow_sums_in(s, site, period.start, period.end, node_id)
        stock_ids = [node_id] if node_id is not None else inside_ids(nodes, NodeKind.STOCK)
        stock_ids = [i for i in stock_ids if nodes[i].kind is NodeKind.STOCK]
        changes = stock_changes(counts_in(s, stock_ids, period.end), stock_ids, period.start,
                                period.end, flows)
        metal = metal_sums_in(s, site, period.start, period.end)
    return _scope_balance(ref, site, period, node_id, flows, changes, metal)


@dataclass(frozen=True)
class SiteBalances:
    """A site's balance and that of each of its process and stock nodes."""
    site: ScopeBalance
    nodes: tuple[ScopeBalance, ...]  # every process and stock node, in the tree's order


def site_balances(db: Database, site_id: int, period: Period) -> SiteBalances:
    """The site's balance and each of its process and stock nodes', from one aggregate."""
    with db.read() as s:
        ref = load_reference_in(s)
        site = site_of(ref, site_id, None)
        nodes = ref.site_nodes(site)
        flows = flow_sums_in(s, site, period.start, period.end)
        stock_ids = inside_ids(nodes, NodeKind.STOCK)
        changes = stock_changes(counts_in(s, stock_ids, period.end), stock_ids, period.start,
                                period.end, flows)
        metal = metal_sums_in(s, site, period.start, period.end)
    whole = _scope_balance(ref, site, period, None, flows, changes, metal)
    order = sorted(inside_ids(nodes), key=lambda i: (nodes[i].kind is not NodeKind.PROCESS,
                                                      nodes[i].name.casefold()))
    per_node = tuple(_scope_balance(ref, site, period, i, flows, changes, metal) for i in order)
    return SiteBalances(whole, per_node)


# -- monthly series (charts) ------------------------------------------------------------------

@dataclass(frozen=True)
class MonthPoint:
    """One month of a site's trend: inputs, losses (by node), energy use and product."""
    period: Period
    inputs_t: float
    unaccounted_t: float
    accounted_t: float
    by_node: tuple[tuple[str, float, float], ...]  # (node, accounted t, unaccounted t)
    energy_use_gj: float
    product_t: float

    @property
    def loss_rate(self) -> float | None:
        """Unaccounted loss as a share of inputs; None without inputs."""
        return self.unaccounted_t / self.inputs_t if self.inputs_t > 0 else None

    @property
    def energy_intensity(self) -> float | None:
        """GJ used per tonne of product; None without product."""
        return ab.energy_intensity(self.energy_use_gj, self.product_t)


def months_of(period: Period) -> list[Period]:
    """The calendar months a period touches, each cut to the period."""
    out = []
    y, m = period.start.year, period.start.month
    while date(y, m, 1) <= period.end:
        p = periods.month(y, m)
        out.append(Period(max(p.start, period.start), min(p.end, period.end), p.label))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def monthly(db: Database, period: Period, *, site_id: int | None = None,
            node_id: int | None = None) -> list[MonthPoint]:
    """Month by month: total-mass losses of the scope and of each node, energy intensity.

    One indexed range query per month (never a GROUP BY over a date expression)."""
    with db.read() as s:
        ref = load_reference_in(s)
        site = site_of(ref, site_id, node_id)
        nodes = ref.site_nodes(site)
        stock_ids = inside_ids(nodes, NodeKind.STOCK)
        counts = counts_in(s, stock_ids, period.end)
        members = [node_id] if node_id is not None else inside_ids(nodes)
        points = []
        for p in months_of(period):
            flows = flow_sums_in(s, site, p.start, p.end)
            stock = _stock_map(stock_changes(counts, stock_ids, p.start, p.end, flows))
            scope = (ab.site_terms(flows, nodes, stock) if node_id is None
                     else ab.node_terms(flows, nodes, node_id, stock))
            total = ab.total_line(ab.material_lines(scope, ref.materials))
            by_node = []
            for nid in members:
                t = ab.total_line(ab.material_lines(
                    ab.node_terms(flows, nodes, nid, stock), ref.materials))
                if t is not None:
                    by_node.append((nodes[nid].name, t.accounted_total, t.unaccounted))
            energy = ab.energy_lines(ab.energy_terms_site(flows, nodes, stock, ref.materials,
                                                          node_id), ref.materials)
            use = next((e.gj.use for e in energy if e.material_id is None), 0.0)
            points.append(MonthPoint(
                p, total.inputs if total else 0.0, total.unaccounted if total else 0.0,
                total.accounted_total if total else 0.0, tuple(by_node), use,
                ab.product_output(flows, nodes, ref.materials, node_id)))
    return points


# -- metal ------------------------------------------------------------------------------------

# Written out so that the small assay tables drive the joins (CROSS JOIN keeps SQLite's
# join order; a unary + keeps SQLite from choosing the site or material index): each
# period assay reads only its node's flows of that period through ix_flow_from_date, and
# each flow assay one flow by its key. Joined the other way round, both would walk every
# flow of the site's year.
_FLOW_ASSAY_SQL = text("""
SELECT f.from_node_id, f.to_node_id, f.material_id, fa.component,
       SUM(f.qty_canonical * fa.fraction), SUM(f.qty_canonical)
FROM flow_assay AS fa CROSS JOIN flow AS f ON f.id = fa.flow_id
WHERE f.site_id = :site AND f.flow_date >= :start AND f.flow_date <= :end
GROUP BY f.from_node_id, f.to_node_id, f.material_id, fa.component""")
_PERIOD_ASSAY_SQL = text("""
SELECT f.from_node_id, f.to_node_id, f.material_id, pa.component,
       SUM(f.qty_canonical * pa.fraction), SUM(f.qty_canonical)
FROM period_assay AS pa CROSS JOIN flow AS f
  ON f.from_node_id = pa.node_id AND +f.material_id = pa.material_id
 AND f.flow_date >= pa.period_start AND f.flow_date <= pa.period_end
WHERE pa.period_start <= :end AND pa.period_end >= :start
  AND f.flow_date >= :start AND f.flow_date <= :end AND +f.site_id = :site
  AND NOT EXISTS (SELECT 1 FROM flow_assay AS fa
                  WHERE fa.flow_id = f.id AND fa.component = pa.component)
GROUP BY f.from_node_id, f.to_node_id, f.material_id, pa.component""")


def metal_sums_in(s: Session, site_id: int, start: date, end: date) -> list[ab.MetalSum]:
    """Contained metal per (from, to, material, component): a flow's own assay wins over the
    period assay of the material leaving its source node."""
    params = {"site": site_id, "start": start.isoformat(), "end": end.isoformat()}
    out: dict[tuple[int, int, int, str], list[float]] = {}
    for q in (_FLOW_ASSAY_SQL, _PERIOD_ASSAY_SQL):
        for f, t, m, comp, metal, qty in s.execute(q, params):
            acc = out.setdefault((f, t, m, comp), [0.0, 0.0])
            acc[0] += float(metal or 0.0)
            acc[1] += float(qty or 0.0)
    return [ab.MetalSum(f, t, m, c, v[0], v[1]) for (f, t, m, c), v in out.items()]


# -- rational-use indicators -------------------------------------------------------------------

def indicators(db: Database, period: Period, site_ids: Collection[int] | None = None
               ) -> list[ab.Indicator]:
    """The four indicators of the site chain: extraction (mine sites), recovery in
    beneficiation (concentrator sites) and in metallurgy (smelter sites), waste use (all);
    of the sites in `site_ids` only when given (a report for chosen sites)."""
    with db.read() as s:
        ref = load_reference_in(s)
        per_site = {}
        for site_id in ref.sites:
            if site_ids is not None and site_id not in site_ids:
                continue
            nodes = ref.site_nodes(site_id)
            flows = flow_sums_in(s, site_id, period.start, period.end)
            stock_ids = inside_ids(nodes, NodeKind.STOCK)
            changes = stock_changes(counts_in(s, stock_ids, period.end), stock_ids,
                                    period.start, period.end, flows)
            metal = metal_sums_in(s, site_id, period.start, period.end)
            per_site[site_id] = (nodes, flows, _stock_map(changes), metal)
    mines = [(flows, nodes, ab.site_terms(flows, nodes, stock))
             for sid, (nodes, flows, stock, _m) in per_site.items()
             if ref.sites[sid][1] is SiteKind.MINE]
    out = [ab.extraction_indicator(mines, ref.materials)]
    for key, kind in (("beneficiation", SiteKind.CONCENTRATOR), ("metallurgy", SiteKind.SMELTER)):
        total: dict[str, ab.MetalTerms] = {}
        for sid, (nodes, _flows, _stock, metal) in per_site.items():
            if ref.sites[sid][1] is kind:
                for comp, t in ab.metal_terms(metal, nodes, ref.materials).items():
                    acc = total.setdefault(comp, ab.MetalTerms())
                    acc.feed += t.feed
                    acc.products += t.products
                    acc.wastes += t.wastes
                    acc.accounted += t.accounted
        found = ab.recovery_indicators(key, total)
        out.extend(found or [ab._indicator(key, 0.0, 0.0, "t")])
    all_flows = [f for _n, flows, _s, _m in per_site.values() for f in flows]
    out.append(ab.waste_use_indicator(all_flows, ref.nodes, ref.materials))
    return out


# -- Sankey -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class SankeyLink:
    """One band of the flow diagram: a material from one node to another."""
    source: int
    target: int
    material: str
    qty: float
    kind: str  # "flow", "waste" or "loss"


@dataclass(frozen=True)
class SankeyData:
    """What the flow diagram draws: its nodes and bands, in one unit."""
    unit: str
    nodes: dict[int, ab.NodeInfo]
    links: tuple[SankeyLink, ...]


def sankey(db: Database, site_id: int, period: Period, mode: str = "mass") -> SankeyData:
    """The site's flows for a period: mass materials in t, or energy carriers in GJ."""
    with db.read() as s:
        ref = load_reference_in(s)
        site = site_of(ref, site_id, None)
        flows = flow_sums_in(s, site, period.start, period.end)
    nodes = ref.site_nodes(site)
    links = []
    for f in flows:
        m = ref.materials[f.material_id]
        if mode == "energy":
            if not m.is_energy or m.gj_per_unit is None:
                continue
            qty = f.qty * m.gj_per_unit
        else:
            if m.is_energy or m.kind is not QuantityKind.MASS:
                continue
            qty = f.qty
        kind = ("loss" if nodes[f.to_node_id].kind is NodeKind.LOSS else
                "waste" if m.category is MaterialCategory.WASTE else "flow")
        links.append(SankeyLink(f.from_node_id, f.to_node_id, m.name, qty, kind))
    used = {i for ln in links for i in (ln.source, ln.target)}
    return SankeyData("GJ" if mode == "energy" else "t",
                      {i: n for i, n in nodes.items() if i in used}, tuple(links))


def sites(db: Database) -> list[tuple[int, str]]:
    """(id, name) of every site by name, for the balance pickers."""
    with db.read() as s:
        return [(i, n) for i, n in s.execute(select(Site.id, Site.name).order_by(Site.name))]
