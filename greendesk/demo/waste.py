"""The demo plant's waste register: a few List of Waste codes, five waste types, a contractor
and movements that agree with the demo's flows, so every figure can be checked by hand.

The classifier shipped here is only the handful of codes the demo uses (in English and
Russian), written for GreenDesk; the officer loads the binding national classifier.

What the demo adds on top of the base flows, all in whole numbers:
- Formations: Overburden dump No. 1, the tailings storage facility and the slag heap are
  marked as formations, so overburden, tailings and slag are generated and placed.
- Gas-cleaning sludge (10 06 07*): the base flows from the acid plant to the hazardous-waste
  contractor become transfers to Karaganda EcoService LLP under D9.
- Waste engine oil (13 02 05*) at the mine: 12 t generated every month into the waste-oil
  storage; 30 t transferred to the contractor for re-refining (R9) at the end of each
  quarter. The stock grows by 6 t a quarter: 24 t at the end of the first year, 48 t, 72 t.
- Slag is partly recycled on site: historic slag (10 06 01, its own waste type and material)
  from the old slag dump, a formation from before the records, goes to the slag crushing
  plant, 1,500 t a month in the second year and 3,000 t a month in the third; 90 % leaves
  as road aggregate, 10 % (screen oversize, a waste the plant generates) goes back to the
  old dump. The base chain's slag and the slag heap's counts and balance stay untouched.
- The gas-cleaning sludge's passport data: a composition and the basis of HP6. DEMO DATA,
  invented for the demo (no laboratory analysed it); its other passport fields are left not
  entered, so the demo passport shows what an officer still has to enter.
- Main product per year and site (from the flows) and the enterprise's output value.
- Month-end stock-takings of the two new stocks (exact: the counts are the flows), so their
  balances close like the demo's other stocks.
"""

from __future__ import annotations

import hashlib
from datetime import date, timedelta

from greendesk.demo.names import DemoNames
from greendesk.demo.plant import S_CONC, S_MINE, S_SMELT, DemoContext
from greendesk.models import (
    DatePrecision,
    LegacyLevel,
    MaterialCategory,
    Method,
    NodeKind,
    PhysicalState,
    QuantityKind,
    StorageRole,
)
from greendesk.services import ledger, structure
from greendesk.services.catalog import load_catalog
from greendesk.services.classifier import ClassifierDraft, EntryDraft, load_classifier
from greendesk.services.flows import AddFlows, FlowDraft
from greendesk.services.materials import MaterialDraft, add_material
from greendesk.services.waste import (
    ContractorDraft,
    WasteTypeDraft,
    add_contractor,
    add_months,
    register_waste_type,
    set_basis,
)
from greendesk.services.waste_movements import (
    MovementDraft,
    MovementKind,
    RecordMovement,
    assign_transfer,
    set_storage_role,
)
from greendesk.services.waste_passport import ComponentDraft, PassportDraft, set_passport
from greendesk.store.db import Database
from greendesk.validation import make_valid_bin

CONTRACTOR = "Karaganda EcoService LLP"
OIL_STORAGE = "Waste oil storage"
OLD_SLAG_DUMP = "Old slag dump"
OLD_SLAG_T = 1_500_000.0  # in the old dump when the records begin
SLAG_PLANT = "Slag crushing plant"
AGGREGATE_CUSTOMER = "Road aggregate customer"
OIL_MONTHLY_T = 12.0
OIL_QUARTERLY_TRANSFER_T = 30.0
SLAG_RECYCLED_MONTHLY_T = (0.0, 1_500.0, 3_000.0)  # first, second, third demo year
SLAG_REJECTS = 0.1  # screen oversize returned to the old dump
# Demo data, invented for the demo: the sludge's composition as a passport would state it.
SLUDGE_COMPOSITION = (("Lead compounds (as Pb)", 18.0, "%"), ("Copper compounds (as Cu)", 4.5, "%"),
                      ("Zinc compounds (as Zn)", 6.0, "%"), ("Arsenic (as As)", 3200.0, "mg/kg"),
                      ("Moisture", 35.0, "%"))
SLUDGE_BASIS = "Demo data: laboratory protocol No. 17 of 14.03.2025 (invented for the demo)"
SLUDGE_HP6_BASIS = "Demo data: calculation from the composition (invented for the demo)"
ANODE_PRICE_MKZT_PER_T = 4.2  # output value, million KZT per tonne of anode copper

