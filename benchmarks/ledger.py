"""The flow ledger at a million records.

Baseline: a bare QTableView over a minimal keyset-paging model of the same `flow` table
(sqlite3, ORDER BY flow_date, id, pages of 256 rows) — the floor for showing such a table.
Measured for both in one Qt process: first screen (model created → rows painted), jump to
the end, jump to the middle. For GreenDesk also: every offered sort, a filter change to one
site and one year with its totals, and resident memory (each table in its own process).
Targets: first screen ≤ 3× baseline; filter + totals < 0.3 s; memory ≤ 1.5× baseline.

    python benchmarks/ledger.py [--flows 1000000] [--db PATH]

With `--backend postgresql` the same records are copied into a server database
(benchmarks/_server.py) and GreenDesk's ledger is timed on the file and on the server: first
screen, jumps, the filter with its totals. Target: the server within 2× of the file.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from _common import median_time, scaled_database  # noqa: E402

PAGE = 256


class _Exec:
    """Gives a SQLAlchemy connection sqlite3's `execute(sql, params)` shape."""

    def __init__(self, exec_driver_sql) -> None:  # type: ignore[no-untyped-def]
        self._exec = exec_driver_sql

    def execute(self, sql: str, params: tuple = ()):  # type: ignore[no-untyped-def]
        return self._exec(sql, params)


