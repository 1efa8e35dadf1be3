"""Services extraction generalises over layouts: the same logical table in other shapes gives the same records.

Each fixture is written for the purpose (not copied from the corpus): columns in another order, the header in
one row vs three, the unit in the header vs in each cell, a group heading after a page break, a row split in
two, a legend explaining lettered columns.
"""
from decimal import Decimal

from extractors.model import Cell, Document, Heading, Paragraph, Row, Table
from extractors.readers.text import parse_text
from pipeline.extraction import extract_document

EXPECTED = [
    # (category, name, code, capacity, beneficiaries, pct, local, state)
    ("Centre de zi pentru persoane vârstnice", "Centrul de zi Mugurel", "8810 CZ-V-II", 30, 25, 83.3,
     Decimal("120000.00"), Decimal("15000.00")),
    ("Centre rezidențiale pentru copii", "Casa de tip familial Arinul", "8790 CR-C-I", 12, 12, 100.0,
     Decimal("950500.00"), None),
]


def services_of(text: str, heading: str = "A. Servicii sociale existente la nivelul comunei"):
    doc = Document(source_path="t.txt", doc_id="t", format="txt", blocks=parse_text(heading + "\n\n" + text))
    return extract_document(doc).services


def summary(services):
    return [(s.category, s.service_name, s.service_code, s.capacity, s.beneficiaries, s.occupancy_pct,
             s.budget_local_lei, s.budget_state_lei) for s in services]


def test_two_row_header_in_mii_lei():
    text = ("Nr. crt.\tCod serviciu social\tDenumirea serviciului social\tCapacitate\tGrad de ocupare\t"
            "Bugetele estimate pe surse de finanțare [mii lei]\t\t\n"
            "\t\t\t\t\tBuget local\tBuget de stat\tAlte surse\n"
            "Centre de zi pentru persoane vârstnice\t\t\t\t\t\t\t\n"
            "1.\t8810CZ-V-II\tCentrul de zi Mugurel\t30\t25 benef. - 83,3%\t120\t15\t-\n"
            "Centre rezidențiale pentru copii\t\t\t\t\t\t\t\n"
            "2.\t8790 CR-C-I\tCasa de tip familial Arinul\t12\t12 benef. - 100%\t950,5\t-\t-\n")
    services = services_of(text)
    assert summary(services) == EXPECTED
    assert services[0].code_status == "repaired" and services[1].code_status == "exact"
    assert services[0].setting == "de_zi" and services[0].line is not None


def test_one_row_header_other_column_order_unit_in_each_cell():
    text = ("Denumire serviciu\tCapacitate\tCod\tBuget de stat\tBuget local\tGrad de ocupare\tNr. crt.\n"
            "Centre de zi pentru persoane vârstnice\t\t\t\t\t\t\n"
            "Centrul de zi Mugurel\t30\t8810 CZ V II\t15.000 lei\t120.000 lei\t25 benef. - 83,3%\t1\n"
            "Centre rezidențiale pentru copii\t\t\t\t\t\t\n"
            "Casa de tip familial Arinul\t12\t8790-CR-C-I\t-\t950.500 lei\t12 benef. - 100%\t2\n")
    assert summary(services_of(text)) == EXPECTED


def test_three_row_header_with_lettered_columns_explained_by_a_legend():
    legend = ("A. Servicii sociale existente\nSemnificația coloanelor: \nA - Buget local;\nB - Buget de stat;\n"
              "C - Alte surse.")
    text = ("Nr. crt.\tCod serviciu social\tDenumirea serviciului social\tCapacitate\tGrad de ocupare\t"
            "Bugetele estimate pe surse de finanțare - lei\t\t\n"
            "\t\t\t\t\tA\tB\tC\n"
            "\t\t\t\t\tsursa 1\tsursa 2\tsursa 3\n"
            "Centre de zi pentru persoane vârstnice\t\t\t\t\t\t\t\n"
            "1\t8810 CZ-V-II\tCentrul de zi Mugurel\t30\t25 benef. - 83,3%\t120000\t15000\t-\n"
            "Centre rezidențiale pentru copii\t\t\t\t\t\t\t\n"
            "2\t8790 CR-C-I\tCasa de tip familial Arinul\t12\t12 benef. - 100%\t950500\t-\t-\n")
    assert summary(services_of(text, heading=legend)) == EXPECTED


def test_legend_on_one_line_and_beneficiaries_in_a_column_of_their_own():
    heading = ("A. Servicii sociale existente\nBugetele estimate pe surse de finanțare (lei): A - buget local, "
               "B - buget de stat, C - alte surse.")
    text = ("Nr. crt.\tDenumirea serviciului social\tCod serviciu social\tNr. locuri\tNr. beneficiari\tA\tB\tC\n"
            "Centre de zi pentru persoane vârstnice\t\t\t\t\t\t\t\n"
            "1\tCentrul de zi Mugurel\t8810 CZ-V-II\t30\t25\t120.000\t15.000\t-\n"
            "Centre rezidențiale pentru copii\t\t\t\t\t\t\t\n"
            "2\tCasa de tip familial Arinul\t8790 CR-C-I\t12\t12\t950.500\t-\t-\n")
    got = [(s.service_name, s.capacity, s.beneficiaries, s.budget_local_lei, s.budget_state_lei)
           for s in services_of(text, heading=heading)]
    assert got == [("Centrul de zi Mugurel", 30, 25, Decimal("120000.00"), Decimal("15000.00")),
                   ("Casa de tip familial Arinul", 12, 12, Decimal("950500.00"), None)]


def test_row_split_in_two_is_joined_with_a_warning():
    text = ("Nr. crt.\tCod serviciu social\tDenumirea serviciului social\tCapacitate\tGrad de ocupare\tBuget local [lei]\n"
            "1.\t8810 CZ-V-II\tCentrul de zi pentru\t30\t25 benef. - 83,3%\t120000\n"
            "\t\tpersoane vârstnice Mugurel\t\t\t\n"
            "2.\t8790 CR-C-I\tCasa de tip familial Arinul\t12\t12 benef. - 100%\t950500\n")
    first, second = services_of(text)
    assert first.service_name == "Centrul de zi pentru persoane vârstnice Mugurel"
    assert "row_joined" in first.warnings
    assert second.service_name == "Casa de tip familial Arinul" and second.budget_local_lei == Decimal("950500.00")


def _table(rows, page, line0):
    return Table(rows=[Row(cells=[Cell(t, i) for i, t in enumerate(r)], line=line0 + k, page=page)
                       for k, r in enumerate(rows)], n_cols=len(rows[0]), page=page, line=line0)


