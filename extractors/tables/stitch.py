"""Stitching: a table interrupted by a page break, footnote lines or a separator line is joined back onto the table
it continues when the columns agree and no section heading intervenes; a grid holding two tables is split at the
second one's header; fragments are re-assembled by :mod:`extractors.tables.fragments`."""
from __future__ import annotations

import inspect
import re
from collections import Counter

from rapidfuzz import fuzz

from extractors.model import Block, Cell, Heading, ListItem, Paragraph, Provenance, Row, Table
from extractors.tables.common import (_NUMERIC_CELL, _ROW_NUMBER, _SECTION_HEADING, _SUBITEM, _block_text,
                                      _row_is_headerish, _similar_rows, value_cells)
from extractors.tables.fragments import (_fragment_continues, _Reflow, _restore_header_labels, _row_number,
                                         _stray_text)
from extractors.tables.header import split_header
from extractors.tables.settings import DEFAULT_STITCH, StitchSettings
from normalizers.text import fold_key

# split_header counts at most this many header rows (its own default): a part with more rows than that has a body
_MAX_HEADER_ROWS: int = inspect.signature(split_header).parameters["max_header_rows"].default

def stitch_tables(blocks: list[Block], settings: StitchSettings = DEFAULT_STITCH, consumed: set[int] | None = None,
                  split_from: dict[int, Table] | None = None) -> list[tuple[Table, list[Block]]]:
    """Tables in document order, each with the text blocks between it and the previous table (context).

    A table continues the previous one when its first row is not a header row, its column count is within
    one of the previous table's, and the blocks between them are no section heading (footnotes, page
    furniture and list items of a footnote are allowed). Continuations are appended to the previous table
    and marked with a ``table_stitched`` warning.

    A table the source broke into fragments — pieces of table with other column counts and cell text left
    as short paragraphs between them, the later pieces without a header — is re-assembled when a piece carries
    on the row numbering or completes the unfinished last row (:func:`_fragment_continues`); its rows are then
    re-aligned by :class:`_Reflow` and the table marked ``table_fragments_joined``. A row-number header label
    printed just above its table is put back first (:func:`_restore_header_labels`).

    The ids of the text blocks whose text went into a table (header labels, stray cell text, a cell's overflow)
    are added to ``consumed``, so that the caller can drop them from the document's blocks: read once, in a cell.
    A table split off a grid that held two tables is recorded in ``split_from`` (its id → the table it was split
    from). The tables given are edited (rows appended, cells re-aligned): :func:`extractors.tables.repair_tables`
    hands this function copies, so the document the reader produced stays as read.

    Every table returned keeps one :class:`Provenance` per part it was stitched from (``Table.prov``: the part's
    page, line and box, and the range of rows it gave), so a row still traces to the fragment it was printed in.
    """
    consumed = set() if consumed is None else consumed
    out: list[tuple[Table, list[Block]]] = []
    context: list[Block] = []
    flow: _Reflow | None = None  # set while the last table is being re-assembled from fragments
    restored = _restore_header_labels(list(blocks), settings)
    running = _running_lines(restored, settings)
    consumed.update({id(b) for b in blocks} - {id(b) for b in restored})
    for block in restored:
        if not isinstance(block, Table):
            context.append(block)
            continue
        prev = out[-1][0] if out else None
        if prev is not None and flow is None and not _continues(prev, block, context, settings, running) \
                and _fragment_continues(_Reflow(prev, settings), block, context, settings):
            flow = _Reflow(prev, settings)
            # re-assembly rewrites the rows: the parts so far re-bound to the logical rows the reflow starts from
            prev.prov = flow.parts(prev.prov)
        if prev is not None and flow is not None and (
                _fragment_continues(flow, block, context, settings)
                or _continues(prev, block, context, settings, running)):
            start = flow.n_header + len(flow.rows)
            flow.add_fragment(block, context)
            consumed.update(id(b) for b in context if _stray_text(b))
            _note_part(prev, block, start, len(prev.rows))
        elif prev is not None and flow is None and _fill_row_after_cell_list(prev, block, context, settings):
            # a cell's list printed out of its table, the row's last cells in a grid of their own after it
            consumed.update(id(b) for b in context)
            _note_part(prev, block, len(prev.rows) - 1, len(prev.rows))
        elif prev is not None and _continues(prev, block, context, settings, running):
            if _group_label_between(prev, block, context, settings, running):
                # the group labels between two parts of a table printing its header over each group: its rows
                _add_label_rows(prev, context)
                consumed.update(id(b) for b in context)
            elif _take_back_overflow(prev, context, settings):
                consumed.add(id(context[0]))
            elif _take_back_cell_paragraphs(prev, block, context, settings):
                consumed.update(id(b) for b in context)
            _append_rows(prev, block, settings)
            _note_part(prev, block, len(prev.rows) - len(block.rows), len(prev.rows))
        else:
            block.prov = [Provenance(page=block.page, line=block.line, bbox=block.bbox, rows=(0, len(block.rows)))]
            out.append((block, context))
            flow = None
        context = []
    out = [part for table, context in out for part in _split_at_new_headers(table, context, settings, split_from)]
    for seq, (table, _) in enumerate(out, start=1):
        table.seq = seq
    return out


