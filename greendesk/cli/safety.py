"""Command-line data safety: verify the audit trail, close and reopen periods, back up and
restore. Registered through `greendesk.cli.COMMAND_MODULES`; heavy imports stay inside the
handlers so `greendesk --help` stays fast and Qt-free.

    greendesk audit verify --db PATH           exit 1 when anything is found
    greendesk audit verify --db PATH --anchor REPORT.xlsx --expect-head N:HASH
    greendesk period close 2025-03 --db PATH
    greendesk period reopen 2025-03 --db PATH --reason "..."
    greendesk period list --db PATH
    greendesk backup --db PATH
    greendesk restore BACKUP --db PATH
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from greendesk.cli.main import db_arg
from greendesk.cli.text import say, shown, tr
from greendesk.i18n import QT_TRANSLATE_NOOP

# A closed period as a line names it ("March 2025"): the month in the officer's language.
MONTHS = (QT_TRANSLATE_NOOP("cli", "January"), QT_TRANSLATE_NOOP("cli", "February"),
          QT_TRANSLATE_NOOP("cli", "March"), QT_TRANSLATE_NOOP("cli", "April"),
          QT_TRANSLATE_NOOP("cli", "May"), QT_TRANSLATE_NOOP("cli", "June"),
          QT_TRANSLATE_NOOP("cli", "July"), QT_TRANSLATE_NOOP("cli", "August"),
          QT_TRANSLATE_NOOP("cli", "September"), QT_TRANSLATE_NOOP("cli", "October"),
          QT_TRANSLATE_NOOP("cli", "November"), QT_TRANSLATE_NOOP("cli", "December"))


def period_name(period: str) -> str:
    """"2025-03" as "March 2025" in the officer's language; a year as it is."""
    if len(period) == 7:
        return f"{tr('cli', MONTHS[int(period[5:7]) - 1])} {period[:4]}"
    return period


def register(sub: Any, groups: dict[str, Any]) -> None:
    """Add the audit, backup and closed-period commands to the parser."""
    audit = sub.add_parser("audit", help="check the audit trail against itself and the records")
    audit_sub = audit.add_subparsers(dest="what", metavar="WHAT", required=True)
    verify = audit_sub.add_parser(
        "verify", help="recompute the hash chain and compare every record with the trail; "
        "exits 1 when anything is found")
    verify.add_argument("--db", type=db_arg, required=True, metavar="PATH")
    verify.add_argument("--all", action="store_true", help="list every problem found")
    verify.add_argument("--anchor", type=Path, action="append", default=[], metavar="FILE.xlsx",
                        help="a workbook GreenDesk exported: the trail must still hold the "
                        "head on its cover (repeat for several)")
    verify.add_argument("--expect-head", action="append", default=[], metavar="N:HASH",
                        help="a head written down by hand (entry number:hash): the trail "
                        "must still hold it (repeat for several)")
    verify.set_defaults(handler=_verify)

    period = sub.add_parser("period", help="close or reopen a month or a year")
    period_sub = period.add_subparsers(dest="what", metavar="WHAT", required=True)
    close = period_sub.add_parser("close", help="close a month (2025-03) or a year (2025)")
    close.add_argument("period", metavar="PERIOD")
    close.add_argument("--db", type=db_arg, required=True, metavar="PATH")
    close.set_defaults(handler=_close)
    reopen = period_sub.add_parser("reopen", help="reopen a closed month or year, with a reason")
    reopen.add_argument("period", metavar="PERIOD")
    reopen.add_argument("--db", type=db_arg, required=True, metavar="PATH")
    reopen.add_argument("--reason", required=True, help="why it is reopened (kept in the trail)")
    reopen.set_defaults(handler=_reopen)
    listing = period_sub.add_parser("list", help="list the closed (and reopened) periods")
    listing.add_argument("--db", type=db_arg, required=True, metavar="PATH")
    listing.set_defaults(handler=_list_periods)

    backup = sub.add_parser("backup", help="write a checked backup of a database now")
    backup.add_argument("--db", type=db_arg, required=True, metavar="PATH")
    backup.set_defaults(handler=_backup)

    restore = sub.add_parser("restore", help="replace a database with one of its backups "
                             "(the current file is backed up first)")
    restore.add_argument("backup", type=Path, metavar="BACKUP")
    restore.add_argument("--db", type=db_arg, required=True, metavar="PATH")
    restore.set_defaults(handler=_restore)


def _open(path: Path):
    from greendesk.store.db import open_database

    return open_database(path, create=False, auto_backup=False)


