"""Partnerships stated in sentences (partnership_mentions): the agreement phrase, the partner after it in any case
of writing, what is no agreement (a campaign's helpers, works contracts), and sentences beside a table of
agreements."""
import datetime as dt

import pytest

from records_testkit import Heading, ListItem, Paragraph, run, table

from extractors.records.partnership_mentions import prose_mentions
from extractors.records.partnerships import agreement_type


def test_partners_named_in_sentences_after_agreement_phrases():
    got = lambda t: [(a, n) for a, n, _ in prose_mentions(t)]
    assert got("Programul s-a derulat în parteneriat cu Fundația Lumina și Liceul Tehnologic Nr. 2.") == [
        ("other", "Fundația Lumina"), ("other", "Liceul Tehnologic Nr. 2")]
    assert got("Hrana se asigură în baza protocolului de colaborare încheiat cu Asociația Pâinea Zilei, care "
               "distribuie pachete.") == [("protocol", "Asociația Pâinea Zilei")]
    assert got("S-a colaborat cu reprezentanții organizației nonprofit Casa Bunicilor Veseli, care oferă cazare.") == [
        ("other", "Casa Bunicilor Veseli")]
    assert got("Acțiuni comune de prevenire în parteneriat cu IPJ, ISU și Jandarmeria Română;") == [
        ("other", "IPJ"), ("other", "ISU"), ("other", "Jandarmeria Română")]
    assert got("A fost semnată convenția de colaborare cu DGASPC Sector 4 și Sector 5.") == [
        ("conventie", "DGASPC Sector 4"), ("conventie", "DGASPC Sector 5")]


def test_partners_written_in_capitals_in_a_sentence():
    # a partner in capitals ends its sentence or stands in a list: still the partner, without the sentence's stop;
    # a heading all in capitals names no partner
    got = lambda t: [(a, n) for a, n, _ in prose_mentions(t)]
    assert got("S-a încheiat un protocol de colaborare cu SALVAȚI COPIII ROMÂNIA.") == [
        ("protocol", "SALVAȚI COPIII ROMÂNIA")]
    assert got("A fost semnat un acord de parteneriat cu SPITALUL MUNICIPAL PAȘCANI.") == [
        ("acord", "SPITALUL MUNICIPAL PAȘCANI")]
    assert got("Direcția colaborează cu ASOCIAȚIA ALFA, SALVAȚI COPIII ROMÂNIA și UNICEF.") == [
        ("other", "ASOCIAȚIA ALFA"), ("other", "SALVAȚI COPIII ROMÂNIA"), ("other", "UNICEF")]
    assert got("în colaborare cu S.C. ALFA S.R.L.") == [("other", "S.C. ALFA S.R.L.")]
    assert got("PARTENERIATE CU ORGANIZAȚII NEGUVERNAMENTALE") == []


def test_a_partner_a_campaign_was_run_with_is_no_agreement():
    # a campaign is an event: 'în parteneriat cu', 'în colaborare cu', 'cu sprijinul' in its sentence name who helped
    # it, under no agreement; an agreement the sentence names ('în baza protocolului', 'a încheiat cu') still counts
    got = lambda t: [(a, n) for a, n, _ in prose_mentions(t)]
    assert got("Campania s-a desfășurat în parteneriat cu Asociația Alfa.") == []
    assert got("Derularea unor acțiuni comune, proiecte/campanii, sesiuni de informare, în parteneriat cu ANA, DGPMB;") == []
    assert got("în colaborare cu ANDPCA se desfășoară campanii de informare privind adopția;") == []
    assert got("Campania a fost realizată cu sprijinul Fundației Beta.") == []
    assert got("Campania s-a desfășurat în baza protocolului de colaborare cu Asociația Zi de Bine.") == [
        ("protocol", "Asociația Zi de Bine")]
    assert got("Pentru campania de vaccinare s-a încheiat cu Spitalul Municipal Vale un protocol de colaborare.") == [
        ("protocol", "Spitalul Municipal Vale")]
    assert got("Campania a fost realizată. Serviciul funcționează în parteneriat cu Asociația Gama.") == [
        ("other", "Asociația Gama")]


def test_help_received_names_no_partner():
    # 'cu sprijinul X' says who helped, under no agreement, protocol nor partnership (the contract's partnerships)
    got = lambda t: [(a, n) for a, n, _ in prose_mentions(t)]
    assert got("Instruirea a fost realizată de personalul serviciului, cu sprijinul Crucii Roșii Române – "
               "Filiala Dolj.") == []
    assert got("Activități de remediere școlară susținute cu sprijinul Asociației Alfa.") == []
    # listed under a title of partnerships, the one who helped is one of them
    assert [(a, n) for a, n, _ in prose_mentions("Școala remedială – activități susținute cu sprijinul AER School.",
                                                 partners_section=True)] == [("other", "AER School")]
    # an agreement stated beside the help still counts
    assert got("Cu sprijinul Fundației Beta, s-a încheiat un protocol de colaborare cu Asociația Gama.") == [
        ("protocol", "Asociația Gama")]


