"""One BLAS thread for the whole program, set before numpy is first imported.

Reconciliation solves matrices of a few hundred rows, which gain nothing from BLAS threads;
on a machine whose cores are busy, OpenBLAS's default threads spin waiting for each other
(measured on a loaded 2-core machine: the 200-flow bilinear solve took 10.3 s instead of
0.25 s). OpenBLAS, OpenMP and MKL read these variables once, when numpy loads its BLAS, so
`main` sets them first; PyInstaller's runtime hook (packaging/hooks/rthook_blas_threads.py)
does the same for the frozen program. A value already in the environment is kept, so an
administrator can still give the program more threads.
"""

from __future__ import annotations

import os
from collections.abc import MutableMapping

BLAS_THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


def one_blas_thread(environ: MutableMapping[str, str] = os.environ) -> None:
    """Default every BLAS thread count to 1 (a value already set wins)."""
    for name in BLAS_THREAD_VARIABLES:
        environ.setdefault(name, "1")