def test_group_heading_after_a_page_break_and_a_repeated_header_are_handled():
    header = ["Nr. crt.", "Cod serviciu social", "Denumirea serviciului social", "Capacitate", "Grad de ocupare",
              "Buget local (lei)", "Buget de stat (lei)"]
    page1 = _table([header,
                    ["Centre de zi pentru persoane vârstnice", "", "", "", "", "", ""],
                    ["1.", "8810 CZ-V-II", "Centrul de zi Mugurel", "30", "25 benef. - 83,3%", "120.000", "15.000"]],
                   page=1, line0=3)
    page2 = _table([header,
                    ["Centre rezidențiale pentru copii", "", "", "", "", "", ""],
                    ["2.", "8790 CR-C-I", "Casa de tip familial Arinul", "12", "12 benef. - 100%", "950.500", "-"]],
                   page=2, line0=1)
    doc = Document(source_path="t.pdf", doc_id="t", format="pdf", pages=2, blocks=[
        Heading("A. Serviciile sociale existente", page=1, line=1), page1, Paragraph("2", page=1, line=40), page2])
    result = extract_document(doc)
    assert summary(result.services) == EXPECTED
    assert {s.table_seq for s in result.services} == {1}
    assert [s.page for s in result.services] == [1, 2]


def test_proposed_section_and_missing_code():
    text = ("Denumirea serviciului social propus\tCod serviciu social\tCategorie beneficiari\tCapacitate necesară\t"
            "Buget local\n"
            "Centru de zi pentru copii Lizuca\tfără codificare\tcopii\t20\t50.000 lei\n")
    [s] = services_of(text, heading="B. Servicii sociale propuse spre a fi înființate")
    assert s.section == "proposed"
    assert (s.service_code, s.code_status, s.capacity, s.budget_local_lei) == (None, "missing", 20, Decimal("50000.00"))


def test_code_written_inside_the_name_cell_is_moved():
    text = ("Nr. crt.\tDenumirea serviciului social\tCapacitate\tBuget local\n"
            "1.\tCentrul de consiliere Floare, cod 8899CZ-F-I\t15\t1.000 lei\n")
    [s] = services_of(text)
    assert s.service_code == "8899 CZ-F-I" and "code_found_in_name" in s.warnings
    assert "8899" not in (s.service_name or "")


def test_a_row_the_template_lists_but_the_place_does_not_provide_gives_no_service():
    text = ("Nr. crt.\tDenumirea serviciului social\tCod serviciu social\tCapacitate\tBuget local (lei)\n"
            "1.\tCentrul de zi Mugurel\t8810 CZ-V-II\t30\t120.000\n"
            "2.\tServicii de cazare pentru persoane fără adăpost\t-\tnu este cazul\tnu este cazul\n")
    assert [s.service_name for s in services_of(text)] == ["Centrul de zi Mugurel"]


def test_capacity_header_qualified_in_parentheses_and_own_funds_as_local_budget():
    # 'Capacitate (nr. beneficiari)': the head word names the field, the parenthesis only says how it is counted;
    # 'Fonduri proprii' is the authority's own (local) budget
    text = ("Nr. crt.\tDenumire serviciu\tCod serviciu\tCapacitate (nr. beneficiari)\tFonduri proprii (lei)\t"
            "Buget de stat (lei)\n"
            "1.\tCentrul de zi Mugurel\t8810 CZ-V-II\t30\t120.000,00 RON\t15.000,00 RON\n")
    s = services_of(text)[0]
    assert (s.capacity, s.beneficiaries, s.budget_local_lei, s.budget_state_lei) == (
        30, None, Decimal("120000.00"), Decimal("15000.00"))


def test_a_field_named_outside_the_parenthesis_wins():
    # 'Nr. beneficiari (capacitate)': the other way round
    text = ("Nr. crt.\tDenumire serviciu\tCod serviciu\tNr. locuri\tNr. beneficiari (capacitate ocupată)\t"
            "Buget local\n"
            "1.\tCentrul de zi Mugurel\t8810 CZ-V-II\t30\t25\t120.000\n")
    s = services_of(text)[0]
    assert (s.capacity, s.beneficiaries) == (30, 25)


def test_own_funds_next_to_a_local_budget_column_is_another_source():
    text = ("Nr. crt.\tDenumire serviciu\tCod serviciu\tCapacitate (locuri)\tSursa de finanțare (lei)\t\t\n"
            "\t\t\t\tBuget local\tBuget de stat\tFonduri proprii\n"
            "1.\tCentrul de zi Mugurel\t8810 CZ-V-II\t30\t35.000,00 RON\t10.000,00 RON\t2.500,00 RON\n")
    s = services_of(text)[0]
    assert (s.capacity, s.budget_local_lei, s.budget_state_lei, s.budget_other_lei) == (
        30, Decimal("35000.00"), Decimal("10000.00"), Decimal("2500.00"))


# --- composite cells: one cell holding what the template's double headers ask for --------------------------------

COMPOSITE = (
    "Nr. crt.\tDenumire furnizor și date de contact (adresa, telefon, e-mail, web)\tDenumirea serviciului social\t"
    "Cod serviciu social\tCapacitate / Categoriile de beneficiari\tGrad de ocupare (%) / Număr cereri în așteptare\t"
    "Buget local\n"
    "1.\tAsociația Speranța, str. Florilor nr. 3, Iași, tel. 0232 123 456, contact@speranta.ro\t"
    "Centrul de zi Mugurel, str. Florilor nr. 3\t8810 CZ-V-II\t30 locuri / Vârstnici\t95% / 3 cereri în așteptare\t"
    "700.000,00 lei/an/30 beneficiari\n"
    "2.\tFundația Arinul, sediul: bd. Independenței nr. 7\tCasa de tip familial Arinul\t8790 CR-C / 8790 CR-C-I\t"
    "30 locuri + 20 ambulatoriu\t100%\tbugetat din fonduri proprii cu suma de 559.507,77 lei\n"
    "3.\tDGASPC\tCentrul de zi din str. Teilor nr. 5\t8899 CZ-F-I\t40 copii cu dizabilități\t-\t-\n")


