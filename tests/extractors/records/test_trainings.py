"""Chapter III: training kind from the sub-heading, staff rows, TOTAL rows, list-written sub-sections."""
from decimal import Decimal

from records_testkit import Heading, ListItem, Paragraph, run, table

CH3 = Heading(text="Capitolul III - Programul de formare și îndrumare metodologică a personalului")


def test_kind_from_subheading_and_totals_per_table_and_grand_total():
    res = run(CH3,
              Heading(text="a) Cursuri de perfecționare"),
              table([["Categoria de personal", "Nr. de persoane", "Buget estimat (lei)"],
                     ["Asistenți sociali", "5", "2.500"],
                     ["Psihologi", "2", "1.000"],
                     ["TOTAL", "7", "3.500"]], line=100),
              Heading(text="b) Cursuri de calificare"),
              table([["Nr.", "Meseria / ocupația", "Nr. persoane", "Cost"],
                     ["1", "Bucătar", "1", "700 lei"],
                     ["", "Total", "", "700 lei"],
                     ["", "TOTAL GENERAL", "8", "4.200 lei"]], line=200))
    kinds = [(r.training_kind, r.staff_category, r.persons, r.budget_lei) for r in res.trainings]
    assert kinds == [("perfectionare", "Asistenți sociali", 5, Decimal("2500.00")),
                     ("perfectionare", "Psihologi", 2, Decimal("1000.00")),
                     ("calificare", "Bucătar", 1, Decimal("700.00"))]
    by_scope = {(t.source_table, t.source_field, t.amount): t.matches for t in res.totals if t.source_dataset == "trainings"}
    assert by_scope[(1, "budget_lei", Decimal("3500.00"))] is True
    assert by_scope[(1, "persons", Decimal("7"))] is True
    assert by_scope[(2, "budget_lei", Decimal("700.00"))] is True
    assert by_scope[(None, "budget_lei", Decimal("4200.00"))] is True  # grand total over every training row
    assert by_scope[(None, "persons", Decimal("8"))] is True


def test_training_total_that_does_not_add_up_is_reported():
    res = run(CH3, Heading(text="c) Sesiuni de instruire pentru:"),
              table([["Nr. crt.", "Tipuri de personal", "Nr. persoane", "Buget estimat"],
                     ["1.", "Asistenți personali", "40", "4.000 lei"],
                     ["2.", "Voluntari", "10", "1.000 lei"],
                     ["", "TOTAL", "", "6.000 lei"]]))
    [t] = [t for t in res.totals if t.source_dataset == "trainings"]
    assert t.matches is False and t.computed == Decimal("5000.00")
    assert all("total_mismatch" in r.warnings and r.training_kind == "instruire" for r in res.trainings)


def test_peer_review_topics_and_item_numbers_in_the_category_cell():
    res = run(CH3, Heading(text="c) sesiuni de instruire pentru:"),
              table([["Categorii de personal", "Nr. de persoane", "Buget estimat"],
                     ["c.1. personalul din centre", "angajații centrelor", "buget propriu"],
                     ["c.2. asistenți personali - nu este cazul;", "", ""],
                     ["c.3. voluntari", "12", "-"]]),
              Heading(text="d) organizarea de întâlniri de tip peer review"),
              table([["Teme de interes", "Nr. de persoane", "Buget estimat"],
                     ["Managementul de caz", "15", "buget propriu"]], line=300))
    rows = [(r.training_kind, r.row_no_raw, r.staff_category, r.persons) for r in res.trainings]
    assert rows == [("instruire", "c.1.", "personalul din centre", None), ("instruire", "c.3.", "voluntari", 12),
                    ("other", None, "Managementul de caz", 15)]
    assert res.trainings[0].budget_lei is None and res.trainings[0].budget_raw == "buget propriu"


def test_row_without_digits_under_a_header_only_table():
    res = run(CH3, Heading(text="a) cursuri de perfecționare"),
              table([["", "Nr. de persoane", "Buget estimat"], ["Personalul de specialitate", "-", "-"]]))
    [r] = res.trainings
    assert (r.training_kind, r.staff_category, r.persons, r.budget_lei) == ("perfectionare", "Personalul de specialitate",
                                                                             None, None)


def test_list_written_subsection_without_table():
    res = run(CH3, Heading(text="c) sesiuni de instruire pentru:"),
              ListItem(text="c.1. asistenți personali;", marker="-"),
              ListItem(text="c.2. îngrijitori informali - nu este cazul", marker="-"),
              Heading(text="d) întâlniri de tip peer review: nu este cazul"))
    assert [(r.training_kind, r.row_no_raw, r.staff_category) for r in res.trainings] == [
        ("instruire", "c.1.", "asistenți personali")]


