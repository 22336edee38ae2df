"""The greening checklist's indicators: each measure's figures, per year, from the plant's data.

Every indicator says where its number comes from (its formula) and, when the data it needs
is missing, says what is missing instead of inventing a number. Indicators computed by
other sections (balances, waste register, formations) are asked for through their
services when those exist; until then they report "no data yet".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.orm import InstrumentedAttribute, aliased

from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.models import Flow, Material, MaterialCategory, Node, NodeKind, QuantityKind
from greendesk.store.db import Database


@dataclass(frozen=True)
class IndicatorSeries:
    """An indicator's values per year, with its formula, or why it has none."""
    key: str
    title: str
    unit: str
    formula: str
    values: dict[int, float | None]  # year → value; None where that year has no data
    missing: str | None = None  # why there is no value at all
    needs: str = ""  # what data it needs, as marked for translation ("indicators" context)

    def latest(self) -> tuple[int, float] | None:
        """The latest year that has a value, with it; None when no year has one."""
        for year in sorted(self.values, reverse=True):
            value = self.values[year]
            if value is not None:
                return year, value
        return None

    def trend(self) -> float | None:
        """Change of the latest value against the year before (same unit), if both exist."""
        known = [(y, v) for y, v in sorted(self.values.items()) if v is not None]
        if len(known) < 2:
            return None
        return known[-1][1] - known[-2][1]


Provider = Callable[[Database, int, list[int]], dict[int, float | None]]


@dataclass(frozen=True)
class IndicatorDef:
    """How an indicator is computed (its provider) and what data it needs when there is none."""
    key: str
    title: str
    unit: str
    formula: str
    provider: Provider | None = None
    needs: str = ""


def _year_range(year: int) -> tuple[date, date]:
    return date(year, 1, 1), date(year, 12, 31)


def _sum(db: Database, site_id: int, year: int, *, from_kinds=None, to_kinds=None,
         categories=None, quantity_kind: QuantityKind | None = None, energy: bool = False,
         span: tuple[date, date] | None = None) -> float:
    """Sum of canonical quantities of a site's flows in a year, filtered by node kinds.

    With energy=True, energy carriers measured by mass or volume count by their calorific
    value (GJ), so coal and diesel add to electricity and heat.
    """
    src, dst = aliased(Node), aliased(Node)
    start, end = span or _year_range(year)
    qty: ColumnElement[float] | InstrumentedAttribute[float] = Flow.qty_canonical
    if energy:
        # GJ as recorded for energy, else quantity × NCV (NULL, so not summed, without one)
        qty = Flow.qty_canonical * case(
            (Material.kind == QuantityKind.ENERGY.value, 1.0), else_=Material.ncv_gj_per_unit)
    q = (select(func.coalesce(func.sum(qty), 0.0))
         .join(Material, Material.id == Flow.material_id)
         .join(src, src.id == Flow.from_node_id).join(dst, dst.id == Flow.to_node_id)
         .where(Flow.site_id == site_id, Flow.flow_date.between(start, end)))
    if from_kinds:
        q = q.where(src.kind.in_([k.value for k in from_kinds]))
    if to_kinds:
        q = q.where(dst.kind.in_([k.value for k in to_kinds]))
    if categories:
        q = q.where(Material.category.in_([c.value for c in categories]))
    if quantity_kind is not None:
        q = q.where(Material.kind == quantity_kind.value)
    with db.read() as s:
        return float(s.scalar(q) or 0.0)


def _ratio(top: float, bottom: float, scale: float = 1.0) -> float | None:
    return top / bottom * scale if bottom > 0 else None


SUPPLY = (NodeKind.SUPPLIER, NodeKind.ENVIRONMENT)
INSIDE = (NodeKind.PROCESS, NodeKind.STOCK)


