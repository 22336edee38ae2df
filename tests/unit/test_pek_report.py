"""The quarterly PEK report: its fulfilment counts equal the readings in the database, the
exceedances carry their size as live formulas with the services' figures, the waste sheet
holds the register's figures, and verify rebuilds it (its emissions sheet:
test_emissions_report)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from greendesk.cli.main import main
from greendesk.models import MonitoringReading
from greendesk.periods import quarter
from greendesk.reports.context import NothingToReport, ReportContext
from greendesk.reports.registry import REPORTS, write_report
from greendesk.reports.verify import verify_workbook
from greendesk.services import checklist, structure
from greendesk.services import monitoring as ms
from greendesk.services.waste_inventory import waste_inventory
from greendesk.store.db import Database

Q3 = quarter(2025, 3)


def _rows(ws) -> list[tuple]:  # type: ignore[no-untyped-def]
    out = []
    for r in ws.iter_rows(min_row=4, values_only=True):
        if all(v is None for v in r):
            break
        out.append(r)
    return out


@pytest.fixture
def workbook(demo_db: Database, tmp_path: Path) -> Path:
    path = tmp_path / "pek.xlsx"
    write_report(["pek"], ReportContext(demo_db, Q3), path)
    return path


def test_pek_is_a_registered_report() -> None:
    assert "pek" in REPORTS


def test_fulfilment_and_results_count_the_readings_in_the_database(
        workbook: Path, demo_db: Database) -> None:
    wb = load_workbook(workbook)
    assert wb.sheetnames[:3] == ["Cover", "Programme fulfilment", "Results against norms"]
    points = {p.name: p.id for p in ms.list_points(demo_db)}
    params = {p.code: p.id for p in ms.list_parameters(demo_db)}

    def in_db(point: str, parameter: str, months: bool = True) -> int:
        r = MonitoringReading
        with demo_db.read() as s:
            days = s.scalars(select(r.taken_on).where(
                r.point_id == points[point], r.parameter_id == params[parameter],
                r.taken_on.between(Q3.start, Q3.end))).all()
        return len({d.month for d in days}) if months else len(days)  # months with one

    fulfil = _rows(wb["Programme fulfilment"])
    assert len(fulfil) == 6
    for point, parameter, _freq, _method, _lab, planned, made, _share, missing in fulfil:
        assert planned == 3 and made == in_db(point, parameter)
        assert missing == ("2025-07" if point.startswith("GW-1") else None)
    results = _rows(wb["Results against norms"])
    with demo_db.read() as s:
        total = s.scalar(select(func.count()).select_from(MonitoringReading).where(
            MonitoringReading.taken_on.between(Q3.start, Q3.end),
            MonitoringReading.point_id.in_([points[r[0]] for r in results])))
    assert sum(r[6] for r in results) == total == 15
    for r in results:
        assert r[6] == in_db(r[0], r[1], months=False)


def test_formulas_are_live_with_the_services_figures(workbook: Path, demo_db: Database) -> None:
    formulas = load_workbook(workbook)["Programme fulfilment"]
    cached = load_workbook(workbook, data_only=True)["Programme fulfilment"]
    assert formulas["H5"].value == '=IF(F5=0,"",G5/F5)' and cached["H5"].value == 2 / 3
    text = [c.value for row in formulas.iter_rows() for c in row if isinstance(c.value, str)]
    assert not any("not part of this report" in t for t in text)  # emissions have a sheet
    ex = load_workbook(workbook)["Norm exceedances"]
    ex_cached = load_workbook(workbook, data_only=True)["Norm exceedances"]
    rows = _rows(ex_cached)
    assert [(r[1][:4], r[2]) for r in rows] == [("Dust", "PM10"), ("GW-3", "SO4"),
                                                ("GW-1", "Cu")]
    assert ex["G4"].value == "=E4-F4"
    for r in rows:
        assert r[6] == pytest.approx(r[4] - r[5]) and r[7] == pytest.approx(r[6] / r[5])
    waste = _rows(load_workbook(workbook, data_only=True)["Waste figures"])
    inv = waste_inventory(demo_db, Q3)
    assert [(r[1], r[10]) for r in waste] == [(w.name, pytest.approx(w.closing))
                                              for w in inv.rows]


def test_a_below_the_norm_excess_counts_downwards_with_the_actions_taken(
        fixture_plant: Database, tmp_path: Path) -> None:
    site = structure.get_plant(fixture_plant).sites[0].id
    checklist.record_incident(fixture_plant, checklist.IncidentDraft(
        site, date(2025, 3, 20), "Well W-1", "Acid seepage below the dump",
        response="Seepage collected and neutralised with lime"))
    path = tmp_path / "pek.xlsx"
    write_report(["pek"], ReportContext(fixture_plant, quarter(2025, 1)), path)
    ws = load_workbook(path)["Norm exceedances"]
    (row,) = _rows(load_workbook(path, data_only=True)["Norm exceedances"])
    assert (row[2], row[4], row[5]) == ("pH", 6.1, 6.5)
    assert ws["G4"].value == "=F4-E4" and row[6] == pytest.approx(0.4)
    # the incident's response and the site's greening plan action done are the actions taken
    assert row[8] == ("2025-03-20: Seepage collected and neutralised with lime; greening plan "
                      "actions at the site: 1 (see Actions taken)")
    actions = _rows(load_workbook(path)["Actions taken"])
    assert [(r[0], r[3]) for r in actions] == [
        ("Incident", "Seepage collected and neutralised with lime"), ("Greening plan", "done")]


def test_verify_rebuilds_it_and_a_plant_without_a_programme_has_nothing(
        workbook: Path, demo_db: Database, plant: Database, tmp_path: Path) -> None:
    assert verify_workbook(workbook, demo_db).matches
    with pytest.raises(NothingToReport, match="No production environmental control "
                                              "programme is recorded"):
        write_report(["pek"], ReportContext(plant, Q3), tmp_path / "none.xlsx")


def test_the_command_writes_the_quarter(demo_path: Path, tmp_path: Path, clock) -> None:  # type: ignore[no-untyped-def]
    clock(date(2026, 1, 20))
    out = tmp_path / "q4.xlsx"
    assert main(["report", "pek", "--db", str(demo_path), "--period", "2025-Q4",
                 "-o", str(out)]) == 0
    assert "Programme fulfilment" in load_workbook(out).sheetnames
    assert main(["verify", str(out), "--db", str(demo_path)]) == 0
