"""Backups from the window: File ▸ Back up now, File ▸ Restore from backup…, and the offer
of the newest good backup when a database cannot be opened (damaged) or fails its daily
backup check.

Everything here is installed on the main window by one call, `install_backup_actions(window)`,
at the end of MainWindow.__init__; it follows the window's `about_to_open` and `open_failed`
signals rather than wrapping its methods.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QToolButton,
    QWidget,
)

from greendesk import settings as app_settings
from greendesk.errors import DomainError
from greendesk.store import backup
from greendesk.store.db import Database
from greendesk.ui import file_dialogs, formatting
from greendesk.ui.forms import FormDialog, open_form
from greendesk.ui.refusals import shown

if TYPE_CHECKING:
    from greendesk.ui.main_window import MainWindow


def _describe(b: backup.BackupInfo) -> str:
    kinds = {
        "auto": QCoreApplication.translate("BackupActions", "automatic, on opening"),
        "manual": QCoreApplication.translate("BackupActions", "made by hand"),
        "before-restore": QCoreApplication.translate(
            "BackupActions", "the file replaced by a restore"
        ),
        "damaged": QCoreApplication.translate("BackupActions", "a damaged file, kept as it was"),
    }
    kind = kinds.get(b.label) or (
        QCoreApplication.translate("BackupActions", "before the upgrade from %s")
        % b.label.split("-", 2)[2]
        if b.label.startswith("before-upgrade-")
        else b.label
    )
    return f"{formatting.moment(b.made_at)} — {kind} — {formatting.number(b.size / 1e6, decimals=1)} MB"


class RestoreDialog(FormDialog):
    """Pick one of this database's backups (newest first) or another file."""

    def __init__(self, parent: QWidget | None, db_path: Path) -> None:
        super().__init__(parent, QCoreApplication.translate("BackupActions", "Restore from backup"))
        self.setMinimumWidth(560)
        self.db_path = db_path
        self.chosen: Path | None = None
        self.list = QListWidget(self)
        for b in backup.list_backups(db_path):
            item = QListWidgetItem(_describe(b))
            item.setData(Qt.ItemDataRole.UserRole, str(b.path))
            item.setToolTip(str(b.path))
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        other = QPushButton(QCoreApplication.translate("BackupActions", "Other file…"), self)
        other.clicked.connect(self._other_file)
        explain = QLabel(
            QCoreApplication.translate(
                "BackupActions",
                "%s will be backed up first, then replaced by the backup you "
                "choose. Changes made since that backup are lost (they stay in "
                "the file kept aside).",
            )
            % db_path.name
        )
        explain.setWordWrap(True)
        self.form.addRow(explain)
        self.add_field(QCoreApplication.translate("BackupActions", "Backup"), self.list, "backup")
        self.form.addRow("", other)

    def _other_file(self) -> None:
        path = file_dialogs.open_file(
            self,
            QCoreApplication.translate("BackupActions", "Restore from a backup file"),
            str(backup.backup_folder(self.db_path)),
            QCoreApplication.translate(
                "BackupActions", "GreenDesk databases (*.sqlite *.db);;All files (*)"
            ),
        )
        if path:
            item = QListWidgetItem(path)
            item.setData(Qt.ItemDataRole.UserRole, path)
            self.list.insertItem(0, item)
            self.list.setCurrentRow(0)

    def selected(self) -> Path:
        item = self.list.currentItem()
        if item is None:
            raise DomainError(
                QCoreApplication.translate(
                    "BackupActions", "There is no backup of this database yet; choose another file."
                ),
                field="backup",
            )
        return Path(item.data(Qt.ItemDataRole.UserRole))


