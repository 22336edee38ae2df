"""Report 1: the waste report — the inventory of the period per waste (stock at start,
generated, received, recovered, disposed, transferred, placed, stock at end, from
`services.waste_inventory`, the figures `greendesk indicators` gives), the placements per
own formation, the transfers per contractor (BIN, licence) and R/D operation, the
transferred quantities by operation code, the year's indicators, the contractors, and the
permits' waste limits beside the register's figures (when a permit sets any).

Stock at end, net placements, totals and the recycling share are formulas over the cells
beside them, each written with the services' figure.
"""

from __future__ import annotations

from datetime import date

from xlsxwriter.utility import xl_col_to_name

from greendesk import periods
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.reports.context import NothingToReport, ReportContext
from greendesk.reports.sheet import Column, Formula, SheetWriter
from greendesk.reports.waste_limits import permit_limits
from greendesk.services.waste import OPERATIONS, list_contractors, list_waste_types
from greendesk.services.waste_indicators import waste_indicators
from greendesk.services.waste_inventory import WasteInventory, waste_inventory

TITLE = QT_TRANSLATE_NOOP("reports", "Waste report")


# The inventory's figures between the waste's particulars and the closing stock.
FIGURES = (QT_TRANSLATE_NOOP("reports", "Stock at start"),
           QT_TRANSLATE_NOOP("reports", "Generated"),
           QT_TRANSLATE_NOOP("reports", "Received from others"),
           QT_TRANSLATE_NOOP("reports", "Recovered on site"),
           QT_TRANSLATE_NOOP("reports", "Disposed on site or lost"),
           QT_TRANSLATE_NOOP("reports", "Transferred"),
           QT_TRANSLATE_NOOP("reports", "Placed in own formations"))


def build(wb, ctx: ReportContext) -> int:
    """Write the waste inventory of the chosen sites and period, its placements, transfers
    and R/D operations, the year's indicators and the contractors; the number of rows."""
    tr = ctx.tr
    inv = waste_inventory(ctx.db, ctx.period, ctx.site_ids)
    if not inv.rows and not any(ctx.sites_filter(t.site_id) for t in list_waste_types(ctx.db)):
        raise NothingToReport(tr(QT_TRANSLATE_NOOP("reports", "No waste types are registered for the chosen "
                                   "sites.")))
    _inventory(wb, ctx, inv)
    _placements(wb, ctx, inv)
    _transfers(wb, ctx, inv)
    _operations(wb, ctx, inv)
    _indicators(wb, ctx)
    _contractors(wb, ctx)
    permit_limits(wb, ctx)
    return len(inv.rows)


def _inventory(wb, ctx: ReportContext, inv: WasteInventory) -> None:
    tr = ctx.tr
    cols = [*_waste_columns(),
            Column(QT_TRANSLATE_NOOP("reports", "Hazardous"), width=9),
            Column(QT_TRANSLATE_NOOP("reports", "HP properties"), width=11),
            Column(QT_TRANSLATE_NOOP("reports", "Legacy level"), width=8),
            *[Column(h, "t", width=13, kind="number") for h in FIGURES],
            Column(QT_TRANSLATE_NOOP("reports", "Stock at end"), "t", width=13, kind="formula")]
    sheet = SheetWriter(wb, QT_TRANSLATE_NOOP("reports", "Waste inventory"), ctx.title(TITLE),
                        tr(QT_TRANSLATE_NOOP("reports", "Stock at end = stock at start + generated + "
                                                        "received − recovered − disposed − "
                                                        "transferred − placed. Stock is what the "
                                                        "storages hold; placed is net of what was "
                                                        "taken out of own formations. %s"))
                        % ctx.period_name(), cols, "WasteInventory", tr=tr)
    yes, no = tr(QT_TRANSLATE_NOOP("reports", "yes")), tr(QT_TRANSLATE_NOOP("reports", "no"))
    unknown = tr(QT_TRANSLATE_NOOP("reports", "not classified"))
    for r in inv.rows:
        n = sheet.row_number()
        g, h, i, j, k, m, p = (f"{xl_col_to_name(c)}{n}" for c in range(6, 13))
        sheet.append([r.site_name, r.name, r.code,
                      unknown if r.hazardous is None else yes if r.hazardous else no,
                      ", ".join(r.hp_properties), ctx.enum_name(r.legacy_level),
                      *r.figures()[:7],
                      Formula(f"={g}+{h}+{i}-{j}-{k}-{m}-{p}", r.closing)])
        ctx.fingerprint.add("waste-inventory", r.site_id, r.material_id, r.waste_type_id,
                            *r.figures())
    sheet.finish_table()


def _waste_columns() -> list[Column]:
    """The columns that say which waste a row is."""
    return [Column(QT_TRANSLATE_NOOP("reports", "Site"), width=20),
            Column(QT_TRANSLATE_NOOP("reports", "Waste type"), width=28),
            Column(QT_TRANSLATE_NOOP("reports", "List of Waste code"), width=11)]


def _total(sheet: SheetWriter, label: str, column: Column, value: float) -> None:
    """Close the table and put the column's live sum, with the services' figure, below it."""
    sheet.finish_table()
    sheet.gap()
    sheet.label_value(label, Formula(f"=SUM({sheet.data_range(column.header)})", value), "t")