# code, hazardous, mirror, English, Russian (the Kazakh texts: names_kk.CLASSIFIER)
_CODES: list[tuple[str, bool, bool, str, str]] = [
    ("01", False, False,
     "Wastes from exploration, mining, quarrying and treatment of minerals",
     "Отходы разведки, добычи и обработки полезных ископаемых"),
    ("0101", False, False, "Wastes from mineral excavation",
     "Отходы добычи полезных ископаемых"),
    ("010101", False, False, "Wastes from mineral metalliferous excavation",
     "Отходы добычи металлических полезных ископаемых"),
    ("0103", False, False, "Wastes from processing of metalliferous minerals",
     "Отходы переработки металлических полезных ископаемых"),
    ("010306", False, True, "Tailings other than those mentioned in 01 03 04 and 01 03 05",
     "Хвосты, за исключением упомянутых в 01 03 04 и 01 03 05"),
    ("10", False, False, "Wastes from thermal processes", "Отходы термических процессов"),
    ("1006", False, False, "Wastes from copper thermal metallurgy",
     "Отходы термической металлургии меди"),
    ("100601", False, False, "Slags from primary and secondary production",
     "Шлаки первичного и вторичного производства"),
    ("100607", True, False, "Sludges and filter cakes from gas treatment",
     "Шламы и кеки фильтрации от очистки газов"),
    ("13", False, False, "Oil wastes and wastes of liquid fuels",
     "Отходы масел и жидкого топлива"),
    ("1302", False, False, "Waste engine, gear and lubricating oils",
     "Отработанные моторные, трансмиссионные и смазочные масла"),
    ("130205", True, False, "Mineral-based non-chlorinated engine, gear and lubricating oils",
     "Минеральные нехлорированные моторные, трансмиссионные и смазочные масла"),
    ("15", False, False, "Waste packaging, absorbents, wiping cloths, filter materials",
     "Отходы упаковки, абсорбенты, обтирочный материал, фильтровальные материалы"),
    ("1502", False, False, "Absorbents, filter materials, wiping cloths, protective clothing",
     "Абсорбенты, фильтровальные материалы, обтирочный материал, защитная одежда"),
    ("150202", True, True,
     "Absorbents, filter materials, wiping cloths and protective clothing contaminated by "
     "hazardous substances",
     "Абсорбенты, фильтровальные материалы, обтирочный материал и защитная одежда, "
     "загрязнённые опасными веществами"),
]

TAILINGS_ASSESSMENT = (
    "Non-hazardous: the tailings are neutralised with lime (paste pH 8.5); acid-base "
    "accounting gives NP/AP above 3, so they are not acid-generating (01 03 04*), and the "
    "leaching test is below the limits for hazardous substances (01 03 05*).")


def _descriptions(language: str) -> dict[str, str]:
    if language == "kk":
        from greendesk.demo.names_kk import CLASSIFIER

        return CLASSIFIER
    return {r[0]: str(r[3 if language == "en" else 4]) for r in _CODES}


def demo_classifier(language: str, names: DemoNames | None = None) -> ClassifierDraft:
    """The demo's few codes in English ("en"), Russian ("ru") or Kazakh ("kk"); the file
    name in the language of `names` (the demo's)."""
    texts = _descriptions(language)
    rows = [EntryDraft(r[0], texts[r[0]], r[1], r[2]) for r in _CODES]
    digest = hashlib.sha256(repr(rows).encode()).hexdigest()
    file_name = (names or DemoNames()).format("GreenDesk demo extract ({language})",
                                              language=language)
    return ClassifierDraft(tuple(r for r in rows if len(r.code) == 6),
                           tuple(r for r in rows if len(r.code) < 6), file_name, digest)


# The label of each language's classifier version, in that language.
CLASSIFIER_LABELS = {"en": "Demo extract of the List of Waste",
                     "ru": "Демо-выписка классификатора отходов",
                     "kk": "Қалдықтар сыныптауышының демо-үзіндісі"}


