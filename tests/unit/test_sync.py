"""Remote sites hand in closed months (issue 20): packages, identity, tampering, replacement.

Two site databases are made as a real site's would be: a new plant, the company's structure
workbook imported, January 2026 recorded through the flow writer, the month closed. The
company database is the demo plant (records to the end of 2025).
"""

from __future__ import annotations

import json
import shutil
import uuid
import zipfile
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from greendesk.errors import DomainError
from greendesk.models import AuditEntry, Flow, FlowAssay, Material, Node, Site
from greendesk.models.checklist import (
    ActionChange,
    ActionStatus,
    ChecklistItem,
    CostClass,
    SiteAction,
)
from greendesk.models.formations import MonitoringReading
from greendesk.models.sync import DatabaseIdentity, SyncPackage, SyncRecord
from greendesk.services.balance_records import set_flow_assays
from greendesk.services.checklist import ActionDraft
from greendesk.services.periods_closed import close_period, reopen_period
from greendesk.services.sync_codec import AUDIT, MANIFEST, Member, read_package, write_package
from greendesk.services.sync_export import export_period
from greendesk.services.sync_import import import_package
from greendesk.store.audit_anchor import head_on
from greendesk.store.audit_verify import verify
from greendesk.store.db import Database, open_database

SITES = ("Nurken concentrator", "Nurken open pit")  # the first has monitoring points
TODAY = date(2026, 2, 15)
# Each site also generates waste in January: (process, storage, waste, t).
WASTE = {SITES[0]: ("Grinding and flotation", "Tailings storage facility",
                    "Flotation tailings", 1000.0),
         SITES[1]: ("Open-pit mining", "Overburden dump No. 1", "Overburden", 5000.0)}


def _today(mp: pytest.MonkeyPatch) -> None:
    import greendesk.periods

    mp.setattr(greendesk.periods, "today", lambda: TODAY)


@pytest.fixture(scope="module")
def structure(tmp_path_factory: pytest.TempPathFactory, demo_db_file: Path) -> Path:
    """The company's structure workbook (`sync export --structure`) of a copy of the demo."""
    from greendesk.cli.main import main

    folder = tmp_path_factory.mktemp("structure")
    hq = shutil.copyfile(demo_db_file, folder / "hq.sqlite")
    out = folder / "structure.xlsx"
    assert main(["sync", "export", "--structure", "--db", str(hq), "-o", str(out)]) == 0
    return out


def _record(db: Database, site_name: str, tonnes: list[float]) -> list[int]:
    """Flows of January 2026 from a supplier into a process, through the flow writer."""
    from greendesk.services.flow_writes import insert_flows

    with db.write() as s:
        site = s.scalars(select(Site).where(Site.name == site_name)).one()
        a, b = (s.scalars(select(Node.id).where(Node.site_id == site.id, Node.kind == kind)
                          .order_by(Node.id)).first() for kind in ("supplier", "process"))
        ore = s.scalars(select(Material.id).where(Material.name == "Copper ore")).one()
        rows = [(site.id, date(2026, 1, 1 + i), "day", a, b, ore, t, "t", t, "measured",
                 None, "", "constant" if i == 0 else "measured")
                for i, t in enumerate(tonnes)]
        source, storage, waste, qty = WASTE[site_name]
        node = {n.name: n.id for n in s.scalars(select(Node).where(Node.site_id == site.id))}
        rows.append((site.id, date(2026, 1, 25), "day", node[source], node[storage],
                     s.scalars(select(Material.id).where(Material.name == waste)).one(), qty,
                     "t", qty, "measured", None, "", "measured"))
        return insert_flows(s, rows)


def _reading(db: Database, site_name: str) -> None:
    """A monitoring reading at one of the site's points, if it has one."""
    from greendesk.models import MonitoringParameter, MonitoringPoint
    from greendesk.services.monitoring import ReadingDraft, add_readings

    with db.read() as s:
        site = s.scalars(select(Site).where(Site.name == site_name)).one()
        point = s.scalars(select(MonitoringPoint.id).where(MonitoringPoint.site_id == site.id)
                          .order_by(MonitoringPoint.id)).first()
        parameter = s.scalars(select(MonitoringParameter.id).order_by(MonitoringParameter.id)
                              ).first()
    if point is not None and parameter is not None:
        add_readings(db, [ReadingDraft(point, parameter, date(2026, 1, 20), 7.1)])