class RestoreOffer(QFrame):
    """A bar under the banner: 'restore the newest good backup?' with a button."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreOffer")
        self.setStyleSheet(
            "#restoreOffer {background:#fff6e0; border:1px solid #e8cf8f; "
            "border-radius:4px; color:#5a4208;}"
        )
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.button = QPushButton(
            QCoreApplication.translate("BackupActions", "Restore this backup"), self
        )
        close = QToolButton(self)
        close.setText("×")
        close.setAutoRaise(True)
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        layout.addWidget(close)
        self.db_path: Path | None = None
        self.backup: backup.BackupInfo | None = None
        self.hide()


class BackupActions:
    """What install_backup_actions adds to a main window (kept as `window.backup_actions`)."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.dialog: RestoreDialog | None = None
        self.offer = RestoreOffer(window)
        banner = window.banner
        layout = banner.parentWidget().layout() if banner.parentWidget() else None
        if layout is not None:
            layout.insertWidget(layout.indexOf(banner) + 1, self.offer)  # type: ignore[attr-defined]
        self.offer.button.clicked.connect(self.restore_offered)
        self.act_backup = QAction(
            QCoreApplication.translate("BackupActions", "&Back up now"), window
        )
        self.act_backup.triggered.connect(self.back_up_now)
        self.act_restore = QAction(
            QCoreApplication.translate("BackupActions", "&Restore from backup…"), window
        )
        self.act_restore.triggered.connect(self.choose_restore)
        self._add_to_file_menu()
        self._restoring = False  # the restore's own reopening offers nothing
        window.about_to_open.connect(self._about_to_open)
        window.open_failed.connect(self._open_failed)
        window.bus.database_opened.connect(self._on_opened)

    def _add_to_file_menu(self) -> None:
        menus = [a.menu() for a in self.window.menuBar().actions() if a.menu()]
        if not menus:
            return
        file_menu = menus[0]
        actions = file_menu.actions()
        # before the separator that precedes Quit
        before = next((a for a in reversed(actions) if a.isSeparator()), None)
        sep = QAction(self.window)
        sep.setSeparator(True)
        file_menu.insertActions(before, [sep, self.act_backup, self.act_restore])  # type: ignore[arg-type]

    # -- opening ---------------------------------------------------------------------
    def _about_to_open(self, path: Path) -> None:
        if not self._restoring:
            self.offer.hide()

    def _open_failed(self, path: Path) -> None:
        if not self._restoring:
            self._offer_newest(
                Path(path),
                QCoreApplication.translate("BackupActions", "%s could not be opened.")
                % Path(path).name,
            )

    def _on_opened(self, db: Database) -> None:
        self.act_backup.setEnabled(not db.is_server)  # a server's backups are pg_dump's
        self.act_restore.setEnabled(not db.read_only and not db.is_server)
        if db.backup_problem:
            damaged = "damaged" in db.backup_problem
            self.window.banner.show_message(
                QCoreApplication.translate("BackupActions", "The automatic backup failed: %s")
                % db.backup_problem,
                "error",
            )
            if damaged:
                self._offer_newest(
                    db.path,
                    QCoreApplication.translate("BackupActions", "%s may be damaged.")
                    % db.path.name,
                )

    def _offer_newest(self, path: Path, why: str) -> None:
        try:
            good = backup.newest_good_backup(path)
        except OSError:
            good = None
        if good is None:
            return
        self.offer.db_path, self.offer.backup = path, good
        self.offer.label.setText(
            QCoreApplication.translate(
                "BackupActions", "%1 The newest good backup is from %2 (%3)."
            )
            .replace("%1", why)
            .replace("%2", f"{good.made_at:%Y-%m-%d %H:%M}")
            .replace("%3", good.path.name)
        )
        self.offer.show()

    def restore_offered(self) -> None:
        if self.offer.db_path is not None and self.offer.backup is not None:
            self.restore(self.offer.backup.path, self.offer.db_path)

    # -- back up ---------------------------------------------------------------------
    def back_up_now(self) -> None:
        db = self.window.db
        if db is None:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            made = backup.back_up(db.path, "manual")
        except DomainError as exc:
            self.window.banner.show_message(shown(exc), "error")
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.window.banner.show_message(
            QCoreApplication.translate(
                "BackupActions",
                "Backed up to %1 (checked with SQLite's integrity check); the newest %2 "
                "backups are kept.",
            )
            .replace("%1", str(made))
            .replace("%2", str(app_settings.load().backups_keep)),
            "info",
        )

    # -- restore ---------------------------------------------------------------------
    def choose_restore(self) -> None:
        db = self.window.db
        if db is None:
            return
        dlg = RestoreDialog(self.window, db.path)
        path = db.path

        def submit() -> None:
            chosen = dlg.selected()
            backup.check_backup(chosen)  # refuse before closing anything
            if not self.restore(chosen, path):
                raise DomainError(
                    self.window.banner.text()
                    or QCoreApplication.translate("BackupActions", "The restore failed.")
                )

        open_form(self, dlg, submit)

    def restore(self, chosen: Path, path: Path) -> bool:
        """Close the database, restore, reopen; say what happened in the banner."""
        window = self.window
        self._wait(window)
        if window.db is not None:
            window.db.close()
        try:
            result = backup.restore(chosen, path)
        except DomainError as exc:
            self._reopen(path)
            window.banner.show_message(shown(exc), "error")
            return False
        self.offer.hide()
        if not self._reopen(path):
            return False
        kept = (
            QCoreApplication.translate("BackupActions", " The replaced file was kept as %s.")
            % result.kept_as.name
            if result.kept_as
            else ""
        )
        window.banner.show_message(
            QCoreApplication.translate("BackupActions", "Restored %1 from %2.")
            .replace("%1", path.name)
            .replace("%2", chosen.name)
            + kept,
            "info",
        )
        return True

    def _reopen(self, path: Path) -> bool:
        """Open `path` again after a restore, without hiding or making an offer."""
        self._restoring = True
        try:
            return self.window.open_path(path)
        finally:
            self._restoring = False

    @staticmethod
    def _wait(window: Any) -> None:
        for widget in getattr(window, "sections", {}).values():
            wait = getattr(widget, "wait_for_background", None)
            if wait is not None:
                wait()


def install_backup_actions(window: MainWindow) -> BackupActions:
    """Add Back up now / Restore from backup… to the File menu and the restore offer."""
    actions = BackupActions(window)
    window.backup_actions = actions  # type: ignore[attr-defined]
    return actions
