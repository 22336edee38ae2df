"""The greening plan of each site: template merge, actions with history, evidence files,
incidents with their clean-up wastes, and emergency drills."""

from __future__ import annotations

import getpass
import hashlib
from dataclasses import dataclass, fields
from datetime import date
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from greendesk import periods
from greendesk.analysis.plan import is_overdue
from greendesk.errors import DomainError, NotFoundError, term
from greendesk.filenames import free_name, safe_file_name, write_file
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.models import MaterialCategory, Site
from greendesk.models.checklist import (
    ActionChange,
    ActionStatus,
    ChecklistItem,
    ChecklistMeasure,
    CostClass,
    Drill,
    Evidence,
    Incident,
    IncidentWaste,
    SiteAction,
    TemplateState,
)
from greendesk.services.catalog import load_catalog_in
from greendesk.services.changes import Changes, Entity
from greendesk.services.checklist_template import (
    ChecklistTemplate,
    MeasureTemplate,
    load_template,
    merge_items,
    template_language,
)
from greendesk.services.dated import check_not_future
from greendesk.services.flow_writes import ROW_COLUMNS, insert_flows
from greendesk.services.flows import FlowDraft, FlowValidator
from greendesk.settings import officer_name
from greendesk.store import sqlite as db_sqlite
from greendesk.store.closed_periods import check_open
from greendesk.store.db import Database

MAX_EVIDENCE_BYTES = 50 * 1024 * 1024


def current_user() -> str:
    """Who is making the change: the officer's name from settings, else the OS account."""
    try:
        name = officer_name().strip()
    except OSError:  # settings unreadable: the OS account alone
        name = ""
    try:
        user = getpass.getuser()
    except Exception:  # noqa: BLE001
        user = "unknown"
    return f"{name} ({user})" if name else user


# -- template ----------------------------------------------------------------------------

@dataclass(frozen=True)
class MergeReport:
    """What merging a newer greening template changed: items added and retired, actions made."""
    version: int
    added: tuple[str, ...]
    retired: tuple[str, ...]
    actions_created: int


def merge_template(db: Database, template: ChecklistTemplate | None = None,
                   language: str = "en") -> MergeReport:
    """Bring the built-in checklist into the database, keeping every site's entries.

    Items are matched by their stable ids: new ones are added (with an action per site),
    changed texts and default costs are updated, items the template dropped are retired
    (kept, with their site entries, but no longer offered for new sites). Without a template,
    the built-in one in the language the database's checklist is written in (`language` for
    a database that has none yet).
    One transaction; nothing is refused (the shipped template is trusted) and no Changes are
    announced: it runs before any view exists.
    """
    with db.write() as s:
        template = template or load_template(language=_language(s, language))
        measures = {m.id: m for m in s.scalars(select(ChecklistMeasure))}
        items = {i.id: i for i in s.scalars(select(ChecklistItem).where(ChecklistItem.builtin))}

        def store_measure(mt: MeasureTemplate, pos: int) -> None:
            m = measures.get(mt.id) or ChecklistMeasure(id=mt.id)
            m.title, m.position, m.indicators = mt.title, pos, list(mt.indicators)
            s.add(m)
            s.flush()  # no ORM relationship orders these inserts: measures go in first

        def new_item(item_id: str) -> ChecklistItem:
            item = ChecklistItem(id=item_id, builtin=True)
            s.add(item)
            return item

        added, retired = merge_items(template, items, new_item, store_measure)
        s.flush()
        created = _ensure_actions(s)
        state = s.scalars(select(TemplateState)).first() or TemplateState()
        state.version = template.version
        s.add(state)
    return MergeReport(template.version, tuple(added), tuple(retired), created)


def _ensure_actions(s: Session) -> int:
    """Every site has an action for every active template item (and its own items)."""
    existing = set(s.execute(select(SiteAction.site_id, SiteAction.item_id)).all())
    sites = list(s.scalars(select(Site.id)))
    created = 0
    for item in s.scalars(select(ChecklistItem).where(ChecklistItem.retired.is_(False))):
        for site_id in ([item.site_id] if item.site_id else sites):
            if (site_id, item.id) not in existing:
                s.add(SiteAction(site_id=site_id, item_id=item.id, cost_class=item.default_cost,
                                 status=ActionStatus.NOT_STARTED))
                created += 1
    return created


