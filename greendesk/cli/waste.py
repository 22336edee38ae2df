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

from greendesk.cli.main import db_arg, run_import
from greendesk.cli.text import labelled, say, shown, translation, unit
from greendesk.i18n import QT_TRANSLATE_NOOP


def register(sub: Any, groups: dict[str, Any]) -> None:
    """Add the classifier commands and the waste indicators to the parser."""
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

    ind = sub.add_parser("indicators", help="print the waste figures of a year, a quarter "
                         "or a month beside the same period a year earlier")
    ind.add_argument("--db", type=db_arg, required=True, metavar="PATH")
    when = ind.add_mutually_exclusive_group(required=True)
    when.add_argument("--year", type=int, help="a calendar year, e.g. 2025")
    when.add_argument("--period", help="2025, 2025-Q1 or 2025-03")
    ind.add_argument("--site", metavar="NAME", help="one site (default: the enterprise and "
                     "every site)")
    ind.add_argument("--format", choices=("text", "json"), default="text")
    ind.set_defaults(handler=_cmd_indicators)


def _cmd_classifier_import(args: argparse.Namespace) -> int:
    from greendesk.importers.classifier_import import import_classifier, parse_mapping
    from greendesk.store.db import open_database

    mapping = parse_mapping(args.mapping) if args.mapping else None
    db = open_database(args.db, create=False)
    diff = run_import(db, lambda: import_classifier(
        db, args.files, language=args.language, mapping=mapping, label=args.label,
        sheet=args.sheet))
    if isinstance(diff, int):
        return diff
    print(shown(diff.summary()))
    from greendesk.services.classifier import format_code

    listed = 40
    for title, items in ((QT_TRANSLATE_NOOP("cli", "Added"), [format_code(c) for c in diff.added]),
                         (QT_TRANSLATE_NOOP("cli", "Removed"),
                          [format_code(c) for c in diff.removed]),
                         (QT_TRANSLATE_NOOP("cli", "Changed"), [str(c) for c in diff.changed])):
        if items and not diff.first:
            more = say(QT_TRANSLATE_NOOP("cli", "; ... and {n:,} more"), n=len(items) - listed) \
                if len(items) > listed else ""
            print(f"{say(title)}: {'; '.join(items[:listed])}{more}")
    return 0


def _cmd_indicators(args: argparse.Namespace) -> int:
    from greendesk import periods
    from greendesk.services.catalog import load_catalog
    from greendesk.services.waste_indicators import all_scopes, waste_indicators
    from greendesk.store.db import open_database

    try:
        period = periods.year(args.year) if args.year is not None else \
            periods.parse_period(args.period)
    except ValueError as exc:
        print(f"greendesk: {shown(exc)}", file=sys.stderr)
        return 2
    db = open_database(args.db, create=False)
    try:
        if args.site:
            sites = {name.casefold(): id_ for id_, name in load_catalog(db).sites.items()}
            site_id = sites.get(" ".join(args.site.split()).casefold())
            if site_id is None:
                known = ", ".join(sorted(load_catalog(db).sites.values())) or say(
                    QT_TRANSLATE_NOOP("cli", "none"))
                print(say(QT_TRANSLATE_NOOP("cli", "greendesk: {site!r} is not a site of the "
                                                   "plant; the sites are: {known}."),
                          site=args.site, known=known), file=sys.stderr)
                return 2
            reports = [waste_indicators(db, period, site_id)]
        else:
            reports = all_scopes(db, period)
    finally:
        db.close()
    if args.format == "json":
        out = {"year": period.end.year, "period": period.label, "unit": "t",
               "figures": [r.as_dict() for r in reports]}
        print(json.dumps(out, ensure_ascii=False, indent=2, default=str))
        return 0
    for r in reports:
        _print_text(r, period)
    return 0


def _print_text(r: Any, period: Any) -> None:
    from greendesk import periods
    from greendesk.labels import label
    from greendesk.models import LegacyLevel

    f, p = r.current, r.previous

    def t(v: float | None) -> str:
        return "—" if v is None else f"{v:,.3f} {unit('t')}"

    def pct(v: float | None) -> str:
        return "—" if v is None else f"{v * 100:.2f} %"

    def level_name(level: str) -> str:
        if level in {m.value for m in LegacyLevel}:
            return label(LegacyLevel(level), translation())
        return say(QT_TRANSLATE_NOOP("cli", "unspecified"))

    change = r.change_pct("generated")
    scope = say(QT_TRANSLATE_NOOP("cli", "enterprise")) if f.scope == "enterprise" else \
        say(QT_TRANSLATE_NOOP("cli", "site"))
    earlier = periods.year_earlier(period)
    before = periods.name(earlier) if earlier is not None else ""
    print(f"{f.name} ({scope}), {shown(periods.name(period))}")
    rows: list[tuple[int, str, object]] = [
        (1, say(QT_TRANSLATE_NOOP("cli", "generated")), t(f.generated) + (
            "" if change is None else "  " + say(QT_TRANSLATE_NOOP("cli", "({change} % on {period})"),
                                                 change=f"{change:+.1f}", period=before))),
        (2, say(QT_TRANSLATE_NOOP("cli", "hazardous")), t(f.hazardous)),
        (2, say(QT_TRANSLATE_NOOP("cli", "non-hazardous")), t(f.non_hazardous))]
    if f.unclassified:
        rows.append((2, say(QT_TRANSLATE_NOOP("cli", "unclassified")), t(f.unclassified)))
    rows += [(2, level_name(level), t(qty)) for level, qty in f.by_level.items() if qty]
    rows.append((1, say(QT_TRANSLATE_NOOP("cli", "recycled (incl. incineration)")),
                 t(f.recycled)))
    rows.append((1, say(QT_TRANSLATE_NOOP("cli", "recycling share")), pct(f.recycling_share) + (
        "" if p is None or p.recycling_share is None else "  " + say(
            QT_TRANSLATE_NOOP("cli", "({share} in {period})"), share=pct(p.recycling_share),
            period=before))))
    if f.per_tonne_of_product is not None:
        rows.append((1, say(QT_TRANSLATE_NOOP("cli", "per t of {product}"),
                            product=f.main_product or say(QT_TRANSLATE_NOOP("cli",
                                                                             "main product"))),
                     f"{f.per_tonne_of_product:,.4f} {unit('t/t')}"))
    if f.per_unit_of_output_value is not None:
        rows.append((1, say(QT_TRANSLATE_NOOP("cli", "per {unit} of output"), unit=f.value_unit),
                     f"{f.per_unit_of_output_value:,.4f} {unit('t')}"))
    rows.append((1, say(QT_TRANSLATE_NOOP("cli", "stock at year end"))
                 if periods.kind(period) == "year" else
                 say(QT_TRANSLATE_NOOP("cli", "stock at the end of the period")),
                 t(f.stock_at_year_end)))
    print("\n".join(labelled(rows)))
