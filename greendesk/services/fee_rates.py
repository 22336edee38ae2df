"""The fee's rates as the officer loaded them: reading a rates file, loading it as a version.

A rates file (YAML; the shipped one is resources/fee_rates.yaml) holds the МРП per year and,
per substance, waste kind and coefficient, its dated values with their legal basis and
whether they were confirmed against the official text. Loading replaces the rates in force
in one transaction and records a version with what it added, removed and changed against
the one before; a file that matches what is loaded records nothing.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select

from greendesk.analysis.fees import Rate, RateTable
from greendesk.errors import DomainError, Message
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.models import FeeRate, FeeRateVersion, RateKind
from greendesk.paths import package_dir
from greendesk.services.changes import Changes, Entity
from greendesk.store.db import Database

_PER = ("t", "kg")
_Key = tuple[str, str, date]


def default_rates_file() -> Path:
    """The rates file shipped with GreenDesk (each value citing its article and edition)."""
    return package_dir("resources") / "fee_rates.yaml"


@dataclass(frozen=True)
class RatesDraft:
    """A rates file read and checked, ready for load_rates."""

    rates: tuple[Rate, ...]
    file_name: str
    sha256: str
    title: str = ""


@dataclass(frozen=True)
class RatesDiff:
    """What loading a rates file did against the rates loaded before."""

    version_id: int | None  # None: the file matched what was loaded; nothing was written
    file_name: str
    rates: int
    unconfirmed: int
    added: tuple[str, ...]
    removed: tuple[str, ...]
    changed: tuple[str, ...]
    first: bool
    changes: Changes = field(default_factory=Changes)

    @property
    def unchanged(self) -> bool:
        """The file matched what was loaded."""
        return self.version_id is None


@dataclass(frozen=True)
class VersionRow:
    """One load of a rates file."""

    id: int
    label: str
    file_name: str
    loaded_at: object
    rates: int
    added: int
    removed: int
    changed: int


def _refuse(template: str, file_name: str, where: str = "", **args: object) -> DomainError:
    """A rates file's fault: the file, where in it ("emission SOx, rate 2") and what."""
    return DomainError(Message.of(template, {"file_name": file_name, "where": where, **args}))


_NO_RATES = QT_TRANSLATE_NOOP("Refusal", "{file_name} holds no rates: write mrp, emission, "
                                         "waste or coefficient entries.")


def _day(value: object, file_name: str, where: str) -> date:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise _refuse(QT_TRANSLATE_NOOP("Refusal", "{file_name}, {where}: {value} is not a date "
                                                   "such as 2025-01-01."),
                      file_name, where, value=repr(value)) from None


def _number(value: object, file_name: str, where: str) -> float:
    nan = QT_TRANSLATE_NOOP("Refusal", "{file_name}, {where}: {value} is not a number.")
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise _refuse(nan, file_name, where, value=repr(value))
    try:
        number = float(str(value).replace(",", ".").replace(" ", ""))
    except ValueError:
        raise _refuse(nan, file_name, where, value=repr(value)) from None
    if not number >= 0:
        raise _refuse(QT_TRANSLATE_NOOP("Refusal", "{file_name}, {where}: {value} is negative; "
                                                   "a rate is zero or more."),
                      file_name, where, value=repr(value))
    return number


def _year(value: object, file_name: str, where: str) -> int:
    if isinstance(value, int) and not isinstance(value, bool) and 1901 <= value <= 2199:
        return value
    raise _refuse(QT_TRANSLATE_NOOP("Refusal", "{file_name}, {where}: {value} is not a year."),
                  file_name, where, value=repr(value))


