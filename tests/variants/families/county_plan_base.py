"""The ``plan_county_annual_action`` family's vocabulary, document state and part titles (see county_plan.py)."""
from __future__ import annotations

import random

from make_variants import El, p

from .fmt import group
from .places import _units, issuer_for, pick_county

# ------------------------------------------------------------------------------------------------ vocabulary

NICKS = ["Speranța", "Sf. Andrei", "Casa Noastră", "Ghiocelul", "Licurici", "Arc-en-Ciel", "Sf. Ecaterina",
         "Pinocchio", "Mugurel", "Floarea Soarelui", "Micul Prinț", "Sf. Spiridon", "Rază de Lumină", "Albă ca Zăpada",
         "Cireșarii", "Bucuria", "Sf. Parascheva", "Trandafirul", "Brândușa", "Steluța"]
STREETS = ["str. Mihai Viteazul", "bd. Revoluției", "str. Spitalului", "str. Școlii", "str. Bisericii", "str. Morii",
           "str. Tudor Vladimirescu", "Calea Națională", "str. Păcii", "str. Crinului", "str. Horea"]

# target group -> (table / sub-heading / group-row wordings)
GROUPS = {
    "copii": ["Servicii sociale pentru copii", "Protecția copilului – servicii de tip rezidențial și de zi",
              "Copii separați temporar sau definitiv de părinți", "COPII ȘI TINERI"],
    "copii_diz": ["Servicii pentru copii cu dizabilități", "Copii cu dizabilități și/sau cerințe educaționale speciale",
                  "COPII CU DIZABILITĂȚI"],
    "adulti_diz": ["Servicii sociale pentru persoane adulte cu dizabilități", "Persoane adulte cu handicap",
                   "ADULȚI CU DIZABILITĂȚI", "Centre pentru persoane adulte cu dizabilități"],
    "varstnici": ["Servicii pentru persoane vârstnice", "Persoane vârstnice", "VÂRSTNICI"],
    "violenta": ["Servicii pentru victimele violenței domestice", "Victime ale violenței în familie",
                 "Prevenirea și combaterea violenței domestice"],
    "alte": ["Alte categorii de persoane vulnerabile", "Persoane fără adăpost și tineri care părăsesc sistemul",
             "Servicii pentru alte grupuri vulnerabile"],
}

