"""The ``plan_town_spas`` family's vocabulary, money units, document state and part titles (see spas.py)."""
from __future__ import annotations

import random

from make_variants import El, p

from .fmt import group
from .places import issuer_for, pick_place

# ------------------------------------------------------------------------------------------------ vocabulary

NICKS = ["Speranța", "Sf. Maria", "Floare de Colț", "Casa Bunicilor", "Ghiocelul", "Rază de Soare", "Sf. Nicolae",
         "Curcubeul", "Prichindelul", "Împreună", "Lumina", "Sf. Ana", "Dor de Viață", "Mâini Întinse"]
STREETS = ["str. Mihai Eminescu", "bd. Independenței", "str. Libertății", "str. Unirii", "str. Republicii",
           "str. Ștefan cel Mare", "str. Florilor", "str. Gării", "Piața Centrală", "str. Avram Iancu"]

# category key -> (printed group heading variants, beneficiary phrase for composite capacity cells)
CATEGORIES = {
    "copii": (["Servicii sociale pentru copii și familie", "Copii și familie", "Servicii destinate copiilor"],
              ["copii în situație de risc", "copii cu dizabilități", "copii și părinți"]),
    "varstnici": (["Servicii sociale pentru persoane vârstnice", "Persoane vârstnice",
                   "Servicii destinate persoanelor vârstnice"], ["persoane vârstnice", "vârstnici"]),
    "dizabilitati": (["Servicii sociale pentru persoane cu dizabilități", "Persoane adulte cu dizabilități",
                      "Servicii pentru persoanele cu handicap"], ["adulți cu dizabilități", "persoane cu handicap"]),
    "excluziune": (["Servicii pentru persoane în risc de excluziune socială", "Persoane în situații de risc",
                    "Alte categorii de persoane vulnerabile"], ["persoane în risc de sărăcie", "persoane fără adăpost"]),
}

# category -> [(code, name template, capacity range)]; {nick} a centre's nickname, {town} the town
SERVICES = {
    "copii": [
        ("8891 CZ-C-II", "Centrul de zi pentru copii „{nick}”", (20, 60)),
        ("8891 CZ-C-III", "Centrul de zi de recuperare pentru copii cu dizabilități {town}", (10, 40)),
        ("8790 CR-C-II", "Centrul de primire în regim de urgență pentru copilul abuzat", (6, 16)),
        ("8899 CZ-F-I", "Centrul de consiliere și sprijin pentru părinți și copii „{nick}”", (20, 80)),
        ("8891 CZ-C-I", "Creșa „{nick}”", (30, 90)),
    ],
    "varstnici": [
        ("8810 CZ-V-II", "Clubul pensionarilor „{nick}”", (30, 120)),
        ("8810 CZ-V-I", "Centrul de zi pentru persoane vârstnice {town}", (20, 50)),
        ("8730 CR-V-I", "Căminul pentru persoane vârstnice „{nick}”", (25, 80)),
        ("8810 ID-I", "Serviciul de îngrijire la domiciliu pentru persoane vârstnice", (15, 60)),
    ],
    "dizabilitati": [
        ("8899 CZ-D-I", "Centrul de zi pentru persoane adulte cu dizabilități „{nick}”", (15, 40)),
        ("8790 CR-D-VII", "Locuința protejată „{nick}”", (6, 12)),
        ("8810 ID-VI", "Echipa mobilă pentru persoane adulte cu dizabilități", (20, 50)),
        ("8790 CR-D-VI", "Centrul respiro pentru persoane adulte cu dizabilități {town}", (8, 16)),
    ],
    "excluziune": [
        ("8899 CPDH-I", "Cantina socială {town}", (50, 250)),
        ("8899 CPDH-II", "Serviciul „Masa pe roți”", (20, 80)),
        ("8790 CR-PFA-II", "Adăpostul de noapte pentru persoane fără adăpost", (15, 40)),
        ("8899 CZ-VD-I", "Centrul de consiliere pentru victimele violenței domestice", (10, 30)),
        ("8899 CZ-PN-V", "Serviciul de asistență comunitară {town}", (40, 150)),
    ],
}

SOURCES = {  # budget field -> header wordings
    "budget_local_lei": ["Buget local", "Bugetul local", "Fonduri de la bugetul local", "Bugetul Consiliului Local"],
    "budget_state_lei": ["Buget de stat", "Bugetul de stat", "Transferuri de la bugetul de stat"],
    "budget_beneficiaries_lei": ["Contribuția beneficiarilor", "Contribuții persoane beneficiare",
                                 "Contribuție lunară beneficiari"],
    "budget_other_lei": ["Alte surse", "Fonduri externe nerambursabile", "Donații și sponsorizări"],
}

