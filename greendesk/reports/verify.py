"""Does a workbook still match the database it was made from? What differs?

The workbook's hidden sheet holds the report kinds, period and sites; the reports are made
again from the database with those parameters and compared (verify_compare): rows aligned,
then each cell's value, formula, number format and visibility, and hidden rows, columns
and sheets. Nothing that depends on the clock or the machine is compared as it is now:
the moment of the export, who made it and the GreenDesk version are made again from the
workbook's record, and the audit trail head on the cover is the one the workbook recorded
(the trail grows after an export): instead, the trail must still hold that head, and its
export entry names when and by whom the workbook was made. Workbooks come back from
outside, so they pass the importers' zip and XML checks before openpyxl reads them.
"""

from __future__ import annotations

import json
import tempfile
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from greendesk.errors import DomainError, Message, joined, message_of
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.periods import Period
from greendesk.reports.context import ReportContext
from greendesk.reports.registry import META_SHEET, write_report
from greendesk.reports.verify_cached import cached_differences
from greendesk.reports.verify_compare import Difference, align, sheet_differences
from greendesk.reports.verify_read import Look, SheetCells, read_sheet
from greendesk.store.audit_anchor import (
    Anchor,
    AnchorCheck,
    ExportRecord,
    anchor_from,
    find_export,
)
from greendesk.store.audit_verify import check_anchors
from greendesk.store.db import Database


@dataclass
class VerifyResult:
    """Whether a workbook still matches the database: values, fingerprint and audit head."""
    matches: bool
    fingerprint_matches: bool
    differences: list[Difference] = field(default_factory=list)
    message: str = ""  # in English; `sentence` renders it in the officer's language
    anchor: AnchorCheck | None = None  # the trail against the head on the cover, if any
    sentence: Message | None = None


def load_checked(path: Path):
    """A workbook from outside, opened read-only by openpyxl once its bytes passed the zip
    and XML checks every imported workbook passes (a workbook is hostile input)."""
    from openpyxl import load_workbook

    from greendesk.readers.tabular import TableReadError
    from greendesk.readers.tabular_xlsx import checked_xlsx

    path = Path(path)
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{path} is not an Excel workbook (.xlsx)."),
                          path=path.name)
    try:
        fp, _parts, _errors = checked_xlsx(path)
    except TableReadError as exc:
        raise DomainError(message_of(exc)) from None
    except OSError as exc:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{file} cannot be read: {reason}."),
                          file=path.name, reason=exc.strerror or exc) from None
    try:
        return load_workbook(fp, read_only=True, keep_links=False)
    except Exception as exc:  # noqa: BLE001 - any unreadable file gets the same sentence
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{path} cannot be read as an Excel "
                                                       "workbook."),
                          path=path.name) from exc


def _meta(wb, name: str) -> dict:
    """The report record GreenDesk hides in every workbook it writes."""
    if META_SHEET not in wb.sheetnames:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{name} was not made by GreenDesk (it has "
                                                       "no report record)."),
                          name=name)
    try:
        meta = json.loads(next(wb[META_SHEET].iter_rows(max_row=1, max_col=1,
                                                        values_only=True))[0])
        if not isinstance(meta, dict):
            raise TypeError
    except (StopIteration, TypeError, ValueError):
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{file}'s GreenDesk report record cannot "
                                                       "be read: the workbook was edited or "
                                                       "damaged."),
                          file=name) from None
    return meta


def read_anchor(path: Path) -> Anchor:
    """The audit trail head a workbook's cover carries, to check a trail against."""
    path = Path(path)
    wb = load_checked(path)
    try:
        meta = _meta(wb, path.name)
    finally:
        wb.close()
    anchor = anchor_from(meta.get("audit_head"), path.name)
    if anchor is None:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{path} carries no audit trail head: it "
                                                       "was exported before GreenDesk recorded "
                                                       "one, or its report record was edited."),
                          path=path.name)
    return anchor


def verify_workbook(path: Path, db: Database, limit: int = 50) -> VerifyResult:
    """Rebuild the workbook's reports from the database as recorded on its cover and compare:
    the first `limit` differences, the fingerprint and the audit head."""
    path = Path(path)
    wb = load_checked(path)
    meta = _meta(wb, path.name)
    anchor = anchor_from(meta.get("audit_head"), path.name)
    try:
        start, end, label = meta["period"]
        ctx = ReportContext(db, Period(date.fromisoformat(start), date.fromisoformat(end),
                                       label),
                            meta["site_ids"], prepared_by=meta.get("prepared_by", ""),
                            prepared_position=_text(meta, "prepared_position"),
                            approved_by=_text(meta, "approved_by"),
                            approved_position=_text(meta, "approved_position"),
                            generated_at=datetime.fromisoformat(meta["generated_at"]),
                            audit_head=(anchor.entry, anchor.hash) if anchor else None,
                            language=_language(meta),
                            waste_type_id=_waste_type(meta))
        version = meta.get("version", ctx.version)
        if not isinstance(version, str):
            raise TypeError(version)
        ctx.version = version  # the cover is made again as exported, by whichever version
        kinds = list(meta["kinds"])
    except (KeyError, TypeError, ValueError):
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{file}'s GreenDesk report record cannot "
                                                       "be read: the workbook was edited or "
                                                       "damaged."),
                          file=path.name) from None
    with tempfile.TemporaryDirectory() as tmp:
        fresh_path = Path(tmp) / "fresh.xlsx"
        write_report(kinds, ctx, fresh_path, record=False)
        fp_ok = meta.get("fingerprint") == ctx.fingerprint.hexdigest()
        fresh = load_checked(fresh_path)
        try:
            diffs = _differences(wb, fresh, limit, rows_edited=fp_ok)
        finally:
            fresh.close()
        if fp_ok:  # changed data changes what formulas give: cells say where, not caches
            diffs += cached_differences(path, fresh_path, limit - len(diffs))
    wb.close()
    held = check_anchors(db, [anchor])[0] if anchor else None
    same = fp_ok and not diffs
    parts: list[Message | str] = [_verdict(same, diffs, limit)]
    if held is not None:
        parts.append(held.message)
    if anchor is not None:
        parts.append(_export_sentence(find_export(db, (anchor.entry, anchor.hash),
                                                  meta.get("fingerprint"), path.name)))
    sentence = joined(parts, " ")
    return VerifyResult(same and (held is None or held.holds), fp_ok, diffs, str(sentence), held,
                        sentence)


