"""The waste classifier (List of Waste) as the officer loaded it: versions, entries, languages.

The binding classifier is the national one as published and amended, so it is reference
data the officer loads, not something the app ships. Each load is a version: the codes it
adds, removes and changes are listed; a code that disappears while waste types use it is
kept as retired (so no waste type loses its code), and descriptions in several languages
live side by side. Codes are stored as digits ("010304") and shown as "01 03 04*".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from greendesk.errors import DomainError, Message
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.models import (
    ClassifierEntry,
    ClassifierText,
    ClassifierVersion,
    EntryLevel,
    WasteType,
)
from greendesk.services.changes import Changes, Entity
from greendesk.store.db import Database

LEVEL_OF_LENGTH = {2: EntryLevel.CHAPTER, 4: EntryLevel.SUBCHAPTER, 6: EntryLevel.ENTRY}
_CODE = re.compile(r"^\s*(\d{2})(?:[\s.\-]*(\d{2}))?(?:[\s.\-]*(\d{2}))?\s*(\*?)\s*$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")
_DIGITS = re.compile(r"\d+")


# ---------------------------------------------------------------- codes
def parse_code(value: object, level: EntryLevel | None = None) -> tuple[str, bool]:
    """Digits of a code and whether it carried the hazardous asterisk.

    Reads "01 03 04*", "010304", "01.03.04", "01-03-04 *", and numbers a spreadsheet made of
    codes (10304 for 010304; chapters and sub-chapters by their size, or by `level`).
    Raises ValueError with a sentence.
    """
    if isinstance(value, bool):
        raise ValueError(Message(QT_TRANSLATE_NOOP("Refusal", "{value} is not a List of Waste "
                                                              "code."), value=value))
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, str) and value.strip().isdigit() and len(value.strip()) in (1, 3, 5):
        value = int(value)  # a CSV saved by Excel drops the leading zero: 10304 is 01 03 04
    if isinstance(value, int):
        if value <= 0:
            raise ValueError(Message(QT_TRANSLATE_NOOP("Refusal", "{value} is not a List of Waste "
                                                                  "code."), value=value))
        width = {EntryLevel.CHAPTER: 2, EntryLevel.SUBCHAPTER: 4, EntryLevel.ENTRY: 6}.get(
            level) if level else (2 if value <= 99 else 4 if value <= 9999 else 6)
        text = f"{value:0{width}d}"
        if len(text) != width or text.startswith("00"):
            raise ValueError(Message(QT_TRANSLATE_NOOP("Refusal", "{value} is not a List of Waste "
                                                                  "code."), value=value))
        return text, False
    text = str(value).strip()
    m = _CODE.match(text)
    if not m:
        raise ValueError(Message(QT_TRANSLATE_NOOP("Refusal", "'{text}' is not a List of Waste "
                                                              "code; write six digits such as 01 "
                                                              "03 04 (or 01 03 04* for a "
                                                              "hazardous entry)."), text=text))
    digits = "".join(g for g in m.groups()[:3] if g)
    if digits.startswith("00"):
        raise ValueError(Message(
            QT_TRANSLATE_NOOP("Refusal", "'{text}' is not a List of Waste code: chapters start at "
                                         "01."),
            text=text))
    return digits, bool(m.group(4))


def format_code(code: str, hazardous: bool = False) -> str:
    """"010304", True -> "01 03 04*" (the form the officer reads and writes)."""
    spaced = " ".join(code[i:i + 2] for i in range(0, len(code), 2))
    return spaced + ("*" if hazardous else "")


def check_language(language: str) -> str:
    """A language code in lower case ("ru", "kk", "en"); DomainError for anything else."""
    lang = (language or "").strip().lower()
    if not _LANGUAGE.match(lang):
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "The language must be a code such as en, "
                                                       "ru or kk, not {language!r}."),
                          language=language, field="language")
    return lang


# ---------------------------------------------------------------- rows
@dataclass(frozen=True)
class EntryRow:
    """A classifier entry or heading with its description in one language."""
    id: int
    code: str
    level: EntryLevel
    hazardous: bool
    mirror: bool
    retired: bool
    description: str
    language: str  # of `description`

    @property
    def display_code(self) -> str:
        """The code as written in documents: "10 06 07*" for a hazardous entry."""
        return format_code(self.code, self.hazardous)


@dataclass(frozen=True)
class VersionRow:
    """One load of a classifier file and what it changed."""
    id: int
    language: str
    label: str
    file_name: str
    loaded_at: object
    entries: int
    added: int
    removed: int
    changed: int
    retired: int


@dataclass(frozen=True)
class ClassifierSummary:
    """What is loaded: counts of entries and headings, languages, the latest version."""
    entries: int
    hazardous: int
    mirror: int
    chapters: int
    subchapters: int
    headings: int
    retired: int
    languages: tuple[str, ...]
    version: VersionRow | None


# ---------------------------------------------------------------- drafts and diffs
@dataclass(frozen=True)
class EntryDraft:
    """One row of a classifier file, checked: a heading (2 or 4 digits) or an entry (6)."""

    code: str
    description: str
    hazardous: bool = False
    mirror: bool = False

    @property
    def level(self) -> EntryLevel:
        """Chapter, subchapter or entry, from the code's length (2, 4 or 6 digits)."""
        return LEVEL_OF_LENGTH[len(self.code)]


