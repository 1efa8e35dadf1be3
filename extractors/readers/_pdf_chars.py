"""Characters of a born-digital PDF page (pdfium's text page) and the words made from them.

Reading characters is the hot loop of the PDF reader: a page of a dense table holds 4,000-8,000 glyphs and each
needs its box, font size and angle from pdfium. pypdfium2's bindings declare typed pointer arguments, so every
call goes through ctypes' argument checks (~2 µs a call, five calls a glyph). Here the same pdfium functions are
called through a second handle on the *same loaded library* with only their result types declared: the text page
goes in as a plain pointer and the call costs ~0.5 µs. Same functions, same arguments, same results (checked:
identical words on the corpus, ``../shared/generated`` and camelot's test PDFs).

A character is the tuple ``(char, l, b, r, t, size, quarter)``: its loose box in pdfium page space, its font size
(:func:`glyph_size`) and its angle in quarter turns (0-3 as pdfium measures it, clockwise; -1 when pdfium gives
none). A space or a break pdfium inserted is ``(" ", 0, 0, 0, 0, 0, 0)``.
"""
from __future__ import annotations

import ctypes
import math
import struct
import unicodedata
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as R

from extractors.readers._pdf_layout import Word

SPACES = {" ", "\u00a0", "\t", "\r", "\n", "\u2002", "\u2003", "\u2009", "\u200b", "\u3000"}
# Symbol-font bullets arrive as private-use code points
CHAR_MAP = {
    "\ufffe": "-",  # pdfium's mark for a hyphen at line end
    "\x02": "-",
    "\uf0b7": "•", "\uf0a7": "▪", "\uf0d8": "➢", "\uf0fc": "✓", "\uf076": "❖", "\uf0a8": "•",
    "\uf02d": "-", "\uf0e8": "➢", "\uf0d2": "•", "\uf06c": "•", "\uf06e": "▪", "\uf0b2": "•",
    "\ufb01": "fi", "\ufb02": "fl",
}
_BREAK = (" ", 0, 0, 0, 0, 0, 0)
_RECTF = struct.Struct("=4f")  # pdfium's FS_RECTF: left, top, right, bottom


# ------------------------------------------------------------------------------------------ pdfium calls


class _TextCalls:
    """pdfium's per-character text functions. ``handle(raw)`` is the text page as the functions take it."""

    def __init__(self) -> None:
        lib = None
        try:  # the library pypdfium2 loaded, reached through a second ctypes handle on it (no second copy)
            from pypdfium2_raw import bindings

            lib = ctypes.CDLL(bindings._libs["pdfium"]._name, handle=bindings._libs["pdfium"]._handle)
        except Exception:  # another packaging of pypdfium2: its own (checked) bindings, slower, same results
            pass
        if lib is None:
            self.handle = lambda raw: raw
            self.is_generated, self.map_error = R.FPDFText_IsGenerated, R.FPDFText_HasUnicodeMapError
            self.loose_box, self.font_size = R.FPDFText_GetLooseCharBox, R.FPDFText_GetFontSize
            self.angle = R.FPDFText_GetCharAngle
            self.text_object = lambda tp, i: ctypes.cast(R.FPDFText_GetTextObject(tp, i), ctypes.c_void_p).value
            self.origin = R.FPDFText_GetCharOrigin
            return

        def fn(name: str, restype):
            f = getattr(lib, name)
            f.restype = restype  # arguments unchecked: (text page pointer, int index[, FS_RECTF pointer])
            return f

        self.handle = lambda raw: ctypes.c_void_p(ctypes.cast(raw, ctypes.c_void_p).value)
        self.is_generated = fn("FPDFText_IsGenerated", ctypes.c_int)
        self.map_error = fn("FPDFText_HasUnicodeMapError", ctypes.c_int)
        self.loose_box = fn("FPDFText_GetLooseCharBox", ctypes.c_int)
        self.font_size = fn("FPDFText_GetFontSize", ctypes.c_double)
        self.angle = fn("FPDFText_GetCharAngle", ctypes.c_float)
        self.text_object = fn("FPDFText_GetTextObject", ctypes.c_void_p)
        self.origin = fn("FPDFText_GetCharOrigin", ctypes.c_int)


