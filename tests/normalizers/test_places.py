"""Places: counties, UATs and SIRUTA codes; the hard cases are sectors and same-named communes."""
import csv
from pathlib import Path

import pytest

from normalizers.places import (UNPRINTED_KIND, Place, canonical_county, county_names, find_place, locate_place,
                                 resolve_uat)

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


# ---------------------------------------------------------------- a UAT SIRUTA does not settle keeps its name

@pytest.mark.parametrize("text,uat,county,reason", [
    # an invented municipality: the printed name and county, never 'Județul Cluj'
    ("PLANUL ANUAL DE ACȚIUNE\nprivind serviciile sociale finanțate din bugetul Consiliului Local al Municipiului "
     "Zăvoiul Mare, județul Cluj, pentru anul 2024", "Municipiul Zăvoiul Mare", "Cluj", "uat_not_in_siruta"),
    # a real commune name, but not in the printed county
    ("Planul anual … din bugetul Consiliului Local al Comunei Cosmești, județul Alba", "Comuna Cosmești", "Alba",
     "uat_not_in_siruta"),
    # an all-capital heading: the name stops at the county, title-cased
    ("ROMÂNIA\nJUDEȚUL BUZĂU\nPRIMĂRIA COMUNEI VALEA STÂNCII NOI JUDEȚUL BUZĂU", "Comuna Valea Stâncii Noi", "Buzău",
     "uat_not_in_siruta"),
    # four counties have a Dragomirești and none is printed: the printed commune, no guessed county
    ("Planul anual … din bugetul Comunei Dragomirești pentru anul 2021", "Comuna Dragomirești", None,
     "uat_ambiguous"),
])
def test_unresolved_uat_keeps_its_printed_name(text, uat, county, reason):
    found = locate_place(text)
    assert found.place == Place(uat, county, None, found.place.kind)
    assert found.warnings == (f"{reason}:{uat}",)
    assert find_place(text) == found.place


def test_resolved_uat_has_no_warning_and_wins_a_tie():
    found = locate_place("Primăria Comunei Dragomirești\nJUDEȚUL NEAMȚ")
    assert found.place.siruta == 122392 and found.warnings == ()


def test_a_name_seen_in_passing_is_no_uat():
    # no authority word before it: a project's name, not the document's place
    found = locate_place("Proiectul „Orașul Copiilor” al Asociației Delta din județul Cluj")
    assert found.place is not None and found.place.uat == "Județul Cluj"
    assert locate_place("proiectul Orașul Copiilor").place is None


def test_generated_plans_keep_their_printed_uat():
    docs = sorted((SHARED / "generated").glob("synth_*_rows.txt"))
    if not docs:
        pytest.skip("generated plans not available")
    for txt in docs:
        with open(SHARED / "generated" / "gold" / txt.name.replace("_rows.txt", "") / "document.csv",
                  encoding="utf-8") as fh:
            row = next(csv.DictReader(fh))
        place = find_place(txt.read_text(encoding="utf-8")[:8000])
        assert (place.uat, place.county) == (row["uat"], row["county"]), txt.name


def test_siruta_is_read_by_the_reference_data_loader_not_by_the_normaliser():
    import inspect

    import normalizers.places as places
    from normalizers.reference import load_siruta
    units = load_siruta()
    neamt = [u for u in units if u.code == 122392]
    assert len(neamt) == 1 and neamt[0].name == "DRAGOMIREȘTI" and neamt[0].tip == 3
    source = inspect.getsource(places)
    assert "import sirutalib" not in source and "SirutaDatabase" not in source
    assert not any(word in source for word in ("import csv", "importlib", "read_text(", "open("))


def test_the_town_named_after_its_social_assistance_service():
    # a plan that names its place only through its issuer ('Serviciul Public de Asistență Socială Vicovu de Sus',
    # 'Direcția de Asistență Socială Bucecea'); a county directorate ('DGASPC Giurgiu') names the county, not the
    # municipality of the same name
    text = ("PLANUL ANUAL DE ACȚIUNE AL SERVICIULUI PUBLIC DE ASISTENȚĂ SOCIALĂ VICOVU DE SUS PE ANUL 2021\n"
            "Prezentul plan a fost elaborat de Serviciul Public de Asistență Socială Vicovu de Sus.")
    assert find_place(text).uat == "Orașul Vicovu de Sus"
    assert find_place("Planul Direcției de Asistență Socială Bucecea pentru anul 2025").uat == "Orașul Bucecea"
    assert find_place("Direcția Generală de Asistență Socială și Protecția Copilului Giurgiu") is None
    # a title wrapped after the genitive article: the unit is on the next line, 'AL' is no town
    text = ("Serviciul Public de Asistență Socială al Orașului Jimbolia\n"
            "PLANUL ANUAL DE FORMARE PROFESIONALĂ A PERSONALULUI SERVICIULUI PUBLIC DE ASISTENȚĂ SOCIALĂ AL\n"
            "ORAȘULUI JIMBOLIA PENTRU ANUL 2023")
    assert find_place(text).uat == "Orașul Jimbolia"


