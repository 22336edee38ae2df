"""The audit log's read side: entries filtered in SQL, newest first, as frozen rows."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from greendesk.errors import Message, Note
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.store.db import Database

ACTIONS = ("insert", "update", "delete", "import", "period_close", "period_reopen", "restore",
           "export")
_HIDDEN = {"created_at", "changed_at"}


@dataclass(frozen=True)
class AuditFilter:
    """What the audit view filters on; every field empty lists every entry."""
    entity: str | None = None
    action: str | None = None
    date_from: date | None = None  # UTC dates, inclusive
    date_to: date | None = None
    text: str = ""


@dataclass(frozen=True)
class AuditRow:
    """One audit entry as the list shows it."""
    id: int
    at: datetime  # UTC
    os_user: str
    officer: str
    action: str
    entity: str
    entity_id: str | None
    note: str

    @property
    def who(self) -> str:
        """The officer's name and the OS account, whichever are known."""
        if self.officer and self.os_user:
            return f"{self.officer} ({self.os_user})"
        return self.officer or self.os_user

    @property
    def record(self) -> str:
        """The record the entry is about: "flow #12", or the table for entries about many."""
        return f"{self.entity} #{self.entity_id}" if self.entity_id else self.entity


@dataclass(frozen=True)
class AuditDetail:
    """An entry opened: the changed columns of one record, or the summary of a bulk entry."""
    row: AuditRow
    changes: tuple[tuple[str, Any, Any], ...]  # column, before, after (one record)
    summary: str  # for entries about many records (a Note: shown in the officer's language)
    before: str | None
    after: str | None


def _bulk_summary(row: AuditRow, bulk: dict[str, Any], after: Any) -> Note:
    """ "6 grade_component records from assays.xlsx (sha256 …)" and, for an update, the
    columns it changed."""
    n = bulk["rows"] if isinstance(bulk["rows"], int) else len(bulk["rows"])
    told = isinstance(after, dict)
    what = Message(QT_TRANSLATE_NOOP("notes", "{n:,} {entity} records from {file} (sha256 "
                                              "{sha}…)"), context="notes", n=n,
                   entity=row.entity, file=after["file_name"],
                   sha=str(after.get("file_sha256", ""))[:16]) \
        if told and after.get("file_name") else \
        Message(QT_TRANSLATE_NOOP("notes", "{n:,} {entity} records"), context="notes", n=n,
                entity=row.entity)
    if told and isinstance(after.get("columns"), list) and row.action == "update":
        key = set(after.get("key", []))
        changed = [c for c in after["columns"] if c not in key and c not in _HIDDEN]
        return Note(QT_TRANSLATE_NOOP("notes", "{records}; changed: {columns}"), records=what,
                    columns=", ".join(changed))
    return Note(what)


def _where(f: AuditFilter) -> tuple[str, list[Any]]:
    clauses, params = ["1 = 1"], []
    if f.entity:
        clauses.append("entity = ?")
        params.append(f.entity)
    if f.action:
        clauses.append("action = ?")
        params.append(f.action)
    if f.date_from:
        clauses.append("at >= ?")
        params.append(f.date_from.isoformat())
    if f.date_to:
        clauses.append("at < ?")
        params.append((f.date_to + timedelta(days=1)).isoformat())
    text = f.text.strip()
    if text:
        like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        cols = ("note", "entity_id", "officer", "os_user", "entity")
        # lower() on both sides: SQLite's LIKE ignores case, PostgreSQL's does not.
        clauses.append("(" + " OR ".join(f"lower({c}) LIKE lower(?) ESCAPE '\\'"
                                         for c in cols) + ")")
        params.extend([like] * len(cols))
    return " AND ".join(clauses), params


