"""Plumbing of the social-services decision family (``services_org.py``): the councils that set up, reorganise or
close social services and the directorate that runs them, the kinds of services with their nomenclator codes, and
how a council decision names a service (nominative and genitive), its address, licence and staff.

Vocabulary of this module's own (written blind: not read from the pipeline nor from the other families' pools);
codes from ``../shared/reference/nomenclator_servicii_sociale.csv``.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field

import make_variants as mv

from .fmt import group
from .places import pick_county, pick_place
from .writing import Elements

__all__ = ["Council", "pick_council", "Kind", "county_kinds", "local_kinds", "commune_kinds", "Service",
           "make_service", "genitive", "Doc", "PEOPLE", "MONTHS", "NICKS"]

MONTHS = ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie",
          "octombrie", "noiembrie", "decembrie"]
PEOPLE = ["Adrian Munteanu", "Simona Tănase", "Costel Bălan", "Mirela Chiriac", "Viorel Nistor", "Carmen Lungu",
          "Dorin Pavel", "Gabriela Toma", "Marian Cojocaru", "Liliana Dobre", "Sorin Matei", "Ramona Sandu"]

# the first word of a service's name and its genitive ("înființarea Centrului de zi …")
_GENITIVE = {"Centrul": "Centrului", "Căminul": "Căminului", "Cantina": "Cantinei", "Serviciul": "Serviciului",
             "Creșa": "Creșei", "Locuința": "Locuinței", "Adăpostul": "Adăpostului", "Echipa": "Echipei",
             "Casa": "Casei", "Clubul": "Clubului", "Complexul": "Complexului", "Consiliul": "Consiliului",
             "Direcția": "Direcției", "Compartimentul": "Compartimentului"}


_FEMININE = {"Cantina", "Creșa", "Locuința", "Echipa", "Casa", "Direcția"}


def genitive(name: str) -> str:
    """'Locuința protejată „X”' -> 'Locuinței protejate „X”' (the head noun and an adjective right after it)."""
    head, _, rest = name.partition(" ")
    cap = head[:1].upper() + head[1:]
    gen = _GENITIVE.get(cap, cap)
    gen = gen if head[:1].isupper() else gen[:1].lower() + gen[1:]
    if cap in _FEMININE and rest:
        adj, _, tail = rest.partition(" ")
        if adj.endswith("ă") and adj.lower() not in ("de", "din"):
            rest = f"{adj[:-1]}e {tail}".strip()
    return f"{gen} {rest}".strip()


# ------------------------------------------------------------------------------------------------ councils


@dataclass(frozen=True)
class Council:
    """The council that decides and the directorate (or compartment) in whose structure the services sit."""

    level: str  # judet | municipiu | oras | comuna
    county: str
    uat: str  # the contract's form
    name: str  # "Consiliul Local al Municipiului Turda"
    upper: str  # the letterhead line
    issuer_alts: str  # the contract's issuer, with the printed short forms (" || ")
    kind: str  # consiliu_judetean | consiliu_local
    act: str  # HCJ | HCL
    directorate: str  # full name
    directorate_short: str  # "D.G.A.S.P.C. Vaslui", "D.A.S. Turda", "S.P.A.S. Bicaz"
    chair: str
    secretary: str
    town: str  # where the services sit (a county's seat; the place itself otherwise)
    phone_prefix: str  # the county's landline prefix, "0233"
    legal_basis: str  # the articles of OUG 57/2019 the council acts under


_PREFIXES = ["0230", "0231", "0232", "0233", "0234", "0235", "0236", "0238", "0239", "0240", "0241", "0242",
             "0244", "0245", "0246", "0248", "0249", "0250", "0251", "0252", "0253", "0254", "0255", "0256",
             "0257", "0258", "0259", "0260", "0261", "0262", "0263", "0264", "0265", "0266", "0267", "0268",
             "0269"]


def pick_council(rnd: random.Random) -> Council:
    level = rnd.choices(["judet", "municipiu", "oras", "comuna"], [30, 30, 20, 20])[0]
    prefix = rnd.choice(_PREFIXES)
    if level == "judet":
        county = pick_county(rnd)
        seat = pick_place(rnd, ("municipiu",))
        dg = f"Direcția Generală de Asistență Socială și Protecția Copilului {county}"
        return Council(level, county, f"Județul {county}", f"Consiliul Județean {county}",
                       f"CONSILIUL JUDEȚEAN {county.upper()}", f"Consiliul Județean {county} || CJ {county}",
                       "consiliu_judetean", "HCJ", dg, rnd.choice([f"D.G.A.S.P.C. {county}", f"DGASPC {county}"]),
                       "PREȘEDINTE", "SECRETAR GENERAL AL JUDEȚULUI", seat.name, prefix,
                       "art. 173 alin. (1) lit. a) și d), alin. (2) lit. c) și alin. (5) lit. b), art. 182 alin. (1) "
                       "și art. 196 alin. (1) lit. a)")
    town = pick_place(rnd, (level,))
    gen = town.genitive
    council = f"Consiliul Local al {gen}"
    if level == "municipiu":
        d = rnd.choice([f"Direcția de Asistență Socială a {gen}", f"Direcția de Asistență Socială {town.name}"])
        short = rnd.choice([f"D.A.S. {town.name}", f"DAS {town.name}", "Direcția de Asistență Socială"])
        sec = "SECRETAR GENERAL AL MUNICIPIULUI"
    elif level == "oras":
        d = f"Serviciul Public de Asistență Socială al {gen}"
        short = rnd.choice([f"S.P.A.S. {town.name}", "S.P.A.S.", "Serviciul Public de Asistență Socială"])
        sec = "SECRETAR GENERAL AL ORAȘULUI"
    else:
        d = rnd.choice([f"Serviciul Public de Asistență Socială al {gen}",
                        f"Compartimentul de asistență socială din aparatul de specialitate al Primarului {gen}"])
        short = "S.P.A.S." if d.startswith("Serviciul") else "compartimentul de asistență socială"
        sec = "SECRETAR GENERAL AL COMUNEI"
    return Council(level, town.county, town.uat, council, f"CONSILIUL LOCAL AL {gen.upper()}",
                   f"{council} || Consiliul Local {town.name}", "consiliu_local", "HCL", d, short,
                   "PREȘEDINTE DE ȘEDINȚĂ", sec, town.name, prefix,
                   "art. 129 alin. (2) lit. a) și d), alin. (3) lit. c) și alin. (7) lit. b), art. 139 alin. (1) "
                   "și art. 196 alin. (1) lit. a)")


# ------------------------------------------------------------------------------------------------ services


@dataclass(frozen=True)
class Kind:
    """A kind of social service: its name pattern, code, the group an annex files it under, its size and staff."""

    pattern: str  # "{nick}", "{town}", "{k}" filled per service
    code: str  # canonical nomenclator code
    category: str
    places: tuple[int, int]  # (0, 0): the service states no places (home care, a mobile team)
    staff: tuple[int, int]  # number of posts
    beneficiaries: str  # who it serves, as the ROF says it
    purpose: str  # the ROF's "Scopul serviciului social"
    standard: str  # the order of minimum quality standards that applies


_C = "Servicii sociale pentru copii și familie"
_D = "Servicii sociale pentru persoane adulte cu dizabilități"
_V = "Servicii sociale pentru persoane vârstnice"
_R = "Servicii sociale pentru persoane în situație de risc"
_STD_C = "Ordinul ministrului muncii și justiției sociale nr. 25/2019"
_STD_D = "Ordinul ministrului muncii și justiției sociale nr. 82/2019"
_STD_V = "Ordinul ministrului muncii și justiției sociale nr. 29/2019"
_STD_O = "Ordinul ministrului muncii și justiției sociale nr. 29/2019"


def county_kinds() -> list[Kind]:
    return [
        Kind("Centrul de plasament „{nick}”", "8790 CR-C-I", _C, (20, 50), (18, 40),
             "copiii separați temporar sau definitiv de părinții lor, pentru care s-a stabilit măsura plasamentului",
             "asigurarea găzduirii, îngrijirii și educației copiilor separați de familie", _STD_C),
        Kind("Casa de tip familial „{nick}” {town}", "8790 CR-C-I", _C, (8, 12), (8, 14),
             "copiii cu măsură de plasament, cu vârsta între 3 și 18 ani",
             "asigurarea unui mediu de viață apropiat de cel familial", _STD_C),
        Kind("Centrul de primire în regim de urgență pentru copilul abuzat, neglijat și exploatat {town}",
             "8790 CR-C-II", _C, (8, 20), (10, 22), "copiii abuzați, neglijați sau exploatați",
             "protecția de urgență a copilului aflat în situație de risc", _STD_C),
        Kind("Centrul maternal „{nick}”", "8790 CR-MC-I", _C, (6, 12), (7, 12),
             "cuplurile mamă-copil aflate în dificultate", "prevenirea abandonului copilului", _STD_C),
        Kind("Centrul de zi de recuperare pentru copii cu dizabilități „{nick}”", "8891 CZ-C-III", _C, (20, 60),
             (9, 20), "copiii cu dizabilități din județ și familiile acestora",
             "recuperarea și reabilitarea copiilor cu dizabilități", _STD_C),
        Kind("Serviciul de asistență maternală", "8790 SF-C", _C, (0, 0), (6, 14),
             "copiii aflați în plasament la asistent maternal profesionist",
             "creșterea și îngrijirea copiilor în familia asistentului maternal", _STD_C),
        Kind("Centrul de îngrijire și asistență „{nick}” {town}", "8790 CR-D-I", _D, (30, 90), (25, 60),
             "persoanele adulte cu dizabilități, în baza certificatului de încadrare în grad de handicap",
             "găzduirea, îngrijirea și recuperarea persoanelor adulte cu dizabilități", _STD_D),
        Kind("Centrul de abilitare și reabilitare pentru persoane adulte cu dizabilități „{nick}”", "8790 CR-D-II",
             _D, (25, 50), (20, 45), "persoanele adulte cu dizabilități care au nevoie de abilitare și reabilitare",
             "abilitarea și reabilitarea persoanelor adulte cu dizabilități", _STD_D),
        Kind("Locuința protejată „{nick}” {town}", "8790 CR-D-VII", _D, (6, 12), (5, 10),
             "persoanele adulte cu dizabilități care pot duce o viață independentă cu sprijin",
             "dezvoltarea deprinderilor de viață independentă", _STD_D),
        Kind("Centrul respiro pentru persoane adulte cu dizabilități {town}", "8790 CR-D-VI", _D, (10, 20), (10, 18),
             "persoanele adulte cu dizabilități ale căror familii au nevoie de sprijin temporar",
             "îngrijirea temporară a persoanelor adulte cu dizabilități", _STD_D),
        Kind("Echipa mobilă pentru persoane adulte cu dizabilități", "8810 ID-VI", _D, (0, 0), (4, 8),
             "persoanele adulte cu dizabilități aflate la domiciliu",
             "recuperarea la domiciliu a persoanelor adulte cu dizabilități", _STD_D),
        Kind("Centrul de primire în regim de urgență pentru victimele violenței domestice „{nick}”", "8790 CR-VD-I",
             _R, (8, 16), (8, 14), "victimele violenței domestice și copiii acestora",
             "protecția, găzduirea și consilierea victimelor violenței domestice", _STD_O),
    ]


def local_kinds() -> list[Kind]:
    return [
        Kind("Căminul pentru persoane vârstnice „{nick}”", "8730 CR-V-I", _V, (25, 80), (20, 50),
             "persoanele vârstnice care nu se pot gospodări singure", "găzduirea și îngrijirea persoanelor vârstnice",
             _STD_V),
        Kind("Centrul de zi pentru persoane vârstnice „{nick}”", "8810 CZ-V-II", _V, (20, 60), (3, 7),
             "persoanele vârstnice din {town}", "socializarea și petrecerea timpului liber al vârstnicilor", _STD_V),
        Kind("Serviciul de îngrijire la domiciliu pentru persoane vârstnice", "8810 ID-I", _V, (0, 0), (6, 20),
             "persoanele vârstnice dependente aflate la domiciliu", "menținerea vârstnicilor în mediul familial",
             _STD_V),
        Kind("Locuința protejată pentru persoane vârstnice „{nick}”", "8730 CR-V-III", _V, (6, 12), (4, 8),
             "persoanele vârstnice cu un grad redus de dependență", "asigurarea unei locuințe sigure vârstnicilor",
             _STD_V),
        Kind("Centrul de zi pentru copii „{nick}”", "8891 CZ-C-II", _C, (20, 50), (5, 10),
             "copiii aflați în risc de separare de părinți", "prevenirea abandonului și a părăsirii timpurii a școlii",
             _STD_C),
        Kind("Creșa „{nick}”", "8891 CZ-C-I", _C, (30, 90), (10, 24), "copiii cu vârsta de până la 3 ani",
             "îngrijirea, supravegherea și educația timpurie a copiilor", _STD_C),
        Kind("Centrul de consiliere și sprijin pentru părinți și copii „{nick}”", "8899 CZ-F-I", _C, (15, 30),
             (3, 6), "părinții și copiii aflați în dificultate", "consilierea și sprijinirea familiilor", _STD_C),
        Kind("Cantina socială {town}", "8899 CPDH-I", _R, (60, 200), (4, 9),
             "persoanele și familiile cu venituri reduse", "asigurarea unei mese calde zilnice", _STD_O),
        Kind("Serviciul de masă pe roți", "8899 CPDH-II", _R, (20, 60), (3, 6),
             "persoanele vârstnice sau cu dizabilități care nu se pot deplasa",
             "distribuirea hranei la domiciliul beneficiarilor", _STD_O),
        Kind("Adăpostul de noapte „{nick}”", "8790 CR-PFA-II", _R, (15, 40), (6, 12), "persoanele fără adăpost",
             "găzduirea pe timp de noapte a persoanelor fără adăpost", _STD_O),
        Kind("Centrul de zi pentru persoane adulte cu dizabilități „{nick}”", "8899 CZ-D-I", _D, (15, 40), (5, 12),
             "persoanele adulte cu dizabilități din {town}", "integrarea socială a persoanelor cu dizabilități",
             _STD_D),
        Kind("Serviciul de asistență comunitară", "8899 CZ-PN-V", _R, (0, 0), (2, 6),
             "persoanele și familiile aflate în situații de vulnerabilitate",
             "identificarea și sprijinirea persoanelor vulnerabile din comunitate", _STD_O),
    ]


def commune_kinds() -> list[Kind]:
    keep = ("8810 ID-I", "8810 CZ-V-II", "8891 CZ-C-II", "8899 CPDH-I", "8899 CZ-PN-V", "8899 CZ-F-I",
            "8899 CPDH-II")
    return [k for k in local_kinds() if k.code in keep]


NICKS = ["Curcubeul", "Steluța", "Sfântul Ioan", "Dor de Viață", "Raza de Soare", "Bucuria", "Sfânta Ana",
          "Acasă", "Căsuța cu Povești", "Izvorul", "Sfântul Gheorghe", "Trandafirul", "Primăvara", "Floarea Soarelui",
          "Sânziana", "Împreună", "Mâini Întinse", "Sfinții Arhangheli", "Omenia", "Zâmbetul"]
_STREETS = ["Str. Republicii", "Str. Școlii", "Str. Gării", "Bd. Unirii", "Str. Trandafirilor", "Str. Avram Iancu",
            "Str. Tudor Vladimirescu", "Str. Morii", "Calea Victoriei", "Str. Bisericii", "Aleea Teilor",
            "Str. Nicolae Bălcescu"]


@dataclass
class Service:
    """One service, its facts and how the decision prints them."""

    name: str
    code: str  # canonical
    kind: Kind
    places: int | None
    staff: int
    address: str
    phone: str
    licence: str  # "nr. 1234/12.05.2019"; "" for a service set up now
    change: str = "keep"  # keep | setup | reduce | increase | rename | close
    old_places: int | None = None
    old_name: str = ""
    staff_split: tuple[int, int, int] = (1, 0, 0)  # management, specialists, administrative

    @property
    def category(self) -> str:
        return self.kind.category


def make_service(rnd: random.Random, kind: Kind, town: str, used: set[str]) -> Service:
    name = ""
    for _ in range(30):
        name = kind.pattern.format(nick=rnd.choice(NICKS), town=town, k=rnd.randint(1, 6))
        if name not in used:
            break
    else:
        name = f"{name} {len(used) + 2}"
    used.add(name)
    places = rnd.randint(*kind.places) if kind.places[1] else None
    staff = rnd.randint(*kind.staff)
    spec = max(1, round((staff - 1) * rnd.uniform(0.55, 0.8))) if staff > 1 else 0
    split = (1, spec, max(0, staff - 1 - spec))
    addr = f"{rnd.choice(_STREETS)} nr. {rnd.randint(1, 160)}"
    phone = f"0{rnd.randint(230, 269)} {rnd.randint(100, 999)} {rnd.randint(100, 999)}"
    ly = rnd.randint(2016, 2022)
    lic = f"nr. {rnd.randint(100, 9999)}/{rnd.randint(1, 28):02d}.{rnd.randint(1, 12):02d}.{ly}"
    return Service(name, kind.code, kind, places, staff, addr, phone, lic, staff_split=split)


# ------------------------------------------------------------------------------------------------ document


@dataclass
class Doc(Elements):
    rnd: random.Random
    year: int
    council: Council
    number: int  # the decision's number
    date_num: str  # "12.03.2024"
    date_words: str  # "12 martie 2024"
    els: list[mv.El] = field(default_factory=list)
    services: list[dict] = field(default_factory=list)
    totals: list[dict] = field(default_factory=list)
    indicators: list[dict] = field(default_factory=list)

    def total(self, scope: str, amount: float, unit: str, raw: str) -> None:
        self.totals.append({"scope": scope, "amount": amount, "unit": unit, "raw": raw})

    def places(self, subject: str, value: int, raw: str) -> None:
        """A centre's places stated in a sentence: one `capacitate_locuri` figure per service and value."""
        if any(i["subject"] == subject and i["value"] == float(value) for i in self.indicators):
            return
        self.indicators.append({"indicator": "capacitate_locuri", "subject": subject, "value": float(value),
                                "unit": "locuri", "year": self.year, "raw": raw})

    @property
    def act_ref(self) -> str:
        return f"{self.council.act} nr. {self.number}/{self.year}"

    def old_act(self) -> str:
        """An earlier decision an article cites (a distractor: its number and year are no figure)."""
        y = self.rnd.randint(self.year - 8, self.year - 1)
        return f"Hotărârea {genitive(self.council.name)} nr. {self.rnd.randint(12, 380)}/{y}"


def staff_line(s: Service) -> str:
    m, sp, ad = s.staff_split
    return f"{s.staff} posturi, din care {m} de conducere, {sp} de specialitate și {ad} administrative"


def thousands(n: int) -> str:
    return group(n)
