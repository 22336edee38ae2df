"""The same alembic chain on PostgreSQL: every revision applies one at a time, the head
schema is the models', and an older server database is upgraded on opening (by whichever
officer opens it first) with its trail still verifying."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from greendesk.models.base import Base
from greendesk.store import db as store_db
from greendesk.store import postgres
from greendesk.store.audit_verify import verify
from greendesk.store.db import (
    KNOWN_REVISIONS,
    SCHEMA_HEAD,
    current_revision,
    open_database,
)
from tests import pg_cluster


@pytest.fixture
def empty_url(pg_server) -> str:  # type: ignore[no-untyped-def]
    name = pg_cluster.fresh_name("chain")
    pg_cluster.admin(pg_server, f'CREATE DATABASE "{name}"')
    return str(pg_server.url(name))


def test_every_revision_applies_on_postgresql_and_opening_finishes_the_upgrade(
        empty_url: str) -> None:
    engine = postgres.make_engine(postgres.server_url(empty_url))
    try:
        # as each release of GreenDesk since the audit trail (0005) left it
        for revision in KNOWN_REVISIONS[KNOWN_REVISIONS.index("0005_audit"):-1]:
            store_db._upgrade(engine, revision)
            assert current_revision(engine) == revision
    finally:
        engine.dispose()
    db = open_database(empty_url, create=False)
    try:
        assert db.upgraded_from == KNOWN_REVISIONS[-2]
        assert current_revision(db.engine) == SCHEMA_HEAD and db.backup_made is None
        assert verify(db, []).ok
    finally:
        db.close()


def test_models_and_migrations_agree_on_postgresql(pg_url: str) -> None:
    db = open_database(pg_url)
    try:
        with db.engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    finally:
        db.close()
    assert diff == []
