"""The flow-ledger template: headings, drop-down lists on a hidden sheet, round trip."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from greendesk.cli import main
from greendesk.demo.plant import NODES, S_CONC, S_MINE
from greendesk.errors import DomainError
from greendesk.importers.flows_import import import_flows
from greendesk.importers.template import TEMPLATE_HEADINGS, write_flow_template
from greendesk.services.catalog import load_catalog
from greendesk.store.db import Database
from greendesk.units import KINDS, MaterialUnits, units_for


def validations(ws) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """Column letter -> its data validation."""
    out = {}
    for dv in ws.data_validations.dataValidation:
        for rng in dv.sqref.ranges:
            out[rng.coord.split(":")[0].rstrip("0123456789")] = dv
    return out


def list_values(wb, formula: str) -> list[str]:  # type: ignore[no-untyped-def]
    sheet, cells = formula.lstrip("=").split("!")
    return [c.value for row in wb[sheet.strip("'")][cells.replace("$", "")] for c in row]


def test_template_with_the_plants_lists(demo_db: Database, tmp_path: Path) -> None:
    path = write_flow_template(tmp_path / "t.xlsx", load_catalog(demo_db))
    wb = load_workbook(path)
    assert wb.sheetnames == ["Flows", "Stock-takings", "Instructions", "Lists"]
    assert wb["Lists"].sheet_state == "hidden" and wb.active.title == "Flows"
    ws = wb["Flows"]
    assert [c.value for c in ws[1]] == list(TEMPLATE_HEADINGS)
    assert all(c.font.bold for c in ws[1])
    assert ws.freeze_panes == "A2"
    assert ws.column_dimensions["C"].width > 20
    assert ws.max_row == 1                                   # no example rows to import
    dv = validations(ws)
    assert {k: dv[k].type for k in dv} == {
        "B": "list", "C": "list", "D": "list", "E": "list", "G": "list", "H": "list",
        "F": "decimal", "I": "decimal", "K": "list"}
    for letter in "BCDEGHK":
        assert dv[letter].formula1.startswith("=Lists!$"), "ranges, not inline lists"
        assert str(dv[letter].sqref).endswith("1048576")
    assert (dv["F"].operator, dv["F"].formula1) == ("greaterThan", "0")
    assert (dv["I"].operator, dv["I"].formula1, dv["I"].formula2) == ("between", "0", "100")
    nodes = list_values(wb, dv["C"].formula1)
    assert "Power grid" in nodes and nodes.count("Power grid") == 1     # distinct names
    assert {n for site in NODES.values() for n, _, _ in site} <= set(nodes)  # + extensions' nodes
    assert list_values(wb, dv["D"].formula1) == nodes
    assert S_MINE in list_values(wb, dv["B"].formula1)
    assert "Diesel fuel" in list_values(wb, dv["E"].formula1)
    units = list_values(wb, dv["G"].formula1)
    assert units == [u for k in KINDS for u in units_for(MaterialUnits(k, k))]
    assert {"t", "L", "m³", "MWh", "Gcal", "thousand m³"} <= set(units)
    assert list_values(wb, dv["H"].formula1) == ["measured", "calculated", "estimated"]
    assert ws["K1"].value == "Reconciliation"
    assert list_values(wb, dv["K"].formula1) == ["measured", "unmeasured", "constant"]


def test_the_roles_drop_down_is_in_the_officers_language(demo_db: Database,
                                                         tmp_path: Path) -> None:
    ru = {"Measured": "Измерено", "Unmeasured": "Не измерено", "Constant": "Константа"}

    def russian(context: str, text: str) -> str:  # the labels as the Russian catalogue has them
        return ru[text] if context == "labels" and text in ru else text

    wb = load_workbook(write_flow_template(tmp_path / "ru.xlsx", load_catalog(demo_db),
                                           translate=russian))
    words = list_values(wb, validations(wb["Flows"])["K"].formula1)
    assert words == ["измерено", "не измерено", "константа"]
    ws = wb["Flows"]
    ws.append([dt.date(2025, 6, 30), S_MINE, "Power grid", "Open-pit mining", "Electricity",
               120, "MWh", None, None, None, words[1]])
    wb.save(tmp_path / "ru.xlsx")
    result = import_flows(demo_db, tmp_path / "ru.xlsx")
    assert result.rows == 1
    text = " ".join(str(c.value) for row in wb["Instructions"].iter_rows() for c in row
                    if c.value is not None)
    for needle in ("Uncertainty %", "decimal", "03.2025", "31.03.2025", "Example",
                   "Gcal", "Diesel fuel"):
        assert needle.lower() in text.lower()


def test_template_without_a_database_has_only_units_and_methods(tmp_path: Path) -> None:
    wb = load_workbook(write_flow_template(tmp_path / "bare.xlsx", None))
    assert sorted(validations(wb["Flows"])) == ["F", "G", "H", "I", "K"]
    assert [c.value for c in wb["Lists"][1]] == ["Units", "Methods", "Reconciliation"]


def test_round_trip_template_rows_import(demo_db: Database, tmp_path: Path) -> None:
    path = write_flow_template(tmp_path / "rt.xlsx", load_catalog(demo_db))
    wb = load_workbook(path)
    ws = wb["Flows"]
    ws.append([dt.date(2025, 6, 30), S_MINE, "Power grid", "Open-pit mining", "Electricity",
               120, "MWh", "measured", 2, "meter 7"])
    ws.append(["2025-06", S_CONC, "Nura river intake", "Grinding and flotation",
               "Fresh water", 250, "thousand m³", "calculated", None, None])
    wb.save(path)
    result = import_flows(demo_db, path)
    assert result.rows == 2 and result.notes == ()


def test_no_partial_file_on_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(self: Workbook, filename: str) -> None:
        Path(filename).write_bytes(b"half a workbook")
        raise OSError("disk full")

    monkeypatch.setattr(Workbook, "save", boom)
    with pytest.raises(OSError, match="disk full"):
        write_flow_template(tmp_path / "t.xlsx", None)
    assert not (tmp_path / "t.xlsx").exists()
    assert not [p.name for p in tmp_path.iterdir() if p.is_file()], "temporary file left"


def test_template_must_be_xlsx(tmp_path: Path) -> None:
    with pytest.raises(DomainError, match=r"\.xlsx"):
        write_flow_template(tmp_path / "t.csv", None)


def test_cli_template(demo_path: Path, tmp_path: Path,
                      capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "cli.xlsx"
    assert main(["template", "flows", "-o", str(out), "--db", str(demo_path)]) == 0
    assert "Wrote the flow template" in capsys.readouterr().out
    assert "B" in validations(load_workbook(out)["Flows"])
    bare = tmp_path / "bare.xlsx"          # no --db and no default database: no plant lists
    assert main(["template", "flows", "-o", str(bare)]) == 0
    assert "no plant lists" in capsys.readouterr().out
    assert "B" not in validations(load_workbook(bare)["Flows"])
    assert main(["template", "flows", "-o", str(tmp_path / "t.txt")]) == 2
    assert ".xlsx" in capsys.readouterr().err


def test_template_has_a_grade_column_per_tracked_component(demo_db: Database,
                                                           tmp_path: Path) -> None:
    from sqlalchemy import select

    from greendesk.models import Flow, FlowAssay
    from greendesk.services.balance_records import tracked_components

    components = tracked_components(demo_db)
    assert ("Cu", "%") in components  # the demo assays copper in %
    path = write_flow_template(tmp_path / "graded.xlsx", load_catalog(demo_db), components)
    wb = load_workbook(path)
    ws = wb["Flows"]
    heads = [c.value for c in ws[1]]
    assert heads[:len(TEMPLATE_HEADINGS)] == list(TEMPLATE_HEADINGS) and "Cu, %" in heads
    row: list[object] = [dt.date(2025, 6, 30), S_CONC, "Crushing", "Grinding and flotation",
                         "Copper ore", 1200, "t", "measured", None, "graded row"]
    row += [0.74 if h == "Cu, %" else None for h in heads[len(row):]]
    ws.append(row)
    wb.save(path)
    import_flows(demo_db, path)
    with demo_db.read() as s:
        fid = s.scalar(select(Flow.id).where(Flow.note == "graded row"))
        assert [(a.component, a.value_entered, a.unit) for a in s.scalars(
            select(FlowAssay).where(FlowAssay.flow_id == fid))] == [("Cu", 0.74, "%")]


def test_stock_takings_sheet_goes_in_with_the_flows(demo_db: Database, tmp_path: Path) -> None:
    from sqlalchemy import func, select

    from greendesk.importers.stock_sheet import STOCK_HEADINGS
    from greendesk.models import Flow, StockTaking
    from greendesk.services.changes import Entity

    def count(model: type) -> int:
        with demo_db.read() as s:
            return s.scalar(select(func.count()).select_from(model)) or 0

    catalog = load_catalog(demo_db)
    stock = next(n for n in catalog.nodes.values() if n.kind.value == "stock"
                 and catalog.sites[n.site_id] == S_CONC)
    flow = [dt.date(2025, 6, 30), S_MINE, "Power grid", "Open-pit mining", "Electricity",
            120, "MWh", "measured", 2, "with a count"]

    def template(name: str, counts: list[list[object]]) -> Path:
        path = write_flow_template(tmp_path / name, catalog)
        wb = load_workbook(path)
        assert [c.value for c in wb["Stock-takings"][1]] == list(STOCK_HEADINGS)
        wb["Flows"].append(flow)
        for row in counts:
            wb["Stock-takings"].append(row)
        wb.save(path)
        return path

    before = count(Flow), count(StockTaking)
    bad = template("bad.xlsx", [[S_CONC, stock.name, "Copper ore", "2025-06-30", "lots", "t"]])
    with pytest.raises(DomainError, match="Stock-takings, 2: the site, node"):
        import_flows(demo_db, bad)
    assert (count(Flow), count(StockTaking)) == before  # the flows were refused too
    good = template("good.xlsx", [[S_CONC, stock.name, "Copper ore", "30.06.2025", "1 250,5",
                                   "t", "June count"]])
    result = import_flows(demo_db, good)
    assert result.changes.touches(Entity.STOCK_TAKING)
    assert (count(Flow), count(StockTaking)) == (before[0] + 1, before[1] + 1)
    with demo_db.read() as s:
        st = s.scalars(select(StockTaking).where(StockTaking.note == "June count")).one()
    assert (st.node_id, st.qty_entered, st.taken_on) == (stock.id, 1250.5,
                                                          dt.date(2025, 6, 30))
