"""The cover sheet: who, what, for which period, when, with which version and data."""

from __future__ import annotations

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment
from openpyxl.workbook import Workbook

from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.reports.context import ReportContext
from greendesk.reports.sheet import SUBTITLE, TITLE, safe_text, sheet_name
from greendesk.services.structure import get_plant

# Each language by its own name (a proper name, the same in every workbook), then its code.
LANGUAGE_NAMES = {"en": "English", "ru": "Русский", "kk": "Қазақ тілі"}


def language_line(code: str) -> str:
    """The cover's Language value, e.g. "Русский (ru)"; verify reads the code back."""
    name = LANGUAGE_NAMES.get(code)
    return f"{name} ({code})" if name else code


def start_cover(wb: Workbook, ctx: ReportContext, titles: list[str]):
    """Create the cover first (so it is the first sheet); rows are written by finish_cover."""
    ws = wb.create_sheet(sheet_name(wb, ctx.tr(QT_TRANSLATE_NOOP("reports", "Cover"))))
    ws.column_dimensions["A"].width = 28
    ws.column_dimensions["B"].width = 66
    ws.page_setup.orientation = "portrait"
    ws.page_setup.paperSize = "9"  # A4
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.oddFooter.left.text = "&A"
    ws.oddFooter.right.text = "&P / &N"
    return ws


def finish_cover(ws, ctx: ReportContext, titles: list[str]) -> None:
    """Write the cover: plant, sites, period, who prepared it, the reports inside, the audit head."""
    plant = get_plant(ctx.db)
    sites = [s.name for s in plant.sites if ctx.sites_filter(s.id)]
    ws.append([safe_text(ws, ctx.tr(QT_TRANSLATE_NOOP("reports", "Environmental compliance report")),
                         font=TITLE)])
    ws.append([safe_text(ws, " · ".join(titles), font=SUBTITLE)])
    ws.append([])
    generated = WriteOnlyCell(ws, value=ctx.generated_at)
    generated.number_format = "yyyy-mm-dd hh:mm"
    generated.alignment = Alignment(horizontal="left")
    rows: list[tuple[str, object]] = [
        (QT_TRANSLATE_NOOP("reports", "Enterprise"), plant.enterprise_name),
        (QT_TRANSLATE_NOOP("reports", "BIN"), plant.bin),
        (QT_TRANSLATE_NOOP("reports", "Sites"), ", ".join(sites) if sites else ctx.tr(QT_TRANSLATE_NOOP("reports", "none"))),
        (QT_TRANSLATE_NOOP("reports", "Period"), f"{ctx.period.label} ({ctx.period.start.isoformat()} – "
                                 f"{ctx.period.end.isoformat()})"),
        (QT_TRANSLATE_NOOP("reports", "Prepared by"), ctx.who()),
        (QT_TRANSLATE_NOOP("reports", "Generated at"), generated),
        (QT_TRANSLATE_NOOP("reports", "GreenDesk version"), ctx.version),
        *([(QT_TRANSLATE_NOOP("reports", "Language"), language_line(ctx.language))]
          if ctx.language else []),
        (QT_TRANSLATE_NOOP("reports", "Records used"), f"{ctx.fingerprint.rows:,}"),
        (QT_TRANSLATE_NOOP("reports", "Data fingerprint (SHA-256)"), ctx.fingerprint.hexdigest()),
    ]
    if ctx.audit_head is not None:
        entry, digest = ctx.audit_head
        rows.append((QT_TRANSLATE_NOOP("reports", "Audit trail head (entry:SHA-256)"),
                     f"{entry}:{digest}"))
    for label, value in rows:
        ws.append([safe_text(ws, ctx.tr(label)),
                   value if not isinstance(value, str) else safe_text(ws, value)])
    ws.append([])
    ws.append([None, safe_text(ws, ctx.tr(QT_TRANSLATE_NOOP(
        "reports", "Totals and derived columns are Excel formulas over the rows above them. "
        "`greendesk verify FILE --db DATABASE` tells whether the figures still match the "
        "database they came from.")), font=SUBTITLE, alignment=Alignment(wrap_text=True))])
    if ctx.audit_head is not None:
        ws.append([None, safe_text(ws, ctx.tr(QT_TRANSLATE_NOOP(
            "reports", "The audit trail head is the database's change log as it stood at "
            "export. `greendesk audit verify --db DATABASE --anchor THIS.xlsx` tells whether "
            "the log still holds it: a copy kept out of the database owner's reach shows "
            "whether history was rewritten since.")), font=SUBTITLE,
            alignment=Alignment(wrap_text=True))])
