"""The demo plant: a Kazakh copper chain (open pit → concentrator → smelter, Karaganda region).

The monthly figures follow one ore stream so that the next sections have coherent numbers
to show: 0.60 % Cu ore, 88 % flotation recovery into a 22 % Cu concentrate, tailings ≈ 97.6 %
of the ore, 96.5 % metallurgical recovery, about 2.9 t of slag per tonne of anode copper,
and the energy a plant of this size uses. `write_scaled` writes the same plant with many
more metering points and daily readings, for benchmarks at a million records.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np

from greendesk.demo.names import DemoNames
from greendesk.models import LossReason, MaterialCategory, NodeKind, QuantityKind, SiteKind
from greendesk.services import structure
from greendesk.services.flow_writes import FlowWriter
from greendesk.services.materials import MaterialDraft, add_material
from greendesk.store.db import Database, open_database
from greendesk.units import MaterialUnits, factor
from greendesk.validation import make_valid_bin

ORE_GRADE_CU = 0.0060
FLOTATION_RECOVERY = 0.88
CONCENTRATE_GRADE_CU = 0.22
SMELTER_RECOVERY = 0.965
ANODE_GRADE_CU = 0.993

M, R, I, P, B, E, W, X = (  # noqa: E741 - material categories, short for the table below
    MaterialCategory.RAW_MATERIAL, MaterialCategory.REAGENT, MaterialCategory.INTERMEDIATE,
    MaterialCategory.PRODUCT, MaterialCategory.BY_PRODUCT, MaterialCategory.ENERGY_CARRIER,
    MaterialCategory.WATER, MaterialCategory.WASTE,
)
MASS, VOL, EN = QuantityKind.MASS, QuantityKind.VOLUME, QuantityKind.ENERGY

# name, category, kind, default unit, density t/m³, NCV GJ per t, tce factor, its unit, LoW code
MATERIALS: list[tuple] = [
    ("Copper ore", M, MASS, "t", 2.7, None, None, None, None),
    ("Overburden", X, MASS, "t", 2.2, None, None, None, "010101"),
    ("Diesel fuel", E, MASS, "t", 0.84, 42.6, 1.45, "t", None),
    ("Explosives (ANFO)", R, MASS, "t", 0.85, None, None, None, None),
    ("Electricity", E, EN, "MWh", None, None, 0.123, "MWh", None),
    ("Heat", E, EN, "Gcal", None, None, 1 / 7, "Gcal", None),
    ("Karaganda coal", E, MASS, "t", 0.85, 21.28, 0.726, "t", None),
    ("Fresh water", W, VOL, "thousand m³", 1.0, None, None, None, None),
    ("Butyl xanthate", R, MASS, "t", None, None, None, None, None),
    ("Frother", R, MASS, "t", None, None, None, None, None),
    ("Lime", R, MASS, "t", None, None, None, None, None),
    ("Grinding media", R, MASS, "t", None, None, None, None, None),
    ("Copper concentrate", I, MASS, "t", 2.2, None, None, None, None),
    ("Flotation tailings", X, MASS, "t", 1.45, None, None, None, "010306"),
    ("Quartz flux", M, MASS, "t", 1.6, None, None, None, None),
    ("Oxygen", M, MASS, "t", None, None, None, None, None),
    ("Blister copper", I, MASS, "t", None, None, None, None, None),
    ("Anode copper", P, MASS, "t", None, None, None, None, None),
    ("Sulphur dioxide", I, MASS, "t", None, None, None, None, None),
    ("Process water", W, MASS, "t", 1.0, None, None, None, None),
    ("Sulphuric acid", B, MASS, "t", 1.83, None, None, None, None),
    ("Copper smelting slag", X, MASS, "t", 3.3, None, None, None, "100601"),
    ("Gas-cleaning sludge", X, MASS, "t", 1.3, None, None, None, "100607"),
]

S_MINE, S_CONC, S_SMELT = "Nurken open pit", "Nurken concentrator", "Nurken copper smelter"
SITES = [(S_MINE, SiteKind.MINE), (S_CONC, SiteKind.CONCENTRATOR), (S_SMELT, SiteKind.SMELTER)]
K = NodeKind
NODES: dict[str, list[tuple[str, NodeKind, LossReason | None]]] = {
    S_MINE: [
        ("Subsoil (Nurken deposit)", K.ENVIRONMENT, None),
        ("Fuel supplier", K.SUPPLIER, None),
        ("Explosives supplier", K.SUPPLIER, None),
        ("Power grid", K.SUPPLIER, None),
        ("Open-pit mining", K.PROCESS, None),
        ("Run-of-mine ore stockpile", K.STOCK, None),
        ("Overburden dump No. 1", K.STOCK, None),
        ("Ore haulage losses", K.LOSS, LossReason.TRANSPORT),
        ("Ore dispatch to concentrator", K.CUSTOMER, None),
    ],
    S_CONC: [
        ("Ore receipt from the mine", K.SUPPLIER, None),
        ("Reagent supplier", K.SUPPLIER, None),
        ("Power grid", K.SUPPLIER, None),
        ("District heating", K.SUPPLIER, None),
        ("Nura river intake", K.ENVIRONMENT, None),
        ("Crushing", K.PROCESS, None),
        ("Grinding and flotation", K.PROCESS, None),
        ("Concentrate warehouse", K.STOCK, None),
        ("Tailings storage facility", K.STOCK, None),
        ("Crusher dusting losses", K.LOSS, LossReason.HANDLING),
        ("Concentrate dispatch to smelter", K.CUSTOMER, None),
    ],
    S_SMELT: [
        ("Concentrate receipt", K.SUPPLIER, None),
        ("Coal supplier", K.SUPPLIER, None),
        ("Flux quarry", K.SUPPLIER, None),
        ("Oxygen plant", K.SUPPLIER, None),
        ("Process water supply", K.SUPPLIER, None),
        ("Power grid", K.SUPPLIER, None),
        ("District heating", K.SUPPLIER, None),
        ("Smelting and converting", K.PROCESS, None),
        ("Fire refining and anode casting", K.PROCESS, None),
        ("Sulphuric acid plant", K.PROCESS, None),
        ("Slag heap", K.STOCK, None),
        ("Anode copper customer", K.CUSTOMER, None),
        ("Acid customer", K.CUSTOMER, None),
        ("Hazardous waste contractor", K.CONTRACTOR, None),
        ("Stack emissions", K.ENVIRONMENT, None),
    ],
}


@dataclass(frozen=True)
class MonthlyFlow:
    """One demo metering point: monthly quantity in `unit`, with how it is measured."""

    site: str
    source: str
    target: str
    material: str
    unit: str
    monthly: float
    method: str = "measured"
    uncertainty: float | None = 2.0
    seasonal: str = "flat"  # "flat", "winter" (heating), "summer" (water)


def _chain() -> list[MonthlyFlow]:
    ore = 500_000.0
    cu_ore = ore * ORE_GRADE_CU
    conc = cu_ore * FLOTATION_RECOVERY / CONCENTRATE_GRADE_CU  # 12,000 t
    haul_loss = ore * 0.001
    dispatched = ore - haul_loss - 500.0  # the stockpile grows a little every month
    dust = dispatched * 0.0005
    to_flotation = dispatched - dust
    tailings = (to_flotation - conc) * 0.9985  # the rest is the unaccounted loss
    conc_sent = conc - 40.0
    cu_conc = conc_sent * CONCENTRATE_GRADE_CU
    anode = cu_conc * SMELTER_RECOVERY / ANODE_GRADE_CU
    blister = anode * 1.008
    slag = anode * 2.9
    so2 = conc_sent * 0.30 * 2 * 0.95  # 30 % S → SO₂, 95 % captured
    acid = so2 * 98.08 / 64.07 * 0.995
    mf = MonthlyFlow
    L_DIESEL = 900.0 / 0.84 * 1000  # litres
    return [
        # The mine: 0.6 % Cu ore at a stripping ratio of 3 t/t.
        # Surveyed volumes × density: 2 % more than leaves the pit (ore lost in benches and
        # walls, the usual open-pit mining loss; it shows as the mine's unaccounted loss).
        mf(S_MINE, "Subsoil (Nurken deposit)", "Open-pit mining", "Copper ore", "t",
           ore * 1.02, "calculated", 5.0),
        mf(S_MINE, "Subsoil (Nurken deposit)", "Open-pit mining", "Overburden", "kt",
           1500.0, "calculated", 5.0),
        mf(S_MINE, "Open-pit mining", "Run-of-mine ore stockpile", "Copper ore", "t", ore - haul_loss),
        mf(S_MINE, "Open-pit mining", "Ore haulage losses", "Copper ore", "t", haul_loss,
           "estimated", 25.0),
        mf(S_MINE, "Open-pit mining", "Overburden dump No. 1", "Overburden", "kt", 1500.0,
           "calculated", 5.0),
        mf(S_MINE, "Run-of-mine ore stockpile", "Ore dispatch to concentrator", "Copper ore",
           "t", dispatched),
        mf(S_MINE, "Fuel supplier", "Open-pit mining", "Diesel fuel", "L", L_DIESEL),
        mf(S_MINE, "Explosives supplier", "Open-pit mining", "Explosives (ANFO)", "t", 500.0),
        mf(S_MINE, "Power grid", "Open-pit mining", "Electricity", "MWh", 1_000.0),
        # The concentrator: 88 % recovery into a 22 % Cu concentrate.
        mf(S_CONC, "Ore receipt from the mine", "Crushing", "Copper ore", "t", dispatched),
        mf(S_CONC, "Crushing", "Crusher dusting losses", "Copper ore", "t", dust, "estimated", 30.0),
        mf(S_CONC, "Crushing", "Grinding and flotation", "Copper ore", "t", to_flotation),
        mf(S_CONC, "Grinding and flotation", "Concentrate warehouse", "Copper concentrate",
           "t", conc),
        mf(S_CONC, "Grinding and flotation", "Tailings storage facility", "Flotation tailings",
           "t", tailings, "calculated", 5.0),
        mf(S_CONC, "Concentrate warehouse", "Concentrate dispatch to smelter",
           "Copper concentrate", "t", conc_sent),
        mf(S_CONC, "Reagent supplier", "Grinding and flotation", "Butyl xanthate", "t", 20.0),
        mf(S_CONC, "Reagent supplier", "Grinding and flotation", "Frother", "t", 10.0),
        mf(S_CONC, "Reagent supplier", "Grinding and flotation", "Lime", "t", 500.0),
        mf(S_CONC, "Reagent supplier", "Grinding and flotation", "Grinding media", "t", 400.0),
        mf(S_CONC, "Power grid", "Crushing", "Electricity", "MWh", 2_500.0),
        mf(S_CONC, "Power grid", "Grinding and flotation", "Electricity", "MWh", 10_000.0),
        mf(S_CONC, "District heating", "Grinding and flotation", "Heat", "Gcal", 1_500.0,
           seasonal="winter"),
        mf(S_CONC, "Nura river intake", "Grinding and flotation", "Fresh water", "thousand m³",
           250.0, seasonal="summer"),
        # The smelter: 96.5 % recovery into 99.3 % anode copper, acid from the off-gas.
        mf(S_SMELT, "Concentrate receipt", "Smelting and converting", "Copper concentrate", "t",
           conc_sent),
        mf(S_SMELT, "Flux quarry", "Smelting and converting", "Quartz flux", "t", 1_400.0),
        # Oxygen closes the smelting balance: it leaves in the slag, SO₂ and off-gas.
        mf(S_SMELT, "Oxygen plant", "Smelting and converting", "Oxygen", "t",
           blister + slag + so2 / 0.95 - conc_sent - 1_400.0, "calculated", 5.0),
        mf(S_SMELT, "Coal supplier", "Smelting and converting", "Karaganda coal", "t", 650.0),
        mf(S_SMELT, "Smelting and converting", "Fire refining and anode casting",
           "Blister copper", "t", blister),
        mf(S_SMELT, "Smelting and converting", "Slag heap", "Copper smelting slag", "t", slag),
        mf(S_SMELT, "Smelting and converting", "Sulphuric acid plant", "Sulphur dioxide", "t",
           so2, "calculated", 5.0),
        mf(S_SMELT, "Smelting and converting", "Stack emissions", "Sulphur dioxide", "t",
           so2 / 0.95 * 0.05, "calculated", 10.0),
        mf(S_SMELT, "Fire refining and anode casting", "Anode copper customer", "Anode copper",
           "t", anode),
        mf(S_SMELT, "Oxygen plant", "Sulphuric acid plant", "Oxygen", "t", so2 * 16.0 / 64.07,
           "calculated", 5.0),
        mf(S_SMELT, "Process water supply", "Sulphuric acid plant", "Process water", "t",
           so2 * 18.02 / 64.07),
        mf(S_SMELT, "Sulphuric acid plant", "Acid customer", "Sulphuric acid", "t", acid),
        mf(S_SMELT, "Sulphuric acid plant", "Hazardous waste contractor", "Gas-cleaning sludge",
           "t", 90.0),
        mf(S_SMELT, "Power grid", "Smelting and converting", "Electricity", "MWh", 3_000.0),
        mf(S_SMELT, "Power grid", "Fire refining and anode casting", "Electricity", "MWh", 800.0),
        mf(S_SMELT, "Power grid", "Sulphuric acid plant", "Electricity", "MWh", 600.0),
        mf(S_SMELT, "District heating", "Smelting and converting", "Heat", "Gcal", 1_200.0,
           seasonal="winter"),
    ]


def last_complete_year(today: date | None = None) -> int:
    """The demo's data run to the end of last year."""
    return (today or date.today()).year - 1


