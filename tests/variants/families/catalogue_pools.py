"""Vocabulary of the ``services_catalogue`` family (a county's catalogue / map of licensed social services): the
services a county's public and private providers run, grouped by beneficiaries, the providers' names, the column
headers, the licence and accreditation numbers and the prose of the catalogue, as DGASPC and county councils print
them. Written blind (session 18) from the contract, DESIGN.md, the corpus and its gold; codes of HG 867/2015.
"""
from __future__ import annotations

import random
from dataclasses import dataclass

__all__ = ["ServiceKind", "GROUPS", "NAMES", "STREETS", "HEADERS", "GROUP_HEADERS", "TITLES", "FUNDING_PUBLIC",
           "FUNDING_PRIVATE", "licence_text", "accreditation_text", "phone", "slug"]


@dataclass(frozen=True)
class ServiceKind:
    """One kind of service of the nomenclator: its canonical code, how catalogues name it, capacity range."""

    code: str
    names: tuple[str, ...]  # "{nm}" a given name ("Speranța"), "{loc}" the locality
    cap: tuple[int, int] | None  # places; None: a service without places (street team)
    public_only: bool = False


# beneficiary group heading -> the kinds of services listed under it
GROUPS: dict[str, tuple[ServiceKind, ...]] = {
    "Persoane vârstnice": (
        ServiceKind("8730 CR-V-I", ("Cămin pentru persoane vârstnice „{nm}”", "Căminul pentru persoane vârstnice {loc}",
                                    "Centrul rezidențial pentru persoane vârstnice „{nm}”"), (18, 120)),
        ServiceKind("8810 CZ-V-I", ("Centrul de zi pentru persoane vârstnice „{nm}”", "Clubul seniorilor „{nm}”"),
                    (15, 60)),
        ServiceKind("8810 ID-I", ("Serviciul de îngrijire la domiciliu pentru persoane vârstnice",
                                  "Unitatea de îngrijiri la domiciliu „{nm}”"), (20, 150)),
    ),
    "Copii și familii": (
        ServiceKind("8790 CR-C-I", ("Casa de tip familial „{nm}” {loc}", "Centrul de plasament „{nm}”"), (8, 40)),
        ServiceKind("8790 CR-C-II", ("Centrul de primire în regim de urgență pentru copilul abuzat, neglijat, "
                                     "exploatat", "Centrul de primire în regim de urgență {loc}"), (6, 24), True),
        ServiceKind("8790 CR-MC-I", ("Centrul maternal „{nm}”",), (6, 20)),
        ServiceKind("8891 CZ-C-I", ("Centrul de zi pentru copii „{nm}”", "Centrul de zi „{nm}” {loc}"), (15, 60)),
        ServiceKind("8891 CZ-C-II", ("Centrul de consiliere și sprijin pentru părinți și copii {loc}",), (20, 80)),
    ),
    "Persoane adulte cu dizabilități": (
        ServiceKind("8790 CR-D-I", ("Centrul de îngrijire și asistență {loc}", "Centrul de îngrijire și asistență "
                                                                               "„{nm}”"), (30, 150), True),
        ServiceKind("8790 CR-D-II", ("Centrul de recuperare și reabilitare neuropsihiatrică {loc}",), (40, 200), True),
        ServiceKind("8790 CR-D-VII", ("Locuința protejată „{nm}”", "Locuința maxim protejată {loc}",
                                      "Locuința minim protejată „{nm}”"), (6, 12)),
        ServiceKind("8899 CZ-D-I", ("Centrul de zi pentru persoane adulte cu dizabilități „{nm}”",
                                    "Centrul de servicii de recuperare neuromotorie de tip ambulatoriu {loc}"), (20, 70)),
    ),
    "Persoane fără adăpost și persoane în risc de sărăcie": (
        ServiceKind("8790 CR-PFA-I", ("Adăpostul de noapte {loc}", "Adăpost de noapte „{nm}”"), (15, 60)),
        ServiceKind("8899 CPDH-I", ("Cantina socială {loc}", "Cantina de ajutor social „{nm}”"), (50, 300)),
        ServiceKind("8899 SIS-I", ("Echipa mobilă de intervenție în stradă {loc}", "Serviciul de intervenție în "
                                   "stradă"), None),
    ),
    "Victime ale violenței domestice": (
        ServiceKind("8790 CR-VD-I", ("Centrul de primire în regim de urgență pentru victimele violenței domestice "
                                     "„{nm}”",), (8, 30), True),
        ServiceKind("8899 CZ-VD-II", ("Centrul de consiliere pentru prevenirea și combaterea violenței domestice {loc}",
                                      "Centrul de informare și sensibilizare a populației „{nm}”"), (20, 60)),
    ),
}

