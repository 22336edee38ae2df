"""A small plant in which every term of every report formula carries a value (issue 15 §10).

The demo plant leaves terms at zero (no energy losses, no readings below a lower limit, ...),
so a formula with a wrong sign or a missing term still gives the demo's figures. Here, in
2025 at one mine, written through the services as an officer would:

- ore: every loss reason (transport, handling, storage, process, measurement), a stock
  change on the ore stockpile and an unaccounted remainder;
- energy: electricity bought, generated and exported, a cable loss, diesel bought into a
  tank with a stock change and 5 t unaccounted, so the site's energy balance has every term;
- water (a volume) beside mass and energy, for the ledger's totals;
- waste oil (hazardous): opening stock from 2024, generated, received from another
  enterprise, recycled on site beyond the year's generation (a share above 100 %),
  transferred to a contractor for disposal (D9) and recovery (R9); waste rock placed into
  a formation from its stockpile and straight from the pit;
- the formation with a copper sample (recoverable value and processing cost);
- a well at the formation with readings below pH's lower limit and above sulphate's upper one,
  in a PEK programme measuring pH monthly and sulphate quarterly (so some are missing);
- plan actions done and not applicable.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from greendesk.demo.waste import CLASSIFIER_LABELS, demo_classifier
from greendesk.models import (
    FormationKind,
    FormationStatus,
    LossReason,
    MaterialCategory,
    Medium,
    NodeKind,
    PekFrequency,
    PhysicalState,
    QuantityKind,
    SiteKind,
    SourceKind,
    StorageRole,
)
from greendesk.models.checklist import ActionStatus
from greendesk.services import balances, checklist, structure
from greendesk.services import formations as fs
from greendesk.services import monitoring as ms
from greendesk.services.classifier import load_classifier
from greendesk.services.flows import AddFlows, FlowDraft
from greendesk.services.materials import MaterialDraft, add_material
from greendesk.services.pek import ProgrammeDraft, set_programme
from greendesk.services.waste import (
    ContractorDraft,
    WasteTypeDraft,
    add_contractor,
    register_waste_type,
)
from greendesk.services.waste_movements import (
    MovementDraft,
    MovementKind,
    RecordMovement,
    set_storage_role,
)
from greendesk.store.db import Database
from greendesk.validation import make_valid_bin

YEAR = 2025
SITE = "Fixture mine"
MARCH, APRIL = date(YEAR, 3, 10), date(YEAR, 4, 10)


@dataclass(frozen=True)
class FixturePlant:
    """The plant's database and the ids a test may need."""
    db: Database
    site_id: int
    nodes: dict[str, int]
    materials: dict[str, int]
    formation_id: int


def build_fixture_plant(db: Database) -> FixturePlant:
    """Write the fixture plant into an empty, migrated database."""
    structure.set_enterprise(db, "Fixture Copper LLP", make_valid_bin("200140"))
    site, _ = structure.add_site(db, structure.SiteDraft(SITE, "Karaganda", SiteKind.MINE))
    K, L = NodeKind, LossReason
    nodes: dict[str, int] = {}
    for name, kind, reason in (
            ("Subsoil", K.ENVIRONMENT, None), ("River intake", K.ENVIRONMENT, None),
            ("Mining", K.PROCESS, None), ("Ore stockpile", K.STOCK, None),
            ("Haulage losses", K.LOSS, L.TRANSPORT), ("Dusting losses", K.LOSS, L.HANDLING),
            ("Stockpile losses", K.LOSS, L.STORAGE), ("Process losses", K.LOSS, L.PROCESS),
            ("Weighing differences", K.LOSS, L.MEASUREMENT), ("Ore customer", K.CUSTOMER, None),
            ("Power grid", K.SUPPLIER, None), ("Diesel supplier", K.SUPPLIER, None),
            ("Diesel tank", K.STOCK, None), ("Generator", K.PROCESS, None),
            ("Grid export", K.CUSTOMER, None), ("Cable losses", K.LOSS, L.PROCESS),
            ("Workshop", K.PROCESS, None), ("Waste store", K.STOCK, None),
            ("Rock dump", K.STOCK, None), ("Rock stockpile", K.STOCK, None), ("Recycling unit", K.PROCESS, None),
            ("Waste contractor", K.CONTRACTOR, None), ("Other enterprise", K.SUPPLIER, None)):
        nodes[name], _ = structure.add_node(db, structure.NodeDraft(site, name, kind, reason))
    C, Q = MaterialCategory, QuantityKind
    materials: dict[str, int] = {}
    for draft in (
            MaterialDraft("Ore", C.RAW_MATERIAL, Q.MASS, "t", density_t_per_m3=2.7),
            MaterialDraft("Electricity", C.ENERGY_CARRIER, Q.ENERGY, "MWh", tce_factor=0.123,
                          tce_factor_unit="MWh"),
            MaterialDraft("Diesel", C.ENERGY_CARRIER, Q.MASS, "t", density_t_per_m3=0.84,
                          ncv_gj_per_unit=42.6, tce_factor=1.45, tce_factor_unit="t"),
            MaterialDraft("Fresh water", C.WATER, Q.VOLUME, "thousand m³",
                          density_t_per_m3=1.0),
            MaterialDraft("Waste oil", C.WASTE, Q.MASS, "t", density_t_per_m3=0.88,
                          waste_code="130205"),
            MaterialDraft("Waste rock", C.WASTE, Q.MASS, "t", density_t_per_m3=2.0,
                          waste_code="010101")):
        materials[draft.name], _ = add_material(db, draft)
    _flows(db, nodes, materials)
    formation_id = _waste(db, site, nodes, materials)
    _monitoring(db, formation_id)
    _plan(db, site)
    _air_and_fees(db, site, nodes, materials)
    return FixturePlant(db, site, nodes, materials, formation_id)