def parse_rates(data: Any, file_name: str, sha256: str = "") -> RatesDraft:
    """Check a rates file's content (the parsed YAML) and turn it into rate rows; a
    DomainError names the first thing wrong and where."""
    if not isinstance(data, dict):
        raise _refuse(_NO_RATES, file_name)
    rates: list[Rate] = []
    for i, row in enumerate(data.get("mrp") or [], start=1):
        where = f"mrp {i}"
        if not isinstance(row, dict) or "year" not in row or "value" not in row:
            raise _refuse(QT_TRANSLATE_NOOP("Refusal", "{file_name}, {where}: write the year "
                                                       "and its value."), file_name, where)
        y = _year(row["year"], file_name, where)
        rates.append(Rate(RateKind.MRP.value, "MRP", _number(row["value"], file_name, where),
                          date(y, 1, 1), date(y, 12, 31), "", str(row.get("name", "")), (),
                          str(row.get("basis", "")), bool(row.get("confirmed", False))))
    for kind in (RateKind.EMISSION, RateKind.WASTE, RateKind.COEFFICIENT):
        for i, item in enumerate(data.get(kind.value) or [], start=1):
            where = f"{kind.value} {i}"
            if not isinstance(item, dict) or not str(item.get("code", "")).strip():
                raise _refuse(QT_TRANSLATE_NOOP("Refusal", "{file_name}, {where}: write the "
                                                           "item's code."), file_name, where)
            code = str(item["code"]).strip()
            per = "" if kind is RateKind.COEFFICIENT else str(item.get("per", "t"))
            if kind is not RateKind.COEFFICIENT and per not in _PER:
                raise _refuse(QT_TRANSLATE_NOOP("Refusal", "{file_name}, {where}: per must be t "
                                                           "or kg, not {per}."),
                              file_name, f"{kind.value} {code}", per=repr(per))
            matches = tuple(str(m).replace(" ", "") for m in item.get("matches") or [])
            for j, v in enumerate(item.get("rates") or [], start=1):
                at = f"{kind.value} {code}, rate {j}"
                if not isinstance(v, dict) or "from" not in v or "value" not in v:
                    raise _refuse(QT_TRANSLATE_NOOP("Refusal", "{file_name}, {where}: write from "
                                                               "(a date) and value."),
                                  file_name, at)
                start = _day(v["from"], file_name, at)
                end = _day(v["to"], file_name, at) if v.get("to") else None
                if end is not None and end < start:
                    raise _refuse(QT_TRANSLATE_NOOP("Refusal", "{file_name}, {where}: the rate "
                                                               "ends before it starts."),
                                  file_name, at)
                rates.append(Rate(kind.value, code, _number(v["value"], file_name, at), start,
                                  end, per, str(item.get("name", "")), matches,
                                  str(v.get("basis", item.get("basis", ""))),
                                  bool(v.get("confirmed", False))))
    if not rates:
        raise _refuse(_NO_RATES, file_name)
    seen: set[_Key] = set()
    for r in rates:
        key = (r.kind, r.code.casefold(), r.valid_from)
        if key in seen:
            raise _refuse(QT_TRANSLATE_NOOP("Refusal", "{file_name}, {where}: two rates start on "
                                                       "{day}."),
                          file_name, f"{r.kind} {r.code}", day=r.valid_from)
        seen.add(key)
    return RatesDraft(tuple(rates), file_name, sha256, str(data.get("title", "")))


def _yaml(path: Path) -> tuple[Any, bytes]:
    import yaml

    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{file_name} cannot be read: {why}."),
                          file_name=Path(path).name, why=exc.strerror or str(exc)) from None
    try:
        return yaml.safe_load(raw.decode("utf-8")), raw
    except (yaml.YAMLError, UnicodeDecodeError):
        raise _refuse(QT_TRANSLATE_NOOP("Refusal", "{file_name} is not a YAML rates file."),
                      Path(path).name) from None


