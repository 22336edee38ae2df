"""What a hazardous-waste passport states beyond the register entry, and reading it back.

A waste type's composition (components with their shares and the basis of each figure),
the basis of each of its hazardous properties, the precautions for handling, transport and
storage, and who prepared the passport on which date. All of it is entered by the officer:
what is blank is "not entered" on the passport, never filled in by GreenDesk. The data is
set as a whole (one transaction, every row checked before any is written), so a refused
list leaves the previous one as it was. It describes the waste, not a period's figures,
so closed periods do not hold it (like the waste type itself).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from greendesk import periods
from greendesk.errors import DomainError, NotFoundError, term
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.models import ShareUnit, WasteComponent, WasteHazardBasis, WastePassport, WasteType
from greendesk.services.changes import Changes, Entity
from greendesk.services.waste import WasteTypeRow, get_waste_type, list_waste_types, parse_hp
from greendesk.store.db import Database

MAX_COMPONENTS = 100
# Shares are analyses' results, each rounded: a composition may sum a little over 100 %.
PERCENT_TOLERANCE = 0.5  # percentage points
MG_PER_KG_IN_PERCENT = 10_000.0  # 1 % = 10,000 mg/kg = 10,000 g/t
TEXT_LIMIT = 2000


@dataclass(frozen=True)
class ComponentDraft:
    """One component as entered: name, share in `unit`, and the basis of the figure
    ("laboratory protocol No. 45 of 12.03.2025", "calculation"); blank basis: not entered."""
    name: str
    share: float
    unit: ShareUnit | str = ShareUnit.PERCENT
    basis: str = ""

    def in_percent(self) -> float:
        """The share as a percentage of the waste's mass (mg/kg and g/t are the same)."""
        return self.share if ShareUnit(self.unit) is ShareUnit.PERCENT \
            else self.share / MG_PER_KG_IN_PERCENT


@dataclass(frozen=True)
class PassportDraft:
    """A waste type's passport data as a whole: what set_passport writes and get_passport
    reads (the edit form and undo). `hp_basis` pairs a hazardous property with its basis."""
    components: tuple[ComponentDraft, ...] = ()
    hp_basis: tuple[tuple[str, str], ...] = ()
    handling: str = ""
    transport: str = ""
    storage: str = ""
    prepared_by: str = ""
    prepared_on: date | None = None


@dataclass(frozen=True)
class Passport:
    """A hazardous waste type with its passport data, as the passport report prints it:
    every hazardous property of the type with its basis ("" when not entered)."""
    waste_type: WasteTypeRow
    data: PassportDraft

    @property
    def hp(self) -> tuple[tuple[str, str], ...]:
        """(property, basis) for each of the type's hazardous properties, in HP order."""
        given = dict(self.data.hp_basis)
        return tuple((p, given.get(p, "")) for p in self.waste_type.hp_properties)


def _text(value: str, limit: int, what: str, field: str) -> str:
    """Text as stored: blank space folded in a line, kept in a paragraph; refused when too
    long. `what` is a term marked QT_TRANSLATE_NOOP("Refusal", ...)."""
    text = " ".join(str(value).split()) if limit <= 500 else str(value).strip()
    if len(text) > limit:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "The {what} text is {count} characters "
                                                       "long; at most {most} are allowed."),
                          what=term(what), count=len(text), most=limit, field=field)
    return text


def _checked_component(c: ComponentDraft, n: int) -> ComponentDraft:
    name = " ".join(str(c.name).split())
    if not name:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "Row {n} of the composition has no "
                                                       "component name."), n=n, field="components")
    if len(name) > 200:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "The component name in row {n} is longer "
                                                       "than 200 characters."),
                          n=n, field="components")
    try:
        unit = ShareUnit(c.unit)
    except ValueError:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "The share of {name} is in {unit!r}; "
                                                       "shares are in %, mg/kg or g/t."),
                          name=name, unit=str(c.unit), field="components") from None
    share = c.share
    if isinstance(share, bool) or not isinstance(share, int | float) or not math.isfinite(share) \
            or share < 0:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "The share of {name} must be a number of "
                                                       "zero or more."),
                          name=name, field="components")
    if unit is ShareUnit.PERCENT and share > 100:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "The share of {name} is {share} %; a share "
                                                       "is at most 100 %."),
                          name=name, share=float(share), field="components")
    if unit is not ShareUnit.PERCENT and share > 1_000_000:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "The share of {name} is {share} {unit}; "
                                                       "a share is at most 1,000,000 {unit} "
                                                       "(the whole waste)."),
                          name=name, share=float(share), unit=unit.value, field="components")
    basis = _text(c.basis, 300, QT_TRANSLATE_NOOP("Refusal", "basis of a share"), "components")
    return ComponentDraft(name, float(share), unit, basis)


