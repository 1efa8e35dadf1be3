"""Totals stated in sentences, linked to the rows they sum when they state a programme's budget."""
from decimal import Decimal

from records_testkit import Heading, run, table

from extractors.records.totals import totals_in_text


def test_sums_in_sentences_need_a_budget_word():
    recs = totals_in_text("Suma estimată pentru anul 2024 este de 12.500 lei. Un venit de până la 530 lei pe membru.")
    assert [(r.amount, r.unit) for r in recs] == [(Decimal("12500.00"), "lei")]


def test_counts_stated_as_totals():
    recs = totals_in_text("Sunt în plată 40 dosare având un număr total de 96 persoane.")
    assert (Decimal(96), "persons") in [(r.amount, r.unit) for r in recs]


def test_two_sums_in_one_sentence_and_mii_lei():
    recs = totals_in_text("Proiectul are un buget estimat de 1,5 mii lei de la bugetul local și 20.000 lei alte surse.")
    assert [r.amount for r in recs] == [Decimal("1500.00"), Decimal("20000.00")]


def test_section_budget_under_procurement_heading_is_checked_against_rows():
    res = run(Heading(text="C. Programul anual de contractare a serviciilor sociale"),
              table([["Nr. crt.", "Obiectul contractului", "Cod CPV", "Valoarea estimată [lei]"],
                     ["1.", "Servicii de îngrijire", "85311100-3", "600.000"]]),
              "Bugetul pentru anul 2024: 700.000 lei.")
    [t] = [t for t in res.totals if t.source_dataset == "procurements"]
    assert t.amount == Decimal("700000.00") and t.computed == Decimal("600000.00") and t.matches is False
    assert "total_mismatch" in res.procurements[0].warnings
    assert "total_mismatch" in t.warnings


def test_section_budget_without_rows_is_kept_without_a_check():
    res = run(Heading(text="C. Programul anual de contractare a serviciilor sociale"), "Bugetul pentru anul 2024: 1.000.000 lei.")
    [t] = res.totals
    assert t.amount == Decimal("1000000.00") and t.computed is None and t.matches is None


def test_counts_of_services_and_the_number_named_before_its_figure():
    recs = totals_in_text("La nivelul județului erau licențiate 15 servicii sociale (11 ale furnizorilor publici și 4 ale "
                          "furnizorilor privați), totalizând 832 de locuri. Numărul total al persoanelor asistate este "
                          "de 1.204.")
    assert [(r.amount, r.unit) for r in recs] == [(Decimal(15), "other"), (Decimal(832), "other"),
                                                  (Decimal(1204), "persons")]


def test_a_figure_compared_with_is_another_periods_count():
    recs = totals_in_text("Funcționează 15 servicii sociale, cu o capacitate totală de 832 locuri (față de 17 servicii "
                          "la sfârșitul anului 2022).")
    assert [r.amount for r in recs] == [Decimal(15), Decimal(832)]


def test_bare_sums_take_the_unit_stated_before_them_up_to_the_next_heading():
    res = run("Sumele din acest capitol sunt exprimate în mii lei.",
              "Au fost alocate din bugetul județului pe anul 2024 73.046,7, iar subvențiile acordate în baza Legii nr. "
              "34/1998 însumează 267.",
              Heading(text="Capitolul II"),
              "Bugetul total al capitolului este 1.500.")
    assert sorted(t.amount for t in res.totals) == [Decimal("267000.00"), Decimal("73046700.00")]


def test_without_a_stated_unit_a_bare_figure_is_no_sum():
    assert totals_in_text("Au fost alocate din bugetul județului pe anul 2024 73.046,7, conform HG nr. 867/2015.") == []
