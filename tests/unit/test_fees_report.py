"""The fee's declaration workbook and `greendesk fees`: live formulas cached with the
services' figures, verify passing, the officer's language, the command's JSON and text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from greendesk.cli import main
from greendesk.periods import month, quarter, year
from greendesk.reports.context import NothingToReport, ReportContext
from greendesk.reports.registry import REPORTS, write_report
from greendesk.reports.verify import verify_workbook
from greendesk.services.catalog import load_catalog
from greendesk.services.fees import fees
from greendesk.store.db import Database
from tests.conftest import needs
from tests.unit.test_reports import SOFFICE, _recalculated


def test_declaration_workbook_holds_live_formulas_with_the_services_figures(
        demo_db: Database, tmp_path: Path) -> None:
    assert "fees" in REPORTS
    path = tmp_path / "fees.xlsx"
    write_report(["fees"], ReportContext(demo_db, quarter(2025, 1)), path)
    app = fees(demo_db, quarter(2025, 1))
    sites = load_catalog(demo_db).sites
    formulas, values = load_workbook(path), load_workbook(path, data_only=True)
    waste_f, waste_v = formulas["Fee for waste"], values["Fee for waste"]
    assert waste_f["C3"].value == "Waste type" and waste_f["J3"].value == "Fee, ₸"
    assert waste_f["F3"].value == "Placed above the burial limit, t"
    rows = {(r[1].value, r[2].value): r for r in waste_v.iter_rows(min_row=4)
            if str(r[0].value).startswith("20")}
    waste_lines = [line for line in app.lines if line.kind == "waste"]
    assert len(rows) == len(waste_lines) == 3
    for line in waste_lines:
        r = rows[(sites[line.site_id], line.item)]
        n = r[9].row
        assert r[9].value == pytest.approx(line.fee, rel=1e-12)  # the cached value
        assert waste_f.cell(n, 10).value == f"=E{n}*G{n}*H{n}+F{n}*G{n}*H{n}*I{n}"
        assert (r[4].value, r[5].value, r[6].value, r[7].value) == (
            line.within_t, line.above_t, line.rate, 3932)
        assert r[11].value == "no"  # the demo's waste rates are marked unconfirmed
    # The emissions area's masses are priced: the smelter's SO2 above its norm at ×10.
    so2 = next(line for line in app.lines if line.kind == "emission" and line.item == "SO2")
    assert so2.above_t > 0 and so2.fee == pytest.approx(
        (so2.within_t + 10 * so2.above_t) * so2.rate * 3932, rel=1e-12)
    summary = formulas["Fee summary"]
    assert summary["C4"].value.startswith("=SUMIF('Fee for emissions'!")
    assert values["Fee summary"]["E4"].value == pytest.approx(app.total, rel=1e-12)
    assert "illustrative" in values["Fee summary"]["A2"].value
    assert verify_workbook(path, demo_db).matches


def test_declaration_in_russian_and_kazakh(demo_db: Database, tmp_path: Path) -> None:
    for language, title in (("ru", "Плата"), ("kk", "төлемақы")):
        path = tmp_path / f"fees-{language}.xlsx"
        write_report(["fees"], ReportContext(demo_db, quarter(2025, 2), language=language),
                     path)
        assert verify_workbook(path, demo_db).matches
        del title  # the catalogues' wording is the lead's to apply (fees_new_strings.json)


def test_month_is_not_a_fee_period(demo_db: Database, tmp_path: Path) -> None:
    with pytest.raises(NothingToReport, match="declared per quarter"):
        write_report(["fees"], ReportContext(demo_db, month(2025, 3)), tmp_path / "m.xlsx")


def test_fees_command_json_and_text(demo_path: Path, capsys: pytest.CaptureFixture[str]
                                    ) -> None:
    assert main(["fees", "--db", str(demo_path), "--quarter", "2025-Q1", "--format",
                 "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["unit"] == "KZT" and out["mrp"] == {"2025-Q1": 3932}
    assert {line["kind"] for line in out["lines"]} == {"emission", "waste"}
    assert not any(line["kind"] == "emission" and line["site"] == "Nurken open pit"
                   for line in out["lines"])  # the haul fleet is a mobile source: no fee
    assert out["total"] == pytest.approx(sum(line["fee"] for line in out["lines"]))
    tailings = next(line for line in out["lines"] if line["rate_code"] == "tailings")
    assert tailings["fee"] == pytest.approx(tailings["mass_within_norm_t"] * 0.003 * 3932)
    assert main(["fees", "--db", str(demo_path), "--quarter", "2025-Q1", "--site",
                 "Nurken open pit"]) == 0
    text = capsys.readouterr().out
    assert "Overburden" in text and "Total" in text and "unconfirmed" in text
    assert main(["fees", "--db", str(demo_path), "--quarter", "2025-Q1", "--site",
                 "Nurken copper smelter"]) == 0
    so2 = next(t for t in capsys.readouterr().out.splitlines() if ": SO2" in t)
    assert "+" in so2 and "× 10 =" in so2  # the above-norm part printed with its coefficient
    assert main(["fees", "--db", str(demo_path), "--quarter", "2025-03"]) == 2
    assert "declared per quarter" in capsys.readouterr().err


def test_rates_import_command_reports_a_version_then_nothing_changed(
        db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rates", "import", "--db", str(db_path)]) == 0
    assert "as version 1" in capsys.readouterr().out
    assert main(["rates", "import", "--db", str(db_path)]) == 0
    assert "nothing changed" in capsys.readouterr().out
    edited = tmp_path / "rates.yaml"
    edited.write_text("mrp:\n  - {year: 2025, value: 3932, basis: x}\n", encoding="utf-8")
    assert main(["rates", "import", str(edited), "--db", str(db_path)]) == 0
    assert "Removed:" in capsys.readouterr().out
    assert main(["rates", "list", "--db", str(db_path), "--on", "2025-05-01", "--format",
                 "json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed["rates"] == [{"kind": "mrp", "code": "MRP", "name": "", "value": 3932.0,
                                "per": "", "from": "2025-01-01", "to": "2025-12-31",
                                "basis": "x", "confirmed": False}]
    assert [v["rates"] for v in listed["versions"]] == [1, 58]  # rows of the shipped file
    assert main(["rates", "list", "--db", str(db_path), "--on", "2024-05-01"]) == 0
    assert "No rates are in force" in capsys.readouterr().out
    edited.write_text("mrp:\n  - {year: 2025}\n", encoding="utf-8")
    assert main(["rates", "import", str(edited), "--db", str(db_path)]) == 2
    assert "write the year and its value" in capsys.readouterr().err


def test_emission_appendix_prices_within_and_above_the_norm_with_live_formulas(
        demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Until the emissions area is merged, its masses stand in here: 12 t SO2 against a
    norm of 10 t at site 1, priced at 20 MCI/t, МРП 3,932 ₸ and the above-norm coefficient
    10 of the shipped (illustrative) rates: 10 × 20 × 3,932 + 2 × 20 × 3,932 × 10."""
    from greendesk.analysis.fees import EmissionInput
    from greendesk.services import fees as fees_service

    monkeypatch.setattr(fees_service, "emission_inputs", lambda db, q, sites=None: [
        EmissionInput(1, "SO2", 12.0, 10.0), EmissionInput(1, "CO2", 5.0, None, mobile=True)])
    path = tmp_path / "fees.xlsx"
    write_report(["fees"], ReportContext(demo_db, quarter(2025, 1)), path)
    formulas = load_workbook(path)["Fee for emissions"]
    values = load_workbook(path, data_only=True)["Fee for emissions"]
    assert [c.value for c in values[4][:10]] == [
        "2025-Q1", load_catalog(demo_db).sites[1], "SO2", "Sulphur oxides (SOx)", 10.0, 2.0,
        20.0, 3932.0, 1.0, 10.0]
    assert (formulas["K4"].value, formulas["L4"].value, formulas["M4"].value) == (
        "=E4*G4*H4*I4", "=F4*G4*H4*J4", "=K4+L4")
    assert values["K4"].value == pytest.approx(786_400.0)
    assert values["M4"].value == pytest.approx(786_400.0 + 1_572_800.0)
    summary = load_workbook(path, data_only=True)["Fee summary"]
    assert summary["C4"].value == pytest.approx(2_359_200.0)
    assert verify_workbook(path, demo_db).matches


