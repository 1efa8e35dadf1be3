"""Header → field mapping shared by the record extractors.

Each extractor declares a vocabulary: for every contract field, the phrasings the template and its local
variants use. A column is assigned to the field whose phrase matches its header path best (last path
segment first, since it is the most specific), each column to at most one field. A legend printed under the
table heading ("A - Buget de stat; B - Contribuții …") is applied first, so a column headed "A" reads as the
phrase the legend gives it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from extractors.model import Block
from extractors.tables import PATH_SEP, LogicalRow, ResolvedTable, column_kinds, repair
from normalizers.numbers import unit_from_text
from normalizers.text import clean_text, fold_key

_LEGEND_LINE = re.compile(r"^\s*([A-Z])\s*[-–—:=]\s*(.{3,}?)\s*[;.]?\s*$")
_PARENTHESIS = re.compile(r"\([^()]*\)")
_ROW_NUMBER = re.compile(r"^\s*(?:[a-zA-Z]\.)?\d{1,3}\s*[.)]?\s*$")


@dataclass(frozen=True)
class FieldRule:
    field: str
    phrases: tuple[str, ...]  # folded phrases; any match counts
    exclude: tuple[str, ...] = ()  # a header containing one of these is not this field


def legend_from_context(context: list[Block]) -> dict[str, str]:
    """Letters explained in the lines before a table: {'A': 'Buget de stat', …}."""
    legend: dict[str, str] = {}
    for block in context[-30:]:
        text = getattr(block, "text", "") or ""
        for part in re.split(r"[;\n]", text):
            m = _LEGEND_LINE.match(part)
            if m and len(m.group(2)) < 200:
                legend[m.group(1)] = clean_text(m.group(2))
            else:
                legend.update(_inline_legend(part))
    return legend


# 'Bugetele (lei): A - buget local, B - buget de stat, C - contribuții …': a legend written on one line
_INLINE_KEY = re.compile(r"(?:^|(?<=[\s,:(]))([A-Z])\s*[-–—=]\s+(?=\w)")


def _inline_legend(text: str) -> dict[str, str]:
    """Letters explained one after another in one line; only a run of at least two consecutive letters
    (A, B, C …) counts, so an initial and a dash in a sentence is no legend."""
    keys = list(_INLINE_KEY.finditer(text))
    out: dict[str, str] = {}
    for i, m in enumerate(keys):
        end = keys[i + 1].start() if i + 1 < len(keys) else len(text)
        meaning = clean_text(text[m.end():end]).rstrip(" ,;.")
        if meaning and len(meaning) < 120:
            out[m.group(1)] = meaning
    letters = sorted(out)
    consecutive = len(letters) >= 2 and all(ord(b) - ord(a) == 1 for a, b in zip(letters, letters[1:]))
    return out if consecutive else {}


def apply_legend(columns: list[str], legend: dict[str, str]) -> list[str]:
    if not legend:
        return columns
    out = []
    for path in columns:
        parts = []
        for seg in path.split(PATH_SEP):
            m = re.match(r"^\s*([A-Z])(?:\s+(.*))?$", seg)
            if m and m.group(1) in legend:
                parts.append(legend[m.group(1)] + (f" {m.group(2)}" if m.group(2) else ""))
            else:
                parts.append(seg)
        out.append(PATH_SEP.join(parts))
    return out


def _score(rule: FieldRule, path: str) -> float:
    raw_segments = [s for s in path.split(PATH_SEP) if s.strip()]
    segments = [fold_key(s) for s in raw_segments]
    if not segments:
        return 0.0
    # the header's head word outside parentheses names the field; "(nr. beneficiari)", "(lei)" only qualify it
    heads = [fold_key(_PARENTHESIS.sub(" ", s)) for s in raw_segments]
    whole = " ".join(segments)
    if any(x in whole for x in rule.exclude):
        return 0.0
    best = 0.0
    for depth, seg in enumerate(reversed(segments)):
        for phrase in rule.phrases:
            if phrase in seg or phrase.replace(" ", "") in seg.replace(" ", ""):
                # spaces lost or added by PDF text extraction ("Grad deocupare") do not matter
                s = 100.0
            elif len(phrase) >= 8 and len(phrase) <= len(seg) <= 3 * len(phrase):
                # typos and spacing variants of a short header; long header texts only by containment,
                # since a partial fuzzy match inside a sentence-long header finds anything
                s = fuzz.partial_ratio(phrase, seg)
                s = s if s >= 90 else 0.0
            else:
                s = 0.0
            if s:
                head = heads[len(segments) - 1 - depth]
                if head and head != seg and phrase not in head and phrase.replace(" ", "") not in head.replace(" ", ""):
                    s -= 5  # matched only inside a parenthesis: "Capacitate (nr. beneficiari)" is a capacity
                # the most specific (last) segment counts most; longer phrases are more specific
                best = max(best, s - depth * 10 + min(len(phrase), 30) / 10)
    return best


def map_columns(columns: list[str], rules: list[FieldRule]) -> dict[str, int]:
    """field → column index, greedy on the best scores, each column and field used once."""
    candidates = []
    for col, path in enumerate(columns):
        for rule in rules:
            s = _score(rule, path)
            if s > 0:
                candidates.append((s, -col, rule.field, col))
    candidates.sort(reverse=True)
    mapping: dict[str, int] = {}
    used: set[int] = set()
    for _, _, fld, col in candidates:
        if fld in mapping or col in used:
            continue
        mapping[fld] = col
        used.add(col)
    return mapping


def row_number_column(rt: ResolvedTable, mapping: dict[str, int]) -> int | None:
    """The row-number column: mapped by header, else the first column when most body rows start with a number."""
    if "row_no" in mapping:
        return mapping["row_no"]
    firsts = [r[0] for r in rt.body if r and any(c.strip() for c in r)]
    if firsts and sum(bool(_ROW_NUMBER.match(f)) for f in firsts) >= max(2, len(firsts) * 0.5):
        return 0
    return None


def table_unit(rt: ResolvedTable) -> str | None:
    """A money unit stated for the whole table: in its header or in the lines just before it."""
    for path in rt.columns:
        unit = unit_from_text(path)
        if unit:
            return unit
    for block in reversed(rt.context[-3:]):
        text = getattr(block, "text", "") or ""
        if len(text) < 300:
            unit = unit_from_text(text)
            if unit:
                return unit
    return None


def cell(row_cells: list[str], mapping: dict[str, int], fld: str) -> str | None:
    col = mapping.get(fld)
    if col is None or col >= len(row_cells):
        return None
    text = clean_text(row_cells[col])
    return text or None


@dataclass
class MappedTable:
    """A table read with a field vocabulary: column labels (legend applied), field → column, the row-number
    column, and the logical rows."""

    columns: list[str]
    mapping: dict[str, int]
    row_no_col: int | None
    rows: list[LogicalRow]

    def row_no(self, row: LogicalRow) -> str | None:
        return (clean_text(row.cells[self.row_no_col]) or None) if self.row_no_col is not None else None


def map_table(rt: ResolvedTable, rules: list[FieldRule], *, name_field: str,
              key_field: str | None = None) -> MappedTable:
    """Map the columns and repair the rows; a new logical row starts at a row number, or, in a table without
    one, at a filled ``key_field`` cell (e.g. the code); ``name_field`` is the text that wraps."""
    columns = apply_legend(rt.columns, legend_from_context(rt.context))
    mapping = map_columns(columns, rules)
    row_no_col = row_number_column(rt, mapping)
    if name_field not in mapping:
        # the name's header is a word the vocabulary lacks: the first column no other field and no row number took
        kinds = column_kinds(rt.body, len(columns)) if rt.body else []
        free = [c for c in range(len(columns)) if c not in mapping.values() and c != row_no_col
                and c < len(kinds) and kinds[c] == "text"]
        if free and len(mapping) >= 2:
            mapping[name_field] = free[0]
    key_col = row_no_col if row_no_col is not None else (mapping.get(key_field) if key_field else None)
    rows = repair(rt, key_col=key_col, name_col=mapping.get(name_field))
    return MappedTable(columns, mapping, row_no_col, rows)
