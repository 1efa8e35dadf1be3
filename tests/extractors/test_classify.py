"""Document facts from the opening of a document: what it is (by its first title) and which years it covers."""
from extractors.classify import classify_document
from extractors.model import Document, Paragraph


def facts(*lines: str):
    blocks = [Paragraph(text=t, line=i) for i, t in enumerate(lines, start=1)]
    return classify_document(Document(source_path="t.txt", doc_id="t" * 64, format="txt", blocks=blocks))


PLAN = "Planul anual de acțiune privind serviciile sociale administrate și finanțate din bugetul Comunei Vale"


def test_a_council_decision_approving_the_plan_with_or_without_the_word_aviz():
    f = facts("ROMÂNIA", "CONSILIUL LOCAL AL COMUNEI VALE", "HOTĂRÂREA nr. 12 din 3 martie 2024",
              "privind aprobarea Planului anual de acțiune privind serviciile sociale pentru anul 2024",
              "Art. 1. Se aprobă Planul anual de acțiune, prevăzut în Anexa nr. 1.")
    assert (f.doc_type, f.year) == ("hotarare_aviz_plan", 2024)
    # a plan that cites decisions in its preamble is still the plan
    f = facts(PLAN + " pentru anul 2024", "Având în vedere Hotărârea Consiliului Local nr. 3/2023 …")
    assert f.doc_type == "plan_anual"


def test_a_report_on_the_plans_execution():
    f = facts("RAPORT privind execuția Planului anual de acțiune privind serviciile sociale administrate și "
              "finanțate din bugetul Consiliului Județean Alba pentru anul 2023")
    assert (f.doc_type, f.year) == ("raport_plan_anual", 2023)


def test_a_strategy_that_mentions_the_annual_plans_and_its_period_in_the_title():
    f = facts("STRATEGIA DE DEZVOLTARE A SERVICIILOR SOCIALE A ORAȘULUI VALE 2024–2030",
              "Obiectivele ei sunt puse în practică prin Planul anual de acțiune privind serviciile sociale.")
    assert (f.doc_type, f.year, f.year_end) == ("strategie", 2024, 2030)


def test_a_strategy_titled_with_the_development_of_services_as_a_noun():
    # 'Strategia privind dezvoltarea serviciilor sociale …' names the same strategy as '… de dezvoltare a …'; its
    # legal framework citing the template of the annual plan does not make it the plan
    f = facts("Strategia privind dezvoltarea serviciilor sociale în municipiul Vale, în perioada 2022–2026",
              "Ordinul nr. 1086/2018 privind aprobarea machetei Planului anual de acțiune privind serviciile sociale;")
    assert (f.doc_type, f.year, f.year_end) == ("strategie", 2022, 2026)
    assert f.title.startswith("Strategia privind dezvoltarea")


def test_a_title_wrapped_onto_a_line_that_ends_with_its_period_takes_the_period():
    # a page without ruling lines set the title's tail ('Bârlad – perioada 2018–2019') as a line of its own; a
    # sentence further on citing a period ('În perioada 2018–2019 a fost …') says nothing of the document's years
    f = facts("Raport de evaluare a realizării Planului anual de acțiune privind serviciile sociale administrate și "
              "finanțate din bugetul Municipiului", "Bârlad – perioada 2018–2019", "Serviciile sociale furnizate")
    assert (f.doc_type, f.year, f.year_end) == ("raport_plan_anual", 2018, 2019)
    assert f.title.endswith("Municipiului Bârlad – perioada 2018–2019")
    f = facts(PLAN, "Vale – anul 2024", "Capitolul I")
    assert (f.year, f.year_end) == (2024, 2024)


