"""Which bands make a ruleless table (:mod:`extractors.readers._pdf_stream`, step 2): from a first band of
cells, the bands that go on with it (compatible runs, wrapped lines, group labels, a header spanning its
sub-columns) up to prose, a heading or the header again; and the one-cell lines just above a table of figures
(its header, its first group label)."""
from __future__ import annotations

import statistics

from extractors.readers._pdf_bands import (
    ROW_NUMBER,
    Band,
    StreamSettings,
    band_runs,
    band_text,
    compatible,
    has_figures,
    hits,
    overlap,
    run_text,
    spans,
)
from extractors.readers._pdf_table_cols import table_columns


def is_prose(band: Band, width: float, s: StreamSettings) -> bool:
    return len(band.runs) == 1 and len(band.lines) == 1 and band.x1 - band.x0 > s.prose_share * width


def _label_across(bands: list[Band], members: list[int], j: int, last: list[tuple] | None, s: StreamSettings) -> bool:
    """Band ``j``, one line across the page, is a group label across the table, not prose after it: the table has
    rows of figures, the line starts at its left edge, in its type, ends no sentence and holds no figure, and the
    next band is a row of figures in the table's columns ("Servicii sociale pentru alte categorii de persoane
    vulnerabile" between two services, a merged row's label)."""
    b = bands[j]
    if not members or last is None or j + 1 >= len(bands) or not any(has_figures(bands[i]) for i in members):
        return False
    nxt = bands[j + 1]
    left = min(bands[i].x0 for i in members)
    size = table_size(bands, members, j)
    text = band_text(b).rstrip()
    return (abs(b.x0 - left) <= s.overlap + 1 and abs(b.size - size) <= 0.1 * size and not has_figures(b)
            and not text.endswith((".", ":", ";")) and len(nxt.runs) >= 2 and has_figures(nxt)
            and compatible(last, nxt.runs, s)
            and nxt.top - b.bottom <= s.max_row_gap * b.size)


def table_size(bands: list[Band], members: list[int], j: int) -> float:
    """The type size of the table's bands so far, or (none yet: a table going on from the previous page) of the
    next band of cells after band ``j``."""
    if members:
        return statistics.median(bands[i].size for i in members)
    return next((b.size for b in bands[j + 1:] if len(b.runs) >= 2), bands[j].size)


