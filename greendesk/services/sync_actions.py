"""A site's greening actions in its period package: the site owns them.

An action has no date: it is one row per site and checklist item, kept current. So a
package carries the site's actions as they stand when it is written (`site_action`), and
the history entries of those actions dated in its month (`action_change`). The company
database takes the actions as the site's current state: each is inserted, or updated
field by field, by (site, item) — through the session, so every change is audited — unless
a package of a later month of the site was already taken in (an older state never
overwrites a newer one). History entries are appended once: each is mapped in
`sync_record`, so the same entry in another package is not taken twice. A template item
travels by its id (the shipped template's, the same everywhere); a site's own item by its
measure and text, and is made at the company if missing. Evidence files stay at the site.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from greendesk.errors import DomainError
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.models.checklist import (
    ActionChange,
    ActionStatus,
    ChecklistItem,
    CostClass,
    SiteAction,
)
from greendesk.models.sync import SyncPackage, SyncRecord
from greendesk.services.sync_codec import Member
from greendesk.services.sync_tables import plain, typed

ACTIONS, CHANGES = "site_action", "action_change"
# The action's own fields, as the site holds them.
FIELDS = ("status", "owner", "start_date", "due_date", "cost_class", "estimated_cost",
          "expected_effect", "effect_unit", "indicator", "actual_effect", "notes",
          "not_applicable_reason")
ACTION_COLUMNS = ["item_id", "own", "measure_id", "item_text", *FIELDS]
CHANGE_COLUMNS = ["id", "item_id", "at", "who", "field", "before", "after"]
COLUMNS = {ACTIONS: ACTION_COLUMNS, CHANGES: CHANGE_COLUMNS}


def action_members(s: Session, site_id: int, first: date, last: date) -> dict[str, Member]:
    """The site's actions as they stand and their history entries dated first..last."""
    rows = s.execute(select(SiteAction, ChecklistItem).join(
        ChecklistItem, ChecklistItem.id == SiteAction.item_id)
        .where(SiteAction.site_id == site_id).order_by(SiteAction.id)).all()
    actions = [[item.id, not item.builtin, item.measure_id, item.text,
                *(plain(getattr(a, f)) for f in FIELDS)] for a, item in rows]
    start, end = datetime.combine(first, time()), datetime.combine(last + timedelta(1), time())
    changes = [[c.id, item_id, plain(c.at), c.who, c.field, c.before, c.after]
               for c, item_id in s.execute(
                   select(ActionChange, SiteAction.item_id)
                   .join(SiteAction, SiteAction.id == ActionChange.action_id)
                   .where(SiteAction.site_id == site_id, ActionChange.at >= start,
                          ActionChange.at < end).order_by(ActionChange.id))]
    return {ACTIONS: Member(ACTION_COLUMNS, actions), CHANGES: Member(CHANGE_COLUMNS, changes)}


def take_actions(s: Session, pkg: SyncPackage, members: dict[str, Member], site_id: int,
                 file: str) -> int:
    """Apply the package's actions to the site's at this database and append their new
    history entries (see the module's rule); how many actions changed or came new."""
    acts = members.get(ACTIONS, Member(ACTION_COLUMNS, []))
    newer = s.scalar(select(func.count()).select_from(SyncPackage).where(
        SyncPackage.site_id == site_id, SyncPackage.origin_uuid == pkg.origin_uuid,
        SyncPackage.period > pkg.period)) or 0
    item_of: dict[str, str] = {}
    changed = 0
    for row in acts.rows:
        v = dict(zip(ACTION_COLUMNS, row, strict=True))
        item = _item(s, site_id, v, file)
        item_of[str(v["item_id"])] = item
        if newer:
            continue
        values = typed(SiteAction.__table__, FIELDS, [v[f] for f in FIELDS])  # type: ignore[arg-type]
        values["status"] = ActionStatus(values["status"])
        values["cost_class"] = CostClass(values["cost_class"])
        action = s.scalars(select(SiteAction).where(SiteAction.site_id == site_id,
                                                    SiteAction.item_id == item)).first()
        if action is None:
            s.add(SiteAction(site_id=site_id, item_id=item, **values))
            changed += 1
        elif any(getattr(action, f) != values[f] for f in FIELDS):
            for f in FIELDS:
                setattr(action, f, values[f])
            changed += 1
    s.flush()
    _take_changes(s, pkg, members.get(CHANGES, Member(CHANGE_COLUMNS, [])), site_id, item_of)
    return changed


def _item(s: Session, site_id: int, v: dict[str, Any], file: str) -> str:
    """This database's item for a package's action: a template item by id, a site's own
    one by measure and text (made here if missing)."""
    if not v["own"]:
        if s.get(ChecklistItem, str(v["item_id"])) is None:
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{file} names the checklist item "
                                                           "{item}, which this database does "
                                                           "not have."),
                              file=file, item=str(v["item_id"]))
        return str(v["item_id"])
    found = s.scalar(select(ChecklistItem.id).where(
        ChecklistItem.site_id == site_id, ChecklistItem.measure_id == v["measure_id"],
        ChecklistItem.text == v["item_text"]))
    if found is not None:
        return found
    n = s.scalar(select(func.count()).select_from(ChecklistItem).where(
        ChecklistItem.measure_id == v["measure_id"], ChecklistItem.site_id == site_id)) or 0
    source = s.get(ChecklistItem, str(v["item_id"]))
    item = ChecklistItem(id=f"{v['measure_id']}.S{site_id}.{n + 1}", measure_id=v["measure_id"],
                         text=v["item_text"], position=1000 + n, builtin=False,
                         site_id=site_id, default_cost=CostClass(v["cost_class"])
                         if source is None else source.default_cost)
    s.add(item)
    s.flush()
    return item.id


def _take_changes(s: Session, pkg: SyncPackage, member: Member, site_id: int,
                  item_of: dict[str, str]) -> None:
    """History entries not taken in before, each mapped so it is taken once."""
    seen = set(s.scalars(select(SyncRecord.local_id).where(
        SyncRecord.origin_uuid == pkg.origin_uuid, SyncRecord.entity == CHANGES)))
    actions = dict(s.execute(select(SiteAction.item_id, SiteAction.id)
                             .where(SiteAction.site_id == site_id)).all())
    for row in member.rows:
        v = typed(ActionChange.__table__, CHANGE_COLUMNS[2:], row[2:])  # type: ignore[arg-type]
        local = int(row[0])
        action = actions.get(item_of.get(str(row[1]), ""))
        if local in seen or action is None:
            continue
        change = ActionChange(action_id=action, **v)
        s.add(change)
        s.flush()
        s.add(SyncRecord(package_id=pkg.id, origin_uuid=pkg.origin_uuid, entity=CHANGES,
                         local_id=local, company_id=change.id))
    s.flush()
