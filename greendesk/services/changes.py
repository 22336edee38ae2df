"""What an operation touched, so each view can decide for itself whether to refetch."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Changes:
    """Entity names touched ("enterprise", "site", "node", "material", "flow", ...)."""

    entities: frozenset[str] = field(default_factory=frozenset)
    ids: frozenset[int] = field(default_factory=frozenset)

    @classmethod
    def of(cls, *entities: str, ids: tuple[int, ...] = ()) -> Changes:
        """The Changes naming these entities (and record ids)."""
        return cls(frozenset(entities), frozenset(ids))

    def touches(self, *entities: str) -> bool:
        """Whether any of these entities changed; a view refetches only then."""
        return bool(self.entities.intersection(entities))

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.entities | other.entities, self.ids | other.ids)
