"""The plant set-up workbook (issue 17 §2): template, export, import through the services —
all or nothing, every problem listed, differences before a re-import, a round trip."""

from __future__ import annotations

import math
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook

from greendesk.cli.main import main
from greendesk.errors import DomainError
from greendesk.importers.import_problems import ImportRejected
from greendesk.importers.plant_import import import_plant
from greendesk.importers.plant_sheets import PLANT_SHEETS
from greendesk.importers.plant_workbook import write_plant_workbook
from greendesk.importers.xlsx_kit import put
from greendesk.services import structure
from greendesk.services.classifier import ClassifierDraft, EntryDraft, load_classifier
from greendesk.services.new_plant import create_plant
from greendesk.services.waste import list_waste_types
from greendesk.store.audit_verify import verify
from greendesk.store.db import Database, open_database

BIN = "050340000009"
SPECS = {s.key: s for s in PLANT_SHEETS}


@pytest.fixture
def new_db(tmp_path: Path) -> Iterator[Database]:
    path = create_plant(tmp_path / "new.sqlite", "Test plant", BIN, "en")
    db = open_database(path, create=False)
    yield db
    db.close()


def filled(tmp_path: Path, rows: dict[str, list[dict[str, object]]],
           name: str = "plant.xlsx") -> Path:
    """The template with `rows` written on their sheets (values by column key)."""
    path = write_plant_workbook(tmp_path / name)
    wb = load_workbook(path)
    for key, records in rows.items():
        spec = SPECS[key]
        ws = wb[spec.title]
        for i, values in enumerate(records, start=2):
            for j, c in enumerate(spec.columns, start=1):
                if c.key in values:
                    put(ws, i, j, values[c.key])   # "=..." stays text, as Excel keeps it
    wb.save(path)
    return path


SITE = {"name": "North pit", "region": "Karaganda", "kind": "Mine or quarry"}
PIT = {"site": "North pit", "name": "Mining", "kind": "Process"}


def _same(a: object, b: object) -> bool:
    if isinstance(a, float) and isinstance(b, float):
        return math.isclose(a, b, rel_tol=1e-12)  # Excel keeps 15 significant digits
    return a == b


def structure_of(db: Database) -> dict[str, list[dict[str, object]]]:
    """Every record of every sheet, field by field, in a stable order."""
    return {spec.key: sorted((r.values for r in spec.records(db)), key=lambda v: repr(
        [v[k] for k in spec.identity])) for spec in PLANT_SHEETS}


# ---------------------------------------------------------------- the round trip
def test_the_exported_demo_plant_imports_into_a_new_database_as_the_same_structure(
        tmp_path: Path, demo_db: Database, new_db: Database) -> None:
    out = write_plant_workbook(tmp_path / "demo.xlsx", demo_db, with_records=True)
    result = import_plant(new_db, out)
    assert result.applied and not result.kept
    before, after = structure_of(demo_db), structure_of(new_db)
    for key, records in before.items():
        assert len(after[key]) == len(records) > 0, key
        for old, new in zip(records, after[key], strict=True):
            assert old.keys() == new.keys()
            for field in old:
                assert _same(old[field], new[field]), (key, field, old[field], new[field])
    # no classifier in the new database: the codes are kept, marked not verified
    assert {t.verified for t in list_waste_types(new_db)} == {False}
    assert import_plant(new_db, out, apply=False).differences == ()  # nothing left to change
    assert verify(new_db).total_problems == 0   # every row audited as the services write it


# ---------------------------------------------------------------- refusals
def test_hostile_values_are_refused_with_every_problem_and_nothing_is_written(
        tmp_path: Path, new_db: Database) -> None:
    path = filled(tmp_path, {
        "sites": [SITE,
                  {"name": "Dam", "region": "=cmd|' /C calc'!A0", "kind": "Mine or quarry"},
                  {"name": "Mill", "region": None, "kind": "Concentrator"},
                  {"name": "Smelter", "region": "Abai", "kind": "volcano"},
                  {"name": "north  PIT", "region": "Abai", "kind": "Auxiliary"}],
        "nodes": [PIT, {"site": "Atlantis", "name": "Crushing", "kind": "Process"}]})
    with pytest.raises(ImportRejected) as caught:
        import_plant(new_db, path)
    found = {(p.sheet, p.row, p.column_letter, p.value): p.message for p in caught.value.problems}
    assert "formula" in found[("Sites", 3, "B", "=cmd|' /C calc'!A0")]
    assert "filled in" in found[("Sites", 4, "B", None)]
    assert "volcano" in found[("Sites", 5, "C", "volcano")]
    assert "row 2" in found[("Sites", 6, "A", "north PIT")]  # a duplicate by name
    assert "Atlantis" in found[("Nodes", 3, "A", "Atlantis")]
    assert caught.value.total == 5
    assert structure.get_plant(new_db).sites == ()  # not even the good rows