def _note_part(table: Table, part: Table, start: int, end: int) -> None:
    """Record ``part`` (a fragment stitched onto ``table``) as giving rows ``start``–``end``; the parts before it
    end where it starts (a header cut by a page break is joined into the next part's first row).

    The parts' rows run on in order (each part ends where the next starts, or before), so the parts reaching past
    ``start`` are the last ones: only those are bounded again. Bounding every part at each part stitched on was
    quadratic in the parts of a long table."""
    start = max(0, start)
    prov = table.prov
    keep = len(prov)
    while keep and prov[keep - 1].rows[1] > start:
        keep -= 1
    parts = prov[:keep] + [Provenance(page=p.page, line=p.line, bbox=p.bbox,
                                      rows=(min(p.rows[0], start), min(p.rows[1], start))) for p in prov[keep:]]
    parts.append(Provenance(page=part.page, line=part.line, bbox=part.bbox, rows=(start, end)))
    table.prov = parts


def _split_prov(prov: list[Provenance], at: int, first_row) -> tuple[list[Provenance], list[Provenance]]:
    """The parts of a table cut before row ``at``: those of the rows above, and those of the rest (re-based)."""
    head = [Provenance(page=p.page, line=p.line, bbox=p.bbox, rows=(p.rows[0], min(p.rows[1], at)))
            for p in prov if p.rows[0] < at]
    rest = []
    for p in prov:
        if p.rows[1] <= at:
            continue
        if p.rows[0] < at:  # the part the cut goes through: the rest starts at the row cut at
            p = Provenance(page=first_row.page or p.page, line=first_row.line, bbox=None, rows=(at, p.rows[1]))
        rest.append(Provenance(page=p.page, line=p.line, bbox=p.bbox, rows=(p.rows[0] - at, p.rows[1] - at)))
    return head, rest


def _matches_label(text: str, labels: list[str], settings: StitchSettings) -> bool:
    key = fold_key(text)
    return len(key) >= 4 and any(len(lab) >= 4 and fuzz.partial_ratio(key, lab) >= settings.label_match_ratio
                                 for lab in labels)


def _new_header_at(table: Table, n_header: int, settings: StitchSettings) -> int | None:
    """Index of the first body row that is the header of another table printed inside this grid: label-like
    cells (no digits, short, capitalised), at least two of them the table's own header labels, but not the
    header repeated (some label sits in another column than in the header, or a cell is no label of it)."""
    grid = table.grid(fill_spans=False)
    if n_header == 0:
        return None
    labels = {fold_key(c) for row in grid[:n_header] for c in row if c.strip()}
    header_filled = table.grid(fill_spans=True)[:n_header]
    by_col = [{fold_key(row[c]) for row in header_filled if row[c].strip()} for c in range(table.n_cols)]
    for i in range(n_header + 1, len(grid)):
        cells = grid[i]
        filled = [(c, t.strip()) for c, t in enumerate(cells) if t.strip()]
        if len(filled) < 2 or len({t for _, t in filled}) < len(filled):
            continue
        if any(_NUMERIC_CELL.search(t) or len(t) > settings.header_label_max_chars or not t[:1].isupper() for _, t in filled):
            continue
        matched = [(c, t) for c, t in filled if _matches_label(t, sorted(labels), settings)]
        if len(matched) < 2:
            continue
        # every cell is its column's own label (short ones such as the legend letters 'A', 'B' compared exactly)
        repeated = all(fold_key(t) in by_col[c] or _matches_label(t, sorted(by_col[c]), settings) for c, t in filled)
        if repeated:
            continue
        # a cell merged down from above across this row would be cut
        if any(r + cell.row_span > i for r, row in enumerate(table.rows[:i]) for cell in row.cells):
            continue
        return i
    return None


