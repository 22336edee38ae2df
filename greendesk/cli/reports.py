"""`greendesk report ...` and `greendesk verify ...`: Excel reports without the window."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from greendesk.cli.main import db_arg
from greendesk.cli.text import say, shown
from greendesk.i18n import QT_TRANSLATE_NOOP


def register(sub, groups) -> None:
    """Add the report export (one kind or a pack) and verify commands to the parser."""
    from greendesk.reports.registry import REPORTS

    report = sub.add_parser(
        "report", help="write an Excel compliance report (or a pack of them)",
        description="Kinds: " + ", ".join(REPORTS) + "; 'pack' writes several into one "
        "workbook (--kinds, default all).")
    report.add_argument("kind", choices=[*REPORTS, "pack"])
    report.add_argument("--db", type=db_arg, required=True, metavar="PATH")
    when = report.add_mutually_exclusive_group()  # required, but not for passports
    when.add_argument("--year", type=int, help="a calendar year, e.g. 2025")
    when.add_argument("--period", help="a month (2025-03), a quarter (2025-Q1), a year (2025) "
                      "or a range (2025-01-01..2025-06-30): titled for it and compared with "
                      "the same period a year earlier")
    report.add_argument("--site", action="append", metavar="NAME",
                        help="only this site (repeat for several; default all sites)")
    report.add_argument("--kinds", help="for pack: comma-separated kinds (default all)")
    report.add_argument("--waste-type", type=int, metavar="ID",
                        help="for passport: this hazardous waste type only (default all)")
    report.add_argument("--prepared-by", default="", help="name on the cover sheet")
    report.add_argument("--prepared-position", default=None, metavar="TEXT",
                        help="the preparer's position on the cover (default: as set in the "
                        "window's last export)")
    report.add_argument("--approved-by", default=None, metavar="NAME",
                        help="who approves the report, on the cover (default: as set in the "
                        "window's last export; blank: a line to fill in)")
    report.add_argument("--approved-position", default=None, metavar="TEXT",
                        help="the approver's position on the cover")
    report.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.xlsx")
    report.add_argument("--lang", metavar="CODE", default=argparse.SUPPRESS,
                        help="the workbook's language: en, ru or kk (default: the officer's, "
                        "as --lang before the command, GREENDESK_LANG or the system gives)")
    report.set_defaults(handler=_cmd_report)

    verify = sub.add_parser("verify", help="check that a report still matches its database")
    verify.add_argument("file", type=Path, metavar="FILE.xlsx")
    verify.add_argument("--db", type=db_arg, required=True, metavar="PATH")
    verify.set_defaults(handler=_cmd_verify)


def report_language(choice: str | None) -> str:
    """The language a workbook is written in: the one asked for, refused when GreenDesk has
    no catalogue for it; else the officer's (English when theirs has none)."""
    from greendesk.errors import DomainError
    from greendesk.i18n_catalog import catalogue_language, language

    found = catalogue_language(choice)
    if choice and found != language(choice).split("_")[0].casefold():
        raise DomainError(QT_TRANSLATE_NOOP(
            "Refusal", "GreenDesk writes reports in en, ru or kk, not {language!r}."),
            language=choice)
    return found