_CALLS: _TextCalls | None = None


def _calls() -> _TextCalls:
    global _CALLS
    if _CALLS is None:
        _CALLS = _TextCalls()
    return _CALLS


def quarter_of(angle: float) -> int:
    """pdfium's character angle (radians, clockwise; negative: none) in quarter turns 0-3, or -1."""
    if angle < 0:
        return -1
    return int(round(math.degrees(angle) / 90.0)) % 4


# ------------------------------------------------------------------------------------------ geometry


class Frame:
    """Maps pdfium page space (y up) to upright top-down points for a rotation of 0/90/180/270."""

    def __init__(self, box: tuple[float, float, float, float], rot: int):
        self.X0, self.Y0, X1, Y1 = box
        self.W, self.H = X1 - self.X0, Y1 - self.Y0
        self.rot = rot
        self.width, self.height = (self.H, self.W) if rot in (90, 270) else (self.W, self.H)

    def pt(self, x: float, y: float) -> tuple[float, float]:
        u, w = x - self.X0, y - self.Y0
        r = self.rot
        if r == 0:
            return u, self.H - w
        if r == 90:
            return w, u
        if r == 180:
            return self.W - u, w
        return self.H - w, self.W - u

    def box(self, l: float, b: float, r: float, t: float) -> tuple[float, float, float, float]:
        if self.rot == 0:  # upright pages, nearly all: pt() inlined (same arithmetic)
            xa, xb = l - self.X0, r - self.X0
            ya, yb = self.H - (b - self.Y0), self.H - (t - self.Y0)
        else:
            xa, ya = self.pt(l, b)
            xb, yb = self.pt(r, t)
        # min()/max() spelt out (they pick the first of equals the same way)
        return (xb if xb < xa else xa, yb if yb < ya else ya, xb if xb > xa else xa, yb if yb > ya else ya)


# ------------------------------------------------------------------------------------------ characters


@dataclass(frozen=True)
class GlyphSettings:
    # a loose glyph box (the font's ascent to descent) is about this many ems tall
    box_em: float = 1.15
    # the reported size is believed while it is within this factor of the size the glyph box gives; text
    # set with a 1 pt font scaled up by its text matrix reports 1.0 for glyphs 9-14 pt tall
    size_factor: float = 2.0


GLYPHS = GlyphSettings()


@dataclass(frozen=True)
class LooseBoxSettings:
    """A font whose descriptor gives no ascent and descent (LibreOffice writes ``/Ascent 0 /Descent 0``) leaves
    pdfium's "loose" box the glyph's own ink: a comma a sliver under the baseline, a digit standing on it. Such
    boxes have no common middle, and a line's comma or quote mark falls out of its word ("109 6%"). A box of
    an upright glyph shorter than ``tight`` ems is checked against its baseline (pdfium's origin of the glyph)
    and widened to reach ``descent`` ems under it and ``ascent`` ems over it, as a loose box does."""

    tight: float = 0.9  # em: a loose box is taller (reportlab's DejaVu 1.0, Helvetica 0.93)
    # em: a box reaching this far under and over the baseline is loose already (LibreOffice's capitals,
    # 0.18 / 0.73)
    loose_descent: float = 0.15
    loose_ascent: float = 0.7
    descent: float = 0.2
    ascent: float = 0.8


LOOSE_BOX = LooseBoxSettings()


def glyph_size(reported: float, box_height: float, s: GlyphSettings = GLYPHS) -> float:
    """The font size of a glyph: the reported one, unless its box says otherwise (then the box's)."""
    if box_height <= 0:
        return reported
    from_box = box_height / s.box_em
    if reported <= 0 or not (from_box / s.size_factor <= reported <= from_box * s.size_factor):
        return from_box
    return reported