def checked_components(components: Iterable[ComponentDraft]) -> tuple[ComponentDraft, ...]:
    """The composition as stored: names and bases tidied, each share checked, no component
    twice, and all shares together at most 100 % of the waste (within rounding)."""
    rows = tuple(_checked_component(c, n) for n, c in enumerate(components, start=1))
    if len(rows) > MAX_COMPONENTS:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "A composition lists at most {most} "
                                                       "components; this one has {count}."),
                          most=MAX_COMPONENTS, count=len(rows), field="components")
    seen: set[str] = set()
    for c in rows:
        if c.name.casefold() in seen:
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{name} is listed twice in the "
                                                           "composition; give each component "
                                                           "once."),
                              name=c.name, field="components")
        seen.add(c.name.casefold())
    total = sum(c.in_percent() for c in rows)
    if total > 100 + PERCENT_TOLERANCE:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "The shares add up to {total} % of the "
                                                       "waste, more than 100 %; check the "
                                                       "figures and their units."),
                          total=round(total, 3), field="components")
    return rows


def _checked_hp(t: WasteType, pairs: Sequence[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    has = parse_hp(t.hp_properties)
    out: dict[str, str] = {}
    for prop, basis in pairs:
        codes = parse_hp(prop)
        code = codes[0] if len(codes) == 1 else ""
        if code not in has:
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{property} is not among the hazardous "
                                                           "properties of {name}; record it on "
                                                           "the waste type first."),
                              property=code or prop, name=t.name, field="hp_basis")
        if code in out:
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{property} has two bases; give one."),
                              property=code, field="hp_basis")
        text = _text(basis, 500, QT_TRANSLATE_NOOP("Refusal", "basis of a hazardous property"),
                     "hp_basis")
        if text:
            out[code] = text
    return tuple(sorted(out.items(), key=lambda kv: has.index(kv[0])))


def checked_passport(t: WasteType, d: PassportDraft) -> PassportDraft:
    """The passport data as stored, or DomainError naming the first thing wrong."""
    on = d.prepared_on
    if on is not None and not isinstance(on, date):
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "Enter the date the passport was "
                                                       "prepared."), field="prepared_on")
    if on is not None and on > periods.today():
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "The passport date {on} is after today; "
                                                       "enter the day it was prepared."),
                          on=on.isoformat(), field="prepared_on")
    return PassportDraft(
        checked_components(d.components), _checked_hp(t, d.hp_basis),
        _text(d.handling, TEXT_LIMIT, QT_TRANSLATE_NOOP("Refusal", "handling precautions"),
              "handling"),
        _text(d.transport, TEXT_LIMIT, QT_TRANSLATE_NOOP("Refusal", "transport precautions"),
              "transport"),
        _text(d.storage, TEXT_LIMIT, QT_TRANSLATE_NOOP("Refusal", "storage precautions"),
              "storage"),
        _text(d.prepared_by, 200, QT_TRANSLATE_NOOP("Refusal", "name of who prepared it"),
              "prepared_by"), on)


def _type(s: Session, waste_type_id: int) -> WasteType:
    t = s.get(WasteType, waste_type_id)
    if t is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Refusal", "The waste type no longer exists; it "
                                                         "may have been deleted."))
    return t


def _read(s: Session, t: WasteType) -> PassportDraft:
    """The stored data; the basis of a property the type no longer has is left out (it goes
    with the next save)."""
    comps = tuple(ComponentDraft(c.name, c.share, c.unit, c.basis) for c in s.scalars(
        select(WasteComponent).where(WasteComponent.waste_type_id == t.id)
        .order_by(WasteComponent.position)))
    has = parse_hp(t.hp_properties)
    given = {h.property: h.basis for h in s.scalars(
        select(WasteHazardBasis).where(WasteHazardBasis.waste_type_id == t.id))}
    hp = tuple((code, given[code]) for code in has if code in given)
    p = s.get(WastePassport, t.id)
    if p is None:
        return PassportDraft(comps, hp)
    return PassportDraft(comps, hp, p.handling, p.transport, p.storage, p.prepared_by,
                         p.prepared_on)


