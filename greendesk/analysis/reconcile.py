"""Data reconciliation: weighted least squares over linear balances, with gross-error tests.

Measured flows never close a balance exactly. Given balances A·v = 0 over variables v that
are measured (value x, standard deviation σ), fixed (σ = 0) or unmeasured, this finds the
adjustments that make every balance close while moving each measurement as little as its
uncertainty allows:

    minimise Σ ((x̂ᵢ − xᵢ) / σᵢ)²   subject to   A_m x̂ + A_u û = c

Unmeasured variables are removed first with the projection of Crowe, Garcia Campos &
Hrymak (AIChE J. 29, 1983): P spans the left null space of A_u (from an SVD), so
B = P·A_m, d = P·c are the balances that involve measurements only. Then

    x̂ = x − V Bᵀ (B V Bᵀ)⁻¹ (B x − d)        (V = diag σ²)

and û solves A_u û = c − A_m x̂ (unique where A_u's null space leaves it alone: observable).
Tests (Narasimhan & Jordache, *Data Reconciliation and Gross Error Detection*, 2000, ch. 7):
the global test γ = rᵀ(B V Bᵀ)⁻¹r ~ χ²(rank B), and the measurement test on each
standardised adjustment |aᵢ| / √(Wᵢᵢ), W = V Bᵀ (B V Bᵀ)⁻¹ B V, at a Šidák-corrected
level so that the family of n tests keeps the overall level α.

scipy is not a dependency: the χ² and normal distributions are computed here from the
regularised incomplete gamma function and erf (exact to ~1e-12, see the tests).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from greendesk.errors import Note
from greendesk.i18n import QT_TRANSLATE_NOOP

# -- distributions ---------------------------------------------------------------------------

def _gamma_p(a: float, x: float) -> float:
    """Regularised lower incomplete gamma P(a, x) (series, or Lentz continued fraction)."""
    if x <= 0:
        return 0.0
    gln = math.lgamma(a)
    if x < a + 1:
        term = total = 1.0 / a
        ap = a
        for _ in range(1000):
            ap += 1
            term *= x / ap
            total += term
            if abs(term) < abs(total) * 1e-15:
                break
        return total * math.exp(-x + a * math.log(x) - gln)
    tiny = 1e-300
    b = x + 1 - a
    c = 1 / tiny
    d = 1 / b
    h = d
    for i in range(1, 1000):
        an = -i * (i - a)
        b += 2
        d = an * d + b
        d = tiny if abs(d) < tiny else d
        c = b + an / c
        c = tiny if abs(c) < tiny else c
        d = 1 / d
        delta = d * c
        h *= delta
        if abs(delta - 1) < 1e-15:
            break
    return 1.0 - math.exp(-x + a * math.log(x) - gln) * h


def chi2_cdf(x: float, dof: int) -> float:
    """The χ² distribution function (without scipy; the tests cross-check it)."""
    return _gamma_p(dof / 2.0, x / 2.0) if dof > 0 else 1.0


def chi2_sf(x: float, dof: int) -> float:
    """P(χ² ≥ x): the p-value of the global test."""
    return max(0.0, 1.0 - chi2_cdf(x, dof))


def _bisect(f, lo: float, hi: float, target: float) -> float:
    for _ in range(200):
        mid = (lo + hi) / 2
        if f(mid) < target:
            lo = mid
        else:
            hi = mid
        if hi - lo < 1e-12 * max(1.0, hi):
            break
    return (lo + hi) / 2


def chi2_ppf(p: float, dof: int) -> float:
    """The χ² value below which a fraction p falls (e.g. 3.841 for p = 0.95, dof = 1)."""
    hi = max(10.0, dof * 4.0)
    while chi2_cdf(hi, dof) < p:
        hi *= 2
    return _bisect(lambda v: chi2_cdf(v, dof), 0.0, hi, p)


def norm_cdf(z: float) -> float:
    """The standard normal distribution function."""
    return 0.5 * (1.0 + math.erf(z / math.sqrt(2.0)))


def norm_ppf(p: float) -> float:
    """The standard normal quantile, by bisection."""
    return _bisect(norm_cdf, -40.0, 40.0, p)


# -- the problem and its answer -----------------------------------------------------------------

@dataclass(frozen=True)
class Variable:
    """A flow (or stock change) in the balances. `value` None = unmeasured; sigma 0 = fixed."""

    key: object
    label: str
    value: float | None
    sigma: float = 0.0

    @property
    def measured(self) -> bool:
        """A value was measured (None means estimated from the balances)."""
        return self.value is not None


class Status:
    """What reconciliation did with a variable."""
    ADJUSTED = "adjusted"  # measured, redundant: reconciled
    NON_REDUNDANT = "non_redundant"  # measured, no balance can check it: kept
    FIXED = "fixed"  # measured with zero uncertainty: kept
    ESTIMATED = "estimated"  # unmeasured, observable: computed from the balances
    UNOBSERVABLE = "unobservable"  # unmeasured, not determined by the balances
    NOT_IN_BALANCE = "not_in_balance"  # measured, but no balance holds it


@dataclass(frozen=True)
class ReconciledVariable:
    """A variable after reconciliation: its adjustment and whether the measurement test flags it."""
    key: object
    label: str
    status: str
    measured: float | None
    sigma: float
    reconciled: float | None
    reconciled_sigma: float | None
    adjustment: float | None
    standardised: float | None  # |adjustment| / its standard deviation
    gross_error: bool

    def as_dict(self) -> dict[str, object]:
        """The variable for JSON output."""
        return {"label": self.label, "status": self.status, "measured": self.measured,
                "sigma": self.sigma, "reconciled": self.reconciled,
                "reconciled_sigma": self.reconciled_sigma, "adjustment": self.adjustment,
                "standardised_adjustment": self.standardised, "gross_error": self.gross_error}


@dataclass(frozen=True)
class Reconciliation:
    """The reconciled balances: each variable, the global χ² test and why it could not run."""
    variables: tuple[ReconciledVariable, ...]
    chi2: float | None
    dof: int
    p_value: float | None
    critical: float | None  # χ² critical value at 1 − alpha
    alpha: float
    z_critical: float | None  # the measurement test's critical value
    explanations: tuple[str, ...] = field(default_factory=tuple)
    ok: bool = True  # False: the balances could not be solved (see explanations)

    @property
    def passed(self) -> bool | None:
        """The global test: True if consistent at level alpha, None if not testable."""
        if self.chi2 is None or self.critical is None:
            return None
        return self.chi2 <= self.critical

    def as_dict(self) -> dict[str, object]:
        """The result for JSON output."""
        return {"ok": self.ok, "chi2": self.chi2, "dof": self.dof, "p_value": self.p_value,
                "chi2_critical": self.critical, "alpha": self.alpha,
                "global_test_passed": self.passed, "z_critical": self.z_critical,
                "explanations": list(self.explanations),
                "variables": [v.as_dict() for v in self.variables]}


M_NOTHING = QT_TRANSLATE_NOOP(
    "reconcile", "There is nothing to reconcile: no process or stock node has flows in this "
    "period.")
M_NOT_REDUNDANT = QT_TRANSLATE_NOOP(
    "reconcile", "No balance can be checked: every balance contains a flow or stock change "
    "that is not measured, so the measurements are kept as they are.")
M_SOME_NOT_REDUNDANT = QT_TRANSLATE_NOOP(
    "reconcile", "{n} measured values are not redundant (no balance without an unknown "
    "checks them); they are kept as measured.")
M_UNDETERMINED_ONE = QT_TRANSLATE_NOOP(
    "reconcile", "{labels}: cannot be determined from the balances, which leave these "
    "unknowns free together; measure one of them, or state a relation (a transfer "
    "coefficient or an equality) that ties one of them to a measured flow.")
M_UNDETERMINED = QT_TRANSLATE_NOOP(
    "reconcile", "{labels}: cannot be determined from the balances, which leave these "
    "unknowns free together; measure {n} of them, or state {n} relations (transfer "
    "coefficients or equalities) that tie them to measured flows.")
M_IN_NO_BALANCE = QT_TRANSLATE_NOOP(
    "reconcile", "{labels}: cannot be determined, since no balance holds it; measure it, or "
    "state a relation (a transfer coefficient or an equality) with a measured flow.")
M_OUTSIDE = QT_TRANSLATE_NOOP(
    "reconcile", "{n} measured values are in no balance ({labels}); they are listed as "
    "measured and checked by nothing.")
M_INCONSISTENT = QT_TRANSLATE_NOOP(
    "reconcile", "The balance of {label} cannot close: all its values are fixed (zero "
    "uncertainty) but they leave {residual:,.6g}; give one of them an uncertainty.")
M_CONTRADICTORY = QT_TRANSLATE_NOOP(
    "reconcile", "The fixed values (zero uncertainty) contradict each other across the "
    "balances; give some of them an uncertainty.")
M_GLOBAL_FAILED = QT_TRANSLATE_NOOP(
    "reconcile", "The measurements do not fit the balances (χ² = {chi2:,.4g} > {critical:,.4g} "
    "at {level:g} %): a gross error is likely; check the flagged values first.")
M_GLOBAL_PASSED = QT_TRANSLATE_NOOP(
    "reconcile", "The measurements fit the balances within their uncertainties "
    "(χ² = {chi2:,.4g} ≤ {critical:,.4g} at {level:g} %).")


def _said(template: str, **args: object) -> Note:
    """An explanation: the English sentence, keeping its template for the officer's language."""
    return Note(template, context="reconcile", **args)


