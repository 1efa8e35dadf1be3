"""Header rows: how many leading rows are header, one label path per column, labels put back over their columns."""
from __future__ import annotations

import re
from typing import Callable

from extractors.tables.common import (_ROW_NUMBER, _SEPARATOR_CELL, PATH_SEP, _cell_kind, _is_separator,
                                      _year_labels, column_kinds, column_types_below, value_cells)
from normalizers.content import COUNT, CPV_CODE, DATE, MONEY, NOMENCLATOR_CODE, PERCENTAGE
from normalizers.text import clean_text

# the content types of a column of values (words in such a column are a label: a header, a group heading)
VALUE_COLUMN_TYPES = (NOMENCLATOR_CODE, CPV_CODE, COUNT, MONEY, PERCENTAGE, DATE)


def _is_data_row(cells: list[str], index: int, below: Callable[[], list[str | None]]) -> bool:
    """A body row, not a header row: a row number before other cells, a lettered sub-item, or values of the
    columns' types (one after the first row, two in the first: a header's first row may number its columns)."""
    filled = [c for c in cells if c.strip()]
    if not filled:
        return False
    if _ROW_NUMBER.match(cells[0]) and len(filled) >= 2:
        return True
    if re.match(r"^\s*[a-z]\.\d{1,2}\.", cells[0] or ""):  # "c.1. personalul …"
        return True
    if _year_labels(filled):
        return False  # "Categoria de beneficiari | 2022 | 2023": years label the columns
    values = value_cells(cells, below)
    return values >= 1 and index > 0 or values >= 2


def is_data_row(cells: list[str], index: int, rows_below: list[list[str]]) -> bool:
    """The header judgement table repair and the kinds' hooks share: is ``cells`` (row ``index`` of its table,
    ``rows_below`` the rows under it) a data row?"""
    types: list[list[str | None]] = []
    # the row printed again below (a header repeated over each fragment of a table) is no content of the columns
    under = [r for r in rows_below if [c.strip() for c in r] != [c.strip() for c in cells]]

    def below() -> list[str | None]:  # empty when no row is below
        if not types:
            types.append(column_types_below(under, len(cells)) if under else [])
        return types[0]

    return _is_data_row(cells, index, below)


def split_header(grid: list[list[str]], max_header_rows: int = 4, filled: list[list[str]] | None = None) -> int:
    """How many leading rows are header rows: rows before the first data row, at most ``max_header_rows``.

    A group-heading row (one filled cell) right after the header ends the header too. ``filled``: the same grid
    with spans repeated (:meth:`Table.grid`), when the table has spans: a header cell merged down to the row
    above a single-cell row has no sub-header under it.
    """
    n = 0
    for i, cells in enumerate(grid[:max_header_rows + 1]):
        if i >= max_header_rows or is_data_row(cells, i, grid[i + 1:]):
            break
        if _is_separator(cells):  # a markdown-style rule under the header belongs to it
            n = i + 1
            continue
        filled_cells = [c for c in cells if c.strip()]
        # (the header printed again over each fragment, its sub-label too, is no content of the columns below)
        printed = {tuple(c.strip() for c in r) for r in grid[:i + 1]}
        below = [r for r in grid[i + 1:] if tuple(c.strip() for c in r) not in printed]
        if i > 0 and len(filled_cells) == 1 and len(cells) > 2 and (
                not _looks_like_subheader(cells, grid[:i], below)
                or _under_merged_header(cells, grid[:i], filled)):
            break
        n = i + 1
    return _before_repeat(grid, n)


def _before_repeat(grid: list[list[str]], n: int) -> int:
    """A table printed as fragments prints its header again over each: when the first row comes back within the
    rows taken for the header, the header is the rows that came back with it (the rows between are the first
    fragment's body: a group heading, a row without figures)."""
    key = [tuple(c.strip() for c in row) for row in grid[:n + 1]]
    for i in range(1, len(key)):
        if any(key[0]) and key[i] == key[0]:
            m = 0
            while m < i and i + m < len(grid) and tuple(c.strip() for c in grid[i + m]) == key[m]:
                m += 1
            return min(n, m)
    return n