def test_list_items_followed_by_the_subsections_table_are_not_doubled():
    res = run(CH3, Heading(text="c) sesiuni de instruire"),
              ListItem(text="c.1. personalul din centre", marker="-"),
              table([["Nr. crt.", "Tipuri de personal", "Nr. persoane", "Buget estimat"],
                     ["1.", "Personalul din centre", "30", "3.000 lei"]]))
    assert [r.staff_category for r in res.trainings] == ["Personalul din centre"]


def test_sub_heading_letter_in_capitals_and_items_as_plain_paragraphs():
    # 'C)' as typed (or as OCR reads 'c)'), the item a plain paragraph
    res = run(CH3, "C) sesiuni de instruire pentru:", "c.1. mediatori sanitari;",
              Heading(text="d) întâlniri de tip peer review"))
    assert [(r.training_kind, r.row_no_raw, r.staff_category) for r in res.trainings] == [
        ("instruire", "c.1.", "mediatori sanitari")]


def test_budget_with_qualifiers_gives_the_amount():
    res = run(CH3, Heading(text="a) Cursuri de perfecționare"),
              table([["Categoria de personal", "Nr. de persoane", "Buget estimat"],
                     ["Asistenți sociali", "5", "6.000 lei pentru 5 persoane"],
                     ["Psihologi", "2", "bugetat cu suma de 2.000 lei/an"],
                     ["Educatori", "3", "1.200 lei/persoană"]]))
    got = [(r.persons, r.budget_lei) for r in res.trainings]
    assert got == [(5, Decimal("6000.00")), (2, Decimal("2000.00")), (3, Decimal("1200.00"))]
    # a cost per head is no budget for the row: read as printed, said so
    assert "amount_per_beneficiary" in res.trainings[2].warnings
    assert "amount_per_beneficiary" not in res.trainings[0].warnings


REPORT = "RAPORT privind stadiul implementării Planului anual de acțiune privind serviciile sociale al Comunei Exemplu pentru anul 2023"


def test_kinds_as_columns_give_one_row_per_kind_with_a_head_count():
    res = run(REPORT, Heading(text="3. Formarea profesională a personalului"),
              table([["Nr. crt.", "Funcția", "Perfecționare (nr. persoane)", "Instruire (nr. persoane)"],
                     ["1.", "Asistent social", "4", "-"],
                     ["2.", "Îngrijitor", "2", "11"],
                     ["3.", "Șofer", "0", "3"]]))
    got = sorted((r.staff_category, r.training_kind, r.persons) for r in res.trainings)
    assert got == [("Asistent social", "perfectionare", 4), ("Îngrijitor", "instruire", 11),
                   ("Îngrijitor", "perfectionare", 2), ("Șofer", "instruire", 3)]
    assert {r.row_no_raw for r in res.trainings if r.staff_category == "Îngrijitor"} == {"2."}


def test_a_column_naming_the_kind_of_each_row_gives_the_row_its_kind():
    res = run(REPORT, Heading(text="3. Formarea profesională a personalului"),
              table([["Nr. crt.", "Categoria de personal", "Forma de organizare", "Nr. participanți", "Cost (lei)"],
                     ["1.", "Referent", "curs de perfecționare", "5", "2.500"],
                     ["2.", "Bucătar", "curs de calificare", "1", "900"],
                     ["3.", "Asistent personal", "sesiune de instruire", "30", "1.200"]]))
    got = [(r.staff_category, r.training_kind, r.persons) for r in res.trainings]
    assert got == [("Referent", "perfectionare", 5), ("Bucătar", "calificare", 1),
                   ("Asistent personal", "instruire", 30)]


def test_a_table_of_professional_categories_under_a_staff_training_heading_is_a_training_table():
    res = run(REPORT, Heading(text="Capitolul III – Formarea personalului"),
              table([["Nr. crt.", "Categoria profesională", "Forma de pregătire", "Număr participanți", "Cost (lei)"],
                     ["1.", "Asistent medical", "perfecționare", "21", "5.200"],
                     ["2.", "Îngrijitor la domiciliu", "sesiune de instruire", "4", "4.900"]]))
    got = [(r.staff_category, r.training_kind, r.persons, r.budget_lei) for r in res.trainings]
    assert got == [("Asistent medical", "perfectionare", 21, Decimal("5200.00")),
                   ("Îngrijitor la domiciliu", "instruire", 4, Decimal("4900.00"))]


