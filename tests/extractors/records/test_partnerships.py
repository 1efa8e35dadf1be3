"""Partnerships as tables, numbered lists, sentences and bare-name lists; one row per partner."""
import datetime as dt

import pytest

from records_testkit import Heading, ListItem, Paragraph, run, table

from extractors.records.partnerships import agreement_type, split_parties

HEAD = Heading(text="Acorduri de parteneriat / protocoale de colaborare")


def test_agreement_type_vocabulary():
    assert agreement_type("Act adițional la Protocolul de colaborare") == "protocol"
    assert agreement_type("Acord-cadru de colaborare") == "acord"
    assert agreement_type("Convenţie de asociere") == "conventie"
    assert agreement_type("Memorandum de înțelegere") == "other"
    assert agreement_type("Contract de colaborare") == "contract"


def test_split_parties_only_where_an_organisation_begins():
    assert split_parties("Fundația A/ Fundația B") == ["Fundația A", "Fundația B"]
    assert split_parties("Școala Gimnazială Nr. 3 și Poliția Locală X") == ["Școala Gimnazială Nr. 3", "Poliția Locală X"]
    assert split_parties("Asociația Educație, Tradiții și Comunitate") == ["Asociația Educație, Tradiții și Comunitate"]


def test_numbered_list_items_with_number_date_validity_and_several_partners():
    res = run(HEAD,
              ListItem(text="1. Protocol de colaborare nr. 12/03.02.2020/ 03.02.2024 – Asociația Alfa;", marker="•"),
              ListItem(text="2. Convenție de colaborare nr. 7A din 15.09.2021 / perioadă nedeterminată - "
                            "Fundația Beta / Liceul Teoretic „Gama”", marker="•"))
    rows = [(r.row_no_raw, r.agreement_type, r.number_raw, r.date_signed, r.valid_until_raw, r.partner)
            for r in res.partnerships]
    assert rows == [
        ("1.", "protocol", "12", dt.date(2020, 2, 3), "03.02.2024", "Asociația Alfa"),
        # one agreement with two partners is one row, its partners joined by '; ' (as the corpus gold)
        ("2.", "conventie", "7A", dt.date(2021, 9, 15), "perioadă nedeterminată",
         "Fundația Beta; Liceul Teoretic „Gama”"),
    ]
    assert "multi_party_agreement" in res.partnerships[1].warnings


def test_sentence_between_parties_drops_the_author():
    res = run(HEAD, "Acordul de parteneriat nr. 88/10.01.2022, încheiat între Primăria Comunei Vale, Școala "
                    "Gimnazială Vale și Postul de Poliție Vale, având ca scop prevenirea abandonului școlar.")
    assert [(r.agreement_type, r.number_raw, r.partner) for r in res.partnerships] == [
        ("acord", "88", "Școala Gimnazială Vale; Postul de Poliție Vale")]  # tripartite: one agreement, one row
    assert res.partnerships[0].date_signed == dt.date(2022, 1, 10)

def test_a_title_approving_agreements_in_the_plural_names_one_per_partner():
    res = run(HEAD, "privind aprobarea încheierii unor protocoale de colaborare între Direcția de Asistență Socială "
                    "a Orașului Vale și Fundația Alfa, Asociația Beta")
    assert [(r.agreement_type, r.partner) for r in res.partnerships] == [
        ("protocol", "Fundația Alfa"), ("protocol", "Asociația Beta")]


def test_table_with_parties_and_period_columns():
    res = run(HEAD, table([
        ["Nr. crt.", "Denumirea actului", "Părțile semnatare", "Perioada de valabilitate", "Obiect"],
        ["1.", "Protocol de colaborare", "DGASPC Iași/ Asociația Delta", "01.03.2022 - 01.03.2025", "voluntariat"],
        ["2.", "Acord de parteneriat nr. 45", "DGASPC Iași / Fundația Epsilon / Spitalul Județean", "10.05.2023",
         "sprijin"],
    ]))
    rows = [(r.agreement_type, r.number_raw, r.partner, r.date_signed) for r in res.partnerships]
    # a date alone under the validity is when it ends, no signing date
    assert rows == [("protocol", None, "Asociația Delta", dt.date(2022, 3, 1)),
                    ("acord", "45", "Fundația Epsilon", None),
                    ("acord", "45", "Spitalul Județean", None)]
    assert [r.valid_until_raw for r in res.partnerships] == ["01.03.2025", "10.05.2023", "10.05.2023"]


def test_bare_names_under_an_intro_sentence_but_not_a_list_of_topics():
    res = run("Au fost încheiate protocoale de colaborare cu următoarele organizații:",
              ListItem(text="a) Fundația Zeta;", marker=""), ListItem(text="b) Asociația Eta", marker=""),
              "Obiectivele parteneriatelor sunt următoarele:",
              ListItem(text="Promovarea voluntariatului", marker="-"), ListItem(text="Resurse umane", marker="-"))
    assert [(r.agreement_type, r.partner) for r in res.partnerships] == [("protocol", "Fundația Zeta"),
                                                                          ("protocol", "Asociația Eta")]


def test_not_applicable_gives_nothing():
    res = run(HEAD, "Acorduri de parteneriat: NU ESTE CAZUL")
    assert res.partnerships == []


def test_item_that_names_the_agreement_then_lists_its_partners():
    res = run(ListItem(text="Parteneriate pentru transportul gratuit al persoanelor cu handicap: Transbus S.R.L., "
                            "Autogara Nord S.A., Rapid Tur SRL.", marker="·"),
              ListItem(text="Protocol privind consilierea vocațională - Agenția Județeană pentru Ocuparea Forței "
                            "de Muncă Vaslui.", marker="·"))
    assert [(r.agreement_type, r.partner) for r in res.partnerships] == [
        ("other", "Transbus S.R.L."), ("other", "Autogara Nord S.A."), ("other", "Rapid Tur SRL"),
        ("protocol", "Agenția Județeană pentru Ocuparea Forței de Muncă Vaslui")]


def test_items_under_an_intro_keep_only_those_naming_an_organisation():
    res = run("Au fost încheiate parteneriate/convenții, din care amintim:",
              ListItem(text="Fundația Sfântul Ilie a asigurat masa pentru 40 de vârstnici;", marker="·"),
              ListItem(text="S-a asigurat distribuirea ghidului serviciilor sociale;", marker="·"),
              ListItem(text="S-a colaborat cu Cantina socială „Pâine și Sare” pentru mese calde;", marker="·"),
              ListItem(text="Primăria Orașului Vale în cadrul proiectului de reabilitare;", marker="·"),
              ListItem(text="SERVICII PENTRU VÂRSTNICI", marker="·"))
    assert [(r.agreement_type, r.partner) for r in res.partnerships] == [
        ("conventie", "Fundația Sfântul Ilie"), ("other", "Cantina socială „Pâine și Sare”")]


def test_granting_is_not_an_agreement_intro():
    res = run("Informații privind serviciile sociale acordate de furnizori publici ori privați:",
              ListItem(text="1. Programul derulat în parteneriat cu Asociația Zeta, util;", marker=""),
              table([["Nr. crt.", "Denumirea actului", "Părțile semnatare"], ["1.", "Protocol", "DGASPC X/ Fundația Y"]]))
    # the document lists its agreements in a table: a partner named in passing elsewhere is not another one
    assert [r.partner for r in res.partnerships] == ["Fundația Y"]


def test_a_table_continued_on_the_next_page_names_its_partners_once():
    header = ["Nr. crt.", "Serviciul", "Activitatea"]
    first = table([header, ["1.", "Centrul A", "Consiliere"]], line=10)
    continued = table([["2.", "Centrul B", "Cursuri ținute în baza colaborării cu Asociația Lumina Nordului"]],
                      line=40)
    result = run("Date statistice ale serviciilor", first, continued)
    names = [p.partner for p in result.partnerships]
    assert names.count("Asociația Lumina Nordului") == 1


