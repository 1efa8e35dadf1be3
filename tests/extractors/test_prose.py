"""Prose extractor: sentences written for the purpose, in phrasings other than the corpus, and the traps."""
from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest

from extractors.model import Document, Heading, ListItem, Paragraph
from extractors.prose import analyse, extract_prose
from extractors.prose.vocab import COUNTED
from extractors.understanding.build import understand


def prose_of(doc):
    """Prose records of a document, read through the understanding stage as the pipeline does."""
    return extract_prose(understand(doc))

DOCS = Path(__file__).resolve().parents[2] / "docs" / "indicators.md"


def counts(text):
    return [(f.value, f.lemma) for f in analyse(text) if f.kind == "count"]


def kinds(text):
    return [(f.kind, f.value) for f in analyse(text)]


# ----------------------------------------------------------------------------- quantities

def test_count_with_counted_noun_and_noun_phrase():
    figs = analyse("În cursul anului au fost sprijiniți 214 vârstnici singuri din cartierul Nord.")
    assert [(f.value, f.lemma) for f in figs] == [(Decimal(214), "vârstnic")]
    assert figs[0].phrase.startswith("vârstnici singuri")


def test_romanian_thousands_and_de():
    assert counts("S-au eliberat 1.204 de certificate de handicap.") == [(Decimal(1204), "certificat")]


def test_number_words():
    assert counts("Echipa a efectuat zece anchete sociale și douăzeci de vizite.") == [
        (Decimal(10), "anchetă"), (Decimal(20), "vizită")]


def test_inflected_nouns_via_lemmas():
    assert counts("Au fost soluționate 87 cererile depuse") == [(Decimal(87), "cerere")]
    assert counts("12 familiile monoparentale") == [(Decimal(12), "familie")]


def test_money_lei_and_mii_lei():
    assert kinds("Valoarea contractului este de 45.300,50 lei.") == [("money", Decimal("45300.50"))]
    assert kinds("s-au alocat 1.250 mii lei pentru cantină") == [("money", Decimal("1250000"))]


def test_money_per_unit_is_flagged():
    figs = analyse("Contribuția este de 350 lei/lună/persoană.")
    assert figs[0].kind == "money" and figs[0].per_unit


def test_counted_noun_before_in_numar_de():
    figs = analyse("Voluntarii, în număr de aproximativ 35, au distribuit pachete; în număr de 4 nr. 12/2020.")
    assert [(f.value, f.lemma, f.phrase) for f in figs] == [(Decimal("35"), "voluntar", "Voluntarii")]


def test_breakdown_parts_written_noun_first():
    figs = analyse("Au fost eliberate 1.210 certificate, din care certificate de naștere 700, certificate de deces "
                   "510. Dosarele, din care dosare 2023, sunt arhivate.")
    assert [(f.value, f.phrase) for f in figs] == [
        (Decimal("1210"), "certificate"), (Decimal("700"), "certificate de naștere"),
        (Decimal("510"), "certificate de deces")]


def test_number_of_things_stated_after_the_verb_and_slash_compounds():
    got = lambda t: [(f.value, f.lemma) for f in analyse(t)]
    assert got("Numărul total de dosare instrumentate s-a ridicat la 1.340;") == [(Decimal("1340"), "dosar")]
    assert got("Număr beneficiari în cursul anului 2023 a fost de 87.") == [(Decimal("87"), "beneficiar")]
    assert got("Numărul de telefon este 0744123456.") == []
    assert got("Număr dosare în anul 2022 a fost de 2022.") == []  # a year, not a count
    assert got("-14 copii/tineri reintegrați în familie") == [(Decimal("14"), "copil")]


def test_percentages():
    assert kinds("Gradul de ocupare a fost de 93,5% din capacitate.") == [("pct", Decimal("93.5"))]
    assert kinds("reprezentând 12 la sută din total") == [("pct", Decimal(12))]


