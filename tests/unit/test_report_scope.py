"""Issue 15 §4: an export only reads (its one audit entry aside), and `--site` scopes every
report's figures to the chosen sites."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from openpyxl import load_workbook

from greendesk.models.audit import AuditEntry
from greendesk.periods import year
from greendesk.reports.context import NothingToReport, ReportContext
from greendesk.reports.registry import REPORTS, write_report
from greendesk.services import checklist
from greendesk.services.balances import indicators
from greendesk.services.monitoring_checks import exceedances
from greendesk.services.plan_view import plan_view
from greendesk.services.structure import get_plant
from greendesk.services.waste_indicators import waste_indicators
from greendesk.store.db import Database

EXPORT = "export"


def _tables(db: Database) -> dict[str, list[tuple[object, ...]]]:
    """Every table's full contents, read past the application."""
    con = sqlite3.connect(db.path)
    try:
        names = [n for (n,) in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
        return {n: sorted(con.execute(f'SELECT * FROM "{n}"'), key=repr) for n in names}
    finally:
        con.close()


@pytest.mark.parametrize("kind", list(REPORTS))
def test_an_export_writes_nothing_but_its_one_audit_entry(
        kind: str, demo_db: Database, tmp_path: Path) -> None:
    before = _tables(demo_db)
    result = write_report([kind], ReportContext(demo_db, year(2025)), tmp_path / "r.xlsx")
    after = _tables(demo_db)
    audit = AuditEntry.__tablename__
    changed = [t for t in before if before[t] != after[t]]
    assert changed == [audit], f"the {kind} export changed {changed}"
    added = [r for r in after[audit] if r not in before[audit]]
    assert len(added) == 1 and len(after[audit]) == len(before[audit]) + 1
    assert added[0][0] == result.export_entry and EXPORT in added[0]


def test_the_plan_an_export_shows_is_the_plan_opening_it_makes(demo_db: Database) -> None:
    view = plan_view(demo_db)  # a fresh demo: no template merged yet
    checklist.ensure_ready(demo_db)
    assert view.measures == checklist.list_measures(demo_db)
    for site in get_plant(demo_db).sites:
        stored = checklist.list_actions(demo_db, site.id)
        assert len(stored) > 0
        assert [a.__dict__ | {"id": 0} for a in view.actions[site.id]] == [
            a.__dict__ | {"id": 0} for a in stored]
    again = plan_view(demo_db)  # merged: the stored rows, ids and all
    assert all(again.actions[s.id] == checklist.list_actions(demo_db, s.id)
               for s in get_plant(demo_db).sites)


def _cells(ws) -> list[object]:  # type: ignore[no-untyped-def]
    return [v for row in ws.iter_rows(min_row=4, values_only=True) for v in row]


@pytest.mark.parametrize("kind", list(REPORTS))
def test_site_scopes_every_report(kind: str, demo_db: Database, tmp_path: Path) -> None:
    sites = get_plant(demo_db).sites
    path = tmp_path / "r.xlsx"
    for chosen in sites:  # the first site with data for the report (passports: hazardous waste)
        try:
            write_report([kind], ReportContext(demo_db, year(2025), [chosen.id]), path)
            break
        except NothingToReport:
            continue
    others = [s.name for s in sites if s.id != chosen.id]
    wb = load_workbook(path)
    for ws in wb.worksheets[1:]:  # the cover names the choice, the sheets hold the figures
        names = {v for v in _cells(ws) if isinstance(v, str)}
        assert not names & set(others), f"{ws.title} shows another site"
        if ws.title == "Rational use":
            _same_indicators(demo_db, ws, chosen.id)
        elif ws.title == "Waste indicators":
            rows = [r for r in ws.iter_rows(min_row=4, values_only=True) if r[0]]
            assert [r[2] for r in rows] == [pytest.approx(
                waste_indicators(demo_db, 2025, chosen.id).current.generated)]
        elif ws.title == "Exceedances":
            rows = [r for r in ws.iter_rows(min_row=4, values_only=True) if r[0]]
            assert len(rows) == len(exceedances(demo_db, year(2025), [chosen.id]))


def _same_indicators(db: Database, ws, site_id: int) -> None:  # type: ignore[no-untyped-def]
    rows = [r for r in ws.iter_rows(min_row=4, values_only=True) if r[0] == 2025]
    mine = indicators(db, year(2025), [site_id])
    assert [(r[3], r[4]) for r in rows] == [
        (pytest.approx(i.numerator), pytest.approx(i.denominator)) for i in mine]
    assert [i.numerator for i in mine] != [i.numerator for i in indicators(db, year(2025))]


def test_exceedances_of_chosen_sites_are_theirs(demo_db: Database) -> None:
    every = exceedances(demo_db, year(2025))
    per_site = [exceedances(demo_db, year(2025), [s.id]) for s in get_plant(demo_db).sites]
    assert sum(len(e) for e in per_site) <= len(every)
    assert all(len(e) < len(every) for e in per_site) or not every
