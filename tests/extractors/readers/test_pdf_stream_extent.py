"""Ruleless tables whose cells are set from the top of their row: which lines are the table's. Group labels, headers
printed again over each group, headings, total rows and small tables set apart end it or go on with it, and a table
goes on over a page."""
from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from extractors.model import Table
from extractors.readers.pdf import read_pdf
from pdf_rows_kit import LEADING, ROW_GAP, SIZE, tables_of, top_row


def test_table_going_on_over_a_page_keeps_its_columns_and_whole_figures(gen_dir, pdf_font):
    """Names set right in their column wrap under the row at the foot of page 1 (lines starting left of the
    row's own); on page 2 a TOTAL label spans the number and the name, and a figure too wide for its column is
    broken over two lines ("4.942,9" / "0")."""
    path = gen_dir / "over_pages.pdf"
    xs = [50, 80, 200, 300, 400, 470]
    c = canvas.Canvas(str(path), pagesize=A4)
    y = top_row(c, pdf_font, 790, xs, {0: "Nr.", 1: "Denumirea", 2: "Cod", 3: "Capacitate", 4: "Buget local"})
    for k in range(1, 26):
        name = "Centru de zi|pentru copii|cu dizabilități" if k == 25 else "Centru de zi|pentru copii"
        y = top_row(c, pdf_font, y, xs, {0: f"{k}.", 1: name, 2: "8899 CZ-C-II", 3: str(10 + k), 4: "1.250,00"},
                     right=(1, 3, 4))
    c.showPage()
    y = top_row(c, pdf_font, 800, xs, {0: "26.", 1: "Locuință|protejată", 2: "8790 CR-D-I", 3: "12", 4: "980,00"},
                 right=(1, 3, 4))
    top_row(c, pdf_font, y, xs, {0: "TOTAL GENERAL", 4: "32.24|5,00"}, right=(4,))
    c.showPage()
    c.save()
    tables = tables_of(read_pdf(path, "pages"))
    rows = [r for t in tables for r in t.grid()]
    assert ["25.", "Centru de zi pentru copii cu dizabilități", "8899 CZ-C-II", "35", "1.250,00"] in rows
    assert ["26.", "Locuință protejată", "8790 CR-D-I", "12", "980,00"] in rows
    total = next(r for r in rows if "TOTAL GENERAL" in r)
    assert total[-1] == "32.245,00" and len(total) == 5


def test_group_label_in_the_name_column_is_a_row_of_its_own(gen_dir, pdf_font):
    """A group label set in the name column alone, as far from the rows above and below as they are from each
    other, is not a wrapped line of either."""
    path = gen_dir / "label_rows.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    xs = [50, 80, 250, 330, 420]
    y = top_row(c, pdf_font, 790, xs, {0: "Nr.", 1: "Denumirea serviciului", 2: "Capacitate", 3: "Buget local"})
    y = top_row(c, pdf_font, y, xs, {1: "Servicii sociale cu cazare"})
    y = top_row(c, pdf_font, y, xs, {0: "1.", 1: "Centru rezidențial|Lunca", 2: "40", 3: "1.250"}, right=(2, 3))
    y = top_row(c, pdf_font, y, xs, {1: "Centre de zi"})
    top_row(c, pdf_font, y, xs, {0: "2.", 1: "Centru de zi", 2: "25", 3: "410"}, right=(2, 3))
    c.showPage()
    c.save()
    (table,) = tables_of(read_pdf(path, "labels"))
    assert table.grid() == [["Nr.", "Denumirea serviciului", "Capacitate", "Buget local"],
                            ["", "Servicii sociale cu cazare", "", ""],
                            ["1.", "Centru rezidențial Lunca", "40", "1.250"],
                            ["", "Centre de zi", "", ""],
                            ["2.", "Centru de zi", "25", "410"]]


