"""Paragraphs and the blocks of a page: wrapped lines re-joined into paragraphs, headings and list items, in
reading order with the page's ruled tables and the ruleless tables found among its lines."""
from __future__ import annotations

import re
import statistics

from extractors.model import Paragraph, Table
from extractors.readers._pdf_bands import FIGURE
from extractors.readers._pdf_settings import STREAM, StreamSettings
from extractors.readers._pdf_layout import _BULLET_START, Line, PageContent, Placed, StreamLayout, TextEnd, join_lines
from extractors.readers._pdf_stream import find_stream_tables
from extractors.readers._pdf_vocabulary import NO_VOCABULARY, Vocabulary
from extractors.readers.blocks import HEADING_CHAPTER, text_block


def _bbox(lines: list[Line]) -> tuple[float, float, float, float]:
    return (round(min(l.x0 for l in lines), 2), round(lines[0].top, 2),
            round(max(l.x1 for l in lines), 2), round(lines[-1].bottom, 2))


def _column_edges(lines: list[Line], right_edge: float) -> list[float]:
    """The right edge each line wraps at: the page's text edge, or for a narrow text column (a text box, a
    frame without rules) the column's own edge. A narrow column is a run of at least three lines with the same
    left edge, font size and line spacing, well short of the page's edge, whose lines before the last all stop
    mid-sentence where the next line's first word would not have fitted before the run's widest line (wrapped
    lines of one paragraph)."""
    edges = [right_edge] * len(lines)
    i = 0
    while i < len(lines):
        j = i + 1
        while (j < len(lines) and abs(lines[j].x0 - lines[i].x0) <= 1.5 and abs(lines[j].size - lines[i].size) <= 0.6
               and -0.5 * lines[i].size <= lines[j].top - lines[j - 1].bottom < 0.8 * lines[i].size):
            j += 1
        run = lines[i:j]
        if len(run) >= 3:
            body = run[:-1]
            size = run[0].size
            hi = max(ln.x1 for ln in run)
            wrapped = all(hi - ln.x1 <= (nxt.words[0].x1 - nxt.words[0].x0) + 0.6 * size
                          for ln, nxt in zip(body, run[1:]))
            if (hi < right_edge - 4 * size and wrapped
                    and not any(ln.text.rstrip().endswith((".", ";", ":", "!", "?")) for ln in body)):
                for k in range(i, j):
                    edges[k] = hi
        i = j
    return edges


def paragraph_gaps(lines: list[Line], right_edge: float) -> list[float]:
    """The spaces between the lines of a paragraph here, to tell paragraph spacing (clearly larger) from
    them. Measured only after full lines (the next line's first word would not have fitted): a wrapped line
    is followed by its paragraph's next line, whereas a short line (a one-line paragraph or list item, a
    paragraph's last line) is followed by paragraph spacing, which would pass for the usual spacing on a
    page of short items."""
    edges = _column_edges(lines, right_edge)
    return [b.top - a.bottom for k, (a, b) in enumerate(zip(lines, lines[1:]))
            if abs(a.size - b.size) <= 0.6 and -0.5 * a.size <= b.top - a.bottom < 0.8 * a.size
            and edges[k] - a.x1 <= (b.words[0].x1 - b.words[0].x0) + 0.6 * a.size]


def _usual_gap(gaps: list[float]) -> float | None:
    """The most frequent of the gaps (within half a point; the smaller on a tie): a paragraph's last line
    that happens to look full adds a paragraph spacing to the gaps, and on a page of two-line paragraphs
    those are nearly as many as the true line gaps (a median would fall between the two)."""
    if len(gaps) < 3:
        return None
    vals = sorted(gaps)
    best, best_n = None, 0
    for k, g in enumerate(vals):
        n = sum(1 for v in vals[k:] if v - g <= 0.5)
        if n > best_n:
            best, best_n = statistics.median(v for v in vals[k:] if v - g <= 0.5), n
    return best


_DASH = re.compile(r"^\s*[-–]\s")
_SENTENCE_END = (".", ";", ":", "!", "?")
# a line ending on a date or a year, and one opening with a dash before a date or a year: a period's two ends
_DATED_END = re.compile(r"(?:\d{1,2}[./]\d{1,2}[./])?(?:19|20)\d\d\s*$")
_DASH_DATE = re.compile(r"^\s*[-–]\s*(?:\d{1,2}[./]\d{1,2}[./])?(?:19|20)\d\d\b")


