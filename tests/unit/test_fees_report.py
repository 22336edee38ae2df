"""The fee's declaration workbook and `greendesk fees`: live formulas cached with the
services' figures, verify passing, the officer's language, the command's JSON and text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from greendesk.cli import main
from greendesk.periods import month, quarter
from greendesk.reports.context import NothingToReport, ReportContext
from greendesk.reports.registry import REPORTS, write_report
from greendesk.reports.verify import verify_workbook
from greendesk.services.catalog import load_catalog
from greendesk.services.fees import fees
from greendesk.store.db import Database


def test_declaration_workbook_holds_live_formulas_with_the_services_figures(
        demo_db: Database, tmp_path: Path) -> None:
    assert "fees" in REPORTS
    path = tmp_path / "fees.xlsx"
    write_report(["fees"], ReportContext(demo_db, quarter(2025, 1)), path)
    app = fees(demo_db, quarter(2025, 1))
    sites = load_catalog(demo_db).sites
    formulas, values = load_workbook(path), load_workbook(path, data_only=True)
    waste_f, waste_v = formulas["Fee for waste"], values["Fee for waste"]
    assert waste_f["C3"].value == "Waste type" and waste_f["H3"].value == "Fee, ₸"
    rows = {(r[1].value, r[2].value): r for r in waste_v.iter_rows(min_row=4)
            if str(r[0].value).startswith("20")}
    assert len(rows) == len(app.lines) == 3
    for line in app.lines:
        r = rows[(sites[line.site_id], line.item)]
        assert r[7].value == pytest.approx(line.fee, rel=1e-12)  # the cached value
        assert waste_f.cell(r[7].row, 8).value == f"=E{r[7].row}*F{r[7].row}*G{r[7].row}"
        assert (r[4].value, r[5].value, r[6].value) == (line.within_t, line.rate, 3932)
        assert r[9].value == "no"  # the demo's waste rates are marked unconfirmed
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
    assert {line["kind"] for line in out["lines"]} == {"waste"}
    assert out["total"] == pytest.approx(sum(line["fee"] for line in out["lines"]))
    tailings = next(line for line in out["lines"] if line["rate_code"] == "tailings")
    assert tailings["fee"] == pytest.approx(tailings["mass_within_norm_t"] * 0.003 * 3932)
    assert main(["fees", "--db", str(demo_path), "--quarter", "2025-Q1", "--site",
                 "Nurken open pit"]) == 0
    text = capsys.readouterr().out
    assert "Overburden" in text and "Total" in text and "unconfirmed" in text
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
    edited.write_text("mrp:\n  - {year: 2025}\n", encoding="utf-8")
    assert main(["rates", "import", str(edited), "--db", str(db_path)]) == 2
    assert "write the year and its value" in capsys.readouterr().err