@dataclass(frozen=True)
class ClassifierDraft:
    """A classifier file read and checked, ready for load_classifier."""
    entries: tuple[EntryDraft, ...]
    headings: tuple[EntryDraft, ...]
    file_name: str
    sha256: str
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class EntryChange:
    """An entry whose hazard, mirror flag or description changed in a new version."""
    code: str
    what: tuple[str, ...]  # "hazardous", "mirror", "description"
    hazardous_before: bool
    hazardous_after: bool

    def __str__(self) -> str:
        return f"{format_code(self.code, self.hazardous_after)}: {', '.join(self.what)}"


@dataclass(frozen=True)
class RetiredEntry:
    """An entry the new file drops but waste types still use, so it is kept as retired."""
    code: str
    hazardous: bool
    waste_types: tuple[str, ...]

    def __str__(self) -> str:
        return f"{format_code(self.code, self.hazardous)} (used by {', '.join(self.waste_types)})"


@dataclass(frozen=True)
class ClassifierDiff:
    """What loading a version did, against the version loaded before it."""

    version_id: int | None  # None: the file matched what was loaded; nothing was written
    language: str
    file_name: str
    entries: int
    hazardous: int
    headings: int
    added: tuple[str, ...]
    removed: tuple[str, ...]  # deleted: no waste type used them
    changed: tuple[EntryChange, ...]
    retired: tuple[RetiredEntry, ...]  # gone from the file but kept: waste types use them
    descriptions_added: int  # entries that had no description in this language before
    first: bool  # no classifier was loaded before
    notes: tuple[str, ...] = ()
    changes: Changes = field(default_factory=Changes)
    verified: int = 0  # waste types whose unverified codes this version confirmed
    unverified: tuple[Message, ...] = ()  # those it could not: which and why

    @property
    def unchanged(self) -> bool:
        """The file matched what was loaded: no new version was recorded."""
        return self.version_id is None

    def summary(self) -> str:
        """One or two sentences for the officer."""
        if self.unchanged:
            return (f"{self.file_name} holds the same classifier as the one loaded "
                    f"({self.entries:,} entries, {self.language}); nothing changed.")
        noun = "entry" if self.entries == 1 else "entries"
        text = (f"Loaded the waste classifier from {self.file_name} ({self.language}): "
                f"{self.entries:,} {noun}, {self.hazardous:,} of them hazardous.")
        if not self.first:
            text += (f" Against the previous version: {len(self.added):,} added, "
                     f"{len(self.removed) + len(self.retired):,} removed, "
                     f"{len(self.changed):,} changed.")
            if self.descriptions_added:
                text += (f" Descriptions in {self.language} were added for "
                         f"{self.descriptions_added:,} entries.")
        if self.verified:
            text += f" Verified the codes of {self.verified:,} waste types."
        if self.unverified:
            text += (f" {len(self.unverified):,} waste types keep codes not verified: "
                     f"{'; '.join(str(m) for m in self.unverified)}.")
        if self.retired:
            text += (f" {len(self.retired):,} removed codes are still used by waste types and "
                     f"were kept as retired: {'; '.join(str(r) for r in self.retired)}.")
        return text