def test_a_topic_column_that_mentions_a_kind_does_not_override_the_sub_heading():
    res = run(CH3, Heading(text="a) Cursuri de perfecționare"),
              table([["Categoria de personal", "Tematica", "Nr. de persoane", "Buget estimat (lei)"],
                     ["Asistenți sociali", "Instruire privind prevenirea abuzurilor asupra vârstnicilor", "5", "2.500"],
                     ["Îngrijitori", "Instruire în acordarea primului ajutor la domiciliu", "3", "900"]]))
    assert {r.training_kind for r in res.trainings} == {"perfectionare"}


def test_courses_listed_one_per_item_with_their_kind_staff_and_head_count():
    """A report lists the courses held, one per item: the kind of course the item names, the staff category and
    the head count it states ('– 22 psihologi', '9 îngrijitori au participat …', '49 participanți (educatori)')."""
    res = run(Heading(text="5. Formarea și perfecționarea personalului"),
              Paragraph(text="În anul 2024 au fost realizate următoarele activități de formare profesională:"),
              ListItem(text="curs de perfecționare „Prim ajutor” – 22 psihologi;", marker="-"),
              ListItem(text="9 îngrijitori au participat la cursul de calificare privind igiena;", marker="-"),
              Paragraph(text="3. Sesiune de instruire: Protecția datelor, 49 participanți (educatori);"),
              ListItem(text="sesiune de instruire privind legislația nouă;", marker="-"))  # no head count: no row
    rows = [(r.training_kind, r.staff_category, r.persons) for r in res.trainings]
    assert rows == [("perfectionare", "psihologi", 22), ("calificare", "îngrijitori", 9),
                    ("instruire", "educatori", 49)]


def test_a_count_of_staff_in_a_sentence_is_no_course_row():
    """A sentence of running prose ('14 angajați au participat la cursuri …') states a count, not a list of courses."""
    res = run(Heading(text="Formarea profesională a personalului"),
              Paragraph(text="În anul 2024, 14 angajați au participat la cursuri de perfecționare profesională."))
    assert res.trainings == []


def test_sessions_listed_with_the_staff_they_trained_are_counts_not_courses():
    """A session told with its date, theme and the staff it trained names no course: the item's clause that counts
    the staff names no kind of course (who ran it is said after); a course named in that clause stays a row."""
    res = run(REPORT, Heading(text="V. Instruirea asistenților personali"),
              Paragraph(text="În semestrul II au fost organizate două sesiuni de instruire a asistenților personali:"),
              ListItem(text="17.08.2023 – „Prim ajutor” (8 ore) – 30 asistenți personali instruiți; instruirea a "
                            "fost realizată de un medic de familie din localitate;", marker="-"),
              ListItem(text="06.10.2023 – „Prevenirea abuzului” (4 ore) – 22 asistenți personali instruiți; "
                            "instruirea a fost realizată de asistentul social al compartimentului;", marker="-"))
    assert res.trainings == []
    res = run(Heading(text="5. Formarea personalului"),
              ListItem(text="„Prim ajutor” (perfecționare) – participanți: 12 psihologi; furnizor: Crucea Roșie;",
                       marker="-"))
    assert [(r.training_kind, r.staff_category, r.persons) for r in res.trainings] == [
        ("perfectionare", "psihologi", 12)]


def test_employees_and_participants_are_the_persons_under_a_continuous_training_chapter():
    res = run(Heading(text="Cap. 6 – Formarea continuă a personalului"),
              table([["Nr. crt.", "Personal", "Tip curs", "Tematica", "Nr. angajați", "Costuri (lei)"],
                     ["1.", "îngrijitori la domiciliu", "perfecționare", "Managementul de caz", "24", "11.100"],
                     ["2.", "psihologi", "sesiune de instruire", "Prim ajutor", "3", "8.500"]]))
    got = [(r.training_kind, r.staff_category, r.persons, r.budget_lei) for r in res.trainings]
    assert got == [("perfectionare", "îngrijitori la domiciliu", 24, Decimal("11100.00")),
                   ("instruire", "psihologi", 3, Decimal("8500.00"))]


def test_courses_listed_with_their_cost_and_the_staff_named_before_a_colon():
    res = run(Heading(text="Cap. 6 – Formarea continuă a personalului"),
              ListItem(text="curs de perfecționare „Prevenirea violenței” pentru 4 mediatori sanitari – 1.600 lei;",
                       marker="-"),
              ListItem(text="psihologi: instruire „Prim ajutor”, 3 persoane – 900 lei;", marker="-"),
              ListItem(text="5 asistenți sociali vor participa la cursul de calificare „Lucrător social” – fără costuri;",
                       marker="-"))
    got = [(r.training_kind, r.staff_category, r.persons, r.budget_lei) for r in res.trainings]
    assert got == [("perfectionare", "mediatori sanitari", 4, Decimal("1600.00")),
                   ("instruire", "psihologi", 3, Decimal("900.00")),
                   ("calificare", "asistenți sociali", 5, None)]


