"""What a page leaves at its foot for the next page's ruleless table (:mod:`extractors.readers._pdf_stream`):
a table's header alone (with its first group's label), its first row alone, or its next group's label."""
from __future__ import annotations

import statistics

from extractors.model import Table
from extractors.readers._pdf_bands import (MARKER, ROW_NUMBER, Band, StreamSettings, has_figures, hits, overlap,
                                          run_text)
from extractors.readers._pdf_top_rows import header_levels, header_line


def header_at_foot(bands: list[Band], k: int, s: StreamSettings,
                   height: float | None = None) -> tuple[list[Band], list[Band]] | None:
    """The bands from ``k`` to the end, when they are a table's header left alone at the foot of the page: a line
    of cells (``header_runs`` at least) and the lines its cells wrap over, set one line apart, none with more cells
    than the first (only some cells wrap; under a group cell, its sub-columns), no figure, no row number. Left
    alone for lack of room: it ends in the page's last part (``foot_share`` of the ``height``); a small table of
    words ending high on its page, the rest of the page empty, had room for its rows (they are these lines).
    Returns the header's bands and those of the first group's label left under it (:func:`_label_under`; none
    when there is no such label)."""
    tail = bands[k:]
    first = tail[0]
    cut = _label_under(tail, s)
    label = tail[cut:] if cut else []
    tail = tail[:cut] if cut else tail
    if len(first.runs) < s.header_runs or len(tail) > 2 * s.lines_per_row:
        return None
    if height and tail[-1].bottom < s.foot_share * height:
        return None
    if MARKER.match(run_text(min(first.runs, key=lambda r: r[0]))):
        return None  # a list item's marker, not a header cell
    # (a row number stands in the first column: "15)" ending "(HG nr. 867/2015)" in the third is a header's word;
    # a year alone on a line under a cell of words ends that cell: "Beneficiari în" / "2020")
    lead = min(first.runs, key=lambda r: r[0])
    if any(not header_line(tail, i, s) or any(ROW_NUMBER.match(run_text(r)) for r in b.runs if hits(r, [lead], s))
           for i, b in enumerate(tail)):
        return None
    # each line after the first under the header's cells, no more of them, one line apart (or a row's gap apart
    # when its cells are the sub-columns of a group cell above, set from the top of a row of their own)
    # (more cells than the first line only under a group cell, its sub-columns: "Buget 2021 (lei)" over "Buget
    # județean" / "Buget de stat", the name column's wrapped words beside them; the header read as a grid's rows,
    # :func:`header_levels`, finds it, also one set left and narrower than its sub-columns)
    for i in range(1, len(tail)):
        a, b = tail[i - 1], tail[i]
        if len(b.runs) > len(first.runs) and len(header_levels(tail, s)) < 2 \
                or any(hits(r, first.runs, s) > 1 for r in b.runs):
            return None
        if b.top - a.bottom >= s.tight_gap * a.size and not _under_group(b, tail[:i], s):
            return None
    return tail, label


def _label_under(tail: list[Band], s: StreamSettings) -> int | None:
    """Where the first group's label left under a header at the foot of a page starts in ``tail`` (its rows on the
    next page), None when the tail ends in no such label: its last lines, one cell each ("A. Servicii sociale
    pentru persoane vârstnice"), no figure, set a row's gap under the lines above them (``tight_gap`` em or more)
    and one line apart from each other, each in the x-range of the first: a label across the table from its left
    edge, or wrapped inside one of the header's columns ("A. Servicii" / "sociale" / "pentru" in the name column).
    """
    j = len(tail)
    while j > 1 and len(tail[j - 1].runs) == 1 and tail[j - 1].top - tail[j - 2].bottom < s.tight_gap * tail[j - 2].size:
        j -= 1  # (a label's wrapped lines, one line apart)
    j -= 1
    if j < 1 or len(tail) - j > s.lines_per_row or tail[j].top - tail[j - 1].bottom < s.tight_gap * tail[j - 1].size:
        return None
    lo, hi, _ = tail[j].runs[0]
    lead = min(tail[0].runs, key=lambda r: r[0])
    if len(tail[j].runs) != 1 or not (hits((lo, hi), tail[0].runs, s) <= 1 or lo <= lead[1]):
        return None
    if any(has_figures(b) or overlap(b.runs[0][0], b.runs[0][1], lo, hi) <= s.overlap for b in tail[j:]):
        return None
    return j


