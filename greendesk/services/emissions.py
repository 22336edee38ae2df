"""Emissions per source and substance in a period, against the permit's norms, and the
greenhouse gases of the fuels burned: the queries behind `greendesk emissions`, `ghg`, the
fee (`substance_masses`) and the Air and climate section.

Activity comes from the ledger: each source's streams (from node → to node, material) summed
over the period, times the stream's share. A substance is listed for a source when the
library has a factor for one of its streams' materials, a permit norm names it, or the
source abates it; without a factor the line says so ("no factor for diesel / SO2 — load
one") and has no mass, never a zero. Instrumental readings in g/s at the source's monitoring
point, where present in the period, replace the calculation (basis "measured").
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from greendesk.analysis import emissions as an
from greendesk.analysis import process_emissions as pe
from greendesk.errors import DomainError, Message
from greendesk.models import Flow, Material, QuantityKind, Site
from greendesk.models.emissions import (
    EmissionNorm,
    EmissionSource,
    EmissionSourceKind,
    SourceAbatement,
    SourceStream,
)
from greendesk.models.formations import MonitoringParameter, MonitoringReading
from greendesk.periods import Period
from greendesk.services.balances import metal_sums_in
from greendesk.services.factors import Library, current_factors, segments
from greendesk.store.db import Database


@dataclass(frozen=True)
class StreamActivity:
    """One stream's activity in the period, and the factor applied to it."""
    activity: str
    material: str
    fuel_t: float
    energy_gj: float | None
    factor: an.Factor | None
    mass_t: float | None
    unit: str = "t"  # of the quantity: "m³" for a discharge's water


@dataclass(frozen=True)
class EmissionLine:
    """One source's emissions of one substance in a period."""
    site_id: int
    site: str
    source_id: int
    source: str  # number and name
    mobile: bool
    substance: str
    basis: str  # "measured" | "calculated"
    efficiency: float
    inputs: tuple[StreamActivity, ...]
    mass_t: float | None
    norm_t: float | None
    missing: tuple[Message, ...] = ()
    medium: str = "air"  # "water" for a discharge point
    concentration_mg_l: float | None = None  # a discharge's mean measured concentration
    max_g_per_s: float | None = None  # the highest instrumental reading in the period
    norm_g_per_s: float | None = None  # the strictest g/s norm valid in the period
    balance: tuple[pe.MassTerm, ...] = ()  # SO₂ by sulphur balance: feed and products

    @property
    def exceedance_g_per_s(self) -> float | None:
        """By how many g/s the highest reading is above the g/s norm (0 within it)."""
        return None if self.max_g_per_s is None else an.exceedance(self.max_g_per_s,
                                                                   self.norm_g_per_s)

    @property
    def exceedance_t(self) -> float | None:
        """Tonnes above the norm (0 within it); None without a mass or a norm."""
        return None if self.mass_t is None else an.exceedance(self.mass_t, self.norm_t)


@dataclass
class _Source:
    row: EmissionSource
    site: str
    streams: list[SourceStream] = field(default_factory=list)
    eta: dict[str, float] = field(default_factory=dict)
    norms: list[EmissionNorm] = field(default_factory=list)


def _sources(s: Session, site_id: int | None) -> list[_Source]:
    q = select(EmissionSource, Site.name).join(Site, Site.id == EmissionSource.site_id)
    if site_id is not None:
        q = q.where(EmissionSource.site_id == site_id)
    out = {src.id: _Source(src, name) for src, name in
           s.execute(q.order_by(Site.name, EmissionSource.number))}
    for st in s.scalars(select(SourceStream).order_by(SourceStream.id)):
        if st.source_id in out:
            out[st.source_id].streams.append(st)
    for a in s.scalars(select(SourceAbatement)):
        if a.source_id in out:
            out[a.source_id].eta[a.substance] = a.efficiency
    for n in s.scalars(select(EmissionNorm)):
        if n.source_id in out:
            out[n.source_id].norms.append(n)
    return list(out.values())


