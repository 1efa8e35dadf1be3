"""Text-export reader (txt / md / html remnants) → document model.

Exports of plans come in three table encodings, all recognised here:

* one row per line, cells separated by tabs (``1.\\t8730 CR-V-I\\tCămine …\\t42``);
* one cell per line, each prefixed by a single tab, rows separated by blank lines; a cell whose text wraps
  continues on following lines without the tab;
* pipe / markdown tables (``| a | b |`` with an optional ``|---|`` rule);
* fixed-width columns aligned with spaces only (``1.    8810 ID-I    Îngrijire …      16``), optionally with a
  dashed rule under the header: a block of at least three lines whose runs of two or more spaces line up.

A ``<br>`` (``<br/>``, ``<br />``) is a line break: inside a cell the two parts are joined with a space, in the
text it starts a new block (as a line break in a Word paragraph does).

Everything else becomes headings, list items and paragraphs, each with the 1-based line it starts on.
"""
from __future__ import annotations

import html
import re

import charset_normalizer
from dataclasses import dataclass
from pathlib import Path

from extractors.model import Block, Cell, Document, ReaderError, Row, Table
from extractors.readers.blocks import text_block
from normalizers.text import clean_text

# ---------------------------------------------------------------- decoding

_RO_LETTERS = set("ăâîșțşţĂÂÎȘȚŞŢ")
_CANDIDATE_ENCODINGS = ("cp1250", "iso-8859-2")


def decode_bytes(data: bytes) -> tuple[str, str, list[str]]:
    """Decode a text export; returns (text, encoding used, warnings).

    UTF-8 (with or without BOM) and UTF-16 with a BOM are taken as they are; otherwise the single-byte
    Romanian code pages are tried and the one yielding the most Romanian letters (and fewest control
    characters) wins; text with no Romanian letter in either goes to charset-normalizer's detector.
    """
    warnings: list[str] = []
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig", warnings
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16", warnings
    nul = data.count(b"\x00")
    if nul > max(16, len(data) // 10):
        raise ReaderError("binary_content", f"file looks binary ({nul} NUL bytes), not a text export")
    if nul:
        warnings.append("nul_bytes_removed")
        data = data.replace(b"\x00", b"")
    try:
        return data.decode("utf-8"), "utf-8", warnings
    except UnicodeDecodeError:
        pass
    best: tuple[float, str, str] | None = None
    for enc in _CANDIDATE_ENCODINGS:
        text = data.decode(enc, errors="replace")
        ro = sum(1 for ch in text if ch in _RO_LETTERS)
        bad = sum(1 for ch in text if (ord(ch) < 32 and ch not in "\t\r\n\f") or 0x80 <= ord(ch) < 0xA0 or ch == "\ufffd")
        score = ro - 5 * bad
        if best is None or score > best[0]:
            best = (score, enc, text)
    assert best is not None
    if best[0] <= 0:
        # no Romanian letter either way: not a Romanian code page; let charset-normalizer's detector judge
        match = charset_normalizer.from_bytes(data).best()
        if match is not None and match.encoding:
            warnings.append(f"encoding_detected:{match.encoding}")
            return str(match), match.encoding, warnings
    warnings.append(f"encoding_detected:{best[1]}")
    return best[2], best[1], warnings


# ---------------------------------------------------------------- inline clean-up

_BOOKMARK = re.compile(r"\[bookmark:[^\]]*\]", re.I)
_BOOKMARK_CELL = re.compile(r"(?<=\t)\[bookmark:[^\]\n]*\]\t", re.I)
_MD_LINK = re.compile(r"\[([^\]]*)\]\((?:[^)]*)\)")
_AUTOLINK = re.compile(r"<((?:https?|mailto|ftp):[^>\s]+)>", re.I)
_HTML_TAG = re.compile(r"</?[a-zA-Z][^<>]*>")
_BR_TAG = re.compile(r"</?br\b[^<>]*>", re.I)
_LINE_BREAK = "\u2028"  # stands for a <br> until the end of clean_inline (the emphasis pattern stops at "\n")
_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1|(?<![\w*])\*(?!\s)([^*\n]+?)(?<!\s)\*(?![\w*])")
_ESCAPES = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>])")


