"""The waste classifier: loading versions (all or nothing), retired codes, languages, look-ups."""

from __future__ import annotations

from pathlib import Path

import pytest

from greendesk.cli import main
from greendesk.errors import DomainError
from greendesk.importers.classifier_import import (
    import_classifier,
    parse_mapping,
    read_classifier,
)
from greendesk.importers.flows_import import ImportRejected
from greendesk.models import EntryLevel, NodeKind, PhysicalState
from greendesk.services import classifier, structure
from greendesk.services.waste import WasteTypeDraft, register_waste_type
from greendesk.store.db import Database
from tests.conftest import needs

# The database-level rules hold alike on SQLite and on a PostgreSQL server.
pytestmark = pytest.mark.backends("sqlite", "postgresql")

# the same folder as tests/conftest.py SHARED_DATA: ../shared/data beside the checkout
SHARED_DATA = Path(__file__).resolve().parents[3] / "shared" / "data"
LOW = SHARED_DATA / "list_of_waste.csv"
HEADINGS = SHARED_DATA / "list_of_waste_headings.csv"
needs_shared = needs(LOW.is_file(), reason="../shared/data/list_of_waste.csv is not beside "
                   "this checkout")


def _csv(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


# ---------------------------------------------------------------- the full European list
@needs_shared
def test_the_full_list_loads_through_the_command(db: Database, db_url: str,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["classifier", "import", str(LOW), "--db", db_url]) == 0
    assert "842 entries, 408 of them hazardous" in capsys.readouterr().out
    s = classifier.summary(db)
    assert (s.entries, s.hazardous, s.chapters, s.subchapters) == (842, 408, 20, 111)
    assert s.languages == ("en",)
    tailings = classifier.get_entry(db, "01 03 04*")
    assert tailings is not None and tailings.hazardous
    assert tailings.description == "Acid-generating tailings from processing of sulphide ore"
    assert tailings.display_code == "01 03 04*"
    other = classifier.get_entry(db, "010306")
    assert other is not None and not other.hazardous and other.mirror
    slag = classifier.get_entry(db, "10 06 01")
    assert slag is not None and not slag.hazardous
    assert "copper" in classifier.headings(db)["1006"].lower()


@needs_shared
def test_headings_load_together_with_the_entries(db: Database) -> None:
    diff = import_classifier(db, [LOW, HEADINGS])
    assert diff.headings == 131
    titles = classifier.headings(db)
    assert sum(len(c) == 2 for c in titles) == 20
    assert sum(len(c) == 4 for c in titles) == 111
    with pytest.raises(DomainError, match="no six-digit entries"):
        import_classifier(db, HEADINGS)


@needs_shared
def test_loading_the_same_list_again_changes_nothing(db: Database) -> None:
    import_classifier(db, LOW)
    again = import_classifier(db, LOW)
    assert again.unchanged and "nothing changed" in again.summary()
    assert len(classifier.versions(db)) == 1


# ---------------------------------------------------------------- codes
@pytest.mark.parametrize(("written", "code", "star"), [
    ("01 03 04*", "010304", True), ("010304", "010304", False), ("01.03.04", "010304", False),
    ("01-03-04 *", "010304", True), (10304, "010304", False), (10304.0, "010304", False),
    ("10", "10", False), ("10 06", "1006", False), (1006, "1006", False), (1, "01", False),
])
def test_codes_are_read_in_every_written_form(written: object, code: str, star: bool) -> None:
    assert classifier.parse_code(written) == (code, star)


@pytest.mark.parametrize("bad", ["01 03 0", "1234567", "abc", "01 03 04**", True, -5])
def test_what_is_not_a_code_is_said_plainly(bad: object) -> None:
    with pytest.raises(ValueError, match="List of Waste code"):
        classifier.parse_code(bad)


def test_format_code() -> None:
    assert classifier.format_code("100607", True) == "10 06 07*"
    assert classifier.format_code("1006") == "10 06"


def test_the_picker_matches_codes_as_prefixes_and_words_anywhere() -> None:
    m = classifier.matcher("10 06")
    assert m("100601", "Slags") and not m("100501", "Slags")
    assert classifier.matcher("10 06 07*")("100607", "")
    words = classifier.matcher("copper SLAG")
    assert words("100601", "Slags from copper production")
    assert not words("100501", "Slags from zinc production")
    assert classifier.matcher("шлак медн")("100601", "Шлаки медного производства")
    assert classifier.matcher("  ")("999999", "anything")


# ---------------------------------------------------------------- layouts and problems
def test_the_asterisk_in_the_code_is_the_hazardous_flag(db: Database, tmp_path: Path) -> None:
    f = _csv(tmp_path / "low.csv", "Code;Description\n01 03 04*;Acid tailings\n"
                                   "01 03 06;Other tailings\n")
    diff = import_classifier(db, f)
    assert (diff.entries, diff.hazardous) == (2, 1)
    assert classifier.get_entry(db, "010304").hazardous  # type: ignore[union-attr]


def test_russian_headings_with_heading_rows_and_language_detected(db: Database,
                                                                  tmp_path: Path) -> None:
    f = _csv(tmp_path / "классификатор.csv",
             "Код;Наименование;Опасность\n"
             "10;Отходы термических процессов;\n"
             "10 06;Отходы термической металлургии меди;\n"
             "10 06 01;Шлаки первичного и вторичного производства;нет\n"
             "10 06 07*;Шламы и кеки фильтрации от очистки газов;да\n")
    diff = import_classifier(db, f)
    assert diff.language == "ru" and diff.headings == 2 and diff.hazardous == 1
    assert classifier.get_entry(db, "100607").description.startswith("Шламы")  # type: ignore[union-attr]
    assert classifier.headings(db)["1006"] == "Отходы термической металлургии меди"


def test_an_explicit_mapping_names_the_columns_in_an_xlsx(db: Database, tmp_path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["Шифр позиции", "Текст", "Примечание"])
    ws.append(["01 01 01", "Отходы добычи металлических руд", ""])
    ws.append(["01 03 05*", "Прочие хвосты, содержащие опасные вещества", ""])
    wb.save(tmp_path / "low.xlsx")
    with pytest.raises(ImportRejected, match="required column Code is missing"):
        read_classifier([tmp_path / "low.xlsx"])
    mapping = parse_mapping("code=Шифр позиции, description=B")
    diff = import_classifier(db, tmp_path / "low.xlsx", mapping=mapping, language="ru")
    assert (diff.entries, diff.hazardous) == (2, 1)
    # without an entry-type column a hazardous entry "containing hazardous substances" is
    # recognised as a mirror entry
    assert classifier.get_entry(db, "010305").mirror  # type: ignore[union-attr]
    with pytest.raises(DomainError, match="not a classifier field"):
        parse_mapping("kod=A")


def test_every_problem_is_listed_and_nothing_is_loaded(db: Database, tmp_path: Path) -> None:
    good = _csv(tmp_path / "good.csv", "code,description\n01 01 01,Mining waste\n")
    import_classifier(db, good)
    before = classifier.summary(db)
    bad = _csv(tmp_path / "bad.csv",
               "code,description,hazardous,entry_type\n"
               "01 03 04*,Acid tailings,no,Absolute hazardous\n"   # asterisk vs flag
               "01 03 06,,no,Mirror non-hazardous\n"               # no description
               "01 03 0X,Broken,no,Absolute non-hazardous\n"       # not a code
               "01 03 06,Twice,no,Mirror non-hazardous\n"          # duplicate (row 3 ok code)
               "01 03 07,Other,maybe,Mirror hazardous\n"           # bad flag
               "10 06 01,Slags,no,Absolute hazardous\n")           # type vs flag
    with pytest.raises(ImportRejected) as err:
        import_classifier(db, bad)
    problems = err.value.problems
    where = [(p.row, p.column_letter) for p in problems]
    assert where == [(2, "C"), (3, "B"), (4, "A"), (6, "C"), (7, "D")]
    assert "asterisk" in problems[0].message
    assert problems[2].value == "01 03 0X" and problems[2].file == "bad.csv"
    assert "hazardous" in problems[4].message
    assert classifier.summary(db) == before


def test_duplicates_are_named_with_their_first_row(tmp_path: Path) -> None:
    f = _csv(tmp_path / "dup.csv", "code,description\n01 01 01,A\n010101,B\n")
    with pytest.raises(ImportRejected) as err:
        read_classifier([f])
    assert "appears twice" in err.value.problems[0].message
    assert "dup.csv, row 2" in err.value.problems[0].message


# ---------------------------------------------------------------- versions and languages
def _waste_type_on(db: Database, code: str) -> int:
    plant = structure.get_plant(db)
    site = plant.sites[0].id
    node, _ = structure.add_node(db, structure.NodeDraft(site, "Crushing", NodeKind.PROCESS))
    type_id, _ = register_waste_type(db, WasteTypeDraft(
        site, "Crusher dust", code, PhysicalState.POWDER, node))
    return type_id


def test_a_newer_version_lists_what_changed_and_keeps_used_codes_retired(
        plant: Database, tmp_path: Path) -> None:
    v1 = _csv(tmp_path / "v1.csv", "code,description\n01 01 01,Mining waste\n"
                                   "01 01 02,Non-metal mining waste\n01 04 10,Dust\n"
                                   "01 04 09,Sand and clay\n")
    import_classifier(plant, v1)
    _waste_type_on(plant, "01 04 10")
    v2 = _csv(tmp_path / "v2.csv", "code,description\n01 01 01,Mining waste\n"
                                   "01 01 02*,Non-metal mining waste\n01 04 13,Stone cutting\n"
                                   "01 04 09,Sand and clays\n")
    diff = import_classifier(plant, v2)
    assert diff.added == ("010413",)
    assert diff.removed == ()
    assert [(r.code, r.waste_types) for r in diff.retired] == [("010410", ("Crusher dust",))]
    assert {c.code: c.what for c in diff.changed} == {"010102": ("hazardous",),
                                                      "010409": ("description",)}
    assert "kept as retired" in diff.summary() and "Crusher dust" in diff.summary()
    dust = classifier.get_entry(plant, "01 04 10")
    assert dust is not None and dust.retired
    assert classifier.summary(plant).entries == 4  # the retired one is not counted
    site = structure.get_plant(plant).sites[0].id
    crushing = structure.get_plant(plant).sites[0].nodes[0].id
    with pytest.raises(DomainError, match="retired"):
        register_waste_type(plant, WasteTypeDraft(site, "More dust", "01 04 10",
                                                  PhysicalState.POWDER, crushing))
    # a third version without the unused 01 04 13 simply removes it
    v3 = _csv(tmp_path / "v3.csv", "code,description\n01 01 01,Mining waste\n"
                                   "01 01 02*,Non-metal mining waste\n01 04 09,Sand and clays\n")
    third = import_classifier(plant, v3)
    assert third.removed == ("010413",) and third.retired == ()
    assert classifier.get_entry(plant, "010413") is None
    assert classifier.get_entry(plant, "010410").retired  # type: ignore[union-attr]


def test_languages_live_side_by_side(db: Database, tmp_path: Path) -> None:
    import_classifier(db, _csv(tmp_path / "en.csv", "code,description\n"
                                                    "10 06 01,Slags from production\n"))
    diff = import_classifier(db, _csv(tmp_path / "ru.csv", "код,наименование\n"
                                                         "10 06 01,Шлаки производства\n"))
    assert diff.descriptions_added == 1 and not diff.changed and not diff.added
    assert classifier.summary(db).languages == ("en", "ru")
    assert classifier.get_entry(db, "100601", "en").description == "Slags from production"  # type: ignore[union-attr]
    assert classifier.get_entry(db, "100601", "ru").description == "Шлаки производства"  # type: ignore[union-attr]
    assert classifier.get_entry(db, "100601", "kk").language == "ru"  # type: ignore[union-attr]
    with pytest.raises(DomainError, match="language"):
        import_classifier(db, tmp_path / "en.csv", language="English")


def test_levels_are_checked_against_the_code(tmp_path: Path) -> None:
    f = _csv(tmp_path / "lv.csv", "level,code,title\nchapter,01,Mining\n"
                                  "subchapter,01,Wrong\nentry,1,Short\n")
    with pytest.raises(ImportRejected) as err:
        read_classifier([f])
    assert [p.row for p in err.value.problems] == [3, 4]
    draft = read_classifier([_csv(tmp_path / "ok.csv", "level,code,title\nchapter,1,Mining\n"
                                                      "entry,10101,Metal mining waste\n")])
    assert [(e.code, e.level) for e in draft.entries] == [("010101", EntryLevel.ENTRY)]
    assert [h.code for h in draft.headings] == ["01"]


def test_the_command_lists_every_problem_and_takes_a_mapping(
        db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = _csv(tmp_path / "ru.csv", "Шифр;Текст\n10 06 01;Шлаки\n10 06 0Y;Плохо\n")
    args = ["classifier", "import", str(f), "--db", str(db_path),
            "--mapping", "code=Шифр,description=Текст"]
    assert main(args) == 1
    err = capsys.readouterr().err
    assert "nothing was imported" in err and "row 3, column A (Шифр), value '10 06 0Y'" in err
    f.write_text("Шифр;Текст\n10 06 01;Шлаки\n", encoding="utf-8")
    assert main(args) == 0
    assert "(ru): 1 entry, 0 of them hazardous" in capsys.readouterr().out
    assert main(["classifier", "import", str(f), "--db", str(db_path), "--mapping", "x"]) == 2
