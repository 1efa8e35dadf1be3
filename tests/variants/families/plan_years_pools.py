"""Wording and catalogues of the ``report_plan_years`` family (plan_years.py): the services a town runs, the
streets their name cells carry, the headers, the measures and their results, the partners, the NGOs, the CPV
codes. Written blind from the template (HG 797/2017, Ordinul 1086/2018), the corpus documents and what a
municipality's social-assistance office prints.
"""
from __future__ import annotations

__all__ = ["EXISTING", "PROPOSED", "STREETS", "CATEGORIES", "TITLES", "SCHEMES", "SECTION_TITLES", "NAME_HEADERS",
           "CODE_HEADERS", "CAPACITY_HEADERS", "OCCUPANCY_HEADERS", "BENEF_HEADERS", "SOURCES", "BUDGET_GROUP",
           "STATUS_DONE", "STATUS_PARTIAL", "STATUS_NOT", "PROPOSED_FATES", "CPV", "PROCEDURES", "NGOS",
           "PARTNERS", "ACTS", "MEASURES", "INFO_ACTIVITIES", "NGO_UNITS", "STAFF", "KIND_HEADERS", "PROSE_FACTS", "RESPONSIBLE",
           "LAWS"]

# (name, canonical code, category heading, capacity range) — codes of the nomenclator (HG 867/2015)
EXISTING = [
    ("Centrul de zi pentru persoane vârstnice", "8810 CZ-V-II", "Centre de zi", (20, 60)),
    ("Clubul pensionarilor", "8810 CZ-V-II", "Centre de zi", (30, 80)),
    ("Cantina socială", "8899 CPDH-I", "Servicii în comunitate", (50, 200)),
    ("Serviciul de masă pe roți", "8899 CPDH-II", "Servicii în comunitate", (20, 60)),
    ("Centrul de zi pentru copii", "8891 CZ-C-II", "Centre de zi", (20, 50)),
    ("Centrul de zi de recuperare pentru copii cu dizabilități", "8891 CZ-C-III", "Centre de zi", (15, 40)),
    ("Serviciul de îngrijire la domiciliu pentru persoane vârstnice", "8810 ID-I", "Servicii la domiciliu", (30, 120)),
    ("Căminul pentru persoane vârstnice", "8730 CR-V-I", "Servicii rezidențiale", (25, 70)),
    ("Locuința protejată pentru persoane adulte cu dizabilități", "8790 CR-D-VII", "Servicii rezidențiale", (6, 12)),
    ("Adăpostul de noapte pentru persoane fără adăpost", "8790 CR-PFA-II", "Servicii rezidențiale", (15, 40)),
    ("Centrul de zi pentru persoane adulte cu dizabilități", "8899 CZ-D-I", "Centre de zi", (20, 50)),
    ("Centrul de consiliere pentru prevenirea și combaterea violenței în familie", "8899 CZ-VD-I", "Centre de zi",
     (10, 30)),
    ("Centrul de zi de consiliere și informare", "8899 CZ-PN-III", "Centre de zi", (25, 80)),
    ("Centrul de consiliere și sprijin pentru părinți și copii", "8899 CZ-F-I", "Centre de zi", (15, 40)),
]

PROPOSED = [
    ("Centru de zi pentru persoane vârstnice", "8810 CZ-V-II", (20, 50)),
    ("Locuință protejată pentru persoane adulte cu dizabilități", "8790 CR-D-VII", (6, 10)),
    ("Serviciu de îngrijire la domiciliu pentru persoane adulte cu dizabilități", "8810 ID-IV", (20, 60)),
    ("Centru de zi pentru copii aflați în situație de risc de separare de părinți", "8891 CZ-C-II", (20, 40)),
    ("Centru rezidențial de tip respiro pentru persoane vârstnice", "8730 CR-V-II", (8, 20)),
    ("Adăpost de noapte pentru persoane fără adăpost", "8790 CR-PFA-II", (10, 30)),
    ("Centru de zi de integrare socială", "8899 CZ-PN-IV", (20, 50)),
]

STREETS = ["str. Mihai Eminescu", "str. Libertății", "str. Independenței", "bd. Republicii", "str. Florilor",
           "str. Unirii", "str. Mihai Viteazul", "str. Ștefan cel Mare", "str. Gării", "str. Avram Iancu",
           "str. Nicolae Bălcescu", "str. Tudor Vladimirescu", "Calea Națională", "str. Viitorului"]

CATEGORIES = ["Centre de zi", "Servicii în comunitate", "Servicii la domiciliu", "Servicii rezidențiale"]

# {years}: "2021, 2022 și 2023"; {span}: "2021–2023"; {gen}: "Municipiului Bârlad"
TITLES = [
    "RAPORT privind stadiul implementării Planurilor anuale de acțiune privind serviciile sociale pentru anii {years}",
    "Raport privind modul de realizare a Planurilor anuale de acțiune privind serviciile sociale administrate și "
    "finanțate din bugetul local al {gen}, aferente anilor {years}",
    "RAPORT DE MONITORIZARE a implementării Planurilor anuale de acțiune privind serviciile sociale în perioada {span}",
    "Raport de evaluare a implementării planurilor anuale de acțiune pentru serviciile sociale ale {gen} – anii {years}",
    "RAPORTUL privind implementarea Planurilor anuale de acțiune în domeniul serviciilor sociale la nivelul {gen} "
    "pentru perioada {span}",
]

