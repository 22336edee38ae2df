"""Verifying the audit trail against itself and against the records.

Two checks, both needed to see tampering done outside GreenDesk (a plain SQLite tool):

1. The chain: every entry's hash is recomputed; the first entry that was edited, deleted or
   slipped in is named.
2. The records: the trail is replayed to what it says every record last was, and each
   table is compared with it: a record whose contents differ, a record that exists without
   an entry, a record the trail has that is missing. Records that arrived in bulk (an
   import, the records present when the trail began) are checked against their entry's
   digest, with a CRC per record to name the one that changed.

`rebase` uses the same replay to vouch for what a schema upgrade (or the demo generator)
wrote outside the ORM, leaving alone what already failed verification before it.
"""

from __future__ import annotations

import hashlib
import json
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection

from greendesk.errors import Message
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.store.audit_anchor import (
    Anchor,
    AnchorCheck,
    check,
    exported,
    head_on,
    stored_hashes,
)
from greendesk.store.audit_codec import (
    GENESIS,
    Coverage,
    CoverageSpec,
    Key,
    TableInfo,
    audited_tables,
    entry_hash,
    jsonable,
    key_text,
    quote,
    row_line,
    server_row,
    stored_at,
    table_info,
)
from greendesk.store.audit_problems import Problem, VerifyReport
from greendesk.store.db import Database
from greendesk.store.sqlite import APPLICATION_ID

MAX_PROBLEMS = 1_000
_SUPERSEDED = object()  # a covered record changed by an upgrade: its old contents are unknown


def verify(db: Database, anchors: Sequence[Anchor] = ()) -> VerifyReport:
    """Check the chain and every record, the file's GreenDesk mark, and the trail against
    `anchors` and the heads its own exports recorded; a consistent snapshot (one read
    transaction)."""
    with db.read() as s:
        return verify_connection(s.connection(), anchors)


def verify_connection(conn: Connection, anchors: Sequence[Anchor] = ()) -> VerifyReport:
    """Replay the trail on an open connection: the hash chain, every record against it, and
    the anchors."""
    from greendesk.models import load_all

    load_all()  # every table is checked
    replay = _Replay(conn)
    replay.read_trail()
    replay.check_records()
    checks = replay.anchor_checks([*anchors, *replay.exports])
    # What only an outside copy can show comes first: it is why the check was asked for.
    first = [Problem("anchor", c.message, entry_id=c.anchor.entry) for c in checks
             if not c.holds]
    # A file carries GreenDesk's mark; a server database is GreenDesk's by its schema.
    mark = (APPLICATION_ID if conn.dialect.name != "sqlite"
            else conn.exec_driver_sql("PRAGMA application_id").scalar())
    if mark != APPLICATION_ID:
        first.append(Problem("mark", Message(QT_TRANSLATE_NOOP(
            "Refusal", "The file's GreenDesk mark (SQLite's application_id) is missing: it was "
                       "removed or changed outside GreenDesk.")) if not mark else Message(
            QT_TRANSLATE_NOOP("Refusal", "The file's GreenDesk mark (SQLite's application_id) "
                                         "is {mark}, not GreenDesk's: it was removed or changed "
                                         "outside GreenDesk."), mark=f"{mark:#x}")))
    return VerifyReport(replay.entries, replay.records, (*first, *replay.problems),
                        replay.total + len(first), replay.first_broken, replay.head,
                        replay.last_id, tuple(checks))


def check_anchors(db: Database, anchors: Sequence[Anchor]) -> tuple[AnchorCheck, ...]:
    """The trail against `anchors` only: the chain recomputed up to the furthest of them,
    without the records (what `greendesk verify FILE` needs, quickly)."""
    if not anchors:
        return ()
    with db.read() as s:
        replay = _Replay(s.connection())
        replay.read_trail(until=max(a.entry for a in anchors), chain_only=True)
        return tuple(replay.anchor_checks(anchors))


