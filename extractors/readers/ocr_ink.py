"""OCR word boxes fitted across to the ink of their letters, so that the gaps between words are the page's.

Tesseract's word boxes come from its line recogniser's time steps and may be a few pixels off, most of all for a
short word: on a generated scan "spre a fi" came back with "a" 1 pt from "spre" and 6 pt from "fi" where both
spaces are 3.5 pt. A born-digital page's word boxes are exact, and the ruleless table reader splits a line into
cells at gaps wider than a word space: the heading "B. Servicii sociale propuse spre a fi înființate" became two
cells of a table row, the heading lost. So each word's left and right edges are moved to the ink it covers: the
page's dark pixels grouped in connected blobs (a letter, or a few touching letters), each blob given to the word
whose box covers most of it, the word's box then spanning its blobs across. Their top and bottom are kept aside:
the word's baseline and type size come from them, and the word is given a text layer's box (:func:`font_boxes`).
"""
from __future__ import annotations

import statistics
from dataclasses import dataclass, replace


@dataclass(frozen=True)
class InkSettings:
    dark: int = 128  # grey level under which a pixel is ink: half-way, where a blurred stroke's edge is
    min_area: float = 0.004  # × the text height squared: a smaller blob is a speck of the scan, not a letter's part
    max_grow: float = 0.5  # × the text height: a box is moved by at most this much on either side
    max_blob: float = 1.5  # × the text height: a blob taller than this is a rule or a picture, not a letter
    # × the text height: an edge this close to its ink stays where Tesseract put it. Moving every edge by its pixel
    # or two changed gaps that sit right at the ruleless reader's word-space limit (a scan's type size, taken from
    # the box heights, is under the printed one, so that limit is tight): "cu" / "cazare" of a group label became
    # two cells, and the table lost its header. Only the boxes really off are moved (the "a" above: 11 px).
    min_move: float = 0.1
    # × the text height: a letter's blob outside every box, this close beside a word's box on its line, is that
    # word's (Tesseract's box of "locuri" ended 6 px short, its last "i" outside: the gap to the next word, "/",
    # looked like a gutter, and a table row fell apart)
    reach: float = 0.3
    stroke: float = 0.3  # × the text height: a blob at least this tall is a letter's (a speck or a point is not)


INK = InkSettings()


