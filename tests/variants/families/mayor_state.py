"""Family ``report_mayor_state_of_locality``: the mayor's yearly report on the economic, social and environmental
state of a commune, town, municipality or Bucharest sector, written blind by a fifth author (session 11).

Written from the contract (../shared/contract/DATASETS.md), DESIGN.md, docs/indicators.md and the corpus mayor's
report with its gold, without reading the extractors, normalisers, pipeline, nor the other families' generators
and pools: the vocabulary below is this module's own. The document has MANY chapters (administration, budget,
investments, urbanism, civil status, local police, education, culture, environment) and one social-assistance
chapter, whose parts are sentences, bullets or small tables as a seed draws them.

Assumptions where the contract is silent (gold decided from the contract, docs/indicators.md and the corpus gold):

* documents: ``doc_type`` raport_primar; ``year`` = ``year_end`` = the year reported on; issuer the town hall
  ("Primăria Comunei X" / "Primăria Orașului X" / "Primăria Municipiului X" / "Primăria Sectorului N", the
  printed short forms accepted with ``||``), ``issuer_kind`` primarie; ``uat`` "Comuna X" / "Orașul X" /
  "Municipiul X" / "Sector N București" (as the contract's examples), county from SIRUTA ("București" for a
  sector) — empty when the report prints no county (no letterhead) and SIRUTA has several units of that kind and
  name (the contract: never a guess). ``currency_unit_main``: "lei" when every amount the report prints is in lei (as the corpus report);
  left empty (not asserted) when the budget chapter prints "mii lei": the contract ties the field to a main
  services table a mayor's report does not have.
* indicators (scored on recall, so the gold is a chosen subset): every count the report states with a counted
  noun, in ANY chapter (the vocabulary of docs/indicators.md covers non-social nouns: ședințe, dispoziții,
  petiții, audiențe, certificate, autorizații, acte, sancțiuni, avertismente, elevi …, and the corpus gold keeps
  such figures: cărți de identitate, sancțiuni, animale); plus the population ("N locuitori" → locuitori,
  subject "<UAT> - locuitori", as the corpus). NOT indicators: measures (km, ha, tone, m², %) without "din …",
  act numbers, dates, years, ranges, article/law numbers, HCL numbers, phone numbers; the parts of a breakdown
  whose noun is elided ("din care 98 …" → totals only); a count in a comparison with the year before ("față de
  298 în anul …"); counts of beneficiaries of an association subsidised under Law 34/1998 (the sentence names the
  association as the one paid, the contract names no subject for it).
  ``subject`` = "<unit> - <counted phrase>": the unit is the centre/service named in the sentence when there is
  one, else the organisational unit the chapter (or its opening paragraph) names — the social-assistance unit
  for every figure of the social chapter, also under its sub-headings (the report is about what that unit did);
  the counted phrase is the noun phrase after the number, kept short (the scorer compares loosely).
  Where the sentence itself names another body that did the counted thing (the Local Council's sessions and
  decisions; an NGO providing a contracted service), either subject is accepted (``||``).
  ``year`` = the report's year (no sentence states another year for a gold figure). A count printed as a word
  ("douăsprezece campanii") is its value. A benefits table (Tipul beneficiului | Nr. beneficiari | Suma plătită)
  gives per row ``beneficiari`` (subject "<unit> - <benefit>") and the paid amount ``suma_platita`` in lei (as
  the corpus gold pairs a count and its amount); its TOTAL row goes to totals, not indicators.
* totals (recall, matched on the amount): every amount of money the report states in a sentence or bullet that
  is not paired with a count in a benefits row (revenues, expenses, taxes collected, investment values, fines,
  amounts paid, subsidies), money in lei (mii lei × 1000, "1,2 milioane lei" → 1200000); every amount of a budget
  execution table ("every stated total or budget figure"); counts stated as totals ("Total …: N", "N …, din care:"
  and the parts after "din care"); a benefits table's TOTAL row (count and amount).
* partnerships (F1): every collaboration agreement the report lists, in any chapter (education and culture too,
  as the corpus gold keeps the education chapter's agreement): protocol, acord (de parteneriat / de
  colaborare), convenție, and a contract for SOCIAL SERVICES with an NGO (contract, as the corpus's NGO
  contracts). ``number_raw`` = the number alone ("1234" of "nr. 1234/12.03.2023"), ``date_signed`` the date
  printed with it. A works or supply contract with a company (investments chapter) is a purchase, not a
  collaboration agreement: not a partnership. A subsidy under Law 34/1998 stated in a sentence is no agreement.
* services (F1, only when the report prints a table of its social services with capacity and beneficiaries —
  the contract's "any provider/service listing of a report"): section existing, name as printed, code when a code
  column is printed (null otherwise), capacity, beneficiaries. Centres described in sentences give indicators
  (``capacitate_locuri``, ``beneficiari``), not services rows; the dataset is not written when no table exists.
* trainings, subsidies, procurements, activities: not asserted (a mayor's report states them in sentences, and
  the contract ties those datasets to the plan's tables).
"""
from __future__ import annotations

