"""The ruled-table geometry the reader computes itself gives what pdfplumber's own functions give."""
from __future__ import annotations

import random

from pdfplumber.table import edges_to_intersections, intersections_to_cells, merge_edges

from extractors.readers._pdf_layout import make_edge
from extractors.readers._pdf_ruled import INTERSECT_TOL, JOIN, SNAP, STRIP, _index, _intersections_to_cells, _strips


def _random_edges(rnd: random.Random) -> list[dict]:
    """Grids with missing, broken, doubled and stray rules, at positions that repeat (shared corners) or not."""
    xs = sorted(rnd.sample(range(20, 580, 7), rnd.randint(2, 9)))
    ys = sorted(rnd.sample(range(20, 780, 9), rnd.randint(2, 12)))
    jitter = (lambda: 0.0) if rnd.random() < 0.5 else (lambda: rnd.choice([0.0, 0.0, 0.4, -1.3, 2.5]))
    edges = []
    for y in ys:
        if rnd.random() < 0.9:
            a, b = (xs[0], xs[-1]) if rnd.random() < 0.7 else sorted(rnd.sample(xs, 2))
            edges.append(make_edge(a + jitter(), y + jitter(), b + jitter(), y, "h"))
    for x in xs:
        if rnd.random() < 0.9:
            a, b = (ys[0], ys[-1]) if rnd.random() < 0.7 else sorted(rnd.sample(ys, 2))
            edges.append(make_edge(x + jitter(), a, x, b + jitter(), "v"))
    for _ in range(rnd.randint(0, 4)):  # strays
        x, y = rnd.uniform(0, 600), rnd.uniform(0, 800)
        if rnd.random() < 0.5:
            edges.append(make_edge(x, y, x + rnd.uniform(2, 200), y, "h"))
        else:
            edges.append(make_edge(x, y, x, y + rnd.uniform(2, 200), "v"))
    return edges


def test_intersections_to_cells_as_pdfplumber() -> None:
    rnd = random.Random(18)
    found = 0
    for _ in range(400):
        merged = merge_edges(_random_edges(rnd), SNAP, SNAP, JOIN, JOIN)
        inter = edges_to_intersections(merged, INTERSECT_TOL, INTERSECT_TOL)
        expected = intersections_to_cells(inter)
        assert _intersections_to_cells(inter) == expected
        found += len(expected)
    assert found > 1000  # the grids made cells to compare


def test_index_is_the_first_nearest_value() -> None:
    rnd = random.Random(7)
    for _ in range(20000):
        vals = sorted(rnd.choice([rnd.randint(0, 10), rnd.uniform(0, 10)]) for _ in range(rnd.randint(1, 8)))
        v = rnd.choice([float(rnd.randint(-1, 11)), rnd.uniform(-1, 11), rnd.choice(vals) + 0.5])
        assert _index(vals, v) == min(range(len(vals)), key=lambda i: abs(vals[i] - v))


def test_a_word_lands_in_the_cell_a_full_search_finds() -> None:
    """Cells filed under horizontal strips: the first cell holding a point among its strip's is the first among
    all cells (overlapping and tiny cells, points on the 1 pt margins, cells spanning many strips)."""
    rnd = random.Random(3)
    for _ in range(300):
        boxes = []
        for k in range(rnd.randint(1, 30)):
            x, y = rnd.uniform(0, 500), rnd.choice([rnd.uniform(0, 700), float(rnd.randint(0, 90) * 8)])
            h = rnd.choice([0.0, 0.5, 7.0, 8.0, 9.0, 40.0, 300.0])
            boxes.append(((k, 0), (x, y, x + rnd.uniform(0, 120), y + h)))
        strips = _strips(boxes)
        for _ in range(200):
            _, b = rnd.choice(boxes)
            cx = rnd.choice([b[0] - 1, b[2] + 1, rnd.uniform(b[0] - 3, b[2] + 3)])
            cy = rnd.choice([b[1] - 1, b[3] + 1, rnd.uniform(b[1] - 3, b[3] + 3), float(int(b[1] // 8) * 8)])

            def first(cands):
                return next((k for k, c in cands if c[0] - 1 <= cx <= c[2] + 1 and c[1] - 1 <= cy <= c[3] + 1), None)

            assert first(strips.get(int(cy // STRIP), ())) == first(boxes)
    assert _strips([((0, 0), (0.0, float("nan"), 1.0, 2.0))]) is None
