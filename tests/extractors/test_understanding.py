"""The understanding stage: table classification, column mapping with its evidence, the section of every block, and
that nothing the reader produced is changed. Fixtures are small tables written for the purpose."""
from dataclasses import FrozenInstanceError

import pytest

from extractors.classify import classify_table
from extractors.kinds import SPEC_OF_KIND, SPECS
from extractors.model import Cell, Document, Heading, Paragraph, Row, Table
from extractors.readers.text import parse_text
from extractors.tables import resolve_tables
from extractors.understanding.build import understand
from extractors.understanding.columns import map_table_columns
from extractors.understanding.sections import SectionTracker
from extractors.understanding.spec import (ACTIVITIES, OTHER, PARTNERSHIPS, PROCUREMENT, SERVICES_EXISTING,
                                           SERVICES_PROPOSED, SUBSIDIES, TRAININGS)


def _doc(text: str) -> Document:
    return Document(source_path="t.txt", doc_id="t" * 64, format="txt", blocks=parse_text(text))


def _resolved(text: str):
    [rt] = resolve_tables(parse_text(text))
    return rt


# ---------------------------------------------------------------- classification


@pytest.mark.parametrize("header, kind", [
    ("Nr. crt.\tCod serviciu\tDenumirea serviciului\tCapacitate\tGrad de ocupare", SERVICES_EXISTING),
    ("Nr. crt.\tObiectul contractului\tCod CPV\tValoarea estimată\tProcedura", PROCUREMENT),
    ("Nr. crt.\tUnități de asistență socială\tÎncadrarea în nomenclator\tSuma estimată", SUBSIDIES),
    ("Nr. crt.\tCategoria de personal\tNr. de persoane\tBuget estimat", TRAININGS),
    ("Nr. crt.\tTematica\tScurtă descriere\tPerioada estimată\tOrganizator", ACTIVITIES),
    ("Nr. crt.\tDenumirea actului\tPărțile semnatare\tPerioada de valabilitate", PARTNERSHIPS),
])
def test_a_table_is_recognised_by_its_header_vocabulary_alone(header, kind):
    rt = _resolved(f"{header}\n1.\tA\tB\tC\tD\n")
    assert classify_table(rt, None) == kind


def test_the_signatures_under_an_act_are_no_table_of_agreements():
    # each column a signatory's role (the parties of an agreement, the chairman and the secretary of a council)
    parties = _resolved("Acord de parteneriat\n\nPartener 1\tPartener 2\nMunicipiul Vale\tAsociația Alfa\n"
                        "Ion Pop\tAna Dobre\n")
    assert classify_table(parties, PARTNERSHIPS) == OTHER
    council = _resolved("PREȘEDINTE DE ȘEDINȚĂ,\tCONTRASEMNEAZĂ, SECRETAR GENERAL,\nIon Pop\tAna Dobre\n")
    assert classify_table(council, PARTNERSHIPS) == OTHER
    # a table of partners with its columns stays one
    listed = _resolved("Nr. crt.\tPartener\tPerioada\n1.\tAsociația Alfa\t31.12.2026\n")
    assert classify_table(listed, PARTNERSHIPS) == PARTNERSHIPS


def test_a_heading_names_the_kind_of_a_table_whose_header_says_little():
    rt = _resolved("C. Programul anual de contractare a serviciilor sociale\n\nNr.\tDenumire\tSuma\n1.\tX\t100\n")
    assert classify_table(rt, None) == PROCUREMENT
    # the running section weighs too, but not alone
    bare = _resolved("Nr.\tDenumire\tSuma\n1.\tX\t100\n")
    assert classify_table(bare, PROCUREMENT) == OTHER


def test_a_table_of_measures_and_their_state_is_no_table_of_the_kind_its_objective_names():
    # a report's monitoring table under an objective that names the training programme: its actions are no
    # training rows, whichever section runs (its results are read from its status cells by the prose stage)
    text = ("Obiectivul specific 1: Formarea continuă a personalului\n\n"
            "Nr. crt.\tAcțiuni\tTermen\tResponsabil\tIndicatori\tStadiul realizării\n"
            "1.\tParticiparea personalului la cursuri de formare profesională\tanual\tȘefii de centre\t"
            "Număr angajați instruiți\tRealizat – 132 angajați instruiți\n")
    assert classify_table(_resolved(text), None) == OTHER
    assert classify_table(_resolved(text), TRAININGS) == OTHER
    # the state reached named as its degree ('Grad de realizare / Observații'), under a training heading
    degree = ("5. Formarea continuă a personalului\n\n"
              "Nr. crt.\tAcțiunea\tTermen\tResponsabili\tIndicatori de monitorizare\tGrad de realizare / Observații\n"
              "5.1.\tParticiparea personalului la cursuri de formare profesională\tanual\tCompartimentul adopții\t"
              "Număr angajați instruiți\tRealizat – 283 angajați instruiți\n")
    assert classify_table(_resolved(degree), TRAININGS) == OTHER
    # a training table with a term and who is responsible stays one
    training = ("Formarea continuă a personalului\n\nNr. crt.\tCategoria de personal\tNr. de persoane\tTermen\t"
                "Responsabil\n1.\tasistenți sociali\t12\ttrim. II\tBiroul resurse umane\n")
    assert classify_table(_resolved(training), TRAININGS) == TRAININGS
    # a report's services table with a state column (no one responsible, no term) stays a services table
    services = ("Nr. crt.\tCod serviciu\tDenumirea serviciului\tCapacitate\tStadiul realizării\n"
                "1.\t8810 ID-I\tCentrul de zi pentru copii\t30\trealizat\n")
    assert classify_table(_resolved(services), None) == SERVICES_EXISTING
    state_only = _resolved("C. Programul anual de contractare a serviciilor sociale\n\n"
                           "Nr.\tDenumire\tSuma\tStadiul realizării\n1.\tX\t100\trealizat\n")
    assert classify_table(state_only, None) == PROCUREMENT