def test_the_unit_named_in_a_mayors_report_title():
    # the mayor's report is about the unit its title names ('starea economică, socială și de mediu a COMUNEI X',
    # art. 155 of the administrative code): a vote as strong as 'bugetul …', also when SIRUTA has several and the
    # report prints no county (the printed unit, no county)
    found = locate_place("RAPORT privind starea economică, socială și de mediu a COMUNEI PIETROASA în anul 2022\n"
                         "Suprafața totală a unității administrativ-teritoriale este de 158,7 km².")
    assert found.place is not None and found.place.uat == "Comuna Pietroasa" and found.place.county is None
    assert found.warnings == ("uat_ambiguous:Comuna Pietroasa",)
    assert find_place("Raportul primarului privind starea economică, socială și de mediu a orașului Topoloveni în "
                      "anul 2020").county == "Argeș"


def test_a_social_service_named_after_a_town_of_several_counties_takes_the_county_of_its_address():
    # Pietroasa is a commune of Bihor and of Timiș: the plan's address ('jud. Bihor') settles which
    text = ("Plan anual de acțiune pentru anul 2024\nprivind serviciile sociale acordate de Serviciul Public de "
            "Asistență Socială Pietroasa\nSediul: str. Principală nr. 4, Pietroasa, jud. Bihor, tel. 0259 123 456")
    found = locate_place(text)
    assert found.place == Place("Comuna Pietroasa", "Bihor", 30336, "comuna") and found.warnings == ()
    assert find_place("Direcția de Asistență Socială Pietroasa (jud. Timiș)").county == "Timiș"


def test_a_social_service_named_after_a_town_of_several_counties_without_one_keeps_the_printed_town():
    # no county printed: the town the service is named after, every SIRUTA unit of that name being a commune, with
    # no county and a warning — never a guessed county; a name that is a commune here and a town there is no UAT
    found = locate_place("PLANUL ANUAL DE ACȚIUNE AL SERVICIULUI PUBLIC DE ASISTENȚĂ SOCIALĂ PIETROASA PE ANUL 2024")
    assert found.place == Place("Comuna Pietroasa", None, None, "comuna")
    assert found.warnings == ("uat_ambiguous:Comuna Pietroasa",)
    assert locate_place("PLANUL ANUAL DE ACȚIUNE AL DIRECȚIEI DE ASISTENȚĂ SOCIALĂ DRAGOMIREȘTI").place is None


def test_the_town_named_after_the_acronym_of_its_social_assistance_service():
    # 'S.P.A.S. X', 'SPAS X', 'D.A.S. X': the service's acronym before the town, as its full name
    assert find_place("Planul S.P.A.S. Vicovu de Sus pe anul 2024").uat == "Orașul Vicovu de Sus"
    assert find_place("Planul anual al D.A.S. Bucecea pe anul 2025").uat == "Orașul Bucecea"
    found = locate_place("SPAS Pietroasa\nPlan anual de acțiune 2024. Sediul: Pietroasa, jud. Timiș.")
    assert found.place is not None and (found.place.uat, found.place.county) == ("Comuna Pietroasa", "Timiș")


def test_a_town_siruta_does_not_know_named_by_the_service_and_by_its_kind_is_the_place_not_the_county():
    # the plan's social-assistance service is named after a town SIRUTA does not have; its address names the town
    # with its kind: that town, with its printed county and no code — never the county (whose DGASPC would become
    # the issuer)
    text = ("Plan anual de acțiune pentru anul 2024\nprivind serviciile sociale acordate de Serviciul Public de "
            "Asistență Socială Zăvoiul Mare\nSediul: str. Principală nr. 4, Orașul Zăvoiul Mare, jud. Cluj")
    found = locate_place(text)
    assert found.place == Place("Orașul Zăvoiul Mare", "Cluj", None, "oras")
    assert found.warnings == ("uat_not_in_siruta:Orașul Zăvoiul Mare",)


@pytest.mark.parametrize("text,uat", [
    # a name SIRUTA has (communes of Alba, Dâmbovița…) but not in the printed county, its kind never printed
    ("ROMÂNIA\nJUDEȚUL CLUJ\nSERVICIUL PUBLIC DE ASISTENȚĂ SOCIALĂ VALEA LUNGĂ\nPLANUL ANUAL DE ACȚIUNE PE ANUL 2024\n"
     "Sediul: str. Principală nr. 4, Valea Lungă, jud. Cluj", "Valea Lungă"),
    # a name SIRUTA does not have anywhere
    ("Planul anual al Direcției de Asistență Socială Zăvoiul Mare pentru anul 2025\nJudețul Cluj", "Zăvoiul Mare"),
])
def test_a_town_siruta_does_not_know_printed_without_its_kind_keeps_its_printed_name_not_the_county(text, uat):
    # the printed name alone (no kind is guessed), the printed county, no code, a warning — never 'Județul Cluj'
    found = locate_place(text)
    assert found.place == Place(uat, "Cluj", None, UNPRINTED_KIND)
    assert found.warnings == (f"uat_not_in_siruta:{uat}",)