# ---------------------------------------------------------------- reads
def has_classifier(db: Database) -> bool:
    """Whether any classifier entry is loaded (waste types need one)."""
    with db.read() as s:
        return s.scalar(select(ClassifierEntry.id).where(
            ClassifierEntry.level == EntryLevel.ENTRY).limit(1)) is not None


def _version_row(v: ClassifierVersion) -> VersionRow:
    return VersionRow(v.id, v.language, v.label, v.file_name, v.loaded_at, v.entries, v.added,
                      v.removed, v.changed, v.retired)


def versions(db: Database) -> list[VersionRow]:
    """Every load, newest first."""
    with db.read() as s:
        return [_version_row(v) for v in s.scalars(
            select(ClassifierVersion).order_by(ClassifierVersion.id.desc()))]


def languages(db: Database) -> list[str]:
    """The languages that have descriptions loaded."""
    with db.read() as s:
        return list(s.scalars(select(ClassifierText.language).distinct()
                              .order_by(ClassifierText.language)))


def summary(db: Database) -> ClassifierSummary:
    """Counts of what is loaded, for the classifier's page and `greendesk classifier`."""
    active = (ClassifierEntry.level == EntryLevel.ENTRY) & ClassifierEntry.retired_in_id.is_(None)
    with db.read() as s:
        def count(*where) -> int:
            return int(s.scalar(select(func.count()).select_from(ClassifierEntry)
                                .where(*where)) or 0)

        def prefixes(n: int) -> int:
            return int(s.scalar(select(func.count(func.distinct(
                func.substr(ClassifierEntry.code, 1, n)))).where(active)) or 0)

        latest = s.scalars(select(ClassifierVersion).order_by(
            ClassifierVersion.id.desc()).limit(1)).first()
        langs = tuple(s.scalars(select(ClassifierText.language).distinct()
                                .order_by(ClassifierText.language)))
        return ClassifierSummary(
            entries=count(active), hazardous=count(active, ClassifierEntry.hazardous),
            mirror=count(active, ClassifierEntry.mirror),
            chapters=prefixes(2), subchapters=prefixes(4),
            headings=count(ClassifierEntry.level != EntryLevel.ENTRY),
            retired=count(ClassifierEntry.retired_in_id.is_not(None)),
            languages=langs, version=_version_row(latest) if latest else None)


def _preferred(s: Session, language: str | None) -> list[str]:
    latest = s.scalar(select(ClassifierVersion.language).order_by(
        ClassifierVersion.id.desc()).limit(1))
    order = [language, latest, "en"]
    return [lang for i, lang in enumerate(order) if lang and lang not in order[:i]]


def entries_in(s: Session, language: str | None = None, *, headings: bool = False,
               retired: bool = True, codes: Sequence[str] | None = None) -> list[EntryRow]:
    """Entries ordered by code, each described in `language` if it has that text, else in
    the latest version's language, else English, else any."""
    q = select(ClassifierEntry).order_by(ClassifierEntry.code)
    if not headings:
        q = q.where(ClassifierEntry.level == EntryLevel.ENTRY)
    if not retired:
        q = q.where(ClassifierEntry.retired_in_id.is_(None))
    if codes is not None:
        q = q.where(ClassifierEntry.code.in_(list(codes)))
    entries = list(s.scalars(q))
    texts: dict[int, dict[str, str]] = {}
    tq = select(ClassifierText.entry_id, ClassifierText.language, ClassifierText.text)
    if codes is not None:
        tq = tq.where(ClassifierText.entry_id.in_([e.id for e in entries]))
    for entry_id, lang, text in s.execute(tq):
        texts.setdefault(entry_id, {})[lang] = text
    order = _preferred(s, language)
    out = []
    for e in entries:
        own = texts.get(e.id, {})
        lang = next((x for x in order if x in own), next(iter(sorted(own)), ""))
        out.append(EntryRow(e.id, e.code, e.level, bool(e.hazardous), bool(e.mirror),
                            e.retired_in_id is not None, own.get(lang, ""), lang))
    return out