import random

import make_variants as mv

from .mayor_base import Report, grp as _grp, money as _money
from .mayor_social import Social, county_partners as _county_partners

__all__ = ["report_mayor_state_of_locality"]


def _title(r: Report) -> str:
    pl, y = r.place, r.year
    forms = [
        f"RAPORTUL PRIMARULUI privind starea economică, socială și de mediu a {pl.gen_lower} în anul {y}",
        f"RAPORT ANUAL DE ACTIVITATE AL PRIMARULUI {pl.gen.upper()} PE ANUL {y}",
        f"RAPORT privind activitatea desfășurată în anul {y} de Primarul {pl.gen}",
        f"Raportul primarului {pl.gen_lower} privind starea economică, socială și de mediu – anul {y}",
        f"RAPORT privind starea economică, socială și de mediu a {pl.gen.upper()} în anul {y}",
    ]
    return r.rnd.choice(forms)


def _intro(r: Report) -> None:
    pl, rnd = r.place, r.rnd
    if rnd.random() < 0.6:
        r.p("ROMÂNIA")
        if pl.kind != "sector":
            r.p(f"JUDEȚUL {pl.county.upper()}")
        r.p(pl.hall.upper())
        r.county_printed = True
        r.p(f"Nr. {rnd.randint(100, 29999)}/{rnd.randint(1, 28):02d}.0{rnd.randint(1, 3)}.{r.year + 1}")
    r.els.append(mv.title(_title(r)))
    r.p(rnd.choice([
        "În conformitate cu prevederile art. 155 alin. (3) lit. a) din Ordonanța de urgență a Guvernului "
        "nr. 57/2019 privind Codul administrativ, cu modificările și completările ulterioare, prezint raportul "
        "anual privind starea economică, socială și de mediu.",
        "Prezentul raport este întocmit în temeiul art. 155 alin. (3) lit. a) din O.U.G. nr. 57/2019 privind "
        "Codul administrativ și se prezintă Consiliului Local în primul trimestru al anului.",
    ]))
    pop = r.pop
    sate = rnd.randint(2, 9)
    area = f"{rnd.randint(20, 160)},{rnd.randint(1, 9)} km²"
    where = f"{pl.uat} are" + (f" în componență {sate} sate și" if pl.kind == "comuna" else "")
    txt = rnd.choice([
        f"{where} o suprafață de {area}. La 1 ianuarie {r.year}, populația după domiciliu era de "
        f"{r.num.count(pop, 'locuitori')}.",
        f"Suprafața totală a unității administrativ-teritoriale este de {area}, iar populația număra "
        f"{r.num.count(pop, 'locuitori')} la 1 ianuarie {r.year} (date INS).",
    ])
    r.p(txt)
    if pl.kind == "comuna" and "sate" in txt:
        r.indicator("sate", f"{pl.uat} - sate", sate, "sate", txt)
    r.indicator("locuitori", f"{pl.uat} - locuitori", pop, "persoane", txt)


# chapters other than the social one ----------------------------------------------------------------

