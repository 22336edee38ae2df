"""No false alarms: what a bulk insert's audit entry digests is what the file gives back.

SQLite does not give back every value as it was bound: -0.0 comes back 0.0, NaN NULL, a
FLOAT column turns 5 into 5.0, a DATE (NUMERIC) column turns "2025" into 2025, a bool is 1.
An entry digested from the bound values then reported an untouched record as changed,
forever. The codec's Normaliser digests values as stored.
"""

from __future__ import annotations

import enum
import sqlite3
import tempfile
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy.dialects import sqlite as sqlite_dialect

from greendesk.importers.flows_import import import_flows
from greendesk.models import load_all
from greendesk.models.base import Base
from greendesk.store import audit, audit_verify
from greendesk.store.audit_codec import Normaliser, affinity
from greendesk.store.audit_verify import verify
from greendesk.store.db import Database, open_database

# The database-level rules hold alike on SQLite and on a PostgreSQL server.
pytestmark = pytest.mark.backends("sqlite", "postgresql")

HEADER = "Date,Site,From,To,Material,Quantity,Unit,Uncertainty %\n"


def _ore(uncertainty: str, qty: str = "100") -> str:
    from greendesk.demo.plant import S_MINE

    return (f"2025-03-31,{S_MINE},Open-pit mining,Run-of-mine ore stockpile,Copper ore,{qty},t,"
            f"{uncertainty}")


def _import(db: Database, tmp_path: Path, rows: list[str]) -> None:
    path = tmp_path / "flows.csv"
    path.write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    import_flows(db, path)


def test_an_uncertainty_of_minus_zero_imports_and_verifies(
        demo_db: Database, tmp_path: Path, monkeypatch: Any) -> None:
    # not thanks to the allowance for trails digested before the fix (next test)
    monkeypatch.setattr(audit_verify, "_negative_zero_line", lambda _values, _crc: None)
    _import(demo_db, tmp_path, [_ore("-0"), _ore("-0.0", "7"), _ore("0")])
    report = verify(demo_db)
    assert report.ok, report.summary()


def test_a_trail_written_before_the_fix_no_longer_cries_wolf(
        demo_db: Database, demo_path: Path, tmp_path: Path, monkeypatch: Any) -> None:
    """Entries already digested from -0.0 verify too; a real change is still named."""
    monkeypatch.setattr(Normaliser, "rows", lambda _self, rows: list(rows))  # the old digest
    _import(demo_db, tmp_path, [_ore("-0"), _ore("5")])
    monkeypatch.undo()
    assert verify(demo_db).ok, verify(demo_db).summary()
    with demo_db.read() as s:
        flow_id = s.connection().exec_driver_sql("SELECT max(id) - 1 FROM flow").scalar()
    con = sqlite3.connect(demo_path)
    con.execute("UPDATE flow SET qty_entered = 99, qty_canonical = 99 WHERE id = ?", (flow_id,))
    con.commit()
    con.close()
    (problem,) = verify(demo_db).problems
    assert (problem.kind, problem.entity_id) == ("changed", str(flow_id))


# ---------------------------------------------------------------- any accepted value
class Kind(enum.StrEnum):
    ONE = "one"
    NUMBERISH = "12"


def _declared_types() -> list[str]:
    """Every column type the models declare, as SQLite sees it (VARCHAR(n), FLOAT, DATE,
    DATETIME, BOOLEAN, JSON, ...), plus the other affinities SQLite knows."""
    load_all()
    dialect = sqlite_dialect.dialect()
    found = {c.type.compile(dialect=dialect) for t in Base.metadata.tables.values()
             for c in t.columns}
    return sorted(found | {"INTEGER", "REAL", "NUMERIC", "TEXT", "BLOB", ""})


DECLARED = _declared_types()
INT64 = st.integers(min_value=-(2 ** 63) + 1, max_value=2 ** 63 - 1)
TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12)
NUMBER_TEXT = st.one_of(
    st.from_regex(r"\A\s?[+-]?\d{1,20}(\.\d{0,4})?([eE][+-]?\d{1,3})?\s?\Z"),
    st.sampled_from(["1.", ".5", "+3", " 12 ", "0x10", "1e999", "-0", "2025", "Inf", "NaN"]))
# Values the column types accept: what SQLAlchemy's Integer, Float, String/Enum/Text, Date,
# DateTime, Boolean and JSON bind, and what a driver-level insert passes for them.
VALUES = st.one_of(
    st.none(), st.booleans(), INT64, st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([-0.0, 0.0, 5.0, 2.0 ** 63, -(2.0 ** 63), 2.0 ** 53 + 1, 1e-320]),
    TEXT, NUMBER_TEXT, st.binary(max_size=8), st.sampled_from(list(Kind)),
    st.dates(), st.datetimes(), st.sampled_from([date(2025, 3, 1), datetime(2025, 3, 1)]))


def _stored(declared: list[str], rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    con = sqlite3.connect(":memory:")
    cols = ", ".join(f'c{j} {t}' for j, t in enumerate(declared))
    con.execute(f"CREATE TABLE t (id INTEGER PRIMARY KEY, {cols})")
    con.executemany(f"INSERT INTO t VALUES (NULL, {', '.join('?' * len(declared))})", rows)
    out = con.execute("SELECT * FROM t ORDER BY id").fetchall()
    con.close()
    return [r[1:] for r in out]


@settings(max_examples=400, deadline=None)
@given(st.data())
def test_any_accepted_value_round_trips_to_the_same_digest(data: st.DataObject) -> None:
    declared = data.draw(st.lists(st.sampled_from(DECLARED), min_size=1, max_size=4))
    rows = data.draw(st.lists(st.tuples(*[VALUES] * len(declared)), min_size=1, max_size=6))
    normalised = Normaliser(declared).rows(rows)
    stored = _stored(declared, rows)
    assert [repr(tuple(r)) for r in normalised] == [repr(r) for r in stored]


def test_the_declared_types_map_to_sqlite_affinities() -> None:
    assert [affinity(t) for t in ("INTEGER", "VARCHAR(32)", "FLOAT", "DATE", "DATETIME",
                                  "BOOLEAN", "JSON", "BLOB", "", "DOUBLE", "CLOB")] == \
        ["INTEGER", "TEXT", "REAL", "NUMERIC", "NUMERIC", "NUMERIC", "NUMERIC", "BLOB",
         "BLOB", "REAL", "TEXT"]


COLUMNS = ("label", "qty", "day", "flag", "doc")
PROBE = ("CREATE TABLE probe (id INTEGER PRIMARY KEY, label VARCHAR(40), qty FLOAT, day DATE, "
         "flag BOOLEAN, doc JSON)")


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(st.tuples(*[VALUES] * len(COLUMNS)), min_size=1, max_size=8))
def test_a_bulk_insert_of_any_accepted_values_verifies(rows: list[tuple[Any, ...]]) -> None:
    """End to end: bound with the driver, recorded by record_bulk_insert, verified."""
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "p.sqlite", auto_backup=False)
        try:
            with db.write() as s:
                conn = s.connection()
                conn.exec_driver_sql(PROBE)
                conn.exec_driver_sql(
                    f"INSERT INTO probe ({', '.join(COLUMNS)}) VALUES (?, ?, ?, ?, ?)", rows)
                audit.record_bulk_insert(s, "probe", COLUMNS, rows)
            report = verify(db)
        finally:
            db.close()
    assert report.ok, report.summary()
