"""The waste report's sheet of permit limits: each waste limit of the permit in force for
the period's year beside the register's figure from 1 January to the period's end
(services/permit_checks): accumulation against the stock held at the period's end, burial
against what was placed net into own formations. Written only when a permit sets limits.
"""

from __future__ import annotations

from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.reports.context import ReportContext
from greendesk.reports.sheet import Column, Formula, SheetWriter
from greendesk.services.permit_checks import ACCUMULATION, waste_limit_checks

KINDS = {ACCUMULATION: QT_TRANSLATE_NOOP("reports", "Accumulation"),
         "burial": QT_TRANSLATE_NOOP("reports", "Burial")}


def permit_limits(wb, ctx: ReportContext) -> None:
    """Write the permit limits sheet when the chosen sites' permits set waste limits."""
    tr = ctx.tr
    checks = waste_limit_checks(ctx.db, ctx.period.end.year, ctx.site_ids, ctx.period.end)
    if not checks:
        return
    cols = [Column(QT_TRANSLATE_NOOP("reports", "Site"), width=20),
            Column(QT_TRANSLATE_NOOP("reports", "Permit"), width=18),
            Column(QT_TRANSLATE_NOOP("reports", "Waste type"), width=24),
            Column(QT_TRANSLATE_NOOP("reports", "Limit"), width=14),
            Column(QT_TRANSLATE_NOOP("reports", "Limit, t/year"), width=14, kind="number",
                   fmt="#,##0.000"),
            Column(QT_TRANSLATE_NOOP("reports", "Figure"), "t", width=14, kind="number"),
            Column(QT_TRANSLATE_NOOP("reports", "Above the limit"), "t", width=14,
                   kind="formula")]
    sheet = SheetWriter(wb, QT_TRANSLATE_NOOP("reports", "Permit limits"),
                        QT_TRANSLATE_NOOP("reports", "Waste limits of the permits"),
                        tr(QT_TRANSLATE_NOOP("reports", "Accumulation: the stock held at the "
                                                        "end of the period; burial: placed net "
                                                        "into own formations from 1 January "
                                                        "to the end of the period. %s"))
                        % ctx.period_name(), cols, "WastePermitLimits", tr=tr)
    for c in checks:
        n = sheet.row_number()
        sheet.append([c.site_name, c.permit_number, c.waste_type, tr(KINDS[c.kind]),
                      c.limit_t, c.actual_t,
                      Formula(f"=MAX(0,F{n}-E{n})", max(0.0, c.excess_t))])
        ctx.fingerprint.add("permit-limit", c.permit_id, c.waste_type_id, c.kind, c.limit_t,
                            c.actual_t)
    sheet.finish_table()
