"""The greening plan as a report shows it, read without writing a row.

Opening the plan in the window merges the built-in template and gives new sites their
actions (`checklist.ensure_ready`). An export is reading only, so the plan report works out
in memory what that merge would make: the same measures, texts and actions, the ones not yet
stored shown as not started with no id (0).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from greendesk.models import Site
from greendesk.models.checklist import (
    ActionStatus,
    ChecklistItem,
    ChecklistMeasure,
    CostClass,
    Evidence,
    SiteAction,
    TemplateState,
)
from greendesk.services.checklist import ActionRow, MeasureRow
from greendesk.services.checklist_template import (
    ChecklistTemplate,
    MeasureTemplate,
    load_template,
    merge_items,
    template_language,
)
from greendesk.store.db import Database


@dataclass
class _Item:
    id: str
    measure_id: str
    text: str
    default_cost: CostClass
    position: int
    builtin: bool
    site_id: int | None
    retired: bool


@dataclass(frozen=True)
class PlanView:
    """The plan's measures in order and each site's actions as `list_actions` orders them."""
    measures: list[MeasureRow]
    actions: dict[int, list[ActionRow]]


def plan_view(db: Database, language: str = "en") -> PlanView:
    """The plan as it is after `ensure_ready(db, language)`, computed in memory from one
    read."""
    with db.read() as s:
        measures = {m.id: (m.title, m.position, tuple(m.indicators or ()))
                    for m in s.scalars(select(ChecklistMeasure))}
        template = load_template(language=template_language(
            {mid: title for mid, (title, _p, _i) in measures.items()}, language))
        state = s.scalars(select(TemplateState)).first()
        version = None if state is None else state.version
        sites = list(s.scalars(select(Site.id)))
        items = {i.id: _Item(i.id, i.measure_id, i.text, i.default_cost, i.position, i.builtin,
                             i.site_id, i.retired) for i in s.scalars(select(ChecklistItem))}
        counts = dict(s.execute(select(Evidence.action_id, func.count())
                                .group_by(Evidence.action_id)).all())
        actions = [ActionRow(a.id, a.site_id, a.item_id, "", "", True, False, a.status, a.owner,
                             a.start_date, a.due_date, a.cost_class, a.cost_class,
                             a.estimated_cost, a.expected_effect, a.effect_unit, a.indicator,
                             a.actual_effect, a.notes, a.not_applicable_reason,
                             counts.get(a.id, 0)) for a in s.scalars(select(SiteAction))]
    if (version is None or version < template.version
            or len({a.site_id for a in actions}) < len(sites)):
        _merge(template, measures, items)
        actions += _missing(items, sites, {(a.site_id, a.item_id) for a in actions})
    return _ordered(measures, items, actions)


def _merge(template: ChecklistTemplate, measures: dict[str, tuple[str, int, tuple[str, ...]]],
           items: dict[str, _Item]) -> None:
    """What `merge_template` stores, applied to the in-memory copies."""
    def show_measure(mt: MeasureTemplate, pos: int) -> None:
        measures[mt.id] = (mt.title, pos, tuple(mt.indicators))

    def new_item(item_id: str) -> _Item:
        return _Item(item_id, "", "", CostClass.LOW, 0, True, None, False)

    builtin = {i: item for i, item in items.items() if item.builtin}
    merge_items(template, builtin, new_item, show_measure)
    items.update(builtin)


def _missing(items: dict[str, _Item], sites: list[int], existing: set[tuple[int, str]]
             ) -> list[ActionRow]:
    """The not-started actions `_ensure_actions` would add."""
    return [ActionRow(0, site_id, item.id, "", "", True, False, ActionStatus.NOT_STARTED, "",
                      None, None, item.default_cost, item.default_cost, None, None, "", "",
                      None, "", "", 0)
            for item in items.values() if not item.retired
            for site_id in ([item.site_id] if item.site_id else sites)
            if (site_id, item.id) not in existing]


def _ordered(measures: dict[str, tuple[str, int, tuple[str, ...]]], items: dict[str, _Item],
             actions: list[ActionRow]) -> PlanView:
    """Fill each action's item fields and order as `list_actions` does."""
    by_site: dict[int, list[tuple[tuple[int, bool, int, str], ActionRow]]] = {}
    for a in actions:
        i = items[a.item_id]
        row = ActionRow(a.id, a.site_id, i.id, i.measure_id, i.text, i.builtin, i.retired,
                        a.status, a.owner, a.start_date, a.due_date, a.cost_class,
                        i.default_cost, a.estimated_cost, a.expected_effect, a.effect_unit,
                        a.indicator, a.actual_effect, a.notes, a.not_applicable_reason,
                        a.evidence_count)
        key = (measures[i.measure_id][1], not i.builtin, i.position, i.id)
        by_site.setdefault(a.site_id, []).append((key, row))
    ordered = sorted(measures.items(), key=lambda kv: kv[1][1])
    return PlanView([MeasureRow(mid, title, ind) for mid, (title, _p, ind) in ordered],
                    {site: [r for _k, r in sorted(rows, key=lambda kr: kr[0])]
                     for site, rows in by_site.items()})
