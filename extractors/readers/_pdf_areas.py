"""Tables where the caller says they are: :class:`TableSettings` names areas of the page that hold a table (and,
if known, the x positions of the boundaries between its columns), as camelot's ``table_areas``/``columns`` or
pdfplumber's ``explicit_vertical_lines`` do. For documents whose layout defeats the reader (a table set beside
prose in one band, columns no gutter separates), read once by hand and then every issue of the same publication.

Inside an area the words are read as one table: a ruled table found there is kept; else the ruleless reader
finds the table among the area's lines (:mod:`extractors.readers._pdf_stream`), or, with ``columns`` given,
every band of the area is a row cut at those boundaries. Text outside the areas is read as usual.
"""
from __future__ import annotations

from dataclasses import dataclass

import bisect

from extractors.model import Cell, Row, Table
from extractors.readers._pdf_bands import STREAM, StreamSettings, make_bands
from extractors.readers._pdf_layout import PageContent, RuledTable, Word, cell_text, group_lines
from extractors.readers._pdf_rows import rows_of
from extractors.readers._pdf_stream import find_stream_tables

BBox = tuple[float, float, float, float]


@dataclass(frozen=True)
class TableSettings:
    """Explicit table areas for :func:`extractors.readers.pdf.read_pdf`.

    ``areas``: (x0, top, x1, bottom) in PDF points, origin at the top left of the upright page (the coordinates
    of every ``bbox`` the reader writes). ``columns``: for the area of the same index, the x positions of the
    boundaries between its columns (an area without an entry, or with an empty one, has its columns found from
    its text). ``pages``: the 1-based pages the areas apply to (None: every page)."""

    areas: tuple[BBox, ...] = ()
    columns: tuple[tuple[float, ...], ...] = ()
    pages: frozenset[int] | None = None

    def __post_init__(self) -> None:
        for a in self.areas:
            if len(a) != 4 or not (a[0] < a[2] and a[1] < a[3]):
                raise ValueError(f"a table area is (x0, top, x1, bottom) with x0 < x1 and top < bottom: {a}")
        if len(self.columns) > len(self.areas):
            raise ValueError("more column lists than table areas")

    def applies_to(self, page: int) -> bool:
        return bool(self.areas) and (self.pages is None or page in self.pages)


NO_AREAS = TableSettings()


def _inside(w: Word, area: BBox) -> bool:
    return area[0] <= w.cx <= area[2] and area[1] <= w.cy <= area[3]


def claim_areas(pc: PageContent, settings: TableSettings, s: StreamSettings = STREAM) -> None:
    """The table of each area of ``settings`` on this page, added to ``pc.tables`` (its words dropped from the
    page's lines). An area holding a ruled table already found keeps it; an area whose text makes no table
    is left to the usual reading."""
    if not settings.applies_to(pc.number):
        return
    for k, area in enumerate(settings.areas):
        if any(_inside(Word("", *rt.table.bbox), area) for rt in pc.tables if rt.table.bbox):
            continue
        idx = [i for i, w in enumerate(pc.words) if not w.dropped and _inside(w, area)]
        if not idx:
            continue
        lines = group_lines([pc.words[i] for i in idx])
        for ln in lines:
            ln.no = ln.words[0].line
        seps = sorted(x for x in (settings.columns[k] if k < len(settings.columns) else ()) if area[0] < x < area[2])
        table = _table_in_columns(lines, pc.number, [area[0], *seps, area[2]], s) if seps else \
            max((f.table for f in find_stream_tables(lines, pc.number, width=area[2] - area[0], s=s)),
                key=lambda t: len(t.rows), default=None)
        if table is None:
            continue
        for i in idx:
            pc.words[i].dropped = True
        pc.tables.append(RuledTable(table.bbox[1], table, set(idx), None))
    pc.tables.sort(key=lambda rt: rt.top)


def _table_in_columns(lines, page: int, bounds: list[float], s: StreamSettings) -> Table | None:
    """The rows of ``lines`` (bands, a cell's wrapped line joined to its row), cut into the columns between
    ``bounds``: each word goes to the column holding its centre (the caller drew the boundaries; a word
    crossing one is not a cell spanning two columns)."""
    bands = make_bands(lines, s)
    rows = rows_of(bands, list(range(len(bands))), 0, None, s)[0] if any(len(b.runs) >= 2 for b in bands) \
        else bands
    out = []
    for band in rows:
        per_col: dict[int, list[Word]] = {}
        for w in band.words:
            k = min(max(bisect.bisect(bounds, w.cx) - 1, 0), len(bounds) - 2)
            per_col.setdefault(k, []).append(w)
        cells = [Cell(text=cell_text(ws), col=k, line=min(w.line for w in ws), page=page,
                      bbox=(round(min(w.x0 for w in ws), 2), round(min(w.top for w in ws), 2),
                            round(max(w.x1 for w in ws), 2), round(max(w.bottom for w in ws), 2)))
                 for k, ws in sorted(per_col.items())]
        cells = [c for c in cells if c.text]
        if cells:
            out.append(Row(cells=cells, line=min(c.line for c in cells), page=page,
                           bbox=(round(bounds[0], 2), round(band.top, 2), round(bounds[-1], 2), round(band.bottom, 2))))
    if not out:
        return None
    cols = bounds[:-1]
    return Table(rows=out, n_cols=len(cols), page=page, line=out[0].line, pages=[page],
                 bbox=(round(bounds[0], 2), round(rows[0].top, 2), round(bounds[-1], 2), round(rows[-1].bottom, 2)))
