"""The understanding stage's column mapping: a column maps by its header and by its content, with the evidence of
each; composite headers; units stated above a table. Fixtures are small tables written for the purpose."""
import pytest

from extractors.kinds import SPEC_OF_KIND
from extractors.model import Document
from extractors.readers.text import parse_text
from extractors.tables import resolve_tables
from extractors.understanding.build import understand
from extractors.understanding.columns import map_table_columns
from extractors.understanding.spec import PARTNERSHIPS, PROCUREMENT, SERVICES_EXISTING, SUBSIDIES


def _doc(text: str) -> Document:
    return Document(source_path="t.txt", doc_id="t" * 64, format="txt", blocks=parse_text(text))


def _resolved(text: str):
    [rt] = resolve_tables(parse_text(text))
    return rt

# ---------------------------------------------------------------- column mapping and its evidence


def test_columns_map_by_header_and_record_the_evidence_of_each():
    rt = _resolved("Nr. crt.\tObiectul contractului\tCod CPV\tValoarea estimată (lei)\tObservații\n"
                   "1.\tServicii de îngrijire\t85311000-2\t120.000,00\tcontract nou\n"
                   "2.\tServicii de cantină\t85320000-8\t45.500,00\tcontract reînnoit\n"
                   "3.\tServicii de consiliere\t85312300-2\t9.000,00\tprelungire\n")
    m = map_table_columns(rt, SPEC_OF_KIND[PROCUREMENT])
    assert dict(m.fields) == {"row_no": 0, "contract_object": 1, "cpv": 2, "value": 3}
    assert m.row_no_col == 0 and m.unmapped == (4,)
    ev = {e.col: e for e in m.evidence}
    assert (ev[2].field, ev[2].header_phrase, ev[2].content_type, ev[2].by) == ("cpv", "cod cpv", "cpv_code", "header")
    assert (ev[3].field, ev[3].content_type, ev[3].content_share) == ("value", "money", 1.0)
    assert ev[4].field is None and ev[4].header_field is None and ev[4].content_type == "text"
    assert m.warnings == ()
    with pytest.raises(TypeError):
        m.fields["cpv"] = 0  # read-only


def test_a_name_column_with_an_unknown_header_falls_back_per_kind():
    body = "1.\tCentrul A\t30\t10\n2.\tCentrul B\t12\t4\n3.\tCentrul C\t8\t2\n"
    rt = _resolved("Nr. crt.\tUnitatea\tCapacitate\tNr. beneficiari\n" + body)
    assert map_table_columns(rt, SPEC_OF_KIND[SERVICES_EXISTING]).fields["service_name"] == 1
    # partnerships name their rows by their parties only: no fallback
    rt = _resolved("Nr. crt.\tCeva\tAltceva\n1.\tA\tB\n")
    assert "parties" not in map_table_columns(rt, SPEC_OF_KIND[PARTNERSHIPS]).fields


def test_a_name_column_with_an_unknown_header_is_found_in_a_small_table_when_its_content_is_unambiguous():
    # one or two rows: too few cells to type a column by a majority, but every other column is taken and the free
    # one holds names
    one = "1.\tCentrul de zi Ghiocelul\t8891 CZ-C-II\t25\t120.000\n"
    two = one + "2.\tCantina socială Lumina\t8899 CPDH-I\t40\t152.800\n"
    for body in (one, two):
        rt = _resolved("Nr. crt.\tUnitatea\tCod serviciu\tCapacitate\tBuget local (lei)\n" + body)
        m = map_table_columns(rt, SPEC_OF_KIND[SERVICES_EXISTING])
        assert m.fields.get("service_name") == 1
    # the row numbers under a header the vocabulary lacks ('Nr.') are no second candidate
    rt = _resolved("Nr.\tCod serviciu\tUnitatea\tCapacitate\tBuget local (lei)\n"
                   "1.\t8891 CZ-C-II\tCentrul de zi Ghiocelul\t25\t120.000\n")
    assert map_table_columns(rt, SPEC_OF_KIND[SERVICES_EXISTING]).fields.get("service_name") == 2
    # no false mapping: a free column of figures, or a second free column, leaves the name unmapped
    rt = _resolved("Nr. crt.\tUnitatea\tCod serviciu\tCapacitate\tBuget local (lei)\n"
                   "1.\t12\t8891 CZ-C-II\t25\t120.000\n")
    assert "service_name" not in map_table_columns(rt, SPEC_OF_KIND[SERVICES_EXISTING]).fields
    rt = _resolved("Nr. crt.\tUnitatea\tLocalitatea\tCod serviciu\tCapacitate\n"
                   "1.\tCentrul de zi Ghiocelul\tSatul Vale\t8891 CZ-C-II\t25\n")
    assert "service_name" not in map_table_columns(rt, SPEC_OF_KIND[SERVICES_EXISTING]).fields


