"""The plan's order (property tests) and progress per measure."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from greendesk.analysis.plan import (
    COST_RANK,
    effect_per_cost,
    is_overdue,
    order_plan,
    progress,
)
from greendesk.models.checklist import ActionStatus, CostClass


@dataclass
class A:
    id: int
    status: ActionStatus
    cost_class: CostClass
    estimated_cost: float | None
    expected_effect: float | None
    due_date: date | None


actions = st.builds(
    A,
    id=st.integers(1, 10_000),
    status=st.sampled_from(list(ActionStatus)),
    cost_class=st.sampled_from(list(CostClass)),
    estimated_cost=st.none() | st.floats(0, 1e9),
    expected_effect=st.none() | st.floats(0, 1e6),
    due_date=st.none() | st.dates(date(2020, 1, 1), date(2030, 12, 31)),
)


@given(st.lists(actions, max_size=40, unique_by=lambda a: a.id))
def test_plan_order_follows_the_greening_approach(items: list[A]) -> None:
    plan = order_plan(items)
    assert {a.id for a in plan} == {a.id for a in items
                                    if a.status not in (ActionStatus.DONE,
                                                        ActionStatus.NOT_APPLICABLE)}
    for first, second in zip(plan, plan[1:], strict=False):
        r1, r2 = COST_RANK[first.cost_class], COST_RANK[second.cost_class]
        assert r1 <= r2  # organisational before process changes before investments
        if r1 == r2:
            e1, e2 = effect_per_cost(first), effect_per_cost(second)
            if e1 is None:
                assert e2 is None  # comparable actions come first
            elif e2 is not None:
                assert e1 >= e2  # more effect per tenge first
                if e1 == e2 and first.due_date and second.due_date:
                    assert first.due_date <= second.due_date


def test_a_known_plan() -> None:
    items = [
        A(1, ActionStatus.PLANNED, CostClass.HIGH, 5e8, 12_000, date(2026, 6, 1)),
        A(2, ActionStatus.NOT_STARTED, CostClass.LOW, 1e6, 100, date(2026, 9, 1)),
        A(3, ActionStatus.IN_PROGRESS, CostClass.LOW, 1e6, 500, date(2026, 12, 1)),
        A(4, ActionStatus.DONE, CostClass.LOW, 0, 1, None),
        A(5, ActionStatus.NOT_STARTED, CostClass.MEDIUM, None, None, date(2026, 1, 1)),
        A(6, ActionStatus.NOT_STARTED, CostClass.LOW, None, None, date(2026, 3, 1)),
        A(7, ActionStatus.NOT_APPLICABLE, CostClass.LOW, 1, 1, None),
    ]
    assert [a.id for a in order_plan(items)] == [3, 2, 6, 5, 1]
    assert is_overdue(items[4], date(2026, 2, 1)) and not is_overdue(items[3], date(2030, 1, 1))


def test_progress_ignores_not_applicable() -> None:
    items = [A(i, s, CostClass.LOW, None, None, None) for i, s in enumerate(
        [ActionStatus.DONE, ActionStatus.DONE, ActionStatus.PLANNED,
         ActionStatus.NOT_APPLICABLE])]
    p = progress(items)
    assert (p.done, p.applicable) == (2, 3) and abs(p.share - 2 / 3) < 1e-12
    assert progress([A(1, ActionStatus.NOT_APPLICABLE, CostClass.LOW, 0, 0, None)]).share is None
