"""Table repair, format-agnostic: from model tables to logical tables with one label path per column.

Steps, each a small function testable alone:

1. :func:`stitch_tables` — a table interrupted by a page break, footnote lines or a separator line is joined
   back onto the table it continues when the columns agree and no section heading intervenes.
   A table the source broke into fragments (cells fallen out as paragraphs between pieces of table with
   other column counts) is re-assembled: :class:`_Reflow` re-aligns the fragments' cells to the columns of
   the table they continue and puts the stray text back into the cell it fell out of. A second header inside
   one grid starts a new table; a short paragraph between two parts of a table after a cell ending in ':'
   goes back into that cell.
2. :func:`split_header` / :func:`column_paths` — headers over one to four rows (cells spanning columns)
   become one label path per column, e.g. ``"Bugetele estimate … [mii lei] / Buget local"``.
3. :func:`realign_shifted_rows` / :func:`realign_header_labels` — rows (and header labels) typed out of their
   columns are put back where every cell fits its column's kind (figure or text).
4. :func:`repair_rows` — separator rows and repeated header blocks dropped, group-heading rows turned into
   the ``category`` of the rows below, a logical row split over several physical rows re-joined, footnote
   markers removed from values (kept as warnings).

Nothing here knows about social services: the vocabulary that says which column is which lives in the
record extractors.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from extractors.model import BBox, Block, Cell, Heading, ListItem, Paragraph, Row, Table
from normalizers.text import clean_text, fold_key

PATH_SEP = " / "

_SEPARATOR_CELL = re.compile(r"^[\s\-–—_=|.:+*]*$")
_FOOTNOTE_MARK = re.compile(r"\s*(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\*{1,3})(?=\s|$|[;,.:)])")
_ROW_NUMBER = re.compile(r"^\s*(?:[a-zA-Z]\.)?\d{1,3}\s*[.)]?\s*$")
_NUMERIC_CELL = re.compile(r"\d")
_YEAR_CELL = re.compile(r"(?:anul\s+)?(?:19|20)\d\d", re.I)
_TOTAL_LABEL = re.compile(r"^\s*(?:total(?:ul)?|sub-?total)\b", re.I)  # a TOTAL row is a row of its own
_SECTION_HEADING = re.compile(r"^\s*(?:CAPITOLUL|Capitolul|CAP\.|[A-H]\s*[.)]\s|[IVX]{1,4}\s*[.)]\s)")


@dataclass
class LogicalRow:
    """One logical row: a dense list of cell texts (one per column) with its provenance."""

    cells: list[str]
    line: int | None = None
    page: int | None = None
    category: str | None = None
    warnings: list[str] = field(default_factory=list)


@dataclass
class ResolvedTable:
    table: Table
    columns: list[str]  # label path per column ("" when the header says nothing)
    header_rows: list[list[str]]
    rows: list[LogicalRow]
    context: list[Block]  # text blocks before the table, nearest last
    kind: str | None = None
    warnings: list[str] = field(default_factory=list)
    # physical body rows (spans filled), with their provenance; :func:`repair` turns them into ``rows``
    body: list[list[str]] = field(default_factory=list)
    body_lines: list[int | None] = field(default_factory=list)
    body_pages: list[int | None] = field(default_factory=list)
    body_warnings: list[list[str]] = field(default_factory=list)  # per physical body row ('row_realigned')

    @property
    def seq(self) -> int | None:
        return self.table.seq


# ---------------------------------------------------------------- stitching

def _row_is_headerish(cells: list[str]) -> bool:
    """No digits, several filled cells, not all of them lower-case fragments: the look of a header row
    (a row that carries on a sentence from the previous page starts in lower case)."""
    filled = [c.strip() for c in cells if c.strip()]
    # years as column labels ("Categoria de beneficiari | 2022 | 2023") are header words, not figures
    figures = [c for c in filled if _NUMERIC_CELL.search(c)]
    years_only = len(figures) < len(filled) and _year_labels(filled)
    return (len(filled) >= 2 and (not figures or years_only)
            and any(not c[:1].islower() for c in filled))


def _first_filled_row(table: Table) -> list[str]:
    for row in table.grid(fill_spans=False):
        if any(c.strip() for c in row):
            return row
    return []


def stitch_tables(blocks: list[Block], max_gap_blocks: int = 12,
                  consumed: set[int] | None = None) -> list[tuple[Table, list[Block]]]:
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
    """
    consumed = set() if consumed is None else consumed
    out: list[tuple[Table, list[Block]]] = []
    context: list[Block] = []
    flow: _Reflow | None = None  # set while the last table is being re-assembled from fragments
    restored = _restore_header_labels(list(blocks))
    consumed.update({id(b) for b in blocks} - {id(b) for b in restored})
    for block in restored:
        if not isinstance(block, Table):
            context.append(block)
            continue
        prev = out[-1][0] if out else None
        if prev is not None and flow is None and not _continues(prev, block, context, max_gap_blocks) \
                and _fragment_continues(_Reflow(prev), block, context):
            flow = _Reflow(prev)
        if prev is not None and flow is not None and (
                _fragment_continues(flow, block, context)
                or _continues(prev, block, context, max_gap_blocks)):
            flow.add_fragment(block, context)
            consumed.update(id(b) for b in context if _stray_text(b))
        elif prev is not None and _continues(prev, block, context, max_gap_blocks):
            if _take_back_overflow(prev, context):
                consumed.add(id(context[0]))
            _append_rows(prev, block)
        else:
            out.append((block, context))
            flow = None
        context = []
    out = [part for table, context in out for part in _split_at_new_headers(table, context)]
    for seq, (table, _) in enumerate(out, start=1):
        table.seq = seq
    return out


