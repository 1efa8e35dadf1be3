"""Ruleless tables whose cells are set from the top of their row (as the families' borderless rendering and many
word processors' exports do): the row's wrapped lines do not interleave with its one-line cells, they follow
them one line apart, and the rows are set further apart than those lines."""
from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from extractors.model import Table
from extractors.readers.pdf import read_pdf
from pdf_rows_kit import HEADER, ROW_GAP, ROWS, SIZE, XS, tables_of, top_row


def test_cells_set_from_the_top_of_their_row_stay_in_that_row(gen_dir, pdf_font):
    path = gen_dir / "top_rows.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont(pdf_font, 11)
    c.drawString(50, 800, "ANEXA NR. 1 – Servicii sociale existente")
    y = top_row(c, pdf_font, 790, XS, HEADER)
    for cells in ROWS:
        y = top_row(c, pdf_font, y, XS, cells, right=(1, 3, 4, 5))
    c.showPage()
    c.save()
    (table,) = tables_of(read_pdf(path, "top"))
    g = table.grid()
    # the header wrapped over three lines is one row; each service one row, its wrapped cells whole
    assert g[0] == ["Nr.", "Codul serviciului social", "Denumirea serviciului social", "Capacitate și categorii",
                    "Buget local UAT (lei)", "Bugetul de stat (lei)"]
    assert g[1] == ["1.", "8790 CR-MC-II", "Centre pentru gravide în dificultate",
                    "41 locuri / Persoane fără adăpost", "572.300", "242.400"]
    assert g[2][2:4] == ["Centre rezidențiale medico sociale Grădiștea", "162 locuri / Victime ale"]
    assert g[3] == ["3.", "8790 CR-C-II", "Centre de primire în regim de urgență", "225 locuri", "86.100", ""]
    assert len(g) == 4


def test_dense_rows_of_figures_stay_rows(gen_dir, pdf_font):
    """Rows of figures set one line apart, a wider gap every few rows: each line is a row (no wrapped cells)."""
    path = gen_dir / "dense_rows.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    xs = [50, 200, 300, 400]
    y = top_row(c, pdf_font, 790, xs, {0: "Județul", 1: "2021", 2: "2022"})
    for k, (name, a, b) in enumerate([("Alba", "12", "14"), ("Arad", "9", "11"), ("Argeș", "20", "18"),
                                      ("Bacău", "31", "30"), ("Bihor", "7", "8"), ("Brăila", "5", "6")]):
        y = top_row(c, pdf_font, y, xs, {0: name, 1: a, 2: b}, right=(1, 2)) + ROW_GAP
        if k % 3 == 2:
            y -= ROW_GAP
    c.showPage()
    c.save()
    (table,) = tables_of(read_pdf(path, "dense"))
    assert [r[0] for r in table.grid()] == ["Județul", "Alba", "Arad", "Argeș", "Bacău", "Bihor", "Brăila"]


def test_a_row_set_a_little_closer_under_the_header_is_still_a_row_set_from_its_top(gen_dir, pdf_font):
    """Rows set 0.8 em under the header (an accent over the row's first capital, "Î", narrows the gap the
    boxes show): the gap is still between rows, the row's wrapped lines stay in it."""
    path = gen_dir / "close_row.pdf"
    xs = [50, 80, 200, 300, 400]
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont(pdf_font, 10)
    c.drawString(50, 780, "Servicii sociale la domiciliu")
    y = top_row(c, pdf_font, 740, xs, {0: "Nr.", 1: "Denumirea|serviciului", 2: "Cod", 3: "Buget|local"})
    y = top_row(c, pdf_font, y + 3.5, xs, {0: "1.", 1: "Îngrijiri personale|la domiciliu", 2: "8810|ID-II",
                                            3: "776.100"}, right=(3,))
    top_row(c, pdf_font, y + 3.5, xs, {0: "2.", 1: "Îngrijiri paliative|acordate acasă", 2: "8810|ID-I",
                                        3: "12.500"}, right=(3,))
    c.showPage()
    c.save()
    (table,) = tables_of(read_pdf(path, "close"))
    assert table.grid() == [["Nr.", "Denumirea serviciului", "Cod", "Buget local"],
                            ["1.", "Îngrijiri personale la domiciliu", "8810 ID-II", "776.100"],
                            ["2.", "Îngrijiri paliative acordate acasă", "8810 ID-I", "12.500"]]


