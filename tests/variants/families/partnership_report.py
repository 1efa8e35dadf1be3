"""Shape (c) of the ``partnership_agreements`` family (``partnerships.py``): a directorate's yearly activity report
(DAS, SPAS, a county or sector DGASPC, a commune's compartment) with a few counts of its activity and a chapter on
its partnerships: an opening sentence (sometimes counting them), the agreements as bullets (the act first or the
partner first, with or without number and date) and as sentences, mixed with one-off actions done with an
organisation that are no agreement (a distribution, an event, an information session), sometimes the money spent."""
from __future__ import annotations

import random

from .partnership_base import Doc, extra_partner, make_agreements
from .partnership_pools import Agreement, Partner, amount, genitive_phrase, lei, person

__all__ = ["write_report"]

_ACTIVITY = [  # (sentence with {n}, subject, indicator key, unit, range)
    ("Au fost efectuate {n} anchete sociale la domiciliul solicitanților.", "anchete sociale", "anchete_sociale",
     "anchete", (80, 900)),
    ("Au fost înregistrate {n} cereri pentru acordarea prestațiilor sociale.", "cereri", "cereri", "cereri",
     (120, 2500)),
    ("Au fost acordate {n} ajutoare de urgență familiilor aflate în situații de necesitate.", "ajutoare de urgență",
     "ajutoare_urgenta", "ajutoare", (5, 90)),
    ("În evidență se aflau {n} copii cu părinți plecați la muncă în străinătate.",
     "copii cu părinți plecați la muncă în străinătate", "copii", "copii", (10, 300)),
    ("Au fost întocmite {n} planuri de servicii pentru copiii aflați în situație de risc.", "planuri de servicii",
     "planuri_servicii", "planuri", (5, 120)),
    ("Un număr de {n} persoane vârstnice au beneficiat de servicii de îngrijire la domiciliu.", "persoane vârstnice",
     "beneficiari", "persoane", (10, 200)),
]
_ONE_OFF = [  # a one-off action with an organisation of a kind: (sentence, subject, key, unit, range, kind)
    ("Cu sprijinul voluntarilor de la {org}, în luna decembrie au fost distribuite {n} pachete cu alimente "
     "persoanelor vârstnice singure.", "pachete cu alimente", "pachete", "pachete", (40, 400), "ngo"),
    ("Cu ocazia Zilei Internaționale a Copilului, împreună cu {org}, a fost organizată o activitate recreativă la "
     "care au participat {n} copii.", "copii", "participanti", "copii", (15, 150),
     "public:Școala,Liceul,Inspectoratul Școlar"),
    ("În colaborare cu {org} a fost organizată o sesiune de informare privind prevenirea violenței domestice, la "
     "care au participat {n} persoane.", "persoane", "participanti", "persoane", (12, 120),
     "public:Poliția,Postul de Poliție,Inspectoratul de Poliție,Direcția Generală de Poliție"),
    ("{org} a donat {n} colete cu haine și rechizite, distribuite copiilor din familii defavorizate.",
     "colete cu haine și rechizite", "colete", "colete", (20, 200), "ngo"),
    ("Cu sprijinul oferit de {org}, un număr de {n} familii au primit lemne de foc pentru sezonul rece.", "familii",
     "familii", "familii", (10, 90), "ngo"),
]
_CHAPTER = ["Parteneriate și colaborări", "Colaborarea cu alte instituții și organizații", "Parteneriate",
            "Relația cu societatea civilă și alte instituții", "Acorduri de parteneriat și protocoale de colaborare",
            "Colaborări interinstituționale"]


def _title(d: Doc) -> list[str]:
    s, y = d.iss.directorate_genitive, d.year
    if d.iss.level == "commune":
        return d.rnd.choice([[f"RAPORT DE ACTIVITATE al Compartimentului de asistență socială pe anul {y}"],
                             ["RAPORT", f"privind activitatea desfășurată de Compartimentul de asistență socială al "
                                        f"Primăriei {d.iss.town.genitive} în anul {y}"]])
    return d.rnd.choice([[f"RAPORT DE ACTIVITATE al {s} pe anul {y}"],
                         [f"Raportul de activitate al {s} pentru anul {y}"],
                         ["RAPORT ANUAL DE ACTIVITATE", f"{d.iss.directorate} – {y}"]])


def _partner_text(rnd: random.Random, p: Partner) -> tuple[str, str]:
    """(the partner as a sentence prints it, the gold's partner): sometimes the acronym alone, sometimes 'din X'."""
    if p.short and rnd.random() < 0.3:
        return p.short, f"{p.short} || {p.name}"
    if p.kind == "ngo" and p.locality and p.locality not in p.name and rnd.random() < 0.25:
        return f"{p.name} din {p.locality}", p.name
    return p.name, p.name


