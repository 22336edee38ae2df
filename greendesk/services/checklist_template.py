"""The built-in greening checklist, read from resources/greening_measures.yaml.

The checklist is data, not code: measures, their actions with a stable id and default cost
class, and the indicators that show progress. A newer file (higher template_version) merges
into existing databases by id (services/checklist.merge_template).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from greendesk.errors import Message
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.models.checklist import CostClass
from greendesk.paths import package_dir


@dataclass(frozen=True)
class ItemTemplate:
    id: str
    text: str
    cost: CostClass


@dataclass(frozen=True)
class MeasureTemplate:
    id: str
    title: str
    indicators: tuple[str, ...]
    items: tuple[ItemTemplate, ...]


@dataclass(frozen=True)
class ChecklistTemplate:
    version: int
    measures: tuple[MeasureTemplate, ...]
    rational_use_indicators: tuple[tuple[str, str, str], ...]  # id, text, unit


def template_path() -> Path:
    return package_dir("resources") / "greening_measures.yaml"


def load_template(path: Path | None = None) -> ChecklistTemplate:
    """Parse and check the template; a broken file names the measure or item at fault."""
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
    return ChecklistTemplate(int(data.get("template_version", 1)), tuple(measures), rational)
