"""Page geometry shared by the born-digital PDF reader and the OCR reader.

Both readers reduce a page to a :class:`PageContent`: words with boxes (top-down PDF points, page upright)
and ruling-line edges. From there the same steps run for both:

1. words -> physical lines (:func:`group_lines`), numbered 1.. within the page (the ``line`` provenance);
2. ruled tables from the edges, with pdfplumber's own table geometry (``merge_edges``,
   ``edges_to_intersections``, ``intersections_to_cells``, ``cells_to_tables``) fed with our edges, smallest
   grids first (:mod:`extractors.readers._pdf_ruled`); a grid of column rules only is left to step 4; row names left of a grid become its first
   column (:mod:`extractors.readers._pdf_labels`); then prose set in two columns (or beside a table) is
   regrouped into lines per column, read left column first; tables in areas the caller names
   (:mod:`extractors.readers._pdf_areas`);
3. (document level) running headers/footers and page numbers found across pages and dropped;
4. unruled tables from the whitespace among the remaining lines (:mod:`extractors.readers._pdf_stream`);
5. remaining lines -> paragraphs (wrapped lines re-joined) -> Heading / ListItem / Paragraph
   (:mod:`extractors.readers._pdf_paragraphs`; two-column prose first regrouped by
   :mod:`extractors.readers._pdf_columns`).
"""
from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass, field
from operator import attrgetter
from typing import TYPE_CHECKING, NamedTuple

from normalizers.numbers import WHOLE_FIGURE
from normalizers.text import clean_text

from extractors.model import Block, Paragraph, Table
from extractors.readers._pdf_settings import STREAM, StreamSettings

if TYPE_CHECKING:  # it builds on this module
    from extractors.readers._pdf_vocabulary import Vocabulary

# ------------------------------------------------------------------------------------------ data