_LABEL_MAX_CHARS = 60


def _matches_label(text: str, labels: list[str]) -> bool:
    key = fold_key(text)
    return len(key) >= 4 and any(len(lab) >= 4 and fuzz.partial_ratio(key, lab) >= 90 for lab in labels)


def _new_header_at(table: Table, n_header: int) -> int | None:
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
        if any(_NUMERIC_CELL.search(t) or len(t) > _LABEL_MAX_CHARS or not t[:1].isupper() for _, t in filled):
            continue
        matched = [(c, t) for c, t in filled if _matches_label(t, sorted(labels))]
        if len(matched) < 2:
            continue
        # every cell is its column's own label (short ones such as the legend letters 'A', 'B' compared exactly)
        repeated = all(fold_key(t) in by_col[c] or _matches_label(t, sorted(by_col[c])) for c, t in filled)
        if repeated:
            continue
        # a cell merged down from above across this row would be cut
        if any(r + cell.row_span > i for r, row in enumerate(table.rows[:i]) for cell in row.cells):
            continue
        return i
    return None


def _split_at_new_headers(table: Table, context: list[Block]) -> list[tuple[Table, list[Block]]]:
    """A grid that holds two tables, the second with a header of its own (another table drawn flush under
    the first, or rows of a different table the source merged into it): split before that header, so the
    second part is read with its own column labels (a ``table_split_at_header`` warning on both)."""
    parts: list[tuple[Table, list[Block]]] = []
    while True:
        n_header = split_header(table.grid(fill_spans=False))
        i = _new_header_at(table, n_header)
        if i is None:
            parts.append((table, context))
            return parts
        rows = table.rows[i:]
        rest = Table(rows=rows, n_cols=table.n_cols, page=rows[0].page or table.page, line=rows[0].line,
                     pages=sorted({r.page for r in rows if r.page is not None}),
                     warnings=[w for w in table.warnings if w != "table_stitched"] + ["table_split_at_header"])
        table.rows = table.rows[:i]
        table.pages = sorted({r.page for r in table.rows if r.page is not None}) or table.pages
        table.warnings.append("table_split_at_header")
        rest._split_from = table  # placed among the document's blocks by resolve_tables
        parts.append((table, context))
        table, context = rest, []


def _place_split_tables(blocks: list[Block], tables: list[Table]) -> None:
    """Put each table split off another (:func:`_split_at_new_headers`) into ``blocks``, right after the block
    its first row was read in (else after the table it was split from), so that whoever reads the document's
    blocks in order meets it where it was printed."""
    for table in tables:
        parent = getattr(table, "_split_from", None)
        if parent is None or any(b is table for b in blocks):
            continue
        first = table.rows[0]
        at = next((k for k, b in enumerate(blocks) if isinstance(b, Table) and any(r is first for r in b.rows)), None)
        if at is None:
            at = next((k for k, b in enumerate(blocks) if b is parent), len(blocks) - 1)
        blocks.insert(at + 1, table)


def _continues(prev: Table, nxt: Table, between: list[Block], max_gap_blocks: int) -> bool:
    if len(between) > max_gap_blocks:
        return False
    if any(isinstance(b, Heading) for b in between):  # a new (sub)section starts a new table
        return False
    first = _first_filled_row(nxt)
    if not first:
        return False
    if _header_cut_by_page(prev, nxt, between):
        return True
    if abs(prev.n_cols - nxt.n_cols) > 1:
        return False
    prev_header = _first_filled_row(prev)
    if _row_is_headerish(first):
        only_furniture = all(len(_block_text(b)) < 80 for b in between) and len(between) <= 2
        # a header repeated on a new page continues the table, but only across page furniture: the same
        # header after real text is a new table of the same template
        return _similar_rows(first, prev_header) and only_furniture
    if any(_SECTION_HEADING.match(_block_text(b)) for b in between):
        return False
    # the continuation's first cell must look like the previous table's body (row number or empty)
    return bool(_ROW_NUMBER.match(first[0])) or not first[0].strip() or prev.n_cols == nxt.n_cols


