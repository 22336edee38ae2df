"""The waste register's reference side: waste types, licensed contractors, production basis.

A waste type is a waste of one site: its List of Waste entry (hazardous or not comes from
the code; a mirror entry needs the officer's assessment with its reason), the material its
movements are recorded in, physical state, generating process, hazardous properties
(HP1–HP15, C16), the legacy green/amber/red level and how long it may stay in storage.
Movements, stock and figures live in `waste_movements` and `waste_stock`.
"""

from __future__ import annotations

import calendar
import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from greendesk.errors import DomainError, Message, NotFoundError, message_of, term
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.models import (
    ClassifierEntry,
    EntryLevel,
    LegacyLevel,
    Material,
    MaterialCategory,
    Node,
    NodeKind,
    PhysicalState,
    QuantityKind,
    Site,
    WasteBasis,
    WasteContractor,
    WasteType,
)
from greendesk.services.changes import Changes, Entity
from greendesk.services.classifier import entries_in, format_code, parse_code
from greendesk.services.periods_closed import check_year_open
from greendesk.services.waste_codes import OPERATIONS, parse_hp, parse_operations
from greendesk.store.db import Database
from greendesk.units import kind_word
from greendesk.validation import clean_name, validate_bin

DEFAULT_STORAGE_LIMIT_MONTHS = 6


EPS = 1e-6  # tonnes: below this a stock is zero


def tonnes(value: float) -> str:
    """A quantity as a sentence quotes it: "1,234.5 t"."""
    text = f"{value:,.3f}".rstrip("0").rstrip(".")
    return f"{'0' if text in ('-0', '') else text.replace('-', '−')} t"


def add_months(day: date, months: int) -> date:
    """The same day `months` later, clipped to the month's end (31 Jan + 1 → 28/29 Feb)."""
    m = day.month - 1 + months
    year, month = day.year + m // 12, m % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


# ---------------------------------------------------------------- rows and drafts
@dataclass(frozen=True)
class WasteTypeDraft:
    """What the officer enters to register a waste type; register_waste_type checks the code
    against the loaded classifier."""
    site_id: int
    name: str
    code: str  # any written form: "10 06 01", "100601", "10 06 07*"
    physical_state: PhysicalState
    generating_node_id: int | None
    material_id: int | None = None  # None: the waste material of that name, made if missing
    hp_properties: tuple[str, ...] | str = ()
    mirror_assessment: str = ""
    legacy_level: LegacyLevel | None = None
    storage_limit_months: int = DEFAULT_STORAGE_LIMIT_MONTHS
    note: str = ""
    # a plant set-up import before any classifier is loaded keeps a well-formed code as "not
    # verified" (the first day never stalls on the classifier); the window never does
    unverified_ok: bool = False


@dataclass(frozen=True)
class WasteTypeRow:
    """A registered waste type with its classifier entry, as the register lists it."""
    id: int
    site_id: int
    site_name: str
    name: str
    material_id: int
    material_name: str
    entry_id: int
    code: str
    hazardous: bool
    mirror: bool
    retired: bool
    description: str
    physical_state: PhysicalState
    generating_node_id: int | None
    generating_node_name: str
    hp_properties: tuple[str, ...]
    mirror_assessment: str
    legacy_level: LegacyLevel | None
    storage_limit_months: int
    note: str
    verified: bool = True  # False: the code awaits a classifier (hazardous from its star)

    @property
    def display_code(self) -> str:
        """The code as written in documents: "10 06 07*" (the star marks a hazardous entry)."""
        return format_code(self.code, self.hazardous)

    def draft(self) -> WasteTypeDraft:
        """The type's values as a draft, for the edit form and undo."""
        return WasteTypeDraft(self.site_id, self.name,
                              self.code if self.verified else self.display_code,
                              self.physical_state, self.generating_node_id, self.material_id,
                              self.hp_properties, self.mirror_assessment, self.legacy_level,
                              self.storage_limit_months, self.note,
                              unverified_ok=not self.verified)


@dataclass(frozen=True)
class ContractorDraft:
    """A waste contractor as entered: BIN, licence and the operations (R/D codes) it covers."""
    name: str
    bin: str
    licence_number: str
    licence_valid_until: date
    operations: tuple[str, ...] | str
    note: str = ""