@needs(SOFFICE, reason="LibreOffice is not installed (CI installs libreoffice-calc)")
def test_libreoffice_recomputes_the_emission_and_summary_formulas(
        demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from greendesk.analysis.fees import EmissionInput
    from greendesk.services import fees as fees_service

    monkeypatch.setattr(fees_service, "emission_inputs", lambda db, q, sites=None: [
        EmissionInput(1, "SO2", 12.0, 10.0), EmissionInput(3, "dust", 0.5, 1.0)])
    path = tmp_path / "fees.xlsx"
    write_report(["fees"], ReportContext(demo_db, year(2025)), path)
    app = fees(demo_db, year(2025))
    wb = _recalculated(path, tmp_path)
    got = {(r[0], r[2]): r[12] for r in wb["Fee for emissions"].iter_rows(min_row=4,
                                                                          values_only=True)
           if str(r[0]).startswith("20")}
    want = {(x.quarter, x.item): x.fee for x in app.lines if x.kind == "emission"}
    assert got == pytest.approx(want, rel=1e-12) and len(got) == 8
    quarters = [r[4] for r in wb["Fee summary"].iter_rows(min_row=4, values_only=True)
                if str(r[0]).startswith("20")]
    assert sum(quarters) == pytest.approx(app.total, rel=1e-12)
