"""The register of technogenic formations: add, edit, delete; samples, assays and blocks;
screening assumptions; and the assessed register and ranking the window and CLI show.

Writes are one transaction each and refuse with one sentence. Reads come from a handful of
SQL aggregates (grades per formation and component, per block and component, placements
per linked node), so the register of thousands of formations opens without loading assays.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field, fields, replace
from datetime import date

from sqlalchemy import delete, func, insert, select, union_all, update
from sqlalchemy.orm import Session

from greendesk.analysis import formations as an
from greendesk.errors import DomainError, NotFoundError
from greendesk.models import (
    ConsequenceClass,
    ConstructionMethod,
    Flow,
    Formation,
    FormationAssay,
    FormationAssumption,
    FormationBlock,
    FormationKind,
    FormationSample,
    FormationStatus,
    GradeComponent,
    GradeUnit,
    Material,
    MonitoringPoint,
    Node,
    NodeKind,
    QuantityKind,
    Site,
)
from greendesk.services.changes import Changes
from greendesk.store.db import Database
from greendesk.validation import clean_name

CURRENCY = "USD"
MAX_TONNAGE_T = 1e11  # a hundred billion tonnes is a typo, not a formation
ENTITY = "formation"
SAMPLES = "formation_sample"
COMPONENTS = "grade_component"


# ---------------------------------------------------------------- drafts and rows
@dataclass(frozen=True)
class FormationDraft:
    """What the officer entered for a formation; None is "not known"."""

    name: str
    kind: FormationKind
    status: FormationStatus
    site_id: int | None = None
    node_id: int | None = None
    latitude: float | None = None
    longitude: float | None = None
    year_from: int | None = None
    year_to: int | None = None
    area_ha: float | None = None
    volume_m3: float | None = None
    density_t_m3: float | None = None
    tonnage_t: float | None = None
    capacity_m3: float | None = None
    capacity_t: float | None = None
    opening_tonnage_t: float | None = None
    opening_date: date | None = None
    height_m: float | None = None
    construction_method: ConstructionMethod | None = None
    consequence_class: ConsequenceClass | None = None
    waste_code: str | None = None
    hazardous: bool | None = None
    responsible: str = ""
    documents: str = ""
    operator: str = ""
    locality: str = ""
    external_id: str | None = None
    note: str = ""


DRAFT_FIELDS = tuple(f.name for f in fields(FormationDraft))


@dataclass(frozen=True)
class FormationRow(FormationDraft):
    """A formation as stored, with its names and its current figures.

    `figures` holds tonnage, volume and density with the missing one derived; for a
    formation linked to a stock node the tonnage is the opening tonnage plus the ledger's
    placements (`ledger_t`, net of what left the node)."""

    id: int = 0
    site_name: str = ""
    node_name: str = ""
    ledger_t: float | None = None
    figures: an.TonnageFigures = field(default_factory=lambda: an.TonnageFigures(None, None, None))

    @property
    def current_tonnage_t(self) -> float | None:
        return self.figures.tonnage_t

    def draft(self) -> FormationDraft:
        return FormationDraft(**{k: getattr(self, k) for k in DRAFT_FIELDS})


@dataclass(frozen=True)
class ComponentRow:
    id: int
    code: str
    name: str
    unit: GradeUnit
    defaults: an.Assumptions


@dataclass(frozen=True)
class BlockRow:
    id: int
    formation_id: int
    name: str
    tonnage_t: float
    note: str
    n_samples: int = 0


@dataclass(frozen=True)
class AssayDraft:
    component: str  # the component's code (Cu, Au, ...)
    grade: float
    unit: str | None = None  # as entered; None: the component's own unit


@dataclass(frozen=True)
class AssayRow:
    component: str
    grade_entered: float
    unit_entered: str
    grade_gpt: float

    def grade_in(self, unit: str) -> float:
        return an.from_gpt(self.grade_gpt, unit)


@dataclass(frozen=True)
class SampleDraft:
    formation_id: int
    code: str
    assays: tuple[AssayDraft, ...] = ()
    block_id: int | None = None
    taken_on: date | None = None
    depth_m: float | None = None
    note: str = ""


@dataclass(frozen=True)
class SampleRow:
    id: int
    formation_id: int
    code: str
    block_id: int | None
    block_name: str
    taken_on: date | None
    depth_m: float | None
    note: str
    assays: tuple[AssayRow, ...]


@dataclass(frozen=True)
class RegisterRow:
    """One line of the assessed register: the formation and its screening."""

    formation: FormationRow
    assessment: an.Assessment
    n_assays: int
    rank: int | None = None  # position by net value, 1 = most worth studying


# ---------------------------------------------------------------- validation helpers
def _number(value: object, what: str, fld: str, *, low: float | None = 0.0,
            high: float | None = None, low_open: bool = False) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise DomainError(f"The {what} must be a number.", field=fld)
    v = float(value)
    if low is not None and (v < low or (low_open and v == low)):
        bound = "greater than" if low_open else "at least"
        raise DomainError(f"The {what} must be {bound} {low:g}, not {v:g}.", field=fld)
    if high is not None and v > high:
        raise DomainError(f"The {what} must be at most {high:g}, not {v:g}.", field=fld)
    return v


def _year(value: object, what: str, fld: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 1700 <= value <= 2200:
        raise DomainError(f"The {what} must be a year such as 1975, not {value!r}.", field=fld)
    return value


def _text(value: str | None, what: str, fld: str, limit: int) -> str:
    text = (value or "").strip()
    if len(text) > limit:
        raise DomainError(f"The {what} is {len(text):,} characters long; at most {limit:,} "
                          "are allowed.", field=fld)
    return text


def clean_waste_code(code: str | None) -> tuple[str | None, bool]:
    """Six digits of a List of Waste code, and whether it was marked hazardous with '*'."""
    if code is None or not code.strip():
        return None, False
    digits = "".join(ch for ch in code if ch.isdigit())
    if len(digits) != 6 or any(not (ch.isdigit() or ch in " *") for ch in code.strip()):
        raise DomainError(f"{code.strip()!r} is not a List of Waste code; it has six digits, "
                          "such as 01 03 06 (an asterisk marks a hazardous entry).",
                          field="waste_code")
    return digits, "*" in code


def validate_draft(d: FormationDraft) -> dict[str, object]:
    """Column values for a draft, checked without the database (the importer uses this on
    every row); site, node and uniqueness are checked by `check_links`."""
    name = clean_name(d.name, "formation")
    try:
        kind = FormationKind(d.kind)
    except ValueError:
        raise DomainError(f"{d.kind!r} is not a kind of formation.", field="kind") from None
    try:
        status = FormationStatus(d.status)
    except ValueError:
        raise DomainError(f"{d.status!r} is not a formation status.", field="status") from None
    method = ConstructionMethod(d.construction_method) if d.construction_method else None
    if method is not None and kind is not FormationKind.TAILINGS:
        raise DomainError(f"{name}: a construction method is recorded for tailings storage "
                          "facilities only.", field="construction_method")
    consequence = ConsequenceClass(d.consequence_class) if d.consequence_class else None
    year_from = _year(d.year_from, "first year of placement", "year_from")
    year_to = _year(d.year_to, "last year of placement", "year_to")
    if year_from is not None and year_to is not None and year_from > year_to:
        raise DomainError(f"{name}: placement cannot end in {year_to} before it began in "
                          f"{year_from}.", field="year_to")
    code, starred = clean_waste_code(d.waste_code)
    hazardous = d.hazardous if d.hazardous is not None else (True if starred else None)
    external = (d.external_id or "").strip() or None
    if external is not None and len(external) > 60:
        raise DomainError("The external identifier is longer than 60 characters.",
                          field="external_id")
    if d.opening_date is not None and not isinstance(d.opening_date, date):
        raise DomainError("The opening date must be a calendar date.", field="opening_date")
    values: dict[str, object] = dict(
        name=name, kind=kind, status=status, site_id=d.site_id, node_id=d.node_id,
        latitude=_number(d.latitude, "latitude", "latitude", low=-90, high=90),
        longitude=_number(d.longitude, "longitude", "longitude", low=-180, high=180),
        year_from=year_from, year_to=year_to,
        area_ha=_number(d.area_ha, "area in hectares", "area_ha", high=1e6),
        volume_m3=_number(d.volume_m3, "volume", "volume_m3", high=MAX_TONNAGE_T),
        density_t_m3=_number(d.density_t_m3, "bulk density", "density_t_m3", low=0.0,
                             high=30.0, low_open=True),
        tonnage_t=_number(d.tonnage_t, "tonnage", "tonnage_t", high=MAX_TONNAGE_T),
        capacity_m3=_number(d.capacity_m3, "design capacity in m³", "capacity_m3",
                            high=MAX_TONNAGE_T),
        capacity_t=_number(d.capacity_t, "design capacity in tonnes", "capacity_t",
                           high=MAX_TONNAGE_T),
        opening_tonnage_t=_number(d.opening_tonnage_t, "opening tonnage", "opening_tonnage_t",
                                  high=MAX_TONNAGE_T),
        opening_date=d.opening_date,
        height_m=_number(d.height_m, "height", "height_m", high=2000.0),
        construction_method=method, consequence_class=consequence, waste_code=code,
        hazardous=hazardous,
        responsible=_text(d.responsible, "responsible person", "responsible", 200),
        documents=_text(d.documents, "list of documents", "documents", 4000),
        operator=_text(d.operator, "operator", "operator", 200),
        locality=_text(d.locality, "locality", "locality", 200),
        external_id=external, note=_text(d.note, "note", "note", 2000),
    )
    return values


def check_links(s: Session, values: dict[str, object], except_id: int | None) -> None:
    """The site exists; the node is a stock of that site and no other formation's; the name
    is free at the site; the external identifier is not taken."""
    name = values["name"]
    site_id = values["site_id"]
    if site_id is not None and s.get(Site, site_id) is None:
        raise DomainError("The site no longer exists; choose another.", field="site")
    node_id = values["node_id"]
    if node_id is not None:
        node = s.get(Node, node_id)
        if node is None:
            raise DomainError("The linked node no longer exists; choose another.", field="node")
        if node.kind is not NodeKind.STOCK:
            raise DomainError(f"{node.name!r} is not a stock node; placements go into a "
                              "formation through a stock node of its site.", field="node")
        if site_id is None:
            values["site_id"] = site_id = node.site_id
        elif node.site_id != site_id:
            raise DomainError(f"{node.name!r} belongs to another site than the formation.",
                              field="node")
        other = s.scalars(select(Formation.name).where(
            Formation.node_id == node_id, Formation.id != (except_id or -1))).first()
        if other is not None:
            raise DomainError(f"{node.name!r} is already linked to the formation {other!r}.",
                              field="node")
    if site_id is not None:
        taken = s.scalars(select(Formation.id).where(
            Formation.site_id == site_id, Formation.name == name,
            Formation.id != (except_id or -1))).first()
        if taken is not None:
            raise DomainError(f"The site already has a formation named {name!r}.",
                              field="name")
    external = values["external_id"]
    if external is not None:
        taken = s.scalars(select(Formation.name).where(
            Formation.external_id == external, Formation.id != (except_id or -1))).first()
        if taken is not None:
            raise DomainError(f"The identifier {external!r} is already used by {taken!r}.",
                              field="external_id")


def _get(s: Session, model: type, id_: int, what: str):
    obj = s.get(model, id_)
    if obj is None:
        raise NotFoundError(f"The {what} no longer exists; it may have been deleted.")
    return obj


# ---------------------------------------------------------------- formation commands
_CHILD_TABLES = (FormationBlock, FormationSample, FormationAssay, FormationAssumption)


def _snapshot(s: Session, formation_id: int) -> dict[str, list[dict]]:
    """Every row that deleting a formation removes or unlinks, to put back on undo."""
    snap: dict[str, list[dict]] = {}
    for model in (Formation, *_CHILD_TABLES):
        t = model.__table__
        col = t.c.id if model is Formation else t.c.formation_id
        snap[t.name] = [dict(r._mapping) for r in s.execute(select(t).where(col == formation_id))]
    snap["points"] = [{"id": i} for i in s.scalars(
        select(MonitoringPoint.id).where(MonitoringPoint.formation_id == formation_id))]
    return snap


def _restore(s: Session, snap: dict[str, list[dict]], formation_id: int) -> None:
    for model in (Formation, *_CHILD_TABLES):
        rows = snap[model.__table__.name]
        if rows:
            s.execute(insert(model.__table__), rows)
    ids = [p["id"] for p in snap["points"]]
    if ids:
        s.execute(update(MonitoringPoint).where(MonitoringPoint.id.in_(ids))
                  .values(formation_id=formation_id))


class AddFormation:
    """Add a formation; undo removes it (with anything added to it since)."""

    def __init__(self, draft: FormationDraft) -> None:
        self.draft = draft
        self.id: int | None = None
        self._snap: dict[str, list[dict]] | None = None

    def apply(self, db: Database) -> Changes:
        with db.write() as s:
            if self._snap is not None:  # redo: the same formation, with the same id
                _restore(s, self._snap, self.id)  # type: ignore[arg-type]
            else:
                values = validate_draft(self.draft)
                check_links(s, values, None)
                f = Formation(**values)
                s.add(f)
                s.flush()
                self.id = f.id
        return Changes.of(ENTITY, ids=(self.id,))  # type: ignore[arg-type]

    def revert(self, db: Database) -> Changes:
        assert self.id is not None
        with db.write() as s:
            self._snap = _snapshot(s, self.id)
            s.execute(delete(Formation).where(Formation.id == self.id))
        return Changes.of(ENTITY, SAMPLES, ids=(self.id,))


class EditFormation:
    """Change a formation's particulars; undo restores what they were."""

    def __init__(self, formation_id: int, draft: FormationDraft) -> None:
        self.formation_id = formation_id
        self.draft = draft
        self.before: dict[str, object] | None = None
        self.after: dict[str, object] | None = None

    def apply(self, db: Database) -> Changes:
        with db.write() as s:
            f = _get(s, Formation, self.formation_id, "formation")
            if self.after is None:
                values = validate_draft(self.draft)
                check_links(s, values, f.id)
                self.before = {k: getattr(f, k) for k in values}
                self.after = values
            for k, v in self.after.items():
                setattr(f, k, v)
        return Changes.of(ENTITY, ids=(self.formation_id,))

    def revert(self, db: Database) -> Changes:
        assert self.before is not None
        with db.write() as s:
            f = _get(s, Formation, self.formation_id, "formation")
            for k, v in self.before.items():
                setattr(f, k, v)
        return Changes.of(ENTITY, ids=(self.formation_id,))