def _rank(s: np.ndarray, shape: tuple[int, int]) -> int:
    if s.size == 0:
        return 0
    tol = s.max() * max(shape) * np.finfo(float).eps * 10
    return int((s > tol).sum())


def _range(b: np.ndarray) -> tuple[np.ndarray, int]:
    """An orthonormal basis of the rows' space of b, its rank first (the left singular
    vectors), from the eigenvectors of b bᵀ: a third of an SVD's time on the bilinear
    benchmark. Singular values below 1e-7 of the largest count as zero (the Gram matrix
    cannot tell smaller ones from rounding; balances' are far above)."""
    if not b.size:
        return np.eye(b.shape[0]), 0
    lam, vec = np.linalg.eigh(b @ b.T)
    order = np.argsort(lam)[::-1]
    lam, vec = lam[order], vec[:, order]
    sv = np.sqrt(np.maximum(lam, 0.0))
    k = int((sv > max(sv[0] * 1e-7, 0.0)).sum()) if sv[0] > 0 else 0
    return vec, k


@dataclass
class Solved:
    """One weighted least-squares solve of linear balances A_m x̂ + A_u û = c by projection;
    the nonlinear solver (reconcile_nl) runs one per linearisation."""
    xhat: np.ndarray  # reconciled measurements
    uhat: np.ndarray  # estimated unknowns (unobservable ones stay where they started)
    w_diag: np.ndarray  # variance of each adjustment
    k: int  # independent balances left without unknowns: the global test's dof
    chi2: float | None
    redundant: np.ndarray  # bool per measurement: some reduced balance checks it
    unobservable: list[list[int]]  # groups of unknowns the balances leave free together
    free: list[int]  # per group: how many of them must be measured to fix the group
    u_sigma: np.ndarray  # standard deviation of each estimated unknown