def _nd(rnd: random.Random, a: Agreement) -> str:
    return rnd.choice([f"nr. {a.number}/{a.date[0]}", f"nr. {a.number} din {a.date[0]}"])


def _lower(act_text: str) -> str:
    return act_text[:1].lower() + act_text[1:]


def _item(rnd: random.Random, d: Doc, a: Agreement, as_bullet: bool) -> tuple[str, bool]:
    """One agreement as a bullet or a sentence; returns (text, whether its number and date are printed)."""
    ptxt, pgold = _partner_text(rnd, a.partners[0])
    a.partners[0] = Partner(pgold, a.partners[0].kind)
    act, obj = a.act, a.obj
    numbered = rnd.random() < 0.7
    nd = _nd(rnd, a) if numbered else ""
    who = d.iss.dir_short
    if as_bullet:
        form = rnd.randrange(4)
        if form == 0:  # act first
            return (f"{act.cap}{' ' + nd if numbered else ''}, {act.signed} cu {ptxt}, având ca obiect {obj};",
                    numbered)
        if form == 1:  # partner first, dash
            return f"{ptxt} – {act.bare}{' ' + nd if numbered else ''}, privind {obj};", numbered
        if form == 2:  # partner first, 'în baza'
            return (f"{ptxt}, în baza {_lower(act.genitive)}{' ' + nd if numbered else ''} – {obj};", numbered)
        return f"{act.cap} cu {ptxt}{' (' + nd + ')' if numbered else ''}: {obj};", numbered
    form = rnd.randrange(6)
    if form == 0:
        return (f"{who} are în derulare {act.one}{' ' + nd if numbered else ''} cu {ptxt}, având ca obiect {obj}.",
                numbered)
    if form == 1 and numbered:
        return f"În baza {_lower(act.genitive)} {nd}, {act.signed} cu {ptxt}, s-a urmărit {obj}.", True
    if form == 2:
        verb = "încheiată" if act.feminine else "încheiat"
        return f"Cu {ptxt} a fost {verb} {act.one}{' ' + nd if numbered else ''} privind {obj}.", numbered
    if form == 3 and numbered:
        return f"{ptxt} colaborează cu {who} în baza {_lower(act.genitive)} {nd}, pentru {obj}.", True
    if form == 4 and numbered:
        verb = "prelungită" if act.feminine else "prelungit"
        until = a.valid if a.valid and a.valid[:2].isdigit() else f"31.12.{d.year + 1}"
        a.valid = until
        a.notes.append("validity printed")
        return (f"În anul {d.year} a fost {verb} {_lower(act.definite)} {nd}, {act.signed} cu {ptxt}, până la data de "
                f"{until}.", True)
    return (f"Colaborarea cu {ptxt} s-a desfășurat în baza {_lower(act.genitive)}"
            f"{' ' + nd if numbered else ''}, în scopul {obj_gen(obj)}.", numbered)


def obj_gen(obj: str) -> str:
    return genitive_phrase(obj)


