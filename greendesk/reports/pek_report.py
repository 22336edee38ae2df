"""The quarterly production environmental control (PEK) report: the programme's
fulfilment (measurements planned by frequency against made, missing ones named), results
against the norms, the exceedances with their size and the actions taken at their sites
(incident responses, greening plan actions), and the period's waste figures from the
register (services/waste_inventory, the waste report's figures).

Fulfilment shares, excesses and the stock at end are formulas over the cells beside them,
each written with the services' figure. The emissions sheet gives each source's substances
for the period (services/emissions): mass, measured or calculated, against the permit's
norm, the excess a live formula; a substance without a factor is named, never a zero.
"""

from __future__ import annotations

from xlsxwriter.utility import xl_col_to_name

from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.reports.context import NothingToReport, ReportContext
from greendesk.reports.emissions_report import lines_for, missing_block
from greendesk.reports.sheet import Column, Formula, SheetWriter
from greendesk.reports.waste_report import FIGURES
from greendesk.services.pek import FulfilmentRow, fulfilment
from greendesk.services.pek_results import ActionsTaken, actions_taken, results
from greendesk.services.waste_inventory import waste_inventory

TITLE = QT_TRANSLATE_NOOP("reports", "Production environmental control report")
BASIS = {"measured": QT_TRANSLATE_NOOP("reports", "measured"),
         "calculated": QT_TRANSLATE_NOOP("reports", "calculated")}


def build(wb, ctx: ReportContext) -> int:
    """Write the PEK report's sheets for the chosen sites and period; the number of
    programme lines."""
    rows = fulfilment(ctx.db, ctx.period, ctx.generated_at.date(), ctx.site_ids)
    if not rows:
        raise NothingToReport(ctx.tr(QT_TRANSLATE_NOOP(
            "reports", "No production environmental control programme is recorded for the "
                       "chosen sites' monitoring points.")))
    _fulfilment(wb, ctx, rows)
    _results(wb, ctx)
    _emissions(wb, ctx)
    taken = actions_taken(ctx.db, ctx.period, ctx.site_ids)
    _exceedances(wb, ctx, taken)
    _actions(wb, ctx, taken)
    _waste(wb, ctx)
    return len(rows)


def _line_columns() -> list[Column]:
    return [Column(QT_TRANSLATE_NOOP("reports", "Monitoring point"), width=20),
            Column(QT_TRANSLATE_NOOP("reports", "Parameter"), width=10),
            Column(QT_TRANSLATE_NOOP("reports", "Unit"), width=7)]