def list_entries(db: Database, language: str | None = None, *, headings: bool = False,
                 retired: bool = False) -> list[EntryRow]:
    """Active entries (and with the flags, headings and retired ones) with descriptions in
    `language`, falling back to another loaded language."""
    with db.read() as s:
        return entries_in(s, language, headings=headings, retired=retired)


def get_entry(db: Database, code: str, language: str | None = None) -> EntryRow | None:
    """The entry or heading with this code (any written form), retired ones included."""
    try:
        digits, _star = parse_code(code)
    except ValueError:
        return None
    with db.read() as s:
        rows = entries_in(s, language, headings=True, codes=[digits])
    return rows[0] if rows else None


def headings(db: Database, language: str | None = None) -> dict[str, str]:
    """Chapter and sub-chapter titles by code."""
    with db.read() as s:
        return {r.code: r.description for r in entries_in(s, language, headings=True)
                if r.level is not EntryLevel.ENTRY}


# ---------------------------------------------------------------- search (the picker)
def matcher(query: str) -> Callable[[str, str], bool]:
    """A test for (code, description) against what the officer typed: code digits as a
    prefix ("10 06", "100601", "10 06 01*"), or every word somewhere in the description
    or code ("copper slag", "шлак медн")."""
    text = query.strip().casefold().replace("ё", "е")
    if not text:
        return lambda _code, _desc: True
    compact = re.sub(r"[\s.\-*]", "", text)
    if compact.isdigit():
        return lambda code, _desc: code.startswith(compact)
    words = text.replace("*", " ").split()

    def match(code: str, desc: str) -> bool:
        hay = desc.casefold().replace("ё", "е")
        return all(w in hay or (w.isdigit() and w in code) for w in words)
    return match


