"""Anchors: the audit trail's head written down where a tamperer cannot reach it.

The chain has no secret: whoever can write the file can delete its last entries with their
records, or edit an entry and recompute every later hash, and the chain still verifies. A
head (entry number and hash) kept outside the file closes that: every exported workbook's
cover carries the head at export time, and every export is itself an entry. Checking a
trail against a head asks whether entry N still has that hash and the chain up to it is
unbroken. Only copies out of the tamperer's reach protect: an auditor's workbook, a head
written into a letter. The officer's own copies can be rewritten along with the database.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection

from greendesk.errors import DomainError
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.models import AuditAction
from greendesk.store import audit
from greendesk.store.audit_codec import GENESIS
from greendesk.store.db import Database

EXPORT_ENTITY = "report"
_HEAD = re.compile(r"\s*#?\s*(\d{1,18})\s*:\s*([0-9A-Fa-f]{64})\s*")


@dataclass(frozen=True)
class Anchor:
    """A head to check the trail against, and where it was found (for the sentence)."""

    entry: int
    hash: str
    name: str = ""  # the workbook that carries it; empty for a head given by hand
    export_entry: int | None = None  # the trail's export entry that recorded it, if any

    @property
    def text(self) -> str:
        """The head as written on a cover: N:HASH."""
        return f"{self.entry}:{self.hash}"

    @property
    def source(self) -> str:
        """Where the head came from, for the sentence that reports it."""
        if self.export_entry is not None:
            return f"the head entry #{self.export_entry} recorded on exporting {self.name}"
        return f"the head that {self.name} carries" if self.name else "the head given by hand"


@dataclass(frozen=True)
class AnchorCheck:
    """Whether the trail still holds a recorded head."""
    anchor: Anchor
    holds: bool
    message: str  # one sentence; for a broken anchor it names the source


def parse_head(text: str) -> Anchor:
    """A head written as N:HASH (as a workbook's cover shows it)."""
    m = _HEAD.fullmatch(text or "")
    if m is None:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{text!r} is not an audit trail head: "
                                                       "write it as the entry number, a colon and "
                                                       "the 64-character hash, as a workbook's "
                                                       "cover shows it (e.g. 1234:9f86d0…)."),
                          text=text.strip()[:80], field="head")
    return Anchor(int(m[1]), m[2].lower())


def anchor_from(value: Any, name: str, export_entry: int | None = None) -> Anchor | None:
    """An anchor from a stored [entry, hash] pair, or None if it is not one."""
    if not (isinstance(value, list | tuple) and len(value) == 2):
        return None
    entry, digest = value
    if type(entry) is not int or not isinstance(digest, str) or entry < 0 \
            or _HEAD.fullmatch(f"{entry}:{digest}") is None:
        return None
    return Anchor(entry, digest.lower(), name, export_entry)


# ---------------------------------------------------------------- the head, and exports
def current_head(db: Database) -> tuple[int, str]:
    """The last entry's number and hash (0 and the genesis hash for an empty trail)."""
    with db.read() as s:
        return head_on(s.connection())


def head_on(conn: Connection) -> tuple[int, str]:
    """The last entry's id and hash (0 and the genesis hash for an empty trail)."""
    row = conn.exec_driver_sql(
        "SELECT id, hash FROM audit_entry ORDER BY id DESC LIMIT 1").first()
    return (int(row[0]), str(row[1])) if row else (0, GENESIS)


def record_export(db: Database, file_name: str, head: tuple[int, str], details: dict[str, Any]
                  ) -> int:
    """The export of a workbook, as an entry: its file name, the head its cover carries and
    what it holds (kinds, period, data fingerprint). Returns the entry's number."""
    after = {"file_name": file_name, "head": list(head), **details}
    with db.write() as s:
        return audit.record(s, AuditAction.EXPORT, EXPORT_ENTITY, None, None, after,
                            f"Exported {file_name}")


def exported(entry_id: int, after: Any) -> Anchor | None:
    """The anchor an export entry recorded (None for an entry that does not hold one)."""
    if not isinstance(after, dict):
        return None
    return anchor_from(after.get("head"), str(after.get("file_name") or "a workbook"), entry_id)


# ---------------------------------------------------------------- checking
def check(anchor: Anchor, stored: dict[int, str], last: int, first_broken: int | None
          ) -> AnchorCheck:
    """Does the trail still hold `anchor`? `stored` has the hash stored at (at least) the
    anchor's entry, `last` is the trail's last entry, `first_broken` where the chain breaks."""
    n = anchor.entry
    which = f"{anchor.source} (entry #{n}, {anchor.hash[:12]}…)"
    if n == 0:
        holds, why = anchor.hash == GENESIS, "entry #0 is a trail's start, whose hash is zeros"
    elif n > last:
        holds, why = False, f"the trail ends at entry #{last}, so entries were deleted"
    elif first_broken is not None and first_broken <= n:
        holds, why = False, f"the chain is broken at entry #{first_broken}" + (
            ", before it" if first_broken < n else "")
    elif stored.get(n, "").lower() != anchor.hash:
        holds, why = False, (f"entry #{n} now has the hash {stored.get(n, '')[:12]}…, not "
                             f"{anchor.hash[:12]}…, so the trail was rewritten up to there")
    else:
        holds, why = True, ""
    if holds:
        return AnchorCheck(anchor, True, f"The audit trail holds {which}.")
    return AnchorCheck(anchor, False, f"The audit trail no longer holds {which}: {why}.")


def stored_hashes(conn: Connection, entries: set[int]) -> dict[int, str]:
    """The stored hashes of these entries, read in chunks."""
    out: dict[int, str] = {}
    wanted = sorted(entries)
    for start in range(0, len(wanted), 400):
        chunk = wanted[start:start + 400]
        out.update((int(i), str(h)) for i, h in conn.exec_driver_sql(
            f"SELECT id, hash FROM audit_entry WHERE id IN ({', '.join('?' * len(chunk))})",
            tuple(chunk)))
    return out


@dataclass(frozen=True)
class ExportRecord:
    """The trail's entry of one export: its number, when (UTC) and by whom."""
    entry: int
    at: datetime
    who: str


def find_export(db: Database, head: tuple[int, str], fingerprint: object, file_name: str
                ) -> ExportRecord | None:
    """The export entry that recorded a workbook: the one carrying its head (each export
    is an entry, so no two exports carry the same head) and its data fingerprint; among
    several (a database copied and exported from twice), the one of its file name."""
    found: list[tuple[bool, ExportRecord]] = []
    with db.read() as s:
        rows = s.connection().exec_driver_sql(
            "SELECT id, at, os_user, officer, after FROM audit_entry WHERE id > ? AND "
            "action = ? AND entity = ? ORDER BY id", (head[0], str(AuditAction.EXPORT),
                                                      EXPORT_ENTITY))
        for entry, at, os_user, officer, after in rows:
            try:
                details = json.loads(after or "null")
            except ValueError:
                continue
            carried = exported(entry, details)
            if carried is None or (carried.entry, carried.hash) != (head[0], head[1].lower()) \
                    or details.get("fingerprint") != fingerprint:
                continue
            when = at if isinstance(at, datetime) else datetime.fromisoformat(str(at))
            found.append((details.get("file_name") == file_name,
                          ExportRecord(int(entry), when, officer or os_user or "someone")))
    if not found:
        return None
    return next((r for named, r in found if named), found[0][1])
