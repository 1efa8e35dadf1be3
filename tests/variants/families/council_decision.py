"""A council's HOTĂRÂRE approving social-assistance programmes (``council_programmes.py``): letterhead, title,
preamble citing laws, articles, signatures, the vote, then the annexes (``council_annexes.py``)."""
from __future__ import annotations

import random

from .council_annexes import draw_subsidies, grants_annex, procurement_annex, subsidies_annex
from .council_base import SIGNATORIES, Council, Doc, Printer

__all__ = ["council_decision", "letterhead", "CHAPTERS"]

# ----------------------------------------------------------------------------------------------- vocabulary

_SUB_SUBJECT = [
    "aprobarea acordării de subvenții, în anul {y}, asociațiilor și fundațiilor române cu personalitate juridică, "
    "care înființează și administrează unități de asistență socială, în baza Legii nr. 34/1998",
    "aprobarea Programului anual de subvenționare a asociațiilor și fundațiilor care administrează unități de "
    "asistență socială, pentru anul {y}",
    "aprobarea listei asociațiilor și fundațiilor beneficiare de subvenții de la {budget}, în baza Legii nr. "
    "34/1998, pentru anul {y}",
    "acordarea de subvenții de la {budget} pe anul {y} unor asociații și fundații care administrează unități de "
    "asistență socială",
]
_CON_SUBJECT = [
    "aprobarea Programului anual de contractare a serviciilor sociale pentru anul {y}",
    "aprobarea Programului anual de achiziții publice de servicii sociale pe anul {y}",
    "aprobarea Programului pentru contractarea serviciilor sociale din {budget} în anul {y}",
]
_GRANT_SUBJECT = [
    "aprobarea Programului anual pentru acordarea de finanțări nerambursabile din {budget} pentru activități "
    "nonprofit de interes general în domeniul asistenței sociale, pentru anul {y}",
    "aprobarea Programului de finanțare nerambursabilă a proiectelor în domeniul social, conform Legii nr. "
    "350/2005, pe anul {y}",
]
_BOTH_SUBJECT = [
    "aprobarea Programului anual de subvenționare în baza Legii nr. 34/1998 și a Programului anual de contractare "
    "a serviciilor sociale pentru anul {y}",
    "aprobarea programelor de finanțare a serviciilor sociale furnizate de organizații neguvernamentale în anul {y}",
]

_LAWS_SUB = [
    "Legii nr. 34/1998 privind acordarea unor subvenții asociațiilor și fundațiilor române cu personalitate "
    "juridică, care înființează și administrează unități de asistență socială, cu modificările ulterioare",
    "Hotărârii Guvernului nr. 1153/2001 pentru aprobarea Normelor metodologice de aplicare a Legii nr. 34/1998, "
    "cu modificările și completările ulterioare",
]
_LAWS_CON = [
    "Legii nr. 98/2016 privind achizițiile publice, cu modificările și completările ulterioare",
    "Hotărârii Guvernului nr. 395/2016 pentru aprobarea Normelor metodologice de aplicare a prevederilor referitoare "
    "la atribuirea contractului de achiziție publică/acordului-cadru din Legea nr. 98/2016",
]
_LAWS_GRANT = ["Legii nr. 350/2005 privind regimul finanțărilor nerambursabile din fonduri publice alocate pentru "
               "activități nonprofit de interes general, cu modificările și completările ulterioare"]
_LAWS_ALWAYS = [
    "Legii asistenței sociale nr. 292/2011, cu modificările și completările ulterioare",
    "Legii nr. 273/2006 privind finanțele publice locale, cu modificările și completările ulterioare",
    "Hotărârii Guvernului nr. 867/2015 pentru aprobarea Nomenclatorului serviciilor sociale",
    "Legii nr. 197/2012 privind asigurarea calității în domeniul serviciilor sociale",
    "Legii nr. 52/2003 privind transparența decizională în administrația publică, republicată",
    "Legii nr. 24/2000 privind normele de tehnică legislativă pentru elaborarea actelor normative, republicată",
]
CHAPTERS = ["68.02.05.02 „Asistență socială în caz de invaliditate”", "68.02.50.50 „Alte cheltuieli în domeniul "
             "asistenței sociale”", "68.02.15.01 „Prevenirea excluderii sociale”", "68.02.04 „Asistență socială "
             "pentru familie și copii”", "68.02.05.01 „Asistență socială în caz de boli”"]

def _pick(rnd: random.Random, pool: list[str], **kw) -> str:
    return rnd.choice(pool).format(**kw)


# ----------------------------------------------------------------------------------------------- decision

