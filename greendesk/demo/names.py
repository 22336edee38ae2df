"""The demo plant's words in the officer's language.

The demo code names everything in English: those names are the keys its modules share
(the ids of sites, nodes and materials are looked up by them). What reaches the database
goes through `DemoNames`, which gives the Russian or Kazakh text for a key, so one demo
writes a wholly Russian or wholly Kazakh plant and the English demo is unchanged. The texts
of each language live in one table: `names_ru.RU`, `names_kk.KK`.

Codes stay codes: waste classifier codes, chemical symbols, sample codes, units.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field

from greendesk.errors import DomainError
from greendesk.i18n import QT_TRANSLATE_NOOP

LANGUAGES = ("en", "ru", "kk")


def normalise_language(code: str | None) -> str | None:
    """"ru", "ru_RU", "RU-ru" -> "ru"; a language the demo is not written in -> None."""
    lang = (code or "").strip().lower().replace("-", "_").split("_")[0]
    return lang if lang in LANGUAGES else None


def demo_language(explicit: str | None = None) -> str:
    """The demo's language: --lang, else GREENDESK_LANG, else English.

    An explicit code the demo is not written in is refused in one sentence; an unusable
    environment setting (say "de") leaves the demo in English, as the window would be.
    """
    if explicit:
        lang = normalise_language(explicit)
        if lang is None:
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "The demo plant is written in English, "
                                                           "Russian or Kazakh (en, ru, kk), not "
                                                           "{value!r}."),
                              value=explicit, field="language")
        return lang
    return normalise_language(os.environ.get("GREENDESK_LANG")) or "en"


def _table(language: str) -> Mapping[str, str]:
    if language == "ru":
        from greendesk.demo.names_ru import RU

        return RU
    if language == "kk":
        from greendesk.demo.names_kk import KK

        return KK
    return {}


@dataclass(frozen=True)
class DemoNames:
    """Turns the demo's English key into the text written for `language`.

    A key without a translation is written in English (a demo that opens beats one that
    stops); the tests measure that no English is left in the Russian and Kazakh plants.
    """

    language: str = "en"
    table: Mapping[str, str] = field(default_factory=dict, repr=False)

    @classmethod
    def for_language(cls, code: str | None) -> DemoNames:
        lang = normalise_language(code) or "en"
        return cls(lang, _table(lang))

    def __call__(self, key: str) -> str:
        return self.table.get(key, key)

    def format(self, key: str, **values: object) -> str:
        """A text with blanks, e.g. "Metering section {n}"."""
        return self(key).format(**values)
