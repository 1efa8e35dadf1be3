"""Organisation names in running prose (partner_names): where a partner's name starts and ends."""
import pytest

from extractors.records.partner_names import name_at
from extractors.records.partnership_lists import dash_listed


@pytest.mark.parametrize("text,name", [
    # a lower-case word inside the name, bridging to its capitalised words after a connector
    ("Patronatul pentru Antreprenoriatul social din România...", "Patronatul pentru Antreprenoriatul social din România"),
    # a lower-case word ending the name at the end of the item
    ("Compania Națională de Administrare a Infrastructurii rutiere.",
     "Compania Națională de Administrare a Infrastructurii rutiere"),
    # a head word whose whole name is in lower case
    ("Asociația pentru sprijinul copiilor; Fundația Beta", "Asociația pentru sprijinul copiilor"),
    ("Fundația de Sprijin Comunitar, care oferă mese calde", "Fundația de Sprijin Comunitar"),
])
def test_a_name_keeps_its_lower_case_words(text, name):
    assert name_at(text) == name


@pytest.mark.parametrize("text,name", [
    # a verb, a relative or a clause's preposition after the name is not part of it
    ("Asociația Magic Seniors a desfășurat activități.", "Asociația Magic Seniors"),
    ("Asociatia Sprijinirea Integrarii Sociale in cadrul proiectului Interventie pe termen scurt",
     "Asociatia Sprijinirea Integrarii Sociale"),
    ("Clinica ALIAT care oferă servicii medicale;", "Clinica ALIAT"),
    # after a proper name, 'pentru …' is what the agreement is for
    ("Asociația Zi de Bine pentru sprijinirea copiilor.", "Asociația Zi de Bine"),
    ("Asociația Artiștilor Plastici – sesiuni de instruire", "Asociația Artiștilor Plastici"),
])
def test_a_clause_after_the_name_is_not_part_of_it(text, name):
    assert name_at(text) == name


def test_a_partner_after_a_dash_keeps_the_lower_case_words_of_its_name():
    found = dash_listed("Parteneriat privind integrarea socio-profesională a persoanelor aflate în dificultate - "
                        "Patronatul pentru Antreprenoriatul social din România...")
    assert [n for _, n in found] == ["Patronatul pentru Antreprenoriatul social din România"]
