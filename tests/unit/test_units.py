"""Tests for greendesk.units: known conversions, refusals, laziness, properties."""

from __future__ import annotations

import math
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from greendesk import units
from greendesk.units import (
    TCE_DEFAULTS,
    MaterialUnits,
    UnitError,
    canonical_unit,
    factor,
    from_canonical,
    kind_of_unit,
    normalise_unit,
    to_canonical,
    to_tce,
    units_for,
)

REL = 1e-12
ORE = MaterialUnits("Iron ore", "mass", None, None)
WATER = MaterialUnits("Mine water", "volume", None, None)
POWER = MaterialUnits("Electricity", "energy", None, None)
CONCENTRATE = MaterialUnits("Copper concentrate", "mass", None, None)
SLURRY = MaterialUnits("Tailings slurry", "volume", 1.5, None)
DIESEL = MaterialUnits("Diesel fuel", "mass", 0.84, 43.0)
GAS = MaterialUnits("Natural gas", "volume", None, 0.0339)
COAL = MaterialUnits("Karaganda coal", "mass", None, 21.3)
PLAIN = {"mass": ORE, "volume": WATER, "energy": POWER}


def canon(value: float, unit: str, material: MaterialUnits) -> float:
    return to_canonical(value, unit, material)[0]


@pytest.mark.parametrize(
    ("value", "unit", "material", "expected", "expected_unit"),
    [
        (1, "kt", ORE, 1000, "t"),
        (1, "Mt", ORE, 1e6, "t"),
        (1500, "kg", ORE, 1.5, "t"),
        (1, "MWh", POWER, 3.6, "GJ"),
        (1, "kWh", POWER, 0.0036, "GJ"),
        (1, "GWh", POWER, 3600, "GJ"),
        (1, "Gcal", POWER, 4.1868, "GJ"),
        (7, "Gcal", POWER, 29.3076, "GJ"),
        (1, "tce", POWER, 29.3076, "GJ"),
        (1, "toe", POWER, 41.868, "GJ"),
        (1, "TJ", POWER, 1000, "GJ"),
        (1, "thousand m³", WATER, 1000, "m³"),
        (1, "L", WATER, 0.001, "m³"),
        (10, "m³", SLURRY, 10, "m³"),
    ],
)
def test_known_conversions(value, unit, material, expected, expected_unit):
    result, result_unit = to_canonical(value, unit, material)
    assert result == pytest.approx(expected, rel=REL)
    assert result_unit == expected_unit


def test_cross_kind_through_material_properties():
    solid = MaterialUnits("Dense slurry", "mass", 1.5, None)
    assert to_canonical(10, "m³", solid) == (pytest.approx(15, rel=REL), "t")
    assert canon(15, "t", SLURRY) == pytest.approx(10, rel=REL)
    assert canon(86, "GJ", DIESEL) == pytest.approx(2, rel=REL)
    assert canon(1000, "L", DIESEL) == pytest.approx(0.84, rel=REL)
    assert canon(0.0339, "GJ", GAS) == pytest.approx(1, rel=REL)
    # Diesel's energy through its NCV: 2 t -> 86 GJ.
    assert from_canonical(2, "GJ", DIESEL) == pytest.approx(86, rel=REL)
    assert 2 / factor("GJ", DIESEL) == pytest.approx(86, rel=REL)


def test_missing_property_is_refused_with_material_and_property():
    with pytest.raises(UnitError) as exc:
        to_canonical(10, "m³", CONCENTRATE)
    assert str(exc.value) == (
        "Cannot convert m³ of Copper concentrate to t: the material has no density."
    )
    with pytest.raises(UnitError, match="Copper concentrate.*net calorific value"):
        to_canonical(10, "GJ", CONCENTRATE)
    with pytest.raises(UnitError, match="Natural gas.*density"):
        to_canonical(10, "t", GAS)
    with pytest.raises(UnitError, match="Electricity.*energy units only"):
        to_canonical(10, "t", POWER)
    with pytest.raises(UnitError, match="Copper concentrate.*net calorific value"):
        to_tce(10, "t", None, None, CONCENTRATE)


