"""What the command line prints, in the officer's language, without Qt.

Every line a command prints is an English template marked for lupdate under the context
"cli" and rendered through the window's own catalogues read without Qt (i18n_catalog):

    print(say(QT_TRANSLATE_NOOP("cli", "Wrote {path} with {n:,} flow records."),
              path=path, n=n))

Text from elsewhere goes through `shown` (a refusal, a problem, a note: a Message renders
in the same language; plain text passes as it is) or `tr` (a string marked under another
context, e.g. an enumeration's name). The language is --lang, else GREENDESK_LANG, else
the system's, as the window chooses it.
"""

from __future__ import annotations

from collections.abc import Sequence

from greendesk.errors import Message, Translate

CLI = "cli"  # the translation context of the command line's own lines
LANGUAGE: str | None = None  # --lang, once parsed; else GREENDESK_LANG, else the system's


def translation() -> Translate:
    """The officer's catalogue (English when GreenDesk has none for their language)."""
    from greendesk.i18n_catalog import catalogue_for, language

    return catalogue_for(language(LANGUAGE))


def unit(symbol: str) -> str:
    """A unit symbol as the officer reads it in text output («т» for "t" in Russian and
    Kazakh); JSON and CSV output keep the symbol, which programs read."""
    from greendesk.i18n_catalog import language
    from greendesk.units import unit_label

    return unit_label(symbol, language(LANGUAGE))


def tr(context: str, text: str) -> str:
    """A string marked QT_TRANSLATE_NOOP(context, text), in the officer's language."""
    return translation()(context, text)


def shown(what: BaseException | Message | str) -> str:
    """A refusal, a problem's message or a note in the officer's language."""
    from greendesk.errors import render

    return render(what, translation())


def say(template: str, /, **args: object) -> str:
    """A line the command prints: its template marked QT_TRANSLATE_NOOP("cli", ...), filled
    with `args` (a Message among them is rendered in the same language)."""
    return shown(Message(template, context=CLI, **args))


def labelled(rows: Sequence[tuple[int, str, object]]) -> list[str]:
    """Lines of "label   value" from (depth, label already in the officer's language, value):
    each label indented two spaces per depth and padded to the longest, so the values line
    up in any language."""
    labels = ["  " * depth + label for depth, label, _ in rows]
    width = max((len(label) for label in labels), default=0)
    return [f"{label:<{width}}  {value}".rstrip()
            for label, (_, _, value) in zip(labels, rows, strict=True)]
