"""Prose of yearly reports (a mayor's report, a directorate's activity report): wordings of counts the
report families of tests/variants brought up, each written here for the purpose."""
from __future__ import annotations

from decimal import Decimal

from extractors.prose import analyse


def counts(text):
    return [(f.value, f.lemma) for f in analyse(text) if f.kind == "count"]


def test_a_count_after_in_cursul_anului_is_a_count_and_a_year_there_is_not():
    # 'anului' before a figure marks a year ('în cursul anului 2023'), not any number after it
    assert counts("Compartimentul a întocmit în cursul anului 15 dosare pentru venitul minim de incluziune.") == [
        (Decimal(15), "dosar")]
    assert counts("Serviciul a acordat în cursul anului 40 de ajutoare de urgență.") == [(Decimal(40), "ajutor")]
    assert counts("În cursul anului 2023 dosare noi nu au fost depuse.") == []


def test_a_label_opening_with_the_counted_noun_then_its_figure():
    figs = [f for f in analyse("Anchete sociale efectuate: 735.") if f.kind == "count"]
    assert [(f.value, f.lemma) for f in figs] == [(Decimal(735), "anchetă")]
    assert figs[0].phrase == "Anchete sociale efectuate"
    assert counts("anchete sociale – 1.395;") == [(Decimal(1395), "anchetă")]
    assert counts("- copii cu părinți plecați la muncă în străinătate monitorizați: 318;") == [(Decimal(318), "copil")]
    found = analyse("Ajutoare de urgență acordate: 133, în valoare totală de 27.096,36 lei.")
    assert [(f.kind, f.value) for f in found] == [("count", Decimal(133)), ("money", Decimal("27096.36"))]


def test_a_label_then_an_amount_or_a_year_is_no_count():
    assert counts("Cheltuieli efectuate pentru asistență socială - 12.624.099,59 lei") == []
    assert counts("Dosare depuse – 2021") == []
    assert counts("Dosare: 12/2021 privind acordarea alocației") == []
    # the figure must end the label's clause: a number further on belongs to something else
    assert counts("Cereri: 12 luni de la depunere") == []


def test_benefits_paid_per_unit_of_food_and_allowance():
    # nouns of social assistance a report counts: portions of the social canteen, allowances, child benefits
    assert counts("Au fost servite 8.019 porții de hrană la cantina socială.") == [(Decimal(8019), "porție")]
    assert counts("Au fost plătite 351 de indemnizații lunare pentru persoanele cu handicap grav.") == [
        (Decimal(351), "indemnizație")]
    assert counts("S-au solicitat 754 de alocații de stat pentru copii.") == [(Decimal(754), "alocație")]


def test_a_label_and_its_figure_after_another_sentence_of_the_same_paragraph():
    # a PDF line joined to the paragraph above it; bullets run together with semicolons
    assert counts("Compartimentul asigură acordarea beneficiilor sociale. Anchete sociale efectuate: 735.") == [
        (Decimal(735), "anchetă")]
    assert counts("dosare de alocație instrumentate: 339; anchete sociale – 1.395;") == [
        (Decimal(339), "dosar"), (Decimal(1395), "anchetă")]
    # a sentence that only goes on after a colon is no label
    assert counts("Au fost realizate următoarele: dosare depuse: 2021.") == []


def test_a_table_with_years_as_columns_counts_rows_whose_label_names_no_counted_noun():
    from extractors.model import Document
    from extractors.prose import extract_prose
    from extractors.readers.text import parse_text
    from extractors.understanding.build import understand

    text = ("RAPORT DE ACTIVITATE al Direcției de Asistență Socială a Municipiului Vale pe anul 2023\n\n"
            "Activitatea compartimentelor\n\n"
            "Indicator\t2022\t2023\n"
            "Referate de evaluare a persoanelor cu handicap\t345\t87\n"
            "Anchete sociale efectuate\t120\t131\n")
    doc = Document(source_path="t.txt", doc_id="t" * 64, format="txt", blocks=parse_text(text))
    got = sorted((r.value, r.year) for r in extract_prose(understand(doc))["indicators"])
    assert got == [(87, 2023), (120, 2022), (131, 2023), (345, 2022)]


