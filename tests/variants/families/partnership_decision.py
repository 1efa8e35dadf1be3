"""Shape (a) of the ``partnership_agreements`` family (``partnerships.py``): a council's HOTĂRÂRE (HCL of a commune,
town, municipality or Bucharest sector, HCJ, HCGMB) approving the conclusion of one agreement (its text as the
annex: parties with seat, fiscal code, register number, IBAN and representative, object, duration, obligations,
financial clauses, signatures), of several (listed in the article or in an annex table / numbered list, with the
model agreement as a second annex), the extension of an agreement in force (the additional act as annex), or an
association with another UAT or an NGO under a contract de asociere with the money each side brings."""
from __future__ import annotations

import random
from datetime import date, timedelta

from .partnership_base import Doc, make_agreements
from .partnership_pools import (ACTS, Act, Agreement, Partner, amount, genitive_phrase, iban, lei, person,
                                pick_partner)

__all__ = ["write_decision"]

_MONTHS = ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie",
           "octombrie", "noiembrie", "decembrie"]


def _one_gen(act: Act) -> str:
    """'unui protocol de colaborare' / 'unei convenții de colaborare' (after 'încheierea')."""
    return "unei " + act.bare.replace("convenție", "convenții", 1) if act.feminine else "unui " + act.bare


def _low(text: str) -> str:
    return text[:1].lower() + text[1:]


def _obj_gen(obj: str) -> str:
    return genitive_phrase(obj)


def _uat_gen(d: Doc) -> str:
    iss = d.iss
    if iss.level == "county":
        return f"Județului {iss.county}"
    if iss.level == "sector":
        return f"Sectorului {iss.sector} al Municipiului București"
    if iss.level == "capital":
        return "Municipiului București"
    return iss.town.genitive


def _laws(d: Doc, adopted_iso: str) -> tuple[list[str], str]:
    """(the laws the preamble cites, the 'În temeiul …' sentence): Law 215/2001 before 5 July 2019, OUG 57/2019
    after."""
    rnd, county = d.rnd, d.iss.level == "county"
    old = adopted_iso < "2019-07-05"
    pool = ["Legii asistenței sociale nr. 292/2011, cu modificările și completările ulterioare",
            "Legii nr. 272/2004 privind protecția și promovarea drepturilor copilului, republicată",
            "H.G. nr. 867/2015 pentru aprobarea Nomenclatorului serviciilor sociale",
            "Legii nr. 197/2012 privind asigurarea calității în domeniul serviciilor sociale",
            "O.G. nr. 26/2000 cu privire la asociații și fundații, cu modificările ulterioare",
            "Legii nr. 17/2000 privind asistența socială a persoanelor vârstnice, republicată",
            "Legii nr. 448/2006 privind protecția și promovarea drepturilor persoanelor cu handicap",
            "Legii nr. 52/2003 privind transparența decizională în administrația publică",
            "Legii nr. 273/2006 privind finanțele publice locale"]
    laws = rnd.sample(pool, rnd.randint(3, 6))
    if old:
        basis = ("art. 91 alin. (1) lit. d) și alin. (5) lit. a) pct. 2, art. 97 alin. (1)" if county else
                 "art. 36 alin. (2) lit. d) și alin. (6) lit. a) pct. 2, art. 45 alin. (1)")
        law = "Legea nr. 215/2001 a administrației publice locale, republicată"
    else:
        basis = ("art. 173 alin. (1) lit. d) și alin. (5) lit. b), art. 182 alin. (1)" if county else
                 "art. 129 alin. (2) lit. d) și alin. (7) lit. b), art. 139 alin. (1)")
        basis += " și art. 196 alin. (1) lit. a)"
        law = "O.U.G. nr. 57/2019 privind Codul administrativ, cu modificările și completările ulterioare"
    return laws, f"În temeiul {basis} din {law},"


def _partner_clause(rnd: random.Random, p: Partner, n: int, tail: str) -> str:
    parts = [f"{n}. {p.name}, cu sediul în {p.address}"]
    if p.register_no:
        parts.append(f"înscrisă în Registrul asociațiilor și fundațiilor sub nr. {p.register_no}")
    parts.append(f"{rnd.choice(['CIF', 'cod fiscal', 'CUI'])} {p.cui}")
    if p.kind in ("ngo", "cult") and rnd.random() < 0.6:
        parts.append(f"cont {iban(rnd)}")
    if rnd.random() < 0.4:
        parts.append(f"telefon {rnd.choice(['0721', '0744', '0755', '0766'])} {rnd.randint(100, 999)} "
                     f"{rnd.randint(100, 999)}")
    parts.append(f"reprezentată prin {p.rep_name}, {p.rep_role}, {tail}")
    return ", ".join(parts)


