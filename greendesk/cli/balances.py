"""`greendesk balance` and `greendesk reconcile`: the balance section's figures, headless."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from typing import Any, TextIO

from greendesk.cli.main import db_arg
from greendesk.cli.text import say, shown, tr, translation, unit
from greendesk.errors import message_of
from greendesk.i18n import QT_TRANSLATE_NOOP


def register(sub: Any, groups: dict[str, Any]) -> None:
    """Add the balance and reconciliation commands to the parser."""
    bal = sub.add_parser(
        "balance", help="print material, energy and metal balances for a period",
        description="Balances of every site (or one site and its nodes, or one node) for a "
        "period: inputs, outputs, stock change, accounted and unaccounted losses; energy in "
        "GJ and tce; contained metal and recoveries; the rational-use indicators.")
    bal.add_argument("--db", type=db_arg, required=True, metavar="PATH")
    bal.add_argument("--period", required=True,
                     help="2025, 2025-Q1, 2025-03 or 2025-01-01..2025-06-30")
    bal.add_argument("--site", help="site name (or id); default: every site")
    bal.add_argument("--node", help="process or stock node name (or id)")
    bal.add_argument("--format", choices=("table", "csv", "json"), default="table")
    bal.set_defaults(handler=_cmd_balance)

    rec = sub.add_parser(
        "reconcile", help="reconcile a site's measured flows for a period",
        description="Weighted least-squares reconciliation of the site's total-mass "
        "balances and, where flows are assayed, of each component's balance (tonnage × "
        "grade): reconciled values, adjustments, gross-error flags and the chi-square test.")
    rec.add_argument("--db", type=db_arg, required=True, metavar="PATH")
    rec.add_argument("--site", required=True, help="site name (or id)")
    rec.add_argument("--period", required=True, help="e.g. 2025-03")
    rec.add_argument("--alpha", type=float, default=0.05,
                     help="significance level of the tests (default 0.05)")
    rec.add_argument("--format", choices=("table", "json"), default="table")
    rec.add_argument("--apply", action="store_true",
                     help="write each estimated (unmeasured) flow's reconciled value into its "
                     "unmeasured records")
    rec.add_argument("--confirm", action="store_true",
                     help="with --apply: write even though the global test did not pass")
    rec.set_defaults(handler=_cmd_reconcile)


def _period(text: str):
    from greendesk.errors import DomainError
    from greendesk.periods import parse_period

    try:
        return parse_period(text)
    except ValueError as exc:
        raise DomainError(message_of(exc)) from None


def _resolve_site(ref, text: str) -> int:
    from greendesk.errors import DomainError

    for sid, (name, _kind) in ref.sites.items():
        if name.casefold() == text.strip().casefold() or text.strip() == str(sid):
            return sid
    names = ", ".join(sorted(n for n, _k in ref.sites.values()))
    raise DomainError(QT_TRANSLATE_NOOP("Refusal", "There is no site {text!r}; the sites are: "
                                                   "{names}."),
                      text=text, names=names)


def _resolve_node(ref, text: str, site_id: int | None) -> int:
    from greendesk.errors import DomainError

    wanted = text.strip().casefold()
    found = [i for i, n in ref.nodes.items()
             if (n.name.casefold() == wanted or text.strip() == str(i))
             and (site_id is None or ref.node_site[i] == site_id)]
    if not found:
        raise DomainError(
            QT_TRANSLATE_NOOP("Refusal", "There is no node {text!r} at that site.") if site_id
            else QT_TRANSLATE_NOOP("Refusal", "There is no node {text!r}."), text=text)
    if len(found) > 1:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "Several sites have a node {text!r}; add "
                                                       "--site to choose one."),
                          text=text)
    return found[0]


def _cmd_balance(args: argparse.Namespace) -> int:
    from greendesk.services import balances as bal
    from greendesk.store.db import open_database

    period = _period(args.period)
    db = open_database(args.db, create=False)
    try:
        ref = bal.load_reference(db)
        site_id = _resolve_site(ref, args.site) if args.site else None
        if args.node:
            node_id = _resolve_node(ref, args.node, site_id)
            scopes = [bal.balance(db, period, node_id=node_id)]
        elif site_id is not None:
            both = bal.site_balances(db, site_id, period)
            scopes = [both.site, *both.nodes]
        else:
            scopes = [bal.balance(db, period, site_id=sid)
                      for sid, _n in sorted(ref.sites.items(), key=lambda kv: kv[1][0])]
        indicators = bal.indicators(db, period) if not args.node else []
    finally:
        db.close()
    out = sys.stdout
    if args.format == "json":
        json.dump({"period": period.label, "scopes": [sc.as_dict() for sc in scopes],
                   "indicators": [i.as_dict() for i in indicators]}, out, indent=2,
                  ensure_ascii=False)
        out.write("\n")
    elif args.format == "csv":
        _write_csv(out, scopes, indicators)
    else:
        for sc in scopes:
            _print_scope(out, sc)
        if indicators:
            _print_indicators(out, indicators)
    return 0


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.2f} %"


def _table(out: TextIO, header: list[str], rows: list[list[str]]) -> None:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    for n, row in enumerate([header, *rows]):
        cells = [str(c).ljust(w) if i == 0 else str(c).rjust(w)
                 for i, (c, w) in enumerate(zip(row, widths, strict=True))]
        out.write("  ".join(cells).rstrip() + "\n")
        if n == 0:
            out.write("  ".join("-" * w for w in widths) + "\n")


def _n(value: float) -> str:
    return f"{value:,.3f}"


# What reconciliation did with a flow (analysis.reconcile.Status), as the table names it.
RECONCILED = {"adjusted": QT_TRANSLATE_NOOP("cli", "adjusted"),
              "non_redundant": QT_TRANSLATE_NOOP("cli", "non_redundant"),
              "fixed": QT_TRANSLATE_NOOP("cli", "fixed"),
              "estimated": QT_TRANSLATE_NOOP("cli", "estimated"),
              "unobservable": QT_TRANSLATE_NOOP("cli", "unobservable"),
              "not_in_balance": QT_TRANSLATE_NOOP("cli", "not in any balance")}


def _heads(*marked: str) -> list[str]:
    """Column headings marked QT_TRANSLATE_NOOP("cli", ...), in the officer's language."""
    return [say(text) for text in marked]