def clean_inline(text: str) -> str:
    """Remove markup remnants but keep their words (link text, emphasised text, URLs).

    A ``<br>`` becomes "\\n" (clean_text turns it into a space; parse_text splits text lines at it)."""
    text = _BOOKMARK.sub("", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _BR_TAG.sub(_LINE_BREAK, text)
    text = _HTML_TAG.sub("", text)
    text = _EMPHASIS.sub(lambda m: m.group(2) if m.group(2) is not None else m.group(3), text)
    text = _ESCAPES.sub(r"\1", text)
    if "&" in text:
        text = html.unescape(text)
    return text.replace(_LINE_BREAK, "\n")


# ---------------------------------------------------------------- line classification

_PIPE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


@dataclass
class _Line:
    no: int  # 1-based
    raw: str
    fw: tuple | None = None  # fixed-width facts, computed once: (text line, rule line, has a gap, column mask)


def _is_tsv_row(raw: str) -> bool:
    """A line with cells separated by tabs (not only one leading tab)."""
    stripped = raw.rstrip("\r\n")
    if "\t" not in stripped:
        return False
    body = stripped.lstrip("\t")
    lead = len(stripped) - len(body)
    return "\t" in body.rstrip("\t ") or lead >= 2 or (lead == 0 and "\t" in stripped)


def _is_cell_line(raw: str) -> bool:
    """A line holding one cell: exactly one leading tab and no other tab."""
    return raw.startswith("\t") and not raw.startswith("\t\t") and "\t" not in raw[1:].rstrip("\t ")


def _is_pipe_row(raw: str) -> bool:
    s = raw.strip()
    return s.startswith("|") and s.count("|") >= 2


# ---------------------------------------------------------------- tables

_ROW_NUMBER = re.compile(r"^\s*(?:[a-z]\.)?\d{1,3}\s*[.)]?(?:\s|$)(?!\s*\d{1,2}[.]\d{2,4})", re.I)
_DATE_START = re.compile(r"^\s*\d{1,2}\.\d{1,2}\.\d{2,4}")


def _looks_like_row_start(text: str) -> bool:
    return bool(_ROW_NUMBER.match(text)) and not _DATE_START.match(text)


def _make_table(rows: list[tuple[int, list[tuple[int, str]]]]) -> Table | None:
    """rows: (line, [(line, text), …]) → Table; drops rows whose cells are all empty."""
    out: list[Row] = []
    n_cols = 0
    for line, cells in rows:
        texts = [clean_text(clean_inline(t)) for _, t in cells]
        if not any(texts):
            continue
        # Trailing empty cells carry no information but widen the grid; keep up to the last filled one
        # only when the row is wider than what we have seen, so aligned empty columns survive.
        row_cells = [Cell(text=t, col=i, line=cl) for i, ((cl, _), t) in enumerate(zip(cells, texts))]
        n_cols = max(n_cols, len(row_cells))
        out.append(Row(cells=row_cells, line=line))
    if not out:
        return None
    return Table(rows=out, n_cols=n_cols, line=out[0].line)


def _parse_tsv_block(lines: list[_Line]) -> Table | None:
    rows = []
    for ln in lines:
        raw = ln.raw.rstrip("\r\n")
        if not raw.strip():
            continue
        rows.append((ln.no, [(ln.no, c) for c in raw.split("\t")]))
    return _make_table(rows)


def _parse_pipe_block(lines: list[_Line]) -> Table | None:
    rows = []
    for ln in lines:
        s = ln.raw.strip()
        if not s or _PIPE_RULE.match(s):
            continue
        if s.startswith("|"):
            s = s[1:]
        if s.endswith("|"):
            s = s[:-1]
        rows.append((ln.no, [(ln.no, c) for c in re.split(r"(?<!\\)\|", s)]))
    return _make_table(rows)


def _parse_cell_block(lines: list[_Line]) -> Table | None:
    """One cell per tab-prefixed line; untabbed lines continue the previous cell; blank lines end a
    fragment. Fragments are then merged into rows: a fragment that does not start with a row number
    continues a row that is still shorter than the table's width (a cell's text broke over a blank line)."""
    fragments: list[tuple[bool, list[list]]] = []  # (_, [[line, text], …])
    current: list[list] = []
    for ln in lines:
        raw = ln.raw.rstrip("\r\n")
        if _is_cell_line_blank(raw):
            current.append([ln.no, ""])
            continue
        if not raw.strip():
            if current:
                fragments.append((True, current))
                current = []
            continue
        if raw.startswith("\t"):
            current.append([ln.no, raw[1:]])
        elif current:
            current[-1][1] += " " + raw
        elif fragments:
            # continuation after a blank line: belongs to the last cell of the previous fragment
            fragments[-1][1][-1][1] += " " + raw
        else:
            current.append([ln.no, raw])
    if current:
        fragments.append((True, current))
    if not fragments:
        return None
    nonempty = [f for _, f in fragments if any(t.strip() for _, t in f)]
    if not nonempty:
        return None
    # a lone capitalised cell right before a numbered row may be a group heading (a merged row exported once)
    heading = [len(f) == 1 and f[0][1][:1].isupper() and not _looks_like_row_start(f[0][1])
               and k + 1 < len(nonempty) and _looks_like_row_start(nonempty[k + 1][0][1])
               for k, f in enumerate(nonempty)]
    # the table's width: its longest fragment, or the longest data row once a row's fragments (a row
    # number followed by fragments that are not row starts) are put together
    width = max(len(f) for f in nonempty)
    group = 0
    for frag, is_heading in zip(nonempty, heading):
        if is_heading:
            group = 0
            continue
        group = len(frag) if _looks_like_row_start(frag[0][1]) else group + len(frag) if group else 0
        width = max(width, group)
    rows: list[list[list]] = []
    for frag in nonempty:
        first = frag[0][1]
        # (a group heading, not counted in the width, stands alone after a complete row)
        if (rows and len(rows[-1]) < width and len(rows[-1]) + len(frag) <= width
                and not _looks_like_row_start(first)):
            rows[-1].extend(frag)
        else:
            rows.append(list(frag))
    return _make_table([(r[0][0], [(c[0], c[1]) for c in r]) for r in rows])


def _is_cell_line_blank(raw: str) -> bool:
    """A tab-only line is an empty cell, not a row separator."""
    return raw.startswith("\t") and not raw.strip(" \t\r\n")


# ---------------------------------------------------------------- fixed-width (space-aligned) tables

_FW_GAP = re.compile(r"\S {2,}(?=\S)")  # a run of two or more spaces between two printed characters
_FW_RULE = re.compile(r"^ *[-=_+]{3,}(?: *[-=_+]{3,})* *$")  # '--------   ------' or one long rule
_FW_FIGURE = re.compile(r"[\d.,%*/ -]+(?: ?lei)?", re.I)
_FW_MARKER = re.compile(r"^(?:[-•·▪◦●*–]|\d{1,3}[.)]|[a-z]\)|[ivx]{1,4}[.)])$", re.I)
_FW_MAX_LINES = 400


def _fw_text_line(raw: str) -> bool:
    return "\t" not in raw and bool(raw.strip()) and not _is_pipe_row(raw)


def _starts_fixed_width(lines: list[_Line], i: int) -> bool:
    """A fixed-width table may start here: a line with a gap of 2+ spaces inside it (or a rule line above one)."""
    raw = lines[i].raw.rstrip("\r\n")
    if not _fw_text_line(raw):
        return False
    if _FW_RULE.match(raw):
        return i + 1 < len(lines) and bool(_FW_GAP.search(lines[i + 1].raw.rstrip())) \
            and _fw_text_line(lines[i + 1].raw)
    return bool(_FW_GAP.search(raw.rstrip()))


def _fixed_width_table(lines: list[_Line], i: int) -> tuple[Table, int] | None:
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
    block = [_Line(ln.no, ln.raw.rstrip("\r\n ")) for ln in lines[i:j]]
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


def _fw_gutters(block: list[_Line]) -> list[tuple[int, int]]:
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


def _fw_table(block: list[_Line]) -> Table | None:
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
    return _make_table([(no, [(c[0], c[1]) for c in cells]) for no, cells in rows])


# ---------------------------------------------------------------- text blocks

def parse_text(text: str) -> list[Block]:
    """Split a text export into blocks (see module docstring)."""
    # a bookmark remnant and the tab after it ('\t[bookmark: _Hlk1]\tServiciul') are no cell of their own: left
    # in, the tab would turn a one-cell-per-line table into tab-separated rows
    text = _BOOKMARK_CELL.sub("", text)
    lines = [_Line(i + 1, raw) for i, raw in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))]
    blocks: list[Block] = []
    i, n = 0, len(lines)
    while i < n:
        raw = lines[i].raw
        if _is_pipe_row(raw):
            j = i
            while j < n and (_is_pipe_row(lines[j].raw) or _PIPE_RULE.match(lines[j].raw.strip() or "x")):
                j += 1
            table = _parse_pipe_block(lines[i:j])
            if table is not None:
                blocks.append(table)
            i = j
            continue
        if _is_tsv_row(raw) or (_is_cell_line(raw) and _tsv_context(lines, i)):
            j = i
            while j < n:
                r = lines[j].raw
                if _is_tsv_row(r) or _is_cell_line(r):
                    j += 1
                elif not r.strip() and j + 1 < n and (_is_tsv_row(lines[j + 1].raw) or _is_cell_line(lines[j + 1].raw)):
                    j += 1  # a blank line inside a table
                else:
                    break
            table = _parse_tsv_block(lines[i:j])
            if table is not None:
                blocks.append(table)
            i = j
            continue
        if _is_cell_line(raw):
            j = _cell_block_end(lines, i)
            table = _parse_cell_block(lines[i:j])
            if table is not None and (len(table.rows) > 1 or table.n_cols > 1):
                blocks.append(table)
            elif table is not None:
                blocks.extend(b for b in (text_block(clean_text(clean_inline(t.text)), line=t.line or lines[i].no)
                                          for t in table.rows[0].cells) if b is not None)
            i = j
            continue
        if _starts_fixed_width(lines, i):
            found = _fixed_width_table(lines, i)
            if found is not None:
                table, i = found
                blocks.append(table)
                continue
        for part in clean_inline(raw).split("\n"):  # a <br> breaks the line
            block = text_block(clean_text(part), line=lines[i].no)
            if block is not None:
                blocks.append(block)
        i += 1
    return blocks


