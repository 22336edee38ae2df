"""Reading flow rows: the headings officers write, names resolved to ids, every cell checked.

Names are resolved with dictionaries prepared once and each distinct (site, from, to,
material, unit) combination is checked once with FlowValidator, and each distinct date
once, so the per-row Python work stays a few dictionary look-ups. The checker runs over a
stream of rows and hands out the valid ones in chunks, so a file of any length is checked
and written in bounded memory.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Iterable, Iterator
from typing import cast

from greendesk.errors import DomainError, Message, message_of, term
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.importers.import_problems import (
    RowProblem,
)
from greendesk.models import DatePrecision, Method, ReconciliationRole
from greendesk.readers.tabular import Table, column_letter, parse_date, parse_number
from greendesk.services.catalog import Catalog
from greendesk.services.flows import MAX_QUANTITY_T, FlowDraft, FlowValidator
from greendesk.services.periods_closed import label as period_label
from greendesk.units import UnitError, factor, normalise_unit

FLOWS_SHEET = "Flows"
MAX_PROBLEMS = 1_000
MAX_NOTE = 2_000
PROGRESS_EVERY = 5_000

# Field -> the English heading the template writes, then every accepted alias.
COLUMNS: dict[str, tuple[str, ...]] = {
    "date": ("Date", "дата", "күні", "күн", "period", "период", "кезең"),
    "site": ("Site", "площадка", "алаң", "участок"),
    "from": ("From", "откуда", "қайдан", "from node", "source", "источник"),
    "to": ("To", "куда", "қайда", "to node", "destination", "получатель"),
    "material": ("Material", "материал"),
    "quantity": ("Quantity", "qty", "количество", "кол-во", "саны", "мөлшері"),
    "unit": ("Unit", "ед. изм.", "ед.изм.", "ед изм", "единица", "единица измерения",
             "единицы измерения", "өлшем бірлігі", "units"),
    "method": ("Method", "метод", "способ", "әдіс", "тәсіл"),
    "uncertainty": ("Uncertainty %", "uncertainty", "uncertainty, %", "uncertainty (%)",
                    "неопределённость", "неопределённость, %", "неопределённость %",
                    "погрешность", "погрешность, %", "белгісіздік", "белгісіздік, %"),
    "note": ("Note", "notes", "comment", "примечание", "комментарий", "ескертпе",
             "ескерту"),
    "reconciliation": ("Reconciliation", "увязка", "увязка баланса", "согласование",
                       "үйлестіру", "балансты үйлестіру", "келістіру"),
}
REQUIRED = ("date", "site", "from", "to", "material", "quantity", "unit")
HEADING = {f: names[0] for f, names in COLUMNS.items()}

# A row's site, from and to nodes, material, unit symbol and factor to canonical, resolved.
Combo = tuple[int, int, int, int, str, float]

_METHOD_WORDS: dict[str, Method] = {}
for _named, _words in {
    Method.MEASURED: ("measured", "measurement", "metered", "m", "измерено", "измерен",
                      "измеренный", "измерение", "замер", "прибор", "өлшенген", "өлшеу"),
    Method.CALCULATED: ("calculated", "calculation", "calc", "c", "расчёт", "расчет",
                        "расчётный", "расчетный", "рассчитано", "расчётное", "расчетное",
                        "есептелген", "есептеу", "есеп"),
    Method.ESTIMATED: ("estimated", "estimate", "estimation", "e", "оценка", "оценено",
                      "оценочный", "оценочное", "экспертная оценка", "бағаланған",
                      "бағалау"),
}.items():
    for _word in _words:
        _METHOD_WORDS[_word] = _named

# A flow's reconciliation role in the three languages (blank: measured).
_ROLE_WORDS: dict[str, ReconciliationRole] = {w: r for r, words in {
    ReconciliationRole.MEASURED: ("", "measured", "измерено", "измеряемый", "өлшенген"),
    ReconciliationRole.UNMEASURED: ("unmeasured", "not measured", "не измерено", "неизмерено",
                                    "неизмеряемый", "өлшенбеген"),
    ReconciliationRole.CONSTANT: ("constant", "константа", "постоянный", "постоянная",
                                  "тұрақты"),
}.items() for w in words}

# What officers in Kazakhstan type in Russian, compacted (case-folded, no spaces, dots or
# multiplication dots) -> GreenDesk's symbol. "Мт" is left out for the same reason units.py
# leaves out "mt": it could be off by a million.
_RU_UNITS = {
    "т": "t", "тн": "t", "тонн": "t", "тонна": "t", "тонны": "t", "кг": "kg", "тыст": "kt",
    "кт": "kt", "млнт": "Mt", "м3": "m³", "м³": "m³", "кубм": "m³", "мкуб": "m³",
    "л": "L", "литр": "L", "литров": "L", "тысм3": "thousand m³", "тысм³": "thousand m³",
    "гдж": "GJ", "тдж": "TJ", "квтч": "kWh", "мвтч": "MWh", "гвтч": "GWh", "гкал": "Gcal",
    "тут": "tce", "тнэ": "toe",
}
_UNIT_NOISE = re.compile(r"[\s.·⋅*]+")

_MONTH_ISO = re.compile(r"([0-9]{4})-([0-9]{1,2})")
_MONTH_DMY = re.compile(r"([0-9]{1,2})[./]([0-9]{4})")
_SPACES = re.compile(r"\s+")



# ---------------------------------------------------------------- small parsers
def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def _heading_key(text: str) -> str:
    return _fold(text.replace("ё", "е").replace("Ё", "Е")).rstrip(":*").strip()


_ALIAS: dict[str, str] = {_heading_key(a): f for f, names in COLUMNS.items() for a in names}


def parse_flow_date(value: object) -> tuple[dt.date, DatePrecision]:
    """A day (anything tabular.parse_date reads) or a month: "2025-03", "03.2025", "3/2025"
    is a monthly total dated on the 1st. Raises ValueError with a sentence.

    A bare number is taken as an Excel serial date only if it lands in 1990-2100: a year
    typed alone (2025) would otherwise become a day in 1905."""
    if isinstance(value, str):
        text = value.strip()
        m = _MONTH_ISO.fullmatch(text)
        year, month = (int(m[1]), int(m[2])) if m else (0, 0)
        if not m and (m := _MONTH_DMY.fullmatch(text)):
            year, month = int(m[2]), int(m[1])
        if m:
            if not 1 <= month <= 12 or year < 1:
                raise ValueError(Message(
                    QT_TRANSLATE_NOOP("Refusal", "{show} is not a month of the calendar."),
                    show=_show(value)))
            return dt.date(year, month, 1), DatePrecision.MONTH
    try:
        day = parse_date(value)
    except ValueError:
        raise ValueError(Message(
            QT_TRANSLATE_NOOP("Refusal", "{show} is not a date; write 2025-03-31 or 31.03.2025 "
                                         "for a day, 2025-03 or 03.2025 for a monthly total."),
            show=_show(value))) from None
    if isinstance(value, int | float) and not 1990 <= day.year <= 2100:
        raise ValueError(Message(QT_TRANSLATE_NOOP("Refusal", "{show} is a number, not a date; "
                                                              "format the cell as a date or write "
                                                              "2025-03-31."), show=_show(value)))
    return day, DatePrecision.DAY


def _show(value: object) -> str:
    """A cell value as a message quotes it."""
    if isinstance(value, str):
        text = value if len(value) <= 60 else value[:57] + "..."
        return "'" + text.replace("\n", " ") + "'"
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def _text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return str(value)


def _number_problem(value: object, exc: ValueError) -> Message:
    said = str(exc)
    if said.startswith("ambiguous"):
        return (Message(
            QT_TRANSLATE_NOOP("Refusal", "{show} is ambiguous: the comma may separate thousands "
                                         "or decimals; write the number without a thousands "
                                         "separator."),
            show=_show(value)))
    if "decimal mark" in said:
        return Message(
            QT_TRANSLATE_NOOP("Refusal", "{show} does not use the file's decimal mark."),
            show=_show(value))
    if "two decimal marks" in said or "misplaced" in said:
        return Message(QT_TRANSLATE_NOOP("Refusal", "{show} is not a number: its separators are "
                                                    "misplaced."), show=_show(value))
    return Message(QT_TRANSLATE_NOOP("Refusal", "{show} is not a number."), show=_show(value))


def parse_method(value: object) -> Method:
    """measured, calculated, estimated — or their Russian words — as a Method."""
    word = _fold(_text(value)).replace("ё", "е")
    try:
        return Method(word)
    except ValueError:
        pass
    method = _METHOD_WORDS.get(word) or _METHOD_WORDS.get(word.replace("е", "ё"))
    if method is None:
        raise ValueError(Message(
            QT_TRANSLATE_NOOP("Refusal", "{show} is not a method; write measured, calculated or "
                                         "estimated (измерено, расчёт, оценка)."),
            show=_show(value)))
    return method


def parse_role(value: object) -> ReconciliationRole:
    """measured, unmeasured, constant — in English, Russian or Kazakh — as a role."""
    role = _ROLE_WORDS.get(_fold(_text(value)).replace("ё", "е"))
    if role is None:
        raise ValueError(Message(
            QT_TRANSLATE_NOOP("Refusal", "{show} is not a reconciliation role; write measured, "
                                         "unmeasured or constant (измерено, не измерено, "
                                         "константа)."),
            show=_show(value)))
    return role


def _unit_text(value: object) -> str:
    text = " ".join(_text(value).split())
    return _RU_UNITS.get(_UNIT_NOISE.sub("", text.casefold()), text)


# ---------------------------------------------------------------- the checker
class Problems:
    """Collects problems, keeping the first MAX_PROBLEMS and counting the rest."""

    def __init__(self, table: Table) -> None:
        self.table = table
        self.items: list[RowProblem] = []
        self.total = 0

    def add(self, row_index: int, col_index: int, value: object,
            message: str | Message) -> None:
        """Record a problem at a cell (only the first MAX_PROBLEMS are kept; all are counted)."""
        self.total += 1
        if len(self.items) < MAX_PROBLEMS:
            t = self.table
            c = t.cell(row_index, col_index)
            self.items.append(RowProblem(t.source, t.sheet, c.row, c.column, c.header or "",
                                         value, message))

    def add_header(self, message: str | Message) -> None:
        """Record a problem of the heading row."""
        self.total += 1
        t = self.table
        self.items.append(RowProblem(t.source, t.sheet, t.first_data_row - 1, "", "", None,
                                     message))


def map_columns(table: Table, problems: Problems) -> dict[str, int]:
    """Field -> column index from the headings (any of the known aliases, in any of the
    languages); a missing required column or one given twice is recorded as a problem."""
    cols: dict[str, int] = {}
    for j, head in enumerate(table.header):
        f = _ALIAS.get(_heading_key(head)) if head else None
        if f is None:
            continue
        if f in cols:
            problems.add_header(
                Message(
                    QT_TRANSLATE_NOOP("Refusal", "Columns {first} and {second} are both "
                                                 "{heading}; keep one of them."),
                    first=column_letter(cols[f]), second=column_letter(j),
                    heading=HEADING[f]))
            continue
        cols[f] = j
    found = ", ".join(h for h in table.header if h) or "none"
    for f in REQUIRED:
        if f not in cols:
            problems.add_header(Message(
                QT_TRANSLATE_NOOP("Refusal", "The required column {column} is missing; the "
                                             "headings found in row {row} are: {found}."),
                column=HEADING[f], row=table.first_data_row - 1, found=found))
    return cols


class _Resolver:
    """Names -> ids for one (site, from, to, material, unit) combination, checked once."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self.validator = FlowValidator(catalog)
        self.sites = {_fold(name): id_ for id_, name in catalog.sites.items()}
        self.nodes = {(n.site_id, _fold(n.name)): n.id for n in catalog.nodes.values()}
        self.node_sites: dict[str, list[int]] = {}
        for n in catalog.nodes.values():
            self.node_sites.setdefault(_fold(n.name), []).append(n.site_id)
        self.materials = {_fold(m.name): m.id for m in catalog.materials.values()}

    def resolve(self, cols: tuple[int, int, int, int, int], values: tuple[object, ...]
                ) -> tuple[Combo | None, list[tuple[int, Message]]]:
        """Ids, unit symbol and factor to canonical; or the (column, message) problems."""
        c_site, c_from, c_to, c_mat, c_unit = cols
        site_v, from_v, to_v, mat_v, unit_v = values
        cat = self.catalog
        problems: list[tuple[int, Message]] = []
        site_id = None
        if site_v is None:
            problems.append((c_site, Message(QT_TRANSLATE_NOOP("Refusal", "The site is missing."))))
        elif (site_id := self.sites.get(_fold(_text(site_v)))) is None:
            known = ", ".join(sorted(cat.sites.values())) or "none yet"
            problems.append((c_site, Message(
                QT_TRANSLATE_NOOP("Refusal", "{show} is not a site of the plant; the sites are: "
                                             "{known}."),
                show=_show(site_v), known=known)))
        node_ids = []
        for col, value, what in ((c_from, from_v, QT_TRANSLATE_NOOP("Refusal", "comes from")),
                                 (c_to, to_v, QT_TRANSLATE_NOOP("Refusal", "goes to"))):
            node_id = None
            if value is None:
                problems.append((col, Message(
                    QT_TRANSLATE_NOOP("Refusal", "The node the flow {what} is missing."),
                    what=term(what))))
            elif site_id is not None:
                key = _fold(_text(value))
                node_id = self.nodes.get((site_id, key))
                if node_id is None:
                    elsewhere = [cat.sites[s] for s in self.node_sites.get(key, ())]
                    site_name = cat.sites[site_id]
                    problems.append((col, Message(
                        QT_TRANSLATE_NOOP("Refusal", "{show} is not a node of {site}; it belongs "
                                                     "to {sites}. Flows run within one site: "
                                                     "record a shipment and a receipt at each "
                                                     "site's boundary nodes.") if elsewhere else
                        QT_TRANSLATE_NOOP("Refusal", "{show} is not a node of {site}."),
                        show=_show(value), site=site_name, sites=", ".join(elsewhere))))
            node_ids.append(node_id)
        mat_id = None
        if mat_v is None:
            problems.append((c_mat, Message(
                QT_TRANSLATE_NOOP("Refusal", "The material is missing."))))
        elif (mat_id := self.materials.get(_fold(_text(mat_v)))) is None:
            problems.append((c_mat, Message(
                QT_TRANSLATE_NOOP("Refusal", "{show} is not in the material catalogue."),
                show=_show(mat_v))))
        if unit_v is None:
            problems.append((c_unit, Message(QT_TRANSLATE_NOOP("Refusal", "The unit is missing."))))
        elif problems and mat_id is not None:   # the unit can still be checked on its own
            try:
                factor(normalise_unit(_unit_text(unit_v)), cat.materials[mat_id].units())
            except UnitError as exc:
                problems.append((c_unit, _explain(DomainError(message_of(exc)), unit_v, True)))
        if problems:
            return None, problems
        assert site_id is not None and mat_id is not None
        src, dst = node_ids
        assert src is not None and dst is not None
        draft = FlowDraft(dt.date(2000, 1, 1), src, dst, mat_id, 1.0, _unit_text(unit_v))
        try:
            checked = self.validator.check(draft)
        except DomainError as exc:
            col = {"from_node": c_from, "to_node": c_to, "material": c_mat,
                   "unit": c_unit}.get(exc.field or "", c_unit)
            value = {c_from: from_v, c_to: to_v, c_mat: mat_v}.get(col, unit_v)
            return None, [(col, _explain(exc, value, col == c_unit))]
        to_canonical = checked["qty_canonical"]  # of the quantity 1.0
        assert isinstance(to_canonical, float | int)
        return (site_id, src, dst, mat_id, str(checked["unit_entered"]),
                float(to_canonical)), []


