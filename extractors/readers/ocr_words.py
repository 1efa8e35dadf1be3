"""The clean-up of the words Tesseract read on a page (pixel boxes, text, confidence, line key): inventions over
blank paper dropped, boxes taller than their line cut to it, and the misreadings of shapes that look alike where a
table's structure depends on them — a flat mark read as a letter (a dash), "3;" for the row number "3.", a code's
Roman numeral in lower-case letters, the figure 0 read as the letter O, a round bullet read as "+", the "@" of an
e-mail address read as a letter, a letter with a mark under it read twice, a thousands' point read as a comma, the
capital of a name's second part read small ("Bumbești-jiu"); a word whose brackets do not pair is distrusted
(:func:`extractors.readers.ocr.ocr_image` runs them in turn; see docs/scans.md, step 7)."""
from __future__ import annotations

import re
import statistics

LOW_CONF = 50  # a word below this confidence sends its cell to be read again
# a cell's one word of at most this many characters read under SURE_CONF sends it to be read again too: without a
# line's context Tesseract guesses a short word ("de", confidence 52, for the row number "1." alone in its block of a
# borderless table: the row lost its number, and the category above it went to a name's last line)
SHORT_GUESS = 2
SURE_CONF = 90
PHANTOM_INK = 0.03  # share of dark pixels in the box of a low-confidence word under which it is an invention
TALL_BOX = 1.4  # × the median height of its line's words: a taller word box is cut to the line's band


def _short_guess(words: list[dict]) -> bool:
    """Whether a cell's words are one short word read without assurance (see :data:`SHORT_GUESS`)."""
    return len(words) == 1 and len(words[0]["text"]) <= SHORT_GUESS and words[0]["conf"] < SURE_CONF


def _text_height(raw: list[dict]) -> float:
    """Typical height (pixels) of a word's box on the page: of the well-read words of 3+ characters."""
    hs = [wd["h"] for wd in raw if wd["conf"] >= 80 and len(wd["text"]) >= 3]
    return float(statistics.median(hs)) if hs else 25.0


def _fix_flat_marks(raw: list[dict]) -> None:
    """A word whose box is far flatter than any letter (a dash, often in an otherwise empty cell) but that
    was read as letters ("Ă", "I", "|", or "Aaa": as many letters as the box holds no room for) is a dash."""
    text_h = _text_height(raw)
    for wd in raw:
        if (wd["h"] <= 0.3 * text_h and wd["w"] >= 1.5 * wd["h"] and wd["w"] <= 3 * text_h
                and any(ch.isalnum() or ch in "|:;=_~" for ch in wd["text"])):
            wd["text"] = "-"


_OPENS, _CLOSES = "([{", ")]}"


def _distrust_odd_brackets(raw: list[dict]) -> None:
    """A word whose brackets open with one kind and close with another ("[9)" for a lone "0" in its cell, read with
    confidence 80) is a misreading whatever Tesseract's confidence says: its confidence is put under
    :data:`LOW_CONF`, so that its cell is read again (:func:`extractors.readers.ocr.refine_cells`) and the new reading
    weighed against it (by its letters and figures alone: "0" is a whole reading of "[9)"). A bracket left open or
    closed alone ("1)", "(nr.") is an enumerator or a wrapped aside."""
    for wd in raw:
        text = wd["text"]
        opens = [_OPENS.index(ch) for ch in text if ch in _OPENS]
        closes = [_CLOSES.index(ch) for ch in text if ch in _CLOSES]
        if opens and closes and opens[0] != closes[-1]:
            wd["conf"] = min(wd["conf"], LOW_CONF - 1)
            wd["distrusted"] = True


def _drop_phantoms(clean, raw: list[dict]) -> list[dict]:
    """Without the words read with low confidence over blank paper: Tesseract reading one text line made of two
    (a borderless table's two-line cell beside one-line cells) invents words where there is no ink. Ink within the
    box of a word read with more confidence is that word's, not this one's: the page read a row number "1." as "i"
    (confidence 12) over its flag and "Și" over the rest, the cell read again gave "1." in place of "Și", and "i",
    its box mostly left of the cell's, stayed beside it (the same strokes read twice: a word 13 pt tall in the row's
    first cell, which cut the table's header into rows of their own)."""
    out = []
    for wd in raw:
        if wd["conf"] < LOW_CONF:
            x0, y0 = max(0, wd["x"]), max(0, wd["y"])
            x1, y1 = wd["x"] + wd["w"], wd["y"] + wd["h"]
            ink = clean[y0:y1, x0:x1] < 128
            for o in raw:
                if o is wd or o["conf"] <= wd["conf"]:
                    continue
                ox0, oy0 = max(x0, o["x"]), max(y0, o["y"])
                ox1, oy1 = min(x1, o["x"] + o["w"]), min(y1, o["y"] + o["h"])
                if ox0 < ox1 and oy0 < oy1:
                    ink[oy0 - y0:oy1 - y0, ox0 - x0:ox1 - x0] = False
            if ink.size and ink.mean() < PHANTOM_INK:
                continue
        out.append(wd)
    return out


