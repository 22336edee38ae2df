"""Process emissions by mass balance, computed by hand (analysis/process_emissions.py)."""

from __future__ import annotations

import pytest

from greendesk.analysis import process_emissions as pe
from greendesk.errors import DomainError


def test_carbon_balance_of_coke_and_limestone_less_carbon_in_the_matte() -> None:
    # IPCC 2006 GL Vol. 3 ch. 4 Table 4.3: coke 0.83 t C/t, limestone 0.12 t C/t.
    # In: 1,000 t coke × 0.83 = 830 t C; 500 t limestone × 0.12 = 60 t C; 890 t C.
    # Out: 2,000 t matte × 0.005 t C/t (the plant's assay) = 10 t C.
    # CO₂ = (890 − 10) × 44/12 = 880 × 3.6667 = 3,226.667 t.
    b = pe.carbon_balance_co2([pe.MassTerm("coke", 1000.0, 0.83),
                               pe.MassTerm("limestone", 500.0, 0.12)],
                              [pe.MassTerm("matte", 2000.0, 0.005)])
    assert b.element_in == pytest.approx(890.0)
    assert b.element_out == pytest.approx(10.0)
    assert b.gas_t == pytest.approx(3226.6667, rel=1e-6)
    assert b.missing == ()


def test_limestone_alone_gives_0_44_t_co2_per_tonne() -> None:
    # 0.12 t C/t × 44/12 = 0.44 t CO₂/t (IPCC 2006 Vol. 3 ch. 2 Table 2.1 gives 0.43971
    # for pure calcite; Table 4.3's rounded carbon content gives 0.440).
    b = pe.carbon_balance_co2([pe.MassTerm("limestone", 100.0, 0.12)])
    assert b.gas_t == pytest.approx(44.0)


def test_a_carbon_content_not_loaded_is_named_and_nothing_is_counted() -> None:
    b = pe.carbon_balance_co2([pe.MassTerm("coke", 1000.0, 0.83),
                               pe.MassTerm("anthracite", 50.0, None)])
    assert b.missing == ("anthracite",)
    assert b.gas_t is None and b.emitted is None


def test_sulphur_balance_of_a_copper_smelter() -> None:
    # S in: 100,000 t concentrate × 30 % S = 30,000 t S.
    # S leaving: 40,000 t matte × 22 % = 8,800 t; 60,000 t slag × 1 % = 600 t; 9,400 t.
    # Left: 20,600 t S; the acid plant captures 95 %: 19,570 t; emitted 1,030 t S.
    # SO₂ = 2 × 1,030 = 2,060 t.
    b = pe.sulphur_balance_so2([pe.MassTerm("concentrate", 100_000.0, 0.30)],
                               [pe.MassTerm("matte", 40_000.0, 0.22),
                                pe.MassTerm("slag", 60_000.0, 0.01)], captured=0.95)
    assert b.element_in == pytest.approx(30_000.0)
    assert b.element_out == pytest.approx(9_400.0)
    assert b.captured == pytest.approx(19_570.0)
    assert b.emitted == pytest.approx(1_030.0)
    assert b.gas_t == pytest.approx(2_060.0)


def test_a_missing_grade_is_named_not_zero() -> None:
    b = pe.sulphur_balance_so2([pe.MassTerm("concentrate", 1000.0, 0.3)],
                               [pe.MassTerm("slag", 600.0, None)])
    assert b.missing == ("slag",) and b.gas_t is None


def test_a_flow_of_no_tonnes_needs_no_grade() -> None:
    b = pe.sulphur_balance_so2([pe.MassTerm("concentrate", 1000.0, 0.3)],
                               [pe.MassTerm("slag", 0.0, None)])
    assert b.gas_t == pytest.approx(600.0)


def test_more_sulphur_out_than_in_is_refused() -> None:
    with pytest.raises(DomainError):
        pe.sulphur_balance_so2([pe.MassTerm("concentrate", 100.0, 0.1)],
                               [pe.MassTerm("matte", 100.0, 0.2)])


def test_fly_ash_from_coal() -> None:
    # M = 0.01 · B · Aʳ · f · (1 − η): 10,000 t coal, Aʳ 35 %, f 0.25 (a layer furnace),
    # η 0.85 → 0.01 × 10,000 × 35 × 0.25 × 0.15 = 131.25 t.
    assert pe.fly_ash_t(10_000.0, 35.0, 0.25, 0.85) == pytest.approx(131.25)
    assert pe.fly_ash_t(10_000.0, 35.0, 0.25) == pytest.approx(875.0)
    with pytest.raises(DomainError):
        pe.fly_ash_t(1.0, 35.0, 1.5)


def test_fly_ash_as_a_library_factor_gives_the_same_mass() -> None:
    from greendesk.analysis.emissions import Factor, mass_t

    # 10 × 35 % × 0.25 = 87.5 kg/t; 10,000 t × 87.5 / 1000 × (1 − 0.85) = 131.25 t.
    kg_t = pe.ash_factor_kg_per_t(35.0, 0.25)
    assert kg_t == pytest.approx(87.5)
    dust = Factor("DUST", "coal", kg_t, "kg/t")
    assert mass_t(dust, 10_000.0, None, 0.85) == pytest.approx(pe.fly_ash_t(10_000.0, 35.0,
                                                                             0.25, 0.85))
