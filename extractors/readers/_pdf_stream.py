"""Tables without ruling lines ("stream" tables), from the layout of their words.

A table's rows and columns are read from the whitespace between its words:

1. **bands**: lines whose boxes overlap vertically are one band (the lines of cells set vertically centred in a
   row interleave with the row's one-line cells); each band's words split into **runs** at gaps wider than a
   word space (the x-ranges of its cells) (:mod:`extractors.readers._pdf_bands`);
2. **a table** is a run of consecutive bands, not too far apart, whose multi-run bands are *compatible*: no run
   of one band overlaps two runs of the next (their cells fall into common columns). Up to the first body band,
   a band may *span* the next (a header cell over several sub-columns: "Bugetele estimate …" over five budget
   columns). One-run bands between them are kept when the table goes on after them: a band inside one column
   is a cell's wrapped line and joins the nearer row (above or below: a cell centred in its row wraps above
   and below the row's one-line cells), a band crossing the columns is a group label (a row of its own).
   Bands separated by much less space than the table's rows are one row (a header wrapped in a dense table);
3. **columns** come from the runs of the body bands (the narrowest first, so that one cell spilling over a
   gutter does not merge two columns), plus header cells standing over no body text (an empty column);
4. each band becomes a row: a run in one column is that column's cell; a run over several columns is split
   between them, unless one of its words crosses a gutter (then it is one cell spanning those columns).

A table that ends its page passes its columns on (``carry``): the next page's first bands that fit those columns
go on with it, a group label first included. A header printed alone at the foot of a page is returned as a
one-row table whose :class:`StreamLayout` says ``header_only`` (joined to the next page's table by the reader, else
read as text).
"""
from __future__ import annotations

import statistics
from typing import NamedTuple

from extractors.model import Table
from extractors.readers._pdf_bands import (
    MARKER,
    NIL,
    ROW_NUMBER,
    STREAM,
    Band,
    StreamSettings,
    band_runs,
    band_text,
    chain_ends_wide,
    compatible,
    continues,
    flush_gutters,
    has_figures,
    header_block,
    header_levels,
    hits,
    led_to_figure,
    make_bands,
    merge_bands,
    overlap,
    run_text,
    spans,
    typed_spaces,
)
from extractors.readers._pdf_breaks import column_slots
from extractors.readers._pdf_cells import band_row, glue_header_rows, open_end, place_band
from extractors.readers._pdf_layout import CellFill, Line, StreamLayout


def _is_prose(band: Band, width: float, s: StreamSettings) -> bool:
    return len(band.runs) == 1 and len(band.lines) == 1 and band.x1 - band.x0 > s.prose_share * width


def _table_size(bands: list[Band], members: list[int], j: int) -> float:
    """The type size of the table's bands so far, or (none yet: a table going on from the previous page) of the
    next band of cells after band ``j``."""
    if members:
        return statistics.median(bands[i].size for i in members)
    return next((b.size for b in bands[j + 1:] if len(b.runs) >= 2), bands[j].size)


