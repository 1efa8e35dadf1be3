"""Table layer: stitching, header paths, row repair."""
from extractors.model import Cell, Heading, ListItem, Paragraph, Row, Table
from extractors.readers.text import parse_text
from extractors.tables import (body_flags, column_paths, logical_rows, repair_rows, repair_tables, resolve_tables, split_header,
                               stitch_tables)


def test_header_cell_spanning_the_columns_below_becomes_a_path():
    header = [["Nr.", "Denumire", "Buget [mii lei]", "", ""], ["", "", "local", "de stat", "alte surse"]]
    assert column_paths(header, 5) == ["Nr.", "Denumire", "Buget [mii lei] / local", "Buget [mii lei] / de stat",
                                       "Buget [mii lei] / alte surse"]


def test_split_header_stops_at_the_first_data_row_or_group_heading():
    grid = [["Nr. crt.", "Denumire", "Capacitate"], ["Centre de zi", "", ""], ["1.", "Centrul A", "10"]]
    assert split_header(grid) == 1
    grid = [["Denumire", "Capacitate", ""], ["", "Nr. locuri", "Nr. benef./zi"], ["Centrul A", "10", "12"]]
    assert split_header(grid) == 2
    # … and so is a lone '/' left of a label broken over rows
    grid = [["Nr.", "Denumire serviciu", "Grad de ocupare", "Buget"], ["", "", "/", "(lei)"],
            ["1.", "Centrul de zi", "87% / 3", "233.400"], ["2.", "Căminul", "66% / 3", "30.700"]]
    assert split_header(grid) == 2


def test_a_group_heading_typed_in_the_name_column_right_under_the_header_is_no_sub_label():
    # under its own column's label, but the cells below are names (text), not figures a sub-label would qualify
    grid = [["Nr.", "Cod serviciu", "Denumirea serviciului social", "Buget local"],
            ["", "", "Servicii sociale cu cazare", ""],
            ["1.", "8790 CR-II", "Centre de tranzit", "100"], ["2.", "8790 CR-V-I", "Cămine pentru vârstnici", "200"],
            ["3.", "8899 CZ-F-I", "Centre de zi pentru familie", "300"]]
    assert split_header(grid) == 1
    # a figure column's sub-label stays in the header
    grid = [["Nr.", "Denumire", "Capacitate", "Buget"], ["", "", "Nr. benef./zi", ""],
            ["1.", "Centrul A", "10", "100"], ["2.", "Centrul B", "12", "200"], ["3.", "Centrul C", "14", "300"]]
    assert split_header(grid) == 2
    # … in a table of one or two rows too (too few cells to type a column by a majority)
    grid = [["Nr. crt.", "Denumire", "Cod", "Capacitate"], ["", "Servicii sociale de zi", "", ""],
            ["1.", "Centrul de zi A", "8899 CZ-PN-I", "30"]]
    assert split_header(grid) == 1
    assert split_header([["Nr.", "Denumire", "Capacitate", "Buget"], ["", "", "Nr. benef./zi", ""],
                         ["1.", "Centrul A", "10", "100"]]) == 2


def test_a_header_citing_an_act_and_a_year_is_still_a_header():
    # 'Cod serviciu (HG nr. 867/2015)', 'Nr. beneficiari asistați în 2019': an act's number and a year are words
    # of the label, not figures of a data row
    grid = [["Nr. crt.", "Denumirea serviciului social", "Cod serviciu (HG nr. 867/2015)", "Număr maxim de beneficiari",
             "Nr. beneficiari asistați în 2019"],
            ["1.", "Creșe Vale", "8891CZ-C-I", "92", "97"]]
    assert split_header(grid) == 1