class DeleteFormation:
    """Delete a formation with its blocks, samples, assays and assumptions; its monitoring
    points stay, unattached. Undo puts everything back."""

    def __init__(self, formation_id: int) -> None:
        self.formation_id = formation_id
        self._snap: dict[str, list[dict]] | None = None

    def apply(self, db: Database) -> Changes:
        with db.write() as s:
            _get(s, Formation, self.formation_id, "formation")
            self._snap = _snapshot(s, self.formation_id)
            s.execute(delete(Formation).where(Formation.id == self.formation_id))
        return Changes.of(ENTITY, SAMPLES, ids=(self.formation_id,))

    def revert(self, db: Database) -> Changes:
        assert self._snap is not None
        with db.write() as s:
            _restore(s, self._snap, self.formation_id)
        return Changes.of(ENTITY, SAMPLES, ids=(self.formation_id,))


def add_formation(db: Database, draft: FormationDraft) -> tuple[int, Changes]:
    cmd = AddFormation(draft)
    changes = cmd.apply(db)
    assert cmd.id is not None
    return cmd.id, changes


def update_formation(db: Database, formation_id: int, draft: FormationDraft) -> Changes:
    return EditFormation(formation_id, draft).apply(db)


def delete_formation(db: Database, formation_id: int) -> Changes:
    return DeleteFormation(formation_id).apply(db)