def ensure_ready(db: Database, language: str = "en") -> None:
    """Merge the template when the database has an older one (or none), and give new
    sites their actions. Cheap when nothing is to do. A new database's plan is written in
    `language`, the officer's."""
    with db.read() as s:
        template = load_template(language=_language(s, language))
        state = s.scalars(select(TemplateState)).first()
        n_sites = s.scalar(select(func.count(func.distinct(Site.id)))) or 0
        covered = s.scalar(select(func.count(func.distinct(SiteAction.site_id)))) or 0
    if state is None or state.version < template.version or covered < n_sites:
        merge_template(db, template)


def _language(s: Session, fresh: str = "en") -> str:
    """The checklist keeps the language it was first written in (a Russian demo's plan stays
    Russian when a site is added or a newer template merges); `fresh` for a new one."""
    return template_language({mid: title for mid, title in s.execute(
        select(ChecklistMeasure.id, ChecklistMeasure.title))}, fresh)


# -- reading ------------------------------------------------------------------------------

@dataclass(frozen=True)
class MeasureRow:
    """A measure of the greening checklist and the indicators that show its progress."""
    id: str
    title: str
    indicators: tuple[str, ...]


@dataclass(frozen=True)
class ActionRow:
    """A site's action on one checklist item, as the plan lists it (with its evidence count)."""
    id: int
    site_id: int
    item_id: str
    measure_id: str
    text: str
    builtin: bool
    retired: bool
    status: ActionStatus
    owner: str
    start_date: date | None
    due_date: date | None
    cost_class: CostClass
    default_cost: CostClass
    estimated_cost: float | None
    expected_effect: float | None
    effect_unit: str
    indicator: str
    actual_effect: float | None
    notes: str
    not_applicable_reason: str
    evidence_count: int

    def overdue(self, today: date | None = None) -> bool:
        """Open and past its due date on `today` (default: the real today)."""
        return is_overdue(self, today or date.today())


def list_measures(db: Database) -> list[MeasureRow]:
    """The checklist's measures in the template's order."""
    with db.read() as s:
        return [MeasureRow(m.id, m.title, tuple(m.indicators or ()))
                for m in s.scalars(select(ChecklistMeasure).order_by(ChecklistMeasure.position))]


def list_actions(db: Database, site_id: int) -> list[ActionRow]:
    """A site's actions by measure: built-in items first, then the site's own."""
    with db.read() as s:
        counts = dict(s.execute(select(Evidence.action_id, func.count())
                                .group_by(Evidence.action_id)).all())
        q = (select(SiteAction, ChecklistItem, ChecklistMeasure.position)
             .join(ChecklistItem, ChecklistItem.id == SiteAction.item_id)
             .join(ChecklistMeasure, ChecklistMeasure.id == ChecklistItem.measure_id)
             .where(SiteAction.site_id == site_id)
             .order_by(ChecklistMeasure.position, ChecklistItem.builtin.desc(),
                       ChecklistItem.position, ChecklistItem.id))
        return [ActionRow(a.id, a.site_id, i.id, i.measure_id, i.text, i.builtin, i.retired,
                          a.status, a.owner, a.start_date, a.due_date, a.cost_class,
                          i.default_cost, a.estimated_cost, a.expected_effect, a.effect_unit,
                          a.indicator, a.actual_effect, a.notes, a.not_applicable_reason,
                          counts.get(a.id, 0))
                for a, i, _pos in s.execute(q)]


# -- changing actions --------------------------------------------------------------------

@dataclass(frozen=True)
class ActionDraft:
    """The fields of an action the officer edits; update_action checks them and logs each change."""
    status: ActionStatus
    owner: str = ""
    start_date: date | None = None
    due_date: date | None = None
    cost_class: CostClass = CostClass.LOW
    estimated_cost: float | None = None
    expected_effect: float | None = None
    effect_unit: str = ""
    indicator: str = ""
    actual_effect: float | None = None
    notes: str = ""
    not_applicable_reason: str = ""


