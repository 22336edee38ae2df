"""File dialogs that never read the files they list.

Qt's own file dialog asks QMimeDatabase for the type of every file it shows, and for a
name that does not settle the type (`plant.sqlite`, `plant.db`) it opens the file and reads
its first bytes. On Linux and macOS, closing that descriptor drops every POSIX lock this
process holds on the file, SQLite's included: another GreenDesk then deletes the WAL the
window is still writing into, and a crash loses committed records. So every dialog here is
Qt's own, given an icon provider that decides by the name alone. The platform's dialog is
not used there either (GTK's, in-process, sniffs contents the same way). On Windows locks
belong to a handle, so another handle closing cannot drop them: the native dialog stays.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFileInfo, QMimeDatabase
from PySide6.QtGui import QAbstractFileIconProvider, QIcon
from PySide6.QtWidgets import QDialog, QFileDialog, QFileIconProvider, QMessageBox, QWidget

from greendesk.store import sqlite as db_sqlite

SAFE_NATIVE = sys.platform == "win32"  # per-handle locks: probing cannot drop SQLite's


class NameOnlyIconProvider(QFileIconProvider):
    """Icons and type names from the file name only (never its contents)."""

    def __init__(self) -> None:
        super().__init__()
        self.setOptions(QAbstractFileIconProvider.Option.DontUseCustomDirectoryIcons)

    def icon(self, what: object) -> QIcon:  # type: ignore[override]
        if isinstance(what, QFileInfo):
            kind = (QAbstractFileIconProvider.IconType.Folder if what.isDir()
                    else QAbstractFileIconProvider.IconType.File)
            return super().icon(kind)
        return super().icon(what)  # type: ignore[call-overload]

    def type(self, info: QFileInfo) -> str:
        if not info.isFile():
            return super().type(info)  # folders, drives: no file is read
        mime = QMimeDatabase().mimeTypeForFile(info.fileName(),
                                               QMimeDatabase.MatchMode.MatchExtension)
        return mime.comment() or mime.name()


_provider: NameOnlyIconProvider | None = None


def make_dialog(parent: QWidget | None, caption: str, start: str = "",
                filters: str = "") -> QFileDialog:
    """A file dialog that does not read the files it lists (see the module docstring)."""
    global _provider
    dialog = QFileDialog(parent, caption, start, filters)
    if not SAFE_NATIVE:
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        if _provider is None:
            _provider = NameOnlyIconProvider()  # one for the session: the dialogs share it
        dialog.setIconProvider(_provider)
    return dialog


def _run(dialog: QFileDialog) -> tuple[list[str], str]:
    """The files chosen and the filter they were chosen under; nothing if cancelled."""
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return [], ""
        return dialog.selectedFiles(), dialog.selectedNameFilter()
    finally:
        dialog.deleteLater()


def open_file(parent: QWidget | None, caption: str, start: str = "",
              filters: str = "") -> str:
    """The chosen existing file, or "" if the officer cancelled."""
    dialog = make_dialog(parent, caption, start, filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return next(iter(_run(dialog)[0]), "")


def open_files(parent: QWidget | None, caption: str, start: str = "",
               filters: str = "") -> list[str]:
    dialog = make_dialog(parent, caption, start, filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    return _run(dialog)[0]


def save_file(parent: QWidget | None, caption: str, start: str = "",
              filters: str = "") -> tuple[str, str]:
    """The file name to write and the filter chosen, or ("", "") if cancelled. Replacing
    an existing file is confirmed by the dialog, as QFileDialog.getSaveFileName does."""
    dialog = make_dialog(parent, caption, start, filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    files, chosen_filter = _run(dialog)
    if files and db_sqlite.is_held(files[0]):
        # Writing a report or a chart over the open database would replace its file under
        # the window (and its other users): everything saved after would be lost.
        QMessageBox.warning(
            parent, QCoreApplication.translate("FileDialogs", "Choose another file"),
            QCoreApplication.translate(
                "FileDialogs", "%s is a database GreenDesk has open; nothing was written. "
                "Choose another name.") % Path(files[0]).name)
        return "", ""
    return (files[0], chosen_filter) if files else ("", "")


def existing_folder(parent: QWidget | None, caption: str, start: str = "") -> str:
    dialog = make_dialog(parent, caption, start)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    return next(iter(_run(dialog)[0]), "")