def _print_scope(out: TextIO, sc) -> None:
    from greendesk.labels import label

    where = sc.scope_name if sc.node_id is None else f"{sc.scope_name} ({sc.site_name})"
    out.write(f"\n== {where} — {sc.period.label} ({sc.period.start} – {sc.period.end})\n")
    if sc.sheet.receipts or sc.sheet.expenditures:
        _print_sheet(out, sc.sheet)
        total = sc.total
        if total is not None and total.accounted:
            out.write(say(QT_TRANSLATE_NOOP("cli", "accounted losses by reason: {losses}"),
                          losses=", ".join(f"{label(r, translation())} {_n(q)} {unit('t')}"
                                           for r, q in total.accounted)) + "\n")
    else:
        out.write(say(QT_TRANSLATE_NOOP("cli", "(no flows in this period)")) + "\n")
    for note in sc.stock_notes:
        out.write(say(QT_TRANSLATE_NOOP("cli", "note: {note}"), note=note) + "\n")
    if sc.energy:
        out.write("\n" + say(QT_TRANSLATE_NOOP("cli", "energy (GJ; tce)")) + "\n")
        erows = []
        for e in sc.energy:
            t = e.tce
            erows.append([e.label if e.material_id is not None else translation()("balances", e.label),
                          _n(e.gj.supplied), _n(e.gj.use), _n(e.gj.exported),
                          _n(e.gj.accounted), _n(e.gj.stock_change), _n(e.gj.unaccounted),
                          "—" if t is None else _n(t.supplied),
                          "—" if t is None else _n(t.use)])
        _table(out, _heads(
            QT_TRANSLATE_NOOP("cli", "carrier"), QT_TRANSLATE_NOOP("cli", "supplied GJ"),
            QT_TRANSLATE_NOOP("cli", "use GJ"), QT_TRANSLATE_NOOP("cli", "passed on GJ"),
            QT_TRANSLATE_NOOP("cli", "accounted GJ"), QT_TRANSLATE_NOOP("cli", "stock change GJ"),
            QT_TRANSLATE_NOOP("cli", "unaccounted GJ"), QT_TRANSLATE_NOOP("cli", "supplied tce"),
            QT_TRANSLATE_NOOP("cli", "use tce")), erows)
        intensity = sc.energy_intensity
        out.write(say(QT_TRANSLATE_NOOP("cli", "production {product} t; energy intensity "
                                               "{intensity} GJ/t"),
                      product=_n(sc.product_t),
                      intensity="—" if intensity is None else f"{intensity:,.4f}") + "\n")
    if sc.metal:
        out.write("\n" + say(QT_TRANSLATE_NOOP("cli", "contained metal (t)")) + "\n")
        _table(out, _heads(
            QT_TRANSLATE_NOOP("cli", "component"), QT_TRANSLATE_NOOP("cli", "feed"),
            QT_TRANSLATE_NOOP("cli", "products"), QT_TRANSLATE_NOOP("cli", "wastes"),
            QT_TRANSLATE_NOOP("cli", "accounted"), QT_TRANSLATE_NOOP("cli", "unaccounted"),
            QT_TRANSLATE_NOOP("cli", "recovery"),
            QT_TRANSLATE_NOOP("cli", "technological recovery"),
            QT_TRANSLATE_NOOP("cli", "metal unaccounted")),
               [[m.component, _n(m.feed), _n(m.products), _n(m.wastes), _n(m.accounted),
                 _n(m.unaccounted), _pct(m.recovery), _pct(m.technological_recovery),
                 "—" if m.metal_unaccounted is None else _n(m.metal_unaccounted)]
                for m in sc.metal])
        for m in sc.metal:
            look = m.where_to_look()
            if look:
                out.write(f"{m.component}: {tr('balances', look)}\n")