# ---------------------------------------------------------------- reading formations
_F = Formation.__table__.c


def _placements(s: Session, ids: Sequence[int] | None = None) -> dict[int, float]:
    """Net tonnes placed into each linked formation's node: mass flows in minus out, from
    the formation's opening date on (all of them when it has none)."""
    f = Formation.__table__
    fl = Flow.__table__
    mass = select(Material.id).where(Material.kind == QuantityKind.MASS)
    parts = []
    for col, sign in ((fl.c.to_node_id, 1.0), (fl.c.from_node_id, -1.0)):
        q = (select(f.c.id.label("fid"), (fl.c.qty_canonical * sign).label("q"))
             .join(fl, col == f.c.node_id)
             .where(f.c.node_id.is_not(None), fl.c.material_id.in_(mass),
                    (f.c.opening_date.is_(None)) | (fl.c.flow_date >= f.c.opening_date)))
        if ids is not None:
            q = q.where(f.c.id.in_(ids))
        parts.append(q)
    u = union_all(*parts).subquery()
    rows = s.execute(select(u.c.fid, func.sum(u.c.q)).group_by(u.c.fid))
    return {fid: float(total or 0.0) for fid, total in rows}


def _rows(s: Session, ids: Sequence[int] | None = None) -> list[FormationRow]:
    f = Formation.__table__
    site, node = Site.__table__, Node.__table__
    q = (select(f, site.c.name.label("site_name"), node.c.name.label("node_name"))
         .outerjoin(site, site.c.id == f.c.site_id).outerjoin(node, node.c.id == f.c.node_id)
         .order_by(f.c.name, f.c.id))
    if ids is not None:
        q = q.where(f.c.id.in_(ids))
    placed = _placements(s, ids)
    out = []
    for r in s.execute(q):
        m = r._mapping
        values = {k: m[k] for k in DRAFT_FIELDS}
        ledger = None
        if m["node_id"] is not None:
            ledger = placed.get(m["id"], 0.0)
            current = (m["opening_tonnage_t"] or 0.0) + ledger
            figures = an.reconcile_tonnage(
                current, m["volume_m3"] if m["density_t_m3"] is None else None,
                m["density_t_m3"])
            note = an.survey_note(m["tonnage_t"], current)
            if note is not None:
                figures = replace(figures, note=" ".join(filter(None, (figures.note, note))))
        else:
            figures = an.reconcile_tonnage(m["tonnage_t"], m["volume_m3"], m["density_t_m3"])
        out.append(FormationRow(**values, id=m["id"], site_name=m["site_name"] or "",
                                node_name=m["node_name"] or "", ledger_t=ledger,
                                figures=figures))
    return out


