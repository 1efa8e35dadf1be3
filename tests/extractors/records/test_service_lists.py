"""Services listed one an item in section B (or A): the same rows a table would give."""
from decimal import Decimal

from records_testkit import Heading, ListItem, run

from extractors.model import Document
from extractors.readers.text import parse_text
from pipeline.extraction import extract_document

TITLE = "Strategia locală de dezvoltare a serviciilor sociale a Municipiului Vale pentru perioada 2022–2027\n\n"
LIST = ("Servicii sociale ce urmează a fi înființate\n\n"
        "În perioada de implementare a strategiei se propune înființarea următoarelor servicii sociale:\n\n"
        "1. Serviciul de masă pe roți, cod serviciu 8899 CPDH-II, cu o capacitate de 51 beneficiari, înființat în "
        "anul 2025;\n\n"
        "2. Creșa „Mugurel” (cod 8891 CZ-C-I) – capacitate 52 locuri, termen 2026, cost estimat 1.746.030 lei;\n\n"
        "3. Dezvoltarea rețelei de asistenți maternali profesioniști;\n\n")


def services_of(text: str):
    doc = Document(source_path="t.txt", doc_id="t", format="txt", blocks=parse_text(TITLE + text))
    return extract_document(doc).services


def test_a_numbered_list_of_proposed_services_gives_their_rows():
    got = [(s.section, s.row_no_raw, s.service_name, s.service_code, s.capacity) for s in services_of(LIST)]
    # the item that names no code is a measure, not a service of the listing
    assert got == [("proposed", "1.", "Serviciul de masă pe roți", "8899 CPDH-II", 51),
                   ("proposed", "2.", "Creșa „Mugurel”", "8891 CZ-C-I", 52)]


def test_a_section_printing_its_services_in_a_table_reads_none_of_its_items():
    table = ("Nr. crt.\tServiciul social propus\tCod serviciu\tCapacitate\n"
             "1.\tCentrul de zi pentru copii\t8891 CZ-C-II\t30\n\n")
    got = [(s.service_name, s.capacity) for s in services_of(LIST + table)]
    assert got == [("Centrul de zi pentru copii", 30)]


def test_a_proposed_service_listed_with_its_budget_and_the_source_named_beside_it():
    res = run(Heading(text="B. Servicii sociale propuse spre a fi înființate"),
              ListItem(text="Casa de tip familial Arinul (cod 8790 CR-C-I), cu o capacitate de 12 locuri – termen "
                            "trim. III 2025, buget estimat 450.000 lei (buget județean);", marker="-"),
              ListItem(text="înființarea serviciului Locuința protejată Mugurel, cod 8790 CR-D-VII, capacitate 8 "
                            "locuri, finanțare: PNRR – Componenta 13, 1.250,5 mii lei;", marker="-"),
              ListItem(text="Centrul de zi Alfa (cod 8899 CZ-D-I), capacitate 30 locuri, 200 lei/beneficiar/lună "
                            "din bugetul de stat și 90.000 lei din buget județean;", marker="-"))
    got = [(s.service_name, s.budget_county_lei, s.budget_other_lei, s.budget_state_lei) for s in res.services]
    assert got == [("Casa de tip familial Arinul", Decimal("450000"), None, None),
                   ("Locuința protejată Mugurel", None, Decimal("1250500"), None),
                   ("Centrul de zi Alfa", None, None, None)]  # two sources named: no guess


def test_a_decisions_annex_listing_the_directorates_services_one_an_item_gives_existing_rows():
    # the annex's title is the list of the social services (section A in a council's words), not of new ones
    text = ("HOTĂRÂREA nr. 45 din 12.03.2024 privind aprobarea Listei serviciilor sociale ale D.A.S. Vale\n\n"
            "Art. 1. — Se aprobă Lista serviciilor sociale, conform anexei nr. 1.\n\n"
            "Anexa nr. 1 la HCL nr. 45/2024\n\n"
            "LISTA serviciilor sociale din structura Direcției de Asistență Socială Vale\n\n"
            "1. Cantina socială Vale (8899-CPDH-I) – 120 de locuri – 9 posturi;\n\n"
            "2. Serviciul de îngrijire la domiciliu pentru persoane vârstnice (8810 ID-I) – 12 posturi;\n\n")
    doc = Document(source_path="t.txt", doc_id="t", format="txt", blocks=parse_text(text))
    got = [(s.section, s.row_no_raw, s.service_name, s.service_code, s.capacity)
           for s in extract_document(doc).services]
    assert got == [("existing", "1.", "Cantina socială Vale", "8899 CPDH-I", 120),
                   ("existing", "2.", "Serviciul de îngrijire la domiciliu pentru persoane vârstnice", "8810 ID-I",
                    None)]
    # … also when the title ends with the directorate's abbreviation ('… furnizate de S.P.A.S.')
    doc = Document(source_path="t.txt", doc_id="t", format="txt",
                   blocks=parse_text(text.replace("LISTA serviciilor sociale din structura Direcției de Asistență "
                                                  "Socială Vale", "Lista serviciilor sociale furnizate de S.P.A.S.")))
    assert [s.service_code for s in extract_document(doc).services] == ["8899 CPDH-I", "8810 ID-I"]
    # a list of new services is section B's
    assert [s.section for s in services_of("Lista serviciilor sociale noi, propuse spre înființare\n\n"
                                           "1. Cantina socială Vale (8899-CPDH-I) – 120 de locuri;\n\n")] == ["proposed"]


def test_items_stating_a_services_places_and_who_is_in_them_are_existing_services_under_any_heading():
    # a directorate's statistics list its running services under a heading of its own wording: an item with the
    # service's code, its places and the children or persons present is a running service, read as a table's row
    text = ("Serviciile sociale pentru copii administrate de direcție:\n\n"
            "- Centrul de plasament „Lumina” Brezoi (cod 8790 CR-C-I) – capacitate 24 locuri, 21 copii la 31.12.2024;\n\n"
            "- Centrul Maternal „Izvorul” – 8790 CR-MC-I – 11 locuri / 9 beneficiari (grad de ocupare 81,8%);\n\n"
            "Proiecte\n\n"
            "- Centrul de zi „Mugurel” (cod 8891 CZ-C-II) – capacitate 30 locuri, termen 2026;\n\n")
    got = [(s.section, s.service_name, s.service_code, s.capacity, s.beneficiaries, s.occupancy_pct)
           for s in services_of(text)]
    # the last item states no one in it: outside a services section it is no running service
    assert got == [("existing", "Centrul de plasament „Lumina” Brezoi", "8790 CR-C-I", 24, 21, None),
                   ("existing", "Centrul Maternal „Izvorul”", "8790 CR-MC-I", 11, 9, 81.8)]
