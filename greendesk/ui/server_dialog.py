"""File ▸ Connect to server…: the address of a company database on a PostgreSQL server.

Only the URL is asked for; opening it (and every refusal) is the store's, as for a file.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from greendesk.paths import is_server_url

EXAMPLE = "postgresql://officer@server:5432/greendesk"


class ServerDialog(QDialog):
    """Asks for `postgresql://user@host:port/dbname`; OK only once the text is such a URL."""

    def __init__(self, parent: QWidget | None = None, url: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connect to server"))
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("The address of the company database on its PostgreSQL server, "
                              "as the server's administrator gave it:"))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.url = QLineEdit(url)
        self.url.setPlaceholderText(EXAMPLE)
        self.url.setMinimumWidth(420)
        layout.addWidget(self.url)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.url.textChanged.connect(self._check)
        self._check()

    def value(self) -> str:
        """The URL as typed, without surrounding spaces."""
        return self.url.text().strip()

    def _check(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(is_server_url(self.value()))
