"""Tables set from the top of their row (ruleless, :mod:`extractors.readers._pdf_stream`): a cell's lines start
at its row's top, so the lines of a row's cells do not interleave and a row's wrapped lines are told from the next
row by the gaps between lines and by what the lines hold.

Which band goes on which row (:func:`continues`, :func:`chain_ends_wide`, :func:`led_to_figure`; used by
:func:`extractors.readers._pdf_rows.rows_of`), and a header set from the top of its row read as a grid's header
rows (:func:`header_levels`, :func:`header_block`, :func:`header_alone`).
"""
from __future__ import annotations

import re

from extractors.readers._pdf_bands import (
    FIGURE,
    LEADER,
    MARKER,
    ROW_NUMBER,
    Band,
    band_runs,
    has_figures,
    hits,
    merge_bands,
    overlap,
    run_text,
)
from extractors.readers._pdf_layout import Line, Word
from extractors.readers._pdf_settings import STREAM, StreamSettings
from normalizers.numbers import GROUPED_FIGURE


def header_levels(block: list[Band], s: StreamSettings = STREAM) -> list[Band]:
    """A table's header set from the top of its row, its lines one line apart (``block``: its bands, in order), as
    the header rows a grid would have: the cells of the first row, each with all its lines (a tall cell wraps over
    as many lines as its column needs), and, under a group cell, the row of its sub-columns ("Bugetele estimate
    pe surse de finanțare" over "Buget local" / "Buget județean" / "Alte surse"). The sub-columns' lines stand
    beside the tall cells' wrapped lines, so the lines alone do not tell the two header rows apart: a group cell
    is a line's run standing over two runs or more of a later line, and from that line down the words under it
    are the sub-columns'. A sub-column may itself be a group cell ("Surse publice" over "Bugetul județean" /
    "Buget de stat"): its lines are read the same way, up to ``max_header_rows`` rows. Returns one band (no group
    cell) or more."""
    lines = sorted((ln for b in block for ln in b.lines), key=lambda ln: ln.top)
    return _levels(lines, min(b.first for b in block), block[0].cuts, s, s.max_header_rows)


def _levels(lines: list[Line], first: int, cuts: tuple[float, ...], s: StreamSettings, room: int) -> list[Band]:
    """The header rows of ``lines`` (:func:`header_levels`), at most ``room`` of them."""
    runs = [band_runs(Band([ln], 0, cuts=cuts), s) for ln in lines]
    groups: list[tuple[float, float, int]] = []  # a group cell's x-range (with its sub-columns), its first sub-line
    for i in range(1, len(lines)):
        for j in range(i):
            for a, b, _ in runs[j]:
                if any(overlap(a, b, g0, g1) > s.overlap for g0, g1, _ in groups):
                    continue
                subs = [r for r in runs[i] if overlap(a, b, r[0], r[1]) > s.overlap]
                if len(subs) >= 2:
                    groups.append(_widen(min([a] + [r[0] for r in subs]), max([b] + [r[1] for r in subs]), i,
                                         runs, s))
                elif len(subs) == 1 and i > j + 1 and not any(
                        overlap(a, b, r[0], r[1]) > s.overlap for rs in runs[j + 1:i] for r in rs):
                    # a group cell set left, narrower than its sub-columns, stands over its first one only; set apart
                    # from it by a blank line (a cell's wrapped line follows right under it), it is a group cell
                    # when the sub-columns' line goes on beside it with cells nothing in the header stands over
                    # ("Surse de finanțare" over "Bugetul local" / "Bugetul de stat")
                    # (its sub-columns no group cells of their own: a header three rows deep is read as before)
                    g = _widen(min(a, subs[0][0]), max(b, subs[0][1]), i, runs, s)
                    under = [r for r in runs[i] if overlap(g[0], g[1], r[0], r[1]) > s.overlap]
                    if len(under) >= 2 and not any(
                            sum(1 for q in rs if overlap(r[0], r[1], q[0], q[1]) > s.overlap) >= 2
                            for r in under for rs in runs[i + 1:]):
                        groups.append(g)
    # from its first sub-line down, a run of a line under the group cell is a sub-column's (its words whole: a
    # wrapped line of a sub-column may stand out past the group's first line)
    below = {id(w) for i, rs in enumerate(runs) for a, b, ws in rs
             if any(i >= k and overlap(a, b, g0, g1) > s.overlap for g0, g1, k in groups) for w in ws}
    lower = [w for ln in lines for w in ln.words if id(w) in below]
    upper = [w for ln in lines for w in ln.words if id(w) not in below]
    out = []
    if upper:
        out.append(_band_of(upper, lines, first, cuts, s))
    if lower and room - len(out) >= 2:
        # the sub-columns' lines: a group cell among them stands over sub-columns of its own
        out += _levels(_lines_of(lower, lines), first, cuts, s, room - len(out))
    elif lower:
        out.append(_band_of(lower, lines, first, cuts, s))
    return out


