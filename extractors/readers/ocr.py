"""OCR of a scanned page's image: words with boxes and ruling lines, in the same shape as a
born-digital page, so the same table geometry and paragraph logic run on both (:mod:`extractors.readers.ocr_pages`
renders a PDF's pages and reads them, one per core).

Per page image (:func:`ocr_image`):
1. the image turned straight when the scan is askew (:func:`extractors.readers.ocr_rules.deskew`);
   ruling lines with OpenCV: adaptive threshold, morphological opening with long thin horizontal / vertical
   kernels, the connected components' boxes -> edges (in PDF points);
2. the line pixels are painted white (Tesseract reads rules as "|" and "_"), then Tesseract (``lang="ron"``, in
   this process through tesserocr, or its program: :mod:`extractors.readers.ocr_engine`) gives the words with
   boxes and confidences;
3. a word box far flatter than a letter but read as one ("Ă", "I") is a dash;
4. table cells (regions enclosed by the rules) are checked one by one (:func:`refine_cells`): a lone flat bar
   reads "-"; a cell with ink but no words, or with a low-confidence word, is read again from its own crop
   (``--psm 6``; a tall narrow cell also turned 90 degrees both ways, for vertical labels), the better
   reading kept;
5. boxes scaled from pixels to points.
"""
from __future__ import annotations

import statistics

from extractors.readers import ocr_engine
from extractors.readers._pdf_layout import Word
from extractors.readers.ocr_blocks import block_images
from extractors.readers.ocr_figures import _doubtful_figures, fix_figure_marks, ink_contradictions
from extractors.readers.ocr_lines import even_justified
from extractors.readers.ocr_spaces import split_at_spaces
from extractors.readers.ocr_strokes import (find_wrapped_numerals, fix_collapsed_strokes, fix_spaced_grades,
                                            fix_strokes_misread)
from extractors.readers.ocr_ink import advance_span, baselines, first_advance, fit_to_ink, font_box, line_sizes
from extractors.readers.ocr_rules import deskew, find_cells, find_rules  # noqa: F401  (find_rules: interface)
from extractors.readers.ocr_words import (  # noqa: F401  (the clean-up of the words read, named here for callers)
    LOW_CONF, _distrust_odd_brackets, _drop_inkless_points, _drop_phantoms, _fit_tall_boxes, _fix_at_signs,
    _fix_bullets, _fix_doubled_marks, _short_guess,
    _fix_capitals_after_hyphen, _fix_enumerators, _fix_flat_marks, _fix_group_marks, _fix_roman_case, _fix_zeros,
    _text_height)


def _lang() -> str:
    """The Tesseract language to read with (:func:`extractors.readers.ocr_engine.lang`)."""
    return ocr_engine.lang()


# ------------------------------------------------------------------------------------------ cells
# Tesseract's page layout analysis (``--psm 3``) reads a table's cells as lines running across the whole
# row: a label whose baseline sits lower than its neighbours' ("Capacitate", centred in a tall header cell)
# is cut into pieces and misread, a short label pushed against a rule ("Nr. crt.") can be lost, a lone dash
# in an empty cell comes back as a letter or not at all. So each cell enclosed by the detected rules is
# looked at on its own: a cell whose only ink is a short flat bar reads "-"; a cell with ink but no words, or
# with a low-confidence word, is read again from its crop alone (``--psm 6``; a tall narrow cell also turned
# 90 degrees both ways, for a label printed vertically) and the reading with the better confidence is kept.

MAX_CELL_READS = 60  # per page, so a badly scanned page cannot multiply the OCR time
CELL_PAD = 12  # white pixels around a cell crop
SHORT_CELL = 4.0  # × the text height: a cell's ink no wider (and one line high) is a few characters, also read cleaned
# a short cell's crop is read as one line of text: as a block (``--psm 6``) a lone "0" of a training table came back
# "9)" or "(2)", read "0" as a line (``--psm 7``)
SHORT_CELL_PSM = 7
LINE_GAP = 0.15  # × the text height: paper this tall between a short cell's blobs parts two lines (see _one_band)
# × the text height: ink no taller is a mark (a bullet, a point), read as a block as before: a round bullet's crop read
# as a line of text came back "Lă" with confidence 86, and the list items lost their bullets and a figure
MARK_HEIGHT = 0.5


