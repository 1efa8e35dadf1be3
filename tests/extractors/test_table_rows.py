"""Table layer: row repair (separators, repeated headers, group headings, wrapped and shifted rows), context."""
from extractors.model import Heading, ListItem, Paragraph
from extractors.readers.text import parse_text
from extractors.tables import logical_rows, repair_rows, resolve_tables
from tables_kit import _table


def test_repair_drops_separators_and_repeated_headers_and_keeps_categories_and_footnotes_as_warnings():
    header = [["Nr.", "Denumire", "Capacitate"]]
    body = [["Centre de zi", "", ""], ["1.", "Centrul A¹", "10"], ["----", "---", "--"], ["Nr.", "Denumire", "Capacitate"],
            ["", "continuare nume", ""], ["2.", "Centrul B", "20"]]
    rows, warnings = repair_rows(body, [1, 2, 3, 4, 5, 6], [1, 1, 1, 2, 2, 2], header, key_col=0, name_col=1)
    assert [r.cells for r in rows] == [["1.", "Centrul A continuare nume", "10"], ["2.", "Centrul B", "20"]]
    assert rows[0].category == rows[1].category == "Centre de zi"
    assert {"footnote_marker_removed", "row_joined", "row_joined_across_page"} <= set(rows[0].warnings)
    assert warnings == ["repeated_header_dropped", "separator_row_dropped"]


def test_a_group_heading_typed_in_a_column_of_codes_or_figures_is_a_heading_not_the_rest_of_a_row():
    # the row-number column keys the rows, the heading is typed in the code column between numbered rows: words
    # are no value of a column of codes, so they head the rows below instead of continuing the code above
    header = [["Nr.", "Cod serviciu", "Denumire", "Capacitate"]]
    body = [["1.", "8790 CR-D-VI", "Centrul A", "10"], ["2.", "8790 CR-V-I", "Căminul B", "20"],
            ["", "Servicii sociale de zi", "", ""],
            ["3.", "8899 CZ-PN-I", "Centrul C", "30"], ["4.", "8891 CZ-C-II", "Centrul D", "40"]]
    rows, _ = repair_rows(body, [1, 2, 3, 4, 5], [1] * 5, header, key_col=0, name_col=2)
    assert [r.cells[1] for r in rows] == ["8790 CR-D-VI", "8790 CR-V-I", "8899 CZ-PN-I", "8891 CZ-C-II"]
    assert [r.category for r in rows] == [None, None, "Servicii sociale de zi", "Servicii sociale de zi"]
    # a value wrapped onto a row of its own in a column of text still continues its row
    body[2] = ["", "", "(continuare)", ""]
    rows, _ = repair_rows(body, [1, 2, 3, 4, 5], [1] * 5, header, key_col=0, name_col=2)
    assert rows[1].cells[2] == "Căminul B (continuare)" and rows[2].category is None


def test_context_keeps_the_text_before_each_table():
    blocks = parse_text("A. Servicii existente\nText.\nNr.\tNume\n1.\tX\n")
    [rt] = resolve_tables(blocks)
    assert [type(b) for b in rt.context] == [Heading, Paragraph]
    assert rt.columns == ["Nr.", "Nume"] and rt.body == [["1.", "X"]]
    assert not isinstance(rt.context[-1], ListItem)


def test_rows_typed_one_column_left_are_moved_back_and_a_header_out_of_its_columns_is_read_in_order():
    from extractors.tables import realign_header_labels, realign_shifted_rows
    body = [["Compartimentul A", "Compartimentul A", "Compartimentul A"],  # a full-width group row
            ["Consiliere individuală", "14", ""],  # typed one column to the left
            ["", "Informare și orientare", "27"],
            ["", "Vizite la domiciliu", "9"],
            ["Compartimentul B", "Ancheta socială", "31"]]
    fixed, moved = realign_shifted_rows(body)
    assert moved == [1] and fixed[1] == ["", "Consiliere individuală", "14"]
    # a row that agrees with its columns as printed is left alone, even with empty cells at its end
    services = [["1", "Centrul de zi", "30", ""], ["2", "Cămin", "40", "12"], ["3", "Locuință protejată", "8", ""],
                ["4", "Adăpost", "25", "3"]]
    assert realign_shifted_rows(services) == (services, [])
    # a TOTAL row labelled in the row-number column, its notes cell empty, is where it belongs
    totals = services + [["TOTAL", "", "103", ""]]
    assert realign_shifted_rows(totals) == (totals, [])
    header = [["", "", "Compartimentul"], ["Activitatea", "Număr beneficiari", ""]]
    assert realign_header_labels(["Activitatea", "Număr beneficiari", "Compartimentul"], header, fixed) == [
        "Compartimentul", "Activitatea", "Număr beneficiari"]
    # labels that already fit their columns stay where they are
    assert realign_header_labels(["Compartimentul", "Activitatea", "Număr beneficiari"],
                                 [["Compartimentul", "Activitatea", "Număr beneficiari"]], fixed) == [
        "Compartimentul", "Activitatea", "Număr beneficiari"]