# The notes GreenDesk itself writes into the trail. The stored text stays English (it is
# hashed into the chain); the sentences are recognised when shown and rendered through their
# templates, so the officer reads them in their language. Any other note passes as written.
_STORED = tuple((action, re.compile(pattern), template) for action, pattern, template in (
    ("import", r"Records written by a new database\.", QT_TRANSLATE_NOOP(
        "notes", "Records written by a new database.")),
    ("import", r"Records written by the schema upgrade from (?P<revision>\S+) \(the file "
               r"before it was kept as (?P<backup>.+)\)\.", QT_TRANSLATE_NOOP(
        "notes", "Records written by the schema upgrade from {revision} (the file before it "
                 "was kept as {backup}).")),
    ("import", r"Records written by the demo generator\.", QT_TRANSLATE_NOOP(
        "notes", "Records written by the demo generator.")),
    ("export", r"Exported (?P<file>.+)", QT_TRANSLATE_NOOP("notes", "Exported {file}")),
    ("restore", r"Restored from the backup (?P<backup>.+?); the replaced file was kept as "
                r"(?P<kept>.+)\.", QT_TRANSLATE_NOOP(
        "notes", "Restored from the backup {backup}; the replaced file was kept as {kept}.")),
    ("restore", r"Restored from the backup (?P<backup>.+)\.", QT_TRANSLATE_NOOP(
        "notes", "Restored from the backup {backup}.")),
))


def stored_note(action: str, text: str) -> str:
    """An entry's note as stored; one GreenDesk wrote for that action is a Note that renders
    in the officer's language (a note an officer typed is never taken for one)."""
    for kind, pattern, template in _STORED:
        if kind == action and (found := pattern.fullmatch(text)) is not None:
            return Note(template, **found.groupdict())
    return text


def _row(r: Any) -> AuditRow:
    at = r[1] if isinstance(r[1], datetime) else datetime.fromisoformat(str(r[1]))
    return AuditRow(int(r[0]), at, r[2] or "", r[3] or "", r[4], r[5], r[6],
                    stored_note(r[4], r[7] or ""))


_COLUMNS = "id, at, os_user, officer, action, entity, entity_id, note"


def list_entries(db: Database, f: AuditFilter, offset: int = 0, limit: int = 200
                 ) -> list[AuditRow]:
    """A page of entries matching the filter, newest first."""
    where, params = _where(f)
    with db.read() as s:
        rows = s.connection().exec_driver_sql(
            f"SELECT {_COLUMNS} FROM audit_entry WHERE {where} ORDER BY id DESC LIMIT ? OFFSET ?",
            (*params, limit, offset)).fetchall()
    return [_row(r) for r in rows]


def count_entries(db: Database, f: AuditFilter) -> int:
    """How many entries match the filter (for the pager)."""
    where, params = _where(f)
    with db.read() as s:
        return int(s.connection().exec_driver_sql(
            f"SELECT count(*) FROM audit_entry WHERE {where}", tuple(params)).scalar() or 0)


def entities(db: Database) -> list[str]:
    """The record kinds that have audit entries, for the filter."""
    with db.read() as s:
        return [r[0] for r in s.connection().exec_driver_sql(
            "SELECT DISTINCT entity FROM audit_entry ORDER BY entity")]


def entry_detail(db: Database, entry_id: int) -> AuditDetail | None:
    """An entry with its decoded before and after; None when there is no such entry."""
    with db.read() as s:
        r = s.connection().exec_driver_sql(
            f"SELECT {_COLUMNS}, before, after FROM audit_entry WHERE id = ?",
            (entry_id,)).first()
    if r is None:
        return None
    row = _row(r)
    before_text, after_text = r[8], r[9]
    try:
        before = json.loads(before_text) if before_text else None
        after = json.loads(after_text) if after_text else None
    except ValueError:
        return AuditDetail(row, (), Note(QT_TRANSLATE_NOOP(
            "notes", "The entry's values cannot be read.")), before_text, after_text)
    changes: list[tuple[str, Any, Any]] = []
    summary: str = ""
    bulk = (before if isinstance(before, dict) and "rows" in before else
            after if isinstance(after, dict) and ("rows" in after) else None)
    if row.entity_id is not None:
        b, a = before or {}, after or {}
        for col in dict.fromkeys([*b, *a]):
            if col in _HIDDEN:
                continue
            if b and a and b.get(col) == a.get(col):
                continue  # show what changed, not what stayed
            changes.append((col, b.get(col), a.get(col)))
    elif bulk is not None:
        summary = _bulk_summary(row, bulk, after)
    elif isinstance(after, dict):
        summary = ", ".join(f"{k}: {v}" for k, v in after.items())
    return AuditDetail(row, tuple(changes), summary, before_text, after_text)