@dataclass(frozen=True)
class ContractorRow:
    """A waste contractor as listed; its licence decides which transfers it may receive."""
    id: int
    name: str
    bin: str
    licence_number: str
    licence_valid_until: date
    operations: tuple[str, ...]
    note: str

    def licence_problem(self, operation: str, on: date) -> Message | None:
        """Why this contractor may not receive waste under `operation` on `on`, or None."""
        if on > self.licence_valid_until:
            return Message(QT_TRANSLATE_NOOP("Refusal", "The licence {licence} of {name} expired "
                                                        "on {until}, before the transfer on {on}; "
                                                        "record the transfer to a contractor with "
                                                        "a valid licence, or enter the renewed "
                                                        "licence first."),
                           licence=self.licence_number, name=self.name,
                           until=self.licence_valid_until.isoformat(), on=on.isoformat())
        if operation not in self.operations:
            return Message(QT_TRANSLATE_NOOP("Refusal", "The licence {licence} of {name} does not "
                                                        "cover {operation} ({meaning}); it covers "
                                                        "{covered}."),
                           licence=self.licence_number, name=self.name, operation=operation,
                           meaning=OPERATIONS[operation].lower(),
                           covered=", ".join(self.operations)
                           or term(QT_TRANSLATE_NOOP("Refusal", "no operations")))
        return None


@dataclass(frozen=True)
class BasisRow:
    """A year's production figures, the denominators of the waste indicators."""
    site_id: int | None
    year: int
    main_product: str
    main_product_t: float | None
    output_value: float | None
    value_unit: str


# ---------------------------------------------------------------- waste types
def _type_rows(s: Session, where: Sequence = (), language: str | None = None
               ) -> list[WasteTypeRow]:
    types = list(s.scalars(select(WasteType).where(*where).order_by(WasteType.name)))
    if not types:
        return []
    codes = {e.id: e for e in entries_in(s, language, retired=True)}
    sites = dict(s.execute(select(Site.id, Site.name)).all())
    nodes = dict(s.execute(select(Node.id, Node.name)).all())
    materials = dict(s.execute(select(Material.id, Material.name)).all())
    out = []
    for t in types:
        e = codes.get(t.entry_id) if t.entry_id is not None else None
        kept = t.unverified_code or ""
        out.append(WasteTypeRow(
            t.id, t.site_id, sites.get(t.site_id, ""), t.name, t.material_id,
            materials.get(t.material_id, ""), t.entry_id or 0, e.code if e else kept[:6],
            e.hazardous if e else kept.endswith("*"), bool(e and e.mirror),
            bool(e and e.retired), e.description if e else "", t.physical_state,
            t.generating_node_id,
            nodes.get(t.generating_node_id, "") if t.generating_node_id else "",
            tuple(p for p in t.hp_properties.split(",") if p), t.mirror_assessment,
            t.legacy_level, t.storage_limit_months, t.note, verified=e is not None))
    return sorted(out, key=lambda r: (r.site_name, r.name.casefold()))


def list_waste_types(db: Database, site_id: int | None = None, language: str | None = None
                     ) -> list[WasteTypeRow]:
    """The waste types of one site (or all), with descriptions in `language` where loaded."""
    with db.read() as s:
        return _type_rows(s, [WasteType.site_id == site_id] if site_id else [], language)


def get_waste_type(db: Database, waste_type_id: int, language: str | None = None
                   ) -> WasteTypeRow:
    """One waste type; NotFoundError when it was deleted."""
    with db.read() as s:
        rows = _type_rows(s, [WasteType.id == waste_type_id], language)
    if not rows:
        raise NotFoundError(QT_TRANSLATE_NOOP("Refusal", "The waste type no longer exists; it may "
                                                         "have been deleted."))
    return rows[0]