def test_a_header_row_is_judged_by_what_its_cells_are_not_by_a_digit_in_them():
    # a year labelling a column of counts, an act and a year inside labels: header words; a figure leading a cell,
    # a code, a '-' under a column of figures: values of a data row
    grid = [["Nr. crt.", "Indicator (conform HG nr. 797/2017)", "Realizat"], ["", "", "2019"],
            ["1.", "Anchete sociale", "394"], ["2.", "Dosare de alocații", "120"]]
    assert split_header(grid) == 2
    grid = [["Categoria de personal", "Nr. persoane", "Buget 2024 (lei)"], ["Personalul de specialitate", "-", "-"],
            ["Asistent social", "4", "2.000"], ["Psiholog", "2", "1.500"]]
    assert split_header(grid) == 1
    grid = [["Denumire", "Cod serviciu"], ["Centrul de zi", "8891 CZ-C-II"]]
    assert split_header(grid) == 1
    # a label wrapped over two rows, its figure on the second: the parenthesis it closes was opened above
    grid = [["Nr.", "Denumirea serviciului", "Cod serviciu (HG nr.", "Capacitate"], ["", "", "867/2015)", ""],
            ["1.", "Centrul de zi", "8891 CZ-C-II", "30"], ["2.", "Căminul", "8730 CR-V-I", "40"]]
    assert split_header(grid) == 2


def test_a_header_printed_again_over_each_fragment_is_no_content_its_own_words_are_judged_against():
    # headers whose words read as periods ('… lunar', '… pentru anul 2019'): the first fragment holds only a group
    # heading, and the header printed again under it must not make those words values of their columns
    header = ["Nr. crt.", "Asociația / Fundația", "Unitatea subvenționată", "Număr de beneficiari lunar",
              "Cuantum lunar per beneficiar (lei)", "Nr. luni", "Valoarea subvenției pentru anul 2019"]
    group = ["Copii și familii"] + [""] * 6
    row = ["1.", "Asociația Concordia", "Centrul maternal „Floare de Colț”", "14", "310", "12", "52.080,00 lei"]
    assert split_header([header, group, header, row, header, group, header, row]) == 1


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


# ---------------------------------------------------------------- tables the source broke into fragments

def _table(rows, n_cols, xs=None, top=100.0, page=None):
    """rows: lists of texts (one per column) or of (text, col, span); xs: column edges for bboxes."""
    out = []
    for r, cells in enumerate(rows):
        built = []
        for i, c in enumerate(cells):
            text, col, span = (c, i, 1) if isinstance(c, str) else c
            bbox = (xs[col], top + 20 * r, xs[col + span], top + 20 * (r + 1)) if xs else None
            built.append(Cell(text=text, col=col, col_span=span, bbox=bbox, page=page))
        out.append(Row(cells=built, page=page))
    bbox = (xs[0], top, xs[-1], top + 20 * len(rows)) if xs else None
    return Table(rows=out, n_cols=n_cols, page=page, bbox=bbox)


def _single(blocks):
    stitched = stitch_tables(blocks)
    assert len(stitched) == 1, [t.grid() for t, _ in stitched]
    return stitched[0][0]


def _fragmented_blocks():
    return [
        Paragraph("Acorduri încheiate:"),
        _table([["Nr.", "Act", "Partener", "Valabilitate"], ["1.", "Protocol", "Asociația A", "2021-2023"],
                ["2.", "Convenție", "Fundația", ""]], 4),
        Paragraph("Bună Vestire"),                               # the rest of row 2's partner cell
        _table([["2020-2022"], ["3.", "Acord"]], 2),             # row 2's last cell, then row 3 begun
        ListItem("2024", marker="01.05."),                       # a date read as a list marker: row 3's act
        _table([["Asociația C", "01.05.2022 -"]], 2),            # row 3 completed by a narrower fragment
        Paragraph("Text după tabel, fără legătură."),
    ]


def test_fragments_without_geometry_are_reassembled_and_stray_text_goes_back_into_its_cell():
    blocks = _fragmented_blocks()
    table = _single(blocks)
    assert table.grid() == [["Nr.", "Act", "Partener", "Valabilitate"],
                            ["1.", "Protocol", "Asociația A", "2021-2023"],
                            ["2.", "Convenție", "Fundația Bună Vestire", "2020-2022"],
                            ["3.", "Acord 01.05. 2024", "Asociația C", "01.05.2022 -"]]
    assert {"table_fragments_joined", "stray_text_restored"} <= set(table.warnings)
    # resolved for the extractors, the stray text is read once, in its cell, not again as a paragraph
    kept = repair_tables(_fragmented_blocks()).blocks
    texts = [getattr(b, "text", None) for b in kept]
    assert "Bună Vestire" not in texts and "Text după tabel, fără legătură." in texts