def _ink_boxes(crop, min_area: int) -> list[tuple[int, int, int, int]]:
    """Boxes of the ink blobs in a cell crop, specks and slivers of rules left at its edges not counted."""
    import cv2

    binv = (crop < 128).astype("uint8")
    n, _, stats, _ = cv2.connectedComponentsWithStats(binv, connectivity=8)
    out = []
    for i in range(1, n):
        x, y, bw, bh, area = (int(v) for v in stats[i])
        if area < min_area:
            continue
        if min(bw, bh) <= 3 and max(bw, bh) >= 8 * min(bw, bh):  # a sliver of a rule
            continue
        out.append((x, y, bw, bh))
    return out


def _score(words: list[dict]) -> float:
    """Confidence of a reading, weighted by the words' lengths."""
    n = sum(len(w["text"]) for w in words)
    return sum(w["conf"] * len(w["text"]) for w in words) / n if n else -1.0


def _tesseract_words(img, lang: str, psm: int, timeout: float) -> list[dict]:
    """Tesseract's words (pixel boxes, confidence, line key) of one image."""
    return _tesseract_batch([img], lang, psm, timeout)[0]


def _tesseract_batch(images: list, lang: str, psm: int, timeout: float) -> list[list[dict]]:
    """Tesseract's words for each image (:func:`extractors.readers.ocr_engine.read_batch`): a page's crops are
    read together (with the program, by one run of it: starting it costs more than reading a crop)."""
    return ocr_engine.read_batch(images, lang, psm, timeout)


def _one_band(ink: list[tuple[int, int, int, int]], text_h: float) -> bool:
    """Whether a cell's ink blobs (x, y, w, h) stand on one line: their heights overlap, or stand apart by less than
    :data:`LINE_GAP` (an accent over its letter). A short cell of two lines ("Buget de" / "stat") read as one line
    came back "Bugei de", its second line lost."""
    spans = sorted((y, y + h) for _, y, _, h in ink)
    bottom = spans[0][1]
    for top, low in spans[1:]:
        if top - bottom >= LINE_GAP * text_h:
            return False
        bottom = max(bottom, low)
    return True


def _read_crops(images: list, one_line: list[bool], lang: str, timeout: float) -> list[list[dict]]:
    """Tesseract's words for each cell crop: a short cell's of one line (``one_line``) as a line of text
    (:data:`SHORT_CELL_PSM`), the others as a block (``--psm 6``), in two batches (half the time limit each), the
    readings back in order."""
    timeout = timeout / 2 if timeout else 0
    short = [im for im, one in zip(images, one_line) if one]
    other = [im for im, one in zip(images, one_line) if not one]
    read_short = iter(_tesseract_batch(short, lang, SHORT_CELL_PSM, timeout) if short else [])
    read_other = iter(_tesseract_batch(other, lang, 6, timeout) if other else [])
    return [next(read_short) if one else next(read_other) for one in one_line]


# a turned reading is kept only when it beats the upright one by more than 10 (:func:`_best_cell_reading`): an upright
# reading this good cannot be beaten, and the cell is not read turned at all (a cell of six lines of a header, "Resurse
# umane necesare …", read turned both ways gave two long readings of garbage: 0.3 CPU s of a page's 2.7)
UPRIGHT_UNBEATEN = 90.0
# an upright reading holding this many words of UPRIGHT_WORD_LETTERS letters or more, each read with UPRIGHT_UNBEATEN or
# more, is lines of print standing upright, whatever its other words' confidence: a tall header cell of eleven lines
# ("Resurse umane necesare (personal de specialitate, …") read 88 upright, for a hyphen's 50, and its two turned
# readings, garbage, cost 0.26 CPU s of its page's 2.6 (print turned on its side reads as no such words)
UPRIGHT_WORDS = 3
UPRIGHT_WORD_LETTERS = 4