def test_partners_run_together_in_a_cell_each_with_its_activity():
    cell = ("Dezvoltarea parteneriatelor cu instituții din comunitate în sprijinul copiilor Clubul Sportiv DELFINUL-"
            "cursuri de înot Asociația Pași Mici - teatru de păpuși FUNDATIA ORIZONT VERDE- ateliere de pictură "
            "PAROHIA SFÂNTUL ILIE - tabără de vară pentru 20 de copii")
    res = run(Heading(text="Activitatea centrului de zi"),
              table([["Nr.", "Activitate", "Rezultat"], ["1", "Consiliere", "40"], ["2", cell, "4"]]))
    assert [(r.agreement_type, r.partner) for r in res.partnerships] == [
        ("other", "Clubul Sportiv DELFINUL"), ("other", "Asociația Pași Mici"), ("other", "FUNDATIA ORIZONT VERDE"),
        ("other", "PAROHIA SFÂNTUL ILIE")]


def test_dash_lists_need_a_partnership_topic_and_whole_enumerations():
    from extractors.records.partnership_lists import dash_listed
    # no word announcing partners: an organisation beside a dash is not one
    assert dash_listed("Raport anual - Asociația Pași Mici - 12 pagini") == []
    # 'în colaborare cu A, B și C – 25 acțiuni': the enumeration belongs to the phrase, not to the dash
    assert dash_listed("Verificări în colaborare cu Garda de Mediu, Administrația Parcurilor și Alfa Serv S.R.L. – "
                       "25 acțiuni") == []
    # 'ONG-urilor' is an inflection, not a name glued to an activity
    assert dash_listed("Parteneriate: Federația ONG-urilor Sociale - 3 întâlniri") == [
        ("other", "Federația ONG-urilor Sociale")]


def test_lines_below_a_row_that_announces_partners():
    res = run(table([["Nr.", "Activitate"], ["1", "Consiliere"], ["2", "7 Colaborări/ parteneriate/ convenții:"]]),
              Paragraph(text="„Micii programatori” – Asociația Cod Deschis - 2 evenimente – 15 beneficiari, "
                             "Concurs de robotică – Asociația Cod Deschis - 1 eveniment"),
              Paragraph(text="Prevenirea abandonului școlar – Inspectoratul Școlar Județean Iași - 4 activități"),
              Paragraph(text="Bugetul centrului a fost executat integral."),  # the list ends here
              Paragraph(text="Raport de activitate – Direcția Economică - 3 pagini"))
    assert [(r.agreement_type, r.partner) for r in res.partnerships] == [
        ("conventie", "Asociația Cod Deschis"), ("conventie", "Inspectoratul Școlar Județean Iași")]


def test_a_partner_named_as_the_owner_of_a_project_and_a_company_beside_it():
    res = run("Au fost încheiate parteneriate, din care amintim:",
              ListItem(text="Programul Bunicii Activi al Fundației Vârsta de Aur și Carrefour România, prin care 12 "
                            "vârstnici au primit tichete;", marker="·"),
              ListItem(text="Campania de vaccinare a Asociației Medici Voluntari și Alfa Farm S.R.L.;", marker="·"))
    assert [r.partner for r in res.partnerships] == [
        "Fundația Vârsta de Aur", "Carrefour România", "Asociația Medici Voluntari", "Alfa Farm S.R.L."]


def test_partners_announced_in_a_table_continued_on_the_next_page_and_below_it():
    header = ["Nr. crt.", "Activitatea", "Rezultat"]
    first = table([header, ["1.", "Consiliere", "40"],
                   ["2.", "Parteneriate cu ONG-uri din comunitate: Asociația Zâmbet - cursuri de", "3"]], line=10)
    continued = table([["", "dans pentru 12 copii", ""]], line=40)  # the row's end, on the next page
    res = run(first, continued, Paragraph(text="FUNDAȚIA CASA SOARELUI - tabără de vară pentru 15 copii"))
    assert [r.partner for r in res.partnerships] == ["Asociația Zâmbet", "FUNDAȚIA CASA SOARELUI"]


def test_number_and_date_in_one_column_and_a_lone_date_of_validity():
    res = run(HEAD, table([
        ["Nr. crt.", "Tipul actului", "Număr și dată", "Partener", "Perioada de valabilitate"],
        ["1.", "Protocol de colaborare", "nr. 2.075/14.04.2021", "Asociația Pădurea Verde", "14.04.2024"],
        ["2.", "Convenție", "nr. 61/30.09.2022", "Fundația Apa Vie", "nedeterminată"],
    ]))
    rows = [(r.number_raw, r.date_signed, r.valid_until_raw, r.partner) for r in res.partnerships]
    assert rows == [("2.075", dt.date(2021, 4, 14), "14.04.2024", "Asociația Pădurea Verde"),
                    ("61", dt.date(2022, 9, 30), "nedeterminată", "Fundația Apa Vie")]


def test_registration_number_with_a_thousands_dot():
    res = run(HEAD, ListItem(text="3. Acord de parteneriat nr. 2.310/05.05.2022 - Asociația Izvorul;", marker=""))
    assert [(r.number_raw, r.date_signed) for r in res.partnerships] == [("2.310", dt.date(2022, 5, 5))]


def test_partner_named_first_then_its_agreement_with_number_and_date():
    res = run("Au fost încheiate următoarele parteneriate:",
              ListItem(text="Asociația Pâine Caldă - acord de parteneriat nr. 77/11.01.2024;", marker="-"),
              ListItem(text="Fundația Lumen, în baza protocolului de colaborare nr. 1.502 din 03.06.2023;", marker="-"),
              ListItem(text="Asociația Nord, pentru activități de voluntariat;", marker="-"))
    rows = [(r.partner, r.agreement_type, r.number_raw, r.date_signed) for r in res.partnerships]
    assert rows == [("Asociația Pâine Caldă", "acord", "77", dt.date(2024, 1, 11)),
                    ("Fundația Lumen", "protocol", "1.502", dt.date(2023, 6, 3)),
                    ("Asociația Nord", "other", None, None)]
    assert "listed_without_details" in res.partnerships[2].warnings


def test_sentences_with_the_agreement_number_before_or_after_the_partner():
    res = run("Primăria derulează acordul de parteneriat nr. 41/12.05.2023 cu Asociația Mâini Întinse.",
              "Direcția a încheiat cu Fundația Casa Bunicilor protocolul de colaborare nr. 1.077/02.02.2024.",
              "Există un acord de parteneriat cu Asociația Trei Izvoare, nr. 88/30.06.2022.")
    rows = [(r.agreement_type, r.partner, r.number_raw, r.date_signed) for r in res.partnerships]
    assert rows == [("acord", "Asociația Mâini Întinse", "41", dt.date(2023, 5, 12)),
                    ("protocol", "Fundația Casa Bunicilor", "1.077", dt.date(2024, 2, 2)),
                    ("acord", "Asociația Trei Izvoare", "88", dt.date(2022, 6, 30))]


def test_cel_and_cea_inside_a_name():
    from extractors.records.partnership_mentions import prose_mentions
    assert [n for _, n, _ in prose_mentions("Proiect derulat în parteneriat cu Fundația Ștefan cel Mare Vaslui.")] == [
        "Fundația Ștefan cel Mare Vaslui"]


@pytest.mark.parametrize("partner", [
    "Parohia Ortodoxă Valea lui Mihai", "Școala Gimnazială nr. 3 Poienile de sub Munte",
    "Colegiul Național „Speranța” Malu cu Flori", "Fundația „Casa lui Ioan”", "Asociația Pas cu Pas"])
