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

from greendesk.cli.main import db_arg, run_import, shown


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
        print("The register has no formations yet.")
        return 0
    body = []
    for r in rows:
        f, a = r.formation, r.assessment
        hazard = {True: "yes", False: "no", None: ""}[f.hazardous]
        body.append([str(r.rank), f.name, f.kind.value, f.status.value, f.site_name,
                     _num(f.current_tonnage_t), _num(f.area_ha, 1), hazard,
                     _num(a.net_value), ", ".join(a.paying)])
    print(_table(["#", "formation", "kind", "status", "site", "tonnage, t", "area, ha",
                  "hazardous", f"net value, {fs.CURRENCY}", "paying"], body, {0, 5, 6, 8}))
    notes = [f"{r.formation.name}: {r.formation.figures.note}" for r in rows
             if r.formation.figures.note]
    for note in notes:
        print(f"Note: {note}")
    return 0


def _cmd_exceedances(args: argparse.Namespace) -> int:
    from greendesk.periods import parse_period
    from greendesk.services import monitoring as ms

    try:
        period = parse_period(args.period)
    except ValueError as exc:
        print(f"greendesk: {shown(exc)}", file=sys.stderr)
        return 2
    db = _open(args.db)
    try:
        found = ms.exceedances(db, period)
        gaps = ms.gaps(db, period)
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
    print(f"Exceedances in {period.label}: {len(found)}")
    if found:
        print(_table(["date", "point", "parameter", "value", "limit", "margin"],
                     [[e.taken_on.isoformat(), e.point, e.parameter, f"{e.value:g}" + ("" if e.unit == "pH" else f" {e.unit}"),
                       ("≥ " if e.side == "below" else "≤ ") + f"{e.limit_value:g}",
                       f"{'+' if e.side == 'above' else '−'}{e.margin:.4g}"
                       + (f" ({e.margin_pct:.0f} %)" if e.margin_pct is not None else "")]
                      for e in found], {3, 4, 5}))
    print(f"Gaps in the readings: {len(gaps)}")
    if gaps:
        print(_table(["point", "parameter", "no reading from", "to", "days", "required"],
                     [[g.point, g.parameter, g.start.isoformat(), g.end.isoformat(),
                       str(g.days), f"every {g.interval_days} days"] for g in gaps], {4}))
    return 0


def _cmd_import(args: argparse.Namespace) -> int:
    from greendesk.importers.formation_mapping import load_mapping
    from greendesk.importers.formations_import import import_with_mapping

    mapping = load_mapping(args.mapping)
    if mapping.target != args.target:
        print(f"greendesk: the mapping {mapping.name!r} is for {mapping.target}, not "
              f"{args.target}.", file=sys.stderr)
        return 2
    db = _open(args.db)
    result = run_import(db, lambda: import_with_mapping(
        db, args.file, mapping, again=args.again, sheet=args.sheet,
        site=getattr(args, "site", None)))
    if isinstance(result, int):
        return result
    what = {"formations": "formations", "assays": "assays", "readings": "readings"}[
        args.target]
    extra = f" ({result.added:,} new, {result.updated:,} updated)" \
        if args.target == "formations" else ""
    print(f"Imported {result.rows:,} {what}{extra} from {args.file}.")
    return 0