CPVS = [  # (cpv, wording of the contract object, service code or None)
    ("85311100-3", "Servicii de îngrijire la domiciliu pentru persoane vârstnice dependente", "8810 ID-I"),
    ("85311200-4", "Servicii sociale cu cazare pentru persoane adulte cu dizabilități", "8790 CR-D-VII"),
    ("85311300-5", "Servicii de asistență socială cu cazare pentru copii", "8790 CR-C-II"),
    ("85312100-0", "Servicii de centre de zi pentru copii în situație de risc", "8891 CZ-C-II"),
    ("55521200-0", "Servicii de livrare de mâncare pentru beneficiarii cantinei sociale", "8899 CPDH-II"),
    ("85312400-3", "Servicii de consiliere pentru victimele violenței domestice", "8899 CZ-VD-I"),
    ("85311000-2", "Servicii de găzduire pe timp de noapte pentru persoane fără adăpost", "8790 CR-PFA-II"),
]
PROCEDURES = ["Procedură simplificată", "Achiziție directă", "Licitație deschisă",
              "Procedură proprie (servicii sociale, anexa 2 la Legea nr. 98/2016)"]
MONTHS = ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie", "octombrie",
          "noiembrie", "decembrie"]

ASSOCIATIONS = ["Asociația „{nick}” {town}", "Fundația Creștină „{nick}”", "Asociația Caritas {county}",
                "Fundația „Inimă de Copil” {town}", "Asociația Filantropia Ortodoxă {town}"]
SUBSIDISED_UNITS = [("Centrul de zi pentru copii „{nick}”", "8891 CZ-C-II"),
                    ("Cantina socială „{nick}”", "8899 CPDH-I"),
                    ("Centrul de zi pentru vârstnici „{nick}”", "8810 CZ-V-II"),
                    ("Locuința protejată „{nick}”", "8790 CR-D-VII"),
                    ("Serviciul de îngrijire la domiciliu „{nick}”", "8810 ID-I")]

STAFF = ["asistenți sociali", "îngrijitori la domiciliu", "psihologi", "educatori", "personal de îngrijire",
         "inspectori de specialitate", "asistenți personali", "personal de conducere", "lucrători sociali",
         "infirmieri", "mediatori sanitari"]
TOPICS = {"perfectionare": ["Managementul de caz în asistența socială", "Protecția datelor cu caracter personal",
                            "Standarde minime de calitate în serviciile sociale", "Prevenirea violenței domestice"],
          "calificare": ["Îngrijitor bătrâni la domiciliu", "Lucrător social", "Infirmieră"],
          "instruire": ["Prim ajutor", "Prevenirea și stingerea incendiilor", "Comunicarea cu beneficiarii"]}
KIND_WORDS = {"perfectionare": ["perfecționare", "curs de perfecționare", "Perfecționare profesională"],
              "calificare": ["calificare", "curs de calificare", "Calificare"],
              "instruire": ["instruire", "sesiune de instruire", "Instruire internă"]}

PARTNERS = ["Inspectoratul Școlar Județean {county}", "Asociația „{nick}” {town}", "Fundația „{nick}”",
            "Crucea Roșie Română – Filiala {county}", "Parohia „Sf. Nicolae” {town}",
            "Agenția Județeană pentru Ocuparea Forței de Muncă {county}", "Spitalul Municipal {town}",
            "Poliția {town}", "Direcția Generală de Asistență Socială și Protecția Copilului {county}",
            "Colegiul Național „{nick}” {town}"]
ACTS = {"protocol": ["Protocol de colaborare", "protocol de colaborare", "Protocol"],
        "conventie": ["Convenție de colaborare", "convenție de parteneriat", "Convenție"],
        "acord": ["Acord de parteneriat", "acord de colaborare", "Acord de parteneriat"],
        "contract": ["Contract de parteneriat", "contract de colaborare", "Contract"]}


# ------------------------------------------------------------------------------------------------ money

