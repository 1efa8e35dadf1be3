"""Cell tests shared by the table-repair steps: separators, row numbers, header-looking rows, cell kinds."""
from __future__ import annotations

import re
from typing import Callable

from rapidfuzz import fuzz

from extractors.model import Block, Table
from normalizers.content import (CPV_CODE, DATE, EMPTY, NOMENCLATOR_CODE, ColumnContentSettings, column_content,
                                 content_type)
from normalizers.numbers import WHOLE_FIGURE
from normalizers.text import fold_key

# two rows are the same (a repeated header) at this rapidfuzz ratio of their folded texts
SIMILAR_ROW_RATIO = 90

PATH_SEP = " / "


_SEPARATOR_CELL = re.compile(r"^[\s\-–—_=|.:+*]*$")


_ROW_NUMBER = re.compile(r"^\s*(?:[a-zA-Z]\.)?\d{1,3}\s*[.)]?\s*$")


_NUMERIC_CELL = re.compile(r"\d")


_YEAR_CELL = re.compile(r"(?:anul\s+)?(?:19|20)\d\d", re.I)


_SECTION_HEADING = re.compile(r"^\s*(?:CAPITOLUL|Capitolul|CAP\.|[A-H]\s*[.)]\s|[IVX]{1,4}\s*[.)]\s)")
# a lettered sub-item of a chapter ('b. Cursuri de calificare', 'c.1) Instruire'): starts a new part of the chapter
_SUBITEM = re.compile(r"^\s*[a-h](?:\.\d{1,2})?\s*[.)]\s+\S")


def _is_separator(cells: list[str]) -> bool:
    return all(_SEPARATOR_CELL.match(c) for c in cells) and any(c.strip() for c in cells)


def _year_labels(filled: list[str]) -> bool:
    """Every figure of the row is a year, at least two of them, rising ("2022 | 2023"): column labels."""
    figures = [c.strip() for c in filled if _NUMERIC_CELL.search(c)]
    if len(figures) < 2 or not all(_YEAR_CELL.fullmatch(c) for c in figures):
        return False
    years = [int(c[-4:]) for c in figures]
    return all(b > a for a, b in zip(years, years[1:]))


def _row_is_headerish(cells: list[str], rows_below: list[list[str]] | None = None) -> bool:
    """No values, several filled cells, not all of them lower-case fragments: the look of a header row
    (a row that carries on a sentence from the previous page starts in lower case). What a value is is judged
    once, by :func:`value_cells` (the header-row judgement of table repair uses it too): a code, a cell led by its
    figure, a date under dates, '-' / 'nu este cazul' under a typed column. ``rows_below``: the rows under this
    one in its table; None when the caller does not know them (then no column type is known and a placeholder
    such as '-' is no value)."""
    filled = [c.strip() for c in cells if c.strip()]
    if len(filled) < 2 or not any(not c[:1].islower() for c in filled):
        return False
    types: list[list[str | None]] = []

    def below() -> list[str | None]:
        if not types:
            types.append([None] * len(cells) if rows_below is None
                         else column_types_below(rows_below, len(cells)) if rows_below else [])
        return types[0]

    values = value_cells(cells, below)
    # years as column labels ("Categoria de beneficiari | 2022 | 2023") are header words, not figures
    return not values or (values < len(filled) and _year_labels(filled))


# what a data row holds and a header row does not: a header label names the column in words ('Nr. beneficiari
# asistați în 2019', 'Cod serviciu (HG nr. 867/2015)', 'Buget 2024 (lei)'), a value starts with its figure ('30
# locuri', '537.900 lei', '95%', '80 copii din care: …') or is a code (content types of :mod:`normalizers.content`)
_VALUE_TYPES = (NOMENCLATOR_CODE, CPV_CODE)
_LEADING_FIGURE = re.compile(r"^\s*\d")
# how a row states that a column has no value ('-', 'nu este cazul'); a lone '/' or '.' is a broken label
_NONE_STATED = re.compile(r"^\s*(?:[-‐‑‒–—―−]{1,3}|nu (?:este|e) cazul|nu se aplic[aă])\s*$", re.I)