def solve_projected(am: np.ndarray, au: np.ndarray, c: np.ndarray, x: np.ndarray,
                    sig: np.ndarray, scale: float, u0: np.ndarray | None = None,
                    statistics: bool = True) -> Solved | None:
    """Reconcile measurements x (σ sig) against A_m x̂ + A_u û = c; None when the fixed values
    leave c outside what any adjustment can reach (contradictory). Unknowns move from u0 by
    the least step, so those the balances do not determine keep their start. Without
    `statistics` (an intermediate linearisation) the variances and groups are left out."""
    n_rows, n_u = c.shape[0], au.shape[1]
    u0 = np.zeros(n_u) if u0 is None else u0
    # Unknowns in comparable units (a grade beside a tonnage) before ranks are judged.
    col = np.abs(au).max(axis=0) if n_u else np.zeros(0)
    col[col == 0] = 1.0
    aus = au / col
    if n_u:
        uu, su, vtu = np.linalg.svd(aus, full_matrices=True)
        r_u = _rank(su, aus.shape)
        p = uu[:, r_u:].T  # the left null space of A_u
        null_u = vtu[r_u:].T  # columns span the null space of A_u
    else:
        p = np.eye(n_rows)
        null_u = uu = su = vtu = np.zeros((0, 0))
        r_u = 0
    b, d = p @ am, p @ c
    k = 0
    if b.shape[0]:
        # Each column to its largest entry, so a tonnage's column (entries ~ a grade) and a
        # grade's (~ a tonnage) weigh alike when ranks are judged.
        norm = np.abs(b).max(axis=0) if b.size else np.zeros(0)
        norm[norm == 0] = 1.0
        ub, k = _range(b / norm)
        leftover = ub[:, k:].T @ d
        if leftover.size and np.abs(leftover).max() > 1e-9 * scale:
            return None
        b, d = ub[:, :k].T @ b, ub[:, :k].T @ d
    v = sig ** 2
    xhat = x.copy()
    w_diag = np.zeros(len(x))
    chi2 = None
    bv = h = np.zeros((0, len(x)))
    if k > 0:
        bv = b * v  # B V
        h = bv @ b.T
        resid = b @ x - d
        h_inv_r = np.linalg.solve(h, resid)
        xhat = x - bv.T @ h_inv_r
        if statistics:
            # Diagonal of W = V Bᵀ H⁻¹ B V without forming it: (BV)ᵀ H⁻¹ (BV).
            w_diag = np.einsum("ij,ij->j", bv, np.linalg.solve(h, bv))
        chi2 = float(resid @ h_inv_r)
    redundant = (np.abs(b).max(axis=0) > 1e-9) if k > 0 else np.zeros(len(x), bool)
    uhat, u_sigma = np.zeros(0), np.zeros(0)
    groups: list[list[int]] = []
    free: list[int] = []
    if n_u:
        rhs = c - am @ xhat - au @ u0
        pinv = (vtu[:r_u].T / su[:r_u]) @ uu[:, :r_u].T  # A_u⁺ from the SVD above
        uhat = u0 + (pinv @ rhs) / col
    if n_u and statistics:
        g = (pinv @ am) / col[:, None]  # û moves by −G δx̂: cov û = G Q Gᵀ
        u_var = np.einsum("ij,ij->i", g * v, g)
        if k > 0:  # Q = V − (BV)ᵀ H⁻¹ (BV), without forming it
            gbv = g @ bv.T
            u_var -= np.einsum("ij,ij->i", np.linalg.solve(h, gbv.T).T, gbv)
        u_sigma = np.sqrt(np.maximum(u_var, 0.0))
        groups, free = _free_groups(null_u)
    return Solved(xhat, uhat, w_diag, k, chi2, redundant, groups, free, u_sigma)