def test_group_label_as_far_apart_as_rows_set_closer_than_an_em_is_a_row_of_its_own(gen_dir, pdf_font):
    """Rows set 0.75 em apart (as a scan's rows are when its type measures a tenth larger from the ink than it is
    set), wrapped lines 0.2 em: a group label as far from its neighbours as the rows are from each other is a row
    of its own (the table's gaps tell it, not an em); a two-line label stays one."""
    path = gen_dir / "label_close_rows.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    xs = [50, 80, 250, 330, 420]
    gap = 0.75 * SIZE - (LEADING - SIZE)  # the paper between two rows: 0.75 em
    y = top_row(c, pdf_font, 790, xs, {0: "Nr.", 1: "Denumirea serviciului", 2: "Capacitate", 3: "Buget local"},
                row_gap=gap)
    y = top_row(c, pdf_font, y, xs, {1: "Servicii sociale cu|cazare"}, row_gap=gap)
    y = top_row(c, pdf_font, y, xs, {0: "1.", 1: "Centru rezidențial|Lunca", 2: "40", 3: "1.250"}, right=(2, 3),
                row_gap=gap)
    y = top_row(c, pdf_font, y, xs, {1: "Centre de zi"}, row_gap=gap)
    y = top_row(c, pdf_font, y, xs, {0: "2.", 1: "Centru de zi|Lumina", 2: "25", 3: "410"}, right=(2, 3),
                row_gap=gap)
    top_row(c, pdf_font, y, xs, {0: "3.", 1: "Centru de zi|Speranța", 2: "30", 3: "520"}, right=(2, 3), row_gap=gap)
    c.showPage()
    c.save()
    (table,) = tables_of(read_pdf(path, "labels"))
    assert table.grid() == [["Nr.", "Denumirea serviciului", "Capacitate", "Buget local"],
                            ["", "Servicii sociale cu cazare", "", ""],
                            ["1.", "Centru rezidențial Lunca", "40", "1.250"],
                            ["", "Centre de zi", "", ""],
                            ["2.", "Centru de zi Lumina", "25", "410"],
                            ["3.", "Centru de zi Speranța", "30", "520"]]


WORDS = ("", "ajutoarelor", "alocațiilor", "burselor", "tichetelor", "pachetelor", "indemnizațiilor", "sprijinului",
         "lemnelor", "mesei", "rechizitelor", "vouchere", "abonamentelor", "medicamentelor", "ochelarilor", "hainelor")


def test_heading_and_repeated_header_end_a_table(gen_dir, pdf_font):
    """Tables printed one row each under a repeated header (fragments), going on over a page break, then a
    heading in a larger type and a table of other columns: every fragment a table of its own, the heading a
    heading, the rows above the first numbered row of a table of words its header."""
    path = gen_dir / "fragments.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    xs = [50, 200, 290, 470, 545]
    head = {0: "Nr. crt.", 1: "Măsura", 2: "Rezultate obținute", 3: "Stadiu"}
    c.setFont(pdf_font, 12)
    c.drawString(50, 800, "Capitolul II – Activități desfășurate")
    y = 780
    for k in range(1, 16):
        y = top_row(c, pdf_font, y, xs, head)
        if y < 90:  # the header left alone at the foot of the page, its row on the next
            c.showPage()
            y = 740
        y = top_row(c, pdf_font, y, xs, {0: f"{k}.", 1: f"Acordarea|{WORDS[k]}", 2: f"2020: {700 + k} ajutoare|acordate",
                                          3: "realizată"}, right=(0, 2))
    c.setFont(pdf_font, 12)
    c.drawString(50, y - 10, "Capitolul III – Formarea personalului")
    y = top_row(c, pdf_font, y - 24, xs, {0: "Nr. crt.", 1: "Personalul", 2: "Perfecționare", 3: "Calificare"})
    top_row(c, pdf_font, y, xs, {0: "1.", 1: "Infirmier", 2: "-", 3: "3"}, right=(0, 2, 3))
    c.showPage()
    c.save()
    doc = read_pdf(path, "frag")
    tables = tables_of(doc)
    assert "Capitolul III – Formarea personalului" in [b.text for b in doc.blocks if not isinstance(b, Table)]
    measures = [t for t in tables if "Măsura" in t.grid()[0]]
    assert all(t.n_cols == 4 for t in tables)
    rows = [r for t in measures for r in t.grid() if r[0] != "Nr. crt."]
    assert len(rows) == 15 and rows[14] == ["15.", "Acordarea hainelor", "2020: 715 ajutoare acordate", "realizată"]
    assert tables[-1].grid() == [["Nr. crt.", "Personalul", "Perfecționare", "Calificare"],
                                 ["1.", "Infirmier", "-", "3"]]