def _agreement_text(d: Doc, a: Agreement, party: str, money: int | None, total_value: int | None,
                    model: bool = False) -> None:
    """The agreement as an annex: title, parties, object, duration, obligations, finances, signatures."""
    rnd = d.rnd
    scheme = rnd.randrange(3)  # how the agreement numbers its parts: 'Art. 1. …', 'I. …', 'CAP. I – …'
    d.h(("MODEL – " if model else "") + a.act.bare.upper())
    d.p(rnd.choice(["nr. ............ din ....................", "Nr. ______ / ____________",
                    "nr. ........./................"]))
    d.p(["Art. 1. Părțile", "I. PĂRȚILE", "CAP. I – Părțile"][scheme])
    d.p(f"1. {party}, cu sediul în {rnd.choice(['Str. Principală', 'Piața Centrală', 'Str. Primăriei'])} nr. "
        f"{rnd.randint(1, 60)}, cod fiscal {rnd.randint(1_000_000, 49_999_999)}, reprezentată prin {person(rnd)}, "
        f"în calitate de partener 1,")
    if model:
        d.p("2. ......................................., cu sediul în ....................., CIF ..............., "
            "reprezentată prin ......................, în calitate de partener 2,")
    else:
        for i, p in enumerate(a.partners, start=2):
            d.p(_partner_clause(rnd, p, i, f"în calitate de partener {i},"))
    noun = a.act.bare.split()[0].replace("acord-cadru", "acord")
    this = "prezentei convenții" if a.act.feminine else f"prezentului {noun}"
    d.p(f"au convenit încheierea {this}, în următoarele condiții:")
    d.p(["Art. 2. Obiectul", "II. OBIECTUL", "CAP. II – Obiectul"][scheme])
    d.p(f"Obiectul îl constituie colaborarea părților în vederea {_obj_gen(a.obj)}.")
    if a.targeted:
        d.p(f"Grupul țintă: {a.targeted} de beneficiari din evidența {d.iss.dir_short}.")
    d.p(["Art. 3. Durata", "III. DURATA", "CAP. III – Durata"][scheme])
    d.p(_duration_sentence(rnd, a))
    d.p(["Art. 4. Obligațiile părților", "IV. OBLIGAȚIILE PĂRȚILOR", "CAP. IV – Obligațiile părților"][scheme])
    d.p("4.1. Partenerul 1 se obligă:")
    for text in rnd.sample(["să pună la dispoziție spațiul necesar desfășurării activităților",
                            "să identifice beneficiarii și să realizeze evaluarea socială a acestora",
                            "să asigure sprijin logistic și informațional", "să desemneze o persoană de contact",
                            "să monitorizeze modul de desfășurare a activităților"], 3):
        d.b(text + ";")
    d.p("4.2. Partenerul 2 se obligă:")
    for text in rnd.sample(["să asigure personalul de specialitate necesar",
                            "să respecte standardele minime de calitate",
                            "să transmită trimestrial un raport de activitate", "să asigure confidențialitatea datelor",
                            "să implice voluntari în desfășurarea activităților"], 3):
        d.b(text + ";")
    d.p(["Art. 5. Clauze financiare", "V. CLAUZE FINANCIARE", "CAP. V – Dispoziții financiare"][scheme])
    if money is None:
        d.p(rnd.choice(["Prezentul act nu implică obligații financiare între părți.",
                        "Colaborarea nu presupune transfer de fonduri între părți."]))
    elif total_value:
        d.p(f"Valoarea totală estimată este de {lei(total_value)} lei, din care contribuția partenerului 1 este de "
            f"{lei(money)} lei, din bugetul local, capitolul 68.02 „Asigurări și asistență socială”, iar diferența se "
            f"asigură de partenerul 2.")
    else:
        d.p(f"Partenerul 1 contribuie cu suma de {lei(money)} lei, din bugetul local, titlul 59 „Alte cheltuieli”, "
            f"virată în contul partenerului 2 în tranșe trimestriale.")
    d.p(["Art. 6. Încetarea", "VI. ÎNCETAREA", "CAP. VI – Încetarea"][scheme])
    d.p(f"Oricare dintre părți poate denunța unilateral, cu o notificare prealabilă de "
        f"{rnd.choice(['15 zile', '30 de zile', '60 de zile'])}.")
    d.p(f"Prezentul act s-a încheiat în {rnd.choice(['2 (două)', '3 (trei)'])} exemplare originale, câte unul pentru "
        f"fiecare parte.")
    if rnd.random() < 0.5:
        head = ["Partener 1", "Partener 2"] + [f"Partener {i}" for i in range(3, len(a.partners) + 2)]
        body = [party.split(",")[0]] + (["..................."] if model else [p.name for p in a.partners])
        reps = [person(rnd)] + (["..................."] if model else [p.rep_name for p in a.partners])
        d.table([head, body, reps], header_rows=1)
    else:
        d.p(f"PARTENER 1, {party.split(',')[0]}")
        if not model:
            for i, p in enumerate(a.partners, start=2):
                d.p(f"PARTENER {i}, {p.name}")


