"""Monitoring of formations and pollution sources: points, parameters, permitted limits
and readings. What the officer must act on (exceedances and gaps) is in
`monitoring_checks`."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from greendesk.analysis import formations as an
from greendesk.errors import DomainError, Message, NotFoundError, term
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.models import (
    Formation,
    Medium,
    MonitoringLimit,
    MonitoringParameter,
    MonitoringPoint,
    MonitoringReading,
    Node,
    Site,
    SourceKind,
)
from greendesk.periods import Period
from greendesk.services.changes import Changes, Entity
from greendesk.services.dated import check_dated, check_free, check_not_future
from greendesk.store.closed_periods import check_open
from greendesk.store.db import Database
from greendesk.validation import clean_name

ENTITY = Entity.MONITORING
READINGS = Entity.MONITORING_READING


@dataclass(frozen=True)
class ParameterRow:
    """A measured quantity (pH, SO4, Cu ...) and the unit its readings and limits are in."""
    id: int
    code: str
    name: str
    unit: str


@dataclass(frozen=True)
class LimitRow:
    """A parameter's permitted range at one point, and the permit or rule it comes from."""
    point_id: int
    parameter_id: int
    parameter: str  # code
    unit: str
    max_value: float | None
    min_value: float | None
    inclusive: bool
    basis: str

    def limit(self) -> an.Limit:
        """The range as the pure analysis checks it."""
        return an.Limit(self.max_value, self.min_value, self.inclusive)


@dataclass(frozen=True)
class PointDraft:
    """What the officer enters for a monitoring point; the site follows from the formation or
    node when not given."""
    name: str
    source_kind: SourceKind
    medium: Medium
    interval_days: int = 31
    site_id: int | None = None
    formation_id: int | None = None
    node_id: int | None = None
    latitude: float | None = None
    longitude: float | None = None
    note: str = ""


@dataclass(frozen=True)
class PointRow(PointDraft):
    """A point as listed, with the names of what it watches and its limits."""
    id: int = 0
    site_name: str = ""
    formation_name: str = ""
    node_name: str = ""
    limits: tuple[LimitRow, ...] = ()

    def draft(self) -> PointDraft:
        """The point's values as a draft, for the edit form and undo."""
        return PointDraft(self.name, self.source_kind, self.medium, self.interval_days,
                          self.site_id, self.formation_id, self.node_id, self.latitude,
                          self.longitude, self.note)

    @property
    def attached_to(self) -> str:
        """What the point watches, most specific first: the formation, else the node, else the site."""
        return self.formation_name or self.node_name or self.site_name


@dataclass(frozen=True)
class ReadingDraft:
    """One lab or field result to record; check_reading validates it."""
    point_id: int
    parameter_id: int
    taken_on: date
    value: float
    note: str = ""


@dataclass(frozen=True)
class ReadingRow:
    """A recorded reading."""
    id: int
    point_id: int
    parameter_id: int
    taken_on: date
    value: float
    note: str


# ---------------------------------------------------------------- parameters
def list_parameters(db: Database) -> list[ParameterRow]:
    """Every parameter, in the order added (the built-in ones first)."""
    with db.read() as s:
        return [ParameterRow(p.id, p.code, p.name, p.unit) for p in s.scalars(
            select(MonitoringParameter).order_by(MonitoringParameter.id))]


def add_parameter(db: Database, code: str, name: str, unit: str) -> tuple[int, Changes]:
    """Add a parameter; one transaction. Refuses a code that is empty, over 20 characters or
    already used, and a missing unit. Announces the monitoring entity with the new id."""
    code = " ".join(code.split())
    if not code or len(code) > 20:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "A parameter's code is 1 to 20 characters, "
                                                       "such as Ni."), field="code")
    name = clean_name(name or code, QT_TRANSLATE_NOOP("Refusal", "parameter"), max_len=120)
    unit = " ".join(unit.split())
    if not unit or len(unit) > 20:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "Give the unit {name} is measured in, such "
                                                       "as mg/L."),
                          name=name, field="unit")
    with db.write() as s:
        if s.scalars(select(MonitoringParameter.id).where(
                MonitoringParameter.code == code)).first():
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "There is already a parameter {code}."),
                              code=code, field="code")
        p = MonitoringParameter(code=code, name=name, unit=unit)
        s.add(p)
        s.flush()
        return p.id, Changes.of(ENTITY, ids=(p.id,))


