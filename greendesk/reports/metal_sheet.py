"""The rational-use report's metal sheet: per process node and component, the commercial
recovery (weighed tonnages × assays) beside the technological one (assays alone), and the
metal the two leave unaccounted, for the report's period.

Commercial recovery and the unaccounted metal are formulas over the sheet's own cells, each
with the services' figure as its cached value; the technological figures come from grades
that are not on the sheet, so they are written as values.
"""

from __future__ import annotations

from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.reports.context import ReportContext
from greendesk.reports.sheet import Column, Formula, SheetWriter
from greendesk.services import balances as bal


def _blank(v: float | None) -> float | str:
    return "" if v is None else v


def write(wb, ctx: ReportContext) -> int:
    """Write the metal sheet; the number of rows (0 when no process node is assayed)."""
    tr = ctx.tr
    cols = [Column(QT_TRANSLATE_NOOP("reports", "Site"), width=24),
            Column(QT_TRANSLATE_NOOP("reports", "Node"), width=24),
            Column(QT_TRANSLATE_NOOP("reports", "Component"), width=10),
            Column(QT_TRANSLATE_NOOP("reports", "Metal in feed"), "t", width=14, kind="number"),
            Column(QT_TRANSLATE_NOOP("reports", "Metal in products"), "t", width=14,
                   kind="number"),
            Column(QT_TRANSLATE_NOOP("reports", "Commercial recovery"), "%", width=12,
                   kind="formula", fmt="0.00%"),
            Column(QT_TRANSLATE_NOOP("reports", "Technological recovery"), "%", width=12,
                   kind="number", fmt="0.00%"),
            Column(QT_TRANSLATE_NOOP("reports", "Metal unaccounted"), "t", width=14,
                   kind="formula"),
            Column(QT_TRANSLATE_NOOP("reports", "Yield"), "%", width=10, kind="number",
                   fmt="0.00%"),
            Column(QT_TRANSLATE_NOOP("reports", "Ratio of concentration"), width=12,
                   kind="number", fmt="0.00"),
            Column(QT_TRANSLATE_NOOP("reports", "Enrichment ratio"), width=12, kind="number",
                   fmt="0.00"),
            Column(QT_TRANSLATE_NOOP("reports", "Where to look"), width=60)]
    rows = []
    for site_id, site_name in bal.sites(ctx.db):
        if not ctx.sites_filter(site_id):
            continue
        for sc in bal.site_balances(ctx.db, site_id, ctx.period).nodes:
            rows += [(site_name, sc.scope_name, m) for m in sc.metal]
    if not rows:
        return 0
    sheet = SheetWriter(wb, QT_TRANSLATE_NOOP("reports", "Metal balance"),
                        QT_TRANSLATE_NOOP("reports", "Technological and commercial metal balance"),
                        tr(QT_TRANSLATE_NOOP("reports", "Per process node: recovery from weighed "
                                                        "tonnages × assays (commercial) and from "
                                                        "assays alone (technological). %s"))
                        % ctx.period_name(), cols, "MetalBalance", tr=tr)
    for site_name, node, m in rows:
        r = sheet.row_number()
        look = m.where_to_look()
        note = (ctx.translate("balances", look) if look else
                m.technological_note.render(ctx.translate, ctx.language)
                if m.technological_note is not None else "")
        sheet.append([
            site_name, node, m.component, m.feed, m.products,
            Formula(f'=IF(D{r}=0,"",E{r}/D{r})', _blank(m.commercial_recovery)),
            _blank(m.technological_recovery),
            Formula(f'=IF(OR(G{r}="",D{r}=0),"",G{r}*D{r}-E{r})', _blank(m.metal_unaccounted)),
            _blank(m.yield_), _blank(m.concentration_ratio), _blank(m.enrichment_ratio), note])
        ctx.fingerprint.add("metal", ctx.period.label, site_name, node, m.component, m.feed,
                            m.products, m.technological_recovery)
    sheet.finish_table()
    return len(rows)
