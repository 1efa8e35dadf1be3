"""Ruleless tables read whole: a small table of words high on its page, columns one space apart that the whole body
agrees on, one-cell lines set like the table's own rows just above it, a dash standing for a figure."""
from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from extractors.model import Table
from extractors.readers.pdf import read_pdf


def _tables(doc):
    return [b for b in doc.blocks if isinstance(b, Table)]


def test_small_table_of_words_high_on_its_page_is_a_table_not_a_header_left_at_the_foot(gen_dir, pdf_font):
    # a table of words alone (no figure) at the top of the only page, its lines one line apart: a header left
    # alone at the foot of a page looks the same, but had no room for its rows; this one had the whole page
    path = gen_dir / "words_table_top.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont(pdf_font, 11)
    xs = [90, 165, 242, 317, 396, 468]
    rows = [["Outer 1", "Outer 2", "Long 1", "Long 2", "Inner", "Long 3"],
            ["A1", "B1", "C1", "D1", "E1", "F1"],
            ["", "", "C2", "D2", "", "F2"],
            ["", "", "C3", "D3", "", "F3"]]
    for i, row in enumerate(rows):
        for x, text in zip(xs, row):
            if text:
                c.drawString(x, 760 - 14 * i, text)
    c.showPage()
    c.save()
    doc = read_pdf(path, "wt")
    (table,) = _tables(doc)
    assert table.grid() == rows


_LICENCES = [("648765", "AAA", "ALLEGIANT AIR", "ALLEGIANT AIR LLC", "7100 TERMINAL DRIVE", "40 locuri"),
             ("82030", "AAA", "AMERICAN AIRLINES", "AMERICAN AIRLINES INC", "7777 EAST APACHE DRIVE", "100 locuri"),
             ("509609", "BAW", "AMERICAN EAGLE", "AIRLINES INC", "BOX 59975", "8 locuri"),
             ("79145", "AAA", "DELTA AIR LINES", "DELTA AIR LINES INCORPORATED", "WILL ROGERS AIRPORT", "12 locuri"),
             ("600941", "BA", "ENDEAVOR AIR", "ENDEAVOR AIR INC", "7100 TERMINAL DRIVE", "25 locuri")]


def test_columns_one_space_apart_that_every_row_agrees_on(gen_dir, pdf_font):
    # licence numbers set right, their types set left one space after them: the gap is no wider than a word
    # space, but the numbers end at one x while starting at several, and the types start at one x while ending at
    # several; one cell is not set both ways. The last column is set right ("40 locuri" / "100 locuri"): its
    # words end at one x on both sides of the space, so it stays one cell. A licensee's name fills its column to
    # the address column, one space from it: split where the address column's text starts
    path = gen_dir / "one_space_columns.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    size = 8.0
    space = c.stringWidth(" ", pdf_font, size)
    c.setFont(pdf_font, size)
    # the numbers' right edge; the left edges of the type, name, licensee and address columns; the places' right
    # edge. The address column starts one space after the longest licensee name
    right, kind_x, dba_x, name_x = 70, 70 + 1.2 * space, 100, 192
    addr_x = name_x + c.stringWidth(_LICENCES[3][3], pdf_font, size) + 1.2 * space
    heads = ["NUMBER", "TYPE", "DBA NAME", "LICENSEE NAME", "ADDRESS", "PLACES"]
    for k, row in enumerate([heads] + [list(r) for r in _LICENCES]):
        y = 780 - 11 * k
        c.drawRightString(right, y, row[0])
        for x, text in zip((kind_x, dba_x, name_x, addr_x), row[1:5]):
            c.drawString(x, y, text)
        c.drawRightString(addr_x + 170, y, row[5])
    c.showPage()
    c.save()
    doc = read_pdf(path, "os")
    (table,) = _tables(doc)
    grid = table.grid()
    assert grid[0] == heads
    assert grid[1:] == [list(r) for r in _LICENCES]


