"""The built-in greening checklist, read from resources/greening_measures.yaml.

The checklist is data, not code: measures, their actions with a stable id and default cost
class, and the indicators that show progress. A newer file (higher template_version) merges
into existing databases by id (services/checklist.merge_template). The texts in Russian and
Kazakh are in greening_measures.{ru,kk}.yaml, by id; a database keeps the language its
checklist was first written in (`template_language`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Protocol, TypeVar

from greendesk.errors import Message
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.models.checklist import CostClass
from greendesk.paths import package_dir


@dataclass(frozen=True)
class ItemTemplate:
    """One action of the greening template, with its default cost class."""
    id: str
    text: str
    cost: CostClass


@dataclass(frozen=True)
class MeasureTemplate:
    """A measure of the template: its actions and the indicators that show progress."""
    id: str
    title: str
    indicators: tuple[str, ...]
    items: tuple[ItemTemplate, ...]


@dataclass(frozen=True)
class ChecklistTemplate:
    """The greening template as shipped in resources; its version decides whether to merge."""
    version: int
    measures: tuple[MeasureTemplate, ...]
    rational_use_indicators: tuple[tuple[str, str, str], ...]  # id, text, unit
    language: str = "en"


# The languages the checklist is written in: English in greening_measures.yaml, the others
# in greening_measures.<language>.yaml (measure titles and action texts, by id).
TEMPLATE_LANGUAGES = ("en", "ru", "kk")


def template_path() -> Path:
    """Where the shipped template lives."""
    return package_dir("resources") / "greening_measures.yaml"


def texts_path(language: str) -> Path:
    """The shipped texts of the greening plan in `language` (the ids are the English file's)."""
    return package_dir("resources") / f"greening_measures.{language}.yaml"


@lru_cache(maxsize=4)
def _texts(language: str) -> tuple[dict[str, str], dict[str, str]]:
    """The measure titles and action texts of one language, by id (package data)."""
    import yaml

    data = yaml.safe_load(texts_path(language).read_text(encoding="utf-8"))
    return ({str(k): str(v) for k, v in data["measures"].items()},
            {str(k): str(v) for k, v in data["items"].items()})


def translate(template: ChecklistTemplate, language: str) -> ChecklistTemplate:
    """The template with its titles and texts in `language`; one without a text there is
    refused by id, so a template never comes out half translated."""
    if language == "en":
        return template
    if language not in TEMPLATE_LANGUAGES:
        raise ValueError(f"The checklist is written in {', '.join(TEMPLATE_LANGUAGES)}, "
                         f"not {language!r}.")
    titles, texts = _texts(language)
    missing = [m.id for m in template.measures if m.id not in titles] + [
        i.id for m in template.measures for i in m.items if i.id not in texts]
    if missing:
        raise ValueError(f"Checklist template item {missing[0]!r} has no text in {language}.")
    return replace(template, language=language, measures=tuple(
        replace(m, title=titles[m.id], items=tuple(replace(i, text=texts[i.id]) for i in m.items))
        for m in template.measures))


def template_language(stored_titles: Mapping[str, str], fresh: str = "en") -> str:
    """The language of a database's checklist, from its measure titles (by id): the one whose
    titles it shares, else English. A database with none yet gets `fresh` (the officer's
    language) when the template is written in it."""
    if not stored_titles:
        return fresh if fresh in TEMPLATE_LANGUAGES else "en"
    for language in TEMPLATE_LANGUAGES[1:]:
        titles = _texts(language)[0]
        if any(titles.get(mid) == title for mid, title in stored_titles.items()):
            return language
    return "en"


def load_template(path: Path | None = None, language: str = "en") -> ChecklistTemplate:
    """Parse and check the template, in `language`; a broken file names the measure or item
    at fault."""
    import yaml

    data = yaml.safe_load((path or template_path()).read_text(encoding="utf-8"))
    seen: set[str] = set()
    measures = []
    for m in data["measures"]:
        items = []
        for it in m["items"]:
            if it["id"] in seen or not str(it["id"]).startswith(f"{m['id']}."):
                raise ValueError(Message(
                    QT_TRANSLATE_NOOP("Refusal", "Checklist template item {it!r} is duplicated or "
                                                 "not under measure {m!r}."),
                    it=it['id'], m=m['id']))
            seen.add(it["id"])
            items.append(ItemTemplate(str(it["id"]), str(it["text"]), CostClass(it["cost"])))
        measures.append(MeasureTemplate(str(m["id"]), str(m["title"]),
                                        tuple(m.get("indicators", ())), tuple(items)))
    rational = tuple((r["id"], r["text"], r["unit"]) for r in data.get("rational_use_indicators", ()))
    return translate(ChecklistTemplate(int(data.get("template_version", 1)), tuple(measures),
                                       rational), language)


class _MergedItem(Protocol):
    """What the merge sets on an item: a stored ChecklistItem or the plan view's copy."""
    measure_id: str
    text: str
    default_cost: CostClass
    position: int
    retired: bool


_Item = TypeVar("_Item", bound=_MergedItem)


def merge_items(template: ChecklistTemplate, builtin: dict[str, _Item],
                new_item: Callable[[str], _Item],
                on_measure: Callable[[MeasureTemplate, int], None] = lambda _m, _p: None,
                ) -> tuple[list[str], list[str]]:
    """Apply the template to the built-in items (in place; new ones made by `new_item` and
    added to `builtin`): measure, text, cost and position from the template, dropped items
    retired. The one rule for storing the template (checklist.merge_template) and for
    showing it unstored (plan_view); returns the ids added and newly retired."""
    added, seen = [], set()
    for pos, mt in enumerate(template.measures):
        on_measure(mt, pos)
        for ipos, it in enumerate(mt.items):
            seen.add(it.id)
            item = builtin.get(it.id)
            if item is None:
                item = builtin[it.id] = new_item(it.id)
                added.append(it.id)
            item.measure_id, item.text, item.default_cost = mt.id, it.text, it.cost
            item.position, item.retired = ipos, False
    retired = sorted(i for i, item in builtin.items() if i not in seen and not item.retired)
    for item_id in retired:
        builtin[item_id].retired = True
    return added, retired
