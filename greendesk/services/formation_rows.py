"""The formations register's drafts and rows, and the checks a draft passes before it is written.

Kept apart from the writes so the importer can validate every row of a file (`validate_draft`,
`check_links`) without touching the commands; `services.formations` re-exports all of it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, fields
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from greendesk.analysis import formations as an
from greendesk.errors import DomainError, Message, NotFoundError, term
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.models import (
    ConsequenceClass,
    ConstructionMethod,
    Formation,
    FormationKind,
    FormationStatus,
    GradeUnit,
    Node,
    NodeKind,
    Site,
)
from greendesk.services.changes import Entity
from greendesk.validation import clean_name

CURRENCY = "USD"
MAX_TONNAGE_T = 1e11  # a hundred billion tonnes is a typo, not a formation
ENTITY = Entity.FORMATION
SAMPLES = Entity.FORMATION_SAMPLE
COMPONENTS = Entity.GRADE_COMPONENT


# ---------------------------------------------------------------- drafts and rows
@dataclass(frozen=True)
class FormationDraft:
    """What the officer entered for a formation; None is "not known"."""

    name: str
    kind: FormationKind
    status: FormationStatus
    site_id: int | None = None
    node_id: int | None = None
    latitude: float | None = None
    longitude: float | None = None
    year_from: int | None = None
    year_to: int | None = None
    area_ha: float | None = None
    volume_m3: float | None = None
    density_t_m3: float | None = None
    tonnage_t: float | None = None
    capacity_m3: float | None = None
    capacity_t: float | None = None
    opening_tonnage_t: float | None = None
    opening_date: date | None = None
    height_m: float | None = None
    construction_method: ConstructionMethod | None = None
    consequence_class: ConsequenceClass | None = None
    waste_code: str | None = None
    hazardous: bool | None = None
    responsible: str = ""
    documents: str = ""
    operator: str = ""
    locality: str = ""
    external_id: str | None = None
    note: str = ""


DRAFT_FIELDS = tuple(f.name for f in fields(FormationDraft))


@dataclass(frozen=True)
class FormationRow(FormationDraft):
    """A formation as stored, with its names and its current figures.

    `figures` holds tonnage, volume and density with the missing one derived; for a
    formation linked to a stock node the tonnage is the opening tonnage plus the ledger's
    placements (`ledger_t`, net of what left the node)."""

    id: int = 0
    site_name: str = ""
    node_name: str = ""
    ledger_t: float | None = None
    figures: an.TonnageFigures = field(default_factory=lambda: an.TonnageFigures(None, None, None))

    @property
    def current_tonnage_t(self) -> float | None:
        """The tonnage the register uses now (the measured one, else from volume × density)."""
        return self.figures.tonnage_t

    def draft(self) -> FormationDraft:
        """The formation's values as a draft, for the edit form and undo."""
        return FormationDraft(**{k: getattr(self, k) for k in DRAFT_FIELDS})


@dataclass(frozen=True)
class ComponentRow:
    """A grade component with its unit and default economic assumptions."""
    id: int
    code: str
    name: str
    unit: GradeUnit
    defaults: an.Assumptions


@dataclass(frozen=True)
class BlockRow:
    """A part of a formation with its own tonnage, and how many samples it holds."""
    id: int
    formation_id: int
    name: str
    tonnage_t: float
    note: str
    n_samples: int = 0


@dataclass(frozen=True)
class AssayDraft:
    """One grade of a sample as entered."""
    component: str  # the component's code (Cu, Au, ...)
    grade: float
    unit: str | None = None  # as entered; None: the component's own unit


@dataclass(frozen=True)
class AssayRow:
    """A stored grade: as entered, and in g/t for computing."""
    component: str
    grade_entered: float
    unit_entered: str
    grade_gpt: float

    def grade_in(self, unit: str) -> float:
        """The grade in another unit ("%", "g/t", "ppm")."""
        return an.from_gpt(self.grade_gpt, unit)


@dataclass(frozen=True)
class SampleDraft:
    """A sample with its grades, as entered."""
    formation_id: int
    code: str
    assays: tuple[AssayDraft, ...] = ()
    block_id: int | None = None
    taken_on: date | None = None
    depth_m: float | None = None
    note: str = ""


@dataclass(frozen=True)
class SampleRow:
    """A stored sample with its block's name and grades."""
    id: int
    formation_id: int
    code: str
    block_id: int | None
    block_name: str
    taken_on: date | None
    depth_m: float | None
    note: str
    assays: tuple[AssayRow, ...]


