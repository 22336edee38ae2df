"""Units of measure for quantities an environmental officer enters.

Every quantity is stored in the canonical unit of its material's kind (t, m³ or
GJ) next to the unit the officer typed.  Conversions are linear, so bulk code
asks for a multiplicative :func:`factor` once per (unit, material) and
multiplies; pint does the arithmetic behind that cache.

pint is imported lazily: it takes a noticeable fraction of a second to load and
start-up should not pay for it.  This module must never import Qt.
"""

from __future__ import annotations

import functools
import math
import threading
from dataclasses import dataclass
from typing import Any, NamedTuple

from greendesk.errors import DomainError, Message, Translate, language_of, term
from greendesk.i18n import QT_TRANSLATE_NOOP

QUANTITY = QT_TRANSLATE_NOOP("Refusal", "Quantity")  # what _check_positive names by default
# A quantity kind as a sentence names it ("measured by mass"), translated with the sentence.
KIND_WORDS = {"mass": QT_TRANSLATE_NOOP("Refusal", "mass"),
              "volume": QT_TRANSLATE_NOOP("Refusal", "volume"),
              "energy": QT_TRANSLATE_NOOP("Refusal", "energy")}


def kind_word(kind: str) -> Message:
    return term(KIND_WORDS.get(kind, kind))


__all__ = [
    "KINDS", "TCE_DEFAULTS", "MaterialUnits", "TceFactor", "UnitError",
    "canonical_unit", "factor", "from_canonical", "kind_of_unit",
    "normalise_unit", "tce_factor", "to_canonical", "to_tce", "unit_label", "units_for",
]


class UnitError(DomainError):
    """A quantity, unit or conversion the officer asked for is not possible (a ValueError,
    as a DomainError is)."""


# User-facing symbols per kind, canonical first; values are pint expressions.
# Explicit pint names matter: pint reads "kt" as knot and "Gcal" as the
# thermochemical calorie, neither of which an officer means.
_UNITS: dict[str, dict[str, str]] = {
    "mass": {"t": "tonne", "kg": "kilogram", "kt": "kilotonne", "Mt": "megatonne"},
    "volume": {"m³": "meter ** 3", "L": "liter", "thousand m³": "gd_thousand_m3"},
    "energy": {
        "GJ": "gigajoule", "TJ": "terajoule", "kWh": "kilowatt_hour",
        "MWh": "megawatt_hour", "GWh": "gigawatt_hour", "Gcal": "gd_gcal",
        "tce": "gd_tce", "toe": "gd_toe",
    },
}
KINDS: tuple[str, ...] = tuple(_UNITS)
_KIND_OF = {sym: kind for kind, syms in _UNITS.items() for sym in syms}
_ALL_SYMBOLS = ", ".join(_KIND_OF)

_DEFINITIONS = (
    "gd_thousand_m3 = 1000 * meter ** 3",
    "gd_gcal = 1e9 * international_calorie",  # IT calorie: 1 Gcal = 4.1868 GJ
    "gd_tce = 7 * gd_gcal",  # tonne of coal equivalent = 29.3076 GJ
    "gd_toe = 41.868 * gigajoule",  # tonne of oil equivalent (IEA, 10^7 kcal_IT)
)

_ALIASES = {
    "m3": "m³", "m^3": "m³", "l": "L", "litre": "L", "liter": "L",
    "thousand m3": "thousand m³", "1000 m3": "thousand m³", "1000 m³": "thousand m³",
    "tonne": "t", "tonnes": "t",
}
# How a unit symbol is written for a person, per language; the database, pint, JSON output
# and every parser keep the canonical ASCII/pint symbol. Russian symbols per GOST 8.417-2002
# (т, кг, ГДж, кВт·ч); Kazakh official texts use the same Cyrillic symbols, with сағ for the
# hour. A fixed table, not catalogue entries: a symbol is a standard, not a translator's
# choice, and the window, the command line and a workbook and its `verify` must agree.
_CYRILLIC_PARTS = {"t": "т", "kg": "кг", "g": "г", "mg": "мг", "kt": "тыс. т", "Mt": "млн т",
                   "L": "л", "l": "л", "m": "м", "m²": "м²", "m³": "м³", "ha": "га",
                   "dm³": "дм³", "µg": "мкг", "mm": "мм",
                   "thousand m³": "тыс. м³", "GJ": "ГДж", "TJ": "ТДж", "MJ": "МДж",
                   "kWh": "кВт·ч", "MWh": "МВт·ч", "GWh": "ГВт·ч", "Gcal": "Гкал",
                   "tce": "т у.т.", "toe": "т н.э.", "h": "ч", "d": "сут", "s": "с",
                   "year": "год", "yr": "год", "mo": "мес.", "km": "км", "MW": "МВт",
                   "kW": "кВт", "kg/t": "кг/т"}
