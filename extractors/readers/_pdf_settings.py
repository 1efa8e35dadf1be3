"""The measures of the PDF layout code, in one frozen object passed down (as pdfplumber's ``TableSettings``): how far
apart words are a word space, lines a row, cells a gutter; what share of a page a header left at its foot ends in.
Every "em" is the type size of the line measured. :data:`STREAM` holds the defaults, the template documents'
measures; a caller with other documents passes its own (``dataclasses.replace(STREAM, row_gap=0.9)``)."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class StreamSettings:
    space_margin: float = 0.12  # em added to a band's word space: a wider gap separates two cells
    default_space: float = 0.28  # em: word space assumed for a band whose lines show none
    min_space: float = 0.15  # em: a narrower gap between two words is squeezed, no measure of the word space
    max_row_gap: float = 3.5  # em: a wider vertical gap between two bands ends the table
    tight_gap: float = 0.4  # em: bands closer than this, where rows are clearly further apart, are one row
    row_margin: float = 0.5  # em: how much further apart the rows must be
    # em: in a table whose cells are set from the top of their rows, a gap this wide is between two rows (rows are
    # set an empty line apart, about 1 em; a letter with an accent over it, "Î", narrows the gap by a few tenths)
    row_gap: float = 0.7
    overlap: float = 0.5  # pt: x-ranges overlapping by less than this do not overlap
    # em: lines overlapping vertically by more than this are one band (a cell's lines set around its row's
    # one-line cells overlap them by a third of a line or more; the loose boxes of lines set solid, a dense table's
    # rows, by a few hundredths of an em)
    band_overlap: float = 0.15
    leader_gap: float = 1.5  # em: the widest gap between the dots of a dot leader
    wide_gutter: float = 1.0  # em: a table has at least one gutter this wide, or three columns
    prose_share: float = 0.6  # a one-run band wider than this share of the text width is prose
    header_runs: int = 3  # runs a header left alone at the foot of a page needs
    # a header left alone at the foot of a page (its rows on the next) ends below this share of the page's height
    # (a page's bottom margin is a tenth of it or so; a header pushed over had no room for a row under it)
    foot_share: float = 0.75
    aligned: float = 0.5  # pt: words starting (ending) this close to one x are set against it
    # a line of words further below a table than this many times any gap between its lines, and this many em at
    # least, whose cells do not keep to the table's columns, starts another table (:func:`._pdf_extent._set_apart`)
    apart: float = 1.5
    apart_min: float = 1.5
    min_rows: int = 3  # rows that must agree on a gutter narrower than a word space
    cross_share: float = 0.25  # bands crossing such a gutter, at most, per band agreeing on it
    # rows of cells a table needs before a column holding one cell (a page number beside a row) is not taken for
    # its left edge (a header's "Nr." over a fragment's one row is a column all the same)
    edge_rows: int = 5
    typed_space: float = 2.5  # word spaces: a gap no wider that no other row agrees on is spaces typed in a cell
    max_header_rows: int = 3
    # a table's rows are told from its wrapped lines by its own gaps when they fall in two clusters: the rows' gaps
    # this many times the widest gap under ``tight_gap`` (or ``min_line_gap`` em) at least, and this many of them
    # (:func:`._pdf_rows.row_gap_floor`: a group label is as far from its neighbours as the rows are)
    row_cluster_ratio: float = 2.0
    min_line_gap: float = 0.1
    min_row_gaps: int = 2
    lines_per_row: int = 6  # wrapped lines a row may have for each wide gap between rows (see _pdf_rows.rows_of)
    # a line filling more than this share of the table's columns counts among those wrapped lines (a wrapped
    # line of a row fills a few of them; a list's row set line by line fills most)
    full_share: float = 0.5
    # -- outside ruleless tables, the same measures of a page's lines --
    # blocks a side of a two-column band needs before its blocks (lines set ``row_gap`` apart) starting beside the
    # other side's tell a table's rows, not two columns of prose (:mod:`._pdf_columns`)
    column_row_blocks: int = 2
    # em, and pt at least: words further apart on a line stand in cells apart, a table's, not prose's
    # (:mod:`._pdf_columns`: which side of a two-column band is a table)
    column_cell_gap: float = 2.2
    column_cell_gap_min: float = 14.0
    # em: words further apart on a line stand in cells of their own (a table's header line printed again on each
    # page is no running header, :func:`._pdf_layout.drop_running_lines`)
    cell_gap: float = 2.0
    # a line in this share of the page's height from its top (foot) may be a running header (footer)
    running_band: float = 0.12
    # a block no taller than this many times its type size is one line (a group label left at a page's foot,
    # :func:`._pdf_paragraphs.page_carry`)
    one_line: float = 1.6
    heading_size: float = 1.15  # a one-run line in a type this much larger than the table's ends it (a heading)
    # a justified line of prose stretches every space between its words alike, past half an em (a contact line
    # under a table: "Informații suplimentare: Primăria …, telefon …"): this many words at least, their gaps
    # within ``justified_spread`` em of each other and under ``justified_max`` em, most words holding letters.
    # A table's row has gaps that differ (its cells' widths differ), however wide they are
    justified_words: int = 5
    justified_spread: float = 0.05
    justified_max: float = 1.0
    justified_letters: float = 0.6  # share of the words holding a letter (a row of figures in even columns is none)


STREAM = StreamSettings()