def _fulfilment(wb, ctx: ReportContext, rows: list[FulfilmentRow]) -> None:
    tr = ctx.tr
    # nine columns that fit one landscape page: units and readings are on the results sheet
    cols = [Column(QT_TRANSLATE_NOOP("reports", "Monitoring point"), width=20),
            Column(QT_TRANSLATE_NOOP("reports", "Parameter"), width=9),
            Column(QT_TRANSLATE_NOOP("reports", "Frequency"), width=10),
            Column(QT_TRANSLATE_NOOP("reports", "Method"), width=20),
            Column(QT_TRANSLATE_NOOP("reports", "Laboratory"), width=20),
            Column(QT_TRANSLATE_NOOP("reports", "Measurements planned"), width=12, kind="int"),
            Column(QT_TRANSLATE_NOOP("reports", "Measurements made"), width=12, kind="int"),
            Column(QT_TRANSLATE_NOOP("reports", "Fulfilment"), "%", width=10, kind="formula"),
            Column(QT_TRANSLATE_NOOP("reports", "Missing"), width=9)]
    sheet = SheetWriter(wb, QT_TRANSLATE_NOOP("reports", "Programme fulfilment"),
                        ctx.title(TITLE),
                        tr(QT_TRANSLATE_NOOP("reports", "Each line plans one measurement per "
                                                        "month, quarter, half-year or year of "
                                                        "its frequency ending in the period; "
                                                        "made: those with a reading; missing: "
                                                        "those without one, named. %s"))
                        % ctx.period_name(), cols, "PekFulfilment", tr=tr)
    for r in rows:
        n = sheet.row_number()
        ln = r.line
        sheet.append([ln.point, ln.parameter, ctx.enum_name(ln.frequency), ln.method,
                      ln.laboratory, r.planned, r.covered,
                      Formula(f'=IF(F{n}=0,"",G{n}/F{n})',
                              "" if not r.planned else r.covered / r.planned),
                      ", ".join(r.missing)])
        ctx.fingerprint.add("pek-fulfilment", ln.point_id, ln.parameter_id, ln.frequency,
                            ln.method, ln.laboratory, r.planned, r.covered, r.made, r.missing)
    sheet.finish_table()
    sheet.gap()
    planned, covered = sum(r.planned for r in rows), sum(r.covered for r in rows)
    p = sheet.label_value(QT_TRANSLATE_NOOP("reports", "Total planned"),
                          Formula(f"=SUM({sheet.data_range(cols[5].header)})", planned),
                          "count")
    m = sheet.label_value(QT_TRANSLATE_NOOP("reports", "Total made"),
                          Formula(f"=SUM({sheet.data_range(cols[6].header)})", covered),
                          "count")
    sheet.label_value(QT_TRANSLATE_NOOP("reports", "Fulfilment"),
                      Formula(f'=IF(B{p}=0,"",B{m}/B{p})',
                              "" if not planned else covered / planned), "%")


def _emissions(wb, ctx: ReportContext) -> None:
    """Each source's substances in the quarter against the permit's norms."""
    tr = ctx.tr
    lines = [x for x in lines_for(ctx) if x.medium == "air"]
    cols = [Column(QT_TRANSLATE_NOOP("reports", "Source"), width=24),
            Column(QT_TRANSLATE_NOOP("reports", "Substance"), width=9),
            Column(QT_TRANSLATE_NOOP("reports", "Site"), width=18),
            Column(QT_TRANSLATE_NOOP("reports", "Basis"), width=11),
            Column(QT_TRANSLATE_NOOP("reports", "Mass"), "t", width=12, kind="number"),
            Column(QT_TRANSLATE_NOOP("reports", "Norm"), "t", width=11, kind="number"),
            Column(QT_TRANSLATE_NOOP("reports", "Above the norm"), "t", width=11,
                   kind="formula"),
            Column(QT_TRANSLATE_NOOP("reports", "Highest reading, g/s"), width=10,
                   kind="number", fmt="#,##0.0##"),
            Column(QT_TRANSLATE_NOOP("reports", "Norm, g/s"), width=10, kind="number",
                   fmt="#,##0.0##")]
    sheet = SheetWriter(wb, QT_TRANSLATE_NOOP("reports", "Emissions to air"),
                        QT_TRANSLATE_NOOP("reports", "Emissions to air against the permit's "
                                                     "norms"),
                        tr(QT_TRANSLATE_NOOP(
                            "reports", "Measured: from the instrumental g/s readings at the "
                                       "source; calculated: activity from the ledger × factor "
                                       "× (1 − η). The norm in t/year counted by the period's "
                                       "days; a mass left blank is named below the table. %s")) % ctx.period_name(), cols, "PekEmissions",
                        tr=tr)
    for x in lines:
        n = sheet.row_number()
        sheet.append([x.source, x.substance, x.site, tr(BASIS.get(x.basis, x.basis)),
                      x.mass_t, x.norm_t,
                      Formula(f'=IF(OR(E{n}="",F{n}=""),"",MAX(0,E{n}-F{n}))',
                              "" if x.exceedance_t is None else x.exceedance_t),
                      x.max_g_per_s, x.norm_g_per_s])
        ctx.fingerprint.add("pek-emission", x.site_id, x.source_id, x.substance, x.basis,
                            x.mass_t, x.norm_t, x.max_g_per_s, x.norm_g_per_s,
                            tuple(m.template for m in x.missing))
    if not lines:
        sheet.append([tr(QT_TRANSLATE_NOOP(
            "reports", "No emission source is recorded at the chosen sites.")),
            *[None] * (len(cols) - 1)])
    sheet.finish_table()
    missing_block(sheet, ctx, lines)