def test_composite_cells_of_a_services_table_are_read_into_their_fields():
    first, second, third = services_of(COMPOSITE)
    # provider: the name, its contact details left in the printed cell
    assert (first.provider, second.provider, third.provider) == ("Asociația Speranța", "Fundația Arinul", "DGASPC")
    assert "contacts_split" in first.warnings
    # the service's name without the street address printed after a separator; a name that is its street stays
    assert first.service_name == "Centrul de zi Mugurel" and "address_split" in first.warnings
    assert third.service_name == "Centrul de zi din str. Teilor nr. 5" and "address_split" not in third.warnings
    # capacity with its beneficiary category; two counts for one field → none, the raw kept, a warning
    assert (first.capacity, first.capacity_raw) == (30, "30 locuri / Vârstnici")
    assert second.capacity is None and "ambiguous_count" in second.warnings
    assert second.capacity_raw == "30 locuri + 20 ambulatoriu"
    assert third.capacity == 40
    # occupancy with the waiting list (no field of its own: kept in occupancy_raw)
    assert (first.occupancy_pct, first.beneficiaries, second.occupancy_pct) == (95.0, None, 100.0)
    assert first.occupancy_raw == "95% / 3 cereri în așteptare"
    # money with qualifiers: the amount, not the period or the number of beneficiaries
    assert first.budget_local_lei == Decimal("700000.00") and second.budget_local_lei == Decimal("559507.77")
    assert first.budget_total_lei == Decimal("700000.00")
    # two codes in one cell: the complete nomenclator one, with a warning
    assert (second.service_code, second.code_status) == ("8790 CR-C-I", "exact")
    assert "multiple_codes" in second.warnings and second.code_raw == "8790 CR-C / 8790 CR-C-I"


# --- the template's column wordings beyond the corpus' -------------------------------------------------------------

def test_maximum_number_of_beneficiaries_is_the_capacity_and_the_county_council_budget_is_the_county_one():
    # 'Număr maxim de beneficiari' is how many the service can take (its capacity); 'Buget CJ' is the county
    # council's budget (Consiliul Județean); 'Contribuția persoanelor beneficiare' the beneficiaries' own share
    text = ("Nr. crt.\tDenumirea serviciului social\tCod serviciu\tNumăr maxim de beneficiari\tNr. beneficiari\t"
            "Buget CJ (lei)\tContribuția persoanelor beneficiare (lei)\n"
            "1.\tCentrul de zi Mugurel\t8810 CZ-V-II\t30\t25\t120.000\t4.000\n")
    s = services_of(text)[0]
    assert (s.capacity, s.beneficiaries, s.budget_county_lei, s.budget_beneficiaries_lei) == (
        30, 25, Decimal("120000.00"), Decimal("4000.00"))


def test_budget_of_the_county_council_written_out():
    text = ("Nr. crt.\tDenumirea serviciului social\tCod serviciu\tCapacitate\t"
            "Bugetul Consiliului Județean\tContribuții ale beneficiarilor\n"
            "1.\tCentrul de zi Mugurel\t8810 CZ-V-II\t30\t120.000 lei\t4.000 lei\n")
    s = services_of(text)[0]
    assert (s.budget_county_lei, s.budget_beneficiaries_lei) == (Decimal("120000.00"), Decimal("4000.00"))


def test_group_headings_typed_in_the_name_column_give_the_category_of_the_rows_below():
    # a row with only a label in the name column, under a two-row header, in a table with a row-number column:
    # a group heading (the category of the rows below it), neither a header line nor the end of the row above
    rows = [["Nr.", "Denumire serviciu social", "Cod serviciu", "Capacitate", "Bugetele estimate", "", ""],
            ["", "", "", "", "Bugetul local", "Buget CJ", "Alte surse"],
            ["", "Servicii sociale cu cazare", "", "", "", "", ""],
            ["1.", "Centre de tranzit", "8790-CR-II", "20", "875.500 lei", "", "695.700 lei"],
            ["2.", "Locuințe protejate „Floare de Colț”", "8730 CR-V-III", "12", "168.800 lei", "277.800 lei", "-"],
            ["", "Centre de zi", "", "", "", "", ""],
            ["3.", "Centre de informare și sensibilizare a populației", "8899-CZ-VD-II", "205", "651.200 lei", "", ""]]
    doc = Document(source_path="t.docx", doc_id="t", format="docx", blocks=[
        Heading("A. Serviciile sociale existente", line=1), _table(rows, page=None, line0=2)])
    got = [(s.category, s.service_name, s.budget_county_lei) for s in extract_document(doc).services]
    assert got == [("Servicii sociale cu cazare", "Centre de tranzit", None),
                   ("Servicii sociale cu cazare", "Locuințe protejate „Floare de Colț”", Decimal("277800.00")),
                   ("Centre de zi", "Centre de informare și sensibilizare a populației", None)]


def test_number_of_persons_served_is_the_beneficiaries():
    text = ("Nr.\tDenumirea serviciului social\tCod nomenclator\tCapacitatea serviciului\t"
            "Număr de persoane beneficiare\tBugetul județean\n"
            "1.\tCentrul de zi Mugurel\t8810 CZ-V-II\t30\t22\t120.000 lei\n")
    s = services_of(text)[0]
    assert (s.capacity, s.beneficiaries, s.budget_county_lei) == (30, 22, Decimal("120000.00"))


def test_a_total_row_printed_short_has_its_figures_under_the_budget_columns():
    # a TOTAL label merged over the first columns and exported as one cell: the row is short, its figures belong
    # to the last columns (where the budgets are), not to the columns they fall under when padded at the end
    rows = [["Nr.", "Denumirea serviciului social", "Cod nomenclator", "Capacitate", "Observații", "Buget local",
             "Buget de stat"],
            ["1.", "Centrul de zi Mugurel", "8810 CZ-V-II", "30", "-", "120.000", "15.000"],
            ["2.", "Casa de tip familial Arinul", "8790 CR-C-I", "12", "-", "950.500", "-"],
            ["TOTAL GENERAL", "", "", "1.070.500", "15.000"]]
    doc = Document(source_path="t.txt", doc_id="t", format="txt", blocks=[
        Heading("A. Serviciile sociale existente", line=1), _table(rows, page=None, line0=2)])
    totals = extract_document(doc).totals
    got = sorted((t.source_field, t.amount) for t in totals if t.source_dataset == "services")
    assert got == [("budget_local_lei", Decimal("1070500.00")), ("budget_state_lei", Decimal("15000.00"))]


