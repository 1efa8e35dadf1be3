"""Text reader: encodings, markup remnants and the three table encodings."""
from pathlib import Path

import pytest

from extractors.model import Heading, ListItem, Paragraph, ReaderError, Table
from extractors.readers.text import decode_bytes, parse_text, read_text

ROMANIAN = "Direcția Generală de Asistență Socială și Protecția Copilului — înființare, capacitate, țintă"


def tables(blocks):
    return [b for b in blocks if isinstance(b, Table)]


@pytest.mark.parametrize("encoding", ["cp1250", "iso-8859-2"])
def test_single_byte_romanian_code_pages_decode_to_romanian_letters(encoding):
    # both code pages put ş/ţ/ă/î/â on the same bytes, so either reading gives the same text
    text = "Asistenţă socială şi protecţie: ţară, şcoală, înfiinţare, câmp, Ştefan, Ţara"
    decoded, used, warnings = decode_bytes(text.encode(encoding))
    assert decoded == text
    assert used in ("cp1250", "iso-8859-2") and f"encoding_detected:{used}" in warnings


def test_cp1250_is_told_apart_by_its_typographic_quotes():
    # „ ” are 0x84/0x94 in cp1250 and control characters in ISO-8859-2
    text = "Centrul „Speranţa” – servicii sociale"
    decoded, used, _ = decode_bytes(text.encode("cp1250"))
    assert (decoded, used) == (text, "cp1250")


def test_utf8_with_bom_and_utf16_are_read():
    assert decode_bytes(("\ufeff" + ROMANIAN).encode("utf-8"))[:2] == (ROMANIAN, "utf-8-sig")
    assert decode_bytes(ROMANIAN.encode("utf-16"))[0] == ROMANIAN


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_read(encoding):
    text = ROMANIAN + "\n8899 CZ-F-I\tCantina socială\t120\n"
    assert decode_bytes(text.encode(encoding)) == (text, encoding, [f"encoding_detected:{encoding}"])


def test_zeros_between_one_repeated_byte_are_not_utf16():
    with pytest.raises(ReaderError) as err:
        decode_bytes(b"\x00\xff" * 500)
    assert err.value.reason == "binary_content"


def test_utf16_without_a_byte_order_mark_goes_to_the_text_reader(tmp_path):
    from extractors.readers import read_document

    path = tmp_path / "plan.txt"
    path.write_bytes((ROMANIAN + "\nPlanul anual de acțiune 2025\n").encode("utf-16-le"))
    doc = read_document(path, "x")
    assert doc.blocks[0].text == ROMANIAN


def test_binary_content_is_refused_with_a_reason():
    with pytest.raises(ReaderError) as err:
        decode_bytes(b"\x00\x01\x02" * 200)
    assert err.value.reason == "binary_content"


def test_a_zeroed_block_is_dropped_the_text_around_it_kept_and_the_loss_said(tmp_path):
    # a damaged copy: 4 KiB of a text export overwritten with zero bytes
    lines = [f"{i}. Centrul de zi pentru copii nr. {i}: capacitate {20 + i} locuri" for i in range(400)]
    data = bytearray("\n".join(lines).encode("utf-8"))
    data[6000:6000 + 4096] = bytes(4096)
    path = tmp_path / "plan.txt"
    path.write_bytes(bytes(data))
    doc = read_text(path, "x", str(path))
    text = "\n".join(b.text for b in doc.blocks if hasattr(b, "text"))
    assert "Centrul de zi pentru copii nr. 1: capacitate 21" in text and "copii nr. 399: capacitate 419" in text
    assert "\x00" not in text
    assert [w for w in doc.warnings if w.startswith("zeroed_blocks_removed")] == [
        "zeroed_blocks_removed: 4096 zero bytes in 1 block(s); what they held is lost"]


def test_scattered_zero_bytes_are_still_binary_content():
    with pytest.raises(ReaderError) as err:
        decode_bytes(b"\x00ab" * 400)
    assert err.value.reason == "binary_content"


def test_cedilla_is_folded_to_comma_below_and_markup_removed():
    blocks = parse_text("[bookmark: _Toc1]Protecţia **copilului** şi <b>familiei</b> [aici](http://x.ro) <http://y.ro>\n")
    assert isinstance(blocks[0], Paragraph)
    assert blocks[0].text == "Protecția copilului și familiei aici http://y.ro"


def test_headings_list_items_and_line_numbers():
    text = "# Titlu\n\nCAPITOLUL I Administrarea\nA. Serviciile sociale existente\n- 1) Convenție nr. 5/2020\n• punct\nText simplu.\n"
    blocks = parse_text(text)
    assert [type(b).__name__ for b in blocks] == ["Heading", "Heading", "Heading", "ListItem", "ListItem", "Paragraph"]
    assert [b.line for b in blocks] == [1, 3, 4, 5, 6, 7]
    assert blocks[0].text == "Titlu" and blocks[0].level == 1
    assert isinstance(blocks[3], ListItem) and blocks[3].marker == "-" and blocks[3].text.startswith("1) Convenție")


def test_tab_separated_rows_with_a_blank_line_inside_the_table():
    text = "Intro\n\nNr.\tDenumire\tCapacitate\n1.\tCentrul A\t10\n\n2.\tCentrul B\t20\nDupă tabel.\n"
    [table] = tables(parse_text(text))
    assert [r.texts() for r in table.rows] == [["Nr.", "Denumire", "Capacitate"], ["1.", "Centrul A", "10"],
                                               ["2.", "Centrul B", "20"]]
    assert [r.line for r in table.rows] == [3, 4, 6]