@pytest.mark.parametrize("text", [
    "conform Legii nr. 448/2006 privind persoanele cu handicap",
    "prin H.C.L. nr. 118/12.05.2020 au fost aprobate",
    "Dispoziția nr. 5615/11.01.2019 privind 3 persoane",  # the act number is not a count of persons
    "potrivit art. 112 alin. 3 lit. b) din lege",
    "la telefon 021 9862 sau 0745 123 456",
    "Strategia pentru perioada 2017-2021 cuprinde obiective",
    "în data de 23.04.2021 s-a semnat",
    "sediul din str. Florilor nr. 14, jud. Iași",
])
def test_traps_are_not_quantities(text):
    found = [(f.kind, f.value) for f in analyse(text)]
    assert all(v != Decimal(3) or k != "count" for k, v in found) or "3 persoane" in text
    assert not [v for k, v in found if v in (Decimal(448), Decimal(2006), Decimal(118), Decimal(5615),
                                             Decimal(112), Decimal(21), Decimal(9862), Decimal(2017),
                                             Decimal(2021), Decimal(14), Decimal(745))]


def test_act_number_followed_by_noun_is_not_a_count():
    assert counts("prin Hotărârea nr. 27 persoane juridice") == []


def test_range_followed_by_noun_is_not_a_count():
    assert counts("planul 2019-2022 copii") == []


def test_amount_after_a_range_with_spaces_is_kept():
    assert kinds("Contract de furnizare, anul școlar 2022-2023 - 640.000,00 lei") == [("money", Decimal("640000.00"))]


def test_glued_dash_is_not_a_sign():
    assert kinds("· Licențe antivirus -7.450,30 lei") == [("money", Decimal("7450.30"))]


# ----------------------------------------------------------------------------- records

def _all_totals(doc):
    """The document's totals from every extractor (prose, stated totals, tables): each (line, amount) exactly once."""
    from pipeline.extraction import extract_document

    both = extract_document(doc).totals
    keys = [(t.line, t.amount) for t in both]
    assert len(keys) == len(set(keys)), "a total is emitted twice"
    return both


def _doc(blocks, title="RAPORT privind starea economică, socială și de mediu a Comunei Exemplu pe anul 2022"):
    line = 1
    out = [Paragraph(title, line=line)]
    for b in blocks:
        line += 1
        b.line = line
        out.append(b)
    return Document("x.txt", "id", "txt", blocks=out)


def test_report_sentences_become_indicators_with_section_subject():
    doc = _doc([
        Paragraph("Serviciul Protecție Familie și Copil"),
        Paragraph("În anul 2022, serviciul a monitorizat 48 de copii aflați în plasament la rude și a întocmit 130 anchete sociale."),
        ListItem("au fost instrumentate 77 dosare de alocație pentru susținerea familiei;", marker="·"),
    ])
    out = prose_of(doc)
    got = {(r.indicator, r.value, r.unit) for r in out["indicators"]}
    assert ("copii", 48.0, "copii") in got
    assert ("anchete_sociale", 130.0, "anchete") in got
    assert ("dosare", 77.0, "dosare") in got
    r = next(r for r in out["indicators"] if r.value == 48.0)
    assert r.subject.startswith("Serviciul Protecție Familie și Copil - copii aflați în plasament")
    assert r.year == 2022 and r.line == 3 and 0 < r.confidence <= 1


def test_a_year_stated_as_the_end_or_course_of_a_year_is_the_figures_year():
    # 'la sfârșitul anului 2021', 'în cursul anului 2021': the year the figure is of, not the document's
    out = prose_of(_doc([Paragraph("La sfârșitul anului 2021, în evidența serviciului se aflau 412 copii."),
                         Paragraph("În cursul anului 2020 au fost efectuate 96 de anchete sociale.")]))
    assert sorted((r.indicator, r.year) for r in out["indicators"]) == [("anchete_sociale", 2020), ("copii", 2021)]


