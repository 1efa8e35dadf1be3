"""The yearly-report families: the mayor's report on the state of the UAT (``report_mayor``: "Raportul primarului
privind starea economică, socială și de mediu a comunei/orașului/municipiului X în anul N", with a chapter on
social assistance) and a directorate's yearly activity report (``report_directorate_activity``: "Raport de
activitate al Direcției de Asistență Socială … pe anul N", a SPAS, a commune's compartment or a county DGASPC).

Written from the contract (docs/DATASETS.md, docs/indicators.md) and from what such documents contain, not from
the extractors: counts stated in sentences in many wordings, bullets "label: N", activity tables
(Nr. | Activitate | Număr, with group rows or a service column merged down), benefit tables with beneficiaries and
the sum paid, a table with two years as columns, money in lei / mii lei / milioane lei, percentages "din …",
partnerships in sentences, bullets or a table, trainings in a table or a sentence. Expected values follow the
contract; the assumptions where it is silent are in tests/variants/README.md ("Yearly-report families").
"""
from __future__ import annotations

import random

from make_variants import LEFT, UP, El, bullet, h, p, table, title

from . import pools
from .fmt import date_ro, group
from .places import Town, issuer_for, pick_county, pick_place

__all__ = ["report_mayor", "report_directorate_activity"]

# A counted fact: (phrase as printed, starting with the counted noun; participle singular, plural;
# indicator key of docs/indicators.md, or "" for a noun outside the vocabulary; unit; value range)
FACTS = [
    ("anchete sociale", "efectuat", "efectuate", "anchete_sociale", "anchete", 40, 1500),
    ("dosare de alocație pentru susținerea familiei", "instrumentat", "instrumentate", "dosare", "dosare", 15, 400),
    ("dosare pentru acordarea venitului minim de incluziune", "întocmit", "întocmite", "dosare", "dosare", 10, 350),
    ("ajutoare de urgență", "acordat", "acordate", "ajutoare", "ajutoare", 5, 220),
    ("ajutoare pentru încălzirea locuinței", "acordat", "acordate", "ajutoare", "ajutoare", 40, 2500),
    ("dispoziții de acordare sau încetare a drepturilor", "emis", "emise", "dispozitii", "dispoziții", 40, 900),
    ("cereri pentru indemnizația de creștere a copilului", "înregistrat", "înregistrate", "cereri", "cereri", 15, 600),
    ("asistenți personali ai persoanelor cu handicap grav", "angajat", "angajați", "asistenti", "persoane", 4, 260),
    ("copii cu părinți plecați la muncă în străinătate", "monitorizat", "monitorizați", "copii", "copii", 8, 320),
    ("persoane vârstnice singure", "asistat", "asistate", "persoane", "persoane", 5, 140),
    ("tichete sociale pentru grădiniță", "distribuit", "distribuite", "tichete", "tichete", 20, 480),
    ("pachete cu alimente", "distribuit", "distribuite", "pachete", "pachete", 60, 3200),
    ("certificate de încadrare în grad de handicap", "eliberat", "eliberate", "certificate_emise", "certificate", 30, 700),
    ("vizite de monitorizare la domiciliu", "efectuat", "efectuate", "vizite", "vizite", 20, 900),
    ("porții de hrană la cantina socială", "servit", "servite", "", "porții", 1500, 42000),
    ("indemnizații lunare pentru persoanele cu handicap grav", "plătit", "plătite", "", "indemnizații", 20, 650),
    ("alocații de stat pentru copii", "solicitat", "solicitate", "", "alocații", 30, 900),
]
SMALL = [  # few of them: may be written as a number word
    ("campanii de informare", "organizat", "organizate", "campanii", "campanii", 3, 19),
    ("sesiuni de informare pentru beneficiarii de venit minim de incluziune", "organizat", "organizate", "sesiuni",
     "sesiuni", 3, 19),
]
NUMBER_WORDS = {3: "trei", 4: "patru", 5: "cinci", 6: "șase", 7: "șapte", 8: "opt", 9: "nouă", 10: "zece",
                11: "unsprezece", 13: "treisprezece", 14: "paisprezece", 15: "cincisprezece", 16: "șaisprezece",
                17: "șaptesprezece", 18: "optsprezece", 19: "nouăsprezece"}