def test_tab_separated_rows_of_far_fewer_cells_after_a_blank_line_are_another_table():
    # a report's measures table, then after a blank line a small table of the actions by stage: two tables; a row
    # of a table that lost its trailing empty cells after a blank line stays in its table
    text = ("Obiectiv\tMăsuri\tTermen\tResponsabili\tRezultate\n"
            "Obiectiv 1\tAnchete sociale\tlunar\tDAS\t394 anchete\n"
            "Obiectiv 2\tPachete\tlunar\tDAS\t\n\n"
            "Obiectiv 3\tProtocol\tpermanent\n\n"
            "Stadiu\tNumăr acțiuni\nRealizate\t16\nParțial realizate\t1\nTotal\t17\n")
    first, second = tables(parse_text(text))
    assert [r.texts()[0] for r in first.rows] == ["Obiectiv", "Obiectiv 1", "Obiectiv 2", "Obiectiv 3"]
    assert [r.texts() for r in second.rows] == [["Stadiu", "Număr acțiuni"], ["Realizate", "16"],
                                                ["Parțial realizate", "1"], ["Total", "17"]]


def test_one_cell_per_line_with_wrapped_cells_and_blank_lines_inside_a_row():
    text = ("Tabel:\n\n\tNr.\n\ncrt.\n\tDenumire\n\tPărți\n\tPerioada\n\n"
            "\t1.\n\tProtocol\n\tDGASMB/\n\nAsociația X\n\n\n\t01.01.2021 - 01.01.2023\n\n"
            "\t2.\n\tAcord\n\n\n\tFundația Y\n\t2022\n\n\nParagraf după tabel.\n")
    blocks = parse_text(text)
    [table] = tables(blocks)
    rows = [r.texts() for r in table.rows]
    # the cell split over a blank line is one cell; a row broken by blank lines is one row
    assert rows[0] == ["Nr. crt.", "Denumire", "Părți", "Perioada"]
    assert rows[1][0] == "1." and rows[1][2] == "DGASMB/ Asociația X" and rows[1][3] == "01.01.2021 - 01.01.2023"
    assert rows[2] == ["2.", "Acord", "Fundația Y", "2022"]
    assert isinstance(blocks[-1], Paragraph) and blocks[-1].text == "Paragraf după tabel."


def test_one_cell_per_line_header_of_far_fewer_cells_after_a_complete_row_starts_another_table():
    # a report's measures table, then its small table of actions by stage: two tables
    text = ("Intro\n\n\tObiectiv\n\tMăsuri\n\tTermen\n\tResponsabili\n\tRezultate\n\n"
            "\tObiectiv 1\n\tAnchete sociale\n\tlunar\n\tDAS\n\t394 anchete\n\n\n"
            "\tStadiu\n\tNumăr acțiuni\n\n\tRealizate\n\t16\n\n\tParțial realizate\n\t1\n\n\n"
            "După tabel.\n")
    first, second = tables(parse_text(text))
    assert [r.texts()[0] for r in first.rows] == ["Obiectiv", "Obiectiv 1"]
    assert [r.texts() for r in second.rows] == [["Stadiu", "Număr acțiuni"], ["Realizate", "16"],
                                                ["Parțial realizate", "1"]]


def test_one_cell_per_line_keeps_empty_cells_aligned():
    text = "\tA\n\tB\n\tC\n\n\t\n\tb1\n\tc1\n\n\t1\n\t2\n\t3\n"
    [table] = tables(parse_text(text))
    assert [r.texts() for r in table.rows] == [["A", "B", "C"], ["", "b1", "c1"], ["1", "2", "3"]]


def test_pipe_table_with_rule_line():
    text = "| Nr. | Denumire | Buget |\n|---|---|---:|\n| 1 | Centrul \\| Z | 1.000 |\n| 2 | Cantina | - |\n"
    [table] = tables(parse_text(text))
    assert [r.texts() for r in table.rows] == [["Nr.", "Denumire", "Buget"], ["1", "Centrul | Z", "1.000"],
                                               ["2", "Cantina", "-"]]


def test_read_text_refuses_an_empty_file(tmp_path: Path):
    p = tmp_path / "gol.txt"
    p.write_bytes(b"  \n\n")
    with pytest.raises(ReaderError) as err:
        read_text(p, "id", "gol.txt")
    assert err.value.reason == "empty_file"


def test_read_text_reports_the_encoding(tmp_path: Path):
    p = tmp_path / "plan.txt"
    p.write_bytes("Planul anual de acţiune\nA. Serviciile sociale existente\n".encode("cp1250"))
    doc = read_text(p, "id", "plan.txt")
    assert doc.encoding == "cp1250"
    assert isinstance(doc.blocks[0], Paragraph) and doc.blocks[0].text == "Planul anual de acțiune"
    assert isinstance(doc.blocks[1], Heading)


def test_a_title_after_two_blank_lines_ends_a_one_cell_per_line_table():
    text = ("\tNr.\n\tServiciu\n\tPersonal\n\n\t1\n\tCentrul A\n\t21\n\n\n\nDate statistice privind activitatea\n"
            "\tServiciul\n\tActivitatea\n\tIndicator\n\n\tCentrul A\n\tConsiliere\n\t40\n")
    blocks = parse_text(text)
    first, title, second = blocks
    assert [r.texts() for r in first.rows] == [["Nr.", "Serviciu", "Personal"], ["1", "Centrul A", "21"]]
    assert isinstance(title, Paragraph) and title.text == "Date statistice privind activitatea"
    assert [r.texts() for r in second.rows][0] == ["Serviciul", "Activitatea", "Indicator"]


