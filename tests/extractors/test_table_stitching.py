"""Table layer: stitching, which parts printed apart (over pages, under titles, headers printed again) are one table."""
from extractors.model import ListItem, Paragraph, Table
from extractors.readers.text import parse_text
from extractors.tables import repair_tables, resolve_tables, stitch_tables
from tables_kit import _single, _table


def test_a_table_whose_header_cites_an_act_after_a_one_row_table_is_a_table_of_its_own():
    # the header 'Cod serviciu (HG nr. 867/2015)' holds figures inside words: still a header, so the table under
    # the title is no continuation of the one-row table above it
    text = ("Anexa nr. 1 – Serviciile sociale existente\n\n"
            "Nr.\tDenumirea serviciului social\tCod serviciu\tCapacitate\tBuget local\n"
            "1.\tCentrul rezidențial Dumbrava\t8790 CR-PD-I\t71 locuri\t768.300\n\n"
            "ANEXA NR. 2 – Servicii sociale noi\n\n"
            "Nr. crt\tCod serviciu (HG nr. 867/2015)\tDenumire serviciu social\tCapacitate\tBuget local\n"
            "1.\t8730 - CR-V-III\tLocuințe protejate\t20\t100.200 lei\n"
            "2.\t8810CZ-V-I\tCentrul de zi Izvorul\t45\t154.800 lei\n")
    tables = resolve_tables(parse_text(text))
    assert [len(t.body) for t in tables] == [1, 2]
    assert tables[0].body[0][-1] == "768.300"


def test_table_continued_after_a_footnote_is_stitched_but_not_across_a_section_heading():
    text = ("C. Programul anual de contractare\n"
            "Nr. crt.\tObiect\tValoare\n1.\tServicii A\t100\n"
            "¹ Notă de subsol despre tabel.\n- o precizare\n"
            "2.\tServicii B\t200\n"
            "D. Programul de subvenționare\n"
            "3.\tAltceva\t300\n")
    stitched = stitch_tables(parse_text(text))
    assert len(stitched) == 2
    first = stitched[0][0]
    assert [r.texts()[0] for r in first.rows] == ["Nr. crt.", "1.", "2."]
    assert "table_stitched" in first.warnings
    assert [t.seq for t, _ in stitched] == [1, 2]


def test_same_header_after_a_subheading_is_a_new_table():
    text = ("a) cursuri de perfecționare\nCategoria de personal\tNr. de persoane\tBuget estimat\nAsistenți\t2\t100\n"
            "b) cursuri de calificare\nCategoria de personal\tNr. de persoane\tBuget estimat\nȘoferi\t1\t50\n")
    assert len(stitch_tables(parse_text(text))) == 2


def test_same_header_after_a_short_lettered_subitem_paragraph_is_a_new_table():
    # 'b. Cursuri de calificare' is short enough to pass for page furniture; a lettered sub-item still ends the table
    header = "Categoria de personal\tNr. de persoane\tBuget estimat (lei)\n"
    text = ("a. Cursuri de perfecționare\n" + header + "Asistenți sociali\t2\t1.000\n"
            "b. Cursuri de calificare\n" + header + "Îngrijitori\t4\t2.000\n")
    tables = stitch_tables(parse_text(text))
    assert [[r.texts()[0] for r in t.rows] for t, _ in tables] == [
        ["Categoria de personal", "Asistenți sociali"], ["Categoria de personal", "Îngrijitori"]]


