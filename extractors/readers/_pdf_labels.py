"""Row labels printed outside a ruled grid: a statistical table whose grid starts at its first column of figures,
the name of each row set in the margin to its left, one name at the height of each grid row. The names become
the table's first column (without them its rows have no key)."""
from __future__ import annotations

from dataclasses import dataclass

from extractors.model import Cell, Table
from extractors.readers._pdf_layout import Word, cell_text


@dataclass(frozen=True)
class LabelSettings:
    share: float = 0.6  # of the grid's rows that must have a label in the margin
    min_labels: int = 3
    max_gap: float = 6.0  # em: the farthest a label ends left of the grid
    max_width: float = 24.0  # em: a wider "label column" is text beside the grid, not its rows' names


LABELS = LabelSettings()


def take_row_labels(table: Table, words: list[Word], s: LabelSettings = LABELS) -> set[int]:
    """Put the labels standing left of the grid, one in a grid row's height, into a new first column. Returns
    the indices (in ``words``) of the words taken; none when the margin does not hold a label per row."""
    if table.bbox is None or len(table.rows) < s.min_labels:
        return set()
    left = table.bbox[0]
    per_row: dict[int, list[int]] = {}
    for i, w in enumerate(words):
        if w.dropped or w.x1 > left + 0.5 or w.x1 < left - s.max_gap * max(w.size, 1.0):
            continue
        hit = [r for r, row in enumerate(table.rows) if row.bbox and row.bbox[1] <= w.cy <= row.bbox[3]]
        if len(hit) == 1:
            per_row.setdefault(hit[0], []).append(i)
    if len(per_row) < max(s.min_labels, s.share * len(table.rows)):
        return set()
    x_min = min(words[i].x0 for idx in per_row.values() for i in idx)
    if any(words[i].x1 - x_min > s.max_width * words[i].size for idx in per_row.values() for i in idx):
        return set()
    for row in table.rows:
        for c in row.cells:
            c.col += 1
    for r, idx in per_row.items():
        ws = [words[i] for i in idx]
        row = table.rows[r]
        row.cells.insert(0, Cell(text=cell_text(ws), col=0, line=min(w.line for w in ws), page=table.page,
                                 bbox=(round(min(w.x0 for w in ws), 2), round(min(w.top for w in ws), 2),
                                       round(max(w.x1 for w in ws), 2), round(max(w.bottom for w in ws), 2))))
        row.line = min(c.line for c in row.cells if c.line is not None)
    table.n_cols += 1
    table.bbox = (round(x_min, 2), *table.bbox[1:])
    table.line = min((r.line for r in table.rows if r.line is not None), default=table.line)
    return {i for idx in per_row.values() for i in idx}
