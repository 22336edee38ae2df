"""What a workbook's formulas read: each formula's references, and their values.

For the fixture plant's test: every term of every formula must carry a value in at least
one row, so that a wrong sign or a missing term changes a result. A referenced cell that is
itself a formula is evaluated here (a small evaluator for the functions reports use:
arithmetic, comparisons, SUM, SUMIF, SUMIFS, IF, OR, AND, COUNT, EXACT, SUMPRODUCT, ABS, N, MIN, MAX, ROUND),
so the check does not depend on the writer storing cached values. An unknown function
fails loudly, naming itself.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import numpy as np
from openpyxl.utils import column_index_from_string, get_column_letter

_TOKEN = re.compile(r"""
    (?P<string>"(?:[^"]|"")*")
  | (?P<ref>(?:(?P<sheet>'(?:[^']|'')+'|[A-Za-z_][\w.]*)!)?
        (?P<c1>\$?[A-Z]{1,3})(?P<r1>\$?\d+)(?::(?P<c2>\$?[A-Z]{1,3})(?P<r2>\$?\d+))?)(?![\w(])
  | (?P<func>[A-Z][A-Z0-9.]*)\(
  | (?P<number>\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)
  | (?P<op><>|<=|>=|[-+*/^&=<>(),])
  | (?P<space>\s+)
""", re.VERBOSE)


@dataclass(frozen=True)
class Ref:
    """A reference in a formula: a cell or a range, on its sheet."""
    sheet: str
    c1: int
    r1: int
    c2: int
    r2: int
    r1_absolute: bool

    def columns(self) -> Iterator[Ref]:
        """The range one column at a time (each column of SUM(G4:K4) is its own term)."""
        for c in range(self.c1, self.c2 + 1):
            yield Ref(self.sheet, c, self.r1, c, self.r2, self.r1_absolute)


def references(formula: str, sheet: str) -> list[Ref]:
    """Every reference of a formula, in order."""
    out = []
    for m in _TOKEN.finditer(formula.lstrip("=")):
        if m["ref"]:
            out.append(_ref(m, sheet))
    return out


def shape(formula: str, row: int) -> str:
    """The formula with relative rows as offsets: the rows of one column share a shape."""
    def sub(m: re.Match[str]) -> str:
        if not m["ref"]:
            return m[0]
        text = m[0]
        return re.sub(r"(\$?[A-Z]{1,3})(\d+)", lambda x: f"{x[1]}R[{int(x[2]) - row}]", text)
    return _TOKEN.sub(sub, formula)


def _ref(m: re.Match[str], sheet: str) -> Ref:
    target = m["sheet"].strip("'").replace("''", "'") if m["sheet"] else sheet
    c1 = column_index_from_string(m["c1"].lstrip("$"))
    r1 = int(m["r1"].lstrip("$"))
    c2 = column_index_from_string(m["c2"].lstrip("$")) if m["c2"] else c1
    r2 = int(m["r2"].lstrip("$")) if m["r2"] else r1
    return Ref(target, c1, r1, c2, r2, m["r1"].startswith("$"))


class _Blank:
    """An empty cell: 0 in arithmetic, equal to 0 and to ""."""

    def __eq__(self, other: object) -> bool:
        return other in ("", 0) or isinstance(other, _Blank)

    def __hash__(self) -> int:
        return 0

    def __float__(self) -> float:
        return 0.0

    def _num(self, other: Any) -> Any:
        return 0.0 if isinstance(other, _Blank) else other

    def __add__(self, o: Any) -> Any: return 0.0 + self._num(o)
    __radd__ = __add__
    def __sub__(self, o: Any) -> Any: return 0.0 - self._num(o)
    def __rsub__(self, o: Any) -> Any: return self._num(o) - 0.0
    def __mul__(self, o: Any) -> Any: return 0.0 * self._num(o)
    __rmul__ = __mul__
    def __truediv__(self, o: Any) -> Any: return 0.0 / self._num(o)
    def __rtruediv__(self, o: Any) -> Any: return self._num(o) / 0.0
    def __neg__(self) -> float: return 0.0


BLANK = _Blank()


class Workbook:
    """Cells of a workbook (openpyxl, not read-only) and their values, formulas evaluated."""

    def __init__(self, wb: Any, blanked: frozenset[tuple[str, int, int]] = frozenset()) -> None:
        self.wb = wb
        self.blanked = blanked  # cells read as empty: a term left out
        self._values: dict[tuple[str, int, int], Any] = {}

    def without(self, ref: Ref) -> Workbook:
        """The same workbook with the cells of `ref` read as empty."""
        return Workbook(self.wb, self.blanked | {(ref.sheet, r, c)
                                                 for r in range(ref.r1, ref.r2 + 1)
                                                 for c in range(ref.c1, ref.c2 + 1)})

    def value(self, sheet: str, row: int, col: int) -> Any:
        key = (sheet, row, col)
        if key in self.blanked:
            return BLANK
        if key not in self._values:
            raw = self.wb[sheet].cell(row, col).value
            if isinstance(raw, str) and raw.startswith("=") \
                    and self.wb[sheet].cell(row, col).data_type == "f":
                self._values[key] = None  # a cycle reads as blank
                raw = self.evaluate(raw, sheet)
            self._values[key] = BLANK if raw is None else raw
        return self._values[key]

    def values(self, ref: Ref) -> list[Any]:
        """The values a reference reads, row by row."""
        return [self.value(ref.sheet, r, c) for r in range(ref.r1, ref.r2 + 1)
                for c in range(ref.c1, ref.c2 + 1)]

    def evaluate(self, formula: str, sheet: str) -> Any:
        """The formula's value ("" for an empty result)."""
        code = _python(formula.lstrip("="), sheet)
        result = eval(code, {"__builtins__": {}, **_FUNCTIONS, "_R": self._range})  # noqa: S307
        if isinstance(result, np.ndarray):
            result = result.flat[0]
        return result

    def _range(self, sheet: str, c1: int, r1: int, c2: int, r2: int) -> Any:
        if (c1, r1) == (c2, r2):
            return self.value(sheet, r1, c1)
        rows = [[self.value(sheet, r, c) for c in range(c1, c2 + 1)] for r in range(r1, r2 + 1)]
        return np.array(rows, dtype=object)


def _python(formula: str, sheet: str) -> str:
    """The formula as a Python expression; IF's arguments become lambdas (lazy, as Excel)."""
    out: list[str] = []
    stack: list[bool] = []  # per open parenthesis: is it IF's
    pos = 0
    for m in _TOKEN.finditer(formula):
        if m.start() != pos:
            raise ValueError(f"cannot read {formula!r} at {formula[pos:]!r}")
        pos = m.end()
        if m["string"]:
            out.append(repr(m["string"][1:-1].replace('""', '"')))
        elif m["ref"]:
            r = _ref(m, sheet)
            out.append(f"_R({r.sheet!r}, {r.c1}, {r.r1}, {r.c2}, {r.r2})")
        elif m["func"]:
            name = m["func"].replace(".", "_")
            if name not in _FUNCTIONS:
                raise ValueError(f"the evaluator does not know {m['func']}: add it")
            is_if = name == "IF"
            out.append(f"{name}(" + ("lambda: (" if is_if else ""))
            stack.append(is_if)
        elif m["op"]:
            op = m["op"]
            if op == "(":
                stack.append(False)
                out.append("(")
            elif op == ")":
                out.append(")" * (2 if stack.pop() else 1))
            elif op == "," and stack and stack[-1]:
                out.append("), lambda: (")
            else:
                out.append({"=": "==", "<>": "!=", "^": "**", "&": "+"}.get(op, op))
        elif m["number"]:
            out.append(m["number"])
    if pos != len(formula):
        raise ValueError(f"cannot read {formula!r} at {formula[pos:]!r}")
    return " ".join(out)


def _flat(args: tuple[Any, ...]) -> Iterator[Any]:
    for a in args:
        if isinstance(a, np.ndarray):
            yield from a.flat
        else:
            yield a


def _number(v: Any) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool)


def _exact(a: Any, b: Any) -> Any:
    def one(x: Any, y: Any) -> int:
        return int(_text(x) == _text(y))
    if isinstance(a, np.ndarray) or isinstance(b, np.ndarray):
        return np.vectorize(one, otypes=[object])(a, b)
    return one(a, b)


def _text(v: Any) -> str:
    if isinstance(v, _Blank) or v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def _sumproduct(*arrays: Any) -> float:
    product: Any = 1
    for a in arrays:
        product = product * np.where(np.vectorize(_number, otypes=[bool])(a), a, 0) \
            if isinstance(a, np.ndarray) else product * a
    return float(np.sum(product))


def _sumif(where: Any, criterion: Any, what: Any = None) -> float:
    """SUMIF with an equality criterion."""
    return _sumifs(where if what is None else what, where, criterion)


def _sumifs(what: Any, *pairs: Any) -> float:
    """SUMIFS with equality criteria: what is summed where every range equals its criterion."""
    if len(pairs) % 2:
        raise ValueError("SUMIFS takes pairs of a range and its criterion")
    values = list(_flat((what,)))
    ok = [True] * len(values)
    for where, criterion in zip(pairs[::2], pairs[1::2], strict=True):
        for i, key in enumerate(_flat((where,))):
            ok[i] = ok[i] and _equal(key, criterion)
    return float(sum(float(v) for v, hit in zip(values, ok, strict=True)
                     if hit and _number(v)))


def _equal(value: Any, criterion: Any) -> bool:
    """An equality criterion as SUMIF(S) applies it (text without case)."""
    if isinstance(criterion, str) and criterion[:1] in "<>=":
        raise ValueError(f"the evaluator knows equality criteria only: {criterion!r}")
    if isinstance(value, str) and isinstance(criterion, str):
        return value.casefold() == criterion.casefold()
    return bool(_number(value) and _number(criterion) and float(value) == float(criterion))


def _if(cond: Callable[[], Any], yes: Callable[[], Any] = lambda: True,
        no: Callable[[], Any] = lambda: False) -> Any:
    return yes() if cond() else no()


_FUNCTIONS: dict[str, Any] = {
    "SUM": lambda *a: float(sum(v for v in _flat(a) if _number(v))),
    "COUNT": lambda *a: sum(1 for v in _flat(a)
                            if _number(v) or isinstance(v, date | datetime)),
    "IF": _if,
    "OR": lambda *a: any(bool(v) for v in _flat(a)),
    "AND": lambda *a: all(bool(v) for v in _flat(a)),
    "EXACT": _exact,
    "SUMPRODUCT": _sumproduct,
    "SUMIF": _sumif,
    "SUMIFS": _sumifs,
    "ABS": lambda v: abs(float(v)),
    "N": lambda v: float(v) if _number(v) else 0.0,  # a number as it is, anything else 0
    "MIN": lambda *a: min(float(v) for v in _flat(a) if _number(v)),
    "MAX": lambda *a: max(float(v) for v in _flat(a) if _number(v)),
    "ROUND": lambda v, n: round(float(v), int(n)),
}


def same(a: Any, b: Any) -> bool:
    """Two results alike (numbers within rounding)."""
    if _number(a) and _number(b):
        return abs(float(a) - float(b)) <= 1e-9 * max(1.0, abs(float(b)))
    return bool(a == b) if not isinstance(a, _Blank) else b in ("", 0, None)


def carries(value: Any) -> bool:
    """Whether a term carries something: a non-zero number, a date, or non-empty text."""
    if isinstance(value, _Blank) or value is None or value == "":
        return False
    if _number(value):
        return abs(float(value)) > 1e-12
    return True


def formula_cells(wb: Any) -> Iterator[tuple[str, int, int, str]]:
    """(sheet, row, column, formula) of every formula cell."""
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.data_type == "f" and isinstance(cell.value, str):
                    yield ws.title, cell.row, cell.column, cell.value


__all__ = ["BLANK", "Ref", "Workbook", "carries", "same", "formula_cells", "get_column_letter",
           "references", "shape"]
