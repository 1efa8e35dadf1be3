"""Section D (Law 34/1998) tables and the programme budget stated in a sentence."""
from decimal import Decimal

from records_testkit import Heading, ListItem, run, table

HEAD = "D. Programul de subvenționare a asociațiilor și fundațiilor, în baza Legii nr. 34/1998"


def test_units_codes_amounts_and_stated_budget_that_matches():
    res = run(Heading(text=HEAD), table([
        ["Nr. crt.", "Unități de asistență socială", "Încadrarea în Nomenclatorul serviciilor sociale", "Suma estimată"],
        ["1.", "Cantine sociale;", "8899 CPDH-I cantine sociale", "100.000 lei"],
        ["2.", "Centre de zi pentru vârstnici", "8810CZ-V-II", "50.500,50 lei"],
    ]), "3. Bugetul estimat al programului de subvenționare: 150.500,50 lei.")
    assert [r.service_code for r in res.subsidies] == ["8899 CPDH-I", "8810 CZ-V-II"]
    assert res.subsidies[0].unit_name == "Cantine sociale"
    assert res.subsidies[1].amount_lei == Decimal("50500.50")
    [budget] = [t for t in res.totals if t.source_dataset == "subsidies"]
    assert budget.amount == Decimal("150500.50") and budget.matches is True


def test_stated_budget_that_does_not_add_up_flags_the_rows():
    res = run(Heading(text=HEAD), table([
        ["Nr. crt.", "Unități de asistență socială", "Cod serviciu", "Suma (mii lei)"],
        ["1", "Centre de zi pentru copii", "8891 CZ-C-II", "10"],
        ["2", "Locuințe protejate", "8790 CR-D-VII", "20"],
    ]), "Bugetul estimat al programului de subvenționare: 40.000 lei.")
    assert sum(r.amount_lei for r in res.subsidies) == Decimal("30000.00")
    [budget] = [t for t in res.totals if t.source_dataset == "subsidies"]
    assert budget.matches is False and budget.computed == Decimal("30000.00")
    assert all("total_mismatch" in r.warnings for r in res.subsidies)


def test_nu_este_cazul_gives_no_rows_and_no_error():
    res = run(Heading(text=HEAD), "1. Serviciile sociale eligibile pentru a primi subvenții: Nu este cazul.",
              "3. Bugetul estimat al programului de subvenționare - Nu este cazul.")
    assert res.subsidies == []
    assert not [t for t in res.totals if t.source_dataset == "subsidies"]


def test_amount_with_qualifiers_and_a_total_row():
    res = run(Heading(text=HEAD), table([
        ["Nr. crt.", "Unități de asistență socială", "Încadrarea în Nomenclatorul serviciilor sociale", "Suma estimată"],
        ["1.", "Cantine sociale", "8899 CPDH-I", "120.000 lei/an/30 beneficiari"],
        ["2.", "Centre de zi pentru vârstnici", "8810 CZ-V-II", "subvenție în valoare de 30.000 lei pentru 10 persoane"],
        ["", "TOTAL", "", "150.000 lei/an"],
    ]))
    assert [r.amount_lei for r in res.subsidies] == [Decimal("120000.00"), Decimal("30000.00")]
    [total] = [t for t in res.totals if t.source_dataset == "subsidies"]
    assert total.amount == Decimal("150000.00") and total.matches is True


def test_a_total_row_printed_short_its_label_merged_over_two_columns_states_the_amounts_total():
    # the label's merged cell exported as one cell: the figure lands under 'Anul', one column left of its own
    res = run(Heading(text=HEAD), table([
        ["Nr. crt.", "Asociația / fundația", "Unitatea de asistență socială", "Anul", "Subvenția acordată (lei)"],
        ["1.", "Asociația „Casa Luminii”", "Centrul de zi „Bucuria”", "2024", "114.800"],
        ["2.", "Asociația „Zâmbet de Copil”", "Cantina socială „Pâinea Vieții”", "2024", "34.900"],
        ["TOTAL", "", "", "149.700", ""],
    ]))
    [total] = [t for t in res.totals if t.source_dataset == "subsidies"]
    assert total.amount == Decimal("149700.00") and total.matches is True