def _report_indicators(text: str) -> list:
    from extractors.model import Document
    from extractors.prose import extract_prose
    from extractors.readers.text import parse_text
    from extractors.understanding.build import understand

    doc = Document(source_path="t.txt", doc_id="t" * 64, format="txt", blocks=parse_text(text))
    return extract_prose(understand(doc))["indicators"]


_MONITORING_TITLE = ("RAPORT privind execuția Planului anual de acțiune privind serviciile sociale al Direcției Generale "
                     "de Asistență Socială și Protecția Copilului Vale pentru anul 2024\n\n"
                     "II. Stadiul realizării obiectivelor și acțiunilor din plan\n\n")


def test_a_monitoring_table_result_written_after_its_status():
    """The plan's monitoring table with the result in the status cell: 'Realizat – 11 asistenți maternali
    atestați', 'Realizat: 50 …', 'Parțial realizat: 7.279 din 9.374 pliante distribuite' (7.279 realised of a target
    of 9.374). A status without a figure states no result."""
    got = _report_indicators(
        _MONITORING_TITLE + "Nr. crt.\tAcțiunea\tTermen\tResponsabil\tIndicatori\tStadiul realizării\n"
        "1.1.\tRecrutarea asistenților maternali\tanual\tServiciul Z\tNumăr asistenți maternali atestați\t"
        "Realizat – 11 asistenți maternali atestați\n"
        "1.2.\tDistribuirea de materiale informative\tpermanent\tServiciul W\tNumăr pliante distribuite\t"
        "Parțial realizat: 7.279 din 9.374 pliante distribuite\n"
        "1.3.\tTransferul beneficiarilor în locuințe protejate\tSemestrul I 2024\tServiciul V\t"
        "Număr beneficiari transferați\tRealizat: 50 beneficiari transferați\n"
        "1.4.\tReabilitarea clădirii\t31.12.2024\tServiciul T\tLucrări recepționate\tNerealizat – lipsa fondurilor\n")
    assert sorted(r.value for r in got) == [11, 50, 7279]


def test_a_monitoring_result_is_about_the_rows_action():
    """The subject of a result in a monitoring table names the row's action (the column headed 'Acțiunea'), not
    only the indicator's name printed nearer the figure."""
    got = _report_indicators(
        _MONITORING_TITLE + "Nr. crt.\tObiectiv\tAcțiunea\tTermen\tResponsabil\tIndicatori (țintă)\tRealizat\tStadiu\n"
        "1.1.\tPrevenirea separării copilului de familie\tEvaluarea copiilor aflați în risc de separare\tlunar\t"
        "Serviciul X\tNumăr copii evaluați – țintă: 200\t245\tRealizat\n"
        "1.2.\t\tConsilierea părinților\t31.12.2024\tServiciul Y\tNr. familii consiliate\t120\tParțial realizat\n")
    by_value = {r.value: r.subject for r in got}
    assert "Evaluarea copiilor aflați în risc de separare" in by_value[245]
    assert "Consilierea părinților" in by_value[120]


def test_the_same_result_in_two_years_of_one_cell_is_two_indicators():
    """'2022: 136 anchete …, 2023: 136 anchete …': the same figure stated for two years is two results."""
    got = _report_indicators(
        _MONITORING_TITLE + "Nr. crt.\tAcțiunea\tTermen\tResponsabil\tStadiu / Rezultat\n"
        "1.\tEfectuarea anchetelor sociale\tlunar\tDAS\t2022: 136 anchete sociale efectuate, "
        "2023: 136 anchete sociale efectuate\n")
    assert sorted((r.year, r.value) for r in got) == [(2022, 136), (2023, 136)]


