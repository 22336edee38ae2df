"""The greenhouse gas workbook: per site and fuel, the activity in GJ (mass × NCV), CO₂, CH₄
and N₂O from the library's factors, their CO₂-equivalent with the GWP set named and cited,
and the installation's annual CO₂ against the 20,000 t threshold of greenhouse-gas
regulation.

Every figure the officer could recompute is a live formula cached with the services' value.
Where a factor or an NCV changed inside the year, the services apply each from its day; the
row then shows the year's weighted NCV and factor (energy ÷ mass, gas ÷ energy), so the
formulas still give the services' figures, and says so.
"""

from __future__ import annotations

import math
from datetime import date

from greendesk.analysis import emissions as an
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.reports.context import NothingToReport, ReportContext
from greendesk.reports.emissions_report import lines_for, sentences_below
from greendesk.reports.sheet import Column, Formula, SheetWriter
from greendesk.services.catalog import load_catalog
from greendesk.services.emissions import GhgReport, ghg
from greendesk.services.factors import Library, current_factors

TITLE = QT_TRANSLATE_NOOP("reports", "Greenhouse gas emissions")
GWP_SET = "AR5"  # the services' default; named and cited on the sheet
# Environmental Code of the RK (2021), chapter 20: the 20,000 t CO₂ a year of a regulated
# installation; the figure is the services' (analysis.emissions), unconfirmed there too.
THRESHOLD_BASIS = QT_TRANSLATE_NOOP("reports", "Environmental Code of the Republic of Kazakhstan, "
                                               "chapter 20")
FACTOR_FORMAT = "#,##0.0##"


def site_reports(ctx: ReportContext) -> list[tuple[str, GhgReport]]:
    """The services' figures per chosen site that burned a fuel with a GHG factor."""
    sites = load_catalog(ctx.db).sites
    chosen = sorted(sites) if ctx.site_ids is None else ctx.site_ids
    out = [(sites[i], ghg(ctx.db, ctx.period, GWP_SET, i)) for i in chosen if i in sites]
    return [(name, r) for name, r in out if r.lines or r.missing or r.process]


def _same(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-12, abs_tol=1e-12)


