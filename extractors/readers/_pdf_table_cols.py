"""A ruleless table's columns (:mod:`extractors.readers._pdf_stream`, step 6): from its body rows' runs, then
its header cells standing over no body text."""
from __future__ import annotations

from extractors.readers._pdf_bands import FIGURE, NIL, Band, StreamSettings, overlap, run_text


def _label_over_first(band: Band, body: list[Band], s: StreamSettings) -> tuple | None:
    """``band``'s first run, when it stands over the first two cells or more of another band of ``body`` that has
    three cells or more (a label merged over the first columns), else None."""
    if len(band.runs) < 2:
        return None
    first = min(band.runs, key=lambda r: r[0])
    for other in body:
        if other is band or len(other.runs) < 3:
            continue
        lead = min(other.runs, key=lambda r: r[0])
        covered = [q for q in other.runs if overlap(first[0], first[1], q[0], q[1]) > s.overlap]
        if len(covered) >= 2 and any(q is lead for q in covered):
            return first
    return None


def table_columns(body: list[Band], heads: list[list[tuple[float, float]]], s: StreamSettings,
             seed: list[tuple[float, float]] | None = None) -> list[list[float]]:
    """Column x-ranges: the body's runs, narrowest first (a run overlapping two columns already found spills
    over a gutter and is left out); then ``heads`` (the runs of each header band, nearest the body first; the
    columns carried from the previous page): one standing over no column is either the header of the column
    of figures next to it that no header of its own band stands over (figures set right under a header set
    left, or the other way round, not overlapping it), or a column of its own (empty in the body)."""
    # ``seed``: the columns of the previous page's part of the table, found first (a label spanning two of them on
    # this page, "TOTAL GENERAL" over the number and the name, must not join them)
    cols: list[list[float]] = [[a, b] for a, b in seed or []]
    runs: dict[int, list[tuple[float, float]]] = {}  # each column's runs (a seed column has none)
    figures: set[int] = set()  # the columns holding a figure (a header set beside its figures heads them)
    # (a dash alone, a nil figure, last: centred where the figures are set right, it says nothing of the column)
    # (a row's first run standing over the first cells of another row of three cells or more, a total's label
    # merged over the number and the name, "TOTAL GENERAL", found first as the narrower, would join them: left out)
    labels = {id(r) for r in (_label_over_first(band, body, s) for band in body) if r is not None}
    for r in sorted((r for band in body for r in band.runs if id(r) not in labels),
                    key=lambda r: (bool(NIL.match(run_text(r))), r[1] - r[0])):
        a, b = r[0], r[1]
        figure = bool(FIGURE.match(run_text(r)) or NIL.match(run_text(r)))
        hit = [c for c in cols if overlap(a, b, c[0], c[1]) > s.overlap]
        if not hit:
            cols.append([a, b])
            runs[id(cols[-1])] = [(a, b)]
            if figure:
                figures.add(id(cols[-1]))
        elif len(hit) == 1:
            c = hit[0]
            na, nb = min(a, c[0]), max(b, c[1])
            if not any(o is not c and overlap(na, nb, o[0], o[1]) > s.overlap for o in cols):
                c[0], c[1] = na, nb
                runs.setdefault(id(c), []).append((a, b))
                if figure:
                    figures.add(id(c))
    _keep_gutters(cols, runs, s)
    from_body = [id(c) for c in cols]
    for group in heads:
        for a, b in group:
            if any(overlap(a, b, c[0], c[1]) > s.overlap for c in cols):
                continue
            order = sorted(cols + [[a, b]])
            i = next(k for k, c in enumerate(order) if c[0] == a and c[1] == b)
            for nb in (i + 1, i - 1):
                c = order[nb] if 0 <= nb < len(order) else None
                # (no other cell of this header between them: "Capacitate" heads the figures set right beside it,
                # "Cod serviciu" left of it over an empty column does not)
                lo, hi = (b, c[0]) if nb > i and c is not None else (c[1] if c is not None else a, a)
                # (a body of words alone has no figures set apart from their header: the rest of a row the page
                # break cut, under the header printed again, "tulburări" | "erin" | "Armeniș", heads nothing)
                if c is not None and id(c) in from_body and figures and not any(
                        overlap(x, y, c[0], c[1]) > s.overlap or lo - s.overlap <= x and y <= hi + s.overlap
                        for x, y in group):
                    c[0], c[1] = min(c[0], a), max(c[1], b)
                    break
            else:
                cols.append([a, b])
    cols.sort()
    return cols


def _keep_gutters(cols: list[list[float]], runs: dict[int, list[tuple[float, float]]], s: StreamSettings) -> None:
    """Columns left touching (less than ``overlap`` apart) by a run of one reaching the other's text: that run
    spills over the gutter ("TOTAL" in the number column ending a third of a point past where the codes start,
    found before them, the narrower); the column is measured without it (else a header cell over the one, reaching
    the other, was read as crossing the gutter, and "Nr." and "Cod serviciu" made one cell)."""
    cols.sort()
    for left, right in zip(cols, cols[1:]):
        if right[0] - left[1] > s.overlap:
            continue
        for c, inside in ((left, lambda r: r[1] <= right[0] - s.overlap), (right, lambda r: r[0] >= left[1] + s.overlap)):
            own = runs.get(id(c), [])
            kept = [r for r in own if inside(r)]
            if kept and len(kept) < len(own):
                c[0], c[1] = min(r[0] for r in kept), max(r[1] for r in kept)