def test_a_strategys_action_plan_is_no_table_of_the_kind_its_partners_or_measures_name():
    # the template's plan of measures ('Măsuri | Responsabil | Parteneri | Termen | Indicatori | Cost | Sursa'): its
    # partners column names who helps with each measure (no agreement), a measure founding a service is no row of
    # section B, and the training chapter before it runs no training table into it
    header = ("Nr. crt.\tMăsuri / activități\tResponsabil\tParteneri\tTermen de realizare\tIndicatori de realizare\t"
              "Cost estimat (lei)\tSursa de finanțare\n")
    rows = ("1.1\tÎnființarea centrului de zi pentru copii (8891 CZ-C-II)\tDAS Vale\tONG-uri acreditate\t2024–2026\t"
            "1 serviciu înființat\t450.000\tPOIDS 2021–2027\n"
            "1.2\tFormarea continuă a personalului\tDAS Vale\tAJOFM, AJPIS\tanual\t40 persoane instruite\t-\t"
            "Buget local\n")
    plan = _resolved("Planul de acțiune\n\n" + header + rows)
    assert classify_table(plan, None) == OTHER
    assert classify_table(plan, TRAININGS) == OTHER
    assert classify_table(_resolved("Servicii sociale propuse\n\n" + header + rows), SERVICES_PROPOSED) == OTHER
    no_partners = header.replace("Parteneri\t", "").replace("Indicatori de realizare", "Rezultate așteptate")
    assert classify_table(_resolved(no_partners + rows.replace("ONG-uri acreditate\t", "").replace(
        "AJOFM, AJPIS\t", "")), PARTNERSHIPS) == OTHER
    # the information activities of chapter II (who organises, when, the budget) stay activities
    activities = ("Nr. crt.\tActivitatea\tPerioada\tOrganizator\tResponsabil\tBuget\n"
                  "1.\tDistribuirea de pliante\ttrimestrial\tCompartimentul social\tDAS Vale\t1.200 lei\n")
    assert classify_table(_resolved(activities), None) == ACTIVITIES


def test_existing_or_proposed_services_by_the_nearest_heading_then_the_section_then_the_header():
    header = "Nr. crt.\tCod serviciu\tDenumirea serviciului\tCapacitate\n1.\t8810 CZ-V-II\tCentrul A\t30\n"
    assert classify_table(_resolved("B. Servicii sociale propuse spre a fi înființate\n\n" + header),
                          SERVICES_EXISTING) == SERVICES_PROPOSED
    assert classify_table(_resolved(header), SERVICES_PROPOSED) == SERVICES_PROPOSED
    assert classify_table(_resolved(header.replace("Capacitate", "Justificare")), None) == SERVICES_PROPOSED


@pytest.mark.parametrize("heading", [
    "B. Înființarea de noi servicii sociale",
    "2. Servicii sociale noi, propuse spre înființare",
    "Anexa nr. 2 – Serviciile sociale ce urmează a fi înființate în anul 2025",
    "B. Servicii sociale nou planificate",
])
def test_a_section_naming_services_to_be_founded_is_section_b_whatever_its_wording(heading):
    # the template's section B says 'new', 'proposed', 'to be founded' in many ways: a services table under such a
    # heading lists proposed services even after section A's heading
    existing = "A. Serviciile sociale existente\n\nNr. crt.\tCod serviciu\tDenumirea serviciului\tCapacitate\n" \
               "1.\t8810 CZ-V-II\tCentrul A\t30\n\n"
    doc = _doc(existing + heading + "\n\nDenumire serviciu social\tCod serviciu social\tNr. locuri\tBuget local\n"
               "Centrul B\t8891 CZ-C-IV\t43\t149.200,00\n")
    u = understand(doc)
    assert [t.kind for t in u.tables] == [SERVICES_EXISTING, SERVICES_PROPOSED]


def test_chapter_one_of_the_template_names_no_section_so_its_first_table_is_not_proposed():
    # 'CAPITOLUL I: Administrarea, înființarea și finanțarea serviciilor sociale' covers sections A–D: its word
    # 'înființarea' is no heading of section B; a table of existing services under a caption that names no section
    doc = _doc("CAPITOLUL I: Administrarea, înființarea și finanțarea serviciilor sociale\n\n"
               "Tabelul nr. 1 – Servicii sociale active\n\n"
               "Nr. crt.\tCod serviciu\tDenumirea serviciului\tCapacitate\tGrad de ocupare\n"
               "1.\t8810 CZ-V-II\tCentrul A\t30\t90%\n")
    assert [t.kind for t in understand(doc).tables] == [SERVICES_EXISTING]


def test_a_sentence_about_new_services_inside_section_a_does_not_make_its_table_proposed():
    doc = _doc("A. Serviciile sociale existente\n\nÎn anul următor se vor înființa noi servicii sociale pentru "
               "vârstnici, după cum se arată în secțiunea B a planului, dacă bugetul local o permite.\n\n"
               "Nr. crt.\tCod serviciu\tDenumirea serviciului\tCapacitate\n1.\t8810 CZ-V-II\tCentrul A\t30\n")
    assert [t.kind for t in understand(doc).tables] == [SERVICES_EXISTING]