def test_a_column_headed_as_the_kind_of_training_gives_each_row_the_kind_it_names():
    # 'Tipul formării' says the column holds kinds: a row naming one ('Perfecționare profesională') has it even
    # when another row's course is worded in no kind the vocabulary knows ('Curs de prim ajutor')
    res = run(REPORT, Heading(text="5. Formarea profesională a personalului"),
              table([["Nr. crt.", "Tipul formării", "Categoria de personal", "Nr. persoane", "Cost (lei)"],
                     ["1.", "Perfecționare profesională", "Îngrijitori la domiciliu", "6", "-"],
                     ["2.", "Curs de prim ajutor", "Inspectori sociali", "9", "-"],
                     ["3.", "Cursuri de calificare", "Asistenți medicali", "11", "1.400"]]))
    got = [(r.staff_category, r.training_kind, r.persons) for r in res.trainings]
    assert got == [("Îngrijitori la domiciliu", "perfectionare", 6), ("Inspectori sociali", "other", 9),
                   ("Asistenți medicali", "calificare", 11)]


def test_kinds_named_in_the_plural_are_the_kinds():
    # 'Instruiri interne', 'Cursuri de calificări', 'Perfecționări': the plural names the kind as the singular does;
    # 'personal calificat' (qualified staff) names none
    res = run(REPORT, Heading(text="3. Formarea profesională a personalului"),
              table([["Nr. crt.", "Tipul formării", "Categoria de personal", "Nr. persoane"],
                     ["1.", "Instruiri interne", "Îngrijitori la domiciliu", "8"],
                     ["2.", "Perfecționări", "Asistenți sociali", "3"],
                     ["3.", "Calificări", "Personal calificat", "2"]]))
    got = [(r.staff_category, r.training_kind, r.persons) for r in res.trainings]
    assert got == [("Îngrijitori la domiciliu", "instruire", 8), ("Asistenți sociali", "perfectionare", 3),
                   ("Personal calificat", "calificare", 2)]


def test_courses_listed_under_a_plan_of_staff_training_with_supervision_as_another_kind():
    # 'Planul de formare a personalului' is the training chapter; supervision of the staff is a training of its own
    res = run(Heading(text="Anexa nr. 6 – Planul de formare a personalului"),
              ListItem(text="curs de perfecționare – „Comunicarea cu copilul” – 9 psihologi, buget estimat 3.500 lei;",
                       marker="-"),
              ListItem(text="supervizare – „Supervizarea echipelor de caz” – 12 asistenți sociali;", marker="-"))
    got = [(r.training_kind, r.staff_category, r.persons, r.budget_lei) for r in res.trainings]
    assert got == [("perfectionare", "psihologi", 9, Decimal("3500")), ("other", "asistenți sociali", 12, None)]


def test_the_staff_column_beside_a_column_of_course_subjects():
    # 'Tematica' names what the course is about; 'Grup țintă (personal)' who attends it
    res = run(CH3, table([["Nr. crt.", "Forma de pregătire", "Tematica", "Grup țintă (personal)", "Număr participanți",
                           "Buget estimat"],
                          ["1.", "perfecționare", "Intervenția în situații de abuz", "educatori", "12", "5.600 lei"]]))
    [t] = res.trainings
    assert (t.training_kind, t.staff_category, t.persons) == ("perfectionare", "educatori", 12)


TRAINING_REPORT = "Raportul privind realizarea programului de perfecționare profesională – anul 2025"


def test_a_report_of_courses_with_planned_and_realised_head_counts_gives_the_count_trained():
    # a directorate's report on its staff training: the persons of a course are those trained, not those planned
    # (two header rows, or one); its table says so by its header and its kind column worded freely
    two_rows = run(TRAINING_REPORT,
                   table([["Nr. crt.", "Tema", "Funcția", "Tipul programului", "Număr de participanți", "",
                           "Cheltuieli efective (lei)"],
                          ["", "", "", "", "planificat", "realizat", ""],
                          ["1.", "Prim ajutor", "asistenți sociali", "instruire internă", "32", "31", "gratuit"],
                          ["2.", "Protecția datelor", "personal administrativ", "curs de perfecționare", "40", "36",
                           "17.900"]]))
    one_row = run(TRAINING_REPORT,
                  table([["Nr. crt.", "Denumirea cursului", "Grupul țintă", "Tipul formării",
                          "Nr. participanți planificați", "Nr. persoane care au absolvit", "Cost realizat"],
                         ["1.", "Prim ajutor", "asistenți sociali", "instruire", "32", "31", "-"],
                         ["2.", "Protecția datelor", "referenți", "perfecționare", "40", "36", "17.900 lei"]]))
    for res in (two_rows, one_row):
        got = [(r.training_kind, r.staff_category, r.persons) for r in res.trainings]
        assert got == [("instruire", "asistenți sociali", 31), ("perfectionare", got[1][1], 36)], got
    assert one_row.trainings[1].budget_lei == Decimal("17900.00")


