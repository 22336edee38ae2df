"""Grades in the flow import: a column per component the plant tracks, headed "Cu, %" or
"Au, g/t". A blank cell means no grade for that record; a filled one is stored with the
record as its own assay, in the import's transaction (so a wrong grade refuses the file).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from greendesk.errors import DomainError, Message, message_of
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.importers.flows_rows import Problems, parse_method
from greendesk.models import Flow, Material, Method
from greendesk.readers.tabular import parse_number
from greendesk.services.balance_records import (
    add_flow_assays_in,
    assay_unit,
    check_uncertainty,
    grade_fraction,
)

_HEADING = re.compile(r"^\s*([A-Za-z][A-Za-z0-9]{0,19})\s*,\s*(%|g/t|ppm|г/т)\s*$",
                      re.IGNORECASE)
# How the record's grades were obtained and their uncertainty: one column each.
METHOD_HEADING = "Assay method"
UNCERTAINTY_HEADING = "Assay uncertainty %"
_QUALITY = {"assay method": "method", "метод анализа": "method",
            "assay uncertainty %": "uncertainty", "assay uncertainty, %": "uncertainty",
            "неопределённость анализа, %": "uncertainty"}

Grade = tuple[str, float, str]
Sample = tuple[tuple[Grade, ...], Method, float | None]  # a record's grades, method, σ %


def assay_heading(component: str, unit: str = "%") -> str:
    """The template's heading of a component's column: "Cu, %"."""
    return f"{component}, {unit}"


def assay_columns(header: Sequence[object], used: set[int]) -> list[tuple[int, str, str]]:
    """(column, component, unit) of every heading such as "Cu, %" not taken by a field."""
    out = []
    for j, head in enumerate(header):
        m = _HEADING.match(str(head)) if head and j not in used else None
        if m is not None:
            comp = m.group(1)
            out.append((j, comp.capitalize() if len(comp) <= 2 else comp,
                        assay_unit(m.group(2))))
    return out


def quality_columns(header: Sequence[object], used: set[int]) -> dict[str, int]:
    """"method" and "uncertainty" → column, for the headings that give them."""
    return {_QUALITY[" ".join(str(h).split()).casefold()]: j for j, h in enumerate(header)
            if h and j not in used and " ".join(str(h).split()).casefold() in _QUALITY}


class AssayCells:
    """Reads the grade cells of each row as the rows stream past the row checker."""

    def __init__(self, columns: list[tuple[int, str, str]], problems: Problems,
                 decimal_comma: bool | None, quality: dict[str, int] | None = None) -> None:
        self.columns, self.problems, self.hint = columns, problems, decimal_comma
        self.quality = quality or {}
        self._cells: dict[int, tuple[object, ...]] = {}
        self.written: list[Sample] = []  # per written record, in file order

    def tap(self, rows: Iterable[tuple]) -> Iterator[tuple]:
        """Pass the rows on, keeping their grade cells by row index."""
        cols = [j for j, _c, _u in self.columns]
        if cols:
            cols += [self.quality.get("method", -1), self.quality.get("uncertainty", -1)]
        for i, r in enumerate(rows):
            if cols:
                self._cells[i] = tuple(r[j] if 0 <= j < len(r) else None for j in cols)
            yield r

    def take(self, where: Sequence[int]) -> None:
        """The grades of the rows just written (indexes `where`); wrong cells are problems."""
        for i in where:
            cells = self._cells.pop(i, ())
            grades: list[Grade] = []
            for (j, comp, unit), v in zip(self.columns, cells, strict=False):
                if v is None or (isinstance(v, str) and not v.strip()):
                    continue
                try:
                    value = float(v) if isinstance(v, int | float) else parse_number(
                        v, decimal_comma=self.hint)
                    grade_fraction(value, unit)
                except (ValueError, DomainError) as exc:
                    msg = exc.message if isinstance(exc, DomainError) else Message(
                        QT_TRANSLATE_NOOP("Refusal", "{show} is not a grade."), show=str(v))
                    self.problems.add(i, j, v, msg)
                    continue
                grades.append((comp, value, unit))
            self.written.append((tuple(grades), *self._quality(i, cells[-2:] if cells
                                                              else (None, None))))
        if where:
            last = max(where)
            for i in [k for k in self._cells if k < last]:
                del self._cells[i]

    def _quality(self, i: int, cells: Sequence[object]) -> tuple[Method, float | None]:
        """The row's assay method (measured when empty) and uncertainty (none when empty)."""
        method_cell, unc_cell = cells
        method = Method.MEASURED
        if method_cell is not None and str(method_cell).strip():
            try:
                method = parse_method(method_cell)
            except ValueError as exc:
                self.problems.add(i, self.quality["method"], method_cell, message_of(exc))
        unc: float | None = None
        if unc_cell is not None and str(unc_cell).strip():
            try:
                unc = check_uncertainty(float(unc_cell) if isinstance(unc_cell, int | float)
                                        else parse_number(unc_cell, decimal_comma=self.hint))
            except (ValueError, DomainError):
                self.problems.add(i, self.quality["uncertainty"], unc_cell, Message(
                    QT_TRANSLATE_NOOP("Refusal", "The uncertainty is a percentage from 0 "
                                                 "to 100.")))
        return method, unc

    def store(self, s: Session, batch_id: int) -> None:
        """Write the grades on the batch's records (ids in file order)."""
        if not any(grades for grades, _m, _u in self.written):
            return
        ids = s.scalars(select(Flow.id).where(Flow.import_batch_id == batch_id)
                        .order_by(Flow.id)).all()
        materials = {fid: mid for fid, mid in s.execute(
            select(Flow.id, Flow.material_id).where(Flow.import_batch_id == batch_id))}
        for flow_id, (grades, method, unc) in zip(ids, self.written, strict=True):
            if grades:
                add_flow_assays_in(s, flow_id, s.get(Material, materials[flow_id]), grades,
                                   method, unc)