def test_unknown_unit_names_unit_and_lists_accepted():
    with pytest.raises(UnitError) as exc:
        to_canonical(1, "furlong", ORE)
    assert "'furlong'" in str(exc.value)
    assert "t, kg, kt, Mt" in str(exc.value) and "tce" in str(exc.value)
    assert isinstance(exc.value, ValueError)


@pytest.mark.parametrize("text", ["mt", "MT", "mT", " mt "])
def test_ambiguous_mt_is_refused(text):
    with pytest.raises(UnitError, match="ambiguous.*'Mt'"):
        normalise_unit(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("m3", "m³"), ("M3", "m³"), ("m^3", "m³"), ("l", "L"), ("L", "L"),
        ("1000 m3", "thousand m³"), ("thousand  m3", "thousand m³"),
        ("Thousand m³", "thousand m³"), ("tonne", "t"), ("Tonnes", "t"),
        ("T", "t"), ("KG", "kg"), ("Mt", "Mt"), ("gcal", "Gcal"), ("MWH", "MWh"),
        ("kwh", "kWh"), (" GJ ", "GJ"), ("TCE", "tce"), ("toe", "toe"),
    ],
)
def test_normalise_aliases(text, expected):
    assert normalise_unit(text) == expected


@pytest.mark.parametrize("bad", [-5, 0, 0.0, math.nan, math.inf, -math.inf, "5", None, True])
def test_non_positive_or_non_finite_quantity_refused(bad):
    with pytest.raises(UnitError, match="Quantity must be a positive finite number, got"):
        to_canonical(bad, "t", ORE)
    with pytest.raises(UnitError, match="positive finite"):
        to_tce(bad, "MWh", 0.123, "MWh", POWER)


def test_negative_message_is_exact():
    with pytest.raises(UnitError) as exc:
        to_canonical(-5, "t", ORE)
    assert str(exc.value) == "Quantity must be a positive finite number, got -5."


def test_from_canonical_accepts_zero_and_negative_totals():
    assert from_canonical(0, "kt", ORE) == 0
    assert from_canonical(-2000, "kt", ORE) == pytest.approx(-2, rel=REL)
    with pytest.raises(UnitError, match="Amount must be a finite number, got nan"):
        from_canonical(math.nan, "kt", ORE)


def test_factor_is_cached_and_does_not_call_pint_again():
    factor("kt", ORE)
    before = factor.cache_info().hits
    assert factor("kt", ORE) == pytest.approx(1000, rel=REL)
    assert factor.cache_info().hits == before + 1


def test_material_validation():
    with pytest.raises(UnitError, match="Unknown quantity kind"):
        MaterialUnits("Dust", "area", None, None)
    with pytest.raises(UnitError, match="Density of Sand"):
        MaterialUnits("Sand", "mass", -1.0, None)
    with pytest.raises(UnitError, match="energy carrier Heat"):
        MaterialUnits("Heat", "energy", None, 4.0)


def test_kinds_and_canonical_units():
    assert [canonical_unit(k) for k in units.KINDS] == ["t", "m³", "GJ"]
    assert kind_of_unit("kt") == "mass"
    assert kind_of_unit("1000 m3") == "volume"
    assert kind_of_unit("tce") == "energy"
    with pytest.raises(UnitError):
        canonical_unit("length")


def test_units_for():
    assert units_for(ORE) == ["t", "kg", "kt", "Mt"]
    assert units_for(POWER)[0] == "GJ" and "tce" in units_for(POWER)
    assert units_for(DIESEL)[:4] == ["t", "kg", "kt", "Mt"]
    assert units_for(DIESEL)[4:7] == ["m³", "L", "thousand m³"]
    assert "MWh" in units_for(DIESEL)
    assert units_for(GAS)[0] == "m³" and "t" not in units_for(GAS) and "GJ" in units_for(GAS)
    assert units_for(SLURRY) == ["m³", "L", "thousand m³", "t", "kg", "kt", "Mt"]
    for material in (ORE, POWER, DIESEL, GAS, SLURRY, CONCENTRATE):
        for unit in units_for(material):
            to_canonical(1, unit, material)  # every offered unit converts


