"""A ruleless table's bands made into rows (:mod:`extractors.readers._pdf_stream`, step 4): wrapped lines
joined to the nearer row, group labels, bands much closer than the rows joined, a header set from the top of its
row read as a grid's header rows."""
from __future__ import annotations

import statistics

from extractors.readers._pdf_bands import Band, StreamSettings, compatible, has_figures, hits, merge_bands, overlap
from extractors.readers._pdf_layout import StreamLayout
from extractors.readers._pdf_table_cols import table_columns
from extractors.readers._pdf_top_rows import (
    chain_ends_wide,
    continues,
    header_alone,
    header_block,
    header_levels,
    led_to_figure,
)


def _goes_on(band: Band, carry: StreamLayout | None, s: StreamSettings) -> bool:
    """A one-run band at the top of a page is the rest of the previous page's last row's cell in its column: that
    cell ended its last line full (this band's first word would not have fitted after it), mid-sentence."""
    if carry is None:
        return False
    hit = [k for k, (a, b) in enumerate(carry.cols) if overlap(band.runs[0][0], band.runs[0][1], a, b) > s.overlap]
    if len(hit) != 1 or hit[0] >= len(carry.last_row):
        return True  # nothing says otherwise: the page break cut a row (the table layer joins it)
    end = carry.last_row[hit[0]]
    if end is None:
        return False
    first = min(band.runs[0][2], key=lambda w: (w.line, w.x0))
    return end.room < (first.x1 - first.x0) + 0.6 * end.size


def _under_group_cells(levels: list[Band], band: Band, s: StreamSettings) -> bool:
    """Every run of ``band`` stands under a group cell of the header ``levels``: a run of its first level standing
    over two runs or more of a later level or of ``band`` (widened over the runs it stands over: a group cell set
    left may be narrower than its sub-columns)."""
    groups = []
    for a, b, _ in levels[0].runs:
        spanned = [[r for r in lvl.runs if overlap(a, b, r[0], r[1]) > s.overlap] for lvl in levels[1:] + [band]]
        if any(len(rs) >= 2 for rs in spanned):
            flat = [r for rs in spanned for r in rs]
            groups.append((min([a] + [r[0] for r in flat]), max([b] + [r[1] for r in flat])))
    return bool(groups) and all(any(overlap(g0, g1, r[0], r[1]) > s.overlap for g0, g1 in groups)
                                for r in band.runs)


def row_gap_floor(seq: list[Band], s: StreamSettings) -> float:
    """The narrowest gap between two of the table's rows, when its gaps fall in two clusters set well apart: the
    wrapped lines' (under ``tight_gap`` em) and the rows' (``row_cluster_ratio`` times the widest of those at
    least, and ``min_row_gaps`` of them); else infinity (nothing proved). A band as far from its neighbours as the
    rows are from each other is a row of its own, whatever the em measured: a scan's type measured from its ink
    may come out a tenth larger than it is set (DejaVu Sans), and its rows' gaps a tenth narrower in em."""
    gaps = [b.top - a.bottom for a, b in zip(seq, seq[1:])]
    if not gaps:
        return float("inf")
    size = statistics.median(b.size for b in seq)
    lines = [g for g in gaps if g < s.tight_gap * size]
    rows = [g for g in gaps if g >= s.tight_gap * size]
    if len(rows) < s.min_row_gaps or min(rows) < s.row_cluster_ratio * max(lines + [s.min_line_gap * size]):
        return float("inf")
    return min(rows)