def test_a_header_over_an_empty_column_does_not_join_the_next_header_over_figures(gen_dir, pdf_font):
    """A fragment whose one row is a subtotal: the code column is empty, the capacity's figures are set right under
    a header set left, not under it. "Capacitate" heads the figures beside it; "Cod serviciu social" stands over no
    column but does not head those figures too (another header cell stands between): it is a column of its own."""
    path = gen_dir / "subtotal_fragment.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    xs = [50, 120, 220, 300, 380, 460, 545]
    head = {0: "Nr. crt", 1: "Denumirea|serviciului", 2: "Cod serviciu|social, conform|Nomenclatorului",
            3: "Capacitate", 4: "Nr. beneficiari", 5: "Grad de|ocupare"}
    y = top_row(c, pdf_font, 790, xs, head)
    top_row(c, pdf_font, y, xs, {1: "Subtotal servicii|sociale pentru|persoane vârstnice", 3: "69", 4: "56"},
             right=(3, 4))
    c.showPage()
    c.save()
    (table,) = tables_of(read_pdf(path, "subtotal"))
    g = table.grid()
    assert g[0] == ["Nr. crt", "Denumirea serviciului", "Cod serviciu social, conform Nomenclatorului", "Capacitate",
                    "Nr. beneficiari", "Grad de ocupare"]
    assert g[1] == ["", "Subtotal servicii sociale pentru persoane vârstnice", "", "69", "56", ""]


def test_a_figure_wrapped_in_a_cell_of_words_stays_in_its_row(gen_dir, pdf_font):
    # a term "trim. 3" / "2026" wrapped beside a name's wrapped line: the figure under a cell of words goes on that
    # cell (the row's first cell has a line there too); figures under figures would be a row of their own
    path = gen_dir / "wrapped_term.pdf"
    xs = [50, 200, 270, 340, 420, 500, 560]
    c = canvas.Canvas(str(path), pagesize=A4)
    header = {0: "Tipul și denumirea|serviciului social", 1: "Codul", 2: "Beneficiari", 3: "Personal|necesar",
              4: "Buget estimat", 5: "Termen de|înființare"}
    rows = [
        {0: "Adăposturi de noapte Avrig", 1: "8790|CR-PFA-II", 2: "Copii cu|dizabilități", 3: "5 posturi",
         4: "77.600 lei", 5: "trim. 2|2026"},
        {0: "Centre de zi pentru consiliere și|sprijin pentru părinți și copii", 1: "8899CZ-F-I",
         2: "Persoane|fără|adăpost", 3: "9 posturi", 4: "362.200 lei", 5: "trim. 3|2026"},
        {0: "Centre de zi pentru victime ale|dezastrelor naturale", 1: "8899 CZ-PN-I", 2: "Persoane|adulte",
         3: "7 posturi", 4: "526.600 lei", 5: "trim. 3|2026"},
    ]
    y = top_row(c, pdf_font, 790, xs, header)
    for cells in rows:
        y = top_row(c, pdf_font, y, xs, cells, right=(4,))
    c.showPage()
    c.save()
    (table,) = tables_of(read_pdf(path, "term"))
    g = table.grid()
    assert len(g) == 4
    assert g[2] == ["Centre de zi pentru consiliere și sprijin pentru părinți și copii", "8899CZ-F-I",
                    "Persoane fără adăpost", "9 posturi", "362.200 lei", "trim. 3 2026"]
    assert g[3][0] == "Centre de zi pentru victime ale dezastrelor naturale"
    assert g[3][5] == "trim. 3 2026"


