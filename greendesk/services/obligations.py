"""The obligations register in the database: loading a version with its diff, listing it,
and which entries apply to the enterprise and to each site.

Loading follows the waste classifier (services/classifier.py): one transaction per file, a
version row recording the file's hash and counts, entries added, changed or deleted; an
entry a newer file drops while a status refers to it is kept, retired in that version.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select

from greendesk.analysis.deadlines import DeadlineRule, parse_rule
from greendesk.models import FacilityCategory, Site
from greendesk.models.obligations import Obligation, ObligationStatus, ObligationVersion
from greendesk.services.changes import Changes, Entity
from greendesk.services.obligation_file import (
    CATEGORIES,
    RegisterFile,
    default_register_path,
    read_register,
)
from greendesk.store.db import Database


@dataclass(frozen=True)
class RegisterDiff:
    """What a load changed: codes added, changed, deleted and retired (kept for statuses)."""
    version_id: int | None
    label: str
    added: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    retired: tuple[str, ...] = ()

    @property
    def unchanged(self) -> bool:
        """Whether the file matched the register already loaded."""
        return not (self.added or self.changed or self.removed or self.retired)

    def summary(self) -> str:
        """One line for the log and the command line (English)."""
        if self.unchanged:
            return f"{self.label}: no change"
        parts = [f"{len(v)} {k} ({', '.join(v)})" for k, v in (
            ("added", self.added), ("changed", self.changed), ("removed", self.removed),
            ("retired", self.retired)) if v]
        return f"{self.label}: " + "; ".join(parts)


@dataclass(frozen=True)
class ObligationRow:
    """An entry of the register as the calendar and the views use it."""
    id: int
    code: str
    names: dict[str, str]  # en, ru, kk
    basis: str  # "Tax Code …, Art. 579 para. 2"
    scope: str
    categories: frozenset[FacilityCategory]
    threshold_key: str | None
    threshold_min: float | None
    period_kind: str
    rule: DeadlineRule
    deadline_texts: dict[str, str]
    authority: str
    report_kind: str | None
    confirmed: bool
    source: str
    valid_from: date | None
    valid_until: date | None

    def name(self, language: str) -> str:
        """The name in `language` (English for one the register does not carry)."""
        return self.names.get(language) or self.names["en"]

    def deadline_text(self, language: str) -> str:
        """The deadline as the register words it, in `language`."""
        return self.deadline_texts.get(language) or self.deadline_texts["en"]

    def in_force_on(self, day: date) -> bool:
        """Whether the entry's basis is in force on `day` (a due date)."""
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_until is None or day <= self.valid_until)


def _row(o: Obligation) -> ObligationRow:
    basis = ", ".join(p for p in (o.basis_act, o.basis_article, o.basis_order,
                                  o.basis_date.isoformat() if o.basis_date else "") if p)
    return ObligationRow(
        o.id, o.code, {"en": o.name_en, "ru": o.name_ru, "kk": o.name_kk}, basis, o.scope,
        frozenset(FacilityCategory(c) for c in o.categories.split(",") if c),
        o.threshold_key, o.threshold_min, o.period_kind, parse_rule(json.loads(o.deadline), o.code),
        {"en": o.deadline_en, "ru": o.deadline_ru, "kk": o.deadline_kk}, o.authority,
        o.report_kind, o.confirmed, o.source, o.valid_from, o.valid_until)


def list_obligations(db: Database, *, retired: bool = False) -> list[ObligationRow]:
    """The register's entries by code (retired ones only when asked)."""
    with db.read() as s:
        q = select(Obligation).order_by(Obligation.code)
        if not retired:
            q = q.where(Obligation.retired_in_id.is_(None))
        return [_row(o) for o in s.scalars(q)]


def has_register(db: Database) -> bool:
    """Whether a register was ever loaded."""
    with db.read() as s:
        return s.scalars(select(ObligationVersion.id).limit(1)).first() is not None


def load_register(db: Database, register: RegisterFile) -> tuple[RegisterDiff, Changes]:
    """Load a complete register in one transaction and say what changed against the entries
    loaded before. Entries absent from the file are deleted, or retired when a status refers
    to them. A file identical to what is loaded writes nothing. Announces the obligations."""
    with db.write() as s:
        existing = {o.code: o for o in s.scalars(select(Obligation))}
        new = {e.code: e for e in register.entries}
        added = tuple(sorted(c for c in new if c not in existing))
        changed = tuple(sorted(
            c for c, e in new.items() if c in existing and (
                existing[c].retired_in_id is not None
                or any(getattr(existing[c], k) != v for k, v in e.comparable().items()))))
        gone = [o for c, o in existing.items() if c not in new and o.retired_in_id is None]
        used = set(s.scalars(select(ObligationStatus.obligation_id).distinct()))
        retired = tuple(sorted(o.code for o in gone if o.id in used))
        removed = tuple(sorted(o.code for o in gone if o.id not in used))
        if not (added or changed or removed or retired):
            return RegisterDiff(None, register.label), Changes()
        version = ObligationVersion(label=register.label, file_name=register.file_name,
                                    file_sha256=register.sha256, entries=len(new),
                                    added=len(added), removed=len(removed) + len(retired),
                                    changed=len(changed))
        s.add(version)
        s.flush()
        for code in added:
            s.add(Obligation(**new[code].values))
        for code in changed:
            for k, v in new[code].comparable().items():
                setattr(existing[code], k, v)
            existing[code].retired_in_id = None
        for o in gone:
            if o.code in retired:
                o.retired_in_id = version.id
            else:
                s.delete(o)
        vid = version.id
    return (RegisterDiff(vid, register.label, added, changed, removed, retired),
            Changes.of(Entity.OBLIGATION, ids=(vid,)))


def ensure_default_register(db: Database) -> Changes:
    """Load the shipped register into a database that has none (a new plant, the demo, a
    database made before the register existed); nothing otherwise."""
    if has_register(db):
        return Changes()
    return load_register(db, read_register(default_register_path()))[1]


def import_register(db: Database, path: Path, reports: frozenset[str] | None = None
                    ) -> tuple[RegisterDiff, Changes]:
    """Read the register file at `path` (report names checked against `reports`) and load
    it (see load_register)."""
    return load_register(db, read_register(path, reports))


# ---------------------------------------------------------------- applicability
def category_rank(category: FacilityCategory | None) -> int:
    """I → 1 … IV → 4; 5 for a category not set (applies to nothing)."""
    return CATEGORIES.index(category.value) + 1 if category is not None else 5


def enterprise_category(db: Database) -> FacilityCategory | None:
    """The enterprise's category: its most significant site's (I before II …), since the
    operator answers for each of its objects; None when no site has one set."""
    with db.read() as s:
        cats = [c for c in s.scalars(select(Site.category)) if c is not None]
    return min(cats, key=category_rank, default=None)


def applies(entry: ObligationRow, category: FacilityCategory | None,
            figures: dict[str, float] | None = None) -> bool | None:
    """Whether `entry` applies to an object of `category`: False when the category is not
    set or not listed, or a threshold's figure is known and below it; None when the category
    fits but the threshold's figure is not known (the calendar lists it, marked); else True."""
    if category is None or category not in entry.categories:
        return False
    if entry.threshold_key is None:
        return True
    value = (figures or {}).get(entry.threshold_key)
    if value is None:
        return None
    return value >= (entry.threshold_min or 0.0)
