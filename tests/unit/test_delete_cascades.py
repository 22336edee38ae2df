"""Deleting a record that others refer to with ON DELETE CASCADE or SET NULL: the database
deletes or empties those rows itself, and the audit trail must still say so. For every such
foreign key of the models, the parent's delete service is run on a record that has a row
behind that key, and the trail's verifier must find every record as the trail says (and
again after undo and redo, where the window offers them). A new cascading key without a
case here fails `test_every_cascading_key_has_a_case`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import pytest
from sqlalchemy import Table, delete

from greendesk.analysis import formations as an
from greendesk.models import (
    Base,
    Formation,
    FormationKind,
    FormationStatus,
    MaterialCategory,
    Medium,
    NodeKind,
    PhysicalState,
    QuantityKind,
    SiteKind,
    SourceKind,
    StorageRole,
    load_all,
)
from greendesk.models.emissions import EmissionSourceKind
from greendesk.services import emission_sources as es
from greendesk.services import formations as fs
from greendesk.services import monitoring as ms
from greendesk.services import structure
from greendesk.services.balance_records import set_flow_assays
from greendesk.services.classifier import ClassifierDraft, EntryDraft, load_classifier
from greendesk.services.flows import AddFlows, DeleteFlows, FlowDraft
from greendesk.services.materials import MaterialDraft, add_material
from greendesk.services.waste import (
    ContractorDraft,
    WasteTypeDraft,
    add_contractor,
    get_waste_type,
    register_waste_type,
    set_basis,
)
from greendesk.services.waste_movements import assign_transfer, set_storage_role
from greendesk.store.audit_verify import verify
from greendesk.store.db import Database
from greendesk.validation import make_valid_bin

# The database-level rules hold alike on SQLite and on a PostgreSQL server.
pytestmark = pytest.mark.backends("sqlite", "postgresql")

RULES = ("CASCADE", "SET NULL")


@dataclass(frozen=True)
class Key:
    """One foreign key the database acts on when its parent row is deleted."""
    child: Table
    column: str
    parent: str
    rule: str


def cascading_keys() -> list[Key]:
    """Every foreign key of the models with ON DELETE CASCADE or SET NULL."""
    load_all()
    return [Key(t, fk.parent.name, fk.column.table.name, (fk.ondelete or "").upper())
            for t in Base.metadata.tables.values() for fk in t.foreign_keys
            if (fk.ondelete or "").upper() in RULES]


@dataclass
class Case:
    """A parent table's records set up with a child behind every cascading key, and the
    service step that deletes them (with its undo, when the window offers one)."""
    parent: str
    ids: list[int]
    delete: Callable[[], object]
    undo: Callable[[], object] | None = None


# ---------------------------------------------------------------- the plant
def _site(db: Database) -> int:
    return structure.get_plant(db).sites[0].id


def _node(db: Database, site: int, name: str, kind: NodeKind = NodeKind.STOCK) -> int:
    return structure.add_node(db, structure.NodeDraft(site, name, kind))[0]


def _classifier(*codes: str) -> ClassifierDraft:
    names = {"130205": ("Engine oil", True), "100601": ("Slags", False),
             "010101": ("Mining waste", False)}
    return ClassifierDraft(tuple(EntryDraft(c, names[c][0], names[c][1]) for c in codes),
                           (EntryDraft("01", "Mining"),), "test.csv", "0" * 64)


@pytest.fixture
def world(plant: Database) -> Database:
    load_classifier(plant, _classifier("130205", "100601", "010101"), "en")
    return plant


def _formation(db: Database, name: str, **links: int) -> int:
    return fs.add_formation(db, fs.FormationDraft(name, FormationKind.TAILINGS,
                                                  FormationStatus.CLOSED, tonnage_t=1e6,
                                                  **links))[0]


def _point(db: Database, name: str, **links: int) -> int:
    kind = SourceKind.FORMATION if "formation_id" in links else SourceKind.OTHER
    return ms.add_point(db, ms.PointDraft(name, kind, Medium.GROUNDWATER, **links))[0]


def _waste_type(db: Database, site: int, name: str, code: str, node: int | None) -> int:
    return register_waste_type(db, WasteTypeDraft(site, name, code, PhysicalState.SOLID,
                                                  node))[0]


# ---------------------------------------------------------------- one case per parent
def case_site(db: Database) -> Case:
    site, _ = structure.add_site(db, structure.SiteDraft("Second mine", "Karaganda",
                                                         SiteKind.MINE))
    mill = _node(db, site, "Mill", NodeKind.PROCESS)
    _waste_type(db, site, "Slag", "10 06 01", mill)  # its node goes first: SET NULL, CASCADE
    set_basis(db, site, 2024, "Copper", 1000.0)
    _formation(db, "Old heap", site_id=site)
    _point(db, "Site well", site_id=site)
    from greendesk.services.month_close import waive
    waive(db, site, "2025-03", "balance:site", "Mill started mid-month")
    return Case("site", [site], lambda: structure.delete_site(db, site))


def case_node(db: Database) -> Case:
    site = _site(db)
    pond, mill = _node(db, site, "Pond"), _node(db, site, "Mill", NodeKind.PROCESS)
    set_storage_role(db, pond, StorageRole.FORMATION)
    _formation(db, "Pond", node_id=pond)
    _point(db, "Pond well", node_id=pond)
    _waste_type(db, site, "Slag", "10 06 01", mill)
    return Case("node", [pond, mill], lambda: [structure.delete_node(db, n)
                                               for n in (pond, mill)])


def case_flow(db: Database) -> Case:
    site = _site(db)
    mill, pond = _node(db, site, "Mill", NodeKind.PROCESS), _node(db, site, "Pond")
    yard = _node(db, site, "Contractor yard", NodeKind.CONTRACTOR)
    tailings, _ = add_material(db, MaterialDraft("Tailings", MaterialCategory.WASTE,
                                                 QuantityKind.MASS, "t", 1.4))
    oil = get_waste_type(db, _waste_type(db, site, "Waste oil", "13 02 05*", mill)).material_id
    contractor, _ = add_contractor(db, ContractorDraft(
        "EcoService LLP", make_valid_bin("110540"), "KZ-7", date(2030, 12, 31), "R9, D9"))
    add = AddFlows([FlowDraft(date(2025, 3, 1), mill, pond, tailings, 100.0, "t"),
                    FlowDraft(date(2025, 3, 2), mill, yard, oil, 2.0, "t")])
    add.apply(db)
    set_flow_assays(db, add.ids[0], {"Cu": (0.3, "%")})
    assign_transfer(db, [add.ids[1]], contractor, "R9")
    cmd = DeleteFlows(add.ids)
    return Case("flow", add.ids, lambda: cmd.apply(db), lambda: cmd.revert(db))


def case_waste_type(db: Database) -> Case:
    """A waste type with a composition, the basis of a hazardous property and precautions."""
    from greendesk.services.waste import delete_waste_type
    from greendesk.services.waste_passport import ComponentDraft, PassportDraft, set_passport

    site = _site(db)
    oil = register_waste_type(db, WasteTypeDraft(
        site, "Waste oil", "13 02 05*", PhysicalState.LIQUID,
        _node(db, site, "Mill", NodeKind.PROCESS), hp_properties="HP14"))[0]
    set_passport(db, oil, PassportDraft((ComponentDraft("Oil", 80.0),), (("HP14", "test"),),
                                        "Gloves"))
    return Case("waste_type", [oil], lambda: delete_waste_type(db, oil))


def case_classifier_entry(db: Database) -> Case:
    with db.read() as s:
        slag = s.connection().exec_driver_sql(
            "SELECT id FROM classifier_entry WHERE code = '100601'").scalar_one()
    return Case("classifier_entry", [slag],
                lambda: load_classifier(db, _classifier("130205", "010101"), "en"))


def _full_formation(db: Database, name: str) -> int:
    """A formation with a block, a sample in it with an assay, an assumption and a point with
    a limit and a reading."""
    fid = _formation(db, name)
    block, _ = fs.add_block(db, fid, "A", 100_000)
    fs.add_sample(db, fs.SampleDraft(fid, "1", (fs.AssayDraft("Cu", 0.3),), block))
    comps = {c.code: c.id for c in fs.list_components(db)}
    fs.set_formation_assumptions(db, fid, {comps["Cu"]: an.Assumptions(price_per_t=8000.0)})
    pid = _point(db, f"{name} well", formation_id=fid)
    so4 = next(p.id for p in ms.list_parameters(db) if p.code == "SO4")
    ms.set_limit(db, pid, so4, 500.0)
    ms.add_readings(db, [ms.ReadingDraft(pid, so4, date(2025, 2, 10), 420.0)])
    return fid


def case_formation(db: Database) -> Case:
    fid = _full_formation(db, "Old pond")
    cmd = fs.DeleteFormation(fid)
    return Case("formation", [fid], lambda: cmd.apply(db), lambda: cmd.revert(db))


def case_formation_undo_of_add(db: Database) -> Case:
    """Undo of "Add formation" deletes it with what was added to it since."""
    add = fs.AddFormation(fs.FormationDraft("New pond", FormationKind.TAILINGS,
                                            FormationStatus.OPERATING))
    add.apply(db)
    assert add.id is not None
    block, _ = fs.add_block(db, add.id, "A", 100_000)
    fs.add_sample(db, fs.SampleDraft(add.id, "1", (fs.AssayDraft("Cu", 0.3),), block))
    comps = {c.code: c.id for c in fs.list_components(db)}
    fs.set_formation_assumptions(db, add.id, {comps["Cu"]: an.Assumptions(recovery_pct=30.0)})
    _point(db, "New pond well", formation_id=add.id)
    return Case("formation", [add.id], lambda: add.revert(db), lambda: add.apply(db))


def case_formation_block(db: Database) -> Case:
    fid = _formation(db, "Old pond")
    block, _ = fs.add_block(db, fid, "A", 100_000)
    fs.add_sample(db, fs.SampleDraft(fid, "1", (fs.AssayDraft("Cu", 0.3),), block))
    return Case("formation_block", [block], lambda: fs.delete_block(db, block))


def case_formation_sample(db: Database) -> Case:
    fid = _formation(db, "Old pond")
    sid, _ = fs.add_sample(db, fs.SampleDraft(fid, "1", (fs.AssayDraft("Cu", 0.3),)))
    return Case("formation_sample", [sid], lambda: fs.delete_samples(db, [sid]))


def case_monitoring_point(db: Database) -> Case:
    """The point's readings go with it; an emission source measured at it stays, computed."""
    fid = _full_formation(db, "Old pond")
    (pid,) = [p.id for p in ms.list_points(db) if p.formation_id == fid]
    site = structure.get_plant(db).sites[0].id
    es.add_source(db, es.SourceDraft(site, "0001", "Stack", EmissionSourceKind.ORGANISED,
                                     monitoring_point_id=pid))
    from greendesk.models import PekFrequency
    from greendesk.services.pek import ProgrammeDraft, set_programme

    so4 = next(p.id for p in ms.list_parameters(db) if p.code == "SO4")
    set_programme(db, pid, [ProgrammeDraft(so4, PekFrequency.QUARTERLY, "Gravimetric")])
    return Case("monitoring_point", [pid], lambda: ms.delete_point(db, pid))


