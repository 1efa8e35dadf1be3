"""Ruling lines of a scanned page image (the tables' grid) and the cells they enclose.

A rule is a long thin run of ink. Morphological opening with a thin kernel keeps the runs at least as long as the
kernel; what is left is told from the strokes of letters by its length *on the page* (in points), never by a share
of the image's height: on a short (landscape) page at 300 dpi, 1/60 of the height is 41 px (10 pt), and that kernel
took the stems of a 20 pt title ("PLANUL ANUAL DE ACȚIUNE") for vertical rules, painted them out before OCR and
left the title unreadable. So:

- a run at least :attr:`RuleSettings.free_rule_pt` long and :attr:`RuleSettings.min_aspect` times longer than
  thick is a rule on its own: longer than any stroke of the letters a heading is set in (a 36 pt capital is about
  26 pt tall), and thinner than the stems of the giant letters of a poster-sized page (about 1/8 of their height);
- a shorter run (down to :attr:`RuleSettings.min_rule_pt`, about the side of a one-line cell) is a rule only when
  both its ends meet a rule across it, as a cell's side does and a letter's stem or bar does not. Vertical runs
  are checked against the long horizontal rules (a table's rows are ruled across the table), then short
  horizontal runs against the vertical rules kept.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RuleSettings:
    min_rule_pt: float = 9.0  # the shortest rule: about the side of a one-line cell
    free_rule_pt: float = 40.0  # a run this long (and this thin, below) is a rule whatever is at its ends
    min_aspect: float = 12.0  # length / thickness of such a run: a 1 pt rule 40 pt long is 40; a letter stem under 10
    end_tolerance_pt: float = 2.5  # how far a short rule's end may stop short of (or run past) the rule it meets
    gap_px: int = 9  # gaps closed along a rule broken by the scan (pixels)


RULES = RuleSettings()


def find_rules(gray, scale: float, s: RuleSettings = RULES) -> tuple[list[dict], object]:
    """Edges (points) of the horizontal and vertical rules in a grayscale page image rendered at ``scale`` pixels
    per point, and the rules' mask (the pixels to paint white before OCR)."""
    import cv2
    import numpy as np

    from extractors.readers._pdf_layout import make_edge

    binv = cv2.adaptiveThreshold(gray, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 25, 15)
    k = max(3, int(round(s.min_rule_pt * scale)))
    hmask = cv2.morphologyEx(binv, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (k, 1)))
    vmask = cv2.morphologyEx(binv, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, k)))
    # close small gaps in broken scan lines before their lengths are judged
    hmask = cv2.dilate(hmask, cv2.getStructuringElement(cv2.MORPH_RECT, (s.gap_px, 1)))
    vmask = cv2.dilate(vmask, cv2.getStructuringElement(cv2.MORPH_RECT, (1, s.gap_px)))
    free = s.free_rule_pt * scale
    tol = max(2, int(round(s.end_tolerance_pt * scale)))

    def long(run: int, thick: int) -> bool:
        return run >= free and run >= s.min_aspect * thick

    h_long = _runs(hmask, "h", lambda run, thick, ends: long(run, thick))
    vmask = _runs(vmask, "v", lambda run, thick, ends: long(run, thick) or all(_meets(h_long, e, tol) for e in ends))
    hmask = _runs(hmask, "h", lambda run, thick, ends: long(run, thick) or all(_meets(vmask, e, tol) for e in ends))
    edges: list[dict] = []
    for mask, orient in ((hmask, "h"), (vmask, "v")):
        for x, y, bw, bh in _boxes(mask):
            if orient == "h" and bw > 3 * bh:
                yc = (y + bh / 2) / scale
                edges.append(make_edge(x / scale, yc, (x + bw) / scale, yc, "h"))
            elif orient == "v" and bh > 3 * bw:
                xc = (x + bw / 2) / scale
                edges.append(make_edge(xc, y / scale, xc, (y + bh) / scale, "v"))
    mask = cv2.bitwise_or(hmask, vmask)
    mask = cv2.dilate(mask, np.ones((3, 3), np.uint8))
    return edges, mask


def _boxes(mask) -> list[tuple[int, int, int, int]]:
    """Boxes (x, y, w, h) of the runs (8-connected components) of a rule mask. A run is drawn by an opening with a
    thin kernel along one direction and dilated along it only, so it has no hole and its outer contour is all of it:
    the contours give its box eight times faster than labelling every pixel of the page
    (``connectedComponentsWithStats``, 0.08 s a call on a page at 300 dpi)."""
    import cv2

    contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    return [tuple(int(v) for v in cv2.boundingRect(c)) for c in contours]


def _runs(mask, orient: str, keep):
    """``mask`` with only the runs (connected components) for which ``keep(length, thickness, ends)`` holds;
    ``ends`` are the two end boxes (x0, y0, x1, y1) of the run, each one pixel deep along it."""
    import cv2

    contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    dropped = []
    for c in contours:
        x, y, bw, bh = (int(v) for v in cv2.boundingRect(c))
        if orient == "h":
            kept = keep(bw, bh, ((x, y, x + 1, y + bh), (x + bw - 1, y, x + bw, y + bh)))
        else:
            kept = keep(bh, bw, ((x, y, x + bw, y + 1), (x, y + bh - 1, x + bw, y + bh)))
        if not kept:
            dropped.append(c)
    if not dropped:
        return mask
    out = mask.copy()
    # a run has no hole (see _boxes): filling its outer contour wipes exactly its pixels
    cv2.drawContours(out, dropped, -1, 0, thickness=cv2.FILLED)
    return out