def problem_keys(conn: Connection) -> set[tuple[str, Key]]:
    """Records that already fail verification (empty for a file without a trail)."""
    if table_info(conn, "audit_entry") is None:
        return set()
    replay = _Replay(conn, limit=None)
    replay.read_trail()
    replay.check_records()
    return replay.bad_keys


def rebase(conn: Connection, note: str, skip: set[tuple[str, Key]] | None = None) -> int:
    """Record what was written outside the audited sessions (migrations, the demo
    generator), so that it verifies: records without an entry are vouched for by one
    "import" entry per table, changed and missing ones by per-record entries. Records in
    `skip` (found wrong before) stay reported. Returns the number of entries written."""
    from greendesk.store import audit

    skip = skip or set()
    replay = _Replay(conn, limit=None, collect=True, skip=skip)
    replay.read_trail()
    replay.check_records()
    entries = [*replay.rebase_entries]
    for table, cov in replay.new_coverage.items():
        if len(cov):
            entries.append(audit.Entry("import", table, None, None, cov.summary(), note))
    audit.append(conn, entries)
    return len(entries)


# ---------------------------------------------------------------- the replay
@dataclass
class _Acc:
    """Checks one coverage entry against the table, fed in key order."""

    spec: CoverageSpec
    subs: list[tuple[Key, Any]]  # (key, state before the first later touch), sorted
    pick: Callable[[tuple[Any, ...]], Any] | None = None
    sha: Any = field(default_factory=hashlib.sha256)
    seen: bytearray = field(default_factory=bytearray)
    changed: list[Key] = field(default_factory=list)
    superseded: bool = False
    _i: int = 0
    _index: dict[Key, int] | None = None

    def __post_init__(self) -> None:
        self.seen = bytearray(len(self.spec.crcs) or self.spec.rows)

    def position(self, key: Key) -> int | None:
        if self.spec.runs:
            return self.spec.covers_int(key[0])
        if self._index is None:
            self._index = {k: i for i, k in enumerate(self.spec.keys)}
        return self._index.get(key)

    def _line(self, key: Key, values: Sequence[Any]) -> None:
        pos = self.position(key)
        if pos is None:
            return
        self.seen[pos] = 1
        line = row_line(values)
        if pos < len(self.spec.crcs) and zlib.crc32(line) != self.spec.crcs[pos]:
            legacy = _negative_zero_line(values, self.spec.crcs[pos])
            if legacy is None:
                self.changed.append(key)
            line = legacy or line
        self.sha.update(line + b"\n")

    def flush_until(self, key: Key | None) -> None:
        subs = self.subs
        while self._i < len(subs) and (key is None or subs[self._i][0] < key):
            k, state = subs[self._i]
            self._i += 1
            if state is _SUPERSEDED:
                self.superseded = True
                pos = self.position(k)
                if pos is not None:
                    self.seen[pos] = 1
            elif isinstance(state, dict):
                self._line(k, [state.get(c) for c in self.spec.columns])

    def feed(self, key: Key, values: tuple[Any, ...], row: dict[str, Any]) -> None:
        self.flush_until(key)
        self._line(key, values)
        for col, value in self.spec.constants.items():
            if jsonable(row.get(col)) != value and key not in self.changed:
                self.changed.append(key)

    def missing(self) -> list[Key]:
        keys = self.spec.all_keys()
        return [k for k, seen in zip(keys, self.seen, strict=False) if not seen]