# target group -> [(code, name template, setting, capacity range)]; setting: rez | zi | dom
SERVICES = {
    "copii": [
        ("8790 CR-C-I", "Centrul de plasament „{nick}” {town}", "rez", (20, 60)),
        ("8790 CR-C-I", "Casa de tip familial „{nick}” {town}", "rez", (8, 14)),
        ("8790 CR-C-I", "Apartamentul „{nick}” {town}", "rez", (4, 8)),
        ("8790 CR-C-II", "Centrul de primire în regim de urgență pentru copilul abuzat, neglijat și exploatat {town}",
         "rez", (8, 20)),
        ("8790 CR-MC-I", "Centrul maternal „{nick}” {town}", "rez", (6, 14)),
        ("8891 CZ-C-II", "Centrul de zi pentru copii „{nick}” {town}", "zi", (15, 50)),
        ("8899 CZ-F-I", "Centrul de consiliere și sprijin pentru părinți și copii {town}", "zi", (30, 120)),
        ("8790 SF-C", "Serviciul de asistență maternală", "dom", (80, 400)),
    ],
    "copii_diz": [
        ("8891 CZ-C-III", "Centrul de recuperare pentru copii cu dizabilități „{nick}” {town}", "zi", (30, 120)),
        ("8790 CR-C-I", "Casa de tip familial pentru copii cu dizabilități „{nick}” {town}", "rez", (8, 12)),
        ("8891 CZ-C-III", "Centrul de zi pentru copii cu tulburări din spectrul autist {town}", "zi", (15, 40)),
    ],
    "adulti_diz": [
        ("8790 CR-D-I", "Centrul de îngrijire și asistență „{nick}” {town}", "rez", (40, 150)),
        ("8790 CR-D-II", "Centrul de abilitare și reabilitare pentru persoane adulte cu dizabilități {town}", "rez",
         (30, 90)),
        ("8790 CR-D-IV", "Centrul pentru viață independentă „{nick}” {town}", "rez", (10, 30)),
        ("8790 CR-D-VII", "Locuința protejată „{nick}” {town}", "rez", (6, 12)),
        ("8790 CR-D-VI", "Centrul respiro pentru persoane adulte cu dizabilități {town}", "rez", (8, 20)),
        ("8899 CZ-D-I", "Centrul de zi pentru persoane adulte cu dizabilități „{nick}” {town}", "zi", (20, 50)),
        ("8899 CZ-D-II", "Centrul de recuperare neuromotorie de tip ambulatoriu {town}", "zi", (40, 150)),
        ("8810 ID-VI", "Echipa mobilă pentru persoane adulte cu dizabilități {town}", "dom", (20, 60)),
    ],
    "varstnici": [
        ("8730 CR-V-I", "Căminul pentru persoane vârstnice „{nick}” {town}", "rez", (25, 100)),
        ("8810 ID-I", "Unitatea de îngrijire la domiciliu pentru persoane vârstnice {town}", "dom", (30, 90)),
        ("8810 CZ-V-I", "Centrul de zi pentru persoane vârstnice „{nick}” {town}", "zi", (20, 60)),
    ],
    "violenta": [
        ("8790 CR-VD-I", "Centrul de primire în regim de urgență pentru victimele violenței domestice {town}", "rez",
         (6, 20)),
        ("8790 CR-VD-II", "Centrul de recuperare pentru victimele violenței domestice „{nick}”", "rez", (8, 20)),
        ("8899 CZ-VD-I", "Centrul de consiliere pentru prevenirea și combaterea violenței în familie {town}", "zi",
         (20, 80)),
        ("8790 CR-VD-III", "Locuința protejată pentru victimele violenței domestice {town}", "rez", (4, 10)),
    ],
    "alte": [
        ("8790 CR-II", "Centrul de tranzit pentru tineri care părăsesc sistemul de protecție {town}", "rez", (8, 20)),
        ("8790 CR-PFA-II", "Adăpostul de noapte pentru persoane fără adăpost {town}", "rez", (15, 40)),
        ("8899 SIS-I", "Echipa mobilă de intervenție în stradă {town}", "dom", (30, 120)),
        ("8790 CRT-I", "Centrul multifuncțional pentru tineri „{nick}” {town}", "rez", (10, 24)),
    ],
}

SETTING_HEADINGS = {"rez": ["Servicii sociale cu cazare", "Servicii de tip rezidențial", "CENTRE REZIDENȚIALE"],
                    "zi": ["Servicii sociale fără cazare – centre de zi", "Centre de zi", "SERVICII DE ZI"],
                    "dom": ["Servicii sociale la domiciliu și în comunitate", "Servicii acordate în comunitate",
                            "SERVICII LA DOMICILIU"]}

# budget field -> header wordings (a county plan's own budget is the county's)
SOURCES = {
    "budget_county_lei": ["Buget județean", "Bugetul Consiliului Județean", "Bugetul propriu al județului",
                          "Buget CJ"],
    "budget_state_lei": ["Buget de stat", "Bugetul de stat", "Transferuri de la bugetul de stat"],
    "budget_beneficiaries_lei": ["Contribuția beneficiarilor", "Contribuții ale persoanelor beneficiare",
                                 "Contribuția lunară a beneficiarilor / susținătorilor legali"],
    "budget_other_lei": ["Alte surse", "Fonduri externe nerambursabile", "Donații și sponsorizări",
                         "Alte surse (fonduri europene, donații)"],
    "budget_local_lei": ["Contribuția consiliilor locale", "Bugetele locale ale UAT de domiciliu",
                         "Bugete locale (cofinanțare UAT)"],
}
# what the three header rows call the sources: (top group, public group, private group)
GROUP_HEADERS = ["Bugetul estimat pe surse de finanțare", "Surse de finanțare", "Buget estimat {year}",
                 "Finanțare {year}"]

