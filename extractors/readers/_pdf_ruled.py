"""Ruled tables: cell boxes from the page's ruling-line edges with pdfplumber's lattice geometry
(``merge_edges``, ``edges_to_intersections``, ``intersections_to_cells``, ``cells_to_tables``; the third
computed here the way pdfplumber does, in linear rather than quadratic time, :func:`_intersections_to_cells`),
and the words of a page placed in them. :func:`extractors.readers._pdf_layout.analyse_page` runs these, smallest
grids first."""
from __future__ import annotations

import math
import re
import statistics
from bisect import bisect_left
from collections import defaultdict
from operator import itemgetter

from pdfplumber.table import (
    cells_to_tables,
    edges_to_intersections,
    intersections_to_cells,
    merge_edges,
)

from extractors.model import Cell, Row, Table
from extractors.readers._pdf_layout import CellFill, GridEnds, Line, Word, cell_text, group_lines
from extractors.readers._pdf_vocabulary import Vocabulary
from normalizers.numbers import WHOLE_FIGURE

SNAP = 3.0
JOIN = 3.0
MIN_EDGE = 3.0
INTERSECT_TOL = 3.0


def _cluster_values(vals: list[float], tol: float) -> list[float]:
    vals = sorted(vals)
    groups: list[list[float]] = []
    for v in vals:
        if groups and v - groups[-1][-1] <= tol:
            groups[-1].append(v)
        else:
            groups.append([v])
    return [sum(g) / len(g) for g in groups]


def _index(vals: list[float], v: float) -> int:
    """The index of the value of ``vals`` (ascending) nearest ``v``, the first of equally near ones."""
    n = len(vals)
    if v != v or n < 2:  # NaN: whatever the plain search says
        return min(range(n), key=lambda i: abs(vals[i] - v))
    j = bisect_left(vals, v)
    if j >= n:
        k = n - 1
    elif j == 0:
        k = 0
    else:
        k = j - 1 if abs(vals[j - 1] - v) <= abs(vals[j] - v) else j
    # the distance only grows away from the nearest value: step back over values as near (equal ones)
    while k > 0 and abs(vals[k - 1] - v) <= abs(vals[k] - v):
        k -= 1
    return k


def find_ruled_tables(edges: list[dict]) -> list[list[tuple]]:
    """Cell bboxes of each ruled table on the page (pdfplumber's lattice geometry)."""
    if len(edges) < 4:
        return []
    merged = merge_edges(edges, SNAP, SNAP, JOIN, JOIN)
    merged = [
        e for e in merged
        if (e["x1"] - e["x0"] if e["orientation"] == "h" else e["bottom"] - e["top"]) >= MIN_EDGE
    ]
    if len(merged) < 4:
        return []
    inter = edges_to_intersections(merged, INTERSECT_TOL, INTERSECT_TOL)
    if len(inter) < 4:
        return []
    cells = _intersections_to_cells(inter)
    return cells_to_tables(cells)


_bbox = itemgetter("x0", "top", "x1", "bottom")  # an edge's box, as pdfplumber's obj_to_bbox gives it


