"""`greendesk relations list|add|edit|remove`: what the officer knows between two streams.

A stream is named by its site's nodes and its material (--a-from, --a-to, --a-material);
a transfer relation says stream B = k × stream A (--coefficient, --sigma), an equal one
that the two are the same. Writes go through the service the Relations dialog uses, with
its rules and audit trail.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import TYPE_CHECKING, TypeVar

from greendesk.cli.main import db_arg
from greendesk.cli.text import say
from greendesk.i18n import QT_TRANSLATE_NOOP

T = TypeVar("T")

if TYPE_CHECKING:
    from greendesk.services.catalog import Catalog
    from greendesk.services.flow_relations import Stream


def register(sub: argparse._SubParsersAction, groups: dict) -> None:
    """Add `relations list`, `add`, `edit` and `remove` to the parser."""
    rel = sub.add_parser("relations", help="relations between two streams, for reconciliation")
    what = rel.add_subparsers(dest="relations_command", required=True,
                              metavar="list|add|edit|remove")
    show = what.add_parser("list", help="print the relations (read only)")
    show.add_argument("--db", type=db_arg, required=True, metavar="PATH")
    show.add_argument("--site", metavar="NAME", help="one site's only")
    show.add_argument("--format", choices=("table", "json"), default="table")
    show.set_defaults(handler=_cmd_list)

    add = what.add_parser("add", help="add a relation: B = k × A (transfer) or B = A (equal)")
    add.add_argument("--db", type=db_arg, required=True, metavar="PATH")
    add.add_argument("--site", required=True, metavar="NAME")
    add.add_argument("--kind", choices=("transfer", "equal"), required=True)
    for s in ("a", "b"):
        add.add_argument(f"--{s}-from", required=True, metavar="NODE",
                         help=f"the node stream {s.upper()} comes from")
        add.add_argument(f"--{s}-to", required=True, metavar="NODE",
                         help=f"the node stream {s.upper()} goes to")
        add.add_argument(f"--{s}-material", required=True, metavar="MATERIAL")
    add.add_argument("--coefficient", type=float, metavar="K", help="transfer: B = K × A")
    add.add_argument("--sigma", type=float, metavar="SD",
                     help="transfer: K's standard deviation (0 when exact)")
    add.add_argument("--valid-from", type=date.fromisoformat, default=date(1900, 1, 1),
                     metavar="YYYY-MM-DD")
    add.add_argument("--valid-until", type=date.fromisoformat, metavar="YYYY-MM-DD",
                     help="the last day it holds (omit when it has no end)")
    add.add_argument("--note", default="")
    add.set_defaults(handler=_cmd_add)

    edit = what.add_parser("edit", help="change a relation by its number (see list); what "
                           "is not given stays as it was")
    edit.add_argument("--db", type=db_arg, required=True, metavar="PATH")
    edit.add_argument("--id", type=int, required=True, metavar="N")
    edit.add_argument("--kind", choices=("transfer", "equal"))
    for s in ("a", "b"):
        edit.add_argument(f"--{s}-from", metavar="NODE")
        edit.add_argument(f"--{s}-to", metavar="NODE")
        edit.add_argument(f"--{s}-material", metavar="MATERIAL")
    edit.add_argument("--coefficient", type=float, metavar="K")
    edit.add_argument("--sigma", type=float, metavar="SD")
    edit.add_argument("--valid-from", type=date.fromisoformat, metavar="YYYY-MM-DD")
    until = edit.add_mutually_exclusive_group()
    until.add_argument("--valid-until", type=date.fromisoformat, metavar="YYYY-MM-DD")
    until.add_argument("--no-end", action="store_true", help="the relation has no end date")
    edit.add_argument("--note")
    edit.set_defaults(handler=_cmd_edit)

    remove = what.add_parser("remove", help="remove a relation by its number (see list)")
    remove.add_argument("--db", type=db_arg, required=True, metavar="PATH")
    remove.add_argument("--id", type=int, required=True, metavar="N")
    remove.set_defaults(handler=_cmd_remove)


def _site_id(catalog: Catalog, name: str) -> int | None:
    return next((i for i, n in catalog.sites.items() if n.casefold() == name.casefold()), None)


def _cmd_list(args: argparse.Namespace) -> int:
    from greendesk.cli.formations import _table
    from greendesk.services.catalog import load_catalog
    from greendesk.services.flow_relations import list_relations
    from greendesk.store.db import open_database

    db = open_database(args.db, create=False)
    try:
        catalog = load_catalog(db)
        site_id = None
        if args.site is not None and (site_id := _site_id(catalog, args.site)) is None:
            return _no_site(args.site)
        rows = list_relations(db, site_id)
    finally:
        db.close()
    if args.format == "json":
        print(json.dumps([dict(
            id=r.id, site=catalog.sites.get(r.draft.site_id), kind=r.draft.kind.value,
            a=r.a_label, b=r.b_label, coefficient=r.draft.coefficient,
            coefficient_sigma=r.draft.coefficient_sigma,
            valid_from=r.draft.valid_from.isoformat(),
            valid_until=r.draft.valid_until.isoformat() if r.draft.valid_until else None,
            note=r.draft.note) for r in rows], ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print(say(QT_TRANSLATE_NOOP("cli", "No relation between streams is recorded.")))
        return 0
    no_end = say(QT_TRANSLATE_NOOP("cli", "no end date"))
    print(_table([say(QT_TRANSLATE_NOOP("cli", "number")),
                  say(QT_TRANSLATE_NOOP("cli", "site")),
                  say(QT_TRANSLATE_NOOP("cli", "stream A")),
                  say(QT_TRANSLATE_NOOP("cli", "stream B")),
                  say(QT_TRANSLATE_NOOP("cli", "relation")),
                  say(QT_TRANSLATE_NOOP("cli", "valid from")),
                  say(QT_TRANSLATE_NOOP("cli", "valid until"))],
                 [[str(r.id), catalog.sites.get(r.draft.site_id, ""), r.a_label, r.b_label,
                   _relation_text(r.draft.coefficient, r.draft.coefficient_sigma),
                   r.draft.valid_from.isoformat(),
                   r.draft.valid_until.isoformat() if r.draft.valid_until else no_end]
                  for r in rows], set()))
    return 0


def _relation_text(k: float | None, sigma: float | None) -> str:
    if k is None:
        return "B = A"
    return f"B = {k:g} × A (σ {sigma:g})"


def _no_site(name: str) -> int:
    print(say(QT_TRANSLATE_NOOP("cli", "greendesk: there is no site named {name!r}."),
              name=name), file=sys.stderr)
    return 2


def _stream(catalog: Catalog, site_id: int, src: str, dst: str, material: str
            ) -> Stream | str:
    """The stream these names give, or the name that is not found."""
    from greendesk.services.flow_relations import Stream

    return _edited_stream(catalog, site_id, Stream(0, 0, 0), src, dst, material)


def _cmd_add(args: argparse.Namespace) -> int:
    from greendesk.models import RelationKind
    from greendesk.services.catalog import load_catalog
    from greendesk.services.flow_relations import RelationDraft, Stream, add_relation
    from greendesk.store.db import open_database

    db = open_database(args.db, create=False)
    try:
        catalog = load_catalog(db)
        site_id = _site_id(catalog, args.site)
        if site_id is None:
            return _no_site(args.site)
        streams = [_stream(catalog, site_id, getattr(args, f"{s}_from"), getattr(args, f"{s}_to"),
                           getattr(args, f"{s}_material")) for s in ("a", "b")]
        for found in streams:
            if not isinstance(found, Stream):
                print(say(QT_TRANSLATE_NOOP("cli", "greendesk: {site} has no node or material "
                                                   "named {name!r}."),
                          site=catalog.sites[site_id], name=found), file=sys.stderr)
                return 2
        a, b = streams
        assert isinstance(a, Stream) and isinstance(b, Stream)
        rid, _changes = add_relation(db, RelationDraft(
            site_id, RelationKind(args.kind), a, b, args.coefficient, args.sigma,
            args.valid_from, args.valid_until, args.note))
    finally:
        db.close()
    print(say(QT_TRANSLATE_NOOP("cli", "Added relation {number} to {site}."), number=rid,
              site=catalog.sites[site_id]))
    return 0


def _cmd_remove(args: argparse.Namespace) -> int:
    from greendesk.services.flow_relations import delete_relation
    from greendesk.store.db import open_database

    db = open_database(args.db, create=False)
    try:
        delete_relation(db, args.id)
    finally:
        db.close()
    print(say(QT_TRANSLATE_NOOP("cli", "Removed relation {number}."), number=args.id))
    return 0



def _edited_stream(catalog: Catalog, site_id: int, old: Stream, src: str | None,
                   dst: str | None, material: str | None) -> Stream | str:
    """`old` with the parts named replaced, or the name that is not found."""
    from greendesk.services.flow_relations import Stream

    nodes = catalog.node_by_name()
    parts = list(old)
    for i, (name, table) in enumerate(((src, None), (dst, None), (material, "material"))):
        if name is None:
            continue
        found = (catalog.material_by_name().get(name.casefold()) if table
                 else nodes.get((site_id, name.casefold())))
        if found is None:
            return name
        parts[i] = found
    return Stream(*parts)


def _cmd_edit(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from greendesk.errors import DomainError
    from greendesk.models import RelationKind
    from greendesk.services.catalog import load_catalog
    from greendesk.services.flow_relations import EditRelation, Stream, list_relations
    from greendesk.store.db import open_database

    db = open_database(args.db, create=False)
    try:
        catalog = load_catalog(db)
        row = next((r for r in list_relations(db) if r.id == args.id), None)
        if row is None:
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "There is no relation {number}; "
                                                           "`greendesk relations list` shows "
                                                           "them."), number=args.id)
        d = row.draft
        streams = [_edited_stream(catalog, d.site_id, old, getattr(args, f"{s}_from"),
                                  getattr(args, f"{s}_to"), getattr(args, f"{s}_material"))
                   for s, old in (("a", d.a), ("b", d.b))]
        for found in streams:
            if not isinstance(found, Stream):
                print(say(QT_TRANSLATE_NOOP("cli", "greendesk: {site} has no node or material "
                                                   "named {name!r}."),
                          site=catalog.sites[d.site_id], name=found), file=sys.stderr)
                return 2
        a, b = streams
        assert isinstance(a, Stream) and isinstance(b, Stream)
        kind = RelationKind(args.kind) if args.kind else d.kind
        equal = kind is RelationKind.EQUAL
        draft = replace(
            d, kind=kind, a=a, b=b,
            coefficient=None if equal else _given(args.coefficient, d.coefficient),
            coefficient_sigma=None if equal else _given(args.sigma, d.coefficient_sigma),
            valid_from=_given(args.valid_from, d.valid_from),
            valid_until=None if args.no_end else _given(args.valid_until, d.valid_until),
            note=_given(args.note, d.note))
        EditRelation(args.id, draft, row.version).apply(db)
    finally:
        db.close()
    print(say(QT_TRANSLATE_NOOP("cli", "Changed relation {number}."), number=args.id))
    return 0


def _given(value: T, old: T) -> T:
    """The option's value when it was given, else what the relation had."""
    return old if value is None else value