def test_a_report_describes_each_service_in_a_sheet_of_its_own():
    """A report's sheet per service: the service's name as the heading, then a table of label | value rows without
    a header (code, capacity, beneficiaries at year end, occupancy, staff) or one line 'Cod serviciu: …; capacitate:
    … locuri; …'. Each sheet is a service row; the staff count and the licence are not fields."""
    from records_testkit import run, table

    res = run(Heading(text="Capitolul III – Serviciile sociale furnizate"),
              Heading(text="3.1. Centrul de zi „Alfa” Vaslui"),
              table([["Licență de funcționare", "nr. 8442/21.12.2023"],
                     ["Cod serviciu social", "8891-CZ-C-II"],
                     ["Capacitatea centrului", "40 locuri"],
                     ["Număr beneficiari la 31.12.2024", "36"],
                     ["Grad de ocupare", "90%"],
                     ["Personal angajat", "12"]]),
              Heading(text="3.2. Centre de zi de socializare „Beta”"),
              Paragraph(text="Cod serviciu: 8810 CZ-V-II; capacitate: 24 locuri; număr beneficiari la 31.12.2024: "
                             "21; personal: 24 posturi."))
    rows = [(s.section, s.service_name, s.service_code, s.capacity, s.beneficiaries, s.occupancy_pct)
            for s in res.services]
    assert rows == [("existing", "Centrul de zi „Alfa” Vaslui", "8891 CZ-C-II", 40, 36, 90.0),
                    ("existing", "Centre de zi de socializare „Beta”", "8810 CZ-V-II", 24, 21, None)]


def test_sheets_opening_with_the_code_and_run_together_by_the_text_reader():
    """A sheet whose first row is 'Codul serviciului | 8710 CRMS-I' is no services table headed by that row (its
    'header' holds a code: a label | value pair); two sheets read as one table (only the next service's name
    between them) are two services, each named by the line before its rows."""
    text = ("Capitolul III – Serviciile sociale furnizate\n\n1. Centre rezidențiale medico sociale „Dumbrava”\n\n"
            "Codul serviciului\t8710 CRMS-I\nCapacitate\t109 locuri\nNr. beneficiari la 31 decembrie 2019\t106\n"
            "Număr posturi ocupate\t51\n\n2. Centre de servicii de recuperare neuromotorie Satu Mare\n\n"
            "Cod serviciu social\t8899 - CZ-D-II\nCapacitatea centrului\t33 locuri\n"
            "Beneficiari la sfârșitul anului\t24\nNumăr posturi ocupate\t52\n")
    res = extract_document(Document(source_path="s.txt", doc_id="s", format="txt", blocks=parse_text(text)))
    rows = [(s.service_name, s.service_code, s.capacity, s.beneficiaries) for s in res.services]
    assert rows == [("Centre rezidențiale medico sociale „Dumbrava”", "8710 CRMS-I", 109, 106),
                    ("Centre de servicii de recuperare neuromotorie Satu Mare", "8899 CZ-D-II", 33, 24)]


def test_subtotal_rows_per_category_are_totals_of_places_and_beneficiaries_not_services():
    """A table split per beneficiary category with a 'Subtotal …' / 'Total servicii …' row closing each category and
    a 'TOTAL GENERAL' row: those rows are no services; their capacity and beneficiary figures are stated totals."""
    from records_testkit import run, table

    res = run(Heading(text="A. Servicii sociale existente"), table([
        ["Nr. crt.", "Denumirea serviciului", "Cod serviciu", "Capacitate (nr. locuri)", "Nr. beneficiari la 31.12.2024"],
        ["Servicii sociale pentru copii", "", "", "", ""],
        ["1.", "Centrul de zi Alfa", "8891 CZ-C-II", "30", "25"],
        ["2.", "Centrul de plasament Beta", "8790 CR-C-I", "40", "38"],
        ["", "Subtotal servicii sociale pentru copii", "", "70", "63"],
        ["Servicii sociale pentru persoane vârstnice", "", "", "", ""],
        ["3.", "Centrul de zi Gama", "8810 CZ-V-I", "20", "18"],
        ["", "Total servicii sociale pentru persoane vârstnice", "", "20", "18"],
        ["", "TOTAL GENERAL", "", "90", "81"]]))
    assert [s.service_name for s in res.services] == ["Centrul de zi Alfa", "Centrul de plasament Beta",
                                                      "Centrul de zi Gama"]
    stated = sorted(int(t.amount) for t in res.totals)
    assert stated == [18, 20, 63, 70, 81, 90]
    grand = [t for t in res.totals if t.amount in (90, 81)]
    assert all(t.matches for t in grand)  # the grand totals add up over the table's rows


def test_a_sheet_row_holding_more_or_fewer_than_two_texts_is_passed_over():
    """Classification judges a table as understanding resolved it; the sheet reader walks the reader's rows, where a
    row may hold a piece more (a note cell) or less: such a row is no label | value pair, and no error."""
    from extractors.model import Cell, Row
    from extractors.records.service_sheets import _sheets

    def row(*texts: str) -> Row:
        return Row(cells=[Cell(text=t, col=i) for i, t in enumerate(texts)])

    sheets = _sheets([row("Cod serviciu social", "8891-CZ-C-II"), row("Capacitate", "40 locuri", "notă"),
                      row("Număr beneficiari la 31.12.2024", "36"), row("", "\u200b")])
    assert [facts for facts, _ in sheets] == [{"code": "8891-CZ-C-II", "beneficiaries": "36"}]


def test_the_local_council_budget_is_the_local_budget_and_external_funds_another_source():
    # 'Bugetul Consiliului Local' is the local budget (not the county council's, however close 'Bugetul CJ' reads);
    # external non-refundable funds and donations are sources of their own: 'alte surse'
    text = ("Nr. crt.\tDenumirea serviciului social\tCod serviciu\tCapacitate\t"
            "Bugetul Consiliului Local\tFonduri externe nerambursabile\n"
            "1.\tCentrul de zi Mugurel\t8810 CZ-V-II\t30\t120.000 lei\t45.000 lei\n")
    s = services_of(text)[0]
    assert (s.budget_local_lei, s.budget_county_lei, s.budget_other_lei) == (
        Decimal("120000.00"), None, Decimal("45000.00"))
    s = services_of(text.replace("Fonduri externe nerambursabile", "Donații și sponsorizări"))[0]
    assert s.budget_other_lei == Decimal("45000.00")


