"""A collaboration stated as a measure of a report on the plan: the partner in the action's cell, the agreement's
number and date in the row's result cell."""
import datetime as dt

from records_testkit import Heading, run, table

REPORT = "RAPORT privind stadiul implementării Planului anual de acțiune al Municipiului Exemplu pentru anul 2023"


def test_the_number_and_date_in_the_result_cell_of_the_measures_row_are_the_agreements():
    res = run(REPORT, Heading(text="III. Măsuri și acțiuni realizate"),
              table([["Nr. crt.", "Obiectiv", "Acțiunea", "Termen", "Responsabili", "Stadiu / Rezultat"],
                     ["1.", "Obiectiv 1: Creșterea accesului la servicii", "Efectuarea anchetelor sociale", "lunar",
                      "DAS", "2023: 394 anchete sociale efectuate"],
                     ["2.", "Obiectiv 3 – Dezvoltarea parteneriatelor",
                      "Încheierea unui protocol de colaborare cu Inspectoratul Școlar Județean Exemplu", "permanent",
                      "Biroul protecția copilului", "Realizat – protocol de colaborare nr. 2413/28.03.2023"],
                     ["3.", "Obiectiv 3 – Dezvoltarea parteneriatelor",
                      "Încheierea unei convenții de colaborare cu Agenția Județeană pentru Ocuparea Forței de Muncă "
                      "Exemplu", "trim. IV 2023", "DAS", "În curs de realizare"]]))
    assert [(r.agreement_type, r.partner, r.number_raw, r.date_signed) for r in res.partnerships] == [
        ("protocol", "Inspectoratul Școlar Județean Exemplu", "2413", dt.date(2023, 3, 28)),
        ("conventie", "Agenția Județeană pentru Ocuparea Forței de Muncă Exemplu", None, None)]


def test_a_number_of_another_kind_of_act_in_the_row_is_not_the_agreements():
    # the result cell names a decision (HCL), not the protocol: the protocol keeps no number
    res = run(REPORT, Heading(text="III. Măsuri și acțiuni realizate"),
              table([["Nr. crt.", "Acțiunea", "Termen", "Stadiu / Rezultat"],
                     ["1.", "Încheierea unui protocol de colaborare cu Inspectoratul Școlar Județean Exemplu",
                      "permanent", "Realizat – aprobat prin HCL nr. 112/28.03.2023"]]))
    assert [(r.agreement_type, r.partner, r.number_raw) for r in res.partnerships] == [
        ("protocol", "Inspectoratul Școlar Județean Exemplu", None)]


def test_a_measure_to_conclude_an_agreement_that_was_not_realised_names_no_agreement():
    res = run(REPORT, Heading(text="III. Măsuri și acțiuni realizate"),
              table([["Nr. crt.", "Măsura / activitatea", "Termen", "Rezultate obținute", "Stadiu"],
                     ["1.", "Încheierea unui protocol de colaborare cu Crucea Roșie Română – Filiala Exemplu",
                      "anual", "nu a fost încheiat", "Nerealizat"],
                     ["2.", "Încheierea unui acord de parteneriat cu Inspectoratul de Poliție Județean Exemplu",
                      "permanent", "acord de parteneriat semnat în 2023", "Realizat"],
                     ["3.", "Încheierea unei convenții de colaborare cu Casa Județeană de Pensii Exemplu",
                      "anual", "nu a fost încheiată", "Nerealizată"],
                     ["4.", "Încheierea unui protocol cu Spitalul Orășenesc Exemplu", "anual", "în curs de semnare",
                      "În curs de realizare"]]))
    assert [(r.agreement_type, r.partner) for r in res.partnerships] == [
        ("acord", "Inspectoratul de Poliție Județean Exemplu")]


def test_a_number_inside_the_partners_name_is_not_the_agreements():
    res = run(REPORT, Heading(text="III. Măsuri și acțiuni realizate"),
              table([["Nr. crt.", "Măsura / activitatea", "Termen", "Rezultate obținute", "Stadiu"],
                     ["1.", "Colaborarea interinstituțională", "anual",
                      "1 contract de colaborare cu Școala Gimnazială nr. 2 Exemplu", "Realizat"],
                     ["2.", "Colaborarea cu instituțiile publice", "anual",
                      "1 protocol de colaborare cu Școala Gimnazială nr. 5 Exemplu (nr. 412/05.03.2023)", "Realizat"]]))
    assert [(r.partner, r.number_raw) for r in res.partnerships] == [
        ("Școala Gimnazială nr. 2 Exemplu", None), ("Școala Gimnazială nr. 5 Exemplu", "412")]
