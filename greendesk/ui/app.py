"""Composition root: the QApplication, translations, the window and the first database."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from greendesk import __version__
from greendesk.paths import default_db_path, demo_db_path, package_dir
from greendesk.ui import settings as app_settings


def install_translators(app: QApplication, locale: QLocale | None = None,
                        qt_dir: str | None = None) -> list[QTranslator]:
    """Load GreenDesk's and Qt's own translations for the locale (ru, kk, ...) if present.

    Qt's own texts (dialog buttons, file dialogs, context menus) come from the qtbase
    catalogue PySide6 bundles (qt_dir, by default Qt's TranslationsPath). PySide6 ships
    qtbase_kk; where a Qt has none, Kazakh falls back to Russian, which Kazakh officers read,
    rather than to English.
    """
    locale = locale or QLocale()
    loaded = []
    ours = QTranslator(app)
    if ours.load(locale, "greendesk", "_", str(package_dir("resources") / "i18n")):
        app.installTranslator(ours)
        loaded.append(ours)
    qt_dir = qt_dir or QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", qt_dir) or (
            locale.language() == QLocale.Language.Kazakh
            and qt.load(QLocale(QLocale.Language.Russian), "qtbase", "_", qt_dir)):
        app.installTranslator(qt)
        loaded.append(qt)
    return loaded


def ui_locale(language: str | None = None) -> QLocale:
    """The UI language: --lang, else GREENDESK_LANG, else the system's (ru, kk, en ...)."""
    code = language or os.environ.get("GREENDESK_LANG")
    return QLocale(code) if code else QLocale()


def make_app(argv: list[str] | None = None, language: str | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setOrganizationName(app_settings.ORGANIZATION)
    app.setApplicationName(app_settings.APPLICATION)
    app.setApplicationVersion(__version__)
    locale = ui_locale(language)
    QLocale.setDefault(locale)  # numbers and dates follow the UI language too
    install_translators(app, locale)  # type: ignore[arg-type]
    return app  # type: ignore[return-value]


def choose_start_database(db_path: Path | None, demo: bool) -> tuple[Path, bool]:
    """Which file to open first, and whether it may be created.

    --db wins; --demo opens the demo plant; otherwise the last database the officer used,
    or the default one in the data folder, created on first run.
    """
    if db_path is not None:
        return db_path, True
    if demo:
        return demo_db_path(), True
    last = app_settings.last_database()
    if last is not None and last.exists():
        return last, False
    return default_db_path(), True


def start(db_path: Path | None = None, demo: bool = False,  # type: ignore[no-untyped-def]
          language: str | None = None):
    """Create the application and show the main window on the first database."""
    app = make_app(language=language)
    from greendesk.ui.main_window import MainWindow

    window = MainWindow()
    path, create = choose_start_database(db_path, demo)
    if demo and not path.exists():
        from greendesk.demo.plant import write_demo

        write_demo(path, language=QLocale().name())  # the window's language (make_app)
    window.open_path(path, create=create)
    window.show()
    return app, window


def run(db_path: Path | None = None, demo: bool = False, language: str | None = None) -> int:
    app, window = start(db_path, demo, language)
    quit_after = os.environ.get("GREENDESK_QUIT_AFTER_MS")
    if quit_after:
        QTimer.singleShot(int(quit_after), lambda: _report_and_quit(app, window))
    return app.exec()


def _report_and_quit(app: QApplication, window) -> None:  # type: ignore[no-untyped-def]
    """GREENDESK_QUIT_AFTER_MS=N: after N ms, print what the window shows (title, menus) and
    quit. How a smoke test or the start-up benchmark runs the real program from outside,
    e.g. the frozen bundle, which has no Python to run a test script with."""
    menus = " ".join(action.text().replace("&", "") for action in window.menuBar().actions())
    print(f"shown: {window.windowTitle()} | {menus}", flush=True)
    app.quit()
