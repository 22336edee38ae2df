"""Stock-takings and assays: the one write function of each (counts, flow assays, period
assays), with the rules of dated facts (`services.dated`): nothing dated after today or in
a closed period, checked inside the function that writes, whoever calls it."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from greendesk.errors import DomainError, Message, NotFoundError, message_of, term
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.models import (
    Flow,
    FlowAssay,
    Material,
    Method,
    Node,
    NodeKind,
    PeriodAssay,
    QuantityKind,
    StockTaking,
)
from greendesk.services.changes import Changes, Entity
from greendesk.services.dated import check_dated, month_starts
from greendesk.store.closed_periods import check_open
from greendesk.store.db import Database
from greendesk.units import MaterialUnits, UnitError, factor, kind_word, normalise_unit

ASSAY_SCALE = {"%": 1e-2, "g/t": 1e-6}  # entered value → mass fraction


@dataclass(frozen=True)
class StockTakingDraft:
    """A count of what a stock node holds of one material at the end of a day, as entered."""
    node_id: int
    material_id: int
    taken_on: date
    qty_entered: float
    unit_entered: str
    method: Method = Method.MEASURED
    uncertainty_pct: float | None = None
    note: str = ""


@dataclass(frozen=True)
class StockTakingRow:
    """A recorded stock-taking."""
    id: int
    node_id: int
    material_id: int
    taken_on: date
    qty_entered: float
    unit_entered: str
    qty_canonical: float
    method: Method
    uncertainty_pct: float | None
    note: str


def _number(value: object, what: str | Message, field: str, minimum: float = 0.0) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise DomainError(
            QT_TRANSLATE_NOOP("Refusal", "{what} must be a number."),
            what=term(what), field=field)
    if value < minimum:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{what} cannot be negative, not {value:g}."),
                          what=term(what), value=value, field=field)
    return float(value)


def record_stock_takings(db: Database, drafts: Sequence[StockTakingDraft]) -> tuple[list[int],
                                                                                     Changes]:
    """Record counts of stock nodes, all or none; a second count of the same material in
    the same stock on the same day is refused.
    One transaction; also refuses a non-stock node, a date after today or in a closed period, an
    uncertainty outside 0–100. Announces stock_taking with the new ids."""
    if not drafts:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "There is nothing to record."))
    with db.write() as s:
        rows = record_stock_takings_in(s, drafts)
    return rows, Changes.of(Entity.STOCK_TAKING, ids=tuple(rows))


def record_stock_takings_in(s: Session, drafts: Sequence[StockTakingDraft],
                            labels: Sequence[str] | None = None) -> list[int]:
    """record_stock_takings inside the caller's transaction (an import's); a refusal names
    the draft's label ("Stock-takings, row 3") when given. Returns the new ids."""
    mats = {m.id: m for m in s.scalars(select(Material))}
    rows: list[int] = []
    for k, d in enumerate(drafts):
        try:
            rows.append(_record_one(s, d, mats))
        except DomainError as exc:
            if labels is None:
                raise
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{where}: {problem}"),
                              where=labels[k], problem=exc.message, field=exc.field) from exc
    return rows


def _record_one(s: Session, d: StockTakingDraft, mats: dict[int, Material]) -> int:
    """One count, checked and added (the flush gives its id)."""
    node = s.get(Node, d.node_id)
    if node is None or node.kind is not NodeKind.STOCK:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "Choose a stock node: "
                                                       "stock-takings count what a stock "
                                                       "holds."),
                          field="node")
    material = mats.get(d.material_id)
    if material is None:
        raise DomainError(
            QT_TRANSLATE_NOOP("Refusal", "Choose the material."),
            field="material")
    if not isinstance(d.taken_on, date):
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "The date must be a real calendar "
                                                       "date."), field="taken_on")
    check_dated(s, [d.taken_on], noun=QT_TRANSLATE_NOOP("Refusal", "a stock-taking"), field="taken_on")
    qty = _number(d.qty_entered, QT_TRANSLATE_NOOP("Refusal", "The counted quantity"), "quantity")
    try:
        unit = normalise_unit(d.unit_entered)
        canonical = qty * factor(unit, MaterialUnits(
            material.name, material.kind.value, material.density_t_per_m3,
            material.ncv_gj_per_unit))
    except UnitError as exc:
        raise DomainError(message_of(exc), field="unit") from exc
    unc = check_uncertainty(d.uncertainty_pct)
    dup = s.scalar(select(StockTaking.id).where(
        StockTaking.node_id == node.id, StockTaking.material_id == material.id,
        StockTaking.taken_on == d.taken_on))
    if dup is not None:
        raise DomainError(
            QT_TRANSLATE_NOOP("Refusal", "{node} already has a count of {material} on "
                                         "{date}; delete it first."),
            node=node.name, material=material.name, date=d.taken_on.isoformat(),
            field="taken_on")
    row = StockTaking(node_id=node.id, material_id=material.id, taken_on=d.taken_on,
                      qty_entered=qty, unit_entered=unit, qty_canonical=canonical,
                      method=Method(d.method), uncertainty_pct=unc,
                      note=d.note.strip())
    s.add(row)
    s.flush()
    return row.id