def _admin(r: Report, unit: str) -> None:
    n, rnd = r.num, r.rnd
    sed, hot, disp = rnd.randint(11, 24), r.k(40, 120, 0.3), r.k(200, 600, 0.6)
    pet, aud = r.k(20, 150, 0.7), r.k(30, 200, 0.6)
    r.p(f"{unit} asigură secretariatul Consiliului Local și evidența actelor administrative. În anul {r.year} "
        f"Consiliul Local s-a întrunit în {n.count(sed, 'ședințe', True)} ordinare și extraordinare și a adoptat "
        f"{n.count(hot, 'hotărâri', True)}.")
    # the council met and adopted: the council or the unit reporting it, either is the subject
    r.indicator("sedinte", f"{unit} - ședințe || Consiliul Local - ședințe", sed, "ședințe", "")
    r.indicator("hotarari", f"{unit} - hotărâri || Consiliul Local - hotărâri", hot, "hotărâri", "")
    if rnd.random() < 0.5:
        r.b(f"dispoziții ale primarului emise: {_grp(disp)};")
        r.b(f"petiții înregistrate și soluționate: {_grp(pet)};")
        r.b(f"audiențe acordate de primar și viceprimar: {_grp(aud)}.")
    else:
        r.p(f"Au fost emise {n.count(disp, 'dispoziții', True)} ale primarului, s-au primit "
            f"{n.count(pet, 'petiții', True)} și au fost acordate {n.count(aud, 'audiențe', True)}.")
    r.indicator("dispozitii", f"{unit} - dispoziții ale primarului", disp, "dispoziții", "")
    r.indicator("petitii", f"{unit} - petiții", pet, "petiții", "")
    r.indicator("audiente", f"{unit} - audiențe", aud, "audiențe", "")


_BUDGET_LINES = ["Autorități publice și acțiuni externe (51.02)", "Ordine publică și siguranță națională (61.02)",
                 "Învățământ (65.02)", "Sănătate (66.02)", "Cultură, recreere și religie (67.02)",
                 "Asigurări și asistență socială (68.02)", "Locuințe, servicii și dezvoltare publică (70.02)",
                 "Protecția mediului (74.02)", "Transporturi (84.02)"]


