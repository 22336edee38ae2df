"""The emissions workbook: what each source sent to air in the period, per substance, against
its permit's norm; the totals per site and for the enterprise; and the discharges to water.

One row per activity stream that drives a source's substance (a source whose SO₂ comes from
coal and from the off-gas has two), the norm and the live "above the norm" formula on the
substance's last row, over the masses of its rows. Measured lines (instrumental g/s at the
stack) have no activity and say so in their basis. A substance without a factor or a
concentration has no mass — never a zero — and is named below the table in sentences. The
totals are SUMIFS over the emissions sheet, each cached with the services' figure.
"""

from __future__ import annotations

from collections import defaultdict

from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.reports import layout
from greendesk.reports.book import SUBTITLE
from greendesk.reports.context import NothingToReport, ReportContext
from greendesk.reports.sheet import Column, Formula, SheetWriter, banner
from greendesk.services.emissions import EmissionLine, emission_lines

TITLE = QT_TRANSLATE_NOOP("reports", "Emissions to air and discharges to water")
FACTOR_FORMAT = "#,##0.0####"
BASIS = {"measured": QT_TRANSLATE_NOOP("reports", "measured"),
         "calculated": QT_TRANSLATE_NOOP("reports", "calculated")}


def lines_for(ctx: ReportContext) -> list[EmissionLine]:
    """The services' lines for the chosen sites (every site when none is chosen)."""
    if ctx.site_ids is None:
        return emission_lines(ctx.db, ctx.period)
    return [x for site in ctx.site_ids for x in emission_lines(ctx.db, ctx.period, site)]


def build(wb, ctx: ReportContext) -> int:
    """Write the emissions, their totals and the discharges; the number of lines."""
    lines = lines_for(ctx)
    if not lines:
        raise NothingToReport(ctx.tr(QT_TRANSLATE_NOOP(
            "reports", "No emission source or discharge point is recorded at the chosen "
                       "sites.")))
    air = [x for x in lines if x.medium == "air"]
    water = [x for x in lines if x.medium != "air"]
    sheet = _air(wb, ctx, air)
    _totals(wb, ctx, air, sheet)
    _water(wb, ctx, water)
    return len(lines)


def sentences_below(sheet: SheetWriter, texts: list[str]) -> None:
    """Sentences below the table (call it after the table is finished), each wrapped across
    the columns a printed page shows: all of them, or the key columns a split table repeats.
    Written at once: a streamed sheet keeps no row it has moved past, so a merge written
    later was lost and the text ran on one line across the page."""
    sheet.gap()
    _page, scale, keys, _breaks = layout.page_layout(sheet.widths)
    span = keys if scale else len(sheet.columns)
    # Rows sized for 85 % of the width: citations full of capitals and digits ("IPCC 2006
    # GL Vol. 2") are wider than the average text the estimate counts.
    banner(sheet.out, [(t, SUBTITLE) for t in texts], 0.85 * sum(sheet.widths[:span]), span)


def missing_block(sheet: SheetWriter, ctx: ReportContext, lines: list[EmissionLine]) -> None:
    """The substances without a mass, each named with why: a sentence block below the table."""
    said = [f"{x.site}, {x.source}: {m.render(ctx.translate, ctx.language)}"
            for x in lines if x.mass_t is None for m in x.missing]
    if not said:
        return
    head = ctx.tr(QT_TRANSLATE_NOOP("reports", "Not counted, and not counted as zero:"))
    sentences_below(sheet, [head, *[f"• {s}." for s in said]])


