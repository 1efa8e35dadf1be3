"""Section C tables in layouts other than the corpus: fewer columns, other header words, units, TOTAL rows."""
from decimal import Decimal

from records_testkit import Heading, run, table


def _plan(rows, heading="C. Programul anual de contractare a serviciilor sociale din fonduri publice"):
    return run(Heading(text=heading), table(rows))


def test_short_layout_with_cpv_check_digit_and_mii_lei():
    res = _plan([
        ["Nr. crt.", "Obiectul contractului", "Cod CPV", "Valoarea estimată (mii lei)", "Sursa de finanțare",
         "Procedura", "Data estimată pentru inițierea procedurii", "Data estimată pentru atribuirea contractului"],
        ["1", "Servicii de îngrijire la domiciliu pentru vârstnici", "85311100-3 / 8810 ID-I", "120,5",
         "buget local", "procedură simplificată", "03.2023", "05/2023"],
        ["2", "Servicii de asistență socială fără cazare", "85312000-9", "80", "buget local", "achiziție directă",
         "iulie 2023", "-"],
    ])
    assert len(res.procurements) == 2
    a, b = res.procurements
    assert a.cpv_code == "85311100-3" and "cpv_check_digit_mismatch" not in a.warnings
    assert a.service_code == "8810 ID-I"
    assert a.estimated_value_lei == Decimal("120500.00")  # mii lei → lei
    assert a.procedure == "procedură simplificată" and a.funding_source == "buget local"
    assert a.start_month == "2023-03" and a.award_month == "2023-05" and a.start_raw == "03.2023"
    assert b.start_month == "2023-07"
    assert b.cpv_code == "85312000-9"


def test_wrong_check_digit_is_kept_with_a_warning():
    res = _plan([
        ["Nr. crt.", "Tipul și obiectul contractului", "Cod CPV", "Valoarea estimată [lei]"],
        ["1.", "Acord-cadru servicii rezidențiale", "85311200-5", "1.000.000"],
    ])
    rec = res.procurements[0]
    assert rec.cpv_code == "85311200-5"
    assert "cpv_check_digit_mismatch" in rec.warnings


def test_total_row_that_does_not_add_up_is_reported():
    res = _plan([
        ["Nr. crt.", "Obiectul contractului", "Cod CPV", "Valoarea estimată [lei]"],
        ["1.", "Servicii A", "85311200-4", "100.000"],
        ["2.", "Servicii B", "85311100-3", "50.000"],
        ["", "TOTAL", "", "170.000"],
    ])
    assert len(res.procurements) == 2
    [total] = [t for t in res.totals if t.source_dataset == "procurements"]
    assert total.amount == Decimal("170000.00") and total.computed == Decimal("150000.00")
    assert total.matches is False and "total_mismatch" in total.warnings
    assert all("total_mismatch" in r.warnings for r in res.procurements)


def test_not_applicable_section_gives_no_rows():
    res = _plan([
        ["Nr. crt.", "Obiectul contractului", "Cod CPV", "Valoarea estimată"],
        ["", "NU ESTE CAZUL", "", ""],
    ])
    assert res.procurements == []


def test_money_with_qualifiers_gives_the_amount():
    # the value printed inside a sentence or with its period and head count: the amount, not its qualifiers
    res = _plan([
        ["Nr. crt.", "Obiectul contractului", "Cod CPV", "Valoarea estimată", "Sursa de finanțare"],
        ["1", "Servicii de îngrijire la domiciliu", "85311100-3", "700.000,00 lei/an/30 beneficiari", "buget local"],
        ["2", "Servicii de consiliere", "85312000-9", "bugetat din fonduri proprii cu suma de 559.507,77 lei pentru 25 de beneficiari", "buget local"],
    ])
    assert [p.estimated_value_lei for p in res.procurements] == [Decimal("700000.00"), Decimal("559507.77")]
    assert res.procurements[0].value_raw == "700.000,00 lei/an/30 beneficiari"


