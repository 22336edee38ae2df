"""The fixture plant of issue 15 §10: in it, every term of every report formula carries a
value in at least one row, so a formula with a wrong sign or a missing term gives another
figure (the LibreOffice recomputation test then catches it)."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from greendesk.periods import year
from greendesk.reports.context import ReportContext
from greendesk.reports.registry import REPORTS, write_report
from greendesk.reports.verify_cached import formula_cells as cached_formulas
from greendesk.store.db import Database
from tests.conftest import needs
from tests.fixture_plant import YEAR
from tests.formula_inputs import (
    Workbook,
    carries,
    formula_cells,
    get_column_letter,
    references,
    same,
    shape,
)
from tests.unit.test_reports import SOFFICE, _recalculated


def test_every_term_of_every_formula_carries_a_value(fixture_plant: Database,
                                                     tmp_path: Path) -> None:
    path = tmp_path / "pack.xlsx"
    result = write_report(list(REPORTS), ReportContext(fixture_plant, year(YEAR)), path)
    assert result.skipped == () and set(result.kinds) == set(REPORTS)
    wb = load_workbook(path)
    book = Workbook(wb)
    groups: dict[tuple[str, int, str], list[tuple[int, list]]] = {}
    for sheet, row, col, text in formula_cells(wb):
        book.evaluate(text, sheet)  # every formula can be read (and computes)
        terms = [part for ref in references(text, sheet) for part in ref.columns()]
        groups.setdefault((sheet, col, shape(text, row)), []).append((row, terms))
    idle = []
    for (sheet, col, text), members in groups.items():
        for k, term in enumerate(members[0][1]):
            if not any(carries(v) for _row, terms in members for v in book.values(terms[k])):
                idle.append(f"{sheet}!{get_column_letter(col)}{members[0][0]} {text}: term "
                            f"{k + 1} ({get_column_letter(term.c1)}) is empty or zero in "
                            f"all {len(members)} row(s)")
    assert idle == []
    # ... so leaving any one term out changes the formula's result in at least one row
    ignored = []
    for (sheet, col, text), members in groups.items():
        for k in range(len(members[0][1])):
            if all(same(book.without(terms[k]).evaluate(f, sheet), book.evaluate(f, sheet))
                   for row, terms in members
                   for f in [wb[sheet].cell(row, col).value]):
                ignored.append(f"{sheet}!{get_column_letter(col)}{members[0][0]} {text}: "
                               f"term {k + 1}")
    assert ignored == []
    sheets = {sheet for sheet, _col, _text in groups}
    assert {"Material balance", "Energy balance", "Rational use", "Plan progress",
            "Formations", "Exceedances", "Ledger", "Transfers", "Waste indicators"} <= sheets
    assert sum(len(m) for m in groups.values()) >= 30


def test_the_fixture_plant_has_what_the_demo_lacks(fixture_plant: Database,
                                                   tmp_path: Path) -> None:
    """Energy losses and a remainder, a recycling share above 100 %, readings on both sides
    of their limits, a placement and a hazardous transfer: read from the workbook."""
    path = tmp_path / "pack.xlsx"
    write_report(list(REPORTS), ReportContext(fixture_plant, year(YEAR)), path)
    wb = load_workbook(path)
    book = Workbook(wb)

    def column(sheet: str, header: str) -> list:
        ws = wb[sheet]
        col = next(c.column for c in ws[3] if str(c.value).startswith(header))
        return [book.value(sheet, r, col) for r in range(4, ws.max_row + 1)]

    whole = column("Energy balance", "Scope").index("whole site")
    assert column("Energy balance", "Accounted losses")[whole] > 0
    assert column("Energy balance", "Unaccounted loss")[whole] > 0
    shares = [v for v in column("Waste indicators", "Recycling share") if carries(v)]
    assert max(shares) > 1.0
    margins = [v for v in column("Exceedances", "Margin") if carries(v)]
    assert len(margins) == 2 and all(m > 0 for m in margins)
    assert any(carries(v) for v in column("Waste inventory", "Placed in own formations"))
    assert "D9" in column("Transfers", "Operation")


def test_the_fixture_plant_pack_verifies_days_later(fixture_plant: Database, tmp_path: Path,
                                                   clock) -> None:  # type: ignore[no-untyped-def]
    """Every report kind, every term non-zero: verify finds nothing to report a week on."""
    from datetime import date

    from greendesk.reports.verify import verify_workbook

    clock(date(YEAR + 1, 1, 10))
    path = tmp_path / "pack.xlsx"
    write_report(list(REPORTS), ReportContext(fixture_plant, year(YEAR)), path)
    clock(date(YEAR + 1, 1, 17))
    result = verify_workbook(path, fixture_plant)
    assert result.matches, [str(d.sentence) for d in result.differences]


@needs(SOFFICE, reason="LibreOffice is not installed (CI installs libreoffice-calc)")
def test_libreoffice_and_the_services_agree_on_every_formula_of_the_fixture_plant(
        fixture_plant: Database, tmp_path: Path) -> None:
    """Issue 15 §10: every formula cell of every report, its cached value (the services'
    figure) against LibreOffice's recalculation and against the formula evaluated here over
    the sheet's own cells; in this plant every term of every formula carries a value, so a
    wrong sign or a missing term in any formula fails."""
    path = tmp_path / "pack.xlsx"
    write_report(list(REPORTS), ReportContext(fixture_plant, year(YEAR)), path)
    ours = cached_formulas(path)  # (sheet, cell) -> (formula, the services' figure)
    theirs = _recalculated(path, tmp_path)
    book = Workbook(load_workbook(path))
    compared = 0
    for (sheet, ref), (formula, value) in ours.items():
        lo = theirs[sheet][ref].value
        here = book.evaluate("=" + formula.lstrip("="), sheet)
        if value in (None, ""):
            assert lo in (None, "") and not carries(here), (sheet, ref, formula, lo, here)
        else:
            assert lo == pytest.approx(value, rel=1e-9, abs=1e-9), (sheet, ref, formula, lo)
            assert same(here, value), (sheet, ref, formula, here, value)
        compared += 1
    assert compared == len(ours) == len(list(formula_cells(load_workbook(path)))) > 100
    print(f"fixture plant: {compared} formula cells compared with LibreOffice and the services")
