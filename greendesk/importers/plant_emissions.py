"""The plant set-up workbook's emission sheets: the sources (stack, monitoring point, working
hours), the ledger streams that drive them and their abatement, each written through
`services/emission_sources`. The permits' norms stay in the window: the workbook has no
permits sheet for a norm to name.

A source's streams and abatement are part of the source (its service writes them whole), so
their sheets change one row of a source's draft and write the source again; a source row
keeps the streams and abatement it has. A stream's, abatement's and norm's record id packs
the ids that identify it, so a row removed from a sheet is found again after earlier rows of
the same source were rewritten."""

from __future__ import annotations

from dataclasses import replace

from greendesk.errors import DomainError, Message
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.importers.plant_columns import Column, Record, Refs, SheetSpec
from greendesk.models.emissions import EmissionSourceKind
from greendesk.services import emission_sources as es
from greendesk.services.materials import list_materials
from greendesk.services.monitoring import list_points
from greendesk.services.structure import get_plant
from greendesk.store.db import Database

_K = 100_000  # ids below this pack into one record id
_SITE = Column("site", QT_TRANSLATE_NOOP("plantbook", "Site"),
               QT_TRANSLATE_NOOP("plantbook", "A site of sheet Sites (or of the plant)."),
               required=True, names="sites", width=26)
_SOURCE = Column("source", QT_TRANSLATE_NOOP("plantbook", "Source number"),
                 QT_TRANSLATE_NOOP("plantbook", "A source of sheet Emission sources at this "
                                                "site."),
                 required=True, fields=("source",))
_NUMBER = QT_TRANSLATE_NOOP("plantbook", "A number.")


def _names(db: Database) -> tuple[dict[int, str], dict[int, str], dict[int, str],
                                  dict[int, str]]:
    plant = get_plant(db)
    return ({s.id: s.name for s in plant.sites},
            {n.id: n.name for s in plant.sites for n in s.nodes},
            {m.id: m.name for m in list_materials(db)},
            {p.id: p.name for p in list_points(db)})


def _drafts(db: Database) -> list[tuple[int, es.SourceDraft]]:
    return [(r.id, es.source_draft(db, r.id)) for r in es.list_sources(db)]


def _source_id(db: Database, refs: Refs, v: dict[str, object]) -> tuple[int, es.SourceDraft]:
    site_id = refs.site(v["site"])
    number = " ".join(str(v["source"]).split()).casefold()
    for r in es.list_sources(db, site_id):
        if r.number.casefold() == number:
            return r.id, es.source_draft(db, r.id)
    raise DomainError(QT_TRANSLATE_NOOP("Refusal", "There is no source numbered {number!r} at "
                                                   "{site}."),
                      number=v["source"], site=v["site"], field="source")


# ---------------------------------------------------------------- sources
def _sources(db: Database) -> list[Record]:
    sites, nodes, _, points = _names(db)
    return [Record(id_, {
        "site": sites[d.site_id], "number": d.number, "name": d.name, "kind": d.kind,
        "node": nodes.get(d.node_id or 0, ""), "mobile": d.mobile, "height": d.height_m,
        "diameter": d.diameter_m, "flow": d.gas_flow_m3_s, "temperature": d.gas_temperature_c,
        "point": points.get(d.monitoring_point_id or 0, ""), "hours": d.hours_per_year,
        "note": d.note}) for id_, d in _drafts(db)]


def _write_source(db: Database, refs: Refs, v: dict[str, object], id_: int | None) -> None:
    site_id = refs.site(v["site"])
    old = es.source_draft(db, id_) if id_ is not None else None
    draft = es.SourceDraft(
        site_id, str(v["number"]), str(v["name"]), v["kind"],  # type: ignore[arg-type]
        refs.node(site_id, v["node"]) if v["node"] else None, bool(v["mobile"]),
        v["height"], v["diameter"], v["flow"], v["temperature"],  # type: ignore[arg-type]
        refs.point(v["point"], "monitoring_point_id") if v["point"] else None,
        v["hours"], old.streams if old else (), old.abatement if old else (),  # type: ignore[arg-type]
        str(v["note"]))
    if id_ is None:
        es.add_source(db, draft)
    else:
        es.EditSource(id_, draft).apply(db)