def _results(wb, ctx: ReportContext) -> None:
    tr = ctx.tr
    cols = [*_line_columns(),
            Column(QT_TRANSLATE_NOOP("reports", "Norm, lower"), width=10, kind="number",
                   fmt="#,##0.###"),
            Column(QT_TRANSLATE_NOOP("reports", "Norm, upper"), width=10, kind="number",
                   fmt="#,##0.###"),
            Column(QT_TRANSLATE_NOOP("reports", "Basis of the norm"), width=20),
            Column(QT_TRANSLATE_NOOP("reports", "Readings"), width=9, kind="int"),
            Column(QT_TRANSLATE_NOOP("reports", "Lowest"), width=10, kind="number",
                   fmt="#,##0.###"),
            Column(QT_TRANSLATE_NOOP("reports", "Highest"), width=10, kind="number",
                   fmt="#,##0.###"),
            Column(QT_TRANSLATE_NOOP("reports", "Mean"), width=10, kind="number",
                   fmt="#,##0.###"),
            Column(QT_TRANSLATE_NOOP("reports", "Beyond the norm"), width=10, kind="int")]
    sheet = SheetWriter(wb, QT_TRANSLATE_NOOP("reports", "Results against norms"),
                        QT_TRANSLATE_NOOP("reports", "Results against norms"),
                        ctx.period_name(), cols, "PekResults", tr=tr)
    for r in results(ctx.db, ctx.period, ctx.site_ids):
        ln, norm = r.line, r.line.norm
        sheet.append([ln.point, ln.parameter, ln.unit,
                      None if norm is None else norm.min_value,
                      None if norm is None else norm.max_value,
                      "" if norm is None else norm.basis, r.count, r.minimum, r.maximum,
                      r.mean, r.beyond])
        ctx.fingerprint.add("pek-result", ln.point_id, ln.parameter_id, r.count, r.minimum,
                            r.maximum, r.mean, r.beyond,
                            None if norm is None else (norm.min_value, norm.max_value))
    sheet.finish_table()


def _exceedances(wb, ctx: ReportContext, taken: ActionsTaken) -> None:
    tr = ctx.tr
    cols = [Column(QT_TRANSLATE_NOOP("reports", "Date"), width=11, kind="date"),
            *_line_columns(),
            Column(QT_TRANSLATE_NOOP("reports", "Value"), width=10, kind="number",
                   fmt="#,##0.###"),
            Column(QT_TRANSLATE_NOOP("reports", "Norm"), width=10, kind="number",
                   fmt="#,##0.###"),
            Column(QT_TRANSLATE_NOOP("reports", "Excess"), width=10, kind="formula",
                   fmt="#,##0.###"),
            Column(QT_TRANSLATE_NOOP("reports", "Excess"), "%", width=10, kind="formula"),
            Column(QT_TRANSLATE_NOOP("reports", "Actions taken"), width=40)]
    sheet = SheetWriter(wb, QT_TRANSLATE_NOOP("reports", "Norm exceedances"),
                        QT_TRANSLATE_NOOP("reports", "Exceedances of the norms"),
                        tr(QT_TRANSLATE_NOOP("reports", "Excess: how far the value is beyond "
                                                        "the norm (above an upper norm, below "
                                                        "a lower one). %s")) % ctx.period_name(),
                        cols, "PekExceedances", tr=tr)
    plan = tr(QT_TRANSLATE_NOOP("reports", "greening plan actions at the site: %d (see "
                                           "Actions taken)"))
    none = tr(QT_TRANSLATE_NOOP("reports", "none recorded"))
    for x in taken.exceedances:
        e = x.row
        n = sheet.row_number()
        excess = f"=E{n}-F{n}" if e.side == "above" else f"=F{n}-E{n}"
        actions = [*x.responses, *([plan % x.plan_actions] if x.plan_actions else [])]
        sheet.append([e.taken_on, e.point, e.parameter, e.unit, e.value, e.limit_value,
                      Formula(excess, e.margin),
                      Formula(f'=IF(F{n}=0,"",G{n}/ABS(F{n}))',
                              "" if not e.limit_value else e.margin / abs(e.limit_value)),
                      "; ".join(actions) or none])
        ctx.fingerprint.add("pek-exceedance", e.reading_id, e.value, e.limit_value, e.side,
                            x.responses, x.plan_actions)
    sheet.finish_table()


