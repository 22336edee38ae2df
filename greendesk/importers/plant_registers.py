"""The plant set-up workbook's register sheets: waste types, contractors with their licences,
formations, monitoring points and their limits, each written through its area's service."""

from __future__ import annotations

from sqlalchemy import func, select

from greendesk.errors import DomainError, Message
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.importers.plant_columns import Column, Record, Refs, SheetSpec, deleted_by, save
from greendesk.models import (
    ConsequenceClass,
    ConstructionMethod,
    Flow,
    FormationKind,
    FormationStatus,
    LegacyLevel,
    Medium,
    MonitoringReading,
    PhysicalState,
    SourceKind,
)
from greendesk.services import formations, monitoring, waste
from greendesk.services.changes import Changes
from greendesk.store.db import Database

_T = QT_TRANSLATE_NOOP
_NOTE = Column("note", _T("plantbook", "Note"), _T("plantbook", "Free text."), width=30)
_LIST = _T("plantbook", "Choose from the list.")
_SITE = Column("site", _T("plantbook", "Site"),
               _T("plantbook", "A site of sheet Sites (or of the plant)."), required=True,
               names="sites", width=26)


# ---------------------------------------------------------------- waste types
def _waste_types(db: Database) -> list[Record]:
    return [Record(t.id, {"site": t.site_name, "name": t.name, "code": t.display_code,
                          "state": t.physical_state, "hp": t.hp_properties,
                          "assessment": t.mirror_assessment, "legacy": t.legacy_level,
                          "months": t.storage_limit_months, "node": t.generating_node_name,
                          "material": t.material_name, "note": t.note})
            for t in waste.list_waste_types(db)]


def _write_waste_type(db: Database, refs: Refs, v: dict[str, object], id_: int | None) -> None:
    site_id = refs.site(v["site"])
    node_id = refs.node(site_id, v["node"], "generating_node") if v["node"] else None
    material_id = refs.material(v["material"]) if v["material"] and id_ is None \
        and _has_material(refs, v["material"]) else None
    draft = waste.WasteTypeDraft(
        site_id, str(v["name"]), str(v["code"]), v["state"], node_id,  # type: ignore[arg-type]
        material_id, str(v["hp"] or ""), str(v["assessment"]), v["legacy"],  # type: ignore[arg-type]
        v["months"] if v["months"] is not None else waste.DEFAULT_STORAGE_LIMIT_MONTHS,  # type: ignore[arg-type]
        str(v["note"]), unverified_ok=True)
    save(db, id_, draft, waste.register_waste_type, waste.update_waste_type)


def _has_material(refs: Refs, name: object) -> bool:
    try:
        refs.material(name)
    except DomainError:
        return False  # the register makes a waste material of that name
    return True


def _remove_waste_type(db: Database, id_: int) -> Message | None:
    t = waste.get_waste_type(db, id_)
    with db.read() as s:
        n = s.scalar(select(func.count()).select_from(Flow).where(
            Flow.site_id == t.site_id, Flow.material_id == t.material_id)) or 0
    if n:
        return Message(_T("Refusal", "{count:,} flow records of its material at its site "
                                     "refer to it."), count=n)
    waste.delete_waste_type(db, id_)
    return None


