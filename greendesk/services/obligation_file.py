"""Reading a register of obligations and the holiday calendar from their YAML files.

The shipped files are resources/obligations_kz.yaml and resources/holidays_kz.yaml; an
officer may load a newer register (`greendesk obligations import FILE`). A file that breaks
a rule is refused in one sentence naming the entry, before anything is written.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from greendesk.analysis.deadlines import (
    PERIOD_KINDS,
    HolidayCalendar,
    carried_days_off,
    parse_rule,
)
from greendesk.errors import DomainError, Message
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.paths import package_dir

CATEGORIES = ("I", "II", "III", "IV")
SCOPES = ("enterprise", "site")
THRESHOLD_KEYS = ("ghg_t_co2",)  # the figures a threshold may name (t CO2-eq a year)
DEFAULT_REGISTER = "obligations_kz.yaml"
DEFAULT_HOLIDAYS = "holidays_kz.yaml"


@dataclass(frozen=True)
class ObligationDraft:
    """One entry as the file states it, checked; the column values of `Obligation`."""
    code: str
    values: dict[str, object]

    def comparable(self) -> dict[str, object]:
        """The values a reload compares to say an entry changed."""
        return {k: v for k, v in self.values.items() if k != "code"}


@dataclass(frozen=True)
class RegisterFile:
    """A register file read: its label, name, SHA-256 and entries."""
    label: str
    file_name: str
    sha256: str
    entries: tuple[ObligationDraft, ...]


def default_register_path() -> Path:
    """The register shipped with GreenDesk."""
    return package_dir("resources") / DEFAULT_REGISTER


def _refuse(code: str, what: str, **args: object) -> DomainError:
    """The refusal naming the entry; `what` a phrase marked QT_TRANSLATE_NOOP("Refusal")."""
    return DomainError(QT_TRANSLATE_NOOP("Refusal", "Obligation {code} in the register file: "
                                                    "{what}."),
                       code=code, what=Message(what, "Refusal", **args))


def _date(value: object, code: str, field: str) -> date | None:
    if value is None:
        return None
    try:
        return value if isinstance(value, date) else date.fromisoformat(str(value))
    except ValueError:
        raise _refuse(code, QT_TRANSLATE_NOOP("Refusal", "{field} is a date written "
                                                         "YYYY-MM-DD"), field=field) from None


def _text(value: object, code: str, field: str, limit: int = 300, blank: bool = False) -> str:
    text = " ".join(str(value or "").split())
    if not text and not blank:
        raise _refuse(code, QT_TRANSLATE_NOOP("Refusal", "give its {field}"), field=field)
    if len(text) > limit:
        raise _refuse(code, QT_TRANSLATE_NOOP("Refusal", "its {field} is at most {limit} "
                                                         "characters"),
                      field=field, limit=limit)
    return text


def _three(value: object, code: str, field: str) -> tuple[str, str, str]:
    if not isinstance(value, dict):
        raise _refuse(code, QT_TRANSLATE_NOOP("Refusal", "give its {field} in en, ru and kk"),
                      field=field)
    en, ru, kk = (_text(value.get(lang), code, f"{field} ({lang})") for lang in ("en", "ru",
                                                                                 "kk"))
    return en, ru, kk


def parse_entry(raw: object, reports: frozenset[str] | None) -> ObligationDraft:
    """One entry of the file, checked (see resources/obligations_kz.yaml for the form);
    `reports` the report kinds GreenDesk has (the caller above the services knows them; None
    leaves report names unchecked)."""
    if not isinstance(raw, dict):
        raise _refuse("?", QT_TRANSLATE_NOOP("Refusal", "an entry is a mapping of its fields"))
    code = str(raw.get("code") or "").strip()
    if not code or len(code) > 60 or not code.replace("_", "").replace("-", "").isalnum():
        raise _refuse(code or "?", QT_TRANSLATE_NOOP(
            "Refusal", "give each entry a code of letters, digits and _"))
    name = _three(raw.get("name"), code, "name")
    deadline_text = _three(raw.get("deadline_text"), code, "deadline_text")
    basis = raw.get("basis")
    if not isinstance(basis, dict):
        raise _refuse(code, QT_TRANSLATE_NOOP(
            "Refusal", "give its legal basis (act, article, order, date)"))
    applies = raw.get("applies")
    if not isinstance(applies, dict) or applies.get("scope") not in SCOPES:
        raise _refuse(code, QT_TRANSLATE_NOOP(
            "Refusal", "say whom it applies to: scope enterprise or site"))
    cats = [str(c) for c in applies.get("categories") or ()]
    if not cats or any(c not in CATEGORIES for c in cats):
        raise _refuse(code, QT_TRANSLATE_NOOP(
            "Refusal", "name the facility categories it applies to (I, II, III, IV)"))
    threshold = applies.get("threshold")
    key: str | None = None
    minimum: float | None = None
    if threshold is not None:
        if not isinstance(threshold, dict) or threshold.get("key") not in THRESHOLD_KEYS \
                or not isinstance(threshold.get("min"), int | float):
            raise _refuse(code, QT_TRANSLATE_NOOP(
                "Refusal", "a threshold names its figure (ghg_t_co2) and its minimum"))
        key, minimum = str(threshold["key"]), float(threshold["min"])
    period = raw.get("period")
    if period not in PERIOD_KINDS:
        raise _refuse(code, QT_TRANSLATE_NOOP(
            "Refusal", "its period is month, quarter, half_year, year or once"))
    rule = parse_rule(raw.get("deadline"), code)
    report = raw.get("report")
    if report is not None and reports is not None and report not in reports:
        raise _refuse(code, QT_TRANSLATE_NOOP(
            "Refusal", "no GreenDesk report is called {report!r}"), report=report)
    if not isinstance(raw.get("confirmed", False), bool):
        raise _refuse(code, QT_TRANSLATE_NOOP("Refusal", "confirmed is true or false"))
    values: dict[str, object] = {
        "code": code, "name_en": name[0], "name_ru": name[1], "name_kk": name[2],
        "basis_act": _text(basis.get("act"), code, "basis act"),
        "basis_article": _text(basis.get("article"), code, "basis article", 100, True),
        "basis_order": _text(basis.get("order"), code, "basis order", 300, True),
        "basis_date": _date(basis.get("date"), code, "basis date"),
        "scope": applies["scope"], "categories": ",".join(c for c in CATEGORIES if c in cats),
        "threshold_key": key, "threshold_min": minimum, "period_kind": period,
        "deadline": json.dumps(dict(rule.source), sort_keys=True),
        "deadline_en": deadline_text[0], "deadline_ru": deadline_text[1],
        "deadline_kk": deadline_text[2],
        "authority": _text(raw.get("authority"), code, "authority", 300, True),
        "report_kind": report, "confirmed": bool(raw.get("confirmed", False)),
        "source": _text(raw.get("source"), code, "source", 2000, True),
        "valid_from": _date(raw.get("valid_from"), code, "valid_from"),
        "valid_until": _date(raw.get("valid_until"), code, "valid_until"),
    }
    return ObligationDraft(code, values)


def read_register(path: Path, reports: frozenset[str] | None = None) -> RegisterFile:
    """The register file at `path`, every entry checked (report names against `reports`
    when given); one sentence for a file that is not a register (or repeats a code)."""
    import yaml

    try:
        raw = path.read_bytes()
        data = yaml.safe_load(raw.decode("utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{file} is not a register of "
                                                       "obligations GreenDesk can read."),
                          file=path.name) from None
    if not isinstance(data, dict) or not isinstance(data.get("obligations"), list) \
            or not data["obligations"]:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{file} is not a register of "
                                                       "obligations GreenDesk can read."),
                          file=path.name)
    entries = tuple(parse_entry(e, reports) for e in data["obligations"])
    seen: set[str] = set()
    for e in entries:
        if e.code in seen:
            raise _refuse(e.code, QT_TRANSLATE_NOOP("Refusal", "its code appears twice"))
        seen.add(e.code)
    return RegisterFile(str(data.get("version") or path.name), path.name,
                        hashlib.sha256(raw).hexdigest(), entries)


@lru_cache(maxsize=2)
def holidays(path: Path | None = None) -> HolidayCalendar:
    """Kazakhstan's days off (resources/holidays_kz.yaml): the law's holidays of each year the
    file lists, each falling on a weekend carried to the next working day where the law
    carries it, the first day of Kurban ait and the days moved by decree."""
    import yaml

    data = yaml.safe_load((path or package_dir("resources") / DEFAULT_HOLIDAYS)
                          .read_text(encoding="utf-8"))
    off: set[date] = set()
    working: set[date] = set()
    for y, extra in data["years"].items():
        fixed = [(date.fromisoformat(f"{y}-{h['date']}"), bool(h.get("carry")))
                 for h in data["fixed"] if int(h.get("from", 0)) <= int(y)]
        off |= carried_days_off([d for d, _ in fixed], [d for d, c in fixed if c])
        if extra.get("kurban_ait"):
            off.add(date.fromisoformat(str(extra["kurban_ait"])))
        off |= {date.fromisoformat(str(d)) for d in extra.get("moved_off") or ()}
        working |= {date.fromisoformat(str(d)) for d in extra.get("moved_working") or ()}
    return HolidayCalendar(frozenset(off), frozenset(working),
                           frozenset(int(y) for y in data["years"]))