_ENUMERATOR_MISREAD = re.compile(r"^(\d{1,3})[:;,]$")
# "1." whose digit was read as the letter l (they differ by a serif): "l" with any point, "L" with ":;," (an "L." is
# an initial as often as a misread); or as a bracket or a bar, a stroke with a flag ("].", "],", "|." of the families'
# scans: no word is a closing bracket and a point)
_ONE_MISREAD = re.compile(r"^(?:[l\]|][.:;,]|L[:;,])$")


# a code of capitals joined by hyphens ending in a Roman numeral ("CZ-C-VI", "8899CZ-D-II", "8899-CZ-VD-II"), the
# numeral read with letters or figures of its strokes' shape: lower-case ("CZ-C-vI", "CZ-F-Il"), "1" or "|" for I
# ("CZ-C-1V"), "U" for two I's run together by the scan's blur ("CR-PFA-U"); also when a bracket or a point closes
# it in a sentence ("(cod 8810 CZ-V-Il),")
_ROMAN_MISREAD = re.compile(r"^(\d*-?[A-ZĂÂÎȘȚ]+(?:-[A-ZĂÂÎȘȚ]+)*-)([IVXivxl1|U]+)([),.;:]*)$")
_ROMAN_STROKES = str.maketrans({"l": "I", "i": "I", "1": "I", "|": "I", "v": "V", "x": "X", "U": "II"})
# the grades of the nomenclator's codes: I to XII
_ROMAN = re.compile(r"^X?(?:IX|IV|V?I{0,3})$")
_ROMAN_JOIN_GAP = 0.5  # × the word's height: a numeral's stroke this close after a code is the code's (a blur's gap)


def _fix_roman_case(raw: list[dict]) -> None:
    """The Roman numeral closing a code of capitals read with other letters or figures of its shape ("vI", "Il",
    "l": the letters l and I differ by a serif, v and V by their size; "1V"; "U" for "II") is the capitals: a
    nomenclator code whose grade reads "vI" is no code, and its service's code came out cut ("8891 CZ-C"). The
    figures and "U" are taken for strokes only after a code of two groups of capitals or more ("CR-PFA-U", not
    "ONG-U"), and only when the whole reads as a grade (I to XII). A stroke or two standing a hair after the code
    ("8899-CZ-VD-l" then "I") is its end, joined to it."""
    _join_roman_strokes(raw)
    for wd in raw:
        wd["text"] = _undoubled_groups(wd["text"])
        fixed = _roman_fixed(wd["text"])
        if fixed:
            wd["text"] = fixed


def _undoubled_groups(text: str) -> str:
    """``text`` with the letter a code's beneficiary group holds twice, as its capital and its small letter right
    after ("CZ-Vv-Il" for "CZ-V-II", plan_commune 1003 ruled scan: the code came out "CZ-V-V"), once: a code is
    capitals, and "Vv" is no group of the nomenclator where "V" is (the code grammar, ``normalizers.codes``); else
    ``text`` as it is."""
    from normalizers.codes import CODE_FAMILIES, CODE_GROUPS

    head, sep, rest = text.partition("-")
    if not sep or head.lstrip("0123456789") not in CODE_FAMILIES:
        return text
    parts = rest.split("-")
    for i, part in enumerate(parts[:-1]):  # the groups; the last part is the grade
        fixed = "".join(ch for k, ch in enumerate(part) if not (k and ch.islower() and ch.upper() == part[k - 1]))
        if fixed != part and fixed in CODE_GROUPS:
            parts[i] = fixed
    return head + sep + "-".join(parts)