def rows_of(bands: list[Band], members: list[int], n_head: int, carry: StreamLayout | None,
             s: StreamSettings) -> tuple[list[Band], set[int], int]:
    """The table's bands made into rows: a wrapped line inside one column joins the nearer row; bands much
    closer than the rows are one row. Returns the row bands, the indices (in the result) of group labels and
    how many rows a header set from the top of its row makes (:func:`header_block`). ``carry``: the previous
    page's table this one goes on with (a wrapped line at the very top may be the end of its last row)."""
    seq = [bands[i] for i in members]
    multi = [b for b in seq if len(b.runs) >= 2]
    # (the header bands spanning the next: their cells over no column of the bands below are columns too, a name
    # column empty in a header's sub-column lines)
    heads = [[(a, b) for a, b, _ in band.runs] for band in reversed(multi[:n_head])]
    ref = [(a, b, []) for a, b in table_columns(multi[n_head:] or multi, heads, s)]
    # the table's left edge: its first column's, of the columns holding cells of two rows or more when it has
    # rows enough to tell (a page number beside one row of a turned page is no column to measure from)
    # (rows of figures: a header's wrapped lines over a group label's fragment are no rows to tell it by)
    held = [r for r in ref if sum(1 for band in multi if hits(r, band.runs, s)) >= 2] \
        if sum(1 for band in multi if has_figures(band)) >= s.edge_rows else ref
    held = held or ref
    left = min(r[0] for r in held)
    floor = row_gap_floor(seq, s)
    out: list[Band] = []
    k = 0
    while k < len(seq):
        b = seq[k]
        inside = len(b.runs) == 1 and hits(b.runs[0], ref, s) <= 1 and b.x0 > left + 1
        # a wrapped line at the top of a page going on with the previous page's table: the end of that table's
        # last row, cut by the page break (left as a row of its own for the table layer to join), if that row's
        # cell stopped on a full line; else the first line of a cell set around the first row's one-line cells
        if inside and (out or (k + 1 < len(seq) and not _goes_on(b, carry, s))):
            above = b.top - out[-1].bottom if out else float("inf")
            below = seq[k + 1].top - b.bottom if k + 1 < len(seq) else float("inf")
            if out and k + 1 < len(seq) and led_to_figure(out[-1], b):
                above = float("inf")  # the cell above ended in a dot leader: it is finished
            if out and min(above, below) >= min((s.tight_gap + s.row_margin) * b.size, floor) and (
                    k + 1 < len(seq) or above >= min(s.row_gap * b.size, floor)):
                # as far from the rows above and below as rows are from each other: a row of its own (a group
                # label set in the name column), not a wrapped line of either
                out.append(b)
            elif below < above and len(seq[k + 1].runs) >= 1:
                seq[k + 1] = merge_bands(b, seq[k + 1], s)
            else:
                out[-1] = merge_bands(out[-1], b, s)
            k += 1
            continue
        out.append(b)
        k += 1
    n_levels = 0
    if carry is None:
        out, n_levels = header_block(out, s)
        if not n_levels and header_alone(out, s):
            # a header printed again over a group of rows, a group label (prose) after it: one header row as a
            # grid's, the same as its next part's (``build_table`` keeps it, a table of its header alone)
            out = header_levels(out, s)
            n_levels = len(out)
    # rows set much further apart than some bands: those bands are one row (a wrapped header in a dense table;
    # the wrapped lines of a row whose cells are set from its top)
    gaps = [b.top - a.bottom for a, b in zip(out, out[1:])]
    # (the space after the table counts among the rows' gaps: the next fragment's header under the last row)
    after = bands[members[-1] + 1].top - out[-1].bottom if members[-1] + 1 < len(bands) and out else 0.0
    if gaps:
        usual = statistics.median(gaps)
        # rows set wider apart than their lines, a wide gap for every few lines (a list set line by line, a wide
        # gap between its sections only, is rows of one line)
        # the rows of words above the first row of figures: the header, wrapped
        n_words = next((i for i, b in enumerate(out) if has_figures(b)), 0)
        if 0 < n_levels < len(out) and not _under_group_cells(out[:n_levels], out[n_levels], s):
            # (a header read from its gaps, :func:`header_block`, ends where it ends unless the lines under it stand
            # under its group cells only: they are the body, a cell's wrapped lines there holding figures as a
            # body's do: "Mihai" / "Emine" / "scu nr." / "117", the rest of a row cut by the page under the header
            # printed again. Lines under its group cells alone are their sub-columns, set a row's gap further down)
            n_words = min(n_words, n_levels)
        n_wide = sum(1 for g, a in zip(gaps + [after], out + out[-1:]) if g >= s.row_gap * a.size)
        # (the body's lines only: a header wrapped over many lines in narrow columns is no list set line by line)
        # (and of those, only the lines filling most columns, as a list's rows do: the wrapped lines of a row whose
        # cells wrap over many lines in narrow columns, "Serviciul" / "Public de" / "Asistență" / …, fill a few)
        full = max(len(b.runs) for b in out)
        n_tight = sum(1 for g, a, b in list(zip(gaps, out, out[1:]))[n_words:]
                      if g < s.tight_gap * a.size and len(b.runs) > s.full_share * full)
        wide = n_wide >= 1 and n_wide * s.lines_per_row >= n_tight and (len(gaps) >= 2 or carry is not None)
        # (the header rows read from a header set from the top of its row stay apart: a group cell's sub-columns'
        # line lies inside the header's lines, and one narrower than its sub-columns stands over its first only)
        k = max(1, n_levels)
        while k < len(out):
            g = out[k].top - out[k - 1].bottom
            size = out[k - 1].size
            # (two lines each with a figure are two rows of figures set solid, however far apart the others are: a
            # group's lines "Direct result  -" / "Revaluation  2,076,667" / "Costs  (106,870)")
            if g < s.tight_gap * size and (
                    (usual >= g + s.row_margin * size and len(out[k].runs) >= 2 and len(out[k - 1].runs) >= 2
                     and compatible(out[k - 1].runs, out[k].runs, s)
                     and not (has_figures(out[k - 1]) and has_figures(out[k])))
                    or (wide and continues(out[k - 1], out[k], k <= n_words, ref, s)
                        and chain_ends_wide(out, k, k <= n_words, ref, s))):
                out[k - 1] = merge_bands(out[k - 1], out[k], s)
                del out[k]
                if k <= n_words:
                    n_words -= 1  # (the first row of figures moved up a band: what is under the header stays so)
                continue
            k += 1
    labels = {i for i, b in enumerate(out) if len(b.runs) == 1 and hits(b.runs[0], ref, s) >= 2}
    return out, labels, n_levels