def test_a_second_header_inside_one_grid_starts_a_new_table_placed_among_the_blocks(tmp_path):
    """A DOCX table that holds a second table's header row in its middle (labels of the first header, in other
    columns or reworded) is read as two tables; the second one has its own column labels and sits in the
    document's blocks where it was printed. A header merely repeated in its own columns stays one table."""
    docx = __import__("pytest").importorskip("docx")
    from extractors.readers.docx import read_docx

    d = docx.Document()
    d.add_paragraph("Activitatea serviciilor:")
    rows = [["Activitatea", "Număr beneficiari", "Serviciul"],
            ["Îngrijire la domiciliu", "29", "Serviciul A"],
            ["Activitatea", "Număr beneficiari", "Serviciul"],  # repeated in its own columns: no new table
            ["Înmormântare gratuită", "56", "Serviciul A"],
            ["Serviciul", "Alte activități", "Număr beneficiari/adrese"],
            ["Serviciul B", "Servicii de hrană la domiciliu", "38"],
            ["", "Cantina socială", "110"]]
    t = d.add_table(rows=len(rows), cols=3)
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            t.cell(r, c).text = text
    d.add_paragraph("Text după tabel.")
    path = tmp_path / "two_headers.docx"
    d.save(str(path))
    doc = read_docx(path, "t")
    repaired = repair_tables(doc.blocks)
    resolved = repaired.tables
    assert [rt.columns for rt in resolved] == [["Activitatea", "Număr beneficiari", "Serviciul"],
                                               ["Serviciul", "Alte activități", "Număr beneficiari/adrese"]]
    assert resolved[0].body[-1] == ["Înmormântare gratuită", "56", "Serviciul A"]
    assert resolved[1].body == [["Serviciul B", "Servicii de hrană la domiciliu", "38"], ["", "Cantina socială", "110"]]
    tables = [b for b in repaired.blocks if isinstance(b, Table)]
    assert [id(t) for t in tables] == [id(rt.table) for rt in resolved]
    assert repaired.blocks[-1].text == "Text după tabel."
    assert len([b for b in doc.blocks if isinstance(b, Table)]) == 1  # the reader's document is as read


def test_a_header_repeated_on_the_next_page_with_single_letter_labels_is_not_a_new_table():
    header = ["Nr. crt.", "Denumirea serviciului", "Capacitate", "A", "B"]
    first = _table([header, ["1.", "Centrul de zi Soare", "20", "100", "-"]], 5, page=1)
    second = _table([header, ["2.", "Cămin Lumina", "30", "200", "50"]], 5, page=2)
    (table, _), = stitch_tables([first, second])
    assert [r.cells[1].text for r in table.rows] == ["Denumirea serviciului", "Centrul de zi Soare", "Denumirea serviciului",
                                                     "Cămin Lumina"]


# ---------------------------------------------------------------- which parts are one table

_SERVICES_HEADER = "Nr. crt.\tDenumirea serviciului social\tCod serviciu\tNr. locuri\tBuget local (lei)\n"


def test_the_same_header_after_a_group_title_line_is_a_new_table_when_no_page_break_lies_between():
    # a text export (no pages) groups the services under short title lines, each group its own table under the
    # template's header printed again: the title is no page furniture, so each group stays a table of its own
    text = ("1. Servicii destinate copiilor\n" + _SERVICES_HEADER + "1.\tCentrul de zi A\t8891 CZ-C-I\t20\t100.000\n"
            "Persoane vârstnice\n" + _SERVICES_HEADER + "2.\tCentrul de zi B\t8810 CZ-V-I\t30\t200.000\n")
    tables = stitch_tables(parse_text(text))
    assert [[r.texts()[1] for r in t.rows] for t, _ in tables] == [
        ["Denumirea serviciului social", "Centrul de zi A"], ["Denumirea serviciului social", "Centrul de zi B"]]
    assert [b.text for b in tables[1][1]] == ["Persoane vârstnice"]


def test_the_same_header_on_the_next_page_under_a_running_title_continues_the_table_under_a_group_title_not():
    header = ["Nr. crt.", "Denumirea serviciului social", "Capacitate"]

    def parts(page_2):
        return (_table([header, ["1.", "Centrul de zi Soare", "20"]], 3, page=1),
                _table([header, ["2.", "Cămin Lumina", "30"]], 3, page=page_2))

    # a running title the reader left on every page (printed more than once) is page furniture
    first, second = parts(2)
    blocks = [Paragraph(text="Planul anual de acțiune 2024", page=1), first,
              Paragraph(text="Planul anual de acțiune 2024", page=2), second]
    (table, _), = stitch_tables(blocks)
    assert [r.cells[0].text for r in table.rows] == ["Nr. crt.", "1.", "Nr. crt.", "2."]
    # a group title printed once, over the part on the next page or on the same page, starts a table of its own
    for page_2 in (2, 1):
        first, second = parts(page_2)
        assert len(stitch_tables([first, Paragraph(text="Persoane vârstnice", page=page_2), second])) == 2
    # a text export keeps no pages: a running line printed over every page is furniture there too, a title not
    text = ("Planul anual de acțiune 2024\n1. Servicii destinate copiilor\n" + _SERVICES_HEADER
            + "1.\tCentrul de zi A\t8891 CZ-C-I\t20\t100.000\n"
            "Planul anual de acțiune 2024\n" + _SERVICES_HEADER + "2.\tCentrul de zi B\t8891 CZ-C-II\t30\t200.000\n")
    assert len(stitch_tables(parse_text(text))) == 1
    assert len(stitch_tables(parse_text(text.replace("Planul anual de acțiune 2024\n1.", "1.")))) == 2
    # the end of a cell's text fallen out between two parts ('nerambursabile') is no title: one table
    first, second = parts(1)
    assert len(stitch_tables([first, Paragraph(text="nerambursabile", page=1), second])) == 1
    # a page number between them is furniture wherever it stands
    first, second = parts(2)
    assert len(stitch_tables([first, Paragraph(text="Pagina 1 din 2", page=1), second])) == 1