@dataclass
class Word:
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float = 10.0
    line: int = 0  # 1-based physical line number within the page, set by group_lines
    dropped: bool = False
    # the width of its first glyph's box along the line (0: not known, an OCR'd word or a vertical one): whether the
    # end of the line above had room for it (a word broken for lack of room, :mod:`._pdf_breaks`)
    first: float = 0.0

    @property
    def cx(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def cy(self) -> float:
        return (self.top + self.bottom) / 2


@dataclass
class Line:
    words: list[Word]
    x0: float = 0.0
    top: float = 0.0
    x1: float = 0.0
    bottom: float = 0.0
    no: int = 0
    # reading order: lines of a two-column band are read left column first (:func:`split_text_columns`);
    # ``stream`` is 0 outside such a band, else an id per column; ``order`` the band's top and the side
    stream: int = 0
    order: tuple[float, int] | None = None
    # the font size, worked out at its first use (read many times per line by the layout steps)
    _size: float | None = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        ws = self.words
        self.words = sorted(ws, key=attrgetter("x0"))
        self._size = None
        # min()/max() of each coordinate in one pass (the same values: a strict comparison keeps the first of
        # equals, as min() and max() do); lines are built by the ten thousand per document
        w = ws[0]
        x0, x1, top, bottom = w.x0, w.x1, w.top, w.bottom
        for w in ws:
            if w.x0 < x0:
                x0 = w.x0
            if w.x1 > x1:
                x1 = w.x1
            if w.top < top:
                top = w.top
            if w.bottom > bottom:
                bottom = w.bottom
        self.x0, self.x1, self.top, self.bottom = x0, x1, top, bottom

    @property
    def text(self) -> str:
        return " ".join([w.text for w in self.words])

    @property
    def height(self) -> float:
        return self.bottom - self.top

    @property
    def size(self) -> float:
        """The line's font size: the median of its words' sizes, words of punctuation alone left out (dot leaders
        set in a tiny font would otherwise make a line of a dense table 1 pt tall). Kept until :meth:`refresh`."""
        if self._size is None:
            sized = [w.size for w in self.words if _ALNUM.search(w.text)]
            self._size = statistics.median(sized or [w.size for w in self.words])
        return self._size


class CellFill(NamedTuple):
    """How much of a ruled cell its text fills, for telling a cell the page break cut (its last line full, the
    next page's cell its rest) from two cells: room left after its last line, width of its first word, font size
    of its last line."""

    room: float
    first_word: float
    size: float


class GridEnds(NamedTuple):
    """A ruled table's first and last rows' :class:`CellFill` per cell (None for an empty cell), in the order of
    the rows' cells: what the page-break row join reads."""

    first: tuple[CellFill | None, ...]
    last: tuple[CellFill | None, ...]


class RuledTable(NamedTuple):
    """A table found on a page before its text is read (ruled, or in an area the caller named): its top, the table,
    the indices of the page's words it holds, its ruled rows' ends (None for a table in a named area)."""

    top: float
    table: Table
    used: set[int]
    ends: GridEnds | None


@dataclass(frozen=True)
class TextEnd:
    """The last line of a text block, for joining text a page break or a column break cut: whether it reaches the
    right edge (``full``, within 2.5 em), its font size, the room left after it, and the width of the block's
    first word (would it have fitted at the end of the block before?)."""

    full: bool
    size: float
    room: float
    first_word: float


@dataclass(frozen=True)
class StreamLayout:
    """A ruleless table's geometry: its columns' x-ranges (passed on when the table ends its page), whether it goes
    on with the previous page's table, whether it is only a header left at the foot of a page, and per column how
    its last row's cell ends (``last_row``: a :class:`CellFill` measured to the column's right edge when the cell
    may go on, its last line full and its sentence not ended; None when it cannot, or is empty) and its header's first line.
    """

    cols: tuple[tuple[float, float], ...]
    carried: bool = False
    header_only: bool = False
    last_row: tuple[CellFill | None, ...] = ()
    header: str = ""  # the text of the header's first line (a repeat of it on the next page starts a new table)
    size: float = 0.0  # the table's type size (0: not known)
    # a header left alone at the foot of a page with its first group's label under it (the label is its last row):
    # a table, when the next page's rows do not go on under it (they start under the header again)
    labelled: bool = False
    # per column, the x-ranges of its one-column cells' lines (:func:`._pdf_breaks.column_extents`): a part going on
    # from this one on the next page measures its columns' text slots with them
    extents: tuple[tuple[tuple[float, float], ...], ...] = ()


@dataclass
class Placed:
    """A block of a page as the layout produced it, with the geometry the reader's page-break joins read (kept
    here, beside the block, so that the document model holds only what the document says)."""

    block: Block
    text: TextEnd | None = None  # text blocks
    grid: GridEnds | None = None  # ruled tables
    stream: StreamLayout | None = None  # ruleless tables


@dataclass
class PageContent:
    number: int  # 1-based
    width: float
    height: float
    words: list[Word]
    edges: list[dict]
    ocr: bool = False
    failed: str | None = None  # reason when the page could not be read
    warnings: list[str] = field(default_factory=list)
    # pictures of print on a page with a text layer, to be read by OCR (:mod:`extractors.readers.pdf_pictures`)
    pictures_to_read: list[tuple[float, float, float, float]] = field(default_factory=list)
    # filled by analyse_page
    lines: list[Line] = field(default_factory=list)
    tables: list[RuledTable] = field(default_factory=list)


_ALNUM = re.compile(r"[^\W_]")  # a letter or digit: what str.isalnum() says of a character (re's \w is it, or "_")


def make_edge(x0: float, top: float, x1: float, bottom: float, orientation: str) -> dict:
    """An edge dict as pdfplumber's table functions expect it."""
    return {
        "x0": x0,
        "x1": x1,
        "top": top,
        "bottom": bottom,
        "width": x1 - x0,
        "height": bottom - top,
        "doctop": top,
        "orientation": orientation,
        "object_type": "line",
    }


# ------------------------------------------------------------------------------------------ text helpers

_HYPHENS = "-\u00ad\u2010\u2011"


# "CR-" + "D-VII", "CZ-C-" + "III", "85312000-" + "9" (CPV)
_CODE_TAIL = re.compile(r"(?:^|[\s(/])[A-Z0-9]{1,8}(?:-[A-Z0-9]{1,8})*-$")
# a name of two capitalised parts broken at its hyphen ("Popești-" + "Leordeni", "Bumbești-" + "Jiu")
_NAME_TAIL = re.compile(r"(?:^|[\s(„\"])[A-ZĂÂÎȘŞȚŢ][a-zăâîșşțţ]+-$")
_HTML_REMNANT = re.compile(r"</?(?:p|br|b|i|u|span|strong|em|div|font)\b[^<>]*>", re.I)


def join_lines(parts: list[str], glue: list[bool] | None = None) -> str:
    """Join wrapped lines with one space. Without space: a line ending in a hyphen followed by a lowercase
    start (hyphenation), a code broken after its hyphen ("8790 CR-" + "D-VII") or a name of two capitalised
    parts broken at its hyphen ("Popești-" + "Leordeni"); and where ``glue[i]`` says line i+1 continues a word
    broken for lack of room (a cell narrower than the word)."""
    out = ""
    for i, p in enumerate(parts):
        p = p.strip()
        if not p:
            continue
        if not out:
            out = p
        elif glue is not None and i > 0 and glue[i - 1]:
            out += p
        elif out[-1] in _HYPHENS and (p[0].islower() or (_CODE_TAIL.search(out) and p[0].isalnum())
                                      or _NAME_TAIL.search(out) and p[0].isupper() and p[1:2].islower()):
            out = (out[:-1] + "-" if out[-1] != "\u00ad" else out[:-1]) + p
        else:
            out += " " + p
    return clean_text(_HTML_REMNANT.sub(" ", out))


_BULLET_START = re.compile(r"^\s*([•·▪◦●➢►✓]|\d{1,3}[.)]\s|[a-z]\)\s|[-–]\s)")


# ------------------------------------------------------------------------------------------ lines


def _line_key(w: Word) -> tuple[float, float]:
    return ((w.top + w.bottom) / 2, w.x0)  # (w.cy, w.x0), the property inlined


def group_lines(words: list[Word]) -> list[Line]:
    """Cluster words into physical lines (by vertical overlap), top to bottom, words left to right.

    Called for every page and every table cell, so ``min``/``max`` are spelt out (the same values)."""
    if not words:
        return []
    ws = sorted(words, key=_line_key)
    lines: list[list[Word]] = []
    cur: list[Word] = []
    ctop = cbot = 0.0
    for w in ws:
        top, bottom = w.top, w.bottom
        if cur:
            hc, hw = cbot - ctop, bottom - top
            h = (hw if hw < hc else hc) or 1.0
            overlap = (bottom if bottom < cbot else cbot) - (top if top > ctop else ctop)
            if overlap >= 0.5 * h:
                cur.append(w)
                if top < ctop:
                    ctop = top
                if bottom > cbot:
                    cbot = bottom
                continue
            lines.append(cur)
        cur = [w]
        ctop, cbot = top, bottom
    if cur:
        lines.append(cur)
    out = [Line(ws) for ws in lines]
    out.sort(key=attrgetter("top", "x0"))
    return out


# ------------------------------------------------------------------------------------------ cell text

# function words: a line starting with one wrapped between words, not in a word broken for lack of room (English
# ones too, "18 years" / "and over"; not "or", "at", "an": the ends of Romanian words, "Îngrijit" / "or")
_SHORT_WORDS = {"de", "și", "şi", "la", "în", "cu", "pe", "din", "pentru", "a", "al", "ale", "sau", "care", "nr",
                "nr.", "prin", "privind", "ai", "lei", "mii", "o", "un", "una", "fără", "spre", "după", "între",
                "and", "of", "the", "for", "per", "with", "from", "by"}


@dataclass(frozen=True)
class CellTextSettings:
    """When a ruled cell's line goes on the word that ended the line above (a word wider than the cell, split where
    the line was full)."""

    # pt: the two pieces together wider than the cell's inner width by more than this would not have fitted on one
    # line (the cell's padding is measured from where its lines start, the right one may differ)
    fit: float = 0.5
    # the room left after the first piece is less than this share of the type size: the line had no room for the
    # second piece's first letter (a cell's right padding is not known, only its left one: a word processor may set
    # a wider margin on the right, so a letter's width is no sure measure: "Contribuții" / "persoane", 4 pt left and
    # a "p" of 4.4 pt, are two words)
    room_share: float = 0.45
    # but when one piece is a stub of this many letters or fewer, not a short word ("Capacitat" / "e", 3.5 pt left
    # before an "e" of 4.6 pt; "be" / "neficiari", 0.1 pt wider than the cell), a word seldom ends or starts so: less
    # room than the second piece's first glyph (plus ``glyph_margin`` pt) is enough, and the pieces need only be
    # wider than the cell by ``stub_fit`` (glyph boxes are measured to a few hundredths of a point)
    stub: int = 2
    glyph_margin: float = 0.1
    stub_fit: float = 0.05


CELL_TEXT = CellTextSettings()
_TRAILING = re.compile(r"^[.,;:%)\]”»@]")  # what goes on a word, never starts one: "4.415.600" / ",00"
# a figure's piece ending at one of its separators ("2.422." / "600,00": a narrow cell breaks a figure there)
_FIGURE_CUT = re.compile(r"\d[.,]$")


# a figure whole (digits grouped by threes, a decimal part); its pieces up to a group separator ("2.776."); the rest
# of its groups ("800", "300,00"); a piece starting with a zero before another digit, which no figure does ("00,00");
# a figure grouped by threes with one decimal ("1.211,9")
_UP_TO_GROUP = re.compile(r"^\d{1,3}(?:[.,]\d{3})*[.,]$")
_GROUPS = re.compile(r"^\d{3}(?:[.,]\d{3})*(?:[.,]\d{1,2})?$")
_LEADING_ZERO = re.compile(r"^0\d")
_ONE_DECIMAL = re.compile(r"^\d{1,3}(?:[.,]\d{3})+[.,]\d$")


def figure_goes_on(ta: str, tb: str) -> bool:
    """A figure's pieces that are one figure whatever the column's width (a slot measured wider than the column,
    over an empty neighbour's header): no figure ends on its group separator ("2.776." / "800") nor starts with a
    zero before another digit ("598.0" / "00"), and the two together are one figure grouped by threes; nor stands a
    digit alone after a figure grouped by threes with one decimal ("1.211,9" / "0": its second decimal)."""
    if _UP_TO_GROUP.match(ta) and _GROUPS.match(tb):
        return True
    if _ONE_DECIMAL.match(ta) and tb.isdigit() and len(tb) == 1:
        return True
    return bool(_LEADING_ZERO.match(tb)) and re.search(r"[.,]", ta) is not None and ta[-1:].isdigit() \
        and WHOLE_FIGURE.match(ta + tb) is not None


def cell_text(words: list[Word], box: tuple | None = None, lines: list[Line] | None = None,
              s: CellTextSettings = CELL_TEXT, vocab: Vocabulary | None = None) -> str:
    """Text of one cell: its lines joined. A word broken over two lines because it is wider than the cell
    ("clădire/spa" + "țiu") is glued back: the two parts together would not fit in the cell's width, and the line
    had no room left for the second part's first letter (:class:`CellTextSettings`). A line starting with what no word starts with (",00"
    after "4.415.600") goes on the word before it.
    ``lines``: the words' :func:`group_lines`, when the caller has them already. ``vocab``: the document's words,
    which overrule the geometry where they tell (a narrow column wraps between words with as little room left as
    a word broken for lack of room leaves: "Centre" / "rezide" / "nțiale"; :meth:`Vocabulary.joins`)."""
    if not words:
        return ""
    if lines is None:
        lines = group_lines(words)
    glue = []
    if box is not None and len(lines) > 1:
        # the cell's padding, from where its lines start; lines set right or centred (starting at different
        # x) say nothing of it
        starts = [ln.x0 for ln in lines]
        pad = max(0.0, min(starts) - box[0]) if max(starts) - min(starts) < 1.0 else 0.0
        inner = (box[2] - box[0]) - 2 * pad
    for a, b in zip(lines, lines[1:]):
        wa, wb = a.words[-1], b.words[0]
        g = False
        if box is not None:
            joined = (wa.x1 - wa.x0) + (wb.x1 - wb.x0)
            room = box[2] - pad - wa.x1
            limit, fit = s.room_share * max(wa.size, 1.0), s.fit
            if min(len(wa.text), len(wb.text)) <= s.stub and not (len(wa.text) > 1 and wa.text.lower() in _SHORT_WORDS):
                fit = s.stub_fit
                if wb.first > 0:
                    limit = max(limit, wb.first + s.glyph_margin)
            g = joined > inner + fit and room < limit
        if g and wb.text.lower() in _SHORT_WORDS:
            g = False
        if wa.text[-1:].isalnum() and _TRAILING.match(wb.text):
            glue.append(True)
            continue
        if box is not None and _FIGURE_CUT.search(wa.text) and wb.text[:1].isdigit() and joined > inner + s.fit:
            glue.append(True)  # the two pieces of a figure would not have fitted on one line
            continue
        if figure_goes_on(wa.text, wb.text):
            glue.append(True)  # pieces no figure is alone: "1.211,9" / "0", "2.776." / "800"
            continue
        # the second part goes on in the first one's case: 'spa' + 'țiu', '12' + '500', 'TOTA' + 'L'
        g = (g and wa.text[-1:].isalnum() and wb.text[:1].isalnum()
             and (wb.text[:1].islower() or wa.text[-1:].isdigit() and wb.text[:1].isdigit()
                  or wa.text.isupper() and wb.text.isupper()))
        # (the document's words tell for a piece in capitals after capitals too: "TOT" / "AL", a short word's
        # letters, is "TOTAL" when the document writes "TOTAL" and no "TOT")
        if vocab is not None and box is not None and (wb.text[:1].islower() or wa.text.isupper() and wb.text.isupper()):
            i = len(glue)
            heads = [wa.text] + ([lines[i - 1].words[-1].text + wa.text] if i > 0 and len(a.words) == 1 else [])
            tails = [wb.text] + ([wb.text + lines[i + 2].words[0].text]
                                 if i + 2 < len(lines) and len(b.words) == 1 else [])
            said = vocab.joins(heads, tails)
            if said is None and g and len(wa.text) > 1 and wa.text.lower() in _SHORT_WORDS \
                    and not vocab.writes(wa.text + wb.text):
                # a line ending on one of the language's short words wraps between two words ("prin" / "terapie"),
                # unless the document writes the joined form ("prin" / "cipală": "principală")
                said = False
            if said is None and not g and wb.first > 0 and wa.text[-1:].isalpha() and wb.text[:1].islower() \
                    and wb.text.lower() not in _SHORT_WORDS and wa.text.lower() not in _SHORT_WORDS:
                # the document knows neither piece nor their joined form: a line short of the cell by less than
                # the next line's first glyph had no room for it ("rezide" / "nțiale": 5.0 pt left, "n" 5.6 pt)
                said = joined > inner + fit and room < wb.first + s.glyph_margin
            g = g if said is None else said
        glue.append(g)
    return join_lines([ln.text for ln in lines], glue)


# ------------------------------------------------------------------------------------------ page analysis


def analyse_page(pc: PageContent, vocab: Vocabulary | None = None) -> None:
    """Number the lines and find ruled tables (step 1-2). ``vocab``: the document's words (for the cells' text)."""
    from extractors.readers._pdf_ruled import (  # it builds on this module
        build_ruled_table,
        drop_empty_columns_rows,
        find_ruled_tables,
        grid_area,
        split_stacked_tables,
    )

    lines = group_lines(pc.words)
    for i, ln in enumerate(lines, 1):
        ln.no = i
        for w in ln.words:
            w.line = i
    pc.lines = lines
    tables = []
    grids = [part for found in find_ruled_tables(pc.edges) for part in split_stacked_tables(found)]
    # the smallest grids first: a table drawn inside a cell of another keeps its words (the outer cell holds the
    # rest of its text), rather than the outer grid taking them all and the inner one being left empty
    grids.sort(key=grid_area)
    for cells in grids:
        built = build_ruled_table(cells, pc.words, pc.number, vocab)
        if built is None:
            continue
        table, used, ends = built
        table = drop_empty_columns_rows(table)
        if table.n_cols < 2 or not any(c.text for r in table.rows for c in r.cells):
            # a framed box or a one-column grid: read its text as ordinary lines
            continue
        from extractors.readers._pdf_labels import take_row_labels  # it builds on this module

        labels = take_row_labels(table, pc.words)
        if labels:  # a first column of labels, none of whose cells a page break cuts
            used |= labels
            ends = GridEnds((None, *ends.first) if table.rows[0].cells[0].col == 0 else ends.first,
                            (None, *ends.last) if table.rows[-1].cells[0].col == 0 else ends.last)
        for i in used:
            pc.words[i].dropped = True
        tables.append(RuledTable(table.bbox[1], table, used, ends))
    pc.tables = tables
    from extractors.readers._pdf_columns import split_text_columns  # it builds on this module

    split_text_columns(pc)


# ------------------------------------------------------------------------------------------ page furniture


_PAGE_NO = re.compile(
    r"^\s*(?:pag(?:ina|\.)?\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?\s*(?:(?:din|/|of)\s*\d{1,4})?\s*$", re.I
)


def _norm_key(text: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", " ", text.strip().lower()))


def _cells_apart(ln: Line, s: StreamSettings) -> bool:
    """The line's words stand in two groups or more, further apart than ``cell_gap`` (cells of a table row)."""
    ws = sorted(ln.words, key=lambda w: w.x0)
    return any(b.x0 - a.x1 > s.cell_gap * ln.size for a, b in zip(ws, ws[1:]))


def _at_edge(p: PageContent, ln: Line, top: bool, drop: set[int]) -> bool:
    """Every line of the page beyond ``ln`` (above it for a header, ``top``; under it for a footer) is in
    ``drop`` (a running line or a page number) or holds only words dropped already."""
    for o in p.lines:
        beyond = o.bottom <= ln.top if top else o.top >= ln.bottom
        if beyond and id(o) not in drop and any(not w.dropped for w in o.words):
            return False
    return True


def drop_running_lines(pages: list[PageContent], warnings: list[str], s: StreamSettings = STREAM) -> list[Paragraph]:
    """Running headers/footers (same text in the top/bottom band of many pages, digits ignored) and bare
    page numbers in the bands are dropped from the page's text, with a count in the document's warnings.
    Returns them as paragraphs, in page order: the document's furniture layer (``Document.furniture``).

    A running header is the first text of its page, a footer the last (other running lines and page numbers
    aside): a line with the page's body above it (a header) or under it (a footer) is body, a page number too
    ("350/2005" under a line ending "Legii nr." at the top of a page is the law's number). A table's header
    printed at the foot of two pages, the table's total under it on one, is not a footer seen twice; nor is a
    table's header line of cells printed at the top of pages and in their body too (over each part of a table
    printed a row at a time)."""
    good = [p for p in pages if not p.failed]
    if not good:
        return []
    band = s.running_band
    cands: list[tuple[PageContent, Line, str]] = []
    for p in good:
        for ln in p.lines:
            live = [w for w in ln.words if not w.dropped]
            if not live or len(live) != len(ln.words):
                continue
            if ln.bottom <= p.height * band or ln.top >= p.height * (1 - band):
                # a running header runs at the top, a footer at the foot: the same text at the foot of one page
                # and the top of the next is a table's header left at the foot and repeated over its next part
                key = ("top" if ln.bottom <= p.height * band else "foot") + _norm_key(ln.text)
                cands.append((p, ln, key))
    # a line of cells set apart that is also printed below the top band or above the foot band is a table's header
    # repeated over each part of the table (one row per part), not a running line: it stays on every page
    # (only lines whose text is such a candidate's are looked at: the page bodies' other lines are not measured)
    apart = {_norm_key(c[1].text) for c in cands if _cells_apart(c[1], s)}
    if apart:
        body = {key for p in good for ln in p.lines
                if p.height * band < ln.bottom and ln.top < p.height * (1 - band)
                and (key := _norm_key(ln.text)) in apart and _cells_apart(ln, s)}
        cands = [c for c in cands if not (_norm_key(c[1].text) in body and _cells_apart(c[1], s))]
    need = max(2, int(0.5 * len(good) + 0.5)) if len(good) >= 2 else 10**9
    # the lines dropped: first every candidate, then only those with nothing but dropped lines beyond them on
    # their page, seen on enough pages, until that holds (each round drops fewer: it ends)
    drop = {id(ln) for _, ln, _ in cands}
    while True:
        counts: Counter[str] = Counter()
        edge = []
        for p, ln, key in cands:
            # (a page number too: "350/2005", a law's number wrapped onto the second line of a page, is text)
            if _at_edge(p, ln, key.startswith("top"), drop):
                edge.append((p, ln, key))
        for key in {(p.number, key) for p, _, key in edge}:
            counts[key[1]] += 1
        kept = {id(ln) for p, ln, key in edge if _PAGE_NO.match(ln.text) or counts[key] >= need and len(key) < 200}
        if kept == drop:
            break
        drop = kept
    n_hdr = n_num = 0
    furniture: list[Paragraph] = []
    for p, ln, key in cands:
        if id(ln) not in drop:
            continue
        if _PAGE_NO.match(ln.text):
            n_num += 1
        else:
            n_hdr += 1
        for w in ln.words:
            w.dropped = True
        furniture.append(Paragraph(text=ln.text.strip(), page=p.number, line=ln.no,
                                   bbox=(ln.x0, ln.top, ln.x1, ln.bottom)))
    if n_hdr:
        warnings.append(f"dropped_running_header: {n_hdr} lines")
    if n_num:
        warnings.append(f"dropped_page_number: {n_num} lines")
    return furniture
