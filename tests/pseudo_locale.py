"""A pseudo-locale and a crawl of the window's visible text, for the test that no visible
string bypasses translation.

`Marker` is a translator that returns every source text wrapped in ⟦…⟧ (placeholders and
accelerators inside stay as they were, so the code that fills them still works). With it
installed, every text that reached the screen through tr()/QCoreApplication.translate is
marked; `crawl` collects what the widgets show and `unmarked` keeps what is neither marked
nor data (names from the database, numbers, dates, units, codes, file names).
"""

from __future__ import annotations

import enum
import importlib
import inspect
import pkgutil
import re
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, Qt, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
    QGraphicsView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QToolBar,
    QWidget,
)

OPEN, CLOSE = "⟦", "⟧"
KEEP = {"QT_LAYOUT_DIRECTION"}  # Qt reads this one as a setting ("LTR"), not a text


def _catalogued() -> frozenset[tuple[str, str]]:
    """(context, source) of every message the Russian catalogue holds: what lupdate found."""
    import xml.etree.ElementTree as ET

    ts = Path(__file__).resolve().parents[1] / "resources" / "i18n" / "greendesk_ru.ts"
    root = ET.parse(ts).getroot()
    return frozenset((ctx.findtext("name") or "", m.findtext("source") or "")
                     for ctx in root.iter("context") for m in ctx.iter("message"))


class Marker(QTranslator):
    """Translates a source text to ⟦text⟧ when the catalogues hold it (so a text passed to
    tr() as a variable, which lupdate never extracts, stays unmarked and is caught); Qt's own
    texts (its classes' contexts, translated by the qtbase catalogue) are marked too."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.known = _catalogued()

    def translate(self, context: str, source: str, disambiguation: str | None = None,  # type: ignore[override]
                  n: int = -1) -> str:
        if not source or source in KEEP:
            return source
        if (context, source) not in self.known and not context.startswith("Q"):
            return source
        return f"{OPEN}{source}{CLOSE}"

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


@dataclass(frozen=True)
class Seen:
    where: str  # what showed it: "QLabel#name in StructureView"
    text: str


# ---------------------------------------------------------------- what counts as data
_TAGS = re.compile(r"<[^>]*>|&[a-z]+;|&#[0-9]+;")
_CODE = re.compile(r"(?<![\w⟦])[A-Za-zА-Яа-яЁё]*[0-9][\w.\-/]*|\b[A-Z]{1,5}\b")
_WORD = re.compile(r"[A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]{2,}")
PROPER = ("GreenDesk", "sha256", "SHA-256")  # the product's name and the hash it names
# A language is offered under its own name, in every window: "Русский", not "Russian".
NATIVE = ("English", "Русский", "Қазақша")


# The audit trail's own columns that are the program's words, not data (its kinds of record).
NOT_DATA = {("audit_entry", "entity"), ("audit_entry", "action"), ("audit_entry", "before"),
            ("audit_entry", "after")}


def data_texts(db_path: Path) -> list[str]:
    """Every text stored in the database (names, codes, notes the officer typed), and the
    names of its fields as the audit trail shows them ("merged at"), longest first: what
    the window shows of them is data, not a message to translate."""
    con = sqlite3.connect(db_path)
    try:
        texts: set[str] = set()
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            cols = [r[1] for r in con.execute(f'PRAGMA table_info("{table}")')]
            texts.update(col.replace("_", " ") for col in cols)
            for col in cols:
                if (table, col) in NOT_DATA:
                    continue
                for (value,) in con.execute(f'SELECT DISTINCT "{col}" FROM "{table}"'):
                    if isinstance(value, str) and 2 <= len(value) <= 400:
                        texts.add(value.strip())
    finally:
        con.close()
    texts -= enum_codes()
    return sorted((t for t in texts if t), key=len, reverse=True)


def enum_codes() -> set[str]:
    """The codes the models' enumerations store ("measured", "mine"): shown, they must be
    translated names, so they are not data."""
    import greendesk.models as models

    codes: set[str] = set()
    for info in pkgutil.iter_modules(models.__path__):
        module = importlib.import_module(f"greendesk.models.{info.name}")
        for obj in vars(module).values():
            if inspect.isclass(obj) and issubclass(obj, enum.Enum) \
                    and obj.__module__.startswith("greendesk"):
                codes.update(str(member.value) for member in obj)
    return {c for c in codes if re.fullmatch(r"[a-z_]{2,}", c)}


def strip_marked(text: str) -> str:
    """The text with every ⟦…⟧ (innermost first, so nested ones go too) removed."""
    inner = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}")
    while True:
        text, count = inner.subn(" ", text)
        if not count:
            return text


class Allowed:
    """Decides by rule whether what is left of a text, once its marked parts are gone, is
    data: stored names and codes, numbers, dates, units, file names, the product's name."""

    def __init__(self, data: Iterable[str], units: Iterable[str], paths: Iterable[str]) -> None:
        self.data = [d for d in data if _WORD.search(d)]
        self.units = sorted(units, key=len, reverse=True)
        self.paths = sorted(paths, key=len, reverse=True)

    def residue(self, text: str) -> str:
        rest = _TAGS.sub(" ", strip_marked(text))
        for path in self.paths:
            rest = rest.replace(path, " ")
        rest = re.sub(r"\S+\.(sqlite|db|xlsx|xlsm|csv|txt|json|pdf|zip|png|svg)\b", " ", rest)
        for name in (*PROPER, *NATIVE):
            rest = rest.replace(name, " ")
        for value in self.data:
            if value in rest:
                rest = re.sub(rf"(?<!\w){re.escape(value)}(?!\w)", " ", rest)
        rest = _CODE.sub(" ", rest)
        for unit in self.units:
            rest = re.sub(rf"(?<!\w){re.escape(unit)}(?!\w)", " ", rest)
        return " ".join(_WORD.findall(rest))