def _block_text(block: Block) -> str:
    return getattr(block, "text", "") or ""


def _header_cut_by_page(prev: Table, nxt: Table, between: list[Block]) -> bool:
    """The previous part is only a header (no body yet) and the next part starts with header rows: the
    header was cut by the page break."""
    only_furniture = all(len(_block_text(b)) < 80 for b in between) and len(between) <= 2
    return (only_furniture and bool(prev.rows) and split_header(prev.grid(fill_spans=False)) >= len(prev.rows)
            and _row_is_headerish_or_blank(nxt.grid(fill_spans=False)[0]))


def _row_is_headerish_or_blank(cells: list[str]) -> bool:
    return not any(_NUMERIC_CELL.search(c) for c in cells)


def _take_back_overflow(prev: Table, between: list[Block]) -> bool:
    """'152 beneficiari din care:' | (a paragraph) '126 copii … și 26 de copii în tutelă' | the table goes on: a
    single short paragraph between two parts of one table, right after a cell that ends by announcing more, is
    that cell's text that fell out of the table; it goes back into the cell. True when it did."""
    if len(between) != 1 or not isinstance(between[0], Paragraph) or not prev.rows:
        return False
    text = between[0].text.strip()
    filled = [c for c in prev.rows[-1].cells if c.text.strip()]
    if not filled or not text or len(text) > 300 or not filled[-1].text.rstrip().endswith(":"):
        return False
    filled[-1].text = f"{filled[-1].text.rstrip()} {text}"
    return True


def _append_rows(prev: Table, nxt: Table) -> None:
    if _header_cut_by_page(prev, nxt, []) and len(prev.rows) == 1 and nxt.rows \
            and len(prev.rows[0].cells) == len(nxt.rows[0].cells):
        # the header's top row on the previous page lost its spans; its cells are the next part's first
        # row cells one for one (the same columns, cut): join their texts there
        for upper, lower in zip(prev.rows[0].cells, nxt.rows[0].cells):
            lower.text = " ".join(t for t in (upper.text, lower.text) if t.strip())
        nxt.rows[0].page, nxt.rows[0].line = prev.rows[0].page, prev.rows[0].line
        prev.rows = []
    for row in nxt.rows:
        prev.rows.append(row)
    prev.n_cols = max(prev.n_cols, nxt.n_cols)
    if nxt.page and nxt.page not in prev.pages:
        if prev.page and prev.page not in prev.pages:
            prev.pages.append(prev.page)
        prev.pages.append(nxt.page)
    prev.warnings.append("table_stitched")


def _similar_rows(a: list[str], b: list[str]) -> bool:
    ja, jb = fold_key(" ".join(a)), fold_key(" ".join(b))
    return bool(ja) and bool(jb) and fuzz.ratio(ja, jb) >= 90


# ---------------------------------------------------------------- fragments

# text between two fragments of one table: a few short blocks, none a heading or a section/item marker
_STRAY_MAX_BLOCKS = 4
_STRAY_MAX_CHARS = 300
_ITEM_MARKER = re.compile(r"^\s*(?:[a-z]\s*\)|\d{1,2}\s*[.)])\s+[A-ZĂÂÎȘȚŞŢ]")
_PUNCTUATION_ONLY = re.compile(r"^[.,;:!?)\]]+$")
# the template's label of the row-number column ('Nr. crt.', 'Nr.', 'Crt.')
_ROW_NUMBER_LABEL = re.compile(r"^(?:nr|crt|no)\b")
_MIN_OVERLAP = 0.6  # share of a cell's width inside a column for the cell to be in that column


def _stray_text(block: Block) -> str:
    if isinstance(block, ListItem) and block.marker:
        return f"{block.marker} {block.text}".strip()
    return _block_text(block).strip()


def _is_stray_run(between: list[Block]) -> bool:
    """Blocks that may be cell text fallen out of a table: few, short, no heading, no section or item marker."""
    if len(between) > _STRAY_MAX_BLOCKS:
        return False
    for b in between:
        if isinstance(b, (Heading, Table)):
            return False
        t = _stray_text(b)
        if len(t) > _STRAY_MAX_CHARS or _SECTION_HEADING.match(t) or _ITEM_MARKER.match(t):
            return False
    return True


