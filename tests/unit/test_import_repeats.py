"""The same data imported twice: a re-saved file (other bytes, the same rows) is noticed by
its rows, said how many and from which earlier import, and refused unless `again`."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from greendesk.cli import main
from greendesk.demo.plant import S_CONC, S_MINE
from greendesk.importers.flows_import import RepeatedRows, import_flows
from greendesk.services.catalog import load_catalog
from greendesk.services.flows import AddFlows, FlowDraft
from greendesk.store.db import Database

HEAD = "Date,Site,From,To,Material,Quantity,Unit,Note\n"
ROWS = [
    f"2025-02-03,{S_MINE},Fuel supplier,Open-pit mining,Diesel fuel,1000,L,delivery 1\n",
    f"2025-02-10,{S_MINE},Fuel supplier,Open-pit mining,Diesel fuel,1200,L,delivery 2\n",
    f"2025-02-28,{S_CONC},Power grid,Crushing,Electricity,10.5,MWh,meter 7\n",
]


def write(path: Path, rows: list[str]) -> Path:
    path.write_text(HEAD + "".join(rows), encoding="utf-8")
    return path


def flows(db: Database) -> int:
    with db.read() as s:
        return s.connection().exec_driver_sql("SELECT count(*) FROM flow").scalar() or 0


def test_a_resaved_file_is_refused_by_its_rows(demo_db: Database, tmp_path: Path) -> None:
    """February re-saved with one note corrected: other bytes, the same records."""
    import_flows(demo_db, write(tmp_path / "february.csv", ROWS))
    before = flows(demo_db)
    resaved = [*ROWS[:2], ROWS[2].replace("meter 7", "meter 7 (checked)")]
    with pytest.raises(RepeatedRows) as info:
        import_flows(demo_db, write(tmp_path / "february-v2.csv", resaved))
    assert flows(demo_db) == before
    msg = str(info.value)
    today = dt.date.today().isoformat()
    assert msg.startswith("3 of the 3 rows of february-v2.csv match records already in the "
                          "database (the same date, nodes, material, quantity and unit): 3 "
                          f"imported from february.csv on {today} at "), msg
    assert msg.endswith("nothing was imported. Import it again only if these records should "
                        "be added a second time.")
    assert info.value.rows == 3
    assert import_flows(demo_db, tmp_path / "february-v2.csv", again=True).rows == 3
    assert flows(demo_db) == before + 3


def test_a_file_that_partly_repeats_says_how_much(demo_db: Database, tmp_path: Path) -> None:
    import_flows(demo_db, write(tmp_path / "february.csv", ROWS))
    march = [ROWS[0], ROWS[1].replace(",1200,", ",1250,"), ROWS[2].replace("02-28", "03-01")]
    with pytest.raises(RepeatedRows, match=r"^1 of the 3 rows of march\.csv match .*: 1 "
                                           r"imported from february\.csv on "):
        import_flows(demo_db, write(tmp_path / "march.csv", march))


def test_rows_typed_in_the_ledger_count_too(demo_db: Database, tmp_path: Path) -> None:
    cat = load_catalog(demo_db)
    node = {n.name: n.id for n in cat.nodes.values()}
    diesel = next(m.id for m in cat.materials.values() if m.name == "Diesel fuel")
    AddFlows([FlowDraft(dt.date(2025, 2, 3), node["Fuel supplier"], node["Open-pit mining"],
                        diesel, 1000, "L")]).apply(demo_db)
    with pytest.raises(RepeatedRows, match=r"1 of the 3 rows of typed\.csv match .*: 1 entered "
                                           r"in the ledger; nothing was imported"):
        import_flows(demo_db, write(tmp_path / "typed.csv", ROWS))


def test_equal_rows_within_one_file_are_not_repeats(demo_db: Database, tmp_path: Path) -> None:
    """Two deliveries of the same size on the same day are two records; the check looks at
    what the database held before the import, not at the file's own rows."""
    assert import_flows(demo_db, write(tmp_path / "twice.csv", [ROWS[0]] * 2)).rows == 2


def test_the_command_line_refuses_unless_again(demo_path: Path, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    first, second = write(tmp_path / "a.csv", ROWS), write(tmp_path / "b.csv", ROWS[::-1])
    assert main(["import", "flows", str(first), "--db", str(demo_path)]) == 0
    capsys.readouterr()
    assert main(["import", "flows", str(second), "--db", str(demo_path)]) == 1
    err = capsys.readouterr().err
    assert "3 of the 3 rows of b.csv match records already in the database" in err
    assert "imported from a.csv on" in err and "--again" in err and "Traceback" not in err
    assert main(["import", "flows", str(second), "--db", str(demo_path), "--again"]) == 0
