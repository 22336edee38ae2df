"""Issue 15 §2: hazardous-waste passports — one sheet per hazardous waste type with what the
officer entered, "not entered" where nothing was, and a Check sheet listing exactly those."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from greendesk.cli.main import main
from greendesk.periods import year
from greendesk.reports.context import ReportContext
from greendesk.reports.registry import write_report
from greendesk.reports.verify import verify_workbook
from greendesk.services.waste import list_waste_types
from greendesk.services.waste_passport import get_passport, set_passport
from greendesk.store.db import Database

NOT_ENTERED = "not entered"


def _type_id(db: Database, name: str) -> int:
    return next(t.id for t in list_waste_types(db) if t.name == name)


def _rows(ws) -> list[tuple]:  # type: ignore[no-untyped-def]
    return [r for r in ws.iter_rows(min_row=4, values_only=True) if any(v is not None for v in r)]


def _export(db: Database, path: Path, waste_type_id: int | None = None) -> Path:
    write_report(["passport"], ReportContext(db, year(2025), waste_type_id=waste_type_id),
                 path)
    return path


def test_the_demo_sludge_passport_holds_its_composition_and_marks_what_is_missing(
        demo_db: Database, tmp_path: Path) -> None:
    sludge = _type_id(demo_db, "Gas-cleaning sludge")
    wb = load_workbook(_export(demo_db, tmp_path / "p.xlsx", sludge))
    assert wb.sheetnames == ["Cover", "Gas-cleaning sludge", "Check", "_greendesk"]
    ws = wb["Gas-cleaning sludge"]
    assert ws["A1"].value == "Hazardous waste passport"
    rows = _rows(ws)
    fields = {(r[0], r[1]): r for r in rows}
    assert fields[("Waste", "List of Waste code")][2] == "10 06 07*"
    assert fields[("Waste", "Generating process")][2] == "Sulphuric acid plant"
    assert fields[("Waste", "Physical state")][2] == "sludge"  # a workbook without language
    composition = [(r[1], r[3], r[4]) for r in rows if r[0] == "Composition"]
    assert composition == [("Lead compounds (as Pb)", 18, "%"),
                           ("Copper compounds (as Cu)", 4.5, "%"),
                           ("Zinc compounds (as Zn)", 6, "%"), ("Arsenic (as As)", 3200, "mg/kg"),
                           ("Moisture", 35, "%")]
    assert all(r[5].startswith("Demo data:") for r in rows if r[0] == "Composition")
    hp = [(r[1], r[5]) for r in rows if r[0] == "Hazardous properties"]
    assert hp == [("HP6", "Demo data: calculation from the composition (invented for the demo)"),
                  ("HP14", NOT_ENTERED)]
    marked = sorted(r[1] for r in rows if NOT_ENTERED in (r[2], r[5]))
    assert marked == ["Date", "HP14", "Handling", "Prepared by", "Storage", "Transport"]
    check = _rows(wb["Check"])
    assert [r[:3] for r in check] == [("Gas-cleaning sludge", "10 06 07*", f)
                                      for f in ("Basis of the property: HP14", "Handling",
                                                "Transport", "Storage", "Prepared by", "Date")]
    assert all(r[3].startswith("Enter ") for r in check)


def test_every_hazardous_type_gets_a_sheet_and_an_entered_field_leaves_the_check(
        demo_db: Database, tmp_path: Path, clock) -> None:
    clock(date(2026, 11, 25))
    wb = load_workbook(_export(demo_db, tmp_path / "all.xlsx"))
    assert wb.sheetnames == ["Cover", "Gas-cleaning sludge", "Waste engine oil", "Check",
                             "_greendesk"]
    before = {r[:3] for r in _rows(wb["Check"])}
    assert ("Waste engine oil", "13 02 05*", "Composition") in before
    sludge = _type_id(demo_db, "Gas-cleaning sludge")
    set_passport(demo_db, sludge, get_passport(demo_db, sludge).__class__(
        **{**get_passport(demo_db, sludge).__dict__, "handling": "Gloves, respirator",
           "prepared_by": "A. Nurlanova", "prepared_on": date(2026, 11, 20)}))
    wb = load_workbook(_export(demo_db, tmp_path / "again.xlsx"))
    after = {r[:3] for r in _rows(wb["Check"])}
    assert before - after == {("Gas-cleaning sludge", "10 06 07*", f)
                              for f in ("Handling", "Prepared by", "Date")}
    fields = {(r[0], r[1]): r[2] for r in _rows(wb["Gas-cleaning sludge"])}
    assert fields[("Precautions", "Handling")] == "Gloves, respirator"
    assert fields[("Passport", "Date")] == "2026-11-20"


def test_a_passport_workbook_verifies_and_a_later_edit_shows(
        demo_db: Database, tmp_path: Path, clock) -> None:
    clock(date(2026, 11, 25))
    sludge = _type_id(demo_db, "Gas-cleaning sludge")
    path = _export(demo_db, tmp_path / "p.xlsx", sludge)
    assert verify_workbook(path, demo_db).matches
    draft = get_passport(demo_db, sludge)
    set_passport(demo_db, sludge, draft.__class__(**{**draft.__dict__, "storage": "Drums"}))
    result = verify_workbook(path, demo_db)
    assert not result.matches and not result.fingerprint_matches
    assert any(d[2] == NOT_ENTERED and d[3] == "Drums" for d in result.differences)


def test_the_command_writes_one_passport_and_refuses_a_non_hazardous_type(
        demo_path: Path, demo_db: Database, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    sludge, slag = (_type_id(demo_db, n) for n in ("Gas-cleaning sludge", "Copper smelting slag"))
    demo_db.close()
    out = tmp_path / "sludge.xlsx"
    assert main(["report", "passport", "--db", str(demo_path), "--waste-type", str(sludge),
                 "-o", str(out)]) == 0
    assert "passport" in capsys.readouterr().out
    assert load_workbook(out).sheetnames == ["Cover", "Gas-cleaning sludge", "Check",
                                             "_greendesk"]
    refused = tmp_path / "slag.xlsx"
    assert main(["report", "passport", "--db", str(demo_path), "--waste-type", str(slag),
                 "-o", str(refused)]) == 2
    err = capsys.readouterr().err
    assert "Copper smelting slag (10 06 01) is not a hazardous waste" in err
    assert "Traceback" not in err and not refused.exists()
    assert main(["report", "waste", "--db", str(demo_path), "-o", str(refused)]) == 2
    assert "--year or --period" in capsys.readouterr().err