def _meets(mask, box: tuple[int, int, int, int], tol: int) -> bool:
    """Whether ``mask`` has ink within ``tol`` pixels of ``box``."""
    x0, y0, x1, y1 = box
    h, w = mask.shape
    return bool(mask[max(0, y0 - tol):min(h, y1 + tol), max(0, x0 - tol):min(w, x1 + tol)].any())


def find_cells(mask, min_side: int = 8) -> list[tuple[int, int, int, int]]:
    """Pixel boxes (x, y, w, h) of the regions enclosed by ruling lines (table cells), from the rules' mask.
    The background around the tables (touching the image border) and regions too big to be a cell (a frame
    around the whole page) are not cells."""
    import cv2
    import numpy as np

    h, w = mask.shape
    # cells lie within the rules' extent: the paper is labelled there only, with a ring of paper one pixel wide
    # around it that joins whatever reaches out of the rules' box to the page's background (the same cells as
    # labelling the whole page, a tenth of its time on a page with one small table; nothing on a page without rules)
    rows, cols = np.flatnonzero(mask.any(axis=1)), np.flatnonzero(mask.any(axis=0))
    if not len(rows):
        return []
    y0, y1 = max(0, int(rows[0]) - 1), min(h, int(rows[-1]) + 2)
    x0, x1 = max(0, int(cols[0]) - 1), min(w, int(cols[-1]) + 2)
    free = (mask[y0:y1, x0:x1] == 0).astype("uint8")
    n, _, stats, _ = cv2.connectedComponentsWithStats(free, connectivity=4)
    cells = []
    for i in range(1, n):
        x, y, bw, bh, area = (int(v) for v in stats[i])
        x, y = x + x0, y + y0
        if x <= x0 or y <= y0 or x + bw >= x1 or y + bh >= y1:  # it reaches the paper around the rules
            continue
        if bw < min_side or bh < min_side or bh > 0.4 * h or bw * bh > 0.25 * w * h:
            continue
        if area < 0.6 * bw * bh:  # not a rectangle (the space around a nested table)
            continue
        cells.append((x, y, bw, bh))
    return cells


# ------------------------------------------------------------------------------------------ skew
# A sheet laid askew on the scanner turns every line of the page: 0.6 degrees move the end of a 750 pt line of
# print 8 pt up or down, half a line's spacing, and the words of one line fall into two lines, a paragraph into
# a "table"; a ruled table's rows slant across each other. The page image is turned straight before anything
# else: the angle is the one whose horizontal projection profile is sharpest (text lines and rules give rows of
# ink between rows of paper), tried every SKEW_STEP degrees up to MAX_SKEW on a reduced copy of the image.


@dataclass(frozen=True)
class SkewSettings:
    max_skew: float = 3.0  # degrees either way; a page turned more than this is not a skewed scan
    step: float = 0.1  # degrees; the error left (0.05 degrees) moves a 750 pt line by 0.7 pt
    min_skew: float = 0.1  # below this the page is left as it is
    work_width: int = 1000  # pixels of the reduced copy the angle is sought on


SKEW = SkewSettings()


def skew_angle(gray, s: SkewSettings = SKEW) -> float:
    """The angle (degrees, counter-clockwise positive) by which to turn the page image to make its lines
    horizontal; 0.0 for a blank page."""
    import cv2
    import numpy as np

    h, w = gray.shape
    f = min(1.0, s.work_width / max(1, w))
    small = cv2.resize(gray, (max(1, int(w * f)), max(1, int(h * f))), interpolation=cv2.INTER_AREA) if f < 1 else gray
    _, binv = cv2.threshold(small, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    if not binv.any():
        return 0.0
    # the ink's pixels turned about the centre and counted per row: the row sums of the image turned by
    # ``warpAffine``, without turning the whole image for every angle tried (half the time, the same angles)
    sh, sw = binv.shape
    ys, xs = np.nonzero(binv)
    xs = xs.astype(np.float64) - sw / 2
    ys = ys.astype(np.float64) - sh / 2

    def sharpness(angle: float) -> float:
        t = np.deg2rad(angle)
        rows = np.rint(np.cos(t) * ys - np.sin(t) * xs + sh / 2).astype(np.int64)
        profile = np.bincount(rows[(rows >= 0) & (rows < sh)], minlength=sh).astype(np.float64)
        return float(np.square(np.diff(profile)).sum())

    n = int(round(s.max_skew / s.step))
    angles = [k * s.step for k in range(-n, n + 1)]
    scores = [sharpness(a) for a in angles]
    best = angles[int(np.argmax(scores))]
    return best if abs(best) >= s.min_skew else 0.0


def deskew(gray, s: SkewSettings = SKEW):
    """The page image turned straight (see :func:`skew_angle`), and the angle it was turned by."""
    import cv2

    angle = skew_angle(gray, s)
    if not angle:
        return gray, 0.0
    h, w = gray.shape
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    return cv2.warpAffine(gray, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=255), angle
