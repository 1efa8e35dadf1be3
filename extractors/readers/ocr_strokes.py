"""Repeated strokes Tesseract ran together: "111" read "11", the numeral of "CZ-D-III" read "II".

Tesseract's line recogniser gives one character per stretch of the line's image, and two alike standing close give
one unless it sees paper between them: a run of narrow strokes of one kind, the figures "1" of a small "111" or the
"I"s of a code's Roman numeral, came back one short (the capacity "111" of a service read "11", "8899 CZ-D-III" read
"CZ-D-II", a training's "11" persons read "1"). Those characters are each one upright stroke, so their number is
the number of strokes standing in the word's ink: a column of the ink is a stroke's when most of the ink's height is
dark in it (a serif or a hyphen darkens a few rows only). A word that is such strokes alone (ones), or ends in them
after a hyphen (a code's numeral), and shows more strokes than it has characters, gets the strokes it shows — the
numeral only while it is still a grade (I to III).

A word whose ink is upright strokes alone, each with the flag of a "1", but read as other letters ("Bi" for a small
"11", "Mi" for "111") is those ones (:func:`fix_strokes_misread`).

A code's numeral read as letters of two or three strokes ("U", "N", "H", "Il") — after a code of capitals
("CR-C-U"), or alone after its hyphen on the next line of a cell the code was wrapped in ("8790 CR-C" / "-N" for
"-III") — is I's as many as its ink shows strokes, when its ink is upright strokes and nothing else: a real "N" has
its diagonal across the middle, an "H" its bar. Where the numeral starts is the right edge of the hyphen's symbol box
(Tesseract's right edges stop at the ink), not the last bar across the ink's middle, which an "H" has too.
"""
from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class StrokeSettings:
    dark: int = 128  # grey level under which a pixel is ink (as in :mod:`.ocr_ink`)
    stroke: float = 0.8  # share of the ink's height dark in a column of a stroke (the stems of "n" in "in", under the dot, are 0.7)
    bar: float = 0.35  # share under which a column's ink is a bar across (a hyphen, a serif), not a stroke
    max_width: float = 0.25  # × the ink's height: a stroke is no wider
    flag_reach: float = 0.35  # × the ink's height: how far left of a "1"'s stem its flag reaches
    flag_rows: float = 0.3  # of the ink's height from its top: where a "1"'s flag is
    min_height: float = 0.55  # × the text height: a word's ink lower than this is no figure or capital ("nr.")


STROKES = StrokeSettings()

_ONES = re.compile(r"^1+$")
# a code's Roman numeral of I's after its last hyphen ("CZ-D-II", "8899-CZ-VD-I"), or none read: the "I" of "MC-I" (a
# code wrapped in its cell, "8790CR-" / "MC-I") came back "MC-", its stroke inside the box of the hyphen's symbol
_NUMERAL_OF_IS = re.compile(r"^(.*[A-ZĂÂÎȘȚ]-)(I{0,3})$")
# a code's numeral read as other letters of strokes, after a code of capitals or alone after its hyphen (the next line
# of a cell the code was wrapped in): "CR-C-U", "-N", "-Il"
_NUMERAL_MISREAD = re.compile(r"^((?:.*[A-ZĂÂÎȘȚ])?-)([IlUNH1|]{1,3})$")
_MAX_IS = 3  # a grade of I's alone: I, II, III


def _runs(flags) -> list[tuple[int, int]]:
    """The [start, end) runs of True in a sequence of booleans."""
    out, start = [], None
    for i, f in enumerate(list(flags) + [False]):
        if f and start is None:
            start = i
        elif not f and start is not None:
            out.append((start, i))
            start = None
    return out


def _profile(clean, wd: dict, s: StrokeSettings):
    """For each column of the word's box, the share of its ink's height that is dark, and whether it is dark across
    the middle of that height (a hyphen is; a serif, at the top or the foot, is not); None when the box is empty."""
    top, bottom = wd.get("ink") or (wd["y"], wd["y"] + wd["h"])
    x0, x1 = max(0, wd["x"]), min(clean.shape[1], wd["x"] + wd["w"])
    if bottom - top < 4 or x1 - x0 < 2:
        return None
    box = clean[max(0, top):bottom, x0:x1] < s.dark
    h = box.shape[0]
    return box.mean(axis=0), box[int(h * 0.3):int(h * 0.7) + 1].any(axis=0)


def _tall_profile(clean, wd: dict, text_h: float, s: StrokeSettings):
    """A word's ink profile (:func:`_profile`) and its ink's height, when its ink is tall enough to count strokes in;
    else None."""
    top, bottom = wd.get("ink") or (wd["y"], wd["y"] + wd["h"])
    if bottom - top < s.min_height * text_h:
        return None
    found = _profile(clean, wd, s)
    return None if found is None else (*found, bottom - top)