class Unit:
    """How one table prints money: 'lei' or 'mii lei'; where the unit is written; decimals; the word in cells."""

    def __init__(self, rnd: random.Random, allow_thousands: bool = True):
        self.unit = "mii lei" if allow_thousands and rnd.random() < 0.35 else "lei"
        self.where = rnd.choice(["header", "cells", "above", "above"] + (["group"] if rnd.random() < 0.5 else []))
        self.decimals = rnd.random() < 0.45
        self.word = rnd.choice(["lei", "lei/an", "RON"]) if self.unit == "lei" else "mii lei"

    def amount(self, rnd: random.Random, lo: int, hi: int) -> int:
        return rnd.randrange(lo // 100, hi // 100) * 100  # whole hundreds: exact in "mii lei" too

    def cell(self, lei: int) -> str:
        if self.unit == "mii lei":
            k, rest = divmod(lei, 1000)
            text = group(k) + ("," + f"{rest // 10:02d}" if self.decimals else ("," + str(rest // 100) if rest else ""))
        else:
            text = group(lei) + (",00" if self.decimals else "")
        return text + (" " + self.word if self.where == "cells" else "")

    def header(self, text: str) -> str:
        return f"{text} ({self.unit})" if self.where == "header" else text

    def above(self, rnd: random.Random) -> El | None:
        if self.where != "above":
            return None
        u = self.unit
        return p(rnd.choice([f"- {u} -", f"(valori exprimate în {u})", f"Sumele sunt exprimate în {u}.", f"– {u} –"]))


# ------------------------------------------------------------------------------------------------ helpers

class Doc:
    def __init__(self, rnd: random.Random, year: int):
        self.rnd = rnd
        self.year = year
        self.town = pick_place(rnd, ("oras", "municipiu"))
        self.kind = rnd.choice(["SPAS", "DAS"])
        self.issuer = issuer_for(self.kind, self.town)
        short = {"SPAS": ["Serviciul Public de Asistență Socială " + self.town.name, "S.P.A.S. " + self.town.name],
                 "DAS": ["Direcția de Asistență Socială " + self.town.name, "D.A.S. " + self.town.name]}[self.kind]
        self.printed = rnd.choice([self.issuer, short[0]])
        self.abbr = short[1]
        self.nicks = rnd.sample(NICKS, len(NICKS))

    def nick(self) -> str:
        n = self.nicks.pop(0)
        self.nicks.append(n)
        return n

    def fill(self, template: str) -> str:
        return template.format(nick=self.nick() if "{nick}" in template else "", town=self.town.name,
                               county=self.town.county)

    def contacts(self) -> str:
        r = self.rnd
        ascii_town = self.town.name.lower().translate(str.maketrans("ăâîșțş ţ-", "aaisss t_")).replace(" ", "")
        phone = f"0{r.randint(230, 269)} {r.randint(100, 999)} {r.randint(100, 999)}"
        parts = [f"{r.choice(STREETS)} nr. {r.randint(1, 90)}", f"tel. {phone}",
                 f"e-mail: {self.kind.lower()}@primaria{ascii_town}.ro"]
        if r.random() < 0.3:
            parts = parts[:2]
        return ", ".join(parts)


def _section_titles(d: Doc) -> dict[str, str]:
    """One naming scheme per document for the plan's parts."""
    y, uat = d.year, d.town.uat
    scheme = d.rnd.choice(["letters", "anexa", "chapters", "law"])
    if scheme == "letters":
        return {"chapter1": "CAPITOLUL I. Date privind administrarea, înființarea și finanțarea serviciilor sociale",
                "A": "A. Serviciile sociale existente", "B": "B. Servicii sociale propuse spre a fi înființate",
                "C": "C. Programul anual de contractare a serviciilor sociale",
                "D": "D. Programul de subvenționare a asociațiilor și fundațiilor",
                "activities": "CAPITOLUL II. Planificarea activităților de informare a publicului",
                "trainings": "CAPITOLUL III. Programul de formare și îndrumare metodologică a personalului",
                "partnerships": "CAPITOLUL IV. Parteneriate", "order": [1, 0, 2]}
    if scheme == "anexa":
        return {"chapter1": None,
                "A": f"Anexa nr. 1 – Serviciile sociale administrate de {d.printed}",
                "B": f"Anexa nr. 2 – Serviciile sociale care urmează să fie înființate în anul {y}",
                "C": "Anexa nr. 3 – Programul de contractare a serviciilor sociale",
                "D": "Anexa nr. 4 – Programul de acordare a subvențiilor",
                "trainings": "Anexa nr. 5 – Programul de formare profesională a personalului",
                "activities": "Anexa nr. 6 – Activități de informare a populației",
                "partnerships": "Anexa nr. 7 – Acorduri de parteneriat și colaborare", "order": [0, 1, 2]}
    if scheme == "chapters":
        return {"chapter1": None,
                "A": f"Cap. 1 – Serviciile sociale existente la nivelul {d.town.genitive}",
                "B": "Cap. 2 – Înființarea de noi servicii sociale",
                "C": "Cap. 3 – Contractarea serviciilor sociale cu furnizori privați",
                "D": "Cap. 4 – Subvenții acordate furnizorilor privați de servicii sociale",
                "activities": "Cap. 5 – Informarea comunității",
                "trainings": "Cap. 6 – Formarea continuă a personalului",
                "partnerships": "Cap. 7 – Colaborări și parteneriate", "order": [1, 0, 2]}
    return {"chapter1": None,
            "A": "Servicii sociale administrate (art. 112 alin. (3) lit. a) din Legea nr. 292/2011)",
            "B": "Servicii sociale ce vor fi înființate (art. 112 alin. (3) lit. b) din Legea nr. 292/2011)",
            "C": "Contractarea serviciilor sociale conform Legii nr. 98/2016 privind achizițiile publice",
            "D": "Subvenții acordate în baza Legii nr. 34/1998",
            "activities": "Informarea publicului (art. 112 alin. (3) lit. d) din Legea nr. 292/2011)",
            "trainings": "Formarea personalului (art. 118 alin. (2) din Legea nr. 292/2011)",
            "partnerships": f"Parteneriate ale {d.abbr} în anul {y}",
            "order": d.rnd.choice([[0, 1, 2], [1, 0, 2], [2, 0, 1]])}


def _svc_gold(section, name, code_raw, code, **kw) -> dict:
    row = {"section": section, "service_name": name, "code_raw": code_raw, "service_code": code}
    row.update(kw)
    return row
