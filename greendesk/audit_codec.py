"""How the audit trail encodes records and entries.

One definition shared by the writer (`greendesk.audit`) and the verifier
(`greendesk.services.audit_verify`), because an entry is only verifiable if both sides
encode it byte for byte alike. Records are read *raw* (the values SQLite stores, through
the driver, without SQLAlchemy's type conversions), so what the trail says a record was is
exactly what was in the file. Changing anything here breaks every existing trail.
"""

from __future__ import annotations

import base64
import hashlib
import json
import struct
import zlib
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection

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


def entry_hash(prev_hash: str, entry_id: int, at: str, os_user: str, officer: str,
               action: str, entity: str, entity_id: str | None, before: str | None,
               after: str | None, note: str) -> str:
    """sha256 of the previous hash and the entry's canonical JSON (ASCII-escaped, so the
    bytes hashed never depend on how a platform encodes text)."""
    canonical = json.dumps([entry_id, at, os_user, officer, action, entity, entity_id,
                            before, after, note], ensure_ascii=True, separators=(",", ":"))
    return hashlib.sha256((prev_hash + canonical).encode("ascii")).hexdigest()


def jsonable(value: Any) -> Any:
    """A raw column value as the trail's JSON holds it (only bytes need wrapping)."""
    if isinstance(value, bytes | bytearray | memoryview):
        return {"$bytes": base64.b64encode(bytes(value)).decode("ascii")}
    return value


def dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"), default=jsonable)


def key_text(key: Key) -> str:
    """A primary key as the entry's entity_id: "12", "M1", or a JSON list if composite."""
    if len(key) == 1:
        return str(key[0])
    return dumps(list(key))


def quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


@dataclass(frozen=True)
class TableInfo:
    """A table as it is in the file (not as the models say), so old and foreign tables work."""

    name: str
    columns: tuple[str, ...]
    pk: tuple[str, ...]
    int_pk: bool  # a single INTEGER key (a rowid alias): coverage is kept as id ranges

    def key_of(self, row: dict[str, Any]) -> Key:
        return tuple(row[c] for c in self.pk)


def table_info(conn: Connection, name: str) -> TableInfo | None:
    """Columns and primary key from PRAGMA table_info; None if the table does not exist."""
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
    return TableInfo(name, columns, pk, int_pk)


def audited_tables(conn: Connection) -> list[str]:
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
        if self.runs:
            for a, b in self.runs:
                for k in range(a, b + 1):
                    yield (k,)
        else:
            yield from self.keys