# how catalogues head a beneficiary group (a group-heading row or a heading above a table)
GROUP_HEADERS: dict[str, tuple[str, ...]] = {
    "Persoane vârstnice": ("Servicii sociale pentru persoane vârstnice", "PERSOANE VÂRSTNICE",
                           "Servicii destinate persoanelor vârstnice"),
    "Copii și familii": ("Servicii sociale pentru copii și familie", "COPII ȘI FAMILII",
                         "Servicii destinate copilului și familiei"),
    "Persoane adulte cu dizabilități": ("Servicii sociale pentru persoane adulte cu dizabilități",
                                        "PERSOANE ADULTE CU DIZABILITĂȚI", "Servicii destinate adulților cu handicap"),
    "Persoane fără adăpost și persoane în risc de sărăcie": (
        "Servicii pentru persoane fără adăpost și persoane în risc de sărăcie", "PERSOANE FĂRĂ ADĂPOST",
        "Servicii de combatere a sărăciei și excluziunii sociale"),
    "Victime ale violenței domestice": ("Servicii pentru victimele violenței domestice",
                                        "VICTIME ALE VIOLENȚEI DOMESTICE", "Servicii de prevenire a violenței domestice"),
}

NAMES = ("Speranța", "Sfânta Maria", "Sf. Ana", "Casa Bunicilor", "Inimă de Copil", "Lumina", "Sf. Nicolae",
         "Pro Vita", "Izvorul Tămăduirii", "Casa Soarelui", "Micul Prinț", "Bucuria", "Raza de Soare", "Buna Vestire",
         "Floare de Colț", "Sf. Andrei", "Dumbrava", "Acasă", "Căsuța Fermecată", "Sf. Ioan", "Arca lui Noe",
         "Împreună", "Mâini Întinse", "Providența", "Samariteanul", "Sf. Paraschiva")

PRIVATE_FORMS = ("Asociația „{nm}”", "Fundația „{nm}”", "Asociația „{nm}” {loc}", "Fundația Creștină „{nm}”",
                 "Parohia Ortodoxă „{nm}” {loc}", "Asociația Filantropia {loc}", "S.C. Rezidența {nm} S.R.L.",
                 "Asociația Caritas {loc}", "Fundația de Sprijin Comunitar {loc}", "Asociația Umanitară „{nm}”")

STREETS = ("Str. Mihai Eminescu", "Str. Libertății", "Bd. Independenței", "Str. Gării", "Str. Florilor",
           "Str. Unirii", "Calea Națională", "Str. Ștefan cel Mare", "Str. Mihai Viteazu", "Str. Republicii",
           "Str. Tudor Vladimirescu", "Aleea Teilor", "Str. Spitalului", "Str. Principală")

FUNDING_PUBLIC = ("buget județean", "buget local", "buget județean, buget de stat", "buget local, contribuția "
                  "beneficiarilor", "buget județean, contribuția beneficiarilor", "bugetul Consiliului Județean")
FUNDING_PRIVATE = ("fonduri proprii", "subvenție Legea nr. 34/1998, fonduri proprii", "donații, sponsorizări",
                   "contract de servicii cu DGASPC", "fonduri proprii, contribuția beneficiarilor",
                   "fonduri nerambursabile POCU 2014-2020")