def test_rows_wrapped_inside_a_fragment_fill_the_columns_the_numbered_row_lacks():
    blocks = [
        _table([["Nr.", "Denumire", "Părți", "Perioada", "Obiect", "Observații"],
                ["1.", "Protocol", "X", "2022", "Sprijin", "-"], ["2.", "Acord", ""]], 6),
        Paragraph("Y"),
        _table([["2.1.2023", "Consiliere", "nu", "", ""],         # row 2 completed, left-packed
                ["3", "Acord", "Z", "", ""],
                ["2023", "Instruire", "-", "", ""]], 5),
    ]
    grid = _single(blocks).grid()
    assert grid[1:] == [["1.", "Protocol", "X", "2022", "Sprijin", "-"],
                        ["2.", "Acord", "Y", "2.1.2023", "Consiliere", "nu"],
                        ["3", "Acord", "Z", "2023", "Instruire", "-"]]


def test_fragments_with_geometry_follow_the_columns_they_are_printed_under():
    xs = [50, 80, 200, 300, 400]
    head = _table([["Nr.", "Act", "Partener", "Obiect"], ["1.", "Protocol", "A", "Sprijin"],
                   ["2.", "Acord", "", ""]], 4, xs=xs, page=3)
    # the continuation's one cell sits under 'Obiect' (not the next free column, 'Partener')
    tail = Table(rows=[Row(cells=[Cell("Consiliere", col=0, bbox=(305, 300, 395, 320), page=3)], page=3),
                       Row(cells=[Cell("3.", col=0, bbox=(50, 320, 80, 340), page=3),
                                  Cell("Convenție", col=1, bbox=(80, 320, 200, 340), page=3)], page=3)],
                 n_cols=2, page=3, bbox=(50, 300, 400, 340))
    # a stray line indented into the 'Partener' column goes there; one at the margin (its position says
    # nothing) to the column the next fragment leaves empty
    blocks = [head, Paragraph("Fundația B", page=3, bbox=(205, 250, 260, 262)), tail,
              Paragraph("Asociația C", page=3, bbox=(50, 345, 110, 357)),
              Table(rows=[Row(cells=[Cell("Instruire", col=0, bbox=(300, 360, 400, 380), page=3)], page=3)],
                    n_cols=1, page=3, bbox=(300, 360, 400, 380))]
    table = _single(blocks)
    assert table.grid()[1:] == [["1.", "Protocol", "A", "Sprijin"], ["2.", "Acord", "Fundația B", "Consiliere"],
                                ["3.", "Convenție", "Asociația C", "Instruire"]]
    assert table.rows[2].cells[3].bbox == (305, 300, 395, 320)


def test_a_stitched_table_holding_its_header_printed_again_is_reassembled_without_scrambling_it():
    """Two parts stitched (the header printed again over the second page), then a fragment that only carries on
    the numbering: the reflow keeps the repeated header as a row of its own (before, it was read as the rest of
    row 2, and every part lost its rows)."""
    head = ["Nr.", "Act", "Partener", "Obiect"]

    def blocks():
        return [_table([head, ["1.", "Protocol", "Asociația A", "Sprijin"],
                        ["2.", "Convenție", "Fundația B", "Consiliere"]], 4, page=1),
                _table([head, ["3.", "Acord", "Asociația C", "Instruire"], ["4.", "Contract", "", ""]], 4, page=2),
                Paragraph("Fundația D", page=2),
                _table([["Hrană"], ["5.", "Protocol"]], 2, page=2)]

    table = _single(blocks())
    assert table.grid() == [head, ["1.", "Protocol", "Asociația A", "Sprijin"],
                            ["2.", "Convenție", "Fundația B", "Consiliere"], head,
                            ["3.", "Acord", "Asociația C", "Instruire"], ["4.", "Contract", "Fundația D", "Hrană"],
                            ["5.", "Protocol", "", ""]]
    assert "table_fragments_joined" in table.warnings
    assert [(p.page, p.rows) for p in table.prov] == [(1, (0, 3)), (2, (3, 6)), (2, (6, 7))]
    [rt] = resolve_tables(blocks())
    assert body_flags(rt) == ["", "", "header", "", "", ""]


