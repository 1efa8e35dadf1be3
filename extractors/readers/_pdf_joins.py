"""Blocks a page break (or the renderer) cut in two, joined back from the page geometry: a ruled table's row cut
by the page break, a paragraph cut by the page break, a ruleless table's header left at the foot of a page, a
cell's overflow printed between two grids.

These are the reader's, not table repair's (:mod:`extractors.tables`): each is decided by where the text stood on
the page (how full a cell's last line is, the room left after a paragraph's last line, the columns a ruleless
table's rows fill, a line squeezed into the gap between two grids), which only the PDF layout knows. They run on
the :class:`~extractors.readers._pdf_layout.Placed` blocks of every page, before the document is built.
"""
from __future__ import annotations

import re

from extractors.model import Cell, ListItem, Paragraph, Row, Table
from extractors.readers._pdf_bands import STREAM
from extractors.readers._pdf_layout import CellFill, Placed, figure_goes_on, join_lines
from extractors.readers._pdf_vocabulary import Vocabulary
from extractors.readers.blocks import text_block

_SENTENCE_END = (".", ";", ":", "!", "?")
# a cell ending on an abbreviation, "Nr.", "Str.", "Bd.", "„Sf.": no finished sentence
_ABBREVIATION = re.compile(r"[„“\"'(«]?[^\W\d_]{1,4}\.")


def join_across_pages(per_page: list[list[Placed]], vocab: Vocabulary | None = None) -> None:
    """Every join, in order, on the placed blocks of the document's pages (edited in place). ``vocab``: the
    document's words (a word a page break cut in a cell)."""
    for a, b in zip(per_page, per_page[1:]):
        join_label_left_at_page_foot(a, b)
        join_header_left_at_page_foot(a, b)
    for blks in per_page:
        for k, p in enumerate(blks):
            # its table did not go on: the header is read as text (with a group label under it, it is a table of its
            # own: the label's rows start under the header again)
            if p.stream is not None and p.stream.header_only and not p.stream.labelled:
                blk = p.block  # (every row: a group cell's sub-columns are a second one)
                text = text_block(" ".join(c.text for r in blk.rows for c in r.cells), blk.page, blk.line, blk.bbox)
                blks[k] = Placed(text) if text is not None else p
        join_line_squeezed_between_tables(blks)
    for a, b in zip(per_page, per_page[1:]):
        join_rows_split_by_page(a, b, vocab)
        join_paragraph_split_by_page(a, b)


def _cell_runs_on(upper_text: str, fill: CellFill | None, low: CellFill | None) -> bool:
    """The upper cell's text stops at a full line without ending its sentence, so the lower cell's text
    is the rest of it: the lower cell's first word would not have fitted after the upper's last line."""
    if fill is None or low is None or not upper_text.strip():
        return False
    # (a cell ending on an abbreviation, "Str.", "Bd.", "nr.", goes on: "DGASPC Satu Mare, Bd." / "Republicii nr. 58")
    ended = upper_text.rstrip().endswith(_SENTENCE_END) and not _ABBREVIATION.fullmatch(upper_text.split()[-1])
    return not ended and fill.room < low.first_word + 0.6 * fill.size


def join_rows_split_by_page(prev_page: list[Placed], next_page: list[Placed], vocab: Vocabulary | None = None) -> None:
    """A table row the page break cut in two: the table ends its page and the next page starts with a table
    whose first row has the same cells (same left and right edges) and goes on with the cut row's text (every
    filled cell continues a cell whose text stopped at a full line, mid-sentence). Its cells are joined onto the
    cut row; without a space where the document's words (``vocab``) say a word broken for lack of room goes on
    ("dizabili" / "tăți": a word processor lets a row break across pages, mid-cell)."""
    if not prev_page or not next_page:
        return
    pa, pb = prev_page[-1], next_page[0]
    prev, nxt = pa.block, pb.block
    if not isinstance(prev, Table) or not isinstance(nxt, Table) or pa.grid is None or pb.grid is None:
        return  # only ruled cells know how full they are
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
    filled = [(u, l, fu, fl) for u, l, fu, fl in zip(last.cells, first.cells, pa.grid.last, pb.grid.first)
              if l.text.strip()]
    if not filled or not all(_cell_runs_on(u.text, fu, fl) for u, _, fu, fl in filled):
        return
    for u, l, _, _ in filled:
        u.text = join_lines([u.text, l.text], [_word_goes_on(u.text, l.text, vocab)])
    nxt.rows.pop(0)
    if not nxt.rows:
        next_page.pop(0)


