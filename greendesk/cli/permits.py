"""`greendesk permits list|add`: the sites' environmental permit register without the window.

`list` only reads; `add` writes through the same service (and rules, and audit trail) the
plant structure section uses.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import TYPE_CHECKING

from greendesk.cli.main import db_arg
from greendesk.cli.text import say, translation
from greendesk.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from greendesk.models import FacilityCategory


def register(sub: argparse._SubParsersAction, groups: dict) -> None:
    """Add `permits list` and `permits add` to the parser."""
    permits = sub.add_parser("permits", help="the sites' environmental permits")
    what = permits.add_subparsers(dest="permits_command", required=True, metavar="list|add")
    show = what.add_parser("list", help="print every site's permits (read only)")
    show.add_argument("--db", type=db_arg, required=True, metavar="PATH")
    show.add_argument("--format", choices=("table", "json"), default="table")
    show.add_argument("--year", type=int, metavar="YYYY",
                      help="the year whose waste figures are compared with the permits' "
                           "limits (default: this year)")
    show.set_defaults(handler=_cmd_list)

    add = what.add_parser("add", help="add a permit to a site")
    add.add_argument("--db", type=db_arg, required=True, metavar="PATH")
    add.add_argument("--site", required=True, metavar="NAME")
    add.add_argument("--number", required=True)
    add.add_argument("--issued", required=True, type=date.fromisoformat, metavar="YYYY-MM-DD")
    add.add_argument("--authority", default="", help="the issuing authority")
    add.add_argument("--valid-from", required=True, type=date.fromisoformat,
                     metavar="YYYY-MM-DD")
    add.add_argument("--valid-until", type=date.fromisoformat, metavar="YYYY-MM-DD",
                     help="the last day it is valid (omit when the permit states none)")
    add.add_argument("--note", default="")
    add.add_argument("--bat", action="store_true",
                     help="a comprehensive environmental permit applying best available "
                          "techniques (the fee's BAT coefficient while it is in force)")
    add.set_defaults(handler=_cmd_add)


def _cmd_list(args: argparse.Namespace) -> int:
    from greendesk import periods
    from greendesk.cli.formations import _table
    from greendesk.labels import label
    from greendesk.services.permit_checks import expiry_warnings, waste_limit_exceedances
    from greendesk.services.permit_terms import permit_terms
    from greendesk.services.permits import list_permits
    from greendesk.services.structure import get_plant
    from greendesk.store.db import open_database

    today = periods.today()
    year = args.year or today.year
    db = open_database(args.db, create=False)
    try:
        sites = {s.id: s for s in get_plant(db).sites}
        rows = list_permits(db)
        terms = {p.id: permit_terms(db, p.id) for p in rows}
        over = waste_limit_exceedances(db, year)
        expiring = {(w.holder, w.number): w for w in expiry_warnings(db, today)
                    if w.kind == "permit"}
    finally:
        db.close()
    if args.format == "json":
        print(json.dumps([dict(
            site=p.site_name, address=sites[p.site_id].address,
            category=_category_code(sites[p.site_id].category),
            number=p.number, issued_on=p.issued_on.isoformat(), authority=p.authority,
            valid_from=p.valid_from.isoformat(),
            valid_until=p.valid_until.isoformat() if p.valid_until else None, note=p.note,
            bat=p.bat,
            conditions=list(terms[p.id].conditions),
            waste_limits=[dict(waste_type=w.waste_type, accumulation_t=w.accumulation_t,
                               burial_t=w.burial_t) for w in terms[p.id].waste_limits],
            exceeded=[dict(year=year, waste_type=x.waste_type, kind=x.kind, limit_t=x.limit_t,
                           actual_t=x.actual_t, excess_t=x.excess_t)
                      for x in over if x.permit_id == p.id],
            expires_in_days=(expiring[(p.site_name, p.number)].days_left
                             if (p.site_name, p.number) in expiring else None))
            for p in rows], ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print(say(QT_TRANSLATE_NOOP("cli", "No site has a permit recorded yet.")))
        return 0
    no_end = say(QT_TRANSLATE_NOOP("cli", "no end date"))
    print(_table([say(QT_TRANSLATE_NOOP("cli", "site")),
                  say(QT_TRANSLATE_NOOP("cli", "category")),
                  say(QT_TRANSLATE_NOOP("cli", "permit number")),
                  say(QT_TRANSLATE_NOOP("cli", "issued")),
                  say(QT_TRANSLATE_NOOP("cli", "issuing authority")),
                  say(QT_TRANSLATE_NOOP("cli", "valid from")),
                  say(QT_TRANSLATE_NOOP("cli", "valid until"))],
                 [[p.site_name, label(sites[p.site_id].category, translation()),
                   p.number, p.issued_on.isoformat(), p.authority, p.valid_from.isoformat(),
                   p.valid_until.isoformat() if p.valid_until else no_end] for p in rows],
                 set()))
    _print_checks(year, over, list(expiring.values()))
    return 0


def _print_checks(year: int, over: list, expiring: list) -> None:
    """The waste limits exceeded in `year` and the permits expiring within 90 days."""
    from greendesk.services.permit_checks import ACCUMULATION

    if over:
        print()
        print(say(QT_TRANSLATE_NOOP("cli", "Waste limits exceeded in {year}:"), year=year))
    for x in over:
        kind = (QT_TRANSLATE_NOOP("cli", "accumulated") if x.kind == ACCUMULATION
                else QT_TRANSLATE_NOOP("cli", "buried"))
        print("  " + say(QT_TRANSLATE_NOOP(
            "cli", "{site}, permit {number}: {waste} {kind} {actual:,.3f} t against a limit "
                   "of {limit:,.3f} t, {excess:,.3f} t over."),
            site=x.site_name, number=x.permit_number, waste=x.waste_type, kind=say(kind),
            actual=x.actual_t, limit=x.limit_t, excess=x.excess_t))
    if expiring:
        print()
    for w in expiring:
        print(say(QT_TRANSLATE_NOOP("cli", "Permit {number} of {site} expires on {day} "
                                           "(in {days} days)."),
                  number=w.number, site=w.holder, day=w.valid_until.isoformat(),
                  days=w.days_left))


def _category_code(category: FacilityCategory | None) -> str | None:
    return category.value if category is not None else None


def _cmd_add(args: argparse.Namespace) -> int:
    from greendesk.services.permits import PermitDraft, add_permit
    from greendesk.services.structure import get_plant
    from greendesk.store.db import open_database

    db = open_database(args.db, create=False)
    try:
        by_name = {s.name.casefold(): s.id for s in get_plant(db).sites}
        site_id = by_name.get(args.site.casefold())
        if site_id is None:
            print(say(QT_TRANSLATE_NOOP("cli", "greendesk: there is no site named {name!r}."),
                      name=args.site), file=sys.stderr)
            return 2
        add_permit(db, PermitDraft(site_id, args.number, args.issued, args.authority,
                                   args.valid_from, args.valid_until, args.note, args.bat))
    finally:
        db.close()
    print(say(QT_TRANSLATE_NOOP("cli", "Added permit {number} to {site}."),
              number=" ".join(args.number.split()), site=args.site))
    return 0
