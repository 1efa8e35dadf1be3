"""What a page leaves at its foot for the next page's ruleless table (:mod:`extractors.readers._pdf_stream`):
a table's header alone, or its first row alone."""
from __future__ import annotations

from extractors.readers._pdf_bands import (MARKER, ROW_NUMBER, Band, StreamSettings, header_line, hits, overlap,
                                          run_text)


def header_at_foot(bands: list[Band], k: int, s: StreamSettings, height: float | None = None) -> list[Band] | None:
    """The bands from ``k`` to the end, when they are a table's header left alone at the foot of the page: a line
    of cells (``header_runs`` at least) and the lines its cells wrap over, set one line apart, none with more cells
    than the first (only some cells wrap; under a group cell, its sub-columns), no figure, no row number. Left
    alone for lack of room: it ends in the page's last part (``foot_share`` of the ``height``); a small table of
    words ending high on its page, the rest of the page empty, had room for its rows (they are these lines)."""
    tail = bands[k:]
    first = tail[0]
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
    for i in range(1, len(tail)):
        a, b = tail[i - 1], tail[i]
        if len(b.runs) > len(first.runs) or any(hits(r, first.runs, s) > 1 for r in b.runs):
            return None
        if b.top - a.bottom >= s.tight_gap * a.size and not _under_group(b, tail[:i], s):
            return None
    return tail


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
