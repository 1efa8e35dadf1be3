"""Which unit a figure of a mayor's report is about: the report has many chapters, each opening with the unit
that did the work ('Compartimentul …', 'Poliția Locală …'), under chapter headings that name a domain, not a unit
('Cap. 4. Ordine publică'). Fixtures written for the purpose (the family report_mayor_state_of_locality showed them)."""
from __future__ import annotations

from extractors.model import Document
from extractors.prose import extract_prose
from extractors.readers.text import parse_text
from extractors.understanding.build import understand

TITLE = "RAPORTUL PRIMARULUI privind starea economică, socială și de mediu a orașului Vale în anul 2023\n\n"


def subjects(body: str) -> dict[float, str]:
    doc = Document(source_path="t.txt", doc_id="t" * 64, format="txt", blocks=parse_text(TITLE + body))
    return {float(r.value): r.subject for r in extract_prose(understand(doc))["indicators"]}


def test_a_unit_named_by_an_enumeration_of_its_domains():
    got = subjects("I. Administrație publică locală\n\n"
                   "Compartimentul Secretariat, Registratură și Relații cu Publicul asigură secretariatul Consiliului "
                   "Local. Au fost emise 184 de dispoziții ale primarului și s-au primit 27 de petiții.\n\n"
                   "II. Învățământ\n\n"
                   "Compartimentul Învățământ, Cultură și Sport coordonează relația cu școlile. Rețeaua școlară "
                   "cuprinde 12 unități de învățământ.\n")
    assert got[184].startswith("Compartimentul Secretariat, Registratură și Relații cu Publicul - dispoziții")
    assert got[27].startswith("Compartimentul Secretariat, Registratură și Relații cu Publicul - petiții")
    assert got[12].startswith("Compartimentul Învățământ, Cultură și Sport - unități")


def test_a_unit_named_in_lower_case_words_opening_the_chapter():
    got = subjects("Cap. 5. Asistență socială\n\n"
                   "Compartimentul de asistență socială funcționează în cadrul aparatului de specialitate al "
                   "primarului și are un număr de 3 angajați.\n\n"
                   "Au fost derulate 4 campanii de informare privind drepturile sociale.\n")
    assert got[3] == "Compartimentul de asistență socială - angajați"
    assert got[4].startswith("Compartimentul de asistență socială - campanii de informare")


def test_the_local_police_opening_its_chapter():
    got = subjects("Cap. 4. Ordine publică\n\n"
                   "Poliția Locală Vale a desfășurat acțiuni pentru menținerea ordinii publice. Au fost aplicate 654 "
                   "de sancțiuni contravenționale și 329 de avertismente.\n")
    assert got[654].startswith("Poliția Locală Vale - sancțiuni contravenționale")
    assert got[329] == "Poliția Locală Vale - avertismente"


def test_a_centre_named_by_a_description_and_a_quoted_name():
    got = subjects("Cap. 5. Asistență socială\n\n"
                   "Direcția de Asistență Socială Vale funcționează în subordinea Consiliului Local.\n\n"
                   "Centrul de zi pentru copii „Anotimpuri” are o capacitate de 44 de locuri și a asigurat în anul "
                   "2023 servicii pentru 35 de beneficiari.\n\n"
                   "Cantina socială „Raza de Soare” a servit masa pentru 149 de beneficiari.\n")
    assert got[44] == "Centrul de zi pentru copii „Anotimpuri” - locuri"
    assert got[35] == "Centrul de zi pentru copii „Anotimpuri” - beneficiari"
    assert got[149] == "Cantina socială „Raza de Soare” - beneficiari"


def test_the_population_of_the_unit_the_paragraph_opens_with():
    got = subjects("Orașul Vale are o suprafață de 43,5 km². La 1 ianuarie 2023, populația după domiciliu era de "
                   "37.188 de locuitori.\n")
    assert got[37188] == "Orașul Vale - locuitori"


def test_services_listed_with_commas_stay_apart():
    from extractors.prose.subjects import _named_services

    names = [n.name for n in _named_services("Centrul de Zi Alfa, Centrul de Zi Beta și Clubul Gama au avut 40 de "
                                             "beneficiari.")]
    assert names == ["Centrul de Zi Alfa", "Centrul de Zi Beta", "Clubul Gama"]
    # a lower-case opening that runs into a figure or a capital is no unit's name
    from extractors.prose.subjects import _topic_of

    assert _topic_of("Serviciul a acordat 40 de ajutoare de urgență.") is None
    assert _topic_of("Compartimentul de asistență socială al primăriei are 3 angajați.") == \
        "Compartimentul de asistență socială al primăriei"
    assert _topic_of("Compartimentul de asistență socială și autoritate tutelară asigură plata.") == \
        "Compartimentul de asistență socială și autoritate tutelară"