def test_a_figure_broken_for_lack_of_room_beside_a_wrapped_name_stays_in_its_row(gen_dir, pdf_font):
    # "185.700,0" / "0": a figure's last digit set on the next line, beside the name's wrapped line; figures stacked
    # whole under figures ("12" / "9", a dense table's rows) are rows of their own
    path = gen_dir / "broken_figure.pdf"
    xs = [50, 140, 200, 260, 330, 400]
    c = canvas.Canvas(str(path), pagesize=A4)
    y = top_row(c, pdf_font, 790, xs, {0: "Serviciul social", 1: "Cod", 2: "Capacitate", 3: "Bugetul local",
                                       4: "Bugetul de stat"})
    rows = [{0: "Centrul de|zi Oradea", 1: "8810|CZ-V-I", 2: "25 locuri", 3: "73.100,00", 4: "185.700,0|0"},
            {0: "Centrul|respiro Oradea", 1: "8790|CR-D-VI", 2: "12", 3: "627.000,0|0", 4: "339.400,0|0"},
            {0: "Creșa Oradea", 1: "8891 CZ-C-I", 2: "42", 3: "434.900,00", 4: "-"}]
    for cells in rows:
        y = top_row(c, pdf_font, y, xs, cells, right=(2, 3, 4))
    c.showPage()
    c.save()
    (table,) = tables_of(read_pdf(path, "broken"))
    g = table.grid()
    assert [r[0] for r in g] == ["Serviciul social", "Centrul de zi Oradea", "Centrul respiro Oradea", "Creșa Oradea"]
    assert g[1][4].replace(" ", "") == "185.700,00" and g[2][3].replace(" ", "") == "627.000,00"


def test_figures_broken_inside_their_last_group_beside_a_wrapped_total_label_stay_in_its_row(gen_dir, pdf_font):
    # a total row whose label wraps, its budgets broken for lack of room inside their last group with the decimals
    # after ("1.309.80" / "0,00", "23.500,0" / "0"), its count whole: one row, the figures whole (the second line
    # was read as a row of figures of its own, and the totals lost)
    path = gen_dir / "broken_total.pdf"
    xs = [50, 140, 200, 250, 300, 350, 400]
    c = canvas.Canvas(str(path), pagesize=A4)
    y = top_row(c, pdf_font, 790, xs, {0: "Serviciul social", 1: "Cod", 2: "Locuri", 3: "Buget|local",
                                       4: "Buget|de stat", 5: "Total"})
    rows = [{0: "Centrul de zi", 1: "8891 CZ-C", 2: "39", 3: "792.600", 4: "-", 5: "792.600"},
            {0: "Centrul maternal", 1: "8790 CR-MC", 2: "13", 3: "517.200", 4: "23.500,0|0", 5: "540.700"},
            {0: "Total servicii|sociale", 2: "52", 3: "1.309.80|0,00", 4: "23.500,0|0", 5: "1.333.30|0,00"}]
    for cells in rows:
        y = top_row(c, pdf_font, y, xs, cells, right=(2, 3, 4, 5))
    c.showPage()
    c.save()
    (table,) = tables_of(read_pdf(path, "broken_total"))
    g = [[c.replace(" ", "") for c in r] for r in table.grid()]
    assert len(g) == 4
    assert g[3] == ["Totalserviciisociale", "", "52", "1.309.800,00", "23.500,00", "1.333.300,00"]


