"""Prose extractor, the subject of a figure: the service a sentence, an article, a paragraph or a list names."""
from __future__ import annotations

from decimal import Decimal

import pytest

from extractors.model import Heading, ListItem, Paragraph
from tests.extractors.test_prose import _doc, counts, prose_of

def _subjects(blocks, section="Direcția de Asistență Socială a Comunei Exemplu"):
    out = prose_of(_doc([Paragraph(section)] + blocks))
    return {(r.value, r.unit): r.subject for r in out["indicators"]}


@pytest.mark.parametrize("sentence, service", [
    ("Centrul de Zi „Licurici” a găzduit anul trecut 42 copii din familii vulnerabile.", "Centrul de Zi „Licurici”"),
    ("În anul 2022, Complexul de Servicii ,,Sfânta Ana'' a oferit consiliere unui număr de 42 copii.",
     "Complexul de Servicii „Sfânta Ana”"),
    ('Au fost consiliați 42 copii, activitățile fiind derulate în cadrul Centrului de Resurse "Arcul Iris".',
     "Centrul de Resurse „Arcul Iris”"),
    ("Adăpostul de Noapte Nord asigură găzduirea, iar în 2022 au fost primiți 42 copii însoțiți.",
     "Adăpostul de Noapte Nord"),
])
def test_subject_is_the_service_named_in_the_sentence(sentence, service):
    subj = _subjects([Paragraph(sentence)])[(42.0, "copii")]
    assert subj.startswith(service), subj
    assert "Direcția de Asistență Socială" not in subj


def test_a_service_named_by_a_lower_case_description_and_a_proper_name():
    subj = _subjects([Paragraph("Prin hotărâre s-a aprobat înființarea Centrului de recuperare pentru copii cu "
                                "autism Curcubeu, cu o capacitate de 24 locuri.")])
    assert subj[(24.0, "locuri")].startswith("Centrul de recuperare pentru copii cu autism Curcubeu")


@pytest.mark.parametrize("sentence, service", [
    # a name by number ('nr. 2'), a capitalised place after it or not: 'nr.' ends no sentence nor clause
    ("Se aprobă înființarea, în structura D.A.S. Vale, a serviciului social Locuința protejată nr. 2 Vale, cod "
     "8790 CR-D-VII, cu o capacitate de 8 locuri.", "Locuința protejată nr. 2 Vale"),
    ("Se aprobă înființarea serviciului social Creșa nr. 6, cod 8891 CZ-C-I, cu o capacitate de 8 locuri.",
     "Creșa nr. 6"),
    # the nomenclator's description of a service, ended by its code
    ("Se aprobă înființarea serviciului social Serviciul de masă pe roți, cod 8899 CPDH-II, cu o capacitate de "
     "8 locuri.", "Serviciul de masă pe roți"),
    # a description of ten words before the quoted name
    ("Se aprobă înființarea serviciului social Centrul de primire în regim de urgență pentru victimele violenței "
     "domestice „Casa Soarelui”, cu o capacitate de 8 locuri.",
     "Centrul de primire în regim de urgență pentru victimele violenței domestice „Casa Soarelui”"),
])
def test_a_service_set_up_by_a_decision_named_by_number_description_or_code(sentence, service):
    assert _subjects([Paragraph(sentence)])[(8.0, "locuri")].startswith(service)


@pytest.mark.parametrize("sentence, service", [
    # the directorate the service is set up in, named after it ('în cadrul', 'în structura'), is not the subject
    ("Se aprobă înființarea serviciului social Centrul de zi pentru copii „Sfânta Ana”, cod 8891 CZ-C-II, fără "
     "personalitate juridică, în cadrul Serviciului Public de Asistență Socială al Orașului Vale, având o capacitate "
     "de 8 locuri.", "Centrul de zi pentru copii „Sfânta Ana”"),
    ("Se aprobă reorganizarea Căminului pentru persoane vârstnice „Acasă”, aflat în structura Direcției de Asistență "
     "Socială Vale, prin reducerea capacității de la 12 la 8 locuri.", "Căminul pentru persoane vârstnice „Acasă”"),
    # an address's 'Str.' ends no sentence: the service the sentence opens with is still its subject
    ("(2) Căminul pentru persoane vârstnice „Dor de Viață” funcționează în imobilul situat în Vale, Str. Morii nr. 12 "
     "și are o capacitate de 8 locuri.", "Căminul pentru persoane vârstnice „Dor de Viață”"),
    # 'Serviciul social' before the service's own name is an apposition, not the name
    ("(2) Serviciul social Centrul de zi pentru persoane adulte cu dizabilități „Sfântul Gheorghe” are o capacitate "
     "de 8 locuri.", "Centrul de zi pentru persoane adulte cu dizabilități „Sfântul Gheorghe”"),
    # the nomenclator's description of twelve words with an enumeration, then the centre's place
    ("Se aprobă înființarea Centrului de primire în regim de urgență pentru copilul abuzat, neglijat și exploatat "
     "Vale (cod 8790 CR-C-II), cu capacitatea de 8 locuri, în subordinea DGASPC Vale.",
     "Centrul de primire în regim de urgență pentru copilul abuzat, neglijat și exploatat Vale"),
])
def test_the_service_a_councils_act_sets_up_or_changes_is_the_subject_of_its_places(sentence, service):
    assert _subjects([Paragraph(sentence)])[(8.0, "locuri")].startswith(service)


