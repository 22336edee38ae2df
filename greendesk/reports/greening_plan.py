"""Report 4: the greening plan — every action, and the progress of each measure."""

from __future__ import annotations

from greendesk.analysis.plan import is_overdue
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.reports.context import NothingToReport, ReportContext
from greendesk.reports.sheet import Column, Formula, SheetWriter, quoted
from greendesk.services.plan_view import plan_view
from greendesk.services.structure import get_plant

TITLE = QT_TRANSLATE_NOOP("reports", "Greening plan")
STATUS = {
    "not_started": QT_TRANSLATE_NOOP("reports", "not started"), "planned": QT_TRANSLATE_NOOP("reports", "planned"),
    "in_progress": QT_TRANSLATE_NOOP("reports", "in progress"), "done": QT_TRANSLATE_NOOP("reports", "done"),
    "not_applicable": QT_TRANSLATE_NOOP("reports", "not applicable"),
}
COST = {"low": QT_TRANSLATE_NOOP("reports", "low"), "medium": QT_TRANSLATE_NOOP("reports", "medium"), "high": QT_TRANSLATE_NOOP("reports", "high")}


def build(wb, ctx: ReportContext) -> int:
    """Write every chosen site's greening actions with their status; the number of rows."""
    tr = ctx.tr
    plant = get_plant(ctx.db)
    sites = [s for s in plant.sites if ctx.sites_filter(s.id)]
    plan = plan_view(ctx.db, ctx.language or "en")  # reading only: what opening the plan would merge, in memory
    measures = plan.measures
    if not sites or not measures:
        raise NothingToReport(tr(QT_TRANSLATE_NOOP("reports", "There is no greening plan for the chosen sites.")))
    cols = [
        Column(QT_TRANSLATE_NOOP("reports", "Site"), width=22), Column(QT_TRANSLATE_NOOP("reports", "Measure"), width=9),
        Column(QT_TRANSLATE_NOOP("reports", "Action id"), width=10),
        Column(QT_TRANSLATE_NOOP("reports", "Action"), width=50),
        Column(QT_TRANSLATE_NOOP("reports", "Cost class"), width=10),
        Column(QT_TRANSLATE_NOOP("reports", "Status"), width=13), Column(QT_TRANSLATE_NOOP("reports", "Owner"), width=18),
        Column(QT_TRANSLATE_NOOP("reports", "Start"), width=11, kind="date"),
        Column(QT_TRANSLATE_NOOP("reports", "Due"), width=11, kind="date"),
        Column(QT_TRANSLATE_NOOP("reports", "Estimated cost"), "₸", width=15, kind="number"),
        Column(QT_TRANSLATE_NOOP("reports", "Expected effect"), width=14, kind="number", fmt="#,##0.###"),
        Column(QT_TRANSLATE_NOOP("reports", "Effect unit"), width=14),
        Column(QT_TRANSLATE_NOOP("reports", "Actual effect"), width=14, kind="number", fmt="#,##0.###"),
        Column(QT_TRANSLATE_NOOP("reports", "Overdue"), width=9),
        Column(QT_TRANSLATE_NOOP("reports", "Evidence files"), width=9, kind="int"),
        Column(QT_TRANSLATE_NOOP("reports", "Not applicable because"), width=30),
    ]
    status_on = tr(QT_TRANSLATE_NOOP("reports", "status on"))  # lupdate misses f-strings
    # The day the workbook was made, not the clock's: verify rebuilds with the recorded
    # moment, so a plan exported yesterday still matches today.
    made_on = ctx.generated_at.date()
    sheet = SheetWriter(wb, QT_TRANSLATE_NOOP("reports", "Greening plan"), ctx.title(TITLE),
                        f"{ctx.period_name()}; {status_on} {made_on.isoformat()}", cols,
                        "GreeningPlan", tr=tr)
    today = min(made_on, ctx.period.end)
    n = 0
    # what the progress formulas count, computed here too (their cached values)
    applicable: dict[tuple[str, str], int] = {}
    finished: dict[tuple[str, str], int] = {}
    for site in sites:
        for a in plan.actions.get(site.id, []):
            counted = (site.name, a.measure_id)
            applicable[counted] = applicable.get(counted, 0) + (a.status.value != "not_applicable")
            finished[counted] = finished.get(counted, 0) + (a.status.value == "done")
            ctx.fingerprint.add("action", a.id, a.status, a.owner, a.due_date, a.cost_class,
                                a.estimated_cost, a.expected_effect, a.actual_effect)
            sheet.append([site.name, a.measure_id, a.item_id, a.text,
                          tr(COST[a.cost_class.value]), tr(STATUS[a.status.value]), a.owner,
                          a.start_date, a.due_date, a.estimated_cost, a.expected_effect,
                          ctx.unit_name(a.effect_unit), a.actual_effect,
                          tr(QT_TRANSLATE_NOOP("reports", "yes")) if is_overdue(a, today) else "",
                          a.evidence_count, a.not_applicable_reason])
            n += 1
    sheet.finish_table()
    site_r, meas_r = sheet.data_range(cols[0].header), sheet.data_range(cols[1].header)
    stat_r = sheet.data_range(cols[5].header)
    done, na = tr(STATUS["done"]), tr(STATUS["not_applicable"])

    prog_cols = [Column(QT_TRANSLATE_NOOP("reports", "Site"), width=22),
                 Column(QT_TRANSLATE_NOOP("reports", "Measure"), width=9),
                 Column(QT_TRANSLATE_NOOP("reports", "Title"), width=50),
                 Column(QT_TRANSLATE_NOOP("reports", "Applicable actions"), width=12, kind="formula",
                        fmt="#,##0"),
                 Column(QT_TRANSLATE_NOOP("reports", "Done"), width=10, kind="formula", fmt="#,##0"),
                 Column(QT_TRANSLATE_NOOP("reports", "Progress"), "%", width=10, kind="formula",
                        fmt="0.0%")]
    plan_sheet = sheet.name
    prog = SheetWriter(wb, QT_TRANSLATE_NOOP("reports", "Plan progress"),
                       QT_TRANSLATE_NOOP("reports", "Progress of each greening measure"),
                       tr(QT_TRANSLATE_NOOP("reports", "Formulas count the actions on sheet '%s'.")) % plan_sheet,
                       prog_cols, "PlanProgress", tr=tr)
    ref = "'" + plan_sheet.replace("'", "''") + "'!"  # a translation may hold an apostrophe
    for site in sites:
        for m in measures:
            r = prog.row_number()
            # EXACT, not COUNTIFS: a criterion reads *, ?, ~ and a leading =, < or > as a
            # pattern ("Nurken*" counted every Nurken site); EXACT is also case-sensitive, as
            # the database's unique site names are ("Nurken" and "NURKEN" are two sites).
            key = f'EXACT({ref}{site_r},$A{r})*EXACT({ref}{meas_r},$B{r})'
            n_app = applicable.get((site.name, m.id), 0)
            n_done = finished.get((site.name, m.id), 0)
            prog.append([site.name, m.id, m.title,
                         Formula(f'=SUMPRODUCT({key}*(1-EXACT({ref}{stat_r},"{quoted(na)}")))',
                                 n_app),
                         Formula(f'=SUMPRODUCT({key}*EXACT({ref}{stat_r},"{quoted(done)}"))',
                                 n_done),
                         Formula(f'=IF(D{r}=0,"",E{r}/D{r})', n_done / n_app if n_app else "")])
    prog.finish_table()
    return n
