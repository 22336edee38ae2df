"""CSV quoting never swallows rows: a quoted value that runs over line ends into what reads
as further rows is refused with the line where the quote opened; a real multi-line cell
(Alt+Enter in Excel) still imports."""

from __future__ import annotations

from pathlib import Path

import pytest

from greendesk.demo.plant import S_MINE
from greendesk.errors import DomainError
from greendesk.importers.flows_import import import_flows
from greendesk.readers.tabular import TableReadError, read_table
from greendesk.store.db import Database

HEAD = "Date,Site,From,To,Material,Quantity,Unit,Note\n"


def row(day: int, note: str = "ok") -> str:
    return (f"2025-03-{day:02d},{S_MINE},Fuel supplier,Open-pit mining,Diesel fuel,1000,L,"
            f"{note}\n")


def counts(db: Database) -> tuple[int, int]:
    with db.read() as s:
        c = s.connection()
        return (c.exec_driver_sql("SELECT count(*) FROM flow").scalar() or 0,
                c.exec_driver_sql("SELECT count(*) FROM audit_entry").scalar() or 0)


@pytest.mark.parametrize("where", ["middle", "last row"])
def test_a_stray_quote_in_a_note_is_refused_naming_its_line(demo_db: Database, tmp_path: Path,
                                                           where: str) -> None:
    """Five data rows, a note on the second opening a quote it never closes (or closes
    only in the last row): the csv module reads them as one record."""
    rows = [row(d) for d in range(1, 6)]
    rows[1] = row(2, '"Weighbridge 5 (out of order')
    if where == "last row":
        rows[4] = row(5, 'end"')
    path = tmp_path / "stray.csv"
    path.write_text(HEAD + "".join(rows), encoding="utf-8")
    before = counts(demo_db)
    with pytest.raises(DomainError) as info:
        import_flows(demo_db, path)
    assert counts(demo_db) == before
    assert str(info.value).startswith(
        "stray.csv: the quoted value that opens on line 3 runs over ")
    assert "Close the quote, or remove the stray \" on line 3" in str(info.value)


def test_the_quote_line_counts_line_ends_inside_earlier_cells(tmp_path: Path) -> None:
    path = tmp_path / "two.csv"
    path.write_text('a,b,c\r\n"x\r\ny",2,"open\r\n3,4,5\r\n6,7,8\r\n', encoding="utf-8")
    with pytest.raises(TableReadError, match="opens on line 3 runs over 3 line ends"):
        read_table(path, stream=True)


def test_a_real_multi_line_cell_still_imports(demo_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "altenter.csv"
    path.write_text(HEAD + row(1, '"Delivered, checked\nand weighed, signed"') + row(2),
                    encoding="utf-8")
    assert import_flows(demo_db, path).rows == 2
