"""The fuzz corpus in the test suite: a few hundred seeded cases of every kind through the
flow import; each ends in an import or a plain sentence, and a refused file leaves the
database and its audit chain exactly as they were. benchmarks/fuzz_imports.py runs ten
thousand and more."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from greendesk.store.db import Database
from tests.fuzz_corpus import KINDS, case, cases, hostile, run_case, trail_problems

SEED, COUNT = 2025, 500


def test_the_corpus_is_the_same_on_every_run() -> None:
    for i in (0, len(hostile()), len(hostile()) + 7, 999):
        first, again = case(i, SEED), case(i, SEED)
        assert (first.kind, first.name, first.data) == (again.kind, again.name, again.data)
    assert case(len(hostile()) + 3, SEED).data != case(len(hostile()) + 3, SEED + 1).data


def test_a_few_hundred_hostile_files(demo_db: Database, tmp_path: Path) -> None:
    findings: list[str] = []
    seen: Counter[tuple[str, str]] = Counter()
    for c in cases(COUNT, SEED):
        out = run_case(demo_db, tmp_path, c)
        seen[c.kind, out.status] += 1
        if out.status == "traceback" or out.partial:
            findings.append(f"case {c.index} ({c.kind}, {c.name}): {out.status} "
                            f"{out.partial} {out.detail[-600:]}")
    assert findings == [], "\n".join(findings[:5])
    assert trail_problems(demo_db) == []        # every accepted value verifies
    kinds = {kind for kind, _ in seen}
    assert kinds == {"hostile", *KINDS}
    assert seen["hostile", "imported"] and seen["hostile", "refused"]