def case_permit(db: Database) -> Case:
    """A permit with its conditions and a waste limit; undo puts them back."""
    from greendesk.services.permit_terms import WasteLimit, set_permit_terms
    from greendesk.services.permits import DeletePermit, PermitDraft, add_permit

    site = _site(db)
    slag = register_waste_type(db, WasteTypeDraft(
        site, "Slag", "10 06 01", PhysicalState.SOLID,
        _node(db, site, "Smelter", NodeKind.PROCESS)))[0]
    pid, _ = add_permit(db, PermitDraft(site, "KZ-1", date(2024, 1, 10), "Authority",
                                        date(2024, 1, 10)))
    set_permit_terms(db, pid, ["Keep the limits."], [WasteLimit(slag, 100.0, 50.0)])
    cmd = DeletePermit(pid)
    return Case("permit", [pid], lambda: cmd.apply(db), lambda: cmd.revert(db))


CASES: dict[str, Callable[[Database], Case]] = {
    f.__name__.removeprefix("case_"): f for f in (
        case_site, case_node, case_flow, case_waste_type, case_classifier_entry, case_formation,
        case_formation_undo_of_add, case_formation_block, case_formation_sample,
        case_monitoring_point, case_permit)}
PARENTS = {"site", "node", "flow", "waste_type", "classifier_entry", "formation", "formation_block",
           "formation_sample", "monitoring_point", "permit"}  # the tables CASES delete from