def _row_number(text: str) -> int | None:
    if not _ROW_NUMBER.match(text or ""):
        return None
    m = re.search(r"(\d+)\s*[.)]?\s*$", text)
    return int(m.group(1)) if m else None


def _filled(row: Row) -> list[Cell]:
    return [c for c in row.cells if c.text.strip()]


def _join_cell_text(a: str, b: str) -> str:
    if a and _PUNCTUATION_ONLY.match(b.strip()):
        return a.rstrip() + b.strip()
    return _join_fragments(a, b)


class _Reflow:
    """A table re-assembled from fragments: dense logical rows of ``n_cols`` slots.

    A fragment row that starts with a row number starts a new logical row at the row-number column (column
    0); any other row carries on the last logical row. Where a row's cells go: by x-overlap with the
    established columns when the cells have bboxes and every cell falls inside one column, in order; else
    by the fragment's own columns when it has the established column count; else structurally — the cells
    fill the columns the unfinished row still lacks, or (a complete row) continue the columns the previous
    physical row wrote. A continuation never writes into the row-number column.
    """

    def __init__(self, table: Table):
        self.table = table
        self.n = table.n_cols
        raw = table.grid(fill_spans=False)
        self.n_header = split_header(raw) if raw else 0
        self.header = table.rows[:self.n_header]
        self.rows: list[list[list[Cell]]] = []  # logical row → column → cells placed there
        self.last_cols: list[int] = []
        self.columns = _column_ranges(table.rows[self.n_header:], self.n)
        for row in table.rows[self.n_header:]:
            self._add_row(row, table)

    # -- state

    def last_number(self) -> int | None:
        for slots in reversed(self.rows):
            if slots[0]:
                n = _row_number(slots[0][0].text)
                if n is not None:
                    return n
        return None

    def free_columns(self) -> list[int]:
        """Columns after the last filled one of the last logical row, when that row starts with a number."""
        if not self.rows or not self.rows[-1][0] or _row_number(self.rows[-1][0][0].text) is None:
            return []
        slots = self.rows[-1]
        last = max(i for i, s in enumerate(slots) if s)
        return list(range(last + 1, self.n))

    # -- placement

    def _geometric_cols(self, cells: list[Cell]) -> list[int] | None:
        if not self.columns or any(c.bbox is None for c in cells):
            return None
        cols = []
        for c in cells:
            x0, x1 = c.bbox[0], c.bbox[2]
            width = max(x1 - x0, 1e-6)
            best, share = None, 0.0
            for i, (c0, c1) in enumerate(self.columns):
                ov = max(0.0, min(x1, c1) - max(x0, c0)) / width
                if ov > share:
                    best, share = i, ov
            if best is None or share < _MIN_OVERLAP or (cols and best <= cols[-1]):
                return None
            cols.append(best)
        return cols

    def _own_cols(self, cells: list[Cell], frag: Table) -> list[int] | None:
        if frag.n_cols != self.n:
            return None
        cols = [c.col for c in cells]
        return cols if all(a < b for a, b in zip(cols, cols[1:])) and cols[-1] < self.n else None

    def _add_row(self, row: Row, frag: Table) -> None:
        cells = _filled(row)
        if not cells:
            return
        candidates = [c for c in (self._geometric_cols(cells), self._own_cols(cells, frag)) if c is not None]
        if _row_number(cells[0].text) is not None or not self.rows:
            cols = next((c for c in candidates if c[0] == 0), list(range(len(cells))))
            self.rows.append([[] for _ in range(self.n)])
        else:
            free = self.free_columns()
            cols = next((c for c in candidates if 0 not in c), None)
            if cols is None:
                if 0 < len(cells) <= len(free):
                    cols = free[:len(cells)]
                elif 0 < len(cells) <= len(self.last_cols):
                    cols = self.last_cols[:len(cells)]
                else:  # nothing it plausibly continues: keep it as a row of its own
                    cols = list(range(len(cells)))
                    self.rows.append([[] for _ in range(self.n)])
        self._place(cells, cols)

    def _place(self, cells: list[Cell], cols: list[int]) -> None:
        slots = self.rows[-1]
        used = []
        for cell, col in zip(cells, cols + [cols[-1]] * (len(cells) - len(cols))):
            col = min(col, self.n - 1)
            slots[col].append(cell)
            if col not in used:
                used.append(col)
        self.last_cols = used

    def _add_strays(self, strays: list[Block], nxt: Table | None) -> None:
        """Stray text back into the unfinished row. The columns the next fragment will not fill take one piece
        each; when there are more pieces than such columns, the first is the overflow of the cell written last
        and the surplus joins the last column written. With geometry, a piece indented into a column goes to
        that column (a piece at the left margin says nothing by its position)."""
        if not self.rows:
            return
        slots = self.rows[-1]
        free = self.free_columns()
        first = _filled(nxt.rows[0]) if nxt is not None and nxt.rows else []
        if first and _row_number(first[0].text) is None:
            free = free[:max(0, len(free) - len(first))]
        for i, block in enumerate(strays):
            text = _stray_text(block)
            if not text:
                continue
            col = self._stray_column(block)
            if col is None:
                # as many pieces as free columns: one each; more: the first overflows the cell written last
                if free and (i > 0 or len(strays) <= len(free)):
                    col = free.pop(0)
                else:
                    col = self.last_cols[-1] if self.last_cols else max(j for j, s in enumerate(slots) if s)
            if col in free:
                free.remove(col)
            slots[col].append(Cell(text=text, col=col, page=block.page, line=block.line, bbox=block.bbox))
            self.last_cols = [col]

    def _stray_column(self, block: Block) -> int | None:
        bbox = getattr(block, "bbox", None)
        if not self.columns or bbox is None or bbox[0] <= self.columns[0][0] + 6:
            return None  # at the left margin: its position says nothing
        col = next((i for i, (c0, c1) in enumerate(self.columns) if c0 - 2 <= bbox[0] < c1), None)
        return col if col else None

    def add_fragment(self, frag: Table, between: list[Block]) -> None:
        self._add_strays(between, frag)
        for row in frag.rows:
            self._add_row(row, frag)
        if frag.page and frag.page not in self.table.pages:
            if self.table.page and self.table.page not in self.table.pages:
                self.table.pages.append(self.table.page)
            self.table.pages.append(frag.page)
        for w in ("table_stitched", "table_fragments_joined"):
            if w not in self.table.warnings:
                self.table.warnings.append(w)
        if between and "stray_text_restored" not in self.table.warnings:
            self.table.warnings.append("stray_text_restored")
        self.commit()

    def commit(self) -> None:
        """Write the logical rows back into the table as dense rows (one cell per column)."""
        rows = list(self.header)
        for slots in self.rows:
            placed = [c for s in slots for c in s]
            out = []
            for col, s in enumerate(slots):
                text = ""
                for c in s:
                    text = _join_cell_text(text, clean_text(c.text))
                src = s[0] if s else None
                page = src.page if src else None
                out.append(Cell(text=text, col=col, page=page, line=src.line if src else None,
                                bbox=_union([c.bbox for c in s if c.page == page])))
            head = placed[0] if placed else None
            rows.append(Row(cells=out, line=head.line if head else None, page=head.page if head else None,
                            bbox=_union([c.bbox for c in placed if head and c.page == head.page])))
        self.table.rows = rows