WASTE_TYPES = SheetSpec(
    "waste_types", _T("plantbook", "Waste types"),
    _T("plantbook", "One row per waste of a site, with its List of Waste code. Before the "
                    "national classifier is loaded, a code of the right form (six digits, a "
                    "star for a hazardous entry) is kept as not verified and checked when the "
                    "classifier is loaded."),
    (_SITE,
     Column("name", _T("plantbook", "Waste type"),
            _T("plantbook", "The waste's name, unique at its site."), required=True, width=30),
     Column("code", _T("plantbook", "List of Waste code"),
            _T("plantbook", "Six digits as 10 06 01; a hazardous entry with its star: "
                            "10 06 07*."), required=True, names="codes", width=16),
     Column("state", _T("plantbook", "Physical state"), _LIST, "choice", True, PhysicalState,
            fields=("physical_state",)),
     Column("hp", _T("plantbook", "Hazardous properties"),
            _T("plantbook", "HP1–HP15 and C16, separated by commas (hazardous entries only)."),
            fields=("hp_properties",)),
     Column("assessment", _T("plantbook", "Mirror assessment"),
            _T("plantbook", "For a mirror entry: what makes the waste hazardous or not, and "
                            "why."), fields=("mirror_assessment",), width=30),
     Column("legacy", _T("plantbook", "Legacy level"), _LIST, "choice", choices=LegacyLevel,
            fields=("legacy_level",)),
     Column("months", _T("plantbook", "Storage limit, months"),
            _T("plantbook", "How long it may stay in storage, 1 to 120 (empty: 6)."),
            "integer", fields=("storage_limit",)),
     Column("node", _T("plantbook", "Generating process"),
            _T("plantbook", "The process node of the site that generates it."), required=True,
            names="nodes", fields=("generating_node",), width=28),
     Column("material", _T("plantbook", "Material"),
            _T("plantbook", "The waste material its movements are recorded in (empty: the "
                            "material named like the waste type, made if missing)."),
            names="materials", width=24),
     _NOTE),
    ("site", "name"), _waste_types, _write_waste_type, _remove_waste_type,
    examples=(("Nurken concentrator", "Flotation tailings", "01 03 06", PhysicalState.SLUDGE,
               "", "", LegacyLevel.GREEN, 6, "Flotation", "", ""),))


# ---------------------------------------------------------------- contractors
def _contractors(db: Database) -> list[Record]:
    return [Record(c.id, {"name": c.name, "bin": c.bin, "licence": c.licence_number,
                          "until": c.licence_valid_until, "operations": c.operations,
                          "note": c.note})
            for c in waste.list_contractors(db)]


def _write_contractor(db: Database, _refs: Refs, v: dict[str, object], id_: int | None
                      ) -> None:
    draft = waste.ContractorDraft(str(v["name"]), str(v["bin"]), str(v["licence"]),
                                  v["until"], str(v["operations"]), str(v["note"]))  # type: ignore[arg-type]
    save(db, id_, draft, waste.add_contractor, waste.update_contractor)


CONTRACTORS = SheetSpec(
    "contractors", _T("plantbook", "Contractors"),
    _T("plantbook", "One row per licensed waste contractor: its BIN, its licence and the "
                    "recovery and disposal operations the licence covers."),
    (Column("name", _T("plantbook", "Contractor"),
            _T("plantbook", "The contractor's name as registered."), required=True, width=28),
     Column("bin", _T("plantbook", "BIN"), _T("plantbook", "Its 12-digit BIN."), required=True,
            width=14),
     Column("licence", _T("plantbook", "Licence number"), _T("plantbook", "As on the licence."),
            required=True, fields=("licence_number",)),
     Column("until", _T("plantbook", "Licence valid until"),
            _T("plantbook", "A date: 2027-12-31 or 31.12.2027."), "date", True,
            fields=("licence_valid_until",)),
     Column("operations", _T("plantbook", "Operations"),
            _T("plantbook", "The R and D codes the licence covers, e.g. R4, D9."), required=True),
     _NOTE),
    ("name",), _contractors, _write_contractor)


# ---------------------------------------------------------------- formations
_F_NUMBERS = (
    ("latitude", _T("plantbook", "Latitude")), ("longitude", _T("plantbook", "Longitude")),
    ("area_ha", _T("plantbook", "Area, ha")), ("volume_m3", _T("plantbook", "Volume, m³")),
    ("density_t_m3", _T("plantbook", "Density, t/m³")),
    ("tonnage_t", _T("plantbook", "Tonnage, t")),
    ("capacity_m3", _T("plantbook", "Capacity, m³")),
    ("capacity_t", _T("plantbook", "Capacity, t")),
    ("opening_tonnage_t", _T("plantbook", "Opening tonnage, t")),
    ("height_m", _T("plantbook", "Height, m")))
_F_TEXTS = (
    ("waste_code", _T("plantbook", "List of Waste code")),
    ("responsible", _T("plantbook", "Responsible")), ("documents", _T("plantbook", "Documents")),
    ("operator", _T("plantbook", "Operator")), ("locality", _T("plantbook", "Locality")),
    ("external_id", _T("plantbook", "External id")))
