"""Whatever the ledger refuses, the import refuses, with a sentence naming the row.

Each case is tried both ways on the demo plant: as a ledger entry (AddFlows, or a reading
through the monitoring register) and as one row of an import file; both must be refused
and the refused import must leave the database as it was.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from greendesk.demo.plant import S_CONC, S_MINE
from greendesk.errors import DomainError
from greendesk.importers.flows_import import ImportRejected, RowProblem, import_flows
from greendesk.importers.formation_mapping import mapping_from_json
from greendesk.importers.formations_import import import_with_mapping
from greendesk.models import Medium, SourceKind
from greendesk.services import monitoring as ms
from greendesk.services.catalog import load_catalog
from greendesk.services.flows import AddFlows, FlowDraft
from greendesk.services.periods_closed import close_period
from greendesk.store.db import Database

HEAD = "Date,Site,From,To,Material,Quantity,Unit\n"
GOOD = f"2025-04-02,{S_MINE},Open-pit mining,Run-of-mine ore stockpile,Copper ore,5,t\n"


def state(db: Database) -> tuple[int, ...]:
    con = sqlite3.connect(db.path)
    try:
        return tuple(con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                     for t in ("flow", "import_batch", "audit_entry", "monitoring_reading"))
    finally:
        con.close()


def draft(db: Database, day: dt.date, site: str, src: str, dst: str, material: str,
          qty: float, unit: str) -> FlowDraft:
    cat = load_catalog(db)
    site_id = next(k for k, v in cat.sites.items() if v == site)
    node = {n.name: n.id for n in cat.nodes.values() if n.site_id == site_id}
    for n in cat.nodes.values():
        node.setdefault(n.name, n.id)
    mat = next(m.id for m in cat.materials.values() if m.name == material)
    return FlowDraft(day, node[src], node[dst], mat, qty, unit)


def refused_both_ways(db: Database, path: Path, row: list[object]) -> DomainError:
    """The row as a ledger entry and as row 3 of a CSV file (after one good row)."""
    day = dt.date.fromisoformat(str(row[0])) if len(str(row[0])) == 10 else \
        dt.date.fromisoformat(f"{row[0]}-01")
    with pytest.raises(DomainError):
        AddFlows([draft(db, day, *row[1:])]).apply(db)  # type: ignore[arg-type]
    path.write_text(HEAD + GOOD + ",".join(map(str, row)) + "\n", encoding="utf-8")
    before = state(db)
    with pytest.raises(DomainError) as info:
        import_flows(db, path)
    assert state(db) == before, "a refused import wrote something"
    return info.value


def one_mapped_problem(db: Database, path: Path, fields: dict) -> RowProblem:  # type: ignore[type-arg]
    """The one problem of a file imported through a mapping; nothing may be written."""
    before = state(db)
    with pytest.raises(ImportRejected) as info:
        import_with_mapping(db, path, mapping_from_json(fields))
    assert state(db) == before
    (p,) = info.value.problems
    return p


def test_a_stock_going_negative_is_refused_naming_the_row(demo_db: Database,
                                                          tmp_path: Path) -> None:
    """The waste-oil storage holds 24 t at the end of 2023; 240 t cannot leave it."""
    row = ["2023-12-31", S_MINE, "Waste oil storage", "Karaganda EcoService LLP",
           "Waste engine oil", 240, "t"]
    err = refused_both_ways(demo_db, tmp_path / "stock.csv", row)
    assert str(err).startswith("stock.csv, row 3: this record would make the stock of "
                               "Waste engine oil at Waste oil storage negative"), str(err)
    assert "216 t short" in str(err)


def test_a_closed_month_is_refused_naming_the_row(demo_db: Database, tmp_path: Path) -> None:
    close_period(demo_db, "2025-03")
    row = ["2025-03-31", S_MINE, "Open-pit mining", "Run-of-mine ore stockpile", "Copper ore",
           5, "t"]
    err = refused_both_ways(demo_db, tmp_path / "closed.csv", row)
    assert isinstance(err, ImportRejected)
    (p,) = err.problems
    assert (p.row, p.column_letter) == (3, "A")
    assert p.message.startswith("March 2025 is closed; reopen it")


def test_a_date_after_today_is_refused_naming_the_row(demo_db: Database, tmp_path: Path,
                                                      clock) -> None:  # type: ignore[no-untyped-def]
    clock(dt.date(2026, 11, 25))
    row = ["2027-05", S_MINE, "Open-pit mining", "Run-of-mine ore stockpile", "Copper ore",
           5, "t"]
    err = refused_both_ways(demo_db, tmp_path / "future.csv", row)
    assert isinstance(err, ImportRejected)
    (p,) = err.problems
    assert (p.row, p.column_letter, p.value) == (3, "A", "2027-05")
    assert p.message == ("The date 2027-05-01 is after today (2026-11-25); a flow record "
                         "states what has happened.")


def test_nodes_of_two_sites_are_refused_naming_the_row(demo_db: Database,
                                                       tmp_path: Path) -> None:
    row = ["2025-01-05", S_MINE, "Open-pit mining", "Crushing", "Copper ore", 100, "t"]
    err = refused_both_ways(demo_db, tmp_path / "sites.csv", row)
    assert isinstance(err, ImportRejected)
    (p,) = err.problems
    assert (p.row, p.column_letter) == (3, "D")
    assert f"it belongs to {S_CONC}" in p.message


def test_readings_in_a_closed_month_are_refused_naming_the_row(demo_db: Database,
                                                               tmp_path: Path) -> None:
    pid, _ = ms.add_point(demo_db, ms.PointDraft("GW-9", SourceKind.OTHER, Medium.GROUNDWATER))
    param = ms.list_parameters(demo_db)[0]
    close_period(demo_db, "2025-01")
    with pytest.raises(DomainError, match="January 2025 is closed"):
        ms.add_readings(demo_db, [ms.ReadingDraft(pid, param.id, dt.date(2025, 1, 15), 7.0)])
    path = tmp_path / "lab.csv"
    path.write_text(f"Point;Parameter;Date;Value\nGW-9;{param.code};15.02.2025;7,2\n"
                    f"GW-9;{param.code};15.01.2025;7,1\n", encoding="utf-8")
    mapping = {"target": "readings", "fields": {
        "point": "Point", "parameter": "Parameter", "taken_on": "Date", "value": "Value"}}
    p = one_mapped_problem(demo_db, path, mapping)
    assert (p.row, p.column_letter) == (3, "C")
    assert p.message.startswith("January 2025 is closed; reopen it")


def test_a_sample_deeper_than_the_register_allows_is_refused_naming_the_row(
        demo_db: Database, tmp_path: Path) -> None:
    from greendesk.services import formations as fs

    formation = fs.register(demo_db)[0].formation
    with pytest.raises(DomainError, match="The depth must be at most 1000, not 5000"):
        fs.add_sample(demo_db, fs.SampleDraft(formation.id, "S-9", depth_m=5000.0))
    name = formation.name
    path = tmp_path / "lab.csv"
    path.write_text(f"Object;Sample;Depth;Cu, %\n{name};S-1;12;0,3\n{name};S-2;5000;0,2\n",
                    encoding="utf-8")
    mapping = {"target": "assays", "fields": {
        "formation": "Object", "sample": "Sample", "depth_m": "Depth",
        "grade:Cu": {"column": "Cu, %", "unit": "%"}}}
    p = one_mapped_problem(demo_db, path, mapping)
    assert (p.row, p.column_letter) == (3, "C")
    assert p.message == "The depth must be at most 1000, not 5000."
