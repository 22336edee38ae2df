"""The obligations register: the shipped file, loading versions with a diff, and which
entries apply by facility category and threshold."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from sqlalchemy import select

from greendesk.errors import DomainError
from greendesk.models import FacilityCategory, SiteKind
from greendesk.models.obligations import Obligation, ObligationState, ObligationVersion
from greendesk.reports.registry import REPORTS
from greendesk.services import obligation_status, obligations, structure
from greendesk.services.obligation_file import default_register_path, read_register
from greendesk.store.audit_verify import verify
from greendesk.store.db import Database


def _write(path: Path, entries: list[dict[str, object]], version: str = "test") -> Path:
    path.write_text(yaml.safe_dump({"version": version, "obligations": entries},
                                   allow_unicode=True), encoding="utf-8")
    return path


def _entry(code: str, **over: object) -> dict[str, object]:
    e: dict[str, object] = {
        "code": code, "name": {"en": f"{code} en", "ru": f"{code} ru", "kk": f"{code} kk"},
        "basis": {"act": "Some Code", "article": "Art. 1"},
        "applies": {"scope": "site", "categories": ["I", "II"]}, "period": "quarter",
        "deadline": {"day": 15, "months_after": 2},
        "deadline_text": {"en": "15th", "ru": "15", "kk": "15"}, "report": None,
        "confirmed": False, "source": "test"}
    e.update(over)
    return e


def test_the_shipped_register_reads_and_names_only_reports_greendesk_has() -> None:
    reg = read_register(default_register_path(), frozenset(REPORTS))
    codes = {e.code for e in reg.entries}
    assert {"fee_declaration_2017", "fee_declaration_2026", "pek_report", "waste_inventory",
            "ghg_inventory", "prtr_report", "stat_2tp_air"} <= codes
    for e in reg.entries:
        assert e.values["source"], e.code  # every entry cites where it comes from
        assert e.values["name_ru"] and e.values["name_kk"]


def test_a_reload_records_a_version_and_says_what_changed(db: Database, tmp_path: Path) -> None:
    first = _write(tmp_path / "a.yaml", [_entry("a"), _entry("b")], "v1")
    diff, _ = obligations.import_register(db, first)
    assert diff.added == ("a", "b")
    again, changes = obligations.import_register(db, first)
    assert again.unchanged and not changes.entities
    second = _write(tmp_path / "b.yaml", [_entry("a", period="year",
                                                 deadline={"month": 4, "day": 1,
                                                           "years_after": 1}),
                                          _entry("c")], "v2")
    diff2, _ = obligations.import_register(db, second)
    assert (diff2.added, diff2.changed, diff2.removed) == (("c",), ("a",), ("b",))
    assert "1 added (c)" in diff2.summary()
    with db.read() as s:
        assert [v.label for v in s.scalars(select(ObligationVersion))] == ["v1", "v2"]
    assert [o.code for o in obligations.list_obligations(db)] == ["a", "c"]
    assert verify(db).ok


def test_an_entry_with_a_status_is_retired_not_deleted(plant: Database, tmp_path: Path,
                                                       clock) -> None:  # type: ignore[no-untyped-def]
    from datetime import date
    clock(date(2026, 12, 7))
    obligations.import_register(plant, _write(tmp_path / "a.yaml", [_entry("a"), _entry("b")]))
    b = next(o for o in obligations.list_obligations(plant) if o.code == "b")
    site = structure.get_plant(plant).sites[0].id
    obligation_status.set_status(plant, b.id, site, "2026-Q1", obligation_status.StatusDraft(
        ObligationState.IN_PREPARATION))
    diff, _ = obligations.import_register(plant, _write(tmp_path / "b.yaml", [_entry("a")]))
    assert diff.retired == ("b",) and diff.removed == ()
    assert [o.code for o in obligations.list_obligations(plant)] == ["a"]
    with plant.read() as s:
        assert s.scalars(select(Obligation).where(Obligation.code == "b")).one().retired_in_id


@pytest.mark.parametrize(("change", "words"), [
    ({"period": "weekly"}, "its period is"),
    ({"deadline": "the 15th"}, "deadline of obligation x"),
    ({"applies": {"scope": "site", "categories": ["V"]}}, "facility categories"),
    ({"name": {"en": "x"}}, r"give its name \(ru\)"),
    ({"report": "nonsense"}, "no GreenDesk report"),
])
def test_a_bad_entry_is_refused_in_a_sentence_before_anything_is_written(
        db: Database, tmp_path: Path, change: dict[str, object], words: str) -> None:
    path = _write(tmp_path / "bad.yaml", [_entry("ok"), _entry("x", **change)])
    with pytest.raises(DomainError, match=words):
        obligations.import_register(db, path, frozenset(REPORTS))
    assert not obligations.has_register(db)


def test_a_file_that_is_not_a_register_is_refused(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_text("just: text", encoding="utf-8")
    with pytest.raises(DomainError, match="not a register of obligations"):
        obligations.import_register(db, path)
    dup = _write(tmp_path / "dup.yaml", [_entry("a"), _entry("a")])
    with pytest.raises(DomainError, match="appears twice"):
        obligations.import_register(db, dup)


def test_applicability_by_category_and_threshold(db: Database, tmp_path: Path) -> None:
    obligations.import_register(db, _write(tmp_path / "a.yaml", [
        _entry("ghg", applies={"scope": "enterprise", "categories": ["I", "II"],
                               "threshold": {"key": "ghg_t_co2", "min": 20000}}),
        _entry("cat1", applies={"scope": "site", "categories": ["I"]})]))
    cat1, ghg = obligations.list_obligations(db)
    assert obligations.applies(cat1, FacilityCategory.I) is True
    assert obligations.applies(cat1, FacilityCategory.II) is False
    assert obligations.applies(cat1, None) is False
    assert obligations.applies(ghg, FacilityCategory.II, {"ghg_t_co2": 25000.0}) is True
    assert obligations.applies(ghg, FacilityCategory.II, {"ghg_t_co2": 19999.0}) is False
    assert obligations.applies(ghg, FacilityCategory.II) is None  # figure not known
    assert obligations.applies(ghg, FacilityCategory.III, {"ghg_t_co2": 50000.0}) is False


def test_the_enterprise_takes_its_most_significant_sites_category(plant: Database) -> None:
    assert obligations.enterprise_category(plant) is None
    for name, cat in (("Quarry", FacilityCategory.III), ("Smelter", FacilityCategory.II)):
        structure.add_site(plant, structure.SiteDraft(name, "Karaganda", SiteKind.MINE, "",
                                                      cat))
    assert obligations.enterprise_category(plant) is FacilityCategory.II


def test_a_new_plant_gets_the_default_register(tmp_path: Path) -> None:
    from greendesk.services.new_plant import create_plant
    from greendesk.store.db import open_database
    from greendesk.validation import make_valid_bin

    path = create_plant(tmp_path / "new.sqlite", "New LLP", make_valid_bin("100440"))
    db = open_database(path)
    try:
        assert "pek_report" in {o.code for o in obligations.list_obligations(db)}
        assert obligations.ensure_default_register(db).entities == frozenset()
    finally:
        db.close()