def _flows(db: Database, n: dict[str, int], m: dict[str, int]) -> None:
    """Ore with every loss reason and a remainder; energy with every term; water."""
    def flow(src: str, dst: str, material: str, qty: float, unit: str = "t") -> FlowDraft:
        return FlowDraft(MARCH, n[src], n[dst], m[material], qty, unit)

    AddFlows([
        flow("Subsoil", "Mining", "Ore", 10_000.0),
        flow("Mining", "Ore stockpile", "Ore", 9_700.0),
        flow("Mining", "Haulage losses", "Ore", 60.0),
        flow("Mining", "Process losses", "Ore", 40.0),
        flow("Mining", "Weighing differences", "Ore", 20.0),
        flow("Ore stockpile", "Stockpile losses", "Ore", 30.0),
        flow("Ore stockpile", "Dusting losses", "Ore", 10.0),
        flow("Ore stockpile", "Ore customer", "Ore", 9_000.0),
        flow("Power grid", "Mining", "Electricity", 500.0, "MWh"),
        flow("Generator", "Mining", "Electricity", 50.0, "MWh"),
        flow("Mining", "Grid export", "Electricity", 20.0, "MWh"),
        flow("Mining", "Cable losses", "Electricity", 10.0, "MWh"),
        flow("Diesel supplier", "Diesel tank", "Diesel", 100.0),
        flow("Diesel tank", "Generator", "Diesel", 60.0),
        flow("River intake", "Mining", "Fresh water", 12.5, "thousand m³"),
    ]).apply(db)
    feb, mar = date(YEAR, 2, 28), date(YEAR, 3, 31)
    balances.record_stock_takings(db, [
        balances.StockTakingDraft(n["Ore stockpile"], m["Ore"], feb, 1_000.0, "t"),
        balances.StockTakingDraft(n["Ore stockpile"], m["Ore"], mar, 1_640.0, "t"),
        balances.StockTakingDraft(n["Diesel tank"], m["Diesel"], feb, 20.0, "t"),
        balances.StockTakingDraft(n["Diesel tank"], m["Diesel"], mar, 55.0, "t"),  # 5 t short
    ])


def _waste(db: Database, site: int, n: dict[str, int], m: dict[str, int]) -> int:
    """Waste oil through its store and out every way; waste rock into the formation."""
    load_classifier(db, demo_classifier("en"), "en", CLASSIFIER_LABELS["en"])
    set_storage_role(db, n["Rock dump"], StorageRole.FORMATION)
    oil, _ = register_waste_type(db, WasteTypeDraft(
        site, "Waste oil", "13 02 05*", PhysicalState.LIQUID, n["Workshop"],
        material_id=m["Waste oil"], hp_properties=("HP7", "HP14")))
    rock, _ = register_waste_type(db, WasteTypeDraft(
        site, "Waste rock", "01 01 01", PhysicalState.SOLID, n["Mining"],
        material_id=m["Waste rock"]))
    contractor, _ = add_contractor(db, ContractorDraft(
        "Fixture EcoService LLP", make_valid_bin("200240"), "KZ-99VCZ-0001-2024",
        date(YEAR + 2, 12, 31), ("R9", "D9")))
    formation_id, _ = fs.add_formation(db, fs.FormationDraft(
        name="Rock dump", kind=FormationKind.WASTE_ROCK_DUMP, status=FormationStatus.OPERATING,
        site_id=site, node_id=n["Rock dump"], opening_date=date(YEAR - 1, 1, 1),
        opening_tonnage_t=1_000_000.0, density_t_m3=2.0, area_ha=12.0, waste_code="010101",
        hazardous=False))
    fs.add_sample(db, fs.SampleDraft(formation_id, "RD-01", (fs.AssayDraft("Cu", 0.3),),
                                     taken_on=date(YEAR, 5, 20), depth_m=2.0))
    G, R, T, P = (MovementKind.GENERATED, MovementKind.RECYCLED, MovementKind.TRANSFERRED,
                  MovementKind.PLACED)
    store = n["Waste store"]
    for draft in (
            MovementDraft(oil, G, date(YEAR - 1, 6, 10), 40.0, to_node_id=store),  # opening
            MovementDraft(oil, G, date(YEAR, 2, 10), 10.0, to_node_id=store),
            MovementDraft(oil, R, MARCH, 25.0, from_node_id=store,
                          to_node_id=n["Recycling unit"]),  # old stock: share above 100 %
            MovementDraft(oil, T, APRIL, 15.0, from_node_id=store, contractor_id=contractor,
                          operation="D9", to_node_id=n["Waste contractor"]),
            MovementDraft(oil, T, date(YEAR, 5, 10), 5.0, from_node_id=store,
                          contractor_id=contractor, operation="R9",
                          to_node_id=n["Waste contractor"]),
            MovementDraft(rock, G, date(YEAR - 1, 6, 10), 800.0,
                          to_node_id=n["Rock stockpile"]),
            MovementDraft(rock, P, MARCH, 500.0, from_node_id=n["Rock stockpile"],
                          to_node_id=n["Rock dump"]),
            MovementDraft(rock, P, APRIL, 5.0, to_node_id=n["Rock dump"])):
        RecordMovement(draft).apply(db)
    AddFlows([FlowDraft(APRIL, n["Other enterprise"], store, m["Waste oil"], 8.0, "t"),
              FlowDraft(date(YEAR, 6, 3), store, n["Stockpile losses"], m["Waste oil"], 2.0,
                        "t"),
              FlowDraft(date(YEAR, 7, 8), n["Rock dump"], n["Mining"], m["Waste rock"], 30.0,
                        "t")]).apply(db)  # received from another enterprise; a spill lost;
    # rock taken back out of the dump (backfill)
    return formation_id


