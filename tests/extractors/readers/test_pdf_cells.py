"""PDF reader: words and figures broken in cells too narrow for them are glued back (or kept apart)."""
from __future__ import annotations

from extractors.readers.pdf import read_pdf
from pdf_rows_kit import tables_of as _tables


def test_a_word_wider_than_its_cell_is_glued_back_also_in_capitals():
    from extractors.readers._pdf_layout import Word, cell_text
    box = (100.0, 0.0, 124.0, 40.0)  # a narrow 'Nr. crt.' cell, 24 pt wide
    broken = [Word("TOTA", 102.0, 2.0, 122.5, 12.0), Word("L", 102.0, 14.0, 107.0, 24.0)]
    assert cell_text(broken, box) == "TOTAL"
    # two words that each fit stay two words
    two = [Word("SC", 102.0, 2.0, 112.0, 12.0), Word("ALFA", 102.0, 14.0, 122.0, 24.0)]
    assert cell_text(two, box) == "SC ALFA"


def test_ruled_narrow_cells_glue_back_words_and_figures_broken_for_lack_of_room(gen_dir, pdf_font):
    """A word processor's table (reportlab's: cells padded 6 pt, words wider than the cell split where the line is
    full): a header word broken with a little more room left than 0.45 of the type size but less than its next
    letter ("Capacitat" / "e"), one whose two pieces exceed the cell by less than half a point ("be" / "neficiari"),
    and a money figure broken at its decimal comma ("4.415.600" / ",00", no word starts with a comma) are read
    whole: the capacity column kept its header, the TOTAL its figure."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table as RLTable, TableStyle

    path = gen_dir / "ruled_narrow.pdf"
    size = 7.5
    cell = ParagraphStyle("cell", fontName=pdf_font, fontSize=size, leading=9)
    head = "Capacitatea / Categoriile de beneficiari"
    # the header cell just too narrow for "Capacitatea" and for "beneficiari" (the word processor's own test: a
    # word wider than the line is split), the budget cell too narrow for the figure with its decimals
    inner = stringWidth("beneficiari", pdf_font, size) - 0.1
    assert stringWidth("Capacitat", pdf_font, size) + 0.45 * size < inner < stringWidth("Capacitate", pdf_font, size)
    money = stringWidth("4.415.600", pdf_font, size) + 1.0
    assert money < stringWidth("4.415.600,", pdf_font, size)
    data = [[Paragraph(t, cell) for t in ("Nr.", "Denumirea serviciului", head, "Buget local (lei)")],
            [Paragraph(t, cell) for t in ("1.", "Centru de zi", "116 locuri / Persoane vârstnice", "4.415.600,00")]]
    table = RLTable(data, colWidths=[30, 120, inner + 12, money + 12])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    SimpleDocTemplate(str(path), pagesize=A4).build([table])
    (t,) = _tables(read_pdf(path, "narrow"))
    assert t.grid()[0][2] == head
    assert t.grid()[1][3] == "4.415.600,00"


def test_two_words_wrapped_in_a_narrow_cell_with_less_room_than_a_letter_stay_two_words():
    from extractors.readers._pdf_layout import Word, cell_text
    box = (425.1, 528.05, 467.2, 562.65)  # padded 1.5 pt on the left; the right margin may be wider
    lines = [Word("Contribuții", 426.6, 530.0, 461.7, 538.0, 8.0, first=4.0),
             Word("persoane", 426.6, 539.0, 455.02, 547.0, 8.0, first=4.4),
             Word("beneficiare", 426.6, 548.0, 462.11, 556.0, 8.0, first=4.4)]
    assert cell_text(lines, box) == "Contribuții persoane beneficiare"
    # a stub of a letter or two left over is a word's end: glued with less room than its first letter
    stub = [Word("Capacitat", 394.87, 286.0, 430.71, 294.0, 7.5, first=4.7),
            Word("e", 394.87, 295.0, 399.5, 303.0, 7.5, first=4.6)]
    assert cell_text(stub, (388.87, 284.5, 440.19, 326.5)) == "Capacitate"


def test_a_name_of_two_capitalised_parts_broken_at_its_hyphen_is_joined_without_a_space():
    """"Popești-" / "Leordeni" in a narrow cell: one place name; a dash set apart ("zi -" / "Soare") keeps its
    space, a code broken after its hyphen is joined as before."""
    from extractors.readers._pdf_layout import join_lines

    assert join_lines(["Str. Morii nr. 50, Popești-", "Leordeni"]) == "Str. Morii nr. 50, Popești-Leordeni"
    assert join_lines(["Centrul de zi -", "Soare"]) == "Centrul de zi - Soare"
    assert join_lines(["8790 CR-", "D-VII"]) == "8790 CR-D-VII"