def test_information_materials_handed_out_are_counted():
    """An information campaign's leaflets, brochures and posters are counted things ('Au fost distribuite 1.381 de
    pliante …')."""
    assert counts("Au fost distribuite 1.381 de pliante și broșuri informative.") == [(Decimal(1381), "pliant")]
    assert counts("S-au distribuit 450 de broșuri și 120 de afișe.") == [(Decimal(450), "broșură"), (Decimal(120), "afiș")]


def test_staff_trained_in_a_monitoring_table_are_about_the_rows_action():
    """A count of staff ('Realizat – 248 angajați instruiți') in a monitoring table: its subject is the row's action."""
    got = _report_indicators(
        _MONITORING_TITLE + "Nr. crt.\tAcțiunea\tTermen\tResponsabil\tIndicatori\tStadiul realizării\n"
        "1.1.\tParticiparea personalului la cursuri de formare profesională\tanual\tServiciul resurse umane\t"
        "Număr angajați instruiți\tRealizat – 248 angajați instruiți\n"
        "1.2.\tRecrutarea asistenților maternali\tanual\tServiciul Z\tNumăr asistenți maternali atestați\t"
        "Realizat – 11 asistenți maternali atestați\n")
    by_value = {r.value: r.subject for r in got}
    assert "Participarea personalului la cursuri de formare profesională" in by_value[248]


def _report_totals(text: str) -> list:
    from extractors.model import Document
    from extractors.prose import extract_prose
    from extractors.readers.text import parse_text
    from extractors.understanding.build import understand

    doc = Document(source_path="t.txt", doc_id="t" * 64, format="txt", blocks=parse_text(text))
    return extract_prose(understand(doc))["totals"]


def test_a_budget_table_in_the_unit_stated_once_above_it():
    """'(în mii lei)' printed once above a report's budget table: every amount of the table is in thousands."""
    got = _report_totals(
        _MONITORING_TITLE + "IV. Execuția bugetară\n\n(în mii lei)\n\n"
        "Sursa de finanțare\tBuget aprobat\tPlăți efectuate\tGrad de execuție (%)\n"
        "Buget județean\t79.155,97\t77.905,26\t98,42\n"
        "Buget de stat\t69.980,96\t69.132,05\t98,79\n"
        "TOTAL\t149.136,93\t147.037,31\t98,59\n")
    amounts = {t.amount for t in got if t.unit == "lei"}
    assert {Decimal("79155970"), Decimal("77905260"), Decimal("69980960"), Decimal("69132050"),
            Decimal("149136930"), Decimal("147037310")} <= amounts


def test_counts_of_actions_realised_partly_realised_and_not_realised_are_totals():
    """A report's count of the plan's actions by stage — in a sentence, in bullets or in a table — gives the total
    and each stage as totals (issue 16 point 5)."""
    sentence = _report_totals(
        _MONITORING_TITLE + "Din totalul de 40 de acțiuni cuprinse în plan, 30 au fost realizate integral, 7 au fost "
        "realizate parțial, iar 3 nu au putut fi realizate, în principal din lipsa fondurilor.\n")
    assert {40, 30, 7, 3} <= {int(t.amount) for t in sentence}
    bullets = _report_totals(
        _MONITORING_TITLE + "Planul a cuprins 40 de acțiuni, cu următorul stadiu de realizare:\n\n"
        "- acțiuni realizate: 30 (75,0%);\n\n- acțiuni parțial realizate: 7 (17,5%);\n\n"
        "- acțiuni nerealizate: 3 (7,5%).\n")
    assert {40, 30, 7, 3} <= {int(t.amount) for t in bullets}
    table = _report_totals(
        _MONITORING_TITLE + "Stadiul realizării\tNumăr acțiuni\tProcent (%)\nRealizate\t30\t75,0\n"
        "Parțial realizate\t7\t17,5\nNerealizate\t3\t7,5\nTotal\t40\t100\n")
    assert {40, 30, 7, 3} <= {int(t.amount) for t in table}