def _key_figures(path, font):
    """A two-column statement: labels, figures set right. Over the first row, set like the rows: the year over
    the figures, a note and the first class's label in the label column (no header row of its own), a heading in
    a larger type above them. Lower, a group of rows set solid, its nil figure a dash centred in the column."""
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont(font, 14)
    c.drawString(70, 740, "Key figures")
    c.setFont(font, 9)
    y = 700
    c.drawRightString(530, y, "2016")
    lines = [("(all amounts in EUR)", None, 15), ("Class A", None, 22), ("Net Asset Value at 31 December", "5,111,372", 13),
             ("Number of outstanding units", "49,136", 22), ("Net Asset Value per unit", "104.03", 24),
             ("Class B", None, 22), ("Net Asset Value at 31 December", "49,144,825", 22),
             ("Number of outstanding units", "471,555", 22), ("Investment result", None, 24),
             ("Direct result", "-", 11), ("Revaluation", "2,076,667", 11), ("Costs", "(106,870)", 11),
             ("Total investment result", "1,969,797", 20)]
    for label, fig, gap in lines:
        y -= gap if label != "(all amounts in EUR)" else 14
        c.drawString(70, y, label)
        if fig == "-":
            c.drawCentredString(505, y, fig)
        elif fig:
            c.drawRightString(530, y, fig)
    c.showPage()
    c.save()


def test_one_cell_lines_over_a_table_of_figures_and_a_nil_dash(gen_dir, pdf_font):
    path = gen_dir / "key_figures.pdf"
    _key_figures(path, pdf_font)
    doc = read_pdf(path, "kf")
    (table,) = _tables(doc)
    grid = table.grid(fill_spans=False)
    # the lines over the first row of figures, inside the table's columns, are its first rows (the heading in a
    # larger type is not); the year and the note, on lines close together, make one row
    assert grid[:3] == [["(all amounts in EUR)", "2016"], ["Class A", ""],
                        ["Net Asset Value at 31 December", "5,111,372"]]
    # a dash is a nil figure: the group under "Investment result" is rows of figures, each a row though set solid,
    # and the centred dash makes no column of its own
    assert grid[-5:] == [["Investment result", ""], ["Direct result", "-"], ["Revaluation", "2,076,667"],
                         ["Costs", "(106,870)"], ["Total investment result", "1,969,797"]]
    assert table.n_cols == 2


def test_spaces_typed_in_a_cell_and_prices_with_their_currency(gen_dir, pdf_font):
    # a price list: a label per line, prices with their currency sign set right, group names between, lines set
    # close together. One label has two spaces typed in it: no other row has a cell starting, ending or centred
    # where its second part does, so it is no column. The prices are figures, so the first lines are no header
    # wrapped over several lines
    path = gen_dir / "price_list.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont(pdf_font, 12)
    space = c.stringWidth(" ", pdf_font, 12)
    rows = [("Les Blancs", "12.5CL"), ("A.O.P Côtes du Rhône", None), ("Domaine de la Guicharde «", "8 €"),
            ("A.O.P Vacqueyras", None), ("Domaine de Montvac « Melodine » 2016", "10 €"),
            ("A.O.P Châteauneuf du Pape", None), ("Domaine de Beaurenard 2017", "13 €"),
            ("Villa Tempora « Un temps pour elle » 2014", "9 €")]
    for k, (label, price) in enumerate(rows):
        y = 780 - 16.5 * k
        c.drawString(71, y, label)
        if k == 2:  # two spaces typed after the guillemet
            c.drawString(71 + c.stringWidth(label, pdf_font, 12) + 2 * space, y, "Autour de la chapelle » 2016")
        if price:
            c.drawRightString(525, y, price)
    c.showPage()
    c.save()
    doc = read_pdf(path, "pl")
    (table,) = _tables(doc)
    assert table.n_cols == 2
    assert table.grid()[:4] == [["Les Blancs", "12.5CL"], ["A.O.P Côtes du Rhône", ""],
                                ["Domaine de la Guicharde « Autour de la chapelle » 2016", "8 €"],
                                ["A.O.P Vacqueyras", ""]]
    assert table.grid()[-1] == ["Villa Tempora « Un temps pour elle » 2014", "9 €"]


