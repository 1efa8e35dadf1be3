"""Line-level pieces shared by the text-export reader's parts: markup clean-up, what kind of line a line is,
the row-number test and the table builder every text table encoding ends in."""
from __future__ import annotations

import html
import re
from dataclasses import dataclass

from extractors.model import Cell, Row, Table
from normalizers.text import clean_text

# ---------------------------------------------------------------- inline clean-up

# A Word bookmark a conversion left as text ('[bookmark: _Toc96948350]') is stripped by this reader and by no
# stage after it: a remnant standing as a cell of its own with its tab (BOOKMARK_CELL) before the export is split
# into lines, every other one by clean_inline, once the line's structure is known (a cell that starts with a
# bookmark before a figure, '\t[bookmark: _Toc1]24 de copii', is no new row).
_BOOKMARK = re.compile(r"\[bookmark:[^\]]*\]", re.I)
BOOKMARK_CELL = re.compile(r"(?<=\t)\[bookmark:[^\]\n]*\]\t", re.I)
_MD_LINK = re.compile(r"\[([^\]]*)\]\((?:[^)]*)\)")
_AUTOLINK = re.compile(r"<((?:https?|mailto|ftp):[^>\s]+)>", re.I)
_HTML_TAG = re.compile(r"</?[a-zA-Z][^<>]*>")
_BR_TAG = re.compile(r"</?br\b[^<>]*>", re.I)
# a block-level tag separates words ('<p>Centrul A</p><p>str. Mare 3</p>': two paragraphs of one cell): a space
_BLOCK_TAG = re.compile(r"</?(?:p|div|li|ul|ol|h[1-6]|blockquote|t[rdh]|table|tbody|thead)\b[^<>]*>", re.I)
_LINE_BREAK = "\u2028"  # stands for a <br> until the end of clean_inline (the emphasis pattern stops at "\n")
_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1|(?<![\w*])\*(?!\s)([^*\n]+?)(?<!\s)\*(?![\w*])")
_ESCAPES = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>])")


def strip_html_tags(text: str) -> str:
    """HTML tags typed as text (left by a conversion) removed, their words kept: a ``<br>`` becomes "\\n", an
    autolink ``<http://…>`` its URL. What the text reader does to such remnants, for readers of other formats."""
    text = _AUTOLINK.sub(r"\1", text)
    text = _BR_TAG.sub("\n", text)
    text = _BLOCK_TAG.sub(" ", text)
    return _HTML_TAG.sub("", text)


def clean_inline(text: str) -> str:
    """Remove markup remnants but keep their words (link text, emphasised text, URLs).

    A ``<br>`` becomes "\\n" (clean_text turns it into a space; parse_text splits text lines at it)."""
    text = _BOOKMARK.sub("", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _BR_TAG.sub(_LINE_BREAK, text)
    text = _BLOCK_TAG.sub(" ", text)
    text = _HTML_TAG.sub("", text)
    text = _EMPHASIS.sub(lambda m: m.group(2) if m.group(2) is not None else m.group(3), text)
    text = _ESCAPES.sub(r"\1", text)
    if "&" in text:
        text = html.unescape(text)
    return text.replace(_LINE_BREAK, "\n")


# ---------------------------------------------------------------- line classification

PIPE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


@dataclass
class Line:
    no: int  # 1-based
    raw: str
    fw: tuple | None = None  # fixed-width facts, computed once: (text line, rule line, has a gap, column mask)


def is_tsv_row(raw: str) -> bool:
    """A line with cells separated by tabs (not only one leading tab)."""
    stripped = raw.rstrip("\r\n")
    if "\t" not in stripped:
        return False
    body = stripped.lstrip("\t")
    lead = len(stripped) - len(body)
    return "\t" in body.rstrip("\t ") or lead >= 2 or (lead == 0 and "\t" in stripped)


def is_cell_line(raw: str) -> bool:
    """A line holding one cell: exactly one leading tab and no other tab."""
    return raw.startswith("\t") and not raw.startswith("\t\t") and "\t" not in raw[1:].rstrip("\t ")


def is_pipe_row(raw: str) -> bool:
    s = raw.strip()
    return s.startswith("|") and s.count("|") >= 2


# ---------------------------------------------------------------- tables

_ROW_NUMBER = re.compile(r"^\s*(?:[a-z]\.)?\d{1,3}\s*[.)]?(?:\s|$)(?!\s*\d{1,2}[.]\d{2,4})", re.I)
_DATE_START = re.compile(r"^\s*\d{1,2}\.\d{1,2}\.\d{2,4}")


def looks_like_row_start(text: str) -> bool:
    return bool(_ROW_NUMBER.match(text)) and not _DATE_START.match(text)


def far_narrower(cells: int, widest: int) -> bool:
    """Rows of fewer than half the cells of a table's widest row, met after a blank line, are another table (a
    report's small table of actions by stage under its measures table), not its rows short of a few trailing empty
    cells: the one rule of both text-export table readers."""
    return 2 * cells < widest


def make_table(rows: list[tuple[int, list[tuple[int, str]]]]) -> Table | None:
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


