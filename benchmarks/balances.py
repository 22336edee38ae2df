"""All balances of a site for a year on the million-record database, and reconciliation.

Baseline: the hand-written aggregation every balance needs — Σ qty per (from node, to node,
material) of one site over one year, served by ix_flow_site_date — run through the same
engine's driver connection. GreenDesk: `site_balances` (the site and each of its process and
stock nodes, per material, per category, in total, energy in GJ and tce, contained metal),
plus, for information, the monthly chart series and the indicators.
Target: site balances ≤ 2× baseline. Reconciliation of a 200-flow network: < 0.2 s.

The shared cached database is copied (not upgraded in place) so that other areas' pending
migrations are never stamped as done on it.

    python benchmarks/balances.py [--flows 1000000] [--db PATH]

With `--backend postgresql` the same records are copied into a server database (a
throwaway cluster, or the server GREENDESK_BENCH_PG names; benchmarks/_server.py) and the
balances of every site for the year are timed on the file and on the server.
Target: the server within 2× of the file.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import median_time, scaled_database  # noqa: E402

BASELINE_SQL = (
    "SELECT from_node_id, to_node_id, material_id, SUM(qty_canonical) FROM flow "
    "WHERE site_id = ? AND flow_date >= ? AND flow_date <= ? "
    "GROUP BY from_node_id, to_node_id, material_id")


def _working_copy(source: Path) -> Path:
    """A private copy, made again when the source or any migration script is newer."""
    from greendesk.paths import package_dir

    target = source.with_name(source.stem + "-balances" + source.suffix)
    newest = max([source.stat().st_mtime] + [
        p.stat().st_mtime for p in package_dir("migrations").glob("versions/*.py")])
    if not target.exists() or target.stat().st_mtime < newest:
        for suffix in ("-wal", "-shm"):
            Path(str(target) + suffix).unlink(missing_ok=True)
        import sqlite3

        print(f"copying {source} to {target} ...", flush=True)
        con = sqlite3.connect(source)
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        con.close()
        shutil.copyfile(source, target)
    return target


def reconcile_200(seed: int = 11) -> tuple[float, int]:
    """A random 100-node, 200-flow network with 10 % unmeasured flows (median of 5)."""
    import numpy as np

    from greendesk.analysis.reconcile import Variable, reconcile

    rng = np.random.default_rng(seed)
    n_nodes, n = 100, 200
    a = np.zeros((n_nodes, n))
    for j in range(n):
        src, dst = rng.choice(n_nodes + 6, 2, replace=False)
        if src < n_nodes:
            a[src, j] -= 1
        if dst < n_nodes:
            a[dst, j] += 1
    values = rng.uniform(100, 10_000, n)
    variables = [Variable(j, f"flow {j}", None if rng.random() < 0.1 else float(values[j]),
                          float(values[j]) * 0.02) for j in range(n)]
    labels = [f"node {i}" for i in range(n_nodes)]
    result = reconcile(a, variables, labels)
    return median_time(lambda: reconcile(a, variables, labels), runs=5), result.dof


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--flows", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, default=None)
    parser.add_argument("--backend", choices=("sqlite", "postgresql"), default="sqlite")
    args = parser.parse_args()
    path = _working_copy(scaled_database(args.db, args.flows))
    if args.backend == "postgresql":
        return server_mode(path)

    from sqlalchemy import func, select

    from greendesk import periods
    from greendesk.models import Flow, Site
    from greendesk.services import balances as bal
    from greendesk.services.ledger import explain
    from greendesk.store.db import open_database

    t0 = time.perf_counter()
    db = open_database(path)
    print(f"opened (and upgraded if needed) in {time.perf_counter() - t0:.1f} s")
    with db.read() as s:
        last = s.scalar(select(func.max(Flow.flow_date)))
        site_id, n_site = max(
            ((sid, s.scalar(select(func.count()).select_from(Flow).where(
                Flow.site_id == sid, Flow.flow_date >= periods.year(last.year).start)))
             for sid in s.scalars(select(Site.id))), key=lambda kv: kv[1])
    period = periods.year(last.year)
    print(f"site {site_id}, year {period.label}: {n_site:,} flow records")

    def baseline() -> int:
        with db.engine.connect() as conn:
            rows = conn.exec_driver_sql(
                BASELINE_SQL, (site_id, period.start.isoformat(), period.end.isoformat()))
            return len(rows.fetchall())

    def greendesk() -> int:
        return len(bal.site_balances(db, site_id, period).nodes)

    print("plan, baseline:   ", " | ".join(_plan(db, BASELINE_SQL, site_id, period)))
    print("plan, GreenDesk:  ", " | ".join(explain(db, bal.flow_sums_query(
        site_id, period.start, period.end))))
    print("plan, one node:   ", " | ".join(explain(db, bal.flow_sums_query(
        site_id, period.start, period.end, node_id=_a_process(db, site_id)))))
    baseline(), greendesk()  # warm the page cache for both
    t_base = median_time(baseline, runs=7)
    t_mine = median_time(greendesk, runs=7)
    t_month = median_time(lambda: bal.monthly(db, period, site_id=site_id), runs=3)
    t_ind = median_time(lambda: bal.indicators(db, period), runs=3)
    t_rec_site = median_time(lambda: bal.reconcile_site(
        db, site_id, periods.month(last.year, last.month)), runs=3)
    t_rec, dof = reconcile_200()
    db.close()
    ratio = t_mine / t_base
    print(f"baseline aggregation          {t_base * 1000:8.1f} ms")
    print(f"site balances (site + nodes)  {t_mine * 1000:8.1f} ms   ratio {ratio:.2f} (≤ 2)")
    print(f"monthly chart series (year)   {t_month * 1000:8.1f} ms")
    print(f"indicators (all sites)        {t_ind * 1000:8.1f} ms")
    print(f"reconcile site-month          {t_rec_site * 1000:8.1f} ms")
    print(f"reconcile 200 flows           {t_rec * 1000:8.1f} ms   (< 200 ms), {dof} dof")
    print(f"RESULT balances_s={t_mine:.4f} baseline_s={t_base:.4f} ratio={ratio:.2f} "
          f"monthly_s={t_month:.4f} reconcile_200_s={t_rec:.4f}")
    return 0 if ratio <= 2 and t_rec < 0.2 else 1


def server_mode(path: Path) -> int:
    """Balances of every site for the last year on the file and on a server copy of it."""
    from _server import copy_file_to_server
    from sqlalchemy import func, select

    from greendesk import periods
    from greendesk.models import Flow, Site
    from greendesk.services import balances as bal
    from greendesk.store.db import open_database

    open_database(path).close()  # upgraded before it is copied: one schema on both
    url = copy_file_to_server(path, "bench_balances")
    times: dict[str, tuple[float, float]] = {}
    for backend, where in (("sqlite", str(path)), ("postgresql", url)):
        db = open_database(where)
        with db.read() as s:
            period = periods.year(s.scalar(select(func.max(Flow.flow_date))).year)
            sites = list(s.scalars(select(Site.id).order_by(Site.id)))
            n = s.scalar(select(func.count()).select_from(Flow).where(
                Flow.flow_date >= period.start, Flow.flow_date <= period.end))

        def all_sites(db=db, sites=sites, period=period) -> int:  # type: ignore[no-untyped-def]
            return sum(len(bal.site_balances(db, sid, period).nodes) for sid in sites)

        all_sites()  # warm the caches
        times[backend] = (median_time(all_sites, runs=5),
                          median_time(lambda db=db, period=period: bal.indicators(db, period),
                                      runs=3))
        db.close()
        print(f"{backend:10}  {len(sites)} sites, year {period.label}, {n:,} records: "
              f"balances {times[backend][0] * 1000:8.1f} ms, "
              f"indicators {times[backend][1] * 1000:8.1f} ms", flush=True)
    ratio = times["postgresql"][0] / times["sqlite"][0]
    print(f"RESULT backend=postgresql balances_sqlite_s={times['sqlite'][0]:.4f} "
          f"balances_postgresql_s={times['postgresql'][0]:.4f} "
          f"indicators_sqlite_s={times['sqlite'][1]:.4f} "
          f"indicators_postgresql_s={times['postgresql'][1]:.4f} ratio={ratio:.2f}")
    return 0 if ratio <= 2 else 1


def _plan(db, sql: str, site_id: int, period) -> list[str]:  # type: ignore[no-untyped-def]
    with db.engine.connect() as conn:
        return [r[-1] for r in conn.exec_driver_sql(
            "EXPLAIN QUERY PLAN " + sql,
            (site_id, period.start.isoformat(), period.end.isoformat()))]


def _a_process(db, site_id: int) -> int:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from greendesk.models import Node, NodeKind

    with db.read() as s:
        return s.scalar(select(Node.id).where(Node.site_id == site_id,
                                              Node.kind == NodeKind.PROCESS).limit(1))


if __name__ == "__main__":
    raise SystemExit(main())
