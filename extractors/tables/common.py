"""Cell tests shared by the table-repair steps: separators, row numbers, header-looking rows, cell kinds."""
from __future__ import annotations

import re

from rapidfuzz import fuzz

from extractors.model import Block, Table
from normalizers.content import CPV_CODE, NOMENCLATOR_CODE, content_type
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


def _row_is_headerish(cells: list[str]) -> bool:
    """No values, several filled cells, not all of them lower-case fragments: the look of a header row
    (a row that carries on a sentence from the previous page starts in lower case). A value is a cell led by a
    figure or holding a code; a figure inside words ('Cod serviciu (HG nr. 867/2015)', 'Nr. beneficiari
    asistați în 2019') is a word of the label, as :func:`extractors.tables.header.value_cells` judges."""
    filled = [c.strip() for c in cells if c.strip()]
    # years as column labels ("Categoria de beneficiari | 2022 | 2023") are header words, not figures
    figures = [c for c in filled if _is_value(c)]
    years_only = len(figures) < len(filled) and _year_labels(filled)
    return (len(filled) >= 2 and (not figures or years_only)
            and any(not c[:1].islower() for c in filled))


def _is_value(text: str) -> bool:
    """A cell that states a value: led by a figure ('30', '768.300', '95%', '2023'), or a code of the nomenclator
    or a CPV code printed after words."""
    return bool(_SHORT_NUMBER.match(text)) or content_type(text) in (NOMENCLATOR_CODE, CPV_CODE)


def _first_filled_row(table: Table) -> list[str]:
    for row in table.grid(fill_spans=False):
        if any(c.strip() for c in row):
            return row
    return []


def _similar_rows(a: list[str], b: list[str]) -> bool:
    ja, jb = fold_key(" ".join(a)), fold_key(" ".join(b))
    return bool(ja) and bool(jb) and fuzz.ratio(ja, jb) >= SIMILAR_ROW_RATIO


def _block_text(block: Block) -> str:
    return getattr(block, "text", "") or ""


def _join_fragments(a: str, b: str) -> str:
    if not a:
        return b
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
