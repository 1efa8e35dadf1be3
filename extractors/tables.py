"""Table repair, format-agnostic: from model tables to logical tables with one label path per column.

Steps, each a small function testable alone:

1. :func:`stitch_tables` — a table interrupted by a page break, footnote lines or a separator line is joined
   back onto the table it continues when the columns agree and no section heading intervenes.
2. :func:`split_header` / :func:`column_paths` — headers over one to four rows (cells spanning columns)
   become one label path per column, e.g. ``"Bugetele estimate … [mii lei] / Buget local"``.
3. :func:`repair_rows` — separator rows and repeated header blocks dropped, group-heading rows turned into
   the ``category`` of the rows below, a logical row split over several physical rows re-joined, footnote
   markers removed from values (kept as warnings).

Nothing here knows about social services: the vocabulary that says which column is which lives in the
record extractors.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from extractors.model import Block, Heading, ListItem, Paragraph, Table
from normalizers.text import clean_text, fold_key

PATH_SEP = " / "

_SEPARATOR_CELL = re.compile(r"^[\s\-–—_=|.:+*]*$")
_FOOTNOTE_MARK = re.compile(r"\s*(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\*{1,3})(?=\s|$|[;,.:)])")
_ROW_NUMBER = re.compile(r"^\s*(?:[a-zA-Z]\.)?\d{1,3}\s*[.)]?\s*$")
_NUMERIC_CELL = re.compile(r"\d")
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

    @property
    def seq(self) -> int | None:
        return self.table.seq


# ---------------------------------------------------------------- stitching

def _row_is_headerish(cells: list[str]) -> bool:
    """No digits, several filled cells, not all of them lower-case fragments: the look of a header row
    (a row that carries on a sentence from the previous page starts in lower case)."""
    filled = [c.strip() for c in cells if c.strip()]
    return (len(filled) >= 2 and not any(_NUMERIC_CELL.search(c) for c in filled)
            and any(not c[:1].islower() for c in filled))


def _first_filled_row(table: Table) -> list[str]:
    for row in table.grid(fill_spans=False):
        if any(c.strip() for c in row):
            return row
    return []


def stitch_tables(blocks: list[Block], max_gap_blocks: int = 12) -> list[tuple[Table, list[Block]]]:
    """Tables in document order, each with the text blocks between it and the previous table (context).

    A table continues the previous one when its first row is not a header row, its column count is within
    one of the previous table's, and the blocks between them are no section heading (footnotes, page
    furniture and list items of a footnote are allowed). Continuations are appended to the previous table
    and marked with a ``table_stitched`` warning.
    """
    out: list[tuple[Table, list[Block]]] = []
    context: list[Block] = []
    for block in blocks:
        if not isinstance(block, Table):
            context.append(block)
            continue
        if out and _continues(out[-1][0], block, context, max_gap_blocks):
            prev = out[-1][0]
            _append_rows(prev, block)
            # keep the footnote text available to the previous table's context readers
            out[-1] = (prev, out[-1][1])
        else:
            out.append((block, context))
        context = []
    for seq, (table, _) in enumerate(out, start=1):
        table.seq = seq
    return out


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


# ---------------------------------------------------------------- header

def _is_data_row(cells: list[str], index: int) -> bool:
    filled = [c for c in cells if c.strip()]
    if not filled:
        return False
    if _ROW_NUMBER.match(cells[0]) and len(filled) >= 2:
        return True
    if re.match(r"^\s*[a-z]\.\d{1,2}\.", cells[0] or ""):  # "c.1. personalul …"
        return True
    digits = sum(1 for c in filled if re.search(r"\d", c) and not re.fullmatch(r"\s*[A-H]\s*", c))
    return digits >= 1 and index > 0 or digits >= 2


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
                key_col: int | None, name_col: int | None) -> tuple[list[LogicalRow], list[str]]:
    """Turn physical body rows into logical rows.

    ``key_col`` is the column that identifies a new logical row (row number, else the code column);
    ``name_col`` the column whose text continues when a row wraps. Returns rows and table warnings.
    """
    warnings: list[str] = []
    rows: list[LogicalRow] = []
    category: str | None = None
    n_cols = max((len(r) for r in body), default=0)
    for cells, line, page in zip(body, lines, pages):
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
        row_warnings: list[str] = []
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
    columns they recognised (key and name columns) to obtain logical rows."""
    resolved = []
    for table, context in stitch_tables(blocks):
        grid = table.grid(fill_spans=True)
        raw_grid = table.grid(fill_spans=False)
        n_header = split_header(raw_grid)
        header = raw_grid[:n_header]
        columns = column_paths(header, table.n_cols)
        body_rows = table.rows[n_header:]
        resolved.append(ResolvedTable(
            table=table, columns=columns, header_rows=header, rows=[], context=context,
            warnings=list(table.warnings), body=grid[n_header:], body_lines=[r.line for r in body_rows],
            body_pages=[r.page if r.page is not None else table.page for r in body_rows]))
    return resolved


def repair(rt: ResolvedTable, key_col: int | None, name_col: int | None) -> list[LogicalRow]:
    rows, warnings = repair_rows(rt.body, rt.body_lines, rt.body_pages, rt.header_rows, key_col, name_col)
    rt.rows = rows
    rt.warnings = sorted(set(rt.warnings) | set(warnings))
    return rows


def text_of(block: Block) -> str:
    return block.text if isinstance(block, (Heading, Paragraph, ListItem)) else ""
