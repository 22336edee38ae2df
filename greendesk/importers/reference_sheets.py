"""Reference data handed down with the structure: the classifier and the factor library.

`greendesk sync export --structure` adds two hidden sheets to the plant set-up workbook:
the waste classifier's newest version (its language, label, file and SHA-256, then every
heading and current entry with its description) and the emission factor library's newest
version (label, file and SHA-256, then its rows). `sync import` of the workbook at a site
loads each through the services' own loaders as a new version — which load nothing when
the site already has the same entries — so codes and factors agree with the company's.
The plant import reads only the sheets it knows, so the hidden ones never disturb it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from sqlalchemy import select

from greendesk.models import ClassifierVersion
from greendesk.models.emissions import FactorVersion
from greendesk.models.waste import EntryLevel
from greendesk.services.classifier import (
    ClassifierDiff,
    ClassifierDraft,
    EntryDraft,
    entries_in,
    load_classifier,
)
from greendesk.services.factors import (
    COLUMNS,
    FactorDiff,
    FactorDraft,
    current_factors,
    load_factors,
)
from greendesk.store.db import Database

CLASSIFIER, FACTORS = "gd.classifier", "gd.factors"


@dataclass(frozen=True)
class Reference:
    """What taking the reference sheets did (None: the workbook had no such sheet)."""
    classifier: ClassifierDiff | None
    factors: FactorDiff | None

    @property
    def new_versions(self) -> int:
        """How many new versions were loaded (0: the site had the same already)."""
        return sum(d is not None and d.version_id is not None
                   for d in (self.classifier, self.factors))


def add_reference(wb: Workbook, db: Database) -> None:
    """The newest classifier and factor versions of `db` as hidden sheets of `wb`."""
    with db.read() as s:
        cv = s.scalars(select(ClassifierVersion).order_by(ClassifierVersion.id.desc())).first()
        fv = s.scalars(select(FactorVersion).order_by(FactorVersion.id.desc())).first()
        entries = entries_in(s, cv.language, headings=True, retired=False) if cv else []
        cv_head = [cv.language, cv.label, cv.file_name, cv.file_sha256] if cv else []
        fv_head = [fv.label, fv.file_name, fv.file_sha256] if fv else []
    if cv_head:
        ws = wb.create_sheet(CLASSIFIER)
        ws.sheet_state = "hidden"
        ws.append(cv_head)
        for e in entries:
            ws.append([e.code, e.description, int(e.hazardous), int(e.mirror)])
    if fv_head:
        ws = wb.create_sheet(FACTORS)
        ws.sheet_state = "hidden"
        ws.append(fv_head)
        for f in current_factors(db):
            ws.append([_cell(getattr(f, c)) for c in COLUMNS])


def _cell(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def take_reference(db: Database, path: Path) -> Reference:
    """Load the workbook's reference sheets at this database, each as a new version only
    when it differs from what is loaded."""
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception:  # not a workbook: the plant import says what it is in one sentence
        return Reference(None, None)
    try:
        sheets = {name: [list(r) for r in wb[name].iter_rows(values_only=True)]
                  for name in (CLASSIFIER, FACTORS) if name in wb.sheetnames}
    finally:
        wb.close()
    classifier = factors = None
    if rows := sheets.get(CLASSIFIER):
        language, label, file_name, sha = (str(v or "") for v in rows[0][:4])
        drafts = [EntryDraft(str(r[0]), str(r[1] or ""), bool(r[2]), bool(r[3]))
                  for r in rows[1:] if r and r[0]]
        draft = ClassifierDraft(tuple(d for d in drafts if d.level is EntryLevel.ENTRY),
                                tuple(d for d in drafts if d.level is not EntryLevel.ENTRY),
                                file_name, sha)
        classifier = load_classifier(db, draft, language, label)
    if rows := sheets.get(FACTORS):
        label, file_name, sha = (str(v or "") for v in rows[0][:3])
        factors = load_factors(db, [_factor(dict(zip(COLUMNS, r, strict=False)))
                                    for r in rows[1:] if r and r[0]],
                               file_name, sha, label)[0]
    return Reference(classifier, factors)


def _factor(v: dict[str, Any]) -> FactorDraft:
    def day(x: Any) -> date | None:
        return date.fromisoformat(str(x)) if x else None

    return FactorDraft(str(v["substance"]), str(v["activity"]), float(v["value"]),
                       str(v["unit"]), str(v["citation"] or ""),
                       None if v["parameter"] is None else float(v["parameter"]),
                       str(v["method"] or ""), day(v["valid_from"]), day(v["valid_until"]))