def test_lui_sub_and_cu_inside_a_place_or_an_organisation_name(partner):
    # the genitive 'lui', the 'de sub' of a place and a 'cu' between two capitalised words that are no second
    # organisation belong to the name ('Valea lui Mihai', 'Poienile de sub Munte', 'Malu cu Flori')
    from extractors.records.partnership_lists import item_partners
    from extractors.records.partnership_mentions import prose_mentions
    assert [n for _, n, _ in prose_mentions(f"DAS a încheiat un protocol de colaborare cu {partner}, pentru sprijin.")] \
        == [partner]
    assert [n for _, n in item_partners(f"{partner} – protocol de colaborare nr. 5/12.03.2021;", None, True)] == [partner]


def test_cu_before_a_second_organisation_still_separates_the_two():
    from extractors.records.partnership_mentions import prose_mentions
    assert [n for _, n, _ in prose_mentions("Protocol de colaborare încheiat cu Asociația Alfa Deva, în parteneriat cu "
                                            "Fundația Beta.")] == ["Asociația Alfa Deva", "Fundația Beta"]
    assert [n for _, n, _ in prose_mentions("S-a colaborat cu Primăria Deva cu DGASPC Hunedoara.")] == ["Primăria Deva"]


def test_a_collaboration_stated_as_a_measure_keeps_its_number_and_date():
    res = run("RAPORT privind stadiul implementării Planului anual de acțiune al Comunei Exemplu pentru anul 2023",
              Heading(text="2. Stadiul realizării măsurilor din plan"),
              table([["Nr. crt.", "Măsura", "Rezultate obținute", "Stadiu"],
                     ["1.", "Acordarea ajutoarelor de urgență", "41 ajutoare acordate", "realizat"],
                     ["2.", "Încheierea de protocoale cu instituțiile publice",
                      "1 protocol de colaborare cu Inspectoratul Școlar Județean Exemplu (nr. 412/05.03.2023)",
                      "realizat"]]))
    assert [(r.agreement_type, r.partner, r.number_raw, r.date_signed) for r in res.partnerships] == [
        ("protocol", "Inspectoratul Școlar Județean Exemplu", "412", dt.date(2023, 3, 5))]


def test_two_agreement_sentences_in_one_paragraph_keep_each_its_number():
    res = run("RAPORT privind stadiul implementării Planului anual de acțiune al Comunei Exemplu pentru anul 2023",
              "În anul 2023 a fost în derulare o convenție de colaborare cu Asociația Sf. Ilie, nr. 184/27.01.2022. "
              "În anul 2023 a fost în derulare un protocol de cooperare cu Asociația Speranța, nr. 782/15.04.2022.")
    assert sorted((r.agreement_type, r.partner, r.number_raw) for r in res.partnerships) == [
        ("conventie", "Asociația Sf. Ilie", "184"), ("protocol", "Asociația Speranța", "782")]


PLAN = "PLANUL ANUAL DE ACȚIUNE privind serviciile sociale al Comunei Exemplu pentru anul 2024"


def test_partner_first_items_name_the_agreement_after_a_dash():
    res = run(PLAN, Heading(text="Colaborări și parteneriate"),
              ListItem(text="Crucea Roșie Română - Filiala Vâlcea – protocol de colaborare nr. 14.818/13.07.2020;",
                       marker="-"),
              ListItem(text="Asociația Pădurea Verde - Contract de colaborare nr. 485/27.11.2017;", marker="-"),
              ListItem(text="Fundația Casa Bunicilor – acord de parteneriat pentru servicii de îngrijire;", marker="•"))
    assert [(r.agreement_type, r.partner, r.number_raw, r.date_signed) for r in res.partnerships] == [
        ("protocol", "Crucea Roșie Română - Filiala Vâlcea", "14.818", dt.date(2020, 7, 13)),
        ("contract", "Asociația Pădurea Verde", "485", dt.date(2017, 11, 27)),
        ("acord", "Fundația Casa Bunicilor", None, None)]


def test_a_sentence_naming_the_agreement_first_and_the_partner_as_its_subject():
    res = run(PLAN, Heading(text="Parteneriate încheiate"),
              "În baza acordului de parteneriat nr. 643/04.09.2017, Școala Gimnazială nr. 9 Vale sprijină "
              "furnizarea serviciilor sociale.",
              "Conform convenției de colaborare nr. 4.217 din 09.03.2017, Inspectoratul Școlar Județean Exemplu "
              "asigură consilierea elevilor.")
    assert [(r.agreement_type, r.partner, r.number_raw, r.date_signed) for r in res.partnerships] == [
        ("acord", "Școala Gimnazială nr. 9 Vale", "643", dt.date(2017, 9, 4)),
        ("conventie", "Inspectoratul Școlar Județean Exemplu", "4.217", dt.date(2017, 3, 9))]


def test_a_dash_before_a_word_that_is_no_agreement_is_no_partnership():
    res = run(PLAN, Heading(text="Servicii sociale"),
              ListItem(text="Asociația Pădurea Verde – cursuri de limba engleză pentru copii;", marker="-"))
    assert res.partnerships == []


def test_agreements_in_general_with_the_author_as_subject_name_no_partner():
    res = run(PLAN, "În baza convențiilor/protocoalelor de colaborare, D.G.A.S.P.C. Sector 2 desfășoară o serie de "
                    "activități în beneficiul grupurilor vulnerabile.",
              "În baza protocolului de colaborare nr. 12/03.02.2022, Primăria Comunei Exemplu asigură transportul.")
    assert res.partnerships == []


def test_a_number_and_date_column_without_nr_gives_the_number_alone():
    res = run(PLAN, Heading(text="Acorduri de parteneriat/cooperare încheiate:"),
              table([["Nr. crt.", "Partener", "Tipul acordului", "Nr./data"],
                     ["1.", "Fundația Dumbrava", "Convenție de parteneriat", "256/26.04.2015"],
                     ["2.", "Asociația Sfântul Ilie", "Protocol de colaborare", "1.204 din 03.02.2021"]]))
    assert [(r.number_raw, r.date_signed) for r in res.partnerships] == [("256", dt.date(2015, 4, 26)),
                                                                         ("1.204", dt.date(2021, 2, 3))]


def test_a_number_inside_the_partners_name_is_not_the_agreements():
    res = run(PLAN, "Direcția are încheiat o convenție de parteneriat cu Școala Gimnazială nr. 6 Vale, nr. 6.922/26.12.2019.")
    assert [(r.partner, r.number_raw, r.date_signed) for r in res.partnerships] == [
        ("Școala Gimnazială nr. 6 Vale", "6.922", dt.date(2019, 12, 26))]


def test_a_collaboration_with_the_partner_under_an_agreement_named_after_it():
    # 'colaborarea cu X în baza protocolului …', 'Cu X a fost încheiată o convenție …': the document is named
    # after the partner; an agreement of a food bank ('Banca pentru Alimente') is one with an organisation
    res = run("Primăria a continuat colaborarea cu Asociația Vatra Gorj în baza protocolului de cooperare nr. "
              "830/03.03.2017.",
              "Serviciul a continuat colaborarea cu Inspectoratul Școlar Județean Brașov în baza acordului de colaborare.",
              "Cu Asociația Speranța Brașov a fost încheiată o convenție de colaborare nr. 718/27.06.2019, pentru "
              "distribuirea de alimente.",
              "În anul 2024, Direcția a încheiat un protocol de cooperare nr. 7.466/26.06.2021 cu Banca pentru Alimente "
              "Suceava, în domeniul protecției copilului.")
    rows = [(r.agreement_type, r.partner, r.number_raw, r.date_signed) for r in res.partnerships]
    assert rows == [("protocol", "Asociația Vatra Gorj", "830", dt.date(2017, 3, 3)),
                    ("acord", "Inspectoratul Școlar Județean Brașov", None, None),
                    ("conventie", "Asociația Speranța Brașov", "718", dt.date(2019, 6, 27)),
                    ("protocol", "Banca pentru Alimente Suceava", "7.466", dt.date(2021, 6, 26))]