def test_a_small_tables_name_column_is_the_one_free_column_of_names_beside_a_column_of_dashes_and_notes():
    # a column the vocabulary lacks ('Indicatori de rezultat': a dash, a note) next to the name under an unknown
    # header: only one free column holds names in every filled cell, so the name is still unambiguous
    rt = _resolved("Nr. curent\tCentrul / unitatea\tCodul serviciului social\tNumăr locuri\tBuget local (lei)\t"
                   "Indicatori de rezultat\n"
                   "1.\tCentre de tranzit „Raza de Soare”\t8790-CR-II\t245\t384.200\t-\n"
                   "2.\tCentre respiro/centre de criză Viile\t8790 CR D VI\t228\t876.600\tcreșterea gradului de ocupare\n")
    assert map_table_columns(rt, SPEC_OF_KIND[SERVICES_EXISTING]).fields.get("service_name") == 1


def test_a_legend_above_the_table_names_lettered_columns():
    rt = _resolved("A - Buget local; B - Buget de stat\n\nNr. crt.\tDenumirea serviciului\tA\tB\n"
                   "1.\tCentrul A\t100\t50\n")
    m = map_table_columns(rt, SPEC_OF_KIND[SERVICES_EXISTING])
    assert (m.fields["budget_local_lei"], m.fields["budget_state_lei"]) == (2, 3)
    assert m.labels[2] == "Buget local"


@pytest.mark.parametrize("header, body, kind, field", [
    # a column of CPV codes under a header the vocabulary lacks is the contracting table's CPV
    ("Nr. crt.\tObiectul contractului\tClasificare\tValoarea estimată",
     ["Servicii de îngrijire\t85311000-2\t120.000,00", "Servicii de cantină\t85320000-8\t45.500,00",
      "Consiliere\t85312300-2\t9.000,00"], PROCUREMENT, "cpv"),
    # nomenclator codes under 'Tip' in a services table are its codes
    ("Nr. crt.\tTip\tDenumirea serviciului\tCapacitate",
     ["8810 CZ-V-II\tCentrul A\t30", "8790 CR-D-VII\tCentrul B\t12", "8899 CZ-VD-III\tCentrul C\t8"],
     SERVICES_EXISTING, "code"),
    # percentages under 'Situația la 31.12' are the occupancy
    ("Nr. crt.\tDenumirea serviciului\tCapacitate\tSituația la 31.12",
     ["Centrul A\t30\t95%", "Centrul B\t12\t80%", "Centrul C\t8\t100%"], SERVICES_EXISTING, "occupancy"),
    # money under 'Lei' in a subsidies table is the amount
    ("Nr. crt.\tDenumirea unității\tIncadrarea in nomenclator\tLei",
     ["Asociația A\t8810 CZ-V-II\t120.000,00", "Fundația B\t8790 CR-D-VII\t45.500,00",
      "Asociația C\t8899 CZ-VD-III\t9.000,00"], SUBSIDIES, "amount"),
])
def test_a_column_with_an_unknown_header_maps_by_its_content(header, body, kind, field):
    rt = _resolved(header + "\n" + "".join(f"{i}.\t{row}\n" for i, row in enumerate(body, 1)))
    m = map_table_columns(rt, SPEC_OF_KIND[kind])
    col = m.fields[field]
    ev = m.evidence[col]
    assert (ev.by, ev.header_field) == ("content", None) and ev.content_share == 1.0
    assert m.warnings == ()


def test_content_maps_a_field_only_when_one_free_column_holds_it():
    rt = _resolved("Nr. crt.\tObiectul contractului\tCod CPV\tAn 1\tAn 2\n"
                   "1.\tServicii de îngrijire\t85311000-2\t120.000,00\t130.000,00\n"
                   "2.\tServicii de cantină\t85320000-8\t45.500,00\t46.000,00\n"
                   "3.\tConsiliere\t85312300-2\t9.000,00\t9.500,00\n")
    m = map_table_columns(rt, SPEC_OF_KIND[PROCUREMENT])
    assert "value" not in m.fields  # two money columns: which is the value is not for the content to say
    assert [e.content_type for e in m.evidence[3:]] == ["money", "money"]


