"""Grades in the flow import: a column per component the plant tracks, headed "Cu, %" or
"Au, g/t". A blank cell means no grade for that record; a filled one is stored with the
record as its own assay, in the import's transaction (so a wrong grade refuses the file).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from greendesk.errors import DomainError, Message
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.importers.flows_rows import Problems
from greendesk.models import Flow, Material
from greendesk.readers.tabular import parse_number
from greendesk.services.balance_records import add_flow_assays_in, grade_fraction

_HEADING = re.compile(r"^\s*([A-Za-z][A-Za-z0-9]{0,19})\s*,\s*(%|g/t|г/т)\s*$")

Grade = tuple[str, float, str]


def assay_heading(component: str, unit: str = "%") -> str:
    """The template's heading of a component's column: "Cu, %"."""
    return f"{component}, {unit}"


def assay_columns(header: Sequence[object], used: set[int]) -> list[tuple[int, str, str]]:
    """(column, component, unit) of every heading such as "Cu, %" not taken by a field."""
    out = []
    for j, head in enumerate(header):
        m = _HEADING.match(str(head)) if head and j not in used else None
        if m is not None:
            unit = "g/t" if m.group(2) == "г/т" else m.group(2)
            comp = m.group(1)
            out.append((j, comp.capitalize() if len(comp) <= 2 else comp, unit))
    return out


class AssayCells:
    """Reads the grade cells of each row as the rows stream past the row checker."""

    def __init__(self, columns: list[tuple[int, str, str]], problems: Problems,
                 decimal_comma: bool | None) -> None:
        self.columns, self.problems, self.hint = columns, problems, decimal_comma
        self._cells: dict[int, tuple[object, ...]] = {}
        self.written: list[tuple[Grade, ...]] = []  # per written record, in file order

    def tap(self, rows: Iterable[tuple]) -> Iterator[tuple]:
        """Pass the rows on, keeping their grade cells by row index."""
        cols = [j for j, _c, _u in self.columns]
        for i, r in enumerate(rows):
            if cols:
                self._cells[i] = tuple(r[j] for j in cols)
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
            self.written.append(tuple(grades))
        if where:
            last = max(where)
            for i in [k for k in self._cells if k < last]:
                del self._cells[i]

    def store(self, s: Session, batch_id: int) -> None:
        """Write the grades on the batch's records (ids in file order)."""
        if not any(self.written):
            return
        ids = s.scalars(select(Flow.id).where(Flow.import_batch_id == batch_id)
                        .order_by(Flow.id)).all()
        materials = {fid: mid for fid, mid in s.execute(
            select(Flow.id, Flow.material_id).where(Flow.import_batch_id == batch_id))}
        for flow_id, grades in zip(ids, self.written, strict=True):
            if grades:
                add_flow_assays_in(s, flow_id, s.get(Material, materials[flow_id]), grades)
