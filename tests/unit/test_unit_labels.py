"""Unit symbols read in the officer's language («т», «ГДж» in Russian and Kazakh) through one
function, while what is stored and parsed stays the canonical symbol; and what an officer
types in Russian or Kazakh is read back to that symbol."""

from __future__ import annotations

import pytest

from greendesk.i18n_catalog import catalogue_for
from greendesk.units import _KIND_OF, UnitError, normalise_unit, unit_label


@pytest.mark.parametrize(("symbol", "ru", "kk"), [
    ("t", "т", "т"), ("kg", "кг", "кг"), ("GJ", "ГДж", "ГДж"), ("m³", "м³", "м³"),
    ("thousand m³", "тыс. м³", "мың м³"), ("MWh", "МВт·ч", "МВт·сағ"),
    ("tce", "т у.т.", "т ш.о."), ("t/h", "т/ч", "т/сағ"), ("g/t", "г/т", "г/т"),
    ("mg/kg", "мг/кг", "мг/кг"), ("mg/dm³", "мг/дм³", "мг/дм³"), ("t CO2", "т CO2", "т CO2"),
    ("%", "%", "%"), ("pH", "pH", "pH"), ("million KZT", "million KZT", "million KZT"), ("", "", ""),
])
def test_symbols_in_russian_and_kazakh(symbol: str, ru: str, kk: str) -> None:
    assert unit_label(symbol, "ru") == ru
    assert unit_label(symbol, "kk_KZ") == kk
    assert unit_label(symbol, "en") == symbol
    assert unit_label(symbol) == symbol


def test_a_catalogue_names_its_language() -> None:
    """Reports and the command line hand their catalogue; it says which language it is."""
    assert unit_label("t", catalogue_for("ru")) == "т"
    assert unit_label("t", catalogue_for("en")) == "t"


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_every_label_reads_back_to_its_symbol(language: str) -> None:
    """What the window shows for a unit, typed back in (or pasted from an export), is that
    unit: the picker, an import file and a ledger cell all accept it."""
    for symbol in _KIND_OF:
        shown = unit_label(symbol, language)
        assert normalise_unit(shown) == symbol, (symbol, shown)
        assert normalise_unit(shown.replace("³", "3")) == symbol


@pytest.mark.parametrize(("typed", "symbol"), [
    ("т", "t"), ("Т", "t"), ("тонна", "t"), ("тонн", "t"), ("ГДж", "GJ"), ("гдж", "GJ"),
    ("м3", "m³"), ("куб. м", "m³"), ("кг", "kg"), ("Гкал", "Gcal"), ("кВт·ч", "kWh"),
    ("т у.т.", "tce"), ("мың м³", "thousand m³"), (" т ", "t"),
])
def test_russian_and_kazakh_words_are_accepted(typed: str, symbol: str) -> None:
    assert normalise_unit(typed) == symbol


def test_an_unknown_cyrillic_unit_is_still_refused() -> None:
    with pytest.raises(UnitError, match="Unknown unit"):
        normalise_unit("пуд")