# codes pdfium leaves out of a page's text unless the glyph is a hyphen it recognised (its IsControlChar)
_CONTROL = {0x2, 0x3, 0x93, 0x94, 0x96, 0x97, 0x98, 0xFFFE}


def _text_by_character(raw, n: int) -> list[str]:
    """Each character's own text, for a page whose text does not line up with its characters (pdfium drops a
    control code from the text, and every later character would take the box of the one after it): "" for a
    character the text leaves out, so the characters kept are the text's, each with its own box."""
    out = []
    for i in range(n):
        u = R.FPDFText_GetUnicode(raw, i)
        if u == 0 or (u in _CONTROL and R.FPDFText_IsHyphen(raw, i) != 1):
            out.append("")
        elif u > 0x10FFFF or 0xD800 <= u <= 0xDFFF:
            out.append("\ufffd")  # not a character (a lone surrogate could not even be written out)
        else:
            out.append(chr(u))
    return out


def read_chars(textpage: pdfium.PdfTextPage) -> tuple[list[tuple], int]:
    """The page's characters (see the module's docstring), plus the count of glyphs pdfium could not map to
    unicode (for the text layer's judgement)."""
    n = R.FPDFText_CountChars(textpage.raw)
    chars: list[tuple] = []
    if n <= 0:
        return chars, 0
    buf = ctypes.create_string_buffer((n + 1) * 2)
    written = R.FPDFText_GetText(textpage.raw, 0, n, ctypes.cast(buf, ctypes.POINTER(ctypes.c_ushort)))
    text = buf.raw[: n * 2].decode("utf-16-le", errors="replace")
    # Every character gave one code unit (none left out, none outside the BMP): text[i] is character i's own
    # unicode, and the characters pdfium inserts (spaces, line breaks) then read as spaces here, so they need not
    # be asked about one by one (pdfium never reports an inserted character as unmapped).
    aligned = written == n + 1 and len(text) == n
    ask_generated = not aligned
    if not aligned:
        text = _text_by_character(textpage.raw, n)
    api = _calls()
    tp = api.handle(textpage.raw)
    rect = R.FS_RECTF()
    rect_ref = ctypes.byref(rect)
    is_gen, map_error, loose_box, font_size, angle_of, object_of, origin_of = (
        api.is_generated, api.map_error, api.loose_box, api.font_size, api.angle, api.text_object, api.origin)
    ox, oy = ctypes.c_double(), ctypes.c_double()
    origin_refs = (ctypes.byref(ox), ctypes.byref(oy))
    lb = LOOSE_BOX
    tight = lb.tight
    spaces, char_map, append = SPACES, CHAR_MAP, chars.append
    mapped = any(k in text for k in char_map)  # a character CHAR_MAP replaces is on the page (few pages)
    # A glyph's font size is its text object's, and its angle comes from the matrix pdfium gives every glyph of a
    # text object: both are asked once per run of glyphs from one object (same values, checked on 1.3 million
    # glyphs). glyph_size() is remembered per (reported size, box height): a font gives the same loose height, so
    # the last pair is tried first. The box is read from the rectangle's memory in one call (FS_RECTF holds left,
    # top, right, bottom as C floats; the same values as its fields give).
    unpack_box = _RECTF.unpack_from
    obj = None
    reported = 0.0
    q = 0
    sizes: dict[tuple[float, float], float] = {}
    last_reported = last_height = size = None
    unmapped = 0
    for i in range(n):
        if ask_generated and is_gen(tp, i) == 1:
            append(_BREAK)  # a break hint
            continue
        if map_error(tp, i) == 1:
            unmapped += 1
        ch = text[i]
        if not ch:
            continue  # a control code pdfium leaves out of the page's text (see _text_by_character)
        if ch in spaces:
            append(_BREAK)
            continue
        loose_box(tp, i, rect_ref)
        o = object_of(tp, i)
        if o is None or o != obj:
            obj = o
            reported = font_size(tp, i)
            q = quarter_of(angle_of(tp, i))
        l, t, r, b = unpack_box(rect)
        if q == 0 and t - b < tight * reported and origin_of(tp, i, *origin_refs):
            # the glyph's ink, not a loose box (:class:`LooseBoxSettings`): reach from the baseline as one does
            base = oy.value
            if b > base - lb.loose_descent * reported or t < base + lb.loose_ascent * reported:
                b, t = min(b, base - lb.descent * reported), max(t, base + lb.ascent * reported)
        # the glyph's height runs along x for text turned a quarter
        height = (r - l) if q == 1 or q == 3 else (t - b)
        if height != last_height or reported != last_reported:
            key = (reported, height)
            size = sizes.get(key)
            if size is None:
                size = sizes[key] = glyph_size(reported, height)
            last_reported, last_height = reported, height
        prev = chars[-1] if chars else _BREAK
        if l == prev[1] and r == prev[3] and t == prev[4] and prev is not _BREAK and prev[0] != ch:
            # a ligature's letters: one glyph ("ﬁ") whose ToUnicode entry names two characters, which pdfium
            # gives as two characters with the glyph's box (word processors' fonts): one character of the text
            chars[-1] = (prev[0] + (char_map.get(ch, ch) if mapped else ch),) + prev[1:]
            continue
        append((char_map.get(ch, ch) if mapped else ch, l, b, r, t, size, q))
    return chars, unmapped


