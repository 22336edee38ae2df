"""Names of the built-in reference rows (grade components, monitoring parameters) in the
officer's language.

A new database seeds them in English (migrations/versions/0006); their codes (Cu, PM10, SO4)
are what assays, limits and readings refer to, so a rename changes only the name shown in
the window and the workbooks. The Russian and Kazakh demos use it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from greendesk.errors import NotFoundError, term
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.models.formations import GradeComponent, MonitoringParameter
from greendesk.services.changes import Changes, Entity
from greendesk.store.db import Database
from greendesk.validation import clean_name

_WHAT = {Entity.GRADE_COMPONENT: QT_TRANSLATE_NOOP("Refusal", "grade component"),
         Entity.MONITORING: QT_TRANSLATE_NOOP("Refusal", "monitoring parameter")}

Reference = type[GradeComponent] | type[MonitoringParameter]


def rename_references(db: Database, components: Mapping[str, str],
                      parameters: Mapping[str, str]) -> Changes:
    """Rename grade components and monitoring parameters by code, in one transaction;
    a code the database does not have is refused, so no rename is half done."""
    new_components = {c: clean_name(n, "component", max_len=80) for c, n in components.items()}
    new_parameters = {c: clean_name(n, "parameter", max_len=120) for c, n in parameters.items()}
    with db.write() as s:
        return (_rename(s, GradeComponent, new_components, Entity.GRADE_COMPONENT)
                | _rename(s, MonitoringParameter, new_parameters, Entity.MONITORING))


def _rename(s: Session, model: Reference, names: Mapping[str, str], entity: Entity) -> Changes:
    found = s.scalars(select(model).where(model.code.in_(names)))
    rows = {r.code: r for r in cast(Iterable[GradeComponent | MonitoringParameter], found)}
    missing = sorted(set(names) - set(rows))
    if missing:
        raise NotFoundError(QT_TRANSLATE_NOOP("Refusal", "There is no {what} with the code {code}."),
                            what=term(_WHAT[entity]), code=missing[0], field="code")
    touched = []
    for code, name in names.items():
        if rows[code].name != name:
            rows[code].name = name
            touched.append(rows[code].id)
    return Changes.of(entity, ids=tuple(touched)) if touched else Changes()