def _air(wb, ctx: ReportContext, lines: list[EmissionLine]) -> SheetWriter:
    tr = ctx.tr
    # the source and substance first: the columns a split page repeats
    cols = [Column(QT_TRANSLATE_NOOP("reports", "Source"), width=22),
            Column(QT_TRANSLATE_NOOP("reports", "Substance"), width=9),
            Column(QT_TRANSLATE_NOOP("reports", "Site"), width=18),
            Column(QT_TRANSLATE_NOOP("reports", "Basis"), width=11),
            Column(QT_TRANSLATE_NOOP("reports", "Activity"), width=16),
            Column(QT_TRANSLATE_NOOP("reports", "Activity quantity"), "t", width=12,
                   kind="number"),
            Column(QT_TRANSLATE_NOOP("reports", "Energy"), "GJ", width=11, kind="number"),
            Column(QT_TRANSLATE_NOOP("reports", "Factor"), width=10, kind="number",
                   fmt=FACTOR_FORMAT),
            Column(QT_TRANSLATE_NOOP("reports", "Factor unit"), width=7),
            Column(QT_TRANSLATE_NOOP("reports", "Abatement η"), "%", width=9, kind="number"),
            Column(QT_TRANSLATE_NOOP("reports", "Mass"), "t", width=12, kind="number"),
            Column(QT_TRANSLATE_NOOP("reports", "Norm"), "t", width=11, kind="number"),
            Column(QT_TRANSLATE_NOOP("reports", "Above the norm"), "t", width=11,
                   kind="formula")]
    sheet = SheetWriter(wb, QT_TRANSLATE_NOOP("reports", "Emissions to air"), ctx.title(TITLE),
                        tr(QT_TRANSLATE_NOOP(
                            "reports", "Mass = activity × factor × (1 − η); SO₂ from a fuel's "
                                       "sulphur = 0.02 × B × S × (1 − η′) × (1 − η), S in per "
                                       "cent; measured: "
                                       "mean g/s × hours × 3600 / 10⁶. The norm (t/year, counted "
                                       "by days) and the excess are on a substance's last row; a "
                                       "mass left blank is named below the table. %s")) % ctx.period_name(),
                        cols, "AirEmissions", tr=tr)
    for x in lines:
        basis = tr(BASIS.get(x.basis, x.basis))
        inputs = x.inputs or (None,)
        first = sheet.row_number()
        for i, inp in enumerate(inputs):
            n = sheet.row_number()
            last = i == len(inputs) - 1
            f = None if inp is None else inp.factor
            mass = x.mass_t if inp is None else inp.mass_t
            above = Formula(f'=IF(OR(L{n}="",COUNT(K{first}:K{n})=0),"",'
                            f'MAX(0,SUM(K{first}:K{n})-L{n}))',
                            "" if x.exceedance_t is None else x.exceedance_t)
            sheet.append([x.source, x.substance, x.site, basis,
                          "" if inp is None else inp.material,
                          None if inp is None else inp.fuel_t,
                          None if inp is None else inp.energy_gj,
                          None if f is None else f.value, "" if f is None else ctx.unit_name(f.unit),
                          x.efficiency if x.basis == "calculated" else None, mass,
                          x.norm_t if last else None, above if last else None])
        ctx.fingerprint.add("emission", x.site_id, x.source_id, x.substance, x.basis,
                            x.efficiency, x.mass_t, x.norm_t,
                            tuple((i.activity, i.fuel_t, i.energy_gj, i.mass_t,
                                   None if i.factor is None else (i.factor.value, i.factor.unit))
                                  for i in x.inputs),
                            tuple(m.template for m in x.missing))
    sheet.finish_table()
    missing_block(sheet, ctx, lines)
    return sheet