# ---------------------------------------------------------------- the checks
def _referring(db: Database, key: Key, ids: list[int]) -> int:
    marks = ", ".join("?" * len(ids))
    with db.read() as s:
        return int(s.connection().exec_driver_sql(
            f'SELECT count(*) FROM "{key.child.name}" WHERE "{key.column}" IN ({marks})',
            tuple(ids)).scalar_one())


def _trail_clean(db: Database, when: str) -> None:
    report = verify(db)
    assert report.ok, f"{when}: {report.summary()}"


def test_the_migrated_schema_cascades_where_the_models_say(db: Database) -> None:
    """The migrations built the keys the cases exercise: the file's own cascading keys are
    the models' (a migration could add one the models do not declare)."""
    from sqlalchemy import inspect

    with db.read() as s:
        seen = inspect(s.connection())  # the database's catalogue, on either backend
        found = {(t, col, fk["referred_table"], (fk["options"].get("ondelete") or "").upper())
                 for t in seen.get_table_names() for fk in seen.get_foreign_keys(t)
                 for col in fk["constrained_columns"]
                 if (fk["options"].get("ondelete") or "").upper() in RULES}
    assert found == {(k.child.name, k.column, k.parent, k.rule) for k in cascading_keys()}


def test_every_cascading_key_has_a_case() -> None:
    missing = {k.parent for k in cascading_keys()} - PARENTS
    assert not missing, f"no delete case for {sorted(missing)}: add one to CASES"