def write_report(d: Doc) -> None:
    rnd, iss, y = d.rnd, d.iss, d.year
    for line in iss.letterhead_directorate(rnd):
        d.p(line)
    if rnd.random() < 0.5:
        d.p(iss.contact(rnd))
    if rnd.random() < 0.6:
        d.p(f"Nr. {rnd.randint(100, 30000)}/{rnd.randint(5, 28):02d}.0{rnd.randint(1, 3)}.{y + 1}")
    lines = _title(d)
    d.title(lines[0])
    for extra in lines[1:]:
        d.p(extra)
    d.title_lines = lines
    d.p(rnd.choice([
        f"Prezentul raport a fost întocmit în conformitate cu prevederile Legii nr. 292/2011 a asistenței sociale și "
        f"ale H.G. nr. 797/2017, și prezintă activitatea desfășurată în perioada 01.01.{y} – 31.12.{y}.",
        f"Activitatea {iss.dir_gen} în anul {y} s-a desfășurat în baza Regulamentului de organizare și "
        f"funcționare aprobat prin H.C.L. nr. {rnd.randint(5, 190)}/{y - rnd.randint(1, 4)}."]))

    numbering = rnd.choice(["roman", "arabic", "cap", "none"])
    chap = [0]

    def heading(text: str) -> None:
        chap[0] += 1
        i = chap[0]
        prefix = {"roman": f"{['I', 'II', 'III', 'IV', 'V', 'VI'][i - 1]}. ", "arabic": f"{i}. ",
                  "cap": f"Cap. {i} – ", "none": ""}[numbering]
        d.h(prefix + text)

    # --- the activity chapter: a few counts
    heading(rnd.choice(["Activitatea desfășurată", "Principalele activități", "Activitatea de asistență socială"]))
    for text, subject, key, unit, (lo, hi) in rnd.sample(_ACTIVITY, rnd.randint(2, 4)):
        n = rnd.randint(lo, hi)
        printed = f"{n:,}".replace(",", ".")
        sentence = text.format(n=printed)
        if rnd.random() < 0.35:  # the previous year's figure beside it (of year N-1: not asserted)
            sentence = sentence[:-1] + f", față de {max(1, n + rnd.randint(-n // 4, n // 4))} în anul {y - 1}."
        d.p(sentence)
        d.indicator(key, subject, n, unit, sentence)
    if rnd.random() < 0.5:
        d.p(f"Pentru informații: tel. 02{rnd.randint(30, 69)} {rnd.randint(100, 999)} {rnd.randint(100, 999)}, "
            f"program cu publicul luni – vineri, 8.00 – 16.00.")

    # --- the partnerships chapter
    n = rnd.randint(3, 9)
    ags = make_agreements(rnd, iss, n, y - 5, y, in_force=y)
    heading(rnd.choice(_CHAPTER))
    count_stated = rnd.random() < 0.5
    if count_stated:
        word = rnd.choice(["parteneriate", "acorduri de parteneriat și protocoale de colaborare",
                           "acte de colaborare"])
        d.p(f"În anul {y}, {iss.dir_short} a avut în derulare {n} {word} cu instituții publice și organizații "
            f"neguvernamentale, după cum urmează:")
        d.indicator("acorduri_parteneriat", word, n, "acorduri", f"{n} {word}")
    else:
        d.p(rnd.choice([f"Pentru diversificarea serviciilor oferite, {iss.dir_short} a colaborat cu următoarele "
                        f"instituții și organizații:",
                        "În cursul anului au fost derulate următoarele parteneriate:",
                        "Colaborarea cu alte instituții și organizații s-a realizat în baza următoarelor acte:"]))
    style = rnd.choice(["bullets", "sentences", "mixed"])
    one_off = rnd.sample(_ONE_OFF, rnd.randint(1, 3))
    taken = {a.partners[0].name for a in ags}
    slots = sorted(rnd.sample(range(n + 1), len(one_off)))  # where the one-off actions fall among the items
    k = 0
    for i, a in enumerate(ags):
        while k < len(one_off) and slots[k] == i:
            _write_one_off(d, one_off[k], taken)
            k += 1
        as_bullet = style == "bullets" or (style == "mixed" and i < n // 2 + 1)
        text, numbered = _item(rnd, d, a, as_bullet)
        if not as_bullet and rnd.random() < 0.3:
            m = rnd.randint(8, 120)
            group = rnd.choice(["copii", "persoane vârstnice", "persoane cu dizabilități", "familii"])
            text = text[:-1] + f", de care au beneficiat {m} {group}."
            d.indicator("beneficiari", group, m, group.split()[0], f"{m} {group}")
        elif not as_bullet and rnd.random() < 0.25:
            text += f" Grupul țintă estimat este de {rnd.randint(20, 200)} de persoane."
        (d.b if as_bullet else d.p)(text)
        d.partnerships.append(a.gold(None, number=numbered, valid="validity printed" in a.notes))
    while k < len(one_off):
        _write_one_off(d, one_off[k], taken)
        k += 1

    # --- the money spent (sometimes)
    if rnd.random() < 0.35:
        money = amount(rnd, 5_000, 180_000)
        if rnd.random() < 0.4:
            raw = (f"{money // 1000}" if money % 1000 == 0 else f"{money / 1000:.1f}".replace(".", ",")) + " mii lei"
        else:
            raw = lei(money, rnd.random() < 0.3) + " lei"
        d.p(f"Din bugetul local au fost alocați {raw} pentru cofinanțarea activităților desfășurate în parteneriat.")
        d.total("cofinanțarea activităților desfășurate în parteneriat", money, raw)

    d.p(rnd.choice(["Director executiv,", "Întocmit,", "Șef serviciu,"]))
    d.p(person(rnd))


def _write_one_off(d: Doc, spec: tuple, taken: set[str]) -> None:
    text, subject, key, unit, (lo, hi), kind = spec
    org = extra_partner(d.rnd, d.iss, taken, kind)
    n = d.rnd.randint(lo, hi)
    sentence = text.format(org=org.name, n=n)
    d.p(sentence[:1].upper() + sentence[1:])
    d.indicator(key, subject, n, unit, sentence)