def list_formations(db: Database) -> list[FormationRow]:
    with db.read() as s:
        return _rows(s)


def get_formation(db: Database, formation_id: int) -> FormationRow:
    with db.read() as s:
        rows = _rows(s, [formation_id])
    if not rows:
        raise NotFoundError("The formation no longer exists; it may have been deleted.")
    return rows[0]


def stock_nodes(db: Database) -> list[tuple[int, int, str]]:
    """(node id, site id, name) of every stock node, the places a formation can be linked to."""
    with db.read() as s:
        return [tuple(r) for r in s.execute(  # type: ignore[misc]
            select(Node.id, Node.site_id, Node.name).where(Node.kind == NodeKind.STOCK)
            .order_by(Node.name))]


# ---------------------------------------------------------------- components and assumptions
def _component_row(c: GradeComponent) -> ComponentRow:
    return ComponentRow(c.id, c.code, c.name, c.unit,
                        an.Assumptions(c.price_per_t, c.recovery_pct, c.cost_per_t))


def list_components(db: Database) -> list[ComponentRow]:
    with db.read() as s:
        return [_component_row(c) for c in s.scalars(select(GradeComponent).order_by(
            GradeComponent.id))]


def _check_assumptions(a: an.Assumptions, what: str) -> an.Assumptions:
    return an.Assumptions(
        _number(a.price_per_t, f"price of {what}", "price_per_t"),
        _number(a.recovery_pct, f"recovery of {what}", "recovery_pct", high=100.0),
        _number(a.cost_per_t, f"processing cost for {what}", "cost_per_t"))


