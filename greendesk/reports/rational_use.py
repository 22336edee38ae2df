"""Report 3: rational use of mineral resources — the four indicators per year, with inputs,
the air indicators per site (emissions and greenhouse gases per tonne shipped), and a sheet
of the technological against the commercial metal balance (metal_sheet).

The value is a formula (numerator ÷ denominator) so the auditor sees what it is made of.
"""

from __future__ import annotations

from greendesk import periods
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.reports import metal_sheet
from greendesk.reports.context import NothingToReport, ReportContext
from greendesk.reports.sheet import Column, Formula, SheetWriter
from greendesk.services import air_indicators as air
from greendesk.services.balances import indicators
from greendesk.services.catalog import load_catalog
from greendesk.services.summary import date_range

TITLE = QT_TRANSLATE_NOOP("reports", "Rational use of mineral resources")


def build(wb, ctx: ReportContext) -> int:
    """Write the rational-use indicators per site and year; the number of rows."""
    tr = ctx.tr
    first, _last = date_range(ctx.db)
    if first is None:
        raise NothingToReport(tr(QT_TRANSLATE_NOOP("reports", "There are no flows to compute the indicators "
                                   "from.")))
    # The same period in each of the last five years: January beside the Januaries before.
    end_year = ctx.period.end.year
    annual = periods.kind(ctx.period) == "year"
    years = [y for y in range(end_year - 4, end_year + 1) if y >= first.year]
    cols = [Column(QT_TRANSLATE_NOOP("reports", "Year"), width=7, kind="int", fmt="0") if annual
            else Column(QT_TRANSLATE_NOOP("reports", "Period"), width=16),
            Column(QT_TRANSLATE_NOOP("reports", "Indicator"), width=44),
            Column(QT_TRANSLATE_NOOP("reports", "Component"), width=10),
            Column(QT_TRANSLATE_NOOP("reports", "Numerator"), width=15, kind="number", fmt="#,##0.000"),
            Column(QT_TRANSLATE_NOOP("reports", "Denominator"), width=15, kind="number", fmt="#,##0.000"),
            Column(QT_TRANSLATE_NOOP("reports", "Unit"), width=6),
            Column(QT_TRANSLATE_NOOP("reports", "Value"), "%", width=10, kind="formula"),
            Column(QT_TRANSLATE_NOOP("reports", "Formula"), width=70)]
    subtitle = tr(QT_TRANSLATE_NOOP("reports", "Indicators of the whole site chain, the last five "
                                               "years to %s.")) % end_year if annual else \
        tr(QT_TRANSLATE_NOOP("reports", "Indicators of the whole site chain for the same period "
                                        "of each of the last five years; the latest: %s.")) \
        % ctx.period_name()
    sheet = SheetWriter(wb, QT_TRANSLATE_NOOP("reports", "Rational use"), ctx.title(TITLE),
                        subtitle, cols, "RationalUse", tr=tr)
    n = 0
    for y in years:
        period = periods.shifted(ctx.period, y - end_year)
        when = y if annual else periods.name(period).render(ctx.translate, ctx.language)
        for ind in indicators(ctx.db, period, ctx.site_ids):
            r = sheet.row_number()
            title = ctx.translate("balances", ind.title)
            formula = ctx.translate("balances", ind.formula)
            sheet.append([when, title, ind.component or "", ind.numerator, ind.denominator,
                          ctx.unit_name(ind.unit), Formula(f'=IF(E{r}=0,"",D{r}/E{r})',
                                       "" if not ind.denominator
                                       else ind.numerator / ind.denominator), formula])
            ctx.fingerprint.add("indicator", y if annual else period.label, ind.key, ind.component, ind.numerator,
                                ind.denominator)
            n += 1
    sheet.finish_table()
    n += _air(wb, ctx, years, annual)
    return n + metal_sheet.write(wb, ctx)


def _air(wb, ctx: ReportContext, years: list[int], annual: bool) -> int:
    """The air indicators per site and year (services/air_indicators, the greening plan's
    figures): tonnes emitted ÷ tonnes shipped, a live formula; no mass, no figure."""
    tr = ctx.tr
    end_year = ctx.period.end.year
    cols = [Column(QT_TRANSLATE_NOOP("reports", "Year"), width=7, kind="int", fmt="0") if annual
            else Column(QT_TRANSLATE_NOOP("reports", "Period"), width=16),
            Column(QT_TRANSLATE_NOOP("reports", "Site"), width=20),
            Column(QT_TRANSLATE_NOOP("reports", "Indicator"), width=30),
            Column(QT_TRANSLATE_NOOP("reports", "Emitted"), "t", width=14, kind="number"),
            Column(QT_TRANSLATE_NOOP("reports", "Shipped to customers"), "t", width=15,
                   kind="number"),
            Column(QT_TRANSLATE_NOOP("reports", "Unit"), width=9),
            Column(QT_TRANSLATE_NOOP("reports", "Value"), width=12, kind="formula",
                   fmt="#,##0.000###")]
    sheet = SheetWriter(wb, QT_TRANSLATE_NOOP("reports", "Air indicators"),
                        QT_TRANSLATE_NOOP("reports", "Emissions and greenhouse gases per tonne "
                                                     "shipped"),
                        tr(QT_TRANSLATE_NOOP(
                            "reports", "Pollutants emitted to air (greenhouse gases aside) and "
                                       "the CO₂-equivalent of the fuels burned (GWP AR5), from "
                                       "the emission sources, ÷ mass shipped to customers; "
                                       "blank where no emission has a mass. %s"))
                        % ctx.period_name(), cols, "AirIndicators", tr=tr)
    sites = load_catalog(ctx.db).sites
    chosen = sorted(sites) if ctx.site_ids is None else ctx.site_ids
    n = 0
    for y in years:
        period = periods.shifted(ctx.period, y - end_year)
        when = y if annual else periods.name(period).render(ctx.translate, ctx.language)
        for site in chosen:
            for kind in (air.EMISSIONS, air.GHG_KIND):
                x = air.intensity_in(ctx.db, kind, site, period)
                if x.numerator is None:
                    continue
                r = sheet.row_number()
                sheet.append([when, sites.get(site, ""), tr(air.TITLES[kind]), x.numerator,
                              x.shipped_t, air.UNITS[kind],
                              Formula(f'=IF(E{r}=0,"",D{r}/E{r}*{air.SCALE[kind]:g})',
                                      "" if x.value is None else x.value)])
                ctx.fingerprint.add("air-indicator", period.label, site, kind, x.numerator,
                                    x.shipped_t)
                n += 1
    if not n:
        sheet.append([None, None, tr(QT_TRANSLATE_NOOP(
            "reports", "No emission source with a mass at the chosen sites.")),
            *[None] * 4])
    sheet.finish_table()
    return n