def _placements(wb, ctx: ReportContext, inv: WasteInventory) -> None:
    tr = ctx.tr
    cols = [*_waste_columns(),
            Column(QT_TRANSLATE_NOOP("reports", "Formation node"), width=26),
            Column(QT_TRANSLATE_NOOP("reports", "Formation in the register"), width=26),
            Column(QT_TRANSLATE_NOOP("reports", "Placed"), "t", width=14, kind="number"),
            Column(QT_TRANSLATE_NOOP("reports", "Taken out"), "t", width=14, kind="number"),
            Column(QT_TRANSLATE_NOOP("reports", "Placed, net"), "t", width=14, kind="formula")]
    sheet = SheetWriter(wb, QT_TRANSLATE_NOOP("reports", "Placements"),
                        QT_TRANSLATE_NOOP("reports", "Waste placed in own formations"),
                        ctx.period_name(), cols, "WastePlacements", tr=tr)
    for r in inv.placements:
        n = sheet.row_number()
        sheet.append([r.site_name, r.waste, r.code, r.node_name, r.formation, r.placed_in,
                      r.taken_out, Formula(f"=F{n}-G{n}", r.net)])
        ctx.fingerprint.add("placement", r.material_id, r.node_id, r.placed_in, r.taken_out)
    _total(sheet, QT_TRANSLATE_NOOP("reports", "Total placed, net"), cols[7],
           sum(r.net for r in inv.placements))


def _transfers(wb, ctx: ReportContext, inv: WasteInventory) -> None:
    tr = ctx.tr
    cols = [Column(QT_TRANSLATE_NOOP("reports", "Site"), width=20),
            Column(QT_TRANSLATE_NOOP("reports", "Contractor"), width=28),
            Column(QT_TRANSLATE_NOOP("reports", "BIN"), width=14),
            Column(QT_TRANSLATE_NOOP("reports", "Licence"), width=20),
            Column(QT_TRANSLATE_NOOP("reports", "Valid until"), width=11, kind="date"),
            Column(QT_TRANSLATE_NOOP("reports", "Operation"), width=10),
            Column(QT_TRANSLATE_NOOP("reports", "Waste type"), width=28),
            Column(QT_TRANSLATE_NOOP("reports", "List of Waste code"), width=11),
            Column(QT_TRANSLATE_NOOP("reports", "Transfers"), width=10, kind="int"),
            Column(QT_TRANSLATE_NOOP("reports", "Quantity"), "t", width=14, kind="number")]
    sheet = SheetWriter(wb, QT_TRANSLATE_NOOP("reports", "Transfers"),
                        QT_TRANSLATE_NOOP("reports", "Transfers per contractor and R/D operation"),
                        ctx.period_name(), cols, "WasteTransfers", tr=tr)
    none = tr(QT_TRANSLATE_NOOP("reports", "not recorded"))
    for r in inv.transfers:
        sheet.append([r.site_name, r.receiver, r.bin, r.licence, r.licence_valid_until,
                      r.operation or none, r.waste, r.code, r.count, r.qty])
        ctx.fingerprint.add("transfer", r.site_name, r.material_id, r.receiver, r.bin,
                            r.licence, r.operation, r.qty, r.count)
    _total(sheet, QT_TRANSLATE_NOOP("reports", "Total transferred"), cols[9],
           sum(r.qty for r in inv.transfers))


def _operations(wb, ctx: ReportContext, inv: WasteInventory) -> None:
    """Transferred quantities of each waste by recovery (R) and disposal (D) code: one
    column per code the period's transfers carry, and their sum."""
    tr = ctx.tr
    order = {code: i for i, code in enumerate(OPERATIONS)}
    codes = sorted({r.operation for r in inv.transfers}, key=lambda c: order.get(c, -1))
    by_waste: dict[tuple[str, int], dict[str, float]] = {}
    for t in inv.transfers:
        cell = by_waste.setdefault((t.site_name, t.material_id), {})
        cell[t.operation] = cell.get(t.operation, 0.0) + t.qty
    none = tr(QT_TRANSLATE_NOOP("reports", "not recorded"))
    cols = [*_waste_columns(),
            *[Column(c or none, "t", width=12, kind="number") for c in codes],
            Column(QT_TRANSLATE_NOOP("reports", "Transferred"), "t", width=13, kind="formula")]
    sheet = SheetWriter(wb, QT_TRANSLATE_NOOP("reports", "R and D operations"),
                        QT_TRANSLATE_NOOP("reports", "Transferred waste by recovery (R) and "
                                                     "disposal (D) operation"),
                        ctx.period_name(), cols, "WasteOperations", tr=tr)
    last = xl_col_to_name(2 + len(codes))
    for r in inv.rows:
        if abs(r.transferred) < 1e-9:
            continue
        n = sheet.row_number()
        cell = by_waste.get((r.site_name, r.material_id), {})
        sheet.append([r.site_name, r.name, r.code, *[cell.get(c) for c in codes],
                      Formula(f"=SUM(D{n}:{last}{n})" if codes else "=0", r.transferred)])
    sheet.finish_table()


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
