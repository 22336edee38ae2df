"""Report 3: rational use of mineral resources — the four indicators per year, with inputs,
and a sheet of the technological against the commercial metal balance (metal_sheet).

The value is a formula (numerator ÷ denominator) so the auditor sees what it is made of.
"""

from __future__ import annotations

from greendesk import periods
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.reports import metal_sheet
from greendesk.reports.context import NothingToReport, ReportContext
from greendesk.reports.sheet import Column, Formula, SheetWriter
from greendesk.services.balances import indicators
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
    return n + metal_sheet.write(wb, ctx)