_PROSE = ("Serviciile sociale se acordă persoanelor și familiilor aflate în situații de dificultate, în funcție de "
          "nevoile identificate prin evaluarea socială, de resursele disponibile la nivelul comunității și de "
          "prioritățile stabilite prin strategia locală de dezvoltare a serviciilor sociale pentru perioada "
          "următoare, cu respectarea standardelor minime de calitate aprobate prin ordin al ministrului muncii. ")


def _wrap(c, text: str, font: str, size: float, width: float) -> list[str]:
    lines, cur = [], ""
    for word in text.split():
        nxt = f"{cur} {word}".strip()
        if cur and c.stringWidth(nxt, font, size) > width:
            lines.append(cur)
            cur = word
        else:
            cur = nxt
    return lines + [cur]


def test_a_table_in_the_right_column_beside_prose_on_lines_of_their_own(gen_dir, pdf_font):
    # two columns of prose; in the right one, a table whose header cells are set apart ("Perioada" ... "Suma")
    # on lines between the left column's lines: the header line lies wholly on its side of the gutter, a row of
    # the table beside the prose, not the end of the two-column run
    path = gen_dir / "table_beside_prose.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    size = 9.5
    c.setFont(pdf_font, size)
    left = _wrap(c, _PROSE * 4, pdf_font, size, 250)
    right = _wrap(c, _PROSE * 2, pdf_font, size, 240)
    for k, text in enumerate(left[:40]):
        c.drawString(42, 800 - 11.4 * k, text)
    y = 800
    for text in right[:12]:
        c.drawString(318, y, text)
        y -= 11.4
    rows = [("Perioada", "Suma"), ("Săptămânal", "71,15"), ("Bilunar", "142,31"), ("Lunar", "308,33"),
            ("Trimestrial", "925,00"), ("Anual", "3.700,00")]
    y -= 6  # the table's lines fall between the left column's
    for label, amount in rows:
        c.drawString(323, y, label)
        c.drawRightString(537, y, amount)
        y -= 16.4
    c.showPage()
    c.save()
    doc = read_pdf(path, "tp")
    (table,) = _tables(doc)
    assert table.grid() == [list(r) for r in rows]


def test_a_justified_line_is_not_joined_into_cells():
    """A justified line's words stand further apart than a word space, each a run of its own, none lining up with
    another row: spaces typed in a cell are a gap much narrower than the band's others, a justified line has no
    such gap (its words joined into runs could fit a table's columns by chance)."""
    from extractors.readers._pdf_bands import make_bands, typed_spaces
    from extractors.readers._pdf_layout import Line, Word

    def line(y: float, parts: list[tuple[str, float, float]]) -> Line:
        return Line([Word(t, a, y, b, y + 9, 9.0) for t, a, b in parts])

    rows = [line(100, [("1.", 60, 66), ("Asistent", 120, 150), ("13", 300, 309), ("21", 400, 409)]),
            line(112, [("2.", 60, 66), ("Îngrijitor", 120, 155), ("4", 304, 309), ("8", 404, 409)]),
            line(124, [("3.", 60, 66), ("Psiholog", 120, 152), ("2", 304, 309), ("5", 404, 409)])]
    justified = line(140, [(w, 57 + 30 * k, 57 + 30 * k + 24) for k, w in enumerate(
        "În perioada 2020 a fost în derulare o convenție de colaborare cu".split())])
    typed = line(152, [("Domaine", 60, 100), ("«", 102.5, 106.5), ("Autour", 112, 175), ("8", 404, 409)])
    bands = make_bands(rows + [justified, typed])
    joins = typed_spaces(bands)
    assert 3 not in joins  # the justified line
    assert joins[4] == ((106.5 + 112) / 2,)  # the two spaces after the guillemet