def _band_of(words: list[Word], lines: list[Line], first: int, cuts: tuple[float, ...], s: StreamSettings) -> Band:
    band = Band(_lines_of(words, lines), first, cuts=cuts)
    band.runs = band_runs(band, s)
    return band


def _widen(g0: float, g1: float, i: int, runs: list[list[tuple]], s: StreamSettings) -> tuple[float, float, int]:
    """A group cell's x-range widened over the next runs of its sub-columns' line ``i`` on either side that have
    nothing above them in the header (a group cell's text set left may stand over its first sub-columns only: a
    cell starting below the header's first line is a sub-column)."""
    above = [(a, b) for rs in runs[:i] for a, b, _ in rs]

    def free(r: tuple) -> bool:
        return not any(overlap(r[0], r[1], a, b) > s.overlap for a, b in above)

    for r in sorted(runs[i], key=lambda r: r[0]):
        if r[0] >= g1 - s.overlap:
            if not free(r):
                break
            g1 = r[1]
    for r in sorted(runs[i], key=lambda r: -r[1]):
        if r[1] <= g0 + s.overlap:
            if not free(r):
                break
            g0 = r[0]
    return g0, g1, i


def _lines_of(words: list[Word], lines: list[Line]) -> list[Line]:
    """``words`` (some of ``lines``' words) in their lines, as lines of their own."""
    keep = {id(w) for w in words}
    out = []
    for ln in lines:
        ws = [w for w in ln.words if id(w) in keep]
        if ws:
            out.append(Line(ws, no=ln.no, stream=ln.stream, order=ln.order))
    return out


# Which band goes on which row (a table set from the top of its row: its cells' lines do not interleave)


def led_to_figure(row: Band, line: Band) -> bool:
    """The row's text in the column of ``line`` (a one-run band) ends in a dot leader: a label led to its figure
    is finished, so ``line`` is not its wrapped end."""
    a, b = line.runs[0][0], line.runs[0][1]
    ws = [w for w in row.words if min(w.x1, b) - max(w.x0, a) > 0]
    if not ws:
        return False
    last = max(ws, key=lambda w: (w.cy, w.x0))
    return bool(LEADER.match(last.text)) or last.text.endswith(". .") or bool(re.search(r"\.\.\.+$", last.text))


def continues(row: Band, band: Band, head: bool, cols: list[tuple], s: StreamSettings) -> bool:
    """``band``, set as close under ``row`` as the lines of one cell while the table's rows are set wider apart,
    holds the wrapped lines of that row's cells (cells set from the top of their row, so that the row's lines do
    not interleave): every run of it lies under one cell of the row; it holds no figure unless the row's first
    cell is alone in its column (a figure wrapped in a narrow column). In the body it also
    leaves some of the row's cells empty (a row filling every cell of the row above is a row of its own); in the
    header (``head``: above the first row of figures) any line may wrap."""
    if len(row.runs) < 2:
        return False
    # a figure wrapped in a narrow column ("492.70" / "0,00 lei") goes on under its row only when that row's first
    # cell (its number, its name) has no line here: a dense table's rows of figures each have theirs
    first = min(row.runs, key=lambda r: r[0])
    if has_figures(band) and any(overlap(r[0], r[1], first[0], first[1]) > s.overlap for r in band.runs) \
            and not _text_goes_on(first, band, s) and not _number_goes_on(first, band, s) \
            and (head or not _figures_end_words(row, band, s)):
        return False
    if not head and len(band.runs) >= len(row.runs) and not _number_goes_on(first, band, s) \
            and not _figures_cut(row, band, s):
        # (a row number broken for lack of room, "1" / ".", or every figure of the row broken, "4.900." / "600,0":
        # every narrow cell may wrap beside it)
        return False
    # under one cell of the row, or inside one of the table's columns (a line of a cell set right, wider than the
    # row's first line of it, reaches under the cell before)
    if not all(hits(r, row.runs, s) == 1 or hits(r, cols, s) == 1 for r in band.runs):
        return False
    # two of its cells under one cell of the row: that cell spans them (a group header over its sub-columns)
    return all(hits(r, band.runs, s) <= 1 for r in row.runs)


