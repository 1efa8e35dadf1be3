"""Words Tesseract read across a space, cut there again.

Tesseract's line recogniser drops a space next to a word of one or two narrow letters: on the generated scans
"CR V I" (a code set with spaces) came back "CRVI)", "zi de r" / "ecuperare" (a word broken for lack of room in a
narrow cell) "zi der", "AD II" "ADII". A text layer has those spaces, and the table reader needs them: the code's
grade was lost, and the broken word was glued to the wrong neighbour ("derecuperare"). The ink shows the space:
within a word the paper between two letters is narrow — at most 0.35 of the text's height over seven scans measured
(generated ones of five families and the corpus scan, ~1,900 words: figures, letter-spaced headings) — while the
spaces Tesseract dropped measured 0.48-0.58 (the spaces it kept, 0.24 and up: a narrow one stays unseen). So a word
whose ink has a gap of 0.4 of the text's height or more is two words, cut at that gap; which of its letters go
left comes from Tesseract's symbol boxes (``chars``, :func:`extractors.readers.ocr_engine._iterator_words`).
Their right edges stop where the letters' ink does, within a pixel or two; their left edges are off by up to half a
letter ("I" of "CRVI)" boxed from 834 to 855 px, its ink from 854 to 857: each box starts where the one before it
ends). So the cut between letters is the one that leaves the fewest pixels of their right edges on the wrong side
of the gap's middle. A word's box may also run over its neighbour (Tesseract boxed "Servicii" over the "de" after
it, read as a word of its own): a part whose ink lies mostly within another word's box is that word's, and the
word is not cut there; nor where a part's ink is wider than its letters could be (more than 1.2 text heights a
letter: Tesseract dropped a letter of "CR C", and the box of "R" ran over the unread "C", so "C" would have taken
the ink of "CR"); nor where no letter's box ends before the gap ("– alocații": the dash before the word, in its
box but not in its text, stood a space from its "a", and "a locații" came out). Nor between two figures or two upright strokes ("1", "I", "l"): a blurred scan keeps only the
stem of a "1" as ink, its flag and foot too light, and the stems of "11" stand as far apart as a space ("7.368.119"
came out "7.368.1" and "19", "11600" "1 1600", the grade "III" of a code cut off it).
"""
from __future__ import annotations

import statistics
from dataclasses import dataclass


@dataclass(frozen=True)
class SpaceSettings:
    # × the larger of the page's text height and the word's line's box height: a gap in a word's ink this wide or
    # wider is a space (measured: between the letters of a word ≤ 0.35, the dropped spaces 0.48-0.58)
    min_gap: float = 0.4
    dark: int = 128  # grey level under which a pixel is ink
    strokes: str = "1Il|i!"  # letters and figures of a lone upright stroke, whose ink has paper on both sides
    max_letter: float = 1.2  # × the text height: no letter's ink is wider (a "W", ~1 em, is ~1.1)


SPACES = SpaceSettings()


def split_at_spaces(clean, raw: list[dict], text_h: float, s: SpaceSettings = SPACES) -> None:
    """Cut each word of ``raw`` (pixel boxes on ``clean``, fitted to their ink) whose ink has a gap as wide as a
    space, at that gap, when its symbols fall on both sides (see the module docstring); in place."""
    if not raw:
        return
    heights: dict[tuple, list[int]] = {}
    for wd in raw:
        heights.setdefault(wd["key"], []).append(wd["h"])
    line_h = {k: statistics.median(v) for k, v in heights.items()}
    out: list[dict] = []
    todo = [(wd, wd) for wd in raw]  # (a word or a part of one, the word read)
    while todo:
        wd, read = todo.pop(0)
        parts = _split_once(clean, wd, s.min_gap * max(text_h, line_h.get(wd["key"], 0)), s)
        if parts is not None and any(p["w"] > s.max_letter * text_h * len(p["text"]) for p in parts):
            parts = None
        if parts is not None and any(_held_by_another(p, read, raw) for p in parts):
            parts = None
        if parts is None:
            out.append(wd)
        else:
            todo[:0] = [(p, read) for p in parts]  # each part may hold another space
    raw[:] = out


