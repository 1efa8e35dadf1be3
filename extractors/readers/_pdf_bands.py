"""Bands and runs: the units a ruleless table is read from (:mod:`extractors.readers._pdf_stream`).

Lines whose boxes overlap vertically are one **band** (the lines of cells set vertically centred in a row
interleave with the row's one-line cells); a band's words split into **runs** at gaps wider than a word space
(the x-ranges of its cells). Two bands are *compatible* when their cells fall into common columns; a header band
*spans* the next when one of its runs stands over several of the next band's. What a run holds: a figure
(:data:`FIGURE`, :func:`has_figures`), a list marker, a row number, a year.

Which band of a table set from the top of its row goes on which row, and its header read as a grid's header
rows, is :mod:`extractors.readers._pdf_top_rows`.
"""
from __future__ import annotations

import bisect
import itertools
import re
import statistics
from dataclasses import dataclass, field

from extractors.readers._pdf_layout import Line, Word
from extractors.readers._pdf_settings import STREAM, StreamSettings

LEADER = re.compile(r"^[.·…_]+$")
MARKER = re.compile(r"^\s*(?:[-–•·▪◦●➢►✓*]|\d{1,3}[.)]|[a-zA-Z][.)])\s*$")


@dataclass
class Band:
    lines: list[Line]
    first: int  # index of its first line in the group
    runs: list[tuple[float, float, list[Word]]] = field(default_factory=list)
    # x positions of gutters narrower than a word space that the table's body agrees on (:func:`flush_gutters`):
    # a gap holding one splits two runs however narrow it is
    cuts: tuple[float, ...] = ()
    # x positions of gaps wider than a word space that no other row agrees on (:func:`typed_spaces`): a gap
    # holding one does not split a run
    joins: tuple[float, ...] = ()

    @property
    def top(self) -> float:
        return min(ln.top for ln in self.lines)

    @property
    def bottom(self) -> float:
        return max(ln.bottom for ln in self.lines)

    @property
    def size(self) -> float:
        return statistics.median(ln.size for ln in self.lines)

    @property
    def words(self) -> list[Word]:
        return [w for ln in self.lines for w in ln.words]

    @property
    def x0(self) -> float:
        return min(ln.x0 for ln in self.lines)

    @property
    def x1(self) -> float:
        return max(ln.x1 for ln in self.lines)


def word_space(lines: list[Line], s: StreamSettings) -> float:
    """The band's word space: the median of the gaps between neighbouring words narrower than half an em, leaving
    out squeezed ones under ``min_space`` (a line of few words may show one: "social," 0.5 pt from "conform"
    would make a plain space between two words of one cell a gutter; a font's own space may be 0.24 em)."""
    gaps = [b.x0 - a.x1 for ln in lines for a, b in zip(ln.words, ln.words[1:])
            if s.min_space * ln.size <= b.x0 - a.x1 < 0.5 * ln.size]
    gaps += [g for ln in lines if (g := justified_space(ln, s))]
    size = statistics.median(ln.size for ln in lines)
    return statistics.median(gaps) if gaps else s.default_space * size


def justified_space(line: Line, s: StreamSettings) -> float | None:
    """The space of a justified line of prose wider than half an em (its gaps all alike; None for any other
    line): its words are one run, not a cell each."""
    words = line.words
    if len(words) < s.justified_words:
        return None
    gaps = [b.x0 - a.x1 for a, b in zip(words, words[1:])]
    if (min(gaps) < 0.5 * line.size or max(gaps) > s.justified_max * line.size
            or max(gaps) - min(gaps) > s.justified_spread * line.size):
        return None
    if sum(any(ch.isalpha() for ch in w.text) for w in words) < s.justified_letters * len(words):
        return None
    return max(gaps)


def band_runs(band: Band, s: StreamSettings) -> list[tuple[float, float, list[Word]]]:
    """The band's x-runs: its words (all lines) merged along x wherever the gap is at most a word space."""
    limit = word_space(band.lines, s) + s.space_margin * band.size
    runs: list[list] = []
    for w in sorted(band.words, key=lambda w: w.x0):
        gap = w.x0 - runs[-1][1] if runs else 0.0
        # dot leaders ("Robbery . . . . . 102.1") fill the space after a label evenly: they go on with it
        if runs and any(runs[-1][1] <= x <= w.x0 for x in band.cuts):
            runs.append([w.x0, w.x1, [w]])
        elif runs and (gap <= limit or (LEADER.match(w.text) and gap <= s.leader_gap * band.size)
                       or any(runs[-1][1] <= x <= w.x0 for x in band.joins)):
            runs[-1][1] = max(runs[-1][1], w.x1)
            runs[-1][2].append(w)
        else:
            runs.append([w.x0, w.x1, [w]])
    return [(a, b, ws) for a, b, ws in runs]