def _text_goes_on(first: tuple, band: Band, s: StreamSettings) -> bool:
    """``band`` is one line under the row's first cell alone, and that cell holds words: the figure in it is the
    end of the cell's text ("… tel. 0239 282" / "755", an address's phone number), not a row of figures."""
    return len(band.runs) == 1 and hits(band.runs[0], [first], s) == 1 and not FIGURE.match(run_text(first)) \
        and any(ch.isalpha() for ch in run_text(first))


# a figure whole: digits grouped by threes, a decimal part of one or two digits, a unit
_UNIT = r"(?:\s*(?:lei|ron|eur|%))?"  # a figure's unit after it
_WHOLE_FIGURE = re.compile(rf"^{GROUPED_FIGURE}" + _UNIT + "$", re.I)
# the rest of a figure broken for lack of room: digits, its next groups and its decimal part ("1.309.80" / "0,00",
# "18.43" / "6.500")
_FIGURE_TAIL = re.compile(r"^\d+(?:[.,]\d{3})*(?:[.,]\d{1,2})?" + _UNIT + "$", re.I)
_FIGURE_START = re.compile(r"^\d{1,3}(?:[.,]\d{3})*[.,]$")  # a figure's first pieces, up to a separator
_OPEN_END = "/-–:(+,"  # a line ending on one of these goes on on the next


def _figures_end_words(row: Band, band: Band, s: StreamSettings) -> bool:
    """Each figure of ``band`` lies under one cell of the row and ends it: a cell of words, no figure, wrapped
    ("trim. 3" / "2026", a term beside a name's wrapped line), or a figure broken for lack of room ("185.700,0" /
    "0", "1.309.80" / "0,00": the two make one figure, grouped by threes). A row of figures stands whole under the
    row's figures. (Not under the header: a first row of figures under header words, "648765" under "NUMBER", is a
    row.)"""
    for r in band.runs:
        text = run_text(r)
        if not FIGURE.match(text) or MARKER.match(text):
            continue
        above = [q for q in row.runs if overlap(r[0], r[1], q[0], q[1]) > s.overlap]
        if len(above) != 1:
            return False
        top = run_text(above[0])
        # (a cell whose line ends on a joining sign, "63% /" over "11", "cereri …": its text goes on)
        if not (_ends_words(top) or _cut_figure(top, text)):
            return False
    return True


# a budget classification's code ("68.02.11", "68.02.05.02": groups of two digits), and its first pieces
_CLASS_CODE = re.compile(r"^\d{2}(?:\.\d{2}){2,3}$")
_CLASS_CODE_START = re.compile(r"^\d{2}(?:\.\d{2}){1,2}\.?$")


def _cut_figure(top: str, text: str) -> bool:
    """``text`` is the rest of the figure ``top`` broken for lack of room: after a digit, "440.60" / "0", or after
    the group separator, "1.666." / "300" (``top`` may hold the figure's lines so far: "4.900. 600,0" / "0")."""
    top = top.replace(" ", "")
    if not (re.search(r"[.,]", top) and (top[-1:].isdigit() or top[-1:] in ".,")):
        return False
    if _CLASS_CODE.match(top + text) or _CLASS_CODE_START.match(top + text) and not _CLASS_CODE_START.match(top):
        return True  # a budget classification's code broken in a narrow column ("68.0" / "2.11")
    if _FIGURE_TAIL.match(text) and _WHOLE_FIGURE.match(top + text):
        return True
    # a middle piece, broken again at a separator ("4.56" / "4.10" / "0,00", "960." / "900," / "00"): the figure
    # so far is the start of one grouped by threes
    return text[-1:] in ".," and text[:-1].isdigit() and bool(_FIGURE_START.match(top + text))


