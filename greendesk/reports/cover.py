"""The cover sheet: who, what, for which period, when, with which version and data."""

from __future__ import annotations

from greendesk import __version__
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.reports.book import SUBTITLE, TITLE, WRAPPED, ReportBook, Rows, Styled
from greendesk.reports.context import ReportContext
from greendesk.reports.layout import LINE_PT, wrapped_lines
from greendesk.reports.sheet import banner
from greendesk.services.structure import get_plant

LABEL_WIDTH, VALUE_WIDTH = 28, 76


def _height(text: object, label: str = "") -> float | None:
    """A row's height when its label or value wraps (renderers keep one line)."""
    lines = max(wrapped_lines(label, LABEL_WIDTH),
                wrapped_lines(text, VALUE_WIDTH) if isinstance(text, str) else 1)
    return LINE_PT * lines if lines > 1 else None


# Each language by its own name (a proper name, the same in every workbook), then its code.
LANGUAGE_NAMES = {"en": "English", "ru": "Русский", "kk": "Қазақ тілі"}


def language_line(code: str) -> str:
    """The cover's Language value, e.g. "Русский (ru)"; verify reads the code back."""
    name = LANGUAGE_NAMES.get(code)
    return f"{name} ({code})" if name else code


def start_cover(wb: ReportBook, ctx: ReportContext, titles: list[str]) -> Rows:
    """Create the cover first (so it is the first sheet); rows are written by finish_cover."""
    ws = wb.add_sheet(ctx.tr(QT_TRANSLATE_NOOP("reports", "Cover")))
    ws.set_column(0, 0, LABEL_WIDTH, wb.fmt(WRAPPED))
    ws.set_column(1, 1, VALUE_WIDTH, wb.fmt(WRAPPED))  # a fingerprint and the trail head whole
    ws.set_portrait()
    ws.set_paper(9)  # A4
    ws.fit_to_pages(1, 0)
    ws.set_footer("&L&A&R&P / &N")
    return Rows(wb, ws)


def finish_cover(ws: Rows, ctx: ReportContext, titles: list[str]) -> None:
    """Write the cover: plant, sites, period, who prepared it, the reports inside, the audit head."""
    plant = get_plant(ctx.db)
    sites = [s.name for s in plant.sites if ctx.sites_filter(s.id)]
    banner(ws, [(ctx.tr(QT_TRANSLATE_NOOP("reports", "Environmental compliance report")), TITLE),
                (" · ".join(titles), SUBTITLE)], LABEL_WIDTH + VALUE_WIDTH, 2)
    ws.append([])
    generated = Styled(ctx.generated_at, {"align": "left"}, "yyyy-mm-dd hh:mm")
    rows: list[tuple[str, object]] = [
        (QT_TRANSLATE_NOOP("reports", "Enterprise"), plant.enterprise_name),
        (QT_TRANSLATE_NOOP("reports", "BIN"), plant.bin),
        (QT_TRANSLATE_NOOP("reports", "Sites"), ", ".join(sites) if sites else ctx.tr(QT_TRANSLATE_NOOP("reports", "none"))),
        (QT_TRANSLATE_NOOP("reports", "Period"), f"{ctx.period.label} ({ctx.period.start.isoformat()} – "
                                 f"{ctx.period.end.isoformat()})"),
        (QT_TRANSLATE_NOOP("reports", "Prepared by"), ctx.who()),
        (QT_TRANSLATE_NOOP("reports", "Generated at"), generated),
        (QT_TRANSLATE_NOOP("reports", "GreenDesk version"), __version__),
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
        ws.append([ctx.tr(label), value], height=_height(value, ctx.tr(label)))
    ws.append([])
    notes = [ctx.tr(QT_TRANSLATE_NOOP(
        "reports", "Totals and derived columns are Excel formulas over the rows above them. "
        "`greendesk verify FILE --db DATABASE` tells whether the figures still match the "
        "database they came from."))]
    if ctx.audit_head is not None:
        notes.append(ctx.tr(QT_TRANSLATE_NOOP(
            "reports", "The audit trail head is the database's change log as it stood at "
            "export. `greendesk audit verify --db DATABASE --anchor THIS.xlsx` tells whether "
            "the log still holds it: a copy kept out of the database owner's reach shows "
            "whether history was rewritten since.")))
    for note in notes:
        ws.append([None, Styled(note, {**SUBTITLE, **WRAPPED})], height=_height(note))
