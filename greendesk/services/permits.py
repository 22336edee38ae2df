"""The permit register: add, edit and delete a site's environmental permits, list them, and
find the one in force for a reporting period (the report cover names it).

Each write is one transaction that checks every rule and is recorded in the audit trail
(the session listener records ORM inserts, updates and deletes). The commands revert, so the
window's Undo takes a permit edit back. Later work hangs conditions, limits and norms on a
permit's id (services/permit_terms); a delete takes them along and its undo restores them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from greendesk.errors import DomainError, NotFoundError
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.models import Site
from greendesk.models.emissions import EmissionNorm
from greendesk.models.permits import Permit
from greendesk.services.changes import Changes, Entity
from greendesk.services.conflicts import check_version
from greendesk.services.dated import check_not_future
from greendesk.store.db import Database

if TYPE_CHECKING:
    from greendesk.services.permit_terms import PermitTerms

FIELDS = ("site_id", "number", "issued_on", "authority", "valid_from", "valid_until", "note",
          "bat")


@dataclass(frozen=True)
class PermitDraft:
    """A permit as the officer enters it; `valid_until` None: the permit states no end."""
    site_id: int
    number: str
    issued_on: date
    authority: str
    valid_from: date
    valid_until: date | None = None
    note: str = ""
    bat: bool = False  # a comprehensive permit applying best available techniques


@dataclass(frozen=True)
class PermitRow:
    """A permit as the register lists it, with its site's name."""
    id: int
    site_id: int
    site_name: str
    number: str
    issued_on: date
    authority: str
    valid_from: date
    valid_until: date | None
    note: str
    version: int | None = None  # pass back to EditPermit to catch edits made elsewhere
    bat: bool = False  # a comprehensive permit applying best available techniques

    def draft(self) -> PermitDraft:
        """The row as a draft, for a form to start from."""
        return PermitDraft(self.site_id, self.number, self.issued_on, self.authority,
                           self.valid_from, self.valid_until, self.note, self.bat)

    def valid_on(self, day: date) -> bool:
        """Whether the permit is valid on `day` (its last day included)."""
        return self.valid_from <= day and (self.valid_until is None or day <= self.valid_until)

    def days_within(self, start: date, end: date) -> int:
        """How many days of [start, end] the permit is valid on."""
        first = max(start, self.valid_from)
        last = end if self.valid_until is None else min(end, self.valid_until)
        return max(0, (last - first).days + 1)


def list_permits(db: Database, site_id: int | None = None) -> list[PermitRow]:
    """Every permit (or one site's), by site name, then newest validity first."""
    with db.read() as s:
        q = (select(Permit, Site.name).join(Site, Site.id == Permit.site_id)
             .order_by(Site.name, Permit.valid_from.desc(), Permit.number))
        if site_id is not None:
            q = q.where(Permit.site_id == site_id)
        return [PermitRow(p.id, p.site_id, name, p.number, p.issued_on, p.authority,
                          p.valid_from, p.valid_until, p.note, p.version, p.bat)
                for p, name in s.execute(q)]


def permit_in_force(permits: Sequence[PermitRow], start: date, end: date) -> PermitRow | None:
    """The permit a report for [start, end] stands on: the one valid on the period's last
    day (the most recent such when several are), else the one valid on most of its days;
    None when no permit is valid on any day of it."""
    on_end = [p for p in permits if p.valid_on(end)]
    if on_end:
        return max(on_end, key=lambda p: (p.valid_from, p.issued_on, p.id))
    covering = [(p.days_within(start, end), p.valid_from, p.id, p) for p in permits]
    best = max(covering, default=None, key=lambda c: c[:3])
    return best[3] if best is not None and best[0] > 0 else None


def _clean(draft: PermitDraft) -> dict[str, object]:
    """The draft's values as stored; DomainError (one sentence, with its field) otherwise."""
    number = " ".join(draft.number.split())
    if not number:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "Enter the permit's number."),
                          field="number")
    if len(number) > 100:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "A permit number is at most 100 "
                                                       "characters."), field="number")
    authority = " ".join(draft.authority.split())
    if len(authority) > 300:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "The issuing authority's name is at "
                                                       "most 300 characters."),
                          field="authority")
    check_not_future([draft.issued_on], noun=QT_TRANSLATE_NOOP("Refusal", "a permit's issue "
                                                                          "date"),
                     field="issued_on")
    if draft.valid_until is not None and draft.valid_until <= draft.valid_from:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "A permit's validity must end after it "
                                                       "begins: valid until {until} is not "
                                                       "after valid from {start}."),
                          until=draft.valid_until.isoformat(),
                          start=draft.valid_from.isoformat(), field="valid_until")
    note = draft.note.strip()
    if len(note) > 2000:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "A note is at most 2,000 characters."),
                          field="note")
    return {"site_id": draft.site_id, "number": number, "issued_on": draft.issued_on,
            "authority": authority, "valid_from": draft.valid_from,
            "valid_until": draft.valid_until, "note": note, "bat": bool(draft.bat)}


def _check_site_and_number(s: Session, values: dict[str, object], except_id: int | None
                           ) -> None:
    site = s.get(Site, values["site_id"])
    if site is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Refusal", "The site no longer exists; it may "
                                                         "have been deleted."))
    number = str(values["number"])
    q = select(Permit.id).where(Permit.site_id == site.id,
                                func.lower(Permit.number) == number.lower())
    if except_id is not None:
        q = q.where(Permit.id != except_id)
    if s.scalars(q).first() is not None:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{site!r} already has a permit numbered "
                                                       "{number!r}."),
                          site=site.name, number=number, field="number")


