"""The production environmental control (PEK) programme and its fulfilment.

The programme is data on top of the monitoring points: per point, each parameter measured,
by which method, how often (monthly, quarterly, half-yearly, yearly) and by which
laboratory; the norm it is compared with is the point's limit for the parameter
(services/monitoring). A point's programme is written as a whole by one command, so the
point's editor saves it in one transaction and Undo restores the previous one.

Fulfilment: each line plans one measurement per window of its frequency (a month, a
quarter, a half-year, a year); the windows a period plans are those ending in it (so a
fourth quarter plans its three months, the quarter, the second half-year and the year). A
window with no reading of the parameter at the point is missing, named by the window; a
window ending after today is not due yet.
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from greendesk.errors import DomainError
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.models import (
    MonitoringParameter,
    MonitoringPoint,
    MonitoringReading,
    PekFrequency,
    PekProgrammeItem,
)
from greendesk.periods import Period
from greendesk.services.changes import Changes
from greendesk.services.monitoring import ENTITY, LimitRow, _get, _limits
from greendesk.services.monitoring_checks import _point_sites
from greendesk.store.db import Database

FIELDS = ("point_id", "parameter_id", "method", "frequency", "laboratory")
_MONTHS = {PekFrequency.MONTHLY: 1, PekFrequency.QUARTERLY: 3, PekFrequency.HALF_YEARLY: 6,
           PekFrequency.YEARLY: 12}


@dataclass(frozen=True)
class ProgrammeDraft:
    """One programme line as the officer enters it."""
    parameter_id: int
    frequency: PekFrequency
    method: str = ""
    laboratory: str = ""


@dataclass(frozen=True)
class ProgrammeRow:
    """One programme line as listed, with its point's and parameter's names, its point's
    site (its own, its formation's or its node's) and its norm (None: the point has no limit
    for the parameter)."""
    point_id: int
    point: str
    site_id: int | None
    parameter_id: int
    parameter: str  # code
    parameter_name: str
    unit: str
    method: str
    frequency: PekFrequency
    laboratory: str
    norm: LimitRow | None

    def draft(self) -> ProgrammeDraft:
        """The line as a draft, for the editor to start from."""
        return ProgrammeDraft(self.parameter_id, self.frequency, self.method, self.laboratory)


def list_programme(db: Database, point_id: int | None = None) -> list[ProgrammeRow]:
    """The programme (or one point's), by point name, then parameter code."""
    with db.read() as s:
        limits = {(lim.point_id, lim.parameter_id): lim for lims in _limits(s).values()
                  for lim in lims}
        q = (select(PekProgrammeItem, MonitoringPoint, MonitoringParameter)
             .join(MonitoringPoint, MonitoringPoint.id == PekProgrammeItem.point_id)
             .join(MonitoringParameter, MonitoringParameter.id == PekProgrammeItem.parameter_id)
             .order_by(MonitoringPoint.name, MonitoringParameter.code))
        if point_id is not None:
            q = q.where(PekProgrammeItem.point_id == point_id)
        sites = _point_sites(s, s.scalars(select(MonitoringPoint)))
        return [ProgrammeRow(pt.id, pt.name, sites[pt.id], par.id, par.code, par.name, par.unit,
                             it.method, PekFrequency(it.frequency), it.laboratory,
                             limits.get((pt.id, par.id)))
                for it, pt, par in s.execute(q)]


def _clean(s: Session, items: Sequence[ProgrammeDraft]) -> list[dict[str, object]]:
    params = dict(s.execute(select(MonitoringParameter.id, MonitoringParameter.code)).all())
    seen: set[int] = set()
    out = []
    for d in items:
        if d.parameter_id not in params:
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "The parameter no longer exists; "
                                                           "it may have been deleted."),
                              field="parameter_id")
        if d.parameter_id in seen:
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "The parameter {parameter} is in "
                                                           "the point's programme twice."),
                              parameter=params[d.parameter_id], field="parameter_id")
        seen.add(d.parameter_id)
        method, lab = " ".join(d.method.split()), " ".join(d.laboratory.split())
        for text, fld in ((method, "method"), (lab, "laboratory")):
            if len(text) > 300:
                raise DomainError(QT_TRANSLATE_NOOP("Refusal", "A method or laboratory is at "
                                                               "most 300 characters."),
                                  field=fld)
        out.append({"parameter_id": d.parameter_id, "method": method,
                    "frequency": PekFrequency(d.frequency), "laboratory": lab})
    return out


def _read(s: Session, point_id: int) -> list[dict[str, object]]:
    return [{k: getattr(it, k) for k in FIELDS if k != "point_id"}
            for it in s.scalars(select(PekProgrammeItem)
                                .where(PekProgrammeItem.point_id == point_id)
                                .order_by(PekProgrammeItem.parameter_id))]


