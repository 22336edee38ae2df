"""How the plant set-up workbook describes a sheet: its columns (heading, what to write, the
kind of value and its drop-down) and the service calls that write and remove a row.

A sheet is a `SheetSpec`; the workbook is the registry `plant_sheets.PLANT_SHEETS`. Headings,
sheet titles and drop-down values are written in the officer's language and read back in any
of GreenDesk's languages, so a workbook filled in Russian imports on an English desk.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from enum import Enum
from functools import cache

from greendesk import labels
from greendesk.errors import DomainError, Message, Translate, english
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.readers.tabular import Value, parse_date, parse_number
from greendesk.store.db import Database

CONTEXT = "plantbook"  # the translation context of the workbook's titles, headings and help
LANGUAGES = ("en", "ru", "kk")
FORMULA_START = ("=", "+", "@")  # text Excel would run as a formula when the sheet is opened


def fold(text: str) -> str:
    """A name as names are compared: blank space folded, case ignored."""
    return " ".join(text.split()).casefold()


@cache
def _translations(context: str, text: str) -> frozenset[str]:
    from greendesk.i18n_catalog import catalogue_for

    return frozenset(fold(catalogue_for(code)(context, text)) for code in LANGUAGES) | {
        fold(text)}


def spellings(context: str, text: str) -> frozenset[str]:
    """Every way `text` may be written back: English and each catalogue's translation, folded."""
    return _translations(context, text)


def enum_label(member: Enum, translate: Translate = english) -> str:
    """An enumeration value as the workbook writes it: its display name, else its code."""
    try:
        return labels.label(member, translate)
    except KeyError:
        return str(member.value)


def _enum_spellings(member: Enum) -> frozenset[str]:
    try:
        named = spellings(*labels.source(member))
    except KeyError:
        named = frozenset()
    return named | {fold(str(member.value))}


@dataclass(frozen=True)
class Column:
    """A column of a sheet. `kind` is text, number, integer, date, flag or choice (`choices`
    then names the enumeration); `names` makes a drop-down of another sheet's first column
    (its title's key); `fields` are the service's DomainError fields that belong here."""

    key: str
    heading: str
    help: str
    kind: str = "text"
    required: bool = False
    choices: type[Enum] | None = None
    names: str | None = None
    fields: tuple[str, ...] = ()
    width: int = 18

    def parse(self, value: Value) -> object:
        """The cell as the service's value (None for an empty optional cell); ValueError with
        a Message saying what is wrong."""
        if isinstance(value, str):
            value = " ".join(value.split())
            if value.startswith(FORMULA_START):
                raise ValueError(Message(QT_TRANSLATE_NOOP(
                    "Refusal", "a formula (or text starting with =, + or @) is not a value; "
                               "type the value itself.")))
        if value is None or value == "":
            if self.required:
                raise ValueError(Message(QT_TRANSLATE_NOOP("Refusal", "this cell must be "
                                                                      "filled in.")))
            return "" if self.kind == "text" else None
        return _PARSERS[self.kind](self, value)

    def cell(self, value: object, translate: Translate = english) -> Value:
        """A stored value as the workbook shows it."""
        if isinstance(value, Enum):
            return enum_label(value, translate)
        if isinstance(value, bool):
            return translate(CONTEXT, YES if value else NO)
        if value == "" or isinstance(value, tuple) and not value:
            return None
        if isinstance(value, tuple):
            return ", ".join(map(str, value))
        return value  # type: ignore[return-value]

    def options(self, translate: Translate = english) -> list[str]:
        """The drop-down of a choice or flag column in `translate`'s language."""
        if self.kind == "flag":
            return [translate(CONTEXT, YES), translate(CONTEXT, NO)]
        return [enum_label(m, translate) for m in self.choices or ()]


YES, NO = QT_TRANSLATE_NOOP("plantbook", "yes"), QT_TRANSLATE_NOOP("plantbook", "no")


def _text(_c: Column, value: Value) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # a BIN or licence number typed as a number
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()[:10]
    return str(value)


def _number(_c: Column, value: Value) -> float:
    if isinstance(value, bool | dt.date):
        raise ValueError(Message(QT_TRANSLATE_NOOP("Refusal", "not a number: {value!r}"),
                                 value=str(value)))
    return parse_number(value)


def _integer(c: Column, value: Value) -> int:
    number = _number(c, value)
    if not number.is_integer():
        raise ValueError(Message(QT_TRANSLATE_NOOP("Refusal", "{value!r} is not a whole "
                                                              "number."), value=value))
    return int(number)


def _date(_c: Column, value: Value) -> dt.date:
    return parse_date(value)


def _flag(_c: Column, value: Value) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    word = fold(str(value))
    if word in spellings(CONTEXT, YES) | {"true", "1", "y"}:
        return True
    if word in spellings(CONTEXT, NO) | {"false", "0", "n"}:
        return False
    raise ValueError(Message(QT_TRANSLATE_NOOP("Refusal", "{value!r} is neither yes nor no."),
                             value=value))


def _choice(c: Column, value: Value) -> Enum:
    assert c.choices is not None
    word = fold(str(value))
    for member in c.choices:
        if word in _enum_spellings(member):
            return member
    raise ValueError(Message(QT_TRANSLATE_NOOP("Refusal", "{value!r} is not one of the list: "
                                                          "{choices}."),
                             value=value, choices=", ".join(c.options())))


_PARSERS: dict[str, Callable[[Column, Value], object]] = {
    "text": _text, "number": _number, "integer": _integer, "date": _date, "flag": _flag,
    "choice": _choice}


@dataclass(frozen=True)
class Record:
    """A stored record as a sheet row: its id and its values by column key."""
    id: int
    values: dict[str, object]