def _seasonal(kind: str, month: int) -> float:
    """Heating peaks in January, water intake in July; production dips a little in winter."""
    phase = math.cos((month - 1) / 12 * 2 * math.pi)  # +1 in January, −1 in July
    if kind == "winter":
        return max(0.08, 1.0 + 0.9 * phase)
    if kind == "summer":
        return 1.0 - 0.35 * phase
    return 1.0 - 0.04 * phase


@dataclass
class _Ids:
    sites: dict[str, int]
    nodes: dict[tuple[str, str], int]
    materials: dict[str, tuple[int, MaterialUnits]]


def metering_section(i: int, names: DemoNames | None = None) -> str:
    """A section of the scaled plant: its English key, or its name in `names`' language."""
    return (names or DemoNames()).format("Metering section {n}", n=f"{i:02d}")


def _build_structure(db: Database, names: DemoNames, extra_units_per_site: int = 0) -> _Ids:
    """Enterprise, sites, nodes and materials, written in `names`' language; the ids are
    keyed by the English names the demo's code uses."""
    structure.set_enterprise(db, names("Saryarka Copper JSC"), make_valid_bin("050340"))
    sites: dict[str, int] = {}
    nodes: dict[tuple[str, str], int] = {}
    for site_name, kind in SITES:
        site_id, _ = structure.add_site(db, structure.SiteDraft(
            names(site_name), names("Karaganda"), kind))
        sites[site_name] = site_id
        extra = {metering_section(i): metering_section(i, names)
                 for i in range(1, extra_units_per_site + 1)}
        for name, nkind, reason in NODES[site_name] + [(k, K.PROCESS, None) for k in extra]:
            node_id, _ = structure.add_node(db, structure.NodeDraft(
                site_id, extra.get(name) or names(name), nkind, reason))
            nodes[(site_name, name)] = node_id
    materials: dict[str, tuple[int, MaterialUnits]] = {}
    for name, cat, kind, unit, dens, ncv, tce, tce_unit, code in MATERIALS:
        draft = MaterialDraft(name=names(name), category=cat, kind=kind, default_unit=unit,
                              density_t_per_m3=dens, ncv_gj_per_unit=ncv, tce_factor=tce,
                              tce_factor_unit=tce_unit, waste_code=code)
        mat_id, _ = add_material(db, draft)
        materials[name] = (mat_id, MaterialUnits(names(name), kind.value, dens, ncv))
    return _Ids(sites, nodes, materials)