def dominant_rotation(chars: list[tuple]) -> int:
    """0/90/180/270 from the characters' angles."""
    votes = [0, 0, 0, 0]
    for c in chars:
        q = c[6]
        if q >= 0 and c[0] != " ":
            votes[q] += 1
    k = max(range(4), key=lambda i: votes[i])
    if votes[k] == 0 or votes[k] < 0.6 * sum(votes):
        return 0
    # pdfium measures the angle clockwise: text running bottom-to-top (+y) reports 270 degrees and is made
    # upright by turning the page a quarter clockwise (frame rotation 90)
    return {0: 0, 1: 270, 2: 180, 3: 90}[k]


def sideways(quarter: int, frame: Frame) -> bool:
    """A character set at a quarter turn from the page's text (a header written up a narrow column)."""
    if quarter < 0:
        return False
    return (quarter - {0: 0, 270: 1, 180: 2, 90: 3}[frame.rot]) % 2 == 1


# ------------------------------------------------------------------------------------------ words

_RTL: dict[str, bool] = {}


def _rtl(ch: str) -> bool:
    got = _RTL.get(ch)
    if got is None:
        got = _RTL[ch] = unicodedata.bidirectional(ch) in ("R", "AL")
    return got


def rtl_word(last: str, ch: str) -> bool:
    """``ch`` goes on with a right-to-left word ending in ``last``: both of a right-to-left script (Arabic,
    Hebrew), or ``ch`` a mark set on such a letter (``ch`` may be a ligature's letters: its first decides)."""
    ch = ch[:1]
    return _rtl(last) and (_rtl(ch) or unicodedata.category(ch) == "Mn")