def test_a_row_of_words_after_a_cell_wrapped_longer_than_its_row_goes_on_the_table(gen_dir, pdf_font):
    """A list of agreements set from the top of their rows: row 1 holds a date (a figure) and its subject wraps one
    line further than its other cells; row 2 holds no figure ("2.", a number and date "5346/05.01.2021"). The
    subject's last line alone is that cell's wrapped line inside its column, not a heading across the table: the
    row of words under it is the table's next row, not the header of another."""
    path = gen_dir / "agreements.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    xs = [50, 80, 200, 290, 380, 470, 545]
    y = top_row(c, pdf_font, 790, xs, {0: "Nr.", 1: "Partener", 2: "Forma de|colaborare", 3: "Nr. / data",
                                         4: "Obiectul|parteneriatului", 5: "Perioada"})
    rows = [{0: "1.", 1: "Fundația|Bethany", 2: "acord de|colaborare", 3: "nr. 7605 din|12.08.2024",
             4: "Găzduirea|victimelor|violenței|domestice", 5: "nedeterminată"},
            {0: "2.", 1: "Asociația SOS|Satele Copiilor", 2: "contract de|colaborare", 3: "5346/05.01.2021",
             4: "Servicii de|recuperare", 5: "până la|31.12.2025"},
            {0: "3.", 1: "Asociația|Habilitas", 2: "acord de|colaborare", 3: "6049/09.10.2022",
             4: "Găzduirea|victimelor", 5: "nedeterminată"}]
    for cells in rows:
        y = top_row(c, pdf_font, y, xs, cells, right=(3,))
    c.showPage()
    c.save()
    (table,) = tables_of(read_pdf(path, "agreements"))
    g = table.grid()
    assert [r[1] for r in g] == ["Partener", "Fundația Bethany", "Asociația SOS Satele Copiilor", "Asociația Habilitas"]
    assert g[1][4] == "Găzduirea victimelor violenței domestice"
    assert g[2][3] == "5346/05.01.2021"


def test_numbered_names_wrapped_beside_cells_are_one_table_not_prose_beside_a_table(gen_dir, pdf_font):
    """Rows set from their top: a number and a name wrapped over two or three lines on the left, a wide empty
    gutter, then the code, staff, category (wrapped), capacity and budget. The left side reads like a numbered
    list beside a table, but each of its items starts at the very height of a row of cells on the right: one
    table, its names in it (they were read as list items and the table began at the code column)."""
    path = gen_dir / "names_beside_cells.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    xs = [65, 88, 248, 315, 365, 465, 500, 545]
    y = top_row(c, pdf_font, 790, xs, {0: "Nr.", 1: "Denumirea serviciului", 2: "Cod", 3: "Personal",
                                         4: "Categoria de|beneficiari", 5: "Capacitate", 6: "Buget"})
    rows = [{0: "1.", 1: "Centre de tip respiro/ centre de|criză „Sf. Nicolae”", 2: "8730 CR-V-II", 3: "7 posturi",
             4: "Victime ale|violenței|domestice", 5: "33", 6: "90,70"},
            {0: "2.", 1: "Servicii la domiciliu destinate|persoanelor adulte cu dizabilități|prin asistent "
                         "personal Constanța", 2: "8810 ID-IV", 3: "12 posturi", 4: "Copii cu|dizabilități",
             5: "50", 6: "355,90"},
            {0: "3.", 1: "Servicii la domiciliu destinate|persoanelor adulte cu dizabilități|prin echipa mobilă "
                         "Constanța", 2: "8810 ID-III", 3: "10 posturi", 4: "Copii cu|dizabilități", 5: "15",
             6: "199,10"}]
    for cells in rows:
        y = top_row(c, pdf_font, y, xs, cells, right=(2, 3, 5, 6))
    c.showPage()
    c.save()
    (table,) = tables_of(read_pdf(path, "beside"))
    g = table.grid()
    assert [r[1] for r in g[1:]] == ["Centre de tip respiro/ centre de criză „Sf. Nicolae”",
                                     "Servicii la domiciliu destinate persoanelor adulte cu dizabilități prin "
                                     "asistent personal Constanța",
                                     "Servicii la domiciliu destinate persoanelor adulte cu dizabilități prin echipa "
                                     "mobilă Constanța"]
    assert g[1][4] == "Victime ale violenței domestice"


