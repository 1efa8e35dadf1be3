"""Ruleless tables with columns narrower than their words: a word processor breaks a word that does not fit
its column without a hyphen ("Capa" / "citate"), and a figure at its separators ("131." / "900," / "00"). The
cells are read whole from the geometry: a line as wide as its column's slot, cut mid-word, goes on with the
next one without a space."""
from __future__ import annotations

from functools import partial

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from extractors.model import Table as ModelTable
from extractors.readers.pdf import read_pdf

HEADER = ["Nr. crt.", "Cod nomenclator", "Denumirea serviciului social", "Capacitate / Categorii de beneficiari",
          "Gradul de ocupare", "Buget local UAT", "Bugetul de stat", "Alte surse"]
ROWS = [
    ["1.", "8730 CR-V-III", "Locuințe protejate „Sf. Nicolae”", "116 locuri / Victime ale violenței domestice",
     "53,8%", "131.900,00", "650.400,00", "398.200,00"],
    ["2.", "8790 CR-C-IV", "Centre de orientare și sprijinire a reintegrării sociale a copilului",
     "132 locuri / Persoane vârstnice", "77,3%", "450.300,00", "-", "12.500,00"],
    ["3.", "8899 CZ-VD-III", "Centre de asistență destinate agresorilor", "227 locuri / Copii cu dizabilități",
     "61,2%", "427.800,00", "49.300,00", "-"],
]
WIDTHS = [22, 40, 110, 40, 36, 40, 40, 40]  # points: narrower than many of the words set in them


def _table(font: str, rows: list[list[str]]) -> Table:
    cell = ParagraphStyle("cell", fontName=font, fontSize=7.5, leading=9)
    right = ParagraphStyle("right", parent=cell, alignment=2)
    figures = {1, 3, 4, 5, 6, 7}  # body cells of these columns set right, as numbers are
    data = [[Paragraph(t, right if r > 0 and k in figures else cell) for k, t in enumerate(row)]
            for r, row in enumerate(rows)]
    t = Table(data, colWidths=WIDTHS)
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return t


def _grids(path) -> list[list[list[str]]]:
    return [b.grid() for b in read_pdf(path, "breaks").blocks if isinstance(b, ModelTable)]


def test_words_and_figures_broken_for_lack_of_room_are_read_whole(gen_dir, pdf_font):
    path = gen_dir / "narrow_columns.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build([_table(pdf_font, [HEADER] + ROWS)])
    (grid,) = _grids(path)
    assert grid[0] == HEADER
    assert grid[1][:3] + grid[1][4:] == ROWS[0][:3] + ROWS[0][4:]
    assert [r[3] for r in grid[2:]] == [r[3] for r in ROWS[1:]]
    # "violenței" ends its line a space short of the slot and "domestice" is broken on the next: a word cut
    # there would leave the same room, so the geometry cannot tell them apart (the two are read as one word)
    assert grid[1][3].startswith("116 locuri / Victime ale violenței")
    assert [r[5:] for r in grid[1:]] == [["131.900,00", "650.400,00", "398.200,00"], ["450.300,00", "-", "12.500,00"],
                                         ["427.800,00", "49.300,00", "-"]]


def test_a_cell_is_not_split_at_a_word_space_when_the_line_shows_few_spaces():
    """A header line whose only other gap is a squeezed one ("social," 0.5 pt from "conform"): the word space is
    not taken from that gap alone, "ocupare /" (a plain space apart) stays one cell."""
    from extractors.readers._pdf_bands import make_bands
    from extractors.readers._pdf_layout import Line, Word

    words = [Word("social,", 241.4, 277.8, 265.1, 285.3, 7.5), Word("conform", 265.6, 277.8, 296.6, 285.3, 7.5),
             Word("ocupare", 370.9, 277.8, 401.4, 285.3, 7.5), Word("/", 403.8, 277.8, 406.3, 285.3, 7.5),
             Word("persoane", 490.5, 277.8, 525.3, 285.3, 7.5)]
    (band,) = make_bands([Line(words)])
    assert [" ".join(w.text for w in ws) for _, _, ws in band.runs] == ["social, conform", "ocupare /", "persoane"]


