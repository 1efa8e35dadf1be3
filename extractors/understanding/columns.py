"""Column → field mapping of one table, with the evidence for each column.

Each table kind declares a vocabulary (:class:`extractors.understanding.spec.FieldRule`): for every field, the
phrasings the template and its local variants use. A column is assigned to the field whose phrase matches its
header path best (last path segment first, since it is the most specific), each column to at most one field. A
legend printed under the table heading ("A - Buget de stat; B - Contribuții …") is applied first, so a column
headed "A" reads as the phrase the legend gives it. For every column the mapping records its evidence: the
header phrase that matched (and its score) and the content type of its cells (:mod:`normalizers.content`).

Content is evidence of its own: a column whose header the vocabulary lacks but whose cells are of one kind the
spec ties to a field (``TableKindSpec.content_fields``: CPV codes, nomenclator codes, percentages, money …) maps
to that field when no header took it and no other free column holds the same content; a column mapped by its
header to one field while its cells are of a type that implies another is kept as the header says and flagged
``column_content_contradicts_header:<field>`` (a table warning, reported on the document), never chosen silently.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from types import MappingProxyType
from typing import Mapping

from rapidfuzz import fuzz

from extractors.model import Block
from extractors.tables import PATH_SEP, ResolvedTable, body_flags, column_kinds
from extractors.understanding.spec import (COUNT_OF_PLACES, NAME_FALLBACK_FREE, NAME_FALLBACK_TEXT, REFINES,
                                           STRONG_CONTENT, FieldRule, TableKindSpec)
from normalizers.content import (COUNT, CPV_CODE, EMPTY, MONEY, NOMENCLATOR_CODE, ORGANISATION, TEXT,
                                 ColumnContent, ColumnContentSettings, column_content, content_type)
from normalizers.numbers import unit_from_text
from normalizers.text import clean_text, fold_key

_LEGEND_LINE = re.compile(r"^\s*([A-Z])\s*[-–—:=]\s*(.{3,}?)\s*[;.]?\s*$")
_PARENTHESIS = re.compile(r"\([^()]*\)")
ROW_NUMBER = re.compile(r"^\s*(?:[a-zA-Z]\.)?\d{1,3}\s*[.)]?\s*$")

# the evidence a column's field came from
BY_HEADER = "header"
BY_CONTENT = "content"
BY_FALLBACK = "name_fallback"


@dataclass(frozen=True)
class ContentSettings:
    """How much of a column is read to type it (:func:`normalizers.content.column_content` decides the type)."""

    max_cells: int = 40  # cells read per column: a column's type shows in its first rows
    column: ColumnContentSettings = ColumnContentSettings()


DEFAULT_CONTENT = ContentSettings()


@dataclass(frozen=True)
class ColumnEvidence:
    """Why a column got its field (or none): the header phrase that matched best, its score, and what the cells
    hold."""

    col: int
    label: str  # the header path, legend applied
    field: str | None  # the field the column was given (None: unmapped)
    header_field: str | None  # the field its header matches best (may be taken by a better column)
    header_phrase: str | None
    header_score: float
    content_type: str | None
    content_share: float
    by: str | None = None  # what gave the field: BY_HEADER, BY_CONTENT, BY_FALLBACK (None: unmapped, or a hook)


@dataclass(frozen=True)
class ColumnMapping:
    labels: tuple[str, ...]
    fields: Mapping[str, int]  # field → column (read-only)
    row_no_col: int | None
    evidence: tuple[ColumnEvidence, ...]
    warnings: tuple[str, ...] = ()  # column_content_contradicts_header:<field>

    @property
    def unmapped(self) -> tuple[int, ...]:
        """Columns that no field and no row number took."""
        used = set(self.fields.values()) | ({self.row_no_col} if self.row_no_col is not None else set())
        return tuple(c for c in range(len(self.labels)) if c not in used)


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


def _levels(path: tuple[str, ...] | str) -> tuple[str, ...]:
    """A header path's levels, one header cell each (:attr:`extractors.tables.ResolvedTable.levels`); a text is
    one cell (a slash inside it is part of its label: 'Nr. / data')."""
    return (path,) if isinstance(path, str) else tuple(path)


def table_levels(rt: ResolvedTable) -> list[tuple[str, ...]]:
    """The levels of every column of a repaired table (one level per column label when the table carries none)."""
    if len(rt.levels) == len(rt.columns):
        return list(rt.levels)
    return [(label,) if label else () for label in rt.columns]


def apply_legend(levels: list[tuple[str, ...]], legend: dict[str, str]) -> list[tuple[str, ...]]:
    """Every level that is a letter of the legend ('A', 'B 2024') read as the phrase the legend gives it."""
    if not legend:
        return list(levels)
    out = []
    for path in levels:
        parts = []
        for seg in path:
            m = re.match(r"^\s*([A-Z])(?:\s+(.*))?$", seg)
            if m and m.group(1) in legend:
                parts.append(legend[m.group(1)] + (f" {m.group(2)}" if m.group(2) else ""))
            else:
                parts.append(seg)
        out.append(tuple(parts))
    return out


def _phrase_score(phrase: str, seg: str, fuzzy: bool = True) -> float:
    if phrase in seg or phrase.replace(" ", "") in seg.replace(" ", ""):
        # spaces lost or added by PDF text extraction ("Grad deocupare") do not matter
        return 100.0
    if fuzzy and len(phrase) >= 8 and len(phrase) <= len(seg) <= 3 * len(phrase):
        # typos and spacing variants of a short header; long header texts only by containment, since a partial
        # fuzzy match inside a sentence-long header finds anything
        s = fuzz.partial_ratio(phrase, seg)
        return s if s >= 90 else 0.0
    return 0.0


def score_rule(rule: FieldRule, path: tuple[str, ...] | str, fuzzy: bool = True) -> tuple[float, str | None]:
    """How well a header path (its levels; a text is one level) names the rule's field, and the phrase that
    matched best (0, None: not at all). ``fuzzy=False``: word for word only, no typo forgiven anywhere."""
    raw_segments = [s for s in _levels(path) if s.strip()]
    segments = [fold_key(s) for s in raw_segments]
    if not segments:
        return 0.0, None
    # the header's head word outside parentheses names the field; "(nr. beneficiari)", "(lei)" only qualify it
    heads = [fold_key(_PARENTHESIS.sub(" ", s)) for s in raw_segments]
    whole = " ".join(segments)
    if any(x in whole for x in rule.exclude):
        return 0.0, None
    best, best_phrase = 0.0, None
    for depth, seg in enumerate(reversed(segments)):
        for phrase in rule.phrases:
            # typos are forgiven in a column's own label only: a group header over several columns names the
            # group ('Sume alocate pe surse de finanțare'), and a near miss in it ('alte surse de finanțare') names
            # none of its columns
            s = _phrase_score(phrase, seg, fuzzy=fuzzy and depth == 0)
            if not s:
                continue
            head = heads[len(segments) - 1 - depth]
            if head and head != seg and phrase not in head and phrase.replace(" ", "") not in head.replace(" ", ""):
                s -= 5  # matched only inside a parenthesis: "Capacitate (nr. beneficiari)" is a capacity
            # the most specific (last) segment counts most; longer phrases are more specific
            s = s - depth * 10 + min(len(phrase), 30) / 10
            if s > best:
                best, best_phrase = s, phrase
    return best, best_phrase


def _score(rule: FieldRule, path: tuple[str, ...] | str) -> float:
    return score_rule(rule, path)[0]


def _holds(content: ColumnContent, types: tuple[str, ...]) -> bool:
    """The column's cells are of one of ``types``: its type, or — too few cells to type it (a table of one or two
    rows) — every filled cell."""
    return content.kind in types or REFINES.get(content.kind or "") in types or (
        content.kind is None and bool(content.counts) and set(content.counts) <= set(types))


def _as_words(rule: FieldRule, path: tuple[str, ...] | str) -> bool:
    """One of the rule's phrases is printed as whole words in the header: a rule that names its field only over
    some content is a weak cue, not read into a word split by a PDF reader ('benefi ciari') or into another word
    ('beneficiare')."""
    folded = fold_key(" ".join(_levels(path)))
    return any(re.search(rf"\b{re.escape(p)}\b", folded) for p in rule.phrases)


# a date in a header; a PDF reader may break it after a separator ("31.12. 2021")
_HEADER_DATE = re.compile(r"\b(\d{1,2})[./] ?(\d{1,2})[./] ?((?:19|20)\d\d)\b")


def _latest_date(path: tuple[str, ...] | str) -> int:
    """The latest date the most specific level of a header path that prints one prints (yyyymmdd), 0 when none: of
    two columns a field's phrase names alike ('Nr. beneficiari la 31.12.2023 | Nr. beneficiari la 31.12.2024'), the
    one at the later date is the current figure and the other the previous date's, which a report prints beside it
    for comparison (a caption over every column, 'Situația la data de 31.12.2024', dates none of them)."""
    for level in reversed(_levels(path)):
        found = [int(y) * 10000 + int(m) * 100 + int(d) for d, m, y in _HEADER_DATE.findall(level)]
        if found:
            return max(found)
    return 0


def map_columns(columns: list[tuple[str, ...]] | list[str], rules: list[FieldRule] | tuple[FieldRule, ...],
                contents: list[ColumnContent] | None = None) -> dict[str, int]:
    """field → column index (``columns``: each column's header levels), greedy on the best scores (on a tie: the later
    date its header prints, then the first column), each column and field used once. A rule that names its field only over some content (``FieldRule.content``) takes a column
    only when ``contents`` says its cells are of that type."""
    candidates = []
    for col, path in enumerate(columns):
        for rule in rules:
            if rule.content and not (contents is not None and col < len(contents)
                                     and _holds(contents[col], rule.content) and _as_words(rule, path)):
                continue
            s = _score(rule, path)
            if s > 0:
                candidates.append((s, _latest_date(path), -col, rule.field, col))
    candidates.sort(reverse=True)
    mapping: dict[str, int] = {}
    used: set[int] = set()
    for *_, fld, col in candidates:
        if fld in mapping or col in used:
            continue
        mapping[fld] = col
        used.add(col)
    return mapping


# a first column headed by the bare abbreviation of 'number' ('Nr.'), which no field phrase can name alone
_BARE_NUMBER_HEADER = re.compile(r"^nr$")
_TOTAL_CELL = re.compile(r"^\s*(?:sub)?total", re.I)


def row_number_column(rt: ResolvedTable, mapping: Mapping[str, int]) -> int | None:
    """The row-number column: mapped by header, else the first column when most body rows start with a number,
    or when it is headed 'Nr.' and every filled cell of it is a row number (a TOTAL label aside): group headings
    and subtotal rows typed in the name column leave it empty on as many rows as it numbers."""
    if "row_no" in mapping:
        return mapping["row_no"]
    firsts = [r[0] for r in rt.data_body if r and any(c.strip() for c in r)]
    if firsts and sum(bool(ROW_NUMBER.match(f)) for f in firsts) >= max(2, len(firsts) * 0.5):
        return 0
    numbered = [f for f in firsts if f.strip() and not _TOTAL_CELL.match(f)]
    if (rt.columns and _BARE_NUMBER_HEADER.match(fold_key(rt.columns[0])) and len(numbered) >= 2
            and all(ROW_NUMBER.match(f) for f in numbered)):
        return 0
    return None


def _name_fallback(spec: TableKindSpec, rt: ResolvedTable, n_cols: int, mapping: dict[str, int],
                   row_no_col: int | None, settings: ContentSettings = DEFAULT_CONTENT) -> int | None:
    """The name's header is a word the vocabulary lacks: the first column no other field and no row number took
    (for some kinds, only when its cells are text and two other fields were recognised)."""
    name = spec.name_field
    if name is None or name in mapping or spec.name_fallback is None:
        return None
    free = [c for c in range(n_cols) if c not in mapping.values() and c != row_no_col]
    if spec.name_fallback == NAME_FALLBACK_TEXT:
        kinds = column_kinds(rt.data_body, n_cols) if rt.data_body else []
        texts = [c for c in free if c < len(kinds) and kinds[c] == "text"] if len(mapping) >= 2 else []
        free = texts or _small_table_name_column(rt, free, mapping, settings)
    elif spec.name_fallback != NAME_FALLBACK_FREE:
        raise ValueError(f"unknown name fallback {spec.name_fallback!r}")
    if free:
        mapping[name] = free[0]
        return free[0]
    return None


def _small_table_name_column(rt: ResolvedTable, free: list[int], mapping: Mapping[str, int],
                             settings: ContentSettings = DEFAULT_CONTENT) -> list[int]:
    """The name column of a table too short to type its columns by a majority of cells (one or two rows): only
    when it is unambiguous — two fields at least, and of the free columns (not taken by a field or the row number,
    not empty) exactly one holds names in every filled cell (words, not a figure, a code, a date or a dash): a
    column the vocabulary lacks beside it ('Indicatori de rezultat': '-', a note) is no second name."""
    # the rows of data: a group heading ('Servicii sociale cu cazare' merged across the table) or the header printed
    # again is no cell of any column
    body = [r for r, flag in zip(rt.body, body_flags(rt)) if not flag]
    # filled columns, but not one of row numbers (too few rows for :func:`row_number_column` to say so)
    filled = [c for c in free if any(c < len(r) and r[c].strip() for r in body)
              and not all(ROW_NUMBER.match(r[c]) for r in body if c < len(r) and r[c].strip())]
    if len(mapping) < 2 or not filled:
        return []
    columns = [[r[c] for r in body if c < len(r) and r[c].strip()] for c in filled]
    if max(len(cells) for cells in columns) >= settings.column.min_cells:
        return []  # long enough to be typed by its content: that judgement stands
    names = [c for c, cells in zip(filled, columns)
             if all(content_type(t) in (TEXT, ORGANISATION) and len(re.findall(r"[^\W\d_]{2,}", t)) >= 2
                    for t in cells)]
    return names if len(names) == 1 else []


def columns_content(rt: ResolvedTable, n_cols: int, settings: ContentSettings = DEFAULT_CONTENT
                    ) -> list[ColumnContent]:
    """The content type of every column, from its first body cells; the header printed again over a fragment or a
    new page (flagged by table repair, dropped from the rows later) is no content of its column."""
    body = content_rows(rt)[:settings.max_cells]
    return [refined_content([r[col] for r in body if col < len(r)], settings) for col in range(n_cols)]


def content_rows(rt: ResolvedTable) -> list[list[str]]:
    """The body rows whose cells say what their columns hold: not the header printed again over a fragment or a
    new page (flagged by table repair), nor a group heading printed across the table."""
    return [r for r in rt.data_body if not _spanned_row(r)]


def _spanned_row(cells: list[str]) -> bool:
    """A row printed across the table — a group heading ('Servicii sociale pentru copii și familie') whose merged
    cell the reader repeats in every column — is no content of any column."""
    filled = [clean_text(c) for c in cells if c.strip()]
    return len(filled) > 1 and len(set(filled)) == 1 and len(filled) == len(cells)


# a count that names places: '30 locuri', '12 paturi', '1 loc'
_PLACES = re.compile(r"^\D{0,12}\d+\s*(?:locuri|loc|paturi|pat)\b", re.I)


def _stated_money(cells: list[str]) -> bool:
    """Every filled cell is an amount with its currency ('251 mii lei'): money however few the cells — the cells of
    a one-service table, too few to type a column by their share, say what they are themselves."""
    filled = [c for c in cells if content_type(c) != EMPTY]
    return bool(filled) and all(content_type(c) == MONEY and unit_from_text(c) in _CURRENCIES for c in filled)


_CURRENCIES = ("lei", "mii lei", "mil lei")


def refined_content(cells: list[str], settings: ContentSettings = DEFAULT_CONTENT) -> ColumnContent:
    """A column's content type (:func:`normalizers.content.column_content`), a column of counts refined to one of
    places (:data:`~extractors.understanding.spec.COUNT_OF_PLACES`) when most of its counts say they count places
    — a bare count may be places or people, a count of places is how many a service can take."""
    content = column_content(cells, settings.column)
    if content.kind is None and _stated_money(cells):
        return ColumnContent(kind=MONEY, share=1.0, counts=content.counts)
    if content.kind != COUNT:
        return content
    counts = [c for c in cells if content_type(c) == COUNT]
    places = sum(bool(_PLACES.match(clean_text(c))) for c in counts)
    if counts and places >= settings.column.min_share * len(counts):
        return ColumnContent(kind=COUNT_OF_PLACES, share=content.share, counts=content.counts)
    return content


def map_by_content(spec: TableKindSpec, contents: list[ColumnContent], mapping: dict[str, int],
                   row_no_col: int | None) -> list[int]:
    """Fields no header named, taken by the one free column whose content implies them; returns those columns.
    Two free columns of the same type leave the field unmapped: which one is meant is no longer unambiguous."""
    taken: list[int] = []
    for ctype, fld in spec.content_fields:
        if fld in mapping:
            continue
        used = set(mapping.values()) | ({row_no_col} if row_no_col is not None else set())
        free = [c for c, content in enumerate(contents) if c not in used and content.kind == ctype]
        if len(free) == 1:
            mapping[fld] = free[0]
            taken.append(free[0])
    return taken


def contradictions(spec: TableKindSpec, contents: list[ColumnContent], mapping: Mapping[str, int],
                   by_header: set[int]) -> tuple[str, ...]:
    """``column_content_contradicts_header:<field>`` for each field a header gave to a column whose cells are of a
    type that says what a column is (:data:`STRONG_CONTENT`) and names another field: a type the kind ties to
    another field (CPV codes under 'Cod serviciu', percentages under 'Capacitate'), a type other than the one the
    kind ties to the field (money under 'Grad de ocupare', places under 'Cod serviciu'), or codes the kind holds in
    no field (CPV codes under a services table's 'Capacitate')."""
    implied = dict(spec.content_fields)
    expected = {fld: ctype for ctype, fld in spec.content_fields}
    warnings: list[str] = []
    for fld, col in mapping.items():
        kind = contents[col].kind if col < len(contents) else None
        if col not in by_header or kind not in STRONG_CONTENT:
            continue
        if kind in implied:
            contradicts = implied[kind] != fld
        else:
            contradicts = fld in expected or kind in (NOMENCLATOR_CODE, CPV_CODE)
        if contradicts:
            warnings.append(f"column_content_contradicts_header:{fld}")
    return tuple(sorted(warnings))


def map_table_columns(rt: ResolvedTable, spec: TableKindSpec,
                      settings: ContentSettings = DEFAULT_CONTENT) -> ColumnMapping:
    """The kind's column mapping of one repaired table, with the evidence for every column: headers first, then
    content for the fields no header named, then the kind's name fallback."""
    levels = table_levels(rt)
    if spec.legend:
        levels = apply_legend(levels, legend_from_context(rt.context))
    labels = [PATH_SEP.join(path) for path in levels]
    contents = columns_content(rt, len(labels), settings)
    mapping = map_columns(levels, spec.rules, contents)
    by: dict[int, str] = {col: BY_HEADER for col in mapping.values()}
    row_no_col = row_number_column(rt, mapping)
    by.update({col: BY_CONTENT for col in map_by_content(spec, contents, mapping, row_no_col)})
    fallback = _name_fallback(spec, rt, len(labels), mapping, row_no_col, settings)
    if fallback is not None:
        by[fallback] = BY_FALLBACK
    warnings = contradictions(spec, contents, mapping, {c for c, b in by.items() if b == BY_HEADER})
    if spec.fields_hook is not None:
        mapping = spec.fields_hook(mapping)
    return ColumnMapping(labels=tuple(labels), fields=MappingProxyType(dict(mapping)), row_no_col=row_no_col,
                         evidence=column_evidence(levels, spec.rules, mapping, contents, by), warnings=warnings)


def column_evidence(levels: list[tuple[str, ...]], rules: tuple[FieldRule, ...] | list[FieldRule],
                    mapping: Mapping[str, int], contents: list[ColumnContent], by: Mapping[int, str]
                    ) -> tuple[ColumnEvidence, ...]:
    field_of = {col: fld for fld, col in mapping.items()}
    out = []
    for col, path in enumerate(levels):
        label = PATH_SEP.join(path)
        scored = [(score_rule(rule, path), rule.field) for rule in rules]
        (score, phrase), header_field = max(scored, key=lambda x: x[0][0], default=((0.0, None), None))
        content = contents[col]
        out.append(ColumnEvidence(col=col, label=label, field=field_of.get(col),
                                  header_field=header_field if score > 0 else None, header_phrase=phrase,
                                  header_score=round(score, 1), content_type=content.kind,
                                  content_share=round(content.share, 2),
                                  by=by.get(col) if col in field_of else None))
    return tuple(out)