# ---------------------------------------------------------------- points
def _finite(value: float | None, what: str | Message, fld: str, low: float, high: float) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) \
            or not low <= value <= high:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "The {what} must be a number from {low:g} "
                                                       "to {high:g}."),
                          what=term(what), low=low, high=high, field=fld)
    return float(value)


def _point_values(s: Session, d: PointDraft, except_id: int | None) -> dict[str, object]:
    name = clean_name(d.name, QT_TRANSLATE_NOOP("Refusal", "monitoring point"))
    source = SourceKind(d.source_kind)
    medium = Medium(d.medium)
    if isinstance(d.interval_days, bool) or not isinstance(d.interval_days, int) \
            or not 1 <= d.interval_days <= 3660:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "The required interval between readings is "
                                                       "a number of days from 1 to 3,660 (31 for "
                                                       "monthly, 92 for quarterly)."),
                          field="interval_days")
    site_id, formation_id, node_id = d.site_id, d.formation_id, d.node_id
    if source is SourceKind.FORMATION and formation_id is None:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{name} watches a formation: choose which."),
                          name=name, field="formation")
    if formation_id is not None:
        f = s.get(Formation, formation_id)
        if f is None:
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "The formation no longer exists; "
                                                           "choose another."),
                              field="formation")
        site_id = site_id if site_id is not None else f.site_id
    if node_id is not None:
        n = s.get(Node, node_id)
        if n is None:
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "The source node no longer exists; "
                                                           "choose another."),
                              field="node")
        site_id = site_id if site_id is not None else n.site_id
    if site_id is not None and s.get(Site, site_id) is None:
        raise DomainError(
            QT_TRANSLATE_NOOP("Refusal", "The site no longer exists; choose another."),
            field="site")
    if s.scalars(select(MonitoringPoint.id).where(
            MonitoringPoint.name == name, MonitoringPoint.id != (except_id or -1))).first():
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "There is already a monitoring point named "
                                                       "{name!r}."),
                          name=name, field="name")
    note = d.note.strip()
    if len(note) > 2000:
        raise DomainError(
            QT_TRANSLATE_NOOP("Refusal", "The note is longer than 2,000 characters."),
            field="note")
    return dict(name=name, source_kind=source, medium=medium, interval_days=d.interval_days,
                site_id=site_id, formation_id=formation_id, node_id=node_id,
                latitude=_finite(d.latitude, QT_TRANSLATE_NOOP("Refusal", "latitude"), "latitude", -90, 90),
                longitude=_finite(d.longitude, QT_TRANSLATE_NOOP("Refusal", "longitude"), "longitude", -180, 180), note=note)


def add_point(db: Database, draft: PointDraft) -> tuple[int, Changes]:
    """Add a point; one transaction. Refuses what _point_values refuses (a taken name, a
    formation point without its formation, links that no longer exist, coordinates out of
    range). Announces the monitoring entity with the new id."""
    with db.write() as s:
        p = MonitoringPoint(**_point_values(s, draft, None))
        s.add(p)
        s.flush()
        return p.id, Changes.of(ENTITY, ids=(p.id,))


def update_point(db: Database, point_id: int, draft: PointDraft) -> Changes:
    """Replace a point's values; one transaction, the same checks as add_point, and
    NotFoundError for a deleted point. Announces the monitoring entity with its id."""
    with db.write() as s:
        p = _get(s, MonitoringPoint, point_id, QT_TRANSLATE_NOOP("Refusal", "monitoring point"))
        for k, v in _point_values(s, draft, point_id).items():
            setattr(p, k, v)
    return Changes.of(ENTITY, ids=(point_id,))