# how the chapters are numbered (one scheme per document): index 0..6 of SECTION_TITLES
SCHEMES = ["letters", "annex", "chapter", "title", "numbers"]
SECTION_TITLES = [
    ("Servicii sociale existente", "Situația serviciilor sociale existente la nivelul {gen}",
     "Serviciile sociale administrate și finanțate din bugetul local"),
    ("Servicii sociale propuse spre a fi înființate și stadiul înființării lor",
     "Servicii sociale nou înființate în perioada {span}", "Stadiul înființării serviciilor sociale propuse"),
    ("Programul de contractare a serviciilor sociale", "Contractarea serviciilor sociale și finanțarea nerambursabilă",
     "Servicii sociale contractate și finanțate"),
    ("Programul de subvenționare a asociațiilor și fundațiilor (Legea nr. 34/1998)",
     "Subvenții acordate în baza Legii nr. 34/1998", "Subvenționarea unităților de asistență socială"),
    ("Activități de informare a publicului", "Informarea comunității privind serviciile sociale",
     "Campanii și activități de informare"),
    ("Programul de formare și îndrumare metodologică a personalului", "Pregătirea profesională a personalului",
     "Formarea profesională a angajaților"),
    ("Măsuri realizate", "Stadiul realizării măsurilor și activităților din planurile anuale",
     "Obiective, măsuri și rezultate"),
]

NAME_HEADERS = ["Denumirea serviciului social", "Serviciul social / adresa", "Denumirea și sediul serviciului social",
                "Serviciul social", "Denumire serviciu (adresă)"]
CODE_HEADERS = ["Cod serviciu social", "Codul serviciului social", "Cod nomenclator", "Cod"]
CAPACITY_HEADERS = ["Capacitate", "Nr. locuri", "Capacitatea (nr. locuri)", "Număr maxim de beneficiari"]
OCCUPANCY_HEADERS = ["Grad de ocupare (%)", "Grad mediu de ocupare (%)", "Gradul de ocupare"]
BENEF_HEADERS = ["Nr. beneficiari", "Număr beneficiari asistați", "Beneficiari"]
# source field -> header wordings
SOURCES = {
    "budget_local_lei": ["Buget local", "Bugetul local", "Buget local / CL"],
    "budget_state_lei": ["Buget de stat", "Bugetul de stat", "Transferuri de la bugetul de stat"],
    "budget_beneficiaries_lei": ["Contribuția beneficiarilor", "Contribuții persoane beneficiare",
                                 "Contribuție beneficiari"],
    "budget_other_lei": ["Alte surse", "Fonduri externe nerambursabile", "Alte surse (donații, sponsorizări)"],
}
BUDGET_GROUP = ["Buget pe surse de finanțare", "Bugetul alocat pe surse", "Cheltuieli pe surse de finanțare"]

STATUS_DONE = ["Realizat", "realizat", "Realizată", "R"]
STATUS_PARTIAL = ["Parțial realizat", "parțial realizat", "În curs de realizare", "PR"]
STATUS_NOT = ["Nerealizat", "nerealizat", "Nerealizată", "NR"]

# what became of a proposed service: (text, realised)
PROPOSED_FATES = [
    ("înființat prin HCL nr. {hcl}/{date}", True),
    ("realizat – licențiat în {y}", True),
    ("în curs de licențiere", False),
    ("nerealizat – lipsa fondurilor", False),
    ("amânat pentru {y}", False),
    ("proiect depus spre finanțare prin PNRR", False),
]

CPV = [("85311000-2", "Servicii de asistență socială cu cazare"), ("85312000-9", "Servicii de asistență socială fără cazare"),
       ("85311100-3", "Servicii de asistență socială pentru persoanele în vârstă"),
       ("85311200-4", "Servicii de asistență socială pentru persoanele cu handicap"),
       ("85312100-0", "Servicii de centre de zi"), ("85312400-3", "Servicii de asistență socială fără cazare"),
       ("55520000-1", "Servicii de catering")]
PROCEDURES = ["Procedură simplificată", "Achiziție directă", "Licitație deschisă", "Procedură proprie (anexa 2)"]

NGOS = ["Asociația „Sfântul Nicolae”", "Fundația „Inimă pentru Inimă”", "Asociația „Bunicii Noștri”",
        "Fundația „Speranța Copiilor”", "Asociația „Casa Luminii”", "Asociația „Pro Vita Senior”",
        "Fundația „Sprijin și Solidaritate”", "Asociația „Zâmbet de Copil”"]
NGO_UNITS = ["Centrul de zi „Sfântul Nicolae”", "Cantina socială „Pâinea Vieții”", "Centrul de zi „Bucuria”",
             "Serviciul de îngrijire la domiciliu „Mâini Întinse”", "Centrul rezidențial „Casa Bunicilor”"]

