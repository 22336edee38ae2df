"""Refresh the translation sources and compile them.

    python resources/i18n/update_translations.py

1. pyside6-lupdate extracts every tr()/translate()/QT_TRANSLATE_NOOP string from
   greendesk/ into greendesk_ru.ts and greendesk_kk.ts (new strings are added, existing
   translations kept).
2. Strings still untranslated get the glossary translations below, where there is one
   (terms from shared/GLOSSARY.md; the Kazakh ones are a first draft for a native speaker
   to check in Qt Linguist).
3. pyside6-lrelease compiles the .qm files the app loads for the system locale.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]

# source text → (Russian, Kazakh)
GLOSSARY: dict[str, tuple[str, str]] = {
    "Plant structure": ("Структура предприятия", "Кәсіпорын құрылымы"),
    "Flow ledger": ("Журнал потоков", "Ағындар журналы"),
    "Materials": ("Материалы", "Материалдар"),
    "Balances": ("Балансы", "Баланстар"),
    "Waste register": ("Реестр отходов", "Қалдықтар тізілімі"),
    "Audit trail": ("Журнал изменений", "Өзгерістер журналы"),
    "&File": ("&Файл", "&Файл"),
    "&Edit": ("&Правка", "&Түзету"),
    "&Help": ("&Справка", "&Анықтама"),
    "&Quit": ("&Выход", "&Шығу"),
    "&Undo": ("&Отменить", "&Болдырмау"),
    "&Redo": ("&Повторить", "&Қайталау"),
    "&New database…": ("&Новая база данных…", "&Жаңа дерекқор…"),
    "&Open…": ("&Открыть…", "&Ашу…"),
    "Open &recent": ("Открыть &недавние", "Соңғы &ашылғандар"),
    "Open &demo plant": ("Открыть &демо-предприятие", "&Демо кәсіпорынды ашу"),
    "&Import flow records…": ("&Импорт записей потоков…", "Ағын жазбаларын &импорттау…"),
    "&About GreenDesk": ("&О программе GreenDesk", "GreenDesk &туралы"),
    "Enterprise": ("Предприятие", "Кәсіпорын"),
    "Enterprise…": ("Предприятие…", "Кәсіпорын…"),
    "Add site": ("Добавить площадку", "Алаң қосу"),
    "Add node": ("Добавить узел", "Түйін қосу"),
    "Edit": ("Изменить", "Өзгерту"),
    "Move to site…": ("Перенести на площадку…", "Алаңға көшіру…"),
    "Delete": ("Удалить", "Жою"),
    "Name": ("Название", "Атауы"),
    "Kind": ("Тип", "Түрі"),
    "Details": ("Подробности", "Толығырақ"),
    "Region": ("Регион", "Өңір"),
    "BIN": ("БИН", "БСН"),
    "Site": ("Площадка", "Алаң"),
    "Node": ("Узел", "Түйін"),
    "Date": ("Дата", "Күні"),
    "From": ("Откуда", "Қайдан"),
    "To": ("Куда", "Қайда"),
    "Material": ("Материал", "Материал"),
    "Quantity": ("Количество", "Саны"),
    "Unit": ("Ед. изм.", "Өлшем бірлігі"),
    "Canonical": ("В базовых единицах", "Негізгі бірлікпен"),
    "Method": ("Метод", "Әдіс"),
    "Uncertainty": ("Неопределённость", "Белгісіздік"),
    "Uncertainty, %": ("Неопределённость, %", "Белгісіздік, %"),
    "Note": ("Примечание", "Ескертпе"),
    "Period": ("Период", "Кезең"),
    "Category": ("Категория", "Санат"),
    "Find": ("Найти", "Іздеу"),
    "Year": ("Год", "Жыл"),
    "Quarter": ("Квартал", "Тоқсан"),
    "Month": ("Месяц", "Ай"),
    "All periods": ("Все периоды", "Барлық кезеңдер"),
    "All sites": ("Все площадки", "Барлық алаңдар"),
    "All nodes": ("Все узлы", "Барлық түйіндер"),
    "All categories": ("Все категории", "Барлық санаттар"),
    "All materials": ("Все материалы", "Барлық материалдар"),
    "All methods": ("Все методы", "Барлық әдістер"),
    "New record": ("Новая запись", "Жаңа жазба"),
    "New flow record": ("Новая запись потока", "Жаңа ағын жазбасы"),
    "Copy": ("Копировать", "Көшіру"),
    "Import…": ("Импорт…", "Импорттау…"),
    "Import template…": ("Шаблон импорта…", "Импорт үлгісі…"),
    "Save (Enter)": ("Сохранить (Enter)", "Сақтау (Enter)"),
    "Cancel": ("Отмена", "Болдырмау"),
    "Add material": ("Добавить материал", "Материал қосу"),
    "Mine or quarry": ("Рудник или карьер", "Кеніш немесе карьер"),
    "Concentrator": ("Обогатительная фабрика", "Байыту фабрикасы"),
    "Smelter or refinery": ("Металлургический завод", "Металлургия зауыты"),
    "Auxiliary": ("Вспомогательное производство", "Қосалқы өндіріс"),
    "Process": ("Процесс", "Процесс"),
    "Stock or storage": ("Запас (склад)", "Қор (қойма)"),
    "Supplier (boundary)": ("Поставщик (граница)", "Жеткізуші (шекара)"),
    "Customer (boundary)": ("Потребитель (граница)", "Тұтынушы (шекара)"),
    "Environment (boundary)": ("Окружающая среда (граница)", "Қоршаған орта (шекара)"),
    "Waste contractor (boundary)": ("Подрядчик по отходам (граница)",
                                    "Қалдықтар жөніндегі мердігер (шекара)"),
    "Accounted loss": ("Учтённые потери", "Есепке алынған шығындар"),
    "Storage": ("Хранение", "Сақтау"),
    "Transport": ("Транспортировка", "Тасымалдау"),
    "Handling": ("Перегрузка", "Тиеу-түсіру"),
    "Process losses": ("Технологические", "Технологиялық"),
    "Measurement": ("Погрешность измерений", "Өлшеу қателігі"),
    "Raw material": ("Сырьё", "Шикізат"),
    "Reagent": ("Реагент", "Реагент"),
    "Intermediate": ("Полупродукт", "Жартылай өнім"),
    "Product": ("Продукция", "Өнім"),
    "By-product": ("Попутная продукция", "Қосалқы өнім"),
    "Energy carrier": ("Энергоноситель", "Энергия тасымалдағыш"),
    "Water": ("Вода", "Су"),
    "Waste": ("Отходы", "Қалдықтар"),
    "Mass": ("Масса", "Масса"),
    "Volume": ("Объём", "Көлем"),
    "Energy": ("Энергия", "Энергия"),
    "Measured": ("Измерено", "Өлшенген"),
    "Calculated": ("Рассчитано", "Есептелген"),
    "Estimated": ("Оценено", "Бағаланған"),
    "Nothing was imported": ("Ничего не импортировано", "Ештеңе импортталмады"),
    "What is wrong": ("Что не так", "Не дұрыс емес"),
    "Sheet": ("Лист", "Парақ"),
    "Row": ("Строка", "Жол"),
    "Column": ("Столбец", "Баған"),
    "Value": ("Значение", "Мәні"),
}


def fill(ts: Path, language: int) -> int:
    tree = ET.parse(ts)
    filled = 0
    for message in tree.getroot().iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if translation is None or source not in GLOSSARY:
            continue
        if translation.text and translation.get("type") != "unfinished":
            continue  # never overwrite a translator's work
        translation.text = GLOSSARY[source][language]
        translation.attrib.pop("type", None)
        filled += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


def main() -> None:
    sources = sorted(str(p) for p in (ROOT / "greendesk").rglob("*.py"))
    targets = [HERE / "greendesk_ru.ts", HERE / "greendesk_kk.ts"]
    subprocess.run(["pyside6-lupdate", *sources, "-ts", *map(str, targets)], check=True)
    for language, ts in enumerate(targets):
        print(f"{ts.name}: {fill(ts, language)} glossary translations added")
        subprocess.run(["pyside6-lrelease", str(ts), "-qm", str(ts.with_suffix(".qm"))],
                       check=True)


if __name__ == "__main__":
    sys.exit(main())