def test_a_small_table_set_apart_under_a_table_of_words_is_a_table_of_its_own(gen_dir, pdf_font):
    """A table of measures (words only, cells set from the top of their rows), then, twice as far below as its rows
    are apart, a small table of two columns ("Stadiu" | "Număr acțiuni", its counts set right): its header's second
    cell starts where no column of the table above starts or ends — a new table, not rows of the one above (its
    total was lost)."""
    path = gen_dir / "small_after_words.pdf"
    xs = [50, 150, 250, 350, 450, 545]
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont(pdf_font, 11)
    c.drawString(50, 800, "III. Monitorizarea implementării măsurilor")
    y = top_row(c, pdf_font, 790, xs, {0: "Obiectiv", 1: "Măsuri", 2: "Termen", 3: "Responsabili", 4: "Rezultate"})
    for k in range(3):
        y = top_row(c, pdf_font, y, xs, {0: f"Obiectiv {k + 1}:|Creșterea|accesului", 1: "Efectuarea|anchetelor sociale",
                                         2: "lunar", 3: "Serviciul|beneficii", 4: "Realizat"})
    y -= ROW_GAP
    small = [50, 300, 545]
    y = top_row(c, pdf_font, y, small, {0: "Stadiu", 1: "Număr acțiuni"})
    for label, n in (("Realizate", "16"), ("Parțial realizate", "1"), ("Total", "17")):
        y = top_row(c, pdf_font, y, small, {0: label, 1: n}, right=(1,))
    c.showPage()
    c.save()
    doc = read_pdf(path, "small")
    big, little = tables_of(doc)
    assert len(big.grid()) == 4 and big.grid()[-1][0] == "Obiectiv 3: Creșterea accesului"
    assert little.grid() == [["Stadiu", "Număr acțiuni"], ["Realizate", "16"], ["Parțial realizate", "1"],
                             ["Total", "17"]]


def test_a_small_table_set_apart_in_the_columns_of_the_table_above_is_a_table_of_its_own(gen_dir, pdf_font):
    """The same when the small table's cells start where columns of the table above start: it fills two of its
    five columns, a header of its own."""
    path = gen_dir / "small_after_words_aligned.pdf"
    xs = [50, 150, 250, 350, 450, 545]
    c = canvas.Canvas(str(path), pagesize=A4)
    y = top_row(c, pdf_font, 790, xs, {0: "Obiectiv", 1: "Măsuri", 2: "Termen", 3: "Responsabili", 4: "Rezultate"})
    for k in range(2):
        y = top_row(c, pdf_font, y, xs, {0: f"Obiectiv {k + 1}", 1: "Efectuarea|anchetelor sociale", 2: "lunar",
                                         3: "Serviciul|beneficii", 4: "Realizat"})
    y -= ROW_GAP
    small = [50, 250, 545]
    y = top_row(c, pdf_font, y, small, {0: "Stadiul acțiunilor", 1: "Nr. măsuri"})
    for label, n in (("Realizate", "12"), ("Total", "19")):
        y = top_row(c, pdf_font, y, small, {0: label, 1: n}, right=(1,))
    c.showPage()
    c.save()
    big, little = tables_of(read_pdf(path, "small2"))
    assert len(big.grid()) == 3
    assert little.grid() == [["Stadiul acțiunilor", "Nr. măsuri"], ["Realizate", "12"], ["Total", "19"]]


def test_a_total_row_whose_label_spans_the_first_columns_ends_the_table(gen_dir, pdf_font):
    """The last row's label ("TOTAL GENERAL") merged over the number and name columns, its figures in their
    columns (one where the row above has none): the table's last row (it stood over two cells of the row above,
    ended the table and was read as a heading, the totals lost)."""
    path = gen_dir / "total_spanning.pdf"
    xs = [50, 90, 250, 350, 450, 545]
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont(pdf_font, 11)
    c.drawString(50, 800, "Anexa nr. 1 – Serviciile sociale existente")
    y = top_row(c, pdf_font, 790, xs, {0: "Nr.", 1: "Denumirea serviciului", 2: "Cod", 3: "Buget local",
                                       4: "Buget de stat"})
    y = top_row(c, pdf_font, y, xs, {0: "1.", 1: "Centre de zi de integrare|socială „Casa Soarelui”", 2: "8899 CZ AD II",
                                     3: "817", 4: "182,3"}, right=(3, 4))
    y = top_row(c, pdf_font, y, xs, {0: "2.", 1: "Centre de zi pentru copiii|străzii", 2: "8891 CZ-C-V", 3: "554"},
                right=(3, 4))
    c.setFont(pdf_font, 8.0)
    c.drawString(xs[0] + 4, y - 8.0, "TOTAL GENERAL")
    top_row(c, pdf_font, y, xs, {3: "1.371", 4: "629,8"}, right=(3, 4))
    c.showPage()
    c.save()
    doc = read_pdf(path, "total")
    (table,) = tables_of(doc)
    g = table.grid()
    assert len(g) == 4 and table.n_cols == 5
    assert "TOTAL GENERAL" in g[-1][:2] and g[-1][3:] == ["1.371", "629,8"]