def test_a_report_titled_as_such_is_a_report_though_its_body_cites_the_annual_plan():
    # a directorate's yearly activity report: its title names no plan, its body says the work followed the plan
    body = "Activitatea s-a desfășurat în conformitate cu Planul anual de acțiune aprobat prin H.C.L. nr. 11/2023."
    f = facts("ROMÂNIA", "JUDEȚUL ARGEȘ", "MUNICIPIUL VALE",
              "RAPORT DE ACTIVITATE al Direcției de Asistență Socială a Municipiului Vale pe anul 2024", body)
    assert (f.doc_type, f.year, f.year_end) == ("other", 2024, 2024)
    # the year at the title's end, after a dash; the title's words on two lines
    f = facts("ROMÂNIA", "RAPORTUL DE ACTIVITATE AL SERVICIULUI PUBLIC DE ASISTENȚĂ SOCIALĂ – 2022", body)
    assert (f.doc_type, f.year) == ("other", 2022)
    assert f.title.startswith("RAPORTUL DE ACTIVITATE")
    # the mayor's report under a bare 'RAPORT' heading, its subject on the next line
    f = facts("PRIMĂRIA COMUNEI VALE", "RAPORT",
              "privind starea economică, socială și de mediu a Comunei Vale – anul 2023", body)
    assert (f.doc_type, f.year) == ("raport_primar", 2023)
    # a report whose title names the plan stays a report on the plan
    f = facts("RAPORT DE MONITORIZARE", "a implementării Planului anual de acțiune privind serviciile sociale, anul 2024")
    assert (f.doc_type, f.year) == ("raport_plan_anual", 2024)

    # the title's last words joined by a PDF reader to the paragraph after them
    f = facts("RAPORT DE MONITORIZARE", "a implementării Planului anual de acțiune privind serviciile sociale "
              "administrate și finanțate din bugetul Comunei Vale, perioada 2020–2021 Din cele 12 acțiuni prevăzute "
              "în plan, 9 au fost realizate, 2 parțial realizate, iar 1 nerealizată, conform situației din anexa "
              "nr. 2 la prezentul raport, întocmită de compartimentul de asistență socială al primăriei.")
    assert (f.doc_type, f.year, f.year_end) == ("raport_plan_anual", 2020, 2021)


def test_a_report_on_several_plans_or_titled_by_the_stage_of_their_implementation():
    # the plural ('Planurilor anuale de acțiune') names the plans as the singular does
    f = facts("DIRECȚIA DE ASISTENȚĂ SOCIALĂ A MUNICIPIULUI VALE", "Nr. 5015/25.02.2021",
              "RAPORT DE MONITORIZARE a implementării Planurilor anuale de acțiune privind serviciile sociale – "
              "2019–2020")
    assert (f.doc_type, f.year, f.year_end) == ("raport_plan_anual", 2019, 2020)
    # no word 'raport': the title is the stage of the plan's implementation (the plan in the genitive)
    f = facts("Direcția de Asistență Socială a Municipiului Vale", "Nr. 3369/15.03.2026",
              "STADIUL IMPLEMENTĂRII PLANURILOR ANUALE DE ACȚIUNE – DIRECȚIA DE ASISTENȚĂ SOCIALĂ A MUNICIPIULUI "
              "VALE (2024–2025)", "Direcția prezintă stadiul măsurilor cuprinse în planul anual de acțiune.")
    assert (f.doc_type, f.year, f.year_end) == ("raport_plan_anual", 2024, 2025)
    f = facts("Evaluarea modului de realizare a Planului anual de acțiune privind serviciile sociale pentru anul 2023")
    assert (f.doc_type, f.year) == ("raport_plan_anual", 2023)
    # the plan itself, though its title goes on about implementing services, stays the plan
    f = facts(PLAN + " pentru anul 2024, în vederea implementării strategiei")
    assert f.doc_type == "plan_anual"


def test_a_mayors_report_titled_by_the_mayors_activity():
    # the yearly report of the mayor is titled by whose activity it reports as often as by 'starea economică …'
    body = "Compartimentul de asistență socială funcționează în cadrul aparatului de specialitate al primarului."
    f = facts("PRIMĂRIA ORAȘULUI VALE", "RAPORT ANUAL DE ACTIVITATE AL PRIMARULUI ORAȘULUI VALE PE ANUL 2022", body)
    assert (f.doc_type, f.year) == ("raport_primar", 2022)
    f = facts("RAPORT privind activitatea desfășurată în anul 2024 de Primarul Comunei Vale", body)
    assert (f.doc_type, f.year) == ("raport_primar", 2024)
    f = facts("Raportul de activitate al primarului municipiului Vale pentru anul 2021", body)
    assert (f.doc_type, f.year) == ("raport_primar", 2021)
    # a directorate's activity report whose title names the mayor only as the one who approved it stays 'other'
    f = facts("RAPORT DE ACTIVITATE al Direcției de Asistență Socială Vale pe anul 2024, aprobat prin dispoziția "
              "primarului", body)
    assert f.doc_type == "other"


