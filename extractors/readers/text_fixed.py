"""Fixed-width text tables: columns aligned with spaces only, optionally with a dashed rule under the header."""
from __future__ import annotations

import re

from extractors.model import Table
from extractors.readers.text_lines import Line, is_pipe_row, make_table

# ---------------------------------------------------------------- fixed-width (space-aligned) tables

_FW_GAP = re.compile(r"\S {2,}(?=\S)")  # a run of two or more spaces between two printed characters
_FW_RULE = re.compile(r"^ *[-=_+]{3,}(?: *[-=_+]{3,})* *$")  # '--------   ------' or one long rule
_FW_FIGURE = re.compile(r"[\d.,%*/ -]+(?: ?lei)?", re.I)
_FW_MARKER = re.compile(r"^(?:[-•·▪◦●*–]|\d{1,3}[.)]|[a-z]\)|[ivx]{1,4}[.)])$", re.I)
_FW_MAX_LINES = 400


def _fw_text_line(raw: str) -> bool:
    return "\t" not in raw and bool(raw.strip()) and not is_pipe_row(raw)


def starts_fixed_width(lines: list[Line], i: int) -> bool:
    """A fixed-width table may start here: a line with a gap of 2+ spaces inside it (or a rule line above one)."""
    raw = lines[i].raw.rstrip("\r\n")
    if not _fw_text_line(raw):
        return False
    if _FW_RULE.match(raw):
        return i + 1 < len(lines) and bool(_FW_GAP.search(lines[i + 1].raw.rstrip())) \
            and _fw_text_line(lines[i + 1].raw)
    return bool(_FW_GAP.search(raw.rstrip()))


def fixed_width_table(lines: list[Line], i: int) -> tuple[Table, int] | None:
    """The fixed-width table starting at line i and the index of the line after it, or None.

    The candidate block runs over consecutive non-blank lines that have a gap of 2+ spaces inside them, are rule
    lines, or are indented (a cell's wrapped text continued under its column), as long as some gutter (2+
    columns blank in every line) is left; its longest prefix of at least three lines that is a table wins (see
    :func:`_fw_table`). Gutters only shrink as lines are added, so only the longest prefix of each gutter layout
    is tried, and only a layout of three columns or more (two with a rule line)."""
    n = len(lines)
    occupied = 0  # bit c set: some line prints a character in column c
    content = 0
    first_rule = _FW_MAX_LINES  # prefix length up to the first rule line
    layouts: list[tuple[int, int]] = []  # (gutter layout, prefix length), the longest prefix of each layout
    j = i
    while j < n and j - i < _FW_MAX_LINES:
        ln = lines[j]
        if ln.fw is None:
            raw = ln.raw.rstrip("\r\n ")
            if not _fw_text_line(raw):
                ln.fw = (False, False, False, 0)
            else:
                rule = bool(_FW_RULE.match(raw))
                ln.fw = (True, rule, bool(_FW_GAP.search(raw)), 0 if rule else _fw_mask(raw))
        text_line, rule, gap, mask = ln.fw
        if not text_line or not (rule or gap or (j > i and ln.raw.startswith("  "))):
            break
        if not rule:
            grown = occupied | mask
            if content and not _fw_gutter_bits(grown):
                break
            occupied, content = grown, content + 1
        j += 1
        if rule:
            first_rule = min(first_rule, j - i)
        if j - i >= 3 and content >= 2:
            layout = _fw_gutter_bits(occupied)
            if layouts and layouts[-1][0] == layout:
                layouts[-1] = (layout, j - i)
            else:
                layouts.append((layout, j - i))
    block = [Line(ln.no, ln.raw.rstrip("\r\n ")) for ln in lines[i:j]]
    tried = 0
    for layout, k in reversed(layouts):
        n_cols = 1 + bin(layout & ~(layout << 1)).count("1")  # one more than the gutters (runs of bits)
        if n_cols < 3 and not (n_cols == 2 and first_rule <= k):
            continue
        table = _fw_table(block[:k])
        if table is not None:
            return table, i + k
        tried += 1
        if tried == 4:
            break
    return None


def _fw_mask(raw: str) -> int:
    return int("".join("0" if ch == " " else "1" for ch in reversed(raw)) or "0", 2)