def _shipped_mass(db: Database, site: int, year: int,
                  span: tuple[date, date] | None = None) -> float:
    return _sum(db, site, year, to_kinds=(NodeKind.CUSTOMER,), quantity_kind=QuantityKind.MASS,
                categories=(MaterialCategory.PRODUCT, MaterialCategory.BY_PRODUCT,
                            MaterialCategory.INTERMEDIATE, MaterialCategory.RAW_MATERIAL),
                span=span)


def shipped_mass(db: Database, site: int, start: date, end: date) -> float:
    """Tonnes shipped to customers from a site in [start, end] (the intensities' tonne)."""
    return _shipped_mass(db, site, start.year, (start, end))


def _air(kind: str) -> Provider:
    def provider(db: Database, site: int, years: list[int]) -> dict[int, float | None]:
        from greendesk.services.air_indicators import intensity

        return {y: intensity(db, kind, site, y).value for y in years}
    return provider


def fugitive_sources(db: Database, site: int, years: list[int]) -> dict[int, float | None]:
    """The site's fugitive (unorganised) sources in the inventory as it stands: the latest
    year only, since the inventory keeps no dates of when a source was built or closed."""
    from greendesk.services.air_indicators import fugitive_count

    count = fugitive_count(db, site)
    return {y: (float(count) if count is not None and y == max(years) else None)
            for y in years}


def energy_intensity(db: Database, site: int, years: list[int]) -> dict[int, float | None]:
    """GJ of energy carriers taken in per tonne shipped to customers, per year."""
    out: dict[int, float | None] = {}
    for y in years:
        gj = _sum(db, site, y, from_kinds=SUPPLY, to_kinds=INSIDE,
                  categories=(MaterialCategory.ENERGY_CARRIER,), energy=True)
        out[y] = _ratio(gj, _shipped_mass(db, site, y))
    return out


def waste_per_tonne(db: Database, site: int, years: list[int]) -> dict[int, float | None]:
    """Tonnes of waste from processes per tonne shipped to customers, per year."""
    out: dict[int, float | None] = {}
    for y in years:
        waste = _sum(db, site, y, from_kinds=(NodeKind.PROCESS,),
                     categories=(MaterialCategory.WASTE,), quantity_kind=QuantityKind.MASS)
        out[y] = _ratio(waste, _shipped_mass(db, site, y))
    return out


def byproduct_output(db: Database, site: int, years: list[int]) -> dict[int, float | None]:
    """Tonnes of by-products shipped to customers, per year."""
    return {y: _sum(db, site, y, to_kinds=(NodeKind.CUSTOMER,),
                    categories=(MaterialCategory.BY_PRODUCT,), quantity_kind=QuantityKind.MASS)
            for y in years}


def incidents_count(db: Database, site: int, years: list[int]) -> dict[int, float | None]:
    """Incidents recorded at the site, per year."""
    from greendesk.models.checklist import Incident

    out: dict[int, float | None] = {}
    with db.read() as s:
        for y in years:
            start, end = _year_range(y)
            out[y] = float(s.scalar(select(func.count()).select_from(Incident).where(
                Incident.site_id == site, Incident.occurred_on.between(start, end))) or 0)
    return out


def drills_done(db: Database, site: int, years: list[int]) -> dict[int, float | None]:
    """Emergency drills held for the site's actions, per year."""
    from greendesk.models.checklist import Drill, SiteAction

    out: dict[int, float | None] = {}
    with db.read() as s:
        for y in years:
            start, end = _year_range(y)
            out[y] = float(s.scalar(
                select(func.count()).select_from(Drill).join(SiteAction)
                .where(SiteAction.site_id == site, Drill.held_on.between(start, end))) or 0)
    return out


def _balances(db: Database, site: int, years: list[int], pick) -> dict[int, float | None]:
    """Values from the site's balance of each year (the Balances section's figures)."""
    from greendesk.periods import year as year_period
    from greendesk.services.balances import balance

    return {y: pick(balance(db, year_period(y), site_id=site)) for y in years}


