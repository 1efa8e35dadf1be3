"""Services: which field each column's wording fills (capacity, beneficiaries, budgets by source, provider), also
from cells holding more than one field."""
from decimal import Decimal

from extractors.model import Document
from extractors.readers.text import parse_text
from pipeline.extraction import extract_document
from services_kit import services_of


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


def test_number_of_persons_served_is_the_beneficiaries():
    text = ("Nr.\tDenumirea serviciului social\tCod nomenclator\tCapacitatea serviciului\t"
            "Număr de persoane beneficiare\tBugetul județean\n"
            "1.\tCentrul de zi Mugurel\t8810 CZ-V-II\t30\t22\t120.000 lei\n")
    s = services_of(text)[0]
    assert (s.capacity, s.beneficiaries, s.budget_county_lei) == (30, 22, Decimal("120000.00"))


def test_the_average_occupancy_over_a_reports_period_is_the_occupancy():
    text = ("Nr. crt.\tServiciul social\tCod serviciu social\tCapacitate\tGrad mediu de ocupare (%)\tBuget local\n"
            "1.\tCentrul de zi Mugurel\t8810 CZ-V-II\t52\t91,6\t1.083.900\n")
    s = services_of(text)[0]
    assert (s.capacity, s.occupancy_pct, s.budget_local_lei) == (52, 91.6, Decimal("1083900.00"))


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


def test_a_proposed_service_whose_sources_column_names_the_source_in_words():
    # 'Surse de finanțare' over words is the row's source, as 'Sursa de finanțare' is
    text = ("Nr. crt.\tDenumirea serviciului social propus\tCod\tCapacitate estimată\tBuget estimat (lei)\t"
            "Surse de finanțare\n"
            "1.\tCasa de tip familial Arinul\t8790 CR-C-I\t12\t450.000\tPNRR – Componenta 13\n"
            "2.\tCentrul de zi Mugurel\t8899 CZ-D-I\t30\t320.000\tbugetul de stat\n")
    [a, b] = services_of(text, heading="B. Servicii sociale propuse spre a fi înființate")
    assert (a.budget_other_lei, b.budget_state_lei) == (Decimal("450000"), Decimal("320000"))


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


def test_children_present_at_a_date_are_the_beneficiaries_and_the_later_date_is_the_current_one():
    # a directorate's statistics count the children (persons) a service holds at the reference date, printing the
    # previous date's figure beside it: the later date is the service's beneficiaries, never the earlier one
    text = ("Nr.\tDenumirea centrului\tCod\tCapacitate\tNr. copii la 30.06.2024\tNr. copii la 31.12.2024\n"
            "1.\tCentrul de plasament Speranța\t8790 CR-C-I\t40\t35\t37\n")
    s = services_of(text)[0]
    assert (s.capacity, s.beneficiaries) == (40, 37)
    # … also under a caption over every column that prints the reference date itself
    text = ("Situația serviciilor la data de 31.12.2024\t\t\t\t\t\n"
            "Nr.\tDenumirea centrului\tCod\tCapacitate\tNr. copii la 30.06.2024\tNr. copii la 31.12.2024\n"
            "1.\tCentrul de plasament Speranța\t8790 CR-C-I\t40\t35\t37\n")
    assert services_of(text)[0].beneficiaries == 37
    text = ("Nr.\tDenumirea centrului\tCod\tCapacitate\tPersoane găzduite la 31.12.2024\n"
            "1.\tCentrul de îngrijire și asistență Lumina\t8790 CR-D-I\t60\t58\n")
    assert services_of(text)[0].beneficiaries == 58
    # … also when a PDF reader broke a date after its month ('la 31.12. 2021' / 'la 31.12. 2022')
    text = ("Nr.\tDenumirea centrului\tCod\tCapacitate\tNr. copii la 31.12. 2021\tNr. copii la 31.12. 2022\n"
            "1.\tCentrul de plasament Speranța\t8790 CR-C-I\t55\t54\t56\n")
    assert services_of(text)[0].beneficiaries == 56


def test_a_table_naming_its_rows_by_the_centre_beside_their_places_is_a_services_table_without_a_code_column():
    text = ("Nr. crt\tServiciul / centrul\tLocalitatea\tNr. locuri\tNumăr beneficiari\n"
            "1\tCentrul de Îngrijire și Asistență\tSfântu Gheorghe\t46\t37\n"
            "2\tLocuința Protejată „Curcubeul”\tBaraolt\t10\t10\n")
    assert [(s.service_name, s.capacity, s.beneficiaries) for s in services_of(text)] == [
        ("Centrul de Îngrijire și Asistență", 46, 37), ("Locuința Protejată „Curcubeul”", 10, 10)]


def test_the_providers_accreditation_certificate_is_no_provider():
    # a catalogue of licensed services prints the provider's accreditation certificate; the table has no provider
    text = ("Denumirea serviciului social licențiat\tCod serviciu\tCapacitate\tCertificat acreditare furnizor\n"
            "Centrul de plasament „Buna Vestire”\t8790-CR-C-I\t18 locuri\tseria AF nr. 000547\n")
    s = services_of(text)[0]
    assert (s.service_name, s.provider, s.capacity) == ("Centrul de plasament „Buna Vestire”", None, 18)