@pytest.mark.parametrize("name", sorted(CASES))
def test_deleting_a_parent_leaves_the_trail_matching_the_records(world: Database,
                                                                  name: str) -> None:
    case = CASES[name](world)
    assert case.parent in PARENTS
    keys = [k for k in cascading_keys() if k.parent == case.parent]
    assert keys
    before = {k: _referring(world, k, case.ids) for k in keys}
    assert all(before.values()), f"the case leaves keys unexercised: {before}"
    _trail_clean(world, "before the delete")
    case.delete()
    assert {k: _referring(world, k, case.ids) for k in keys} == dict.fromkeys(keys, 0)
    _trail_clean(world, "after the delete")
    if case.undo is not None:
        case.undo()
        assert {k: _referring(world, k, case.ids) for k in keys} == before
        _trail_clean(world, "after undo")
        case.delete()
        _trail_clean(world, "after redo")


@pytest.mark.parametrize("how", ["orm", "bulk"])
def test_the_trail_says_once_what_became_of_each_record(world: Database, how: str) -> None:
    """The point a deleted formation leaves detached gets its own entry, whether the
    formation went by an ORM delete or a bulk statement; the sample its block would have
    emptied is recorded as deleted with the formation, not also as emptied."""
    fid = _full_formation(world, "Old pond")
    with world.read() as s:
        last = s.connection().exec_driver_sql("SELECT max(id) FROM audit_entry").scalar_one()
    with world.write() as s:
        if how == "orm":
            s.delete(s.get(Formation, fid))
        else:
            s.execute(delete(Formation).where(Formation.id == fid))
    with world.read() as s:
        rows = s.connection().exec_driver_sql(
            "SELECT action, entity, note FROM audit_entry WHERE id > ? ORDER BY id",
            (last,)).all()
    assert [tuple(r) for r in rows if r[0] == "update"] == [
        ("update", "monitoring_point", "set to empty when the record it referred to was "
                                       "deleted")]
    assert {r[1] for r in rows if r[0] == "delete"} == {
        "formation", "formation_block", "formation_sample", "formation_assay",
        "formation_assumption"}
    _trail_clean(world, "after the delete")
