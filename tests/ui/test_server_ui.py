"""File ▸ Connect to server…: the URL asked for, the server database opened in the window,
its backups left to the server."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from greendesk.ui.server_dialog import ServerDialog


def test_the_dialog_accepts_only_a_server_url(qtbot) -> None:  # type: ignore[no-untyped-def]
    dlg = ServerDialog()
    qtbot.addWidget(dlg)
    ok = dlg.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    qtbot.keyClicks(dlg.url, "C:/plants/plant.sqlite")
    assert not ok.isEnabled()
    dlg.url.clear()
    qtbot.keyClicks(dlg.url, "  postgresql://officer@server:5432/company ")
    assert ok.isEnabled() and dlg.value() == "postgresql://officer@server:5432/company"


def test_connect_to_server_opens_the_company_database(
        window, pg_url: str, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    def typed(dlg: ServerDialog) -> int:
        dlg.url.setText(pg_url)
        return ServerDialog.DialogCode.Accepted

    monkeypatch.setattr(ServerDialog, "exec", typed)
    window.act_connect.trigger()
    assert window.db.server == pg_url
    assert pg_url in window.db_label.text()
    assert not window.backup_actions.act_backup.isEnabled()


def test_an_unreachable_server_keeps_the_open_database(
        window, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    before = window.db

    def typed(dlg: ServerDialog) -> int:
        dlg.url.setText("postgresql://officer@127.0.0.1:1/company")
        return ServerDialog.DialogCode.Accepted

    monkeypatch.setattr(ServerDialog, "exec", typed)
    window.act_connect.trigger()
    assert window.db is before
    assert "cannot be reached" in window.banner._label.text()
