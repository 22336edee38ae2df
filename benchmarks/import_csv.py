"""CSV flow import: a 1,000,000-row CSV into the demo plant, in time and in memory.

Baseline (the bare work, measured in the same run): the `csv` module reads the same file
row by row, then sqlite3's executemany inserts the same rows, already resolved to ids and
canonical quantities, into a copy of the same database in one transaction (with an import
batch row and GreenDesk's pragmas: foreign keys on, synchronous=FULL). Ours: import_flows
in a fresh subprocess on another copy; its peak resident memory is the child's VmHWM,
interpreter and libraries included. Targets: ratio <= 2, peak <= 400 MB.

    python benchmarks/import_csv.py [--rows 1000000] [--runs 1]
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from import_flows import ALT_UNITS, HEADER, bare_insert, catalogue, demo_plant  # noqa: E402

from greendesk.demo.plant import _chain  # noqa: E402
from greendesk.units import factor  # noqa: E402

CHILD = r"""
import resource, sys, time
from greendesk.store.db import open_database
from greendesk.importers.flows_import import import_flows
db = open_database(sys.argv[1], create=False, auto_backup=False)
t0 = time.perf_counter()
result = import_flows(db, sys.argv[2])
seconds = time.perf_counter() - t0
db.close()
try:   # this process's own peak (ru_maxrss would also count the parent's pages at fork)
    with open("/proc/self/status") as fh:
        peak = next(int(ln.split()[1]) for ln in fh if ln.startswith("VmHWM:"))
except OSError:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(f"{seconds:.3f} {result.rows} {peak / 1024:.1f}")
"""


def write_csv(path: Path, n: int, db_path: Path, seed: int = 11) -> list[tuple]:
    """The CSV an officer's system would export (the demo's metering points, day by day back
    from 2025-12-31, a tenth as monthly totals, mixed units) and the resolved rows."""
    sites, nodes, mats = catalogue(db_path)
    rng = np.random.default_rng(seed)
    points = _chain()
    end = dt.date(2025, 12, 31).toordinal()
    noise = 1.0 + rng.normal(0.0, 0.02, n)
    picks = rng.integers(0, 1 << 30, n)
    resolved: list[tuple] = []
    with path.open("w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(HEADER)
        for i in range(n):
            f = points[i % len(points)]
            day = dt.date.fromordinal(end - i // len(points) % 3650)
            mat_id, mu = mats[f.material]
            units = ALT_UNITS.get(f.material, [f.unit])
            unit = units[int(picks[i]) % len(units)]
            qty = round(f.monthly / 30.4 * float(noise[i]) / factor(unit, mu)
                        * factor(f.unit, mu), 3)
            monthly = picks[i] % 10 == 0
            flow_date = (day.replace(day=1) if monthly else day).isoformat()
            note = "weighbridge" if picks[i] % 7 == 0 else ""
            out.writerow([f"{day:%Y-%m}" if monthly else day.isoformat(), f.site, f.source,
                          f.target, f.material, qty, unit, f.method, f.uncertainty, note])
            site_id = sites[f.site]
            resolved.append((site_id, flow_date, "month" if monthly else "day",
                             nodes[(site_id, f.source)], nodes[(site_id, f.target)], mat_id,
                             qty, unit, qty * factor(unit, mu), f.method, f.uncertainty,
                             note))
    return resolved


def baseline(path: Path, db_path: Path, rows: list[tuple]) -> tuple[float, float]:
    """Seconds to read the file with the csv module, and to insert the resolved rows."""
    t0 = time.perf_counter()
    with path.open(newline="", encoding="utf-8") as fh:
        n = sum(1 for _ in csv.reader(fh))
    t1 = time.perf_counter()
    assert n == len(rows) + 1
    return t1 - t0, bare_insert(db_path, path.name, rows)


def ours(path: Path, db_path: Path) -> tuple[float, float, int]:
    """Seconds inside import_flows, the child's peak resident memory in MB (VmHWM, which
    exec resets; ru_maxrss of a child also counts the parent's pages at fork, and the
    parent holds the baseline's resolved rows), and the rows imported."""
    proc = subprocess.run([sys.executable, "-c", CHILD, str(db_path), str(path)],
                          capture_output=True, text=True, check=False)
    if proc.returncode:
        raise SystemExit(f"the import failed:\n{proc.stderr}")
    seconds, rows, peak = proc.stdout.split()
    return float(seconds), float(peak), int(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=1, help="alternating runs; medians")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        demo = demo_plant(tmp)
        path = tmp / "flows.csv"
        t0 = time.perf_counter()
        rows = write_csv(path, args.rows, demo)
        print(f"wrote {path.name}: {args.rows:,} rows, {path.stat().st_size / 1e6:.1f} MB "
              f"in {time.perf_counter() - t0:.1f} s", flush=True)
        bases, imports, peaks = [], [], []
        for run in range(args.runs):
            base_db, our_db = tmp / f"base{run}.sqlite", tmp / f"ours{run}.sqlite"
            shutil.copyfile(demo, base_db)
            shutil.copyfile(demo, our_db)
            read_s, insert_s = baseline(path, base_db, rows)
            bases.append(read_s + insert_s)
            import_s, peak, n = ours(path, our_db)
            assert n == args.rows
            imports.append(import_s)
            peaks.append(peak)
            print(f"run {run + 1}: baseline csv read {read_s:.3f} s + executemany "
                  f"{insert_s:.3f} s = {bases[-1]:.3f} s; import_flows {import_s:.3f} s, "
                  f"peak RSS {peak:.0f} MB", flush=True)
        base_s, import_s = statistics.median(bases), statistics.median(imports)
        print(f"RESULT import_s={import_s:.3f} baseline_s={base_s:.3f} "
              f"peak_rss_mb={max(peaks):.0f} rows={args.rows} ratio={import_s / base_s:.2f}")


if __name__ == "__main__":
    main()