@dataclass(frozen=True)
class RegisterRow:
    """One line of the assessed register: the formation and its screening."""

    formation: FormationRow
    assessment: an.Assessment
    n_assays: int
    rank: int | None = None  # position by net value, 1 = most worth studying


# ---------------------------------------------------------------- validation helpers
def _number(value: object, what: str | Message, fld: str, *, low: float | None = 0.0,
            high: float | None = None, low_open: bool = False) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise DomainError(
            QT_TRANSLATE_NOOP("Refusal", "The {what} must be a number."),
            what=term(what), field=fld)
    v = float(value)
    if low is not None and (v < low or (low_open and v == low)):
        bound = "greater than" if low_open else "at least"
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "The {what} must be {bound} {low:g}, not "
                                                       "{value:g}."),
                          what=term(what), bound=bound, low=low, value=v, field=fld)
    if high is not None and v > high:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "The {what} must be at most {high:g}, not "
                                                       "{value:g}."),
                          what=term(what), high=high, value=v, field=fld)
    return v


def _year(value: object, what: str | Message, fld: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 1700 <= value <= 2200:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "The {what} must be a year such as 1975, "
                                                       "not {value!r}."),
                          what=term(what), value=value, field=fld)
    return value


def _text(value: str | None, what: str | Message, fld: str, limit: int) -> str:
    text = (value or "").strip()
    if len(text) > limit:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "The {what} is {count:,} characters long; "
                                                       "at most {limit:,} are allowed."),
                          what=term(what), count=len(text), limit=limit, field=fld)
    return text


def clean_waste_code(code: str | None) -> tuple[str | None, bool]:
    """Six digits of a List of Waste code, and whether it was marked hazardous with '*'."""
    if code is None or not code.strip():
        return None, False
    digits = "".join(ch for ch in code if ch.isdigit())
    if len(digits) != 6 or any(not (ch.isdigit() or ch in " *") for ch in code.strip()):
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{code!r} is not a List of Waste code; it "
                                                       "has six digits, such as 01 03 06 (an "
                                                       "asterisk marks a hazardous entry)."),
                          code=code.strip(),
                          field="waste_code")
    return digits, "*" in code