def _roman_fixed(text: str) -> str | None:
    """``text`` with its code's numeral in capitals (see :func:`_fix_roman_case`), None when it is no such misread."""
    m = _ROMAN_MISREAD.match(text)
    if not m:
        return None
    code, numeral, closing = m.groups()
    if not set(numeral) - set("IVX"):
        return None  # read right
    if set(numeral) & set("1|U") and len(re.findall(r"[A-ZĂÂÎȘȚ]+", code)) < 2:
        return None
    grade = numeral.translate(_ROMAN_STROKES)
    return code + grade + closing if grade and _ROMAN.match(grade) else None


# a point read between a code's capitals and the hyphen after them ("8790CR-VD.-III", "CZ-VD.-IIl": the bowl of a
# "D" before a hyphen, in DejaVu Sans): a code has no point there, and the one read cut the code at it ("CR-VD")
_POINT_IN_CODE = re.compile(r"(?<=[A-ZĂÂÎȘȚ])\.(?=-)")
POINT_HEIGHT = 0.35  # × the word's ink height: a point's blob is no taller (a letter's is the whole height)
POINT_DROP = 0.2  # × the word's ink height: a point's blob ends this close to the baseline (a hyphen's is higher)


def _drop_inkless_points(clean, raw: list[dict], dark: int = 128) -> None:
    """A point read before a hyphen in a code of capitals (:data:`_POINT_IN_CODE`) is dropped when the ink shows no
    point there: no blob a point's size on the baseline between the symbol before it and the hyphen's (Tesseract's
    symbol boxes, ``chars``). The word then reads as a code (its numeral fixed by :func:`_fix_roman_case`). A point
    the paper shows stays. In place."""
    import cv2
    import numpy as np

    for wd in raw:
        text, chars = wd["text"], wd.get("chars")
        if not _POINT_IN_CODE.search(text) or not chars or "".join(c[0] for c in chars) != text:
            continue
        if not _ROMAN_MISREAD.match(_POINT_IN_CODE.sub("", text)):
            continue
        top, left = max(0, wd["y"]), max(0, wd["x"])
        ink = (clean[top:wd["y"] + wd["h"], left:wd["x"] + wd["w"]] < dark).astype(np.uint8)
        rows = np.flatnonzero(ink.any(axis=1))
        if len(rows) < 4:
            continue
        height, base = rows[-1] - rows[0] + 1, rows[-1]
        n, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
        points = [(x + w / 2 + left) for x, y, w, h, _ in (stats[i] for i in range(1, n))
                  if h <= POINT_HEIGHT * height and w <= POINT_HEIGHT * height
                  and y + h - 1 >= base - POINT_DROP * height]
        keep = []
        for k, (sym, a, b) in enumerate(chars):
            if sym == "." and 0 < k < len(chars) - 1 and chars[k + 1][0] == "-" and chars[k - 1][0].isupper():
                lo, hi = chars[k - 1][1], chars[k + 1][2]
                if not any(lo <= cx <= hi for cx in points):
                    continue  # no point on the paper there
            keep.append((sym, a, b))
        if len(keep) < len(chars):
            chars[:] = keep
            wd["text"] = "".join(c[0] for c in keep)


def _join_roman_strokes(raw: list[dict]) -> None:
    """A word of numeral strokes alone ("I", "l") right after a code on its line is the end of its numeral."""
    gone: set[int] = set()
    for i, wd in enumerate(raw):
        m = _ROMAN_MISREAD.match(wd["text"])
        if i in gone or not m or m.group(3):  # a code closed by a bracket or a point has ended
            continue
        right = wd["x"] + wd["w"]
        for j, o in enumerate(raw):
            if j == i or j in gone or o["key"] != wd["key"] or not o["text"] or set(o["text"]) - set("Il1|"):
                continue
            if 0 <= o["x"] - right <= _ROMAN_JOIN_GAP * wd["h"]:
                joined = wd["text"] + o["text"]
                grade = joined.rsplit("-", 1)[1]
                if _roman_fixed(joined) or _ROMAN.match(grade):
                    wd["text"] = joined
                    wd["w"] = o["x"] + o["w"] - wd["x"]
                    gone.add(j)
                    break
    if gone:
        raw[:] = [wd for k, wd in enumerate(raw) if k not in gone]


