"""Issue 16 §1: grades go in with a new flow record (the entry panel's path), all or none."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from greendesk import periods
from greendesk.errors import DomainError
from greendesk.models import Flow, FlowAssay
from greendesk.services import balances as bal
from greendesk.services.balance_records import parse_grades
from greendesk.services.changes import Entity
from greendesk.services.flows import AddFlows, FlowDraft
from greendesk.store.db import Database
from tests.unit.test_metal_balance import concentrator


def test_parse_grades_takes_the_officers_line() -> None:
    assert parse_grades("cu 1,2 %; Au 3.4 g/t ;") == (("Cu", 1.2, "%"), ("Au", 3.4, "g/t"))
    assert parse_grades("Zn 0,5") == (("Zn", 0.5, "%"),)
    assert parse_grades("  ") == ()
    with pytest.raises(DomainError, match="not a grade"):
        parse_grades("Cu one percent")


def _count(db: Database) -> tuple[int, int]:
    with db.read() as s:
        return (s.scalar(select(func.count()).select_from(Flow)) or 0,
                s.scalar(select(func.count()).select_from(FlowAssay)) or 0)


def test_a_new_record_with_grades_feeds_the_metal_balance(plant: Database) -> None:
    ids = concentrator(plant)
    before = _count(plant)
    step = AddFlows([FlowDraft(date(2025, 3, 20), ids["Mine gate"], ids["Mill"], ids["Ore"],
                               1000.0, "t", grades=(("Cu", 3.0, "%"),))])
    changes = step.apply(plant)
    assert changes.touches(Entity.ASSAY)
    assert _count(plant) == (before[0] + 1, before[1] + 1)
    cu = bal.balance(plant, periods.month(2025, 3), node_id=ids["Mill"]).metal[0]
    assert cu.feed == pytest.approx(10.0 + 30.0)  # 1000 t at 1 % (period) + 1000 t at 3 %
    step.revert(plant)
    assert _count(plant) == before
    step.apply(plant)  # redo: the record and its grade again
    assert _count(plant) == (before[0] + 1, before[1] + 1)


@pytest.mark.parametrize(("grades", "says"), [
    ((("Cu", 120.0, "%"),), "more than the whole"),
    ((("Cu", 1.0, "%"), ("cu", 2.0, "%")), "given twice"),
    ((("Cu", 1.0, "ppb"),), "not 'ppb'"),
])
def test_a_bad_grade_refuses_the_record_too(plant: Database, grades: tuple[tuple[str, float, str], ...],
                                           says: str) -> None:
    ids = concentrator(plant)
    before = _count(plant)
    with pytest.raises(DomainError, match=says):
        AddFlows([FlowDraft(date(2025, 3, 20), ids["Mine gate"], ids["Mill"], ids["Ore"],
                            5.0, "t", grades=grades)]).apply(plant)
    assert _count(plant) == before


def test_grades_keep_how_they_were_obtained_and_ppm_is_g_per_t(plant: Database) -> None:
    from greendesk.models import Method, PeriodAssay

    ids = concentrator(plant)
    assert parse_grades("Au 2 ppm; Ag 5 г/т") == (("Au", 2.0, "g/t"), ("Ag", 5.0, "g/t"))
    AddFlows([FlowDraft(date(2025, 3, 21), ids["Mine gate"], ids["Mill"], ids["Ore"], 10.0,
                        "t", grades=(("Cu", 1.0, "%"), ("Au", 2.0, "ppm")),
                        assay_method=Method.CALCULATED, assay_uncertainty_pct=4.0)]).apply(plant)
    bal.add_period_assays(plant, [bal.PeriodAssayDraft(
        ids["Mill"], ids["Tailings"], "Au", date(2025, 3, 1), date(2025, 3, 31), 0.3, "ppm",
        method=Method.ESTIMATED, uncertainty_pct=15.0)])
    with plant.read() as s:
        au = s.scalars(select(FlowAssay).where(FlowAssay.component == "Au")).one()
        pa = s.scalars(select(PeriodAssay).where(PeriodAssay.component == "Au")).one()
    assert (au.unit, au.fraction, au.method, au.uncertainty_pct) == (
        "g/t", pytest.approx(2e-6), Method.CALCULATED, 4.0)
    assert (pa.unit, pa.method, pa.uncertainty_pct) == ("g/t", Method.ESTIMATED, 15.0)
    with pytest.raises(DomainError, match="from 0 to 100"):
        AddFlows([FlowDraft(date(2025, 3, 21), ids["Mine gate"], ids["Mill"], ids["Ore"], 1.0,
                            "t", grades=(("Cu", 1.0, "%"),),
                            assay_uncertainty_pct=120.0)]).apply(plant)