def read_rates_file(path: Path, language: str | None = None) -> RatesDraft:
    """Read and check a rates file (YAML); a DomainError says what is wrong with it.

    With a `language` that has a file of names and bases beside it (fee_rates.ru.yaml for
    fee_rates.yaml), the rates carry their names and legal bases in that language, so a
    declaration in Russian or Kazakh cites them in its own words."""
    path = Path(path)
    data, raw = _yaml(path)
    draft = parse_rates(data, path.name, hashlib.sha256(raw).hexdigest())
    words = path.with_name(f"{path.stem}.{language}{path.suffix}") if language else None
    if words is None or not words.is_file():
        return draft
    overlay, _raw = _yaml(words)
    names = (overlay or {}).get("names") or {}
    bases = (overlay or {}).get("bases") or {}
    return replace(draft, title=str((overlay or {}).get("title") or draft.title), rates=tuple(
        replace(r, name=str(names.get(r.code, r.name)), basis=str(bases.get(r.basis, r.basis)))
        for r in draft.rates))


def _row(r: FeeRate) -> Rate:
    return Rate(r.kind.value, r.code, r.value, r.valid_from, r.valid_to, r.per, r.name,
                tuple(m for m in r.matches.split(",") if m), r.basis, bool(r.confirmed))


def _describe(r: Rate) -> str:
    end = r.valid_to.isoformat() if r.valid_to else "…"
    return f"{r.kind} {r.code} {r.valid_from.isoformat()}–{end}: {r.value:g}"


def load_rates(db: Database, draft: RatesDraft, label: str = "") -> RatesDiff:
    """Make the draft's rates the ones in force, in one transaction, and say what changed
    against the rates loaded before (nothing is written when they are the same)."""
    new = {(r.kind, r.code.casefold(), r.valid_from): r for r in draft.rates}
    with db.write() as s:
        old = {(r.kind.value, r.code.casefold(), r.valid_from): r
               for r in s.scalars(select(FeeRate))}
        first = s.scalar(select(FeeRateVersion.id).limit(1)) is None
        added = [_describe(r) for k, r in new.items() if k not in old]
        removed = [_describe(_row(r)) for k, r in old.items() if k not in new]
        changed = [f"{_describe(_row(old[k]))} → {r.value:g}" for k, r in new.items()
                   if k in old and _row(old[k]) != r]
        unconfirmed = sum(not r.confirmed for r in draft.rates)
        if not (first or added or removed or changed):
            return RatesDiff(None, draft.file_name, len(new), unconfirmed, (), (), (), False)
        version = FeeRateVersion(label=(label or draft.title or draft.file_name)[:200],
                                 file_name=draft.file_name[:400], file_sha256=draft.sha256,
                                 rates=len(new), added=len(added), removed=len(removed),
                                 changed=len(changed))
        s.add(version)
        s.execute(delete(FeeRate))
        s.add_all(FeeRate(kind=RateKind(r.kind), code=r.code, name=r.name[:300],
                          valid_from=r.valid_from, valid_to=r.valid_to, value=r.value,
                          per=r.per, matches=",".join(r.matches)[:400], basis=r.basis[:600],
                          confirmed=r.confirmed) for r in draft.rates)
        s.flush()
        return RatesDiff(version.id, draft.file_name, len(new), unconfirmed, tuple(added),
                         tuple(removed), tuple(changed), first,
                         Changes.of(Entity.FEE_RATES, ids=(version.id,)))


def rate_table(db: Database) -> RateTable:
    """Every rate loaded (an empty table when none is)."""
    with db.read() as s:
        return RateTable(tuple(_row(r) for r in s.scalars(
            select(FeeRate).order_by(FeeRate.kind, FeeRate.code, FeeRate.valid_from))))


def versions(db: Database) -> list[VersionRow]:
    """Every load of a rates file, newest first."""
    with db.read() as s:
        return [VersionRow(v.id, v.label, v.file_name, v.loaded_at, v.rates, v.added,
                           v.removed, v.changed)
                for v in s.scalars(select(FeeRateVersion).order_by(FeeRateVersion.id.desc()))]
