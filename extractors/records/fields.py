"""Reading the cells of a table the understanding stage has mapped: a field's cell, a row's number (the table's money
unit is :func:`extractors.understanding.units.table_unit`).

The column → field mapping itself (vocabularies, legends, evidence) is made once per table by
:mod:`extractors.understanding.columns`; record extractors only read it.
"""
from __future__ import annotations

from typing import Mapping

from normalizers.text import clean_text


def cell(row_cells: list[str], mapping: Mapping[str, int], fld: str) -> str | None:
    col = mapping.get(fld)
    if col is None or col >= len(row_cells):
        return None
    text = clean_text(row_cells[col])
    return text or None


def row_no(row_cells: list[str], row_no_col: int | None) -> str | None:
    """The row number as printed, or None."""
    return (clean_text(row_cells[row_no_col]) or None) if row_no_col is not None else None
