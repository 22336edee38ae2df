"""Edits from two windows on one file: detect, and tell the second writer what changed.

Every edited table has a `version` (SQLAlchemy's version_id_col bumps it on each UPDATE).
A row object carries the version the officer opened; the service compares it inside its
write transaction (BEGIN IMMEDIATE, so nothing can move in between) and refuses a stale
edit with a sentence built from the audit trail: who changed it, when, and what.
"""

from __future__ import annotations

from datetime import UTC
from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from greendesk.errors import DomainError
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.store import audit

_HIDDEN = {"version", "created_at", "changed_at"}


class ConflictError(DomainError):
    """The record changed elsewhere after the officer opened it; nothing was saved."""


def check_version(session: Session, obj: Any, expected: int | None) -> None:
    """Raise ConflictError if `obj` is no longer at the version the officer opened."""
    if expected is None or obj.version == expected:
        return
    mapper = inspect(obj).mapper
    key = mapper.primary_key_from_instance(obj)
    raise conflict_error(session, mapper.local_table.name,
                         key[0] if len(key) == 1 else list(key), expected)


def conflict_error(session: Session, table: str, key: object, expected: int) -> ConflictError:
    """The refusal for a record changed elsewhere since it was opened, saying when, by whom and
    what changed, from the audit trail."""
    changes = audit.last_changes(session, table, key)
    since = [c for c in changes if c.before and int(c.before.get("version", 0)) >= expected]
    if not since:
        return ConflictError(QT_TRANSLATE_NOOP("Refusal", "This record was changed elsewhere "
                                                          "after you opened it; reload and try "
                                                          "again."))
    newest, oldest = since[0], since[-1]
    when = newest.at.replace(tzinfo=UTC).astimezone()
    what = describe(oldest.before or {}, newest.after or {})
    return ConflictError(QT_TRANSLATE_NOOP("Refusal", "This record was changed elsewhere (by "
                                                      "{who} at {when:%Y-%m-%d %H:%M}) after you "
                                                      "opened it: {what}; reload and try again."),
                         who=newest.who, when=when, what=what)


def describe(before: dict[str, Any], after: dict[str, Any], limit: int = 4) -> str:
    """"qty entered 12 → 15, note '' → 'checked'" for the columns that differ."""
    parts = [f"{col.replace('_', ' ')} {_value(before.get(col))} → {_value(value)}"
             for col, value in after.items()
             if col not in _HIDDEN and before.get(col) != value]
    if not parts:
        return "its version moved on"
    more = f" and {len(parts) - limit} more" if len(parts) > limit else ""
    return ", ".join(parts[:limit]) + more


def _value(v: Any) -> str:
    if v is None:
        return "(empty)"
    if isinstance(v, float):
        return f"{v:g}"
    if isinstance(v, str):
        return repr(v if len(v) <= 40 else v[:37] + "...")
    return str(v)