def _read_upright_first(images: list, one_line: list[bool], todo: list[tuple[int, int, int]], lang: str,
                        timeout: float) -> list[list[dict]]:
    """Tesseract's words for each of ``images`` (the cells of ``todo`` in turn: (cell, images, upright ones)), as
    :func:`_read_crops` gives them, but a cell's turned images read only when its upright reading could be beaten
    (:data:`UPRIGHT_UNBEATEN`); the others' turned readings are left empty (never the best)."""
    upright_at, turned_at, k = [], [], 0
    for _, n, upright in todo:
        upright_at.append(list(range(k, k + upright)))
        turned_at.append(list(range(k + upright, k + n)))
        k += n
    first = [i for idx in upright_at for i in idx]
    readings: list[list[dict]] = [[] for _ in images]
    for i, words in zip(first, _read_crops([images[i] for i in first], [one_line[i] for i in first], lang, timeout)):
        readings[i] = words
    later = [i for up, turned in zip(upright_at, turned_at) if turned
             and max(_score(readings[i]) for i in up) < UPRIGHT_UNBEATEN
             and not any(_upright_print(readings[i]) for i in up) for i in turned]
    if later:
        for i, words in zip(later, _read_crops([images[i] for i in later], [one_line[i] for i in later], lang,
                                               timeout)):
            readings[i] = words
    return readings


def _upright_print(words: list[dict]) -> bool:
    """Whether a cell's upright reading is lines of print standing upright (see :data:`UPRIGHT_WORDS`)."""
    sure = [wd for wd in words if wd["conf"] >= UPRIGHT_UNBEATEN
            and sum(ch.isalpha() for ch in wd["text"]) >= UPRIGHT_WORD_LETTERS]
    return len(sure) >= UPRIGHT_WORDS


def _cell_crop(clean, cell, own=None):
    """A cell's crop with a white margin: the page within its box, or ``own``, its own image (a block of ink
    without rules: :func:`extractors.readers.ocr_blocks.block_images`)."""
    import cv2

    x, y, w, h = cell
    return cv2.copyMakeBorder(clean[y:y + h, x:x + w] if own is None else own, CELL_PAD, CELL_PAD, CELL_PAD,
                              CELL_PAD, cv2.BORDER_CONSTANT, value=255)


def _cell_images(crop, try_rotated: bool, short: bool) -> tuple[list, int]:
    """The images a cell is read from, and how many of them are upright: its crop; for a short one (a few
    characters) also the crop cleaned to black on white (:func:`_clean_crop`); for a tall narrow cell the crop
    turned 90 degrees both ways (a label printed vertically)."""
    import cv2

    upright = [crop, _clean_crop(crop)] if short else [crop]
    if not try_rotated:
        return upright, len(upright)
    return upright + [cv2.rotate(crop, cv2.ROTATE_90_CLOCKWISE), cv2.rotate(crop, cv2.ROTATE_90_COUNTERCLOCKWISE)], \
        len(upright)


def _clean_crop(crop):
    """A cell's crop as black ink on white paper: the scan's grain smoothed (median of 3 x 3) and the grey levels
    split in two (Otsu). Tesseract reads a crop of a few characters badly on grainy paper (its own thresholding of
    so little ink is unstable): on the generated scans "1." came back "i:", "7." as "Zi", read right from this."""
    import cv2

    return cv2.threshold(cv2.medianBlur(crop, 3), 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)[1]


