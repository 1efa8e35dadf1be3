"""Services: the money unit or scale a table states, carried to the parts of the same table but not to other tables
or from a rate per head."""
from decimal import Decimal

from extractors.model import Document
from extractors.readers.text import parse_text
from pipeline.extraction import extract_document


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


def test_the_documents_money_unit_is_the_budget_columns_not_a_rate_per_head_printed_before_them():
    text = ("Nr. crt.\tDenumire serviciu social\tCod serviciu\tCost mediu lunar/beneficiar (lei)\t"
            "Buget local (mii lei)\tBuget de stat (mii lei)\n"
            "1.\tCentrul de zi Alfa\t8810 CZ-V-II\t860\t318\t-\n2.\tCentrul de zi Beta\t8891 CZ-C-II\t760\t107\t23\n")
    doc = Document(source_path="t.txt", doc_id="t", format="txt",
                   blocks=parse_text("A. Servicii sociale existente\n\n" + text))
    ex = extract_document(doc)
    assert ex.document.currency_unit_main == "mii lei"
    assert [s.budget_local_lei for s in ex.services] == [Decimal("318000.00"), Decimal("107000.00")]
