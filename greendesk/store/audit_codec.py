"""How the audit trail encodes records and entries.

One definition shared by the writer (`greendesk.store.audit`) and the verifier
(`greendesk.store.audit_verify`), because an entry is only verifiable if both sides
encode it byte for byte alike. Records are read *raw* (the values SQLite stores, through
the driver, without SQLAlchemy's type conversions), so what the trail says a record was is
exactly what was in the file. Changing anything here breaks every existing trail.
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
import re
import sqlite3
import struct
import zlib
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from itertools import repeat
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection

from greendesk.errors import Message
from greendesk.i18n import QT_TRANSLATE_NOOP

GENESIS = "0" * 64
# Tables that are not records: the trail itself and alembic's revision stamp.
NOT_AUDITED = frozenset({"audit_entry", "alembic_version"})
ENTRY_COLUMNS = ("id", "at", "os_user", "officer", "action", "entity", "entity_id", "before",
                 "after", "note", "prev_hash", "hash")
_CHUNK = 400  # keys per IN (...) look-up, under SQLite's variable limit

Key = tuple[Any, ...]


def format_at(at: datetime) -> str:
    """A UTC timestamp as SQLAlchemy stores DateTime in SQLite (and as the hash covers it)."""
    return at.strftime("%Y-%m-%d %H:%M:%S.%f")


def stored_at(value: object) -> str:
    """An entry's `at` as its hash covers it: SQLite gives the text back as written,
    PostgreSQL a timestamp."""
    return format_at(value) if isinstance(value, datetime) else str(value)


def entry_hash(prev_hash: str, entry_id: int, at: str, os_user: str, officer: str,
               action: str, entity: str, entity_id: str | None, before: str | None,
               after: str | None, note: str) -> str:
    """sha256 of the previous hash and the entry's canonical JSON (ASCII-escaped, so the
    bytes hashed never depend on how a platform encodes text)."""
    canonical = json.dumps([entry_id, at, os_user, officer, action, entity, entity_id,
                            before, after, note], ensure_ascii=True, separators=(",", ":"))
    return hashlib.sha256((prev_hash + canonical).encode("ascii")).hexdigest()


def jsonable(value: Any) -> Any:
    """A raw column value as the trail's JSON holds it (bytes wrapped; values a caller
    passes that SQLite would store as text or numbers, as SQLite's driver stores them)."""
    if isinstance(value, bytes | bytearray | memoryview):
        return {"$bytes": base64.b64encode(bytes(value)).decode("ascii")}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    return value


def server_row(values: Sequence[Any]) -> tuple[Any, ...]:
    """A row a server gave back with its dates and times as the trail's JSON holds them,
    so a bulk digest and a later entry's `before` state read alike."""
    return tuple(jsonable(v) if isinstance(v, date) else v for v in values)


def dumps(obj: Any) -> str:
    """Compact JSON of audit values (the odd ones through jsonable), as hashed and stored."""
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"), default=jsonable)


def key_text(key: Key) -> str:
    """A primary key as the entry's entity_id: "12", "M1", or a JSON list if composite."""
    if len(key) == 1:
        return str(key[0])
    return dumps(list(key))


def quote(name: str) -> str:
    """An SQL identifier quoted for SQLite."""
    return '"' + name.replace('"', '""') + '"'


@dataclass(frozen=True)
class TableInfo:
    """A table as it is in the file (not as the models say), so old and foreign tables work."""

    name: str
    columns: tuple[str, ...]
    pk: tuple[str, ...]
    int_pk: bool  # a single INTEGER key (a rowid alias): coverage is kept as id ranges
    types: tuple[str, ...] = ()  # declared types, as columns (they decide what is stored)

    def key_of(self, row: dict[str, Any]) -> Key:
        """The primary key of a raw row."""
        return tuple(row[c] for c in self.pk)

    def declared(self, columns: Sequence[str]) -> list[str]:
        """The declared types of `columns` ("INTEGER" for a rowid)."""
        types = dict(zip(self.columns, self.types, strict=False))
        return ["INTEGER" if c == "rowid" else types.get(c, "") for c in columns]