def extend(db: Database, ctx: DemoContext) -> None:
    """The demo's classifier extract, waste types, storages and a few years of movements."""
    t = ctx.names
    # English and Russian in every demo (the English demo as before), Kazakh in the Kazakh one.
    for language in ("en", "ru") + (("kk",) if t.language == "kk" else ()):
        load_classifier(db, demo_classifier(language, t), language, CLASSIFIER_LABELS[language])
    nodes, sites = ctx.ids.nodes, ctx.ids.sites
    mine, conc, smelt = sites[S_MINE], sites[S_CONC], sites[S_SMELT]
    for site_name, dump in ((S_MINE, "Overburden dump No. 1"),
                            (S_CONC, "Tailings storage facility"), (S_SMELT, "Slag heap")):
        set_storage_role(db, nodes[(site_name, dump)], StorageRole.FORMATION)

    oil_storage, _ = structure.add_node(db, structure.NodeDraft(mine, t(OIL_STORAGE),
                                                                NodeKind.STOCK))
    old_dump, _ = structure.add_node(db, structure.NodeDraft(
        smelt, t(OLD_SLAG_DUMP), NodeKind.STOCK, note=t("Slag placed before the records began.")))
    set_storage_role(db, old_dump, StorageRole.FORMATION)
    slag_plant, _ = structure.add_node(db, structure.NodeDraft(smelt, t(SLAG_PLANT),
                                                               NodeKind.PROCESS))
    aggregate_customer, _ = structure.add_node(db, structure.NodeDraft(
        smelt, t(AGGREGATE_CUSTOMER), NodeKind.CUSTOMER))
    oil_material, _ = add_material(db, MaterialDraft(
        t("Waste engine oil"), MaterialCategory.WASTE, QuantityKind.MASS, "t",
        density_t_per_m3=0.88, waste_code="130205"))
    historic_slag, _ = add_material(db, MaterialDraft(
        t("Historic copper slag"), MaterialCategory.WASTE, QuantityKind.MASS, "t",
        density_t_per_m3=3.3, waste_code="100601"))
    aggregate, _ = add_material(db, MaterialDraft(
        t("Crushed slag aggregate"), MaterialCategory.BY_PRODUCT, QuantityKind.MASS, "t",
        density_t_per_m3=1.9))

    def material(name: str) -> int:
        return ctx.ids.materials[name][0]

    S = PhysicalState
    types = {}
    for site, name, code, state, node, extra in (
            (mine, "Overburden", "01 01 01", S.SOLID, (S_MINE, "Open-pit mining"),
             dict(material_id=material("Overburden"), legacy_level=LegacyLevel.GREEN)),
            (mine, "Waste engine oil", "13 02 05*", S.LIQUID, (S_MINE, "Open-pit mining"),
             dict(material_id=oil_material, hp_properties=("HP7", "HP14"),
                  legacy_level=LegacyLevel.AMBER)),
            (conc, "Flotation tailings", "01 03 06", S.SLUDGE,
             (S_CONC, "Grinding and flotation"),
             dict(material_id=material("Flotation tailings"), legacy_level=LegacyLevel.GREEN,
                  mirror_assessment=t(TAILINGS_ASSESSMENT))),
            (smelt, "Copper smelting slag", "10 06 01", S.SOLID,
             (S_SMELT, "Smelting and converting"),
             dict(material_id=material("Copper smelting slag"), legacy_level=LegacyLevel.GREEN,
                  storage_limit_months=12)),
            (smelt, "Historic slag", "10 06 01", S.SOLID, (S_SMELT, SLAG_PLANT),
             dict(material_id=historic_slag, legacy_level=LegacyLevel.GREEN)),
            (smelt, "Gas-cleaning sludge", "10 06 07*", S.SLUDGE,
             (S_SMELT, "Sulphuric acid plant"),
             dict(material_id=material("Gas-cleaning sludge"), hp_properties=("HP6", "HP14"),
                  legacy_level=LegacyLevel.AMBER))):
        node_id = slag_plant if node == (S_SMELT, SLAG_PLANT) else nodes[node]
        types[name], _ = register_waste_type(db, WasteTypeDraft(
            site, t(name), code, state, node_id, **extra))  # type: ignore[arg-type]

    set_passport(db, types["Gas-cleaning sludge"], PassportDraft(
        tuple(ComponentDraft(t(name), share, unit, t(SLUDGE_BASIS))
              for name, share, unit in SLUDGE_COMPOSITION),
        (("HP6", t(SLUDGE_HP6_BASIS)),)))

    last = max(ctx.years)
    contractor, _ = add_contractor(db, ContractorDraft(
        t(CONTRACTOR), make_valid_bin("100940"), "KZ-02VCZ-0071-2021", date(last + 2, 12, 31),
        ("R4", "R5", "R9", "D1", "D5", "D9", "D10")))

    catalog = load_catalog(db)
    sludge = ledger.LedgerFilter(site_id=smelt, node_id=nodes[(S_SMELT, "Hazardous waste "
                                                                        "contractor")],
                                 material_id=material("Gas-cleaning sludge"))
    ids = [r.id for r in ledger.fetch_page(db, sludge, catalog, 0, 100_000)]
    assign_transfer(db, ids, contractor, "D9")

    month = DatePrecision.MONTH
    for i, year in enumerate(sorted(ctx.years)):
        slag_t = SLAG_RECYCLED_MONTHLY_T[min(i, len(SLAG_RECYCLED_MONTHLY_T) - 1)]
        for m in range(1, 13):
            day = date(year, m, 1)
            RecordMovement(MovementDraft(
                types["Waste engine oil"], MovementKind.GENERATED, day, OIL_MONTHLY_T, "t",
                to_node_id=oil_storage, method=Method.CALCULATED, date_precision=month)
            ).apply(db)
            if m % 3 == 0:
                RecordMovement(MovementDraft(
                    types["Waste engine oil"], MovementKind.TRANSFERRED, day,
                    OIL_QUARTERLY_TRANSFER_T, "t", from_node_id=oil_storage,
                    contractor_id=contractor, operation="R9", date_precision=month)).apply(db)
            if slag_t:
                RecordMovement(MovementDraft(
                    types["Historic slag"], MovementKind.RECYCLED, day, slag_t, "t",
                    from_node_id=old_dump, to_node_id=slag_plant,
                    date_precision=month)).apply(db)
                rejects = slag_t * SLAG_REJECTS
                RecordMovement(MovementDraft(
                    types["Historic slag"], MovementKind.PLACED, day, rejects, "t",
                    from_node_id=slag_plant, to_node_id=old_dump,
                    date_precision=month)).apply(db)
                AddFlows([FlowDraft(day, slag_plant, aggregate_customer, aggregate,
                                    slag_t - rejects, "t", date_precision=month)]).apply(db)
    _basis(db, ctx, catalog)
    _stock_takings(db, ctx, ((oil_storage, oil_material, 0.0),
                             (old_dump, historic_slag, OLD_SLAG_T)))