def _fw_gutter_bits(occupied: int) -> int:
    """Bits of the columns inside a run of 2+ blank columns between the leftmost and rightmost printed one."""
    if not occupied:
        return 0
    left = (occupied & -occupied).bit_length() - 1
    blank = ~occupied & ((1 << occupied.bit_length()) - 1) & ~((1 << left) - 1)
    pairs = blank & (blank >> 1)  # c set: c and c+1 blank
    return pairs | (pairs << 1)


def _fw_gutters(block: list[Line]) -> list[tuple[int, int]]:
    """Runs (start, end) of 2+ columns blank in every (non-rule) line, between the leftmost and rightmost text."""
    occupied = 0
    for ln in block:
        if not _FW_RULE.match(ln.raw):
            occupied |= _fw_mask(ln.raw)
    bits = _fw_gutter_bits(occupied)
    gutters = []
    c = 0
    while bits >> c:
        if (bits >> c) & 1:
            start = c
            while (bits >> c) & 1:
                c += 1
            gutters.append((start, c))
        else:
            c += 1
    return gutters


def _fw_table(block: list[Line]) -> Table | None:
    """Cut the block into cells at its gutters if it reads as a table, not as prose or a list:

    * at least three columns, or two with a rule line (aligned key/value lines, a table of contents or a
      numbered list with its numbers aligned are not tables);
    * every column printed in at least two lines, and at least two lines (half of them) with two or more cells;
    * a cell's text left-aligned at its column's start or right-aligned at its end (in 60% of the cells), and
      hardly any cell with a gap of 2+ spaces inside it (justified prose that happens to line up).

    A line whose first cell is empty and which holds no figure continues the row above (wrapped cell text).
    """
    has_rule = any(_FW_RULE.match(ln.raw) for ln in block)
    content = [ln for ln in block if not _FW_RULE.match(ln.raw)]
    if len(content) < 2:
        return None
    gutters = _fw_gutters(block)
    n_cols = len(gutters) + 1
    if n_cols < 2 or (n_cols == 2 and not has_rule):
        return None
    left = min(len(ln.raw) - len(ln.raw.lstrip(" ")) for ln in content)
    bounds = [left] + [g[1] for g in gutters]
    ends = [g[0] for g in gutters] + [max(len(ln.raw) for ln in content)]
    split: list[tuple[int, list[str]]] = []
    filled_per_col = [0] * n_cols
    aligned = total = gapped = 0
    for ln in content:
        cells = []
        for k in range(n_cols):
            seg = ln.raw[bounds[k]:ends[k]]
            text = seg.strip(" ")
            cells.append(text)
            if not text:
                continue
            filled_per_col[k] += 1
            total += 1
            start = bounds[k] + len(seg) - len(seg.lstrip(" "))
            end = bounds[k] + len(seg.rstrip(" "))
            # the last column's right edge is ragged (lines end there): count its left-aligned cells and figures
            if start == bounds[k] or (end == ends[k] if k < n_cols - 1 else bool(_FW_FIGURE.fullmatch(text))):
                aligned += 1
            if "  " in text:
                gapped += 1
        split.append((ln.no, cells))
    if min(filled_per_col) < 2:
        return None
    multi = sum(1 for _, cells in split if sum(1 for t in cells if t) >= 2)
    if multi < 2 or 2 * multi < len(split):
        return None
    if aligned < 0.6 * total or gapped > 0.2 * total:
        return None
    if n_cols == 2 and all(_FW_MARKER.match(cells[0]) or not cells[0] for _, cells in split[1:]):
        return None
    rows: list[tuple[int, list[list]]] = []
    for no, cells in split:
        continuation = (rows and not cells[0]
                        and not any(t and _FW_FIGURE.fullmatch(t) for t in cells))
        if continuation:
            prev = rows[-1][1]
            for k, t in enumerate(cells):
                if t:
                    if prev[k][1]:
                        prev[k][1] += " " + t
                    else:
                        prev[k] = [no, t]
        else:
            rows.append((no, [[no, t] for t in cells]))
    return make_table([(no, [(c[0], c[1]) for c in cells]) for no, cells in rows])


