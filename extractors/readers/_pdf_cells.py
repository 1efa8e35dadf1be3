"""A ruleless table's cells (:mod:`extractors.readers._pdf_stream`, step 7): one band's words placed into the
table's columns (a run in one column is that column's cell; a run over several is split between them by phrases,
unless a word crosses a gutter or, in a header, it stands over several runs of the header row below: then it is one
cell spanning those columns), the row made of them (words broken for lack of room glued back, :mod:`._pdf_breaks`),
how its cells end (for a row cut by a page break) and a header word cut between two header rows."""
from __future__ import annotations

import re
from collections import defaultdict

from extractors.model import Cell, Row
from extractors.readers._pdf_bands import Band, StreamSettings, hits, overlap, word_space
from extractors.readers._pdf_breaks import broken, slot_text
from extractors.readers._pdf_vocabulary import NO_VOCABULARY, Vocabulary
from extractors.readers._pdf_layout import CellFill, Word, cell_text, group_lines


def _phrases(words: list[Word], limit: float, cuts: tuple[float, ...] = (),
             joins: tuple[float, ...] = ()) -> list[list[Word]]:
    """Words of one line run together (gaps of a word space or typed spaces of ``joins``, none a gutter of
    ``cuts``): they go to one column."""
    out: list[list[Word]] = []
    for w in sorted(words, key=lambda w: (w.cy, w.x0)):
        prev = next((ph for ph in reversed(out) if abs(ph[-1].cy - w.cy) < 0.3 * (w.bottom - w.top)), None)
        if prev is not None and 0 <= w.x0 - prev[-1].x1 and (w.x0 - prev[-1].x1 <= limit or any(
                prev[-1].x1 <= x <= w.x0 for x in joins)) and not any(prev[-1].x1 <= x <= w.x0 for x in cuts):
            prev.append(w)
        else:
            out.append([w])
    return out


def place_band(band: Band, cols: list[list[float]], label: bool, s: StreamSettings,
               under: Band | None = None, levels: bool = False) -> tuple[dict[int, list[Word]], dict[int, int]]:
    """One band's words per column, and the columns a cell spans (by the column it starts in). ``label``: a
    one-run band across the columns (a group label): one cell over all. ``under``: for a header band, the header
    band below it; a run over several of its runs spans them. ``levels``: ``band`` and ``under`` are header rows
    read from a header set from the top of its row (:func:`header_levels`), ``under`` the sub-columns of its group
    cells: a run over one of them is a group cell too."""
    n = len(cols)
    limit = word_space(band.lines, s) + s.space_margin * band.size
    placed: dict[int, list[Word]] = defaultdict(list)
    span: dict[int, int] = {}
    for a, b, ws in band.runs:
        hit = [k for k, c in enumerate(cols) if overlap(a, b, c[0], c[1]) > s.overlap]
        if label:
            placed[0].extend(ws)
            span[0] = n
            continue
        if not hit:
            hit = [min(range(n), key=lambda k: abs((cols[k][0] + cols[k][1]) / 2 - (a + b) / 2))]
        # over two sub-columns, though within one column measured on the body (below)
        crossing = len(hit) > 1 and any(
            sum(1 for k in hit if overlap(w.x0, w.x1, cols[k][0], cols[k][1]) > s.overlap) > 1 for w in ws) \
            or under is not None and hits((a, b), under.runs, s) >= 2
        if not crossing and levels and under is not None and hits((a, b), under.runs, s) == 1:
            # over one sub-column only: a group cell set left, narrower than its sub-columns, when the sub-columns
            # beside it have nothing of this band over them ("Surse de finanțare" over "Bugetul local" /
            # "Bugetul de stat")
            lo, hi = _group_reach(band, under, a, b, s)
            crossing = sum(1 for c in cols if overlap(lo, hi, c[0], c[1]) > s.overlap) > 1
        if crossing:
            if under is not None:  # the sub-columns it stands over, though it may be narrower than they are
                subs = [r for r in under.runs if overlap(a, b, r[0], r[1]) > s.overlap]
                lo, hi = _group_reach(band, under, min([a] + [r[0] for r in subs]), max([b] + [r[1] for r in subs]),
                                      s)
                hit = [k for k, c in enumerate(cols) if overlap(lo, hi, c[0], c[1]) > s.overlap]
                # and the columns its sub-columns' cells go to: a column measured on its body's cells may be
                # narrower than its header and lie beside it ("Buget CJ" over a right-set "-")
                hit = sorted(set(hit) | {_column_of(r[0], r[1], cols, s) for r in under.runs
                                         if overlap(lo, hi, r[0], r[1]) > s.overlap})
            placed[hit[0]].extend(ws)
            span[hit[0]] = max(span.get(hit[0], 1), hit[-1] - hit[0] + 1)
            continue
        for ph in _phrases(ws, limit, band.cuts, band.joins):  # a phrase goes whole to the column it overlaps most
            k = max(hit, key=lambda k: overlap(ph[0].x0, ph[-1].x1, cols[k][0], cols[k][1]))
            placed[k].extend(ph)
    return placed, span


def _column_of(a: float, b: float, cols: list[list[float]], s: StreamSettings) -> int:
    """The column a run ``a``–``b`` goes to: the one it overlaps most, else the nearest (as :func:`place_band`
    places a run over no column)."""
    best = max(range(len(cols)), key=lambda k: overlap(a, b, cols[k][0], cols[k][1]))
    if overlap(a, b, cols[best][0], cols[best][1]) > s.overlap:
        return best
    return min(range(len(cols)), key=lambda k: abs((cols[k][0] + cols[k][1]) / 2 - (a + b) / 2))