def get_passport(db: Database, waste_type_id: int) -> PassportDraft:
    """A waste type's passport data as stored (nothing entered: empty); NotFoundError when
    the type was deleted."""
    with db.read() as s:
        return _read(s, _type(s, waste_type_id))


def _write(s: Session, t: WasteType, d: PassportDraft) -> None:
    # Old rows go first and are flushed, so a new list may reuse their positions.
    for model in (WasteComponent, WasteHazardBasis):
        for row in s.scalars(select(model).where(model.waste_type_id == t.id)):
            s.delete(row)
    s.flush()
    for i, c in enumerate(d.components):
        s.add(WasteComponent(waste_type_id=t.id, position=i, name=c.name, share=c.share,
                             unit=ShareUnit(c.unit), basis=c.basis))
    for prop, basis in d.hp_basis:
        s.add(WasteHazardBasis(waste_type_id=t.id, property=prop, basis=basis))
    p = s.get(WastePassport, t.id)
    texts = (d.handling, d.transport, d.storage, d.prepared_by)
    if p is None and not any(texts) and d.prepared_on is None:
        return
    if p is None:
        p = WastePassport(waste_type_id=t.id)
        s.add(p)
    p.handling, p.transport, p.storage, p.prepared_by = texts
    p.prepared_on = d.prepared_on


def set_passport(db: Database, waste_type_id: int, draft: PassportDraft) -> Changes:
    """Replace a waste type's passport data as a whole: composition, the basis of each
    hazardous property, precautions, who prepared it and when. One transaction; refuses a
    negative or impossible share, % shares over 100 % together, a component twice, a basis
    for a property the type does not have, a date after today, a deleted type. Announces
    waste_passport."""
    with db.write() as s:
        t = _type(s, waste_type_id)
        _write(s, t, checked_passport(t, draft))
    return Changes.of(Entity.WASTE_PASSPORT, ids=(waste_type_id,))


def set_composition(db: Database, waste_type_id: int,
                    components: Iterable[ComponentDraft]) -> Changes:
    """Replace a waste type's composition as a whole list, keeping the rest of its passport.
    One transaction; the checks of set_passport. Announces waste_passport."""
    components = tuple(components)
    with db.write() as s:
        t = _type(s, waste_type_id)
        _write(s, t, checked_passport(t, replace(_read(s, t), components=components)))
    return Changes.of(Entity.WASTE_PASSPORT, ids=(waste_type_id,))


class SetPassport:
    """Set a waste type's passport data; undoable (revert writes back what was there)."""

    def __init__(self, waste_type_id: int, draft: PassportDraft) -> None:
        self.waste_type_id, self.draft = waste_type_id, draft
        self.before: PassportDraft | None = None

    def apply(self, db: Database) -> Changes:
        """Write the new data (see set_passport), remembering the old for revert."""
        before = get_passport(db, self.waste_type_id) if self.before is None else self.before
        changes = set_passport(db, self.waste_type_id, self.draft)
        self.before = before
        return changes

    def revert(self, db: Database) -> Changes:
        """Write back the data as it was before apply (set_passport's checks hold)."""
        assert self.before is not None
        return set_passport(db, self.waste_type_id, self.before)


def passports(db: Database, site_ids: Sequence[int] | None = None,
              waste_type_id: int | None = None, language: str | None = None) -> list[Passport]:
    """The passports to print: one waste type (refused when it is not hazardous) or every
    hazardous waste type of the chosen sites (None: all), by site and name."""
    if waste_type_id is not None:
        row = get_waste_type(db, waste_type_id, language)
        if not row.hazardous:
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{name} ({code}) is not a hazardous "
                                                           "waste; passports are made for "
                                                           "hazardous waste only."),
                              name=row.name, code=row.display_code, field="waste_type")
        rows = [row]
    else:
        rows = [t for t in list_waste_types(db, language=language) if t.hazardous
                and (site_ids is None or t.site_id in site_ids)]
    with db.read() as s:
        return [Passport(t, _read(s, _type(s, t.id))) for t in rows]