def test_header_label_printed_above_its_table_is_put_back_into_the_header():
    blocks = [Paragraph("Parteneriate:"),
              _table([["Nr."]], 1), Paragraph("crt."),
              _table([["Act", "Partener", ("Obiect", 2, 2)], ["1.", "Protocol", "A", "Sprijin"]], 4)]
    [rt] = resolve_tables(blocks)
    assert rt.columns == ["Nr. crt.", "Act", "Partener", "Obiect"]
    assert rt.body == [["1.", "Protocol", "A", "Sprijin"]]
    assert [b.text for b in rt.context] == ["Parteneriate:"]



def test_a_cells_list_printed_after_its_table_goes_back_into_the_row_with_the_grid_of_its_last_cells():
    """A conversion ended the table at a cell's bulleted list: the list printed after the table, the row's last
    cells ('360' | '269 lei/lună/') in a grid of their own after it. The list goes back into the cell that announces
    it, the grid's cells into the row's empty last cells: one row, as the text export reads it."""
    head = ["Serviciul", "Alte activități desfășurate", "Număr", "Sumă"]
    row = ["Centrul de recuperare", "Proceduri de reabilitare constând în:", "", ""]
    items = [ListItem("Kinetoterapie individuală sau de grup", marker="-"), ListItem("Magnetoterapie", marker="-")]
    consumed: set[int] = set()
    stitched = stitch_tables([_table([head, row], 4, page=3), *items, _table([["360", "269 lei/lună/"]], 2, page=3),
                              Paragraph("Alte rezultate obținute", page=3)], consumed=consumed)
    (table, _), = stitched
    assert table.grid() == [head, ["Centrul de recuperare", "Proceduri de reabilitare constând în: - Kinetoterapie "
                                   "individuală sau de grup - Magnetoterapie", "360", "269 lei/lună/"]]
    assert consumed == {id(b) for b in items}
    # a cell that announces nothing is no such row
    plain = ["Centrul de recuperare", "Proceduri de reabilitare", "", ""]
    assert len(stitch_tables([_table([head, plain], 4), *items, _table([["360", "269 lei"]], 2)])) == 2


def test_separate_tables_with_headers_stay_separate_even_when_the_first_ends_unfinished():
    blocks = [_table([["Nr.", "Denumire", "Capacitate", "Observații"], ["1.", "Centrul A", "10", ""]], 4),
              Paragraph("Alte servicii"),
              _table([["Denumire serviciu", "Cod"], ["Centrul B", "8899CZ-PN-V"]], 2)]
    assert len(stitch_tables(blocks)) == 2


def test_fragment_rules_stop_at_section_markers_restarted_numbering_and_long_text():
    first = [["Nr.", "Act", "Partener", "Obiect"], ["1.", "Protocol", "A", ""]]
    marker = [_table(first, 4), ListItem("Alte acorduri", marker="2."), _table([["Sprijin"]], 1)]
    assert len(stitch_tables(marker)) == 2
    restart = [_table(first, 4), Paragraph("Notă"), _table([["1.", "X"], ["2.", "Z"]], 2)]
    assert len(stitch_tables(restart)) == 2
    long_text = [_table(first, 4), Paragraph("Un paragraf lung. " * 30), _table([["Sprijin"]], 1)]
    assert len(stitch_tables(long_text)) == 2
    heading = [_table(first, 4), Heading("B. Servicii propuse"), _table([["Sprijin"]], 1)]
    assert len(stitch_tables(heading)) == 2


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


def test_a_paragraph_between_two_parts_of_a_table_after_a_cell_announcing_more_goes_back_into_that_cell():
    upper = _table([["Serviciul", "Activitate", "Număr"], ["", "Plasament familial", "80 copii din care:"]], 3)
    spilled = Paragraph(text="50 în plasament și 30 în tutelă")
    lower = _table([["", "Atestări", "12 persoane"]], 3)
    blocks = [upper, spilled, lower]
    repaired = repair_tables(blocks)
    rt = repaired.tables[0]
    assert rt.body[0] == ["", "Plasament familial", "80 copii din care: 50 în plasament și 30 în tutelă"]
    assert spilled not in repaired.blocks  # read once, in its cell
    assert blocks == [upper, spilled, lower] and upper.rows[-1].cells[-1].text == "80 copii din care:"  # as read
    # a cell that ends a statement keeps the paragraph after it in the text
    upper = _table([["Serviciul", "Activitate", "Număr"], ["", "Plasament familial", "80 copii"]], 3)
    note = Paragraph(text="Datele sunt provizorii.")
    blocks = [upper, note, _table([["", "Atestări", "12 persoane"]], 3)]
    assert note in repair_tables(blocks).blocks