def _group_reach(band: Band, under: Band, lo: float, hi: float, s: StreamSettings) -> tuple[float, float]:
    """A group cell's reach ``lo``–``hi`` over its sub-columns (the runs of ``under``), widened over the next
    sub-columns on either side over which ``band`` has nothing: a group cell set left may stand over its first
    sub-columns only."""
    def free(r: tuple) -> bool:
        return not any(overlap(r[0], r[1], x[0], x[1]) > s.overlap for x in band.runs)

    for r in sorted(under.runs, key=lambda r: r[0]):
        if r[0] >= hi - s.overlap:
            if not free(r):
                break
            hi = r[1]
    for r in sorted(under.runs, key=lambda r: -r[1]):
        if r[1] <= lo + s.overlap:
            if not free(r):
                break
            lo = r[0]
    return lo, hi


def band_row(band: Band, cols: list[list[float]], page: int, placement: tuple[dict[int, list[Word]], dict[int, int]],
             slots: list[tuple[float, float] | None], vocab: Vocabulary = NO_VOCABULARY) -> Row | None:
    """One band's cells, from its words per column (:func:`place_band`). ``slots``: each column's text slot
    (:func:`column_slots`), where its one-column cells' words broken for lack of room are glued back."""
    n = len(cols)
    # a cell reaches to where the next column starts; the last one an em past its text (room to wrap in)
    right = [cols[k + 1][0] for k in range(n - 1)] + [max(cols[-1][1], band.x1) + band.size]
    placed, span = placement
    cells = []
    for k in sorted(placed):
        ws = placed[k]
        if not ws:
            continue  # its words went up to the header row above (:func:`glue_header_rows`)
        cs = span.get(k, 1)
        slot = slots[k] if cs == 1 else None
        if slot is not None:
            width = slot[1] - slot[0]
            figure = all(_FIGURE_PART.match(w.text) for w in ws)
            if figure:
                # a figure is as wide as the column's widest, measured on the body's runs: one broken where the
                # column is full ("4.942,9" / "0") is glued back within that width
                width = min(width, cols[k][1] - cols[k][0])
            text = slot_text(ws, width, figure, vocab=vocab)
        else:
            text = cell_text(ws, (cols[k][0], band.top, right[min(k + cs - 1, n - 1)], band.bottom))
        cells.append(Cell(text=text, col=k, col_span=cs, line=min(w.line for w in ws), page=page,
                          bbox=(round(min(w.x0 for w in ws), 2), round(min(w.top for w in ws), 2),
                                round(max(w.x1 for w in ws), 2), round(max(w.bottom for w in ws), 2))))
    cells = [c for c in cells if c.text]
    if not cells:
        return None
    return Row(cells=cells, line=min(c.line for c in cells), page=page,
               bbox=(round(cols[0][0], 2), round(band.top, 2), round(right[-1], 2), round(band.bottom, 2)))


_SENTENCE_END = (".", ";", ":", "!", "?")


def open_end(words: list[Word], right: float) -> CellFill | None:
    """How a cell of a table's last row ends, for the next page: None when it cannot go on there (empty, or its
    text ends a sentence), else its :class:`CellFill` with the room left to ``right`` (the column's right edge,
    where its longest lines stop)."""
    if not words:
        return None
    lines = group_lines(words)
    text = " ".join(ln.text for ln in lines)
    if text.rstrip().endswith(_SENTENCE_END):
        return None
    first = lines[0].words[0]
    return CellFill(right - lines[-1].x1, first.x1 - first.x0, lines[-1].size)


_FIGURE_PART = re.compile(r"^(?:[-+(]?[\d.,]+%?\)?|lei|ron|mii)$", re.I)


def glue_header_rows(placements: list[tuple[dict[int, list[Word]], dict[int, int]]],
                     slots: list[tuple[float, float] | None], s: StreamSettings,
                     vocab: Vocabulary = NO_VOCABULARY) -> None:
    """A header cell cut between two header rows mid-word (a cell over two rows beside a group header and its
    sub-columns: "Capacit" / "ate (locuri)"): the word's end goes up to the row above, where the word starts.
    Only a line set one line under the cell's last line above (closer than ``tight_gap``) goes on its word: rows
    set a row's gap apart are rows of their own (a label | value sheet read as header rows, its widest value
    filling the column: "nr. 9446/08.05.2025" over "8790 CR C IV" is no figure broken in two)."""
    for (upper, up_span), (lower, low_span) in zip(placements, placements[1:]):
        for k, ws in lower.items():
            slot = slots[k] if k < len(slots) else None
            if slot is None or not ws or not upper.get(k) or up_span.get(k, 1) != 1 or low_span.get(k, 1) != 1:
                continue
            below = group_lines(ws)
            a, width = group_lines(upper[k])[-1], slot[1] - slot[0]
            # the word's pieces go up while each fills its line alone ("Codul s" / "erviciul" / "ui")
            while below and below[0].top - a.bottom < s.tight_gap * a.size \
                    and broken(a, below[0], width, c=below[1] if len(below) > 1 else None, vocab=vocab):
                upper[k].append(below[0].words[0])
                ws.remove(below[0].words[0])
                if len(below[0].words) > 1:
                    break
                a = below.pop(0)
