"""A refusal shown in the window goes through Qt's translation, in the officer's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTranslator

from greendesk.errors import DomainError
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.ui.main_window import MainWindow
from greendesk.ui.refusals import shown

BIN = "The BIN {bin} is not valid: its control digit does not match; check for a typo."
BIN_RU = "БИН {bin} недействителен: контрольная цифра не сходится; проверьте, нет ли опечатки."


class _Russian(QTranslator):
    """A catalogue of one refusal, as a compiled greendesk_ru.qm would hold it."""

    def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[no-untyped-def]  # noqa: ARG002
        return BIN_RU if (context, source) == ("Refusal", BIN) else None


def _installed(qtbot):  # type: ignore[no-untyped-def]
    translator = _Russian()
    QCoreApplication.installTranslator(translator)
    return translator


def test_shown_renders_through_the_installed_translator(qtbot) -> None:  # type: ignore[no-untyped-def]
    error = DomainError(QT_TRANSLATE_NOOP("Refusal", BIN), bin="050340000008")
    assert shown(error) == str(error)  # no translator: the English source
    translator = _installed(qtbot)
    try:
        assert shown(error) == BIN_RU.format(bin="050340000008")
        assert str(error).startswith("The BIN 050340000008 is not valid")
        assert shown("typed text {x}") == "typed text {x}"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_a_form_shows_the_refusal_in_the_officer_language(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    translator = _installed(qtbot)
    try:
        view = window.structure_view
        qtbot.mouseClick(view.empty_button, Qt.MouseButton.LeftButton)
        dlg = view.dialog
        qtbot.keyClicks(dlg.name_edit, "Saryarka Copper JSC")
        qtbot.keyClicks(dlg.bin_edit, "050340000008")  # wrong control digit
        qtbot.mouseClick(dlg.buttons.button(dlg.buttons.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)
        assert dlg.isVisible()
        assert dlg.error_label.text() == BIN_RU.format(bin="050340000008")
    finally:
        QCoreApplication.removeTranslator(translator)