def _print_sheet(out: TextIO, sheet) -> None:
    """Receipts and expenditures (приход / расход), the total mass's unaccounted line, and
    per-material lines only for materials passing through unchanged."""
    from greendesk.analysis import node_balance as nb
    from greendesk.labels import label

    base = sheet.receipts_t

    def rows_of(entries) -> list[list[str]]:
        rows = []
        for e in entries:
            name = {nb.OPENING: QT_TRANSLATE_NOOP("cli", "opening stock: {material}"),
                    nb.CLOSING: QT_TRANSLATE_NOOP("cli", "closing stock: {material}")}.get(e.role)
            text = (say(name, material=e.material) if name else e.material if e.reason is None
                    else say(QT_TRANSLATE_NOOP("cli", "accounted loss ({reason}): {material}"),
                             reason=label(e.reason, translation()).lower(), material=e.material))
            share = e.share_of(base)
            rows.append(["  " + text, unit(e.unit), _n(e.qty),
                         "" if share is None else _pct(share)])
        return rows

    rows = [[say(QT_TRANSLATE_NOOP("cli", "receipts")), "", "", ""], *rows_of(sheet.receipts)]
    if sheet.has_mass:
        rows.append([say(QT_TRANSLATE_NOOP("cli", "received, total mass")), unit("t"),
                     _n(sheet.received_t), ""])
    rows += [[say(QT_TRANSLATE_NOOP("cli", "expenditures")), "", "", ""],
             *rows_of(sheet.expenditures)]
    if sheet.has_mass:
        rows.append([say(QT_TRANSLATE_NOOP("cli", "spent, total mass")), unit("t"),
                     _n(sheet.spent_t), ""])
        rows.append([say(QT_TRANSLATE_NOOP("cli", "unaccounted, total mass")), unit("t"),
                     _n(sheet.unaccounted_t), _pct(sheet.unaccounted_share)])
    for p in sheet.passing:
        rows.append([say(QT_TRANSLATE_NOOP("cli", "unaccounted, passing through: {material}"),
                         material=p.material), unit(p.unit), _n(p.unaccounted), _pct(p.share)])
    _table(out, _heads(QT_TRANSLATE_NOOP("cli", "line"), QT_TRANSLATE_NOOP("cli", "unit"),
                       QT_TRANSLATE_NOOP("cli", "quantity"),
                       QT_TRANSLATE_NOOP("cli", "of receipts")), rows)


