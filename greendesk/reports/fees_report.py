"""The fee declaration's workbook: per quarter, the fee for emissions from stationary sources
(substance, mass within and above the norm, rate, МРП, coefficients, sum) and for waste
placed into the plant's own formations (waste, quantity within and above the permit's
burial limit, rate, coefficient, sum), and the summary.

Laid out like the appendices of the fee declaration (form 870.00): one sheet per kind of
impact, one row per item and quarter. Every sum is a live formula over the cells beside it,
written with the figure `services.fees` computed; the summary adds the appendices up by
quarter with SUMIF. A line priced with a rate the loaded file marks unconfirmed says so.
"""

from __future__ import annotations

from greendesk.analysis.fees import EMISSION, WASTE, FeeLine, FeeResult
from greendesk.errors import DomainError
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.reports.context import NothingToReport, ReportContext
from greendesk.reports.sheet import Column, Formula, SheetWriter
from greendesk.services.catalog import load_catalog
from greendesk.services.fees import fees

TITLE = QT_TRANSLATE_NOOP("reports", "Fee for negative impact on the environment")
RATE_FORMAT = "#,##0.0#####"
COEFFICIENT_FORMAT = "0.0##"


def build(wb, ctx: ReportContext) -> int:
    """Write the fee's summary and its emission and waste placement appendices for each
    quarter of the period; the number of priced lines."""
    tr = ctx.tr
    try:
        result = fees(ctx.db, ctx.period, ctx.site_ids)
    except DomainError as exc:
        raise NothingToReport(exc.message.render(ctx.translate, ctx.language)) from None
    if not result.mrp and not result.lines:
        raise NothingToReport(tr(QT_TRANSLATE_NOOP(
            "reports", "No fee rates are loaded: load them with greendesk rates import.")))
    sites = load_catalog(ctx.db).sites
    summary = _summary_sheet(wb, ctx, result)  # first: the declaration, then its appendices
    emissions = _emissions(wb, ctx, [x for x in result.lines if x.kind == EMISSION], sites)
    waste = _waste(wb, ctx, [x for x in result.lines if x.kind == WASTE], sites)
    _summary_rows(summary, ctx, result, emissions, waste)
    return len(result.lines)


def _mark(ctx: ReportContext, line: FeeLine) -> str:
    return ctx.tr(QT_TRANSLATE_NOOP("reports", "yes")) if line.confirmed else \
        ctx.tr(QT_TRANSLATE_NOOP("reports", "no"))


