"""The window's translation catalogues, read without Qt, for the command line.

The window translates through Qt (QTranslator over the compiled .qm files); a headless
command must not load Qt, so it reads the same messages from the .ts sources shipped beside
them (resources/i18n/greendesk_<lang>.ts, our own files) with the standard library.
Like lrelease's default, a non-empty translation counts even when marked unfinished;
vanished and obsolete ones do not.

    translate = catalogue_for(language())      # (context, English) -> the officer's text
    print(render(error, translate))
"""

from __future__ import annotations

import locale
import os
import xml.etree.ElementTree as ET  # noqa: S405 - our own shipped file, not outside input
from functools import lru_cache
from pathlib import Path

from greendesk.errors import Translate, english
from greendesk.paths import package_dir

_NAMES = {"russian": "ru", "kazakh": "kk", "english": "en"}  # Windows' locale names
_DEAD = {"vanished", "obsolete"}
FOLDER: Path | None = None  # None: the catalogues shipped in the package (tests set another)


def language(choice: str | None = None) -> str:
    """The officer's language code: --lang, else GREENDESK_LANG, else the system's (as the
    window chooses it), e.g. "ru", "kk_KZ", "en"."""
    code = choice or os.environ.get("GREENDESK_LANG")
    if not code:
        try:
            code = locale.getlocale()[0] or ""
        except ValueError:
            code = ""
    head = code.split(".")[0].split("@")[0]
    return _NAMES.get(head.split("_")[0].casefold(), head) or "en"


def catalogue_path(code: str, folder: Path | None = None) -> Path | None:
    """The .ts catalogue for a language, trying "kk_KZ" then "kk"; None: none ships."""
    folder = folder or FOLDER or package_dir("resources") / "i18n"
    for name in dict.fromkeys((code, code.split("_")[0], code.split("_")[0].casefold())):
        path = folder / f"greendesk_{name}.ts"
        if name and path.is_file():
            return path
    return None


def read_catalogue(path: Path) -> dict[tuple[str, str], str]:
    """(context, source) -> translation for every message that has one."""
    found: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):  # noqa: S314 - our own file
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            target = message.find("translation")
            if source is None or target is None or target.get("type") in _DEAD:
                continue
            if target.text:
                found[(name, source)] = target.text
    return found


def catalogue_language(code: str | None = None) -> str:
    """The language the catalogue for `code` (default: the officer's) is written in: "ru"
    for "ru_RU", "en" when GreenDesk ships none for it (English is the source)."""
    path = catalogue_path(language(code))
    return path.stem.removeprefix("greendesk_") if path is not None else "en"


@lru_cache(maxsize=4)
def _catalogue(code: str) -> Translate:
    path = catalogue_path(code)
    if path is None:
        return english
    return Catalogue(read_catalogue(path), path.stem.removeprefix("greendesk_"))


class Catalogue:
    """A translation read from a catalogue; it says its language, so a message rendered
    through it writes its numbers and dates as that language does ("1 234,5")."""

    def __init__(self, table: dict[tuple[str, str], str], language: str) -> None:
        self.table = table
        self.language = language

    def __call__(self, context: str, text: str) -> str:
        return self.table.get((context, text), text)


def catalogue_for(code: str | None = None) -> Translate:
    """The translation into a language (default: the officer's); English when GreenDesk
    has no catalogue for it."""
    return _catalogue(code or language())