def _union(boxes: list[BBox | None]) -> BBox | None:
    boxes = [b for b in boxes if b is not None]
    if not boxes:
        return None
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def _column_ranges(rows: list[Row], n_cols: int) -> list[tuple[float, float]] | None:
    """x-ranges of the established columns: from the first row with one bboxed cell per column."""
    for row in rows:
        if len(row.cells) == n_cols and all(c.bbox is not None and c.col_span == 1 for c in row.cells):
            return [(c.bbox[0], c.bbox[2]) for c in sorted(row.cells, key=lambda c: c.col)]
    return None


def _fragment_continues(flow: _Reflow, nxt: Table, between: list[Block]) -> bool:
    """``nxt`` is a fragment of the table ``flow`` re-assembles: only stray text between them, no header of its
    own, and it either carries on the row numbering or completes the unfinished last row."""
    if not _is_stray_run(between):
        return False
    first_row = _first_filled_row(nxt)
    if not first_row or _row_is_headerish(first_row):
        return False
    last = flow.last_number()
    if last is None:
        return False
    numbers = [n for n in (_row_number(_filled(r)[0].text) for r in nxt.rows if _filled(r)) if n is not None]
    if numbers:
        return numbers[0] == last + 1 or (numbers[0] == last and _row_number(_filled(nxt.rows[0])[0].text) is None)
    first = _filled(next(r for r in nxt.rows if _filled(r)))
    free = flow.free_columns()
    return 0 < len(first) <= len(free)


def _label_text(block: Block) -> str | None:
    """Text of a block that may be a header label fallen out above its table (a paragraph or a one-cell table)."""
    if isinstance(block, Paragraph):
        return block.text.strip()
    if isinstance(block, Table) and len(block.rows) == 1 and len(_filled(block.rows[0])) == 1:
        return _filled(block.rows[0])[0].text.strip()
    return None