def _print_indicators(out: TextIO, indicators) -> None:
    out.write("\n== " + say(QT_TRANSLATE_NOOP("cli", "rational use of mineral resources")) + "\n")
    for i in indicators:
        comp = f" ({i.component})" if i.component else ""
        out.write(f"{tr('balances', i.title)}{comp}: {_pct(i.value)}  [{_n(i.numerator)} / "
                  f"{_n(i.denominator)} {unit(i.unit)}]\n    {tr('balances', i.formula)}\n")


def _write_csv(out: TextIO, scopes, indicators) -> None:
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["scope", "site", "period", "section", "label", "term", "value", "unit"])
    for sc in scopes:
        d = sc.as_dict()
        name = sc.scope_name
        base = [name, sc.site_name, sc.period.label]
        for ln in d["lines"]:
            for term in ("inputs", "outputs", "stock_change", "accounted_total", "unaccounted",
                         "unaccounted_pct"):
                unit = "%" if term.endswith("pct") else ln["unit"]
                w.writerow([*base, ln["level"], ln["label"], term, ln[term], unit])
            for reason, qty in ln["accounted"].items():
                w.writerow([*base, ln["level"], ln["label"], f"accounted_{reason}", qty,
                            ln["unit"]])
        for side in ("receipts", "expenditures"):  # приход / расход
            for e in d[side]:
                term = e["role"] + (f"_{e['reason']}" if e["reason"] else "")
                w.writerow([*base, side, e["material"], term, e["qty"], e["unit"]])
        for term, value in (d["total_mass"] or {}).items():
            w.writerow([*base, "total_mass", "", term, value, "%" if term.endswith("pct")
                        else "t"])
        for p in d["passing_through"]:
            for term in ("received", "spent", "unaccounted", "unaccounted_pct"):
                w.writerow([*base, "passing_through", p["material"], term, p[term],
                            "%" if term.endswith("pct") else p["unit"]])
        for e in d["energy"]:
            for unit in ("gj", "tce"):
                for term, value in (e[unit] or {}).items():
                    w.writerow([*base, "energy", e["label"], term, value, unit.upper()
                                if unit == "gj" else "tce"])
        for m in d["metal"]:
            for term, value in m.items():
                if term != "component":
                    w.writerow([*base, "metal", m["component"], term, value,
                                "%" if term.endswith("pct") else "t"])
        w.writerow([*base, "energy_intensity", "", "gj_per_t",
                    d["energy_intensity_gj_per_t"], "GJ/t"])
    for i in indicators:
        w.writerow(["", "", "", "indicator", i.title + (f" ({i.component})" if i.component
                                                       else ""), i.key,
                    None if i.value is None else i.value * 100, "%"])


def _reconciled_rows(variables: Any, fmt: Any) -> list[list[str]]:
    """Table rows of reconciled variables; `fmt` writes a number (tonnes, or a grade)."""
    rows = []
    for v in variables:
        def f(x: float | None) -> str:
            return "—" if x is None else fmt(x)
        rows.append([v.label, say(RECONCILED.get(v.status, v.status)), f(v.measured),
                     f(v.sigma if v.measured is not None else None),
                     f(v.reconciled), f(v.adjustment),
                     "—" if v.standardised is None else f"{v.standardised:.2f}",
                     say(QT_TRANSLATE_NOOP("cli", "GROSS ERROR?")) if v.gross_error else ""])
    return rows