def add_component(db: Database, code: str, name: str, unit: GradeUnit,
                  defaults: an.Assumptions | None = None) -> tuple[int, Changes]:
    """A component the officer adds (Mo, Co, REE, ...), with its unit, % or g/t."""
    code = " ".join(code.split())
    if not code or len(code) > 12:
        raise DomainError("A component's code is 1 to 12 characters, such as Mo.", field="code")
    name = clean_name(name or code, "component", max_len=80)
    try:
        unit = GradeUnit(unit)
    except ValueError:
        raise DomainError("A component's grade is in % or in g/t.", field="unit") from None
    defaults = _check_assumptions(defaults or an.Assumptions(), code)
    with db.write() as s:
        if s.scalars(select(GradeComponent.id).where(
                func.lower(GradeComponent.code) == code.lower())).first():
            raise DomainError(f"There is already a component {code}.", field="code")
        c = GradeComponent(code=code, name=name, unit=unit, price_per_t=defaults.price_per_t,
                           recovery_pct=defaults.recovery_pct, cost_per_t=defaults.cost_per_t)
        s.add(c)
        s.flush()
        return c.id, Changes.of(COMPONENTS, ids=(c.id,))


def set_default_assumptions(db: Database, component_id: int, a: an.Assumptions) -> Changes:
    with db.write() as s:
        c = _get(s, GradeComponent, component_id, "component")
        a = _check_assumptions(a, c.code)
        c.price_per_t, c.recovery_pct, c.cost_per_t = a.price_per_t, a.recovery_pct, a.cost_per_t
    return Changes.of(COMPONENTS, ids=(component_id,))


def formation_assumptions(db: Database, formation_id: int) -> dict[int, an.Assumptions]:
    """The formation's own assumptions per component id (only what it overrides)."""
    with db.read() as s:
        return {a.component_id: an.Assumptions(a.price_per_t, a.recovery_pct, a.cost_per_t)
                for a in s.scalars(select(FormationAssumption).where(
                    FormationAssumption.formation_id == formation_id))}


def set_formation_assumptions(db: Database, formation_id: int,
                              overrides: dict[int, an.Assumptions]) -> Changes:
    """Replace the formation's overrides; a component with nothing set uses the defaults."""
    with db.write() as s:
        _get(s, Formation, formation_id, "formation")
        codes = dict(s.execute(select(GradeComponent.id, GradeComponent.code)).all())
        s.execute(delete(FormationAssumption).where(
            FormationAssumption.formation_id == formation_id))
        for component_id, a in overrides.items():
            if component_id not in codes:
                raise DomainError("A component no longer exists; reopen the assumptions.")
            a = _check_assumptions(a, codes[component_id])
            if a == an.Assumptions():
                continue
            s.add(FormationAssumption(formation_id=formation_id, component_id=component_id,
                                      price_per_t=a.price_per_t, recovery_pct=a.recovery_pct,
                                      cost_per_t=a.cost_per_t))
    return Changes.of(ENTITY, ids=(formation_id,))


# ---------------------------------------------------------------- blocks
def list_blocks(db: Database, formation_id: int) -> list[BlockRow]:
    with db.read() as s:
        counts = dict(s.execute(select(FormationSample.block_id, func.count()).where(
            FormationSample.formation_id == formation_id).group_by(FormationSample.block_id)
        ).all())
        return [BlockRow(b.id, b.formation_id, b.name, b.tonnage_t, b.note, counts.get(b.id, 0))
                for b in s.scalars(select(FormationBlock).where(
                    FormationBlock.formation_id == formation_id).order_by(FormationBlock.name))]


def _block_values(name: str, tonnage_t: float, note: str) -> tuple[str, float, str]:
    name = clean_name(name, "block", max_len=100)
    t = _number(tonnage_t, f"tonnage of block {name}", "tonnage_t", low=0.0, low_open=True,
                high=MAX_TONNAGE_T)
    assert t is not None
    return name, t, _text(note, "note", "note", 2000)


