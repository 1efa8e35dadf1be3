"""A ruleless table built from its bands (:mod:`extractors.readers._pdf_stream`, steps 5-7): rows, header
rows, columns, cells, and the geometry passed on to the next page."""
from __future__ import annotations

import statistics

from extractors.model import Table
from extractors.readers._pdf_bands import (
    MARKER,
    FIGURE,
    ROW_NUMBER,
    YEAR,
    Band,
    StreamSettings,
    band_text,
    has_figures,
    overlap,
    run_text,
)
from extractors.readers._pdf_breaks import Extents, column_extents, column_slots
from extractors.readers._pdf_cells import band_row, glue_header_rows, open_end, place_band
from extractors.readers._pdf_layout import CellFill, StreamLayout
from extractors.readers._pdf_rows import rows_of
from extractors.readers._pdf_table_cols import table_columns
from extractors.readers._pdf_top_rows import header_levels
from extractors.readers._pdf_vocabulary import NO_VOCABULARY, Vocabulary


def _is_table(rows: list[Band], cols: list[list[float]], size: float, carried: bool, s: StreamSettings,
              n_levels: int = 0) -> bool:
    """``n_levels``: the header rows of a header set from the top of its row (:func:`header_block`): with a row
    under them (a group label, the one row of a fragment) they make a table."""
    multi = [b for b in rows if len(b.runs) >= 2]
    if len(cols) < 2 or (len(multi) < 2 and not carried and not (n_levels and len(rows) > n_levels)):
        return False
    gutters = [b[0] - a[1] for a, b in zip(cols, cols[1:])]
    if len(cols) < 3 and max(gutters) < s.wide_gutter * size:
        return False
    if len(cols) == 2:
        # a list: markers in the first column, the items in the second
        firsts = [w for b in multi for w in b.words if w.x1 <= cols[0][1] + s.overlap]
        if firsts and all(MARKER.match(w.text) for w in firsts):
            return False
    return True


def _years_over(rows: list[Band], i: int) -> bool:
    """Row ``i``'s figures are years heading the columns under them ("Activitatea" | "2025" | "2026" over the
    counts of each year): its first cell is words, every figure of it a year, and no row below holds a year."""
    first = min(rows[i].runs, key=lambda r: r[0])
    figures = [r for r in rows[i].runs if FIGURE.match(run_text(r))]
    return bool(figures) and first not in figures and all(YEAR.match(run_text(r).strip("()")) for r in figures) \
        and not any(YEAR.match(run_text(r).strip("()")) for b in rows[i + 1:] for r in b.runs)


def _first_line_text(band: Band) -> str:
    """The text of the band's first line (a header's first line, as :class:`StreamLayout` ``header`` holds it)."""
    return band_text(Band([min(band.lines, key=lambda ln: ln.top)], band.first))


