"""`greendesk obligations`: what is due when, the register's reload, and a submission.

`greendesk obligations --db PATH [--from D --to D] [--format json]` lists each due item with
its basis, period, due date, status and readiness (exit 0); `obligations import FILE` loads
a register version and prints its diff; `obligations submit` records a submission with its
evidence through the same service the Calendar section uses (audited).
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from greendesk.cli.main import db_arg
from greendesk.cli.text import say
from greendesk.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from greendesk.services.obligation_calendar import CalendarItem

STATES = ("not_started", "in_preparation", "submitted")


def register(sub: argparse._SubParsersAction, groups: dict) -> None:
    """Add `obligations` (the calendar), `obligations import` and `obligations submit`."""
    ob = sub.add_parser("obligations", help="the calendar of obligations: what is due when")
    ob.add_argument("--db", type=db_arg, metavar="PATH")
    ob.add_argument("--from", dest="start", type=date.fromisoformat, metavar="YYYY-MM-DD",
                    help="first due date listed (default today)")
    ob.add_argument("--to", dest="end", type=date.fromisoformat, metavar="YYYY-MM-DD",
                    help="last due date listed (default 12 months on)")
    ob.add_argument("--format", choices=("table", "json"), default="table")
    ob.set_defaults(handler=_cmd_list)
    what = ob.add_subparsers(dest="obligations_command", required=False,
                             metavar="import|submit")
    imp = what.add_parser("import", help="load a version of the register from a YAML file")
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.add_argument("--db", type=db_arg, required=True, metavar="PATH")
    imp.set_defaults(handler=_cmd_import)
    sub_ = what.add_parser("submit", help="record an item's status, with evidence")
    sub_.add_argument("--db", type=db_arg, required=True, metavar="PATH")
    sub_.add_argument("--code", required=True, help="the obligation's code")
    sub_.add_argument("--period", required=True, help="e.g. 2026-Q1 or 2026")
    sub_.add_argument("--site", metavar="NAME", help="the site (omit for the enterprise's)")
    sub_.add_argument("--state", choices=STATES, default="submitted")
    sub_.add_argument("--date", type=date.fromisoformat, metavar="YYYY-MM-DD",
                      help="the day it was submitted")
    sub_.add_argument("--reference", default="", help="the authority's reference number")
    sub_.add_argument("--file", type=Path, help="the submitted file (its SHA-256 is kept)")
    sub_.add_argument("--export-entry", type=int, metavar="N",
                      help="the audit entry of the exported workbook that was submitted")
    sub_.add_argument("--note", default="")
    sub_.set_defaults(handler=_cmd_submit)


def _missing_db() -> int:
    print(say(QT_TRANSLATE_NOOP("cli", "greendesk: give the database with --db PATH.")),
          file=sys.stderr)
    return 2


def _cmd_list(args: argparse.Namespace) -> int:
    from greendesk import periods
    from greendesk.cli.formations import _table
    from greendesk.cli.text import LANGUAGE
    from greendesk.i18n_catalog import language
    from greendesk.services import obligation_calendar, obligations
    from greendesk.services.permit_alerts import permit_alerts
    from greendesk.store.db import open_database

    if args.db is None:
        return _missing_db()
    today, lang = periods.today(), language(LANGUAGE).split("_")[0]
    db = open_database(args.db, create=False)
    try:
        obligations.ensure_default_register(db)
        items = obligation_calendar.calendar(db, args.start, args.end, readiness=True)
        alerts = permit_alerts(db, today)
    finally:
        db.close()
    if args.format == "json":
        from greendesk.cli.text import translation

        tr = translation()
        print(json.dumps({"obligations": [i.as_dict(today, lang, tr) for i in items],
                          "permit_conditions": [a.as_dict(tr) for a in alerts]},
                         ensure_ascii=False, indent=2))
        return 0
    if alerts:
        from greendesk.cli.text import translation

        tr = translation()
        print(say(QT_TRANSLATE_NOOP("cli", "Permit conditions at risk:")))
        for a in alerts:
            print(f"  {'!' if a.urgent else '-'} {a.message.render(tr)}")
        print()
    if not items:
        print(say(QT_TRANSLATE_NOOP("cli", "Nothing is due in these dates.")))
        return 0
    enterprise = say(QT_TRANSLATE_NOOP("cli", "the enterprise"))
    print(_table([say(QT_TRANSLATE_NOOP("cli", "due")),
                  say(QT_TRANSLATE_NOOP("cli", "obligation")),
                  say(QT_TRANSLATE_NOOP("cli", "for")),
                  say(QT_TRANSLATE_NOOP("cli", "period")),
                  say(QT_TRANSLATE_NOOP("cli", "status")),
                  say(QT_TRANSLATE_NOOP("cli", "data")),
                  say(QT_TRANSLATE_NOOP("cli", "basis"))],
                 [[i.due.isoformat(), i.obligation.name(lang), i.site or enterprise,
                   i.period.label, _status(i, today), _readiness(i), _basis(i)]
                  for i in items], set()))
    return 0


def _status(item: CalendarItem, today: date) -> str:
    from greendesk.models.obligations import ObligationState

    if item.status is not None and item.status.submitted_on is not None:
        return say(QT_TRANSLATE_NOOP("cli", "submitted {day}"),
                   day=item.status.submitted_on.isoformat())
    text = say(QT_TRANSLATE_NOOP("cli", "in preparation")) \
        if item.state is ObligationState.IN_PREPARATION else \
        say(QT_TRANSLATE_NOOP("cli", "not started"))
    return text + (" — " + say(QT_TRANSLATE_NOOP("cli", "OVERDUE"))
                   if item.overdue(today) else "")


def _readiness(item: CalendarItem) -> str:
    r = item.readiness
    if r is None or r.pending:
        return say(QT_TRANSLATE_NOOP("cli", "period not over"))
    if r.ready:
        return say(QT_TRANSLATE_NOOP("cli", "ready"))
    return say(QT_TRANSLATE_NOOP("cli", "{months} month(s) open, {items} item(s) missing"),
               months=len(r.months_open), items=len(r.open_items))


def _basis(item: CalendarItem) -> str:
    ob = item.obligation
    mark = "" if ob.confirmed else " — " + say(QT_TRANSLATE_NOOP("cli",
                                                                 "check against current law"))
    f = item.figure
    if f is not None:
        mark += " — " + say(QT_TRANSLATE_NOOP("cli", "{key} {year}: {value:.0f} (threshold "
                                                     "{minimum:.0f})"),
                            key=f.key, year=f.year, value=f.value,
                            minimum=ob.threshold_min or 0.0)
    elif item.conditional:
        mark += " — " + say(QT_TRANSLATE_NOOP("cli", "applies only above its threshold"))
    return ob.basis + mark


def _cmd_import(args: argparse.Namespace) -> int:
    from greendesk.reports.registry import REPORTS
    from greendesk.services import obligations
    from greendesk.store.db import open_database

    db = open_database(args.db, create=False)
    try:
        diff, _ = obligations.import_register(db, args.file, frozenset(REPORTS))
    finally:
        db.close()
    if diff.unchanged:
        print(say(QT_TRANSLATE_NOOP("cli", "{label}: the register loaded already matches this "
                                           "file; nothing changed."), label=diff.label))
        return 0
    print(say(QT_TRANSLATE_NOOP("cli", "Loaded {label}: {added} added, {changed} changed, "
                                       "{removed} removed, {retired} retired."),
              label=diff.label, added=len(diff.added), changed=len(diff.changed),
              removed=len(diff.removed), retired=len(diff.retired)))
    for what, codes in (("+", diff.added), ("~", diff.changed), ("-", diff.removed),
                        ("x", diff.retired)):
        for code in codes:
            print(f"  {what} {code}")
    return 0


def _cmd_submit(args: argparse.Namespace) -> int:
    from greendesk.models.obligations import ObligationState
    from greendesk.services import obligation_status, obligations
    from greendesk.services.structure import get_plant
    from greendesk.store.db import open_database

    db = open_database(args.db, create=False)
    try:
        obligations.ensure_default_register(db)
        ob = next((o for o in obligations.list_obligations(db) if o.code == args.code), None)
        if ob is None:
            print(say(QT_TRANSLATE_NOOP("cli", "greendesk: the register has no obligation "
                                               "{code!r}."), code=args.code), file=sys.stderr)
            return 2
        site_id = None
        if args.site:
            by_name = {s.name.casefold(): s.id for s in get_plant(db).sites}
            site_id = by_name.get(args.site.casefold())
            if site_id is None:
                print(say(QT_TRANSLATE_NOOP("cli", "greendesk: there is no site named "
                                                   "{name!r}."), name=args.site),
                      file=sys.stderr)
                return 2
        name, sha = obligation_status.file_evidence(args.file) if args.file else ("", None)
        obligation_status.set_status(db, ob.id, site_id, args.period.strip().upper(),
                                     obligation_status.StatusDraft(
                                         ObligationState(args.state), args.date,
                                         args.reference, name, sha, args.export_entry,
                                         args.note))
    finally:
        db.close()
    print(say(QT_TRANSLATE_NOOP("cli", "Recorded {code} for {period}: {state}."),
              code=args.code, period=args.period.strip().upper(), state=args.state))
    if sha:
        print(f"  {name}  sha256 {sha}")
    return 0