def test_one_row_the_service_refuses_rolls_back_the_whole_workbook(
        tmp_path: Path, new_db: Database) -> None:
    path = filled(tmp_path, {"sites": [SITE], "nodes": [
        PIT, {"site": "North pit", "name": "Spillage", "kind": "Accounted loss"}]})
    with pytest.raises(ImportRejected) as caught:
        import_plant(new_db, path)
    [problem] = caught.value.problems
    assert (problem.sheet, problem.row, problem.column_header) == ("Nodes", 3, "Loss reason")
    assert "loss node needs a reason" in problem.message
    assert structure.get_plant(new_db).sites == ()


def test_the_command_prints_every_problem_and_exits_1(
        tmp_path: Path, new_db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    path = filled(tmp_path, {"sites": [SITE, {**SITE, "kind": "volcano", "name": "B"}]})
    assert main(["import", "plant", str(path), "--db", str(new_db.path)]) == 1
    err = capsys.readouterr().err
    assert "sheet Sites, row 3, column C (Kind of site), value 'volcano'" in err
    assert structure.get_plant(new_db).sites == ()


# ---------------------------------------------------------------- a second import
def test_a_reimport_shows_the_differences_first_and_keeps_what_flows_refer_to(
        tmp_path: Path, demo_db: Database) -> None:
    out = write_plant_workbook(tmp_path / "demo.xlsx", demo_db, with_records=True)
    wb = load_workbook(out)
    sites, nodes = wb["Sites"], wb["Nodes"]
    region = sites.cell(row=2, column=2).value
    sites.cell(row=2, column=2, value="Ulytau")
    site, node = nodes.cell(row=2, column=1).value, nodes.cell(row=2, column=2).value
    nodes.delete_rows(2)   # a node the demo's flows run through
    wb.save(out)
    preview = import_plant(demo_db, out, apply=False)
    changes = [(d.action, d.column, d.before, d.after) for d in preview.differences]
    assert changes == [("change", "Region", region, "Ulytau")]
    [kept] = preview.kept
    assert node in str(kept) and "flow records" in str(kept)
    assert not preview.applied
    site_row = next(s for s in structure.get_plant(demo_db).sites if s.name == sites["A2"].value)
    assert site_row.region == region   # the preview changed nothing
    assert import_plant(demo_db, out).applied
    plant = structure.get_plant(demo_db)
    assert next(s for s in plant.sites if s.id == site_row.id).region == "Ulytau"
    assert any(n.name == node for s in plant.sites if s.name == site for n in s.nodes)


def test_the_command_asks_before_applying_a_reimport(
        tmp_path: Path, demo_db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    out = write_plant_workbook(tmp_path / "demo.xlsx", demo_db, with_records=True)
    wb = load_workbook(out)
    wb["Sites"].cell(row=2, column=2, value="Ulytau")
    wb.save(out)
    args = ["import", "plant", str(out), "--db", str(demo_db.path)]
    assert main(args) == 1   # no terminal to answer: shown, not applied
    assert "Region" in capsys.readouterr().out
    assert "Ulytau" not in {s.region for s in structure.get_plant(demo_db).sites}
    assert main([*args, "--apply"]) == 0
    assert "Ulytau" in {s.region for s in structure.get_plant(demo_db).sites}


# ---------------------------------------------------------------- codes not yet verified
WASTE = {"site": "North pit", "code": "10 06 07*", "state": "sludge", "node": "Mining"}


def test_codes_kept_unverified_are_verified_when_the_classifier_is_loaded(
        tmp_path: Path, new_db: Database) -> None:
    path = filled(tmp_path, {"sites": [SITE], "nodes": [PIT], "waste_types": [
        {**WASTE, "name": "Sludge", "hp": "HP14"},
        {**WASTE, "name": "Slag", "code": "99 99 99", "state": "solid"}]})
    import_plant(new_db, path)
    assert [(t.name, t.display_code, t.verified) for t in list_waste_types(new_db)] == [
        ("Slag", "99 99 99", False), ("Sludge", "10 06 07*", False)]
    diff = load_classifier(new_db, ClassifierDraft(
        (EntryDraft("100607", "sludges containing hazardous substances", True),
         EntryDraft("100601", "slags")), (), "lw.xlsx", "0" * 64), "en")
    assert diff.verified == 1
    [failed] = diff.unverified
    assert "Slag" in str(failed) and "99 99 99" in str(failed)
    assert [(t.name, t.verified) for t in list_waste_types(new_db)] == [
        ("Slag", False), ("Sludge", True)]


def test_with_a_classifier_loaded_an_unknown_code_is_a_problem(
        tmp_path: Path, new_db: Database) -> None:
    load_classifier(new_db, ClassifierDraft((EntryDraft("100601", "slags"),), (), "lw.xlsx",
                                            "0" * 64), "en")
    path = filled(tmp_path, {"sites": [SITE], "nodes": [PIT], "waste_types": [
        {**WASTE, "name": "Slag", "code": "99 99 99", "state": "solid"}]})
    with pytest.raises(ImportRejected) as caught:
        import_plant(new_db, path)
    [problem] = caught.value.problems
    assert (problem.sheet, problem.column_header) == ("Waste types", "List of Waste code")
    assert "not an entry of the loaded" in problem.message


def test_a_code_of_the_wrong_form_is_refused_without_a_classifier(
        tmp_path: Path, new_db: Database) -> None:
    path = filled(tmp_path, {"sites": [SITE], "nodes": [PIT], "waste_types": [
        {**WASTE, "name": "Slag", "code": "12 34", "state": "solid"}]})
    with pytest.raises(ImportRejected) as caught:
        import_plant(new_db, path)
    assert caught.value.problems[0].column_header == "List of Waste code"


# ---------------------------------------------------------------- the workbook itself
def test_the_template_has_drop_downs_and_instructions(tmp_path: Path, new_db: Database) -> None:
    assert main(["template", "plant", "-o", str(tmp_path / "t.xlsx"), "--db",
                 str(new_db.path)]) == 0
    wb = load_workbook(tmp_path / "t.xlsx")
    assert wb.sheetnames[:len(PLANT_SHEETS) + 1] == ["Instructions",
                                                     *(s.title for s in PLANT_SHEETS)]
    nodes = wb["Nodes"]
    rules = {str(dv.sqref).split(":")[0]: dv.formula1 for dv in nodes.data_validations.dataValidation}
    assert rules["A2"] == "='Sites'!$A$2:$A$5000"   # the sites of the Sites sheet
    assert rules["C2"].startswith("=Lists!")       # the kinds of node
    parameters = wb["Limits"].data_validations.dataValidation
    assert any(dv.formula1.startswith("=Lists!") for dv in parameters)  # the db's parameters
    assert "Kind of node" in [c.value for c in wb["Instructions"]["A"]]


def test_headings_and_lists_are_written_and_read_in_the_officer_s_language(
        tmp_path: Path, new_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    from greendesk import i18n_catalog
    from greendesk.importers import plant_columns

    def pseudo(code: str | None = None):  # a catalogue that marks every text it translates
        return (lambda _ctx, text: f"«{text}»") if code == "ru" else (lambda _ctx, text: text)

    monkeypatch.setattr(i18n_catalog, "catalogue_for", pseudo)
    plant_columns._translations.cache_clear()
    try:
        path = write_plant_workbook(tmp_path / "ru.xlsx", translate=pseudo("ru"))
        wb = load_workbook(path)
        ws = wb["«Sites»"]
        assert [c.value for c in ws[1]] == ["«Site»", "«Region»", "«Kind of site»",
                                            "«Address»", "«Facility category»"]
        ws.append(["North pit", "Karaganda", "«Mine or quarry»"])
        wb.save(path)
        import_plant(new_db, path)
    finally:
        plant_columns._translations.cache_clear()
    assert [(s.name, s.kind.value) for s in structure.get_plant(new_db).sites] == [
        ("North pit", "mine")]


def test_export_command_writes_the_plant(tmp_path: Path, demo_db: Database) -> None:
    out = tmp_path / "plant.xlsx"
    assert main(["export", "plant", "--db", str(demo_db.path), "-o", str(out)]) == 0
    wb = load_workbook(out)
    assert wb["Sites"].max_row - 1 == len(structure.get_plant(demo_db).sites)


def test_an_empty_sheet_changes_nothing_and_a_csv_is_refused(
        tmp_path: Path, demo_db: Database) -> None:
    out = write_plant_workbook(tmp_path / "demo.xlsx", demo_db, with_records=True)
    wb = load_workbook(out)
    wb.remove(wb["Nodes"])
    wb.create_sheet("Nodes")   # not even headings
    wb["Sites"].delete_rows(2, wb["Sites"].max_row)   # headings only
    wb.save(out)
    assert import_plant(demo_db, out, apply=False).differences == ()
    csv = tmp_path / "plant.csv"
    csv.write_text("Site;Region\nA;B\n", encoding="utf-8")
    with pytest.raises(DomainError, match="not an Excel workbook"):
        import_plant(demo_db, csv)


def test_the_sites_sheet_sets_the_facility_category_the_calendar_reads(
        tmp_path: Path, new_db: Database) -> None:
    from greendesk.models import FacilityCategory
    from greendesk.services import obligation_calendar

    path = filled(tmp_path, {"sites": [{**SITE, "address": "Nurken", "category": "II"},
                                       {**SITE, "name": "Depot"}]})
    assert import_plant(new_db, path).applied
    sites = {s.name: s for s in structure.get_plant(new_db).sites}
    assert sites["North pit"].category is FacilityCategory.II
    assert sites["North pit"].address == "Nurken"
    assert sites["Depot"].category is None
    due = {(i.obligation.code, i.site) for i in obligation_calendar.calendar(new_db)}
    assert ("pek_report", "North pit") in due
    assert not any(site == "Depot" for _, site in due)
