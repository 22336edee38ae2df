"""The fee's commands: `greendesk rates import FILE` and `greendesk fees --quarter 2025-Q1`.

Registered through `cli.COMMAND_MODULES`; heavy imports stay inside the handlers.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from greendesk.analysis.fees import FeeLine
from greendesk.cli.main import db_arg
from greendesk.cli.text import labelled, say, shown
from greendesk.i18n import QT_TRANSLATE_NOOP


def register(sub: Any, groups: dict[str, Any]) -> None:
    """Add `rates import` and `fees` to the parser."""
    rates = sub.add_parser("rates", help="the fee's rates (МРП, substances, waste, coefficients)")
    what = rates.add_subparsers(dest="what", metavar="WHAT", required=True)
    imp = what.add_parser("import", help="load a rates file (YAML) as a new version and list "
                          "what changed against the loaded one")
    imp.add_argument("file", type=Path, nargs="?", metavar="FILE",
                     help="the rates file (default: the one shipped with GreenDesk)")
    imp.add_argument("--db", type=db_arg, required=True, metavar="PATH")
    imp.add_argument("--label", default="", help="a name for this version")
    imp.add_argument("--language", metavar="CODE", help="the language of the rates' names "
                     "and legal bases, where the file has them (default: the officer's)")
    imp.set_defaults(handler=_cmd_rates_import)
    show = what.add_parser("list", help="the rates in force on a day and the versions loaded")
    show.add_argument("--db", type=db_arg, required=True, metavar="PATH")
    show.add_argument("--on", metavar="DATE", help="the day (default: today)")
    show.add_argument("--format", choices=("text", "json"), default="text")
    show.set_defaults(handler=_cmd_rates_list)

    fees = sub.add_parser("fees", help="the fee for negative impact on the environment of a "
                          "quarter (or a year's quarters), in tenge")
    fees.add_argument("--db", type=db_arg, required=True, metavar="PATH")
    fees.add_argument("--quarter", required=True, metavar="PERIOD",
                      help="a quarter (2025-Q1) or a year (2025)")
    fees.add_argument("--site", metavar="NAME", help="one site (default: every site)")
    fees.add_argument("--format", choices=("text", "json"), default="text")
    fees.set_defaults(handler=_cmd_fees)


def _cmd_rates_import(args: argparse.Namespace) -> int:
    from greendesk.cli import text
    from greendesk.i18n_catalog import language
    from greendesk.services.fee_rates import default_rates_file, load_rates, read_rates_file
    from greendesk.store.db import open_database

    draft = read_rates_file(args.file or default_rates_file(),
                            (args.language or language(text.LANGUAGE)).split("_")[0].lower())
    db = open_database(args.db, create=False)
    try:
        diff = load_rates(db, draft, args.label)
    finally:
        db.close()
    if diff.unchanged:
        print(say(QT_TRANSLATE_NOOP("cli", "{file} holds the same rates as those loaded "
                                           "({n:,} rates); nothing changed."),
                  file=diff.file_name, n=diff.rates))
        return 0
    print(say(QT_TRANSLATE_NOOP("cli", "Loaded {n:,} rates from {file} as version {version}; "
                                       "{unconfirmed:,} of them are marked unconfirmed."),
              n=diff.rates, file=diff.file_name, version=diff.version_id,
              unconfirmed=diff.unconfirmed))
    if not diff.first:
        for title, items in ((QT_TRANSLATE_NOOP("cli", "Added"), diff.added),
                             (QT_TRANSLATE_NOOP("cli", "Removed"), diff.removed),
                             (QT_TRANSLATE_NOOP("cli", "Changed"), diff.changed)):
            if items:
                print(f"{say(title)}: {'; '.join(items)}")
    return 0


def _cmd_rates_list(args: argparse.Namespace) -> int:
    from datetime import date

    from greendesk import periods
    from greendesk.services.fee_rates import rate_table, versions
    from greendesk.store.db import open_database

    try:
        day = date.fromisoformat(args.on) if args.on else periods.today()
    except ValueError:
        print(say(QT_TRANSLATE_NOOP("cli", "greendesk: {value!r} is not a date such as "
                                           "2025-01-01."), value=args.on), file=sys.stderr)
        return 2
    db = open_database(args.db, create=False)
    try:
        rates = [r for r in rate_table(db).rates if r.in_force(day)]
        loads = versions(db)
    finally:
        db.close()
    if args.format == "json":
        print(json.dumps({
            "on": day.isoformat(),
            "rates": [{"kind": r.kind, "code": r.code, "name": r.name, "value": r.value,
                       "per": r.per, "from": r.valid_from.isoformat(),
                       "to": r.valid_to.isoformat() if r.valid_to else None,
                       "basis": r.basis, "confirmed": r.confirmed} for r in rates],
            "versions": [{"id": v.id, "label": v.label, "file": v.file_name, "rates": v.rates,
                          "added": v.added, "removed": v.removed, "changed": v.changed}
                         for v in loads]}, ensure_ascii=False, indent=2))
        return 0
    rows: list[tuple[int, str, object]] = [
        (0, f"{r.kind} {r.code}", f"{r.value:g}{'/' + r.per if r.per else ''}"
                                  f"{'' if r.confirmed else ' *'}  {r.basis}") for r in rates]
    print("\n".join(labelled(rows)) if rows else say(QT_TRANSLATE_NOOP(
        "cli", "No rates are in force on {day}."), day=day))
    for v in loads:
        print(say(QT_TRANSLATE_NOOP("cli", "Version {id}: {label} ({file}), {n:,} rates."),
                  id=v.id, label=v.label, file=v.file_name, n=v.rates))
    return 0


def _cmd_fees(args: argparse.Namespace) -> int:
    from greendesk import periods
    from greendesk.services.catalog import load_catalog
    from greendesk.services.fees import fees
    from greendesk.store.db import open_database

    try:
        period = periods.parse_period(args.quarter)
    except ValueError as exc:
        print(f"greendesk: {shown(exc)}", file=sys.stderr)
        return 2
    db = open_database(args.db, create=False)
    try:
        names = load_catalog(db).sites
        site_ids = None
        if args.site:
            by_name = {n.casefold(): i for i, n in names.items()}
            site = by_name.get(" ".join(args.site.split()).casefold())
            if site is None:
                print(say(QT_TRANSLATE_NOOP("cli", "greendesk: {site!r} is not a site of the "
                                                   "plant; the sites are: {known}."),
                          site=args.site, known=", ".join(sorted(names.values()))),
                      file=sys.stderr)
                return 2
            site_ids = [site]
        result = fees(db, period, site_ids)
    finally:
        db.close()
    if args.format == "json":
        print(json.dumps({
            "period": period.label, "unit": "KZT", "mrp": dict(result.mrp),
            "lines": [{"quarter": line.quarter, "site": names.get(line.site_id, ""),
                       "kind": line.kind, "item": line.item, "rate_code": line.rate_code,
                       "mass_within_norm_t": line.within_t, "mass_above_norm_t": line.above_t,
                       "rate_mrp_per_t": line.rate, "mrp": line.mrp,
                       "coefficient_within": line.k_within, "coefficient_above": line.k_above,
                       "fee": line.fee, "basis": line.basis, "confirmed": line.confirmed}
                      for line in result.lines],
            "emissions": result.subtotal("emission"), "waste": result.subtotal("waste"),
            "total": result.total, "missing": [shown(m) for m in result.missing],
            "notes": [shown(n) for n in result.notes]}, ensure_ascii=False, indent=2))
        return 0
    rows: list[tuple[int, str, object]] = []
    for line in result.lines:
        mark = "" if line.confirmed else " *"
        rows.append((0, f"{line.quarter} {names.get(line.site_id, '')}: {line.item}",
                     f"{_terms(line)} = {line.fee:,.2f} ₸{mark}"))
    rows.append((0, say(QT_TRANSLATE_NOOP("cli", "Total")), f"{result.total:,.2f} ₸"))
    print("\n".join(labelled(rows)))
    if any(not line.confirmed for line in result.lines):
        print(say(QT_TRANSLATE_NOOP("cli", "* priced with a rate marked unconfirmed in the "
                                           "loaded rates: check it against the law in force.")))
    for m in (*result.missing, *result.notes):
        print(shown(m))
    return 0


def _terms(line: FeeLine) -> str:
    """The line's arithmetic as printed: within the norm, and above it with its coefficient,
    so that the figures shown multiply to the fee."""
    def term(mass: float, k: float) -> str:
        return (f"{mass:,.3f} t × {line.rate:g} × {line.mrp:,.0f}"
                + ("" if k == 1 else f" × {k:g}"))
    if line.above_t <= 0:
        return term(line.within_t, line.k_within)
    return f"{term(line.within_t, line.k_within)} + {term(line.above_t, line.k_above)}"