def test_an_item_naming_the_agreement_then_a_partner_whose_name_holds_a_dash():
    # the partner after 'cu' is the whole name ('Crucea Roșie Română - Filiala Bihor'), not the part after the dash
    res = run("Parteneriatele aflate în derulare sunt:",
              ListItem(text="Protocol de cooperare nr. 4.276/19.01.2018 cu Crucea Roșie Română - Filiala Bihor;",
                       marker="-"),
              ListItem(text="2. Acord de parteneriat nr. 55/02.02.2022 cu Asociația Lumina;", marker=""))
    rows = [(r.agreement_type, r.partner, r.number_raw, r.date_signed) for r in res.partnerships]
    assert rows == [("protocol", "Crucea Roșie Română - Filiala Bihor", "4.276", dt.date(2018, 1, 19)),
                    ("acord", "Asociația Lumina", "55", dt.date(2022, 2, 2))]


def test_a_number_and_date_column_headed_like_a_date():
    # 'Nr. / data' holding '841/08.10.2021': the number before the date is the agreement's
    res = run(HEAD, table([
        ["Nr. crt.", "Partener", "Tipul acordului", "Nr. / data", "Obiectul colaborării"],
        ["1.", "Asociația Pădurea Verde", "Contract de colaborare", "841/08.10.2021", "sprijin alimentar"],
        ["2.", "Fundația Apa Vie", "Acord de colaborare", "-", "consiliere"],
    ]))
    rows = [(r.agreement_type, r.number_raw, r.date_signed, r.partner) for r in res.partnerships]
    assert rows == [("contract", "841", dt.date(2021, 10, 8), "Asociația Pădurea Verde"),
                    ("acord", None, None, "Fundația Apa Vie")]


def test_the_number_of_a_law_the_item_cites_is_no_agreement_number():
    res = run("Au fost încheiate un număr de 26 parteneriate, din care amintim:",
              ListItem(text="Parteneriat pentru gratuitatea transportului pentru beneficiarii Legii nr. 448/2006 - "
                            "Asociația de Transport Public Vale.", marker="·"))
    assert [(r.partner, r.number_raw) for r in res.partnerships] == [("Asociația de Transport Public Vale", None)]


def test_partner_column_beside_the_object_of_the_partnership_and_a_nr_din_date_cell():
    """'Obiectul parteneriatului' names the object, not the partner (the word 'parteneri' inside it is no header
    of partners); 'Forma de colaborare' is the agreement's type; 'nr. 1054 din 28.06.2025' under 'Nr. / data'
    holds the number before the date."""
    res = run(Heading(text="Colaborarea cu societatea civilă"), table([
        ["Nr. crt.", "Partener", "Forma de colaborare", "Nr. / data", "Obiectul parteneriatului", "Valabilitate"],
        ["1.", "Fundația Alfa România", "Acord de parteneriat", "nr. 1054 din 28.06.2025", "Sprijin pentru tineri",
         "31.12.2027"],
        ["2.", "Asociația Beta", "convenție", "nr. 8104 din 08.10.2024", "Consiliere pentru familii", "nedeterminată"],
    ]))
    rows = [(r.partner, r.agreement_type, r.number_raw, r.date_signed) for r in res.partnerships]
    assert rows == [("Fundația Alfa România", "acord", "1054", dt.date(2025, 6, 28)),
                    ("Asociația Beta", "conventie", "8104", dt.date(2024, 10, 8))]


def test_a_partners_table_after_the_information_chapter_whose_cells_name_bare_agreement_types():
    """A table of partners printed after the chapter on information campaigns, under a heading that names the
    collaboration ('Colaborarea cu societatea civilă'), its header naming the form of collaboration and its cells
    a bare type ('protocol', 'convenție'): a partnerships table, not the information activities before it."""
    res = run(Heading(text="VI. Activități de informare a publicului"),
              Paragraph(text="Au fost organizate 16 campanii de informare a comunității."),
              Heading(text="Colaborarea cu societatea civilă"), table([
                  ["Nr. crt.", "Denumirea organizației", "Forma de colaborare", "Nr. și data", "Obiectul colaborării"],
                  ["1.", "Fundația Alfa", "protocol", "8704/24.06.2021", "Găzduirea victimelor violenței"],
                  ["2.", "Asociația Beta", "convenție", "nr. 7760 din 08.05.2020", "Consiliere pentru familii"],
                  ["3.", "Asociația Gama", "Acord de parteneriat", "6049/07.06.2017", "Recuperare pentru copii"],
              ]))
    rows = [(r.partner, r.agreement_type, r.number_raw) for r in res.partnerships]
    assert rows == [("Fundația Alfa", "protocol", "8704"), ("Asociația Beta", "conventie", "7760"),
                    ("Asociația Gama", "acord", "6049")]
    assert res.activities == []


def test_a_partners_table_printed_as_fragments_under_a_numbered_title():
    """A partners table printed one row per fragment, the header repeated over each, under '7. Parteneriate și
    convenții …' (a numbered title whose number a reader may give without its dot): the repeated header is no
    evidence against the agreements its cells name."""
    header = ["Nr. crt.", "Denumirea organizației", "Tip document", "Nr. și data", "Obiectul colaborării"]
    rows = [["1.", "Asociația Lumina", "Contract de parteneriat", "nr. 8163 din 03.07.2025", "Consiliere"],
            ["2.", "Asociația Caritas Vale", "convenție", "nr. 591 din 03.11.2023", "Găzduire"],
            ["3.", "Asociația Casa Soarelui", "protocol", "nr. 3797 din 07.08.2023", "Consiliere"],
            ["4.", "Asociația Izvorul", "acord de colaborare", "nr. 9289 din 19.10.2023", "Consiliere"]]
    res = run(Heading(text="Informarea comunității"),
              Paragraph(text="În anul 2025 au fost organizate 10 campanii de informare a comunității."),
              Heading(text="7 Parteneriate și convenții de colaborare în derulare"),
              *[table([header, r], line=100 + 10 * k) for k, r in enumerate(rows)])
    assert [(r.partner, r.number_raw) for r in res.partnerships] == [
        ("Asociația Lumina", "8163"), ("Asociația Caritas Vale", "591"), ("Asociația Casa Soarelui", "3797"),
        ("Asociația Izvorul", "9289")]