_KAZAKH_PARTS = {**_CYRILLIC_PARTS, "kt": "мың т", "thousand m³": "мың м³",
                 "kWh": "кВт·сағ", "MWh": "МВт·сағ", "GWh": "ГВт·сағ", "tce": "т ш.о.",
                 "toe": "т м.э.", "h": "сағ", "d": "тәул.", "year": "жыл", "yr": "жыл",
                 "mo": "ай"}
_UNIT_LABELS: dict[str, dict[str, str]] = {"ru": _CYRILLIC_PARTS, "kk": _KAZAKH_PARTS}
# What an officer types in Russian or Kazakh, read back to the canonical symbol: every
# label above (and the label with a plain 3 for ³) plus the words people write.
_WORD_ALIASES = {"тонна": "t", "тонны": "t", "тонн": "t", "тонна/тонн": "t", "тн": "t",
                 "килограмм": "kg", "килограммов": "kg", "литр": "L", "литров": "L",
                 "куб. м": "m³", "куб.м": "m³", "м.куб": "m³", "тыс. куб. м": "thousand m³",
                 "тыс.м3": "thousand m³", "тыс.м³": "thousand m³", "гигаджоуль": "GJ",
                 "гигакалория": "Gcal", "тут": "tce", "т.у.т.": "tce", "т у т": "tce",
                 "т у.т": "tce"}
for _labels in _UNIT_LABELS.values():
    for _sym, _text in _labels.items():
        if _sym in _KIND_OF:
            _ALIASES.setdefault(_text, _sym)
            _ALIASES.setdefault(_text.replace("³", "3"), _sym)
_ALIASES.update(_WORD_ALIASES)


def unit_label(symbol: str, language: str | Translate = "en") -> str:
    """A unit symbol as a person reads it in `language` (a code, or a translation whose
    language it is): "t" -> «т» in Russian and Kazakh. Compound symbols ("t/h", "g/t",
    "t CO2") are written part by part; what the table does not know ("%", "pH", a free-text
    unit) is shown as stored. Display only: store, parse and print JSON with the symbol."""
    code = language if isinstance(language, str) else language_of(language)
    table = _UNIT_LABELS.get(code.split("_")[0].casefold())
    if table is None or not symbol:
        return symbol
    if symbol in table:
        return table[symbol]
    return "/".join(table.get(part) or " ".join(table.get(word, word) for word in part.split(" "))
                    for part in symbol.split("/"))
# Case-insensitive lookup; "Mt" is excluded because lowercase "mt" is commonly
# written for *metric tonne*, so guessing either way could be off by 10^6.
_FOLDED = {k.lower(): v for k, v in {**{s: s for s in _KIND_OF}, **_ALIASES}.items()}
del _FOLDED["mt"]

_ureg: Any = None  # pint.UnitRegistry once loaded
_ureg_lock = threading.Lock()  # the ledger import may run in a worker thread


def _registry() -> Any:
    """Return the shared pint registry, importing pint on first use."""
    global _ureg
    if _ureg is None:
        with _ureg_lock:
            if _ureg is None:
                import pint

                reg: pint.UnitRegistry = pint.UnitRegistry()
                for line in _DEFINITIONS:
                    reg.define(line)
                _ureg = reg
    return _ureg


@functools.cache
def _pint_factor(src: str, dst: str) -> float:
    """Multiplier from one known symbol to another of the same kind."""
    names = [_UNITS[_KIND_OF[sym]][sym] for sym in (src, dst)]
    return float(_registry().Quantity(1.0, names[0]).to(names[1]).magnitude)