def test_counts_of_measures_by_stage_listed_label_first_or_joined_by_and_give_the_whole_and_each_stage():
    listed = _report_totals(_MONITORING_TITLE + "Au fost planificate 7 măsuri: realizate – 4; parțial realizate – 1; "
                            "nerealizate – 2.\n")
    assert sorted((t.scope.split(": ")[-1], int(t.amount)) for t in listed) == [
        ("acțiuni nerealizate", 2), ("acțiuni parțial realizate", 1), ("acțiuni planificate", 7),
        ("acțiuni realizate", 4)]
    joined = _report_totals(_MONITORING_TITLE + "Din totalul de 5 măsuri prevăzute în planurile anuale, 3 au fost "
                            "realizate, 1 parțial realizate și 1 nerealizate, gradul de realizare fiind de 60%.\n")
    assert sorted(int(t.amount) for t in joined) == [1, 1, 3, 5]
    # the whole of actions the figure reader also counts is one total, not two
    whole = _report_totals(_MONITORING_TITLE + "Din totalul de 40 de acțiuni cuprinse în plan, 30 au fost realizate, "
                           "iar 10 nu au fost realizate.\n")
    assert sorted(int(t.amount) for t in whole) == [10, 30, 40]


def test_budget_columns_named_after_credits_provisions_and_execution():
    """'Credite aprobate', 'Prevederi bugetare anuale', 'Execuție' head money columns; 'Grad de execuție (%)' does not."""
    got = _report_totals(
        _MONITORING_TITLE + "IV. Execuția bugetară\n\n- mii lei -\n\n"
        "Sursa de finanțare\tPrevederi bugetare anuale\tExecuție\tGrad de execuție (%)\n"
        "Buget județean\t7.737,48\t7.558,78\t97,69\n"
        "TOTAL\t7.737,48\t7.558,78\t97,69\n\n(în mii lei)\n\n"
        "Sursa de finanțare\tCredite aprobate\tExecuție\n"
        "Buget de stat\t75.268,45\t73.518,11\n")
    money = {t.amount for t in got if t.unit == "lei"}
    assert {Decimal("7737480"), Decimal("7558780"), Decimal("75268450"), Decimal("73518110")} <= money
    assert not any(t.amount == Decimal("97.69") and t.unit == "lei" for t in got)


def test_the_total_of_a_plan_of_measures_costed_as_financial_resources_in_the_unit_above_it():
    # 'Resurse financiare estimate' is the measures' cost: its TOTAL, printed under '- mii lei -', is an amount in lei
    from extractors.model import Document
    from extractors.readers.text import parse_text
    from pipeline.extraction import extract_document
    text = ("STRATEGIA LOCALĂ DE DEZVOLTARE A SERVICIILOR SOCIALE A MUNICIPIULUI VALE 2022–2027\n\n"
            "CAPITOLUL VII. PLANUL DE MĂSURI\n\n- mii lei -\n\n"
            "Nr.\tMăsura\tResponsabil\tTermen\tIndicatori\tResurse financiare estimate\tSursa de finanțare\n"
            "1.1\tExtinderea rețelei de îngrijitori\tDAS Vale\tanual\t40 beneficiari/an\t1.029,5\tBuget local\n"
            "1.2\tCampanii de informare\tDAS Vale\t2024\t6 campanii\t-\tBuget local\n"
            "TOTAL\t\t\t\t\t1.029,5\t\n")
    doc = Document(source_path="t.txt", doc_id="t", format="txt", blocks=parse_text(text))
    totals = [(t.amount, t.unit) for t in extract_document(doc).totals]
    assert (Decimal("1029500"), "lei") in totals


_ASSISTANTS_REPORT = ("PRIMĂRIA COMUNEI VAMA\n\nRAPORT privind activitatea asistenților personali ai persoanelor cu "
                      "handicap grav în semestrul II 2020\n\n")


