"""The cells' header/section flags (docling-core's ``TableCell.column_header``, ``row_header``, ``row_section``),
set once by table repair on its copy of a table so that the stages after it read what each row is instead of
guessing it again: the header rows and the header printed again over a fragment (``column_header``), the
row-number column (``row_header``), a group heading across the table (``row_section``)."""
from __future__ import annotations

import re

from extractors.model import Table
from extractors.tables.common import _ROW_NUMBER, column_kinds, header_keys, repeats_header

_WORDS = re.compile(r"[A-Za-zĂÂÎȘȚăâîșț]{3}")
_TOTAL_LABEL = re.compile(r"^\s*(?:total(?:ul)?|sub-?total)\b", re.I)  # a TOTAL row is no group heading


def flag_cells(table: Table, n_header: int, above: str | None = None) -> None:
    """Set the flags on ``table`` (table repair's copy): its first ``n_header`` rows are the header; ``above`` is
    the line printed right before the table (its caption, when the table prints it again over its header)."""
    grid = table.grid(fill_spans=True)
    # whether each row repeats the header, asked once per row (the body, each row and the row after it need it)
    keys = header_keys(table, n_header)
    repeats = _with_captions_again([repeats_header(g, keys) for g in grid], grid, n_header, above)
    body = [g for g, again in zip(grid[n_header:], repeats[n_header:]) if not again]
    numbered = _row_number_column(body)
    name_col = _first_text_column(body) if numbered else None
    first_body = True  # no body row read yet since the header (or its last repeat)
    prev_numbered = False  # the last body row read starts with a row number
    for i, (row, cells) in enumerate(zip(table.rows, grid)):
        if i < n_header or repeats[i]:
            for c in row.cells:
                c.column_header = True
            first_body = True
            continue
        # the next row that is no header printed again (over the next fragment)
        after = next(([grid[j]] for j in range(i + 1, len(grid)) if not repeats[j]), [])
        heads_numbered_rows = numbered and _heads_numbered_rows(cells, after) and (
            first_body or (prev_numbered and _only_in(cells, name_col)))
        if any(x.strip() for x in cells):
            first_body = False
            prev_numbered = bool(_ROW_NUMBER.match(cells[0] or ""))
        if is_section_row(cells) or heads_numbered_rows:
            prev_numbered = False
            for c in row.cells:
                c.row_section = True
            continue
        if numbered:
            for c in row.cells:
                c.row_header = c.col == 0 and bool(_ROW_NUMBER.match(c.text))


def _with_captions_again(repeats: list[bool], grid: list[list[str]], n_header: int,
                         above: str | None) -> list[bool]:
    """The rows that repeat the header, with the table's caption printed again over each copy of it: one label
    right before a header printed again, the same before two copies or more (counting the caption over the first
    copy: the table's first row or the line right before the table). A group heading stands once; only the
    caption is printed with every copy of the header."""
    def label(cells: list[str]) -> str | None:
        texts = {c.strip() for c in cells if c.strip()}
        return texts.pop() if len(texts) == 1 and is_section_row(cells) else None

    before = {i: label(grid[i]) for i in range(n_header, len(grid) - 1) if repeats[i + 1] and not repeats[i]}
    counts: dict[str, int] = {}
    first = label(grid[0]) if n_header > 1 and label(grid[0]) else (above or "").strip() or None
    for text in [t for t in before.values() if t] + ([first] if first else []):
        counts[text] = counts.get(text, 0) + 1
    return [again or (before.get(i) is not None and counts.get(before[i], 0) >= 2)
            for i, again in enumerate(repeats)]


def is_section_row(cells: list[str]) -> bool:
    """A group heading: one filled cell (or one cell spanning the row) in the first column, holding words, not a
    row number and not a TOTAL label, in a table of three columns or more."""
    filled = [i for i, c in enumerate(cells) if c.strip()]
    if len(cells) < 3 or not filled:
        return False
    if len(filled) > 1 and len({cells[i].strip() for i in filled}) > 1:
        return False
    text = cells[filled[0]].strip()
    return filled[0] == 0 and bool(_WORDS.search(text)) and not _ROW_NUMBER.match(text) \
        and not _TOTAL_LABEL.match(text)


def _heads_numbered_rows(cells: list[str], after: list[list[str]]) -> bool:
    """The shape of a group heading written in a column of its own in a numbered table ('' | 'Servicii sociale cu
    cazare' | '' …), a numbered row after it: one capitalised cell of words, no figure, no TOTAL, not ending as a
    list item does. Right under the header it is one (nothing can have wrapped there); further down the caller
    also asks for the name column and a numbered row before it (a value wrapped onto a row of its own sits in a
    later column: the organiser, the list of units)."""
    filled = [i for i, c in enumerate(cells) if c.strip()]
    if len(cells) < 3 or len(filled) != 1 or filled[0] == 0 or not after or not _ROW_NUMBER.match(after[0][0] or ""):
        return False
    text = cells[filled[0]].strip()
    return text[:1].isupper() and bool(_WORDS.search(text)) and not re.search(r"\d", text) \
        and not _TOTAL_LABEL.match(text) and not text.endswith((";", ",", "-"))


def _only_in(cells: list[str], col: int | None) -> bool:
    return col is not None and [i for i, c in enumerate(cells) if c.strip()] == [col]


def _first_text_column(body: list[list[str]]) -> int | None:
    """The name column of a numbered table: the first column after the row numbers whose cells are text (a code
    column, '8790 CR-D-I', starts with a figure)."""
    n_cols = max((len(r) for r in body), default=0)
    kinds = column_kinds([r for r in body if _ROW_NUMBER.match(r[0] or "")], n_cols)
    return next((c for c in range(1, n_cols) if kinds[c] == "text"), None)


def _row_number_column(body: list[list[str]]) -> bool:
    """Column 0 numbers the rows: at least half of the filled first cells of the body are row numbers."""
    firsts = [r[0] for r in body if r and r[0].strip()]
    return bool(firsts) and 2 * sum(1 for t in firsts if _ROW_NUMBER.match(t)) >= len(firsts)
