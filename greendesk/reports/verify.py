"""Does a workbook still match the database it was made from? Which cells differ?

The workbook's hidden sheet holds the report kinds, period and sites; the reports are made
again from the database with those parameters and compared cell by cell (values, and the
formula text of formula cells). The cover's generation time is not compared, and the audit
trail head on the cover is the one the workbook recorded (the trail grows after an export):
instead, the trail must still hold that head. Workbooks come back from outside, so they
pass the importers' zip and XML checks before openpyxl reads them.
"""

from __future__ import annotations

import json
import tempfile
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from openpyxl.utils import get_column_letter

from greendesk.errors import DomainError, Message, joined, message_of
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.periods import Period
from greendesk.reports.context import ReportContext
from greendesk.reports.registry import META_SHEET, write_report
from greendesk.reports.verify_cached import cached_differences
from greendesk.store.audit_anchor import Anchor, AnchorCheck, anchor_from
from greendesk.store.audit_verify import check_anchors
from greendesk.store.db import Database


@dataclass
class VerifyResult:
    """Whether a workbook still matches the database: values, fingerprint and audit head."""
    matches: bool
    fingerprint_matches: bool
    differences: list[tuple[str, str, object, object]] = field(default_factory=list)
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
                            generated_at=datetime.fromisoformat(meta["generated_at"]),
                            audit_head=(anchor.entry, anchor.hash) if anchor else None,
                            language=_language(meta))
        kinds = list(meta["kinds"])
    except (KeyError, TypeError, ValueError):
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{file}'s GreenDesk report record cannot "
                                                       "be read: the workbook was edited or "
                                                       "damaged."),
                          file=path.name) from None
    with tempfile.TemporaryDirectory() as tmp:
        fresh_path = Path(tmp) / "fresh.xlsx"
        write_report(kinds, ctx, fresh_path, record=False)
        fresh = load_checked(fresh_path)
        diffs: list[tuple[str, str, object, object]] = []
        for name in fresh.sheetnames:
            if name == META_SHEET:
                continue
            if name not in wb.sheetnames:
                diffs.append((name, "", "(sheet missing)", "(sheet)"))
                continue
            old_rows = list(wb[name].iter_rows())
            new_rows = list(fresh[name].iter_rows())
            for r in range(max(len(old_rows), len(new_rows))):
                if len(diffs) >= limit:  # the cap holds across rows and sheets
                    break
                old = old_rows[r] if r < len(old_rows) else ()
                new = new_rows[r] if r < len(new_rows) else ()
                for c in range(max(len(old), len(new))):
                    a = old[c].value if c < len(old) else None
                    b = new[c].value if c < len(new) else None
                    if not _same(a, b):
                        # by position: a row's padding cells (EmptyCell) have no coordinate
                        coord = f"{get_column_letter(c + 1)}{r + 1}"
                        diffs.append((name, coord, a, b))
                        if len(diffs) >= limit:
                            break
        for name in wb.sheetnames:  # a sheet added after the export is not GreenDesk's
            if name not in fresh.sheetnames and name != META_SHEET and len(diffs) < limit:
                diffs.append((name, "", "(sheet)", "(sheet missing)"))
        diffs += cached_differences(path, fresh_path, limit - len(diffs))
        fresh.close()
    wb.close()
    fp_ok = meta.get("fingerprint") == ctx.fingerprint.hexdigest()
    held = check_anchors(db, [anchor])[0] if anchor else None
    same = fp_ok and not diffs
    sentence = _verdict(same, diffs)
    if held is not None:
        sentence = joined([sentence, held.message], " ")
    return VerifyResult(same and (held is None or held.holds), fp_ok, diffs, str(sentence), held,
                        sentence)


def _verdict(same: bool, diffs: list[tuple[str, str, object, object]]) -> Message:
    if same:
        return Message(QT_TRANSLATE_NOOP("reports", "The workbook matches the database."),
                       context="reports")
    if not diffs:  # every cell agrees: only the recorded fingerprint was changed
        return Message(QT_TRANSLATE_NOOP("reports", "The workbook's cells match the database, "
                                                    "but the fingerprint recorded in its hidden "
                                                    "report record does not: the record was "
                                                    "edited."),
                       context="reports")
    return Message(QT_TRANSLATE_NOOP("reports", "The workbook no longer matches the database: "
                                                "{n} cell(s) differ, first {cell}."),
                   context="reports", n=len(diffs), cell=f"{diffs[0][0]}!{diffs[0][1]}")


def _language(meta: dict) -> str | None:
    """The language the workbook was written in, to make it again in; None (English, no
    Language line) for a workbook from before covers recorded it."""
    code = meta.get("language")
    if code is not None and not isinstance(code, str):
        raise TypeError(code)
    return code


def _same(a: object, b: object) -> bool:
    if isinstance(a, float) or isinstance(b, float):
        try:
            return abs(float(a) - float(b)) <= 1e-9 * max(1.0, abs(float(b)))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return False
    if isinstance(a, datetime) and isinstance(b, datetime):
        return a == b
    return a == b