def test_a_header_word_cut_between_two_header_rows_is_read_whole(gen_dir, pdf_font):
    """Header cells over two rows beside a group header over its sub-columns: the tall cells' lines run on past
    where the sub-columns' header starts, so the header is read as two rows and a word cut for lack of room
    ("Capacit" / "ate") falls across them. Its end goes up to the row where it starts."""
    cell = ParagraphStyle("cell", fontName=pdf_font, fontSize=7.5, leading=9)
    right = ParagraphStyle("right", parent=cell, alignment=2)
    head = [["Nr.", "Codul serviciului conform Nomenclatorului", "Denumire serviciu", "Capacitate (locuri)",
             "Buget estimat pe surse de finanțare", "", ""],
            ["", "", "", "", "Buget local", "Buget de stat", "Alte surse"]]
    rows = [["1.", "8710 CRMS-II", "Centre rezidențiale de îngrijiri paliative", "129", "20,80", "653,50", "2.355,10"],
            ["2.", "8790 CR-MC-I", "Centre maternale", "232", "388,30", "439,10", "717,30"]]
    data = [[Paragraph(t, right if r >= 2 and k != 2 else cell) for k, t in enumerate(row)]
            for r, row in enumerate(head + rows)]
    t = Table(data, colWidths=[24, 44, 90, 40, 40, 40, 40])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("SPAN", (4, 0), (6, 0))]
                          + [("SPAN", (k, 0), (k, 1)) for k in range(4)]))
    path = gen_dir / "header_two_rows.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build([t])
    (grid,) = _grids(path)
    header = [" ".join(p for p in col if p) for col in zip(*grid[:-2])]
    assert header[:4] == ["Nr.", "Codul serviciului conform Nomenclatorului", "Denumire serviciu",
                          "Capacitate (locuri)"]
    assert grid[-2:] == rows


def test_a_header_wrapped_before_a_function_word_is_not_glued(gen_dir, pdf_font):
    """"18 years" / "and over" in a column as wide as "18 years": the first line is full and "yearsand" would not
    fit, but a line starting with a function word ("and", "of", "de") was wrapped between words."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    cell = ParagraphStyle("cell", fontName=pdf_font, fontSize=7.5, leading=9)
    right = ParagraphStyle("right", parent=cell, alignment=2)
    head = ["Offense charged", "Total", "Under 18 years", "18 years and over"]
    rows = [["Total", "11,062.6", "1,540.0", "9,522.6"], ["Violent crime", "467.9", "69.1", "398.8"],
            ["Robbery", "102.1", "25.5", "76.6"]]
    width = stringWidth("18 years", pdf_font, 7.5) + 12.5
    data = [[Paragraph(t, right if r and k else cell) for k, t in enumerate(row)] for r, row in enumerate([head] + rows)]
    t = Table(data, colWidths=[80, width, width, width])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    path = gen_dir / "and_over.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build([t])
    (grid,) = _grids(path)
    assert grid[0] == head
    assert grid[1:] == rows


def test_a_label_value_sheet_keeps_each_value_in_its_row(gen_dir, pdf_font):
    """A two-column sheet without a header, a label and its value set right on each line, the lines an empty line
    apart: its first rows hold no figure and are read as header rows, and the widest value ("nr. 9446/08.05.2025")
    fills its column's slot. A word is broken only between the lines of one cell, one line apart: the next row's
    first word ("8790") is not the end of the value above."""
    from reportlab.pdfgen import canvas

    path = gen_dir / "label_value.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont(pdf_font, 7.5)
    rows = [("Decizie de acreditare", "nr. 9446/08.05.2025"), ("Cod serviciu", "8790 CR C IV"),
            ("Capacitate", "64 locuri"), ("Nr. beneficiari la 31 decembrie 2025", "33"), ("Grad de ocupare", "51,6%")]
    y = 780.0
    for label, value in rows:
        c.drawString(57, y, label)
        c.drawRightString(538, y, value)
        y -= 15
    c.showPage()
    c.save()
    (grid,) = _grids(path)
    assert grid == [list(r) for r in rows]


def test_a_line_with_room_for_the_next_lines_first_letter_was_wrapped_between_words(gen_dir, pdf_font):
    """A word processor breaking a word for lack of room sets on the line as many of its letters as fit: a line
    leaving room for the next line's first glyph ("Număr pliante", 5 pt short of its column's widest lines, "d"
    4.8 pt wide) was wrapped between words, though it is short of the column by less than 0.6 em."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    size = 7.5
    # (the room left, "d" + 0.27 pt, is less than 1.5 of the next word's mean character: the old measure's "full")
    full = stringWidth("Număr pliante", pdf_font, size) + stringWidth("d", pdf_font, size) + 0.27
    path = gen_dir / "room_for_a_letter.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont(pdf_font, size)
    rows = [("Nr.", "Indicator", "Valoare"), ("1.", "Număr angajați", "219"), ("2.", "Număr angajați", "179"),
            ("3.", "Număr pliante|distribuite", "2.638")]
    y, edge = 780.0, 120 + full
    for k, (nr, name, value) in enumerate(rows):
        c.drawString(50, y, nr)
        for i, part in enumerate(name.split("|")):
            if k in (1, 2):  # the column's widest lines, ending at one x: its slot's right edge
                c.drawRightString(edge, y - i * 9, part)
            else:
                c.drawString(120, y - i * 9, part)
        c.drawRightString(260, y, value)
        y -= 9 * len(name.split("|")) + 10
    c.showPage()
    c.save()
    (grid,) = _grids(path)
    assert grid[-1] == ["3.", "Număr pliante distribuite", "2.638"]


