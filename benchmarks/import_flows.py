"""Flow-ledger import: a realistic N-row workbook into the demo plant, against the bare work.

Baseline (the floor for this stack): python-calamine reads the same .xlsx, then sqlite3's
executemany inserts the same rows, already resolved to ids and canonical quantities, into a
copy of the same database in one transaction (with an import batch row, the same pragmas as
GreenDesk's connections: foreign keys on, synchronous=FULL, WAL). Ours: import_flows into
another copy, which also checks the file's safety, maps headings, resolves every name,
checks every value and records the batch. Target: ratio ≤ 1.5.

    python benchmarks/import_flows.py [--rows 100000] [--runs 3] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import pstats
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from greendesk.demo.plant import _chain, write_demo
from greendesk.units import MaterialUnits, factor

HEADER = ["Date", "Site", "From", "To", "Material", "Quantity", "Unit", "Method",
          "Uncertainty %", "Note"]
# Units an officer might use instead of the demo's own, per material kind.
ALT_UNITS = {"Electricity": ["MWh", "kWh", "GJ"], "Heat": ["Gcal", "GJ"],
             "Diesel fuel": ["L", "t", "m³"], "Fresh water": ["thousand m³", "m³"],
             "Overburden": ["kt", "t"], "Copper ore": ["t", "kt"]}
INSERT = (
    "INSERT INTO flow (site_id, flow_date, date_precision, from_node_id, to_node_id, "
    "material_id, qty_entered, unit_entered, qty_canonical, method, uncertainty_pct, note, "
    "import_batch_id, created_at, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
    "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"
)


def demo_plant(tmp: Path) -> Path:
    """The demo plant (3 years) in `tmp`, its WAL folded in so a file copy is all of it."""
    demo = tmp / "demo.sqlite"
    write_demo(demo, years=3)
    con = sqlite3.connect(demo)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    return demo


def catalogue(db_path: Path) -> tuple[dict, dict, dict]:
    con = sqlite3.connect(db_path)
    sites = {name: id_ for id_, name in con.execute("SELECT id, name FROM site")}
    nodes = {(site, name): id_ for id_, site, name in con.execute(
        "SELECT id, site_id, name FROM node")}
    mats = {name: (id_, MaterialUnits(name, kind, dens, ncv)) for id_, name, kind, dens, ncv
            in con.execute("SELECT id, name, kind, density_t_per_m3, ncv_gj_per_unit "
                           "FROM material")}
    con.close()
    return sites, nodes, mats


def write_workbook(path: Path, n: int, db_path: Path, seed: int = 11) -> list[tuple]:
    """The xlsx officers would send (daily readings of the demo's metering points, a tenth
    as monthly totals, mixed units) and the resolved rows the baseline inserts."""
    from openpyxl import Workbook

    sites, nodes, mats = catalogue(db_path)
    rng = np.random.default_rng(seed)
    points = _chain()
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Flows")
    ws.append(HEADER)
    resolved: list[tuple] = []
    end = dt.date(2025, 12, 31).toordinal()
    noise = 1.0 + rng.normal(0.0, 0.02, n)
    picks = rng.integers(0, 1 << 30, n)
    for i in range(n):
        f = points[i % len(points)]
        day = dt.date.fromordinal(end - i // len(points) % 3650)
        mat_id, mu = mats[f.material]
        units = ALT_UNITS.get(f.material, [f.unit])
        unit = units[int(picks[i]) % len(units)]
        qty = round(f.monthly / 30.4 * float(noise[i]) / factor(unit, mu) * factor(f.unit, mu),
                    3)
        monthly = picks[i] % 10 == 0
        date_cell: object = f"{day:%Y-%m}" if monthly else day
        flow_date = (day.replace(day=1) if monthly else day).isoformat()
        note = "weighbridge" if picks[i] % 7 == 0 else None
        ws.append([date_cell, f.site, f.source, f.target, f.material, qty, unit, f.method,
                   f.uncertainty, note])
        site_id = sites[f.site]
        resolved.append((site_id, flow_date, "month" if monthly else "day",
                         nodes[(site_id, f.source)], nodes[(site_id, f.target)], mat_id,
                         qty, unit, qty * factor(unit, mu), f.method, f.uncertainty,
                         note or ""))
    wb.save(path)
    return resolved


def bare_insert(db_path: Path, file_name: str, rows: list[tuple]) -> float:
    """Seconds for sqlite3's executemany of resolved rows, with their import batch, in one
    transaction under GreenDesk's pragmas: the floor for writing an import."""
    con = sqlite3.connect(db_path, isolation_level=None)
    con.execute("PRAGMA foreign_keys = ON")
    con.execute("PRAGMA synchronous = FULL")
    t0 = time.perf_counter()
    con.execute("BEGIN IMMEDIATE")
    batch = con.execute("INSERT INTO import_batch (kind, file_name, file_sha256, rows, "
                        "imported_at) VALUES ('flows', ?, ?, ?, CURRENT_TIMESTAMP)",
                        (file_name, "0" * 64, len(rows))).lastrowid
    con.executemany(INSERT, [(*r, batch) for r in rows])
    con.execute("COMMIT")
    elapsed = time.perf_counter() - t0
    con.close()
    return elapsed