class _Replay:
    def __init__(self, conn: Connection, limit: int | None = MAX_PROBLEMS,
                 collect: bool = False, skip: set[tuple[str, Key]] | None = None) -> None:
        self.conn, self.limit, self.collect, self.skip = conn, limit, collect, skip or set()
        self.problems: list[Problem] = []
        self.total = 0
        self.entries = 0
        self.records = 0
        self.first_broken: int | None = None
        self.head = GENESIS
        self.last_id = 0
        self.exports: list[Anchor] = []  # the heads the trail's own exports recorded
        self.bad_keys: set[tuple[str, Key]] = set()
        self.last: dict[str, dict[Key, tuple[int, dict[str, Any] | None]]] = {}
        self.specs: dict[str, list[CoverageSpec]] = {}
        self.subs: dict[int, dict[Key, Any]] = {}
        self.infos: dict[str, TableInfo | None] = {}
        self.rebase_entries: list[Any] = []
        self.new_coverage: dict[str, Coverage] = {}

    # -- reporting
    def report(self, problem: Problem, table: str | None = None, key: Key | None = None
               ) -> None:
        if table is not None and key is not None:
            self.bad_keys.add((table, key))
        self.total += 1
        if self.limit is None or len(self.problems) < self.limit:
            self.problems.append(problem)

    def info(self, table: str) -> TableInfo | None:
        if table not in self.infos:
            self.infos[table] = table_info(self.conn, table)
        return self.infos[table]

    # -- pass 1: the chain, and what the trail says
    def read_trail(self, until: int | None = None, chain_only: bool = False) -> None:
        """Recompute the chain (up to entry `until`) and, unless `chain_only`, replay what
        the entries say about the records."""
        cur = self.conn.exec_driver_sql(
            "SELECT id, at, os_user, officer, action, entity, entity_id, before, after, note, "
            "prev_hash, hash FROM audit_entry WHERE id <= ? ORDER BY id",
            (until if until is not None else 2 ** 62,))
        prev_id, prev_hash = 0, GENESIS
        while batch := cur.fetchmany(2000):
            for r in batch:
                (eid, at, who, officer, action, entity, entity_id, before, after, note,
                 stored_prev, stored_hash) = r
                self.entries += 1
                at_text = stored_at(at)
                self._check_link(eid, prev_id, prev_hash, stored_prev, stored_hash, at_text,
                                 who, officer, action, entity, entity_id, before, after, note)
                prev_id, prev_hash = eid, stored_hash
                if not chain_only:
                    self._apply(eid, action, entity, entity_id, before, after)
        self.head, self.last_id = prev_hash, prev_id
        if until is not None:  # the real last entry, for "the trail ends at entry #M"
            self.last_id = max(prev_id, head_on(self.conn)[0])

    def anchor_checks(self, anchors: Sequence[Anchor]) -> list[AnchorCheck]:
        stored = stored_hashes(self.conn, {a.entry for a in anchors})
        return [check(a, stored, self.last_id, self.first_broken) for a in anchors]

    def _check_link(self, eid: int, prev_id: int, prev_hash: str, stored_prev: str,
                    stored_hash: str, at: str, who: str, officer: str, action: str,
                    entity: str, entity_id: str | None, before: str | None,
                    after: str | None, note: str) -> None:
        what = Message(QT_TRANSLATE_NOOP("Refusal", "entry #{eid} ({action} {entity} #{id}, "
                                                    "{at} UTC)") if entity_id else
                       QT_TRANSLATE_NOOP("Refusal", "entry #{eid} ({action} {entity}, {at} UTC)"),
                       eid=eid, action=action, entity=entity, id=entity_id, at=at[:16])
        message = None
        if eid != prev_id + 1:
            message = Message(QT_TRANSLATE_NOOP(
                "Refusal", "The audit trail is broken at entry #{eid}: it jumps from entry "
                           "#{prev} to #{eid}, so entries were deleted.") if eid > prev_id + 1
                else QT_TRANSLATE_NOOP("Refusal", "The audit trail is broken at entry #{eid}: "
                                                  "it is out of order."), eid=eid, prev=prev_id)
        elif stored_prev != prev_hash:
            message = Message(QT_TRANSLATE_NOOP(
                "Refusal", "The audit trail is broken at {what}: it does not link to the entry "
                           "before it, so entries were inserted, deleted or replaced there."),
                what=what)
        else:
            try:
                expected = entry_hash(prev_hash, eid, at, who or "", officer or "", action,
                                      entity, entity_id, before, after, note or "")
            except (TypeError, ValueError):
                expected = ""
            if expected != stored_hash:
                message = Message(QT_TRANSLATE_NOOP(
                    "Refusal", "The audit trail is broken at {what}: the entry was altered "
                               "after it was written."), what=what)
        if message is not None:
            if self.first_broken is None:
                self.first_broken = eid
            self.report(Problem("chain", message, entity, entity_id, eid))

    def _apply(self, eid: int, action: str, entity: str, entity_id: str | None,
               before_text: str | None, after_text: str | None) -> None:
        try:
            before = json.loads(before_text) if before_text else None
            after = json.loads(after_text) if after_text else None
        except ValueError:
            self.report(Problem("unreadable", Message(QT_TRANSLATE_NOOP(
                "Refusal", "Entry #{eid} of the audit trail cannot be read (its values are not "
                           "valid JSON)."), eid=eid), entity, entity_id, eid))
            return
        if action == "export" and (anchor := exported(eid, after)) is not None:
            self.exports.append(anchor)
        if action in ("restore", "export") or entity == "database":
            return  # about the file or a workbook written from it, not about a record
        if entity_id is None:
            if isinstance(after, dict) and "digest" in after:
                self._cover(CoverageSpec.parse(eid, after))
                return
            body = before if isinstance(before, dict) and "rows" in before else after
            if not isinstance(body, dict) or "rows" not in body:
                return
            cols = list(body["columns"])
            olds = {} if before is None else {
                self._key_from(entity, dict(zip(before["columns"], r, strict=False))):
                dict(zip(before["columns"], r, strict=False)) for r in before["rows"]}
            news = {} if after is None else {
                self._key_from(entity, dict(zip(after["columns"], r, strict=False))):
                dict(zip(after["columns"], r, strict=False)) for r in after["rows"]}
            del cols
            for key in dict.fromkeys([*olds, *news]):
                old, new = olds.get(key), news.get(key)
                if action == "update" and old is not None and new is not None:
                    new = {**old, **new}
                self._touch(entity, key, eid, old, new)
            return
        state = after if isinstance(after, dict) else before if isinstance(before, dict) \
            else None
        key = self._key_from(entity, state, entity_id)
        self._touch(entity, key, eid, before if isinstance(before, dict) else None,
                    after if isinstance(after, dict) else None)

    def _key_from(self, table: str, state: dict[str, Any] | None, text: str | None = None
                  ) -> Key:
        info = self.info(table)
        if info is not None and state is not None and all(c in state for c in info.pk):
            return tuple(state[c] for c in info.pk)
        if text is not None:
            if text.startswith("["):
                return tuple(json.loads(text))
            return (int(text),) if text.lstrip("-").isdigit() else (text,)
        return ()

    def _cover(self, spec: CoverageSpec) -> None:
        self.specs.setdefault(spec.table, []).append(spec)
        self.subs[spec.entry_id] = {}
        last = self.last.get(spec.table)
        if last:  # ids used again by this bulk insert start a new history
            for key in [k for k in last if self._covers(spec, k)]:
                del last[key]

    @staticmethod
    def _covers(spec: CoverageSpec, key: Key) -> bool:
        if spec.runs:
            return len(key) == 1 and spec.covers_int(key[0]) is not None
        return key in spec.keys

    def _covering(self, table: str, key: Key) -> CoverageSpec | None:
        for spec in reversed(self.specs.get(table, ())):
            if self._covers(spec, key):
                return spec
        return None

    def _touch(self, table: str, key: Key, eid: int, before: dict[str, Any] | None,
               after: dict[str, Any] | None) -> None:
        last = self.last.setdefault(table, {})
        if key not in last:
            spec = self._covering(table, key)
            if spec is not None:
                subs = self.subs[spec.entry_id]
                if key not in subs:
                    subs[key] = before if before is not None else _SUPERSEDED
        last[key] = (eid, after)

    # -- pass 2: the records
    def check_records(self) -> None:
        tables = dict.fromkeys([*audited_tables(self.conn), *self.last, *self.specs])
        for table in tables:
            info = self.info(table)
            if info is None:
                live = [k for k, (_e, st) in self.last.get(table, {}).items() if st is not None]
                if live or self.specs.get(table):
                    self.report(Problem("missing", Message(QT_TRANSLATE_NOOP(
                        "Refusal", "The table {table} is missing, but the audit trail has "
                                   "records in it."), table=table), table))
                continue
            self._check_table(info)

    def _rows(self, info: TableInfo) -> Iterator[tuple[Any, ...]]:
        cols = ", ".join(quote(c) for c in info.columns)
        if info.pk == ("rowid",):
            cols = "rowid, " + cols
        order = ", ".join(quote(c) for c in info.pk)
        cur = self.conn.exec_driver_sql(f"SELECT {cols} FROM {quote(info.name)} ORDER BY {order}")
        server = self.conn.dialect.name != "sqlite"
        while batch := cur.fetchmany(5000):
            yield from map(server_row, batch) if server else batch

    def _check_table(self, info: TableInfo) -> None:
        table = info.name
        names = (("rowid",) if info.pk == ("rowid",) else ()) + info.columns
        index = {c: i for i, c in enumerate(names)}
        key_of = itemgetter(*(index[c] for c in info.pk))
        single = len(info.pk) == 1
        last = self.last.get(table, {})
        specs = self.specs.get(table, [])
        accs = {s.entry_id: _Acc(s, sorted(self.subs[s.entry_id].items(), key=lambda kv: kv[0]))
                for s in specs}
        for acc in accs.values():
            cols = acc.spec.columns
            if all(c in index for c in cols):
                acc.pick = itemgetter(*(index[c] for c in cols)) if len(cols) > 1 else \
                    (lambda r, i=index[cols[0]]: (r[i],))
        sweep = _Sweep(specs) if info.int_pk else None
        explicit = {} if info.int_pk else {k: s for s in specs for k in s.keys}
        seen: set[Key] = set()
        new_cov = None
        for raw in self._rows(info):
            self.records += 1
            key = (key_of(raw),) if single else tuple(key_of(raw))
            entry = last.get(key)
            if entry is not None:
                seen.add(key)
                self._compare(table, key, entry, dict(zip(names, raw, strict=True)))
                continue
            spec = sweep.at(key[0]) if sweep is not None else explicit.get(key)
            if spec is not None:
                acc = accs[spec.entry_id]
                row = dict(zip(names, raw, strict=True)) if acc.spec.constants else {}
                values = acc.pick(raw) if acc.pick else tuple(
                    dict(zip(names, raw, strict=True)).get(c) for c in acc.spec.columns)
                acc.feed(key, values if isinstance(values, tuple) else (values,), row)
                continue
            if (table, key) in self.skip or not self.collect:
                self.report(Problem("untracked", Message(QT_TRANSLATE_NOOP(
                    "Refusal", "{table} #{key} exists without an entry in the audit trail (it "
                               "was added outside GreenDesk)."), table=table, key=key_text(key)),
                    table, key_text(key)), table, key)
                continue
            if new_cov is None:
                cols = info.columns if info.pk != ("rowid",) else ("rowid", *info.columns)
                new_cov = self.new_coverage[table] = Coverage(table, cols, info.int_pk)
            new_cov.add(key, row_line(raw))
        for key, (eid, state) in last.items():
            if state is not None and key not in seen:
                self._problem_or_rebase(
                    Problem("missing", Message(QT_TRANSLATE_NOOP(
                        "Refusal", "{table} #{key} is missing: the audit trail (entry #{eid}) "
                                   "says it exists."), table=table, key=key_text(key), eid=eid),
                            table, key_text(key), eid),
                    table, key, state, None, "delete")
        for acc in accs.values():
            self._finish(table, info, acc)

    def _compare(self, table: str, key: Key, entry: tuple[int, dict[str, Any] | None],
                 row: dict[str, Any]) -> None:
        eid, state = entry
        kt = key_text(key)
        if state is None:
            self._problem_or_rebase(
                Problem("resurrected", Message(QT_TRANSLATE_NOOP(
                    "Refusal", "{table} #{key} exists, but the audit trail (entry #{eid}) says "
                               "it was deleted."), table=table, key=kt, eid=eid), table, kt, eid),
                table, key, None, row, "insert")
            return
        for col, expected in state.items():
            if col in row and jsonable(row[col]) != expected:
                self._problem_or_rebase(
                    Problem("changed", Message(QT_TRANSLATE_NOOP(
                        "Refusal", "{table} #{key} differs from the audit trail (entry #{eid}): "
                                   "{column} is {value}, the trail says {expected}."),
                        table=table, key=kt, eid=eid, column=col, value=_show(row[col]),
                        expected=_show(expected)), table, kt, eid),
                    table, key, state, row, "update")
                return

    def _problem_or_rebase(self, problem: Problem, table: str, key: Key,
                           before: dict[str, Any] | None, after: dict[str, Any] | None,
                           action: str) -> None:
        if self.collect and (table, key) not in self.skip:
            from greendesk.store.audit import Entry

            self.rebase_entries.append(Entry(action, table, key_text(key), before, after, ""))
            return
        self.report(problem, table, key)

    def _finish(self, table: str, info: TableInfo, acc: _Acc) -> None:
        acc.flush_until(None)
        spec = acc.spec
        eid = spec.entry_id
        for key in acc.missing():
            self._problem_or_rebase(
                Problem("missing", Message(QT_TRANSLATE_NOOP(
                    "Refusal", "{table} #{key} is missing: it arrived in bulk (entry #{eid}) "
                               "and the trail does not say it was deleted."), table=table,
                    key=key_text(key), eid=eid), table, key_text(key), eid),
                table, key, None, None, "delete")
        for key in acc.changed:
            current = self.conn.exec_driver_sql(
                f"SELECT * FROM {quote(table)} WHERE "
                + " AND ".join(f"{quote(c)} = ?" for c in info.pk), key).first()
            self._problem_or_rebase(
                Problem("changed", Message(QT_TRANSLATE_NOOP(
                    "Refusal", "{table} #{key} differs from what entry #{eid} recorded when it "
                               "arrived in bulk."), table=table, key=key_text(key), eid=eid),
                        table, key_text(key), eid),
                table, key, None, dict(current._mapping) if current is not None else None,
                "update")
        if not acc.missing() and not acc.changed and not acc.superseded \
                and acc.sha.hexdigest() != spec.digest:
            self.report(Problem("digest", Message(QT_TRANSLATE_NOOP(
                "Refusal", "The {rows:,} {table} records of entry #{eid} do not match its "
                           "digest."), rows=spec.rows, table=table, eid=eid), table, None, eid))