ACTORS = ["Compartimentul de asistență socială", "Serviciul public de asistență socială", "Biroul beneficii sociale",
          "Compartimentul prestații sociale"]
UNITS_OF_DIRECTORATE = ["Serviciul beneficii sociale", "Compartimentul protecția copilului",
                        "Compartimentul persoane vârstnice", "Serviciul persoane cu dizabilități",
                        "Compartimentul venit minim de incluziune"]
TABLE_ROWS = [  # activity-table labels: (label, indicator key or "")
    ("Anchete sociale efectuate la domiciliul solicitanților", "anchete_sociale"),
    ("Dosare de ajutor pentru încălzirea locuinței", "dosare"),
    ("Dosare de alocație pentru susținerea familiei", "dosare"),
    ("Dispoziții de acordare emise", "dispozitii"),
    ("Cereri de indemnizație pentru creșterea copilului", "cereri"),
    ("Planuri de servicii întocmite", "planuri"),
    ("Anchete pentru copiii cu părinți plecați în străinătate", "anchete_sociale"),
    ("Referate de evaluare a persoanelor cu handicap", ""),
    ("Contracte de asistent personal încheiate", "contracte"),
    ("Adeverințe eliberate", "adeverinte"),
    ("Consilieri acordate persoanelor vârstnice", ""),
    ("Sesizări privind cazuri de violență domestică", "sesizari"),
]
BENEFITS = ["Venit minim de incluziune", "Alocația pentru susținerea familiei", "Ajutoare de urgență",
            "Indemnizația lunară a persoanei cu handicap grav", "Ajutoare pentru încălzirea locuinței",
            "Tichete sociale pentru grădiniță", "Indemnizația pentru creșterea copilului"]
OTHER_CHAPTERS = [  # (heading, sentence with {n}, value range, key, what) — figures of a mayor's report outside social assistance
    ("Urbanism și amenajarea teritoriului", "Au fost eliberate {n} autorizații de construire", 10, 400, "autorizatii",
     "autorizații de construire"),
    ("Urbanism și amenajarea teritoriului", "Au fost emise {n} certificate de urbanism", 20, 600, "certificate_emise",
     "certificate de urbanism"),
    ("Registrul agricol", "Au fost eliberate {n} adeverințe de rol agricol", 50, 1500, "adeverinte", "adeverințe de rol agricol"),
    ("Relația cu cetățenii", "Au fost înregistrate și soluționate {n} petiții", 10, 300, "petitii", "petiții"),
]
PARTNERS = ["Asociația {nick} {town}", "Fundația {nick}", "Crucea Roșie Română - Filiala {county}",
            "Inspectoratul Școlar Județean {county}", "Parohia Ortodoxă {town}",
            "Direcția Generală de Asistență Socială și Protecția Copilului {county}",
            "Agenția Județeană pentru Ocuparea Forței de Muncă {county}", "Banca pentru Alimente {county}",
            "Asociația Caritas {county}", "Școala Gimnazială nr. {n} {town}"]
GENITIVE_ACT = {"Protocol": "protocolului", "Acord": "acordului", "Convenție": "convenției", "Contract": "contractului"}
SOCIAL_HEADINGS = ["Asistență socială", "5. Asistența socială", "Capitolul V – Protecție și asistență socială",
                   "ACTIVITATEA DIN DOMENIUL ASISTENȚEI SOCIALE"]


def _de(n: int, rnd: random.Random) -> str:
    """Romanian puts "de" after numbers ending in 20–99 or 00; reports often leave it out."""
    needs = n % 100 >= 20 or (n >= 100 and n % 100 == 0)
    return "de " if needs and rnd.random() < 0.7 else ""