def _under_group(band: Band, above: list[Band], s: StreamSettings) -> bool:
    """Every run of ``band`` (two or more) lies under one run of a band ``above`` that stands over them all: the
    sub-columns of a group cell ("Bugetul local" / "Buget județean" / "Contribuții" under "Bugetele estimate pe
    surse de finanțare")."""
    return len(band.runs) >= 2 and any(
        all(overlap(r[0], r[1], g[0], g[1]) > s.overlap for r in band.runs) for b in above for g in b.runs)


def row_at_foot(bands: list[Band], k: int, s: StreamSettings, height: float | None) -> list[Band] | None:
    """Band ``k`` when it is a table's first row left alone at the foot of its page: the group's last line, a line
    of cells (two at least, a gutter ``wide_gutter`` wide between two of them: no line of prose), no list item,
    ending in the page's last part (``foot_share`` of the ``height``). A label | value sheet's first row
    ("Licență de funcționare | nr. 5619/11.02.2022") under its service's name, its other rows on the next page.
    The next page tells: a table there going on in these columns takes it as its first row, else it is text."""
    b = bands[k]
    if k != len(bands) - 1 or not height or len(b.lines) != 1 or len(b.runs) < 2 or b.bottom < s.foot_share * height:
        return None
    if max(r2[0] - r1[1] for r1, r2 in zip(b.runs, b.runs[1:])) < s.wide_gutter * b.size:
        return None
    if MARKER.match(run_text(min(b.runs, key=lambda r: r[0]))):
        return None  # a list item's marker, not a cell
    return [b]


def label_at_foot(bands: list[Band], members: list[int], table: Table, cols: tuple[tuple[float, float], ...],
                  s: StreamSettings, height: float | None) -> list[int]:
    """The bands after the table's last, when they are its next group's label left alone at the foot of the page
    (its rows on the next): lines of one cell, no figure, one line apart, each in the x-range of the first, set a
    row's gap under the table (``tight_gap`` em or more, ``max_row_gap`` at most), ending in the page's last part
    (``foot_share`` of the ``height``), the page's last lines; the label across the table from its left edge, or
    inside the one column where the table's other group labels stand (a row below its first holding one cell
    there: "C. Servicii sociale pentru alte categorii de persoane vulnerabile" wrapped over nine lines in the name
    column), in the table's type (a larger one is a heading: "PREȘEDINTE,"). Empty when they are not. (A label of
    one line is joined once the next page is known to go on with the table:
    :func:`._pdf_joins.join_label_left_at_page_foot`; one line under a table may be anything.)"""
    rest = list(range(members[-1] + 1, len(bands)))
    if len(rest) < 2 or not height or len(rest) > 2 * s.lines_per_row or bands[rest[-1]].bottom < s.foot_share * height:
        return []
    last, first = bands[members[-1]], bands[rest[0]]
    if first.size > s.heading_size * statistics.median(bands[i].size for i in members):
        return []
    gap = first.top - last.bottom
    if not s.tight_gap * last.size <= gap <= s.max_row_gap * last.size:
        return []
    lo, hi = first.runs[0][0], first.runs[0][1]
    for i in rest:
        b = bands[i]
        if len(b.runs) != 1 or has_figures(b) or overlap(b.runs[0][0], b.runs[0][1], lo, hi) <= s.overlap:
            return []
        if i > rest[0] and b.top - bands[i - 1].bottom >= s.tight_gap * b.size:
            return []
    over = [k for k, (a, b) in enumerate(cols) if overlap(lo, hi, a, b) > s.overlap]
    if len(over) >= 2 and over[0] == 0 and lo <= cols[0][1]:
        return rest  # across the table from its left edge
    if len(over) == 1 and any(len(r.cells) == 1 and r.cells[0].col == over[0] and r.cells[0].col_span == 1
                              for r in table.rows[1:]):
        return rest  # in the column the table's group labels are set in
    return []