def _check_positive(value: Any, what: str | Message = QUANTITY, strict: bool = True) -> float:
    try:
        ok = not isinstance(value, bool) and math.isfinite(value) and (value > 0 or not strict)
    except TypeError:
        ok = False
    if not ok:
        raise UnitError(
            QT_TRANSLATE_NOOP("Refusal", "{what} must be a positive finite number, got {value!r}.")
            if strict else
            QT_TRANSLATE_NOOP("Refusal", "{what} must be a finite number, got {value!r}."),
            what=term(what), value=value)
    return float(value)


@dataclass(frozen=True)
class MaterialUnits:
    """What the unit layer needs to know about a material.

    ``ncv_gj_per_unit`` is the net calorific value per canonical unit of the
    material's own kind: GJ/t for a solid or liquid fuel measured by mass,
    GJ/m³ for one measured by volume (natural gas).  Energy carriers
    (electricity, heat) have neither property: they are energy already.
    """

    name: str
    kind: str
    density_t_per_m3: float | None = None
    ncv_gj_per_unit: float | None = None

    def __post_init__(self) -> None:
        canonical_unit(self.kind)
        props = {QT_TRANSLATE_NOOP("Refusal", "Density"): self.density_t_per_m3,
                 QT_TRANSLATE_NOOP("Refusal", "Net calorific value"): self.ncv_gj_per_unit}
        for label, val in props.items():
            if val is not None and self.kind == "energy":
                raise UnitError(QT_TRANSLATE_NOOP("Refusal", "{label} makes no sense for energy "
                                                             "carrier {material}."),
                                label=term(label), material=self.name)
            if val is not None:
                _check_positive(val, f"{label} of {self.name}")


def canonical_unit(kind: str) -> str:
    """Canonical (storage) unit symbol of a quantity kind."""
    try:
        return next(iter(_UNITS[kind]))
    except KeyError:
        kinds = ", ".join(KINDS)
        raise UnitError(QT_TRANSLATE_NOOP("Refusal", "Unknown quantity kind {kind!r}; expected "
                                                     "one of {kinds}."),
                        kind=kind, kinds=kinds) from None


def normalise_unit(text: str) -> str:
    """Map what the officer typed (symbol or ASCII alias) to the canonical symbol."""
    cleaned = " ".join(str(text).split())
    if cleaned in _KIND_OF:
        return cleaned
    if cleaned in _ALIASES:
        return _ALIASES[cleaned]
    folded = cleaned.lower()
    if folded == "mt":
        raise UnitError(QT_TRANSLATE_NOOP("Refusal", "Unit {unit!r} is ambiguous; enter 'Mt' for "
                                                     "megatonnes or 't' for tonnes."), unit=cleaned)
    if folded in _FOLDED:
        return _FOLDED[folded]
    raise UnitError(QT_TRANSLATE_NOOP("Refusal", "Unknown unit {text!r}; accepted units are "
                                                 "{units}."),
                    text=str(text), units=_ALL_SYMBOLS)


def kind_of_unit(unit: str) -> str:
    """Quantity kind ("mass", "volume" or "energy") of a unit."""
    return _KIND_OF[normalise_unit(unit)]


def units_for(material: MaterialUnits) -> list[str]:
    """Units a material can be entered in: its own kind's first, canonical first."""
    kinds = [material.kind]
    if material.kind != "energy":
        if material.density_t_per_m3 is not None:
            kinds.append("volume" if material.kind == "mass" else "mass")
        if material.ncv_gj_per_unit is not None:
            kinds.append("energy")
    return [sym for kind in kinds for sym in _UNITS[kind]]