def delete_point(db: Database, point_id: int) -> Changes:
    """Delete a point with its limits and readings (refused while any reading is in a
    closed period).
    One transaction; NotFoundError for a point already gone. Announces the monitoring entity and
    the readings."""
    with db.write() as s:
        point = _get(s, MonitoringPoint, point_id, QT_TRANSLATE_NOOP("Refusal", "monitoring point"))
        remove_readings(s, s.scalars(select(MonitoringReading.id).where(
            MonitoringReading.point_id == point_id)).all())
        s.delete(point)
    return Changes.of(ENTITY, READINGS, ids=(point_id,))


def _get(s: Session, model: type, id_: int, what: str | Message):
    obj = s.get(model, id_)
    if obj is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Refusal", "The {what} no longer exists; it may "
                                                         "have been deleted."),
                            what=term(what))
    return obj


def _limits(s: Session) -> dict[int, list[LimitRow]]:
    params = {p.id: p for p in s.scalars(select(MonitoringParameter))}
    out: dict[int, list[LimitRow]] = {}
    for lim in s.scalars(select(MonitoringLimit).order_by(MonitoringLimit.parameter_id)):
        p = params[lim.parameter_id]
        out.setdefault(lim.point_id, []).append(LimitRow(
            lim.point_id, lim.parameter_id, p.code, p.unit, lim.max_value, lim.min_value,
            bool(lim.inclusive), lim.basis))
    return out


def list_points(db: Database) -> list[PointRow]:
    """Every point by name, with the names of what it watches and its limits."""
    with db.read() as s:
        # keyed by optional ids: a point's site, formation and node may each be unset
        sites: dict[int | None, str] = dict(s.execute(select(Site.id, Site.name)).all())
        forms: dict[int | None, str] = dict(s.execute(select(Formation.id, Formation.name)).all())
        nodes: dict[int | None, str] = dict(s.execute(select(Node.id, Node.name)).all())
        limits = _limits(s)
        return [PointRow(p.name, p.source_kind, p.medium, p.interval_days, p.site_id,
                         p.formation_id, p.node_id, p.latitude, p.longitude, p.note, p.id,
                         sites.get(p.site_id, ""), forms.get(p.formation_id, ""),
                         nodes.get(p.node_id, ""), tuple(limits.get(p.id, ())))
                for p in s.scalars(select(MonitoringPoint).order_by(MonitoringPoint.name))]


# ---------------------------------------------------------------- limits
def set_limit(db: Database, point_id: int, parameter_id: int, max_value: float | None,
              min_value: float | None = None, inclusive: bool = False,
              basis: str = "") -> Changes:
    """Set (or replace) the permitted range of a parameter at a point.
    One transaction; refuses neither bound, a lower bound above the upper, numbers out of range,
    a basis over 400 characters, a deleted point or parameter. Announces the monitoring entity
    with the point's id."""
    hi = _finite(max_value, QT_TRANSLATE_NOOP("Refusal", "upper limit"), "max_value", -1e12, 1e12)
    lo = _finite(min_value, QT_TRANSLATE_NOOP("Refusal", "lower limit"), "min_value", -1e12, 1e12)
    if hi is None and lo is None:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "Give the upper limit, the lower limit or "
                                                       "both."), field="max_value")
    if hi is not None and lo is not None and lo > hi:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "The lower limit {low:g} is above the "
                                                       "upper limit {high:g}."),
                          low=lo, high=hi,
                          field="min_value")
    basis = basis.strip()
    if len(basis) > 400:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "The basis of the limit is longer than 400 "
                                                       "characters."),
                          field="basis")
    with db.write() as s:
        _get(s, MonitoringPoint, point_id, QT_TRANSLATE_NOOP("Refusal", "monitoring point"))
        _get(s, MonitoringParameter, parameter_id, QT_TRANSLATE_NOOP("Refusal", "parameter"))
        lim = s.scalars(select(MonitoringLimit).where(
            MonitoringLimit.point_id == point_id,
            MonitoringLimit.parameter_id == parameter_id)).first()
        if lim is None:
            lim = MonitoringLimit(point_id=point_id, parameter_id=parameter_id)
            s.add(lim)
        lim.max_value, lim.min_value, lim.inclusive, lim.basis = hi, lo, bool(inclusive), basis
    return Changes.of(ENTITY, ids=(point_id,))


