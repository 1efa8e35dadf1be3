"""Units a report introduces with an acronym in brackets, and a table whose columns are headed by the acronyms."""
from __future__ import annotations

import pytest

from extractors.prose.acronyms import defined_acronyms


def test_an_acronym_is_defined_by_the_name_whose_initials_spell_it():
    assert defined_acronyms([
        "1. Serviciul Asistență Socială Vale (SASV) – 7 angajați",
        "Serviciul Evidență Beneficii de Asistență Socială (SEBAS)",  # 'de' left out
        "Centrul de zi pentru persoane Vârstnice Deal (CZPVD)",
    ]) == {"SASV": "Serviciul Asistență Socială Vale (SASV)",
           "SEBAS": "Serviciul Evidență Beneficii de Asistență Socială (SEBAS)",
           "CZPVD": "Centrul de zi pentru persoane Vârstnice Deal (CZPVD)"}


@pytest.mark.parametrize("text", [
    "în cadrul proiectului finanțat (POCU)",  # the words before it do not spell it
    "Serviciul Asistență Socială Vale (SASV) și Serviciul Asistență Socială Vest (SASV)",  # two names: which one?
])
def test_no_definition(text):
    assert defined_acronyms([text]) == {}


def _indicators(text: str) -> list:
    from extractors.model import Document
    from extractors.prose import extract_prose
    from extractors.readers.text import parse_text
    from extractors.understanding.build import understand

    doc = Document(source_path="t.txt", doc_id="t" * 64, format="txt", blocks=parse_text(text))
    return extract_prose(understand(doc))["indicators"]


_REPORT = ("RAPORT DE ACTIVITATE al Direcției Generale de Asistență Socială și Protecția Copilului Vale pe anul 2023\n\n"
           "Direcția Asistență Socială\n\n"
           "Structura: Serviciul Asistență Socială Deal (SASD) și Serviciul Asistență Socială Lunca (SASL).\n\n"
           "Activitatea serviciilor din teritoriu:\n\n")


def test_a_column_headed_by_a_units_acronym_gives_that_units_figures():
    got = _indicators(_REPORT + "ACTIVITATEA\tSASD\tSASL\n"
                                "Anchete sociale efectuate\t38\t10\n"
                                "Dosare de ajutor social instrumentate\t3\t20\n")
    subjects = {(r.value, r.subject) for r in got}
    assert (38, "Serviciul Asistență Socială Deal (SASD) - Anchete sociale efectuate") in subjects
    assert (20, "Serviciul Asistență Socială Lunca (SASL) - Dosare de ajutor social instrumentate") in subjects


def test_a_units_acronym_cut_from_its_cell_is_no_heading():
    # a DOCX table cut where a cell's second line '(SASD)' stood: the bracket joins the name above it and heads
    # nothing (the table after it keeps the chapter, and the acronym its unit)
    from extractors.model import Cell, Document, Heading, Paragraph, Row, Table
    from extractors.prose import extract_prose
    from extractors.understanding.build import understand

    def table(line, *rows):
        return Table(rows=[Row(cells=[Cell(text=t, col=i, line=line + k) for i, t in enumerate(r)], line=line + k)
                           for k, r in enumerate(rows)], n_cols=len(rows[0]), line=line)

    blocks = [Paragraph(text="RAPORT DE ACTIVITATE al Direcției Generale de Asistență Socială și Protecția Copilului "
                             "Vale pe anul 2023", line=1),
              Heading(text="Direcția Asistență Socială", level=1, line=3),
              table(5, ["Nr. crt.", "Serviciu", "Număr salariați"], ["1.", "Serviciul Asistență Socială Deal", "7"]),
              Heading(text="(SASD)", level=2, line=8),
              table(10, ["ACTIVITATEA", "SASD", "SASL"], ["Anchete sociale efectuate", "38", "10"])]
    doc = Document(source_path="t.docx", doc_id="t" * 64, format="docx", blocks=blocks)
    subjects = {r.value: r.subject for r in extract_prose(understand(doc))["indicators"]}
    assert subjects[38] == "Serviciul Asistență Socială Deal (SASD) - Anchete sociale efectuate"
    assert not any(s.startswith("(SASD)") for s in subjects.values())
