"""The material catalogue: add, list, and (issue 3) edit properties with recomputation."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from greendesk.errors import DomainError, message_of
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.models import CANONICAL_UNIT, Material, MaterialCategory, QuantityKind
from greendesk.services.changes import Changes, Entity
from greendesk.services.conflicts import check_version
from greendesk.store.db import Database
from greendesk.units import MaterialUnits, UnitError, kind_word, normalise_unit, units_for
from greendesk.validation import clean_name


@dataclass(frozen=True)
class MaterialDraft:
    """A material as the officer enters it; energy carriers and volumes need their factors."""
    name: str
    category: MaterialCategory
    kind: QuantityKind
    default_unit: str | None = None
    density_t_per_m3: float | None = None
    ncv_gj_per_unit: float | None = None
    tce_factor: float | None = None
    tce_factor_unit: str | None = None
    waste_code: str | None = None
    note: str = ""


@dataclass(frozen=True)
class MaterialRow:
    """A material as listed, with the factors the unit conversions use."""
    id: int
    name: str
    category: MaterialCategory
    kind: QuantityKind
    default_unit: str
    density_t_per_m3: float | None
    ncv_gj_per_unit: float | None
    tce_factor: float | None
    tce_factor_unit: str | None
    waste_code: str | None
    note: str
    version: int | None = None  # pass back to update_material to catch edits made elsewhere

    @property
    def canonical_unit(self) -> str:
        """The unit quantities are stored in: t, m³ or GJ."""
        return CANONICAL_UNIT[self.kind]

    def units(self) -> MaterialUnits:
        """What unit conversion needs to know of this material."""
        return MaterialUnits(self.name, self.kind.value, self.density_t_per_m3,
                             self.ncv_gj_per_unit)


def material_row(m: Material) -> MaterialRow:
    """A material record as a row."""
    return MaterialRow(m.id, m.name, m.category, m.kind, m.default_unit, m.density_t_per_m3,
                       m.ncv_gj_per_unit, m.tce_factor, m.tce_factor_unit, m.waste_code, m.note,
                       m.version)


def list_materials(db: Database) -> list[MaterialRow]:
    """Every material by name."""
    with db.read() as s:
        return [material_row(m) for m in s.scalars(select(Material).order_by(Material.name))]


def _validated(draft: MaterialDraft) -> dict:
    name = clean_name(draft.name, QT_TRANSLATE_NOOP("Refusal", "material"))
    category, kind = MaterialCategory(draft.category), QuantityKind(draft.kind)
    try:
        mu = MaterialUnits(name, kind.value, draft.density_t_per_m3, draft.ncv_gj_per_unit)
        unit = normalise_unit(draft.default_unit or CANONICAL_UNIT[kind])
        if unit not in units_for(mu):
            raise DomainError(
                QT_TRANSLATE_NOOP("Refusal", "{name} cannot be entered in {unit}: it is measured "
                                             "by {kind}."),
                name=name, unit=unit, kind=kind_word(kind.value),
                field="default_unit")
        tce_unit = normalise_unit(draft.tce_factor_unit) if draft.tce_factor_unit else None
    except UnitError as exc:
        raise DomainError(message_of(exc)) from exc
    if (draft.tce_factor is None) != (tce_unit is None):
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "The tce factor of {name} needs both a "
                                                       "value and its unit."),
                          name=name,
                          field="tce_factor")
    if draft.tce_factor is not None and not draft.tce_factor > 0:
        raise DomainError(
            QT_TRANSLATE_NOOP("Refusal", "The tce factor of {name} must be positive."),
            name=name, field="tce_factor")
    code = "".join(ch for ch in (draft.waste_code or "") if ch.isdigit()) or None
    if code is not None and (len(code) != 6 or category is not MaterialCategory.WASTE):
        raise DomainError(
            QT_TRANSLATE_NOOP("Refusal", "{name}: a List of Waste code has six digits and belongs "
                                         "to a waste material."),
            name=name,
            field="waste_code")
    return dict(name=name, category=category, kind=kind, default_unit=unit,
                density_t_per_m3=draft.density_t_per_m3, ncv_gj_per_unit=draft.ncv_gj_per_unit,
                tce_factor=draft.tce_factor, tce_factor_unit=tce_unit, waste_code=code,
                note=draft.note.strip())


def add_material(db: Database, draft: MaterialDraft) -> tuple[int, Changes]:
    """Add a material; one transaction. Refuses a blank or taken name, a default unit it cannot
    be measured in, a tce factor without its unit or not positive, a waste code that is not six
    digits of a waste material. Announces the material."""
    values = _validated(draft)
    with db.write() as s:
        if s.scalars(select(Material.id).where(Material.name == values["name"])).first():
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "There is already a material named "
                                                           "{name!r}."),
                              name=values['name'],
                              field="name")
        material = Material(**values)
        s.add(material)
        s.flush()
        return material.id, Changes.of(Entity.MATERIAL, ids=(material.id,))


@dataclass(frozen=True)
class MaterialUpdate:
    """What `update_material` did: the changes, and how many records were recomputed."""

    changes: Changes
    recomputed: int


def update_material(db: Database, material_id: int, draft: MaterialDraft, *,
                    version: int | None = None) -> MaterialUpdate:
    """Edit a material; when its density or calorific value changes, recompute every
    record's canonical quantity from the quantity and unit as entered, in the same
    transaction. A record whose unit would no longer convert refuses the whole edit, and so
    does one dated in a closed period. The recompute's UPDATE statements are audited by the
    trail's hook (one entry each, with every changed record's old and new values).
    Refuses a material deleted or edited elsewhere since `version`, a taken name, and a change
    of kind or unit that records already use. Announces the material, and the flows when their
    canonical quantities were recomputed."""
    from sqlalchemy import func, update

    from greendesk.models import Flow
    from greendesk.units import factor

    values = _validated(draft)
    with db.write() as s:
        material = s.get(Material, material_id)
        if material is None:
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "The material no longer exists; it may "
                                                           "have been deleted."))
        check_version(s, material, version)
        if s.scalars(select(Material.id).where(Material.name == values["name"],
                                               Material.id != material_id)).first():
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "There is already a material named "
                                                           "{name!r}."),
                              name=values['name'],
                              field="name")
        used = dict(s.execute(select(Flow.unit_entered, func.count()).where(
            Flow.material_id == material_id).group_by(Flow.unit_entered)).all())
        if used and values["kind"] != material.kind:
            raise DomainError(
                QT_TRANSLATE_NOOP("Refusal", "{material} is measured by {kind} in {count:,} "
                                             "records; its kind cannot change while they exist."),
                material=material.name, kind=kind_word(material.kind.value), count=sum(used.values()),
                field="kind")
        props_changed = (values["density_t_per_m3"], values["ncv_gj_per_unit"]) != (
            material.density_t_per_m3, material.ncv_gj_per_unit)
        for key, value in values.items():
            setattr(material, key, value)
        recomputed = 0
        if props_changed and used:
            units = MaterialUnits(values["name"], values["kind"].value,
                                  values["density_t_per_m3"], values["ncv_gj_per_unit"])
            for unit, n in used.items():
                try:
                    f = factor(unit, units)
                except UnitError as exc:
                    raise DomainError(
                        QT_TRANSLATE_NOOP("Refusal", "{count:,} records of {material} were "
                                                     "entered in {unit}; {reason}"),
                        count=n, material=values['name'], unit=unit, reason=message_of(exc),
                        field="density_t_per_m3") from exc
                s.execute(update(Flow).where(Flow.material_id == material_id,
                                             Flow.unit_entered == unit)
                          .values(qty_canonical=Flow.qty_entered * f))
                recomputed += n
        changes = Changes.of(Entity.MATERIAL, ids=(material_id,))
        if recomputed:
            changes = changes | Changes.of(Entity.FLOW)
        return MaterialUpdate(changes, recomputed)