def test_one_budget_column_takes_the_source_named_in_its_row():
    # a proposed service's one estimated budget next to a 'Sursa de finanțare' column: the row's source decides the
    # field; a source in words that is none of the template's four named ones is 'alte surse'
    text = ("Denumirea serviciului social propus\tCod serviciu\tCapacitate estimată\tBuget estimat (lei)\t"
            "Sursa de finanțare\tTermen\n"
            "Centrul de zi Mugurel\t8810 CZ-V-II\t30 locuri\t250.000,00\tbuget local\ttrim. III 2025\n"
            "Locuința protejată Arinul\t8790 CR-D-VII\t8 locuri\t480.000\tfonduri PNRR\t31.12.2025\n"
            "Echipa mobilă Plopul\t8810 ID-VI\t20 locuri\t90.000\tbuget de stat\t2025\n")
    a, b, c = services_of(text, "B. Servicii sociale propuse spre a fi înființate")
    assert (a.section, a.budget_local_lei, a.budget_other_lei, a.budget_total_lei) == (
        "proposed", Decimal("250000.00"), None, Decimal("250000.00"))
    assert (b.budget_local_lei, b.budget_other_lei) == (None, Decimal("480000.00"))
    assert (c.budget_state_lei, c.budget_local_lei) == (Decimal("90000.00"), None)


def test_one_budget_column_without_a_source_is_a_total_only():
    # 'Buget estimat 2025' with no source named anywhere in the table: the amount is kept as the row's total (and
    # printed in budget_raw) but is put under no source, with a warning; a source in the header is read
    text = ("Nr. crt.\tDenumirea serviciului social\tCod serviciu\tCapacitate\tBuget estimat 2025\n"
            "1.\tCentrul de zi Mugurel\t8810 CZ-V-II\t30\t700.000,00 lei/an\n")
    s = services_of(text)[0]
    assert (s.budget_local_lei, s.budget_total_lei, s.budget_raw) == (
        None, Decimal("700000.00"), "700.000,00 lei/an")
    assert "budget_source_not_stated" in s.warnings
    text = text.replace("Buget estimat 2025", "Cost anual estimat (buget local)")
    assert services_of(text)[0].budget_local_lei == Decimal("700000.00")


def test_a_proposed_service_counts_the_beneficiaries_it_will_take_its_capacity():
    # a service not founded yet has no beneficiaries: 'Nr. beneficiari estimat' / '39 beneficiari/zi' is how many
    # it is planned to take, its capacity
    text = ("Denumire serviciu\tCod serviciu\tNr. beneficiari estimat\tBuget local (lei)\n"
            "Centrul de zi Mugurel\t8810 CZ-V-II\t39 beneficiari/zi\t250.000\n")
    s = services_of(text, "B. Servicii sociale propuse spre a fi înființate")[0]
    assert (s.section, s.capacity, s.beneficiaries) == ("proposed", 39, None)


def test_one_table_per_beneficiary_group_under_sub_headings_gives_the_category():
    # the existing services split into one table per beneficiary group, each under a sub-heading naming the group:
    # the sub-heading is the category of its table's rows, as a group row over them would be; the section's own
    # heading and a sentence introducing the table are none
    header = "Nr. crt.\tDenumirea serviciului social\tCod serviciu\tCapacitate\tBuget local (lei)\n"
    blocks = parse_text(
        "A. Servicii sociale existente\n\nLa nivelul orașului funcționează următoarele servicii sociale:\n\n"
        "A.1. Servicii sociale pentru persoane vârstnice\n\n- lei -\n\n" + header
        + "1.\tCentrul de zi Mugurel\t8810 CZ-V-II\t30\t120.000\n\n"
        "B) Persoane în situații de risc\n\nSumele sunt exprimate în lei.\n\n" + header
        + "2.\tCantina socială Plopul\t8899 CPDH-I\t80\t60.000\n")
    doc = Document(source_path="t.txt", doc_id="t", format="txt", blocks=blocks)
    got = [(s.category, s.service_name) for s in extract_document(doc).services]
    assert got == [("Servicii sociale pentru persoane vârstnice", "Centrul de zi Mugurel"),
                   ("Persoane în situații de risc", "Cantina socială Plopul")]
    assert [s.category for s in services_of(header + "1.\tCentrul de zi Mugurel\t8810 CZ-V-II\t30\t120.000\n")] \
        == [None]


def test_a_heading_over_a_table_without_a_name_column_gives_no_category():
    # rows read without a name (a table the reader broke, a sheet's label | value rows) may sit under a heading
    # that names one service, not a group: no category from it
    blocks = parse_text("A. Servicii sociale existente\n\nCentre de zi pentru copii aflați în situație de risc\n\n"
                        "Nr. crt.\tCod serviciu\tCapacitate\tBuget local (lei)\n1.\t8891 CZ-C-II\t30\t120.000\n")
    doc = Document(source_path="t.txt", doc_id="t", format="txt", blocks=blocks)
    assert [s.category for s in extract_document(doc).services] == [None]


def test_a_report_table_of_services_with_budgets_by_source_and_codes_in_the_name_cells_lists_services():
    # a report on the plan: no code column (the code is in the name cell), a count of beneficiaries and the budgets
    # spent by source ('realizat'); the columns of budgets by funding source are the services table's, not a
    # report's table of results
    text = ("Nr. crt.\tServiciul social (denumire, sediu, contact)\tNr. locuri\tNumăr beneficiari 2019\t"
            "Buget local realizat (lei)\tBugetul de stat (lei)\tContribuția beneficiarilor (lei)\n"
            "1.\t8790 - CR-PFA-II – Adăpostul de noapte pentru persoane fără adăpost, str. Gării nr. 74\t23 locuri\t16\t"
            "392.100,00\t1.874.800,00\t1.211.800,00\n"
            "2.\tClubul seniorilor „Pinocchio” (cod 8810 CZ-V-II), Calea Națională nr. 66\t64 locuri\t42\t"
            "2.166.500,00\t793.200,00\t1.175.400,00\n")
    got = services_of("Raport privind realizarea măsurilor cuprinse în Planul anual de acțiune pentru 2019\n\n" + text,
                      heading="I. Serviciile sociale administrate")
    assert [(s.section, s.service_code, s.capacity, s.beneficiaries, s.budget_state_lei) for s in got] == [
        ("existing", "8790 CR-PFA-II", 23, 16, Decimal("1874800.00")),
        ("existing", "8810 CZ-V-II", 64, 42, Decimal("793200.00"))]


def test_proposed_services_with_their_term_and_state_are_services_not_measures():
    # a report lists the services the plan proposed with a term and the state reached: a 'Termen' and a 'Stadiu'
    # column do not make it the table of measures
    text = ("Nr. crt.\tServiciul social propus\tCod serviciu\tBeneficiari\tCapacitate estimată\tTermen\tStadiu\n"
            "1.\tCentru de primire în regim de urgență pentru victimele violenței domestice\t8790 CR-VD-I\t"
            "victime ale violenței domestice\t40\t31.12.2021\tNerealizat – lipsa fondurilor\n")
    [s] = services_of(text, heading="II. Stadiul înființării serviciilor sociale propuse")
    assert (s.section, s.service_code, s.capacity) == ("proposed", "8790 CR-VD-I", 40)