def test_a_header_that_contradicts_its_content_is_kept_and_flagged():
    rt = _resolved("Nr. crt.\tDenumirea serviciului\tCapacitate\tNr. beneficiari\n"
                   "1.\tCentrul A\t95%\t30\n2.\tCentrul B\t80%\t12\n3.\tCentrul C\t100%\t8\n")
    m = map_table_columns(rt, SPEC_OF_KIND[SERVICES_EXISTING])
    assert m.fields["capacity"] == 2 and "occupancy" not in m.fields  # the header's choice, not a silent swap
    assert m.warnings == ("column_content_contradicts_header:capacity",)
    ev = m.evidence[2]
    assert (ev.by, ev.header_field, ev.content_type) == ("header", "capacity", "percentage")
    # the warning reaches the table's understanding
    doc = _doc("Planul anual de acțiune pentru anul 2024\n\nA. Servicii sociale existente\n\n"
               "Nr. crt.\tDenumirea serviciului\tCapacitate\tNr. beneficiari\n"
               "1.\tCentrul A\t95%\t30\n2.\tCentrul B\t80%\t12\n3.\tCentrul C\t100%\t8\n")
    [t] = understand(doc).tables
    assert "column_content_contradicts_header:capacity" in t.warnings


# ---------------------------------------------------------------- a slash inside one header cell


def test_a_slash_inside_one_header_cell_names_one_composite_column_not_two_header_levels():
    # 'Nr. / data' printed in one cell is the number-and-date column: the number's phrase of the whole cell
    # ('nr data') names it, not 'data' read as the most specific of two header levels
    rt = _resolved("Nr. crt.\tPartener\tTipul acordului\tNr. / data\tObiectul colaborării\n"
                   "1.\tAsociația Pădurea Verde\tContract de colaborare\t841/08.10.2021\tsprijin alimentar\n"
                   "2.\tFundația Apa Vie\tAcord de colaborare\t-\tconsiliere\n")
    assert rt.levels[3] == ("Nr. / data",) and rt.columns[3] == "Nr. / data"
    m = map_table_columns(rt, SPEC_OF_KIND[PARTNERSHIPS])
    assert m.fields.get("number") == 3 and "date" not in m.fields
    assert m.evidence[3].header_phrase == "nr data"
    # the template's composite capacity cell is the capacity (its cells: '30 locuri / Vârstnici'), named by the
    # cell's own first words at the most specific level, never the beneficiaries' category
    rt = _resolved("Nr. crt.\tDenumirea serviciului\tCapacitate / Categoriile de beneficiari\tGrad de ocupare\n"
                   "1.\tCentrul A\t30 locuri / Vârstnici\t90%\n2.\tCentrul B\t12 locuri / Copii\t80%\n")
    m = map_table_columns(rt, SPEC_OF_KIND[SERVICES_EXISTING])
    assert m.fields.get("capacity") == 2 and "beneficiary_category" not in m.fields
    assert m.evidence[2].header_score > 100  # matched in its own level, not one level up


def test_a_header_over_two_rows_is_two_levels_whatever_its_cells_hold():
    header = [["Nr.", "Denumire", "Bugetul estimat / lei", ""], ["", "", "local", "de stat"]]
    from extractors.tables.header import column_levels
    assert column_levels(header, 4) == [("Nr.",), ("Denumire",), ("Bugetul estimat / lei", "local"),
                                        ("Bugetul estimat / lei", "de stat")]


# ---------------------------------------------------------------- content against header (issue 16 point 1)


def test_a_column_of_places_under_a_header_the_vocabulary_lacks_is_the_capacity():
    rt = _resolved("Nr. crt.\tDenumirea serviciului\tCod serviciu\tMărime\tBuget local (lei)\n"
                   "1.\tCentrul A\t8810 CZ-V-II\t30 locuri\t120.000\n2.\tCentrul B\t8790 CR-D-VII\t12 locuri\t80.000\n"
                   "3.\tCentrul C\t8899 CZ-VD-III\t8 paturi\t50.000\n")
    m = map_table_columns(rt, SPEC_OF_KIND[SERVICES_EXISTING])
    assert m.fields.get("capacity") == 3
    assert (m.evidence[3].by, m.evidence[3].content_type) == ("content", "count_of_places")
    # bare counts say no more than 'a count': capacity or beneficiaries — not for the content to choose
    rt = _resolved("Nr. crt.\tDenumirea serviciului\tCod serviciu\tMărime\tBuget local (lei)\n"
                   "1.\tCentrul A\t8810 CZ-V-II\t30\t120.000\n2.\tCentrul B\t8790 CR-D-VII\t12\t80.000\n"
                   "3.\tCentrul C\t8899 CZ-VD-III\t8\t50.000\n")
    assert "capacity" not in map_table_columns(rt, SPEC_OF_KIND[SERVICES_EXISTING]).fields


