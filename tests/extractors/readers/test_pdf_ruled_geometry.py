"""The ruled-table geometry the reader computes itself gives what pdfplumber's own functions give."""
from __future__ import annotations

import random

from pdfplumber.table import edges_to_intersections, intersections_to_cells, merge_edges

from extractors.readers._pdf_layout import make_edge
from extractors.readers._pdf_ruled import INTERSECT_TOL, JOIN, SNAP, _index, _intersections_to_cells


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
