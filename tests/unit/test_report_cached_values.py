"""Issue 15 §5: every formula is written with the services' figure as its cached value, so a
reader that does not recalculate (a preview, python-calamine, openpyxl data_only) shows the
figure; LibreOffice, made to recalculate on load, computes the same figure for every one;
verify tells an edited cached value."""

from __future__ import annotations

import re
import zipfile
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from python_calamine import CalamineWorkbook

from greendesk.periods import year
from greendesk.reports.context import ReportContext
from greendesk.reports.registry import REPORTS, write_report
from greendesk.reports.verify import verify_workbook
from greendesk.reports.verify_cached import formula_cells
from greendesk.services import ledger
from greendesk.services.catalog import load_catalog
from greendesk.services.ledger import LedgerFilter
from greendesk.store.db import Database
from tests.conftest import needs
from tests.unit.test_reports import SOFFICE, _label_values, _recalculated


@pytest.fixture
def pack(demo_db: Database, tmp_path: Path) -> Path:
    """Every report of the demo's 2025."""
    path = tmp_path / "pack.xlsx"
    write_report(list(REPORTS), ReportContext(demo_db, year(2025)), path)
    return path


def _ledger_totals(db: Database) -> dict[str, float]:
    app = ledger.totals(db, LedgerFilter(date(2025, 1, 1), date(2025, 12, 31)), load_catalog(db))
    by_kind = {k.value: v for k, v in app.by_kind.items()}
    return {"Records": app.count, "Total mass": by_kind["mass"],
            "Total volume": by_kind["volume"], "Total energy": by_kind["energy"]}


def test_readers_that_do_not_recalculate_show_every_total(pack: Path, demo_db: Database) -> None:
    cells = formula_cells(pack)
    per_sheet = Counter(sheet for sheet, _cell in cells)
    assert len(cells) > 100 and len(per_sheet) >= 8
    shown = [v for _f, v in cells.values() if v not in (None, "")]
    assert len(shown) > 0.9 * len(cells)  # blank only where the services have no figure

    expected = _ledger_totals(demo_db)
    totals = _label_values(load_workbook(pack, data_only=True)["Ledger"])
    for label, figure in expected.items():
        assert totals[label] == pytest.approx(figure, rel=1e-12)
    rows = CalamineWorkbook.from_path(str(pack)).get_sheet_by_name("Ledger").to_python()
    read = {r[0]: r[1] for r in rows if r and r[0] in expected}
    assert read == pytest.approx(expected, rel=1e-12)
    transfers = _label_values(load_workbook(pack, data_only=True)["Transfers"])
    assert transfers["Total transferred"] > 0


RECALC_CHECK = ("Ledger", "Total mass")


def _ledger_totals_of(path: Path) -> float:
    return _label_values(load_workbook(path, data_only=True)["Ledger"])[RECALC_CHECK[1]]


def _edit_cached(path: Path, out: Path, sheet_part: str, cell: str, value: str) -> None:
    """A copy of the workbook whose cell's cached value says `value` (its formula intact)."""
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == sheet_part:
                text, n = re.subn(rf'(<c r="{cell}"[^>]*><f>[^<]*</f><v>)[^<]*(</v>)',
                                  rf"\g<1>{value}\g<2>", data.decode())
                assert n == 1
                data = text.encode()
            dst.writestr(info, data)


def _ledger_total_cell(path: Path) -> tuple[str, str]:
    """The sheet part and cell of the ledger's "Total mass" figure."""
    ws = load_workbook(path)["Ledger"]
    row = next(r for r in ws.iter_rows() if r[0].value == RECALC_CHECK[1])
    names = load_workbook(path).sheetnames
    return f"xl/worksheets/sheet{names.index('Ledger') + 1}.xml", row[1].coordinate


@needs(SOFFICE, reason="LibreOffice is not installed (CI installs libreoffice-calc)")
def test_libreoffice_recomputes_every_cached_value(pack: Path, tmp_path: Path) -> None:
    # a copy whose cached total is wrong: LibreOffice must replace it, or it is not
    # recalculating and the comparison below would compare the cache with itself
    part, cell = _ledger_total_cell(pack)
    wrong = tmp_path / "wrong" / pack.name
    wrong.parent.mkdir()
    _edit_cached(pack, wrong, part, cell, "12345")
    assert load_workbook(wrong, data_only=True)["Ledger"][cell].value == 12345
    (tmp_path / "w").mkdir()
    assert _recalculated(wrong, tmp_path / "w")["Ledger"][cell].value == pytest.approx(
        _ledger_totals_of(pack))

    ours = formula_cells(pack)
    theirs = _recalculated(pack, tmp_path)
    compared: Counter[str] = Counter()
    for (sheet, ref), (formula, value) in ours.items():
        lo = theirs[sheet][ref].value
        if value in (None, ""):
            assert lo in (None, ""), (sheet, ref, formula, lo)
        else:
            assert lo == pytest.approx(value, rel=1e-9, abs=1e-9), (sheet, ref, formula)
        compared[sheet] += 1
    assert sum(compared.values()) == len(ours) > 100
    with_formulas = {s for s, _r in ours}
    assert set(compared) == with_formulas and all(compared[s] > 0 for s in with_formulas)
    print(f"formula cells compared with LibreOffice: {dict(compared)}, total {len(ours)}")


def test_verify_tells_an_edited_cached_value(pack: Path, demo_db: Database,
                                            tmp_path: Path) -> None:
    part, cell = _ledger_total_cell(pack)
    edited = tmp_path / "edited.xlsx"
    _edit_cached(pack, edited, part, cell, "1")  # the formula still matches, its figure not
    result = verify_workbook(edited, demo_db)
    assert not result.matches and result.fingerprint_matches
    assert [(d[0], d[1]) for d in result.differences] == [("Ledger", cell)]
    assert result.differences[0][2].endswith("→ 1.0")
    # the untouched workbook still matches, and one re-saved without caches too (the
    # cached figures are gone, none is false): openpyxl drops them
    assert verify_workbook(pack, demo_db).matches
    resaved = tmp_path / "resaved.xlsx"
    load_workbook(pack).save(resaved)
    assert verify_workbook(resaved, demo_db).matches


def test_a_streamed_ledger_keeps_its_table_and_flat_rows(demo_db: Database,
                                                         tmp_path: Path) -> None:
    """The ledger is written in constant_memory mode (one row in memory): it still has its
    Excel table over every record, and its strings are inline (no shared-string table
    growing with the rows)."""
    path = tmp_path / "ledger.xlsx"
    result = write_report(["ledger"], ReportContext(demo_db, year(2025)), path)
    ws = load_workbook(path)["Ledger"]
    assert ws.tables["FlowLedger"].ref == f"A3:N{3 + result.rows}"
    assert ws.tables["FlowLedger"].autoFilter.ref == f"A3:N{3 + result.rows}"
    with zipfile.ZipFile(path) as z:
        sheet = z.read("xl/worksheets/sheet2.xml").decode()
    assert 't="inlineStr"' in sheet and sheet.count("<row ") >= result.rows
