"""Figures read from a scan: a digit misread is silent downstream (an amount is kept as read), so the readings of
figures are checked against the ink they stand for.

- a cell whose figure the page's reading is not sure of is read again (:func:`_doubtful_figures`, used by
  :func:`extractors.readers.ocr.refine_cells`);
- a reading of a figure whose symbols the ink contradicts (a digit over a point's ink: "2.337,1" read "215341" from
  a cell's crop, its point a "1") does not replace one the ink contradicts less (:func:`ink_contradictions`);
- a colon or a semicolon read between a figure's digits where the ink shows one mark on the baseline is the point or
  the comma it is ("2:337,1" for "2.337,1": :func:`fix_figure_marks`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# a cell whose figure Tesseract's page reading is not sure of is read again from its crop, as a cell with a word under
# ocr_words.LOW_CONF is: "7.257" read "4297" (confidence 57) on a ruled scan, read "7.257" (96) from the cleaned crop
FIGURE_CONF = 80.0
_FIGURE = re.compile(r"^[(\-]?\d[\d.,]*%?[);,.]?$")
# a figure whose marks may be misread as a colon or a semicolon: digits and marks, a digit at each end
_FIGURE_MARKS = re.compile(r"^\d[\d.,:;]*\d$")


@dataclass(frozen=True)
class FigureInkSettings:
    digit_ink: float = 0.6  # × the word's tallest glyph: a digit's ink is this tall (a point's or a comma's is lower)
    overlap: float = 0.5  # of the narrower of a blob and a symbol's columns: the blob stands under the symbol
    mark_top: float = 0.5  # × the digits' height above the baseline: a mark's ink all below this is on the baseline
    min_area: int = 4  # pixels: a smaller blob is a speck


FIGURE_INK = FigureInkSettings()


def _doubtful_figures(words: list[dict]) -> bool:
    """Whether one of a cell's words is a figure read with less confidence than :data:`FIGURE_CONF`."""
    return any(wd["conf"] < FIGURE_CONF and _FIGURE.match(wd["text"]) for wd in words)


def _blobs(clean, wd: dict, s: FigureInkSettings, dark: int = 128) -> tuple[list[tuple[int, int, int, int]], int]:
    """The ink blobs (page x, y, w, h) within a word's box, and the box's top (pixels)."""
    import cv2
    import numpy as np

    top, left = max(0, wd["y"]), max(0, wd["x"])
    ink = (clean[top:wd["y"] + wd["h"], left:wd["x"] + wd["w"]] < dark).astype(np.uint8)
    if not ink.size:
        return [], top
    n, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    return [(int(x) + left, int(y) + top, int(w), int(h)) for x, y, w, h, a in (stats[i] for i in range(1, n))
            if a >= s.min_area], top


def _under(blob: tuple[int, int, int, int], a: int, b: int, s: FigureInkSettings) -> bool:
    """Whether a blob stands under a symbol's columns ``a``-``b``."""
    x, _, w, _ = blob
    shared = min(x + w, b) - max(x, a)
    return shared > 0 and shared >= s.overlap * min(w, max(1, b - a))


def ink_contradictions(clean, words: list[dict], text_h: float, s: FigureInkSettings = FIGURE_INK) -> int:
    """How many digits of a reading's figures stand over no ink of a digit's height, the height of the word's tallest
    glyph (Tesseract's symbol boxes, ``chars``; ``text_h`` is not used: a table's type may be smaller than the page's): a cell's crop read "2.337,1" as "215341", its point a "1" (confidence 56, over the page's "2:337,1",
    30). Words without symbols, or not figures, count nothing."""
    n = 0
    for wd in words:
        chars = wd.get("chars")
        if not chars or not (_FIGURE.match(wd["text"]) or _FIGURE_MARKS.match(wd["text"])):
            continue
        blobs = _blobs(clean, wd, s)[0]
        spans = [_span([bl for bl in blobs if _under(bl, a, b, s)]) for _, a, b in chars]
        tallest = max(spans)
        n += sum(1 for (sym, _, _), span in zip(chars, spans) if sym.isdigit() and span < s.digit_ink * tallest)
    return n


def _span(blobs: list[tuple[int, int, int, int]]) -> int:
    """The height (pixels) the blobs reach together: a glyph the scan's noise broke in two is as tall as whole."""
    return max(y + h for _, y, _, h in blobs) - min(y for _, y, _, _ in blobs) if blobs else 0


def fix_figure_marks(clean, raw: list[dict], s: FigureInkSettings = FIGURE_INK) -> None:
    """A colon or a semicolon read between a figure's digits ("2:337,1") is the point or the comma it is when the ink
    under it is marks on the baseline alone (a colon's upper point, a semicolon's point over its comma are missing):
    the amount read otherwise was no figure, and the budget was lost. In place."""
    for wd in raw:
        text, chars = wd["text"], wd.get("chars")
        if not _FIGURE_MARKS.match(text) or not (set(text) & set(":;")) or not chars \
                or "".join(c[0] for c in chars) != text:
            continue
        blobs, _ = _blobs(clean, wd, s)
        digits = [bl for bl in blobs if bl[3] >= s.digit_ink * wd["h"]]
        if not digits:
            continue
        base = max(y + h for _, y, _, h in digits)
        height = base - min(y for _, y, _, _ in digits)
        out = list(text)
        for k, (sym, a, b) in enumerate(chars):
            if sym not in ":;":
                continue
            marks = [bl for bl in blobs if _under(bl, a, b, s) and bl not in digits]
            if marks and all(y >= base - s.mark_top * height for _, y, _, _ in marks):
                out[k] = "." if sym == ":" else ","
                chars[k] = (out[k], a, b)
        wd["text"] = "".join(out)