def test_a_paragraph_of_several_sentences_gives_each_partner_the_number_of_its_own_sentence():
    """Sentences a PDF reader joined into one paragraph, each naming one partner: the one agreement number printed
    is that of the sentence that prints it, not of every partner of the paragraph."""
    res = run(Heading(text="Parteneriate încheiate"),
              Paragraph(text="Direcția a continuat colaborarea cu Inspectoratul Școlar Județean Vale în baza acordului "
                             "de colaborare nr. 14.120/03.05.2023. Direcția a continuat colaborarea cu Asociația Floare "
                             "de Colț în baza contractului de parteneriat."))
    rows = [(r.partner, r.agreement_type, r.number_raw, r.date_signed) for r in res.partnerships]
    assert rows == [("Inspectoratul Școlar Județean Vale", "acord", "14.120", dt.date(2023, 5, 3)),
                    ("Asociația Floare de Colț", "contract", None, None)]
    assert all("multi_party_agreement" not in r.warnings for r in res.partnerships)
    # the number after the partner's sentence, the other partner in the sentence before it
    res = run(Heading(text="Parteneriate încheiate"),
              Paragraph(text="Serviciul a continuat colaborarea cu Poliția Locală Vale în baza acordului de "
                             "colaborare. În anul 2020, Serviciul a încheiat un protocol de cooperare nr. "
                             "467/24.03.2017 cu Crucea Roșie Română - Filiala Vale, pentru sprijinirea vârstnicilor."))
    rows = [(r.partner, r.agreement_type, r.number_raw) for r in res.partnerships]
    assert rows == [("Poliția Locală Vale", "acord", None), ("Crucea Roșie Română - Filiala Vale", "protocol", "467")]
    # two partners of one agreement in one sentence share its number
    res = run(Heading(text="Parteneriate încheiate"),
              Paragraph(text="Direcția a încheiat acordul de parteneriat nr. 907/03.04.2023 cu Asociația Alfa și "
                             "Fundația Beta."))
    assert [(r.partner, r.number_raw) for r in res.partnerships] == [("Asociația Alfa", "907"), ("Fundația Beta", "907")]


def test_each_sentence_of_a_joined_paragraph_is_read_in_its_own_form():
    """Two agreements a PDF reader joined into one paragraph, each sentence in another form (the agreement first
    and the partner its subject; the partner after 'cu' and the number after it): both partners, each with the
    number of its own sentence — a form read from the paragraph's start no longer hides the sentence after it."""
    res = run(Paragraph(text="Acorduri de parteneriat / protocoale de colaborare încheiate:"),
              Paragraph(text="În baza protocolului de cooperare nr. 980/27.12.2016, Centrul Județean de Resurse și "
                             "Asistență Educațională Vale sprijină furnizarea serviciilor sociale. Instituția are "
                             "încheiat un acord de colaborare cu Inspectoratul Școlar Județean Vale, nr. 332/11.07.2016."))
    rows = [(r.partner, r.agreement_type, r.number_raw, r.date_signed) for r in res.partnerships]
    assert rows == [("Centrul Județean de Resurse și Asistență Educațională Vale", "protocol", "980",
                     dt.date(2016, 12, 27)),
                    ("Inspectoratul Școlar Județean Vale", "acord", "332", dt.date(2016, 7, 11))]
    # a partner named again in the next sentence of the paragraph is one partnership
    res = run(Paragraph(text="În baza protocolului de cooperare nr. 980/27.12.2016, Asociația Alfa sprijină "
                             "furnizarea serviciilor sociale. Direcția colaborează cu Asociația Alfa în baza "
                             "protocolului de colaborare."))
    assert [(r.partner, r.number_raw) for r in res.partnerships] == [("Asociația Alfa", "980")]


def test_a_list_item_ends_its_partners_at_a_semicolon_that_no_organisation_follows():
    # the signature under the list read into its last item ('…; Director executiv,'): no part of the partner's
    # name; organisations after a semicolon are partners too, of the one agreement the item names
    res = run(Paragraph(text="Acorduri de parteneriat / protocoale de colaborare încheiate:"),
              ListItem(text="Convenție de parteneriat nr. 753/03.09.2019 - Asociația Caritas Vale; Director executiv,",
                       marker="1."),
              ListItem(text="Protocol de colaborare nr. 12/05.02.2020 - Asociația Alfa; Fundația Beta;", marker="2."))
    assert [(r.partner, r.number_raw) for r in res.partnerships] == [
        ("Asociația Caritas Vale", "753"), ("Asociația Alfa; Fundația Beta", "12")]


def test_a_date_alone_under_the_number_and_date_column_is_no_agreement_number():
    res = run(HEAD, table([
        ["Nr. crt.", "Partener", "Forma de colaborare", "Nr. / data", "Obiectul parteneriatului"],
        ["1.", "Asociația Căsuța Veselă", "Acord de parteneriat", "05.08.2024", "Servicii de recuperare"],
        ["2.", "Asociația Izvorul", "Contract de parteneriat", "9242/18.01.2023", "Distribuirea de alimente"],
    ]))
    rows = [(r.partner, r.number_raw, r.date_signed) for r in res.partnerships]
    assert rows == [("Asociația Căsuța Veselă", None, dt.date(2024, 8, 5)),
                    ("Asociația Izvorul", "9242", dt.date(2023, 1, 18))]


@pytest.mark.parametrize("title", ["CAPITOLUL IV. Parteneriate", "Cap. 7 – Colaborări și parteneriate",
                                   "Anexa nr. 7 – Acorduri de parteneriat și colaborare",
                                   "Secțiunea a V-a. Protocoale de colaborare"])
def test_a_bare_contract_listed_under_a_partnerships_title_is_a_partnership(title):
    """Under a partnerships section's title (numbered as a chapter, a section or an annex) every act listed is an
    agreement with its partner, a bare 'contract nr. …' included, in each form a list or a sentence prints it."""
    res = run(Heading(text=title),
              ListItem(text="Fundația Lumina – contract nr. 2369/10.10.2023, având ca obiect sprijin pentru vârstnici;",
                       marker="1."),
              ListItem(text="Contract nr. 88/02.03.2021 încheiat cu Colegiul Național „Sf. Maria” Vale – voluntariat;",
                       marker="2."),
              Paragraph(text="În anul 2020 se derulează contractul nr. 11178 din 22.06.2019 cu Poliția Vale."),
              Paragraph(text="S.P.A.S. Vale colaborează cu Parohia „Sf. Nicolae” Vale în baza contractului nr. 16839 "
                             "din 01.02.2018, pentru distribuirea de alimente."),
              Paragraph(text="Cu Spitalul Municipal Vale a fost încheiat contractul nr. 45 din 03.04.2019, având ca "
                             "obiect consiliere."))
    assert [(r.partner, r.agreement_type, r.number_raw) for r in res.partnerships] == [
        ("Fundația Lumina", "contract", "2369"), ("Colegiul Național „Sf. Maria” Vale", "contract", "88"),
        ("Poliția Vale", "contract", "11178"), ("Parohia „Sf. Nicolae” Vale", "contract", "16839"),
        ("Spitalul Municipal Vale", "contract", "45")]


@pytest.mark.parametrize("title", ["C. Programul anual de contractare a serviciilor sociale",
                                   "Cap. 3 – Contractarea serviciilor sociale cu furnizori privați", None])
def test_a_bare_contract_outside_a_partnerships_section_stays_a_procurement(title):
    """Under the contracting programme's title, or under no title at all, a bare contract with an organisation is
    one for goods or services (a procurement), not a partnership."""
    res = run(*([Heading(text=title)] if title else []),
              Paragraph(text="În anul 2020 se derulează contractul nr. 11178 din 22.06.2019 cu Asociația Alfa Vale."),
              Paragraph(text="S.P.A.S. Vale colaborează cu Fundația Beta în baza contractului nr. 16 din 01.02.2018."),
              ListItem(text="Fundația Gama – contract nr. 2369/10.10.2023, având ca obiect servicii de îngrijire;",
                       marker="1."))
    # the collaboration with Fundația Beta is stated in words; the contract it rests on is no agreement type
    assert [(r.partner, r.agreement_type) for r in res.partnerships] == [("Fundația Beta", "other")]


