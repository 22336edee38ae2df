"""A permit's conditions and waste limits: written in one undoable, audited command; the
limits compared with the waste register's year; permits and licences warning before they
expire."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from greendesk.errors import DomainError
from greendesk.models import AuditEntry
from greendesk.periods import year
from greendesk.services import permits
from greendesk.services.permit_checks import (
    ACCUMULATION,
    BURIAL,
    expiry_warnings,
    waste_limit_exceedances,
)
from greendesk.services.permit_terms import (
    PermitTerms,
    SetPermitTerms,
    WasteLimit,
    permit_terms,
    set_permit_terms,
)
from greendesk.services.waste import ContractorDraft, add_contractor, list_waste_types
from greendesk.services.waste_inventory import waste_inventory
from greendesk.store.audit_verify import verify
from greendesk.store.db import Database
from greendesk.validation import make_valid_bin


def _permit(db: Database, number: str) -> permits.PermitRow:
    return next(p for p in permits.list_permits(db) if p.number == number)


def _types(db: Database, site_id: int) -> dict[str, int]:
    return {w.name: w.id for w in list_waste_types(db, site_id)}


def test_the_demo_permits_carry_conditions_and_limits(demo_db: Database) -> None:
    terms = permit_terms(demo_db, _permit(demo_db, "KZ41VCZ00005678").id)
    assert len(terms.conditions) == 3 and terms.conditions[0].startswith("Keep waste")
    assert [(w.waste_type, w.accumulation_t, w.burial_t) for w in terms.waste_limits] == [
        ("Overburden", None, 18_000_000.0), ("Waste engine oil", 60.0, None)]


def test_terms_replace_in_order_undo_and_are_audited(demo_db: Database) -> None:
    permit = _permit(demo_db, "KZ17VCZ00002468")
    before = permit_terms(demo_db, permit.id)
    types = _types(demo_db, permit.site_id)
    cmd = SetPermitTerms(permit.id, PermitTerms(
        ("  Second   condition ", "", "First condition"),
        (WasteLimit(types["Flotation tailings"], 10.0, 20.0),)))
    cmd.apply(demo_db)
    after = permit_terms(demo_db, permit.id)
    assert after.conditions == ("Second condition", "First condition")  # order kept, blank gone
    assert [(w.accumulation_t, w.burial_t) for w in after.waste_limits] == [(10.0, 20.0)]
    cmd.revert(demo_db)
    assert permit_terms(demo_db, permit.id) == before
    cmd.apply(demo_db)  # redo
    assert permit_terms(demo_db, permit.id) == after
    with demo_db.read() as s:
        tables = set(s.scalars(select(AuditEntry.entity)))
    assert {"permit_condition", "permit_waste_limit"} <= tables
    assert verify(demo_db).ok


@pytest.mark.parametrize(("limit", "sentence"), [
    (WasteLimit(0, -1.0, None), "A waste limit is a number of tonnes from 0 up; -1 is not."),
    (WasteLimit(0, float("nan"), None), "A waste limit is a number of tonnes from 0 up"),
    (WasteLimit(0, None, None), "Give the accumulation limit, the burial limit or both for "
                                "'Flotation tailings'."),
    (WasteLimit(-5, 1.0, None), "A permit's waste limits are for waste types of its own site."),
])
def test_bad_limits_are_refused_in_one_sentence_and_nothing_changes(
        demo_db: Database, limit: WasteLimit, sentence: str) -> None:
    permit = _permit(demo_db, "KZ17VCZ00002468")
    before = permit_terms(demo_db, permit.id)
    if limit.waste_type_id == 0:
        limit = WasteLimit(_types(demo_db, permit.site_id)["Flotation tailings"],
                           limit.accumulation_t, limit.burial_t)
    with pytest.raises(DomainError) as err:
        set_permit_terms(demo_db, permit.id, ["new"], [limit])
    assert sentence in str(err.value) and "\n" not in str(err.value)
    assert permit_terms(demo_db, permit.id) == before


def test_a_waste_type_listed_twice_is_refused(demo_db: Database) -> None:
    permit = _permit(demo_db, "KZ17VCZ00002468")
    tid = _types(demo_db, permit.site_id)["Flotation tailings"]
    with pytest.raises(DomainError, match="'Flotation tailings' is listed twice"):
        set_permit_terms(demo_db, permit.id, [], [WasteLimit(tid, 1.0), WasteLimit(tid, 2.0)])


def test_deleting_a_permit_takes_its_terms_and_undo_restores_them(demo_db: Database) -> None:
    from greendesk.services.emission_sources import DeleteNorm, list_norms

    permit = _permit(demo_db, "KZ89VCZ00001357")
    before = permit_terms(demo_db, permit.id)
    assert before.conditions and before.waste_limits
    for norm in list_norms(demo_db):  # a permit holding emission norms is not deleted
        if norm.permit_id == permit.id:
            DeleteNorm(norm.id).apply(demo_db)
    cmd = permits.DeletePermit(permit.id)
    cmd.apply(demo_db)
    assert permit_terms(demo_db, permit.id) == PermitTerms()
    cmd.revert(demo_db)
    assert permit_terms(demo_db, permit.id) == before


def test_limits_are_compared_with_the_registers_year(demo_db: Database) -> None:
    (hit,) = waste_limit_exceedances(demo_db, 2025)
    inv = {r.name: r for r in waste_inventory(demo_db, year(2025)).rows}
    assert (hit.waste_type, hit.kind, hit.permit_number) == (
        "Waste engine oil", ACCUMULATION, "KZ41VCZ00005678")
    assert hit.actual_t == inv["Waste engine oil"].closing and hit.excess_t == pytest.approx(
        inv["Waste engine oil"].closing - 60.0)
    # a burial limit below what was placed net into the site's formations is exceeded too
    permit = _permit(demo_db, "KZ17VCZ00002468")
    tid = _types(demo_db, permit.site_id)["Flotation tailings"]
    set_permit_terms(demo_db, permit.id, [], [WasteLimit(tid, None, 1000.0)])
    burial = [h for h in waste_limit_exceedances(demo_db, 2025) if h.kind == BURIAL]
    assert [(h.waste_type, h.actual_t) for h in burial] == [
        ("Flotation tailings", inv["Flotation tailings"].placed)]


def test_permits_and_licences_warn_90_and_30_days_ahead(demo_db: Database) -> None:
    add_contractor(demo_db, ContractorDraft("Demo Recycling LLP", make_valid_bin("180240"), "LIC-9",
                                            date(2034, 3, 1), "R9"))
    # the concentrator's permit runs to the end of 2030 (the demo's first year + 7)
    concentrator = _permit(demo_db, "KZ17VCZ00002468").valid_until
    assert concentrator is not None
    assert concentrator == date(2030, 12, 31)
    assert expiry_warnings(demo_db, date(2030, 10, 1)) == []  # 91 days ahead
    (w,) = expiry_warnings(demo_db, date(2030, 10, 2))
    assert (w.kind, w.number, w.days_left, w.urgent) == ("permit", "KZ17VCZ00002468", 90,
                                                        False)
    (w,) = expiry_warnings(demo_db, date(2030, 12, 1))
    assert w.urgent and w.days_left == 30
    assert not expiry_warnings(demo_db, date(2030, 11, 30))[0].urgent
    assert expiry_warnings(demo_db, date(2031, 1, 1)) == []  # expired: no longer ahead
    (w,) = expiry_warnings(demo_db, date(2034, 1, 30))
    assert (w.kind, w.holder, w.days_left) == ("licence", "Demo Recycling LLP", 30)


def test_a_permit_renewed_in_time_does_not_warn(demo_db: Database) -> None:
    # the open pit's first permit ends 2025-06-30, the next is valid from 2025-07-01
    assert [w.number for w in expiry_warnings(demo_db, date(2025, 6, 1))] == []


def test_permits_list_names_the_exceeded_limits_and_expiry(demo_path, clock, capsys) -> None:  # type: ignore[no-untyped-def]
    import json

    from greendesk.cli.main import main

    clock(date(2030, 11, 1))
    assert main(["permits", "list", "--db", str(demo_path), "--year", "2025",
                 "--format", "json"]) == 0
    listed = {p["number"]: p for p in json.loads(capsys.readouterr().out)}
    pit = listed["KZ41VCZ00005678"]
    assert pit["conditions"][0].startswith("Keep waste") and len(pit["conditions"]) == 3
    (hit,) = pit["exceeded"]
    assert (hit["waste_type"], hit["kind"], hit["limit_t"], hit["actual_t"]) == (
        "Waste engine oil", "accumulation", 60.0, 72.0)
    assert listed["KZ17VCZ00002468"]["expires_in_days"] == 60
    assert listed["KZ17VCZ00002468"]["exceeded"] == []
    assert main(["permits", "list", "--db", str(demo_path), "--year", "2025"]) == 0
    out = capsys.readouterr().out
    assert ("Nurken open pit, permit KZ41VCZ00005678: Waste engine oil accumulated 72.000 t "
            "against a limit of 60.000 t, 12.000 t over.") in out
    assert "Permit KZ17VCZ00002468 of Nurken concentrator expires on 2030-12-31 (in 60 days)." \
        in out


def test_a_waste_type_with_permit_limits_is_not_deleted(demo_db: Database) -> None:
    from greendesk.services.waste import delete_waste_type

    permit = _permit(demo_db, "KZ17VCZ00002468")
    tid = _types(demo_db, permit.site_id)["Flotation tailings"]
    with pytest.raises(DomainError, match="'Flotation tailings' cannot be deleted: permit "
                                          "KZ17VCZ00002468 sets limits for it"):
        delete_waste_type(demo_db, tid)
    assert "Flotation tailings" in _types(demo_db, permit.site_id)


def test_the_waste_report_sets_each_limit_beside_the_registers_figure(
        demo_db: Database, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    from greendesk.reports.context import ReportContext
    from greendesk.reports.registry import write_report
    from greendesk.reports.verify import verify_workbook

    path = tmp_path / "waste.xlsx"
    write_report(["waste"], ReportContext(demo_db, year(2025)), path)
    ws = load_workbook(path)["Permit limits"]
    cached = load_workbook(path, data_only=True)["Permit limits"]
    rows = {(r[2], r[3]): r for r in cached.iter_rows(min_row=4, values_only=True)}
    oil = rows[("Waste engine oil", "Accumulation")]
    assert (oil[1], oil[4], oil[5], oil[6]) == ("KZ41VCZ00005678", 60, 72, 12)
    assert rows[("Overburden", "Burial")][6] == 0  # within its limit
    row = next(r for r in range(4, ws.max_row + 1) if ws.cell(r, 3).value == "Waste engine oil")
    assert ws.cell(row, 7).value == f"=MAX(0,F{row}-E{row})"
    assert verify_workbook(path, demo_db).matches
