"""The calendar of obligations: what is due when, for the enterprise and each site, with
its status and what data is still missing.

An instance is (obligation, the enterprise or a site, period) with the due date the rule
gives (analysis/deadlines.py, Kazakhstan's days off from resources/holidays_kz.yaml). Its
status is "not started" until the officer records one (obligation_status.py). An entry with a
threshold GreenDesk can compute (ghg_t_co2: the installation's CO₂ from services/emissions.ghg)
is judged by the figure of the year before its due date (or the last year ended), named in
the item; without a figure it is listed, marked conditional. Readiness reads
the months the period covers: which are not closed yet and the month-close checklist's open
items of those months for the sites concerned.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from sqlalchemy import select

from greendesk import periods
from greendesk.analysis.deadlines import due_in
from greendesk.errors import Message, Translate, english
from greendesk.models import Site
from greendesk.models.obligations import ObligationState, ObligationStatus
from greendesk.periods import Period
from greendesk.services import month_close
from greendesk.services.obligation_file import holidays
from greendesk.services.obligations import (
    ObligationRow,
    applies,
    enterprise_category,
    list_obligations,
)
from greendesk.store.closed_periods import closed_periods
from greendesk.store.db import Database


@dataclass(frozen=True)
class StatusRow:
    """The officer's recorded word on an instance (absent: not started)."""
    id: int
    state: ObligationState
    submitted_on: date | None
    reference: str
    evidence_name: str
    evidence_sha256: str | None
    export_entry_id: int | None
    note: str
    version: int


@dataclass(frozen=True)
class Readiness:
    """What the data of an instance's period still lacks: months not closed, and the open
    month-close items (English sentences) per site and month. `pending`: the period has not
    ended yet, so nothing can be said."""
    months_open: tuple[str, ...] = ()
    open_items: tuple[tuple[str, str, Message], ...] = ()  # (site, month, what)
    pending: bool = False

    @property
    def ready(self) -> bool:
        """Every month closed and nothing open."""
        return not (self.pending or self.months_open or self.open_items)


@dataclass(frozen=True)
class Figure:
    """A threshold's figure as GreenDesk computed it: `value` for `year`; `partial` when
    some of it could not be counted (a factor missing), so it is a lower bound."""
    key: str
    value: float
    year: int
    partial: bool = False


@dataclass(frozen=True)
class CalendarItem:
    """One due instance of an obligation."""
    obligation: ObligationRow
    site_id: int | None  # None: the enterprise
    site: str | None
    period: Period
    due: date
    status: StatusRow | None
    conditional: bool  # a threshold whose figure GreenDesk does not know
    holiday_data: bool  # whether the days-off data covers the due date's year
    readiness: Readiness | None = field(default=None, compare=False)
    figure: Figure | None = None  # the threshold's figure the item was judged by

    @property
    def state(self) -> ObligationState:
        """The instance's state; "not started" without a recorded status."""
        return self.status.state if self.status else ObligationState.NOT_STARTED

    def overdue(self, today: date) -> bool:
        """Past its due date and not submitted."""
        return self.due < today and self.state is not ObligationState.SUBMITTED

    def _threshold(self) -> dict[str, object] | None:
        ob = self.obligation
        if ob.threshold_key is None:
            return None
        f = self.figure
        return {"key": ob.threshold_key, "min": ob.threshold_min,
                "value": f.value if f else None, "year": f.year if f else None,
                "partial": f.partial if f else None}

    def as_dict(self, today: date, language: str = "en", translate: Translate = english
                ) -> dict[str, object]:
        """The item for JSON output: names in `language`, sentences through `translate`."""
        st = self.status
        out: dict[str, object] = {
            "code": self.obligation.code, "name": self.obligation.name(language),
            "basis": self.obligation.basis, "confirmed": self.obligation.confirmed,
            "site": self.site, "period": self.period.label,
            "due": self.due.isoformat(), "deadline": self.obligation.deadline_text(language),
            "authority": self.obligation.authority, "report": self.obligation.report_kind,
            "status": str(self.state), "overdue": self.overdue(today),
            "conditional": self.conditional, "holidays_known": self.holiday_data,
            "threshold": self._threshold(),
            "submitted_on": st.submitted_on.isoformat() if st and st.submitted_on else None,
            "reference": st.reference if st else "",
            "evidence": ({"file": st.evidence_name, "sha256": st.evidence_sha256,
                          "export_entry": st.export_entry_id} if st else None)}
        if self.readiness is not None:
            r = self.readiness
            out["readiness"] = {"ready": r.ready, "pending": r.pending,
                                "months_open": list(r.months_open),
                                "missing": [{"site": s, "month": m,
                                             "what": w.render(translate)}
                                            for s, m, w in r.open_items]}
        return out


def default_range(today: date | None = None) -> tuple[date, date]:
    """The calendar's default span: today and the next 12 months."""
    start = today or periods.today()
    day = min(start.day, 28) if start.month == 2 else start.day  # 29 February
    return start, date(start.year + 1, start.month, day) - timedelta(days=1)


def _statuses(db: Database) -> dict[tuple[int, int | None, str], StatusRow]:
    with db.read() as s:
        return {(r.obligation_id, r.site_id, r.period): StatusRow(
            r.id, r.state, r.submitted_on, r.reference, r.evidence_name, r.evidence_sha256,
            r.export_entry_id, r.note, r.version) for r in s.scalars(select(ObligationStatus))}