def test_a_council_decision_on_a_programme_is_the_councils_act_whatever_strategy_its_preamble_cites():
    opening = ("ROMÂNIA", "JUDEȚUL OLT", "CONSILIUL LOCAL AL COMUNEI VALE", "HOTĂRÂREA nr. 12", "din 3 martie 2024",
               "privind aprobarea acordării de subvenții asociațiilor și fundațiilor, în baza Legii nr. 34/1998, "
               "pentru anul 2024",
               "Consiliul Local al Comunei Vale, întrunit în ședința ordinară din data de 03.03.2024,",
               "Având în vedere:",
               "- Strategia de dezvoltare a serviciilor sociale a Comunei Vale pentru perioada 2021–2027;")
    f = facts(*opening)
    assert (f.doc_type, f.council_act, f.year) == ("other", True, 2024)
    # a decision approving the strategy itself is about the strategy; one approving the plan wraps the plan
    f = facts("HOTĂRÂREA nr. 5", "privind aprobarea Strategiei de dezvoltare a serviciilor sociale a Comunei Vale "
              "pentru perioada 2024–2030")
    assert (f.doc_type, f.council_act) == ("strategie", False)
    f = facts("HOTĂRÂREA nr. 12", "privind aprobarea Planului anual de acțiune privind serviciile sociale pentru "
              "anul 2024")
    assert (f.doc_type, f.council_act) == ("hotarare_aviz_plan", False)
    # a report that cites a council decision among its first lines is still the report, not the council's act
    f = facts("RAPORTUL PRIMARULUI privind starea economică, socială și de mediu a comunei Vale în anul 2024",
              "Hotărârea Consiliului Local nr. 3/2024 privind aprobarea bugetului local a stat la baza activității.")
    assert (f.doc_type, f.council_act) == ("raport_primar", False)


def test_a_council_act_naming_no_year_it_is_about_is_dated_by_its_adoption():
    # the title line's date, though the annexes further on cite what happened in other years ('în anul 2019')
    rof = "Art. 4. — Cadrul legal: Legea nr. 292/2011 și Legea nr. 197/2012, republicată. " * 80
    f = facts("ROMÂNIA", "CONSILIUL LOCAL AL MUNICIPIULUI VALE",
              "HOTĂRÂREA nr. 105 din 24 iulie 2026 privind înființarea Centrului de zi pentru copii „Curcubeul”",
              "Consiliul Local al Municipiului Vale, întrunit în ședința ordinară din data de 24 iulie 2026,", rof,
              "Centrul a fost licențiat în anul 2019 și reevaluat în anul 2019.")
    assert (f.doc_type, f.council_act, f.year, f.year_end) == ("other", True, 2026, 2026)
    # an undated title: the session's date
    f = facts("CONSILIUL JUDEȚEAN VALE", "HOTĂRÂRE privind reorganizarea serviciilor sociale din structura D.G.A.S.P.C.",
              "Consiliul Județean Vale, întrunit în ședința extraordinară din data de 03.03.2024,",
              "Având în vedere raportul nr. 1234/12.02.2023 al direcției;")
    assert (f.council_act, f.year) == (True, 2024)
    # the year the act says it is about wins over the date it was adopted
    f = facts("HOTĂRÂREA nr. 230 din 18 decembrie 2024", "privind aprobarea acordării de subvenții asociațiilor "
              "și fundațiilor pentru anul 2025")
    assert (f.council_act, f.year) == (True, 2025)


def test_a_title_naming_its_period_by_two_dates_takes_their_years():
    # a semester report: 'în perioada 01.07.2023 – 31.12.2023' (its dates are no act's date: the period it covers)
    f = facts("PRIMĂRIA COMUNEI VALE", "Nr. 412/15.01.2024",
              "RAPORT privind activitatea asistenților personali ai persoanelor cu handicap grav în perioada "
              "01.07.2023 – 31.12.2023", "I. Cadrul legal")
    assert (f.year, f.year_end) == (2023, 2023)
    f = facts("Raport de activitate pe perioada 01.10.2022-30.09.2023", "Capitolul I")
    assert (f.year, f.year_end) == (2022, 2023)