def test_an_annex_title_naming_the_agreements_is_no_partner():
    """'Anexa nr. 7 – Acorduri de parteneriat …' names the section, not an agreement with an 'Anexa nr. 7'."""
    res = run(Paragraph(text="Anexa nr. 6 – Activități de informare a populației"),
              Paragraph(text="Anexa nr. 7 – Acorduri de parteneriat și colaborare"),
              ListItem(text="Parohia „Sf. Nicolae” Vale – convenție nr. 7984/09.09.2020, având ca obiect consiliere;",
                       marker="1."))
    assert [(r.partner, r.agreement_type, r.number_raw) for r in res.partnerships] == [
        ("Parohia „Sf. Nicolae” Vale", "conventie", "7984")]


def test_the_number_in_a_listed_partners_name_is_not_the_agreements():
    """A school's 'nr. 3' under a sentence announcing the partners is part of its name; the item states no
    agreement number."""
    res = run(Heading(text="Parteneriate"), Paragraph(text="Direcția a colaborat cu următorii parteneri:"),
              ListItem(text="Contract de colaborare cu Școala Gimnazială nr. 3 Vale;", marker="•"),
              ListItem(text="Protocol de colaborare nr. 1.234/12.03.2021 cu Școala Gimnazială nr. 5 Vale;", marker="•"))
    assert [(r.partner, r.agreement_type, r.number_raw) for r in res.partnerships] == [
        ("Școala Gimnazială nr. 3 Vale", "contract", None), ("Școala Gimnazială nr. 5 Vale", "protocol", "1.234")]


def test_a_list_items_number_printed_as_its_marker_is_its_row_number():
    """A numbered list whose numbers a reader keeps apart as the items' markers ('1.', 'b)'): the number as printed
    is the row's, as when it is part of the item's text; a bullet is no number."""
    res = run(Heading(text="Parteneriate"),
              ListItem(text="Parohia „Sf. Nicolae” Vale – convenție nr. 7984/09.09.2020, având ca obiect consiliere;",
                       marker="1."),
              ListItem(text="Protocol de colaborare nr. 12/03.02.2020 încheiat cu Asociația Alfa – voluntariat;",
                       marker="b)"),
              ListItem(text="Acord de parteneriat nr. 5/01.01.2021 – Fundația Beta;", marker="•"),
              ListItem(text="Contract de parteneriat încheiat cu Poliția Vale – prevenirea violenței;", marker="4."))
    assert [(r.row_no_raw, r.partner, r.number_raw) for r in res.partnerships] == [
        ("1.", "Parohia „Sf. Nicolae” Vale", "7984"), ("b)", "Asociația Alfa", "12"), (None, "Fundația Beta", "5"),
        ("4.", "Poliția Vale", None)]


@pytest.mark.parametrize("printed,partner", [
    # a note in lower case after a dash is no part of the name
    ("Direcția Generală de Asistență Socială și Protecția Copilului Sector 1- asistentul maternal locuiește în "
     "sectorul 2", "Direcția Generală de Asistență Socială și Protecția Copilului Sector 1"),
    # the council decision that renewed the agreement, printed before the partner
    ("Hotărârea C.L. nr. 267/26.08.2021- Asociația De Ajutor Social „Marathon”", "Asociația De Ajutor Social „Marathon”"),
    # a dash inside a name stays
    ("Crucea Roșie Română - Filiala Cluj", "Crucea Roșie Română - Filiala Cluj"),
    ("Așezământ pentru Bătrâni – Asociația Istrița", "Așezământ pentru Bătrâni – Asociația Istrița"),
])
def test_a_partners_name_without_the_notes_printed_around_it(printed, partner):
    from extractors.records.partnerships import display_name
    assert display_name(printed) == partner


def test_an_agreement_first_with_the_author_working_with_its_partner_after_the_comma():
    res = run(Heading(text="VII. PARTENERIATE"),
              Paragraph(text="În baza unui acord de colaborare nr. 17789 din 25.04.2024, D.G.A.S.P.C. Neamț "
                             "colaborează cu Fundația „Speranța” în domeniul: voluntariat."))
    [p] = res.partnerships
    assert (p.agreement_type, p.partner, p.number_raw) == ("acord", "Fundația „Speranța”", "17789")


def test_a_column_of_the_number_and_date_of_the_agreement_gives_both():
    res = run(HEAD, table([["Nr. crt.", "Tipul acordului", "Partener", "Nr. și data încheierii"],
                           ["1.", "Protocol de colaborare", "Asociația Alfa", "nr. 32731 din 11.04.2017"],
                           ["2.", "Acord de colaborare", "Fundația Beta", "28519/13.12.2019"]]))
    got = [(p.number_raw, p.date_signed) for p in res.partnerships]
    assert got == [("32731", dt.date(2017, 4, 11)), ("28519", dt.date(2019, 12, 13))]


def test_an_agreement_named_again_in_a_decisions_title_article_and_annex_is_one_row():
    res = run(Paragraph(text="privind aprobarea încheierii unui protocol de colaborare între Orașul Vale și "
                             "Asociația Alfa"),
              Paragraph(text="Art. 1. Se aprobă încheierea unui protocol de colaborare între Orașul Vale, prin "
                             "Serviciul Public de Asistență Socială, și Asociația Alfa, conform anexei."),
              Paragraph(text="Protocolul de colaborare nr. 5/03.02.2020 încheiat între Orașul Vale și Asociația Beta."),
              Paragraph(text="Protocolul de colaborare nr. 6/04.02.2020 încheiat între Orașul Vale și Asociația Beta."))
    assert [(r.agreement_type, r.partner, r.number_raw) for r in res.partnerships] == [
        ("protocol", "Asociația Alfa", None), ("protocol", "Asociația Beta", "5"), ("protocol", "Asociația Beta", "6")]


def test_a_register_with_the_acts_number_under_a_group_header_and_a_total_row():
    # 'Actul de colaborare' over 'Nr. act | Data încheierii'; the TOTAL row sums the contributions, no agreement
    res = run(Heading(text="Situația acordurilor de parteneriat în vigoare la 31.12.2022"), table([
        ["Partener", "Forma de colaborare", "Actul de colaborare", "", "Perioada de valabilitate", "Valoare (lei)"],
        ["", "", "Nr. act", "Data încheierii", "", ""],
        ["Asociația Alfa", "Acord de parteneriat", "22.163", "16.04.2022", "5 ani", "56.700"],
        ["Fundația Beta", "Convenție de colaborare", "9444", "19.05.2022", "nedeterminată", "-"],
        ["TOTAL", "", "", "", "", "56.700"],
    ]))
    assert [(r.agreement_type, r.partner, r.number_raw, r.date_signed) for r in res.partnerships] == [
        ("acord", "Asociația Alfa", "22.163", dt.date(2022, 4, 16)),
        ("conventie", "Fundația Beta", "9444", dt.date(2022, 5, 19))]


def test_a_decision_with_the_partners_listed_in_its_annex_and_the_model_agreement():
    # the article approves agreements with 'partenerii prevăzuți în anexa nr. 1': the annex's list names them; a
    # preamble item citing a decision is none, nor the model's title nor its parties after the list
    res = run(Paragraph(text="privind aprobarea încheierii unor acorduri de parteneriat între DGASPC Vale și "
                             "partenerii prevăzuți în anexă"),
              ListItem(text="Hotărârea Consiliului Județean Vale nr. 12/2020 privind aprobarea Strategiei;", marker="-"),
              Paragraph(text="Art. 1. Se aprobă încheierea de acorduri de parteneriat între DGASPC Vale și partenerii "
                             "prevăzuți în anexa nr. 1, care face parte integrantă din prezenta hotărâre."),
              Paragraph(text="Anexa nr. 1"),
              ListItem(text="Asociația Alfa, cu sediul în Str. Mare nr. 3, Vale, CUI 123, având ca obiect sprijinul "
                            "vârstnicilor;", marker="1."),
              ListItem(text="Spitalul Județean Vale, cu sediul în Str. Mică nr. 5, Vale;", marker="2."),
              Paragraph(text="Anexa nr. 2"),
              Heading(text="MODEL – ACORD DE PARTENERIAT"),
              ListItem(text="Județul Vale, prin Consiliul Județean Vale, cu sediul în Str. Mare nr. 1;", marker="1."))
    assert [(r.agreement_type, r.partner) for r in res.partnerships] == [
        ("acord", "Asociația Alfa"), ("acord", "Spitalul Județean Vale")]


