"""Importing formations, assays and readings through a column mapping: all rows or none."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from greendesk.errors import DomainError
from greendesk.importers.flows_import import DuplicateImport, ImportRejected
from greendesk.importers.formation_mapping import (
    BUILTIN,
    FieldSpec,
    Mapping,
    guess_mapping,
    list_mappings,
    load_mapping,
    mapping_from_json,
    save_mapping,
)
from greendesk.importers.formations_import import import_with_mapping, read_file
from greendesk.models import ConstructionMethod, FormationStatus, Medium, SourceKind
from greendesk.services import formations as fs
from greendesk.services import monitoring as ms
from greendesk.store.db import Database
from tests.conftest import SHARED_DATA, needs

CHILE = SHARED_DATA / "chile_tailings_deposits_sernageomin_2018.csv"
needs_chile = needs(CHILE.is_file(), reason=f"the Chilean register is not at {CHILE}")


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def _count(db: Database, table: str) -> int:
    con = sqlite3.connect(db.path)
    try:
        return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        con.close()


# ---------------------------------------------------------------- the Chilean register
@needs_chile
def test_the_chilean_register_imports_through_a_saved_mapping(db: Database) -> None:
    table = read_file(CHILE)
    guessed = guess_mapping(table.header, "formations")
    # The first guess already finds the usual Spanish headings.
    assert guessed.fields["status"] == FieldSpec(column="ESTADO_INS")
    assert guessed.fields["construction_method"] == FieldSpec(column="METODO_CONS")
    assert guessed.fields["latitude"] == FieldSpec(column="latitude")
    # The officer completes it (here: as the built-in one) and saves it under a name ...
    chile = mapping_from_json(dict(BUILTIN["sernageomin-2018"], name="Chile 2018"))
    save_mapping(chile)
    assert "chile-2018" in list_mappings("formations")
    # ... which the next import uses by name.
    reused = load_mapping("Chile 2018")
    assert reused == chile
    result = import_with_mapping(db, CHILE, reused)
    assert (result.rows, result.added, result.updated) == (742, 742, 0)
    assert "UTM_NORTE" in result.notes[-1]
    rows = {r.external_id: r for r in fs.list_formations(db)}
    assert len(rows) == 742
    first = rows["ID_00000"]
    assert first.name == "PUNTA MORADO" and first.site_id is None
    assert first.status is FormationStatus.INACTIVE
    assert first.construction_method is None  # <Nulo>
    assert first.latitude == pytest.approx(-25.38807743474775)
    assert first.longitude == pytest.approx(-70.45556107918424)
    assert (first.capacity_m3, first.capacity_t) == (1121664.0, 1682496.0)
    assert first.volume_m3 is None and first.tonnage_t is None  # "0": not reported
    assert first.locality == "TALTAL, ANTOFAGASTA, region II, Chile"
    assert first.documents == ("Approval 1161 of 29-09-1992; closure plan 1530 of "
                               "04-06-2015")
    methods = [r.construction_method for r in rows.values()]
    assert methods.count(ConstructionMethod.UPSTREAM) == 212
    assert methods.count(ConstructionMethod.DOWNSTREAM) == 40
    assert methods.count(ConstructionMethod.CENTRELINE) == 87
    statuses = [r.status for r in rows.values()]
    assert statuses.count(FormationStatus.ABANDONED) == 173
    active = rows["ID_00007"]  # VETA DEL AGUA 6: 276,349 m³ and 414,524 t
    assert active.figures.density_t_m3 == pytest.approx(1.5, rel=1e-3)
    assert rows["ID_00006"].name == "VETA DEL AGUA 1-2-3-4"
    assert all(r.name for r in rows.values())  # DESCONOCIDO falls back to the plant or id
    # The same file again is noticed; imported again on purpose, it updates in place.
    with pytest.raises(DuplicateImport, match="already imported"):
        import_with_mapping(db, CHILE, reused)
    again = import_with_mapping(db, CHILE, reused, again=True)
    assert (again.added, again.updated) == (0, 742)
    assert len(fs.list_formations(db)) == 742
    # The register ranks them all; none can be valued without assays.
    assert len(fs.ranking(db)) == 742


@needs_chile
def test_the_command_line_imports_with_a_mapping_name(db_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from greendesk.cli import main

    assert main(["import", "formations", str(CHILE), "--db", str(db_path),
                 "--mapping", "sernageomin-2018"]) == 0
    assert "Imported 742 formations (742 new, 0 updated)" in capsys.readouterr().out
    path = Path(save_mapping(load_mapping("sernageomin-2018")))
    assert main(["import", "formations", str(CHILE), "--db", str(db_path), "--mapping",
                 str(path), "--again"]) == 0
    assert "(0 new, 742 updated)" in capsys.readouterr().out


# ---------------------------------------------------------------- refusals
REGISTER = """Код;Наименование;Вид;Состояние;Объём, м3;Масса, т;Широта
T-1;Хвостохранилище №1;хвостохранилище;действующий;1 000 000;1 450 000;47,9
T-2;Отвал вскрышных пород;отвал;законсервирован;<Nulo>;-;47,95
T-3;Шлакоотвал;шлакоотвал;строится к 2030;12000;39600;47,97
T-4;Старое хвостохранилище;хвостохранилище;закрыт;abc;;север
T-5;Шламонакопитель;шламонакопитель;закрыт;;;91
"""


def _ru_mapping() -> Mapping:
    return mapping_from_json({
        "name": "ru register", "target": "formations",
        "fields": {"external_id": "Код", "name": "Наименование", "kind": "Вид",
                   "status": "Состояние", "volume_m3": "Объём, м3", "tonnage_t": "Масса, т",
                   "latitude": "Широта"}})


def test_one_bad_row_refuses_the_whole_file_and_is_named(db: Database, tmp_path: Path) -> None:
    path = _write(tmp_path / "register.csv", REGISTER)
    with pytest.raises(ImportRejected) as err:
        import_with_mapping(db, path, _ru_mapping())
    problems = err.value.problems
    assert [(p.row, p.column_letter, p.column_header) for p in problems] == [
        (4, "D", "Состояние"), (5, "E", "Объём, м3"), (5, "G", "Широта"), (6, "G", "Широта")]
    assert "'строится к 2030' is not a status" in problems[0].message
    assert "'abc' is not a number" in problems[1].message
    assert "'север' is not a number" in problems[2].message
    assert "latitude must be at most 90" in problems[3].message
    assert "nothing was imported" in str(err.value) and "row 4" in str(err.value)
    assert _count(db, "formation") == 0 and _count(db, "import_batch") == 0
    # Mapped to a value, the word imports; the rest of the file is the officer's to fix.
    fixed = _write(tmp_path / "fixed.csv", REGISTER.replace("abc;;север", "8000;;48")
                   .replace(";;91", ";;47.99"))
    m = _ru_mapping()
    m.fields["status"] = FieldSpec(column="Состояние",
                                   values={"строится к 2030": "under_construction"})
    result = import_with_mapping(db, fixed, m, site=None)
    assert result.rows == 5
    rows = {r.external_id: r for r in fs.list_formations(db)}
    assert rows["T-1"].volume_m3 == 1_000_000 and rows["T-1"].latitude == 47.9
    assert rows["T-2"].volume_m3 is None and rows["T-2"].tonnage_t is None
    assert rows["T-3"].status is FormationStatus.UNDER_CONSTRUCTION


def test_a_mapping_that_does_not_fit_the_file_says_so(db: Database, tmp_path: Path) -> None:
    path = _write(tmp_path / "register.csv", REGISTER)
    m = _ru_mapping()
    m.fields["tonnage_t"] = FieldSpec(column="Tonnage")
    del m.fields["kind"]
    with pytest.raises(ImportRejected) as err:
        import_with_mapping(db, path, m)
    messages = [p.message for p in err.value.problems]
    assert "reads Tonnage, t from a column 'Tonnage', which the file does not have" in \
        messages[0]
    assert "does not say where Kind comes from" in messages[1]


def test_broken_mappings_are_refused_with_a_sentence(tmp_path: Path) -> None:
    with pytest.raises(DomainError, match="'colour'.*not a field of formations"):
        mapping_from_json({"target": "formations", "fields": {"colour": "A"}})
    with pytest.raises(DomainError, match="maps to 'open', which is not one of"):
        mapping_from_json({"fields": {"status": {"column": "S", "values": {"A": "open"}}}})
    with pytest.raises(DomainError, match="exactly one of column"):
        mapping_from_json({"fields": {"name": {"column": "A", "value": "x"}}})
    bad = _write(tmp_path / "bad.json", "{not json")
    with pytest.raises(DomainError, match="not valid JSON"):
        load_mapping(bad)
    with pytest.raises(DomainError, match="no saved mapping named 'nope'"):
        load_mapping("nope")


# ---------------------------------------------------------------- assays and readings
@pytest.fixture
def pond(db: Database) -> int:
    fid, _ = fs.add_formation(db, fs.FormationDraft(
        "Old pond", "tailings", "closed", tonnage_t=3e6, external_id="OP-1"))  # type: ignore[arg-type]
    return fid


def test_assays_import_in_wide_form_with_blocks(db: Database, pond: int, tmp_path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Lab"
    ws.append(["Object", "Sample No", "Zone", "Zone tonnage", "Date", "Cu, %", "Au, g/t"])
    ws.append(["OP-1", "S-1", "A", 1_000_000, date(2024, 5, 2), 0.31, 0.5])
    ws.append(["Old pond", "S-2", "A", None, date(2024, 5, 2), 0.29, "<Nulo>"])
    ws.append(["OP-1", "S-3", "B", 2_000_000, date(2024, 5, 3), 0.2, 0.3])
    path = tmp_path / "lab.xlsx"
    wb.save(path)
    m = mapping_from_json({"name": "lab", "target": "assays", "fields": {
        "formation": "Object", "sample": "Sample No", "block": "Zone",
        "block_tonnage_t": "Zone tonnage", "taken_on": "Date",
        "grade:Cu": {"column": "Cu, %", "unit": "%"},
        "grade:Au": {"column": "Au, g/t", "unit": "g/t"}}})
    result = import_with_mapping(db, path, m)
    assert (result.rows, result.added) == (5, 3)  # assays, samples
    blocks = fs.list_blocks(db, pond)
    assert [(b.name, b.tonnage_t, b.n_samples) for b in blocks] == [
        ("A", 1e6, 2), ("B", 2e6, 1)]
    cu = fs.assessment(db, pond).assessment.components[0]
    assert cu.contained.metal_t == pytest.approx(1e6 * 0.003 + 2e6 * 0.002)


def test_assays_in_long_form_refuse_all_for_one_bad_grade(db: Database, pond: int,
                                                          tmp_path: Path) -> None:
    path = _write(tmp_path / "assays.csv", "formation,sample,element,value,unit\n"
                                           "OP-1,S-1,Cu,0.3,%\n"
                                           "OP-1,S-1,Au,420,ppb\n"
                                           "OP-1,S-2,Cu,0.25,%\n"
                                           "OP-1,S-3,Cu,0.27,oz/t\n")
    m = mapping_from_json({"target": "assays", "fields": {
        "formation": "formation", "sample": "sample", "component": "element",
        "grade": "value", "unit": "unit"}})
    with pytest.raises(ImportRejected) as err:
        import_with_mapping(db, path, m)
    (p,) = err.value.problems
    assert (p.row, p.column_letter) == (5, "E") and "'oz/t' is not a grade unit" in p.message
    assert _count(db, "formation_sample") == 0 and _count(db, "formation_assay") == 0
    _write(path, path.read_text().replace("oz/t", "ppm"))
    assert import_with_mapping(db, path, m).rows == 4
    samples = fs.list_samples(db, pond)
    assert samples[0].assays[1].grade_gpt == pytest.approx(0.42)
    assert samples[2].assays[0].grade_gpt == pytest.approx(0.27)


def test_readings_import_like_flows(db: Database, pond: int, tmp_path: Path) -> None:
    pid, _ = ms.add_point(db, ms.PointDraft("GW-1", SourceKind.FORMATION, Medium.GROUNDWATER,
                                            formation_id=pond))
    path = _write(tmp_path / "lab.csv", "Точка;Показатель;Дата;Значение\n"
                                        "GW-1;Sulphate;15.01.2025;480,5\n"
                                        "GW-1;pH;15.01.2025;7,1\n"
                                        "GW-1;SO4;15.02.2025;510\n")
    m = mapping_from_json({"target": "readings", "fields": {
        "point": "Точка", "parameter": "Показатель", "taken_on": "Дата",
        "value": "Значение"}})
    assert import_with_mapping(db, path, m).rows == 3
    values = [r.value for r in ms.list_readings(db, pid)]
    assert values == [7.1, 480.5, 510.0]  # by date, then parameter
    bad = _write(tmp_path / "bad.csv", "Точка;Показатель;Дата;Значение\nGW-9;pH;15.01.2025;7\n")
    with pytest.raises(ImportRejected, match="'GW-9' is not a monitoring point"):
        import_with_mapping(db, bad, m)


def test_saved_mappings_live_in_the_data_folder(tmp_path: Path) -> None:
    m = Mapping("My lab", "assays", {"formation": FieldSpec(column="Obj"),
                                     "sample": FieldSpec(column="No")})
    path = save_mapping(m)
    assert path.parent.name == "mappings" and path.name == "my-lab.json"
    assert json.loads(path.read_text(encoding="utf-8"))["fields"]["sample"] == "No"
    assert load_mapping("my lab") == m