def _held_by_another(part: dict, wd: dict, raw: list[dict]) -> bool:
    """Half of ``part``'s width or more lies within the box of a word of ``raw`` other than ``wd``, on its line."""
    a, b = part["x"], part["x"] + part["w"]
    top, bottom = part["y"], part["y"] + part["h"]
    for o in raw:
        if o is wd or o["w"] <= 0:
            continue
        over_x = min(b, o["x"] + o["w"]) - max(a, o["x"])
        over_y = min(bottom, o["y"] + o["h"]) - max(top, o["y"])
        if over_x >= 0.5 * max(1, b - a) and over_y >= 0.5 * min(part["h"], o["h"]):
            return True
    return False


def _split_once(clean, wd: dict, min_gap: float, s: SpaceSettings) -> list[dict] | None:
    """The two words ``wd`` is made of, cut at the widest gap of its ink when that gap is ``min_gap`` pixels wide
    or wider and its symbols fall on both sides; None otherwise."""
    import numpy as np

    chars = wd.get("chars")
    if not chars or len(chars) < 2 or "".join(c[0] for c in chars) != wd["text"] or wd["key"][:1] == ("rot",):
        return None  # no symbols, or a text changed since they were read (a fix of the clean-up)
    x0, y0 = max(0, wd["x"]), max(0, wd["y"])
    ink = clean[y0:wd["y"] + wd["h"], x0:wd["x"] + wd["w"]] < s.dark
    cols = np.flatnonzero(ink.any(axis=0))
    if len(cols) < 2:
        return None
    steps = np.diff(cols)
    k = int(np.argmax(steps))
    gap = int(steps[k]) - 1
    if gap < max(1.0, min_gap):
        return None
    left_end, right_start = x0 + int(cols[k]) + 1, x0 + int(cols[k + 1])  # page columns: paper between them
    mid = (left_end + right_start) / 2
    # the cut between symbols leaving the least of their right edges on the wrong side of the gap's middle
    best, cut = None, 0
    for i in range(1, len(chars)):
        cost = sum(max(0.0, c[2] - mid) for c in chars[:i]) + sum(max(0.0, mid - c[2]) for c in chars[i:])
        if best is None or cost < best:
            best, cut = cost, i
    if best > 0.5 * min_gap:  # no letter ends before the gap: its left is ink no symbol stands for (a list's dash)
        return None
    left, right = chars[:cut], chars[cut:]
    _strokes_to_their_ink(left, right, ink[:, right_start - x0:], s)
    a, b = left[-1][0][-1:], right[0][0][:1]
    if (a.isdigit() and b.isdigit()) or (a and b and a in s.strokes and b in s.strokes):
        return None
    if not "".join(c[0] for c in left).strip() or not "".join(c[0] for c in right).strip():
        return None
    parts = []
    for side, a, b in ((left, wd["x"], left_end), (right, right_start, wd["x"] + wd["w"])):
        part = dict(wd, text="".join(c[0] for c in side), chars=side, x=a, w=b - a)
        rows = np.flatnonzero(ink[:, a - x0:b - x0].any(axis=1))
        if len(rows):
            part["ink"] = (y0 + int(rows[0]), y0 + int(rows[-1]) + 1)
        parts.append(part)
    return parts


def _strokes_to_their_ink(left: list, right: list, right_ink, s: SpaceSettings) -> None:
    """Move the upright strokes ending ``left`` (symbols) over to ``right`` while the ink right of the gap
    (``right_ink``, the word's image there) shows more strokes standing apart than ``right`` has symbols, and all
    of them are strokes: a lone stroke's box may lie a letter to the left of its ink ("VTP II" read "VTPII", the
    first "I" boxed over the end of the "P", the cut left "VTPI" and "I", and the grade's second "I" was lost). In
    place."""
    import numpy as np

    cols = right_ink.any(axis=0)
    n_ink = int(np.count_nonzero(cols[1:] & ~cols[:-1])) + int(bool(cols[:1].any()))  # runs of inked columns
    while (len(left) > 1 and left[-1][0] in s.strokes and n_ink > len(right)
           and all(c[0] in s.strokes for c in right)):
        right.insert(0, left.pop())