def test_generic_words_people_and_procurement_are_not_partners():
    assert prose_mentions("Activitățile s-au desfășurat în colaborare cu părinții și partenerii sociali.") == []
    assert prose_mentions("Am lucrat în colaborare cu ONG-uri din comunitate.") == []
    assert prose_mentions("Evenimentul a avut loc în colaborare cu doamna Elena Marinescu.") == []
    assert prose_mentions("Atelierul s-a ținut în colaborare cu Maria Popescu.") == []
    assert prose_mentions("Încheierea unui contract între Primăria Comunei Deal și SC Alfa SRL privind salubrizarea.") == []
    assert agreement_type("acordarea ajutorului de urgență") is None


_AGREEMENTS_TABLE = table([["Nr. crt.", "Partener", "Tipul documentului", "Nr./data", "Obiectul colaborării"],
                           ["1.", "Asociația Alfa", "Protocol de colaborare", "12/03.02.2020", "voluntariat"]])


def test_an_agreement_stated_in_a_sentence_counts_beside_a_table_of_agreements():
    # a mayor's report: its social chapter tables the agreements, other chapters state theirs in sentences
    res = run(Heading(text="Învățământ"),
              "Primăria a încheiat Acordul de parteneriat nr. 5947/02.11.2019 cu Inspectoratul Școlar Județean Argeș "
              "pentru programul „Școală după școală”.",
              "În baza convenției de colaborare nr. 3750/28.09.2020 încheiată cu Fundația Crucea Alb-Galbenă România, "
              "au primit servicii de îngrijire la domiciliu 23 de persoane vârstnice.",
              Heading(text="Cultură"),
              "S-a încheiat un protocol de colaborare cu Muzeul Județean Harghita pentru organizarea expozițiilor.",
              Heading(text="Parteneriate"), _AGREEMENTS_TABLE)
    assert sorted((r.line, r.agreement_type, r.number_raw, r.date_signed, r.partner) for r in res.partnerships
                  if r.partner != "Asociația Alfa") == [
        (20, "acord", "5947", dt.date(2019, 11, 2), "Inspectoratul Școlar Județean Argeș"),
        (30, "conventie", "3750", dt.date(2020, 9, 28), "Fundația Crucea Alb-Galbenă România"),
        (50, "protocol", None, None, "Muzeul Județean Harghita")]
    assert [r.partner for r in res.partnerships].count("Asociația Alfa") == 1


def test_beside_a_table_of_agreements_passing_mentions_works_contracts_and_tabled_partners_add_nothing():
    res = run(Heading(text="Investiții"),
              "Lucrările au fost executate de SC Construct SRL în baza contractului de lucrări nr. 512/03.04.2020, cu un "
              "termen de execuție de 12 luni.",
              "Campania a fost organizată în parteneriat cu Fundația Beta.",
              "Protocolul de colaborare cu Asociația Alfa a fost prelungit.",
              Heading(text="Parteneriate"), _AGREEMENTS_TABLE)
    assert [r.partner for r in res.partnerships] == ["Asociația Alfa"]


def test_a_contract_for_social_services_with_a_provider_is_a_partnership_a_works_contract_is_not():
    res = run(Heading(text="Asistență socială"),
              "În baza contractului de servicii sociale nr. 7680/14.05.2021 încheiat cu Asociația „Zâmbet de Copil”, au "
              "primit servicii de îngrijire la domiciliu 18 persoane vârstnice.",
              Heading(text="Investiții"),
              "Lucrările au fost executate în baza contractului de lucrări nr. 512/03.04.2021 încheiat cu SC Construct "
              "SRL, cu un termen de execuție de 12 luni.",
              "Contractul de achiziție de servicii sociale nr. 44/02.02.2021 încheiat cu SC Catering SRL asigură hrana.")
    assert [(r.agreement_type, r.number_raw, r.date_signed, r.partner) for r in res.partnerships] == [
        ("contract", "7680", dt.date(2021, 5, 14), "Asociația „Zâmbet de Copil”")]