def test_a_table_of_partners_without_a_column_of_acts_whose_header_names_them():
    res = run(Heading(text="Anexa nr. 1 – Tabel cu organizațiile partenere"), table([
        ["Nr. crt.", "Partener", "Sediul", "Obiectul protocolului", "Perioada"],
        ["1.", "Asociația Alfa", "Str. Mare nr. 3, Vale", "sprijinul vârstnicilor", "3 ani"],
    ]))
    assert [(r.agreement_type, r.partner) for r in res.partnerships] == [("protocol", "Asociația Alfa")]


def test_an_item_naming_the_partner_then_the_agreement_it_works_under():
    # '- X, în baza acordului … nr. N/D – object': X is the partner; the words after the dash are the object
    res = run(Heading(text="Parteneriate"),
              ListItem(text="Direcția de Sănătate Publică Vale, în baza acordului de parteneriat nr. 2.698/05.02.2019 – "
                            "asistența medicală comunitară a persoanelor vulnerabile;", marker="-"),
              ListItem(text="Fundația Alfa, în baza contractului de asociere – îngrijire la domiciliu;", marker="-"))
    assert [(r.agreement_type, r.partner, r.number_raw, r.date_signed) for r in res.partnerships] == [
        ("acord", "Direcția de Sănătate Publică Vale", "2.698", dt.date(2019, 2, 5)),
        ("contract", "Fundația Alfa", None, None)]


def test_collaborations_named_by_no_act_with_one_partner_stay_apart():
    # two chapters of a report each stating a collaboration with one foundation: two rows (no act names them one)
    res = run(Paragraph(text="Centrul de zi funcționează în parteneriat cu Fundația Alfa."),
              Paragraph(text="Campania de vaccinare a avut loc anul trecut."),
              Paragraph(text="Serviciul de consiliere funcționează în parteneriat cu Fundația Alfa."))
    assert [(r.agreement_type, r.partner) for r in res.partnerships] == [("other", "Fundația Alfa")] * 2


def test_an_annex_table_of_partners_typed_by_the_article_approving_it_across_the_signatures():
    # the article approves protocols with 'partenerii prevăzuți în anexa nr. 1'; the signatures (a table of their
    # own), the vote and the annex's title stand between it and the annex's table, whose header names no act (or
    # names one only as a generic word, 'Obiectul acordului'): the rows are protocols
    article = Paragraph(text="Art. 1. Se aprobă încheierea de protocoale de colaborare între Direcția de Asistență "
                             "Socială Vale și partenerii prevăzuți în anexa nr. 1, care face parte integrantă din "
                             "prezenta hotărâre.")
    signatures = table([["PREȘEDINTE DE ȘEDINȚĂ,", "CONTRASEMNEAZĂ, SECRETAR GENERAL,"], ["Ion Pop", "Ana Lup"]],
                       line=60)
    for header in ("Obiectul acordului", "Domeniul"):  # the agreement's generic word, or no word of an act
        res = run(article, signatures,
                  Paragraph(text="Hotărârea a fost adoptată cu 12 voturi pentru, din totalul de 15 consilieri în funcție."),
                  Paragraph(text="Anexa nr. 1 la HCL nr. 65/21.04.2024"), Paragraph(text="LISTA partenerilor"),
                  table([["Nr. crt.", "Denumirea partenerului", "Sediul", header, "Perioada"],
                         ["1.", "Fundația Alfa", "Str. Mare nr. 3, Vale", "sprijinul vârstnicilor", "3 ani"],
                         ["2.", "Comuna Beta", "Str. Mică nr. 5, Beta", "cantina socială", "nedeterminată"]], line=200))
        assert [(r.agreement_type, r.partner) for r in res.partnerships] == [
            ("protocol", "Fundația Alfa"), ("protocol", "Comuna Beta")], header


def test_an_announcement_ends_with_the_annex_it_announced():
    # a later table of partners, after the annex's table and a paragraph of prose, is typed by its own words only
    res = run(Paragraph(text="Art. 1. Se aprobă încheierea de acorduri de parteneriat între DGASPC Vale și partenerii "
                             "prevăzuți în anexa nr. 1."),
              Paragraph(text="Anexa nr. 1"),
              table([["Nr. crt.", "Partener", "Domeniul"], ["1.", "Fundația Alfa", "sprijinul vârstnicilor"]], line=100),
              Paragraph(text="Datele de contact ale partenerilor sunt disponibile la sediul direcției, în program."),
              table([["Nr. crt.", "Partener", "Obiectul protocolului"], ["1.", "Asociația Gama", "consiliere"]], line=300))
    assert [(r.agreement_type, r.partner) for r in res.partnerships] == [
        ("acord", "Fundația Alfa"), ("protocol", "Asociația Gama")]


def test_a_partner_working_under_a_memorandum_of_understanding():
    # '- X, în baza memorandumului de înțelegere – object': a memorandum is an agreement of type other, also in a
    # list an intro announced as agreements
    res = run(Paragraph(text="În anul 2023, direcția a avut în derulare acorduri de parteneriat, după cum urmează:"),
              ListItem(text="Asociația Alfa din Vale, în baza memorandumului de înțelegere – prevenirea abandonului "
                            "școlar;", marker="-"),
              ListItem(text="Fundația Beta, în baza memorandumului de înțelegere nr. 21529 din 25.03.2017 – "
                            "implementarea proiectului „Împreună”;", marker="-"))
    assert [(r.agreement_type, r.partner, r.number_raw) for r in res.partnerships] == [
        ("other", "Asociația Alfa din Vale", None), ("other", "Fundația Beta", "21529")]


@pytest.mark.parametrize("title", ["Tabel cu organizațiile partenere", "Lista partenerilor",
                                   "Partenerii cu care se încheie acorduri-cadru de colaborare"])
def test_an_annex_table_under_a_title_naming_the_partners(title):
    # the header names no partnership ('Organizația | Domeniul | Perioada'): the title above it does
    res = run(Paragraph(text="Anexa nr. 1 la HCL nr. 18/17.09.2023"), Paragraph(text=title),
              table([["Nr. crt.", "Organizația", "Reprezentant legal", "Domeniul", "Perioada"],
                     ["1.", "Asociația Socială Alfa", "Ana Pop, președinte", "centrul de zi", "1 an"]]))
    assert [r.partner for r in res.partnerships] == ["Asociația Socială Alfa"]


def test_a_partner_named_by_a_dotted_acronym_keeps_its_last_dot():
    res = run(HEAD, ListItem(text="Acord de parteneriat nr. 7293/03.06.2017, încheiat cu C.M.B.R.A.E., având ca obiect "
                                  "orientarea școlară a copiilor;", marker="-"))
    assert [(r.agreement_type, r.partner, r.number_raw) for r in res.partnerships] == [("acord", "C.M.B.R.A.E.", "7293")]


