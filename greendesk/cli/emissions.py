"""`greendesk emissions`, `greendesk ghg` and `greendesk factors import|list`: emissions to
air against the permit's norms, greenhouse gases, and the factor library, without the window.

The reports only read; `factors import` writes a version of the library through the same
service (and audit trail) the window uses.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from greendesk.cli.main import db_arg
from greendesk.cli.text import say, shown
from greendesk.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from greendesk.analysis.process_emissions import MassTerm
    from greendesk.periods import Period
    from greendesk.services.emissions import EmissionLine, GhgReport
    from greendesk.store.db import Database

_R = TypeVar("_R")


def register(sub: argparse._SubParsersAction, groups: dict) -> None:
    """Add `emissions`, `ghg` and `factors` to the parser."""
    em = sub.add_parser("emissions", help="emissions to air per source and substance against "
                        "the permit's norms")
    em.add_argument("--db", type=db_arg, required=True, metavar="PATH")
    em.add_argument("--period", required=True, help="2025, 2025-Q1 or 2025-03")
    em.add_argument("--site", metavar="NAME", help="one site (default: every site)")
    em.add_argument("--format", choices=("text", "json"), default="text")
    em.set_defaults(handler=_cmd_emissions)

    gh = sub.add_parser("ghg", help="greenhouse gases of the fuels burned in a year")
    gh.add_argument("--db", type=db_arg, required=True, metavar="PATH")
    gh.add_argument("--year", type=int, required=True)
    gh.add_argument("--gwp", choices=("AR4", "AR5"), default="AR5",
                    help="the global warming potentials (default AR5)")
    gh.add_argument("--site", metavar="NAME", help="one site (default: the installation)")
    gh.add_argument("--format", choices=("text", "json"), default="text")
    gh.set_defaults(handler=_cmd_ghg)

    fa = sub.add_parser("factors", help="the emission factor library")
    what = fa.add_subparsers(dest="factors_command", required=True, metavar="import|list")
    imp = what.add_parser("import", help="load a version of the library from CSV or XLSX "
                          "(all rows or none) and list what changed")
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.add_argument("--db", type=db_arg, required=True, metavar="PATH")
    imp.add_argument("--label", default="", help="what to call this version")
    imp.set_defaults(handler=_cmd_factors_import)
    show = what.add_parser("list", help="print the newest version's factors")
    show.add_argument("--db", type=db_arg, required=True, metavar="PATH")
    show.add_argument("--format", choices=("text", "json"), default="text")
    show.set_defaults(handler=_cmd_factors_list)


def _site_id(db: Database, name: str | None) -> int | None | str:
    """The site's id, None for every site, or the refusal to print."""
    if not name:
        return None
    from greendesk.services.catalog import load_catalog

    sites = load_catalog(db).sites
    by_name = {n.casefold(): i for i, n in sites.items()}
    site_id = by_name.get(" ".join(name.split()).casefold())
    if site_id is None:
        return say(QT_TRANSLATE_NOOP("cli", "greendesk: {site!r} is not a site of the plant; the "
                                            "sites are: {known}."),
                   site=name, known=", ".join(sorted(sites.values())))
    return site_id


def _query(args: argparse.Namespace, period_of: Callable[[], Period],
           run: Callable[[Database, Period, int | None], _R]) -> tuple[Period, _R] | int:
    """Parse the period, open the database, find --site and run the query; the exit code
    after printing the refusal when one of them fails."""
    from greendesk.store.db import open_database

    try:
        period = period_of()
    except ValueError as exc:
        print(f"greendesk: {shown(exc)}", file=sys.stderr)
        return 2
    db = open_database(args.db, create=False)
    try:
        site = _site_id(db, args.site)
        if isinstance(site, str):
            print(site, file=sys.stderr)
            return 2
        return period, run(db, period, site)
    finally:
        db.close()


