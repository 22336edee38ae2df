"""The codes of the waste register: hazardous properties (HP1–HP15, C16) and recovery and
disposal operations (R1–R13, D1–D15), and reading lists of them typed any way."""

from __future__ import annotations

from collections.abc import Collection, Iterable

from greendesk.errors import DomainError
from greendesk.i18n import QT_TRANSLATE_NOOP

HP_PROPERTIES: dict[str, str] = {
    "HP1": QT_TRANSLATE_NOOP("waste", "Explosive"),
    "HP2": QT_TRANSLATE_NOOP("waste", "Oxidising"),
    "HP3": QT_TRANSLATE_NOOP("waste", "Flammable"),
    "HP4": QT_TRANSLATE_NOOP("waste", "Irritant — skin irritation and eye damage"),
    "HP5": QT_TRANSLATE_NOOP("waste", "Specific target organ toxicity, aspiration toxicity"),
    "HP6": QT_TRANSLATE_NOOP("waste", "Acute toxicity"),
    "HP7": QT_TRANSLATE_NOOP("waste", "Carcinogenic"),
    "HP8": QT_TRANSLATE_NOOP("waste", "Corrosive"),
    "HP9": QT_TRANSLATE_NOOP("waste", "Infectious"),
    "HP10": QT_TRANSLATE_NOOP("waste", "Toxic for reproduction"),
    "HP11": QT_TRANSLATE_NOOP("waste", "Mutagenic"),
    "HP12": QT_TRANSLATE_NOOP("waste", "Release of an acute toxic gas"),
    "HP13": QT_TRANSLATE_NOOP("waste", "Sensitising"),
    "HP14": QT_TRANSLATE_NOOP("waste", "Ecotoxic"),
    "HP15": QT_TRANSLATE_NOOP("waste", "Capable of exhibiting a hazardous property later"),
    "C16": QT_TRANSLATE_NOOP("waste", "Persistent organic pollutants"),
}


OPERATIONS: dict[str, str] = {
    "R1": QT_TRANSLATE_NOOP("waste", "Use as a fuel or to generate energy"),
    "R2": QT_TRANSLATE_NOOP("waste", "Solvent reclamation or regeneration"),
    "R3": QT_TRANSLATE_NOOP("waste", "Recycling of organic substances"),
    "R4": QT_TRANSLATE_NOOP("waste", "Recycling of metals and metal compounds"),
    "R5": QT_TRANSLATE_NOOP("waste", "Recycling of other inorganic materials"),
    "R6": QT_TRANSLATE_NOOP("waste", "Regeneration of acids or bases"),
    "R7": QT_TRANSLATE_NOOP("waste", "Recovery of pollution-abatement components"),
    "R8": QT_TRANSLATE_NOOP("waste", "Recovery of components from catalysts"),
    "R9": QT_TRANSLATE_NOOP("waste", "Oil re-refining or other reuses of oil"),
    "R10": QT_TRANSLATE_NOOP("waste", "Land treatment benefiting agriculture or ecology"),
    "R11": QT_TRANSLATE_NOOP("waste", "Use of wastes obtained from R1–R10"),
    "R12": QT_TRANSLATE_NOOP("waste", "Exchange of wastes for R1–R11"),
    "R13": QT_TRANSLATE_NOOP("waste", "Storage pending R1–R12"),
    "D1": QT_TRANSLATE_NOOP("waste", "Deposit into or onto land (landfill)"),
    "D2": QT_TRANSLATE_NOOP("waste", "Land treatment"),
    "D3": QT_TRANSLATE_NOOP("waste", "Deep injection"),
    "D4": QT_TRANSLATE_NOOP("waste", "Surface impoundment"),
    "D5": QT_TRANSLATE_NOOP("waste", "Specially engineered landfill"),
    "D6": QT_TRANSLATE_NOOP("waste", "Release into a water body"),
    "D7": QT_TRANSLATE_NOOP("waste", "Release to seas and oceans"),
    "D8": QT_TRANSLATE_NOOP("waste", "Biological treatment"),
    "D9": QT_TRANSLATE_NOOP("waste", "Physico-chemical treatment"),
    "D10": QT_TRANSLATE_NOOP("waste", "Incineration on land"),
    "D11": QT_TRANSLATE_NOOP("waste", "Incineration at sea"),
    "D12": QT_TRANSLATE_NOOP("waste", "Permanent storage"),
    "D13": QT_TRANSLATE_NOOP("waste", "Blending or mixing prior to D1–D12"),
    "D14": QT_TRANSLATE_NOOP("waste", "Repackaging prior to D1–D13"),
    "D15": QT_TRANSLATE_NOOP("waste", "Storage pending D1–D14"),
}


INCINERATION = frozenset({"D10", "D11"})


def _codes(value: str | Iterable[str], known: Collection[str]) -> tuple[tuple[str, ...], str]:
    """The codes of a list typed any way ("R4, r5; D9"), once each, in `known`'s order; and
    the first word that is not one of them ("" when every word is)."""
    words = value.replace(";", ",").replace(" ", ",").split(",") if isinstance(value, str) \
        else list(value)
    codes: list[str] = []
    for word in (w.strip().upper() for w in words):
        if not word:
            continue
        if word not in known:
            return (), word
        if word not in codes:
            codes.append(word)
    return tuple(sorted(codes, key=list(known).index)), ""


def parse_operations(value: str | Iterable[str]) -> tuple[str, ...]:
    """"R4, r5; D9" -> ("R4", "R5", "D9"), in R then D order; DomainError for unknown codes."""
    codes, word = _codes(value, OPERATIONS)
    if word:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{word!r} is not a recovery or "
                                                       "disposal operation; the codes are "
                                                       "R1–R13 and D1–D15."),
                          word=word, field="operations")
    return codes


def parse_hp(value: str | Iterable[str]) -> tuple[str, ...]:
    """"hp7 HP14" -> ("HP7", "HP14"), in HP order; DomainError for an unknown property."""
    codes, word = _codes(value, HP_PROPERTIES)
    if word:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{word!r} is not a hazardous property; "
                                                       "they are HP1–HP15 and C16 (persistent "
                                                       "organic pollutants)."),
                          word=word, field="hp_properties")
    return codes