def _duration_sentence(rnd: random.Random, a: Agreement) -> str:
    v = a.valid or "nedeterminată"
    if v[:2].isdigit() and "." in v:
        return f"Prezentul act este valabil până la data de {v}."
    if "nedeterminat" in v:
        return "Prezentul act se încheie pe durată nedeterminată."
    if v[:1].isdigit():
        return f"Prezentul act se încheie pe o perioadă de {v} de la data semnării."
    return f"Prezentul act este valabil {v}."


def write_decision(d: Doc) -> None:
    rnd, iss, y = d.rnd, d.iss, d.year
    mode = rnd.choices(["single", "multi", "extend", "association"], [4, 3, 2, 1.5 if not iss.bucharest else 0.5])[0]
    month = rnd.randint(1, 12)
    day = rnd.randint(1, 28)
    adopted = f"{day:02d}.{month:02d}.{y}"
    adopted_iso = f"{y}-{month:02d}-{day:02d}"
    no = rnd.randint(3, 240)
    party = iss.party(rnd)
    party_in = party + "," if ", prin" in party else party  # 'între X, prin Y, și Z'
    head_phrase, head_gen = iss.head()
    uat_gen = _uat_gen(d)
    money: int | None = None
    total_value: int | None = None
    addendum = rnd.randint(1, 3)  # the number of the additional act of an extension (a distractor)

    # ---------------------------------------------------------------- the agreements the decision is about
    if mode == "single":
        ags = make_agreements(rnd, iss, 1, y, y)
        if iss.level in ("commune", "town") and rnd.random() < 0.35:  # tripartite: with two public bodies
            ags[0].partners.append(pick_partner(rnd, "public", iss.county, iss.town, False, {ags[0].partners[0].name}))
            ags[0].act = ACTS[2]
    elif mode == "multi":
        ags = make_agreements(rnd, iss, rnd.randint(2, 6), y, y)
        if rnd.random() < 0.6:  # one act for all, listed in the annex
            act = rnd.choice([ACTS[0], ACTS[2], ACTS[6], ACTS[4]])
            for a in ags:
                a.act = act
    elif mode == "extend":
        ags = make_agreements(rnd, iss, 1, y - 5, y - 1)
    else:
        kind = "uat" if not iss.bucharest and iss.level != "county" and rnd.random() < 0.5 else "ngo"
        ags = make_agreements(rnd, iss, 1, y, y, kinds=[kind])
        ags[0].act = ACTS[8]
    for a in ags:
        if mode != "extend":  # concluded after the decision: no number nor date yet
            a.number, a.date = None, None
            a.valid, _ = _new_validity(rnd, y)
    a0 = ags[0]
    if mode == "extend":
        a0.valid = rnd.choice([f"31.12.{y + rnd.randint(1, 3)}", f"{a0.date[0][:6]}{y + rnd.randint(1, 3)}"])
    names0 = [p.name for p in a0.partners]
    partners0 = names0[0] if len(names0) == 1 else ", ".join(names0[:-1]) + " și " + names0[-1]
    # 'între X și Y' / 'între X, Y și Z' (a tripartite agreement)
    and0 = " și " if len(names0) == 1 else ", "
    if len(names0) > 1:
        party_in = party.split(",")[0]
    if mode == "association" or (mode == "single" and a0.partners[0].kind != "public" and rnd.random() < 0.5):
        money = amount(rnd, 10_000, 300_000)
        if mode == "association":
            total_value = money + amount(rnd, 20_000, 600_000)

    # ---------------------------------------------------------------- letterhead, title, preamble
    for line in iss.letterhead_council():
        d.p(line)
    form = rnd.randrange(3)
    if form == 0:
        d.title(f"HOTĂRÂREA nr. {no}")
        d.p(f"din {day} {_MONTHS[month - 1]} {y}" if rnd.random() < 0.5 else f"din {adopted}")
    elif form == 1:
        d.title(f"HOTĂRÂREA NR. {no}/{adopted}")
    else:
        d.title("HOTĂRÂRE")
    if mode == "single":
        about = rnd.choice([
            f"privind aprobarea încheierii {_one_gen(a0.act)} între {party.split(',')[0]}{and0}{partners0}",
            f"privind aprobarea colaborării dintre {party.split(',')[0]}{and0}{partners0} în vederea "
            f"{_obj_gen(a0.obj)}"])
    elif mode == "multi":
        acts = ags[0].act.plural if len({a.act for a in ags}) == 1 else "acte de colaborare"
        whom = rnd.choice(["unele organizații neguvernamentale și instituții publice", "partenerii prevăzuți în anexă",
                           ", ".join(a.partner for a in ags)])
        about = f"privind aprobarea încheierii unor {acts} între {party.split(',')[0]} și {whom}"
    elif mode == "extend":
        about = (f"privind aprobarea prelungirii {a0.act.genitive} nr. {a0.number}/{a0.date[0]}, {a0.act.signed} "
                 f"între {party.split(',')[0]}{and0}{partners0}")
    else:
        about = f"privind aprobarea asocierii {uat_gen} cu {partners0} în vederea {_obj_gen(a0.obj)}"
    d.p(about)
    d.title_lines = [next(e.text for e in d.els if e.kind == "title"), about]
    if form == 2:
        d.p(f"nr. {no} din {adopted}")
    d.p(f"{iss.council}, întrunit în ședința {rnd.choice(['ordinară', 'extraordinară'])} din data de {adopted};")
    d.p("Având în vedere:")
    pre = [f"referatul de aprobare al {head_gen} nr. {rnd.randint(100, 25000)}/{_before(rnd, adopted_iso)};",
           f"raportul de specialitate al {iss.dir_gen} nr. {rnd.randint(100, 25000)}/{_before(rnd, adopted_iso)};",
           "avizul comisiei de specialitate pentru sănătate, asistență socială și protecție socială;"]
    if mode in ("single", "extend", "association") and rnd.random() < 0.7:
        pre.insert(1, f"solicitarea transmisă de {a0.partners[0].name}, înregistrată sub nr. "
                      f"{rnd.randint(100, 25000)}/{_before(rnd, adopted_iso)};")
    if rnd.random() < 0.5:
        pre.append(f"Hotărârea {iss.council_gen} nr. {rnd.randint(5, 190)}/{y - rnd.randint(1, 4)} privind aprobarea "
                   f"Strategiei de dezvoltare a serviciilor sociale pentru perioada {y - 2}–{y + 3};")
    for text in pre:
        d.b(text)
    laws, basis = _laws(d, adopted_iso)
    if rnd.random() < 0.5:
        d.p("În conformitate cu prevederile:")
        for law in laws:
            d.b(law + ";")
    else:
        d.p("În conformitate cu prevederile " + ", ale ".join(laws) + ";")
    d.p(basis)
    d.h(rnd.choice(["HOTĂRĂȘTE:", "H O T Ă R Ă Ș T E:", "adoptă prezenta hotărâre:"]))

    # ---------------------------------------------------------------- the articles
    art = 1
    annex_ref = rnd.choice(["anexei care face parte integrantă din prezenta hotărâre", "anexei la prezenta hotărâre"])
    if mode == "single":
        d.p(f"Art. {art}. Se aprobă încheierea {_one_gen(a0.act)} între {party_in}{and0}{partners0}, având ca obiect "
            f"{a0.obj}, conform {annex_ref}.")
    elif mode == "multi":
        if len({a.act for a in ags}) == 1 and rnd.random() < 0.7:
            d.p(f"Art. {art}. Se aprobă încheierea de {ags[0].act.plural} între {party_in} și partenerii prevăzuți în "
                f"anexa nr. 1, care face parte integrantă din prezenta hotărâre.")
            listed = "annex"
        else:
            d.p(f"Art. {art}. Se aprobă încheierea următoarelor acte de colaborare:")
            row_nos_article: list[str] = []
            for i, a in enumerate(ags):
                until = ""
                if rnd.random() < 0.4:
                    until = (f", până la data de {a.valid}" if a.valid[:1].isdigit() and "." in a.valid else
                             f", pe o perioadă de {a.valid}" if a.valid[:1].isdigit() else ", pe durată nedeterminată")
                else:
                    a.valid = None  # not printed
                d.p(f"{'abcdefgh'[i]}) {a.act.cap} cu {a.partner}, având ca obiect {a.obj}{until};")
                row_nos_article.append(f"{'abcdefgh'[i]})")
            listed = "article"
        if listed == "annex" and rnd.random() < 0.6:
            art += 1
            d.p(f"Art. {art}. Se aprobă modelul-cadru al {_low(ags[0].act.genitive)}, prevăzut în anexa nr. 2.")
    elif mode == "extend":
        until = a0.valid
        d.p(f"Art. {art}. Se aprobă prelungirea duratei {_low(a0.act.genitive)} nr. {a0.number}/{a0.date[0]}, "
            f"{a0.act.signed} între {party_in}{and0}{partners0}, până la data de {until}.")
        if rnd.random() < 0.6:
            art += 1
            d.p(f"Art. {art}. Se aprobă Actul adițional nr. {addendum} la {_low(a0.act.definite)} "
                f"nr. {a0.number}/{a0.date[0]}, conform {annex_ref}.")
    else:
        d.p(f"Art. {art}. Se aprobă asocierea {uat_gen} cu {partners0}, în vederea {_obj_gen(a0.obj)}.")
        art += 1
        d.p(f"Art. {art}. Se aprobă {_low(a0.act.definite)}, conform {annex_ref}.")
    art += 1
    d.p(f"Art. {art}. Se împuternicește {head_phrase}, {person(rnd)}, să semneze "
        f"{'actele' if mode == 'multi' else 'actul'} în numele {uat_gen}.")
    if money:
        art += 1
        if total_value:
            share = f"{100 * money / total_value:.1f}".replace(".", ",")  # a percentage: no total
            d.p(f"Art. {art}. Contribuția {uat_gen} la realizarea obiectului asocierii este de {lei(money)} lei, "
                f"reprezentând {share}% din valoarea totală estimată de {lei(total_value)} lei, și se asigură din "
                f"bugetul local pe anul {y}.")
            d.total("valoarea totală estimată a asocierii", total_value, f"{lei(total_value)} lei")
        else:
            d.p(f"Art. {art}. Se aprobă alocarea sumei de {lei(money)} lei din bugetul local pe anul {y}, capitolul "
                f"68.02 „Asigurări și asistență socială”, pentru cofinanțarea activităților prevăzute la art. 1.")
        d.total("contribuția UAT (cofinanțare)", money, f"{lei(money)} lei")
    art += 1
    d.p(f"Art. {art}. Cu ducerea la îndeplinire a prezentei hotărâri se încredințează {head_phrase} și "
        f"{iss.dir_short}.")
    art += 1
    prefect = ("Instituției Prefectului Municipiului București" if iss.bucharest
               else f"Instituției Prefectului – Județul {iss.county}")
    secretary = "secretarului" if adopted_iso < "2019-07-05" else "secretarului general"
    d.p(f"Art. {art}. Prezenta hotărâre se comunică, prin intermediul {secretary}, {head_gen}, "
        f"{prefect} și "
        f"partenerilor, și se aduce la cunoștință publică prin afișare.")
    _signatures(d, adopted_iso)

    # ---------------------------------------------------------------- the annexes
    d.pagebreak()
    ref = f"{'HCJ' if iss.level == 'county' else 'HCGMB' if iss.level == 'capital' else 'HCL'} nr. {no}/{adopted}"
    row_nos: list[str | None] = [None] * len(ags)
    if mode == "multi" and listed == "article":
        row_nos = row_nos_article
    if mode == "multi" and listed == "annex":
        d.p(f"Anexa nr. 1 la {ref}")
        row_nos = _partner_list(d, ags)
        if rnd.random() < 0.5:
            d.pagebreak()
            d.p(f"Anexa nr. 2 la {ref}")
            _agreement_text(d, ags[0], party, None, None, model=True)
    elif mode == "extend":
        d.p(f"Anexa la {ref}")
        d.h(f"ACT ADIȚIONAL nr. {addendum}")
        d.p(f"la {_low(a0.act.definite)} nr. {a0.number}/{a0.date[0]}")
        d.p(f"Încheiat între {party_in}{and0}{partners0}.")
        d.p(f"Art. 1. Durata {_low(a0.act.genitive)} se prelungește până la data de {a0.valid}.")
        d.p("Art. 2. Celelalte clauze rămân neschimbate.")
    elif mode != "multi":
        d.p(rnd.choice([f"ANEXA la {ref}", f"Anexă la Hotărârea {iss.council_gen} nr. {no}/{adopted}"]))
        _agreement_text(d, a0, party, money, total_value)
    for a, row_no in zip(ags, row_nos):
        d.partnerships.append(a.gold(row_no))


