"""Comparing a workbook's sheet with the same sheet made again from the database.

Rows are aligned first (difflib over the rows' values, formulas aside), so a row deleted
from or inserted into a 100,000-row ledger is one difference, not every cell below it.
Aligned rows are then compared cell by cell: the value, the formula (as written, or with
its row references moved the way Excel moves them when rows are deleted or inserted),
the number format of a figure (a format can print 14.400 where the cell holds 144) and
a font the colour of its background. Hidden rows, columns and sheets are named too. Each
difference is one sentence; the list stops at its cap.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from difflib import SequenceMatcher
from typing import Any, NamedTuple

from openpyxl.utils import get_column_letter

from greendesk.errors import Message
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.reports.verify_read import FormulaText, Look, SheetCells

_FORMULA_KEY = object()  # every formula aligns with every formula; compared afterwards
_REF = re.compile(r"""("(?:[^"]|"")*")"""  # a string literal: left alone
                  r"""|((?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)!)?(\$?[A-Z]{1,3}\$?)(\d+)(?![\w(])""")
_PAIRING_CELLS = 40_000  # replaced blocks up to this many row pairs are paired by likeness


class Difference(NamedTuple):
    """One way the workbook differs from the database's, as a sentence."""
    sheet: str
    cell: str  # "B17"; a row number or column letter; "" for the whole sheet
    in_file: object
    in_db: object
    sentence: Message


def _msg(template: str, **args: object) -> Message:
    return Message(template, context="reports", **args)


@dataclass
class Aligned:
    """How the workbook's rows (a) pair with the rebuilt rows (b), 1-based sheet rows."""
    pairs: list[tuple[int, int]]
    only_workbook: list[int]
    only_database: list[int]

    def row_map(self) -> dict[int, int]:
        """Workbook row → rebuilt row, for moving a formula's references."""
        return dict(self.pairs)