def _pct(num: float, den: float) -> float | None:
    return 100.0 * num / den if den > 0 else None


def unaccounted_material(db: Database, site: int, years: list[int]) -> dict[int, float | None]:
    """The site's unaccounted mass loss as a percentage of inputs, per year."""
    def pick(b):
        t = b.total
        return None if t is None else _pct(t.unaccounted, t.inputs)
    return _balances(db, site, years, pick)


def accounted_material(db: Database, site: int, years: list[int]) -> dict[int, float | None]:
    """The site's accounted (explained) mass losses as a percentage of inputs, per year."""
    def pick(b):
        t = b.total
        return None if t is None else _pct(t.accounted_total, t.inputs)
    return _balances(db, site, years, pick)


def unaccounted_energy(db: Database, site: int, years: list[int]) -> dict[int, float | None]:
    """The site's unaccounted energy as a percentage of what was supplied, per year."""
    def pick(b):
        e = b.energy_total
        return None if e is None else _pct(e.gj.unaccounted, e.gj.supplied)
    return _balances(db, site, years, pick)


def _chain_indicator(key: str):
    def provider(db: Database, site: int, years: list[int]) -> dict[int, float | None]:
        from greendesk.periods import year as year_period
        from greendesk.services.balances import indicators as chain

        out: dict[int, float | None] = {}
        for y in years:
            found = [i for i in chain(db, year_period(y)) if i.key == key
                     and i.component in (None, "Cu")]
            value = found[0].value if found else None
            out[y] = None if value is None else 100.0 * value
        return out
    return provider


def waste_utilisation(db: Database, site: int, years: list[int]) -> dict[int, float | None]:
    """The waste register's recycling share (not capped: old stock may be processed)."""
    from greendesk.services.waste_indicators import waste_indicators

    out: dict[int, float | None] = {}
    for y in years:
        share = waste_indicators(db, y, site).current.recycling_share
        out[y] = None if share is None else 100.0 * share
    return out


def secondary_inputs(db: Database, site: int, years: list[int]) -> dict[int, float | None]:
    """Wastes recycled on site (used as inputs) ÷ all raw-material inputs of the site."""
    from greendesk.services.waste_indicators import waste_indicators

    out: dict[int, float | None] = {}
    for y in years:
        reused = waste_indicators(db, y, site).current.recycled_on_site
        raw = _sum(db, site, y, from_kinds=SUPPLY, to_kinds=INSIDE,
                   categories=(MaterialCategory.RAW_MATERIAL,), quantity_kind=QuantityKind.MASS)
        out[y] = _pct(reused, raw + reused)
    return out


def monitoring_coverage(db: Database, site: int, years: list[int]) -> dict[int, float | None]:
    """Monitoring points with a reading in every required interval ÷ all points."""
    from greendesk.periods import year as year_period
    from greendesk.services.monitoring import list_points
    from greendesk.services.monitoring_checks import gaps

    names = {p.name for p in list_points(db)}
    if not names:
        return {y: None for y in years}
    out: dict[int, float | None] = {}
    for y in years:
        missing = {g.point for g in gaps(db, year_period(y), today=date(y, 12, 31))}
        out[y] = 100.0 * (len(names) - len(missing & names)) / len(names)
    return out


def limit_exceedances(db: Database, site: int, years: list[int]) -> dict[int, float | None]:
    """Readings beyond their limits across the plant, per year; None without monitoring points."""
    from greendesk.periods import year as year_period
    from greendesk.services.monitoring import list_points
    from greendesk.services.monitoring_checks import exceedances

    if not list_points(db):
        return {y: None for y in years}
    return {y: float(len(exceedances(db, year_period(y)))) for y in years}


