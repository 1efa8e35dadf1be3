"""Table layer: where the header ends, its labels as column paths, and one judgement of "is this row data"."""
from extractors.model import Paragraph
from extractors.tables import column_paths, resolve_tables, split_header
from tables_kit import _table


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


def test_a_sub_label_under_a_group_header_printed_again_over_each_fragment_stays_a_header_level():
    # one source under the budget group: the sub-label is alone in its row; the header and the sub-label printed
    # again over each row's fragment are no words of the column below (its figures say the label is a header's)
    header = ["Nr. crt.", "Denumirea serviciului social", "Cod", "Bugetul alocat pe surse 2023–2024 (lei)"]
    sub = ["", "", "", "Buget local / CL"]
    rows = [["1.", "Centrul de zi A", "8810 CZ-V-II", "1.647.500,00"], ["2.", "Centrul de zi B", "8891 CZ-C-II",
                                                                       "1.390.400,00"],
            ["3.", "Cantina C", "8899 CPDH-I", "226.700,00"]]
    assert split_header([header, sub, rows[0], header, sub, rows[1], header, sub, rows[2]]) == 2
    # a group heading typed in the name column under the header stays the body's
    assert split_header([header, ["", "Centre de zi", "", ""], *rows]) == 1


def test_header_label_printed_above_its_table_is_put_back_into_the_header():
    blocks = [Paragraph("Parteneriate:"),
              _table([["Nr."]], 1), Paragraph("crt."),
              _table([["Act", "Partener", ("Obiect", 2, 2)], ["1.", "Protocol", "A", "Sprijin"]], 4)]
    [rt] = resolve_tables(blocks)
    assert rt.columns == ["Nr. crt.", "Act", "Partener", "Obiect"]
    assert rt.body == [["1.", "Protocol", "A", "Sprijin"]]
    assert [b.text for b in rt.context] == ["Parteneriate:"]


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