@pytest.mark.parametrize("sentence, expected", [
    ("Acordul de parteneriat nr. 5/02.11.2019, încheiat cu Inspectoratul Școlar Județean Argeș, vizează programul X.",
     ("acord", "5", "Inspectoratul Școlar Județean Argeș")),
    ("Protocolul de colaborare nr. 77/2020 cu Poliția Locală Vale a fost prelungit.",
     ("protocol", "77", "Poliția Locală Vale")),
    ("Contractul de prestări servicii sociale nr. 4/2021 cu Fundația Gama a continuat.",
     ("contract", "4", "Fundația Gama")),
])
def test_an_agreement_sentence_with_a_comma_before_incheiat_or_a_number_dated_by_year(sentence, expected):
    res = run(Heading(text="Cultură"), sentence, Heading(text="Parteneriate"), _AGREEMENTS_TABLE)
    assert [(r.agreement_type, r.number_raw, r.partner) for r in res.partnerships
            if r.partner != "Asociația Alfa"] == [expected]


@pytest.mark.parametrize("partner", ["Ansamblul Folcloric „Doina”", "Palatul Copiilor Vale", "Corul „Armonia”",
                                     "Filarmonica de Stat Vale"])
def test_cultural_institutions_are_partners_by_their_head_word(partner):
    res = run(Heading(text="Cultură"),
              f"S-a încheiat un protocol de colaborare cu {partner} pentru organizarea expozițiilor temporare.")
    assert [(r.agreement_type, r.partner) for r in res.partnerships] == [("protocol", partner)]


@pytest.mark.parametrize("next_chapter", [ListItem(text="CULTURĂ, SPORT ȘI TINERET", marker="4."),
                                          Heading(text="4. CULTURĂ, SPORT ȘI TINERET")])
def test_a_numbered_chapter_title_after_a_bulleted_list_of_partners_ends_the_list(next_chapter):
    res = run("Compartimentul a colaborat pe baza unor acorduri încheiate cu:",
              ListItem(text="Asociația „Noi Orizonturi” – convenție de colaborare nr. 17915/07.12.2022, privind "
                            "prevenirea abandonului școlar;", marker="-"),
              ListItem(text="Fundația Crucea Alb-Galbenă România – acord de parteneriat, privind distribuirea de "
                            "alimente;", marker="-"),
              next_chapter,
              "Centrul Cultural Vale a organizat 6 evenimente culturale.")
    assert [r.partner for r in res.partnerships] == ["Asociația „Noi Orizonturi”", "Fundația Crucea Alb-Galbenă România"]


def test_a_partner_named_again_in_passing_is_the_partnership_stated_elsewhere():
    # the protocol is listed with its type; a sentence later names the partner in passing ('în baza colaborării cu'):
    # one partnership, not two; a partner named only in passing stays a partnership of its own
    res = run(Heading(text="Parteneriate"),
              ListItem(text="• Protocol de colaborare cu Asociația de Ajutor Social Marathon (cantina socială);",
                       marker="•"),
              Heading(text="Servicii pentru vârstnici"),
              Paragraph(text="Masa caldă se acordă în baza parteneriatului încheiat cu Fundația Lumina din România și "
                             "în baza colaborării cu Asociația de Ajutor Social Marathon."))
    got = sorted((r.agreement_type, r.partner) for r in res.partnerships)
    assert got == [("other", "Fundația Lumina din România"), ("protocol", "Asociația de Ajutor Social Marathon")], got


def test_a_decision_approving_an_agreement_to_conclude_between_the_parties():
    # 'Se aprobă încheierea unui … între A, prin <its directorate>, și B': B is the partner, another UAT included;
    # a clause after the parties ('…, până la data de …') is no part of the name
    got = lambda t: [(a, n) for a, n, _ in prose_mentions(t)]
    assert got("Art. 1. Se aprobă încheierea unui contract de asociere între Municipiul Vale, prin Direcția de "
               "Asistență Socială a Municipiului Vale, și Comuna Deal, având ca obiect un proiect comun.") == [
        ("contract", "Comuna Deal")]
    assert got("privind aprobarea încheierii unui acord-cadru de parteneriat între Direcția Generală de Asistență "
               "Socială a Municipiului București și Direcția Generală de Poliție a Municipiului București") == [
        ("acord", "Direcția Generală de Poliție a Municipiului București")]
    assert got("Se aprobă prelungirea acordului de colaborare nr. 12/17.02.2016, încheiat între Municipiul Vale și "
               "Spitalul Municipal Vale, până la data de 17.02.2022.") == [("acord", "Spitalul Municipal Vale")]
    # a contract to conclude for goods is no partnership
    assert got("Se aprobă încheierea unui contract între Municipiul Vale și S.C. Alfa S.R.L.") == []
    # a tripartite agreement is one agreement: one row, its two partners joined by '; '
    assert got("Art. 1. Se aprobă încheierea unui acord de parteneriat între Comuna Deal, Școala Gimnazială Ion Creangă "
               "Deal și Postul de Poliție Deal, având ca obiect prevenirea abandonului școlar.") == [
        ("acord", "Școala Gimnazială Ion Creangă Deal; Postul de Poliție Deal")]
    # agreements in the plural are several, one per partner
    assert got("Acordurile de parteneriat încheiate între Comuna Deal, Școala Gimnazială Ion Creangă Deal și "
               "Postul de Poliție Deal au ca obiect prevenirea abandonului școlar.") == [
        ("acord", "Școala Gimnazială Ion Creangă Deal"), ("acord", "Postul de Poliție Deal")]