@pytest.mark.parametrize("header, cells, field", [
    # money under the occupancy's header: the occupancy holds percentages
    ("Grad de ocupare", ("120.000 lei", "80.000 lei", "50.000 lei"), "occupancy"),
    # CPV codes (the contracting programme's) under a services table's capacity
    ("Capacitate", ("85311000-2", "85320000-8", "85312300-2"), "capacity"),
    # places under the code's header: the code holds nomenclator codes
    ("Cod serviciu", ("30 locuri", "12 locuri", "8 locuri"), "code"),
])
def test_a_header_whose_column_holds_another_fields_content_is_kept_and_flagged(header, cells, field):
    rows = "".join(f"{i}.\tCentrul {i}\t{c}\t20\n" for i, c in enumerate(cells, 1))
    rt = _resolved(f"Nr. crt.\tDenumirea serviciului\t{header}\tNr. beneficiari\n" + rows)
    m = map_table_columns(rt, SPEC_OF_KIND[SERVICES_EXISTING])
    assert m.fields.get(field) == 2  # the header's choice stands …
    assert m.warnings == (f"column_content_contradicts_header:{field}",)  # … and says it is doubtful


def test_a_unit_stated_above_the_table_is_the_unit_of_the_columns_whose_header_names_none():
    from extractors.understanding.units import stated_unit
    # '- mii lei -' over the table; only the rate column's header says '(lei)': the yearly amounts are in mii lei
    rt = _resolved("- mii lei -\n\nNr.\tUnitatea\tSubvenție / beneficiar / lună (lei)\tTotal anual\n"
                   "1.\tCentrul de zi Alfa\t230\t111,32\n")
    assert stated_unit(rt) == "mii lei"
    # a unit printed in the headers alone, or agreeing with the line above, stands
    assert stated_unit(_resolved("Nr.\tUnitatea\tSuma (mii lei)\n1.\tCentrul Alfa\t12,5\n")) == "mii lei"
    assert stated_unit(_resolved("- lei -\n\nNr.\tUnitatea\tSuma (lei)\n1.\tCentrul Alfa\t12.500\n")) == "lei"


def test_a_sentence_stating_an_amount_with_its_unit_states_no_unit_for_the_table_after_it():
    from extractors.understanding.units import stated_unit
    # '… au fost de 119.103.100 lei …' names the unit of its own amount; the table's cells say 'mii lei'
    rt = _resolved("În anul 2022, cheltuielile pentru asistență socială au fost de 119.103.100 lei.\n\n"
                   "Nr.\tServiciul social\tCheltuieli anuale estimate\n1.\tCentrul Alfa\t914,30 mii lei\n")
    assert stated_unit(rt) is None
    # a unit statement above that sentence still counts
    rt = _resolved("Valorile sunt exprimate în mii lei.\n\nTotalul a fost de 1.200 lei.\n\n"
                   "Nr.\tServiciul social\tCost anual\n1.\tCentrul Alfa\t914,3\n")
    assert stated_unit(rt) == "mii lei"


def test_a_header_naming_only_the_currency_and_vat_basis_takes_the_scale_stated_above_the_table():
    # '(lei fără TVA)' names the currency and the VAT basis, not the scale: the line above states the figures' scale
    from extractors.understanding.units import column_unit
    body = "Nr.\tServiciul\tValoarea estimată (lei fără TVA)\tSursa\n1.\tServicii de îngrijire\t586,3\tBuget local\n"
    rt = _resolved("Sumele sunt exprimate în mii lei.\n\n" + body)
    assert column_unit(rt, "Valoarea estimată (lei fără TVA)") == "mii lei"
    assert column_unit(rt, "Sursa") == "mii lei"
    # a header naming its unit plainly keeps it; without a scale stated above, the VAT wording's lei stand
    assert column_unit(_resolved("- mii lei -\n\n" + body.replace(" fără TVA", "")), "Valoarea estimată (lei)") == "lei"
    assert column_unit(_resolved(body), "Valoarea estimată (lei fără TVA)") == "lei"


