"""Vocabulary pools the generator draws from: the wordings of the HG 797/2017 template (Ordinul 1086/2018) and
the variations real plans and reports print for the same thing.

Every pool lists forms that mean ONE thing, so a document built from any member has the same expected values.
Nothing here is read from the pipeline's own vocabulary.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

NOMENCLATOR = Path(__file__).resolve().parents[3] / "normalizers" / "data" / "nomenclator_servicii_sociale.csv"

# ----------------------------------------------------------------------------------------------- headers
H_NR = ["Nr. crt.", "Nr. crt", "Nr.", "Nr. de ordine", "Nr. curent"]
H_NAME = ["Denumirea serviciului social", "Denumire serviciu social", "Serviciul social", "Denumirea serviciului",
          "Tipul și denumirea serviciului social", "Denumire serviciu"]
H_CODE = ["Cod serviciu social", "Cod serviciu social, conform Nomenclatorului serviciilor sociale",
          "Codul serviciului social", "Cod nomenclator", "Cod serviciu (HG nr. 867/2015)",
          "Codul serviciului conform Nomenclatorului", "Cod"]
H_CAPACITY = ["Capacitate", "Nr. locuri", "Capacitatea (nr. beneficiari)", "Număr maxim de beneficiari",
              "Capacitate (locuri)", "Număr locuri", "Capacitatea serviciului"]
H_CAPACITY_CATEGORY = ["Capacitate / Categoriile de beneficiari", "Capacitate și categorii de beneficiari"]
H_OCC_PCT = ["Grad de ocupare (%)", "Grad de ocupare %", "Gradul de ocupare (%)"]
H_OCC_PCT_CELL = ["Grad de ocupare", "Gradul de ocupare"]  # the "%" is printed in every cell
H_BENEFICIARIES = ["Nr. beneficiari", "Număr beneficiari", "Număr beneficiari asistați", "Nr. beneficiari asistați",
                   "Număr de persoane beneficiare"]
# a header cell holding the year the count is of (added in round 5 of the families)
H_BENEFICIARIES_YEAR = ["Nr. beneficiari asistați în {year}", "Număr beneficiari în anul {year}",
                        "Beneficiari asistați ({year})"]
# a name column under a header the template never uses (added in round 5 of the families)
H_NAME_UNKNOWN = ["Unitatea", "Structura", "Centrul / unitatea"]
H_OCC_WAITING = ["Grad de ocupare (%) / Număr cereri în așteptare", "Grad de ocupare / Nr. cereri în așteptare"]
H_PROVIDER = ["Furnizor", "Furnizorul serviciului social",
              "Denumire furnizor și date de contact (adresa, telefon, e-mail, web)",
              "Furnizor (denumire, date de contact)"]
H_EXTRA = ["Observații", "Locația", "Nr. licență de funcționare", "Indicatori de rezultat", "Personal (nr. posturi)",
           "Tip serviciu (public/privat)"]
H_BUDGET_GROUP = ["Bugetele estimate pe surse de finanțare, pentru serviciile sociale existente",
                  "Buget estimat pe surse de finanțare", "Sursa de finanțare", "Bugetul estimat",
                  "Surse de finanțare"]
H_SOURCES = {
    "local": ["Buget local", "Bugetul local", "Buget local UAT", "Bugetul local al UAT"],
    "county": ["Buget județean", "Bugetul județean", "Buget CJ"],
    "state": ["Buget de stat", "Bugetul de stat", "Buget de stat (transferuri)"],
    "beneficiaries": ["Contribuții persoane beneficiare", "Contribuția beneficiarilor",
                      "Contribuția persoanelor beneficiare", "Contribuții beneficiari"],
    "other": ["Alte surse", "Alte surse de finanțare", "Alte surse (donații, sponsorizări)"],
}
SOURCE_FIELD = {"local": "budget_local_lei", "county": "budget_county_lei", "state": "budget_state_lei",
                "beneficiaries": "budget_beneficiaries_lei", "other": "budget_other_lei"}
H_PROPOSED_CATEGORY = ["Categorie beneficiari", "Categoria de beneficiari", "Categoriile de beneficiari",
                       "Beneficiari"]
H_PROPOSED_CAPACITY = ["Capacitate necesară", "Capacitate estimată (nr. locuri)", "Capacitate", "Nr. locuri propuse"]
H_PROPOSED_BUDGET = ["Buget local", "Buget estimat din bugetul local", "Bugetul local estimat"]
H_PROPOSED_EXTRA = ["Spațiu necesar", "Personal necesar", "Justificare", "Termen de înființare"]

H_PROC_OBJECT = ["Tipul și obiectul contractului de achiziție publică", "Obiectul contractului",
                 "Serviciul achiziționat", "Denumirea serviciului contractat", "Obiectul achiziției"]
H_PROC_CPV = ["Cod CPV", "Codul CPV", "CPV"]
H_PROC_VALUE = ["Valoarea estimată (lei fără TVA)", "Valoare estimată", "Valoarea estimată a contractului",
                "Valoare estimată fără TVA"]
H_PROC_SOURCE = ["Sursa de finanțare", "Surse de finanțare"]
H_PROC_PROCEDURE = ["Procedura stabilită", "Procedura de atribuire", "Procedura aplicată"]
H_PROC_DATES = ["Data estimată pentru inițierea procedurii", "Data estimată pentru atribuirea contractului"]
H_GRANT_OBJECT = ["Denumirea programului / obiectul finanțării", "Obiectul finanțării nerambursabile",
                  "Serviciul social finanțat"]
H_GRANT_VALUE = ["Suma alocată", "Valoarea finanțării", "Fonduri alocate"]

H_SUB_UNIT = ["Unități de asistență socială", "Serviciul social subvenționat", "Denumirea unității de asistență socială",
              "Unitatea de asistență socială"]
H_SUB_ASSOC = ["Asociația / Fundația", "Denumire asociație/fundație", "Furnizor (asociație, fundație, cult)"]
H_SUB_CODE = ["Încadrarea în Nomenclatorul serviciilor sociale", "Cod serviciu social", "Cod", "Cod nomenclator"]
H_SUB_AMOUNT = ["Suma estimată", "Valoarea subvenției", "Suma alocată", "Subvenție anuală"]

H_TR_STAFF = ["Categoria de personal", "Personalul de specialitate", "Funcția", "Tipuri de personal",
              "Categoria profesională"]
H_TR_PERSONS = ["Nr. persoane", "Număr participanți", "Nr. participanți", "Număr de persoane"]
H_TR_BUDGET = ["Buget estimat", "Cost estimat", "Buget", "Costuri estimate"]
H_TR_KIND = ["Tipul formării", "Forma de pregătire", "Tip activitate"]

# ----------------------------------------------------------------------------------------------- sections
# (form, text) — {year} {law} filled by the family; the letter forms are the template's
# One naming scheme per document (letters A–D, annexes, numbered sections, titles only); "{year}" filled in.
SECTIONS = {
    "letters": {
        "existing": ["A. Serviciile sociale existente la nivel local", "A. Servicii sociale existente"],
        "proposed": ["B. Servicii sociale propuse spre a fi înființate", "B. Înființarea de noi servicii sociale"],
        "contracting": ["C. Programul anual de contractare a serviciilor sociale din fonduri publice",
                        "C. Achiziții de servicii sociale (Legea nr. 98/2016)"],
        "grants": ["C. Programul de finanțare nerambursabilă a serviciilor sociale, potrivit Legii nr. 350/2005"],
        "subsidies": ["D. Programul de subvenționare a asociațiilor, fundațiilor și cultelor recunoscute de lege, în "
                      "baza Legii nr. 34/1998",
                      "D. Subvenționarea serviciilor sociale acordate de asociații și fundații (Legea nr. 34/1998)"]},
    "annex": {
        "existing": ["Anexa nr. 1 – Serviciile sociale existente", "ANEXA NR. 1 – Servicii sociale existente la nivelul UAT"],
        "proposed": ["Anexa nr. 2 – Serviciile sociale propuse a fi înființate în anul {year}",
                     "ANEXA NR. 2 – Servicii sociale noi"],
        "contracting": ["Anexa nr. 3 – Programul de contractare a serviciilor sociale, conform Legii nr. 98/2016 privind "
                        "achizițiile publice", "ANEXA NR. 3 – Achiziții publice de servicii sociale"],
        "grants": ["Anexa nr. 3 – Finanțări nerambursabile din fonduri publice pentru servicii sociale (Legea nr. 350/2005)"],
        "subsidies": ["Anexa nr. 4 – Subvenții acordate asociațiilor și fundațiilor în baza Legii nr. 34/1998",
                      "ANEXA NR. 4 – Programul de subvenționare (Legea nr. 34/1998)"]},
    "numbered": {
        "existing": ["1. Servicii sociale existente la nivelul UAT", "1. Serviciile sociale existente"],
        "proposed": ["2. Servicii sociale noi, propuse spre înființare", "2. Servicii sociale propuse a fi înființate în anul {year}"],
        "contracting": ["3. Programul de achiziții de servicii sociale (Legea nr. 98/2016)",
                        "3. Programul de contractare a serviciilor sociale"],
        "grants": ["3. Finanțarea nerambursabilă a serviciilor sociale (Legea nr. 350/2005)"],
        "subsidies": ["4. Programul de subvenționare conform Legii nr. 34/1998",
                      "4. Subvenții pentru asociații și fundații (Legea nr. 34/1998)"]},
    "titles": {
        "existing": ["Serviciile sociale existente, administrate în mod direct sau prin contractare",
                     "Tabelul nr. 1 – Servicii sociale active",
                     "Serviciile sociale administrate și finanțate din bugetul local"],
        "proposed": ["Serviciile sociale care urmează să fie înființate în anul {year}",
                     "Servicii sociale propuse spre înființare"],
        "contracting": ["Programul anual de contractare a serviciilor sociale din fonduri publice",
                        "Achiziții de servicii sociale"],
        "grants": ["Programul de finanțare nerambursabilă a serviciilor sociale, potrivit Legii nr. 350/2005"],
        "subsidies": ["Programul de subvenționare a asociațiilor și fundațiilor, în baza Legii nr. 34/1998"]},
}
S_CHAPTER1 = ["CAPITOLUL I: Administrarea, înființarea și finanțarea serviciilor sociale",
              "Capitolul I – Administrarea, înființarea și finanțarea serviciilor sociale",
              "I. SERVICII SOCIALE"]
S_CHAPTER2 = ["Capitolul II: Planificarea activităților de informare a publicului cu privire la serviciile sociale",
              "CAPITOLUL II – Activități de informare a publicului",
              "II. Informarea populației privind serviciile sociale"]
S_CHAPTER3 = ["Capitolul III: Programul de formare și îndrumare metodologică a personalului care lucrează în "
              "domeniul serviciilor sociale",
              "CAPITOLUL III – Programul de formare profesională a personalului",
              "III. Formarea și perfecționarea personalului"]
S_PARTNERS = ["Acorduri de parteneriat / protocoale de colaborare încheiate:",
              "Parteneriate încheiate pentru furnizarea serviciilor sociale",
              "Colaborări și parteneriate",
              "Acorduri de parteneriat/cooperare încheiate:"]
TRAINING_SUBHEADS = {
    "perfectionare": ["a) cursuri de perfecționare", "a. Cursuri de perfecționare", "a) perfecționare profesională"],
    "calificare": ["b) cursuri de calificare", "b. Cursuri de calificare", "b) calificare profesională"],
    "instruire": ["c) sesiuni de instruire pentru:", "c. Sesiuni de instruire", "c) instruire"],
}
TRAINING_KIND_CELL = {"perfectionare": ["perfecționare", "curs de perfecționare"],
                      "calificare": ["calificare", "curs de calificare"],
                      "instruire": ["instruire", "sesiune de instruire"]}

# ----------------------------------------------------------------------------------------------- values
GROUPS = {"cu_cazare": ["Servicii sociale cu cazare", "Centre rezidențiale"],
          "de_zi": ["Servicii sociale de zi", "Centre de zi"],
          "la_domiciliu": ["Servicii sociale la domiciliu", "Servicii de îngrijire la domiciliu"],
          "in_comunitate": ["Servicii acordate în comunitate", "Servicii în comunitate"]}
NICKNAMES = ["Ghiocelul", "Sf. Maria", "Speranța", "Primăvara", "Casa Soarelui", "Lumina", "Sf. Nicolae",
             "Dumbrava", "Raza de Soare", "Izvorul", "Floare de Colț", "Bucuria", "Sf. Ana", "Căsuța Veselă"]
STREETS = ["Str. Florilor", "Str. Mihai Eminescu", "Bd. Republicii", "Str. Unirii", "Str. Libertății",
           "Str. Ion Creangă", "Calea Națională", "Str. Școlii", "Str. Principală"]
BENEF_CATEGORIES = ["Copii cu dizabilități", "Persoane vârstnice", "Copii din familii vulnerabile",
                    "Persoane adulte cu dizabilități", "Victime ale violenței domestice", "Persoane fără adăpost"]
STAFF = ["Asistent social", "Îngrijitor la domiciliu", "Psiholog", "Educator", "Inspector de specialitate",
         "Referent", "Infirmier", "Asistent medical", "Lucrător social", "Mediator sanitar", "Asistent maternal",
         "Asistent personal al persoanei cu handicap grav", "Consilier juridic", "Bucătar", "Șofer"]
PROCUREMENT = [  # (object, CPV with the official check digit, service code or "")
    ("Servicii de îngrijire la domiciliu pentru persoane vârstnice", "85311100-3", "8810 ID-I"),
    ("Servicii de asistență socială cu cazare pentru persoane vârstnice", "85311100-3", "8730 CR-V-I"),
    ("Servicii de preparare și distribuire a hranei pentru cantina socială", "55321000-6", ""),
    ("Servicii de asistență socială fără cazare", "85312000-9", ""),
    ("Servicii de centre de zi pentru copii", "85312110-3", "8891 CZ-C-II"),
    ("Servicii de îngrijire de zi pentru persoane cu dizabilități", "85312120-6", "8899 CZ-D-I"),
    ("Servicii de asistență socială pentru persoane cu handicap", "85311200-4", ""),
    ("Servicii de orientare și consiliere", "85312300-2", ""),
    ("Servicii de catering pentru beneficiarii serviciilor sociale", "55520000-1", ""),
    ("Servicii de transport pentru persoane cu dizabilități", "60130000-8", ""),
]
FUNDING = ["Buget local", "Bugetul local", "Buget local și buget de stat"]
PROCEDURES = ["Achiziție directă", "Procedură simplificată", "Licitație deschisă", "Procedură proprie (anexa 2)"]
PARTNER_KINDS = [  # (template, kind of place it names)
    "Asociația {nick} {town}", "Fundația {nick}", "Crucea Roșie Română - Filiala {county}",
    "Inspectoratul Școlar Județean {county}", "Centrul Județean de Resurse și Asistență Educațională {county}",
    "Agenția Județeană pentru Ocuparea Forței de Muncă {county}", "Parohia Ortodoxă {town}",
    "Asociația Caritas {county}", "Spitalul Județean de Urgență {county}", "Fundația Sprijin pentru {county}",
    "Asociația Seniorilor {town}", "Școala Gimnazială nr. {n} {town}",
]
AGREEMENTS = {  # agreement_type -> printed forms (nominative, as a list item starts)
    "protocol": ["Protocol de colaborare", "Protocol de cooperare"],
    "acord": ["Acord de parteneriat", "Acord de colaborare"],
    "conventie": ["Convenție de colaborare", "Convenție de parteneriat"],
    "contract": ["Contract de parteneriat", "Contract de colaborare"],
}
AGREEMENTS_ACC = {  # inside a sentence ("un protocol de colaborare cu …")
    "protocol": ["un protocol de colaborare", "un protocol de cooperare"],
    "acord": ["un acord de parteneriat", "un acord de colaborare"],
    "conventie": ["o convenție de colaborare", "o convenție de parteneriat"],
    "contract": ["un contract de parteneriat", "un contract de colaborare"],
}
INFO_ACTIVITIES = ["Actualizarea informațiilor publicate pe pagina de internet a instituției",
                   "Distribuirea de pliante privind serviciile sociale disponibile",
                   "Campanie de informare privind prevenirea abandonului școlar",
                   "Afișarea la sediul primăriei a listei serviciilor sociale",
                   "Întâlniri de informare cu beneficiarii de venit minim de incluziune"]


@dataclass(frozen=True)
class Service:
    code: str  # canonical
    name: str
    setting: str  # cu_cazare | de_zi | la_domiciliu | in_comunitate
    group: str


@lru_cache(maxsize=1)
def nomenclator() -> tuple[Service, ...]:
    out = []
    with open(NOMENCLATOR, encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            if r["status"] == "in_force" and r["name_ro"].strip() and r["setting"] in GROUPS:
                out.append(Service(r["code"], r["name_ro"].strip(), r["setting"], r["beneficiary_group_ro"]))
    return tuple(sorted(out, key=lambda s: s.code))
