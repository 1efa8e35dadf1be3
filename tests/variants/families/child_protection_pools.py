"""Vocabulary of the ``report_child_protection_statistics`` family: how a DGASPC's statistical situation, monitoring
report or information note on child protection and on adults with disabilities words its titles, its services, its
protection measures, its column headers and its counts (written from what such reports print; see the module
``child_protection.py``)."""
from __future__ import annotations

from dataclasses import dataclass

__all__ = ["ServiceKind", "CHILD_RESIDENTIAL", "CHILD_DAY", "ADULT_SERVICES", "CENTRE_NAMES", "SECTOR_AREAS",
           "MEASURES", "MEASURE_PHRASES", "AGE_GROUPS", "Fact", "FACTS", "NUMBER_WORDS", "ROMAN", "TITLES", "LAWS",
           "DIRECTORS", "HEADERS"]


@dataclass(frozen=True)
class ServiceKind:
    """One kind of service: its printed name patterns (``{q}`` a quoted centre name, ``{town}`` the place, ``{n}``
    a number), its nomenclator code, its capacity range and whether it houses its beneficiaries."""

    names: tuple[str, ...]
    code: str
    capacity: tuple[int, int]
    residential: bool


CHILD_RESIDENTIAL = (
    ServiceKind(("Centrul de plasament {q} {town}", "Centrul de Plasament {q} {town}",
                 "Complexul de servicii {q} {town} – Centrul de plasament"), "8790 CR-C-I", (20, 60), True),
    ServiceKind(("Casa de tip familial {q} {town}", "Casa de Tip Familial {q} {town}",
                 "Casa de tip familial nr. {n} {town}"), "8790 CR-C-I", (8, 14), True),
    ServiceKind(("Apartamentul {q} {town}", "Apartamentul nr. {n} {town}"), "8790 CR-C-I", (4, 8), True),
    ServiceKind(("Centrul de primire în regim de urgență pentru copilul abuzat, neglijat și exploatat {town}",
                 "Centrul de Primire în Regim de Urgență {q} {town}"), "8790 CR-C-II", (8, 24), True),
    ServiceKind(("Centrul maternal {q} {town}", "Centrul Maternal {q} {town}"), "8790 CR-MC-I", (6, 14), True),
)
CHILD_DAY = (
    ServiceKind(("Centrul de zi {q} {town}", "Centrul de Zi pentru Copii {q} {town}"), "8891 CZ-C-I", (20, 50), False),
    ServiceKind(("Centrul de consiliere și sprijin pentru părinți și copii {town}",
                 "Centrul de Consiliere și Sprijin pentru Părinți și Copii {q} {town}"), "8891 CZ-C-II", (25, 90),
                False),
    ServiceKind(("Centrul de recuperare pentru copii cu dizabilități {town}",
                 "Centrul de Zi de Recuperare pentru Copii cu Dizabilități {q} {town}"), "8891 CZ-C-III", (20, 60),
                False),
)
ADULT_SERVICES = (
    ServiceKind(("Centrul de Îngrijire și Asistență {town}", "Centrul de îngrijire și asistență {q} {town}"),
                "8790 CR-D-I", (30, 110), True),
    ServiceKind(("Centrul de Recuperare și Reabilitare Neuropsihiatrică {town}",
                 "Centrul de recuperare și reabilitare neuropsihiatrică {q} {town}"), "8790 CR-D-II", (40, 150), True),
    ServiceKind(("Centrul de Abilitare și Reabilitare pentru Persoane Adulte cu Dizabilități {town}",
                 "Centrul de abilitare și reabilitare {q} {town}"), "8790 CR-D-III", (20, 60), True),
    ServiceKind(("Centrul de Integrare prin Terapie Ocupațională {town}",
                 "Centrul de integrare prin terapie ocupațională {q} {town}"), "8790 CR-D-IV", (20, 50), True),
    ServiceKind(("Centrul de Pregătire pentru o Viață Independentă {town}",), "8790 CR-D-V", (10, 30), True),
    ServiceKind(("Centrul Respiro {q} {town}", "Centrul de criză și respiro {town}"), "8790 CR-D-VI", (6, 16), True),
    ServiceKind(("Locuința protejată nr. {n} {town}", "Locuința Protejată {q} {town}"), "8790 CR-D-VII", (4, 12),
                True),
    ServiceKind(("Centrul de zi pentru persoane adulte cu dizabilități {town}", "Centrul de Zi {q} {town}"),
                "8899 CZ-D-I", (15, 40), False),
)
CENTRE_NAMES = ("„Speranța”", "„Ghiocelul”", "„Arlechino”", "„Prichindelul”", "„Sf. Maria”", "„Lumina”",
                "„Casa Soarelui”", "„Mugurel”", "„Floare de Colț”", "„Rază de Soare”", "„Sf. Nicolae”",
                "„Pinocchio”", "„Casa Albastră”", "„Curcubeul”", "„Ciprian Porumbescu”", "„Sf. Andrei”",
                "„Alba ca Zăpada”", "„Căsuța Fermecată”", "„Sf. Ana”", "„Dumbrava Minunată”", "„Izvorul”",
                "„Trandafirul”", "„Brândușa”", "„Împreună”", "„O nouă șansă”", "„Sf. Ioan”", "„Primăvara”")
