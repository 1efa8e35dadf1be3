"""The word spaces of a justified line of a scan made even, as a text layer has them.

A justified line's spaces are stretched alike: in a text layer every gap between its words is the same (5.8 pt each
on a line of the families' partnerships). On a scan the gap between two words' ink is that space plus the side
bearings of the letters on either side, which differ ("2017," ends in a comma's narrow ink, "J" of "Județean" hooks
back under the word before it): the same line came back with gaps of 5.3 to 7.4 pt. The ruleless table reader
splits a line at gaps wider than a word space (:mod:`extractors.readers._pdf_bands`), so such a line fell apart
into runs that happened to fit a table's columns, and the paragraph of partnerships became a table's header and row.

A line that reads as prose is given its mean gap between every two words, its ends and its words' widths kept. Prose
is told by what the line is, never by where it stands on the page or what it says: many words (:attr:`min_words`),
most of them words of letters (sentences, not a row of figures or codes), the gaps evenly spread (none much wider
than the line's usual gap: a table row has gutters wider than its word spaces) and the line as wide as the page's
running text (a justified line fills it; the last line of a paragraph is set with plain spaces and left alone).
"""
from __future__ import annotations

import statistics
from dataclasses import dataclass

from extractors.readers._pdf_layout import Word


@dataclass(frozen=True)
class JustifySettings:
    min_words: int = 6  # fewer words: a heading, a label, a cell's line, not a line of running text
    letters_share: float = 0.7  # of its words with a small letter: a sentence (a row of figures or codes has fewer)
    # em over the line's median gap: a wider gap is a gutter between cells, not a stretched word space (the ink's
    # side bearings move a gap by ~0.1 em either way; a ruleless table's gutter is an em or more)
    spread: float = 0.3
    max_gap: float = 1.0  # em: a line whose usual gap is wider is no justified text (words spread as cells)
    full: float = 1.0  # em: a justified line ends this close to the right edge of the page's running text
    same_line: float = 0.2  # em: words whose baselines are this close stand on one line
    min_width: float = 0.5  # of the page's running text's width: a narrower line is a column's or a cell's


JUSTIFY = JustifySettings()


def _reads_as_prose(ws: list[Word], s: JustifySettings) -> bool:
    """Many words, most of them with a small letter, and gaps with none much wider than the line's usual one."""
    if len(ws) < s.min_words:
        return False
    if sum(any(ch.islower() for ch in w.text) for w in ws) < s.letters_share * len(ws):
        return False
    em = statistics.median(w.size for w in ws)
    gaps = [b.x0 - a.x1 for a, b in zip(ws, ws[1:])]
    usual = statistics.median(gaps)
    return 0 < usual <= s.max_gap * em and max(gaps) <= usual + s.spread * em


def _lines(words: list[Word], s: JustifySettings) -> list[list[Word]]:
    """The words on one baseline each (their boxes are a text layer's, from their baselines: :mod:`.ocr_ink`), left
    to right. Not Tesseract's text lines: the words of a cell read again alone come back as lines of their own."""
    lines: list[list[Word]] = []
    for w in sorted(words, key=lambda w: w.bottom):
        if lines and w.bottom - lines[-1][-1].bottom <= s.same_line * w.size:
            lines[-1].append(w)
        else:
            lines.append([w])
    return [sorted(ws, key=lambda w: w.x0) for ws in lines]


def even_justified(words: list[Word], s: JustifySettings = JUSTIFY) -> None:
    """Give each justified line of ``words`` (the words of an OCR'd page) even gaps between its words (see the
    module docstring). In place."""
    prose = []
    for ws in _lines(words, s):
        if _reads_as_prose(ws, s):
            prose.append(ws)
    if not prose:
        return
    # the page's running text: from the leftmost start to the rightmost end of its lines of prose
    left, right = min(ws[0].x0 for ws in prose), max(ws[-1].x1 for ws in prose)
    for ws in prose:
        em = statistics.median(w.size for w in ws)
        x0, x1 = ws[0].x0, ws[-1].x1
        if right - x1 > s.full * em or x1 - x0 < s.min_width * (right - left):
            continue
        gap = (x1 - x0 - sum(w.x1 - w.x0 for w in ws)) / (len(ws) - 1)
        x = x0
        for w in ws:
            width = w.x1 - w.x0
            w.x0, w.x1 = x, x + width
            x += width + gap