def test_lines_of_one_width_say_nothing_of_where_their_column_ends(gen_dir, pdf_font):
    """Cells of one width ("9 posturi", "7 posturi") end at one x whichever side they are set on: that is no edge of
    the column's slot, and a header wrapped between words before it ("Personal" / "necesar") is no word cut."""
    from reportlab.pdfgen import canvas

    path = gen_dir / "same_width_cells.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont(pdf_font, 7.5)
    xs = [54, 204, 344, 454]
    rows = [("Tipul serviciului|social", "Beneficiari", "Personal|necesar", "Buget"),
            ("Centre de zi", "Copii", "5 posturi", "77.600"), ("Adăposturi de noapte", "Vârstnici", "9 posturi", "362.200"),
            ("Cantine sociale", "Adulți", "7 posturi", "526.600")]
    y = 780.0
    for row in rows:
        for k, text in enumerate(row):
            for i, part in enumerate(text.split("|")):
                c.drawString(xs[k], y - i * 9, part)
        y -= 9 * max(len(t.split("|")) for t in row) + 10
    c.showPage()
    c.save()
    (grid,) = _grids(path)
    assert grid[0] == ["Tipul serviciului social", "Beneficiari", "Personal necesar", "Buget"]


def test_a_line_standing_out_past_its_columns_edge_does_not_widen_the_slot(gen_dir, pdf_font):
    """A narrow column whose body cells are set right: one line ends a space short of the right edge (set right
    with the space it was broken at, "familii "), so it starts left of where the header's lines all start. The
    column's edge is where lines of different widths start together, not that line's start: "Capac" / "itate",
    "Pers" / "oane" fill the slot and are read whole (the capacity column lost its header)."""
    path = gen_dir / "standing_out.pdf"
    cell = ParagraphStyle("cell", fontName=pdf_font, fontSize=7.5, leading=9)
    right = ParagraphStyle("right", parent=cell, alignment=2)
    head = ["Nr. crt.", "Denumirea serviciului social", "Capacitate / Categoriile de beneficiari", "Buget local"]
    rows = [["1.", "Centre maternale", "132 locuri / Persoane fără adăpost", "585,7"],
            ["2.", "Centre de zi", "11 locuri / Copii din familii vulnerabile", "379,8"],
            ["3.", "Servicii de asistență comunitară", "17 locuri / Victime ale violenței domestice", "2.460,9"]]
    data = [[Paragraph(t, right if r > 0 and k in (2, 3) else cell) for k, t in enumerate(row)]
            for r, row in enumerate([head] + rows)]
    t = Table(data, colWidths=[30, 110, 35.85, 40])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    SimpleDocTemplate(str(path), pagesize=A4).build([t])
    (grid,) = _grids(path)
    assert grid[0] == head
    assert grid[1] == rows[0] and grid[3] == rows[2]


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """``text``'s lines in a column ``width`` wide as a word processor sets them: words whole where they fit, a word
    wider than the room left filling the line with as many of its letters as fit (no hyphen)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines, cur = [], ""
    for word in text.split():
        if stringWidth(f"{cur} {word}".strip(), font, size) <= width:
            cur = f"{cur} {word}".strip()
            continue
        if cur and stringWidth(word, font, size) <= width:
            lines.append(cur)
            cur = word
            continue
        while word:
            lead = f"{cur} " if cur else ""
            fit = max((i for i in range(len(word) + 1) if stringWidth(lead + word[:i], font, size) <= width), default=0)
            if stringWidth(word, font, size) <= width and not cur:
                cur = word
                break
            lines.append(lead + word[:fit] if fit else cur)
            cur, word = "", word[fit:]
    return lines + ([cur] if cur else [])


def test_a_part_of_one_row_on_the_next_page_measures_its_columns_with_the_previous_parts(gen_dir, pdf_font):
    """A table's header left at the foot of page 1, its one row at the top of page 2 with its name broken for lack of
    room in a narrow column ("persoan" / "e vârstn" / "ice Albi" / "nuța"). Alone, that row says little of where the
    name column ends (its code set right starts far from it: the column seemed wider and its lines not full); the
    header's lines, the code column's set left, say it: the part measures its columns with the previous part's
    lines, and the name is read whole (it was "vârstn ice Albi nuța")."""
    from reportlab.pdfgen import canvas

    path = gen_dir / "carried_slots.pdf"
    size, leading, pad = 7.5, 9.0, 3
    xs = [50, 75, 112, 200, 250, 310]
    c = canvas.Canvas(str(path), pagesize=A4)

    def cell(top: float, k: int, text: str, right: bool = False) -> int:
        lines = _wrap(text, pdf_font, size, xs[k + 1] - xs[k] - 2 * pad)
        for i, line in enumerate(lines):
            if right:
                c.drawRightString(xs[k + 1] - pad, top - size - i * leading, line)
            else:
                c.drawString(xs[k] + pad, top - size - i * leading, line)
        return len(lines)

    c.setFont(pdf_font, 10)
    c.drawString(50, 780, "Anexa nr. 1 – Execuția bugetului serviciilor sociale de zi și rezidențiale")
    c.setFont(pdf_font, size)
    for k, text in enumerate(("Nr. crt.", "Denumirea serviciului social", "Cod serviciu", "Buget aprobat",
                              "Sursa de finanțare")):
        cell(110, k, text)
    c.showPage()
    c.setFont(pdf_font, size)
    n = max(cell(800, 0, "3."), cell(800, 1, "Centrul de zi pentru persoane vârstnice Albinuța"),
            cell(800, 2, "8790 CR-C-II", True), cell(800, 3, "1.037.500", True), cell(800, 4, "Buget local"))
    c.setFont(pdf_font, 10)
    c.drawString(50, 800 - n * leading - 40, "Director general,")
    c.showPage()
    c.save()
    (grid,) = _grids(path)
    assert grid[-1] == ["3.", "Centrul de zi pentru persoane vârstnice Albinuța", "8790 CR-C-II", "1.037.500",
                        "Buget local"]


def _row_lines(c, xs: list[float], size: float, leading: float, top: float, lines: list[list[str]],
               right_from: int | None = None) -> float:
    """Draw one ruleless row from ``top``, a list of cells a line; columns from ``right_from`` on are set right
    against the next column's start. Returns the next row's top (10 pt below)."""
    for i, cells in enumerate(lines):
        for k, text in enumerate(cells):
            if not text:
                continue
            if right_from is not None and k >= right_from:
                c.drawRightString(xs[k + 1] - 2, top - size - i * leading, text)
            else:
                c.drawString(xs[k] + 2, top - size - i * leading, text)
    return top - len(lines) * leading - 10


def test_a_total_row_wrapped_over_three_lines_each_filling_every_cell_is_one_row(gen_dir, pdf_font):
    """A TOTAL row in narrow columns (a word processor's table without borders): its label broken for lack of room
    ("TOTA" / "L" / "GENERAL") and each of its figures at a separator ("4.900." / "600,0" / "0"), every line
    filling every cell of the row. One row, not three (its figures were lost: each line read as a row of its own,
    "TOTA" a name and "4.900." an amount)."""
    from reportlab.pdfgen import canvas

    path = gen_dir / "total_row_wrapped.pdf"
    xs, size, leading = [50, 75, 130, 165, 200, 235], 8.0, 10.0
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont(pdf_font, size)

    row = partial(_row_lines, c, xs, size, leading, right_from=2)

    y = row(800, [["Nr.", "Denumire", "Buget", "Buget", "Alte"], ["", "", "local", "de stat", "surse"]])
    y = row(y, [["1.", "Centrul A", "13.900", "6.500", "1.200"]])
    y = row(y, [["2.", "Centrul B", "22.100", "-", "300"]])
    row(y, [["", "TOTA", "4.900.", "1.081.", "2.785."], ["", "L", "600,0", "600,0", "200,0"],
            ["", "GENERAL", "0", "0", "0"]])
    c.showPage()
    c.save()
    (grid,) = _grids(path)
    # (a piece glued or a space apart as the geometry says: "0" fits the slot after "600,0")
    assert [t.replace(" ", "") for t in grid[-1][2:]] == ["4.900.600,00", "1.081.600,00", "2.785.200,00"]
    assert grid[-1][1].replace(" ", "") == "TOTALGENERAL"
    assert len(grid) == 4


def test_a_figure_broken_twice_at_its_separators_goes_on_over_three_lines(gen_dir, pdf_font):
    """A total row's label and figures broken twice in narrow columns, a middle piece ending on a separator ("4.56"
    / "4.10" / "0,00", "960." / "900," / "00"), its count set on the first line only: one row, each figure whole
    (the middle line, "900," no figure's end, was read as a row of its own, "TOT" a row with "4.56" in it)."""
    from reportlab.pdfgen import canvas

    path = gen_dir / "figure_broken_twice.pdf"
    xs, size, leading = [50, 75, 130, 165, 200, 235], 8.0, 10.0
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont(pdf_font, size)

    row = partial(_row_lines, c, xs, size, leading)

    y = row(800, [["Nr.", "Denumire", "Locuri", "Buget", "Stat"], ["", "", "", "local", ""]])
    y = row(y, [["1.", "Centrul A", "12", "13.900", "6.500"]])
    y = row(y, [["2.", "Centrul B", "30", "22.100", "300"]])
    row(y, [["TOT", "", "42", "4.56", "960."], ["AL", "", "", "4.10", "900,"], ["DGASPC", "", "", "0,00", "00"]])
    c.showPage()
    c.save()
    (grid,) = _grids(path)
    assert len(grid) == 4
    assert grid[-1][0].replace(" ", "") == "TOTALDGASPC"
    assert [t.replace(" ", "") for t in grid[-1][2:]] == ["42", "4.564.100,00", "960.900,00"]


def test_a_figure_broken_at_a_separator_in_a_slot_wider_than_it_is_read_whole(gen_dir, pdf_font):
    """A total column whose header is wider than its figures (the slot measured over the header reaches past where
    the figures wrap): a figure broken after its group separator ("2.776." / "800") or before a group starting with
    a zero ("598.0" / "00") is one figure all the same (read "2.776. 800", no amount), no figure ends on a separator
    or starts with a zero before another digit; two figures stacked in a cell stay two."""
    from reportlab.pdfgen import canvas

    path = gen_dir / "figure_broken_in_a_wide_slot.pdf"
    xs, size, leading = [50, 75, 130, 175, 290], 8.0, 10.0
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont(pdf_font, size)

    row = partial(_row_lines, c, xs, size, leading)

    y = row(800, [["Nr.", "Denumire", "Buget", "Total buget estimat pe anul 2026"], ["", "", "local", ""]])
    y = row(y, [["1.", "Centrul A", "13.900", "598.0"], ["", "", "", "00"]])
    y = row(y, [["2.", "Centrul B", "22.100", "1.524.700"]])
    y = row(y, [["3.", "Centrul C", "9.500", "12,5"], ["", "", "", "30"]])
    row(y, [["", "Total", "45.500", "2.776."], ["", "", "", "800"]])
    c.showPage()
    c.save()
    (grid,) = _grids(path)
    assert [r[3] for r in grid[1:]] == ["598.000", "1.524.700", "12,5 30", "2.776.800"]


def test_a_word_in_capitals_broken_before_a_short_words_letters_is_read_whole(gen_dir, pdf_font):
    """A total label in capitals broken in a narrow name column where its rest spells a short word of the language
    ("TOT" / "AL SERVICII": "al" is a word of the text, "tot" used nowhere on its own): one word, "TOTAL SERVICII"
    (read "TOT AL SERVICII", no total)."""
    from reportlab.pdfgen import canvas

    path = gen_dir / "capitals_broken_before_a_short_word.pdf"
    xs, size, leading = [50, 75, 97, 140, 190], 8.0, 10.0
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont(pdf_font, size)
    c.drawString(50, 820, "Bugetul al doilea al serviciilor sociale este cel din tabel.")

    row = partial(_row_lines, c, xs, size, leading, right_from=2)

    y = row(800, [["Nr.", "Den", "Buget", "Total"]])
    y = row(y, [["1.", "Cen", "13.900", "13.900"], ["", "trul", "", ""]])
    y = row(y, [["2.", "Că", "22.100", "22.100"], ["", "min", "", ""]])
    row(y, [["", "TOT", "36.000", "36.000"], ["", "AL", "", ""], ["", "SER", "", ""], ["", "VICII", "", ""]])
    c.showPage()
    c.save()
    (grid,) = _grids(path)
    assert grid[-1][1] == "TOTAL SERVICII"
    assert grid[-1][2:] == ["36.000", "36.000"]