def _split_at_new_headers(table: Table, context: list[Block], settings: StitchSettings,
                          split_from: dict[int, Table] | None) -> list[tuple[Table, list[Block]]]:
    """A grid that holds two tables, the second with a header of its own (another table drawn flush under
    the first, or rows of a different table the source merged into it): split before that header, so the
    second part is read with its own column labels (a ``table_split_at_header`` warning on both)."""
    parts: list[tuple[Table, list[Block]]] = []
    while True:
        n_header = split_header(table.grid(fill_spans=False))
        i = _new_header_at(table, n_header, settings)
        if i is None:
            parts.append((table, context))
            return parts
        rows = table.rows[i:]
        head_prov, rest_prov = _split_prov(table.prov, i, rows[0])
        rest = Table(rows=rows, n_cols=table.n_cols, page=rows[0].page or table.page, line=rows[0].line,
                     pages=sorted({r.page for r in rows if r.page is not None}),
                     warnings=[w for w in table.warnings if w != "table_stitched"] + ["table_split_at_header"],
                     prov=rest_prov)
        table.rows = table.rows[:i]
        table.prov = head_prov
        table.pages = sorted({r.page for r in table.rows if r.page is not None}) or table.pages
        table.warnings.append("table_split_at_header")
        if split_from is not None:  # placed among the document's blocks by repair_tables
            split_from[id(rest)] = table
        parts.append((table, context))
        table, context = rest, []


def _place_split_tables(blocks: list[Block], tables: list[Table], split_from: dict[int, Table]) -> None:
    """Put each table split off another (:func:`_split_at_new_headers`) into ``blocks``, right after the block
    its first row was read in (else after the table it was split from), so that whoever reads the document's
    blocks in order meets it where it was printed."""
    for table in tables:
        parent = split_from.get(id(table))
        if parent is None or any(b is table for b in blocks):
            continue
        first = table.rows[0]
        at = next((k for k, b in enumerate(blocks) if isinstance(b, Table) and any(r is first for r in b.rows)), None)
        if at is None:
            at = next((k for k, b in enumerate(blocks) if b is parent), len(blocks) - 1)
        blocks.insert(at + 1, table)


def _continues(prev: Table, nxt: Table, between: list[Block], settings: StitchSettings,
               running: frozenset[str] = frozenset()) -> bool:
    """``nxt`` carries on ``prev``; ``running`` holds the keys (:func:`_line_key`) of the short lines the document
    prints more than once (:func:`_running_lines`)."""
    if len(between) > settings.max_gap_blocks:
        return False
    if any(isinstance(b, Heading) for b in between):  # a new (sub)section starts a new table
        return False
    first, under_first = _first_filled_row_and_rows_under(nxt)
    if not first:
        return False
    if _header_cut_by_page(prev, nxt, between, settings):
        return True
    if _only_furniture(between, settings) and not _on_one_page(prev, nxt) and _header_rest(prev, nxt):
        return True
    if abs(prev.n_cols - nxt.n_cols) > 1:
        return False
    prev_header = _leading_filled_row(prev)
    # a (sub)section title between the parts ('B. Servicii propuse', 'b. Cursuri de calificare') starts a new
    # table, even when the next one repeats the same template header
    if any(_SECTION_HEADING.match(t) or _SUBITEM.match(t) for t in map(_block_text, between)):
        return False
    # (the rows under it, and, for a part of the same columns, the previous part's body: a first row of words whose
    # term is a date like theirs is a row of that table going on, not a header, when its own part is too short to
    # tell a column's type)
    below = under_first + (_body_tail(prev) if prev.n_cols == nxt.n_cols else [])
    if _row_is_headerish(first, below):
        # a header repeated on a new page continues the table, but only across page furniture: the same
        # header after real text is a new table of the same template
        return _similar_rows(first, prev_header) and (_page_furniture_only(prev, nxt, between, settings, running)
                                                       or _group_label_between(prev, nxt, between, settings, running))
    # the continuation's first cell must look like the previous table's body (row number or empty)
    return bool(_ROW_NUMBER.match(first[0])) or not first[0].strip() or prev.n_cols == nxt.n_cols