def test_a_number_and_date_cell_wrapped_inside_its_figures():
    # a narrow 'Nr./data' column of a borderless PDF breaks the date; the reader joins the lines with a space
    res = run(HEAD, table([["Nr. crt.", "Partener", "Nr./data", "Valabilitate"],
                           ["1.", "Fundația Alfa", "9524/09.01.202 6", "31.12.2026"],
                           ["2.", "Asociația Beta", "18819/14. 03.2022", "nedeterminată"]]))
    assert [(r.number_raw, r.date_signed) for r in res.partnerships] == [
        ("9524", dt.date(2026, 1, 9)), ("18819", dt.date(2022, 3, 14))]
    # … or after a number's thousands dot, in a column of the act
    res = run(HEAD, table([["Nr.", "Organizația parteneră", "Document (tip / nr. / data)"],
                           ["8.", "Comuna Râmnicelu", "Contract de asociere nr. 13. 191/19.07.2020"]]))
    assert [(r.agreement_type, r.number_raw) for r in res.partnerships] == [("contract", "13.191")]


def test_a_partner_cell_with_its_address_or_fiscal_code_after_the_name():
    res = run(HEAD, table([["Nr. crt.", "Denumire partener", "Nr. și data încheierii", "Obiectul acordului"],
                           ["1.", "Asociația „Prietenii Vârstnicilor”, Str. Unirii nr. 103, Zimnicea",
                            "nr. 22785/04.02.2026", "voluntariat"],
                           ["2.", "Fundația „Solidaritate Socială” (CIF 16160704)", "nr. 6718/18.01.2026", "hrană"],
                           ["3.", "Școala Gimnazială nr. 2 Vulcan", "nr. 8053/03.06.2018", "educație"]]))
    assert [(r.partner, r.number_raw, "address_split" in r.warnings) for r in res.partnerships] == [
        ("Asociația „Prietenii Vârstnicilor”", "22785", True), ("Fundația „Solidaritate Socială”", "6718", False),
        ("Școala Gimnazială nr. 2 Vulcan", "8053", False)]


def test_a_date_alone_under_the_validity_is_its_end_and_a_period_in_two_columns_ends_in_the_second():
    res = run(HEAD, table([["Nr. crt.", "Partener", "Nr. și data încheierii", "Perioada"],
                           ["1.", "Fundația Alfa", "nr. 12/05.01.2024", "31.12.2026"],
                           ["2.", "Asociația Beta", "-", "31.12.2025"]]))
    assert [(r.date_signed, r.valid_until_raw) for r in res.partnerships] == [
        (dt.date(2024, 1, 5), "31.12.2026"), (None, "31.12.2025")]
    res = run(HEAD, table([["Nr. crt.", "Partener", "Nr. și data încheierii", "Perioada de valabilitate", ""],
                           ["", "", "", "de la", "până la"],
                           ["1.", "Fundația Alfa", "5.416/27.09.2018", "27.09.2018", "08.11.2025"]]))
    assert [(r.number_raw, r.date_signed, r.valid_until_raw) for r in res.partnerships] == [
        ("5.416", dt.date(2018, 9, 27), "08.11.2025")]


def test_the_validity_a_listed_agreement_or_the_one_agreements_duration_clause_states():
    res = run(Paragraph(text="Se aprobă încheierea unor acte de colaborare, după cum urmează:"),
              ListItem(text="a) Protocol de colaborare cu Asociația Socială Alfa, având ca obiect prevenirea abandonului "
                            "școlar, pe o perioadă de 5 ani;"),
              ListItem(text="b) Acord de parteneriat cu Fundația Beta, având ca obiect sprijinul vârstnicilor, până la "
                            "data de 31.12.2026;"),
              ListItem(text="c) Convenție de colaborare cu Spitalul Municipal Vale, pe durată nedeterminată;"))
    assert [(r.partner, r.valid_until_raw) for r in res.partnerships] == [
        ("Asociația Socială Alfa", "5 ani"), ("Fundația Beta", "31.12.2026"), ("Spitalul Municipal Vale", "nedeterminată")]
    # a decision approving one agreement, the agreement's text annexed: its duration clause
    res = run(Paragraph(text="Art. 1. Se aprobă încheierea unui acord de parteneriat între Comuna Vale și Asociația "
                             "Gama, având ca obiect sprijinul vârstnicilor, conform anexei."),
              Paragraph(text="III. DURATA"),
              Paragraph(text="Prezentul act se încheie pe o perioadă de 3 ani de la data semnării."))
    assert [(r.partner, r.valid_until_raw) for r in res.partnerships] == [("Asociația Gama", "3 ani")]


def test_a_one_off_action_and_an_agreement_a_pdf_reader_joined_into_one_paragraph():
    # 'În colaborare cu X a fost organizată o sesiune …' is a one-off action; the sentence after it, joined to it by
    # the reader, states an agreement: each is read alone
    res = run(Heading(text="II. Parteneriate"),
              Paragraph(text="În colaborare cu Poliția Locală Vale a fost organizată o sesiune de informare, la care au "
                             "participat 87 persoane. Colaborarea cu Agenția Județeană pentru Ocuparea Forței de Muncă "
                             "Vale s-a desfășurat în baza acordului-cadru de parteneriat, de care au beneficiat 55 "
                             "familii."))
    assert [(r.agreement_type, r.partner) for r in res.partnerships] == [
        ("acord", "Agenția Județeană pentru Ocuparea Forței de Muncă Vale")]


def test_a_decisions_title_the_reader_joined_to_the_councils_preamble():
    # a PDF reader joined the wrapped title to the next line: the partner ends where the preamble begins
    res = run(Paragraph(text="HOTĂRÂREA NR. 198/16.02.2022"),
              Paragraph(text="privind aprobarea încheierii unui protocol de colaborare între Serviciul Public de "
                             "Asistență Socială al Orașului Vale și Parohia Ortodoxă „Sfânta Treime” Vale Consiliul "
                             "Local al Orașului Vale, întrunit în ședința ordinară din data de 16.02.2022;"),
              Paragraph(text="Art. 1. Se aprobă încheierea unui protocol de colaborare între Serviciul Public de "
                             "Asistență Socială al Orașului Vale și Parohia Ortodoxă „Sfânta Treime” Vale."))
    assert [(r.agreement_type, r.partner) for r in res.partnerships] == [
        ("protocol", "Parohia Ortodoxă „Sfânta Treime” Vale")]


def test_a_numbered_memorandum_named_in_a_title_and_an_article_is_one_row():
    res = run(Paragraph(text="privind aprobarea prelungirii Memorandumului de înțelegere nr. 8783/12.10.2018, încheiat "
                             "între Direcția de Asistență Socială a Municipiului Vale și Parohia „Sfântul Dumitru” Vale"),
              Paragraph(text="Art. 1. Se aprobă prelungirea duratei memorandumului de înțelegere nr. 8783/12.10.2018, "
                             "încheiat între Direcția de Asistență Socială a Municipiului Vale și Parohia „Sfântul "
                             "Dumitru” Vale, până la data de 31.12.2023."))
    assert [(r.agreement_type, r.partner, r.number_raw) for r in res.partnerships] == [
        ("other", "Parohia „Sfântul Dumitru” Vale", "8783")]


def test_an_event_with_a_partner_joined_to_the_sentence_stating_an_agreement():
    # the sentence before names no agreement ('împreună cu X, a fost organizată …'): the agreement's sentence is read
    res = run(Heading(text="Cap. 2 – Colaborarea cu alte instituții și organizații"),
              Paragraph(text="Cu ocazia Zilei Copilului, împreună cu Inspectoratul Școlar Județean Vale, a fost "
                             "organizată o activitate recreativă. Colaborarea cu Parohia „Sfinții Împărați” Vale s-a "
                             "desfășurat în baza acordului-cadru de colaborare nr. 22977 din 10.03.2022, în scopul "
                             "acordării de sprijin material."))
    assert [(r.agreement_type, r.partner, r.number_raw) for r in res.partnerships] == [
        ("acord", "Parohia „Sfinții Împărați” Vale", "22977")]