def test_a_total_label_reaching_the_next_columns_text_does_not_widen_its_column_over_the_gutter(gen_dir, pdf_font):
    # "TOTAL" in the number column ends a third of a point past where the code column's text starts: widened to
    # it, the number column left no gutter, and the header's "Nr." and "Cod serviciu" were read as one cell
    from reportlab.pdfbase.pdfmetrics import stringWidth

    path = gen_dir / "total_to_gutter.pdf"
    code_x = 50 + 4 + stringWidth("TOTAL", pdf_font, SIZE) - 4 - 0.35
    xs = [50, code_x, code_x + 80, 330, 420]
    c = canvas.Canvas(str(path), pagesize=A4)
    # (the header's bold "Cod" starts half a point left of the codes)
    y = top_row(c, pdf_font, 790, [50, code_x - 0.5] + xs[2:], {0: "Nr.|cu|rent", 1: "Cod serviciu|(HG nr.|867/2015)",
                                                                2: "Denumirea", 3: "Buget local"})
    for nr, code, name, budget in (("1.", "8790CR-II", "Centre de tranzit", "451.000"),
                                   ("2.", "8730 CR-V-II", "Centre respiro", "419.100")):
        y = top_row(c, pdf_font, y, xs, {0: nr, 1: code, 2: name, 3: budget}, right=(3,))
    top_row(c, pdf_font, y, xs, {0: "TOTAL", 3: "870.100"}, right=(3,))
    c.showPage()
    c.save()
    (table,) = tables_of(read_pdf(path, "total_gutter"))
    g = table.grid()
    assert g[0] == ["Nr. cu rent", "Cod serviciu (HG nr. 867/2015)", "Denumirea", "Buget local"]
    assert g[1][:2] == ["1.", "8790CR-II"] and g[-1][0] == "TOTAL" and g[-1][-1] == "870.100"


def test_rows_whose_cells_wrap_over_many_lines_in_narrow_columns_stay_rows(gen_dir, pdf_font):
    """Cells set from the top of their row in narrow columns wrap over more lines than a wide gap's worth (eight
    here): those lines fill few of the columns, unlike a list's rows set line by line, and stay their row's."""
    path = gen_dir / "narrow_tall_rows.pdf"
    xs = [50, 70, 110, 160, 220, 260, 300]
    c = canvas.Canvas(str(path), pagesize=A4)
    y = top_row(c, pdf_font, 790, xs, {0: "Nr.", 1: "Cod", 2: "Servi|ciul", 3: "Furnizor", 4: "Locuri", 5: "Buget"})
    rows = [{0: "1.", 1: "8899|CZ-|VD-I", 2: "Centrul|de|consi|liere|pentru|victi|mele|violenței",
             3: "Serviciul|Public|de|Asistență|Socială|Vicovu|de|Sus", 4: "19", 5: "325,30"},
            {0: "2.", 1: "8790|CR-|PFA-II", 2: "Adă|postul|de|noapte|pentru|persoane|fără|adăpost",
             3: "Primăria|Orașului|Vicovu|de|Sus|str.|Florilor|nr. 57", 4: "31", 5: "589,40"}]
    for cells in rows + rows[:1]:
        y = top_row(c, pdf_font, y, xs, cells, right=(4, 5))
    c.showPage()
    c.save()
    (table,) = tables_of(read_pdf(path, "narrow_tall"))
    g = table.grid()
    assert len(g) == 4 and [r[0] for r in g] == ["Nr.", "1.", "2.", "1."]
    assert g[1][3] == "Serviciul Public de Asistență Socială Vicovu de Sus" and g[2][4:] == ["31", "589,40"]