# ---------------------------------------------------------------- loading a version
def load_classifier(db: Database, draft: ClassifierDraft, language: str,
                    label: str = "") -> ClassifierDiff:
    """Load a complete version of the classifier in one transaction and say what changed.

    Codes absent from the new version are deleted, except those waste types use: they are
    kept, marked retired in this version. Descriptions in other languages are kept.
    Refuses a file without six-digit entries or an unknown language. Announces the classifier
    with the version's id (nothing when the file matched what was loaded).
    """
    lang = check_language(language)
    if not draft.entries:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{file_name} has no six-digit entries; a "
                                                       "classifier needs its entries (headings "
                                                       "alone can be loaded together with them)."),
                          file_name=draft.file_name)
    with db.write() as s:
        existing = {e.code: e for e in s.scalars(select(ClassifierEntry))}
        first = not any(e.level is EntryLevel.ENTRY for e in existing.values())
        old_text = dict(s.execute(select(ClassifierText.entry_id, ClassifierText.text)
                                  .where(ClassifierText.language == lang)).all())
        used: dict[int, list[str]] = {}
        for entry_id, name in s.execute(select(WasteType.entry_id, WasteType.name)
                                        .order_by(WasteType.name)):
            if entry_id is not None:   # a code kept unverified holds no entry
                used.setdefault(entry_id, []).append(name)
        new = {d.code: d for d in draft.entries}
        added, changed, removed, retired = [], [], [], []
        descriptions_added = 0
        for code, d in new.items():
            e = existing.get(code)
            if e is None or e.retired_in_id is not None:
                added.append(code)
            if e is None:
                continue
            what = [w for w, differs in (
                ("hazardous", bool(e.hazardous) != d.hazardous),
                ("mirror", bool(e.mirror) != d.mirror),
                ("description", e.id in old_text and old_text[e.id] != d.description))
                if differs]
            if what and e.retired_in_id is None:
                changed.append(EntryChange(code, tuple(what), bool(e.hazardous), d.hazardous))
            if e.id not in old_text:
                descriptions_added += 1
        for code, e in existing.items():
            if e.level is not EntryLevel.ENTRY or code in new:
                continue
            if e.id in used:
                if e.retired_in_id is None:
                    retired.append(RetiredEntry(code, bool(e.hazardous), tuple(used[e.id])))
            elif e.retired_in_id is None:
                removed.append(code)
        heading_drafts = {h.code: h for h in draft.headings}
        old_headings = {c: e for c, e in existing.items() if e.level is not EntryLevel.ENTRY}
        headings_differ = bool(heading_drafts) and (
            set(heading_drafts) != set(old_headings)
            or any(old_text.get(old_headings[c].id) != h.description
                   for c, h in heading_drafts.items()))
        unused_retired = [e for e in existing.values() if e.retired_in_id is not None
                          and e.code not in new and e.id not in used]
        n_haz = sum(d.hazardous for d in new.values())
        if not (first or added or changed or removed or retired or descriptions_added
                or headings_differ or unused_retired):
            return ClassifierDiff(None, lang, draft.file_name, len(new), n_haz,
                                  len(old_headings), (), (), (), (), 0, False, draft.notes)

        version = ClassifierVersion(
            language=lang, label=(label or draft.file_name)[:200], file_name=draft.file_name[:400],
            file_sha256=draft.sha256, entries=len(new), added=len(added),
            removed=len(removed) + len(retired), changed=len(changed), retired=len(retired))
        s.add(version)
        s.flush()
        gone = [existing[c].id for c in removed] + [e.id for e in unused_retired]
        if heading_drafts:
            gone += [e.id for c, e in old_headings.items() if c not in heading_drafts]
        for start in range(0, len(gone), 500):
            s.execute(delete(ClassifierEntry).where(ClassifierEntry.id.in_(gone[start:start + 500])))
        for r in retired:
            existing[r.code].retired_in_id = version.id
        _write_entries(s, list(new.values()) + list(heading_drafts.values()), existing, old_text,
                       lang)
        s.flush()
        from greendesk.services.waste import verify_codes  # waste reads entries from here

        verified, unverified = verify_codes(s)
        changes = Changes.of(Entity.CLASSIFIER, ids=(version.id,))
        if verified:
            changes = changes | Changes.of(Entity.WASTE_TYPE)
        return ClassifierDiff(
            version.id, lang, draft.file_name, len(new), n_haz,
            len(heading_drafts) if heading_drafts else len(old_headings),
            tuple(added), tuple(removed), tuple(changed), tuple(retired), descriptions_added,
            first, draft.notes, changes, verified, unverified)


def _write_entries(s: Session, drafts: list[EntryDraft], existing: dict[str, ClassifierEntry],
                   old_text: dict[int, str], lang: str) -> None:
    texts = []
    for d in drafts:
        e = existing.get(d.code)
        if e is None or e.level is not d.level:
            e = ClassifierEntry(code=d.code, level=d.level, hazardous=d.hazardous,
                                mirror=d.mirror)
            s.add(e)
        else:
            e.hazardous, e.mirror, e.retired_in_id = d.hazardous, d.mirror, None
        texts.append((e, d.description))
    s.flush()
    for e, text in texts:
        if e.id in old_text:
            if old_text[e.id] != text:
                s.get(ClassifierText, (e.id, lang)).text = text  # type: ignore[union-attr]
        else:
            s.add(ClassifierText(entry_id=e.id, language=lang, text=text))
