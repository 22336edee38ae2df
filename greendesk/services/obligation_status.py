"""Recording where an obligation's instance stands: in preparation, or submitted with its
date, reference number and evidence (a file's SHA-256, or the exported workbook's audit
entry). One transaction per change, recorded in the audit trail; undo puts the previous
status back (or none: "not started").
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from greendesk.errors import DomainError, NotFoundError
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.models import AuditAction, AuditEntry, Site
from greendesk.models.obligations import Obligation, ObligationState, ObligationStatus
from greendesk.services.changes import Changes, Entity
from greendesk.services.conflicts import check_version
from greendesk.services.dated import check_not_future
from greendesk.store.db import Database

FIELDS = ("state", "submitted_on", "reference", "evidence_name", "evidence_sha256",
          "export_entry_id", "note")


@dataclass(frozen=True)
class StatusDraft:
    """What the officer says about an instance. For "submitted": the date, and evidence:
    a file (`evidence_name` and its `evidence_sha256`, see `file_evidence`) or the export's
    audit entry (`export_entry_id`)."""
    state: ObligationState
    submitted_on: date | None = None
    reference: str = ""
    evidence_name: str = ""
    evidence_sha256: str | None = None
    export_entry_id: int | None = None
    note: str = ""


@dataclass(frozen=True)
class ExportEntry:
    """A workbook export in the audit trail, offered as a submission's evidence."""
    id: int
    file_name: str
    day: date


def export_entries(db: Database) -> list[ExportEntry]:
    """Every export of a workbook the trail records, newest first."""
    import json

    with db.read() as s:
        rows = s.execute(select(AuditEntry.id, AuditEntry.after, AuditEntry.at)
                         .where(AuditEntry.action == AuditAction.EXPORT)
                         .order_by(AuditEntry.id.desc())).all()
    out = []
    for n, after, at in rows:
        try:
            name = str(json.loads(after or "{}").get("file_name") or "")
        except (ValueError, AttributeError):
            name = ""
        out.append(ExportEntry(n, name, at.date()))
    return out


def file_evidence(path: Path) -> tuple[str, str]:
    """A submitted file as evidence: its name and SHA-256; one sentence when unreadable."""
    digest = hashlib.sha256()
    try:
        with Path(path).open("rb") as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                digest.update(chunk)
    except OSError:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{file} cannot be read, so it cannot be "
                                                       "kept as evidence."),
                          file=str(path), field="evidence") from None
    return Path(path).name, digest.hexdigest()


def _clean(s: Session, draft: StatusDraft) -> dict[str, object]:
    state = ObligationState(draft.state)
    reference = " ".join(draft.reference.split())
    if len(reference) > 100:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "A reference number is at most 100 "
                                                       "characters."), field="reference")
    note = draft.note.strip()
    if len(note) > 2000:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "A note is at most 2,000 characters."),
                          field="note")
    values: dict[str, object] = {"state": state, "submitted_on": None, "reference": reference,
                                 "evidence_name": "", "evidence_sha256": None,
                                 "export_entry_id": None, "note": note}
    if state is not ObligationState.SUBMITTED:
        return values
    if draft.submitted_on is None:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "Enter the date it was submitted."),
                          field="submitted_on")
    check_not_future([draft.submitted_on], noun=QT_TRANSLATE_NOOP("Refusal", "a submission"),
                     field="submitted_on")
    sha = (draft.evidence_sha256 or "").lower() or None
    if sha is not None and (len(sha) != 64 or any(c not in "0123456789abcdef" for c in sha)):
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{value!r} is not a SHA-256 hash (64 "
                                                       "hexadecimal digits)."),
                          value=draft.evidence_sha256, field="evidence")
    if draft.export_entry_id is not None:
        entry = s.get(AuditEntry, draft.export_entry_id)
        if entry is None or entry.action is not AuditAction.EXPORT:
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "Audit entry #{entry} is not the "
                                                           "export of a workbook."),
                              entry=draft.export_entry_id, field="evidence")
    values.update(submitted_on=draft.submitted_on, evidence_name=draft.evidence_name.strip(),
                  evidence_sha256=sha, export_entry_id=draft.export_entry_id)
    return values


def _find(s: Session, obligation_id: int, site_id: int | None, period: str
          ) -> ObligationStatus | None:
    q = select(ObligationStatus).where(ObligationStatus.obligation_id == obligation_id,
                                       ObligationStatus.period == period)
    q = q.where(ObligationStatus.site_id.is_(None) if site_id is None
                else ObligationStatus.site_id == site_id)
    return s.scalars(q).first()


def _check_targets(s: Session, obligation_id: int, site_id: int | None) -> None:
    if s.get(Obligation, obligation_id) is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Refusal", "The obligation is no longer in the "
                                                         "register."))
    if site_id is not None and s.get(Site, site_id) is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Refusal", "The site no longer exists; it may "
                                                         "have been deleted."))


class SetObligationStatus:
    """Set an instance's status (not started deletes the record); undo restores the one it
    replaced."""

    def __init__(self, obligation_id: int, site_id: int | None, period: str,
                 draft: StatusDraft, version: int | None = None) -> None:
        self.key = (obligation_id, site_id, period)
        self.draft, self.version = draft, version
        self.before: dict[str, object] | None = None
        self.after: dict[str, object] | None = None
        self._first = True

    def _put(self, s: Session, values: dict[str, object] | None) -> int | None:
        row = _find(s, *self.key)
        if values is None or values["state"] is ObligationState.NOT_STARTED:
            if row is not None:
                s.delete(row)
            return None
        if row is None:
            row = ObligationStatus(obligation_id=self.key[0], site_id=self.key[1],
                                   period=self.key[2])
            s.add(row)
        for k, v in values.items():
            setattr(row, k, v)
        s.flush()
        return row.id

    def apply(self, db: Database) -> Changes:
        """Check the draft (a submission dated, not after today; evidence a SHA-256 or an
        export's audit entry) and write it in one transaction; refused when the status was
        changed elsewhere since `version`. Announces the status."""
        with db.write() as s:
            _check_targets(s, self.key[0], self.key[1])
            row = _find(s, *self.key)
            if self._first:
                if row is not None:
                    check_version(s, row, self.version)
                self.before = {k: getattr(row, k) for k in FIELDS} if row else None
                self.after = _clean(s, self.draft)
                self._first = False
            rid = self._put(s, self.after)
        return Changes.of(Entity.OBLIGATION_STATUS, ids=(rid,) if rid else ())

    def revert(self, db: Database) -> Changes:
        """Put back the status the change replaced (none: not started). One transaction."""
        with db.write() as s:
            _check_targets(s, self.key[0], self.key[1])
            rid = self._put(s, self.before)
        return Changes.of(Entity.OBLIGATION_STATUS, ids=(rid,) if rid else ())


def set_status(db: Database, obligation_id: int, site_id: int | None, period: str,
               draft: StatusDraft, *, version: int | None = None) -> Changes:
    """Set an instance's status (see SetObligationStatus)."""
    return SetObligationStatus(obligation_id, site_id, period, draft, version).apply(db)
