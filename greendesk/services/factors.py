"""The emission factor library as the officer loaded it: versions, and a diff on reload.

Factors, net calorific values and the sulphur formula's inputs change with the methodology
a plant follows, so they are reference data loaded from a file (`greendesk factors import`),
each row citing its source table, never constants in code. Every load is a version; the
computation reads the newest version's rows valid on the period's days. New databases and
the demo start with the default set shipped in `resources/emission_factors.csv` (the IPCC
2006 Guidelines' tables it cites).
"""

from __future__ import annotations

import csv
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from greendesk.analysis.emissions import ENERGY_UNITS, NCV, TJ_PER_GG, Factor
from greendesk.errors import DomainError, Message
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.models.emissions import EmissionFactor, FactorUnit, FactorVersion
from greendesk.services.changes import Changes, Entity
from greendesk.store.db import Database

DEFAULT_FILE = "emission_factors.csv"
COLUMNS = ("substance", "activity", "value", "unit", "parameter", "method", "citation",
           "valid_from", "valid_until")


@dataclass(frozen=True)
class FactorDraft:
    """One row of a factor file."""
    substance: str
    activity: str
    value: float
    unit: str
    citation: str
    parameter: float | None = None
    method: str = ""
    valid_from: date | None = None
    valid_until: date | None = None

    def key(self) -> tuple[str, str, date | None]:
        """What identifies a row across versions."""
        return (self.substance, self.activity, self.valid_from)

    def valid_on(self, start: date, end: date) -> bool:
        """Whether the row is valid on some day of [start, end]."""
        return ((self.valid_from is None or self.valid_from <= end)
                and (self.valid_until is None or start <= self.valid_until))

    def factor(self) -> Factor:
        """The row as the computation takes it."""
        return Factor(self.substance, self.activity, self.value, self.unit, self.parameter,
                      self.method, self.citation)


@dataclass(frozen=True)
class FactorDiff:
    """What a load changed against the version before it."""
    version_id: int | None
    entries: int
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)

    def summary(self) -> Message:
        """One sentence for the officer."""
        return Message(QT_TRANSLATE_NOOP("Refusal", "Loaded {n} factors: {added} added, "
                                                    "{removed} removed, {changed} changed."),
                       n=self.entries, added=len(self.added), removed=len(self.removed),
                       changed=len(self.changed))


def _label(key: tuple[str, str, date | None]) -> str:
    substance, activity, start = key
    return f"{activity} / {substance}" + (f" ({start.isoformat()})" if start else "")


def clean(draft: FactorDraft, where: str) -> FactorDraft:
    """The row as stored, or DomainError naming the row."""
    substance, activity = draft.substance.strip(), draft.activity.strip()
    if not substance or not activity:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{where}: a factor needs its substance "
                                                       "and its activity material."), where=where)
    if draft.unit not in {u.value for u in FactorUnit}:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{where}: {unit!r} is not a factor unit; "
                                                       "write kg/TJ, g/GJ, kg/t, TJ/Gg or %S."),
                          where=where, unit=draft.unit)
    if (draft.unit == TJ_PER_GG) != (substance == NCV):
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{where}: a net calorific value is "
                                                       "substance NCV in TJ/Gg, and only it."),
                          where=where)
    if not draft.value >= 0:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{where}: a factor cannot be negative."),
                          where=where)
    if draft.parameter is not None and not 0 <= draft.parameter < 1:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{where}: the share bound in ash (η′) "
                                                       "is at least 0 and below 1."),
                          where=where)
    if not draft.citation.strip():
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{where}: every factor cites its source "
                                                       "(document and table)."), where=where)
    if (draft.valid_from and draft.valid_until and draft.valid_until < draft.valid_from):
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{where}: the factor's validity ends "
                                                       "before it begins."), where=where)
    return FactorDraft(substance.upper(), activity.lower(), float(draft.value), draft.unit,
                       draft.citation.strip(), draft.parameter, draft.method.strip(),
                       draft.valid_from, draft.valid_until)


def load_factors(db: Database, drafts: Sequence[FactorDraft], file_name: str, sha256: str,
                 label: str = "") -> tuple[FactorDiff, Changes]:
    """Load a complete version of the library in one transaction (all rows or none) and
    say what it adds, removes and changes against the newest version. A file identical to
    the newest version loads nothing."""
    rows = [clean(d, f"{file_name}, row {i + 2}") for i, d in enumerate(drafts)]
    if not rows:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{file_name} has no factors."),
                          file_name=file_name)
    keys = [r.key() for r in rows]
    dupes = {k for k in keys if keys.count(k) > 1}
    if dupes:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{file_name} gives {row} twice."),
                          file_name=file_name, row=_label(sorted(dupes, key=str)[0]))
    with db.write() as s:
        old = {d.key(): d for d in _rows(s, _newest(s))}
        new = {r.key(): r for r in rows}
        added = sorted(_label(k) for k in new.keys() - old.keys())
        removed = sorted(_label(k) for k in old.keys() - new.keys())
        changed = sorted(_label(k) for k in new.keys() & old.keys() if new[k] != old[k])
        if old and not (added or removed or changed):
            return FactorDiff(None, len(rows)), Changes()
        version = FactorVersion(label=label or file_name, file_name=file_name,
                                file_sha256=sha256, entries=len(rows), added=len(added),
                                removed=len(removed), changed=len(changed))
        s.add(version)
        s.flush()
        s.add_all(EmissionFactor(version_id=version.id, substance=r.substance,
                                 activity=r.activity, value=r.value, unit=FactorUnit(r.unit),
                                 parameter=r.parameter, method=r.method, citation=r.citation,
                                 valid_from=r.valid_from, valid_until=r.valid_until)
                  for r in rows)
        vid = version.id
    return (FactorDiff(vid, len(rows), added, removed, changed),
            Changes.of(Entity.EMISSION_FACTOR, ids=(vid,)))


