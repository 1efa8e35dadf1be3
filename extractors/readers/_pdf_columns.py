"""Prose set in two columns: the lines of a band with one empty gutter whose two sides read as wrapped prose
are regrouped per side and read left column first (so that neither are they paired as table rows nor is a
line of one column glued to a line of the other)."""
from __future__ import annotations

import re
import statistics

from extractors.readers._pdf_layout import Line, PageContent, Word, group_lines
from extractors.readers._pdf_settings import STREAM, StreamSettings


_LEADER = re.compile(r"(?:\.\s?){3,}$")


def _word_segments(words: list[Word], gap: float) -> list[list[Word]]:
    segs: list[list[Word]] = []
    for w in words:
        if segs and w.x0 - segs[-1][-1].x1 < gap:
            segs[-1].append(w)
        else:
            segs.append([w])
    return segs


def _full_lines(lines: list[Line]) -> list[bool]:
    """Per line but the last: the line is full (the next line's first word would not have fitted on it
    before the column's widest line) and the next one follows at line spacing: wrapped prose."""
    hi = max(ln.x1 for ln in lines)
    out = []
    for a, b in zip(lines, lines[1:]):
        size = a.size
        w = b.words[0]
        led = _LEADER.search(a.text) is not None  # a label led to its figure reaches the edge without wrapping
        out.append(not led and hi - a.x1 <= (w.x1 - w.x0) + 0.6 * size and -0.5 * size <= b.top - a.bottom < 0.8 * size)
    return out


def _starts(lines: list[Line], full: list[bool]) -> list[float]:
    """Tops of the lines that start a paragraph (the first, and each one after a line that is not full)."""
    return [ln.top for k, ln in enumerate(lines) if k == 0 or not full[k - 1]]


def _block_starts(lines: list[Line], s: StreamSettings) -> list[float]:
    """Tops of the lines that start a block: the first, and each one set an empty line below the line above
    (``row_gap``: rows set from their top)."""
    return [ln.top for k, ln in enumerate(lines) if k == 0 or ln.top - lines[k - 1].bottom >= s.row_gap * ln.size]


def _cell_gap(size: float, s: StreamSettings) -> float:
    """A gap wider than this between two words of a line in type ``size`` parts cells, not words of prose."""
    return max(s.column_cell_gap * size, s.column_cell_gap_min)


def _inner_gutter(lines: list[Line], min_gap: float = 1.0, min_part: float = 3.0, min_lines: int = 3) -> bool:
    """The lines' words leave an x-range at least ``min_gap`` em wide empty inside their extent, and ``min_lines``
    of them have text wider than ``min_part`` em on its left and text on its right: the columns of a table. (A
    list's markers and its hanging indent leave such a range too, with narrow text on its left.)"""
    size = statistics.median(ln.size for ln in lines)
    spans = sorted((w.x0, w.x1) for ln in lines for w in ln.words)
    merged: list[list[float]] = []
    for a, b in spans:
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    for (_, g0), (g1, _) in zip(merged, merged[1:]):
        if g1 - g0 < min_gap * size:
            continue
        both = 0
        for ln in lines:
            left = [w for w in ln.words if w.x1 <= g0]
            if left and any(w.x0 >= g1 for w in ln.words) and g0 - min(w.x0 for w in left) > min_part * size:
                both += 1
        if both >= min_lines:
            return True
    return False


