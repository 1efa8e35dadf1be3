"""Tables beside prose, tables where the caller says they are (TableSettings), tables drawn inside a cell of
another."""
from __future__ import annotations

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from extractors.model import Paragraph, Table
from extractors.readers.pdf import TableSettings, read_pdf

PROSE = ("Angajatorii aplică noua cotă a contribuției cât mai curând posibil, dar nu mai târziu de sfârșitul lunii "
         "ianuarie. După aplicarea noii cote, diferențele reținute în plus se restituie salariaților în lunile "
         "următoare, prin ajustarea reținerilor din statul de plată.")
ROWS = [("Perioada de plată", "Suma"), ("Săptămânal", "71,15"), ("Lunar", "308,33"), ("Anual", "3.700,00")]


def _prose_beside_table(path, font) -> None:
    """Prose wrapped in a left column; beside it, in the same band of lines, a two-column table."""
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont(font, 9)
    words, line, y = PROSE.split(), "", 780
    for w in words:
        if c.stringWidth(f"{line} {w}".strip(), font, 9) > 230:
            c.drawString(50, y, line)
            line, y = w, y - 11
        else:
            line = f"{line} {w}".strip()
    c.drawString(50, y, line)
    for k, (a, b) in enumerate(ROWS):
        c.drawString(340, 780 - 14 * k, a)
        c.drawRightString(520, 780 - 14 * k, b)
    c.showPage()
    c.save()


def test_prose_beside_a_table_in_one_band_is_read_apart_from_it(gen_dir, pdf_font):
    """The prose's lines and the table's rows share a band of the page: the prose is one paragraph (read first, it
    is on the left), the table holds only its own cells."""
    path = gen_dir / "prose_beside_table.pdf"
    _prose_beside_table(path, pdf_font)
    doc = read_pdf(path, "pt")
    assert [type(b).__name__ for b in doc.blocks] == ["Paragraph", "Table"]
    assert doc.blocks[0].text == PROSE
    assert doc.blocks[1].grid() == [list(r) for r in ROWS]


def test_a_table_area_given_reads_the_table_beside_the_prose(gen_dir, pdf_font):
    path = gen_dir / "prose_beside_table.pdf"
    _prose_beside_table(path, pdf_font)
    # (x0, top, x1, bottom) in top-down points: the right half of the band
    doc = read_pdf(path, "pt", tables=TableSettings(areas=((330.0, 50.0, 560.0, 120.0),)))
    (table,) = [b for b in doc.blocks if isinstance(b, Table)]
    assert table.grid() == [list(r) for r in ROWS]
    text = " ".join(b.text for b in doc.blocks if isinstance(b, Paragraph))
    assert text == PROSE


def test_columns_given_cut_the_rows_where_they_say(gen_dir, pdf_font):
    """Columns set a single space apart (no gutter to find them by): the boundaries given cut every row."""
    path = gen_dir / "tight_columns.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont(pdf_font, 9)
    rows = [("648765", "AAA", "ALLEGIANT AIR"), ("82030", "AAA", "AMERICAN AIRLINES"), ("79145", "AAB", "DELTA")]
    for k, row in enumerate(rows):
        x = 50.0
        for cell in row:
            c.drawString(x, 780 - 12 * k, cell)
            x += c.stringWidth(cell + " ", pdf_font, 9)
    c.showPage()
    c.save()
    page_h = A4[1]
    x1 = 50 + c.stringWidth("648765 ", pdf_font, 9) - 1
    x2 = x1 + c.stringWidth("AAA ", pdf_font, 9)
    doc = read_pdf(path, "tc", tables=TableSettings(areas=((40.0, page_h - 800, 300.0, page_h - 740),),
                                                    columns=((x1, x2),)))
    (table,) = [b for b in doc.blocks if isinstance(b, Table)]
    assert table.grid() == [list(r) for r in rows]


def test_table_settings_check_their_areas():
    with pytest.raises(ValueError):
        TableSettings(areas=((300.0, 50.0, 100.0, 120.0),))
    with pytest.raises(ValueError):
        TableSettings(areas=((10.0, 10.0, 100.0, 120.0),), columns=((50.0,), (60.0,)))


