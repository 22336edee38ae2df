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
M_UNOBSERVABLE = QT_TRANSLATE_NOOP(
    "reconcile", "{label} cannot be estimated: the balances it appears in hold other "
    "unknowns too ({others}); measure one of them.")
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


def reconcile(a: np.ndarray, variables: Sequence[Variable], constraint_labels: Sequence[str],
              alpha: float = 0.05) -> Reconciliation:
    """Reconcile `variables` (columns of `a`) so that a·v = 0 for every row of `a`."""
    a = np.asarray(a, dtype=float).reshape(len(constraint_labels), len(variables))
    n_rows = a.shape[0]
    if n_rows == 0 or not variables:
        return _trivial(variables, alpha, (_said(M_NOTHING),))
    idx_m = [i for i, v in enumerate(variables) if v.measured and v.sigma > 0]
    idx_f = [i for i, v in enumerate(variables) if v.measured and v.sigma <= 0]
    idx_u = [i for i, v in enumerate(variables) if not v.measured]
    x = np.array([variables[i].value for i in idx_m], dtype=float)
    sig = np.array([variables[i].sigma for i in idx_m], dtype=float)
    xf = np.array([variables[i].value for i in idx_f], dtype=float)
    am, au, af = a[:, idx_m], a[:, idx_u], a[:, idx_f]
    c = -(af @ xf) if idx_f else np.zeros(n_rows)
    scale = max(1.0, float(np.abs(np.concatenate([x, xf])).max()) if (idx_m or idx_f) else 1.0)
    explanations: list[str] = []

    # Project the unknowns out: P = the left null space of A_u.
    if idx_u:
        uu, su, vtu = np.linalg.svd(au, full_matrices=True)
        r_u = _rank(su, au.shape)
        p = uu[:, r_u:].T
        null_u = vtu[r_u:].T  # columns span the null space of A_u
    else:
        p = np.eye(n_rows)
        null_u = np.zeros((0, 0))
        r_u = 0
    b, d = p @ am, p @ c

    # Independent reduced balances; what is left over must be consistent with the fixed values.
    if b.shape[0]:
        ub, sb, _vtb = np.linalg.svd(b, full_matrices=True)
        k = _rank(sb, b.shape) if b.size else 0
        leftover = ub[:, k:].T @ d
        if leftover.size and np.abs(leftover).max() > 1e-9 * scale:
            return _inconsistent(a, variables, idx_f, c, constraint_labels, alpha, scale)
        b, d = ub[:, :k].T @ b, ub[:, :k].T @ d
    else:
        k = 0
    v = sig ** 2
    xhat = x.copy()
    w_diag = np.zeros(len(idx_m))
    chi2 = p_value = critical = z_crit = None
    if k > 0:
        bv = b * v  # B V
        h = bv @ b.T
        resid = b @ x - d
        h_inv_r = np.linalg.solve(h, resid)
        xhat = x - bv.T @ h_inv_r
        # Diagonal of W = V Bᵀ H⁻¹ B V without forming it: (BV)ᵀ H⁻¹ (BV).
        w_diag = np.einsum("ij,ij->j", bv, np.linalg.solve(h, bv))
        chi2 = float(resid @ h_inv_r)
        p_value = chi2_sf(chi2, k)
        critical = chi2_ppf(1 - alpha, k)
    # Structural redundancy: some reduced balance involves the measurement.
    redundant = (np.abs(b).max(axis=0) > 1e-9) if k > 0 else np.zeros(len(idx_m), bool)
    n_red = int(redundant.sum())
    if n_red:
        beta = 1 - (1 - alpha) ** (1 / n_red)
        z_crit = norm_ppf(1 - beta / 2)

    # Unknowns from the reconciled measurements.
    rhs = c - am @ xhat if idx_m else c.copy()
    uhat = np.linalg.lstsq(au, rhs, rcond=None)[0] if idx_u else np.zeros(0)
    unobservable = set()
    if idx_u and null_u.size:
        tol = 1e-9
        unobservable = {j for j in range(len(idx_u)) if np.abs(null_u[j]).max() > tol}

    out: list[ReconciledVariable | None] = [None] * len(variables)
    for j, i in enumerate(idx_m):
        var = variables[i]
        adj = float(xhat[j] - x[j])
        if redundant[j]:
            std = math.sqrt(max(w_diag[j], 0.0))
            z = abs(adj) / std if std > 0 else 0.0
            rec_sigma = math.sqrt(max(v[j] - w_diag[j], 0.0))
            flag = z_crit is not None and z > z_crit
            out[i] = ReconciledVariable(var.key, var.label, Status.ADJUSTED, var.value,
                                        var.sigma, float(xhat[j]), rec_sigma, adj, z, flag)
        else:
            out[i] = ReconciledVariable(var.key, var.label, Status.NON_REDUNDANT, var.value,
                                        var.sigma, var.value, var.sigma, 0.0, None, False)
    for i in idx_f:
        var = variables[i]
        out[i] = ReconciledVariable(var.key, var.label, Status.FIXED, var.value, 0.0,
                                    var.value, 0.0, 0.0, None, False)
    for j, i in enumerate(idx_u):
        var = variables[i]
        if j in unobservable:
            others = [variables[idx_u[o]].label for o in sorted(unobservable) if o != j]
            explanations.append(_said(M_UNOBSERVABLE, label=var.label,
                                      others="; ".join(others[:4]) or "—"))
            out[i] = ReconciledVariable(var.key, var.label, Status.UNOBSERVABLE, None, 0.0,
                                        None, None, None, None, False)
        else:
            out[i] = ReconciledVariable(var.key, var.label, Status.ESTIMATED, None, 0.0,
                                        float(uhat[j]), None, None, None, False)
    if k == 0:
        explanations.insert(0, _said(M_NOT_REDUNDANT))
    elif len(idx_m) - n_red:
        explanations.insert(0, _said(M_SOME_NOT_REDUNDANT, n=len(idx_m) - n_red))
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