def test_group_labels_stay_rows_when_a_page_number_stands_beside_the_table(gen_dir, pdf_font):
    # group labels in the name column, their rows' names indented a little under them, lines set solid; a page
    # number printed beside one row at the page's edge (a turned page's folio) is a "column" of one cell: the
    # table's left edge is still its name column's, so a label starting there is a row, not a wrapped line
    path = gen_dir / "labels_folio.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont(pdf_font, 8.8)
    xs = [204, 250, 296, 342]
    lines = [("Background characteristic", ["Any", "Pill", "IUD", "Total"], 84),
             ("Caste/tribe", None, 84), ("Scheduled caste", ["74.8", "55.8", "42.9", "100.0"], 89),
             ("Scheduled tribe", ["59.3", "39.0", "26.8", "100.0"], 89), ("Other", ["71.1", "48.8", "28.2", "100.0"], 89),
             ("Wealth index", None, 84), ("Lowest", ["64.5", "48.6", "34.3", "100.0"], 89),
             ("Second", ["68.5", "50.4", "36.2", "100.0"], 89), ("Middle", ["75.5", "52.8", "33.6", "100.0"], 89)]
    y = 700
    for k, (name, figs, x) in enumerate(lines):
        y -= 14 if k == 1 else 10.1
        c.drawString(x, y, name)
        for xr, f in zip(xs, figs or []):
            c.drawRightString(xr + 20, y, f)
        if k == 7:
            c.drawString(42, y, "54")
    c.showPage()
    c.save()
    doc = read_pdf(path, "lf")
    (table,) = _tables(doc)
    names = [next(t for t in row if t and t != "54") for row in table.grid(fill_spans=False)]
    assert names == [name for name, _, _ in lines]


