"""Stitching a long table is linear in its parts: the table stitched so far is not gridded again at every page,
and the facts read from its leading rows instead are the ones the whole grid gave."""
import copy
from pathlib import Path

import pytest

from extractors.model import Cell, Row, Table
from extractors.tables import stitch_tables
from extractors.tables.common import _first_filled_row
from extractors.tables.stitch import _leading_filled_row

HEADER = ["Nr. crt.", "Cod serviciu", "Denumire serviciu social", "Capacitate"]


def _part(first_number: int, n_rows: int, page: int, header: bool = False) -> Table:
    rows = [Row(cells=[Cell(text=t, col=c) for c, t in enumerate(HEADER)], page=page)] if header else []
    for k in range(first_number, first_number + n_rows):
        texts = [str(k), "8810 ID-I", f"Centrul de zi nr. {k}", str(20 + k % 7)]
        rows.append(Row(cells=[Cell(text=t, col=c) for c, t in enumerate(texts)], page=page))
    return Table(rows=rows, n_cols=len(HEADER), page=page)


def test_leading_filled_row_is_the_first_filled_row_of_the_grid():
    tables = [
        Table(rows=[], n_cols=3),
        Table(rows=[Row(cells=[Cell("", 0), Cell(" ", 1)]), Row(cells=[Cell("", 0)])], n_cols=3),
        # a cell merged down from the first row covers the second: without spans filled that slot stays empty
        Table(rows=[Row(cells=[Cell("", 0), Cell("", 2)]),
                    Row(cells=[Cell("A", 0, row_span=2), Cell("", 1), Cell("B", 2, col_span=2)]),
                    Row(cells=[Cell("x", 1)])], n_cols=3),
        # two cells starting in one slot (the first filled one is kept), a cell past the last column
        Table(rows=[Row(cells=[Cell("", 1), Cell("", 4)]),
                    Row(cells=[Cell("", 0), Cell("second", 0), Cell("third", 0), Cell("beyond", 3)])], n_cols=3),
        Table(rows=[Row(cells=[Cell("", 5, col_span=2)]), Row(cells=[Cell("", 0)])], n_cols=3),
    ]
    for table in tables:
        assert _leading_filled_row(table) == _first_filled_row(table)


def test_a_long_table_is_stitched_without_gridding_it_again_at_every_page(monkeypatch):
    n_pages = 60
    parts = [_part(1, 28, 1, header=True)] + [_part(1 + 28 * p, 28, p + 1) for p in range(1, n_pages)]
    gridded_rows = []
    grid = Table.grid

    def counting_grid(self, fill_spans=True):
        gridded_rows.append(len(self.rows))
        return grid(self, fill_spans)

    monkeypatch.setattr(Table, "grid", counting_grid)
    (table, _), = stitch_tables(parts)
    assert len(table.rows) == 1 + 28 * n_pages
    assert table.warnings.count("table_stitched") == n_pages - 1
    # each part is gridded a few times on its own, the whole table a few times at the end: linear in the rows
    assert sum(gridded_rows) < 10 * len(table.rows)


def test_a_page_opening_on_a_row_stating_none_continues_the_table():
    # the next page's first row states '-' under the capacity column: with the rows under it, that is a value
    # stated as none (the judgement of the header split), so the row is data and the page continues the table
    prev = _part(1, 3, page=1, header=True)
    texts = [["", "", "Centrul de zi D (în curs de acreditare)", "-"]] + [[str(k), "8810 ID-I", f"Centrul {k}", "25"] for k in (5, 6)]
    nxt = Table(rows=[Row(cells=[Cell(text=t, col=c) for c, t in enumerate(r)], page=2) for r in texts],
                n_cols=len(HEADER), page=2)
    stitched = stitch_tables([prev, nxt])
    assert len(stitched) == 1 and len(stitched[0][0].rows) == 1 + 3 + 3


def _reference_note_part(table, part, start, end):
    """_note_part as first written: every part bounded again at each part."""
    from extractors.model import Provenance

    start = max(0, start)
    parts = [Provenance(page=p.page, line=p.line, bbox=p.bbox, rows=(min(p.rows[0], start), min(p.rows[1], start)))
             for p in table.prov]
    if part is None:
        if parts:
            last = parts[-1]
            parts[-1] = Provenance(page=last.page, line=last.line, bbox=last.bbox, rows=(last.rows[0], end))
        table.prov = parts
        return
    table.prov = parts + [Provenance(page=part.page, line=part.line, bbox=part.bbox, rows=(start, end))]


def test_the_parts_of_a_long_table_are_noted_once_each(monkeypatch):
    from extractors.tables import stitch

    n_pages = 120
    made = []
    provenance = stitch.Provenance

    def counting(*args, **kwargs):
        made.append(1)
        return provenance(*args, **kwargs)

    monkeypatch.setattr(stitch, "Provenance", counting)
    parts = [_part(1, 5, 1, header=True)] + [_part(1 + 5 * p, 5, p + 1) for p in range(1, n_pages)]
    (table, _), = stitch_tables(parts)
    # each part's provenance is made when it is stitched on and bounded at most once more: linear, not quadratic
    assert len(made) < 4 * n_pages
    assert [p.rows for p in table.prov] == [(0, 6)] + [(1 + 5 * p, 6 + 5 * p) for p in range(1, n_pages)]
    assert [p.page for p in table.prov] == list(range(1, n_pages + 1))


_SHARED = Path(__file__).resolve().parents[2].parent / "shared"
_DOCUMENTS = sorted(_SHARED.glob("corpus/*.docx")) + sorted(_SHARED.glob("generated/*.pdf"))


@pytest.mark.skipif(not _DOCUMENTS, reason="../shared (corpus, generated documents) not beside the repository")
def test_the_parts_noted_are_the_ones_bounding_every_part_again_gives(monkeypatch):
    # real documents: tables stitched across pages, and tables re-assembled from fragments (whose parts are
    # bounded again when the reflow starts), with the previous _note_part and with this one
    from extractors.readers import read_document
    from extractors.tables import stitch

    long_table = [_part(1, 5, 1, header=True)] + [_part(1 + 5 * p, 5, p + 1) for p in range(1, 30)]
    cases = [long_table] + [read_document(path, "x").blocks for path in _DOCUMENTS]
    several = 0
    for blocks in cases:
        new = stitch_tables(copy.deepcopy(blocks))
        monkeypatch.setattr(stitch, "_note_part", _reference_note_part)
        old = stitch_tables(copy.deepcopy(blocks))
        monkeypatch.undo()
        assert [t.prov for t, _ in new] == [t.prov for t, _ in old]
        several += sum(len(t.prov) > 1 for t, _ in new)
    assert several > 5  # the documents do stitch tables