def table_info(conn: Connection, name: str) -> TableInfo | None:
    """Columns and primary key from PRAGMA table_info (PostgreSQL: its catalogue); None if
    the table does not exist."""
    if conn.dialect.name == "postgresql":
        from greendesk.store import postgres

        rows: Sequence[Sequence[Any]] = [(i, c, t, None, None, k) for i, (c, t, k)
                                         in enumerate(postgres.table_columns(conn, name))]
    else:
        rows = conn.exec_driver_sql(f"PRAGMA table_info({quote(name)})").fetchall()
    if not rows:
        return None
    columns = tuple(r[1] for r in rows)
    pk = tuple(r[1] for r in sorted((r for r in rows if r[5]), key=lambda r: r[5]))
    int_pk = len(pk) == 1 and any(r[1] == pk[0] and str(r[2]).upper() == "INTEGER"
                                  for r in rows)
    if not pk:  # a table without a declared key: its rowid identifies the record
        pk = ("rowid",)
        int_pk = True
    return TableInfo(name, columns, pk, int_pk, tuple(str(r[2] or "") for r in rows))


def audited_tables(conn: Connection) -> list[str]:
    """The database's tables that the trail covers."""
    if conn.dialect.name == "postgresql":
        from greendesk.store import postgres

        return [t for t in postgres.table_names(conn) if t not in NOT_AUDITED]
    rows = conn.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name").fetchall()
    return [r[0] for r in rows if r[0] not in NOT_AUDITED]


def raw_rows(conn: Connection, info: TableInfo, keys: Iterable[Key]) -> dict[Key, dict[str, Any]]:
    """The records with these keys, as stored, keyed by primary key."""
    keys = list(dict.fromkeys(keys))
    out: dict[Key, dict[str, Any]] = {}
    cols = ", ".join(quote(c) for c in info.columns)
    if info.pk == ("rowid",):
        cols = "rowid, " + cols
    names = (("rowid",) if info.pk == ("rowid",) else ()) + info.columns
    for start in range(0, len(keys), _CHUNK):
        chunk = keys[start:start + _CHUNK]
        if len(info.pk) == 1:
            where = f"{quote(info.pk[0])} IN ({', '.join('?' * len(chunk))})"
            params: tuple[Any, ...] = tuple(k[0] for k in chunk)
        else:
            one = "(" + " AND ".join(f"{quote(c)} = ?" for c in info.pk) + ")"
            where = " OR ".join([one] * len(chunk))
            params = tuple(v for k in chunk for v in k)
        for r in conn.exec_driver_sql(f"SELECT {cols} FROM {quote(info.name)} WHERE {where}",
                                      params):
            row = dict(zip(names, r, strict=True))
            out[info.key_of(row)] = row
    return out


def row_line(values: Sequence[Any]) -> bytes:
    """One record's canonical bytes for digests: Python's repr of the raw values, which is
    exact for floats (shortest round-trip form) and stable across Python versions."""
    return repr(tuple(values)).encode("utf-8", "surrogatepass")


# ---------------------------------------------------------------- values as SQLite stores them
# Text SQLite's numeric affinities may turn into a number: a superset of SQLite's rule (the
# in-memory table decides), so nothing number-like slips past unchecked.
_NUMBER_LIKE = re.compile(r"\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\s*")
_NONE = type(None)
# Per affinity, the Python types whose values come back from the file as they were bound
# (floats and number-like text are looked at further).
_KEPT: dict[str, frozenset[type]] = {
    "INTEGER": frozenset({int, str, bytes, _NONE}),
    "NUMERIC": frozenset({int, str, bytes, _NONE}),
    "REAL": frozenset({float, str, bytes, _NONE}),
    "TEXT": frozenset({str, bytes, _NONE}),
    "BLOB": frozenset({int, float, str, bytes, _NONE}),
}
_ORACLE_TABLE = "CREATE TABLE v (INTEGER INTEGER, NUMERIC NUMERIC, REAL REAL, TEXT TEXT, BLOB)"
_CHUNK_ROWS = 20_000


def _has_nan(types: set[type], values: Iterator[Any]) -> bool:
    """Whether a NaN is among `values` (a sum propagates it at C speed; an overflow to
    inf - inf makes a false alarm that only costs a closer look)."""
    if types <= {float, int, _NONE}:
        total = sum(filter(None, values))
        return total != total
    return any(v != v for v in values)