# the words that label a column of dates or periods (a cell of them read as a period, as 'perioada 2024–2025' is)
_TIME_LABEL = re.compile(r"^(?:perioad\w*|termen\w*|data|datele|anul|luna|durat\w*|calendar\w*|interval\w*)\b")


def column_types_below(rows: list[list[str]], n_cols: int, settings: ColumnContentSettings = ColumnContentSettings(
        min_cells=2)) -> list[str | None]:
    """The content type of every column over ``rows`` (the rows under a candidate header row), None when too few
    cells or no type dominates."""
    return [column_content([r[c] for r in rows[:40] if c < len(r)], settings).kind for c in range(n_cols)]


def value_cells(cells: list[str], below: Callable[[], list[str | None]]) -> int:
    """How many cells of a row are values, not labels — the one judgement of "is this cell a value" that table
    repair makes (header rows, stitching, fragments): a code, a cell led by its figure (a count, an amount, a
    percentage), a date or period under a column of dates (a year over a column of another type labels it), or a
    placeholder for no value ('-', 'nu este cazul') under a typed column or in a table's last row. Judged by what
    the cells are, never by a digit inside words: 'Nr. beneficiari asistați în 2019' and 'HG nr. 867/2015' are
    header words. ``below`` gives the types of the columns under the row (computed only when a cell needs them;
    empty when no row is below)."""
    n = 0
    for c, text in enumerate(cells):
        if not text.strip() or _closes_a_label(text):
            continue
        kind = content_type(text)
        if kind in _VALUE_TYPES or kind != DATE and _LEADING_FIGURE.match(text):
            n += 1  # a code or a figure, or a statement that starts with its figure ('80 copii din care: …')
        elif kind == DATE and _TIME_LABEL.match(fold_key(text)) and not _NUMERIC_CELL.search(text):
            continue  # 'Perioada', 'Termen de realizare': the label of a column of dates, not a date
        elif kind == DATE or kind == EMPTY and c > 0:  # a dash in the row-number column numbers nothing
            under = below()[c] if c < len(below()) else None  # the type of the column under the cell
            if kind == DATE and (under == DATE or under is None and _LEADING_FIGURE.match(text)):
                n += 1  # a date under a column of dates, or a year over figures of no known type
            elif kind == EMPTY and _NONE_STATED.match(text) and (under is not None or not below()):
                n += 1  # '-' / 'nu este cazul' under a typed column, or in the last row: a value stated as none
    return n


def _closes_a_label(text: str) -> bool:
    """The cell closes a parenthesis it did not open ('867/2015)' under 'Cod serviciu (HG nr.'): the end of a
    label wrapped from the row above, not a value."""
    return text.count(")") > text.count("(")


def _first_filled_row(table: Table) -> list[str]:
    for row in table.grid(fill_spans=False):
        if any(c.strip() for c in row):
            return row
    return []


def _similar_rows(a: list[str], b: list[str]) -> bool:
    return similar_keys(row_key(a), row_key(b))


def row_key(cells: list[str]) -> str:
    """What two rows are compared by (:func:`similar_keys`): their folded text."""
    return fold_key(" ".join(cells))


def similar_keys(ja: str, jb: str) -> bool:
    """Two rows of these :func:`row_key` are the same (a header printed again)."""
    return bool(ja) and bool(jb) and fuzz.ratio(ja, jb) >= SIMILAR_ROW_RATIO


def header_keys(table: Table, n_header: int) -> list[str]:
    """The :func:`row_key` of each of the table's first ``n_header`` rows (its header), as printed (spans not
    repeated) and with spans filled: a header over several rows with merged cells, printed again over a fragment,
    repeats its merged labels."""
    rows = table.grid(fill_spans=False)[:n_header] + table.grid(fill_spans=True)[:n_header]
    return [k for k in map(row_key, rows) if k]


