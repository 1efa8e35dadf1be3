"""One-cell-per-line tables in text exports.

Word's "plain text" export (and tools like it) writes a table one cell per line, each cell prefixed by a tab, a
blank line after each row; a tab alone is an empty cell. A cell whose text runs over several paragraphs
continues on the following lines without the tab, sometimes after a blank line of its own. Nothing in the file
says how many columns the table has or where one table ends and the next begins, so both are inferred from
structure:

* **the region**: tab-prefixed lines, the blank lines between them, untabbed lines right under a cell line (that
  cell's next paragraphs) and untabbed text after a single blank line, when a cell line follows within a few
  lines (:func:`cell_region_end`);
* **fragments**: runs of cell lines between blank lines; a fragment is a whole row in a clean export, a piece of
  a row where a cell's paragraphs were separated by blank lines;
* **the width** of a table: the usual length of its numbered rows (a numbered fragment and the unnumbered
  fragments that complete it), else its longest fragment (:func:`_width`);
* **rows**: a fragment that does not start with a row number continues the row before it while that row is
  shorter than the width and the two fit in it, unless it repeats a header row (a table printed as fragments,
  the header again over each: the leading fragments up to the first numbered one or the first repeat of a
  header row, :func:`_header_texts`);
* **a TOTAL row at a table's foot** is a row of its own; when the exporter wrote its merged label cell once and
  left out its empty cells, its figures go under the columns whose body cells hold figures of the same kind
  (an amount under a money column, a count under a count column; :func:`_place_total_row`); so is a subtotal
  closing a group inside the table, and a lone label after it is the next group's heading, not more of it;
* **a header whose merged cells were written once** reaches over the columns below it (two rows:
  :func:`_spread_group_cells`; three: :func:`_spread_three_row_header`);
* **where a table ends inside the region**: untabbed text after a blank line is a paragraph of the last cell,
  unless the fragment after it cannot continue the table's last row and reads as a new table's header row
  (labels only, no row number, no figure), or the text is a chapter or section heading of the template — then
  it is the title between two tables (:func:`_opens_table`).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from extractors.model import Block, Table
from extractors.readers.blocks import HEADING_CHAPTER, HEADING_SECTION, text_block
from extractors.readers.text_lines import Line, clean_inline, far_narrower, is_tsv_row, looks_like_row_start, make_table
from normalizers.text import clean_text


@dataclass(frozen=True)
class CellTableSettings:
    # untabbed text after a blank line continues a table only when a cell line follows within this many text
    # lines (right under a cell line, within max_cell_paragraphs) …
    max_loose_lines: int = 3
    max_cell_paragraphs: int = 20
    # … and this many blank lines after them
    max_blank_run: int = 4
    # a table needs this many rows before a title can end it (a header alone is not a table yet: the text after
    # it may be the rest of a header cell, "Nr.\n\ncrt.")
    min_rows_before_title: int = 2
    # a header row names at least this many columns
    min_header_cells: int = 2


SETTINGS = CellTableSettings()

# a cell that states a figure: a number, an amount, a percentage, a date, a period ("2022-2024")
_FIGURE = re.compile(r"[\d\s.,%/:+()–-]*\d[\d\s.,%/:+()–-]*(?:\s*(?:mii\s+)?(?:lei|ron|euro))?", re.I)
# the label of a table's TOTAL row (the template's "TOTAL", "Total general", "Subtotal"): a row of its own, never
# the rest of the row above it
_TOTAL_LABEL = re.compile(r"^\s*(?:total(?:ul)?|sub-?total)\b", re.I)
# what kind of figure a cell states: an amount (thousands grouped, or cents), a bare count, or another figure
_AMOUNT = re.compile(r"\d{1,3}(?:[.\s]\d{3})+(?:,\d+)?|\d+,\d{1,2}|.*\b(?:lei|ron|euro)\b", re.I)
_COUNT = re.compile(r"\d+")
_DASH = frozenset({"-", "–", "—"})  # an empty amount printed as a dash


@dataclass
class _Fragment:
    """Cell lines between two blank lines: [line, text] per cell (text grows with its continuation lines)."""

    cells: list[list] = field(default_factory=list)
    # a paragraph of its last cell followed after a blank line: the row goes on in the next fragment
    continued: bool = False

    @property
    def first(self) -> str:
        return self.cells[0][1] if self.cells else ""


@dataclass
class _Loose:
    """Untabbed text after a blank line inside the region: (line, text) per line."""

    lines: list[tuple[int, str]] = field(default_factory=list)

    @property
    def text(self) -> str:
        return " ".join(t for _, t in self.lines)


def is_blank_cell(raw: str) -> bool:
    """A tab-only line is an empty cell, not a row separator."""
    return raw.startswith("\t") and not raw.strip(" \t\r\n")


def cell_region_end(lines: list[Line], i: int, settings: CellTableSettings = SETTINGS) -> int:
    """End (exclusive) of the one-cell-per-line region starting at i.

    Untabbed text after a single blank line stays in the region when a tabbed cell line follows within a few
    lines: it is either a cell's paragraph that broke over a blank line or the title of the next table, which
    :func:`parse_cell_region` tells apart. After two or more blank lines it is a paragraph and the region ends.
    """
    n = len(lines)
    j = i
    while j < n:
        raw = lines[j].raw
        if raw.startswith("\t") and not is_tsv_row(raw):
            j += 1
            continue
        if not raw.strip():
            j += 1
            continue
        # untabbed text: continuation if a cell line comes before the next paragraph gap
        blanks_before = 0
        while blanks_before < j - i and _blank(lines[j - 1 - blanks_before].raw):
            blanks_before += 1
        if blanks_before >= 2:
            break
        # right under a cell line the text is that cell's next paragraphs, as many as it has; after a blank
        # line only a few lines can be a cell's paragraph (more is prose between two tables)
        limit = settings.max_cell_paragraphs if blanks_before == 0 else settings.max_loose_lines
        k = j
        while k < n and lines[k].raw.strip() and not lines[k].raw.startswith("\t") and k - j < limit:
            k += 1
        m = k
        while m < n and not lines[m].raw.strip() and m - k < settings.max_blank_run:
            m += 1
        if m < n and lines[m].raw.startswith("\t") and not is_tsv_row(lines[m].raw) and k - j < limit:
            j = m
            continue
        break
    # trailing blank lines are not part of the table (a tab-only line is an empty cell and is)
    while j > i + 1 and _blank(lines[j - 1].raw):
        j -= 1
    return max(j, i + 1)


def _blank(raw: str) -> bool:
    return not raw.strip() and not raw.startswith("\t")


def parse_cell_region(lines: list[Line], settings: CellTableSettings = SETTINGS) -> list[Block]:
    """The tables (and the titles between them) of a one-cell-per-line region, in order."""
    items = _items(lines)
    blocks: list[Block] = []
    segment: list[_Fragment] = []
    widest = 0  # cells of the segment's widest fragment
    for k, item in enumerate(items):
        if isinstance(item, _Fragment):
            if segment and _starts_another_table(segment, widest, item, settings):
                blocks.extend(_segment_blocks(segment))
                segment, widest = [], 0
            segment.append(item)
            widest = max(widest, len(item.cells))
            continue
        following = next((it for it in items[k + 1:] if isinstance(it, _Fragment)), None)
        if segment and not (following is not None and _opens_table(segment, item, following, settings)):
            last = segment[-1].cells[-1]
            last[1] = f"{last[1]} {item.text}"  # a paragraph of the last cell, exported after a blank line
            segment[-1].continued = True
            continue
        blocks.extend(_segment_blocks(segment))
        segment, widest = [], 0
        blocks.extend(b for b in (text_block(clean_text(clean_inline(t)), line=no) for no, t in item.lines)
                      if b is not None)
    blocks.extend(_segment_blocks(segment))
    return blocks


def _starts_another_table(segment: list[_Fragment], widest: int, frag: _Fragment, settings: CellTableSettings) -> bool:
    """A header row far narrower than the segment's widest fragment (:func:`far_narrower`) right after a complete
    row starts another table; the header printed again over a fragment of the same table does not, nor a piece of
    a row broken by blank lines (its row is not complete). The width test comes first: it is the cheap one, and a
    table printed as fragments repeats a full-width header before every row."""
    if not far_narrower(len(frag.cells), widest):
        return False
    texts = _texts(frag)
    if len(texts) < settings.min_header_cells or not _is_header_row(texts, settings) \
            or texts in {_texts(f) for f in segment}:
        return False
    width = _width(segment)
    return len(_rows(segment, width)[-1]) >= width


def _items(lines: list[Line]) -> list[_Fragment | _Loose]:
    """Fragments and loose paragraphs of a region, in order. An untabbed line right under a cell line (no blank
    between) continues that cell."""
    items: list[_Fragment | _Loose] = []
    current: _Fragment | None = None
    loose: _Loose | None = None
    for ln in lines:
        raw = ln.raw.rstrip("\r\n")
        if is_blank_cell(raw) or raw.startswith("\t"):
            if current is None:
                current = _Fragment()
                items.append(current)
            current.cells.append([ln.no, "" if is_blank_cell(raw) else raw[1:]])
            loose = None
        elif not raw.strip():
            current = loose = None
        elif current is not None:
            current.cells[-1][1] += " " + raw
        elif loose is not None:
            loose.lines.append((ln.no, raw))
        elif items:
            loose = _Loose([(ln.no, raw)])
            items.append(loose)
        else:
            current = _Fragment([[ln.no, raw]])
            items.append(current)
    return items


def _width(frags: list[_Fragment]) -> int:
    """The table's number of columns: the most common length of its numbered rows, the longest fragment when no
    row is numbered. A numbered row is its numbered fragment and the unnumbered fragments after it (pieces of a row
    broken by blank lines), except those that are rows of their own: a fragment as long as the longest one (a
    full-width group-heading row, "Servicii sociale de zi" and empty cells) or a single capitalised cell right
    before a numbered fragment or before the header printed again (a group heading exported once)."""
    longest = max(len(f.cells) for f in frags)
    sums: list[int] = []
    header = _header_texts(frags)
    for k, f in enumerate(frags):
        if looks_like_row_start(f.first):
            sums.append(len(f.cells))
            continue
        # before a numbered fragment, or before the header printed again over the next fragment
        heading = (len(f.cells) == 1 and f.first[:1].isupper() and k + 1 < len(frags)
                   and (looks_like_row_start(frags[k + 1].first) or _texts(frags[k + 1]) in header))
        if sums and len(f.cells) < longest and not heading and _texts(f) not in header \
                and not _TOTAL_LABEL.match(f.first):
            sums[-1] += len(f.cells)
    if not sums:
        return longest
    counts = Counter(sums)
    return max(counts, key=lambda w: (counts[w], w))


def _texts(frag: _Fragment) -> tuple[str, ...]:
    return tuple(clean_text(t) for _, t in frag.cells)


def _header_texts(frags: list[_Fragment], settings: CellTableSettings = SETTINGS) -> list[tuple[str, ...]]:
    """The texts of the leading fragments (the header rows, and a group heading right under them) when a later
    fragment repeats one of them: a table printed as fragments, the header again over each (each repeat is a row
    of its own, for table repair to recognise, not a piece of the row before it). The leading fragments end at
    the first numbered one or at the first that repeats a header row before it (rows need not be numbered: a
    table may start with the service code). Empty when no fragment repeats them."""
    end = len(frags)
    seen: set[tuple[str, ...]] = set()
    for k, f in enumerate(frags):
        texts = _texts(f)
        if looks_like_row_start(f.first) or (texts in seen and _is_header_row(texts, settings)):
            end = k
            break
        seen.add(texts)
    header = [_texts(f) for f in frags[:end] if any(t.strip() for _, t in f.cells)]
    repeated = any(_texts(f) in header for f in frags[end:])
    return header if repeated else []


def _is_header_row(texts: tuple[str, ...] | list[str], settings: CellTableSettings = SETTINGS) -> bool:
    """Labels in at least two cells, the first filled, none of them a row number or a figure."""
    filled = [t for t in texts if t]
    return (len(filled) >= settings.min_header_cells and bool(texts[0]) and not looks_like_row_start(texts[0])
            and not any(_FIGURE.fullmatch(t) for t in filled))


def _rows(frags: list[_Fragment], width: int) -> list[list[list]]:
    """Fragments put together into rows: an unnumbered fragment continues a row still short of the width, unless
    the row is the table's caption (:func:`_is_caption`) or a TOTAL row (short of its merged label's cells: a
    group heading after a subtotal is a row of its own)."""
    rows: list[list[list]] = []
    header = _header_texts(frags)
    for k, f in enumerate(frags):
        if (rows and not looks_like_row_start(f.first) and not _TOTAL_LABEL.match(f.first) and len(rows[-1]) < width
                and not _TOTAL_LABEL.match(clean_text(rows[-1][0][1]))
                and len(rows[-1]) + len(f.cells) <= width and not (k >= len(header) and _texts(f) in header)
                and not (len(rows) == 1 and _is_caption(frags[0], f))):
            rows[-1].extend(f.cells)
        else:
            rows.append(list(f.cells))
    return rows


def _is_caption(first: _Fragment, following: _Fragment, settings: CellTableSettings = SETTINGS) -> bool:
    """A table's first fragment is its caption, a row of its own, when it is one label cell (a title merged over
    every column, exported once) that ends its row — no paragraph of it follows after a blank line, as one of a
    header cell broken over a blank line does ("Nr." / "crt.") — and a header row follows: a caption over a header
    whose top row lost cells to a merged group cell would otherwise fill that row up to the table's width and
    push every label one column right."""
    texts = _texts(first)
    return (len(texts) == 1 and not first.continued and texts[0][:1].isupper() and not _FIGURE.fullmatch(texts[0])
            and _is_header_row(_texts(following), settings))


def _opens_table(before: list[_Fragment], loose: _Loose, following: _Fragment, settings: CellTableSettings) -> bool:
    """Does the untabbed text after a blank line end the table (a title between two tables)?

    Only once the table has rows and the fragment after the text cannot continue its last row (the row is
    complete, or the fragment is numbered or does not fit in what is left of it: an exporter may leave out a
    row's trailing empty cells); then when the text is a chapter or section heading of the template, or when
    the fragment after it is a header row: labels in at least two cells, the first filled, none of them a row
    number or a figure. Otherwise the text is a paragraph of the last cell."""
    width = _width(before)
    rows = _rows(before, width)
    last = len(rows[-1])
    continues = (last < width and not looks_like_row_start(following.first)
                 and last + len(following.cells) <= width)
    if len(rows) < settings.min_rows_before_title or continues:
        return False
    text = clean_text(clean_inline(loose.text))
    if HEADING_CHAPTER.match(text) or HEADING_SECTION.match(text):
        return True
    return _is_header_row(_texts(following), settings)


def _segment_blocks(frags: list[_Fragment]) -> list[Block]:
    """One table from a segment's fragments; a lone cell is text, not a table."""
    frags = [f for f in frags if any(t.strip() for _, t in f.cells)]
    if not frags:
        return []
    width = _width(frags)
    rows = _rows(frags, width)
    # a TOTAL or subtotal row at the foot or between groups
    body = [row for row in rows if not (row and _TOTAL_LABEL.match(clean_text(row[0][1])))]
    rows = [_place_total_row(row, body, width) if k else row for k, row in enumerate(rows)]
    table = make_table([(r[0][0], [(c[0], c[1]) for c in r]) for r in rows])
    if table is None:
        return []
    _spread_group_cells(table)
    _spread_three_row_header(table)
    if len(table.rows) > 1 or table.n_cols > 1:
        return [table]
    return [b for b in (text_block(clean_text(clean_inline(c.text)), line=c.line) for c in table.rows[0].cells)
            if b is not None]


def _group_spans(top: list[str], below: list[str]) -> list[int] | None:
    """How many columns each cell of a header row reaches over the full-width header row below it: a cell over
    an empty cell (a label merged down over both rows) reaches one column, a group cell reaches over a run of
    labels. None unless exactly one way fits, or one way keeps together more labels of one pattern than any other
    (:func:`_group_score`: 'la 31.12.2020' and 'la 31.12.2021' under one group, not split between two)."""
    width = len(below)
    worst = float("-inf")

    @lru_cache(maxsize=None)
    def best(i: int, col: int) -> tuple[float, int, tuple[int, ...]]:
        """For cells i… from column col on: (the best score, how many fits reach it, the spans of one)."""
        if i == len(top):
            return (0.0, 1, ()) if col == width else (worst, 0, ())
        top_score, ties, spans = worst, 0, ()
        span = 1
        while col + span <= width - (len(top) - i - 1):
            if span > 1 and (not below[col + span - 1] or not below[col]):
                break
            rest_score, rest_ties, rest = best(i + 1, col + span)
            if rest_ties:
                score = rest_score + _group_score(col, col + span, below)
                if score > top_score:
                    top_score, ties, spans = score, rest_ties, (span, *rest)
                elif score == top_score:
                    ties += rest_ties
            span += 1
        return top_score, ties, spans

    _, ties, spans = best(0, 0)
    return list(spans) if ties == 1 else None


def _label_pattern(text: str) -> str:
    """A header label with its numbers as one mark: the labels of one group that differ only in a date or a year
    ('Persoane găzduite la 31.12.2023' / '… la 31.12.2024') share it."""
    return re.sub(r"\d+", "0", clean_text(text).casefold())


def _group_score(col: int, end: int, below: list[str]) -> int:
    """What a group cell over the labels col…end-1 keeps together of one pattern: each neighbouring pair of one
    pattern under it, less each other pair beside them under it ('la 30.09.2024', 'la 31.12.2024' and 'Bugetul
    local'), less a pair of one pattern its end splits between two cells."""
    score = 0
    if end < len(below) and below[end - 1] and below[end] \
            and _label_pattern(below[end - 1]) == _label_pattern(below[end]):
        score -= 1
    pairs = [_label_pattern(below[c]) == _label_pattern(below[c + 1]) for c in range(col, end - 1)]
    if any(pairs):
        score += sum(1 if alike else -1 for alike in pairs)
    return score


def _spread_group_cells(table: Table) -> None:
    """A two-row header whose top row has a merged group cell ("Capacitate și grad de utilizare" over "Nr. locuri"
    and "Nr. beneficiari") is exported with that cell once and the labels merged down over both rows as empty
    cells in the second: the top row is then short of the table's width and its later labels sit one column too
    far left. Each top cell is given the columns it stands over when the second row allows exactly one reading."""
    # under the table's caption (a title merged over every column, :func:`_is_caption`), the header's top row
    start = 1 if len(table.rows) > 2 and len(table.rows[0].cells) == 1 \
        and _is_header_row(table.rows[1].texts()) else 0
    if len(table.rows) < start + 2:
        return
    top, below = table.rows[start], table.rows[start + 1]
    top_texts, below_texts = top.texts(), below.texts()
    if not (len(top_texts) < len(below_texts) == table.n_cols) or not _is_header_row(top_texts) \
            or not all(top_texts) or looks_like_row_start(below_texts[0]) \
            or any(_FIGURE.fullmatch(t) for t in below_texts if t):
        return
    spans = _group_spans(top_texts, below_texts)
    if spans is None:
        return
    if start:
        table.rows[0].cells[0].col_span = table.n_cols
    # the header printed again over each fragment of the table (one table per row, its header repeated) is spread
    # alike, so each part split off at its header reads the same labels
    for i, row in enumerate(table.rows[:-1]):
        if i == start or (row.texts() == top_texts and table.rows[i + 1].texts() == below_texts):
            col = 0
            for cell, span in zip(row.cells, spans):
                cell.col, cell.col_span = col, span
                col += span


def _spread_three_row_header(table: Table) -> None:
    """A three-row header exported with its merged cells once ('Nr. crt' | 'Servicii sociale licențiate' over
    'Serviciul social' | 'Furnizor' | … over 'Cod' | 'Denumire' | '' …): the middle row reaches over the full-width
    bottom row as :func:`_group_spans` reads it (its empty cells: labels merged down from the top), the top row over
    the middle row so spread. Left as exported unless both rows allow exactly one reading; the header printed again
    over each fragment of the table is spread alike."""
    if len(table.rows) < 4:
        return
    top, middle, bottom = (table.rows[i].texts() for i in range(3))
    if not (len(top) < len(middle) < len(bottom) == table.n_cols) or not _is_header_row(top) or not all(top) \
            or looks_like_row_start(bottom[0]) or any(_FIGURE.fullmatch(t) for t in middle + bottom if t):
        return
    middle_spans = _group_spans(middle, bottom)
    if middle_spans is None:
        return
    top_spans = _group_spans(top, [t for t, span in zip(middle, middle_spans) for _ in range(span)])
    if top_spans is None:
        return
    for i in range(len(table.rows) - 2):
        rows = table.rows[i:i + 3]
        if i == 0 or [r.texts() for r in rows] == [top, middle, bottom]:
            for row, spans in ((rows[0], top_spans), (rows[1], middle_spans)):
                col = 0
                for cell, span in zip(row.cells, spans):
                    cell.col, cell.col_span = col, span
                    col += span


def _figure_kind(text: str) -> str | None:
    """'amount', 'count', 'figure' (a percentage, a date …) or None for a cell that states no figure."""
    text = text.strip()
    if not text or not _FIGURE.fullmatch(text):
        return None
    if _AMOUNT.fullmatch(text):
        return "amount"
    return "count" if _COUNT.fullmatch(text) else "figure"


def _figures_under_their_kind(texts: list[str], columns: list[Counter]) -> bool:
    """Each cell is empty or a dash or a figure under a column whose body cells are mostly figures of its kind, and
    one is a figure."""
    figures = 0
    for text, column in zip(texts, columns):
        if not text or text in _DASH:
            continue
        kind = _figure_kind(text)
        if kind is None or not column or column.most_common(1)[0][0] != kind:
            return False
        figures += 1
    return figures > 0


def _place_total_row(row: list[list], body: list[list[list]], width: int) -> list[list]:
    """A TOTAL row shorter than the table (its merged label exported once, its empty cells left out): the label
    stays in the first column and each figure goes under a column whose body cells state figures, in the row's
    order, an amount preferably under a column of amounts and a count under a column of counts (the best-matching
    placement; on a tie the later columns, where a table's sums stand). A row that is no TOTAL (a row that only
    lost its trailing empty cells), or whose figures have no such columns to go to, is kept as exported.

    A row that kept its empty cells after the figures ('Subtotal … | 70 | | |') lost only the cells its label spans:
    its cells go to the table's last columns, when each figure then stands under a column of its own kind."""
    texts = [clean_text(clean_inline(t)) for _, t in row]
    if len(row) >= width or len(row) < 2 or not _TOTAL_LABEL.match(texts[0]):
        return row
    columns: list[Counter] = [Counter() for _ in range(width)]
    for r in body:
        for col, (_, text) in enumerate(r[:width]):
            kind = _figure_kind(clean_text(clean_inline(text)))
            if kind is not None:
                columns[col][kind] += 1
    spanned = width - len(row)  # the columns the label spans, after its own
    if not texts[-1] and _figures_under_their_kind(texts[1:], columns[spanned + 1:]):
        return [row[0]] + [[row[0][0], ""] for _ in range(spanned)] + row[1:]
    while len(texts) > 2 and not texts[-1]:  # the empty cells of its last columns (a licence column) say nothing
        texts, row = texts[:-1], row[:-1]
    kinds = [None if t in _DASH else _figure_kind(t) for t in texts[1:]]
    if any(k is None and t not in _DASH for k, t in zip(kinds, texts[1:])):
        return row

    def fit(i: int, col: int) -> float:
        """How well figure i sits in column col: no figure in the column, none; else 1 and the share of its
        figures of the same kind (a dash fits any column of figures)."""
        seen = sum(columns[col].values())
        if not seen:
            return float("-inf")
        return 1.0 + (columns[col][kinds[i]] / seen if kinds[i] else 0.0)

    @lru_cache(maxsize=None)
    def best(i: int, col: int) -> tuple[float, tuple[int, ...]]:
        """The best placement of figures i… in columns col…: (score, their columns)."""
        if i == len(kinds):
            return 0.0, ()
        if width - col < len(kinds) - i:
            return float("-inf"), ()
        skip = best(i, col + 1)
        score, rest = best(i + 1, col + 1)
        take = (score + fit(i, col), (col, *rest))
        return skip if skip[0] >= take[0] else take

    score, placed = best(0, 1)
    if score == float("-inf"):
        return row
    line = row[0][0]
    out: list[list] = [row[0]] + [[line, ""] for _ in range(width - 1)]
    for cell, col in zip(row[1:], placed):
        out[col] = cell
    return out
