"""Report 1: the annual waste report — per waste type generation, recycling, transfers per
contractor and R/D operation, placement, stock at start and end of the year; the year's
indicators; contractors and their licences.

Closing stock and the recycling share are formulas over the columns beside them.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from greendesk import periods
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.models import Flow
from greendesk.models.waste import WasteContractor, WasteTransfer
from greendesk.periods import Period
from greendesk.reports.context import NothingToReport, ReportContext
from greendesk.reports.sheet import Column, Formula, SheetWriter
from greendesk.services.waste import list_contractors, list_waste_types
from greendesk.services.waste_indicators import waste_indicators
from greendesk.services.waste_stock import stock_table

TITLE = QT_TRANSLATE_NOOP("reports", "Waste report")


def build(wb, ctx: ReportContext) -> int:
    """Write the waste register and movements of the chosen sites; the number of rows."""
    tr = ctx.tr
    types = {t.id: t for t in list_waste_types(ctx.db) if ctx.sites_filter(t.site_id)}
    if not types:
        raise NothingToReport(tr(QT_TRANSLATE_NOOP("reports", "No waste types are registered for the chosen "
                                   "sites.")))
    period = Period(ctx.period.start, ctx.period.end, ctx.period.label)
    rows = [r for r in stock_table(ctx.db, period) if r.waste_type_id in types]
    cols = [Column(QT_TRANSLATE_NOOP("reports", "Site"), width=20),
            Column(QT_TRANSLATE_NOOP("reports", "Waste type"), width=28),
            Column(QT_TRANSLATE_NOOP("reports", "List of Waste code"), width=11),
            Column(QT_TRANSLATE_NOOP("reports", "Hazardous"), width=9),
            Column(QT_TRANSLATE_NOOP("reports", "Legacy level"), width=8),
            Column(QT_TRANSLATE_NOOP("reports", "Storage or formation"), width=24),
            Column(QT_TRANSLATE_NOOP("reports", "Stock at start"), "t", width=13, kind="number"),
            Column(QT_TRANSLATE_NOOP("reports", "Generated"), "t", width=13, kind="number"),
            Column(QT_TRANSLATE_NOOP("reports", "Recycled on site"), "t", width=12, kind="number"),
            Column(QT_TRANSLATE_NOOP("reports", "Transferred"), "t", width=12, kind="number"),
            Column(QT_TRANSLATE_NOOP("reports", "Placed in formations"), "t", width=13, kind="number"),
            Column(QT_TRANSLATE_NOOP("reports", "Other movements"), "t", width=11, kind="number"),
            Column(QT_TRANSLATE_NOOP("reports", "Stock at end"), "t", width=13, kind="formula")]
    sheet = SheetWriter(wb, QT_TRANSLATE_NOOP("reports", "Waste movements"), ctx.title(TITLE),
                        tr(QT_TRANSLATE_NOOP("reports", "Stock at end = start + generated − recycled − "
                             "transferred − placed + other. %s")) % ctx.period_name(),
                        cols, "WasteMovements", tr=tr)
    yes, no = tr(QT_TRANSLATE_NOOP("reports", "yes")), tr(QT_TRANSLATE_NOOP("reports", "no"))
    for r in rows:
        t = types[r.waste_type_id]
        n = sheet.row_number()
        sheet.append([t.site_name, t.name, t.display_code, yes if t.hazardous else no,
                      ctx.enum_name(t.legacy_level), r.node_name, r.opening,
                      r.generated, r.recycled, r.transferred, r.placed, r.other,
                      Formula(f"=G{n}+H{n}-I{n}-J{n}-K{n}+L{n}", r.closing)])
        ctx.fingerprint.add("waste", r.waste_type_id, r.node_id, r.opening, r.generated,
                            r.recycled, r.transferred, r.placed, r.other, r.closing)
    sheet.finish_table()
    _transfers(wb, ctx, types)
    _indicators(wb, ctx)
    _contractors(wb, ctx)
    return len(rows)


def _transfers(wb, ctx: ReportContext, types) -> None:
    tr = ctx.tr
    by_material = {t.material_id: t for t in types.values()}
    q = (select(WasteContractor.name, WasteTransfer.operation, Flow.material_id,
                func.sum(Flow.qty_canonical), func.count())
         .join(Flow, Flow.id == WasteTransfer.flow_id)
         .join(WasteContractor, WasteContractor.id == WasteTransfer.contractor_id)
         .where(Flow.flow_date.between(ctx.period.start, ctx.period.end))
         .where(Flow.site_id.in_({t.site_id for t in types.values()}))
         .group_by(WasteContractor.name, WasteTransfer.operation, Flow.material_id)
         .order_by(WasteContractor.name, WasteTransfer.operation))
    with ctx.db.read() as s:
        rows = [r for r in s.execute(q) if r[2] in by_material]
    cols = [Column(QT_TRANSLATE_NOOP("reports", "Contractor"), width=28),
            Column(QT_TRANSLATE_NOOP("reports", "Operation"), width=10),
            Column(QT_TRANSLATE_NOOP("reports", "Waste type"), width=28),
            Column(QT_TRANSLATE_NOOP("reports", "List of Waste code"), width=11),
            Column(QT_TRANSLATE_NOOP("reports", "Transfers"), width=10, kind="int"),
            Column(QT_TRANSLATE_NOOP("reports", "Quantity"), "t", width=14, kind="number")]
    sheet = SheetWriter(wb, QT_TRANSLATE_NOOP("reports", "Transfers"),
                        QT_TRANSLATE_NOOP("reports", "Transfers per contractor and R/D operation"),
                        ctx.period_name(), cols, "WasteTransfers", tr=tr)
    total = 0.0
    for name, operation, material_id, qty, count in rows:
        total += qty
        t = by_material[material_id]
        sheet.append([name, operation, t.name, t.display_code, count, qty])
        ctx.fingerprint.add("transfer", name, operation, material_id, qty, count)
    sheet.finish_table()
    sheet.gap()
    sheet.label_value(QT_TRANSLATE_NOOP("reports", "Total transferred"),
                      Formula(f"=SUM({sheet.data_range(cols[5].header)})", total), "t")


def _indicators(wb, ctx: ReportContext) -> None:
    """Each scope's figures for the period beside the same period a year earlier (January
    beside January, a quarter beside the same quarter), the change a formula over both."""
    tr = ctx.tr
    earlier = periods.year_earlier(ctx.period)
    # The whole enterprise's row only when every site is chosen: it holds the others' figures.
    scopes = [None] * (ctx.site_ids is None) + [s for s in sorted({t.site_id for t in list_waste_types(ctx.db)})
                       if ctx.sites_filter(s)]
    cols = [Column(QT_TRANSLATE_NOOP("reports", "Scope"), width=26),
            Column(QT_TRANSLATE_NOOP("reports", "Period"), width=16),
            Column(QT_TRANSLATE_NOOP("reports", "Generated"), "t", width=13, kind="number"),
            Column(QT_TRANSLATE_NOOP("reports", "Hazardous"), "t", width=12, kind="number"),
            Column(QT_TRANSLATE_NOOP("reports", "Non-hazardous"), "t", width=13, kind="number"),
            Column(QT_TRANSLATE_NOOP("reports", "Recycled (incl. incineration)"), "t", width=14,
                   kind="number"),
            Column(QT_TRANSLATE_NOOP("reports", "Recycling share"), "%", width=10, kind="formula"),
            Column(QT_TRANSLATE_NOOP("reports", "Stock at the end of the period"), "t", width=13,
                   kind="number"),
            Column(QT_TRANSLATE_NOOP("reports", "Waste per tonne of main product"), width=12,
                   kind="number", fmt="#,##0.000"),
            Column(QT_TRANSLATE_NOOP("reports", "Generated in the same period of the previous "
                                                "year"), "t", width=13, kind="number"),
            Column(QT_TRANSLATE_NOOP("reports", "Generated, change on the same period of the "
                                                "previous year"), "%", width=12, kind="formula")]
    compared = tr(QT_TRANSLATE_NOOP("reports", "Compared with %s.")) % periods.name(
        earlier).render(ctx.translate, ctx.language) if earlier else tr(QT_TRANSLATE_NOOP(
            "reports", "Not compared: the period is longer than a year."))
    sheet = SheetWriter(wb, QT_TRANSLATE_NOOP("reports", "Waste indicators"),
                        ctx.title(QT_TRANSLATE_NOOP("reports", "Waste indicators")),
                        tr(QT_TRANSLATE_NOOP("reports", "The recycling share is recycled ÷ generated and is "
                             "not capped: above 100 % old stock was processed.")) + f" {compared}",
                        cols, "WasteIndicators", tr=tr)
    name = ctx.period_name()
    for site_id in scopes:
        wi = waste_indicators(ctx.db, ctx.period, site_id)
        f, before = wi.current, wi.previous
        change = wi.change_pct("generated")
        n = sheet.row_number()
        sheet.append([f.name, name, f.generated, f.hazardous, f.non_hazardous, f.recycled,
                      Formula(f'=IF(C{n}=0,"",F{n}/C{n})',
                              "" if f.recycling_share is None else f.recycling_share),
                      f.stock_at_year_end, f.per_tonne_of_product,
                      None if before is None else before.generated,
                      Formula(f'=IF(N(J{n})=0,"",(C{n}-J{n})/ABS(J{n}))',
                              "" if change is None else change / 100.0)])
        ctx.fingerprint.add("waste-indicators", site_id, ctx.period.label, f.generated,
                            f.recycled, f.stock_at_year_end,
                            None if before is None else before.generated)
    sheet.finish_table()


def _contractors(wb, ctx: ReportContext) -> None:
    tr = ctx.tr
    cols = [Column(QT_TRANSLATE_NOOP("reports", "Contractor"), width=28), Column(QT_TRANSLATE_NOOP("reports", "BIN"),
                                                                       width=14),
            Column(QT_TRANSLATE_NOOP("reports", "Licence"), width=16),
            Column(QT_TRANSLATE_NOOP("reports", "Valid until"), width=11, kind="date"),
            Column(QT_TRANSLATE_NOOP("reports", "Valid at the end of the period"), width=10),
            Column(QT_TRANSLATE_NOOP("reports", "Operations licensed"), width=30)]
    sheet = SheetWriter(wb, QT_TRANSLATE_NOOP("reports", "Contractors"),
                        QT_TRANSLATE_NOOP("reports", "Waste contractors and their licences"),
                        ctx.period_name(), cols, "WasteContractors", tr=tr)
    end: date = ctx.period.end
    for c in list_contractors(ctx.db):
        sheet.append([c.name, c.bin, c.licence_number, c.licence_valid_until,
                      tr(QT_TRANSLATE_NOOP("reports", "yes")) if c.licence_valid_until >= end else
                      tr(QT_TRANSLATE_NOOP("reports", "no")), ", ".join(c.operations)])
        ctx.fingerprint.add("contractor", c.id, c.licence_number, c.licence_valid_until,
                            c.operations)
    sheet.finish_table()