def fix_collapsed_strokes(clean, raw: list[dict], text_h: float, s: StrokeSettings = STROKES) -> None:
    """Give back the strokes Tesseract ran together (see the module docstring). ``raw``: the page's words, their
    boxes fitted to their ink (:func:`extractors.readers.ocr_ink.fit_to_ink`), on ``clean``, the page image with its
    rules painted out. In place."""
    for wd in raw:
        text = wd["text"]
        ones = _ONES.match(text)
        code = None if ones else _NUMERAL_OF_IS.match(text) or _NUMERAL_MISREAD.match(text)
        if not (ones or code) or wd.get("key", ("",))[:1] == ("rot",):
            continue
        found = _tall_profile(clean, wd, text_h, s)
        if found is None:
            continue
        prof, middle, height = found
        if ones:
            n = len(_strokes_only(prof, middle, height, s))
            if n > len(text):
                wd["text"] = "1" * n
            continue
        prefix, numeral = code.groups()
        misread = not set(numeral) <= {"I"}
        if misread:  # the numeral after the hyphen's symbol; without symbols, nothing to go by
            chars = wd.get("chars")
            if not chars or "".join(c[0] for c in chars) != text:
                continue
            end = max(0, chars[len(prefix) - 1][2] - max(0, wd["x"]))
        else:  # the numeral: the strokes after the code's last hyphen, a bar across the ink's middle
            bars = [r for r in _runs(middle & (prof < s.bar)) if r[1] - r[0] >= 0.2 * text_h]
            if not bars:
                continue
            end = bars[-1][1]
        while end < len(prof) and prof[end] < s.bar:  # the hyphen's blurred end, the paper before the numeral
            end += 1
        n = len(_strokes_only(prof[end:], middle[end:], height, s))
        if (len(numeral) < n if not misread else 1 <= n) and n <= _MAX_IS:
            wd["text"] = prefix + "I" * n


_STROKE_CHARS = set("1Il|")


def _strokes_only(prof, middle, h: int, s: StrokeSettings) -> list[tuple[int, int]]:
    """The columns of each stroke when the word's ink is upright strokes and nothing else: runs of columns dark over
    much of the ink's height, each a stroke's (dark over nearly all of it somewhere) and thin, and nothing crossing
    the middle between them (a serif, at the top or the foot, may join them); else none."""
    import numpy as np

    if not len(prof):  # no column left (a code's hyphen at the end of its box: "8790CR-")
        return []
    tall = prof >= s.bar
    runs = _runs(tall)
    near = np.convolve(tall.astype(int), np.ones(5, dtype=int))[2:2 + len(tall)] > 0  # a stroke's blurred edge is its own
    if not runs or (middle & ~near).any():
        return []
    if any(prof[a:b].max() < s.stroke or b - a > s.max_width * h for a, b in runs):
        return []
    return runs


def _ones(clean, wd: dict, s: StrokeSettings) -> int:
    """How many figures "1" the word's ink is: upright strokes alone, each with the flag of a "1" (ink on its left
    near the top and none on its right there: an "I"'s serifs stand on both sides, a sans-serif "I" or "l" has
    none), or 0."""
    found = _profile(clean, wd, s)
    if found is None:
        return 0
    top, bottom = wd.get("ink") or (wd["y"], wd["y"] + wd["h"])
    x0 = max(0, wd["x"])
    box = clean[top:bottom, x0:min(clean.shape[1], wd["x"] + wd["w"])] < s.dark
    h = box.shape[0]
    runs = _strokes_only(*found, h, s)
    if not runs:
        return 0
    side = max(2, int(s.flag_reach * h))
    flag_rows = box[:max(1, int(h * s.flag_rows))]
    if all(flag_rows[:, max(0, a - side):a].any() and not flag_rows[:, b:b + side].any() for a, b in runs):
        return len(runs)
    return 0


def fix_strokes_misread(clean, raw: list[dict], text_h: float, s: StrokeSettings = STROKES) -> None:
    """A word whose ink is figures "1" alone (:func:`_ones`), read as other letters ("Bi" for a small "11", "Mi"
    for "111": each stroke alone reads as nothing sure, and Tesseract's reading of a crop of them again came out
    otherwise on every try), is those ones. In place."""
    for wd in raw:
        text = wd["text"]
        if not text or len(text) > 4 or wd.get("key", ("",))[:1] == ("rot",) or set(text) <= set("1"):
            continue
        top, bottom = wd.get("ink") or (wd["y"], wd["y"] + wd["h"])
        if bottom - top < s.min_height * text_h:
            continue
        n = _ones(clean, wd, s)
        # a word read as strokes stays ("II", "Il": a numeral's I's, see fix_collapsed_strokes), but small L's alone
        # are no word: "11" persons of a trainings table came back "ll" (71), and the count was lost
        if n >= 2 and (not set(text) <= _STROKE_CHARS or set(text) == {"l"}):
            wd["text"] = "1" * n


