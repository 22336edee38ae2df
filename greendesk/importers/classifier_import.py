"""Load the waste classifier (List of Waste) from the officer's CSV or XLSX files.

Officers hold the national classifier as a spreadsheet, often in Russian, laid out in many
ways: one row per entry with the chapter and sub-chapter titles in columns, or headings as
rows of their own (two- and four-digit codes), the hazardous flag in a column or only as the
asterisk written into the code ("01 03 04*"). Columns are found by their English, Russian or
Kazakh headings, or named explicitly with a mapping. All or nothing, like the flow import:
every row is checked first and every problem is listed with its file, row and column
(`RowProblem`/`ImportRejected` from the flow import); only a clean file is loaded, as one
version, by `greendesk.services.classifier.load_classifier`.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from os import PathLike
from pathlib import Path

from greendesk.errors import DomainError, Message, Note, message_of
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.importers.flows_import import MAX_PROBLEMS, ImportRejected, RowProblem
from greendesk.models import EntryLevel
from greendesk.readers.tabular import Table, TableReadError, column_letter, read_table
from greendesk.services.classifier import (
    ClassifierDiff,
    ClassifierDraft,
    EntryDraft,
    format_code,
    load_classifier,
    parse_code,
)
from greendesk.store.db import Database

__all__ = ["COLUMNS", "detect_language", "import_classifier", "parse_mapping",
           "read_classifier"]

MAX_DESCRIPTION = 1000

# Field -> its English heading, then every accepted alias (compared case-insensitively,
# with "_" read as a space and hyphens ignored).
COLUMNS: dict[str, tuple[str, ...]] = {
    "code": ("Code", "waste code", "ewc code", "ewc", "low code", "list of waste code",
             "код", "код отхода", "код отходов", "код вида отхода", "код вида отходов",
             "код по классификатору", "код классификатора", "шифр", "коды",
             "қалдық коды", "қалдықтың коды", "коды қалдықтар"),
    "description": ("Description", "name", "title", "entry", "waste",
                    "наименование", "наименование отхода", "наименование отходов",
                    "наименование вида отхода", "наименование вида отходов", "описание",
                    "название", "вид отхода", "вид отходов", "атауы", "сипаттамасы",
                    "қалдықтың атауы", "қалдық атауы"),
    "hazardous": ("Hazardous", "is hazardous", "hazard", "hazardous waste",
                  "опасный", "опасные", "опасность", "опасный отход", "признак опасности",
                  "қауіпті", "қауіптілігі"),
    "level": ("Level", "уровень", "деңгей", "тип строки"),
    "entry_type": ("Entry type", "type", "mirror", "mirror entry", "тип записи", "тип позиции",
                   "зеркальная", "зеркальный", "зеркальная позиция", "тип", "жазба түрі"),
    "chapter_title": ("Chapter title", "chapter name", "наименование главы", "название главы",
                      "глава наименование", "тарау атауы"),
    "subchapter_title": ("Subchapter title", "subchapter name", "наименование подглавы",
                         "название подглавы", "наименование раздела", "название раздела",
                         "подглава наименование", "бөлім атауы"),
}
REQUIRED = ("code", "description")
HEADING = {f: names[0] for f, names in COLUMNS.items()}

_YES = {"true", "yes", "y", "1", "*", "x", "+", "hazardous", "h", "да", "д", "опасный",
        "опасные", "опасно", "опасен", "иә", "ия", "қауіпті"}
_NO = {"false", "no", "n", "0", "-", "non-hazardous", "nonhazardous", "not hazardous",
       "нет", "н", "неопасный", "неопасные", "не опасный", "неопасно", "жоқ", "қауіпсіз",
       "қауіпті емес"}
_LEVELS = {
    "chapter": EntryLevel.CHAPTER, "глава": EntryLevel.CHAPTER, "тарау": EntryLevel.CHAPTER,
    "subchapter": EntryLevel.SUBCHAPTER, "sub chapter": EntryLevel.SUBCHAPTER,
    "подглава": EntryLevel.SUBCHAPTER, "раздел": EntryLevel.SUBCHAPTER,
    "бөлім": EntryLevel.SUBCHAPTER, "entry": EntryLevel.ENTRY, "code": EntryLevel.ENTRY,
    "позиция": EntryLevel.ENTRY, "отход": EntryLevel.ENTRY, "вид отхода": EntryLevel.ENTRY,
    "код": EntryLevel.ENTRY, "қалдық": EntryLevel.ENTRY,
}
_MENTIONED = re.compile(r"\b\d\d \d\d \d\d\b")
_HAZ_MIRROR_WORDS = ("contain", "contaminat", "hazardous substance", "содерж", "загрязн",
                     "опасные вещества", "опасных веществ", "құрамында", "ластанған")
_CYRILLIC = re.compile(r"[а-яё]", re.I)
_KAZAKH = re.compile(r"[әғқңөұүһі]", re.I)


def _key(text: str) -> str:
    text = text.replace("ё", "е").replace("Ё", "Е").replace("_", " ").replace("-", "")
    return " ".join(text.split()).casefold().strip(":*").strip()


_ALIAS: dict[str, str] = {_key(a): f for f, names in COLUMNS.items() for a in names}


def parse_mapping(text: str) -> dict[str, str]:
    """"code=Код, description=Наименование" -> {"code": "Код", ...}; a value may also be a
    column letter ("code=B")."""
    mapping: dict[str, str] = {}
    for part in (p for p in re.split(r"[,;]", text) if p.strip()):
        field, sep, column = part.partition("=")
        field = _key(field).replace(" ", "_")
        if not sep or not column.strip():
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "The mapping {part!r} is not "
                                                           "FIELD=COLUMN, e.g. code=Код."),
                              part=part.strip(), field="mapping")
        if field not in COLUMNS:
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{name!r} is not a classifier field; "
                                                           "the fields are: {fields}."),
                              name=field, fields=", ".join(COLUMNS), field="mapping")
        mapping[field] = column.strip()
    return mapping


def detect_language(texts: Sequence[str]) -> str:
    """kk when Kazakh letters appear, ru when the descriptions are mostly Cyrillic, else en."""
    sample = " ".join(texts[:200])
    if _KAZAKH.search(sample):
        return "kk"
    cyr = len(_CYRILLIC.findall(sample))
    return "ru" if cyr > len(re.findall(r"[a-z]", sample, re.I)) else "en"


# ---------------------------------------------------------------- checking a table
class _Problems:
    def __init__(self) -> None:
        self.items: list[RowProblem] = []
        self.total = 0

    def add(self, t: Table, row_index: int, col: int | None, value: object,
            message: str | Message
            ) -> None:
        self.total += 1
        if len(self.items) < MAX_PROBLEMS:
            if col is None:
                self.items.append(RowProblem(t.source, t.sheet, t.first_data_row + row_index,
                                             "", "", value, message))
            else:
                c = t.cell(row_index, col)
                self.items.append(RowProblem(t.source, t.sheet, c.row, c.column,
                                             c.header or "", value, message))

    def header(self, t: Table, message: str | Message) -> None:
        self.total += 1
        self.items.append(RowProblem(t.source, t.sheet, t.first_data_row - 1, "", "", None,
                                     message))


def _map_columns(t: Table, mapping: Mapping[str, str] | None, problems: _Problems
                 ) -> dict[str, int]:
    cols: dict[str, int] = {}
    found = ", ".join(h for h in t.header if h) or "none"
    for field, column in (mapping or {}).items():
        j = next((i for i, h in enumerate(t.header) if h and _key(h) == _key(column)), None)
        if j is None and re.fullmatch(r"[A-Za-z]{1,3}", column):
            j = next((i for i in range(len(t.header))
                      if column_letter(i) == column.upper()), None)
        if j is None:
            problems.header(t, Message(
                QT_TRANSLATE_NOOP("Refusal", "The column {column!r} named for {field} in the "
                                             "mapping is not in the file; the headings found are: "
                                             "{found}."),
                column=column, field=field, found=found))
            continue
        cols[field] = j
    for j, head in enumerate(t.header):
        f = _ALIAS.get(_key(head)) if head else None
        if f is None or f in cols or j in cols.values():
            continue
        cols[f] = j
    for f in REQUIRED:
        if f not in cols:
            problems.header(t, Message(
                QT_TRANSLATE_NOOP("Refusal", "The required column {column} is missing; the "
                                             "headings found in row {row} are: {found}."),
                column=HEADING[f], row=t.first_data_row - 1, found=found))
    return cols


def _flag(value: object) -> bool | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    word = _key(str(value))
    if word in _YES:
        return True
    if word in _NO:
        return False
    raise ValueError(Message(QT_TRANSLATE_NOOP("Refusal", "'{value}' is not a hazardous flag; "
                                                          "write yes or no (да/нет), or leave it "
                                                          "empty and mark hazardous codes with an "
                                                          "asterisk."), value=value))


def _entry_type(value: object) -> tuple[bool | None, bool | None]:
    """(mirror, hazardous) from text such as "Mirror non-hazardous", "зеркальный опасный"."""
    if value is None:
        return None, None
    word = _key(str(value))
    mirror = True if ("mirror" in word or "зеркальн" in word or "айна" in word) else \
        False if ("absolute" in word or "абсолютн" in word) else None
    if any(w in word for w in ("non hazardous", "nonhazardous", "неопасн", "не опасн",
                               "қауіпті емес")):
        hazardous: bool | None = False
    elif "hazardous" in word or "опасн" in word or "қауіпті" in word:
        hazardous = True
    else:
        hazardous = None
    if mirror is None and hazardous is None:
        raise ValueError(Message(
            QT_TRANSLATE_NOOP("Refusal", "'{value}' is not an entry type; write, e.g., Absolute "
                                         "hazardous or Mirror non-hazardous."),
            value=value))
    return mirror, hazardous


def _text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value).split())


@dataclass
class _Collected:
    entries: dict[str, tuple[EntryDraft, str]]      # code -> draft, "file, row N"
    headings: dict[str, tuple[EntryDraft, str]]
    titles: dict[str, str]                          # from title columns, first one wins
    mirror_known: bool = False


def _check_table(t: Table, cols: dict[str, int], out: _Collected, problems: _Problems) -> None:
    """Check every row of one table and collect the good ones; each problem is recorded."""
    out.mirror_known = out.mirror_known or cols.get("entry_type") is not None
    for i, r in enumerate(t.rows):
        if not any(v is not None for v in r):
            continue
        before = problems.total
        code, star = _code_of(t, i, r, cols, problems)
        desc = _description_of(t, i, r, cols["description"], problems)
        hazardous, mirror = _hazard_of(t, i, r, cols, star, before, problems)
        if problems.total != before or not code:
            continue
        _collect(t, i, r, cols, EntryDraft(code, desc, hazardous, bool(mirror)), out, problems)


def _code_of(t: Table, i: int, r: tuple, cols: dict[str, int], problems: _Problems
             ) -> tuple[str, bool]:
    """The row's code and whether it carries the hazardous asterisk, checked against the
    level column when there is one; ("", False) when there is no code to read."""
    c_code, c_level = cols["code"], cols.get("level")
    level = None
    if c_level is not None and r[c_level] is not None:
        level = _LEVELS.get(_key(_text(r[c_level])))
        if level is None:
            problems.add(t, i, c_level, r[c_level], Message(
                QT_TRANSLATE_NOOP("Refusal", "'{value}' is not a level; write chapter, "
                                             "subchapter or entry (глава, подглава, позиция)."),
                value=r[c_level]))
    raw = r[c_code]
    code, star = "", False
    if raw is None:
        problems.add(t, i, c_code, raw, Message(
            QT_TRANSLATE_NOOP("Refusal", "The code is missing.")))
    else:
        try:
            code, star = parse_code(raw, level)
        except ValueError as exc:
            problems.add(t, i, c_code, raw, message_of(exc))
    if code and level is not None and len(code) != {EntryLevel.CHAPTER: 2,
                                                    EntryLevel.SUBCHAPTER: 4}.get(level, 6):
        problems.add(t, i, c_code, raw, Message(
            QT_TRANSLATE_NOOP("Refusal", "{code} is not the code of a {value}; check the "
                                         "level or the code."),
            code=format_code(code), value=level.value))
    return code, star


def _description_of(t: Table, i: int, r: tuple, c_desc: int, problems: _Problems) -> str:
    desc = _text(r[c_desc]) if r[c_desc] is not None else ""
    if not desc:
        problems.add(t, i, c_desc, r[c_desc], Message(
            QT_TRANSLATE_NOOP("Refusal", "The description is missing.")))
    elif len(desc) > MAX_DESCRIPTION:
        problems.add(t, i, c_desc, desc[:60] + "...", Message(
            QT_TRANSLATE_NOOP("Refusal", "The description is {count:,} characters long, over "
                                         "the limit of {most:,}."),
            count=len(desc), most=MAX_DESCRIPTION))
    return desc


def _hazard_of(t: Table, i: int, r: tuple, cols: dict[str, int], star: bool, before: int,
               problems: _Problems) -> tuple[bool, bool | None]:
    """Hazardous (the asterisk, or the hazardous column) and mirror (the entry-type column);
    columns that contradict the code or each other are problems."""
    c_haz, c_type, raw = cols.get("hazardous"), cols.get("entry_type"), r[cols["code"]]
    hazardous = star
    if c_haz is not None:
        try:
            flag = _flag(r[c_haz])
        except ValueError as exc:
            problems.add(t, i, c_haz, r[c_haz], message_of(exc))
            flag = None
        if flag is False and star:
            problems.add(t, i, c_haz, r[c_haz], Message(
                QT_TRANSLATE_NOOP("Refusal", "The code {raw} has the hazardous asterisk, but "
                                             "this column says the entry is not hazardous."),
                raw=raw))
        hazardous = hazardous or bool(flag)
    mirror = None
    if c_type is not None:
        try:
            mirror, typed_haz = _entry_type(r[c_type])
        except ValueError as exc:
            problems.add(t, i, c_type, r[c_type], message_of(exc))
            typed_haz = None
        if typed_haz is not None and typed_haz != hazardous and problems.total == before:
            problems.add(t, i, c_type, r[c_type], Message(
                QT_TRANSLATE_NOOP("Refusal", "The entry type says {typed}, but the code and "
                                             "the hazardous flag say {flag}."),
                typed=_hazard_word(typed_haz), flag=_hazard_word(hazardous)))
    return hazardous, mirror


def _collect(t: Table, i: int, r: tuple, cols: dict[str, int], checked: EntryDraft,
             out: _Collected, problems: _Problems) -> None:
    """File a checked row as a heading (shorter codes) or an entry, once per code."""
    code, c_code = checked.code, cols["code"]
    raw = r[c_code]
    where = f"{t.source}, row {t.first_data_row + i}"
    if len(code) < 6:
        if checked.hazardous:
            problems.add(t, i, c_code, raw, Message(
                QT_TRANSLATE_NOOP("Refusal", "{code} is a heading, which cannot be hazardous; "
                                             "only six-digit entries carry the asterisk."),
                code=format_code(code)))
            return
        target = out.headings
        draft = EntryDraft(code, checked.description)
    else:
        target = out.entries
        draft = checked
        for col, n in ((cols.get("chapter_title"), 2), (cols.get("subchapter_title"), 4)):
            if col is not None and r[col] is not None:
                out.titles.setdefault(code[:n], _text(r[col]))
    if code in target:
        problems.add(t, i, c_code, raw, Message(
            QT_TRANSLATE_NOOP("Refusal", "The code {code} appears twice; it is also in "
                                         "{target}."),
            code=format_code(code), target=target[code][1]))
        return
    target[code] = (draft, where)


def _mirrors(entries: dict[str, EntryDraft]) -> dict[str, EntryDraft]:
    """Without an entry-type column, mirror entries are recognised from their wording:
    a non-hazardous entry citing other codes ("other than those mentioned in 01 03 04"),
    and a hazardous one "containing" or "contaminated by" hazardous substances."""
    out = {}
    for code, d in entries.items():
        text = d.description.casefold()
        mirror = any(w in text for w in _HAZ_MIRROR_WORDS) if d.hazardous else \
            bool(_MENTIONED.search(text))
        out[code] = EntryDraft(d.code, d.description, d.hazardous, mirror)
    return out


def _hazard_word(hazardous: bool) -> Message:
    return Message(QT_TRANSLATE_NOOP("Refusal", "hazardous") if hazardous else
                   QT_TRANSLATE_NOOP("Refusal", "not hazardous"))


# ---------------------------------------------------------------- the import
def _read(path: Path, sheet: str | None) -> Table:
    try:
        return read_table(path, sheet=sheet, max_rows=100_000, max_columns=60)
    except TableReadError as exc:
        raise DomainError(message_of(exc)) from None


def read_classifier(paths: Sequence[str | PathLike[str]], *,
                    mapping: Mapping[str, str] | None = None,
                    sheet: str | None = None) -> ClassifierDraft:
    """Read and check one classifier version from one or more files (e.g. the entries and a
    separate headings file). Raises ImportRejected listing every problem, or DomainError."""
    if not paths:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "Choose the classifier file to import."))
    files = [Path(p) for p in paths]
    problems = _Problems()
    collected = _Collected({}, {}, {})
    notes: list[str] = []
    digest = hashlib.sha256()
    for path in files:
        table = _read(path, sheet)
        digest.update(path.read_bytes())
        notes.extend(table.notes)
        cols = _map_columns(table, mapping, problems)
        if all(f in cols for f in REQUIRED):
            _check_table(table, cols, collected, problems)
            ignored = [h for j, h in enumerate(table.header) if h and j not in cols.values()]
            if ignored:
                notes.append(Note(QT_TRANSLATE_NOOP(
                    "notes", "Columns of {name} GreenDesk does not use were not read: "
                             "{columns}."), name=path.name, columns=", ".join(ignored)))
    name = " + ".join(p.name for p in files)
    if problems.total:
        raise ImportRejected(name, problems.items, problems.total)
    entries = {c: d for c, (d, _w) in sorted(collected.entries.items())}
    if not entries:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{name} has no six-digit entries, only "
                                                       "headings; load the headings together with "
                                                       "the entries file."),
                          name=name)
    if not collected.mirror_known:
        entries = _mirrors(entries)
    headings = {c: d for c, (d, _w) in collected.headings.items()}
    for code, title in collected.titles.items():
        headings.setdefault(code, EntryDraft(code, title))
    return ClassifierDraft(tuple(entries.values()),
                           tuple(headings[c] for c in sorted(headings)), name,
                           digest.hexdigest(), tuple(notes))


def import_classifier(db: Database, paths: Sequence[str | PathLike[str]] | str | PathLike[str],
                      *, language: str | None = None, mapping: Mapping[str, str] | None = None,
                      label: str = "", sheet: str | None = None) -> ClassifierDiff:
    """Check the file(s) and load them as the next classifier version, all or nothing.

    Without `language`, it is recognised from the descriptions (en, ru or kk)."""
    if isinstance(paths, str | PathLike):
        paths = [paths]
    draft = read_classifier(list(paths), mapping=mapping, sheet=sheet)
    lang = language or detect_language([e.description for e in draft.entries])
    return load_classifier(db, draft, lang, label)
