"""The plant set-up workbook's structure sheets: sites, nodes and materials, written through
services.structure and services.materials (the window's own writes and checks)."""

from __future__ import annotations

from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.importers.plant_columns import Column, Record, Refs, SheetSpec, deleted_by, save
from greendesk.models import (
    FacilityCategory,
    LossReason,
    MaterialCategory,
    NodeKind,
    QuantityKind,
    SiteKind,
)
from greendesk.services import materials, structure
from greendesk.store.db import Database

_NAME_HELP = QT_TRANSLATE_NOOP("plantbook", "The name, unique in this sheet; a row with a "
                                            "name already in GreenDesk updates that record.")
_NOTE = Column("note", QT_TRANSLATE_NOOP("plantbook", "Note"),
               QT_TRANSLATE_NOOP("plantbook", "Free text."), width=30)


# ---------------------------------------------------------------- sites
def _sites(db: Database) -> list[Record]:
    return [Record(s.id, {"name": s.name, "region": s.region, "kind": s.kind,
                          "address": s.address, "category": s.category})
            for s in structure.get_plant(db).sites]


def _write_site(db: Database, _refs: Refs, v: dict[str, object], id_: int | None) -> None:
    draft = structure.SiteDraft(str(v["name"]), str(v["region"]), v["kind"],  # type: ignore[arg-type]
                                str(v.get("address") or ""), v.get("category"))  # type: ignore[arg-type]
    save(db, id_, draft, structure.add_site, structure.update_site)


SITES = SheetSpec(
    "sites", QT_TRANSLATE_NOOP("plantbook", "Sites"),
    QT_TRANSLATE_NOOP("plantbook", "One row per site of the enterprise: a mine or quarry, a "
                                   "concentrator, a smelter or an auxiliary site."),
    (Column("name", QT_TRANSLATE_NOOP("plantbook", "Site"), _NAME_HELP, required=True,
            width=28),
     Column("region", QT_TRANSLATE_NOOP("plantbook", "Region"),
            QT_TRANSLATE_NOOP("plantbook", "The region the site is in."), required=True),
     Column("kind", QT_TRANSLATE_NOOP("plantbook", "Kind of site"),
            QT_TRANSLATE_NOOP("plantbook", "Choose from the list."), "choice", True, SiteKind,
            width=22),
     Column("address", QT_TRANSLATE_NOOP("plantbook", "Address"),
            QT_TRANSLATE_NOOP("plantbook", "Where the site is, as its permits name it."),
            width=30),
     Column("category", QT_TRANSLATE_NOOP("plantbook", "Facility category"),
            QT_TRANSLATE_NOOP("plantbook", "I to IV under Article 12 of the Environmental "
                                           "Code; it decides which obligations apply."),
            "choice", False, FacilityCategory, width=14)),
    ("name",), _sites, _write_site, deleted_by(structure.delete_site),
    examples=(("Nurken open pit", "Karaganda", SiteKind.MINE, "Nurken, Karaganda region",
               FacilityCategory.I),))


# ---------------------------------------------------------------- nodes
def _nodes(db: Database) -> list[Record]:
    return [Record(n.id, {"site": s.name, "name": n.name, "kind": n.kind,
                          "loss_reason": n.loss_reason, "note": n.note})
            for s in structure.get_plant(db).sites for n in s.nodes]


def _write_node(db: Database, refs: Refs, v: dict[str, object], id_: int | None) -> None:
    draft = structure.NodeDraft(refs.site(v["site"]), str(v["name"]), v["kind"],  # type: ignore[arg-type]
                                v["loss_reason"], str(v["note"]))  # type: ignore[arg-type]
    save(db, id_, draft, structure.add_node, structure.update_node)


