"""Material properties: editing density or calorific value recomputes canonical values."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from greendesk.errors import DomainError
from greendesk.models import Flow, Material, MaterialCategory, QuantityKind
from greendesk.services.changes import Entity
from greendesk.services.materials import (
    MaterialDraft,
    add_material,
    list_materials,
    update_material,
)
from greendesk.store.db import Database

# The database-level rules hold alike on SQLite and on a PostgreSQL server.
pytestmark = pytest.mark.backends("sqlite", "postgresql")


def _draft(row, **change) -> MaterialDraft:  # type: ignore[no-untyped-def]
    base = dict(name=row.name, category=row.category, kind=row.kind,
                default_unit=row.default_unit, density_t_per_m3=row.density_t_per_m3,
                ncv_gj_per_unit=row.ncv_gj_per_unit, tce_factor=row.tce_factor,
                tce_factor_unit=row.tce_factor_unit, waste_code=row.waste_code, note=row.note)
    return MaterialDraft(**{**base, **change})


def _diesel(db: Database):  # type: ignore[no-untyped-def]
    return next(m for m in list_materials(db) if m.name == "Diesel fuel")


def _canonical(db: Database, material_id: int) -> list[tuple[float, str, float]]:
    with db.read() as s:
        return [(f.qty_entered, f.unit_entered, f.qty_canonical) for f in s.scalars(
            select(Flow).where(Flow.material_id == material_id).order_by(Flow.id))]


def test_new_density_recomputes_every_record_from_the_entry(demo_db: Database) -> None:
    diesel = _diesel(demo_db)
    before = _canonical(demo_db, diesel.id)
    result = update_material(demo_db, diesel.id, _draft(diesel, density_t_per_m3=0.85))
    after = _canonical(demo_db, diesel.id)
    assert result.recomputed == len(before) == 36
    assert result.changes.touches(Entity.FLOW)
    for (qty, unit, old), (qty2, unit2, new) in zip(before, after, strict=True):
        assert (qty, unit) == (qty2, unit2)  # the entry is never touched
        assert new == pytest.approx(qty / 1000 * 0.85)
        assert new == pytest.approx(old / 0.84 * 0.85)


def test_removing_a_needed_property_is_refused_and_nothing_changes(demo_db: Database) -> None:
    diesel = _diesel(demo_db)
    before = _canonical(demo_db, diesel.id)
    with pytest.raises(DomainError, match="36 records of Diesel fuel were entered in L") as info:
        update_material(demo_db, diesel.id, _draft(diesel, density_t_per_m3=None))
    assert "density" in str(info.value)
    assert _canonical(demo_db, diesel.id) == before
    assert _diesel(demo_db).density_t_per_m3 == 0.84


def test_a_rename_recomputes_nothing(demo_db: Database) -> None:
    diesel = _diesel(demo_db)
    result = update_material(demo_db, diesel.id, _draft(diesel, name="Diesel fuel (EN 590)"))
    assert result.recomputed == 0 and not result.changes.touches(Entity.FLOW)


def test_kind_cannot_change_while_records_exist(demo_db: Database) -> None:
    diesel = _diesel(demo_db)
    with pytest.raises(DomainError, match="cannot change"):
        update_material(demo_db, diesel.id, _draft(diesel, kind=QuantityKind.VOLUME,
                                                   default_unit="m³"))


@pytest.mark.parametrize(
    ("change", "fragment"),
    [
        (dict(density_t_per_m3=-1.0), "Density"),
        (dict(default_unit="GJ"), "cannot be entered in GJ"),
        (dict(waste_code="01 03 06"), "waste material"),
        (dict(tce_factor=1.2), "both a value and its unit"),
    ],
)
def test_bad_properties_are_refused(db: Database, change: dict, fragment: str) -> None:
    base = MaterialDraft("Quartz", MaterialCategory.RAW_MATERIAL, QuantityKind.MASS, "t")
    with pytest.raises(DomainError, match=fragment):
        add_material(db, MaterialDraft(**{**vars(base), **change}))
    with db.read() as s:
        assert s.scalars(select(Material)).first() is None