def _genitive(c: Council) -> str:
    """The executive body after "al": "al Direcției de Asistență Socială a Municipiului X"."""
    if c.directorate_kind == "primarie":
        return "compartimentului de asistență socială din aparatul de specialitate al primarului"
    return c.directorate.replace("Direcția Generală", "Direcției Generale", 1).replace(
        "Direcția de", "Direcției de", 1).replace("Serviciul Public", "Serviciului Public", 1)


def _executor(c: Council) -> str:
    if c.directorate_kind == "primarie":
        return "compartimentul de asistență socială"
    return c.directorate


def letterhead(d: Doc, body: str) -> None:
    c = d.council
    d.p("ROMÂNIA")
    d.p("MUNICIPIUL BUCUREȘTI" if c.level == "sector" else f"JUDEȚUL {c.county.upper()}")
    d.p(body.upper())


def _criteria_annex(d: Doc, n: int, ref: str) -> None:
    rnd = d.rnd
    d.h(f"Anexa nr. {n} {ref}")
    d.p("CRITERIILE de evaluare și selecționare a solicitărilor de subvenție")
    crit = [("Experiența asociației în administrarea unităților de asistență socială", 20),
            ("Calitatea serviciilor sociale și respectarea standardelor minime de calitate", 25),
            ("Numărul de beneficiari și gradul de acoperire a nevoilor sociale ale comunității", 20),
            ("Resursele umane și materiale proprii", 15),
            ("Contribuția proprie a asociației la cheltuielile unității (minimum 10%)", 20)]
    crit = crit[:rnd.randint(3, 5)]
    rows = [["Nr. crt.", "Criteriul de evaluare", "Punctaj maxim"]]
    rows += [[f"{i}.", t, f"{pts} puncte"] for i, (t, pts) in enumerate(crit, 1)]
    rows.append(["", "Punctaj total", f"{sum(p for _t, p in crit)} puncte"])
    d.table(rows)
    d.p(f"Sunt eligibile solicitările care obțin minimum {rnd.choice([50, 60])} de puncte.")


def _convention_annex(d: Doc, n: int, ref: str) -> None:
    c = d.council
    d.h(f"Anexa nr. {n} {ref}")
    d.p("CONVENȚIE-CADRU privind acordarea subvenției în baza Legii nr. 34/1998")
    d.p(f"Între {c.council if c.level != 'comuna' else 'Comuna ' + c.name}, prin {c.directorate}, și "
        "Asociația/Fundația ........................, cu sediul în ........................, înregistrată în "
        "Registrul asociațiilor și fundațiilor sub nr. ........, reprezentată de ........................, s-a "
        "încheiat prezenta convenție.")
    d.p("Art. 1. Obiectul convenției îl constituie acordarea subvenției lunare pentru unitatea de asistență socială "
        "........................, în limita sumei aprobate prin hotărâre a consiliului.")