def _site_file(folder: Path, structure: Path, site: str, tonnes: list[float]) -> Path:
    from greendesk.cli.main import main
    from greendesk.services.new_plant import create_plant

    path = create_plant(folder / "site.sqlite", "Saryarka Copper JSC", "050340000009")
    assert main(["sync", "import", str(structure), "--db", str(path)]) == 0  # names agree
    db = open_database(path, auto_backup=False)
    try:
        ids = _record(db, site, tonnes)
        set_flow_assays(db, ids[0], {"Cu": (0.6, "%")})
        _reading(db, site)
        close_period(db, "2026-01")
    finally:
        db.close()
    return path


@pytest.fixture(scope="module")
def site_files(tmp_path_factory: pytest.TempPathFactory, structure: Path) -> dict[str, Path]:
    """Two site databases (each its own identity), January 2026 recorded and closed."""
    with pytest.MonkeyPatch.context() as mp:
        _today(mp)
        return {SITES[0]: _site_file(tmp_path_factory.mktemp("a"), structure, SITES[0],
                                     [100.0, 200.0, 300.0]),
                SITES[1]: _site_file(tmp_path_factory.mktemp("b"), structure, SITES[1],
                                     [40.0, 50.0])}


@pytest.fixture
def sites(tmp_path: Path, site_files: dict[str, Path], clock) -> Iterator[dict[str, Database]]:  # type: ignore[no-untyped-def]
    clock(TODAY)
    dbs = {name: open_database(shutil.copyfile(p, tmp_path / f"{i}.sqlite"), auto_backup=False)
           for i, (name, p) in enumerate(site_files.items())}
    yield dbs
    for db in dbs.values():
        db.close()


@pytest.fixture
def company(demo_db: Database) -> Database:
    return demo_db


def _count(db: Database, model: type) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def _head(db: Database) -> tuple[int, str]:
    with db.read() as s:
        return head_on(s.connection())


def _package(db: Database, tmp_path: Path, name: str = "p.zip", site: str = SITES[0]) -> Path:
    return export_period(db, site, "2026-01", tmp_path / name).path


# ---------------------------------------------------------------- identity
def test_identity_added_on_upgrade_keeps_the_old_trail_and_anchors(tmp_path: Path) -> None:
    from greendesk.store.audit_verify import verify_connection
    from greendesk.store.db import KNOWN_REVISIONS, make_engine

    before_sync = KNOWN_REVISIONS[KNOWN_REVISIONS.index("0019_sync") - 1]
    fixture = Path(__file__).parents[1] / "migrations" / "fixtures" / f"{before_sync}.sqlite"
    path = shutil.copyfile(fixture, tmp_path / "old.sqlite")
    engine = make_engine(path)
    with engine.connect() as conn:
        before = verify_connection(conn)
    engine.dispose()
    assert not before.problems and before.anchors  # the fixture's export anchors hold
    db = open_database(path, auto_backup=False)
    try:
        after = verify(db)
        with db.read() as s:
            first = s.scalars(select(DatabaseIdentity.uuid)).one()
            old = s.scalars(select(AuditEntry).where(AuditEntry.id <= before.head_entry)
                            .order_by(AuditEntry.id.desc())).first()
    finally:
        db.close()
    assert not after.problems, after.problems
    assert all(c.holds for c in after.anchors) and len(after.anchors) == len(before.anchors)
    assert old is not None and old.hash == before.head_hash  # every old entry as it was
    uuid.UUID(first)
    db = open_database(path, auto_backup=False)
    try:
        with db.read() as s:
            assert s.scalars(select(DatabaseIdentity.uuid)).one() == first  # stable
    finally:
        db.close()


def test_each_new_database_has_its_own_identity(site_files: dict[str, Path]) -> None:
    ids = set()
    for path in site_files.values():
        db = open_database(path, auto_backup=False)
        try:
            with db.read() as s:
                ids.add(s.scalars(select(DatabaseIdentity.uuid)).one())
        finally:
            db.close()
    assert len(ids) == 2


# ---------------------------------------------------------------- export
def test_an_open_month_is_not_handed_in(sites: dict[str, Database], tmp_path: Path) -> None:
    with pytest.raises(DomainError, match="February 2026 is open; close it"):
        export_period(sites[SITES[0]], SITES[0], "2026-02", tmp_path / "p.zip")
    assert not (tmp_path / "p.zip").exists()


