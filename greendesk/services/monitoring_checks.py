"""What monitoring asks the officer to act on: exceedances and gaps in the readings.

A reading above its limit is an exceedance; equal to it is not, unless the limit is marked
inclusive. A point is expected to be read at least every `interval_days`; a longer silence
for a parameter it has a limit for is a gap.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from greendesk.analysis import formations as an
from greendesk.models import Formation, MonitoringPoint, MonitoringReading, Node
from greendesk.periods import Period
from greendesk.services.monitoring import _attached, _limits
from greendesk.store.db import Database


@dataclass(frozen=True)
class ExceedanceRow:
    """A reading beyond its point's limit, with how far beyond (in the parameter's unit)."""
    reading_id: int
    point: str
    attached_to: str
    parameter: str
    unit: str
    taken_on: date
    value: float
    limit_value: float
    side: str  # "above" or "below"
    margin: float  # how far beyond the limit, in the parameter's unit
    inclusive: bool
    point_id: int = 0
    parameter_id: int = 0

    @property
    def margin_pct(self) -> float | None:
        """How far beyond the limit as a share of it (None for a limit of 0)."""
        return abs(self.margin / self.limit_value) * 100 if self.limit_value else None


@dataclass(frozen=True)
class GapRow:
    """A stretch without a reading longer than the point's required interval."""
    point: str
    attached_to: str
    parameter: str
    interval_days: int
    start: date
    end: date
    days: int
    last_reading: date | None
    point_id: int = 0
    site_id: int | None = None  # the point's own, its formation's or its node's site


# ---------------------------------------------------------------- exceedances and gaps
def exceedances(db: Database, period: Period, site_ids: Collection[int] | None = None
                ) -> list[ExceedanceRow]:
    """Every reading in the period beyond its point's limit, oldest first; of the points
    at the sites in `site_ids` only when given (a report for chosen sites)."""
    with db.read() as s:
        points = {p.id: p for p in s.scalars(select(MonitoringPoint))}
        if site_ids is not None:
            where = _point_sites(s, points.values())
            points = {i: p for i, p in points.items() if where[i] in site_ids}
        attached = _attached(s, points.values())
        limits = {(lim.point_id, lim.parameter_id): lim for lims in _limits(s).values()
                  for lim in lims}
        r = MonitoringReading
        rows = s.execute(select(r.id, r.point_id, r.parameter_id, r.taken_on, r.value)
                         .where(r.taken_on.between(period.start, period.end))
                         .order_by(r.taken_on, r.point_id, r.parameter_id, r.id)).all()
    out = []
    for rid, pid, parid, day, value in rows:
        lim = limits.get((pid, parid))
        if lim is None or pid not in points:
            continue
        hit = an.exceedance(value, lim.limit())
        if hit is None:
            continue
        side, margin = hit
        bound = lim.max_value if side == "above" else lim.min_value
        assert bound is not None
        out.append(ExceedanceRow(rid, points[pid].name, attached[pid], lim.parameter,
                                 lim.unit, day, value, bound, side, margin, lim.inclusive,
                                 pid, parid))
    return out


def gaps(db: Database, period: Period, today: date | None = None) -> list[GapRow]:
    """Spans in the period (up to today) longer than a point's interval with no reading of a
    parameter it has a limit for."""
    end = min(period.end, today or date.today())
    if end < period.start:
        return []
    with db.read() as s:
        points = {p.id: p for p in s.scalars(select(MonitoringPoint))}
        attached = _attached(s, points.values())
        sites = _point_sites(s, points.values())
        limits = _limits(s)
        r = MonitoringReading
        dates: dict[tuple[int, int], list[date]] = {}
        for pid, parid, day in s.execute(
                select(r.point_id, r.parameter_id, r.taken_on)
                .where(r.taken_on.between(period.start, end))):
            dates.setdefault((pid, parid), []).append(day)
    out = []
    for pid, point in sorted(points.items(), key=lambda kv: kv[1].name):
        for lim in limits.get(pid, ()):
            for g in an.find_gaps(dates.get((pid, lim.parameter_id), ()), period.start, end,
                                  point.interval_days):
                out.append(GapRow(point.name, attached[pid], lim.parameter,
                                  point.interval_days, g.start, g.end, g.days, g.after,
                                  pid, sites[pid]))
    return out


def _point_sites(s: Session, points) -> dict[int, int | None]:
    """The site of each point: its own, else its formation's, else its node's."""
    forms = dict(s.execute(select(Formation.id, Formation.site_id)).all())
    nodes = dict(s.execute(select(Node.id, Node.site_id)).all())
    return {p.id: p.site_id or forms.get(p.formation_id) or nodes.get(p.node_id)
            for p in points}