def _tonnes(s: Session, site_id: int, st: SourceStream, start: date, end: date
            ) -> tuple[float, str]:
    """The stream's tonnes in [start, end] times its share, and its material's name."""
    qty = s.scalar(select(func.coalesce(func.sum(Flow.qty_canonical), 0.0)).where(
        Flow.site_id == site_id, Flow.from_node_id == st.from_node_id,
        Flow.to_node_id == st.to_node_id, Flow.material_id == st.material_id,
        Flow.flow_date >= start, Flow.flow_date <= end)) or 0.0
    material = s.get(Material, st.material_id)
    assert material is not None
    if material.kind is QuantityKind.VOLUME and material.density_t_per_m3:
        qty *= material.density_t_per_m3
    return float(qty) * st.share, material.name


def _norm_t(norms: list[EmissionNorm], substance: str, start: date, end: date) -> float | None:
    total, found = 0.0, False
    for n in norms:
        if n.substance != substance or n.t_per_year is None:
            continue
        first = max(start, n.valid_from)
        last = end if n.valid_until is None else min(end, n.valid_until)
        if first <= last:
            total += an.prorated(n.t_per_year, first, last)
            found = True
    return total if found else None


def _measured(s: Session, src: EmissionSource, substance: str, start: date, end: date
              ) -> tuple[float | None, float | None]:
    """Tonnes from the mean of g/s readings at the source's point, over its hours (None
    without readings or hours), and the highest reading in g/s (None without readings)."""
    if src.monitoring_point_id is None:
        return None, None
    mean, peak = s.execute(select(func.avg(MonitoringReading.value),
                                  func.max(MonitoringReading.value)).join(
        MonitoringParameter, MonitoringParameter.id == MonitoringReading.parameter_id).where(
        MonitoringReading.point_id == src.monitoring_point_id,
        func.upper(MonitoringParameter.code) == substance, MonitoringParameter.unit == "g/s",
        MonitoringReading.taken_on >= start, MonitoringReading.taken_on <= end)).one()
    if mean is None or src.hours_per_year is None:
        return None, None if peak is None else float(peak)
    hours = an.prorated(src.hours_per_year, start, end)  # the year's hours, by its days
    return an.measured_t(float(mean), hours), float(peak)


def _norm_g_s(norms: list[EmissionNorm], substance: str, start: date, end: date
              ) -> float | None:
    """The strictest g/s norm for the substance valid on a day of [start, end]."""
    values = [n.g_per_s for n in norms if n.substance == substance and n.g_per_s is not None
              and n.valid_from <= end and (n.valid_until is None or start <= n.valid_until)]
    return min(values) if values else None


def _measured_codes(s: Session, src: EmissionSource, start: date, end: date) -> set[str]:
    """The substances read in g/s at the source's point in [start, end]."""
    if src.monitoring_point_id is None:
        return set()
    return set(s.scalars(select(func.upper(MonitoringParameter.code)).join(
        MonitoringReading, MonitoringReading.parameter_id == MonitoringParameter.id).where(
        MonitoringReading.point_id == src.monitoring_point_id,
        MonitoringParameter.unit == "g/s",
        MonitoringReading.taken_on >= start, MonitoringReading.taken_on <= end)))


def emission_lines(db: Database, period: Period, site_id: int | None = None
                   ) -> list[EmissionLine]:
    """Every source's substances in the period, by site, source number and substance."""
    pieces = segments(current_factors(db), period.start, period.end)
    lines: list[EmissionLine] = []
    with db.read() as s:
        for src in _sources(s, site_id):
            acts = [(lib, [(st, *_tonnes(s, src.row.site_id, st, a, b)) for st in src.streams])
                    for a, b, lib in pieces]
            substances = {x for _, _, lib in pieces for st in src.streams
                          for x in lib.substances(st.activity)}
            substances |= {n.substance for n in src.norms
                           if n.valid_from <= period.end
                           and (n.valid_until is None or period.start <= n.valid_until)}
            substances |= set(src.eta)
            substances |= _measured_codes(s, src.row, period.start, period.end)
            substances.discard(pe.CARBON)  # a carbon content feeds the GHG balance only
            if any(st.activity == pe.SULPHUR_BALANCE for st in src.streams):
                substances.add("SO2")
            if src.row.kind is EmissionSourceKind.DISCHARGE:
                lines += _discharge_lines(s, src, period)
                continue
            for substance in sorted(substances):
                lines.append(_line(s, src, substance, acts, period))
    return lines