def add_block(db: Database, formation_id: int, name: str, tonnage_t: float,
              note: str = "") -> tuple[int, Changes]:
    name, tonnage_t, note = _block_values(name, tonnage_t, note)
    with db.write() as s:
        _get(s, Formation, formation_id, "formation")
        if s.scalars(select(FormationBlock.id).where(
                FormationBlock.formation_id == formation_id,
                FormationBlock.name == name)).first():
            raise DomainError(f"The formation already has a block named {name!r}.",
                              field="name")
        b = FormationBlock(formation_id=formation_id, name=name, tonnage_t=tonnage_t, note=note)
        s.add(b)
        s.flush()
        return b.id, Changes.of(SAMPLES, ENTITY, ids=(formation_id,))


def update_block(db: Database, block_id: int, name: str, tonnage_t: float,
                 note: str = "") -> Changes:
    name, tonnage_t, note = _block_values(name, tonnage_t, note)
    with db.write() as s:
        b = _get(s, FormationBlock, block_id, "block")
        if s.scalars(select(FormationBlock.id).where(
                FormationBlock.formation_id == b.formation_id, FormationBlock.name == name,
                FormationBlock.id != block_id)).first():
            raise DomainError(f"The formation already has a block named {name!r}.",
                              field="name")
        b.name, b.tonnage_t, b.note = name, tonnage_t, note
        return Changes.of(SAMPLES, ENTITY, ids=(b.formation_id,))


def delete_block(db: Database, block_id: int) -> Changes:
    """Delete a block; its samples stay with the formation, outside any block."""
    with db.write() as s:
        b = _get(s, FormationBlock, block_id, "block")
        fid = b.formation_id
        s.delete(b)
        return Changes.of(SAMPLES, ENTITY, ids=(fid,))


# ---------------------------------------------------------------- samples and assays
def _assay_values(s: Session, assays: Iterable[AssayDraft], sample: str
                  ) -> list[tuple[int, float, str, float]]:
    comps = {c.code.casefold(): c for c in s.scalars(select(GradeComponent))}
    out: list[tuple[int, float, str, float]] = []
    seen: set[int] = set()
    for a in assays:
        c = comps.get(str(a.component).strip().casefold())
        if c is None:
            known = ", ".join(sorted(x.code for x in comps.values()))
            raise DomainError(f"Sample {sample}: {a.component!r} is not a component; the "
                              f"components are {known} (add others in the assumptions).",
                              field="assays")
        if c.id in seen:
            raise DomainError(f"Sample {sample} has two assays of {c.code}; keep one.",
                              field="assays")
        seen.add(c.id)
        grade = _number(a.grade, f"grade of {c.code} in sample {sample}", "assays")
        assert grade is not None
        try:
            unit = an.grade_unit(a.unit) if a.unit else c.unit.value
        except ValueError as exc:
            raise DomainError(f"Sample {sample}, {c.code}: {exc}", field="assays") from None
        gpt = an.to_gpt(grade, unit)
        if gpt > 1e6:
            raise DomainError(f"Sample {sample}: {grade:g} {unit} of {c.code} is more than "
                              "the whole sample; check the grade and its unit.", field="assays")
        out.append((c.id, grade, unit, gpt))
    return out


def sample_depth(value: object) -> float | None:
    """A sample's depth in metres, 0 to 1,000 (the importer checks each row with it)."""
    return _number(value, "depth", "depth_m", high=1000.0)


def _check_sample(s: Session, d: SampleDraft, except_id: int | None) -> dict[str, object]:
    code = " ".join((d.code or "").split())
    if not code:
        raise DomainError("The sample needs its number or code.", field="code")
    if len(code) > 60:
        raise DomainError("The sample code is longer than 60 characters.", field="code")
    _get(s, Formation, d.formation_id, "formation")
    if d.block_id is not None:
        b = s.get(FormationBlock, d.block_id)
        if b is None or b.formation_id != d.formation_id:
            raise DomainError("The block is not a block of this formation.", field="block")
    if s.scalars(select(FormationSample.id).where(
            FormationSample.formation_id == d.formation_id, FormationSample.code == code,
            FormationSample.id != (except_id or -1))).first():
        raise DomainError(f"The formation already has a sample {code}.", field="code")
    return dict(formation_id=d.formation_id, block_id=d.block_id, code=code,
                taken_on=d.taken_on,
                depth_m=sample_depth(d.depth_m),
                note=_text(d.note, "note", "note", 2000))


def _write_assays(s: Session, sample_id: int, formation_id: int,
                  values: list[tuple[int, float, str, float]]) -> None:
    s.execute(delete(FormationAssay).where(FormationAssay.sample_id == sample_id))
    if values:
        s.execute(insert(FormationAssay), [
            dict(sample_id=sample_id, formation_id=formation_id, component_id=cid,
                 grade_entered=g, unit_entered=u, grade_gpt=gpt) for cid, g, u, gpt in values])


