"""Forms for the plant structure: enterprise, site, node, and moving a node."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from greendesk.models import FacilityCategory, LossReason, NodeKind, SiteKind
from greendesk.services.structure import KAZAKHSTAN_REGIONS, NodeDraft, SiteDraft, SiteRow
from greendesk.ui import labels
from greendesk.ui.forms import FormDialog
from greendesk.ui.kit.combos import combo

translate = QCoreApplication.translate


class EnterpriseDialog(FormDialog):
    def __init__(self, parent: QWidget | None, name: str = "", bin_: str = "") -> None:
        super().__init__(parent, self.tr("Enterprise"))
        self.name_edit = QLineEdit(name)
        self.name_edit.setPlaceholderText(self.tr("e.g. Saryarka Copper JSC"))
        self.bin_edit = QLineEdit(bin_)
        self.bin_edit.setPlaceholderText(self.tr("12 digits"))
        self.bin_edit.setMaxLength(14)
        self.add_field(self.tr("Name"), self.name_edit, "name")
        self.add_field(self.tr("BIN"), self.bin_edit, "bin")


class SiteDialog(FormDialog):
    def __init__(self, parent: QWidget | None, site: SiteRow | None = None) -> None:
        super().__init__(parent, self.tr("Edit site") if site else self.tr("New site"))
        self.name_edit = QLineEdit(site.name if site else "")
        self.region_combo = QComboBox()
        self.region_combo.setEditable(True)
        self.region_combo.addItems([translate("regions", r) for r in KAZAKHSTAN_REGIONS])
        self.region_combo.setCurrentText(site.region if site else
                                         translate("regions", "Karaganda"))
        self.kind_combo = combo([(labels.site_kind(k), k) for k in SiteKind],
                                 site.kind if site else None)
        self.address_edit = QLineEdit(site.address if site else "")
        self.address_edit.setPlaceholderText(self.tr("as the site's permit states it"))
        self.category_combo = combo([(labels.name(c), c) for c in FacilityCategory],
                                    site.category if site else None, blank=self.tr("Not set"))
        self.category_combo.setToolTip(self.tr(
            "The category of the object under Article 12 of the Environmental Code of the "
            "Republic of Kazakhstan, by its negative impact on the environment."))
        self.add_field(self.tr("Name"), self.name_edit, "name")
        self.add_field(self.tr("Region"), self.region_combo, "region")
        self.add_field(self.tr("Kind"), self.kind_combo, "kind")
        self.add_field(self.tr("Address"), self.address_edit, "address")
        self.add_field(self.tr("Facility category"), self.category_combo, "category")

    def draft(self) -> SiteDraft:
        return SiteDraft(self.name_edit.text(), self.region_combo.currentText(),
                         self.kind_combo.currentData(), self.address_edit.text(),
                         self.category_combo.currentData())


class NodeDialog(FormDialog):
    def __init__(self, parent: QWidget | None, sites: list[tuple[int, str]], site_id: int,
                 node: tuple[str, NodeKind, LossReason | None, str] | None = None) -> None:
        super().__init__(parent, self.tr("Edit node") if node else self.tr("New node"))
        name, kind, reason, note = node or ("", NodeKind.PROCESS, None, "")
        self.site_combo = combo([(n, i) for i, n in sites], site_id)
        self.site_combo.setEnabled(node is None)  # moving has its own command
        self.name_edit = QLineEdit(name)
        self.name_edit.setPlaceholderText(self.tr("e.g. Flotation"))
        self.kind_combo = combo([(labels.node_kind(k), k) for k in NodeKind], kind)
        self.reason_combo = combo([(labels.loss_reason(r), r) for r in LossReason], reason)
        self.note_edit = QPlainTextEdit(note)
        self.note_edit.setFixedHeight(60)
        self.add_field(self.tr("Site"), self.site_combo, "site")
        self.add_field(self.tr("Name"), self.name_edit, "name")
        self.add_field(self.tr("Kind"), self.kind_combo, "kind")
        self.add_field(self.tr("Loss reason"), self.reason_combo, "loss_reason")
        self.add_field(self.tr("Note"), self.note_edit, "note")
        self.kind_combo.currentIndexChanged.connect(self._sync_reason)
        self._sync_reason()

    def _sync_reason(self) -> None:
        is_loss = self.kind_combo.currentData() == NodeKind.LOSS
        self.reason_combo.setEnabled(is_loss)
        self.form.setRowVisible(self.reason_combo, is_loss)

    def draft(self) -> NodeDraft:
        kind = self.kind_combo.currentData()
        reason = self.reason_combo.currentData() if kind == NodeKind.LOSS else None
        return NodeDraft(self.site_combo.currentData(), self.name_edit.text(), kind, reason,
                         self.note_edit.toPlainText())


class MoveNodeDialog(FormDialog):
    def __init__(self, parent: QWidget | None, node_name: str,
                 sites: list[tuple[int, str]], current_site: int) -> None:
        super().__init__(parent, self.tr("Move node"))
        self.site_combo = combo([(n, i) for i, n in sites if i != current_site])
        self.add_field(self.tr("Move %s to") % node_name, self.site_combo, "site")

    def target_site(self) -> int:
        return int(self.site_combo.currentData())