def fit_to_ink(clean, raw: list[dict], text_h: float, s: InkSettings = INK) -> None:
    """Move the left and right edges of each word box of ``raw`` (pixel boxes on ``clean``, the page image with
    its rules painted out) to the ink of its letters (see the module docstring)."""
    import cv2
    import numpy as np

    if not raw:
        return
    binv = cv2.threshold(clean, s.dark - 1, 1, cv2.THRESH_BINARY_INV)[1]  # 1 where darker than s.dark
    # Grana's labelling: the same blobs and boxes as the default algorithm, ~15 % less time on a page at 300 dpi
    n, labels, stats, _ = cv2.connectedComponentsWithStatsWithAlgorithm(binv, 8, cv2.CV_32S, cv2.CCL_GRANA)
    if n <= 1:
        return
    min_area = max(2, int(s.min_area * text_h * text_h))
    usable = (stats[:, cv2.CC_STAT_AREA] >= min_area) & (stats[:, cv2.CC_STAT_HEIGHT] <= s.max_blob * text_h)
    usable[0] = False  # the paper
    h_img, w_img = labels.shape
    # each blob goes to the word covering most of its pixels; between two boxes covering all of it (the dot of an
    # "i" or an accent under the box of the line above, which reaches a few pixels too low), to the one whose middle
    # is nearest: else the word above took it, and its ink ran down into the next line (its size with it)
    best = np.zeros(n, dtype=np.int64)
    owner = np.full(n, -1, dtype=np.int64)
    near = np.full(n, np.inf)
    mid = stats[:, cv2.CC_STAT_TOP] + stats[:, cv2.CC_STAT_HEIGHT] / 2
    for i, wd in enumerate(raw):
        if wd["key"][:1] == ("rot",):  # a vertical label laid out across its cell: its box is not where its ink is
            continue
        x0, y0 = max(0, wd["x"]), max(0, wd["y"])
        x1, y1 = min(w_img, wd["x"] + wd["w"]), min(h_img, wd["y"] + wd["h"])
        if x1 <= x0 or y1 <= y0:
            continue
        # the blobs under the box and their pixels there: counted over the labels in the box alone, not all n
        under = labels[y0:y1, x0:x1].ravel()
        low = int(under.min())
        counts = np.bincount(under - low)
        ids = np.flatnonzero(counts) + low
        counts = counts[ids - low]
        dist = np.abs(mid[ids] - (y0 + y1) / 2)
        better = ((counts > best[ids]) | ((counts == best[ids]) & (dist < near[ids]))) & usable[ids]
        ids = ids[better]
        best[ids] = counts[better]
        near[ids] = dist[better]
        owner[ids] = i
    grow = s.max_grow * text_h
    left = stats[:, cv2.CC_STAT_LEFT]
    right = left + stats[:, cv2.CC_STAT_WIDTH]
    top = stats[:, cv2.CC_STAT_TOP]
    bottom = top + stats[:, cv2.CC_STAT_HEIGHT]
    _adopt_strays(raw, stats, usable, owner, text_h, s)
    # each word's blobs, grouped once (not a pass over all n blobs per word)
    order = np.argsort(owner, kind="stable")
    starts = np.searchsorted(owner[order], np.arange(len(raw) + 1))
    for i, wd in enumerate(raw):
        mine = order[starts[i]:starts[i + 1]]
        if not len(mine):
            continue
        x0, x1 = int(left[mine].min()), int(right[mine].max())
        old0, old1 = wd["x"], wd["x"] + wd["w"]
        if abs(x0 - old0) > grow or abs(x1 - old1) > grow or x1 <= x0:
            continue  # far from Tesseract's box: not its letters (a stroke joined to a rule's remains, a figure)
        # the ink's top and bottom, kept aside: the word's baseline and size are read from them (font_boxes);
        # Tesseract's own box may reach a few pixels past its letters, or take in the line below
        y0, y1 = int(top[mine].min()), int(bottom[mine].max())
        if abs(y0 - wd["y"]) <= grow and abs(y1 - wd["y"] - wd["h"]) <= grow and y1 > y0:
            wd["ink"] = (y0, y1)
        x0 = x0 if abs(x0 - old0) >= s.min_move * text_h else old0
        x1 = x1 if abs(x1 - old1) >= s.min_move * text_h else old1
        wd["x"], wd["w"] = x0, x1 - x0


def _adopt_strays(raw: list[dict], stats, usable, owner, text_h: float, s: InkSettings) -> None:
    """Give a letter's blob that no word's box covers to the word whose box it stands beside on its line, within
    :attr:`InkSettings.reach` (``owner`` updated in place)."""
    import cv2
    import numpy as np

    stray = usable & (owner < 0) & (stats[:, cv2.CC_STAT_HEIGHT] >= s.stroke * text_h)
    if not stray.any():
        return
    idx = np.flatnonzero(stray)
    b0 = stats[idx, cv2.CC_STAT_LEFT]
    b1 = b0 + stats[idx, cv2.CC_STAT_WIDTH]
    mid = stats[idx, cv2.CC_STAT_TOP] + stats[idx, cv2.CC_STAT_HEIGHT] / 2
    reach = s.reach * text_h
    gap = np.full(len(idx), np.inf)
    for i, wd in enumerate(raw):
        if wd["key"][:1] == ("rot",):
            continue
        x0, x1, y0, y1 = wd["x"], wd["x"] + wd["w"], wd["y"], wd["y"] + wd["h"]
        d = np.where(b0 >= x1, b0 - x1, np.where(b1 <= x0, x0 - b1, np.inf))
        take = (mid >= y0) & (mid <= y1) & (d <= reach) & (d < gap)
        gap[take] = d[take]
        owner[idx[take]] = i