def _grow(bands: list[Band], k: int, ref: list[tuple] | None, width: float,
          s: StreamSettings, header: str = "") -> tuple[list[int], int]:
    """Indices of the bands of the table starting at band ``k`` (``ref``: carried columns it must fit, ``header``:
    the first line of the carried table's header), and how many of them are leading header bands spanning the
    next."""
    members: list[int] = []
    pending: list[int] = []
    last = ref
    n_head = 0
    body_seen = ref is not None
    j = k
    while j < len(bands):
        b = bands[j]
        if members or pending:
            prev = bands[(pending or members)[-1]]
            if b.top - prev.bottom > s.max_row_gap * max(b.size, prev.size) or _is_prose(b, width, s):
                break
        if len(b.runs) >= 2:
            if members and band_text(b) == (header if ref is not None and header else band_text(bands[members[0]])):
                # the header again: a new table starts (under the heading just above). A line between, as far
                # from both as rows are apart, is this table's one row: a group label printed as a fragment of
                # its own, under its own copy of the header
                if pending and _one_row_between(bands, members[-1], pending, j, s):
                    members += pending
                    pending = []
                break
            if pending and not has_figures(b) and any(has_figures(bands[i]) for i in members) \
                    and not (_numbered(b) and _wrapped_lines(bands, pending, last, members, s)):
                # a line across the columns, then a row of words under rows of figures: a heading, a header (but
                # a numbered row under a cell's wrapped last line is the table's next row)
                break
            if last is not None and not compatible(last, b.runs, s):
                _split_at_starts(b, last, s)
            if last is None or compatible(last, b.runs, s):
                body_seen = body_seen or last is not None
            elif (not body_seen or ref is None and _first_row_open(bands, members + pending + [j], s)) \
                    and spans(last, b.runs, s):
                n_head = len(members) + len(pending)
            else:
                break
            members += pending + [j]
            pending = []
            last = b.runs
        elif last is None:
            break  # a table starts with a band of cells
        elif b.size > s.heading_size * _table_size(bands, members, j):
            break  # a line in a larger type than the table's: a heading, not a group label of the table
        else:
            pending.append(j)
        j += 1
    # one-run bands after the last row: a wrapped line of a cell of that row (inside one column, close by)
    # (the table's left edge is its first column's: a line starting there is text under the table)
    left = min((bands[i].x0 for i in members), default=0.0)
    for p in pending:
        prev = bands[members[-1]] if members else None
        if prev is None or len(bands[p].runs) != 1 or hits(bands[p].runs[0], last or [], s) != 1 \
                or bands[p].top - prev.bottom > s.tight_gap * prev.size or bands[p].x0 <= left + 1:
            break
        members.append(p)
    return members, n_head


def _numbered(band: Band) -> bool:
    """The band's first cell is a row number ("2."): a row of the body, not a header."""
    return bool(band.runs) and bool(ROW_NUMBER.match(run_text(min(band.runs, key=lambda r: r[0]))))


def _wrapped_lines(bands: list[Band], pending: list[int], last: list[tuple] | None, members: list[int],
                   s: StreamSettings) -> bool:
    """The one-run bands ``pending`` after the row ``last`` are the wrapped lines of one of its cells: each inside
    one of that row's cells and starting right of the table's left edge (a cell wrapping one line further than the
    row's others: "Găzduirea" / "victimelor" / "violenței" / "domestice"), not a line across the columns or from
    the table's edge (a heading)."""
    if last is None or not members:
        return False
    left = min(bands[i].x0 for i in members)
    return all(len(bands[p].runs) == 1 and hits(bands[p].runs[0], last, s) == 1 and bands[p].x0 > left + 1
               for p in pending)


def _split_at_starts(band: Band, last: list[tuple], s: StreamSettings) -> None:
    """A run of ``band`` over two cells of the row above (``last``), one space apart: a cell filling its column
    to the next one's text ("EXPRESSJET AIRLINES INC" + "WILL ROGERS AIRPORT"). It is split where a word starts
    at the very x where a cell of the row above starts (``aligned``) and the word before ends short of it: the
    next column's text starts there. A cell spilling over an empty neighbour starts no word exactly there."""
    starts = [r[0] for r in last]
    cuts = []
    for a, b, ws in band.runs:
        if hits((a, b, ws), last, s) < 2:
            continue
        ids = {id(w) for w in ws}
        for ln in band.lines:
            mine = [w for w in ln.words if id(w) in ids]
            for p, q in zip(mine, mine[1:]):
                if q.x0 > p.x1 and any(abs(q.x0 - x) <= s.aligned and p.x1 < x for x in starts):
                    cuts.append((p.x1 + q.x0) / 2)
    if cuts:  # kept only when it makes the band fit the row above (a band read twice is not changed for nothing)
        old = band.cuts, band.runs
        band.cuts = tuple(sorted(set(band.cuts) | set(cuts)))
        band.runs = band_runs(band, s)
        if not compatible(last, band.runs, s):
            band.cuts, band.runs = old