def test_a_column_headed_cpv_alone_under_a_heading_on_purchasing_services_is_a_contracting_table():
    # 'Achiziții de servicii sociale' + a column headed just 'CPV': the contracting programme, not a services list
    res = _plan([
        ["Nr. crt", "CPV", "Denumirea serviciului contractat", "Valoarea estimată (lei fără TVA)", "Surse de finanțare"],
        ["1.", "85311100-3", "Servicii de asistență socială cu cazare pentru persoane vârstnice", "224.200 lei",
         "Buget local"],
    ], heading="Achiziții de servicii sociale")
    assert res.services == []
    [rec] = res.procurements
    assert (rec.contract_object, rec.cpv_code, rec.estimated_value_lei, rec.funding_source) == (
        "Servicii de asistență socială cu cazare pentru persoane vârstnice", "85311100-3", Decimal("224200.00"),
        "Buget local")


def test_programme_of_non_refundable_financing_with_allocated_funds():
    # Law 350/2005 programmes list the financed service and the funds allocated to it
    res = _plan([
        ["Nr. crt.", "Serviciul social finanțat", "Fonduri alocate", "Sursa de finanțare"],
        ["1.", "Servicii sociale pentru persoane vârstnice – sesiune de finanțare", "356.300", "Buget local"],
        ["2.", "Servicii sociale pentru persoane fără adăpost – program anual", "238.400,00 RON", "Buget local"],
    ], heading="Programul de finanțare nerambursabilă a serviciilor sociale, potrivit Legii nr. 350/2005")
    got = [(r.contract_object, r.estimated_value_lei) for r in res.procurements]
    assert got == [("Servicii sociale pentru persoane vârstnice – sesiune de finanțare", Decimal("356300.00")),
                   ("Servicii sociale pentru persoane fără adăpost – program anual", Decimal("238400.00"))]


def test_purchased_service_named_by_a_header_the_vocabulary_lacks_in_a_two_row_table():
    res = _plan([
        ["Nr. de ordine", "Serviciul achiziționat", "Codul CPV", "Valoarea estimată a contractului",
         "Surse de finanțare"],
        ["1.", "Servicii de transport pentru persoane cu dizabilități", "60130000-8", "390.300 lei", "Bugetul local"],
        ["2.", "Servicii de preparare a hranei pentru cantina socială", "55321000-6", "418.900 lei", "Buget local"],
    ])
    assert [r.contract_object for r in res.procurements] == [
        "Servicii de transport pentru persoane cu dizabilități", "Servicii de preparare a hranei pentru cantina socială"]


def test_allocated_sum_in_thousands_of_lei():
    res = _plan([
        ["Nr. de ordine", "Denumirea programului / obiectul finanțării", "Suma alocată (mii lei)",
         "Sursa de finanțare"],
        ["1.", "Servicii sociale pentru persoane vârstnice – proiecte ale ONG", "324,8", "Buget local"],
    ], heading="Anexa nr. 3 – Finanțări nerambursabile din fonduri publice pentru servicii sociale (Legea nr. 350/2005)")
    assert [r.estimated_value_lei for r in res.procurements] == [Decimal("324800.00")]


def test_two_service_codes_beside_the_cpv_code_keep_the_complete_nomenclator_one():
    res = _plan([
        ["Nr. crt.", "Obiectul contractului", "Cod CPV", "Cod serviciu social", "Valoarea estimată (lei)"],
        ["1", "Servicii de îngrijire la domiciliu", "85311100-3", "8899 CZ-VD / 8899 CZ-VD-II", "120.000"],
    ])
    [rec] = res.procurements
    assert rec.service_code == "8899 CZ-VD-II" and "multiple_codes" in rec.warnings


def test_funding_source_under_a_bare_sursa_header():
    res = _plan([
        ["Nr. crt.", "Obiectul contractului", "Cod CPV", "Valoarea estimată", "Sursa", "Procedura aplicată"],
        ["1.", "Servicii de îngrijire la domiciliu", "85311100-3", "309.200", "bugetul local", "achiziție directă"],
    ])
    [rec] = res.procurements
    assert rec.funding_source == "bugetul local" and rec.estimated_value_lei == Decimal("309200.00")


def test_financed_project_is_the_object_not_the_organisation_financed():
    # a report's list of NGO services financed under Law 350/2005: the organisation in one column, the project or
    # service financed in another ('Denumirea proiectului'); the object is what was financed
    res = _plan([
        ["Nr. crt.", "Organizația neguvernamentală", "Denumirea proiectului", "Nr. beneficiari", "Suma acordată (lei)"],
        ["1.", "Asociația „Casa Speranței”", "Îngrijire la domiciliu pentru vârstnici singuri", "38", "110.300"],
        ["2.", "Fundația „Sf. Dimitrie”", "Cantina socială „Pâinea cea de toate zilele”", "109", "34.900"],
    ], heading="b) Finanțări nerambursabile acordate conform Legii nr. 350/2005")
    got = [(r.contract_object, r.estimated_value_lei) for r in res.procurements]
    assert got == [("Îngrijire la domiciliu pentru vârstnici singuri", Decimal("110300.00")),
                   ("Cantina socială „Pâinea cea de toate zilele”", Decimal("34900.00"))]