def _verify(args: argparse.Namespace) -> int:
    from greendesk.reports.verify import read_anchor
    from greendesk.store.audit_anchor import parse_head
    from greendesk.store.audit_verify import verify

    # the anchors first: a workbook that cannot be read stops before the long check
    anchors = [read_anchor(path) for path in args.anchor]
    anchors += [parse_head(text) for text in args.expect_head]
    db = _open(args.db)
    try:
        report = verify(db, anchors)
    finally:
        db.close()
    name = Path(args.db).name
    print(say(QT_TRANSLATE_NOOP("cli", "{name}: {entries:,} audit entries, {records:,} records "
                                       "checked."),
              name=name, entries=report.entries, records=report.records))
    print(say(QT_TRANSLATE_NOOP("cli", "Head of the chain: {head}"),
              head=f"{report.head_entry}:{report.head_hash}"))
    for check in report.anchors:
        if check.holds and check.anchor.export_entry is None:
            print(shown(check.message))
    if report.ok:
        print(say(QT_TRANSLATE_NOOP("cli", "OK: the chain is unbroken and every record matches "
                                           "the trail.")))
        return 0
    print(say(QT_TRANSLATE_NOOP("cli", "greendesk: {n:,} problem(s) found in {name}:"),
              n=report.total_problems, name=name), file=sys.stderr)
    listed = report.problems if args.all else report.problems[:20]
    for p in listed:
        print(f"  {shown(p.text)}", file=sys.stderr)
    if report.total_problems > len(listed):
        print(say(QT_TRANSLATE_NOOP("cli", "  ... and {n:,} more (--all lists them)."),
                  n=report.total_problems - len(listed)), file=sys.stderr)
    if report.first_broken_entry is not None:
        print(say(QT_TRANSLATE_NOOP("cli", "First broken entry: #{entry}"),
                  entry=report.first_broken_entry), file=sys.stderr)
    return 1


def _close(args: argparse.Namespace) -> int:
    from greendesk.services.periods_closed import close_period, normalise

    db = _open(args.db)
    try:
        close_period(db, args.period)
    finally:
        db.close()
    print(say(QT_TRANSLATE_NOOP("cli", "{period} is closed in {file}."),
              period=period_name(normalise(args.period)), file=Path(args.db).name))
    return 0


def _reopen(args: argparse.Namespace) -> int:
    from greendesk.services.periods_closed import normalise, reopen_period

    db = _open(args.db)
    try:
        reopen_period(db, args.period, args.reason)
    finally:
        db.close()
    print(say(QT_TRANSLATE_NOOP("cli", "{period} is open again in {file}."),
              period=period_name(normalise(args.period)), file=Path(args.db).name))
    return 0


def _list_periods(args: argparse.Namespace) -> int:
    from greendesk.services.periods_closed import list_periods

    db = _open(args.db)
    try:
        rows = list_periods(db)
    finally:
        db.close()
    if not rows:
        print(say(QT_TRANSLATE_NOOP("cli", "No period has been closed.")))
    for r in rows:
        state = say(QT_TRANSLATE_NOOP("cli", "closed")) if r.closed else say(
            QT_TRANSLATE_NOOP("cli", "reopened {date} ({reason})"),
            date=f"{r.reopened_at:%Y-%m-%d}", reason=r.reopen_reason)
        print(f"{r.period:8} {period_name(r.period):16} " + say(
            QT_TRANSLATE_NOOP("cli", "closed {date} by {who}; {state}"),
            date=f"{r.closed_at:%Y-%m-%d}", who=r.closed_by or "?", state=state))
    return 0


def _refuse_server(value: object) -> None:
    """A server database's backups are pg_dump's, not GreenDesk's: one sentence."""
    from greendesk.errors import DomainError
    from greendesk.paths import is_server_url
    from greendesk.store.postgres import backups_refused, server_url

    if is_server_url(value):
        raise DomainError(backups_refused(server_url(str(value)).database or ""))


def _backup(args: argparse.Namespace) -> int:
    from greendesk.store.backup import back_up

    _refuse_server(args.db)
    db = _open(args.db)  # refuses what is not a GreenDesk database, upgrades an old one
    db.close()
    target = back_up(Path(args.db), "manual")
    print(say(QT_TRANSLATE_NOOP("cli", "Backed up {file} to {target} (integrity checked)."),
              file=Path(args.db).name, target=target))
    return 0


def _restore(args: argparse.Namespace) -> int:
    from greendesk.store.backup import restore

    _refuse_server(args.db)
    result = restore(args.backup, args.db)
    if result.kept_as:
        print(say(QT_TRANSLATE_NOOP("cli", "Restored {file} from {backup}; the replaced file "
                                           "was kept as {kept}."),
                  file=result.database.name, backup=result.backup.name, kept=result.kept_as))
    else:
        print(say(QT_TRANSLATE_NOOP("cli", "Restored {file} from {backup}."),
                  file=result.database.name, backup=result.backup.name))
    return 0