def _group_label_between(prev: Table, nxt: Table, between: list[Block], settings: StitchSettings,
                         running: frozenset[str] = frozenset()) -> bool:
    """A table that prints its header again over each group of rows, the group's label between (a plan of measures:
    the header, "Obiectivul strategic 2: …", the header, rows; a header left at a page's foot, its first group's
    label under it): ``prev`` ends with its header (printed again, or its only rows), then a few short paragraphs,
    no page furniture (a page number, a line printed on every page), then ``nxt`` in the same columns (a part read
    with a column more is no part of it: its rows would fall into the wrong columns). The paragraphs are the
    groups' labels, rows of the table, as a grid or a text export gives them (the caller knows ``nxt`` goes on
    with it)."""
    if not between or len(between) > settings.group_label_max_blocks or not prev.rows or prev.n_cols != nxt.n_cols:
        return False
    texts = [_block_text(b).strip() for b in between]
    if any(not isinstance(b, Paragraph) or not 0 < len(t) <= settings.group_label_max_chars
           or _PAGE_MARK.match(t) or _line_key(t) in running for b, t in zip(between, texts)):
        return False
    return _ends_with_header(prev)


def _ends_with_header(table: Table) -> bool:
    """The table's last rows are its header printed again (its first header row, then rows of words only: a group
    cell's sub-columns under it), or the table is its header alone."""
    lead = _leading_filled_row(table)
    tail = [Table(rows=[row], n_cols=table.n_cols).grid(fill_spans=False)[0]
            for row in table.rows[-_MAX_HEADER_ROWS:]]
    for i in range(len(tail) - 1, -1, -1):
        if _similar_rows(tail[i], lead):
            return True
        if not _row_is_headerish_or_blank(tail[i]):
            return False
    return False


def _add_label_rows(table: Table, labels: list[Block]) -> None:
    """Each group label a row of ``table``: one cell across its columns (as a ruleless reader sets a label)."""
    for b in labels:
        text = _block_text(b).strip()
        table.rows.append(Row(cells=[Cell(text=text, col=0, col_span=table.n_cols, line=b.line, page=b.page,
                                          bbox=getattr(b, "bbox", None))], line=b.line, page=b.page,
                              bbox=getattr(b, "bbox", None)))


def _body_tail(table: Table, n: int = 20) -> list[list[str]]:
    """The last ``n`` rows of ``table`` under its first filled row, each gridded on its own (linear in pages, as
    :func:`_leading_filled_row`)."""
    first = next((i for i, row in enumerate(table.rows) if any(c.text.strip() for c in row.cells)), len(table.rows))
    return [Table(rows=[row], n_cols=table.n_cols).grid(fill_spans=False)[0]
            for row in table.rows[max(first + 1, len(table.rows) - n):]]


def _leading_filled_row(table: Table) -> list[str]:
    """:func:`_first_filled_row` of ``table`` read from its leading rows only. The table being stitched grows by a
    page's rows at each part, and gridding all of it at every part made stitching quadratic in pages. Without
    spans filled, a row of the grid holds only the cells that start in it, so each row is gridded on its own."""
    for row in table.rows:
        cells = Table(rows=[row], n_cols=table.n_cols).grid(fill_spans=False)[0]
        if any(c.strip() for c in cells):
            return cells
    return []


# the furniture a page break leaves where the source keeps no pages: a page number ('Pagina 2 din 5', '- 2 -', '2/5')
_PAGE_MARK = re.compile(r"^\s*(?:pag(?:ina|\.)?\s*)?[-–]?\s*\d{1,3}\s*(?:(?:din|/|of)\s*\d{1,3})?\s*[-–]?\s*$", re.I)