def test_a_first_row_of_figures_under_a_header_of_words_is_no_wrapped_line_of_the_header(gen_dir, pdf_font):
    # figures under header words ("648765" under "NUMBER") do not end those cells as a term wraps under its cell:
    # the first row of figures is a row, not the header's second line
    path = gen_dir / "header_then_figures.pdf"
    xs = [50, 110, 170, 280, 360, 430]
    c = canvas.Canvas(str(path), pagesize=A4)
    y = top_row(c, pdf_font, 790, xs, {0: "NUMBER", 1: "TYPE", 2: "DBA NAME", 3: "ZIP", 4: "EXPIRES"})
    y += ROW_GAP - 1.5  # the rows set solid under the header, a wider gap between groups
    for k, (nr, name, zip_, exp) in enumerate([("648765", "ALLEGIANT AIR", "73159", "2014/12/03"),
                                               ("648766", "AIR WISCONSIN", "54915", "2015/01/10"),
                                               ("648767", "AMERICAN EAGLE", "75261", "2014/11/02"),
                                               ("648768", "ATLANTIC SOUTHEAST", "30354", "2015/02/14")]):
        y = top_row(c, pdf_font, y, xs, {0: nr, 1: "AAA", 2: name, 3: zip_, 4: exp}, right=(0,)) + ROW_GAP - 1.5
        if k == 1:
            y -= ROW_GAP
    c.showPage()
    c.save()
    (table,) = tables_of(read_pdf(path, "header_figures"))
    g = table.grid()
    assert g[0] == ["NUMBER", "TYPE", "DBA NAME", "ZIP", "EXPIRES"]
    assert g[1] == ["648765", "AAA", "ALLEGIANT AIR", "73159", "2014/12/03"]


def test_a_figure_broken_after_its_separator_or_under_a_cell_ending_on_a_slash_keeps_its_row(gen_dir, pdf_font):
    # "1.666." / "300": the break came right after the group separator; "63% /" / "11" / "cereri": the cell's text
    # goes on after the slash. Both lines under a row's first line are that row's wrapped lines, not a row
    path = gen_dir / "broken_after_separator.pdf"
    xs = [50, 110, 200, 250, 330, 400, 470]
    c = canvas.Canvas(str(path), pagesize=A4)
    y = top_row(c, pdf_font, 790, xs, {0: "Cod", 1: "Serviciul social", 2: "Tip", 3: "Grad de ocupare",
                                       4: "Buget CJ", 5: "Alte surse"})
    rows = [{0: "8790 -|CR-PFA-I", 1: "Centre|rezidențiale", 2: "public", 3: "63% /|11|cereri", 4: "440.60|0",
             5: "1.666.|300"},
            {0: "8720-CR-|AD-I", 1: "Centre de zi", 2: "privat", 3: "77% / 8|cereri", 4: "1.915.|500", 5: "-"},
            {0: "8891 CZ-C-I", 1: "Creșe", 2: "public", 3: "90%", 4: "12.300", 5: "-"}]
    for cells in rows:
        y = top_row(c, pdf_font, y, xs, cells, right=(4, 5))
    c.showPage()
    c.save()
    (table,) = tables_of(read_pdf(path, "broken_sep"))
    g = table.grid()
    assert [r[0] for r in g] == ["Cod", "8790 - CR-PFA-I", "8720-CR-AD-I", "8891 CZ-C-I"]
    assert g[1][3:] == ["63% / 11 cereri", "440.600", "1.666.300"]
    assert g[2][4] == "1.915.500"


def test_a_row_number_broken_after_its_digit_keeps_a_row_whose_every_cell_wraps(gen_dir, pdf_font):
    # narrow columns: the row number "1." broken as "1" / ".", and every other cell wrapped on the row's second
    # line too ("125 l" / "ocuri", "324." / "100 lei"): that line fills as many cells as the first, but the broken
    # number says it is the row's wrapped line (the row was read as two)
    path = gen_dir / "number_broken_every_cell.pdf"
    xs = [50, 62, 130, 170, 200, 232, 262, 300]
    c = canvas.Canvas(str(path), pagesize=A4)
    y = top_row(c, pdf_font, 790, xs, {0: "N|r.", 1: "Denumirea", 2: "Cod", 3: "Capa|citate", 4: "Tip", 5: "Grad",
                                       6: "Buget|local"})
    rows = [{0: "1|.", 1: "Centre de zi|pentru|orientarea", 2: "8891|CZ-C-|VII", 3: "125 l|ocuri", 4: "publi|c",
             5: "89,9|%", 6: "324.|100 lei"},
            {0: "2|.", 1: "Centre de|servicii", 2: "8899|CZ-D-II", 3: "192 l|ocuri", 4: "priva|t", 5: "60,5|%",
             6: "775.|400 lei"}]
    for cells in rows:
        y = top_row(c, pdf_font, y, xs, cells, right=(0, 5, 6))
    c.showPage()
    c.save()
    (table,) = tables_of(read_pdf(path, "number_broken"))
    g = table.grid()
    assert [r[0] for r in g[1:]] == ["1.", "2."]
    assert g[1][6].replace(" ", "") == "324.100lei" and g[2][1] == "Centre de servicii"


