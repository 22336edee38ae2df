"""No visible string bypasses translation.

Under a pseudo-locale that marks every translated text ⟦…⟧, the main window is opened on the
demo plant; every section is shown, every menu and toolbar read, and every form a section's
actions open without a modal loop is opened; what any visible widget shows must be marked or
be data (see tests/pseudo_locale.py for the rules).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from greendesk.units import _KIND_OF
from tests.pseudo_locale import Allowed, Marker, Seen, action_texts, crawl, data_texts, unmarked

# Actions triggered: the ones a section names act_*, except those that delete (later
# sections would show less) or start something slow; the crawl reads every action's text.
SKIP = re.compile(r"act_(delete|verify|restore|backup)")
UNITS = [*_KIND_OF, "%", "B", "MB", "GJ/t", "t/m³", "g/t", "m", "°C", "mg/L", "mg/m³", "ppm", "ppb"]


@pytest.fixture
def marked(qapp: QApplication) -> Iterator[None]:
    marker = Marker(qapp)
    qapp.installTranslator(marker)
    yield
    qapp.removeTranslator(marker)


@pytest.fixture
def no_modal_loops(monkeypatch: pytest.MonkeyPatch) -> list[Seen]:
    """File dialogs and message boxes answer "cancel" at once; their texts are kept."""
    asked: list[Seen] = []

    def file_dialog(dialog) -> tuple[list[str], str]:  # type: ignore[no-untyped-def]
        asked.append(Seen("file dialog", dialog.windowTitle()))
        asked.extend(Seen("file dialog filter", f) for f in dialog.nameFilters())
        dialog.deleteLater()
        return [], ""

    from greendesk.ui import file_dialogs

    monkeypatch.setattr(file_dialogs, "_run", file_dialog)

    def box(_parent, title: str, text: str, *_a, **_k):  # type: ignore[no-untyped-def]
        asked.extend([Seen("message box", title), Seen("message box", text)])
        return QMessageBox.StandardButton.Cancel

    for name in ("question", "warning", "information", "critical", "about"):
        monkeypatch.setattr(QMessageBox, name, box)
    monkeypatch.setattr(QDialog, "exec", lambda self: asked.extend(crawl(self)) or 0)
    return asked


def _select_first_rows(section: QWidget) -> None:
    for view in section.findChildren(QAbstractItemView):
        model = view.model()
        if view.isVisibleTo(section) and model is not None and model.rowCount() \
                and not view.selectionModel().hasSelection():
            view.setCurrentIndex(model.index(0, 0))


def _open_dialogs() -> list[QDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]


# Forms a section opens from a button rather than an action: section key -> methods (a
# dotted name reaches a panel's).
OPENERS = {
    "balances": ["open_stock_taking", "open_month_close", "open_relations"],
    "waste": ["edit_contractor", "record"],
    "formations": ["monitoring.add_point", "monitoring.edit_point", "monitoring.set_limit",
                   "monitoring.add_reading"],
    "audit": ["edit_officer", "close_period", "reopen_selected", "anchors.enter_head",
              "anchors.choose_workbook"],
}


def _opener(section: QWidget, dotted: str):  # type: ignore[no-untyped-def]
    target: object = section
    for part in dotted.split("."):
        target = getattr(target, part)
    return target


def _every_tab(qtbot, root: QWidget) -> list[Seen]:  # type: ignore[no-untyped-def]
    """Show each tab of each tab widget in turn (charts are built when first seen)."""
    seen: list[Seen] = []
    for tabs in root.findChildren(QTabWidget):
        for i in range(tabs.count()):
            if tabs.isVisibleTo(root):
                tabs.setCurrentIndex(i)
                qtbot.wait(5)
                seen += crawl(root)
    return seen


def _crawl_new_dialogs(qtbot, before: set[int]) -> list[Seen]:  # type: ignore[no-untyped-def]
    qtbot.wait(5)
    seen: list[Seen] = []
    for dialog in _open_dialogs():
        if id(dialog) not in before:
            seen += crawl(dialog)
            dialog.reject()
    return seen


def _named_actions(section: QWidget) -> list[QAction]:
    """The act_* actions of the section and of its panels, in the order they were made."""
    owners = [section, *section.findChildren(QWidget)]
    named = {id(v): v for o in owners for k, v in vars(o).items()
             if isinstance(v, QAction) and k.startswith("act_") and not SKIP.match(k)}
    return list(named.values())


def _run_actions(qtbot, section: QWidget) -> list[Seen]:  # type: ignore[no-untyped-def]
    """Trigger the section's actions one at a time and crawl what each opens."""
    seen: list[Seen] = []
    for action in _named_actions(section):
        if not action.isEnabled():
            continue
        _select_first_rows(section)
        before = set(map(id, _open_dialogs()))
        action.trigger()
        seen += _crawl_new_dialogs(qtbot, before)
        seen += crawl(section)  # what the action said in the section (a refusal, a result)
    return seen


def _run_openers(qtbot, key: str, section: QWidget) -> list[Seen]:  # type: ignore[no-untyped-def]
    from greendesk.services.waste_movements import MovementKind

    seen: list[Seen] = []
    for dotted in OPENERS.get(key, []):
        _select_first_rows(section)
        before = set(map(id, _open_dialogs()))
        opener = _opener(section, dotted)
        for args in ([(kind,) for kind in MovementKind] if dotted == "record" else [()]):
            opener(*args)
            seen += _crawl_new_dialogs(qtbot, before)
            seen += crawl(section)
    return seen


def test_every_visible_text_is_translated(qtbot, marked, no_modal_loops,  # type: ignore[no-untyped-def]
                                          demo_path: Path, tmp_path: Path) -> None:
    from greendesk.ui.main_window import MainWindow
    from greendesk.ui.sections import SECTIONS

    win = MainWindow()
    qtbot.addWidget(win)
    assert win.open_path(demo_path)
    win.show()
    qtbot.waitExposed(win)
    seen = crawl(win)
    for action in win.menuBar().actions():
        seen += [Seen("menu", t) for t in action_texts(action) if t]
        menu = action.menu()
        if menu is not None:
            menu.aboutToShow.emit()  # fills menus made when opened (Open recent)
            seen += [Seen("menu", t) for a in menu.actions() for t in action_texts(a) if t]
    for key, *_rest in SECTIONS:
        win.show_section(key)
        section = win.section(key)
        qtbot.wait(5)
        seen += crawl(win)
        seen += _every_tab(qtbot, section)
        seen += _run_actions(qtbot, section)
        seen += _run_openers(qtbot, key, section)
        seen += [Seen(f"action in {type(section).__name__}", t)
                 for a in section.findChildren(QAction) for t in action_texts(a) if t]
    seen += no_modal_loops
    allowed = Allowed(data_texts(demo_path), UNITS, [str(demo_path), str(tmp_path)])
    bypasses = unmarked(seen, allowed)
    assert not bypasses, f"{len(bypasses)} texts bypass translation:\n" + "\n".join(
        f"  {s.where}: {s.text!r} (left: {allowed.residue(s.text)!r})" for s in bypasses)