def build(wb, ctx: ReportContext) -> int:
    """Write the fuels' greenhouse gases and the installation's total; the number of rows."""
    tr = ctx.tr
    p = ctx.period
    if (p.start, p.end) != (date(p.start.year, 1, 1), date(p.start.year, 12, 31)):
        raise NothingToReport(tr(QT_TRANSLATE_NOOP(
            "reports", "Greenhouse gases are reported per calendar year: choose a year.")))
    reports = site_reports(ctx)
    if not reports:
        raise NothingToReport(tr(QT_TRANSLATE_NOOP(
            "reports", "No source at the chosen sites burns a fuel with a greenhouse gas "
                       "factor.")))
    library = Library(current_factors(ctx.db), p.start, p.end)
    gwp = an.GWP_SETS[GWP_SET]
    cols = [Column(QT_TRANSLATE_NOOP("reports", "Site"), width=20),
            Column(QT_TRANSLATE_NOOP("reports", "Fuel"), width=20),
            Column(QT_TRANSLATE_NOOP("reports", "Fuel burned"), "t", width=12, kind="number"),
            Column(QT_TRANSLATE_NOOP("reports", "NCV, GJ/t"), width=8, kind="number",
                   fmt=FACTOR_FORMAT),
            Column(QT_TRANSLATE_NOOP("reports", "Activity"), "GJ", width=12, kind="formula",
                   fmt="#,##0.0"),
            Column(QT_TRANSLATE_NOOP("reports", "CO₂ factor, kg/TJ"), width=9,
                   kind="number", fmt="#,##0"),
            Column(QT_TRANSLATE_NOOP("reports", "CH₄ factor, kg/TJ"), width=9,
                   kind="number", fmt=FACTOR_FORMAT),
            Column(QT_TRANSLATE_NOOP("reports", "N₂O factor, kg/TJ"), width=9,
                   kind="number", fmt=FACTOR_FORMAT),
            Column(QT_TRANSLATE_NOOP("reports", "CO₂"), "t", width=11, kind="formula",
                   fmt="#,##0.00"),
            Column(QT_TRANSLATE_NOOP("reports", "CH₄"), "t", width=10, kind="formula"),
            Column(QT_TRANSLATE_NOOP("reports", "N₂O"), "t", width=10, kind="formula"),
            Column(QT_TRANSLATE_NOOP("reports", "CO₂e"), "t", width=11, fmt="#,##0.00",
                   kind="formula")]
    subtitle = tr(QT_TRANSLATE_NOOP(
        "reports", "Activity = fuel × NCV; gas = activity × factor / 10⁶; CO₂-equivalent = "
                   "CO₂ + CH₄ × {ch4} + N₂O × {n2o} (GWP {set}). %s")) \
        .replace("{ch4}", f"{gwp['CH4']:g}").replace("{n2o}", f"{gwp['N2O']:g}") \
        .replace("{set}", GWP_SET)
    sheet = SheetWriter(wb, QT_TRANSLATE_NOOP("reports", "Greenhouse gases"), ctx.title(TITLE),
                        subtitle % ctx.period_name(), cols, "GhgFuels", tr=tr)
    weighted = tr(QT_TRANSLATE_NOOP("reports", "a factor changed in the year: weighted values "
                                               "shown"))
    rows = 0
    sources: dict[str, str] = {}
    process_cites: dict[str, None] = {}
    names = {(x.site, i.activity): i.material for x in lines_for(ctx) for i in x.inputs}
    for site, report in reports:
        for x in report.lines:
            n = sheet.row_number()
            ncv_row = library.ncv(x.activity)
            ncv = x.energy_gj / x.fuel_t if x.fuel_t else 0.0
            changed = ncv_row is None or not _same(x.fuel_t * ncv_row.value, x.energy_gj)
            if not changed and ncv_row is not None:
                ncv = ncv_row.value
            factors: list[float | None] = []
            for gas in an.GHG:
                ef, mass = x.ef_kg_per_tj[gas], x.mass_t[gas]
                if ef is not None and mass is not None and not _same(
                        x.energy_gj * ef / 1e6, mass):
                    changed, ef = True, (mass * 1e6 / x.energy_gj if x.energy_gj else ef)
                factors.append(None if mass is None else ef)
            cites = [f.citation for g in an.GHG if (f := library.factor(x.activity, g))]
            if ncv_row is not None:
                cites.insert(0, ncv_row.citation)
            sources[x.activity] = "; ".join(dict.fromkeys(cites))
            if changed:
                sources[x.activity] = f"{weighted}. {sources[x.activity]}"
            masses = [Formula(f'=IF({c}{n}="","",E{n}*{c}{n}/1000000)',
                              "" if x.mass_t[g] is None else x.mass_t[g])
                      for c, g in zip("FGH", an.GHG, strict=True)]
            fuel = names.get((site, x.activity))
            sheet.append([site, f"{fuel} ({x.activity})" if fuel else x.activity, x.fuel_t, ncv, Formula(f"=C{n}*D{n}", x.energy_gj),
                          *factors, *masses,
                          Formula(f"=N(I{n})+N(J{n})*{gwp['CH4']:g}+N(K{n})*{gwp['N2O']:g}",
                                  x.co2e_t)])
            ctx.fingerprint.add("ghg", site, x.activity, x.fuel_t, x.energy_gj,
                                tuple(x.mass_t[g] for g in an.GHG), x.co2e_t)
            rows += 1
        for pl in report.process:
            n = sheet.row_number()
            carriers = ", ".join(t.name for t in pl.inputs)
            if pl.outputs:
                carriers += " − " + ", ".join(t.name for t in pl.outputs)
            label = tr(QT_TRANSLATE_NOOP("reports", "process CO₂ of {source} by carbon balance "
                                                    "({carriers})"))
            sheet.append([site, label.replace("{source}", pl.source)
                          .replace("{carriers}", carriers), None, None, "", None, None, None,
                          "" if pl.co2_t is None else pl.co2_t, "", "",
                          Formula(f'=IF(I{n}="","",N(I{n}))', pl.co2_t or "")])
            for cite in pl.citations:
                process_cites.setdefault(cite)
            ctx.fingerprint.add("ghg-process", site, pl.source, pl.co2_t)
            rows += 1
    sheet.finish_table()
    co2 = sum(r.co2_t for _, r in reports)
    co2e = sum(r.co2e_t for _, r in reports)
    sheet.gap()
    c = sheet.label_value(QT_TRANSLATE_NOOP("reports", "CO₂, total"),
                          Formula(f"=SUM({sheet.data_range(cols[8].header)})", co2), "t")
    sheet.label_value(QT_TRANSLATE_NOOP("reports", "CO₂e, total"),
                      Formula(f"=SUM({sheet.data_range(cols[11].header)})", co2e), "t")
    t = sheet.label_value(QT_TRANSLATE_NOOP("reports", "Threshold, CO₂"),
                          an.THRESHOLD_T_CO2, "t")
    # Signed, so that the figure says how far below the threshold an installation is, too.
    sheet.label_value(QT_TRANSLATE_NOOP("reports", "CO₂ minus the threshold (negative: below)"),
                      Formula(f"=B{c}-B{t}", co2 - an.THRESHOLD_T_CO2), "t")
    ctx.fingerprint.add("ghg-total", co2, co2e, an.THRESHOLD_T_CO2)
    said = [m.render(ctx.translate, ctx.language) for _, r in reports for m in r.missing]
    verdict = tr(QT_TRANSLATE_NOOP(
        "reports", "The installation's CO₂ is above the threshold: it is subject to greenhouse "
                   "gas regulation.")) if co2 > an.THRESHOLD_T_CO2 else tr(QT_TRANSLATE_NOOP(
        "reports", "The installation's CO₂ is within the threshold."))
    texts = [verdict, tr(QT_TRANSLATE_NOOP(
        "reports", "The threshold of 20,000 t CO₂ a year: %s (the figure is not yet "
                   "confirmed against the official text).")) % tr(THRESHOLD_BASIS),
             tr(QT_TRANSLATE_NOOP("reports", "Sources of the factors:")),
             f"• GWP {GWP_SET}: {an.GWP_SOURCES[GWP_SET]}.",
             *[f"• {a}: {cite}." for a, cite in sources.items()]]
    if process_cites:
        texts += [tr(QT_TRANSLATE_NOOP(
            "reports", "Process CO₂ = (Σ carbon carriers in × t C per t − Σ carriers out × t C "
                       "per t) × 44/12 (IPCC 2006 Guidelines, Vol. 3, ch. 4, mass balance). "
                       "Carbon contents:")), *[f"• {c}." for c in process_cites]]
    if said:
        texts += [tr(QT_TRANSLATE_NOOP("reports", "Not counted, and not counted as zero:")),
                  *[f"• {s}." for s in dict.fromkeys(said)]]
    sentences_below(sheet, texts)
    return rows