def test_report_budget_bullets_and_label_amount_pairs_become_totals():
    doc = _doc([
        Paragraph("Direcția Buget Contabilitate"),
        ListItem("Cheltuieli de personal: 4.560.120,15 lei;", marker="·"),
        ListItem("Cheltuieli efectuate pentru iluminat public", marker="·"),
        Paragraph("1.020.300 lei"),
        Paragraph("Veniturile proprii încasate în anul 2022 au fost de 12.400.000 lei."),
    ])
    out = prose_of(doc)
    totals = {(t.amount, t.scope) for t in _all_totals(doc)}
    amounts = {a for a, _ in totals}
    assert {Decimal("4560120.15"), Decimal("1020300.00"), Decimal("12400000.00")} <= amounts
    scope = next(t.scope for t in out["totals"] if t.amount == Decimal("1020300.00"))
    assert "iluminat public" in scope and scope.startswith("Direcția Buget Contabilitate")
    assert not out["indicators"]


def test_breakdown_counts_are_totals_too():
    doc = _doc([Paragraph("Comisia a analizat 412 cazuri, din care 300 cazuri sociale.")])
    out = prose_of(doc)
    assert {t.amount for t in out["totals"]} >= {Decimal(412), Decimal(300)}
    assert {r.value for r in out["indicators"]} >= {412.0, 300.0}


def test_the_number_of_all_of_a_kind_stated_as_such_is_a_total_too():
    doc = _doc([Paragraph("Numărul persoanelor găzduite în centrele rezidențiale era, la 31.12.2022, de 60."),
                Paragraph("Au fost găzduite 45 de persoane în locuințe protejate.")])
    out = prose_of(doc)
    assert [(t.amount, t.unit) for t in out["totals"]] == [(Decimal(60), "persons")]
    assert {r.value for r in out["indicators"]} == {60.0, 45.0}


def test_bare_total_line():
    doc = _doc([Paragraph("Total controale efectuate - 1.310")])
    out = prose_of(doc)
    assert [(t.amount, t.unit) for t in out["totals"]] == [(Decimal(1310), "other")]


def test_plan_sentences_become_totals_not_indicators():
    doc = _doc([
        Heading("Beneficii sociale"),
        Paragraph("În evidența primăriei se află 41 dosare de ajutor social, cu un număr total de 97 persoane."),
        Paragraph("Pentru anul 2023 suma estimată pentru ajutoarele de urgență este de 8.000 lei."),
        Paragraph("Se acordă familiilor cu un venit pe membru de familie de până la 600 lei."),
    ], title="PLANUL ANUAL DE ACȚIUNE privind serviciile sociale al Comunei Exemplu pentru anul 2023")
    out = prose_of(doc)
    assert not out["indicators"]
    got = {(t.amount, t.unit) for t in _all_totals(doc)}
    assert (Decimal(97), "persons") in got
    assert Decimal(8000) in {a for a, _ in got}
    assert Decimal(600) not in {a for a, _ in got}


def test_no_junk_from_reference_heavy_text():
    doc = _doc([Paragraph("Conform Legii nr. 292/2011, art. 112 alin. (3), și H.G. nr. 797/2017, "
                          "anexa nr. 2, la data de 31.12.2022, tel. 0232 111 222.")])
    out = prose_of(doc)
    assert out == {"indicators": [], "totals": []}


# ----------------------------------------------------------------------------- documentation

def test_vocabulary_is_documented():
    text = DOCS.read_text(encoding="utf-8")
    documented = set(re.findall(r"`([a-z_]+)`", text))
    keys = {k for k, _ in COUNTED.values()} | {"suma_platita", "cost_mediu", "procent", "numar", "personal"}
    assert keys <= documented, keys - documented


# ----------------------------------------------------------------------------- table units

class _RT:
    """The reader's table shape that the prose extractor reads (columns + body rows)."""

    def __init__(self, columns, body, line=10):
        self.columns = columns
        self.body = body
        self.body_lines = [line + i for i in range(len(body))]
        self.body_pages = [None] * len(body)
        self.header_rows = [columns]
        self.rows = []
        self.table = None


