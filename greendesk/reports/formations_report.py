"""Report 5: technogenic formations — the register with tonnage, grades, contained metal
and screening, and the monitoring exceedances of the period."""

from __future__ import annotations

from collections.abc import Callable

from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.reports.context import NothingToReport, ReportContext
from greendesk.reports.sheet import Column, Formula, SheetWriter
from greendesk.services.formations import placed_in, register
from greendesk.services.monitoring_checks import exceedances

TITLE = QT_TRANSLATE_NOOP("reports", "Technogenic formations")
# What a component's screening may lack (analysis.formations.ComponentValue.lacking).
LACKING = {"tonnage": QT_TRANSLATE_NOOP("reports", "tonnage"),
           "price": QT_TRANSLATE_NOOP("reports", "price"),
           "recovery": QT_TRANSLATE_NOOP("reports", "recovery"),
           "processing cost": QT_TRANSLATE_NOOP("reports", "processing cost")}


def _missing(lacking: tuple[str, ...], tr: Callable[[str], str]) -> str:
    """Why a component's value is not computed, e.g. "no price or recovery"."""
    words = tr(QT_TRANSLATE_NOOP("reports", " or ")).join(tr(LACKING.get(w, w)) for w in lacking)
    return tr(QT_TRANSLATE_NOOP("reports", "no %s")) % words


def build(wb, ctx: ReportContext) -> int:
    """Write the register of formations with their screening; the number of rows."""
    tr = ctx.tr
    rows = [r for r in register(ctx.db)
            if r.formation.site_id is None or ctx.sites_filter(r.formation.site_id)]
    if not rows:
        raise NothingToReport(tr(QT_TRANSLATE_NOOP("reports", "No technogenic formations are registered.")))
    codes = sorted({c.code for r in rows for c in r.assessment.components})
    cols = [Column(QT_TRANSLATE_NOOP("reports", "Rank"), width=6, kind="int"),
            Column(QT_TRANSLATE_NOOP("reports", "Formation"), width=28),
            Column(QT_TRANSLATE_NOOP("reports", "Kind"), width=16), Column(QT_TRANSLATE_NOOP("reports", "Site"), width=20),
            Column(QT_TRANSLATE_NOOP("reports", "Status"), width=10),
            Column(QT_TRANSLATE_NOOP("reports", "List of Waste code"), width=11),
            Column(QT_TRANSLATE_NOOP("reports", "Area"), "ha", width=9, kind="number", fmt="#,##0.0"),
            Column(QT_TRANSLATE_NOOP("reports", "Volume"), "m³", width=14, kind="number"),
            Column(QT_TRANSLATE_NOOP("reports", "Bulk density"), "t/m³", width=9, kind="number",
                   fmt="0.00"),
            Column(QT_TRANSLATE_NOOP("reports", "Tonnage"), "t", width=15, kind="number"),
            Column(QT_TRANSLATE_NOOP("reports", "Placed in the period"), "t", width=14,
                   kind="number")]
    contained_label = tr(QT_TRANSLATE_NOOP("reports", "contained"))  # not inside the f-string:
    cols += [Column(f"{code} {contained_label}", "t", width=12, kind="number")  # lupdate misses it
             for code in codes]
    cols += [Column(QT_TRANSLATE_NOOP("reports", "Recoverable value"), "USD", width=15, kind="number",
                    fmt="#,##0"),
             Column(QT_TRANSLATE_NOOP("reports", "Processing cost"), "USD", width=15, kind="number",
                    fmt="#,##0"),
             Column(QT_TRANSLATE_NOOP("reports", "Net value"), "USD", width=15, kind="formula",
                    fmt="#,##0"),
             Column(QT_TRANSLATE_NOOP("reports", "Screening note"), width=30)]
    sheet = SheetWriter(wb, QT_TRANSLATE_NOOP("reports", "Formations"), ctx.title(TITLE),
                        tr(QT_TRANSLATE_NOOP("reports", "Net value = recoverable value − processing "
                                                        "cost, for the components that pay. "
                                                        "Placed in the period: waste and other "
                                                        "material put into the formation's node "
                                                        "in %s, net of what was taken out; the "
                                                        "tonnage includes it.")) % ctx.period_name(),
                        cols, "Formations", tr=tr)
    placed = placed_in(ctx.db, ctx.period, [r.formation.id for r in rows])
    first_money = 11 + len(codes)
    from xlsxwriter.utility import xl_col_to_name

    rv, pc = xl_col_to_name(first_money), xl_col_to_name(first_money + 1)
    for r in sorted(rows, key=lambda r: (r.rank is None, r.rank or 0)):
        f, a = r.formation, r.assessment
        n = sheet.row_number()
        contained = {c.code: (c.contained.metal_t if c.contained else None)
                     for c in a.components}
        notes = "; ".join(_missing(c.lacking, tr) for c in a.components if c.lacking)
        sheet.append([r.rank, f.name, ctx.enum_name(f.kind), f.site_name,
                      ctx.enum_name(f.status),
                      f.waste_code or "", f.area_ha, f.figures.volume_m3, f.figures.density_t_m3,
                      f.figures.tonnage_t, placed.get(f.id), *[contained.get(code) for code in codes],
                      a.recoverable_value, a.processing_cost,
                      Formula(f"=IF(OR({rv}{n}=\"\",{pc}{n}=\"\"),\"\",{rv}{n}-{pc}{n})",
                              "" if a.recoverable_value is None or a.processing_cost is None
                              else a.recoverable_value - a.processing_cost), notes])
        ctx.fingerprint.add("formation", f.id, f.figures.tonnage_t, placed.get(f.id),
                            a.recoverable_value,
                            a.processing_cost, a.net_value)
    sheet.finish_table()

    ex_cols = [Column(QT_TRANSLATE_NOOP("reports", "Point"), width=16),
               Column(QT_TRANSLATE_NOOP("reports", "Attached to"), width=26),
               Column(QT_TRANSLATE_NOOP("reports", "Parameter"), width=16),
               Column(QT_TRANSLATE_NOOP("reports", "Unit"), width=8),
               Column(QT_TRANSLATE_NOOP("reports", "Date"), width=11, kind="date"),
               Column(QT_TRANSLATE_NOOP("reports", "Reading"), width=11, kind="number", fmt="#,##0.000"),
               Column(QT_TRANSLATE_NOOP("reports", "Limit"), width=11, kind="number", fmt="#,##0.000"),
               Column(QT_TRANSLATE_NOOP("reports", "Margin"), width=11, kind="formula", fmt="#,##0.000")]
    ex = SheetWriter(wb, QT_TRANSLATE_NOOP("reports", "Exceedances"),
                     QT_TRANSLATE_NOOP("reports", "Monitoring readings beyond their permitted limits"),
                     ctx.period_name(), ex_cols, "Exceedances", tr=tr)
    for e in exceedances(ctx.db, ctx.period, ctx.site_ids):
        n = ex.row_number()
        margin = Formula(f"=F{n}-G{n}", e.value - e.limit_value) if e.side == "above" \
            else Formula(f"=G{n}-F{n}", e.limit_value - e.value)
        ex.append([e.point, e.attached_to, e.parameter, ctx.unit_name(e.unit), e.taken_on, e.value,
                   e.limit_value, margin])
        ctx.fingerprint.add("exceedance", e.reading_id, e.value, e.limit_value)
    ex.finish_table()
    return len(rows)