def _remove_source(db: Database, id_: int) -> Message | None:
    try:
        es.DeleteSource(id_).apply(db)
    except DomainError as exc:
        return exc.message
    return None


SOURCES = SheetSpec(
    "sources", QT_TRANSLATE_NOOP("plantbook", "Emission sources"),
    QT_TRANSLATE_NOOP("plantbook", "One row per source of emissions to air (an organised stack "
                                   "or a fugitive source) or discharge point to water; its "
                                   "streams and abatement are on the next sheets."),
    (_SITE,
     Column("number", QT_TRANSLATE_NOOP("plantbook", "Source number"),
            QT_TRANSLATE_NOOP("plantbook", "As on the inventory of sources (0001, 6001); "
                                           "unique at its site."), required=True),
     Column("name", QT_TRANSLATE_NOOP("plantbook", "Source"),
            QT_TRANSLATE_NOOP("plantbook", "What it is."), required=True, width=30),
     Column("kind", QT_TRANSLATE_NOOP("plantbook", "Kind of source"),
            QT_TRANSLATE_NOOP("plantbook", "Choose from the list."), "choice", True,
            EmissionSourceKind),
     Column("node", QT_TRANSLATE_NOOP("plantbook", "Node"),
            QT_TRANSLATE_NOOP("plantbook", "The process node it belongs to."), names="nodes",
            fields=("node_id",), width=26),
     Column("mobile", QT_TRANSLATE_NOOP("plantbook", "Mobile"),
            QT_TRANSLATE_NOOP("plantbook", "yes: a vehicle fleet, which pays no fee (empty: "
                                           "no)."), "flag"),
     Column("height", QT_TRANSLATE_NOOP("plantbook", "Height, m"), _NUMBER, "number",
            fields=("height_m",)),
     Column("diameter", QT_TRANSLATE_NOOP("plantbook", "Diameter, m"), _NUMBER, "number",
            fields=("diameter_m",)),
     Column("flow", QT_TRANSLATE_NOOP("plantbook", "Gas flow, m³/s"), _NUMBER, "number",
            fields=("gas_flow_m3_s",)),
     Column("temperature", QT_TRANSLATE_NOOP("plantbook", "Gas temperature, °C"), _NUMBER,
            "number", fields=("gas_temperature_c",)),
     Column("point", QT_TRANSLATE_NOOP("plantbook", "Monitoring point"),
            QT_TRANSLATE_NOOP("plantbook", "The point its instrumental measurements are taken "
                                           "at."),
            names="points", fields=("monitoring_point_id",), width=26),
     Column("hours", QT_TRANSLATE_NOOP("plantbook", "Working hours a year"), _NUMBER, "number",
            fields=("hours_per_year",)),
     Column("note", QT_TRANSLATE_NOOP("plantbook", "Note"),
            QT_TRANSLATE_NOOP("plantbook", "Free text."), width=30)),
    ("site", "number"), _sources, _write_source, _remove_source)


# ---------------------------------------------------------------- streams
def _stream_id(source_id: int, st: es.StreamDraft) -> int:
    return ((source_id * _K + st.from_node_id) * _K + st.to_node_id) * _K + st.material_id


def _streams(db: Database) -> list[Record]:
    sites, nodes, materials, _ = _names(db)
    return [Record(_stream_id(id_, st), {
        "site": sites[d.site_id], "source": d.number, "from": nodes[st.from_node_id],
        "to": nodes[st.to_node_id], "material": materials[st.material_id],
        "activity": st.activity, "share": st.share})
        for id_, d in _drafts(db) for st in d.streams]


def _write_stream(db: Database, refs: Refs, v: dict[str, object], _id: int | None) -> None:
    source_id, d = _source_id(db, refs, v)
    new = es.StreamDraft(refs.node(d.site_id, v["from"], "from"),
                         refs.node(d.site_id, v["to"], "to"), refs.material(v["material"]),
                         str(v["activity"]), 1.0 if v["share"] is None else v["share"])  # type: ignore[arg-type]
    key = _stream_id(source_id, new)
    streams = [st for st in d.streams if _stream_id(source_id, st) != key] + [new]
    es.EditSource(source_id, replace(d, streams=tuple(streams))).apply(db)


