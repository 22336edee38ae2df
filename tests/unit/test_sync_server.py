"""The company database on a PostgreSQL server takes in the sites' closed months (issue 20):
two sites' packages into one server database, the same package again changes nothing, a
tampered one is refused whole, a corrected one replaces only while the company month is
reopened, and the server's trail verifies. The sites are test_sync.py's SQLite files."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from greendesk.cli.main import main
from greendesk.errors import DomainError
from greendesk.models import AuditEntry, Flow
from greendesk.models.sync import SyncPackage, SyncRecord
from greendesk.services.periods_closed import close_period, reopen_period
from greendesk.services.sync_import import import_package
from greendesk.store.audit_verify import verify
from greendesk.store.db import Database, open_database
from tests import pg_cluster
from tests.unit.test_sync import (  # noqa: F401 - fixtures shared with the SQLite tests
    SITES,
    _count,
    _flip_member_byte,
    _head,
    _package,
    site_files,
    sites,
    structure,
)


@pytest.fixture
def server(pg_server, structure: Path) -> Iterator[Database]:  # type: ignore[no-untyped-def]  # noqa: F811
    """An empty company plant on the server with the company's structure imported."""
    name = pg_cluster.fresh_name("company")
    pg_cluster.admin(pg_server, f'CREATE DATABASE "{name}"')
    url = pg_server.url(name)
    assert main(["new", "--db", url, "--enterprise", "Saryarka Copper JSC",
                 "--bin", "050340000009"]) == 0
    assert main(["sync", "import", str(structure), "--db", url]) == 0
    db = open_database(url)
    yield db
    db.close()
    pg_cluster.admin(pg_server, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_server_takes_in_both_sites_once_refuses_tampering_and_replaces_when_reopened(
        sites: dict[str, Database], server: Database, tmp_path: Path,  # noqa: F811
        capsys: pytest.CaptureFixture[str]) -> None:
    from greendesk.services.flows import DeleteFlows

    first = {name: _package(db, tmp_path, f"{i}.zip", site=name)
             for i, (name, db) in enumerate(sites.items())}
    for path in first.values():  # the command line, as a head office would
        assert main(["sync", "import", str(path), "--db", str(server.server)]) == 0
    assert "Took in" in capsys.readouterr().out
    assert _count(server, Flow) == 4 + 3 and _count(server, SyncPackage) == 2
    head, records = _head(server), _count(server, SyncRecord)
    assert import_package(server, first[SITES[0]]).unchanged  # once is enough
    assert _head(server) == head and _count(server, SyncRecord) == records
    with server.read() as s:
        total = s.scalar(select(func.sum(Flow.qty_canonical)))
    assert total == 600.0 + 90.0 + 1000.0 + 5000.0

    site = sites[SITES[0]]
    bad = _flip_member_byte(first[SITES[0]], tmp_path / "bad.zip")
    with pytest.raises(DomainError, match="flow.json does not match its digest"):
        import_package(server, bad)
    assert _head(server) == head

    reopen_period(site, "2026-01", "The 300 t record was entered twice")
    with site.read() as s:
        wrong = s.scalars(select(Flow.id).where(Flow.qty_canonical == 300.0)).one()
    DeleteFlows([wrong]).apply(site)
    close_period(site, "2026-01")
    corrected = _package(site, tmp_path, "corrected.zip")
    close_period(server, "2026-01")
    head = _head(server)
    with pytest.raises(DomainError, match="reopen January 2026 here"):
        import_package(server, corrected)
    assert _head(server) == head
    reopen_period(server, "2026-01", "The concentrator corrected January")
    done = import_package(server, corrected)
    assert done.replaced and _count(server, Flow) == 4 + 3 - 1
    with server.read() as s:
        deleted = s.scalars(select(AuditEntry).where(AuditEntry.entity == "flow",
                                                     AuditEntry.action == "delete")).all()
        mapped = s.scalars(select(SyncRecord.company_id).where(SyncRecord.entity == "flow"))
        assert sorted(s.scalars(select(Flow.qty_canonical).where(Flow.id.in_(list(mapped))))
                      ) == [40.0, 50.0, 100.0, 200.0, 1000.0, 5000.0]
    assert deleted and not verify(server).problems
    assert main(["audit", "verify", "--db", str(server.server)]) == 0
