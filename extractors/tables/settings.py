"""Tolerances of table stitching, in one frozen object passed down (no literals in the functions)."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class StitchSettings:
    """How far apart two parts of one table may be, and what may lie between them.

    The defaults are the template documents' measures: a page break puts a running header/footer (short lines)
    between two parts of a table; a table the source broke into fragments leaves a few short cell texts between
    the pieces.
    """

    max_gap_blocks: int = 12  # text blocks between two parts of one table (footnotes, page furniture)
    furniture_max_chars: int = 80  # a block shorter than this between two parts may be page furniture …
    furniture_max_blocks: int = 2  # … when there are at most this many of them
    overflow_max_chars: int = 300  # a paragraph this short after a cell ending in ':' may be that cell's overflow
    header_label_max_chars: int = 60  # a cell longer than this is no column label (second header in one grid)
    label_match_ratio: int = 90  # rapidfuzz partial ratio for a cell to be one of the header's labels
    stray_max_blocks: int = 4  # text blocks between two fragments of a table that may be fallen-out cell text
    stray_max_chars: int = 300  # … each at most this long
    between_rows_max_blocks: int = 4  # paragraphs between two numbered rows of one table that are cell text …
    between_rows_max_chars: int = 600  # … each at most this long (a cell's later paragraphs, printed outside it)
    cell_list_max_items: int = 30  # list items a cell's list printed out of its table may have
    # short paragraphs between a table's header printed again and the same header over the next part: its groups'
    # labels ("Obiectivul strategic 2: …"), at most this many, each at most this long
    group_label_max_blocks: int = 2
    group_label_max_chars: int = 200
    min_column_overlap: float = 0.6  # share of a cell's width inside a column for the cell to be in that column
    label_slack_below: float = 2.0  # pt: a fallen header label may reach this far into the table's top
    label_max_above: float = 60.0  # pt: … and start at most this far above it


DEFAULT_STITCH = StitchSettings()