def add_sample(db: Database, draft: SampleDraft) -> tuple[int, Changes]:
    """A sample with its assays, in one step."""
    with db.write() as s:
        values = _check_sample(s, draft, None)
        assays = _assay_values(s, draft.assays, str(values["code"]))
        sample = FormationSample(**values)
        s.add(sample)
        s.flush()
        _write_assays(s, sample.id, draft.formation_id, assays)
        return sample.id, Changes.of(SAMPLES, ENTITY, ids=(draft.formation_id,))


def update_sample(db: Database, sample_id: int, draft: SampleDraft) -> Changes:
    """Replace a sample's particulars and its assays."""
    with db.write() as s:
        sample = _get(s, FormationSample, sample_id, "sample")
        if sample.formation_id != draft.formation_id:
            raise DomainError("A sample cannot move to another formation.")
        values = _check_sample(s, draft, sample_id)
        assays = _assay_values(s, draft.assays, str(values["code"]))
        for k, v in values.items():
            setattr(sample, k, v)
        _write_assays(s, sample_id, draft.formation_id, assays)
        return Changes.of(SAMPLES, ENTITY, ids=(draft.formation_id,))


def delete_samples(db: Database, sample_ids: Sequence[int]) -> Changes:
    with db.write() as s:
        fids = set(s.scalars(select(FormationSample.formation_id).where(
            FormationSample.id.in_(sample_ids))))
        s.execute(delete(FormationSample).where(FormationSample.id.in_(sample_ids)))
    return Changes.of(SAMPLES, ENTITY, ids=tuple(fids))


def list_samples(db: Database, formation_id: int) -> list[SampleRow]:
    with db.read() as s:
        codes = dict(s.execute(select(GradeComponent.id, GradeComponent.code)).all())
        blocks = dict(s.execute(select(FormationBlock.id, FormationBlock.name).where(
            FormationBlock.formation_id == formation_id)).all())
        assays: dict[int, list[AssayRow]] = {}
        for a in s.execute(select(FormationAssay.sample_id, FormationAssay.component_id,
                                  FormationAssay.grade_entered, FormationAssay.unit_entered,
                                  FormationAssay.grade_gpt)
                           .where(FormationAssay.formation_id == formation_id)
                           .order_by(FormationAssay.component_id)):
            assays.setdefault(a[0], []).append(AssayRow(codes[a[1]], a[2], a[3], a[4]))
        return [SampleRow(x.id, x.formation_id, x.code, x.block_id,
                          blocks.get(x.block_id, "") if x.block_id else "", x.taken_on,
                          x.depth_m, x.note, tuple(assays.get(x.id, ())))
                for x in s.scalars(select(FormationSample).where(
                    FormationSample.formation_id == formation_id).order_by(
                    FormationSample.code))]


# ---------------------------------------------------------------- assessment
@dataclass
class _Grades:
    """The SQL aggregates an assessment needs, for a set of formations."""

    components: dict[int, ComponentRow]
    mean: dict[int, dict[int, tuple[int, float]]]  # formation → component → (n, mean g/t)
    blocks: dict[int, dict[int, list[an.BlockGrade]]]  # formation → component → blocks
    overrides: dict[int, dict[int, an.Assumptions]]


def _grades(s: Session, ids: Sequence[int] | None) -> _Grades:
    comps = {c.id: _component_row(c) for c in s.scalars(select(GradeComponent))}
    a = FormationAssay.__table__.c
    q = select(a.formation_id, a.component_id, func.count(), func.avg(a.grade_gpt)).group_by(
        a.formation_id, a.component_id)
    if ids is not None:
        q = q.where(a.formation_id.in_(ids))
    mean: dict[int, dict[int, tuple[int, float]]] = {}
    for fid, cid, n, avg in s.execute(q):
        mean.setdefault(fid, {})[cid] = (int(n), float(avg))
    smp, blk = FormationSample.__table__.c, FormationBlock.__table__.c
    q = (select(blk.formation_id, blk.name, blk.tonnage_t, a.component_id, func.count(),
                func.avg(a.grade_gpt))
         .select_from(FormationAssay.__table__)
         .join(FormationSample.__table__, smp.id == a.sample_id)
         .join(FormationBlock.__table__, blk.id == smp.block_id)
         .group_by(blk.id, a.component_id).order_by(blk.formation_id, blk.name))
    if ids is not None:
        q = q.where(blk.formation_id.in_(ids))
    blocks: dict[int, dict[int, list[an.BlockGrade]]] = {}
    for fid, name, tonnage, cid, n, avg in s.execute(q):
        blocks.setdefault(fid, {}).setdefault(cid, []).append(
            an.BlockGrade(name, float(tonnage), float(avg), int(n)))
    fa = FormationAssumption.__table__.c
    q = select(fa.formation_id, fa.component_id, fa.price_per_t, fa.recovery_pct, fa.cost_per_t)
    if ids is not None:
        q = q.where(fa.formation_id.in_(ids))
    overrides: dict[int, dict[int, an.Assumptions]] = {}
    for fid, cid, p, r, c in s.execute(q):
        overrides.setdefault(fid, {})[cid] = an.Assumptions(p, r, c)
    return _Grades(comps, mean, blocks, overrides)