def _figures_cut(row: Band, band: Band, s: StreamSettings) -> bool:
    """Every figure of ``band`` is the rest of a figure of the row above broken for lack of room, one of them at
    its group separator or decimal comma ("TOTA" | "4.900." | "1.081." over "L" | "600,0" | "600,0", then
    "GENERAL" | "0" | "0": a total row in narrow columns wrapped over three lines, each filling every cell)."""
    figures = [r for r in band.runs if FIGURE.match(run_text(r)) and not MARKER.match(run_text(r))]
    if not figures:
        return False
    clearly = False
    for r in figures:
        above = [q for q in row.runs if overlap(r[0], r[1], q[0], q[1]) > s.overlap]
        if len(above) != 1:
            return False
        top = run_text(above[0]).rstrip()
        if _ends_words(top):
            continue  # a cell of words going on with its figure ("63 /" / "87,5": beneficiaries / occupancy)
        if not _cut_figure(top, run_text(r)):
            return False
        # (one of them broken at a separator: the piece above ends on it, or this one does and goes on again)
        clearly = clearly or top[-1:] in ".," or bool(re.search(r"\d[.,] \d", top)) \
            or run_text(r).rstrip()[-1:] in ".,"
    return clearly


def _ends_words(top: str) -> bool:
    """``top`` (a cell's text so far) is words, no figure, or ends on a sign its next line goes on from ("63 /")."""
    return not FIGURE.match(top) and (any(ch.isalpha() for ch in top) or top[-1:] in _OPEN_END)


def _number_goes_on(first: tuple, band: Band, s: StreamSettings) -> bool:
    """The band's text under the row's first cell ends that cell's row number, broken for lack of room ("1" /
    "0.", "1" / "."): the row's wrapped lines, its figures broken too, not a row of figures (whose number has its
    own dot)."""
    under = [r for r in band.runs if overlap(r[0], r[1], first[0], first[1]) > s.overlap]
    if len(under) != 1:
        return False
    a, b = run_text(first), run_text(under[0])
    return a.isdigit() and (b[:1].isdigit() or b in (".", ")")) and b[-1:] in ".)" and bool(ROW_NUMBER.match(a + b))


def _row_start(band: Band, row: Band, s: StreamSettings) -> float:
    """Where the row ``band`` holds starts: its top, or its second line's when its first line is one cell's words
    under one cell of ``row`` (a cell spanning two rows, set from the top, runs a line past the first row's other
    cells, beside the second row's first line: "… servicii sociale de" / "calitate" beside "2. Reabilitarea …")."""
    if len(band.lines) < 2:
        return band.top
    lines = sorted(band.lines, key=lambda ln: ln.top)
    first = lines[0]
    words = sorted(first.words, key=lambda w: w.x0)
    if len(band_runs(Band([first], 0), s)) != 1 or hits((words[0].x0, words[-1].x1, words), row.runs, s) != 1:
        return band.top
    return lines[1].top


def chain_ends_wide(out: list[Band], k: int, head: bool, cols: list[tuple], s: StreamSettings) -> bool:
    """The wrapped lines under ``out[k - 1]`` from ``out[k]`` on end at a wide gap (or the table's end): a row set
    from its top. Lines running on at line spacing into the next full row are cells centred around that row. Each
    line is weighed against the row with the lines before it (a figure ending a cell ends its text so far:
    "36" / "beneficiari" / "(65,5%)")."""
    j = k
    row = out[k - 1]
    while j + 1 < len(out):
        row = merge_bands(row, out[j], s)
        g = _row_start(out[j + 1], row, s) - out[j].bottom
        if g >= s.row_gap * out[j].size:
            return True
        if g >= s.tight_gap * out[j].size or not continues(row, out[j + 1], head, cols, s):
            return False
        j += 1
    return True


_DATED = re.compile(r"^(?:\d{1,2}[./]\d{1,2}[./])?(?:19|20)\d\d$")  # a year, or a date: "31.12.2022"


def header_line(out: list[Band], j: int, s: StreamSettings) -> bool:
    """Band ``j`` may be a line of a header: no figure, or (under the header's first line) its only figures are
    years (or dates) ending a cell of words above them, wrapped onto a line of their own ("Beneficiari" /
    "asistați în" / "2020", "beneficiari la" / "31.12.2022"), or the end of such a date broken for lack of room
    ("la 31.1" / "2.2021"). A year under a figure, or beside other figures, is a row of figures set solid."""
    band = out[j]
    if not has_figures(band):
        return True
    if j == 0:
        return False
    for r in band.runs:
        text = run_text(r)
        if not FIGURE.match(text) or MARKER.match(text):
            continue
        if not (_dated_under_words(out, j, r, s) or _inside_words(out, j, r, s)):
            return False
    return True


