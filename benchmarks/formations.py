"""The register of technogenic formations at scale: 2,000 formations with 50,000 assays.

Writes the register into a temporary database (a fifth of the formations have five blocks
each), then measures, each as the median of several runs:
- open: the formations section shown on that database, from `set_database` to its table
  painted (the whole assessed register is fetched; target < 0.5 s);
- rank: `services.formations.ranking` (target < 1 s);
- baseline: the bare SQL aggregation of the same assays with sqlite3 (mean grade per
  formation and component, and per block and component), the floor under any ranking.
RESULT ratio = rank / baseline.

    python benchmarks/formations.py [--formations 2000] [--assays 50000]
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from _common import median_time  # noqa: E402

BASELINE_SQL = (
    "SELECT formation_id, component_id, count(*), avg(grade_gpt) FROM formation_assay "
    "GROUP BY formation_id, component_id",
    "SELECT b.formation_id, b.name, b.tonnage_t, a.component_id, count(*), avg(a.grade_gpt) "
    "FROM formation_assay a JOIN formation_sample s ON s.id = a.sample_id "
    "JOIN formation_block b ON b.id = s.block_id GROUP BY b.id, a.component_id",
)


def build(path: Path, n_formations: int, n_assays: int, seed: int = 6) -> None:
    """The register, written with Core bulk inserts in one transaction."""
    import numpy as np
    from sqlalchemy import insert, select

    from greendesk.models import (
        Formation,
        FormationAssay,
        FormationBlock,
        FormationSample,
        GradeComponent,
    )
    from greendesk.store.db import open_database

    rng = np.random.default_rng(seed)
    db = open_database(path)
    kinds = ["tailings", "waste_rock_dump", "slag_heap", "sludge_pond"]
    statuses = ["operating", "inactive", "closed", "abandoned"]
    n_samples = n_assays // 2  # each sample assayed for Cu and Au
    base, extra = divmod(n_samples, n_formations)
    with db.write() as s:
        comps = dict(s.execute(select(GradeComponent.code, GradeComponent.id)).all())
        s.execute(insert(Formation), [dict(
            name=f"Formation {i:05d}", kind=kinds[i % 4], status=statuses[i % 4],
            tonnage_t=float(rng.uniform(1e5, 5e7)), density_t_m3=1.5,
            area_ha=float(rng.uniform(1, 500)), hazardous=bool(i % 7 == 0),
            external_id=f"B-{i:05d}") for i in range(n_formations)])
        fids = list(s.scalars(select(Formation.id).order_by(Formation.id)))
        blocks = []
        for fid in fids[::5]:
            blocks += [dict(formation_id=fid, name=f"Block {b}",
                            tonnage_t=float(rng.uniform(1e5, 5e6))) for b in range(5)]
        s.execute(insert(FormationBlock), blocks)
        block_ids: dict[int, list[int]] = {}
        for bid, fid in s.execute(select(FormationBlock.id, FormationBlock.formation_id)):
            block_ids.setdefault(fid, []).append(bid)
        rows = []
        for i, fid in enumerate(fids):
            own = block_ids.get(fid)
            for k in range(base + (i < extra)):
                rows.append(dict(formation_id=fid, code=f"S-{k:03d}",
                                 block_id=own[k % len(own)] if own else None))
        s.execute(insert(FormationSample), rows)
        assays = []
        cu, au = comps["Cu"], comps["Au"]
        for sid, fid in s.execute(select(FormationSample.id, FormationSample.formation_id)):
            g_cu = float(rng.uniform(0.02, 0.6))
            g_au = float(rng.uniform(0.05, 1.5))
            assays.append(dict(sample_id=sid, formation_id=fid, component_id=cu,
                               grade_entered=g_cu, unit_entered="%", grade_gpt=g_cu * 1e4))
            assays.append(dict(sample_id=sid, formation_id=fid, component_id=au,
                               grade_entered=g_au, unit_entered="g/t", grade_gpt=g_au))
        s.execute(insert(FormationAssay), assays)
    db.close()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--formations", type=int, default=2000)
    ap.add_argument("--assays", type=int, default=50_000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "register.sqlite"
        t0 = time.perf_counter()
        build(path, args.formations, args.assays)
        con = sqlite3.connect(path)
        n_f = con.execute("SELECT count(*) FROM formation").fetchone()[0]
        n_a = con.execute("SELECT count(*) FROM formation_assay").fetchone()[0]
        print(f"wrote {n_f:,} formations with {n_a:,} assays in "
              f"{time.perf_counter() - t0:.1f} s")
        for sql in BASELINE_SQL:
            plan = [r[-1] for r in con.execute(f"EXPLAIN QUERY PLAN {sql}")]
            print(f"plan: {' | '.join(plan)}")

        def baseline() -> None:
            for sql in BASELINE_SQL:
                con.execute(sql).fetchall()

        from greendesk.services import formations as fs
        from greendesk.store.db import open_database

        db = open_database(path)
        fs.ranking(db)  # warm the page cache and the imports
        rank_s = median_time(lambda: fs.ranking(db), runs=5)
        base_s = median_time(baseline, runs=5)
        register_s = median_time(lambda: fs.register(db), runs=5)

        from PySide6.QtGui import QUndoStack
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance() or QApplication([])
        from greendesk.ui.bus import Bus
        from greendesk.ui.formations_view import FormationsView

        bus, stack = Bus(), QUndoStack()
        view = FormationsView(bus, stack)
        view.resize(1300, 850)
        view.show()
        app.processEvents()

        def open_table() -> None:
            view.set_database(None)
            view.set_database(db)  # visible: loads the register and selects the first row
            view.table.viewport().repaint()
            app.processEvents()

        open_s = median_time(open_table, runs=5)
        assert view.model.rowCount() == n_f
        view.close()
        db.close()
        con.close()
    print(f"open the register's table   {open_s:.3f} s   (target < 0.5 s)")
    print(f"rank all formations         {rank_s:.3f} s   (target < 1 s)")
    print(f"  of which the register     {register_s:.3f} s")
    print(f"baseline: bare SQL of the same assays {base_s:.3f} s")
    print(f"RESULT formations={n_f} assays={n_a} open_s={open_s:.3f} rank_s={rank_s:.3f} "
          f"baseline_s={base_s:.3f} ratio={rank_s / base_s:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
