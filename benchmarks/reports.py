"""Ledger extract at 100,000 rows: GreenDesk's report against openpyxl write-only bare.

Baseline: a bare script reads the same rows (sqlite3) and writes the same cells (dates as
dates, numbers as numbers) with openpyxl's write-only mode — no styles, no table, no
formulas. Ours: write_report(["ledger"]) with everything an auditor gets (cover, styles,
table, formulas with their cached values), written by XlsxWriter with the ledger streamed
(constant_memory). Memory: peak resident memory (VmHWM, Linux) of GreenDesk's export in a
child process at half and all of the rows (flat: it does not grow with the row count).
Both run in the same session, alternately, so a busy machine slows both alike.
Target: time ≤ 0.8× the baseline (issue 15 §5).

    python benchmarks/reports.py [--rows 100000]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

BARE = r"""
import sqlite3, sys, time, json
from openpyxl import Workbook
t0 = time.perf_counter()
con = sqlite3.connect(sys.argv[1])
rows = con.execute(
    "SELECT f.flow_date, s.name, a.name, b.name, m.name, f.qty_entered, f.unit_entered, "
    "f.qty_canonical, m.kind, m.kind, f.method, f.uncertainty_pct, f.note FROM flow f "
    "JOIN site s ON s.id = f.site_id JOIN material m ON m.id = f.material_id "
    "JOIN node a ON a.id = f.from_node_id JOIN node b ON b.id = f.to_node_id "
    "ORDER BY f.flow_date, f.id LIMIT ?", (int(sys.argv[3]),))
wb = Workbook(write_only=True)
ws = wb.create_sheet("Ledger")
ws.append(["Date", "Site", "From", "To", "Material", "Quantity", "Unit", "Canonical",
           "Canonical unit", "Kind", "Method", "Uncertainty", "Note"])
from datetime import date
for r in rows:
    ws.append([date.fromisoformat(r[0]), *r[1:]])  # the same cells: a real date, not text
wb.save(sys.argv[2])
hwm = [l for l in open("/proc/self/status") if l.startswith("VmHWM")][0].split()[1]
print(json.dumps([time.perf_counter() - t0, int(hwm) / 1024]))
"""

OURS = r"""
import sys, time, json, tracemalloc
from datetime import date
from pathlib import Path
from greendesk.store.db import open_database
from greendesk.periods import custom
from greendesk.reports.context import ReportContext
from greendesk.reports.registry import write_report
db = open_database(sys.argv[1])
first, last = [db.engine.connect().exec_driver_sql(q).scalar() for q in (
    "SELECT min(flow_date) FROM flow",
    f"SELECT flow_date FROM flow ORDER BY flow_date, id LIMIT 1 OFFSET {int(sys.argv[3]) - 1}")]
trace = len(sys.argv) > 4  # Python's own allocations (slower: not timed)
if trace:
    tracemalloc.start()
t0 = time.perf_counter()
r = write_report(["ledger"], ReportContext(db, custom(date.fromisoformat(first),
                 date.fromisoformat(last))), Path(sys.argv[2]))
hwm = [l for l in open("/proc/self/status") if l.startswith("VmHWM")][0].split()[1]
peak = tracemalloc.get_traced_memory()[1] / 1e6 if trace else 0.0
print(json.dumps([time.perf_counter() - t0, int(hwm) / 1024, r.rows, peak]))
"""


def child(code: str, db: Path, out: Path, rows: int, *extra: str) -> list[float]:
    res = subprocess.run([sys.executable, "-c", code, str(db), str(out), str(rows), *extra],
                         capture_output=True, text=True, check=True)
    return json.loads(res.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "plant.sqlite"
        from greendesk.demo.plant import write_scaled

        write_scaled(db, args.rows)  # daily records; the extract takes them all
        bare_t, bare_mem = [], {}
        ours_t, ours_mem, ours_py = [], {}, {}
        for n in (args.rows // 2, args.rows):
            b = child(BARE, db, Path(tmp) / "bare.xlsx", n)
            o = child(OURS, db, Path(tmp) / "ours.xlsx", n)
            bare_mem[n], ours_mem[n] = b[1], o[1]
            ours_py[n] = child(OURS, db, Path(tmp) / "ours.xlsx", n, "trace")[3]
        for _ in range(3):
            bare_t.append(child(BARE, db, Path(tmp) / "bare.xlsx", args.rows)[0])
            result = child(OURS, db, Path(tmp) / "ours.xlsx", args.rows)
            ours_t.append(result[0])
            assert result[2] == args.rows, result
    b, o = sorted(bare_t)[1], sorted(ours_t)[1]
    small, big = args.rows // 2, args.rows
    print(f"{args.rows:,} rows x 13 columns")
    print(f"bare openpyxl write-only (query + cells): median {b:.2f} s")
    print(f"GreenDesk ledger extract (cover, styles, table, formulas with values): "
          f"median {o:.2f} s (target: at most 0.8 x the bare script)")
    print(f"peak resident memory at {small:,} / {big:,} rows: bare {bare_mem[small]:.0f} / "
          f"{bare_mem[big]:.0f} MB, GreenDesk {ours_mem[small]:.0f} / {ours_mem[big]:.0f} MB")
    print(f"peak Python allocations (tracemalloc) of the GreenDesk export at {small:,} / "
          f"{big:,} rows: {ours_py[small]:.1f} / {ours_py[big]:.1f} MB")
    print(f"RESULT name=ledger_{big // 1000}k greendesk_s={o:.3f} openpyxl_s={b:.3f} "
          f"ratio={o / b:.2f} peak_mb_{small // 1000}k={ours_mem[small]:.0f} "
          f"peak_mb_{big // 1000}k={ours_mem[big]:.0f}")


if __name__ == "__main__":
    main()