def test_the_figure_a_change_ends_at_is_a_quantity_a_range_is_none():
    assert counts("Se aprobă reorganizarea centrului prin reducerea capacității de la 50 la 38 de locuri.") == \
        [(Decimal(38), "loc")]
    assert counts("Numărul de locuri a crescut de la 20 la 26 de locuri.") == [(Decimal(26), "loc")]
    assert counts("Centrul primește zilnic de la 20 la 30 de copii.") == []


def test_a_regulations_article_naming_its_service_is_the_subject_of_the_articles_after_it():
    subj = _subjects([
        Heading("Capitolul I — Dispoziții generale"),
        Paragraph("Art. 2. — Identificarea serviciului social. Serviciul social Cantina socială Vale, cod serviciu "
                  "social 8899 CPDH-I, este înființat și administrat de furnizorul Direcția de Asistență Socială Vale, "
                  "și are sediul în Vale, Str. Morii nr. 7."),
        Paragraph("Art. 6. — Beneficiarii serviciului social. (1) Beneficiarii serviciului social sunt persoanele cu "
                  "venituri reduse."),
        Paragraph("(2) Capacitatea serviciului social este de 80 de locuri.")])
    assert subj[(80.0, "locuri")].startswith("Cantina socială Vale"), subj


def test_a_cost_per_head_of_a_service_named_by_number_keeps_the_whole_name():
    out = prose_of(_doc([ListItem("Locuința protejată nr. 6 Deta – 4.920 lei/lună/beneficiar;")]))
    assert [(r.indicator, r.value) for r in out["indicators"]] == [("cost_mediu", 4920.0)]
    assert "Locuința protejată nr. 6 Deta" in out["indicators"][0].subject


def test_subject_is_the_service_the_count_is_attached_to():
    subj = _subjects([Paragraph("Cantina Socială „Pâinea Zilei” a pregătit mesele pentru 80 beneficiari ai cantinei "
                                "și pentru 14 beneficiari ai Locuinței Protejate „Casa Verde”.")])
    assert subj[(80.0, "persoane")].startswith("Cantina Socială „Pâinea Zilei”")
    assert subj[(14.0, "persoane")].startswith("Locuința Protejate „Casa Verde”") or \
        subj[(14.0, "persoane")].startswith("Locuința Protejată „Casa Verde”")


def test_partner_named_with_cu_is_not_the_subject():
    subj = _subjects([Paragraph("Serviciul Social Comunitar a distribuit pachete pentru 60 familii, "
                                "în colaborare cu Asociația Mâini Deschise.")])
    assert subj[(60.0, "familii")].startswith("Serviciul Social Comunitar")


def test_paragraph_opening_with_a_service_is_the_subject_of_the_next_list():
    subj = _subjects([
        Paragraph("Compartimentul Sprijin Familial Est are rolul de a preveni separarea copilului de familie."),
        Paragraph("Rezultate ale activității:"),
        ListItem("33 de copii au primit rechizite;", marker="·"),
        ListItem("12 familii au beneficiat de"),
    ])
    assert subj[(33.0, "copii")].startswith("Compartimentul Sprijin Familial Est")
    assert subj[(12.0, "familii")].startswith("Compartimentul Sprijin Familial Est")


def test_a_new_heading_ends_the_paragraph_topic():
    subj = _subjects([
        Paragraph("Biroul Mediere Comunitară are misiunea de a sprijini cetățenii."),
        Heading("Serviciul Ajutoare Sociale"),
        Paragraph("Au fost soluționate 25 cereri de ajutor."),
    ])
    assert subj[(25.0, "cereri")].startswith("Serviciul Ajutoare Sociale")


def test_list_entries_label_with_dashes_is_in_the_subject():
    subj = _subjects([Paragraph("„Ziua Copilului” – Asociația Zâmbet - 40 beneficiari, Atelier de pictură – "
                                "Fundația Culoare - 3 ateliere – 18 beneficiari")])
    assert "Ziua Copilului" in subj[(40.0, "persoane")] and "Atelier" not in subj[(40.0, "persoane")]
    assert "Atelier de pictură" in subj[(18.0, "persoane")] and "Ziua" not in subj[(18.0, "persoane")]


