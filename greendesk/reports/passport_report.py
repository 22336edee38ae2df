"""Hazardous-waste passports: one sheet per hazardous waste type, and a Check sheet.

Each passport states the waste's code and name, the process that generates it, its
physical state, composition, hazardous properties with the basis of each, precautions for
handling, transport and storage, the legacy level, and who prepared it on which date.
Everything comes from the register as the officer entered it: a field left blank prints
"not entered" and is listed on the Check sheet with what to enter. Nothing is filled in.
"""

from __future__ import annotations

from greendesk.errors import DomainError
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.reports.context import NothingToReport, ReportContext
from greendesk.reports.sheet import Column, SheetWriter
from greendesk.services.waste_codes import HP_PROPERTIES
from greendesk.services.waste_passport import Passport, passports

TITLE = QT_TRANSLATE_NOOP("reports", "Hazardous waste passports")
NOT_ENTERED = QT_TRANSLATE_NOOP("reports", "not entered")

# Sections of a passport sheet, its fields and what the Check sheet asks for each gap.
WASTE = QT_TRANSLATE_NOOP("reports", "Waste")
COMPOSITION = QT_TRANSLATE_NOOP("reports", "Composition")
HAZARD = QT_TRANSLATE_NOOP("reports", "Hazardous properties")
PRECAUTIONS = QT_TRANSLATE_NOOP("reports", "Precautions")
PASSPORT = QT_TRANSLATE_NOOP("reports", "Passport")
TO_ENTER = {
    QT_TRANSLATE_NOOP("reports", "Generating process"): QT_TRANSLATE_NOOP(
        "reports", "Choose the process that generates the waste (Waste register ▸ Edit)."),
    QT_TRANSLATE_NOOP("reports", "Legacy level"): QT_TRANSLATE_NOOP(
        "reports", "Choose the green, amber or red level (Waste register ▸ Edit)."),
    COMPOSITION: QT_TRANSLATE_NOOP(
        "reports", "Enter the components and their shares with the laboratory protocol or "
        "calculation they come from (Waste register ▸ Passport data…)."),
    QT_TRANSLATE_NOOP("reports", "Basis of the share"): QT_TRANSLATE_NOOP(
        "reports", "Enter the laboratory protocol (number and date) or calculation the share "
        "comes from (Waste register ▸ Passport data…)."),
    HAZARD: QT_TRANSLATE_NOOP(
        "reports", "Record the hazardous properties HP1–HP15 or C16 of the waste "
        "(Waste register ▸ Edit)."),
    QT_TRANSLATE_NOOP("reports", "Basis of the property"): QT_TRANSLATE_NOOP(
        "reports", "Enter the test, protocol or calculation that shows the property "
        "(Waste register ▸ Passport data…)."),
    QT_TRANSLATE_NOOP("reports", "Handling"): QT_TRANSLATE_NOOP(
        "reports", "Enter the precautions for handling the waste (Waste register ▸ Passport "
        "data…)."),
    QT_TRANSLATE_NOOP("reports", "Transport"): QT_TRANSLATE_NOOP(
        "reports", "Enter the precautions for transporting the waste (Waste register ▸ "
        "Passport data…)."),
    QT_TRANSLATE_NOOP("reports", "Storage"): QT_TRANSLATE_NOOP(
        "reports", "Enter the precautions for storing the waste (Waste register ▸ Passport "
        "data…)."),
    QT_TRANSLATE_NOOP("reports", "Prepared by"): QT_TRANSLATE_NOOP(
        "reports", "Enter who prepared the passport (Waste register ▸ Passport data…)."),
    QT_TRANSLATE_NOOP("reports", "Date"): QT_TRANSLATE_NOOP(
        "reports", "Enter the date the passport was prepared (Waste register ▸ Passport "
        "data…)."),
}
# A passport is a form: its columns fit one landscape page at 70 %, so an item's value and
# basis print beside it, not on a page of their own.
COLUMNS = [Column(QT_TRANSLATE_NOOP("reports", "Section"), width=18),
           Column(QT_TRANSLATE_NOOP("reports", "Item"), width=26),
           Column(QT_TRANSLATE_NOOP("reports", "Value"), width=34),
           Column(QT_TRANSLATE_NOOP("reports", "Share"), width=12, kind="number",
                  fmt="#,##0.###"),
           Column(QT_TRANSLATE_NOOP("reports", "Unit"), width=8),
           Column(QT_TRANSLATE_NOOP("reports", "Basis"), width=30)]
CHECK_COLUMNS = [Column(QT_TRANSLATE_NOOP("reports", "Waste type"), width=30),
                 Column(QT_TRANSLATE_NOOP("reports", "List of Waste code"), width=11),
                 Column(QT_TRANSLATE_NOOP("reports", "Field"), width=30),
                 Column(QT_TRANSLATE_NOOP("reports", "What to enter"), width=70)]