def test_a_header_naming_a_period_column_is_a_header_not_a_row_of_values():
    # 'Perioada' over a column of periods is the column's label: the table after a section title line is a table
    # of its own, not rows of the table before it
    from extractors.tables.common import _row_is_headerish
    header = ["Nr. crt.", "Activitatea", "Perioada", "Grup țintă", "Responsabil"]
    below = [["1.", "Campanie de informare", "noiembrie 2019", "comunitatea", "S.P.A.S."],
             ["2.", "Ziua vârstnicilor", "1 octombrie 2019", "vârstnici", "S.P.A.S."]]
    assert _row_is_headerish(header, below)
    text = ("Subvenții acordate în baza Legii nr. 34/1998\n"
            "Nr. crt.\tAsociația\tCod serviciu\tNumăr beneficiari\tCuantum subvenție (lei/an)\n"
            "1.\tAsociația Caritas\t8891CZ-C-II\t39\t105.400\n"
            "Informarea publicului (art. 112 din Legea nr. 292/2011)\n"
            + "\t".join(header) + "\n" + "\n".join("\t".join(r) for r in below) + "\n")
    assert len(stitch_tables(parse_text(text))) == 2


def test_a_table_of_measures_going_on_over_a_page_break_without_its_header_is_stitched():
    # the part on the next page holds rows of words only (an objective, an action, a term, who, the result): on its
    # own its first row looks like a header, but under the columns of the table it may continue its term is a date
    # like theirs, a value: it goes on with that table (it was read as a table of its own, its first row as header)
    head = ["Obiectiv", "Acțiunea", "Termen", "Responsabili", "Rezultate"]
    first = _table([head,
                    ["Obiectiv 1: Creșterea accesului", "Evaluarea anuală", "31.12.2023", "Serviciul X", "Realizat"],
                    ["Obiectiv 1: Creșterea accesului", "Actualizarea procedurilor", "trim. IV 2023", "Biroul Y",
                     "Parțial realizat"],
                    ["Obiectiv 2. Prevenirea marginalizării", "Anchete sociale", "lunar", "Serviciul Z", "Realizat"]],
                   5, page=2)
    nxt = _table([["Obiectiv 3 – Dezvoltarea parteneriatelor", "Încheierea unui protocol de colaborare",
                   "trim. IV 2023", "D.A.S.", "Realizat – act semnat"],
                  ["Obiectivul 4: Formarea personalului", "Evaluarea personalului", "31.12.2023", "Serviciul X",
                   "Realizat"]], 5, page=3)
    table = _single([first, nxt])
    assert [r.texts()[0] for r in table.rows][-2:] == ["Obiectiv 3 – Dezvoltarea parteneriatelor",
                                                       "Obiectivul 4: Formarea personalului"]
    # the same header again after the page break is still the same table's, and a new table's header is not
    assert len(stitch_tables([first, _table([head, ["Obiectiv 3", "Acțiune", "lunar", "D.A.S.", "Realizat"]], 5,
                                            page=3)])) == 1
    other = ["Categoria de personal", "Cursuri", "Perioada", "Organizator", "Observații"]
    assert len(stitch_tables([first, Paragraph("Formarea personalului"),
                              _table([other, ["Asistenți", "2", "2024", "ANPIS", "-"]], 5, page=3)])) == 2