def remove_limit(db: Database, point_id: int, parameter_id: int) -> Changes:
    """Drop a parameter's limit at a point; one transaction, nothing refused (no limit is no
    change). Announces the monitoring entity with the point's id."""
    with db.write() as s:
        s.execute(delete(MonitoringLimit).where(MonitoringLimit.point_id == point_id,
                                                MonitoringLimit.parameter_id == parameter_id))
    return Changes.of(ENTITY, ids=(point_id,))


# ---------------------------------------------------------------- readings
def check_reading(d: ReadingDraft, points: set[int], params: set[int]) -> dict[str, object]:
    """Column values of a valid reading (the importer runs this on every row)."""
    if d.point_id not in points:
        raise DomainError(
            QT_TRANSLATE_NOOP("Refusal", "Choose the monitoring point."),
            field="point")
    if d.parameter_id not in params:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "Choose the parameter."), field="parameter")
    if not isinstance(d.taken_on, date) or not 1900 < d.taken_on.year < 2200:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "The date of the reading must be a real "
                                                       "calendar date."),
                          field="taken_on")
    check_not_future([d.taken_on], noun=QT_TRANSLATE_NOOP("Refusal", "a monitoring reading"), field="taken_on")
    v = d.value
    if isinstance(v, bool) or not isinstance(v, int | float) or not math.isfinite(v):
        raise DomainError(
            QT_TRANSLATE_NOOP("Refusal", "The reading must be a number."),
            field="value")
    note = d.note.strip()
    if len(note) > 2000:
        raise DomainError(
            QT_TRANSLATE_NOOP("Refusal", "The note is longer than 2,000 characters."),
            field="note")
    return dict(point_id=d.point_id, parameter_id=d.parameter_id, taken_on=d.taken_on,
                value=float(v), note=note)


def insert_readings(s: Session, rows: Sequence[dict[str, object]], *,
                    labels: Sequence[str] | None = None, bulk: bool = False) -> list[int]:
    """The one way readings enter the database (a form, a redo, the undo of a delete, the
    demo, an import): none dated after today or in a closed period, checked here so no
    caller can forget. `rows` are `check_reading` values, with their `id` when readings that
    were taken out are put back; `bulk` (an import) inserts with one statement and returns
    no ids."""
    if not rows:
        return []
    check_dated(s, [r["taken_on"] for r in rows], noun=QT_TRANSLATE_NOOP("Refusal", "a monitoring reading"),  # type: ignore[misc]
                labels=labels, field="taken_on")
    if "id" in rows[0]:
        check_free(s, MonitoringReading.id, [int(r["id"]) for r in rows])  # type: ignore[call-overload]
    if bulk or "id" in rows[0]:
        s.execute(insert(MonitoringReading), list(rows))
        return [int(r["id"]) for r in rows if "id" in r]  # type: ignore[call-overload]
    objs = [MonitoringReading(**r) for r in rows]
    s.add_all(objs)
    s.flush()
    return [o.id for o in objs]


def _reading_rows(s: Session, ids: Sequence[int]) -> list[dict[str, object]]:
    t = MonitoringReading.__table__
    rows: list[dict[str, object]] = []
    for start in range(0, len(ids), 500):
        chunk = list(ids[start:start + 500])
        rows.extend(dict(r._mapping) for r in s.execute(select(t).where(t.c.id.in_(chunk))))
    return rows


def remove_readings(s: Session, ids: Sequence[int]) -> list[dict[str, object]]:
    """The one way readings leave the database (a delete, an undo, a point deleted): none
    in a closed period. Returns them as they were, to put back on undo."""
    rows = _reading_rows(s, ids)
    check_open(s, [r["taken_on"] for r in rows])  # type: ignore[misc]
    for start in range(0, len(ids), 500):
        s.execute(delete(MonitoringReading).where(
            MonitoringReading.id.in_(list(ids[start:start + 500]))))
    return rows


