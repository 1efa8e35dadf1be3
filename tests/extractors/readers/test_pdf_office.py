"""PDFs as word processors print them (Word, LibreOffice): what their text layer does that reportlab's does not."""
from __future__ import annotations

from pathlib import Path

from extractors.model import Table
from extractors.readers._pdf_chars import rtl_word
from extractors.readers._pdf_layout import Word, cell_text, join_lines
from extractors.readers.pdf import read_pdf


def ligature_pdf(path: Path, lines: list[bytes]) -> Path:
    """A one-page PDF in Helvetica whose byte 0x01 is one glyph that the font's ToUnicode map reads as the two
    letters "fi", as a word processor's font prints the ligature "ﬁ"; one line of text per entry of `lines`."""
    cmap = (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /L def "
            b"1 begincodespacerange <00> <FF> endcodespacerange 1 beginbfchar <01> <00660069> endbfchar "
            b"1 beginbfrange <20> <7E> <0020> endbfrange endcmap CMapName currentdict /CMap defineresource pop "
            b"end end")
    content = b"BT /F1 12 Tf 14 TL 72 700 Td " + b" T* ".join(b"(" + line + b") Tj" for line in lines) + b" ET"
    widths = b" ".join([b"556"] * 255)
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>stream\n" % len(content) + content + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /FirstChar 1 /LastChar 255 /Widths ["
            + widths + b"] /ToUnicode 6 0 R >>",
            b"<< /Length %d >>stream\n" % len(cmap) + cmap + b"\nendstream"]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, obj in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    path.write_bytes(bytes(out))
    return path


def _text(doc) -> str:
    return " ".join(b.text for b in doc.text_blocks())


def test_a_ligature_glyph_is_one_run_of_its_word(tmp_path):
    """pdfium gives a ligature's two letters with the glyph's one box; they went to two words ("f inanțare")."""
    path = ligature_pdf(tmp_path / "ligature.pdf", [b"Capitolul I - Infiintarea si \x01nantarea serviciilor",
                                                    b"Servicii \x01nantate din bugetul local: pro\x01l"])
    text = _text(read_pdf(path, "lig"))
    assert "finantarea serviciilor" in text and "finantate" in text and "profil" in text, text
    assert "f inan" not in text


def test_a_ligature_after_a_right_to_left_letter():
    assert rtl_word("ل", "لا") and not rtl_word("ل", "fi")


FIXTURES = Path(__file__).resolve().parent / "fixtures"


def test_glyph_boxes_of_a_font_without_ascent_and_descent():
    """LibreOffice writes its fonts with ``/Ascent 0 /Descent 0``: pdfium's loose boxes are then the glyphs' ink,
    a comma a sliver under the baseline; it fell out of its figure ("109 6%", "1.639 5,"). The fixture is a
    three-line DOCX (a paragraph, a ruled table of figures) printed to PDF by LibreOffice 7.4."""
    doc = read_pdf(FIXTURES / "office_tight_boxes.pdf", "tight")
    text = _text(doc)
    assert "„Masa pe roți”" in text and "106,3%," in text, text
    table = next(b for b in doc.blocks if isinstance(b, Table))
    cells = [c.text for r in table.rows for c in r.cells]
    assert ["1.", "109,6%", "237,7", "2.", "66,7%", "1.639,5"] == cells[3:], cells


def _ruled_grid(c, x_cols: list[float], top: float, rows: list[list[str]], *, size: float, lead: float, pad: float,
                margin: float) -> None:
    """Draw ``rows`` as a fully ruled grid from ``top`` down: a cell's lines split at "\\n", ``pad`` from its left
    rule and ``margin`` under its top rule (a row as tall as its tallest cell, ``margin`` above and below)."""
    ys = [top]
    for row in rows:
        height = max(len(cell.split("\n")) for cell in row) * lead + 2 * margin
        for k, cell in enumerate(row):
            for i, text in enumerate(cell.split("\n")):
                c.drawString(x_cols[k] + pad, ys[-1] - margin - size - i * lead, text)
        ys.append(ys[-1] - height)
    for y in ys:
        c.line(x_cols[0], y, x_cols[-1], y)
    for x in x_cols:
        c.line(x, ys[0], x, ys[-1])


