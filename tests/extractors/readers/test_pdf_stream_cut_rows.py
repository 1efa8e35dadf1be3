"""Ruleless tables printed a row at a time under a header repeated on each page, a row broken across the page: the
rest of the cut row under the header printed again (the families' office_plain rendering: a word processor's table
without borders, rows allowed to break across pages)."""
from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from extractors.model import Table
from extractors.readers.pdf import read_pdf
from test_pdf_stream_headers import HEADER_ROW, LEADING, SIZE, SUB_ROW, XS, _header, _row, _tables


def _cut_row_pdf(path, pdf_font: str, rests: dict[int, tuple[str, ...]]) -> None:
    """Row 1 cut by the page break: on page 2, under the header printed again, the rest of its cells (``rests``:
    column -> the cell's last lines), then the header again over row 2."""
    c = canvas.Canvas(str(path), pagesize=A4)
    y = _header(c, pdf_font, 120)
    _row(c, pdf_font, y, {0: "1.", 1: "Centrul de primire|în regim de", 2: "40", 3: "72,5", 4: "1.250", 5: "300",
                          6: "-"})
    c.showPage()
    y = _header(c, pdf_font, 800)
    c.setFont(pdf_font, SIZE)
    for k, parts in rests.items():
        for i, part in enumerate(parts):
            c.drawString(XS[k] + 3, y - SIZE - i * LEADING, part)
    y = _header(c, pdf_font, y - 3 * LEADING - 5 * SIZE)
    _row(c, pdf_font, y, {0: "2.", 1: "Cantină socială", 2: "25", 3: "90,0", 4: "410", 6: "12"})
    c.showPage()
    c.save()


def test_the_rest_of_a_row_cut_by_the_page_under_the_header_printed_again_is_a_row_of_that_part(gen_dir, pdf_font):
    """A word processor breaks a row across pages mid-cell and prints the header again over the rest (tables of a
    row each under a repeated header): page 2 starts with the header, then the name cell's last lines, then the
    next row's part, further down than rows are apart. The lines are a row of the header's part (the table layer
    joins it to the cut row), not a paragraph between two tables."""
    path = gen_dir / "cut_row_rest_under_header.pdf"
    _cut_row_pdf(path, pdf_font, {1: ("urgență pentru", "copilul abuzat", "Sebeș")})
    doc = read_pdf(path, "rest")
    assert not [b for b in doc.blocks if not isinstance(b, Table) and "copilul" in b.text]
    part = [t for t in _tables(doc) if t.page == 2][0]
    assert part.grid()[-1] == ["", "urgență pentru copilul abuzat Sebeș", "", "", "", "", ""]


def test_the_rest_of_a_row_cut_in_several_cells_under_the_header_printed_again_keeps_the_headers_columns(gen_dir,
                                                                                                        pdf_font):
    """The rest of a row the page break cut in several of its cells (the name's last lines, the provider's, the
    address's: no figure), under the header printed again with its group cell over sub-columns: the part keeps the
    header's columns, each rest in its own column (a body of words alone took the header's cells beside it for the
    headers of its columns: the sub-columns went into the name column and the header came apart)."""
    path = gen_dir / "cut_row_rest_in_several_cells.pdf"
    _cut_row_pdf(path, pdf_font, {1: ("urgență pentru", "copilul abuzat"), 3: ("ocupare",)})
    doc = read_pdf(path, "rest_cells")
    part = [t for t in _tables(doc) if t.page == 2][0]
    g = part.grid()
    assert g[0] == HEADER_ROW and g[1] == SUB_ROW
    assert g[-1] == ["", "urgență pentru copilul abuzat", "", "ocupare", "", "", ""]


def test_the_rest_of_a_row_cut_under_the_header_printed_again_holding_a_figure_under_words_is_one_row(gen_dir,
                                                                                                       pdf_font):
    """The rest of a cut row under the header printed again: the budgets' units on its first line ("lei"), the
    name's and another cell's last lines under it, that cell's last line a figure ending its words ("medie în" /
    "luna" / "12", as an address ends on its number). The lines under a header read from its gaps are the body,
    where a figure ending a cell of words is that cell's wrapped line. Taken for the header's wrapped lines (no
    row of figures above them), the figure's line was a row of its own and the rest came apart in three rows."""
    path = gen_dir / "cut_row_rest_with_a_figure.pdf"
    _cut_row_pdf(path, pdf_font, {1: ("urgență pentru", "copilul abuzat", "Sebeș"), 3: ("medie în", "luna", "12"),
                                       4: ("lei",), 5: ("lei",)})
    doc = read_pdf(path, "rest_figure")
    part = [t for t in _tables(doc) if t.page == 2][0]
    g = part.grid()
    assert g[0] == HEADER_ROW and g[1] == SUB_ROW
    assert g[2:] == [["", "urgență pentru copilul abuzat Sebeș", "", "medie în luna 12", "lei", "lei", ""]]