def bare_model_class():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

    class KeysetModel(QAbstractTableModel):
        """The floor: count once, then pages by keyset from the nearest cached page."""

        COLS = ("flow_date", "site_id", "from_node_id", "to_node_id", "material_id",
                "qty_entered", "unit_entered", "qty_canonical", "method", "uncertainty_pct",
                "note")

        def __init__(self, path: str, driver: str = "sqlalchemy") -> None:
            super().__init__()
            if driver == "sqlalchemy":  # this stack's floor: SQLAlchemy Core, no ORM
                import sqlalchemy

                self.con = sqlalchemy.create_engine(f"sqlite:///{path}").connect().exec_driver_sql
                self.con = _Exec(self.con)
            else:
                self.con = sqlite3.connect(path)
            self.n = self.con.execute("SELECT count(*) FROM flow").fetchone()[0]
            self.pages: dict[int, list[tuple]] = {}

        def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
            return self.n

        def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
            return len(self.COLS)

        def _page(self, p: int) -> list[tuple]:
            if p not in self.pages:
                cols = ", ".join(self.COLS)
                prev = self.pages.get(p - 1)
                if prev:
                    d, i = prev[-1][0], prev[-1][-1]
                    sql = (f"SELECT {cols}, id FROM flow WHERE (flow_date, id) > (?, ?) "
                           f"ORDER BY flow_date, id LIMIT {PAGE}")
                    rows = self.con.execute(sql, (d, i)).fetchall()
                else:
                    sql = (f"SELECT {cols}, id FROM flow ORDER BY flow_date, id "
                           f"LIMIT {PAGE} OFFSET {p * PAGE}")
                    rows = self.con.execute(sql).fetchall()
                self.pages[p] = rows
                if len(self.pages) > 40:
                    self.pages.pop(next(iter(self.pages)))
            return self.pages[p]

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
            if role != Qt.ItemDataRole.DisplayRole:
                return None
            row = self._page(index.row() // PAGE)[index.row() % PAGE]
            return str(row[index.column()])

    return KeysetModel


def bare_table(app, path: Path):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QHeaderView, QTableView

    view = QTableView()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.resize(1200, 700)
    view.show()
    return view


def paint(app, widget) -> None:  # type: ignore[no-untyped-def]
    widget.repaint()
    app.processEvents()


def ledger_window(where: Path | str):  # type: ignore[no-untyped-def]
    """The main window showing the ledger section on a file or a server database, and the
    database (both timing runs start from the same window)."""
    from greendesk.store.db import open_database
    from greendesk.ui.main_window import MainWindow

    win = MainWindow()
    win.resize(1400, 800)
    db = open_database(where)
    win.db = db
    win.show()
    win.show_section("ledger")
    return win, db


def run_timings(path: Path) -> dict[str, float]:
    from greendesk.ui.app import make_app

    app = make_app([])
    Model = bare_model_class()
    bare = bare_table(app, path)

    def bare_first() -> None:
        bare.setModel(Model(str(path), "sqlalchemy"))
        paint(app, bare.viewport())

    def bare_end() -> None:
        bare.scrollToBottom()
        paint(app, bare.viewport())

    win, db = ledger_window(path)
    view = win.ledger_view
    table = view.table

    def ours_first() -> None:
        view.db = db
        view.load()  # catalogue, period range, count; totals follow after the paint
        paint(app, table.viewport())

    def ours_end() -> None:
        table.scrollToBottom()
        paint(app, table.viewport())

    def ours_middle() -> None:
        table.scrollTo(view.model.index(view.model.rowCount() // 2, 0))
        paint(app, table.viewport())

    def bare_middle() -> None:
        bare.scrollTo(bare.model().index(bare.model().rowCount() // 2, 0))
        paint(app, bare.viewport())

    out: dict[str, float] = {}
    for _ in range(2):  # warm caches for both
        bare_first(), ours_first()
    out["bare_first"] = median_time(bare_first, 7)
    out["ours_first"] = median_time(ours_first, 7)
    out["bare_end"] = median_time(lambda: (bare_first(), bare_end()), 3) - out["bare_first"]
    out["ours_end"] = median_time(lambda: (ours_first(), ours_end()), 3) - out["ours_first"]
    out["bare_middle"] = median_time(lambda: (bare_first(), bare_middle()), 3) - out["bare_first"]
    out["ours_middle"] = median_time(lambda: (ours_first(), ours_middle()), 3) - out["ours_first"]
    view.wait_for_background()
    t0 = time.perf_counter()
    view._update_totals()
    out["ours_totals_all"] = time.perf_counter() - t0

    from greendesk.ui.ledger_model import COLUMNS

    for col, (key, _h, sort) in enumerate(COLUMNS):
        if sort is None:
            continue
        for order in (0, 1):
            from PySide6.QtCore import Qt

            def do_sort(col=col, order=order) -> None:  # type: ignore[no-untyped-def]
                table.sortByColumn(col, Qt.SortOrder(order))
                paint(app, table.viewport())
                table.scrollToBottom()
                paint(app, table.viewport())
            out[f"sort_{key}_{'desc' if order else 'asc'}"] = median_time(do_sort, 3)
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)

    site_id = next(iter(view.model.catalog.sites))
    last_year = db.engine.connect().exec_driver_sql("SELECT max(flow_date) FROM flow").scalar()[:4]

    def filter_change() -> None:
        view.filters.site.setCurrentIndex(0)
        view.filters.period_kind.setCurrentIndex(0)
        app.processEvents()
        t0 = time.perf_counter()
        view.filters.site.setCurrentIndex(view.filters.site.findData(site_id))
        view.filters.select_period("year", last_year)
        view._update_totals()
        paint(app, table.viewport())
        return time.perf_counter() - t0  # type: ignore[return-value]

    times = sorted(filter_change() for _ in range(5))  # type: ignore[misc]
    out["filter_site_year_with_totals"] = times[len(times) // 2]
    out["filter_rows"] = view.model.rowCount()
    out["cached_pages_max"] = view.model.cached_pages()
    return out


def ledger_timings(where: str) -> dict[str, float]:
    """GreenDesk's ledger alone on a file or a server database (the server mode)."""
    from PySide6.QtCore import Qt

    from greendesk.ui.app import make_app

    app = make_app([])
    win, db = ledger_window(where)
    view = win.ledger_view
    table = view.table

    def first() -> None:
        view.db = db
        view.load()
        paint(app, table.viewport())

    def end() -> None:
        table.scrollToBottom()
        paint(app, table.viewport())

    def middle() -> None:
        table.scrollTo(view.model.index(view.model.rowCount() // 2, 0))
        paint(app, table.viewport())

    out: dict[str, float] = {}
    for _ in range(2):
        first()
    out["first"] = median_time(first, 5)
    out["end"] = median_time(lambda: (first(), end()), 3) - out["first"]
    out["middle"] = median_time(lambda: (first(), middle()), 3) - out["first"]
    view.wait_for_background()
    t0 = time.perf_counter()
    view._update_totals()
    out["totals_all"] = time.perf_counter() - t0

    def sort_by_quantity() -> None:
        table.sortByColumn(5, Qt.SortOrder.DescendingOrder)
        paint(app, table.viewport())
        end()
    out["sort"] = median_time(sort_by_quantity, 3)
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    site_id = next(iter(view.model.catalog.sites))
    with db.engine.connect() as conn:
        last_year = str(conn.exec_driver_sql("SELECT max(flow_date) FROM flow").scalar())[:4]

    def filter_change() -> float:
        view.filters.site.setCurrentIndex(0)
        view.filters.period_kind.setCurrentIndex(0)
        app.processEvents()
        t0 = time.perf_counter()
        view.filters.site.setCurrentIndex(view.filters.site.findData(site_id))
        view.filters.select_period("year", last_year)
        view._update_totals()
        paint(app, table.viewport())
        return time.perf_counter() - t0

    out["filter"] = sorted(filter_change() for _ in range(5))[2]
    win.close()
    db.close()
    return out


def server_mode(path: Path) -> None:
    """The ledger on the file and on a server copy of it, side by side."""
    from _server import copy_file_to_server, stop

    from greendesk.store.db import open_database

    open_database(path).close()  # upgraded before it is copied: one schema on both
    url = copy_file_to_server(path, "bench_ledger")
    t = {backend: ledger_timings(where) for backend, where in
         (("sqlite", str(path)), ("postgresql", url))}
    for key in t["sqlite"]:
        print(f"{key:12s} file {t['sqlite'][key] * 1000:8.1f} ms   "
              f"server {t['postgresql'][key] * 1000:8.1f} ms")
    print("RESULT backend=postgresql " + " ".join(
        f"{k}_sqlite_s={t['sqlite'][k]:.4f} {k}_postgresql_s={t['postgresql'][k]:.4f}"
        for k in t["sqlite"]) + f" ratio={t['postgresql']['first'] / t['sqlite']['first']:.2f}")
    stop()  # the script leaves with os._exit, which skips atexit


def memory_child(kind: str, path: Path) -> float:
    code = f"""
import os, sys, json
sys.path.insert(0, {str(Path(__file__).resolve().parent)!r})
os.environ['QT_QPA_PLATFORM'] = 'offscreen'
from ledger import bare_model_class, bare_table, paint
from _common import rss_mb
from pathlib import Path
path = Path({str(path)!r})
if {kind!r}.startswith('bare'):
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    view = bare_table(app, path)
    view.setModel(bare_model_class()(str(path), {kind!r}.split('-')[1]))
else:
    from greendesk.ui.app import make_app
    from greendesk.ui.main_window import MainWindow
    from greendesk.store.db import open_database
    app = make_app([])
    win = MainWindow(); win.resize(1400, 800)
    win.set_database(open_database(path)); win.show(); win.show_section('ledger')
    view = win.ledger_view.table
    win.ledger_view._update_totals()
paint(app, view.viewport())
view.scrollToBottom(); paint(app, view.viewport())
view.scrollTo(view.model().index(view.model().rowCount() // 2, 0)); paint(app, view.viewport())
print(json.dumps(rss_mb()))
"""
    env = dict(os.environ, GREENDESK_DATA_DIR=str(path.parent / "bench-data"))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                         cwd=str(Path(__file__).resolve().parent), check=True)
    return float(json.loads(out.stdout.strip().splitlines()[-1]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--flows", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, default=None)
    parser.add_argument("--backend", choices=("sqlite", "postgresql"), default="sqlite")
    args = parser.parse_args()
    path = scaled_database(args.db, args.flows)
    os.environ.setdefault("GREENDESK_DATA_DIR", str(path.parent / "bench-data"))
    if args.backend == "postgresql":
        server_mode(path)
        return
    t = run_timings(path)
    mem_bare = memory_child("bare-sqlalchemy", path)
    mem_bare_sqlite3 = memory_child("bare-sqlite3", path)
    mem_ours = memory_child("ours", path)
    print(f"records: {args.flows:,}")
    print(f"first screen: bare keyset table {t['bare_first']*1000:.1f} ms, "
          f"GreenDesk ledger {t['ours_first']*1000:.1f} ms")
    print(f"jump to the end: bare {t['bare_end']*1000:.1f} ms, ours {t['ours_end']*1000:.1f} ms; "
          f"to the middle: bare {t['bare_middle']*1000:.1f} ms, ours {t['ours_middle']*1000:.1f} ms")
    print(f"totals of all records (footer; computed in a worker thread after the first "
          f"paint): {t['ours_totals_all']*1000:.0f} ms")
    for key, value in t.items():
        if key.startswith("sort_"):
            print(f"  {key:28s} {value*1000:7.1f} ms (sort, paint, jump to end, paint)")
    print(f"filter to one site and one year, totals included: "
          f"{t['filter_site_year_with_totals']*1000:.1f} ms ({int(t['filter_rows']):,} rows)")
    print(f"resident memory: bare table with SQLAlchemy Core {mem_bare:.0f} MB "
          f"(with plain sqlite3 {mem_bare_sqlite3:.0f} MB), GreenDesk {mem_ours:.0f} MB "
          f"(pages of {PAGE} rows cached after the filter: {int(t['cached_pages_max'])})")
    worst_sort = max(v for k, v in t.items() if k.startswith("sort_"))
    print(f"RESULT ledger_first_screen_s={t['ours_first']:.4f} baseline_s={t['bare_first']:.4f} "
          f"ratio={t['ours_first']/t['bare_first']:.2f} filter_s={t['filter_site_year_with_totals']:.3f} "
          f"worst_sort_s={worst_sort:.3f} rss_mb={mem_ours:.0f} rss_baseline_mb={mem_bare:.0f} "
          f"rss_ratio={mem_ours/mem_bare:.2f} rss_sqlite3_baseline_mb={mem_bare_sqlite3:.0f}")


if __name__ == "__main__":
    main()
    sys.stdout.flush()
    os._exit(0)  # skip interpreter teardown of live Qt objects