def test_a_plan_whose_only_head_count_is_the_planned_one():
    res = run(Heading(text="Planul anual de formare profesională a personalului"),
              table([["Nr. crt.", "Categoria de personal", "Tipul formării", "Nr. participanți planificați"],
                     ["1.", "psihologi", "perfecționare", "8"]]))
    assert [(r.staff_category, r.persons) for r in res.trainings] == [("psihologi", 8)]


def test_forms_of_training_the_contract_does_not_name_are_another_kind():
    # specialisation, initiation, seminars, conferences: 'other'; a kind column under a header the vocabulary
    # lacks is read by its cells
    res = run(Heading(text="III. Acțiuni de formare planificate"),
              table([["Nr.", "Tema", "Personalul vizat", "Modalitatea de formare", "Nr. participanți"],
                     ["1.", "Terapie ocupațională", "educatori specializați", "curs de specializare", "4"],
                     ["2.", "Abilitare și reabilitare", "kinetoterapeuți", "curs de inițiere", "3"],
                     ["3.", "Conferința națională a asistenților sociali", "asistenți sociali", "conferință", "6"],
                     ["4.", "Managementul de caz", "asistenți sociali", "Perfecționare", "12"],
                     ["5.", "Limbaj mimico-gestual", "educatori", "seminar", "5"]]))
    got = [(r.training_kind, r.staff_category, r.persons) for r in res.trainings]
    assert got == [("other", "educatori specializați", 4), ("other", "kinetoterapeuți", 3),
                   ("other", "asistenți sociali", 6), ("perfectionare", "asistenți sociali", 12),
                   ("other", "educatori", 5)]


def test_the_course_name_column_is_no_staff_category():
    # 'Tema / denumirea programului de formare' names the course; 'Grupul țintă' who attends it
    res = run(Heading(text="III. Programul de formare profesională pentru anul 2024"),
              table([["Nr.", "Tema / denumirea programului de formare", "Grupul țintă", "Tipul formării",
                      "Nr. participanți"],
                     ["1.", "Prevenirea violenței domestice", "psihologi, asistenți sociali", "perfecționare", "8"],
                     ["2.", "Prim ajutor", "infirmiere", "instruire", "20"]]))
    assert [r.staff_category for r in res.trainings] == ["psihologi, asistenți sociali", "infirmiere"]


def test_head_counts_per_kind_with_a_column_of_another_form_and_one_of_the_staff_employed():
    # 'Specializare' heads a column of head counts as 'Perfecționare' does; 'Nr. total angajați' is the staff
    # employed in the category, no trainees
    res = run(Heading(text="III. Acțiuni de formare planificate"),
              table([["Nr. crt.", "Categoria de personal", "Nr. total angajați", "Perfecționare", "Specializare"],
                     ["1.", "Asistenți sociali", "66", "20", "-"],
                     ["2.", "psihologi", "12", "-", "7"]]))
    got = sorted((r.staff_category, r.training_kind, r.persons) for r in res.trainings)
    assert got == [("Asistenți sociali", "perfectionare", 20), ("psihologi", "other", 7)]


def test_one_kind_heading_a_column_of_head_counts():
    res = run(Heading(text="III. Acțiuni de formare planificate"),
              table([["Nr. crt.", "Categoria de personal", "Personal existent", "Cursuri de calificare"],
                     ["1.", "infirmiere", "40", "4"],
                     ["2.", "îngrijitori", "25", "-"]]))
    assert [(r.staff_category, r.training_kind, r.persons) for r in res.trainings] == [("infirmiere", "calificare", 4)]


def test_a_table_per_staff_category_takes_the_category_from_its_heading():
    # the courses of one category under its heading: no staff column; the kind column is no staff category
    res = run(Heading(text="III. Planificarea activităților de formare profesională"),
              Heading(text="Categoria de personal: îngrijitori la domiciliu (cod COR 532201)"),
              table([["Nr. crt", "Tematica", "Forma de pregătire", "Număr estimat de participanți", "Perioada"],
                     ["1.", "Prevenirea violenței domestice", "program de perfecționare", "27", "semestrul II"]]),
              Heading(text="2. Asistenți personali ai persoanelor cu handicap grav"),
              Paragraph(text="Sumele sunt exprimate în lei."),
              table([["Nr. crt.", "Denumirea cursului", "Tipul formării", "Nr. persoane", "Durata programului"],
                     ["1.", "Mediator sanitar", "calificare", "2", "120 ore"]], line=200))
    got = [(r.training_kind, r.staff_category, r.persons) for r in res.trainings]
    assert got == [("perfectionare", "îngrijitori la domiciliu", 27), ("calificare", "Asistenți personali ai persoanelor cu handicap grav", 2)]


