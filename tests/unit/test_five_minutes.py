"""README's "Your own plant in five minutes", followed command by command as written.

The commands are read from the README's block, so the section and this test cannot drift
apart: a renamed option or a changed step fails here. Between them the test fills the two
workbooks as an officer would in Excel.
"""

from __future__ import annotations

import re
import shlex
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from greendesk.cli.main import main
from tests.conftest import SHARED_DATA, needs

README = Path(__file__).resolve().parents[2] / "README.md"
CLASSIFIER = SHARED_DATA / "list_of_waste.csv"
SITE = "Nurken open pit"


def section_commands() -> list[list[str]]:
    """The `greendesk` lines of the section's code block, split as a shell would."""
    text = README.read_text(encoding="utf-8")
    section = text.split("## Your own plant in five minutes", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```\n(.*?)```", section, re.S)
    assert block is not None
    return [shlex.split(line) for line in block.group(1).splitlines()
            if line.startswith("greendesk ")]


def _fill(path: Path, rows: dict[str, list[tuple[object, ...]]]) -> None:
    wb = load_workbook(path)
    for sheet, records in rows.items():
        ws = wb[sheet]
        for record in records:
            ws.append(list(record))
    wb.save(path)


def fill_plant(path: Path) -> None:
    """One mine: a pit, a stockpile, a dump, the concentrator it ships to; ore and rock."""
    _fill(path, {
        "Sites": [(SITE, "Karaganda", "Mine or quarry")],
        "Nodes": [(SITE, "Open pit", "Process"), (SITE, "Ore stockpile", "Stock or storage"),
                  (SITE, "Waste rock dump", "Stock or storage"),
                  (SITE, "Concentrator", "Customer (boundary)")],
        "Materials": [("Copper ore", "Raw material", "Mass", "t"),
                      ("Waste rock", "Waste", "Mass", "t", None, None, None, None, "01 01 01")],
        "Waste types": [(SITE, "Waste rock", "01 01 01", "Solid", None, None, None, None,
                         "Open pit", "Waste rock")],
    })


def fill_flows(path: Path) -> None:
    """November's flows: ore mined, shipped, rock dumped."""
    day = date(2026, 11, 20)
    _fill(path, {"Flows": [
        (day, SITE, "Open pit", "Ore stockpile", "Copper ore", 120_000, "t"),
        (day, SITE, "Ore stockpile", "Concentrator", "Copper ore", 110_000, "t"),
        (day, SITE, "Open pit", "Waste rock dump", "Waste rock", 300_000, "t"),
    ]})


@needs(CLASSIFIER.is_file(), reason="../shared/data/list_of_waste.csv is not beside this checkout")
def test_the_five_minute_section_runs_as_written(tmp_path: Path, clock, monkeypatch,  # type: ignore[no-untyped-def]
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    clock(date(2026, 12, 7))
    monkeypatch.chdir(tmp_path)
    (tmp_path / "list_of_waste.csv").write_bytes(CLASSIFIER.read_bytes())
    commands = section_commands()
    assert [c[1] for c in commands] == ["new", "classifier", "template", "import", "template",
                                        "import", "report"]
    for argv in commands:
        assert main(argv[1:]) == 0, (argv, capsys.readouterr())
        if argv[1:3] == ["template", "plant"]:
            fill_plant(tmp_path / "plant-setup.xlsx")
        elif argv[1:3] == ["template", "flows"]:
            fill_flows(tmp_path / "flows.xlsx")
    report = load_workbook(tmp_path / "report.xlsx")
    inventory = report["Waste inventory"]
    rows = [r for r in inventory.iter_rows(min_row=4, values_only=True) if r[0] == SITE]
    assert rows and rows[0][1] == "Waste rock"
    assert main(["verify", "report.xlsx", "--db", "plant.sqlite"]) == 0