def test_a_report_title_wrapped_before_its_period_of_dates_takes_the_period():
    # a PDF wraps the title: the period's dates on the next line, or the second date alone
    f = facts("Raportul semestrial privind activitatea asistenților personali angajați de Compartimentul de asistență "
              "socială din cadrul Primăriei Comunei", "Vale, perioada 01.01.2020 – 30.06.2020", "I. Cadrul legal")
    assert (f.year, f.year_end) == (2020, 2020)
    assert f.title.endswith("Vale, perioada 01.01.2020 – 30.06.2020")
    f = facts("RAPORT SEMESTRIAL privind activitatea desfășurată de asistenții personali, pe perioada 01.07.2019 –",
              "31.12.2019", "I. Cadrul legal")
    assert (f.year, f.year_end) == (2019, 2019)


def test_a_decision_on_a_semesters_report_is_about_that_semesters_year_not_the_year_it_was_adopted():
    f = facts("CONSILIUL LOCAL AL ORAȘULUI VALE",
              "HOTĂRÂREA nr. 94 din 15.03.2021 privind aprobarea Raportului semestrial privind activitatea desfășurată "
              "de asistenții personali ai persoanelor cu handicap grav, pe semestrul II al anului 2020",
              "Consiliul Local al Orașului Vale, întrunit în ședința ordinară din data de 15 martie 2021,")
    assert (f.year, f.year_end) == (2020, 2020)


def test_a_report_on_the_second_semester_or_a_quarter_written_in_words_is_about_that_year():
    # 'semestrul al II-lea al anului 2025', registered in the next year: the semester's year
    f = facts("PRIMĂRIA COMUNEI VALE", "Nr. 5445/09.01.2026",
              "SITUAȚIA beneficiarilor de prestații sociale în semestrul al II-lea al anului 2025", "I. Cadrul legal")
    assert (f.year, f.year_end) == (2025, 2025)
    f = facts("PRIMĂRIA COMUNEI VALE", "Nr. 12/02.01.2025",
              "INFORMARE privind acordarea beneficiilor de asistență socială în trimestrul al IV-lea 2024")
    assert (f.year, f.year_end) == (2024, 2024)


def test_a_register_of_agreements_names_its_year_as_a_situation():
    # no 'pentru anul N': the agreements concluded in the course of a year, or in force at its end
    assert facts("DIRECȚIA DE ASISTENȚĂ SOCIALĂ A MUNICIPIULUI VALE", "Nr. 15777/07.01.2021", "LISTA",
                 "acordurilor de colaborare încheiate în cursul anului 2020").year == 2020
    assert facts("SITUAȚIA acordurilor de parteneriat în derulare la data de 31.12.2023",
                 "Nr. 28715/08.01.2024").year == 2023
    assert facts("SITUAȚIA PARTENERIATELOR", "Direcția de Asistență Socială a Municipiului Vale – anul 2022").year == 2022


def test_a_plan_of_another_kind_is_dated_by_the_year_its_title_names():
    # a directorate's plan of staff training is no annual action plan ('other'), titled with its year after a dash
    f = facts("CONSILIUL JUDEȚEAN VALE", "Direcția Generală de Asistență Socială și Protecția Copilului Vale",
              "Plan de perfecționare profesională – 2026", "I. Cadrul legal",
              "Planul a fost elaborat potrivit Legii nr. 53/2003 și H.G. nr. 1.103/2014.")
    assert (f.doc_type, f.title, f.year, f.year_end) == ("other", "Plan de perfecționare profesională – 2026",
                                                         2026, 2026)


def test_a_title_wrapped_before_a_sectors_number_keeps_its_period():
    f = facts("DIRECȚIA GENERALĂ DE ASISTENȚĂ SOCIALĂ ȘI PROTECȚIA COPILULUI SECTOR 6", "Nr. 10508/19.01.2024",
              "Raportul semestrial privind activitatea asistenților personali angajați de Direcția Generală de "
              "Asistență Socială și Protecția Copilului Sector", "6, perioada 01.07.2023 – 31.12.2023",
              "Prevederi legale")
    assert (f.doc_type, f.year, f.year_end) == ("other", 2023, 2023)