def _is_prose_columns(left: list[Line], right: list[Line], s: StreamSettings = STREAM) -> bool:
    """Two text columns rather than a two-column table without rules: each side is wide, at least half its
    lines are wrapped prose (full lines), and the paragraphs of the two sides do not start side by side
    (a table's rows start its cells at the same height). Or prose on the left and a table beside it: the right
    side's lines are not prose, and its rows are many more than the left side's paragraphs (a table whose first
    column wraps its text has a row for each of that column's cells)."""
    if len(left) < 3 or len(right) < 3 or len(left) + len(right) < 8:
        return False
    size = statistics.median(ln.size for ln in left + right)
    span = max(ln.x1 for ln in right) - min(ln.x0 for ln in left)
    prose = []
    for side in (left, right):
        width = max(ln.x1 for ln in side) - min(ln.x0 for ln in side)
        if width < max(0.3 * span, 15 * size):
            return False
        full = _full_lines(side)
        prose.append(sum(full) >= 0.5 * len(full))
    # a table's side: most of its lines have cells apart (gaps no prose line has)
    cells = sum(1 for ln in right if len(_word_segments(ln.words, _cell_gap(ln.size, s))) >= 2)
    if not prose[0] or (not prose[1] and cells < 0.6 * len(right)):
        return False
    # prose has no cells apart: a left side with them is the left part of a wide table (its gutter only the
    # widest between its columns), not prose beside it
    if sum(1 for ln in left if len(_word_segments(ln.words, _cell_gap(ln.size, s))) >= 2) >= 0.25 * len(left):
        return False
    # nor a gutter of its own: a left side whose text keeps clear of one x-range down all its lines, with wide text
    # on both sides of it on several, is a table's first columns (a column of wrapped cells set right, close to the
    # next one: the widest gutter of the table lay further right)
    if _inner_gutter(left):
        return False
    # and its lines start at its left edge (an indent aside): lines starting well inside it are a table's cells
    # (the name column of a wide table, its number and code columns empty on the name's wrapped lines)
    x0 = min(ln.x0 for ln in left)
    if sum(1 for ln in left if ln.x0 - x0 > 3 * ln.size) >= 0.25 * len(left):
        return False
    fl, fr = _full_lines(left), _full_lines(right)
    y0 = max(left[0].top, right[0].top) - 0.5 * size
    y1 = min(left[-1].bottom, right[-1].bottom)
    sl = [y for y in _starts(left, fl) if y0 <= y <= y1]

    def matched(a, b):
        return sum(1 for y in a if any(abs(y - z) <= 0.5 * size for z in b)) / len(a)

    # the right side's lines with cells apart (a table's rows) each start beside a paragraph of the left side, and
    # each paragraph beside such a line: the left side's "paragraphs" are the first cells of those rows (a number
    # and a name wrapped over lines, rows set from their top), one table
    rows_r = [ln.top for ln in right if y0 <= ln.top <= y1
              and len(_word_segments(ln.words, _cell_gap(ln.size, s))) >= 2]
    if len(sl) >= 2 and len(rows_r) >= 2 and matched(sl, rows_r) >= 0.8 and matched(rows_r, sl) >= 0.8:
        return False
    # the same with rows set from their top, their cells wrapped on both sides: the two sides' blocks (lines set
    # an empty line apart) start side by side, each of them a row ("1. Locuințe protejate" beside "8730 CR-V-III
    # … 475.000" / "familii …" / "vulnerabile …": the left side's numbered names were read as a list, apart)
    bl = [y for y in _block_starts(left, s) if y0 <= y <= y1]
    br = [y for y in _block_starts(right, s) if y0 <= y <= y1]
    if len(bl) >= s.column_row_blocks and matched(bl, br) >= 0.8 and matched(br, bl) >= 0.8:
        return False
    if cells >= 0.6 * len(right):
        # prose is sentences: several words a line (not a column of names, each "full" for being narrow), words
        # of letters (not a table's labels led to their figures)
        words = [w.text for ln in left for w in ln.words]
        if statistics.median(len(ln.words) for ln in left) < 4 \
                or sum(1 for t in words if any(ch.isalpha() for ch in t)) < 0.8 * len(words):
            return False
        rows = [ln.top for ln in right if y0 <= ln.top <= y1]
        return len(rows) >= max(3, 2 * len(sl))
    sr = [y for y in _starts(right, fr) if y0 <= y <= y1]
    if not sl or not sr:
        return True
    return not (matched(sl, sr) >= 0.8 and matched(sr, sl) >= 0.8)