def _assess_one(f: FormationRow, g: _Grades) -> tuple[an.Assessment, int]:
    mean = g.mean.get(f.id, {})
    blocks = g.blocks.get(f.id, {})
    own = g.overrides.get(f.id, {})
    items = []
    for cid in sorted(set(mean) | set(blocks)):
        comp = g.components[cid]
        n, avg = mean.get(cid, (0, None))
        grades = an.ComponentGrades(comp.code, comp.unit.value, avg, n,
                                    tuple(blocks.get(cid, ())))
        items.append((grades, own.get(cid, an.Assumptions()).over(comp.defaults)))
    n_assays = sum(n for n, _avg in mean.values())
    return an.assess(f.id, f.current_tonnage_t, items), n_assays


def register(db: Database, ids: Sequence[int] | None = None) -> list[RegisterRow]:
    """The register with each formation's screening, in name order, ranks filled in."""
    with db.read() as s:
        rows = _rows(s, ids)
        g = _grades(s, ids)
    out = []
    for f in rows:
        assessment, n = _assess_one(f, g)
        out.append(RegisterRow(f, assessment, n))
    order = an.rank([r.assessment for r in out], {r.formation.id: r.formation.name for r in out})
    position = {a.formation_id: i + 1 for i, a in enumerate(order)}
    return [replace(r, rank=position[r.formation.id]) for r in out]


def ranking(db: Database) -> list[RegisterRow]:
    """All formations by net value of re-mining, highest first (unvalued ones last)."""
    return sorted(register(db), key=lambda r: r.rank or 0)


def assessment(db: Database, formation_id: int) -> RegisterRow:
    rows = register(db, [formation_id])
    if not rows:
        raise NotFoundError("The formation no longer exists; it may have been deleted.")
    return rows[0]


def component_blocks(db: Database, formation_id: int, code: str) -> list[an.BlockGrade]:
    """The blocks of a formation with their mean grade of one component."""
    with db.read() as s:
        g = _grades(s, [formation_id])
    for cid, comp in g.components.items():
        if comp.code == code:
            return list(g.blocks.get(formation_id, {}).get(cid, []))
    return []


def grade_tonnage(db: Database, formation_id: int, code: str,
                  cutoffs: Sequence[float] | None = None) -> list[an.CurvePoint]:
    """The grade–tonnage curve of one component over the formation's blocks (g/t)."""
    return an.grade_tonnage_curve(component_blocks(db, formation_id, code), cutoffs)


def register_dict(r: RegisterRow) -> dict[str, object]:
    """A register line as plain JSON-ready values (the CLI and reports use this)."""
    f, a = r.formation, r.assessment
    fig = f.figures

    def comp(c: an.ComponentValue) -> dict[str, object]:
        con = c.contained
        return dict(component=c.code, unit=c.unit,
                    basis=con.basis if con else None,
                    grade=an.from_gpt(con.grade_gpt, c.unit) if con else None,
                    tonnage_t=con.tonnage_t if con else None,
                    contained_t=con.metal_t if con else None,
                    price_per_t=c.assumptions.price_per_t,
                    recovery_pct=c.assumptions.recovery_pct,
                    cost_per_t=c.assumptions.cost_per_t,
                    recoverable_t=c.recoverable_t, recoverable_value=c.recoverable_value,
                    processing_cost=c.processing_cost, net_value=c.net_value,
                    profitable=c.profitable, missing=c.missing)

    draft = {k: v for k, v in asdict(f.draft()).items()}
    for k in ("kind", "status", "construction_method", "consequence_class"):
        draft[k] = None if draft[k] is None else str(draft[k])
    if draft["opening_date"] is not None:
        draft["opening_date"] = draft["opening_date"].isoformat()
    return dict(id=f.id, **draft, site=f.site_name or None, node=f.node_name or None,
                ledger_t=f.ledger_t,
                current=dict(tonnage_t=fig.tonnage_t, volume_m3=fig.volume_m3,
                             density_t_m3=fig.density_t_m3, derived=fig.derived,
                             note=fig.note),
                assessment=dict(rank=r.rank, currency=CURRENCY, n_assays=r.n_assays,
                                recoverable_value=a.recoverable_value,
                                processing_cost=a.processing_cost, net_value=a.net_value,
                                profitable=a.profitable, paying=list(a.paying),
                                components=[comp(c) for c in a.components]))