def affinity(declared: str) -> str:
    """SQLite's column affinity for a declared type (its rules, in their order)."""
    t = declared.upper()
    if "INT" in t:
        return "INTEGER"
    if "CHAR" in t or "CLOB" in t or "TEXT" in t:
        return "TEXT"
    if "BLOB" in t or not t:
        return "BLOB"
    if "REAL" in t or "FLOA" in t or "DOUB" in t:
        return "REAL"
    return "NUMERIC"


class Normaliser:
    """The values a bulk insert binds, turned into what the file gives back for columns of
    these declared types, so that a digest taken at the insert matches one taken from the
    file later: -0.0 is stored as 0.0 and NaN as NULL, a REAL column gives 5 back as 5.0,
    INTEGER and NUMERIC ones give 5.0 back as 5 and "12" as 12, a bool is 1, a date its ISO
    text. The usual values are settled in Python a column at a time (an import of a million
    rows pays little); anything else is put to SQLite itself, in a table in memory."""

    def __init__(self, declared: Sequence[str]) -> None:
        self.affinities = [affinity(t) for t in declared]
        self._oracle: sqlite3.Connection | None = None
        self._asked: dict[tuple[str, type, str], Any] = {}

    def rows(self, rows: Sequence[Sequence[Any]]) -> list[Sequence[Any]]:
        """`rows` as the file will give them back (rows that do not change are kept)."""
        out = list(rows)
        width = len(self.affinities)
        for start in range(0, len(out), _CHUNK_ROWS):  # bounded extra memory per chunk
            chunk = out[start:start + _CHUNK_ROWS]
            # the distinct rows of types: one or a few per chunk, found at C speed
            shapes = set(map(tuple, map(map, repeat(type), chunk)))
            if any(len(shape) != width for shape in shapes):
                raise ValueError(Message(QT_TRANSLATE_NOOP("Refusal", "rows of {width} values "
                                                                      "expected"), width=width))
            fixes: dict[int, dict[int, Any]] = {}
            for j, aff in enumerate(self.affinities):
                for i, value in self._column(aff, {s[j] for s in shapes}, chunk, j):
                    fixes.setdefault(i, {})[j] = value
            for i, changed in fixes.items():
                out[start + i] = tuple(changed.get(j, v) for j, v in enumerate(chunk[i]))
        return out

    def _column(self, aff: str, types: set[type], chunk: list[Sequence[Any]], j: int
                ) -> list[tuple[int, Any]]:
        """(row, stored value) for the values of column j that the file gives back
        differently from how they were bound."""
        def values() -> Iterator[Any]:
            return map(itemgetter(j), chunk)

        kept = _KEPT[aff]
        odd = types - kept
        out: list[tuple[int, Any]] = []
        if odd:  # bools, dates, enums, ints in a REAL column...: SQLite says
            out.extend(self._asked_of_sqlite(aff, j, chunk, lambda v: type(v) in odd))
        if float in types and float in kept and (0.0 in values() or _has_nan(types, values())):
            for i in [i for i, v in enumerate(values()) if v == 0.0 or v != v]:
                v = chunk[i][j]  # NaN is stored as NULL, -0.0 in a REAL column as 0.0
                if type(v) is float and v != v:
                    out.append((i, None))
                elif type(v) is float and aff == "REAL" and math.copysign(1.0, v) < 0:
                    out.append((i, 0.0))
        if str in types and aff in ("INTEGER", "NUMERIC", "REAL"):
            texts = {v for v in values() if type(v) is str} if odd else set(values())
            suspects = {v for v in texts if type(v) is str and _NUMBER_LIKE.fullmatch(v)}
            if suspects:
                out.extend(self._asked_of_sqlite(
                    aff, j, chunk, lambda v: type(v) is str and v in suspects))
        return out

    def _asked_of_sqlite(self, aff: str, j: int, chunk: list[Sequence[Any]],
                         which: Callable[[Any], bool]) -> list[tuple[int, Any]]:
        out = []
        for i, row in enumerate(chunk):
            v = row[j]
            if which(v):
                stored = self._ask(aff, v)
                if type(stored) is not type(v) or repr(stored) != repr(v):
                    out.append((i, stored))
        return out

    def _ask(self, aff: str, value: Any) -> Any:
        key = (aff, type(value), repr(value))
        if key in self._asked:
            return self._asked[key]
        if self._oracle is None:
            self._oracle = sqlite3.connect(":memory:")
            self._oracle.execute(_ORACLE_TABLE)
        try:
            self._oracle.execute(f"INSERT INTO v ({aff}) VALUES (?)", (value,))
            stored = self._oracle.execute(f"SELECT {aff} FROM v").fetchone()[0]
        except (sqlite3.Error, OverflowError, TypeError, ValueError):
            stored = value  # the file could not have taken it either
        finally:
            self._oracle.execute("DELETE FROM v")
        self._asked[key] = stored
        return stored


