"""The translation scripts: one glossary (glossary.csv), suggestions a translator confirms,
and a JSON of translations written into both catalogues without losing anything."""

from __future__ import annotations

import importlib.util
import json
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"

TS = """<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
<context><name>AuditView</name>
  <message><source>From</source><comment>start of a date range</comment>
    <translation type="unfinished" /></message>
  <message><source>Site</source><translation type="unfinished" /></message>
  <message><source>Node</source><translation>Мой узел</translation></message>
  <message numerus="yes"><source>%n record(s)</source><translation type="unfinished">
    <numerusform /><numerusform /><numerusform /></translation></message>
</context>
</TS>
"""


def load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, I18N / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def translations(path: Path) -> dict[tuple[str, str | None], ET.Element]:
    root = ET.parse(path).getroot()
    return {(m.findtext("source") or "", m.findtext("comment")): m.find("translation")
            for m in root.iter("message")}  # type: ignore[misc]


def test_the_glossary_is_read_from_the_csv_with_its_official_terms() -> None:
    glossary = load("update_translations").load_glossary()
    assert glossary["production and consumption waste"]["ru"] == "отходы производства и потребления"
    assert glossary["HP1 explosive"]["ru"] == "HP1 взрывоопасность"
    assert glossary["Site"] == {"ru": "Площадка", "kk": "Алаң"}


def test_a_glossary_suggestion_stays_unfinished_and_skips_other_senses(tmp_path: Path) -> None:
    tools = load("update_translations")
    ts = tmp_path / "greendesk_ru.ts"
    ts.write_text(TS, encoding="utf-8")
    glossary = {"From": {"ru": "Откуда", "kk": "Қайдан"}, "Site": {"ru": "Площадка", "kk": "Алаң"},
                "Node": {"ru": "Узел", "kk": "Түйін"}}
    assert tools.fill(ts, "ru", glossary) == 1
    found = translations(ts)
    assert found[("From", "start of a date range")].text is None  # another sense: left alone
    assert found[("Site", None)].text == "Площадка"
    assert found[("Site", None)].get("type") == "unfinished"  # a translator confirms it
    assert found[("Node", None)].text == "Мой узел"  # never overwritten


def test_applying_a_json_fills_both_catalogues_with_plural_forms(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    tools = load("apply_translations")
    ru, kk = tmp_path / "greendesk_ru.ts", tmp_path / "greendesk_kk.ts"
    ru.write_text(TS, encoding="utf-8")
    kk.write_text(TS.replace("<numerusform /><numerusform /><numerusform />",
                             "<numerusform /><numerusform />"), encoding="utf-8")
    monkeypatch.setattr(tools, "CATALOGUES", (ru, kk))
    data = {"AuditView\x1fFrom\x1fstart of a date range": ["С", "Бастап"],
            "AuditView\x1f%n record(s)": [["%n запись", "%n записи", "%n записей"],
                                          ["%n жазба", "%n жазба"]],
            "AuditView\x1fNode": ["Узел", "Түйін"],
            "AuditView\x1fTypo": ["?", "?"]}
    (tmp_path / "t.json").write_text(json.dumps(data), encoding="utf-8")
    assert tools.main([str(tmp_path / "t.json")]) == 1  # the typo is reported
    found = translations(ru)
    assert found[("From", "start of a date range")].text == "С"
    assert found[("From", "start of a date range")].get("type") is None
    assert [f.text for f in found[("%n record(s)", None)]] == ["%n запись", "%n записи", "%n записей"]
    assert found[("Node", None)].text == "Мой узел"  # finished work kept without --overwrite
    assert translations(kk)[("From", "start of a date range")].text == "Бастап"
