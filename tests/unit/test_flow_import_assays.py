"""Issue 16 §1: grades in the flow import — a column per component ("Cu, %", "Au, g/t")."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from greendesk.errors import DomainError
from greendesk.importers.flows_import import ImportRejected, import_flows
from greendesk.models import FlowAssay
from greendesk.services.changes import Entity
from greendesk.store.db import Database
from tests.unit.test_flow_import import HEAD, ORE, POWER, counts, imported, write_xlsx

GRADED = [*HEAD, "Cu, %", "Au, г/т"]


def _assays(db: Database) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(FlowAssay)) or 0


def test_grade_columns_go_in_with_their_records(demo_db: Database, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "graded.xlsx",
                      [[*ORE, 0.9, "0,3"], [*POWER, None, None]], header=GRADED)
    before = _assays(demo_db)
    result = import_flows(demo_db, path)
    assert result.changes.touches(Entity.ASSAY)
    assert not any("Cu, %" in str(n) for n in result.notes)  # not "columns not imported"
    ore, _power = imported(demo_db, result.batch_id)
    with demo_db.read() as s:
        grades = {a.component: (a.value_entered, a.unit) for a in s.scalars(
            select(FlowAssay).where(FlowAssay.flow_id == ore.id))}
    assert grades == {"Cu": (0.9, "%"), "Au": (0.3, "g/t")}
    assert _assays(demo_db) == before + 2


def test_a_wrong_grade_refuses_the_file(demo_db: Database, tmp_path: Path) -> None:
    before = counts(demo_db), _assays(demo_db)
    bad = write_xlsx(tmp_path / "bad.xlsx", [[*ORE, "abc", None]], header=GRADED)
    with pytest.raises(ImportRejected) as err:
        import_flows(demo_db, bad)
    assert "not a grade" in str(err.value.problems[0].message) or "abc" in str(
        err.value.problems[0])
    energy = write_xlsx(tmp_path / "energy.xlsx", [[*POWER, 1.0, None]], header=GRADED)
    with pytest.raises(DomainError, match="grades are kept for materials measured by mass"):
        import_flows(demo_db, energy)
    assert (counts(demo_db), _assays(demo_db)) == before


def test_grades_carry_their_method_and_uncertainty(demo_db: Database, tmp_path: Path) -> None:
    from greendesk.models import Method

    head = [*GRADED, "Assay method", "Assay uncertainty %"]
    path = write_xlsx(tmp_path / "quality.xlsx", [[*ORE, 0.9, None, "расчёт", "3,5"]],
                      header=head)
    result = import_flows(demo_db, path)
    assert result.notes == () or not any("Assay" in str(n) for n in result.notes)
    (ore,) = imported(demo_db, result.batch_id)
    with demo_db.read() as s:
        cu = s.scalars(select(FlowAssay).where(FlowAssay.flow_id == ore.id)).one()
    assert (cu.method, cu.uncertainty_pct) == (Method.CALCULATED, 3.5)
    bad = write_xlsx(tmp_path / "bad-quality.xlsx", [[*ORE, 0.9, None, "guessed", 300]],
                     header=head)
    with pytest.raises(ImportRejected) as err:
        import_flows(demo_db, bad)
    assert len(err.value.problems) == 2