def _free_groups(null_u: np.ndarray, tol: float = 1e-9) -> tuple[list[list[int]], list[int]]:
    """Unknowns that move together in the null space of A_u, and each group's dimension (how
    many of them a measurement or a relation must fix)."""
    parent = list(range(null_u.shape[0]))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    touched = np.abs(null_u) > tol
    for column in touched.T:
        rows = np.nonzero(column)[0]
        for j in rows[1:]:
            parent[root(int(j))] = root(int(rows[0]))
    members: dict[int, list[int]] = {}
    for j in np.nonzero(touched.any(axis=1))[0] if null_u.size else []:
        members.setdefault(root(int(j)), []).append(int(j))
    groups = sorted(members.values())
    free = [int(np.linalg.matrix_rank(null_u[g], tol=tol)) for g in groups]
    return groups, free


def reconcile(a: np.ndarray, variables: Sequence[Variable], constraint_labels: Sequence[str],
              alpha: float = 0.05) -> Reconciliation:
    """Reconcile `variables` (columns of `a`) so that a·v = 0 for every row of `a`."""
    a = np.asarray(a, dtype=float).reshape(len(constraint_labels), len(variables))
    n_rows = a.shape[0]
    if n_rows == 0 or not variables:
        return _trivial(variables, alpha, (_said(M_NOTHING),))
    idx_m, idx_f, idx_u = split(variables)
    x = np.array([variables[i].value for i in idx_m], dtype=float)
    sig = np.array([variables[i].sigma for i in idx_m], dtype=float)
    xf = np.array([variables[i].value for i in idx_f], dtype=float)
    c = -(a[:, idx_f] @ xf) if idx_f else np.zeros(n_rows)
    scale = max(1.0, float(np.abs(np.concatenate([x, xf])).max()) if (idx_m or idx_f) else 1.0)
    solved = solve_projected(a[:, idx_m], a[:, idx_u], c, x, sig, scale)
    if solved is None:
        return _inconsistent(a, variables, idx_f, c, constraint_labels, alpha, scale)
    return assemble(variables, solved, np.abs(a).max(axis=0) > 0, alpha)


