"""The plant set-up workbook's emission sheets: the demo's sources, streams and abatement
exported and imported into an empty plant come back the same; a stream naming an unknown
source is refused with its row; a stream removed from its sheet leaves the source."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook

from greendesk.importers.import_problems import ImportRejected
from greendesk.importers.plant_import import import_plant
from greendesk.importers.plant_workbook import write_plant_workbook
from greendesk.services import emission_sources as es
from greendesk.services.new_plant import create_plant
from greendesk.services.structure import get_plant
from greendesk.store.db import Database, open_database


@pytest.fixture
def new_db(tmp_path: Path) -> Iterator[Database]:
    path = create_plant(tmp_path / "new.sqlite", "Test plant", "050340000009", "en")
    db = open_database(path, create=False)
    yield db
    db.close()


def _sources(db: Database) -> dict[tuple[str, str], tuple[object, ...]]:
    """Each source by site and number, with its ids turned into names."""
    plant = get_plant(db)
    nodes = {n.id: n.name for s in plant.sites for n in s.nodes}
    out = {}
    for row in es.list_sources(db):
        d = es.source_draft(db, row.id)
        out[(row.site, row.number)] = (
            d.name, d.kind, nodes.get(d.node_id or 0), d.mobile, d.height_m, d.diameter_m,
            d.gas_flow_m3_s, d.gas_temperature_c, d.hours_per_year, d.monitoring_point_id
            is not None,
            sorted((nodes[s.from_node_id], nodes[s.to_node_id], s.activity, s.share)
                   for s in d.streams),
            sorted((a.substance, a.equipment, a.efficiency) for a in d.abatement))
    return out


def test_export_then_import_into_an_empty_plant_gives_the_same_sources(
        tmp_path: Path, demo_db: Database, new_db: Database) -> None:
    out = write_plant_workbook(tmp_path / "demo.xlsx", demo_db, with_records=True)
    assert {"Emission sources", "Source streams", "Abatement"} <= set(
        load_workbook(out, read_only=True).sheetnames)
    assert import_plant(new_db, out).applied
    before, after = _sources(demo_db), _sources(new_db)
    assert len(before) == 3 and after == before
    smelter = before[next(k for k in before if k[1] == "0001")]
    assert smelter[4] == 150.0 and len(smelter[10]) == 4 and smelter[11][0][0] == "DUST"


def test_a_stream_of_an_unknown_source_is_refused_and_a_removed_stream_goes(
        tmp_path: Path, demo_db: Database) -> None:
    out = write_plant_workbook(tmp_path / "demo.xlsx", demo_db, with_records=True)
    wb = load_workbook(out)
    ws = wb["Source streams"]
    ws.cell(row=2, column=2, value="9999")
    wb.save(out)
    with pytest.raises(ImportRejected) as refused:
        import_plant(demo_db, out)
    assert "There is no source numbered '9999'" in str(refused.value.problems[0])

    out = write_plant_workbook(tmp_path / "again.xlsx", demo_db, with_records=True)
    wb = load_workbook(out)
    ws = wb["Source streams"]
    gone = [ws.cell(row=2, column=c).value for c in range(1, 6)]
    counts = {(r.site, r.number): r.streams for r in es.list_sources(demo_db)}
    ws.delete_rows(2)
    wb.save(out)
    assert import_plant(demo_db, out).applied
    src = next(r for r in es.list_sources(demo_db) if (r.site, r.number) == tuple(gone[:2]))
    assert src.streams == counts[(src.site, src.number)] - 1  # the source stays, one less
    names = {n.id: n.name for s in get_plant(demo_db).sites for n in s.nodes}
    left = [(names[s.from_node_id], names[s.to_node_id])
            for s in es.source_draft(demo_db, src.id).streams]
    assert (gone[2], gone[3]) not in left
