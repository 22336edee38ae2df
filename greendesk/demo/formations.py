"""The demo plant's formations: its three working ones linked to their stock nodes, one
closed Soviet-era tailings pond worth studying for re-mining, and their monitoring.

Grades follow the demo chain: fresh flotation tailings keep ~0.07 % Cu (0.6 % ore, 88 %
recovery), copper smelting slag ~0.9 % Cu, while the old pond, floated with the recoveries
of the 1970s, holds 0.25–0.35 % Cu and some gold.
"""

from __future__ import annotations

from datetime import date

from greendesk.demo.plant import S_CONC, S_MINE, S_SMELT, DemoContext
from greendesk.models import (
    ConsequenceClass,
    ConstructionMethod,
    FormationKind,
    FormationStatus,
    Medium,
    SourceKind,
)
from greendesk.services import formations as fs
from greendesk.services import monitoring as ms
from greendesk.store.db import Database

OLD_POND = "Nura tailings pond No. 1 (1968–1991)"
K, S = FormationKind, FormationStatus

# name, site, node, kind, status, particulars
FORMATIONS = [
    ("Overburden dump No. 1", S_MINE, "Overburden dump No. 1", K.WASTE_ROCK_DUMP, S.OPERATING,
     dict(density_t_m3=2.0, opening_tonnage_t=120e6, area_ha=310.0, height_m=60.0,
          year_from=1998, waste_code="010101", hazardous=False, latitude=47.912,
          longitude=73.431, responsible="A. Bekov, chief mine surveyor")),
    ("Tailings storage facility", S_CONC, "Tailings storage facility", K.TAILINGS,
     S.OPERATING,
     dict(density_t_m3=1.45, opening_tonnage_t=35e6, area_ha=420.0, height_m=32.0,
          year_from=2005, construction_method=ConstructionMethod.UPSTREAM,
          consequence_class=ConsequenceClass.HIGH, waste_code="010306", hazardous=False,
          latitude=47.968, longitude=73.502, responsible="G. Omarova, TSF engineer",
          documents="TSF design, KazGiprotsvetmet 2004; dam safety declaration 2024")),
    ("Slag heap", S_SMELT, "Slag heap", K.SLAG_HEAP, S.OPERATING,
     dict(density_t_m3=3.3, opening_tonnage_t=1.8e6, area_ha=24.0, height_m=18.0,
          year_from=2009, waste_code="100601", hazardous=False, latitude=47.951,
          longitude=73.566, responsible="S. Li, smelter ecologist")),
    (OLD_POND, S_CONC, None, K.TAILINGS, S.CLOSED,
     dict(tonnage_t=42.0e6, volume_m3=29.0e6, density_t_m3=1.45, area_ha=280.0, height_m=21.0,
          year_from=1968, year_to=1991, construction_method=ConstructionMethod.UPSTREAM,
          consequence_class=ConsequenceClass.SIGNIFICANT, waste_code="010306",
          hazardous=False, latitude=47.981, longitude=73.474,
          responsible="G. Omarova, TSF engineer",
          documents="Inventory of technogenic mineral formations, 2019; "
                    "sampling report No. 14/2022",
          note="Built by the Soviet concentrator; dry beaches dust in summer winds.")),
]

# block, tonnage t, mean Cu %, mean Au g/t: the old pond's coarse sands near the
# discharge points are richer than the slimes in the middle.
OLD_BLOCKS = [("A, north beach", 9.5e6, 0.34, 0.55), ("B, east beach", 8.0e6, 0.31, 0.45),
              ("C, central slimes", 11.0e6, 0.24, 0.30), ("D, south beach", 7.5e6, 0.29, 0.40),
              ("E, dam shell", 6.0e6, 0.27, 0.25)]


# The particulars that are text, written in the demo's language.
_TEXTS = ("responsible", "documents", "note")