def _restore_header_labels(blocks: list[Block]) -> list[Block]:
    """Put back a row-number column's header label ('Nr. crt.') printed just above its table.

    The source shows it as short paragraphs (or a one-cell table) right before a table whose one-row header
    has one label too few — its first label stands over the row numbers and its last cell spans two columns.
    The labels move right by one column and the fallen label takes column 0.
    """
    drop: set[int] = set()
    for i, table in enumerate(blocks):
        if not isinstance(table, Table) or len(table.rows) < 2:
            continue
        raw = table.grid(fill_spans=False)
        if split_header(raw) != 1 or not _row_is_headerish(raw[0]):
            continue
        head = table.rows[0]
        last = head.cells[-1] if head.cells else None
        if last is None or head.cells[0].col != 0 or last.col_span < 2 or last.col + last.col_span != table.n_cols \
                or _row_number(raw[1][0]) is None:
            continue
        labels: list[int] = []
        j = i - 1
        while j >= 0 and len(labels) < 3:
            t = _label_text(blocks[j])
            if not t or len(t) > 20 or _NUMERIC_CELL.search(t):
                break
            labels.insert(0, j)
            j -= 1
        # the label starts at the farthest block that reads as the row-number label
        while labels and not _ROW_NUMBER_LABEL.match(fold_key(_label_text(blocks[labels[0]]) or "")):
            labels.pop(0)
        if not labels:
            continue
        text = clean_text(" ".join(_label_text(blocks[k]) or "" for k in labels))
        top = table.bbox[1] if table.bbox else None
        boxes = [blocks[k].bbox for k in labels if blocks[k].bbox is not None]
        if top is not None and any(b[3] > top + 2 or b[1] < top - 60 for b in boxes):
            continue  # not right above the table
        for c in head.cells:
            c.col += 1
        last.col_span -= 1
        first = blocks[labels[0]]
        head.cells.insert(0, Cell(text=text, col=0, page=first.page, line=first.line,
                                  bbox=_union([blocks[k].bbox for k in labels])))
        drop.update(labels)
        table.warnings.append("header_label_restored")
    return [b for k, b in enumerate(blocks) if k not in drop]


# ---------------------------------------------------------------- header

def _is_data_row(cells: list[str], index: int) -> bool:
    filled = [c for c in cells if c.strip()]
    if not filled:
        return False
    if _ROW_NUMBER.match(cells[0]) and len(filled) >= 2:
        return True
    if re.match(r"^\s*[a-z]\.\d{1,2}\.", cells[0] or ""):  # "c.1. personalul …"
        return True
    if _year_labels(filled):
        return False  # "Categoria de beneficiari | 2022 | 2023": years label the columns
    digits = sum(1 for c in filled if re.search(r"\d", c) and not re.fullmatch(r"\s*[A-H]\s*", c))
    return digits >= 1 and index > 0 or digits >= 2


def _year_labels(filled: list[str]) -> bool:
    """Every figure of the row is a year, at least two of them, rising ("2022 | 2023"): column labels."""
    figures = [c.strip() for c in filled if _NUMERIC_CELL.search(c)]
    if len(figures) < 2 or not all(_YEAR_CELL.fullmatch(c) for c in figures):
        return False
    years = [int(c[-4:]) for c in figures]
    return all(b > a for a, b in zip(years, years[1:]))


def split_header(grid: list[list[str]], max_header_rows: int = 4) -> int:
    """How many leading rows are header rows: rows before the first data row, at most ``max_header_rows``.

    A group-heading row (one filled cell) right after the header ends the header too.
    """
    n = 0
    for i, cells in enumerate(grid[:max_header_rows + 1]):
        if i >= max_header_rows or _is_data_row(cells, i):
            break
        if _is_separator(cells):  # a markdown-style rule under the header belongs to it
            n = i + 1
            continue
        filled = [c for c in cells if c.strip()]
        if i > 0 and len(filled) == 1 and len(cells) > 2 and not _looks_like_subheader(cells, grid[:i]):
            break
        n = i + 1
    return n


def _looks_like_subheader(cells: list[str], above: list[list[str]]) -> bool:
    """A single filled cell under a header cell that spans it (e.g. 'Nr. benef./zi' under 'Capacitate')."""
    idx = next(i for i, c in enumerate(cells) if c.strip())
    return idx > 0 and any(row[idx - 1].strip() or (idx < len(row) and row[idx].strip()) for row in above)