def _emissions(wb, ctx: ReportContext, lines: list[FeeLine], sites: dict[int, str]
               ) -> SheetWriter:
    cols = [Column(QT_TRANSLATE_NOOP("reports", "Quarter"), width=9),
            Column(QT_TRANSLATE_NOOP("reports", "Site"), width=20),
            Column(QT_TRANSLATE_NOOP("reports", "Substance"), width=10),
            Column(QT_TRANSLATE_NOOP("reports", "Rate item"), width=22),
            Column(QT_TRANSLATE_NOOP("reports", "Mass within the norm"), "t", width=13,
                   kind="number"),
            Column(QT_TRANSLATE_NOOP("reports", "Mass above the norm"), "t", width=13,
                   kind="number"),
            Column(QT_TRANSLATE_NOOP("reports", "Rate, MCI per t"), width=11, kind="number",
                   fmt=RATE_FORMAT),
            Column(QT_TRANSLATE_NOOP("reports", "MCI"), "₸", width=9, kind="number"),
            Column(QT_TRANSLATE_NOOP("reports", "Coefficient within the norm"), width=10,
                   kind="number", fmt=COEFFICIENT_FORMAT),
            Column(QT_TRANSLATE_NOOP("reports", "Coefficient above the norm"), width=10,
                   kind="number", fmt=COEFFICIENT_FORMAT),
            Column(QT_TRANSLATE_NOOP("reports", "Fee within the norm"), "₸", width=14,
                   kind="formula"),
            Column(QT_TRANSLATE_NOOP("reports", "Fee above the norm"), "₸", width=14,
                   kind="formula"),
            Column(QT_TRANSLATE_NOOP("reports", "Fee"), "₸", width=15, kind="formula"),
            Column(QT_TRANSLATE_NOOP("reports", "Legal basis of the rate"), width=40),
            Column(QT_TRANSLATE_NOOP("reports", "Rate confirmed"), width=9)]
    sheet = SheetWriter(wb, QT_TRANSLATE_NOOP("reports", "Fee for emissions"),
                        QT_TRANSLATE_NOOP("reports", "Emissions of pollutants from stationary "
                                                     "sources"),
                        ctx.tr(QT_TRANSLATE_NOOP(
                            "reports", "Fee = mass × rate (MCI per t) × MCI × coefficient; the "
                                       "rates and the MCI in force on the quarter's first day "
                                       "(Tax Code, Art. 576 p. 1). Mobile sources and sites of "
                                       "category IV pay none. %s")) % ctx.period_name(),
                        cols, "FeeEmissions", tr=ctx.tr)
    for x in lines:
        n = sheet.row_number()
        sheet.append([x.quarter, sites.get(x.site_id, ""), x.item, x.rate_name or x.rate_code,
                      x.within_t, x.above_t, x.rate, x.mrp, x.k_within, x.k_above,
                      Formula(f"=E{n}*G{n}*H{n}*I{n}", x.fee_within),
                      Formula(f"=F{n}*G{n}*H{n}*J{n}", x.fee_above),
                      Formula(f"=K{n}+L{n}", x.fee), x.basis, _mark(ctx, x)])
        ctx.fingerprint.add("fee-emission", x.quarter, x.site_id, x.item, x.within_t,
                            x.above_t, x.rate, x.mrp, x.k_within, x.k_above, x.basis,
                            x.confirmed)
    _total(sheet, cols[12], sum(x.fee for x in lines))
    return sheet


def _waste(wb, ctx: ReportContext, lines: list[FeeLine], sites: dict[int, str]
           ) -> SheetWriter:
    cols = [Column(QT_TRANSLATE_NOOP("reports", "Quarter"), width=9),
            Column(QT_TRANSLATE_NOOP("reports", "Site"), width=20),
            Column(QT_TRANSLATE_NOOP("reports", "Waste type"), width=26),
            Column(QT_TRANSLATE_NOOP("reports", "Rate item"), width=24),
            Column(QT_TRANSLATE_NOOP("reports", "Placed within the burial limit, net"), "t",
                   width=15, kind="number"),
            Column(QT_TRANSLATE_NOOP("reports", "Placed above the burial limit"), "t",
                   width=15, kind="number"),
            Column(QT_TRANSLATE_NOOP("reports", "Rate, MCI per t"), width=11, kind="number",
                   fmt=RATE_FORMAT),
            Column(QT_TRANSLATE_NOOP("reports", "MCI"), "₸", width=9, kind="number"),
            Column(QT_TRANSLATE_NOOP("reports", "Coefficient above the norm"), width=10,
                   kind="number", fmt=COEFFICIENT_FORMAT),
            Column(QT_TRANSLATE_NOOP("reports", "Fee"), "₸", width=15, kind="formula"),
            Column(QT_TRANSLATE_NOOP("reports", "Legal basis of the rate"), width=40),
            Column(QT_TRANSLATE_NOOP("reports", "Rate confirmed"), width=9)]
    sheet = SheetWriter(wb, QT_TRANSLATE_NOOP("reports", "Fee for waste"),
                        QT_TRANSLATE_NOOP("reports", "Placement of waste in own formations"),
                        ctx.tr(QT_TRANSLATE_NOOP(
                            "reports", "Fee = quantity placed (net of what was taken out) × "
                                       "rate (MCI per t) × MCI, the part above the permit's "
                                       "burial limit × the above-norm coefficient. The yearly "
                                       "limit is counted from 1 January: once the year's "
                                       "running total passes it, what a quarter places beyond "
                                       "it is above the norm (check against current law). %s"))
                        % ctx.period_name(), cols, "FeeWaste", tr=ctx.tr)
    for x in lines:
        n = sheet.row_number()
        sheet.append([x.quarter, sites.get(x.site_id, ""), x.item, x.rate_name or x.rate_code,
                      x.within_t, x.above_t, x.rate, x.mrp, x.k_above,
                      Formula(f"=E{n}*G{n}*H{n}+F{n}*G{n}*H{n}*I{n}", x.fee), x.basis,
                      _mark(ctx, x)])
        ctx.fingerprint.add("fee-waste", x.quarter, x.site_id, x.item, x.within_t, x.above_t,
                            x.rate, x.mrp, x.k_above, x.basis, x.confirmed)
    _total(sheet, cols[9], sum(x.fee for x in lines))
    return sheet


