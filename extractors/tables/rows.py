"""Body rows: physical rows → logical rows (separators and repeated headers dropped, group headings as categories,
wrapped rows joined, footnote markers removed), and rows typed out of their columns moved back."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable

from extractors.tables.common import (_NUMERIC_CELL, _ROW_NUMBER, _cell_kind, _is_separator, _join_fragments,
                                      _rstrip_empty, _similar_rows, column_kinds)
from extractors.tables.header import VALUE_COLUMN_TYPES, column_types_below
from normalizers.codes import find_service_codes
from normalizers.content import ORGANISATION, STAFF_CATEGORY, TEXT, content_type

_FOOTNOTE_MARK = re.compile(r"\s*(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\*{1,3})(?=\s|$|[;,.:)])")


_TOTAL_LABEL = re.compile(r"^\s*(?:total(?:ul)?|sub-?total)\b", re.I)  # a TOTAL row is a row of its own


@dataclass(frozen=True)
class LogicalRow:
    """One logical row: a dense list of cell texts (one per column) with its provenance. Frozen: built once by
    :func:`repair_rows` (which alone fills its lists), read by everyone after."""

    cells: list[str]
    line: int | None = None
    page: int | None = None
    category: str | None = None
    warnings: list[str] = field(default_factory=list)


def strip_footnote_marks(text: str) -> tuple[str, bool]:
    cleaned = _FOOTNOTE_MARK.sub("", text)
    return cleaned.strip(), cleaned.strip() != text.strip()


def repair_rows(body: list[list[str]], lines: list[int | None], pages: list[int | None], header: list[list[str]],
                key_col: int | None, name_col: int | None,
                notes: list[list[str]] | None = None,
                flags: list[str] | None = None) -> tuple[list[LogicalRow], list[str]]:
    """Turn physical body rows into logical rows.

    ``key_col`` is the column that identifies a new logical row (row number, else the code column);
    ``name_col`` the column whose text continues when a row wraps; ``notes`` warnings already known per physical
    row; ``flags`` what table repair flagged each physical row as (:func:`extractors.tables.body_flags`: "header"
    for the header printed again, "section" for a group heading). A group heading in the key column of a table
    whose row numbers are not in the first column is known only here, once the key column is. Returns rows and
    table warnings.
    """
    warnings: list[str] = []
    rows: list[LogicalRow] = []
    category: str | None = None
    n_cols = max((len(r) for r in body), default=0)
    types: list[list[str | None]] = []

    def column_types() -> list[str | None]:  # what each column holds, read once, only when a row needs it
        if not types:
            types.append(column_types_below(body, n_cols))
        return types[0]

    for index, (cells, line, page) in enumerate(zip(body, lines, pages)):
        cells = list(cells) + [""] * (n_cols - len(cells))
        if not any(c.strip() for c in cells):
            continue
        if _is_separator(cells):
            warnings.append("separator_row_dropped")
            continue
        flag = flags[index] if flags and index < len(flags) else ""
        if flag == "header" or header and any(_similar_rows(cells, h) for h in header if any(x.strip() for x in h)):
            warnings.append("repeated_header_dropped")
            continue
        filled = [i for i, c in enumerate(cells) if c.strip()]
        row_warnings: list[str] = list(notes[index]) if notes and index < len(notes) else []
        clean_cells = []
        for c in cells:
            t, had_mark = strip_footnote_marks(c)
            if had_mark:
                row_warnings.append("footnote_marker_removed")
            clean_cells.append(t)
        if len(filled) > 1 and len({clean_cells[i] for i in filled}) == 1:
            filled = filled[:1]  # one cell spanning the row (its text repeated by the span filling)
        is_total = bool(_TOTAL_LABEL.match(clean_cells[filled[0]]))
        prev_name = rows[-1].cells[name_col] if rows and name_col is not None else None
        if not is_total and (flag == "section"
                             or _is_group_heading(clean_cells, filled, key_col, name_col, prev_name)
                             or _heads_a_value_column(clean_cells, filled, key_col, column_types)):
            category = clean_cells[filled[0]].rstrip(":;")
            continue
        if rows and not is_total and _under_cells_merged_down(clean_cells, filled, key_col, name_col, rows[-1]):
            # the row's leading cells were merged down from the row above (printed once): they are its cells too
            clean_cells = [c if c.strip() else above for c, above in zip(clean_cells, rows[-1].cells)]
        elif rows and not is_total and _is_continuation(clean_cells, filled, key_col, name_col, rows[-1]):
            prev = rows[-1]
            for i, t in enumerate(clean_cells):
                # a fragment spanning several columns (repeated by the span filling) continues only the
                # first of them
                if t and not (i > 0 and clean_cells[i - 1] == t):
                    prev.cells[i] = _join_fragments(prev.cells[i], t)
            if "row_joined" not in prev.warnings:
                prev.warnings.append("row_joined")
            prev.warnings.extend(w for w in row_warnings if w not in prev.warnings)
            if page is not None and prev.page is not None and page != prev.page:
                prev.warnings.append("row_joined_across_page")
            continue
        rows.append(LogicalRow(cells=clean_cells, line=line, page=page, category=category,
                               warnings=sorted(set(row_warnings))))
    return rows, sorted(set(warnings))


# a name that stops on a preposition, a conjunction, a comma or a hyphen goes on on the next line
_UNFINISHED = re.compile(r"(?:[,\-–(/]|\b(?:de|din|la|cu|pentru|și|si|sau|în|in|al|a|ai|ale|pe|prin|privind))\s*$",
                         re.I)


def _is_group_heading(cells: list[str], filled: list[int], key_col: int | None, name_col: int | None,
                      prev_name: str | None = None) -> bool:
    """One filled cell, in the first column (or the key column), holding words, not a number or a value."""
    if len(filled) != 1 or len(cells) < 3:
        return False
    idx = filled[0]
    text = cells[idx]
    if _ROW_NUMBER.match(text) or not re.search(r"[A-Za-zĂÂÎȘȚăâîșț]{3}", text):
        return False
    if idx == 0 or idx == key_col:
        return True
    # a heading written in the name column of a table without a row-number column
    if key_col is None and idx == name_col and text[:1].isupper() and name_col == 0:
        return True
    # … or in the name column beside an empty row-number column, right after the header or after a row whose name
    # ends as a finished name: a capitalised label, not the rest of a name wrapped onto the next line
    return (key_col is not None and key_col < idx == name_col and text[:1].isupper()
            and (prev_name is None or not _UNFINISHED.search(prev_name)))


_UNIT_ONLY = re.compile(r"^\s*(?:mii\s+|mil\.?\s+)?(?:lei|ron|euro|eur)\.?\s*$", re.I)


def _heads_a_value_column(cells: list[str], filled: list[int], key_col: int | None,
                          column_types: Callable[[], list[str | None]]) -> bool:
    """One capitalised cell of words, not in the key column, in a column whose cells are values of another type
    (codes, counts, amounts, dates): as table repair judges header rows (:func:`extractors.tables.common.value_cells`),
    words are no value of that column, so they are no piece of the value above — a group heading typed in that
    column."""
    if len(filled) != 1 or len(cells) < 3 or filled[0] == key_col:
        return False
    idx = filled[0]
    text = cells[idx]
    if not (text[:1].isupper() and re.search(r"[A-Za-zĂÂÎȘȚăâîșț]{3}", text)) or _ROW_NUMBER.match(text) \
            or _UNIT_ONLY.match(text):
        return False  # 'RON' / 'LEI' wrapped under its amount continues it
    kinds = column_types()
    under = kinds[idx] if idx < len(kinds) else None
    return under in VALUE_COLUMN_TYPES and content_type(text) in (TEXT, ORGANISATION, STAFF_CATEGORY)


def _completes_code(above: str, key: str) -> bool:
    """A key cell holding the rest of the code begun above it ('8899 -' / 'CZ-AD-II', '8810' / 'ID-IV'): a code
    too wide for its column is broken over two lines, and a ruleless reader may give each line a row. Neither
    piece is a code, the two together are one."""
    return (not find_service_codes(above) and not find_service_codes(key)
            and bool(find_service_codes(_join_fragments(above, key))))


def _is_continuation(cells: list[str], filled: list[int], key_col: int | None, name_col: int | None,
                     prev: LogicalRow) -> bool:
    """A physical row that carries on the previous logical row: no key (row number/code) of its own."""
    if key_col is None:
        return False
    if cells[key_col].strip():
        return _completes_code(prev.cells[key_col], cells[key_col])
    if not prev.cells[key_col].strip():
        return False
    if _carries_on(cells, filled, key_col, prev):
        return True
    if name_col is not None and cells[name_col][:1].isupper() and any(
            _NUMERIC_CELL.search(cells[i]) for i in filled if i not in (name_col,)) and len(filled) >= 3:
        # a new row that merely lacks its key (e.g. a service without a code)
        return False
    return True


def _under_cells_merged_down(cells: list[str], filled: list[int], key_col: int | None, name_col: int | None,
                             prev: LogicalRow) -> bool:
    """A row without key nor name whose cells are whole values of the same type as the values above them (a year
    under a year, an amount under an amount: a subsidy's second year under the association's merged cells): a row
    of its own under cells merged down from the row above, not the row above wrapped (a wrapped row goes on with
    the words of its text cells, and its figures are printed once, on its first line)."""
    if key_col is None or cells[key_col].strip() or not prev.cells[key_col].strip() or len(filled) < 2:
        return False
    if name_col is not None and cells[name_col].strip():
        return False
    for i in filled:
        kind = content_type(cells[i])
        if kind not in VALUE_COLUMN_TYPES or i >= len(prev.cells) or content_type(prev.cells[i]) != kind:
            return False
    return True


def _carries_on(cells: list[str], filled: list[int], key_col: int, prev: LogicalRow) -> bool:
    """A cell of the row carries on the cell above it, which stops mid-phrase ('acord de' over 'colaborare', 'nr.
    7997 din' over '10.07.2017'): the row is the previous one wrapped, whatever its name column starts with. A
    cell of words only: a dash standing for no value ('-') stops no phrase."""
    return any(i != key_col and i < len(prev.cells) and _UNFINISHED.search(prev.cells[i])
               and _WORD.search(prev.cells[i]) and (cells[i][:1].islower() or cells[i][:1].isdigit()) for i in filled)


_WORD = re.compile(r"[^\W\d_]{2}")


# a TOTAL row's label, printed in the row-number column under the template: where it belongs, not a row typed left
_TOTAL_LABEL = re.compile(r"^\s*(?:sub-?)?total\b", re.I)


def realign_shifted_rows(body: list[list[str]], header_again: list[bool] | None = None,
                         ) -> tuple[list[list[str]], list[int]]:
    """Rows typed one or more columns to the left of where they belong (``['Acordarea …', '29', '']`` under
    ``Serviciul | Activitatea | Număr``, after a full-width group row) are moved back to the right — only when the
    row ends in empty cells, disagrees as printed with the kind (figure or text) of its columns, and agrees with
    all of them once moved. ``header_again``: per row, whether it is the header printed again inside the body (table
    repair flagged it); such rows say nothing of the columns' kinds and are never moved. Returns the body and the
    indices of the rows moved."""
    again = header_again or [False] * len(body)
    data = [row for row, repeat in zip(body, again) if not repeat]
    if len(data) < 4 or len(body[0]) < 3:
        return body, []
    n_cols = len(body[0])
    kinds = column_kinds(data, n_cols)

    def conflicts(row: list[str]) -> int:
        return sum(1 for c, text in enumerate(row)
                   if kinds[c] is not None and _cell_kind(text) not in ("", kinds[c]))

    out, moved = [], []
    for i, row in enumerate(body):
        trailing = len(row) - len(list(_rstrip_empty(row)))
        filled = [t for t in row if t.strip()]
        if not again[i] and trailing and len(filled) >= 2 and len(set(row)) > 1 and conflicts(row) \
                and not _TOTAL_LABEL.match(filled[0]):
            for shift in range(1, trailing + 1):
                candidate = [""] * shift + row[:len(row) - shift]
                if not conflicts(candidate):
                    row = candidate
                    moved.append(i)
                    break
        out.append(row)
    return out, moved