def _remove_stream(db: Database, id_: int) -> Message | None:
    source_id = id_ // _K ** 3
    d = es.source_draft(db, source_id)
    es.EditSource(source_id, replace(d, streams=tuple(
        st for st in d.streams if _stream_id(source_id, st) != id_))).apply(db)
    return None


STREAMS = SheetSpec(
    "source_streams", QT_TRANSLATE_NOOP("plantbook", "Source streams"),
    QT_TRANSLATE_NOOP("plantbook", "The ledger flows that drive a source (fuel burned, ore "
                                   "crushed): from node, to node and material, the factor "
                                   "library's name of the activity and the share of the flow "
                                   "attributed to the source."),
    (_SITE, _SOURCE,
     Column("from", QT_TRANSLATE_NOOP("plantbook", "From node"),
            QT_TRANSLATE_NOOP("plantbook", "A node of the site."), required=True,
            names="nodes", width=26),
     Column("to", QT_TRANSLATE_NOOP("plantbook", "To node"),
            QT_TRANSLATE_NOOP("plantbook", "A node of the site."), required=True,
            names="nodes", width=26),
     Column("material", QT_TRANSLATE_NOOP("plantbook", "Material"),
            QT_TRANSLATE_NOOP("plantbook", "A material of sheet Materials."), required=True,
            names="materials", width=24),
     Column("activity", QT_TRANSLATE_NOOP("plantbook", "Activity"),
            QT_TRANSLATE_NOOP("plantbook", "As the factor library names it (diesel, coal, "
                                           "ore_crushing)."),
            required=True, fields=("streams",)),
     Column("share", QT_TRANSLATE_NOOP("plantbook", "Share"),
            QT_TRANSLATE_NOOP("plantbook", "Above 0, at most 1 (empty: 1)."), "number")),
    ("site", "source", "from", "to", "material"), _streams, _write_stream, _remove_stream)


# ---------------------------------------------------------------- abatement
def _abatement_id(source_id: int, substance: str) -> int:
    return source_id * _K ** 2 + int.from_bytes(substance.upper().encode()[:8], "big") % _K ** 2


def _abatements(db: Database) -> list[Record]:
    sites = _names(db)[0]
    return [Record(_abatement_id(id_, a.substance), {
        "site": sites[d.site_id], "source": d.number, "substance": a.substance,
        "equipment": a.equipment, "efficiency": a.efficiency})
        for id_, d in _drafts(db) for a in d.abatement]


def _write_abatement(db: Database, refs: Refs, v: dict[str, object], _id: int | None) -> None:
    source_id, d = _source_id(db, refs, v)
    new = es.AbatementDraft(str(v["equipment"]), str(v["substance"]), v["efficiency"])  # type: ignore[arg-type]
    kept = [a for a in d.abatement if a.substance.upper() != new.substance.strip().upper()]
    es.EditSource(source_id, replace(d, abatement=(*kept, new))).apply(db)


def _remove_abatement(db: Database, id_: int) -> Message | None:
    source_id = id_ // _K ** 2
    d = es.source_draft(db, source_id)
    es.EditSource(source_id, replace(d, abatement=tuple(
        a for a in d.abatement if _abatement_id(source_id, a.substance) != id_))).apply(db)
    return None


ABATEMENT = SheetSpec(
    "abatement", QT_TRANSLATE_NOOP("plantbook", "Abatement"),
    QT_TRANSLATE_NOOP("plantbook", "A source's gas cleaning: its equipment and efficiency η "
                                   "for one substance."),
    (_SITE, _SOURCE,
     Column("substance", QT_TRANSLATE_NOOP("plantbook", "Substance"),
            QT_TRANSLATE_NOOP("plantbook", "DUST, SO2, NOX…"), required=True,
            fields=("abatement",)),
     Column("equipment", QT_TRANSLATE_NOOP("plantbook", "Equipment"),
            QT_TRANSLATE_NOOP("plantbook", "What cleans the gas."), width=30),
     Column("efficiency", QT_TRANSLATE_NOOP("plantbook", "Efficiency η"),
            QT_TRANSLATE_NOOP("plantbook", "At least 0 and below 1 (0.99 for 99 %)."),
            "number", True)),
    ("site", "source", "substance"), _abatements, _write_abatement, _remove_abatement)