def test_the_count_of_staff_employed_is_no_staff_category_column():
    # 'Personal existent' counts the staff of the category; 'Funcția' names it
    res = run(Heading(text="III. Programul de formare profesională pentru anul 2021"),
              table([["Nr. crt.", "Funcția", "Cod COR", "Personal existent", "Instruire", "Supervizare"],
                     ["1.", "Psihologi", "263411", "47", "3", "-"],
                     ["2.", "Îngrijitori la domiciliu", "532201", "63", "-", "18"]]))
    got = [(r.staff_category, r.training_kind, r.persons) for r in res.trainings]
    assert got == [("Psihologi", "instruire", 3), ("Îngrijitori la domiciliu", "other", 18)]


def test_a_course_listed_for_several_staff_categories_keeps_them_all():
    res = run(Heading(text="III. Acțiuni de formare planificate"),
              Paragraph(text="1. Curs de perfecționare „Etica profesională” pentru 36 personal de conducere, "
                             "inspectori de specialitate – semestrul I, 40 ore; fără costuri;"),
              Paragraph(text="2. „GDPR” (perfecționare) – participanți: 41 infirmiere, psihologi; furnizor: "
                             "formatori proprii; cost estimat: 3.400 lei;"),
              Paragraph(text="3. Infirmiere, psihologi: instruire „Prim ajutor”, 12 persoane, 8 ore;"))
    got = [(r.row_no_raw, r.training_kind, r.staff_category, r.persons) for r in res.trainings]
    assert got == [("1.", "perfectionare", "personal de conducere, inspectori de specialitate", 36),
                   ("2.", "perfectionare", "infirmiere, psihologi", 41),
                   ("3.", "instruire", "Infirmiere, psihologi", 12)]


def test_one_course_under_its_category_heading_with_a_bare_number_column_and_a_topic_headed_tema():
    # a one-row table (the courses printed one table each): 'Nr.' holds the row number, 'Tema' the course, the
    # category is the heading's
    res = run(Heading(text="III. Planificarea activităților de formare profesională"),
              Heading(text="1. Inspectori de specialitate"),
              table([["Nr.", "Tema", "Modalitatea de formare", "Număr de persoane", "Cost estimat (lei)"],
                     ["1.", "Managementul stresului", "atelier de lucru (workshop)", "12", "4.300"]]))
    [t] = res.trainings
    assert (t.training_kind, t.staff_category, t.persons, t.budget_lei) == ("other", "Inspectori de specialitate", 12,
                                                                             Decimal("4300.00"))


def test_a_reports_spending_column_is_the_budget_and_the_staff_employed_no_total_of_trainees():
    res = run(TRAINING_REPORT,
              table([["Nr. crt.", "Tema", "Funcția", "Tipul formării", "Nr. participanți instruiți",
                      "Cheltuieli efective"],
                     ["1.", "Prim ajutor", "asistenți sociali", "instruire", "31", "2.300"]]),
              Heading(text="Situația participării pe categorii de personal"),
              table([["Nr. crt.", "Categoria profesională", "Nr. total angajați", "Perfecționare", "Instruire"],
                     ["1.", "psihologi", "85", "-", "21"],
                     ["", "TOTAL", "85", "-", "21"]], line=200))
    assert res.trainings[0].budget_lei == Decimal("2300.00")
    assert not [t for t in res.totals if t.source_dataset == "trainings" and t.amount == Decimal("85")]


def test_a_column_headed_as_the_type_of_the_training_programme_holds_kinds_not_topics():
    res = run(Heading(text="Formarea profesională a personalului"),
              table([["Nr. crt.", "Personal vizat", "Tipul programului de formare", "Număr participanți"],
                     ["1.", "asistenți sociali", "curs de perfecționare", "6"],
                     ["2.", "infirmiere", "curs de calificare", "3"]]))
    assert [(r.training_kind, r.persons) for r in res.trainings] == [("perfectionare", 6), ("calificare", 3)]


REPORT = "RAPORT privind activitatea asistenților personali ai persoanelor cu handicap grav în semestrul II 2023"


