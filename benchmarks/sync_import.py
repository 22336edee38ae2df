"""A site's closed month handed in: export and import a package of N flow records.

The site is the demo plant (1 year) with N flow records of one site in January 2026, that
month closed; the company database is another demo plant (same names, its own identity).
Ours: `sync export` of the month (records and the site's trail, zipped, digested) and
`sync import` into a copy of the company database (package checked whole, names resolved,
flows through the flow writer, the identity mapping written). Baseline, measured in the
same run: the same flows as a CSV through `greendesk import flows` into another copy.

    python benchmarks/sync_import.py [--flows 100000] [--backend postgresql]

With `--backend postgresql` the package is also taken into a server copy of the company
database (benchmarks/_server.py), timed beside the file's import.
"""

from __future__ import annotations

import argparse
import csv
import shutil
import sqlite3
import tempfile
import time
from datetime import date
from pathlib import Path

from sqlalchemy import select

import greendesk.periods
from greendesk.demo.plant import write_demo
from greendesk.importers.flows_import import import_flows
from greendesk.models import Material, Node, Site
from greendesk.services.flow_writes import FlowWriter
from greendesk.services.periods_closed import close_period
from greendesk.services.sync_export import export_period
from greendesk.services.sync_import import import_package
from greendesk.store.db import open_database

SITE = "Nurken concentrator"


def _fold(path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()


def site_database(path: Path, n: int, csv_path: Path) -> None:
    """The demo plant with `n` records of SITE in January 2026 (closed), and the same
    records as the CSV an officer would import."""
    write_demo(path, years=1)
    db = open_database(path, auto_backup=False)
    try:
        with db.write() as s:
            site = s.scalars(select(Site).where(Site.name == SITE)).one()
            a, b = (s.scalars(select(Node).where(Node.site_id == site.id, Node.kind == k)
                              .order_by(Node.id)).first() for k in ("supplier", "process"))
            ore = s.scalars(select(Material).where(Material.name == "Copper ore")).one()
            assert a is not None and b is not None
            rows = [(site.id, date(2026, 1, 1 + i % 31).isoformat(), "day", a.id, b.id, ore.id,
                     100.0 + i % 997, "t", 100.0 + i % 997, "measured", None, f"#{i}",
                     "measured") for i in range(n)]
            writer = FlowWriter(s, bulk=True, note="benchmark")
            writer.add(rows)
            writer.finish()
        close_period(db, "2026-01")
    finally:
        db.close()
    _fold(path)
    with csv_path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Date", "Site", "From", "To", "Material", "Quantity", "Unit", "Method",
                    "Uncertainty %", "Note"])
        for r in rows:
            w.writerow([r[1], SITE, a.name, b.name, ore.name, r[6], "t", "measured", "",
                        r[11]])


def timed(fn) -> tuple[float, object]:  # type: ignore[no-untyped-def]
    t0 = time.perf_counter()
    out = fn()
    return time.perf_counter() - t0, out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--flows", type=int, default=100_000)
    ap.add_argument("--backend", choices=("sqlite", "postgresql"), default="sqlite")
    args = ap.parse_args()
    greendesk.periods.today = lambda: date(2026, 2, 15)  # January 2026 is past and closable
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        site, flows_csv = tmp / "site.sqlite", tmp / "flows.csv"
        site_database(site, args.flows, flows_csv)
        company = tmp / "company.sqlite"
        write_demo(company, years=1)
        _fold(company)
        ours, base = (shutil.copyfile(company, tmp / f"{k}.sqlite") for k in ("ours", "base"))

        db = open_database(site, auto_backup=False)
        try:
            export_s, done = timed(lambda: export_period(db, SITE, "2026-01", tmp / "p.zip"))
        finally:
            db.close()
        size = (tmp / "p.zip").stat().st_size
        db = open_database(ours, auto_backup=False)
        try:
            import_s, result = timed(lambda: import_package(db, tmp / "p.zip"))
            again_s, _ = timed(lambda: import_package(db, tmp / "p.zip"))
        finally:
            db.close()
        db = open_database(base, auto_backup=False)
        try:
            base_s, _ = timed(lambda: import_flows(db, flows_csv))
        finally:
            db.close()
        if args.backend == "postgresql":
            server_s = _on_server(company, tmp / "p.zip")
    print(f"package: {size / 1e6:.1f} MB, {result.records:,} records")  # type: ignore[attr-defined]
    print(f"export {export_s:.2f} s, import {import_s:.2f} s, same package again "
          f"{again_s:.2f} s; greendesk import flows of the same rows {base_s:.2f} s")
    print(f"RESULT flows={args.flows} export_s={export_s:.2f} import_s={import_s:.2f} "
          f"reimport_s={again_s:.2f} baseline_import_flows_s={base_s:.2f} "
          f"ratio={import_s / base_s:.2f}")
    if args.backend == "postgresql":
        print(f"RESULT backend=postgresql flows={args.flows} import_sqlite_s={import_s:.2f} "
              f"import_postgresql_s={server_s[0]:.2f} reimport_postgresql_s={server_s[1]:.2f} "
              f"ratio={server_s[0] / import_s:.2f}")


def _on_server(company: Path, package: Path) -> tuple[float, float]:
    """The package taken into a server copy of the company database, and again."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _server import copy_file_to_server

    db = open_database(copy_file_to_server(company, "bench_sync"))
    try:
        first, _ = timed(lambda: import_package(db, package))
        again, _ = timed(lambda: import_package(db, package))
    finally:
        db.close()
    print(f"server: import {first:.2f} s, same package again {again:.2f} s")
    return first, again


if __name__ == "__main__":
    main()