# ------------------------------------------------------------------------------------------ type size
# A text layer gives each word its font size (the em); OCR gives ink boxes. A box's height is the part of the em
# its letters reach: x-height alone ("are", about half the em), up to the ascenders and capitals ("Bugetul", about
# 0.7), down to the descenders ("grup") about 0.2 more. So each word's em is its height over the share its own
# letters span, and a line's size the median of its words'. (The median box height of the line times 1.1, used
# before, was 0.7-0.8 of the printed size and varied with the letters of the line: a 12 pt heading came out 9.2.)

# "ț" and "ţ" are a "t" with a mark under it: the stem rises over the small letters as a "t"'s does ("ețean", the
# last line of a header cell, measured to the small letters came out 1.2 times its table's size)
_TALL = set("bdfhkltțţ0123456789ijîâăĂÂÎȘȚŞŢ!?%&/()[]{}|\\'\"”“#@$")
_LOW = set("gjpqyșşțţȘŞȚŢ()[]{}|")
# marks that reach under the baseline about two thirds as deep as "g" (0.10-0.15 of the em in Liberation and DejaVu
# against 0.21): a comma, a semicolon, a low quotation mark, "@" and the tail of "Q" (Tesseract's reading of "@")
_SHALLOW = set(",;„@Q")
# capitals with a mark above them: the mark stands over the capitals' height (0.86-0.95 of the em in Liberation and
# DejaVu against 0.66-0.73)
_MARKED_CAPS = set("ÎÂĂ")


@dataclass(frozen=True)
class SizeSettings:
    x_height: float = 0.48  # × the em: the top of "a c e m n o r s u"
    tall: float = 0.70  # × the em: the top of capitals, ascenders, figures
    low: float = 0.21  # × the em: how far descenders go under the baseline
    shallow: float = 0.13  # × the em: how far a comma, a semicolon, "@" go under it (see _SHALLOW)
    marked: float = 0.90  # × the em: the top of the mark over a capital (see _MARKED_CAPS)


SIZE = SizeSettings()


def em_of(text: str, height: float, s: SizeSettings = SIZE) -> float | None:
    """The type size (em) a word's ink box of this ``height`` says, or None for a word without letters or
    figures (a dash, a point: its box says nothing of the size)."""
    if not any(ch.isalnum() for ch in text):
        return None
    # "Încheierea unui" alone on its line, measured to the capitals' height, came out 9.9 pt in a 7.5 pt table
    if any(ch in _MARKED_CAPS for ch in text):
        top = s.marked
    else:
        top = s.tall if any(ch.isupper() or ch in _TALL for ch in text) else s.x_height
    return height / (top + depth(text, s))


def depth(text: str, s: SizeSettings = SIZE) -> float:
    """How far (× the em) the word's ink reaches under the baseline: a descender's depth, a comma's, or none.
    A comma taken for a "g" made "4.935/08.03.2019;" 0.89 times its paragraph's size, and the line was cut off it."""
    if any(ch in _LOW for ch in text):
        return s.low
    return s.shallow if any(ch in _SHALLOW for ch in text) else 0.0


def _kind(text: str) -> str | None:
    """"x" for a word of small letters only ("cazare"), "tall" for one reaching the capitals' height without going
    under the baseline ("Centre", "2024"), else None."""
    letters = [ch for ch in text if ch.isalnum()]
    if not letters or has_low(text) or any(ch in _MARKED_CAPS for ch in text):
        return None
    if any(ch.isupper() or ch in _TALL for ch in letters):
        return "tall"
    return "x"


def page_sizes(lines: dict[tuple, list[tuple[str, float]]], s: SizeSettings = SIZE,
               min_lines: int = 3) -> SizeSettings:
    """The size settings for one page, its small letters' share of the em measured on it: the median, over its
    lines holding both, of the ink height of the words of small letters over that of the tall words, times the
    tall share. Fonts differ there (Liberation 0.45-0.48 of the em, DejaVu Sans 0.55), and a line of small letters
    alone ("cazare", a label's second line) came out up to 1.2 times its size. ``lines``: each line's (text, ink
    height) pairs; fewer than ``min_lines`` such lines keep the default."""
    ratios = []
    for words in lines.values():
        xs = [h for t, h in words if _kind(t) == "x"]
        talls = [h for t, h in words if _kind(t) == "tall"]
        if xs and talls:
            ratios.append(statistics.median(xs) / statistics.median(talls))
    if len(ratios) < min_lines:
        return s
    share = min(0.62, max(0.40, statistics.median(ratios) * s.tall))
    return replace(s, x_height=share)


