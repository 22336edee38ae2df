"""Waste-register commands: `greendesk classifier import FILE` and `greendesk indicators`.

Registered through `cli.COMMAND_MODULES`; heavy imports stay inside the handlers, so
`greendesk --help` stays fast and Qt-free.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from greendesk.cli.main import db_arg, shown


def register(sub: Any, groups: dict[str, Any]) -> None:
    classifier = sub.add_parser("classifier", help="the waste classifier (List of Waste)")
    what = classifier.add_subparsers(dest="what", metavar="WHAT", required=True)
    imp = what.add_parser(
        "import", help="load a classifier version from CSV or XLSX (all rows or none) and "
        "list what changed against the loaded one")
    imp.add_argument("files", type=Path, nargs="+", metavar="FILE",
                     help="the entries file; a separate headings file may follow")
    imp.add_argument("--db", type=db_arg, required=True, metavar="PATH")
    imp.add_argument("--language", metavar="CODE",
                     help="language of the descriptions: en, ru, kk (default: recognised "
                     "from the text)")
    imp.add_argument("--mapping", metavar="FIELD=COLUMN,...",
                     help="name the columns, e.g. code=Код,description=Наименование "
                     "(fields: code, description, hazardous, level, entry_type, "
                     "chapter_title, subchapter_title)")
    imp.add_argument("--sheet", metavar="NAME", help="the workbook sheet to read")
    imp.add_argument("--label", default="", help="a name for this version")
    imp.set_defaults(handler=_cmd_classifier_import)

    ind = sub.add_parser("indicators", help="print the waste figures of a year")
    ind.add_argument("--db", type=db_arg, required=True, metavar="PATH")
    ind.add_argument("--year", type=int, required=True)
    ind.add_argument("--site", metavar="NAME", help="one site (default: the enterprise and "
                     "every site)")
    ind.add_argument("--format", choices=("text", "json"), default="text")
    ind.set_defaults(handler=_cmd_indicators)


def _cmd_classifier_import(args: argparse.Namespace) -> int:
    from greendesk.importers.classifier_import import import_classifier, parse_mapping
    from greendesk.importers.flows_import import ImportRejected
    from greendesk.store.db import open_database

    mapping = parse_mapping(args.mapping) if args.mapping else None
    db = open_database(args.db, create=False)
    try:
        diff = import_classifier(db, args.files, language=args.language, mapping=mapping,
                                 label=args.label, sheet=args.sheet)
    except ImportRejected as exc:
        print(f"greendesk: {shown(exc)}", file=sys.stderr)
        for p in exc.problems:
            value = "" if p.value is None else f", value {p.value!r}"
            print(f"  {p.file}, {shown(p.place())}{value}: {shown(p.text)}", file=sys.stderr)
        if exc.more:
            print(f"  ... and {exc.more:,} more.", file=sys.stderr)
        return 1
    finally:
        db.close()
    for note in diff.notes:
        print(f"Note: {note}")
    print(diff.summary())
    from greendesk.services.classifier import format_code

    listed = 40
    for title, items in (("Added", [format_code(c) for c in diff.added]),
                         ("Removed", [format_code(c) for c in diff.removed]),
                         ("Changed", [str(c) for c in diff.changed])):
        if items and not diff.first:
            more = f"; ... and {len(items) - listed:,} more" if len(items) > listed else ""
            print(f"{title}: {'; '.join(items[:listed])}{more}")
    return 0


def _cmd_indicators(args: argparse.Namespace) -> int:
    from greendesk.services.catalog import load_catalog
    from greendesk.services.waste_indicators import all_scopes, waste_indicators
    from greendesk.store.db import open_database

    db = open_database(args.db, create=False)
    try:
        if args.site:
            sites = {name.casefold(): id_ for id_, name in load_catalog(db).sites.items()}
            site_id = sites.get(" ".join(args.site.split()).casefold())
            if site_id is None:
                known = ", ".join(sorted(load_catalog(db).sites.values())) or "none"
                print(f"greendesk: {args.site!r} is not a site of the plant; the sites are: "
                      f"{known}.", file=sys.stderr)
                return 2
            reports = [waste_indicators(db, args.year, site_id)]
        else:
            reports = all_scopes(db, args.year)
    finally:
        db.close()
    if args.format == "json":
        out = {"year": args.year, "unit": "t", "figures": [r.as_dict() for r in reports]}
        print(json.dumps(out, ensure_ascii=False, indent=2, default=str))
        return 0
    for r in reports:
        _print_text(r)
    return 0


def _print_text(r: Any) -> None:
    f, p = r.current, r.previous

    def t(v: float | None) -> str:
        return "—" if v is None else f"{v:,.3f} t"

    def pct(v: float | None) -> str:
        return "—" if v is None else f"{v * 100:.2f} %"

    change = r.change_pct("generated")
    print(f"{f.name} ({f.scope}), {f.year}")
    print(f"  generated            {t(f.generated)}"
          + ("" if change is None else f"  ({change:+.1f} % on {f.year - 1})"))
    print(f"    hazardous          {t(f.hazardous)}")
    print(f"    non-hazardous      {t(f.non_hazardous)}")
    if f.unclassified:
        print(f"    unclassified       {t(f.unclassified)}")
    for level, qty in f.by_level.items():
        if qty:
            print(f"    {level:<18} {t(qty)}")
    print(f"  recycled (incl. incineration) {t(f.recycled)}")
    print(f"  recycling share      {pct(f.recycling_share)}"
          + ("" if p is None or p.recycling_share is None else
             f"  ({pct(p.recycling_share)} in {p.year})"))
    if f.per_tonne_of_product is not None:
        print(f"  per t of {f.main_product or 'main product'}  {f.per_tonne_of_product:,.4f} t/t")
    if f.per_unit_of_output_value is not None:
        print(f"  per {f.value_unit} of output  {f.per_unit_of_output_value:,.4f} t")
    print(f"  stock at year end    {t(f.stock_at_year_end)}")