INDICATORS: dict[str, IndicatorDef] = {d.key: d for d in (
    IndicatorDef("energy_intensity", QT_TRANSLATE_NOOP("indicators", "Energy intensity"), "GJ/t",
                 QT_TRANSLATE_NOOP("indicators", "energy carriers received (GJ, fuels by calorific value) ÷ "
                   "mass shipped to customers (t)"), energy_intensity),
    IndicatorDef("waste_per_tonne_product", QT_TRANSLATE_NOOP("indicators", "Waste per tonne shipped"), "t/t",
                 QT_TRANSLATE_NOOP("indicators", "waste leaving the processes (t) ÷ mass shipped to "
                   "customers (t)"), waste_per_tonne),
    IndicatorDef("byproduct_output", QT_TRANSLATE_NOOP("indicators", "By-products shipped"), "t",
                 QT_TRANSLATE_NOOP("indicators", "by-products delivered to customers (t)"), byproduct_output),
    IndicatorDef("incidents_count", QT_TRANSLATE_NOOP("indicators", "Environmental incidents"), "",
                 QT_TRANSLATE_NOOP("indicators", "incidents logged in the year"), incidents_count),
    IndicatorDef("drills_done", QT_TRANSLATE_NOOP("indicators", "Emergency drills held"), "",
                 QT_TRANSLATE_NOOP("indicators", "drills recorded for measure-9 actions in the year"),
                 drills_done),
    IndicatorDef("material_unaccounted_loss_rate", QT_TRANSLATE_NOOP("indicators", "Unaccounted material loss"),
                 "%", QT_TRANSLATE_NOOP("indicators", "unaccounted loss ÷ inputs of the site (total mass "
                        "balance)"), unaccounted_material),
    IndicatorDef("material_accounted_loss_rate", QT_TRANSLATE_NOOP("indicators", "Accounted material loss"),
                 "%", QT_TRANSLATE_NOOP("indicators", "accounted losses ÷ inputs of the site (total mass "
                        "balance)"), accounted_material),
    IndicatorDef("energy_unaccounted_loss_rate", QT_TRANSLATE_NOOP("indicators", "Unaccounted energy loss"),
                 "%", QT_TRANSLATE_NOOP("indicators", "(purchased + produced − metered use − exported − "
                        "accounted) ÷ (purchased + produced)"), unaccounted_energy),
    IndicatorDef("recovery_beneficiation", QT_TRANSLATE_NOOP("indicators", "Recovery in beneficiation"), "%",
                 QT_TRANSLATE_NOOP("indicators", "Cu in the concentrators' products ÷ Cu in the ore fed "
                   "(whole chain)"), _chain_indicator("beneficiation"),
                 needs=QT_TRANSLATE_NOOP("indicators", "assays of ore and concentrate")),
    IndicatorDef("recovery_metallurgy", QT_TRANSLATE_NOOP("indicators", "Recovery in metallurgy"), "%",
                 QT_TRANSLATE_NOOP("indicators", "Cu in the smelters' products ÷ Cu in the concentrate fed "
                   "(whole chain)"), _chain_indicator("metallurgy"),
                 needs=QT_TRANSLATE_NOOP("indicators", "assays of concentrate and products")),
    IndicatorDef("waste_utilisation_rate", QT_TRANSLATE_NOOP("indicators", "Waste utilisation"), "%",
                 QT_TRANSLATE_NOOP("indicators", "wastes recycled, recovered or incinerated ÷ wastes "
                   "generated (the Waste register's recycling share)"), waste_utilisation,
                 needs=QT_TRANSLATE_NOOP("indicators", "waste movements (the Waste register)")),
    IndicatorDef("secondary_input_share", QT_TRANSLATE_NOOP("indicators", "Secondary raw materials in inputs"),
                 "%", QT_TRANSLATE_NOOP("indicators", "wastes recycled on site ÷ (raw materials received + "
                        "wastes recycled on site)"), secondary_inputs,
                 needs=QT_TRANSLATE_NOOP("indicators", "recycled waste movements (the Waste register)")),
    IndicatorDef("monitoring_coverage", QT_TRANSLATE_NOOP("indicators", "Monitoring coverage"), "%",
                 QT_TRANSLATE_NOOP("indicators", "monitoring points with readings in every required "
                   "interval ÷ all points (whole plant)"), monitoring_coverage,
                 needs=QT_TRANSLATE_NOOP("indicators", "monitoring points and readings (Technogenic "
                         "formations)")),
    IndicatorDef("limit_exceedances", QT_TRANSLATE_NOOP("indicators", "Limit exceedances"), "",
                 QT_TRANSLATE_NOOP("indicators", "readings beyond their permitted limit (whole plant)"),
                 limit_exceedances,
                 needs=QT_TRANSLATE_NOOP("indicators", "monitoring readings (Technogenic formations)")),
    IndicatorDef("water_recirculation_rate", QT_TRANSLATE_NOOP("indicators", "Water recirculation"), "%",
                 QT_TRANSLATE_NOOP("indicators", "recirculated water ÷ all water used"),
                 needs=QT_TRANSLATE_NOOP("indicators", "flows of recirculated water (a material for it)")),
    IndicatorDef("reagent_recovery_rate", QT_TRANSLATE_NOOP("indicators", "Reagent recovery"), "%",
                 QT_TRANSLATE_NOOP("indicators", "reagents recovered ÷ reagents consumed"),
                 needs=QT_TRANSLATE_NOOP("indicators", "flows of recovered reagents")),
    IndicatorDef("hazardous_input_share", QT_TRANSLATE_NOOP("indicators", "Hazardous materials in inputs"), "%",
                 QT_TRANSLATE_NOOP("indicators", "hazardous materials received ÷ all materials received"),
                 needs=QT_TRANSLATE_NOOP("indicators", "hazard classes of the input materials")),
    IndicatorDef("unorganised_sources_count", QT_TRANSLATE_NOOP("indicators", "Fugitive pollution sources"), "",
                 QT_TRANSLATE_NOOP("indicators", "unorganised sources in the emission inventory "
                                                 "as it stands (Air and climate)"),
                 fugitive_sources,
                 needs=QT_TRANSLATE_NOOP("indicators", "an emission-source inventory")),
    IndicatorDef("emissions_per_tonne_product", QT_TRANSLATE_NOOP("indicators", "Emissions to air per tonne shipped"),
                 "kg/t", QT_TRANSLATE_NOOP("indicators", "pollutants emitted to air, greenhouse gases "
                                                         "aside (kg) ÷ mass shipped to customers (t)"),
                 _air("emissions"),
                 needs=QT_TRANSLATE_NOOP("indicators", "emission sources with factors (Air and "
                                                       "climate) and shipments")),
    IndicatorDef("ghg_per_tonne_product", QT_TRANSLATE_NOOP("indicators", "Greenhouse gases per tonne shipped"),
                 "t CO₂e/t", QT_TRANSLATE_NOOP("indicators", "CO₂-equivalent of the fuels burned (t, "
                                                             "GWP AR5) ÷ mass shipped to customers (t)"),
                 _air("ghg"),
                 needs=QT_TRANSLATE_NOOP("indicators", "fuel streams of emission sources (Air and "
                                                       "climate) and shipments")),
)}


def compute(db: Database, key: str, site_id: int, years: list[int]) -> IndicatorSeries:
    """An indicator's values for a site and years, or the reason it has none."""
    d = INDICATORS.get(key) or IndicatorDef(key, key, "", "", needs=f"a definition of {key!r}")
    values = d.provider(db, site_id, years) if d.provider is not None else None
    if values is None or all(v is None for v in values.values()):
        why = d.needs or QT_TRANSLATE_NOOP("indicators", "data for these years")
        return IndicatorSeries(d.key, d.title, d.unit, d.formula, values or {},
                               missing=f"No data yet: needs {why}.", needs=why)
    return IndicatorSeries(d.key, d.title, d.unit, d.formula, values)
