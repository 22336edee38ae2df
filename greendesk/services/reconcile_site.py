"""Reconciliation of a site's balances for a period: total mass and, where flows are assayed,
each component (tonnage × grade), solved together by successive linearisation.

Split from services/balances (which re-exports `reconcile_site` and the uncertainty
defaults). The problem is read with three queries: the flows summed per (from, to,
material) with Σ uncertainty × quantity as σ, and the grades of those sums from flow and
period assays (a flow's own assay wins) with their σ.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, replace

from sqlalchemy import case, func, literal, select, text
from sqlalchemy.orm import Session

from greendesk.analysis import balances as ab
from greendesk.analysis import reconcile as rc
from greendesk.analysis import reconcile_nl as nl
from greendesk.errors import DomainError, Note
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.models import (
    Flow,
    FlowRelation,
    Method,
    MethodUncertainty,
    NodeKind,
    QuantityKind,
    ReconciliationRole,
    RelationKind,
    StockTaking,
)
from greendesk.periods import Period
from greendesk.services.balance_records import ASSAY_SCALE
from greendesk.services.balance_reference import (
    counts_in,
    inside_ids,
    load_reference_in,
    site_of,
    stock_changes,
)
from greendesk.services.changes import Changes, Entity
from greendesk.store.db import Database

DEFAULT_UNCERTAINTY_PCT: dict[Method, float] = {
    Method.MEASURED: 2.0, Method.CALCULATED: 5.0, Method.ESTIMATED: 20.0}

M_NO_COMPONENT_BALANCE = QT_TRANSLATE_NOOP(
    "reconcile", "{component}: no component balance for {nodes}, since not every flow of "
    "theirs that can carry it has an assay of it (or, for a stock, the stock's grade is not "
    "known).")

M_RELATION_UNUSED = QT_TRANSLATE_NOOP(
    "reconcile", "Relation {id} is left out: one of its streams has no flows in this period.")

Key = tuple  # (from, to, material) | ("stock", node, material) | ("grade", f, t, m, c)


@dataclass(frozen=True)
class ComponentReconciliation:
    """One component's part of a site's reconciliation: its balances and adjusted grades."""
    component: str
    unit: str  # the unit the assays use: % or g/t
    balances: tuple[str, ...]
    grades: tuple[rc.ReconciledVariable, ...]

    def as_dict(self) -> dict[str, object]:
        """The component for JSON output."""
        return {"component": self.component, "unit": self.unit,
                "balances": list(self.balances), "grades": [g.as_dict() for g in self.grades]}


@dataclass(frozen=True)
class SiteReconciliation:
    """A site's reconciled balances: mass, and each assayed component's grades."""
    site_name: str
    period: Period
    result: rc.Reconciliation
    balances: tuple[str, ...]  # the node balances used as constraints
    components: tuple[ComponentReconciliation, ...] = ()

    @property
    def flows(self) -> tuple[rc.ReconciledVariable, ...]:
        """The tonnages, stock changes and transfer coefficients (every variable but grades)."""
        return tuple(v for v in self.result.variables if not _is_grade(v.key))

    def as_dict(self) -> dict[str, object]:
        """The reconciliation for JSON output."""
        body = self.result.as_dict()
        body["variables"] = [v.as_dict() for v in self.flows]
        return {"site": self.site_name, "period": self.period.label,
                "balances": list(self.balances), **body,
                "components": [c.as_dict() for c in self.components]}


def _is_grade(key: object) -> bool:
    return isinstance(key, tuple) and key[0] == "grade"


def method_uncertainties(db: Database) -> dict[Method, float]:
    """The plant's defaults for records without their own."""
    with db.read() as s:
        stored = {r.method: r.uncertainty_pct for r in s.scalars(select(MethodUncertainty))}
    return {m: stored.get(m, DEFAULT_UNCERTAINTY_PCT[m]) for m in Method}


def set_method_uncertainty(db: Database, method: Method, pct: float) -> Changes:
    """Set the default uncertainty (%) of records made by one method; one transaction. Refuses
    a value that is not above 0 and at most 100. Announces method_uncertainty."""
    if not isinstance(pct, int | float) or not math.isfinite(pct) or not 0 < pct <= 100:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "The default uncertainty is a percentage "
                                                       "above 0 and at most 100."),
                          field="uncertainty")
    with db.write() as s:
        row = s.get(MethodUncertainty, Method(method))
        if row is None:
            s.add(MethodUncertainty(method=Method(method), uncertainty_pct=float(pct)))
        else:
            row.uncertainty_pct = float(pct)
    return Changes.of(Entity.METHOD_UNCERTAINTY)


