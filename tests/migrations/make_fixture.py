"""Write the fixture database of a schema revision: `python tests/migrations/make_fixture.py REV`.

Run it when a release adds a revision (never regenerate an older one). The file is the
previous revision's fixture upgraded with that revision's migration, so it holds real
records written by earlier releases, at exactly this schema.

With `--demo` it is written by this revision's own code instead: the demo plant (one year)
and then an officer's work through the services, so that waste, formations, the checklist
and incidents are filled and the audit trail is a real one (edits, a delete and its undo,
an import, a month closed and reopened, an export whose head anchors the trail).
"""

from __future__ import annotations

import shutil
import sqlite3
import sys
import tempfile
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent / "fixtures"
TODAY = date(2026, 11, 25)  # the demo's "today": its year is 2025


def main(argv: list[str]) -> None:
    from alembic import command

    from greendesk.store.db import KNOWN_REVISIONS, SCHEMA_HEAD, alembic_config, make_engine

    rev = argv[0]
    index = KNOWN_REVISIONS.index(rev)
    target = HERE / f"{rev}.sqlite"
    if target.exists():
        raise SystemExit(f"{target.name} exists; fixtures of released revisions never change.")
    if "--demo" in argv:
        if rev != SCHEMA_HEAD:
            raise SystemExit("--demo writes the head revision only (with this code).")
        with tempfile.TemporaryDirectory() as tmp:
            try:
                officer_at_work(target, Path(tmp))
            except BaseException:
                for leftover in target.parent.glob(f"{target.name}*"):
                    leftover.unlink()
                raise
    else:
        previous = HERE / f"{KNOWN_REVISIONS[index - 1]}.sqlite"
        shutil.copyfile(previous, target)
        engine = make_engine(target)
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), rev)
        engine.dispose()
    con = sqlite3.connect(target)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.execute("PRAGMA journal_mode=DELETE")
    con.execute("VACUUM")
    con.close()
    print(f"wrote {target} ({target.stat().st_size:,} bytes)")


def officer_at_work(target: Path, tmp: Path) -> None:
    """The demo plant, then a season of an officer's work, all through the services."""
    import os

    os.environ["GREENDESK_DATA_DIR"] = str(tmp / "data")  # no settings of the developer's
    from greendesk import periods, settings
    from greendesk.demo.plant import S_MINE, write_demo
    from greendesk.importers.flows_import import import_flows
    from greendesk.models import ActionStatus, CostClass
    from greendesk.reports.context import ReportContext
    from greendesk.reports.registry import write_report
    from greendesk.services import checklist, structure
    from greendesk.services.flows import DeleteFlows, EditFlow, edit_field, get_flows
    from greendesk.services.periods_closed import close_period, reopen_period
    from greendesk.store.db import open_database

    write_demo(target, years=1, today=TODAY)
    settings.set_officer_name("Aigerim Bekova")
    db = open_database(target, auto_backup=False)
    try:
        site = next(s for s in structure.get_plant(db).sites if s.name == S_MINE)
        checklist.ensure_ready(db)
        actions = checklist.list_actions(db, site.id)
        checklist.update_action(db, actions[0].id, checklist.ActionDraft(
            ActionStatus.IN_PROGRESS, owner="Chief engineer", start_date=date(2025, 2, 1),
            due_date=date(2025, 12, 31), estimated_cost=1.5e6, notes="Budget approved"))
        checklist.update_action(db, actions[1].id, checklist.ActionDraft(
            ActionStatus.NOT_APPLICABLE, not_applicable_reason="No boilers on this site"))
        own, _ = checklist.add_own_action(db, site.id, actions[0].measure_id,
                                          "Cover the ore conveyor", CostClass.MEDIUM)
        evidence = tmp / "order-17.txt"
        evidence.write_text("Order No. 17 of 3 February 2025: conveyor covers.\n")
        checklist.attach_evidence(db, own, evidence)
        drill = next(a for a in actions if a.measure_id == "M9")
        checklist.record_drill(db, drill.id, date(2025, 6, 12), "Spill drill at the pit")
        checklist.record_incident(db, checklist.IncidentDraft(
            site.id, date(2025, 7, 3), "Fuel depot", "Diesel hose burst while refuelling",
            substances="diesel", quantity_released=0.2, quantity_unit="t",
            response="Sorbent spread, soil removed"))
        with db.read() as s:
            first, last = s.connection().exec_driver_sql(
                "SELECT min(id), max(id) FROM flow").one()
        row = get_flows(db, [first])[0]
        EditFlow(first, edit_field(row, qty_entered=row.qty_entered * 1.01,
                                   note="Corrected from the weighbridge log")).apply(db)
        delete = DeleteFlows([last])
        delete.apply(db)
        delete.revert(db)  # undone
        csv = tmp / "flows-march.csv"
        csv.write_text("Date,Site,From,To,Material,Quantity,Unit,Uncertainty %\n"
                       f"2025-03-31,{S_MINE},Open-pit mining,Run-of-mine ore stockpile,"
                       "Copper ore,1250.5,t,-0\n", encoding="utf-8")
        import_flows(db, csv)
        close_period(db, "2025-01", "January reported")
        close_period(db, "2025-02")
        reopen_period(db, "2025-02", "A late weighbridge ticket")
        write_report(["waste", "ledger"], ReportContext(db, periods.year(2025)),
                     tmp / "report-2025.xlsx")
        close_period(db, "2025-02", "February reported again")
    finally:
        db.close()


if __name__ == "__main__":
    main(sys.argv[1:])
