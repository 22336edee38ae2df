"""Fuzzing the flow import with the corpus of tests/fuzz_corpus.py, ten thousand cases.

Worker processes (each with its own copy of the demo plant) import the cases they are
given one at a time and report how each ended; the parent watches the clock. Counted:
- tracebacks: any exception other than the app's DomainError family, an empty message,
  or a worker that died (a crash in native code counts here too);
- hangs: a case still running after --timeout seconds (the worker is killed and replaced);
- partial_writes: the database changed although the import was refused, or an import that
  was accepted changed the audit chain before it or wrote other than its rows and batch.
At the end `audit verify` runs on each worker's database: every accepted value must verify.

    python benchmarks/fuzz_imports.py [--cases 10000] [--seed 1] [--workers 2] [--timeout 60]

Ends with `RESULT cases=... tracebacks=... hangs=... partial_writes=...`; each finding is
printed with its case number: `case(N, SEED)` in tests/fuzz_corpus.py makes it again.
"""

from __future__ import annotations

import argparse
import json
import os
import selectors
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

WORKER = r"""
import json, sys, tempfile
from pathlib import Path
sys.path.insert(0, sys.argv[3])
from greendesk.store.db import open_database
from tests.fuzz_corpus import case, run_case, trail_problems
db = open_database(sys.argv[1], create=False, auto_backup=False)
seed, folder = int(sys.argv[2]), Path(tempfile.mkdtemp(prefix="fuzz-"))
print("ready", flush=True)
for line in sys.stdin:
    if line.strip() == "verify":
        print(json.dumps({"verify": trail_problems(db)}), flush=True)
        continue
    c = case(int(line), seed)
    out = run_case(db, folder, c)
    print(json.dumps({"index": c.index, "kind": c.kind, "name": c.name, "status": out.status,
                      "detail": out.detail[-2000:], "partial": out.partial}), flush=True)
"""


class Worker:
    def __init__(self, db: Path, seed: int) -> None:
        self.proc = subprocess.Popen([sys.executable, "-c", WORKER, str(db), str(seed),
                                      str(REPO)], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                     text=True, bufsize=1)
        assert self.proc.stdout is not None
        if self.proc.stdout.readline().strip() != "ready":
            raise SystemExit("a fuzz worker did not start")
        self.index: int | None = None
        self.started = 0.0

    def give(self, index: int) -> None:
        assert self.proc.stdin is not None
        self.index, self.started = index, time.monotonic()
        self.proc.stdin.write(f"{index}\n")
        self.proc.stdin.flush()

    def kill(self) -> None:
        self.proc.kill()
        self.proc.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per case")
    args = parser.parse_args()

    from greendesk.demo.plant import write_demo

    tmp = Path(tempfile.mkdtemp(prefix="fuzz-imports-"))
    base = tmp / "demo.sqlite"
    write_demo(base, years=3)
    counts: Counter[str] = Counter()
    findings: list[str] = []
    sel = selectors.DefaultSelector()
    made = 0

    def spawn(k: int) -> Worker:
        nonlocal made
        made += 1
        db = tmp / f"worker{k}-{made}.sqlite"
        shutil.copyfile(base, db)
        for suffix in ("-wal", "-shm"):
            if Path(f"{base}{suffix}").exists():
                shutil.copyfile(f"{base}{suffix}", f"{db}{suffix}")
        w = Worker(db, args.seed)
        sel.register(w.proc.stdout, selectors.EVENT_READ, w)  # type: ignore[arg-type]
        return w

    def replace(w: Worker) -> Worker:
        slot = workers.index(w)
        sel.unregister(w.proc.stdout)  # type: ignore[arg-type]
        w.kill()
        workers[slot] = spawn(slot)
        return workers[slot]

    def feed(w: Worker) -> None:
        nxt = next(todo, None)
        w.index = None
        if nxt is not None:
            w.give(nxt)

    def finding(r: dict[str, str], what: str) -> None:
        findings.append(f"case {r['index']} ({r['kind']}, {r['name']}): {what}")

    t0 = time.monotonic()
    workers = [spawn(k) for k in range(args.workers)]
    todo, done = iter(range(args.cases)), 0
    for w in workers:
        feed(w)
    while done < args.cases:
        for key, _ in sel.select(timeout=1.0):
            w = key.data
            line = w.proc.stdout.readline()  # type: ignore[union-attr]
            done += 1
            if not line:                      # the worker died: a crash in native code
                counts["tracebacks"] += 1
                findings.append(f"case {w.index}: the worker died (exit {w.proc.poll()})")
                w = replace(w)
            else:
                r = json.loads(line)
                counts[r["status"]] += 1
                if r["status"] == "traceback":
                    counts["tracebacks"] += 1
                    finding(r, r["detail"])
                if r["partial"]:
                    counts["partial_writes"] += 1
                    finding(r, f"partial write: {r['partial']} ({r['detail'][:300]})")
            feed(w)
            if done % 1000 == 0:
                print(f"{done:,} cases in {time.monotonic() - t0:.0f} s: {dict(counts)}",
                      flush=True)
        now = time.monotonic()
        for w in list(workers):
            if w.index is not None and now - w.started > args.timeout:
                counts["hangs"] += 1
                done += 1
                findings.append(f"case {w.index}: still running after {args.timeout:.0f} s")
                feed(replace(w))
    for f in findings:
        print(f)
    shutil.rmtree(tmp, ignore_errors=True)
    print(f"{args.cases:,} cases (seed {args.seed}) in {time.monotonic() - t0:.0f} s: "
          f"{counts['imported']:,} imported, {counts['refused']:,} refused with a sentence")
    print(f"audit verify afterwards: {counts['verify_problems']} problems")
    print(f"RESULT cases={args.cases} tracebacks={counts['tracebacks']} hangs={counts['hangs']} "
          f"partial_writes={counts['partial_writes']}")
    os._exit(0)


if __name__ == "__main__":
    main()