def test_group_rows_printed_across_the_table_are_no_content_of_its_columns():
    # a group heading in one cell merged across the table (as a PDF prints it) fills every column of its row: three
    # such rows over four rows of figures hid that the budget columns hold figures at all
    from extractors.model import Cell, Row, Table

    def row(texts: list[str], line: int) -> Row:
        return Row(cells=[Cell(t, i) for i, t in enumerate(texts)], line=line, page=1)

    rows = [row(["Nr. crt.", "Centrul / serviciul", "Nr. mediu beneficiari", "Prevederi bugetare anuale",
                 "Execuție (plăți)"], 1)]
    for i, (group, name, cells) in enumerate((
            ("Servicii sociale pentru persoane vârstnice", "Locuința protejată", ["10", "512.500", "480.100"]),
            ("Servicii sociale pentru copii", "Centrul de zi „Speranța”", ["34", "619.300", "587.100"]),
            ("Servicii sociale pentru persoane în risc", "Cantina socială", ["55", "212.300", "206.100"]))):
        rows.append(Row(cells=[Cell(group, 0, col_span=5)], line=2 * i + 2, page=1))
        rows.append(row([f"{i + 1}.", name, *cells], 2 * i + 3))
    rows.append(row(["TOTAL", "", "", "1.344.100", "1.273.300"], 8))
    [rt] = resolve_tables([Table(rows=rows, n_cols=5, page=1, line=1)])
    assert rt.data_body[0] == ["Servicii sociale pentru persoane vârstnice"] * 5  # as the reader gives it
    m = map_table_columns(rt, SPEC_OF_KIND[SERVICES_EXISTING])
    ev = {e.col: e for e in m.evidence}
    assert [ev[c].content_type for c in (2, 3, 4)] == ["count", "count", "count"]


def test_a_column_of_amounts_stated_with_their_currency_is_money_however_few_its_cells():
    # one service and its total row: two cells are too few to type a column by share, but '251 mii lei' says it
    rt = _resolved("Nr. crt.\tDenumire serviciu social\tNr. locuri\tCheltuieli de personal (Titlul I)\tTotal\n"
                   "1.\tServiciul de îngrijire la domiciliu\t43\t251 mii lei\t403 mii lei\n"
                   "Total\t\t43\t251 mii lei\t403 mii lei\n")
    m = map_table_columns(rt, SPEC_OF_KIND[SERVICES_EXISTING])
    ev = {e.col: e for e in m.evidence}
    assert ev[3].content_type == "money" and ev[4].content_type == "money"
    assert ev[2].content_type is None  # two bare counts still say nothing


@pytest.mark.parametrize("rate", ["Cost lunar per beneficiar (lei)", "Cost mediu lunar/beneficiar (lei)",
                                  "Cost mediu lunar/persoană asistată - lei -",
                                  "Contribuția lunară datorată de beneficiar (lei)"])
def test_a_rate_per_head_naming_the_head_before_its_unit_states_no_unit_for_the_budgets(rate):
    from extractors.understanding.units import stated_unit
    # the budget in thousands beside what one beneficiary costs a month in lei: the table's money is in mii lei
    rt = _resolved(f"Nr.\tServiciul social\t{rate}\tBuget aprobat 2021 (mii lei)\n"
                   "1.\tCentrul de zi Alfa\t880\t246,8\n")
    assert stated_unit(rt) == "mii lei"
    # nor, alone, for columns whose header names none
    assert stated_unit(_resolved(f"Nr.\tServiciul social\t{rate}\tBugetul local\n1.\tCentrul Alfa\t880\t246,8\n")) is None
    # the beneficiaries' contributions (plural) are a budget's source, whose unit the table states
    assert stated_unit(_resolved("Nr.\tServiciul social\tVenituri din contribuția beneficiarilor (lei)\n"
                                 "1.\tCentrul Alfa\t12.500\n")) == "lei"


def test_a_unit_in_brackets_after_the_year_of_the_title_above_is_the_tables():
    from extractors.understanding.units import unit_stated_above
    # a PDF's reader joins the unit printed at the title's right to the title's line: '2024 (mii lei)' is no
    # amount of 2024 thousand lei, it states the table's unit
    rt = _resolved("Bugetul pe servicii sociale al Orașului Vale pentru anul 2024 (mii lei)\n\n"
                   "Nr. crt\tDenumirea serviciului social\tBugetul local\tTOTAL buget\n"
                   "1.\tCentrul de zi Alfa\t104,10\t528,40\n")
    assert unit_stated_above(rt) == "mii lei"
    # an amount stated with its unit still names only its own
    rt = _resolved("Bugetul aprobat pentru anul 2024 este de 2024 mii lei.\n\n"
                   "Nr. crt\tDenumirea serviciului social\tBugetul local\n1.\tCentrul de zi Alfa\t104,10\n")
    assert unit_stated_above(rt) is None