# the parts of a code set with spaces (the Nomenclator's code grammar: a CAEN class, the family, a beneficiary group,
# a grade), as ``normalizers.codes`` parses them; readers know no more of codes than their shape
_CAEN = re.compile(r"^\d{4}-?$")
# a grade read as other marks of upright strokes: "!" for "II" (the two strokes blurred into a bar and a dot), "I!",
# "l|", "U", "N", "H"; a word with other letters or figures is no grade misread
_GRADE_MISREAD = re.compile(r"^[IlUNH1|!i\[\]]{1,3}$")
_GRADE_OF_IS = re.compile(r"^I{1,3}$")
# × the text height: a code's parts stand a space apart, no more (a wider gap is the next cell's)
_PART_GAP = 1.5


def fix_spaced_grades(clean, raw: list[dict], text_h: float, s: StrokeSettings = STROKES) -> None:
    """A code printed with spaces ("8810 CZ V II", cut at its spaces by
    :func:`extractors.readers.ocr_spaces.split_at_spaces`) whose grade, its last part, came back as no Roman numeral
    ("I!", "!": the two strokes of "II" read as a stroke and an exclamation mark, as an "!" alone after "ID"), or as
    I's other than its ink shows ("II" for the one stroke of "CPDH I"): when the grade's ink is upright strokes and
    nothing else, it is as many I's (I to III). The code is told by its shape,
    the family (``CZ``, ``ID``, ``CPDH``…) first, then at most one beneficiary group, a space apart each; a numeral
    read right, or a word whose ink is more than strokes, stays as read. In place."""
    from normalizers.codes import CODE_FAMILIES, CODE_GRADE, CODE_GROUPS  # the code grammar: one place for it

    lines: dict[tuple, list[dict]] = {}
    for wd in raw:
        if wd.get("key", ("",))[:1] != ("rot",):
            lines.setdefault(wd["key"], []).append(wd)
    for words in lines.values():
        words.sort(key=lambda w: w["x"])
    for key, words in lines.items():
        for i, wd in enumerate(words):
            family = wd["text"][5:] if _CAEN.match(wd["text"][:5]) else wd["text"]
            if family not in CODE_FAMILIES:
                continue
            parts = []
            for o in words[i + 1:i + 3]:
                last = parts[-1] if parts else wd
                if o["x"] - (last["x"] + last["w"]) > _PART_GAP * text_h:
                    break
                parts.append(o)
                if o["text"] not in CODE_GROUPS:
                    break
            if not parts or parts[-1]["text"] in CODE_GROUPS:
                parts.extend(_wrapped_grade(lines, key, words, i, parts, text_h))
            if not parts:
                continue
            grade = parts[-1]
            # a grade of I's is checked against its strokes too: Tesseract read the one stroke of "8899 CPDH I" as
            # "II" (confidence 50, a box 4 px wide) and the subsidy's code was another than printed
            of_is = _GRADE_OF_IS.match(grade["text"])
            if (CODE_GRADE.match(grade["text"]) and not of_is) or not _GRADE_MISREAD.match(grade["text"]):
                continue
            found = _tall_profile(clean, grade, text_h, s)
            if found is None:
                continue
            n = len(_strokes_only(*found, s))
            if 1 <= n <= _MAX_IS and "I" * n != grade["text"]:
                grade["text"] = "I" * n
                grade.pop("chars", None)  # its symbols were of the misreading


def _wrapped_grade(lines: dict[tuple, list[dict]], key: tuple, words: list[dict], i: int, parts: list[dict],
                   text_h: float) -> list[dict]:
    """The grade of a code that ends its line at its family or group (``words[i]`` and ``parts``) and was wrapped in
    its cell ("8790 CR" / "II"): the word of the next line of the same paragraph standing under the code's last part,
    when it is read as marks of strokes (:data:`_GRADE_MISREAD`; the two strokes of "II" came back "]]"); else none."""
    last = parts[-1] if parts else words[i]
    if words[-1] is not last:
        return []
    start = words[i - 1] if i and _CAEN.match(words[i - 1]["text"]) else words[i]  # the code's CAEN class, before it
    left, right = start["x"], last["x"] + last["w"] + text_h
    below = [o for o in lines.get(key[:-1] + (key[-1] + 1,), []) if left <= o["x"] and o["x"] + o["w"] <= right]
    return below[:1] if len(below) == 1 and _GRADE_MISREAD.match(below[0]["text"]) else []


# a code broken at a hyphen after its family or group ("CZ-PFA-", "8790CR-", "MC-"): what follows went to the
# cell's next line
_BROKEN_AT_HYPHEN = re.compile(r"^(?:\d{4})?((?:[A-ZĂÂÎȘȚ]+-)+)$")