def council_decision(d: Doc, programmes: tuple[str, ...]) -> None:
    rnd, c, y = d.rnd, d.council, d.year
    in_december = rnd.random() < 0.3
    dy = y - 1 if in_december else y
    date_dot, _iso, date_words = d.date(dy, (12, 12) if in_december else (2, 4))
    number = rnd.randint(2, 180)
    budget = c.budget
    if programmes == ("subsidies",):
        subject = _pick(rnd, _SUB_SUBJECT, y=y, budget=budget)
    elif programmes == ("contracting",):
        subject = _pick(rnd, _CON_SUBJECT, y=y, budget=budget)
    elif programmes == ("grants",):
        subject = _pick(rnd, _GRANT_SUBJECT, y=y, budget=budget)
    elif programmes == ("subsidies", "contracting"):
        subject = _pick(rnd, _BOTH_SUBJECT, y=y)
    else:
        subject = _BOTH_SUBJECT[1].format(y=y)
    header = rnd.random() < 0.85
    if header:
        letterhead(d, c.council if c.level != "judet" else "CONSILIUL JUDEȚEAN " + c.name)
    form = rnd.randrange(3)
    number_in_title = form != 1
    if form == 0:
        d.title(f"HOTĂRÂREA nr. {number}")
        d.p(f"din {date_words}")
        d.p(f"privind {subject}")
    elif form == 1:
        d.title(f"HOTĂRÂRE privind {subject}")
    else:
        d.title(f"HOTĂRÂREA NR. {number}/{date_dot} privind {subject}")
    where = f", județul {c.county}" if c.level not in ("judet", "sector") else ""
    d.p(f"{c.council}{where}, întrunit în ședința {rnd.choice(['ordinară', 'extraordinară'])} din data de "
        f"{date_dot},")
    d.p("Având în vedere:")
    ref_no = rnd.randint(1000, 45000)
    pre = [f"referatul de aprobare nr. {ref_no}/{date_dot[:6]}{dy} al "
           f"{'președintelui Consiliului Județean' if c.level == 'judet' else 'primarului'};",
           f"raportul de specialitate nr. {ref_no + rnd.randint(1, 99)}/{date_dot[:6]}{dy} al {_genitive(c)};",
           f"avizul comisiei de specialitate pentru sănătate, asistență socială și protecția copilului;",
           ]
    if not in_december:  # the budget of the year is adopted in January, before the decision
        pre.append(f"Hotărârea {c.council.replace('Consiliul', 'Consiliului')} nr. {rnd.randint(1, 20)}/"
                   f"{rnd.randint(1, 28):02d}.01.{y} privind aprobarea bugetului "
                   f"{'propriu' if c.level == 'judet' else 'local'} pe anul {y};")
    if "subsidies" in programmes:
        pre.append(f"procesul-verbal nr. {rnd.randint(100, 9000)}/{date_dot[:6]}{dy} al Comisiei de evaluare și "
                   f"selecționare a solicitărilor de subvenții, constituită prin dispoziția nr. {rnd.randint(10, 900)}"
                   f"/{dy};")
    if rnd.random() < 0.5:
        start = dy - rnd.randint(1, 3)
        pre.append(f"Strategia de dezvoltare a serviciilor sociale a {c.gen} pentru perioada {start}–{start + 6}, "
                   f"aprobată prin hotărârea nr. {rnd.randint(10, 200)}/{start};")
    rnd.shuffle(pre)
    for line in pre:
        d.b(line)
    laws = _LAWS_ALWAYS[:]
    if "subsidies" in programmes:
        laws += _LAWS_SUB
    if "contracting" in programmes:
        laws += _LAWS_CON
    if "grants" in programmes:
        laws += _LAWS_GRANT
    laws = rnd.sample(laws, len(laws))
    if rnd.random() < 0.5:
        d.p("În conformitate cu prevederile:")
        for law in laws:
            d.b(law + ";")
    else:
        d.p("În conformitate cu prevederile " + ", ale ".join(laws) + ";")
    if (dy, int(date_dot[3:5])) < (2019, 7):  # before the Administrative Code (O.U.G. nr. 57/2019, July 2019)
        d.p("În temeiul art. 36 alin. (2) lit. d) și alin. (6) lit. a) pct. 2, art. 45 alin. (1) și art. 115 alin. (1) "
            "lit. b) din Legea administrației publice locale nr. 215/2001, republicată, cu modificările și "
            "completările ulterioare,")
    elif c.level == "judet":
        d.p("În temeiul art. 173 alin. (1) lit. d), alin. (5) lit. b) și art. 182 alin. (1) din Ordonanța de urgență "
            "a Guvernului nr. 57/2019 privind Codul administrativ, cu modificările și completările ulterioare,")
    else:
        d.p("În temeiul art. 129 alin. (2) lit. d) coroborat cu alin. (7) lit. b), art. 139 alin. (3) lit. a) și "
            "art. 196 alin. (1) lit. a) din O.U.G. nr. 57/2019 privind Codul administrativ, cu modificările și "
            "completările ulterioare,")
    d.p("HOTĂRĂȘTE:")
    ref = f"la Hotărârea nr. {number}/{date_dot}"
    art = 0
    annexes: list[tuple[str, int]] = []
    chapter = rnd.choice(CHAPTERS)
    pr = Printer.pick(rnd)
    amounts: dict[str, int] = {}
    # the programmes' figures are drawn now (the articles state their totals before the annexes print them)
    subs = draw_subsidies(d, 12) if "subsidies" in programmes else []
    for prog in programmes:
        art += 1
        n = len(annexes) + 1
        annexes.append((prog, n))
        what = {"subsidies": f"acordarea de subvenții în anul {y} asociațiilor și fundațiilor române cu "
                             f"personalitate juridică care înființează și administrează unități de asistență socială, "
                             f"în baza Legii nr. 34/1998, conform anexei nr. {n}",
                "contracting": f"Programul anual de contractare a serviciilor sociale pentru anul {y}, prevăzut în "
                               f"anexa nr. {n}",
                "grants": f"Programul anual pentru acordarea finanțărilor nerambursabile în domeniul asistenței "
                          f"sociale pentru anul {y}, prevăzut în anexa nr. {n}"}[prog]
        d.p(f"Art. {art}. Se aprobă {what}, care face parte integrantă din prezenta hotărâre.")
    if subs:
        amount = sum(s.amount for s in subs)
        amounts["subsidies"] = amount
        if rnd.random() < 0.7:
            art += 1
            d.p(f"Art. {art}. Subvențiile prevăzute la art. 1, în cuantum total de {pr.sentence(amount)}, se acordă "
                f"lunar, pe bază de convenție, din {budget} pe anul {y}, capitolul {chapter}, titlul 59 „Alte "
                "cheltuieli”, articolul 59.12 „Asociații și fundații”.")
            d.total(f"subvenții Legea 34/1998 {y}: cuantum total aprobat", amount, "lei", pr.sentence(amount))
        else:
            art += 1
            d.p(f"Art. {art}. Sumele se asigură din {budget}, capitolul {chapter}.")
    extra_annexes = []
    if subs and rnd.random() < 0.35:
        art += 1
        extra_annexes.append(("convention", len(annexes) + len(extra_annexes) + 1))
        d.p(f"Art. {art}. Se aprobă modelul convenției de acordare a subvenției, prevăzut în anexa nr. "
            f"{extra_annexes[-1][1]}.")
    if subs and rnd.random() < 0.3:
        art += 1
        extra_annexes.append(("criteria", len(annexes) + len(extra_annexes) + 1))
        d.p(f"Art. {art}. Se aprobă criteriile de evaluare a solicitărilor de subvenție, prevăzute în anexa nr. "
            f"{extra_annexes[-1][1]}.")
    art += 1
    who = "Președintele Consiliului Județean" if c.level == "judet" else "Primarul"
    d.p(f"Art. {art}. {who}, prin {_executor(c)}, va duce la îndeplinire prevederile prezentei hotărâri.")
    art += 1
    d.p(f"Art. {art}. Prezenta hotărâre se comunică Instituției Prefectului – {'Municipiul București' if c.level == 'sector' else 'Județul ' + c.county}"
        f", {c.directorate} și se publică pe pagina de internet a instituției.")
    chair, secretary = rnd.sample(SIGNATORIES, 2)
    d.p(c.chair + ",")
    d.p(chair)
    d.p(rnd.choice(["CONTRASEMNEAZĂ,", "Contrasemnează pentru legalitate,"]))
    d.p(c.secretary + ",")
    d.p(secretary)
    if not number_in_title:
        d.p(f"Nr. {number} din {date_dot}")
    members = {"comuna": 13, "oras": 15, "municipiu": 21, "judet": 33, "sector": 27}[c.level] + rnd.choice([0, 2])
    yes = members - rnd.randint(0, 5)
    d.p(f"Hotărârea a fost adoptată cu {yes} voturi pentru, {rnd.randint(0, members - yes)} împotrivă și "
        f"{rnd.randint(0, 2)} abțineri, din totalul de {members} consilieri în funcție.")
    # the annexes
    for prog, n in annexes:
        d.h(f"Anexa nr. {n} {ref}" if rnd.random() < 0.7 else f"ANEXA NR. {n}")
        if prog == "subsidies":
            d.p(rnd.choice([
                f"LISTA asociațiilor și fundațiilor române cu personalitate juridică care înființează și administrează "
                f"unități de asistență socială, beneficiare de subvenții de la {budget} în anul {y}",
                f"PROGRAMUL ANUAL DE SUBVENȚIONARE a unităților de asistență socială pentru anul {y}",
                f"Subvenții acordate în baza Legii nr. 34/1998 – anul {y}"]))
            subsidies_annex(d, pr, subs)
        elif prog == "contracting":
            d.p(rnd.choice([f"PROGRAMUL ANUAL DE CONTRACTARE A SERVICIILOR SOCIALE PENTRU ANUL {y}",
                            f"Programul achizițiilor publice de servicii sociale (anexa nr. 2 la Legea nr. 98/2016) – "
                            f"{y}"]))
            amounts["contracting"] = procurement_annex(d, pr)
        else:
            d.p(rnd.choice([f"PROGRAMUL ANUAL pentru acordarea finanțărilor nerambursabile din {budget} pentru "
                            f"activități nonprofit de interes general – domeniul asistență socială, anul {y}",
                            f"Finanțări nerambursabile în baza Legii nr. 350/2005 – {y}"]))
            amounts["grants"] = grants_annex(d, pr)
            if rnd.random() < 0.5:
                d.p(f"Suma totală alocată programului este de {pr.sentence(amounts['grants'])}.")
                d.total(f"finanțări nerambursabile Legea 350/2005 {y}: suma totală", amounts["grants"], "lei",
                        pr.sentence(amounts["grants"]))
    for kind, n in extra_annexes:
        (_convention_annex if kind == "convention" else _criteria_annex)(d, n, ref)
    if rnd.random() < 0.5:
        phone = f"02{rnd.randint(30, 69)} {rnd.randint(100, 999)} {rnd.randint(100, 999)}"
        host = c.name.lower().translate(str.maketrans("ăâîșțş ţ", "aaisss t")).replace(" ", "").replace("-", "")
        d.p(f"Informații suplimentare: {c.directorate}, telefon {phone}, e-mail: social@{host[:14]}.ro, program de "
            "lucru luni – vineri, 8.00 – 16.00.")
