"""Report 2: material and energy balances per site, node and month.

The accounted total, the unaccounted loss and its share are Excel formulas over the terms
beside them, so an auditor sees how each figure is made; they equal the app's figures.
"""

from __future__ import annotations

from greendesk import periods
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.models import LossReason
from greendesk.reports.context import NothingToReport, ReportContext
from greendesk.reports.receipts_sheet import ReceiptsSheet
from greendesk.reports.sheet import Column, Formula, SheetWriter
from greendesk.services.balances import months_of, site_balances
from greendesk.services.structure import get_plant

TITLE = QT_TRANSLATE_NOOP("reports", "Material and energy balance")
REASONS = (LossReason.STORAGE, LossReason.TRANSPORT, LossReason.HANDLING, LossReason.PROCESS,
           LossReason.MEASUREMENT)
REASON_TEXT = {LossReason.STORAGE: QT_TRANSLATE_NOOP("reports", "Storage losses"),
               LossReason.TRANSPORT: QT_TRANSLATE_NOOP("reports", "Transport losses"),
               LossReason.HANDLING: QT_TRANSLATE_NOOP("reports", "Handling losses"),
               LossReason.PROCESS: QT_TRANSLATE_NOOP("reports", "Process losses"),
               LossReason.MEASUREMENT: QT_TRANSLATE_NOOP("reports", "Measurement losses")}


def _scopes(ctx: ReportContext):
    plant = get_plant(ctx.db)
    for site in plant.sites:
        if not ctx.sites_filter(site.id):
            continue
        for month in months_of(ctx.period):
            sb = site_balances(ctx.db, site.id, month)
            for scope in (sb.site, *sb.nodes):
                yield site.name, month, scope


def build(wb, ctx: ReportContext) -> int:
    """Write the monthly mass and energy balances of each chosen site; the number of rows."""
    tr = ctx.tr
    whole = tr(QT_TRANSLATE_NOOP("reports", "whole site"))
    cols = [Column(QT_TRANSLATE_NOOP("reports", "Site"), width=22), Column(QT_TRANSLATE_NOOP("reports", "Scope"), width=28),
            Column(QT_TRANSLATE_NOOP("reports", "Month"), width=9, kind="month"),
            Column(QT_TRANSLATE_NOOP("reports", "Inputs"), "t", width=14, kind="number"),
            Column(QT_TRANSLATE_NOOP("reports", "Outputs"), "t", width=14, kind="number"),
            Column(QT_TRANSLATE_NOOP("reports", "Stock change"), "t", width=13, kind="number")]
    cols += [Column(REASON_TEXT[r], "t", width=11, kind="number") for r in REASONS]
    cols += [Column(QT_TRANSLATE_NOOP("reports", "Accounted losses"), "t", width=12, kind="formula"),
             Column(QT_TRANSLATE_NOOP("reports", "Unaccounted loss"), "t", width=13, kind="formula"),
             Column(QT_TRANSLATE_NOOP("reports", "Unaccounted share of inputs"), "%", width=11,
                    kind="formula")]
    energy_cols = [
        Column(QT_TRANSLATE_NOOP("reports", "Site"), width=22), Column(QT_TRANSLATE_NOOP("reports", "Scope"), width=28),
        Column(QT_TRANSLATE_NOOP("reports", "Month"), width=9, kind="month"),
        Column(QT_TRANSLATE_NOOP("reports", "Purchased"), "GJ", width=13, kind="number"),
        Column(QT_TRANSLATE_NOOP("reports", "Produced"), "GJ", width=11, kind="number"),
        Column(QT_TRANSLATE_NOOP("reports", "Use"), "GJ", width=13, kind="number"),
        Column(QT_TRANSLATE_NOOP("reports", "Exported"), "GJ", width=11, kind="number"),
        Column(QT_TRANSLATE_NOOP("reports", "Stock change"), "GJ", width=11, kind="number"),
        Column(QT_TRANSLATE_NOOP("reports", "Accounted losses"), "GJ", width=11, kind="number"),
        Column(QT_TRANSLATE_NOOP("reports", "Unaccounted loss"), "GJ", width=12, kind="formula"),
        Column(QT_TRANSLATE_NOOP("reports", "Unaccounted share of supply"), "%", width=11, kind="formula"),
        Column(QT_TRANSLATE_NOOP("reports", "Supplied"), "tce", width=12, kind="number"),
        Column(tr(QT_TRANSLATE_NOOP("reports", "Use")) + " ", "tce", width=12, kind="number")]
    rows = list(_scopes(ctx))
    if not rows:
        raise NothingToReport(tr(QT_TRANSLATE_NOOP("reports", "There are no sites to balance.")))
    if not any(sc.total is not None for _s, _m, sc in rows):
        raise NothingToReport(tr(QT_TRANSLATE_NOOP("reports", "There are no flows in the period to balance.")))
    mass = SheetWriter(wb, QT_TRANSLATE_NOOP("reports", "Material balance"), ctx.title(TITLE),
                       tr(QT_TRANSLATE_NOOP("reports", "Total mass per month; energy carriers are in the "
                            "energy sheet. %s")) % ctx.period_name(), cols, "MaterialBalance", tr=tr)
    energy = SheetWriter(wb, QT_TRANSLATE_NOOP("reports", "Energy balance"),
                         QT_TRANSLATE_NOOP("reports", "Energy balance"),
                         tr(QT_TRANSLATE_NOOP("reports", "GJ, and tonnes of coal equivalent by each carrier's "
                              "factor. %s")) % ctx.period_name(), energy_cols, "EnergyBalance", tr=tr)
    sheets = ReceiptsSheet(wb, ctx)
    n = 0
    for done, (site, month, scope) in enumerate(rows):
        month_start = periods.month(month.start.year, month.start.month).start
        name = whole if scope.node_id is None else scope.scope_name
        sheets.add(site, name, month_start, scope.sheet)
        t = scope.total
        if t is not None:
            r = mass.row_number()
            losses = dict(t.accounted)
            values = [site, name, month_start, t.inputs, t.outputs, t.stock_change]
            values += [losses.get(reason, 0.0) for reason in REASONS]
            share = t.unaccounted_share
            values += [Formula(f"=SUM(G{r}:K{r})", sum(losses.get(x, 0.0) for x in REASONS)),
                       Formula(f"=D{r}-E{r}-F{r}-L{r}", t.unaccounted),
                       Formula(f'=IF(D{r}=0,"",M{r}/D{r})', "" if not t.inputs else
                               (share if share is not None else t.unaccounted / t.inputs))]
            mass.append(values)
            ctx.fingerprint.add("mass", site, name, month.label, t.inputs, t.outputs,
                                t.stock_change, t.accounted, t.unaccounted)
            n += 1
        e = scope.energy_total
        if e is not None:
            r = energy.row_number()
            g = e.gj
            energy.append([site, name, month_start, g.purchased, g.produced, g.use, g.exported,
                           g.stock_change, g.accounted,
                           Formula(f"=D{r}+E{r}-F{r}-G{r}-H{r}-I{r}", g.unaccounted),
                           Formula(f'=IF(D{r}+E{r}=0,"",J{r}/(D{r}+E{r}))',
                                   "" if g.supplied == 0 else g.unaccounted / g.supplied),
                           e.tce.supplied if e.tce else None, e.tce.use if e.tce else None])
            ctx.fingerprint.add("energy", site, name, month.label, g.purchased, g.produced,
                                g.use, g.exported, g.stock_change, g.accounted)
        ctx.tick(done, len(rows))
    mass.finish_table()
    energy.finish_table()
    sheets.finish()
    return n