def _concentrations(s: Session, point_id: int | None, start: date, end: date
                    ) -> dict[str, float]:
    """Mean mg/L per parameter code of the readings at a point in [start, end]."""
    if point_id is None:
        return {}
    q = (select(func.upper(MonitoringParameter.code), func.avg(MonitoringReading.value))
         .join(MonitoringParameter, MonitoringParameter.id == MonitoringReading.parameter_id)
         .where(MonitoringReading.point_id == point_id,
                func.lower(MonitoringParameter.unit) == "mg/l",
                MonitoringReading.taken_on >= start, MonitoringReading.taken_on <= end)
         .group_by(func.upper(MonitoringParameter.code)))
    return {code: float(mean) for code, mean in s.execute(q)}


def _cubic_metres(s: Session, site_id: int, st: SourceStream, start: date, end: date
                  ) -> tuple[float, str]:
    """The stream's water in m³ in [start, end] times its share, and its material's name."""
    tonnes, name = _tonnes(s, site_id, st, start, end)  # a volume without density: m³
    material = s.get(Material, st.material_id)
    assert material is not None
    return tonnes / (material.density_t_per_m3 or 1.0), name


def _discharge_lines(s: Session, src: _Source, period: Period) -> list[EmissionLine]:
    """Tonnes of each pollutant a discharge point sent to water: its streams' m³ times the
    mean concentration measured at its point in the period (mg/L = g/m³)."""
    conc = _concentrations(s, src.row.monitoring_point_id, period.start, period.end)
    water = [(st, *_cubic_metres(s, src.row.site_id, st, period.start, period.end))
             for st in src.streams]
    volume = sum(v for _, v, _ in water)
    substances = set(conc) | {n.substance for n in src.norms if n.valid_from <= period.end
                              and (n.valid_until is None or period.start <= n.valid_until)}
    out = []
    for substance in sorted(substances):
        c = conc.get(substance)
        mass = None if c is None else an.discharged_t(volume, c)
        inputs = tuple(StreamActivity(st.activity, name, v, None, None,
                                      None if c is None else an.discharged_t(v, c), "m³")
                       for st, v, name in water)
        missing = () if c is not None else (Message(an.MISSING_CONCENTRATION,
                                                    substance=substance),)
        out.append(EmissionLine(src.row.site_id, src.site, src.row.id,
                                f"{src.row.number} {src.row.name}", src.row.mobile, substance,
                                "calculated", 0.0, inputs, mass,
                                _norm_t(src.norms, substance, period.start, period.end),
                                missing, "water", c))
    return out


Acts = list[tuple[Library, list[tuple[SourceStream, float, str]]]]


def _once(messages: list[Message]) -> tuple[Message, ...]:
    """Each message once, in order, though several pieces of the period said it."""
    return tuple({(m.template, tuple(sorted(m.args.items()))): m for m in messages}.values())


def _line(s: Session, src: _Source, substance: str, acts: Acts, period: Period
          ) -> EmissionLine:
    eta = src.eta.get(substance, 0.0)
    label = f"{src.row.number} {src.row.name}"
    norm = _norm_t(src.norms, substance, period.start, period.end)
    measured, peak = _measured(s, src.row, substance, period.start, period.end)
    norm_g_s = _norm_g_s(src.norms, substance, period.start, period.end)

    def line(basis: str, inputs: tuple[StreamActivity, ...], mass: float | None,
             missing: tuple[Message, ...] = ()) -> EmissionLine:
        return EmissionLine(src.row.site_id, src.site, src.row.id, label, src.row.mobile,
                            substance, basis, eta, inputs, mass, norm, missing,
                            max_g_per_s=peak, norm_g_per_s=norm_g_s)

    if measured is not None:
        return line("measured", (), measured)
    if peak is not None and src.row.hours_per_year is None:
        return line("measured", (), None, (Message(an.MISSING_HOURS, substance=substance),))
    missing: list[Message] = []
    first: list[StreamActivity] = []  # the sulphur balance's row, before the fuels'
    terms: tuple[pe.MassTerm, ...] = ()
    balanced = substance == "SO2" and any(st.activity == pe.SULPHUR_BALANCE
                                          for st in src.streams)
    # A sulphur-balance stream carries sulphur, not an activity with factors: it is never
    # "missing a factor" for another substance.
    acts = [(lib, [x for x in streams if x[0].activity != pe.SULPHUR_BALANCE])
            for lib, streams in acts]
    if balanced:
        feed, out, bal = _sulphur_balance(s, src, period, missing)
        terms = (*feed, *out)
        missing += [Message(pe.MISSING_GRADE, component=pe.SULPHUR_COMPONENT, material=name)
                    for name in bal.missing]
        first.append(_balance_row(feed, out, bal))
    said: list[Message] = []  # beside a balance, a stream without an SO₂ factor has none
    pieces = [_calculated(library, streams, substance, eta, said if balanced else missing)
              for library, streams in acts]
    merged = [_merged(per_stream) for per_stream in zip(*pieces, strict=True)]
    with_factor = [i for i in merged if i.factor is not None]
    inputs = tuple(first + with_factor if balanced else with_factor or merged)
    if not src.streams or not (balanced or any(streams for _lib, streams in acts)):
        missing.append(Message(an.MISSING_FACTOR, activity="—", substance=substance))
    masses = [i.mass_t for i in inputs if i.mass_t is not None]
    mass = sum(masses) if masses and not (balanced and first[0].mass_t is None) else None
    return replace(line("calculated", inputs, mass, _once(missing)), balance=terms)