@dataclass
class DemoContext:
    """What demo extensions get: the ids written so far, the years covered, a seeded rng,
    and the names of the demo's language."""

    ids: _Ids
    years: list[int]
    rng: np.random.Generator
    names: DemoNames = DemoNames()


# Modules that add their area's demo data (stock-takings, assays, wastes, ...): each has
# `extend(db, ctx)`, called in this order after the flows are written.
DEMO_EXTENSIONS: tuple[str, ...] = ("greendesk.demo.language", "greendesk.demo.balances",
                                     "greendesk.demo.waste", "greendesk.demo.formations",
                                     "greendesk.demo.permits", "greendesk.demo.obligations",
                                     "greendesk.demo.fees", "greendesk.demo.emissions")


def write_demo(path: Path, years: int = 3, today: date | None = None, seed: int = 2025,
               language: str | None = "en") -> int:
    """Write the demo plant with `years` complete calendar years of monthly flows.

    `language` ("en", "ru", "kk" or a locale name such as "ru_RU") chooses the language
    of every name and note the demo writes; another language gives the English plant.
    """
    names = DemoNames.for_language(language)
    db = open_database(path)
    try:
        ids = _build_structure(db, names)
        rng = np.random.default_rng(seed)
        end_year = last_complete_year(today)
        rows = []
        for year in range(end_year - years + 1, end_year + 1):
            for month in range(1, 13):
                first = date(year, month, 1).isoformat()
                # One production factor per month keeps the chain coherent month by month.
                production = 1.0 + rng.normal(0.0, 0.03)
                for f in _chain():
                    # Meter noise of a tenth of the stated uncertainty: months then close to
                    # within a few tenths of a per cent, as a well-run plant's books do.
                    noise = rng.normal(0.0, (f.uncertainty or 2.0) / 100 / 10)
                    scale = production if f.seasonal == "flat" else 1.0
                    qty = round(f.monthly * scale * _seasonal(f.seasonal, month) * (1 + noise), 3)
                    mat_id, mu = ids.materials[f.material]
                    rows.append((
                        ids.sites[f.site], first, "month",
                        ids.nodes[(f.site, f.source)], ids.nodes[(f.site, f.target)],
                        mat_id, qty, f.unit, qty * factor(f.unit, mu), f.method, f.uncertainty,
                        "", "measured",
                    ))
        with db.write() as s:
            writer = FlowWriter(s, bulk=True, note=names("The demo plant's monthly flows"))
            writer.add(rows)
            writer.finish()
        ctx = DemoContext(ids, list(range(end_year - years + 1, end_year + 1)), rng, names)
        for name in DEMO_EXTENSIONS:
            import importlib

            importlib.import_module(name).extend(db, ctx)
        _vouch_for_the_rest(db, names)
        return len(rows)
    finally:
        db.close()