def align(a: list[tuple[Any, ...]], b: list[tuple[Any, ...]]) -> Aligned:
    """Pair rows of equal values; rows in a replaced block pair by likeness."""
    ka, kb = [_key(r) for r in a], [_key(r) for r in b]
    head = 0
    while head < min(len(ka), len(kb)) and ka[head] == kb[head]:
        head += 1
    tail = 0
    while tail < min(len(ka), len(kb)) - head and ka[-1 - tail] == kb[-1 - tail]:
        tail += 1
    out = Aligned([(i + 1, i + 1) for i in range(head)], [], [])
    matcher = SequenceMatcher(None, ka[head:len(ka) - tail], kb[head:len(kb) - tail],
                              autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        i1, i2, j1, j2 = i1 + head, i2 + head, j1 + head, j2 + head
        if op == "equal":
            out.pairs += [(i + 1, j + 1) for i, j in zip(range(i1, i2), range(j1, j2),
                                                          strict=True)]
        elif op == "delete":
            out.only_workbook += range(i1 + 1, i2 + 1)
        elif op == "insert":
            out.only_database += range(j1 + 1, j2 + 1)
        else:
            _pair_block(ka, kb, range(i1, i2), range(j1, j2), out)
    out.pairs += [(len(ka) - tail + i + 1, len(kb) - tail + i + 1) for i in range(tail)]
    out.pairs.sort()
    return out


def _key(row: tuple[Any, ...]) -> tuple[Any, ...]:
    return tuple(_FORMULA_KEY if isinstance(v, FormulaText)
                 else float(f"{v:.12g}") if isinstance(v, float) else v for v in row)


def _pair_block(ka: list[tuple[Any, ...]], kb: list[tuple[Any, ...]], ia: range, ib: range,
                out: Aligned) -> None:
    """Rows of a replaced block: equal counts pair in order (edited cells); otherwise the
    most alike pairs, in order, where at least half their cells agree (the rest were
    inserted or deleted)."""
    if len(ia) == len(ib) or len(ia) * len(ib) > _PAIRING_CELLS:
        n = min(len(ia), len(ib))
        out.pairs += [(ia[k] + 1, ib[k] + 1) for k in range(n)]
        out.only_workbook += [i + 1 for i in ia[n:]]
        out.only_database += [j + 1 for j in ib[n:]]
        return

    def likeness(i: int, j: int) -> int:
        x, y = ka[i], kb[j]
        same = sum(1 for p, q in zip(x, y, strict=False) if p == q and p is not None)
        filled = max(sum(v is not None for v in x), sum(v is not None for v in y), 1)
        return same if 2 * same >= filled else -1

    n, m = len(ia), len(ib)
    best = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            like = likeness(ia[i], ib[j])
            best[i][j] = max(best[i + 1][j], best[i][j + 1],
                             best[i + 1][j + 1] + like + 1 if like >= 0 else -1)
    i = j = 0
    while i < n and j < m:
        like = likeness(ia[i], ib[j])
        if like >= 0 and best[i][j] == best[i + 1][j + 1] + like + 1:
            out.pairs.append((ia[i] + 1, ib[j] + 1))
            i, j = i + 1, j + 1
        elif best[i][j] == best[i + 1][j]:
            out.only_workbook.append(ia[i] + 1)
            i += 1
        else:
            out.only_database.append(ib[j] + 1)
            j += 1
    out.only_workbook += [ia[k] + 1 for k in range(i, n)]
    out.only_database += [ib[k] + 1 for k in range(j, m)]


def moved(formula: str, sheet: str, maps: dict[str, dict[int, int]]) -> str:
    """The formula with each row reference moved from the workbook's rows to the rebuilt
    ones, as Excel moves references when rows are inserted or deleted above them."""
    def move(m: re.Match[str]) -> str:
        if m[1] is not None:
            return m[1]
        prefix = m[2] or ""
        target = prefix[:-1].strip("'").replace("''", "'") if prefix else sheet
        row = maps.get(target, {}).get(int(m[4]))
        return m[0] if row is None else f"{prefix}{m[3]}{row}"
    return _REF.sub(move, formula)


def sheet_differences(old: SheetCells, new: SheetCells, aligned: Aligned,
                      maps: dict[str, dict[int, int]], rows_edited: bool) -> Iterator[Difference]:
    """Every difference of one sheet, in row order. `rows_edited`: the database's records
    are as exported (the fingerprint matches), so a row missing or extra was deleted from
    or inserted into the workbook; otherwise the database may have changed."""
    name = old.name
    if old.state != "visible" and new.state == "visible":
        yield Difference(name, "", old.state, new.state, _msg(QT_TRANSLATE_NOOP(
            "reports", "Sheet {sheet} was hidden."), sheet=name))
    for col in sorted(old.hidden_cols - new.hidden_cols):
        letter = get_column_letter(col)
        yield Difference(name, letter, "hidden", "shown", _msg(QT_TRANSLATE_NOOP(
            "reports", "Column {column} of sheet {sheet} was hidden."), column=letter,
            sheet=name))
    back = {a: b for a, b in aligned.pairs}
    events: list[tuple[int, int, Difference | None]] = []
    for a in sorted(old.hidden_rows):
        if back.get(a) not in new.hidden_rows and a <= len(old.values):
            events.append((a, 0, Difference(name, str(a), "hidden", "shown", _msg(
                QT_TRANSLATE_NOOP("reports", "Row {row} of sheet {sheet} was hidden ({values})."),
                row=a, sheet=name, values=_shown(old.values[a - 1])))))
    inserted, deleted = (
        (QT_TRANSLATE_NOOP("reports", "A row was inserted at row {row} of sheet {sheet} "
                                      "({values})."),
         QT_TRANSLATE_NOOP("reports", "Row {row} of sheet {sheet} was deleted ({values}).")) if rows_edited
        else (QT_TRANSLATE_NOOP("reports", "Row {row} of sheet {sheet} ({values}) is in the "
                                           "workbook but not in the database."),
              QT_TRANSLATE_NOOP("reports", "Row {row} of sheet {sheet} ({values}) is in the "
                                           "database but not in the workbook.")))
    for a in aligned.only_workbook:
        values = _shown(old.values[a - 1])
        events.append((a, 1, Difference(name, str(a), values, None, _msg(
            inserted, row=a, sheet=name, values=values))))
    b_rows = sorted(b for _a, b in aligned.pairs)
    a_of = {b: a for a, b in aligned.pairs}
    for b in aligned.only_database:
        values = _shown(new.values[b - 1])
        # where it would stand in the workbook: after the workbook row paired above it
        k = bisect_left(b_rows, b)
        above = a_of[b_rows[k - 1]] if k else 0
        events.append((above, 4, Difference(name, str(b), None, values, _msg(
            deleted, row=b, sheet=name, values=values))))
    events += [(a, 3, None) for a, _b in aligned.pairs]
    events.sort(key=lambda e: (e[0], e[1]))
    for a, _order, diff in events:
        if diff is not None:
            yield diff
            continue
        yield from _row_differences(old, new, a, back[a], maps, rows_edited)


def _row_differences(old: SheetCells, new: SheetCells, a: int, b: int,
                     maps: dict[str, dict[int, int]], data_same: bool) -> Iterator[Difference]:
    """One row's cell differences. A formula's display precision follows its figure, so
    with changed data (`data_same` False) its format may differ untouched: not compared."""
    ov, nv = old.values[a - 1], new.values[b - 1]
    ol, nl = old.looks[a - 1], new.looks[b - 1]
    if not any(v is not None for v in ov) and any(v is not None for v in nv):
        values = _shown(nv)  # one difference for the row, not one per cell
        yield Difference(old.name, str(a), None, values, _msg(QT_TRANSLATE_NOOP(
            "reports", "Row {row} of sheet {sheet} was emptied ({values})."), row=a,
            sheet=old.name, values=values))
        return
    for c in range(max(len(ov), len(nv))):
        x = ov[c] if c < len(ov) else None
        y = nv[c] if c < len(nv) else None
        cell = f"{get_column_letter(c + 1)}{a}"
        if not _same(x, y, old.name, maps):
            yield Difference(old.name, cell, x, y, _msg(QT_TRANSLATE_NOOP(
                "reports", "Cell {cell} of sheet {sheet} holds {in_file}, the database gives "
                           "{in_db}."), cell=cell, sheet=old.name, in_file=_one(x),
                in_db=_one(y)))
            continue
        if not _figure(x):
            continue
        look = ol[c] if c < len(ol) else None
        want = nl[c] if c < len(nl) else None
        if look is None or want is None:
            continue
        if look.number_format != want.number_format and (
                data_same or not (isinstance(x, str) and x.startswith("="))):
            yield Difference(old.name, cell, look.number_format, want.number_format, _msg(
                QT_TRANSLATE_NOOP("reports", "Cell {cell} of sheet {sheet} is formatted as "
                                             "{format} instead of {exported}: it may show a "
                                             "figure other than the {value} it holds."),
                cell=cell, sheet=old.name, format=look.number_format,
                exported=want.number_format, value=_one(x)))
        if look.invisible and not want.invisible:
            yield Difference(old.name, cell, "invisible", "visible", _msg(QT_TRANSLATE_NOOP(
                "reports", "The figure in cell {cell} of sheet {sheet} ({value}) is written in "
                           "the colour of its background, so it cannot be seen."),
                cell=cell, sheet=old.name, value=_one(x)))


def _figure(value: object) -> bool:
    """A cell whose number format decides what it shows: a number, a date or a formula."""
    return isinstance(value, int | float | date | FormulaText) and not isinstance(value, bool)


def _same(a: object, b: object, sheet: str, maps: dict[str, dict[int, int]]) -> bool:
    if isinstance(a, FormulaText) or isinstance(b, FormulaText):
        if not (isinstance(a, FormulaText) and isinstance(b, FormulaText)):
            return False
        return a == b or moved(a, sheet, maps) == b
    if isinstance(a, float) or isinstance(b, float):
        try:
            return abs(float(a) - float(b)) <= 1e-9 * max(1.0, abs(float(b)))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return False
    return a == b


def _one(value: object) -> str:
    """A cell's value as a sentence shows it."""
    if value is None:
        return "(empty)"
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() \
            else value.isoformat(" ", "minutes")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return f"{value:.3f}" if abs(value) >= 0.001 or value == 0 else f"{value:.6g}"
    text = str(value)
    return text if len(text) <= 80 else text[:79] + "…"


def _shown(row: tuple[Any, ...]) -> str:
    """A row's values as a sentence names them: "Site, Material, 120.000"."""
    text = ", ".join(_one(v) for v in row if v is not None)
    return (text if len(text) <= 160 else text[:159] + "…") or "empty"


__all__ = ["Aligned", "Difference", "Look", "align", "moved", "sheet_differences"]