def _best_cell_reading(cell, readings: list[list[dict]], upright: int = 1) -> tuple[list[dict], float]:
    """Of a cell's readings (the first ``upright`` of the crop as it stands, then turned both ways when tried:
    :func:`_cell_images`), the best, in page pixels, and its score."""
    x, y, w, h = cell
    best = max(readings[:upright], key=_score)  # the first of equals: the crop as scanned
    best_score, turned = _score(best), False
    for ws in readings[upright:]:
        sc = _score(ws)
        if sc > best_score + 10:
            best, best_score, turned = ws, sc, True
    if not turned:
        for wd in best:
            wd["x"] += x - CELL_PAD
            wd["y"] += y - CELL_PAD
            wd["chars"] = [(t, a + x - CELL_PAD, b + x - CELL_PAD) for t, a, b in wd.get("chars", ())]
        return best, best_score
    # vertical text: its words laid out as one line across the cell, in reading order, squeezed to fit
    lines: dict[tuple, list[dict]] = {}
    for wd in best:
        lines.setdefault(wd["key"], []).append(wd)
    ordered = [wd for k in sorted(lines, key=lambda k: min(v["y"] for v in lines[k]))
               for wd in sorted(lines[k], key=lambda v: v["x"])]
    gap = max(4, int(statistics.median(wd["h"] for wd in ordered) * 0.4))
    span = sum(wd["w"] for wd in ordered) + gap * (len(ordered) - 1)
    f = min(1.0, (w - 4) / span) if span > 0 else 1.0
    cx, cy = x + 2, y + h / 2
    for wd in ordered:
        wd.pop("chars", None)  # its symbols' edges were along the turned crop
        wd["x"], ww = int(round(cx)), max(1, int(round(wd["w"] * f)))
        wd["w"] = ww
        wd["y"] = int(round(cy - wd["h"] / 2))
        wd["key"] = ("rot",) + tuple(wd["key"][:1])
        cx += ww + gap * f
    return ordered, best_score


# letters of one upright stroke, told apart by a serif or a blur's pixel: two readings differing only in them agree
_ONE_STROKE = str.maketrans({"l": "I", "|": "I"})


def _readings_agree(readings: list[list[dict]]) -> bool:
    """Whether a cell's crop and its cleaned crop (two images of the same ink, thresholded apart) were read as the same
    text, but for letters of one stroke (:data:`_ONE_STROKE`). Tesseract reads a code it has no word for with little
    confidence ("8810ID-I", 17, in a block of its own the page's reading left out): read the same from both images,
    it is what the ink shows; a guess of Tesseract's reads otherwise from the other image."""
    if len(readings) < 2 or not all(readings[:2]):
        return False
    a, b = (" ".join(wd["text"] for wd in r).translate(_ONE_STROKE) for r in readings[:2])
    return a == b and any(ch.isalnum() for ch in a)  # a speck read "." twice is no text