def test_tce_with_carrier_factors():
    factor_, unit = TCE_DEFAULTS["Electricity"]
    assert to_tce(1000, "MWh", factor_, unit, POWER) == pytest.approx(123, rel=REL)
    assert to_tce(1, "GWh", factor_, unit, POWER) == pytest.approx(123, rel=REL)
    assert to_tce(10, "t", 0.726, "t", COAL) == pytest.approx(7.26, rel=REL)
    assert to_tce(2, "kt", *TCE_DEFAULTS["Ekibastuz coal"], COAL) == pytest.approx(1256, rel=REL)
    # Entered in GJ, factor per t: goes through the coal's NCV first.
    assert to_tce(21.3, "GJ", 0.726, "t", COAL) == pytest.approx(0.726, rel=REL)
    with pytest.raises(UnitError, match="no unit"):
        to_tce(1, "t", 0.726, None, COAL)
    with pytest.raises(UnitError, match="tce factor of Karaganda coal"):
        to_tce(1, "t", -0.7, "t", COAL)


def test_tce_fallback_energy_content():
    assert to_tce(29.3076, "GJ", None, None, POWER) == pytest.approx(1, rel=REL)
    assert to_tce(7, "Gcal", None, None, POWER) == pytest.approx(1, rel=REL)
    assert to_tce(2, "t", None, None, DIESEL) == pytest.approx(86 / 29.3076, rel=REL)
    assert to_tce(5, "tce", None, None, CONCENTRATE) == pytest.approx(5, rel=REL)
    # Heat's default factor is the definition itself: both routes agree.
    heat = TCE_DEFAULTS["Heat"]
    assert to_tce(70, "Gcal", heat.tce_per_unit, heat.unit, POWER) == pytest.approx(
        to_tce(70, "Gcal", None, None, POWER), rel=REL
    )


def test_import_does_not_load_pint_or_qt():
    repo = Path(__file__).parents[2]
    env = {**os.environ, "PYTHONPATH": str(repo)}
    code = (
        "import greendesk.units, sys; "
        "assert 'pint' not in sys.modules; "
        "assert not any(m.startswith(('PySide6', 'shiboken6')) for m in sys.modules)"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], cwd=repo, env=env, capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stderr


# --- property tests ---------------------------------------------------------

values = st.floats(min_value=1e-9, max_value=1e15, allow_nan=False, allow_infinity=False)
positive = st.floats(min_value=1e-3, max_value=1e3)


@st.composite
def kind_and_two_units(draw):
    kind = draw(st.sampled_from(units.KINDS))
    syms = units_for(PLAIN[kind])
    return kind, draw(st.sampled_from(syms)), draw(st.sampled_from(syms))


@given(values, kind_and_two_units())
def test_round_trip_within_kind(value, kind_units):
    kind, a, b = kind_units
    material = PLAIN[kind]
    in_b = from_canonical(canon(value, a, material), b, material)
    back = from_canonical(canon(in_b, b, material), a, material)
    assert back == pytest.approx(value, rel=1e-9)


@st.composite
def fuel_and_unit(draw):
    kind = draw(st.sampled_from(["mass", "volume"]))
    material = MaterialUnits("Fuel", kind, draw(positive), draw(positive))
    return material, draw(st.sampled_from(units_for(material)))


@given(values, fuel_and_unit())
def test_factor_matches_to_canonical_and_round_trips(value, material_unit):
    material, unit = material_unit
    result, symbol = to_canonical(value, unit, material)
    assert symbol == canonical_unit(material.kind)
    assert result == pytest.approx(value * factor(unit, material), rel=1e-12)
    assert from_canonical(result, unit, material) == pytest.approx(value, rel=1e-9)


@given(values, fuel_and_unit())
def test_tce_factor_route_agrees_with_energy_content(value, material_unit):
    material, unit = material_unit
    # A factor equal to the physical content per GJ must give the fallback answer.
    by_energy = to_tce(value, unit, None, None, material)
    by_factor = to_tce(value, unit, 1 / 29.3076, "GJ", material)
    assert by_factor == pytest.approx(by_energy, rel=1e-9)
