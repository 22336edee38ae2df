"""One BLAS thread for the program: set by `main` before numpy loads, kept when the
administrator set it, and set by the frozen program's runtime hook too."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from greendesk.cli.threads import BLAS_THREAD_VARIABLES, one_blas_thread

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import os, sys
from greendesk.cli.main import main
assert "numpy" not in sys.modules, "numpy loaded before main could pin its BLAS"
main(["info", "--db", sys.argv[1]])
import numpy  # noqa: F401 - loaded after main, under its settings
print(",".join(os.environ.get(v, "-") for v in
               ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")))
"""


def _run(env: dict[str, str], db: Path) -> str:
    out = subprocess.run([sys.executable, "-c", PROBE, str(db)], env=env, cwd=ROOT,
                         capture_output=True, text=True, check=True).stdout
    return out.strip().splitlines()[-1]


def test_main_pins_blas_to_one_thread_before_numpy_loads(db_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in BLAS_THREAD_VARIABLES}
    assert _run(env, db_path) == "1,1,1"
    assert _run({**env, "OPENBLAS_NUM_THREADS": "4"}, db_path) == "4,1,1"  # kept


def test_the_frozen_program_sets_them_in_its_runtime_hook() -> None:
    hook = ROOT / "packaging" / "hooks" / "rthook_blas_threads.py"
    assert "rthook_blas_threads.py" in (ROOT / "packaging" / "greendesk.spec").read_text()
    env = {k: v for k, v in os.environ.items() if k not in BLAS_THREAD_VARIABLES}
    code = ("import os, runpy, sys; runpy.run_path(sys.argv[1]); print(','.join("
            f"os.environ.get(v, '-') for v in {BLAS_THREAD_VARIABLES!r}))")
    out = subprocess.run([sys.executable, "-c", code, str(hook)], capture_output=True,
                         text=True, check=True, env={**env, "MKL_NUM_THREADS": "3"}).stdout
    assert out.strip() == "1,1,3"
    mine = {"MKL_NUM_THREADS": "3"}
    one_blas_thread(mine)
    assert ",".join(mine[v] for v in BLAS_THREAD_VARIABLES) == "1,1,3"
