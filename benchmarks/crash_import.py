"""Crash test: a 100,000-row flow import killed with SIGKILL at random moments.

After every kill the database must pass `PRAGMA integrity_check`, hold either all the rows
of that import or none (with its batch and its audit entry, or without them), and every
record committed before must be unchanged (a digest of them is compared). The longer
version of tests/unit/test_crash_safety.py, which imports this module's harness.

A "zygote" process (started with subprocess) runs the import up to its write transaction
(the file's first pass: size, encoding, header) once, then forks one child per trial that
does the import's whole write transaction (batch, 100,000 rows checked and written chunk by
chunk, audit entry, commit, close) into a fresh copy of the database. Each trial is killed
a random moment into that transaction, the part where a crash can do harm.

    python benchmarks/crash_import.py [--kills 200] [--rows 100000] [--seed 1]
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import hashlib
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ZYGOTE = r"""
import contextlib, os, signal, sys
signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # the kernel reaps the children
from greendesk.store.db import Database, make_engine, open_database
from greendesk.importers.flows_import import import_flows

work, csv_path = sys.argv[1], sys.argv[2]
db = open_database(work, create=False, auto_backup=False)
real_write = Database.write

@contextlib.contextmanager
def write_in_a_child(self):
    # The file's first pass is done; the zygote now forks one child per trial,
    # each of which writes the import (the whole write transaction) into its own file.
    self.engine.dispose()  # no connection of the zygote survives into the trials
    print("at-write", flush=True)
    for line in sys.stdin:
        target = line.strip()
        pid = os.fork()
        if pid == 0:
            child = Database(path=target, engine=make_engine(target))
            with real_write(child) as s:
                yield s
            child.close()
            os._exit(0)
        print(pid, flush=True)
    raise SystemExit(0)

