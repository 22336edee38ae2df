"""Issue 16 §1: a record's grades edited in the ledger, undoable."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from greendesk.errors import DomainError
from greendesk.models import Flow
from greendesk.services.flow_grades import SetFlowGrades, grades_of
from greendesk.store.db import Database
from tests.unit.test_metal_balance import concentrator


def test_set_grades_and_undo(plant: Database) -> None:
    concentrator(plant)
    with plant.read() as s:
        fid = s.scalars(select(Flow.id).order_by(Flow.id)).first()
    assert fid is not None
    assert grades_of(plant, [fid]) == {}
    step = SetFlowGrades(fid, [("cu", 1.1, "%"), ("Au", 0.5, "g/t")])
    step.apply(plant)
    assert grades_of(plant, [fid]) == {fid: (("Au", 0.5, "g/t"), ("Cu", 1.1, "%"))}
    step.revert(plant)
    assert grades_of(plant, [fid]) == {}
    step.apply(plant)
    SetFlowGrades(fid, []).apply(plant)
    assert grades_of(plant, [fid]) == {}
    with pytest.raises(DomainError, match="given twice"):
        SetFlowGrades(fid, [("Cu", 1.0, "%"), ("cu", 2.0, "%")])