def _totals(wb, ctx: ReportContext, lines: list[EmissionLine], air: SheetWriter) -> None:
    """Per site and substance, then for the enterprise: SUMIFS over the emissions sheet."""
    tr = ctx.tr
    cols = [Column(QT_TRANSLATE_NOOP("reports", "Site"), width=24),
            Column(QT_TRANSLATE_NOOP("reports", "Substance"), width=10),
            Column(QT_TRANSLATE_NOOP("reports", "Mass"), "t", width=14, kind="formula"),
            Column(QT_TRANSLATE_NOOP("reports", "Above the norm"), "t", width=14,
                   kind="formula")]
    sheet = SheetWriter(wb, QT_TRANSLATE_NOOP("reports", "Emission totals"),
                        QT_TRANSLATE_NOOP("reports", "Emissions to air: totals per site and "
                                                     "for the enterprise"),
                        tr(QT_TRANSLATE_NOOP("reports", "Sums of the emissions sheet; a "
                                                        "substance without a mass adds "
                                                        "nothing and is named there. %s"))
                        % ctx.period_name(), cols, "AirTotals", tr=tr)
    name = "'" + air.name.replace("'", "''") + "'!"
    mass = name + air.data_range("Mass")
    site_col, sub_col = name + air.data_range("Site"), name + air.data_range("Substance")
    above = name + air.data_range("Above the norm")
    per_site: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0.0, 0.0])
    per_all: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0])
    for x in lines:
        if x.mass_t is None:
            continue  # named on the emissions sheet; no total of nothing
        for key, table in (((x.site, x.substance), per_site), (x.substance, per_all)):
            table[key][0] += x.mass_t  # type: ignore[index]
            table[key][1] += x.exceedance_t or 0.0  # type: ignore[index]
    for (site, substance), (m, a) in sorted(per_site.items()):
        n = sheet.row_number()
        sheet.append([site, substance, Formula(f"=SUMIFS({mass},{site_col},A{n},{sub_col},B{n})",
                                               m),
                      Formula(f"=SUMIFS({above},{site_col},A{n},{sub_col},B{n})", a)])
    everyone = tr(QT_TRANSLATE_NOOP("reports", "Enterprise, all sites"))
    for substance, (m, a) in sorted(per_all.items()):
        n = sheet.row_number()
        sheet.append([everyone, substance, Formula(f"=SUMIF({sub_col},B{n},{mass})", m),
                      Formula(f"=SUMIF({sub_col},B{n},{above})", a)])
    sheet.finish_table()


def _water(wb, ctx: ReportContext, lines: list[EmissionLine]) -> None:
    tr = ctx.tr
    cols = [Column(QT_TRANSLATE_NOOP("reports", "Discharge point"), width=22),
            Column(QT_TRANSLATE_NOOP("reports", "Pollutant"), width=10),
            Column(QT_TRANSLATE_NOOP("reports", "Site"), width=18),
            Column(QT_TRANSLATE_NOOP("reports", "Water discharged"), "m³", width=13,
                   kind="number"),
            Column(QT_TRANSLATE_NOOP("reports", "Mean concentration"), "mg/L", width=12,
                   kind="number", fmt="#,##0.0###"),
            Column(QT_TRANSLATE_NOOP("reports", "Mass"), "t", width=12, kind="formula"),
            Column(QT_TRANSLATE_NOOP("reports", "Norm"), "t", width=11, kind="number"),
            Column(QT_TRANSLATE_NOOP("reports", "Above the norm"), "t", width=11,
                   kind="formula"),
            Column(QT_TRANSLATE_NOOP("reports", "Note"), width=30)]
    sheet = SheetWriter(wb, QT_TRANSLATE_NOOP("reports", "Discharges to water"),
                        QT_TRANSLATE_NOOP("reports", "Discharges of pollutants to water"),
                        tr(QT_TRANSLATE_NOOP(
                            "reports", "Mass = water discharged × mean concentration measured "
                                       "at the point in the period (mg/L = g/m³) / 10⁶. %s"))
                        % ctx.period_name(), cols, "WaterDischarges", tr=tr)
    for x in lines:
        n = sheet.row_number()
        volume = sum(i.fuel_t for i in x.inputs)
        note = "; ".join(m.render(ctx.translate, ctx.language) for m in x.missing)
        mass = Formula(f'=IF(E{n}="","",D{n}*E{n}/1000000)',
                       "" if x.mass_t is None else x.mass_t)
        sheet.append([x.source, x.substance, x.site, volume, x.concentration_mg_l, mass,
                      x.norm_t, Formula(f'=IF(OR(F{n}="",G{n}=""),"",MAX(0,F{n}-G{n}))',
                                        "" if x.exceedance_t is None else x.exceedance_t),
                      note])
        ctx.fingerprint.add("discharge", x.site_id, x.source_id, x.substance, volume,
                            x.concentration_mg_l, x.mass_t, x.norm_t)
    if not lines:
        sheet.append([tr(QT_TRANSLATE_NOOP(
            "reports", "No discharge point is recorded at the chosen sites.")), *[None] * 8])
    sheet.finish_table()
    missing_block(sheet, ctx, lines)