def _checked_type(s: Session, d: WasteTypeDraft, except_id: int | None) -> dict:
    name = clean_name(d.name, QT_TRANSLATE_NOOP("Refusal", "waste type"))
    site = s.get(Site, d.site_id)
    if site is None:
        raise DomainError(
            QT_TRANSLATE_NOOP("Refusal", "Choose the site the waste arises at."),
            field="site")
    try:
        digits, star = parse_code(d.code)
    except ValueError as exc:
        raise DomainError(message_of(exc), field="code") from None
    entry: ClassifierEntry | None = s.scalar(
        select(ClassifierEntry).where(ClassifierEntry.code == digits))
    unverified = None
    if entry is None or entry.level is not EntryLevel.ENTRY:
        entry = None
        loaded = s.scalar(select(ClassifierEntry.id).limit(1)) is not None
        if loaded:
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{code} is not an entry of the loaded "
                                                           "waste classifier; choose a six-digit "
                                                           "code from the list."),
                              code=format_code(digits), field="code")
        if not d.unverified_ok:
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "No waste classifier is loaded yet; "
                                                           "import it first (Import classifier…, "
                                                           "or greendesk classifier import FILE)."),
                              field="code")
        if len(digits) != 6:
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{code!r} is not a List of Waste "
                                                           "entry: an entry has six digits, "
                                                           "such as 01 03 04 (01 03 04* for a "
                                                           "hazardous one)."),
                              code=d.code, field="code")
        unverified = digits + ("*" if star else "")  # verified when a classifier is loaded
    elif star and not entry.hazardous:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{code} is not a hazardous entry; write it "
                                                       "without the asterisk, or choose the "
                                                       "hazardous entry."),
                          code=format_code(digits), field="code")
    hazardous, mirror = (star, False) if entry is None else (entry.hazardous, entry.mirror)
    current = s.get(WasteType, except_id) if except_id else None
    if entry is not None and entry.retired_in_id is not None and (current is None or current.entry_id != entry.id):
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{code} was retired from the classifier; "
                                                       "choose a current code."),
                          code=format_code(digits, entry.hazardous), field="code")
    node_id = d.generating_node_id
    node = s.get(Node, node_id) if node_id else None
    if node is None or node.site_id != site.id:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "Choose the process of {site} that "
                                                       "generates the waste."),
                          site=site.name,
                          field="generating_node")
    if node.kind is not NodeKind.PROCESS:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{node} is not a process; waste is "
                                                       "generated by a process."),
                          node=node.name,
                          field="generating_node")
    hp = parse_hp(d.hp_properties)
    if hp and not hazardous:
        raise DomainError(
            QT_TRANSLATE_NOOP("Refusal", "{code} is a non-hazardous entry, so hazardous "
                                         "properties ({properties}) do not apply; choose the "
                                         "hazardous (mirror) entry if the waste has them."),
            code=format_code(digits), properties=', '.join(hp), field="hp_properties")
    assessment = " ".join(d.mirror_assessment.split())
    if mirror and not assessment:
        raise DomainError(
            QT_TRANSLATE_NOOP("Refusal", "{code} is a mirror entry: record the assessment that "
                                         "makes this waste hazardous and its reason (analyses, "
                                         "composition).") if hazardous else
            QT_TRANSLATE_NOOP("Refusal", "{code} is a mirror entry: record the assessment that "
                                         "makes this waste non-hazardous and its reason "
                                         "(analyses, composition)."),
            code=format_code(digits, hazardous), field="mirror_assessment")
    if len(assessment) > 2000 or len(d.note) > 2000:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "The assessment and the note are at most "
                                                       "2,000 characters each."),
                          field="mirror_assessment")
    months = d.storage_limit_months
    if isinstance(months, bool) or not isinstance(months, int) or not 1 <= months <= 120:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "The storage limit is a whole number of "
                                                       "months from 1 to 120."),
                          field="storage_limit")
    if s.scalar(select(WasteType.id).where(WasteType.site_id == site.id, WasteType.name == name,
                                          WasteType.id != (except_id or -1))):
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{site} already has a waste type named "
                                                       "{name!r}."),
                          site=site.name, name=name, field="name")
    return dict(site_id=site.id, entry_id=entry and entry.id, unverified_code=unverified,
                name=name,
                physical_state=PhysicalState(d.physical_state), generating_node_id=node.id,
                hp_properties=",".join(hp), mirror_assessment=assessment,
                legacy_level=LegacyLevel(d.legacy_level) if d.legacy_level else None,
                storage_limit_months=months, note=d.note.strip())


def _material_for(s: Session, d: WasteTypeDraft, name: str, code: str) -> Material:
    """The waste type's material: the one chosen, else the material named like the type
    (made as a waste measured in tonnes if there is none)."""
    if d.material_id is not None:
        material = s.get(Material, d.material_id)
        if material is None:
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "Choose the material the waste is "
                                                           "recorded as."), field="material")
    else:
        material = s.scalar(select(Material).where(Material.name == name))
        if material is None:
            material = Material(name=name, category=MaterialCategory.WASTE,
                                kind=QuantityKind.MASS, default_unit="t", waste_code=code)
            s.add(material)
            s.flush()
    if material.category is not MaterialCategory.WASTE:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{material} is not a waste in the material "
                                                       "catalogue; choose a waste material or "
                                                       "another name."),
                          material=material.name, field="material")
    if material.kind is not QuantityKind.MASS:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{material} is measured by {kind}; waste "
                                                       "figures are in tonnes, so choose a "
                                                       "material measured by mass (it can still "
                                                       "be entered in litres or m³ when its "
                                                       "density is set)."),
                          material=material.name, kind=kind_word(material.kind.value),
                          field="material")
    return material


