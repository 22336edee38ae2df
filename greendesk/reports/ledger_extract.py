"""Report 6: the flow ledger extract for a period and sites (can be large; streamed)."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.models import CANONICAL_UNIT, Flow, Material, Node, Site
from greendesk.reports.context import NothingToReport, ReportContext
from greendesk.reports.sheet import Column, SheetWriter

TITLE = QT_TRANSLATE_NOOP("reports", "Flow ledger extract")
KINDS = (("mass", QT_TRANSLATE_NOOP("reports", "Total mass"), "t"),
         ("volume", QT_TRANSLATE_NOOP("reports", "Total volume"), "m³"),
         ("energy", QT_TRANSLATE_NOOP("reports", "Total energy"), "GJ"))


def columns() -> list[Column]:
    """The extract's columns; their English headings are translated by the sheet writer."""
    return [
        Column(QT_TRANSLATE_NOOP("reports", "Date"), width=11, kind="date"),
        Column(QT_TRANSLATE_NOOP("reports", "Site"), width=22),
        Column(QT_TRANSLATE_NOOP("reports", "From"), width=26),
        Column(QT_TRANSLATE_NOOP("reports", "To"), width=26),
        Column(QT_TRANSLATE_NOOP("reports", "Material"), width=22),
        Column(QT_TRANSLATE_NOOP("reports", "Quantity as entered"), width=14, kind="number", fmt="#,##0.###"),
        Column(QT_TRANSLATE_NOOP("reports", "Unit entered"), width=9),
        Column(QT_TRANSLATE_NOOP("reports", "Canonical quantity"), width=16, kind="number", fmt="#,##0.000"),
        Column(QT_TRANSLATE_NOOP("reports", "Canonical unit"), width=9),
        Column(QT_TRANSLATE_NOOP("reports", "Quantity kind"), width=9),
        Column(QT_TRANSLATE_NOOP("reports", "Method"), width=11),
        Column(QT_TRANSLATE_NOOP("reports", "Uncertainty"), "%", width=11, kind="number", fmt="0.0"),
        Column(QT_TRANSLATE_NOOP("reports", "Note"), width=30),
    ]


def build(wb, ctx: ReportContext) -> int:
    """Write every flow record of the period and sites, in chunks; the number of rows."""
    src, dst = aliased(Node), aliased(Node)
    q = (select(Flow.id, Flow.flow_date, Site.name, src.name, dst.name, Material.name,
                Flow.qty_entered, Flow.unit_entered, Flow.qty_canonical, Material.kind,
                Flow.method, Flow.uncertainty_pct, Flow.note)
         .join(Site, Site.id == Flow.site_id).join(Material, Material.id == Flow.material_id)
         .join(src, src.id == Flow.from_node_id).join(dst, dst.id == Flow.to_node_id)
         .where(Flow.flow_date.between(ctx.period.start, ctx.period.end))
         .order_by(Flow.flow_date, Flow.id))
    if ctx.site_ids is not None:
        q = q.where(Flow.site_id.in_(ctx.site_ids))
    with ctx.db.read() as s:
        total = s.scalar(select(func.count()).select_from(
            q.with_only_columns(Flow.id).order_by(None).subquery())) or 0
        if not total:
            raise NothingToReport(ctx.tr(QT_TRANSLATE_NOOP("reports", "There are no flow records in the "
                                           "period for the chosen sites.")))
        cols = columns()
        sheet = SheetWriter(wb, QT_TRANSLATE_NOOP("reports", "Ledger"), TITLE,
                            f"{ctx.period.label}", cols, "FlowLedger", tr=ctx.tr)
        done = 0
        result = s.execute(q.execution_options(yield_per=5000))
        for (fid, fdate, site, a, b, mat, qty, unit, qty_canon, kind, method, unc,
             note) in result:
            ctx.fingerprint.add("flow", fid, fdate, qty, unit, qty_canon, note)
            sheet.append([fdate, site, a, b, mat, qty, unit, qty_canon, CANONICAL_UNIT[kind],
                          kind.value, method.value, unc, note])
            done += 1
            if done % 5000 == 0:
                ctx.tick(done, total)
    sheet.finish_table()
    sheet.gap()
    canon, kinds = sheet.data_range(cols[7].header), sheet.data_range(cols[9].header)
    sheet.label_value(QT_TRANSLATE_NOOP("reports", "Records"), f"=COUNT({sheet.data_range(cols[0].header)})",
                      "count")
    for code, label, unit in KINDS:
        sheet.label_value(label, f'=SUMIFS({canon},{kinds},"{code}")', unit)
    return done