def _differences(wb, fresh, limit: int, rows_edited: bool) -> list[Difference]:
    """The first `limit` differences between the workbook and the one made again: sheets
    missing, then each sheet's (rows aligned), then sheets added after the export."""
    diffs: list[Difference] = []
    styles_old: dict[int, Look] = {}
    styles_new: dict[int, Look] = {}
    sheets: list[tuple[SheetCells, SheetCells]] = []
    for name in fresh.sheetnames:
        if name == META_SHEET:
            continue
        if name not in wb.sheetnames:
            diffs.append(Difference(name, "", "(sheet missing)", "(sheet)", Message(
                QT_TRANSLATE_NOOP("reports", "Sheet {sheet} is missing from the workbook."),
                context="reports", sheet=name)))
            continue
        sheets.append((read_sheet(wb[name], styles_old), read_sheet(fresh[name], styles_new)))
    aligned = [align(old.values, new.values) for old, new in sheets]
    maps = {old.name: a.row_map() for (old, _new), a in zip(sheets, aligned, strict=True)}
    for (old, new), a in zip(sheets, aligned, strict=True):
        for diff in sheet_differences(old, new, a, maps, rows_edited):
            if len(diffs) >= limit:  # the cap holds across rows and sheets
                return diffs
            diffs.append(diff)
    for name in wb.sheetnames:  # a sheet added after the export is not GreenDesk's
        if name not in fresh.sheetnames and name != META_SHEET and len(diffs) < limit:
            diffs.append(Difference(name, "", "(sheet)", "(sheet missing)", Message(
                QT_TRANSLATE_NOOP("reports", "Sheet {sheet} was added to the workbook after "
                                             "the export."), context="reports", sheet=name)))
    return diffs[:limit]


def _verdict(same: bool, diffs: list[Difference], limit: int) -> Message:
    if same:
        return Message(QT_TRANSLATE_NOOP("reports", "The workbook matches the database."),
                       context="reports")
    if not diffs:  # every cell agrees: only the recorded fingerprint was changed
        return Message(QT_TRANSLATE_NOOP("reports", "The workbook's cells match the database, "
                                                    "but the fingerprint recorded in its hidden "
                                                    "report record does not: the record was "
                                                    "edited."),
                       context="reports")
    if len(diffs) >= limit:
        return Message(QT_TRANSLATE_NOOP("reports", "The workbook no longer matches the "
                                                    "database; the first {n} differences are "
                                                    "listed. The first: {first}"),
                       context="reports", n=len(diffs), first=diffs[0].sentence)
    return Message(QT_TRANSLATE_NOOP("reports", "The workbook no longer matches the database: "
                                                "{n} difference(s). The first: {first}"),
                   context="reports", n=len(diffs), first=diffs[0].sentence)


def _export_sentence(export: ExportRecord | None) -> Message:
    """Which export of the audit trail the workbook is, or that the trail has none."""
    if export is None:
        return Message(QT_TRANSLATE_NOOP("reports", "The audit trail holds no record of "
                                                    "exporting this workbook."),
                       context="reports")
    return Message(QT_TRANSLATE_NOOP("reports", "The audit trail records it as export #{entry} "
                                                "of {day} by {who}."),
                   context="reports", entry=export.entry, day=export.at.date(), who=export.who)


def _text(meta: dict, key: str) -> str:
    """A text the workbook recorded for its cover (a position, the approver); "" for a
    workbook from before covers carried it."""
    value = meta.get(key, "")
    if not isinstance(value, str):
        raise TypeError(value)
    return value


def _language(meta: dict) -> str | None:
    """The language the workbook was written in, to make it again in; None (English, no
    Language line) for a workbook from before covers recorded it."""
    code = meta.get("language")
    if code is not None and not isinstance(code, str):
        raise TypeError(code)
    return code


def _waste_type(meta: dict) -> int | None:
    """The one waste type a passport workbook was made for (None: every hazardous one)."""
    value = meta.get("waste_type_id")
    if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
        raise TypeError(value)
    return value