def _word_goes_on(upper: str, lower: str, vocab: Vocabulary | None) -> bool:
    """The lower cell's first word is the rest of the upper cell's last one, by the document's words (a figure's by
    its own digits)."""
    ends, starts = upper.split(), lower.split()
    if ends and starts and figure_goes_on(ends[-1], starts[0]):
        return True  # a figure's pieces ("168.8" / "00 lei")
    if vocab is None or not ends or not starts or not starts[0][:1].islower():
        return False
    return vocab.joins([ends[-1]], [starts[0]]) is True


def join_paragraph_split_by_page(prev_page: list[Placed], next_page: list[Placed]) -> None:
    """A paragraph or list item cut by the page break: it ends its page on a full line (near the right edge, or
    with less room left than the next page's first word needs) without ending its sentence, and the next page
    starts with a plain paragraph (no list marker, no heading) in the same font size. The continuation is joined
    back on."""
    if not prev_page or not next_page:
        return
    pa, pb = prev_page[-1], next_page[0]
    prev, nxt = pa.block, pb.block
    if not isinstance(prev, (Paragraph, ListItem)) or not isinstance(nxt, Paragraph):
        return
    a, b = pa.text, pb.text
    if a is None or b is None or abs(a.size - b.size) > 0.6:
        return
    # full: near the right edge, or the next page's first word would not have fitted after it
    if not a.full and a.room >= b.first_word + 0.6 * a.size:
        return
    if prev.text.rstrip().endswith(_SENTENCE_END):
        return
    prev.text = join_lines([prev.text, nxt.text])
    next_page.pop(0)


def join_label_left_at_page_foot(prev_page: list[Placed], next_page: list[Placed]) -> None:
    """A ruleless table's group label left at the foot of a page, its rows on the next (tables printed a fragment at
    a time under a repeated header): the page ends with the table, then one line starting at the table's left edge
    and reaching over two of its columns or more ("Servicii pentru victimele violenței domestice" under the
    header), and the next page starts with a table going on in those columns (or under the same header). The line is
    the table's last row, a label across it (read as a paragraph, its group's rows on the next page lost it). So is
    a line inside the one column where the table's other group labels stand (labels set in the name column), and
    lines wrapped there when the next page's part has such a label (the label's rest under the header printed
    again: "Servicii" / "sociale" at the foot, "pentru copii" at the top of the next page)."""
    if len(prev_page) < 2 or not next_page:
        return
    pn = next_page[0]
    # the page's last paragraphs, each inside one column of the table before them
    n = 1
    while n < len(prev_page) - 1 and isinstance(prev_page[-n - 1].block, Paragraph):
        n += 1
    pt, tail = prev_page[-n - 1], prev_page[-n:]
    table = pt.block
    if not isinstance(table, Table) or pt.stream is None or pt.stream.header_only:
        return
    if not isinstance(pn.block, Table) or pn.stream is None or not (
            pn.stream.carried or pn.stream.header and pn.stream.header == pt.stream.header):
        return
    cols = pt.stream.cols
    if not cols or any(not isinstance(p.block, Paragraph) or p.block.bbox is None or p.text is None for p in tail):
        return
    if pt.stream.size and any(p.text.size > STREAM.heading_size * pt.stream.size for p in tail):
        return  # in a larger type than the table's: a heading
    label, end = tail[-1].block, tail[-1].text
    over = [_columns_over(p.block.bbox, cols) for p in tail]
    one_line = len(tail) == 1 and label.bbox[3] - label.bbox[1] <= STREAM.one_line * end.size
    if one_line and len(over[0]) >= 2 and over[0][0] == 0 and label.bbox[0] <= cols[0][1]:
        col, span = 0, table.n_cols  # across the table from its left edge
    elif one_line and len(over[0]) == 1 and _labels_in_column(table, over[0][0]):
        col, span = over[0][0], 1  # inside the column the table's group labels are set in ("Centre rezidențiale")
    elif all(o == over[-1] and len(o) == 1 for o in over) and _labels_in_column(pn.block, over[-1][0]) and (
            len(tail) > 1 or not one_line):
        # wrapped inside that column ("Servicii" / "sociale" in the name column) when the next page's part has such
        # a label too: the label's rest under the header printed again ("pentru copii", a row of one cell there)
        col, span = over[-1][0], 1
    else:
        return
    first = tail[0].block
    box = (min(p.block.bbox[0] for p in tail), first.bbox[1], max(p.block.bbox[2] for p in tail), label.bbox[3])
    text = join_lines([p.block.text for p in tail])
    table.rows.append(Row(cells=[Cell(text=text, col=col, col_span=span, line=first.line, page=first.page, bbox=box)],
                          line=first.line, page=first.page, bbox=box))
    del prev_page[-n:]