def _table_indicators(columns, body):
    from extractors.prose import _Ctx, _report_table

    out = {"indicators": [], "totals": []}
    _report_table(_RT(columns, body), _Ctx("raport_primar", 2022, "Serviciul Exemplu"), out)
    return out["indicators"]


def test_row_label_noun_wins_over_a_column_naming_a_centre():
    rows = _table_indicators(["Activitate", "Nr. beneficiari / CZA", "Nr. beneficiari / CZB"],
                             [["Nr. sesiuni de informare pentru vârstnici", "9", "4"],
                              ["Nr. ateliere de lectură organizate", "7", "-"],
                              ["Furnizarea de servicii de socializare", "120", "80"]])
    got = {(r.value, r.indicator, r.unit) for r in rows}
    assert (9.0, "sesiuni", "sesiuni") in got and (4.0, "sesiuni", "sesiuni") in got
    assert (7.0, "numar", "ateliere") in got
    assert (120.0, "beneficiari", "persoane") in got
    assert not any("/" in r.unit for r in rows)


def test_an_age_group_opening_with_its_bound_is_the_rows_label_not_a_count():
    rows = _table_indicators(["Grupa de vârstă", "Nr. copii"],
                             [["14-17 ani", "161"], ["18 ani și peste", "79"]])
    assert [(r.value, r.subject.split(" - ")[1]) for r in rows] == [(161.0, "14-17 ani"), (79.0, "18 ani și peste")]


def test_bare_number_takes_the_counted_noun_of_its_column():
    rows = _table_indicators(["Activități", "Număr"],
                             [["Evaluarea inițială a vârstnicilor", "210 de vârstnici"],
                              ["Vizite la domiciliu", "95 vârstnici"],
                              ["Colaborarea cu medicii de familie", "188"],
                              ["Avizarea planurilor de îngrijire", "64 planuri"]])
    got = {r.value: (r.indicator, r.unit) for r in rows}
    assert got[188.0] == ("persoane", "persoane")
    assert got[64.0] == ("planuri", "planuri")


def test_numbered_rows_continuing_a_table_without_a_number_column_stay_aligned():
    rows = _table_indicators(["Activitate", "Nr. beneficiari / Nord", "Nr. beneficiari / Sud", ""],
                             [["Consiliere la sediu", "40", "25", ""],
                              ["7", "Nr. vizite la domiciliu", "18", "9"]])
    got = {r.value: r.subject for r in rows}
    assert got[18.0].endswith("Nord") and got[9.0].endswith("Sud")


def test_table_under_a_paragraph_naming_a_service_is_that_service():
    from extractors.prose import _Ctx, _report_table

    out = {"indicators": [], "totals": []}
    ctx = _Ctx("raport_primar", 2022, "Direcția Generală Exemplu", topic="Biroul Urgențe Sociale")
    _report_table(_RT(["Situație", "Total cazuri"], [["Copil găsit pe stradă", "14 copii"]]), ctx, out)
    assert out["indicators"][0].subject.startswith("Biroul Urgențe Sociale")


def test_a_title_opening_with_an_institution_acronym_names_a_unit_but_an_all_capitals_line_does_not():
    from extractors.prose import _unit_title

    assert _unit_title("DGASPC Sector 5") == "DGASPC Sector 5"
    assert _unit_title("D.A.S. Municipiul Iași") == "D.A.S. Municipiul Iași"
    assert _unit_title("Serviciul de Asistență Comunitară") == "Serviciul de Asistență Comunitară"
    assert _unit_title("TOTAL GENERAL") is None
    assert _unit_title("Rezultate obținute în anul 2022") is None


def test_bare_amounts_in_a_breakdown_of_lei_are_lei():
    blocks = [Paragraph("Cheltuielile cu bunuri și servicii au fost de 950.000 lei total din care:"),
              Paragraph("a) 600.000 lei"), Paragraph("b) 250.000"), Paragraph("c)100.000"),
              Paragraph("În anul 2022 s-au organizat 3 campanii."), Paragraph("d) 75")]
    out = prose_of(_doc(blocks))
    amounts = sorted(t.amount for t in out["totals"] if t.unit == "lei")
    assert amounts == [Decimal("100000"), Decimal("250000"), Decimal("600000"), Decimal("950000")]


