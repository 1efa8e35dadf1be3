"""Text-export reader (txt / md / html remnants) → document model.

Exports of plans come in four table encodings, all recognised here:

* one row per line, cells separated by tabs (``1.\\t8730 CR-V-I\\tCămine …\\t42``);
* one cell per line, each prefixed by a single tab, rows separated by blank lines; a cell whose text wraps
  continues on following lines without the tab (column count, rows and table ends inferred from structure:
  :mod:`extractors.readers.text_cells`);
* pipe / markdown tables (``| a | b |`` with an optional ``|---|`` rule);
* fixed-width columns aligned with spaces only (``1.    8810 ID-I    Îngrijire …      16``), optionally with a
  dashed rule under the header: a block of at least three lines whose runs of two or more spaces line up
  (:mod:`extractors.readers.text_fixed`).

A ``<br>`` (``<br/>``, ``<br />``) is a line break: inside a cell the two parts are joined with a space, in the
text it starts a new block (as a line break in a Word paragraph does). Line-level helpers shared by these parts
are in :mod:`extractors.readers.text_lines`.

Everything else becomes headings, list items and paragraphs, each with the 1-based line it starts on.
"""
from __future__ import annotations

import re
from pathlib import Path

import charset_normalizer

from extractors.model import Block, Document, ReaderError, Table
from extractors.readers.blocks import text_block
from extractors.readers.sniff import ZEROED_BLOCK, utf16_without_bom
from extractors.readers.text_cells import cell_region_end, parse_cell_region
from extractors.readers.text_fixed import fixed_width_table, starts_fixed_width
from extractors.readers.text_lines import (BOOKMARK_CELL, PIPE_RULE, Line, clean_inline, far_narrower, is_cell_line,
                                           is_pipe_row, is_tsv_row, make_table)
from normalizers.text import clean_text

__all__ = ["clean_inline", "decode_bytes", "parse_text", "read_text"]

# ---------------------------------------------------------------- decoding

_RO_LETTERS = set("ăâîșțşţĂÂÎȘȚŞŢ")
_CANDIDATE_ENCODINGS = ("cp1250", "iso-8859-2")


def decode_bytes(data: bytes) -> tuple[str, str, list[str]]:
    """Decode a text export; returns (text, encoding used, warnings).

    UTF-8 (with or without BOM) and UTF-16 (with a BOM, or without one: NUL bytes at every other position) are
    taken as they are; otherwise the single-byte
    Romanian code pages are tried and the one yielding the most Romanian letters (and fewest control
    characters) wins; text with no Romanian letter in either goes to charset-normalizer's detector.
    """
    warnings: list[str] = []
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig", warnings
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16", warnings
    utf16 = utf16_without_bom(data)
    if utf16:
        warnings.append(f"encoding_detected:{utf16}")
        return data.decode(utf16, errors="replace"), utf16, warnings
    zeroed = ZEROED_BLOCK.findall(data)
    if zeroed:
        n_zero = sum(len(z) for z in zeroed)
        warnings.append(f"zeroed_blocks_removed: {n_zero} zero bytes in {len(zeroed)} block(s); what they held is lost")
        data = ZEROED_BLOCK.sub(b"", data)
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


def _parse_tsv_block(lines: list[Line]) -> Table | None:
    rows = []
    for ln in lines:
        raw = ln.raw.rstrip("\r\n")
        if not raw.strip():
            continue
        rows.append((ln.no, [(ln.no, c) for c in raw.split("\t")]))
    return make_table(rows)


def _parse_pipe_block(lines: list[Line]) -> Table | None:
    rows = []
    for ln in lines:
        s = ln.raw.strip()
        if not s or PIPE_RULE.match(s):
            continue
        if s.startswith("|"):
            s = s[1:]
        if s.endswith("|"):
            s = s[:-1]
        rows.append((ln.no, [(ln.no, c) for c in re.split(r"(?<!\\)\|", s)]))
    return make_table(rows)


# ---------------------------------------------------------------- text blocks

def parse_text(text: str) -> list[Block]:
    """Split a text export into blocks (see module docstring)."""
    # a bookmark remnant and the tab after it ('\t[bookmark: _Hlk1]\tServiciul') are no cell of their own: left
    # in, the tab would turn a one-cell-per-line table into tab-separated rows
    text = BOOKMARK_CELL.sub("", text)
    lines = [Line(i + 1, raw) for i, raw in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))]
    blocks: list[Block] = []
    i, n = 0, len(lines)
    while i < n:
        raw = lines[i].raw
        if is_pipe_row(raw):
            j = i
            while j < n and (is_pipe_row(lines[j].raw) or PIPE_RULE.match(lines[j].raw.strip() or "x")):
                j += 1
            table = _parse_pipe_block(lines[i:j])
            if table is not None:
                blocks.append(table)
            i = j
            continue
        if is_tsv_row(raw) or (is_cell_line(raw) and _tsv_context(lines, i)):
            j = i
            widest = 0  # cells of the widest row so far
            while j < n:
                r = lines[j].raw
                if is_tsv_row(r) or is_cell_line(r):
                    widest = max(widest, r.count("\t") + 1)
                    j += 1
                elif not r.strip() and j + 1 < n and (is_tsv_row(lines[j + 1].raw) or is_cell_line(lines[j + 1].raw)):
                    following = lines[j + 1].raw
                    if is_tsv_row(following) and far_narrower(following.count("\t") + 1, widest):
                        break  # another table
                    j += 1  # a blank line inside a table
                else:
                    break
            table = _parse_tsv_block(lines[i:j])
            if table is not None:
                blocks.append(table)
            i = j
            continue
        if is_cell_line(raw):
            j = cell_region_end(lines, i)
            blocks.extend(parse_cell_region(lines[i:j]))
            i = j
            continue
        if starts_fixed_width(lines, i):
            found = fixed_width_table(lines, i)
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


def _tsv_context(lines: list[Line], i: int) -> bool:
    """A single-tab line belongs to a tab-separated table when its neighbourhood is tab-separated rows."""
    for k in range(max(0, i - 3), min(len(lines), i + 4)):
        if k != i and is_tsv_row(lines[k].raw):
            return True
    return False


def read_decoded(path: Path) -> tuple[str, str, list[str]]:
    """The file's text, the encoding it was read in and the decoding's warnings (``unreadable``, ``empty_file``)."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise ReaderError("unreadable", f"cannot read {path}: {exc.strerror or exc}") from exc
    if not data.strip():
        raise ReaderError("empty_file", f"{path} holds no text")
    return decode_bytes(data)


def read_text(path: Path, doc_id: str, source_path: str, fmt: str = "txt") -> Document:
    text, encoding, warnings = read_decoded(path)
    blocks = parse_text(text)
    if not blocks:
        raise ReaderError("empty_file", f"{path} holds no text")
    return Document(source_path=source_path, doc_id=doc_id, format=fmt, blocks=blocks, encoding=encoding,
                    warnings=warnings)