def _fragments(path, font, name: str, people: str) -> None:
    """Tables printed one row each under a repeated header, the row's cells set from its top; text under them."""
    xs = [50, 120, 180, 260, 320, 400, 470]
    head = {0: "Serviciul social", 1: "Cod", 2: "Locația", 3: "Nr. locuri", 4: "Beneficiari /|grad de ocupare",
            5: "Buget local"}
    c = canvas.Canvas(str(path), pagesize=A4)
    y = 790
    for row in ({0: name, 1: "8810 ID-I", 2: "str. Unirii|nr. 6", 3: "55", 4: people, 5: "128.700"},
                {0: "Centrul de zi", 1: "8810 CZ-V-I", 2: "str. Avram|Iancu nr. 51", 3: "43", 4: "39|beneficiari",
                 5: "355.000"}):
        y = top_row(c, font, y, xs, head)
        y = top_row(c, font, y, xs, row, right=(3, 4, 5)) - 6
    c.setFont(font, 10)
    c.drawString(50, y - 10, "Sumele sunt exprimate în lei.")
    c.showPage()
    c.save()


def test_a_name_wrapped_further_than_its_rows_other_cells_at_a_fragments_end_is_its_cell(gen_dir, pdf_font):
    # the name's last lines ("pentru" / "persoane" / "vârstnice") start at the table's left edge after every other
    # cell has ended: they go on with the name's line just above (they were left out as prose under the table)
    path = gen_dir / "name_wrapped_at_fragment_end.pdf"
    _fragments(path, pdf_font, "Serviciul de|îngrijire la|domiciliu|pentru|persoane|vârstnice", "36|beneficiari")
    doc = read_pdf(path, "name_end")
    first = tables_of(doc)[0]
    assert first.grid()[-1][:2] == ["Serviciul de îngrijire la domiciliu pentru persoane vârstnice", "8810 ID-I"]
    assert not [b for b in doc.blocks if not isinstance(b, Table) and "vârstnice" in b.text]


def test_a_figure_ending_a_cell_of_words_two_lines_down_stays_in_its_row(gen_dir, pdf_font):
    # "36" / "beneficiari" / "(65,5%)": the figure ends the cell's text so far ("36 beneficiari"), not the row's
    # first line's "36" (weighed against that line alone it made a row of figures, and the row was cut in two)
    path = gen_dir / "figure_two_lines_down.pdf"
    _fragments(path, pdf_font, "Serviciul de|îngrijire la|domiciliu", "36|beneficiari|(65,5%)")
    first = tables_of(read_pdf(path, "two_down"))[0]
    g = first.grid()
    assert g[-1][0] == "Serviciul de îngrijire la domiciliu" and g[-1][4] == "36 beneficiari (65,5%)"


def test_a_figure_broken_before_its_last_digit_and_its_unit_ron_keeps_its_row(gen_dir, pdf_font):
    # "1.439.80" / "0 RON" beside "29.500" / "RON": the figure's last digit and its unit (RON, as lei) on the
    # row's next line, the name's wrapped line beside them (the row was cut in two, its budget read "0 RON")
    path = gen_dir / "broken_ron.pdf"
    xs = [50, 190, 270, 330, 400, 470]
    c = canvas.Canvas(str(path), pagesize=A4)
    y = top_row(c, pdf_font, 790, xs, {0: "Denumirea serviciului", 1: "Cod", 2: "Nr. locuri", 3: "Bugetul|județean",
                                       4: "Contribuții"})
    for cells in ({0: "Centre de primire în regim|de urgență", 1: "8790|CR-VD-I", 2: "111", 3: "1.439.80|0 RON",
                   4: "29.500|RON"},
                  {0: "Centre maternale", 1: "8790 CR-MC-I", 2: "40", 3: "633.900 RON", 4: "-"}):
        y = top_row(c, pdf_font, y, xs, cells, right=(2, 3, 4))
    c.showPage()
    c.save()
    g = tables_of(read_pdf(path, "ron"))[0].grid()
    assert [r[0] for r in g] == ["Denumirea serviciului", "Centre de primire în regim de urgență", "Centre maternale"]
    assert g[1][3].replace(" ", "") == "1.439.800RON"


