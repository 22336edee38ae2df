"""The small widget kit the sections are built from.

One function or class for each thing the sections kept writing again: the read-only table
(`tables`), the period picker (`periods`), a number typed into a line edit (`numbers`) and
filling a combo box (`combos`). Import from the module, e.g. `from greendesk.ui.kit.tables
import read_only_table`.

What keeps a section inside a 1280×720 window in every language: rows of controls that wrap
(`flow.flow_row`, `flow.labelled`), combos that keep whole names (`combos.whole_names`,
`combos.narrow` for side panels), text that wraps or elides with a tooltip
(`text.wrapping`, `text.ElidedLabel`), and tall panels that scroll (`panels.scrolling`).
`tests/ui/test_window_fits.py` checks every section in en, ru and kk.
"""