def line_em(words: list[tuple[str, float]]) -> float | None:
    """A line's type size from its words' (text, :func:`em_of`), the median weighted by their letters and figures:
    the box of a word of one or two characters says its size roughly ("I" read for a lone "i" gave 15 pt beside
    "sponso"'s 8, and the median of the two put both in an 11.8 pt box that joined three header lines)."""
    sized = sorted((em, sum(ch.isalnum() for ch in text)) for text, em in words if em is not None)
    if not sized:
        return None
    half = sum(n for _, n in sized) / 2
    acc = 0
    for em, n in sized:
        acc += n
        if acc >= half:
            return em
    return sized[-1][0]


@dataclass(frozen=True)
class ShortLineSettings:
    # a line whose words hold fewer letters and figures than this says its size poorly: one or two marks read as
    # letters (". c" of a header's "Nr. / crt." read "i" "o": the point taken for the tall "i" gave 4 pt)
    min_letters: int = 3
    # share of the shorter of two lines' ink heights they must share to stand side by side on the page
    overlap: float = 0.5


SHORT_LINE = ShortLineSettings()


def borrow_sizes(sizes: dict[tuple, float], spans: dict[tuple, tuple[float, float]], letters: dict[tuple, int],
                 s: ShortLineSettings = SHORT_LINE) -> dict[tuple, float]:
    """Each line's type size, a short line's (fewer than ``min_letters`` letters and figures) replaced by the median
    of the sizes of the longer lines beside it on the page (their ink sharing its height: the other cells of its
    row). ``spans``: each line's ink top and bottom; ``letters``: how many letters and figures it holds. A line of
    a header cell read on its own as "i o" came out 4 pt beside its row's 8 pt, the ruleless reader took it for a
    line of its own, and the header's columns were lost."""
    out = dict(sizes)
    sized = [k for k in sizes if letters.get(k, 0) >= s.min_letters]
    for k in sizes:
        if letters.get(k, 0) >= s.min_letters:
            continue
        top, bottom = spans[k]
        beside = []
        for o in sized:
            o_top, o_bottom = spans[o]
            shared = min(bottom, o_bottom) - max(top, o_top)
            if shared > 0 and shared >= s.overlap * min(bottom - top, o_bottom - o_top):
                beside.append(sizes[o])
        if beside:
            out[k] = statistics.median(beside)
    return out


def line_sizes(raw: list[dict], scale: float, page_width: float = 0.0) -> tuple[dict[tuple, float], SizeSettings]:
    """The type size (points) of each of Tesseract's text lines (the words' ``key``), and the page's size settings:
    the median of its words' sizes from their ink (``ink``, fitted by :func:`fit_to_ink`, else their boxes;
    :func:`em_of`, :func:`line_em`); a line of one or two marks says its size poorly and takes that of the lines beside
    it (:func:`borrow_sizes`); the lines of a paragraph of running text take its size (:func:`paragraph_sizes`).
    ``scale``: pixels per point; ``page_width``: the page image's, in pixels."""
    inked: dict[tuple, list[tuple[str, float]]] = {}
    spans: dict[tuple, tuple[float, float]] = {}
    letters: dict[tuple, int] = {}
    extent: dict[tuple, tuple[float, float]] = {}
    for wd in raw:
        left, right = extent.get(wd["key"], (wd["x"], wd["x"] + wd["w"]))
        extent[wd["key"]] = (min(left, wd["x"]), max(right, wd["x"] + wd["w"]))
        y0, y1 = (v / scale for v in (wd.get("ink") or (wd["y"], wd["y"] + wd["h"])))
        key = wd["key"]
        inked.setdefault(key, []).append((wd["text"], y1 - y0))
        top, bottom = spans.get(key, (y0, y1))
        spans[key] = (min(top, y0), max(bottom, y1))
        letters[key] = letters.get(key, 0) + sum(ch.isalnum() for ch in wd["text"])
    sizes = page_sizes(inked)  # the share of the em this page's small letters take
    line_size = {}
    for key, v in inked.items():
        em = line_em([(t, em_of(t, h, sizes)) for t, h in v])
        line_size[key] = max(4.0, em if em is not None else statistics.median(h for _, h in v) * 1.1)
    widths = {k: b - a for k, (a, b) in extent.items()}
    return paragraph_sizes(borrow_sizes(line_size, spans, letters), letters, widths, page_width), sizes