def test_a_statistical_situation_at_a_date_is_about_that_dates_year():
    # no 'în anul N' anywhere: the reference date it is stated at gives the year, not its registration date
    f = facts("CONSILIUL LOCAL AL SECTORULUI 3", "Direcția Generală de Asistență Socială și Protecția Copilului Sector 3",
              "Nr. 22.495/02.02.2025", "Situația statistică privind sistemul de protecție a copilului la data de "
              "31.12.2024", "Datele prezentate reflectă situația copiilor din evidența direcției.")
    assert (f.year, f.year_end) == (2024, 2024)


def test_a_decision_taking_note_of_a_report_on_several_years_plans_is_that_report():
    f = facts("ROMÂNIA", "CONSILIUL LOCAL AL MUNICIPIULUI VALE", "HOTĂRÂREA NR. 112 din 25.01.2023",
              "privind luarea act de Raportul privind stadiul implementării Planurilor anuale de acțiune privind "
              "serviciile sociale pentru anii 2021 și 2022",
              "Consiliul Local al Municipiului Vale, întrunit în ședința ordinară din data de 25.01.2023;",
              "HOTĂRĂȘTE:", "Anexa la HCL nr. 112/25.01.2023",
              "RAPORT privind stadiul implementării Planurilor anuale de acțiune privind serviciile sociale pentru "
              "anii 2021, 2022 și 2023")
    assert (f.doc_type, f.year, f.year_end) == ("raport_plan_anual", 2021, 2023)
    assert f.title.startswith("RAPORT privind stadiul")
    # … its title wrapped onto a line of its own ends with its period
    f = facts("CONSILIUL LOCAL AL MUNICIPIULUI VALE", "HOTĂRÂREA NR. 121 din 19.01.2026",
              "privind luarea act de Raportul privind stadiul implementării Planurilor anuale de acțiune privind "
              "serviciile sociale pentru anii 2024 și 2025", "HOTĂRĂȘTE:", "Anexa la HCL nr. 121/19.01.2026",
              "RAPORTUL privind implementarea Planurilor anuale de acțiune în domeniul serviciilor sociale la "
              "nivelul Municipiului Vale pentru", "perioada 2024–2025")
    assert (f.doc_type, f.year, f.year_end) == ("raport_plan_anual", 2024, 2025)
    assert f.title.endswith("pentru perioada 2024–2025")
    # the report's own title listing its plan years one by one: the first and the last
    f = facts("RAPORT privind stadiul implementării Planurilor anuale de acțiune privind serviciile sociale pentru "
              "anii 2022 și 2023")
    assert (f.doc_type, f.year, f.year_end) == ("raport_plan_anual", 2022, 2023)
    f = facts("Raport privind modul de realizare a Planurilor anuale de acțiune privind serviciile sociale "
              "administrate și finanțate din bugetul local al Orașului Vale, aferente anilor 2023, 2024 și 2025")
    assert (f.doc_type, f.year, f.year_end) == ("raport_plan_anual", 2023, 2025)
    # a decision approving the plan itself stays the decision on the plan
    f = facts("CONSILIUL LOCAL AL COMUNEI VALE", "HOTĂRÂREA nr. 12 din 3 martie 2024",
              "privind aprobarea Planului anual de acțiune privind serviciile sociale pentru anul 2024, în urma "
              "raportului de specialitate")
    assert f.doc_type == "hotarare_aviz_plan"


def test_a_catalogue_of_services_is_titled_and_dated_by_its_title():
    # a county's listing of its licensed services: no plan, no 'pentru anul N'; the year after a comma or a dash, or
    # the date it was brought up to (not the registration number's date above it)
    for title, year in (("Catalogul furnizorilor și serviciilor sociale licențiate la nivelul județului Vale, anul "
                         "2023", 2023),
                        ("Lista furnizorilor și serviciilor sociale licențiate din județul Vale – 2025", 2025),
                        ("Harta serviciilor sociale din județul Vale – actualizat la 28.11.2020", 2020)):
        f = facts("CONSILIUL JUDEȚEAN VALE", "Nr. 44.015 din 05.05.2026", title,
                  "Catalogul cuprinde serviciile sociale licențiate potrivit Legii nr. 197/2012.")
        assert (f.doc_type, f.title, f.year, f.year_end) == ("other", title, year, year)