def test_a_header_repeated_on_the_next_page_with_single_letter_labels_is_not_a_new_table():
    header = ["Nr. crt.", "Denumirea serviciului", "Capacitate", "A", "B"]
    first = _table([header, ["1.", "Centrul de zi Soare", "20", "100", "-"]], 5, page=1)
    second = _table([header, ["2.", "Cămin Lumina", "30", "200", "50"]], 5, page=2)
    (table, _), = stitch_tables([first, second])
    assert [r.cells[1].text for r in table.rows] == ["Denumirea serviciului", "Centrul de zi Soare", "Denumirea serviciului",
                                                     "Cămin Lumina"]


def test_a_header_row_of_years_is_a_header_not_data():
    grid = [["Categoria de beneficiari", "2022", "2023"], ["Copii cu dizabilități", "310", "325"]]
    assert split_header(grid) == 1
    assert split_header([["Copii", "2022", "2023"], ["Vârstnici", "310", "325"]]) == 1
    assert split_header([["Copii", "2023", "2022"], ["Vârstnici", "310", "325"]]) == 0  # not rising: figures


# ---------------------------------------------------------------- one judgement of "is this cell a value"

_BODY = [["Centrul de zi A", "30", "768.300"], ["Căminul B", "12", "120.000"], ["Centrul C", "8", "45.000"]]


def test_a_row_stating_none_under_typed_columns_looks_like_data_to_stitching_as_to_the_header_split():
    # '-' / 'nu este cazul' under columns of counts and money are values stated as none: the header split takes
    # the row for data, and so must the "looks like a header" test of stitching and fragments
    from extractors.tables.common import _row_is_headerish
    from extractors.tables.header import is_data_row
    for row in (["Centrul D", "-", "-"], ["Centrul D", "nu este cazul", "nu este cazul"]):
        assert is_data_row(row, 1, _BODY)
        assert not _row_is_headerish(row, _BODY)
    # a row of labels stays a header row for both
    labels = ["Denumire", "Capacitate", "Buget local"]
    assert not is_data_row(labels, 0, _BODY) and _row_is_headerish(labels, _BODY)


def test_the_end_of_a_label_wrapped_from_the_row_above_is_no_value_for_either_judgement():
    from extractors.tables.common import _row_is_headerish
    from extractors.tables.header import is_data_row
    row = ["", "867/2015)", "(lei)"]  # under 'Cod serviciu (HG nr.' | 'Buget'
    body = [["Centrul A", "8790 CR-D-II", "100"], ["Centrul B", "8899 CZ-F-I", "200"]]
    assert not is_data_row(row, 1, body)
    assert _row_is_headerish(row, body)


def test_a_fragment_completing_the_last_row_with_a_period_continues_the_table_whatever_the_rows_under_it():
    # its first row is packed to the left ('19.07.2021 - 19.07.2023' is row 2's period): the columns under it do not
    # line up with its cells, so their types say nothing of whether its cells are values
    blocks = [
        _table([["Nr.", "Act", "Părți", "Perioada", "Obiect"],
                ["1.", "Protocol", "X", "01.02.2021 - 01.02.2023", "Sprijin"], ["2.", "Acord", "Y"]], 5),
        Paragraph("Z"),
        _table([["19.07.2021 - 19.07.2023", "Campanii de informare", "", ""],
                ["3.", "Acord", "W", "01.03.2022 - 01.03.2024"],
                ["4.", "Convenție", "V", "01.04.2022 - 01.04.2024"],
                ["5.", "Protocol", "U", "01.05.2022 - 01.05.2024"]], 4),
    ]
    grid = _single(blocks).grid()
    assert grid[2] == ["2.", "Acord", "Y Z", "19.07.2021 - 19.07.2023", "Campanii de informare"]
    assert [r[0] for r in grid[3:]] == ["3.", "4.", "5."]


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
