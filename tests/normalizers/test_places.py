"""Places: counties, UATs and SIRUTA codes; the hard cases are sectors and same-named communes."""
import csv
from pathlib import Path

import pytest

from normalizers.places import Place, canonical_county, county_names, find_place, resolve_uat

# the shared corpus and gold sit beside the repository (as in CI)
SHARED = Path(__file__).resolve().parents[3] / "shared"


@pytest.mark.parametrize("text", ["NEAMȚ", "Neamt", "jud. Neamţ", "Județul Neamț", "Consiliul Județean Neamț"])
def test_canonical_county_spellings(text):
    assert canonical_county(text) == "Neamț"


def test_canonical_county_capital_and_unknown():
    assert canonical_county("Municipiul București") == "București"
    assert canonical_county("Bucuresti") == "București"
    assert canonical_county("bistrita nasaud") == "Bistrița-Năsăud"
    assert canonical_county("Atlantida") is None
    assert canonical_county(None) is None
    assert len(county_names()) == 42  # 41 counties + București


def test_same_named_commune_needs_the_county():
    neamt = resolve_uat("Dragomirești", "Neamț")
    dambovita = resolve_uat("Dragomirești", "Dâmbovița")
    assert neamt == Place("Comuna Dragomirești", "Neamț", 122392, "comuna")
    assert dambovita.county == "Dâmbovița" and dambovita.siruta != neamt.siruta
    assert resolve_uat("Dragomirești") is None  # four counties have one: never guess
    assert resolve_uat("Comuna Dragomirești", "Neamt") == neamt
    assert resolve_uat("Dragomirești", kind="oras").county == "Maramureș"


@pytest.mark.parametrize("text", ["Sector 2", "sectorul 2", "Sectorului 2 al Municipiului București", "SECTORUL 2"])
def test_sector_spellings(text):
    assert resolve_uat(text) == Place("Sector 2 București", "București", 179150, "sector")


def test_sectors_are_distinct_and_capital():
    assert resolve_uat("Sector 3").siruta == 179169
    assert resolve_uat("Municipiul București") == Place("Municipiul București", "București", 179132, "municipiu")
    assert resolve_uat("Cluj-Napoca") == Place("Municipiul Cluj-Napoca", "Cluj", 54975, "municipiu")
    assert resolve_uat("Nicăieri", "Neamț") is None


@pytest.mark.parametrize("text,uat,county", [
    ("PLANUL ANUAL privind serviciile sociale finanțate din bugetul Comunei Dragomirești\nJUDEȚUL NEAMȚ",
     "Comuna Dragomirești", "Neamț"),
    ("ROMÂNIA\nJUDEȚUL VASLUI\nPRIMĂRIA COMUNEI DRAGOMIREȘTI", "Comuna Dragomirești", "Vaslui"),
    ("Planul anual … din bugetul Consiliului Local Sector 2 pe anul 2022", "Sector 2 București", "București"),
    ("Consiliul General al Municipiului București aprobă", "Municipiul București", "București"),
    ("Primăria Municipiului Cluj-Napoca, Direcția de Asistență Socială", "Municipiul Cluj-Napoca", "Cluj"),
    ("Consiliul Județean Neamț", "Județul Neamț", "Neamț"),
])
def test_find_place_patterns(text, uat, county):
    p = find_place(text)
    assert (p.uat, p.county) == (uat, county)


def test_find_place_on_corpus_matches_gold():
    docs = sorted((SHARED / "corpus").glob("*.txt"))
    if not docs:
        pytest.skip("sample corpus not available")
    for txt in docs:
        gold = SHARED / "gold" / txt.stem / "document.csv"
        with open(gold, encoding="utf-8") as fh:
            row = next(csv.DictReader(fh))
        place = find_place(txt.read_text(encoding="utf-8")[:3000])
        assert place is not None, txt.name
        assert (place.uat, place.county) == (row["uat"], row["county"]), txt.name
        assert place.siruta is not None