def _total(sheet: SheetWriter, column: Column, value: float) -> None:
    sheet.finish_table()
    sheet.gap()
    sheet.label_value(QT_TRANSLATE_NOOP("reports", "Total fee"),
                      Formula(f"=SUM({sheet.data_range(column.header)})", value), "₸")


def _summary_sheet(wb, ctx: ReportContext, result: FeeResult) -> SheetWriter:
    tr = ctx.tr
    cols = [Column(QT_TRANSLATE_NOOP("reports", "Quarter"), width=10),
            Column(QT_TRANSLATE_NOOP("reports", "MCI"), "₸", width=10, kind="number"),
            Column(QT_TRANSLATE_NOOP("reports", "Fee for emissions"), "₸", width=16,
                   kind="formula"),
            Column(QT_TRANSLATE_NOOP("reports", "Fee for waste"), "₸", width=16,
                   kind="formula"),
            Column(QT_TRANSLATE_NOOP("reports", "Fee"), "₸", width=16, kind="formula")]
    problems = [m.render(ctx.translate, ctx.language) for m in (*result.missing, *result.notes)]
    if any(not x.confirmed for x in result.lines):
        problems.append(tr(QT_TRANSLATE_NOOP(
            "reports", "Lines whose rate is not confirmed were priced with values the loaded "
                       "rates mark as illustrative: check them against the law in force.")))
    return SheetWriter(wb, QT_TRANSLATE_NOOP("reports", "Fee summary"), ctx.title(TITLE),
                       " ".join([ctx.period_name() + ("." if problems else ""), *problems]), cols, "FeeSummary", tr=tr)


def _summary_rows(sheet: SheetWriter, ctx: ReportContext, result: FeeResult,
                  emissions: SheetWriter, waste: SheetWriter) -> None:
    """Each quarter's fee: the appendices' sums of that quarter (SUMIF), and the total."""

    def by_quarter(other: SheetWriter, fee_header: str, n: int) -> str:
        name = other.name.replace("'", "''")
        quarter = other.data_range(QT_TRANSLATE_NOOP("reports", "Quarter"))
        fee = other.data_range(fee_header)
        return f"SUMIF('{name}'!{quarter},A{n},'{name}'!{fee})"

    for q, mrp in sorted(result.mrp.items()):
        n = sheet.row_number()
        e = sum(x.fee for x in result.lines if x.quarter == q and x.kind == EMISSION)
        w = sum(x.fee for x in result.lines if x.quarter == q and x.kind == WASTE)
        fee = QT_TRANSLATE_NOOP("reports", "Fee")
        sheet.append([q, mrp, Formula("=" + by_quarter(emissions, fee, n), e),
                      Formula("=" + by_quarter(waste, fee, n), w),
                      Formula(f"=C{n}+D{n}", e + w)])
        ctx.fingerprint.add("fee-quarter", q, mrp, e, w)
    _total(sheet, sheet.columns[4], result.total)