def build_table(bands: list[Band], members: list[int], n_head: int, carry: StreamLayout | None, s: StreamSettings,
           page: int, alone: bool = False, vocab: Vocabulary = NO_VOCABULARY) -> tuple[Table, StreamLayout] | None:
    """The table of the bands ``members`` (the first ``n_head`` span the next) and its geometry, None if they
    make none. ``carry``: the previous page's table this one goes on with."""
    ref = [(a, b, []) for a, b in carry.cols] if carry is not None else None
    n_levels = 0
    if alone:  # a header alone: its rows as a grid's (:func:`header_levels`)
        rows, labels = header_levels([bands[i] for i in members], s), set()
        n_levels = len(rows)
    else:
        rows, labels, n_levels = rows_of(bands, members, n_head, carry, s)
    multi = [b for b in rows if len(b.runs) >= 2]
    n_head_rows = 0
    if n_head:
        head_top = bands[members[n_head - 1]].bottom
        n_head_rows = sum(1 for b in rows if b.bottom <= head_top + 0.01)
    n_head_rows = max(n_head_rows, n_levels)
    if not alone and ref is None and any(has_figures(b) for b in multi):
        # the rows of words over the first row with figures (up to a group label): the header; a row of one cell
        # between two header rows is a header row too ("Surse publice" over the budgets' sub-columns)
        def words(i: int) -> bool:
            return i < len(rows) and len(rows[i].runs) >= 2 and (not has_figures(rows[i]) or _years_over(rows, i))

        k = 0
        while k < min(len(rows), s.max_header_rows) and (words(k) or k > 0 and len(rows[k].runs) == 1 and words(k + 1)):
            k += 1
        n_head_rows = max(n_head_rows, k)
    elif not alone and ref is None:
        # a table of words alone: the rows of words over the first numbered row ("1.") are its header
        k = next((i for i, b in enumerate(rows) if ROW_NUMBER.match(run_text(min(b.runs, key=lambda r: r[0])))), 0)
        if k <= s.max_header_rows and all(len(b.runs) >= 2 for b in rows[:k]):
            n_head_rows = max(n_head_rows, k)
    # (the carried header printed again under a group label at the page's top: header rows, whose cells head the
    # columns as the header's do, not a row of cells in columns of their own)
    again = [b for b in multi if carry is not None and carry.header and _first_line_text(b) == carry.header]
    body = [b for b in multi if b not in rows[:n_head_rows] and b not in again] or multi
    heads = [[(a, b) for a, b, _ in band.runs] for band in reversed(rows[:n_head_rows] + again) if band not in body]
    if ref:
        heads.insert(0, [(a, b) for a, b, _ in ref])
    # a header left alone on the previous page only heads these columns (its cells may be set apart from their
    # figures); a part of the table with rows fixes them
    seed = [(a, b) for a, b, _ in ref] if ref and not carry.header_only else None
    cols = table_columns(body, heads, s, seed)
    size = statistics.median(b.size for b in rows)
    # (a header alone, read as such by :func:`rows_of`: a table as a header left at a page's foot is)
    head_alone = alone or 0 < n_levels == len(rows)
    if not head_alone and not _is_table(rows, cols, size, ref is not None, s, n_levels):
        return None
    if head_alone and len(cols) < min(s.header_runs, len(rows[0].runs)):
        return None
    # a row of one cell among the header rows is a header cell over the columns it stands over, not a group label
    # across the table ("Surse publice" over the budgets only)
    labels = {i for i in labels if i >= n_head_rows}
    placements = []
    for i, b in enumerate(rows):
        # the header row of cells under it, a row of one cell between them aside (a group cell over "Surse
        # publice" over the budgets' sub-columns: it stands over them all, one cell)
        under = next((rows[k] for k in range(i + 1, n_head_rows) if len(rows[k].runs) >= 2), None)
        placements.append(place_band(b, cols, i in labels, s, under, levels=i + 1 < n_levels))
    # the columns' text slots, from the whole table (a column's widest line says how wide it is), its part on the
    # previous page included
    own = column_extents([{k: ws for k, ws in placed.items() if span.get(k, 1) == 1}
                          for i, (placed, span) in enumerate(placements) if i not in labels], len(cols))
    extents = _with_carried(own, cols, carry, s)
    slots = column_slots([], len(cols), extra=extents)
    glue_header_rows(placements[:n_head_rows], slots, s, vocab)
    out_rows = []
    for b, placement in zip(rows, placements):
        row = band_row(b, cols, page, placement, slots, vocab)
        if row is not None:
            out_rows.append(row)
    if not out_rows:
        return None
    x0, x1 = cols[0][0], max(cols[-1][1], max(b.x1 for b in rows))
    table = Table(rows=out_rows, n_cols=len(cols), page=page, line=out_rows[0].line,
                  bbox=(round(x0, 2), round(rows[0].top, 2), round(x1, 2), round(rows[-1].bottom, 2)), pages=[page])
    # passed on when the next page goes on with this table: the columns, how the last row's cells end
    ends: tuple[CellFill | None, ...] = ()
    if len(rows) - 1 not in labels:
        placed, _ = place_band(rows[-1], cols, False, s)
        ends = tuple(open_end(placed.get(k, []), c[1]) for k, c in enumerate(cols))
    # the header's first line: this part's own, else the one carried from the previous page
    first = bands[members[0]]
    header = carry.header if carry is not None and has_figures(rows[0]) or n_head_rows == 0 and carry else (
        band_text(first) if not has_figures(first) else "")
    return table, StreamLayout(tuple((c[0], c[1]) for c in cols), carried=ref is not None, last_row=ends,
                               header=header, size=size, extents=extents)


def _with_carried(own: Extents, cols: list[list[float]], carry: StreamLayout | None, s: StreamSettings) -> Extents:
    """The part's columns' line extents with those of the previous page's part it goes on from, each carried
    column's in the column of this part it overlaps most."""
    if carry is None or not carry.extents:
        return own
    out = [list(e) for e in own]
    for (a, b), ext in zip(carry.cols, carry.extents):
        k = max(range(len(cols)), key=lambda k: overlap(a, b, cols[k][0], cols[k][1]))
        if overlap(a, b, cols[k][0], cols[k][1]) > s.overlap:
            out[k].extend(ext)
    return tuple(tuple(e) for e in out)