def test_an_organisation_that_collaborates_with_the_directorate_is_the_partner():
    # 'X colaborează cu <the document's author> în baza …': the subject is the partner, the directorate never is
    got = lambda t: [(a, n) for a, n, _ in prose_mentions(t)]
    assert got("Fundația Alfa Vale colaborează cu D.A.S. Vale în baza convenției de colaborare nr. 6/14.12.2021, "
               "pentru distribuirea de alimente.") == [("conventie", "Fundația Alfa Vale")]
    assert got("Anul trecut am lucrat bine. Spitalul Municipal Vale colaborează cu S.P.A.S. Vale în baza acordului "
               "de parteneriat nr. 7 din 04.12.2017.") == [("acord", "Spitalul Municipal Vale")]
    # the author named by a word the name reader stops at ('Compartimentul de asistență socială'), a subject with a dash
    assert got("Crucea Roșie Română – Filiala Vale colaborează cu Compartimentul de asistență socială în baza "
               "protocolului de parteneriat nr. 18.000/15.02.2024.") == [("protocol", "Crucea Roșie Română – Filiala Vale")]
    # the directorate collaborating with an organisation: the organisation
    assert got("Direcția colaborează cu Asociația Beta.") == [("other", "Asociația Beta")]


def test_a_one_off_action_done_with_an_organisation_is_no_partnership():
    # a session organised once, a distribution done: the organisation helped an action, under no agreement
    got = lambda t: [(a, n) for a, n, _ in prose_mentions(t)]
    assert got("În colaborare cu Poliția Locală Vale a fost organizată o sesiune de informare, la care au participat "
               "87 persoane.") == []
    assert got("În colaborare cu Asociația Alfa au fost distribuite 120 de pachete.") == []
    # a standing collaboration stays one
    assert got("Direcția colaborează cu Asociația Beta pentru îngrijirea vârstnicilor.") == [("other", "Asociația Beta")]


def test_a_decision_approving_the_association_of_its_uat_with_a_partner():
    # 'Se aprobă asocierea Municipiului X cu Comuna Y, în vederea …': a contract of association with Y
    got = lambda t: [(a, n) for a, n, _ in prose_mentions(t)]
    assert got("Art. 1. Se aprobă asocierea Municipiului Vale cu Comuna Deal, în vederea funcționării cantinei.") == [
        ("contract", "Comuna Deal")]
    assert got("privind aprobarea asocierii Sectorului 6 al Municipiului București cu Asociația „Alfa” în vederea "
               "distribuirii de alimente") == [("contract", "Asociația „Alfa”")]
    # the association of persons in general is none
    assert got("Se aprobă asocierea cu alte persoane juridice.") == []


def test_a_memorandum_of_understanding_with_a_partner():
    res = run(Paragraph(text="Compartimentul are în derulare un memorandum de înțelegere nr. 22011 din 26.08.2018 cu "
                             "Fundația Alfa, având ca obiect sprijinirea copiilor."))
    assert [(r.agreement_type, r.partner, r.number_raw) for r in res.partnerships] == [
        ("other", "Fundația Alfa", "22011")]


def test_help_received_under_a_line_announcing_partners_names_one():
    # 'cu sprijinul X' alone names no partner; after a line announcing the collaborations it is one of them
    text = "Școala remedială – activități de remediere școlară susținute cu sprijinul AER School – 6 beneficiari."
    # (the announcing line is the last cell of the centre's table of activities, the partners the lines after it)
    activities = table([["Nr.", "Activitatea"], ["22", "Consiliere psihologică individuală și de grup"],
                        ["23", "Colaborări/ parteneriate/ sponsorizări/ convenții colaborare:"]])
    res = run(Heading(text="Centrul de zi"), activities, text)
    assert [p.partner for p in res.partnerships] == ["AER School"]
    res = run(Heading(text="Centrul de zi"), "Activitățile centrului în anul 2021.", text)
    assert res.partnerships == []