def _vouch_for_the_rest(db: Database, names: DemoNames) -> None:
    """Demo extensions may bulk-insert with the driver; the trail vouches for those rows."""
    from greendesk.store.audit_verify import rebase

    with db.write() as s:
        rebase(s.connection(), names("Records written by the demo generator."))


def write_scaled(path: Path, n_flows: int, today: date | None = None, seed: int = 7,
                 language: str | None = "en") -> int:
    """Write the demo plant with ~270 daily metering points and `n_flows` records.

    A million records is ten years of daily readings; dates run back from the end of the
    last complete year. Inserted with the driver's executemany in one transaction.
    """
    chain = _chain()
    extra_per_site = 20
    names = DemoNames.for_language(language)
    db = open_database(path)
    try:
        ids = _build_structure(db, names, extra_units_per_site=extra_per_site)
        points = _scaled_points(chain, ids, extra_per_site)
        n_points = len(points)
        n_days = math.ceil(n_flows / n_points)
        end = date(last_complete_year(today), 12, 31).toordinal()
        rng = np.random.default_rng(seed)
        day_index = np.arange(n_flows) // n_points
        point_index = np.arange(n_flows) % n_points
        noise = 1.0 + rng.normal(0.0, 0.02, n_flows)
        dates = [date.fromordinal(end - n_days + 1 + d).isoformat() for d in range(n_days)]
        with db.write() as s:
            writer = FlowWriter(s, bulk=True,
                                note=names("The scaled demo plant's daily flows"))
            chunk = 100_000
            for start in range(0, n_flows, chunk):
                stop = min(start + chunk, n_flows)
                rows = []
                for i in range(start, stop):
                    site_id, src, dst, mat_id, unit, daily, fac, method, unc = points[
                        point_index[i]]
                    qty = round(daily * float(noise[i]), 3)
                    rows.append((site_id, dates[day_index[i]], "day", src, dst, mat_id, qty,
                                 unit, qty * fac, method, unc, "", "measured"))
                writer.add(rows)
            writer.finish()
        return n_flows
    finally:
        db.close()