def _actions(wb, ctx: ReportContext, taken: ActionsTaken) -> None:
    tr = ctx.tr
    cols = [Column(QT_TRANSLATE_NOOP("reports", "Record"), width=16),
            Column(QT_TRANSLATE_NOOP("reports", "Date"), width=11, kind="date"),
            Column(QT_TRANSLATE_NOOP("reports", "What"), width=40),
            Column(QT_TRANSLATE_NOOP("reports", "Status or response"), width=40)]
    sheet = SheetWriter(wb, QT_TRANSLATE_NOOP("reports", "Actions taken"),
                        QT_TRANSLATE_NOOP("reports", "Actions taken at the sites with "
                                                     "exceedances"),
                        tr(QT_TRANSLATE_NOOP("reports", "Incidents logged in the period and "
                                                        "greening plan actions under way or "
                                                        "done in it. %s")) % ctx.period_name(),
                        cols, "PekActions", tr=tr)
    incident = tr(QT_TRANSLATE_NOOP("reports", "Incident"))
    for i in taken.incidents:
        sheet.append([incident, i.occurred_on, f"{i.place}: {i.description}", i.response])
        ctx.fingerprint.add("pek-incident", i.id, i.occurred_on, i.response)
    action = tr(QT_TRANSLATE_NOOP("reports", "Greening plan"))
    for a in taken.plan_actions:
        sheet.append([action, a.due_date, a.text, ctx.enum_name(a.status)])
        ctx.fingerprint.add("pek-action", a.id, a.status, a.due_date)
    if not taken.incidents and not taken.plan_actions:
        sheet.append([None, None, tr(QT_TRANSLATE_NOOP(
            "reports", "No incident and no greening plan action is recorded at these sites "
                       "for the period.")), None])
    sheet.finish_table()


def _waste(wb, ctx: ReportContext) -> None:
    tr = ctx.tr
    inv = waste_inventory(ctx.db, ctx.period, ctx.site_ids)
    cols = [Column(QT_TRANSLATE_NOOP("reports", "Site"), width=20),
            Column(QT_TRANSLATE_NOOP("reports", "Waste type"), width=28),
            Column(QT_TRANSLATE_NOOP("reports", "List of Waste code"), width=11),
            *[Column(h, "t", width=13, kind="number") for h in FIGURES],
            Column(QT_TRANSLATE_NOOP("reports", "Stock at end"), "t", width=13, kind="formula")]
    sheet = SheetWriter(wb, QT_TRANSLATE_NOOP("reports", "Waste figures"),
                        QT_TRANSLATE_NOOP("reports", "Waste figures from the register"),
                        tr(QT_TRANSLATE_NOOP("reports", "The waste report's inventory for the "
                                                        "period. %s")) % ctx.period_name(),
                        cols, "PekWaste", tr=tr)
    for r in inv.rows:
        n = sheet.row_number()
        d, e, f, g, h, i, j = (f"{xl_col_to_name(c)}{n}" for c in range(3, 10))
        sheet.append([r.site_name, r.name, r.code, *r.figures()[:7],
                      Formula(f"={d}+{e}+{f}-{g}-{h}-{i}-{j}", r.closing)])
        ctx.fingerprint.add("pek-waste", r.site_id, r.material_id, *r.figures())
    sheet.finish_table()