def _words_in_cells(raw: list[dict], cells: list[tuple[int, int, int, int]], regions: dict | None = None
                    ) -> tuple[dict[int, list[int]], dict[int, list[int]]]:
    """The page's words of each cell (by the word's centre), and the words whose box lies over several cells, or
    over a cell without its centre in any (a quarter of its area, or of the cell's, or more in each): Tesseract's page reading made
    one text line of two cells' lines or of two cells of a row ("2.8790" for "2." and "8790 …"), so each of those
    cells is read again, and the word goes when one of them is. ``regions``: for a block of ink without rules, the
    part of its box that is its own (another block's word may stand inside its box: it is not this block's)."""
    import numpy as np

    regions = regions or {}
    in_cell: dict[int, list[int]] = {}
    across: dict[int, list[int]] = {}
    if not cells:
        return in_cell, across
    lefts, tops, widths, heights = (np.array(v) for v in zip(*cells))
    rights, bottoms = lefts + widths, tops + heights
    for idx, wd in enumerate(raw):
        cx, cy = wd["x"] + wd["w"] / 2, wd["y"] + wd["h"] / 2
        area = max(1, wd["w"] * wd["h"])
        over, home = [], None
        # the cells the word's box overlaps, found at once (a page has hundreds of words and of cells)
        hit = (lefts < wd["x"] + wd["w"]) & (rights > wd["x"]) & (tops < wd["y"] + wd["h"]) & (bottoms > wd["y"])
        for ci in np.flatnonzero(hit).tolist():
            x, y, w, h = cells[ci]
            ox = min(x + w, wd["x"] + wd["w"]) - max(x, wd["x"])
            oy = min(y + h, wd["y"] + wd["h"]) - max(y, wd["y"])
            if ox <= 0 or oy <= 0:
                continue
            region = regions.get(ci)
            if region is not None:  # the word's area within the block's own region, and its centre
                x0, y0 = max(x, wd["x"]) - x, max(y, wd["y"]) - y
                shared = int(region[y0:y0 + oy, x0:x0 + ox].sum())
                inside = x <= cx < x + w and y <= cy < y + h and bool(region[int(cy) - y, int(cx) - x])
            else:
                shared = ox * oy
                inside = x <= cx < x + w and y <= cy < y + h
            if home is None and inside:
                home = ci
                in_cell.setdefault(ci, []).append(idx)
            # a quarter of the word's box, or of the cell's: a word run over a narrow cell and its wide neighbours
            # ("147;7%:.171.-:331" over "147,7%", "171", "331") holds the whole narrow cell
            if shared >= 0.25 * min(area, w * h if region is None else int(region.sum())):
                over.append(ci)
        if len(over) > 1 or (home is None and over):
            for ci in over:
                across.setdefault(ci, []).append(idx)
    return in_cell, across


def _chars_within(wd: dict, cell: tuple[int, int, int, int]) -> float:
    """How many of a word's characters stand within a cell's columns, in proportion to its box's width there: a word
    run over three cells of a row ("147;7%:.171.-:331") has three of its seventeen in the cell of "171"."""
    x, _, w, _ = cell
    inside = min(x + w, wd["x"] + wd["w"]) - max(x, wd["x"])
    # a word whose brackets do not pair (ocr_words._distrust_odd_brackets): its brackets are no text to keep
    n = sum(ch.isalnum() for ch in wd["text"]) if wd.get("distrusted") else len(wd["text"])
    return n * min(1.0, max(0.0, inside / max(1, wd["w"])))


# × the text height: an ink blob this tall is a letter's or a figure's (a point, a comma or a speck is lower)
LETTER_INK = 0.6
# × the text height: a word's box this far off its ink still holds it (Tesseract's boxes are a few pixels off)
BOX_SLACK = 0.1


def _unexplained_ink(ink: list[tuple[int, int, int, int]], words: list[dict], x: int, y: int, text_h: float) -> bool:
    """Whether a cell's ink (blobs (x, y, w, h) within the cell at ``x, y``) holds a letter's or a figure's blob that
    no word's box holds: the page's reading lost a character there ("7.243" came back "2" over the "7" and "243" over
    "43", its "2" in no box, and the amount read 243)."""
    slack = BOX_SLACK * text_h
    for bx, by, bw, bh in ink:
        if bh < LETTER_INK * text_h:
            continue
        cx, cy = x + bx + bw / 2, y + by + bh / 2
        if not any(wd["x"] - slack <= cx <= wd["x"] + wd["w"] + slack and wd["y"] - slack <= cy <= wd["y"] + wd["h"]
                   + slack for wd in words):
            return True
    return False