NODES = SheetSpec(
    "nodes", QT_TRANSLATE_NOOP("plantbook", "Nodes"),
    QT_TRANSLATE_NOOP("plantbook", "One row per node of a site: where material comes from or "
                                   "goes to. A loss node needs its reason."),
    (Column("site", QT_TRANSLATE_NOOP("plantbook", "Site"),
            QT_TRANSLATE_NOOP("plantbook", "A site of sheet Sites (or of the plant)."),
            required=True, names="sites", width=28),
     Column("name", QT_TRANSLATE_NOOP("plantbook", "Node"),
            QT_TRANSLATE_NOOP("plantbook", "The node's name, unique at its site."),
            required=True, width=30),
     Column("kind", QT_TRANSLATE_NOOP("plantbook", "Kind of node"),
            QT_TRANSLATE_NOOP("plantbook", "Choose from the list."), "choice", True, NodeKind,
            width=26),
     Column("loss_reason", QT_TRANSLATE_NOOP("plantbook", "Loss reason"),
            QT_TRANSLATE_NOOP("plantbook", "For an accounted-loss node only."), "choice",
            choices=LossReason),
     _NOTE),
    ("site", "name"), _nodes, _write_node, deleted_by(structure.delete_node),
    examples=(("Nurken open pit", "Open-pit mining", NodeKind.PROCESS, None, ""),
              ("Nurken open pit", "Haul road losses", NodeKind.LOSS, LossReason.TRANSPORT, "")))


# ---------------------------------------------------------------- materials
def _materials(db: Database) -> list[Record]:
    return [Record(m.id, {"name": m.name, "category": m.category, "kind": m.kind,
                          "default_unit": m.default_unit, "density": m.density_t_per_m3,
                          "ncv": m.ncv_gj_per_unit, "tce_factor": m.tce_factor,
                          "tce_unit": m.tce_factor_unit, "waste_code": m.waste_code,
                          "note": m.note})
            for m in materials.list_materials(db)]


def _write_material(db: Database, _refs: Refs, v: dict[str, object], id_: int | None
                    ) -> None:
    draft = materials.MaterialDraft(
        str(v["name"]), v["category"], v["kind"], v["default_unit"] or None,  # type: ignore[arg-type]
        v["density"], v["ncv"], v["tce_factor"], v["tce_unit"] or None,  # type: ignore[arg-type]
        v["waste_code"] or None, str(v["note"]))  # type: ignore[arg-type]
    save(db, id_, draft, materials.add_material, materials.update_material)


MATERIALS = SheetSpec(
    "materials", QT_TRANSLATE_NOOP("plantbook", "Materials"),
    QT_TRANSLATE_NOOP("plantbook", "One row per material that flows: what it is, whether it "
                                   "is measured by mass, volume or energy, and the factors its "
                                   "units need (a density for volumes, a calorific value for "
                                   "energy)."),
    (Column("name", QT_TRANSLATE_NOOP("plantbook", "Material"), _NAME_HELP, required=True,
            width=28),
     Column("category", QT_TRANSLATE_NOOP("plantbook", "Category"),
            QT_TRANSLATE_NOOP("plantbook", "Choose from the list."), "choice", True,
            MaterialCategory),
     Column("kind", QT_TRANSLATE_NOOP("plantbook", "Measured by"),
            QT_TRANSLATE_NOOP("plantbook", "mass, volume or energy."), "choice", True,
            QuantityKind),
     Column("default_unit", QT_TRANSLATE_NOOP("plantbook", "Default unit"),
            QT_TRANSLATE_NOOP("plantbook", "The unit it is usually entered in (empty: t, m³ or "
                                           "GJ)."), fields=("default_unit",)),
     Column("density", QT_TRANSLATE_NOOP("plantbook", "Density, t/m³"),
            QT_TRANSLATE_NOOP("plantbook", "Needed to enter it in volume units."), "number",
            fields=("density_t_per_m3",)),
     Column("ncv", QT_TRANSLATE_NOOP("plantbook", "Calorific value, GJ per t or m³"),
            QT_TRANSLATE_NOOP("plantbook", "Net calorific value; needed to enter it in energy "
                                           "units."), "number", fields=("ncv_gj_per_unit",),
            width=22),
     Column("tce_factor", QT_TRANSLATE_NOOP("plantbook", "tce factor"),
            QT_TRANSLATE_NOOP("plantbook", "Tonnes of coal equivalent per tce unit, as tabled."),
            "number"),
     Column("tce_unit", QT_TRANSLATE_NOOP("plantbook", "tce unit"),
            QT_TRANSLATE_NOOP("plantbook", "The unit the tce factor is per (e.g. MWh)."),
            fields=("tce_factor_unit",)),
     Column("waste_code", QT_TRANSLATE_NOOP("plantbook", "List of Waste code"),
            QT_TRANSLATE_NOOP("plantbook", "A waste's six-digit code (optional)."), width=20),
     _NOTE),
    ("name",), _materials, _write_material,
    examples=(("Diesel fuel", MaterialCategory.ENERGY_CARRIER, QuantityKind.MASS, "L", 0.84,
               42.8, None, None, None, ""),))
