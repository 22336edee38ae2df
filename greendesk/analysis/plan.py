"""How the greening plan orders open actions, and how a measure's progress is counted.

The greening approach spends money in this order: cheap organisational steps first, then
changes inside existing processes, then investment projects. Inside a cost class the
action with the most expected effect per unit of cost comes first, then the earliest due.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from greendesk.models.checklist import ActionStatus, CostClass

COST_RANK = {CostClass.LOW: 0, CostClass.MEDIUM: 1, CostClass.HIGH: 2}
CLOSED = frozenset({ActionStatus.DONE, ActionStatus.NOT_APPLICABLE})


class Plannable(Protocol):
    """What the plan reads of an action: read-only, so frozen rows and ORM objects both fit."""

    @property
    def id(self) -> int: ...
    @property
    def status(self) -> ActionStatus: ...
    @property
    def cost_class(self) -> CostClass: ...
    @property
    def estimated_cost(self) -> float | None: ...
    @property
    def expected_effect(self) -> float | None: ...
    @property
    def due_date(self) -> date | None: ...


def effect_per_cost(a: Plannable) -> float | None:
    """Expected effect per tenge; a free action with an effect ranks above every priced one.

    None when either figure is missing: such actions follow the ones that can be compared.
    """
    if a.expected_effect is None or a.estimated_cost is None:
        return None
    if a.estimated_cost == 0:
        return math.inf if a.expected_effect > 0 else 0.0
    return a.expected_effect / a.estimated_cost


def plan_key(a: Plannable) -> tuple:
    """Sort key of the plan: cost class, effect per cost (unknown last), due date, id."""
    ratio = effect_per_cost(a)
    return (COST_RANK[CostClass(a.cost_class)],
            ratio is None, -(ratio or 0.0),
            a.due_date is None, a.due_date or date.max,
            a.id)


def order_plan(actions: Iterable[Plannable]) -> list[Plannable]:
    """Open actions (not done, not 'not applicable') in the order to work on them."""
    return sorted((a for a in actions if ActionStatus(a.status) not in CLOSED), key=plan_key)


def is_overdue(a: Plannable, today: date) -> bool:
    """Open (neither done nor not applicable) and due before `today`."""
    return (a.due_date is not None and a.due_date < today
            and ActionStatus(a.status) not in CLOSED)


@dataclass(frozen=True)
class Progress:
    """How many of a measure's applicable actions are done."""
    done: int
    applicable: int

    @property
    def share(self) -> float | None:
        """Share of applicable actions done; None when nothing applies."""
        return self.done / self.applicable if self.applicable else None


def progress(actions: Sequence[Plannable]) -> Progress:
    """Progress over actions, leaving out those that do not apply."""
    applicable = [a for a in actions if ActionStatus(a.status) is not ActionStatus.NOT_APPLICABLE]
    return Progress(sum(ActionStatus(a.status) is ActionStatus.DONE for a in applicable),
                    len(applicable))