def _columns_over(bbox: tuple[float, float, float, float], cols: tuple[tuple[float, float], ...]) -> list[int]:
    """The columns ``bbox`` overlaps."""
    return [k for k, (a, b) in enumerate(cols) if min(bbox[2], b) - max(bbox[0], a) > 0.5]


def _labels_in_column(table: Table, col: int) -> bool:
    """The table has a row below its first holding one cell only, in column ``col`` (a group label set in the name
    column: its next group's label, left at the foot of a page, is one too)."""
    return any(len(r.cells) == 1 and r.cells[0].col == col and r.cells[0].col_span == 1 for r in table.rows[1:])


def join_header_left_at_page_foot(prev_page: list[Placed], next_page: list[Placed]) -> None:
    """A ruleless table's header printed alone at the foot of a page (read as a one-row table whose layout is
    ``header_only``) whose table starts the next page in the same columns: the header goes on top of it."""
    if not prev_page or not next_page:
        return
    ph, pn = prev_page[-1], next_page[0]
    head, nxt = ph.block, pn.block
    if ph.stream is None or not ph.stream.header_only or not isinstance(nxt, Table):
        return
    if pn.stream is None or not pn.stream.carried or not pn.stream.cols:
        return
    cols = pn.stream.cols
    own = ph.stream.cols
    for row in head.rows:  # (two rows: a group cell's sub-columns under it)
        for c in row.cells:  # the next page's columns may be more (a column empty in the header)
            x0, x1 = (c.bbox[0], c.bbox[2]) if c.bbox else (0.0, 0.0)
            if c.col_span > 1 and c.col + c.col_span - 1 < len(own):
                x1 = max(x1, own[c.col + c.col_span - 1][0] + 1.0)  # a group cell reaches its last sub-column
            hit = [k for k, (a, b) in enumerate(cols) if min(x1, b) - max(x0, a) > 0.5]
            if hit:
                c.col = hit[0]
                c.col_span = hit[-1] - hit[0] + 1 if c.col_span > 1 else 1
    nxt.rows[0:0] = head.rows
    nxt.line = head.line
    nxt.pages = sorted({*head.pages, *nxt.pages})
    prev_page.pop()


def join_line_squeezed_between_tables(blocks: list[Placed]) -> None:
    """A line of text printed in the narrow gap between two ruled grids with the same left and right edges,
    closer to both than half its font size, is the overflow of the upper grid's last row (a cell whose text
    did not fit, pushed out under the grid by the renderer): it goes back into that row's last filled cell,
    unless that cell's text ends a sentence."""
    k = 1
    while k + 1 < len(blocks):
        above, blk, below = blocks[k - 1].block, blocks[k].block, blocks[k + 1].block
        end = blocks[k].text
        k += 1
        if not isinstance(above, Table) or not isinstance(below, Table) or not isinstance(blk, (Paragraph, ListItem)):
            continue
        if not (above.bbox and below.bbox and blk.bbox and above.rows) or above.page != below.page:
            continue
        size = end.size if end is not None else 10.0
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