def _scaled_points(chain: list[MonthlyFlow], ids: _Ids, extra_per_site: int) -> list[tuple]:
    """The demo's metering points, plus electricity, water and heat meters per section."""
    points = []
    for f in chain:
        mat_id, mu = ids.materials[f.material]
        points.append((ids.sites[f.site], ids.nodes[(f.site, f.source)],
                       ids.nodes[(f.site, f.target)], mat_id, f.unit, f.monthly / 30.4,
                       factor(f.unit, mu), f.method, f.uncertainty))
    grid = {S_MINE: "Power grid", S_CONC: "Power grid", S_SMELT: "Power grid"}
    heat = {S_MINE: None, S_CONC: "District heating", S_SMELT: "District heating"}
    for site_name in (S_MINE, S_CONC, S_SMELT):
        for i in range(1, extra_per_site + 1):
            section = ids.nodes[(site_name, metering_section(i))]
            meters = [(grid[site_name], "Electricity", "kWh", 40_000.0 + 1000 * i)]
            if heat_source := heat[site_name]:
                meters.append((heat_source, "Heat", "Gcal", 15.0 + i))
            meters.append((grid[site_name], "Electricity", "MWh", 5.0 + i / 10))
            for source, material, unit, daily in meters:
                mat_id, mu = ids.materials[material]
                points.append((ids.sites[site_name], ids.nodes[(site_name, source)], section,
                               mat_id, unit, daily, factor(unit, mu), "measured", 2.0))
    return points