def _cmd_reconcile(args: argparse.Namespace) -> int:
    from greendesk.errors import DomainError
    from greendesk.services import balances as bal
    from greendesk.store.db import open_database

    period = _period(args.period)
    if not 0 < args.alpha < 0.5:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "--alpha is a significance level between 0 "
                                                       "and 0.5, e.g. 0.05."))
    db = open_database(args.db, create=False)
    try:
        site_id = _resolve_site(bal.load_reference(db), args.site)
        result = bal.reconcile_site(db, site_id, period, alpha=args.alpha)
        if args.format == "json":
            json.dump(result.as_dict(), sys.stdout, indent=2, ensure_ascii=False, default=str)
            sys.stdout.write("\n")
        else:
            _print_reconciliation(sys.stdout, result)
        if args.apply:
            _apply(db, site_id, result, args.confirm,
                   sys.stderr if args.format == "json" else sys.stdout)
    finally:
        db.close()
    return 0


def _apply(db: Any, site_id: int, result: Any, confirmed: bool, out: TextIO) -> None:
    """Write the estimated flows back (refused with one sentence); say what was written."""
    from greendesk.services.flow_reconciled import reconciled_writes, write_back

    writes = reconciled_writes(db, site_id, result)
    write_back(db, site_id, result, confirmed=confirmed).apply(db)
    out.write(say(QT_TRANSLATE_NOOP("cli", "Reconciled values written into the unmeasured "
                                           "records; flows changed: {count}."),
                  count=len(writes.totals)) + "\n")
    if writes.undetermined:
        out.write(say(QT_TRANSLATE_NOOP("cli", "Not written, since reconciliation could not "
                                               "determine them: {flows}."),
                      flows="; ".join(writes.undetermined)) + "\n")


def _print_reconciliation(out: TextIO, result: Any) -> None:
    """The reconciled tonnages, each component's grades, the global test and the notes."""
    period = result.period
    r = result.result
    out.write(say(QT_TRANSLATE_NOOP("cli", "== reconciliation: {site} — {period}"),
                  site=result.site_name, period=period.label) + "\n")
    _table(out, [*_heads(
        QT_TRANSLATE_NOOP("cli", "flow"), QT_TRANSLATE_NOOP("cli", "status"),
        QT_TRANSLATE_NOOP("cli", "measured t"), QT_TRANSLATE_NOOP("cli", "σ t"),
        QT_TRANSLATE_NOOP("cli", "reconciled t"), QT_TRANSLATE_NOOP("cli", "adjustment t")),
        "|a|/σa", say(QT_TRANSLATE_NOOP("cli", "flag"))], _reconciled_rows(result.flows, _n))
    for comp in result.components:
        out.write("\n" + say(QT_TRANSLATE_NOOP("cli", "== {component}, {unit}: balances of "
                                                      "{nodes}"),
                              component=comp.component, unit=unit(comp.unit),
                              nodes="; ".join(comp.balances)) + "\n")
        _table(out, [*_heads(
            QT_TRANSLATE_NOOP("cli", "flow"), QT_TRANSLATE_NOOP("cli", "status"),
            QT_TRANSLATE_NOOP("cli", "measured grade"), QT_TRANSLATE_NOOP("cli", "σ"),
            QT_TRANSLATE_NOOP("cli", "reconciled grade"), QT_TRANSLATE_NOOP("cli", "adjustment")),
            "|a|/σa", say(QT_TRANSLATE_NOOP("cli", "flag"))],
            _reconciled_rows(comp.grades, lambda x: f"{x:,.4g}"))
    if r.chi2 is not None:
        out.write("\n" + say(QT_TRANSLATE_NOOP(
            "cli", "global test: χ² = {chi2:,.4f}, degrees of freedom {dof}, p = {p:.4g}, "
            "critical {critical:,.4f} at {level:g} %"), chi2=r.chi2, dof=r.dof, p=r.p_value,
            critical=r.critical, level=(1 - r.alpha) * 100) + "\n")
    for text in r.explanations:
        out.write(f"{shown(text)}\n")