def register_waste_type(db: Database, draft: WasteTypeDraft) -> tuple[int, Changes]:
    """Register a waste of a site. One waste type per site and material.
    One transaction; refuses a code not in the loaded classifier, unknown HP properties, a
    material registered at the site already. Announces waste_type and material (one is made when
    missing)."""
    with db.write() as s:
        values = _checked_type(s, draft, None)
        code = (values["unverified_code"] or "")[:6] or s.get(
            ClassifierEntry, values["entry_id"]).code  # type: ignore[union-attr]
        material = _material_for(s, draft, values["name"], code)
        taken = s.scalar(select(WasteType.name).where(WasteType.site_id == values["site_id"],
                                                      WasteType.material_id == material.id))
        if taken:
            raise DomainError(
                QT_TRANSLATE_NOOP("Refusal", "{material} is already registered at this site as "
                                             "the waste type {taken!r}."),
                material=material.name, taken=taken, field="material")
        if material.waste_code is None:
            material.waste_code = code
        t = WasteType(material_id=material.id, **values)
        s.add(t)
        s.flush()
        return t.id, Changes.of(Entity.WASTE_TYPE, Entity.MATERIAL, ids=(t.id,))


def update_waste_type(db: Database, waste_type_id: int, draft: WasteTypeDraft) -> Changes:
    """Edit a waste type; its site and material stay (movements are recorded in them).
    One transaction; the checks of register_waste_type, and NotFoundError for a deleted type.
    Announces waste_type."""
    with db.write() as s:
        t = s.get(WasteType, waste_type_id)
        if t is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Refusal", "The waste type no longer exists; it "
                                                             "may have been deleted."))
        if draft.site_id != t.site_id:
            raise DomainError(
                QT_TRANSLATE_NOOP("Refusal", "A waste type stays at its site; register it at the "
                                             "other site instead."),
                field="site")
        if draft.material_id is not None and draft.material_id != t.material_id:
            raise DomainError(
                QT_TRANSLATE_NOOP("Refusal", "A waste type keeps its material, in which its "
                                             "movements are recorded."),
                field="material")
        for key, value in _checked_type(s, draft, waste_type_id).items():
            setattr(t, key, value)
        return Changes.of(Entity.WASTE_TYPE, ids=(t.id,))


def verify_codes(s: Session) -> tuple[int, tuple[Message, ...]]:
    """Link every waste type whose code was kept unverified to its entry of the classifier
    just loaded (inside the load's transaction), by the register's own checks; returns how
    many were verified and, for each that was not, which and why (it stays unverified)."""
    verified, failed = 0, []
    for t in s.scalars(select(WasteType).where(WasteType.entry_id.is_(None))
                       .order_by(WasteType.name)):
        code = t.unverified_code or ""
        draft = WasteTypeDraft(t.site_id, t.name, code, t.physical_state, t.generating_node_id,
                               t.material_id, t.hp_properties, t.mirror_assessment,
                               t.legacy_level, t.storage_limit_months, t.note)
        try:
            values = _checked_type(s, draft, t.id)
        except DomainError as exc:
            failed.append(Message(QT_TRANSLATE_NOOP("Refusal", "{name} ({code}): {reason}"),
                                  name=t.name, code=format_code(code[:6], code.endswith("*")),
                                  reason=message_of(exc)))
            continue
        t.entry_id, t.unverified_code = values["entry_id"], None
        verified += 1
    return verified, tuple(failed)


def delete_waste_type(db: Database, waste_type_id: int) -> Changes:
    """Remove a waste type from the register; its flow records stay in the ledger.
    One transaction; NotFoundError for a type already gone, refused while a permit sets
    limits for it. Announces waste_type."""
    with db.write() as s:
        t = s.get(WasteType, waste_type_id)
        if t is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Refusal", "The waste type no longer exists; it "
                                                             "may have been deleted."))
        from greendesk.models.permits import Permit, PermitWasteLimit  # loaded on first use

        number = s.scalar(select(Permit.number).join(
            PermitWasteLimit, PermitWasteLimit.permit_id == Permit.id).where(
            PermitWasteLimit.waste_type_id == waste_type_id).limit(1))
        if number is not None:
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{waste!r} cannot be deleted: permit "
                                                           "{number} sets limits for it; remove "
                                                           "them from the permit first."),
                              waste=t.name, number=number)
        s.delete(t)
        return Changes.of(Entity.WASTE_TYPE, ids=(waste_type_id,))


# ---------------------------------------------------------------- contractors
def contractor_row(c: WasteContractor) -> ContractorRow:
    """A contractor record as a row (its operations split into codes)."""
    return ContractorRow(c.id, c.name, c.bin, c.licence_number, c.licence_valid_until,
                         tuple(o for o in c.operations.split(",") if o), c.note)