def _intersections_to_cells(intersections: dict) -> list[tuple]:
    """pdfplumber's ``intersections_to_cells``, the same cells in the same order, in time linear in the cells
    rather than quadratic in the intersections: each point's edges are made a set once (pdfplumber makes both
    points' sets again at every test of a pair), and the points under and right of a point are looked up in the
    points grouped by x and by y rather than searched for among all later points."""
    points = sorted(intersections.keys())
    if any(x != x or y != y for x, y in points):  # a NaN coordinate: no grouping by value, pdfplumber's own way
        return intersections_to_cells(intersections)
    v_sets = {p: set(map(_bbox, intersections[p]["v"])) for p in points}
    h_sets = {p: set(map(_bbox, intersections[p]["h"])) for p in points}

    def edge_connects(p1: tuple, p2: tuple) -> bool:
        # as pdfplumber's: an edge in common along the shared x, else along the shared y
        if p1[0] == p2[0] and not v_sets[p1].isdisjoint(v_sets[p2]):
            return True
        return p1[1] == p2[1] and not h_sets[p1].isdisjoint(h_sets[p2])

    # points in sorted order (x, then y): those after a point with its x follow it; those after it with its y are
    # the ones of its row further right, in the same order
    by_x: dict[float, list[tuple]] = {}
    by_y: dict[float, list[tuple]] = {}
    at: dict[tuple, tuple[int, int]] = {}  # a point's place in its column's list and in its row's
    for p in points:
        col, row = by_x.setdefault(p[0], []), by_y.setdefault(p[1], [])
        at[p] = (len(col), len(row))
        col.append(p)
        row.append(p)
    cells = []
    for pt in points:
        i, j = at[pt]
        below = by_x[pt[0]][i + 1:]
        right = by_y[pt[1]][j + 1:]
        found = None
        for below_pt in below:
            if not edge_connects(pt, below_pt):
                continue
            for right_pt in right:
                if not edge_connects(pt, right_pt):
                    continue
                bottom_right = (right_pt[0], below_pt[1])
                if (bottom_right in intersections and edge_connects(bottom_right, right_pt)
                        and edge_connects(bottom_right, below_pt)):
                    found = (pt[0], pt[1], bottom_right[0], bottom_right[1])
                    break
            if found:
                break
        if found:
            cells.append(found)
    return cells


def split_stacked_tables(cells: list[tuple], tol: float = 2.0) -> list[list[tuple]]:
    """Two ruled tables printed one right under the other share a rule, so the lattice sees one grid.
    Split at a horizontal rule that no cell crosses when the column boundaries inside the grid just above
    it and just below it have nothing in common (a different table's columns, not a header's spans)."""
    if len(cells) < 2:
        return [cells]
    left = min(c[0] for c in cells)
    right = max(c[2] for c in cells)
    ys = _cluster_values([c[1] for c in cells] + [c[3] for c in cells], tol)

    def inner(cs):
        xs = {round(x, 1) for c in cs for x in (c[0], c[2])}
        return [x for x in xs if x - left > tol and right - x > tol]

    cuts = []
    for y in ys[1:-1]:
        if any(c[1] < y - tol and c[3] > y + tol for c in cells):
            continue
        above = inner([c for c in cells if abs(c[3] - y) <= tol])
        below = inner([c for c in cells if abs(c[1] - y) <= tol])
        if above and below and all(abs(a - b) > tol for a in above for b in below):
            cuts.append(y)
    if not cuts:
        return [cells]
    parts: list[list[tuple]] = [[] for _ in range(len(cuts) + 1)]
    for c in cells:
        k = sum(1 for y in cuts if (c[1] + c[3]) / 2 > y)
        parts[k].append(c)
    return [p for p in parts if p]


SLIVER = 6.0  # pt: a grid column (row) narrower than this with no text in it is no column (row)


