"""Write translations from a JSON file into both catalogues.

    python resources/i18n/apply_translations.py FILE.json [--overwrite]

The JSON maps "context\\x1fsource" (or "context\\x1fsource\\x1fcomment" for a disambiguated
message) to [ru, kk]; for a numerus message (%n) ru and kk are lists of plural forms
(Russian three, Kazakh two). Only unfinished messages are filled unless --overwrite.
Prints the keys that matched no message, so a typo does not pass unnoticed.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
CATALOGUES = (HERE / "greendesk_ru.ts", HERE / "greendesk_kk.ts")


def message_key(context: str, message: ET.Element) -> str:
    parts = [context, message.findtext("source") or ""]
    if message.findtext("comment"):
        parts.append(message.findtext("comment") or "")
    return "\x1f".join(parts)


def _write(translation: ET.Element, value: str | list[str]) -> None:
    if isinstance(value, list):
        forms = translation.findall("numerusform")
        if len(forms) != len(value):
            raise ValueError(f"{len(value)} plural forms given, {len(forms)} expected")
        for form, text in zip(forms, value, strict=True):
            form.text = text
    elif translation.findall("numerusform"):
        raise ValueError(f"a plural message needs a list of forms, got {value!r}")
    else:
        translation.text = value
    translation.attrib.pop("type", None)


def apply(data: dict[str, list], overwrite: bool = False) -> set[str]:
    """Fill both catalogues; return the keys that matched nothing."""
    unmatched = set(data)
    for index, path in enumerate(CATALOGUES):
        tree = ET.parse(path)
        filled = 0
        for ctx in tree.getroot().iter("context"):
            name = ctx.findtext("name") or ""
            for message in ctx.iter("message"):
                key = message_key(name, message)
                translation = message.find("translation")
                if key not in data or translation is None:
                    continue
                unmatched.discard(key)
                if translation.get("type") != "unfinished" and not overwrite:
                    continue
                _write(translation, data[key][index])
                filled += 1
        tree.write(path, encoding="utf-8", xml_declaration=True)
        print(f"{path.name}: {filled} filled")
    return unmatched


def main(argv: list[str]) -> int:
    data = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    unmatched = apply(data, overwrite="--overwrite" in argv)
    for key in sorted(unmatched):
        print("no such message:", key.replace("\x1f", " | "))
    return 1 if unmatched else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