def test_a_centres_own_paragraph_does_not_become_the_topic_of_the_chapter():
    # the chapter opens with its unit; a paragraph about one centre (its places and beneficiaries) is about that
    # centre only: the campaigns after it are the unit's
    got = subjects("Cap. 5. Asistență socială\n\n"
                   "Compartimentul de asistență socială funcționează în cadrul aparatului de specialitate al "
                   "primarului și are un număr de 3 angajați.\n\n"
                   "Centrul de zi pentru copii „Prietenia” are o capacitate de 41 de locuri și a asigurat servicii "
                   "pentru 30 de beneficiari.\n\n"
                   "Au fost derulate 5 campanii de informare privind drepturile sociale.\n")
    assert got[30] == "Centrul de zi pentru copii „Prietenia” - beneficiari"
    assert got[5].startswith("Compartimentul de asistență socială - campanii de informare")
    # a service's introduction without figures ('Biroul X are misiunea …') is the topic of what follows
    got = subjects("Cap. 5. Asistență socială\n\n"
                   "Compartimentul de asistență socială funcționează în cadrul aparatului de specialitate al "
                   "primarului și are un număr de 3 angajați.\n\n"
                   "Biroul Monitorizare Relații Familiale are misiunea de a preveni separarea copilului de familie.\n\n"
                   "Au fost instrumentate 42 de cazuri.\n")
    assert got[42].startswith("Biroul Monitorizare Relații Familiale - cazuri")


def test_counts_a_mayors_report_states_in_words_and_nouns_of_its_other_chapters():
    from decimal import Decimal

    from extractors.prose import analyse

    def counts(text):
        return [(f.value, f.lemma) for f in analyse(text) if f.kind == "count"]

    # 'doi' (the masculine two) and 'unu' in 'douăzeci și unu de locuri' are counts as 'trei' and 'cinci' are
    assert counts("Un număr de doi angajați au participat la cursuri.") == [(Decimal(2), "angajat")]
    assert counts("Centrul are o capacitate de douăzeci și unu de locuri pentru copii.") == [(Decimal(21), "loc")]
    # the council's decisions, the pupils of pre-school age and a commune's villages are counted things too
    assert counts("Consiliul Local a adoptat 149 de hotărâri.") == [(Decimal(149), "hotărâre")]
    assert counts("Au învățat 697 de elevi și 158 preșcolari.") == [(Decimal(697), "elev"), (Decimal(158), "preșcolar")]
    assert counts("Comuna Vale are în componență 5 sate și o suprafață de 72,8 km².") == [(Decimal(5), "sat")]


def test_figures_before_the_first_chapter_are_the_administrative_units():
    # the report's opening (under its title, before any chapter) describes the commune or town itself
    got = subjects("Suprafața totală a unității administrativ-teritoriale este de 158,7 km², iar populația număra "
                   "4.156 de locuitori la 1 ianuarie 2023.\n\n"
                   "Cap. 1. Ordine publică\n\n"
                   "Au fost aplicate 654 de sancțiuni contravenționale.\n")
    assert got[4156] == "Orașul Vale - locuitori"
    assert not got[654].startswith("Orașul Vale")


def test_a_home_care_service_with_a_quoted_name_is_a_facility():
    got = subjects("Cap. 5. Asistență socială\n\n"
                   "Serviciul Public de Asistență Socială Vale funcționează în subordinea Consiliului Local și are un "
                   "număr de 6 angajați.\n\n"
                   "Serviciul de îngrijire la domiciliu „Sfântul Nicolae” are o capacitate de 40 de locuri.\n\n"
                   "Au fost efectuate 312 anchete sociale.\n")
    assert got[40] == "Serviciul de îngrijire la domiciliu „Sfântul Nicolae” - locuri"
    assert got[312].startswith("Serviciul Public de Asistență Socială Vale - anchete sociale")


def test_a_label_that_cites_a_law_before_its_figure():
    from decimal import Decimal

    from extractors.prose import analyse

    found = [(f.value, f.lemma) for f in analyse(
        "familii beneficiare de ajutorul social acordat în baza Legii nr. 416/2001: 1.069;") if f.kind == "count"]
    assert found == [(Decimal(1069), "familie")]
    # a figure of its own inside the label still makes it no label
    assert [f.value for f in analyse("familii cu 3 copii: 12;") if f.kind == "count" and f.value == 12] == []


def totals(body: str) -> list[float]:
    doc = Document(source_path="t.txt", doc_id="t" * 64, format="txt", blocks=parse_text(TITLE + body))
    return sorted(float(t.amount) for t in extract_prose(understand(doc))["totals"])


def test_the_parts_of_a_breakdown_listed_as_bullets():
    # a count 'din care:' then its parts, one bullet each: 'label – N;' or 'N pentru …;'
    got = totals("Cap. 2. Stare civilă\n\n"
                 "Serviciul Public Comunitar Local de Evidență a Persoanelor a întocmit un total de 1.455 de acte de "
                 "stare civilă, din care:\n\n- acte de naștere – 891;\n\n- acte de căsătorie – 248;\n\n"
                 "- acte de deces – 316.\n\n"
                 "Cap. 3. Asistență socială\n\n"
                 "În evidență se aflau 154 de dosare de alocație pentru susținerea familiei, din care:\n\n"
                 "- 116 pentru familii monoparentale;\n\n- 38 pentru familii cu ambii părinți.\n\n"
                 "Au fost efectuate 312 anchete sociale.\n")
    assert {1455, 891, 248, 316, 154, 116, 38} <= set(got)
    assert 312 not in got  # the list has ended: a count of its own