@dataclass(frozen=True)
class ParagraphSizeSettings:
    # a line whose size is within this share of its paragraph's is set in the paragraph's size: the ink's measure
    # varies by a few per cent from line to line (9.25 and 9.94 pt for two lines of one 9 pt sentence), and the
    # paragraph reader keeps lines together only within 0.6 pt; a heading read in one paragraph with the text under it
    # (1.15 times its size or more) keeps its own
    tolerance: float = 0.08
    # × the page's width: a paragraph with a line this wide is running text; the cells of a table (narrower) keep their
    # lines' sizes (set alike, a borderless table's row of cells measured 7.9 and 8.2 pt either way, and the row lost a
    # figure to the other when its cells took their paragraphs' sizes)
    running: float = 0.4


PARAGRAPH_SIZE = ParagraphSizeSettings()


def paragraph_sizes(sizes: dict[tuple, float], letters: dict[tuple, int], widths: dict[tuple, float] | None = None,
                    page_width: float = 0.0, s: ParagraphSizeSettings = PARAGRAPH_SIZE) -> dict[tuple, float]:
    """Each line's type size, a line of a paragraph of Tesseract's page reading (the lines whose key differs in its
    last part only) whose size is within :attr:`ParagraphSizeSettings.tolerance` of the paragraph's (the median of its
    lines' sizes, weighted by their letters and figures) given the paragraph's. A sentence over two lines of 9.25 and
    9.94 pt was cut in two paragraphs, and its figure lost its subject. Only paragraphs of running text: one of its
    lines (``widths``, pixels) at least :attr:`ParagraphSizeSettings.running` of ``page_width`` wide (every paragraph
    when the width is not given)."""
    out = dict(sizes)
    paragraphs: dict[tuple, list[tuple]] = {}
    for key in sizes:
        if len(key) >= 3 and all(isinstance(v, int) for v in key[-3:]):  # (…, block, paragraph, line)
            paragraphs.setdefault(key[:-1], []).append(key)
    for keys in paragraphs.values():
        if len(keys) < 2 or (widths and page_width and max(widths.get(k, 0) for k in keys) < s.running * page_width):
            continue
        para = line_em([("x" * max(1, letters.get(k, 0)), sizes[k]) for k in keys])
        for k in keys:
            if para and abs(sizes[k] - para) <= s.tolerance * para:
                out[k] = para
    return out


# ------------------------------------------------------------------------------------------ a text layer's box
# A text layer's word box runs from the font's ascent to its descent: every word of a line has the same top and
# bottom whatever its letters, and boxes of lines set a line apart do not overlap. An ink box is as tall as the
# word's letters: "a" half as tall as "Buget", starting lower, "grup" reaching lower. Line grouping (an overlap of
# half a box) and the ruleless table reader's bands (overlaps in ems) measure these boxes, so an OCR'd word is given
# the text layer's box: from its baseline (the bottom of its ink, raised by a descender's depth when it has one),
# up and down by the shares of the em a font's ascent and descent take, in its line's type size.


