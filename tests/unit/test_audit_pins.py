"""The audit trail's construction pinned by known answers, and tampering with every hashed
column of an entry found at that entry.

The digests below were computed once and checked with an independent tool: `sha256sum` of
the previous hash followed by the entry's canonical JSON (ASCII-escaped, no spaces), e.g.

    printf '%s' "$GENESIS"'[1,"2025-03-31 08:15:00.000000","aigerim",...,"Corrected"]' | sha256sum

A change to how entries are hashed breaks every trail already written, so it must fail here
first. (An entry hash that ignored `before` let a forged entry report intact.)
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from greendesk.models import NodeKind
from greendesk.models.audit import AuditEntry
from greendesk.services import structure
from greendesk.store import audit
from greendesk.store.audit_codec import (
    ENTRY_COLUMNS,
    GENESIS,
    Coverage,
    Normaliser,
    entry_hash,
    row_line,
)
from greendesk.store.audit_verify import verify
from greendesk.store.db import Database

BEFORE = '{"id":17,"qty_entered":120.5,"note":"Весы №2"}'
AFTER = '{"id":17,"qty_entered":125.0,"note":"Весы №2"}'
CANONICAL = ('[1,"2025-03-31 08:15:00.000000","aigerim","Aigerim Bekova","update","flow","17",'
             r'"{\"id\":17,\"qty_entered\":120.5,\"note\":\"\u0412\u0435\u0441\u044b \u21162\"}",'
             r'"{\"id\":17,\"qty_entered\":125.0,\"note\":\"\u0412\u0435\u0441\u044b \u21162\"}",'
             '"Corrected"]')
PINNED = "aa83242ca2949e996d5f71172d7e40d2e627c3830a33f33ee649e383a51a182f"


def test_an_entry_hash_is_a_known_answer() -> None:
    assert entry_hash(GENESIS, 1, "2025-03-31 08:15:00.000000", "aigerim", "Aigerim Bekova",
                      "update", "flow", "17", BEFORE, AFTER, "Corrected") == PINNED
    # the construction: sha256 of the previous hash and the canonical JSON, as ASCII
    assert hashlib.sha256((GENESIS + CANONICAL).encode("ascii")).hexdigest() == PINNED


def test_appended_entries_are_a_known_chain(monkeypatch: pytest.MonkeyPatch) -> None:
    """What `append` stores (the JSON of before and after, the time's text, the links)."""
    monkeypatch.setattr(audit, "utcnow", lambda: datetime(2025, 4, 1, 9, 30, 0, 123456))
    monkeypatch.setattr(audit, "os_user", lambda: "aigerim")
    monkeypatch.setattr(audit, "officer_name", lambda: "Aigerim Bekova")
    engine = create_engine("sqlite://")
    AuditEntry.__table__.create(engine)
    crusher = {"id": 3, "name": "Crusher", "capacity": 2.5}
    with engine.begin() as conn:
        audit.append(conn, [
            audit.Entry("insert", "node", "3", None, crusher),
            audit.Entry("update", "node", "3", crusher, {**crusher, "name": "Primary crusher"},
                        "renamed")])
        rows = conn.exec_driver_sql("SELECT * FROM audit_entry ORDER BY id").fetchall()
    engine.dispose()
    first = "6d4cc50cfff51ab6ca96aa738bbba621f760c2e5cf2ca7db7e9f1e10b5e802e4"
    assert [tuple(r) for r in rows] == [
        (1, "2025-04-01 09:30:00.123456", "aigerim", "Aigerim Bekova", "insert", "node", "3",
         None, '{"id":3,"name":"Crusher","capacity":2.5}', "", GENESIS, first),
        (2, "2025-04-01 09:30:00.123456", "aigerim", "Aigerim Bekova", "update", "node", "3",
         '{"id":3,"name":"Crusher","capacity":2.5}',
         '{"id":3,"name":"Primary crusher","capacity":2.5}', "renamed", first,
         "6ba5615f989f37c70ce3c4619ad07754b22f938dd4974aace4408034d9506e48")]


def test_a_bulk_digest_is_a_known_answer() -> None:
    """Rows as stored (-0.0 as 0.0, 3 in a FLOAT column as 3.0, "2025" in a DATE column as
    2025), one repr line each: sha256 of the lines, and a CRC32 per line."""
    rows = Normaliser(["INTEGER", "FLOAT", "FLOAT", "DATE"]).rows(
        [(1, 2.5, -0.0, "2025-03-01"), (2, 3, None, "2025")])
    cov = Coverage("flow", ("id", "qty", "unc", "day"), int_pk=True)
    cov.add_many(1, [row_line(r) for r in rows])
    assert cov.summary() == {
        "table": "flow", "columns": ["id", "qty", "unc", "day"], "rows": 2,
        # printf "(1, 2.5, 0.0, '2025-03-01')\n(2, 3.0, None, 2025)\n" | sha256sum
        "digest": "b9fef0727bfbbbe609ad3dbe6db7c36b6bfa3dce5f5a975c522decbbdc2c0dca",
        "ids": [[1, 2]], "crc32": "ZwYJ6+Ootso="}


# ---------------------------------------------------------------- every hashed column
def _swap_ids(con: sqlite3.Connection, t: int) -> None:
    con.execute("UPDATE audit_entry SET id = -1 WHERE id = ?", (t,))
    con.execute("UPDATE audit_entry SET id = ? WHERE id = ?", (t, t + 1))
    con.execute("UPDATE audit_entry SET id = ? WHERE id = -1", (t + 1,))


def _set(column: str, change: Callable[[str], str]) -> Callable[[sqlite3.Connection, int], None]:
    def tamper(con: sqlite3.Connection, t: int) -> None:
        (value,) = con.execute(f'SELECT "{column}" FROM audit_entry WHERE id = ?',
                               (t,)).fetchone()
        con.execute(f'UPDATE audit_entry SET "{column}" = ? WHERE id = ?', (change(value), t))
    return tamper


def _flip(text: str) -> str:
    """The last character changed (a digit of a time, of a hash)."""
    return text[:-1] + ("1" if text[-1] != "1" else "2")


TAMPERINGS: dict[str, Callable[[sqlite3.Connection, int], None]] = {
    "id": _swap_ids,
    "at": _set("at", _flip),
    "os_user": _set("os_user", lambda v: v + "x"),
    "officer": _set("officer", lambda v: "Someone else"),
    "action": _set("action", lambda v: "insert"),
    "entity": _set("entity", lambda v: "site"),
    "entity_id": _set("entity_id", lambda v: str(int(v) + 1)),
    "before": _set("before", lambda v: v.replace('"name":"B"', '"name":"Forged"')),
    "after": _set("after", lambda v: v.replace('"name":"B2"', '"name":"Forged"')),
    "note": _set("note", lambda v: v + "x"),
    "prev_hash": _set("prev_hash", _flip),
    "hash": _set("hash", _flip),
}


def test_every_column_of_an_entry_is_tampered_with_below() -> None:
    assert set(TAMPERINGS) == set(ENTRY_COLUMNS)


@pytest.mark.parametrize("column", sorted(TAMPERINGS))
def test_tampering_with_any_hashed_column_names_that_entry(plant: Database, db_path: Path,
                                                           column: str) -> None:
    site_id = structure.get_plant(plant).sites[0].id
    ids = [structure.add_node(plant, structure.NodeDraft(site_id, name, NodeKind.STOCK))[0]
           for name in ("A", "B", "C")]
    structure.update_node(plant, ids[1], structure.NodeDraft(site_id, "B2", NodeKind.STOCK))
    structure.add_node(plant, structure.NodeDraft(site_id, "D", NodeKind.STOCK))
    con = sqlite3.connect(db_path)
    (target,) = con.execute("SELECT id FROM audit_entry WHERE action = 'update' AND "
                            "entity = 'node'").fetchone()
    before = con.execute("SELECT * FROM audit_entry WHERE id = ?", (target,)).fetchone()
    TAMPERINGS[column](con, target)
    assert con.execute("SELECT * FROM audit_entry WHERE id = ?", (target,)).fetchone() != before
    con.commit()
    con.close()
    report = verify(plant)
    assert report.first_broken_entry == target, report.summary()
    assert f"entry #{target}" in report.problems[0].message
