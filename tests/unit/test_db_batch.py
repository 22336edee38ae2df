"""Database.batch: service writes joined as savepoints of one transaction (the plant set-up
import's all or nothing, through the services' own write functions)."""

from __future__ import annotations

import pytest

from greendesk.errors import DomainError
from greendesk.models import SiteKind
from greendesk.services import structure
from greendesk.store.audit_verify import verify
from greendesk.store.db import Database

# The database-level rules hold alike on SQLite and on a PostgreSQL server.
pytestmark = pytest.mark.backends("sqlite", "postgresql")


def _names(db: Database) -> list[str]:
    return [s.name for s in structure.get_plant(db).sites]


def test_a_refused_write_undoes_only_itself_and_the_batch_commits_the_rest(
        plant: Database) -> None:
    before = _names(plant)
    with plant.batch():
        structure.add_site(plant, structure.SiteDraft("Second", "Abai", SiteKind.MINE))
        with pytest.raises(DomainError):   # a taken name: refused inside the batch
            structure.add_site(plant, structure.SiteDraft("Second", "Abai", SiteKind.MINE))
        assert "Second" in _names(plant)   # reads inside the batch see its writes
        structure.add_site(plant, structure.SiteDraft("Third", "Abai", SiteKind.MINE))
    assert sorted(_names(plant)) == sorted([*before, "Second", "Third"])
    assert verify(plant).total_problems == 0   # the trail holds exactly what was committed


def test_an_error_out_of_the_batch_rolls_every_write_back(plant: Database) -> None:
    before = _names(plant)
    with pytest.raises(RuntimeError, match="stop"), plant.batch():
        structure.add_site(plant, structure.SiteDraft("Second", "Abai", SiteKind.MINE))
        raise RuntimeError("stop")
    assert _names(plant) == before
    with pytest.raises(RuntimeError, match="nest"), plant.batch(), plant.batch():
        pass
