"""Blocks of text on a scanned page without ruling lines: the "cells" of a borderless table.

Tesseract's page layout (``--psm 3``) builds its text lines across a whole table row. In a borderless table a cell
whose text wraps on two lines sits beside one-line cells centred on the row, and those bridge the cell's two lines
into one text line twice as tall: its reading is garbage read with low confidence ("Cctăce paliative seal Brădeni
otil: dle ingeiilii" for "Centre rezidențiale de îngrijiri / paliative Brădeni"). A ruled table is read again cell
by cell (:func:`extractors.readers.ocr.refine_cells`); without rules the same is done on blocks of ink: the
page's ink smeared by less than a column gutter across and less than a row's gap down, so the words of one cell
(its lines, its words) join in one block and two cells of a row stay apart. Only narrow blocks are cells: a
paragraph is as wide as the text, and reading it again would double the page's time for nothing.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class BlockSettings:
    join_across: float = 0.6  # × the text height: gaps between words (~0.3) close, column gutters (≥ 1) stay
    join_down: float = 0.7  # × the text height: the leading between a cell's lines (~0.4) closes, most row gaps stay
    max_width: float = 0.4  # × the page image's width: a wider block is running text, not a cell
    max_height: float = 0.25  # × the page image's height
    min_ink: float = 0.5  # × the text height: a block lower than this is a speck or a dash (read as it is)


BLOCKS = BlockSettings()


def text_blocks(clean, text_h: float, outside: list[tuple[int, int, int, int]] = (),
                s: BlockSettings = BLOCKS) -> list[tuple[int, int, int, int]]:
    """Pixel boxes (x, y, w, h) of the narrow blocks of ink of a page image whose rules are painted out
    (``clean``), ``text_h`` the typical height of a word's box; a block whose centre lies in one of the
    ``outside`` boxes (the ruled cells, read as cells already) is left out."""
    return [box for box, _, _ in block_images(clean, text_h, outside, s)]


def block_images(clean, text_h: float, outside: list[tuple[int, int, int, int]] = (),
                 s: BlockSettings = BLOCKS) -> list[tuple[tuple[int, int, int, int], object, object]]:
    """The blocks of :func:`text_blocks`, each with its image and its region: the page within its box, the ink of
    other blocks painted out, and the mask (1 inside) of the part of its box that is its own. Two blocks' boxes may overlap (a block of three lines whose last is wide, and a word beside its
    first line past a gutter): cropped by its box alone, a block took in the start of the other's word, read as
    a word of its own ("el:" beside "a fost", from "elaborat"), and kept."""
    import cv2
    import numpy as np

    h_img, w_img = clean.shape
    binv = (clean < 128).astype("uint8")
    # specks of scan noise would join blocks across a gutter: an opening keeps the strokes of letters
    binv = cv2.morphologyEx(binv, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (2, 2)))
    kx = max(3, int(round(s.join_across * text_h)))
    ky = max(3, int(round(s.join_down * text_h)))
    smeared = cv2.dilate(binv, cv2.getStructuringElement(cv2.MORPH_RECT, (kx, ky)))
    contours, _ = cv2.findContours(smeared, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    out = []
    for c in contours:
        x, y, w, h = (int(v) for v in cv2.boundingRect(c))
        # the dilation grew the block by half a kernel on each side: back to the ink, with a margin
        x0, y0 = max(0, x + kx // 2 - 2), max(0, y + ky // 2 - 2)
        x1, y1 = min(w_img, x + w - kx // 2 + 2), min(h_img, y + h - ky // 2 + 2)
        w, h = x1 - x0, y1 - y0
        if w <= 0 or h < s.min_ink * text_h or w > s.max_width * w_img or h > s.max_height * h_img:
            continue
        cx, cy = x0 + w / 2, y0 + h / 2
        if any(ox <= cx < ox + ow and oy <= cy < oy + oh for ox, oy, ow, oh in outside):
            continue
        # the block's own region: its smeared outline, filled (the ink of another block lies outside it)
        region = np.zeros((h, w), dtype=np.uint8)
        cv2.drawContours(region, [c], -1, 1, thickness=cv2.FILLED, offset=(-x0, -y0))
        im = clean[y0:y1, x0:x1].copy()
        im[region == 0] = 255
        out.append(((x0, y0, w, h), im, region))
    return out