def _budget(r: Report, unit: str) -> None:
    rnd, n, y = r.rnd, r.num, r.year
    big = r.scale
    hcl = f"H.C.L. nr. {rnd.randint(1, 30)}/{rnd.randint(1, 28):02d}.0{rnd.randint(1, 3)}.{y}"
    rev, c1 = _money(rnd, int(20_000_000 * r.scale), int(45_000_000 * r.scale))
    exp, c2 = _money(rnd, int(rev * 0.85), int(rev * 1.02))
    r.p(f"Bugetul local pe anul {y} a fost aprobat prin {hcl}. {unit} a urmărit execuția bugetară pe tot "
        f"parcursul anului.")
    if rnd.random() < 0.4:  # the budget execution as a table
        r.mii = rnd.random() < 0.6
        u = "mii lei" if r.mii else "lei"
        lines = rnd.sample(_BUDGET_LINES, rnd.randint(4, 7))
        rows = [["Nr. crt.", "Denumire indicator", f"Prevederi bugetare definitive ({u})", f"Realizări ({u})"]]
        for i, line in enumerate(lines, 1):
            plan = rnd.randrange(int(300 * big), int(3000 * big) + 2) * 1000 + rnd.randrange(10) * 100
            done = plan - rnd.randrange(0, plan // 1000 + 1) * 100 if r.mii else plan - rnd.randrange(0, plan // 10)
            cells = []
            for v in (plan, done):
                cells.append(_grp(v // 1000) + "," + str(v % 1000 // 100) if r.mii else _grp(v) + ",00")
                r.total(f"execuție bugetară {y}: {line}", v, "lei", cells[-1])
            rows.append([f"{i}.", line] + cells)
        r.p("Execuția bugetului local pe capitole se prezintă astfel:")
        r.table(rows)
    r.p(f"Veniturile totale încasate la bugetul local au fost de {n.lei(rev, c1)}, iar plățile efectuate au "
        f"totalizat {n.lei(exp, c2)}.")
    r.total(f"venituri totale {y}", rev + c1 / 100, "lei", n.lei(rev, c1))
    r.total(f"cheltuieli totale {y}", exp + c2 / 100, "lei", n.lei(exp, c2))
    tax, c3 = _money(rnd, rev // 14, rev // 7)
    pct = f"{rnd.randint(70, 96)},{rnd.randint(1, 9)}%"
    r.p(f"Gradul de colectare a impozitelor și taxelor locale a fost de {pct}; s-au încasat {n.lei(tax, c3)} din "
        f"impozitul pe clădiri, pe terenuri și pe mijloacele de transport.")
    r.total(f"impozite și taxe locale încasate {y}", tax + c3 / 100, "lei", n.lei(tax, c3))


_FIRMS = ["S.C. Drumuri și Poduri S.A.", "S.C. Construct Invest S.R.L.", "S.C. Edil Proiect S.R.L.",
          "S.C. Vial Lucrări S.R.L.", "S.C. Tehno Instal S.R.L.", "S.C. Hidro Canal S.R.L."]
_WORKS = ["Modernizare drumuri de interes local, {km} km", "Extindere rețea de alimentare cu apă, {km} km",
          "Reabilitare termică {school}", "Construire grădiniță cu program prelungit", "Extindere rețea de canalizare, "
          "{km} km", "Amenajare parc și locuri de joacă", "Reabilitare și modernizare cămin cultural",
          "Iluminat public cu tehnologie LED"]


def _investments(r: Report, unit: str) -> None:
    rnd, n = r.rnd, r.num
    r.p(f"{unit} a gestionat în anul {r.year} următoarele obiective de investiții:")
    for w in rnd.sample(_WORKS, rnd.randint(2, 4)):
        name = w.format(km=f"{rnd.randint(1, 12)},{rnd.randint(1, 9)}", school="Școala Gimnazială nr. 1")
        v, c = _money(rnd, 150_000, int(1_500_000 * max(1.0, r.scale) ** 0.6))
        r.b(f"{name} – valoare {n.lei(v, c)};")
        r.total(f"investiții: {name}", v + c / 100, "lei", n.lei(v, c))
    if rnd.random() < 0.6:
        d, _iso = r.date()
        r.p(f"Lucrările au fost executate de {rnd.choice(_FIRMS)} în baza contractului de lucrări nr. "
            f"{rnd.randint(10, 9000)}/{d}, cu un termen de execuție de {rnd.randint(6, 24)} luni.")


def _urbanism(r: Report, unit: str) -> None:
    rnd, n = r.rnd, r.num
    cu, ac, ad = r.k(60, 200, 0.8), r.k(30, 120, 0.8), r.k(3, 20, 0.8)
    r.p(f"{unit} a eliberat în cursul anului {n.count(cu, 'certificate de urbanism')} și "
        f"{n.count(ac, 'autorizații de construire', True)}, precum și {n.count(ad, 'autorizații de desființare', True)}.")
    r.indicator("certificate_emise", f"{unit} - certificate de urbanism", cu, "certificate", "")
    r.indicator("autorizatii", f"{unit} - autorizații de construire", ac, "autorizații", "")
    r.indicator("autorizatii", f"{unit} - autorizații de desființare", ad, "autorizații", "")


def _civil(r: Report, unit: str) -> None:
    rnd, n = r.rnd, r.num
    nas, cas, dec = r.k(60, 110), r.k(35, 60), r.k(100, 150)
    ci = r.k(500, 900)
    if rnd.random() < 0.5:
        tot = nas + cas + dec
        r.p(f"{unit} a întocmit în anul {r.year} un total de {n.count(tot, 'acte de stare civilă')}, din care:")
        r.b(f"acte de naștere – {_grp(nas)};")
        r.b(f"acte de căsătorie – {_grp(cas)};")
        r.b(f"acte de deces – {_grp(dec)}.")
        r.total("stare civilă: acte întocmite (total)", tot, "other", str(tot))
        for v in (nas, cas, dec):
            r.total("stare civilă: acte", v, "other", str(v))
        r.indicator("acte", f"{unit} - acte de stare civilă", tot, "acte", "")
    else:
        r.p(f"{unit} a înregistrat {n.count(nas, 'acte de naștere')}, {n.count(cas, 'acte de căsătorie')} și "
            f"{n.count(dec, 'acte de deces')}.")
        r.indicator("acte", f"{unit} - acte de naștere", nas, "acte", "")
        r.indicator("acte", f"{unit} - acte de căsătorie", cas, "acte", "")
        r.indicator("acte", f"{unit} - acte de deces", dec, "acte", "")
    r.p(f"Au fost eliberate {n.count(ci, 'cărți de identitate', True)} și au fost soluționate cererile de "
        f"stabilire a reședinței.")
    r.indicator("carti", f"{unit} - cărți de identitate", ci, "cărți", "")


def _police(r: Report, unit: str) -> None:
    rnd, n = r.rnd, r.num
    sanc, av = r.k(100, 600, 0.9), r.k(50, 300, 0.9)
    val, c = _money(rnd, sanc * 150, sanc * 600)
    r.p(f"{unit} a desfășurat acțiuni pentru menținerea ordinii publice, pe linia circulației rutiere și a "
        f"disciplinei în construcții. Au fost aplicate {n.count(sanc, 'sancțiuni contravenționale', True)} în "
        f"valoare de {n.lei(val, c)} și {n.count(av, 'avertismente')}.")
    r.indicator("sanctiuni", f"{unit} - sancțiuni contravenționale", sanc, "sancțiuni", "")
    r.indicator("avertismente", f"{unit} - avertismente", av, "avertismente", "")
    r.total("poliția locală: valoare sancțiuni", val + c / 100, "lei", n.lei(val, c))
    r.p(f"Numărul de telefon al dispeceratului este 0{rnd.randint(230, 269)} {rnd.randint(100, 999)} "
        f"{rnd.randint(100, 999)}, disponibil 24 de ore din 24.")


def _education(r: Report, unit: str, county_partners: list[str]) -> None:
    rnd, n = r.rnd, r.num
    units, el, pre = r.k(3, 6, 0.6), r.k(800, 1100), r.k(200, 300)
    r.p(f"{unit} coordonează relația cu unitățile de învățământ de pe raza unității administrativ-teritoriale. "
        f"Rețeaua școlară cuprinde {n.count(units, 'unități de învățământ', True)}, în care au învățat "
        f"{n.count(el, 'elevi')} și {_grp(pre)} preșcolari în anul școlar {r.year}–{r.year + 1}.")
    r.indicator("unitati", f"{unit} - unități de învățământ", units, "unități", "")
    r.indicator("elevi", f"{unit} - elevi", el, "persoane", "")
    r.indicator("prescolari", f"{unit} - preșcolari", pre, "persoane", "")
    if rnd.random() < 0.5:
        partner = county_partners[2]
        d, iso = r.date()
        num = str(rnd.randint(100, 9999))
        r.p(f"Primăria a încheiat Acordul de parteneriat nr. {num}/{d} cu {partner} pentru programul "
            f"„Școală după școală”.")
        r.partner("acord", partner, num, iso)


def _culture(r: Report, unit: str) -> None:
    rnd, n = r.rnd, r.num
    ev = r.k(5, 25, 0.4)
    r.p(f"{unit} a organizat {n.count(ev, 'evenimente culturale')}, între care Zilele {r.place.short}, "
        f"festivalul de folclor și spectacolele de sărbători.")
    r.indicator("evenimente", f"{unit} - evenimente culturale", ev, "evenimente", "")
    if rnd.random() < 0.4:
        museum = rnd.choice([f"Muzeul Județean {r.place.county}", f"Biblioteca Județeană {r.place.county}",
                             "Ansamblul Folcloric „Doina”"])
        r.p(f"S-a încheiat un protocol de colaborare cu {museum} pentru organizarea expozițiilor temporare.")
        r.partner("protocol", museum)


def _environment(r: Report, unit: str) -> None:
    rnd, n = r.rnd, r.num
    t = f"{_grp(int(r.pop * rnd.uniform(0.25, 0.4)))},{rnd.randint(10, 99)}"  # ~0.3 t a person a year
    v, c = _money(rnd, r.pop * 80, r.pop * 200)
    r.p(f"{unit} a monitorizat serviciul de salubrizare: au fost colectate {t} tone de deșeuri municipale, "
        f"din care {rnd.randint(5, 40)}% colectate separat, iar suprafața spațiilor verzi întreținute a fost de "
        f"{rnd.randint(2, 90)} ha.")
    r.p(f"Contravaloarea serviciului de salubrizare achitată operatorului a fost de {n.lei(v, c)}.")
    r.total("salubrizare: contravaloare serviciu", v + c / 100, "lei", n.lei(v, c))


def _chapter_heading(r: Report, scheme: str, i: int, title: str) -> str:
    roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"][i - 1]
    return {"cap_roman": f"CAPITOLUL {roman} – {title.upper()}", "cap_arabic": f"Cap. {i}. {title}",
            "arabic": f"{i}. {title.upper()}", "roman": f"{roman}. {title}", "plain": title}[scheme]


def report_mayor_state_of_locality(rnd: random.Random, year: int) -> tuple[list[mv.El], dict]:
    r = Report(rnd, year)
    pl = r.place
    _intro(r)
    county_partners = _county_partners(r)
    others = [
        ("Administrație publică locală", "Compartimentul Secretariat, Registratură și Relații cu Publicul",
         _admin),
        ("Buget, finanțe, impozite și taxe locale", "Compartimentul Financiar-Contabil, Impozite și Taxe Locale",
         _budget),
        ("Investiții și achiziții publice", "Compartimentul Achiziții Publice și Investiții", _investments),
        ("Urbanism și amenajarea teritoriului", "Compartimentul Urbanism și Amenajarea Teritoriului", _urbanism),
        ("Stare civilă și evidența persoanelor", "Serviciul Public Comunitar Local de Evidență a Persoanelor",
         _civil),
        ("Ordine publică", f"Poliția Locală {pl.short}", _police),
        ("Învățământ", "Compartimentul Învățământ, Cultură și Sport", None),
        ("Cultură, sport și tineret", f"Centrul Cultural {pl.short}", _culture),
        ("Protecția mediului", "Compartimentul Protecția Mediului și Gospodărie Comunală", _environment),
    ]
    picked = [others[1]] + rnd.sample(others[:1] + others[2:], rnd.randint(4, 7))
    rnd.shuffle(picked)
    social_title = rnd.choice(["Asistență socială", "Asistența socială și protecția copilului",
                               "Activitatea în domeniul asistenței sociale", "Servicii sociale"])
    pos = rnd.randint(1, len(picked))
    scheme = rnd.choice(["cap_roman", "cap_arabic", "arabic", "roman", "plain"])
    chapters = picked[:pos] + [("SOCIAL", None, None)] + picked[pos:]
    for i, (title, unit, fn) in enumerate(chapters, 1):
        if title == "SOCIAL":
            soc = Social(r)
            named = rnd.random() < 0.4
            heading = f"Activitatea {soc.unit.replace('Direcția', 'Direcției').replace('Serviciul', 'Serviciului').replace('Compartimentul', 'Compartimentului')}" \
                if named else social_title
            r.h(_chapter_heading(r, scheme, i, heading))
            soc.opener()
            parts = [soc.benefits, soc.disability, soc.centres, soc.children, soc.ngo_services, soc.campaigns]
            parts = rnd.sample(parts, rnd.randint(4, 6))
            for part in parts:
                part()
            soc.partnerships()
            continue
        r.h(_chapter_heading(r, scheme, i, title))
        if fn is None:
            _education(r, unit, county_partners)
        else:
            fn(r, unit)
    r.p("Primar,")
    r.p(f"{rnd.choice(['Ion', 'Gheorghe', 'Maria', 'Vasile', 'Elena', 'Constantin'])} "
        f"{rnd.choice(['Popescu', 'Ionescu', 'Munteanu', 'Stan', 'Dumitrescu', 'Rusu'])}")
    doc = {"doc_type": "raport_primar", "title": next(e.text for e in r.els if e.kind == "title"), "year": year,
           "year_end": year, "issuer": pl.issuer, "issuer_kind": "primarie", "uat": pl.uat,
           # the county when printed (letterhead) or when SIRUTA has one unit of the name; else not stated
           "county": pl.county if r.county_printed or pl.unique else None,
           "currency_unit_main": None if r.mii else "lei"}
    exp = {"document": doc, "indicators": r.ind, "totals": r.tot, "partnerships": r.parts}
    if r.services:
        exp["services"] = r.services
    return r.els, exp