def chars_to_words(chars: list[tuple], frame: Frame) -> list[Word]:
    """Words from the characters in their order: a character goes on with the word before it when it stands right
    after it on the same line; a sideways character (:func:`sideways`) when it stands right above or below it
    in the same column, spaces included (a vertical header is one word, read in the order it was written).

    The loop runs once per glyph, so ``min``/``max`` are spelt out as comparisons (the same values) and the
    upright page's coordinates are computed inline (as :meth:`Frame.box` does)."""
    words: list[Word] = []
    append = words.append
    side_of = {q: sideways(q, frame) for q in (-1, 0, 1, 2, 3)}
    upright = frame.rot == 0
    X0, Y0, H = frame.X0, frame.Y0, frame.H
    box = frame.box
    # the word being built: text, x0, top, x1, bottom, size of its first glyph, sideways
    text = ""
    wx0 = wtop = wx1 = wbot = wsize = wfirst = 0.0
    wside = False
    have = False  # a word is being built
    space = False  # a space since the last character
    # of a word along the line, the middle of its box's height and half its height (at least 1 pt): kept with its
    # box rather than worked out again for every glyph
    wmid = wlh = 0.0

    for ch, l, b, r, t, size, q in chars:
        if ch == " ":
            if not (have and wside):
                if have and text.strip():
                    append(Word(text.strip(), wx0, wtop, wx1, wbot, wsize, first=wfirst))
                have = False
            space = True
            continue
        if upright:
            xa, xb = l - X0, r - X0
            ya, yb = H - (b - Y0), H - (t - Y0)
            x0, top, x1, bottom = (xb if xb < xa else xa, yb if yb < ya else ya, xb if xb > xa else xa,
                                   yb if yb > ya else ya)
        else:
            x0, top, x1, bottom = box(l, b, r, t)
        if bottom - top <= 0:
            bottom = top + (size if size >= 1.0 else 1.0)
        side = side_of[q]
        if have and side and wside:
            size1 = size if size >= 1.0 else 1.0
            same_column = abs((x0 + x1) / 2 - (wx0 + wx1) / 2) < 0.3 * size1
            gap = max(top - wbot, wtop - bottom)
            if same_column and gap <= (0.8 if space else 0.2) * max(size, wsize, 1.0):
                text += (" " if space else "") + ch
                wx0, wtop, wx1, wbot = min(wx0, x0), min(wtop, top), max(wx1, x1), max(wbot, bottom)
                space = False
                continue
        elif have and not side and not wside and not space:
            d = (top + bottom) / 2 - wmid
            same_line = -wlh < d < wlh  # abs(d) < wlh, NaN included
            gap = x0 - wx1
            m = wsize if wsize > size else size  # max(size, wsize, 1), spelt out in its order
            if same_line and -0.5 * (size if size >= 1 else 1) <= gap <= 0.2 * (1 if 1 > m else m):
                text += ch
                if x1 > wx1:
                    wx1 = x1
                if top < wtop or bottom > wbot:
                    if top < wtop:
                        wtop = top
                    if bottom > wbot:
                        wbot = bottom
                    h = wbot - wtop
                    wmid, wlh = (wtop + wbot) / 2, 0.5 * (h if h >= 1.0 else 1.0)
                continue
            # right-to-left script: pdfium gives the letters in reading order, each left of the one before
            if (same_line and rtl_word(text[-1], ch)
                    and -0.5 * (size if size >= 1 else 1) <= wx0 - x1 <= 0.2 * max(size, wsize, 1)):
                text += ch
                wx0, wtop, wbot = min(wx0, x0), min(wtop, top), max(wbot, bottom)
                h = wbot - wtop
                wmid, wlh = (wtop + wbot) / 2, 0.5 * (h if h >= 1.0 else 1.0)
                continue
        if have and text.strip():
            append(Word(text.strip(), wx0, wtop, wx1, wbot, wsize, first=wfirst))
        space = False
        text, wx0, wtop, wx1, wbot, wsize, wside, have = ch, x0, top, x1, bottom, size, side, True
        wfirst = 0.0 if side else x1 - x0
        h = bottom - top
        wmid, wlh = (top + bottom) / 2, 0.5 * (h if h >= 1.0 else 1.0)
    if have and text.strip():
        append(Word(text.strip(), wx0, wtop, wx1, wbot, wsize, first=wfirst))
    return join_letter_spaced(join_currency_signs(words))


CURRENCY_SIGNS = frozenset("$€£¥")
# a currency sign printed apart from its figure (set flush left in a column of right-aligned figures) belongs to
# it while the gap between them is at most this many ems
CURRENCY_GAP_EM = 2.5