def split(variables: Sequence[Variable]) -> tuple[list[int], list[int], list[int]]:
    """Indices of the measured (σ > 0), the fixed (σ = 0) and the unmeasured variables."""
    idx_m = [i for i, v in enumerate(variables) if v.measured and v.sigma > 0]
    idx_f = [i for i, v in enumerate(variables) if v.measured and v.sigma <= 0]
    idx_u = [i for i, v in enumerate(variables) if not v.measured]
    return idx_m, idx_f, idx_u


def assemble(variables: Sequence[Variable], solved: Solved, in_balance: np.ndarray,
             alpha: float, extra: Sequence[str] = ()) -> Reconciliation:
    """The answer from a solve: each variable's status and tests, and the sentences."""
    idx_m, idx_f, idx_u = split(variables)
    x = np.array([variables[i].value for i in idx_m], dtype=float)
    v = np.array([variables[i].sigma for i in idx_m], dtype=float) ** 2
    k, chi2 = solved.k, solved.chi2
    p_value = critical = z_crit = None
    if chi2 is not None:
        p_value = chi2_sf(chi2, k)
        critical = chi2_ppf(1 - alpha, k)
    n_red = int(solved.redundant.sum())
    if n_red:
        beta = 1 - (1 - alpha) ** (1 / n_red)
        z_crit = norm_ppf(1 - beta / 2)
    explanations: list[str] = list(extra)
    out: list[ReconciledVariable | None] = [None] * len(variables)
    outside = [i for i in range(len(variables)) if not in_balance[i] and variables[i].measured]
    for j, i in enumerate(idx_m):
        var = variables[i]
        adj = float(solved.xhat[j] - x[j])
        if solved.redundant[j]:
            std = math.sqrt(max(solved.w_diag[j], 0.0))
            z = abs(adj) / std if std > 0 else 0.0
            rec_sigma = math.sqrt(max(v[j] - solved.w_diag[j], 0.0))
            flag = z_crit is not None and z > z_crit
            out[i] = ReconciledVariable(var.key, var.label, Status.ADJUSTED, var.value,
                                        var.sigma, float(solved.xhat[j]), rec_sigma, adj, z,
                                        flag)
        else:
            status = Status.NON_REDUNDANT if in_balance[i] else Status.NOT_IN_BALANCE
            out[i] = ReconciledVariable(var.key, var.label, status, var.value,
                                        var.sigma, var.value, var.sigma, 0.0, None, False)
    for i in idx_f:
        var = variables[i]
        out[i] = ReconciledVariable(var.key, var.label,
                                    Status.FIXED if in_balance[i] else Status.NOT_IN_BALANCE,
                                    var.value, 0.0, var.value, 0.0, 0.0, None, False)
    undetermined = {j for g in solved.unobservable for j in g}
    for j, i in enumerate(idx_u):
        var = variables[i]
        if j in undetermined:
            out[i] = ReconciledVariable(var.key, var.label, Status.UNOBSERVABLE, None, 0.0,
                                        None, None, None, None, False)
        else:
            out[i] = ReconciledVariable(var.key, var.label, Status.ESTIMATED, None, 0.0,
                                        float(solved.uhat[j]), float(solved.u_sigma[j]),
                                        None, None, False)
    for group, free in zip(solved.unobservable, solved.free, strict=True):
        labels = "; ".join(variables[idx_u[j]].label for j in group)
        if not any(in_balance[idx_u[j]] for j in group):
            explanations.append(_said(M_IN_NO_BALANCE, labels=labels))
        elif free == 1:
            explanations.append(_said(M_UNDETERMINED_ONE, labels=labels))
        else:
            explanations.append(_said(M_UNDETERMINED, labels=labels, n=free))
    if outside:
        explanations.insert(0, _said(M_OUTSIDE, n=len(outside), labels="; ".join(
            variables[i].label for i in outside[:6]) + ("; …" if len(outside) > 6 else "")))
    measured = set(idx_m)
    not_redundant = len(idx_m) - n_red - sum(1 for i in outside if i in measured)
    if k == 0:
        explanations.insert(0, _said(M_NOT_REDUNDANT))
    elif not_redundant:
        explanations.insert(0, _said(M_SOME_NOT_REDUNDANT, n=not_redundant))
    if chi2 is not None and critical is not None:
        template = M_GLOBAL_PASSED if chi2 <= critical else M_GLOBAL_FAILED
        explanations.insert(0, _said(template, chi2=chi2, critical=critical,
                                     level=(1 - alpha) * 100))
    return Reconciliation(tuple(o for o in out if o is not None), chi2, k, p_value, critical,
                          alpha, z_crit, tuple(explanations))