def test_a_sentence_before_a_table_does_not_outweigh_what_the_tables_own_header_says():
    # a report's paragraph ending with staff who attended 'cursuri de formare profesională', then a day-centre
    # activity table: the table is no trainings table
    text = ("Specialiștii serviciului au participat la cursuri de formare profesională în domeniul protecției "
            "datelor.\n\nCentre de zi\tActivități desfășurate\tNr. de beneficiari/ activități\n"
            "Centrul de zi Lizuca\tConsiliere psihologică\t51\nCentrul de zi Arinul\tSprijin la teme\t30\n")
    assert classify_table(_resolved(text), None) != TRAININGS
    # a title naming the programme still names a table whose header says nothing
    titled = "a) Cursuri de formare profesională\n\nNr.\tDenumire\tNumăr\n1.\tAsistenți\t4\n2.\tÎngrijitori\t3\n"
    assert classify_table(_resolved(titled), None) == TRAININGS


def test_a_sub_heading_naming_a_kind_of_training_names_the_table_under_it_inside_the_training_programme():
    # header words the trainings vocabulary lacks ('Categoria profesională', 'Număr participanți'): the programme's
    # chapter and the lettered sub-heading right before each table name them
    body = ("Nr. crt.\tCategoria profesională\tNumăr participanți\tCost estimat (lei)\n"
            "1.\tAsistent social\t10\t5.600\n2.\tReferent\t30\t1.300\n\tTOTAL\t40\t6.900\n\n")
    doc = _doc("CAPITOLUL III – Programul de formare profesională a personalului\n\n"
               "a) perfecționare profesională\n\n" + body + "b) calificare profesională\n\n" + body)
    assert [(t.kind, t.section.training_kind) for t in understand(doc).tables] == [
        (TRAININGS, "perfectionare"), (TRAININGS, "calificare")]


@pytest.mark.parametrize("wording", [
    "Cod serviciu social", "Codul serviciului social", "Cod nomenclator", "Codul serviciului",
    "Cod serviciu social, conform Nomenclatorului serviciilor sociale", "Codul serviciului conform Nomenclatorului",
    "Cod serviciu (HG nr. 867/2015)", "Cod conform nomenclatorului"])
def test_every_wording_of_the_templates_code_column_speaks_for_a_services_table(wording):
    from extractors.classify import header_scores
    assert header_scores([wording])["services"] >= 2
    rt = _resolved(f"Nr. crt.\tDenumirea serviciului\t{wording}\tNr. locuri\n1.\tCentrul A\t8810 CZ-V-II\t30\n")
    m = map_table_columns(rt, SPEC_OF_KIND[SERVICES_EXISTING])
    assert m.fields["code"] == 2 and m.evidence[2].by == "header"


@pytest.mark.parametrize("kind, wording, field", [
    (SERVICES_EXISTING, "Gradul de ocupare (%)", "occupancy"),
    (SERVICES_EXISTING, "Categoriile de beneficiari", "beneficiary_category"),
    (SERVICES_EXISTING, "Categorii de beneficiari", "beneficiary_category"),
    (SERVICES_EXISTING, "Nr. de ordine", "row_no"),
    (TRAININGS, "Număr participanți", "persons"),
    (PROCUREMENT, "Cod nomenclator", "service_code"),
    (SUBSIDIES, "Cod nomenclator", "code"),
])
def test_the_templates_other_wordings_map_their_columns(kind, wording, field):
    rt = _resolved(f"Denumire\t{wording}\tAltceva\nA\tB\tC\n")
    assert map_table_columns(rt, SPEC_OF_KIND[kind]).fields.get(field) == 1


def test_a_report_lists_its_services_with_their_nomenclator_codes_and_beneficiaries_counted():
    # counts of beneficiaries in the header sound like a report's indicators; the codes of the nomenclator in a
    # column say the table lists services
    text = ("Nr. crt.\tDenumire serviciu social\tCodul serviciului conform Nomenclatorului\t"
            "Capacitatea (nr. beneficiari)\tNumăr beneficiari\n"
            "1.\tCămine pentru persoane vârstnice Vale\t8730 CR V I\t82\t63\n"
            "2.\tCentre de zi pentru copii Lizuca\t8891 CZ-C-II\t66\t72\n"
            "3.\tCentre de zi pentru familie\t8899-CZ-F-I\t20\t18\n")
    assert classify_table(_resolved(text), None) == SERVICES_EXISTING


@pytest.mark.parametrize("wording", ["Beneficiari (realizat)", "Beneficiari 2023", "Beneficiari"])
def test_a_column_headed_by_the_noun_beneficiari_counts_the_services_beneficiaries(wording):
    # a report on the plan heads its column of counts by the bare noun, qualified by what it counts
    rt = _resolved(f"Nr. crt.\tDenumire serviciu\tCod\tNumăr locuri\t{wording}\n"
                   "1.\tCentre de zi pentru copii Lizuca\t8891 CZ-C-II\t66\t72\n"
                   "2.\tCentre de zi pentru familie\t8899-CZ-F-I\t20\t18\n")
    fields = map_table_columns(rt, SPEC_OF_KIND[SERVICES_EXISTING]).fields
    assert fields.get("capacity") == 3 and fields.get("beneficiaries") == 4


@pytest.mark.parametrize("wording", ["Categoriile de beneficiari", "Contribuția beneficiarilor",
                                     "Număr maxim de beneficiari", "Nr. beneficiari/zi"])
def test_other_headers_naming_beneficiaries_are_no_count_of_them(wording):
    rt = _resolved(f"Nr. crt.\tDenumire serviciu\tCod\t{wording}\n"
                   "1.\tCentre de zi pentru copii Lizuca\t8891 CZ-C-II\t66\n"
                   "2.\tCentre de zi pentru familie\t8899-CZ-F-I\t20\n")
    assert "beneficiaries" not in map_table_columns(rt, SPEC_OF_KIND[SERVICES_EXISTING]).fields