def grow_table(bands: list[Band], k: int, ref: list[tuple] | None, width: float,
          s: StreamSettings, header: str = "", again: bool = False) -> tuple[list[int], int]:
    """Indices of the bands of the table starting at band ``k`` (``ref``: carried columns it must fit, ``header``:
    the first line of the carried table's header), and how many of them are leading header bands spanning the
    next. ``again``: band ``k`` starts a page with the previous page's table's header printed again (the rest of
    a row the page break cut may stand under it)."""
    members: list[int] = []
    pending: list[int] = []
    last = ref
    n_head = 0
    body_seen = ref is not None
    j = k
    while j < len(bands):
        b = bands[j]
        # the header printed again (over the next fragment)
        again_head = bool(members) and len(b.runs) >= 2 and \
            band_text(b) == (header if ref is not None and header else band_text(bands[members[0]]))
        if members or pending:
            prev = bands[(pending or members)[-1]]
            if b.top - prev.bottom > s.max_row_gap * max(b.size, prev.size) or (
                    is_prose(b, width, s) and not _label_across(bands, members, j, last, s)):
                # (a group label's fragment wrapped over many lines of a narrow column may end its page's part
                # further above the next copy of the header than rows are apart: it is this table's one row all
                # the same)
                if again_head and pending and _one_row_between(bands, members[-1], pending, j, s):
                    members += pending
                    pending = []
                break
        if len(b.runs) >= 2:
            if again_head:
                # the header again: a new table starts (under the heading just above). A line between, as far
                # from both as rows are apart, is this table's one row: a group label printed as a fragment of
                # its own, under its own copy of the header
                if pending and _one_row_between(bands, members[-1], pending, j, s):
                    members += pending
                    pending = []
                break
            if body_seen and members and not has_figures(b) and _set_apart(bands, members + pending, j, s):
                # a new table's header, set apart under this one and off its columns; the lines set one line
                # under the last row (its first cell's wrapped lines too, at the table's left edge) are that row's
                for p in pending:
                    if bands[p].top - bands[members[-1]].bottom >= s.tight_gap * bands[p].size:
                        break
                    members.append(p)
                pending = []
                break
            if pending and not has_figures(b) and any(has_figures(bands[i]) for i in members) \
                    and not ((_numbered(b) or (_set_close(bands, members[-1], pending, s) and last is not None
                                               and compatible(last, b.runs, s)))
                             and _wrapped_lines(bands, pending, last, members, s)) \
                    and not (_numbered(b) and _one_row_between(bands, members[-1], pending, j, s)):
                # a line across the columns, then a row of words under rows of figures: a heading, a header (but
                # a numbered row under a cell's wrapped last line is the table's next row, and so is a row in the
                # table's columns under wrapped lines set as close as a cell's: "instituțiile publice și" /
                # "societatea civilă", an objective set right, then the next objective's row of words; and a
                # numbered row under a group label set apart as rows are, "B. Servicii sociale private", at the
                # table's left edge)
                break
            if last is not None and not compatible(last, b.runs, s):
                _split_at_starts(b, last, s)
            if last is not None and body_seen and has_figures(b) and not compatible(last, b.runs, s) \
                    and _label_over_first_columns(last, b.runs, s):
                # a total row, its label merged over the first columns ("TOTAL GENERAL"): a row of the table; the
                # rows after it are matched against the columns above it
                members += pending + [j]
                pending = []
                j += 1
                continue
            if last is None or compatible(last, b.runs, s):
                body_seen = body_seen or last is not None
            elif (not body_seen or ref is None and _first_row_open(bands, members + pending + [j], s)) \
                    and spans(last, b.runs, s):
                n_head = len(members) + len(pending)
            else:
                break
            members += pending + [j]
            pending = []
            last = b.runs
        elif last is None:
            break  # a table starts with a band of cells
        elif b.size > s.heading_size * table_size(bands, members, j):
            break  # a line in a larger type than the table's: a heading, not a group label of the table
        else:
            pending.append(j)
        j += 1
    # one-run bands after the last row: a wrapped line of a cell of that row (inside one column, close by)
    # (the table's left edge is its first column's: a line starting there is text under the table, unless it goes
    # on with the first cell's text on the line just above: a name wrapped further than the row's other cells)
    left = min((bands[i].x0 for i in members), default=0.0)
    taken = 0
    for p in pending:
        prev = bands[members[-1]] if members else None
        if prev is None or len(bands[p].runs) != 1 or hits(bands[p].runs[0], last or [], s) != 1 \
                or bands[p].top - prev.bottom > s.tight_gap * prev.size \
                or bands[p].x0 <= left + 1 and not _cell_goes_on(prev, bands[p], s):
            break
        members.append(p)
        taken += 1
    rest = pending[taken:]
    if again and rest and members and not any(has_figures(bands[i]) for i in members) \
            and _cut_row_rest(bands, members, rest, left, s):
        # the header printed again at the page's top, then one cell's lines inside one of its columns, nothing
        # after them: the rest of the row the page break cut (a word processor breaks a row across pages mid-cell)
        members += rest
    return members, n_head


def _cut_row_rest(bands: list[Band], members: list[int], pending: list[int], left: float, s: StreamSettings) -> bool:
    """The one-run bands ``pending`` under the header bands ``members`` are one cell's lines: each inside one and
    the same column of the header's (right of the table's left edge: a line there is text under the table), one
    line apart, the first no further under the header than rows are apart."""
    cols = [(a, b, []) for a, b in table_columns([bands[i] for i in members if len(bands[i].runs) >= 2], [], s)]
    hit = set()
    for p in pending:
        b = bands[p]
        inside = [k for k, c in enumerate(cols) if overlap(b.runs[0][0], b.runs[0][1], c[0], c[1]) > s.overlap]
        if len(b.runs) != 1 or len(inside) != 1 or b.x0 <= left + 1:
            return False
        hit.add(inside[0])
    head = bands[members[-1]]
    return len(hit) == 1 and bands[pending[0]].top - head.bottom < s.max_row_gap * head.size \
        and _set_close(bands, pending[0], pending[1:], s)


