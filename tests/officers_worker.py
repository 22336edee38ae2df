"""One officer's session against a shared server database, run in its own process by
tests/unit/test_many_officers.py: an import, single edits, a contested edit of one record
and the close of the officer's month, all at the same time as nine others."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

IMPORT_ROWS = 100
SINGLE_FLOWS = 20


@dataclass
class Outcome:
    """What one officer did and was told."""

    officer: str
    imported: int = 0
    added: int = 0
    site_renamed: bool = False
    refusal: str = ""  # the sentence a stale edit got
    closed: str = ""
    errors: list[str] = field(default_factory=list)


def month(n: int) -> str:
    return f"2026-{n + 1:02d}"


def run(n: int, url: str, folder: str, ids: dict[str, int], site_version: int,
        barrier: Any) -> Outcome:
    """Officer `n`'s work; every unexpected error is reported back, not raised."""
    os.environ["GREENDESK_DATA_DIR"] = str(Path(folder) / f"officer-{n}")
    from greendesk import settings
    from greendesk.importers.flows_import import import_flows
    from greendesk.models import SiteKind
    from greendesk.services import structure
    from greendesk.services.conflicts import ConflictError
    from greendesk.services.flows import AddFlows, FlowDraft
    from greendesk.services.periods_closed import close_period
    from greendesk.store.db import open_database

    out = Outcome(f"Officer {n}")
    settings.set_officer_name(out.officer)
    db = open_database(url, create=False)
    try:
        # every officer opened the site's card at the same version; all save at once
        barrier.wait(timeout=120)
        try:
            structure.update_site(db, ids["site"], structure.SiteDraft(
                "Pit", f"Region of {out.officer}", SiteKind.MINE), version=site_version)
            out.site_renamed = True
        except ConflictError as exc:
            out.refusal = str(exc)
        csv = Path(folder) / f"flows-{n}.csv"
        csv.write_text("Date,Site,From,To,Material,Quantity,Unit\n" + "".join(
            f"{month(n)}-{1 + i % 28:02d},Pit,Mining,Mill,Ore,{n * 1000 + i + 0.5},t\n"
            for i in range(IMPORT_ROWS)), encoding="utf-8")
        out.imported = import_flows(db, csv).rows
        for i in range(SINGLE_FLOWS):
            AddFlows([FlowDraft(date(2026, n + 1, 1 + i), ids["mining"], ids["mill"],
                                ids["ore"], n * 1000 + 500 + i, "t")]).apply(db)
            out.added += 1
        close_period(db, month(n), f"{out.officer} closed the month")
        out.closed = month(n)
    except Exception as exc:  # noqa: BLE001 - reported to the test, which fails on it
        out.errors.append(f"{type(exc).__name__}: {exc}")
    finally:
        db.close()
    return out
