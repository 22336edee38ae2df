"""`greendesk month-close`: a site's month-close checklist, headless; exits 1 while an item
is open, so a script can wait for a month to be ready."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from greendesk.cli.main import db_arg
from greendesk.cli.text import say, shown
from greendesk.i18n import QT_TRANSLATE_NOOP

KIND_NAMES = {
    "stock_taking": QT_TRANSLATE_NOOP("cli", "stock-taking"),
    "assay": QT_TRANSLATE_NOOP("cli", "assay"),
    "reading": QT_TRANSLATE_NOOP("cli", "monitoring reading"),
    "transfer": QT_TRANSLATE_NOOP("cli", "waste transfer"),
    "balance": QT_TRANSLATE_NOOP("cli", "balance"),
    "metal": QT_TRANSLATE_NOOP("cli", "metal balance"),
}


def register(sub: Any, groups: dict[str, Any]) -> None:
    """Add the month-close command to the parser."""
    p = sub.add_parser(
        "month-close", help="print a site's month-close checklist",
        description="What a site's month still needs before it is closed: stock-takings, "
        "assays, monitoring readings due, waste transfers without a contractor, balances "
        "above the threshold, technological against commercial metal recovery apart by more "
        "than the threshold. Each item: its kind, what it is, and where to fix it. Exits 1 "
        "while any item is neither done nor waived, 0 when none is.")
    p.add_argument("--db", type=db_arg, required=True, metavar="PATH")
    p.add_argument("--site", required=True, help="site name (or id)")
    p.add_argument("--period", required=True, help="the month, e.g. 2026-01")
    p.add_argument("--threshold", type=float, default=1.0, metavar="PCT",
                   help="unaccounted share of inputs above which a balance is an item "
                   "(default 1.0, as the Balances section)")
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.set_defaults(handler=_cmd_month_close)


def _cmd_month_close(args: argparse.Namespace) -> int:
    from greendesk.cli.balances import _resolve_site
    from greendesk.services import month_close
    from greendesk.services.balances import load_reference
    from greendesk.store.db import open_database

    db = open_database(args.db, create=False)
    try:
        site_id = _resolve_site(load_reference(db), args.site)
        sheet = month_close.checklist(db, site_id, args.period, args.threshold)
    finally:
        db.close()
    out = sys.stdout
    if args.format == "json":
        json.dump(sheet.as_dict(), out, indent=2, ensure_ascii=False)
        out.write("\n")
    else:
        for item in sheet.items:
            where = " ".join([item.section, *(str(i) for i in item.ids)])
            line = say(QT_TRANSLATE_NOOP("cli", "[{kind}] {what} — open: {where}"),
                       kind=say(KIND_NAMES[str(item.kind)]), what=shown(item.what), where=where)
            if item.waived is not None:
                line += " " + say(QT_TRANSLATE_NOOP("cli", "(waived: {reason})"),
                                  reason=item.waived)
            print(line, file=out)
        print(say(QT_TRANSLATE_NOOP("cli", "{site}, {month}: {open} open, {waived} waived."),
                  site=sheet.site, month=sheet.period, open=len(sheet.open_items),
                  waived=len(sheet.items) - len(sheet.open_items)), file=out)
    return 1 if sheet.open_items else 0
