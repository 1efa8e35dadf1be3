"""The document model every reader produces and everything downstream consumes.

A reader turns one file (text export, PDF, DOCX, scan) into a :class:`Document`: metadata plus blocks in
reading order. Nothing after the readers looks at file formats; if a later stage needs something a reader
knows, it belongs here.

Provenance convention: ``page`` is 1-based (None for text input), ``line`` is the 1-based line in the text
input or in the page's text (None when unknown), ``bbox`` is ``(x0, top, x1, bottom)`` in PDF points.

Two layers, as docling-core's ``ContentLayer`` has them: ``Document.blocks`` is the body every stage reads;
``Document.furniture`` holds the page furniture a reader recognised (running headers/footers, page numbers) —
kept in the model so that ``pipeline inspect`` can show it, read by nothing downstream. ``Document.letterhead`` holds
what is printed over the first page (a DOCX's page header; a PDF's running header lines, also in the furniture):
read for the issuer and its place only.

Cells carry docling-core's ``TableCell`` flags, set by table repair (``extractors/tables``) and read by the
stages after it: ``column_header`` (the cell labels a column: a header row, or the header printed again over a
fragment), ``row_header`` (the cell labels its row: the row-number column), ``row_section`` (the cell is a
group heading across the table: it names the category of the rows under it). A table stitched from several
parts keeps one :class:`Provenance` per part in ``Table.prov``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator, Union

BBox = tuple[float, float, float, float]


@dataclass
class Cell:
    """One cell as printed. ``col`` is the grid column it starts in; spans say how far it reaches."""

    text: str
    col: int
    row_span: int = 1
    col_span: int = 1
    line: int | None = None
    page: int | None = None
    bbox: BBox | None = None
    # docling-core's TableCell flags, set by table repair (module docstring)
    column_header: bool = False
    row_header: bool = False
    row_section: bool = False


@dataclass(frozen=True)
class Provenance:
    """Where one part of a block was printed: a table stitched from fragments keeps one per fragment, with the
    range of its rows (``rows``: first index, one past the last, in the stitched table's rows) that part gave."""

    page: int | None = None
    line: int | None = None
    bbox: BBox | None = None
    rows: tuple[int, int] = (0, 0)


@dataclass
class Row:
    cells: list[Cell]
    line: int | None = None
    page: int | None = None
    bbox: BBox | None = None

    def texts(self) -> list[str]:
        return [c.text for c in self.cells]

    @property
    def column_header(self) -> bool:
        """Every filled cell of the row labels a column (a header row, or the header repeated over a fragment)."""
        filled = [c for c in self.cells if c.text.strip()]
        return bool(filled) and all(c.column_header for c in filled)

    @property
    def row_section(self) -> bool:
        """The row is a group heading (its one cell is flagged ``row_section``)."""
        return any(c.row_section for c in self.cells)


@dataclass
class Table:
    """A grid of cells. Rows hold only the cells that start in them (a cell covered by a vertical merge
    from above is absent); :meth:`grid` expands spans into a dense matrix."""

    rows: list[Row]
    n_cols: int
    page: int | None = None
    line: int | None = None
    bbox: BBox | None = None
    # Set by the table layer: 1-based order of the table in the document.
    seq: int | None = None
    # Pages this table spans after stitching (first page first).
    pages: list[int] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # one item per part the table was stitched from (set by table repair; empty on a reader's table)
    prov: list[Provenance] = field(default_factory=list)

    kind = "table"

    def header_rows(self) -> int:
        """How many leading rows table repair flagged as the header (0 before repair)."""
        n = 0
        while n < len(self.rows) and self.rows[n].column_header:
            n += 1
        return n

    def grid(self, fill_spans: bool = True) -> list[list[str]]:
        """Dense ``len(rows) × n_cols`` matrix of cell texts.

        With ``fill_spans`` a merged cell's text is repeated into every position it covers (what a header
        path or a vertically merged code cell means); otherwise covered positions are empty strings.
        """
        grid = [["" for _ in range(self.n_cols)] for _ in self.rows]
        for r, row in enumerate(self.rows):
            for cell in row.cells:
                for dr in range(cell.row_span):
                    for dc in range(cell.col_span):
                        rr, cc = r + dr, cell.col + dc
                        if rr >= len(grid) or cc >= self.n_cols:
                            continue
                        if (dr == 0 and dc == 0) or fill_spans:
                            if not grid[rr][cc]:
                                grid[rr][cc] = cell.text
        return grid

    def text(self) -> str:
        return "\n".join("\t".join(r.texts()) for r in self.rows)


@dataclass
class Heading:
    text: str
    level: int = 1
    page: int | None = None
    line: int | None = None
    bbox: BBox | None = None
    kind = "heading"


@dataclass
class Paragraph:
    text: str
    page: int | None = None
    line: int | None = None
    bbox: BBox | None = None
    kind = "paragraph"


@dataclass
class ListItem:
    text: str
    marker: str = ""
    level: int = 1
    page: int | None = None
    line: int | None = None
    bbox: BBox | None = None
    kind = "list_item"


Block = Union[Heading, Paragraph, ListItem, Table]


@dataclass
class Document:
    """One input file, read. ``format`` is the contract's value: pdf, pdf_ocr, docx, odt, txt, md, html."""

    source_path: str
    doc_id: str
    format: str
    blocks: list[Block] = field(default_factory=list)
    pages: int | None = None
    encoding: str | None = None
    warnings: list[str] = field(default_factory=list)
    # the furniture layer: running headers/footers and page numbers, in reading order (module docstring)
    furniture: list[Block] = field(default_factory=list)
    # the letterhead: what is printed over the first page outside the body (a DOCX's page header, a PDF's running
    # header), where an institution often prints its name and place and nowhere else
    letterhead: list[Block] = field(default_factory=list)

    def tables(self) -> list[Table]:
        return [b for b in self.blocks if isinstance(b, Table)]

    def text_blocks(self) -> Iterator[Heading | Paragraph | ListItem]:
        for b in self.blocks:
            if not isinstance(b, Table):
                yield b

    def opening_text(self, limit: int) -> str:
        """The letterhead, then the body's text (:meth:`plain_text`): where the issuer and its place are read."""
        head = "\n".join(b.text for b in self.letterhead if not isinstance(b, Table))
        body = self.plain_text(limit=max(0, limit - len(head)))
        return f"{head}\n{body}" if head else body

    def plain_text(self, limit: int | None = None) -> str:
        """Text of the non-table blocks in order, one per line (for classification)."""
        out: list[str] = []
        size = 0
        for b in self.text_blocks():
            out.append(b.text)
            size += len(b.text) + 1
            if limit is not None and size >= limit:
                break
        return "\n".join(out)


class ReaderError(Exception):
    """A document could not be read; the message says why in words a user understands."""

    def __init__(self, reason: str, message: str):
        super().__init__(message)
        self.reason = reason
