"""Tables the source broke into fragments (cells fallen out as paragraphs between pieces of table with other column
counts) re-assembled: :class:`_Reflow` re-aligns the fragments' cells to the columns of the table they continue and
puts the stray text back into the cell it fell out of; a row-number header label printed above its table is put
back (:func:`_restore_header_labels`)."""
from __future__ import annotations

import re

from extractors.model import BBox, Block, Cell, Heading, ListItem, Paragraph, Provenance, Row, Table
from extractors.tables.common import (_NUMERIC_CELL, _ROW_NUMBER, _SECTION_HEADING, _block_text, _first_filled_row,
                                      _join_fragments, _row_is_headerish, header_keys, repeats_header)
from extractors.tables.header import split_header
from extractors.tables.settings import DEFAULT_STITCH, StitchSettings
from normalizers.text import clean_text, fold_key

# text between two fragments of one table: a few short blocks, none a heading or a section/item marker


_ITEM_MARKER = re.compile(r"^\s*(?:[a-z]\s*\)|\d{1,2}\s*[.)])\s+[A-ZĂÂÎȘȚŞŢ]")


_PUNCTUATION_ONLY = re.compile(r"^[.,;:!?)\]]+$")


# the template's label of the row-number column ('Nr. crt.', 'Nr.', 'Crt.')
_ROW_NUMBER_LABEL = re.compile(r"^(?:nr|crt|no)\b")


def _stray_text(block: Block) -> str:
    if isinstance(block, ListItem) and block.marker:
        return f"{block.marker} {block.text}".strip()
    return _block_text(block).strip()


def _is_stray_run(between: list[Block], settings: StitchSettings) -> bool:
    """Blocks that may be cell text fallen out of a table: few, short, no heading, no section or item marker."""
    if len(between) > settings.stray_max_blocks:
        return False
    for b in between:
        if isinstance(b, (Heading, Table)):
            return False
        t = _stray_text(b)
        if len(t) > settings.stray_max_chars or _SECTION_HEADING.match(t) or _ITEM_MARKER.match(t):
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

    The header printed again inside the parts stitched so far (over a new page) stays a row of its own, as
    printed, and nothing continues it: the rows after it start afresh (the header rows' flags and the logical rows
    read it as the header again, as in a table stitched without re-assembly).
    """

    def __init__(self, table: Table, settings: StitchSettings = DEFAULT_STITCH):
        self.table = table
        self.settings = settings
        self.n = table.n_cols
        raw = table.grid(fill_spans=False)
        self.n_header = split_header(raw) if raw else 0
        self.header = table.rows[:self.n_header]
        self.header_keys = header_keys(table, self.n_header)
        self.rows: list[list[list[Cell]]] = []  # logical row → column → cells placed there
        self.closed = False  # the last logical row is the header printed again: nothing continues it
        self.last_cols: list[int] = []
        self.columns = _column_ranges(table.rows[self.n_header:], self.n)
        # per row of ``table``: the index (among the committed rows, header included) of the row it starts
        self.opened: list[int | None] = list(range(self.n_header))
        for row in table.rows[self.n_header:]:
            before = len(self.rows)
            self._add_row(row, table)
            self.opened.append(self.n_header + before if len(self.rows) > before else None)

    def parts(self, prov: list[Provenance]) -> list[Provenance]:
        """The table's parts (``prov``, over the rows it had when the reflow started) re-bound to the logical rows:
        a part starts at the first row it opened (a row carried on from the part before belongs to that part)."""
        total = self.n_header + len(self.rows)

        def bound(i: int) -> int:
            return next((o for o in self.opened[i:] if o is not None), total)

        return [Provenance(page=p.page, line=p.line, bbox=p.bbox,
                           rows=(bound(p.rows[0]) if k else 0,
                                 bound(prov[k + 1].rows[0]) if k + 1 < len(prov) else total))
                for k, p in enumerate(prov)]

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
            if best is None or share < self.settings.min_column_overlap or (cols and best <= cols[-1]):
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
        if repeats_header([c.text for c in cells], self.header_keys):
            # the header printed again: a row of its own, as printed
            self.rows.append([[] for _ in range(self.n)])
            self._place(cells, candidates[0] if candidates else [c.col for c in cells])
            self.closed = True
            return
        if _row_number(cells[0].text) is not None or not self.rows or self.closed:
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
        self.closed = False
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
        if self.closed:  # after the header printed again: the text starts a row of its own
            self.rows.append([[] for _ in range(self.n)])
            self.closed, self.last_cols = False, []
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
                    filled = [j for j, s in enumerate(slots) if s]
                    col = self.last_cols[-1] if self.last_cols else max(filled, default=0)
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


def _fragment_continues(flow: _Reflow, nxt: Table, between: list[Block], settings: StitchSettings) -> bool:
    """``nxt`` is a fragment of the table ``flow`` re-assembles: only stray text between them, no header of its
    own, and it either carries on the row numbering or completes the unfinished last row."""
    if not _is_stray_run(between, settings):
        return False
    first_row = _first_filled_row(nxt)
    # no column types for its cells: a fragment's first row may complete the last row packed to the left, so the
    # columns under it do not line up with its cells
    if not first_row or _row_is_headerish(first_row, None):
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


def _restore_header_labels(blocks: list[Block], settings: StitchSettings) -> list[Block]:
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
        if split_header(raw) != 1 or not _row_is_headerish(raw[0], raw[1:]):
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
        if top is not None and any(b[3] > top + settings.label_slack_below or b[1] < top - settings.label_max_above for b in boxes):
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