def _stock_takings(db: Database, ctx: DemoContext,
                   stocks: tuple[tuple[int, int, float], ...]) -> None:
    """Counts at the start and at every month end, equal to what the flows leave there."""
    try:
        from greendesk.services.balances import StockTakingDraft, record_stock_takings
    except ImportError:  # the balances area is not part of this build
        return
    from greendesk.services.waste_stock import level_at

    first = date(min(ctx.years), 1, 1)
    ends = [add_months(date(y, m, 1), 1) - timedelta(days=1)
            for y in sorted(ctx.years) for m in range(1, 13)]
    drafts = []
    for node_id, material_id, opening in stocks:
        for day in [first - timedelta(days=1), *ends]:
            qty = opening + level_at(db, material_id, node_id, day)
            drafts.append(StockTakingDraft(node_id, material_id, day, round(qty, 3), "t",
                                           Method.MEASURED, 0.5))
    record_stock_takings(db, drafts)


def _basis(db: Database, ctx: DemoContext, catalog) -> None:
    """Main product per site and year as the flows show it; output value of the anodes."""
    nodes, sites, t = ctx.ids.nodes, ctx.ids.sites, ctx.names
    products = (
        (sites[S_MINE], "Copper ore", (S_MINE, "Ore dispatch to concentrator")),
        (sites[S_CONC], "Copper concentrate", (S_CONC, "Concentrate dispatch to smelter")),
        (sites[S_SMELT], "Anode copper", (S_SMELT, "Anode copper customer")),
    )
    for year in ctx.years:
        for site_id, name, node in products:
            f = ledger.LedgerFilter(date_from=date(year, 1, 1), date_to=date(year, 12, 31),
                                    site_id=site_id, node_id=nodes[node],
                                    material_id=ctx.ids.materials[name][0])
            tonnes = round(ledger.totals(db, f, catalog).by_kind[QuantityKind.MASS], 3)
            value = round(tonnes * ANODE_PRICE_MKZT_PER_T, 1) if name == "Anode copper" \
                else None
            set_basis(db, site_id, year, t(name), tonnes, value, t("million KZT"))
            if name == "Anode copper":
                set_basis(db, None, year, t(name), tonnes, value, t("million KZT"))