@pytest.mark.parametrize("header, cells", [
    ("Beneficiari", ("Persoane vârstnice", "Copii din familii vulnerabile", "Victime ale violenței")),
    ("Contribu ții benefi ciari", ("120.500", "88.300", "43.100")),
    ("Buget local / (lei) / beneficiare (lei)", ("120.500", "88.300", "43.100")),
])
def test_the_bare_noun_beneficiari_over_groups_or_in_a_split_contribution_header_is_no_count(header, cells):
    # a proposed service's 'Beneficiari' lists who it is for; a header split by a PDF reader ('Contribu ții benefi
    # ciari', 'beneficiare (lei)' fallen under 'Buget local') names no count of beneficiaries
    rows = "".join(f"{i}.\tCentre de zi {i}\t8899 CZ-F-I\t{c}\t20\n" for i, c in enumerate(cells, 1))
    rt = _resolved(f"Nr. crt.\tDenumire serviciu\tCod\t{header}\tNr. locuri propuse\n" + rows)
    assert "beneficiaries" not in map_table_columns(rt, SPEC_OF_KIND[SERVICES_PROPOSED]).fields


def test_the_header_printed_again_over_each_fragment_is_no_content_of_its_columns():
    # a table printed as fragments, each row under its own copy of the header: the copies are no cells of the
    # columns, so 'Beneficiari (realizat)' stands over counts and counts the beneficiaries
    header = ("Nr. crt.\tDenumire serviciu social\tCod serviciu social\tCapacitatea (nr. beneficiari)\t"
              "Beneficiari (realizat)\n")
    rows = ["1.\tLocuințe protejate\t8730 CR V III\t150\t110\n", "2.\tCentre de recuperare\t8790 CR-VD-II\t116\t76\n",
            "3.\tCentre multifuncționale\t8790 CRT-I\t65\t7\n", "4.\tCentre de zi\t8891 CZ-C-V\t20\t47\n"]
    [rt] = resolve_tables(parse_text("".join(header + r + "\n" for r in rows)))
    m = map_table_columns(rt, SPEC_OF_KIND[SERVICES_EXISTING])
    assert m.fields.get("beneficiaries") == 4 and m.fields.get("capacity") == 3
    assert m.evidence[4].content_type == "count"


def test_a_header_over_two_rows_printed_again_over_each_fragment_is_no_content_of_the_table():
    # table repair flags both rows of the header printed again; classification reads the table's data rows only, so
    # the column of agreements ('Protocol de colaborare', …) still lists partnerships
    header = [["Nr. crt.", "Instituția", "Documentul", "Scopul"], ["", "", "încheiat", ""]]
    rows = [["1.", "Școala Gimnazială nr. 1", "Protocol de colaborare", "Activități educative"],
            ["2.", "Poliția Locală", "Acord de parteneriat", "Prevenirea abandonului"],
            ["3.", "Asociația Lumina", "Convenție de colaborare", "Sprijin alimentar"],
            ["4.", "Fundația Alfa", "Protocol de colaborare", "Consiliere"]]
    grid = [r for row in rows for r in header + [row]]
    table = Table(rows=[Row(cells=[Cell(text=t, col=i, line=k) for i, t in enumerate(r)], line=k)
                        for k, r in enumerate(grid, start=1)], n_cols=4, line=1)
    [rt] = resolve_tables([table])
    assert rt.data_body == rows and len(rt.body) == 10
    assert classify_table(rt, None) == PARTNERSHIPS


def test_every_kind_is_declared_once_and_classification_reads_the_specs():
    from extractors.classify import CONTEXT_VOCAB, HEADER_VOCAB
    kinds = [s.kind for s in SPECS]
    assert len(kinds) == len(set(kinds))
    assert CONTEXT_VOCAB[TRAININGS] == list(SPEC_OF_KIND[TRAININGS].context)
    assert HEADER_VOCAB["services"] == list(SPEC_OF_KIND[SERVICES_EXISTING].header_vocab)


# ---------------------------------------------------------------- sections


def test_one_tracker_gives_every_block_its_section_and_a_table_the_sub_heading_that_names_it():
    blocks = [Heading(text="III. Programul de formare profesională"), Paragraph(text="a) cursuri de perfecționare"),
              Table(rows=[Row(cells=[Cell("x", 0)])], n_cols=1), Paragraph(text="Text fără alt titlu."),
              Table(rows=[Row(cells=[Cell("y", 0)])], n_cols=1), Heading(text="IV. Bugetul estimat al planului")]
    tracker = SectionTracker({TRAININGS: ("programul de formare",)})
    sections = [tracker.read(b) for b in blocks]
    assert sections[2].kind == TRAININGS and sections[2].training_kind == "perfectionare"
    assert sections[4].training_kind is None  # the sub-heading named the first table only
    assert [s.plan_programme for s in sections] == [True, True, True, True, True, False]


def test_a_section_ends_at_the_next_heading_of_its_level_or_a_higher_one_whatever_its_words():
    # 'IV. Execuția bugetară' names no kind: the trainings section of 'III.' ends there; a lettered sub-section
    # inside it ('A. Cursuri') does not end it, nor a later chapter's sub-section open anything
    blocks = [Heading(text="I. Servicii sociale"), Heading(text="III. Programul de formare profesională"),
              Heading(text="A. Cursuri de perfecționare"), Table(rows=[Row(cells=[Cell("x", 0)])], n_cols=1),
              Heading(text="IV. Execuția bugetară"), Table(rows=[Row(cells=[Cell("y", 0)])], n_cols=1),
              Heading(text="B. Cheltuieli de personal"), Table(rows=[Row(cells=[Cell("z", 0)])], n_cols=1)]
    tracker = SectionTracker({TRAININGS: ("programul de formare",)})
    sections = [tracker.read(b) for b in blocks]
    assert [s.kind for s in sections] == [None, TRAININGS, TRAININGS, TRAININGS, None, None, None, None]
    assert [s.plan_programme for s in sections] == [False, True, True, True, False, False, False, False]


