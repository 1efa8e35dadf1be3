"""Vocabulary of the ``partnership_agreements`` family (``partnerships.py``): the acts a council or a directorate
signs with other organisations (their names in the cases a document needs), the partners (NGOs, parishes, public
institutions, other UATs) with their addresses, fiscal codes and representatives, the objects and validity
phrasings of the agreements, and the small printed distractors (CUI, register numbers, IBAN, phones).

Written blind (see ``partnerships.py``); nothing here is shared with the other families' pools.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field

from . import places
from .fmt import group

__all__ = ["Act", "ACTS", "Partner", "Agreement", "pick_act", "pick_partner", "person", "street", "phone", "cui",
           "iban", "objects_for", "genitive_phrase", "validity", "date_in", "NGO_NAMES"]


# ------------------------------------------------------------------------------------------------------ acts

@dataclass(frozen=True)
class Act:
    """One kind of act, in the cases documents need: 'protocol de colaborare' (bare), 'Protocolul de colaborare'
    (definite), 'Protocolului de colaborare' (genitive), 'protocoale de colaborare' (plural)."""

    kind: str  # the contract's agreement_type
    bare: str
    definite: str
    genitive: str
    plural: str
    feminine: bool = False

    @property
    def cap(self) -> str:
        return self.bare[:1].upper() + self.bare[1:]

    @property
    def one(self) -> str:  # 'un protocol de colaborare' / 'o convenție de colaborare'
        return ("o " if self.feminine else "un ") + self.bare

    @property
    def signed(self) -> str:  # participle agreeing with the act
        return "încheiată" if self.feminine else "încheiat"


ACTS = [
    Act("protocol", "protocol de colaborare", "Protocolul de colaborare", "Protocolului de colaborare",
        "protocoale de colaborare"),
    Act("protocol", "protocol de parteneriat", "Protocolul de parteneriat", "Protocolului de parteneriat",
        "protocoale de parteneriat"),
    Act("acord", "acord de parteneriat", "Acordul de parteneriat", "Acordului de parteneriat",
        "acorduri de parteneriat"),
    Act("acord", "acord de colaborare", "Acordul de colaborare", "Acordului de colaborare", "acorduri de colaborare"),
    Act("acord", "acord-cadru de colaborare", "Acordul-cadru de colaborare", "Acordului-cadru de colaborare",
        "acorduri-cadru de colaborare"),
    Act("acord", "acord-cadru de parteneriat", "Acordul-cadru de parteneriat", "Acordului-cadru de parteneriat",
        "acorduri-cadru de parteneriat"),
    Act("conventie", "convenție de colaborare", "Convenția de colaborare", "Convenției de colaborare",
        "convenții de colaborare", True),
    Act("conventie", "convenție de parteneriat", "Convenția de parteneriat", "Convenției de parteneriat",
        "convenții de parteneriat", True),
    Act("contract", "contract de asociere", "Contractul de asociere", "Contractului de asociere",
        "contracte de asociere"),
    Act("contract", "contract de parteneriat", "Contractul de parteneriat", "Contractului de parteneriat",
        "contracte de parteneriat"),
    Act("other", "memorandum de înțelegere", "Memorandumul de înțelegere", "Memorandumului de înțelegere",
        "memorandumuri de înțelegere"),
]
# how often each act is drawn (protocols, agreements and conventions are the common ones)
_ACT_WEIGHTS = [5, 1, 6, 2, 2, 1, 4, 1, 2, 1, 1]


def pick_act(rnd: random.Random, partner_kind: str = "ngo") -> Act:
    if partner_kind == "uat":  # two UATs associate by contract or sign a protocol / agreement
        return rnd.choice([ACTS[8], ACTS[8], ACTS[0], ACTS[2]])
    if partner_kind in ("public", "cult"):  # no association contract with a public institution or a parish
        return rnd.choices(ACTS[:8] + ACTS[10:], _ACT_WEIGHTS[:8] + _ACT_WEIGHTS[10:])[0]
    return rnd.choices(ACTS, _ACT_WEIGHTS)[0]


# -------------------------------------------------------------------------------------------------- partners

@dataclass
class Partner:
    name: str  # the cleaned organisation name (the gold's `partner`)
    kind: str  # ngo | cult | public | uat
    short: str = ""  # an acronym some documents print instead ("I.S.J. Vaslui"); "" when none
    address: str = ""
    cui: str = ""
    register_no: str = ""  # the register of associations and foundations (NGOs)
    rep_role: str = "președinte"
    rep_name: str = ""
    locality: str = ""  # the seat's locality (printed as "din X" after the name by some lists)


NGO_FORMS = ["Asociația", "Asociația", "Asociația", "Fundația", "Fundația", "Asociația Filantropică",
             "Asociația Umanitară", "Asociația Caritabilă", "Fundația Creștină", "Asociația Socială"]
NGO_NAMES = ["Speranța", "Zâmbet de Copil", "Casa Bunicilor", "Inimă pentru Inimă", "Sfântul Nicolae", "Pentru Voi",
             "Vârsta de Aur", "Acasă", "Lumina", "Samaritenii", "Solidaritate Socială", "Prietenii Vârstnicilor",
             "Viață Nouă", "Sprijin pentru Comunitate", "Mâini Întinse", "Floare de Colț", "Aripi", "Pași Mici",
             "Sfânta Maria", "Copiii Noștri", "Un Pas Înainte", "Bucuria Dăruirii", "Șansa Ta", "Casa Deschisă",
             "Ajutor la Domiciliu", "Sf. Ioan cel Milostiv", "Viitor pentru Copii", "Tineri pentru Tineri",
             "Iubire și Speranță", "Împreună", "Alături de Voi", "Dor de Viață", "Rază de Soare", "Cercul Prieteniei"]
NATIONAL_NGOS = ["Organizația Salvați Copiii", "Fundația World Vision România", "Asociația SOS Satele Copiilor România",
                 "Fundația Hope and Homes for Children România", "Asociația Habitat for Humanity România",
                 "Fundația Principesa Margareta a României", "Fundația Estuar", "Asociația Telefonul Copilului",
                 "Fundația Regală Margareta a României", "Asociația Little People România"]
SAINTS = ["Sfântul Nicolae", "Sfinții Arhangheli Mihail și Gavriil", "Adormirea Maicii Domnului", "Sfânta Treime",
          "Sfântul Gheorghe", "Nașterea Maicii Domnului", "Sfinții Împărați Constantin și Elena", "Sfântul Dumitru",
          "Înălțarea Domnului", "Sfântul Ilie"]
PERSONS_FIRST = ["Ion", "Maria", "Elena", "Gheorghe", "Vasile", "Ana", "Mihaela", "Constantin", "Daniela", "Florin",
                 "Cristina", "Adrian", "Gabriela", "Marius", "Ioana", "Dumitru", "Carmen", "Nicolae", "Alina",
                 "Petru", "Simona", "Cătălin", "Roxana", "Liviu", "Monica", "Ovidiu", "Laura", "Sorin"]
PERSONS_LAST = ["Popescu", "Ionescu", "Munteanu", "Stoica", "Rusu", "Lungu", "Ciobanu", "Dumitrescu", "Moldovan",
                "Tănase", "Constantinescu", "Barbu", "Nistor", "Florea", "Mocanu", "Toma", "Avram", "Sandu", "Cojocaru",
                "Bălan", "Petrescu", "Manole", "Zamfir", "Grigore", "Enache", "Ardeleanu", "Oprea", "Vlad"]
STREETS = ["Str. Mihai Eminescu", "Str. Republicii", "Bd. Independenței", "Str. Libertății", "Str. Gării",
           "Str. Școlii", "Str. Unirii", "Str. Avram Iancu", "Str. Ștefan cel Mare", "Calea Națională",
           "Str. Nicolae Bălcescu", "Str. Tudor Vladimirescu", "Str. Primăverii", "Str. Florilor", "Bd. Carol I"]


def person(rnd: random.Random) -> str:
    return f"{rnd.choice(PERSONS_FIRST)} {rnd.choice(PERSONS_LAST)}"


def street(rnd: random.Random, locality: str) -> str:
    return f"{rnd.choice(STREETS)} nr. {rnd.randint(1, 140)}, {locality}"


def phone(rnd: random.Random) -> str:
    return f"02{rnd.randint(30, 69)} {rnd.randint(100, 999)} {rnd.randint(100, 999)}"


def cui(rnd: random.Random) -> str:
    return str(rnd.randint(1_000_000, 49_999_999))


def iban(rnd: random.Random) -> str:
    digits = "".join(str(rnd.randint(0, 9)) for _ in range(16))
    bank = rnd.choice(["TREZ", "BTRL", "RNCB", "BRDE", "CECE"])
    return f"RO{rnd.randint(10, 99)} {bank} {' '.join(digits[i:i + 4] for i in range(0, 16, 4))}"


def _quoted(rnd: random.Random, name: str) -> str:
    return f"„{name}”" if rnd.random() < 0.5 else name


def neighbour(rnd: random.Random, town: places.Town) -> places.Town:
    """Another UAT of the same county (a partner of an inter-communal association)."""
    by_kind, _ = places._units()
    pool = [t for kind in ("comuna", "oras") for t in by_kind[kind] if t.county == town.county and t != town]
    return rnd.choice(pool) if pool else town


def pick_partner(rnd: random.Random, kind: str, county: str, town: places.Town | None, bucharest: bool = False,
                 used: set | None = None) -> Partner:
    """A partner of the given kind near `town` (or in `county` / Bucharest); `used` holds the names (and the NGO
    name stems) a document already has, so that two partners of one document never share a name."""
    loc = town.name if town else ("București" if bucharest else county)
    used = used if used is not None else set()
    if kind == "ngo":
        if rnd.random() < 0.2:
            name = rnd.choice(NATIONAL_NGOS)
            seat = "București"
        elif rnd.random() < 0.15:
            name = f"Crucea Roșie Română – Filiala {county if not bucharest else 'Sector ' + str(rnd.randint(1, 6))}"
            seat = loc
        else:
            stem = rnd.choice([n for n in NGO_NAMES if n not in used] or NGO_NAMES)
            used.add(stem)
            name = f"{rnd.choice(NGO_FORMS)} {_quoted(rnd, stem)}" + (f" {loc}" if rnd.random() < 0.35 else "")
            seat = loc
        return Partner(name, "ngo", address=street(rnd, seat), cui=cui(rnd),
                       register_no=f"{rnd.randint(1, 140)}/{rnd.randint(1996, 2018)}",
                       rep_role=rnd.choice(["președinte", "director executiv", "președinte"]), rep_name=person(rnd),
                       locality=seat)
    if kind == "cult":
        form = rnd.choice(["Parohia Ortodoxă", "Parohia", "Parohia Ortodoxă Română", "Parohia Romano-Catolică"])
        saint = rnd.choice(SAINTS) if "Catolică" not in form else rnd.choice(["Sfântul Anton", "Sfântul Iosif"])
        name = f"{form} „{saint}” {loc}"
        return Partner(name, "cult", address=street(rnd, loc), cui=cui(rnd), rep_role="preot paroh",
                       rep_name="Pr. " + person(rnd), locality=loc)
    if kind == "uat":
        other = neighbour(rnd, town) if town else None
        name = other.uat if other else f"Județul {county}"
        return Partner(name, "uat", address=street(rnd, other.name if other else county), cui=cui(rnd),
                       rep_role="primar" if other else "președinte", rep_name=person(rnd),
                       locality=other.name if other else county)
    # a public institution
    insts = _public(county, town, bucharest)
    free = [i for i in insts if i[0] not in used] or insts
    name, short, role = rnd.choice(free)
    used.add(name)
    return Partner(name, "public", short=short, address=street(rnd, loc), cui=cui(rnd), rep_role=role,
                   rep_name=person(rnd), locality=loc)


def _public(county: str, town: places.Town | None, bucharest: bool) -> list[tuple[str, str, str]]:
    """(name, acronym as printed or "", the representative's role) of the public bodies a partner can be (the
    topic of an agreement with one of them: ``PUBLIC_TOPICS``, keyed on the name's first words)."""
    if bucharest:
        return [("Inspectoratul Școlar al Municipiului București", "I.S.M.B.", "inspector școlar general"),
                ("Direcția de Sănătate Publică a Municipiului București", "D.S.P.M.B.", "director executiv"),
                ("Agenția Municipală pentru Ocuparea Forței de Muncă București", "A.M.O.F.M. București",
                 "director executiv"),
                ("Direcția Generală de Poliție a Municipiului București", "D.G.P.M.B.", "director general"),
                ("Centrul Municipiului București de Resurse și Asistență Educațională", "C.M.B.R.A.E.", "director"),
                ("Agenția pentru Plăți și Inspecție Socială a Municipiului București", "A.P.I.S. București",
                 "director executiv"),
                ("Spitalul Clinic de Urgență pentru Copii „Grigore Alexandrescu”", "", "manager"),
                ("Serviciul de Probațiune București", "", "șef serviciu")]
    out = [(f"Inspectoratul Școlar Județean {county}", f"I.S.J. {county}", "inspector școlar general"),
           (f"Direcția de Sănătate Publică {county}", f"D.S.P. {county}", "director executiv"),
           (f"Inspectoratul de Poliție Județean {county}", f"I.P.J. {county}", "inspector șef"),
           (f"Agenția Județeană pentru Ocuparea Forței de Muncă {county}", f"A.J.O.F.M. {county}", "director executiv"),
           (f"Centrul Județean de Resurse și Asistență Educațională {county}", f"C.J.R.A.E. {county}", "director"),
           (f"Agenția Județeană pentru Plăți și Inspecție Socială {county}", f"A.J.P.I.S. {county}",
            "director executiv"),
           (f"Spitalul Județean de Urgență {county}", "", "manager"),
           (f"Serviciul de Probațiune {county}", "", "șef serviciu"),
           (f"Casa Județeană de Pensii {county}", "", "director executiv")]
    if town is not None:
        t = town.name
        out.append((f"Școala Gimnazială nr. {1 + (len(t) % 5)} {t}" if town.kind != "comuna"
                    else f"Școala Gimnazială {t}", "", "director"))
        if town.kind == "comuna":
            out.append((f"Postul de Poliție {t}", "", "șef de post"))
            out.append((f"Direcția Generală de Asistență Socială și Protecția Copilului {county}",
                        f"D.G.A.S.P.C. {county}", "director general"))
        else:
            out.append((f"Liceul Tehnologic {t}", "", "director"))
            out.append((f"Poliția Locală {t}", "", "director executiv"))
            out.append((f"Spitalul {'Municipal' if town.kind == 'municipiu' else 'Orășenesc'} {t}", "", "manager"))
    return out


# ------------------------------------------------------------------------------------------------ agreements

@dataclass
class Agreement:
    act: Act
    partners: list[Partner]
    obj: str  # 'prevenirea abandonului școlar al copiilor din familii defavorizate'
    number: str | None = None  # as printed, without 'nr.' ('1.418')
    date: tuple[str, str] | None = None  # (printed 'dd.mm.yyyy', ISO)
    start: str | None = None  # the period's first day, printed, when a period is printed
    valid: str | None = None  # the validity as printed ('31.12.2026', '3 ani', 'nedeterminată')
    service: str | None = None  # the directorate's service concerned
    targeted: int | None = None  # beneficiaries targeted (a distractor)
    amount: int | None = None  # the UAT's financial contribution, lei
    notes: list[str] = field(default_factory=list)

    @property
    def partner(self) -> str:
        return "; ".join(p.name for p in self.partners)

    def gold(self, row_no: str | None = None, number: bool = True, valid: bool = True) -> dict:
        """The expected `partnerships` row (`number=False` when the document prints no number and date)."""
        return dict(row_no_raw=row_no, agreement_type=self.act.kind,
                    number_raw=self.number if number else None,
                    date_signed=(self.date[1] if self.date else None) if number else None,
                    valid_until_raw=self.valid if valid else None, partner=self.partner,
                    notes="; ".join([self.act.bare] + self.notes))


OBJECTS = {
    "ngo": ["furnizarea de servicii sociale de îngrijire la domiciliu pentru persoanele vârstnice",
            "sprijinirea copiilor din familii defavorizate prin activități educative și recreative",
            "distribuirea de alimente și produse de igienă persoanelor aflate în dificultate",
            "funcționarea cantinei sociale și asigurarea unei mese calde pe zi",
            "prevenirea abandonului școlar al copiilor din familii aflate în situație de risc",
            "consilierea și sprijinirea victimelor violenței domestice",
            "integrarea socio-profesională a tinerilor care părăsesc sistemul de protecție",
            "organizarea de activități de voluntariat în beneficiul persoanelor vârstnice singure",
            "dezvoltarea serviciilor sociale destinate persoanelor cu dizabilități",
            "implementarea proiectului „Împreună pentru comunitate”",
            "funcționarea centrului de zi pentru copii (cod serviciu social 8891 CZ-C-II)",
            "asigurarea serviciilor de îngrijire la domiciliu (cod 8810 ID-I) pentru persoanele vârstnice dependente"],
    "cult": ["acordarea de sprijin material persoanelor și familiilor defavorizate",
             "organizarea unei cantine sociale în spațiul pus la dispoziție de parohie",
             "desfășurarea de activități socio-educative pentru copii în centrul parohial",
             "sprijinirea persoanelor vârstnice singure prin vizite la domiciliu"],
    "public": ["identificarea și monitorizarea copiilor cu părinți plecați la muncă în străinătate",
               "prevenirea și combaterea violenței domestice",
               "prevenirea abandonului școlar și a absenteismului",
               "informarea persoanelor beneficiare de venit minim de incluziune privind locurile de muncă vacante",
               "evaluarea și orientarea școlară a copiilor cu cerințe educaționale speciale",
               "asistența medicală comunitară a persoanelor vulnerabile",
               "schimbul de informații privind beneficiarii de prestații sociale",
               "prevenirea delincvenței juvenile și a traficului de persoane"],
    "uat": ["înființarea și funcționarea în comun a unui centru de zi pentru persoane vârstnice",
            "asigurarea serviciilor de îngrijire la domiciliu pentru locuitorii celor două unități administrativ-"
            "teritoriale", "funcționarea serviciului social de tip cantină socială pentru beneficiarii ambelor UAT",
            "implementarea în comun a unui proiect de incluziune socială finanțat din fonduri europene"],
}
SERVICES = ["Compartimentul protecția copilului", "Serviciul prestații sociale", "Centrul de zi pentru copii",
            "Serviciul de îngrijire la domiciliu", "Cantina socială", "Compartimentul violență domestică",
            "Centrul de zi pentru persoane vârstnice", "Serviciul persoane cu dizabilități",
            "Compartimentul incluziune socială", "Serviciul management de caz"]


PUBLIC_TOPICS = {  # the first words of a public partner's name -> what an agreement with it is about
    "Inspectoratul Școlar": ["prevenirea abandonului școlar și a absenteismului",
                             "identificarea și monitorizarea copiilor cu părinți plecați la muncă în străinătate"],
    "Școala": ["prevenirea abandonului școlar și a absenteismului",
               "organizarea de activități extrașcolare pentru copiii din familii defavorizate"],
    "Liceul": ["prevenirea abandonului școlar și a absenteismului",
               "consilierea vocațională a tinerilor din familii defavorizate"],
    "Direcția de Sănătate": ["asistența medicală comunitară a persoanelor vulnerabile",
                             "organizarea de campanii de informare privind sănătatea"],
    "Spitalul": ["asistența medicală comunitară a persoanelor vulnerabile",
                 "prevenirea abandonului copiilor în unitățile sanitare"],
    "Inspectoratul de Poliție": ["prevenirea și combaterea violenței domestice",
                                 "prevenirea delincvenței juvenile și a traficului de persoane"],
    "Poliția": ["prevenirea și combaterea violenței domestice", "prevenirea delincvenței juvenile"],
    "Postul de Poliție": ["prevenirea și combaterea violenței domestice", "prevenirea delincvenței juvenile"],
    "Direcția Generală de Poliție": ["prevenirea și combaterea violenței domestice"],
    "Agenția Județeană pentru Ocuparea": ["informarea persoanelor beneficiare de venit minim de incluziune privind "
                                          "locurile de muncă vacante"],
    "Agenția Municipală pentru Ocuparea": ["informarea persoanelor beneficiare de venit minim de incluziune privind "
                                           "locurile de muncă vacante"],
    "Centrul Județean de Resurse": ["evaluarea și orientarea școlară a copiilor cu cerințe educaționale speciale"],
    "Centrul Municipiului București": ["evaluarea și orientarea școlară a copiilor cu cerințe educaționale speciale"],
    "Agenția Județeană pentru Plăți": ["schimbul de informații privind beneficiarii de prestații sociale"],
    "Agenția pentru Plăți": ["schimbul de informații privind beneficiarii de prestații sociale"],
    "Serviciul de Probațiune": ["reintegrarea socială a persoanelor aflate în evidența serviciului de probațiune"],
    "Casa Județeană de Pensii": ["schimbul de informații privind pensionarii cu venituri reduse"],
    "Direcția Generală de Asistență": ["identificarea și monitorizarea copiilor cu părinți plecați la muncă în "
                                       "străinătate", "prevenirea separării copilului de familie"],
}


def objects_for(rnd: random.Random, kind: str, name: str = "") -> str:
    if kind == "public":
        for prefix, topics in PUBLIC_TOPICS.items():
            if name.startswith(prefix):
                return rnd.choice(topics)
    return rnd.choice(OBJECTS[kind])


def genitive_phrase(obj: str) -> str:
    """'evaluarea și orientarea școlară …' → 'evaluării și orientării școlare …' is beyond a word rule; the nouns in
    -rea of the objects above take -rii (after 'în vederea', 'în scopul'); other objects get a carrier noun."""
    words = obj.split(" ")
    if not words[0].endswith("rea"):
        return "derulării de activități pentru " + obj
    out = []
    for i, w in enumerate(words):
        if (i == 0 or (i == 2 and words[1] == "și")) and w.endswith("rea"):
            w = w[:-4] + "ării" if w.endswith("area") else w[:-3] + "rii"
        out.append(w)
    return " ".join(out).replace("orientării școlară", "orientării școlare")


def date_in(rnd: random.Random, year: int, month_lo: int = 1, month_hi: int = 12) -> tuple[str, str]:
    m = rnd.randint(month_lo, month_hi)
    d = rnd.randint(1, 28)
    return f"{d:02d}.{m:02d}.{year}", f"{year}-{m:02d}-{d:02d}"


def validity(rnd: random.Random, signed: tuple[str, str] | None, year: int) -> tuple[str, str | None]:
    """(the validity as a table or sentence prints it, the start date printed with it or None).

    Forms: an end date, a period 'dd.mm.yyyy – dd.mm.yyyy', a duration ('3 ani', '12 luni'), 'nedeterminată',
    'până la finalizarea proiectului'."""
    form = rnd.random()
    if form < 0.35:
        end = f"{rnd.randint(1, 28):02d}.{rnd.randint(1, 12):02d}.{year + rnd.randint(1, 3)}"
        return end, None
    if form < 0.5:
        return f"31.12.{year + rnd.randint(0, 2)}", None
    if form < 0.7:
        return rnd.choice(["1 an", "2 ani", "3 ani", "5 ani", "12 luni", "24 de luni"]), None
    if form < 0.85:
        return rnd.choice(["nedeterminată", "perioadă nedeterminată", "pe durată nedeterminată"]), None
    return rnd.choice(["până la finalizarea proiectului", "pe durata implementării proiectului",
                       "se prelungește automat în lipsa unei notificări contrare"]), None


def amount(rnd: random.Random, lo: int = 5_000, hi: int = 250_000) -> int:
    return rnd.randrange(lo // 100, hi // 100) * 100


def lei(n: int, decimals: bool = False) -> str:
    return group(n) + (",00" if decimals else "")