def _balance_row(feed: list[pe.MassTerm], out: list[pe.MassTerm], bal: pe.Balance
                 ) -> StreamActivity:
    """The sulphur balance as a row of the source's SO₂: the S left after the products
    (t) × 2 t SO₂ per t S × (1 − η)."""
    factor = an.Factor("SO2", pe.SULPHUR_BALANCE, pe.SO2_PER_S, "t/t S",
                       method="sulphur balance", citation="S in − S in products")
    names = " − ".join(", ".join(t.name for t in group) for group in (feed, out) if group)
    return StreamActivity(pe.SULPHUR_BALANCE, f"S: {names}",
                          bal.element_in - bal.element_out, None, factor, bal.gas_t, "t S")


def _sulphur_balance(s: Session, src: _Source, period: Period, refused: list[Message]
                     ) -> tuple[list[pe.MassTerm], list[pe.MassTerm], pe.Balance]:
    """The source's SO₂ by the sulphur balance of its node: its "sulphur_balance" streams
    into the node are the feed, those out of it the matte, slag and products, each stream's
    S the tonnes × S grade of its flows' assays (a flow's own assay before the period assay
    of the material leaving its node); captured: the source's abatement η for SO₂. A stream
    with tonnes not all assayed for S is named, never counted without its sulphur."""
    start, end = period.start, period.end
    grades = {(m.from_node_id, m.to_node_id, m.material_id): m
              for m in metal_sums_in(s, src.row.site_id, start, end)
              if m.component.upper() == pe.SULPHUR_COMPONENT}
    feed: list[pe.MassTerm] = []
    out: list[pe.MassTerm] = []
    for st in src.streams:
        if st.activity != pe.SULPHUR_BALANCE:
            continue
        tonnes, material = _tonnes(s, src.row.site_id, st, start, end)
        g = grades.get((st.from_node_id, st.to_node_id, st.material_id))
        whole = tonnes / st.share  # the grades cover the stream's flows, not its share
        assayed = g is not None and abs(g.qty_t - whole) <= 1e-9 * max(1.0, whole)
        content = g.metal_t / g.qty_t if assayed and g is not None and g.qty_t else None
        term = pe.MassTerm(material, tonnes, content)
        leaving = src.row.node_id is not None and st.from_node_id == src.row.node_id
        (out if leaving else feed).append(term)
    eta = src.eta.get("SO2", 0.0)
    return feed, out, _settled(refused, pe.sulphur_balance_so2, feed, out, eta)


def _settled(missing: list[Message], compute: Callable[..., pe.Balance], *args: object
             ) -> pe.Balance:
    """The balance; when the records put more out than in, none (gas None) and the
    refusal added to `missing`, so one source's records do not stop every source's lines."""
    try:
        return compute(*args)
    except DomainError as e:
        missing.append(e.message)
        return pe.Balance(0.0, 0.0, 0.0, None, None, ())