# ---------------------------------------------------------------- what the widgets show
def _name(obj: QObject) -> str:
    name = obj.objectName()
    return f"{type(obj).__name__}#{name}" if name else type(obj).__name__


def _owner(widget: QWidget) -> str:
    parent = widget.parentWidget()
    while parent is not None:
        if type(parent).__module__.startswith("greendesk"):
            return type(parent).__name__
        parent = parent.parentWidget()
    return "?"


def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    try:
        return model.columnCount(parent)
    except TypeError:  # a list model's columnCount is private: it has one
        return 1


def _has_children(model: QAbstractItemModel, index: QModelIndex) -> bool:
    try:
        return model.hasChildren(index)
    except TypeError:  # private in list and table models: they have none
        return False


def _headers(view: QAbstractItemView, model: QAbstractItemModel) -> Iterator[str]:
    for orientation, count in ((Qt.Orientation.Horizontal, _columns(model, QModelIndex())),
                               (Qt.Orientation.Vertical, model.rowCount(QModelIndex()))):
        header = getattr(view, "horizontalHeader" if orientation == Qt.Orientation.Horizontal
                         else "verticalHeader", None)
        if header is None or not header().isVisible():
            continue
        for section in range(min(count, 60)):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.headerData(section, orientation, role)
                if isinstance(value, str):
                    yield value


def _cells(model: QAbstractItemModel, parent: QModelIndex, depth: int = 0) -> Iterator[str]:
    """The first rows' texts (and their children's, in a tree)."""
    for row in range(min(model.rowCount(parent), 25)):
        for col in range(_columns(model, parent)):
            index = model.index(row, col, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if isinstance(value, str):
                    yield value
        first = model.index(row, 0, parent)
        if depth < 3 and _has_children(model, first):
            yield from _cells(model, first, depth + 1)


def widget_texts(widget: QWidget) -> Iterator[str]:
    """What one widget shows as text (its own, not its children's)."""
    if widget.isWindow():
        yield widget.windowTitle()
    yield widget.toolTip()
    if isinstance(widget, QLabel | QAbstractButton):
        yield widget.text()
    elif isinstance(widget, QGroupBox):
        yield widget.title()
    elif isinstance(widget, QTabBar):
        for i in range(widget.count()):
            yield widget.tabText(i)
            yield widget.tabToolTip(i)
    elif isinstance(widget, QLineEdit):
        yield widget.placeholderText()
    elif isinstance(widget, QTextEdit | QPlainTextEdit):
        yield widget.placeholderText()
        yield widget.toPlainText()
    elif isinstance(widget, QComboBox):
        for i in range(widget.count()):
            yield widget.itemText(i)
    elif isinstance(widget, QAbstractSpinBox):
        yield widget.specialValueText()
        for attr in ("prefix", "suffix"):
            if hasattr(widget, attr):
                yield getattr(widget, attr)()
    elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView) \
            and widget.model() is not None:
        yield from _headers(widget, widget.model())
        yield from _cells(widget.model(), QModelIndex())
    if isinstance(widget, QGraphicsView) and widget.scene() is not None:
        yield from scene_texts(widget.scene())
    if isinstance(widget, QToolBar | QMenu):
        for action in widget.actions():
            yield from action_texts(action)


def scene_texts(scene: QGraphicsScene) -> Iterator[str]:
    """A chart's or diagram's texts: titles, axis labels, legends, the ticks set by hand."""
    for item in scene.items():
        if not item.isVisible():
            continue
        if isinstance(item, QGraphicsTextItem):
            yield item.toPlainText()
        elif isinstance(item, QGraphicsSimpleTextItem):
            yield item.text()
        for level in getattr(item, "_tickLevels", None) or ():
            yield from (text for _value, text in level)


def action_texts(action: QAction) -> Iterator[str]:
    if action.isSeparator():
        return
    yield action.text()
    yield action.toolTip()
    menu = action.menu()
    if menu is not None:
        for sub in menu.actions():
            yield from action_texts(sub)


def crawl(root: QWidget, *, visible_only: bool = True) -> list[Seen]:
    """Every text `root` and its visible descendants show."""
    seen: list[Seen] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if visible_only and not (widget is root or widget.isVisibleTo(root)):
            continue
        where = f"{_name(widget)} in {_owner(widget)}"
        seen += [Seen(where, t) for t in widget_texts(widget) if t and t.strip()]
    return seen


def unmarked(seen: Iterable[Seen], allowed: Allowed) -> list[Seen]:
    """The texts left with a word that is neither marked nor data."""
    return sorted({s for s in seen if allowed.residue(s.text)}, key=lambda s: (s.where, s.text))
