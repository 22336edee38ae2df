"""Excel reports: what an auditor sees, formulas LibreOffice recomputes, safe text, exit codes."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from greendesk.cli import main
from greendesk.periods import year
from greendesk.reports.book import ReportBook, Rows
from greendesk.reports.context import NothingToReport, ReportContext
from greendesk.reports.registry import REPORTS, write_report
from greendesk.reports.sheet import Column, SheetWriter
from greendesk.reports.verify import verify_workbook
from greendesk.services import ledger
from greendesk.services.catalog import load_catalog
from greendesk.services.ledger import LedgerFilter
from greendesk.store.db import Database
from tests.conftest import needs

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.fixture
def pack(demo_db: Database, tmp_path: Path) -> Path:
    path = tmp_path / "pack.xlsx"
    write_report(list(REPORTS), ReportContext(demo_db, year(2025), prepared_by="A. Auditor"),
                 path)
    return path


def _label_values(ws) -> dict[str, object]:  # type: ignore[no-untyped-def]
    return {row[0].value: row[1].value for row in ws.iter_rows() if len(row) > 1
            and isinstance(row[0].value, str)}


def test_cover_sheet_says_what_the_workbook_is(pack: Path, demo_db: Database) -> None:
    wb = load_workbook(pack)
    assert wb.sheetnames[0] == "Cover" and wb["_greendesk"].sheet_state == "hidden"
    cover = _label_values(wb["Cover"])
    assert cover["Enterprise"] == "Saryarka Copper JSC" and cover["BIN"] == "050340000009"
    assert cover["Period"] == "2025 (year, 2025-01-01 – 2025-12-31)"
    assert cover["Prepared by"] == "A. Auditor"
    assert len(cover["Data fingerprint (SHA-256)"]) == 64
    from greendesk import __version__

    assert cover["GreenDesk version"] == __version__


def test_ledger_sheet_reads_well(pack: Path, demo_db: Database) -> None:
    wb = load_workbook(pack)
    ws = wb["Ledger"]
    assert ws["A1"].value == "Flow ledger extract for 2025" and ws["A1"].font.b
    assert ws.freeze_panes == "A4"
    assert ws.print_title_rows == "$3:$3"
    # too wide for one page at 70 %: printed at 70 %, the date and site repeated on each page
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.scale == 70
    assert ws.print_title_cols == "$A:$B" and ws.col_breaks.count >= 1
    assert "&P" in ws.oddFooter.right.text and ws.oddFooter.left.text == "&A"
    assert list(ws.tables) == ["FlowLedger"]
    assert ws["C3"].value == "From" and ws["L3"].value == "Reconciliation" and ws["M3"].value == "Uncertainty, %"
    assert isinstance(ws["A4"].value, date)  # real dates, not text
    assert ws["A4"].number_format == "yyyy-mm-dd"
    # figures to a precision that suits their size (the cell keeps the full value)
    shown = {ws.cell(r, 8).number_format: ws.cell(r, 8).value for r in range(4, ws.max_row)
             if isinstance(ws.cell(r, 8).value, float | int)}
    assert shown["#,##0.000"] < 10_000 and shown["#,##0"] >= 1_000_000
    assert column_width(ws, 4) >= 20


def column_width(ws, index: int) -> float:  # type: ignore[no-untyped-def]
    """A column's width as written (a run of equal widths is one <col min max> element, which
    openpyxl files under its first letter)."""
    return next((d.width for d in ws.column_dimensions.values()
                 if d.min is not None and d.min <= index <= d.max), 0.0)


# LibreOffice keeps a workbook's cached values unless told to recalculate on load; with
# OOXMLRecalcMode 0 ("always") in the test's own profile the tests compare LibreOffice's own
# figures, never the cache with itself.
RECALC_ALWAYS = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry"
 xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"""


def _recalculated(path: Path, tmp: Path):  # type: ignore[no-untyped-def]
    """The workbook as LibreOffice recalculates and saves it, read with its values."""
    user = tmp / "lo" / "user"
    user.mkdir(parents=True, exist_ok=True)
    (user / "registrymodifications.xcu").write_text(RECALC_ALWAYS, encoding="utf-8")
    out = tmp / "recalc"
    out.mkdir()
    subprocess.run([SOFFICE, "--headless", "--norestore", f"-env:UserInstallation=file://{tmp}/lo",
                    "--convert-to", "xlsx", "--outdir", str(out), str(path)],
                   check=True, capture_output=True, timeout=180)
    return load_workbook(out / path.name, data_only=True)