def test_a_council_acts_own_title_naming_a_service_set_up_opens_no_section_b():
    # the act's title ('… privind înființarea Centrului de zi …', also wrapped onto a 'privind …' line) says what the
    # council decides; the list of services its annex prints is no section B of a plan
    doc = _doc("HOTĂRÂREA nr. 45 din 12.03.2024\n\n"
               "privind înființarea serviciului social Centrul de zi pentru copii „Curcubeul” în structura "
               "D.A.S. Vale\n\n"
               "Art. 1. — Se aprobă Lista serviciilor sociale, conform anexei nr. 1.\n\n"
               "ANEXA nr. 1\n\n"
               "Nr. crt.\tDenumirea serviciului social\tCod serviciu social\tCapacitate (nr. locuri)\n"
               "1.\tCentrul de zi pentru copii „Curcubeul”\t8891 CZ-C-II\t30\n"
               "2.\tCreșa „Steluța”\t8891 CZ-C-I\t60\n")
    assert [t.kind for t in understand(doc).tables] == [SERVICES_EXISTING]
    # a title of a plan's section worded freely still opens it
    doc = _doc("Servicii sociale noi, propuse spre înființare în anul 2025\n\n"
               "Nr. crt.\tDenumirea serviciului social\tCod serviciu social\tCapacitate (nr. locuri)\n"
               "1.\tCentrul de zi pentru copii „Curcubeul”\t8891 CZ-C-II\t30\n")
    assert [t.kind for t in understand(doc).tables] == [SERVICES_PROPOSED]


# ---------------------------------------------------------------- the understanding


PLAN = ("Planul anual de acțiune privind serviciile sociale al Comunei Vale pentru anul 2024\n\n"
        "c) sesiuni de instruire\n\n"
        "Nr. crt.\tCategoria de personal\tNr. de persoane\tBuget estimat\n"
        "1.\tAsistenți personali\t12\t3.000\n"
        "\tcu contract\t\t\n"
        "2.\tÎngrijitori\t4\t1.000\n")


def test_the_understanding_is_built_once_and_frozen_and_leaves_the_document_as_read():
    doc = _doc(PLAN)
    before = [(type(b).__name__, getattr(b, "text", None) or b.text()) for b in doc.blocks]
    u = understand(doc)
    assert [(type(b).__name__, getattr(b, "text", None) or b.text()) for b in doc.blocks] == before
    assert u.facts.doc_type == "plan_anual" and u.facts.year == 2024
    [t] = u.tables
    assert t.kind == TRAININGS and t.section.training_kind == "instruire" and not t.report
    assert [r.cells[1] for r in t.rows] == ["Asistenți personali cu contract", "Îngrijitori"]
    assert "row_joined" in t.rows[0].warnings
    assert u.section_of(t.table) == t.section
    with pytest.raises(FrozenInstanceError):
        t.kind = OTHER
    with pytest.raises(FrozenInstanceError):
        t.rows[0].line = 0


def test_a_strategys_diagnosis_states_facts_read_as_indicators_its_tables_as_a_reports():
    # a strategy is no plan of figures: its diagnosis counts what is ('… se aflau 412 copii …'), as a report does
    from extractors.prose import extract_prose
    text = ("STRATEGIA LOCALĂ DE DEZVOLTARE A SERVICIILOR SOCIALE A MUNICIPIULUI VALE 2022–2027\n\n"
            "Analiza situației actuale\n\n"
            "La sfârșitul anului 2021, în sistemul de protecție specială se aflau 412 copii, dintre care 150 în "
            "asistență maternală.\n\n"
            "Gradul de handicap\tCopii\tAdulți\tTotal\nGrav\t30\t200\t230\n")
    u = understand(_doc(text))
    assert u.facts.doc_type == "strategie" and not u.facts.is_plan
    assert [t.report for t in u.tables] == [True]
    found = [(r.indicator, r.value, r.year) for r in extract_prose(u)["indicators"]]
    assert ("copii", 412.0, 2021) in found


def test_record_extraction_reads_the_understanding_and_changes_nothing_in_it():
    from extractors.records import TABLE_EXTRACTORS
    u = understand(_doc(PLAN))
    [t] = u.tables
    snapshot = (list(t.columns), [list(r) for r in t.body], [list(r.cells) for r in t.rows], dict(t.mapping.fields))
    records, _ = TABLE_EXTRACTORS[t.kind](t)
    assert [(r.training_kind, r.staff_category, r.persons) for r in records] == [
        ("instruire", "Asistenți personali cu contract", 12), ("instruire", "Îngrijitori", 4)]
    assert (list(t.columns), [list(r) for r in t.body], [list(r.cells) for r in t.rows],
            dict(t.mapping.fields)) == snapshot


def test_records_package_does_not_import_prose():
    import extractors.records as records
    source = open(records.__file__, encoding="utf-8").read()
    assert "prose" not in source.split('"""')[-1]  # the cycle records ↔ prose is gone


# ---------------------------------------------------------------- nothing dropped silently