@dataclass(frozen=True)
class BoxSettings:
    # × the em above and below the baseline: the text layer's boxes of the generated plans' fonts (0.72 / 0.23-0.28
    # measured on their born-digital PDFs); a word set on the same baseline gets the same box
    ascent: float = 0.75
    descent: float = 0.25
    # × the em on either side: a text layer's word box spans its glyphs' advances, the ink's stops at the first and
    # last strokes, a side bearing short on each side (the families' born-digital word spaces of 2.9–5.8 pt came back
    # 1.0–1.3 pt wider from the ink of their scans, at 9 pt)
    bearing: float = 0.06


BOX = BoxSettings()


@dataclass(frozen=True)
class BaselineSettings:
    # × the em: a word whose own baseline lies this close to its line's is on it (a pixel's rounding, the overshoot
    # of a round letter); further, it is a cell set at another height on a line Tesseract read across a row
    same: float = 0.12
    # × the em: how far a word with a descender may sit from its line's baseline and still be on it (a comma or the
    # comma under "ș" goes less deep than "g" or "p", so the depth subtracted is a guess within this much)
    low_same: float = 0.25


BASELINE = BaselineSettings()


def has_low(text: str) -> bool:
    """Whether some letter or mark of the word reaches under the baseline."""
    return any(ch in _LOW or ch in _SHALLOW for ch in text)


def baselines(words: list[tuple[str, float, tuple]], sizes: dict[tuple, float], s: SizeSettings = SIZE,
              b: BaselineSettings = BASELINE) -> list[float | None]:
    """The baseline of each word, given as (text, bottom of its ink, its line's key), ``sizes`` the type size of
    each line: the bottom of its ink for a word without a descender; a word with one ("grup", "Maria”,", "Școlii")
    on the baseline of its line's words without, when one is near, else its ink's bottom less a descender's depth;
    None for a word without letters or figures (a dash's bar stands above the baseline by no set amount). A word
    within a pixel or two of its line's baseline is put on it, so that a line's boxes are one, as a text layer's."""
    plain: dict[tuple, list[float]] = {}
    for text, bottom, key in words:
        if any(ch.isalnum() for ch in text) and not has_low(text):
            plain.setdefault(key, []).append(bottom)
    out: list[float | None] = []
    for text, bottom, key in words:
        if not any(ch.isalnum() for ch in text):
            out.append(None)
            continue
        em = sizes[key]
        low = has_low(text)
        own = bottom - depth(text, s) * em
        tol = (b.low_same if low else b.same) * em
        near = [q for q in plain.get(key, []) if abs(q - own) <= tol]
        if not near:
            out.append(own)
            continue
        p = min(near, key=lambda q: abs(q - own))
        out.append(statistics.median(q for q in plain[key] if abs(q - p) <= b.same * em))
    return out


def font_box(baseline: float, em: float, s: BoxSettings = BOX) -> tuple[float, float]:
    """Top and bottom of a text layer's box for a word on ``baseline`` in type size ``em``."""
    return baseline - s.ascent * em, baseline + s.descent * em


def advance_span(x0: float, x1: float, em: float, s: BoxSettings = BOX) -> tuple[float, float]:
    """Left and right of a text layer's box for a word whose ink runs from ``x0`` to ``x1``, in type size ``em``:
    a side bearing more on each side (see :attr:`BoxSettings.bearing`)."""
    return x0 - s.bearing * em, x1 + s.bearing * em


def first_advance(wd: dict, scale: float, em: float, s: BoxSettings = BOX) -> float:
    """A text layer's width of the word's first glyph (points; 0 when not known): from the word's ink start to the
    right edge of its first symbol's box (Tesseract's right edges stop where a letter's ink does), a side bearing
    more on each side. The ruleless reader asks whether the line above had room for it (a word broken for lack of
    room, ``Word.first``); without it, it allowed any line short of its column by less than ~0.7 em, and glued
    "serviciului" / "social" of a scanned header where the text layer's "s" left it apart."""
    chars = wd.get("chars")
    if not chars or "".join(c[0] for c in chars) != wd["text"] or chars[0][2] <= wd["x"]:
        return 0.0
    return (chars[0][2] - wd["x"]) / scale + 2 * s.bearing * em