@needs(SOFFICE, reason="LibreOffice is not installed (CI installs libreoffice-calc)")
def test_libreoffice_recomputes_every_formula_to_the_apps_value(
        pack: Path, demo_db: Database, tmp_path: Path) -> None:
    wb = _recalculated(pack, tmp_path)
    totals = _label_values(wb["Ledger"])
    cat = load_catalog(demo_db)
    app = ledger.totals(demo_db, LedgerFilter(date(2025, 1, 1), date(2025, 12, 31)), cat)
    assert totals["Records"] == app.count
    by_kind = {k.value: v for k, v in app.by_kind.items()}
    assert totals["Total mass"] == pytest.approx(by_kind["mass"], rel=1e-9)
    assert totals["Total volume"] == pytest.approx(by_kind["volume"], rel=1e-9)
    assert totals["Total energy"] == pytest.approx(by_kind["energy"], rel=1e-9)

    from greendesk.periods import month
    from greendesk.services.balances import site_balances

    checked = 0
    mass = wb["Material balance"]
    for row in mass.iter_rows(min_row=4, values_only=True):
        site, scope, when, inputs, *_terms, accounted, unaccounted, share = row
        if site is None or scope != "whole site" or when.month not in (1, 7):
            continue
        sid = next(i for i, n in load_catalog(demo_db).sites.items() if n == site)
        app_total = site_balances(demo_db, sid, month(when.year, when.month)).site.total
        assert unaccounted == pytest.approx(app_total.unaccounted, rel=1e-9, abs=1e-6)
        assert accounted == pytest.approx(app_total.accounted_total, rel=1e-9, abs=1e-9)
        assert share == pytest.approx(app_total.unaccounted / app_total.inputs, rel=1e-9)
        checked += 1
    assert checked == 6  # three sites, two months
    rational = [r for r in wb["Rational use"].iter_rows(min_row=4, values_only=True)
                if r[0] == 2025]
    from greendesk.services.balances import indicators

    app = {(i.key, i.component or None): i.value for i in indicators(demo_db, year(2025))}
    assert len(rational) == len(app)
    assert sorted(r[6] for r in rational if r[6] not in ("", None)) == pytest.approx(
        sorted(v for v in app.values() if v is not None), rel=1e-9)

    from greendesk.periods import year as year_period
    from greendesk.services.formations import register
    from greendesk.services.waste_inventory import waste_inventory

    closing = {(r.site_name, r.name): r.closing
               for r in waste_inventory(demo_db, year_period(2025)).rows}
    waste_rows = [r for r in wb["Waste inventory"].iter_rows(min_row=4, values_only=True)
                  if r[0]]
    assert len(waste_rows) == len(closing)
    for row in waste_rows:
        assert row[13] == pytest.approx(closing[(row[0], row[1])], rel=1e-9, abs=1e-6)
    net = {r.formation.name: r.assessment.net_value for r in register(demo_db)}
    for row in wb["Formations"].iter_rows(min_row=4, values_only=True):
        if row[1] in net and net[row[1]] is not None:
            assert row[-2] == pytest.approx(net[row[1]], rel=1e-9)

    from greendesk.services.fees import fees

    app_fees = fees(demo_db, year(2025))
    placed = {(q, site, item): fee for q, site, item, *_rest, fee, _basis, _ok in
              wb["Fee for waste"].iter_rows(min_row=4, values_only=True)
              if str(q).startswith("20")}
    waste_lines = [line for line in app_fees.lines if line.kind == "waste"]
    assert len(placed) == len(waste_lines) > 0
    for line in waste_lines:
        assert placed[(line.quarter, cat.sites[line.site_id], line.item)] == pytest.approx(
            line.fee, rel=1e-9)
    quarters = {r[0]: r[4] for r in wb["Fee summary"].iter_rows(min_row=4, values_only=True)
                if str(r[0]).startswith("20")}
    assert sorted(quarters) == ["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"]
    assert sum(quarters.values()) == pytest.approx(app_fees.total, rel=1e-9)
    assert _label_values(wb["Fee summary"])["Total fee"] == pytest.approx(app_fees.total,
                                                                          rel=1e-9)

    from greendesk.analysis.plan import progress
    from greendesk.services.plan_view import plan_view

    plan = plan_view(demo_db)  # the export wrote nothing: the plan as it would be merged
    rows = [r for r in wb["Plan progress"].iter_rows(min_row=4, values_only=True) if r[0]]
    sites = {n: i for i, n in cat.sites.items()}
    for site, measure, _title, applicable, done, share in rows:
        acts = [a for a in plan.actions[sites[site]] if a.measure_id == measure]
        p = progress(acts)
        assert (applicable, done) == (p.applicable, p.done)
        assert (share in (None, "") and p.share is None) or share == pytest.approx(p.share)


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=1, max_size=40).map(lambda s: s if s[0] in "=+-@" else "=" + s))
def test_user_text_never_becomes_a_formula(tmp_path_factory, text: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path_factory.mktemp("neutral") / "t.xlsx"
    wb = ReportBook(path)
    Rows(wb, wb.add_sheet("s")).append([text])  # shared strings (the cover)
    sheet = SheetWriter(wb, "t", "T", "", [Column("Note")], "T", streamed=True)
    sheet.append([text])  # inline strings (a streamed sheet's records)
    sheet.finish_table()
    wb.close()
    read = load_workbook(path)
    expected = "".join(ch if ch in "\t\n\r" or ord(ch) >= 32 else "\ufffd" for ch in text)
    for cell in (read["s"]["A1"], read["t"]["A4"]):
        assert cell.data_type == "s" and cell.quotePrefix
        # a carriage return is stored as Excel's _x000D_ (XML would make it a line feed);
        # openpyxl leaves that escape as it is
        value = re.sub(r"_x([0-9A-F]{4})_", lambda m: chr(int(m[1], 16)), cell.value)
        assert value == expected or value == expected.replace("\r\n", "\n").replace(
            "\r", "\n")


def test_cyrillic_and_kazakh_round_trip(demo_db: Database, tmp_path: Path) -> None:
    wb = ReportBook(tmp_path / "kk.xlsx")
    text = "Қалдықтар тізілімі: ә ғ қ ң ө ұ ү һ і — отвал вскрышных пород"
    sheet = SheetWriter(wb, "Тест", text, "", [Column("Атауы"), Column("Саны", "т",
                                                                        kind="number")], "T")
    sheet.append([text, 1.5])
    sheet.finish_table()
    wb.close()
    ws = load_workbook(tmp_path / "kk.xlsx")["Тест"]
    assert ws["A1"].value == text and ws["A4"].value == text


def test_verify_tells_a_matching_workbook_from_a_changed_database(
        pack: Path, demo_db: Database) -> None:
    assert verify_workbook(pack, demo_db).matches
    from greendesk.services.flows import DeleteFlows

    row = ledger.fetch_page(demo_db, LedgerFilter(date(2025, 6, 1), date(2025, 6, 30)),
                            load_catalog(demo_db), 0, 1)[0]
    DeleteFlows([row.id]).apply(demo_db)
    result = verify_workbook(pack, demo_db)
    assert not result.matches and not result.fingerprint_matches
    assert result.differences and result.differences[0].sheet in ("Cover", "Ledger")
    # the deleted record is one row of the ledger, not every shifted cell below it
    (row,) = [d for d in result.differences if d.sheet == "Ledger"]
    assert "is in the workbook but not in the database" in str(row.sentence)
    # a few figures per sheet that balances the month (the receipts sheet: the month's only
    # mined ore, its rows and the totals naming it, at the site and the pit), never more
    per_sheet = Counter(d.sheet for d in result.differences)
    assert max(per_sheet.values()) < 10 and len(result.differences) < 20, per_sheet
    assert len(verify_workbook(pack, demo_db, limit=2).differences) == 2


def test_nothing_to_report_and_unwritable_targets(demo_path: Path, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["report", "ledger", "--db", str(demo_path), "--year", "2019",
                 "-o", str(tmp_path / "x.xlsx")])
    assert code == 1 and "nothing to report" in capsys.readouterr().err
    assert not (tmp_path / "x.xlsx").exists()
    code = main(["report", "ledger", "--db", str(demo_path), "--year", "2025",
                 "-o", str(tmp_path / "no-such-dir" / "x.xlsx")])
    assert code == 2 and "cannot be written" in capsys.readouterr().err
    code = main(["report", "ledger", "--db", str(demo_path), "--period", "2025-13",
                 "-o", str(tmp_path / "x.xlsx")])
    assert code == 2 and "no month 13" in capsys.readouterr().err
    code = main(["report", "ledger", "--db", str(demo_path), "--year", "2025",
                 "--site", "Atlantis", "-o", str(tmp_path / "x.xlsx")])
    assert code == 2 and "no site named 'Atlantis'" in capsys.readouterr().err


def test_headless_pack_and_verify_commands(demo_path: Path, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "pack.xlsx"
    assert main(["report", "pack", "--db", str(demo_path), "--year", "2025",
                 "--site", "Nurken concentrator", "-o", str(out)]) == 0
    assert "Wrote" in capsys.readouterr().out
    ws = load_workbook(out)["Ledger"]
    assert {r[1] for r in ws.iter_rows(min_row=4, max_row=20, values_only=True)} == {
        "Nurken concentrator"}
    assert main(["verify", str(out), "--db", str(demo_path)]) == 0
    assert "matches" in capsys.readouterr().out
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"not a workbook")
    assert main(["verify", str(junk), "--db", str(demo_path)]) == 2


def test_a_failed_write_leaves_no_partial_file(demo_db: Database, tmp_path: Path) -> None:
    from greendesk.reports.context import ReportCancelled

    out = tmp_path / "out"
    out.mkdir()
    target = out / "r.xlsx"
    ctx = ReportContext(demo_db, year(2025), progress=lambda done, total: False)
    with pytest.raises(ReportCancelled):
        write_report(["plan", "ledger"], ctx, target)
    assert list(out.iterdir()) == []
    with pytest.raises(NothingToReport):
        write_report(["ledger"], ReportContext(demo_db, year(2010)), target)
    assert not target.exists()


def test_a_plan_verifies_on_a_later_day(demo_db: Database, tmp_path: Path) -> None:
    """The plan's "status on" day and its overdue flags are the export's recorded moment, not
    the clock's: rebuilt the next day (verify), the workbook still matches."""
    from datetime import datetime

    path = tmp_path / "plan.xlsx"
    made = datetime(2025, 12, 30, 16, 5)
    write_report(["plan"], ReportContext(demo_db, year(2025), generated_at=made), path)
    ws = next(ws for ws in load_workbook(path) if ws.title not in ("Cover", "_greendesk"))
    subtitle = " ".join(str(c.value) for row in ws.iter_rows(max_row=3) for c in row if c.value)
    assert "2025-12-30" in subtitle and date.today().isoformat() not in subtitle
    assert verify_workbook(path, demo_db).matches


def test_verify_names_an_edited_fingerprint_and_an_added_sheet(
        pack: Path, demo_db: Database, tmp_path: Path) -> None:
    import json

    from greendesk.reports.registry import META_SHEET

    wb = load_workbook(pack)
    record = json.loads(wb[META_SHEET]["A1"].value)
    record["fingerprint"] = "0" * 64  # edited only in the hidden record
    wb[META_SHEET]["A1"] = json.dumps(record)
    edited = tmp_path / "fingerprint.xlsx"
    wb.save(edited)
    result = verify_workbook(edited, demo_db)
    assert not result.matches and result.differences == []
    assert "fingerprint recorded in its hidden report record" in result.message

    wb = load_workbook(pack)
    wb.create_sheet("Notes of my own")["A1"] = "added after the export"
    added = tmp_path / "added.xlsx"
    wb.save(added)
    result = verify_workbook(added, demo_db)
    assert not result.matches
    assert [(d.sheet, str(d.sentence)) for d in result.differences] == [
        ("Notes of my own", "Sheet Notes of my own was added to the workbook after the export.")]
