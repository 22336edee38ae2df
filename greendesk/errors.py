"""The one error type the UI shows to the officer as a sentence, and the sentence itself.

A refusal is raised with its English template, marked for translation, and its arguments:

    raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{site} has no process."), site=site.name)

`str(error)` is the English sentence (tests and logs read it); the edge that shows it to the
officer renders it in the officer's language: the window through QCoreApplication.translate,
the command line through the Qt-free `i18n_catalog`. Both look the template up in the same
catalogues (resources/i18n/greendesk_*.ts), under the context "Refusal".
"""

from __future__ import annotations

import string
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime
from decimal import Decimal

REFUSAL = "Refusal"  # the translation context of every refusal's template
NOTES = "notes"  # the context of notes: what an import or a balance says beside its result

# (context, English source text) -> the text in the officer's language
Translate = Callable[[str, str], str]


def english(_context: str, text: str) -> str:
    """The translation that keeps the English source (what `str()` shows)."""
    return text


# Languages that group thousands with a no-break space and write a decimal comma ("1 234,5")
# and dates day first (31.03.2025): the separator is U+00A0, as QLocale("ru"/"kk") writes it
# in the window (ui/formatting.py), so a refusal and the table beside it agree.
GROUP_SPACE = "\u00a0"
_COMMA_DECIMAL = {"ru", "kk"}
_NUMBER_MARKS = str.maketrans({",": GROUP_SPACE, ".": ","})
# ISO date specs the templates use, and how a day-first language writes them; "at" is an
# English word inside a spec that the translators cannot reach, so it goes too.
_DAY_FIRST_SPECS = {"": "%d.%m.%Y", "%Y-%m-%d": "%d.%m.%Y",
                    "%Y-%m-%d %H:%M": "%d.%m.%Y %H:%M",
                    "%Y-%m-%d at %H:%M": "%d.%m.%Y %H:%M",
                    "%Y-%m-%d %H:%M:%S": "%d.%m.%Y %H:%M:%S"}


def language_of(translate: Translate) -> str:
    """The language a translation writes (its `language` attribute, e.g. the CLI's
    catalogue's); English when it does not say."""
    return str(getattr(translate, "language", "en") or "en")


class _LocalFormatter(string.Formatter):
    """str.format that writes numbers and ISO dates in one language's convention: the
    template's spec is applied as in English, then its marks are swapped ("1,234.5" ->
    "1 234,5"), so every spec the templates use keeps its meaning and width."""

    def __init__(self, language: str) -> None:
        self.language = language.split("_")[0].casefold()

    def format_field(self, value: object, format_spec: str) -> str:
        if self.language not in _COMMA_DECIMAL:
            return super().format_field(value, format_spec)
        if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
            return super().format_field(value, format_spec).translate(_NUMBER_MARKS)
        if isinstance(value, date) and format_spec in _DAY_FIRST_SPECS:
            spec = _DAY_FIRST_SPECS[format_spec]
            if not format_spec and isinstance(value, datetime):
                spec += " %H:%M:%S"
            return value.strftime(spec)
        return super().format_field(value, format_spec)


class Message:
    """A sentence kept as its English template and named arguments until it is shown.

    An argument that is itself a Message (a translatable term, or a sentence inside a
    sentence) is rendered in the same language. Without arguments the template is not
    formatted, so text the officer typed, or an outside error's text, passes unchanged.
    """

    __slots__ = ("args", "context", "template")

    def __init__(self, template: str, /, context: str = REFUSAL, **args: object) -> None:
        self.template = template
        self.context = context
        self.args = args

    @classmethod
    def of(cls, template: str | Message, args: Mapping[str, object]) -> Message:
        """A template (or a ready message, when there are no arguments) and its arguments."""
        if isinstance(template, Message):
            if args:
                raise TypeError("arguments go into the Message, not beside it")
            return template
        message = cls(template)
        message.args = dict(args)
        return message

    def render(self, translate: Translate = english, language: str | None = None) -> str:
        """The sentence in `translate`'s words, its numbers and dates written as `language`
        writes them (default: the language `translate` says it writes, else English)."""
        language = language or language_of(translate)
        text = translate(self.context, self.template) or self.template
        if not self.args:
            return text
        values = {k: render(v, translate, language) if isinstance(v, Message | Note) else v
                  for k, v in self.args.items()}
        formatter = _LocalFormatter(language)
        try:
            return formatter.format(text, **values)
        except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
            return formatter.format(self.template, **values)

    def __str__(self) -> str:
        return self.render()

    def __repr__(self) -> str:
        return f"Message({self.template!r}, context={self.context!r}, **{self.args!r})"

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Message):
            return (self.template, self.context, self.args) == (
                other.template, other.context, other.args)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # the arguments may be unhashable


class Note(str):
    """A sentence kept where plain English text always was (a result's notes, a summary):
    it is that English text, so joining, searching and storing it work as before, and it
    keeps its Message, so the edge shows it in the officer's language (`render`)."""

    __slots__ = ("message",)
    message: Message

    def __new__(cls, template: str | Message, /, context: str = NOTES, **args: object) -> Note:
        message = template if isinstance(template, Message) else Message(
            template, context=context, **args)
        note = super().__new__(cls, str(message))
        note.message = message
        return note

    def __reduce__(self) -> tuple[type[Note], tuple[Message]]:
        return (Note, (self.message,))  # a copy keeps the template and its arguments


def term(text: str | Message) -> Message:
    """A word or phrase set into a sentence ("site", "the grade"), translated with it; mark it
    where it is written, QT_TRANSLATE_NOOP("Refusal", "site"), so the translators see it."""
    return text if isinstance(text, Message) else Message(text)


def joined(parts: Iterable[Message | str], separator: str = ", ") -> Message:
    """Several messages shown as one, each rendered in the same language."""
    items = list(parts)
    return Message.of(separator.join(f"{{p{i}}}" for i in range(len(items))),
                      {f"p{i}": item for i, item in enumerate(items)})


def message_of(exc: BaseException) -> Message:
    """The message an exception carries: a refusal's own, a Message given to any exception
    (e.g. `ValueError(Message(...))`), else the exception's text as it is."""
    if isinstance(exc, DomainError):
        return exc.message
    if exc.args and isinstance(exc.args[0], Message):
        return exc.args[0]
    return Message(str(exc))


def render(what: BaseException | Message | str, translate: Translate = english,
           language: str | None = None) -> str:
    """What the officer reads: an exception, a message or plain text, in `translate`'s
    language, numbers and dates as `language` writes them (plain text is shown as it is)."""
    if isinstance(what, BaseException):
        what = message_of(what)
    elif isinstance(what, Note):
        what = what.message
    return what.render(translate, language) if isinstance(what, Message) else what


def render_all(items: Iterable[BaseException | Message | str],
               translate: Translate = english, language: str | None = None) -> list[str]:
    return [render(item, translate, language) for item in items]


class DomainError(ValueError):
    """A domain rule was broken. `str(error)` is one plain English sentence saying what and
    where; `error.message` keeps its template and arguments for the officer's language.

    `field` names the form field the message belongs next to, when there is one.
    """

    def __init__(self, message: str | Message, /, *, field: str | None = None,
                 **args: object) -> None:
        message = Message.of(message, args)
        super().__init__(str(message))
        self.message = message
        self.field = field

    def render(self, translate: Translate = english, language: str | None = None) -> str:
        return self.message.render(translate, language)


class NotFoundError(DomainError):
    """The record was deleted (elsewhere, or by an undo) since it was shown."""
