"""Demo data for balances: month-end stock-takings of the demo stocks and Cu assays.

Coherent with demo.py's chain: 0.60 % Cu ore, a 22 % Cu concentrate at 88 % recovery
(tailings grade from the two-product formula), 98.7 % Cu blister and 99.3 % Cu anodes at
96.5 % metallurgical recovery, slag at about 0.7 % Cu. Sulphur (demo data, for the smelter
stack's sulphur balance): 30 % S in the concentrate lots, as plant.py's SO₂ assumes; its
ledger sends all of it to the off-gas (SO₂, not assayed: a third assayed product would end
the smelter's two-product Cu figures), so slag and blister carry 0 % S, and the acid
32.69 % S (H₂SO₄).
Counts follow the recorded flows with
a small survey error, so the stocks' balances close within it. Uses its own random stream,
so other demo extensions see the same data whether this one runs or not.
"""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np
from sqlalchemy import func, select

from greendesk.demo import plant as demo
from greendesk.models import Flow, Method
from greendesk.services import balances as bal
from greendesk.store.db import Database

# Stocks and what they hold at the start of the demo (t).
OPENING_STOCKS = [
    (demo.S_MINE, "Run-of-mine ore stockpile", "Copper ore", 50_000.0),
    (demo.S_MINE, "Overburden dump No. 1", "Overburden", 120_000_000.0),
    (demo.S_CONC, "Concentrate warehouse", "Copper concentrate", 3_000.0),
    (demo.S_CONC, "Tailings storage facility", "Flotation tailings", 45_000_000.0),
    (demo.S_SMELT, "Slag heap", "Copper smelting slag", 2_500_000.0),
]
ORE, CONC = demo.ORE_GRADE_CU, demo.CONCENTRATE_GRADE_CU
# Two-product formula ε = c(a − b) / (a(c − b)) solved for the tailings grade b.
TAILINGS_GRADE_CU = ORE * CONC * (1 - demo.FLOTATION_RECOVERY) / (CONC - ORE * demo.FLOTATION_RECOVERY)
REFINING_RECOVERY = 0.998
BLISTER_GRADE_CU = demo.ANODE_GRADE_CU / (REFINING_RECOVERY * 1.008)  # blister = 1.008 × anode
SLAG_GRADE_CU = 0.007
# Demo data: the concentrate's S % (plant.py: SO₂ = concentrate × 0.30 × 2) and the S % of
# what leaves the smelting node (all the sulphur goes to the off-gas in the demo's ledger)
# and the acid plant (H₂SO₄: 32.06 / 98.08 = 32.69 % S), so metallurgy's S recovery is the
# sulphur fixed in acid.
CONCENTRATE_S_PERCENT = 30.0
SULPHUR_ASSAYS = (("Smelting and converting", "Copper smelting slag", 0.0),
                  ("Smelting and converting", "Blister copper", 0.0),
                  ("Sulphuric acid plant", "Sulphuric acid", 32.69))

# (site, node the material leaves, material, grade as a fraction, which monthly noise applies)
PERIOD_ASSAYS = [
    (demo.S_MINE, "Subsoil (Nurken deposit)", "Copper ore", ORE, "ore"),
    (demo.S_MINE, "Open-pit mining", "Copper ore", ORE, "ore"),
    (demo.S_MINE, "Run-of-mine ore stockpile", "Copper ore", ORE, "ore"),
    (demo.S_CONC, "Ore receipt from the mine", "Copper ore", ORE, "ore"),
    (demo.S_CONC, "Crushing", "Copper ore", ORE, "ore"),
    (demo.S_CONC, "Grinding and flotation", "Copper concentrate", CONC, "conc"),
    (demo.S_CONC, "Grinding and flotation", "Flotation tailings", TAILINGS_GRADE_CU, "tail"),
    (demo.S_CONC, "Concentrate warehouse", "Copper concentrate", CONC, "conc"),
    (demo.S_SMELT, "Smelting and converting", "Blister copper", BLISTER_GRADE_CU, "none"),
    (demo.S_SMELT, "Smelting and converting", "Copper smelting slag", SLAG_GRADE_CU, "slag"),
    (demo.S_SMELT, "Fire refining and anode casting", "Anode copper", demo.ANODE_GRADE_CU,
     "none"),
]