def build(wb, ctx: ReportContext) -> int:
    """Write one passport sheet per hazardous waste type of the chosen sites (or the one
    chosen) and the Check sheet of fields not entered; the number of passports."""
    try:
        found = passports(ctx.db, ctx.site_ids, ctx.waste_type_id, ctx.language)
    except DomainError as exc:
        raise NothingToReport(str(exc)) from None
    if not found:
        raise NothingToReport(ctx.tr(QT_TRANSLATE_NOOP(
            "reports", "No hazardous waste types are registered for the chosen sites.")))
    gaps: list[tuple[Passport, str, str]] = []
    for p in found:
        gaps += _passport(wb, ctx, p)
    check = SheetWriter(wb, QT_TRANSLATE_NOOP("reports", "Check"),
                        QT_TRANSLATE_NOOP("reports", "Passport fields not entered"),
                        QT_TRANSLATE_NOOP("reports", "Each field below prints as “not entered” "
                                                     "on its passport until it is entered in "
                                                     "the waste register."),
                        CHECK_COLUMNS, "PassportCheck", tr=ctx.tr)
    for p, field, detail in gaps:
        check.append([p.waste_type.name, p.waste_type.display_code,
                      f"{ctx.tr(field)}{detail}", ctx.tr(TO_ENTER[field])])
    check.finish_table()
    return len(found)


def _passport(wb, ctx: ReportContext, p: Passport) -> list[tuple[Passport, str, str]]:
    """One passport's sheet; the fields it lacks as (passport, field, which one)."""
    tr, t, d = ctx.tr, p.waste_type, p.data
    missing = tr(NOT_ENTERED)
    gaps: list[tuple[Passport, str, str]] = []

    def given(value: str, field: str, detail: str = "") -> str:
        if value:
            return value
        gaps.append((p, field, detail))
        return missing

    sheet = SheetWriter(wb, t.name, QT_TRANSLATE_NOOP("reports", "Hazardous waste passport"),
                        f"{t.name} — {t.display_code} — {t.site_name}", COLUMNS,
                        f"Passport{t.id}", tr=tr)
    rows: list[list[object]] = [
        [tr(WASTE), tr(QT_TRANSLATE_NOOP("reports", "List of Waste code")), t.display_code],
        [tr(WASTE), tr(QT_TRANSLATE_NOOP("reports", "Name")), t.name],
        [tr(WASTE), tr(QT_TRANSLATE_NOOP("reports", "Classifier description")),
         t.description],
        [tr(WASTE), tr(QT_TRANSLATE_NOOP("reports", "Site")), t.site_name],
        [tr(WASTE), tr(QT_TRANSLATE_NOOP("reports", "Generating process")),
         given(t.generating_node_name, QT_TRANSLATE_NOOP("reports", "Generating process"))],
        [tr(WASTE), tr(QT_TRANSLATE_NOOP("reports", "Physical state")),
         ctx.enum_name(t.physical_state)],
        [tr(WASTE), tr(QT_TRANSLATE_NOOP("reports", "Legacy level")),
         given(ctx.enum_name(t.legacy_level), QT_TRANSLATE_NOOP("reports", "Legacy level"))],
    ]
    if t.mirror_assessment:
        rows.append([tr(WASTE), tr(QT_TRANSLATE_NOOP("reports", "Mirror entry assessment")),
                     t.mirror_assessment])
    if not d.components:
        rows.append([tr(COMPOSITION), given("", COMPOSITION)])
    for c in d.components:
        rows.append([tr(COMPOSITION), c.name, None, c.share, ctx.unit_name(str(c.unit)),
                     given(c.basis, QT_TRANSLATE_NOOP("reports", "Basis of the share"),
                           f": {c.name}")])
    if not p.hp:
        rows.append([tr(HAZARD), given("", HAZARD)])
    for code, basis in p.hp:
        rows.append([tr(HAZARD), code, ctx.translate("waste", HP_PROPERTIES[code]), None, None,
                     given(basis, QT_TRANSLATE_NOOP("reports", "Basis of the property"),
                           f": {code}")])
    for field, text in ((QT_TRANSLATE_NOOP("reports", "Handling"), d.handling),
                        (QT_TRANSLATE_NOOP("reports", "Transport"), d.transport),
                        (QT_TRANSLATE_NOOP("reports", "Storage"), d.storage)):
        rows.append([tr(PRECAUTIONS), tr(field), given(text, field)])
    rows += [[tr(PASSPORT), tr(QT_TRANSLATE_NOOP("reports", "Prepared by")),
              given(d.prepared_by, QT_TRANSLATE_NOOP("reports", "Prepared by"))],
             [tr(PASSPORT), tr(QT_TRANSLATE_NOOP("reports", "Date")),
              given(d.prepared_on.isoformat() if d.prepared_on else "",
                    QT_TRANSLATE_NOOP("reports", "Date"))]]
    sheet.extend(rows)
    sheet.finish_table()
    ctx.fingerprint.add("passport", t.id, t.entry_id, t.name, t.generating_node_id,
                        t.physical_state, t.legacy_level, t.hp_properties, d.components,
                        d.hp_basis, d.handling, d.transport, d.storage, d.prepared_by,
                        d.prepared_on)
    return gaps