def _before(rnd: random.Random, iso: str) -> str:
    """A date 1–45 days before `iso`, printed 'dd.mm.yyyy' (the referat, the report, the request)."""
    day = date.fromisoformat(iso) - timedelta(days=rnd.randint(1, 45))
    return f"{day.day:02d}.{day.month:02d}.{day.year}"


def _new_validity(rnd: random.Random, y: int) -> tuple[str, None]:
    return rnd.choice([f"31.12.{y + rnd.randint(0, 3)}", rnd.choice(["1 an", "2 ani", "3 ani", "5 ani", "12 luni"]),
                       "nedeterminată"]), None


def _signatures(d: Doc, adopted_iso: str) -> None:
    rnd = d.rnd
    chair, sec = person(rnd), person(rnd)
    secretary = "SECRETAR" if adopted_iso < "2019-07-05" else "SECRETAR GENERAL"  # the title O.U.G. 57/2019 gave
    if rnd.random() < 0.5:
        d.table([["PREȘEDINTE DE ȘEDINȚĂ,", f"CONTRASEMNEAZĂ, {secretary},"], [chair, sec]], header_rows=1)
    else:
        d.p("PREȘEDINTE DE ȘEDINȚĂ,")
        d.p(chair)
        d.p(f"CONTRASEMNEAZĂ, {secretary},")
        d.p(sec)
    total = rnd.choice({"commune": [9, 11, 13, 15], "town": [13, 15, 17], "municipality": [17, 19, 21, 23, 27],
                        "county": [31, 33, 35, 37], "sector": [27], "capital": [55]}[d.iss.level])
    against = rnd.randint(0, 2)
    abst = rnd.randint(0, 2)
    d.p(f"Hotărârea a fost adoptată cu {total - against - abst} voturi pentru, {against} împotrivă și "
        f"{'o abținere' if abst == 1 else f'{abst} abțineri'}, din totalul de {total} consilieri în funcție.")


