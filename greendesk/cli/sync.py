"""`greendesk sync`: remote sites hand in closed months; the company hands down its structure.

    greendesk sync export --db SITE.gdb --site S --period 2026-01 -o FILE.zip
    greendesk sync export --structure --db COMPANY.gdb -o FILE.xlsx
    greendesk sync import FILE --db DB      (a period package at the company database,
                                             the structure workbook at a site)
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from greendesk.cli.main import db_arg, print_refused
from greendesk.cli.text import say, translation
from greendesk.i18n import QT_TRANSLATE_NOOP


def register(sub: Any, groups: dict[str, Any]) -> None:
    """Add `sync export` and `sync import` to the parser."""
    p = sub.add_parser("sync", help="hand in a site's closed month, or hand down the "
                                    "company's structure")
    what = p.add_subparsers(dest="sync", metavar="ACTION", required=True)
    e = what.add_parser("export", help="write a site's closed month as a package (or, with "
                                       "--structure, the company's structure workbook)")
    e.add_argument("--db", type=db_arg, required=True, metavar="PATH")
    e.add_argument("--site", help="the site whose month is handed in")
    e.add_argument("--period", help="the closed month, e.g. 2026-01")
    e.add_argument("--structure", action="store_true",
                   help="write the enterprise, sites, nodes, materials and classifier "
                        "entries in use, for the sites to import")
    e.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    e.set_defaults(handler=_cmd_export)
    i = what.add_parser("import", help="take in a site's package (company database) or the "
                                       "company's structure (site database)")
    i.add_argument("file", type=Path, metavar="FILE")
    i.add_argument("--db", type=db_arg, required=True, metavar="PATH")
    i.set_defaults(handler=_cmd_import)


def _cmd_export(args: argparse.Namespace) -> int:
    from greendesk.importers.plant_workbook import write_plant_workbook
    from greendesk.services.sync_export import export_period
    from greendesk.store.db import open_database

    if not args.structure and not (args.site and args.period):
        print(say(QT_TRANSLATE_NOOP("cli", "greendesk: give --site and --period, or "
                                           "--structure.")))
        return 2
    db = open_database(args.db, create=False)
    try:
        if args.structure:
            # The enterprise, sites, nodes, materials, waste types with their classifier
            # codes and contractors: the plant set-up workbook, one structure format; with
            # the classifier and factor library in hidden sheets.
            out = write_plant_workbook(args.output, db, translate=translation(),
                                       with_records=True, reference=True)
            print(say(QT_TRANSLATE_NOOP("cli", "Wrote the structure of {path} to {out}; import "
                                               "it at each site: greendesk sync import {out} "
                                               "--db SITE."), path=args.db, out=out))
            return 0
        done = export_period(db, args.site, args.period, args.output)
    finally:
        db.close()
    print(say(QT_TRANSLATE_NOOP("cli", "Wrote {out}: {n:,} records of {site} for {period}, "
                                       "digest {digest}, site chain head #{head}."),
              out=done.path, n=sum(done.counts.values()), site=args.site, period=args.period,
              digest=done.digest, head=done.head[0]))
    return 0


def _cmd_import(args: argparse.Namespace) -> int:
    from greendesk.importers.import_problems import ImportRejected
    from greendesk.importers.plant_import import import_plant
    from greendesk.importers.reference_sheets import take_reference
    from greendesk.services.sync_codec import is_package
    from greendesk.services.sync_import import import_package
    from greendesk.store.db import open_database

    db = open_database(args.db, create=False)
    try:
        if not is_package(args.file):
            try:
                ref = take_reference(db, args.file)  # first: the waste types' codes check
                plant = import_plant(db, args.file, translate=translation())
            except ImportRejected as exc:
                return print_refused(exc)
            print(say(QT_TRANSLATE_NOOP("cli", "Reference data from {file}: {n:,} new versions "
                                               "of the classifier and the emission factor "
                                               "library."), file=args.file.name,
                      n=ref.new_versions))
            print(say(QT_TRANSLATE_NOOP("cli", "Imported the company's structure from {file}: "
                                               "{n:,} changes."), file=args.file.name,
                      n=len(plant.differences)))
            return 0
        done = import_package(db, args.file)
    finally:
        db.close()
    if done.unchanged:
        print(say(QT_TRANSLATE_NOOP("cli", "{file} was taken in before; nothing changed."),
                  file=args.file.name))
    else:
        print(say(QT_TRANSLATE_NOOP("cli", "Took in {n:,} records of {site} for {period} "
                                           "(digest {digest}){replaced}."),
                  n=done.records, site=done.site, period=done.period, digest=done.digest,
                  replaced=say(QT_TRANSLATE_NOOP("cli", ", replacing the earlier package"))
                  if done.replaced else ""))
    return 0