_F_FIELDS = [f for f in formations.DRAFT_FIELDS if f not in ("site_id", "node_id")]


def _formations(db: Database) -> list[Record]:
    return [Record(f.id, {**{k: getattr(f, k) for k in _F_FIELDS}, "site": f.site_name,
                          "node": f.node_name})
            for f in formations.list_formations(db)]


def _write_formation(db: Database, refs: Refs, v: dict[str, object], id_: int | None) -> None:
    site_id = refs.site(v["site"]) if v["site"] else None
    node_id = None
    if v["node"]:
        if site_id is None:
            raise DomainError(_T("Refusal", "Give the site of the stock node {node!r}."),
                              node=v["node"], field="site")
        node_id = refs.node(site_id, v["node"])
    values = {k: (v[k] if v[k] != "" or k not in ("external_id", "waste_code") else None)
              for k in _F_FIELDS}
    draft = formations.FormationDraft(site_id=site_id, node_id=node_id, **values)  # type: ignore[arg-type]
    save(db, id_, draft, formations.add_formation, formations.update_formation)


FORMATIONS = SheetSpec(
    "formations", _T("plantbook", "Formations"),
    _T("plantbook", "One row per technogenic formation: dumps, tailings, slag heaps, sludge "
                    "ponds. Only the name, kind and status are required."),
    (Column("name", _T("plantbook", "Formation"), _T("plantbook", "Its name, unique."),
            required=True, width=28),
     Column("kind", _T("plantbook", "Kind of formation"), _LIST, "choice", True, FormationKind),
     Column("status", _T("plantbook", "Status"), _LIST, "choice", True, FormationStatus),
     Column("site", _T("plantbook", "Site"), _T("plantbook", "The site it belongs to."),
            names="sites", width=26),
     Column("node", _T("plantbook", "Stock node"),
            _T("plantbook", "The stock node of the site its placements are recorded at."),
            names="nodes", width=26),
     *(Column(k, h, _T("plantbook", "A number."), "number") for k, h in _F_NUMBERS),
     Column("year_from", _T("plantbook", "In use from (year)"), _T("plantbook", "A year."),
            "integer"),
     Column("year_to", _T("plantbook", "In use until (year)"), _T("plantbook", "A year."),
            "integer"),
     Column("opening_date", _T("plantbook", "Opening tonnage date"), _T("plantbook", "A date."),
            "date"),
     Column("construction_method", _T("plantbook", "Construction method"), _LIST, "choice",
            choices=ConstructionMethod),
     Column("consequence_class", _T("plantbook", "Consequence class"), _LIST, "choice",
            choices=ConsequenceClass),
     Column("hazardous", _T("plantbook", "Hazardous"), _T("plantbook", "yes or no."), "flag"),
     *(Column(k, h, _T("plantbook", "Text."), fields=(k,)) for k, h in _F_TEXTS),
     _NOTE),
    ("name",), _formations, _write_formation)


# ---------------------------------------------------------------- monitoring points and limits
def _points(db: Database) -> list[Record]:
    return [Record(p.id, {"name": p.name, "source": p.source_kind, "medium": p.medium,
                          "interval": p.interval_days, "site": p.site_name,
                          "formation": p.formation_name, "node": p.node_name,
                          "latitude": p.latitude, "longitude": p.longitude, "note": p.note})
            for p in monitoring.list_points(db)]


def _write_point(db: Database, refs: Refs, v: dict[str, object], id_: int | None) -> None:
    site_id = refs.site(v["site"]) if v["site"] else None
    formation_id = refs.formation(v["formation"]) if v["formation"] else None
    node_id = None
    if v["node"]:
        if site_id is None:
            raise DomainError(_T("Refusal", "Give the site of the node {node!r}."),
                              node=v["node"], field="site")
        node_id = refs.node(site_id, v["node"])
    draft = monitoring.PointDraft(
        str(v["name"]), v["source"], v["medium"],  # type: ignore[arg-type]
        v["interval"] if v["interval"] is not None else 31, site_id, formation_id,  # type: ignore[arg-type]
        node_id, v["latitude"], v["longitude"], str(v["note"]))  # type: ignore[arg-type]
    save(db, id_, draft, monitoring.add_point, monitoring.update_point)