def flush_gutters(bands: list[Band], s: StreamSettings = STREAM) -> tuple[float, ...]:
    """Gutters narrower than a word space that the rows agree on: a column of figures set right and a column of
    words set left beside it, one space apart ("648765 AAA", "82030 AAA", "625422 BAW"). In ``min_rows`` bands
    of cells or more two neighbouring words of one line meet at the same place: the left ones end at one x though
    they start at several (set right), the right ones start at one x though they end at several (set left), and
    the words of few bands (``cross_share`` of those) cross the gap (a title over the table). One cell's text is
    not set both ways, so the gap is a gutter. (The words of a cell set left, "Centrul de zi" over "Centrul
    social", start at one x on both sides: no gutter; a cell set right, "40 locuri" over "100 locuri", ends at one
    x on both sides.) Returns the gutters' middles."""
    multi = [b for b in bands if len(b.runs) >= 2]
    pairs: list[tuple[Word, Word, int]] = []
    for i, b in enumerate(multi):
        for _, _, ws in b.runs:
            ids = {id(w) for w in ws}
            for ln in b.lines:
                mine = [w for w in ln.words if id(w) in ids]
                pairs.extend((a, c, i) for a, c in zip(mine, mine[1:]) if c.x0 > a.x1)
    # the pairs by where their left word ends, so that those ending near one x are found without comparing all
    order = sorted(range(len(pairs)), key=lambda j: pairs[j][0].x1)
    ends = [pairs[j][0].x1 for j in order]
    out: list[float] = []
    used: set[int] = set()
    for k, (a, c, _) in enumerate(pairs):
        if k in used:
            continue
        near = order[bisect.bisect_left(ends, a.x1 - s.aligned):bisect.bisect_right(ends, a.x1 + s.aligned)]
        group = sorted(j for j in near if abs(pairs[j][1].x0 - c.x0) <= s.aligned)
        used.update(group)
        rows = {pairs[j][2] for j in group}
        if len(rows) < s.min_rows:
            continue
        left, right = [pairs[j][0] for j in group], [pairs[j][1] for j in group]
        lo, hi = max(w.x1 for w in left), min(w.x0 for w in right)
        if hi <= lo or max(w.x0 for w in left) - min(w.x0 for w in left) <= s.aligned \
                or max(w.x1 for w in right) - min(w.x1 for w in right) <= s.aligned:
            continue
        # (counted only as far as the limit: most gaps that get here are crossed by many bands)
        crossing = (b for b in bands if any(w.x0 < hi and w.x1 > lo for w in b.words))
        if next(itertools.islice(crossing, int(s.cross_share * len(rows)), None), None) is not None:
            continue
        out.append((lo + hi) / 2)
    return tuple(sorted(out))


def typed_spaces(bands: list[Band], s: StreamSettings = STREAM) -> dict[int, tuple[float, ...]]:
    """Gaps between two runs of a band no wider than ``typed_space`` word spaces that no other band of cells
    agrees on: no run of another starts, ends or is centred where the run after the gap does, nor ends where
    the run before it does. Two spaces typed inside a cell ("Guicharde «  Autour de la chapelle »"), not a
    gutter: a column's cells line up on some side in other rows. Needs ``min_rows`` bands of cells to judge.
    Returns per band (by index) the gaps' middles."""
    multi = [i for i, b in enumerate(bands) if len(b.runs) >= 2]
    if len(multi) < s.min_rows:
        return {}
    tol = s.aligned
    out: dict[int, tuple[float, ...]] = {}
    for i in multi:
        b = bands[i]
        limit = s.typed_space * word_space(b.lines, s)
        others = [r for j in multi if j != i for r in bands[j].runs]
        found = []
        gaps = [r2[0] - r1[1] for r1, r2 in zip(b.runs, b.runs[1:])]
        for k, (r1, r2) in enumerate(zip(b.runs, b.runs[1:])):
            # (and much narrower than the band's other gaps: a justified line's words, each a run, are no cells)
            if gaps[k] > limit or any(g < 2 * gaps[k] for j, g in enumerate(gaps) if j != k):
                continue
            mid = (r2[0] + r2[1]) / 2
            # (a run agreeing with the one after the gap lies after the gap too: a row's first cell reaching as far
            # as a cell of the next column says nothing)
            if any(o[0] > r1[1] and (abs(o[0] - r2[0]) <= tol or abs(o[1] - r2[1]) <= tol
                                     or abs((o[0] + o[1]) / 2 - mid) <= tol)
                   or o[1] < r2[0] and abs(o[1] - r1[1]) <= tol for o in others):
                continue
            found.append((r1[1] + r2[0]) / 2)
        if found:
            out[i] = tuple(found)
    return out