def _cell_goes_on(prev: Band, band: Band, s: StreamSettings) -> bool:
    """The one-run ``band`` lies under a cell of ``prev`` (the line just above it) whose text does not end a
    sentence: that cell's next line ("Serviciul de îngrijire la" / "domiciliu" / "pentru" / "persoane")."""
    above = [r for r in prev.runs if overlap(r[0], r[1], band.runs[0][0], band.runs[0][1]) > s.overlap]
    return len(above) == 1 and not run_text(above[0]).rstrip().endswith((".", ":", ";", "!", "?"))


def _set_apart(bands: list[Band], idx: list[int], j: int, s: StreamSettings) -> bool:
    """Band ``j`` (a line of words) starts another table under the table of the bands ``idx``: it stands further
    below them than ``apart`` times any gap between them (and ``apart_min`` em at least), and it fills half their
    columns or fewer, or one of its cells starts and ends where none of their columns does (a small table's header,
    "Stadiu" | "Număr acțiuni", under a table of measures: two cells, the second one in the middle of a column)."""
    seq = [bands[i] for i in idx]
    gaps = [b.top - a.bottom for a, b in zip(seq, seq[1:])]
    gap = bands[j].top - seq[-1].bottom
    if len(gaps) < 2 or gap < s.apart_min * bands[j].size or gap < s.apart * max(gaps):
        return False
    cols = table_columns([b for b in seq if len(b.runs) >= 2], [], s)
    if len(bands[j].runs) <= s.full_share * len(cols):
        return True
    return any(all(abs(r[0] - a) > s.aligned for a, _ in cols) and all(abs(r[1] - b) > s.aligned for _, b in cols)
               for r in bands[j].runs)


def _label_over_first_columns(last: list[tuple], runs: list[tuple], s: StreamSettings) -> bool:
    """The band's first run stands over the first cells of the row above (``last``), two or more of them, and each
    of its other runs falls into one column of that row right of them (or under none: a figure where that row has
    none), none two into one: a label merged over the number and name columns, its figures in their columns
    ("TOTAL GENERAL" | "3.662,4" | "1.627,8")."""
    first = min(runs, key=lambda r: r[0])
    rest = [r for r in runs if r is not first]
    covered = [q for q in last if overlap(first[0], first[1], q[0], q[1]) > s.overlap]
    if len(covered) < 2 or min(q[0] for q in covered) > min(q[0] for q in last) or not rest:
        return False
    edge = max(q[1] for q in covered)
    return all(hits(r, last, s) <= 1 and r[0] > edge for r in rest) and all(hits(q, rest, s) <= 1 for q in last)


def _set_close(bands: list[Band], row: int, pending: list[int], s: StreamSettings) -> bool:
    """The bands ``pending`` follow band ``row`` one after the other as closely as a cell's lines (``tight_gap``)."""
    prev = bands[row]
    for p in pending:
        if bands[p].top - prev.bottom >= s.tight_gap * bands[p].size:
            return False
        prev = bands[p]
    return True


def _numbered(band: Band) -> bool:
    """The band's first cell is a row number ("2."): a row of the body, not a header."""
    return bool(band.runs) and bool(ROW_NUMBER.match(run_text(min(band.runs, key=lambda r: r[0]))))


def _wrapped_lines(bands: list[Band], pending: list[int], last: list[tuple] | None, members: list[int],
                   s: StreamSettings) -> bool:
    """The one-run bands ``pending`` after the row ``last`` are the wrapped lines of one of its cells: each inside
    one of that row's cells and starting right of the table's left edge (a cell wrapping one line further than the
    row's others: "Găzduirea" / "victimelor" / "violenței" / "domestice"), not a line across the columns or from
    the table's edge (a heading)."""
    if last is None or not members:
        return False
    left = min(bands[i].x0 for i in members)
    return all(len(bands[p].runs) == 1 and hits(bands[p].runs[0], last, s) == 1 and bands[p].x0 > left + 1
               for p in pending)


