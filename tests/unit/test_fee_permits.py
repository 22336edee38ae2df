"""The fee and the permit: a comprehensive BAT permit (`permits add --bat`, the dialog's
check box) prices its site's mass within the norm at the BAT coefficient for the quarters
it is in force; waste placed beyond the permit's yearly burial limit is priced above the
norm, counted from 1 January; the declaration workbook shows that mass and verifies."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from greendesk.analysis.fees import Rate, RateTable
from greendesk.cli.main import main
from greendesk.periods import quarter, year
from greendesk.reports.context import ReportContext
from greendesk.reports.registry import write_report
from greendesk.reports.verify import verify_workbook
from greendesk.services import fees as fee_service
from greendesk.services import permits
from greendesk.services.fees import bat_sites, burial_excess, fees, placed_wastes
from greendesk.services.permit_terms import WasteLimit, permit_terms, set_permit_terms
from greendesk.store.audit_verify import verify
from greendesk.store.db import Database, open_database
from tests.conftest import needs
from tests.unit.test_reports import SOFFICE, _recalculated

BAT = Rate("coefficient", "bat", 0.5, date(2022, 1, 1), None, "")
SMELTER, CONCENTRATOR = 3, 2  # the demo's site ids


def _with_bat(monkeypatch: pytest.MonkeyPatch) -> None:
    """The loaded rates with a BAT coefficient of 0.5 in place of the shipped one (a value the
    law's text has not confirmed), so that the test sees the coefficient applied."""
    real = fee_service.rate_table
    monkeypatch.setattr(fee_service, "rate_table", lambda db: RateTable((
        *(r for r in real(db).rates if (r.kind, r.code) != ("coefficient", "bat")), BAT)))


def test_permits_add_bat_marks_the_permit_and_the_fee_uses_it_while_in_force(
        demo_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["permits", "add", "--db", str(demo_path), "--site", "Nurken copper smelter",
                 "--number", "KZ00BAT0001", "--issued", "2025-09-20",
                 "--valid-from", "2025-10-01", "--bat"]) == 0
    db = open_database(demo_path)
    try:
        (new,) = [p for p in permits.list_permits(db) if p.number == "KZ00BAT0001"]
        assert new.bat and new.draft().bat
        assert verify(db).ok
        # the new permit is in force for Q4 only (valid on its last day)
        assert bat_sites(db, quarter(2025, 3)) == []
        assert bat_sites(db, quarter(2025, 4)) == [SMELTER]
        _with_bat(monkeypatch)
        q3, q4 = fees(db, quarter(2025, 3)), fees(db, quarter(2025, 4))
        smelter_q3 = [x for x in q3.lines if x.site_id == SMELTER and x.kind == "emission"]
        smelter_q4 = [x for x in q4.lines if x.site_id == SMELTER and x.kind == "emission"]
        assert smelter_q4 and all(x.k_within == 0.5 for x in smelter_q4)
        assert all(x.k_within == 1.0 for x in smelter_q3)
        # hand-checked: a BAT line's fee is its mass within × rate × MCI × 0.5 plus above × 10
        x = smelter_q4[0]
        assert x.fee == pytest.approx(x.within_t * x.rate * x.mrp * 0.5
                                      + x.above_t * x.rate * x.mrp * x.k_above)
        assert not any(x.k_within != 1.0 for x in q4.lines if x.site_id != SMELTER)
    finally:
        db.close()
    capsys.readouterr()
    assert main(["permits", "list", "--db", str(demo_path), "--format", "json"]) == 0
    assert '"bat": true' in capsys.readouterr().out


def test_the_bat_flag_edits_and_undoes_through_the_service(demo_db: Database) -> None:
    row = next(p for p in permits.list_permits(demo_db) if p.number == "KZ89VCZ00001357")
    cmd = permits.EditPermit(row.id, replace(row.draft(), bat=True), row.version)
    cmd.apply(demo_db)
    assert bat_sites(demo_db, quarter(2025, 1)) == [SMELTER]
    cmd.revert(demo_db)
    assert bat_sites(demo_db, quarter(2025, 1)) == []


def _tailings_limit(db: Database, limit_t: float) -> None:
    """The concentrator's permit: a burial limit of `limit_t` t a year for its tailings."""
    permit = next(p for p in permits.list_permits(db) if p.number == "KZ17VCZ00002468")
    terms = permit_terms(db, permit.id)
    tid = _tid(db)
    others = [w for w in terms.waste_limits if w.waste_type_id != tid]
    set_permit_terms(db, permit.id, list(terms.conditions),
                     [*others, WasteLimit(tid, None, limit_t)])


def test_waste_beyond_the_burial_limit_is_above_the_norm_from_the_first_of_january(
        demo_db: Database) -> None:
    q = {n: next(w.placed_t for w in placed_wastes(demo_db, quarter(2025, n), [CONCENTRATOR])
                 if w.waste == "Flotation tailings") for n in range(1, 5)}
    limit = q[1] + q[2] / 2  # passed half-way through the second quarter
    _tailings_limit(demo_db, limit)
    above = {n: burial_excess(demo_db, quarter(2025, n)).get((CONCENTRATOR, _tid(demo_db)),
                                                             0.0) for n in range(1, 5)}
    assert above[1] == 0.0
    assert above[2] == pytest.approx(q[2] / 2, rel=1e-9)
    assert above[3] == pytest.approx(q[3], rel=1e-9)
    assert above[4] == pytest.approx(q[4], rel=1e-9)
    result = fees(demo_db, year(2025))
    lines = {x.quarter: x for x in result.lines
             if x.kind == "waste" and x.item == "Flotation tailings"}
    assert lines["2025-Q1"].above_t == 0.0
    assert lines["2025-Q2"].within_t == pytest.approx(q[2] / 2, rel=1e-9)
    assert lines["2025-Q3"].within_t == pytest.approx(0.0, abs=1e-6)
    q3 = lines["2025-Q3"]
    assert q3.fee == pytest.approx(q[3] * q3.rate * q3.mrp * q3.k_above, rel=1e-9)
    assert any("check against current law" in str(n) for n in result.notes)


def _tid(db: Database) -> int:
    from greendesk.services.waste_inventory import waste_inventory

    rows = waste_inventory(db, quarter(2025, 1), [CONCENTRATOR]).rows
    found = next(r.waste_type_id for r in rows if r.name == "Flotation tailings")
    assert found is not None
    return found


def test_the_declaration_shows_the_mass_above_the_burial_limit_and_verifies(
        demo_db: Database, tmp_path: Path) -> None:
    q1 = next(w.placed_t for w in placed_wastes(demo_db, quarter(2025, 1), [CONCENTRATOR])
              if w.waste == "Flotation tailings")
    _tailings_limit(demo_db, q1 / 4)
    path = tmp_path / "fees.xlsx"
    write_report(["fees"], ReportContext(demo_db, quarter(2025, 1)), path)
    values = load_workbook(path, data_only=True)["Fee for waste"]
    (row,) = [r for r in values.iter_rows(min_row=4, values_only=True)
              if r[2] == "Flotation tailings"]
    assert row[4] == pytest.approx(q1 / 4) and row[5] == pytest.approx(3 * q1 / 4)
    assert row[9] == pytest.approx((q1 / 4 + 3 * q1 / 4 * row[8]) * row[6] * row[7])
    assert "check against current law" in values["A2"].value
    summary = load_workbook(path, data_only=True)["Fee summary"]["A2"].value
    assert "counted from 1 January" in summary
    assert verify_workbook(path, demo_db).matches


@needs(SOFFICE, reason="LibreOffice is not installed (CI installs libreoffice-calc)")
def test_libreoffice_recomputes_the_fee_above_the_burial_limit(demo_db: Database,
                                                                tmp_path: Path) -> None:
    q1 = next(w.placed_t for w in placed_wastes(demo_db, quarter(2025, 1), [CONCENTRATOR])
              if w.waste == "Flotation tailings")
    _tailings_limit(demo_db, q1 / 4)
    path = tmp_path / "fees.xlsx"
    write_report(["fees"], ReportContext(demo_db, quarter(2025, 1)), path)
    wb = _recalculated(path, tmp_path)
    (row,) = [r for r in wb["Fee for waste"].iter_rows(min_row=4, values_only=True)
              if r[2] == "Flotation tailings"]
    line = next(x for x in fees(demo_db, quarter(2025, 1)).lines
                if x.item == "Flotation tailings")
    assert line.above_t > 0 and row[9] == pytest.approx(line.fee, rel=1e-9)