def test_a_short_lower_case_entry_head_before_a_dash_is_the_label_even_with_an_approximation():
    subj = _subjects([ListItem("elevi înscriși - aproximativ 1.250 de copii;", marker="·"),
                      ListItem("a instrumentat fiecare dosar – 145 cazuri", marker="·")])
    assert "elevi înscriși" in subj[(1250.0, "copii")]
    assert "instrumentat" not in subj[(145.0, "cazuri")]  # a verb phrase is no entry label


def _report(blocks, letterhead):
    title = "RAPORT privind activitatea asistenților personali ai persoanelor cu handicap grav în semestrul II 2023"
    return prose_of(_doc([Paragraph(t) for t in letterhead] + [Paragraph(title)] + blocks, title=letterhead[0]))


@pytest.mark.parametrize("letterhead, unit", [
    (["ROMÂNIA", "DIRECȚIA DE ASISTENȚĂ SOCIALĂ A MUNICIPIULUI VALE", "Nr. 412/15.01.2024"],
     "DIRECȚIA DE ASISTENȚĂ SOCIALĂ A MUNICIPIULUI VALE"),
    # the town hall over its compartment: the compartment, the more specific, writes the report
    (["ROMÂNIA", "JUDEȚUL ALBA", "PRIMĂRIA COMUNEI VALE", "Compartimentul Asistență Socială", "Nr. 412/15.01.2024"],
     "Compartimentul Asistență Socială"),
])
def test_a_reports_figures_under_chapters_naming_no_unit_are_the_letterhead_units(letterhead, unit):
    # docs/indicators.md: the subject's service is the nearest heading or title line naming an organisational unit;
    # a numbered chapter naming none ('II. Situația asistenților personali') is no service
    out = _report([Heading("II. Situația asistenților personali", level=2),
                   Paragraph("Au fost încheiate 6 contracte individuale de muncă noi."),
                   Heading("III. Monitorizarea activității", level=2),
                   Paragraph("În semestrul II al anului 2023 au fost efectuate 86 de anchete sociale.")], letterhead)
    subjects = {r.value: r.subject for r in out["indicators"]}
    assert subjects[6] == f"{unit} - contracte individuale de muncă noi"
    assert subjects[86] == f"{unit} - anchete sociale"


def test_a_chapter_naming_a_unit_and_a_unit_opening_a_paragraph_still_win_over_the_letterhead():
    out = _report([Heading("II. Serviciul Monitorizare", level=2),
                   Paragraph("Au fost încheiate 6 contracte individuale de muncă noi."),
                   Heading("III. Anchete", level=2),
                   Paragraph("Biroul Anchete Sociale a efectuat 86 de anchete sociale.")],
                  ["ROMÂNIA", "DIRECȚIA DE ASISTENȚĂ SOCIALĂ A MUNICIPIULUI VALE"])
    subjects = {r.value: r.subject for r in out["indicators"]}
    assert subjects[6].startswith("Serviciul Monitorizare - ")
    assert subjects[86].startswith("Biroul Anchete Sociale")


def test_a_report_tables_figures_under_a_chapter_naming_no_unit_are_the_letterhead_units():
    from extractors.model import Document
    from extractors.readers.text import parse_text
    from pipeline.extraction import extract_document
    text = ("ROMÂNIA\n\nDIRECȚIA DE ASISTENȚĂ SOCIALĂ A MUNICIPIULUI VALE\n\n"
            "RAPORT privind activitatea asistenților personali ai persoanelor cu handicap grav în semestrul II 2023\n\n"
            "IV. Monitorizarea activității\n\nActivitatea de monitorizare, pe luni, se prezintă astfel:\n\n"
            "Luna\tNr. anchete sociale\tNr. vizite de monitorizare\n"
            "iulie\t14\t23\naugust\t17\t30\nTOTAL\t31\t53\n")
    doc = Document(source_path="t.txt", doc_id="t", format="txt", blocks=parse_text(text))
    subjects = {r.value: r.subject for r in extract_document(doc).indicators}
    assert subjects[14].startswith("DIRECȚIA DE ASISTENȚĂ SOCIALĂ A MUNICIPIULUI VALE - iulie"), subjects[14]
    assert subjects[30].startswith("DIRECȚIA DE ASISTENȚĂ SOCIALĂ A MUNICIPIULUI VALE - august"), subjects[30]


def test_the_places_kept_by_a_renamed_service_are_the_new_names():
    # the new name is written in lower-case words after its head ('Serviciul de masă pe roți'): no named service
    # of the sentence, so the places had the heading's subject
    subj = _subjects([Paragraph("Art. 3. — Se aprobă schimbarea denumirii serviciului social Compartimentul "
                                "serviciul de masă pe roți în Serviciul de masă pe roți, cu păstrarea codului "
                                "8899CPDH-II și a capacității de 35 de locuri.")],
                     section="HOTĂRĂȘTE")[(35.0, "locuri")]
    assert subj.startswith("Serviciul de masă pe roți"), subj