def test_a_unit_stated_above_the_first_table_holds_for_the_same_table_continued_under_a_group_heading():
    # the services table split by the template's groups of beneficiaries: one table per group under its heading,
    # the unit ('- mii lei -') stated once, above the first
    header = "Denumirea serviciului social\tCod serviciu\tNr. locuri\tBugetul local\tBuget de stat\n"
    text = ("Servicii sociale administrate\n\nPersoane vârstnice\n\n- mii lei -\n\n" + header
            + "Centrul de zi Alfa\t8810 CZ-V-II\t30\t663,7\t51,5\n\nCopii și familie\n\n" + header
            + "Centrul de zi Beta\t8891 CZ-C-II\t52\t505\t180,6\n\nPersoane adulte\n\n- lei -\n\n" + header
            + "Centrul de zi Gama\t8899 CZ-D-I\t12\t40.000\t-\n")
    res = extract_document(Document(source_path="t.txt", doc_id="t" * 64, format="txt", blocks=parse_text(text)))
    budgets = {s.service_name: s.budget_local_lei for s in res.services}
    assert budgets == {"Centrul de zi Alfa": Decimal("663700.00"), "Centrul de zi Beta": Decimal("505000.00"),
                       "Centrul de zi Gama": Decimal("40000.00")}


def test_the_scale_stated_above_the_first_part_holds_for_a_later_parts_columns_headed_lei_without_vat():
    # '(lei fără TVA)' in the shared header names the currency and the VAT basis, not the scale stated above
    header = "Denumirea serviciului social\tCod serviciu\tNr. locuri\tBugetul local (lei fără TVA)\n"
    text = ("Persoane vârstnice\n\nSumele sunt exprimate în mii lei.\n\n" + header
            + "Centrul de zi Alfa\t8810 CZ-V-II\t30\t663,7\n\nCopii și familie\n\n" + header
            + "Centrul de zi Beta\t8891 CZ-C-II\t52\t505\n")
    res = extract_document(Document(source_path="t.txt", doc_id="t" * 64, format="txt", blocks=parse_text(text)))
    assert {s.service_name: s.budget_local_lei for s in res.services} == {
        "Centrul de zi Alfa": Decimal("663700.00"), "Centrul de zi Beta": Decimal("505000.00")}


def test_the_scale_stated_above_the_first_part_holds_for_a_later_part_whose_header_has_a_rate_in_lei():
    # a column of what one beneficiary costs a month is in lei whatever the table's scale: its '(lei/lună)' is that
    # column's unit, not the later parts' (the budget columns of the second part were read as lei)
    header = ("Denumirea serviciului social\tCod serviciu\tCostul mediu lunar de întreținere (lei/lună)\t"
              "Bugetul local\n")
    text = ("Persoane vârstnice\n\nSumele sunt exprimate în mii lei.\n\n" + header
            + "Centrul de zi Alfa\t8810 CZ-V-II\t1.140\t663,7\n\nCopii și familie\n\n" + header
            + "Centrul de zi Beta\t8891 CZ-C-II\t980\t505\n\nPersoane adulte cu dizabilități\n\n" + header
            + "Centrul de zi Gama\t8899 CZ-D-I\t1.250\t212,4\n")
    res = extract_document(Document(source_path="t.txt", doc_id="t" * 64, format="txt", blocks=parse_text(text)))
    assert {s.service_name: s.budget_local_lei for s in res.services} == {
        "Centrul de zi Alfa": Decimal("663700.00"), "Centrul de zi Beta": Decimal("505000.00"),
        "Centrul de zi Gama": Decimal("212400.00")}


def test_a_unit_is_not_carried_to_a_table_of_another_header():
    text = ("Persoane vârstnice\n\n- mii lei -\n\n"
            "Denumirea serviciului social\tCod serviciu\tNr. locuri\tBugetul local\n"
            "Centrul de zi Alfa\t8810 CZ-V-II\t30\t663,7\n\nCopii și familie\n\n"
            "Denumirea serviciului social\tCod serviciu\tCapacitate\tBuget local\n"
            "Centrul de zi Beta\t8891 CZ-C-II\t52\t505\n")
    res = extract_document(Document(source_path="t.txt", doc_id="t" * 64, format="txt", blocks=parse_text(text)))
    assert {s.service_name: s.budget_local_lei for s in res.services}["Centrul de zi Beta"] == Decimal("505.00")


def test_a_list_of_services_without_a_code_column_under_a_chapter_heading_is_a_services_table():
    # a report's chapter lists its centres: no code column, no section letter, the header the only evidence
    text = ("Nr. crt.\tServiciul social\tCapacitate\tNumăr beneficiari\n"
            "1.\tCentrul de zi pentru vârstnici Speranța\t30\t27\n"
            "2.\tCantina socială\t80\t64\n")
    services = services_of(text, heading="Capitolul 5. Asistență socială")
    assert [(s.service_name, s.service_code, s.capacity, s.beneficiaries) for s in services] == [
        ("Centrul de zi pentru vârstnici Speranța", None, 30, 27), ("Cantina socială", None, 80, 64)]


def test_a_chapter_title_line_ends_the_procurement_chapter_a_title_line_named():
    # a text export's chapters are bare title lines: the services table of a later chapter is not the
    # procurement chapter's list of contracted services
    text = ("Investiții și achiziții publice\n\nAu fost realizate lucrări de 1.200.000 lei.\n\nÎnvățământ\n\n"
            "Funcționează 3 școli.\n\nAsistență socială\n\nFuncționează următoarele servicii sociale:\n\n"
            "Nr. crt.\tServiciul social\tNr. locuri\tNr. beneficiari\n1.\tCantina socială\t80\t64\n")
    doc = Document(source_path="t.txt", doc_id="t", format="txt", blocks=parse_text(text))
    result = extract_document(doc)
    assert [(s.service_name, s.capacity, s.beneficiaries) for s in result.services] == [("Cantina socială", 80, 64)]
    assert result.procurements == []


def test_a_provider_column_headed_by_the_providing_body_as_an_adjective():
    # 'Instituția / organizația furnizoare': the body that provides the service, as 'Furnizor' says it
    text = ("Nr. crt.\tServiciul social\tInstituția / organizația furnizoare\tCod serviciu social\tCapacitate\n"
            "1.\tCentrul de zi Mugurel\tAsociația Speranța\t8810 CZ-V-II\t30\n")
    [s] = services_of(text)
    assert (s.service_name, s.provider, s.capacity) == ("Centrul de zi Mugurel", "Asociația Speranța", 30)


