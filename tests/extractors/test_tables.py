"""Table layer: stitching, header paths, row repair."""
from extractors.model import Heading, ListItem, Paragraph
from extractors.readers.text import parse_text
from extractors.tables import column_paths, repair_rows, resolve_tables, split_header, stitch_tables


def test_header_cell_spanning_the_columns_below_becomes_a_path():
    header = [["Nr.", "Denumire", "Buget [mii lei]", "", ""], ["", "", "local", "de stat", "alte surse"]]
    assert column_paths(header, 5) == ["Nr.", "Denumire", "Buget [mii lei] / local", "Buget [mii lei] / de stat",
                                       "Buget [mii lei] / alte surse"]


def test_split_header_stops_at_the_first_data_row_or_group_heading():
    grid = [["Nr. crt.", "Denumire", "Capacitate"], ["Centre de zi", "", ""], ["1.", "Centrul A", "10"]]
    assert split_header(grid) == 1
    grid = [["Denumire", "Capacitate", ""], ["", "Nr. locuri", "Nr. benef./zi"], ["Centrul A", "10", "12"]]
    assert split_header(grid) == 2


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


def test_repair_drops_separators_and_repeated_headers_and_keeps_categories_and_footnotes_as_warnings():
    header = [["Nr.", "Denumire", "Capacitate"]]
    body = [["Centre de zi", "", ""], ["1.", "Centrul A¹", "10"], ["----", "---", "--"], ["Nr.", "Denumire", "Capacitate"],
            ["", "continuare nume", ""], ["2.", "Centrul B", "20"]]
    rows, warnings = repair_rows(body, [1, 2, 3, 4, 5, 6], [1, 1, 1, 2, 2, 2], header, key_col=0, name_col=1)
    assert [r.cells for r in rows] == [["1.", "Centrul A continuare nume", "10"], ["2.", "Centrul B", "20"]]
    assert rows[0].category == rows[1].category == "Centre de zi"
    assert {"footnote_marker_removed", "row_joined", "row_joined_across_page"} <= set(rows[0].warnings)
    assert warnings == ["repeated_header_dropped", "separator_row_dropped"]


def test_context_keeps_the_text_before_each_table():
    blocks = parse_text("A. Servicii existente\nText.\nNr.\tNume\n1.\tX\n")
    [rt] = resolve_tables(blocks)
    assert [type(b) for b in rt.context] == [Heading, Paragraph]
    assert rt.columns == ["Nr.", "Nume"] and rt.body == [["1.", "X"]]
    assert not isinstance(rt.context[-1], ListItem)