def _line_key(text: str) -> str:
    """A line compared with the other lines of the document: folded, its figures (a page number) left out."""
    return re.sub(r"\d+", "#", fold_key(text))


def _running_lines(blocks: list[Block], settings: StitchSettings) -> frozenset[str]:
    """The keys of the short text lines printed more than once in the document: the running headers and footers
    a reader may have left among the blocks (a title is printed once)."""
    seen = Counter(_line_key(t) for b in blocks if not isinstance(b, Table)
                   and 0 < len(t := _block_text(b).strip()) < settings.furniture_max_chars)
    return frozenset(key for key, n in seen.items() if n > 1)


def _cell_remnant(text: str) -> bool:
    """A line that opens in lower case ('nerambursabile', 'defalcate din TVA)'): the end of a cell's text that fell
    out of its table between two parts, never a title."""
    first = text.strip()[:1]
    return first.isalpha() and first.islower()


def _on_one_page(prev: Table, nxt: Table) -> bool:
    """The last row of ``prev`` and the first of ``nxt`` are on the same page (False when a page is unknown: a text
    export or a DOCX may have had a page break there)."""
    last = prev.rows[-1].page if prev.rows and prev.rows[-1].page is not None else prev.page
    first = nxt.rows[0].page if nxt.rows and nxt.rows[0].page is not None else nxt.page
    return last is not None and last == first


def _page_furniture_only(prev: Table, nxt: Table, between: list[Block], settings: StitchSettings,
                         running: frozenset[str]) -> bool:
    """Only what a page break leaves lies between two parts of one table: nothing, page numbers, or few short lines
    each the end of a cell's text or a line the document prints more than once (a running header the reader left;
    not between two parts on one page). A short line printed once is a title ('Persoane vârstnice', a group of
    services), on one page or over the next page's part."""
    texts = [_block_text(b) for b in between]
    if all(_PAGE_MARK.match(t) for t in texts):  # nothing between is all()-true too
        return True
    if not _only_furniture(between, settings):
        return False
    across_pages = not _on_one_page(prev, nxt)
    return all(_cell_remnant(t) or across_pages and _line_key(t) in running for t in texts)


def _only_furniture(between: list[Block], settings: StitchSettings) -> bool:
    """At most a running header/footer between two parts: few short blocks."""
    return all(len(_block_text(b)) < settings.furniture_max_chars for b in between) \
        and len(between) <= settings.furniture_max_blocks


def _header_cut_by_page(prev: Table, nxt: Table, between: list[Block], settings: StitchSettings) -> bool:
    """The previous part is only a header (no body yet) and the next part starts with header rows: the
    header was cut by the page break (or, on one page, read apart from the rest of it, nothing between). Not
    with text between on one page: a header repeated at a page's top with no row under it, then a short title and
    the next table's header, is no header cut by a page (a section's table glued onto the table above it, its rows
    read in that table's columns)."""
    only_furniture = _only_furniture(between, settings) and (
        not _on_one_page(prev, nxt) or all(_PAGE_MARK.match(_block_text(b)) for b in between))
    # split_header never counts more than _MAX_HEADER_ROWS rows: a longer part has a body, without gridding it all
    return (only_furniture and 0 < len(prev.rows) <= _MAX_HEADER_ROWS
            and split_header(prev.grid(fill_spans=False)) >= len(prev.rows)
            and _holds_no_value(nxt.grid(fill_spans=False)[0]))


def _holds_no_value(cells: list[str]) -> bool:
    """No cell of the row is a value (:func:`value_cells`: a code, a cell led by its figure, '-'): a header's words,
    a decree's number inside them too ("u (HG nr. 867/2015)", the rest of "Cod serviciu (HG nr. 867/2015)" cut by
    the page), or a blank row."""
    return value_cells(cells, lambda: []) == 0


def _squashed(text: str) -> str:
    return "".join(text.split()).casefold()


def _leading_rows(table: Table) -> list[list[str]]:
    """The grid of the table's first rows, enough to tell its header (:func:`split_header`) and the rows under it:
    a long table stitched so far is not gridded again at every part."""
    return Table(rows=table.rows[:3 * _MAX_HEADER_ROWS], n_cols=table.n_cols).grid(fill_spans=False)


