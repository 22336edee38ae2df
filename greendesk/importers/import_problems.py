"""What a refused import says: each problem where the officer finds it, and the refusals
that carry them (rows, a repeated file, a cancel). Shared by every importer."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from greendesk.errors import DomainError, Message, joined
from greendesk.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class RowProblem:
    """One thing wrong in the file, located as the officer sees it in Excel."""

    file: str
    sheet: str
    row: int
    column_letter: str
    column_header: str
    value: object
    message: str | Message   # given as a Message; read back as the English sentence
    # what the officer reads, rendered in their language where it is shown
    text: Message = field(default_factory=lambda: Message(""), compare=False, repr=False)

    def __post_init__(self) -> None:
        text = self.message if isinstance(self.message, Message) else Message(self.message)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "message", str(text))

    def place(self) -> Message:
        """Sheet, row and column, as the officer finds them in Excel."""
        parts = [Message(QT_TRANSLATE_NOOP("Refusal", "sheet {sheet}"), sheet=self.sheet)
                 ] if self.sheet else []
        parts.append(Message(QT_TRANSLATE_NOOP("Refusal", "row {row}"), row=self.row))
        if self.column_letter and self.column_header:
            parts.append(Message(QT_TRANSLATE_NOOP("Refusal", "column {column} ({header})"),
                                 column=self.column_letter, header=self.column_header))
        elif self.column_letter:
            parts.append(Message(QT_TRANSLATE_NOOP("Refusal", "column {column}"),
                                 column=self.column_letter))
        return joined(parts)

    def where(self) -> str:
        """The place as the officer finds it in the file: "sheet S, row 12, column C (Unit)"."""
        return str(self.place())

    def sentence(self) -> Message:
        """The place and what is wrong there, one sentence to render."""
        return Message("{place}: {message}", place=self.place(), message=self.text)

    def __str__(self) -> str:
        return str(self.sentence())




class ImportRejected(DomainError):
    """The file has problems; nothing was imported. `.problems` lists the first 1,000."""

    def __init__(self, file_name: str, problems: list[RowProblem], total: int) -> None:
        self.file_name = file_name
        self.problems = problems
        self.total = total
        self.more = total - len(problems)
        first = problems[0].sentence()
        if total == 1:
            super().__init__(QT_TRANSLATE_NOOP("Refusal", "{file} has 1 problem; nothing was "
                                                          "imported. First: {first}"),
                             file=file_name, first=first)
        elif not self.more:
            super().__init__(QT_TRANSLATE_NOOP("Refusal", "{file} has {total:,} problems; nothing "
                                                          "was imported. First: {first}"),
                             file=file_name, total=total, first=first)
        else:
            super().__init__(QT_TRANSLATE_NOOP("Refusal", "{file} has {total:,} problems (the "
                                                          "first {listed:,} are listed); nothing "
                                                          "was imported. First: {first}"),
                             file=file_name, total=total, listed=len(problems), first=first)


class DuplicateImport(DomainError):
    """The same file (byte for byte) was imported before, or (RepeatedRows) its rows were."""

    def __init__(self, message: str | Message, /, *, imported_at: dt.datetime | None, rows: int,
                 **args: object) -> None:
        super().__init__(Message.of(message, args))
        self.imported_at = imported_at
        self.rows = rows


class ImportCancelled(DomainError):
    """The officer cancelled; the database is exactly as it was."""
