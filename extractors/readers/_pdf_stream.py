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

Here the page's tables are found one after the other; the steps are :mod:`._pdf_bands` (bands, runs),
:mod:`._pdf_extent` (which bands make a table), :mod:`._pdf_rows` (rows), :mod:`._pdf_table_cols` (columns),
:mod:`._pdf_build` (header rows, cells, the geometry passed on) and :mod:`._pdf_foot` (what a page leaves at its foot).
"""
from __future__ import annotations

from typing import NamedTuple

from extractors.model import Row, Table
from extractors.readers._pdf_bands import (
    STREAM,
    Band,
    StreamSettings,
    band_runs,
    band_text,
    flush_gutters,
    hits,
    make_bands,
    merge_bands,
    typed_spaces,
)
from extractors.readers._pdf_build import build_table
from extractors.readers._pdf_cells import band_row, place_band
from extractors.readers._pdf_extent import grow_table, lines_above
from extractors.readers._pdf_foot import header_at_foot, label_at_foot, row_at_foot
from extractors.readers._pdf_layout import Line, StreamLayout
from extractors.readers._pdf_vocabulary import NO_VOCABULARY, Vocabulary


class StreamTable(NamedTuple):
    """A ruleless table found among a group's lines: its first line, its last line + 1, the table, its geometry."""

    first: int
    end: int
    table: Table
    layout: StreamLayout


def find_stream_tables(lines: list[Line], page: int, carry: StreamLayout | None = None,
                       width: float | None = None, s: StreamSettings = STREAM,
                       height: float | None = None, vocab: Vocabulary = NO_VOCABULARY) -> list[StreamTable]:
    """Ruleless tables among ``lines`` (one reading-order group of a page). ``carry``: the geometry of the
    ruleless table that ended the previous page, which the first bands here may go on with. ``height``: the
    page's (a header left alone at its foot must end near it; None: anywhere). ``vocab``: the document's words,
    which tell a word broken for lack of room from two (:mod:`._pdf_vocabulary`)."""
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
        # (a page starting with the carried table's header again starts a new part under it: its header rows are
        # read as a header, not as rows going on in the carried columns)
        if carry and k == 0 and not (carry.header and band_text(bands[0]) == carry.header):
            ref = [(a, b, []) for a, b in carry.cols]
            members, n_head = grow_table(bands, 0, ref, width, s, carry.header)
            if not any(len(bands[i].runs) >= 2 for i in members):
                members, ref = [], None
            else:
                went_on = carry
        at_foot = header_at_foot(bands, k, s, height) if not members else None
        foot, label = at_foot if at_foot is not None else (None, [])
        if foot is None and not members:
            foot = row_at_foot(bands, k, s, height)
        if foot is not None:
            # a header (or a first row) alone at the foot of the page (its lines one row), maybe with its first
            # group's label under it: its table goes on at the top of the next (else it is read as text, or as a
            # table of its header and label, :mod:`._pdf_joins`)
            head = build_table(foot, list(range(len(foot))), 0, None, s, page, alone=True, vocab=vocab)
            if head is not None:
                table, layout = head
                row = label_row(label, [list(c) for c in layout.cols], page, s) if label else None
                if row is not None and table.bbox is not None and row.bbox is not None:
                    table.rows.append(row)
                    table.bbox = (*table.bbox[:3], row.bbox[3])
                out.append(StreamTable(bands[k].first, len(lines), table,
                                       StreamLayout(layout.cols, header_only=True, header=band_text(bands[k]),
                                                    labelled=row is not None, extents=layout.extents)))
            break
        built = None
        if not members and len(bands[k].runs) >= 2:
            again = k == 0 and carry is not None and bool(carry.header) and band_text(bands[0]) == carry.header
            members, n_head = grow_table(bands, k, None, width, s, again=again)
            above = lines_above(bands, members, floor, width, s) if members else []
            if above:
                built = build_table(bands, above + members, n_head and n_head + len(above), None, s, page, vocab=vocab)
                if built is not None:
                    members = above + members
        if built is None:
            built = build_table(bands, members, n_head, went_on, s, page, vocab=vocab) if members else None
        if built is None:
            k += 1
            continue
        label = label_at_foot(bands, members, built[0], built[1].cols, s, height)
        if label:
            # the next group's label left at the foot of the page: the table's last row (its rows on the next page go
            # on under it)
            relabelled = build_table(bands, members + label, n_head, went_on, s, page, vocab=vocab)
            if relabelled is not None:
                built, members = relabelled, members + label
        last = bands[members[-1]]
        out.append(StreamTable(bands[members[0]].first, last.first + len(last.lines), *built))
        k = floor = members[-1] + 1
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


def label_row(label: list[Band], cols: list[list[float]], page: int, s: StreamSettings) -> Row | None:
    """The row of a group label left under a header at the foot of a page (its lines one cell): across the table
    when it reaches over two columns or more, else a cell of the one column it stands in."""
    band = label[0]
    for b in label[1:]:
        band = merge_bands(band, b, s)
    across = hits(band.runs[0], [(a, b) for a, b in cols], s) >= 2
    return band_row(band, cols, page, place_band(band, cols, across, s), [None] * len(cols))