def test_a_row_of_words_under_a_cells_wrapped_lines_goes_on_with_a_table_of_dates(gen_dir, pdf_font):
    # objectives set right, wrapped over more lines than the row's other cells; the rows hold dates (figures), the
    # last row only words ("trim. IV"): the objective's last lines, as close as a cell's lines, then that row in the
    # table's columns are the table's (the row was read as the header of another table, its first line as prose)
    path = gen_dir / "row_of_words_after_wrapped_objective.pdf"
    xs = [50, 150, 270, 340, 440, 545]
    c = canvas.Canvas(str(path), pagesize=A4)
    y = top_row(c, pdf_font, 790, xs, {0: "Obiectiv specific", 1: "Măsură / Acțiune", 2: "Termen", 3: "Responsabil",
                                       4: "Rezultate"})
    rows = [{0: "Obiectiv 1:|Creșterea|accesului la|servicii", 1: "Efectuarea anchetelor|sociale", 2: "31.12.2024",
             3: "Biroul protecția|copilului", 4: "1.160 anchete"},
            {0: "Obiectiv 3 –|Dezvoltarea|parteneriatelor cu|instituțiile", 1: "Încheierea unui|protocol",
             2: "31.12.2024", 3: "Compartimentul|asistență socială", 4: "Realizat"},
            {0: "Obiectiv 3 –|Dezvoltarea|parteneriatelor cu|instituțiile", 1: "Încheierea unui acord|de parteneriat",
             2: "trim. IV", 3: "Compartimentul|asistență socială", 4: "Realizat – acord|de parteneriat"}]
    for cells in rows:
        y = top_row(c, pdf_font, y, xs, cells, right=(0,))
    c.setFont(pdf_font, 10)
    c.drawString(50, y - 20, "Din totalul de 12 acțiuni prevăzute în plan, 8 au fost realizate.")
    c.showPage()
    c.save()
    doc = read_pdf(path, "objectives")
    (table,) = tables_of(doc)
    g = table.grid()
    assert len(g) == 4
    assert g[3] == ["Obiectiv 3 – Dezvoltarea parteneriatelor cu instituțiile", "Încheierea unui acord de parteneriat",
                    "trim. IV", "Compartimentul asistență socială", "Realizat – acord de parteneriat"]


MEASURES_XS = [50, 90, 230, 330, 420, 545]


MEASURES_HEAD = {0: "Cod", 1: "Activitatea", 2: "Responsabil", 3: "Resurse|financiare|estimate", 4: "Surse de|finanțare"}


def _measure(c, font, y: float, code: str, name: str, money: str) -> float:
    """The header again, then one measure's row."""
    y = top_row(c, font, y, MEASURES_XS, MEASURES_HEAD)
    return top_row(c, font, y, MEASURES_XS, {0: code, 1: name, 2: "DAS Motru", 3: money, 4: "Buget local"}, right=(3,))


def test_a_header_printed_over_each_group_is_one_header_row_alone_or_under_a_label_at_a_pages_top(gen_dir, pdf_font):
    """A plan of measures without rules prints its header (wrapped over three lines) alone over each group's label
    (a line across the page), then again over each measure. The header alone is one header row, as over the
    rows; at the foot of page 1 it goes on the next page's table, whose first lines are the next group's label and
    the header again: the columns are the header's still (no column of its own for the codes set under it)."""
    path = gen_dir / "measures.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont(pdf_font, SIZE)
    group = "Obiectivul strategic {}: Dezvoltarea serviciilor sociale de prevenire și a serviciilor de tip familial"
    y = top_row(c, pdf_font, 790, MEASURES_XS, MEASURES_HEAD)
    c.drawString(MEASURES_XS[0] + 4, y - SIZE, group.format(1))
    y -= SIZE + ROW_GAP
    y = _measure(c, pdf_font, y, "1.1", "Închiderea centrului|de plasament", "1.103,5")
    while y > 140:
        y = _measure(c, pdf_font, y, "1.2", "Formarea continuă|a personalului", "410,3")
    top_row(c, pdf_font, 90, MEASURES_XS, MEASURES_HEAD)
    c.showPage()
    c.setFont(pdf_font, SIZE)
    c.drawString(MEASURES_XS[0] + 4, 800 - SIZE, group.format(2))
    _measure(c, pdf_font, 800 - SIZE - ROW_GAP, "2.1", "Extinderea rețelei|de îngrijitori", "1.199,6")
    c.showPage()
    c.save()
    tables = tables_of(read_pdf(path, "measures"))
    header = ["Cod", "Activitatea", "Responsabil", "Resurse financiare estimate", "Surse de finanțare"]
    assert tables[0].grid() == [header]
    assert all(t.n_cols == 5 for t in tables), [t.grid() for t in tables if t.n_cols != 5]
    assert ["2.1", "Extinderea rețelei de îngrijitori", "DAS Motru", "1.199,6", "Buget local"] in tables[-1].grid()