class Refs:
    """Names of a row turned into the ids the services take, read in the import's own
    transaction (so a site added on sheet Sites is found by sheet Nodes). Each kind of name
    is read once and read again only when a name is not found (it may have been added since)."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._known: dict[str, dict[tuple[object, str], int]] = {}

    def _loaders(self) -> dict[str, Callable[[], Iterable[tuple[object, str, int]]]]:
        from greendesk.services.formations import list_formations
        from greendesk.services.materials import list_materials
        from greendesk.services.monitoring import list_parameters, list_points
        from greendesk.services.structure import get_plant

        def nodes() -> Iterable[tuple[object, str, int]]:
            return [(s.id, n.name, n.id) for s in get_plant(self.db).sites for n in s.nodes]
        return {
            "site": lambda: [(None, s.name, s.id) for s in get_plant(self.db).sites],
            "node": nodes,
            "material": lambda: [(None, m.name, m.id) for m in list_materials(self.db)],
            "formation": lambda: [(None, f.name, f.id) for f in list_formations(self.db)],
            "point": lambda: [(None, p.name, p.id) for p in list_points(self.db)],
            "parameter": lambda: [(None, p.code, p.id) for p in list_parameters(self.db)]}

    def _find(self, kind: str, what: str, name: object, fld: str, scope: object = None
              ) -> int:
        key = (scope, fold(str(name)))
        for fresh in (False, True):
            if fresh or kind not in self._known:
                self._known[kind] = {(sc, fold(n)): i for sc, n, i in self._loaders()[kind]()}
            if key in self._known[kind]:
                return self._known[kind][key]
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "There is no {what} named {name!r} in "
                                                       "the workbook or the plant."),
                          what=Message(what), name=name, field=fld)

    def site(self, name: object, fld: str = "site") -> int:
        """The id of the site of that name."""
        return self._find("site", QT_TRANSLATE_NOOP("Refusal", "site"), name, fld)

    def node(self, site_id: int, name: object, fld: str = "node") -> int:
        """The id of the node of that name at the site."""
        return self._find("node", QT_TRANSLATE_NOOP("Refusal", "node at this site"), name, fld,
                          site_id)

    def material(self, name: object, fld: str = "material") -> int:
        """The id of the material of that name."""
        return self._find("material", QT_TRANSLATE_NOOP("Refusal", "material"), name, fld)

    def formation(self, name: object, fld: str = "formation") -> int:
        """The id of the formation of that name."""
        return self._find("formation", QT_TRANSLATE_NOOP("Refusal", "formation"), name, fld)

    def point(self, name: object, fld: str = "point") -> int:
        """The id of the monitoring point of that name."""
        return self._find("point", QT_TRANSLATE_NOOP("Refusal", "monitoring point"), name, fld)

    def parameter(self, code: object, fld: str = "parameter") -> int:
        """The id of the parameter of that code."""
        return self._find("parameter", QT_TRANSLATE_NOOP("Refusal", "parameter"), code, fld)


Writer = Callable[[Database, Refs, dict[str, object], int | None], None]
Remover = Callable[[Database, int], Message | None]


def save(db: Database, id_: int | None, draft: object, add: Callable[..., object],
         update: Callable[..., object]) -> None:
    """A row's draft through the area's service: added when new (id None), else updated."""
    if id_ is None:
        add(db, draft)
    else:
        update(db, id_, draft)


def deleted_by(delete: Callable[[Database, int], object]) -> Remover:
    """A remover that deletes through the service, whose refusal (flow records refer to the
    record) keeps the record with its sentence."""
    def remove(db: Database, id_: int) -> Message | None:
        delete(db, id_)
        return None
    return remove


@dataclass(frozen=True)
class SheetSpec:
    """One sheet of the workbook: what a row holds and how the services write it.

    `records` reads the stored records as rows; `write` adds a row (id None) or updates the
    record of that id through the area's service; `remove` deletes a record no longer in the
    sheet, or returns why it is kept (None: the import never deletes this kind; see `kept`).
    A record's identity is its `identity` columns (a node is its site and name)."""

    key: str
    title: str
    about: str
    columns: tuple[Column, ...]
    identity: tuple[str, ...]
    records: Callable[[Database], list[Record]]
    write: Writer
    remove: Remover | None = None
    kept: str = QT_TRANSLATE_NOOP("Refusal", "the import does not delete this kind of record; "
                                             "delete it in the window if it is no longer needed")
    examples: tuple[tuple[object, ...], ...] = field(default=())

    def column(self, key: str) -> Column:
        """The column of that key."""
        return next(c for c in self.columns if c.key == key)

    def column_of(self, fld: str | None) -> Column:
        """The column a service's refusal belongs to (by its field), else the name's."""
        for c in self.columns:
            if fld is not None and (fld == c.key or fld in c.fields):
                return c
        return self.column(self.identity[-1])

    def identify(self, values: dict[str, object]) -> tuple[str, ...]:
        """A row's identity, as names are compared."""
        return tuple(fold(str(values.get(k) or "")) for k in self.identity)


def headings_by_spelling(spec: SheetSpec) -> dict[str, str]:
    """Every spelling of every heading (and each column's key) -> the column's key."""
    out: dict[str, str] = {}
    for c in spec.columns:
        out[fold(c.key)] = c.key
        for spelt in spellings(CONTEXT, c.heading):
            out.setdefault(spelt, c.key)
    return out


def title_spellings(spec: SheetSpec) -> Sequence[str]:
    """The sheet's title in each language, English first, as sheet names are looked up."""
    from greendesk.i18n_catalog import catalogue_for

    titles = [spec.title] + [catalogue_for(code)(CONTEXT, spec.title)[:31]
                             for code in LANGUAGES[1:]]
    return list(dict.fromkeys(titles))