def _looks_like_subheader(cells: list[str], above: list[list[str]], below: list[list[str]] | None = None) -> bool:
    """A single filled cell right under a header cell that spans it (e.g. 'Nr. benef./zi' under 'Capacitate').
    A group heading typed in the name column ('Servicii sociale cu cazare') is none: under a row where its
    column and the one before are blank it continues no label, and a sub-label qualifies figures, not a column
    whose cells below are text."""
    idx = next(i for i, c in enumerate(cells) if c.strip())
    row = above[-1] if above else []
    if not (idx > 0 and idx < len(row) and bool(row[idx - 1].strip() or row[idx].strip())):
        return False
    return not (_text_column(below or [], idx) and cells[idx].strip()[:1].isupper())


def _text_column(rows: list[list[str]], col: int) -> bool:
    """The column holds text (names), as :func:`column_kinds` judges it — or, in a table too short for that (fewer
    than three filled cells), when every filled cell of it is text."""
    kinds = column_kinds(rows, col + 1)
    if kinds[col] is not None:
        return kinds[col] == "text"
    seen = [_cell_kind(r[col]) for r in rows if col < len(r) and r[col].strip()]
    return 0 < len(seen) < 3 and all(k == "text" for k in seen)


def _under_merged_header(cells: list[str], above: list[list[str]], filled: list[list[str]] | None) -> bool:
    """The header cells over a single-cell row's column and the column before it are merged down to the row right
    above it ('Denumire' over two header rows, then 'Servicii cu cazare' alone): their labels are complete, so the
    row is a group heading of the body, not a sub-header."""
    if filled is None or len(above) < 2:
        return False
    idx = next(i for i, c in enumerate(cells) if c.strip())
    r = len(above) - 1

    def merged_down(c: int) -> bool:
        return c < len(above[r]) and not above[r][c].strip() and bool(filled[r][c].strip()) \
            and filled[r][c] == filled[r - 1][c]

    return merged_down(idx) and (idx == 0 or merged_down(idx - 1))


def column_levels(header: list[list[str]], n_cols: int) -> list[tuple[str, ...]]:
    """One label path per column: the labels of its header rows, top first, one level per row that labels it.

    A level is one header cell as printed: a slash inside it ('Nr. / data', 'Capacitate / Categoriile de
    beneficiari') names one composite column, it is no second level. Exports lose spans, so a header cell followed
    by empty cells whose row below is filled is taken to span them (``Bugetele … | '' | ''`` over ``Buget local |
    Buget județean | …``).
    """
    rows = [list(r) + [""] * (n_cols - len(r)) for r in header]
    for r in range(len(rows) - 1):
        below = rows[r + 1]
        for c in range(1, n_cols):
            if not rows[r][c].strip() and rows[r][c - 1].strip() and below[c].strip() and below[c - 1].strip():
                rows[r][c] = rows[r][c - 1]
    levels = []
    for c in range(n_cols):
        parts: list[str] = []
        for r in rows:
            t = clean_text(r[c])
            if _SEPARATOR_CELL.match(t):
                continue
            if t and (not parts or parts[-1] != t):
                parts.append(t)
        levels.append(tuple(parts))
    return levels


def column_paths(header: list[list[str]], n_cols: int) -> list[str]:
    """One label path per column as text, its levels (:func:`column_levels`) joined by ``PATH_SEP``."""
    return [PATH_SEP.join(levels) for levels in column_levels(header, n_cols)]


# a label that announces figures: its column holds numbers
_FIGURE_LABEL = re.compile(r"^(?:num[aă]r|nr\b|total|valoare|suma|sum[aă]|buget|cost|capacitate|indicator)", re.I)


def realign_header_labels(columns: list[str], header: list[list[str]], body: list[list[str]]) -> list[str]:
    """Header labels printed out of their columns (``'' | '' | Serviciul`` over ``Activitatea | Număr beneficiari |
    ''`` above a body of service | activity | figure): when the header holds exactly one label per column, a
    figure label ('Număr …', 'Total', 'Valoare …') stands over a text column, and the labels taken in reading
    order fit every column's kind, they are put in reading order."""
    n_cols = len(columns)
    labels = [clean_text(c) for row in header for c in row if clean_text(c)]
    if n_cols < 2 or len(labels) != n_cols or len(set(labels)) != n_cols or labels == columns:
        return columns
    kinds = column_kinds(body, n_cols)

    def misfits(cols: list[str]) -> int:
        return sum(1 for label, kind in zip(cols, kinds)
                   if kind is not None and bool(_FIGURE_LABEL.match(label)) != (kind == "num"))

    return labels if misfits(columns) and not misfits(labels) else columns