def _num(x: float | None, digits: int = 3) -> str:
    return "—" if x is None else f"{x:,.{digits}f}"


def _activity(x: EmissionLine) -> str:
    """The line's activity with its unit: t of fuel or material, m³ of water."""
    if not x.inputs:
        return "—"
    return f"{_num(sum(i.fuel_t for i in x.inputs), 1)} {x.inputs[0].unit}"


def line_dict(x: EmissionLine) -> dict[str, object]:
    """One emission line as the JSON output gives it."""
    return {
        "site": x.site, "source": x.source, "medium": x.medium, "mobile": x.mobile,
        "substance": x.substance, "basis": x.basis, "efficiency": x.efficiency,
        "concentration_mg_l": x.concentration_mg_l,
        "activity": [{"activity": i.activity, "material": i.material, "quantity": i.fuel_t,
                      "quantity_unit": i.unit,
                      "energy_gj": i.energy_gj,
                      "factor": None if i.factor is None else i.factor.value,
                      "factor_unit": None if i.factor is None else i.factor.unit,
                      "factor_parameter": None if i.factor is None else i.factor.parameter,
                      "citation": None if i.factor is None else i.factor.citation,
                      "mass_t": i.mass_t} for i in x.inputs],
        "mass_t": x.mass_t, "norm_t": x.norm_t, "exceedance_t": x.exceedance_t,
        "max_g_per_s": x.max_g_per_s, "norm_g_per_s": x.norm_g_per_s,
        "exceedance_g_per_s": x.exceedance_g_per_s,
        "missing": [shown(m) for m in x.missing],
        **({"sulphur_balance": [{"material": t.name, "t": t.tonnes, "s_share": t.content,
                                 "s_t": t.element_t} for t in x.balance]}
           if x.balance else {}),
    }


def _cmd_emissions(args: argparse.Namespace) -> int:
    from greendesk import periods
    from greendesk.cli.formations import _table
    from greendesk.services.emissions import emission_lines, totals

    got = _query(args, lambda: periods.parse_period(args.period), emission_lines)
    if isinstance(got, int):
        return got
    period, lines = got
    sums = totals(lines)
    over = [x for x in lines if x.exceedance_t or x.exceedance_g_per_s]
    if args.format == "json":
        print(json.dumps({
            "period": period.label, "start": period.start.isoformat(),
            "end": period.end.isoformat(), "unit": "t", "lines": [line_dict(x) for x in lines],
            "totals": [{"site": k[0] or None, "substance": k[1], "mass_t": v}
                       for k, v in sorted(sums.items())],
            "exceedances": [{"site": x.site, "source": x.source, "substance": x.substance,
                             "mass_t": x.mass_t, "norm_t": x.norm_t,
                             "exceedance_t": x.exceedance_t, "max_g_per_s": x.max_g_per_s,
                             "norm_g_per_s": x.norm_g_per_s,
                             "exceedance_g_per_s": x.exceedance_g_per_s} for x in over],
        }, ensure_ascii=False, indent=2))
        return 0
    if not lines:
        print(say(QT_TRANSLATE_NOOP("cli", "No emission source is recorded yet.")))
        return 0
    measured = say(QT_TRANSLATE_NOOP("cli", "measured"))
    calculated = say(QT_TRANSLATE_NOOP("cli", "calculated"))
    rows = [[x.site, x.source, x.substance, measured if x.basis == "measured" else calculated,
             _activity(x),
             f"{x.efficiency:.2f}", _num(x.mass_t), _num(x.norm_t), _num(x.exceedance_t)]
            for x in lines]
    print(say(QT_TRANSLATE_NOOP("cli", "Emissions to air, {period} (tonnes)"),
              period=period.label))
    print(_table([say(QT_TRANSLATE_NOOP("cli", "site")), say(QT_TRANSLATE_NOOP("cli", "source")),
                  say(QT_TRANSLATE_NOOP("cli", "substance")),
                  say(QT_TRANSLATE_NOOP("cli", "basis")),
                  say(QT_TRANSLATE_NOOP("cli", "activity")), "η",
                  say(QT_TRANSLATE_NOOP("cli", "mass")), say(QT_TRANSLATE_NOOP("cli", "norm")),
                  say(QT_TRANSLATE_NOOP("cli", "above norm"))], rows, {4, 5, 6, 7, 8}))
    everyone = say(QT_TRANSLATE_NOOP("cli", "enterprise"))
    print(_table([say(QT_TRANSLATE_NOOP("cli", "total")),
                  say(QT_TRANSLATE_NOOP("cli", "substance")),
                  say(QT_TRANSLATE_NOOP("cli", "mass"))],
                 [[site or everyone, substance, _num(mass)]
                  for (site, substance), mass in sorted(sums.items(), key=lambda kv: (
                      kv[0][0] == "", kv[0]))], {2}))
    for x in lines:
        for m in x.missing:
            print(say(QT_TRANSLATE_NOOP("cli", "{source}: {problem}"), source=x.source,
                      problem=m))
    for x in over:
        if x.exceedance_t:
            print(say(QT_TRANSLATE_NOOP("cli", "Exceedance: {source}, {substance}: {mass} t "
                                               "against a norm of {norm} t, {over} t above "
                                               "it."),
                      source=x.source, substance=x.substance, mass=_num(x.mass_t),
                      norm=_num(x.norm_t), over=_num(x.exceedance_t)))
        if x.exceedance_g_per_s:
            print(say(QT_TRANSLATE_NOOP("cli", "Exceedance: {source}, {substance}: a reading of "
                                               "{peak} g/s against a norm of {norm} g/s."),
                      source=x.source, substance=x.substance, peak=_num(x.max_g_per_s),
                      norm=_num(x.norm_g_per_s)))
    return 0


