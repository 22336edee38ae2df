"""Reconciliation of mass and two assayed components on a 200-flow network.

The network: 100 process nodes in a flow order, 200 streams (each node fed from an earlier
node or one of 6 sources, sending to later nodes or 6 sinks). True tonnages and grades
close every balance (each node splits its tonnage and its metal among its outputs); the
measurements are the truth with noise of 2 % (tonnages) and 5 % (grades: Cu in %, Au in
g/t), and 10 % of the tonnages unmeasured. GreenDesk: `reconcile_nl` over 300 balances
(mass, Cu and Au per node) and 600 variables. Baseline, measured in the same run: the
linear mass-only reconciliation (`reconcile`) of the same network. Target: < 0.5 s.
Also printed: the CPU time per bilinear solve (the wall time depends on the machine's load).

    python benchmarks/bench_reconcile_bilinear.py [--seed 11]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

# One BLAS thread for both solves, set before numpy loads: on a machine whose cores are
# busy, OpenBLAS's threads spin waiting for each other (measured on the 2-core build box
# under load: 10.3 s instead of 0.3 s for the bilinear solve, 339 ms instead of 4 ms for
# the baseline), and matrices of a few hundred rows gain nothing from threads.
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import median_time  # noqa: E402

N_NODES, N_FLOWS, N_OUTSIDE = 100, 200, 6
SCALES = {"Cu": 0.01, "Au": 1e-6}  # % and g/t as mass fractions


def network(seed: int):  # type: ignore[no-untyped-def]
    """(edges as (from, to) with -1 for outside, true tonnages, true grades per component)."""
    import numpy as np

    rng = np.random.default_rng(seed)
    edges: list[tuple[int, int]] = []
    for i in range(N_NODES):  # every node is fed: from an earlier node or a source
        src = int(rng.integers(0, i)) if i and rng.random() < 0.8 else -1
        edges.append((src, i))
    for i in range(N_NODES):  # every node sends somewhere
        if not any(f == i for f, _t in edges):
            edges.append((i, int(rng.integers(i + 1, N_NODES)) if i < N_NODES - 1 and
                          rng.random() < 0.5 else -1))
    while len(edges) < N_FLOWS:
        i = int(rng.integers(0, N_NODES))
        edges.append((i, int(rng.integers(i + 1, N_NODES)) if i < N_NODES - 1 and
                      rng.random() < 0.7 else -1))
    mass = np.zeros(len(edges))
    metal = {c: np.zeros(len(edges)) for c in SCALES}
    for j, (f, _t) in enumerate(edges):
        if f == -1:
            mass[j] = rng.uniform(1_000, 50_000)
            metal["Cu"][j] = mass[j] * rng.uniform(0.3, 1.5) * SCALES["Cu"]
            metal["Au"][j] = mass[j] * rng.uniform(0.5, 5.0) * SCALES["Au"]
    for i in range(N_NODES):  # in flow order: split what came in among the outputs
        ins = [j for j, (_f, t) in enumerate(edges) if t == i]
        outs = [j for j, (f, _t) in enumerate(edges) if f == i]
        share = rng.dirichlet(np.ones(len(outs)) * 3)
        mass[outs] = mass[ins].sum() * share
        for c in SCALES:
            metal[c][outs] = metal[c][ins].sum() * rng.dirichlet(share * 20 + 0.5)
    grades = {c: metal[c] / mass / SCALES[c] for c in SCALES}
    return edges, mass, grades


def problems(seed: int):  # type: ignore[no-untyped-def]
    """The bilinear problem and the linear mass-only one, from the same noisy data."""
    import numpy as np

    from greendesk.analysis.reconcile import Variable
    from greendesk.analysis.reconcile_nl import Constraint

    edges, mass, grades = network(seed)
    rng = np.random.default_rng(seed + 1)
    n = len(edges)
    measured = mass * (1 + rng.normal(0, 0.02, n))
    tonnages = [Variable(j, f"flow {j}", None if rng.random() < 0.1 else float(measured[j]),
                         float(mass[j]) * 0.02) for j in range(n)]
    a = np.zeros((N_NODES, n))
    for j, (f, t) in enumerate(edges):
        if f >= 0:
            a[f, j] -= 1
        if t >= 0:
            a[t, j] += 1
    labels = [f"node {i}" for i in range(N_NODES)]
    variables = list(tonnages)
    constraints = [Constraint.linear(labels[r], {j: a[r, j] for j in range(n) if a[r, j]})
                   for r in range(N_NODES)]
    for c, scale in SCALES.items():
        g_var = []
        for j in range(n):
            g = grades[c][j] * (1 + rng.normal(0, 0.05))
            variables.append(Variable(("grade", j, c), f"flow {j} {c}", float(g),
                                      float(grades[c][j]) * 0.05))
            g_var.append(len(variables) - 1)
        constraints += [Constraint(f"{labels[r]}: {c}", tuple(
            (a[r, j] * scale, (j, g_var[j])) for j in range(n) if a[r, j]))
            for r in range(N_NODES)]
    start = {j: float(mass[j] * 0.9) for j in range(n) if tonnages[j].value is None}
    return (a, tonnages, labels), (variables, constraints, start)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()

    from greendesk.analysis.reconcile import reconcile
    from greendesk.analysis.reconcile_nl import reconcile_nl

    (a, tonnages, labels), (variables, constraints, start) = problems(args.seed)
    lin = reconcile(a, tonnages, labels)
    bil = reconcile_nl(variables, constraints, start=start)
    t_base = median_time(lambda: reconcile(a, tonnages, labels), runs=5)
    t_mine = median_time(lambda: reconcile_nl(variables, constraints, start=start), runs=5)
    cpu = time.process_time()
    reconcile_nl(variables, constraints, start=start)
    cpu = time.process_time() - cpu
    ratio = t_mine / t_base
    print(f"network: {N_NODES} nodes, {len(tonnages)} flows, {len(variables)} variables, "
          f"{len(constraints)} balances")
    print(f"baseline: linear mass only    {t_base * 1000:8.1f} ms   dof {lin.dof}, "
          f"χ² {lin.chi2:.2f}")
    print(f"mass + Cu + Au (bilinear)     {t_mine * 1000:8.1f} ms   dof {bil.dof}, "
          f"χ² {bil.chi2:.2f}, {bil.iterations} iterations, converged {bil.converged}, "
          f"CPU {cpu * 1000:.0f} ms")
    print(f"RESULT reconcile_bilinear_s={t_mine:.4f} baseline_s={t_base:.4f} "
          f"iterations={bil.iterations} ratio={ratio:.2f}")
    return 0 if t_mine < 0.5 and bil.converged else 1


if __name__ == "__main__":
    raise SystemExit(main())