def _calculated(library: Library, streams: list[tuple[SourceStream, float, str]],
                substance: str, eta: float, missing: list[Message]) -> list[StreamActivity]:
    """Each stream's activity and mass of the substance over one piece of the period. A
    stream without a factor for it is not missing one when another stream of the source
    has one (coal brings CO2, the off-gas does not; _line leaves it out); when none has,
    each is named in `missing`."""
    with_factor = {st.id for st, _, _ in streams
                   if library.factor(st.activity, substance) is not None}
    out = []
    for st, tonnes, material in streams:
        factor = library.factor(st.activity, substance)
        energy = None
        if factor is None:
            if not with_factor:
                missing.append(Message(an.MISSING_FACTOR, activity=st.activity,
                                       substance=substance))
        elif Library.needs_energy(factor):
            ncv = library.ncv(st.activity)
            if ncv is None:
                missing.append(Message(an.MISSING_NCV, activity=st.activity))
                factor = None
            else:
                energy = tonnes * ncv.value
        mass = an.mass_t(factor, tonnes, energy, eta) if factor is not None else None
        out.append(StreamActivity(st.activity, material, tonnes, energy, factor, mass))
    return out


def _merged(pieces: tuple[StreamActivity, ...]) -> StreamActivity:
    """One stream's activity over the whole period from its pieces (the factor shown is
    the last one applied)."""
    def total(values: list[float | None]) -> float | None:
        known = [v for v in values if v is not None]
        return sum(known) if known else None

    last = pieces[-1]
    factor = next((p.factor for p in reversed(pieces) if p.factor is not None), None)
    return StreamActivity(last.activity, last.material, sum(p.fuel_t for p in pieces),
                          total([p.energy_gj for p in pieces]), factor,
                          total([p.mass_t for p in pieces]), last.unit)


def substance_masses(db: Database, period: Period, site_id: int | None = None
                     ) -> list[an.SubstanceMass]:
    """Each source's mass of each substance in the period (for the fee), to air and (from
    discharge points) to water: only the lines with a mass; a line without a factor is not
    a zero and is left out (emission_lines names it)."""
    return [an.SubstanceMass(x.site_id, x.source_id, x.substance, x.mass_t, x.norm_t, x.basis,
                             x.medium, x.mobile)
            for x in emission_lines(db, period, site_id) if x.mass_t is not None]


def totals(lines: list[EmissionLine]) -> dict[tuple[str, str], float]:
    """Tonnes per (site, substance) and per ("", substance) for the enterprise."""
    out: dict[tuple[str, str], float] = defaultdict(float)
    for x in lines:
        if x.mass_t is not None:
            out[(x.site, x.substance)] += x.mass_t
            out[("", x.substance)] += x.mass_t
    return dict(out)


# ---------------------------------------------------------------- greenhouse gases
@dataclass(frozen=True)
class ProcessLine:
    """One source's process CO₂ in a period by the carbon balance of its node: the carbon
    carriers flowing in (reductants, carbonates) and out (products with a recorded carbon
    content), each with its tonnes and t C per t; `co2_t` None when a content is missing."""
    site_id: int
    site: str
    source_id: int
    source: str
    inputs: tuple[pe.MassTerm, ...]
    outputs: tuple[pe.MassTerm, ...]
    co2_t: float | None
    citations: tuple[str, ...] = ()


def _carbon_terms(s: Session, src: _Source, carbon: list[SourceStream], start: date,
                  end: date, library: Library
                  ) -> tuple[list[pe.MassTerm], list[pe.MassTerm], list[str]]:
    """The carbon carriers of a source over one piece of the period, split into inputs
    (into the source's node) and outputs (out of it; without a node every carrier is an
    input), with the contents (kg C/t ÷ 1000) valid on it, and their citations."""
    ins: list[pe.MassTerm] = []
    outs: list[pe.MassTerm] = []
    cites: list[str] = []
    for st in carbon:
        tonnes, material = _tonnes(s, src.row.site_id, st, start, end)
        f = library.factor(st.activity, pe.CARBON)
        if f is not None:
            cites.append(f.citation)
        term = pe.MassTerm(f"{material} ({st.activity})", tonnes,
                           None if f is None else f.value / 1000.0)
        out = src.row.node_id is not None and st.from_node_id == src.row.node_id
        (outs if out else ins).append(term)
    return ins, outs, cites


def _merged_terms(pieces: list[list[pe.MassTerm]]) -> tuple[pe.MassTerm, ...]:
    """Each carrier over the whole period: tonnes summed, content the carbon-weighted one
    (None when a piece had tonnes and no content)."""
    out = []
    for same in zip(*pieces, strict=True):
        tonnes = sum(t.tonnes for t in same)
        known = all(t.element_t is not None or not t.tonnes for t in same)
        carbon = sum(t.element_t or 0.0 for t in same)
        content = (carbon / tonnes if tonnes else same[-1].content) if known else None
        out.append(pe.MassTerm(same[0].name, tonnes, content))
    return tuple(out)