def list_contractors(db: Database) -> list[ContractorRow]:
    """Every contractor by name."""
    with db.read() as s:
        return [contractor_row(c) for c in s.scalars(
            select(WasteContractor).order_by(WasteContractor.name))]


def _checked_contractor(s: Session, d: ContractorDraft, except_id: int | None) -> dict:
    name = clean_name(d.name, QT_TRANSLATE_NOOP("Refusal", "contractor"))
    bin_ = validate_bin(d.bin)
    licence = " ".join(d.licence_number.split())
    if not licence:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "Enter the licence number of {name}."),
                          name=name, field="licence_number")
    if len(licence) > 100:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "The licence number is longer than 100 "
                                                       "characters."),
                          field="licence_number")
    if not isinstance(d.licence_valid_until, date):
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "Enter the date until which the licence is "
                                                       "valid."),
                          field="licence_valid_until")
    ops = parse_operations(d.operations)
    if not ops:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "List the operations the licence of {name} "
                                                       "covers, e.g. R4, D9."),
                          name=name,
                          field="operations")
    if s.scalar(select(WasteContractor.id).where(WasteContractor.name == name,
                                                WasteContractor.id != (except_id or -1))):
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "There is already a contractor named "
                                                       "{name!r}."),
                          name=name, field="name")
    return dict(name=name, bin=bin_, licence_number=licence,
                licence_valid_until=d.licence_valid_until, operations=",".join(ops),
                note=d.note.strip())


def add_contractor(db: Database, draft: ContractorDraft) -> tuple[int, Changes]:
    """Add a contractor; one transaction. Refuses a blank or taken name, an invalid BIN, a
    missing licence number or date, an unknown operation code. Announces waste_contractor."""
    with db.write() as s:
        c = WasteContractor(**_checked_contractor(s, draft, None))
        s.add(c)
        s.flush()
        return c.id, Changes.of(Entity.WASTE_CONTRACTOR, ids=(c.id,))


def update_contractor(db: Database, contractor_id: int, draft: ContractorDraft) -> Changes:
    """Edit a contractor (a renewed licence); transfers recorded before keep their checks.
    One transaction; the checks of add_contractor, and NotFoundError for a deleted one.
    Announces waste_contractor."""
    with db.write() as s:
        c = s.get(WasteContractor, contractor_id)
        if c is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Refusal", "The contractor no longer exists; it "
                                                             "may have been deleted."))
        for key, value in _checked_contractor(s, draft, contractor_id).items():
            setattr(c, key, value)
        return Changes.of(Entity.WASTE_CONTRACTOR, ids=(contractor_id,))


# ---------------------------------------------------------------- production basis
def set_basis(db: Database, site_id: int | None, year: int, main_product: str = "",
              main_product_t: float | None = None, output_value: float | None = None,
              value_unit: str = "million KZT") -> Changes:
    """Enter the main product (t) and output value of a site (None: the enterprise) for a year;
    waste per tonne of product and per unit of output value are computed from them.
    One transaction; refuses a year that is not one or is closed, figures that are not positive,
    a deleted site. Announces waste_basis."""
    if not 1900 < year < 2200:
        raise DomainError(
            QT_TRANSLATE_NOOP("Refusal", "{year} is not a year."),
            year=year, field="year")
    for value, what in ((main_product_t, QT_TRANSLATE_NOOP("Refusal", "main product")),
                        (output_value, QT_TRANSLATE_NOOP("Refusal", "output value"))):
        if value is not None and not (math.isfinite(value) and value > 0):
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "The {what} must be a positive number."),
                              what=term(what), field=what)
    with db.write() as s:
        if site_id is not None and s.get(Site, site_id) is None:
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "Choose the site."), field="site")
        check_year_open(s, year)
        row = s.scalar(select(WasteBasis).where(
            WasteBasis.site_id.is_(None) if site_id is None else WasteBasis.site_id == site_id,
            WasteBasis.year == year))
        if row is None:
            row = WasteBasis(site_id=site_id, year=year)
            s.add(row)
        row.main_product = " ".join(main_product.split())[:200]
        row.main_product_t, row.output_value = main_product_t, output_value
        row.value_unit = " ".join(value_unit.split())[:40] or "million KZT"
        return Changes.of(Entity.WASTE_BASIS)


def list_basis(db: Database) -> list[BasisRow]:
    """Every production basis row, oldest year first."""
    with db.read() as s:
        return [BasisRow(b.site_id, b.year, b.main_product, b.main_product_t, b.output_value,
                         b.value_unit)
                for b in s.scalars(select(WasteBasis).order_by(WasteBasis.year))]
