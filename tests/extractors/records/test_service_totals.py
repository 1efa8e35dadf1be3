"""Services: total and subtotal rows of a services table are totals, not services."""
from decimal import Decimal

from extractors.model import Document, Heading
from extractors.readers.text import parse_text
from pipeline.extraction import extract_document
from services_kit import _table


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