def _check(d: ActionDraft) -> ActionDraft:
    status = ActionStatus(d.status)
    if d.start_date and d.due_date and d.start_date > d.due_date:
        raise DomainError(
            QT_TRANSLATE_NOOP("Refusal", "The due date is before the start date."),
            field="due_date")
    for name, what in (("estimated_cost", QT_TRANSLATE_NOOP("Refusal", "estimated cost")),
                       ("expected_effect", QT_TRANSLATE_NOOP("Refusal", "expected effect")),
                       ("actual_effect", QT_TRANSLATE_NOOP("Refusal", "actual effect"))):
        value = getattr(d, name)
        if value is not None and (value != value or value < 0 or value > 1e15):
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "The {what} must be a non-negative "
                                                           "number."),
                              what=term(what),
                              field=name)
    if status is ActionStatus.NOT_APPLICABLE and not d.not_applicable_reason.strip():
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "Say why the action does not apply to this "
                                                       "site."),
                          field="not_applicable_reason")
    if status is ActionStatus.DONE and d.expected_effect is not None and d.actual_effect is None:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "Enter the actual effect of the finished "
                                                       "action (0 if none)."),
                          field="actual_effect")
    reason = d.not_applicable_reason.strip() if status is ActionStatus.NOT_APPLICABLE else ""
    return ActionDraft(status, d.owner.strip(), d.start_date, d.due_date, CostClass(d.cost_class),
                       d.estimated_cost, d.expected_effect, d.effect_unit.strip(),
                       d.indicator.strip(), d.actual_effect, d.notes.strip(), reason)


def _show(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return str(getattr(value, "value", value))


def update_action(db: Database, action_id: int, draft: ActionDraft,
                  who: str | None = None) -> Changes:
    """Save an action; every changed field is written to the action's history.
    One transaction; refuses a deleted action, a due date before the start, negative figures, a
    not-applicable status without its reason, a done one without its actual effect. Announces
    the checklist with the action's id."""
    clean = _check(draft)
    who = who or current_user()
    with db.write() as s:
        action = s.get(SiteAction, action_id)
        if action is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Refusal", "The action no longer exists."))
        for f in fields(ActionDraft):
            before, after = getattr(action, f.name), getattr(clean, f.name)
            if _show(before) != _show(after):
                s.add(ActionChange(action_id=action_id, who=who, field=f.name,
                                   before=_show(before), after=_show(after)))
                setattr(action, f.name, after)
    return Changes.of(Entity.CHECKLIST, ids=(action_id,))


def add_own_action(db: Database, site_id: int, measure_id: str, text: str,
                   cost: CostClass, who: str | None = None) -> tuple[int, Changes]:
    """Add a site's own action under a measure (beside the template's); one transaction. Refuses
    an empty text, an unknown measure or site. The creation is logged in the action's history;
    announces the checklist with the new action's id."""
    text = " ".join(text.split())
    if not text:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "Describe the action."), field="text")
    with db.write() as s:
        if s.get(ChecklistMeasure, measure_id) is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Refusal", "There is no measure {measure}."),
                                measure=measure_id)
        if s.get(Site, site_id) is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Refusal", "The site no longer exists."))
        n = s.scalar(select(func.count()).select_from(ChecklistItem).where(
            ChecklistItem.measure_id == measure_id, ChecklistItem.site_id == site_id)) or 0
        item = ChecklistItem(id=f"{measure_id}.S{site_id}.{n + 1}", measure_id=measure_id,
                             text=text, default_cost=CostClass(cost), position=1000 + n,
                             builtin=False, site_id=site_id)
        s.add(item)
        s.flush()
        action = SiteAction(site_id=site_id, item_id=item.id, cost_class=item.default_cost,
                            status=ActionStatus.NOT_STARTED)
        s.add(action)
        s.flush()
        s.add(ActionChange(action_id=action.id, who=who or current_user(), field="created",
                           after=text))
        return action.id, Changes.of(Entity.CHECKLIST, ids=(action.id,))


@dataclass(frozen=True)
class ChangeRow:
    """One logged change of an action: who changed which field from what to what, and when."""
    at: str
    who: str
    field: str
    before: str
    after: str


def history(db: Database, action_id: int) -> list[ChangeRow]:
    """An action's change log, oldest first."""
    with db.read() as s:
        return [ChangeRow(c.at.isoformat(sep=" ", timespec="seconds"), c.who, c.field,
                          c.before, c.after)
                for c in s.scalars(select(ActionChange).where(ActionChange.action_id == action_id)
                                   .order_by(ActionChange.id))]


# -- evidence -----------------------------------------------------------------------------

@dataclass(frozen=True)
class EvidenceRow:
    """A file attached to an action as evidence, identified by its SHA-256."""
    id: int
    file_name: str
    sha256: str
    size: int
    added_at: str
    added_by: str