def _explain(exc: DomainError, value: object, is_unit: bool) -> Message:
    message = exc.message
    if is_unit and message.template.startswith("Unknown unit"):
        return Message(QT_TRANSLATE_NOOP("Refusal", "{value} is not a unit GreenDesk knows; "
                                                    "accepted units are {units}."),
                       value=_show(value), units=message.args.get("units", ""))
    return message


def _out_of_range(catalog: Catalog, mat_id: int, qty: float, unit: str,
                  canonical: float) -> Message:
    """The sentence FlowValidator says for a canonical quantity of 0 (an underflow such as
    5e-324 kg) or over a billion."""
    mat = catalog.materials[mat_id]
    if canonical > 0:
        return (Message(
            QT_TRANSLATE_NOOP("Refusal", "{qty:,.6g} {unit} of {material} is more than a billion "
                                         "{canonical} in one record; check the quantity and unit."),
            qty=qty, unit=unit, material=mat.name, canonical=mat.canonical_unit))
    return (Message(
        QT_TRANSLATE_NOOP("Refusal", "{qty!r} {unit} is too small to record: it is 0 {canonical} "
                                     "once converted; check the quantity and unit."),
        qty=qty, unit=unit, canonical=mat.canonical_unit))


def closed_refusal(iso_day: str, closed: set[str]) -> Message | None:
    """The sentence check_open would say for a day in a closed month or year, or None."""
    for period in (iso_day[:4], iso_day[:7]):
        if period in closed:
            return (Message(
                QT_TRANSLATE_NOOP("Refusal", "{period} is closed; reopen it (with a reason) to "
                                             "change its records."),
                period=period_label(period)))
    return None