def test_a_table_printing_its_header_over_each_group_with_the_groups_label_between_is_one_table():
    """A plan of measures read from a PDF without rules: its header alone, a group label (a line of text), the header
    again over the group's rows, and so on. The labels are rows of the one table (a text export gives the same);
    after a row (not a header printed again) the same header under a line of text is still a new table."""
    header = ["Cod", "Activitatea", "Responsabil", "Resurse financiare estimate"]
    label = Paragraph(text="Obiectivul strategic 1: Dezvoltarea serviciilor de prevenire", page=4)
    blocks = [_table([header], 4, page=4), label, _table([header, ["1.1", "Închiderea centrului", "DAS", "1.103,5"]], 4, page=4),
              _table([header], 4, page=4), Paragraph(text="Obiectivul strategic 2: Creșterea calității vieții", page=4),
              _table([header, ["2.1", "Extinderea rețelei", "DAS", "1.199,6"]], 4, page=4),
              _table([header, ["TOTAL", "", "", "2.302,1"]], 4, page=4)]
    consumed: set[int] = set()
    (table, _), = stitch_tables(blocks, consumed=consumed)
    assert [r.cells[0].text for r in table.rows] == [
        "Cod", "Obiectivul strategic 1: Dezvoltarea serviciilor de prevenire", "Cod", "1.1", "Cod",
        "Obiectivul strategic 2: Creșterea calității vieții", "Cod", "2.1", "Cod", "TOTAL"]
    assert id(label) in consumed
    after_a_row = [_table([header, ["1.1", "Închiderea centrului", "DAS", "1.103,5"]], 4, page=4),
                   Paragraph(text="Tabelul 2. Măsuri propuse", page=4),
                   _table([header, ["2.1", "Extinderea rețelei", "DAS", "1.199,6"]], 4, page=4)]
    assert len(stitch_tables(after_a_row)) == 2


def test_a_header_left_at_a_pages_foot_over_its_first_groups_label_keeps_the_label_as_a_row():
    """The header alone at the foot of a page, the first group's label under it, the rows on the next page: the label
    is the first row of the table (not text between two parts); a page's running line there is no label."""
    header = ["Nr. crt.", "Serviciul social licențiat", "Codul serviciului social", "Nr. locuri"]
    rows = [["1.", "Centrul de zi „Floarea Soarelui”", "8810 CZ-V-I", "35"], ["2.", "Clubul seniorilor", "-", "37"]]
    label = Paragraph(text="Furnizori publici", page=7)
    (table, _), = stitch_tables([_table([header], 4, page=7), label, _table(rows, 4, page=8)])
    assert [r.cells[0].text for r in table.rows] == ["Nr. crt.", "Furnizori publici", "1.", "2."]
    footer = "Strategia de dezvoltare a serviciilor sociale – pagina {}"
    blocks = [Paragraph(text=footer.format(6), page=6), _table([header], 4, page=7),
              Paragraph(text=footer.format(7), page=7), _table(rows, 4, page=8)]
    (table, _), = stitch_tables(blocks)
    assert [r.cells[0].text for r in table.rows] == ["Nr. crt.", "1.", "2."]


def test_a_part_read_with_a_column_more_after_a_group_label_is_not_joined_to_the_header_before_it():
    """A part, the header printed again alone, a group label, then a part whose reader gave it a column more (a row
    number set apart from its column in a scan): its rows would fall into the wrong columns of the table before; it
    stays a table of its own."""
    header = ["Nr. crt.", "Cod", "Serviciul social", "Nr. locuri"]
    wider = _table([["Nr. crt.", "", "Cod", "Serviciul social", "Nr. locuri"], ["", "4.", "8899 CZ-VD-I", "Centrul", "41"]],
                   5, page=3)
    tables = stitch_tables([_table([header, ["3.", "8810 CZ-V-II", "Clubul seniorilor", "17"]], 4, page=3),
                            _table([header], 4, page=3), Paragraph(text="Servicii pentru persoane în risc", page=3), wider])
    assert [t.n_cols for t, _ in tables] == [4, 5]


