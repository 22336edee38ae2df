"""Commands for technogenic formations: the assessed register, exceedances, imports.

`greendesk tmf --db PATH [--format json|table]` prints the register with its screening;
`greendesk exceedances --db PATH --period 2025` lists readings beyond their limits and
gaps in the readings; `greendesk import formations|formation-assays|readings FILE --db
PATH --mapping NAME|FILE.json` imports through a column mapping, every row or none.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from greendesk.cli.main import db_arg, run_import
from greendesk.cli.text import say, shown, translation, unit
from greendesk.i18n import QT_TRANSLATE_NOOP


def register(sub: argparse._SubParsersAction, groups: dict) -> None:
    """Add the formation register (tmf), exceedances and the mapped imports to the parser."""
    tmf = sub.add_parser("tmf", help="print the register of technogenic formations with "
                                     "their assessment, ranked")
    tmf.add_argument("--db", type=db_arg, required=True, metavar="PATH")
    tmf.add_argument("--format", choices=("table", "json"), default="table")
    tmf.set_defaults(handler=_cmd_tmf)

    exc = sub.add_parser("exceedances", help="list monitoring readings beyond their limits "
                                             "and gaps in the readings of a period")
    exc.add_argument("--db", type=db_arg, required=True, metavar="PATH")
    exc.add_argument("--period", required=True, metavar="PERIOD",
                     help="2025, 2025-Q1, 2025-03 or 2025-01-01..2025-06-30")
    exc.add_argument("--format", choices=("table", "json"), default="table")
    exc.set_defaults(handler=_cmd_exceedances)

    imp = groups["import"]
    for what, target, help_ in (
            ("formations", "formations", "import formations (a register such as a national "
                                         "list of tailings facilities) through a mapping"),
            ("formation-assays", "assays", "import samples and assays of formations through "
                                           "a mapping"),
            ("readings", "readings", "import monitoring readings through a mapping")):
        p = imp.add_parser(what, help=help_)
        p.add_argument("file", type=Path, metavar="FILE")
        p.add_argument("--db", type=db_arg, required=True, metavar="PATH")
        p.add_argument("--mapping", required=True, metavar="NAME|FILE.json",
                       help="a saved or built-in mapping's name, or a mapping file")
        p.add_argument("--sheet", help="the workbook's sheet (default: the first with data)")
        p.add_argument("--again", action="store_true",
                       help="import the file even if the same file was imported before")
        if target == "formations":
            p.add_argument("--site", help="the site of formations whose rows name none")
        p.set_defaults(handler=_cmd_import, target=target)


def _open(path: Path):
    from greendesk.store.db import open_database

    return open_database(path, create=False)


def _num(value: float | None, decimals: int = 0) -> str:
    return "" if value is None else f"{value:,.{decimals}f}"


def _table(headers: list[str], rows: list[list[str]], right: set[int]) -> str:
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(headers)]

    def line(cells: list[str]) -> str:
        return "  ".join(c.rjust(w) if i in right else c.ljust(w)
                         for i, (c, w) in enumerate(zip(cells, widths, strict=True))).rstrip()

    return "\n".join([line(headers), line(["-" * w for w in widths]), *map(line, rows)])


def _cmd_tmf(args: argparse.Namespace) -> int:
    from greendesk.labels import label
    from greendesk.services import formations as fs

    db = _open(args.db)
    try:
        rows = fs.ranking(db)
    finally:
        db.close()
    if args.format == "json":
        print(json.dumps({"currency": fs.CURRENCY, "formations": [fs.register_dict(r)
                                                                  for r in rows]},
                         ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print(say(QT_TRANSLATE_NOOP("cli", "The register has no formations yet.")))
        return 0
    body = []
    hazards = {True: say(QT_TRANSLATE_NOOP("cli", "yes")),
               False: say(QT_TRANSLATE_NOOP("cli", "no")), None: ""}
    for r in rows:
        f, a = r.formation, r.assessment
        body.append([str(r.rank), f.name, label(f.kind, translation()),
                     label(f.status, translation()), f.site_name,
                     _num(f.current_tonnage_t), _num(f.area_ha, 1), hazards[f.hazardous],
                     _num(a.net_value), ", ".join(a.paying)])
    print(_table(["#", say(QT_TRANSLATE_NOOP("cli", "formation")),
                  say(QT_TRANSLATE_NOOP("cli", "kind")), say(QT_TRANSLATE_NOOP("cli", "status")),
                  say(QT_TRANSLATE_NOOP("cli", "site")),
                  say(QT_TRANSLATE_NOOP("cli", "tonnage, t")),
                  say(QT_TRANSLATE_NOOP("cli", "area, ha")),
                  say(QT_TRANSLATE_NOOP("cli", "hazardous")),
                  say(QT_TRANSLATE_NOOP("cli", "net value, {currency}"), currency=fs.CURRENCY),
                  say(QT_TRANSLATE_NOOP("cli", "paying"))], body, {0, 5, 6, 8}))
    for r in rows:
        if r.formation.figures.note:
            print(say(QT_TRANSLATE_NOOP("cli", "Note: {note}"),
                      note=f"{r.formation.name}: {shown(r.formation.figures.note)}"))
    return 0


def _cmd_exceedances(args: argparse.Namespace) -> int:
    from greendesk.periods import parse_period
    from greendesk.services import monitoring_checks

    try:
        period = parse_period(args.period)
    except ValueError as exc:
        print(f"greendesk: {shown(exc)}", file=sys.stderr)
        return 2
    db = _open(args.db)
    try:
        found = monitoring_checks.exceedances(db, period)
        gaps = monitoring_checks.gaps(db, period)
    finally:
        db.close()
    if args.format == "json":
        print(json.dumps({
            "period": period.label,
            "exceedances": [dict(point=e.point, attached_to=e.attached_to,
                                 parameter=e.parameter, unit=e.unit,
                                 date=e.taken_on.isoformat(), value=e.value,
                                 limit=e.limit_value, side=e.side, margin=round(e.margin, 9),
                                 margin_pct=None if e.margin_pct is None
                                 else round(e.margin_pct, 3), inclusive=e.inclusive)
                            for e in found],
            "gaps": [dict(point=g.point, attached_to=g.attached_to, parameter=g.parameter,
                          interval_days=g.interval_days, start=g.start.isoformat(),
                          end=g.end.isoformat(), days=g.days,
                          last_reading=g.last_reading.isoformat() if g.last_reading else None)
                     for g in gaps]}, ensure_ascii=False, indent=2))
        return 0
    print(say(QT_TRANSLATE_NOOP("cli", "Exceedances in {period}: {n}"), period=period.label,
              n=len(found)))
    if found:
        print(_table([say(QT_TRANSLATE_NOOP("cli", "date")), say(QT_TRANSLATE_NOOP("cli", "point")),
                      say(QT_TRANSLATE_NOOP("cli", "parameter")),
                      say(QT_TRANSLATE_NOOP("cli", "value")), say(QT_TRANSLATE_NOOP("cli", "limit")),
                      say(QT_TRANSLATE_NOOP("cli", "margin"))],
                     [[e.taken_on.isoformat(), e.point, e.parameter, f"{e.value:g}" + ("" if e.unit == "pH" else f" {unit(e.unit)}"),
                       ("≥ " if e.side == "below" else "≤ ") + f"{e.limit_value:g}",
                       f"{'+' if e.side == 'above' else '−'}{e.margin:.4g}"
                       + (f" ({e.margin_pct:.0f} %)" if e.margin_pct is not None else "")]
                      for e in found], {3, 4, 5}))
    print(say(QT_TRANSLATE_NOOP("cli", "Gaps in the readings: {n}"), n=len(gaps)))
    if gaps:
        print(_table([say(QT_TRANSLATE_NOOP("cli", "point")),
                      say(QT_TRANSLATE_NOOP("cli", "parameter")),
                      say(QT_TRANSLATE_NOOP("cli", "no reading from")),
                      say(QT_TRANSLATE_NOOP("cli", "to")), say(QT_TRANSLATE_NOOP("cli", "days")),
                      say(QT_TRANSLATE_NOOP("cli", "required"))],
                     [[g.point, g.parameter, g.start.isoformat(), g.end.isoformat(),
                       str(g.days), say(QT_TRANSLATE_NOOP("cli", "every {n} days"),
                                        n=g.interval_days)] for g in gaps], {4}))
    return 0


def _cmd_import(args: argparse.Namespace) -> int:
    from greendesk.importers.formation_mapping import load_mapping
    from greendesk.importers.formations_import import import_with_mapping

    mapping = load_mapping(args.mapping)
    if mapping.target != args.target:
        print(say(QT_TRANSLATE_NOOP("cli", "greendesk: the mapping {name!r} is for {target}, "
                                           "not {asked}."),
                  name=mapping.name, target=mapping.target, asked=args.target), file=sys.stderr)
        return 2
    db = _open(args.db)
    result = run_import(db, lambda: import_with_mapping(
        db, args.file, mapping, again=args.again, sheet=args.sheet,
        site=getattr(args, "site", None)))
    if isinstance(result, int):
        return result
    if args.target == "formations":
        print(say(QT_TRANSLATE_NOOP("cli", "Imported {n:,} formations ({added:,} new, "
                                           "{updated:,} updated) from {file}."),
                  n=result.rows, added=result.added, updated=result.updated, file=args.file))
    else:
        print(say(QT_TRANSLATE_NOOP("cli", "Imported {n:,} assays from {file}.")
                  if args.target == "assays" else
                  QT_TRANSLATE_NOOP("cli", "Imported {n:,} readings from {file}."),
                  n=result.rows, file=args.file))
    return 0