def column_paths(header: list[list[str]], n_cols: int) -> list[str]:
    """One label path per column.

    Exports lose spans, so a header cell followed by empty cells whose row below is filled is taken to span
    them (``Bugetele … | '' | ''`` over ``Buget local | Buget județean | …``).
    """
    rows = [list(r) + [""] * (n_cols - len(r)) for r in header]
    for r in range(len(rows) - 1):
        below = rows[r + 1]
        for c in range(1, n_cols):
            if not rows[r][c].strip() and rows[r][c - 1].strip() and below[c].strip() and below[c - 1].strip():
                rows[r][c] = rows[r][c - 1]
    paths = []
    for c in range(n_cols):
        parts: list[str] = []
        for r in rows:
            t = clean_text(r[c])
            if _SEPARATOR_CELL.match(t):
                continue
            if t and (not parts or parts[-1] != t):
                parts.append(t)
        paths.append(PATH_SEP.join(parts))
    return paths


# ---------------------------------------------------------------- rows

def strip_footnote_marks(text: str) -> tuple[str, bool]:
    cleaned = _FOOTNOTE_MARK.sub("", text)
    return cleaned.strip(), cleaned.strip() != text.strip()


def _is_separator(cells: list[str]) -> bool:
    return all(_SEPARATOR_CELL.match(c) for c in cells) and any(c.strip() for c in cells)


def repair_rows(body: list[list[str]], lines: list[int | None], pages: list[int | None], header: list[list[str]],
                key_col: int | None, name_col: int | None,
                notes: list[list[str]] | None = None) -> tuple[list[LogicalRow], list[str]]:
    """Turn physical body rows into logical rows.

    ``key_col`` is the column that identifies a new logical row (row number, else the code column);
    ``name_col`` the column whose text continues when a row wraps; ``notes`` warnings already known per physical
    row. Returns rows and table warnings.
    """
    warnings: list[str] = []
    rows: list[LogicalRow] = []
    category: str | None = None
    n_cols = max((len(r) for r in body), default=0)
    for index, (cells, line, page) in enumerate(zip(body, lines, pages)):
        cells = list(cells) + [""] * (n_cols - len(cells))
        if not any(c.strip() for c in cells):
            continue
        if _is_separator(cells):
            warnings.append("separator_row_dropped")
            continue
        if header and any(_similar_rows(cells, h) for h in header if any(x.strip() for x in h)):
            warnings.append("repeated_header_dropped")
            continue
        filled = [i for i, c in enumerate(cells) if c.strip()]
        row_warnings: list[str] = list(notes[index]) if notes and index < len(notes) else []
        clean_cells = []
        for c in cells:
            t, had_mark = strip_footnote_marks(c)
            if had_mark:
                row_warnings.append("footnote_marker_removed")
            clean_cells.append(t)
        if len(filled) > 1 and len({clean_cells[i] for i in filled}) == 1:
            filled = filled[:1]  # one cell spanning the row (its text repeated by the span filling)
        is_total = bool(_TOTAL_LABEL.match(clean_cells[filled[0]]))
        if not is_total and _is_group_heading(clean_cells, filled, key_col, name_col):
            category = clean_cells[filled[0]].rstrip(":;")
            continue
        if rows and not is_total and _is_continuation(clean_cells, filled, key_col, name_col, rows[-1]):
            prev = rows[-1]
            for i, t in enumerate(clean_cells):
                # a fragment spanning several columns (repeated by the span filling) continues only the
                # first of them
                if t and not (i > 0 and clean_cells[i - 1] == t):
                    prev.cells[i] = _join_fragments(prev.cells[i], t)
            if "row_joined" not in prev.warnings:
                prev.warnings.append("row_joined")
            prev.warnings.extend(w for w in row_warnings if w not in prev.warnings)
            if page is not None and prev.page is not None and page != prev.page:
                prev.warnings.append("row_joined_across_page")
            continue
        rows.append(LogicalRow(cells=clean_cells, line=line, page=page, category=category,
                               warnings=sorted(set(row_warnings))))
    return rows, sorted(set(warnings))


def _join_fragments(a: str, b: str) -> str:
    if not a:
        return b
    if a.endswith("-") and b[:1].islower():
        return a[:-1] + b
    return f"{a} {b}"


def _is_group_heading(cells: list[str], filled: list[int], key_col: int | None, name_col: int | None) -> bool:
    """One filled cell, in the first column (or the key column), holding words, not a number or a value."""
    if len(filled) != 1 or len(cells) < 3:
        return False
    idx = filled[0]
    text = cells[idx]
    if _ROW_NUMBER.match(text) or not re.search(r"[A-Za-zĂÂÎȘȚăâîșț]{3}", text):
        return False
    if idx == 0 or idx == key_col:
        return True
    # a heading written in the name column of a table without a row-number column
    return key_col is None and idx == name_col and text[:1].isupper() and name_col == 0