def calendar(db: Database, start: date | None = None, end: date | None = None, *,
             figures: dict[str, float] | None = None, readiness: bool = False
             ) -> list[CalendarItem]:
    """Every instance due in [start, end] (default: the next 12 months from today) for the
    enterprise (its category: its most significant site's) and each site whose category the
    entry lists, by due date. Entries whose basis is not in force on the due date are left
    out, and so are those whose threshold's figure is known and below it (`figures` given:
    those figures for every item; else computed, see `figure_year`). With `readiness`, each
    item says what data its period still lacks."""
    if start is None or end is None:
        d_start, d_end = default_range()
        start, end = start or d_start, end or d_end
    cal = holidays()
    with db.read() as s:
        sites = [(x.id, x.name, x.category) for x in s.scalars(select(Site).order_by(Site.name))]
    ent_cat = enterprise_category(db)
    statuses = _statuses(db)
    items: list[CalendarItem] = []
    known: dict[tuple[int | None, int], Figure | None] = {}
    for ob in list_obligations(db):
        targets = [(None, None, ent_cat)] if ob.scope == "enterprise" else sites
        for site_id, site_name, cat in targets:
            if applies(ob, cat, {}) is False:
                continue
            for period, due in due_in(ob.rule, ob.period_kind, start, end, cal):
                if not ob.in_force_on(due):
                    continue
                figure = None
                if figures is None and ob.threshold_key in FIGURES:
                    fy = figure_year(due)
                    if (site_id, fy) not in known:
                        known[(site_id, fy)] = FIGURES[ob.threshold_key](db, site_id, fy)
                    figure = known[(site_id, fy)]
                given = figures if figures is not None else _given(figure, ob.threshold_min)
                fits = applies(ob, cat, given)
                if fits is False:
                    continue
                items.append(CalendarItem(ob, site_id, site_name, period, due,
                                          statuses.get((ob.id, site_id, period.label)),
                                          fits is None, cal.known(due), figure=figure))
    items.sort(key=lambda i: (i.due, i.obligation.code, i.site or ""))
    if readiness:
        cache: dict[tuple[int, str], tuple[Message, ...]] = {}
        names = {x[0]: x[1] for x in sites}
        items = [_with_readiness(db, i, names, cache) for i in items]
    return items


def figure_year(due: date) -> int:
    """The year whose figure decides a threshold for an item due on `due`: the year before
    the due date's, or the last year ended by today if that one has not ended yet."""
    return min(due.year - 1, periods.today().year - 1)


def ghg_figure(db: Database, site_id: int | None, year: int) -> Figure | None:
    """The installation's (or a site's) CO₂ of `year` from the fuels burned
    (services/emissions.ghg); None when no fuel's CO₂ could be counted."""
    from greendesk.services.emissions import ghg

    report = ghg(db, periods.year(year), site_id=site_id)
    if not report.lines:
        return None
    return Figure("ghg_t_co2", report.co2_t, year, bool(report.missing))


# the thresholds' figures GreenDesk computes itself, by key
FIGURES: dict[str, Callable[[Database, int | None, int], Figure | None]] = {
    "ghg_t_co2": ghg_figure}


def _given(figure: Figure | None, minimum: float | None) -> dict[str, float]:
    """The figures `applies` reads: none when unknown, or when only a lower bound below the
    threshold is known (it may yet be above it)."""
    if figure is None or (figure.partial and figure.value < (minimum or 0.0)):
        return {}
    return {figure.key: figure.value}


def _months(period: Period) -> list[str]:
    out, day = [], period.start
    while day <= period.end:
        out.append(f"{day.year}-{day.month:02d}")
        day = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return out


def _with_readiness(db: Database, item: CalendarItem, names: dict[int, str],
                    cache: dict[tuple[int, str], tuple[Message, ...]]) -> CalendarItem:
    if item.period.end >= periods.today():
        return replace(item, readiness=Readiness(pending=True))
    with db.read() as s:
        closed = closed_periods(s)
    months = _months(item.period)
    open_months = tuple(m for m in months if m not in closed and m[:4] not in closed)
    site_ids = list(names) if item.site_id is None else [item.site_id]
    missing: list[tuple[str, str, Message]] = []
    for site_id in site_ids:
        for m in open_months:
            key = (site_id, m)
            if key not in cache:
                cache[key] = tuple(i.what
                                   for i in month_close.checklist(db, site_id, m).open_items)
            missing += [(names[site_id], m, w) for w in cache[key]]
    return replace(item, readiness=Readiness(open_months, tuple(missing)))


def with_readiness(db: Database, item: CalendarItem) -> CalendarItem:
    """`item` with what its period's data still lacks (for one item the window selects)."""
    with db.read() as s:
        names = {x.id: x.name for x in s.scalars(select(Site).order_by(Site.name))}
    return _with_readiness(db, item, names, {})


def due_soon(db: Database, days: int = 30, overdue_days: int = 90) -> list[CalendarItem]:
    """What is due from today to `days` ahead, and what fell due in the last `overdue_days`,
    not submitted, each with what data is still missing: the start page's list."""
    today = periods.today()
    items = [i for i in calendar(db, today - timedelta(days=overdue_days),
                                 today + timedelta(days=days))
             if i.state is not ObligationState.SUBMITTED]
    with db.read() as s:
        names = {x.id: x.name for x in s.scalars(select(Site).order_by(Site.name))}
    cache: dict[tuple[int, str], tuple[Message, ...]] = {}
    return [_with_readiness(db, i, names, cache) for i in items]