def test_a_bookmark_remnant_with_its_tab_does_not_turn_one_cell_per_line_rows_into_tab_rows():
    text = ("Activitățile serviciilor:\n"
            "\t[bookmark: _Hlk7]\tServiciul\n\tActivitatea\n\tNumăr\n\n"
            "\tServiciul Alfa\n\n"
            "\tConsiliere\n\t12\n\n"
            "\t\n\tInformare\n\t30\n")
    tables = [b for b in parse_text(text) if isinstance(b, Table)]
    assert len(tables) == 1
    assert [[c.text for c in r.cells] for r in tables[0].rows] == [
        ["Serviciul", "Activitatea", "Număr"], ["Serviciul Alfa", "Consiliere", "12"], ["", "Informare", "30"]]


def test_one_cell_per_line_group_heading_before_numbered_rows_is_a_row_of_its_own():
    text = ("Servicii existente:\n"
            "\tNr. crt.\n\tDenumire\n\tCapacitate\n\n"
            "\tCentre rezidențiale\n\n"
            "\t1.\n\tCămin Alfa\n\t40\n\n"
            "\t2.\n\tCămin Beta\n\t25\n\n"
            "\tServicii la domiciliu\n\n"
            "\t3.\n\tÎngrijire Gama\n\t10\n")
    table = next(b for b in parse_text(text) if isinstance(b, Table))
    assert table.n_cols == 3
    assert [[c.text for c in r.cells] for r in table.rows] == [
        ["Nr. crt.", "Denumire", "Capacitate"], ["Centre rezidențiale"], ["1.", "Cămin Alfa", "40"],
        ["2.", "Cămin Beta", "25"], ["Servicii la domiciliu"], ["3.", "Îngrijire Gama", "10"]]


def test_one_cell_per_line_group_heading_under_a_header_printed_again_is_a_row_of_its_own():
    # a table printed as fragments: the header again over every fragment, a group heading alone between the
    # header and the header printed again — the heading is no extra column of the header
    header = "\tNr. crt.\n\tDenumire\n\tCapacitate\n\n"
    text = ("Servicii existente:\n" + header + "\tCentre rezidențiale\n\n" + header + "\t1.\n\tCămin Alfa\n\t40\n\n"
            + header + "\tServicii de zi\n\n" + header + "\t2.\n\tCentrul Beta\n\t25\n\n"
            + header + "\tServicii la domiciliu\n\n" + header + "\t3.\n\tÎngrijire Gama\n\t10\n")
    table = next(b for b in parse_text(text) if isinstance(b, Table))
    assert table.n_cols == 3
    rows = [[c.text for c in r.cells] for r in table.rows]
    assert ["Centre rezidențiale"] in rows and ["Servicii de zi"] in rows and ["Servicii la domiciliu"] in rows


def _cells(*rows: list[str], blank_lines: int = 1) -> str:
    """A one-cell-per-line export: every cell on its own tab-prefixed line, blank lines after every row."""
    return "".join("".join(f"\t{c}\n" for c in r) + "\n" * blank_lines for r in rows)


@pytest.mark.parametrize("numbered", [True, False])
def test_one_cell_per_line_group_heading_before_a_two_row_header_printed_again_stays_a_row_of_its_own(numbered):
    # a table printed as fragments, the header's two rows again over each: its first row is shorter than the
    # table (the budget group spans the last columns, their empty cells not exported), so a group heading and
    # that header row would fit in one row; the header printed again is a row of its own, with or without row
    # numbers (a table whose first column is the service code)
    lead = ["Nr."] if numbered else []
    blank = [""] if numbered else []
    header = _cells(lead + ["Cod", "Serviciul social", "Bugete estimate (lei)"],
                    blank + ["", "", "Bugetul local", "Buget județean"])
    row1 = (["1."] if numbered else []) + ["8790 CR-V-I", "Cămin Alfa", "300,4", "12"]
    row2 = (["2."] if numbered else []) + ["8899 CZ-PN-I", "Centrul Beta", "25", "-"]
    text = ("Servicii existente:\n" + header + _cells(["Servicii sociale cu cazare"], blank_lines=2)
            + header + _cells(row1, blank_lines=2) + header + _cells(["Servicii sociale de zi"], blank_lines=2)
            + header + _cells(row2))
    table = next(b for b in parse_text(text) if isinstance(b, Table))
    rows = [[c.text for c in r.cells] for r in table.rows]
    assert table.n_cols == len(row1)
    assert ["Servicii sociale cu cazare"] in rows and ["Servicii sociale de zi"] in rows
    assert row1 in rows and row2 in rows
    assert rows.count(lead + ["Cod", "Serviciul social", "Bugete estimate (lei)"]) == 4


def test_one_cell_per_line_rows_that_repeat_each_other_are_no_header_printed_again():
    # two equal rows of labels in a table without row numbers (an exporter leaving out trailing empty cells):
    # rows of their own, the header is not cut there
    text = "Cursuri:\n" + _cells(["Categoria de personal", "Forma de pregătire", "Observații"],
                                 ["Asistent social", "perfecționare"], ["Asistent social", "perfecționare"],
                                 ["Îngrijitor", "instruire", "lunar"])
    table = next(b for b in parse_text(text) if isinstance(b, Table))
    assert [[c.text for c in r.cells] for r in table.rows] == [
        ["Categoria de personal", "Forma de pregătire", "Observații"], ["Asistent social", "perfecționare"],
        ["Asistent social", "perfecționare"], ["Îngrijitor", "instruire", "lunar"]]


# ---------------------------------------------------------------- <br> in markdown (R3-8)

@pytest.mark.parametrize("br", ["<br>", "<br/>", "<br />", "<BR>", "</br>"])
def test_br_inside_a_pipe_cell_is_a_line_break_joined_with_a_space(br):
    text = (f"| Nr. | Denumire | Capacitate |\n|:---|:---|---:|\n"
            f"| 1. | Centrul de zi{br}„Aeroport” | 40 |\n| 2. | **Cantina**{br}**socială** | 25 |\n")
    [table] = tables(parse_text(text))
    assert [r.texts() for r in table.rows][1:] == [["1.", "Centrul de zi „Aeroport”", "40"],
                                                   ["2.", "Cantina socială", "25"]]