def test_the_same_figure_in_two_columns_of_a_row_is_two_indicators():
    # '18 | 18' under two headers is two counts, not a merged cell repeated; a month's label keeps its first letter
    text = (_ASSISTANTS_REPORT + "Activitatea de monitorizare, pe luni, se prezintă astfel:\n\n"
            "Luna\tNr. anchete sociale efectuate\tNr. vizite la domiciliu\n"
            "octombrie\t29\t23\n"
            "noiembrie\t18\t18\n")
    got = sorted((r.indicator, r.value, r.subject.split(" - ")[1]) for r in _report_indicators(text))
    assert got == [("anchete_sociale", 18, "noiembrie"), ("anchete_sociale", 29, "octombrie"),
                   ("vizite", 18, "noiembrie"), ("vizite", 23, "octombrie")]


def test_one_header_cell_under_two_groups_is_two_columns_of_figures():
    # the previous semester beside this one: 'Nr. indemnizații' under each, the same figure in both
    text = (_ASSISTANTS_REPORT + "Situația pe categorii de beneficiari:\n\n"
            "Categoria de beneficiari\tSemestrul I 2020\t\tSemestrul II 2020\t\n"
            "\tNr. asistenți personali\tNr. indemnizații lunare\tNr. asistenți personali\tNr. indemnizații lunare\n"
            "Copii\t3\t4\t4\t4\n")
    got = [(r.value, r.subject) for r in _report_indicators(text)]
    assert len(got) == 4
    assert sum(1 for v, s in got if v == 4 and "Semestrul II 2020" in s) == 2


def test_a_services_figure_is_named_by_its_column_not_by_the_description_after_it():
    # 'Locuința Protejată X | 6 | 6 | Asigură servicii de găzduire …': the description after the figures is about
    # the service; each figure is its column's (staff, beneficiaries)
    text = ("RAPORTUL PRIMARULUI privind starea economică, socială și de mediu a Sectorului 2 în anul 2021\n\n"
            "Serviciile sociale ale direcției:\n\n"
            "Nr. crt.\tDenumire centru/ locuință protejată\tNumăr salariați\tNumăr beneficiari (în perioada ian-dec "
            "2021)\tPrincipalele activități\n"
            "1.\tLocuința Protejată Radovanu\t6\t6\tAsigură servicii de găzduire și asistență în locuințe "
            "protejate pentru 12 tineri\n")
    got = sorted((r.indicator, r.value, r.subject) for r in _report_indicators(text))
    assert got == [("beneficiari", 6, "Locuința Protejată Radovanu - Număr beneficiari (în perioada ian-dec 2021)"),
                   ("personal", 6, "Locuința Protejată Radovanu - Număr salariați")]


def figures(text):
    return [(f.value, f.lemma, f.phrase) for f in analyse(text) if f.kind == "count"]


def test_number_of_things_stated_with_a_clause_set_between_commas_before_the_figure():
    # the verb's time or place between commas ('a fost, în anul 2023, de …'), a note in brackets after the figure
    assert figures("Numărul certificatelor de încadrare în grad de handicap emise a fost, în semestrul II 2023, "
                   "de 815.") == [(Decimal(815), "certificat", "certificatelor de încadrare în grad de handicap emise")]
    assert figures("Numărul persoanelor găzduite în centrele rezidențiale ale direcției era, la 31.12.2023, de 60, "
                   "în creștere față de anul anterior.") == [
        (Decimal(60), "persoană", "persoanelor găzduite în centrele rezidențiale ale direcției")]
    assert figures("Numărul asistenților personali a fost, în anul 2023, de 1.912 (-3 față de 31.12.2022).") == [
        (Decimal(1912), "asistent", "asistenților personali")]