def test_package_holds_records_trail_and_digests(sites: dict[str, Database],
                                                 tmp_path: Path) -> None:
    site = sites[SITES[0]]
    done = export_period(site, SITES[0], "2026-01", tmp_path / "p.zip")
    package = read_package(done.path)
    assert done.counts["flow"] == 4 and done.counts["flow_assay"] == 1
    assert done.counts["monitoring_reading"] == 1
    assert package.head == _head(site) == done.head
    assert package.digest == done.digest
    flows = package.members["flow"]
    assert {r[flows.columns.index("from_node_id")] for r in flows.rows} <= {
        n for n in _node_names(site)}  # references travel by name
    assert sorted(r[flows.columns.index("reconciliation")] for r in flows.rows) == [
        "constant", "measured", "measured", "measured"]
    assert len(package.members[AUDIT].rows) == done.head[0]


def _node_names(db: Database) -> set[str]:
    with db.read() as s:
        return set(s.scalars(select(Node.name)))


# ---------------------------------------------------------------- import
def test_import_maps_records_and_once_is_enough(sites: dict[str, Database], company: Database,
                                                tmp_path: Path) -> None:
    path = _package(sites[SITES[0]], tmp_path)
    flows_before = _count(company, Flow)
    done = import_package(company, path)
    assert done.records == 6 and not done.unchanged
    assert _count(company, Flow) == flows_before + 4
    assert _count(company, FlowAssay) > 0 and _count(company, SyncRecord) == 6
    with company.read() as s:
        reading = s.scalars(select(MonitoringReading).where(
            MonitoringReading.taken_on == date(2026, 1, 20))).one()
    assert reading.value == 7.1
    head = _head(company)
    with company.read() as s:
        pkg = s.scalars(select(SyncPackage)).one()
        entry = s.scalars(select(AuditEntry).where(AuditEntry.entity == "sync_package")).one()
        roles = sorted(s.scalars(select(Flow.reconciliation).where(Flow.id.in_(
            select(SyncRecord.company_id).where(SyncRecord.entity == "flow")))))
    after = json.loads(entry.after or "{}")
    # The company chain's entry for the package carries its digest and the site's head.
    assert after["digest"] == done.digest and after["site_head"] == read_package(path).head[1]
    assert pkg.site_head_id == read_package(path).head[0]
    assert [str(r) for r in roles] == ["constant", "measured", "measured", "measured"]
    again = import_package(company, path)
    assert again.unchanged and _head(company) == head and _count(company, Flow) == \
        flows_before + 4
    assert not verify(company).problems


def _rewrite(path: Path, out: Path, change) -> Path:  # type: ignore[no-untyped-def]
    """A package with `change(members)` applied and its manifest recomputed, the head
    taken from its trail's last entry (a forger's)."""
    package = read_package(path)
    members = {k: Member(m.columns, [list(r) for r in m.rows])
               for k, m in package.members.items()}
    change(members)
    trail = members[AUDIT]
    last = trail.rows[-1]
    fields = {**{k: v for k, v in package.manifest.items()
                 if k not in ("format", "members", "counts")},
              "site_head": {"id": last[trail.columns.index("id")],
                            "hash": last[trail.columns.index("hash")]}}
    write_package(out, fields, members)
    return out


def _flip_member_byte(path: Path, out: Path) -> Path:
    with zipfile.ZipFile(path) as z, zipfile.ZipFile(out, "w") as w:
        for info in z.infolist():
            data = z.read(info)
            if info.filename == "flow.json":
                data = data.replace(b"100.0", b"900.0", 1)
            w.writestr(info.filename, data)
    return out


def _without_member(path: Path, out: Path) -> Path:
    with zipfile.ZipFile(path) as z, zipfile.ZipFile(out, "w") as w:
        for info in z.infolist():
            if info.filename != "flow_assay.json":
                w.writestr(info.filename, z.read(info))
    return out