def test_br_in_a_text_line_starts_a_new_block_on_the_same_line():
    blocks = parse_text("Intro\nCentrul de zi<br/>„Aeroport” Otopeni\n")
    assert [(type(b).__name__, b.text, b.line) for b in blocks] == [
        ("Paragraph", "Intro", 1), ("Paragraph", "Centrul de zi", 2), ("Paragraph", "„Aeroport” Otopeni", 2)]


# ---------------------------------------------------------------- fixed-width tables (R3-9)

FIXED = (
    "A. Serviciile sociale existente\n"
    "\n"
    "Nr. crt.   Cod serviciu   Denumirea serviciului social          Capacitate   Buget local (lei)\n"
    "--------   ------------   -----------------------------------   ----------   -----------------\n"
    "1.         8810 ID-I      Îngrijire la domiciliu Bolintin               16              97.350\n"
    "2.         8899 CPDH-I    Cantina socială Malu Spart                    40             152.800\n"
    "\n"
    "După tabel.\n"
)


def test_fixed_width_table_with_a_dashed_rule_is_cut_at_its_columns():
    blocks = parse_text(FIXED)
    [table] = tables(blocks)
    assert [r.texts() for r in table.rows] == [
        ["Nr. crt.", "Cod serviciu", "Denumirea serviciului social", "Capacitate", "Buget local (lei)"],
        ["1.", "8810 ID-I", "Îngrijire la domiciliu Bolintin", "16", "97.350"],
        ["2.", "8899 CPDH-I", "Cantina socială Malu Spart", "40", "152.800"]]
    assert [r.line for r in table.rows] == [3, 5, 6]
    assert isinstance(blocks[0], Heading) and isinstance(blocks[-1], Paragraph) and blocks[-1].text == "După tabel."
    assert not [b for b in blocks if isinstance(b, ListItem)]


def test_fixed_width_table_without_rule_with_wrapped_cell_text_and_prose_around():
    text = ("Cursuri de perfecționare planificate:\n"
            "Nr.   Personalul de specialitate   Nr. persoane   Buget estimat\n"
            "1.    Asistent social                         1       1.800 lei\n"
            "2.    Îngrijitor la domiciliu                 4       3.600 lei\n"
            "      pentru persoane vârstnice\n"
            "3.    Psiholog                                2       2.400 lei\n"
            "Bugetul se aprobă anual.\n")
    blocks = parse_text(text)
    [table] = tables(blocks)
    assert [r.texts() for r in table.rows] == [
        ["Nr.", "Personalul de specialitate", "Nr. persoane", "Buget estimat"],
        ["1.", "Asistent social", "1", "1.800 lei"],
        ["2.", "Îngrijitor la domiciliu pentru persoane vârstnice", "4", "3.600 lei"],
        ["3.", "Psiholog", "2", "2.400 lei"]]
    assert [r.line for r in table.rows] == [2, 3, 4, 6]
    assert blocks[0].text == "Cursuri de perfecționare planificate:" and blocks[-1].text == "Bugetul se aprobă anual."


def test_fixed_width_table_is_found_after_a_prose_line_with_a_double_space():
    text = ("Situația  serviciilor este următoarea:\n"
            "Nr.   Serviciu             Capacitate\n"
            "1.    Centrul de zi                40\n"
            "2.    Cantina socială              25\n")
    blocks = parse_text(text)
    assert isinstance(blocks[0], Paragraph) and blocks[0].text == "Situația serviciilor este următoarea:"
    [table] = tables(blocks)
    assert [r.texts() for r in table.rows] == [["Nr.", "Serviciu", "Capacitate"], ["1.", "Centrul de zi", "40"],
                                               ["2.", "Cantina socială", "25"]]


@pytest.mark.parametrize("text", [
    # justified prose with double spaces, two of them lining up over three lines (columns 10 and 30)
    ("Serviciile  sociale  se acordă  la  cerere  sau  din  oficiu\n"
     "asistentul  social  al  public  de  asistență  socială  local,\n"
     "familiilor  și vârstnicilor în  dificultate  conform  legii.\n"),
    ("Serviciile  sociale  sunt  furnizate  de  furnizori  publici  și  privați,\n"
     "acreditați  în  condițiile  legii,  pe  baza  unui  contract  încheiat  cu\n"
     "beneficiarul  sau  cu  reprezentantul  legal  al  acestuia,  în  funcție  de\n"
     "nevoile  identificate  prin  evaluarea  socială  și  planul  de  intervenție.\n"),
    ("Consiliul Local  aprobă anual planul de acțiune  privind serviciile sociale\n"
     "administrate și  finanțate din bugetul local, la  propunerea serviciului\n"
     "public de asistență  socială, după consultarea  furnizorilor privați de\n"
     "servicii sociale  acreditați  care activează pe  raza unității.\n"),
    # a bullet list and a numbered list whose numbers are aligned
    "-  Centrul de zi pentru copii\n-  Cantina socială\n-  Îngrijire la domiciliu\n",
    (" 1.  Evaluarea nevoilor sociale ale comunității\n"
     " 2.  Dezvoltarea serviciilor de îngrijire la domiciliu\n"
     "     pentru persoanele vârstnice dependente\n"
     "10.  Consolidarea parteneriatelor cu furnizorii privați\n"),
    # indented paragraphs and aligned key/value lines
    ("     Având în vedere prevederile art. 118 din Legea nr. 292/2011 a asistenței\n"
     "sociale, cu modificările și completările ulterioare,\n"
     "     Consiliul Local adoptă prezenta hotărâre.\n"),
    "Capacitate:        40 locuri\nBeneficiari:       35 persoane\nBuget:             120.000 lei\n",
])
def test_prose_lists_and_indented_paragraphs_are_not_fixed_width_tables(text):
    blocks = parse_text(text)
    assert not tables(blocks)
    assert len(blocks) == text.count("\n")