def attach_evidence(db: Database, action_id: int, path: Path, who: str | None = None
                    ) -> tuple[int, Changes]:
    """Copy a document into the database with its SHA-256, so it travels with the records.
    One transaction; refuses the open database itself, a file over the size limit or unreadable,
    a deleted action. Announces the checklist with the action's id."""
    path = Path(path)
    if db_sqlite.is_held(path):  # reading it would drop SQLite's locks (see db_sqlite)
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{path} is a database GreenDesk has open; "
                                                       "it cannot be attached. Attach a backup "
                                                       "copy of it instead."),
                          path=path.name)
    try:
        size = path.stat().st_size
        if size > MAX_EVIDENCE_BYTES:
            raise DomainError(
                QT_TRANSLATE_NOOP("Refusal", "{file} is {size:.0f} MB; evidence files may be at "
                                             "most {most} MB."),
                file=path.name, size=size / 1000000.0, most=MAX_EVIDENCE_BYTES // 2 ** 20)
        content = path.read_bytes()
    except OSError as exc:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{file} cannot be read: {reason}."),
                          file=path.name, reason=exc.strerror or exc) from exc
    digest = hashlib.sha256(content).hexdigest()
    with db.write() as s:
        if s.get(SiteAction, action_id) is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Refusal", "The action no longer exists."))
        ev = Evidence(action_id=action_id, file_name=path.name, sha256=digest, size=len(content),
                      content=content, added_by=who or current_user())
        s.add(ev)
        s.flush()
        s.add(ActionChange(action_id=action_id, who=ev.added_by, field="evidence",
                           after=f"{path.name} (sha256 {digest[:12]}…)"))
        return ev.id, Changes.of(Entity.CHECKLIST, ids=(action_id,))


def list_evidence(db: Database, action_id: int) -> list[EvidenceRow]:
    """An action's evidence files in the order attached."""
    with db.read() as s:
        q = (select(Evidence.id, Evidence.file_name, Evidence.sha256, Evidence.size,
                    Evidence.added_at, Evidence.added_by)
             .where(Evidence.action_id == action_id).order_by(Evidence.id))
        return [EvidenceRow(i, n, h, z, a.isoformat(sep=" ", timespec="seconds"), b)
                for i, n, h, z, a, b in s.execute(q)]


class EvidenceFileExists(DomainError):
    """The file to write is already there; `free` is a name beside it that is not."""

    def __init__(self, path: Path, free: Path) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Refusal", "{file} already exists in {folder}; nothing "
                                                      "was written."),
                         file=path.name, folder=path.parent)
        self.path, self.free = path, free


def save_evidence(db: Database, evidence_id: int, target: Path, *,
                  replace: bool = False) -> Path:
    """Write an attached document back out, checking it against its recorded hash.

    Into a folder it goes under the stored name's base name made safe for Windows (the
    name is data: '../../x' stays inside the folder). An existing file is replaced only
    with `replace`; otherwise EvidenceFileExists, so the window can ask."""
    with db.read() as s:
        ev = s.get(Evidence, evidence_id)
        if ev is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Refusal", "The attached file no longer exists."))
        content, digest, name = ev.content, ev.sha256, ev.file_name
    if hashlib.sha256(content).hexdigest() != digest:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "The stored copy of {name} no longer "
                                                       "matches its recorded hash."),
                          name=name)
    target = Path(target)
    if target.is_dir():
        target = target / safe_file_name(name, fallback="evidence")
    try:
        write_file(target, content, replace=replace)
    except FileExistsError:
        raise EvidenceFileExists(target, free_name(target)) from None
    except OSError as exc:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{target} cannot be written: {value}."),
                          target=target, value=exc.strerror or exc) from exc
    return target


# -- incidents and drills -----------------------------------------------------------------

@dataclass(frozen=True)
class IncidentDraft:
    """What the officer records of an environmental incident."""
    site_id: int
    occurred_on: date
    place: str
    description: str
    substances: str = ""
    quantity_released: float | None = None
    quantity_unit: str = ""
    weather: str = ""
    response: str = ""


@dataclass(frozen=True)
class IncidentRow:
    """A recorded incident and the waste flow records linked to it."""
    id: int
    site_id: int
    occurred_on: date
    place: str
    description: str
    substances: str
    quantity_released: float | None
    quantity_unit: str
    weather: str
    response: str
    cleanup_flow_ids: tuple[int, ...]


