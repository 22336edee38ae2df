"""The fee for negative impact on the environment: hand-computed cases with the rates they cite,
the quarter's rate day, the above-norm rule, who pays, missing rates named, loading versions."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from greendesk.analysis.fees import (
    EmissionInput,
    Rate,
    RateTable,
    WasteInput,
    quarter_fee,
    rate_day,
)
from greendesk.errors import DomainError
from greendesk.periods import month, quarter
from greendesk.services.fee_rates import (
    default_rates_file,
    load_rates,
    parse_rates,
    rate_table,
    read_rates_file,
    versions,
)
from greendesk.store.db import Database

MRP_2025 = Rate("mrp", "MRP", 3932.0, date(2025, 1, 1), date(2025, 12, 31), "")
MRP_2026 = Rate("mrp", "MRP", 4325.0, date(2026, 1, 1), date(2026, 12, 31), "")
# Art. 576 p. 2 (ed. 01.01.2022): sulphur oxides 20 MCI/t, dust and ash 10 MCI/t,
# benz(a)pyrene 996.6 MCI per kilogram.
SOX = Rate("emission", "SOx", 20.0, date(2022, 1, 1), None, "t", matches=("SO2",))
DUST = Rate("emission", "dust", 10.0, date(2022, 1, 1))
BAP = Rate("emission", "BaP", 996.6, date(2022, 1, 1), per="kg")
ABOVE = Rate("coefficient", "above_norm", 10.0, date(2022, 1, 1), None, "")
TAILINGS = Rate("waste", "tailings", 0.003, date(2022, 1, 1), matches=("0103",))
OTHER = Rate("waste", "other", 0.25, date(2022, 1, 1), matches=("non-hazardous",))
TABLE = RateTable((MRP_2025, MRP_2026, SOX, DUST, BAP, ABOVE, TAILINGS, OTHER))
Q1 = quarter(2025, 1)


def fee(emissions=(), wastes=(), table=TABLE, q=Q1, **kw):  # type: ignore[no-untyped-def]
    return quarter_fee(q, table, list(emissions), list(wastes), **kw)


def test_sulphur_dioxide_within_the_norm_hand_computed() -> None:
    # 12.5 t SO2 × 20 MCI/t × 3,932 ₸ × 1 = 983,000 ₸
    r = fee([EmissionInput(1, "SO2", 12.5, norm_t=40.0)])
    (line,) = r.lines
    assert (line.rate_code, line.within_t, line.above_t) == ("SOx", 12.5, 0.0)
    assert line.fee == pytest.approx(983_000.0)
    assert r.total == pytest.approx(983_000.0) and not r.missing


def test_fee_is_linear_in_mass_within_the_norm() -> None:
    one = fee([EmissionInput(1, "dust", 1.0, 100.0)]).total
    assert one == pytest.approx(10 * 3932)
    for mass in (0.0, 0.37, 2.0, 55.5):
        assert fee([EmissionInput(1, "dust", mass, 100.0)]).total == pytest.approx(one * mass)


def test_mass_above_the_norm_takes_the_loaded_coefficient() -> None:
    # norm 10 t, emitted 13 t: 10 × 20 × 3,932 + 3 × 20 × 3,932 × 10 = 786,400 + 2,359,200
    (line,) = fee([EmissionInput(1, "SO2", 13.0, 10.0)]).lines
    assert (line.within_t, line.above_t, line.k_above) == (10.0, 3.0, 10.0)
    assert line.fee_within == pytest.approx(786_400.0)
    assert line.fee_above == pytest.approx(2_359_200.0)
    # another version's coefficient gives another figure
    other = RateTable((*TABLE.rates[:5], Rate("coefficient", "above_norm", 2.0, date(2022, 1, 1),
                                             None, ""), *TABLE.rates[6:]))
    (line2,) = fee([EmissionInput(1, "SO2", 13.0, 10.0)], table=other).lines
    assert line2.fee_above == pytest.approx(3 * 20 * 3932 * 2)


def test_rate_per_kilogram_is_priced_per_tonne() -> None:
    # 0.001 t benz(a)pyrene = 1 kg × 996.6 MCI/kg × 3,932 ₸
    assert fee([EmissionInput(1, "BaP", 0.001)]).total == pytest.approx(996.6 * 3932)


def test_rates_of_the_quarter_are_those_in_force_on_its_first_day() -> None:
    assert rate_day(quarter(2025, 2)) == date(2025, 4, 1)
    assert rate_day(month(2025, 5)) == date(2025, 4, 1)
    new_on_first_day = Rate("emission", "dust", 15.0, date(2025, 4, 1))
    mid_quarter = Rate("emission", "dust", 30.0, date(2025, 5, 15))
    old = Rate("emission", "dust", 10.0, date(2022, 1, 1), date(2025, 3, 31))
    table = RateTable((MRP_2025, old, new_on_first_day, mid_quarter))
    e = [EmissionInput(1, "dust", 1.0)]
    assert fee(e, table=table, q=quarter(2025, 1)).total == pytest.approx(10 * 3932)
    # a change on 1 April applies to the second quarter; one on 15 May only from the third
    assert fee(e, table=table, q=quarter(2025, 2)).total == pytest.approx(15 * 3932)
    assert fee(e, table=table, q=quarter(2025, 3)).total == pytest.approx(30 * 3932)
    # the МРП of the year the quarter starts in
    assert fee(e, q=quarter(2026, 1)).total == pytest.approx(10 * 4325)


def test_mobile_sources_and_category_four_do_not_pay() -> None:
    r = fee([EmissionInput(1, "SO2", 5.0, mobile=True), EmissionInput(2, "SO2", 5.0),
             EmissionInput(3, "SO2", 1.0)],
            [WasteInput(2, "Tailings", "010306", False, 100.0)],
            categories={1: "I", 2: "IV", 3: "II"})
    assert [(line.site_id, line.mass_t) for line in r.lines] == [(3, 1.0)]
    assert r.notes


def test_missing_rate_is_named_not_zero() -> None:
    r = fee([EmissionInput(1, "Hg", 0.1)], [WasteInput(1, "Sludge", "", None, 3.0)])
    assert r.lines == () and r.total == 0
    assert [str(m) for m in r.missing] == [
        "No rate for Hg on 2025-01-01: load one.", "No rate for Sludge on 2025-01-01: load one."]
    no_mrp = fee([EmissionInput(1, "SO2", 1.0)], table=RateTable((SOX,)))
    assert "No MCI is loaded" in str(no_mrp.missing[0])


def test_waste_placement_fee_by_code_then_by_hazard() -> None:
    # 2,000 t tailings (01 03 06) × 0.003 MCI/t × 3,932 ₸ = 23,592 ₸;
    # 40 t other non-hazardous × 0.25 × 3,932 = 39,320 ₸
    r = fee(wastes=[WasteInput(1, "Tailings", "010306", False, 2000.0),
                    WasteInput(1, "Scrap", "170405", False, 40.0)])
    got = {line.item: (line.rate_code, line.fee) for line in r.lines}
    assert got["Tailings"][0] == "tailings"
    assert got["Tailings"][1] == pytest.approx(23_592.0)
    assert got["Scrap"] == ("other", pytest.approx(39_320.0))
    assert r.subtotal("waste") == pytest.approx(23_592.0 + 39_320.0)


def test_bat_coefficient_applies_within_the_norm_of_bat_sites() -> None:
    table = RateTable((*TABLE.rates, Rate("coefficient", "bat", 0.5, date(2022, 1, 1), None, "")))
    e = [EmissionInput(1, "dust", 2.0, 10.0), EmissionInput(2, "dust", 2.0, 10.0)]
    r = fee(e, table=table, bat_sites=[1])
    by_site = {line.site_id: line.fee for line in r.lines}
    assert by_site[1] == pytest.approx(2 * 10 * 3932 * 0.5)
    assert by_site[2] == pytest.approx(2 * 10 * 3932)


# ---------------------------------------------------------------- the rates file and versions
def test_shipped_rates_cite_their_basis_and_mark_what_is_unconfirmed() -> None:
    draft = read_rates_file(default_rates_file())
    assert all(r.basis for r in draft.rates)
    mrp = {r.valid_from.year: r.value for r in draft.rates if r.kind == "mrp"}
    assert mrp == {2024: 3692, 2025: 3932, 2026: 4325}
    sox = [r for r in draft.rates if r.code == "SOx"]
    assert any(r.confirmed and r.value == 20 and "576" in r.basis for r in sox)
    assert all(not r.confirmed for r in draft.rates if r.kind == "waste")


def test_rates_read_in_russian_and_kazakh_cite_their_basis_in_that_language() -> None:
    for language, word in (("ru", "Налоговый кодекс"), ("kk", "Салық кодексі")):
        draft = read_rates_file(default_rates_file(), language)
        assert all(word in r.basis or "бюджет" in r.basis for r in draft.rates), language
        assert all(r.name for r in draft.rates if r.kind != "mrp")
    english = read_rates_file(default_rates_file(), "de")  # no such file: as written
    assert english.rates == read_rates_file(default_rates_file()).rates


def test_loading_records_versions_and_a_diff(db: Database) -> None:
    first = load_rates(db, read_rates_file(default_rates_file()))
    assert first.first and first.version_id is not None and first.rates > 20
    assert load_rates(db, read_rates_file(default_rates_file())).unchanged
    table = rate_table(db)
    assert table.find("emission", "SO2", date(2025, 2, 1)).value == 20  # type: ignore[union-attr]
    data = {"mrp": [{"year": 2025, "value": 4000, "basis": "test"}],
            "emission": [{"code": "SOx", "rates": [{"from": "2024-06-01", "value": 25}]}]}
    diff = load_rates(db, parse_rates(data, "new.yaml"))
    assert diff.changed == ("mrp MRP 2025-01-01–2025-12-31: 3932 → 4000",)
    assert diff.added == ("emission SOx 2024-06-01–…: 25",)
    assert len(diff.removed) == first.rates - 1
    assert [v.rates for v in versions(db)] == [2, first.rates]
    assert rate_table(db).find("mrp", "MRP", date(2025, 6, 1)).value == 4000  # type: ignore[union-attr]


@pytest.mark.parametrize(("data", "says"), [
    ({"mrp": [{"year": 2025}]}, "bad.yaml, mrp 1: write the year and its value"),
    ({"mrp": [{"year": "twenty", "value": 1}]}, "'twenty' is not a year"),
    ({"emission": [{"code": "SOx", "rates": [{"from": "2025-13-01", "value": 1}]}]},
     "is not a date"),
    ({"emission": [{"code": "SOx", "rates": [{"from": "2025-01-01", "value": -1}]}]},
     "emission SOx, rate 1: -1 is negative"),
    ({"emission": [{"code": "SOx", "per": "m3", "rates": []}]}, "per must be t or kg"),
    ({"waste": [{"code": "x", "rates": [{"from": "2025-01-01", "value": 1},
                                        {"from": "2025-01-01", "value": 2}]}]},
     "two rates start on 2025-01-01"),
    ([], "bad.yaml holds no rates"),
    ({"coefficient": [{"name": "x"}]}, "coefficient 1: write the item's code"),
])
def test_bad_rates_file_is_one_sentence(db: Database, data: object, says: str) -> None:
    with pytest.raises(DomainError, match=says):
        parse_rates(data, "bad.yaml")
    assert versions(db) == []


def test_unreadable_rates_file_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("mrp: [unclosed", encoding="utf-8")
    with pytest.raises(DomainError, match="not a YAML rates file"):
        read_rates_file(bad)


# ---------------------------------------------------------------- the permit's burial limit
def test_the_yearly_burial_limit_is_counted_from_the_first_of_january() -> None:
    from greendesk.analysis.fees import above_limit

    # limit 100 t a year; quarters place 60, 30, 40, 20 t: running totals 60, 90, 130, 150
    assert above_limit(100.0, 0.0, 60.0) == 0.0
    assert above_limit(100.0, 60.0, 90.0) == 0.0
    assert above_limit(100.0, 90.0, 130.0) == pytest.approx(30.0)  # 10 t within, 30 above
    assert above_limit(100.0, 130.0, 150.0) == pytest.approx(20.0)  # all of it above
    # net placements taken back out bring nothing back below the norm retroactively
    assert above_limit(100.0, 130.0, 120.0) == 0.0


def test_waste_above_the_burial_limit_takes_the_above_norm_coefficient() -> None:
    # 50 t of tailings, 30 t beyond the limit: 20 × 0.003 × 3,932 + 30 × 0.003 × 3,932 × 10
    # = 235.92 + 3,538.80 = 3,774.72 ₸
    r = fee(wastes=[WasteInput(1, "Tailings", "010306", False, 50.0, above_t=30.0)])
    (line,) = r.lines
    assert (line.within_t, line.above_t, line.k_above) == (20.0, 30.0, 10.0)
    assert line.fee == pytest.approx(3774.72)
    assert any("check against current law" in str(n) for n in r.notes)
    # without an above-norm coefficient loaded, the line is named missing, not priced at 1
    bare = RateTable((MRP_2025, TAILINGS))
    r = fee(wastes=[WasteInput(1, "Tailings", "010306", False, 50.0, above_t=30.0)],
            table=bare)
    assert r.lines == () and "No coefficient for the mass above the norm" in str(r.missing[0])


def test_a_bat_site_without_a_bat_coefficient_is_noted() -> None:
    r = fee([EmissionInput(1, "dust", 2.0, 10.0)], bat_sites=[1])
    assert r.lines[0].k_within == 1.0
    assert "no BAT coefficient is loaded" in str(r.notes[0])