def _is_continuation(cells: list[str], filled: list[int], key_col: int | None, name_col: int | None,
                     prev: LogicalRow) -> bool:
    """A physical row that carries on the previous logical row: no key (row number/code) of its own."""
    if key_col is None:
        return False
    if cells[key_col].strip():
        return False
    if not prev.cells[key_col].strip():
        return False
    if name_col is not None and cells[name_col][:1].isupper() and any(
            _NUMERIC_CELL.search(cells[i]) for i in filled if i not in (name_col,)) and len(filled) >= 3:
        # a new row that merely lacks its key (e.g. a service without a code)
        return False
    return True


# ---------------------------------------------------------------- all together

def resolve_tables(blocks: list[Block]) -> list[ResolvedTable]:
    """Stitch, split header and keep rows physical; the record extractors call :func:`repair` with the
    columns they recognised (key and name columns) to obtain logical rows. A table split off a grid that held
    two tables is inserted into ``blocks`` where it was printed; text blocks whose text went into a table are
    taken out of ``blocks`` (read once, in their cell)."""
    resolved = []
    consumed: set[int] = set()
    stitched = stitch_tables(blocks, consumed=consumed)
    blocks[:] = [b for b in blocks if id(b) not in consumed]
    _place_split_tables(blocks, [t for t, _ in stitched])
    for table, context in stitched:
        grid = table.grid(fill_spans=True)
        raw_grid = table.grid(fill_spans=False)
        n_header = split_header(raw_grid)
        header = raw_grid[:n_header]
        columns = column_paths(header, table.n_cols)
        body_rows = table.rows[n_header:]
        body, moved = realign_shifted_rows(grid[n_header:])
        columns = realign_header_labels(columns, header, body)
        resolved.append(ResolvedTable(
            table=table, columns=columns, header_rows=header, rows=[], context=context,
            warnings=list(table.warnings), body=body, body_lines=[r.line for r in body_rows],
            body_pages=[r.page if r.page is not None else table.page for r in body_rows],
            body_warnings=[["row_realigned"] if i in moved else [] for i in range(len(body))]))
    return resolved


_SHORT_NUMBER = re.compile(r"^\s*\d")


def _cell_kind(text: str) -> str:
    """'' (empty), 'num' (a short cell that starts with a figure: '29', '380 beneficiari') or 'text'."""
    t = text.strip()
    if not t:
        return ""
    return "num" if len(t) <= 40 and _SHORT_NUMBER.match(t) else "text"


def column_kinds(body: list[list[str]], n_cols: int) -> list[str | None]:
    """Each column's kind when at least three of its cells and 60 % of the filled ones share it, else None."""
    kinds: list[str | None] = []
    for c in range(n_cols):
        seen = [_cell_kind(r[c]) for r in body if c < len(r) and r[c].strip()]
        best = max(("num", "text"), key=seen.count) if seen else None
        kinds.append(best if best and seen.count(best) >= 3 and seen.count(best) >= 0.6 * len(seen) else None)
    return kinds


def realign_shifted_rows(body: list[list[str]]) -> tuple[list[list[str]], list[int]]:
    """Rows typed one or more columns to the left of where they belong (``['Acordarea …', '29', '']`` under
    ``Serviciul | Activitatea | Număr``, after a full-width group row) are moved back to the right — only when the
    row ends in empty cells, disagrees as printed with the kind (figure or text) of its columns, and agrees with
    all of them once moved. Returns the body and the indices of the rows moved."""
    if len(body) < 4 or not body or len(body[0]) < 3:
        return body, []
    n_cols = len(body[0])
    kinds = column_kinds(body, n_cols)

    def conflicts(row: list[str]) -> int:
        return sum(1 for c, text in enumerate(row)
                   if kinds[c] is not None and _cell_kind(text) not in ("", kinds[c]))

    out, moved = [], []
    for i, row in enumerate(body):
        trailing = len(row) - len(list(_rstrip_empty(row)))
        filled = [t for t in row if t.strip()]
        if trailing and len(filled) >= 2 and len(set(row)) > 1 and conflicts(row):
            for shift in range(1, trailing + 1):
                candidate = [""] * shift + row[:len(row) - shift]
                if not conflicts(candidate):
                    row = candidate
                    moved.append(i)
                    break
        out.append(row)
    return out, moved


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


def _rstrip_empty(row: list[str]) -> list[str]:
    end = len(row)
    while end and not row[end - 1].strip():
        end -= 1
    return row[:end]


def repair(rt: ResolvedTable, key_col: int | None, name_col: int | None) -> list[LogicalRow]:
    rows, warnings = repair_rows(rt.body, rt.body_lines, rt.body_pages, rt.header_rows, key_col, name_col,
                                 rt.body_warnings)
    rt.rows = rows
    rt.warnings = sorted(set(rt.warnings) | set(warnings))
    return rows
