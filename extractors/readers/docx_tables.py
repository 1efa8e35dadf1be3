"""A WordprocessingML table's grid: each cell once, in its first row, with ``col`` / ``col_span`` / ``row_span``
computed from ``w:tblGrid``, ``w:gridBefore``, ``w:gridSpan``, ``w:vMerge`` (and the legacy ``w:hMerge``); rows
and cells looked for through content controls; nested tables either flattened into their cell or collected to be
read as tables of their own."""
from __future__ import annotations

from extractors.model import Cell, Row, Table
from extractors.readers.docx_text import para_lines, text_boxes
from extractors.readers.office_package import q
from normalizers.text import clean_text

def _val_int(el, tag: str, default: int = 0) -> int:
    e = el.find(tag)
    if e is None:
        return default
    v = e.get(q("val"))
    try:
        return int(v)
    except (TypeError, ValueError):
        return default


def cell_text(tc, nested: list | None = None) -> str:
    """Text of a cell's paragraphs (and of text boxes anchored in them). A nested table that stands alone
    (:func:`stands_alone`) is left out and appended to ``nested`` when a list is given; other nested
    tables are flattened into the text."""
    parts: list[str] = []
    for child in tc:
        if child.tag == q("p"):
            parts.append(" ".join(s for s in para_lines(child) if s))
            for box in text_boxes(child):
                parts.append(cell_text(box, nested))
        elif child.tag == q("tbl"):
            if nested is not None and stands_alone(child):
                nested.append(child)
                continue
            for tr in rows_of(child):
                for tc2 in cells_of(tr):
                    parts.append(cell_text(tc2, nested))
        elif child.tag in (q("sdt"), q("customXml")):
            content = child.find(q("sdtContent")) if child.tag == q("sdt") else child
            if content is not None:
                parts.append(cell_text(content, nested))
    return clean_text(" ".join(p for p in parts if p))


def children(elem, tag: str):
    """Child elements named ``tag``, looking through content controls (w:sdt) and custom XML wrappers."""
    for child in elem:
        if child.tag == q(tag):
            yield child
        elif child.tag in (q("sdt"), q("customXml")):
            content = child.find(q("sdtContent")) if child.tag == q("sdt") else child
            if content is not None:
                yield from children(content, tag)


def rows_of(tbl):
    return children(tbl, "tr")


def cells_of(tr):
    return children(tr, "tc")


def stands_alone(tbl) -> bool:
    """A nested table read as a table of its own: more than one cell, or a one-cell frame around such a
    table."""
    cells = [tc for tr in rows_of(tbl) for tc in cells_of(tr)]
    if len(cells) > 1:
        return True
    return any(stands_alone(t) for tc in cells for t in children(tc, "tbl"))


def read_table(tbl, nested: list | None = None) -> Table | None:
    """The table's grid. With a ``nested`` list, nested tables that stand alone are collected there (in
    document order) instead of being flattened into their cells."""
    grid = tbl.find(q("tblGrid"))
    n_grid = len(grid.findall(q("gridCol"))) if grid is not None else 0
    rows: list[Row] = []
    # for vertical merges: (col) -> the Cell that is open at that grid column
    open_cells: dict[int, Cell] = {}
    max_col = 0
    for tr in rows_of(tbl):
        trpr = tr.find(q("trPr"))
        col = _val_int(trpr, q("gridBefore")) if trpr is not None else 0
        cells: list[Cell] = []
        touched: set[int] = set()
        for tc in cells_of(tr):
            tcpr = tc.find(q("tcPr"))
            span = max(1, _val_int(tcpr, q("gridSpan"), 1)) if tcpr is not None else 1
            vm = tcpr.find(q("vMerge")) if tcpr is not None else None
            hm = tcpr.find(q("hMerge")) if tcpr is not None else None  # legacy horizontal merge
            if hm is not None and hm.get(q("val")) != "restart" and cells:
                prev = cells[-1]
                prev.col_span += span
                extra = cell_text(tc, nested)
                if extra:
                    prev.text = clean_text(prev.text + " " + extra)
                col += span
                continue
            if vm is not None and vm.get(q("val")) != "restart":
                owner = open_cells.get(col)
                if owner is not None:
                    touched.add(col)
                    owner.row_span += 1
                    extra = cell_text(tc, nested)
                    if extra:
                        owner.text = clean_text(owner.text + " " + extra)
                    col += span
                    continue
            cell = Cell(text=cell_text(tc, nested), col=col, col_span=span)
            cells.append(cell)
            for c in range(col, col + span):
                open_cells.pop(c, None)
            if vm is not None:
                open_cells[col] = cell
                touched.add(col)
            col += span
        # a vertical merge ends where a row does not continue it
        for c in list(open_cells):
            if c not in touched:
                open_cells.pop(c, None)
        max_col = max(max_col, col)
        rows.append(Row(cells=cells))
    if not rows:
        return None
    n_cols = max(n_grid, max_col)
    if n_cols == 0:
        return None
    return Table(rows=rows, n_cols=n_cols)

