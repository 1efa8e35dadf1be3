"""Chapter II activity tables in two layouts."""
from records_testkit import Heading, ListItem, Paragraph, run, table


def test_theme_description_period_organizer():
    res = run(Heading(text="Capitolul II - Planificarea activităților de informare a publicului"),
              Heading(text="3. Campanii de informare și sensibilizare a comunității"),
              table([["Nr. crt.", "Tematică", "Scurtă descriere", "Perioada estimată de desfășurare", "Organizator"],
                     ["1.", "Ziua vârstnicilor", "Întâlniri în centrele de zi", "octombrie 2023", "SPAS"],
                     ["2.", "Nu este cazul", "", "", ""]]))
    [a] = res.activities
    assert (a.row_no_raw, a.activity, a.description, a.period_raw, a.organizer) == (
        "1.", "Ziua vârstnicilor", "Întâlniri în centrele de zi", "octombrie 2023", "SPAS")


def test_event_layout_with_budget():
    res = run(Heading(text="Capitolul II - activități de informare, evenimente"),
              table([["Nr. crt.", "Data", "Titlul evenimentului", "Obiectiv/scop", "Locația", "Buget/Surse de finanțare"],
                     ["1.", "01.06.2023", "Ziua Copilului", "➤ eveniment dedicat copiilor", "Parcul X", "Buget local"]]))
    [a] = res.activities
    assert a.activity == "Ziua Copilului" and a.period_raw == "01.06.2023" and a.budget_raw == "Buget local"
    assert a.description == "eveniment dedicat copiilor"


def test_bare_activitate_header_and_a_name_column_headed_with_an_unknown_word():
    ch2 = Heading(text="Capitolul II - Activități de informare a publicului")
    res = run(ch2, table([["Nr.", "Activitate", "Perioada", "Organizator", "Buget"],
                          ["1.", "Ziua internațională a vârstnicilor", "octombrie 2024", "DAS", "2.000 lei"]]))
    assert [a.activity for a in res.activities] == ["Ziua internațională a vârstnicilor"]
    res = run(ch2, table([["Nr.", "Manifestare", "Perioada", "Organizator"],
                          ["1.", "Caravana serviciilor sociale", "mai 2024", "DAS"],
                          ["2.", "Săptămâna voluntariatului", "iunie 2024", "DAS"],
                          ["3.", "Ziua copilului", "1 iunie 2024", "DAS"]]))
    assert [a.activity for a in res.activities] == ["Caravana serviciilor sociale", "Săptămâna voluntariatului",
                                                    "Ziua copilului"]


def test_public_information_chapter_named_by_whom_it_informs_ends_the_training_chapter():
    # 'Informarea publicului (…)', 'Informarea comunității': the information chapter, so its table of activities is
    # no training table of the chapter before it
    for title in ("Informarea publicului (art. 112 alin. (3) lit. d) din Legea nr. 292/2011)",
                  "Cap. 5 – Informarea comunității"):
        res = run(Heading(text="Formarea personalului"),
                  ListItem(text="curs de perfecționare „Prim ajutor” pentru 4 educatori – 900 lei;", marker="-"),
                  Paragraph(text=title),
                  table([["Nr. crt.", "Activitatea", "Perioada", "Grup țintă"],
                         ["1.", "Distribuirea de pliante privind serviciile sociale", "trimestrial", "cetățeni"]]))
        assert [r.staff_category for r in res.trainings] == ["educatori"], title
        assert [a.activity for a in res.activities] == ["Distribuirea de pliante privind serviciile sociale"]
