"""What verifying the audit trail found: each problem as a sentence for the officer (a
Message, rendered in their language where it is shown) and the report that gathers them."""

from __future__ import annotations

from dataclasses import dataclass, field

from greendesk.errors import Message
from greendesk.store.audit_anchor import AnchorCheck


@dataclass(frozen=True)
class Problem:
    """One finding, named so an officer (or an auditor) can look it up."""

    kind: str  # chain, changed, untracked, missing, resurrected, digest, unreadable, anchor, mark
    message: str | Message  # given as a Message; read back as the English sentence
    entity: str | None = None
    entity_id: str | None = None
    entry_id: int | None = None
    # what the officer reads, rendered in their language where it is shown
    text: Message = field(default_factory=lambda: Message(""), compare=False, repr=False)

    def __post_init__(self) -> None:
        text = self.message if isinstance(self.message, Message) else Message(self.message)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "message", str(text))


@dataclass(frozen=True)
class VerifyReport:
    """What verifying the trail found: counts, the first problems and the anchors checked."""
    entries: int
    records: int
    problems: tuple[Problem, ...]
    total_problems: int
    first_broken_entry: int | None
    head_hash: str
    head_entry: int = 0
    anchors: tuple[AnchorCheck, ...] = ()  # the heads checked: given ones, then exports

    @property
    def ok(self) -> bool:
        """No problem was found."""
        return self.total_problems == 0

    def summary(self) -> str:
        """One sentence: intact with the counts, or the first problem."""
        if self.ok:
            return (f"The audit trail is intact: {self.entries:,} entries, the chain unbroken, "
                    f"and all {self.records:,} records match it.")
        more = f" ({self.total_problems:,} problems in all)" if self.total_problems > 1 else ""
        return f"{self.problems[0].message}{more}"