def test_a_realigned_row_says_so_on_its_logical_row():
    table = _table([["Compartimentul", "Activitatea", "Număr"],
                    [("Compartimentul A", 0, 3)],
                    ["Consiliere individuală", "14", ""],
                    ["", "Informare și orientare", "27"],
                    ["", "Vizite la domiciliu", "9"],
                    ["Compartimentul B", "Ancheta socială", "31"]], 3)
    rt = resolve_tables([table])[0]
    rows, _ = logical_rows(rt, key_col=None, name_col=1)
    realigned = [r.cells for r in rows if "row_realigned" in r.warnings]
    assert realigned == [["", "Consiliere individuală", "14"]]


def test_a_header_printed_again_under_a_group_heading_does_not_shift_the_row_under_it():
    # the rows of a table printed as fragments: header, group heading, the header again, the one service. The
    # header's copy is no data: counted as such it made every column "text" and moved the row one column right
    from extractors.readers.text import parse_text
    from extractors.tables import resolve_tables
    header = ("Nr. crt.\tServiciul social\tCod serviciu\tCapacitatea (nr. beneficiari)\tTip serviciu\t"
              "Bugetul estimat\t\tObservații\n"
              "\t\t\t\t\tSurse publice\tSurse private\t\n"
              "\t\t\t\t\tBugetul local\tContribuția beneficiarilor\t")
    text = "\n".join(["Plan anual", "", header, "Centre rezidențiale\t\t\t\t\t\t\t", header,
                      "1.\tAdăposturi de noapte\t8790-CR-PFA-II\t175\tprivat\t781.700 lei\t188.500 lei\t", ""])
    [rt] = [t for t in resolve_tables(parse_text(text)) if t.body]
    row = next(r for r in rt.body if "Adăposturi de noapte" in r)
    assert row[:4] == ["1.", "Adăposturi de noapte", "8790-CR-PFA-II", "175"]
    assert all("row_realigned" not in w for w in rt.body_warnings)


def test_a_code_broken_over_two_lines_of_its_key_column_is_one_row():
    # a table keyed by its code column (no row numbers), set without rules: a code too wide for its column is
    # broken after its CAEN or inside a part, and its second line comes out as a physical row of its own
    header = [["Denumire serviciu", "Cod serviciu", "Categorie beneficiari", "Capacitate", "Buget local"]]
    body = [["Centre maternale", "8790 CR-MC-I", "Mame cu copii", "26", "537.300 lei"],
            ["Centre de zi de", "8899 -", "Victime ale", "26", "312.300 lei"],
            ["integrare socială", "CZ-AD-II", "violenței domestice", "", ""],
            ["Servicii de îngrijire", "8810", "Persoane vârstnice", "40", "210.000 lei"],
            ["la domiciliu", "ID-IV", "", "", ""],
            ["Cantina socială", "8899 CPDH-I", "Persoane sărace", "80", "95.000 lei"]]
    rows, _ = repair_rows(body, list(range(1, 7)), [1] * 6, header, key_col=1, name_col=0)
    assert [(r.cells[0], r.cells[1]) for r in rows] == [
        ("Centre maternale", "8790 CR-MC-I"),
        ("Centre de zi de integrare socială", "8899 - CZ-AD-II"),
        ("Servicii de îngrijire la domiciliu", "8810 ID-IV"),
        ("Cantina socială", "8899 CPDH-I")]
    assert rows[1].cells[2] == "Victime ale violenței domestice"


def test_a_row_whose_cells_carry_on_the_unfinished_cells_above_is_part_of_that_row():
    # a row wrapped over three lines by a PDF without ruling lines: the name's next words start with a capital and
    # a date sits in the row, but the cells above stop mid-phrase ('acord de', 'nr. 7997 din', 'Servicii de') and
    # the cells below carry them on ('colaborare', '10.07.2017', 'recuperare pentru')
    header = [["Nr. crt.", "Organizația", "Tipul acordului", "Nr. și data", "Obiectul", "Valabilitate"]]
    body = [["1.", "Asociația Alfa", "convenție", "898/23.02.2019", "Sprijin material", "nedeterminată"],
            ["2.", "Asociația SOS", "acord de", "nr. 7997 din", "Servicii de", "3 ani"],
            ["", "Satele Copiilor", "colaborare", "10.07.2017", "recuperare pentru", ""],
            ["", "România", "", "", "copiii cu dizabilități", ""],
            ["", "Fundația Beta", "protocol", "12/01.02.2020", "Consiliere", "2 ani"]]
    rows, _ = repair_rows(body, [1, 2, 3, 4, 5], [1] * 5, header, key_col=0, name_col=1)
    assert [r.cells[1] for r in rows] == ["Asociația Alfa", "Asociația SOS Satele Copiilor România", "Fundația Beta"]
    assert rows[1].cells[3] == "nr. 7997 din 10.07.2017"