def join_currency_signs(words: list[Word]) -> list[Word]:
    """A word that is a currency sign alone, followed on its line by a figure: one word, "$ 71.15" (the sign is the
    figure's unit; apart, it would stand as a cell or a column of its own)."""
    if not any(w.text in CURRENCY_SIGNS for w in words):
        return words
    out: list[Word] = []
    i = 0
    while i < len(words):
        w = words[i]
        nxt = words[i + 1] if i + 1 < len(words) else None
        if (nxt is not None and w.text in CURRENCY_SIGNS and nxt.text[:1].isdigit()
                and 0 <= nxt.x0 - w.x1 <= CURRENCY_GAP_EM * max(w.size, 1.0)
                and abs(nxt.cy - w.cy) < 0.5 * max(min(w.bottom - w.top, nxt.bottom - nxt.top), 1.0)):
            out.append(Word(f"{w.text} {nxt.text}", w.x0, min(w.top, nxt.top), nxt.x1, max(w.bottom, nxt.bottom),
                            w.size, first=w.first))
            i += 2
            continue
        out.append(w)
        i += 1
    return out


@dataclass(frozen=True)
class LetterSpacing:
    """Letter-spaced type ("V i n s  a u  V e r r e", a title set with extra room between its letters): pdfium
    gives every letter as a word of its own when the letters are drawn one by one."""

    # em: the letters of a letter-spaced word stand less far apart than a word space (a text font's space is 0.25 em
    # or more, so letters typed with spaces between them, "H O T Ă R Â R E", stay as they were typed)
    max_gap: float = 0.22
    tolerance: float = 0.03  # em: the gaps between the letters of letter-spaced type are equal within this
    min_letters: int = 3  # pieces in a row that show a line is letter-spaced (then two pieces in a row are a word)
    max_piece: int = 2  # characters: a piece is a letter, or two a font's kerning brought closer ("Vi", "re")


LETTER_SPACING = LetterSpacing()


def _letter_chains(words: list[Word], s: LetterSpacing) -> list[tuple[int, int, float]]:
    """Runs of consecutive pieces of at most ``max_piece`` letters, one after the other on one line, less than
    ``max_gap`` apart, their gaps equal: (first index, end index, mean gap)."""
    out = []
    i, n = 0, len(words)
    while i < n:
        w = words[i]
        j = i
        gaps: list[float] = []
        if len(w.text) <= s.max_piece and w.text.isalpha():
            while j + 1 < n:
                a, b = words[j], words[j + 1]
                size = max(a.size, b.size, 1.0)
                gap = b.x0 - a.x1
                if not (len(b.text) <= s.max_piece and b.text.isalpha() and 0 <= gap < s.max_gap * size
                        and abs(b.cy - a.cy) < 0.3 * max(a.bottom - a.top, 1.0)
                        and (not gaps or max(gaps + [gap]) - min(gaps + [gap]) <= s.tolerance * size)):
                    break
                gaps.append(gap)
                j += 1
        if gaps:
            out.append((i, j + 1, sum(gaps) / len(gaps)))
        i = j + 1
    return out


def join_letter_spaced(words: list[Word], s: LetterSpacing = LETTER_SPACING) -> list[Word]:
    """Pieces of letter-spaced type joined into their words: a run of ``min_letters`` pieces or more, equally
    spaced, less than a word space apart, marks its line as letter-spaced; there, two pieces in a row as far apart
    as those are a word too ("a u"). The wider gaps between them are the words' spaces ("Vins au Verre")."""
    chains = _letter_chains(words, s)
    if not any(j - i >= s.min_letters for i, j, _ in chains):
        return words
    # the lines (by their middle) holding a long chain, and its gap
    marks = [(words[i].cy, words[i].bottom - words[i].top, g, words[i].size) for i, j, g in chains
             if j - i >= s.min_letters]
    out: list[Word] = []
    k = 0
    for i, j, g in chains:
        w0 = words[i]
        if j - i < s.min_letters and not any(abs(w0.cy - cy) < 0.3 * max(h, 1.0)
                                             and abs(g - mg) <= s.tolerance * max(size, 1.0)
                                             for cy, h, mg, size in marks):
            continue
        out.extend(words[k:i])
        part = words[i:j]
        out.append(Word("".join(w.text for w in part), w0.x0, min(w.top for w in part), part[-1].x1,
                        max(w.bottom for w in part), w0.size, first=w0.first))
        k = j
    out.extend(words[k:])
    return out
