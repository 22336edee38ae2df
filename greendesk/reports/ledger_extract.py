"""Report 6: the flow ledger extract for a period and sites (can be large; streamed)."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.models import (
    CANONICAL_UNIT,
    Flow,
    Material,
    Method,
    Node,
    QuantityKind,
    ReconciliationRole,
    Site,
)
from greendesk.reports.context import NothingToReport, ReportContext
from greendesk.reports.sheet import Column, Formula, SheetWriter, quoted

TITLE = QT_TRANSLATE_NOOP("reports", "Flow ledger extract")
KINDS = ((QuantityKind.MASS, QT_TRANSLATE_NOOP("reports", "Total mass"), "t"),
         (QuantityKind.VOLUME, QT_TRANSLATE_NOOP("reports", "Total volume"), "m³"),
         (QuantityKind.ENERGY, QT_TRANSLATE_NOOP("reports", "Total energy"), "GJ"))


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
        Column(QT_TRANSLATE_NOOP("reports", "Reconciliation"), width=13),
        Column(QT_TRANSLATE_NOOP("reports", "Uncertainty"), "%", width=11, kind="number", fmt="0.0"),
        Column(QT_TRANSLATE_NOOP("reports", "Note"), width=30),
    ]


def build(wb, ctx: ReportContext) -> int:
    """Write every flow record of the period and sites, in chunks; the number of rows."""
    src, dst = aliased(Node), aliased(Node)
    q = (select(Flow.id, Flow.flow_date, Site.name, src.name, dst.name, Material.name,
                Flow.qty_entered, Flow.unit_entered, Flow.qty_canonical, Material.kind,
                Flow.method, Flow.reconciliation, Flow.uncertainty_pct, Flow.note)
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
        sheet = SheetWriter(wb, QT_TRANSLATE_NOOP("reports", "Ledger"), ctx.title(TITLE),
                            ctx.period_name(), cols, "FlowLedger", tr=ctx.tr,
                            streamed=True)  # 100k rows in flat memory
        done = 0
        result = s.execute(q.execution_options(yield_per=5000))
        # enumerations in the workbook's language, looked up once (100k rows)
        kinds_shown = {k: ctx.enum_name(k) for k in QuantityKind}
        methods_shown = {m: ctx.enum_name(m) for m in Method}
        # measured / unmeasured (an estimate for reconciliation) / constant, as the ledger says
        roles_shown = {r: ctx.enum_name(r) for r in ReconciliationRole}
        units_seen: dict[str, str] = {}
        sums: dict[QuantityKind, float] = {}  # the totals' cached values

        def unit_shown(symbol: str) -> str:
            if symbol not in units_seen:
                units_seen[symbol] = ctx.unit_name(symbol)
            return units_seen[symbol]

        for (fid, fdate, site, a, b, mat, qty, unit_entered, qty_canon, kind, method, role,
             unc, note) in result:
            ctx.fingerprint.add("flow", fid, fdate, qty, unit_entered, qty_canon, note, role)
            sums[kind] = sums.get(kind, 0.0) + qty_canon
            sheet.append([fdate, site, a, b, mat, qty, unit_shown(unit_entered), qty_canon,
                          CANONICAL_UNIT[kind], kinds_shown[kind], methods_shown[method],
                          roles_shown[ReconciliationRole(role)], unc, note])
            done += 1
            if done % 5000 == 0:
                ctx.tick(done, total)
    sheet.finish_table()
    sheet.gap()
    canon, kinds = sheet.data_range(cols[7].header), sheet.data_range(cols[9].header)
    sheet.label_value(QT_TRANSLATE_NOOP("reports", "Records"),
                      Formula(f"=COUNT({sheet.data_range(cols[0].header)})", done), "count")
    for kind, heading, canonical in KINDS:  # the kind column holds its translated name
        # EXACT, not SUMIFS: a criterion would read *, ?, ~ or a leading = in a translation
        # as a pattern
        shown = quoted(kinds_shown[kind])
        sheet.label_value(heading, Formula(f'=SUMPRODUCT(--EXACT({kinds},"{shown}"),{canon})',
                                           sums.get(kind, 0.0)), canonical)
    return done