def test_sessions_held_for_one_staff_category_named_in_the_head_count_header():
    # a table of the sessions held: the staff trained appear only in the head-count header; the theme is the
    # course's subject, not who was trained; the heading and the sentence above name the instruction
    res = run(REPORT, Heading(text="V. Instruirea asistenților personali"),
              "În semestrul II au fost organizate două sesiuni de instruire a asistenților personali.",
              table([["Nr. crt.", "Data", "Tema instruirii", "Durata (ore)", "Nr. asistenți personali instruiți",
                      "Formator"],
                     ["1.", "25.08.2023", "Acordarea primului ajutor", "2", "98", "un medic de familie"],
                     ["2.", "25.10.2023", "Prevenirea abuzului", "8", "105", "asistentul social al compartimentului"]]))
    got = [(r.training_kind, r.staff_category, r.persons) for r in res.trainings]
    assert got == [("instruire", "asistenți personali", 98), ("instruire", "asistenți personali", 105)]
    # the same with the theme as 'Tematica' and the trainees as participants
    res = run(REPORT, Heading(text="V. Formarea asistenților personali"),
              table([["Nr. crt.", "Data", "Tematica", "Durata (ore)", "Număr asistenți personali participanți",
                      "Instruirea realizată de"],
                     ["1.", "25.08.2023", "Acordarea primului ajutor", "2", "31", "un medic de familie"]]))
    assert [(r.staff_category, r.persons) for r in res.trainings] == [("asistenți personali", 31)]


def test_who_ran_the_sessions_is_no_staff_category():
    # 'Instruirea realizată de' holds the trainers ('asistentul social al compartimentului' reads like staff)
    res = run(REPORT, Heading(text="V. Formarea asistenților personali"),
              table([["Nr. crt.", "Data", "Tema instruirii", "Durata (ore)", "Număr asistenți personali participanți",
                      "Instruirea realizată de"],
                     ["1.", "06.01.2024", "Alimentația persoanei cu nevoi speciale", "8", "14",
                      "Asociația „Sprijin și Speranță” Mureș"],
                     ["2.", "19.04.2024", "Drepturile asistentului personal", "3", "33",
                      "asistentul social al compartimentului"],
                     ["3.", "27.05.2024", "Acordarea primului ajutor", "2", "50",
                      "asistentul social al compartimentului"]]))
    assert [(r.staff_category, r.persons) for r in res.trainings] == [
        ("asistenți personali", 14), ("asistenți personali", 33), ("asistenți personali", 50)]


def test_a_head_count_of_employees_names_no_category_the_heading_does():
    res = run(Heading(text="III. Planificarea formării"),
              Heading(text="B. Programul de formare pentru asistenți personali ai persoanelor cu handicap grav"),
              table([["Nr. crt", "Programul de formare", "Tipul formării", "Nr. angajați", "Furnizor",
                      "Cost estimat (lei)"],
                     ["1.", "Prevenirea riscurilor de sufocare", "Instruire la locul de muncă", "20 pers.",
                      "formatori interni ai direcției", "fără costuri"]]))
    assert [(r.training_kind, r.staff_category, r.persons) for r in res.trainings] == [
        ("instruire", "asistenți personali ai persoanelor cu handicap grav", 20)]


def test_a_bare_head_count_column_does_not_make_a_trainings_table():
    # the persons who chose an indemnity, by category of beneficiaries: a report's counts, no training
    res = run(REPORT, Heading(text="III. Beneficiarii"),
              table([["Categoria de beneficiari", "Nr. asistenți personali",
                      "Nr. persoane care au optat pentru indemnizație"],
                     ["Persoane adulte", "10", "9"], ["Copii", "5", "3"], ["TOTAL", "15", "12"]]))
    assert res.trainings == []