CPVS = [  # (cpv, contract object, service code or None)
    ("85311100-3", "Servicii de îngrijire la domiciliu pentru persoane vârstnice", "8810 ID-I"),
    ("85311200-4", "Servicii de găzduire și îngrijire pentru persoane adulte cu dizabilități", "8790 CR-D-I"),
    ("85311300-5", "Servicii sociale rezidențiale pentru copii", "8790 CR-C-I"),
    ("85312100-0", "Servicii de centre de zi pentru copii cu dizabilități", "8891 CZ-C-III"),
    ("85312300-2", "Servicii de consiliere pentru victimele violenței domestice", "8899 CZ-VD-I"),
    ("55321000-6", "Servicii de preparare a mesei pentru centrele rezidențiale", None),
    ("85312400-3", "Servicii de asistență socială fără cazare pentru tineri", None),
]
PROCEDURES = ["Procedură simplificată", "Licitație deschisă", "Achiziție directă",
              "Servicii sociale – anexa nr. 2 la Legea nr. 98/2016", "Negociere fără publicare prealabilă"]

ASSOCIATIONS = ["Asociația „{nick}” {county}", "Fundația „{nick}”", "Asociația Filantropia Ortodoxă {county}",
                "Fundația de Sprijin Comunitar {county}", "Asociația Caritas Eparhial {county}",
                "Asociația Părinților Copiilor cu Autism {county}", "Fundația Creștină „{nick}”"]
SUBSIDISED = [("Centrul de zi pentru copii „{nick}”", "8891 CZ-C-II"),
              ("Căminul pentru persoane vârstnice „{nick}”", "8730 CR-V-I"),
              ("Locuința protejată „{nick}”", "8790 CR-D-VII"),
              ("Centrul de consiliere pentru victimele violenței „{nick}”", "8899 CZ-VD-I"),
              ("Serviciul de îngrijire la domiciliu „{nick}”", "8810 ID-I"),
              ("Centrul de recuperare pentru copii cu autism „{nick}”", "8891 CZ-C-III")]
GRANT_PROJECTS = ["Servicii de consiliere pentru familiile copiilor cu dizabilități",
                  "Centru de zi pentru tineri care părăsesc sistemul de protecție",
                  "Îngrijire la domiciliu pentru vârstnici din mediul rural",
                  "Sprijin pentru victimele violenței domestice din zonele rurale"]

STAFF = ["asistenți maternali profesioniști", "asistenți sociali", "psihologi", "educatori", "infirmiere",
         "instructori de educație", "personal de conducere al centrelor", "kinetoterapeuți", "îngrijitori",
         "personal de specialitate din centrele rezidențiale", "consilieri juridici", "referenți", "asistenți medicali"]
TRAINING_WORDS = {"perfectionare": ["perfecționare", "Perfecționare profesională", "curs de perfecționare"],
                  "calificare": ["calificare", "Curs de calificare", "calificare profesională"],
                  "instruire": ["instruire", "Instruire internă", "sesiune de instruire"],
                  "other": ["supervizare", "Supervizare profesională", "grup de supervizare"]}
TRAINING_TOPICS = {"perfectionare": ["Managementul cazului în protecția copilului", "Standardele minime de calitate",
                                     "Intervenția în situații de abuz și neglijare", "Comunicarea cu copilul"],
                   "calificare": ["Îngrijitor bătrâni la domiciliu", "Infirmieră", "Lucrător social"],
                   "instruire": ["SSM și PSI", "Prim ajutor", "Protecția datelor cu caracter personal (GDPR)"],
                   "other": ["Prevenirea sindromului de epuizare profesională", "Supervizarea echipelor de caz"]}

PARTNERS = ["Inspectoratul Școlar Județean {county}", "Inspectoratul de Poliție Județean {county}",
            "Direcția de Sănătate Publică {county}", "Agenția Județeană pentru Ocuparea Forței de Muncă {county}",
            "Asociația „{nick}” {county}", "Fundația „{nick}”", "Spitalul Județean de Urgență {county}",
            "Agenția Județeană pentru Plăți și Inspecție Socială {county}", "Universitatea „{nick}”",
            "Crucea Roșie Română – Filiala {county}", "Arhiepiscopia {county}",
            "Centrul Județean de Resurse și Asistență Educațională {county}"]