SECTOR_AREAS = ("Drumul Taberei", "Berceni", "Militari", "Pantelimon", "Colentina", "Titan", "Rahova", "Ferentari",
                "Floreasca", "Tei", "Giulești", "Crângași", "Balta Albă", "Dristor", "Vitan", "Ghencea")

# protection measure -> printed labels (the first is the plain form)
MEASURES = {
    "amp": ("Plasament la asistenți maternali profesioniști", "Asistență maternală profesionistă (AMP)",
            "Plasament familial la asistenți maternali profesioniști"),
    "rude": ("Plasament la rude până la gradul IV", "Plasament familial la rude până la gradul al IV-lea",
             "Plasament la rude"),
    "familii": ("Plasament la alte familii/persoane", "Plasament la alte persoane sau familii",
                "Plasament familial la alte persoane"),
    "rez_pub": ("Plasament în servicii de tip rezidențial publice", "Servicii rezidențiale publice (DGASPC)",
                "Centre rezidențiale publice"),
    "rez_priv": ("Plasament în servicii de tip rezidențial private (OPA)",
                 "Servicii rezidențiale ale organismelor private autorizate", "Centre rezidențiale private (OPA)"),
}
# the same measures in a sentence after the count ("695 la asistenți maternali profesioniști, 442 …")
MEASURE_PHRASES = {
    "amp": ("la asistenți maternali profesioniști", "în plasament la asistenți maternali profesioniști"),
    "rude": ("în plasament la rude până la gradul IV", "la rude până la gradul al IV-lea"),
    "familii": ("la alte familii sau persoane", "în plasament la alte persoane"),
    "rez_pub": ("în servicii de tip rezidențial publice", "în centrele rezidențiale ale direcției"),
    "rez_priv": ("în servicii de tip rezidențial ale organismelor private autorizate",
                 "în centre rezidențiale private"),
}
AGE_GROUPS = (("0–2 ani", "0-2 ani"), ("3–6 ani", "3-6 ani"), ("7–9 ani", "7-9 ani"), ("10–13 ani", "10-13 ani"),
              ("14–17 ani", "14-17 ani"), ("peste 18 ani", "18 ani și peste"))


@dataclass(frozen=True)
class Fact:
    """A count a report states in a sentence: the counted phrase after a number (``np``), its genitive after
    "Numărul" (``gen``), its grammatical gender (for number words), the unit, the indicator key, the range."""

    key: str
    np: str
    gen: str
    feminine: bool
    unit: str
    lo: int
    hi: int
    children: bool  # a fact of child protection (else of adults with disabilities)


FACTS = (
    Fact("copii_reintegrati", "copii reintegrați în familia naturală sau extinsă",
         "copiilor reintegrați în familia naturală sau extinsă", False, "copii", 4, 70, True),
    Fact("adoptii", "copii adoptați prin hotărâri judecătorești definitive", "copiilor adoptați prin hotărâri "
         "judecătorești definitive", False, "copii", 2, 30, True),
    Fact("copii_adoptabili", "copii declarați adoptabili", "copiilor declarați adoptabili", False, "copii", 2, 35,
         True),
    Fact("cazuri_abuz", "cazuri de abuz, neglijare și exploatare a copilului semnalate",
         "cazurilor de abuz, neglijare și exploatare a copilului semnalate", True, "cazuri", 25, 420, True),
    Fact("copii_evaluati", "copii cu dizabilități evaluați de Serviciul de evaluare complexă",
         "copiilor cu dizabilități evaluați de Serviciul de evaluare complexă", False, "copii", 60, 900, True),
    Fact("certificate_emise", "certificate de încadrare a copiilor în grad de handicap emise",
         "certificatelor de încadrare a copiilor în grad de handicap emise", True, "certificate", 60, 900, True),
    Fact("copii_parinti_strainatate", "copii cu părinți plecați la muncă în străinătate",
         "copiilor cu părinți plecați la muncă în străinătate", False, "copii", 300, 5200, True),
    Fact("copii_prevenire", "copii care au beneficiat de servicii de prevenire a separării de familie",
         "copiilor care au beneficiat de servicii de prevenire a separării de familie", False, "copii", 40, 900,
         True),
    Fact("adulti_evaluati", "persoane adulte cu dizabilități evaluate în vederea încadrării în grad de handicap",
         "persoanelor adulte cu dizabilități evaluate în vederea încadrării în grad de handicap", True, "persoane",
         300, 4800, False),
    Fact("adulti_evidenta", "persoane adulte cu dizabilități aflate în evidența direcției",
         "persoanelor adulte cu dizabilități aflate în evidența direcției", True, "persoane", 2500, 26000, False),
    Fact("asistenti_personali", "asistenți personali ai persoanelor cu handicap grav",
         "asistenților personali ai persoanelor cu handicap grav", False, "persoane", 150, 2600, False),
)
# 2..10 as words: (masculine, feminine/neuter plural form)
NUMBER_WORDS = {2: ("doi", "două"), 3: ("trei", "trei"), 4: ("patru", "patru"), 5: ("cinci", "cinci"),
                6: ("șase", "șase"), 7: ("șapte", "șapte"), 8: ("opt", "opt"), 9: ("nouă", "nouă"),
                10: ("zece", "zece")}
ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}