def _get(s: Session, permit_id: int) -> Permit:
    permit = s.get(Permit, permit_id)
    if permit is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Refusal", "The permit no longer exists; it may "
                                                         "have been deleted."))
    return permit


def _values(permit: Permit) -> dict[str, object]:
    return {"id": permit.id, **{k: getattr(permit, k) for k in FIELDS}}


class AddPermit:
    """Add a permit to a site; undo deletes it, redo puts the same permit back."""

    def __init__(self, draft: PermitDraft) -> None:
        self.draft = draft
        self.id: int | None = None
        self._values: dict[str, object] | None = None

    def apply(self, db: Database) -> Changes:
        """Check the draft (number given and free on its site, issue date not after today,
        validity ending after it begins) and insert it in one transaction. Announces the
        permit with its id."""
        with db.write() as s:
            values = self._values or _clean(self.draft)
            _check_site_and_number(s, values, None)
            permit = Permit(**values)
            s.add(permit)
            s.flush()
            self.id = permit.id
            self._values = _values(permit)
        return Changes.of(Entity.PERMIT, ids=(permit.id,))

    def revert(self, db: Database) -> Changes:
        """Delete the permit added; one transaction. Announces the permit."""
        assert self.id is not None
        with db.write() as s:
            s.delete(_get(s, self.id))
        return Changes.of(Entity.PERMIT, ids=(self.id,))


class EditPermit:
    """Change a permit's particulars; undo restores what they were."""

    def __init__(self, permit_id: int, draft: PermitDraft, version: int | None = None) -> None:
        self.permit_id, self.draft, self.version = permit_id, draft, version
        self.before: dict[str, object] | None = None
        self.after: dict[str, object] | None = None

    def apply(self, db: Database) -> Changes:
        """Check the draft as AddPermit does and write it in one transaction; refused for a
        permit deleted, or edited elsewhere since `version`. Announces the permit."""
        with db.write() as s:
            permit = _get(s, self.permit_id)
            if self.after is None:
                check_version(s, permit, self.version)
                self.after = _clean(self.draft)
                self.before = {k: getattr(permit, k) for k in FIELDS}
            _check_site_and_number(s, self.after, permit.id)
            for k, v in self.after.items():
                setattr(permit, k, v)
        return Changes.of(Entity.PERMIT, ids=(self.permit_id,))

    def revert(self, db: Database) -> Changes:
        """Put back the values the edit replaced; one transaction. Announces the permit."""
        assert self.before is not None
        with db.write() as s:
            permit = _get(s, self.permit_id)
            _check_site_and_number(s, self.before, permit.id)
            for k, v in self.before.items():
                setattr(permit, k, v)
        return Changes.of(Entity.PERMIT, ids=(self.permit_id,))


class DeletePermit:
    """Delete a permit with its conditions and waste limits; undo puts them back, the permit
    with the same id."""

    def __init__(self, permit_id: int) -> None:
        self.permit_id = permit_id
        self._values: dict[str, object] | None = None
        self._terms: PermitTerms | None = None

    def apply(self, db: Database) -> Changes:
        """Delete the permit and its terms in one transaction, kept for undo; NotFoundError
        for one already gone, refused while it holds emission norms. Announces the permit."""
        from greendesk.services.permit_terms import PermitTerms, read_terms, write_terms
        with db.write() as s:
            permit = _get(s, self.permit_id)
            if s.scalars(select(EmissionNorm.id).where(
                    EmissionNorm.permit_id == permit.id)).first() is not None:
                raise DomainError(QT_TRANSLATE_NOOP("Refusal", "Permit {number} holds emission "
                                                               "norms; delete them first."),
                                  number=permit.number)
            self._values = _values(permit)
            self._terms = read_terms(s, permit.id)
            write_terms(s, permit.id, PermitTerms())
            s.delete(permit)
        return Changes.of(Entity.PERMIT, ids=(self.permit_id,))

    def revert(self, db: Database) -> Changes:
        """Restore the deleted permit, id unchanged, and its terms; refused if its site is
        gone or its number was taken meanwhile. One transaction; announces the permit."""
        from greendesk.services.permit_terms import write_terms
        assert self._values is not None and self._terms is not None
        with db.write() as s:
            _check_site_and_number(s, self._values, None)
            s.add(Permit(**self._values))
            s.flush()
            write_terms(s, self.permit_id, self._terms)
        return Changes.of(Entity.PERMIT, ids=(self.permit_id,))


def add_permit(db: Database, draft: PermitDraft) -> tuple[int, Changes]:
    """Add a permit (see AddPermit): its id and the Changes."""
    cmd = AddPermit(draft)
    changes = cmd.apply(db)
    assert cmd.id is not None
    return cmd.id, changes


def update_permit(db: Database, permit_id: int, draft: PermitDraft, *,
                  version: int | None = None) -> Changes:
    """Change a permit (see EditPermit)."""
    return EditPermit(permit_id, draft, version).apply(db)


def delete_permit(db: Database, permit_id: int) -> Changes:
    """Delete a permit (see DeletePermit)."""
    return DeletePermit(permit_id).apply(db)