def extend(db: Database, ctx: DemoContext) -> None:
    """The demo's formations with blocks, samples, assays and monitoring readings."""
    t = ctx.names
    first = date(ctx.years[0], 1, 1)
    ids: dict[str, int] = {}
    for name, site, node, kind, status, extra in FORMATIONS:
        texts = {k: t(str(v)) for k, v in extra.items() if k in _TEXTS}
        draft = fs.FormationDraft(
            name=t(name), kind=kind, status=status, site_id=ctx.ids.sites[site],
            node_id=ctx.ids.nodes[(site, node)] if node else None,
            opening_date=first if node else None, **{**extra, **texts})  # type: ignore[arg-type]
        ids[name], _ = fs.add_formation(db, draft)
    rng = ctx.rng
    taken = date(ctx.years[-1], 6, 10)

    def sample(fid: int, code: str, grades: dict[str, float], block: int | None = None) -> None:
        assays = tuple(fs.AssayDraft(c, round(max(g, 0.0), 3 if c != "Au" else 2))
                       for c, g in grades.items())
        fs.add_sample(db, fs.SampleDraft(fid, code, assays, block, taken,
                                         round(float(rng.uniform(0.5, 8.0)), 1)))

    pond = ids[OLD_POND]
    n = 1
    for block, tonnage, cu, au in OLD_BLOCKS:
        block_id, _ = fs.add_block(db, pond, t(block), tonnage)
        for _ in range(6):
            sample(pond, f"NT-{n:03d}", {"Cu": cu * (1 + rng.normal(0, 0.08)),
                                         "Au": au * (1 + rng.normal(0, 0.15))}, block_id)
            n += 1
    for i in range(1, 7):
        sample(ids["Tailings storage facility"], f"TSF-{i:02d}",
               {"Cu": 0.072 * (1 + rng.normal(0, 0.1)), "Au": 0.12 * (1 + rng.normal(0, 0.2))})
        sample(ids["Slag heap"], f"SL-{i:02d}",
               {"Cu": 0.9 * (1 + rng.normal(0, 0.1)), "Zn": 2.4 * (1 + rng.normal(0, 0.1))})
        sample(ids["Overburden dump No. 1"], f"OB-{i:02d}",
               {"Cu": 0.06 * (1 + rng.normal(0, 0.2))})
    _monitoring(db, ctx, ids)


def _monitoring(db: Database, ctx: DemoContext, ids: dict[str, int]) -> None:
    params = {p.code: p.id for p in ms.list_parameters(db)}
    rng = ctx.rng
    last = ctx.years[-1]
    # (code, point, formation, source, medium, {parameter: (min, max, mean, sd)})
    points: list[tuple[str, str, str, SourceKind, Medium,
                       dict[str, tuple[float | None, float, float, float]]]] = [
        ("GW-1", "GW-1 well below the tailings dam", "Tailings storage facility",
         SourceKind.FORMATION, Medium.GROUNDWATER,
         {"pH": (6.5, 8.5, 7.4, 0.25), "SO4": (None, 500.0, 380.0, 45.0),
          "Cu": (None, 1.0, 0.45, 0.12)}),
        ("GW-3", "GW-3 well below the old pond", OLD_POND, SourceKind.FORMATION,
         Medium.GROUNDWATER, {"pH": (6.5, 8.5, 7.0, 0.3), "SO4": (None, 500.0, 430.0, 40.0)}),
        ("Dust", "Dust PM10 at the slag heap", "Slag heap", SourceKind.DUSTING_SURFACE,
         Medium.AIR, {"PM10": (None, 0.3, 0.16, 0.04)}),
    ]
    # Readings that must be noticed, and one exactly at its limit (not an exceedance:
    # these limits are not inclusive).
    planted = {("GW-1", "SO4", 3): 540.0, ("GW-1", "Cu", 9): 1.18, ("GW-1", "pH", 4): 6.2,
               ("GW-3", "SO4", 8): 575.0, ("Dust", "PM10", 7): 0.34, ("Dust", "PM10", 8): 0.3}
    t = ctx.names
    for prefix, name, formation, source, medium, limits in points:
        pid, _ = ms.add_point(db, ms.PointDraft(t(name), source, medium, 31,
                                                formation_id=ids[formation]))
        drafts = []
        for code, (lo, hi, mean, sd) in limits.items():
            ms.set_limit(db, pid, params[code], hi, lo,
                         basis=t("Permit for emissions, appendix 3 (demo)"))
            for year in ctx.years:
                for month in range(1, 13):
                    if prefix == "GW-1" and year == last and month in (6, 7):
                        continue  # the well pump failed: a gap in the readings
                    value = float(rng.normal(mean, sd))
                    value = min(value, hi * 0.95) if hi is not None else value
                    value = max(value, lo + 0.1) if lo is not None else value
                    if year == last:
                        value = planted.get((prefix, code, month), value)
                    drafts.append(ms.ReadingDraft(pid, params[code], date(year, month, 15),
                                                  round(value, 2 if code != "PM10" else 3)))
        ms.add_readings(db, drafts)