def _trivial(variables: Sequence[Variable], alpha: float, why: tuple[str, ...],
             ok: bool = True) -> Reconciliation:
    rows = tuple(
        ReconciledVariable(v.key, v.label,
                           (Status.UNOBSERVABLE if not v.measured else
                            Status.FIXED if v.sigma <= 0 else Status.NON_REDUNDANT),
                           v.value, v.sigma, v.value, v.sigma if v.measured else None,
                           0.0 if v.measured else None, None, False)
        for v in variables)
    return Reconciliation(rows, None, 0, None, None, alpha, None, why, ok)


def _inconsistent(a: np.ndarray, variables: Sequence[Variable], idx_f: list[int],
                  c: np.ndarray, labels: Sequence[str], alpha: float, scale: float
                  ) -> Reconciliation:
    """Over-constrained: fixed values that no adjustment can reconcile. Name the balances."""
    fixed = set(idx_f)
    why = []
    for row, label in enumerate(labels):
        used = np.nonzero(np.abs(a[row]) > 0)[0]
        if len(used) and set(used.tolist()) <= fixed and abs(c[row]) > 1e-9 * scale:
            why.append(_said(M_INCONSISTENT, label=label, residual=-c[row]))
    return _trivial(variables, alpha, tuple(why) or (_said(M_CONTRADICTORY),), ok=False)