# partners of collaboration measures: {county}, {town}
PARTNERS = ["Inspectoratul de Poliție Județean {county}", "Direcția de Sănătate Publică {county}",
            "Agenția Județeană pentru Ocuparea Forței de Muncă {county}", "Crucea Roșie Română – Filiala {county}",
            "Școala Gimnazială nr. 2 {town}", "Parohia Ortodoxă „Sfânta Treime” {town}",
            "Asociația „Caritas” {county}", "Fundația „Hope and Homes for Children” România",
            "Casa Județeană de Pensii {county}", "Spitalul Orășenesc {town}"]
# printed act: (bare, "unui/unei …", "…ul/…a" articulated, agreement_type of the contract)
ACTS = [("contract de colaborare", "unui contract de colaborare", "contractul de colaborare", "contract"),
        ("protocol de colaborare", "unui protocol de colaborare", "protocolul de colaborare", "protocol"),
        ("protocol", "unui protocol", "protocolul", "protocol"),
        ("acord de parteneriat", "unui acord de parteneriat", "acordul de parteneriat", "acord"),
        ("convenție de colaborare", "unei convenții de colaborare", "convenția de colaborare", "conventie")]

# measure -> (result noun printed after the count, indicator key, count range)
MEASURES = [
    ("Efectuarea anchetelor sociale pentru acordarea beneficiilor de asistență socială", "anchete sociale realizate",
     "anchete_sociale", (150, 600)),
    ("Acordarea ajutoarelor de urgență persoanelor aflate în situații de necesitate", "ajutoare de urgență acordate",
     "ajutoare_urgenta", (10, 120)),
    ("Monitorizarea beneficiarilor de venit minim de incluziune", "dosare VMI monitorizate", "dosare", (40, 300)),
    ("Evaluarea persoanelor vârstnice la domiciliu", "persoane vârstnice evaluate", "persoane_evaluate", (20, 150)),
    ("Identificarea copiilor aflați în situație de risc", "copii identificați în situație de risc", "copii", (8, 70)),
    ("Acordarea de consiliere socială", "persoane consiliate", "persoane_consiliate", (60, 400)),
    ("Distribuirea ajutoarelor alimentare (POAD)", "pachete distribuite", "pachete", (200, 1500)),
    ("Întocmirea planurilor de servicii pentru copiii din familii vulnerabile", "planuri de servicii întocmite",
     "planuri_servicii", (10, 90)),
]

INFO_ACTIVITIES = ["Campanie de informare privind drepturile persoanelor vârstnice",
                   "Distribuirea de pliante privind serviciile sociale existente",
                   "Publicarea pe site-ul instituției a informațiilor privind beneficiile sociale",
                   "Ziua Internațională a Persoanelor Vârstnice – acțiune de informare",
                   "Campanie de prevenire a violenței domestice „16 zile de activism”",
                   "Întâlniri cu cetățenii în cartiere privind venitul minim de incluziune"]

STAFF = ["Asistenți sociali", "Îngrijitori la domiciliu", "Personal de specialitate din centrele de zi", "Psihologi",
         "Referenți", "Infirmieri", "Personal administrativ", "Educatori"]
KIND_HEADERS = {"perfectionare": ["Perfecționare", "Cursuri de perfecționare", "perfecționare"],
                "instruire": ["Instruire", "Instruire internă", "instruire la locul de muncă"],
                "calificare": ["Calificare", "Cursuri de calificare", "calificare"]}

# (sentence with {n} and {y}, indicator key, subject, unit, range)
PROSE_FACTS = [
    ("În anul {y} au fost acordate {n} de ajutoare de urgență, în baza HCL nr. {hcl}/{y}.", "ajutoare_urgenta",
     "ajutoare de urgență acordate", "ajutoare", (20, 140)),
    ("În anul {y} s-au aflat în plată {n} de dosare de venit minim de incluziune.", "dosare",
     "dosare de venit minim de incluziune în plată", "dosare", (30, 300)),
    ("Pe parcursul anului {y}, un număr de {n} de persoane vârstnice au beneficiat de servicii la domiciliu.",
     "beneficiari", "persoane vârstnice", "persoane", (20, 150)),
    ("În {y} au fost emise {n} de dispoziții de acordare a alocației pentru susținerea familiei.", "dispozitii",
     "dispoziții de acordare a alocației pentru susținerea familiei", "dispoziții", (25, 240)),
    ("În anul {y} au fost întocmite {n} de anchete sociale pentru persoanele cu handicap.", "anchete_sociale",
     "anchete sociale pentru persoanele cu handicap", "anchete", (40, 400)),
]

RESPONSIBLE = ["Compartimentul asistență socială", "Serviciul beneficii sociale", "Biroul protecția copilului",
               "Compartimentul servicii sociale", "Șef serviciu", "Director executiv"]

LAWS = ["Legea nr. 292/2011 a asistenței sociale", "Legea nr. 17/2000", "Legea nr. 448/2006",
        "Legea nr. 272/2004", "Legea nr. 416/2001", "H.G. nr. 797/2017", "Ordinul nr. 1086/2018"]