class AddReadings:
    """Add readings as one step; undo removes exactly those."""

    def __init__(self, drafts: Sequence[ReadingDraft]) -> None:
        if not drafts:
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "There is nothing to add."))
        self.drafts = list(drafts)
        self.ids: list[int] = []
        self._rows: list[dict[str, object]] = []

    def apply(self, db: Database) -> Changes:
        """Check every draft against the points and parameters and insert them all, or none; redo
        puts back the same rows with their ids. Announces the readings.
        One transaction; refuses readings of unknown points or parameters, dates after today or
        in a closed period."""
        with db.write() as s:
            if self._rows:  # redo: the same readings, with the same ids
                insert_readings(s, self._rows)
            else:
                points = set(s.scalars(select(MonitoringPoint.id)))
                params = set(s.scalars(select(MonitoringParameter.id)))
                self.ids = insert_readings(s, [check_reading(d, points, params)
                                               for d in self.drafts])
                self._rows = _reading_rows(s, self.ids)
        return Changes.of(READINGS, ids=tuple(self.ids))

    def revert(self, db: Database) -> Changes:
        """Remove the readings added (refused if one now lies in a closed period).
        One transaction; announces the readings."""
        with db.write() as s:
            remove_readings(s, self.ids)
        return Changes.of(READINGS, ids=tuple(self.ids))


class DeleteReadings:
    """Delete readings as one step; undo puts them back with their ids."""
    def __init__(self, ids: Sequence[int]) -> None:
        if not ids:
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "Select the readings to delete."))
        self.ids = sorted(set(ids))
        self._rows: list[dict[str, object]] = []

    def apply(self, db: Database) -> Changes:
        """Delete them all in one transaction; refused when one no longer exists or lies in a
        closed period. Announces the readings."""
        with db.write() as s:
            self._rows = remove_readings(s, self.ids)
            if len(self._rows) != len(self.ids):
                raise DomainError(QT_TRANSLATE_NOOP("Refusal", "Some of the selected readings no "
                                                               "longer exist."))
        return Changes.of(READINGS, ids=tuple(self.ids))

    def revert(self, db: Database) -> Changes:
        """Put the deleted readings back as they were.
        One transaction; announces the readings."""
        with db.write() as s:
            insert_readings(s, self._rows)
        return Changes.of(READINGS, ids=tuple(self.ids))


def add_readings(db: Database, drafts: Sequence[ReadingDraft]) -> tuple[list[int], Changes]:
    """Add readings in one transaction (see AddReadings); their ids and the Changes."""
    cmd = AddReadings(drafts)
    changes = cmd.apply(db)
    return cmd.ids, changes


def list_readings(db: Database, point_id: int, parameter_id: int | None = None,
                  period: Period | None = None) -> list[ReadingRow]:
    """A point's readings by date, optionally of one parameter and inside a period."""
    r = MonitoringReading
    q = select(r.id, r.point_id, r.parameter_id, r.taken_on, r.value, r.note).where(
        r.point_id == point_id).order_by(r.taken_on, r.parameter_id, r.id)
    if parameter_id is not None:
        q = q.where(r.parameter_id == parameter_id)
    if period is not None:
        q = q.where(r.taken_on.between(period.start, period.end))
    with db.read() as s:
        return [ReadingRow(*row) for row in s.execute(q)]


def series(db: Database, point_id: int, parameter_id: int) -> tuple[list[date], list[float]]:
    """Dates and values of one parameter at one point, oldest first (for charts)."""
    rows = list_readings(db, point_id, parameter_id)
    return [r.taken_on for r in rows], [r.value for r in rows]


def _attached(s: Session, points) -> dict[int, str]:
    forms = dict(s.execute(select(Formation.id, Formation.name)).all())
    nodes = dict(s.execute(select(Node.id, Node.name)).all())
    sites = dict(s.execute(select(Site.id, Site.name)).all())
    return {p.id: forms.get(p.formation_id) or nodes.get(p.node_id) or sites.get(p.site_id)
            or "" for p in points}
