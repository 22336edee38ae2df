"""Reading the fields a column mapping names out of table rows: text, numbers, years,
dates, enumerations and yes/no, each problem recorded with its location as Excel shows it.
Shared by the formation, assay and reading imports."""

from __future__ import annotations

import datetime as dt
import functools
import re

from greendesk.errors import Message
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.importers.flows_import import ImportRejected, RowProblem
from greendesk.importers.formation_mapping import (
    ENUMS,
    TARGETS,
    UNKNOWN,
    FieldSpec,
    Mapping,
    enum_word,
    fold,
)
from greendesk.readers.tabular import Table, parse_date, parse_number

MAX_PROBLEMS = 1_000
_TOKEN = re.compile(r"\{([^{}]+)\}")


def _filled(values: dict[str, str | None], m: re.Match[str]) -> str:
    """A template's {heading} replaced by the row's value; "?" where the row has none."""
    return values.get(m[1]) or "?"
_DMY_DASH = re.compile(r"([0-9]{1,2})-([0-9]{1,2})-([0-9]{4})")
_YEAR = re.compile(r"(?<![0-9])(1[7-9][0-9]{2}|2[01][0-9]{2})(?![0-9])")
_TRUE = {"yes", "y", "true", "1", "да", "иә", "si", "sí", "hazardous", "опасный", "*"}
_FALSE = {"no", "n", "false", "0", "нет", "жоқ", "non-hazardous", "неопасный"}


class Skip(Exception):
    """A cell could not be read; the problem is recorded already."""