def _dash_goes_on(para: list[Line], ln: Line, fits: bool) -> bool:
    """A line opening with a dash goes on with the item above rather than starting one ('2. Serviciul … pe 12
    luni' / '– total 126.720 lei;'): the line above is full and ends no sentence, the paragraph is a list item (a
    title over a unit line, '… PENTRU ANUL 2025' / '- mii lei -', is no item going on), no dash item of its own (in
    a list of dash items a dash starts the next), and the line is not indented past the one above (a sub-list
    is)."""
    prev = para[-1]
    if not fits and _DATED_END.search(prev.text) and _DASH_DATE.match(ln.text):
        return True  # a period's second date wrapped with its dash ("… în perioada 01.07.2026" / "– 31.12.2026")
    return (bool(_DASH.match(ln.text)) and not fits and not prev.text.rstrip().endswith(_SENTENCE_END)
            and bool(_BULLET_START.match(para[0].text)) and not _DASH.match(para[0].text)
            and ln.x0 <= prev.x0 + 0.5 * prev.size)


def lines_to_paragraphs(lines: list[Line], right_edge: float, left_edge: float,
                        gaps: list[float] | None = None) -> list[list[Line]]:
    """Group consecutive physical lines into paragraphs: a line continues the previous one when the
    previous line was full (the next line's first word would not have fitted on it), the spacing is
    normal (not clearly wider than the usual space between lines here: paragraph spacing), the font size is
    the same and the next line does not start a list item. ``gaps``: :func:`paragraph_gaps` of all the text
    around (the text cut by an unruled table is one context), else measured on ``lines``."""
    paras: list[list[Line]] = []
    edges = _column_edges(lines, right_edge)
    if gaps is None:
        gaps = paragraph_gaps(lines, right_edge)
    usual = _usual_gap(gaps)
    for k, ln in enumerate(lines):
        if paras:
            prev = paras[-1][-1]
            size = prev.size
            first_w = ln.words[0]
            fits = edges[k - 1] - prev.x1 > (first_w.x1 - first_w.x0) + 0.6 * size
            gap = ln.top - prev.bottom
            same_size = abs(ln.size - size) <= 0.6
            new_item = (bool(_BULLET_START.match(ln.text)) and not _dash_goes_on(paras[-1], ln, fits)) \
                or bool(HEADING_CHAPTER.match(ln.text))
            indented = ln.x0 > prev.x0 + 1.5 * size and len(paras[-1]) > 1
            spaced = usual is not None and gap > usual + 0.3 * size
            if not fits and -0.5 * size <= gap < 0.8 * size and same_size and not new_item and not indented \
                    and not spaced:
                paras[-1].append(ln)
                continue
        paras.append([ln])
    return paras