def _edit_entry(members: dict[str, Member]) -> None:
    trail = members[AUDIT]
    trail.rows[len(trail.rows) // 2][trail.columns.index("officer")] = "someone else"


def _raw_flip(path: Path, out: Path) -> Path:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    out.write_bytes(bytes(data))
    return out


@pytest.mark.parametrize(("tamper", "refusal"), [
    (_raw_flip, r"(was changed after it was written|is not a GreenDesk period package)"),
    (_flip_member_byte, "flow.json does not match its digest"),
    (_without_member, "flow_assay.json is missing"),
    (lambda p, o: _rewrite(p, o, _edit_entry), "audit trail does not check at entry"),
])
def test_a_tampered_package_is_refused_whole(sites: dict[str, Database], company: Database,
                                             tmp_path: Path, tamper, refusal: str) -> None:  # type: ignore[no-untyped-def]
    bad = tamper(_package(sites[SITES[0]], tmp_path), tmp_path / "bad.zip")
    head, flows = _head(company), _count(company, Flow)
    with pytest.raises(DomainError, match=refusal):
        import_package(company, bad)
    assert _head(company) == head and _count(company, Flow) == flows


def test_an_unknown_node_is_refused_by_name(sites: dict[str, Database], company: Database,
                                            tmp_path: Path) -> None:
    def rename(members: dict[str, Member]) -> None:
        flows = members["flow"]
        flows.rows[1][flows.columns.index("to_node_id")] = "Nowhere pond"

    bad = _rewrite(_package(sites[SITES[0]], tmp_path), tmp_path / "bad.zip", rename)
    head = _head(company)
    with pytest.raises(DomainError, match="names the node Nowhere pond, which this database"):
        import_package(company, bad)
    assert _head(company) == head


def test_a_month_closed_at_the_company_takes_no_package(sites: dict[str, Database],
                                                        company: Database,
                                                        tmp_path: Path) -> None:
    close_period(company, "2026-01")
    head = _head(company)
    with pytest.raises(DomainError, match="January 2026 is closed"):
        import_package(company, _package(sites[SITES[0]], tmp_path))
    assert _head(company) == head


def _bad_date(members: dict[str, Member]) -> None:
    flows = members["flow"]
    flows.rows[0][flows.columns.index("flow_date")] = "2026-01-32"


def _extra_column(members: dict[str, Member]) -> None:
    flows = members["flow"]
    flows.columns.append("site_id")
    for r in flows.rows:
        r.append(1)


def _short_entry(members: dict[str, Member]) -> None:
    members[AUDIT].rows[0].pop()


@pytest.mark.parametrize(("forge", "refusal"), [
    (_bad_date, "its records do not fit this database"),
    (_extra_column, "is not a GreenDesk period package"),
    (_short_entry, "audit trail does not check"),
])
def test_a_hostile_package_gets_a_sentence_not_a_traceback(
        sites: dict[str, Database], company: Database, tmp_path: Path, forge,  # type: ignore[no-untyped-def]
        refusal: str) -> None:
    bad = _rewrite(_package(sites[SITES[0]], tmp_path), tmp_path / "bad.zip", forge)
    head, flows = _head(company), _count(company, Flow)
    with pytest.raises(DomainError, match=refusal):
        import_package(company, bad)
    assert _head(company) == head and _count(company, Flow) == flows


def test_a_rewritten_site_trail_is_refused_against_an_earlier_package(
        sites: dict[str, Database], company: Database, tmp_path: Path) -> None:
    from greendesk.store.audit_codec import GENESIS, entry_hash

    path = _package(sites[SITES[0]], tmp_path)
    import_package(company, path)

    def rechain(members: dict[str, Member]) -> None:  # an edit, then every hash recomputed
        trail, c = members[AUDIT], members[AUDIT].columns.index
        trail.rows[2][c("note")] = "rewritten"
        prev = GENESIS
        for r in trail.rows:
            r[c("prev_hash")] = prev
            r[c("hash")] = prev = entry_hash(prev, r[c("id")], r[c("at")], r[c("os_user")],
                                             r[c("officer")], r[c("action")], r[c("entity")],
                                             r[c("entity_id")], r[c("before")], r[c("after")],
                                             r[c("note")])

    def forged(members: dict[str, Member]) -> None:
        rechain(members)
        flows = members["flow"]
        flows.rows[0][flows.columns.index("qty_canonical")] = 1.0

    package = read_package(path)
    bad = _rewrite(path, tmp_path / "bad.zip", forged)
    assert read_package(bad).head[0] == package.head[0]  # the forgery checks by itself ...
    head = _head(company)
    with pytest.raises(DomainError, match=f"no longer holds entry {package.head[0]}"):
        import_package(company, bad)  # ... but not against the head taken in before
    assert _head(company) == head


def test_one_site_month_is_taken_from_one_database_only(sites: dict[str, Database],
                                                         company: Database,
                                                         tmp_path: Path) -> None:
    path = _package(sites[SITES[0]], tmp_path)
    import_package(company, path)
    package = read_package(path)
    stranger = tmp_path / "stranger.zip"  # the same month from a database of another identity
    write_package(stranger, {"origin": str(uuid.uuid4()), "site": SITES[0], "period": "2026-01",
                             "site_head": {"id": package.head[0], "hash": package.head[1]}},
                  dict(package.members))
    head = _head(company)
    with pytest.raises(DomainError, match="was handed in from another database"):
        import_package(company, stranger)
    assert _head(company) == head


def test_a_package_is_not_taken_in_by_its_own_database(sites: dict[str, Database],
                                                       tmp_path: Path) -> None:
    site = sites[SITES[0]]
    with pytest.raises(DomainError, match="was written by this database"):
        import_package(site, _package(site, tmp_path))


# ---------------------------------------------------------------- corrected package
def test_a_corrected_package_replaces_only_while_the_company_reopened_the_month(
        sites: dict[str, Database], company: Database, tmp_path: Path) -> None:
    from greendesk.services.flows import DeleteFlows

    site = sites[SITES[0]]
    import_package(company, _package(site, tmp_path, "first.zip"))
    close_period(company, "2026-01")
    flows = _count(company, Flow)
    reopen_period(site, "2026-01", "The 300 t record was entered twice")
    with site.read() as s:
        wrong = s.scalars(select(Flow.id).where(Flow.qty_canonical == 300.0)).one()
    DeleteFlows([wrong]).apply(site)
    close_period(site, "2026-01")
    corrected = _package(site, tmp_path, "corrected.zip")
    head = _head(company)
    with pytest.raises(DomainError, match="reopen January 2026 here"):
        import_package(company, corrected)
    assert _head(company) == head
    reopen_period(company, "2026-01", "The concentrator corrected January")
    done = import_package(company, corrected)
    assert done.replaced and _count(company, Flow) == flows - 1
    with company.read() as s:
        pkg = s.scalars(select(SyncPackage)).one()
        notes = [e.note for e in s.scalars(select(AuditEntry).where(
            AuditEntry.entity == "sync_package").order_by(AuditEntry.id))]
        deleted = s.scalars(select(AuditEntry).where(AuditEntry.entity == "flow",
                                                     AuditEntry.action == "delete")).all()
    assert pkg.digest == done.digest and len(notes) == 2 and "corrected.zip" in notes[-1]
    assert deleted  # the replaced records' removal is in the trail
    assert not verify(company).problems


# ---------------------------------------------------------------- company-wide figures
def test_company_figures_per_site_and_in_all(sites: dict[str, Database], company: Database,
                                             tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    from greendesk.cli.main import main

    for i, (name, db) in enumerate(sites.items()):
        import_package(company, _package(db, tmp_path, f"{i}.zip", site=name))
    def scopes(db: Database, *site: str) -> list[dict[str, object]]:
        main(["balance", "--db", str(db.path), "--period", "2026-01", "--format", "json",
              *(("--site", site[0]) if site else ())])
        return list(json.loads(capsys.readouterr().out)["scopes"])

    everyone = {x["site"]: x["lines"] for x in scopes(company)}
    for name, db in sites.items():  # each site's figures at the company are the site's own
        own = {x["site"]: x["lines"] for x in scopes(db)}[name]
        assert own and everyone[name] == own
        assert scopes(company, name)[0]["lines"] == own  # --site: that site alone
    with company.read() as s:
        total = s.scalar(select(func.sum(Flow.qty_canonical)).where(
            Flow.flow_date >= date(2026, 1, 1)))
    assert total == 600.0 + 90.0 + 1000.0 + 5000.0  # every site's records, in all

    def generated(db: Database) -> dict[str, float]:
        main(["indicators", "--db", str(db.path), "--period", "2026-01", "--format", "json"])
        return {f["name"]: f["generated"] for f in json.loads(capsys.readouterr().out)[
            "figures"]}

    waste = generated(company)
    for name, db in sites.items():  # waste generated: each site's own figure ...
        assert waste[name] == generated(db)[name] == WASTE[name][3]
    assert waste["Saryarka Copper JSC"] == 6000.0  # ... and the enterprise's, over both


def test_cli_hands_in_and_takes_in(sites: dict[str, Database], company: Database,
                                   tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from greendesk.cli.main import main

    site = sites[SITES[1]]
    out = tmp_path / "jan.zip"
    assert main(["sync", "export", "--db", str(site.path), "--site", SITES[1], "--period",
                 "2026-01", "-o", str(out)]) == 0
    assert main(["sync", "import", str(out), "--db", str(company.path)]) == 0
    assert main(["sync", "import", str(out), "--db", str(company.path)]) == 0
    text = capsys.readouterr().out
    assert "Took in 4 records of Nurken open pit" in text and "nothing changed" in text
    assert main(["sync", "export", "--db", str(site.path), "--site", SITES[1], "--period",
                 "2026-02", "-o", str(tmp_path / "feb.zip")]) != 0
    assert "is open" in capsys.readouterr().err
    with zipfile.ZipFile(out) as z:
        assert MANIFEST in z.namelist()


# ---------------------------------------------------------------- actions
def _act(db: Database, when: datetime, draft: ActionDraft, own: str = "") -> None:
    """The site's M1.1 action updated (and an own action added) at `when`."""
    from greendesk.services.checklist import add_own_action, ensure_ready, update_action

    ensure_ready(db)
    with db.read() as s:
        site = s.scalars(select(Site).where(Site.name == SITES[0])).one()
        action = s.scalars(select(SiteAction.id).where(SiteAction.site_id == site.id,
                                                       SiteAction.item_id == "M1.1")).one()
    update_action(db, action, draft, who="Aigerim")
    if own:
        add_own_action(db, site.id, "M2", own, CostClass.LOW, who="Aigerim")
    with db.write() as s:  # dated in the month handed in
        s.execute(update(ActionChange).where(ActionChange.at > when).values(at=when))


def _company_action(db: Database) -> tuple[SiteAction, list[str]]:
    with db.read() as s:
        site = s.scalars(select(Site).where(Site.name == SITES[0])).one()
        action = s.scalars(select(SiteAction).where(SiteAction.site_id == site.id,
                                                    SiteAction.item_id == "M1.1")).one()
        own = list(s.scalars(select(ChecklistItem.text).where(ChecklistItem.site_id == site.id)))
        s.expunge(action)
        return action, own


def test_site_actions_arrive_as_the_sites_current_state(sites: dict[str, Database],
                                                        company: Database, tmp_path: Path,
                                                        clock) -> None:  # type: ignore[no-untyped-def]
    site = sites[SITES[0]]
    _act(site, datetime(2026, 1, 20, 9), ActionDraft(ActionStatus.IN_PROGRESS, owner="Aigerim",
                                                    estimated_cost=5e6), own="Cover the belts")
    _act(site, datetime(2026, 2, 3, 9), ActionDraft(ActionStatus.DONE, owner="Aigerim",
                                                   estimated_cost=5e6, actual_effect=12.0))
    clock(date(2026, 3, 5))
    close_period(site, "2026-02")
    jan, feb = _package(site, tmp_path), export_period(site, SITES[0], "2026-02",
                                                      tmp_path / "feb.zip").path
    # January's package: the actions as they stand now, the history of January only.
    assert len(read_package(jan).members["action_change"].rows) == 5  # 4 fields, the own one
    changes_before = _count(company, ActionChange)
    import_package(company, feb)
    action, own = _company_action(company)
    assert (action.status, action.owner, action.estimated_cost, action.actual_effect) == (
        ActionStatus.DONE, "Aigerim", 5e6, 12.0)
    assert own == ["Cover the belts"] and _count(company, ActionChange) == changes_before + 2
    # January taken in after February: its history is appended, its older state is not.
    _act(site, datetime(2026, 3, 1), ActionDraft(ActionStatus.PLANNED))  # not handed in
    import_package(company, jan)
    assert _company_action(company)[0].status == ActionStatus.DONE
    assert _count(company, ActionChange) == changes_before + 7
    head = _head(company)
    assert import_package(company, jan).unchanged and _head(company) == head
    assert not verify(company).problems