# Grades of each (from, to, material, component): Σ qty × fraction, Σ qty and Σ qty ×
# fraction × uncertainty (the assay's own, else its method's plant default), as
# services/balances reads contained metal (the small assay tables drive the joins).
_UNC = ("COALESCE({a}.uncertainty_pct, CASE {a}.method WHEN 'calculated' THEN :calc "
        "WHEN 'estimated' THEN :est ELSE :meas END) / 100.0")
_FLOW_GRADES = text(f"""
SELECT f.from_node_id, f.to_node_id, f.material_id, fa.component, fa.unit,
       SUM(f.qty_canonical * fa.fraction), SUM(f.qty_canonical),
       SUM(f.qty_canonical * fa.fraction * {_UNC.format(a='fa')})
FROM flow_assay AS fa CROSS JOIN flow AS f ON f.id = fa.flow_id
WHERE f.site_id = :site AND f.flow_date >= :start AND f.flow_date <= :end
GROUP BY f.from_node_id, f.to_node_id, f.material_id, fa.component, fa.unit""")
_PERIOD_GRADES = text(f"""
SELECT f.from_node_id, f.to_node_id, f.material_id, pa.component, pa.unit,
       SUM(f.qty_canonical * pa.fraction), SUM(f.qty_canonical),
       SUM(f.qty_canonical * pa.fraction * {_UNC.format(a='pa')})
FROM period_assay AS pa CROSS JOIN flow AS f
  ON f.from_node_id = pa.node_id AND +f.material_id = pa.material_id
 AND f.flow_date >= pa.period_start AND f.flow_date <= pa.period_end
WHERE pa.period_start <= :end AND pa.period_end >= :start
  AND f.flow_date >= :start AND f.flow_date <= :end AND +f.site_id = :site
  AND NOT EXISTS (SELECT 1 FROM flow_assay AS fa
                  WHERE fa.flow_id = f.id AND fa.component = pa.component)
GROUP BY f.from_node_id, f.to_node_id, f.material_id, pa.component, pa.unit""")


@dataclass
class _Grade:
    metal: float = 0.0
    qty: float = 0.0
    sd_metal: float = 0.0
    units: dict[str, float] | None = None  # unit → assayed tonnage in it


def _grades(s: Session, site_id: int, period: Period, defaults: dict[Method, float]
            ) -> dict[tuple[int, int, int, str], _Grade]:
    params = {"site": site_id, "start": period.start.isoformat(), "end": period.end.isoformat(),
              "meas": defaults[Method.MEASURED], "calc": defaults[Method.CALCULATED],
              "est": defaults[Method.ESTIMATED]}
    out: dict[tuple[int, int, int, str], _Grade] = {}
    for q in (_FLOW_GRADES, _PERIOD_GRADES):
        for f, t, m, comp, unit, metal, qty, sd in s.execute(q, params):
            g = out.setdefault((f, t, m, comp), _Grade(units={}))
            g.metal += float(metal or 0.0)
            g.qty += float(qty or 0.0)
            g.sd_metal += float(sd or 0.0)  # errors of one laboratory add up
            assert g.units is not None
            g.units[unit] = g.units.get(unit, 0.0) + float(qty or 0.0)
    return out


