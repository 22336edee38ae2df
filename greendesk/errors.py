"""The one error type the UI shows to the officer as a sentence, and the sentence itself.

A refusal is raised with its English template, marked for translation, and its arguments:

    raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{site} has no process."), site=site.name)

`str(error)` is the English sentence (tests and logs read it); the edge that shows it to the
officer renders it in the officer's language: the window through QCoreApplication.translate,
the command line through the Qt-free `i18n_catalog`. Both look the template up in the same
catalogues (resources/i18n/greendesk_*.ts), under the context "Refusal".
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

REFUSAL = "Refusal"  # the translation context of every refusal's template
NOTES = "notes"  # the context of notes: what an import or a balance says beside its result

# (context, English source text) -> the text in the officer's language
Translate = Callable[[str, str], str]


def english(_context: str, text: str) -> str:
    """The translation that keeps the English source (what `str()` shows)."""
    return text


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

    def render(self, translate: Translate = english) -> str:
        text = translate(self.context, self.template) or self.template
        if not self.args:
            return text
        values = {k: render(v, translate) if isinstance(v, Message | Note) else v
                  for k, v in self.args.items()}
        try:
            return text.format(**values)
        except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
            return self.template.format(**values)

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


def render(what: BaseException | Message | str, translate: Translate = english) -> str:
    """What the officer reads: an exception, a message or plain text, in `translate`'s
    language (plain text is shown as it is)."""
    if isinstance(what, BaseException):
        what = message_of(what)
    elif isinstance(what, Note):
        what = what.message
    return what.render(translate) if isinstance(what, Message) else what


def render_all(items: Iterable[BaseException | Message | str],
               translate: Translate = english) -> list[str]:
    return [render(item, translate) for item in items]


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

    def render(self, translate: Translate = english) -> str:
        return self.message.render(translate)


class NotFoundError(DomainError):
    """The record was deleted (elsewhere, or by an undo) since it was shown."""