def _write(s: Session, point_id: int, rows: Sequence[dict[str, object]]) -> None:
    s.execute(delete(PekProgrammeItem).where(PekProgrammeItem.point_id == point_id))
    s.flush()
    s.add_all(PekProgrammeItem(point_id=point_id, **r) for r in rows)


class SetProgramme:
    """Replace a monitoring point's PEK programme; undo puts the previous one back."""

    def __init__(self, point_id: int, items: Sequence[ProgrammeDraft]) -> None:
        self.point_id, self.items = point_id, tuple(items)
        self.before: list[dict[str, object]] | None = None
        self.after: list[dict[str, object]] | None = None

    def apply(self, db: Database) -> Changes:
        """Check the lines (parameter existing and listed once, method and laboratory at most
        300 characters) and write them in one transaction; refused for a point deleted.
        Announces the monitoring entity with the point's id."""
        with db.write() as s:
            _get(s, MonitoringPoint, self.point_id,
                 QT_TRANSLATE_NOOP("Refusal", "monitoring point"))
            if self.after is None:
                self.after = _clean(s, self.items)
                self.before = _read(s, self.point_id)
            _write(s, self.point_id, self.after)
        return Changes.of(ENTITY, ids=(self.point_id,))

    def revert(self, db: Database) -> Changes:
        """Put the previous programme back; one transaction."""
        assert self.before is not None
        with db.write() as s:
            _get(s, MonitoringPoint, self.point_id,
                 QT_TRANSLATE_NOOP("Refusal", "monitoring point"))
            _write(s, self.point_id, self.before)
        return Changes.of(ENTITY, ids=(self.point_id,))


def set_programme(db: Database, point_id: int, items: Sequence[ProgrammeDraft]) -> Changes:
    """Replace a point's programme (see SetProgramme)."""
    return SetProgramme(point_id, items).apply(db)


# ---------------------------------------------------------------- fulfilment
@dataclass(frozen=True)
class Window:
    """One planned measurement: the span a reading must fall in, and its label
    ("2025-11", "2025-Q4", "2025-H2", "2025")."""
    start: date
    end: date
    label: str


def windows(frequency: PekFrequency, period: Period) -> list[Window]:
    """The windows of `frequency` ending within `period` (see the module's note)."""
    step = _MONTHS[PekFrequency(frequency)]
    out = []
    for y in range(period.start.year, period.end.year + 1):
        for first in range(1, 13, step):
            last = first + step - 1
            start = date(y, first, 1)
            end = date(y, last, calendar.monthrange(y, last)[1])
            if period.start <= end <= period.end:
                out.append(Window(start, end, _label(y, first, step)))
    return out


def _label(y: int, first: int, step: int) -> str:
    if step == 1:
        return f"{y}-{first:02d}"
    if step == 3:
        return f"{y}-Q{(first + 2) // 3}"
    if step == 6:
        return f"{y}-H{(first + 5) // 6}"
    return f"{y}"


@dataclass(frozen=True)
class FulfilmentRow:
    """One programme line over a period: measurements planned, windows covered, readings
    made in the period, and the windows missing (due by today and without a reading)."""
    line: ProgrammeRow
    planned: int
    covered: int
    made: int
    missing: tuple[str, ...]
    not_due: int = 0  # windows ending after today


def fulfilment(db: Database, period: Period, today: date,
               site_ids: Sequence[int] | None = None) -> list[FulfilmentRow]:
    """Each programme line's fulfilment over `period` (of the points at `site_ids` only when
    given), in the programme's order."""
    lines = [ln for ln in list_programme(db)
             if site_ids is None or ln.site_id in site_ids]
    if not lines:
        return []
    first = min([period.start, *(w.start for ln in lines
                                 for w in windows(ln.frequency, period))])
    r = MonitoringReading
    with db.read() as s:
        days: dict[tuple[int, int], list[date]] = {}
        for pid, parid, day in s.execute(
                select(r.point_id, r.parameter_id, r.taken_on)
                .where(r.taken_on.between(first, period.end))):
            days.setdefault((pid, parid), []).append(day)
        made = dict(((pid, parid), n) for pid, parid, n in s.execute(
            select(r.point_id, r.parameter_id, func.count())
            .where(r.taken_on.between(period.start, period.end))
            .group_by(r.point_id, r.parameter_id)))
    out = []
    for ln in lines:
        key = (ln.point_id, ln.parameter_id)
        taken = days.get(key, [])
        wins = windows(ln.frequency, period)
        covered = [w for w in wins if any(w.start <= d <= w.end for d in taken)]
        due = [w for w in wins if w.end <= today]
        missing = tuple(w.label for w in due if w not in covered)
        out.append(FulfilmentRow(ln, len(wins), len(covered), made.get(key, 0), missing,
                                 len(wins) - len(due)))
    return out