class _Sweep:
    """For keys coming in ascending order: the latest coverage entry whose id runs hold the
    key (runs of one entry never overlap; entries overlap only when ids were reused)."""

    def __init__(self, specs: list[CoverageSpec]) -> None:
        self.runs = sorted((a, b, s.entry_id, s) for s in specs for a, b in s.runs)
        self.i = 0
        self.active: list[tuple[int, int, int, CoverageSpec]] = []

    def at(self, k: Any) -> CoverageSpec | None:
        if not isinstance(k, int):
            return None
        runs = self.runs
        while self.i < len(runs) and runs[self.i][0] <= k:
            self.active.append(runs[self.i])
            self.i += 1
        if not self.active:
            return None
        if self.active[0][1] < k or len(self.active) > 1:
            self.active = [r for r in self.active if r[1] >= k]
        if not self.active:
            return None
        return max(self.active, key=lambda r: r[2])[3]


def _negative_zero_line(values: Sequence[Any], crc: int) -> bytes | None:
    """The line a bulk insert digested before its values were normalised (it took -0.0 as
    bound; the file gives 0.0 back), if the record's CRC says so: such a record did not
    change, and trails written then would otherwise report it forever."""
    zeros = [j for j, v in enumerate(values) if type(v) is float and v == 0.0][:4]
    for n in range(1, 2 ** len(zeros)):
        variant = list(values)
        for bit, j in enumerate(zeros):
            if n >> bit & 1:
                variant[j] = -0.0
        line = row_line(variant)
        if zlib.crc32(line) == crc:
            return line
    return None


def _show(value: Any) -> str:
    if isinstance(value, str):
        return repr(value if len(value) <= 60 else value[:57] + "...")
    return repr(value)