def test_a_figure_broken_by_the_page_break_that_cut_its_row_is_one_figure_again():
    # a row broken across a page in narrow columns: each budget's first pieces end page 1, the rest start page 2
    # ("874.3" / "00,00"); the pieces are glued back, words and whole figures are still joined with a space
    header = [["Nr.", "Denumire", "Buget județean", "Buget de stat", "Total", "Observații"]]
    body = [["1.", "Echipa", "874.3", "92.30", "1.313.600,", "finanțare"],
            ["", "mobilă", "00,00", "0,00", "00", "PNRR"],
            ["2.", "Locuința", "395.3", "55.10", "3.5", ""],
            ["", "protejată", "00", "0", "12", ""],
            ["2.", "Centrul", "1.250,00", "12", "1.262,00", "-"],
            ["", "de zi", "", "5", "", "2024"]]
    body[4][0] = "3."
    rows, _ = repair_rows(body, [1, 2, 3, 4, 5, 6], [1, 2, 2, 3, 3, 3], header, key_col=0, name_col=1)
    assert rows[0].cells == ["1.", "Echipa mobilă", "874.300,00", "92.300,00", "1.313.600,00", "finanțare PNRR"]
    # (figures without decimals: the rest starting with a zero is no figure of its own; "3.5" / "12" may be two)
    assert rows[1].cells == ["2.", "Locuința protejată", "395.300", "55.100", "3.5 12", ""]
    assert rows[2].cells == ["3.", "Centrul de zi", "1.250,00", "12 5", "1.262,00", "- 2024"]


def test_a_caption_printed_again_over_each_copy_of_the_header_is_no_group_heading():
    # a table printed a row at a time, its caption and header again over each (the first caption read as the line
    # before the table): the caption is part of the header printed again, its rows get no category from it; a
    # group heading that stands once is still one
    header = ["Nr. crt.", "Denumire serviciu social", "Cod", "Capacitate", "Copii prezenți"]
    caption = [("Date privind serviciile sociale", 0, 5)]
    table = _table([header, ["1.", "Centrul de zi Lumina", "8891 CZ-C-I", "26", "21"], caption, header,
                    [("Centre de zi pentru copii", 0, 5)], ["2.", "Centrul de consiliere Anina", "8891 CZ-C-II", "58", "55"],
                    caption, header, ["3.", "Centrul de zi Soare", "8891 CZ-C-I", "20", "18"]], 5)
    [rt] = resolve_tables([Paragraph("B. Servicii de zi"), Paragraph("Date privind serviciile sociale"), table])
    rows, _ = logical_rows(rt, key_col=0, name_col=1)
    assert [(r.cells[1], r.category) for r in rows] == [
        ("Centrul de zi Lumina", None), ("Centrul de consiliere Anina", "Centre de zi pentru copii"),
        ("Centrul de zi Soare", "Centre de zi pentru copii")]


def test_a_row_of_values_under_cells_merged_down_is_a_row_of_its_own_with_those_cells():
    # a subsidy per year: the association and its unit are printed once, merged down over the years' rows
    header = [["Nr. crt.", "Asociația", "Unitatea", "Anul", "Subvenția acordată (lei)"]]
    body = [["1.", "Fundația A", "Centrul de zi B", "2021", "66.600,00"], ["", "", "", "2022", "82.800,00"],
            ["2.", "Asociația C", "Cantina D", "2021", "12.000,00"]]
    rows, _ = repair_rows(body, [1, 2, 3], [1] * 3, header, key_col=0, name_col=2)
    assert [r.cells for r in rows] == [["1.", "Fundația A", "Centrul de zi B", "2021", "66.600,00"],
                                       ["1.", "Fundația A", "Centrul de zi B", "2022", "82.800,00"],
                                       ["2.", "Asociația C", "Cantina D", "2021", "12.000,00"]]
    # a wrapped row goes on with words: still the row above
    body[1] = ["", "", "„Sfântul Nicolae”", "", ""]
    rows, _ = repair_rows(body, [1, 2, 3], [1] * 3, header, key_col=0, name_col=2)
    assert rows[0].cells[2] == "Centrul de zi B „Sfântul Nicolae”" and len(rows) == 2


    # the rest holding groups of its own, the first piece no figure in its decimals' convention ("1.99" / "1.600,00",
    # a cell's first line ending the page); a whole figure in the same convention stays apart ("1,50" / "2.100,00")
    cut = [["1.", "Centrul", "1.99", "1,50"], ["", "de zi", "1.600,00", "2.100,00"]]
    rows, _ = repair_rows(cut, [1, 2], [1, 2], [["Nr.", "Denumire", "Buget", "Cost"]], key_col=0, name_col=1)
    assert rows[0].cells == ["1.", "Centrul de zi", "1.991.600,00", "1,50 2.100,00"]