def test_two_column_fixed_width_table_needs_its_rule_line():
    rows = "Beneficiari             35\nPersonal angajat        12\n"
    assert not tables(parse_text("Indicator          Valoare\n" + rows))
    [table] = tables(parse_text("Indicator          Valoare\n---------          -------\n" + rows))
    assert [r.texts() for r in table.rows] == [["Indicator", "Valoare"], ["Beneficiari", "35"],
                                               ["Personal angajat", "12"]]


# ---------------------------------------------------------------- one-cell-per-line plans (issue 19)

PLAN_CELLS = (
    "A. Serviciile sociale existente\n\n"
    + _cells(["Nr. crt.", "Cod serviciu", "Denumirea serviciului", "Bugetele estimate [lei]", ""],
             ["", "", "", "Buget local", "Buget de stat"],
             ["Servicii sociale cu cazare", "", "", "", ""],
             ["1.", "8790 CR-D-VI", "Centrul respiro", "4.131", "-"],
             ["Servicii sociale de zi", "", "", "", ""],
             ["2.", "8899 CZ-PN-I", "Centrul de zi", "480", ""],
             ["3.", "8891-CZ-C-VI", "Centrul de zi pentru copii", "171", "331"])
    + "B. Servicii sociale propuse spre a fi înființate\n\n"
    + _cells(["Denumirea serviciului social propus", "Cod serviciu social", "Capacitate", "Buget local estimat (lei)"],
             ["Centrul multifuncțional", "8790 CRT-I", "24", "440.258"])
    + "C. Programul anual de contractare a serviciilor sociale\n\n"
    + _cells(["Nr. crt.", "Obiectul contractului", "Cod CPV", "Valoarea estimată (lei fără TVA)", "Procedura"],
             ["1.", "Servicii sociale la domiciliu", "85312000-9", "2.634.663", "Achiziție directă"])
    + "a. Cursuri de perfecționare\n\n"
    + _cells(["Nr. crt.", "Categoria de personal", "Nr. persoane", "Buget estimat"],
             ["1.", "Îngrijitor", "19", "11.600 lei"],
             ["", "TOTAL", "19", "11.600 lei"])
    + "b. Cursuri de calificare\n\n"
    + _cells(["Nr. crt.", "Categoria de personal", "Nr. persoane", "Buget estimat"],
             ["1.", "Psiholog", "11", "28.000 lei"],
             ["2.", "Referent", "22", "33.800 lei"],
             ["", "TOTAL", "33", "61.800 lei"])
)


def test_one_cell_per_line_tables_are_told_apart_at_the_titles_between_them():
    blocks = parse_text(PLAN_CELLS)
    kinds = [b.kind for b in blocks]
    assert kinds == ["heading", "table", "heading", "table", "heading", "table", "paragraph", "table",
                     "paragraph", "table"]
    a, b, c, t1, t2 = tables(blocks)
    assert a.n_cols == 5 and [r.texts() for r in a.rows] == [
        ["Nr. crt.", "Cod serviciu", "Denumirea serviciului", "Bugetele estimate [lei]", ""],
        ["", "", "", "Buget local", "Buget de stat"],
        ["Servicii sociale cu cazare", "", "", "", ""],
        ["1.", "8790 CR-D-VI", "Centrul respiro", "4.131", "-"],
        ["Servicii sociale de zi", "", "", "", ""],
        ["2.", "8899 CZ-PN-I", "Centrul de zi", "480", ""],
        ["3.", "8891-CZ-C-VI", "Centrul de zi pentru copii", "171", "331"]]
    assert [r.texts() for r in b.rows] == [
        ["Denumirea serviciului social propus", "Cod serviciu social", "Capacitate", "Buget local estimat (lei)"],
        ["Centrul multifuncțional", "8790 CRT-I", "24", "440.258"]]
    assert [r.texts() for r in c.rows][1] == ["1.", "Servicii sociale la domiciliu", "85312000-9", "2.634.663",
                                              "Achiziție directă"]
    assert [r.texts() for r in t1.rows][-1] == ["", "TOTAL", "19", "11.600 lei"]
    assert [r.texts() for r in t2.rows] == [["Nr. crt.", "Categoria de personal", "Nr. persoane", "Buget estimat"],
                                            ["1.", "Psiholog", "11", "28.000 lei"],
                                            ["2.", "Referent", "22", "33.800 lei"],
                                            ["", "TOTAL", "33", "61.800 lei"]]
    assert blocks[8].text == "b. Cursuri de calificare" and blocks[8].line == t1.rows[-1].line + 5


def test_a_title_of_no_known_pattern_before_a_new_header_row_ends_the_table():
    # the first table's rows are complete; the fragment after the title holds labels only: a new table's header
    text = (_cells(["Nr.", "Serviciu", "Capacitate"], ["1.", "Centrul A", "21"], ["2.", "Centrul B", "30"])
            + "Programul de formare profesională\n\n"
            + _cells(["Categoria de personal", "Nr. persoane"], ["Asistent social", "3"]))
    blocks = parse_text(text)
    assert [b.kind for b in blocks] == ["table", "paragraph", "table"]
    assert [r.texts() for r in blocks[2].rows] == [["Categoria de personal", "Nr. persoane"], ["Asistent social", "3"]]