def extend(db: Database, ctx: demo.DemoContext) -> None:
    """Stock-takings and assays for the demo's balances."""
    rng = np.random.default_rng(4)
    months = [(y, m) for y in ctx.years for m in range(1, 13)]
    _stock_takings(db, ctx, months, rng)
    _assays(db, ctx, months, rng)


def _month_end(y: int, m: int) -> date:
    return (date(y + (m == 12), m % 12 + 1, 1)) - timedelta(days=1)


def _stock_takings(db: Database, ctx: demo.DemoContext, months: list[tuple[int, int]],
                   rng: np.random.Generator) -> None:
    drafts = []
    with db.read() as s:
        for site, node_name, material, opening in OPENING_STOCKS:
            node_id = ctx.ids.nodes[(site, node_name)]
            mat_id = ctx.ids.materials[material][0]
            first = date(months[0][0], months[0][1], 1) - timedelta(days=1)
            qty = opening
            drafts.append(bal.StockTakingDraft(node_id, mat_id, first, round(qty, 1), "t",
                                               Method.MEASURED, 1.0))
            for y, m in months:
                start, end = date(y, m, 1), _month_end(y, m)
                net = 0.0
                for col, sign in ((Flow.to_node_id, 1.0), (Flow.from_node_id, -1.0)):
                    net += sign * float(s.scalar(
                        select(func.coalesce(func.sum(Flow.qty_canonical), 0.0)).where(
                            col == node_id, Flow.material_id == mat_id,
                            Flow.flow_date >= start, Flow.flow_date <= end)) or 0.0)
                qty = max(0.0, qty + net * (1 + rng.normal(0.0, 0.004)))
                drafts.append(bal.StockTakingDraft(node_id, mat_id, end, round(qty, 1), "t",
                                                   Method.MEASURED, 1.0))
    bal.record_stock_takings(db, drafts)


def _assays(db: Database, ctx: demo.DemoContext, months: list[tuple[int, int]],
            rng: np.random.Generator) -> None:
    drafts = []
    for y, m in months:
        noise = {"ore": 1 + rng.normal(0, 0.015), "conc": 1 + rng.normal(0, 0.008),
                 "slag": 1 + rng.normal(0, 0.05), "none": 1.0}
        # The tailings carry what the concentrate did not: recovery stays near 88 %.
        a, c = ORE * noise["ore"], CONC * noise["conc"]
        eps = demo.FLOTATION_RECOVERY * (1 + rng.normal(0, 0.006))
        noise["tail"] = (a * c * (1 - eps) / (c - a * eps)) / TAILINGS_GRADE_CU
        start, end = date(y, m, 1), _month_end(y, m)
        for site, node_name, material, grade, which in PERIOD_ASSAYS:
            drafts.append(bal.PeriodAssayDraft(
                ctx.ids.nodes[(site, node_name)], ctx.ids.materials[material][0], "Cu", start,
                end, round(grade * noise[which] * 100, 4), "%"))
        for node_name, material, percent in SULPHUR_ASSAYS:
            drafts.append(bal.PeriodAssayDraft(
                ctx.ids.nodes[(demo.S_SMELT, node_name)],
                ctx.ids.materials[material][0], "S", start, end, percent, "%"))
    bal.add_period_assays(db, drafts)
    # The smelter assays each concentrate lot it receives: those flow assays win over the
    # warehouse's monthly grade.
    receipt = ctx.ids.nodes[(demo.S_SMELT, "Concentrate receipt")]
    with db.read() as s:
        lots = s.execute(select(Flow.id).where(Flow.from_node_id == receipt)).scalars().all()
    for flow_id in lots:
        bal.set_flow_assays(db, flow_id,
                            {"Cu": (round(CONC * 100 * (1 + rng.normal(0, 0.006)), 3), "%"),
                             "S": (CONCENTRATE_S_PERCENT, "%")})