def test_parts_of_a_whole_written_figure_first_with_a_preposition_count_what_the_whole_counts():
    got = figures("La 31.12.2023 se aflau 885 copii, în creștere cu 2% față de 31.12.2022, dintre care: 648 la "
                  "asistenți maternali profesioniști, 69 în plasament la rude până la gradul IV și 71 în servicii "
                  "de tip rezidențial publice.")
    assert got[1:] == [(Decimal(648), "copil", "la asistenți maternali profesioniști"),
                       (Decimal(69), "copil", "în plasament la rude până la gradul IV"),
                       (Decimal(71), "copil", "în servicii de tip rezidențial publice")]
    # no whole counted before 'din care': no parts
    assert figures("Bugetul, din care 30 la capitolul 68, a fost aprobat.") == []


def test_a_bare_count_takes_where_its_people_are_from_the_clause_before_it():
    assert figures("La data de 31.12.2023, în sistemul de protecție specială se aflau 885 copii.") == [
        (Decimal(885), "copil", "copii în sistemul de protecție specială")]
    assert figures("La 31.12.2023 în evidența DGASPC Olt se aflau, cu măsură de protecție specială, 1.302 copii.") == [
        (Decimal(1302), "copil", "copii cu măsură de protecție specială")]


def test_a_counted_phrase_keeps_its_coordinated_nouns_genitive_and_relative_clause():
    assert figures("În anul 2023 s-au înregistrat 391 de cazuri de abuz, neglijare și exploatare a copilului "
                   "semnalate, față de 300 în anul anterior.") == [
        (Decimal(391), "caz", "cazuri de abuz, neglijare și exploatare a copilului semnalate")]
    assert figures("Au fost înregistrați 793 de copii care au beneficiat de servicii de prevenire a separării de "
                   "familie.") == [
        (Decimal(793), "copil", "copii care au beneficiat de servicii de prevenire a separării de familie")]
    # a relative clause too long to keep whole is left out, not cut inside a name
    assert figures("35 copii care beneficiază de măsură de protecție specială în cadrul Centrului de Servicii pentru "
                   "Copilul cu Handicap;") == [(Decimal(35), "copil", "copii")]
    # a comma before the next figure ends the phrase
    assert [p for _, _, p in figures("Au fost acordate 30 de ajutoare de urgență, 12 anchete sociale și 4 dosare.")] \
        == ["ajutoare de urgență", "anchete sociale", "dosare"]


def test_list_entries_of_a_label_and_a_figure_are_about_the_label():
    from extractors.model import ListItem, Paragraph
    from test_prose import _doc, prose_of

    doc = _doc([Paragraph("Copii cu măsură de protecție specială la data de 31.12.2023:"),
                ListItem("Plasament la rude: 616 copii;"),
                ListItem("Asistență maternală profesionistă (AMP) – 332;"),
                ListItem("Total copii în sistemul de protecție specială: 948."),
                Paragraph("Alte date:"),
                ListItem("Impozite și taxe – 1.200;")],  # an intro naming no counted noun: no count
               title="RAPORT STATISTIC privind activitatea DGASPC Olt în anul 2023")
    got = [(r.value, r.indicator, r.subject) for r in prose_of(doc)["indicators"]]
    assert got == [(616.0, "copii", "Plasament la rude - copii"),
                   (332.0, "copii", "Asistență maternală profesionistă (AMP)"),
                   (948.0, "copii", "Total copii în sistemul de protecție specială")]
    # an intro naming no counted noun: the list's own total entry names what its entries count
    doc = _doc([Paragraph("Măsurile de protecție specială aflate în derulare:"),
                ListItem("Plasament la rude – 602;"),
                ListItem("Total copii în sistemul de protecție specială: 1.478.")],
               title="RAPORT STATISTIC privind activitatea DGASPC Olt în anul 2023")
    got = [(r.value, r.indicator, r.subject) for r in prose_of(doc)["indicators"]]
    assert got == [(602.0, "copii", "Plasament la rude"),
                   (1478.0, "copii", "Total copii în sistemul de protecție specială")]