def _partner_list(d: Doc, ags: list[Agreement]) -> list[str]:
    """The annex listing the partners (a numbered list or a table); returns the row numbers printed."""
    rnd = d.rnd
    d.h(rnd.choice(["LISTA partenerilor", f"Partenerii cu care se încheie {ags[0].act.plural}",
                    "Tabel cu organizațiile partenere"]))
    if rnd.random() < 0.35:  # a numbered list
        for i, a in enumerate(ags, start=1):
            a.valid = None  # the list prints no validity
            p = a.partners[0]
            d.p(_partner_clause(rnd, p, i, f"având ca obiect {a.obj};"))
        return [f"{i}." for i in range(1, len(ags) + 1)]
    cols = ["nr", "partner"] + [c for c in ("seat", "cui", "rep", "object", "duration") if rnd.random() < 0.6]
    if "object" not in cols:
        cols.append("object")
    if "duration" not in cols:
        for a in ags:
            a.valid = None
    heads = {"nr": "Nr. crt.", "partner": rnd.choice(["Denumirea partenerului", "Partener", "Organizația"]),
             "seat": "Sediul", "cui": rnd.choice(["CUI/CIF", "Cod fiscal"]), "rep": "Reprezentant legal",
             "object": rnd.choice(["Obiectul colaborării", "Domeniul", "Obiectul acordului"]),
             "duration": rnd.choice(["Durata", "Perioada"])}
    rows = [[heads[c] for c in cols]]
    for i, a in enumerate(ags, start=1):
        p = a.partners[0]
        cells = {"nr": f"{i}.", "partner": p.name, "seat": p.address, "cui": p.cui,
                 "rep": f"{p.rep_name}, {p.rep_role}",
                 "object": a.obj, "duration": a.valid}
        rows.append([cells[c] for c in cols])
    d.table(rows, header_rows=1)
    if rnd.random() < 0.3:
        d.p(f"Notă: datele de contact ale partenerilor sunt disponibile la {d.iss.dir_short}, "
            f"tel. 02{rnd.randint(30, 69)} {rnd.randint(100, 999)} {rnd.randint(100, 999)}.")
    return [row[0] for row in rows[1:]]