def test_a_count_that_opens_a_list_is_a_stated_total():
    out = prose_of(_doc([Paragraph("Programul de reabilitare - Pachet 58 obiective:"), ListItem("40 blocuri recepționate;", marker="-"),
                              ListItem("18 blocuri în execuție.", marker="-")]))
    assert [t.amount for t in out["totals"]] == [Decimal("58")]


def test_a_bare_numar_column_adds_nothing_to_the_subject():
    rows = _table_indicators(["Activitatea", "Număr", "Număr beneficiari"],
                             [["Distribuire pachete alimentare", "120", "95"]])
    subjects = {r.value: r.subject for r in rows}
    assert not subjects[120.0].endswith("- Număr") and subjects[95.0].endswith("Număr beneficiari")


def test_ranges_compound_number_words_and_counts_in_brackets():
    got = lambda t: [(f.value, f.lemma) for f in analyse(t)]
    assert got("Centrul a fost frecventat de între 15 și 25 de beneficiari.") == []  # a range: no exact figure
    assert got("Au participat de la 10 la 40 de voluntari.") == []
    assert got("Au fost ajutați treizeci și doi de copii.") == [(Decimal("32"), "copil")]
    assert got("- beneficiari ai ajutorului de încălzire (318);") == [(Decimal("318"), "beneficiar")]
    assert got("conform art. 5 alin. (2), beneficiarii sunt informați.") == []
    assert got("Au participat 12 copii și 30 de părinți.") == [(Decimal("12"), "copil"), (Decimal("30"), "părinte")]


def test_a_header_naming_a_counted_noun_gives_its_key():
    rows = _table_indicators(["Luna", "Nr. cereri", "Nr. anchete"], [["Ianuarie", "38", "30"]])
    assert {(r.indicator, r.unit, r.value) for r in rows} == {("cereri", "cereri", 38.0),
                                                              ("anchete_sociale", "anchete", 30.0)}
    assert all("Ianuarie" in r.subject for r in rows)


def test_years_as_column_headers_give_the_indicator_year():
    rows = _table_indicators(["Categoria de beneficiari", "2021", "Anul 2022"], [["Copii cu dizabilități", "310", "325"]])
    assert [(r.indicator, r.value, r.year) for r in rows] == [("copii", 310.0, 2021), ("copii", 325.0, 2022)]


def test_a_bare_valoare_column_next_to_a_counted_label_is_a_count_not_money():
    from extractors.prose import _Ctx, _report_table

    out = {"indicators": [], "totals": []}
    _report_table(_RT(["Indicator", "Valoare"], [["Număr anchete sociale efectuate", "1.240"],
                                                 ["Cheltuieli cu ajutoarele de urgență", "33.000"]]),
                  _Ctx("raport_primar", 2022, "Serviciul Exemplu"), out)
    assert [(r.indicator, r.value) for r in out["indicators"]] == [("anchete_sociale", 1240.0)]
    assert [float(t.amount) for t in out["totals"]] == [33000.0]  # a label naming no counted thing: money


# ----------------------------------------------------------------------------- long texts

def test_text_chunks_cut_after_a_sentence_end_and_cover_the_text():
    from extractors.prose.figures import text_chunks
    text = "Prima propoziție are cuvinte. A doua la fel are cuvinte. A treia încheie textul."
    chunks = text_chunks(text, 40)
    assert "".join(piece for _, piece in chunks) == text
    assert all(len(piece) <= 40 for _, piece in chunks)
    assert chunks[0][1].endswith(". ") and [off for off, _ in chunks] == [0, len(chunks[0][1]),
                                                                          len(chunks[0][1]) + len(chunks[1][1])]