def _monitoring(db: Database, formation_id: int) -> None:
    """A well at the formation: pH below its lower limit, sulphate above its upper one."""
    params = {p.code: p.id for p in ms.list_parameters(db)}
    point, _ = ms.add_point(db, ms.PointDraft("Well W-1", SourceKind.FORMATION,
                                              Medium.GROUNDWATER, 31,
                                              formation_id=formation_id))
    ms.set_limit(db, point, params["pH"], 8.5, 6.5, basis="Permit, appendix 3")
    ms.set_limit(db, point, params["SO4"], 500.0, basis="Permit, appendix 3")
    ms.add_readings(db, [
        ms.ReadingDraft(point, params["pH"], date(YEAR, 3, 15), 6.1),
        ms.ReadingDraft(point, params["pH"], date(YEAR, 4, 15), 7.2),
        ms.ReadingDraft(point, params["SO4"], date(YEAR, 3, 15), 420.0),
        ms.ReadingDraft(point, params["SO4"], date(YEAR, 4, 15), 560.0),
    ])
    set_programme(db, point, [
        ProgrammeDraft(params["pH"], PekFrequency.MONTHLY, "Potentiometric", "Site laboratory"),
        ProgrammeDraft(params["SO4"], PekFrequency.QUARTERLY, "Gravimetric", "Site laboratory")])


def _plan(db: Database, site: int) -> None:
    """One action done and one not applicable under the first measure."""
    checklist.ensure_ready(db)
    actions = checklist.list_actions(db, site)
    first = actions[0].measure_id
    done, na = [a for a in actions if a.measure_id == first][:2]
    checklist.update_action(db, done.id, checklist.ActionDraft(
        ActionStatus.DONE, owner="Chief engineer", estimated_cost=1_200_000.0))
    checklist.update_action(db, na.id, checklist.ActionDraft(
        ActionStatus.NOT_APPLICABLE, not_applicable_reason="No such equipment at the mine."))


def _air_and_fees(db: Database, site: int, n: dict[str, int], m: dict[str, int]) -> None:
    """The shipped fee rates and IPCC factors; the generator's stack burning the diesel, with
    a methane norm it exceeds; a permit whose burial limit the rock dump exceeds — so the fee's
    within- and above-norm terms both carry a value."""
    from sqlalchemy import select

    from greendesk.models import WasteType
    from greendesk.models.emissions import EmissionSourceKind
    from greendesk.services import emission_sources as es
    from greendesk.services.factors import load_default_factors
    from greendesk.services.fee_rates import default_rates_file, load_rates, read_rates_file
    from greendesk.services.permit_terms import WasteLimit, set_permit_terms
    from greendesk.services.permits import PermitDraft, add_permit

    load_rates(db, read_rates_file(default_rates_file(), "en"), "Fixture: the shipped rates")
    load_default_factors(db)
    permit, _ = add_permit(db, PermitDraft(site, "KZ-FIX-0001", date(YEAR - 1, 12, 1),
                                           "Fixture authority", date(YEAR - 1, 12, 1)))
    with db.read() as s:
        rock = s.scalars(select(WasteType.id).where(WasteType.name == "Waste rock")).one()
    set_permit_terms(db, permit, ["Keep within the limits."], [WasteLimit(rock, None, 1.0)])
    stack, _ = es.add_source(db, es.SourceDraft(
        site, "0001", "Generator stack", EmissionSourceKind.ORGANISED, node_id=n["Generator"],
        height_m=12.0, streams=(es.StreamDraft(n["Diesel tank"], n["Generator"], m["Diesel"],
                                               "diesel"),)))
    es.add_norm(db, es.NormDraft(permit, stack, "CH4", None, 0.001, date(YEAR, 1, 1)))