def baseline(xlsx: Path, db_path: Path, rows: list[tuple]) -> tuple[float, float]:
    from python_calamine import CalamineWorkbook

    t0 = time.perf_counter()
    wb = CalamineWorkbook.from_path(str(xlsx))
    cells = wb.get_sheet_by_name(wb.sheet_names[0]).to_python()
    t1 = time.perf_counter()
    assert len(cells) == len(rows) + 1
    return t1 - t0, bare_insert(db_path, xlsx.name, rows)


def ours(xlsx: Path, db_path: Path, profile: bool) -> float:
    from greendesk.importers.flows_import import import_flows
    from greendesk.store.db import open_database

    db = open_database(db_path)
    try:
        prof = cProfile.Profile() if profile else None
        t0 = time.perf_counter()
        if prof:
            prof.enable()
        result = import_flows(db, xlsx)
        if prof:
            prof.disable()
        elapsed = time.perf_counter() - t0
    finally:
        db.close()
    if prof:
        pstats.Stats(prof, stream=sys.stdout).sort_stats("cumulative").print_stats(25)
    assert result.rows > 0
    return elapsed


def count(db_path: Path) -> int:
    con = sqlite3.connect(db_path)
    n = con.execute("SELECT count(*) FROM flow WHERE import_batch_id IS NOT NULL").fetchone()[0]
    con.close()
    return n


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3, help="alternating runs; medians")
    parser.add_argument("--profile", action="store_true", help="cProfile one import")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        demo = demo_plant(tmp)
        xlsx = tmp / "flows.xlsx"
        t0 = time.perf_counter()
        rows = write_workbook(xlsx, args.rows, demo)
        print(f"wrote {xlsx.name}: {args.rows:,} rows, {xlsx.stat().st_size / 1e6:.1f} MB "
              f"in {time.perf_counter() - t0:.1f} s")
        reads, inserts, imports = [], [], []
        for run in range(args.runs):
            base_db, our_db = tmp / f"base{run}.sqlite", tmp / f"ours{run}.sqlite"
            shutil.copyfile(demo, base_db)
            shutil.copyfile(demo, our_db)
            read_s, insert_s = baseline(xlsx, base_db, rows)
            reads.append(read_s)
            inserts.append(insert_s)
            imports.append(ours(xlsx, our_db, args.profile and run == 0))
            assert count(base_db) == count(our_db) == args.rows
            print(f"run {run + 1}: baseline read {read_s:.3f} s + insert {insert_s:.3f} s "
                  f"= {read_s + insert_s:.3f} s; import_flows {imports[-1]:.3f} s")
        read_s, insert_s = statistics.median(reads), statistics.median(inserts)
        base_s = statistics.median(r + i for r, i in zip(reads, inserts, strict=True))
        import_s = statistics.median(imports)
        print(f"median baseline: calamine read {read_s:.3f} s, sqlite3 executemany "
              f"{insert_s:.3f} s, together {base_s:.3f} s")
        print(f"median import_flows: {import_s:.3f} s")
        print(f"RESULT import_s={import_s:.3f} baseline_s={base_s:.3f} "
              f"ratio={import_s / base_s:.2f} rows={args.rows}")


if __name__ == "__main__":
    main()
