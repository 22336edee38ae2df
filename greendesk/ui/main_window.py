"""The main window: a sidebar of working sections, the File menu, and the open database."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QLocale, QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from greendesk import __version__
from greendesk.errors import DomainError
from greendesk.paths import demo_db_path
from greendesk.services.first_steps import is_new
from greendesk.store.db import Database, DatabaseOpenError, open_database
from greendesk.ui import file_dialogs
from greendesk.ui import settings as app_settings
from greendesk.ui.bus import Bus
from greendesk.ui.forms import MessageBar
from greendesk.ui.icons import icon
from greendesk.ui.kit.text import ElidedLabel
from greendesk.ui.refusals import shown
from greendesk.ui.section import Section
from greendesk.ui.sections import SECTIONS
from greendesk.ui.undo import EditActions, UndoHistory

if TYPE_CHECKING:
    from greendesk.ui.ledger_view import LedgerView
    from greendesk.ui.materials_view import MaterialsView
    from greendesk.ui.structure_view import StructureView

STYLE = """
QListWidget#sidebar { background:#f3f6f4; border:none; border-right:1px solid #d9e2dc;
    padding-top:8px; font-size:10.5pt; outline:0; }
QListWidget#sidebar::item { padding:8px 10px; margin:1px 6px; border-radius:5px; color:#24352d; }
QListWidget#sidebar::item:selected { background:#d6ebe0; color:#123526; }
QLabel#sectionTitle { font-size:14pt; font-weight:600; color:#1f3a2e; padding:2px 0 4px 0; }
QLabel#panelTitle { font-size:11pt; font-weight:600; color:#1f3a2e; }
QLabel#preview { color:#2f6b57; font-weight:600; }
QLabel#ledgerFooter { color:#33453c; padding:4px 2px; }
QFrame#entryPanel { background:#f7faf8; border:1px solid #dde6e0; border-radius:6px; }
QToolBar { border:none; spacing:4px; }
"""
SIDEBAR_WIDTH = (190, 260)  # a longer title wraps onto a second line ("Техногенные …")
ITEM_BOX = 32  # the sidebar item's margin (2 × 6) and padding (2 × 10) in STYLE


class _WrappingItems(QStyledItemDelegate):
    """Measures a sidebar title wrapped to the sidebar's width, so a long one takes two
    lines instead of widening the window."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        view: QListWidget = self.parent()  # type: ignore[assignment]
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        opt.rect.setWidth(view.viewport().width() - ITEM_BOX)
        return view.style().sizeFromContents(QStyle.ContentsType.CT_ItemViewItem, opt,
                                             QSize(), view)


