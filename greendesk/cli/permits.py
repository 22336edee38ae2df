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
    add.set_defaults(handler=_cmd_add)


def _cmd_list(args: argparse.Namespace) -> int:
    from greendesk.cli.formations import _table
    from greendesk.labels import label
    from greendesk.services.permits import list_permits
    from greendesk.services.structure import get_plant
    from greendesk.store.db import open_database

    db = open_database(args.db, create=False)
    try:
        sites = {s.id: s for s in get_plant(db).sites}
        rows = list_permits(db)
    finally:
        db.close()
    if args.format == "json":
        print(json.dumps([dict(
            site=p.site_name, address=sites[p.site_id].address,
            category=_category_code(sites[p.site_id].category),
            number=p.number, issued_on=p.issued_on.isoformat(), authority=p.authority,
            valid_from=p.valid_from.isoformat(),
            valid_until=p.valid_until.isoformat() if p.valid_until else None, note=p.note)
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
    return 0


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
                                   args.valid_from, args.valid_until, args.note))
    finally:
        db.close()
    print(say(QT_TRANSLATE_NOOP("cli", "Added permit {number} to {site}."),
              number=" ".join(args.number.split()), site=args.site))
    return 0
