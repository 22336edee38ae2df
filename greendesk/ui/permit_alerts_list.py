"""The permit conditions at risk as the Calendar and the start page list them: each a link
that opens its place (the site's permits in the plant structure, or the waste register's
contractors)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from greendesk.services.permit_alerts import CONTRACTORS_PLACE, PermitAlert
from greendesk.ui.kit.panels import heading
from greendesk.ui.refusals import shown


def open_place(owner: QWidget, alert: PermitAlert) -> None:
    """Show the section that settles `alert`, at the site's permits or the contractors."""
    window = owner.window()
    show, section = getattr(window, "show_section", None), getattr(window, "section", None)
    if show is None or section is None:
        return
    if alert.place == CONTRACTORS_PLACE:
        show("waste")
        view = section("waste")
        tabs = getattr(view, "tabs", None)
        table = getattr(view, "contractors_table", None)
        if tabs is not None and table is not None:
            tabs.setCurrentIndex(max(0, tabs.indexOf(table)))
        return
    show("structure")
    if alert.site_id is not None:
        section("structure").select_ref(("site", alert.site_id))  # type: ignore[attr-defined]


class PermitAlertsList(QWidget):
    """A heading and the alerts, red when urgent, each a link to its place."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(self.tr("Permit conditions at risk"), self))
        self.list = QLabel(self)
        self.list.setObjectName("permit_alerts")
        self.list.setWordWrap(True)
        self.list.setTextFormat(Qt.TextFormat.RichText)
        self.list.linkActivated.connect(self._open)
        layout.addWidget(self.list)
        self.alerts: list[PermitAlert] = []

    def show_alerts(self, alerts: Sequence[PermitAlert]) -> None:
        """Fill the list; hidden when nothing is at risk."""
        self.alerts = list(alerts)
        lines = []
        for n, a in enumerate(self.alerts):
            text = _esc(shown(a.message))
            if a.on_course:
                text += " — " + _esc(self.tr("on course to exceed the year's limit"))
            link = self.tr("Open the contractors") if a.place == CONTRACTORS_PLACE \
                else self.tr("Open the permits")
            colour = "#a12626" if a.urgent else "#8a5a00"
            lines.append(f"<span style='color:{colour}'>{text}</span> "
                         f"<a href='alert:{n}'>{_esc(link)}</a>")
        self.list.setText("<br>".join(lines))
        self.setVisible(bool(lines))

    def _open(self, link: str) -> None:
        n = int(link.partition(":")[2]) if link.startswith("alert:") else -1
        if 0 <= n < len(self.alerts):
            open_place(self, self.alerts[n])


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