def test_ruled_cells_of_a_narrow_column_told_by_the_documents_words(tmp_path, pdf_font):
    """A narrow ruled column, as a word processor sets it: "Centre" wrapped before "rezidențiale", which is too
    wide for the column and broken "rezide" / "nțiale"; "dependente" broken "depen" / "dente". "Centre" leaves
    less room than "rezide" does, so the geometry alone glued the wrong pair ("Centrerezide nțiale"). The
    document's words tell: "Centre" and "rezidențiale" are written whole elsewhere; and a piece the document
    knows nothing of goes on its word when the line had no room for the next line's first glyph ("depen")."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    size, pad, lead = 10, 5.5, 12

    def inner(word: str) -> float:  # a column whose line this word fills, short of it by a bit less than a glyph
        return stringWidth(word, pdf_font, size) + 5.5

    x_cols = [60.0]
    for width in (inner("rezide"), inner("depen")):
        x_cols.append(x_cols[-1] + width + 2 * pad)
    assert stringWidth("Centre", pdf_font, size) > inner("rezide") - 4.5  # "Centre" leaves less room
    path = tmp_path / "narrow.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont(pdf_font, size)
    c.drawString(60, 780, "Lista cuprinde Centre de zi și centre rezidențiale pentru vârstnici.")
    top, rows = 740.0, [["Nume", "Tip"], ["Centre\nrezide\nnțiale", "depen\ndente"]]
    _ruled_grid(c, x_cols, top, rows, size=size, lead=lead, pad=pad, margin=3)
    c.save()
    table = next(b for b in read_pdf(path, "narrow").blocks if isinstance(b, Table))
    assert [c.text for c in table.rows[-1].cells] == ["Centre rezidențiale", "dependente"]


def test_a_label_in_capitals_broken_before_a_short_words_letters_in_a_narrow_ruled_cell(tmp_path, pdf_font):
    """A total row's label in a narrow ruled column broken "TOT" / "AL" (a thirteen-column table on A4 portrait):
    "AL" reads as the short word "al", which kept the pieces apart ("TOT AL": no total row). The document writes
    "TOTAL" elsewhere and no "TOT": the document's words tell for pieces in capitals as for any; capitals the
    document writes on their own ("CENTRE" / "AL") stay two words."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    size, pad, lead = 10, 5.5, 12
    inner = stringWidth("TOTA", pdf_font, size) - 0.5  # "TOTA" does not fit: the line breaks after "TOT"
    x_cols = [60.0, 60.0 + inner + 2 * pad, 160.0]
    path = tmp_path / "total_caps.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont(pdf_font, size)
    c.drawString(60, 780, "TOTAL general al planului: CENTRE de zi.")
    rows = [["Nume", "Buget"], ["Cen\ntru", "100"], ["TOT\nAL", "5.128"], ["CEN\nTRE\nAL", "7"]]
    _ruled_grid(c, x_cols, 740.0, rows, size=size, lead=lead, pad=pad, margin=3)
    c.save()
    table = next(b for b in read_pdf(path, "caps").blocks if isinstance(b, Table))
    assert [r.cells[0].text for r in table.rows[2:]] == ["TOTAL", "CENTRE AL"]
    # words in capitals the document knows nothing of stay two: the next line's capital not fitting the room left
    # says nothing (a line of capitals wraps between words as tightly), "TOTAL" / "GENER" / "AL" is "TOTAL GENERAL"
    from extractors.readers._pdf_layout import group_lines
    from extractors.readers._pdf_vocabulary import vocabulary

    words = _line_words(["TOTAL", "GENER", "AL"])
    # (a padding of 5 pt) more room left than the geometry calls full, less than a "G"
    box = (0.0, 5.0, words[0].x1 + 5.0 + 6.0, 60.0)
    assert 4.5 < 6.0 < words[1].first
    vocab = vocabulary(group_lines(_line_words(["Bugetul general al planului"])))
    assert cell_text(words, box, vocab=vocab) == "TOTAL GENERAL"


