"""Commands for the plant set-up workbook.

`greendesk template plant -o FILE.xlsx [--db PATH]` writes it empty (with the database's
classifier codes and parameters in its drop-downs); `greendesk export plant --db PATH -o
FILE.xlsx` writes the plant as stored; `greendesk import plant FILE --db PATH [--apply]`
checks every row, prints the differences and applies them when they only add records, when
--apply is given, or when the officer answers yes. A refused file prints every problem and exits 1.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from greendesk.cli.main import db_arg, print_refused
from greendesk.cli.text import say, shown, translation
from greendesk.i18n import QT_TRANSLATE_NOOP


def register(sub: argparse._SubParsersAction, groups: dict) -> None:
    """Add `template plant`, `import plant` and `export plant` to the parser."""
    t = groups["template"].add_parser(
        "plant", help="the plant set-up workbook: sites, nodes, materials, waste types, "
                      "contractors, formations, monitoring points and limits")
    t.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.xlsx")
    t.add_argument("--db", type=db_arg, metavar="PATH",
                   help="take the classifier's codes and the monitoring parameters for the "
                        "drop-down lists from this database (default: your default database "
                        "if there is one)")
    t.set_defaults(handler=_cmd_template)

    i = groups["import"].add_parser(
        "plant", help="import the plant set-up workbook (every row or none); a second import "
                      "updates by name and shows the differences first")
    i.add_argument("file", type=Path, metavar="FILE")
    i.add_argument("--db", type=db_arg, required=True, metavar="PATH")
    i.add_argument("--apply", action="store_true",
                   help="apply the differences without asking")
    i.set_defaults(handler=_cmd_import)

    if "export" not in groups:
        export = sub.add_parser("export", help="write what a database holds into a workbook")
        groups["export"] = export.add_subparsers(dest="what", metavar="WHAT", required=True)
    e = groups["export"].add_parser("plant", help="the plant as stored, in the set-up workbook "
                                                  "(correct it in Excel and import it again)")
    e.add_argument("--db", type=db_arg, required=True, metavar="PATH")
    e.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.xlsx")
    e.set_defaults(handler=_cmd_export)


def _open(path: Path):
    from greendesk.store.db import open_database

    return open_database(path, create=False)


def _cmd_template(args: argparse.Namespace) -> int:
    from greendesk.importers.plant_workbook import write_plant_workbook
    from greendesk.paths import default_db_path

    path: Path | None = args.db
    if path is None and default_db_path().is_file():
        path = default_db_path()
    db = _open(path) if path is not None else None
    try:
        out = write_plant_workbook(args.output, db, translate=translation())
    finally:
        if db is not None:
            db.close()
    print(say(QT_TRANSLATE_NOOP("cli", "Wrote the plant set-up template {out}. Fill it in and "
                                       "import it: greendesk import plant {out} --db PATH."),
              out=out))
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    from greendesk.importers.plant_workbook import write_plant_workbook

    db = _open(args.db)
    try:
        out = write_plant_workbook(args.output, db, translate=translation(), with_records=True)
    finally:
        db.close()
    print(say(QT_TRANSLATE_NOOP("cli", "Wrote the plant of {path} to {out}."), path=args.db,
              out=out))
    return 0


def _confirm() -> bool:
    if not sys.stdin.isatty():
        return False
    answer = input(say(QT_TRANSLATE_NOOP("cli", "Apply these changes? [y/N] ")))
    return answer.strip().casefold() in ("y", "yes", "д", "да", "и", "иә")


def _cmd_import(args: argparse.Namespace) -> int:
    from greendesk.importers.import_problems import ImportRejected
    from greendesk.importers.plant_import import difference_lines, import_plant

    db = _open(args.db)
    try:
        try:
            preview = import_plant(db, args.file, apply=False, translate=translation())
        except ImportRejected as exc:
            return print_refused(exc)
        for note in preview.notes:
            print(say(QT_TRANSLATE_NOOP("cli", "Note: {note}"), note=note))
        for line in difference_lines(preview):
            print(f"  {shown(line)}")
        if not preview.differences:
            print(say(QT_TRANSLATE_NOOP("cli", "{file} matches the plant; nothing to change."),
                      file=args.file.name))
            return 0
        first = all(d.action == "add" for d in preview.differences) and not preview.kept
        if not (args.apply or first or _confirm()):
            print(say(QT_TRANSLATE_NOOP("cli", "Nothing was changed: {n:,} differences. To "
                                               "apply them, add --apply."),
                      n=len(preview.differences)))
            return 1
        try:
            done = import_plant(db, args.file, translate=translation())
        except ImportRejected as exc:
            return print_refused(exc)
    finally:
        db.close()
    print(say(QT_TRANSLATE_NOOP("cli", "Imported the plant set-up from {file}: {n:,} "
                                       "changes."), file=args.file.name,
              n=len(done.differences)))
    return 0