ACTS = {"protocol": ["Protocol de colaborare", "protocol de colaborare"],
        "conventie": ["Convenție de colaborare", "convenție de parteneriat"],
        "acord": ["Acord de parteneriat", "acord de colaborare"],
        "contract": ["Contract de parteneriat", "contract de colaborare"]}

FIRST = ["Maria", "Ioan", "Elena", "Gheorghe", "Mihaela", "Daniel", "Cristina", "Vasile", "Adriana", "Florin"]
LAST = ["Popa", "Rusu", "Dumitrescu", "Munteanu", "Lazăr", "Oprea", "Toma", "Ciobanu", "Moldovan", "Neagu"]


# ------------------------------------------------------------------------------------------------ money

class Unit:
    """How one table prints money: 'lei' or 'mii lei', where the unit is written, decimals, the word in cells."""

    def __init__(self, rnd: random.Random, thousands: float = 0.45):
        self.unit = "mii lei" if rnd.random() < thousands else "lei"
        self.where = rnd.choice(["header", "group", "cells", "above", "above", "title"])
        self.decimals = rnd.random() < 0.4
        self.word = rnd.choice(["lei", "RON"]) if self.unit == "lei" else "mii lei"

    def amount(self, rnd: random.Random, lo: int, hi: int) -> int:
        """An amount in lei this table prints exactly (whole hundreds: '1.234,5' mii lei)."""
        return rnd.randrange(lo // 100, hi // 100) * 100

    def cell(self, lei: int) -> str:
        if self.unit == "mii lei":
            k, rest = divmod(lei, 1000)
            if self.decimals:
                text = f"{group(k)},{rest // 10:02d}"
            else:
                text = group(k) + (f",{rest // 100}" if rest else "")
        else:
            text = group(lei) + (",00" if self.decimals else "")
        return text + (" " + self.word if self.where == "cells" else "")

    def header(self, text: str) -> str:
        return f"{text} ({self.unit})" if self.where == "header" else text

    def group_header(self, text: str) -> str:
        return f"{text} ({self.unit})" if self.where in ("group", "header") else text

    def above(self, rnd: random.Random) -> El | None:
        if self.where != "above":
            return None
        u = self.unit
        return p(rnd.choice([f"- {u} -", f"(valori în {u})", f"Sumele sunt exprimate în {u}.", f"– {u} –",
                             f"Valorile bugetare sunt exprimate în {u}."]))


# ------------------------------------------------------------------------------------------------ document state

def towns_of(county: str) -> list[str]:
    """Display names of the towns and communes of `county` (where a county's centres are)."""
    by_kind, _ = _units()
    out = [t.name for kind in ("municipiu", "oras", "comuna") for t in by_kind[kind] if t.county == county]
    return out or [county]


class Doc:
    def __init__(self, rnd: random.Random, year: int):
        self.rnd = rnd
        self.year = year
        self.county = pick_county(rnd)
        self.issuer = issuer_for("DGASPC", county=self.county)
        self.abbr = rnd.choice([f"DGASPC {self.county}", f"D.G.A.S.P.C. {self.county}"])
        self.printed = rnd.choice([self.issuer, self.issuer, self.abbr])
        self.council = f"Consiliul Județean {self.county}"
        towns = towns_of(self.county)
        self.towns = rnd.sample(towns, min(len(towns), 12))
        self.nicks = rnd.sample(NICKS, len(NICKS))

    def nick(self) -> str:
        n = self.nicks.pop(0)
        self.nicks.append(n)
        return n

    def town(self) -> str:
        return self.rnd.choice(self.towns)

    def fill(self, template: str, town: str | None = None) -> str:
        text = template.format(nick=self.nick() if "{nick}" in template else "", town=town or self.town(),
                               county=self.county)
        return " ".join(text.split())

    def person(self) -> str:
        return f"{self.rnd.choice(FIRST)} {self.rnd.choice(LAST)}"

    def address(self, town: str | None = None) -> str:
        r = self.rnd
        return f"{r.choice(STREETS)} nr. {r.randint(1, 120)}, {town or self.town()}"

    def page_marks(self, page: int, pages: int) -> list[El]:
        """A running header and footer left in the text of a converted document."""
        r = self.rnd
        out = []
        if r.random() < 0.5:
            out.append(p(r.choice([f"{self.abbr} – Planul anual de acțiune {self.year}",
                                   f"Cod formular: PO-{r.randint(10, 99)}-F{r.randint(1, 9)}, ediția I, revizia "
                                   f"{r.randint(0, 4)}"])))
        out.append(p(r.choice([f"Pagina {page} din {pages}", f"{page}/{pages}", f"- {page} -"])))
        return out


def section_titles(d: Doc) -> dict:
    """One naming scheme per document for the plan's parts, and the order of the small sections."""
    y, c = d.year, d.county
    scheme = d.rnd.choice(["template", "roman", "anexa", "titles"])
    if scheme == "template":
        t = {"chapter1": "CAPITOLUL I – Date privind administrarea, înființarea și finanțarea serviciilor sociale",
             "A": "A. Serviciile sociale existente",
             "B": "B. Servicii sociale propuse spre a fi înființate",
             "C": "C. Programul anual de contractare a serviciilor sociale",
             "D": "D. Programul de subvenționare",
             "activities": "CAPITOLUL II – Planificarea activităților de informare a publicului",
             "trainings": "CAPITOLUL III – Programul de formare și îndrumare metodologică",
             "partnerships": "CAPITOLUL IV – Parteneriate și colaborări"}
    elif scheme == "roman":
        t = {"chapter1": None,
             "A": f"I. SERVICIILE SOCIALE ADMINISTRATE DE {d.abbr.upper()}",
             "B": f"II. SERVICII SOCIALE CARE URMEAZĂ SĂ FIE ÎNFIINȚATE SAU REORGANIZATE ÎN ANUL {y}",
             "C": "III. CONTRACTAREA SERVICIILOR SOCIALE CU FURNIZORI PRIVAȚI",
             "D": "IV. SUBVENȚIONAREA ASOCIAȚIILOR ȘI FUNDAȚIILOR (LEGEA NR. 34/1998)",
             "activities": "V. ACTIVITĂȚI DE INFORMARE ȘI CONȘTIENTIZARE",
             "trainings": "VI. FORMAREA PROFESIONALĂ A PERSONALULUI",
             "partnerships": "VII. PARTENERIATE"}
    elif scheme == "anexa":
        t = {"chapter1": None,
             "A": f"Anexa nr. 1 – Servicii sociale existente la nivelul județului {c}",
             "B": f"Anexa nr. 2 – Servicii sociale propuse pentru anul {y}",
             "C": "Anexa nr. 3 – Programul de contractare a serviciilor sociale",
             "D": "Anexa nr. 4 – Programul de subvenții acordate în baza Legii nr. 34/1998",
             "activities": "Anexa nr. 5 – Activități de informare a publicului",
             "trainings": "Anexa nr. 6 – Planul de formare a personalului",
             "partnerships": "Anexa nr. 7 – Acorduri de colaborare și parteneriat"}
    else:
        t = {"chapter1": None,
             "A": "Servicii sociale existente",
             "B": "Înființarea de noi servicii sociale",
             "C": "Programul anual de contractare",
             "D": "Programul de subvenționare",
             "activities": "Informarea publicului",
             "trainings": "Formarea personalului",
             "partnerships": "Parteneriate"}
    t["scheme"] = scheme
    # numbered parts keep their numbers in order: only bare titles come in another order
    t["order"] = ["activities", "trainings", "partnerships"] if scheme != "titles" else d.rnd.choice(
        [["activities", "trainings", "partnerships"], ["trainings", "activities", "partnerships"],
         ["partnerships", "activities", "trainings"]])
    return t