def _num(n: int, rnd: random.Random, words: bool = False) -> str:
    if words and n in NUMBER_WORDS and rnd.random() < 0.5:
        return NUMBER_WORDS[n]
    return group(n)


def _money(rnd: random.Random, lo: int, hi: int) -> tuple[str, float]:
    """An amount as a report prints it: '2.345.678,50 lei', '2.345.678 lei', '2.345,7 mii lei', '2,35 milioane lei'."""
    form = rnd.randrange(5)
    if form == 3:  # mii lei, one decimal
        k = rnd.randint(lo // 1000, hi // 1000) * 10 + rnd.randint(0, 9)
        return f"{group(k // 10)},{k % 10} mii lei", k * 100.0
    if form == 4 and hi >= 2_000_000:  # milioane lei, two decimals
        m = rnd.randint(max(100, lo // 10_000), hi // 10_000)
        return f"{m // 100},{m % 100:02d} milioane lei", m * 10_000.0
    v = rnd.randint(lo, hi)
    if form in (0, 1):
        c = rnd.randint(0, 99)
        return f"{group(v)},{c:02d} lei", round(v + c / 100, 2)
    return f"{group(v)} lei", float(v)


def _ind(key: str, what: str, value: float, unit: str, year: int, raw: str) -> dict:
    return dict(indicator=key, subject=what, value=float(value), unit=unit, year=year, raw=raw)


def _count_sentence(rnd: random.Random, fact: tuple, n: int, year: int, actor: str) -> tuple[str, str]:
    """(sentence, how it is written) for the count `n` of `fact` in one of the wordings reports use."""
    what, sg, pl = fact[0], fact[1], fact[2]
    num = _num(n, rnd, words=fact in SMALL)
    de = "" if not num[0].isdigit() else _de(n, rnd)
    form = rnd.randrange(7)
    if form == 0:
        return f"În anul {year} au fost {pl} {num} {de}{what}.", "au fost"
    if form == 1:
        return f"Au fost {pl} un număr de {num} {de}{what}.", "un număr de"
    if form == 2:
        return f"S-au {sg} {num} {de}{what}.", "s-au"
    if form == 3:
        return f"{actor} a {sg} în cursul anului {num} {de}{what}.", "actor"
    if form == 4:
        return f"Numărul de {what} {pl} în anul {year} a fost de {group(n)}.", "numărul de"
    if form == 5:
        return f"În cursul anului {year}, la nivelul compartimentului au fost {pl} {num} {de}{what}, în creștere față de anul anterior.", "în creștere"
    return f"{what[0].upper()}{what[1:]} {pl}: {group(n)}.", "label"


def _social_prose(rnd: random.Random, year: int, actor: str, els: list[El], exp: dict, k: int) -> None:
    """`k` counted facts as paragraphs or bullets, some with money, one year back now and then."""
    facts = rnd.sample(FACTS, k) + (rnd.sample(SMALL, 1) if rnd.random() < 0.5 else [])
    as_bullets = rnd.random() < 0.4
    if as_bullets:
        els.append(p(rnd.choice(["În anul de referință, activitatea s-a concretizat în:",
                                 f"Principalele activități desfășurate în anul {year}:",
                                 "Au fost realizate următoarele:"])))
    for fact in facts:
        n = rnd.randint(fact[5], fact[6])
        if as_bullets:
            form = rnd.randrange(3)
            text = (f"{fact[0]} {fact[2]}: {group(n)};" if form == 0 else
                    f"au fost {fact[2]} {_num(n, rnd)} {_de(n, rnd)}{fact[0]};" if form == 1 else
                    f"{fact[0]} – {group(n)};")
            els.append(bullet(text))
        else:
            text, _ = _count_sentence(rnd, fact, n, year, actor)
            if fact[3] == "ajutoare" and rnd.random() < 0.6:  # the sum the aid came to: a total in lei
                raw, lei = _money(rnd, 20_000, 900_000)
                text = text[:-1] + f", în valoare totală de {raw}."
                exp["totals"].append(dict(scope="ajutoare", amount=lei, unit="lei", raw=raw))
            els.append(p(text))
        exp["indicators"].append(_ind(fact[3], fact[0], n, fact[4], year, text))
        if not as_bullets and rnd.random() < 0.2:  # the previous year's figure, in a sentence of its own
            n0 = rnd.randint(fact[5], fact[6])
            text0 = f"În anul {year - 1} fuseseră {fact[2]} {group(n0)} {_de(n0, rnd)}{fact[0]}."
            els.append(p(text0))
            exp["indicators"].append(_ind(fact[3], fact[0], n0, fact[4], year - 1, text0))


def _percent(rnd: random.Random, year: int, els: list[El], exp: dict) -> None:
    pct = rnd.randint(150, 995) / 10
    printed = f"{pct:.1f}".replace(".", ",")
    what = rnd.choice(["totalul cererilor înregistrate", "totalul solicitărilor primite",
                       "numărul total al beneficiarilor de prestații sociale"])
    lead = rnd.choice(["Rata de soluționare a cererilor a fost de", "Persoanele vârstnice reprezintă",
                       "Gradul de realizare a fost de"])
    text = f"{lead} {printed}% din {what}."
    els.append(p(text))
    exp["indicators"].append(_ind("procent", what, pct, "%", year, text))


def _activity_table(rnd: random.Random, year: int, exp: dict, directorate: bool) -> list[El]:
    """Nr. | Activitate | Număr, with group rows or a unit column merged down; or two years as columns."""
    labels = rnd.sample(TABLE_ROWS, rnd.randint(3, 6))
    count_h = rnd.choice(["Număr", "Nr.", "Total", f"Realizat {year}", "Număr total"])
    act_h = rnd.choice(["Activitatea", "Activitatea desfășurată", "Denumirea activității", "Indicator"])
    form = rnd.randrange(4 if directorate else 3)
    if form == 3:  # two years as columns
        rows = [[act_h, str(year - 1), str(year)]]
        for label, key in labels:
            a, b = rnd.randint(5, 900), rnd.randint(5, 900)
            rows.append([label, group(a), group(b)])
            exp["indicators"].append(_ind(key, label, a, "", year - 1, f"{label} | {a} | {b}"))
            exp["indicators"].append(_ind(key, label, b, "", year, f"{label} | {a} | {b}"))
        return [table(rows)]
    if form == 2 and directorate:  # the unit's cell merged down over its activities
        rows = [[rnd.choice(["Serviciul / compartimentul", "Structura"]), act_h, count_h]]
        units = rnd.sample(UNITS_OF_DIRECTORATE, 2)
        cut = len(labels) // 2 + 1
        for i, (label, key) in enumerate(labels):
            unit = units[0] if i < cut else units[1]
            n = rnd.randint(5, 1200)
            rows.append([unit if i in (0, cut) else UP, label, group(n)])
            exp["indicators"].append(_ind(key, label, n, "", year, f"{unit} | {label} | {n}"))
        return [table(rows)]
    rows = [["Nr. crt.", act_h, count_h]]
    groups = rnd.sample(UNITS_OF_DIRECTORATE, 2) if form == 1 else []
    total = 0
    for i, (label, key) in enumerate(labels, 1):
        if groups and i in (1, len(labels) // 2 + 1):
            rows.append([groups.pop(0), LEFT, LEFT])
        n = rnd.randint(5, 1200)
        total += n
        rows.append([f"{i}.", label, group(n)])
        exp["indicators"].append(_ind(key, label, n, "", year, f"{i}. | {label} | {n}"))
    if not groups and rnd.random() < 0.3:
        rows.append(["", "TOTAL", group(total)])
        exp["totals"].append(dict(scope="activități TOTAL", amount=total, unit="other", raw=group(total)))
    return [table(rows)]


def _benefit_table(rnd: random.Random, year: int, exp: dict) -> list[El]:
    """Nr. | Tipul prestației | Nr. beneficiari | Suma plătită (lei / mii lei), a Total row now and then."""
    mii = rnd.random() < 0.25
    rows = [["Nr. crt.", rnd.choice(["Tipul prestației sociale", "Beneficiul social", "Prestația"]),
             rnd.choice(["Nr. beneficiari", "Număr beneficiari", "Beneficiari"]),
             rnd.choice(["Suma plătită", "Sume plătite", "Valoarea plăților"]) + (" (mii lei)" if mii else " (lei)")]]
    tb = tm = 0
    for i, label in enumerate(rnd.sample(BENEFITS, rnd.randint(2, 5)), 1):
        n = rnd.randint(5, 900)
        lei = rnd.randint(20, 4000) * 1000 if mii else rnd.randint(5_000, 3_000_000)
        cell = f"{group(lei // 1000)}" if mii else f"{group(lei)}"
        tb, tm = tb + n, tm + lei
        rows.append([f"{i}.", label, group(n), cell])
        exp["indicators"].append(_ind("beneficiari", label, n, "persoane", year, f"{label} | {n}"))
        exp["indicators"].append(_ind("suma_platita", label, lei, "lei", year, f"{label} | {cell}"))
    if rnd.random() < 0.5:
        rows.append(["", "Total", group(tb), group(tm // 1000) if mii else group(tm)])
        exp["totals"].append(dict(scope="beneficiari Total", amount=tb, unit="persons", raw=group(tb)))
        exp["totals"].append(dict(scope="suma plătită Total", amount=tm, unit="lei", raw=str(tm)))
    return [table(rows)]


def _partner(rnd: random.Random, town: Town | None, county: str, used: set[str]) -> str:
    while True:
        name = rnd.choice(PARTNERS).format(nick=rnd.choice(pools.NICKNAMES), town=town.name if town else county,
                                           county=county, n=rnd.randint(1, 9))
        if name not in used:
            used.add(name)
            return name


def _partnerships(rnd: random.Random, year: int, town: Town | None, county: str, who: str) -> tuple[list[El], list[dict]]:
    used: set[str] = set()
    items = []
    for _ in range(rnd.randint(1, 4)):
        kind = rnd.choice(list(pools.AGREEMENTS))
        has_nr = rnd.random() < 0.7
        number = (str(rnd.randint(5, 999)) if rnd.random() < 0.6 else group(rnd.randint(1000, 19999))) if has_nr else ""
        d, iso = date_ro(rnd, year - 3, year)
        items.append((kind, rnd.choice(pools.AGREEMENTS[kind]), number, d, iso, _partner(rnd, town, county, used)))
    form = rnd.choice(["sentences", "bullets", "table"])
    els: list[El] = [h(rnd.choice(["Parteneriate", "Colaborări și parteneriate", "Relația cu societatea civilă",
                                   "Parteneriate încheiate"]))]
    purpose = ["pentru distribuirea de alimente persoanelor defavorizate", "privind prevenirea abandonului școlar",
               "pentru sprijinirea persoanelor vârstnice singure", "în domeniul protecției copilului"]
    if form == "sentences":
        for kind, printed, num, d, iso, partner in items:
            acc = rnd.choice(pools.AGREEMENTS_ACC[kind])
            ref = f" nr. {num}/{d}" if num else ""
            gen = GENITIVE_ACT[printed.split()[0]] + " " + printed.split(" ", 1)[1]
            els.append(p(rnd.choice([
                f"În anul {year}, {who} a încheiat {acc}{ref} cu {partner}, {rnd.choice(purpose)}.",
                f"{who} a continuat colaborarea cu {partner} în baza {gen}{ref}.",
                f"În baza {gen}{ref} încheiat cu {partner}, au fost sprijinite familiile aflate în dificultate."
                if kind in ("protocol", "acord", "contract") else
                f"Cu {partner} a fost încheiată {acc}{ref}, {rnd.choice(purpose)}."])))
    elif form == "bullets":
        els.append(p(rnd.choice([f"{who} a colaborat cu următorii parteneri:", "Parteneriatele aflate în derulare sunt:"])))
        for kind, printed, num, d, iso, partner in items:
            ref = f" nr. {num}/{d}" if num else ""
            els.append(bullet(rnd.choice([f"{printed}{ref} cu {partner};",
                                          f"{partner} – {printed.lower()}{ref};"])))
    else:
        rows = [["Nr. crt.", "Partener", rnd.choice(["Tipul acordului", "Documentul încheiat"]), "Nr. / data",
                 "Obiectul colaborării"]]
        for i, (kind, printed, num, d, iso, partner) in enumerate(items, 1):
            rows.append([f"{i}.", partner, printed, f"{num}/{d}" if num else "-", rnd.choice(purpose)])
        els.append(table(rows))
    gold = [dict(agreement_type=k, number_raw=num or None, date_signed=iso if num else None, partner=partner)
            for k, _pr, num, _d, iso, partner in items]
    return els, gold


def _trainings(rnd: random.Random, year: int, exp: dict) -> list[El]:
    heading = rnd.choice(["Formarea profesională a personalului", "Perfecționarea personalului"])
    els = [h(heading)]
    if rnd.random() < 0.5:  # one sentence: a count, not a training programme row
        n = rnd.randint(3, 40)
        text = f"În anul {year}, {n} {_de(n, rnd)}angajați au participat la cursuri de perfecționare profesională."
        els.append(p(text))
        exp["indicators"].append(_ind("personal", "angajați", n, "persoane", year, text))
        return els
    exp["trainings"] = []
    with_kind = rnd.random() < 0.6
    if not with_kind:  # no kind printed: a heading naming none, and the contract's 'other'
        els = [h("Formarea profesională a personalului")]
    rows = [["Nr. crt.", rnd.choice(pools.H_TR_STAFF)] + ([rnd.choice(pools.H_TR_KIND)] if with_kind else [])
            + [rnd.choice(["Tema cursului", "Denumirea cursului"]), rnd.choice(pools.H_TR_PERSONS)]]
    themes = ["Managementul cazului în asistența socială", "Protecția datelor cu caracter personal",
              "Prevenirea violenței domestice", "Legislație în domeniul prestațiilor sociale", "Prim ajutor"]
    for i, staff in enumerate(rnd.sample(pools.STAFF, rnd.randint(1, 4)), 1):
        kind = rnd.choice(["perfectionare", "instruire"])
        n = rnd.randint(1, 25)
        rows.append([f"{i}.", staff] + ([rnd.choice(pools.TRAINING_KIND_CELL[kind])] if with_kind else [])
                    + [rnd.choice(themes), str(n)])
        exp["trainings"].append(dict(training_kind=kind if with_kind else "other", row_no_raw=f"{i}.",
                                     staff_category=staff, persons=n))
    els.append(table(rows))
    return els


def _social_chapter(rnd: random.Random, year: int, actor: str, exp: dict, directorate: bool) -> list[El]:
    els: list[El] = []
    _social_prose(rnd, year, actor, els, exp, rnd.randint(3, 6))
    if rnd.random() < 0.6:
        _percent(rnd, year, els, exp)
    if rnd.random() < (0.8 if directorate else 0.5):
        els.append(h(rnd.choice(["Activitatea compartimentelor", "Principalii indicatori ai activității",
                                 "Situația activităților desfășurate"])))
        els += _activity_table(rnd, year, exp, directorate)
    if rnd.random() < 0.5:
        els.append(p(rnd.choice(["Situația beneficiilor sociale plătite se prezintă astfel:",
                                 "Beneficiile sociale acordate:"])))
        els += _benefit_table(rnd, year, exp)
    raw, lei = _money(rnd, 300_000, 30_000_000)
    els.append(p(rnd.choice([f"Cheltuielile cu asistența socială au fost în anul {year} de {raw}.",
                             f"Bugetul alocat asistenței sociale a însumat {raw}.",
                             f"Pentru asistență socială s-au cheltuit {raw}, în principal pentru plata asistenților personali și a indemnizațiilor."])))
    exp["totals"].append(dict(scope="asistență socială", amount=lei, unit="lei", raw=raw))
    return els


def _document(doc_type: str, year: int, issuer: str, kind: str, uat: str, county: str) -> dict:
    return dict(doc_type=doc_type, year=year, year_end=year, issuer=issuer, issuer_kind=kind, uat=uat, county=county)


def report_mayor(rnd: random.Random, year: int) -> tuple[list[El], dict]:
    town = pick_place(rnd, ("comuna", "oras", "municipiu"))
    issuer = issuer_for("primarie", town)
    word = {"comuna": "comunei", "oras": "orașului", "municipiu": "municipiului"}[town.kind]
    nominative = {"comuna": "comuna", "oras": "orașul", "municipiu": "municipiul"}[town.kind]
    exp: dict = {"indicators": [], "totals": [], "partnerships": []}
    els: list[El] = [p("ROMÂNIA"), p(f"JUDEȚUL {town.county.upper()}"), p(issuer.upper())]
    form = rnd.randrange(3)
    if form == 0:
        els.append(title(f"RAPORTUL PRIMARULUI {town.genitive.upper()} privind starea economică, socială și de mediu "
                         f"a {word} în anul {year}"))
    elif form == 1:
        els.append(title(f"Raportul primarului privind starea economică, socială și de mediu a {town.genitive} "
                         f"pentru anul {year}"))
    else:
        els += [title("RAPORT"), p(f"privind starea economică, socială și de mediu a {town.genitive} – anul {year}"),
                p(f"prezentat Consiliului Local în temeiul art. 155 alin. (3) lit. a) din O.U.G. nr. 57/2019")]
    # an introduction with the population and the local budget (totals), then chapters outside social assistance
    pop = rnd.randint(*{"comuna": (1500, 12_000), "oras": (4000, 40_000), "municipiu": (15_000, 300_000)}[town.kind])
    text = f"La 1 ianuarie {year}, {nominative} avea o populație de {group(pop)} {_de(pop, rnd)}locuitori."
    els += [h(rnd.choice(["1. Date generale", "I. Prezentarea unității administrativ-teritoriale"])), p(text)]
    exp["indicators"].append(_ind("locuitori", "locuitori", pop, "persoane", year, text))
    inc_raw, inc = _money(rnd, 3_000_000, 300_000_000)
    exp_raw, spent = _money(rnd, 3_000_000, 300_000_000)
    els += [h(rnd.choice(["2. Execuția bugetului local", "II. Situația economico-financiară"])),
            p(f"Veniturile bugetului local realizate în anul {year} au fost de {inc_raw}, iar cheltuielile au "
              f"totalizat {exp_raw}."),
            p(f"Bugetul local pentru anul {year} a fost aprobat prin H.C.L. nr. {rnd.randint(3, 60)}/"
              f"{rnd.randint(1, 28):02d}.0{rnd.randint(1, 3)}.{year}.")]
    exp["totals"] += [dict(scope="venituri buget local", amount=inc, unit="lei", raw=inc_raw),
                      dict(scope="cheltuieli buget local", amount=spent, unit="lei", raw=exp_raw)]
    for head, sentence, lo, hi, key, what in rnd.sample(OTHER_CHAPTERS, 2):
        n = rnd.randint(lo, hi)
        text = sentence.format(n=f"{group(n)} {_de(n, rnd)}".rstrip()) + f" în anul {year}."
        els += [h(head), p(text)]
        exp["indicators"].append(_ind(key, what, n, "", year, text))
    els.append(p(f"Au fost modernizați {rnd.randint(2, 30)} km de drumuri comunale și străzi."))
    els.append(h(rnd.choice(SOCIAL_HEADINGS)))
    actor = rnd.choice(ACTORS)
    els.append(p(f"{actor} din cadrul {issuer.replace('Primăria', 'Primăriei')} asigură acordarea beneficiilor "
                 f"sociale și a serviciilor sociale la nivelul {word}."))
    els += _social_chapter(rnd, year, actor, exp, directorate=False)
    els += _partnerships_with(rnd, year, town, town.county, "Primăria", exp)
    els += [p(rnd.choice(["PRIMAR,", "Primar,"])), p(f"{rnd.choice(['Ion', 'Gheorghe', 'Maria', 'Vasile'])} "
                                                      f"{rnd.choice(['Popescu', 'Ionescu', 'Stan', 'Dumitru'])}")]
    exp["document"] = _document("raport_primar", year, issuer, "primarie", town.uat, town.county)
    return els, exp


def _partnerships_with(rnd, year, town, county, who, exp) -> list[El]:
    els, gold = _partnerships(rnd, year, town, county, who)
    exp["partnerships"] += gold
    return els


def _genitive(name: str) -> str:
    """'Direcția Generală de …' -> 'Direcției Generale de …' (the title's 'Raport de activitate al …')."""
    for nom, gen in (("Direcția Generală", "Direcției Generale"), ("Direcția", "Direcției"),
                     ("Serviciul", "Serviciului"), ("Compartimentul", "Compartimentului")):
        if name.startswith(nom):
            return gen + name[len(nom):]
    return name


def report_directorate_activity(rnd: random.Random, year: int) -> tuple[list[El], dict]:
    level = rnd.choice(["DAS", "SPAS", "compartiment", "DGASPC"])
    exp: dict = {"indicators": [], "totals": [], "partnerships": []}
    if level == "DGASPC":
        county = pick_county(rnd)
        town = None
        issuer = issuer_for("DGASPC", county=county)
        head = [p("ROMÂNIA"), p(f"CONSILIUL JUDEȚEAN {county.upper()}"), p(issuer.upper())]
        short = rnd.choice([issuer, f"D.G.A.S.P.C. {county}"])
        uat, kind, who = f"Județul {county}", "DGASPC", "Direcția"
    else:
        town = pick_place(rnd, ("comuna",) if level == "compartiment" else ("oras", "municipiu"))
        county = town.county
        issuer = issuer_for(level, town)
        head = [p("ROMÂNIA"), p(f"JUDEȚUL {county.upper()}"), p(town.uat.upper())]
        if level == "compartiment":
            head.append(p(f"PRIMĂRIA {town.genitive.upper()}"))
        short = issuer
        uat, kind = town.uat, ("primarie || SPAS" if level == "compartiment" else level)
        who = {"DAS": "Direcția", "SPAS": "Serviciul", "compartiment": "Compartimentul"}[level]
        if level == "compartiment":
            issuer = f"{issuer} || {issuer_for('primarie', town)}"
    els = head
    form = rnd.randrange(3)
    if form == 0:
        els.append(title(f"RAPORT DE ACTIVITATE al {_genitive(short)} pe anul {year}"))
    elif form == 1:
        els += [title(f"Raport de activitate pentru anul {year}"),
                p(f"{short} – sinteza activității desfășurate în perioada 01.01.{year} – 31.12.{year}")]
    else:
        els.append(title(f"RAPORTUL DE ACTIVITATE AL {_genitive(short).upper()} – {year}"))
    els.append(p(f"Activitatea s-a desfășurat în conformitate cu Planul anual de acțiune aprobat prin H.C.L. nr. "
                 f"{rnd.randint(5, 90)}/{year - 1} și cu Legea asistenței sociale nr. 292/2011."))
    els.append(h(rnd.choice(["1. Beneficii sociale și servicii sociale", "CAPITOLUL I. Activitatea desfășurată",
                             "I. Indicatori de activitate"])))
    actor = rnd.choice(UNITS_OF_DIRECTORATE)
    els += _social_chapter(rnd, year, actor, exp, directorate=True)
    els += _trainings(rnd, year, exp)
    els += _partnerships_with(rnd, year, town, county, who, exp)
    els += [p("Întocmit,"), p(rnd.choice(["Director executiv", "Șef serviciu", "Inspector de specialitate"]))]
    exp["document"] = _document("other", year, issuer, kind, uat, county)
    return els, exp