def test_a_grants_programme_by_its_area_the_kind_of_projects_it_finances_and_how_it_selects_them():
    # Law 350/2005: the area financed is no funding source, the kind of projects is the object, the way projects are
    # selected is the procedure
    res = run(Heading(text="Finanțări nerambursabile în baza Legii nr. 350/2005 – 2025"), table([
        ["Nr. crt.", "Aria de finanțare", "Tipul proiectelor / activităților finanțate", "Fonduri alocate (lei)",
         "Modalitatea de selecție"],
        ["1.", "Asistență socială", "Activități de tip after-school pentru copii din familii defavorizate",
         "311.400,00", "Selecție publică de proiecte"],
        ["2.", "Asistență socială", "Sprijin alimentar pentru persoane aflate în risc de sărăcie", "45.400,00",
         "Selecție publică de proiecte"],
    ]))
    assert [(p.contract_object, p.estimated_value_lei, p.funding_source, p.procedure) for p in res.procurements] == [
        ("Activități de tip after-school pentru copii din familii defavorizate", Decimal("311400.00"), None,
         "Selecție publică de proiecte"),
        ("Sprijin alimentar pentru persoane aflate în risc de sărăcie", Decimal("45400.00"), None,
         "Selecție publică de proiecte")]


def test_a_grants_programme_named_in_the_genitive_plural_with_its_amount_as_the_value_of_the_financing():
    # 'PROGRAMUL ANUAL pentru acordarea finanțărilor nerambursabile …' names the programme over a table whose header
    # names no procurement word; 'Valoarea totală a finanțării' is the grant's amount
    rows = [["Nr.", "Aria de finanțare", "Denumirea programului", "Valoarea totală a finanțării", "Perioada"],
            ["1.", "Asistență socială", "Servicii de îngrijire socio-medicală la domiciliu", "229.400 lei", "2024"],
            ["2.", "Asistență socială", "Programe pentru prevenirea violenței domestice", "398.200 lei", "2024"]]
    title = ("PROGRAMUL ANUAL pentru acordarea finanțărilor nerambursabile din bugetul local pentru activități nonprofit "
             "de interes general – domeniul asistență socială, anul 2024")
    res = run(title, table(rows))
    assert [(p.contract_object, p.estimated_value_lei) for p in res.procurements] == [
        ("Servicii de îngrijire socio-medicală la domiciliu", Decimal("229400.00")),
        ("Programe pentru prevenirea violenței domestice", Decimal("398200.00"))]


def test_a_value_headed_lei_without_vat_is_in_the_thousands_the_line_above_the_table_states():
    res = run(Heading(text="C. Programul anual de contractare a serviciilor sociale din fonduri publice"),
              "Sumele sunt exprimate în mii lei.",
              table([["Nr. crt", "Cod CPV", "Denumirea serviciului contractat", "Valoarea estimată (lei fără TVA)"],
                     ["1.", "85312000-9", "Servicii de asistență socială fără cazare", "586,3"]]))
    assert [p.estimated_value_lei for p in res.procurements] == [Decimal("586300.00")]


def test_a_grant_amount_headed_as_the_non_refundable_financing_is_the_value():
    # 'Finanțare nerambursabilă (lei)' over amounts: what the project gets, not where the money comes from
    res = _plan([
        ["Nr. crt.", "Asociația / fundația", "Serviciul social finanțat", "Finanțare nerambursabilă (lei)"],
        ["1.", "Asociația Alfa", "Consiliere pentru familiile copiilor cu dizabilități", "65.200"],
    ], heading="Programul de finanțare nerambursabilă a serviciilor sociale (Legea nr. 350/2005)")
    [r] = res.procurements
    assert (r.contract_object, r.estimated_value_lei) == ("Consiliere pentru familiile copiilor cu dizabilități",
                                                          Decimal("65200"))