def record_incident(db: Database, draft: IncidentDraft, cleanup: list[FlowDraft] | None = None
                    ) -> tuple[int, Changes]:
    """Log an incident and the wastes of its clean-up as waste movements, in one step.
    One transaction; refuses a missing place or description, a negative quantity, a deleted
    site, clean-up wastes that are not waste or belong to another site, dates in the future or a
    closed period. Announces the incident and the flows written."""
    if not draft.place.strip() or not draft.description.strip():
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "Say where the incident happened and what "
                                                       "happened."),
                          field="description")
    check_not_future([draft.occurred_on], noun=QT_TRANSLATE_NOOP("Refusal", "an incident record"), field="occurred_on")
    if draft.quantity_released is not None and draft.quantity_released < 0:
        raise DomainError(
            QT_TRANSLATE_NOOP("Refusal", "The quantity released cannot be negative."),
            field="quantity_released")
    with db.write() as s:
        if s.get(Site, draft.site_id) is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Refusal", "The site no longer exists."))
        check_open(s, [draft.occurred_on])  # and its clean-up flows, in their write path
        incident = Incident(**{f.name: getattr(draft, f.name) for f in fields(IncidentDraft)})
        s.add(incident)
        s.flush()
        flow_ids: list[int] = []
        if cleanup:
            catalog = load_catalog_in(s)
            validator = FlowValidator(catalog)
            for n, fd in enumerate(cleanup, start=1):
                values = validator.check(fd)
                material = catalog.materials[fd.material_id]
                if material.category is not MaterialCategory.WASTE:
                    raise DomainError(QT_TRANSLATE_NOOP("Refusal", "Clean-up waste {number}: "
                                                                   "{material} is not a waste "
                                                                   "material."),
                                      number=n, material=material.name, field="cleanup")
                if values["site_id"] != draft.site_id:
                    raise DomainError(QT_TRANSLATE_NOOP("Refusal", "Clean-up waste {number} is "
                                                                   "recorded at another site."),
                                      number=n,
                                      field="cleanup")
                flow_id, = insert_flows(s, [tuple(values[c] for c in ROW_COLUMNS)],
                                        labels=[f"Clean-up waste {n}"])
                flow_ids.append(flow_id)
                s.add(IncidentWaste(incident_id=incident.id, flow_id=flow_id))
        changes = Changes.of(Entity.INCIDENT, ids=(incident.id,))
        if flow_ids:
            changes = changes | Changes.of(Entity.FLOW, ids=tuple(flow_ids))
        return incident.id, changes


def list_incidents(db: Database, site_id: int | None = None) -> list[IncidentRow]:
    """Incidents newest first, of one site or all."""
    with db.read() as s:
        links: dict[int, list[int]] = {}
        for inc_id, flow_id in s.execute(select(IncidentWaste.incident_id, IncidentWaste.flow_id)):
            links.setdefault(inc_id, []).append(flow_id)
        q = select(Incident).order_by(Incident.occurred_on.desc(), Incident.id.desc())
        if site_id is not None:
            q = q.where(Incident.site_id == site_id)
        return [IncidentRow(i.id, i.site_id, i.occurred_on, i.place, i.description, i.substances,
                            i.quantity_released, i.quantity_unit, i.weather, i.response,
                            tuple(links.get(i.id, ())))
                for i in s.scalars(q)]


def record_drill(db: Database, action_id: int, held_on: date, note: str = "",
                 who: str | None = None) -> Changes:
    """Record an emergency drill held for a measure-9 action; one transaction. Refuses another
    measure's action, a date after today or in a closed period. Logged in the action's history;
    announces the checklist with the action's id."""
    with db.write() as s:
        action = s.get(SiteAction, action_id)
        if action is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Refusal", "The action no longer exists."))
        item = s.get(ChecklistItem, action.item_id)
        if item is None or item.measure_id != "M9":
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "Drills are recorded for "
                                                           "emergency-preparedness actions "
                                                           "(measure 9)."))
        if held_on > periods.today():
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "The drill date is in the future; plan "
                                                           "it with the due date."),
                              field="held_on")
        check_open(s, [held_on])
        s.add(Drill(action_id=action_id, held_on=held_on, note=note.strip()))
        s.add(ActionChange(action_id=action_id, who=who or current_user(), field="drill",
                           after=held_on.isoformat()))
    return Changes.of(Entity.CHECKLIST, ids=(action_id,))


def drills(db: Database, action_id: int) -> list[tuple[date, str]]:
    """An action's drills by date: (held on, note)."""
    with db.read() as s:
        return [(d.held_on, d.note) for d in s.scalars(
            select(Drill).where(Drill.action_id == action_id).order_by(Drill.held_on))]