# a figure with the letter O among its digits ("1O0", "O,5"), the zero of the same shape misread
_O_IN_FIGURE = re.compile(r"^(?=.*\d)[\dOo][\dOo.,]*$")
# the units a figure is printed with in the plans' tables; "O" before one is the figure 0 ("0 RON", "0 lei")
_UNIT = re.compile(r"^(?:RON|lei|LEI|Lei|EUR|euro|mii|%)[.,;]?$")
# "0 RON" read as one word: Tesseract joins a lone character to the next word when the space is narrow
_O_GLUED_TO_UNIT = re.compile(r"^[Oo]((?:RON|LEI|lei|Lei|EUR)[.,;]?)$")


def _fix_zeros(raw: list[dict]) -> None:
    """The figure 0 read as the letter O, its twin in most typefaces: among digits ("1O0"), alone before a unit
    ("O RON"), or glued to it ("ORON"; split in two words again, the box shared by their letters). A table row
    whose "0 RON" came out "O RON" was no row of figures any more, and the table was cut there."""
    added: list[dict] = []
    for wd in raw:
        text = wd["text"]
        if _O_IN_FIGURE.match(text) and any(ch in "Oo" for ch in text):
            wd["text"] = text.replace("O", "0").replace("o", "0")
        elif text in ("O", "o"):
            nxt = [o for o in raw if o is not wd and o["key"] == wd["key"] and o["x"] >= wd["x"] + wd["w"]]
            if nxt and _UNIT.match(min(nxt, key=lambda o: o["x"])["text"]):
                wd["text"] = "0"
        else:
            m = _O_GLUED_TO_UNIT.match(text)
            if m:
                cut = wd["w"] // len(text)  # the box shared by the letters
                unit = dict(wd, text=m.group(1), x=wd["x"] + cut + max(1, cut // 3), w=wd["w"] - cut - max(1, cut // 3))
                wd["text"], wd["w"] = "0", cut
                added.append(unit)
    raw.extend(added)


# an amount with its thousands' points and its decimal comma ("5.237.270,00") whose group mark is read as a comma:
# a comma before three figures and another mark, never a decimal comma (there is one, last)
_GROUP_MARK_MISREAD = re.compile(r"^(\d{1,3})((?:[.,]\d{3})+)(,\d{2})$")


def _fix_group_marks(raw: list[dict]) -> None:
    """A thousands' point read as a comma in an amount that ends with its decimal comma ("5,237.270,00" for
    "5.237.270,00", the "." blurred into a comma's tail): a point again. The amount read as 5.237 lei, and the
    approved external funds of a budget execution table were lost. Figures without a decimal comma ("1,500" may be
    one and a half) are left as read."""
    for wd in raw:
        m = _GROUP_MARK_MISREAD.match(wd["text"])
        if m and "," in m.group(2):
            wd["text"] = m.group(1) + m.group(2).replace(",", ".") + m.group(3)
            if wd.get("chars") and len(wd["chars"]) == len(wd["text"]):
                wd["chars"] = [(ch,) + tuple(c[1:]) for ch, c in zip(wd["text"], wd["chars"])]


# a round bullet's blot read as a mark of its shape; none of them opens a line of text (a point no word stands before
# is no sentence's end: a cell read again as one line gave "." for the bullet of "• anchete sociale – 1.395;")
_BULLET_MISREADS = ("+", "*", ".", "·")
# marks of the baseline a bullet's blot is also read as ("„", confidence 7, before "Serviciul de îngrijire …", and the
# item was no subsidy): a bullet only when the blot stands well above its line's baseline, where a real low quotation
# mark does not (BULLET_ABOVE_BASE × the text height, the blot's middle over the line's words' bottoms)
_LOW_BULLET_MISREADS = ("„",)
BULLET_ABOVE_BASE = 0.15


def _fix_bullets(raw: list[dict]) -> None:
    """A round bullet opening a line, read as "+" or "*" (its small round blot, no taller than a small letter): it
    is a bullet, "•" — an item "+ Școala Gimnazială nr. 4 – acord de parteneriat;" was read as a paragraph, not an
    item of the list of partnerships, and its agreement's kind was lost; one read "*" was joined to the item above."""
    text_h = _text_height(raw)
    for wd in raw:
        low = wd["text"] in _LOW_BULLET_MISREADS
        if not (low or wd["text"] in _BULLET_MISREADS) or wd["h"] > 0.6 * text_h:
            continue
        top, bottom = wd["y"], wd["y"] + wd["h"]
        same_line = [o for o in raw if o is not wd and min(bottom, o["y"] + o["h"]) - max(top, o["y"]) > 0]
        if low and same_line and (top + bottom) / 2 > statistics.median(o["y"] + o["h"] for o in same_line) \
                - BULLET_ABOVE_BASE * text_h:
            continue  # on the baseline: a quotation mark
        if same_line and not any(o["x"] + o["w"] <= wd["x"] for o in same_line) \
                and any(ch.isalpha() for o in same_line for ch in o["text"]):
            wd["text"] = "•"
            # on its line's baseline, as a text layer's bullet (read from a crop of its own it had a line of its own,
            # its ink's box, and the item was cut from it)
            wd["key"] = min(same_line, key=lambda o: o["x"])["key"]


def _fix_enumerators(raw: list[dict]) -> None:
    """A number opening its line and ending in ":", ";" or "," ("3;", "2:") is an enumerator "3." misread: the
    point of a small "3." is Tesseract's commonest confusion, and a row number that is not one makes the table's
    repair take the row for the previous row's continuation; so is "l." or "L;" (:data:`_ONE_MISREAD`). Only the
    first word of its line (nothing left of it in the same band), so "ora 2:" in running text stays."""
    for wd in raw:
        m = _ENUMERATOR_MISREAD.match(wd["text"])
        number = m.group(1) if m else "1" if _ONE_MISREAD.match(wd["text"]) else None
        if number is None:
            continue
        top, bottom = wd["y"], wd["y"] + wd["h"]
        if not any(o is not wd and o["x"] + o["w"] <= wd["x"] and min(bottom, o["y"] + o["h"]) - max(top, o["y"])
                   > 0.5 * min(wd["h"], o["h"]) for o in raw):
            wd["text"] = number + "."


def _fit_tall_boxes(raw: list[dict]) -> None:
    """A word's box much taller than the other words of its line (a letter read with a speck or the line below)
    is cut to the line's band: a box reaching into the next line would join the two lines (a table row and the
    second line of its wrapped cell became one line of text)."""
    lines: dict[tuple, list[dict]] = {}
    for wd in raw:
        lines.setdefault(wd["key"], []).append(wd)
    for ws in lines.values():
        # the line's band from its words of letters or figures: a dash's or a point's flat box is no measure of it
        # (a borderless row of empty cells, a dash each, cut its one figure to a dash's height)
        tall = [wd for wd in ws if any(ch.isalnum() for ch in wd["text"])]
        if len(tall) < 2:
            continue
        top = statistics.median(wd["y"] for wd in tall)
        h = statistics.median(wd["h"] for wd in tall)
        for wd in ws:
            if wd["h"] > TALL_BOX * h:
                wd["y"], wd["h"] = int(top), int(h)


# an e-mail address whose "@" was read as a letter of its shape: "contactQremetea.ro", "contactOremetea.ro",
# "office(Ddgaspc-neamt.ro", "x©yahoo.com"; the name in small letters, figures and . _ -, the domain in small letters
# with a dot and its last part (the country or the kind) of letters alone
_AT_MISREAD = re.compile(r"^([a-z0-9][a-z0-9._-]*[a-z0-9])(?:Q|O|\(D|\(a\)|©|®)([a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,})$")


def _fix_at_signs(raw: list[dict]) -> None:
    """The "@" of an e-mail address read as "Q", "O", "(D" or "©" is an "@" again (:data:`_AT_MISREAD`): the address
    comes out as printed, and the word's type size is measured with the "@"'s depth under the baseline (read as a
    capital Q without it, a provider's contact line came out 1.16 times the size of its table and cut the table)."""
    for wd in raw:
        m = _AT_MISREAD.match(wd["text"])
        if m:
            wd["text"] = f"{m.group(1)}@{m.group(2)}"


# the letters with a mark under them, comma (the contract's) and cedilla; Romanian doubles none of them
_MARKED_BELOW = {"ș": "ș", "ş": "ș", "ț": "ț", "ţ": "ț", "Ș": "Ș", "Ş": "Ș", "Ț": "Ț", "Ţ": "Ț"}


def _fix_doubled_marks(raw: list[dict]) -> None:
    """A letter with a mark under it read twice, once with the comma and once with the cedilla ("Subvențţie" for
    "Subvenție", "subvenţționare"): one letter, with the comma. The header "Subvențţie anuală (lei)" matched no
    subsidy column, and the table's amounts were lost. Its symbols' boxes are joined too (the word's text and
    symbols agree again: :func:`extractors.readers.ocr_spaces.split_at_spaces` and the first glyph need that)."""
    for wd in raw:
        text = wd["text"]
        if not any(a in _MARKED_BELOW and _MARKED_BELOW.get(b) == _MARKED_BELOW[a] for a, b in zip(text, text[1:])):
            continue
        chars = wd.get("chars")
        keep_chars = chars is not None and "".join(c[0] for c in chars) == text
        out: list[str] = []
        merged: list[tuple[str, int, int]] = []
        for k, ch in enumerate(text):
            if out and ch in _MARKED_BELOW and _MARKED_BELOW.get(out[-1]) == _MARKED_BELOW[ch]:
                out[-1] = _MARKED_BELOW[ch]
                if keep_chars:
                    merged[-1] = (out[-1], merged[-1][1], max(merged[-1][2], chars[k][2]))
                continue
            out.append(ch)
            if keep_chars:
                merged.append(chars[k])
        wd["text"] = "".join(out)
        if keep_chars:
            wd["chars"] = merged


# small letters shaped as their capitals, only lower (or, "j", with a point over it where "J" has none)
_CASE_ALIKE = {"c": "C", "j": "J", "o": "O", "s": "S", "ș": "Ș", "u": "U", "v": "V", "w": "W", "x": "X", "z": "Z"}
# a service code whose family, glued to its CAEN class, was read in small letters of its capitals' shape ("8899cz-P",
# a code wrapped in its cell: "8899CZ-P" / "N-III"): the family's letters are capitals when their ink is as tall as the
# class's figures' (the code was no code, and its service lost it)
_CODE_FAMILY_SMALL = re.compile(r"^\d{4}([" + "".join(_CASE_ALIKE) + r"]+)-")
CAP_REACH = 0.15  # × the first capital's ink height: a letter whose ink starts this close under its top is as tall


def _fix_capitals_after_hyphen(clean, raw: list[dict], dark: int = 128) -> None:
    """The capital opening the second part of a name ("Bumbești-Jiu", "Baia-Sprie") read as its small letter
    ("Bumbești-jiu": the town's county was not found, and the document lost it): after a hyphen, in a word that
    opens with a capital (or a code's family after its CAEN class, :data:`_CODE_FAMILY_SMALL`), a small letter shaped as its capital (:data:`_CASE_ALIKE`) is that capital when its ink is
    as tall as the word's first capital and unbroken down to the baseline (a "j"'s point stands apart, an "o" is
    lower). The columns of a letter run from the right edge of the symbol before it to its own (Tesseract's right
    edges stop where a letter's ink does). In place."""
    import numpy as np

    for wd in raw:
        text, chars = wd["text"], wd.get("chars")
        family = _CODE_FAMILY_SMALL.match(text)
        if "-" not in text[1:-1] or not (text[:1].isupper() or family) or not chars \
                or "".join(c[0] for c in chars) != text:
            continue
        top = max(0, wd["y"])
        ink = clean[top:wd["y"] + wd["h"]] < dark

        def rows(a: int, b: int):
            return np.flatnonzero(ink[:, max(0, a):max(0, b)].any(axis=1))

        cap = rows(wd["x"], chars[0][2])
        if len(cap) < 4:
            continue
        reach = CAP_REACH * (cap[-1] - cap[0])

        def tall(k: int) -> bool:  # the ink of chars[k] (from the symbol before it) as tall as the first symbol's
            mine = rows(chars[k - 1][2], chars[k][2])
            mine = mine[mine <= cap[-1]]  # down to the baseline (a "j"'s tail goes under it)
            return bool(len(mine)) and mine[0] <= cap[0] + reach and len(mine) == mine[-1] - mine[0] + 1

        out = list(text)
        # a code's family after its CAEN class ("8899cz-P"): all its letters as tall as the class's figures, or none
        turned = range(4, family.end(1)) if family else range(0)
        if family and all(tall(k) for k in turned):
            for k in turned:
                out[k] = _CASE_ALIKE[chars[k][0]]
                chars[k] = (out[k],) + tuple(chars[k][1:])
        for k in range(1, len(chars) - 1):
            if chars[k][0] != "-" or chars[k + 1][0] not in _CASE_ALIKE:
                continue
            if tall(k + 1):
                out[k + 1] = _CASE_ALIKE[chars[k + 1][0]]
                chars[k + 1] = (out[k + 1],) + tuple(chars[k + 1][1:])
        wd["text"] = "".join(out)
