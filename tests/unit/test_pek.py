"""The PEK programme on the monitoring points, and its fulfilment: measurements planned by
frequency against readings made, missing ones named."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from greendesk.errors import DomainError
from greendesk.models import AuditEntry, MonitoringReading, PekFrequency
from greendesk.periods import quarter, year
from greendesk.services import monitoring as ms
from greendesk.services.pek import (
    ProgrammeDraft,
    SetProgramme,
    fulfilment,
    list_programme,
    set_programme,
    windows,
)
from greendesk.store.audit_verify import verify
from greendesk.store.db import Database

TODAY = date(2026, 11, 25)


def _point(db: Database, prefix: str) -> ms.PointRow:
    return next(p for p in ms.list_points(db) if p.name.startswith(prefix))


def test_the_demo_programme_measures_each_limited_parameter_monthly(demo_db: Database) -> None:
    rows = list_programme(demo_db)
    limited = {(p.id, lim.parameter_id) for p in ms.list_points(demo_db) for lim in p.limits}
    assert {(r.point_id, r.parameter_id) for r in rows} == limited
    assert {r.frequency for r in rows} == {PekFrequency.MONTHLY}
    assert all(r.norm is not None and r.method and r.laboratory for r in rows)


def test_a_programme_is_replaced_undone_and_audited(demo_db: Database) -> None:
    point = _point(demo_db, "GW-3")
    before = list_programme(demo_db, point.id)
    so4 = next(lim.parameter_id for lim in point.limits if lim.parameter == "SO4")
    cmd = SetProgramme(point.id, [ProgrammeDraft(so4, PekFrequency.QUARTERLY,
                                                 "  Gravimetric  ", "Lab  A")])
    cmd.apply(demo_db)
    (row,) = list_programme(demo_db, point.id)
    assert (row.parameter, row.frequency, row.method, row.laboratory) == (
        "SO4", PekFrequency.QUARTERLY, "Gravimetric", "Lab A")
    cmd.revert(demo_db)
    assert list_programme(demo_db, point.id) == before
    with demo_db.read() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.entity == "pek_programme_item")) > 0
    assert verify(demo_db).ok


def test_a_parameter_twice_or_a_long_method_is_refused(demo_db: Database) -> None:
    point = _point(demo_db, "GW-3")
    before = list_programme(demo_db, point.id)
    so4 = next(lim.parameter_id for lim in point.limits if lim.parameter == "SO4")
    with pytest.raises(DomainError, match="The parameter SO4 is in the point's programme twice."):
        set_programme(demo_db, point.id, [ProgrammeDraft(so4, PekFrequency.MONTHLY),
                                          ProgrammeDraft(so4, PekFrequency.YEARLY)])
    with pytest.raises(DomainError, match="at most 300 characters"):
        set_programme(demo_db, point.id, [ProgrammeDraft(so4, PekFrequency.MONTHLY, "x" * 301)])
    assert list_programme(demo_db, point.id) == before


@pytest.mark.parametrize(("frequency", "q", "labels"), [
    (PekFrequency.MONTHLY, 4, ["2025-10", "2025-11", "2025-12"]),
    (PekFrequency.QUARTERLY, 1, ["2025-Q1"]),
    (PekFrequency.HALF_YEARLY, 1, []),
    (PekFrequency.HALF_YEARLY, 2, ["2025-H1"]),
    (PekFrequency.YEARLY, 3, []),
    (PekFrequency.YEARLY, 4, ["2025"]),
])
def test_a_quarter_plans_the_windows_ending_in_it(frequency: PekFrequency, q: int,
                                                  labels: list[str]) -> None:
    assert [w.label for w in windows(frequency, quarter(2025, q))] == labels


def test_fulfilment_counts_the_readings_and_names_the_missing_months(demo_db: Database) -> None:
    rows = fulfilment(demo_db, quarter(2025, 3), TODAY)
    gw1 = [r for r in rows if r.line.point.startswith("GW-1")]
    # the demo's well pump failed in June and July of its last year
    assert {r.missing for r in gw1} == {("2025-07",)}
    assert all((r.planned, r.covered) == (3, 2) for r in gw1)
    with demo_db.read() as s:
        for r in rows:
            assert r.made == s.scalar(select(func.count()).select_from(MonitoringReading).where(
                MonitoringReading.point_id == r.line.point_id,
                MonitoringReading.parameter_id == r.line.parameter_id,
                MonitoringReading.taken_on.between(date(2025, 7, 1), date(2025, 9, 30))))
    others = [r for r in rows if not r.line.point.startswith("GW-1")]
    assert all(r.missing == () and r.covered == r.planned == 3 for r in others)


def test_a_yearly_line_is_met_by_a_reading_any_time_in_the_year(demo_db: Database) -> None:
    point = _point(demo_db, "GW-1")
    cu = next(lim.parameter_id for lim in point.limits if lim.parameter == "Cu")
    set_programme(demo_db, point.id, [ProgrammeDraft(cu, PekFrequency.YEARLY)])

    def line(period, today=TODAY):  # type: ignore[no-untyped-def]
        (row,) = [r for r in fulfilment(demo_db, period, today) if r.line.point_id == point.id]
        return row

    row = line(quarter(2025, 4))
    assert (row.planned, row.covered, row.missing) == (1, 1, ())
    assert line(quarter(2025, 3)).planned == 0
    late = line(year(2026))  # the year is not over: not missing, not due yet
    assert late.not_due == 1 and late.missing == ()