def _term(t: MassTerm) -> dict[str, object]:
    """A carbon carrier of a process balance as the JSON output gives it."""
    return {"material": t.name, "t": t.tonnes, "carbon_t_per_t": t.content,
            "carbon_t": t.element_t}


def ghg_dict(report: GhgReport) -> dict[str, object]:
    """The greenhouse-gas report as the JSON output gives it."""
    from greendesk.analysis.emissions import GWP_SETS, GWP_SOURCES, THRESHOLD_T_CO2

    return {
        "year": report.year, "gwp_set": report.gwp_set, "gwp": GWP_SETS[report.gwp_set],
        "gwp_source": GWP_SOURCES[report.gwp_set],
        "fuels": [{"activity": x.activity, "fuel_t": x.fuel_t, "activity_gj": x.energy_gj,
                   "factors_kg_per_tj": x.ef_kg_per_tj, "oxidation_factor": 1.0,
                   "co2_t": x.mass_t["CO2"], "ch4_t": x.mass_t["CH4"],
                   "n2o_t": x.mass_t["N2O"], "co2e_t": x.co2e_t} for x in report.lines],
        "process": [{"source": x.source, "site": x.site, "method": "carbon balance",
                     "inputs": [_term(t) for t in x.inputs],
                     "outputs": [_term(t) for t in x.outputs], "co2_t": x.co2_t,
                     "citations": list(x.citations)} for x in report.process],
        "total": {"co2_t": report.co2_t, "co2e_t": report.co2e_t},
        "threshold_t_co2": THRESHOLD_T_CO2, "above_threshold": report.above_threshold,
        "missing": [shown(m) for m in report.missing],
    }


