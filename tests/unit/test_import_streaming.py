"""Big CSV files in bounded memory: the reader checks a file in one pass without holding its
rows, the import checks and writes it chunk by chunk in one transaction, and any problem
still rolls back every chunk already written."""

from __future__ import annotations

import os
import tracemalloc
from pathlib import Path

import pytest

from greendesk.demo.plant import S_MINE
from greendesk.importers import flows_import
from greendesk.importers.flows_import import ImportRejected, import_flows
from greendesk.readers.tabular import TableReadError, read_table
from greendesk.services import flow_writes
from greendesk.store.db import Database

HEAD = "Date,Site,From,To,Material,Quantity,Unit,Method,Uncertainty %,Note\n"


def line(day: str = "2025-03-31", qty: object = 1000) -> str:
    return (f"{day},{S_MINE},Fuel supplier,Open-pit mining,Diesel fuel,{qty},L,measured,2,"
            "delivery note 118\n")


def counts(db: Database) -> tuple[int, int, int]:
    with db.read() as s:
        c = s.connection()
        return tuple(c.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar() or 0
                     for t in ("flow", "import_batch", "audit_entry"))  # type: ignore[return-value]


def test_streamed_rows_are_the_rows_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "f.csv"
    path.write_text("\n,,\n" + HEAD + line() + "\n" + line("2025-04-01", 12) + "\n\n",
                    encoding="utf-8")
    whole = read_table(path)
    streamed = read_table(path, stream=True)
    assert not isinstance(streamed.rows, list)
    assert len(streamed.rows) == len(whole.rows) == 3          # trailing blanks dropped
    assert list(streamed.rows) == list(streamed.rows) == whole.rows  # read again each time
    assert (streamed.header, streamed.first_data_row, streamed.records, streamed.sha256) == (
        whole.header, whole.first_data_row, whole.records, whole.sha256)


def test_a_file_changed_after_it_was_checked_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "f.csv"
    path.write_text(HEAD + line() * 3, encoding="utf-8")
    table = read_table(path, stream=True)
    path.write_text(HEAD + line() * 2 + line(qty=999), encoding="utf-8")
    with pytest.raises(TableReadError, match="changed while it was being read"):
        list(table.rows)


def test_a_huge_csv_is_refused_by_its_size_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    with path.open("wb") as fh:
        fh.write(HEAD.encode())
        fh.truncate(3 << 30)           # sparse: 3 GiB on paper, nothing on the disk
    with pytest.raises(TableReadError, match=r"huge.csv is 3.0 GiB, larger than the 1 GiB"):
        read_table(path, stream=True)


def test_an_import_holds_a_chunk_not_the_file(demo_db: Database, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """Python's allocations stay well under the file's size (reading it whole held about
    fourteen times its size)."""
    monkeypatch.setattr(flows_import, "INSERT_CHUNK", 500)
    warm = tmp_path / "warm.csv"
    warm.write_text(HEAD + line("2025-01-02"), encoding="utf-8")
    import_flows(demo_db, warm)                 # imports and caches warmed up
    path = tmp_path / "big.csv"
    path.write_text(HEAD + line() * 15_000, encoding="utf-8")
    tracemalloc.start()
    try:
        assert import_flows(demo_db, path).rows == 15_000
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 3 * os.path.getsize(path), f"{peak:,} bytes at the peak"


def test_a_bad_row_after_written_chunks_rolls_all_back(demo_db: Database, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(flows_import, "INSERT_CHUNK", 10)
    written: list[int] = []
    real_add = flow_writes.FlowWriter.add

    def add(self, rows, labels=None):  # type: ignore[no-untyped-def]
        written.append(len(rows))
        real_add(self, rows, labels)

    monkeypatch.setattr(flow_writes.FlowWriter, "add", add)
    lines = [line()] * 100
    lines[59], lines[94] = line(qty="lots"), line(day="2025-02-30")
    path = tmp_path / "late.csv"
    path.write_text(HEAD + "".join(lines), encoding="utf-8")
    before = counts(demo_db)
    with pytest.raises(ImportRejected) as info:
        import_flows(demo_db, path)
    assert sum(written) == 50, "the chunks before the first problem were written"
    assert counts(demo_db) == before, "and rolled back"
    assert [(p.row, p.column_letter) for p in info.value.problems] == [(61, "F"), (96, "A")]