class Coverage:
    """Builds an entry that vouches for many records at once (an import, the records present
    when the trail began): which keys, a sha256 digest of their canonical lines in key
    order, and a CRC32 per record so that verification can name the one that changed."""

    def __init__(self, table: str, columns: Sequence[str], int_pk: bool) -> None:
        self.table, self.columns, self.int_pk = table, tuple(columns), int_pk
        self._sha = hashlib.sha256()
        self._crcs: list[int] = []
        self._runs: list[list[int]] = []
        self._keys: list[list[Any]] = []

    def add(self, key: Key, line: bytes) -> None:
        """Lines must come in ascending key order."""
        self._sha.update(line + b"\n")
        self._crcs.append(zlib.crc32(line))
        if self.int_pk:
            k = key[0]
            if self._runs and self._runs[-1][1] == k - 1:
                self._runs[-1][1] = k
            else:
                self._runs.append([k, k])
        else:
            self._keys.append(list(key))

    def add_many(self, first_id: int, lines: list[bytes]) -> None:
        """Consecutive integer ids from `first_id` (a bulk insert), faster than add()."""
        sha, crc32 = self._sha, zlib.crc32
        sha.update(b"\n".join(lines) + b"\n" if lines else b"")
        self._crcs.extend(crc32(line) for line in lines)
        if lines:
            last = first_id + len(lines) - 1
            if self._runs and self._runs[-1][1] == first_id - 1:
                self._runs[-1][1] = last
            else:
                self._runs.append([first_id, last])

    def __len__(self) -> int:
        return len(self._crcs)

    def summary(self, **extra: Any) -> dict[str, Any]:
        """The entry's `after` JSON object."""
        out: dict[str, Any] = {"table": self.table, "columns": list(self.columns),
                               "rows": len(self._crcs), "digest": self._sha.hexdigest()}
        if self.int_pk:
            out["ids"] = self._runs
        else:
            out["keys"] = self._keys
        out["crc32"] = base64.b64encode(
            struct.pack(f"<{len(self._crcs)}I", *self._crcs)).decode("ascii")
        out.update(extra)
        return out


@dataclass(frozen=True)
class CoverageSpec:
    """A coverage entry read back for verification."""

    entry_id: int
    table: str
    columns: tuple[str, ...]
    rows: int
    digest: str
    crcs: tuple[int, ...]
    runs: tuple[tuple[int, int], ...]
    keys: tuple[Key, ...]
    constants: dict[str, Any]
    _starts: tuple[int, ...] = ()
    _offsets: tuple[int, ...] = ()

    @classmethod
    def parse(cls, entry_id: int, after: dict[str, Any]) -> CoverageSpec:
        """Read a bulk entry's coverage back from its stored form."""
        raw = base64.b64decode(after.get("crc32", ""))
        crcs = struct.unpack(f"<{len(raw) // 4}I", raw)
        runs = tuple((int(a), int(b)) for a, b in after.get("ids", ()))
        keys = tuple(tuple(k) for k in after.get("keys", ()))
        offsets, n = [], 0
        for a, b in runs:
            offsets.append(n)
            n += b - a + 1
        return cls(entry_id, str(after["table"]), tuple(after["columns"]), int(after["rows"]),
                   str(after["digest"]), crcs, runs, keys, dict(after.get("constants", {})),
                   tuple(a for a, _b in runs), tuple(offsets))

    def covers_int(self, k: Any) -> int | None:
        """Position of integer key `k` in this entry's order, or None."""
        i = bisect_right(self._starts, k) - 1
        if i < 0 or not isinstance(k, int) or k > self.runs[i][1]:
            return None
        return self._offsets[i] + (k - self.runs[i][0])

    def all_keys(self) -> Iterable[Key]:
        """Every key the bulk entry covers, in order."""
        if self.runs:
            for a, b in self.runs:
                for k in range(a, b + 1):
                    yield (k,)
        else:
            yield from self.keys