def _collapse_slivers(vals: list[float], centres: list[float], sliver: float) -> list[float]:
    """Grid lines closer than ``sliver`` with no text between them are one line (their middle): a cell
    drawn as a frame inset in another, a border drawn as a double rule, leave slivers no text fits in."""
    out: list[list[float]] = []
    for v in vals:
        if out and v - out[-1][-1] < sliver and not any(out[-1][-1] < c < v for c in centres):
            out[-1].append(v)
        else:
            out.append([v])
    return [g[len(g) // 2] if len(g) % 2 else (g[len(g) // 2 - 1] + g[len(g) // 2]) / 2 for g in out]


STRIP = 8.0  # pt, a power of two: the height of the strips a grid's cells are filed under (:func:`_strips`)


def _strips(boxes: list[tuple]) -> dict[int, list[tuple]] | None:
    """The cells (``(key, box)``, in their order) whose height, widened by 1 pt each way as a word's centre is
    tested against it, reaches into each horizontal strip of ``STRIP`` points: a word is tested against the cells
    of its strip only, first of them first, so it lands in the cell it would land in if tested against all.
    None when a box is not finite (every word is then tested against every cell)."""
    strips: dict[int, list[tuple]] = {}
    for kb in boxes:
        lo, hi = kb[1][1] - 1, kb[1][3] + 1
        if not (math.isfinite(lo) and math.isfinite(hi)):
            return None
        for k in range(int(lo // STRIP), int(hi // STRIP) + 1):
            strips.setdefault(k, []).append(kb)
    return strips


def build_ruled_table(cells: list[tuple], words: list[Word], page: int,
                      vocab: Vocabulary | None = None) -> tuple[Table, set[int], GridEnds] | None:
    """A :class:`Table` from cell rectangles: grid from the distinct cell boundaries, spans from how many
    grid lines a cell covers, words assigned to the cell holding their centre. Also the indices of the words it
    holds and how its first and last rows' cells are filled. ``vocab``: the document's words (:func:`cell_text`)."""
    xs = _cluster_values([c[0] for c in cells] + [c[2] for c in cells], 2.0)
    ys = _cluster_values([c[1] for c in cells] + [c[3] for c in cells], 2.0)
    live = [w for w in words if not w.dropped]
    xs = _collapse_slivers(xs, [w.cx for w in live], SLIVER)
    # a row no line of text fits in is none either
    line_h = statistics.median(w.bottom - w.top for w in live) if live else 0.0
    ys = _collapse_slivers(ys, [w.cy for w in live], max(SLIVER, 0.9 * line_h))
    if len(xs) < 2 or len(ys) < 2:
        return None
    x0, top, x1, bottom = xs[0], ys[0], xs[-1], ys[-1]
    placed: dict[tuple[int, int], tuple[int, int, tuple]] = {}
    for c in cells:
        ci, cj = _index(xs, c[0]), _index(xs, c[2])
        ri, rj = _index(ys, c[1]), _index(ys, c[3])
        if cj <= ci or rj <= ri:
            continue
        key = (ri, ci)
        if key in placed:  # keep the larger of duplicate cells
            if (rj - ri) * (cj - ci) <= placed[key][0] * placed[key][1]:
                continue
        placed[key] = (rj - ri, cj - ci, c)
    # words into cells
    cell_words: dict[tuple[int, int], list[Word]] = defaultdict(list)
    used: set[int] = set()
    boxes = [(k, v[2]) for k, v in placed.items()]
    strips = _strips(boxes)
    for idx, w in enumerate(words):
        if w.dropped:
            continue
        cx, cy = w.cx, w.cy
        if not (x0 - 1 <= cx <= x1 + 1 and top - 1 <= cy <= bottom + 1):
            continue
        for k, b in (boxes if strips is None else strips.get(int(cy // STRIP), ())):
            if b[0] - 1 <= cx <= b[2] + 1 and b[1] - 1 <= cy <= b[3] + 1:
                cell_words[k].append(w)
                used.add(idx)
                break
    # each cell's lines, read by the three steps below
    cell_lines = {k: group_lines(ws) for k, ws in cell_words.items()}
    if _rows_unruled(cell_words, cell_lines, {k: b for k, b in boxes}):
        return None  # a grid of column rules only: its rows are read from the text (the ruleless reader)
    n_rows, n_cols = len(ys) - 1, len(xs) - 1
    rows: list[Row] = []
    fills: list[tuple[CellFill | None, ...]] = []
    for r in range(n_rows):
        rcells: list[Cell] = []
        rfills: list[CellFill | None] = []
        rline = None
        for c in range(n_cols):
            if (r, c) not in placed:
                continue
            rs, cs, b = placed[(r, c)]
            ws = cell_words.get((r, c), [])
            lines = cell_lines.get((r, c), [])
            text = cell_text(ws, b, lines, vocab=vocab)
            line = min((w.line for w in ws), default=None)
            fill = _cell_fill(ws, b, lines)
            if line is not None and (rline is None or line < rline):
                rline = line
            rcells.append(Cell(text=text, col=c, row_span=rs, col_span=cs, line=line, page=page,
                               bbox=(round(b[0], 2), round(b[1], 2), round(b[2], 2), round(b[3], 2))))
            rfills.append(fill)
        if not rcells:
            continue
        fills.append(tuple(rfills))
        rows.append(Row(cells=rcells, line=rline, page=page,
                        bbox=(round(x0, 2), round(ys[r], 2), round(x1, 2), round(ys[r + 1], 2))))
    if not rows:
        return None
    table = Table(rows=rows, n_cols=n_cols, page=page, line=rows[0].line,
                  bbox=(round(x0, 2), round(top, 2), round(x1, 2), round(bottom, 2)), pages=[page])
    return table, used, GridEnds(fills[0], fills[-1])


STACKED_LINES = 3  # a grid cell holding this many lines that line up with another cell's lines stacks rows


_STACKED_FIGURE = re.compile(r"^[-–—(]?[\d.,\s]*\d[\d.,\s]*%?\)?$|^[-–—]$|^\(?[A-Z]{1,2}\)?$")


# a figure whole: digits grouped by threes, a decimal part of one or two digits


def _one_figure_broken(lines: list[Line], box: tuple) -> bool:
    """The cell's lines are one figure broken for lack of room (a word processor's narrow column), not a stack of
    figures, one a row: the lines joined are one figure grouped by threes, and either a line starts or ends on a
    separator ("4.475" / ".900," / "00") or the lines joined would not fit on one line of the cell ("1.08" /
    "1.30" / "0,00", broken between digits: each line as wide as the cell lets it be)."""
    texts = [ln.text.strip() for ln in lines]
    if not WHOLE_FIGURE.match("".join(texts)):
        return False
    return any(t[:1] in ".," or t[-1:] in ".," for t in texts) \
        or sum(ln.x1 - ln.x0 for ln in lines) > box[2] - box[0]


def _rows_unruled(cell_words: dict[tuple[int, int], list[Word]], cell_lines: dict[tuple[int, int], list[Line]],
                  boxes: dict[tuple[int, int], tuple]) -> bool:
    """The grid has column rules but no rules between its body rows: in one grid row, cells of two columns or more
    each hold a stack of figures, one a line, and their lines stand at the same heights (rows of a table stacked in
    one tall cell per column). Cells that wrap text, even side by side at the same leading, hold words, not one
    figure a line."""
    by_row: dict[int, list[list[float]]] = defaultdict(list)
    for (r, c), ws in cell_words.items():
        if not ws:
            continue
        lines = cell_lines[(r, c)]  # a cell holds only words not yet dropped
        figures = sum(1 for ln in lines if _STACKED_FIGURE.match(ln.text))
        if len(lines) >= STACKED_LINES and figures >= 0.8 * len(lines) and not _one_figure_broken(lines, boxes[(r, c)]):
            by_row[r].append([(ln.top + ln.bottom) / 2 for ln in lines])
    for cols in by_row.values():
        if len(cols) < 2:
            continue
        h = 0.5 * statistics.median(w.bottom - w.top for ws in cell_words.values() for w in ws)
        aligned = 0
        for a in cols:
            others = [y for b in cols if b is not a for y in b]
            if sum(1 for y in a if any(abs(y - z) <= h for z in others)) >= 0.8 * len(a):
                aligned += 1
        if aligned >= 3 or (aligned >= 2 and len(cols) == 2):
            return True
    return False


def _cell_fill(words: list[Word], box: tuple, lines: list[Line]) -> CellFill | None:
    """How the cell's text fills it (:class:`CellFill`), from its lines (a cell holds only words not yet dropped);
    None for an empty cell."""
    if not words:
        return None
    pad = max(0.0, min(ln.x0 for ln in lines) - box[0])
    first = lines[0].words[0]
    return CellFill(box[2] - pad - lines[-1].x1, first.x1 - first.x0, lines[-1].size)


def drop_empty_columns_rows(table: Table) -> Table:
    """Remove grid columns that no cell starts in and no text reaches (artefacts of stray rules)."""
    starts = {c.col for r in table.rows for c in r.cells}
    if len(starts) == table.n_cols:
        return table
    # a column that no cell starts in is covered by spans only: merge it into its left neighbour
    keep = sorted(starts)
    remap = {old: new for new, old in enumerate(keep)}
    for r in table.rows:
        for c in r.cells:
            end = c.col + c.col_span  # exclusive
            new_end = sum(1 for k in keep if k < end)
            c.col = remap[c.col]
            c.col_span = max(1, new_end - c.col)
    table.n_cols = len(keep)
    return table


def grid_area(cells: list[tuple]) -> float:
    return (max(c[2] for c in cells) - min(c[0] for c in cells)) * (max(c[3] for c in cells) - min(c[1] for c in cells))
