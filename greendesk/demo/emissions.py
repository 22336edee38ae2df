"""The demo plant's emissions to air: sources driven by its ledger streams, the factor library
and the permits' norms, so `greendesk emissions` and `ghg` show figures that follow the flows.

The factor library is the shipped IPCC 2006 default set plus the plant's own rows, which are
invented for the demo and say so in their citation (the coal's and diesel's sulphur). The
smelter stack's SO₂ comes from the sulphur balance of the smelting node (the concentrate's,
slag's and blister's S grades of demo/balances.py, the acid plant capturing 95 %), which
gives what the ledger sends to the stack (the coal's SO₂ passes the same acid plant). The
SO₂ norm, 4,000 t a year, is set a little below it, so every quarter of 2025 shows an
exceedance; the concentrator's dust has a norm but no factor, so the missing factor is
named; the stack's NOx is measured at its sampling port (monthly g/s readings), so its basis is "measured".
"""

from __future__ import annotations

import hashlib
from datetime import date

from greendesk.analysis.process_emissions import SULPHUR_BALANCE
from greendesk.demo.plant import S_CONC, S_MINE, S_SMELT, DemoContext
from greendesk.models.emissions import EmissionSourceKind
from greendesk.models.formations import Medium, SourceKind
from greendesk.services import emission_sources as es
from greendesk.services import monitoring as ms
from greendesk.services.factors import FactorDraft, default_drafts, load_factors
from greendesk.services.permits import list_permits
from greendesk.store.db import Database

ILLUSTRATIVE = "Demo data: the plant's methodology, invented for the demo (illustrative)"
DEFAULT_LABEL = "IPCC 2006 Guidelines, Volume 2 (GreenDesk default set)"
SULPHUR_METHOD = "0.02·B·S·(1 − η′)(1 − η″)"


def plant_rows(cite: str) -> list[FactorDraft]:
    """The plant's own rows (demo data, citing `cite`): the fuels' sulphur for
    M = 0.02·B·S·(1 − η′) (S % of the fuel, η′ the share bound in ash)."""
    return [FactorDraft("SO2", "coal", 0.8, "%S", cite, parameter=0.1, method=SULPHUR_METHOD),
            FactorDraft("SO2", "diesel_offroad", 0.001, "%S", cite, parameter=0.0,
                        method=SULPHUR_METHOD)]


ORG = EmissionSourceKind.ORGANISED
FUG = EmissionSourceKind.FUGITIVE


def extend(db: Database, ctx: DemoContext) -> None:
    """Load the factor library, add the sources with their streams and the smelter's and
    concentrator's norms."""
    t, nodes = ctx.names, ctx.ids.nodes
    drafts, sha = default_drafts()
    load_factors(db, drafts, "emission_factors.csv", sha, label=t(DEFAULT_LABEL))
    load_factors(db, [*drafts, *plant_rows(t(ILLUSTRATIVE))], "plant_methodology.csv",
                 # a digest of its own: 64 characters, as a server's column holds
                 hashlib.sha256(f"{sha}-demo".encode()).hexdigest(),
                 label=t("Plant methodology (demo)"))
    mats = {k: v[0] for k, v in ctx.ids.materials.items()}

    def stream(site: str, src: str, dst: str, material: str, activity: str,
               share: float = 1.0) -> es.StreamDraft:
        return es.StreamDraft(nodes[(site, src)], nodes[(site, dst)], mats[material], activity,
                              share)

    sites = ctx.ids.sites
    port = _stack_readings(db, ctx)
    es.add_source(db, es.SourceDraft(
        sites[S_MINE], "6001", t("Haul fleet (dump trucks and loaders)"), FUG,
        node_id=nodes[(S_MINE, "Open-pit mining")], mobile=True,
        streams=(stream(S_MINE, "Fuel supplier", "Open-pit mining", "Diesel fuel",
                        "diesel_offroad"),)))
    stack, _ = es.add_source(db, es.SourceDraft(
        sites[S_SMELT], "0001", t("Smelter main stack"), ORG,
        node_id=nodes[(S_SMELT, "Smelting and converting")], height_m=150.0, diameter_m=7.0,
        gas_flow_m3_s=250.0, gas_temperature_c=120.0, hours_per_year=8400.0,
        monitoring_point_id=port,
        streams=(stream(S_SMELT, "Concentrate receipt", "Smelting and converting",
                        "Copper concentrate", SULPHUR_BALANCE),
                 stream(S_SMELT, "Smelting and converting", "Fire refining and anode casting",
                        "Blister copper", SULPHUR_BALANCE),
                 stream(S_SMELT, "Smelting and converting", "Slag heap", "Copper smelting slag",
                        SULPHUR_BALANCE),
                 stream(S_SMELT, "Coal supplier", "Smelting and converting", "Karaganda coal",
                        "coal")),
        abatement=(es.AbatementDraft(t("Electrostatic precipitator"), "DUST", 0.99),
                   es.AbatementDraft(t("Sulphuric acid plant"), "SO2", 0.95))))
    vent, _ = es.add_source(db, es.SourceDraft(
        sites[S_CONC], "0101", t("Crushing building aspiration vent"), ORG,
        node_id=nodes[(S_CONC, "Crushing")], height_m=25.0, diameter_m=1.2,
        gas_flow_m3_s=8.0, gas_temperature_c=20.0,
        streams=(stream(S_CONC, "Crushing", "Crusher dusting losses", "Copper ore",
                        "ore_crushing"),)))
    permit = {p.site_id: p for p in list_permits(db) if p.valid_until is None
              or p.valid_until.year > ctx.years[-1]}
    for site, source, substance, g_s, t_year in (
            (S_SMELT, stack, "SO2", 140.0, 4000.0), (S_SMELT, stack, "DUST", 4.0, 120.0),
            (S_SMELT, stack, "NOX", 20.0, 500.0),
            (S_CONC, vent, "DUST", 1.5, 45.0)):
        p = permit[sites[site]]
        es.add_norm(db, es.NormDraft(p.id, source, substance, g_s, t_year, p.valid_from,
                                     p.valid_until))


def _stack_readings(db: Database, ctx: DemoContext) -> int:
    """The smelter stack's sampling port with a month's instrumental NOx reading (g/s) for
    every demo month: the stack's NOx is measured, not calculated. Returns the point's id."""
    t = ctx.names
    point, _ = ms.add_point(db, ms.PointDraft(
        t("Smelter main stack sampling port"), SourceKind.STACK, Medium.AIR, 31,
        site_id=ctx.ids.sites[S_SMELT],
        node_id=ctx.ids.nodes[(S_SMELT, "Smelting and converting")]))
    nox, _ = ms.add_parameter(db, "NOX", t("Nitrogen oxides (as NO2)"), "g/s")
    ms.add_readings(db, [ms.ReadingDraft(point, nox, date(year, month, 20),
                                         13.5 + 0.5 * (month % 4))
                         for year in ctx.years for month in range(1, 13)])
    return point