def test_one_column_of_places_and_beneficiaries_gives_both():
    # 'Capacitate / Nr. beneficiari' over '30 / 28': 30 places, 28 beneficiaries
    text = ("Nr. crt.\tServiciul social\tCod serviciu social\tCapacitate / Nr. beneficiari\n"
            "1.\tCentrul de zi Mugurel\t8810 CZ-V-II\t30 / 28\n"
            "2.\tCasa de tip familial Arinul\t8790 CR-C-I\t12 locuri / 12\n")
    assert [(s.capacity, s.beneficiaries) for s in services_of(text)] == [(30, 28), (12, 12)]


def test_the_county_budget_as_the_countys_own_and_an_annual_cost_column_with_its_total():
    text = ("Nr. crt.\tServiciul social\tCod serviciu social\tBugetul propriu al județului (lei)\n"
            "1.\tCentrul de zi Mugurel\t8810 CZ-V-II\t120.000\n")
    assert [s.budget_county_lei for s in services_of(text)] == [Decimal("120000")]
    text = ("- mii lei -\n\nNr. crt.\tServiciul social\tCod serviciu social\tCostul anual de funcționare\n"
            "1.\tCentrul de zi Mugurel\t8810 CZ-V-II\t982,2\n2.\tCasa de tip familial Arinul\t8790 CR-C-I\t964,2\n"
            "TOTAL\t\t\t1.946,4\n")
    doc = Document(source_path="t.txt", doc_id="t", format="txt",
                   blocks=parse_text("A. Servicii sociale existente la nivelul comunei\n\n" + text))
    ex = extract_document(doc)
    assert [s.budget_total_lei for s in ex.services] == [Decimal("982200"), Decimal("964200")]
    assert Decimal("1946400") in [t.amount for t in ex.totals]


def test_a_cost_whose_row_names_two_sources_by_programme_or_own_funds_is_no_one_sources():
    # 'Buget local + POIDS' (an EU programme by name), 'fonduri proprii, sponsorizări': two sources, one amount
    text = ("Nr. crt.\tServiciul social\tCod serviciu social\tCost estimat (lei)\tSursa de finanțare\n"
            "1.\tCentrul de zi Mugurel\t8810 CZ-V-II\t120.000\tBuget local + POIDS\n"
            "2.\tCasa de tip familial Arinul\t8790 CR-C-I\t90.000\tfonduri proprii, sponsorizări\n"
            "3.\tCantina socială\t8899 CPDH-I\t50.000\tbuget local\n")
    got = [(s.budget_local_lei, s.budget_other_lei, s.budget_total_lei) for s in services_of(text)]
    assert got == [(None, None, Decimal("120000")), (None, None, Decimal("90000")),
                   (Decimal("50000"), None, Decimal("50000"))]
    assert all("budget_sources_mixed" in s.warnings for s in services_of(text)[:2])


def test_a_proposed_service_headed_as_such_and_a_bare_financing_column_naming_the_source():
    # 'Serviciul propus' names the service; 'Finanțare' over 'buget local' names the source of the row's cost
    text = ("Nr. crt.\tServiciul propus\tCod serviciu\tCost anual (lei)\tFinanțare\n"
            "1.\tCentrul de zi Mugurel\t8810 CZ-V-II\t120.000\tbuget local\n")
    [s] = services_of(text)
    assert (s.service_name, s.budget_local_lei) == ("Centrul de zi Mugurel", Decimal("120000"))


def test_a_county_table_with_the_towns_share_a_total_column_and_a_body_running_it():
    # a county DGASPC's table: the towns' and communes' contribution is the local budgets' ('Bugetele locale ale
    # UAT'), the provider column names the body running the service ('Entitatea care administrează'), the 'Total'
    # column adds up the row's sources and its TOTAL cell states the table's whole budget
    text = ("Nr. crt.\tDenumirea serviciului social\tEntitatea care administrează\tCapacitate\t"
            "Buget județean (lei)\tBugetele locale ale UAT de domiciliu (lei)\tTotal (lei)\n"
            "1.\tCentrul de îngrijire și asistență Mugurel\tDGASPC Vâlcea\t60\t2.400.000\t150.000\t2.550.000\n"
            "2.\tLocuința protejată Arinul\tDGASPC Vâlcea\t8\t400.000\t50.000\t450.000\n"
            "TOTAL\t\t\t68\t2.800.000\t200.000\t3.000.000\n")
    doc = Document(source_path="t.txt", doc_id="t", format="txt",
                   blocks=parse_text("A. Servicii sociale existente\n\n" + text))
    res = extract_document(doc)
    got = [(s.provider, s.budget_county_lei, s.budget_local_lei) for s in res.services]
    assert got == [("DGASPC Vâlcea", Decimal("2400000"), Decimal("150000")),
                   ("DGASPC Vâlcea", Decimal("400000"), Decimal("50000"))]
    assert Decimal("3000000") in {t.amount for t in res.totals}


def test_one_table_per_setting_takes_the_setting_heading_as_category():
    # the services split by setting (residential / day / home care), not by group of beneficiaries
    header = "Nr. crt.\tDenumirea serviciului social\tCod serviciu social\tCapacitate\tBuget județean (lei)\n"
    text = ("A. Servicii sociale existente\n\nServicii sociale cu cazare\n\n" + header
            + "1.\tCentrul de plasament Mugurel\t8790 CR-C-I\t40\t2.400.000\n\nCentre de zi\n\n" + header
            + "2.\tCentrul de zi Arinul\t8891 CZ-C-II\t25\t300.000\n\nServicii la domiciliu\n\n" + header
            + "3.\tUnitatea de îngrijire la domiciliu\t8810 ID-I\t40\t250.000\n\nServicii acordate în comunitate\n\n"
            + header + "4.\tEchipa mobilă\t8899 SIS-I\t60\t180.000\n")
    doc = Document(source_path="t.txt", doc_id="t", format="txt", blocks=parse_text(text))
    got = [s.category for s in extract_document(doc).services]
    assert got == ["Servicii sociale cu cazare", "Centre de zi", "Servicii la domiciliu", "Servicii acordate în comunitate"]