def test_a_label_of_coordinated_nouns_and_a_figure_with_its_share_in_brackets():
    assert figures("- Cazuri de abuz, neglijare și exploatare a copilului semnalate: 350;") == [
        (Decimal(350), "caz", "Cazuri de abuz, neglijare și exploatare a copilului semnalate")]
    assert figures("- Copii declarați adoptabili – 20 (57,1% din total);") == [
        (Decimal(20), "copil", "Copii declarați adoptabili")]


# ---- a report on the social benefits a town hall pays (family report_social_benefits, tuning seeds)

def test_parts_of_requests_named_by_what_happened_to_them():
    """'N cereri pentru X, dintre care M au fost aprobate, iar K respinse': M and K count the requests too."""
    found = [(f.value, f.lemma, f.phrase) for f in analyse(
        "În anul 2020 au fost depuse 60 cereri pentru ajutor social, dintre care 51 au fost aprobate, iar 9 respinse.")
        if f.kind == "count"]
    assert found == [(Decimal(60), "cerere", "cereri pentru ajutor social"),
                     (Decimal(51), "cerere", "cereri pentru ajutor social - aprobate"),
                     (Decimal(9), "cerere", "cereri pentru ajutor social - respinse")]
    # a part that names its own noun is a count of its own, not a participle's part
    assert counts("Au fost 885 copii, dintre care 12 copii cu dizabilități.") == [(Decimal(885), "copil"),
                                                                                   (Decimal(12), "copil")]


def test_hours_of_work_are_counted_and_a_limit_is_not():
    assert counts("Beneficiarii apți de muncă au efectuat un număr de 1.610 ore de muncă în folosul comunității "
                  "(maximum 72 de ore pe lună pentru o familie).") == [(Decimal(1610), "oră")]


def test_benefit_sentences_of_a_report():
    got = _report_indicators(
        "RAPORT privind acordarea beneficiilor de asistență socială în anul 2020\n\n"
        "Pentru ajutorul social s-a plătit suma totală de 552.581 lei, pentru un număr mediu lunar de 154 beneficiari.\n\n"
        "Numărul mediu lunar al beneficiarilor de indemnizații lunare pentru persoanele cu handicap grav a fost de 37, "
        "față de 39 în anul 2019 (o variație de 5,1%).\n\n"
        "Suma totală plătită pentru masa la cantina socială: 12.345,00 lei.\n\n"
        "Situația beneficiilor acordate în anul 2020 se prezintă astfel:\n\n"
        "- alocație pentru susținerea familiei – 85 beneficiari (medie lunară), total plătit: 199.609 RON;\n")
    rows = {(r.indicator, r.value): (r.subject, r.year) for r in got}
    # the beneficiaries of the benefit the sentence opens with; the amount paid for it is a fact as well
    assert "ajutorul social" in rows[("beneficiari", 154)][0]
    assert "ajutorul social" in rows[("suma_platita", 552581)][0]
    # 'Numărul mediu lunar al beneficiarilor de X': a count of the year reported, not of the year compared with
    assert "indemnizații lunare" in rows[("beneficiari", 37)][0] and rows[("beneficiari", 37)][1] == 2020
    assert "masa la cantina socială" in rows[("suma_platita", 12345)][0]
    # a list entry's benefit in lower-case words names the count; 'total plătit' is a total, no average cost
    assert "alocație pentru susținerea familiei" in rows[("beneficiari", 85)][0]
    assert "alocație pentru susținerea familiei" in rows[("suma_platita", 199609)][0]
    assert not [r for r in got if r.indicator == "cost_mediu"]