def _first_row_open(bands: list[Band], idx: list[int], s: StreamSettings) -> bool:
    """The bands ``idx`` so far may all be the header: no figure among them, in fewer rows than a header has (rows
    told apart by gaps wider than a cell's lines). A group cell's sub-columns may stand under any of them (a header
    set from the top of its row: "Bugetele estimate" over "Surse publice" / "Surse private", the latter over
    "Contribuția beneficiarilor" / "Alte surse")."""
    seq = [bands[i] for i in idx]
    rows = 1 + sum(1 for a, b in zip(seq, seq[1:]) if b.top - a.bottom >= s.tight_gap * a.size)
    return not any(has_figures(b) for b in seq) and rows <= s.max_header_rows


def _one_row_between(bands: list[Band], last: int, pending: list[int], nxt: int, s: StreamSettings) -> bool:
    """The one-run bands ``pending`` between band ``last`` and band ``nxt`` end in one row set apart: its lines
    one line apart, a gap as wide as between rows above and below it (before it, the lines of ``last``'s cells
    may go on, one line apart)."""
    seq = [bands[last]] + [bands[i] for i in pending]
    size = seq[-1].size
    gaps = [b.top - a.bottom for a, b in zip(seq, seq[1:])]
    wide = [i for i, g in enumerate(gaps) if g >= s.tight_gap * size]
    return (len(wide) == 1 and gaps[wide[0]] >= s.row_gap * size
            and bands[nxt].top - seq[-1].bottom >= s.row_gap * size)


def _columns(body: list[Band], heads: list[list[tuple[float, float]]], s: StreamSettings,
             seed: list[tuple[float, float]] | None = None) -> list[list[float]]:
    """Column x-ranges: the body's runs, narrowest first (a run overlapping two columns already found spills
    over a gutter and is left out); then ``heads`` (the runs of each header band, nearest the body first; the
    columns carried from the previous page): one standing over no column is either the header of the column
    of figures next to it that no header of its own band stands over (figures set right under a header set
    left, or the other way round, not overlapping it), or a column of its own (empty in the body)."""
    # ``seed``: the columns of the previous page's part of the table, found first (a label spanning two of them on
    # this page, "TOTAL GENERAL" over the number and the name, must not join them)
    cols: list[list[float]] = [[a, b] for a, b in seed or []]
    # (a dash alone, a nil figure, last: centred where the figures are set right, it says nothing of the column)
    for a, b, _ in sorted((r for band in body for r in band.runs),
                          key=lambda r: (bool(NIL.match(run_text(r))), r[1] - r[0])):
        hit = [c for c in cols if overlap(a, b, c[0], c[1]) > s.overlap]
        if not hit:
            cols.append([a, b])
        elif len(hit) == 1:
            c = hit[0]
            na, nb = min(a, c[0]), max(b, c[1])
            if not any(o is not c and overlap(na, nb, o[0], o[1]) > s.overlap for o in cols):
                c[0], c[1] = na, nb
    from_body = [id(c) for c in cols]
    for group in heads:
        for a, b in group:
            if any(overlap(a, b, c[0], c[1]) > s.overlap for c in cols):
                continue
            order = sorted(cols + [[a, b]])
            i = next(k for k, c in enumerate(order) if c[0] == a and c[1] == b)
            for nb in (i + 1, i - 1):
                c = order[nb] if 0 <= nb < len(order) else None
                # (no other cell of this header between them: "Capacitate" heads the figures set right beside it,
                # "Cod serviciu" left of it over an empty column does not)
                lo, hi = (b, c[0]) if nb > i and c is not None else (c[1] if c is not None else a, a)
                if c is not None and id(c) in from_body and not any(
                        overlap(x, y, c[0], c[1]) > s.overlap or lo - s.overlap <= x and y <= hi + s.overlap
                        for x, y in group):
                    c[0], c[1] = min(c[0], a), max(c[1], b)
                    break
            else:
                cols.append([a, b])
    cols.sort()
    return cols


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


