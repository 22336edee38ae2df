"""The small widget kit the sections are built from.

One function or class for each thing the sections kept writing again: the read-only table
(`tables`), the period picker (`periods`), a number typed into a line edit (`numbers`) and
filling a combo box (`combos`). Import from the module, e.g. `from greendesk.ui.kit.tables
import read_only_table`.
"""