def _remove_point(db: Database, id_: int) -> Message | None:
    with db.read() as s:
        n = s.scalar(select(func.count()).select_from(MonitoringReading).where(
            MonitoringReading.point_id == id_)) or 0
    if n:
        return Message(_T("Refusal", "{count:,} readings were taken at it."), count=n)
    monitoring.delete_point(db, id_)
    return None


POINTS = SheetSpec(
    "points", _T("plantbook", "Monitoring points"),
    _T("plantbook", "One row per monitoring point: what it watches (a formation, a node or a "
                    "site), the medium and how often it must be read."),
    (Column("name", _T("plantbook", "Monitoring point"), _T("plantbook", "Its name, unique."),
            required=True, width=26),
     Column("source", _T("plantbook", "Source kind"), _LIST, "choice", True, SourceKind,
            fields=("source_kind",)),
     Column("medium", _T("plantbook", "Medium"), _LIST, "choice", True, Medium),
     Column("interval", _T("plantbook", "Interval, days"),
            _T("plantbook", "Days allowed between readings (31 monthly, 92 quarterly; empty: "
                            "31)."), "integer", fields=("interval_days",)),
     Column("site", _T("plantbook", "Site"), _T("plantbook", "The site it is at."),
            names="sites", width=26),
     Column("formation", _T("plantbook", "Formation"),
            _T("plantbook", "The formation it watches (a formation point)."),
            names="formations", width=26),
     Column("node", _T("plantbook", "Node"), _T("plantbook", "The node it watches."),
            names="nodes", width=26),
     Column("latitude", _T("plantbook", "Latitude"), _T("plantbook", "A number."), "number"),
     Column("longitude", _T("plantbook", "Longitude"), _T("plantbook", "A number."), "number"),
     _NOTE),
    ("name",), _points, _write_point, _remove_point)


def _limits(db: Database) -> list[Record]:
    return [Record(p.id * 100_000 + lim.parameter_id,
                   {"point": p.name, "parameter": lim.parameter, "upper": lim.max_value,
                    "lower": lim.min_value, "inclusive": lim.inclusive, "basis": lim.basis})
            for p in monitoring.list_points(db) for lim in p.limits]


def _write_limit(db: Database, refs: Refs, v: dict[str, object], _id: int | None) -> None:
    monitoring.set_limit(db, refs.point(v["point"]), refs.parameter(v["parameter"]),
                         v["upper"], v["lower"], bool(v["inclusive"]), str(v["basis"]))  # type: ignore[arg-type]


def _remove_limit(db: Database, id_: int) -> Changes:
    return monitoring.remove_limit(db, id_ // 100_000, id_ % 100_000)


LIMITS = SheetSpec(
    "limits", _T("plantbook", "Limits"),
    _T("plantbook", "The permitted range of a parameter at a monitoring point, and the permit "
                    "or rule it comes from."),
    (Column("point", _T("plantbook", "Monitoring point"),
            _T("plantbook", "A point of sheet Monitoring points."), required=True,
            names="points", width=26),
     Column("parameter", _T("plantbook", "Parameter"),
            _T("plantbook", "A parameter's code, such as pH or Cu."), required=True,
            names="parameters"),
     Column("upper", _T("plantbook", "Upper limit"), _T("plantbook", "A number."), "number",
            fields=("max_value",)),
     Column("lower", _T("plantbook", "Lower limit"), _T("plantbook", "A number."), "number",
            fields=("min_value",)),
     Column("inclusive", _T("plantbook", "Equal is an exceedance"),
            _T("plantbook", "yes: a reading equal to the limit is an exceedance too (empty: "
                            "no)."), "flag"),
     Column("basis", _T("plantbook", "Basis"), _T("plantbook", "The permit or rule."),
            width=30)),
    ("point", "parameter"), _limits, _write_limit, deleted_by(_remove_limit))