def refine_cells(clean, mask, raw: list[dict], lang: str, deadline: float = 0) -> list[dict]:
    """The page's words (pixel boxes, from the page OCR) with the table cells read again where needed
    (see the comment above :data:`LOW_CONF`). The cells to read again are all read by one Tesseract run."""
    import time

    text_h = _text_height(raw)
    cells = find_cells(mask)
    blocks = block_images(clean, text_h, outside=cells)  # the cells of tables without rules, each with its own ink
    own = {len(cells) + k: im for k, (_, im, _) in enumerate(blocks)}
    regions = {len(cells) + k: region for k, (_, _, region) in enumerate(blocks)}
    cells += [box for box, _, _ in blocks]
    if not cells:
        return raw
    min_area = max(4, int(text_h * text_h * 0.01))
    in_cell, across = _words_in_cells(raw, cells, regions)
    drop: set[int] = set()
    added: list[dict] = []
    todo: list[tuple[int, int, int]] = []  # (cell, how many images it is read from, how many of them upright)
    images: list = []
    one_line: list[bool] = []  # per image: a short cell's, read as one line of text (see SHORT_CELL_PSM)
    for ci, cell in enumerate(cells):
        x, y, w, h = cell
        ink = _ink_boxes(own[ci] if ci in own else clean[y:y + h, x:x + w], min_area)
        old = [raw[i] for i in in_cell.get(ci, [])]
        if not ink:
            continue
        if len(ink) == 1:
            ix, iy, iw, ih = ink[0]
            if iw >= 1.8 * ih and ih <= 0.45 * text_h and iw <= 3 * text_h:  # a dash alone in its cell
                drop.update(in_cell.get(ci, []))
                added.append({"text": "-", "conf": 90.0, "x": x + ix, "y": y + iy - int(text_h * 0.4),
                              "w": iw, "h": max(ih, int(text_h * 0.8)), "key": ("dash", ci)})
                continue
        if (old and min(wd["conf"] for wd in old) >= LOW_CONF and ci not in across and not _doubtful_figures(old)
                and not _short_guess(old)
                and not _unexplained_ink(ink, old + [raw[i] for i in across.get(ci, [])], x, y, text_h)):
            continue
        if len(todo) >= MAX_CELL_READS:
            continue
        ink_w = max(b[0] + b[2] for b in ink) - min(b[0] for b in ink)
        ink_h = max(b[1] + b[3] for b in ink) - min(b[1] for b in ink)
        # a label printed vertically is taller than a line of text; a lone upright stroke ("I" of a code's grade, in a
        # block of its own past a space) is no such label: read turned, and as a block, it came back as nothing
        tall = h >= 1.5 * w and ink_h >= 1.5 * ink_w and ink_h > text_h
        short = ink_w <= SHORT_CELL * text_h and ink_h <= 1.5 * text_h
        # a cell the page's reading found nothing in is also read cleaned: two readings that agree are kept
        # whatever their confidence (see _readings_agree)
        imgs, upright = _cell_images(_cell_crop(clean, cell, own.get(ci)), tall, short or not old)
        todo.append((ci, len(imgs), upright))
        images.extend(imgs)
        one_line.extend([short and not tall and ink_h > MARK_HEIGHT * text_h and _one_band(ink, text_h)] * len(imgs))
    left = deadline - time.monotonic() if deadline else 0
    if todo and (not deadline or left >= 3):  # keep within the page's time limit: else no cell is read again
        try:
            readings = _read_upright_first(images, one_line, todo, lang, left / 2 if deadline else 0)
        except Exception:  # a timeout or a Tesseract failure on the crops: the page's own reading stays
            readings = []
        k = 0
        for ci, n, upright in todo if readings else []:
            agree = _readings_agree(readings[k:k + upright])
            new, score = _best_cell_reading(cells[ci], readings[k:k + n], upright)
            k += n
            if not new:
                continue
            old = [raw[i] for i in dict.fromkeys(in_cell.get(ci, []) + across.get(ci, []))]
            old_chars = sum(_chars_within(wd, cells[ci]) for wd in old)
            new_chars = sum(len(wd["text"]) for wd in new)
            if old:
                # and no more of its figures' digits over no digit's ink than the old reading's
                ok = score >= _score(old) and new_chars >= 0.5 * old_chars \
                    and ink_contradictions(clean, new, text_h) <= ink_contradictions(clean, old, text_h)
            else:
                ok = score >= LOW_CONF or agree
            if ok:
                drop.update(in_cell.get(ci, []))
                drop.update(across.get(ci, []))
                for wd in new:
                    wd["key"] = ("cell", ci) + tuple(wd["key"])
                added.extend(new)
    return [wd for i, wd in enumerate(raw) if i not in drop] + added