def _header_rest(prev: Table, nxt: Table) -> int:
    """``nxt``'s first row is the rest of the header ``prev`` printed again at its end, cut by the page break (a
    word processor's table repeating its header on each page, a table per group of rows): each of its filled cells
    glued to the cell above it in one of ``prev``'s last rows gives that column's cell of ``prev``'s header
    ("Furnizor (denumire, date de" / "contact)", "Buget județe" / "an"). Returns how many header rows ``prev``'s
    end holds (the rows the rest completes), 0 when ``nxt`` starts otherwise."""
    if not nxt.rows or not prev.rows:
        return 0
    first = Table(rows=nxt.rows[:1], n_cols=nxt.n_cols).grid(fill_spans=False)[0]
    filled = [c for c, text in enumerate(first) if text.strip()]
    if not filled:
        return 0
    lead = _leading_rows(prev)
    n = split_header(lead)
    if not n or len(prev.rows) < 2 * n:
        return 0
    lead, tail = lead[:n], Table(rows=prev.rows[-n:], n_cols=prev.n_cols).grid(fill_spans=False)
    cut = False
    for c in filled:
        rows = [r for r in range(n) if c < len(lead[r]) and c < len(tail[r])
                and _squashed(tail[r][c] + first[c]) == _squashed(lead[r][c])]
        if not rows:
            return 0
        cut = cut or any(tail[r][c].strip() for r in rows)
    return n if cut else 0


def _first_filled_row_and_rows_under(table: Table) -> tuple[list[str], list[list[str]]]:
    """A part's first filled row (as :func:`_first_filled_row`) and the rows under it, whose column types say
    whether '-' in it is a value stated as none; one grid of the part (one page's rows: linear in pages)."""
    rows = table.grid(fill_spans=False)
    first = next((i for i, row in enumerate(rows) if any(c.strip() for c in row)), len(rows))
    return (rows[first], rows[first + 1:]) if first < len(rows) else ([], [])


def _row_is_headerish_or_blank(cells: list[str]) -> bool:
    return not any(_NUMERIC_CELL.search(c) for c in cells)


def _take_back_overflow(prev: Table, between: list[Block], settings: StitchSettings) -> bool:
    """'152 beneficiari din care:' | (a paragraph) '126 copii … și 26 de copii în tutelă' | the table goes on: a
    single short paragraph between two parts of one table, right after a cell that ends by announcing more, is
    that cell's text that fell out of the table; it goes back into the cell. True when it did."""
    if len(between) != 1 or not isinstance(between[0], Paragraph) or not prev.rows:
        return False
    text = between[0].text.strip()
    filled = [c for c in prev.rows[-1].cells if c.text.strip()]
    if not filled or not text or len(text) > settings.overflow_max_chars or not filled[-1].text.rstrip().endswith(":"):
        return False
    filled[-1].text = f"{filled[-1].text.rstrip()} {text}"
    return True


_FOOTNOTE_START = re.compile(r"^\s*(?:[¹²³⁴⁵⁶⁷⁸⁹⁰*]|\(\d{1,2}\)|not[aă]\b)", re.I)


def _take_back_cell_paragraphs(prev: Table, nxt: Table, between: list[Block], settings: StitchSettings) -> bool:
    """A table the source cut into pieces with a cell's later paragraphs printed between them (a conversion that
    ends the table after a cell's first paragraph and starts a new one at the next row): the paragraphs between
    row n and row n+1 of one numbered table, on the same page, are the text of row n's last cell. Only plain
    paragraphs (no heading, no section or item marker, no footnote) go back. True when they did."""
    if not between or len(between) > settings.between_rows_max_blocks or not prev.rows or not nxt.rows:
        return False
    if any(not isinstance(b, (Paragraph, ListItem)) or len(_stray_text(b)) > settings.between_rows_max_chars
           or _SECTION_HEADING.match(_stray_text(b)) or _SUBITEM.match(_stray_text(b))
           or _FOOTNOTE_START.match(_stray_text(b)) for b in between):
        return False
    last, first = prev.rows[-1], nxt.rows[0]
    if (last.page if last.page is not None else prev.page) != (first.page if first.page is not None else nxt.page):
        return False  # text between two pages' parts is page furniture or a footnote, not a cell's
    numbers = [_row_number(r.cells[0].text) if r.cells and r.cells[0].col == 0 else None for r in (last, first)]
    if numbers[0] is None or numbers[1] != numbers[0] + 1:
        return False
    filled = [c for c in last.cells if c.text.strip()]
    if not filled:
        return False
    cell = filled[-1]
    cell.text = " ".join([cell.text.rstrip()] + [_stray_text(b) for b in between])
    return True