# column key -> header wordings (one row of header)
HEADERS: dict[str, tuple[str, ...]] = {
    "nr": ("Nr. crt.", "Nr.", "Nr. crt"),
    "provider": ("Furnizor", "Denumirea furnizorului", "Furnizorul de servicii sociale", "Furnizor de servicii"),
    "provider_contact": ("Furnizor (denumire, sediu, date de contact)", "Furnizorul de servicii sociale / date de "
                         "contact", "Denumire furnizor, adresă, telefon, e-mail"),
    "name": ("Denumirea serviciului social", "Serviciul social", "Denumire serviciu social",
             "Denumirea serviciului social licențiat"),
    "name_code": ("Codul și denumirea serviciului social", "Serviciul social (cod și denumire)"),
    "code": ("Cod serviciu", "Cod serviciu social (HG nr. 867/2015)", "Codul serviciului social", "Cod nomenclator"),
    "address": ("Adresa", "Adresa serviciului", "Sediul / adresa de funcționare", "Adresa de desfășurare a activității"),
    "locality": ("Localitatea", "Localitate", "UAT"),
    "capacity": ("Capacitate", "Capacitate (nr. locuri)", "Nr. locuri", "Capacitatea serviciului"),
    "licence": ("Nr. și data licenței de funcționare", "Licența de funcționare (nr./data)", "Licență de funcționare"),
    "accreditation": ("Nr. certificat de acreditare furnizor", "Certificat acreditare furnizor",
                      "Certificat de acreditare (serie, nr.)"),
    "category": ("Categoria de beneficiari", "Beneficiari", "Categorie beneficiari"),
    "funding": ("Sursa de finanțare", "Surse de finanțare", "Finanțare"),
    "notes": ("Observații", "Mențiuni"),
}

TITLES = ("Catalogul serviciilor sociale din județul {county}", "Harta serviciilor sociale din județul {county}",
          "Lista furnizorilor și serviciilor sociale licențiate din județul {county}",
          "Catalogul furnizorilor și serviciilor sociale licențiate la nivelul județului {county}",
          "Harta serviciilor sociale publice și private din județul {county}")


def _date(rnd: random.Random, y_lo: int, y_hi: int) -> str:
    return f"{rnd.randint(1, 28):02d}.{rnd.randint(1, 12):02d}.{rnd.randint(y_lo, y_hi)}"


def licence_text(rnd: random.Random, year: int) -> tuple[str, str, str]:
    """(one cell, number alone, date alone) of a licence to operate: numbers, series and dates are distractors."""
    no, d = str(rnd.randint(100, 9999)), _date(rnd, year - 5, year - 1)
    one = rnd.choice((f"LF nr. {no}/{d}", f"Licență de funcționare seria LF nr. {int(no):07d}, din {d}",
                      f"{no} din {d}", f"nr. {no}/{d}", f"Licență provizorie nr. {no}/{d}"))
    return one, no, d


def accreditation_text(rnd: random.Random, year: int) -> str:
    no = rnd.randint(10, 4999)
    return rnd.choice((f"AF nr. {no:06d}/{_date(rnd, 2012, year - 1)}", f"seria AF nr. {no:06d}",
                       f"Certificat de acreditare nr. {no}/{_date(rnd, 2012, year - 1)}", f"{no}/{rnd.randint(2012, year - 1)}"))


def phone(rnd: random.Random) -> str:
    prefix = rnd.choice(("0230", "0232", "0233", "0234", "0236", "0238", "0240", "0244", "0250", "0256", "0264"))
    num = f"{rnd.randint(100, 999)} {rnd.randint(100, 999)}"
    return rnd.choice((f"{prefix} {num}", f"{prefix}.{num.replace(' ', '.')}", f"07{rnd.randint(20, 79)} "
                       f"{rnd.randint(100, 999)} {rnd.randint(100, 999)}"))


def slug(text: str) -> str:
    table = str.maketrans("ăâîșțĂÂÎȘȚ", "aaistAAIST")
    return "".join(ch for ch in text.translate(table).lower() if ch.isalnum())[:18] or "office"