def test_two_codes_in_one_cell_keep_the_complete_nomenclator_one():
    # 'the category, then the service': the first code is only the nomenclator's heading, the second the service
    res = run(Heading(text=HEAD), table([
        ["Nr. crt.", "Unități de asistență socială", "Încadrarea în Nomenclatorul serviciilor sociale", "Suma estimată"],
        ["1.", "Centrul de zi Lizuca", "8899 CZ-VD / 8899 CZ-VD-II", "100.000 lei"],
    ]))
    [rec] = res.subsidies
    assert rec.service_code == "8899 CZ-VD-II" and "multiple_codes" in rec.warnings


def test_the_association_column_beside_the_subsidised_unit_is_no_unit_name():
    # 'Asociația / Fundația' (one header cell) names the provider; the unit is the subsidised service beside it —
    # and the only name printed when no column names the unit
    res = run(Heading(text=HEAD), table([
        ["Asociația / Fundația", "Serviciul social subvenționat", "Încadrarea în Nomenclatorul serviciilor sociale",
         "Suma alocată (lei)"],
        ["Asociația Sf. Ana", "Centre de zi pentru femei gravide", "8899 CZ-F-II", "87.700"],
    ]))
    assert [(r.unit_name, r.service_code) for r in res.subsidies] == [("Centre de zi pentru femei gravide",
                                                                       "8899 CZ-F-II")]
    res = run(Heading(text=HEAD), table([
        ["Nr. crt.", "Asociația / Fundația", "Cod serviciu", "Suma alocată (lei)"],
        ["1.", "Asociația Sf. Ana", "8899 CZ-F-II", "87.700"],
    ]))
    assert [(r.unit_name, r.service_code) for r in res.subsidies] == [("Asociația Sf. Ana", "8899 CZ-F-II")]


def test_subsidy_programme_under_another_title_with_a_count_column_and_the_amount_as_cuantum():
    # the section named by its subsidies ('Programul de acordare a subvențiilor'), the unit and the association in
    # one cell next to a count of beneficiaries (no name), the amount headed 'Cuantum subvenție (lei/an)'
    res = run(Heading(text="Anexa nr. 4 – Programul de acordare a subvențiilor"), table([
        ["Nr. crt.", "Unitatea de asistență socială / asociația", "Cod serviciu", "Nr. beneficiari",
         "Cuantum subvenție (lei/an)"],
        ["1.", "Cantina socială „Lumina” – Asociația Caritas", "8899 CPDH-I", "28", "93.900"],
        ["2.", "Centrul de zi pentru vârstnici „Dor” – Fundația Sf. Ana", "8810 CZ-V-II", "61", "106.500,00"],
    ]))
    got = [(r.unit_name, r.service_code, r.amount_lei) for r in res.subsidies]
    assert got == [("Cantina socială „Lumina” – Asociația Caritas", "8899 CPDH-I", Decimal("93900.00")),
                   ("Centrul de zi pentru vârstnici „Dor” – Fundația Sf. Ana", "8810 CZ-V-II", Decimal("106500.00"))]


def test_the_yearly_subsidy_not_the_monthly_rate_a_beneficiary_attracts():
    # a Law 34/1998 list printing the rate (lei a beneficiary a month), the months and the year's subsidy: the amount
    # is the year's; the association is named in words the template does not use, and so is the unit
    res = run(Heading(text=HEAD), table([
        ["Nr. crt", "Organizația neguvernamentală", "Unitatea subvenționată", "Nr. persoane asistate / lună",
         "Subvenție / beneficiar / lună (lei)", "Nr. luni", "Valoarea subvenției pentru anul 2020 (lei)"],
        ["1.", "Asociația Filantropică „Părinții Bătrâni”", "Locuința protejată „Prietenia”", "11", "450", "12",
         "59.400"],
        ["2.", "Fundația Alături de Voi", "Cămin pentru persoane vârstnice „Arca lui Noe”", "31", "440", "12",
         "163.680"],
    ]))
    assert [(r.unit_name, r.amount_lei) for r in res.subsidies] == [
        ("Locuința protejată „Prietenia”", Decimal("59400.00")),
        ("Cămin pentru persoane vârstnice „Arca lui Noe”", Decimal("163680.00"))]
    res = run(Heading(text=HEAD), table([
        ["Nr. crt.", "Denumirea asociației / fundației", "Centrul / serviciul subvenționat", "Cuantum lunar per "
         "beneficiar (lei)", "Total subvenție anuală (lei)"],
        ["1.", "Fundația Diakonia", "Centrul de zi pentru copii „Ghiocelul”", "310", "89.280"],
    ]))
    assert [(r.unit_name, r.amount_lei) for r in res.subsidies] == [
        ("Centrul de zi pentru copii „Ghiocelul”", Decimal("89280.00"))]