def test_a_total_whose_figures_break_before_their_last_groups_stays_one_row(gen_dir, pdf_font):
    # a total row in narrow columns, its label and figures broken for lack of room, one figure before its last two
    # groups ("18.43" / "6.500"): one row, the figures whole (the second line was a row of figures of its own)
    path = gen_dir / "total_broken_before_groups.pdf"
    xs = [50, 75, 175, 225, 260, 295]
    c = canvas.Canvas(str(path), pagesize=A4)
    y = top_row(c, pdf_font, 790, xs, {0: "Nr.", 1: "Serviciul social", 2: "Locuri", 3: "Buget", 4: "Plăți"})
    rows = [{0: "1.", 1: "Centrul de zi|pentru copii", 2: "39", 3: "447.9|00", 4: "398.2|00"},
            {0: "2.", 1: "Centrul|maternal", 2: "13", 3: "275.4|00", 4: "255.3|00"},
            {0: "TOTA|L", 2: "52", 3: "18.43|6.500", 4: "16.54|1.500"}]
    for cells in rows:
        y = top_row(c, pdf_font, y, xs, cells, right=(2, 3, 4))
    c.showPage()
    c.save()
    (table,) = tables_of(read_pdf(path, "total_before_groups"))
    g = [[c.replace(" ", "") for c in r] for r in table.grid()]
    assert g[-1] == ["TOTAL", "", "52", "18.436.500", "16.541.500"]
    assert len(g) == 4


