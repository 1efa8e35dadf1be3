"""Blocks a page break (or the renderer) cut in two, joined back: a table row, a paragraph, a ruleless
table's header left at the foot of a page, a cell's overflow printed between two grids."""
from __future__ import annotations

import re

from extractors.model import Cell, ListItem, Paragraph, Table
from extractors.readers._pdf_layout import join_lines


_SENTENCE_END = (".", ";", ":", "!", "?")
_ABBREVIATION = re.compile(r"[^\W\d_]{1,4}\.")  # a cell holding only "Nr.", "Str.": not a finished sentence


def _cell_runs_on(upper: Cell, lower: Cell) -> bool:
    """The upper cell's text stops at a full line without ending its sentence, so the lower cell's text
    is the rest of it: the lower cell's first word would not have fitted after the upper's last line."""
    fill = getattr(upper, "_fill", None)
    low = getattr(lower, "_fill", None)
    if fill is None or low is None or not upper.text.strip():
        return False
    room, _, size = fill
    ended = upper.text.rstrip().endswith(_SENTENCE_END) and not _ABBREVIATION.fullmatch(upper.text.strip())
    return not ended and room < low[1] + 0.6 * size


def join_rows_split_by_page(prev_page: list, next_page: list) -> None:
    """A table row the page break cut in two: the table ends its page and the next page starts with a table
    whose first row has the same cells (same left and right edges) and goes on with the cut row's text (every filled cell continues a cell
    whose text stopped at a full line, mid-sentence). Its cells are joined onto the cut row."""
    if not prev_page or not next_page:
        return
    prev, nxt = prev_page[-1], next_page[0]
    if not isinstance(prev, Table) or not isinstance(nxt, Table):
        return
    if not prev.rows or len(nxt.rows) < 1:
        return
    last, first = prev.rows[-1], nxt.rows[0]
    if any(c.row_span != 1 for c in last.cells + first.cells):
        return
    # the two rows' cells line up, whatever the grids' column counts (a cell spanning two columns of a grid
    # with an extra column rule elsewhere is the same cell as a single one of a grid without that rule)
    xs_a = [(c.bbox[0], c.bbox[2]) for c in last.cells if c.bbox]
    xs_b = [(c.bbox[0], c.bbox[2]) for c in first.cells if c.bbox]
    if len(xs_a) != len(last.cells) or len(xs_b) != len(first.cells) or len(xs_a) != len(xs_b) \
            or any(abs(a[0] - b[0]) > 3 or abs(a[1] - b[1]) > 3 for a, b in zip(xs_a, xs_b)):
        return
    filled = [(u, l) for u, l in zip(last.cells, first.cells) if l.text.strip()]
    if not filled or not all(_cell_runs_on(u, l) for u, l in filled):
        return
    for u, l in filled:
        u.text = join_lines([u.text, l.text])
    nxt.rows.pop(0)
    if not nxt.rows:
        next_page.pop(0)


def join_paragraph_split_by_page(prev_page: list, next_page: list) -> None:
    """A paragraph or list item cut by the page break: it ends its page on a full line (near the right edge, or
    with less room left than the next page's first word needs) without ending its sentence, and the next page starts with a plain paragraph (no list marker, no heading) in the same font
    size. The continuation is joined back on."""
    if not prev_page or not next_page:
        return
    prev, nxt = prev_page[-1], next_page[0]
    if not isinstance(prev, (Paragraph, ListItem)) or not isinstance(nxt, Paragraph):
        return
    a, b = getattr(prev, "_full_last", None), getattr(nxt, "_full_last", None)
    if a is None or b is None or abs(a[1] - b[1]) > 0.6:
        return
    room, first_w = getattr(prev, "_room", (None, None))[0], getattr(nxt, "_room", (None, None))[1]
    # full: near the right edge, or the next page's first word would not have fitted after it
    if not a[0] and (room is None or first_w is None or room >= first_w + 0.6 * a[1]):
        return
    if prev.text.rstrip().endswith(_SENTENCE_END):
        return
    prev.text = join_lines([prev.text, nxt.text])
    next_page.pop(0)


def join_header_left_at_page_foot(prev_page: list, next_page: list) -> None:
    """A ruleless table's header printed alone at the foot of a page (read as a one-row table marked
    ``_header_only``) whose table starts the next page in the same columns: the header goes on top of it."""
    if not prev_page or not next_page:
        return
    head, nxt = prev_page[-1], next_page[0]
    if not getattr(head, "_header_only", False) or not isinstance(nxt, Table):
        return
    cols = getattr(nxt, "_aligned_cols", None)
    if not getattr(nxt, "_carried", False) or not cols:
        return
    row = head.rows[0]
    for c in row.cells:  # the next page's columns may be more (a column empty in the header)
        x0, x1 = (c.bbox[0], c.bbox[2]) if c.bbox else (0.0, 0.0)
        hit = [k for k, (a, b) in enumerate(cols) if min(x1, b) - max(x0, a) > 0.5]
        if hit:
            c.col = hit[0]
            c.col_span = hit[-1] - hit[0] + 1 if c.col_span > 1 else 1
    nxt.rows.insert(0, row)
    nxt.line = head.line
    nxt.pages = sorted({*head.pages, *nxt.pages})
    prev_page.pop()


def join_line_squeezed_between_tables(blocks: list) -> None:
    """A line of text printed in the narrow gap between two ruled grids with the same left and right edges,
    closer to both than half its font size, is the overflow of the upper grid's last row (a cell whose text
    did not fit, pushed out under the grid by the renderer): it goes back into that row's last filled cell,
    unless that cell's text ends a sentence."""
    k = 1
    while k + 1 < len(blocks):
        above, blk, below = blocks[k - 1], blocks[k], blocks[k + 1]
        k += 1
        if not isinstance(above, Table) or not isinstance(below, Table) or not isinstance(blk, (Paragraph, ListItem)):
            continue
        if not (above.bbox and below.bbox and blk.bbox and above.rows) or above.page != below.page:
            continue
        size = (getattr(blk, "_full_last", None) or (None, 10.0))[1]
        if blk.bbox[3] - blk.bbox[1] > 1.6 * size:  # one line only
            continue
        if abs(above.bbox[0] - below.bbox[0]) > 3 or abs(above.bbox[2] - below.bbox[2]) > 3:
            continue
        if not (0 <= blk.bbox[1] - above.bbox[3] < 0.5 * size and 0 <= below.bbox[1] - blk.bbox[3] < 0.5 * size):
            continue
        if blk.bbox[0] < above.bbox[0] - 2 or blk.bbox[0] > above.bbox[2]:
            continue
        cells = [c for c in above.rows[-1].cells if c.text.strip()]
        if not cells or cells[-1].text.rstrip().endswith((".", ";", "!", "?")):
            continue
        text = f"{blk.marker} {blk.text}" if isinstance(blk, ListItem) and blk.marker else blk.text
        cells[-1].text = join_lines([cells[-1].text, text])
        del blocks[k - 1]