# ---------------------------------------------------------------- reading cells
class Cells:
    """Reads mapped fields from table rows, recording every problem with its location."""

    def __init__(self, table: Table, mapping: Mapping) -> None:
        self.table = table
        self.mapping = mapping
        self.items: list[RowProblem] = []
        self.total = 0
        self.index: dict[str, int] = {}
        for j, h in enumerate(table.header):
            if h:
                self.index.setdefault(fold(h), j)
        self.unknown = {fold(u) for u in (*UNKNOWN, *mapping.unknown)}
        self.hint = table.decimal_comma_hint
        found = ", ".join(h for h in table.header if h) or "none"
        fields = TARGETS[mapping.target]
        for key, spec in mapping.fields.items():
            for h in spec.headings():
                if fold(h) not in self.index:
                    what = fields[key].label if key in fields else key
                    self.header_problem(Message(
                        QT_TRANSLATE_NOOP("Refusal", "The mapping '{mapping}' reads {what} from a "
                                                     "column {column!r}, which the file does not "
                                                     "have; its headings are: {found}."),
                        mapping=mapping.name, what=what, column=h, found=found))
        for key, fdef in fields.items():
            if fdef.required and key not in mapping.fields:
                self.header_problem(Message(
                    QT_TRANSLATE_NOOP("Refusal", "The mapping '{mapping}' does not say where "
                                                 "{field_name} comes from; it is required."),
                    mapping=mapping.name, field_name=fdef.label))

    # -- problems
    def header_problem(self, message: str | Message) -> None:
        """Record a problem of the mapping against the file's headings."""
        self.total += 1
        t = self.table
        self.items.append(RowProblem(t.source, t.sheet, max(t.first_data_row - 1, 1), "", "",
                                     None, message))

    def problem(self, i: int, col: int | None, value: object,
                message: str | Message) -> None:
        """Record a problem at a row (and column, when known)."""
        self.total += 1
        if len(self.items) >= MAX_PROBLEMS:
            return
        t = self.table
        if col is None:
            self.items.append(RowProblem(t.source, t.sheet, t.first_data_row + i, "", "",
                                         value, message))
            return
        c = t.cell(i, col)
        self.items.append(RowProblem(t.source, t.sheet, c.row, c.column, c.header or "",
                                     value, message))

    # -- raw values
    def _known(self, v: object, spec: FieldSpec) -> bool:
        if v is None:
            return False
        if isinstance(v, str):
            key = fold(v)
            return key not in self.unknown and key not in {fold(u) for u in spec.unknown}
        if spec.unknown and isinstance(v, int | float):
            return fold(plain(v)) not in {fold(u) for u in spec.unknown}
        return True

    def raw(self, row: tuple, spec: FieldSpec) -> tuple[object, int | None]:
        """The field's value in a row (None if unknown) and the column it came from."""
        if spec.value is not None:
            return spec.value, None
        if spec.template is not None:
            return self._template(row, spec, spec.template)
        for h in spec.headings():
            j = self.index.get(fold(h))
            if j is not None and self._known(row[j], spec):
                return row[j], j
        first = spec.headings()
        j = self.index.get(fold(first[0])) if first else None
        return None, j

    def _template(self, row: tuple, spec: FieldSpec, template: str
                  ) -> tuple[object, int | None]:
        parts = []
        first_col = None
        for segment in template.split(";"):
            tokens = _TOKEN.findall(segment)
            values: dict[str, str | None] = {}
            for h in tokens:
                j = self.index.get(fold(h))
                v = row[j] if j is not None else None
                if j is not None and first_col is None:
                    first_col = j
                values[h] = plain(v) if self._known(v, spec) else None
            if tokens and all(v is None for v in values.values()):
                continue
            parts.append(_TOKEN.sub(functools.partial(_filled, values), segment).strip())
        text = "; ".join(p for p in parts if p)
        return (text or None), first_col

    # -- typed values
    def text(self, i: int, row: tuple, spec: FieldSpec | None, limit: int = 2000
             ) -> str | None:
        """The field as text (blank space folded); a problem when longer than `limit`."""
        if spec is None:
            return None
        v, col = self.raw(row, spec)
        if v is None:
            return None
        text = " ".join(plain(v).split())
        if len(text) > limit:
            self.problem(i, col, v, Message(
                QT_TRANSLATE_NOOP("Refusal", "The text is {count:,} characters long, over the "
                                             "limit of {limit:,}."),
                count=len(text), limit=limit))
            raise Skip
        return text or None

    def number(self, i: int, row: tuple, spec: FieldSpec | None) -> float | None:
        """The field as a number, read with the mapping's decimal mark and scale."""
        if spec is None:
            return None
        v, col = self.raw(row, spec)
        if v is None:
            return None
        decimal = spec.decimal or self.mapping.decimal
        comma = {"comma": True, "point": False}.get(decimal, self.hint)
        try:
            x = parse_number(v, decimal_comma=comma)
        except ValueError as exc:
            said = str(exc)
            if said.startswith("ambiguous"):
                msg = (Message(QT_TRANSLATE_NOOP("Refusal", "{show} is ambiguous: the comma may "
                                                            "separate thousands or decimals; set "
                                                            "the column's decimal mark in the "
                                                            "mapping."), show=show(v)))
            elif "decimal mark" in said:
                msg = Message(QT_TRANSLATE_NOOP("Refusal", "{show} does not use the decimal mark "
                                                           "the mapping sets."), show=show(v))
            else:
                msg = Message(QT_TRANSLATE_NOOP("Refusal", "{show} is not a number."), show=show(v))
            self.problem(i, col, v, msg)
            raise Skip from None
        return x * spec.scale if spec.scale else x

    def year(self, i: int, row: tuple, spec: FieldSpec | None) -> int | None:
        """The field as a year (a date gives its year)."""
        if spec is None:
            return None
        v, col = self.raw(row, spec)
        if v is None:
            return None
        if isinstance(v, dt.date):
            return v.year
        if isinstance(v, int | float) and not isinstance(v, bool) and float(v).is_integer():
            y = int(v)
            if 1700 <= y <= 2200:
                return y
        m = _YEAR.findall(plain(v)) if isinstance(v, str) else []
        if len(m) == 1:
            return int(m[0])
        self.problem(i, col, v, Message(QT_TRANSLATE_NOOP("Refusal", "{show} is not a year such "
                                                                     "as 1975."), show=show(v)))
        raise Skip

    def date(self, i: int, row: tuple, spec: FieldSpec | None) -> dt.date | None:
        """The field as a date, in the forms officers write them."""
        if spec is None:
            return None
        v, col = self.raw(row, spec)
        if v is None:
            return None
        if isinstance(v, str) and (m := _DMY_DASH.fullmatch(v.strip())):
            v = f"{m[1]}.{m[2]}.{m[3]}"
        try:
            d = parse_date(v)
        except ValueError:
            self.problem(i, col, v, Message(
                QT_TRANSLATE_NOOP("Refusal", "{show} is not a date; write 2025-03-31 or "
                                             "31.03.2025."),
                show=show(v)))
            raise Skip from None
        if not 1900 < d.year < 2200:
            self.problem(i, col, v, Message(
                QT_TRANSLATE_NOOP("Refusal", "The date {date} is out of range."),
                date=d.isoformat()))
            raise Skip
        return d

    def enum(self, i: int, row: tuple, spec: FieldSpec | None, kind: str) -> str | None:
        """The field as one of `kind`'s values, through the mapping's word list."""
        if spec is None:
            return None
        v, col = self.raw(row, spec)
        if v is None:
            return None
        word = plain(v)
        mapped = {fold(k): val for k, val in spec.values.items()}
        if fold(word) in mapped:
            return mapped[fold(word)] or None
        value = enum_word(kind, word)
        if value is None:
            allowed = ", ".join(m.value for m in ENUMS[kind])
            self.problem(i, col, v, Message(
                QT_TRANSLATE_NOOP("Refusal", "{show} is not a {kind} GreenDesk knows ({allowed}); "
                                             "say what it means in the mapping's values."),
                show=show(v), kind=kind.replace('_', ' '), allowed=allowed))
            raise Skip
        return value

    def boolean(self, i: int, row: tuple, spec: FieldSpec | None) -> bool | None:
        """The field as yes or no (the mapping's words, else the usual ones)."""
        if spec is None:
            return None
        v, col = self.raw(row, spec)
        if v is None:
            return None
        if isinstance(v, bool):
            return v
        key = fold(plain(v))
        mapped = {fold(k): val for k, val in spec.values.items()}
        key = fold(mapped.get(key, key))
        if key in _TRUE:
            return True
        if key in _FALSE:
            return False
        self.problem(i, col, v, Message(
            QT_TRANSLATE_NOOP("Refusal", "{show} is neither yes nor no."),
            show=show(v)))
        raise Skip

    def column_of(self, spec: FieldSpec | None) -> int | None:
        """The column the field is read from, to place its problems."""
        if spec is None:
            return None
        heads = spec.headings()
        return self.index.get(fold(heads[0])) if heads else None

    def rejected(self) -> ImportRejected:
        """The refusal, problems in the order of the sheet: by row, then by column."""
        items = sorted(self.items, key=lambda p: (p.row, len(p.column_letter),
                                                  p.column_letter))
        return ImportRejected(self.table.source, items, self.total)


def plain(v: object) -> str:
    """A cell as text: whole floats without ".0", dates in ISO form."""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    if isinstance(v, dt.datetime | dt.date):
        return v.isoformat()
    return str(v).strip()


def show(value: object) -> str:
    """A value as a problem quotes it: text in quotes (cut at 60 characters), numbers short."""
    if isinstance(value, str):
        text = value if len(value) <= 60 else value[:57] + "..."
        return "'" + text.replace("\n", " ") + "'"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def blank(row: tuple) -> bool:
    """Every cell of the row is empty."""
    return all(v is None for v in row)
