"""The import with a mapping step: which column holds which field, what the file's words
mean, which placeholders stand for "unknown"; saved under a name for the next file.

A field's source is typed or picked in one cell: a heading, several headings separated by
" | " (the first known one is taken), a template with headings in braces, or "= value"
for a constant.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from greendesk.errors import DomainError
from greendesk.importers.flows_import import DuplicateImport, ImportRejected
from greendesk.importers.formation_mapping import (
    ENUMS,
    TARGETS,
    UNKNOWN,
    FieldSpec,
    Mapping,
    enum_word,
    fold,
    guess_mapping,
    list_mappings,
    load_mapping,
    save_mapping,
)
from greendesk.importers.formations_import import (
    FormationImportResult,
    distinct_values,
    import_with_mapping,
    read_file,
)
from greendesk.readers.tabular import Table
from greendesk.store.db import Database
from greendesk.ui import formation_labels as fl
from greendesk.ui import formatting
from greendesk.ui.refusals import shown


def spec_text(spec: FieldSpec | None) -> str:
    if spec is None:
        return ""
    if spec.value is not None:
        return f"= {spec.value}"
    if spec.template is not None:
        return spec.template
    if spec.columns:
        return " | ".join(spec.columns)
    return spec.column or ""


def text_spec(text: str, old: FieldSpec | None, decimal: str | None) -> FieldSpec | None:
    """The spec a source cell describes, keeping the options of the one it replaces."""
    text = text.strip()
    if not text:
        return None
    keep = dict(values=old.values, unknown=old.unknown, scale=old.scale, unit=old.unit) \
        if old else {}
    if text.startswith("="):
        return FieldSpec(value=text[1:].strip(), decimal=decimal, **keep)
    if "{" in text:
        return FieldSpec(template=text, decimal=decimal, **keep)
    if " | " in text:
        return FieldSpec(columns=tuple(t.strip() for t in text.split(" | ")), decimal=decimal,
                         **keep)
    return FieldSpec(column=text, decimal=decimal, **keep)


class FormationImportDialog(QDialog):
    """Map, check and import one file; `imported(result)` on success."""

    imported = Signal(object)

    def __init__(self, parent: QWidget | None, db: Database, path: Path,
                 target: str = "formations") -> None:
        super().__init__(parent)
        self.db, self.path = db, path
        self.setWindowTitle(self.tr("Import %1").replace("%1", path.name))
        self.resize(980, 680)
        self.table: Table = read_file(path)
        self.result: FormationImportResult | None = None
        self.problems: list = []
        self.target = QComboBox(self)
        for key, label in (("formations", self.tr("Formations")),
                           ("assays", self.tr("Samples and assays")),
                           ("readings", self.tr("Monitoring readings"))):
            self.target.addItem(label, key)
        self.target.setCurrentIndex(self.target.findData(target))
        self.mapping_combo = QComboBox(self)
        self.decimal = QComboBox(self)
        for text, value in ((self.tr("as the file suggests"), "auto"),
                            (self.tr("decimal comma"), "comma"),
                            (self.tr("decimal point"), "point")):
            self.decimal.addItem(text, value)
        self.unknown = QLineEdit(self)
        self.unknown.setPlaceholderText(self.tr("e.g. <Nulo> ; S/I ; н/д (besides empty and -)"))
        self.fields = QTableWidget(0, 3, self)
        self.fields.setHorizontalHeaderLabels([self.tr("Field"), self.tr("From the file"),
                                               self.tr("Decimal mark")])
        self.fields.verticalHeader().hide()
        self.fields.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents)
        self.fields.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.fields.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.values = QTableWidget(0, 3, self)
        self.values.setHorizontalHeaderLabels([self.tr("Field"), self.tr("In the file"),
                                               self.tr("Means")])
        self.values.verticalHeader().hide()
        self.values.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.values.horizontalHeader().setStretchLastSection(True)
        self.again = QCheckBox(self.tr("Import even if this file was imported before"), self)
        self.save_as = QLineEdit(self)
        self.save_as.setPlaceholderText(self.tr("name to save the mapping under (optional)"))
        self.error = QLabel(self)
        self.error.setObjectName("formError")
        self.error.setStyleSheet("color:#a12626;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.addButton(self.tr("Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)
        head = QFormLayout()
        head.addRow(self.tr("The file holds"), self.target)
        head.addRow(self.tr("Mapping"), self.mapping_combo)
        head.addRow(self.tr("Numbers use"), self.decimal)
        head.addRow(self.tr("Also unknown"), self.unknown)
        info = QLabel(self.tr(
            "%1: %2 rows. Pick the column of each field, type several as A | B (the first "
            "known is taken), a template as {A}, {B}, or = value for a constant.").replace(
            "%1", path.name).replace("%2", formatting.count(len(self.table.rows))))
        info.setWordWrap(True)
        tables = QHBoxLayout()
        tables.addWidget(self.fields, 3)
        tables.addWidget(self.values, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(info)
        layout.addLayout(head)
        layout.addLayout(tables, 1)
        layout.addWidget(self.save_as)
        layout.addWidget(self.again)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._specs: dict[str, FieldSpec] = {}
        self.target.currentIndexChanged.connect(self._fill_mappings)
        self.mapping_combo.currentIndexChanged.connect(self._load_mapping)
        self._fill_mappings()

    # -- the mapping ---------------------------------------------------------------------
    def _fill_mappings(self) -> None:
        target = self.target.currentData()
        self.mapping_combo.blockSignals(True)
        self.mapping_combo.clear()
        self.mapping_combo.addItem(self.tr("(new: guessed from the headings)"), None)
        for name in list_mappings(target):
            self.mapping_combo.addItem(name, name)
        self.mapping_combo.blockSignals(False)
        self.mapping_combo.setToolTip(self.mapping_combo.currentText())  # chosen silently
        self._load_mapping()

    def _load_mapping(self) -> None:
        name = self.mapping_combo.currentData()
        target = self.target.currentData()
        try:
            m = load_mapping(name) if name else guess_mapping(self.table.header, target)
        except DomainError as exc:
            self.show_error(shown(exc))
            return
        self.set_mapping(m)

    def set_mapping(self, m: Mapping) -> None:
        self._loaded = m
        self._specs = dict(m.fields)
        self.decimal.setCurrentIndex(max(0, self.decimal.findData(m.decimal)))
        self.unknown.setText(" ; ".join(m.unknown))
        if self.mapping_combo.currentData():
            self.save_as.setText(m.name)
        fields = dict(TARGETS[m.target])
        keys = list(fields) + [k for k in m.fields if k not in fields]
        self.fields.setRowCount(0)  # drops the previous mapping's cell widgets
        self.fields.setRowCount(len(keys))
        self._keys = keys
        headings = [h for h in self.table.header if h]
        for r, key in enumerate(keys):
            fdef = fields.get(key)
            label = (fdef.label + (" *" if fdef.required else "")) if fdef else key
            item = QTableWidgetItem(label)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.fields.setItem(r, 0, item)
            source = QComboBox()
            source.setEditable(True)
            source.addItem("")
            source.addItems(headings)
            source.setCurrentText(spec_text(m.fields.get(key)))
            source.currentTextChanged.connect(self._fill_values)
            self.fields.setCellWidget(r, 1, source)
            dec = QComboBox()
            for text, value in ((self.tr("(as the file)"), None), (self.tr("comma"), "comma"),
                                (self.tr("point"), "point")):
                dec.addItem(text, value)
            spec = m.fields.get(key)
            dec.setCurrentIndex(max(0, dec.findData(spec.decimal if spec else None)))
            self.fields.setCellWidget(r, 2, dec)
        self._fill_values()

    def source(self, key: str) -> QComboBox:
        return self.fields.cellWidget(self._keys.index(key), 1)  # type: ignore[return-value]

    def set_source(self, key: str, text: str) -> None:
        self.source(key).setCurrentText(text)

    def _fill_values(self) -> None:
        """One line per distinct word in the columns of kind and status fields."""
        target = self.target.currentData()
        unknown = {fold(u) for u in (*UNKNOWN, *self.unknown.text().split(";"))}
        rows = []
        for key, fdef in TARGETS[target].items():
            if fdef.kind not in ENUMS or key not in self._keys:
                continue
            spec = text_spec(self.source(key).currentText(), self._specs.get(key), None)
            if spec is None or spec.column is None:
                continue
            for word in distinct_values(self.table, spec.column, limit=60):
                if fold(word) not in unknown:  # placeholders are unknown whatever they say
                    rows.append((key, word, spec.values.get(word)))
        self.values.setRowCount(0)
        self.values.setRowCount(len(rows))
        self._value_rows = rows
        for r, (key, word, mapped) in enumerate(rows):
            fdef = TARGETS[target][key]
            for c, text in enumerate((fdef.label, word)):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.values.setItem(r, c, item)
            combo = QComboBox()
            combo.addItem(self.tr("(not mapped)"), None)
            combo.addItem(self.tr("(unknown)"), "")
            for label, value in fl.items(ENUMS[fdef.kind]):
                combo.addItem(label, value.value)
            guess = mapped if mapped is not None else enum_word(fdef.kind, word)
            combo.setCurrentIndex(max(0, combo.findData(guess)) if guess is not None else 0)
            self.values.setCellWidget(r, 2, combo)

    def set_value(self, word: str, value: str) -> None:
        for r, (_key, w, _m) in enumerate(self._value_rows):
            if w == word:
                combo: QComboBox = self.values.cellWidget(r, 2)  # type: ignore[assignment]
                combo.setCurrentIndex(combo.findData(value))

    def mapping(self) -> Mapping:
        target = self.target.currentData()
        specs: dict[str, FieldSpec] = {}
        for r, key in enumerate(self._keys):
            source: QComboBox = self.fields.cellWidget(r, 1)  # type: ignore[assignment]
            dec: QComboBox = self.fields.cellWidget(r, 2)  # type: ignore[assignment]
            spec = text_spec(source.currentText(), self._specs.get(key), dec.currentData())
            if spec is not None:
                specs[key] = spec
        words: dict[str, dict[str, str]] = {}
        for r, (key, word, _m) in enumerate(self._value_rows):
            combo: QComboBox = self.values.cellWidget(r, 2)  # type: ignore[assignment]
            if combo.currentData() is not None:
                words.setdefault(key, {})[word] = combo.currentData()
        for key, values in words.items():
            if key in specs:
                s = specs[key]
                specs[key] = FieldSpec(s.column, s.columns, s.template, s.value, values,
                                       s.decimal, s.unknown, s.scale, s.unit)
        unknown = tuple(u.strip() for u in self.unknown.text().split(";") if u.strip())
        name = self.save_as.text().strip() or self.mapping_combo.currentData() or "unsaved"
        return Mapping(name, target, specs, unknown, self.decimal.currentData())

    def _unchanged(self, m: Mapping) -> bool:
        """Whether `m` is the mapping as it was loaded (a built-in one is not copied)."""
        return replace(m, description="") == replace(self._loaded, description="")

    # -- the import ----------------------------------------------------------------------
    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def run_import(self) -> None:
        self.error.hide()
        self.problems = []
        try:
            m = self.mapping()
            if self.save_as.text().strip() and not self._unchanged(m):
                save_mapping(m)
            self.result = import_with_mapping(self.db, self.path, m,
                                              again=self.again.isChecked())
        except ImportRejected as exc:
            self.problems = list(exc.problems)
            self.show_error(shown(exc))
            from greendesk.ui.flow_import_ui import ImportProblemsDialog

            self.problems_dialog = ImportProblemsDialog(self, shown(exc), self.problems)
            self.problems_dialog.open()
            return
        except (DuplicateImport, DomainError, OSError) as exc:
            self.show_error(shown(exc))
            return
        self.imported.emit(self.result)
        self.accept()
