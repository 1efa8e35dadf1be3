"""Words and figures broken over two lines of a ruleless table's cell for lack of room.

A word processor sets a word wider than its column in pieces, without a hyphen ("Capa" / "citate", "N" / "r.",
"8899 C" / "Z-VD-III"), and a figure at a separator or anywhere ("131.90" / "0,00", "54,2" / "%"). Without
ruling lines the column's width is not drawn; it is measured from the whole table: the **slot** of a column runs
from the leftmost start to the rightmost end of the text of its one-column cells (header and body). A word
broken for lack of room leaves its line *full*: as wide as the slot, less than one character of the next line's
first word short of it, whichever side the cell is set on; and the two pieces together would not fit in the
slot. A line wrapped between words may be full too, so the next piece must also go on the word (lower case, the
digits of a figure, the capitals of a code), or start with what no word starts with (".", ",", "%", ")").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.readers._pdf_layout import _SHORT_WORDS, Line, Word, figure_goes_on, group_lines, join_lines
from extractors.readers._pdf_vocabulary import NO_VOCABULARY, Vocabulary


@dataclass(frozen=True)
class BreakSettings:
    min_char: float = 0.6  # em: the least room a character needs (a line this close to its slot's width is full)
    char_factor: float = 1.5  # the next word's mean character width times this: room for its first character
    max_char: float = 1.0  # em: and at most this
    aligned: float = 0.5  # pt: lines stopping this close to one x are set against it
    fit: float = 0.0  # pt: two pieces wider than the slot by more than this would not have fitted on one line
    # pt: a line short of its slot by the next line's first glyph less than this had room for that glyph (the
    # glyph boxes and the lines' ends are measured to a few hundredths of a point)
    glyph_margin: float = 0.1
    # pt: one line may stand out past the x where a column's lines are set against, by less than this (a line set
    # right with the space it was broken at), without moving the column's edge
    stand_out: float = 3.0
    stand_min: float = 1.0  # pt: and by this at least (lines filling a ragged column end a few tenths apart)
    set_lines: int = 3


BREAKS = BreakSettings()
_TRAILING = re.compile(r"^[.,;:%)\]”»]")  # what goes on a word, never starts one
_FIGURE_END = re.compile(r"\d[.,]?$")
_INITIALS = re.compile(r"^[^\W\d_]\.[^\W\d_]")  # "D.G.A.S.P.C.": a capital and a dot, another letter after it


Extents = tuple[tuple[tuple[float, float], ...], ...]  # per column, the x-ranges of its one-column cells' lines


def column_extents(cells: list[dict[int, list[Word]]], n: int) -> Extents:
    """Per column, the x-ranges of the lines of its one-column cells (``cells``: per row, the words of each
    column's one-column cell)."""
    ext: list[list[tuple[float, float]]] = [[] for _ in range(n)]
    for row in cells:
        for k, ws in row.items():
            if ws and k < n:
                ext[k].extend((ln.x0, ln.x1) for ln in group_lines(ws))
    return tuple(tuple(e) for e in ext)


def column_slots(cells: list[dict[int, list[Word]]], n: int, s: BreakSettings = BREAKS,
                 extra: Extents = ()) -> list[tuple[float, float] | None]:
    """Each column's text slot, None when the column is empty. ``cells``: per row, the words of each column's
    one-column cell. ``extra``: more lines of each column (:func:`column_extents`), a part of the same table
    printed on the previous page (a part of one row at the top of a page says little of where its columns end).

    A side of the column where two lines or more of different widths stop at one x (its cells are set on that side,
    or its words fill it) is the slot's edge there. A ragged side says only that the slot reaches at least that far: it reaches to
    the neighbouring column's text less the table's narrowest gutter (the cells' padding: a column set against
    it), or, at the table's right edge, no one knows where (no word of that column is taken for cut)."""
    ext = [list(e) + (list(extra[k]) if k < len(extra) else []) for k, e in enumerate(column_extents(cells, n))]
    lo = [min(a for a, _ in e) if e else None for e in ext]
    hi = [max(b for _, b in e) if e else None for e in ext]
    filled = [k for k in range(n) if ext[k]]
    gutters = [lo[b] - hi[a] for a, b in zip(filled, filled[1:]) if lo[b] - hi[a] > 0]
    gutter = min(gutters) if gutters else 0.0
    slots: list[tuple[float, float] | None] = []
    for k in range(n):
        if not ext[k]:
            slots.append(None)
            continue
        a, b = lo[k], hi[k]
        # the x where lines of different widths start (end) together is the column's edge, though a line stand out
        # past it (a line set right with the space it was broken at: "familii " a space short of the right edge)
        left, right = _edge(ext[k], 0, s), _edge(ext[k], 1, s)
        if left is not None:
            a = left
        else:
            prev = next((hi[j] for j in range(k - 1, -1, -1) if ext[j]), None)
            a = min(a, prev + gutter) if prev is not None else a
        if right is not None:
            b = right
        else:
            nxt = next((lo[j] for j in range(k + 1, n) if ext[j]), None)
            b = max(b, nxt - gutter) if nxt is not None else float("inf")
        slots.append((a, b))
    return slots


def _edge(ext: list[tuple[float, float]], side: int, s: BreakSettings) -> float | None:
    """The column's edge on ``side`` (0: the left, 1: the right): the outermost x where lines are set against it
    (:func:`_set_against`), past which one line at most stands out, by less than ``stand_out`` (a line set right
    with the space it was broken at; then ``set_lines`` lines at least stop at that x); None when there is none (a
    ragged side)."""
    sign = -1.0 if side == 0 else 1.0
    order = sorted(ext, key=lambda e: sign * e[side], reverse=True)  # outermost first
    for i, e in enumerate(order[:2]):
        x = e[side]
        if i and not s.stand_min <= sign * (order[0][side] - x) < s.stand_out:
            break
        near = [f[side] for f in ext if abs(f[side] - x) < s.aligned]
        # (past a line standing out, more lines than two stopping at one x: a column set on that side, not two
        # lines of a ragged one ending together by chance)
        if _set_against(ext, x, side, s) and (i == 0 or len(near) >= s.set_lines):
            return min(near) if side == 0 else max(near)
    return None


def _set_against(ext: list[tuple[float, float]], x: float, side: int, s: BreakSettings) -> bool:
    """Two lines or more of different widths stop at ``x`` on ``side`` (0: their starts, 1: their ends): the column's
    cells are set against it, or fill it. Lines of one width ("9 posturi", "7 posturi") stop at one x whichever
    side they are set on: they say nothing of where the column ends."""
    widths = [b - a for a, b in ext if abs((a, b)[side] - x) < s.aligned]
    return len(widths) >= 2 and max(widths) - min(widths) >= s.aligned


def _full(line: Line, nxt: Word, width: float, s: BreakSettings) -> bool:
    """``line`` is as wide as the slot, short of it by less than a character of ``nxt``. When the width of
    ``nxt``'s first glyph is known, by less than that glyph (with ``glyph_margin``): a word processor breaking a
    word for lack of room sets on the line as many of its letters as fit, so a line with room for the next line's
    first letter was wrapped between words ("Număr pliante" / "distribuite": 4.6 pt left, "d" 4.2 pt wide)."""
    size = max(line.size, 1.0)
    mean = (nxt.x1 - nxt.x0) / max(len(nxt.text), 1)
    room = min(max(s.min_char * size, s.char_factor * mean), s.max_char * size)
    if nxt.first > 0:
        room = min(room, nxt.first + s.glyph_margin)
    return width - (line.x1 - line.x0) < room


def broken(a: Line, b: Line, width: float, figure: bool = False, s: BreakSettings = BREAKS,
           c: Line | None = None, vocab: Vocabulary = NO_VOCABULARY, before: Line | None = None) -> bool:
    """Line ``b`` goes on the last word of line ``a`` without a space (that word was broken for lack of room in a
    slot ``width`` wide). ``figure``: the cell holds a figure alone, which breaks at its separators as well as
    where its line is full: its two pieces only need to be too wide for the slot together. ``c``: the line after
    ``b``, which a word filling ``b`` alone goes on in ("Codul s" / "erviciul" / "ui": the word is too wide).

    The geometry decides, unless the document's own words (``vocab``) say otherwise: a word set whole elsewhere
    whose pieces are no words of their own is glued ("recu" / "perare", the line not full), two words each used
    on their own elsewhere whose joined form is no word are kept apart ("Identificarea" / "persoanelor", the
    line full). ``before``: the line before ``a`` (its last piece may go on in ``a``'s one word)."""
    geometry = _broken(a, b, width, figure, s, c)
    if figure or _TRAILING.match(b.words[0].text):
        return geometry
    ta, tb = a.words[-1].text, b.words[0].text
    if _capitals_piece(a, b, width, s, vocab):
        return True
    if not tb[:1].islower():
        # a word goes on in lower case, a capital starts one; a code's capitals are no words of the text
        # ("8790 CR-V" / "D-III": "V" and "D" stand alone in other codes). Two words in capitals the text uses
        # on their own, their joined form nowhere, stay two ("TOTAL" / "DGASPC Tulcea", a full line of a label)
        if ta.isalpha() and tb.isalpha() and ta.isupper() and tb.isupper() and vocab.joins([ta], [tb]) is False:
            return False
        if ta.isalpha() and ta.isupper() and _INITIALS.match(tb):
            return False  # an initialism starts a word ("TOTAL" / "D.G.A.S.P.C."): no word goes on "letter, dot"
        return geometry
    heads = [ta] + ([before.words[-1].text + ta] if before is not None and len(a.words) == 1 else [])
    tails = [tb] + ([tb + c.words[0].text] if c is not None and len(b.words) == 1 else [])
    said = vocab.joins(heads, tails)
    return geometry if said is None else said


def _capitals_piece(a: Line, b: Line, width: float, s: BreakSettings, vocab: Vocabulary) -> bool:
    """A word in capitals broken for lack of room where its rest spells one of the language's short words ("TOT" /
    "AL SERVICII" in a narrow name column): the line is full, the two pieces would not fit in the slot together,
    and the first piece is used nowhere in the document on its own (a short word ending a line of words in capitals,
    "SERVICIUL PUBLIC" / "AL JUDEȚULUI", follows a word that is)."""
    wa, wb = a.words[-1], b.words[0]
    ta, tb = wa.text, wb.text
    if not (vocab.words and ta.isalpha() and tb.isalpha() and ta.isupper() and tb.isupper()
            and tb.lower() in _SHORT_WORDS):
        return False
    if ta.casefold() in vocab.followed or ta.casefold() in vocab.led:
        return False
    return (wa.x1 - wa.x0) + (wb.x1 - wb.x0) > width + s.fit and _full(a, wb, width, s)


def _broken(a: Line, b: Line, width: float, figure: bool, s: BreakSettings, c: Line | None) -> bool:
    """:func:`broken` by the geometry alone."""
    wa, wb = a.words[-1], b.words[0]
    ta, tb = wa.text, wb.text
    if _TRAILING.match(tb):
        return True  # no line starts a word with these: the word was cut before them
    if figure and figure_goes_on(ta, tb):
        return True
    joined = (wa.x1 - wa.x0) + (wb.x1 - wb.x0)
    if c is not None and len(b.words) == 1 and _full(b, c.words[0], width, s):
        joined += c.words[0].x1 - c.words[0].x0
    if joined <= width + s.fit:
        return False
    if figure:
        return bool(_FIGURE_END.search(ta)) and tb[:1].isdigit()  # "131." / "900,00", "4.942,9" / "0"
    # a short word ending a full line is a word ("Grad de" / "ocupare"); one letter may be the first of the
    # next word, set where the line had room for it ("Gradul de o" / "cupare")
    if not _full(a, wb, width, s) or tb.lower() in _SHORT_WORDS or len(ta) > 1 and ta.lower() in _SHORT_WORDS:
        return False
    return ta[-1:].isalnum() and tb[:1].isalnum() and (
        tb[:1].islower() or ta[-1:].isdigit() and tb[:1].isdigit() or ta.isupper() and tb.isupper())


def slot_text(words: list[Word], width: float, figure: bool = False, s: BreakSettings = BREAKS,
              vocab: Vocabulary = NO_VOCABULARY) -> str:
    """A one-column cell's text: its lines joined, a word or figure broken for lack of room glued back."""
    if not words:
        return ""
    lines = group_lines(words)
    glue = [broken(a, b, width, figure, s, lines[i + 2] if i + 2 < len(lines) else None, vocab,
                   lines[i - 1] if i > 0 else None)
            for i, (a, b) in enumerate(zip(lines, lines[1:]))]
    return join_lines([ln.text for ln in lines], glue)