def test_a_cell_paragraph_after_a_blank_line_stays_in_its_row():
    # a cell's second paragraph exported after a blank line, then the next numbered row: one table
    text = (_cells(["Nr.", "Partener", "Obiect"], ["1.", "Asociația X", "Voluntariat"])
            + "Activități pentru copiii cu dizabilități\n\n"
            + _cells(["2.", "Fundația Y", "Sprijin"]))
    [table] = tables(parse_text(text))
    assert [r.texts() for r in table.rows] == [["Nr.", "Partener", "Obiect"],
                                               ["1.", "Asociația X", "Voluntariat Activități pentru copiii cu dizabilități"],
                                               ["2.", "Fundația Y", "Sprijin"]]


def test_a_cell_with_many_paragraphs_right_under_it_stays_one_cell():
    # Word exports a cell's paragraphs on the lines under its tabbed first line; the row goes on after them
    text = (_cells(["Serviciul", "Activități", "Rezultate", "Număr copii"])
            + "\t\n\tEvaluarea inițială\n\tPrevenirea abuzului;\ncreșterea accesibilității;\n"
              "creșterea informării părinților;\ncreșterea informării comunității\n\t145\n\n"
            + _cells(["", "Stabilirea unei măsuri", "", ""]))
    [table] = tables(parse_text(text))
    assert [r.texts() for r in table.rows][1:] == [
        ["", "Evaluarea inițială", "Prevenirea abuzului; creșterea accesibilității; creșterea informării părinților; "
                                   "creșterea informării comunității", "145"],
        ["", "Stabilirea unei măsuri", "", ""]]


def test_chapter_two_activities_then_chapter_three_trainings_one_cell_per_line():
    text = ("CAPITOLUL II – Activități de informare a publicului\n\n"
            + _cells(["Nr. crt.", "Activitate", "Perioada", "Organizator", "Buget (lei)"],
                     ["1.", "Campanie de informare", "martie 2024", "DAS", "2.000"],
                     ["2.", "Ziua persoanelor vârstnice", "1 octombrie 2024", "DAS, ONG", "-"])
            + "CAPITOLUL III – Programul de formare a personalului\n\n"
            + _cells(["Nr. crt.", "Categoria de personal", "Nr. persoane", "Buget estimat"],
                     ["1.", "Asistent social", "3", "4.500 lei"]))
    blocks = parse_text(text)
    assert [b.kind for b in blocks] == ["heading", "table", "heading", "table"]
    activities, trainings = tables(blocks)
    assert activities.n_cols == 5 and [r.texts()[1] for r in activities.rows] == [
        "Activitate", "Campanie de informare", "Ziua persoanelor vârstnice"]
    assert [r.texts() for r in trainings.rows][1] == ["1.", "Asistent social", "3", "4.500 lei"]


def test_a_title_ends_the_table_when_its_last_row_lost_its_trailing_empty_cells():
    # an exporter that leaves out a row's trailing empty cells: the last row is short, but the header after the
    # title does not fit in what is left of it
    text = ("\tNr.\n\tServiciu\n\tCapacitate\n\tBuget\n\n\t1.\n\tCentrul A\n\t21\n\t100\n\n\t2.\n\tCentrul B\n\n"
            "Servicii propuse\n\n" + _cells(["Denumire", "Cod", "Capacitate"], ["Centrul C", "8790 CRT-I", "24"]))
    blocks = parse_text(text)
    assert [b.kind for b in blocks] == ["table", "paragraph", "table"]
    assert [r.texts() for r in blocks[0].rows][-1] == ["2.", "Centrul B"]
    assert [r.texts() for r in blocks[2].rows] == [["Denumire", "Cod", "Capacitate"], ["Centrul C", "8790 CRT-I", "24"]]


# ---------------------------------------------------------------- a TOTAL row exported short (issue 19)

def test_one_cell_per_line_total_row_puts_each_amount_under_the_column_of_its_kind():
    # the exporter writes a merged 'Total' cell once and leaves out the empty cells, so the TOTAL row has two cells
    # of five: its amount belongs under the money column ('Suma acordată'), not under the partner's name
    text = "Finanțări:\n" + _cells(["Nr. crt.", "Beneficiarul", "Proiectul", "Nr. beneficiari", "Suma acordată (lei)"],
                                   ["1.", "Asociația A", "Centrul de zi", "35", "96.200"],
                                   ["2.", "Fundația B", "Masa caldă", "40", "185.100"],
                                   ["Total", "281.300"])
    table = next(b for b in parse_text(text) if isinstance(b, Table))
    assert table.rows[-1].texts() == ["Total", "", "", "", "281.300"]


def test_one_cell_per_line_total_row_with_a_count_and_amounts_keeps_them_in_their_columns():
    # a count under the count column, amounts under the budget columns; a dash is an empty amount
    text = "Servicii:\n" + _cells(["Nr.", "Serviciul", "Nr. beneficiari", "Buget local", "Buget de stat", "Observații"],
                                  ["1.", "Centrul A", "31", "2.259.100,00", "1.940.100,00", "în funcțiune"],
                                  ["2.", "Centrul B", "12", "454.200,00", "-", "în funcțiune"],
                                  ["TOTAL", "43", "2.713.300,00", "1.940.100,00"])
    table = next(b for b in parse_text(text) if isinstance(b, Table))
    assert table.rows[-1].texts() == ["TOTAL", "", "43", "2.713.300,00", "1.940.100,00", ""]


def test_a_short_last_row_that_is_no_total_keeps_its_cells_where_the_export_put_them():
    # a row that only lost its trailing empty cells is read as the exporter wrote it
    text = "Servicii:\n" + _cells(["Nr.", "Serviciul", "Capacitate", "Buget"], ["1.", "Centrul A", "21", "100"],
                                  ["2.", "Centrul B", "12"])
    table = next(b for b in parse_text(text) if isinstance(b, Table))
    assert table.rows[-1].texts() == ["2.", "Centrul B", "12"]