def _newest(s: Session) -> int | None:
    return s.scalar(select(func.max(FactorVersion.id)))


def _rows(s: Session, version_id: int | None) -> list[FactorDraft]:
    if version_id is None:
        return []
    return [FactorDraft(f.substance, f.activity, f.value, f.unit.value, f.citation, f.parameter,
                        f.method, f.valid_from, f.valid_until)
            for f in s.scalars(select(EmissionFactor).where(EmissionFactor.version_id == version_id)
                               .order_by(EmissionFactor.activity, EmissionFactor.substance))]


def current_factors(db: Database) -> list[FactorDraft]:
    """The newest version's rows, by activity and substance."""
    with db.read() as s:
        return _rows(s, _newest(s))


@dataclass(frozen=True)
class VersionRow:
    """A load of the library, for the list of versions."""
    id: int
    label: str
    file_name: str
    entries: int
    added: int
    removed: int
    changed: int


def versions(db: Database) -> list[VersionRow]:
    """Every load, newest first."""
    with db.read() as s:
        return [VersionRow(v.id, v.label, v.file_name, v.entries, v.added, v.removed, v.changed)
                for v in s.scalars(select(FactorVersion).order_by(FactorVersion.id.desc()))]


class Library:
    """The rows of one version valid in a period, looked up by activity and substance."""

    def __init__(self, rows: Sequence[FactorDraft], start: date, end: date) -> None:
        self._by: dict[tuple[str, str], FactorDraft] = {}
        for r in sorted(rows, key=lambda r: (r.valid_from or date.min)):
            if r.valid_on(start, end):
                self._by[(r.activity, r.substance)] = r  # the latest valid row wins

    def factor(self, activity: str, substance: str) -> Factor | None:
        """The emission factor (not an NCV) for an activity material and substance."""
        row = self._by.get((activity.lower(), substance.upper()))
        return row.factor() if row is not None and row.unit != TJ_PER_GG else None

    def ncv(self, activity: str) -> FactorDraft | None:
        """The net calorific value of an activity material (GJ/t = TJ/Gg)."""
        return self._by.get((activity.lower(), NCV))

    def substances(self, activity: str) -> list[str]:
        """The substances the library has a factor for, for an activity material."""
        return sorted(s for (a, s), r in self._by.items()
                      if a == activity.lower() and s != NCV)

    @staticmethod
    def needs_energy(factor: Factor) -> bool:
        """Whether the factor multiplies the fuel's energy rather than its tonnes."""
        return factor.unit in ENERGY_UNITS


def segments(rows: Sequence[FactorDraft], start: date, end: date
             ) -> list[tuple[date, date, Library]]:
    """[start, end] cut where a row's validity begins or ends inside it, each piece with
    the rows valid on it: a factor changed on 1 July applies from 1 July, not to the whole
    year (without such a change: the one piece)."""
    cuts = {d for r in rows for d in (r.valid_from, r.valid_until and
                                      r.valid_until + timedelta(days=1))
            if d is not None and start < d <= end}
    firsts = [start, *sorted(cuts)]
    lasts = [d - timedelta(days=1) for d in firsts[1:]] + [end]
    return [(a, b, Library(rows, a, b)) for a, b in zip(firsts, lasts, strict=True)]


def _opt_float(text: str) -> float | None:
    return float(text) if text.strip() else None


def _opt_date(text: str) -> date | None:
    return date.fromisoformat(text.strip()) if text.strip() else None


def default_drafts() -> tuple[list[FactorDraft], str]:
    """The shipped default set and its file's SHA-256."""
    from greendesk.paths import package_dir

    path = package_dir("resources") / DEFAULT_FILE
    data = path.read_bytes()
    lines = [ln for ln in data.decode("utf-8").splitlines() if not ln.startswith("#")]
    return ([FactorDraft(r["substance"], r["activity"], float(r["value"]), r["unit"],
                         r["citation"], _opt_float(r["parameter"]), r["method"],
                         _opt_date(r["valid_from"]), _opt_date(r["valid_until"]))
             for r in csv.DictReader(lines)], hashlib.sha256(data).hexdigest())


def load_default_factors(db: Database) -> Changes:
    """Load the shipped default set when the database has no library yet."""
    with db.read() as s:
        if _newest(s) is not None:
            return Changes()
    drafts, sha = default_drafts()
    return load_factors(db, drafts, DEFAULT_FILE, sha,
                        label="IPCC 2006 Guidelines, Volume 2 (GreenDesk default set)")[1]


def preview_factors(db: Database, drafts: Sequence[FactorDraft], file_name: str) -> FactorDiff:
    """What `load_factors` would add, remove and change, without writing (version_id None);
    refuses the rows `load_factors` would refuse."""
    rows = [clean(d, f"{file_name}, row {i + 2}") for i, d in enumerate(drafts)]
    with db.read() as s:
        old = {d.key(): d for d in _rows(s, _newest(s))}
    new = {r.key(): r for r in rows}
    return FactorDiff(None, len(rows), sorted(_label(k) for k in new.keys() - old.keys()),
                      sorted(_label(k) for k in old.keys() - new.keys()),
                      sorted(_label(k) for k in new.keys() & old.keys() if new[k] != old[k]))
