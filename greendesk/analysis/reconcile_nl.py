"""Reconciliation of nonlinear balances: components (tonnage × grade), transfer coefficients.

Every constraint is a polynomial in the variables, written as monomials (coefficient, indices
of the variables multiplied): a mass balance Σ ±mᵢ, a component balance Σ ±s·mᵢ·gᵢ (s the
grade unit's scale: 0.01 for %, 1e-6 for g/t), a transfer coefficient m_B − k·m_A, an
equality m_A − m_B. The same weighted least squares as the linear case,

    minimise Σ ((x̂ᵢ − xᵢ) / σᵢ)²   subject to   f(x̂, û) = 0,

is solved by successive linearisation (the Gauss–Newton / SQP scheme of STAN, Cencic 2016,
and of VDI 2048): at the current estimate v₀ the constraints become
J_m x̂ + J_u û = J v₀ − f(v₀), which `reconcile.solve_projected` solves exactly as the linear
problem (Crowe's projection of the unknowns, the χ² and measurement tests). Repeat until
the estimate stops moving; the standard deviations and tests are those of the
linearisation at the solution. On linear constraints the first step is the linear answer
and the second confirms it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from greendesk.analysis import reconcile as rc
from greendesk.i18n import QT_TRANSLATE_NOOP

Monomial = tuple[float, tuple[int, ...]]  # coefficient, indices of the variables multiplied

M_NOT_CONVERGED = QT_TRANSLATE_NOOP(
    "reconcile", "The balances could not be reconciled: after {n} linearisations the values "
    "still moved by {step:.3g} of their size. Check the grades and tonnages for values far "
    "off (a grade in the wrong unit, a tonnage with a digit too many) and try again.")
M_CONSTANT = QT_TRANSLATE_NOOP(
    "reconcile", "The relation {label} holds no variable and is not met; it is left out.")


@dataclass(frozen=True)
class Constraint:
    """One balance or relation that must come to zero: Σ coefficient × Π variables."""
    label: str
    terms: tuple[Monomial, ...]

    @classmethod
    def linear(cls, label: str, coefficients: Mapping[int, float]) -> Constraint:
        """Σ cᵢ·vᵢ = 0 (a mass balance, an equality)."""
        return cls(label, tuple((c, (i,)) for i, c in coefficients.items() if c))


@dataclass(frozen=True)
class NonlinearReconciliation(rc.Reconciliation):
    """A reconciliation by successive linearisation, with how many steps it took."""
    iterations: int = 0
    converged: bool = True

    def as_dict(self) -> dict[str, object]:
        """The result for JSON output, with the iteration count."""
        return {**super().as_dict(), "iterations": self.iterations,
                "converged": self.converged}


class _Polynomials:
    """The constraints flattened into arrays, so evaluating them and their Jacobian is a few
    vector operations per linearisation rather than a Python loop over monomials."""

    def __init__(self, constraints: Sequence[Constraint], n: int) -> None:
        self.n_rows, self.n = len(constraints), n
        rows, coefs, idx = [], [], []
        for r, con in enumerate(constraints):
            for c, ix in con.terms:
                rows.append(r)
                coefs.append(float(c))
                idx.append(tuple(ix))
        self.degree = max((len(ix) for ix in idx), default=1)
        # Pad each monomial to the highest degree with a variable fixed at 1 (index n).
        self.rows = np.array(rows, dtype=int)
        self.coefs = np.array(coefs, dtype=float)
        self.idx = np.full((len(idx), self.degree), n, dtype=int)
        for t, ix in enumerate(idx):
            self.idx[t, :len(ix)] = ix

    def _padded(self, v: np.ndarray) -> np.ndarray:
        return np.append(v, 1.0)[self.idx]  # terms × degree

    def value(self, v: np.ndarray) -> np.ndarray:
        """f(v), one entry per constraint."""
        terms = self.coefs * self._padded(v).prod(axis=1)
        return np.bincount(self.rows, terms, minlength=self.n_rows)

    def jacobian(self, v: np.ndarray) -> np.ndarray:
        """∂f/∂v: for each factor of each monomial, the product of the others."""
        vals = self._padded(v)
        jac = np.zeros((self.n_rows, self.n + 1))
        for p in range(self.degree):
            others = np.delete(vals, p, axis=1).prod(axis=1) if self.degree > 1 else 1.0
            np.add.at(jac, (self.rows, self.idx[:, p]), self.coefs * others)
        return jac[:, :self.n]

    def used(self) -> np.ndarray:
        """Which variables appear in some constraint."""
        out = np.zeros(self.n + 1, bool)
        out[self.idx[self.coefs != 0].ravel()] = True
        return out[:self.n]


def reconcile_nl(variables: Sequence[rc.Variable], constraints: Sequence[Constraint],
                 alpha: float = 0.05, *, start: Mapping[int, float] | None = None,
                 tolerance: float = 1e-6, max_iterations: int = 50
                 ) -> NonlinearReconciliation:
    """Reconcile `variables` so that every constraint comes to zero.

    `start` gives first guesses of unmeasured variables by index (else 1.0: a start at zero
    would make a product with another unknown vanish from the linearisation). Converged when
    no measurement moves by more than `tolerance` of its σ, and no unknown by more than
    `tolerance` of its size, in one step.
    """
    if not constraints or not variables:
        return _wrap(rc._trivial(variables, alpha, (rc._said(rc.M_NOTHING),)), 0, True)
    n = len(variables)
    poly = _Polynomials(constraints, n)
    idx_m, idx_f, idx_u = rc.split(variables)
    x = np.array([variables[i].value for i in idx_m], dtype=float)
    sig = np.array([variables[i].sigma for i in idx_m], dtype=float)
    v = np.array([1.0 if var.value is None else var.value for var in variables], dtype=float)
    for i, guess in (start or {}).items():
        if variables[i].value is None:
            v[i] = guess
    used = poly.used()
    dropped = []
    # A constraint without any variable cannot be adjusted: met, it is dropped silently;
    # not met, it is named and dropped.
    keep = []
    for r, con in enumerate(constraints):
        if any(c and ix for c, ix in con.terms):
            keep.append(r)
        elif abs(sum(c for c, _ix in con.terms)) > 0:
            dropped.append(rc._said(M_CONSTANT, label=con.label))
    poly = _Polynomials([constraints[r] for r in keep], n)
    labels = [constraints[r].label for r in keep]
    values = np.abs(v[idx_m + idx_f]) if idx_m or idx_f else np.ones(1)
    step = np.inf
    final = False
    for iteration in range(1, max_iterations + 2):
        if iteration > max_iterations and not final:
            break
        f, jac = poly.value(v), poly.jacobian(v)
        # Each balance to its largest coefficient of a value that may move (fixed ones do
        # not count: an exact grade's tonnage terms would otherwise look negligible).
        free = idx_m + idx_u
        row = np.abs(jac[:, free]).max(axis=1) if jac.size and free else np.zeros(len(f))
        row[row == 0] = 1.0
        jac, f = jac / row[:, None], f / row
        am, au = jac[:, idx_m], jac[:, idx_u]
        c = am @ v[idx_m] + au @ v[idx_u] - f
        scale = max(1.0, float(np.abs(jac[:, idx_m + idx_f] * v[idx_m + idx_f]).max())
                    if (idx_m or idx_f) and jac.size else 1.0, float(values.max()))
        solved = rc.solve_projected(am, au, c, x, sig, scale, v[idx_u], statistics=final)
        if solved is None:
            return _wrap(rc._inconsistent(jac, variables, idx_f, -f, labels, alpha, scale),
                         iteration, True)
        new = v.copy()
        new[idx_m] = solved.xhat
        new[idx_u] = solved.uhat
        # Measurements move in units of their σ, unknowns relative to their size.
        # (an unknown near zero: relative to the largest value, so rounding does not count)
        size = np.maximum(np.maximum(np.abs(new), np.abs(v)), 1e-9 * float(values.max()))
        size[idx_m] = sig
        size[size == 0] = 1.0
        step = float((np.abs(new - v) / size).max())
        v = new
        if final:  # the variances and tests of the linearisation at the solution
            return _wrap(rc.assemble(variables, solved, used, alpha, dropped), iteration, True)
        final = step <= tolerance
    why = (rc._said(M_NOT_CONVERGED, n=max_iterations, step=step),)
    return _wrap(rc._trivial(variables, alpha, why, ok=False), max_iterations, False)


def _wrap(r: rc.Reconciliation, iterations: int, converged: bool) -> NonlinearReconciliation:
    return NonlinearReconciliation(r.variables, r.chi2, r.dof, r.p_value, r.critical, r.alpha,
                                   r.z_critical, r.explanations, r.ok, iterations, converged)