def test_a_header_alone_at_a_pages_top_does_not_take_the_next_tables_header_on_the_same_page():
    # a word processor repeats a table's header at the top of a page with the rest of the cut row under it, then
    # the next section's title (short: it passes for furniture) and its own small table: a header cut by a page
    # break only ever goes on on the next page, so the section's table is a table of its own
    header = [["Nr. de", "Denumir", "Cod", "Buget"], ["ordine", "e serviciu social", "serviciu social", "local"]]
    law = [["Nr. crt", "Serviciul social finanțat", "Fonduri alocate"],
           ["1.", "Servicii pentru persoane fără adăpost", "213.500,00 RON"],
           ["2.", "Servicii de îngrijire la domiciliu", "238.400,00 RON"]]
    between = [Paragraph(text="de Colț”", page=4),
               ListItem(text="Finanțarea nerambursabilă a serviciilor sociale (Legea nr. 350/2005)", page=4)]
    tables = stitch_tables([_table(header, 4, page=4), *between, _table(law, 3, page=4)])
    assert [len(t.rows) for t, _ in tables] == [2, 3]
    # the header's lines cut by the page break, the rest of them over the next page's part: one table; so are a
    # header's lines read apart from the rest on one page, nothing between them
    for page in (3, 4):
        tables = stitch_tables([_table(header[:1], 4, page=page),
                                _table(header[1:] + [["1.", "Centrul", "8790", "5"]], 4, page=4)])
        assert len(tables) == 1


def test_a_header_of_two_rows_alone_then_a_group_label_then_the_header_over_a_row_is_one_table():
    # a table printed a row at a time under its header, the header first printed alone over the group's label: the
    # header's two rows (a group cell over sub-columns) end the part, the label between is its group's row
    head = [["Nr. crt.", "Centrul / serviciul", "Cod", "Buget aprobat 2024 (lei)", "Procent de realizare"],
            ["", "", "", "Plăți Trim. I", ""]]
    row = ["1.", "Serviciul de asistență maternală", "8790 SF-C", "464.700,00", "95,38"]
    blocks = [_table(head, 5, page=1), Paragraph(text="Servicii sociale destinate protecției copilului", page=1),
              _table(head + [row], 5, page=1)]
    (table, _), = stitch_tables(blocks)
    assert [r.cells[0].text for r in table.rows if r.cells] == [
        "Nr. crt.", "", "Servicii sociale destinate protecției copilului", "Nr. crt.", "", "1."]


def test_a_header_cut_by_the_page_whose_rest_cites_a_decree_is_one_table():
    # a word processor's ruled table printed a row at a time under its header: the header's top lines alone at a
    # page's foot, its rest on the next page over the first row; the rest names the decree of the codes ("u (HG nr.
    # 867/2015)", the end of "Cod serviciu (HG nr. 867/2015)"): words, no value, though it holds digits
    head = [["Nr.", "Cod servici", "Furnizor", "Buget"]]
    rest = [["", "u (HG nr. 867/2015)", "(denumire)", "local"], ["1.", "8790 CR-II", "Primăria Moieciu", "875.500"]]
    table = _single([_table(head, 4, page=1), _table(rest, 4, page=2)])
    assert table.grid()[0] == ["Nr.", "Cod servici u (HG nr. 867/2015)", "Furnizor (denumire)", "Buget local"]
    assert table.grid()[-1] == rest[-1]


def test_the_rest_of_a_header_printed_again_at_a_pages_foot_completes_it_over_the_next_pages_rows():
    # the header printed again over each row (a table a row), at the foot of page 5 cut by the page: its rest on
    # page 6 ("contact)", "an") glued to the cells above it gives the header's cells; the rest completes the header
    # printed again (dropped with it later) and the row under it is the table's (it was a table of its own, its
    # header "contact) | an", and the service lost)
    head = ["Nr.", "Furnizor (denumire, date de contact)", "Buget județean"]
    part = [head, ["1.", "Primăria Moieciu", "875.500"], ["Nr.", "Furnizor (denumire, date de", "Buget județe"]]
    rest = [["", "contact)", "an"], ["2.", "Asociația Izvorul", "593.900"]]
    table = _single([_table(part, 3, page=5), _table(rest, 3, page=6)])
    assert table.grid() == [head, part[1], head, rest[1]]
    # lines that do not complete the header's cells are no rest of it: a table of their own
    other = [["", "Centrul de zi", "lei"], ["2.", "Asociația Izvorul", "593.900"]]
    assert len(stitch_tables([_table(part, 3, page=5), _table(other, 3, page=6)])) == 2