def reconcile_site(db: Database, site_id: int, period: Period, *,
                   unmeasured: Iterable[tuple[int, int, int]] = (), alpha: float = 0.05
                   ) -> SiteReconciliation:
    """Reconcile the total-mass balances of the site's process and stock nodes and, for each
    assayed component, the component balance of every node whose flows all carry its assay.

    Variables: each (from, to, material) of mass materials (energy carriers and volumes are
    left out, as in the mass total; one that touches no process or stock node is listed as
    in no balance), each stock node's stock change (measured from its counts; unknown
    without them), and each assayed flow's grade in the unit its assays use. A flow's σ is
    Σ uncertainty × quantity of its records (errors of one meter add up rather than average
    out), a grade's the tonnage-weighted Σ of its assays' σ; `unmeasured` flows are
    estimated from the balances instead (their recorded quantity is the first guess).
    """
    defaults = method_uncertainties(db)
    unmeasured = set(unmeasured)
    with db.read() as s:
        ref = load_reference_in(s)
        site = site_of(ref, site_id, None)
        nodes = ref.site_nodes(site)
        unc = func.coalesce(Flow.uncertainty_pct, case(
            *((Flow.method == m, literal(defaults[m])) for m in Method),
            else_=literal(defaults[Method.MEASURED])))
        role = Flow.reconciliation
        q = (select(Flow.from_node_id, Flow.to_node_id, Flow.material_id,
                    func.sum(Flow.qty_canonical), func.sum(Flow.qty_canonical * unc / 100.0),
                    func.max(case((role == ReconciliationRole.UNMEASURED, 1), else_=0)),
                    func.min(case((role == ReconciliationRole.CONSTANT, 1), else_=0)))
             .where(Flow.site_id == site, Flow.flow_date >= period.start,
                    Flow.flow_date <= period.end)
             .group_by(Flow.from_node_id, Flow.to_node_id, Flow.material_id))
        edges = []
        for f, t, m, qty, sd, any_unmeasured, all_constant in s.execute(q):
            if any_unmeasured:  # one estimated record makes the sum an estimate
                unmeasured.add((f, t, m))
            edges.append((f, t, m, float(qty), 0.0 if all_constant else float(sd)))
        relations = list(s.scalars(select(FlowRelation).where(
            FlowRelation.site_id == site, FlowRelation.valid_from <= period.end,
            (FlowRelation.valid_until.is_(None)) | (FlowRelation.valid_until >= period.start))
            .order_by(FlowRelation.id)))
        stock_ids = inside_ids(nodes, NodeKind.STOCK)
        counts = counts_in(s, stock_ids, period.end)
        count_sd = _count_sigmas(s, stock_ids, period, defaults)
        grades = _grades(s, site, period, defaults)
    balance_ids = inside_ids(nodes)
    inside = set(balance_ids)
    problem = _Problem()
    mass_edges = [e for e in edges if not ref.materials[e[2]].is_energy
                  and ref.materials[e[2]].kind is QuantityKind.MASS]
    flows_for_stock = [ab.FlowSum(f, t, m, q) for f, t, m, q, _sd in mass_edges
                       if f in inside or t in inside]
    rows: dict[int, dict[int, float]] = {nid: {} for nid in balance_ids}
    edge_var: dict[tuple[int, int, int], int] = {}
    for f, t, m, qty, sd in mass_edges:
        label = f"{nodes[f].name} → {nodes[t].name}: {ref.materials[m].name}"
        measured = (f, t, m) not in unmeasured
        j = problem.add((f, t, m), label, qty if measured else None, sd, start=qty)
        edge_var[(f, t, m)] = j
        for nid, sign in ((f, -1.0), (t, 1.0)):
            if nid in rows:
                rows[nid][j] = rows[nid].get(j, 0.0) + sign
    stocked = set()
    for c in stock_changes(counts, stock_ids, period.start, period.end, flows_for_stock):
        mat = ref.materials[c.material_id]
        if mat.is_energy or mat.kind is not QuantityKind.MASS:
            continue
        sd = math.hypot(count_sd.get((c.node_id, c.material_id, c.opening), 0.0),
                        count_sd.get((c.node_id, c.material_id, c.closing), 0.0))
        key = ("stock", c.node_id, c.material_id)
        value = c.change if c.known and key not in unmeasured else None
        j = problem.add(key, f"{nodes[c.node_id].name}: stock change of {mat.name}", value, sd)
        rows[c.node_id][j] = -1.0
        stocked.add(c.node_id)
    labels = []
    for nid in balance_ids:
        if rows[nid]:
            problem.constraints.append(nl.Constraint.linear(nodes[nid].name, rows[nid]))
            labels.append(nodes[nid].name)
    notes = _relations(problem, relations, edge_var)
    components, more = _component_balances(problem, grades, edge_var, rows, stocked, nodes,
                                           ref.materials)
    notes += more
    result = nl.reconcile_nl(problem.variables, problem.constraints, alpha,
                             start=problem.start)
    by_key = {v.key: v for v in result.variables}
    parts = tuple(ComponentReconciliation(
        comp, unit, tuple(names), tuple(by_key[k] for k in keys))
        for comp, unit, names, keys in components)
    result = replace(result, explanations=result.explanations + tuple(notes))
    return SiteReconciliation(ref.sites[site][0], period, result, tuple(labels), parts)


class _Problem:
    """The variables and constraints as they are collected."""

    def __init__(self) -> None:
        self.variables: list[rc.Variable] = []
        self.constraints: list[nl.Constraint] = []
        self.start: dict[int, float] = {}

    def add(self, key: Key, label: str, value: float | None, sigma: float,
            start: float | None = None) -> int:
        self.variables.append(rc.Variable(key, label, value, sigma))
        if start is not None:
            self.start[len(self.variables) - 1] = start
        return len(self.variables) - 1