def _run_over(out: list[Band], i: int, r: tuple, s: StreamSettings) -> str:
    """The text of band ``i``'s one run over the x-range of ``r`` ("" if none, or several)."""
    if not 0 <= i < len(out):
        return ""
    runs = [q for q in out[i].runs if overlap(r[0], r[1], q[0], q[1]) > s.overlap]
    return run_text(runs[0]) if len(runs) == 1 else ""


def _inside_words(out: list[Band], j: int, r: tuple, s: StreamSettings) -> bool:
    """The figure ``r`` of band ``j`` is a line of a cell of text wrapped in a narrow column: the lines just above
    and just below it in that column, one line apart, are text, no figure ("Standard minim de cost" / "HG" /
    "426/20" / "20" / "(lei/be" / "neficiar/an)": the "20" ending the year of a decree, a header's word)."""
    def tight(a: int, b: int) -> bool:
        return out[b].top - out[a].bottom < s.tight_gap * out[a].size

    def text(t: str) -> bool:
        return bool(t.strip()) and not FIGURE.match(t)

    return 0 < j < len(out) - 1 and tight(j - 1, j) and tight(j, j + 1) \
        and text(_run_over(out, j - 1, r, s)) and text(_run_over(out, j + 1, r, s))


def _dated_under_words(out: list[Band], j: int, r: tuple, s: StreamSettings) -> bool:
    """The figure ``r`` of band ``j`` is a year or a date ending a cell of words above it, or a part of such a
    date broken for lack of room in a narrow column ("la 31.1" / "2.2021", "ficiari la" / "31.12.2" / "021")."""
    def over(i: int) -> str:  # the text of band i's one run over r ("" if none, or several)
        return _run_over(out, i, r, s)

    def words(t: str) -> bool:
        return bool(t) and not FIGURE.match(t) and any(ch.isalpha() for ch in t)

    # (a date's two parts on two lines of one band are one run: "31.12.2 021")
    text, top = run_text(r).replace(" ", "").strip("()"), over(j - 1)
    # (the line below only when set as one of the header's lines: a row under the header is set further)
    low = over(j + 1) if j + 1 < len(out) and out[j + 1].top - out[j].bottom < s.tight_gap * out[j].size else ""
    if words(top):
        return bool(_DATED.match(text) or _DATED.match((top.split() or [""])[-1] + text)
                    or low and _DATED.match(text + low.strip("()")))
    return bool(top) and FIGURE.match(top) is not None and _DATED.match(top + text) is not None and words(over(j - 2))


def header_block(out: list[Band], s: StreamSettings) -> tuple[list[Band], int]:
    """The table's first bands, when they are a header set from the top of its row: lines of words one line apart
    (no figure), then a gap as wide as between rows. They become the header rows a grid would have
    (:func:`header_levels`: the cells with all their lines, and the sub-columns of a group cell). Returns the
    rows and how many of them are the header (0: no such header)."""
    j = 0
    while j + 1 < len(out) and out[j + 1].top - out[j].bottom < s.tight_gap * out[j].size \
            and header_line(out, j, s) and header_line(out, j + 1, s):
        j += 1
    if j == 0 or len(out[0].runs) < 2 or j + 1 >= len(out) \
            or out[j + 1].top - out[j].bottom < s.row_gap * out[j].size:
        return out, 0
    levels = header_levels(out[:j + 1], s)
    return levels + out[j + 1:], len(levels)


def header_alone(out: list[Band], s: StreamSettings) -> bool:
    """The table's bands are a header and nothing else, wrapped over lines set one line apart (a template that
    prints its header again over each group of rows: "Cod | Activitatea | … | Resurse | Surse de" / "implicați |
    financiare | finanțare" / "estimate", then a group label across the page): every line but the first holds
    fewer cells than the first, each under one of its cells, and no figure. A table's rows fill their columns
    alike; these lines end the first line's cells. A header with a group cell over sub-columns ("Buget aprobat
    2024 (lei)" over "Credite bugetare definitive" / "Plăți Trim. I" / …) has lines of more cells than its first:
    it is one too when its lines read as a grid's header rows, a group cell's sub-columns under it
    (:func:`header_levels`)."""
    if len(out) < 2 or len(out[0].runs) < s.header_runs:
        return False
    if not all(b.top - a.bottom < s.tight_gap * a.size for a, b in zip(out, out[1:])) \
            or not all(header_line(out, j, s) for j in range(len(out))):
        return False
    return all(len(b.runs) < len(out[0].runs) and all(hits(r, out[0].runs, s) == 1 for r in b.runs)
               for b in out[1:]) or len(header_levels(out, s)) >= 2