def test_a_proposed_service_whose_sources_column_names_the_source_in_words():
    # 'Surse de finanțare' over words is the row's source, as 'Sursa de finanțare' is
    text = ("Nr. crt.\tDenumirea serviciului social propus\tCod\tCapacitate estimată\tBuget estimat (lei)\t"
            "Surse de finanțare\n"
            "1.\tCasa de tip familial Arinul\t8790 CR-C-I\t12\t450.000\tPNRR – Componenta 13\n"
            "2.\tCentrul de zi Mugurel\t8899 CZ-D-I\t30\t320.000\tbugetul de stat\n")
    [a, b] = services_of(text, heading="B. Servicii sociale propuse spre a fi înființate")
    assert (a.budget_other_lei, b.budget_state_lei) == (Decimal("450000"), Decimal("320000"))


def test_a_cost_standard_per_beneficiary_in_lei_states_no_unit_for_the_budgets_of_a_later_part():
    # 'Standard de cost (lei/an/beneficiar)' is a rate in lei; the budgets of the later part stay in the thousands
    # stated above the first part
    header = ("Denumirea serviciului social\tCod serviciu\tNr. locuri\tStandard de cost (lei/an/beneficiar)\t"
              "Buget județean\n")
    text = ("Persoane vârstnice\n\nSumele sunt exprimate în mii lei.\n\n" + header
            + "Căminul Alfa\t8730 CR-V-I\t30\t61.553\t1.663,7\n\nCopii și familie\n\n" + header
            + "Centrul de zi Beta\t8891 CZ-C-II\t52\t16.848\t505,2\n")
    res = extract_document(Document(source_path="t.txt", doc_id="t" * 64, format="txt", blocks=parse_text(text)))
    assert {s.service_name: s.budget_county_lei for s in res.services} == {
        "Căminul Alfa": Decimal("1663700.00"), "Centrul de zi Beta": Decimal("505200.00")}


def test_the_countys_own_revenue_and_the_shares_of_state_revenue_are_the_county_and_state_budgets():
    text = ("Nr. crt.\tServiciul social\tCod serviciu social\tVenituri proprii ale bugetului județean (lei)\t"
            "Sume defalcate din TVA (lei)\n"
            "1.\tCentrul de zi Mugurel\t8810 CZ-V-II\t120.000\t30.000\n"
            "2.\tCasa de tip familial Arinul\t8790 CR-C-I\t950.500\t-\n")
    assert [(s.budget_county_lei, s.budget_state_lei, s.budget_local_lei) for s in services_of(text)] == [
        (Decimal("120000"), Decimal("30000"), None), (Decimal("950500"), None, None)]
    text = ("Nr. crt.\tServiciul social\tCod serviciu social\tBuget propriu al județului (lei)\t"
            "Buget de stat (lei)\n1.\tCentrul de zi Mugurel\t8810 CZ-V-II\t120.000\t30.000\n")
    assert [(s.budget_county_lei, s.budget_state_lei) for s in services_of(text)] == [
        (Decimal("120000"), Decimal("30000"))]


def test_the_documents_money_unit_is_the_budget_columns_not_a_rate_per_head_printed_before_them():
    text = ("Nr. crt.\tDenumire serviciu social\tCod serviciu\tCost mediu lunar/beneficiar (lei)\t"
            "Buget local (mii lei)\tBuget de stat (mii lei)\n"
            "1.\tCentrul de zi Alfa\t8810 CZ-V-II\t860\t318\t-\n2.\tCentrul de zi Beta\t8891 CZ-C-II\t760\t107\t23\n")
    doc = Document(source_path="t.txt", doc_id="t", format="txt",
                   blocks=parse_text("A. Servicii sociale existente\n\n" + text))
    ex = extract_document(doc)
    assert ex.document.currency_unit_main == "mii lei"
    assert [s.budget_local_lei for s in ex.services] == [Decimal("318000.00"), Decimal("107000.00")]


def test_a_total_row_states_the_totals_of_money_columns_no_field_takes_but_not_of_rates():
    # a report on a budget's execution: approved, committed and paid amounts are no funding source, their TOTAL
    # figures are stated totals still; the execution rate is none
    text = ("- mii lei -\n\nNr. crt.\tServiciul social\tCod\tBuget aprobat\tAngajamente legale\tPlăți efectuate\t"
            "Grad de execuție (%)\n"
            "1.\tCentrul de zi Alfa\t8810 CZ-V-II\t394,6\t380,0\t373,4\t94,63\n"
            "2.\tCantina socială Beta\t8899 CPDH-I\t994,1\t900,2\t857,5\t86,26\n"
            "3.\tCreșa nr. 3\t8891 CZ-C-I\t311,5\t300,0\t289,4\t92,91\n"
            "TOTAL\t\t\t1.700,2\t1.580,2\t1.520,3\t89,42\n")
    doc = Document(source_path="t.txt", doc_id="t", format="txt",
                   blocks=parse_text("A. Servicii sociale existente\n\n" + text))
    ex = extract_document(doc)
    assert len(ex.services) == 3 and all(s.budget_total_lei is None for s in ex.services)
    amounts = {t.amount for t in ex.totals}
    assert {Decimal("1700200"), Decimal("1580200"), Decimal("1520300")} <= amounts
    assert not any(t.amount in (Decimal("89.42"), Decimal("89420")) for t in ex.totals if t.unit == "lei")


def test_a_bare_nr_column_numbers_the_rows_though_group_and_subtotal_rows_leave_it_empty():
    # the groups typed in the name column, a subtotal after each: the first column holds as many blanks as numbers
    text = ("Nr.\tDenumire serviciu social\tCod\tCapacitate\tBuget local (lei)\n"
            "\tServicii sociale pentru persoane vârstnice\t\t\t\n"
            "1.\tServiciul de îngrijire la domiciliu\t8810 ID-I\t48\t322.500\n"
            "\tTotal servicii sociale pentru persoane vârstnice\t\t48\t322.500\n"
            "\tServicii sociale pentru copii și familie\t\t\t\n"
            "2.\tCreșa nr. 1\t8891CZ-C-I\t64\t1.425.000\n"
            "3.\tCreșa nr. 3\t8891 CZ-C-I\t94\t2.633.000\n"
            "\tTotal servicii sociale pentru copii și familie\t\t158\t4.058.000\n"
            "TOTAL GENERAL\t\t\t206\t4.380.500\n")
    services = services_of(text)
    assert [(s.service_name, s.category) for s in services] == [
        ("Serviciul de îngrijire la domiciliu", "Servicii sociale pentru persoane vârstnice"),
        ("Creșa nr. 1", "Servicii sociale pentru copii și familie"),
        ("Creșa nr. 3", "Servicii sociale pentru copii și familie")]
