"""The reports GreenDesk makes, and writing one or several into a workbook safely.

A workbook is written to a temporary file beside the target and renamed over it only when
complete, so a cancelled or failed export never leaves a partial file.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook

from greendesk.reports import (
    balance_report,
    formations_report,
    greening_plan,
    ledger_extract,
    rational_use,
    waste_report,
)
from greendesk.reports.context import NothingToReport, ReportCancelled, ReportContext
from greendesk.reports.cover import finish_cover, start_cover
from greendesk.reports.sheet import safe_text

META_SHEET = "_greendesk"


@dataclass(frozen=True)
class ReportDef:
    kind: str
    title: str
    build: Callable[[Workbook, ReportContext], int]


# In the order they appear in a compliance pack. Areas add theirs as their data lands.
REPORTS: dict[str, ReportDef] = {r.kind: r for r in (
    ReportDef("waste", waste_report.TITLE, waste_report.build),
    ReportDef("balance", balance_report.TITLE, balance_report.build),
    ReportDef("rational-use", rational_use.TITLE, rational_use.build),
    ReportDef("plan", greening_plan.TITLE, greening_plan.build),
    ReportDef("formations", formations_report.TITLE, formations_report.build),
    ReportDef("ledger", ledger_extract.TITLE, ledger_extract.build),
)}


@dataclass(frozen=True)
class ReportResult:
    path: Path
    kinds: tuple[str, ...]
    skipped: tuple[tuple[str, str], ...]  # (kind, why) of reports with nothing to show
    rows: int
    fingerprint: str


def write_report(kinds: list[str], ctx: ReportContext, target: Path) -> ReportResult:
    """Write the chosen reports into one workbook at `target` (xlsx)."""
    unknown = [k for k in kinds if k not in REPORTS]
    if unknown:
        raise ValueError(f"Unknown report {unknown[0]!r}; choose from {', '.join(REPORTS)}.")
    target = Path(target)
    if target.suffix.lower() != ".xlsx":
        raise ValueError(f"{target.name}: reports are written as .xlsx workbooks.")
    if not target.parent.is_dir():
        raise OSError(f"The folder {target.parent} does not exist.")
    wb = Workbook(write_only=True)
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
    meta = wb.create_sheet(META_SHEET)
    meta.sheet_state = "hidden"
    params = {"kinds": made, "period": [ctx.period.start.isoformat(), ctx.period.end.isoformat(),
                                         ctx.period.label],
              "site_ids": ctx.site_ids, "fingerprint": ctx.fingerprint.hexdigest(),
              "rows": ctx.fingerprint.rows, "generated_at": ctx.generated_at.isoformat(),
              "prepared_by": ctx.who()}
    meta.append([safe_text(meta, json.dumps(params))])
    partial = target.with_name(f".{target.name}.partial")
    try:
        wb.save(partial)
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return ReportResult(target, tuple(made), tuple(skipped), rows, ctx.fingerprint.hexdigest())


__all__ = ["REPORTS", "NothingToReport", "ReportCancelled", "write_report"]