def test_a_code_broken_after_its_second_hyphen():
    assert join_lines(["8891 CZ-C-", "III"]) == "8891 CZ-C-III"
    assert join_lines(["(8790 CR-D-", "VI)"]) == "(8790 CR-D-VI)"
    assert join_lines(["Total -", "VI"]) == "Total - VI"


def _line_words(lines: list[str], x0: float = 5.0, size: float = 10.0) -> list[Word]:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    words = []
    for i, line in enumerate(lines):
        x = x0
        for text in line.split():
            w = stringWidth(text, "Helvetica", size)
            words.append(Word(text, x, 10 + 12 * i, x + w, 20 + 12 * i, size, first=w / len(text)))
            x += w + stringWidth(" ", "Helvetica", size)
    return words


def test_a_figure_or_an_address_broken_in_a_narrow_ruled_cell():
    """A word processor breaks a figure wider than its cell at a separator ("2.422." / "600,00") and an e-mail
    address before its "@"; they were read as two words ("2.422. 600,00", "office @primarie.ro")."""
    box = (0.0, 5.0, 40.0, 60.0)
    assert cell_text(_line_words(["2.422.", "600,00"]), box) == "2.422.600,00"
    assert cell_text(_line_words(["e-mail:", "office", "@primarie.ro"]), (0.0, 5.0, 60.0, 60.0)) \
        == "e-mail: office@primarie.ro"
    assert cell_text(_line_words(["1.", "2021"]), (0.0, 5.0, 60.0, 60.0)) == "1. 2021"  # they fit on one line


def test_a_narrow_ruled_line_ending_on_a_short_word_wraps_between_two_words():
    """A narrow ruled cell's line ending on one of the language's short words ("prin" / "terapie", as full as a
    broken word leaves it): two words, "Centrul de integrare prin terapie", unless the document writes the joined
    form ("prin" / "cipală": "principală"); they were glued ("printerapie") and the service's name lost."""
    from extractors.readers._pdf_layout import group_lines
    from extractors.readers._pdf_vocabulary import vocabulary

    words = _line_words(["prin", "terapie"])
    box = (0.0, 5.0, words[0].x1 + 0.1 * words[1].size, 60.0)  # the line is full: no room for "t"
    assert words[1].x1 > box[2]  # the two would not fit on one line
    vocab = vocabulary(group_lines(_line_words(["Centrul de zi", "terapie"])))
    assert cell_text(words, box, vocab=vocab) == "prin terapie"
    writes = vocabulary(group_lines(_line_words(["Strada principală nr. 3"])))
    broken = _line_words(["prin", "cipală"])
    assert cell_text(broken, (0.0, 5.0, broken[0].x1 + 0.5, 60.0), vocab=writes) == "principală"


def test_a_figures_pieces_no_figure_is_alone_are_one_figure_in_a_wide_ruled_cell():
    """A figure broken before its second decimal ("1.211,9" / "0") or after its group separator ("2.776." / "800")
    in a cell measured wide enough for both: no figure is "0" under one decimal, nor ends on a separator, so the
    pieces are one figure (they were read "1.211,9 0", no budget); figures that are whole stay apart."""
    wide = (0.0, 5.0, 120.0, 60.0)
    assert cell_text(_line_words(["1.211,9", "0"]), wide) == "1.211,90"
    assert cell_text(_line_words(["2.776.", "800"]), wide) == "2.776.800"
    assert cell_text(_line_words(["12,5", "30"]), wide) == "12,5 30"