def test_a_paragraph_over_a_million_characters_is_read_in_pieces_not_refused():
    filler = "Activitatea serviciului a continuat conform planului aprobat de consiliu. " * 14_000
    text = "În anul 2022 au fost asistați 48 de copii. " + filler + "Au fost întocmite 130 anchete sociale."
    assert len(text) > 1_000_000  # spaCy's max_length: nlp(text) raises E088 beyond it
    out = prose_of(_doc([Paragraph(text)]))
    got = {(r.indicator, r.value) for r in out["indicators"]}
    assert {("copii", 48.0), ("anchete_sociale", 130.0)} <= got


# ----------------------------------------------------------------------------- reports on a plan (issue 16 item 5)

@pytest.mark.parametrize("cell", ["2021 394 anchete sociale realizate 2022 382 anchete sociale realizate",
                                  "2021: 394 anchete sociale; 2022: 382 anchete sociale",
                                  "Anul 2021 – 394 anchete, anul 2022 – 382 anchete"])
def test_a_result_per_year_in_one_cell_gives_one_indicator_per_year(cell):
    rows = _table_indicators(["Nr. crt.", "Măsura", "Rezultate obținute", "Stadiu"],
                             [["1.", "Efectuarea anchetelor la domiciliul solicitanților", cell, "realizat"]])
    got = sorted((r.year, r.value, r.indicator) for r in rows)
    assert got == [(2021, 394.0, "anchete_sociale"), (2022, 382.0, "anchete_sociale")]
    assert all("Efectuarea anchetelor la domiciliul solicitanților" in r.subject for r in rows)


def test_a_single_year_result_cell_takes_its_year_and_the_measure():
    rows = _table_indicators(["Nr. crt.", "Activitatea", "Indicatori realizați"],
                             [["1.", "Sprijin pentru familiile cu copii", "2023: 57 familii consiliate"]])
    assert [(r.year, r.value, r.indicator) for r in rows] == [(2023, 57.0, "familii")]
    assert "Sprijin pentru familiile cu copii" in rows[0].subject


def test_a_range_of_years_before_a_result_is_no_year_of_its_own():
    rows = _table_indicators(["Nr. crt.", "Activitatea", "Rezultat"],
                             [["1.", "Vizite la domiciliu", "2021–2022: 140 vizite efectuate"]])
    assert [(r.value, r.indicator) for r in rows] == [(140.0, "vizite")]
    assert all(r.value not in (2021.0, 2022.0) for r in rows)


def test_the_whole_a_breakdown_takes_its_parts_from_is_a_stated_total():
    out = prose_of(_doc([Paragraph("Din cele 26 de acțiuni prevăzute în plan, 24 au fost realizate, 1 parțial "
                                   "realizate, iar 1 nerealizate.")]))
    assert Decimal("26") in [t.amount for t in out["totals"]]
    out = prose_of(_doc([Paragraph("Din totalul de 140 de dosare depuse, 120 au fost aprobate.")]))
    assert Decimal("140") in [t.amount for t in out["totals"]]


def test_a_numbered_row_wrapped_onto_unnumbered_lines_is_one_row():
    # a table without ruling lines read line by line: the measure and its results go on under the numbered line
    rows = _table_indicators(["Nr. crt.", "Măsura / Activitatea", "Rezultate obținute", "Stadiu"],
                             [["1.", "Monitorizarea copiilor cu", "2020: 717 copii monitorizați;", "realizată"],
                              ["", "părinți plecați la muncă", "2021: 136 copii monitorizați", ""],
                              ["2.", "Efectuarea anchetelor", "2020 482 anchete sociale", "în curs"],
                              ["", "sociale la domiciliu", "realizate 2021 774 anchete", ""],
                              ["", "", "sociale realizate", ""]])
    got = sorted((r.year, r.value, r.indicator) for r in rows)
    assert got == [(2020, 482.0, "anchete_sociale"), (2020, 717.0, "copii"), (2021, 136.0, "copii"),
                   (2021, 774.0, "anchete_sociale")]
    assert all("Monitorizarea copiilor cu părinți plecați la muncă" in r.subject for r in rows if r.indicator == "copii")
    assert all("Efectuarea anchetelor sociale la domiciliu" in r.subject for r in rows if r.indicator != "copii")