def validate_draft(d: FormationDraft) -> dict[str, object]:
    """Column values for a draft, checked without the database (the importer uses this on
    every row); site, node and uniqueness are checked by `check_links`."""
    name = clean_name(d.name, QT_TRANSLATE_NOOP("Refusal", "formation"))
    try:
        kind = FormationKind(d.kind)
    except ValueError:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{kind!r} is not a kind of formation."),
                          kind=d.kind, field="kind") from None
    try:
        status = FormationStatus(d.status)
    except ValueError:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{status!r} is not a formation status."),
                          status=d.status, field="status") from None
    method = ConstructionMethod(d.construction_method) if d.construction_method else None
    if method is not None and kind is not FormationKind.TAILINGS:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{name}: a construction method is recorded "
                                                       "for tailings storage facilities only."),
                          name=name, field="construction_method")
    consequence = ConsequenceClass(d.consequence_class) if d.consequence_class else None
    year_from = _year(d.year_from, QT_TRANSLATE_NOOP("Refusal", "first year of placement"), "year_from")
    year_to = _year(d.year_to, QT_TRANSLATE_NOOP("Refusal", "last year of placement"), "year_to")
    if year_from is not None and year_to is not None and year_from > year_to:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{name}: placement cannot end in {year_to} "
                                                       "before it began in {year_from}."),
                          name=name, year_to=year_to, year_from=year_from, field="year_to")
    code, starred = clean_waste_code(d.waste_code)
    hazardous = d.hazardous if d.hazardous is not None else (True if starred else None)
    external = (d.external_id or "").strip() or None
    if external is not None and len(external) > 60:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "The external identifier is longer than 60 "
                                                       "characters."),
                          field="external_id")
    if d.opening_date is not None and not isinstance(d.opening_date, date):
        raise DomainError(
            QT_TRANSLATE_NOOP("Refusal", "The opening date must be a calendar date."),
            field="opening_date")
    values: dict[str, object] = dict(
        name=name, kind=kind, status=status, site_id=d.site_id, node_id=d.node_id,
        latitude=_number(d.latitude, QT_TRANSLATE_NOOP("Refusal", "latitude"), "latitude", low=-90, high=90),
        longitude=_number(d.longitude, QT_TRANSLATE_NOOP("Refusal", "longitude"), "longitude", low=-180, high=180),
        year_from=year_from, year_to=year_to,
        area_ha=_number(d.area_ha, QT_TRANSLATE_NOOP("Refusal", "area in hectares"), "area_ha", high=1e6),
        volume_m3=_number(d.volume_m3, QT_TRANSLATE_NOOP("Refusal", "volume"), "volume_m3", high=MAX_TONNAGE_T),
        density_t_m3=_number(d.density_t_m3, QT_TRANSLATE_NOOP("Refusal", "bulk density"), "density_t_m3", low=0.0,
                             high=30.0, low_open=True),
        tonnage_t=_number(d.tonnage_t, QT_TRANSLATE_NOOP("Refusal", "tonnage"), "tonnage_t", high=MAX_TONNAGE_T),
        capacity_m3=_number(d.capacity_m3, QT_TRANSLATE_NOOP("Refusal", "design capacity in m³"), "capacity_m3",
                            high=MAX_TONNAGE_T),
        capacity_t=_number(d.capacity_t, QT_TRANSLATE_NOOP("Refusal", "design capacity in tonnes"), "capacity_t",
                           high=MAX_TONNAGE_T),
        opening_tonnage_t=_number(d.opening_tonnage_t, QT_TRANSLATE_NOOP("Refusal", "opening tonnage"), "opening_tonnage_t",
                                  high=MAX_TONNAGE_T),
        opening_date=d.opening_date,
        height_m=_number(d.height_m, QT_TRANSLATE_NOOP("Refusal", "height"), "height_m", high=2000.0),
        construction_method=method, consequence_class=consequence, waste_code=code,
        hazardous=hazardous,
        responsible=_text(d.responsible, QT_TRANSLATE_NOOP("Refusal", "responsible person"), "responsible", 200),
        documents=_text(d.documents, QT_TRANSLATE_NOOP("Refusal", "list of documents"), "documents", 4000),
        operator=_text(d.operator, QT_TRANSLATE_NOOP("Refusal", "operator"), "operator", 200),
        locality=_text(d.locality, QT_TRANSLATE_NOOP("Refusal", "locality"), "locality", 200),
        external_id=external, note=_text(d.note, QT_TRANSLATE_NOOP("Refusal", "note"), "note", 2000),
    )
    return values


def check_links(s: Session, values: dict[str, object], except_id: int | None) -> None:
    """The site exists; the node is a stock of that site and no other formation's; the name
    is free at the site; the external identifier is not taken."""
    name = values["name"]
    site_id = values["site_id"]
    if site_id is not None and s.get(Site, site_id) is None:
        raise DomainError(
            QT_TRANSLATE_NOOP("Refusal", "The site no longer exists; choose another."),
            field="site")
    node_id = values["node_id"]
    if node_id is not None:
        node = s.get(Node, node_id)
        if node is None:
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "The linked node no longer exists; "
                                                           "choose another."), field="node")
        if node.kind is not NodeKind.STOCK:
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{node!r} is not a stock node; "
                                                           "placements go into a formation "
                                                           "through a stock node of its site."),
                              node=node.name, field="node")
        if site_id is None:
            values["site_id"] = site_id = node.site_id
        elif node.site_id != site_id:
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{node!r} belongs to another site than "
                                                           "the formation."),
                              node=node.name,
                              field="node")
        other = s.scalars(select(Formation.name).where(
            Formation.node_id == node_id, Formation.id != (except_id or -1))).first()
        if other is not None:
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{node!r} is already linked to the "
                                                           "formation {other!r}."),
                              node=node.name, other=other,
                              field="node")
    if site_id is not None:
        same_name = s.scalars(select(Formation.id).where(
            Formation.site_id == site_id, Formation.name == name,
            Formation.id != (except_id or -1))).first()
        if same_name is not None:
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "The site already has a formation "
                                                           "named {name!r}."),
                              name=name,
                              field="name")
    external = values["external_id"]
    if external is not None:
        taken = s.scalars(select(Formation.name).where(
            Formation.external_id == external, Formation.id != (except_id or -1))).first()
        if taken is not None:
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "The identifier {identifier!r} is "
                                                           "already used by {taken!r}."),
                              identifier=external, taken=taken,
                              field="external_id")


def _get(s: Session, model: type, id_: int, what: str | Message):
    obj = s.get(model, id_)
    if obj is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Refusal", "The {what} no longer exists; it may "
                                                         "have been deleted."),
                            what=term(what))
    return obj