def test_a_word_broken_in_a_ruled_row_the_page_break_cut(tmp_path, pdf_font):
    """A word processor lets a table row break across pages, mid-cell, and a narrow cell's word may be broken
    there too ("dizabili" / "tăți"); the document's words tell it from two words."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    size, pad, lead = 10, 4, 12
    # each column as wide as its cut cell's last line (full: the rest is on the next page)
    xs = [60.0, 90.0]
    for last in ("copii cu dizabili", "locuri pentru"):
        xs.append(xs[-1] + stringWidth(last, pdf_font, size) + 1 + 2 * pad)
    path = tmp_path / "cut.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)

    def grid(top: float, rows: list[list[str]]) -> None:
        ys = [top]
        for row in rows:
            height = max(len(cell.split("\n")) for cell in row) * lead + 2 * pad
            for k, cell in enumerate(row):
                for i, text in enumerate(cell.split("\n")):
                    c.drawString(xs[k] + pad, ys[-1] - pad - size - i * lead + 2, text)
            ys.append(ys[-1] - height)
        for y in ys:
            c.line(xs[0], y, xs[-1], y)
        for x in xs:
            c.line(x, ys[0], x, ys[-1])

    c.setFont(pdf_font, size)
    c.drawString(60, 780, "Centrele pentru copii cu dizabilități grave primesc copii din tot județul.")
    grid(740, [["Nr.", "Denumire", "Locuri"],
               ["1.", "Centrul\npentru\ncopii cu dizabili", "Centrul are\nlocuri pentru"]])
    c.showPage()
    c.setFont(pdf_font, size)
    grid(780, [["", "tăți „Speranța”", "40 de copii"]])
    c.save()
    table = next(b for b in read_pdf(path, "cut").blocks if isinstance(b, Table))
    assert [c.text for c in table.rows[-1].cells][1:] == ["Centrul pentru copii cu dizabilități „Speranța”",
                                                          "Centrul are locuri pentru 40 de copii"]


def _ruled_row_cut_by_the_page(path, pdf_font: str, intro: str, page1: list[list[str]], page2: list[list[str]]):
    """A ruled three-column table whose last row on page 1 goes on at the top of page 2 (``page2``'s first row),
    each column after the row number as wide as the cut cell's last line on page 1."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    size, pad, lead = 10, 4, 12
    xs = [60.0, 90.0]
    for cell in page1[-1][1:]:
        xs.append(xs[-1] + stringWidth(cell.split("\n")[-1], pdf_font, size) + 1 + 2 * pad)
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont(pdf_font, size)
    c.drawString(60, 780, intro)
    _ruled_grid(c, xs, 740, page1, size=size, lead=lead, pad=pad, margin=pad)
    c.showPage()
    c.setFont(pdf_font, size)
    _ruled_grid(c, xs, 780, page2, size=size, lead=lead, pad=pad, margin=pad)
    c.save()
    return path


def test_a_figure_broken_in_a_ruled_row_the_page_break_cut(tmp_path, pdf_font):
    """A ruled row broken across pages in a narrow budget column: the figure's pieces ("168.8" at the foot of page 1,
    "00 lei" at the top of page 2) are one figure again (it was read "168.8 00 lei", no amount)."""
    path = _ruled_row_cut_by_the_page(tmp_path / "cut_figure.pdf", pdf_font, "Serviciile sociale și bugetele lor.",
                                      [["Nr.", "Denumire", "Buget"], ["1.", "Adăpost de", "168.8"]],
                                      [["", "noapte", "00 lei"]])
    table = next(b for b in read_pdf(path, "cut_figure").blocks if isinstance(b, Table))
    assert [c.text for c in table.rows[-1].cells] == ["1.", "Adăpost de noapte", "168.800 lei"]


def test_a_ruled_row_cut_after_an_abbreviation_goes_on_at_the_top_of_the_next_page(tmp_path, pdf_font):
    """A cell whose part on the first page ends on an abbreviation ("DGASPC Satu Mare, Bd." / "Republicii nr. 58",
    "Căminul „Sf." / "Ana”", after an opening quote): no finished sentence, the row goes on (it was read as a
    table of its own at the top of page 2, without header, and the service under it lost)."""
    path = _ruled_row_cut_by_the_page(tmp_path / "cut_abbreviation.pdf", pdf_font, "Serviciile sociale și sediile lor.",
                                      [["Nr.", "Denumire", "Sediul"], ["1.", "Căminul „Sf.", "DGASPC\nSatu Mare, Bd."]],
                                      [["", "Ana”", "Republicii nr. 58"], ["2.", "Cantina", "Str. Mică nr. 2"]])
    first, second = [b for b in read_pdf(path, "cut_abbreviation").blocks if isinstance(b, Table)]
    assert [c.text for c in first.rows[1].cells] == ["1.", "Căminul „Sf. Ana”",
                                                     "DGASPC Satu Mare, Bd. Republicii nr. 58"]
    assert [c.text for c in second.rows[0].cells] == ["2.", "Cantina", "Str. Mică nr. 2"]


def test_figures_broken_at_their_separators_in_a_ruled_row_are_no_rows_stacked_in_one_cell(tmp_path, pdf_font):
    """A ten-column DOCX table's figures broken in their narrow cells at the separators ("4.475" / ".900," / "00"),
    the same in every budget column of a row: lines of figures at the same heights in three cells of one grid row,
    which a grid with column rules only shows (rows stacked in one tall cell per column). The grid's rows are
    ruled: its rows stay the grid's (every line was read as a row of a ruleless table, the figures in pieces)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    size, lead = 8, 10
    x_cols = [60.0, 80.0, 150.0, 180.0, 210.0, 240.0]
    rows = [["Nr.", "Denumire", "Buget", "Stat", "Total"],
            ["1.", "Centrul\nde zi", "4.475\n.900,\n00", "1.131\n.100,\n00", "5.607\n.000,\n00"],
            ["2.", "Cămin", "875.3\n00,00", "439.3\n00,00", "1.314\n.600,\n00"]]
    path = tmp_path / "broken_figures.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont(pdf_font, size)
    _ruled_grid(c, x_cols, 760.0, rows, size=size, lead=lead, pad=2, margin=2)
    c.save()
    (table,) = [b for b in read_pdf(path, "figures").blocks if isinstance(b, Table)]
    assert table.bbox[0] == x_cols[0] and table.bbox[2] == x_cols[-1]  # the grid's, not its text's: read as ruled
    grid = table.grid()
    assert len(grid) == 3
    assert grid[1] == ["1.", "Centrul de zi", "4.475.900,00", "1.131.100,00", "5.607.000,00"]


def test_figures_broken_between_digits_in_a_ruled_row_are_no_rows_stacked_in_one_cell(tmp_path, pdf_font):
    """A thirteen-column DOCX table's figures broken in their narrow cells between two digits ("1.08" / "1.30" /
    "0,00", "69.5" / "00,0" / "0"), no line starting or ending on a separator: lines of figures at the same
    heights in cells of one grid row, each line as wide as its cell lets it be. The lines joined are one figure
    grouped by threes and would not fit on one line of the cell: the grid's rows are ruled (every line was read as
    a row of a ruleless table, the figures in pieces). Figures stacked in a cell wide enough for them stay a
    grid of column rules only (the test above's twin, rows stacked)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    size, lead = 8, 10

    def draw(name: str, x_cols: list[float], rows: list[list[str]]) -> Table:
        path = tmp_path / name
        c = canvas.Canvas(str(path), pagesize=A4)
        c.setFont(pdf_font, size)
        _ruled_grid(c, x_cols, 760.0, rows, size=size, lead=lead, pad=2, margin=2)
        c.save()
        (table,) = [b for b in read_pdf(path, name).blocks if isinstance(b, Table)]
        return table

    rows = [["Nr.", "Denumire", "Buget", "Alte", "Total"],
            ["1.", "Locu\nința", "69.5\n00,0\n0", "252.\n000,\n00", "1.08\n1.30\n0,00"],
            ["2.", "Cămin", "875.3\n00,00", "0", "1.314\n.600,\n00"]]
    narrow = draw("broken_digits.pdf", [60.0, 80.0, 110.0, 132.0, 154.0, 176.0], rows)
    assert narrow.bbox[0] == 60.0 and narrow.bbox[2] == 176.0  # the grid's, not its text's: read as ruled
    grid = narrow.grid()
    assert len(grid) == 3
    assert grid[1][2:] == ["69.500,00", "252.000,00", "1.081.300,00"]
    stacked = [["Nr.", "Denumire", "Buget", "Alte", "Total"],
               ["1.\n2.\n3.", "Cămin\nCantina\nCentru", "1.08\n1.30\n0,00", "5.1\n00,0\n0", "1.08\n1.30\n0,00"]]
    wide = draw("stacked_figures.pdf", [60.0, 80.0, 140.0, 200.0, 260.0, 320.0], stacked)
    assert len(wide.grid()) == 4  # three rows stacked in one grid row, read from the text