class MainWindow(QMainWindow):
    """Composes the sections; owns the open database and the change bus.

    `about_to_open(Path)` is emitted before a database is opened, `open_failed(Path)` when
    it could not be (the banner says why): the backup actions listen to both."""

    about_to_open = Signal(object)
    open_failed = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.bus = Bus(self)
        self.undo_stack = UndoHistory(self)  # one for the window: Undo names its step
        self.db: Database | None = None
        self.setWindowTitle("GreenDesk")
        self.setWindowIcon(icon("app"))
        self.setStyleSheet(STYLE)

        self.sidebar = QListWidget(self)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget(self)
        self.banner = MessageBar(self)
        # Sections are made when first asked for (and their modules imported then), so
        # start-up pays only for the one the officer sees first.
        self._factories: dict[str, Callable[[], Section]] = {}
        self.sections: dict[str, Section] = {}
        for key, title, icon_name, module, cls in SECTIONS:
            self._add_section(key, QCoreApplication.translate("sections", title), icon_name,
                              self._factory(module, cls))
        self.sidebar.currentRowChanged.connect(self._show_section)
        # Wide enough for the longest title in the UI's language, up to a limit past which
        # titles wrap (Russian and Kazakh run long; a laptop's window has little to spare).
        self.sidebar.ensurePolished()
        low, high = SIDEBAR_WIDTH
        self.sidebar.setFixedWidth(min(high, max(low, self.sidebar.sizeHintForColumn(0) + 36)))
        self.sidebar.setWordWrap(True)
        self.sidebar.setItemDelegate(_WrappingItems(self.sidebar))

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.banner)
        right_layout.addWidget(self.stack, 1)
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(right, 1)
        self.setCentralWidget(central)

        self.db_label = ElidedLabel(parent=self, mode=Qt.TextElideMode.ElideMiddle)
        self.statusBar().addPermanentWidget(self.db_label)
        self._build_menus()
        from greendesk.ui.backup_actions import install_backup_actions

        install_backup_actions(self)  # File ▸ Back up now / Restore, the damaged-file offer
        self._restore_choices()

    # -- composition --------------------------------------------------------------------
    def _add_section(self, key: str, title: str, icon_name: str,
                     factory: Callable[[], Section]) -> None:
        item = QListWidgetItem(icon(icon_name), title)
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.sidebar.addItem(item)

        self._factories[key] = factory
        self.stack.addWidget(QWidget(self))  # replaced by the section when first shown

    def section(self, key: str) -> Section:
        """The section, made, given the open database and built on first use."""
        widget = self.sections.get(key)
        if widget is None:
            widget = self._factories[key]()
            widget.set_database(self.db)  # before it can be shown (and built)
            index = list(self._factories).index(key)
            placeholder = self.stack.widget(index)
            current = self.stack.currentIndex()
            self.stack.insertWidget(index, widget)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self.stack.setCurrentIndex(current)
            self.sections[key] = widget
        widget.ensure_built()  # whoever asks is about to use it
        return widget

    def _factory(self, module: str, cls: str) -> Callable[[], Section]:
        def make() -> Section:
            import importlib

            return getattr(importlib.import_module(module), cls)(self.bus, self.undo_stack, self)
        return make

    @property
    def structure_view(self) -> StructureView:
        return self.section("structure")  # type: ignore[return-value]

    @property
    def ledger_view(self) -> LedgerView:
        return self.section("ledger")  # type: ignore[return-value]

    @property
    def materials_view(self) -> MaterialsView:
        return self.section("materials")  # type: ignore[return-value]

    def _show_section(self, row: int) -> None:
        if row < 0:
            return
        key = self.sidebar.item(row).data(Qt.ItemDataRole.UserRole)
        self.section(key)
        self.stack.setCurrentIndex(row)
        app_settings.settings().setValue("last_section", key)

    def show_section(self, key: str) -> None:
        keys = list(self._factories)
        if key in keys:
            self.sidebar.setCurrentRow(keys.index(key))

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.act_new = self._menu_action(file_menu, self.tr("&New database…"),
                                         self.new_database, QKeySequence.StandardKey.New)
        self.act_open = self._menu_action(file_menu, self.tr("&Open…"), self.open_dialog,
                                          QKeySequence.StandardKey.Open)
        self.act_connect = self._menu_action(file_menu, self.tr("Connect to &server…"),
                                             self.connect_dialog)
        self.recent_menu = QMenu(self.tr("Open &recent"), self)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addMenu(self.recent_menu)
        self._menu_action(file_menu, self.tr("Open &demo plant"), self.open_demo)
        file_menu.addSeparator()
        self.act_import_flows = self._menu_action(
            file_menu, self.tr("&Import flow records…"),
            lambda: (self.show_section("ledger"), self.ledger_view.import_file()))
        self._menu_action(file_menu, self.tr("Save flow import &template…"),
                          lambda: self.ledger_view.save_template())
        self.act_import_plant = self._menu_action(
            file_menu, self.tr("Import &plant set-up…"), self.import_plant_setup)
        self._menu_action(file_menu, self.tr("Save plant set-up templa&te…"),
                          self.save_plant_template)
        file_menu.addSeparator()
        self._menu_action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.setToolTipsVisible(True)  # a disabled Undo's tip says why
        self.edit_actions = EditActions(self.undo_stack, self)
        self.act_undo, self.act_redo = self.edit_actions.undo, self.edit_actions.redo
        self.act_undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.act_redo.setShortcuts([QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_Z),
                                    QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Y)])
        edit_menu.addAction(self.act_undo)
        edit_menu.addAction(self.act_redo)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._menu_action(help_menu, self.tr("&About GreenDesk"), self.show_about)

    def _menu_action(self, menu: QMenu, text: str, slot, shortcut=None) -> QAction:  # type: ignore[no-untyped-def]
        act = QAction(text, self)
        if shortcut is not None:
            act.setShortcut(shortcut)
        act.triggered.connect(slot)
        menu.addAction(act)
        return act

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = app_settings.recent_databases()
        if not recent:
            act = self.recent_menu.addAction(self.tr("(no recent databases)"))
            act.setEnabled(False)
        for path in recent:
            act = self.recent_menu.addAction(path)
            act.triggered.connect(lambda _=False, p=path: self.open_path(Path(p)))

    # -- databases ----------------------------------------------------------------------
    def open_path(self, path: Path, *, create: bool = False) -> bool:
        """Open a database; on refusal keep the current one and say why in the banner."""
        self.about_to_open.emit(path)
        try:
            db = open_database(path, create=create)
        except DatabaseOpenError as exc:
            self.banner.show_message(shown(exc), "error")
            self.open_failed.emit(path)
            return False
        except OSError as exc:
            self.banner.show_message(
                self.tr("%1 cannot be opened: %2").replace("%1", path.name).replace(
                    "%2", exc.strerror or str(exc)), "error")
            self.open_failed.emit(path)
            return False
        self.set_database(db)
        return True

    def connect_dialog(self) -> None:
        """Ask for a server database's URL and open it (an empty one gets the schema)."""
        from greendesk.ui.server_dialog import ServerDialog

        dlg = ServerDialog(self, (self.db.server or "") if self.db is not None else "")
        if dlg.exec() == ServerDialog.DialogCode.Accepted:
            self.open_server(dlg.value())

    def open_server(self, url: str) -> bool:
        """Open a server database; on refusal keep the current one and say why."""
        try:
            db = open_database(url)
        except (DatabaseOpenError, DomainError) as exc:
            self.banner.show_message(shown(exc), "error")
            return False
        self.set_database(db)
        return True

    def _wait_for_background(self) -> None:
        ledger = self.sections.get("ledger")
        if ledger is not None:
            ledger.wait_for_background()  # type: ignore[attr-defined]

    def set_database(self, db: Database) -> None:
        self._wait_for_background()
        if self.db is not None:
            self.db.close()
        self.db = db
        if not db.is_server:  # recent files are files
            app_settings.remember_database(db.path)
        self.setWindowTitle(f"{db.path.name} — GreenDesk")
        text = self.tr("Database: %s") % (db.server or str(db.path))
        if db.read_only:
            text += self.tr(" (read-only)")
        self.db_label.setText(text)
        self.banner.hide()
        self.undo_stack.clear()  # commands belong to the database they were made on
        if db.read_only:
            self.banner.show_message(self.tr(
                "This database is read-only: you can look, but changes cannot be saved."),
                "error")
        elif db.upgraded_from:
            self.banner.show_message(self.tr(
                "The database was upgraded to this version's format; the previous file "
                "was kept as %s.") % (db.backup_made.name if db.backup_made else "?"), "info")
        for widget in self.sections.values():
            widget.set_database(db)
        self.bus.database_opened.emit(db)
        if is_new(db):  # nothing to show anywhere yet: say how to begin
            self.show_section("start")

    def new_database(self) -> None:
        path, _ = file_dialogs.save_file(
            self, self.tr("New GreenDesk database"), str(Path.home() / "plant.sqlite"),
            self.tr("GreenDesk databases (*.sqlite *.db)"))
        if path:
            target = Path(path)
            if target.exists():
                self.banner.show_message(self.tr(
                    "%s already exists; choose Open to work with it.") % target.name, "error")
                return
            self.open_path(target, create=True)

    def open_dialog(self) -> None:
        path = file_dialogs.open_file(
            self, self.tr("Open GreenDesk database"), str(Path.home()),
            self.tr("GreenDesk databases (*.sqlite *.db);;All files (*)"))
        if path:
            self.open_path(Path(path))

    def open_demo(self) -> None:
        path = demo_db_path()
        if not path.exists():
            from greendesk.demo.plant import write_demo

            self.statusBar().showMessage(self.tr("Writing the demo plant…"))
            write_demo(path, language=QLocale().name())  # in the window's language
            self.statusBar().clearMessage()
        self.open_path(path)

    def import_plant_setup(self) -> None:
        """Choose a filled set-up workbook and import it (the start page offers it too)."""
        self.show_section("structure")
        self.structure_view.import_plant()

    def save_plant_template(self) -> None:
        """Write the set-up workbook to fill in."""
        self.show_section("structure")
        self.structure_view.save_plant_template()

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About GreenDesk"), self.tr(
            "<b>GreenDesk %s</b><br>The environmental officer's desk for mining and "
            "metallurgical plants.") % __version__)

    # -- persistence --------------------------------------------------------------------
    def _restore_choices(self) -> None:
        s = app_settings.settings()
        geometry = s.value("window_geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1100, 720)
        self.show_section(str(s.value("last_section", "structure")))
        if self.sidebar.currentRow() < 0:
            self.sidebar.setCurrentRow(0)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        app_settings.settings().setValue("window_geometry", self.saveGeometry())
        self._wait_for_background()
        if self.db is not None:
            self.db.close()
            self.db = None
        super().closeEvent(event)