def test_a_total_row_adding_up_the_beneficiaries_states_their_total_too():
    res = run(Heading(text=HEAD), table([
        ["Nr. crt.", "Asociația / Fundația", "Unitatea de asistență socială", "Nr. beneficiari / lună",
         "Total subvenție anuală (lei)"],
        ["1.", "Fundația Diakonia", "Centrul de zi pentru copii „Ghiocelul”", "24", "89.280"],
        ["2.", "Asociația Speranța", "Cantina socială „Lumina”", "18", "45.360"],
        ["TOTAL", "", "", "42", "134.640"],
    ]))
    assert [r.amount_lei for r in res.subsidies] == [Decimal("89280.00"), Decimal("45360.00")]
    stated = sorted((t.unit, t.amount) for t in res.totals if t.scope.startswith("subsidies table"))
    assert stated == [("beneficiaries", Decimal("42")), ("lei", Decimal("134640.00"))]


def test_a_programme_written_as_a_list_gives_a_row_per_unit_and_its_stated_total():
    res = run(Heading(text=HEAD),
              ListItem(text="Fundația Diakonia – Centrul de zi pentru copii „Ghiocelul” (cod 8891CZ-C-II): 24 "
                            "beneficiari/lună × 310 lei/lună × 12 luni = 89.280 lei;", marker="1."),
              "2. Cantina socială „Lumina” (furnizor: Asociația Speranța), pentru 18 beneficiari, în cuantum de 210 "
              "lei/beneficiar/lună, pe 12 luni – total 45.360 lei;",
              "TOTAL: 134.640 lei",
              "3. Bugetul estimat al programului de subvenționare: 134.640 lei.")
    assert [(r.unit_name, r.service_code, r.amount_lei) for r in res.subsidies] == [
        ("Fundația Diakonia – Centrul de zi pentru copii „Ghiocelul”", "8891 CZ-C-II", Decimal("89280.00")),
        ("Cantina socială „Lumina”", None, Decimal("45360.00"))]
    listed = [t for t in res.totals if t.scope == "subsidies list: TOTAL amount_lei"]
    assert [(t.amount, t.matches) for t in listed] == [(Decimal("134640.00"), True)]


def test_items_of_a_subsidies_section_that_prints_its_table_are_no_rows_of_their_own():
    res = run(Heading(text=HEAD), table([
        ["Nr. crt.", "Unități de asistență socială", "Cod serviciu", "Suma estimată"],
        ["1.", "Centre de zi pentru copii", "8891 CZ-C-II", "10.000 lei"],
    ]), ListItem(text="Centre de zi pentru copii: subvenție de 10.000 lei;", marker="-"))
    assert [r.unit_name for r in res.subsidies] == ["Centre de zi pentru copii"]


def test_the_convention_each_association_signed_is_an_agreement_of_the_document():
    from datetime import date
    res = run(Heading(text="Subvenții decontate în anul 2024 în baza Legii nr. 34/1998"), table([
        ["Nr. crt.", "Asociația / Fundația", "Unitatea de asistență socială", "Convenția nr. / data",
         "Suma decontată (lei)"],
        ["1.", "Fundația Diakonia", "Centrul de zi pentru copii „Ghiocelul”", "830/12.03.2024", "89.280"],
        ["2.", "Asociația „Speranța”", "Cantina socială „Lumina”", "nr. 4587 din 05.01.2024", "45.360"],
        ["TOTAL", "", "", "", "134.640"],
    ]))
    assert [r.unit_name for r in res.subsidies] == ["Centrul de zi pentru copii „Ghiocelul”", "Cantina socială „Lumina”"]
    assert [(p.agreement_type, p.number_raw, p.date_signed, p.partner) for p in res.partnerships] == [
        ("conventie", "830", date(2024, 3, 12), "Fundația Diakonia"),
        ("conventie", "4587", date(2024, 1, 5), "Asociația „Speranța”")]
    # the number and the date in columns of their own
    res = run(Heading(text="Subvenții decontate în anul 2024 în baza Legii nr. 34/1998"), table([
        ["Nr. crt.", "Asociația / Fundația", "Unitatea subvenționată", "Nr. convenție", "Data încheierii",
         "Suma acordată (lei)"],
        ["1.", "Fundația Diakonia", "Centrul de zi „Ghiocelul”", "3759", "08.03.2025", "57.440"],
    ]))
    assert [(p.number_raw, p.date_signed, p.partner) for p in res.partnerships] == [
        ("3759", date(2025, 3, 8), "Fundația Diakonia")]


