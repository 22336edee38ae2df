"""The form for a site's environmental permit: number, issue, authority, validity, note,
and whether it is a comprehensive permit applying best available techniques."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from greendesk import periods
from greendesk.services.permits import PermitDraft, PermitRow
from greendesk.ui.forms import FactDateEdit, FormDialog
from greendesk.ui.kit.periods import date_edit


def _day(edit) -> date:  # type: ignore[no-untyped-def]
    d = edit.date()
    return date(d.year(), d.month(), d.day())


class PermitDialog(FormDialog):
    """Add a permit to a site, or edit one; the service checks every rule on OK."""

    def __init__(self, parent: QWidget | None, site_id: int, site_name: str,
                 row: PermitRow | None = None) -> None:
        super().__init__(parent, self.tr("Edit permit") if row else self.tr("New permit"))
        self.site_id = site_id
        today = periods.today()
        self.site_label = QLabel(site_name)
        self.number_edit = QLineEdit(row.number if row else "")
        self.number_edit.setPlaceholderText(self.tr("as printed on the permit"))
        self.issued_edit = FactDateEdit(row.issued_on if row else today)
        self.authority_edit = QLineEdit(row.authority if row else "")
        self.authority_edit.setPlaceholderText(self.tr("the body that issued it"))
        self.from_edit = date_edit(row.valid_from if row else today)
        self.until_edit = date_edit(row.valid_until if row and row.valid_until else
                                    date(today.year + 10, 12, 31))
        self.no_end = QCheckBox(self.tr("no end date"))
        self.no_end.setChecked(bool(row and row.valid_until is None))
        self.no_end.toggled.connect(lambda on: self.until_edit.setEnabled(not on))
        self.until_edit.setEnabled(not self.no_end.isChecked())
        until = QWidget()
        row_layout = QHBoxLayout(until)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.until_edit, 1)
        row_layout.addWidget(self.no_end)
        self.note_edit = QLineEdit(row.note if row else "")
        self.bat_check = QCheckBox(self.tr("Comprehensive environmental permit applying best "
                                           "available techniques"))
        self.bat_check.setToolTip(self.tr("The fee prices the site's mass within the norm at "
                                          "the loaded BAT coefficient while this permit is in "
                                          "force."))
        self.bat_check.setChecked(bool(row and row.bat))
        for caption, widget, field in (
                (self.tr("Site"), self.site_label, "site"),
                (self.tr("Permit number"), self.number_edit, "number"),
                (self.tr("Issued on"), self.issued_edit, "issued_on"),
                (self.tr("Issuing authority"), self.authority_edit, "authority"),
                (self.tr("Valid from"), self.from_edit, "valid_from"),
                (self.tr("Valid until"), until, "valid_until"),
                (self.tr("Note"), self.note_edit, "note"),
                (self.tr("Best available techniques"), self.bat_check, "bat")):
            self.add_field(caption, widget, field)

    def draft(self) -> PermitDraft:
        return PermitDraft(self.site_id, self.number_edit.text(), self.issued_edit.day(),
                           self.authority_edit.text(), _day(self.from_edit),
                           None if self.no_end.isChecked() else _day(self.until_edit),
                           self.note_edit.text(), self.bat_check.isChecked())
