"""Does a workbook still match the database it was made from? Which cells differ?

The workbook's hidden sheet holds the report kinds, period and sites; the reports are made
again from the database with those parameters and compared cell by cell (values, and the
formula text of formula cells). The cover's generation time is not compared.
"""

from __future__ import annotations

import json
import tempfile
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from greendesk.db import Database
from greendesk.periods import Period
from greendesk.reports.context import ReportContext
from greendesk.reports.registry import META_SHEET, write_report


@dataclass
class VerifyResult:
    matches: bool
    fingerprint_matches: bool
    differences: list[tuple[str, str, object, object]] = field(default_factory=list)
    message: str = ""


def _load(path: Path):  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    try:
        return load_workbook(path, read_only=True)
    except Exception as exc:  # noqa: BLE001 - any unreadable file gets the same sentence
        raise ValueError(f"{path.name} cannot be read as an Excel workbook.") from exc


def verify_workbook(path: Path, db: Database, limit: int = 50) -> VerifyResult:
    path = Path(path)
    wb = _load(path)
    if META_SHEET not in wb.sheetnames:
        raise ValueError(f"{path.name} was not made by GreenDesk (it has no report record).")
    meta = json.loads(wb[META_SHEET]["A1"].value)
    start, end, label = meta["period"]
    ctx = ReportContext(db, Period(date.fromisoformat(start), date.fromisoformat(end), label),
                        meta["site_ids"], prepared_by=meta.get("prepared_by", ""),
                        generated_at=datetime.fromisoformat(meta["generated_at"]))
    with tempfile.TemporaryDirectory() as tmp:
        fresh_path = Path(tmp) / "fresh.xlsx"
        write_report(meta["kinds"], ctx, fresh_path)
        fresh = _load(fresh_path)
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
                old = old_rows[r] if r < len(old_rows) else ()
                new = new_rows[r] if r < len(new_rows) else ()
                for c in range(max(len(old), len(new))):
                    a = old[c].value if c < len(old) else None
                    b = new[c].value if c < len(new) else None
                    if not _same(a, b):
                        coord = (new[c] if c < len(new) else old[c]).coordinate
                        diffs.append((name, coord, a, b))
                        if len(diffs) >= limit:
                            break
        fresh.close()
    wb.close()
    fp_ok = meta["fingerprint"] == ctx.fingerprint.hexdigest()
    ok = fp_ok and not diffs
    msg = ("The workbook matches the database." if ok else
           f"The workbook no longer matches the database: {len(diffs)} cell(s) differ"
           + (f", first {diffs[0][0]}!{diffs[0][1]}" if diffs else "") + ".")
    return VerifyResult(ok, fp_ok, diffs, msg)


def _same(a: object, b: object) -> bool:
    if isinstance(a, float) or isinstance(b, float):
        try:
            return abs(float(a) - float(b)) <= 1e-9 * max(1.0, abs(float(b)))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return False
    if isinstance(a, datetime) and isinstance(b, datetime):
        return a == b
    return a == b