def _fill_row_after_cell_list(prev: Table, nxt: Table, between: list[Block], settings: StitchSettings) -> bool:
    """'Proceduri de reabilitare constând în:' | (empty) | (empty), then the list items it announces, then a grid of
    one row of two cells, '360' | '269 lei/lună/': a conversion that ended the table at a cell's bulleted list
    printed the list after it and the row's last cells in a grid of their own. The list goes back into the cell
    (its markers kept, as a cell's text gives them), the grid's cells into the row's empty last cells, one for
    one. Only list items between, as many as a cell holds, on the same page; the row's filled cell ends by
    announcing them (':'). True when the row was filled."""
    if not between or len(between) > settings.cell_list_max_items or not prev.rows or len(nxt.rows) != 1:
        return False
    if any(not isinstance(b, ListItem) or not b.marker or len(_stray_text(b)) > settings.between_rows_max_chars
           for b in between):
        return False
    last, filler = prev.rows[-1], [c for c in nxt.rows[0].cells if c.text.strip()]
    pages = {p for p in (last.page if last.page is not None else prev.page,
                         nxt.page, *(b.page for b in between)) if p is not None}
    if len(pages) > 1:
        return False  # a list between two pages' grids is text of its own
    filled = [c for c in last.cells if c.text.strip()]
    if not filled or not filled[-1].text.rstrip().endswith(":"):
        return False
    after = filled[-1].col + filled[-1].col_span
    empty = [c for c in last.cells if c.col >= after]
    if not filler or len(filler) != len(nxt.rows[0].cells) or len(empty) != len(filler) \
            or any(c.text.strip() for c in empty) or empty[-1].col + empty[-1].col_span != prev.n_cols:
        return False
    filled[-1].text = " ".join([filled[-1].text.rstrip()] + [_stray_text(b) for b in between])
    for cell, text in zip(empty, filler):
        cell.text = text.text
    prev.warnings.append("table_stitched")
    return True


def _append_rows(prev: Table, nxt: Table, settings: StitchSettings) -> None:
    if _header_cut_by_page(prev, nxt, [], settings) and len(prev.rows) == 1 and nxt.rows \
            and len(prev.rows[0].cells) == len(nxt.rows[0].cells):
        # the header's top row on the previous page lost its spans; its cells are the next part's first
        # row cells one for one (the same columns, cut): join their texts there
        for upper, lower in zip(prev.rows[0].cells, nxt.rows[0].cells):
            lower.text = " ".join(t for t in (upper.text, lower.text) if t.strip())
        nxt.rows[0].page, nxt.rows[0].line = prev.rows[0].page, prev.rows[0].line
        prev.rows = []
    elif n_head := _header_rest(prev, nxt):
        # the header printed again at the page's foot, its rest on the next page: the rest completes it (the
        # header printed again is then the header's rows, dropped as such), the next part's rows follow
        lead = _leading_rows(prev)[:n_head]
        for r, row in enumerate(prev.rows[-n_head:]):
            for cell in row.cells:
                if cell.col < len(lead[r]) and lead[r][cell.col].strip():
                    cell.text = lead[r][cell.col]
        nxt.rows = nxt.rows[1:]
    for row in nxt.rows:
        prev.rows.append(row)
    prev.n_cols = max(prev.n_cols, nxt.n_cols)
    if nxt.page and nxt.page not in prev.pages:
        if prev.page and prev.page not in prev.pages:
            prev.pages.append(prev.page)
        prev.pages.append(nxt.page)
    prev.warnings.append("table_stitched")