@functools.lru_cache(maxsize=4096)
def factor(unit: str, material: MaterialUnits) -> float:
    """Multiplier taking a value in ``unit`` to the material's canonical unit.

    Crossing kinds is only possible through the material's own properties:
    density links volume and mass, net calorific value links either to energy.
    """
    sym = normalise_unit(unit)
    src, dst = _KIND_OF[sym], material.kind
    own = _pint_factor(sym, canonical_unit(src))
    if src == dst:
        return own
    target = canonical_unit(dst)
    if dst == "energy":
        raise UnitError(
            QT_TRANSLATE_NOOP("Refusal", "Cannot convert {sym} of {material} to {target}: the "
                                         "material is an energy carrier and is entered in energy "
                                         "units only."),
            sym=sym, material=material.name, target=target
        )
    if src == "energy":
        prop, bridge = QT_TRANSLATE_NOOP("Refusal", "net calorific value"), \
            material.ncv_gj_per_unit
    else:  # mass <-> volume
        prop, bridge = QT_TRANSLATE_NOOP("Refusal", "density"), material.density_t_per_m3
    if bridge is None:
        raise UnitError(
            QT_TRANSLATE_NOOP("Refusal", "Cannot convert {sym} of {material} to {target}: the "
                                         "material has no {prop}."),
            sym=sym, material=material.name, target=target, prop=term(prop)
        )
    # Density is t per m³ and NCV is GJ per canonical unit: divide when going against them.
    return own * bridge if src == "volume" else own / bridge


def to_canonical(value: float, unit: str, material: MaterialUnits) -> tuple[float, str]:
    """Convert an entered quantity to the canonical unit of the material's kind."""
    value = _check_positive(value)
    return value * factor(unit, material), canonical_unit(material.kind)


def from_canonical(value: float, unit: str, material: MaterialUnits) -> float:
    """Express a canonical amount in ``unit`` for display; totals may be zero or negative."""
    return _check_positive(value, "Amount", strict=False) / factor(unit, material)


def _unit_ratio(src: str, dst: str, material: MaterialUnits) -> float:
    """Multiplier from ``src`` to ``dst``, via the material only if kinds differ."""
    if kind_of_unit(src) == kind_of_unit(dst):
        return _pint_factor(normalise_unit(src), normalise_unit(dst))
    return factor(src, material) / factor(dst, material)


class TceFactor(NamedTuple):
    """A carrier-specific conversion factor to tonnes of coal equivalent."""

    tce_per_unit: float
    unit: str


# Defaults offered in the UI.  Official fuel-and-energy balances use per-carrier
# factors (a coal basin's typical NCV, a conventional figure for electricity)
# rather than each lot's own calorific value, so reports must be able to use them.
# Heat's 1/7 tce/Gcal is exactly the 7 Gcal definition of tce (no deviation).
TCE_DEFAULTS: dict[str, TceFactor] = {
    "Karaganda coal": TceFactor(0.726, "t"),
    "Ekibastuz coal": TceFactor(0.628, "t"),
    "Electricity": TceFactor(0.123, "MWh"),
    "Heat": TceFactor(1 / 7, "Gcal"),
}


@functools.lru_cache(maxsize=4096)
def tce_factor(
    unit: str, factor_tce_per_unit: float | None, factor_unit: str | None, material: MaterialUnits
) -> float:
    """Multiplier from ``unit`` to tce; see :func:`to_tce` (cached for bulk use)."""
    if factor_tce_per_unit is not None:
        if factor_unit is None:
            raise UnitError(QT_TRANSLATE_NOOP("Refusal", "The tce factor of {material} has no "
                                                         "unit."),
                            material=material.name)
        fac = _check_positive(factor_tce_per_unit, f"The tce factor of {material.name}")
        return _unit_ratio(unit, factor_unit, material) * fac
    sym = normalise_unit(unit)
    if _KIND_OF[sym] == "energy":
        return _pint_factor(sym, "tce")
    if material.ncv_gj_per_unit is None:
        raise UnitError(
            QT_TRANSLATE_NOOP("Refusal", "Cannot convert {sym} of {material} to tce: the material "
                                         "has no net calorific value and no tce factor."),
            sym=sym, material=material.name
        )
    return factor(sym, material) * material.ncv_gj_per_unit * _pint_factor("GJ", "tce")


def to_tce(
    value: float, unit: str, factor_tce_per_unit: float | None, factor_unit: str | None,
    material: MaterialUnits,
) -> float:
    """Tonnes of coal equivalent for an entered quantity.

    With a carrier-specific factor (e.g. 0.123 per MWh, 0.726 per t) the
    quantity is first converted to ``factor_unit`` and multiplied: statistics
    prescribe these factors and they differ from the physical energy content.
    Without one, the energy content is divided by 29.3076 GJ (1 tce = 7 Gcal).
    """
    value = _check_positive(value)
    return value * tce_factor(unit, factor_tce_per_unit, factor_unit, material)
