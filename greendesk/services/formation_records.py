"""Formations, grade components, screening assumptions and blocks: the commands that add,
edit and delete them (one transaction each, refusing with one sentence) and the reads of the
register's rows, whose current tonnage comes from one SQL aggregate of placements.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from sqlalchemy import delete, func, insert, select, union_all, update
from sqlalchemy.orm import Session

from greendesk.analysis import formations as an
from greendesk.errors import DomainError, Message, NotFoundError
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.models import (
    Flow,
    Formation,
    FormationAssay,
    FormationAssumption,
    FormationBlock,
    FormationSample,
    GradeComponent,
    GradeUnit,
    Material,
    MonitoringPoint,
    Node,
    NodeKind,
    QuantityKind,
    Site,
)
from greendesk.models.base import table_of
from greendesk.periods import Period
from greendesk.services.changes import Changes
from greendesk.services.formation_rows import (
    COMPONENTS,
    DRAFT_FIELDS,
    ENTITY,
    MAX_TONNAGE_T,
    SAMPLES,
    BlockRow,
    ComponentRow,
    FormationDraft,
    FormationRow,
    _get,
    _number,
    _text,
    check_links,
    validate_draft,
)
from greendesk.store.db import Database
from greendesk.validation import clean_name

# ---------------------------------------------------------------- formation commands
_CHILD_TABLES = (FormationBlock, FormationSample, FormationAssay, FormationAssumption)


def _snapshot(s: Session, formation_id: int) -> dict[str, list[dict]]:
    """Every row that deleting a formation removes or unlinks, to put back on undo."""
    snap: dict[str, list[dict]] = {}
    for model in (Formation, *_CHILD_TABLES):
        t = table_of(model)
        col = t.c.id if model is Formation else t.c.formation_id
        snap[t.name] = [dict(r._mapping) for r in s.execute(select(t).where(col == formation_id))]
    snap["points"] = [{"id": i} for i in s.scalars(
        select(MonitoringPoint.id).where(MonitoringPoint.formation_id == formation_id))]
    return snap


def _restore(s: Session, snap: dict[str, list[dict]], formation_id: int) -> None:
    for model in (Formation, *_CHILD_TABLES):
        table = table_of(model)
        rows = snap[table.name]
        if rows:
            s.execute(insert(table), rows)
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
        """Check the draft (values and links) and insert it in one transaction; redo restores the
        same formation with everything it had. Announces the formation with its id."""
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
        """Delete the formation with its blocks, samples and assumptions, kept for redo.
        One transaction; announces the formation and its samples."""
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
        """Check the draft and write it in one transaction; NotFoundError for a deleted formation.
        Announces the formation with its id."""
        with db.write() as s:
            f = _get(s, Formation, self.formation_id, QT_TRANSLATE_NOOP("Refusal", "formation"))
            if self.after is None:
                values = validate_draft(self.draft)
                check_links(s, values, f.id)
                self.before = {k: getattr(f, k) for k in values}
                self.after = values
            for k, v in self.after.items():
                setattr(f, k, v)
        return Changes.of(ENTITY, ids=(self.formation_id,))

    def revert(self, db: Database) -> Changes:
        """Put back the values the edit replaced.
        One transaction; announces the formation."""
        assert self.before is not None
        with db.write() as s:
            f = _get(s, Formation, self.formation_id, QT_TRANSLATE_NOOP("Refusal", "formation"))
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
        """Delete the formation and everything under it in one transaction, snapshot kept for undo;
        NotFoundError for one already gone. Announces the formation and its samples."""
        with db.write() as s:
            _get(s, Formation, self.formation_id, QT_TRANSLATE_NOOP("Refusal", "formation"))
            self._snap = _snapshot(s, self.formation_id)
            s.execute(delete(Formation).where(Formation.id == self.formation_id))
        return Changes.of(ENTITY, SAMPLES, ids=(self.formation_id,))

    def revert(self, db: Database) -> Changes:
        """Restore the formation and everything deleted with it, ids unchanged.
        One transaction; announces the formation and its samples."""
        assert self._snap is not None
        with db.write() as s:
            _restore(s, self._snap, self.formation_id)
        return Changes.of(ENTITY, SAMPLES, ids=(self.formation_id,))


def add_formation(db: Database, draft: FormationDraft) -> tuple[int, Changes]:
    """Add a formation (see AddFormation): its id and the Changes."""
    cmd = AddFormation(draft)
    changes = cmd.apply(db)
    assert cmd.id is not None
    return cmd.id, changes


def update_formation(db: Database, formation_id: int, draft: FormationDraft) -> Changes:
    """Edit a formation (see EditFormation)."""
    return EditFormation(formation_id, draft).apply(db)


def delete_formation(db: Database, formation_id: int) -> Changes:
    """Delete a formation and its blocks, samples and assumptions (see DeleteFormation)."""
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


def placed_in(db: Database, period: Period, ids: Sequence[int] | None = None
              ) -> dict[int, float]:
    """Net tonnes placed into each linked formation's node within `period` (mass flows in
    minus out, from the formation's opening date on): the part of its tonnage the period
    added, as the waste inventory's placements count it. Formations without a node are
    absent; a linked one with no flows in the period has 0."""
    f, fl = Formation.__table__, Flow.__table__
    mass = select(Material.id).where(Material.kind == QuantityKind.MASS)
    with db.read() as s:
        linked = select(f.c.id).where(f.c.node_id.is_not(None))
        if ids is not None:
            linked = linked.where(f.c.id.in_(ids))
        out = dict.fromkeys(s.scalars(linked), 0.0)
        for col, sign in ((fl.c.to_node_id, 1.0), (fl.c.from_node_id, -1.0)):
            q = (select(f.c.id, func.sum(fl.c.qty_canonical))
                 .join(fl, col == f.c.node_id)
                 .where(f.c.id.in_(list(out)), fl.c.material_id.in_(mass),
                        fl.c.flow_date.between(period.start, period.end),
                        (f.c.opening_date.is_(None)) | (fl.c.flow_date >= f.c.opening_date))
                 .group_by(f.c.id))
            for fid, qty in s.execute(q):
                out[fid] += sign * float(qty or 0.0)
    return out


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
    """Every formation of the register, as the register lists it."""
    with db.read() as s:
        return _rows(s)


def get_formation(db: Database, formation_id: int) -> FormationRow:
    """One formation; NotFoundError when it was deleted."""
    with db.read() as s:
        rows = _rows(s, [formation_id])
    if not rows:
        raise NotFoundError(QT_TRANSLATE_NOOP("Refusal", "The formation no longer exists; it may "
                                                         "have been deleted."))
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
    """The grade components (Cu, Zn, Au ...) in the order added."""
    with db.read() as s:
        return [_component_row(c) for c in s.scalars(select(GradeComponent).order_by(
            GradeComponent.id))]


def _check_assumptions(a: an.Assumptions, what: str) -> an.Assumptions:
    return an.Assumptions(
        _number(a.price_per_t, Message(QT_TRANSLATE_NOOP("Refusal", "price of {what}"), what=what), "price_per_t"),
        _number(a.recovery_pct, Message(QT_TRANSLATE_NOOP("Refusal", "recovery of {what}"), what=what), "recovery_pct", high=100.0),
        _number(a.cost_per_t, Message(QT_TRANSLATE_NOOP("Refusal", "processing cost for {what}"), what=what), "cost_per_t"))


def add_component(db: Database, code: str, name: str, unit: GradeUnit,
                  defaults: an.Assumptions | None = None) -> tuple[int, Changes]:
    """A component the officer adds (Mo, Co, REE, ...), with its unit, % or g/t.
    One transaction; refuses a code over 12 characters or taken, a unit other than % or g/t,
    assumptions out of range. Announces the component."""
    code = " ".join(code.split())
    if not code or len(code) > 12:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "A component's code is 1 to 12 characters, "
                                                       "such as Mo."), field="code")
    name = clean_name(name or code, QT_TRANSLATE_NOOP("Refusal", "component"), max_len=80)
    try:
        unit = GradeUnit(unit)
    except ValueError:
        raise DomainError(
            QT_TRANSLATE_NOOP("Refusal", "A component's grade is in % or in g/t."),
            field="unit") from None
    defaults = _check_assumptions(defaults or an.Assumptions(), code)
    with db.write() as s:
        if s.scalars(select(GradeComponent.id).where(
                func.lower(GradeComponent.code) == code.lower())).first():
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "There is already a component {code}."),
                              code=code, field="code")
        c = GradeComponent(code=code, name=name, unit=unit, price_per_t=defaults.price_per_t,
                           recovery_pct=defaults.recovery_pct, cost_per_t=defaults.cost_per_t)
        s.add(c)
        s.flush()
        return c.id, Changes.of(COMPONENTS, ids=(c.id,))


def set_default_assumptions(db: Database, component_id: int, a: an.Assumptions) -> Changes:
    """Set a component's default price, recovery and processing cost; one transaction. Refuses
    values out of range and a deleted component. Announces the component."""
    with db.write() as s:
        c = _get(s, GradeComponent, component_id, QT_TRANSLATE_NOOP("Refusal", "component"))
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
    """Replace the formation's overrides; a component with nothing set uses the defaults.
    One transaction; refuses a deleted formation or component and values out of range. Announces
    the formation."""
    with db.write() as s:
        _get(s, Formation, formation_id, QT_TRANSLATE_NOOP("Refusal", "formation"))
        codes = dict(s.execute(select(GradeComponent.id, GradeComponent.code)).all())
        s.execute(delete(FormationAssumption).where(
            FormationAssumption.formation_id == formation_id))
        for component_id, a in overrides.items():
            if component_id not in codes:
                raise DomainError(QT_TRANSLATE_NOOP("Refusal", "A component no longer exists; "
                                                               "reopen the assumptions."))
            a = _check_assumptions(a, codes[component_id])
            if a == an.Assumptions():
                continue
            s.add(FormationAssumption(formation_id=formation_id, component_id=component_id,
                                      price_per_t=a.price_per_t, recovery_pct=a.recovery_pct,
                                      cost_per_t=a.cost_per_t))
    return Changes.of(ENTITY, ids=(formation_id,))


# ---------------------------------------------------------------- blocks
def list_blocks(db: Database, formation_id: int) -> list[BlockRow]:
    """A formation's blocks by name, with how many samples each holds."""
    with db.read() as s:
        counts = dict(s.execute(select(FormationSample.block_id, func.count()).where(
            FormationSample.formation_id == formation_id).group_by(FormationSample.block_id)
        ).all())
        return [BlockRow(b.id, b.formation_id, b.name, b.tonnage_t, b.note, counts.get(b.id, 0))
                for b in s.scalars(select(FormationBlock).where(
                    FormationBlock.formation_id == formation_id).order_by(FormationBlock.name))]