Database.write = write_in_a_child
import_flows(db, csv_path, again=True)
os._exit(0)
"""


def write_csv(path: Path, rows: int, db_path: Path, seed: int = 5) -> None:
    """Daily readings of the demo's metering points, in a few units."""
    from greendesk.demo.plant import _chain

    rng = random.Random(seed)
    points = _chain()
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Date", "Site", "From", "To", "Material", "Quantity", "Unit", "Method",
                    "Note"])
        for i in range(rows):
            f = points[i % len(points)]
            day = 1 + (i // len(points)) % 28
            w.writerow([f"2025-{1 + i % 12:02d}-{day:02d}", f.site, f.source, f.target,
                        f.material, f"{f.monthly / 30.4 * (1 + rng.uniform(-0.02, 0.02)):.3f}",
                        f.unit, f.method, "crash test" if i % 9 == 0 else ""])


def table_maxima(path: Path) -> dict[str, int]:
    con = sqlite3.connect(path)
    try:
        names = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
        return {n: con.execute(f'SELECT coalesce(max(rowid), 0) FROM "{n}"').fetchone()[0]
                for n in names}
    finally:
        con.close()


def committed_digest(path: Path, maxima: dict[str, int]) -> str:
    """sha256 of every record that existed before the import (by rowid), all tables."""
    h = hashlib.sha256()
    con = sqlite3.connect(path)
    try:
        for name, top in sorted(maxima.items()):
            for row in con.execute(f'SELECT * FROM "{name}" WHERE rowid <= ? ORDER BY rowid',
                                   (top,)):
                h.update(repr(row).encode())
    finally:
        con.close()
    return h.hexdigest()


@dataclass
class Outcome:
    trials: int = 0
    none: int = 0          # killed before the commit: nothing of the import
    all: int = 0           # the import committed in full
    failures: list[str] = field(default_factory=list)


class Zygote:
    """The subprocess that reads the CSV's first pass once, then forks one writer per trial."""

    def __init__(self, work: Path, csv_path: Path) -> None:
        self.proc = subprocess.Popen([sys.executable, "-c", ZYGOTE, str(work), str(csv_path)],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                                     bufsize=1)
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline().strip()
        if line != "at-write":
            raise RuntimeError(f"the import did not reach its write phase: {line!r}")

    def start(self, target: Path) -> int:
        """Fork a child that writes the whole import into `target`; its pid."""
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(f"{target}\n")
        self.proc.stdin.flush()
        return int(self.proc.stdout.readline())

    def close(self) -> None:
        if self.proc.stdin:
            self.proc.stdin.close()
        self.proc.wait(timeout=30)


def wait_gone(pid: int, timeout: float = 60.0) -> bool:
    """True if the process ended (was killed, or finished) within `timeout`."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.003)
    return False


class CrashHarness:
    """A base database (the demo plant), a CSV of `rows` flows, and a zygote that has made
    the file's first pass and forks one writer per trial."""

    def __init__(self, folder: Path, rows: int = 100_000, base: Path | None = None) -> None:
        from greendesk.demo.plant import write_demo

        self.folder, self.rows = folder, rows
        self.base = folder / "base.sqlite"
        if base is not None:
            shutil.copyfile(base, self.base)
        else:
            write_demo(self.base, years=1)
        con = sqlite3.connect(self.base)
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        con.close()
        self.csv = folder / "flows.csv"
        write_csv(self.csv, rows, self.base)
        self.maxima = table_maxima(self.base)
        self.digest = committed_digest(self.base, self.maxima)
        self.flows = self._count(self.base, "flow")
        self.zygote = Zygote(self.fresh_copy("checked"), self.csv)

    @staticmethod
    def _count(path: Path, table: str) -> int:
        con = sqlite3.connect(path)
        try:
            return con.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
        finally:
            con.close()

    def fresh_copy(self, name: str) -> Path:
        target = self.folder / f"{name}.sqlite"
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(str(target) + suffix).unlink(missing_ok=True)
        shutil.copyfile(self.base, target)
        return target

    def calibrate(self, workers: int = 2) -> float:
        """`workers` writes at once, left to finish: how long they take (the kills will
        run as many at a time), and that each commits in full and verifies."""
        t0 = time.monotonic()
        runs = [(self.zygote.start(p), p) for p in
                (self.fresh_copy(f"trial{i}") for i in range(workers))]
        for pid, _path in runs:
            if not wait_gone(pid, timeout=300):
                raise RuntimeError("the calibration import did not finish")
        elapsed = time.monotonic() - t0
        for _pid, path in runs:
            problem = self.check(path) or self.verify(path)
            if problem or self._count(path, "flow") != self.flows + self.rows:
                raise RuntimeError(f"the calibration import did not commit in full: {problem}")
        return elapsed

    def check(self, path: Path) -> str | None:
        con = sqlite3.connect(path)
        try:
            ok = con.execute("PRAGMA integrity_check").fetchone()[0]
            if ok != "ok":
                return f"integrity_check: {ok}"
            flows = con.execute("SELECT count(*) FROM flow").fetchone()[0]
            batches = con.execute("SELECT count(*) FROM import_batch").fetchone()[0]
            imports = con.execute("SELECT count(*) FROM audit_entry WHERE action = 'import' "
                                  "AND note LIKE 'Imported%'").fetchone()[0]
        finally:
            con.close()
        base_batches = self.maxima.get("import_batch", 0)
        if flows == self.flows:
            if batches != base_batches or imports:
                return "no rows, but a batch or an audit entry of the import"
        elif flows == self.flows + self.rows:
            if batches != base_batches + 1 or imports != 1:
                return "all rows, but no batch or no audit entry of the import"
        else:
            return f"partial import: {flows - self.flows:,} of {self.rows:,} rows"
        if committed_digest(path, self.maxima) != self.digest:
            return "records committed before the import changed"
        return None

    def verify(self, path: Path) -> str | None:
        """The audit trail's own verification (chain and every record)."""
        from greendesk.store.audit_verify import verify
        from greendesk.store.db import open_database

        db = open_database(path, create=False, auto_backup=False)
        try:
            report = verify(db)
        finally:
            db.close()
        return None if report.ok else report.summary()

    def run(self, kills: int, seed: int, span: float, workers: int = 2,
            verify_every: int = 0) -> Outcome:
        """`kills` trials, `workers` at a time, each killed `uniform(0, span)` s after its
        write began; then the file is checked (and every `verify_every`-th verified)."""
        rng = random.Random(seed)
        out = Outcome()
        pending: list[tuple[float, int, Path, int]] = []  # kill at, pid, file, trial
        free = [self.folder / f"trial{i}.sqlite" for i in range(workers)]
        started = 0
        while started < kills or pending:
            while started < kills and free:
                path = self.fresh_copy(free.pop().stem)
                pid = self.zygote.start(path)
                pending.append((time.monotonic() + rng.uniform(0.0, span), pid, path, started))
                started += 1
            pending.sort()
            kill_at, pid, path, trial = pending.pop(0)
            free.append(path)
            time.sleep(max(0.0, kill_at - time.monotonic()))
            with contextlib.suppress(ProcessLookupError):  # it may have finished
                os.kill(pid, signal.SIGKILL)
            if not wait_gone(pid):
                out.failures.append(f"trial {trial + 1}: the child {pid} did not end")
                continue
            out.trials += 1
            n = self._count(path, "flow")
            state = "all" if n == self.flows + self.rows else \
                "none" if n == self.flows else "partial"
            if state == "all":
                out.all += 1
            elif state == "none":
                out.none += 1
            problem = self.check(path)
            if problem is None and verify_every and trial % verify_every == 0:
                problem = self.verify(path)
            if problem is not None:
                out.failures.append(f"trial {trial + 1} ({state}): {problem}")
        return out

    def close(self) -> None:
        self.zygote.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workers", type=int, default=2, help="imports killed at a time")
    args = parser.parse_args()
    os.environ.setdefault("GREENDESK_DATA_DIR", tempfile.mkdtemp(prefix="greendesk-crash-"))
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        harness = CrashHarness(Path(tmp), args.rows)
        try:
            full = harness.calibrate(args.workers)
            print(f"writing {args.rows:,} rows ({args.workers} at a time) takes {full:.2f} s; "
                  f"killing {args.kills} imports at random moments 0 .. {full * 1.2:.2f} s "
                  "into their write")
            out = harness.run(args.kills, args.seed, full * 1.2, workers=args.workers,
                              verify_every=10)
        finally:
            harness.close()
    for f in out.failures:
        print("FAILURE", f)
    print(f"RESULT kills={out.trials} none={out.none} all={out.all} "
          f"failures={len(out.failures)} write_s={full:.2f} "
          f"total_s={time.perf_counter() - t0:.1f}")


if __name__ == "__main__":
    main()
