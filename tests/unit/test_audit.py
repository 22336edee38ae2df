"""The audit trail: every service write recorded and chained; tampering with plain sqlite3
is found and named (the entry where the chain breaks, the record that differs)."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from greendesk import settings
from greendesk.cli import main
from greendesk.demo.plant import S_MINE
from greendesk.errors import DomainError
from greendesk.importers.flows_import import import_flows
from greendesk.models import NodeKind
from greendesk.services import structure
from greendesk.services.conflicts import ConflictError
from greendesk.services.flows import AddFlows, DeleteFlows, EditFlow, FlowDraft, edit_field
from greendesk.services.materials import update_material
from greendesk.services.summary import summarise
from greendesk.store.audit_codec import GENESIS, entry_hash, stored_at
from greendesk.store.audit_verify import verify
from greendesk.store.db import Database, open_database
from tests.pg_cluster import outside_write

# The database-level rules hold alike on SQLite and on a PostgreSQL server.
pytestmark = pytest.mark.backends("sqlite", "postgresql")


def entries(db: Database, where: str = "1 = 1", params: tuple = ()) -> list[dict]:
    with db.read() as s:
        cur = s.connection().exec_driver_sql(
            f"SELECT * FROM audit_entry WHERE {where} ORDER BY id", params)
        return [dict(r._mapping) for r in cur]


def tamper(target: Database | Path, sql: str, params: tuple = ()) -> None:
    """What someone with a plain SQLite tool (or psql, on a server) could do."""
    if isinstance(target, Database) and target.server:
        outside_write(target, sql, params)
        return
    con = sqlite3.connect(target.path if isinstance(target, Database) else target)
    con.execute(sql, params)
    con.commit()
    con.close()


def csv_file(tmp_path: Path, rows: list[str], name: str = "flows.csv") -> Path:
    path = tmp_path / name
    path.write_text("Date,Site,From,To,Material,Quantity,Unit\n" + "\n".join(rows) + "\n",
                    encoding="utf-8")
    return path


ORE = f"2025-03-31,{S_MINE},Open-pit mining,Run-of-mine ore stockpile,Copper ore,{{q}},t"


# ---------------------------------------------------------------- recording
def test_service_writes_are_recorded_with_who_and_before_after(plant: Database) -> None:
    settings.set_officer_name("Aigerim Bekova")
    site_id = structure.get_plant(plant).sites[0].id
    node_id, _ = structure.add_node(plant, structure.NodeDraft(site_id, "Crusher", NodeKind.PROCESS))
    structure.update_node(plant, node_id, structure.NodeDraft(site_id, "Primary crusher",
                                                               NodeKind.PROCESS))
    structure.delete_node(plant, node_id)
    ins, upd, dele = entries(plant, "entity = 'node'")
    assert [e["action"] for e in (ins, upd, dele)] == ["insert", "update", "delete"]
    assert {e["entity_id"] for e in (ins, upd, dele)} == {str(node_id)}
    assert ins["before"] is None and json.loads(ins["after"])["name"] == "Crusher"
    assert json.loads(upd["before"])["name"] == "Crusher"
    assert json.loads(upd["after"])["name"] == "Primary crusher"
    assert json.loads(upd["after"])["version"] == 2
    assert json.loads(dele["before"])["name"] == "Primary crusher" and dele["after"] is None
    assert dele["officer"] == "Aigerim Bekova" and dele["os_user"]
    assert verify(plant).ok


def test_every_entry_hash_covers_the_one_before(plant: Database) -> None:
    prev = GENESIS
    rows = entries(plant)
    assert [r["id"] for r in rows] == list(range(1, len(rows) + 1))
    for r in rows:
        assert r["prev_hash"] == prev
        assert r["hash"] == entry_hash(prev, r["id"], stored_at(r["at"]), r["os_user"], r["officer"],
                                       r["action"], r["entity"], r["entity_id"], r["before"],
                                       r["after"], r["note"])
        prev = r["hash"]


def test_a_refused_write_leaves_no_entry(plant: Database) -> None:
    before = len(entries(plant))
    site = structure.get_plant(plant).sites[0]
    with pytest.raises(DomainError):
        structure.add_site(plant, structure.SiteDraft(site.name, "Karaganda", site.kind))
    assert len(entries(plant)) == before


def test_import_is_one_entry_with_count_file_hash_and_digest(demo_db: Database,
                                                             tmp_path: Path) -> None:
    path = csv_file(tmp_path, [ORE.format(q=q) for q in (100, 200.5, 300)])
    result = import_flows(demo_db, path)
    (entry,) = entries(demo_db, "action = 'import' AND note LIKE 'Imported%'")
    after = json.loads(entry["after"])
    assert (entry["entity"], after["rows"], after["batch_id"]) == ("flow", 3, result.batch_id)
    assert after["file_sha256"] == __import__("hashlib").sha256(path.read_bytes()).hexdigest()
    assert len(after["digest"]) == 64 and after["constants"]["import_batch_id"] == result.batch_id
    assert verify(demo_db).ok


def test_imported_rows_edited_deleted_and_restored_through_the_app_still_verify(
        demo_db: Database, tmp_path: Path) -> None:
    result = import_flows(demo_db, csv_file(tmp_path, [ORE.format(q=q) for q in range(1, 6)]))
    with demo_db.read() as s:
        ids = [r[0] for r in s.connection().exec_driver_sql(
            "SELECT id FROM flow WHERE import_batch_id = ? ORDER BY id", (result.batch_id,))]
    from greendesk.services.flows import get_flows

    row = get_flows(demo_db, [ids[1]])[0]
    EditFlow(row.id, edit_field(row, qty_entered=42.0)).apply(demo_db)
    delete = DeleteFlows(ids[3:])
    delete.apply(demo_db)
    assert verify(demo_db).ok
    delete.revert(demo_db)
    assert verify(demo_db).ok


def test_a_bulk_statement_is_one_entry_per_statement(demo_db: Database) -> None:
    diesel = next(m for m in __import__("greendesk.services.materials", fromlist=["x"])
                  .list_materials(demo_db) if m.name == "Diesel fuel")
    from dataclasses import asdict

    from greendesk.services.materials import MaterialDraft

    draft = MaterialDraft(**{k: v for k, v in asdict(diesel).items()
                             if k not in ("id", "version")} | {"density_t_per_m3": 0.85})
    n_before = len(entries(demo_db))
    result = update_material(demo_db, diesel.id, draft)
    new = entries(demo_db, "id > ?", (n_before,))
    bulk = [e for e in new if e["entity"] == "flow"]
    assert len(bulk) == 1 and bulk[0]["entity_id"] is None
    after = json.loads(bulk[0]["after"])
    assert len(after["rows"]) == result.recomputed == 36
    assert "qty_canonical" in after["columns"]
    assert verify(demo_db).ok


def test_rows_a_database_cascade_deletes_are_recorded(demo_db: Database) -> None:
    from greendesk.models import waste as models

    with demo_db.read() as s:
        flow_id = s.connection().exec_driver_sql("SELECT min(id) FROM flow").scalar()
    with demo_db.write() as s:
        contractor = models.WasteContractor(
            name="Eco Service LLP", bin="123456789012", licence_number="01234P",
            licence_valid_until=date(2030, 1, 1), operations="D1")
        s.add(contractor)
        s.flush()
        s.add(models.WasteTransfer(flow_id=flow_id, contractor_id=contractor.id, operation="D1"))
    DeleteFlows([flow_id]).apply(demo_db)  # ON DELETE CASCADE takes the transfer along
    cascaded = entries(demo_db, "entity = 'waste_transfer' AND action = 'delete'")
    assert len(cascaded) == 1
    assert verify(demo_db).ok


# ---------------------------------------------------------------- tampering is found
@pytest.mark.parametrize("column, value", [("note", "nothing to see"),
                                           ("after", '{"name": "Forged"}'),
                                           ("officer", "Someone else")])
def test_chain_breaks_exactly_at_the_edited_entry(plant: Database,
                                                  column: str, value: str) -> None:
    site_id = structure.get_plant(plant).sites[0].id
    for name in ("A", "B", "C"):
        structure.add_node(plant, structure.NodeDraft(site_id, name, NodeKind.STOCK))
    target = entries(plant, "entity = 'node'")[1]["id"]
    tamper(plant, f"UPDATE audit_entry SET {column} = ? WHERE id = ?", (value, target))
    report = verify(plant)
    assert not report.ok and report.first_broken_entry == target
    assert f"broken at entry #{target} " in report.problems[0].message
    assert "altered" in report.problems[0].message


def test_a_deleted_entry_is_named(plant: Database) -> None:
    site_id = structure.get_plant(plant).sites[0].id
    for name in ("A", "B", "C"):
        structure.add_node(plant, structure.NodeDraft(site_id, name, NodeKind.STOCK))
    middle = entries(plant, "entity = 'node'")[1]["id"]
    tamper(plant, "DELETE FROM audit_entry WHERE id = ?", (middle,))
    report = verify(plant)
    assert report.first_broken_entry == middle + 1
    assert f"jumps from entry #{middle - 1} to #{middle + 1}" in report.problems[0].message
    # and the record that entry vouched for now has no trail
    assert any(p.kind == "untracked" and p.entity == "node" for p in report.problems)


def test_an_inserted_entry_is_named(plant: Database) -> None:
    last = entries(plant)[-1]
    tamper(plant, "INSERT INTO audit_entry (id, at, os_user, officer, action, entity, "
           "entity_id, before, after, note, prev_hash, hash) VALUES (?, ?, 'x', 'x', 'update', "
           "'site', '1', NULL, NULL, '', ?, ?)",
           (last["id"] + 1, last["at"], last["hash"], "f" * 64))
    report = verify(plant)
    assert report.first_broken_entry == last["id"] + 1


def test_renumbered_entries_break_the_chain(plant: Database) -> None:
    site_id = structure.get_plant(plant).sites[0].id
    structure.add_node(plant, structure.NodeDraft(site_id, "A", NodeKind.STOCK))
    n = len(entries(plant))
    tamper(plant, "DELETE FROM audit_entry WHERE id = 2")
    tamper(plant, "UPDATE audit_entry SET id = id - 1 WHERE id > 2")
    report = verify(plant)
    assert report.first_broken_entry == 2 and n > 2


def test_a_record_altered_with_sqlite_is_named(plant: Database) -> None:
    site = structure.get_plant(plant).sites[0]
    last = entries(plant, "entity = 'site'")[-1]["id"]
    tamper(plant, "UPDATE site SET region = 'Almaty' WHERE id = ?", (site.id,))
    report = verify(plant)
    assert report.first_broken_entry is None  # the chain itself is intact
    (problem,) = report.problems
    assert (problem.kind, problem.entity, problem.entity_id) == ("changed", "site", str(site.id))
    assert problem.message == (f"site #{site.id} differs from the audit trail (entry #{last}): "
                               "region is 'Almaty', the trail says 'Karaganda'.")


def test_an_imported_record_altered_with_sqlite_is_named(demo_db: Database,
                                                          demo_path: Path) -> None:
    (bulk,) = entries(demo_db, "entity = 'flow' AND action = 'import'")
    first, last = json.loads(bulk["after"])["ids"][0]
    flow_id = (first + last) // 2  # one of the demo's bulk-inserted flows
    tamper(demo_path, "UPDATE flow SET qty_canonical = qty_canonical * 1.01 WHERE id = ?",
           (flow_id,))
    (problem,) = verify(demo_db).problems
    assert (problem.kind, problem.entity_id) == ("changed", str(flow_id))
    assert problem.message == (f"flow #{flow_id} differs from what entry #{bulk['id']} "
                               "recorded when it arrived in bulk.")


def test_records_added_or_removed_outside_are_named(demo_db: Database, demo_path: Path) -> None:
    with demo_db.read() as s:
        first, last = s.connection().exec_driver_sql("SELECT min(id), max(id) FROM node").one()
    con = sqlite3.connect(demo_path)
    con.execute("PRAGMA foreign_keys = OFF")
    con.execute("DELETE FROM node WHERE id = ?", (first,))
    con.execute("INSERT INTO node (site_id, name, kind, note) VALUES (1, 'Ghost', 'stock', '')")
    con.commit()
    con.close()
    problems = {(p.kind, p.entity_id) for p in verify(demo_db).problems}
    assert problems == {("missing", str(first)), ("untracked", str(last + 1))}


def test_verify_command_exits_non_zero_and_names_the_first_broken_entry(
        plant: Database, db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["audit", "verify", "--db", db_url]) == 0
    assert "OK" in capsys.readouterr().out
    tamper(plant, "UPDATE audit_entry SET note = 'x' WHERE id = 2")
    plant.close()
    assert main(["audit", "verify", "--db", db_url]) == 1
    err = capsys.readouterr().err
    assert "broken at entry #2 " in err and "First broken entry: #2" in err


def test_an_old_database_is_vouched_for_when_upgraded(tmp_path: Path) -> None:
    fixture = Path(__file__).parents[1] / "migrations" / "fixtures" / "0002_ledger.sqlite"
    path = tmp_path / "old.sqlite"
    path.write_bytes(fixture.read_bytes())
    db = open_database(path)
    try:
        assert db.upgraded_from == "0002_ledger"
        report = verify(db)
        assert report.ok, report.summary()
        assert report.records >= summarise(db).flows
    finally:
        db.close()


# ---------------------------------------------------------------- two windows, one file
def test_two_windows_do_not_silently_overwrite_each_other(demo_path: Path) -> None:
    settings.set_officer_name("Window B")
    one, two = open_database(demo_path), open_database(demo_path)
    try:
        from greendesk.services.flows import get_flows

        with one.read() as s:
            flow_id = s.connection().exec_driver_sql("SELECT min(id) FROM flow").scalar()
        seen_by_one = get_flows(one, [flow_id])[0]
        seen_by_two = get_flows(two, [flow_id])[0]
        EditFlow(flow_id, edit_field(seen_by_two, qty_entered=123.0)).apply(two)
        with pytest.raises(ConflictError) as info:
            EditFlow(flow_id, edit_field(seen_by_one, note="checked")).apply(one)
        message = str(info.value)
        assert message.startswith("This record was changed elsewhere (by Window B at ")
        assert "qty entered" in message and "123" in message
        assert message.endswith("reload and try again.")
        assert get_flows(one, [flow_id])[0].qty_entered == 123.0  # the other edit survived
        fresh = get_flows(one, [flow_id])[0]
        EditFlow(flow_id, edit_field(fresh, note="checked")).apply(one)  # reloaded: fine
    finally:
        one.close()
        two.close()


def test_structure_and_material_edits_check_the_version(plant: Database) -> None:
    site = structure.get_plant(plant).sites[0]
    structure.update_site(plant, site.id, structure.SiteDraft("Renamed", site.region, site.kind),
                          version=site.version)
    with pytest.raises(ConflictError, match="changed elsewhere .* name 'Test mine' → 'Renamed'"):
        structure.update_site(plant, site.id, structure.SiteDraft("Other", site.region,
                                                                   site.kind),
                              version=site.version)


def test_undo_of_an_edit_overwritten_elsewhere_is_refused(demo_path: Path) -> None:
    one, two = open_database(demo_path), open_database(demo_path)
    try:
        from greendesk.services.flows import get_flows

        with one.read() as s:
            flow_id = s.connection().exec_driver_sql("SELECT min(id) FROM flow").scalar()
        edit = EditFlow(flow_id, edit_field(get_flows(one, [flow_id])[0], qty_entered=1.0))
        edit.apply(one)
        EditFlow(flow_id, edit_field(get_flows(two, [flow_id])[0], qty_entered=2.0)).apply(two)
        with pytest.raises(ConflictError):
            edit.revert(one)
        assert get_flows(one, [flow_id])[0].qty_entered == 2.0
    finally:
        one.close()
        two.close()


def test_add_and_undo_keep_the_trail_consistent(plant: Database) -> None:
    site_id = structure.get_plant(plant).sites[0].id
    a, _ = structure.add_node(plant, structure.NodeDraft(site_id, "Pit", NodeKind.PROCESS))
    b, _ = structure.add_node(plant, structure.NodeDraft(site_id, "Dump", NodeKind.STOCK))
    from greendesk.models import MaterialCategory, QuantityKind
    from greendesk.services.materials import MaterialDraft, add_material

    m, _ = add_material(plant, MaterialDraft("Rock", MaterialCategory.WASTE, QuantityKind.MASS))
    add = AddFlows([FlowDraft(date(2025, 3, 1), a, b, m, 5.0, "t")])
    add.apply(plant)
    add.revert(plant)
    add.apply(plant)  # redo: the same id again
    assert verify(plant).ok