@dataclass(frozen=True)
class WrappedNumeralSettings:
    # × the text height under the code's ink: where the next line's ink stands (a line's spacing is ~1.2 of it)
    gap: float = 0.15
    depth: float = 1.8
    # × the text height beyond the code's box either way: a cell's text is centred, the numeral under the code
    side: float = 0.5
    same_top: float = 0.2  # × the text height: the strokes of one numeral start and end alike
    speck: float = 0.3  # × the text height: a blob lower than this is the paper's grain or a point, no stroke
    capitals: float = 0.85  # × the height of the code's ink (its capitals): a numeral's stroke is no lower


WRAPPED = WrappedNumeralSettings()


def find_wrapped_numerals(clean, raw: list[dict], text_h: float, s: StrokeSettings = STROKES,
                          w: WrappedNumeralSettings = WRAPPED) -> None:
    """A code broken at the hyphen after its family or group ("8899 -" / "CZ-PFA-" / "I": a code wrapped over three
    lines of a narrow cell) whose numeral, alone on the next line, Tesseract did not read at all: a lone upright
    stroke is no word to its page reading, and the service's code lost its grade. Under the code, where the next
    line stands and no word was read, ink of upright strokes alone (one to three, as tall as capitals, side by side)
    is the numeral: a word of as many I's is added there, on a line of its own as the text layer has it. ``raw``:
    the page's words, their boxes fitted to their ink; in place."""
    import cv2
    import numpy as np

    from normalizers.codes import CODE_FAMILIES, CODE_GROUPS  # the code grammar: one place for it

    known = set(CODE_FAMILIES) | set(CODE_GROUPS)
    found = []
    for wd in raw:
        m = _BROKEN_AT_HYPHEN.match(wd["text"])
        if not m or wd.get("key", ("",))[:1] == ("rot",) or not all(p in known for p in m.group(1)[:-1].split("-")):
            continue
        bottom = (wd.get("ink") or (wd["y"], wd["y"] + wd["h"]))[1]
        y0, y1 = int(bottom + w.gap * text_h), int(bottom + w.depth * text_h)
        x0, x1 = int(wd["x"] - w.side * text_h), int(wd["x"] + wd["w"] + w.side * text_h)
        y0, x0, y1, x1 = max(0, y0), max(0, x0), min(clean.shape[0], y1), min(clean.shape[1], x1)
        if y1 - y0 < s.min_height * text_h or x1 <= x0:
            continue
        # the next line was read there: a word misread is another matter (fix_spaced_grades' _wrapped_grade)
        if any(o is not wd and o["x"] < x1 and o["x"] + o["w"] > x0 and o["y"] < y1 and o["y"] + o["h"] > y0
               for o in raw):
            continue
        ink = (clean[y0:y1, x0:x1] < s.dark).astype(np.uint8)
        n, _, stats, _ = cv2.connectedComponentsWithStats(ink, 8)
        # the letters' blobs; the paper's grain and specks (lower than a point) are no part of a numeral
        blobs = [stats[k] for k in range(1, n) if stats[k][cv2.CC_STAT_HEIGHT] >= w.speck * text_h]
        if not 1 <= len(blobs) <= _MAX_IS:
            continue
        tops = [b[cv2.CC_STAT_TOP] for b in blobs]
        bottoms = [b[cv2.CC_STAT_TOP] + b[cv2.CC_STAT_HEIGHT] for b in blobs]
        heights = [b[cv2.CC_STAT_HEIGHT] for b in blobs]
        # as tall as the code's capitals: the stem of an "i" or of an "l" is lower, or carries a point apart
        tall = w.capitals * (bottom - (wd.get("ink") or (wd["y"], 0))[0])
        strokes = all(hgt >= tall and b[cv2.CC_STAT_WIDTH] <= s.max_width * hgt for b, hgt in zip(blobs, heights))
        # whole within the band (a taller letter cut by its edge is no stroke), and standing side by side
        inside = min(tops) > 0 and max(bottoms) < y1 - y0
        level = max(tops) - min(tops) <= w.same_top * text_h and max(bottoms) - min(bottoms) <= w.same_top * text_h
        if not (strokes and inside and level):
            continue
        left = x0 + min(b[cv2.CC_STAT_LEFT] for b in blobs)
        right = x0 + max(b[cv2.CC_STAT_LEFT] + b[cv2.CC_STAT_WIDTH] for b in blobs)
        top, low = y0 + min(tops), y0 + max(bottoms)
        found.append({"text": "I" * len(blobs), "conf": 50.0, "x": left, "y": top, "w": right - left, "h": low - top,
                      "key": ("wrapped",) + tuple(wd.get("key", ())), "ink": (top, low)})
    raw.extend(found)