def _block_values(name: str, tonnage_t: float, note: str) -> tuple[str, float, str]:
    name = clean_name(name, QT_TRANSLATE_NOOP("Refusal", "block"), max_len=100)
    t = _number(tonnage_t, Message(QT_TRANSLATE_NOOP("Refusal", "tonnage of block {name}"), name=name), "tonnage_t", low=0.0, low_open=True,
                high=MAX_TONNAGE_T)
    assert t is not None
    return name, t, _text(note, QT_TRANSLATE_NOOP("Refusal", "note"), "note", 2000)


def add_block(db: Database, formation_id: int, name: str, tonnage_t: float,
              note: str = "") -> tuple[int, Changes]:
    """Add a block to a formation; one transaction. Refuses a blank or taken name, a tonnage not
    above zero, a deleted formation. Announces the samples and the formation."""
    name, tonnage_t, note = _block_values(name, tonnage_t, note)
    with db.write() as s:
        _get(s, Formation, formation_id, QT_TRANSLATE_NOOP("Refusal", "formation"))
        if s.scalars(select(FormationBlock.id).where(
                FormationBlock.formation_id == formation_id,
                FormationBlock.name == name)).first():
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "The formation already has a block "
                                                           "named {name!r}."),
                              name=name,
                              field="name")
        b = FormationBlock(formation_id=formation_id, name=name, tonnage_t=tonnage_t, note=note)
        s.add(b)
        s.flush()
        return b.id, Changes.of(SAMPLES, ENTITY, ids=(formation_id,))