def test_a_group_cells_sub_columns_set_a_rows_gap_under_the_header_stay_header_rows(gen_dir, pdf_font):
    """A header set from the top of its row in narrow columns, its group cell ("Bugetele estimate pe surse de
    finanțare, …") over two sub-columns set a row's gap further down, wrapped over lines of two cells ("Bugetul" |
    "Contrib" / "județea" | "uții per" / …, a county plan's layout): two of those cells stand under one header cell,
    so they are the header's wrapped lines, not the body's first rows (each line of them was a row of its own)."""
    size = 7.5
    # (x, y from the page's top, text) as the family's ruleless rendering sets them
    words = [(57.8, "Nr.", 0), (57.4, "cur", 1), (57.4, "ent", 2),
             (81.5, "Tipul și denumirea", 0), (81.9, "serviciului social", 1),
             (186.9, "Cod", 0), (186.9, "serviciu", 1), (186.9, "social", 2),
             (236.2, "Furnizorul serviciului", 0), (235.8, "social", 1),
             (340.8, "Capacit", 0), (340.8, "ate", 1), (383.1, "Nr. ben", 0), (382.8, "eficiari", 1),
             (382.8, "asistați", 2), (425.1, "Bugetele estimate", 0), (425.0, "pe surse de", 1),
             (424.5, "finanțare, pentru", 2), (424.7, "serviciile sociale", 3), (424.7, "existente", 4),
             (509.0, "Indicat", 0), (508.7, "ori de", 1), (509.0, "rezultat", 2)]
    subs = [(425.1, "Bugetul", 0), (424.2, "județea", 1), (425.0, "n (mii", 2), (425.0, "lei)", 3),
            (466.7, "Contrib", 0), (466.9, "uții per", 1), (466.7, "soane b", 2), (466.7, "eneficia", 3),
            (467.0, "re (mii", 4), (467.0, "lei)", 5)]
    rows = [[(57.8, "1.", 0), (93.5, "Adăposturi de noapte", 0), (100.7, "pentru copiii străzii,", 1),
             (91.0, "Calea Națională nr. 28", 2), (189.0, "8790-CR-", 0), (209.3, "C-III", 1),
             (236.2, "DGASPC Hunedoara", 0), (361.4, "77", 0), (403.3, "62", 0), (426.2, "2.210,4", 0),
             (450.0, "0", 1), (470.6, "578,50", 0), (508.7, "creșter", 0), (508.7, "ea grad", 1),
             (508.9, "ului de", 2), (508.7, "ocupar", 3), (508.7, "e", 4)],
            [(57.8, "2.", 0), (86.0, "Centre rezidențiale de", 0), (95.0, "îngrijiri paliative", 1),
             (189.0, "8710", 0), (189.0, "CRMS II", 1), (236.2, "Asociația Lumina", 0), (357.0, "167", 0),
             (399.0, "101", 0), (434.0, "59,00", 0), (470.6, "162,60", 0), (508.7, "creșter", 0),
             (508.7, "ea grad", 1), (508.9, "ului de", 2), (508.7, "ocupar", 3), (508.7, "e", 4)]]
    path = gen_dir / "sub_columns_under_a_gap.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont(pdf_font, size)
    height = A4[1]
    for top, group in ((218.8, words), (269.8, subs), (329.8, rows[0]), (380.8, rows[1])):
        for x, text, line in group:
            c.drawString(x, height - top - size - 9.0 * line, text)
    c.showPage()
    c.save()
    (table,) = tables_of(read_pdf(path, "subs"))
    g = table.grid()
    assert [r[0] for r in g] == ["Nr. curent", "", "1.", "2."]
    assert g[1][6] == "Bugetul județean (mii lei)" and g[1][7].startswith("Contribuții")


def test_lines_under_a_headers_group_cells_alone_are_its_sub_columns():
    """Under a header read from its gaps, the lines standing under its group cells alone are their sub-columns
    (a group cell over "Fonduri publice" | "Surse private", the first itself over "Bugetul" | "Transferuri" |
    "Contribuții" set a row's gap further down); lines reaching under a cell over no sub-columns ("plasament"
    under the name) are the body's."""
    from extractors.readers._pdf_bands import Band
    from extractors.readers._pdf_rows import _under_group_cells
    from extractors.readers._pdf_settings import STREAM

    def band(*runs: tuple[float, float]) -> Band:
        return Band([], 0, runs=[(a, b, []) for a, b in runs])

    header = [band((50, 80), (90, 200), (300, 360), (380, 545)), band((380, 470), (480, 545))]
    assert _under_group_cells(header, band((380, 410), (415, 440), (445, 470)), STREAM)
    assert not _under_group_cells(header, band((95, 150), (300, 340), (385, 410)), STREAM)
    assert not _under_group_cells(header[:1], band((95, 150), (300, 340)), STREAM)


def test_a_budget_code_broken_in_a_narrow_column_goes_on_its_row():
    """A thirteen-column table without rules (plan_county_annual_action 1041 office_plain): a budget
    classification's code broken for lack of room ("68.0" / "2.11", "68.0" / "2.05." / "02") goes on the code above
    as a figure's rest does; a figure under a cell ending on a joining sign ("63 /" / "87,5") goes on its cell; and a
    piece ending on its separator ("2.05.") says the row's figures are broken. Figures whole stay apart."""
    from extractors.readers._pdf_top_rows import _cut_figure, _ends_words

    assert _cut_figure("68.0", "2.11") and _cut_figure("68.0", "2.05.") and _cut_figure("68.02.05.", "02")
    assert not _cut_figure("68.02.11", "2.11") and not _cut_figure("68.02", "11.5")
    assert _ends_words("63 /") and _ends_words("str. Păcii") and not _ends_words("1.99")