def test_a_county_directorate_is_no_town_of_an_unprinted_kind():
    # 'Direcția de Asistență Socială Neamț' names the county; a name of the printed county stays resolved
    assert locate_place("Planul Direcției de Asistență Socială Neamț\nJUDEȚUL NEAMȚ").place.uat == "Județul Neamț"
    found = locate_place("SERVICIUL PUBLIC DE ASISTENȚĂ SOCIALĂ BICAZ\nJUDEȚUL NEAMȚ")
    assert found.place.uat == "Orașul Bicaz" and found.warnings == ()
    # the town of a service's title printed with its kind ('Al Orașului X', capitalised): the town, of that kind
    found = locate_place("Planul anual al Serviciului Public de Asistență Socială Al Orașului Urlați\nJudețul Prahova")
    assert found.place.uat == "Orașul Urlați" and found.warnings == ()


def test_a_name_of_several_counties_is_settled_by_the_county_bodies_the_document_names():
    # no 'Județul X' printed; the report's partners are its county's own bodies (school inspectorate, job agency,
    # DGASPC): the one Cuza Vodă of those counties
    text = ("RAPORT privind starea economică, socială și de mediu a COMUNEI CUZA VODĂ în anul 2022\n"
            "Primăria a încheiat un acord de parteneriat cu Inspectoratul Școlar Județean Galați.\n"
            "A fost încheiată o convenție cu D.G.A.S.P.C. Galați.")
    found = locate_place(text)
    assert found.place == Place("Comuna Cuza Vodă", "Galați", 77595, "comuna") and found.warnings == ()


def test_county_bodies_of_two_of_its_counties_settle_nothing():
    text = ("RAPORT privind starea economică, socială și de mediu a COMUNEI CUZA VODĂ în anul 2022\n"
            "Parteneri: Inspectoratul Școlar Județean Galați, Direcția Generală de Asistență Socială și Protecția "
            "Copilului Constanța.")
    found = locate_place(text)
    assert found.place.county is None and found.warnings == ("uat_ambiguous:Comuna Cuza Vodă",)


def test_a_unit_named_in_passing_under_the_county_councils_letterhead_is_no_place_of_the_document():
    # the county's council and directorate head the report; a commune it works with ('contract de asociere cu Comuna
    # X') is a partner, named in passing: the document is the county's
    head = ("ROMÂNIA\nJUDEȚUL HUNEDOARA\nCONSILIUL JUDEȚEAN HUNEDOARA\nDIRECȚIA GENERALĂ DE ASISTENȚĂ SOCIALĂ ȘI "
            "PROTECȚIA COPILULUI HUNEDOARA\nRAPORT DE ACTIVITATE pe anul 2026\n")
    partner = "- Comuna Baia de Criș – contract de asociere nr. 4554/16.09.2024, privind îngrijirea la domiciliu;\n"
    assert locate_place(head + partner).place.uat == "Județul Hunedoara"
    # the commune named after an authority word ('bugetul Comunei X': the county council's opinion on its plan), or
    # heading the document before the county's council is named, is still the document's place
    opinion = head + "privind avizarea Planului anual finanțat din bugetul Comunei Baia de Criș\n"
    assert locate_place(opinion).place.uat == "Comuna Baia de Criș"
    letterhead = ("ROMÂNIA\nJUDEȚUL HUNEDOARA\nCOMUNA BAIA DE CRIȘ\nRAPORT DE ACTIVITATE pe anul 2026\n"
                  "Centrul de zi este finanțat de Consiliul Județean Hunedoara.\n")
    assert locate_place(letterhead).place.uat == "Comuna Baia de Criș"


def test_a_county_listing_its_towns_and_communes_alike_is_the_county():
    # a county's catalogue: its letterhead and title name the county, a heading over each table one of its units
    opening = ("JUDEȚUL DOLJ\nCONSILIUL JUDEȚEAN DOLJ\nCatalogul serviciilor sociale din județul Dolj\n"
               "UAT Comuna Secu\nServicii sociale în Municipiul Craiova\nOrașul Dăbuleni")
    assert find_place(opening).uat == "Județul Dolj"
    # a commune's own document names the commune more than any other unit of its county
    opening = ("JUDEȚUL DOLJ\nPRIMĂRIA COMUNEI SECU\nPlanul anual al Comunei Secu\n"
               "Parteneriat cu Municipiul Craiova")
    assert find_place(opening).uat == "Comuna Secu"
    # two councils named alike (an association of two communes): the first one's, as before
    opening = ("JUDEȚUL DOLJ\nHOTĂRÂRE privind asocierea Consiliului Local al Comunei Secu cu Consiliul Local al "
               "Comunei Bucovăț")
    assert find_place(opening).uat == "Comuna Secu"