def test_a_table_with_codes_or_money_that_yields_no_record_is_reported_with_its_place():
    from pipeline.extraction import extract_document
    text = ("Planul anual de acțiune privind serviciile sociale pentru anul 2024\n\n"
            "Situația pe elemente\n\n"
            "Nr.\tElement\tClasă\tLei\n"
            "1.\tAlfa\t85311000-2\t100.000,00\n"
            "2.\tBeta\t85320000-8\t20.000,00\n\n"
            "Alte date\n\n"
            "Nr.\tElement\tObservații\n"
            "1.\tGama\tfără\n"
            "2.\tDelta\tîn curs\n\n"
            "A. Servicii sociale existente\n\n"
            "Nr. crt.\tCod serviciu\tDenumirea serviciului\tCapacitate\n"
            "1.\t8810 CZ-V-II\tCentrul A\t30\n")
    result = extract_document(_doc(text))
    lost = [w for w in result.document.warnings if w.startswith("table_not_understood")]
    # the table of CPV codes and money is named by its line; the table of words only and the services are not
    assert lost == ["table_not_understood:l5"]
    assert [s.service_name for s in result.services] == ["Centrul A"]


def test_a_header_contradicting_its_content_reaches_the_document_warnings():
    from pipeline.extraction import extract_document
    text = ("Planul anual de acțiune pentru anul 2024\n\nA. Servicii sociale existente\n\n"
            "Nr. crt.\tDenumirea serviciului\tCapacitate\tNr. beneficiari\n"
            "1.\tCentrul A\t95%\t30\n2.\tCentrul B\t80%\t12\n3.\tCentrul C\t100%\t8\n")
    result = extract_document(_doc(text))
    assert "column_content_contradicts_header:capacity:l5" in result.document.warnings


# ---------------------------------------------------------------- the template's sections under every name


SERVICES_HEADER = "Nr. crt.\tDenumirea serviciului\tFurnizor\tCod serviciu\tCapacitate\tValoare (lei)\n"
SERVICES_ROWS = ("1.\tCentrul de zi Alfa\tAsociația Alfa\t8891 CZ-C-I\t30\t120.000,00\n"
                 "2.\tLocuință protejată Beta\tFundația Beta\t8790 CR-D-VII\t8\t80.000,00\n"
                 "3.\tCantina Gama\tAsociația Gama\t8899 CPDH-I\t50\t60.000,00\n")


@pytest.mark.parametrize("heading, kind", [
    # the programme by the law it cites, under an annex number, a letter or no number at all
    ("Anexa nr. 3 – Finanțări nerambursabile acordate în baza Legii nr. 350/2005", PROCUREMENT),
    ("C. Servicii sociale contractate conform Legea nr. 98/2016", PROCUREMENT),
    ("Programul de finanțare nerambursabilă a serviciilor sociale", PROCUREMENT),
    ("Anexa nr. 4 – Subvenții acordate asociațiilor și fundațiilor conform L. 34/1998", SUBSIDIES),
    ("D. Asociații și fundații care primesc subvenții de la bugetul local", SUBSIDIES),
    # the same table under a services heading stays a services table, whatever its letter
    ("Anexa nr. 1 – Serviciile sociale existente", SERVICES_EXISTING),
    ("C. Servicii sociale propuse spre a fi înființate", SERVICES_PROPOSED),
])
def test_a_services_list_inside_a_programme_is_the_programmes_table(heading, kind):
    u = understand(_doc(f"Planul anual de acțiune pentru anul 2024\n\n{heading}\n\n{SERVICES_HEADER}{SERVICES_ROWS}"))
    [t] = u.tables
    assert t.kind == kind


def test_a_programme_mentioned_in_running_prose_does_not_make_a_services_table_a_programme():
    text = ("Planul anual de acțiune pentru anul 2024\n\nA. Servicii sociale existente\n\n"
            "Unele servicii sunt finanțate de asociații prin Legea nr. 350/2005 privind finanțările nerambursabile, "
            "în parteneriat cu direcția, după cum se arată în tabelul de mai jos.\n\n" + SERVICES_HEADER + SERVICES_ROWS)
    [t] = understand(_doc(text)).tables
    assert t.kind == SERVICES_EXISTING and t.section.heading_kind == SERVICES_EXISTING


def test_ngo_services_financed_under_law_350_are_procurements_and_a_subsidies_table_gives_its_rows():
    from pipeline.extraction import extract_document
    text = ("Planul anual de acțiune pentru anul 2024\n\n"
            "Finanțări nerambursabile acordate în baza Legii nr. 350/2005\n\n" + SERVICES_HEADER + SERVICES_ROWS +
            "\nSubvenții acordate asociațiilor și fundațiilor conform Legea 34/1998\n\n"
            "Nr. crt.\tOrganizația\tServiciul subvenționat\tCod\tSubvenție lunară (lei)\n"
            "1.\tAsociația Gama\tCantina Gama\t8899 CPDH-I\t20.000,00\n"
            "2.\tFundația Delta\tCentrul Delta\t8810 CZ-V-II\t15.000,00\n"
            "3.\tAsociația Epsilon\tCentrul Epsilon\t8891 CZ-C-I\t10.000,00\n")
    result = extract_document(_doc(text))
    assert result.services == []
    assert [(p.contract_object, p.service_code, p.estimated_value_lei) for p in result.procurements] == [
        ("Centrul de zi Alfa", "8891 CZ-C-I", 120000), ("Locuință protejată Beta", "8790 CR-D-VII", 80000),
        ("Cantina Gama", "8899 CPDH-I", 60000)]
    # the unit subsidised ('Serviciul subvenționat'), not the organisation that runs it
    assert [(s.unit_name, s.service_code, s.amount_lei) for s in result.subsidies] == [
        ("Cantina Gama", "8899 CPDH-I", 20000), ("Centrul Delta", "8810 CZ-V-II", 15000),
        ("Centrul Epsilon", "8891 CZ-C-I", 10000)]
    assert not [w for w in result.document.warnings if w.startswith("table_not_understood")]