def ocr_image(gray, scale: float, timeout: float = 0, lang: str | None = None) -> tuple[list[Word], list[dict]]:
    """Words (points) and rule edges of one page image (numpy uint8 grayscale)."""
    import time

    start = time.monotonic()
    lang = lang or _lang()
    gray, _angle = deskew(gray)
    edges, mask = find_rules(gray, scale)
    clean = gray.copy()
    clean[mask > 0] = 255
    raw = _tesseract_words(clean, lang, 3, timeout or 0)
    _fix_flat_marks(raw)
    _fix_doubled_marks(raw)
    _distrust_odd_brackets(raw)
    raw = refine_cells(clean, mask, raw, lang, deadline=start + timeout if timeout else 0)
    fix_figure_marks(clean, raw)
    raw = _drop_phantoms(clean, raw)
    _fit_tall_boxes(raw)
    fit_to_ink(clean, raw, _text_height(raw))
    _fix_enumerators(raw)
    _drop_inkless_points(clean, raw)
    _fix_roman_case(raw)
    fix_collapsed_strokes(clean, raw, _text_height(raw))
    find_wrapped_numerals(clean, raw, _text_height(raw))  # after: a numeral given back in the code's box ends it
    fix_strokes_misread(clean, raw, _text_height(raw))
    # after the strokes are read again: "11" read "Bi" has a space's paper between its stems, and cut first its two
    # halves were no ones any more
    split_at_spaces(clean, raw, _text_height(raw))
    fix_spaced_grades(clean, raw, _text_height(raw))  # a code set with spaces: its grade is a part of its own now
    _fix_capitals_after_hyphen(clean, raw)
    _fix_zeros(raw)
    _fix_group_marks(raw)
    _fix_bullets(raw)
    _fix_at_signs(raw)
    words: list[Word] = []
    line_size, sizes = line_sizes(raw, scale, clean.shape[1])
    # each word in a text layer's box (ocr_ink.font_box): from its own baseline, so that a line Tesseract read
    # across cells set at different heights (a header's) keeps them apart; a dash on its line's baseline
    bases: dict[tuple, list[float]] = {}
    for wd, base in zip(raw, baselines([(wd["text"], _ink_span(wd)[1] / scale, wd["key"]) for wd in raw],
                                       line_size, sizes)):
        if base is not None:
            wd["base"] = base
            bases.setdefault(wd["key"], []).append(base)
    for wd in raw:
        # the rules were painted out before OCR, so a "|" left is a misread capital I
        text = wd["text"].replace("|", "I")
        x, bw = wd["x"], wd["w"]
        size = line_size[wd["key"]]
        base = wd.get("base")
        if base is None and wd["key"] in bases and _ink_span(wd)[1] / scale > min(bases[wd["key"]]) - size:
            base = statistics.median(bases[wd["key"]])
        if base is None:  # a line of marks alone: its ink box
            top, bottom = wd["y"] / scale, (wd["y"] + wd["h"]) / scale
        else:
            top, bottom = font_box(base, size)
        left, right = advance_span(x / scale, (x + bw) / scale, size) if base is not None else (x / scale, (x + bw) / scale)
        first = first_advance(wd, scale, size) if base is not None else 0.0
        words.append(Word(text, left, top, right, bottom, size=size, first=first))
    even_justified(words)
    return words, edges


def _ink_span(wd: dict) -> tuple[int, int]:
    """Top and bottom (pixels) of a word's ink (:func:`extractors.readers.ocr_ink.fit_to_ink`), else its box's."""
    return wd.get("ink") or (wd["y"], wd["y"] + wd["h"])
