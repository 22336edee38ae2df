"""Samples of a formation and their assays: a sample and all its assays are written in one
transaction, each grade checked against its component and stored also in g/t.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from greendesk.analysis import formations as an
from greendesk.errors import DomainError, Message, message_of
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.models import (
    Formation,
    FormationAssay,
    FormationBlock,
    FormationSample,
    GradeComponent,
)
from greendesk.services.changes import Changes
from greendesk.services.formation_rows import (
    ENTITY,
    SAMPLES,
    AssayDraft,
    AssayRow,
    SampleDraft,
    SampleRow,
    _get,
    _number,
    _text,
)
from greendesk.store.db import Database


# ---------------------------------------------------------------- samples and assays
def _assay_values(s: Session, assays: Iterable[AssayDraft], sample: str
                  ) -> list[tuple[int, float, str, float]]:
    comps = {c.code.casefold(): c for c in s.scalars(select(GradeComponent))}
    out: list[tuple[int, float, str, float]] = []
    seen: set[int] = set()
    for a in assays:
        c = comps.get(str(a.component).strip().casefold())
        if c is None:
            known = ", ".join(sorted(x.code for x in comps.values()))
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "Sample {sample}: {component!r} is not "
                                                           "a component; the components are "
                                                           "{known} (add others in the "
                                                           "assumptions)."),
                              sample=sample, component=a.component, known=known,
                              field="assays")
        if c.id in seen:
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "Sample {sample} has two assays of "
                                                           "{code}; keep one."),
                              sample=sample, code=c.code,
                              field="assays")
        seen.add(c.id)
        grade = _number(a.grade, Message(QT_TRANSLATE_NOOP("Refusal", "grade of {code} in sample {sample}"), code=c.code, sample=sample), "assays")
        assert grade is not None
        try:
            unit = an.grade_unit(a.unit) if a.unit else c.unit.value
        except ValueError as exc:
            raise DomainError(
                QT_TRANSLATE_NOOP("Refusal", "Sample {sample}, {code}: {reason}"),
                sample=sample, code=c.code, reason=message_of(exc), field="assays") from None
        gpt = an.to_gpt(grade, unit)
        if gpt > 1e6:
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "Sample {sample}: {grade:g} {unit} of "
                                                           "{code} is more than the whole sample; "
                                                           "check the grade and its unit."),
                              sample=sample, grade=grade, unit=unit, code=c.code, field="assays")
        out.append((c.id, grade, unit, gpt))
    return out


def sample_depth(value: object) -> float | None:
    """A sample's depth in metres, 0 to 1,000 (the importer checks each row with it)."""
    return _number(value, QT_TRANSLATE_NOOP("Refusal", "depth"), "depth_m", high=1000.0)


def _check_sample(s: Session, d: SampleDraft, except_id: int | None) -> dict[str, object]:
    code = " ".join((d.code or "").split())
    if not code:
        raise DomainError(
            QT_TRANSLATE_NOOP("Refusal", "The sample needs its number or code."),
            field="code")
    if len(code) > 60:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "The sample code is longer than 60 "
                                                       "characters."), field="code")
    _get(s, Formation, d.formation_id, QT_TRANSLATE_NOOP("Refusal", "formation"))
    if d.block_id is not None:
        b = s.get(FormationBlock, d.block_id)
        if b is None or b.formation_id != d.formation_id:
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "The block is not a block of this "
                                                           "formation."), field="block")
    if s.scalars(select(FormationSample.id).where(
            FormationSample.formation_id == d.formation_id, FormationSample.code == code,
            FormationSample.id != (except_id or -1))).first():
        raise DomainError(
            QT_TRANSLATE_NOOP("Refusal", "The formation already has a sample {code}."),
            code=code, field="code")
    return dict(formation_id=d.formation_id, block_id=d.block_id, code=code,
                taken_on=d.taken_on,
                depth_m=sample_depth(d.depth_m),
                note=_text(d.note, QT_TRANSLATE_NOOP("Refusal", "note"), "note", 2000))


def _write_assays(s: Session, sample_id: int, formation_id: int,
                  values: list[tuple[int, float, str, float]]) -> None:
    s.execute(delete(FormationAssay).where(FormationAssay.sample_id == sample_id))
    if values:
        s.execute(insert(FormationAssay), [
            dict(sample_id=sample_id, formation_id=formation_id, component_id=cid,
                 grade_entered=g, unit_entered=u, grade_gpt=gpt) for cid, g, u, gpt in values])


def add_sample(db: Database, draft: SampleDraft) -> tuple[int, Changes]:
    """A sample with its assays, in one step.
    One transaction; refuses a missing or taken code, a block of another formation, grades out
    of range or in unknown units. Announces the samples and the formation."""
    with db.write() as s:
        values = _check_sample(s, draft, None)
        assays = _assay_values(s, draft.assays, str(values["code"]))
        sample = FormationSample(**values)
        s.add(sample)
        s.flush()
        _write_assays(s, sample.id, draft.formation_id, assays)
        return sample.id, Changes.of(SAMPLES, ENTITY, ids=(draft.formation_id,))


def update_sample(db: Database, sample_id: int, draft: SampleDraft) -> Changes:
    """Replace a sample's particulars and its assays.
    One transaction; the checks of add_sample, and a sample cannot change formation. Announces
    the samples and the formation."""
    with db.write() as s:
        sample = _get(s, FormationSample, sample_id, QT_TRANSLATE_NOOP("Refusal", "sample"))
        if sample.formation_id != draft.formation_id:
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "A sample cannot move to another "
                                                           "formation."))
        values = _check_sample(s, draft, sample_id)
        assays = _assay_values(s, draft.assays, str(values["code"]))
        for k, v in values.items():
            setattr(sample, k, v)
        _write_assays(s, sample_id, draft.formation_id, assays)
        return Changes.of(SAMPLES, ENTITY, ids=(draft.formation_id,))


def delete_samples(db: Database, sample_ids: Sequence[int]) -> Changes:
    """Delete samples with their assays; one transaction, nothing refused (ids already gone are
    skipped). Announces the samples and the formations they belonged to."""
    with db.write() as s:
        fids = set(s.scalars(select(FormationSample.formation_id).where(
            FormationSample.id.in_(sample_ids))))
        s.execute(delete(FormationSample).where(FormationSample.id.in_(sample_ids)))
    return Changes.of(SAMPLES, ENTITY, ids=tuple(fids))


def list_samples(db: Database, formation_id: int) -> list[SampleRow]:
    """A formation's samples with their block names and grades."""
    with db.read() as s:
        codes = dict(s.execute(select(GradeComponent.id, GradeComponent.code)).all())
        blocks = dict(s.execute(select(FormationBlock.id, FormationBlock.name).where(
            FormationBlock.formation_id == formation_id)).all())
        assays: dict[int, list[AssayRow]] = {}
        for a in s.execute(select(FormationAssay.sample_id, FormationAssay.component_id,
                                  FormationAssay.grade_entered, FormationAssay.unit_entered,
                                  FormationAssay.grade_gpt)
                           .where(FormationAssay.formation_id == formation_id)
                           .order_by(FormationAssay.component_id)):
            assays.setdefault(a[0], []).append(AssayRow(codes[a[1]], a[2], a[3], a[4]))
        return [SampleRow(x.id, x.formation_id, x.code, x.block_id,
                          blocks.get(x.block_id, "") if x.block_id else "", x.taken_on,
                          x.depth_m, x.note, tuple(assays.get(x.id, ())))
                for x in s.scalars(select(FormationSample).where(
                    FormationSample.formation_id == formation_id).order_by(
                    FormationSample.code))]