def test_a_table_whose_first_two_columns_keep_a_gutter_of_their_own_is_no_prose_beside_a_table(gen_dir, pdf_font):
    """Tables printed one row each under a repeated one-line header, a column of wrapped objectives set right close
    to the actions' column, the widest gutter between the actions and the terms: the left part is no column of
    prose (an empty gutter of its own runs down all its lines, as between a table's columns), so the page is not
    read as prose in two columns (the left columns and the right ones were two tables, the headers rows of them)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    path = gen_dir / "objective_fragments.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    size, lead = 7.5, 9.0
    xs = [57, 156, 254, 353, 452, 550]
    head = ["Obiectiv", "Acțiunea", "Termen de realizare", "Responsabili", "Rezultate"]
    rows = [["Obiectiv 1: Creșterea|accesului la servicii|sociale de calitate", "Asigurarea hranei|zilnice prin cantina|socială",
             "permanent", "Compartimentul|protecție persoane|vârstnice",
             "2019: 147 beneficiari|ai cantinei sociale;|2020: 173 beneficiari|ai cantinei sociale"],
            ["Obiectiv 1: Creșterea|accesului la servicii|sociale de calitate",
             "Evaluarea|socio-medicală a|persoanelor vârstnice|dependente", "trim. IV 2020",
             "Compartimentul|asistență socială", "2019: 127 evaluări ale|persoanelor vârstnice|2020: 35 evaluări ale|persoanelor vârstnice"],
            ["Obiectiv 1: Creșterea|accesului la servicii|sociale de calitate", "Consilierea familiilor|aflate în dificultate",
             "trim. IV 2020", "Biroul protecția|copilului", "2019: 287 familii|consiliate 2020: 141|familii consiliate"]]
    c.setFont(pdf_font, size)
    y = 700
    for row in rows:
        for k, text in enumerate(head):
            c.drawString(xs[k], y, text)
        y -= 15
        n = 0
        for k, cell in enumerate(row):
            for i, part in enumerate(cell.split("|")):
                if k in (0, 2, 4):  # the cells with figures set right
                    c.drawString(xs[k + 1] - 12 - stringWidth(part, pdf_font, size), y - i * lead, part)
                else:
                    c.drawString(xs[k], y - i * lead, part)
            n = max(n, len(cell.split("|")))
        y -= n * lead + 15
    c.showPage()
    c.save()
    doc = read_pdf(path, "obj")
    tables = _tables(doc)
    assert [b.text for b in doc.blocks if not isinstance(b, Table)] == []
    assert len(tables) == 3
    for t, row in zip(tables, rows):
        assert t.grid() == [head, [cell.replace("|", " ") for cell in row]]


def test_numbered_names_wrapped_beside_cells_wrapped_too_are_a_tables_first_columns(gen_dir, pdf_font):
    """Rows set from their top, an empty line apart: numbered names wrapped like prose on the left of the widest
    gutter, the other cells wrapped on its right too. Each of the left side's blocks starts beside a block of the
    right side and the other way round: they are the table's rows, not a numbered list beside a table (the names
    were read as list items and the table lost its first two columns)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    path = gen_dir / "numbered_names_beside_cells.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    size, lead, gap = 7.5, 9.0, 7.5
    xs = [57, 92, 241, 311, 371, 431, 490, 540]
    head = ["Nr.|crt", "Tipul și denumirea serviciului social", "Cod serviciu|social, conform|Nomenclatorului",
            "Categoriile|de|beneficiari", "Spațiu|necesar", "Capacitate|necesară", "Buget|estimat din|bugetul|local"]
    rows = [["1.", "Locuințe protejate Făget", "8730 CR-V-III", "Copii din|familii|vulnerabile",
             "clădire|existentă,|reabilitată", "27", "475.000|RON"],
            ["2.", "Centre de zi pentru copii aflați în|situație de risc de separare de|părinți „Casa Soarelui”",
             "8891 CZ-C-II", "Persoane|fără adăpost", "clădire|existentă,|reabilitată", "14", "427.100|RON"],
            ["3.", "Cantine sociale", "8899 CPDH-I", "Persoane|fără adăpost", "clădire|existentă,|reabilitată", "29",
             "561.300|RON"]]
    c.setFont(pdf_font, size)
    y = 700
    for row in [head] + rows:
        n = 0
        for k, cell in enumerate(row):
            parts = cell.split("|")
            for i, part in enumerate(parts):
                if row is not head and k in (0, 5, 6):  # numbers and figures set right
                    c.drawString(xs[k + 1] - 10 - stringWidth(part, pdf_font, size), y - i * lead, part)
                else:
                    c.drawString(xs[k], y - i * lead, part)
            n = max(n, len(parts))
        y -= (n - 1) * lead + size + gap + 3
    c.showPage()
    c.save()
    doc = read_pdf(path, "numbered")
    (table,) = _tables(doc)
    g = table.grid()
    assert [r[0] for r in g] == ["Nr. crt", "1.", "2.", "3."]
    assert g[2][1] == "Centre de zi pentru copii aflați în situație de risc de separare de părinți „Casa Soarelui”"
    assert g[3][1:3] == ["Cantine sociale", "8899 CPDH-I"]