def test_an_item_cut_by_a_page_break_goes_on_in_the_next_block():
    res = run(Heading(text=HEAD),
              ListItem(text="Cămin pentru persoane vârstnice „Ghiocelul” (furnizor: Asociația „Sfântul Ioan "
                            "Milostivul”), pentru 42 beneficiari, în cuantum de 440 lei/beneficiar/lună, pe 12 luni –",
                       marker="1."),
              ListItem(text="total 221.760 lei;", marker="-"),
              ListItem(text="Centrul de zi pentru copii „Lumina” (furnizor: Asociația Samaritenii) – total 93.600 lei;",
                       marker="2."),
              # a PDF reader takes a wrapped line opening with its dash for an item of its own
              ListItem(text="Cantina socială „Pâine” (furnizor: Asociația Sf. Ana), pentru 30 beneficiari, pe 12 luni",
                       marker="3."),
              ListItem(text="– total 64.800 lei;", marker="–"))
    assert [(r.unit_name, r.amount_lei) for r in res.subsidies] == [
        ("Cămin pentru persoane vârstnice „Ghiocelul”", Decimal("221760.00")),
        ("Centrul de zi pentru copii „Lumina”", Decimal("93600.00")), ("Cantina socială „Pâine”", Decimal("64800.00"))]


# a listed unit whose words a reader leaves in blocks of their own (the readers' real output, not built by hand)
_CUT_ITEMS = [
    "1. Cămin pentru persoane vârstnice „Ghiocelul” (furnizor: Asociația Sfântul Ioan), pentru 42",
    "beneficiari, în cuantum de 440 lei/beneficiar/lună, pe 12 luni –",
    "total 221.760 lei;",
    "2. Cantina socială „Pâine” (furnizor: Asociația Sf. Ana), pentru 30 beneficiari:",
    "– total 64.800 lei;",
    "3. Adăpostul de noapte „Speranța” (furnizor: Fundația Casa), în curs de evaluare",
    "4. centrul de zi „Lumina” (furnizor: Asociația Samaritenii) – total 93.600 lei;",
]
_CUT_EXPECTED = [("Cămin pentru persoane vârstnice „Ghiocelul”", Decimal("221760.00")),
                 ("Cantina socială „Pâine”", Decimal("64800.00")), ("centrul de zi „Lumina”", Decimal("93600.00"))]


def test_a_listed_units_lines_a_text_export_wraps_go_on_with_its_item():
    # a text export: each wrapped line a paragraph of its own, the dash-opening one a dash item; a numbered item in
    # lower case is an item of its own, even after one stating no amount
    from extractors.model import Document
    from extractors.readers.text import parse_text
    from pipeline.extraction import extract_document
    text = HEAD + "\n\n" + "\n".join(_CUT_ITEMS) + "\n"
    res = extract_document(Document(source_path="t.txt", doc_id="t" * 64, format="txt", blocks=parse_text(text)))
    assert [(r.unit_name, r.amount_lei) for r in res.subsidies] == _CUT_EXPECTED


def test_a_listed_unit_cut_by_a_pdf_page_break_or_its_dash_line_after_a_colon_goes_on_with_its_item(tmp_path):
    # the PDF reader starts a block at a new page and a dash item after a line ending in ':'
    from pathlib import Path

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    from pipeline.extraction import extract_file
    font = "Helvetica"
    for cand in ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                 "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"):
        if Path(cand).exists():
            pdfmetrics.registerFont(TTFont("SubsidiesSans", cand))
            font = "SubsidiesSans"
            break
    path = tmp_path / "cut.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont(font, 10)
    c.drawString(50, 780, HEAD)
    for k, line in enumerate(_CUT_ITEMS[:2]):  # the first item's last lines at the foot of the page
        c.drawString(50, 84 - 14 * k, line)
    c.drawString(290, 30, "1")
    c.showPage()
    c.setFont(font, 10)
    for k, line in enumerate(_CUT_ITEMS[2:]):
        c.drawString(50, 780 - 14 * k, line)
    c.drawString(290, 30, "2")
    c.showPage()
    c.save()
    res = extract_file(path, "cut.pdf")
    assert [(r.unit_name, r.amount_lei) for r in res.subsidies] == _CUT_EXPECTED