# ---------------------------------------------------------------- a merged group cell over a two-row header

def test_one_cell_per_line_group_cell_of_a_two_row_header_reaches_over_the_labels_under_it():
    # the top row names 'Capacitate' once over two labels of the second row; the labels merged down over both
    # rows are empty cells in the second: the annual cost stays over its own column, not over 'Nr. beneficiari'
    text = "Inventar:\n" + _cells(["Nr. crt.", "Serviciul", "Capacitate", "Costul anual"],
                                  ["", "", "Nr. locuri", "Nr. beneficiari", ""],
                                  ["1", "Centrul A", "48", "47", "982,2"],
                                  ["2.", "Centrul B", "37", "33", "964,2"],
                                  ["TOTAL", "", "85", "80", "1.946,4"])
    table = next(b for b in parse_text(text) if isinstance(b, Table))
    top = table.rows[0]
    assert [(c.text, c.col, c.col_span) for c in top.cells] == [
        ("Nr. crt.", 0, 1), ("Serviciul", 1, 1), ("Capacitate", 2, 2), ("Costul anual", 4, 1)]
    assert table.grid()[0] == ["Nr. crt.", "Serviciul", "Capacitate", "Capacitate", "Costul anual"]


def test_one_cell_per_line_group_cell_of_a_header_printed_again_over_each_row_reaches_over_its_labels():
    # one table per row, its two-row header printed again over each: every copy of the group cell spans its labels,
    # so the money column keeps its label in every part ('Cheltuieli' was read over 'realizat' after the first)
    header = (["Nr. crt.", "Tema", "Participanți", "Cheltuieli (lei)"], ["", "", "planificat", "realizat", ""])
    text = "Cursuri:\n" + _cells(*header, ["1.", "Prim ajutor", "32", "31", "gratuit"],
                                  *header, ["2.", "GDPR", "40", "36", "17.900"],
                                  *header, ["3.", "Etica", "13", "9", "1.500"])
    table = next(b for b in parse_text(text) if isinstance(b, Table))
    tops = [r for r in table.rows if r.cells and r.cells[0].text == "Nr. crt."]
    assert len(tops) == 3
    assert all([(c.col, c.col_span) for c in r.cells] == [(0, 1), (1, 1), (2, 2), (4, 1)] for r in tops)


def test_one_cell_per_line_caption_over_a_header_with_a_group_cell_is_a_row_of_its_own():
    # a title merged over every column, exported once, over a two-row header whose top row names the beneficiaries
    # once over two dates: the caption is no cell of the top row (which it would fill up to the table's width,
    # pushing every label one column right); the group cell reaches over the two dates, not the budget under its
    # own group
    text = "Situația serviciilor:\n" + _cells(["Servicii sociale pentru copii"],
                                            ["Nr.", "Denumirea centrului", "Capacitate", "Număr beneficiari",
                                             "Execuție bugetară"],
                                            ["", "", "", "la 31.12.2020", "la 31.12.2021", "Buget CJ (mii lei)"],
                                            ["1", "Apartamentul nr. 6", "8", "7", "7", "468,7"],
                                            ["2", "Centrul maternal Arlechino", "7", "10", "9", "401,8"])
    table = next(b for b in parse_text(text) if isinstance(b, Table))
    assert table.rows[0].texts() == ["Servicii sociale pentru copii"]
    assert [(c.text, c.col, c.col_span) for c in table.rows[1].cells] == [
        ("Nr.", 0, 1), ("Denumirea centrului", 1, 1), ("Capacitate", 2, 1), ("Număr beneficiari", 3, 2),
        ("Execuție bugetară", 5, 1)]
    assert table.grid()[1][5] == "Execuție bugetară" and table.rows[3].texts()[0] == "1"


def test_one_cell_per_line_group_cells_keep_the_labels_of_one_pattern_together_and_apart_from_others():
    # two group cells over four labels: the two dates go under the beneficiaries, the two sources under the
    # spending (not the dates and a source under one group)
    text = "Centre:\n" + _cells(["Nr.", "Serviciul", "Beneficiari existenți", "Cheltuieli realizate"],
                                 ["", "", "la 30.09.2024", "la 31.12.2024", "Bugetul local (mii lei)",
                                  "Contribuția beneficiarilor (mii lei)"],
                                 ["1", "Centrul A", "21", "18", "120,5", "10,1"],
                                 ["2", "Centrul B", "26", "27", "98,3", "8,2"])
    table = next(b for b in parse_text(text) if isinstance(b, Table))
    assert [(c.col, c.col_span) for c in table.rows[0].cells] == [(0, 1), (1, 1), (2, 2), (4, 2)]


def test_one_cell_per_line_subtotal_row_is_complete_and_the_group_heading_after_it_is_a_row_of_its_own():
    # a subtotal whose label is merged over the code column (written once) is short of the width: the next
    # group's heading is no cell of it, and its figures go under their columns
    text = "Servicii:\n" + _cells(["Denumirea serviciului", "Cod", "Capacitate", "Beneficiari", "Buget (mii lei)"],
                                   ["Servicii de tip rezidențial"],
                                   ["Centrul maternal A", "8790 CR-MC-I", "13", "15", "827,10"],
                                   ["Apartamentul nr. 6", "8790 CR-C-I", "8", "9", "603,60"],
                                   ["Total servicii de tip rezidențial", "21", "24", "1.430,70"],
                                   ["Servicii de zi"],
                                   ["Centrul de zi B", "8891 CZ-C-I", "32", "30", "450,00"],
                                   ["Total servicii de zi", "32", "30", "450,00"])
    table = next(b for b in parse_text(text) if isinstance(b, Table))
    assert [r.texts() for r in table.rows[4:7]] == [
        ["Total servicii de tip rezidențial", "", "21", "24", "1.430,70"], ["Servicii de zi"],
        ["Centrul de zi B", "8891 CZ-C-I", "32", "30", "450,00"]]
    assert table.rows[-1].texts() == ["Total servicii de zi", "", "32", "30", "450,00"]


