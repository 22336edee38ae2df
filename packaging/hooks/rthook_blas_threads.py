"""PyInstaller runtime hook: one BLAS thread (see greendesk/cli/threads.py), set before the
entry script and so before numpy loads OpenBLAS. A value already set wins."""

import os

for _name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")