# a table printed a row at a time, its cells set from the top of their row (x, line, text): its header, then
# one row; the contract's name wraps over eight lines
_CONTRACT_LINES = [
    (57.0, 0, "Nr."), (118.7, 0, "Tipul și"), (180.3, 0, "Codul CPV"), (242.0, 0, "Cod conform"),
    (303.6, 0, "Valoarea"), (365.3, 0, "Data"), (426.9, 0, "Data"), (488.6, 0, "Perioada de"),
    (118.7, 1, "obiectul"), (242.0, 1, "H.G. nr."), (303.6, 1, "estimată a"), (365.3, 1, "estimată a"),
    (426.9, 1, "estimată"), (488.6, 1, "prestare"), (118.7, 2, "contractului"), (242.0, 2, "867/2015"),
    (303.6, 2, "contractului"), (365.3, 2, "inițierii"), (426.9, 2, "pentru"), (303.6, 3, "(lei)"),
    (426.9, 3, "atribuirea"), (426.9, 4, "contractului"),
    (99.5, 6, "4."), (118.7, 6, "Servicii de"), (184.3, 6, "55321000-6"), (244.4, 6, "8899 CPDH I"),
    (322.3, 6, "139.100"), (371.3, 6, "trimestrul II"), (445.6, 6, "05.2026"), (501.6, 6, "ianuarie –"),
    (118.7, 7, "preparare și"), (395.9, 7, "2026"), (498.3, 7, "decembrie"), (118.7, 8, "distribuire a"),
    (519.2, 8, "2026"), (118.7, 9, "hranei"), (118.7, 10, "pentru"), (118.7, 11, "beneficiarii"),
    (118.7, 12, "cantinei"), (118.7, 13, "sociale")]


def test_a_justified_line_of_prose_under_a_table_is_no_row(gen_dir, pdf_font):
    # the table, then a contact line set justified in a larger type: every space of the line stretched alike past
    # half an em, wider than the word space the band alone would show. Its words are one run (prose ending the
    # table), not a cell each fitting the table's columns (it was read as the table's last row)
    path = gen_dir / "justified_note.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont(pdf_font, 7.5)
    for x, line, text in _CONTRACT_LINES:
        c.drawString(x, 500 - 9 * line - (6 if line >= 6 else 0), text)
    size, gap = 9.0, 6.2  # a 0.69 em space between each two words
    words = "Informații suplimentare: Primăria Comunei Ionești, telefon 0236 347 971, e-mail: social@ionesti.ro,"
    c.setFont(pdf_font, size)
    x = 57.0
    for word in words.split():
        c.drawString(x, 372, word)
        x += c.stringWidth(word, pdf_font, size) + gap
    c.drawString(57, 361, "program de lucru luni – vineri, 8.00 – 16.00.")
    c.showPage()
    c.save()
    doc = read_pdf(path, "jn")
    (table,) = _tables(doc)
    assert [row[0] for row in table.grid()] == ["Nr.", "4."]
    prose = [b.text for b in doc.blocks if not isinstance(b, Table)]
    assert prose[-1].startswith("Informații suplimentare: Primăria Comunei Ionești, telefon 0236 347 971")


def test_the_layout_measures_are_settings_passed_down():
    """The page's measures are fields of the stream settings, not module constants: a table's header line of cells
    printed at the top of each page and in its body too is no running header with the defaults (its cells are
    further apart than ``cell_gap``), and is one when the caller's settings set cells wider apart than that."""
    from dataclasses import replace

    from extractors.readers._pdf_layout import Line, PageContent, Word, drop_running_lines
    from extractors.readers._pdf_settings import STREAM

    def page(no: int) -> PageContent:
        def line(y: float, parts: list[tuple[str, float, float]]) -> Line:
            return Line([Word(t, a, y, b, y + 9, 9.0) for t, a, b in parts])

        head = [("Nr.", 60, 72), ("Denumire", 120, 160), ("Capacitate", 300, 345)]
        pc = PageContent(no, 595, 842, [], [])
        pc.lines = [line(40, head), line(300, [("Un", 60, 70), ("paragraf", 73, 110), ("de", 113, 122)]),
                    line(400, head)]
        return pc

    kept = [page(1), page(2)]
    drop_running_lines(kept, [])
    assert all(not w.dropped for p in kept for w in p.lines[0].words)
    wide = [page(1), page(2)]
    drop_running_lines(wide, [], replace(STREAM, cell_gap=20.0))
    assert all(w.dropped for p in wide for w in p.lines[0].words)