@pytest.mark.parametrize("heading", ["Parteneriate încheiate", "Colaborări și parteneriate", "Parteneriate",
                                     "5. Protocoale de colaborare"])
def test_a_partnerships_heading_after_the_trainings_chapter_names_the_table_under_it(heading):
    # a report's trainings, then its partners under a title in words of its own: the table of partners (its header
    # says little: 'Partener', 'Documentul încheiat', 'Nr. / data') is no trainings table
    doc = _doc("Formarea profesională a personalului\n\nÎn anul 2021, 32 de angajați au participat la cursuri de "
               f"perfecționare.\n\n{heading}\n\n"
               "Nr. crt.\tPartener\tDocumentul încheiat\tNr. / data\tObiectul colaborării\n"
               "1.\tAsociația Lumina\tContract de colaborare\t841/08.10.2021\tsprijin alimentar\n")
    assert [t.kind for t in understand(doc).tables] == [PARTNERSHIPS]


def test_the_name_column_of_a_one_row_table_under_a_group_heading():
    # the group heading ('Servicii sociale cu cazare', merged across the table) is no cell of the free columns: the
    # one service's name column (a header the vocabulary lacks) is still the only free column holding names, an
    # empty 'Observații' column beside it
    from extractors.model import Cell, Row, Table
    from extractors.tables import resolve_tables

    header = ["Nr. crt.", "Cod serviciu", "Centrul / unitatea", "Capacitate", "Bugetul local", "Observații"]
    rows = [Row(cells=[Cell(text=t, col=i, column_header=True) for i, t in enumerate(header)], line=1),
            Row(cells=[Cell(text="Servicii sociale cu cazare", col=0, col_span=6)], line=2),
            Row(cells=[Cell(text=t, col=i) for i, t in enumerate(
                ["1.", "8730 CR-V-III", "Locuințe protejate „Floare de Colț”", "236", "793.200", ""])], line=3)]
    [rt] = resolve_tables([Table(rows=rows, n_cols=6, line=1)])
    m = map_table_columns(rt, SPEC_OF_KIND[SERVICES_EXISTING])
    assert m.fields.get("service_name") == 2


def test_a_table_listing_agreements_is_a_partnerships_table_under_any_heading():
    # after the trainings chapter, under a heading naming no kind ('Relația cu societatea civilă'): the cells
    # naming agreements ('Convenție de parteneriat', 'Protocol de cooperare') say what the table is
    doc = _doc("Formarea profesională a personalului\n\nÎn anul 2021, 32 de angajați au participat la cursuri de "
               "perfecționare.\n\nRelația cu societatea civilă\n\n"
               "Nr. crt.\tPartener\tDocumentul încheiat\tNr. / data\tObiectul colaborării\n"
               "1.\tAsociația Lumina\tConvenție de parteneriat\t841/08.10.2021\tsprijin alimentar\n"
               "2.\tFundația Apa Vie\tProtocol de cooperare\t12/01.02.2022\tconsiliere\n")
    assert [t.kind for t in understand(doc).tables] == [PARTNERSHIPS]


def test_a_table_of_costs_per_beneficiary_lists_no_services_and_a_bare_cod_over_codes_names_the_code_column():
    # a council's annex of the monthly cost and contribution per head of the services its budget annex lists: the
    # same services again, none of their places or budgets
    costs = ("Nr. crt.\tServiciul social\tCod serviciu social\tCostul mediu lunar (lei/beneficiar)\t"
             "Contribuția lunară datorată de beneficiar (lei)\n"
             "1.\tCentrul de plasament Lizuca\t8790 CR-C-I\t5.680\t-\n"
             "2.\tLocuința protejată nr. 6\t8790 CR-D-VII\t5.730\t2.400\n")
    assert classify_table(_resolved(costs), None) == OTHER
    # beside the places or a budget the same columns are a services table's
    with_places = costs.replace("\tCostul mediu", "\tNr. locuri\tCostul mediu").replace("\t5.", "\t12\t5.")
    assert classify_table(_resolved(with_places), None) == SERVICES_EXISTING
    # a report on a budget's execution: 'Centrul / serviciul | Cod' over nomenclator codes, the rest amounts spent
    spent = ("Nr. crt.\tCentrul / serviciul\tCod\tNr. beneficiari la 31.12.2024\tPrevederi bugetare anuale\t"
             "Plăți efectuate\tProcent de realizare\n"
             "1.\tCentrul de zi Brândușa\t8810 CZ V II\t42\t394.600,00\t373.400,00\t94,63\n"
             "2.\tCantina de ajutor social\t8899 CPDH-I\t181\t994.100,00\t857.500,00\t86,26\n"
             "3.\tCreșa nr. 3\t8891CZ-C-I\t67\t311.500,00\t289.400,00\t92,91\n")
    rt = _resolved(spent)
    assert classify_table(rt, None) == SERVICES_EXISTING
    assert map_table_columns(rt, SPEC_OF_KIND[SERVICES_EXISTING]).fields.get("service_name") == 1


@pytest.mark.parametrize("header", ["Cost mediu lunar/beneficiar (lei)", "Contribuția lunară a beneficiarului (lei/lună)",
                                    "Cost mediu anual/beneficiar (lei)", "Costul mediu lunar de întreținere",
                                    "Standard minim de cost (lei/an/beneficiar)"])