def test_an_unnumbered_sub_heading_inside_a_numbered_chapter_keeps_the_chapters_unit():
    from extractors.model import Heading, Paragraph

    blocks = [Heading("RAPORTUL PRIMARULUI privind starea economică, socială și de mediu a orașului Vale în anul 2023"),
              Heading("CAPITOLUL V – ASISTENȚĂ SOCIALĂ"),
              Paragraph("Serviciul Public de Asistență Socială Vale funcționează în subordinea Consiliului Local și are "
                        "un număr de 6 angajați."),
              Heading("Beneficii de asistență socială"),
              Paragraph("Au fost efectuate 312 anchete sociale."),
              Heading("Biroul Protecția Copilului"),
              Paragraph("Au fost instrumentate 42 de cazuri."),
              Heading("CAPITOLUL VI – ORDINE PUBLICĂ"),
              Paragraph("Au fost aplicate 654 de sancțiuni contravenționale.")]
    doc = Document(source_path="t.docx", doc_id="t" * 64, format="docx", blocks=blocks)
    got = {float(r.value): r.subject for r in extract_prose(understand(doc))["indicators"]}
    assert got[312].startswith("Serviciul Public de Asistență Socială Vale - anchete sociale")
    assert got[42].startswith("Biroul Protecția Copilului - cazuri")  # a sub-heading naming a unit is its own
    assert not got[654].startswith("Serviciul Public")  # the next chapter is no longer the unit's


def _docx_subjects(blocks) -> dict[float, str]:
    doc = Document(source_path="t.docx", doc_id="t" * 64, format="docx", blocks=blocks)
    return {float(r.value): r.subject for r in extract_prose(understand(doc))["indicators"]}


_UNNUMBERED = [("RAPORT privind activitatea desfășurată în anul 2023 de Primarul Orașului Vale", 1),
               ("Administrație publică locală", 2),
               ("Compartimentul Secretariat și Registratură asigură secretariatul Consiliului Local. Au fost emise "
                "184 de dispoziții ale primarului.", None),
               ("Asistență socială", 2),
               ("Serviciul Public de Asistență Socială Vale funcționează în subordinea Consiliului Local și are un "
                "număr de 6 angajați.", None),
               ("Beneficii de asistență socială", 3),
               ("Au fost efectuate 312 anchete sociale.", None),
               ("Protecția copilului", 3),
               ("Au fost instrumentate 42 de cazuri de violență domestică.", None),
               ("Ordine publică", 2),
               ("Au fost aplicate 654 de sancțiuni contravenționale.", None)]


def test_unnumbered_sub_headings_of_a_lower_style_keep_the_chapters_unit():
    from extractors.model import Heading, Paragraph

    got = _docx_subjects([Heading(t, level) if level else Paragraph(t) for t, level in _UNNUMBERED])
    assert got[312] == "Serviciul Public de Asistență Socială Vale - anchete sociale"
    assert got[42].startswith("Serviciul Public de Asistență Socială Vale - cazuri de violență domestică")
    assert not got[654].startswith("Serviciul Public")  # a heading of the chapters' style: a new chapter


def test_unnumbered_headings_of_one_style_give_the_subjects_of_the_text_export():
    # chapters and sub-headings in one style (the family report_mayor_state_of_locality's DOCX): nothing says which
    # heading is a chapter; the text export of the same report, where no heading shows, is the reference
    from extractors.model import Heading, Paragraph

    # the letterhead and the title in the title's style, every heading under them in another
    docx = _docx_subjects([Heading("ROMÂNIA"), Heading("PRIMĂRIA ORAȘULUI VALE")]
                          + [Heading(t, 1 if i == 0 else 2) if level else Paragraph(t)
                             for i, (t, level) in enumerate(_UNNUMBERED)])
    text = subjects("\n\n".join(t for t, _ in _UNNUMBERED[1:]) + "\n")
    assert docx[312] == text[312] == "Serviciul Public de Asistență Socială Vale - anchete sociale"
    assert docx[42] == text[42]
    assert docx == text



def test_a_centre_opening_the_next_sentence_is_not_the_previous_figures():
    # two centres' sentences in one paragraph (the PDF reader joins paragraphs whose gap is small): the second
    # centre opens its own sentence; it is not attached to the last figure of the first ('51 de beneficiari.')
    got = subjects("Cap. 5. Asistență socială\n\n"
                   "Centrul de zi de recuperare pentru copii cu dizabilități „Floare de Colț” are o capacitate de 39 de "
                   "locuri și a asigurat servicii pentru 51 de beneficiari. Centrul de zi pentru copii „Anotimpuri” "
                   "are o capacitate de 50 de locuri și a asigurat servicii pentru 38 de beneficiari.\n")
    assert got[51] == "Centrul de zi de recuperare pentru copii cu dizabilități „Floare de Colț” - beneficiari"
    assert got[50] == "Centrul de zi pentru copii „Anotimpuri” - locuri"
    assert got[38] == "Centrul de zi pentru copii „Anotimpuri” - beneficiari"