def process_lines(db: Database, period: Period, site_id: int | None = None
                  ) -> tuple[list[ProcessLine], list[Message]]:
    """Every source's process CO₂ by carbon balance where its streams carry carbon (the
    library has a carbon content "C" in kg/t for their activity), and what is missing."""
    pieces = segments(current_factors(db), period.start, period.end)
    lines: list[ProcessLine] = []
    missing: list[Message] = []
    with db.read() as s:
        for src in _sources(s, site_id):
            if src.row.kind is EmissionSourceKind.DISCHARGE:
                continue
            carbon = [st for st in src.streams
                      if any(lib.factor(st.activity, pe.CARBON) for _, _, lib in pieces)]
            if not carbon:
                continue
            parts = [_carbon_terms(s, src, carbon, a, b, lib) for a, b, lib in pieces]
            ins = _merged_terms([p[0] for p in parts])
            outs = _merged_terms([p[1] for p in parts])
            bal = _settled(missing, pe.carbon_balance_co2, ins, outs)
            missing += [Message(pe.MISSING_CARBON, activity=name) for name in bal.missing]
            cites = tuple(dict.fromkeys(c for p in parts for c in p[2]))
            lines.append(ProcessLine(src.row.site_id, src.site, src.row.id,
                                     f"{src.row.number} {src.row.name}", ins, outs,
                                     bal.gas_t, cites))
    return lines, missing


@dataclass(frozen=True)
class GhgReport:
    """The greenhouse gases of the fuels burned in a year, the process CO₂ of the sources
    with a carbon balance, and the threshold's flag."""
    year: int
    gwp_set: str
    lines: list[an.GhgLine]
    missing: list[Message]
    co2_t: float
    co2e_t: float
    process: list[ProcessLine] = field(default_factory=list)

    @property
    def above_threshold(self) -> bool:
        """Whether the installation's CO₂ exceeds 20,000 t a year."""
        return self.co2_t > an.THRESHOLD_T_CO2


def ghg(db: Database, period: Period, gwp_set: str = "AR5", site_id: int | None = None
        ) -> GhgReport:
    """CO₂, CH₄, N₂O and CO₂e per fuel (activity material) of every source's streams; a
    factor changed inside the period applies from its day. Process CO₂ by carbon balance
    (process_lines) adds to the CO₂ and CO₂e totals."""
    gwp = an.GWP_SETS[gwp_set]
    pieces: dict[str, list[an.GhgLine]] = defaultdict(list)
    missing: list[Message] = []
    with db.read() as s:
        sources = [src for src in _sources(s, site_id)
                   if src.row.kind is not EmissionSourceKind.DISCHARGE]
        for start, end, library in segments(current_factors(db), period.start, period.end):
            fuel: dict[str, float] = defaultdict(float)
            for src in sources:
                for st in src.streams:
                    if any(library.factor(st.activity, g) for g in an.GHG):
                        fuel[st.activity] += _tonnes(s, src.row.site_id, st, start, end)[0]
            for activity in sorted(fuel):
                ncv = library.ncv(activity)
                if ncv is None:
                    missing.append(Message(an.MISSING_NCV, activity=activity))
                    continue
                factors = {g: f for g in an.GHG if (f := library.factor(activity, g))}
                line = an.ghg_line(activity, fuel[activity], fuel[activity] * ncv.value,
                                   factors, gwp)
                pieces[activity].append(line)
                missing += [Message(an.MISSING_FACTOR, activity=activity, substance=g)
                            for g in line.missing]
    lines = [an.merged_ghg(pieces[a]) for a in sorted(pieces)]
    process, no_carbon = process_lines(db, period, site_id)
    process_co2 = sum(x.co2_t or 0.0 for x in process)  # a missing content is named below
    co2 = sum(x.mass_t["CO2"] or 0.0 for x in lines) + process_co2
    return GhgReport(period.end.year, gwp_set, lines, list(_once(missing + no_carbon)), co2,
                     sum(x.co2e_t for x in lines) + process_co2, process)