def split_text_columns(pc: PageContent, s: StreamSettings = STREAM) -> None:
    """Prose set in two columns: a run of physical lines that all have the same empty gutter (a wide gap
    between two segments of the line, or text on one side of it only) and whose two sides read as wrapped
    prose (:func:`_is_prose_columns`). The run's words are regrouped into lines per side and put in reading
    order (the whole left column, then the right one), so that neither the lines of both columns are paired
    as table rows nor a line of one column is glued to a line of the other. Not across ruled tables."""
    lines = pc.lines
    info: list[tuple | None] = []
    for ln in lines:
        ws = [w for w in ln.words if not w.dropped]
        if not ws:
            info.append(None)
            continue
        size = statistics.median(w.size for w in ws)
        segs = _word_segments(ws, _cell_gap(size, s))
        info.append((segs, size))
    out: list[Line] = []
    n = len(lines)
    i = 0
    band_no = 0
    plain_from = 0  # lines from here on were copied to ``out`` unchanged
    while i < n:
        it = info[i]
        if it is None or len(it[0]) < 2:
            out.append(lines[i])
            i += 1
            continue
        segs, size = it
        g0, g1 = segs[0][-1].x1, segs[1][0].x0
        min_gutter = max(size, 8.0)
        members = [i]
        two_sided = 1
        last_bottom = lines[i].bottom
        j = i + 1
        while j < n:
            it = info[j]
            if it is None:
                j += 1
                continue
            sg, sz = it
            ln = lines[j]
            if len(sg) >= 2 and (ln.x0 >= g1 - 1 or ln.x1 <= g0 + 1):
                # beside prose, a table's row on its side of the gutter only (its cells apart: "Payroll Period"
                # ... "Allowance" in the right column, the left column's prose on lines of its own)
                if ln.top - last_bottom > 2.0 * sz:
                    break
            elif len(sg) >= 2:  # the gap that goes on with the gutter (a table's cells may stand beside it)
                a, b = max(((max(g0, p[-1].x1), min(g1, q[0].x0)) for p, q in zip(sg, sg[1:])),
                           key=lambda ab: ab[1] - ab[0])
                if b - a < min_gutter or ln.top - last_bottom > 2.5 * sz:
                    break
                g0, g1 = a, b
                two_sided += 1
            elif len(sg) == 1:  # text on one side only; it may narrow the gutter
                if ln.top - last_bottom > 2.0 * sz:
                    break
                if ln.x0 >= g1 - 1 or ln.x1 <= g0 + 1:
                    pass
                elif ln.x0 > g0 + min_gutter:
                    g1 = ln.x0
                elif ln.x1 < g1 - min_gutter:
                    g0 = ln.x1
                else:
                    break
            else:
                break
            members.append(j)
            last_bottom = max(last_bottom, ln.bottom)
            j += 1
        # one-sided lines just above the run belong to it too (a column starting lower than the other)
        k = i
        while k > plain_from and info[k - 1] is not None and len(info[k - 1][0]) == 1:
            ln = lines[k - 1]
            if not (ln.x1 <= g0 + 1 or ln.x0 >= g1 - 1) or lines[k].top - ln.bottom > 1.0 * info[k - 1][1]:
                break
            k -= 1
        band = lines[k:j]
        mid = (g0 + g1) / 2
        words = [w for ln in band for w in ln.words]
        left = group_lines([w for w in words if w.cx < mid])
        right = group_lines([w for w in words if w.cx >= mid])
        top, bottom = min(ln.top for ln in band), max(ln.bottom for ln in band)
        clash = any(rt.table.bbox[1] < bottom and rt.table.bbox[3] > top for rt in pc.tables)
        if two_sided < 3 or clash or not _is_prose_columns(
                [ln for ln in left if any(not w.dropped for w in ln.words)],
                [ln for ln in right if any(not w.dropped for w in ln.words)], s):
            out.append(lines[i])
            i += 1
            continue
        del out[len(out) - (i - k):]
        band_no += 1
        for side, part in ((1, left), (2, right)):
            for ln in part:
                ln.stream = 2 * band_no + side - 2
                ln.order = (top, side)
            out.extend(part)
        i = plain_from = j
    if band_no:
        renum: dict[int, int] = {}
        for no, ln in enumerate(out, 1):
            if ln.stream == 0:
                renum[ln.no] = no
            ln.no = no
            for w in ln.words:
                w.line = no
        pc.lines = out
        for table in (rt.table for rt in pc.tables):  # ruled tables keep their lines, maybe not their numbers
            table.line = renum.get(table.line, table.line)
            for row in table.rows:
                row.line = renum.get(row.line, row.line)
                for c in row.cells:
                    c.line = renum.get(c.line, c.line)
