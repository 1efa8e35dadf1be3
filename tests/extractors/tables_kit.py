"""Tables built by hand for the table layer's tests (cells with columns, spans, pages and boxes)."""
from extractors.model import Cell, Row, Table
from extractors.tables import stitch_tables


def _table(rows, n_cols, xs=None, top=100.0, page=None):
    """rows: lists of texts (one per column) or of (text, col, span); xs: column edges for bboxes."""
    out = []
    for r, cells in enumerate(rows):
        built = []
        for i, c in enumerate(cells):
            text, col, span = (c, i, 1) if isinstance(c, str) else c
            bbox = (xs[col], top + 20 * r, xs[col + span], top + 20 * (r + 1)) if xs else None
            built.append(Cell(text=text, col=col, col_span=span, bbox=bbox, page=page))
        out.append(Row(cells=built, page=page))
    bbox = (xs[0], top, xs[-1], top + 20 * len(rows)) if xs else None
    return Table(rows=out, n_cols=n_cols, page=page, bbox=bbox)


def _single(blocks):
    stitched = stitch_tables(blocks)
    assert len(stitched) == 1, [t.grid() for t, _ in stitched]
    return stitched[0][0]