def test_unnumbered_rows_that_open_with_a_capital_are_rows_of_their_own():
    rows = _table_indicators(["Nr. crt.", "Activitatea", "Număr"],
                             [["1.", "Anchete sociale", "120"], ["", "Vizite la domiciliu", "45"]])
    assert sorted(r.value for r in rows) == [45.0, 120.0]


def test_a_services_table_of_a_report_naming_beneficiaries_twice_stays_a_services_table():
    # 'Capacitatea (nr. beneficiari)' and 'Număr beneficiari' are two columns of one services table, not two
    # signs of an activity table
    from pipeline.extraction import extract_document
    from extractors.model import Cell, Row, Table

    rows = [["Nr. crt.", "Denumire serviciu social", "Codul serviciului conform Nomenclatorului",
             "Capacitatea (nr. beneficiari)", "Număr beneficiari"],
            ["1.", "Centrul de zi Exemplu", "8891 CZ-C-II", "40", "37"]]
    table = Table(rows=[Row(cells=[Cell(text=t, col=i, line=20 + k) for i, t in enumerate(r)], line=20 + k)
                        for k, r in enumerate(rows)], n_cols=5, line=20)
    doc = _doc([Heading("Capitolul I – Serviciile sociale administrate"), table],
               title="RAPORT privind stadiul implementării Planului anual de acțiune al Comunei Exemplu pentru anul 2023")
    res = extract_document(doc)
    assert [(s.service_code, s.capacity, s.beneficiaries) for s in res.services] == [("8891 CZ-C-II", 40, 37)]


_THREADS_BUILD_NLP = """
import sys, threading
from extractors.prose import nlp as prose_nlp
assert "spacy" not in sys.modules
barrier = threading.Barrier(4)
errors, built = [], []
def build():
    barrier.wait()
    try:
        built.append(prose_nlp.get_nlp())
    except BaseException as exc:
        errors.append(repr(exc))
threads = [threading.Thread(target=build) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join(120)
print(errors, len(built), len({id(nlp) for nlp, _ in built}))
"""


def test_threads_that_start_prose_together_share_one_spacy_pipeline():
    """Documents extracted in threads of one process (a Dask worker's) each asked for the spaCy pipeline: every
    thread imported spaCy (with its stand-in modules) and built its own, and under load one saw a half-imported
    spaCy ("no attribute 'blank'") or two deadlocked on its import locks. One thread builds it; the others wait."""
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-c", _THREADS_BUILD_NLP], capture_output=True, text=True, timeout=300,
                          cwd=root, env={**os.environ, "PYTHONPATH": str(root)})
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["[]", "4", "1"]


@pytest.mark.parametrize("sentence, phrase", [
    ("În anul 2023 au beneficiat de consiliere socială 577 de persoane.", "persoane - consiliere socială"),
    ("DAS a acordat consiliere socială unui număr de 119 persoane.", "persoane - consiliere socială"),
    ("Au beneficiat de servicii de îngrijire la domiciliu 45 de vârstnici.",
     "vârstnici - servicii de îngrijire la domiciliu"),
    # what the people received named after them, or nothing received: the noun phrase as before
    ("30 de copii au beneficiat de tabără.", "copii"),
    ("Au fost consiliate 12 familii.", "familii"),
])
def test_a_count_says_what_its_people_received_when_the_clause_names_it_before_the_figure(sentence, phrase):
    assert [f.phrase for f in analyse(sentence) if f.kind == "count"] == [phrase]


def test_help_named_only_as_services_adds_nothing_to_the_count():
    assert [f.phrase for f in analyse("Centrul a asigurat servicii pentru 30 de beneficiari.") if f.kind == "count"] \
        == ["beneficiari"]


def test_parcels_an_organisation_donated_are_counted():
    # 'colete' is what a donation hands out, counted like 'pachete'
    assert counts("Asociația Speranța a donat 140 colete cu haine și rechizite, distribuite copiilor.") == [
        (Decimal(140), "colet")]