Chunk = tuple[list[tuple], list[int]]   # insert tuples (ROW_COLUMNS) and their row indices


class RowChecker:
    """Checks every row of a table and hands out the valid ones in chunks, but only while the
    file is still clean: after the first problem the rest is only checked, so the officer
    gets the full list, and nothing more is handed out to be written.

    `closed` (periods such as "2025-03" or "2025") and `today` are what the ledger refuses
    too: a record in a closed month, or dated after today, is a problem of its row."""

    def __init__(self, table: Table, cols: dict[str, int], catalog: Catalog,
                 problems: Problems, *, closed: set[str], today: dt.date) -> None:
        self.table, self.cols, self.problems = table, cols, problems
        self.resolver = _Resolver(catalog)
        self.closed, self.today = closed, today

    def _date(self, v: object) -> tuple[str, str] | Message:
        """(ISO date, precision) of a date cell, or the sentence saying what is wrong."""
        if v is None:
            return Message(QT_TRANSLATE_NOOP("Refusal", "The date is missing."))
        if type(v) is bool:
            return Message(QT_TRANSLATE_NOOP("Refusal", "{value} is not a date."), value=v)
        try:
            when, precision = parse_flow_date(v)
        except ValueError as exc:
            return message_of(exc)
        if not 1900 < when.year < 2200:
            return Message(
                QT_TRANSLATE_NOOP("Refusal", "The date {date} is out of range."),
                date=when.isoformat())
        if when > self.today:
            return (Message(
                QT_TRANSLATE_NOOP("Refusal", "The date {date} is after today ({today}); a flow "
                                             "record states what has happened."),
                date=when.isoformat(), today=self.today.isoformat()))
        iso = when.isoformat()
        if refusal := closed_refusal(iso, self.closed):
            return refusal
        return iso, DatePrecision.MONTH.value if precision is DatePrecision.MONTH else \
            DatePrecision.DAY.value

    def chunks(self, rows: Iterable[tuple], size: int,  # noqa: C901 - one hot loop
               tick: Callable[[int], None] | None = None) -> Iterator[Chunk]:
        """Valid rows in chunks of `size` while no problem has been found; `tick(i)` every
        PROGRESS_EVERY rows."""
        table, cols, problems = self.table, self.cols, self.problems
        resolver = self.resolver
        c_date, c_site, c_from, c_to, c_mat, c_qty, c_unit = (cols[f] for f in REQUIRED)
        key_cols = (c_site, c_from, c_to, c_mat, c_unit)
        c_method, c_unc, c_note = cols.get("method"), cols.get("uncertainty"), cols.get("note")
        hint = table.decimal_comma_hint
        dates: dict[object, tuple[str, str] | Message] = {}
        combos: dict[tuple, Combo | list[tuple[int, Message]]] = {}
        methods: dict[object, str] = {None: Method.MEASURED.value}
        c_role = cols.get("reconciliation")
        roles: dict[object, str] = {None: ReconciliationRole.MEASURED.value}
        add = problems.add
        out: list[tuple] = []
        where: list[int] = []
        measured = Method.MEASURED.value
        every = PROGRESS_EVERY
        for i, r in enumerate(rows):
            if i % every == 0 and tick is not None and i:
                tick(i)
            ok = True
            # -- where: site, from, to, material, unit, as one cached combination
            key = (r[c_site], r[c_from], r[c_to], r[c_mat], r[c_unit])
            combo = combos.get(key)
            if combo is None:
                if not any(v is not None for v in r):
                    continue    # a blank line inside the table
                resolved, found = resolver.resolve(key_cols, key)
                combo = combos[key] = resolved if resolved is not None else found
            if type(combo) is list:
                if not any(v is not None for v in r):
                    continue
                for col, message in combo:
                    add(i, col, r[col], message)
                ok = False
            # -- when
            v = r[c_date]
            d = dates.get(v) if type(v) is not bool else None
            if d is None:
                d = self._date(v)
                if type(v) is not bool:
                    dates[v] = d
            if isinstance(d, Message):
                add(i, c_date, v, d)
                ok, day = False, ("", "")
            else:
                day = d
            # -- how much
            v = r[c_qty]
            t = type(v)
            if t is float or t is int:
                qty = float(v)
            elif v is None:
                add(i, c_qty, v, Message(QT_TRANSLATE_NOOP("Refusal", "The quantity is missing.")))
                ok, qty = False, 1.0
            else:
                try:
                    qty = parse_number(v, decimal_comma=hint)
                except ValueError as exc:
                    add(i, c_qty, v, _number_problem(v, exc))
                    ok, qty = False, 1.0
            if not qty > 0 or qty == math.inf:
                add(i, c_qty, v, Message(
                    QT_TRANSLATE_NOOP("Refusal", "The quantity must be greater than zero, not "
                                                 "{show}."),
                    show=_show(v))
                    if qty <= 0 else Message(
                        QT_TRANSLATE_NOOP("Refusal", "{show} is not a number."),
                        show=_show(v)))
                ok = False
            # -- method, uncertainty, note (optional)
            method = measured
            if c_method is not None:
                v = r[c_method]
                m = methods.get(v)
                if m is None:
                    try:
                        m = methods[v] = parse_method(v).value
                    except ValueError as exc:
                        add(i, c_method, v, message_of(exc))
                        ok, m = False, measured
                method = m
            role = "measured"
            if c_role is not None:
                v = r[c_role]
                role = roles.get(v) or ""
                if not role:
                    try:
                        role = roles[v] = parse_role(v).value
                    except ValueError as exc:
                        add(i, c_role, v, message_of(exc))
                        ok = False
                if role == "unmeasured" and method == measured:
                    method = Method.ESTIMATED.value  # an estimate, never a measurement
            unc = None
            if c_unc is not None and (v := r[c_unc]) is not None:
                t = type(v)
                try:
                    unc = float(v) if t is float or t is int else parse_number(
                        str(v).rstrip("% "), decimal_comma=hint)
                    if not 0 <= unc <= 100:
                        add(i, c_unc, v, Message(
                            QT_TRANSLATE_NOOP("Refusal", "The uncertainty is a percentage from 0 "
                                                         "to 100, not {value:g}."),
                            value=unc))
                        ok = False
                except ValueError as exc:
                    add(i, c_unc, v, _number_problem(v, exc))
                    ok = False
            note = ""
            if c_note is not None and (v := r[c_note]) is not None:
                note = v.strip() if type(v) is str else _text(v)
                if len(note) > MAX_NOTE:
                    add(i, c_note, v, Message(
                        QT_TRANSLATE_NOOP("Refusal", "The note is {count:,} characters long, over "
                                                     "the limit of {most:,}."),
                        count=len(note), most=MAX_NOTE))
                    ok = False
            if ok:
                site_id, src, dst, mat_id, unit, fac = cast(Combo, combo)  # ok: no problems
                canonical = qty * fac
                if not 0 < canonical <= MAX_QUANTITY_T:
                    add(i, c_qty, r[c_qty], _out_of_range(resolver.catalog, mat_id, qty, unit,
                                                          canonical))
                    continue
                if unc == 0:
                    unc = 0.0                   # -0 is stored as 0: keep what is digested
                if problems.total:
                    continue
                out.append((site_id, day[0], day[1], src, dst, mat_id, qty, unit,
                            canonical, method, unc, note, role))
                where.append(i)
                if len(out) >= size:
                    yield out, where
                    out, where = [], []
        if out and not problems.total:
            yield out, where

    def label(self, i: int) -> Message:
        """How a refusal names row `i`: "flows.xlsx, sheet Flows, row 17"."""
        t = self.table
        if t.sheet:
            return Message(QT_TRANSLATE_NOOP("Refusal", "{file}, sheet {sheet}, row {row}"),
                           file=t.source, sheet=t.sheet, row=t.first_data_row + i)
        return Message(QT_TRANSLATE_NOOP("Refusal", "{file}, row {row}"), file=t.source,
                       row=t.first_data_row + i)