class RecordStockTakings:
    """Undoable: record counts; undo deletes exactly those records."""

    def __init__(self, drafts: Sequence[StockTakingDraft]) -> None:
        self.drafts = list(drafts)
        self.ids: list[int] = []

    def apply(self, db: Database) -> Changes:
        """Record the counts (see record_stock_takings).
        One transaction, all or none; announces stock_taking."""
        self.ids, changes = record_stock_takings(db, self.drafts)
        return changes

    def revert(self, db: Database) -> Changes:
        """Delete the counts recorded (see delete_stock_takings).
        One transaction; refused if a count now lies in a closed period. Announces stock_taking."""
        return delete_stock_takings(db, self.ids)


def list_stock_takings(db: Database, node_id: int) -> list[StockTakingRow]:
    """A stock node's counts by date and material."""
    with db.read() as s:
        q = (select(StockTaking).where(StockTaking.node_id == node_id)
             .order_by(StockTaking.taken_on, StockTaking.material_id))
        return [StockTakingRow(r.id, r.node_id, r.material_id, r.taken_on, r.qty_entered,
                               r.unit_entered, r.qty_canonical, r.method, r.uncertainty_pct,
                               r.note) for r in s.scalars(q)]


def main_inflows(db: Database, node_ids: Sequence[int], start: date, end: date
                 ) -> dict[int, int]:
    """node -> the material that flowed into it most (canonical quantity) from `start` to
    `end`: the stock-taking form's material for a stock never counted yet."""
    from sqlalchemy import func

    if not node_ids:
        return {}
    total = func.sum(Flow.qty_canonical)
    q = (select(Flow.to_node_id, Flow.material_id, total)
         .where(Flow.to_node_id.in_(list(node_ids)), Flow.flow_date >= start,
                Flow.flow_date <= end)
         .group_by(Flow.to_node_id, Flow.material_id))
    best: dict[int, tuple[float, int]] = {}
    with db.read() as s:
        for node, material, qty in s.execute(q):
            key = (float(qty or 0.0), -material)  # ties: the older material
            if node not in best or key > (best[node][0], -best[node][1]):
                best[node] = (key[0], material)
    return {node: material for node, (_q, material) in best.items()}


def delete_stock_takings(db: Database, ids: Sequence[int]) -> Changes:
    """Delete counts (also the undo of recording them); none in a closed period.
    One transaction; announces stock_taking with the ids."""
    with db.write() as s:
        check_open(s, s.scalars(select(StockTaking.taken_on).where(
            StockTaking.id.in_(list(ids)))).all())
        s.execute(delete(StockTaking).where(StockTaking.id.in_(list(ids))))
    return Changes.of(Entity.STOCK_TAKING, ids=tuple(ids))


_COMPONENT = re.compile(r"^[A-Za-z][A-Za-z0-9]{0,19}$")


def clean_component(text: str) -> str:
    """'cu' → 'Cu'; a chemical symbol or a short code such as 'TREO'."""
    value = str(text).strip()
    if not _COMPONENT.match(value):
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{value!r} is not a component; write a "
                                                       "symbol such as Cu, Zn or Au."),
                          value=value,
                          field="component")
    return value.capitalize() if len(value) <= 2 else value


def grade_fraction(value: float, unit: str) -> float:
    """A grade as entered (% or g/t) → mass fraction; refuses impossible grades."""
    if unit not in ASSAY_SCALE:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "Grades are entered in % or g/t, not "
                                                       "{unit!r}."),
                          unit=unit, field="unit")
    value = _number(value, QT_TRANSLATE_NOOP("Refusal", "The grade"), "value")
    fraction = value * ASSAY_SCALE[unit]
    if fraction > 1:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "A grade of {value:g} {unit} is more than "
                                                       "the whole material."),
                          value=value, unit=unit,
                          field="value")
    return fraction