def _split_at_starts(band: Band, last: list[tuple], s: StreamSettings) -> None:
    """A run of ``band`` over two cells of the row above (``last``), one space apart: a cell filling its column
    to the next one's text ("EXPRESSJET AIRLINES INC" + "WILL ROGERS AIRPORT"). It is split where a word starts
    at the very x where a cell of the row above starts (``aligned``) and the word before ends short of it: the
    next column's text starts there. A cell spilling over an empty neighbour starts no word exactly there."""
    starts = [r[0] for r in last]
    cuts = []
    for a, b, ws in band.runs:
        if hits((a, b, ws), last, s) < 2:
            continue
        ids = {id(w) for w in ws}
        for ln in band.lines:
            mine = [w for w in ln.words if id(w) in ids]
            for p, q in zip(mine, mine[1:]):
                if q.x0 > p.x1 and any(abs(q.x0 - x) <= s.aligned and p.x1 < x for x in starts):
                    cuts.append((p.x1 + q.x0) / 2)
    if cuts:  # kept only when it makes the band fit the row above (a band read twice is not changed for nothing)
        old = band.cuts, band.runs
        band.cuts = tuple(sorted(set(band.cuts) | set(cuts)))
        band.runs = band_runs(band, s)
        if not compatible(last, band.runs, s):
            band.cuts, band.runs = old


def _first_row_open(bands: list[Band], idx: list[int], s: StreamSettings) -> bool:
    """The bands ``idx`` so far may all be the header: no figure among them, in fewer rows than a header has (rows
    told apart by gaps wider than a cell's lines). A group cell's sub-columns may stand under any of them (a header
    set from the top of its row: "Bugetele estimate" over "Surse publice" / "Surse private", the latter over
    "Contribuția beneficiarilor" / "Alte surse")."""
    seq = [bands[i] for i in idx]
    rows = 1 + sum(1 for a, b in zip(seq, seq[1:]) if b.top - a.bottom >= s.tight_gap * a.size)
    return not any(has_figures(b) for b in seq) and rows <= s.max_header_rows


def _one_row_between(bands: list[Band], last: int, pending: list[int], nxt: int, s: StreamSettings) -> bool:
    """The one-run bands ``pending`` between band ``last`` and band ``nxt`` end in one row set apart: its lines
    one line apart, a gap as wide as between rows above and below it (before it, the lines of ``last``'s cells
    may go on, one line apart)."""
    seq = [bands[last]] + [bands[i] for i in pending]
    size = seq[-1].size
    gaps = [b.top - a.bottom for a, b in zip(seq, seq[1:])]
    wide = [i for i, g in enumerate(gaps) if g >= s.tight_gap * size]
    return (len(wide) == 1 and gaps[wide[0]] >= s.row_gap * size
            and bands[nxt].top - seq[-1].bottom >= s.row_gap * size)


def lines_above(bands: list[Band], members: list[int], floor: int, width: float, s: StreamSettings) -> list[int]:
    """One-cell lines just above a table whose first row is a row of figures (no header of its own): each inside
    one of the table's columns, in the table's type, as close to the line under it as the table's rows are to each
    other, up to ``max_header_rows`` of them: its header and first group label ("2016" over the figures,
    "(all amounts in EUR)", "Class A" over the rows of that class). A heading (a larger type), prose (a line
    across the text) or a line over two columns ends them. ``floor``: the first band after the previous table."""
    first = bands[members[0]]
    if not has_figures(first):
        return []
    multi = [bands[i] for i in members if len(bands[i].runs) >= 2]
    cols = [(a, b, []) for a, b in table_columns(multi, [], s)]
    size = table_size(bands, members, 0)
    reach = max([bands[b].top - bands[a].bottom for a, b in zip(members, members[1:])] + [s.row_gap * size])
    out: list[int] = []
    under = first
    j = members[0] - 1
    while j >= floor and len(out) < s.max_header_rows:
        b = bands[j]
        if len(b.runs) != 1 or len(b.lines) != 1 or is_prose(b, width, s) or b.size > s.heading_size * size \
                or under.top - b.bottom > reach:
            break
        inside = [c for c in cols if overlap(b.runs[0][0], b.runs[0][1], c[0], c[1]) > s.overlap]
        if len(inside) != 1 or b.runs[0][1] > inside[0][1] + s.overlap or b.runs[0][0] < inside[0][0] - s.overlap:
            break
        out.insert(0, j)
        under = b
        j -= 1
    return out
