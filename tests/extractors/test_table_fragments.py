"""Table layer: tables the source broke into fragments, reassembled with the stray text that fell out between them."""
from extractors.model import Cell, Heading, ListItem, Paragraph, Row, Table
from extractors.tables import body_flags, repair_tables, resolve_tables, stitch_tables
from tables_kit import _single, _table


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