def update_block(db: Database, block_id: int, name: str, tonnage_t: float,
                 note: str = "") -> Changes:
    """Rename a block or change its tonnage or note; one transaction, the checks of add_block.
    Announces the samples and the formation."""
    name, tonnage_t, note = _block_values(name, tonnage_t, note)
    with db.write() as s:
        b = _get(s, FormationBlock, block_id, QT_TRANSLATE_NOOP("Refusal", "block"))
        if s.scalars(select(FormationBlock.id).where(
                FormationBlock.formation_id == b.formation_id, FormationBlock.name == name,
                FormationBlock.id != block_id)).first():
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "The formation already has a block "
                                                           "named {name!r}."),
                              name=name,
                              field="name")
        b.name, b.tonnage_t, b.note = name, tonnage_t, note
        return Changes.of(SAMPLES, ENTITY, ids=(b.formation_id,))


def delete_block(db: Database, block_id: int) -> Changes:
    """Delete a block; its samples stay with the formation, outside any block.
    One transaction; NotFoundError for a block already gone. Announces the samples and the
    formation."""
    with db.write() as s:
        b = _get(s, FormationBlock, block_id, QT_TRANSLATE_NOOP("Refusal", "block"))
        fid = b.formation_id
        s.delete(b)
        return Changes.of(SAMPLES, ENTITY, ids=(fid,))