def _relations(problem: _Problem, relations: list[FlowRelation],
               edge_var: dict[tuple[int, int, int], int]) -> list[str]:
    """The officer's relations valid in the period: B = k × A (k a variable with its σ, fixed
    when σ = 0) or A = B; one whose streams had no flows in the period is named and left out."""
    notes: list[str] = []
    for rel in relations:
        a = edge_var.get((rel.a_from_node_id, rel.a_to_node_id, rel.a_material_id))
        b = edge_var.get((rel.b_from_node_id, rel.b_to_node_id, rel.b_material_id))
        if a is None or b is None:
            notes.append(Note(M_RELATION_UNUSED, context="reconcile", id=rel.id))
            continue
        la, lb = problem.variables[a].label, problem.variables[b].label
        if rel.kind is RelationKind.EQUAL:
            problem.constraints.append(nl.Constraint.linear(f"{lb} = {la}", {a: 1.0, b: -1.0}))
            continue
        k = problem.add(("k", rel.id), f"k: {lb} = k × {la}", float(rel.coefficient or 0.0),
                        float(rel.coefficient_sigma or 0.0))
        problem.constraints.append(nl.Constraint(f"{lb} = k × {la}",
                                                 ((1.0, (b,)), (-1.0, (k, a)))))
    return notes


def _component_balances(problem: _Problem, grades: dict[tuple[int, int, int, str], _Grade],
                        edge_var: dict[tuple[int, int, int], int],
                        rows: dict[int, dict[int, float]], stocked: set[int],
                        nodes: dict[int, ab.NodeInfo], materials: dict[int, ab.MaterialInfo]
                        ) -> tuple[list[tuple[str, str, list[str], list[Key]]], list[str]]:
    """For each component, a balance Σ ± scale·m·g per node whose flows are all assayed; flows
    of a material that no assay of the site's period names (reagents, grinding media) are
    taken to carry none of it."""
    edge_of = {j: e for e, j in edge_var.items()}
    out: list[tuple[str, str, list[str], list[Key]]] = []
    notes: list[str] = []
    for comp in sorted({k[3] for k in grades}):
        mine = {k[:3]: g for k, g in grades.items() if k[3] == comp and g.qty > 0}
        units: dict[str, float] = {}
        for g in mine.values():
            for u, q in (g.units or {}).items():
                units[u] = units.get(u, 0.0) + q
        unit = max(units, key=lambda u: units[u])  # the unit most of its assays use
        scale = ASSAY_SCALE[unit]
        grade_var: dict[tuple[int, int, int], int] = {}
        names: list[str] = []
        keys: list[Key] = []
        skipped: list[str] = []
        carriers = {e[2] for e in mine}  # a material never assayed for it carries none
        for nid, row in rows.items():
            flows = [edge_of[j] for j in row if j in edge_of and edge_of[j][2] in carriers]
            if not flows:
                continue
            if nid in stocked or any(e not in mine for e in flows):
                skipped.append(nodes[nid].name)
                continue
            terms = []
            for e in flows:
                if e not in grade_var:
                    g = mine[e]
                    key = ("grade", *e, comp)
                    label = (f"{nodes[e[0]].name} → {nodes[e[1]].name}: "
                             f"{materials[e[2]].name}, {comp} {unit}")
                    grade_var[e] = problem.add(key, label, g.metal / g.qty / scale,
                                               g.sd_metal / g.qty / scale)
                    keys.append(key)
                terms.append((row[edge_var[e]] * scale, (edge_var[e], grade_var[e])))
            problem.constraints.append(nl.Constraint(f"{nodes[nid].name}: {comp}",
                                                     tuple(terms)))
            names.append(nodes[nid].name)
        if skipped:
            notes.append(Note(M_NO_COMPONENT_BALANCE, context="reconcile", component=comp,
                              nodes="; ".join(skipped)))
        if names:
            out.append((comp, unit, names, keys))
    return out, notes


def _count_sigmas(s: Session, stock_ids: list[int], period: Period,
                  defaults: dict[Method, float]) -> dict[tuple, float]:
    """Standard deviation of each count, keyed by (node, material, (date, qty))."""
    if not stock_ids:
        return {}
    out = {}
    q = select(StockTaking).where(StockTaking.node_id.in_(stock_ids),
                                  StockTaking.taken_on <= period.end)
    for st in s.scalars(q):
        pct = st.uncertainty_pct if st.uncertainty_pct is not None else defaults[st.method]
        out[(st.node_id, st.material_id, (st.taken_on, float(st.qty_canonical)))] = (
            st.qty_canonical * pct / 100.0)
    return out