def make_bands(lines: list[Line], s: StreamSettings = STREAM) -> list[Band]:
    bands: list[Band] = []
    for k, ln in enumerate(lines):
        if bands and ln.top < bands[-1].bottom - s.band_overlap * ln.size:
            bands[-1].lines.append(ln)
        else:
            bands.append(Band([ln], k))
    for b in bands:
        b.runs = band_runs(b, s)
    return bands


def overlap(a0: float, a1: float, b0: float, b1: float) -> float:
    return min(a1, b1) - max(a0, b0)


def hits(run: tuple, runs: list[tuple], s: StreamSettings) -> int:
    return sum(1 for r in runs if overlap(run[0], run[1], r[0], r[1]) > s.overlap)


def compatible(a: list[tuple], b: list[tuple], s: StreamSettings = STREAM) -> bool:
    """No run of either band overlaps two runs of the other: their cells fall into common columns."""
    return all(hits(r, b, s) <= 1 for r in a) and all(hits(r, a, s) <= 1 for r in b)


def spans(a: list[tuple], b: list[tuple], s: StreamSettings = STREAM) -> bool:
    """A header band over the next one: some run of ``a`` covers several runs of ``b``, none of ``b`` several
    of ``a``."""
    return any(hits(r, b, s) >= 2 for r in a) and all(hits(r, a, s) <= 1 for r in b)


def band_text(band: Band) -> str:
    return " ".join(w.text for w in sorted(band.words, key=lambda w: (w.x0, w.top)))


def merge_bands(a: Band, b: Band, s: StreamSettings) -> Band:
    m = Band(sorted(a.lines + b.lines, key=lambda ln: ln.top), min(a.first, b.first),
             cuts=tuple(sorted(set(a.cuts) | set(b.cuts))), joins=tuple(sorted(set(a.joins) | set(b.joins))))
    m.runs = band_runs(m, s)
    return m


# (a currency's sign before or after the figure too: "$ 71.15", "8 €")
FIGURE = re.compile(r"^[-+(]?(?:[$€£¥]\s?)?\d[\d.,\s]*%?\)?(?:\s*(?:lei|mii lei|ron|eur|%|[$€£¥]))?$", re.I)


NIL = re.compile(r"^[-–—]$")  # a dash alone in a column of figures: nothing, a figure all the same


def has_figures(band: Band) -> bool:
    """A cell of the band holds a figure (a row number aside): a row of data, not a header. A dash alone past the
    band's first cell ("Direct result" ... "-") stands for a nil figure (in the first cell it is a list marker)."""
    first = min((r[0] for r in band.runs), default=0.0)
    for a, _, ws in band.runs:
        text = " ".join(w.text for w in reading_order(ws))
        if FIGURE.match(text) and not MARKER.match(text) or a > first and NIL.match(text):
            return True
    return False




ROW_NUMBER = re.compile(r"^\d{1,3}[.)]?$")
YEAR = re.compile(r"^(?:19|20)\d\d$")


def reading_order(words: list[Word]) -> list[Word]:
    """Words of a cell in reading order: line by line, left to right. The words of one line have tops a few
    hundredths of a point apart (a digit's box is not a letter's): sorted by their tops, "77.600 lei" read
    "lei 77.600" and was no figure. Words not grouped into lines (``line`` 0) go by their middles."""
    return sorted(words, key=lambda w: (w.line, 0.0 if w.line else w.cy, w.x0))


def run_text(run: tuple) -> str:
    return " ".join(w.text for w in reading_order(run[2]))