def test_one_cell_per_line_total_row_with_an_empty_last_cell_still_puts_its_figures_under_their_columns():
    # the label merged over the text columns (written once), the licence column's empty cell still written
    text = "Centre:\n" + _cells(["Nr.", "Denumire", "Cod", "Localitatea", "Capacitate", "Beneficiari",
                                  "Buget (mii lei)", "Licența"],
                                 ["1.", "Centrul A", "8790 CR-D-I", "Pașcani", "51", "48", "1.298,20", "nr. 301/2021"],
                                 ["2.", "Centrul B", "8790 CR-D-VI", "Hârlău", "16", "18", "462,90", "nr. 77/2023"],
                                 ["TOTAL", "67", "66", "1.761,10", ""])
    table = next(b for b in parse_text(text) if isinstance(b, Table))
    assert table.grid()[-1] == ["TOTAL", "", "", "", "67", "66", "1.761,10", ""]


def test_one_cell_per_line_a_header_cell_broken_over_a_blank_line_is_no_caption():
    # 'Nr.' / 'crt.' broken over a blank line: the first piece of the header row, not a title of its own
    text = "Tabel:\n\n\tNr.\n\ncrt.\n\tDenumire\n\tCapacitate\n\n\t1.\n\tCentrul A\n\t30\n\n\t2.\n\tCentrul B\n\t12\n"
    table = next(b for b in parse_text(text) if isinstance(b, Table))
    assert table.rows[0].texts() == ["Nr. crt.", "Denumire", "Capacitate"]


def test_one_cell_per_line_short_top_row_over_labels_that_allow_two_readings_is_left_as_exported():
    # two top cells over a run of three labels: which one is the group cannot be told
    text = "Inventar:\n" + _cells(["Nr.", "Surse A", "Surse B"],
                                  ["", "Buget local", "Buget de stat", "Alte surse"],
                                  ["1", "10", "20", "30"],
                                  ["2", "11", "21", "31"])
    table = next(b for b in parse_text(text) if isinstance(b, Table))
    assert [(c.col, c.col_span) for c in table.rows[0].cells] == [(0, 1), (1, 1), (2, 1)]


def test_one_cell_per_line_subtotal_rows_that_kept_their_trailing_empty_cells_keep_them_at_the_rows_end():
    # a subtotal closing each group, its label merged over the columns before the places and exported once: the
    # places go under 'Capacitate' (a count like the licence numbers after it, which the cells left empty keep),
    # inside the table as at its foot
    text = "Servicii:\n" + _cells(["Nr.", "Serviciul", "Localitatea", "Capacitate", "Licența nr.", "Observații"],
                                  ["Persoane vârstnice"],
                                  ["1.", "Centrul A", "Orașul X", "31", "7283", "-"],
                                  ["2.", "Centrul B", "Orașul Y", "12", "4882", "-"],
                                  ["Subtotal persoane vârstnice", "43", "", ""],
                                  ["3.", "Centrul C", "Orașul X", "20", "1133", "-"],
                                  ["Subtotal copii", "20", "", ""])
    table = next(b for b in parse_text(text) if isinstance(b, Table))
    assert [r.texts() for r in table.rows if r.texts()[0].startswith("Subtotal")] == [
        ["Subtotal persoane vârstnice", "", "", "43", "", ""], ["Subtotal copii", "", "", "20", "", ""]]


def test_one_cell_per_line_three_row_header_reaches_over_the_labels_under_each_row():
    # a catalogue's header: a group over every column but the number, a group over code and name in the middle row,
    # the labels merged down over the lower rows as empty cells: 'Capacitate' stays over the places
    text = "Servicii:\n" + _cells(["Nr. crt", "Servicii sociale licențiate"],
                                  ["", "Serviciul social", "Furnizor", "Capacitate (nr. locuri)", "Licența"],
                                  ["", "Cod", "Denumire", "", "", ""],
                                  ["1", "8790 CR MC I", "Centrul maternal A", "Asociația B", "17", "5644 din 04.10.2022"],
                                  ["2", "8891 CZ C II", "Centrul de zi C", "Fundația D", "34", "5736/27.02.2022"])
    table = next(b for b in parse_text(text) if isinstance(b, Table))
    assert table.grid()[0] == ["Nr. crt"] + ["Servicii sociale licențiate"] * 5
    assert table.grid()[1] == ["", "Serviciul social", "Serviciul social", "Furnizor", "Capacitate (nr. locuri)",
                               "Licența"]


def test_one_cell_per_line_group_heading_after_a_subtotal_row_is_a_row_of_its_own():
    # the subtotal row is short (its label exported once): the next group's heading does not continue it
    text = "Servicii:\n" + _cells(["Nr.", "Serviciul", "Localitatea", "Capacitate", "Licența nr.", "Observații"],
                                  ["1.", "Centrul A", "Orașul X", "31", "7283", "-"],
                                  ["Subtotal persoane vârstnice", "31", "", ""],
                                  ["Copii"],
                                  ["2.", "Centrul C", "Orașul X", "20", "1133", "-"])
    table = next(b for b in parse_text(text) if isinstance(b, Table))
    assert [r.texts()[0] for r in table.rows] == ["Nr.", "1.", "Subtotal persoane vârstnice", "Copii", "2."]
