"""Issue 16 §2–3 in the rational-use report: the metal sheet's figures are the services',
its formulas cache them, and the workbook verifies."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from greendesk.periods import year
from greendesk.reports.context import ReportContext
from greendesk.reports.registry import write_report
from greendesk.reports.verify import verify_workbook
from greendesk.services import balances as bal
from greendesk.store.db import Database


def test_metal_sheet_has_both_recoveries_and_verifies(demo_db: Database, tmp_path: Path
                                                      ) -> None:
    path = tmp_path / "rational.xlsx"
    write_report(["rational-use"], ReportContext(demo_db, year(2025)), path)
    ws = load_workbook(path, data_only=True)["Metal balance"]
    formulas = load_workbook(path)["Metal balance"]
    row = next(r for r in ws.iter_rows() if r[1].value == "Grinding and flotation")
    node = next(i for i, n in bal.load_reference(demo_db).nodes.items()
                if n.name == "Grinding and flotation")
    cu = bal.balance(demo_db, year(2025), node_id=node).metal[0]
    values = [c.value for c in row]
    assert values[2] == cu.component and values[3] == pytest.approx(cu.feed)
    assert values[5] == pytest.approx(cu.commercial_recovery)  # cached: the services' figure
    assert values[6] == pytest.approx(cu.technological_recovery)
    assert values[7] == pytest.approx(cu.metal_unaccounted)
    assert values[8] == pytest.approx(cu.yield_)
    assert values[9] == pytest.approx(cu.concentration_ratio)
    assert values[10] == pytest.approx(cu.enrichment_ratio)
    r = row[0].row
    assert formulas.cell(r, 6).value == f'=IF(D{r}=0,"",E{r}/D{r})'
    # recomputing the formula from the sheet's own cells gives the cached figure
    assert values[6] * values[3] - values[4] == pytest.approx(values[7])
    assert verify_workbook(path, demo_db).matches