def test_an_amount_per_beneficiary_is_no_budget_of_the_service(header):
    rt = _resolved(f"Nr. crt.\tDenumire serviciu\tCod\tNr. locuri\tBuget local (lei)\t{header}\n"
                   "1.\tCentrul de zi Lizuca\t8891 CZ-C-II\t20\t240.000\t1.140\n"
                   "2.\tCămin pentru vârstnici Vale\t8730 CR-V-I\t40\t1.900.000\t5.200\n")
    fields = map_table_columns(rt, SPEC_OF_KIND[SERVICES_EXISTING]).fields
    assert fields.get("budget_local_lei") == 4 and 5 in (fields.get("unit_cost"), fields.get("unit_contribution"))
    assert not {"budget_beneficiaries_lei", "budget_unsourced", "beneficiaries"} & set(fields)


def test_two_amounts_per_head_beside_the_budgets_and_a_group_header_near_a_source_phrase_map_to_no_budget():
    # the cost and the contribution per head in one table: neither is a count of beneficiaries
    rt = _resolved("Nr. crt\tDenumire serviciu social\tCod\tCapacitatea aprobată\tCost mediu lunar/beneficiar (lei)\t"
                   "Buget local (mii lei)\tContribuția lunară a beneficiarului (lei/lună)\n"
                   "1.\tCentrul de zi Lizuca\t8891 CZ-C-II\t20\t860\t318\t-\n"
                   "2.\tCămin pentru vârstnici Vale\t8730 CR-V-I\t40\t5.200\t1.900\t1.740\n")
    fields = map_table_columns(rt, SPEC_OF_KIND[SERVICES_EXISTING]).fields
    assert fields.get("capacity") == 3 and fields.get("budget_local_lei") == 5
    assert {fields.get("unit_cost"), fields.get("unit_contribution")} == {4, 6} and "beneficiaries" not in fields
    # 'Sume alocate pe surse de finanțare' over the amounts approved and paid: one letter from 'alte surse de
    # finanțare', but a group header names none of its columns' sources
    rt = _resolved("Nr. crt.\tDenumirea serviciului social\tCod\tSume alocate pe surse de finanțare\t\n"
                   "\t\t\tBuget aprobat\tPlăți efectuate\n"
                   "1.\tCentrul de zi Lizuca\t8891 CZ-C-II\t551\t481\n2.\tCămin Vale\t8730 CR-V-I\t3.494\t3.210\n")
    assert not {f for f in map_table_columns(rt, SPEC_OF_KIND[SERVICES_EXISTING]).fields if f.startswith("budget")}


def test_the_beneficiaries_monthly_contributions_between_the_sources_are_a_source():
    # no group header over the sources: 'Contribuție lunară beneficiari' (the beneficiaries, plural) between the
    # local budget and the other sources is the service's income from them, while one beneficiary's monthly
    # contribution ('… a beneficiarului (lei/lună)') stays a rate per head
    rt = _resolved("Nr. crt.\tServiciul social\tCapacitate\tBugetul local\tContribuție lunară beneficiari\tAlte surse\n"
                   "1.\tCentrul de zi Lizuca\t20\t240.000\t21.100\t5.000\n"
                   "2.\tCămin pentru vârstnici Vale\t40\t1.900.000\t62.600\t-\n")
    fields = map_table_columns(rt, SPEC_OF_KIND[SERVICES_EXISTING]).fields
    assert fields.get("budget_beneficiaries_lei") == 4 and "unit_contribution" not in fields
    rt = _resolved("Nr. crt.\tServiciul social\tCapacitate\tBugetul local\t"
                   "Contribuția lunară a beneficiarului (lei/lună)\tAlte surse\n"
                   "1.\tCentrul de zi Lizuca\t20\t240.000\t318\t5.000\n"
                   "2.\tCămin pentru vârstnici Vale\t40\t1.900.000\t1.740\t-\n")
    fields = map_table_columns(rt, SPEC_OF_KIND[SERVICES_EXISTING]).fields
    assert fields.get("unit_contribution") == 4 and "budget_beneficiaries_lei" not in fields


def test_a_monthly_contribution_under_the_budgets_sources_is_a_source_and_a_subsidy_per_head_keeps_its_table():
    # 'Contribuție lunară beneficiari' under 'Bugetul estimat pe surse de finanțare' is the contributions' share of
    # the budget, not what one beneficiary owes
    rt = _resolved("Nr.\tDenumirea serviciului social\tCod serviciu\tCapacitate\t"
                   "Bugetul estimat pe surse de finanțare (lei)\t\t\n"
                   "\t\t\t\tBuget local\tTransferuri de la bugetul de stat\tContribuție lunară beneficiari\n"
                   "1.\tCentrul de zi Lizuca\t8891 CZ-C-II\t20\t240.000\t30.000\t36.900\n"
                   "2.\tCămin pentru vârstnici Vale\t8730 CR-V-I\t40\t1.900.000\t-\t62.600\n")
    fields = map_table_columns(rt, SPEC_OF_KIND[SERVICES_EXISTING]).fields
    assert fields.get("budget_beneficiaries_lei") == 6 and "unit_cost" not in fields
    # a Law 34/1998 programme paying an amount per beneficiary a month stays a subsidies table
    rt = _resolved("D. Programul de subvenționare\n\nNr. crt.\tAsociația / Fundația\tUnitatea subvenționată\t"
                   "Număr de beneficiari lunar\tCuantum lunar per beneficiar (lei)\tNr. luni\t"
                   "Valoarea subvenției pentru anul 2019\n"
                   "1.\tAsociația Alfa\tCentrul de zi Beta\t20\t300\t12\t72.000\n"
                   "2.\tFundația Gama\tCantina Delta\t40\t150\t12\t72.000\n"
                   "3.\tAsociația Epsilon\tCămin Zeta\t12\t400\t12\t57.600\n")
    assert classify_table(rt, SUBSIDIES) == SUBSIDIES