def _tsv_context(lines: list[_Line], i: int) -> bool:
    """A single-tab line belongs to a tab-separated table when its neighbourhood is tab-separated rows."""
    for k in range(max(0, i - 3), min(len(lines), i + 4)):
        if k != i and _is_tsv_row(lines[k].raw):
            return True
    return False


def _cell_block_end(lines: list[_Line], i: int) -> int:
    """End (exclusive) of a one-cell-per-line table starting at i.

    Untabbed text after a single blank line still belongs to the table when a tabbed cell line follows within
    a few lines (a cell whose text broke over a blank line); after two or more blank lines it is a paragraph
    (often the title of the next table), and the table has ended.
    """
    n = len(lines)
    j = i
    while j < n:
        raw = lines[j].raw
        if raw.startswith("\t") and not _is_tsv_row(raw):
            j += 1
            continue
        if not raw.strip():
            j += 1
            continue
        # untabbed text: continuation if a cell line comes before the next paragraph gap
        blanks_before = 0
        while blanks_before < j - i and not lines[j - 1 - blanks_before].raw.strip():
            blanks_before += 1
        if blanks_before >= 2:
            break
        k = j
        while k < n and lines[k].raw.strip() and not lines[k].raw.startswith("\t") and k - j < 3:
            k += 1
        m = k
        while m < n and not lines[m].raw.strip() and m - k < 4:
            m += 1
        if m < n and lines[m].raw.startswith("\t") and not _is_tsv_row(lines[m].raw) and k - j < 3:
            j = m
            continue
        break
    # trailing blank lines are not part of the table
    while j > i + 1 and not lines[j - 1].raw.strip():
        j -= 1
    return max(j, i + 1)


def read_text(path: Path, doc_id: str, source_path: str, fmt: str = "txt") -> Document:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise ReaderError("unreadable", f"cannot read {path}: {exc.strerror or exc}") from exc
    if not data.strip():
        raise ReaderError("empty_file", f"{path} holds no text")
    text, encoding, warnings = decode_bytes(data)
    blocks = parse_text(text)
    if not blocks:
        raise ReaderError("empty_file", f"{path} holds no text")
    return Document(source_path=source_path, doc_id=doc_id, format=fmt, blocks=blocks, encoding=encoding,
                    warnings=warnings)
