"""The assessed register and ranking: a handful of SQL aggregates (grades per formation and
component, per block and component) feed the pure screening in `analysis.formations`, so the
register of thousands of formations opens without loading assays.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from greendesk.analysis import formations as an
from greendesk.errors import NotFoundError
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.models import (
    FormationAssay,
    FormationAssumption,
    FormationBlock,
    FormationSample,
    GradeComponent,
)
from greendesk.services.formation_records import _component_row, _rows
from greendesk.services.formation_rows import (
    CURRENCY,
    ComponentRow,
    FormationRow,
    RegisterRow,
)
from greendesk.store.db import Database


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
    """One formation's screening; NotFoundError when it was deleted."""
    rows = register(db, [formation_id])
    if not rows:
        raise NotFoundError(QT_TRANSLATE_NOOP("Refusal", "The formation no longer exists; it may "
                                                         "have been deleted."))
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