def _cmd_report(args: argparse.Namespace) -> int:
    from greendesk import periods, settings
    from greendesk.reports.context import NothingToReport, ReportContext
    from greendesk.reports.registry import REPORTS, write_report
    from greendesk.services.structure import get_plant
    from greendesk.store.db import open_database

    language = report_language(args.lang)
    if args.year is None and args.period is None and args.kind != "passport":
        print(say(QT_TRANSLATE_NOOP("cli", "greendesk: give the period of the report: --year "
                                           "or --period.")), file=sys.stderr)
        return 2
    try:
        period = periods.year(args.year) if args.year is not None else \
            periods.parse_period(args.period) if args.period else \
            periods.year(periods.today().year)  # a passport describes the waste, not a period
    except ValueError as exc:
        print(f"greendesk: {shown(exc)}", file=sys.stderr)
        return 2
    kinds = [args.kind] if args.kind != "pack" else (
        [k.strip() for k in args.kinds.split(",") if k.strip()] if args.kinds else list(REPORTS))
    bad = [k for k in kinds if k not in REPORTS]
    if bad:
        print(say(QT_TRANSLATE_NOOP("cli", "greendesk: there is no report {report!r}; choose "
                                           "from {reports}."),
                  report=bad[0], reports=", ".join(REPORTS)), file=sys.stderr)
        return 2
    db = open_database(args.db, create=False)
    try:
        site_ids = None
        if args.site:
            by_name = {s.name.casefold(): s.id for s in get_plant(db).sites}
            missing = [n for n in args.site if n.casefold() not in by_name]
            if missing:
                print(say(QT_TRANSLATE_NOOP("cli", "greendesk: there is no site named "
                                                   "{name!r}."), name=missing[0]),
                      file=sys.stderr)
                return 2
            site_ids = [by_name[n.casefold()] for n in args.site]
        if args.waste_type is not None:
            from greendesk.services.waste_passport import passports

            passports(db, waste_type_id=args.waste_type)  # refuses a non-hazardous type
        saved = settings.load()  # the cover's positions and approver not given: the last ones

        def given(key: str) -> str:
            value = getattr(args, key)
            return settings.one_line(getattr(saved, key) if value is None else value)
        ctx = ReportContext(db, period, site_ids, prepared_by=args.prepared_by,
                            prepared_position=given("prepared_position"),
                            approved_by=given("approved_by"),
                            approved_position=given("approved_position"), language=language,
                            waste_type_id=args.waste_type)
        try:
            result = write_report(kinds, ctx, args.output)
        except NothingToReport as exc:
            print(say(QT_TRANSLATE_NOOP("cli", "greendesk: nothing to report: {why}"),
                      why=exc), file=sys.stderr)
            return 1
        except (OSError, ValueError) as exc:
            print(say(QT_TRANSLATE_NOOP("cli", "greendesk: {file} cannot be written: {why}"),
                      file=args.output, why=getattr(exc, "strerror", None) or shown(exc)),
                  file=sys.stderr)
            return 2
    finally:
        db.close()
    for kind, why in result.skipped:
        print(say(QT_TRANSLATE_NOOP("cli", "skipped {kind}: {why}"), kind=kind, why=why))
    print(say(QT_TRANSLATE_NOOP("cli", "Wrote {path} ({kinds}; {n:,} records; fingerprint "
                                       "{fingerprint}…)."),
              path=result.path, kinds=", ".join(result.kinds), n=result.rows,
              fingerprint=result.fingerprint[:16]))
    if result.head is not None:
        head = f"{result.head[0]}:{result.head[1]}"
        print(say(QT_TRANSLATE_NOOP("cli", "Audit trail head on its cover: {head} (the export "
                                           "is entry #{entry})."), head=head,
                  entry=result.export_entry) if result.export_entry else
              say(QT_TRANSLATE_NOOP("cli", "Audit trail head on its cover: {head}."), head=head))
    return 0


def _cmd_verify(args: argparse.Namespace) -> int:
    from greendesk.reports.verify import verify_workbook
    from greendesk.store.db import open_database

    if not args.file.exists():
        print(say(QT_TRANSLATE_NOOP("cli", "greendesk: there is no file {file}."),
                  file=args.file), file=sys.stderr)
        return 2
    db = open_database(args.db, create=False)
    try:
        try:
            result = verify_workbook(args.file, db)
        except ValueError as exc:
            print(f"greendesk: {shown(exc)}", file=sys.stderr)
            return 2
    finally:
        db.close()
    print(shown(result.sentence or result.message))
    for difference in result.differences:
        print(f"  {shown(difference.sentence)}")
    return 0 if result.matches else 1
