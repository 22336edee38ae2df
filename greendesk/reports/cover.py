"""The cover sheet: who, what, for which period, when, with which version and data."""

from __future__ import annotations

from greendesk import labels, periods
from greendesk.errors import Message
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.periods import Period
from greendesk.reports.book import SUBTITLE, TITLE, WRAPPED, ReportBook, Rows, Styled
from greendesk.reports.context import ReportContext
from greendesk.reports.layout import LINE_PT, wrapped_lines
from greendesk.reports.sheet import banner
from greendesk.services.permits import PermitRow, list_permits, permit_in_force
from greendesk.services.structure import PlantRow, get_plant

SIGNATURE_LINE = "____________"  # signed, or filled in, by hand on the printed cover

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


def period_line(ctx: ReportContext) -> str:
    """The cover's Period value: the period, its kind and its days ("January 2026 (month,
    2026-01-01 – 2026-01-31)"), from the recorded dates, so verify writes it the same."""
    return Message(QT_TRANSLATE_NOOP("reports", "{period} ({kind}, {start} – {end})"),
                   context="reports", period=periods.name(ctx.period),
                   kind=periods.kind_name(ctx.period), start=ctx.period.start,
                   end=ctx.period.end).render(ctx.translate, ctx.language)


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


def permit_text(ctx: ReportContext, permit: PermitRow | None, period: Period) -> str:
    """The permit in force as the cover states it, saying plainly when there is none and
    when it is valid on only part of the period."""
    if permit is None:
        return ctx.tr(QT_TRANSLATE_NOOP("reports", "no permit in force"))
    authority = permit.authority or ctx.tr(QT_TRANSLATE_NOOP("reports", "not entered"))
    text = (_say(ctx, QT_TRANSLATE_NOOP("reports", "No. {number} of {issued}, issued by "
                                                   "{authority}, valid {start} – {end}"),
                 number=permit.number, issued=permit.issued_on.isoformat(), authority=authority,
                 start=permit.valid_from.isoformat(), end=permit.valid_until.isoformat())
            if permit.valid_until is not None else
            _say(ctx, QT_TRANSLATE_NOOP("reports", "No. {number} of {issued}, issued by "
                                                   "{authority}, valid from {start} with no end "
                                                   "date"),
                 number=permit.number, issued=permit.issued_on.isoformat(), authority=authority,
                 start=permit.valid_from.isoformat()))
    days, total = permit.days_within(period.start, period.end), (period.end - period.start).days + 1
    if days < total:
        text += _say(ctx, QT_TRANSLATE_NOOP("reports", " (valid on {days} of the period's {total} "
                                                       "days)"), days=days, total=total)
    return text


def _say(ctx: ReportContext, template: str, **args: object) -> str:
    """A marked template filled in the workbook's language; a translation that lost a
    placeholder falls back to the English template rather than failing the export."""
    return Message(template, context="reports", **args).render(ctx.translate, ctx.language)


def site_rows(ctx: ReportContext, plant: PlantRow) -> list[tuple[str, object]]:
    """Per chosen site: its name, address, facility category and the permit in force."""
    rows: list[tuple[str, object]] = []
    unset = ctx.tr(QT_TRANSLATE_NOOP("reports", "not entered"))
    for site in (s for s in plant.sites if ctx.sites_filter(s.id)):
        permit = permit_in_force(list_permits(ctx.db, site.id), ctx.period.start, ctx.period.end)
        rows += [
            (QT_TRANSLATE_NOOP("reports", "Site"), site.name),
            (QT_TRANSLATE_NOOP("reports", "Address"), site.address or unset),
            (QT_TRANSLATE_NOOP("reports", "Facility category"),
             labels.label(site.category, ctx.translate) if site.category else unset),
            (QT_TRANSLATE_NOOP("reports", "Environmental permit"),
             permit_text(ctx, permit, ctx.period)),
        ]
    return rows or [(QT_TRANSLATE_NOOP("reports", "Sites"),
                     ctx.tr(QT_TRANSLATE_NOOP("reports", "none")))]


def signature_rows(ctx: ReportContext) -> list[tuple[str, object]]:
    """Who prepared the report and who approves it: name, position, date, signature. The
    preparer's date is the export's; the approver's, and any blank, is a line to fill in."""
    def line(text: str) -> str:
        return text or SIGNATURE_LINE
    return [
        (QT_TRANSLATE_NOOP("reports", "Prepared by"), line(ctx.who())),
        (QT_TRANSLATE_NOOP("reports", "Position"), line(ctx.prepared_position)),
        (QT_TRANSLATE_NOOP("reports", "Date"), ctx.generated_at.date().isoformat()),
        (QT_TRANSLATE_NOOP("reports", "Signature"), SIGNATURE_LINE),
        (QT_TRANSLATE_NOOP("reports", "Approved by"), line(ctx.approved_by)),
        (QT_TRANSLATE_NOOP("reports", "Position"), line(ctx.approved_position)),
        (QT_TRANSLATE_NOOP("reports", "Date"), SIGNATURE_LINE),
        (QT_TRANSLATE_NOOP("reports", "Signature"), SIGNATURE_LINE),
    ]


def finish_cover(ws: Rows, ctx: ReportContext, titles: list[str]) -> None:
    """Write the cover: plant, sites with their permits, period, language, who prepared and
    who approves it, the reports inside, the data fingerprint and the audit head."""
    plant = get_plant(ctx.db)
    banner(ws, [(ctx.title(QT_TRANSLATE_NOOP("reports", "Environmental compliance report")),
                 TITLE), (" · ".join(titles), SUBTITLE)], LABEL_WIDTH + VALUE_WIDTH, 2)
    ws.append([])
    generated = Styled(ctx.generated_at, {"align": "left"}, "yyyy-mm-dd hh:mm")
    rows: list[tuple[str, object]] = [
        (QT_TRANSLATE_NOOP("reports", "Enterprise"), plant.enterprise_name),
        (QT_TRANSLATE_NOOP("reports", "BIN"), plant.bin),
        *site_rows(ctx, plant),
        (QT_TRANSLATE_NOOP("reports", "Period"), period_line(ctx)),
        *([(QT_TRANSLATE_NOOP("reports", "Language"), language_line(ctx.language))]
          if ctx.language else []),
        *signature_rows(ctx),
        (QT_TRANSLATE_NOOP("reports", "Generated at"), generated),
        (QT_TRANSLATE_NOOP("reports", "GreenDesk version"), ctx.version),
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