def _cmd_ghg(args: argparse.Namespace) -> int:
    from greendesk import periods
    from greendesk.cli.formations import _table
    from greendesk.services.emissions import ghg

    got = _query(args, lambda: periods.year(args.year),
                 lambda db, period, site: ghg(db, period, args.gwp, site))
    if isinstance(got, int):
        return got
    report = got[1]
    if args.format == "json":
        print(json.dumps(ghg_dict(report), ensure_ascii=False, indent=2))
        return 0
    print(say(QT_TRANSLATE_NOOP("cli", "Greenhouse gases, {year} (GWP {gwp})"),
              year=report.year, gwp=report.gwp_set))
    rows = [[x.activity, _num(x.fuel_t, 1), _num(x.energy_gj, 1), _num(x.mass_t["CO2"]),
             _num(x.mass_t["CH4"]), _num(x.mass_t["N2O"]), _num(x.co2e_t)]
            for x in report.lines]
    process = say(QT_TRANSLATE_NOOP("cli", "process"))  # outside the f-string: lupdate reads it
    rows += [[f"{process}: {x.source}", "", "",
              _num(x.co2_t), "", "", _num(x.co2_t)] for x in report.process]
    print(_table([say(QT_TRANSLATE_NOOP("cli", "fuel")), "t", "GJ", "CO₂, t", "CH₄, t",
                  "N₂O, t", "CO₂e, t"], rows, {1, 2, 3, 4, 5, 6}))
    for m in report.missing:
        print(shown(m))
    print(say(QT_TRANSLATE_NOOP("cli", "Total: {co2} t CO₂, {co2e} t CO₂-equivalent."),
              co2=_num(report.co2_t, 1), co2e=_num(report.co2e_t, 1)))
    if report.above_threshold:
        print(say(QT_TRANSLATE_NOOP("cli", "Above the threshold of 20,000 t CO₂ a year: the "
                                           "installation is subject to greenhouse-gas "
                                           "regulation.")))
    else:
        print(say(QT_TRANSLATE_NOOP("cli", "Below the threshold of 20,000 t CO₂ a year.")))
    return 0


def _cmd_factors_import(args: argparse.Namespace) -> int:
    from greendesk.importers.factors_import import import_factors
    from greendesk.store.db import open_database

    db = open_database(args.db, create=False)
    try:
        diff, _ = import_factors(db, args.file, args.label)
    finally:
        db.close()
    if diff.version_id is None:
        print(say(QT_TRANSLATE_NOOP("cli", "The file matches the library as loaded; nothing "
                                           "changed.")))
        return 0
    print(shown(diff.summary()))
    for title, items in ((QT_TRANSLATE_NOOP("cli", "Added"), diff.added),
                         (QT_TRANSLATE_NOOP("cli", "Removed"), diff.removed),
                         (QT_TRANSLATE_NOOP("cli", "Changed"), diff.changed)):
        if items:
            print(f"{say(title)}: {'; '.join(items)}")
    return 0


def _cmd_factors_list(args: argparse.Namespace) -> int:
    from greendesk.cli.formations import _table
    from greendesk.services.factors import current_factors
    from greendesk.store.db import open_database

    db = open_database(args.db, create=False)
    try:
        rows = current_factors(db)
    finally:
        db.close()
    if args.format == "json":
        print(json.dumps([{"substance": r.substance, "activity": r.activity, "value": r.value,
                           "unit": r.unit, "parameter": r.parameter, "method": r.method,
                           "citation": r.citation,
                           "valid_from": r.valid_from.isoformat() if r.valid_from else None,
                           "valid_until": r.valid_until.isoformat() if r.valid_until else None}
                          for r in rows], ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print(say(QT_TRANSLATE_NOOP("cli", "No factor library is loaded yet.")))
        return 0
    print(_table([say(QT_TRANSLATE_NOOP("cli", "activity")),
                  say(QT_TRANSLATE_NOOP("cli", "substance")),
                  say(QT_TRANSLATE_NOOP("cli", "value")), say(QT_TRANSLATE_NOOP("cli", "unit")),
                  say(QT_TRANSLATE_NOOP("cli", "cited source"))],
                 [[r.activity, r.substance, f"{r.value:g}", r.unit, r.citation] for r in rows],
                 {2}))
    return 0