def test_a_group_label_at_the_tables_left_edge_over_numbered_rows_of_words_goes_on_the_table(gen_dir, pdf_font):
    """Rows with figures, then a group label set at the table's left edge as far from the rows as they are from each
    other ("B. Servicii sociale private"), then numbered rows holding no figure ("53 beneficiari"): the label and
    those rows are the table's, not a heading over a table of its own (whose rows would have no header)."""
    path = gen_dir / "label_at_edge.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    xs = [50, 80, 250, 360, 470]
    y = top_row(c, pdf_font, 790, xs, {0: "Nr.", 1: "Serviciul social", 2: "Codul serviciului", 3: "Capacitatea"})
    y = top_row(c, pdf_font, y, xs, {0: "A. Servicii sociale publice"})
    y = top_row(c, pdf_font, y, xs, {0: "1.", 1: "Cantina socială|„Dor de Viață”", 2: "8899 CPDH-I", 3: "168"})
    y = top_row(c, pdf_font, y, xs, {0: "2.", 1: "Serviciul de masă|pe roți", 2: "8899 CPDH-II", 3: "47"})
    y = top_row(c, pdf_font, y, xs, {0: "B. Servicii sociale private"})
    y = top_row(c, pdf_font, y, xs, {0: "3.", 1: "Centrul de consiliere|pentru părinți", 2: "8899 CZ-F-I",
                                      3: "53 beneficiari"})
    top_row(c, pdf_font, y, xs, {0: "4.", 1: "Centrul de zi|„Speranța”", 2: "8899 CZ-F-I", 3: "23 beneficiari"})
    c.showPage()
    c.save()
    (table,) = tables_of(read_pdf(path, "edge"))
    assert [r[0] for r in table.grid()] == ["Nr.", "A. Servicii sociale publice", "1.", "2.",
                                            "B. Servicii sociale private", "3.", "4."]


def test_a_group_label_on_one_line_across_the_page_between_rows_stays_in_the_table(gen_dir, pdf_font):
    """A merged row's group label printed on one line across the page between two rows of figures ("Servicii sociale
    pentru alte categorii de persoane vulnerabile", wider than the table's columns): a row of the table (it was taken
    for prose, the table ended there, and the rows under it made a table without header)."""
    path = gen_dir / "label_across_the_page.pdf"
    xs = [50, 75, 200, 250, 310, 370]
    label = "Servicii sociale pentru alte categorii de persoane vulnerabile din județ"
    c = canvas.Canvas(str(path), pagesize=A4)
    y = top_row(c, pdf_font, 790, xs, {0: "Nr.", 1: "Serviciul social", 2: "Locuri", 3: "Buget", 4: "Plăți"})
    y = top_row(c, pdf_font, y, xs, {0: "1.", 1: "Locuința|protejată", 2: "11", 3: "447.900", 4: "398.200"},
                right=(2, 3, 4))
    c.setFont(pdf_font, SIZE)
    c.drawString(xs[0] + 4, y - SIZE, label)
    y -= LEADING + ROW_GAP
    for cells in ({0: "2.", 1: "Centrul de|primire", 2: "10", 3: "275.400", 4: "255.300"},
                  {0: "3.", 1: "Adăpostul de|noapte", 2: "22", 3: "246.000", 4: "224.800"}):
        y = top_row(c, pdf_font, y, xs, cells, right=(2, 3, 4))
    c.showPage()
    c.save()
    doc = read_pdf(path, "label_across")
    (table,) = tables_of(doc)
    g = table.grid(fill_spans=False)
    assert [r[0] for r in g] == ["Nr.", "1.", label, "2.", "3."]
    assert not [b for b in doc.blocks if not isinstance(b, Table)]
