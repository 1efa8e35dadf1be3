"""Services listed one an item in section B (or A): the same rows a table would give."""
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
