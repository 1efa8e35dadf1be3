"""Table repair, format-agnostic: from the reader's tables to logical tables with one label path per column.

One stage, run once per document by :func:`repair_tables`; nothing after it repairs a table again.

1. :mod:`.stitch` — a table interrupted by a page break, footnote lines or a separator line is joined back onto
   the table it continues; a grid holding two tables is split at the second one's header; :mod:`.fragments`
   re-assembles a table the source broke into fragments and puts stray cell text back into its cell. Each table
   keeps one provenance item per part (``Table.prov``).
2. :mod:`.header` — headers over one to four rows become one label path per column (``"Bugetele estimate … [mii
   lei] / Buget local"``); labels printed out of their columns are put back; :mod:`.flags` marks the header rows,
   the header printed again, the row-number column and group headings on the cells (docling-core's flags).
3. :mod:`.rows` — rows typed out of their columns are moved back; :func:`logical_rows` turns physical body rows
   into logical rows once the columns that key and name a row are known (the understanding stage knows them).

Nothing here knows about social services: the vocabulary that says which column is which lives in the table
kind specs (:mod:`extractors.understanding.specs`). Tolerances are in :class:`StitchSettings`.
"""
from __future__ import annotations

import copy
from dataclasses import dataclass, field, fields
from functools import cached_property

from extractors.model import Block, Cell, Provenance, Row, Table
from extractors.tables.common import PATH_SEP, column_kinds
from extractors.tables.flags import flag_cells
from extractors.tables.header import column_levels, column_paths, realign_header_labels, split_header
from extractors.tables.rows import LogicalRow, realign_shifted_rows, repair_rows, strip_footnote_marks
from extractors.tables.settings import DEFAULT_STITCH, StitchSettings
from extractors.tables.stitch import _place_split_tables, stitch_tables

__all__ = ["PATH_SEP", "LogicalRow", "RepairedTables", "ResolvedTable", "StitchSettings", "column_kinds",
           "column_levels", "column_paths", "logical_rows", "realign_header_labels", "realign_shifted_rows", "repair_rows",
           "repair_tables", "resolve_tables", "body_flags", "split_header", "stitch_tables", "strip_footnote_marks"]


@dataclass(frozen=True)
class ResolvedTable:
    """A repaired table: header split into one label path per column, body rows still physical (spans filled,
    re-aligned) with their provenance. Which rows are one logical row depends on the columns that key and name a
    row, known once the table is classified: :func:`logical_rows`."""

    table: Table
    columns: list[str]  # label path per column ("" when the header says nothing)
    header_rows: list[list[str]]
    context: list[Block]  # text blocks before the table, nearest last
    warnings: list[str] = field(default_factory=list)
    body: list[list[str]] = field(default_factory=list)
    body_lines: list[int | None] = field(default_factory=list)
    body_pages: list[int | None] = field(default_factory=list)
    body_warnings: list[list[str]] = field(default_factory=list)  # per physical body row ('row_realigned')
    # the label path of every column as its levels, one header cell each (``columns`` joins them by PATH_SEP, so
    # a slash printed inside one cell, 'Nr. / data', cannot be told from two levels there); () when unlabelled
    levels: list[tuple[str, ...]] = field(default_factory=list)

    @property
    def seq(self) -> int | None:
        return self.table.seq

    @cached_property
    def data_body(self) -> list[list[str]]:
        """The body without the rows table repair flagged as the header printed again (over a fragment or a new
        page): the rows whose cells are the columns' content, what classification and the column mapping read.
        ``body`` keeps every physical row, for the logical rows and the table's positions."""
        return [row for row, flag in zip(self.body, body_flags(self)) if flag != "header"]


@dataclass(frozen=True)
class RepairedTables:
    """The document's blocks after table repair (text that went into a cell taken out, split tables placed where
    they were printed, tables as stitched) and its logical tables in document order."""

    blocks: tuple[Block, ...]
    tables: tuple[ResolvedTable, ...]


def repair_tables(blocks: list[Block], settings: StitchSettings = DEFAULT_STITCH) -> RepairedTables:
    """Stitch, split headers, re-align rows. ``blocks`` (the reader's) are not touched: the tables are copied
    (:func:`copy_table`) before stitching edits them, and the returned block list is a new one."""
    blocks = [copy_table(b) if isinstance(b, Table) else b for b in blocks]
    consumed: set[int] = set()
    split_from: dict[int, Table] = {}
    stitched = stitch_tables(blocks, settings, consumed=consumed, split_from=split_from)
    blocks = [b for b in blocks if id(b) not in consumed]
    _place_split_tables(blocks, [t for t, _ in stitched], split_from)
    return RepairedTables(blocks=tuple(blocks), tables=tuple(_resolve(table, context) for table, context in stitched))


def copy_table(table: Table) -> Table:
    """A copy of ``table`` that table repair may edit without touching the reader's: new table, rows, cells and
    lists; the values they hold (texts, numbers, flags, bounding boxes, frozen provenance) are immutable and
    shared. The same as ``copy.deepcopy`` for the model's tables, ~5× faster (deep copies were 6 % of a long
    plan's profile): it does not look into each value, and it keeps no memo. Anything else a table holds (an
    attribute outside the model) is deep-copied, so nothing mutable is ever shared."""
    new = _shallow(table)
    new.rows = [_copy_row(row) for row in table.rows]
    new.pages, new.warnings, new.prov = list(table.pages), list(table.warnings), list(table.prov)
    _copy_unknown(new, _TABLE_FIELDS)
    return new


