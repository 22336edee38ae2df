"""The reports GreenDesk makes, and writing one or several into a workbook safely.

A workbook is written to a temporary file beside the target and renamed over it only when
complete, so a cancelled or failed export never leaves a partial file. Its cover carries
the audit trail's head, and the export is recorded in the trail (an anchor, see
`greendesk.store.audit_anchor`).
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from greendesk.errors import Message
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.reports import (
    balance_report,
    emissions_report,
    fees_report,
    formations_report,
    ghg_report,
    greening_plan,
    ledger_extract,
    passport_report,
    pek_report,
    rational_use,
    waste_report,
)
from greendesk.reports.book import ReportBook, Rows
from greendesk.reports.context import NothingToReport, ReportCancelled, ReportContext
from greendesk.reports.cover import finish_cover, start_cover
from greendesk.store.audit_anchor import current_head, record_export

META_SHEET = "_greendesk"


@dataclass(frozen=True)
class ReportDef:
    """A report kind: its title and the function that writes its sheet."""
    kind: str
    title: str
    build: Callable[[ReportBook, ReportContext], int]


# In the order they appear in a compliance pack. Areas add theirs as their data lands.
REPORTS: dict[str, ReportDef] = {r.kind: r for r in (
    ReportDef("waste", waste_report.TITLE, waste_report.build),
    ReportDef("balance", balance_report.TITLE, balance_report.build),
    ReportDef("rational-use", rational_use.TITLE, rational_use.build),
    ReportDef("plan", greening_plan.TITLE, greening_plan.build),
    ReportDef("formations", formations_report.TITLE, formations_report.build),
    ReportDef("passport", passport_report.TITLE, passport_report.build),
    ReportDef("emissions", emissions_report.TITLE, emissions_report.build),
    ReportDef("ghg", ghg_report.TITLE, ghg_report.build),
    ReportDef("fees", fees_report.TITLE, fees_report.build),
    ReportDef("pek", pek_report.TITLE, pek_report.build),
    ReportDef("ledger", ledger_extract.TITLE, ledger_extract.build),
)}


@dataclass(frozen=True)
class ReportResult:
    """What an export wrote: the reports (and those skipped, with why), rows and fingerprint."""
    path: Path
    kinds: tuple[str, ...]
    skipped: tuple[tuple[str, str], ...]  # (kind, why) of reports with nothing to show
    rows: int
    fingerprint: str
    head: tuple[int, str] | None = None  # the audit trail head on the cover
    export_entry: int | None = None  # the trail's entry recording this export


def write_report(kinds: list[str], ctx: ReportContext, target: Path, *, record: bool = True
                 ) -> ReportResult:
    """Write the chosen reports into one workbook at `target` (xlsx). With `record` the
    cover carries the trail's head as it is now and the export becomes an entry (not for
    a workbook made again only to be compared, or from a read-only database)."""
    unknown = [k for k in kinds if k not in REPORTS]
    if unknown:
        raise ValueError(Message(
            QT_TRANSLATE_NOOP("Refusal", "Unknown report {report!r}; choose from {reports}."),
            report=unknown[0], reports=', '.join(REPORTS)))
    target = Path(target)
    if target.suffix.lower() != ".xlsx":
        raise ValueError(Message(
            QT_TRANSLATE_NOOP("Refusal", "{target}: reports are written as .xlsx workbooks."),
            target=target.name))
    if not target.parent.is_dir():
        raise OSError(f"The folder {target.parent} does not exist.")
    if record:
        ctx.audit_head = current_head(ctx.db)
    partial = target.with_name(f".{target.name}.partial")
    entry = None
    # xlsxwriter keeps a streamed sheet's rows in a temporary file until the workbook is
    # closed: in a folder of our own, removed even when the export fails or is cancelled.
    with tempfile.TemporaryDirectory(prefix="greendesk-report-",
                                     ignore_cleanup_errors=True) as tmp:
        try:
            wb = ReportBook(partial, tmp)
            made, skipped, rows, params = _write_sheets(wb, kinds, ctx)
            wb.close()
            if record and ctx.audit_head is not None and not ctx.db.read_only:
                entry = record_export(ctx.db, target.name, ctx.audit_head, {
                    "kinds": made, "period": params["period"], "site_ids": ctx.site_ids,
                    "fingerprint": params["fingerprint"], "records": ctx.fingerprint.rows})
            os.replace(partial, target)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
    return ReportResult(target, tuple(made), tuple(skipped), rows, ctx.fingerprint.hexdigest(),
                        ctx.audit_head, entry)


def _write_sheets(wb: ReportBook, kinds: list[str], ctx: ReportContext
                  ) -> tuple[list[str], list[tuple[str, str]], int, dict[str, Any]]:
    """The cover, the reports that have data, and the hidden report record verify reads."""
    titles = [ctx.tr(REPORTS[k].title) for k in kinds]
    cover = start_cover(wb, ctx, titles)
    made, skipped, rows = [], [], 0
    for kind in kinds:
        ctx.tick(0, 1)  # the officer may cancel between reports
        try:
            rows += REPORTS[kind].build(wb, ctx)
            made.append(kind)
        except NothingToReport as exc:
            skipped.append((kind, str(exc)))
    if not made:
        raise NothingToReport(skipped[0][1] if skipped else "Nothing to report.")
    finish_cover(cover, ctx, [ctx.tr(REPORTS[k].title) for k in made])
    meta = wb.add_sheet(META_SHEET)
    meta.hide()
    params: dict[str, Any] = {
        "kinds": made, "period": [ctx.period.start.isoformat(), ctx.period.end.isoformat(),
                                  ctx.period.label],
        "site_ids": ctx.site_ids, "fingerprint": ctx.fingerprint.hexdigest(),
        "rows": ctx.fingerprint.rows, "generated_at": ctx.generated_at.isoformat(),
        "prepared_by": ctx.who(), "prepared_position": ctx.prepared_position,
        "approved_by": ctx.approved_by, "approved_position": ctx.approved_position,
        "version": ctx.version}
    if ctx.language is not None:
        params["language"] = ctx.language
    if ctx.waste_type_id is not None:
        params["waste_type_id"] = ctx.waste_type_id
    if ctx.audit_head is not None:
        params["audit_head"] = list(ctx.audit_head)
    Rows(wb, meta).append([json.dumps(params)])
    return made, skipped, rows, params


__all__ = ["REPORTS", "NothingToReport", "ReportCancelled", "write_report"]