def test_table_drawn_inside_a_cell_of_another_keeps_its_words(gen_dir, pdf_font):
    """A small grid drawn inside a cell of a bigger one: the small table is a table of its own, the outer cell
    keeps the rest of its text."""
    path = gen_dir / "nested.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont(pdf_font, 9)
    c.setLineWidth(0.6)
    # outer grid: 2 columns x 2 rows
    for y in (800, 760, 640):
        c.line(50, y, 550, y)
    for x in (50, 200, 550):
        c.line(x, 800, x, 640)
    c.drawString(55, 785, "DURATA")
    c.drawString(205, 785, "Contractul este pe viață.")
    c.drawString(55, 745, "CASO MORTE")
    c.drawString(205, 745, "Capitalul se majorează după vârsta asiguratului:")
    # inner grid inside the lower right cell
    for y in (730, 712, 694, 676):
        c.line(260, y, 500, y)
    for x in (260, 380, 500):
        c.line(x, 730, x, 676)
    for k, (a, b) in enumerate([("Vârsta", "Majorare"), ("18-75", "1,00%"), ("76-80", "0,50%")]):
        c.drawString(265, 717 - 18 * k, a)
        c.drawString(385, 717 - 18 * k, b)
    c.showPage()
    c.save()
    outer, inner = [b for b in read_pdf(path, "nt").blocks if isinstance(b, Table)]
    assert inner.grid() == [["Vârsta", "Majorare"], ["18-75", "1,00%"], ["76-80", "0,50%"]]
    assert outer.grid() == [["DURATA", "Contractul este pe viață."],
                            ["CASO MORTE", "Capitalul se majorează după vârsta asiguratului:"]]


def test_vertical_headers_and_row_names_left_of_the_grid(gen_dir, pdf_font):
    """An election table: its column headers written up narrow columns (a quarter turn), the names of its rows in
    the margin left of the grid. Each header is one cell read as written; the names are the first column."""
    path = gen_dir / "vertical_headers.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont(pdf_font, 8)
    xs, ys = [120, 150, 180, 210], [700, 620, 600, 580, 560]
    c.setLineWidth(0.6)
    for y in ys:
        c.line(xs[0], y, xs[-1], y)
    for x in xs:
        c.line(x, ys[0], x, ys[-1])
    for x, head in zip(xs, ["Registered voters", "Ballots cast", "Valid votes"]):
        c.saveState()
        c.translate(x + 18, ys[1] + 4)
        c.rotate(90)
        c.drawString(0, 0, head)
        c.restoreState()
    rows = [("Alcona", ["963", "439", "420"]), ("Caledonia", ["923", "393", "380"]), ("Curtis", ["1026", "349", "331"])]
    for (name, figs), y in zip(rows, ys[1:]):
        c.drawString(60, y - 14, name)
        for x, f in zip(xs, figs):
            c.drawRightString(x + 27, y - 14, f)
    c.showPage()
    c.save()
    (table,) = [b for b in read_pdf(path, "vh").blocks if isinstance(b, Table)]
    assert table.grid() == [["", "Registered voters", "Ballots cast", "Valid votes"],
                            ["Alcona", "963", "439", "420"], ["Caledonia", "923", "393", "380"],
                            ["Curtis", "1026", "349", "331"]]


def test_columns_given_over_rows_whose_cells_stand_apart(gen_dir, pdf_font):
    """Columns given over rows some of whose cells stand apart (their own runs): the rows are read as bands, a
    cell's wrapped line joined to its row, then cut at the boundaries given (the reader failed on such rows)."""
    path = gen_dir / "given_columns_apart.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont(pdf_font, 9)
    rows = [("648765 AAA", "ALLEGIANT AIR", "73159"), ("82030 AAA", "AMERICAN AIRLINES", "74115"),
            ("79145 AAB", "DELTA", "73159")]
    for k, (a, b, z) in enumerate(rows):
        c.drawString(50, 780 - 12 * k, a)
        c.drawString(150, 780 - 12 * k, b)
        c.drawString(300, 780 - 12 * k, z)
    c.showPage()
    c.save()
    page_h = A4[1]
    x1 = 50 + c.stringWidth("648765 ", pdf_font, 9) - 1
    doc = read_pdf(path, "ga", tables=TableSettings(areas=((40.0, page_h - 800, 400.0, page_h - 740),),
                                                    columns=((x1, 140.0, 290.0),)))
    (table,) = [b for b in doc.blocks if isinstance(b, Table)]
    assert table.grid() == [[a.split()[0], a.split()[1], b, z] for a, b, z in rows]
