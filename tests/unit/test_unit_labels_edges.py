"""Units at the program's edges in Russian: a workbook's headings read «т» and verify makes
them again; the command line's table prints «т» while its JSON keeps "t"; an import file
written with «т» and «ГДж» lands as t and GJ."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from greendesk.cli.main import main
from greendesk.demo.plant import S_CONC, S_MINE
from greendesk.importers.flows_import import import_flows
from greendesk.store.db import Database
from tests.unit.test_flow_import import HEAD, imported, write_xlsx


def test_a_russian_workbook_heads_its_columns_in_t_and_verifies(
        demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "ru.xlsx"
    assert main(["report", "balance", "--lang", "ru", "--db", str(demo_path),
                 "--year", "2025", "-o", str(out)]) == 0
    wb = load_workbook(out)
    headings = [str(c.value) for ws in wb.worksheets if ws.sheet_state == "visible"
                for c in ws[3] if c.value]
    wb.close()
    assert any(h.endswith(", т") for h in headings), headings
    assert not any(h.endswith(", t") for h in headings), headings
    capsys.readouterr()
    assert main(["verify", str(out), "--db", str(demo_path)]) == 0, capsys.readouterr().out


def test_an_english_workbook_keeps_the_symbol(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "en.xlsx"
    assert main(["report", "waste", "--lang", "en", "--db", str(demo_path), "--year", "2025",
                 "-o", str(out)]) == 0
    wb = load_workbook(out)
    headings = [str(c.value) for ws in wb.worksheets for c in ws[3] if c.value]
    wb.close()
    assert any(h.endswith(", t") for h in headings), headings


def test_the_balance_table_prints_t_in_russian_and_json_keeps_t(
        demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["balance", "--db", str(demo_path), "--period", "2025", "--site", S_CONC]
    assert main(["--lang", "ru", *args]) == 0
    table = capsys.readouterr().out
    cells = {c.strip() for line in table.splitlines() for c in line.split("  ") if c.strip()}
    assert "т" in cells and "t" not in cells
    assert main(["--lang", "ru", *args, "--format", "json"]) == 0
    said = json.loads(capsys.readouterr().out)
    assert '"unit": "t"' in json.dumps(said) and "т" not in json.dumps(said, ensure_ascii=False)


def test_an_import_in_russian_units_lands_in_the_symbols(demo_db: Database,
                                                          tmp_path: Path) -> None:
    ore = ["2025-03", S_MINE, "Open-pit mining", "Run-of-mine ore stockpile", "Copper ore",
           2000, "т", "estimated", None, None]
    ore_words = [*ore[:5], 500, "тонн", *ore[7:]]
    power = [dt.date(2025, 3, 31), S_CONC, "Power grid", "Crushing", "Electricity", 36,
             "ГДж", "calculated", 1.5, None]
    result = import_flows(demo_db, write_xlsx(tmp_path / "ru.xlsx", [ore, ore_words, power],
                                              HEAD))
    rows = imported(demo_db, result.batch_id)
    assert [(f.qty_entered, f.unit_entered) for f in rows] == [
        (2000, "t"), (500, "t"), (36, "GJ")]
    assert [f.qty_canonical for f in rows] == [2000, 500, 36]