def _copy_row(row: Row) -> Row:
    new = _shallow(row)
    new.cells = [_copy_unknown(_shallow(cell), _CELL_FIELDS) for cell in row.cells]
    return _copy_unknown(new, _ROW_FIELDS)


def _shallow(obj):
    new = object.__new__(obj.__class__)
    new.__dict__.update(obj.__dict__)
    return new


# the fields copy_table knows to hold immutable values (a bounding box is a tuple) or copies itself; any other
# attribute is deep-copied
_CELL_FIELDS = frozenset(f.name for f in fields(Cell))
_ROW_FIELDS = frozenset(f.name for f in fields(Row))
_TABLE_FIELDS = frozenset(f.name for f in fields(Table))
_IMMUTABLE = (str, int, float, bool, type(None), tuple, Provenance)


def _copy_unknown(obj, known: frozenset[str]):
    attrs = obj.__dict__
    if attrs.keys() <= known and type(attrs.get("bbox")) in (tuple, type(None)):
        return obj  # the model's fields only (every cell of every reader): nothing left to copy
    for name, value in attrs.items():
        if name == "bbox" or name not in known:
            if not (isinstance(value, _IMMUTABLE) and _hash_safe(value)):
                attrs[name] = copy.deepcopy(value)
    return obj


def _hash_safe(value) -> bool:
    """Immutable through and through (a tuple holding a list is not)."""
    try:
        hash(value)
    except TypeError:
        return False
    return True


def resolve_tables(blocks: list[Block], settings: StitchSettings = DEFAULT_STITCH) -> list[ResolvedTable]:
    """The logical tables of ``blocks`` (see :func:`repair_tables`, which also gives the repaired block list)."""
    return list(repair_tables(blocks, settings).tables)


def _resolve(table: Table, context: list[Block]) -> ResolvedTable:
    grid = table.grid(fill_spans=True)
    raw_grid = table.grid(fill_spans=False)
    # the header is decided here, once; everyone after reads the flags
    flag_cells(table, split_header(raw_grid, filled=grid), above=next(
        (b.text for b in reversed(context) if not isinstance(b, Table) and (b.text or "").strip()), None))
    n_header = table.header_rows()
    table.prov = _parts_at_repeated_headers(table, n_header)
    header = raw_grid[:n_header]
    levels = column_levels(header, table.n_cols)
    printed = [PATH_SEP.join(path) for path in levels]
    body_rows = table.rows[n_header:]
    body, moved = realign_shifted_rows(grid[n_header:], [r.column_header for r in body_rows])
    columns = realign_header_labels(printed, header, body)
    if columns != printed:  # labels put back in reading order: one header cell per column
        levels = [(label,) if label else () for label in columns]
    return ResolvedTable(
        table=table, columns=columns, header_rows=header, context=context, warnings=list(table.warnings),
        levels=levels,
        body=body, body_lines=[r.line for r in body_rows],
        body_pages=[r.page if r.page is not None else table.page for r in body_rows],
        body_warnings=[["row_realigned"] if i in moved else [] for i in range(len(body))])


def body_flags(rt: ResolvedTable) -> list[str]:
    """Per body row what table repair flagged it as: "header" (the header printed again over a fragment or a new
    page), "section" (a group heading) or "". A row the kind's ``table_hook`` moved from the header into the body
    is a body row: only rows below the header table repair found can be a repeated header."""
    n_found = rt.table.header_rows()
    start = len(rt.header_rows)
    out = []
    for i, row in enumerate(rt.table.rows[start:start + len(rt.body)], start=start):
        out.append("header" if i >= n_found and row.column_header else "section" if row.row_section else "")
    return out + [""] * (len(rt.body) - len(out))


def _parts_at_repeated_headers(table: Table, n_header: int) -> list[Provenance]:
    """The table's parts, a part cut where the header is printed again inside it (a reader that gave fragments
    under a repeated header as one table, as a text export's reader does): each fragment its own provenance item,
    at the page and line of its repeated header."""
    starts = [i for i, row in enumerate(table.rows) if i >= n_header and row.column_header
              and not table.rows[i - 1].column_header]
    prov = table.prov or [Provenance(page=table.page, line=table.line, bbox=table.bbox, rows=(0, len(table.rows)))]
    out: list[Provenance] = []
    for part in prov:
        cuts = [i for i in starts if part.rows[0] < i < part.rows[1]]
        bounds = [part.rows[0], *cuts, part.rows[1]]
        for k, (a, b) in enumerate(zip(bounds, bounds[1:])):
            row = table.rows[a] if k else None
            out.append(part if not cuts else Provenance(
                page=row.page or part.page if row else part.page, line=row.line if row else part.line,
                bbox=row.bbox if row else part.bbox, rows=(a, b)))
    return out


def logical_rows(rt: ResolvedTable, key_col: int | None, name_col: int | None) -> tuple[list[LogicalRow], list[str]]:
    """The table's logical rows given the column that starts a new row (``key_col``) and the one whose text wraps
    (``name_col``), with the warnings of the repair. Pure: ``rt`` is not changed."""
    rows, warnings = repair_rows(rt.body, rt.body_lines, rt.body_pages, rt.header_rows, key_col, name_col,
                                 rt.body_warnings, flags=body_flags(rt))
    return rows, sorted(set(rt.warnings) | set(warnings))
