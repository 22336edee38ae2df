"""The `greendesk` command: headless subcommands, and the window when none is given.

Qt is imported only by the branch that opens the window, so every other command runs on a
machine without a display (and starts fast).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Protocol, TypeVar

from greendesk import __version__
from greendesk.cli import text
from greendesk.cli.text import say, shown
from greendesk.cli.threads import one_blas_thread
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.paths import database_location, is_server_url

# Modules that add their own commands: each has `register(sub, groups)`, where `groups` holds
# the shared command groups ("import", "template") so an area can add e.g. `import formations`.
# Each sets `handler=` on its parsers and keeps heavy imports inside the handler.
COMMAND_MODULES: tuple[str, ...] = (
    "greendesk.cli.balances",
    "greendesk.cli.reports",
    "greendesk.cli.safety",
    "greendesk.cli.waste",
    "greendesk.cli.formations",
    "greendesk.cli.permits",
    "greendesk.cli.relations",
    "greendesk.cli.obligations",
    "greendesk.cli.plant",
    "greendesk.cli.month_close",
    "greendesk.cli.fees",
    "greendesk.cli.emissions",
    "greendesk.cli.sync",
)


__all__ = ["build_parser", "db_arg", "main", "print_refused", "run_import", "say", "shown"]


def db_arg(value: str) -> Path:
    """The argparse type of every --db: a plain path is the file it names, whatever its
    characters; only a value with a scheme is a URL (see paths.database_location). A
    `postgresql://` URL is kept as it is (a server database, opened by store.db)."""
    try:
        if is_server_url(value):
            return value  # type: ignore[return-value]  # open_database takes both
        return database_location(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(shown(exc)) from None


def build_parser() -> argparse.ArgumentParser:
    """The whole command line: the core commands and each command module's group."""
    parser = argparse.ArgumentParser(
        prog="greendesk",
        description="GreenDesk: flows, balances, wastes and compliance reports for a "
        "mining or metallurgical plant. Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"GreenDesk {__version__}")
    parser.add_argument(
        "--db", dest="window_db", type=db_arg, metavar="PATH",
        help="open this database file in the window (default: your GreenDesk data folder)",
    )
    parser.add_argument(
        "--demo", action="store_true",
        help="open the demo plant (created in your data folder on first use)",
    )
    parser.add_argument(
        "--lang", metavar="CODE",
        help="the language of the window and of refusals: en, ru or kk (default: the "
        "system's; also GREENDESK_LANG)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser("demo", help="write a demo plant database without opening a window")
    demo.add_argument("--db", type=db_arg, required=True, metavar="PATH")
    demo.add_argument("--years", type=int, default=3,
                      help="complete calendar years of monthly flows (default 3)")
    demo.add_argument("--flows", type=int, default=None, metavar="N",
                      help="instead, write a scaled plant with N daily flow records "
                      "(for benchmarks, e.g. 1000000)")
    demo.add_argument("--force", action="store_true", help="replace an existing file")
    demo.add_argument("--lang", metavar="CODE", default=argparse.SUPPRESS,
                      help="the language of the plant's names and notes: en, ru or kk "
                      "(default: GREENDESK_LANG, else en)")

    new = sub.add_parser("new", help="create an empty plant database without opening a window")
    new.add_argument("--db", type=db_arg, required=True, metavar="PATH")
    new.add_argument("--enterprise", required=True, metavar="NAME",
                     help="the enterprise's name as registered")
    new.add_argument("--bin", required=True, metavar="BIN",
                     help="the enterprise's 12-digit business identification number")
    new.add_argument("--lang", metavar="CODE", default=argparse.SUPPRESS,
                     help="the language of the greening plan: en, ru or kk (default: the "
                     "officer's, from GREENDESK_LANG or the system)")

    info = sub.add_parser("info", help="print the schema revision and record counts")
    info.add_argument("--db", type=db_arg, required=True, metavar="PATH")

    template = sub.add_parser("template", help="write an Excel template to fill in and import")
    template_sub = template.add_subparsers(dest="what", metavar="WHAT", required=True)
    template_flows = template_sub.add_parser(
        "flows", help="the flow-ledger template, with drop-down lists of the plant's names")
    template_flows.add_argument("-o", "--output", type=Path, required=True,
                                metavar="FILE.xlsx", help="the workbook to write")
    template_flows.add_argument(
        "--db", type=db_arg, metavar="PATH",
        help="take the sites, nodes and materials from this database (default: your "
        "default database if there is one, else the template has no such lists)")

    imp = sub.add_parser("import", help="import a file into a database (all rows or none)")
    imp_sub = imp.add_subparsers(dest="what", metavar="WHAT", required=True)
    imp_flows = imp_sub.add_parser("flows", help="import flow records from .xlsx, .xlsm or CSV")
    imp_flows.add_argument("file", type=Path, metavar="FILE")
    imp_flows.add_argument("--db", type=db_arg, required=True, metavar="PATH")
    imp_flows.add_argument("--again", action="store_true",
                           help="import the file even if the same file was imported before")
    groups = {"import": imp_sub, "template": template_sub}
    for name in COMMAND_MODULES:
        import importlib

        importlib.import_module(name).register(sub, groups)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run a command and return its exit code; a refusal (bad input, a file that cannot be
    read or opened) prints one sentence and exits 2, never a traceback."""
    one_blas_thread()  # before any command imports numpy
    args = build_parser().parse_args(argv)
    text.LANGUAGE = args.lang  # every line from here on is in the officer's language
    try:
        if args.command == "demo":
            return _cmd_demo(args)
        if args.command == "info":
            return _cmd_info(args)
        if args.command == "new":
            return _cmd_new(args)
        handler = getattr(args, "handler", None)
        if handler is not None:  # a command registered by an area module
            return int(handler(args))
        if args.command == "template":
            return _cmd_template(args)
        if args.command == "import":
            return _cmd_import(args)
        return _open_window(args)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # noqa: BLE001 - the CLI's last line of defence
        from greendesk.errors import DomainError
        from greendesk.store.db import DatabaseOpenError

        tabular = sys.modules.get("greendesk.readers.tabular")
        table_error = tabular.TableReadError if tabular else DomainError
        if isinstance(exc, DatabaseOpenError | DomainError | table_error | OSError):
            print(f"greendesk: {shown(exc)}", file=sys.stderr)
            return 2
        raise


def _cmd_demo(args: argparse.Namespace) -> int:
    from greendesk.demo.names import demo_language
    from greendesk.demo.plant import write_demo, write_scaled

    if not isinstance(args.db, Path):  # a server URL: a company server holds real records
        from greendesk.errors import DomainError

        raise DomainError(QT_TRANSLATE_NOOP(
            "Refusal", "The demo plant is written to a file of its own, not to a server "
                       "database: give --db a file path."), field="db")
    path: Path = args.db
    language = demo_language(args.lang)  # refuses a language the demo is not written in
    if path.exists() and path.stat().st_size > 0:
        if not args.force:
            print(say(QT_TRANSLATE_NOOP("cli", "greendesk: {path} already exists; use --force "
                                                "to replace it."), path=path), file=sys.stderr)
            return 2
        path.unlink()
        for suffix in ("-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
    if args.flows is not None:
        if args.flows <= 0:
            print(say(QT_TRANSLATE_NOOP("cli", "greendesk: --flows must be a positive number.")),
                  file=sys.stderr)
            return 2
        n = write_scaled(path, args.flows, language=language)
    else:
        if not 1 <= args.years <= 30:
            print(say(QT_TRANSLATE_NOOP("cli", "greendesk: --years must be between 1 and 30.")),
                  file=sys.stderr)
            return 2
        n = write_demo(path, years=args.years, language=language)
    print(say(QT_TRANSLATE_NOOP("cli", "Wrote {path} with {n:,} flow records."), path=path, n=n))
    return 0


def _cmd_new(args: argparse.Namespace) -> int:
    from greendesk.i18n_catalog import language
    from greendesk.services.new_plant import create_plant

    path = create_plant(args.db, args.enterprise, args.bin,
                        getattr(args, "lang", None) or language(text.LANGUAGE))
    print(say(QT_TRANSLATE_NOOP("cli", "Created {path}: an empty plant of {enterprise}. Next: "
                                       "its sites, nodes and materials."),
              path=path, enterprise=" ".join(args.enterprise.split())))
    return 0


def _cmd_info(args: argparse.Namespace) -> int:
    from greendesk.services.summary import summarise
    from greendesk.store.db import open_database

    db = open_database(args.db, create=False)
    try:
        s = summarise(db)
    finally:
        db.close()
    rows: list[tuple[str, object]] = [
        (QT_TRANSLATE_NOOP("cli", "database"), s.path),
        (QT_TRANSLATE_NOOP("cli", "schema"), s.revision),
        (QT_TRANSLATE_NOOP("cli", "sites"), f"{s.sites:,}"),
        (QT_TRANSLATE_NOOP("cli", "nodes"), f"{s.nodes:,}"),
        (QT_TRANSLATE_NOOP("cli", "materials"), f"{s.materials:,}"),
        (QT_TRANSLATE_NOOP("cli", "flows"), f"{s.flows:,}")]
    if s.first_date:
        rows.append((QT_TRANSLATE_NOOP("cli", "period"), f"{s.first_date} – {s.last_date}"))
    print("\n".join(text.labelled([(0, say(label), value) for label, value in rows])))
    return 0


def _cmd_template(args: argparse.Namespace) -> int:
    from greendesk.importers.template import write_flow_template
    from greendesk.paths import default_db_path
    from greendesk.services.catalog import load_catalog
    from greendesk.store.db import open_database

    path: Path | None = args.db
    if path is None and default_db_path().is_file():
        path = default_db_path()
    catalog = None
    components: list[tuple[str, str]] = []
    if path is not None:
        from greendesk.services.balance_records import tracked_components

        db = open_database(path, create=False)
        try:
            catalog = load_catalog(db)
            components = tracked_components(db)
        finally:
            db.close()
    out = write_flow_template(args.output, catalog, components, text.translation())
    if path is not None:
        print(say(QT_TRANSLATE_NOOP("cli", "Wrote the flow template {out} with the lists of "
                                           "{path}."), out=out, path=path))
    else:
        print(say(QT_TRANSLATE_NOOP("cli", "Wrote the flow template {out} with no plant lists "
                                           "(no database)."), out=out))
    return 0


def print_refused(exc: Any) -> int:
    """An import refused for its rows: the sentence, then every problem with its place and
    value (one format for every import command). Returns the exit code."""
    print(f"greendesk: {shown(exc)}", file=sys.stderr)
    for p in exc.problems:
        value = "" if not p.column_letter else say(QT_TRANSLATE_NOOP("cli", ", value (empty)")) \
            if p.value is None else say(QT_TRANSLATE_NOOP("cli", ", value {value}"),
                                        value=repr(p.value) if isinstance(p.value, str)
                                        else p.value)
        print(f"  {p.file}, {shown(p.place())}{value}: {shown(p.text)}", file=sys.stderr)
    if exc.more:
        print(say(QT_TRANSLATE_NOOP("cli", "  ... and {n:,} more."), n=exc.more),
              file=sys.stderr)
    return 1


class _Imported(Protocol):
    @property
    def notes(self) -> Sequence[str]: ...


_R = TypeVar("_R", bound=_Imported)


def run_import(db: Any, run: Callable[[], _R]) -> _R | int:
    """Run an import and close the database. A refusal is printed (its rows, or how to
    import the same file again) and its exit code returned in place of the result; the
    notes of an import that went in are printed."""
    from greendesk.errors import message_of
    from greendesk.importers.flows_import import DuplicateImport, ImportRejected

    try:
        result = run()
    except ImportRejected as exc:
        return print_refused(exc)
    except DuplicateImport as exc:
        print(say(QT_TRANSLATE_NOOP("cli", "greendesk: {refusal} To import it anyway, add "
                                           "--again."), refusal=message_of(exc)),
              file=sys.stderr)
        return 1
    finally:
        db.close()
    for note in result.notes:
        print(say(QT_TRANSLATE_NOOP("cli", "Note: {note}"), note=note))
    return result


def _cmd_import(args: argparse.Namespace) -> int:
    from greendesk.importers.flows_import import import_flows
    from greendesk.store.db import open_database

    db = open_database(args.db, create=False)
    result = run_import(db, lambda: import_flows(db, args.file, again=args.again))
    if isinstance(result, int):
        return result
    print(say(QT_TRANSLATE_NOOP("cli", "Imported {n:,} flow records from {file}."),
              n=result.rows, file=args.file))
    return 0


def _open_window(args: argparse.Namespace) -> int:
    from greendesk.ui.app import run

    return run(db_path=args.window_db, demo=args.demo, language=args.lang)