def _check_assayable(material: Material | None) -> Material:
    if material is None:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "Choose the material."), field="material")
    if material.kind is not QuantityKind.MASS:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{material} is measured by {kind}; grades "
                                                       "are kept for materials measured by mass."),
                          material=material.name, kind=kind_word(material.kind.value), field="material")
    return material


def grade_map(grades: Sequence[tuple[str, float, str]]) -> dict[str, tuple[float, str]]:
    """(component, value, unit) → {component: (value, unit)}, components cleaned; refuses
    a component given twice (a record has one grade of each)."""
    out: dict[str, tuple[float, str]] = {}
    for comp, value, unit in grades:
        comp = clean_component(comp)
        if comp in out:
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{component} is given twice; a "
                                                           "record has one grade of each "
                                                           "component."),
                              component=comp, field="grades")
        out[comp] = (value, assay_unit(unit))
    return out


def assay_unit(unit: str) -> str:
    """The stored unit of a grade: ppm is g/t (both 10⁻⁶ of the mass), г/т is g/t."""
    text = str(unit).strip()
    return {"ppm": "g/t", "г/т": "g/t", "g/t": "g/t"}.get(text.casefold(), text)


def check_uncertainty(pct: float | None) -> float | None:
    """A relative uncertainty in percent, 0–100 (or none)."""
    if pct is not None and not (math.isfinite(pct) and 0 <= pct <= 100):
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "The uncertainty is a percentage "
                                                       "from 0 to 100."),
                          field="uncertainty")
    return pct


def add_flow_assays_in(s: Session, flow_id: int, material: Material | None,
                       grades: Sequence[tuple[str, float, str]],
                       method: Method = Method.MEASURED,
                       uncertainty_pct: float | None = None) -> None:
    """Write a new flow record's grades ((component, value, unit), e.g. ("Cu", 0.6, "%"))
    inside the caller's transaction, all obtained by `method` with `uncertainty_pct` (one
    sample); refuses a material measured otherwise than by mass, a component given twice,
    unknown components or units, an uncertainty outside 0–100."""
    if not grades:
        return
    _check_assayable(material)
    check_uncertainty(uncertainty_pct)
    for comp, (value, unit) in grade_map(grades).items():
        s.add(FlowAssay(flow_id=flow_id, component=comp, value_entered=float(value),
                        unit=unit, fraction=grade_fraction(value, unit), method=Method(method),
                        uncertainty_pct=uncertainty_pct))


_GRADE = re.compile(r"^\s*([A-Za-z][A-Za-z0-9]{0,19})\s*[,:=]?\s*([-+0-9.,\u00a0 ]+?)\s*"
                    r"(%|g/t|ppm|г/т)?\s*$", re.IGNORECASE)


def parse_grades(text: str) -> tuple[tuple[str, float, str], ...]:
    """'Cu 1,2 %; Au 3.4 g/t' → (("Cu", 1.2, "%"), ("Au", 3.4, "g/t")): how the entry panel
    takes grades in one line (a decimal comma or point; % when no unit is written)."""
    out = []
    for part in filter(None, (p.strip() for p in str(text).split(";"))):
        m = _GRADE.match(part)
        if m is None:
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{part!r} is not a grade; write "
                                                           "e.g. Cu 1,2 % or Au 3,4 g/t, "
                                                           "separated by ;."),
                              part=part, field="grades")
        number = m.group(2).replace("\u00a0", "").replace(" ", "").replace(",", ".")
        try:
            value = float(number)
        except ValueError:
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{part!r} is not a grade; write "
                                                           "e.g. Cu 1,2 % or Au 3,4 g/t, "
                                                           "separated by ;."),
                              part=part, field="grades") from None
        out.append((clean_component(m.group(1)), value, assay_unit(m.group(3) or "%")))
    return tuple(out)


