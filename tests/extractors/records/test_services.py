"""Services extraction generalises over layouts: the same logical table in other shapes gives the same records.

Each fixture is written for the purpose (not copied from the corpus): columns in another order, the header in
one row vs three, the unit in the header vs in each cell, a group heading after a page break, a row split in
two, a legend explaining lettered columns. Also here: the category a group heading gives, sheets of one service
each, and which tables and lists are services. Field rules, units and totals: test_service_fields, _units, _totals.
"""
from decimal import Decimal

from extractors.model import Document, Heading, Paragraph
from extractors.readers.text import parse_text
from pipeline.extraction import extract_document
from services_kit import _table, services_of, summary

EXPECTED = [
    # (category, name, code, capacity, beneficiaries, pct, local, state)
    ("Centre de zi pentru persoane vârstnice", "Centrul de zi Mugurel", "8810 CZ-V-II", 30, 25, 83.3,
     Decimal("120000.00"), Decimal("15000.00")),
    ("Centre rezidențiale pentru copii", "Casa de tip familial Arinul", "8790 CR-C-I", 12, 12, 100.0,
     Decimal("950500.00"), None),
]


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


def test_places_written_in_the_name_cell_of_a_table_without_a_column_of_places_are_its_capacity():
    text = ("Nr. crt.\tDenumirea serviciului social\tCod\tBuget local (lei)\n"
            "1.\tCentrul de zi Floare, str. Unirii nr. 90, 45 locuri\t8899 CZ-F-I\t1.000\n"
            "2.\tCantina socială – str. Gării nr. 9, tel. 0740 288 211 (130 locuri)\t8899 CPDH-I\t2.000\n"
            "3.\tClubul pensionarilor (40 locuri)\t8810 CZ-V-II\t3.000\n"
            "4.\tCentrul de zi Mugurel, str. Florilor nr. 5\t8810 CZ-V-II\t4.000\n")
    got = services_of(text)
    assert [(s.service_name, s.capacity) for s in got] == [
        ("Centrul de zi Floare", 45), ("Cantina socială", 130), ("Clubul pensionarilor", 40),
        ("Centrul de zi Mugurel", None)]
    assert "capacity_found_in_name" in got[1].warnings and got[1].capacity_raw == "130 locuri"
    # a column of places gives the capacity; the name cell's words stay the name's
    with_column = services_of("Nr. crt.\tDenumirea serviciului social\tNr. locuri\n"
                              "1.\tCentrul de zi Floare (45 locuri)\t40\n")
    assert [(s.capacity, "capacity_found_in_name" in s.warnings) for s in with_column] == [(40, False)]


def test_a_row_the_template_lists_but_the_place_does_not_provide_gives_no_service():
    text = ("Nr. crt.\tDenumirea serviciului social\tCod serviciu social\tCapacitate\tBuget local (lei)\n"
            "1.\tCentrul de zi Mugurel\t8810 CZ-V-II\t30\t120.000\n"
            "2.\tServicii de cazare pentru persoane fără adăpost\t-\tnu este cazul\tnu este cazul\n")
    assert [s.service_name for s in services_of(text)] == ["Centrul de zi Mugurel"]


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


def test_a_chapter_heading_over_a_table_of_its_own_gives_no_category():
    # a report's chapters each hold one services table of their own header (children's, adults'): a chapter's
    # title right over a table names no group of the table (the category is the group row a service sits under);
    # only the parts of one table split by group (the same header again under the next heading) take theirs
    children = "Nr.\tServiciul / centrul\tCod\tCapacitate\tNr. beneficiari la 31.12.2024\n"
    adults = "Nr.\tCod\tDenumirea centrului\tNr. locuri\tPersoane găzduite la 31.12.2024\tGrad de ocupare (%)\n"
    blocks = parse_text(
        "1. Serviciile sociale pentru copii\n\nA. Servicii rezidențiale\n\n" + children
        + "1.\tCasa de tip familial Arinul\t8790 CR-C-I\t12\t10\n\n"
        "B. Servicii de zi\n\n" + children.replace("Serviciul / centrul", "Denumirea serviciului")
        + "1.\tCentrul de zi Mugurel\t8891 CZ-C-I\t30\t28\n\n"
        "2. Situația copiilor cu măsură de protecție specială\n\nLa 31.12.2024 se aflau în evidență 909 copii, "
        "dintre care 264 în plasament la asistenți maternali profesioniști, iar restul la rude sau în centre.\n\n"
        "III. Protecția persoanelor adulte cu dizabilități\n\n" + adults
        + "1.\t8790 CR-D-I\tCentrul de îngrijire și asistență Lumina\t30\t29\t96,7%\n")
    doc = Document(source_path="t.txt", doc_id="t", format="txt", blocks=blocks)
    got = [(s.category, s.service_name) for s in extract_document(doc).services]
    assert got == [(None, "Casa de tip familial Arinul"), (None, "Centrul de zi Mugurel"),
                   (None, "Centrul de îngrijire și asistență Lumina")]


def test_the_one_group_of_a_numbered_series_of_one_over_its_table_gives_the_category():
    # an annex that splits its services by group, with one group only this year: '1. …' and no '2. …' — the group
    # of the table; a lettered section or a Roman chapter alone over a table is none
    header = "Nr. crt.\tServiciul social\tCod serviciu\tBugetul local\n"
    row = "1.\tCantina de ajutor social\t8899 CPDH-I\t902.600 lei\n"
    for heading, category in (("1. Servicii sociale pentru persoane în risc de excluziune socială",
                               "Servicii sociale pentru persoane în risc de excluziune socială"),
                              ("A. Servicii sociale pentru persoane în risc de excluziune socială", None),
                              ("III. Servicii sociale pentru persoane în risc de excluziune socială", None)):
        blocks = parse_text("BUGETUL SERVICIILOR SOCIALE PE ANUL 2022\n\n" + heading + "\n\n" + header + row)
        doc = Document(source_path="t.txt", doc_id="t", format="txt", blocks=blocks)
        assert [s.category for s in extract_document(doc).services] == [category], heading


def test_the_parts_of_a_split_table_are_told_by_their_fields_and_labels_not_by_their_spacing():
    # a PDF prints one part's header with a word break the other lacks ('Capacitatea aprobată' /
    # 'Capacitateaaprobată'): still the same header, each part under its group
    header = "Nr. crt.\tServiciul social\tCod serviciu\t{cap}\tBuget local (lei)\n"
    blocks = parse_text(
        "a) Servicii sociale pentru persoane vârstnice\n\n" + header.format(cap="Capacitatea aprobată")
        + "1.\tCentrul de zi Mugurel\t8810 CZ-V-II\t30\t120.000\n\n"
        "b) Servicii sociale pentru copii și familie\n\n" + header.format(cap="Capacitateaaprobată")
        + "2.\tCasa de tip familial Arinul\t8790 CR-C-I\t12\t95.000\n")
    doc = Document(source_path="t.txt", doc_id="t", format="txt", blocks=blocks)
    assert [s.category for s in extract_document(doc).services] == [
        "Servicii sociale pentru persoane vârstnice", "Servicii sociale pentru copii și familie"]


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