def test_a_course_table_with_a_money_column_is_a_trainings_table():
    # 'Valoare estimată' and 'Sursa de finanțare' are the contracting programme's words too: the course's name,
    # whom it trains and its credits say the table lists courses
    res = run("Planul anual de formare profesională continuă a personalului pentru anul 2024",
              Heading(text="III. Planificarea activităților de formare profesională"),
              Heading(text="Cursuri de specializare"),
              table([["Nr. crt.", "Tema / denumirea programului de formare", "Funcția", "Număr de persoane",
                       "Perioada", "Nr. credite", "Valoare estimată (lei)", "Sursa de finanțare"],
                     ["1.", "Managementul stresului", "educatori specializați", "12", "trim. II", "15", "3.600",
                      "bugetul local"]]))
    assert res.procurements == []
    assert [(r.staff_category, r.persons, r.budget_lei) for r in res.trainings] == [
        ("educatori specializați", 12, Decimal("3600.00"))]
    res = run("Planul anual de formare profesională continuă a personalului pentru anul 2024",
              table([["Nr.", "Denumirea cursului", "Grupul țintă", "Tipul programului", "Valoare estimată",
                      "Sursa"],
                     ["1.", "Managementul stresului", "psihologi", "perfecționare", "2.000 lei", "buget local"]]))
    assert res.procurements == []
    assert [(r.training_kind, r.staff_category) for r in res.trainings] == [("perfectionare", "psihologi")]
    # a bare head count beside the theme, the money column and its source, nothing above naming training: still the
    # courses
    res = run("Anexa nr. 2",
              table([["Nr.", "Tema", "Funcția", "Nr. persoane", "Valoare estimată (lei)", "Sursa de finanțare"],
                     ["1.", "Managementul stresului", "psihologi", "4", "2.000", "buget local"]]))
    assert res.procurements == []
    assert [(r.staff_category, r.persons) for r in res.trainings] == [("psihologi", 4)]


def test_a_budgets_credits_are_no_courses_credits():
    # 'Credite aprobate | Plăți efectuate' of a budget's execution say nothing of training (a DGASPC's monitoring
    # report's budget table was read as trainings); the credits a course earns do ('Nr. credite', 'Credite CNASR')
    from extractors.classify import _header_text_scores
    from normalizers.text import fold_key
    assert "trainings" not in _header_text_scores(fold_key("Sursa de finanțare | Credite aprobate | Plăți efectuate"))
    assert _header_text_scores(fold_key("Nr. credite"))["trainings"] == 1
    assert _header_text_scores(fold_key("Credite CNASR"))["trainings"] == 1


def test_a_kind_cell_with_a_word_broken_by_a_pdf_line_still_names_its_kind():
    from extractors.records.trainings import course_kind
    from normalizers.text import fold_key
    assert course_kind(fold_key("curs de per fecționare")) == "perfectionare"
    assert course_kind(fold_key("califi care")) == "calificare"
    assert course_kind(fold_key("Managementul de caz în protecția copilului")) is None


def test_a_listed_course_for_a_category_named_with_whom_it_serves():
    # 'asistenți personali ai persoanelor cu handicap grav' is one category (its head is the staff), also before a
    # colon with a second category, and after the head count
    res = run(Heading(text="III. Planul de formare pentru anul 2025"),
              ListItem(text="Asistenți personali ai persoanelor cu handicap grav, referenți: perfecționare „Consilierea "
                            "familiei”, 24 persoane, 16 ore, fără costuri;", marker="-"),
              ListItem(text="Perfecționare „Standarde de calitate” pentru 3 asistenți personali ai persoanelor cu "
                            "handicap grav – semestrul I, 40 ore; cost estimat: 6.000 lei;", marker="-"))
    assert [(r.staff_category, r.persons) for r in res.trainings] == [
        ("Asistenți personali ai persoanelor cu handicap grav, referenți", 24),
        ("asistenți personali ai persoanelor cu handicap grav", 3)]


def test_kinds_as_columns_under_a_group_with_a_word_a_pdf_line_broke():
    res = run(Heading(text="RAPORT privind activitatea de formare profesională a personalului în anul 2019"),
              table([["Nr. crt.", "Grupul țintă", "Nr. total angajați", "Număr de persoane instruite", "", ""],
                     ["", "", "", "Nr. pers. per fecționare", "Cursuri de calificare", "Instruire"],
                     ["1.", "Asistenți sociali", "91", "23", "19", "4"]]))
    assert [(r.training_kind, r.persons) for r in res.trainings] == [
        ("perfectionare", 23), ("calificare", 19), ("instruire", 4)]


def test_a_table_after_the_next_chapter_is_no_course_table():
    # the trainings chapter ends at 'IV. Execuția bugetară': a table of benefits paid there, its 'Nr. persoane' a
    # weak word of courses, gives no trainings
    res = run(Heading(text="RAPORT de monitorizare a implementării Planului anual de acțiune pentru anul 2024"),
              Heading(text="III. Formarea profesională a personalului"),
              table([["Nr.", "Tema cursului", "Grupul țintă", "Nr. persoane"],
                     ["1.", "Managementul cazului", "asistenți sociali", "12"]]),
              Heading(text="IV. Execuția bugetară"), Paragraph(text="(în lei)"),
              table([["Tipul prestației", "Nr. persoane", "Suma plătită"], ["Alocația de susținere", "41", "79.155"],
                     ["Ajutor de urgență", "6", "6.980"]], line=300))
    assert [(r.staff_category, r.persons) for r in res.trainings] == [("asistenți sociali", 12)]