def test_a_money_table_with_months_as_columns_under_a_unit_stated_above():
    """'Sumele sunt exprimate în mii lei.' above a table whose columns are months and a 'Total perioadă': each
    row's Total cell and each cell of the TOTAL row are totals in lei; no month's amount is a count."""
    from extractors.model import Document
    from extractors.prose import extract_prose
    from extractors.readers.text import parse_text
    from extractors.understanding.build import understand

    text = ("RAPORT privind acordarea beneficiilor de asistență socială în semestrul al II-lea al anului 2020\n\n"
            "Sumele sunt exprimate în mii lei.\n\n"
            "Prestația socială\tIulie\tAugust\tTotal perioadă\n"
            "ajutor social\t16,4\t12,0\t28,4\n"
            "ajutoare de urgență\t3,5\t1,1\t4,6\n"
            "TOTAL\t19,9\t13,1\t33,0\n")
    doc = Document(source_path="t.txt", doc_id="t" * 64, format="txt", blocks=parse_text(text))
    out = extract_prose(understand(doc))
    amounts = {r.amount for r in out["totals"]}
    assert {Decimal(28400), Decimal(4600), Decimal(19900), Decimal(13100), Decimal(33000)} <= amounts
    assert all(r.unit == "lei" for r in out["totals"])
    assert not [r for r in out["indicators"] if r.value in (16.4, 3.5, 28.4, 4.6)]


def test_a_benefit_table_with_a_legal_basis_column_names_its_rows_by_the_benefit():
    """'Beneficiul | Temeiul legal | Nr. beneficiari | Suma plătită': the act cited beside the benefit
    ('Legea nr. 416/2001', 'O.U.G. nr. 70/2011') is no subject of the row's figures."""
    got = _report_indicators(
        "RAPORT privind acordarea beneficiilor de asistență socială în anul 2020\n\n"
        "Beneficiul de asistență socială\tTemeiul legal\tNr. beneficiari\tSuma plătită (lei)\n"
        "ajutor social\tLegea nr. 416/2001\t25\t44.532\n"
        "ajutor pentru încălzirea locuinței\tO.U.G. nr. 70/2011\t150\t45.680\n")
    rows = {(r.indicator, r.value): r.subject for r in got}
    assert "ajutor social" in rows[("beneficiari", 25)] and "Legea" not in rows[("beneficiari", 25)]
    assert "ajutor social" in rows[("suma_platita", 44532)] and "Legea" not in rows[("suma_platita", 44532)]
    assert "încălzirea locuinței" in rows[("suma_platita", 45680)] and "O.U.G" not in rows[("suma_platita", 45680)]


def test_a_column_headed_valoarea_platilor_under_a_unit_stated_above_holds_amounts():
    """'Valoarea plăților' (the inflected words) under 'Sumele sunt exprimate în lei.': the amount paid for the
    row's benefit, not a count."""
    got = _report_indicators(
        "RAPORT privind acordarea beneficiilor de asistență socială în anul 2021\n\n"
        "Sumele sunt exprimate în lei.\n\n"
        "Nr. crt.\tBeneficiul de asistență socială\tNr. beneficiari\tValoarea plăților\n"
        "1.\tajutor social\t141\t532.428\n"
        "2.\tmasa la cantina socială\t70\t275.014\n")
    rows = {(r.indicator, r.value): r.subject for r in got}
    assert "ajutor social" in rows[("suma_platita", 532428)]
    assert "masa la cantina socială" in rows[("suma_platita", 275014)]


def test_a_counted_phrase_keeps_another_name_in_brackets_or_after_a_slash():
    """'cereri pentru venit minim garantat (ajutor social)', 'supliment pentru energie / ajutor de încălzire': the
    benefit's whole printed name; a bracket holding figures is a note, not part of the name."""
    phrases = [f.phrase for f in analyse("Au fost depuse 60 cereri pentru venit minim garantat (ajutor social), "
                                         "dintre care 51 au fost aprobate.") if f.kind == "count"]
    assert phrases == ["cereri pentru venit minim garantat (ajutor social)",
                       "cereri pentru venit minim garantat (ajutor social) - aprobate"]
    assert [f.phrase for f in analyse("Au fost depuse 12 cereri pentru supliment pentru energie / ajutor de "
                                      "încălzire.")] == ["cereri pentru supliment pentru energie / ajutor de încălzire"]
    assert [f.phrase for f in analyse("Au fost realizate 383 anchete sociale (inclusiv reverificări la 6 luni).")
            if f.kind == "count"] == ["anchete sociale"]