def page_blocks(pc: PageContent, carry: StreamLayout | None = None,
                vocab: Vocabulary = NO_VOCABULARY) -> list[Placed]:
    """Blocks of one analysed page in reading order (after running lines were dropped), each with its geometry.
    ``carry``: the unruled table that ended the previous page (see :mod:`extractors.readers._pdf_stream`).
    ``vocab``: the document's words (:mod:`extractors.readers._pdf_vocabulary`)."""
    items: list[tuple[tuple, int, Placed]] = []
    for rt in pc.tables:
        items.append(((rt.top, 0, rt.top), 0, Placed(rt.table, grid=rt.ends)))
    live_lines = []
    for ln in pc.lines:
        ws = [w for w in ln.words if not w.dropped]
        if ws:
            nl = Line(ws)
            nl.no = ln.no
            nl.stream, nl.order = ln.stream, ln.order
            live_lines.append(nl)
    # split the text lines at ruled tables so paragraphs never run across one, and at the columns of a
    # two-column band (each read on its own)
    table_tops = sorted(rt.top for rt in pc.tables)
    groups: list[list[Line]] = [[]]
    ti = 0
    for ln in live_lines:
        while ti < len(table_tops) and ln.top >= table_tops[ti]:
            ti += 1
            groups.append([])
        if groups[-1] and groups[-1][-1].stream != ln.stream:
            groups.append([])
        groups[-1].append(ln)
    body = [ln for ln in live_lines if ln.x1 - ln.x0 > 0.4 * pc.width]
    page_right = max((ln.x1 for ln in body), default=pc.width * 0.9)
    page_left = min((ln.x0 for ln in live_lines), default=0.0)
    first = True
    column_end: dict[int, Placed] = {}  # per band: the left column's last text block
    for grp in groups:
        if not grp:
            continue
        if grp[0].stream:
            right_edge = max(ln.x1 for ln in grp)
            left_edge = min(ln.x0 for ln in grp)
        else:
            right_edge, left_edge = page_right, page_left
        aligned = find_stream_tables(grp, pc.number, carry if first else None, right_edge - left_edge,
                                     height=pc.height, vocab=vocab)
        first = False
        pos = 0
        chunks: list[tuple[str, object]] = []
        for found in aligned:
            if found.first > pos:
                chunks.append(("lines", grp[pos:found.first]))
            chunks.append(("table", found))
            pos = found.end
        if pos < len(grp):
            chunks.append(("lines", grp[pos:]))
        pooled = [g for kind, obj in chunks if kind == "lines" for g in paragraph_gaps(obj, right_edge)]
        for kind, obj in chunks:
            if kind == "table":
                ln0 = next(ln for ln in grp if ln.no == obj.table.rows[0].line)
                items.append((_reading_key(ln0), 1, Placed(obj.table, stream=obj.layout)))
                column_end.pop(ln0.stream, None)
                column_end.pop(ln0.stream - 1, None)
                continue
            for para in lines_to_paragraphs(obj, right_edge, left_edge, pooled):
                text = join_lines([ln.text for ln in para])
                blk = text_block(text, pc.number, para[0].no, _bbox(para))
                if blk is None:
                    continue
                # the last line is full: the paragraph may go on at the top of the next page
                last = para[-1]
                end = TextEnd(right_edge - last.x1 < 2.5 * last.size, last.size, right_edge - last.x1,
                              para[0].words[0].x1 - para[0].words[0].x0)
                stream = para[0].stream
                if stream and stream % 2 == 0 and _continues_column(column_end.get(stream - 1), blk, para):
                    prev = column_end.pop(stream - 1)
                    prev.block.text = join_lines([prev.block.text, blk.text])
                    prev.text = TextEnd(end.full, end.size, end.room, prev.text.first_word)
                    continue
                column_end.pop(stream - 1, None)
                placed = Placed(blk, text=end)
                if stream and stream % 2 == 1:
                    column_end[stream] = placed
                items.append((_reading_key(para[0]), 1, placed))
    items.sort(key=lambda t: (t[0], t[1]))
    return [b for _, _, b in items]


def _reading_key(ln: Line) -> tuple[float, int, float]:
    """Sort key of a block starting at this line: a two-column band is read as one place on the page (its
    top), left column before right column."""
    if ln.order is None:
        return (ln.top, 0, ln.top)
    return (ln.order[0], ln.order[1], ln.top)


def _continues_column(prev: Placed | None, blk, para: list[Line]) -> bool:
    """The right column's first paragraph goes on with the left column's last one: that one ends on a full
    line without ending its sentence, and this one is a plain paragraph (no list marker, no heading) in the
    same font size."""
    if prev is None or prev.text is None or type(blk) is not Paragraph:
        return False
    end = prev.text
    first_w = para[0].words[0].x1 - para[0].words[0].x0
    if abs(end.size - para[0].size) > 0.6 or not (end.full or end.room < first_w + 0.6 * end.size):
        return False
    return not prev.block.text.rstrip().endswith((".", ";", ":", "!", "?"))


def page_carry(blocks: list[Placed], s: StreamSettings = STREAM) -> StreamLayout | None:
    """The ruleless table a page ends with, which the next page's first rows may go on with: the page's last block,
    or the block before it when that is one line of text (a group label left at the foot of the page, its rows on
    the next: :func:`._pdf_joins.join_label_left_at_page_foot` makes it the table's last row once the next page's
    table is read as going on from this one)."""
    if not blocks:
        return None
    last = blocks[-1]
    if last.stream is None and len(blocks) >= 2 and isinstance(last.block, Paragraph) and last.text is not None \
            and last.block.bbox is not None and last.block.bbox[3] - last.block.bbox[1] <= s.one_line * last.text.size:
        # (a table of rows: one holding a figure; a header left at the foot with the label under it is no part
        # whose columns the next page's rows go on in: its cells are set apart from their figures)
        before = blocks[-2]
        rows = before.block.rows if isinstance(before.block, Table) else []
        if before.stream is not None and not before.stream.header_only \
                and any(FIGURE.match(c.text) for r in rows for c in r.cells):
            return before.stream
        return None
    return last.stream