def repeats_header(cells: list[str], keys: list[str]) -> bool:
    """``cells`` is the header printed again (over the next fragment, or on a new page): like one of the header's
    rows (:func:`similar_keys`; ``keys``: :func:`header_keys`)."""
    if not any(c.strip() for c in cells):
        return False
    key = row_key(cells)
    return any(similar_keys(key, h) for h in keys)


def _block_text(block: Block) -> str:
    return getattr(block, "text", "") or ""


# a figure whole: digits grouped by threes, a decimal part of one or two digits; a figure's rest broken for lack of
# room (digits, and its decimal part); and its first pieces, up to a separator or inside a group
_FIGURE_REST = re.compile(r"^[.,]?\d+(?:[.,]\d{1,2})?$")
_FIGURE_PIECE = re.compile(r"^\d{1,3}(?:[.,]\d{1,3})+[.,]?$")


_GROUPED_REST = re.compile(r"^\d+(?:[.,]\d{3})*([.,])\d{1,2}$")  # a figure's rest with groups and its decimals


def figure_broken(a: str, b: str) -> bool:
    """``b`` is the rest of the figure ``a`` broken for lack of room, across a page break that cut its row ("874.3" /
    "00,00", "1.313.600," / "00"): ``a`` has a group separator, ``b`` is digits (with the decimals), and the two
    together are one figure grouped by threes, which neither is alone: with its decimals, or ``b`` starting with a
    zero before another digit ("395.3" / "00", "55.10" / "0"), or ``a`` ending on its separator. ``b`` may hold
    groups of its own when ``a`` has no separator of ``b``'s decimals ("1.99" / "1.600,00": a cell's first line
    ends page 2, its next lines start page 3; "1.99" is no figure where decimals follow a comma)."""
    a, b = a.strip(), b.strip()
    joined = a + b
    rest = _GROUPED_REST.match(b)
    if rest and _FIGURE_PIECE.match(a) and rest.group(1) not in a and WHOLE_FIGURE.match(joined):
        return True
    return bool(_FIGURE_PIECE.match(a) and _FIGURE_REST.match(b) and WHOLE_FIGURE.match(joined)
                and (re.search(r"[.,]\d{1,2}$", joined) or b[:1] == "0" or a[-1:] in ".,")
                and re.search(r"[.,]\d{3}", joined)
                and not (WHOLE_FIGURE.match(a) and re.search(r"[.,]\d{3}", a) and re.search(r"[.,]\d{1,2}$", a)))


def _join_fragments(a: str, b: str) -> str:
    if not a:
        return b
    if figure_broken(a, b):
        return a.strip() + b.strip()
    if a.endswith("-") and b[:1].islower():
        return a[:-1] + b
    return f"{a} {b}"


_SHORT_NUMBER = re.compile(r"^\s*\d")


def _cell_kind(text: str) -> str:
    """'' (empty), 'num' (a short cell that starts with a figure: '29', '380 beneficiari') or 'text'."""
    t = text.strip()
    if not t:
        return ""
    return "num" if len(t) <= 40 and _SHORT_NUMBER.match(t) else "text"


def column_kinds(body: list[list[str]], n_cols: int) -> list[str | None]:
    """Each column's kind when at least three of its cells and 60 % of the filled ones share it, else None."""
    kinds: list[str | None] = []
    for c in range(n_cols):
        seen = [_cell_kind(r[c]) for r in body if c < len(r) and r[c].strip()]
        best = max(("num", "text"), key=seen.count) if seen else None
        kinds.append(best if best and seen.count(best) >= 3 and seen.count(best) >= 0.6 * len(seen) else None)
    return kinds


def _rstrip_empty(row: list[str]) -> list[str]:
    end = len(row)
    while end and not row[end - 1].strip():
        end -= 1
    return row[:end]
