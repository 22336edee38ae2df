"""Helpers shared by the benchmark scripts (not a benchmark itself)."""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable
from pathlib import Path


def scaled_database(path: Path | None, flows: int) -> Path:
    """The scaled demo plant with `flows` records, written once and reused."""
    target = path or Path(os.environ.get("GREENDESK_BENCH_DIR", "/tmp")) / f"greendesk-{flows}.sqlite"
    if not target.exists():
        from greendesk.demo.plant import write_scaled

        t0 = time.perf_counter()
        print(f"writing {flows:,} flow records to {target} ...", flush=True)
        write_scaled(target, flows)
        print(f"  done in {time.perf_counter() - t0:.1f} s", flush=True)
    return target


def median_time(fn: Callable[[], object], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def rss_mb() -> float:
    """Current resident memory of this process in MB (Linux /proc; elsewhere peak RSS)."""
    try:
        with open("/proc/self/statm") as fh:
            pages = int(fh.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 1e6
    except OSError:
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3