def _rows_of(bands: list[Band], members: list[int], n_head: int, carry: StreamLayout | None,
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
    ref = [(a, b, []) for a, b in _columns(multi[n_head:] or multi, heads, s)]
    # the table's left edge: its first column's, of the columns holding cells of two rows or more when it has
    # rows enough to tell (a page number beside one row of a turned page is no column to measure from)
    held = [r for r in ref if sum(1 for band in multi if hits(r, band.runs, s)) >= 2] \
        if len(multi) >= s.edge_rows else ref
    held = held or ref
    left = min(r[0] for r in held)
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
            if out and min(above, below) >= (s.tight_gap + s.row_margin) * b.size and (
                    k + 1 < len(seq) or above >= s.row_gap * b.size):
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
        n_wide = sum(1 for g, a in zip(gaps + [after], out + out[-1:]) if g >= s.row_gap * a.size)
        # (the body's lines only: a header wrapped over many lines in narrow columns is no list set line by line)
        n_tight = sum(1 for g, a in list(zip(gaps, out))[n_words:] if g < s.tight_gap * a.size)
        wide = n_wide >= 1 and n_wide * s.lines_per_row >= n_tight and (len(gaps) >= 2 or carry is not None)
        k = 1
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
                continue
            k += 1
    labels = {i for i, b in enumerate(out) if len(b.runs) == 1 and hits(b.runs[0], ref, s) >= 2}
    return out, labels, n_levels


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


class StreamTable(NamedTuple):
    """A ruleless table found among a group's lines: its first line, its last line + 1, the table, its geometry."""

    first: int
    end: int
    table: Table
    layout: StreamLayout


def _header_at_foot(bands: list[Band], k: int, s: StreamSettings, height: float | None = None) -> list[Band] | None:
    """The bands from ``k`` to the end, when they are a table's header left alone at the foot of the page: a line
    of cells (``header_runs`` at least) and the lines its cells wrap over, set one line apart, none with more cells
    than the first (only some cells wrap; under a group cell, its sub-columns), no figure, no row number. Left
    alone for lack of room: it ends in the page's last part (``foot_share`` of the ``height``); a small table of
    words ending high on its page, the rest of the page empty, had room for its rows (they are these lines)."""
    tail = bands[k:]
    first = tail[0]
    if len(first.runs) < s.header_runs or len(tail) > 2 * s.lines_per_row:
        return None
    if height and tail[-1].bottom < s.foot_share * height:
        return None
    if MARKER.match(run_text(min(first.runs, key=lambda r: r[0]))):
        return None  # a list item's marker, not a header cell
    # (a row number stands in the first column: "15)" ending "(HG nr. 867/2015)" in the third is a header's word)
    lead = min(first.runs, key=lambda r: r[0])
    if any(has_figures(b) or any(ROW_NUMBER.match(run_text(r)) for r in b.runs if hits(r, [lead], s)) for b in tail):
        return None
    # each line after the first under the header's cells, no more of them, one line apart (or a row's gap apart
    # when its cells are the sub-columns of a group cell above, set from the top of a row of their own)
    for i in range(1, len(tail)):
        a, b = tail[i - 1], tail[i]
        if len(b.runs) > len(first.runs) or any(hits(r, first.runs, s) > 1 for r in b.runs):
            return None
        if b.top - a.bottom >= s.tight_gap * a.size and not _under_group(b, tail[:i], s):
            return None
    return tail


def _under_group(band: Band, above: list[Band], s: StreamSettings) -> bool:
    """Every run of ``band`` (two or more) lies under one run of a band ``above`` that stands over them all: the
    sub-columns of a group cell ("Bugetul local" / "Buget județean" / "Contribuții" under "Bugetele estimate pe
    surse de finanțare")."""
    return len(band.runs) >= 2 and any(
        all(overlap(r[0], r[1], g[0], g[1]) > s.overlap for r in band.runs) for b in above for g in b.runs)


def _row_at_foot(bands: list[Band], k: int, s: StreamSettings, height: float | None) -> list[Band] | None:
    """Band ``k`` when it is a table's first row left alone at the foot of its page: the group's last line, a line
    of cells (two at least, a gutter ``wide_gutter`` wide between two of them: no line of prose), no list item,
    ending in the page's last part (``foot_share`` of the ``height``). A label | value sheet's first row
    ("Licență de funcționare | nr. 5619/11.02.2022") under its service's name, its other rows on the next page.
    The next page tells: a table there going on in these columns takes it as its first row, else it is text."""
    b = bands[k]
    if k != len(bands) - 1 or not height or len(b.lines) != 1 or len(b.runs) < 2 or b.bottom < s.foot_share * height:
        return None
    if max(r2[0] - r1[1] for r1, r2 in zip(b.runs, b.runs[1:])) < s.wide_gutter * b.size:
        return None
    if MARKER.match(run_text(min(b.runs, key=lambda r: r[0]))):
        return None  # a list item's marker, not a cell
    return [b]


def find_stream_tables(lines: list[Line], page: int, carry: StreamLayout | None = None,
                       width: float | None = None, s: StreamSettings = STREAM,
                       height: float | None = None) -> list[StreamTable]:
    """Ruleless tables among ``lines`` (one reading-order group of a page). ``carry``: the geometry of the
    ruleless table that ended the previous page, which the first bands here may go on with. ``height``: the
    page's (a header left alone at its foot must end near it; None: anywhere)."""
    if not lines:
        return []
    width = width or (max(ln.x1 for ln in lines) - min(ln.x0 for ln in lines))
    bands = make_bands(lines, s)
    _cut(bands, s)
    out: list[StreamTable] = []
    k = floor = 0
    while k < len(bands):
        members: list[int] = []
        n_head, ref, went_on = 0, None, None
        if carry and k == 0:
            ref = [(a, b, []) for a, b in carry.cols]
            members, n_head = _grow(bands, 0, ref, width, s, carry.header)
            if not any(len(bands[i].runs) >= 2 for i in members):
                members, ref = [], None
            else:
                went_on = carry
        foot = _header_at_foot(bands, k, s, height) if not members else None
        if foot is None and not members:
            foot = _row_at_foot(bands, k, s, height)
        if foot is not None:
            # a header (or a first row) alone at the foot of the page (its lines one row): its table goes on at the
            # top of the next (else it is read as text, :mod:`._pdf_joins`)
            head = _build(foot, list(range(len(foot))), 0, None, s, page, alone=True)
            if head is not None:
                out.append(StreamTable(bands[k].first, len(lines), head[0],
                                       StreamLayout(head[1].cols, header_only=True, header=band_text(bands[k]))))
            break
        built = None
        if not members and len(bands[k].runs) >= 2:
            members, n_head = _grow(bands, k, None, width, s)
            above = _lines_above(bands, members, floor, width, s) if members else []
            if above:
                built = _build(bands, above + members, n_head and n_head + len(above), None, s, page)
                if built is not None:
                    members = above + members
        if built is None:
            built = _build(bands, members, n_head, went_on, s, page) if members else None
        if built is None:
            k += 1
            continue
        last = bands[members[-1]]
        out.append(StreamTable(bands[members[0]].first, last.first + len(last.lines), *built))
        k = floor = members[-1] + 1
    return out


def _lines_above(bands: list[Band], members: list[int], floor: int, width: float, s: StreamSettings) -> list[int]:
    """One-cell lines just above a table whose first row is a row of figures (no header of its own): each inside
    one of the table's columns, in the table's type, as close to the line under it as the table's rows are to each
    other, up to ``max_header_rows`` of them: its header and first group label ("2016" over the figures,
    "(all amounts in EUR)", "Class A" over the rows of that class). A heading (a larger type), prose (a line
    across the text) or a line over two columns ends them. ``floor``: the first band after the previous table."""
    first = bands[members[0]]
    if not has_figures(first):
        return []
    multi = [bands[i] for i in members if len(bands[i].runs) >= 2]
    cols = [(a, b, []) for a, b in _columns(multi, [], s)]
    size = _table_size(bands, members, 0)
    reach = max([bands[b].top - bands[a].bottom for a, b in zip(members, members[1:])] + [s.row_gap * size])
    out: list[int] = []
    under = first
    j = members[0] - 1
    while j >= floor and len(out) < s.max_header_rows:
        b = bands[j]
        if len(b.runs) != 1 or len(b.lines) != 1 or _is_prose(b, width, s) or b.size > s.heading_size * size \
                or under.top - b.bottom > reach:
            break
        inside = [c for c in cols if overlap(b.runs[0][0], b.runs[0][1], c[0], c[1]) > s.overlap]
        if len(inside) != 1 or b.runs[0][1] > inside[0][1] + s.overlap or b.runs[0][0] < inside[0][0] - s.overlap:
            break
        out.insert(0, j)
        under = b
        j -= 1
    return out


def _cut(bands: list[Band], s: StreamSettings) -> None:
    """The bands split at the gutters narrower than a word space their rows agree on (:func:`flush_gutters`;
    a band whose words cross one is not split there), and joined over the spaces typed in a cell that no other
    row agrees on (:func:`typed_spaces`)."""
    joins = typed_spaces(bands, s)
    for i, xs in joins.items():
        bands[i].joins = xs
        bands[i].runs = band_runs(bands[i], s)
    cuts = flush_gutters(bands, s)
    if not cuts:
        return
    for b in bands:
        b.cuts = cuts
        b.runs = band_runs(b, s)


def _build(bands: list[Band], members: list[int], n_head: int, carry: StreamLayout | None, s: StreamSettings,
           page: int, alone: bool = False) -> tuple[Table, StreamLayout] | None:
    """The table of the bands ``members`` (the first ``n_head`` span the next) and its geometry, None if they
    make none. ``carry``: the previous page's table this one goes on with."""
    ref = [(a, b, []) for a, b in carry.cols] if carry is not None else None
    n_levels = 0
    if alone:  # a header alone: its rows as a grid's (:func:`header_levels`)
        rows, labels = header_levels([bands[i] for i in members], s), set()
        n_levels = len(rows)
    else:
        rows, labels, n_levels = _rows_of(bands, members, n_head, carry, s)
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
            return i < len(rows) and len(rows[i].runs) >= 2 and not has_figures(rows[i])

        k = 0
        while k < min(len(rows), s.max_header_rows) and (words(k) or k > 0 and len(rows[k].runs) == 1 and words(k + 1)):
            k += 1
        n_head_rows = max(n_head_rows, k)
    elif not alone and ref is None:
        # a table of words alone: the rows of words over the first numbered row ("1.") are its header
        k = next((i for i, b in enumerate(rows) if ROW_NUMBER.match(run_text(min(b.runs, key=lambda r: r[0])))), 0)
        if k <= s.max_header_rows and all(len(b.runs) >= 2 for b in rows[:k]):
            n_head_rows = max(n_head_rows, k)
    body = [b for b in multi if b not in rows[:n_head_rows]] or multi
    heads = [[(a, b) for a, b, _ in band.runs] for band in reversed(rows[:n_head_rows]) if band not in body]
    if ref:
        heads.insert(0, [(a, b) for a, b, _ in ref])
    # a header left alone on the previous page only heads these columns (its cells may be set apart from their
    # figures); a part of the table with rows fixes them
    seed = [(a, b) for a, b, _ in ref] if ref and not carry.header_only else None
    cols = _columns(body, heads, s, seed)
    size = statistics.median(b.size for b in rows)
    if not alone and not _is_table(rows, cols, size, ref is not None, s, n_levels):
        return None
    if alone and len(cols) < min(s.header_runs, len(rows[0].runs)):
        return None
    # a row of one cell among the header rows is a header cell over the columns it stands over, not a group label
    # across the table ("Surse publice" over the budgets only)
    labels = {i for i in labels if i >= n_head_rows}
    placements = []
    for i, b in enumerate(rows):
        under = rows[i + 1] if i + 1 < n_head_rows else None
        placements.append(place_band(b, cols, i in labels, s,
                                     under if under is not None and len(under.runs) >= 2 else None))
    # the columns' text slots, from the whole table (a column's widest line says how wide it is)
    slots = column_slots([{k: ws for k, ws in placed.items() if span.get(k, 1) == 1}
                          for i, (placed, span) in enumerate(placements) if i not in labels], len(cols))
    glue_header_rows(placements[:n_head_rows], slots, s)
    out_rows = []
    for b, placement in zip(rows, placements):
        row = band_row(b, cols, page, placement, slots)
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
                               header=header)