# titles: {date} the reference date, {period} "trimestrul III 2024", {dg} the directorate's printed name
TITLES = {
    "an": ("SITUAȚIA STATISTICĂ privind sistemul de protecție a copilului și a persoanelor adulte cu dizabilități "
           "la data de {date}",
           "Situația statistică privind sistemul de protecție a copilului la data de {date}",
           "RAPORT STATISTIC privind activitatea {dg} în anul {year}",
           "INFORMARE privind activitatea {dg} în anul {year}"),
    "trimestru": ("RAPORT DE MONITORIZARE a serviciilor sociale din subordinea {dg} – {period}",
                  "Raport de monitorizare a serviciilor sociale pentru copii și adulți cu dizabilități, {period}",
                  "SITUAȚIA STATISTICĂ privind protecția copilului – {period} (la data de {date})"),
    "semestru": ("INFORMARE privind activitatea {dg} în {period}",
                 "Informare privind activitatea desfășurată la nivelul {dg} în {period}",
                 "RAPORT privind situația copiilor din sistemul de protecție specială – {period}"),
}
LAWS = ("Legea nr. 272/2004 privind protecția și promovarea drepturilor copilului, republicată, cu modificările și "
        "completările ulterioare",
        "Legea nr. 448/2006 privind protecția și promovarea drepturilor persoanelor cu handicap, republicată",
        "Legea nr. 292/2011 a asistenței sociale",
        "Ordinul nr. 25/2019 privind aprobarea standardelor minime de calitate pentru serviciile sociale destinate "
        "persoanelor adulte cu dizabilități",
        "Ordinul nr. 27/2019 privind aprobarea standardelor minime de calitate pentru serviciile sociale de tip "
        "rezidențial destinate copiilor din sistemul de protecție specială",
        "Hotărârea Guvernului nr. 867/2015 pentru aprobarea Nomenclatorului serviciilor sociale",
        "Legea nr. 273/2004 privind procedura adopției, republicată")
DIRECTORS = ("Ionescu Maria", "Popa Gheorghe", "Dumitrescu Elena", "Stan Adrian", "Munteanu Carmen", "Lungu Vasile",
             "Marin Daniela", "Rusu Florin", "Tudor Mihaela", "Constantinescu Radu", "Moldovan Ioana", "Sima Cristian")

HEADERS = {
    "no": ("Nr. crt.", "Nr.", "Nr. crt"),
    "name": ("Denumirea serviciului", "Denumire serviciu social", "Serviciul social", "Denumirea centrului",
             "Serviciul / centrul"),
    "code": ("Cod serviciu social", "Codul serviciului (conform HG 867/2015)", "Cod nomenclator", "Cod"),
    "place": ("Localitatea", "Adresa", "Amplasament"),
    "capacity": ("Capacitate", "Capacitate (nr. locuri)", "Nr. locuri", "Capacitatea maximă"),
    "present_child": ("Nr. copii la {date}", "Copii prezenți la {date}", "Nr. beneficiari la data de {date}",
                      "Număr copii/beneficiari la {date}"),
    "present_adult": ("Nr. beneficiari la {date}", "Persoane găzduite la {date}", "Nr. beneficiari la data de {date}",
                      "Număr persoane asistate la {date}"),
    "present_group": ("Număr beneficiari", "Beneficiari existenți", "Nr. beneficiari"),
    "occupancy": ("Grad de ocupare (%)", "Grad de ocupare", "Gradul de ocupare (%)"),
    "licence": ("Licență de funcționare", "Nr. licență / data", "Licența de funcționare (nr./dată)"),
    "cost": ("Cost mediu lunar/beneficiar (lei)", "Cost lunar per beneficiar (lei)",
             "Cost mediu lunar (lei/beneficiar)"),
    "waiting": ("Persoane pe lista de așteptare", "Solicitări în așteptare"),
    "spent": ("Cheltuieli efectuate", "Cheltuieli realizate în perioada raportată", "Execuție bugetară"),
    "measure": ("Măsura de protecție specială", "Tipul măsurii de protecție", "Măsura de protecție"),
    "children": ("Nr. copii", "Număr copii", "Total copii"),
    "variation": ("Variație (+/-)", "Diferență față de perioada anterioară", "Evoluție"),
    "share": ("% din total", "Pondere (%)", "Procent"),
    "age": ("Grupa de vârstă", "Vârsta", "Categoria de vârstă"),
}
