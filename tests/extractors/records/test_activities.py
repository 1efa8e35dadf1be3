"""Chapter II activity tables in two layouts."""
from records_testkit import Heading, run, table


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