def tracked_components(db: Database) -> list[tuple[str, str]]:
    """(component, unit) the plant assays — from its flow and period assays, each in the
    unit it is most often entered in — for the import template's grade columns."""
    from sqlalchemy import func

    counts: dict[str, dict[str, int]] = {}
    with db.read() as s:
        for model in (FlowAssay, PeriodAssay):
            for comp, unit, n in s.execute(select(model.component, model.unit, func.count())
                                           .group_by(model.component, model.unit)):
                by_unit = counts.setdefault(comp, {})
                by_unit[unit] = by_unit.get(unit, 0) + n
    return [(comp, max(units, key=lambda u: (units[u], u))) for comp, units in
            sorted(counts.items())]


def set_flow_assays(db: Database, flow_id: int, grades: dict[str, tuple[float, str]]
                    ) -> Changes:
    """Set a flow record's grades ({"Cu": (0.6, "%")}); an empty dict clears them. The
    grades change the record's contained metal, so its date must be open.
    One transaction; refuses a deleted record, a material that cannot carry grades, unknown
    components or units. Announces assay with the flow's id."""
    with db.write() as s:
        flow = s.get(Flow, flow_id)
        if flow is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Refusal", "The record no longer exists; it may "
                                                             "have been deleted."))
        check_dated(s, [flow.flow_date], noun=QT_TRANSLATE_NOOP("Refusal", "an assay"), field="flow_date")
        s.execute(delete(FlowAssay).where(FlowAssay.flow_id == flow_id))
        add_flow_assays_in(s, flow_id, s.get(Material, flow.material_id),
                           [(comp, value, unit) for comp, (value, unit) in grades.items()])
    return Changes.of(Entity.ASSAY, ids=(flow_id,))


@dataclass(frozen=True)
class PeriodAssayDraft:
    """The grade of a component in a material leaving a node over a period, as entered."""
    node_id: int
    material_id: int
    component: str
    period_start: date
    period_end: date
    value: float
    unit: str = "%"
    note: str = ""
    method: Method = Method.MEASURED  # how the grade was obtained
    uncertainty_pct: float | None = None  # relative, 1 sigma


def add_period_assays(db: Database, drafts: Sequence[PeriodAssayDraft]) -> Changes:
    """Grades of materials leaving nodes over periods, all or none; overlapping periods of
    the same node, material and component are refused (a flow must have one grade).
    One transaction; also refuses a missing node, end before start, dates in a closed period.
    Announces assay."""
    with db.write() as s:
        for d in drafts:
            node = s.get(Node, d.node_id)
            if node is None:
                raise DomainError(QT_TRANSLATE_NOOP("Refusal", "Choose the node the material "
                                                               "leaves."), field="node")
            material = _check_assayable(s.get(Material, d.material_id))
            comp = clean_component(d.component)
            if not isinstance(d.period_start, date) or not isinstance(d.period_end, date):
                raise DomainError(QT_TRANSLATE_NOOP("Refusal", "The period's dates must be real "
                                                               "calendar dates."),
                                  field="period")
            if d.period_end < d.period_start:
                raise DomainError(
                    QT_TRANSLATE_NOOP("Refusal", "The period ends before it starts."),
                    field="period")
            # The grade of what left over the period: the period has ended, and every
            # month it covers is open.
            check_dated(s, [d.period_end], noun=QT_TRANSLATE_NOOP("Refusal", "an assay of a period"), field="period")
            check_open(s, month_starts(d.period_start, d.period_end))
            clash = s.scalar(select(PeriodAssay.id).where(
                PeriodAssay.node_id == node.id, PeriodAssay.material_id == material.id,
                PeriodAssay.component == comp, PeriodAssay.period_start <= d.period_end,
                PeriodAssay.period_end >= d.period_start))
            if clash is not None:
                raise DomainError(
                    QT_TRANSLATE_NOOP("Refusal", "{component} in {material} leaving {node} "
                                                 "already has a grade for part of {start} – "
                                                 "{end}."),
                    component=comp, material=material.name, node=node.name,
                    start=d.period_start.isoformat(), end=d.period_end.isoformat(), field="period")
            s.add(PeriodAssay(node_id=node.id, material_id=material.id, component=comp,
                              period_start=d.period_start, period_end=d.period_end,
                              value_entered=float(d.value), unit=assay_unit(d.unit),
                              fraction=grade_fraction(d.value, assay_unit(d.unit)),
                              note=d.note.strip(), method=Method(d.method),
                              uncertainty_pct=check_uncertainty(d.uncertainty_pct)))
            s.flush()
    return Changes.of(Entity.ASSAY)
